import Testing
@testable import GainsayCore

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
