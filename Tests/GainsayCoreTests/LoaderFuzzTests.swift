import Foundation
import Testing
@testable import GainsayCore

/// Throws random and mutated bytes of every format at the loaders: nothing may crash or hang, and
/// whatever loads must be safe to print.
@Suite struct LoaderFuzzTests {
    static let samples: [String] = [
        LoaderHTMLTests.page,
        LoaderFeedTests.rss,
        """
        <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
        <entry><title type="html">T &lt;b&gt;x&lt;/b&gt;</title><content type="xhtml"><div><p>Said it.</p></div></content></entry></feed>
        """,
        "{\"id\": \"a\", \"title\": \"T\", \"text\": \"The minister said so.\\n\\nOthers denied it.\", \"source\": {\"name\": \"S\"}}\n{\"title\": \"U\", \"body\": \"<p>x</p>\"}\n",
        "[{\"title\": \"One\", \"content\": [\"a\", \"b\"]}, {\"articles\": [{\"title\": \"x\", \"text\": \"y\"}]}]",
        "# Title\n\nHome > News > Story\n\nThe council said the bridge would reopen.\r\n\r\n* A list item said this\n",
        "<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\", \"datePublished\": \"2024\"}]}</script></head><body><p>x</p></body></html>",
    ]

    static let nastyBytes: [[UInt8]] = [
        [0x00], [0x1B], [0x1B, 0x5D], [0x07], [0xC2, 0x9B], [0xFF], [0xFE], [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0xAE],
        Array("<".utf8), Array(">".utf8), Array("&".utf8), Array("&#x1b;".utf8), Array("&#0;".utf8), Array("]]>".utf8),
        Array("<!ENTITY".utf8), Array("<![CDATA[".utf8), Array("{".utf8), Array("}".utf8), Array("\"".utf8), Array("\\u0000".utf8),
        Array("\n".utf8), Array("\r".utf8), Array("<p>".utf8), Array("</div>".utf8), Array("<!--".utf8), [0xF0, 0x9F], [0xED, 0xA0, 0x80],
    ]

    static let names = ["f.txt", "f.html", "f.xml", "f.json", "f.jsonl", "f"]

    static func check(_ bytes: [UInt8], name: String) {
        let corpus = parseFile(name, bytes)
        for article in corpus.articles {
            for field in allFields(article) {
                #expect(!holdsUnsafeScalar(field), "unsafe field from \(name)")
            }
        }
        for problem in corpus.problems { #expect(!holdsUnsafeScalar(problem.description)) }
    }

    static func mutate(_ input: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + Int(rng.next() % 8)) {
            let position = bytes.isEmpty ? 0 : Int(rng.next() % UInt64(bytes.count + 1))
            switch rng.next() % 6 {
            case 0 where !bytes.isEmpty:  // flip a byte
                let index = min(position, bytes.count - 1)
                bytes[index] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
            case 1:  // insert something nasty
                bytes.insert(contentsOf: nastyBytes[Int(rng.next() % UInt64(nastyBytes.count))], at: position)
            case 2 where !bytes.isEmpty:  // truncate
                bytes.removeSubrange(position...)
            case 3 where bytes.count > 2:  // duplicate a chunk
                let start = Int(rng.next() % UInt64(bytes.count))
                let end = min(bytes.count, start + Int(rng.next() % 64))
                bytes.insert(contentsOf: bytes[start..<end], at: position)
            case 4 where !bytes.isEmpty:  // delete a chunk
                let end = min(bytes.count, position + Int(rng.next() % 32))
                bytes.removeSubrange(min(position, end)..<end)
            default:  // splice in another format
                let other = Array(samples[Int(rng.next() % UInt64(samples.count))].utf8)
                let start = Int(rng.next() % UInt64(other.count))
                bytes.insert(contentsOf: other[start..<min(other.count, start + 80)], at: position)
            }
        }
        return bytes
    }

    @Test func mutatedSamplesOfEveryFormat() {
        var rng = SplitMix64(seed: 2024)
        let started = Date()
        var runs = 0
        while Date().timeIntervalSince(started) < 2.5 {
            let sample = Array(Self.samples[runs % Self.samples.count].utf8)
            let input = Self.mutate(sample, &rng)
            let itemStart = Date()
            Self.check(input, name: Self.names[Int(rng.next() % UInt64(Self.names.count))])
            #expect(Date().timeIntervalSince(itemStart) < 1, "one small input took over a second")
            runs += 1
        }
        #expect(runs > 100)
    }

    @Test func randomBytes() {
        var rng = SplitMix64(seed: 99)
        for round in 0..<300 {
            let count = Int(rng.next() % 600)
            var bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            // Half of them start like a format, so the parsers past detection get exercised.
            if round % 2 == 0 { bytes = Array(["<html>", "<rss>", "{", "[{", "<?xml version=\"1.0\"?><feed>"][round / 2 % 5].utf8) + bytes }
            Self.check(bytes, name: Self.names[round % Self.names.count])
        }
    }

    @Test(arguments: [
        String(repeating: "[", count: 100_000),
        String(repeating: "{\"a\":", count: 50_000),
        "{" + String(repeating: "\"x\": [", count: 20_000),
        "<?xml version=\"1.0\"?><rss>" + String(repeating: "<a>", count: 50_000) + "</rss>",
        "<html>" + String(repeating: "<b><i>", count: 50_000) + "text",
        "<html><body><p title=\"" + String(repeating: "a", count: 2_000_000) + "\">x</p></body></html>",
        "<html><!--" + String(repeating: "-", count: 100_000),
        "<?xml version=\"1.0\"?><rss><channel><title>" + String(repeating: "&amp;", count: 200_000) + "</title></channel></rss>",
        "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"http://127.0.0.1:1/evil.dtd\"><rss><channel><item><title>x</title><description>y z said</description></item></channel></rss>",
        String(repeating: "\u{1B}]", count: 100_000),
        String(repeating: "a\n", count: 200_000),
    ])
    func hostileShapesFinishQuickly(input: String) {
        let started = Date()
        for name in ["f.txt", "f.json", "f.xml", "f.html"] {
            Self.check(Array(input.utf8), name: name)
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
