import Testing
@testable import GainsayCore

/// Reporting constructions of wire copy: a closing "told reporters (Sunday)", an object
/// pronoun after "informed"/"told", and an adverb like "first" between subject and verb.
/// Sentences written for the tests.
@Suite struct ExtractionClosingTellTests {
    @Test func closingToldReportersTakesTheClauseBefore() throws {
        let s = try #require(statements("Divers recovered the second flight recorder, the transport minister told reporters Sunday.").first)
        #expect(s.speaker.contains("transport minister"))
        #expect(s.content.contains("second flight recorder"))
        #expect(s.via.isEmpty)
        let t = try #require(statements("The squad will fly out on Tuesday, coach Ana Ruiz told reporters.").first)
        #expect(t.speaker.contains("Ana Ruiz"))
        #expect(t.content.contains("fly out"))
    }

    @Test func informedUsThatKeepsTheWholeClause() throws {
        let s = try #require(statements("The promoter also informed us that he has two more fights lined up.").first)
        #expect(s.speaker.contains("promoter"))
        #expect(s.content == "he has two more fights lined up")
    }

    @Test func firstSaidLastWeek() throws {
        let s = try #require(statements("Airport officials first said last week that the runway lights had failed.").first)
        #expect(s.speaker.contains("Airport officials"))
        #expect(s.content.contains("runway lights"))
    }
}
