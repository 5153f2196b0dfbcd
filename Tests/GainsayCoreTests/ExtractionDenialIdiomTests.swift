import Testing
@testable import GainsayCore

/// Idioms of denial and of a standing refusal to comment that sport and politics copy uses
/// ("played down", "distance himself from", "greatly exaggerated", "we do not comment on
/// speculation"). Sentences written for the tests.
@Suite struct ExtractionDenialIdiomTests {
    @Test func playedDownAndDistancedAreDenials() throws {
        let a = try #require(statements("The chairman played down reports of a takeover by a foreign consortium.").first)
        #expect(a.speaker == "chairman")
        #expect(a.stance == .denial)
        let b = try #require(statements("The winger was quick to distance himself from the reports.").first)
        #expect(b.stance == .denial)
        // "played" alone is no cue.
        #expect(statements("The chairman played golf with the mayor on Sunday.").isEmpty)
        #expect(statements("The runner kept her distance from the leaders.").isEmpty)
    }

    @Test func exaggeratedReportsAreDenied() throws {
        let s = try #require(statements("The keeper said reports of his retirement were greatly exaggerated.").first)
        #expect(s.stance == .denial)
    }

    @Test func aStandingRefusalToCommentIsNeutral() throws {
        let a = try #require(statements("\"We do not comment on speculation,\" a club spokeswoman said.").first)
        #expect(a.stance == .neutral)
        let b = try #require(statements("The federation said it doesn't discuss disciplinary matters.").first)
        #expect(b.stance == .neutral)
        let d = try #require(statements("\"I don't talk about players at other clubs,\" the coach said.").first)
        #expect(d.stance == .neutral)
        // A negated fact is no refusal.
        let c = try #require(statements("The federation said the player did not fail a test.").first)
        #expect(c.stance != .neutral)
    }

    @Test func aBusinessIsNotAGroupThatOpenedASentence() throws {
        let list = statements("Officials said the runway was closed for an hour. The airline said the delay was caused by fog.")
        let s = try #require(statement(list, containing: "caused by fog"))
        #expect(s.speaker != "Officials")
    }
}

/// Verdicts and counter-statements that politics and business copy uses to deny a report.
/// Sentences written for the tests; each has a rumour in view, as a denial needs one.
@Suite struct ExtractionReportVerdictTests {
    @Test func suggestionsJudgedWrongAfterALongSubject() throws {
        let s = try #require(statements("Any suggestions of the memo being leaked from the minister's own office were \"just plain wrong\", said a spokesman.").first)
        #expect(s.stance == .denial)
    }

    @Test func shownToBeUntrue() throws {
        let list = statements("The paper claimed the envoy had met the rebels.", "\"This story has already been shown to be 100% untrue,\" the envoy wrote.")
        let s = try #require(statement(list, containing: "100% untrue"))
        #expect(s.stance == .denial)
    }

    @Test func aDenialReportedInThePassive() throws {
        let a = try #require(statements("\"It has been emphatically denied by the palace that anyone there was involved,\" the senator told reporters.").first)
        #expect(a.stance == .denial)
        // "was denied bail" denies a request, not a report.
        let b = try #require(statements("The lawyer said his client was denied bail on Friday.").first)
        #expect(b.stance == .claim)
    }

    @Test func aManDismissedOrAnAppealRejectedIsNoDenial() throws {
        // "dismissed" and "rejected" in the passive deny only what was said.
        try expectStance(.claim, of: ["The newspaper said the squad would strike unless the trainer was dismissed.",
                                      "The union said its appeal was rejected by the board."])
        try expectStance(.denial, of: ["The mayor said the claims were dismissed by the inquiry.",
                                       "The minister said the story has been firmly rejected by the cabinet."])
    }

    @Test func aStatementClarifyingTheNews() throws {
        let s = try #require(statements("A representative for the singer issued a statement clarifying the news.").first)
        #expect(s.stance == .denial)
    }

    @Test func slammedReportsAndCalledThemRumours() throws {
        let a = try #require(statements("The ministry slammed media reports that it was building a base abroad, calling them rumours and slander.").first)
        #expect(a.stance == .denial)
        let b = try #require(statements("The coach slammed the report as irresponsible.").first)
        #expect(b.stance == .denial)
        let c = try #require(statements("The mayor said the budget was balanced, calling the claims baseless.").first)
        #expect(c.stance == .denial)
        // Slamming a referee rejects no report.
        let d = try #require(statements("The coach slammed the referee, saying the penalty was soft.").first)
        #expect(d.stance == .claim)
    }

    @Test func spreadingRumoursIsTheOtherSidesTactic() throws {
        let s = try #require(statements("The spokesman said: \"Spreading rumours and slander is a common tactic of our rivals.\"").first)
        #expect(s.stance == .denial)
    }

    @Test func notForSaleAndFullBackingAnswerAReport() throws {
        let list = statements("A newspaper reported speculation that the club had been sold to investors.",
                              "\"The club is not for sale,\" the chairman said.")
        #expect(statement(list, containing: "not for sale")?.stance == .denial)
        let backing = statements("Speculation grew that the manager would be sacked after the defeat.",
                                 "\"The manager has the full backing of the board,\" the chairman said.")
        #expect(statement(backing, containing: "full backing")?.stance == .denial)
        // With nothing reported, a negated sale is a plain claim.
        let plain = try #require(statements("The farmer said the land is not for sale this year.").first)
        #expect(plain.stance == .claim)
    }

    @Test func notGoingToGetRidOfMeIsNoRefusalToTell() throws {
        let s = try #require(statements("\"You're not going to get rid of me,\" the chief executive told reporters.").first)
        #expect(s.stance != .neutral)
        let r = try #require(statements("\"I'm not going to get into the details,\" the chief executive told reporters.").first)
        #expect(r.stance == .neutral)
    }

    @Test func refusingToCommentOnBaselessRumoursStillCallsThemBaseless() throws {
        let s = try #require(statements("\"We do not comment on rumours, even ridiculous or baseless ones,\" the company said.").first)
        #expect(s.stance != .neutral)
    }
}
