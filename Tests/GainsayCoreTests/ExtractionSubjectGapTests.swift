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
