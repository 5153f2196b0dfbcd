import Testing
@testable import GainsayCore

// How a speaker's name is read and resolved where its words used to cut it or lead elsewhere:
// words inside a body's name, titles and particles, chains of segments, nested speakers, an
// outlet description that points back. Each suite says which shape it covers.

/// Words inside a body's name that used to cut it: "the" after "of" ("News of the World", "the
/// Office of the Prime Minister"), and a nationality after the name's first word ("BMI British
/// Midland", "Royal Dutch Shell"), while a nationality before a title still qualifies it
/// ("Russian President Ivan Petrov") and a person "of the" paper is not joined to it. Sentences
/// written for the tests.
@Suite struct ExtractionNameInnerWordTests {
    @Test func innerWordsStayInTheName() throws {
        try expectSpeakers([
            ("News of the World said the story was true.", "News of the World"),
            ("The Office of the Prime Minister said the cabinet would not be reshuffled.", "Office of the Prime Minister"),
            ("BMI British Midland has denied it has been in merger talks.", "BMI British Midland"),
            ("Royal Dutch Shell said the deal was off.", "Royal Dutch Shell"),
            ("Russian President Ivan Petrov said the talks were over.", "Ivan Petrov"),
        ])
        // A person's surname before "of the": no body name is made of the two.
        let reporter = try #require(statements("Jane Roe of the Daily Ledger said the report was accurate.").first)
        #expect(!reporter.speaker.contains("of the"))
    }

    @Test func aNameParticleAfterTheVerbStaysInTheName() throws {
        let s = try #require(statements("\"The claims do not need to be invented,\" said Pieter van Dam, the head of the pilots' association.").first)
        #expect(s.speaker == "Pieter van Dam")
    }

    @Test func aStatementSetOffAfterTheSubjectIsNoSpeaker() throws {
        let s = try #require(statements("The airport, in a statement said the aircraft had a tyre burst on landing.").first)
        #expect(s.speaker == "airport")
    }

    @Test func aSurnameWithItsParticleJoinsTheFullName() throws {
        let list = statements(
            "Weapons expert Marta de Souza-Lima said the gas was chlorine.",
            "Ms de Souza-Lima, who advises the army, said the attack was recent.")
        #expect(list.count == 2)
        #expect(Set(list.map(\.speakerID)).count == 1, "\(list.map(\.speakerID))")
    }
}

/// A denial reported inside another speaker's clause is the inner speaker's, carried by the
/// outer one: "Police said the passengers have denied all charges". Sentences written for the
/// tests.
@Suite struct ExtractionNestedDenialTests {
    @Test func whatAnOutletReportsSomeoneSaidIsTheirs() throws {
        let list = statements("The Daily Ledger reported on Monday that the club's owner told friends he would not sell.")
        #expect(list.map(\.speaker) == ["club's owner"], "\(list.map(\.speaker))")
        #expect(list.first?.via == ["The Daily Ledger"])
    }

    @Test func theInnerDenierSpeaksThroughTheOuterSpeaker() throws {
        let list = statements("Police officer Tom Reed said the passengers have denied all charges.")
        #expect(list.count == 1)
        let s = try #require(list.first)
        #expect(s.speaker == "passengers")
        #expect(s.via == ["Tom Reed"])
        #expect(s.stance == .denial)
    }
}

/// Bodies named by words that end or head a name without opening one: "Observatory",
/// "Mission", "Command", "Watch" ("the Syrian Observatory for Human Rights", "Central Command",
/// "Ocean Rights Watch"), while "Network Rail" and "Mission Control" stay whole; "The Mail on
/// Sunday" after "according to"; a statement's author after "according to a statement by"; and
/// a source close to a body that opens with a title-like word. Sentences written for the tests.
@Suite struct ExtractionBodyNameWordTests {
    @Test func bodiesKeepTheirWholeName() throws {
        try expectSpeakers([
            ("The Syrian Observatory for Human Rights also confirmed that the town had fallen.", "Syrian Observatory for Human Rights"),
            ("At least 40 people died, according to the UN Assistance Mission in Iraq.", "UN Assistance Mission in Iraq"),
            ("At one point, the hostages were freed, according to The Mail on Sunday.", "Mail on Sunday"),
            ("The strike killed ten people, according to a statement by the United States Central Command.", "United States Central Command"),
            ("Network Rail said the line would reopen on Monday.", "Network Rail"),
            ("Mission Control said the crew was safe.", "Mission Control"),
        ])
        let source = try #require(statements("A source close to First Look confirmed today that the editor had left.").first)
        #expect(source.speaker.hasPrefix("source close to"))
    }

    @Test func aPersonOfAWatchGroupIsThePerson() throws {
        let list = statements(
            "Tom Hale of Ocean Rights Watch said the ban had focused attention on the coast.",
            "\"Now the government must act,\" he said.")
        #expect(list.map(\.speaker) == ["Tom Hale", "Tom Hale"])
    }
}

