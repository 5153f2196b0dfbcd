import Testing
@testable import GainsayCore

/// Refusals to tell, which answer nothing: after a fronted clause ("Until the review is
/// complete, we won't discuss the details"), with "can" or "could" ("could not divulge"), a
/// comment not made ("will not make any further comments"), "not able to comment", and "will
/// not want to say anything more". Sentences written for the tests.
@Suite struct ExtractionRefusalToTellTests {
    @Test func refusalsAnswerNothing() throws {
        try expectStance(.neutral, of: [
            "\"Until the review is complete, we won't discuss the details,\" the spokeswoman said.",
            "The federation said it will not make any further comments on the case until it is closed.",
            "\"Therefore I am not able to comment on it,\" the manager said.",
            "The spokeswoman said that due to security protocols, she could not divulge where the minister was.",
            "\"Until I see his letter, I will not want to say anything more than what I have said,\" the chairman said.",
            "\"We can't discuss the contract,\" the agent said.",
            "\"I cannot comment on individual cases,\" the coach said.",
            "\"It is not possible to say when the line will reopen,\" the operator said.",
        ])
    }

    @Test func pastFactsAndOtherVerbsStayWhatTheyAre() throws {
        // A past fact about a meeting denies it.
        try expectStance(.denial, of: ["The minister said he did not discuss the pardon with the lawyer."])
        // "will not make" something other than a comment; a fronted clause before a plain fact.
        try expectStance(.claim, of: [
            "The club said it will not make any changes to the squad.",
            "\"Because of the weather, we could not finish the season,\" the chairman said.",
        ])
    }

    @Test func aStandingRuleInTheThirdPerson() throws {
        try expectStance(.neutral, of: ["A spokeswoman said the company \"never comments on market rumours\"."])
    }

    @Test func aPlanPutAside() throws {
        try expectStance(.denial, of: ["\"This is not something we are looking at,\" the chief executive told analysts."])
        try expectStance(.claim, of: ["\"It is something we are looking at closely,\" the chief executive told analysts."])
    }
}
