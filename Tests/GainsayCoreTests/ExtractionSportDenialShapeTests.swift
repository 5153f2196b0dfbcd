import Testing
@testable import GainsayCore

/// Shapes of denial that sport and aviation copy uses: a bare "no", a denial verb inside the
/// quoted words, a coordinated "but denied", a post kept ("remains our manager"), a figure set
/// right ("not 13 as was reported"), a vouching frame ("I guarantee you that ..."). Sentences
/// written for the tests.
@Suite struct ExtractionSportDenialShapeTests {
    @Test func aBareNoAnswersTheQuestion() throws {
        let s = try #require(statements("\"Definitely not,\" the coach said when asked if he had signed.").first)
        #expect(s.stance == .denial)
    }

    @Test func theQuotedSubjectDenies() throws {
        let a = try #require(statements("\"Ms Roe categorically refutes any suggestion that she missed a test,\" her manager said in a statement.").first)
        #expect(a.stance == .denial)
        let b = try #require(statements("PARIS -- Three-time champion Jan Roe denies that his positive test came from a transfusion, his spokesman said Friday.").first)
        #expect(b.stance == .denial)
        // A noun that happens to spell a denial verb is no denial ("civil disputes").
        let c = try #require(statements("The judge said the tribunal settles civil disputes in family matters.").first)
        #expect(c.stance == .claim)
    }

    @Test func admittedButDenied() throws {
        let s = try #require(statements("The director admitted that an agent had called but denied that the club had made an offer.").first)
        #expect(s.stance == .denial)
    }

    @Test func aPostKeptAnswersASackingReport() throws {
        let list = statements("Newspapers reported rumours that the coach had been sacked.",
                              "\"The club would like to make it clear Jan Roe remains our manager,\" the club said.")
        #expect(statement(list, containing: "remains our manager")?.stance == .denial)
        let captain = statements("There was speculation that the captaincy would be split.",
                                 "\"Roe will remain as the captain,\" the board member said.")
        #expect(statement(captain, containing: "remain as the captain")?.stance == .denial)
        let still = statements("Rumours spread that the coach had been sacked.",
                               "\"I am still here working with the team,\" the coach said.")
        #expect(statement(still, containing: "still here")?.stance == .denial)
    }

    @Test func aFigureSetRight() throws {
        let s = try #require(statements("The airline said only eight aircraft were grounded and not 13 as was reported.").first)
        #expect(s.stance == .denial)
    }

    @Test func contrastInsideTheContent() throws {
        let s = try #require(statements("\"I shall write to make it clear that, contrary to media speculation, we have not made any approach to him,\" the chairman said.").first)
        #expect(s.stance == .denial)
    }

    @Test func doubtAndMereSpeculation() throws {
        let a = try #require(statements("\"I find this very difficult to believe,\" the analyst told a radio station.").first)
        #expect(a.stance == .denial)
        let b = try #require(statements("The airline said reports of merger talks at a meeting on Friday between its owner and two bidders were nothing more than speculation.").first)
        #expect(b.stance == .denial)
        let c = try #require(statements("\"In no way would we say that we are moving towards a merger,\" the spokesman said.").first)
        #expect(c.stance == .denial)
    }

    @Test func aStatementFromAbroadDenying() throws {
        let s = try #require(statements("The owner issued a statement in London denying reports that a bid had been made.").first)
        #expect(s.stance == .denial)
    }

    @Test func aVouchingFrame() throws {
        let s = try #require(statements("\"We have had plenty of calls from all over the world, including France, but I guarantee you that it is absolutely false,\" the director said.").first)
        #expect(s.stance == .denial)
        #expect(s.content.contains("including France"))
    }

    @Test func whatTheSpeakerWorriesAboutIsNoPartialDenial() throws {
        let s = try #require(statements("\"The only thing I am worried about is the cup final,\" the coach said.").first)
        #expect(s.stance == .claim)
    }

    @Test func aShoutedLineIsNoSpeaker() {
        let list = statements("He wrote: \"I AM NOT RETIRING. PLEASE DON'T SPREAD THIS GARBAGE.\"", "\"I'M COMING BACK SOON!\" he wrote in a post.")
        #expect(!list.contains { $0.speaker.hasPrefix("PLEASE") })
    }
}
