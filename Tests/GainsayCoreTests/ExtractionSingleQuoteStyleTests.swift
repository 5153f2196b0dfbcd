import Testing
@testable import GainsayCore

/// Copy that quotes speech in single marks only ('We deny it,' he said.): its single marks
/// open and close speech as double marks do elsewhere; in copy with double marks they stay
/// apostrophes and inner quotations. Sentences written for the tests.
@Suite struct ExtractionSingleQuoteStyleTests {
    @Test func singleMarksQuoteSpeechWhenNoDoubleMarkAppears() throws {
        let list = statements("The doctor has denied newspaper reports linking him to the club.",
                              "'The club has no links with the doctor and never has had,' a club spokesman said.")
        let s = try #require(statement(list, containing: "no links"))
        #expect(s.speaker.contains("spokesman"))
        #expect(s.stance == .denial)
    }

    @Test func doubleMarksKeepSinglesAsApostrophes() {
        var tokens = Tokenizer.tokenize(Array("\"It's the players' call,\" he said of the 'plan'.".utf8))
        let bytes = Array("\"It's the players' call,\" he said of the 'plan'.".utf8)
        QuoteStyle.mark(&tokens, bytes: bytes)
        #expect(!tokens.contains { $0.singleSpeech })
    }

    @Test func anApostropheAfterACommaClosesSpeech() {
        let text = "'We have no comment,' the agent said."
        let bytes = Array(text.utf8)
        var tokens = Tokenizer.tokenize(bytes)
        QuoteStyle.mark(&tokens, bytes: bytes)
        #expect(tokens.contains { $0.kind == .closeQuote && $0.singleSpeech })
    }

    @Test func aRightMarkBeforeAWordOpensAQuotation() throws {
        // Copy whose left marks all became right ones: each paragraph of the statement opens
        // with a right mark, and the speaker named once carries every paragraph.
        let list = statements("\u{201D}The club hosts many visitors at the ground every year,\u{201D} the statement said.",
                              "\u{201D}The players take part in these visits and the captain leads them.",
                              "\u{201D}He has also arranged visits for families of sick children.\u{201D}")
        let tokens = Tokenizer.tokenize(Array("\u{201D}The club hosts visitors,\u{201D} she said.".utf8))
        #expect(tokens.first?.kind == .openQuote)
        #expect(tokens.contains { $0.kind == .closeQuote })
        let visits = try #require(statement(list, containing: "leads them"))
        #expect(visits.speaker == "statement")
        #expect(statement(list, containing: "sick children") != nil)
    }

    @Test func doubleBackticksPressedAgainstAWordClose() throws {
        // Wire copy whose closing '' all became ``.
        let tokens = Tokenizer.tokenize(Array("``We are safe,`` said Jo Ames.".utf8))
        #expect(tokens.first?.kind == .openQuote)
        #expect(tokens.contains { $0.kind == .closeQuote })
        let s = try #require(statements("``The airline is steadfast in its commitment to safety,`` said Jo Ames, the airline's spokesman.").first)
        #expect(s.speaker == "Jo Ames")
        #expect(s.content == "The airline is steadfast in its commitment to safety")
    }

    @Test func theStatementWentOn() throws {
        let list = statements("\"We will review access to the ground,\" the club said in a statement.",
                              "\"We will also step up security at the gates,\" the statement went on.",
                              "The striker went on to score twice. The captain went on leave in May.")
        #expect(statement(list, containing: "security at the gates")?.cue == "went on")
        #expect(statement(list, containing: "score twice") == nil)
        #expect(statement(list, containing: "went on leave") == nil)
    }

    @Test func nothingInItAndICanDenyIt() throws {
        let a = try #require(statements("'I can deny it because there is nothing in it,' the doctor told a television station.").first)
        #expect(a.stance == .denial)
        let b = try #require(statements("\"There is nothing to this rumour,\" the chairman said.").first)
        #expect(b.stance == .denial)
    }
}

/// "called the report a \"rumour\"": a report named a rumour is denied. Sentences written for
/// the tests.
@Suite struct ExtractionRumourLabelTests {
    @Test func calledTheReportARumour() throws {
        let s = try #require(statements("Another aide, who asked not to be named, called the report a \"rumour\" aimed at causing confusion.").first)
        #expect(s.stance == .denial)
        #expect(s.speaker.contains("aide"))
    }
}

