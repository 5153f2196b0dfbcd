import Testing
@testable import GainsayCore

/// Failure classes met on unseen news (sport, politics, aviation), each as a general rule.
/// Every sentence here is made up for the test.
@Suite struct ExtractionUnseenNewsTests {
    @Test func refusalsToSpecifyVerifyOrBeDrawnAreNeutral() throws {
        let a = try #require(statements("Military officials declined to specify which squadrons were grounded.").first)
        #expect(a.speaker == "Military officials")
        #expect(a.stance == .neutral)
        let b = try #require(statements("The coach refused to be drawn on the transfer rumours.").first)
        #expect(b.stance == .neutral)
        let c = try #require(statements("The carrier said it could not independently verify the passenger's account.").first)
        #expect(c.stance == .neutral)
        // Without the refusal, "identify" is no cue.
        #expect(statements("Investigators will identify the cause within a month.").isEmpty)
    }

    @Test func versusAbbreviationDoesNotSplitTheSentence() throws {
        let s = try #require(statements("The Rovers v. United fixture was moved to Sunday, the league said.").first)
        #expect(s.sentence.hasPrefix("The Rovers v. United"))
        #expect(s.speaker == "league")
    }

    @Test func continuedQuotationKeepsTheOutletOfTheQuoteItContinues() throws {
        let list = statements("Winger Paulo Mendes told the Northern Echo on Sunday: \"I am not leaving.\"",
                              "\"The supporters know where my heart is.\"")
        let continued = try #require(statement(list, containing: "supporters know"))
        #expect(continued.speaker.contains("Paulo Mendes"))
        #expect(continued.via.contains { $0.contains("Northern Echo") })
    }
}
