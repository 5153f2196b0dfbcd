import Testing
@testable import GainsayCore

/// Denial verbs read by what they take: to deny talks is to deny they happened ("ruled out talks"
/// still refuses them); to deny someone access or bail withholds, and says nothing; to reiterate
/// a denial denies again. Sentences written for the tests.
@Suite struct ExtractionDenialObjectKindTests {
    @Test func denyingTalksDeniesTheyHappened() throws {
        try expectStance(.denial, of: [
            "The carmaker denied merger talks with its rival.",
            "The airline denies negotiations with the union",
        ])
        try expectStance(.claim, of: ["The club ruled out talks with the player."])
    }

    @Test func aThingWithheldIsNoStatement() throws {
        #expect(statements("Both parties are keen to deny its rival access to the outlets.").isEmpty)
        #expect(statements("The court denied him bail on Monday.").isEmpty)
        #expect(statements("The embassy denied the reporter a visa.").isEmpty)
        // A report of access is still denied.
        try expectStance(.denial, of: ["The club denied reports of access problems at the stadium."])
    }

    @Test func aDenialSaidAgain() throws {
        try expectStance(.denial, of: [
            "The president reiterated his administration's denial of a recent report about talks.",
            "The club reiterated its rejection of the claims on Friday.",
        ])
        try expectStance(.claim, of: ["The president reiterated that the coach had his full support."])
    }
}
