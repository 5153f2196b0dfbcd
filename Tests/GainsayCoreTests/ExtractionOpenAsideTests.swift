import Testing
@testable import GainsayCore

/// Subjects that an aside left open or set off by dashes used to hide: a description after the
/// name whose closing comma is left out ("Jane Roe, the director of the agency said"), a dash
/// aside between subject and verb, a report noun after a modifier ("The unsourced report said"),
/// an outlet's edition or website, a platform named with more words before "to deny", and a
/// second speaker joined by "and" with an auxiliary before the verb. Sentences written for the
/// tests.
@Suite struct ExtractionOpenAsideTests {
    @Test func aNameBeforeADescriptionLeftOpen() throws {
        try expectSpeakers([
            ("Mary Okafor, the director of the water agency said the dam was safe.", "Mary Okafor"),
            ("Mary Okafor, director of communications at the Treasury said the dam was safe.", "Mary Okafor"),
            ("A statement issued by Mr Tom Baptiste, the Head of Press at the Ministry on Monday said the dam was safe.", "Tom Baptiste"),
        ])
    }

    @Test func aSubjectOfItsOwnAfterTheComma() throws {
        // A fronted time and a description with its own name are no open asides.
        let group = try #require(statements("Earlier on Sunday, the monitoring group Alpha Watch said the dam was safe.").first)
        #expect(group.speaker.contains("Alpha Watch"))
        let person = try #require(statements("After meeting Tom Baptiste, the director of the agency said the dam was safe.").first)
        #expect(person.speaker.contains("director"))
        let named = try #require(statements("Speaking on Harbour FM, Mr Tom Baptiste said the dam was safe.").first)
        #expect(named.speaker == "Tom Baptiste")
    }

    @Test func aDashAsideBetweenSubjectAndVerb() throws {
        let s = try #require(statements("However, the singer - who was fined for smoking onstage last month - has denied reports that the band will split.").first)
        #expect(s.speaker == "singer")
        #expect(s.stance == .denial)
        let doubled = try #require(statements("The club -- which is owned by a property group -- said the sale was off.").first)
        #expect(doubled.speaker == "club")
    }

    @Test func aReportAfterAModifier() throws {
        let s = try #require(statements("The unsourced report said that the government had to pass a special law.").first)
        #expect(s.speaker.contains("report"))
        #expect(s.content == "the government had to pass a special law")
        // A plural subject before "report" is no modifier.
        #expect(statements("The firms report that profits rose.").allSatisfy { !$0.speaker.contains("firms report") })
    }

    @Test func anOutletEditionSpeaksAsTheOutlet() throws {
        try expectSpeakers([
            ("The Munich daily Abendpost online edition said that the ministers had agreed a plan.", "Abendpost"),
            ("The Daily Ledger website reported that the ministers had agreed a plan.", "Daily Ledger"),
        ])
    }

    @Test func aPlatformWithMoreWordsBeforeTheDenial() throws {
        let s = try #require(statements("The former singer took to Twitter himself on Sunday to deny the shocking report.").first)
        #expect(s.speaker == "former singer")
        #expect(s.stance == .denial)
    }

    @Test func aSecondSpeakerWithAnAuxiliary() throws {
        let list = statements("Some early reports have suggested that maintenance was to blame and transport secretary Paul Ndlovu has stressed that strict action will be taken.")
        let second = try #require(statement(list, containing: "strict action"))
        #expect(second.speaker == "Paul Ndlovu")
        #expect(second.content == "strict action will be taken")
    }
}

/// Channels and second statements read this session: a magazine whose title ends in a time word
/// ("told Woman's Day"), "quoted on the Ledger's website", "The Ledger quotes X, who says", a
/// participle after ", while", "telling reporters" before a clause without "that", and a report
/// called malicious. Sentences written for the tests.
@Suite struct ExtractionChannelAndSecondClauseTests {
    @Test func aTitleEndingInATimeWordIsTheChannel() throws {
        let s = try #require(statements("A source told Woman's Day that the spark had gone out of the marriage.").first)
        #expect(s.via == ["Woman's Day"])
        // A weekday after a name is still trimmed: "told CNN Monday".
        let dated = try #require(statements("The coach told CNN Monday that the spark had gone.").first)
        #expect(dated.via == ["CNN"])
    }

    @Test func quotedOnAnOutletsWebsite() throws {
        let s = try #require(statements("A source quoted on the Daily Ledger's website said that the chief will not seek a third term.").first)
        #expect(s.speaker == "source")
        #expect(s.via == ["Daily Ledger"])
    }

    @Test func theOutletThatQuotesTheSpeaker() throws {
        let s = try #require(statements("The tabloid Daily Ledger quotes the wife of his cousin, Mary Okafor, who says the family had been petrified.").first)
        #expect(s.speaker == "Mary Okafor")
        #expect(s.via.contains { $0.contains("Daily Ledger") })
    }

