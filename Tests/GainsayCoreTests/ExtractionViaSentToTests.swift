import Testing
@testable import GainsayCore

/// Outlets named around a statement without "told": "telling Reuters that", "in a statement
/// released to People.com", "made the denial to Oslo outlet VG", "The paper also quoted X as
/// saying". Sentences written for the tests.
@Suite struct ExtractionViaSentToTests {
    @Test func tellingAnOutletInAParticiple() throws {
        let s = try #require(statements("The finance chief dismissed the reports, telling Reuters that no talks had taken place.").first)
        #expect(s.via == ["Reuters"])
        #expect(s.stance == .denial)
    }

    @Test func aStatementReleasedToAnOutlet() throws {
        let s = try #require(statements("Jane Roe said in a statement released to People.com that there were no plans for a divorce.").first)
        #expect(s.via == ["People.com"])
    }

    @Test func aDenialMadeToAnOutlet() throws {
        let s = try #require(statement(statements("Jan Roe made the denial to Oslo media outlet VG on Monday."), containing: "made the denial"))
        #expect(s.stance == .denial)
        #expect(s.via.count == 1 && s.via[0].hasSuffix("VG"))
    }

    @Test func thePaperAlsoQuoted() throws {
        let list = statements("The Daily Courier said on Tuesday that a deal was close.",
                              "The paper also quoted Jan Roe as saying there would be a decision soon.")
        let s = try #require(statement(list, containing: "also quoted"))
        #expect(s.speaker == "Jan Roe")
        #expect(!s.via.isEmpty)
    }

    @Test func aQuotationBeforeATitledNameAndAStatementToAnOutlet() throws {
        let s = try #require(statements("\"There have been no talks with the rival airline,\" Nordair's chief executive, Jan Roe, said in a statement to The Times.").first)
        #expect(s.content == "There have been no talks with the rival airline")
        #expect(s.stance == .denial)
        #expect(s.via.count == 1 && s.via[0].hasSuffix("Times"))
        // A scare quote inside a sentence that opens without one ends nothing.
        let scare = try #require(statements("Reports that a plane was evacuated after a passenger \u{201C}passed gas\u{201D} are untrue, the airline said in a statement.").first)
        #expect(scare.content.hasSuffix("are untrue"))
    }
}
