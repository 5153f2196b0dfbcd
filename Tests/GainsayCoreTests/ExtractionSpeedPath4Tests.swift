import Foundation
import Testing
@testable import GainsayCore

/// The fourth round of speed work: each shortcut held against the plain code it stands in for.
@Suite struct ExtractionSpeedPath4Tests {
    static let names = [
        "Vladimir Putin", "The Washington Post", "the Post", "THE TIMES", "O'Brien", "Conan O’Brien", "al-Ansari", "Abu Bakr al-Baghdadi",
        "Jean-Luc Picard", "the", "The", "the-the", "'", "--", "", "   ", "123", "Dr. John Smith Jr.", "Mr Putin's", "President Xi Jinping",
        "Maria Zakharova", "Sacharova", "St. John", "van der Berg", "U.S. State Department", "A", "x", "Ann-Marie O'Neil-Smith",
        "Zelensky", "Zelenskyy", "Schröder", "José Mourinho", "Tsitsipas", "Khabib", "Chechnya", "Wojciech", "Xhaka", "Djokovic",
    ]

    @Test func sentenceAdverbsMatchTheGeneralPath() {
        let reader = PhraseReader(view: TextView("x"))
        let words = Self.names + ["Subsequently", "Reportedly", "Additionally", "Kelly", "Connolly", "Finally", "Ally", "really", "Totally",
                                  "ently", "edly", "ly", "Naturally", "Dally", "Sally", "Presently", "Dévotedly", "Ördly", "x\r\nally",
                                  "Previously", "Ultimately", "Repeatedly", "Effectively", "Reluctantly", "Anally", "Tally", "ALLY", "Ately"]
        for word in words {
            #expect(reader.isSentenceAdverb(word) == PhraseReader.slowIsSentenceAdverb(word), "\(word)")
        }
        #expect(reader.isSentenceAdverb("Reportedly") && !reader.isSentenceAdverb("Kelly") && reader.isSentenceAdverb("Finally"))
    }

