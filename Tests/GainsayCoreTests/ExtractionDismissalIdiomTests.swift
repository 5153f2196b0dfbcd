import Testing
@testable import GainsayCore

/// Dismissals in idioms and labels: a claim not dignified with a response, a lawsuit called
/// frivolous, reports that aim to mislead, and plain negated facts of talks and of a split.
/// Sentences written for the tests.
@Suite struct ExtractionDismissalIdiomTests {
    @Test func notDignifiedWithAResponse() throws {
        try expectStance(.denial, of: [
            "A spokesman for the prince said the palace \"would not dignify the claims with a response\".",
            "\"I don't even think it should be dignified with a response,\" said the minister.",
        ])
        try expectStance(.claim, of: ["\"The ceremony dignified the memory of the fallen,\" the mayor said."])
    }

    @Test func onlyRumoursAndStuffMadeUp() throws {
        try expectStance(.denial, of: [
            "\"I just think these are only rumours and nothing else,\" the batsman said.",
            "\"Again, they are just making up stuff,\" the owner told a radio station.",
            "\"The papers are making things up again,\" the coach said.",
            "The manager said he did not know where the newspapers were getting that.",
        ])
        try expectStance(.claim, of: [
            "\"The season was only weeks old when the rumours started,\" the captain said.",
            "\"Young players make up half the squad,\" the coach said.",
            "\"We will make it up to the fans,\" the owner said.",
        ])
    }

    @Test func anAccusationRefusedOrDefendedAgainst() throws {
        try expectStance(.denial, of: [
            "\"My client will not accept nor tolerate any suggestion that this was deliberate,\" his lawyer said.",
            "The club released a statement defending its manager from allegations that he took payments.",
            "The federation defended the referee against claims that he had been bribed.",
            "\"They keep writing these articles that make no sense at all,\" the owner said.",
        ])
        try expectStance(.claim, of: [
            "\"We will not accept the pay offer,\" the union said.",
            "The champion defended his title against all comers, his coach said.",
            "\"The new rule makes no sense to fans,\" the coach said.",
        ])
    }

    @Test func suggestionsOfAFireRejectedAndClaimsCountered() throws {
        try expectStance(.denial, of: [
            "Passengers described flames, but the airline rejected suggestions of a fire.",
            "But the federation's chief executive countered those claims by insisting the player may return.",
        ])
        try expectStance(.claim, of: [
            "The union rejected calls for an inquiry.",
            "The minister ruled out the idea of a second referendum.",
        ])
    }

    @Test func aThirdPersonFrameThatSetsTheRecordStraight() throws {
        try expectStance(.denial, of: [
            "The club said: \"The coach would like to make it clear that he has not been offered a new contract.\"",
            "The authority said it would like to clarify to the public that no flights have been cancelled.",
        ])
        try expectStance(.claim, of: ["The club said it would like to clarify that the stadium will open in May."])
    }

    @Test func wordsPutInTheSpeakersMouth() throws {
        try expectStance(.denial, of: [
            "\"I didn't say he was leaving,\" the manager said.",
            "\"I was not implying any of the things that have been said,\" the manager said.",
        ])
        try expectStance(.claim, of: [
            "\"He did not say he was leaving,\" the manager said.",
            "\"I don't mean to be rude, but we are busy,\" the manager said.",
            "\"A team called us -- I won't say names -- and we were surprised,\" the driver said.",
        ])
        try expectStance(.neutral, of: ["\"I did not say whether he was leaving,\" the manager said."])
    }

    @Test func knowingNothingAboutAndPlayingDownAForecast() throws {
        try expectStance(.denial, of: [
            "\"We know nothing about it,\" the club said.",
            "The writer said she knew nothing about the quote.",
        ])
        try expectStance(.claim, of: [
            "\"The owner knows nothing about football,\" the coach was quoted as saying.",
            "Both makers have played down expectations for orders this year, the paper said.",
        ])
    }

    @Test func aBeliefSetRightWithInFact() throws {
        try expectStance(.denial, of: [
            "\"They believe that it is flames, but in fact it was probably sparks,\" the spokesman said.",
            "\"People think it was a fire, but actually it was a mechanical surge,\" the spokesman said.",
        ])
        try expectStance(.claim, of: ["\"It was late, but in fact we won,\" the coach said."])
    }

