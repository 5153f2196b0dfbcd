import Testing
@testable import GainsayCore

/// What may stand between a speaker and the cue without hiding the speaker: a time set off by
/// commas ("Jane Roe, yesterday, denied"), a time after the subject's comma ("Jane Roe, on
/// Saturday debunked"), a full date ("on Monday, October 17,"). And a denial verb's object is
/// never read as a speaker of an inverted clause ("Jane Roe, 47, yesterday denied the report").
/// A name's abbreviated suffix ("Acme Corp. said", "Jane Roe Jr. said") ends the name, not the
/// subject. A description whose last words are a prepositional phrase ("The Special Adviser to
/// the Governor, Senator Jane Roe,") gives the name after it, not the phrase's noun.
/// Sentences written for the tests.
@Suite struct ExtractionSubjectGapTests {
    @Test func aTimeSetOffByCommas() throws {
        for text in [
            "Senator Mary Okafor, yesterday, denied reports of her plan to leave the party.",
            "Mary Okafor, on Saturday debunked the report of the crash at the airport.",
            "Mary Okafor, on Saturday, debunked the report of the crash at the airport.",
            "Mary Okafor, last week, rejected the claims made by the opposition.",
        ] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker == "Mary Okafor", "\(text)")
            #expect(s.stance == .denial, "\(text)")
        }
        let dated = try #require(statements("The ministry, on Dec. 6, said the report was false.").first)
        #expect(dated.speaker == "ministry")
        #expect(dated.content == "the report was false")
    }

    @Test func aFullDateAfterTheSubject() throws {
        let s = try #require(statements("Reports from the Evening Courier on Monday, October 17, suggested the coach had been sacked.").first)
        #expect(s.speaker.contains("Evening Courier"))
        #expect(s.content == "the coach had been sacked")
    }

    @Test func theTimeOfAClauseIsNoGap() throws {
        // "on Tuesday" dates the reports, not the speaker: the spokesperson still speaks.
        let s = try #require(statements("A ferry company spokesperson, rubbishing media reports of its ship entering the wrong berth on Tuesday, said that the ship never entered the wrong berth.").first)
        #expect(s.speaker.contains("spokesperson"))
        #expect(s.content == "the ship never entered the wrong berth")
    }

    @Test func aDenialsObjectIsNoSpeaker() throws {
        for text in ["Jane Roe, 47, yesterday denied the report.", "Mary Okafor, on Saturday debunked the report."] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker.hasSuffix("Roe") || s.speaker.hasSuffix("Okafor"), "\(text)")
            #expect(s.stance == .denial, "\(text)")
        }
    }

    @Test func aNameSuffixWithItsDot() throws {
        for (text, speaker) in [
            ("Halvorsen Co. rejected reports that it had obtained the documents.", "Halvorsen Co"),
            ("A spokesman for Brightwater Corp. said the report was false.", "spokesman for Brightwater Corp"),
            ("Tom Ridley Jr. denied the report.", "Tom Ridley Jr"),
        ] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker == speaker, "\(text)")
            #expect(s.stance == .denial, "\(text)")
        }
    }

    @Test func theNameAfterADescriptionsPrepositionalPhrase() throws {
        for text in [
            "The Special Adviser to the Governor, Senator Amaka Bello, denied the report that the governor would resign.",
            "The chief of staff to the Mayor, Amaka Bello, dismissed the report.",
        ] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker == "Amaka Bello", "\(text)")
            #expect(s.stance == .denial, "\(text)")
        }
        let titled = try #require(statements("Chief Executive Officer of Harbor Rovers, Frederick Mensah, has debunked reports that the coach was sacked.").first)
        #expect(titled.speaker == "Frederick Mensah")
        // A description of its own stays the head: "The head of the Federation, John Smith," names Smith.
        let s = try #require(statements("The head of the Federation, John Smith, said the report was false.").first)
        #expect(s.speaker == "John Smith")
    }

    @Test func anInterviewBetweenSpeakerAndVerb() throws {
        for (text, via) in [
            ("Party secretary Kofi Mensah in an interview with Radio Gold said the report was false.", "Radio Gold"),
            ("The coach speaking to Radio Norte said the report was false.", "Radio Norte"),
            ("The minister in an exclusive interview with the Daily Ledger said the report was false.", "Daily Ledger"),
        ] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(!s.speaker.contains(via), "\(text)")
            #expect(s.via == [via], "\(text)")
        }
    }

    @Test func aPressNounBeforeReportMakesItANoun() throws {
        for text in ["A newspaper report had suggested that the club were growing impatient with the coach.",
                     "Media reports suggested that the club were growing impatient with the coach."] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker.lowercased().contains("report"), "\(text)")
            #expect(s.content == "the club were growing impatient with the coach", "\(text)")
        }
    }

    @Test func aTimeAfterAnAcronym() throws {
        let s = try #require(statements("The Harbour Safety Board (HSB) on Wednesday clarified there was \"no risk\" to passengers in the incident.").first)
        #expect(s.speaker.hasPrefix("Harbour Safety Board"))
        #expect(s.content.hasPrefix("there was"))
    }

    @Test func aReporterToldKeepsHisOutlet() throws {
        let s = try #require(statements("A club source told ESPN's Tom Ridley that the coach would be fired.").first)
        #expect(s.via == ["ESPN's Tom Ridley"])
    }

    @Test func aOneWordAsideAfterTheSubject() throws {
        for text in ["The club, though, denied the report.", "Tom Ridley, nevertheless, rejected the claims."] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker == "club" || s.speaker == "Tom Ridley", "\(text)")
            #expect(s.stance == .denial, "\(text)")
        }
    }

    @Test func anAsideBeforeThat() throws {
        for (text, content) in [
            ("Tom Ridley told Sky Sports, in comments reported by the Evening Courier, that he would stay.", "he would stay"),
            ("The club said, however, that talks had taken place.", "talks had taken place"),
            ("The league announced, earlier this month, that it had appointed a new referee.", "it had appointed a new referee"),
        ] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.content == content, "\(text)")
        }
    }

    @Test func theOutletThatAskedCarriesTheAnswer() throws {
        let s = try #require(statements("A spokesman for the club contacted by Reuters said the report was false.").first)
        #expect(s.speaker == "spokesman for the club")
        #expect(s.via == ["Reuters"])
        #expect(statements("The man attacked by the dog said he was fine.").allSatisfy { !$0.speaker.contains("dog") })
    }

    @Test func aFrontedParticipleIsNoSubject() throws {
        let s = try #require(statements("Speaking to reporters in Lagos, Amaka Bello, spokeswoman for the governor, pointed to the anonymity of the sources, saying the report was false.").first)
        #expect(s.speaker == "Amaka Bello")
        #expect(s.stance == .denial)
        // A name that begins with such a word is still a name.
        let named = try #require(statements("Singing Nightingale Records said the report was false.").first)
        #expect(named.speaker == "Singing Nightingale Records")
    }

    @Test func aRoleWithoutArticleAfterTheName() throws {
        let s = try #require(statements("Kofi Mensah, spokesman for President Amaka Bello told Radio Gold the allegations are baseless.").first)
        #expect(s.speaker == "Kofi Mensah")
        #expect(s.via == ["Radio Gold"])
        // A fronted place is no name.
        let placed = try #require(statements("In Lagos, spokesman for the ministry Tom Ridley said the report was false.").first)
        #expect(placed.speaker.contains("Tom Ridley") || placed.speaker.contains("spokesman"))
    }

    @Test func aPossessiveDescriptionAfterTheName() throws {
        let s = try #require(statements("The Rugby Football Union, English rugby's governing body, said it would put its own inquiry on hold.").first)
        #expect(s.speaker == "Rugby Football Union")
        let p = try #require(statements("Jane Roe, Europe's top diplomat, said the talks had stalled.").first)
        #expect(p.speaker == "Jane Roe")
    }

    @Test func aNounReportIsNoCue() throws {
        let list = statements("Party member Kofi Mensah has lodged a police report over the images, the Evening Courier reported.")
        #expect(list.count == 1)
        #expect(list.first?.speaker == "Evening Courier")
        // "A newspaper report that ..." still carries the newspaper's claim.
        #expect(statements("A newspaper report that the coach was in hospital has fuelled new rumours.").contains { $0.speaker.contains("newspaper") })
    }
}