    @Test func asciiNameWordsMatchTheSlugPath() {
        for name in Self.names where name.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(Names.asciiNameWords(name) == Names.slugNameWords(name), "\(name)")
        }
        // Other names take the slug path.
        #expect(Names.asciiNameWords("José Mourinho") == nil)
        #expect(Names.nameWords("José Mourinho") == Names.slugNameWords("José Mourinho"))
    }

    @Test func asciiSlugsMatchTheGeneralPath() {
        for name in Self.names + ["talks · Qatar · energy", "The-", "the--x", "THE THE END", "a\u{00B7}", "x\u{00C2}y", "'the' x"] {
            #expect(Names.slug(name) == Names.slowSlug(name), "\(name)")
        }
        #expect(Names.slug("The Washington Post") == "washington-post")
        #expect(Names.slug("") == "unknown" && Names.slug("--") == "unknown")
    }

    @Test func lowerWordsSplitAtSpaces() {
        #expect(ArticleState.lowerWords("  The  French GOVERNMENT ") == ["the", "french", "government"])
        #expect(ArticleState.lowerWords("") == [] && ArticleState.lowerWords("   ") == [])
        for name in Self.names where name.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(ArticleState.lowerWords(name) == name.lowercased().split(separator: " ").map(String.init), "\(name)")
        }
    }

    @Test func contentIsCleanedOnTheBytesAsOnTheText() {
        let texts = ExtractionSpeedPathTests.samples + [
            "“«‘ 'He said: “No.” » ’ —", "— – ,.;: \"Quoted,\" he said.", "«Non», a-t-il dit.", "‘’“”", "x", "...",
            "“Café — ok”", "Tab\tand\u{7}bell;", "Ünïcödé: «quoted» text.",
        ]
        for text in texts {
            let view = TextView(text)
            let n = view.tokens.count
            for a in 0..<n {
                for b in a..<min(n, a + 8) {
                    let range = a..<(b + 1)
                    #expect(ArticleExtractor.cleanContent(range, view: view) == ArticleExtractor.cleanContent(view.text(range)), "\(text) \(range)")
                }
            }
            #expect(ArticleExtractor.cleanContent(0..<0, view: view) == ArticleExtractor.cleanContent(""))
        }
    }

    @Test func lowerFoldsLikeLowercased() {
        for text in ExtractionSpeedPathTests.samples + ["ÉCOLE Straße İstanbul MIXED case ΣΟΦΊΑ"] {
            let view = TextView(text)
            for k in view.tokens.indices { #expect(view.lower(k) == view.word(k).lowercased(), "\(view.word(k))") }
        }
    }

    @Test func termKeysMatchTheTerms() {
        let texts = ExtractionSpeedPathTests.samples + [
            "The Negotiations on the truce were halted. Strikes resumed; iPhone sTrike xRATIONS DISCUSSIONS Talks.",
            "Officials discussed incursions, offensives and the deceased. Café Überlingen naïve résumé.",
            String(repeating: "Negotiations continue between the sides and ", count: 40),
        ]
        for text in texts {
            let expected = Terms.of(text).map { Terms.KeyTerm(key: $0.key, isName: $0.isName) }
            #expect(Terms.keys(of: text) == expected, "\(text.prefix(60))")
        }
    }

    @Test func plainPhoneticKeysMatchTheSlugPath() {
        var words: [String] = []
        for name in Self.names { words += Names.nameWords(name) }
        words += ["schmidt", "dzhokhar", "dshamil", "zhukov", "djokovic", "khan", "chen", "shaw", "philip", "mack", "tsar", "tzar",
                  "couture", "lee", "xavi", "wozniak", "yanukovych", "quinn", "allardyce", "elliott", "ssss", "a", "9", "x1y2"]
        for word in words where !word.isEmpty {
            let plain = Names.plainPhoneticKey(word)
            if word.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }) {
                #expect(plain == Names.slugPhoneticKey(word), "\(word)")
            } else {
                #expect(plain == nil, "\(word)")
            }
            #expect(Names.phoneticKey(word) == Names.slugPhoneticKey(word), "\(word)")
        }
        #expect(Names.phoneticKey("Zakharova") == Names.phoneticKey("sacharova"))
    }

    @Test func containsSpaceMatchesFoundation() {
        for s in ["", "Putin", "Vladimir Putin", " lead", "trail ", "a \u{301}b", "x\u{301} y", "two  spaces", "\u{A0}nbsp", "é é", " "] {
            #expect(ArticleExtractor.containsSpace(s) == s.contains(" "), "\(s)")
        }
    }

    @Test func characterCountMatchesCount() {
        for s in ["", "abc", "a\r\nb", "\r\n", "\r", "café", "e\u{301}", "🎉x", "plain ascii words"] {
            #expect(Names.characterCount(s) == s.count, "\(s)")
        }
    }

    @Test func oneEditTestMatchesTheEditDistance() {
        let keys = ["sakharova", "saharova", "sakharov", "zelenski", "zelenskii", "selenski", "abcde", "abcdf", "abcd", "bcde",
                    "abxde", "aXcde", "edcba", "", "a", "ab", "ba", "kiev", "kyiv", "mourinho", "murinho", "jose", "josé"]
        for a in keys {
            for b in keys {
                #expect(Names.withinOneEdit(a, b) == (Names.editDistance(a, b, limit: 1) <= 1), "\(a) \(b)")
            }
        }
    }

    /// `mayHold` is a superset of the token test it guards: whenever a token of the text is in
    /// the set or ends in "n't", the raw test says so too.
    @Test func disputePrefilterNeverMissesATrigger() {
        var texts = ExtractionSpeedPathTests.samples + [
            "She is safe and well, the club said.", "He was NOT injured; doesn’t matter.", "well-known, safely", "no-go zone",
            "It's still normal", "I can't", "I can’t", "Instead, they left.", "nothing", "éno ñot", "x'no", "no2 fine3",
            "Actually, in fact, something else.", "\"Fine,\" he said. 'Good'.", "un-able", "GOOD", "Safely.", "cannot",
        ]
        // Mutations: every sample with a trigger word spliced in at several places.
        let words = ["no", "not", "fine", "n't", "well", "good", "Instead", "safe", "can", "still"]
        for base in ["The minister said the report was accurate.", "—“Quote” ’tis-a test, ok."] {
            for w in words {
                for cut in [0, 3, 10, base.utf8.count] {
                    var bytes = Array(base.utf8)
                    bytes.insert(contentsOf: Array(w.utf8), at: min(cut, bytes.count))
                    texts.append(String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        var hits = 0
        for text in texts {
            let view = TextView(text)
            let tokenTest = StanceTriggers.any(view.tokens.indices, in: StanceTriggers.dispute, view: view)
            if tokenTest {
                hits += 1
                #expect(StanceTriggers.mayHold(text, StanceTriggers.dispute), "\(text)")
            }
        }
        #expect(hits >= 20)
        #expect(!StanceTriggers.mayHold("The minister said the report was accurate.", StanceTriggers.dispute))
    }

    @Test func scalarCursorCountsScalars() {
        let text = "Ünïcödé “quotes” — and emoji 🎉🎉 plus plain ASCII text that runs on past eight bytes, ok? ½ ¾"
        let bytes = Array(text.utf8)
        var cursor = ScalarCursor(bytes: bytes)
        var offsets: [Int] = []
        for target in stride(from: 0, through: bytes.count, by: 3) { offsets.append(target) }
        for target in offsets + offsets.reversed() {
            let expected = String(decoding: bytes[0..<target], as: UTF8.self).unicodeScalars.count
            // Only whole scalars are asked for in practice; a cut inside one counts its lead byte.
            if target == bytes.count || bytes[target] & 0xC0 != 0x80 {
                #expect(cursor.scalarOffset(ofByte: target) == expected, "\(target)")
            }
        }
    }

    @Test func phraseCacheKeepsTheSixteenNewest() {
        let cache = PhraseCache()
        let phrase = SpeakerPhrase(phrase: "the expert", name: "expert", kind: .description, roles: [], head: "expert", isReference: true)
        for key in 0..<20 { cache.store(key, key % 2 == 0 ? phrase : nil) }
        #expect(cache.lookup(0) == nil && cache.lookup(3) == nil)
        for key in 4..<20 {
            guard let hit = cache.lookup(key) else { Issue.record("missing \(key)"); continue }
            #expect((hit != nil) == (key % 2 == 0))
            #expect(hit?.head == (key % 2 == 0 ? "expert" : nil))
        }
    }

    @Test func phraseReaderSeesTheViewTokens() {
        let view = TextView("Jane Roe, a spokeswoman for the ministry, said on Tuesday that the report was false.")
        let reader = PhraseReader(view: view)
        #expect(reader.t.count == view.tokens.count)
        for k in view.tokens.indices { #expect(reader.t[k].hash == view.tokens[k].hash && reader.t[k].start == view.tokens[k].start) }
    }
}
