import Testing
@testable import GainsayCore

/// A decision announced with a modal is a claim about what will be; a participation denied in
/// the past, a report called falsely made, and a rumour rubbished are denials.
@Suite struct ExtractionDecisionStanceTests {
    func stance(_ text: String) -> Stance? { statements(text).first?.stance }

    @Test func aModalDecisionIsAClaim() {
        #expect(stance("The transport minister said the country would not take part in the joint air patrols.") == .claim)
        #expect(stance("The coach said his side won't take part in the friendly tournament next month.") == .claim)
    }

    @Test func aPastParticipationDeniedIsADenial() {
        #expect(stance("The pilot said he did not take part in the unauthorised flyover.") == .denial)
        #expect(stance("The senator said she has not taken part in any of the closed meetings.") == .denial)
    }

    @Test func aReportFalselyMadeIsDenied() {
        #expect(stance("The club said the photograph had been falsely doctored to show the striker at a party.") == .denial)
        #expect(stance("The airline said the quote was falsely attributed to its chief executive.") == .denial)
    }

    @Test func rubbishingARumourIsADenial() {
        let list = statements("The transfer rumour was rubbished by sporting director Anna Berg on Friday.")
        #expect(list.first?.stance == .denial)
        #expect(list.first?.speaker.contains("Berg") == true)
    }

    @Test func repsAreSpeakers() {
        let list = statements("The singer's reps confirmed on Monday that the tour will go ahead as planned.")
        #expect(list.count == 1)
        #expect(list.first?.speaker.lowercased().contains("reps") == true)
    }
}

/// "fake news" as a kind of story is no verdict on a report; predicated or given as a label it is.
@Suite struct ExtractionFakeNewsStanceTests {
    func stance(_ text: String) -> Stance? { statements(text).first?.stance }

    @Test func theKindOfStoryIsNoVerdict() {
        #expect(stance("The broadcaster said it would let viewers flag fake news stories on its website.") == .claim)
        #expect(stance("\"Despite the false news label the app shows, people will share them anyway,\" the researcher said.") == .claim)
        #expect(stance("\"It only slows them down if enough readers report them as fake news,\" the editor told the paper.") == .claim)
    }

    @Test func aVerdictStaysADenial() {
        #expect(stance("The club said the transfer story was fake news.") == .denial)
        #expect(stance("\"This is fake news,\" the airline's spokeswoman said of the crash report.") == .denial)
    }
}

/// In an article where something is disputed, a negated identity set against it ("But the man
/// is not a coach", "an amateur player — not a coach") denies; with nothing disputed it is a claim.
@Suite struct ExtractionNegatedIdentityTests {
    static let claim = "A viral video claimed to show a famous coach arguing with a referee after the final, several websites reported."

    func stance(_ paragraphs: [String], of anchor: String) -> Stance? {
        statement(analyze(paragraphs).statements, containing: anchor)?.stance
    }

    @Test func aContrastedIdentityDeniesTheClaim() {
        #expect(stance([Self.claim, "But the man in the video is not a coach, the local newspaper found."], of: "not a coach") == .denial)
        #expect(stance([Self.claim, "The clip shows an amateur player — not a coach, the newspaper reported."], of: "amateur player") == .denial)
    }

    @Test func withNothingInDisputeItIsAClaim() {
        #expect(stance(["The new signing is not a striker but a winger, the manager said on Friday."], of: "new signing") == .claim)
    }
}

/// A report's death claim denied ("is not dead") and a report named as a hoax by the subject
/// the speaker gives it ("the misinformation caused ...") are denials; a prank call is not.
@Suite struct ExtractionHoaxSubjectTests {
    static let claim = "A website claimed on Sunday that the veteran goalkeeper had died in a car crash, a rumour that spread quickly online."

    func stance(_ paragraphs: [String], of anchor: String) -> Stance? {
        statement(analyze(paragraphs).statements, containing: anchor)?.stance
    }

    @Test func notDeadDeniesTheDeathReport() {
        #expect(stance([Self.claim, "His agent confirmed on Monday that the goalkeeper is not dead."], of: "not dead") == .denial)
    }

    @Test func theHoaxAsSubjectDenies() {
        #expect(stance([Self.claim, "The club said the misinformation caused distress to his family."], of: "misinformation") == .denial)
        #expect(stance(["Police said the hoax call led to the evacuation of the terminal for two hours."], of: "hoax call") == .claim)
    }
}

/// An expert who calls a disputed claim impossible, or denies the ability it needs, denies it;
/// "can't comment" and "unable to confirm" still withhold.
@Suite struct ExtractionAbilityDenialTests {
    static let claim = "A tabloid claimed on Monday that a shark had leapt onto a fishing boat and bitten a sailor, a story that spread quickly online."

    func stance(_ paragraphs: [String], of anchor: String) -> Stance? {
        statement(analyze(paragraphs).statements, containing: anchor)?.stance
    }

    @Test func anImpossibilityDenies() {
        #expect(stance([Self.claim, "Marine biologist Dr Ana Ruiz said it was \"almost impossible\" for a shark of that size to leave the water."], of: "almost impossible") == .denial)
    }

    @Test func aDeniedAbilityDenies() {
        #expect(stance([Self.claim, "\"Sharks like these can't jump so high,\" Dr Ana Ruiz said."], of: "jump so high") == .denial)
        #expect(stance([Self.claim, "Dr Ana Ruiz said such sharks are not able to survive out of the water for long."], of: "not able to survive") == .denial)
    }

    @Test func aRefusalToTellStaysNeutral() {
        #expect(stance([Self.claim, "A coastguard spokesman said it was unable to confirm the report."], of: "unable to confirm") == .neutral)
    }

    @Test func withNothingDisputedAnInabilityIsAClaim() {
        #expect(stance(["The coach said the striker cannot play on Saturday because of a hamstring strain."], of: "striker cannot play") == .claim)
    }
}
