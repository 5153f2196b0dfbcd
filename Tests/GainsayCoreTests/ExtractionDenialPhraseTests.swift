import Testing
@testable import GainsayCore

/// Phrasal denials and non-answers of sport and politics copy. Sentences written for the tests.
@Suite struct ExtractionDenialPhraseTests {
    func first(_ text: String) -> Statement? { statements(text).first }

    @Test func phrasalDenials() {
        #expect(first("The manager laughed off suggestions that he was leaving.")?.stance == .denial)
        #expect(first("The airline brushed aside the claims about its fleet.")?.stance == .denial)
        #expect(first("The minister poured cold water on the reports.")?.stance == .denial)
        #expect(first("The minister was quick to deny the rumours.")?.stance == .denial)
        #expect(first("The minister was quick to deny the rumours.")?.speaker.contains("minister") == true)
    }

    @Test func yetToRespondIsNeutral() {
        #expect(first("The agency has yet to respond to requests for comment.")?.stance == .neutral)
        #expect(first("The club is yet to comment on the speculation.")?.stance == .neutral)
        #expect(first("The pilots' union said it was unaware of any such plan.")?.stance == .neutral)
    }

    @Test func thereHadBeenNoSuchMeeting() {
        #expect(first("The spokesman said there had been no such meeting.")?.stance == .denial)
        #expect(first("The coach said there has been no doubt about his fitness.")?.stance == .claim)
    }

    @Test func speculativeAsALabel() {
        #expect(first("The federation described the reports as \"speculative\".")?.stance == .denial)
    }

    @Test func investigatingAnIncidentIsAClaim() {
        #expect(first("The airline said it was investigating the incident.")?.stance == .claim)
    }

    @Test func disownedStatements() {
        #expect(first("His office said the minister never said the talks had collapsed.")?.stance == .denial)
        #expect(first("\"I did not say that,\" the senator told reporters.")?.stance == .denial)
        #expect(first("The agent said the report was \"totally made up\".")?.stance == .denial)
        #expect(first("The senator did not say whether she would run again, her spokesman said.")?.stance != .denial)
    }

    @Test func neverBeenToAgainstAClaim() {
        let list = statements(
            "A tabloid claimed the defender had travelled to Doha for secret talks.",
            "His lawyer said the defender has never been to Doha."
        )
        #expect(statement(list, containing: "never been to")?.stance == .denial)
    }

    @Test func aClaimXDenies() throws {
        let s = try #require(statements("The winger is said to have used a fake passport, a claim the winger denies.").first)
        #expect(s.stance == .denial)
        #expect(s.content.contains("fake passport"))
    }

    @Test func justARumourIsADenial() {
        #expect(first("The agent told the Ledger that the $40 million fee is just a rumour.")?.stance == .denial)
    }

    @Test func somethingElseAgainstAClaim() {
        let list = statements(
            "Residents claimed a meteorite had caused the crater.",
            "The space agency said the lack of any sightings suggests something else was behind the crater."
        )
        #expect(statement(list, containing: "something else")?.stance == .denial)
    }

    @Test func aQuickWinIsNoStatement() {
        #expect(statements("The striker was quick to score in the second half.").isEmpty)
    }
}
