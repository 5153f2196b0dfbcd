import Testing
@testable import GainsayCore

/// More ways copy records who did not answer ("did not wish to comment", "declined to provide
/// further comment", "Attempts to contact him for comment were unsuccessful"), a denial spelt
/// as a noun after an auxiliary ("has issued a quick denial"), "belied reports", and "the
/// airline" read as the body whose name says airline, "the presidency" and "the businessman" as
/// speakers, and a quotation closed by another speaker's attribution never carried on as the
/// previous speaker's. Sentences written for the tests.
@Suite struct ExtractionNoCommentShapeTests {
    @Test func didNotWishToComment() throws {
        let s = try #require(statement(statements("The Hartfield Bank said on Monday that talks were over.", "Nordbank did not wish to comment."), containing: "did not wish"))
        #expect(s.speaker == "Nordbank")
        #expect(s.stance == .neutral)
    }

    @Test func declinedToProvideComment() throws {
        let s = try #require(statement(statements("Nordbank declined to provide further comment."), containing: "declined to provide"))
        #expect(s.speaker == "Nordbank")
        #expect(s.stance == .neutral)
        // Declining to provide a figure is no comment withheld.
        #expect(statement(statements("Nordbank declined to provide a figure for the losses."), containing: "declined to provide") == nil)
    }

    @Test func attemptsToContactHimFailed() throws {
        let list = statements("The coach Jan Roe said last week that he was happy with the squad.",
                              "The broadcaster reported on Monday that he would lose his job.",
                              "Attempts to contact him for comment were unsuccessful.")
        let s = try #require(statement(list, containing: "Attempts to contact him"))
        #expect(s.speaker == "Jan Roe")
        #expect(s.stance == .neutral)
    }

    @Test func aDenialIssuedAfterAnAuxiliary() throws {
        let s = try #require(statement(statements("Jane Roe's spokesman has issued a quick denial."), containing: "quick denial"))
        #expect(s.stance == .denial)
        #expect(s.speaker.contains("spokesman"))
    }

    @Test func beliedReports() throws {
        try expectStance(.denial, of: ["The presidential assistant Jan Roe belied reports that the president had collapsed."])
    }

    @Test func theAirlineIsTheBodyNamedAsOne() throws {
        let list = statements("Nordic Airways has denied claims that its flights are unsafe during the strike.",
                              "The union Unite has warned passengers not to fly with the carrier.",
                              "The airline says it will reinstate six flights from Tuesday.")
        #expect(statement(list, containing: "reinstate six flights")?.speaker == "Nordic Airways")
        // A public body or a union is no airline, whatever its name holds.
        let bureau = statements("The Civil Aviation Safety Bureau said its inspectors had found a fault.",
                                "The airline said the aircraft had been serviced in August.")
        #expect(statement(bureau, containing: "serviced in August")?.speaker != "Civil Aviation Safety Bureau")
    }

    @Test func institutionsAndTradesSpeak() throws {
        for (text, speaker) in [("\"This is false,\" the presidency told reporters.", "presidency"),
                                ("\"I never paid him,\" the businessman told the radio station.", "businessman"),
                                ("\"The report is wrong,\" the campaign said in a statement.", "campaign")] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.speaker == speaker, "\(text)")
        }
    }

    @Test func aQuotationClosedByAnotherSpeakerIsNotCarriedOn() throws {
        let list = statements("\"We deny it,\" the minister told reporters.",
                              "\"This is false,\" the landlord said on the radio.")
        #expect(statement(list, containing: "This is false")?.speaker != "minister")
        // "it said" and the speaker's own surname carry on.
        let carried = statements("\"We deny it,\" the minister Jan Roe told reporters.",
                                 "\"It is news to me,\" Roe said by telephone from Tokyo.")
        #expect(statement(carried, containing: "news to me")?.speaker == "Jan Roe")
    }

    @Test func aNegatedSubjectIsNobody() throws {
        let list = statements("Jan Roe said he had been in the capital all week.",
                              "\"Not a single person has accused me of corruption. That would need three trucks of dollars,\" he said.")
        #expect(!list.contains { $0.speaker.hasPrefix("Not") })
        #expect(statement(list, containing: "three trucks")?.speaker == "Jan Roe")
    }

    @Test func aNamedSourceBeforeWhoSaid() throws {
        let tweet = try #require(statement(statements("The rumours began with a tweet from Jan Roe, who reported the club had been close to a deal."), containing: "who reported"))
        #expect(tweet.speaker == "Jan Roe")
        let cited = try #require(statement(statements("The Daily Courier cited Jan Roe, who said the club had two candidates."), containing: "who said"))
        #expect(cited.speaker == "Jan Roe")
        #expect(cited.via.count == 1 && cited.via[0].hasSuffix("Daily Courier"))
    }

    @Test func aQuotationOpenedInOneSentenceIsItsClosingSpeakers() throws {
        let list = statements("Federal officials told the radio station the report was false.",
                              "\"Now, they came out and said that the minister was very ill. I thought about calling him and later learned that he was at work,\" the president said.")
        #expect(statement(list, containing: "they came out and said")?.speaker == "president")
        #expect(statement(list, containing: "I thought about calling")?.speaker == "president")
    }
}
