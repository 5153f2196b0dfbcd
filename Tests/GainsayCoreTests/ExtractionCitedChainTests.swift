import Testing
@testable import GainsayCore

/// "X is reporting that ..., citing Y", "X cited Y (as) saying", "the source cited by X said",
/// "with X saying", participles after a subordinate clause, and "I" inside a quotation.
/// Sentences written for the tests.
@Suite struct ExtractionCitedChainTests {
    @Test func accordingToBeforeACitingReport() throws {
        let s = try #require(statements("According to Reuters, Interfax reported, citing a ministry source, that the talks had stalled.").first)
        #expect(s.speaker == "ministry source")
        #expect(s.via == ["Reuters", "Interfax"])
        #expect(s.content == "the talks had stalled")
    }

    @Test func aRelativeThatCitesASource() throws {
        let s = try #require(statements("The Evening Courier, which cited two unnamed officials, said the deal was close.").first)
        #expect(s.speaker == "two unnamed officials")
        #expect(s.via == ["The Evening Courier"])
        // A relative on the object cites the object's sources, not the speaker's.
        let object = try #require(statements("The ministry slammed media reports, which cited unnamed officials, that it was building a base.").first)
        #expect(object.speaker == "ministry")
        #expect(object.stance == .denial)
    }

    @Test func citingInsideWhatIsSaidDescribesTheReport() throws {
        // The minister speaks; the unnamed people are the report's sources, not his.
        let s = try #require(statements("The minister said at a news conference that the report, citing unnamed people close to the talks, was \"inaccurate.\"").first)
        #expect(s.speaker == "minister")
        #expect(s.via.isEmpty)
        #expect(s.stance == .denial)
        #expect(s.content.contains("was \"inaccurate"))
        // A speaker's own citing still ends what he says.
        let own = try #require(statements("The senator told the Evening Courier he stood by his claim, citing \"several sources inside the ministry\".").first)
        #expect(own.content == "he stood by his claim")
    }

    @Test func progressiveReportingWithCiting() throws {
        let s = try #require(statements("The Daily Gazette is reporting that the striker is a Dane named Lars, citing a club official and a senior player.").first)
        #expect(s.speaker.contains("club official"))
        #expect(s.via.contains { $0.contains("Daily Gazette") })
        let b = try #require(statements("However, the BBC is reporting that the keeper is injured.").first)
        #expect(b.speaker == "BBC")
    }

    @Test func citedSourcesSaying() throws {
        let s = try #require(statements("Regional news outlets cited anonymous sources saying that the mayor had resigned.").first)
        #expect(s.speaker.contains("anonymous sources"))
        #expect(s.via.contains { $0.contains("news outlets") })
        let t = try #require(statements("The Harbor Gazette cited a former employee (whom it did not name) as saying that the books were falsified.").first)
        #expect(t.speaker.contains("employee"))
        #expect(t.via.contains { $0.contains("Harbor Gazette") })
    }

    @Test func sourceCitedByOutletSaid() throws {
        let s = try #require(statements("The whistleblower cited by the Harbor Gazette said the audit was never finished.").first)
        #expect(s.speaker.contains("whistleblower"))
        #expect(s.via.contains { $0.contains("Harbor Gazette") })
    }

    @Test func withOutletSaying() {
        let list = statements("It is unclear when the pair were arrested, with the Daily Gazette saying it happened last week.")
        #expect(list.contains { $0.speaker == "Daily Gazette" && $0.cue == "saying" })
    }

    @Test func participleTakesTheNearestClauseSubject() throws {
        let list = statements("The coach Anna Berg spoke on Monday.", "Speculation on the club grew after she promised to rebuild the squad, saying that the defeat \"will not be forgotten\".")
        let s = try #require(statement(list, containing: "Speculation"))
        #expect(s.speaker == "Anna Berg")
    }

    @Test func groupMonitoringIsASpeaker() throws {
        let s = try #require(statements("Rebels have seized the airport, a group monitoring the war said on Friday.").first)
        #expect(s.speaker.contains("group monitoring"))
    }

    @Test func firstPersonInsideAQuoteIsTheQuotedSpeaker() {
        let list = statements("\"It was only my opinion,\" the pundit Lee Marsh told the Evening Ledger. \"I want to make a full retraction of everything I said on the show, and I apologize to the club.\"")
        #expect(!list.contains { $0.speaker == "I" })
        #expect(list.contains { $0.sentence.contains("full retraction") && $0.speaker == "Lee Marsh" && $0.stance == .denial })
    }
}

/// "X, citing Y" chains whose carrier is not the sentence's first verb, and a second speaker
/// after the chain. Sentences written for the tests.
@Suite struct ExtractionCitingCarrierTests {
    @Test func carrierIsTheVerbBeforeCiting() throws {
        let s = try #require(statements("The airline said the jet had been grounded, the Aviation Herald reported, citing a statement from the carrier.").first)
        #expect(s.cue == "citing")
        #expect(s.via == ["Aviation Herald"])
    }

    @Test func secondSpeakerAfterACitingChain() {
        let list = statements("Sky Sports, citing people close to the player, reported that the midfielder has agreed a deal, though his agent denied it.")
        #expect(list.contains { $0.speaker.contains("people close to the player") && $0.via == ["Sky Sports"] })
        #expect(list.contains { $0.speaker.contains("agent") && $0.stance == .denial })
    }

    @Test func citingAReasonIsNoSource() {
        let list = statements("The ministry denied the report, citing a lack of evidence.")
        #expect(list.first?.speaker == "ministry")
        #expect(list.first?.stance == .denial)
    }

    @Test func theClauseAfterASourceCitedBetweenVerbAndThat() throws {
        let s = try #require(statements("Sky Sports News reported, citing sources at the club, that the manager would be sacked on Monday.").first)
        #expect(s.speaker == "sources at the club")
        #expect(s.via == ["Sky Sports News"])
        #expect(s.content == "the manager would be sacked on Monday")
    }

    @Test func withoutCitingSourcesNamesNoSource() throws {
        let s = try #require(statements("The Sunday Times had reported the manufacturer was considering a bid for the group, without citing sources.").first)
        #expect(s.speaker == "The Sunday Times")
        #expect(s.cue == "reported")
    }
}
