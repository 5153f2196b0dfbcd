import Testing
@testable import GainsayCore

/// More non-answers without a reporting verb: "did not (immediately) have any comment" and
/// "was unable to confirm": the party asked is the speaker, the stance neutral.
@Suite struct ExtractionNonAnswerMoreTests {
    @Test func notReachedOrNotAvailableForComment() throws {
        for text in ["The agent could not be reached for comment.", "A spokesman for the club was not immediately available for comment."] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.stance == .neutral, "\(text)")
            #expect(s.speaker.contains("agent") || s.speaker.contains("spokesman"), "\(text)")
        }
        #expect(statements("The village could not be reached for days after the storm.").isEmpty)
    }

    @Test func didNotHaveAnyComment() {
        let list = statements("A spokeswoman for the airline did not immediately have any comment on the report.")
        #expect(list.count == 1)
        #expect(list.first?.stance == .neutral)
        #expect(list.first?.speaker.contains("spokeswoman") == true)
    }

    @Test func wasUnableToConfirm() {
        let list = statements("Reporter Jane Cole was unable to confirm the striker's arrest record.")
        #expect(list.first?.speaker == "Jane Cole")
        #expect(list.first?.stance == .neutral)
    }

    @Test func unableToPlayIsNoNonAnswer() {
        #expect(statements("The striker was unable to play on Saturday after a knock in training.").isEmpty)
    }
}

/// "not sure what/whether" leaves the question open; a negation that meets "the reported X"
/// denies what was reported.
@Suite struct ExtractionReportedThingTests {
    @Test func notSureWhatIsNeutral() {
        #expect(statements("\"We are not sure what caused the engine fire yet,\" the airline's safety chief said.").first?.stance == .neutral)
        #expect(statements("The manager said he was not sure that the striker deserved a place.").first?.stance != .neutral)
    }

    @Test func aNegationOfTheReportedThingDenies() {
        #expect(statements("His agent told the paper that the singer doesn't even live at the reported address.").first?.stance == .denial)
        #expect(statements("The minister said she was not at the alleged meeting with the lobbyists.").first?.stance == .denial)
        #expect(statements("The police said the suspect was not carrying a weapon when he was reported missing.").first?.stance == .claim)
    }
}
