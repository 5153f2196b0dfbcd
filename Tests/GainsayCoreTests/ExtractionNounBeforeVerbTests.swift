import Testing
@testable import GainsayCore

/// "Media reports last week said ...": a report noun before its own verb, past a time, is the
/// subject, not a verb; `"...," a source, who was familiar with the plans was quoted as saying by
/// Reuters`: a relative clause left open after the subject of a quotation. Sentences written for
/// the tests.
@Suite struct ExtractionNounBeforeVerbTests {
    @Test func aReportNounBeforeItsVerb() throws {
        let s = try #require(statements("Media reports last week said the three were in discussion to form an alliance.").first)
        #expect(s.speaker == "Media reports")
        #expect(s.cue == "said")
        // A verb "reports" with a time after it still reports.
        let paper = try #require(statements("The paper reports today that the club was sold.").first)
        #expect(paper.cue == "reports")
    }

    @Test func aRelativeClauseLeftOpenBeforeQuotedAsSaying() throws {
        let s = try #require(statements("\"A financial stake is out of the question,\" a source, who was familiar with the plans was quoted as saying by Reuters.").first)
        #expect(s.speaker == "source")
        #expect(s.via == ["Reuters"])
    }
}

/// "Reuters reported that ..., according to sources familiar with the talks": the sources speak,
/// the outlet that reported carries them ("Jane Roe said ..., according to the Ledger" keeps Jane
/// Roe the speaker). Sentences written for the tests.
@Suite struct ExtractionSourcesBehindAReportTests {
    @Test func sourcesBehindAnOutletsReport() throws {
        let s = try #require(statements("Reuters reported on Thursday that the maker was discussing a deal with the government, according to sources familiar with the talks.").first)
        #expect(s.speaker == "sources familiar with the talks")
        #expect(s.via == ["Reuters"])
        #expect(s.content == "the maker was discussing a deal with the government")
        let person = try #require(statements("Jane Roe said the deal was off, according to the Daily Ledger.").first)
        #expect(person.speaker == "Jane Roe")
    }
}

/// "Jane Smith in London said": a one-word place after "in" that follows a name is where the
/// speaker is; a body's place stays in its name ("the Ministry of Defence in London"), and a
/// description keeps its place ("a source in Brussels"). Sentences written for the tests.
@Suite struct ExtractionPlaceAfterNameTests {
    @Test func aPlaceAfterAName() throws {
        try expectSpeakers([
            ("Jane Smith in London said the deal was off.", "Jane Smith"),
            ("The Ministry of Defence in London said the deal was off.", "Ministry of Defence in London"),
            ("A source in Brussels said the deal was off.", "source in Brussels"),
        ])
    }
}
