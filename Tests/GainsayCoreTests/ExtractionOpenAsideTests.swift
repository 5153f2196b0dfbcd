import Testing
@testable import GainsayCore

/// Subjects that an aside left open or set off by dashes used to hide: a description after the
/// name whose closing comma is left out ("Jane Roe, the director of the agency said"), a dash
/// aside between subject and verb, a report noun after a modifier ("The unsourced report said"),
/// an outlet's edition or website, a platform named with more words before "to deny", and a
/// second speaker joined by "and" with an auxiliary before the verb. Sentences written for the
/// tests.
@Suite struct ExtractionOpenAsideTests {
    @Test func aNameBeforeADescriptionLeftOpen() throws {
        try expectSpeakers([
            ("Mary Okafor, the director of the water agency said the dam was safe.", "Mary Okafor"),
            ("Mary Okafor, director of communications at the Treasury said the dam was safe.", "Mary Okafor"),
            ("A statement issued by Mr Tom Baptiste, the Head of Press at the Ministry on Monday said the dam was safe.", "Tom Baptiste"),
        ])
    }

    @Test func aSubjectOfItsOwnAfterTheComma() throws {
        // A fronted time and a description with its own name are no open asides.
        let group = try #require(statements("Earlier on Sunday, the monitoring group Alpha Watch said the dam was safe.").first)
        #expect(group.speaker.contains("Alpha Watch"))
        let person = try #require(statements("After meeting Tom Baptiste, the director of the agency said the dam was safe.").first)
        #expect(person.speaker.contains("director"))
        let named = try #require(statements("Speaking on Harbour FM, Mr Tom Baptiste said the dam was safe.").first)
        #expect(named.speaker == "Tom Baptiste")
    }

    @Test func aDashAsideBetweenSubjectAndVerb() throws {
        let s = try #require(statements("However, the singer - who was fined for smoking onstage last month - has denied reports that the band will split.").first)
        #expect(s.speaker == "singer")
        #expect(s.stance == .denial)
        let doubled = try #require(statements("The club -- which is owned by a property group -- said the sale was off.").first)
        #expect(doubled.speaker == "club")
    }

    @Test func aReportAfterAModifier() throws {
        let s = try #require(statements("The unsourced report said that the government had to pass a special law.").first)
        #expect(s.speaker.contains("report"))
        #expect(s.content == "the government had to pass a special law")
        // A plural subject before "report" is no modifier.
        #expect(statements("The firms report that profits rose.").allSatisfy { !$0.speaker.contains("firms report") })
    }

    @Test func anOutletEditionSpeaksAsTheOutlet() throws {
        try expectSpeakers([
            ("The Munich daily Abendpost online edition said that the ministers had agreed a plan.", "Abendpost"),
            ("The Daily Ledger website reported that the ministers had agreed a plan.", "Daily Ledger"),
        ])
    }

    @Test func aPlatformWithMoreWordsBeforeTheDenial() throws {
        let s = try #require(statements("The former singer took to Twitter himself on Sunday to deny the shocking report.").first)
        #expect(s.speaker == "former singer")
        #expect(s.stance == .denial)
    }

    @Test func aSecondSpeakerWithAnAuxiliary() throws {
        let list = statements("Some early reports have suggested that maintenance was to blame and transport secretary Paul Ndlovu has stressed that strict action will be taken.")
        let second = try #require(statement(list, containing: "strict action"))
        #expect(second.speaker == "Paul Ndlovu")
        #expect(second.content == "strict action will be taken")
    }
}
