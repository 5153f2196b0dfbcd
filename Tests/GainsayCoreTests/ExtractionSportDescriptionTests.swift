import Testing
@testable import GainsayCore

/// Sports copy: "the 28-year-old", "the Spaniard" pointing back at the player just named,
/// "was quoted (by X) as saying", and a nationality adjective before an outlet's name.
/// Sentences written for the tests.
@Suite struct ExtractionSportDescriptionTests {
    let paragraphs = [
        "Luka Brandt has been linked with a move to Spain.",
        "The 28-year-old told Sky Sports: \"I want to stay.\"",
        "The German was quoted as saying that he would leave in summer.",
        "He was quoted by the Harbor Gazette as saying the club had made an offer.",
        "The striker's agent, Mino Ravelli, told Italian radio station Radio Uno that talks had begun.",
    ]

    @Test func descriptionsPointBackAtThePlayer() throws {
        let list = analyze(paragraphs).statements
        let age = try #require(statement(list, containing: "28-year-old"))
        #expect(age.speaker == "Luka Brandt")
        #expect(age.via == ["Sky Sports"])
        let nationality = try #require(statement(list, containing: "The German"))
        #expect(nationality.speaker == "Luka Brandt")
    }

    @Test func quotedAsSaying() throws {
        let list = analyze(paragraphs).statements
        let s = try #require(statement(list, containing: "quoted by"))
        #expect(s.speaker == "Luka Brandt")
        #expect(s.via.contains { $0.contains("Harbor Gazette") })
    }

    @Test func nationalityBeforeAnOutletName() throws {
        let list = analyze(paragraphs).statements
        let s = try #require(statement(list, containing: "Radio Uno"))
        #expect(s.speaker == "Mino Ravelli")
        #expect(s.via == ["Radio Uno"])
    }
}

/// "refused to discuss" is a neutral cue that also makes its speaker the antecedent of the next
/// "he". Sentences written for the tests.
@Suite struct ExtractionRefusalCueTests {
    @Test func refusedToDiscuss() {
        let list = analyze([
            "\"The coach has our full support,\" club president Florian Perez said.",
            "Carlo Bianchi himself refused to discuss his future. \"I only think about the next game,\" he said.",
        ]).statements
        #expect(list.contains { $0.speaker == "Carlo Bianchi" && $0.stance == .neutral && $0.cue == "refused to discuss" })
        #expect(list.contains { $0.sentence.contains("next game") && $0.speaker == "Carlo Bianchi" })
    }

    @Test func discussAloneIsNoCue() {
        #expect(statements("The ministers will discuss the budget on Friday.").isEmpty)
    }
}
