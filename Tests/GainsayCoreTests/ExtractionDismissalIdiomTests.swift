import Testing
@testable import GainsayCore

/// Dismissals in idioms and labels: a claim not dignified with a response, a lawsuit called
/// frivolous, reports that aim to mislead, and plain negated facts of talks and of a split.
/// Sentences written for the tests.
@Suite struct ExtractionDismissalIdiomTests {
    @Test func notDignifiedWithAResponse() throws {
        try expectStance(.denial, of: [
            "A spokesman for the prince said the palace \"would not dignify the claims with a response\".",
            "\"I don't even think it should be dignified with a response,\" said the minister.",
        ])
        try expectStance(.claim, of: ["\"The ceremony dignified the memory of the fallen,\" the mayor said."])
    }

    @Test func aLawsuitCalledFrivolous() throws {
        let s = try #require(statements("The company called the lawsuit \"frivolous\" and said it would defend itself vigorously.").first)
        #expect(s.cue == "called")
        #expect(s.stance == .denial)
    }

    @Test func reportsThatAimToMislead() throws {
        try expectStance(.denial, of: ["The ministry said the reports were \"an attempt to mislead the public\"."])
        try expectStance(.claim, of: ["The regulator said the company had tried to mislead investors."])
    }

    @Test func noTalksAndNoSplit() throws {
        try expectStance(.denial, of: [
            "\"We are not in talks with anyone,\" the chief executive said.",
            "\"The couple have not split,\" a source close to the pair said.",
        ])
    }
}
