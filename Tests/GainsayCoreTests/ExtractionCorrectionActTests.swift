import Testing
@testable import GainsayCore

/// Denials by an act of correction and by a label, and a passive told to an outlet.
/// Sentences written for the tests.
@Suite struct ExtractionCorrectionActTests {
    @Test func postedACorrection() throws {
        let s = try #require(statements("The Riverside Herald was fooled by the spoof, but posted a correction to acknowledge it was tricked.").first)
        #expect(s.speaker.contains("Riverside Herald"))
        #expect(s.stance == .denial)
    }

    @Test func setTheRecordStraight() throws {
        let s = try #require(statements("The Harbour Times was among the first papers to set the record straight.").first)
        #expect(s.speaker.contains("Harbour Times"))
        #expect(s.stance == .denial)
        let saying = try #require(statements("The coach set the record straight on Monday, saying the striker was never for sale.").first)
        #expect(saying.stance == .denial)
    }

    @Test func correctedItsStory() throws {
        let s = try #require(statements("The Evening Ledger later corrected its story, noting the mistake.").first)
        #expect(s.speaker.contains("Evening Ledger"))
        #expect(s.stance == .denial)
    }

    @Test func calledTheReportALie() throws {
        let s = try #require(statements("The minister called the report a lie.").first)
        #expect(s.stance == .denial)
    }

    @Test func repeatedToAnOutletBySources() throws {
        let s = try #require(statements("Reports that the captain had quit spread on Wednesday and were repeated to the Daily Ledger by several club sources.").first)
        #expect(s.speaker.contains("club sources"))
        #expect(s.via.contains { $0.contains("Daily Ledger") })
    }

    @Test func aRecordTimeIsNoCorrection() {
        #expect(statements("The sprinter set the record in Oslo and ran straight to the crowd.").isEmpty)
    }
}
