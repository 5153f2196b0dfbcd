import Testing
@testable import GainsayCore

/// A speaker's negated statement right before or after their own denial continues it ("X denied
/// the report. 'I have never met him,' he said."); a position ("will not"), an intention ("not
/// going to"), an opinion ("don't think"), a hedge ("not always", "no longer") or a negation in
/// a subordinate clause does not; nor does another speaker's, nor one further away. Sentences
/// written for the tests.
@Suite struct ExtractionDenialContinuationTests {
    @Test func aNegatedStatementNextToTheSpeakersDenialContinuesIt() throws {
        let s = statements("The striker Tom Baxter denied reports that he had met the rival club's owner.",
                           "\"I have never been to their training ground,\" Baxter said.")
        #expect(statement(s, containing: "training ground")?.stance == .denial)
        let before = statements("\"The board did not discuss my contract,\" the manager Ann Cole said.",
                                "Cole also dismissed reports that she would leave as nonsense.")
        #expect(statement(before, containing: "did not discuss")?.stance == .denial)
        let plain = statements("The striker Tom Baxter denied reports that he had met the rival club's owner.",
                               "\"Nobody from the club called my agent,\" Baxter said.")
        #expect(statement(plain, containing: "Nobody from the club")?.stance == .denial)
    }

    @Test func positionsIntentionsOpinionsAndHedgesStayClaims() throws {
        for line in [
            "\"We will not sell our best players,\" Baxter said.",
            "\"I am not going to retire this year,\" Baxter said.",
            "\"I don't think the fans care,\" Baxter said.",
            "\"The old stadium is no longer fit for the league,\" Baxter said.",
            "\"The club signed a forward that nobody expected,\" Baxter said.",
        ] {
            let s = statements("The striker Tom Baxter denied reports that he had met the rival club's owner.", line)
            let second = try #require(s.last, "\(line)")
            #expect(second.stance == .claim, "\(line)")
        }
    }

    @Test func onlyTheSameSpeakerAndOnlyTheNextStatement() throws {
        let other = statements("The striker Tom Baxter denied reports that he had met the rival club's owner.",
                               "\"The fans were not happy with the draw,\" the club's chairman, Ian Hart, said.")
        #expect(statement(other, containing: "not happy")?.stance == .claim)
        let far = statements("The striker Tom Baxter denied reports that he had met the rival club's owner.",
                             "\"We trained hard all week,\" Baxter said.",
                             "\"The fans were not happy with the draw,\" Baxter said.")
        #expect(statement(far, containing: "not happy")?.stance == .claim)
    }
}

extension ExtractionDenialContinuationTests {
    @Test func aDeedNegatedRightAfterTheDenialContinuesIt() throws {
        let next = statements("The striker Tom Baxter denied reports that he had met the rival club's owner.",
                              "\"I was at home with my family all weekend, not at any dinner,\" Baxter said.")
        #expect(statement(next, containing: "at home with my family")?.stance == .denial)
    }
}
