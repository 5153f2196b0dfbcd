import Testing
@testable import GainsayCore

/// A person who told an outlet something goes on speaking to it in the same piece, until the
/// text names another channel.
@Suite struct ExtractionInterviewViaTests {
    @Test func laterStatementsKeepTheOutletTold() {
        let list = analyze([
            "Coach Lena Vik told the Daily Courier that the squad had been training in secret.",
            "The team has not lost a match since March.",
            "Vik said the new signing would start on Saturday.",
        ]).statements
        #expect(statement(list, containing: "new signing")?.speaker == "Lena Vik")
        #expect(statement(list, containing: "new signing")?.via == ["Daily Courier"])
    }

    @Test func anotherSpeakerDoesNotInheritIt() {
        let list = analyze([
            "Coach Lena Vik told the Daily Courier that the squad had been training in secret.",
            "Club chairman Omar Reyes said the stadium would be sold.",
        ]).statements
        #expect(statement(list, containing: "stadium")?.via == [])
    }

    @Test func aNewChannelReplacesIt() {
        let list = analyze([
            "Coach Lena Vik told the Daily Courier that the squad had been training in secret.",
            "Vik later told Radio North that the captain was injured.",
            "Vik said the captain would miss two weeks.",
        ]).statements
        #expect(statement(list, containing: "two weeks")?.via == ["Radio North"])
    }
}
