import Testing
@testable import GainsayCore

@Suite struct CorpusTextSanitizerTests {
    @Test(arguments: [
        ("before\u{1B}]2;PWNED\u{07}after", "beforeafter"),           // OSC title change, BEL-terminated
        ("before\u{1B}]2;PWNED\u{1B}\\after", "beforeafter"),         // OSC, ST-terminated
        ("before\u{9D}2;PWNED\u{07}after", "beforeafter"),            // C1 OSC
        ("red\u{1B}[31mtext\u{1B}[0m", "redtext"),                    // CSI SGR
        ("x\u{1B}[2J\u{1B}[Hy", "xy"),                                // clear screen, home
        ("a\u{9B}31mb", "ab"),                                        // C1 CSI
        ("a\u{1B}Pq#0;2;0;0;0\u{1B}\\b", "ab"),                       // DCS (sixel) string
        ("a\u{1B}_payload\u{9C}b", "ab"),                              // APC with C1 ST
        ("a\u{1B}cb", "ab"),                                          // RIS (reset)
        ("a\u{1B}(Bb", "ab"),                                         // charset designation
        ("nul\u{00}del\u{7F}c1\u{85}\u{90}x\u{1B}\\", "nuldelc1"),     // NUL, DEL, NEL, DCS swallowing to ST
        ("tab\there", "tab here"),
        ("evil\u{202E}txt.exe", "eviltxt.exe"),                       // RIGHT-TO-LEFT OVERRIDE
        ("a\u{2066}b\u{2067}c\u{2068}d\u{2069}e\u{202A}f\u{202B}g\u{202C}h\u{202D}i", "abcdefghi"),
        ("bom\u{FEFF}inside", "bominside"),
        ("עברית\u{200F} and marks stay", "עברית\u{200F} and marks stay"),
        ("plain “quotes” — and ümlauts", "plain “quotes” — and ümlauts"),
    ])
    func controlsAndEscapesVanish(input: String, expected: String) {
        #expect(TextSanitizer.clean(input) == expected)
    }

    @Test func lineEndsAreNormalised() {
        #expect(TextSanitizer.clean("a\r\nb\rc\nd\u{2028}e") == "a\nb\nc\nd\ne")
        #expect(TextSanitizer.clean("a\r\nb\rc\nd", keepNewlines: false) == "a b c d")
    }

    @Test func unterminatedOSCDoesNotSwallowTheArticle() {
        let text = "start\u{1B}]0;" + String(repeating: "x", count: 2000) + " end"
        let cleaned = TextSanitizer.clean(text)
        #expect(!holdsUnsafeScalar(cleaned))
        #expect(cleaned.hasSuffix(" end"))
        #expect(cleaned.hasPrefix("start"))
    }

    @Test func cleanTextIsReturnedUnchanged() {
        let text = "Nothing to see here: “quotes”, em—dashes, 日本語, emoji 🙂.\nSecond line."
        #expect(TextSanitizer.clean(text) == text)
        #expect(!TextSanitizer.needsCleaning(text, keepNewlines: true))
        #expect(TextSanitizer.needsCleaning(text, keepNewlines: false))
    }

    @Test func isControlCoversBidiOverrides() {
        #expect(TextSanitizer.isControl("\u{202E}"))
        #expect(TextSanitizer.isControl("\u{1B}"))
        #expect(TextSanitizer.isControl("\u{9B}"))
        #expect(!TextSanitizer.isControl("a"))
        #expect(!TextSanitizer.isControl("\u{200F}"))
    }

    @Test func randomControlSoupNeverLeavesAnUnsafeScalar() {
        var rng = SplitMix64(seed: 7)
        let pieces: [String] = ["\u{1B}", "[", "]", "2", ";", "P", "\u{07}", "\u{9B}", "\u{9D}", "\u{9C}", "\\", "a", "é",
                                "\u{202E}", "\u{2066}", "\r", "\n", "\t", "\u{00}", "\u{7F}", "m", "\u{85}", "\u{FEFF}"]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 40) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            #expect(!holdsUnsafeScalar(TextSanitizer.clean(text)), "unsafe output for \(text.unicodeScalars.map { $0.value })")
            #expect(!holdsUnsafeScalar(TextSanitizer.clean(text, keepNewlines: false).replacingNewlines()))
        }
    }

    @Test func everyLoaderSanitisesEveryField() throws {
        let evil = "\u{1B}]2;PWNED\u{07}\u{1B}[31m\u{202E}"
        let html = "<html><head><title>T\(evil)itle</title><meta property=\"og:site_name\" content=\"S\(evil)ite\">"
            + "<meta property=\"article:published_time\" content=\"2024\(evil)\"></head><body><p>Body \(evil) said it.</p></body></html>"
        let rss = "<rss><channel><title>F\(evil)eed</title><item><title>I\(evil)tem</title><link>http://x\(evil)</link>"
            + "<description>Text \(evil) said so.</description></item></channel></rss>"
        let jsonEvil = "\\u001b]2;PWNED\\u0007\\u001b[31m\\u202e"
        let jsonl = "{\"id\": \"i\(jsonEvil)d\", \"title\": \"T\(jsonEvil)\", \"text\": \"Body \(jsonEvil) said.\", \"source\": \"S\(jsonEvil)\", \"date\": \"D\(jsonEvil)\", \"url\": \"U\(jsonEvil)\"}"
        let text = "Title \(evil) here\n\nParagraph \(evil) said.\n"
        for (name, content) in [("e.html", html), ("e.xml", rss), ("e.jsonl", jsonl), ("e\u{1B}[2J.txt", text)] {
            let corpus = parseFile(name, content)
            let article = try #require(corpus.articles.first, "\(name) did not load")
            for field in allFields(article) {
                #expect(!holdsUnsafeScalar(field), "\(name): unsafe field \(field.unicodeScalars.map { $0.value })")
                #expect(!field.contains("PWNED"), "\(name): OSC payload survived in \(field)")
            }
        }
    }
}

extension String {
    fileprivate func replacingNewlines() -> String { replacingOccurrences(of: "\n", with: " ") }
}

/// A small deterministic random number generator for the property and fuzz tests.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
