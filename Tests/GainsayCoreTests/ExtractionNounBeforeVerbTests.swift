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
