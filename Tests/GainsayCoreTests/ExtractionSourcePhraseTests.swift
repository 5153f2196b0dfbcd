import Testing
@testable import GainsayCore

/// Anonymous-source phrases, the author of a report after "according to", non-outlet references
/// in via, "no information" as withholding, "had not taken place", and a negation the next
/// sentence calls a rumour. Sentences written for the tests.
@Suite struct ExtractionSourcePhraseTests {
    @Test func reportsAfterAnOpeningPrepositionAreANoun() throws {
        // "Contrary to media reports" names reports; the statement is the club's.
        let list = statements("\"We host many visitors at the ground,\" the club said in a statement.",
                              "\"Contrary to media reports, the captain never took money for the visits.\"")
        let s = try #require(statement(list, containing: "never took money"))
        #expect(s.speaker == "club")
        // A subject before the preposition keeps its verb.
        let t = try #require(statements("The team of experts claims to have found the cause of the crash.").first)
        #expect(t.speaker == "team of experts")
    }

    @Test func peopleFamiliarWithTheMatter() throws {
        let s = try #require(statements("Two people familiar with the matter told the Harbor Gazette that the merger had collapsed.").first)
        #expect(s.speaker.contains("people familiar with the matter"))
        #expect(s.via.contains { $0.contains("Harbor Gazette") })
        let c = try #require(statements("Sources close to the club said the coach would be sacked.").first)
        #expect(c.speaker.contains("Sources close to the club"))
    }

    @Test func reportByItsAuthor() throws {
        let s = try #require(statements("According to the preliminary report by the safety board, the engine failed at cruise altitude.").first)
        #expect(s.speaker.contains("safety board"))
    }

    @Test func organisationReferenceInViaNamesItself() throws {
        let list = statements("The Harbor Gazette covered the crash.", "The pilot reported smoke in the cockpit, according to the airline.")
        let s = try #require(statement(list, containing: "smoke"))
        #expect(s.via == ["airline"])
    }

    @Test func noInformationWithholds() throws {
        let s = try #require(statements("\"We have no information about that,\" a spokesperson said.").first)
        #expect(s.stance == .neutral)
    }

    @Test func hadNotTakenPlaceIsADenial() throws {
        let s = try #require(statements("Kremlin spokesman Ivan Sokolov told reporters that the talks had not taken place.").first)
        #expect(s.stance == .denial)
    }

    @Test func negationTheNextSentenceCallsARumour() throws {
        let list = statements("A source close to the singer told the Harbor Gazette that he is not worth $50 million. The source believes it is a rumor started by his friends.")
        let s = try #require(statement(list, containing: "not worth"))
        #expect(s.stance == .denial)
        let plain = try #require(statements("A source close to the singer told the Harbor Gazette that he is not worth $50 million. The album sold well.").first)
        #expect(plain.stance == .claim)
    }
}

/// A report noun with its "that" clause, and "the source" after "the Gazette's source".
/// Sentences written for the tests.
@Suite struct ExtractionReportNounTests {
    @Test func aNewspaperReportThatIsAClaim() throws {
        let s = try #require(statements("A newspaper report that the mayor has been hospitalized has fuelled new theories about his absence.").first)
        #expect(s.speaker.contains("newspaper"))
        #expect(s.stance == .claim)
    }

    @Test func theSourceKeepsItsOutlet() throws {
        let list = statements("\"He asked for two days to think,\" the Harbor Gazette's source said.", "\"But the money was not enough,\" the source said.")
        let s = try #require(statement(list, containing: "money"))
        #expect(s.via.contains { $0.contains("Harbor Gazette") })
    }
}

/// "People who know X told", "described it as", "admitted fabricating", and a capitalised
/// subordinator that is no part of a name. Sentences written for the tests.
@Suite struct ExtractionRelativeSubjectTests {
    @Test func peopleWhoKnowTold() throws {
        let s = try #require(statements("People who know the singer told the Harbor Gazette that the story is false.").first)
        #expect(s.speaker == "People")
    }

    @Test func describedItAs() throws {
        let s = try #require(statements("Residents described it as a loud boom.").first)
        #expect(s.cue == "described")
    }

    @Test func admittedFabricatingIsADenial() throws {
        let list = statements("Lee Marsh said he would step down.", "The anchor was suspended after he admitted fabricating key parts of a story.")
        let s = try #require(statement(list, containing: "fabricating"))
        #expect(s.stance == .denial)
    }

    @Test func capitalisedSubordinatorIsNoName() {
        let list = statements("As Anna Berg labels her rivals as cheats, the league said it would investigate.")
        #expect(!list.contains { $0.speaker.hasPrefix("As ") })
    }
}
