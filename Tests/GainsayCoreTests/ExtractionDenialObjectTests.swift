import Testing
@testable import GainsayCore

/// Denials that an earlier reading let slip: the object of "deny" read as a proposal ("denied
/// any such plans"), a noun whose "that" clause waits behind a parenthesis ("rejected the
/// suggestion, by a party leader, that ..."), a progressive with an adverb ("is emphatically
/// denying"), a first-person frame with an adverb ("I would like to strongly state that"), and
/// reports named by their quality ("shoddy journalism") or as imagination. Sentences written
/// for the tests.
@Suite struct ExtractionDenialObjectTests {
    @Test func denyingPlansDeniesTheyExist() throws {
        try expectStance(.denial, of: [
            "Army spokesman John Roe denied any such plans.",
            "The mayor denied plans to close the harbour.",
            "The club denied any suggestion of a move.",
        ])
        // Turning down a proposal is a position, not a denial.
        try expectStance(.claim, of: [
            "The council rejected the plans for a new stadium.",
            "The union rejected any offer below five per cent.",
        ])
    }

    @Test func aThatClauseBehindAParenthesis() throws {
        try expectStance(.denial, of: [
            "Prime Minister Jane Doe rejected the suggestion, by a party leader, that the army was poised to intervene.",
            "The coach rejected the suggestion, made by a former player on radio, that the squad was divided.",
        ])
        // A suggestion turned down, with no clause after the parenthesis.
        try expectStance(.claim, of: ["The minister rejected the suggestion, by a backbencher, to delay the budget."])
    }

    @Test func aProgressiveWithAnAdverb() throws {
        let s = try #require(statements("Jim Doe is emphatically denying the report.").first)
        #expect(s.speaker == "Jim Doe")
        #expect(s.stance == .denial)
        let both = statements("A spokesman for the singer is strongly denying reports that he will quit, saying the story is slanted.")
        #expect(both.first?.cue == "denying")
        #expect(both.first?.stance == .denial)
    }

    @Test func aFirstPersonFrameWithAnAdverb() throws {
        try expectStance(.denial, of: [
            "\"I would like to strongly state that these reports are untrue,\" Roe said.",
            "\"We want to stress that the story is false,\" the agency said.",
        ])
        // The frame vouches for a claim.
        try expectStance(.claim, of: ["\"I would like to strongly state that the team is ready,\" Roe said."])
    }

    @Test func aReportNamedByItsQualityOrAsImagination() throws {
        try expectStance(.denial, of: [
            "\"This is shoddy journalism,\" the spokesman said.",
            "The spokesman said the allegations of fraud are an imagination of people who cannot accept defeat.",
            "\"It is someone's over imagination working at its best,\" the actor said.",
        ])
        try expectStance(.claim, of: [
            "The professor said good journalism takes time.",
            "\"It takes imagination to build a team like this,\" the coach said.",
        ])
    }

    @Test func aCampOrAPrincipalSpeaksAndQuashDenies() throws {
        let camp = try #require(statements("The boxer's camp denied he had failed a drug test.").first)
        #expect(camp.speaker == "boxer's camp")
        #expect(camp.stance == .denial)
        let principal = try #require(statements("The team principal shot down rumours of a driver swap.").first)
        #expect(principal.speaker == "team principal")
        #expect(principal.stance == .denial)
        try expectStance(.denial, of: ["Carter Motors moved to quash speculation about a sale of the plant."])
    }

    @Test func aNounThatNamesAPropositionUnlessTheVerbRefuses() throws {
        try expectStance(.denial, of: [
            "Minister Ken Roe has denied suggestions he's thinking of resigning as an MP.",
            "Mir hit back at the suggestion, accusing sections of the media of spreading false information.",
        ])
        try expectStance(.claim, of: [
            "The minister ruled out the idea of a second referendum.",
            "The council rejected the suggestion to delay the vote.",
        ])
    }

    @Test func noLinkInADisputeAndABogusPublication() throws {
        // "nothing whatsoever to do with" answers a report in view; alone it states a fact.
        let disputed = statements("Reports claimed the official was paid by the bidders for his vote.",
                                  "\"The payment has nothing whatsoever to do with the games,\" the official said.")
        #expect(statement(disputed, containing: "nothing whatsoever")?.stance == .denial)
        try expectStance(.claim, of: ["\"The payment has nothing whatsoever to do with the games,\" the official said."])
        try expectStance(.denial, of: ["The spokesman described the website as a bogus publication that should not be believed."])
    }
}
