import Testing
@testable import GainsayCore

/// How a speaker's reaction to a report carries a denial: surprise or shock at the report ("we
/// are baffled by today's story", "expressed surprise over the reports and said"), the
/// speaker's own will to deny ("I want to categorically refute the story"), a denial made in
/// the same breath as the cue ("said the spokesman further refuting that ...", "said later in
/// the day when refuting a report"), and a denial after a fronted exception ("Other than for
/// maintenance, no plane has been grounded"), "nothing to hide", and a deed the content's own
/// first clause denies ("The minister did not ask her to drop the report"), a withholding
/// followed by a denial ("I am unaware of that, I have not handed in my notice"), spoken idioms
/// ("we know nothing about it", "I would have known", "called it
/// fake news") and a denial after a short fronted adverbial ("For the time being, no ..."). And what a subordinate clause after the cue is:
/// no content ("told the agency after police launched an inquiry"), unless a comma shows it
/// fronts the clause that is ("said while X is voluntary, Y cannot ..."). Sentences written
/// for the tests.
@Suite struct ExtractionReactionStanceTests {
    @Test func surpriseAtAReportDisownsIt() throws {
        try expectStance(.denial, of: [
            "The coach said on Wednesday he was surprised by media reports that he had told the club he wanted to resign.",
            "\"We are baffled by today's story in the Sunday Globe,\" the club said.",
            "\"I am shocked to hear this media report that I called the audit baseless,\" the minister said.",
            "\"We are also surprised that this rumour emanated from the state news agency,\" the aide said.",
            "The chief executive expressed surprise over the aviation reports and said most flights had landed safely.",
        ])
    }

    @Test func surpriseAtAnEventOrDeniedSurpriseIsNoDenial() throws {
        try expectStance(.claim, of: [
            "\"I was shocked by the news of his death,\" the coach said.",
            "The mayor said he was surprised by the result of the vote.",
            "Families said they were shocked but not surprised at the marriage claims.",
            "The chief executive expressed surprise over the result and said most flights had landed safely.",
        ])
    }

    @Test func theSpeakersOwnWillToDeny() throws {
        try expectStance(.denial, of: [
            "\"I want to categorically refute the story in several papers that the coach demanded a new contract,\" the manager said.",
            "\"We would like to strongly deny the claims made in the newspaper,\" the club said.",
            "\"I wish to deny these allegations,\" Mary Okafor said.",
        ])
        // Another's will, or a refusal to someone: no denial of a report.
        try expectStance(.claim, of: [
            "\"They want to deny us the vote,\" Mary Okafor said.",
            "\"We need to deny the virus any chance to spread,\" the health minister said.",
        ])
    }

    @Test func nothingToHideDeniesTheSuspicion() throws {
        try expectStance(.denial, of: [
            "\"I have strictly nothing to hide, I am at the disposal of the federation,\" the player said.",
            "The player said he has \"nothing to hide\" and plays only to win.",
        ])
        // ("There is nothing to add" withholds; "nothing to report" dismisses.)
        let s = try #require(statements("\"There is nothing to add to the statement,\" the club said.").first)
        #expect(s.stance == .neutral)
        let r = try #require(statements("\"There is nothing to report,\" the club said of the rumours.").first)
        #expect(r.stance == .denial)
    }

    @Test func aDeedDeniedByTheContentsFirstClause() throws {
        try expectStance(.denial, of: [
            "\"The minister did not ask her to drop the report,\" the spokesman told reporters.",
            "\"I didn't even vote for the bid,\" the former swimmer said.",
            "The spokesperson said the striker has not sought a transfer.",
            "\"I have not told the federation that I am leaving,\" the coach said.",
        ])
        // A withheld answer, a feeling, a "yet", or a negated deed deep in a claim stays as it was.
        try expectStance(.claim, of: [
            "\"I didn't see anything in the sky,\" the farmer said.",
            "The federation said the players had trained hard all week, although one player didn't travel.",
            "\"We did not expect such a large crowd,\" the organiser said.",
        ])
    }

    @Test func aWithholdingThenADenialIsADenial() throws {
        try expectStance(.denial, of: [
            "\"I am unaware of that, I have not handed in my notice,\" the coach said.",
            "\"We did not confirm any of that, so just rumours like any others,\" Jane Roe said.",
            "\"We have no comment on that, but the report is untrue,\" the club said.",
            "\"Just rumours,\" Jane Roe said.",
        ])
        try expectStance(.neutral, of: [
            "\"We have no comment, we are looking into it,\" the club said.",
            "\"We are often trying new offers for customers, but we have not announced any plans,\" the company said.",
        ])
    }

