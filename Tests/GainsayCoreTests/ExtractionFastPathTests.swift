import Foundation
import Testing
@testable import GainsayCore

/// The speed work replaced several routines by faster ones that must give the same results;
/// these tests hold each fast path against a plain reference written the obvious way.
@Suite struct ExtractionFastPathTests {
    static let samples = [
        "Officials said on Tuesday that the talks, which began in Doha, had \"stalled\".",
        "Zakharova’s deputy told RIA: «Ничего подобного не было» — and O’Brien’s aides agreed.",
        "The players' union isn't ready; Woods' agent said 3.5 million was offered by ESPN.com.",
        "Ünal İnan, Ölçer and José Nuñez — “¿Qué?” — 東京 reported 42 cases… al-Ansari denied it.",
        "''Quoted'' ``text'' with 'single' quotes\nand a new line\u{00A0}and NBSP, e.g. U.S. Gen. Smith.",
    ]

    @Test func tokenHashesAreTheHashOfTheirBytes() {
        for text in Self.samples {
            let view = TextView(text)
            for token in view.tokens {
                let bytes = view.bytes[token.start..<token.end]
                #expect(token.hash == wordHash(bytes) || token.hash == W.possessive, "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
        #expect(Tokenizer.possessiveHash == wordHash("'s"))
    }

    @Test func scalarCursorCountsScalars() {
        for text in Self.samples {
            let bytes = Array(text.utf8)
            func reference(_ b: Int) -> Int { bytes[..<min(b, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count }
            var cursor = ScalarCursor(bytes: bytes)
            for b in stride(from: 0, through: bytes.count + 3, by: 3) { #expect(cursor.scalarOffset(ofByte: b) == reference(b)) }
            // Going back starts over.
            for b in [5, 1, 17, 0, bytes.count] { #expect(cursor.scalarOffset(ofByte: b) == reference(b)) }
        }
    }

    /// The stemmer as first written: an array copy and a suffix comparison per ending.
    static func referenceStem(_ w: String) -> String {
        var bytes = Array(w.utf8)
        for suffix in ["ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"].map({ Array($0.utf8) })
        where bytes.count > suffix.count + 3 && bytes.suffix(suffix.count).elementsEqual(suffix) {
            bytes.removeLast(suffix.count)
            break
        }
        if bytes.count > 6 {
            var end = 6
            while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            bytes.removeSubrange(end...)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func nameWordsMatchTheReference() {
        func reference(_ name: String) -> [String] {
            Names.slug(name).split(separator: "-").map(String.init).filter { !Lexicon.titles.contains($0) && !Names.particles.contains($0) }
        }
        let names = ["Jane Roe", "Foreign Minister Jane Roe", "Abu Bakr al-Baghdadi", "Ludwig van der Berg", "Mr. O'Brien",
                     "President-elect Tom Poe Jr.", "the Spokesman", "Ünal İnan", "José Nuñez", "東京", "", "---", "St. John de la Cruz",
                     "Sen. Pat Doe's", "Prime Minister", "Dr Ali bin Salman"]
        for name in names { #expect(Names.nameWords(name) == reference(name), "\(name)") }
    }

    @Test func stemMatchesTheReference() {
        let words = ["negotiations", "talks", "denied", "discussions", "ceasefire", "strikes", "dies", "studies",
                     "relations", "ings", "sings", "ted", "es", "s", "", "señoras", "überzeugungen", "zakharova",
                     "ministries", "reported", "iPhones", "déclarations", "東京都庁舎ings", "naïveté"]
        for word in words { #expect(Terms.stem(word) == Self.referenceStem(word), "\(word)") }
    }

    @Test func termsAreReadAsBefore() {
        let terms = Terms.of("Negotiations stalled, officials said; the strike on Kyiv continued as discussions died.")
        let stems = terms.map(\.stem)
        #expect(stems.contains("talk"))      // negotiations and discussions are talks
        #expect(stems.contains("attack"))    // strike
        #expect(stems.contains("dead"))      // died
        for term in terms { #expect(term.key == wordHash(term.stem), "\(term.stem)") }
    }

    @Test func answersAndContractionsAreNoTerms() {
        // "Yes, I'm sure" names nothing a proposition is about, nor does "didn" of "didn`t".
        let surfaces = Terms.of("Yes, I'm sure the pilots didn`t fly the plane and we're not leaving.").map { $0.surface.lowercased() }
        for word in ["yes", "i'm", "didn", "we're"] { #expect(!surfaces.contains(word), "\(word)") }
        // Typographic apostrophes too: "I’m", "we’re", "don’t".
        let curly = Terms.of("Yes, I\u{2019}m sure the pilots don\u{2019}t fly the plane and we\u{2019}re not leaving.").map { $0.surface.lowercased() }
        for word in ["i\u{2019}m", "don\u{2019}t", "we\u{2019}re"] { #expect(!curly.contains(word), "\(word)") }
        #expect(surfaces.contains("pilots"))
    }

    /// The label as first written: a set per statement and a dictionary of scores.
    static func referenceLabel(_ lists: [[Terms.Term]], idf: (UInt64) -> Double) -> String {
        var score: [String: (value: Double, order: Int)] = [:]
        for list in lists {
            var seen = Set<String>()
            for term in list where seen.insert(term.stem).inserted {
                let weight = idf(term.key) * Terms.labelWeight(term)
                if let existing = score[term.stem] {
                    score[term.stem] = (existing.value + weight * weight, existing.order)
                } else {
                    score[term.stem] = (weight * weight, score.count)
                }
            }
        }
        var top: [(stem: String, value: Double, order: Int)] = []
        for (stem, entry) in score {
            top.append((stem, entry.value, entry.order))
            top.sort { $0.value != $1.value ? $0.value > $1.value : $0.order < $1.order }
            if top.count > 3 { top.removeLast() }
        }
        let words = top.map { entry -> String in
            var forms: [String: Int] = [:]
            for list in lists { for term in list where term.stem == entry.stem { forms[term.surface, default: 0] += 1 } }
            return forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? entry.stem
        }
        return words.isEmpty ? "(no content)" : words.joined(separator: " · ")
    }

    @Test func labelsMatchTheReference() {
        let groups = [
            ["Qatar denied talks with Israel on energy.", "Talks between Qatar and Israel on energy were denied.", "Qatar hosted the talks."],
            ["The ministry rejected reports of a ceasefire.", "A truce was never agreed, the Ministry said.", "CEASEFIRE talks collapsed."],
            ["Nothing here.", ""],
            ["Zakharová dismissed the claims as fabrications.", "Sacharova said the fabrications were absurd; fabrications again."],
        ]
        let weights: [(UInt64) -> Double] = [{ _ in 1 }, { Double($0 % 7) + 0.5 }, { Double($0 % 3) }]
        for group in groups {
            let lists = group.map(Terms.of)
            for idf in weights { #expect(Terms.label(lists, idf: idf) == Self.referenceLabel(lists, idf: idf), "\(group)") }
        }
        #expect(Terms.label([], idf: { _ in 1 }) == "(no content)")
    }

    @Test func labelWeightMatchesTheReference() {
        func reference(_ term: Terms.Term) -> Double {
            if term.isName { return 1 }
            for ending in ["ed", "ing", "ly"] where term.surface.utf8.count > ending.utf8.count + 2 && term.surface.hasSuffix(ending) { return 0.45 }
            return 1
        }
        for surface in ["denied", "holding", "often", "really", "sing", "bring", "fled", "ally", "talks", "reported", "mostly",
                        "naïvely", "señored", "tested\u{301}", "ing", "ed", "", "kingly", "ringing"] {
            for isName in [false, true] {
                let term = Terms.Term(stem: surface, surface: surface, isName: isName, key: wordHash(surface))
                #expect(Terms.labelWeight(term) == reference(term), "\(surface)")
            }
        }
    }

    @Test func slugOfALabelWithMiddleDots() {
        #expect(Names.slug("talks · Qatar · energy infrastructure") == "talks-qatar-energy-infrastructure")
        #expect(Names.slug("The · Post") == "post")
        #expect(Names.slug(" · ") == "unknown")
        // Other non-ASCII text still takes the folding path.
        #expect(Names.slug("Zakharová · talks") == "zakharova-talks")
    }

    @Test func unionHoldsEveryMember() {
        let a = WordSet(["said", "told"].map { wordHash($0) }), b = WordSet(["denial"].map { wordHash($0) })
        let union = WordSet.union([a, b], extra: [W.according])
        for word in ["said", "told", "denial", "according"] { #expect(union.contains(wordHash(word)), "\(word)") }
        #expect(!union.contains(wordHash("table")))
        #expect(CuePrefilter.words.contains(wordHash("said")) && CuePrefilter.words.contains(W.citing) && CuePrefilter.words.contains(W.perspective))
    }

    @Test func cleanContentStripsWrappingPunctuation() {
        #expect(ArticleExtractor.cleanContent("“We will fight this,” ") == "We will fight this")
        #expect(ArticleExtractor.cleanContent("— «No deal» —") == "No deal")
        #expect(ArticleExtractor.cleanContent("plain") == "plain")
        #expect(ArticleExtractor.cleanContent("\"\"") == "")
    }

    @Test func speakerIDsAfterTheKind() {
        #expect(SpeakerLinker.idAfterKind("outlet:reuters") == "reuters")
        #expect(SpeakerLinker.idAfterKind("desc:the-expert-abc") == "the-expert-abc")
        #expect(SpeakerLinker.idAfterKind("country:") == "")
        // The reference: the first ':' character, else the slug.
        func reference(_ key: String) -> String {
            if let colon = key.firstIndex(of: ":") { return String(key[key.index(after: colon)...]) }
            return Names.slug(key)
        }
        for key in ["person:\u{301}x", "desc:é-expert", "org:x:y", "nocolon", "person:Jane Roe"] {
            #expect(SpeakerLinker.idAfterKind(key) == reference(key), "\(key)")
        }
    }
}
