import Testing
@testable import GainsayCore

/// "told the paper in an email that ...": the listener ends before the adjunct of the telling,
/// so the channel is the paper and the content the clause. Sentences written for the tests.
@Suite struct ExtractionViaToldAdjunctTests {
    @Test func listenerEndsBeforeInAnEmail() throws {
        let s = try #require(statements("Jan Roe told the Northern Herald in an email that the flight was cancelled.").first)
        #expect(s.via == ["Northern Herald"])
        #expect(s.content == "the flight was cancelled")
    }

    @Test func listenerEndsBeforeATime() throws {
        let s = try #require(statements("The pilot told the Northern Herald on Monday that the runway lights had failed.").first)
        #expect(s.via == ["Northern Herald"])
        #expect(s.content.hasPrefix("the runway lights"))
    }

    @Test func adjunctThenQuotation() throws {
        let s = try #require(statements("Jan Roe wrote back, telling the Northern Herald in an email: \"The flight was never cancelled.\"").first)
        #expect(s.via.contains("Northern Herald"))
        #expect(s.content.contains("never cancelled"))
    }
}
