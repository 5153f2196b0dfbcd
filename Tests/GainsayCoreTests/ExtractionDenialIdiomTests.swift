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
