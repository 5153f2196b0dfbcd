import Testing
@testable import GainsayCore

/// Words that reject what was reported, read this session: "complete bullshit", "an absolutely
/// ludicrous suggestion", "pulled out of thin air", "the information is unverified", "accused
/// the airline of spreading myths and lies" (not "of spreading the virus"), "contrary to initial
/// claims" inside the content or opening the sentence, and "social media claims" as the object
/// of a denial. Sentences written for the tests.
@Suite struct ExtractionRejectionWordsMoreTests {
    @Test func wordsThatRejectAReport() throws {
        try expectStance(.denial, of: [
            "\"Complete bullshit,\" the coach told a Danish newspaper.",
            "\"This is an absolutely ludicrous suggestion,\" Mr Evans said.",
            "The reports have been \"pulled out of thin air\", an official said.",
            "An official said the information was absolutely unverified.",
            "The union accused the airline of \"spreading myths and lies\" about its pilots.",
            "The union said 16 crew were sick, contrary to initial claims from the airline that over 20 pilots had called in sick.",
            "Contrary to reports, the club said the coach would stay.",
        ])
        try expectStance(.claim, of: [
            "The union accused the airline of spreading the virus among its staff.",
            "Contrary to his wishes, the club said the coach would stay.",
        ])
    }

    @Test func mediaClaimsAsAnObject() throws {
        // "social media claims" is what the figures denied, no speaker of its own.
        let list = statements("Officials of the federation have denied social media claims that the champion was planning to snub the president.")
        #expect(!list.contains { $0.speaker.contains("media") })
    }
}
