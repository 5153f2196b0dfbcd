import Testing
@testable import GainsayCore

/// Naming and passive cues, and a counter-fact against a disputed claim. Sentences written
/// for the tests.
@Suite struct ExtractionNamingCueTests {
    @Test func identifiedAsIsAStatement() throws {
        let s = try #require(statements("The Sunday Herald identified the gunman as a former soldier.").first)
        #expect(s.speaker.contains("Sunday Herald"))
        #expect(s.stance == .claim)
        let cited = try #require(statements("The Evening Ledger, citing club sources, identified two other players as the buyers.").first)
        #expect(cited.speaker.contains("club sources"))
        #expect(cited.via.contains { $0.contains("Evening Ledger") })
    }

    @Test func describedToAnOutlet() throws {
        let s = try #require(statements("The goalkeeper described the attack on the team bus to Radio Norte.").first)
        #expect(s.speaker.contains("goalkeeper"))
        #expect(s.via.contains { $0.contains("Radio Norte") })
        #expect(s.content == "the attack on the team bus")
    }

    @Test func recountedAndBlamed() {
        #expect(statements("The article recounted the minister's words from his speech on Monday.").first?.speaker.contains("article") == true)
        #expect(statements("The coach blamed the referee for the defeat.").first?.stance == .claim)
        #expect(statements("The crash was blamed on pilot error.").isEmpty)
    }

    @Test func respondedToTheAllegations() throws {
        let s = try #require(statements("The club responded to the allegations by pointing out that its academy is fully licensed.").first)
        #expect(s.speaker.contains("club"))
        #expect(statements("The crew responded to the fire within minutes.").isEmpty)
    }

    @Test func passiveIdentificationsAreNoStatements() {
        #expect(!statements("The gunman, identified in the video as a Briton, spoke briefly.").contains { $0.cue == "identified" })
        #expect(!statements("The pilot thanked the man, whom he identified only as Tom.").contains { $0.cue == "identified" })
    }

    @Test func whoToldAfterAnObjectIsNoStatement() {
        #expect(statements("He finally saw a doctor, who told him it was nothing serious.").isEmpty)
        #expect(statements("Okafor, who says he trains every day, finished third.").first?.speaker.contains("Okafor") == true)
    }

    @Test func aManIdentifiedAsIsNoStatement() {
        #expect(statements("A man identified as John Smith was arrested at the airport.").isEmpty)
    }

    @Test func passiveWithATimeBeforeBy() throws {
        let s = try #require(statements("His remark was reported this week by several outlets abroad.").first)
        #expect(s.speaker.contains("outlets"))
    }

    @Test func actuallyAgainstAClaimIsADenial() {
        let list = statements(
            "The anchor claimed he was aboard the helicopter that was hit.",
            "The Gazette reported that the anchor was actually flying with a different unit."
        )
        #expect(statement(list, containing: "actually flying")?.stance == .denial)
        #expect(statements("The coach said the striker is actually in great form.").first?.stance == .claim)
    }
}
