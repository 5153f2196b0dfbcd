import Testing
@testable import GainsayCore

/// Shapes of denial that sport and aviation copy uses: a bare "no", a denial verb inside the
/// quoted words, a coordinated "but denied", a post kept ("remains our manager"), a figure set
/// right ("not 13 as was reported"), a vouching frame ("I guarantee you that ..."). Sentences
/// written for the tests.
@Suite struct ExtractionSportDenialShapeTests {
    @Test func aBareNoAnswersTheQuestion() throws {
        let s = try #require(statements("\"Definitely not,\" the coach said when asked if he had signed.").first)
        #expect(s.stance == .denial)
    }

    @Test func theQuotedSubjectDenies() throws {
        let a = try #require(statements("\"Ms Roe categorically refutes any suggestion that she missed a test,\" her manager said in a statement.").first)
        #expect(a.stance == .denial)
        let b = try #require(statements("PARIS -- Three-time champion Jan Roe denies that his positive test came from a transfusion, his spokesman said Friday.").first)
        #expect(b.stance == .denial)
        // A noun that happens to spell a denial verb is no denial ("civil disputes").
        let c = try #require(statements("The judge said the tribunal settles civil disputes in family matters.").first)
        #expect(c.stance == .claim)
    }

    @Test func admittedButDenied() throws {
        let s = try #require(statements("The director admitted that an agent had called but denied that the club had made an offer.").first)
        #expect(s.stance == .denial)
    }

    @Test func aPostKeptAnswersASackingReport() throws {
        let list = statements("Newspapers reported rumours that the coach had been sacked.",
                              "\"The club would like to make it clear Jan Roe remains our manager,\" the club said.")
        #expect(statement(list, containing: "remains our manager")?.stance == .denial)
        let captain = statements("There was speculation that the captaincy would be split.",
                                 "\"Roe will remain as the captain,\" the board member said.")
        #expect(statement(captain, containing: "remain as the captain")?.stance == .denial)
        let still = statements("Rumours spread that the coach had been sacked.",
                               "\"I am still here working with the team,\" the coach said.")
        #expect(statement(still, containing: "still here")?.stance == .denial)
    }

    @Test func aFigureSetRight() throws {
        let s = try #require(statements("The airline said only eight aircraft were grounded and not 13 as was reported.").first)
        #expect(s.stance == .denial)
    }

    @Test func contrastInsideTheContent() throws {
        let s = try #require(statements("\"I shall write to make it clear that, contrary to media speculation, we have not made any approach to him,\" the chairman said.").first)
        #expect(s.stance == .denial)
    }

    @Test func doubtAndMereSpeculation() throws {
        let a = try #require(statements("\"I find this very difficult to believe,\" the analyst told a radio station.").first)
        #expect(a.stance == .denial)
        let b = try #require(statements("The airline said reports of merger talks at a meeting on Friday between its owner and two bidders were nothing more than speculation.").first)
        #expect(b.stance == .denial)
        let c = try #require(statements("\"In no way would we say that we are moving towards a merger,\" the spokesman said.").first)
        #expect(c.stance == .denial)
    }

    @Test func aStatementFromAbroadDenying() throws {
        let s = try #require(statements("The owner issued a statement in London denying reports that a bid had been made.").first)
        #expect(s.stance == .denial)
    }

    @Test func aVouchingFrame() throws {
        let s = try #require(statements("\"We have had plenty of calls from all over the world, including France, but I guarantee you that it is absolutely false,\" the director said.").first)
        #expect(s.stance == .denial)
        #expect(s.content.contains("including France"))
    }

    @Test func whatTheSpeakerWorriesAboutIsNoPartialDenial() throws {
        let s = try #require(statements("\"The only thing I am worried about is the cup final,\" the coach said.").first)
        #expect(s.stance == .claim)
    }

    @Test func aShoutedLineIsNoSpeaker() {
        let list = statements("He wrote: \"I AM NOT RETIRING. PLEASE DON'T SPREAD THIS GARBAGE.\"", "\"I'M COMING BACK SOON!\" he wrote in a post.")
        #expect(!list.contains { $0.speaker.hasPrefix("PLEASE") })
    }
}

/// More denial and non-answer shapes: "at no time", "no such incident", "bollocks", "baseless
/// propaganda", "spreading false information", "you know that's not true", "and ruled out",
/// and the open questions "I don't know what ...", "that is not for us to say". Sentences
/// written for the tests.
@Suite struct ExtractionDismissalTests {
    @Test func dismissals() throws {
        let cases = [
            "\"At no time did the airline plan to replace the aircraft,\" the spokeswoman said.",
            "The official said there was no such incident at the airport.",
            "\"The short answer is bollocks,\" the minister told a news agency.",
            "The spokesman said the channels were making baseless propaganda about the party.",
            "The minister hit back, accusing the papers of spreading false information.",
            "\"Of course you know that that's not true,\" the spokesman told a radio station.",
            "The union chief added that the members had met and ruled out the theory of sabotage.",
        ]
        try expectStance(.denial, of: cases)
    }

    @Test func openQuestionsAreNeutral() throws {
        let a = try #require(statements("\"I don't know what individual members might be considering,\" the senator said.").first)
        #expect(a.stance == .neutral)
        let b = try #require(statements("\"Whether their finding is right or wrong, that is not for us to say,\" the agency spokesman said.").first)
        #expect(b.stance == .neutral)
        // Someone else's not knowing is a claim about them.
        let c = try #require(statements("\"The left hand of the ministry doesn't know what the right hand is doing,\" the senator said.").first)
        #expect(c.stance == .claim)
    }
}

