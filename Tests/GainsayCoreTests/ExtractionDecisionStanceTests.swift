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
