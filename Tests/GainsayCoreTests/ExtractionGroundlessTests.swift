import Testing
@testable import GainsayCore

/// Denials by a report's lack of ground ("There's no foundation to the rumour"), a proposition
/// called baseless or not factual ("The assumption that ... is completely baseless", "was not
/// factual"), a denial issued in scare quotes, a negation the speaker insists on, and "deny"
/// with a demand noun that is no request ("denies 5-game ultimatum"). Sentences written for
/// the tests.
@Suite struct ExtractionGroundlessTests {
    @Test func noGroundAndNotFactual() throws {
        try expectStance(.denial, of: [
            "The spokesman said: \"There's no foundation to the rumour.\"",
            "\"There is no substance in these claims,\" the minister said.",
            "\"The assumption that the club is for sale is completely baseless,\" the spokesperson said.",
            "The company said the story released by the network was not factual.",
        ])
    }

    @Test func aTimeBeforeTheQuotation() throws {
        let s = try #require(statements("Club spokesman Tom Lee said yesterday: \"There is no truth in the rumour.\"").first)
        #expect(s.content == "There is no truth in the rumour")
        #expect(s.stance == .denial)
    }

    @Test func aDenialIssuedInScareQuotes() throws {
        let s = try #require(statements("Northfield United issued a 'categorical denial' of the newspaper report.").first)
        #expect(s.speaker == "Northfield United")
        #expect(s.stance == .denial)
    }

    @Test func aNegationInsistedOn() throws {
        try expectStance(.denial, of: [
            "The director insisted that the player is not close to leaving the club.",
            "The chairman reiterated that the board does not make such statements.",
        ])
        // A position or a verdict insisted on stays a claim.
        try expectStance(.claim, of: [
            "The minister insisted the rebels cannot be trusted in any negotiation.",
            "The union insisted it would not accept the offer.",
        ])
    }

    @Test func denyingWhatIsNoRequest() throws {
        try expectStance(.denial, of: ["The club denied an ultimatum had been issued to the coach.", "The coach denies a five-game ultimatum."])
        try expectStance(.claim, of: ["The council denied the request for a second hearing."])
    }
}