/// Denials in official rebuttals: "not one", "slanderous claims", "I can say that I didn't",
/// "any such statement", "contrary to what had been reported", "The allegation that ... is
/// completely untrue", "never knowingly used", "concocting the rumour", "threw cold water on".
/// Sentences written for the tests.
@Suite struct ExtractionOfficialRebuttalTests {
    @Test func rebuttals() throws {
        let cases = [
            "\"Not one,\" the coach said.",
            "The two runners said they were victims of slanderous claims.",
            "The spokesman said the minister did not make any such statement to him.",
            "The spokesperson said the remarks were quite contrary to what had been reported.",
            "The office said the allegation that the minister had talked to the chairwoman about the contract is completely untrue.",
            "The general manager suggested the media was behind concocting the rumour in the first place.",
            "Both teams threw cold water on the notion that a trade had been agreed.",
            "The club has since denied the report.",
        ]
        try expectStance(.denial, of: cases)
    }

    @Test func neverKnowinglyUsedAnswersADopingCharge() throws {
        let list = statements("The sprinter was accused of doping by the federation.",
                              "The sprinter insisted he had never knowingly used any banned substance.")
        #expect(statement(list, containing: "never knowingly")?.stance == .denial)
        let framed = statements("The runner was accused of doping in a television documentary.",
                                "\"I can say that I didn't take any banned substances,\" the runner told reporters.")
        #expect(statement(framed, containing: "I can say")?.stance == .denial)
    }
}

/// Dismissals and ordinary-event answers: "a smear campaign", "wishful thinking", "done nothing
/// wrong", "everything that is written is not true", "hereby denied", "fictitious", "it was not
/// an emergency landing", "a normal diversion", "landed normally"; "will investigate the claims"
/// is neutral, and "discussed the cuts but rejected them" no denial. Sentences written for the tests.
@Suite struct ExtractionOrdinaryEventTests {
    @Test func dismissals() throws {
        let cases = [
            "\"This was no more than a smear campaign against our candidate,\" the official told a news agency.",
            "\"This is wishful thinking on behalf of the broadcaster,\" the spokesman said.",
            "The player told a newspaper that he had done nothing wrong.",
            "\"Everything that is written is not true,\" the player said.",
            "\"Reports of bugging in the ministry are, hereby, denied,\" the spokesman said in a statement.",
            "\"The article is fictitious,\" the army said.",
        ]
        try expectStance(.denial, of: cases)
        // What someone knew to be untrue is reported, not denied, by the paper.
        let knew = try #require(statements("The paper reported that the editors knew that his version of the story was not true.").first)
        #expect(knew.stance == .claim)
    }

    @Test func anOrdinaryEventAnswersADramaticReport() throws {
        let list = statements("Local media claimed the flight had made an emergency landing.",
                              "\"It was not an emergency landing,\" the airline spokesperson said.")
        #expect(statement(list, containing: "not an emergency")?.stance == .denial)
        let normal = statements("Local media claimed the flight had made an emergency landing.",
                                "\"This was a normal, weather-related diversion,\" the spokesperson said.")
        #expect(statement(normal, containing: "normal, weather")?.stance == .denial)
        let landed = statements("Reports claimed the jet had been forced down.", "\"The aircraft landed normally,\" the spokeswoman said.")
        #expect(statement(landed, containing: "landed normally")?.stance == .denial)
    }

    @Test func anInvestigationOfTheClaimsIsNeutral() throws {
        let s = try #require(statements("The safety board said it will investigate the claims.").first)
        #expect(s.stance == .neutral)
    }

    @Test func aProposalRejectedIsNoDenial() throws {
        let s = try #require(statements("According to two officials, the ministry had discussed pension cuts at a meeting but rejected them.").first)
        #expect(s.stance == .claim)
    }
}

/// "dismissed a New York Times report saying ...": the outlet's claim stands beside what the
/// sentence's speaker says of it. Sentences written for the tests.
@Suite struct ExtractionNamedReportClaimTests {
    @Test func anOutletsReportSayingIsItsClaim() throws {
        let list = statements("The ministry on Sunday dismissed a Daily Ledger report saying the envoy had offered a deal.")
        let claim = try #require(list.first { $0.speaker.contains("Daily Ledger") })
        #expect(claim.stance == .claim)
        #expect(list.contains { $0.speaker == "ministry" && $0.stance == .denial })
    }
}

/// A speaker who has denied something in the article answers it with a plain negated fact
/// too, wherever the rumour was named. Sentences written for the tests.
@Suite struct ExtractionDenierContextTests {
    @Test func aDeniersNegatedFactIsADenial() throws {
        let list = statements("The coach denied that he had agreed terms with another club.",
                              "The team trained in the rain on Tuesday morning before the long trip north.",
                              "\"The players never went to the casino,\" the coach said after training.")
        #expect(statement(list, containing: "never went")?.stance == .denial)
        // Someone who denied nothing states a plain fact.
        let plain = statements("The team trained in the rain on Tuesday morning.", "\"The players never went to the casino,\" the coach said after training.")
        #expect(statement(plain, containing: "never went")?.stance == .claim)
    }
}
