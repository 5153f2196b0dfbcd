import Testing
@testable import GainsayCore

/// Denials and claims made by an action that carries the reporting verb: "has come forward
/// to claim", "took to Twitter to debunk", "yesterday hit back at". Sentences written for the tests.
@Suite struct ExtractionDenialActionTests {
    @Test func cameForwardToClaim() throws {
        let s = try #require(statements("A former ground worker has come forward to claim that the airline skipped two safety checks.").first)
        #expect(s.speaker.contains("ground worker"))
        #expect(s.stance == .claim)
        #expect(s.content.contains("skipped two safety checks"))
    }

    @Test func tookToSocialMediaToDebunk() throws {
        let s = try #require(statements("Midfielder Tom Berg took to Twitter to debunk the tabloid's transfer story.").first)
        #expect(s.speaker.contains("Tom Berg"))
        #expect(s.stance == .denial)
        let t = try #require(statements("The senator took to social media to deny the report.").first)
        #expect(t.speaker.contains("senator"))
        #expect(t.stance == .denial)
    }

    @Test func hitBackAfterAnAgeAppositive() throws {
        let s = try #require(statements("Okafor, 52, yesterday hit back at the accusations, telling reporters he would sue.").first)
        #expect(s.speaker.contains("Okafor"))
        #expect(s.stance == .denial)
    }

    @Test func aPlainToInfinitiveIsStillNoCue() {
        #expect(statements("The minister went to Brussels to discuss the budget.").isEmpty)
    }
}