    @Test func quickToRubbishTheReports() throws {
        let s = try #require(statements("The club was quick to rubbish the reports.").first)
        #expect(s.speaker == "club")
        #expect(s.stance == .denial)
        // A noun, not a verb: one statement, the coach's.
        let t = statements("The report is rubbish, the coach said.")
        #expect(t.count == 1)
        #expect(t.first?.speaker == "coach")
    }

    @Test func anAccusationFacedCalledFalse() throws {
        try expectStance(.denial, of: [
            "\"When faced with a false accusation of this kind, our pilot did the right thing,\" the union said.",
            "\"He is the victim of false allegations,\" his lawyer said.",
        ])
        try expectStance(.claim, of: ["The council said a man had been fined for a false report to the police."])
    }

    @Test func aLawsuitCalledFrivolous() throws {
        let s = try #require(statements("The company called the lawsuit \"frivolous\" and said it would defend itself vigorously.").first)
        #expect(s.cue == "called")
        #expect(s.stance == .denial)
    }

    @Test func reportsThatAimToMislead() throws {
        try expectStance(.denial, of: ["The ministry said the reports were \"an attempt to mislead the public\"."])
        try expectStance(.claim, of: ["The regulator said the company had tried to mislead investors."])
    }

    @Test func noTalksAndNoSplit() throws {
        try expectStance(.denial, of: [
            "\"We are not in talks with anyone,\" the chief executive said.",
            "\"The couple have not split,\" a source close to the pair said.",
        ])
    }

    @Test func aReportPutAboutBySomeone() throws {
        try expectStance(.denial, of: [
            "\"Unfortunately such stories are being planted by a section of leaders in the party,\" the former minister tweeted.",
            "The spokesman said rumours of internal strife were being spread to encourage people to dislike the party.",
            "The minister said the cheeky news was spread by people who would pull all kinds of stories before the election.",
        ])
        try expectStance(.claim, of: ["The doctor said the virus was spread by contact with infected animals."])
    }

    @Test func notMisledAndOutOfContext() throws {
        try expectStance(.denial, of: [
            "The minister said members of the public should not be misled by rumours of a resignation.",
            "\"We hope voters will not be influenced by this kind of news,\" the minister told reporters.",
            "The spokesperson said the remark had been taken out of context.",
            "A spokesperson told the paper that the singer's remark had been misinterpreted.",
            "The rep said the magazine had published a work of fiction at her expense.",
        ])
    }

    @Test func aMainClauseAfterAConcessionOrAFrontedPhrase() throws {
        try expectStance(.denial, of: [
            "The publicist said that while the actor did speak to the reporter, the quote was fabricated.",
            "The spokesman said in reality there were no internal disputes in the party.",
            "The company said no other discussions were taking place.",
            "\"Once again I would like to insist that this story is completely baseless,\" the leader added.",
        ])
        try expectStance(.claim, of: ["The coach said that while the team had lost, the players had fought hard."])
    }

    @Test func hitOutAtAReportAndNoResponseFromAParty() throws {
        let hit = try #require(statements("Cheryl has hit out at a report claiming her split from Liam was timed.").first)
        #expect(hit.cue == "hit out")
        #expect(hit.stance == .denial)
        let none = try #require(statements("There was no immediate response from the German magazine.").first)
        #expect(none.speaker == "German magazine")
        #expect(none.stance == .neutral)
    }

    @Test func neverInDangerAndGoingNowhereAnswerAReport() throws {
        let danger = statements("A newspaper reported that the aircraft had been in danger after an engine failed.",
                                "The airline said the aircraft \"was never in any danger\" and landed safely.")
        #expect(statement(danger, containing: "never in any danger")?.stance == .denial)
        let coach = statements("Reports said the coach Tom Baxter would leave Northfield in the summer.",
                               "\"I am not going anywhere, I love Northfield,\" Baxter said.")
        #expect(statement(coach, containing: "not going anywhere")?.stance == .denial)
        // With nothing reported, the same words are plain claims.
        try expectStance(.claim, of: ["\"I am not going anywhere this summer,\" the coach said of his holidays."])
    }

    @Test func notToBeTakenSeriously() throws {
        try expectStance(.denial, of: ["The party secretary said the allegations should not be taken seriously."])
        // Advice to take something else seriously is no dismissal.
        try expectStance(.claim, of: ["The coach said the young players should not be taken lightly."])
    }

    @Test func noHandInIt() throws {
        let list = statements("The Evening Courier claimed the union was behind the leaflet. The union's secretary said the union has no hand in the leaflet.")
        #expect(statement(list, containing: "no hand in")?.stance == .denial)
    }
}
