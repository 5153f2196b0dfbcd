import Foundation
import Testing
@testable import GainsayCore

/// The sixth round of speed work: each shortcut held against the plain code it stands in for.
@Suite struct ExtractionSpeedPath6Tests {
    @Test func personKeyTestMatchesHasPrefix() {
        for key in ["person:", "person:putin", "person:\u{301}x", "person:é", "person", "persona:x", "Person:x", "country:russia",
                    "desc:the-expert", "", "p", "person:Jan Roe", "outlet:person:x"] {
            #expect(SpeakerLinker.isPersonKey(key) == key.hasPrefix("person:"), "\(key)")
        }
    }

    @Test func trimDeterminerMatchesTheGeneralPath() {
        let reader = PhraseReader(view: TextView("x"))
        for s in ["the Post", "The Post", "THE Post", "the", "the ", "a", "a ", "A spokesman", "an expert", "An expert", "AN expert", "an", "an ",
                  "another", "thesis", "theme park", "a\u{301} b", "the \u{301}x", "the café", "", " ", "tHe x", "a  b", "An\r\nx"] {
            #expect(reader.trimDeterminer(s) == PhraseReader.slowTrimDeterminer(s), "\(s)")
        }
    }

    @Test func speakerPhraseKeepsValueSemantics() {
        let original = SpeakerPhrase(phrase: "the Post", name: "Post", kind: .outlet, roles: ["editor"], head: "post", isReference: false)
        var copy = original
        copy.kind = .person
        copy.name = "Jan Roe"
        copy.roles.insert("minister")
        copy.owner = "Herald"
        copy.isReference = true
        copy.phrase = "Jan"
        copy.head = "roe"
        #expect(original.kind == .outlet && original.name == "Post" && original.roles == ["editor"] && original.owner == nil)
        #expect(!original.isReference && original.phrase == "the Post" && original.head == "post")
        #expect(copy.kind == .person && copy.name == "Jan Roe" && copy.roles == ["editor", "minister"] && copy.owner == "Herald")
        #expect(copy.isReference && copy.phrase == "Jan" && copy.head == "roe")
        var again = copy
        again.roles.formUnion(["spokesman"])
        #expect(copy.roles == ["editor", "minister"] && again.roles == ["editor", "minister", "spokesman"])
    }

    @Test func resolvedKeepsValueSemantics() {
        let original = Resolved(name: "Jan Roe", kind: .person, key: "person:Jan Roe", roles: ["minister"], confidence: 0.95)
        var copy = original
        copy.confidence = 0.6
        copy.name = "Roe"
        copy.key = "person:Roe"
        copy.kind = .description
        copy.roles.insert("spokesman")
        copy.owner = "Post"
        #expect(original.confidence == 0.95 && original.name == "Jan Roe" && original.key == "person:Jan Roe" && original.kind == .person)
        #expect(original.roles == ["minister"] && original.owner == nil)
        #expect(copy.confidence == 0.6 && copy.name == "Roe" && copy.key == "person:Roe" && copy.kind == .description)
        #expect(copy.roles == ["minister", "spokesman"] && copy.owner == "Post")
    }

