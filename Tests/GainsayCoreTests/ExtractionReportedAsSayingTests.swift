import Testing
@testable import GainsayCore

/// Reported speech carried by an outlet, with the speaker set off by an appositive: "ABC
/// reported Jane Roe, a party spokesman, as saying" (the outlet says nothing of its own), "the
/// website carried an article quoting their president, Jane Roe, as stating". A title of lower-case
/// words before the role ("Shadow international trade secretary Jane Roe"). "media reports"
/// after a preposition is a noun. A clause after "after" has its own subject. Sentences written
/// for the tests.
@Suite struct ExtractionReportedAsSayingTests {
    @Test func anAppositiveBeforeAsSaying() throws {
        let list = statements("ABC reported Rick Gorka, a spokesman for the party who is traveling with the governor, as saying: \"Nothing has changed.\"")
        #expect(list.count == 1)
        #expect(list.first?.speaker == "Rick Gorka")
        #expect(list.first?.via == ["ABC"])
        let quoted = try #require(statements("The website carried an article quoting their president, Rene Fontes, as stating that the coach had resigned.").first)
        #expect(quoted.speaker == "Rene Fontes")
        #expect(quoted.via == ["website"])
    }

    @Test func lowerCaseWordsOfATitle() throws {
        let s = try #require(statements("Shadow international trade secretary Barry Gardiner was sceptical of the story, telling Sky News: \"The idea of a civil war is wrong.\"").first)
        #expect(s.speaker == "Barry Gardiner")
        // A title word before a thing is no title: the company speaks.
        let firm = try #require(statements("Airbus handed the first A380 jet to the airline today, but was forced to deny rumours of delays.").first)
        #expect(firm.speaker == "Airbus")
    }

    @Test func mediaReportsAfterAPreposition() throws {
        let list = statements("However, party leader Tom Baptiste angrily reacted to media reports about a serious rift in his party. He tweeted, \"Some channels are running mischievous reports.\"")
        #expect(!list.contains { $0.speaker == "media" })
        #expect(list.first?.speaker == "Tom Baptiste")
    }

    @Test func theSubjectOfAClauseAfterAfter() throws {
        let list = statements("The champion has denied an allegation of doping after a British Sunday newspaper said he was under investigation.")
        #expect(list.map(\.speaker) == ["champion", "British Sunday newspaper"])
    }
}
