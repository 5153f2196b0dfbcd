import Testing
@testable import GainsayCore

/// Non-answers without a reporting verb: the party that did not answer is the speaker, and the
/// stance is neutral. Sentences written for the tests.
@Suite struct ExtractionNonAnswerTests {
    @Test func didNotReturnARequestForComment() throws {
        let list = statements("The tabloid reported that the goalkeeper had failed a test. The tabloid did not immediately return a request for comment.")
        let s = try #require(statement(list, containing: "request for comment"))
        #expect(s.speaker.contains("tabloid"))
        #expect(s.stance == .neutral)
    }

    @Test func hadNoImmediateComment() throws {
        let s = try #require(statements("A spokeswoman for the airline had no immediate comment.").first)
        #expect(s.speaker.contains("spokeswoman"))
        #expect(s.stance == .neutral)
    }

    @Test func callsAndAttemptsThatFailed() throws {
        let calls = try #require(statements("Several calls to Northgate Motors to confirm the driver's account went unanswered.").first)
        #expect(calls.speaker.contains("Northgate"))
        #expect(calls.stance == .neutral)
        let attempts = try #require(statements("Subsequent attempts to reach Okafor for further comment on the allegations were unsuccessful.").first)
        #expect(attempts.speaker.contains("Okafor"))
        #expect(attempts.stance == .neutral)
    }

    @Test func notCommentingPubliclyBesideASource() {
        let list = statements("Team officials are not commenting publicly on the reports, but a source told the Herald that the deal was signed.")
        #expect(list.contains { $0.speaker.contains("Team officials") && $0.stance == .neutral })
        #expect(list.contains { $0.speaker.contains("source") && $0.stance == .claim })
    }

    @Test func cannotVerifyBesideAnotherNonAnswer() {
        let list = statements("The Evening Ledger has obtained the footage but cannot independently verify that it shows the crash, and the airline had no comment.")
        #expect(list.contains { $0.speaker.contains("Evening Ledger") && $0.stance == .neutral })
        #expect(list.contains { $0.speaker.contains("airline") && $0.stance == .neutral })
    }

    @Test func declinedToSpecifyIsNeutral() throws {
        let s = try #require(statements("Club officials declined to specify which of the players had failed the test.").first)
        #expect(s.speaker.contains("Club officials"))
        #expect(s.stance == .neutral)
    }

    @Test func refusingInAdvanceToTellIsNeutral() {
        #expect(statements("The driver told reporters: \"I'm not going to give a lap-by-lap account of what happened.\"").first?.stance == .neutral)
        #expect(statements("The coach said he would not discuss the transfer.").first?.stance == .neutral)
        #expect(statements("The minister said the country will not negotiate with the rebels.").first?.stance == .claim)
        #expect(statements("The agent said a rival club had called him, but he would not disclose the club.").first?.stance == .claim)
    }

    @Test func messagesAndRequestsNotReturned() {
        for (text, party) in [("Messages left with the club were not returned.", "club"),
                              ("Emails to the airline went unanswered.", "airline"),
                              ("A request for comment from the league was not immediately answered.", "league"),
                              ("The federation did not reply to a request for comment.", "federation")] {
            let s = statements(text).first
            #expect(s?.speaker.contains(party) == true, "\(text)")
            #expect(s?.stance == .neutral, "\(text)")
        }
    }

    @Test func aFailedEngineIsNoNonAnswer() {
        #expect(statements("Attempts to restart the engine failed twice before the crew turned back.").isEmpty)
    }
}