/// "First" as a title only before another title ("First Minister"), not inside a bank's name
/// ("Credit Suisse First Boston"); an office named by titles after "of" ("the Office of
/// Inspector General"); and "reported X as stating", read as "quoted X as saying". Sentences
/// written for the tests.
@Suite struct ExtractionTitleInNameTests {
    @Test func titleWordsInsideABodysName() throws {
        try expectSpeakers([
            ("Credit Suisse First Boston warned that the airline might cut fares.", "Credit Suisse First Boston"),
            ("The Defense Department's Office of Inspector General said it was aware of the statement.", "Defense Department's Office of Inspector General"),
            ("First Minister Jane Roe said the vote would go ahead.", "Jane Roe"),
        ])
    }

    @Test func reportedAsStatingSpeaksThroughTheOutlet() throws {
        let s = try #require(statements("Late on Sunday, Reuters reported a Nordair spokeswoman as stating that the airline would buy 100 planes.").first)
        #expect(s.speaker == "Nordair spokeswoman")
        #expect(s.via == ["Reuters"])
    }
}

/// A participle clause between a name and its verb ("Planning Minister Jane Roe while talking to
/// the same channel Thursday night said") is passed over to the name, but not a clause with a
/// subject of its own ("after being taken to hospital where she complained"). Sentences written
/// for the tests.
@Suite struct ExtractionParticipleAdjunctTests {
    @Test func theNameBeforeAParticipleClauseSpeaks() throws {
        let s = try #require(statements("However, Planning Minister Tom Reed while talking to the same channel Thursday night said that the minister expressed full confidence in the premier.").first)
        #expect(s.speaker == "Tom Reed")
    }

    @Test func aClauseWithItsOwnSubjectIsNoAdjunct() throws {
        let list = statements("A nun gave birth in San Severino Marche after being taken to hospital where she complained of a bad stomach ache, the newspaper Corriere Adriatico said on Friday.")
        #expect(!list.contains { $0.speaker == "San Severino Marche" })
    }
}

/// A chain of segments after a head of titles alone names its person ("The federation's
/// Assistant Director, Media, Ademola Olajire, denied"); a name does not open on a lower-case
/// link ("Communications Director for Legon Cities" names the club, not "for Legon Cities");
/// two titled persons joined by "and" stay two. Sentences written for the tests.
@Suite struct ExtractionTitledChainTests {
    @Test func aHeadOfTitlesGivesWayToTheName() throws {
        let s = try #require(statements("The federation's Assistant Director, Media, Tunde Bello, denied knowledge of the development.").first)
        #expect(s.speaker == "Tunde Bello")
    }

    @Test func noNameOpensOnALink() throws {
        let s = try #require(statements("Kwame Mensah, the Communications Director for Legon Cities has dismissed rumours that the coach will be sacked.").first)
        #expect(!s.speaker.hasPrefix("for "))
    }

    @Test func twoTitledPersonsStayTwo() throws {
        let s = try #require(statements("Communications Secretary Mark Andes and Special Presidential Assistant Chris Gomez denied reports that the president had collapsed.").first)
        #expect(s.speaker.contains(" and "))
    }
}

/// "Coun." and "Cllr" as titles ("said Nanaimo Coun. Jerry Hong"), "E!" inside a name before
/// the verb ("E! Online reports"), and "ask for" as a request, not a statement ("a staff member
/// did ask for a copy of a receipt"). Sentences written for the tests.
@Suite struct ExtractionCouncillorAndRequestTests {
    @Test func councillorAbbreviationIsATitle() throws {
        let s = try #require(statements("\"We have tried our best to work with the mayor,\" said Eastport Coun. Jerry Hong.").first)
        #expect(s.speaker == "Jerry Hong")
    }

    @Test func anExclamationMarkInsideAName() throws {
        let s = try #require(statements("This Wednesday afternoon, however, E! Online reports the singer's camp is lashing out against the rumours.").first)
        #expect(s.speaker == "E! Online")
    }

    @Test func askingForAThingIsNoStatement() throws {
        let list = statements("\"Yes, a staff member did ask for a copy of a receipt,\" the spokesman said.")
        #expect(list.map(\.speaker) == ["spokesman"])
    }
}

/// "the agency" after a speaker whose proper name holds "Agency" and then another outlet named
/// in passing: the named agency. Sentences written for the tests.
@Suite struct ExtractionHeadInNameTests {
    @Test func theAgencyIsTheOneNamedAnAgency() throws {
        let list = statements(
            "The minister may resign after a cabinet reshuffle, the News Agency of Eastland reported on Monday.",
            "The minister told AFP he was not leaving.",
            "\"He may resign after a cabinet reshuffle, on health grounds,\" the agency said.")
        let last = try #require(list.last)
        #expect(last.speaker == "News Agency of Eastland")
    }
}
