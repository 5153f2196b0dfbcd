import Testing
@testable import GainsayCore

/// More non-answers without a reporting verb: "did not (immediately) have any comment" and
/// "was unable to confirm": the party asked is the speaker, the stance neutral.
@Suite struct ExtractionNonAnswerMoreTests {
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
