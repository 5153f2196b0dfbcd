import Testing
@testable import GainsayCore

/// Several statements in one sentence: a closing "X reports" that carries an inner statement,
/// "X reports, but says ...", "A says B told police ...", a denial after "after", and a negated
/// identity. Sentences written for the tests.
@Suite struct ExtractionClauseChainTests {
    @Test func closingReportCarriesTheInnerStatement() throws {
        let s = try #require(statements("Subsequently, Pia Lund, head of the ferry company Nordline, told the Island Courier that two boats were missing, Harbor Notes reports.").first)
        #expect(s.speaker == "Pia Lund")
        #expect(s.via.contains("Harbor Notes"))
    }

    @Test func reportsButSaysIsASecondStatement() {
        let list = statements("The tabloid Daily Bugle on Monday said three paintings went missing from the museum, Harbor Notes reports, but says the tabloid's account was \"probably not credible.\"")
        #expect(list.contains { $0.speaker.contains("Daily Bugle") && $0.stance == .claim && $0.via.contains("Harbor Notes") })
        #expect(list.contains { $0.speaker == "Harbor Notes" && $0.stance == .denial })
    }

    @Test func nestedToldPolice() {
        let list = statements("Mayor Dana Holt says Marco Ruiz told police he was cleaning his rifle when it fired.")
        #expect(list.contains { $0.speaker == "Dana Holt" })
        #expect(list.contains { $0.speaker == "Marco Ruiz" && $0.via.contains("Dana Holt") && $0.via.contains("police") })
    }

    @Test func toldHimIsNotANestedStatement() {
        let list = statements("Pia Lund said a senior player told him, but she would not name the player.")
        #expect(!list.contains { $0.speaker.contains("senior player") })
    }

    @Test func denialAfterAfter() {
        let list = statements("The pundit Lee Marsh retracted claims the striker had been suspended after both the league and the striker's agent, Ola Berg, vehemently denied the claims.")
        #expect(list.contains { $0.speaker == "Ola Berg" && $0.stance == .denial })
    }

    @Test func negatedIdentityIsADenial() throws {
        let s = try #require(statements("Sunday night, the Island Courier reported that county health officials said it was not Lyme disease.").last)
        #expect(s.speaker.contains("health officials"))
        #expect(s.stance == .denial)
    }
}

/// A sentence that quotes at length right after a quoted statement continues its speaker.
/// Sentences written for the tests.
@Suite struct ExtractionContinuedQuoteTests {
    @Test func quoteInsideTheNextSentenceContinues() {
        let list = analyze([
            "With both runways shut, the Harbor Gazette added, \"the smugglers would have to move the planes by road.\"",
            "Even if they took the jets, \"they would still need long paved runways to take off without being spotted.\"",
        ]).statements
        #expect(list.contains { $0.sentence.hasPrefix("Even if") && $0.speaker.contains("Harbor Gazette") })
    }

    @Test func shortQuotedWordsDoNotContinue() {
        let list = analyze([
            "\"We will appeal,\" the club's lawyer Ana Ruiz said.",
            "The ruling was described as \"harsh\" in the local press.",
        ]).statements
        #expect(!list.contains { $0.sentence.hasPrefix("The ruling") })
    }
}

/// "..., a claim (that) X denied / X said was false": a named denial in an appositive.
/// Sentences written for the tests.
@Suite struct ExtractionAppositiveDenialTests {
    @Test func claimThatXDeny() {
        let list = statements("A coach said on the radio that the golfer had been suspended by the Tour -- a claim that the Tour and Ana Ruiz vehemently deny.")
        #expect(list.contains { $0.speaker.contains("coach") && $0.stance == .claim })
        #expect(list.contains { $0.speaker.contains("Ana Ruiz") && $0.stance == .denial })
    }

    @Test func claimXSaidWasFalse() throws {
        let s = try #require(statements("Five smugglers were caught at the border, a claim the ministry said was false.").first)
        #expect(s.speaker == "ministry")
        #expect(s.stance == .denial)
    }
}
