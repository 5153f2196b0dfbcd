import Testing
@testable import GainsayCore

/// Speakers who act in order to speak or speak while acting: "has come forward denying", "held a
/// press conference on Thursday to deny", a participle after a quotation's own comma (`calling
/// the book "nasty stuff," denying`), a denial issued as a noun before ", adding that", and a
/// quoted title that is no one's speech. Sentences written for the tests.
@Suite struct ExtractionActingToSpeakTests {
    @Test func cameForwardDenying() throws {
        let s = try #require(statements("The singer has yet to speak about the reports, but his manager has come forward denying these claims.").last)
        #expect(s.speaker.contains("manager"))
        #expect(s.stance == .denial)
    }

    @Test func heldAPressConferenceToDeny() throws {
        let s = try #require(statements("The Interior Ministry held a press conference on Thursday to deny reports that the border had been closed.").first)
        #expect(s.speaker == "Interior Ministry")
        #expect(s.stance == .denial)
        #expect(s.content.hasPrefix("reports that the border"))
        // Holding something else to do something is no statement.
        #expect(statements("The club held a meeting on Thursday to discuss the budget.").isEmpty)
    }

    @Test func aParticipleAfterAQuotationsComma() throws {
        let s = try #require(statements("The governor is calling the new memoir \"pure invention,\" denying that the meetings it describes took place.").first)
        #expect(s.speaker == "governor")
        #expect(s.stance == .denial)
    }

    @Test func aNounDenialBeforeAdding() throws {
        let list = statements("The club issued a categorical denial of the newspaper report, adding that it reserved the right to take legal action.")
        #expect(list.contains { $0.speaker == "club" && $0.stance == .denial })
    }

    @Test func aQuotedTitleContinuesNoOne() throws {
        let list = statements("The coach dismissed the book as \"pure fantasy,\" saying the scenes it describes never happened. The Evening Courier on Tuesday printed extracts from \"My Years With The Mighty Reds.\"")
        #expect(list.count == 1)
        #expect(list.first?.speaker == "coach")
    }

    @Test func aWrittenPieceReads() throws {
        let list = statements("The Harbor Gazette published an article by the striker this week. \"I am at a crossroads in my career,\" the article read.")
        #expect(list.contains { $0.content == "I am at a crossroads in my career" })
        let owned = try #require(statements("\"The story is without merit,\" read Tom Ridley's statement.").first)
        #expect(owned.speaker == "Tom Ridley")
        #expect(owned.stance == .denial)
        // "The article reads:" before a quoted passage is no statement of its own.
        #expect(statements("The Harbor Gazette article reads:").isEmpty)
        // A person who reads says nothing by it.
        #expect(statements("The coach read the report on Monday.").isEmpty)
        #expect(statements("\"Stop the war,\" read a banner at the rally.").allSatisfy { $0.speaker != "banner" } )
    }

    @Test func inAReportByAnOutlet() throws {
        let s = try #require(statements("The coach was linked with the vacant job in a report by the Evening Courier on Sunday.").first)
        #expect(s.speaker == "Evening Courier")
        #expect(s.content == "The coach was linked with the vacant job")
        #expect(s.stance == .claim)
        let fronted = try #require(statements("In a report by the Evening Courier, the coach was said to be close to leaving.").first)
        #expect(fronted.content == "the coach was said to be close to leaving")
        // In the middle of the clause it is left alone rather than cut the clause in two.
        #expect(statements("The club, in a report in the Daily Ledger, was said to be close to a deal.").isEmpty)
    }
}