/// A body named with its place or field after "in", "for" or "at" speaks as the body, whole,
/// not as the place. Sentences written for the tests.
@Suite struct ExtractionBodyNameJoinTests {
    @Test func aBodysPlaceOrFieldStaysInItsName() throws {
        for (text, name) in [
            ("The Board of Control for Cricket in Northland said the report was baseless.", "Board of Control for Cricket in Northland"),
            ("The Prime Minister's Office in Eastport said the report was false.", "Prime Minister's Office in Eastport"),
            ("The Federal Aviation Administration in Washington said the planes were a mile apart.", "Federal Aviation Administration in Washington"),
        ] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker == name, "\(text)")
        }
        // No body before "in": the phrase is read as before.
        let officials = try #require(statements("Officials in Washington said the talks were over.").first)
        #expect(officials.speaker == "Officials in Washington")
    }
}

/// Words inside a body's name that used to cut it: "the" after "of" ("News of the World", "the
/// Office of the Prime Minister"), and a nationality after the name's first word ("BMI British
/// Midland", "Royal Dutch Shell"), while a nationality before a title still qualifies it
/// ("Russian President Ivan Petrov") and a person "of the" paper is not joined to it. Sentences
/// written for the tests.
@Suite struct ExtractionNameInnerWordTests {
    @Test func innerWordsStayInTheName() throws {
        for (text, name) in [
            ("News of the World said the story was true.", "News of the World"),
            ("The Office of the Prime Minister said the cabinet would not be reshuffled.", "Office of the Prime Minister"),
            ("BMI British Midland has denied it has been in merger talks.", "BMI British Midland"),
            ("Royal Dutch Shell said the deal was off.", "Royal Dutch Shell"),
            ("Russian President Ivan Petrov said the talks were over.", "Ivan Petrov"),
        ] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker == name, "\(text)")
        }
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
        for (text, name) in [
            ("The Syrian Observatory for Human Rights also confirmed that the town had fallen.", "Syrian Observatory for Human Rights"),
            ("At least 40 people died, according to the UN Assistance Mission in Iraq.", "UN Assistance Mission in Iraq"),
            ("At one point, the hostages were freed, according to The Mail on Sunday.", "Mail on Sunday"),
            ("The strike killed ten people, according to a statement by the United States Central Command.", "United States Central Command"),
            ("Network Rail said the line would reopen on Monday.", "Network Rail"),
            ("Mission Control said the crew was safe.", "Mission Control"),
        ] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker == name, "\(text)")
        }
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
        for (text, name) in [
            ("Credit Suisse First Boston warned that the airline might cut fares.", "Credit Suisse First Boston"),
            ("The Defense Department's Office of Inspector General said it was aware of the statement.", "Defense Department's Office of Inspector General"),
            ("First Minister Jane Roe said the vote would go ahead.", "Jane Roe"),
        ] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker == name, "\(text)")
        }
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