    @Test func spokenIdiomsThatAnswerAReport() throws {
        try expectStance(.denial, of: [
            "\"We know nothing about it,\" a company executive told Reuters.",
            "\"I don't know anything about a medical check,\" the manager said.",
            "\"Don't know where that rumor came from,\" the promoter said.",
            "\"I think if there were discussions, my adviser and I would be well aware of them,\" the chief executive said.",
            "\"I would have known if he was in the country,\" the government spokesman said.",
            "\"The champion actually called it fake news,\" the adviser said.",
            "\"To suggest otherwise was just mischief making,\" the chairman said.",
            "The chairman said the suggestion was 'daft'.",
            "\"For the time being, no procedure has been initiated against any rider,\" the team said.",
            "\"I have no idea where that came from,\" the adviser said.",
            "\"Get serious,\" the player replied.",
            "\"The recording does not reflect the views of the company,\" the spokesman said.",
        ])
        try expectStance(.claim, of: [
            "\"I would have liked more time if possible,\" the chief executive said.",
            "\"He called it a great result,\" the adviser said.",
            "\"In other words, no matter how low you go, we will always look for someone cheaper,\" the union official said.",
            "\"So far, nothing has materialised for a new deal,\" the chairman said.",
            "\"Get serious about the title race,\" the coach told his players.",
        ])
    }

    @Test func framesAndShapesThatCarryADenial() throws {
        try expectStance(.denial, of: [
            "\"Happy to clarify that absolutely none of these rumours are true,\" a representative for the actress said.",
            "\"I have vehemently denied any involvement,\" the minister said.",
            "A spokesman said the couple are \"not divorcing, not separating\".",
            "The club said the coach is not leaving at the end of the season.",
            "In a statement disputing that report, the retailer said it had signed new leases on most of the stores.",
        ])
        for text in [
            "The club said the coach is not going to extend his contract.",
            "The club said it is not expecting a decision before the summer.",
            "In a statement announcing the report, the retailer said it had signed new leases on most of the stores.",
        ] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.stance != .denial, "\(text)")
        }
    }

    @Test func aRebuffedAttemptIsARefusal() throws {
        try expectStance(.claim, of: [
            "Sources told the network the club rebuffed the rival's attempt to trade the striker.",
            "The club rejected the approach from the rival team.",
        ])
        try expectStance(.denial, of: ["The club rejected the claims about the approach."])
    }

    @Test func noIdeaWhenIsStillNoAnswer() throws {
        let s = try #require(statements("\"I have no idea when the season starts,\" the coach said.").first)
        #expect(s.stance == .neutral)
    }

    @Test func aDenialInTheSameBreathAsTheCue() throws {
        try expectStance(.denial, of: [
            "The plane stopped short of the runway, the airline said later in the day when refuting a newspaper report that claimed it had landed on the wrong runway.",
            "\"The plane was late,\" said the spokesman further refuting that the airline had cancelled any flights.",
            "\"The plane was late,\" said the spokesman denying the claims.",
        ])
        // The content is the clause before the cue, not the denial after it.
        for text in ["The plane stopped short of the runway, the airline said later in the day when refuting a newspaper report.",
                     "\"The plane was late,\" said the spokesman denying the claims."] {
            #expect(statements(text).first?.content.hasPrefix("The plane") == true, "\(text)")
        }
    }

    @Test func aDenialAfterAFrontedException() throws {
        try expectStance(.denial, of: [
            "\"Other than for maintenance, no plane has been grounded by the airline,\" the spokesman said.",
            "\"Apart from the usual checks, there has been no inspection of the fleet,\" the spokesman said.",
        ])
        let kept = try #require(statements("\"Apart from the usual checks, the fleet was inspected twice,\" the spokesman said.").first)
        #expect(kept.stance == .claim)
    }

    @Test func aSubordinateClauseAfterTheCueIsNoContent() throws {
        let s = try #require(statements("\"There is no evidence to show that players sold the game,\" the federation secretary told AFP after police last month launched an investigation.").first)
        #expect(s.content == "There is no evidence to show that players sold the game")
        #expect(s.stance == .denial)
        let fronted = try #require(statements("In matters of divorce, the cleric said while the tribunal is voluntary, a married couple cannot be considered divorced.").first)
        #expect(fronted.content.hasPrefix("while the tribunal is voluntary"))
    }

    @Test func aPluralReportInAPhraseIsNoCue() throws {
        let s = try #require(statements("The chief executive expressed surprise over the aviation reports and said most flights had landed safely.").first)
        #expect(s.cue == "said")
        #expect(s.content == "most flights had landed safely")
    }
}
