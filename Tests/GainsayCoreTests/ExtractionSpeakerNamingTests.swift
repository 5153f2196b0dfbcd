import Testing
@testable import GainsayCore

/// The name shown for a speaker: a surname alone is shown as the full name the article gave
/// earlier, and keeps the same speaker id. Sentences written for the tests.
@Suite struct ExtractionSpeakerNamingTests {
    @Test func pluralRolesAreGroupsThatTheyPointsBackAt() throws {
        let list = statements("Passengers say the crew acted quickly.", "But they say the crew reassured everybody on board.")
        #expect(statement(list, containing: "reassured")?.speaker == "Passengers")
        let d = try #require(statements("Some passengers described seeing flames coming from the engine.").first)
        #expect(d.content == "seeing flames coming from the engine")
    }

    @Test func aSpeakerReportedToHaveSaid() throws {
        try expectSpeakers([
            ("\"The game needs the best people,\" Don Rudd was reported to have said.", "Don Rudd"),
            ("Don Rudd is understood to have told the board the coach would stay.", "Don Rudd"),
        ])
    }

    @Test func aStatementFromABodyIsTheBodys() throws {
        try expectSpeakers([
            ("A statement from the SPCA said the dog had been abandoned.", "SPCA"),
            ("However, a statement from the club denied the coach used any such phrase.", "club"),
        ])
    }

    @Test func aBylineClosingASentenceWithItsOwnCue() throws {
        let s = try #require(statements("Coach Mick Carter last night denied any rift with the board, writes Paul Frost.").first)
        #expect(s.speaker == "Mick Carter")
        #expect(s.stance == .denial)
        let t = try #require(statements("The club is in crisis, writes Paul Frost.").first)
        #expect(t.speaker == "Paul Frost")
    }

    @Test func aVerbInsideAnOpeningQuestionIsNoCue() throws {
        let s = try #require(statements("Asked if the maker was reaffirming its delivery target, Jon Leary said: \"That is our plan.\"").first)
        #expect(s.speaker == "Jon Leary")
        #expect(s.content == "That is our plan")
    }

    @Test func aPronounAfterTheSurnameThatOpensItsSentence() throws {
        // "he" in "Guterman ... and he said" is the surname's, not the last person named.
        let list = statements("Club chairman Mark Gutteridge rubbished the report.",
                              "Defender Brian Cole was in talks with the players. He was expected to speak later.",
                              "Gutteridge, meanwhile, was still seething and he said: \"The report is total rubbish.\"")
        let s = try #require(statement(list, containing: "still seething"))
        #expect(s.speaker == "Mark Gutteridge")
    }

    @Test func surnameShowsTheFullNameGivenEarlier() throws {
        let list = statements(
            "Orla Brennick, the harbour master, opened the new pier on Monday.",
            "Brennick said the pier would carry ferries by spring.")
        let s = try #require(statement(list, containing: "carry ferries"))
        #expect(s.speaker == "Orla Brennick")
    }

    @Test func surnameAfterATitleShowsTheName() throws {
        let list = statements(
            "Port authority director Tomas Veldhuis signed the lease on Friday.",
            "Veldhuis said the fees would not rise.")
        let s = try #require(statement(list, containing: "fees would not rise"))
        #expect(s.speaker == "Tomas Veldhuis")
    }

    @Test func twoPeopleWithOneSurnameKeepTheSurname() throws {
        let list = statements(
            "Ana Kessler and Ben Kessler run the bakery together.",
            "Kessler said the ovens were old.")
        let s = try #require(statement(list, containing: "ovens were old"))
        #expect(s.speaker == "Kessler")
    }

    @Test func headlineRunIsNotAName() throws {
        let list = statements(
            "Go With the Flow Make Corvane Your Home Page",
            "Corvane said the update was ready.")
        let s = try #require(statement(list, containing: "update was ready"))
        #expect(s.speaker == "Corvane")
    }
}

/// A named person followed by a descriptor that itself opens with a name is the speaker.
@Suite struct ExtractionSpeakerNamingAppositiveTests {
    @Test func namedHeadBeforeADescriptorIsTheSpeaker() throws {
        let list = statements("Sen. Dana Whitlow, Vermont Democrat and a member of the Senate Budget Committee, said the plan was reckless.")
        let s = try #require(statement(list, containing: "plan was reckless"))
        #expect(s.speaker.contains("Dana Whitlow"))
    }
}

/// An organisation with "of" inside is one name, even when it ends on a title-like word.
@Suite struct ExtractionSpeakerNamingOrganisationTests {
    @Test func ministryOfInteriorIsOneName() throws {
        let list = statements("The Lorvan Ministry of Interior said the border crossing would reopen on Sunday.")
        let s = try #require(statement(list, containing: "border crossing"))
        #expect(s.speaker.contains("Ministry of Interior"))
    }

    @Test func directorateIsOneName() throws {
        let list = statements("Farmers lost their barns, Lorvan's Civil Defense Directorate said on Sunday.")
        let s = try #require(statement(list, containing: "barns"))
        #expect(s.speaker.contains("Civil Defense Directorate"))
    }

    @Test func personAfterTheMinistryIsStillThePerson() throws {
        let list = statements("Ministry of Foreign Affairs spokeswoman Irena Voss said the talks were over.")
        let s = try #require(statement(list, containing: "talks were over"))
        #expect(s.speaker.contains("Irena Voss"))
    }
}

/// A descriptor after a parenthesised acronym describes the name before it; it is not the speaker.
@Suite struct ExtractionSpeakerNamingDescriptorTests {
    @Test func descriptorAfterAnAcronymLeavesTheNamedSpeaker() throws {
        let list = statements("But an official from the Regional Visitor Centre (RVC), the office of the Lorvan Tourism Ministry serving travellers, says the rumour is false.")
        let s = try #require(statement(list, containing: "rumour is false"))
        #expect(s.speaker.contains("Regional Visitor Centre"))
        #expect(!s.speaker.hasPrefix("office"))
    }

    @Test func aPortfolioWithAndBeforeTheTitleIsNoConjunction() throws {
        let s = try #require(statements("The rumours were false, said International Trade and Industry Minister Mustapa Mohamed.").first)
        #expect(s.speaker == "Mustapa Mohamed")
        #expect(s.speakerID == "mustapa-mohamed")
        // Two names joined stay a conjunction.
        let both = try #require(statements("Smith and Jones said the deal was off.").first)
        #expect(both.speaker == "Smith and Jones")
    }

    @Test func aPronounAfterTheSentencesOwnSubject() throws {
        let list = statements("A spokesman for Invensys said the company had received no approach.",
                              "In 2010, chief executive Ulf Henriksson made waves after he told The Daily Telegraph the company could be a target.")
        #expect(statement(list, containing: "made waves")?.speaker == "Ulf Henriksson")
        // Content first: the name belongs to what was said, and "he" is the last speaker.
        let after = statements("A spokesman for the ministry said the talks went well.",
                               "Jane Roe met the family during the visit, he also said.")
        #expect(statement(after, containing: "he also said")?.speaker == "spokesman for the ministry")
    }
}
