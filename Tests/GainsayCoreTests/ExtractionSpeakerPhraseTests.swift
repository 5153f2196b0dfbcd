import Testing
@testable import GainsayCore

/// Speaker phrases that are not speakers (datelines, fronted adverbials, nationality adjectives,
/// "reports of"), and roles the lexicon does not list. Sentences written for the tests.
@Suite struct ExtractionSpeakerPhraseTests {
    @Test func datelineIsNotTheSpeaker() throws {
        let s = try #require(statements("OSLO (Wire Service) – The fishing board has denied reports that quotas will be cut next spring.").first)
        #expect(s.speaker.contains("fishing board"))
        #expect(s.stance == .denial)
        let d = try #require(statements("MADRID — The Chilean consulate in Madrid has denied claims that it issued false visas.").first)
        #expect(d.speaker.contains("consulate"))
    }

    @Test func frontedTimePhraseIsNotTheSpeaker() throws {
        let s = try #require(statements("In March, Tomas Reyes, managing editor of the trade weekly Harbour Notes, told the Evening Ledger that the port would close.").first)
        #expect(s.speaker == "Tomas Reyes")
    }

    @Test func reportsOfIsANounAndThePassiveAgentSpeaks() throws {
        let s = try #require(statements("Spanish press reports of the coach's resignation have been denied by a club spokesperson.").first)
        #expect(s.speaker.contains("spokesperson"))
        #expect(s.stance == .denial)
    }

    @Test func unlistedRolesAreSpeakers() throws {
        let s = try #require(statements("\"The horse was never doped,\" the trainer said.").first)
        #expect(s.speaker == "trainer")
        let p = try #require(statements("A Democratic congresswoman claimed Tuesday that the vote had been rigged.").first)
        #expect(p.speaker.contains("congresswoman"))
        #expect(p.cue == "claimed")
    }

    @Test func concessiveClauseHasItsOwnSpeaker() {
        let list = statements("A senior senator claimed on Monday that the budget was \"already spent,\" though a treasury official denied it.")
        #expect(list.contains { $0.speaker.contains("senator") && $0.stance == .claim })
        #expect(list.contains { $0.speaker.contains("treasury official") && $0.stance == .denial })
    }

    @Test func questionVerbWithWhClauseIsNeutral() throws {
        let s = try #require(statements("However, the professor questioned why the ministry had waited so long.").first)
        #expect(s.stance == .neutral)
        #expect(s.cue == "questioned")
    }

    @Test func addedThenCommaQuote() throws {
        let s = try #require(statements("With both runways closed, the Harbor Gazette added, \"no flights will leave before Friday.\"").first)
        #expect(s.speaker.contains("Harbor Gazette"))
    }
}