    @Test func anImperativeContractionIsNoSpeaker() throws {
        let list = statements("\"It would be a bizarre strategy: Don't tell us, and break the news elsewhere,\" media consultant Tom Baptiste mused on Twitter.")
        #expect(list.allSatisfy { $0.speaker != "Don't" })
        #expect(list.first?.speaker == "Tom Baptiste")
    }

    @Test func aDenialAfterWhile() throws {
        let s = try #require(statements("The group rejected the demand to break itself up, while denying the fund had made a bid.").first)
        #expect(s.speaker == "group")
        #expect(s.stance == .denial)
        #expect(s.content == "the fund had made a bid")
        let other = try #require(statements("The club accepted the offer, while denying that the player had asked to leave.").first)
        #expect(other.speaker == "club")
    }

    @Test func tellingAListenerAClause() throws {
        let s = try #require(statements("Jane Roe left the room, telling reporters the story was solid.").first)
        #expect(s.speaker == "Jane Roe")
        #expect(s.content == "the story was solid")
        // No finite verb: no clause.
        #expect(statements("Jane Roe left the room, telling the crowd to stay calm.").isEmpty)
    }

    @Test func aReportCalledMalicious() throws {
        try expectStance(.denial, of: [
            "Minister Mike Banda described the reports as malicious.",
            "Minister Mike Banda said the reports were malicious.",
            "Minister Mike Banda described reports that the president had died as \"malicious\".",
        ])
        try expectStance(.claim, of: ["Police said the attack was malicious."])
    }
}

/// Denial verbs read by what they take: to deny talks is to deny they happened ("ruled out talks"
/// still refuses them); to deny someone access or bail withholds, and says nothing; to reiterate
/// a denial denies again. Sentences written for the tests.
@Suite struct ExtractionDenialObjectKindTests {
    @Test func denyingTalksDeniesTheyHappened() throws {
        try expectStance(.denial, of: [
            "The carmaker denied merger talks with its rival.",
            "The airline denies negotiations with the union",
        ])
        try expectStance(.claim, of: ["The club ruled out talks with the player."])
    }

    @Test func aThingWithheldIsNoStatement() throws {
        #expect(statements("Both parties are keen to deny its rival access to the outlets.").isEmpty)
        #expect(statements("The court denied him bail on Monday.").isEmpty)
        #expect(statements("The embassy denied the reporter a visa.").isEmpty)
        // A report of access is still denied.
        try expectStance(.denial, of: ["The club denied reports of access problems at the stadium."])
    }

    @Test func aDenialSaidAgain() throws {
        try expectStance(.denial, of: [
            "The president reiterated his administration's denial of a recent report about talks.",
            "The club reiterated its rejection of the claims on Friday.",
        ])
        try expectStance(.claim, of: ["The president reiterated that the coach had his full support."])
    }
}

/// Cues that name their speaker another way: a closing `"...," the Ledger quoted a party leader`
/// (the person speaks, the paper carries it), a participle after "by" ("continued by saying",
/// "responded by denying"), and a story named by its publisher inside a speaker's words, which
/// is no claim of the publisher's. Sentences written for the tests.
@Suite struct ExtractionQuotedByAndMannerTests {
    @Test func anOutletQuotedThePerson() throws {
        let list = statements("\"The party has lost its way. There is a power struggle,\" the Daily Ledger quoted a party leader, who is also a first-time MP.")
        let s = try #require(list.first)
        #expect(s.speaker == "party leader")
        #expect(s.via == ["Daily Ledger"])
    }

    @Test func aParticipleAfterBy() throws {
        let s = try #require(statements("The spokesman responded by saying that the story was false.").first)
        #expect(s.speaker == "spokesman")
        #expect(s.stance == .denial)
        #expect(s.cue == "responded by saying")
    }

    @Test func aStoryNamedByItsPublisherInsideTheWords() throws {
        let list = statements("The spokesman continued by saying: 'every aspect of the story published by the Daily Ledger is false.'")
        #expect(list.count == 1)
        #expect(list.first?.speaker == "spokesman")
        // The object of a denial keeps its maker's claim beside the denial.
        let denied = statements("The coach denied accusations made by the Daily Ledger that the team had tampered with the ball.")
        #expect(denied.contains { $0.speaker.contains("Daily Ledger") && $0.stance == .claim })
    }
}

