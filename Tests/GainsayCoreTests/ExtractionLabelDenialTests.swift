import Testing
@testable import GainsayCore

/// Named denials by label and idiom ("called the report fake news", "wide of the mark",
/// "Absolutely not."), the outlet's claim beside a denial of its report, and what cannot be
/// told yet. Sentences written for the tests.
@Suite struct ExtractionLabelDenialTests {
    func stance(_ text: String) -> Stance? { statements(text).first?.stance }

    @Test func labellingAReportFalseIsADenial() {
        #expect(stance("The ministry called the report \"fake news\".") == .denial)
        #expect(stance("Lee Marsh branded the claims \"nonsense\".") == .denial)
        #expect(stance("Ola Berg labelled the story \"completely untrue\".") == .denial)
    }

    @Test func termedAndFarLabels() {
        #expect(stance("The governor today termed as \"completely baseless\" reports that two aides had resigned.") == .denial)
        #expect(stance("The federation termed the report \"totally false\".") == .denial)
        #expect(stance("The ferry operator labelled an article that claimed one of its boats had run aground near the harbour as a \"malicious absurdity\".") == .denial)
        #expect(stance("The senator called the claims \"pure confabulation\".") == .denial)
        #expect(stance("The minister reaffirmed that the story was untrue.") == .denial)
        // A term of office, and a long object with no falsity after "as", stay as they were.
        #expect(statements("The governor served two terms in office.").isEmpty)
        #expect(stance("The ferry operator described the report that one of its boats had run aground near the harbour as a matter for the police.") != .denial)
    }

    @Test func questioningClaimsDoubtsThem() {
        let list = statements("Tomas Varga also questioned claims by fellow players that they had been approached to fix matches.")
        #expect(list.contains { $0.speaker == "Tomas Varga" && $0.stance == .denial })
        #expect(stance("The minister questioned the report.") == .denial)
        // Questioning a person, or whether, is no denial.
        #expect(statements("The senator questioned the witness about the report.").allSatisfy { $0.stance != .denial })
        #expect(stance("The coach questioned whether the report was accurate.") == .neutral)
    }

    @Test func callingSomethingElseIsNoStatement() {
        #expect(statements("The mayor called the meeting to order.").isEmpty)
    }

    @Test func idiomsOfDenial() {
        #expect(stance("The club said in a statement that the reports were \"wide of the mark\".") == .denial)
        #expect(stance("The agent said the rumours were \"without foundation\".") == .denial)
        #expect(stance("The coach insisted the story was \"pure speculation\".") == .denial)
        #expect(stance("Asked whether he would resign, the minister said: \"Absolutely not.\"") == .denial)
        #expect(stance("Airline chief executive Tom Fry rejected suggestions that the pilots had been tired.") == .denial)
        #expect(stance("The union rejected the suggestions of the committee.") == .claim)
    }

    @Test func notYetKnownIsNeutral() {
        #expect(stance("Investigators said it was too early to determine the cause of the crash.") == .neutral)
        #expect(stance("Police said they were unable to confirm the identity of the victims.") == .neutral)
    }

    @Test func deniedNamedReportKeepsTheOutletClaim() {
        let list = statements("The club's publicist has described as \"rubbish\" a Harbor Gazette report that the coach rejected a new contract.")
        #expect(list.contains { $0.speaker.contains("publicist") && $0.stance == .denial })
        #expect(list.contains { $0.speaker.contains("Harbor Gazette") && $0.stance == .claim })
    }
}

/// Rebuttal verbs with a particle and predicate nouns of falsity. Sentences written for the tests.
@Suite struct ExtractionRebuttalTests {
    @Test func hitBackAndPushedBack() throws {
        let a = try #require(statements("The coach hit back at claims that he had lost the dressing room.").first)
        #expect(a.cue == "hit back")
        #expect(a.stance == .denial)
        let b = try #require(statements("The senator's office pushed back on the report, saying it was inaccurate.").first)
        #expect(b.stance == .denial)
    }

    @Test func baseFormsOfRebuttals() throws {
        for text in ["Tom Ridley was quick to shoot down the rumours.", "The chairman moved to play down reports of a rift.",
                     "The minister is brushing aside the claims."] {
            let s = try #require(statements(text).first, "\(text)")
            #expect(s.stance == .denial, "\(text)")
        }
        #expect(statements("The children play down by the river.").isEmpty)
    }

    @Test func hitWithoutParticleIsNoCue() {
        #expect(statements("The storm hit the coast on Monday.").isEmpty)
    }

    @Test func itsALie() throws {
        let s = try #require(statements("\"It's a lie,\" said the president.").first)
        #expect(s.stance == .denial)
    }
}
