import Testing
@testable import GainsayCore

/// Reporting frames beyond "said": bare clause complements ("believes the coach is leaving"),
/// "pointed out", "implied", "recounted", infinitives ("was unable to confirm", "forced to
/// confirm"), and "had no immediate comment". Sentences written for the tests.
@Suite struct ExtractionReportingFrameTests {
    @Test func clauseWithoutThat() throws {
        let a = try #require(statements("The groundsman Piet Jansen believes the pitch is ruined beyond repair.").first)
        #expect(a.speaker.contains("Jansen"))
        #expect(a.content.hasPrefix("the pitch is ruined"))
        let b = try #require(statements("Her sister fears the airline will cancel the route.").first)
        #expect(b.content.contains("airline will cancel"))
        // No clause follows: no statement.
        #expect(statements("The chairman believes in hard work and noted the date of the final.").isEmpty)
    }

    @Test func pointedOutAndImplied() throws {
        let a = try #require(statements("Critics have already pointed out that the runway was never finished.").first)
        #expect(a.speaker == "Critics")
        #expect(a.cue == "pointed out")
        let b = try #require(statements("In 1998, the former minister implied that the audit had been rigged.").first)
        #expect(b.cue == "implied")
        #expect(statements("The point is that nobody knows.").isEmpty)
    }

    @Test func recountedReport() throws {
        let list = statements("The Northern Herald ran the story on Tuesday. The article recounted the coach's words from his press conference.")
        let s = try #require(statement(list, containing: "recounted"))
        #expect(s.stance == .claim)
    }

    @Test func unableToConfirmIsANonAnswer() throws {
        let a = try #require(statements("The reporter was unable to confirm the pilot's flight record.").first)
        #expect(a.stance == .neutral)
        let b = try #require(statements("Investigators could not independently verify the footage.").first)
        #expect(b.stance == .neutral)
        let c = try #require(statements("The league was not able to confirm the transfer.").first)
        #expect(c.stance == .neutral)
        // "able to" without a negation is no cue.
        #expect(statements("The club was able to confirm the venue in time.").isEmpty)
    }

    @Test func forcedToConfirmIsAStatement() throws {
        let s = try #require(statements("The club has been forced to confirm that the striker is injured.").first)
        #expect(s.speaker == "club")
        #expect(s.stance == .claim)
        #expect(s.content.hasPrefix("the striker"))
    }

    @Test func noImmediateComment() throws {
        let a = try #require(statements("A spokeswoman for the airline had no immediate comment.").first)
        #expect(a.stance == .neutral)
        #expect(a.speaker.contains("spokeswoman"))
        let b = try #require(statements("A spokesman for the ministry did not immediately have any comment.").first)
        #expect(b.stance == .neutral)
    }

    @Test func unableAndThenASecondSpeaker() throws {
        let list = statements("The agency was not immediately able to verify the report and the Northern Air Command said it had no record of the flight.")
        #expect(list.contains { $0.speaker.contains("Northern Air Command") })
    }
}

/// A lower-case plural subject no lexicon lists ("The passengers said") is a group of speakers.
@Suite struct ExtractionPluralSubjectTests {
    @Test func unlistedPluralGroupSpeaks() throws {
        let a = try #require(statements("The passengers said the cabin filled with smoke before landing.").first)
        #expect(a.speaker == "passengers")
        let b = try #require(statements("Several villagers told reporters the river burst its banks at night.").first)
        #expect(b.speaker.contains("villagers"))
    }

    @Test func pluralThingsAreNoSpeakers() {
        #expect(statements("The figures said little about the season.").isEmpty)
    }
}

/// A quotation before a titled name with an acronym in brackets: `"...," co-chair of the
/// Pilots Union (PU) Maria Lopez told the Star.`
@Suite struct ExtractionTitledNameAfterQuoteTests {
    @Test func acronymInTheTitleKeepsTheQuote() throws {
        let list = statements("\"The runway was icy,\" co-chair of the Pilots Union (PU) Maria Lopez told the Daily Star.")
        let s = try #require(list.first)
        #expect(s.speaker == "Maria Lopez")
        #expect(s.content.contains("runway was icy"))
    }
}

/// "X published an article naming ...", "X wrote a column in which ...": the writer says what
/// the piece says; "published by", "published its accounts" say nothing.
@Suite struct ExtractionWrittenPieceTests {
    @Test func publishedAnArticleNaming() throws {
        let s = try #require(statements("The Northern Herald published a lengthy article naming the masked gunman as a former student.").first)
        #expect(s.speaker == "The Northern Herald")
        #expect(s.content.hasPrefix("the masked gunman"))
    }

    @Test func wroteAColumnInWhich() throws {
        let s = try #require(statements("The pundit Jan Roe wrote a column in which the final appears to be moved to a weekday.").first)
        #expect(s.speaker == "Jan Roe")
        #expect(s.content.hasPrefix("the final appears"))
    }

    @Test func wroteABlogPostInWhich() throws {
        let list = statements(
            "On Friday, the columnist Jan Roe wrote a blog post in which some awkward phrasing made it appear that the final will be moved.",
            "Here's how his post starts:",
            "On Sunday the final will be played behind closed doors.")
        let s = try #require(statement(list, containing: "awkward phrasing"))
        #expect(s.speaker == "Jan Roe")
        let block = try #require(statement(list, containing: "behind closed doors"))
        #expect(block.speaker == "Jan Roe")
    }

    @Test func publishingIsNotSaying() {
        #expect(statements("The club published its accounts on Monday.").isEmpty)
        #expect(statements("The magazine was meant to be the second title to be published by the group this year.").isEmpty)
    }
}

/// "said of the story" names what is spoken about, not the speaker.
@Suite struct ExtractionStorySubjectTests {
    @Test func saidOfTheStoryKeepsTheSpeaker() throws {
        let s = try #require(statements("\"We have no comment at this time,\" Jan Roe, a spokesman for the league, said of the Herald story.").first)
        #expect(s.speaker == "Jan Roe")
    }
}

/// "Officials said ... They also said ...": a plural group noun opening a sentence is
/// capitalised like a name, and "they" still points back to it.
@Suite struct ExtractionCapitalisedGroupTests {
    @Test func theyPointsBackToASentenceInitialGroup() throws {
        let list = statements("Officials have said that the stadium was never finished. They also said that the roof leaks.")
        let s = try #require(statement(list, containing: "roof leaks"))
        #expect(s.speaker == "Officials")
    }
}

/// "was reported this week by X": a time between the participle and "by" keeps the passive
/// speaker.
@Suite struct ExtractionPassiveTimeTests {
    @Test func timeBeforeBy() throws {
        let s = try #require(statements("The crash was confirmed last night by the Northern Air Authority.").first)
        #expect(s.speaker == "Northern Air Authority")
        #expect(statements("The plan was reported yesterday.").isEmpty)
    }
}

/// "Jane Roe, a spokesman for the club says ...": the description's closing comma is left out,
/// and the name that opens the sentence still speaks.
@Suite struct ExtractionUnclosedAppositiveTests {
    @Test func nameBeforeAnUnclosedDescriptionSpeaks() throws {
        let s = try #require(statements("Maria Okafor, a spokeswoman for the harbour authority says the ferry was never sold.").first)
        #expect(s.speaker == "Maria Okafor")
        #expect(s.content.hasPrefix("the ferry was never sold"))
        // A description with no name before it still speaks for itself.
        let d = try #require(statements("A spokeswoman for the harbour authority says the ferry was never sold.").first)
        #expect(d.speaker.contains("spokeswoman"))
    }
}
