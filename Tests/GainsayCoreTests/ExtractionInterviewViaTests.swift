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

/// "The father of two" describes the person named before; "the mother of three" alone is a
/// speaker too (the number ends the subject, it is no determiner of a noun to come).
@Suite struct ExtractionParentDescriptionTests {
    @Test func theFatherOfTwoIsThePersonNamedBefore() {
        let list = analyze(["Captain Tom Reyes told The Morning Star that the engine had failed twice.",
                            "The father of two told the newspaper: \"We were lucky to land at all.\""]).statements
        #expect(statement(list, containing: "lucky to land")?.speaker == "Tom Reyes")
        #expect(statement(list, containing: "lucky to land")?.via == ["The Morning Star"])
    }

    @Test func aParentOfACountIsASpeaker() {
        let list = statements("A mother of three said the crew had been brave.")
        #expect(list.count == 1)
        #expect(list.first?.speaker == "mother of three")
    }

    @Test func aDeterminerBeforeTheVerbIsStillNoSubject() {
        #expect(statements("Officials said two of the reports were wrong, and the reports said nothing of the kind.").allSatisfy { $0.speaker != "two" })
    }
}

/// Outlets named by their domain keep it whole, country code included.
@Suite struct ExtractionDomainOutletTests {
    @Test func aCountryCodeDomainStaysWhole() {
        #expect(statements("The coach told Hartfield Gazette the fixture had moved. The chairman said the club would appeal.").count == 2)
        #expect(statements("The club's spokesman told Sportsdesk.co.uk that the deal was off.").first?.via == ["Sportsdesk.co.uk"])
        #expect(statements("The airline told Flightnews.com.au the route would close.").first?.via == ["Flightnews.com.au"])
    }
}

/// "The network" points back at an outlet only when that outlet is not named as another kind of
/// medium ("a magazine column" is no network).
@Suite struct ExtractionMediumReferenceTests {
    @Test func theNetworkIsNoMagazine() {
        let list = analyze(["A magazine column claimed the network would hold an all-male panel on Monday.",
                            "The network said the panel had never been planned."]).statements
        #expect(statement(list, containing: "never been planned")?.speaker == "network")
    }

    @Test func anUntypedOutletIsStillFound() {
        let list = analyze(["Sportline News reported on Monday that the coach had resigned.",
                            "The network said later that the coach had been sacked."]).statements
        #expect(statement(list, containing: "been sacked")?.speaker == "Sportline News")
    }
}
