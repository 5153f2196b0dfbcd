import Testing
@testable import GainsayCore

/// Denials that call the evidence forged ("the photographs had been doctored", "the document
/// was not genuine"), the report riddled with errors or bearing no resemblance to reality, the
/// story a non-story, and a label that dismisses without a falsity word ("called the accusations
/// politically motivated"). Sentences written for the tests.
@Suite struct ExtractionForgedExhibitTests {
    @Test func evidenceCalledForgedOrNotGenuine() throws {
        try expectStance(.denial, of: [
            "The ministry said the photographs had been doctored.",
            "\"The video circulating online is a fake,\" the embassy said.",
            "The agency said the document circulating online was not genuine.",
            "The palace said the letter was forged.",
        ])
        try expectStance(.claim, of: [
            // The speaker tells of a forgery as a fact of the story, not of the report.
            "Police said the suspect had forged a letter from the bank.",
            "The museum said the photographs were genuine.",
            "The ministry said the photographs had not been doctored.",
        ])
    }

    @Test func aReportRiddledWithErrorsOrUnlikeReality() throws {
        try expectStance(.denial, of: [
            "The company said the report was \"riddled with errors\".",
            "The spokesman said the story \"bears no resemblance to reality\".",
            "\"It's a non-story,\" the spokesman said.",
        ])
        try expectStance(.claim, of: ["The designer said the new stadium bears no resemblance to the old one."])
    }

    @Test func aLabelThatDismisses() throws {
        let s = try #require(statements("The minister called the accusations politically motivated.").first)
        #expect(s.cue == "called")
        #expect(s.stance == .denial)
    }
}
