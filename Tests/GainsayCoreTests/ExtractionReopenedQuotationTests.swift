import Testing
@testable import GainsayCore

/// A quotation reopened in the next paragraph, as long quotations are printed, keeps its speaker
/// even when it tells of someone else asking; a dateline may end in a colon or a bullet; "was
/// adamant (that)" is an insistence. Sentences written for the tests.
@Suite struct ExtractionReopenedQuotationTests {
    @Test func aReopenedQuotationKeepsItsSpeaker() throws {
        let list = statements(
            "\"Complete nonsense,\" the coach told the Daily Ledger. \"I don't understand why it's such a big story.",
            "\"A journalist asked me if I was interested in the player, and I replied that he has a contract. It's my job to be interested.",
            "\"I am very happy with the two players I have.\"")
        let asked = try #require(statement(list, containing: "A journalist asked me"))
        #expect(asked.speaker == "coach")
        #expect(list.allSatisfy { $0.speaker == "coach" })
    }

    @Test func aDatelineEndingInABulletOrAColon() throws {
        for dateline in ["PARIS \u{2022}", "PARIS:", "PARIS -"] {
            let s = try #require(statements("\(dateline) American cyclist Tom Danielson has been suspended by his team, but he denies taking a banned substance.").first, "\(dateline)")
            #expect(s.speaker == "Tom Danielson", "\(dateline)")
            #expect(s.stance == .denial, "\(dateline)")
        }
    }

    @Test func anInsistence() throws {
        let s = try #require(statements("Marko did not rule out his departure, but Symonds however was adamant the report was gossip.").first)
        #expect(s.speaker == "Symonds")
        #expect(s.stance == .denial)
        #expect(statements("She was adamant about leaving the club.").isEmpty)
    }
}
