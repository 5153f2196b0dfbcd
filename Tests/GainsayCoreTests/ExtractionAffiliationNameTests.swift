import Testing
@testable import GainsayCore

/// A person named after the body she works for ("Aviation Weekly's Jane Porter") is that person,
/// and media roles before a name ("Blogger", "Columnist") are titles, not part of it.
@Suite struct ExtractionAffiliationNameTests {
    func speaker(_ text: String) -> String? { statements(text).first?.speaker }

    @Test func aPossessiveAffiliationIsNoPartOfTheName() {
        #expect(speaker("Aviation Weekly's Jane Porter told reporters that the jet had been grounded.") == "Jane Porter")
        #expect(speaker("The league’s Tom Baker said the match would be replayed.") == "Tom Baker")
    }

    @Test func aBodyAfterThePossessiveStaysTheBody() {
        #expect(speaker("Brazil's Foreign Ministry said the ambassador had been recalled.")?.contains("Ministry") == true)
    }

    @Test func mediaRolesAreTitles() {
        #expect(speaker("Sports Blogger Anne Marie Cole wrote that the coach had resigned.") == "Anne Marie Cole")
        #expect(speaker("Columnist Peter Hale said the minister would step down.") == "Peter Hale")
    }
}

/// A description may name a title in other words: "the premier" for a prime minister, "the
/// skipper" for a captain, "the boss" for a manager.
@Suite struct ExtractionRoleEquivalentTests {
    @Test func thePremierIsThePrimeMinister() {
        let list = analyze(["Prime Minister Jane Roe said on Sunday the attack was barbaric.",
                            "\"We will hunt them down,\" the grim-faced premier said in a televised statement."]).statements
        #expect(statement(list, containing: "hunt them down")?.speaker == "Jane Roe")
    }

    @Test func theBossIsTheManager() {
        let list = analyze(["Rovers manager Sam Okafor said the defender would miss the derby.",
                            "\"He needs rest,\" the boss added."]).statements
        #expect(statement(list, containing: "needs rest")?.speaker == "Sam Okafor")
    }
}

/// Outlet and business names the reader must keep whole: "The Mail on Sunday", a paper ending
/// in "Courier", "Harbour Bait & Tackle".
@Suite struct ExtractionWholeNameTests {
    @Test func aSundayTitleKeepsItsWeekday() {
        #expect(statements("The Mail on Sunday reported that the three men had formed a gang.").first?.speaker == "Mail on Sunday")
        #expect(statements("The minister on Sunday said he would stay.").first?.speaker == "minister")
    }

    @Test func aCourierIsAPaper() {
        let list = analyze(["Pilot Jane Roe, 26, told the Daily Courier that she had flown the route for years.",
                            "According to the local paper, the airline had cut her hours."]).statements
        #expect(statement(list, containing: "local paper")?.speaker == "Daily Courier")
    }

    @Test func anAmpersandJoinsOneName() {
        #expect(statements("Jones & Partners said the takeover bid had been withdrawn.").first?.speaker == "Jones & Partners")
    }
}