/// A label's participle after a comma ("weighed in, calling the reports lies", "describing the
/// reports as a ploy") is the subject's statement; "is calling his colleagues" and "calling for
/// calm" are not. A subhead between paragraphs ("‘Disinformation’") continues no quotation.
/// Sentences written for the tests.
@Suite struct ExtractionLabelParticipleAndHeadingTests {
    @Test func aLabelParticipleAfterAComma() throws {
        let s = try #require(statements("Former senator Tom Baptiste weighed in, describing the reports as a ploy to sow division.").first)
        #expect(s.speaker == "Tom Baptiste")
        #expect(s.stance == .denial)
        let lies = try #require(statements("Former senator Tom Baptiste weighed in, calling the reports lies.").first)
        #expect(lies.stance == .denial)
        #expect(statements("The union is calling for calm after the strike.").isEmpty)
        #expect(statements("The coach scored twice, calling it the best night of his life.").isEmpty)
    }

    @Test func aSubheadContinuesNoQuotation() throws {
        let list = statements(
            "\u{201C}He grabbed him by the neck and asked him why he had betrayed him, an insider told the Daily Ledger.",
            "\u{2018}Disinformation\u{2019}",
            "In a statement, the party condemned the reports.")
        #expect(!list.contains { $0.content.contains("Disinformation") })
    }
}

/// Denials and non-answers in other shapes: "was not available to comment", "threw more cold
/// water on a report", "knocked down fresh speculation" (but "shot down a drone" says nothing),
/// "rallied around the leader to deny the smears" (not "asked the court to deny"), a story whose
/// participle is followed by the speaker's own quotation, and a German paper "am Sonntag".
/// Sentences written for the tests.
@Suite struct ExtractionDenialShapesMoreTests {
    @Test func notAvailableToComment() throws {
        let s = try #require(statements("A spokesman for the bank was not immediately available to comment.").first)
        #expect(s.stance == .neutral)
    }

    @Test func idiomsOfDenial() throws {
        try expectStance(.denial, of: [
            "The chief executive threw more cold water on a report that he is preparing to step down.",
            "The deputy on Monday knocked down fresh speculation that the governor was considering a run.",
        ])
        #expect(statements("The army shot down a drone over the border.").isEmpty)
        #expect(statements("The boxer knocked down his opponent twice.").isEmpty)
    }

    @Test func actingInOrderToDeny() throws {
        let s = try #require(statements("The team rallied around the leader this weekend to deny another round of smears.").first)
        #expect(s.speaker == "team")
        #expect(s.stance == .denial)
        #expect(statements("The club asked the court to deny the request.").allSatisfy { $0.stance != .denial })
    }

    @Test func theSpeakersQuotationAfterAStorysParticiple() throws {
        let list = statements("However Ms Okafor rubbished the Daily Ledger story saying: \"I am completely committed to the leader.\"")
        #expect(list.count == 1)
        #expect(list.first?.stance == .denial)
    }

    @Test func aGermanPaperOnSunday() throws {
        let list = statements("Der Sonntag reported the bank would cut jobs. Swiss newspaper NZZ am Sonntag said the board was still supporting the chief.")
        #expect(list.map(\.speaker) == ["Der Sonntag", "NZZ am Sonntag"])
    }
}

/// Reported speech carried by an outlet, with the speaker set off by an appositive: "ABC
/// reported Jane Roe, a party spokesman, as saying" (the outlet says nothing of its own), "the
/// website carried an article quoting their president, Jane Roe, as stating". A title of lower-case
/// words before the role ("Shadow international trade secretary Jane Roe"). "media reports"
/// after a preposition is a noun. A clause after "after" has its own subject. Sentences written
/// for the tests.
@Suite struct ExtractionReportedAsSayingTests {
    @Test func anAppositiveBeforeAsSaying() throws {
        let list = statements("ABC reported Rick Gorka, a spokesman for the party who is traveling with the governor, as saying: \"Nothing has changed.\"")
        #expect(list.count == 1)
        #expect(list.first?.speaker == "Rick Gorka")
        #expect(list.first?.via == ["ABC"])
        let quoted = try #require(statements("The website carried an article quoting their president, Rene Fontes, as stating that the coach had resigned.").first)
        #expect(quoted.speaker == "Rene Fontes")
        #expect(quoted.via == ["website"])
    }

    @Test func lowerCaseWordsOfATitle() throws {
        let s = try #require(statements("Shadow international trade secretary Barry Gardiner was sceptical of the story, telling Sky News: \"The idea of a civil war is wrong.\"").first)
        #expect(s.speaker == "Barry Gardiner")
        // A title word before a thing is no title: the company speaks.
        let firm = try #require(statements("Airbus handed the first A380 jet to the airline today, but was forced to deny rumours of delays.").first)
        #expect(firm.speaker == "Airbus")
    }

    @Test func mediaReportsAfterAPreposition() throws {
        let list = statements("However, party leader Tom Baptiste angrily reacted to media reports about a serious rift in his party. He tweeted, \"Some channels are running mischievous reports.\"")
        #expect(!list.contains { $0.speaker == "media" })
        #expect(list.first?.speaker == "Tom Baptiste")
    }

