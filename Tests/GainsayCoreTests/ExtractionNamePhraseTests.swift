import Testing
@testable import GainsayCore

/// Names the phrase readers must keep whole or reject: title abbreviations ("Lt."),
/// organisations with "for"/"to" inside, quantifiers and first-person contractions, and a
/// participle after a parenthetical subject. Sentences written for the tests.
@Suite struct ExtractionNamePhraseTests {
    @Test func aLegalFormOrCodeAfterACompanyName() throws {
        for (text, name) in [("Halvorsen Group NV denied the report.", "Halvorsen Group NV"), ("Harbour Airlines PNG denied the report.", "Harbour Airlines PNG")] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker == name, "\(text)")
        }
        // After a title the acronym is still the body itself.
        let s = try #require(statements("Foreign Ministry spokesman Tom Ridley denied the report.").first)
        #expect(s.speaker == "Tom Ridley")
    }

    @Test func titleAbbreviationKeepsTheName() throws {
        let s = try #require(statements("\"The bridge shook,\" said Lt. Marta Vidal, one of the engineers.").first)
        #expect(s.speaker.contains("Marta Vidal"))
        let b = try #require(statements("Capt. Ivo Sandor said the crew was safe.").first)
        #expect(b.speaker.contains("Ivo Sandor"))
    }

    @Test func organisationWithForAndTo() throws {
        let s = try #require(statements("The hound was found tied to a bench, according to the Northern Society for Prevention of Cruelty to Animals.").first)
        #expect(s.speaker.contains("Northern Society"))
    }

    @Test func quantifierAndContractionAreNotNames() {
        #expect(!statements("Another reported that his account was frozen.").contains { $0.speaker == "Another" })
        #expect(!statements("\"I’ve told your producers that I know nothing,\" the host said.").contains { $0.speaker.hasPrefix("I") })
    }

    @Test func expertFromAPlace() throws {
        let s = try #require(statements("Lena Kovac, a gynaecologist from Mostar said that the trend is worrying.").first)
        #expect(s.speaker == "Lena Kovac" || s.speaker.contains("gynaecologist"))
    }

    @Test func participleAfterParentheticalSubject() throws {
        let s = try #require(statements("Rep. Dana Holt, R-Ore., said she learned the news from the coast guard, warning that the storm would raise prices.").first)
        #expect(s.cue == "said")
        #expect(s.speaker == "Dana Holt")
    }
}

/// Found on the whole FNC-1 body corpus: "Borno state" is a noun, "Dr X from the Museum" is X,
/// religious roles are speakers. Sentences written for the tests.
@Suite struct ExtractionCorpusNameTests {
    @Test func stateAfterANameIsANoun() {
        #expect(statements("Fighting continued in the town of Damboa in Kano state on Sunday.").isEmpty)
        let list = statements("Troops fought militants in Kano state, witnesses said.")
        #expect(list.contains { $0.speaker == "witnesses" })
        #expect(!list.contains { $0.cue == "state" })
    }

    @Test func personFromAnInstitution() throws {
        let s = try #require(statements("Dr Mark Hale from the Western Coast Museum agreed and said he found the case \"bizarre\".").first)
        #expect(s.speaker == "Mark Hale")
    }

    @Test func religiousRoleIsASpeaker() throws {
        let s = try #require(statements("\"Her presence was comforting,\" states the Catholic priest.").first)
        #expect(s.speaker.contains("priest"))
    }
}

/// A capitalised adverb opening an imperative is no speaker. Sentence written for the test.
@Suite struct ExtractionImperativeTests {
    @Test func justAskIsNoSpeaker() {
        #expect(!statements("Just ask the parents of the players who were left behind.").contains { $0.speaker == "Just" })
    }
}
