import Testing
@testable import GainsayCore

/// Channels and second statements read this session: a magazine whose title ends in a time word
/// ("told Woman's Day"), "quoted on the Ledger's website", "The Ledger quotes X, who says", a
/// participle after ", while", "telling reporters" before a clause without "that", and a report
/// called malicious. Sentences written for the tests.
@Suite struct ExtractionChannelAndSecondClauseTests {
    @Test func aTitleEndingInATimeWordIsTheChannel() throws {
        let s = try #require(statements("A source told Woman's Day that the spark had gone out of the marriage.").first)
        #expect(s.via == ["Woman's Day"])
        // A weekday after a name is still trimmed: "told CNN Monday".
        let dated = try #require(statements("The coach told CNN Monday that the spark had gone.").first)
        #expect(dated.via == ["CNN"])
    }

    @Test func quotedOnAnOutletsWebsite() throws {
        let s = try #require(statements("A source quoted on the Daily Ledger's website said that the chief will not seek a third term.").first)
        #expect(s.speaker == "source")
        #expect(s.via == ["Daily Ledger"])
    }

    @Test func theOutletThatQuotesTheSpeaker() throws {
        let s = try #require(statements("The tabloid Daily Ledger quotes the wife of his cousin, Mary Okafor, who says the family had been petrified.").first)
        #expect(s.speaker == "Mary Okafor")
        #expect(s.via.contains { $0.contains("Daily Ledger") })
    }

    @Test func anImperativeContractionIsNoSpeaker() throws {
        let list = statements("\"It would be a bizarre strategy: Don't tell us, and break the news elsewhere,\" media consultant Tom Baptiste mused on Twitter.")
        #expect(list.allSatisfy { $0.speaker != "Don't" })
        #expect(list.first?.speaker == "Tom Baptiste")
    }

    @Test func aDenialAfterWhile() throws {
        let s = try #require(statements("The group rejected the demand to break itself up, while denying the fund had made a bid.").first)
        #expect(s.speaker == "group")
        #expect(s.stance == .denial)
        #expect(s.content == "the fund had made a bid")
        let other = try #require(statements("The club accepted the offer, while denying that the player had asked to leave.").first)
        #expect(other.speaker == "club")
    }

    @Test func tellingAListenerAClause() throws {
        let s = try #require(statements("Jane Roe left the room, telling reporters the story was solid.").first)
        #expect(s.speaker == "Jane Roe")
        #expect(s.content == "the story was solid")
        // No finite verb: no clause.
        #expect(statements("Jane Roe left the room, telling the crowd to stay calm.").isEmpty)
    }

    @Test func aReportCalledMalicious() throws {
        try expectStance(.denial, of: [
            "Minister Mike Banda described the reports as malicious.",
            "Minister Mike Banda said the reports were malicious.",
            "Minister Mike Banda described reports that the president had died as \"malicious\".",
        ])
        try expectStance(.claim, of: ["Police said the attack was malicious."])
    }
}