    @Test func overlapMatchesTheSetPath() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let a = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                Terms.KeyTerm(key: UInt64.random(in: 1...8, using: &generator), isName: Bool.random(using: &generator)) }
            let b = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                Terms.KeyTerm(key: UInt64.random(in: 1...8, using: &generator), isName: Bool.random(using: &generator)) }
            #expect(ArticleDispute.overlap(a, b) == ArticleDispute.setOverlap(a, b))
        }
    }

    @Test func sentenceStartSearchMatchesALookUp() {
        let starts = [0, 14, 15, 40, 41, 90]
        for start in -1...95 {
            #expect(ArticleDispute.sentence(startingAt: start, starts) == starts.lastIndex(of: start))
        }
        #expect(ArticleDispute.sentence(startingAt: 3, []) == nil)
    }

    @Test func twoWordTestMatchesLowerWords() {
        for name in ["Ukrainian side", "the French government", "side", "", " ", "  two   words ", "a b c", "Schröder side", "x y"] {
            if ArticleState.asciiNotTwoWords(name) { #expect(ArticleState.lowerWords(name).count != 2, "\(name)") }
        }
        #expect(!ArticleState.asciiNotTwoWords("Ukrainian side") && ArticleState.asciiNotTwoWords("the French government"))
    }

    @Test func phoneticFoldingMatchesOnEveryPath() {
        for word in ["sakharova", "zakharova", "schroeder", "xhaka", "djokovic", "tsitsipas", "", "a", "ee", "schröder", "ölçü", "xx"] {
            let bytes = Array(word.utf8)
            let viaArray: String = {
                var out = [UInt8](repeating: 0, count: 2 * bytes.count)
                let kept = bytes.withUnsafeBufferPointer { w in out.withUnsafeMutableBufferPointer { Names.foldPhonetic(w, into: $0) } }
                return String(decoding: out.prefix(kept), as: UTF8.self)
            }()
            #expect(bytes.withUnsafeBufferPointer { Names.foldPhonetic($0) } == viaArray, "\(word)")
        }
        #expect(Names.phoneticKey("Zakharova") == Names.phoneticKey("Sacharova"))
    }

    @Test func triggerPrefilterMatchesTheByteLoop() {
        let set = StanceTriggers.dispute
        let texts = ["", "n't", "He didn't", "it is not so", "NOT", "nothing", "Nothing.", "fine", "x fine", "fine!", "safe2", "safely",
                     "don’t", "don’T", "n’", "ok", "We are well.", "well", "a1well", "café not", "no-go", "Instead", "insteadx", "'t", "n'"]
        for text in texts {
            #expect(StanceTriggers.mayHold(text, set) == StanceTriggers.slowMayHold(text, set), "\(text)")
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = ["not", "no", "n", "'", "t", "’", " ", "fine", "x", "é", "1", "well", ".", "N", "T"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(StanceTriggers.mayHold(text, set) == StanceTriggers.slowMayHold(text, set), "\(text)")
        }
    }

    @Test func slugCacheMatchesNames() {
        let cache = SlugCache()
        for name in ["José Mourinho", "Jose Mourinho", "José Mourinho", "Schröder", "Jos\u{E9}", "Jose\u{301}", "The Post", "", "Ölçü", "Schröder"] {
            #expect(cache.slug(name) == Names.slug(name), "\(name)")
        }
    }

    @Test func phraseSuffixAndPlaceTestsMatchStrings() {
        for (word, suffix) in [("published", "ed"), ("ed", "ed"), ("d", "ed"), ("", "ed"), ("créed", "ed"), ("naïve", "ve"), ("Reported", "ed")] {
            #expect(PhraseReader.endsWith(word, suffix) == word.hasSuffix(suffix), "\(word)")
        }
        for word in ["paris", "moscow", "russia", "", "kyiv", "zürich"] {
            #expect(PhraseReader.bytesHash(word) == wordHash(word), "\(word)")
        }
    }

    @Test func insteadTestMatchesHasPrefix() {
        for sentence in ["Instead, they left.", "Instead", "Insteadx", "instead, no", "Instea", "", "Instead\u{301} of", "Instead é", "In stead"] {
            #expect(DisputeStance.opensWithInstead(sentence) == sentence.hasPrefix("Instead"), "\(sentence)")
        }
    }

    @Test func attributionKeepsValueSemantics() {
        let speaker = SpeakerPhrase(phrase: "Jan Roe", name: "Jan Roe", kind: .person, roles: [], head: "roe", isReference: false)
        let outlet = SpeakerPhrase(phrase: "the Post", name: "Post", kind: .outlet, roles: [], head: "post", isReference: false)
        let original = Attribution(cueIndex: 3, cue: "said", speaker: speaker, via: [], content: 4..<9,
                                   stanceCue: .init(verb: nil, negated: false, declined: false, isQuestionVerb: false, objectRange: 4..<4),
                                   contentIsQuote: false, confidence: 0.9)
        var copy = original
        copy.cue = "citing"
        copy.cueIndex = 5
        copy.speaker.kind = .outlet
        copy.via.append(outlet)
        copy.content = 1..<2
        copy.stanceCue.negated = true
        copy.contentIsQuote = true
        copy.confidence = 0.5
        copy.forcedStance = .claim
        copy.carriedVia.append("Herald")
        #expect(original.cue == "said" && original.cueIndex == 3 && original.speaker.kind == .person && original.via.isEmpty)
        #expect(original.content == 4..<9 && !original.stanceCue.negated && !original.contentIsQuote && original.confidence == 0.9)
        #expect(original.forcedStance == nil && original.carriedVia.isEmpty)
        #expect(copy.cue == "citing" && copy.cueIndex == 5 && copy.speaker.kind == .outlet && copy.via.map(\.name) == ["Post"])
        #expect(copy.content == 1..<2 && copy.stanceCue.negated && copy.contentIsQuote && copy.confidence == 0.5)
        #expect(copy.forcedStance == .claim && copy.carriedVia == ["Herald"])
        #expect(speaker.kind == .person)
    }

    @Test func triggerWordTestMatchesTheSuffixTests() {
        for text in ["He didn't go", "HE DIDN'T GO", "they don’t", "THEY DON’T", "it is fine", "a cat sat", "not", "T", "n't", "won't!", "can'T"] {
            let view = TextView(text)
            let plain = view.tokens.indices.contains { k in
                view.tokens[k].isWord && (StanceTriggers.dispute.contains(view.tokens[k].hash) || view.endsWith(k, "n't") || view.endsWith(k, "n’t"))
            }
            #expect(StanceTriggers.any(view.tokens.indices, in: StanceTriggers.dispute, view: view) == plain, "\(text)")
        }
    }
}
