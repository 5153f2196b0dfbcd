import Testing
@testable import GainsayCore

/// Channels a statement went through: the object of "told" (an outlet, a named reporter, the
/// police), "said on <outlet>", "per X", "courtesy of X". Sentences written for the tests.
@Suite struct ExtractionViaChannelTests {
    @Test func toldANamedReporterOrOutlet() throws {
        let a = try #require(statements("The league told Hanna Voss that any suspension would be announced.").first)
        #expect(a.via.contains("Hanna Voss"))
        let b = try #require(statements("\"The runway was closed for hours,\" one airport worker told the Lakeside Beacon.").first)
        #expect(b.via.contains { $0.contains("Lakeside Beacon") })
        let c = try #require(statements("The driver told police he had swerved to avoid a deer.").first)
        #expect(c.via.contains("police"))
    }

    @Test func toldAPronounIsNoChannel() throws {
        let s = try #require(statements("The striker told them that he would stay.").first)
        #expect(s.via.isEmpty)
    }

    @Test func saidOnAnOutlet() throws {
        let s = try #require(statements("\"We will rebuild the bridge,\" the governor said on state television.").first)
        #expect(s.via.contains { $0.contains("state television") })
    }

    @Test func perAndCourtesyOf() throws {
        let a = try #require(statements("Per Lindqvist, the coach claimed that two players had been bribed.").first)
        #expect(a.via.first == "Lindqvist")
        let b = try #require(statements("\"It was a guess,\" the pundit told reporters, courtesy of ESPN.com's Dana Whitfield.").first)
        #expect(b.via.contains("ESPN.com"))
        #expect(b.via.contains("Dana Whitfield"))
    }

    @Test func asOfficialsHadClaimedIsItsOwnStatement() {
        let list = statements("However, the prosecutor said the detainee is not the general's brother, as opposition activists had claimed.")
        #expect(list.contains { $0.speaker == "prosecutor" && $0.stance == .denial })
        #expect(list.contains { $0.speaker == "opposition activists" && $0.stance == .claim })
    }

    @Test func anOutletWhoseNameHoldsAnExclamationMark() throws {
        let list = statements("\"He was leaving a show,\" Richman told E! News. \"Four young men approached him.\"")
        #expect(list.count == 2)
        #expect(list.allSatisfy { $0.via == ["E! News"] && $0.speaker == "Richman" })
    }

    @Test func quotedAsSayingByAnOutlet() throws {
        let s = try #require(statements("\"Merging the two banks would be a good solution,\" Pawel Borys, the head of the fund, was quoted as saying by Rzeczpospolita.").first)
        #expect(s.speaker == "Pawel Borys")
        #expect(s.via == ["Rzeczpospolita"])
        #expect(s.content == "Merging the two banks would be a good solution")
        // A person after "by" stays the speaker.
        let man = try #require(statements("\"The plane did what it was told,\" the paper was quoted as saying by a man familiar with the assessment.").first)
        #expect(man.speaker.contains("man familiar"))
    }

    @Test func aStockTickerIsNoPartOfTheName() throws {
        let pko = try #require(statements("Poland's biggest bank, PKO BP PKO.WA, denied on Friday it may merge with its rival.").first)
        #expect(pko.speaker == "PKO BP")
        let vod = try #require(statements("Vodafone VOD.L said on Monday it was not in talks to buy the company.").first)
        #expect(vod.speaker == "Vodafone")
        #expect(vod.stance == .denial)
    }

    @Test func wordsGivenToAnOutletBeforeThat() throws {
        let s = try #require(statements("But eyewitnesses revealed to the New York Post that the pair had been spotted together.").first)
        #expect(s.via == ["New York Post"])
        #expect(s.content == "the pair had been spotted together")
    }

    @Test func theClauseAfterAStatementPostedOnAWebsite() throws {
        let s = try #require(statements("The ministry said in a statement posted on its website that no decision had been taken.").first)
        #expect(s.content == "no decision had been taken")
    }
}
