import Testing
@testable import GainsayCore

/// Denials that name the report false without a denial verb ("reporting such false news",
/// "Grave fabrication such as this"), dismissals in set phrases ("there is nothing to report",
/// "I don't know where they got that story from", "to dispel any speculation"), a denial made
/// as a noun ("launched a strong denial"), and the answers that stay claims or neutral beside
/// them. Sentences written for the tests.
@Suite struct ExtractionReportNamedFalseTests {
    @Test func aReportCalledFalseByItsAdjective() throws {
        try expectStance(.denial, of: [
            "The ministry said reporting such false news is an insult to the president.",
            "\"Some members of the media are continuing to create false stories,\" the spokesman said.",
            "\"This is a scurrilous, irresponsible and mischievous report,\" the office said.",
            "\"Wrong and vague information is being given by the media,\" the director said.",
            "\"We don't make these sorts of reckless and baseless statements,\" the chairman said.",
        ])
    }

    @Test func aFalsityAdjectiveThatPointsAtNoReportInView() throws {
        try expectStance(.claim, of: [
            // A report in general, not the one in dispute.
            "The editor said a junior reporter would have been fired for a false report.",
            // "news" modifies another noun: the annotation is what is talked about.
            "The analyst said the false news annotation would appear under shared posts.",
            // Users reporting fake news: a feature, not a verdict.
            "The company said users would be able to report fake news stories to moderators.",
            // Negated: the reports are not called false.
            "\"These are not baseless reports,\" the inspector said.",
        ])
    }

    @Test func aFalsehoodAsTheSubject() throws {
        try expectStance(.denial, of: [
            "\"Grave fabrication such as this will not be ignored,\" the spokesman said.",
            "The minister said reprocessed lies were being made by forces desperate for attention.",
            "\"Such misinformation damages the morale of the squad,\" the board said.",
        ])
        // A falsehood that is only talked about.
        try expectStance(.claim, of: ["The professor said the number of lies told by candidates has grown."])
    }

    @Test func madeUpStoriesAndSetPhrases() throws {
        try expectStance(.denial, of: [
            "\"I think you make your own stories and then I have to answer them,\" the coach said.",
            "\"Just loose talk,\" the driver said.",
            "\"We believe that it is a mischief maker at work,\" the spokesman said.",
            "\"It was important to dispel any speculation that he may be going elsewhere,\" the coach said.",
            "\"There is nothing to report and I am very happy here,\" the driver said.",
            "\"The truth is that there is nothing to announce,\" the driver said.",
            "\"The team has yet to return, so I don't know where they got that story from,\" the secretary said.",
        ])
        // Not knowing where money came from asks a fact; having nothing more to say withholds.
        try expectStance(.neutral, of: [
            "\"I don't know where they got the money from,\" the treasurer said.",
            "\"We have nothing more to say at this moment,\" the spokeswoman said.",
        ])
    }

    @Test func aNegatedEverDisownsTheEvent() throws {
        try expectStance(.denial, of: [
            "\"I don't think this has ever happened,\" the vice-president said.",
            "\"I don't think that I have ever mentioned it,\" the manager said.",
        ])
    }

    @Test func evidenceLookedForAndNotFound() throws {
        try expectStance(.denial, of: [
            "\"Following an internal investigation, no evidence of a breach of safety was found,\" a spokesman said.",
            "The regulator said inspectors found no evidence of a fault.",
        ])
        // A reason judged absent denies no event.
        try expectStance(.claim, of: ["The former captain claimed that there was no other reason for the umpires to change the ball."])
    }

    @Test func aStatementPromisedIsNoAnswerYet() throws {
        try expectStance(.neutral, of: ["The spokeswoman declined immediate comment on the report but said the airline will issue a statement later on Wednesday."])
        // A statement already made says something.
        try expectStance(.claim, of: ["The airline said it will issue new tickets to every passenger of the cancelled flight and refund the fares in full."])
    }

    @Test func dismissiveOfTheClaimBeforeTheCue() throws {
        try expectStance(.denial, of: ["The driver was dismissive of the claim and said he was worried it could cause problems for the team."])
        try expectStance(.claim, of: ["The driver was dismissive of the weather and said the car would be quick on Sunday."])
    }

