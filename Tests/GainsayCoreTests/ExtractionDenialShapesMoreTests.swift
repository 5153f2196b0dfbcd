import Testing
@testable import GainsayCore

/// Denials and non-answers in other shapes: "was not available to comment", "threw more cold
/// water on a report", "knocked down fresh speculation" (but "shot down a drone" says nothing),
/// "rallied around the leader to deny the smears" (not "asked the court to deny"), a story whose
/// participle is followed by the speaker's own quotation, and a German paper "am Sonntag".
/// Sentences written for the tests.
@Suite struct ExtractionDenialShapesMoreTests {
    @Test func notAvailableToComment() throws {
        let s = try #require(statements("A spokesman for the bank was not immediately available to comment.").first)
        #expect(s.stance == .neutral)
    }

    @Test func idiomsOfDenial() throws {
        try expectStance(.denial, of: [
            "The chief executive threw more cold water on a report that he is preparing to step down.",
            "The deputy on Monday knocked down fresh speculation that the governor was considering a run.",
        ])
        #expect(statements("The army shot down a drone over the border.").isEmpty)
        #expect(statements("The boxer knocked down his opponent twice.").isEmpty)
    }

    @Test func actingInOrderToDeny() throws {
        let s = try #require(statements("The team rallied around the leader this weekend to deny another round of smears.").first)
        #expect(s.speaker == "team")
        #expect(s.stance == .denial)
        #expect(statements("The club asked the court to deny the request.").allSatisfy { $0.stance != .denial })
    }

    @Test func theSpeakersQuotationAfterAStorysParticiple() throws {
        let list = statements("However Ms Okafor rubbished the Daily Ledger story saying: \"I am completely committed to the leader.\"")
        #expect(list.count == 1)
        #expect(list.first?.stance == .denial)
    }

    @Test func aGermanPaperOnSunday() throws {
        let list = statements("Der Sonntag reported the bank would cut jobs. Swiss newspaper NZZ am Sonntag said the board was still supporting the chief.")
        #expect(list.map(\.speaker) == ["Der Sonntag", "NZZ am Sonntag"])
    }
}
