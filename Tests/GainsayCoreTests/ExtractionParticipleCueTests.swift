import Testing
@testable import GainsayCore

/// Participles that carry a statement: after a statement-like noun ("posted a report stating",
/// "lodged a complaint in court alleging"), strong speech participles without "that"
/// (", insisting he is"), ", which said" after an organisation, and a statement that opens
/// with its denial ("released a statement refuting"). Sentences written for the tests.
@Suite struct ExtractionParticipleCueTests {
    @Test func participleAfterAStatementNoun() throws {
        let s = try #require(statements("A spoof website posted a false report stating that the goalkeeper had retired.").first)
        #expect(s.speaker.contains("website"))
        #expect(s.content == "the goalkeeper had retired")
        let c = try #require(statements("The winger lodged a complaint in court alleging he was forced to sign the contract.").first)
        #expect(c.speaker.contains("winger"))
        #expect(c.content.hasPrefix("he was forced"))
    }

    @Test func insistingWithoutThat() throws {
        let s = try #require(statements("Supporters of the jockey are fighting a court battle, insisting he is only resting.").first)
        #expect(s.speaker.contains("Supporters"))
        #expect(s.content == "he is only resting")
    }

    @Test func aParticipleWithAPronounClause() throws {
        let s = try #require(statements("When asked for the names of his sponsors, Okafor refused to provide them, claiming they are confidential.").first)
        #expect(s.speaker.contains("Okafor"))
        #expect(s.content == "they are confidential")
    }

    @Test func anAppositiveSubjectBeforeTheStatementNoun() throws {
        let s = try #require(statements("The case was opened after one of his riders, Jan Berg, lodged a complaint alleging he was pressured.").first)
        #expect(s.speaker.contains("Jan Berg"))
    }

    @Test func followersAreSpeakers() throws {
        let s = try #require(statements("In an odd case, followers of a late preacher are fighting a court battle to keep his body, insisting he is only resting.").first)
        #expect(s.speaker.contains("followers"))
    }

    @Test func precisionOfParticiples() {
        // A statement noun with no verb before it, or after a preposition, carries no speaker.
        #expect(!statements("Fans expressed anger at the fake report saying it was cruel.").contains { $0.speaker.contains("anger") })
        #expect(statements("His father and grandfather ran the same project, insisting on being the first holders of the title.").isEmpty)
        #expect(statements("The club has yet to announce a new coach.").isEmpty)
    }

    @Test func whichSaidTakesOnlyTheName() throws {
        let s = try #require(statements("The news comes via a new report from Digitimes, which claims that the airline ordered ten jets.").first)
        #expect(s.speaker == "Digitimes")
    }

    @Test func claimingATitleIsNoStatement() {
        #expect(statements("The Kenyan runner won the race in Boston, claiming the title for the third time.").isEmpty)
        #expect(statements("The storm swept the coast overnight, claiming the lives of two fishermen.").isEmpty)
    }

    @Test func claimingAFiniteClause() throws {
        let s = try #require(statements("A union is suing the railway, claiming supervisors are pushing drivers to skip rest breaks.").first)
        #expect(s.speaker == "union")
        #expect(s.content == "supervisors are pushing drivers to skip rest breaks")
        let p = try #require(statements("Passengers took to social media, claiming the engine had caught fire.").first)
        #expect(p.speaker == "Passengers")
    }

    @Test func whichSaidRightAfterAName() throws {
        let s = try #require(statements("The meeting did not please the FA which said the players are under contract.").first)
        #expect(s.speaker == "FA")
        #expect(s.content == "the players are under contract")
        #expect(statements("The report in Oslo which said the jet landed was wrong.").isEmpty)
    }

    @Test func whichSaidAfterAnOrganisation() throws {
        let s = try #require(statements("The reports match those of the Geneva-based Aviation Safety Panel, which said the jet had landed safely.").first)
        #expect(s.speaker.contains("Aviation Safety Panel"))
        #expect(s.content == "the jet had landed safely")
    }

    @Test func aStatementRefutingIsADenial() throws {
        let s = try #require(statements("On Monday, the league released a statement refuting the magazine's report that a panel was planned.").first)
        #expect(s.stance == .denial)
        let r = try #require(statements("The union released a statement rejecting the club's demands for a pay cut.").first)
        #expect(r.stance == .claim)
    }

    @Test func countingErroneousChargesIsNoDenial() throws {
        let s = try #require(statements("The customer says he compiled a spreadsheet showing every erroneous charge on his bill.").first)
        #expect(s.stance == .claim)
    }
}