    @Test func aDenialIssuedAsANoun() throws {
        let list = statements("The tabloid reported that the coach had tampered with the ball.",
                              "The coach launched a strong denial.",
                              "The club's official spokesperson issued the denial on Monday.")
        let launched = try #require(statement(list, containing: "launched a strong denial"))
        #expect(launched.stance == .denial)
        #expect(launched.speaker == "coach")
        let issued = try #require(statement(list, containing: "issued the denial"))
        #expect(issued.stance == .denial)
        #expect(issued.speaker.contains("spokesperson"))
        // A statement issued is no denial.
        #expect(statement(statements("The club issued a statement on Monday."), containing: "issued a statement")?.stance != .denial)
    }

    @Test func aStateDeniedOutrightAnswersTheAccusation() throws {
        let list = statements("The former selector accused the board of blocking the move.",
                              "But the vice-president rebutted the allegations.",
                              "\"Selectors are not under any pressure,\" the vice-president said.")
        #expect(statement(list, containing: "not under any pressure")?.stance == .denial)
        let calm = statements("\"The players are not under any pressure before the final,\" the coach said.")
        #expect(statement(calm, containing: "not under any pressure")?.stance == .claim)
    }

    @Test func wordsThatOnlyLookLikeAnAnswer() throws {
        try expectStance(.claim, of: [
            // "reach" the results, not a reporter reaching someone for comment.
            "\"I think that when the team don't reach the right results, obviously the coach is under pressure,\" the manager said.",
            // An obligation denied, not a confirmation withheld.
            "\"It is this world where you can write what you want and you don't have to verify anything,\" the manager said.",
        ])
        try expectStance(.neutral, of: ["\"We could not reach him for comment,\" the editor said."])
    }

    @Test func noOneAnsweredIsNeutral() throws {
        try expectStance(.neutral, of: ["Neither bank commented, the newspaper said.", "None of the clubs responded to requests for comment, the agency said."])
    }

    @Test func aRefusalToCommentOnWhatItCallsFalse() throws {
        try expectStance(.denial, of: ["\"We aren't going to comment on false statements that appear to have been sensationalized,\" the publicist said."])
        try expectStance(.neutral, of: ["\"We aren't going to comment on the statements,\" the publicist said."])
    }

    @Test func aPinchOfSalt() throws {
        try expectStance(.denial, of: ["The spokeswoman advised people to take the stories with a pinch of salt."])
    }

    @Test func theContentsOwnSubjectDeniedInThePerfectOrAfterATime() throws {
        try expectStance(.denial, of: [
            "\"From the outset, Jan has denied any involvement whatsoever in any criminal activity,\" his solicitor said.",
            "The newspaper reported that Jan Roe, the company's founder and chairman, on Thursday night denied that the board had studied a proposal.",
        ])
    }

    @Test func wellBeingVouchedForAfterARumour() throws {
        let list = statements("Rumours spread on Sunday that the president had collapsed at a rally.",
                              "\"We would like to assure our people that the President is in good physical and mental health,\" the spokesman told reporters.")
        #expect(statement(list, containing: "good physical and mental health")?.stance == .denial)
    }

    @Test func putOnRecordVouchesForItsClause() throws {
        let list = statements("Opposition officials claimed on Wednesday that their leader had been arrested.",
                              "\"I would like to put it on record that the leader was never arrested,\" the police spokesman told journalists.")
        #expect(statement(list, containing: "put it on record")?.stance == .denial)
    }

    @Test func aRelativeClauseBetweenCommasIsSkipped() throws {
        let list = statements("Rumours spread on Wednesday that the opposition leader had been arrested.",
                              "The police spokesman said Jan Roe, who leads the opposition party, had not been arrested.")
        #expect(statement(list, containing: "had not been arrested")?.stance == .denial)
    }

    @Test func soCalledEvidenceAndMadeUpStories() throws {
        try expectStance(.denial, of: [
            "\"This so-called evidence is based on the accusations of a former official,\" the federation's president stated.",
            "\"You can pick any match that the top player lost and just create a story out of it,\" the player said.",
            "\"These unfair and scandalous accusations are a slur on my name,\" the player said.",
        ])
        // Creating a team or a fund is no story made up.
        try expectStance(.claim, of: ["\"We will create a fund for the victims,\" the minister said."])
    }
}
