import Foundation
import Testing
@testable import GainsayCore

/// The third round of speed work: each shortcut held against the plain test it replaced.
@Suite struct ExtractionSpeedPathTests {
    static let samples = ExtractionFastPathTests.samples + [
        "The coach can't say; she DIDN’T agree, nor did anyone. Nothing happened, none left, won’t go.",
        "co-operate, rock'n'roll, 3.5%, 1,200 fans, ESPN.com's Bob Doe, U.S.-based, A&M, x--y (see p. 4)!",
        "Tab\tseparated\u{0B}vertical\u{0C}feed\r\nwindows; emoji 🎉 and a DEL\u{7F} byte, ok?",
    ]

    /// The negation test as `StanceCues.isNegation` read it before the tokenizer kept it.
    static func referenceNegation(_ k: Int, _ view: TextView) -> Bool {
        let h = view.tokens[k].hash
        return h == W.not || h == W.never || h == W.cannot || h == W.nt || (Lexicon.negations.contains(h) && h != W.nothing && h != W.none)
            || view.endsWith(k, "n't") || view.endsWith(k, "n’t")
    }

    @Test func negationFlagMatchesTheReference() {
        var negations = 0
        for text in Self.samples {
            let view = TextView(text)
            for k in view.tokens.indices {
                #expect(StanceCues.isNegation(k, view) == Self.referenceNegation(k, view), "\(view.word(k))")
                if view.tokens[k].negation { negations += 1 }
            }
        }
        // "isn't", "can't", "DIDN’T", "nor", "won’t": the samples hold negations to find.
        #expect(negations >= 5)
    }

    @Test func fastPathTokensAreTheExpectedWords() {
        let view = TextView("co-operate, rock'n'roll, 3.5%, 1,200 fans, ESPN.com's Bob, U.S.-based A&M x--y.")
        let words = view.tokens.indices.map { view.word($0) }
        #expect(words == ["co-operate", ",", "rock'n'roll", ",", "3.5", "%", ",", "1,200", "fans", ",", "ESPN.com", "'s", "Bob", ",",
                          "U", ".", "S", ".", "-", "based", "A&M", "x", "-", "-", "y", "."])
        let kinds = view.tokens.map(\.kind)
        #expect(kinds[4] == .number && kinds[7] == .number && kinds[0] == .word && kinds[1] == .punct)
        #expect(view.tokens[12].capitalized && !view.tokens[8].capitalized)
        #expect(view.tokens[1].attached && !view.tokens[2].attached)
    }

    @Test func asciiFoldTableMatchesTheRangeTests() {
        for b in UInt8.min...UInt8.max {
            let folded = b | 0x20
            let expected: UInt8 = (folded >= 97 && folded <= 122) ? folded : (b >= 48 && b <= 57 ? b : 0)
            #expect(Tokenizer.asciiFold[b] == expected, "\(b)")
        }
    }

    @Test func needsCleaningFindsAControlByteAtEveryOffset() {
        let clean = "The minister said the report was wrong and misleading."
        #expect(!TextSanitizer.needsCleaning(clean, keepNewlines: false))
        #expect(!TextSanitizer.needsCleaning("Café au lait — “quoted” ~tilde~", keepNewlines: false))
        for offset in 0...clean.utf8.count {
            var bytes = Array(clean.utf8)
            for bad: [UInt8] in [[0x07], [0x7F], [0xC2, 0x85], [0xE2, 0x80, 0xAE], [0xEF, 0xBB, 0xBF]] {
                bytes = Array(clean.utf8)
                bytes.insert(contentsOf: bad, at: offset)
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(TextSanitizer.needsCleaning(text, keepNewlines: false), "\(bad) at \(offset)")
            }
        }
        let newline = "First line of the paragraph here\nsecond line"
        #expect(!TextSanitizer.needsCleaning(newline, keepNewlines: true))
        #expect(TextSanitizer.needsCleaning(newline, keepNewlines: false))
    }

    @Test func phraseCacheKeepsTheSixteenNewest() {
        let cache = PhraseCache()
        func phrase(_ name: String) -> SpeakerPhrase {
            SpeakerPhrase(phrase: name, name: name, kind: .person, roles: [], head: "", isReference: false)
        }
        #expect(cache.lookup(1) == nil)
        for key in 0..<17 { cache.store(key, key == 5 ? nil : phrase("p\(key)")) }
        // The first is dropped, the rest kept; a stored nil is a known "no speaker".
        #expect(cache.lookup(0) == nil)
        #expect(cache.lookup(1)??.name == "p1")
        #expect(cache.lookup(16)??.name == "p16")
        if case .some(.none) = cache.lookup(5) {} else { Issue.record("a stored nil is remembered") }
        // A key stored again answers with its newest value.
        cache.store(3, phrase("newer"))
        #expect(cache.lookup(3)??.name == "newer")
        #expect(cache.lookup(1) == nil)
    }

    @Test func lowerWordsSplitLikeTheCharacterSplit() {
        for name in ["the Ukrainian side", "The  French   Government", "Jane Roe", "ÜNAL Side", "x", " leading and trailing ", "O’Brien Camp"] {
            #expect(ArticleState.lowerWords(name) == name.lowercased().split(separator: " ").map(String.init), "\(name)")
        }
    }

    @Test func wordFlagsCarryTheBitsOfEveryListAWordIsIn() {
        let a = WordSet(["said", "denied", "told"].map { wordHash($0) })
        let b = WordSet(["denied", "never"].map { wordHash($0) })
        let flags = WordFlags([(a, 1), (b, 4)])
        #expect(flags[wordHash("said")] == 1)
        #expect(flags[wordHash("denied")] == 5)
        #expect(flags[wordHash("never")] == 4)
        #expect(flags[wordHash("table")] == 0)
        #expect(flags[0] == 0)
        // The sentence table agrees with the three sets it stands for.
        let table = CuePrefilter.sentenceFlags
        for h in CuePrefilter.words.members { #expect(table[h] & CuePrefilter.cueBit != 0) }
        for h in AttributionFinder.triggers.members { #expect(table[h] & CuePrefilter.nonAnswerBit != 0) }
        for h in CuePrefilter.correctionHeads.members { #expect(table[h] & CuePrefilter.correctionBit != 0) }
        #expect(table[wordHash("table")] == 0)
    }

    @Test func prefilterSetsHoldEveryHeadTheyStandFor() {
        for set in [Lexicon.reportingVerbs, Lexicon.denialNounCues, Lexicon.citeVerbs, CueWords.messageNouns,
                    CueWords.carriedVerbs, CueWords.contactVerbs, CueWords.airedVerbs] {
            for h in set.members { #expect(CuePrefilter.clauseHeads.contains(h)) }
        }
        for h in [W.according, W.citing, CueWords.quoting, W.perspective, W.view, W.opinion, W.interview, W.appearance, W.speaking] {
            #expect(CuePrefilter.clauseHeads.contains(h))
        }
        for set in [AttributionFinder.setForms, AttributionFinder.publishVerbs, AttributionFinder.correctVerbs] {
            for h in set.members { #expect(CuePrefilter.correctionHeads.contains(h)) }
        }
        #expect(!CuePrefilter.clauseHeads.contains(wordHash("table")))
    }
}
