import Testing
@testable import GainsayCore

/// Stance markers that hold anywhere in the content or across the sentence: withholding,
/// rejection of a report, and a negated fact set against a report. Sentences written for the tests.
@Suite struct ExtractionStanceCueTests {
    func stance(_ text: String) -> Stance? { statements(text).first?.stance }

    @Test func withholdingIsNeutral() {
        #expect(stance("The harbour authority said it was not aware of any ships leaving the port.") == .neutral)
        #expect(stance("The Daily Courier said it was not immediately able to verify the footage.") == .neutral)
        #expect(stance("Rail union sources told the Evening Ledger that they have not been able to substantiate the mayor's claim.") == .neutral)
        #expect(stance("\"I don't have any information on that either,\" the commissioner said.") == .neutral)
    }

    @Test func evidenceAbsentIsADenial() {
        #expect(stance("The ministry spokesman said the agency continues to have no credible intelligence to suggest smugglers are using the tunnels.") == .denial)
        #expect(stance("The coach said: \"A few fans have posted angry messages, but we've seen nothing to indicate there is any organised protest.\"") == .denial)
        #expect(stance("The trainer said the horse had \"no specific evidence or data to suggest at present that it was doped.\"") == .denial)
    }

    @Test func doubtAndRetractionAreDenials() {
        #expect(stance("The aviation analysts said the tabloid's account was \"probably not credible.\"") == .denial)
        #expect(stance("The Riverside Herald reported, however, that it was \"very unlikely\" that the jets could leave unseen.") == .denial)
        #expect(stance("\"I want to make a full retraction of everything I said on the show,\" the pundit told the Evening Ledger.") == .denial)
        #expect(stance("\"My remarks were not based on any firsthand knowledge,\" the pundit said.") == .denial)
    }

    @Test func negatedFactAgainstAReportIsADenial() {
        #expect(stance("A club official told the Evening Ledger that the striker was not training with the squad, after local media reports indicated he would.") == .denial)
        #expect(stance("The ministry said the detainee is not the general's brother, as opposition activists had claimed.") == .denial)
        #expect(stance("Instead, she is a cousin of the defendant, the prosecutor said.") == .denial)
        #expect(stance("The broadcaster said the minister did not take part in the talks, and contradicted the mayor's statement.") == .denial)
    }

    @Test func plainNegationAndAffirmationsStayClaims() {
        #expect(stance("The coach said the new stadium does not need much work before the season.") == .claim)
        #expect(stance("The analyst said there is \"no doubt\" the merger will close this year.") == .claim)
        #expect(stance("\"It doesn't take much to cause a delay,\" the engineer said.") == .claim)
    }

    @Test func firstPersonKnowledgeKeepsTheDenialInScope() {
        #expect(stance("\"We understand that so far the captain has not taken part in any of the sessions,\" the presenter said.") == .denial)
    }
}

/// Aviation copy: a spokesman who would not comment, a cause not yet determined.
/// Sentences written for the tests.
@Suite struct ExtractionOpenQuestionTests {
    @Test func wouldNotCommentAfterAnIndefiniteSubject() throws {
        let s = try #require(statements("A Nordair spokesman would not comment on the report.").first)
        #expect(s.stance == .neutral)
        #expect(s.speaker.contains("spokesman"))
    }

    @Test func notYetDeterminedIsNeutral() throws {
        let s = try #require(statements("The safety board has not yet determined the cause of the crash, spokesman Ian Crowe said.").first)
        #expect(s.stance == .neutral)
    }
}
