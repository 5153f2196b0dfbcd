import Testing
@testable import GainsayCore

/// Corrections, verdicts on a report, and open inquiries: the stance markers of news about a
/// contested report. Sentences written for the tests.
@Suite struct ExtractionCorrectionStanceTests {
    func stance(_ text: String) -> Stance? { statements(text).first?.stance }

    @Test func aVerdictOnTheReportIsADenial() {
        #expect(stance("The club's agent confirmed that the news of the striker's transfer was premature.") == .denial)
        #expect(stance("\"Reports of the merger are not accurate,\" the airline's spokeswoman said.") == .denial)
        #expect(stance("The Valley Gazette said the story was a hoax written by a prankster.") == .denial)
        #expect(stance("The paper's editor said the specific figures and wording were wrong in the article.") == .denial)
    }

    @Test func aVerdictInsideARelativeClauseStaysAClaim() {
        #expect(stance("The league said in a statement on Monday that the confusion stemmed from a blog post, whose headline was wrong.") == .claim)
    }

    @Test func correctionsAreDenials() {
        #expect(stance("An earlier version of this story said the pilot had been suspended, the Riverside Herald said.") == .denial)
        #expect(stance("The Evening Ledger acknowledged its mistake, saying the quote came from another minister.") == .denial)
        #expect(stance("The broadcaster corrected its report, saying the coach had not resigned after all.") == .denial)
        #expect(stance("The magazine said the tweet was actually from a parody account.") == .denial)
    }

    @Test func propagandaAndDoubtAreDenials() {
        #expect(stance("\"It's part of their usual propaganda,\" the defence minister said.") == .denial)
        #expect(stance("The spokesman said: \"We think it's illogical and we are highly skeptical about it.\"") == .denial)
        #expect(stance("The coach said he did not recall the chairman saying anything like that.") == .denial)
        #expect(stance("The trainer told reporters that not a single race had been fixed.") == .denial)
    }

    @Test func anImpersonalHedgeKeepsTheNegationInScope() {
        #expect(stance("The analyst said it appeared that the rebels had not used the captured missiles.") == .denial)
    }

    @Test func inquiriesAndNotKnowingAreNeutral() {
        #expect(stance("Airline officials said they were looking into the report.") == .neutral)
        #expect(stance("League officials say they are investigating claims that the match was fixed.") == .neutral)
        #expect(stance("\"We just don't know,\" the fire chief said.") == .neutral)
        #expect(stance("The ministry said it has \"not at this time seen any evidence that corroborates\" the claim.") == .neutral)
    }

    @Test func aReportOfNoHarmStaysAClaim() {
        #expect(stance("No passengers were hurt in the landing, the airline claimed.") == .claim)
    }

    @Test func authenticityAgainstAStagingClaimIsADenial() {
        let list = statements(
            "A bystander claimed the viral rescue video was staged.",
            "\"This is real,\" the filmmaker said."
        )
        #expect(statement(list, containing: "This is real")?.stance == .denial)
    }
}