    @Test func theSubjectOfAClauseAfterAfter() throws {
        let list = statements("The champion has denied an allegation of doping after a British Sunday newspaper said he was under investigation.")
        #expect(list.map(\.speaker) == ["champion", "British Sunday newspaper"])
    }
}

/// Words that reject what was reported, read this session: "complete bullshit", "an absolutely
/// ludicrous suggestion", "pulled out of thin air", "the information is unverified", "accused
/// the airline of spreading myths and lies" (not "of spreading the virus"), "contrary to initial
/// claims" inside the content or opening the sentence, and "social media claims" as the object
/// of a denial. Sentences written for the tests.
@Suite struct ExtractionRejectionWordsMoreTests {
    @Test func wordsThatRejectAReport() throws {
        try expectStance(.denial, of: [
            "\"Complete bullshit,\" the coach told a Danish newspaper.",
            "\"This is an absolutely ludicrous suggestion,\" Mr Evans said.",
            "The reports have been \"pulled out of thin air\", an official said.",
            "An official said the information was absolutely unverified.",
            "The union accused the airline of \"spreading myths and lies\" about its pilots.",
            "The union said 16 crew were sick, contrary to initial claims from the airline that over 20 pilots had called in sick.",
            "Contrary to reports, the club said the coach would stay.",
        ])
        try expectStance(.claim, of: [
            "The union accused the airline of spreading the virus among its staff.",
            "Contrary to his wishes, the club said the coach would stay.",
        ])
    }

    @Test func mediaClaimsAsAnObject() throws {
        // "social media claims" is what the figures denied, no speaker of its own.
        let list = statements("Officials of the federation have denied social media claims that the champion was planning to snub the president.")
        #expect(!list.contains { $0.speaker.contains("media") })
    }
}

/// A quotation reopened in the next paragraph, as long quotations are printed, keeps its speaker
/// even when it tells of someone else asking; a dateline may end in a colon or a bullet; "was
/// adamant (that)" is an insistence. Sentences written for the tests.
@Suite struct ExtractionReopenedQuotationTests {
    @Test func aReopenedQuotationKeepsItsSpeaker() throws {
        let list = statements(
            "\"Complete nonsense,\" the coach told the Daily Ledger. \"I don't understand why it's such a big story.",
            "\"A journalist asked me if I was interested in the player, and I replied that he has a contract. It's my job to be interested.",
            "\"I am very happy with the two players I have.\"")
        let asked = try #require(statement(list, containing: "A journalist asked me"))
        #expect(asked.speaker == "coach")
        #expect(list.allSatisfy { $0.speaker == "coach" })
    }

    @Test func aDatelineEndingInABulletOrAColon() throws {
        for dateline in ["PARIS \u{2022}", "PARIS:", "PARIS -"] {
            let s = try #require(statements("\(dateline) American cyclist Tom Danielson has been suspended by his team, but he denies taking a banned substance.").first, "\(dateline)")
            #expect(s.speaker == "Tom Danielson", "\(dateline)")
            #expect(s.stance == .denial, "\(dateline)")
        }
    }

    @Test func anInsistence() throws {
        let s = try #require(statements("Marko did not rule out his departure, but Symonds however was adamant the report was gossip.").first)
        #expect(s.speaker == "Symonds")
        #expect(s.stance == .denial)
        #expect(statements("She was adamant about leaving the club.").isEmpty)
    }
}

/// A quotation opening right after a reported statement in the same paragraph is that speaker's;
/// "the airline" with no speaker so far to point at is the airline the text named ("Air Malta"),
/// not the last body that spoke. Sentences written for the tests.
@Suite struct ExtractionSameParagraphQuotationTests {
    @Test func aQuotationAfterAReportedStatement() throws {
        let list = statements("In a reaction, the Ledger Group said that it had confirmed the figures. \"The group has never referred to 46 staff being sick. What is indisputable is that passengers were inconvenienced.\"")
        let quoted = try #require(statement(list, containing: "never referred"))
        #expect(quoted.speaker == "Ledger Group")
        // A quotation closed by another name stays that speaker's.
        let other = statements("The union said that it had confirmed the figures. \"This is misleading,\" Tom Baptiste said.")
        #expect(statement(other, containing: "misleading")?.speaker == "Tom Baptiste")
    }

    @Test func theAirlineTheTextNamed() throws {
        let list = statements(
            "Pilots' union Alpha accused the national carrier of spreading lies about Air Skyway pilots who called in sick.",
            "The union said that 16 crew members were sick.",
            "In a reaction, the airline said that it had confirmed that 17 pilots were sick.")
        let airline = try #require(statement(list, containing: "17 pilots"))
        #expect(airline.speaker == "Air Skyway")
    }
}
