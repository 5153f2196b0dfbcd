import Testing
@testable import GainsayCore

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
