import Testing
@testable import GainsayCore

/// Block quotes: a paragraph that ends "X said:" or names "a statement from X:" hands the next
/// paragraph, quoted or not, to X. Sentences written for the tests.
@Suite struct ExtractionBlockQuoteTests {
    @Test func aQuotationOverParagraphsThatClosesOnNoName() throws {
        // The speaker named just before the quotation opened speaks it all.
        let list = statements("Jo Marsh from the Licensed Engineers Association says the airline's account is plausible.",
                              "\"There would have been a breakdown of parts of that engine. The pilots saw high vibration.",
                              "\"That is when passengers would have seen sparks.\"")
        #expect(list.first?.speaker == "Jo Marsh")
        #expect(statement(list, containing: "high vibration")?.speaker == "Jo Marsh")
        #expect(statement(list, containing: "seen sparks")?.speaker == "Jo Marsh")
    }

    @Test func aQuotationOverParagraphsThatClosesOnAnotherName() throws {
        // `"...` / `...," said Ali.` is Ali's, not the speaker named before it opened.
        let list = statements("Board chief Tom Hale had said a meeting would be held next week.",
                              "\"No one has spoken to me on this subject, these are only rumours.",
                              "\"I am focusing on the matches,\" said Ali.")
        #expect(statement(list, containing: "only rumours")?.speaker == "Ali")
    }

    @Test func unquotedParagraphAfterSaidColon() throws {
        let list = statements(
            "The airline's chief executive, Marta Lindqvist, said in a statement:",
            "The aircraft was inspected on Monday and cleared to fly. No fault was found in the engines.",
            "Shares in the airline rose two percent on the news.")
        let first = try #require(statement(list, containing: "inspected on Monday"))
        #expect(first.speaker.contains("Lindqvist"))
        let second = try #require(statement(list, containing: "No fault was found"))
        #expect(second.speaker.contains("Lindqvist"))
        // The block ends with its paragraph.
        #expect(statement(list, containing: "Shares in the airline") == nil)
    }

    @Test func statementFromNamedAuthor() throws {
        let list = statements(
            "The league published its schedule on Friday. Here is a statement from the Northern Football League:",
            "Contrary to published reports, no match will be moved to a weekday. The final stays in May.")
        let s = try #require(statement(list, containing: "no match will be moved"))
        #expect(s.speaker.contains("Northern Football League"))
        let verbless = statements(
            "Statement from Dana Whitfield, president of the players' union, on the new contract rules:",
            "\"These rules punish the youngest players. We will fight them in every court.\"")
        let q = try #require(statement(verbless, containing: "punish the youngest"))
        #expect(q.speaker.contains("Whitfield"))
    }

    @Test func possessivePostIsTheLastPersonNamed() throws {
        let list = statements(
            "Senator Hanna Voss told reporters that the budget vote would be delayed.",
            "Here's how her post begins:",
            "The committee has not seen the final numbers and will not vote blind.")
        let s = try #require(statement(list, containing: "will not vote blind"))
        #expect(s.speaker.contains("Voss"))
    }

    @Test func aCompleteClauseBeforeTheColonIntroducesAnEmbed() {
        // "defended the club on Twitter:" is followed by a lost tweet, then the writer again.
        let list = statements(
            "The coach Jon Ekberg defended the club on Twitter:",
            "Second, nobody on the board has resigned, whatever the rumors say.")
        #expect(statement(list, containing: "nobody on the board") == nil)
    }

    @Test func embedCreditIsNoStatement() {
        let list = statements(
            "The pilot Ana Ruiz tweeted:",
            "Landed safely in fog, thanks to a great crew. — Ana Ruiz (@anaruiz) May 4, 2015")
        #expect(!list.contains { $0.sentence.contains("(@anaruiz)") && !$0.sentence.contains("Landed") })
    }
}