/// Verdict idioms of general English: "far from the truth", "off the mark", "pure hearsay",
/// "a canard", "full of falsehoods", "a gross distortion", "got it wrong", "misrepresents".
/// Sentences written for the tests; a rumour in view, as a denial needs one.
@Suite struct ExtractionVerdictIdiomTests {
    @Test func verdictIdioms() throws {
        let cases = ["The report is far from the truth.", "The story is completely off the mark.", "These claims are nowhere near the truth.",
                     "The report is pure hearsay.", "The story is a canard.", "The article is full of falsehoods.",
                     "The report is a gross distortion of the facts.", "The figures quoted are simply wrong.",
                     "This is a total misrepresentation of what happened.", "The report misrepresents the facts.", "The newspaper got it wrong."]
        for text in cases {
            let list = statements("Reports claimed the minister had resigned. \"\(text.dropLast())\", the spokesman said.")
            let s = try #require(list.first { $0.speaker.contains("spokesman") }, "\(text)")
            #expect(s.stance == .denial, "\(text)")
        }
    }
}

/// Answers and verdicts from official replies: "As far as I know, no.", "Absolutely no names
/// were taken", "Of course, there is no conflict", "ruled it out", "distanced itself from the
/// resignation story", "politically motivated", "set the record straight", and a wh-question
/// that calls it lies. Sentences written for the tests.
@Suite struct ExtractionOfficialReplyTests {
    @Test func replies() throws {
        let cases = [
            "Asked if the documents were genuine, the doctor replied: 'As far as I know, no.'",
            "\"Absolutely no names were taken,\" the commissioner said.",
            "\"Of course, there is no conflict between the coach and the president,\" the official told a radio station.",
            "\"We tested for the fault and ruled it out as a problem,\" the engineer said.",
            "The agency later distanced itself from the resignation story.",
            "\"It seems quite clear that the charge is politically motivated,\" the chief minister said.",
            "The team said the driver wanted to set the record straight.",
            "The director posted: \"How many times can you publish complete lies before people stop reading?\"",
        ]
        try expectStance(.denial, of: cases)
        // A tag question still asks.
        let asked = try #require(statements("Another supporter, Jan Roe, wrote: \"It's a hoax, right?\"").first)
        #expect(asked.stance == .neutral)
    }
}

/// "made it clear that" reports a statement; "made a fortune" does not. Sentences written for
/// the tests.
@Suite struct ExtractionMadeItClearTests {
    @Test func madeItClearIsACue() throws {
        let s = try #require(statements("The vice-chairman made it clear that the squad would not be split.").first)
        #expect(s.cue == "made it clear")
        #expect(s.content.hasPrefix("the squad would not be split"))
        #expect(statements("The chairman made a fortune in shipping.").isEmpty)
    }
}

/// A long quotation printed over paragraphs that each open with a quotation mark and leave it
/// open, its speaker named only where it closes. Sentences written for the tests.
@Suite struct ExtractionLongQuotationTests {
    @Test func everyParagraphOfALongQuotationIsTheClosingSpeakers() {
        let list = statements("The adviser, Jan Roe, said the cabinet list was not ready.",
                              "\u{201C}About the cabinet list, the simple truth is that the president decides. He will choose his time.",
                              "\u{201C}We have heard all the rumours in the media. People just want to sell papers.",
                              "\u{201C}All of those stories are mere fabrications. You will be the first to know,\u{201D} he said.")
        for anchor in ["simple truth", "He will choose", "heard all the rumours", "just want to sell", "mere fabrications"] {
            #expect(statement(list, containing: anchor)?.speaker == "Jan Roe", "\(anchor)")
        }
        // A quotation closed without a speaker leaves the next narrative sentence alone.
        let closed = statements("\u{201C}It was a long season.\u{201D}", "The club finished fifth.")
        #expect(statement(closed, containing: "fifth") == nil)
    }
}

/// Statements issued and answers given in sport copy: "released a statement Friday morning
/// denying", "issued a statement to deny", "blasted as lies a newspaper report", "an inaccurate
/// piece of journalism", "that never happened", "he was wrong to suggest", and the neutral "would
/// not be commenting upon" and "That's all I'm going to say". Sentences written for the tests.
@Suite struct ExtractionIssuedStatementTests {
    @Test func denials() throws {
        let cases = [
            "The player's lawyer released a statement Friday morning denying the latest allegations.",
            "The club have issued a statement to deny they are seeking a new manager.",
            "The ruling party blasted as lies a newspaper report of secret payments.",
            "The chairman said, \"This is a ludicrous and inaccurate piece of journalism.\"",
            "\"Whether it is the player who demanded a change; that never happened,\" the chief executive said.",
            "The airport director said he was wrong to suggest the pilots were responsible.",
        ]
        try expectStance(.denial, of: cases)
        // A relative clause describes: "an offside that did not happen".
        let described = try #require(statements("The coach said the referee gave a penalty for an offside that did not happen.").first)
        #expect(described.stance == .claim)
    }

    @Test func refusals() throws {
        let a = try #require(statements("The airline said it would not be commenting upon rumour or speculation.").first)
        #expect(a.stance == .neutral)
        let b = try #require(statements("\"That's all I'm going to say about that,\" the coach said.").first)
        #expect(b.stance == .neutral)
    }
}
