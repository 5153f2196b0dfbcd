import Testing
@testable import GainsayCore

/// Verdicts on what was said that come in shapes of their own: "could not be further from the
/// truth", a disagreement with a statement (not with a decision), "innocent of the
/// suggestions", an accusation of lying, "found no violations", "not credible", a verdict
/// before or after a withholding ("This report is baseless and we are not aware of any
/// incident", "will not investigate the report because it is not credible"), the content of
/// "issued a statement, saying ...", and phrasal rebuttals ("shrugged off the report", "waved
/// away the rumours", "scoffed at the suggestion", "contradicted the account", "denounced the
/// report"). Sentences written for the tests.
@Suite struct ExtractionVerdictShapeTests {
    @Test func furtherFromTheTruthDenies() throws {
        try expectStance(.denial, of: [
            "\"Any suggestion that the club must sell its best players could not be further from the truth,\" the chairman said.",
            "The mayor said the claims were farther from the truth than anything she had read.",
        ])
    }

    @Test func disagreeingWithWhatWasSaidDenies() throws {
        try expectStance(.denial, of: [
            "The regulator said it disagreed with the contention of the pilots' union that two jets had flown too close.",
            "\"We disagree with that statement,\" spokesman Tom Reed told the agency.",
            "The ministry said it strongly disagreed with the report's conclusions.",
        ])
    }

    @Test func disagreeingWithADecisionOrNotDisagreeingIsAClaim() throws {
        try expectStance(.claim, of: [
            "\"We disagree with the decision to close the runway,\" the airline said.",
            "The coach said he disagreed with the referee about the penalty.",
        ])
    }

    @Test func innocenceOfTheSuggestionsDenies() throws {
        try expectStance(.denial, of: [
            "The manager declared himself \"utterly innocent\" of suggestions that he had taken illegal payments.",
            "\"I am innocent of any wrongdoing,\" the senator said.",
        ])
    }

    @Test func anAccusationOfLyingDenies() throws {
        try expectStance(.denial, of: [
            "The manager accused the agents of lying to undercover reporters.",
            "The coach accused the tabloid of lying about his health.",
        ])
    }

    @Test func findingNoViolationsOrCallingAReportNotCredibleDenies() throws {
        try expectStance(.denial, of: [
            "\"We found no violations of federal aviation regulations,\" the agency said.",
            "The federation said the allegations were not credible.",
        ])
    }

    @Test func aVerdictBesideAWithholdingDenies() throws {
        try expectStance(.denial, of: [
            "\"This report is baseless and we are not aware of any incident of this nature,\" the spokesman said.",
            "\"The report is baseless; we are not aware of any incident,\" the spokesman said.",
            "The league issued a statement saying it did not plan to investigate the report because it was not credible.",
        ])
    }

    @Test func aWithholdingBesideANegationOrAQuestionStaysNeutral() throws {
        try expectStance(.neutral, of: [
            "\"We haven't seen the contract and nor do we have any knowledge of what is in it,\" the team principal said.",
            "\"Whether their conclusion is correct or incorrect, that is not for us to say,\" the spokesman said.",
            "The agency said it had not confirmed the cases, but it has offered assistance.",
        ])
    }

    @Test func phrasalRebuttalsDeny() throws {
        try expectStance(.denial, of: [
            "The minister shrugged off the report about his future.",
            "The player's agent waved away the rumours.",
            "The mayor contradicted the newspaper's account.",
            "The airline scoffed at the suggestion that it was for sale.",
            "The club denounced the report as false.",
        ])
        // ("denounced ISIS": a name after a denial verb is its object, and the fronted phrase
        // before the subject is no content.)
        #expect(!statements("For its part, the ministry has denounced Zorland, calling its leaders enemies of peace.").contains { $0.content.hasPrefix("For its part") })
        // ("contradicted" needs a report or a claim: "contradicted himself" is no statement.)
        #expect(statements("The witness contradicted himself twice during the hearing.").isEmpty)
    }

    @Test func issuedAStatementCommaSayingOpensTheContent() throws {
        for text in [
            "The league also issued a statement, saying it would not investigate the report.",
            "The club released a statement on Monday, saying the striker would stay.",
        ] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.content.hasPrefix("it would not") || s.content.hasPrefix("the striker"), "\(text): \(s.content)")
        }
    }
}
