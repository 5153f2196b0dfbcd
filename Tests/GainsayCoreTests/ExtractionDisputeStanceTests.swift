import Testing
@testable import GainsayCore

/// The article-wide stance pass: a negated or opposing statement is a denial only when it
/// answers something the article puts in dispute. Sentences written for the tests.
@Suite struct ExtractionDisputeStanceTests {
    func stance(_ paragraphs: [String], of anchor: String) -> Stance? {
        statement(analyze(paragraphs).statements, containing: anchor)?.stance
    }

    @Test func negatedFactAfterARumourIsADenial() {
        let article = ["Rumours spread online on Sunday that the mayor's yacht had been seized by customs officers.",
                       "A harbour spokesman said the yacht has not been seized and remains at its berth."]
        #expect(stance(article, of: "harbour spokesman") == .denial)
    }

    @Test func irregularParticipleAnswersAClaim() {
        let article = ["A local blog claimed that the harbour ferry had sunk near the pier on Friday.",
                       "The ferry operator said the harbour ferry has not sunk and is running on time."]
        #expect(stance(article, of: "ferry operator") == .denial)
    }

    @Test func beingSafeAnswersARumourOfHarm() {
        let article = ["A celebrity gossip site claimed on Monday that the singer had died in a car crash.",
                       "\"The singer is safe and at home with her family,\" her manager told a radio station."]
        #expect(stance(article, of: "is safe and at home") == .denial)
    }

    @Test func disowningAnAccusedLinkIsADenial() {
        let article = ["A video posted by an armed group showed a delivery van bearing the bakery's logo.",
                       "\"We have nothing to do with that group at all,\" the bakery's owner told a local newspaper."]
        #expect(stance(article, of: "nothing to do with") == .denial)
    }

    @Test func neverThereAnswersAReportedCapture() {
        let article = ["Several outlets reported that the activist had been detained in the border town, a claim her family disputes.",
                       "The weather was cold.",
                       "The activist told a radio station that she was never in the border town."]
        #expect(stance(article, of: "was never in the border town") == .denial)
    }

    @Test func correctionOpeningWithInsteadIsADenial() {
        let article = ["The clerk, Tom Harris, is alleged to have leaked the tender documents, an allegation Harris rejects.",
                       "Instead, Harris says, a contractor copied the files from an unlocked office."]
        #expect(stance(article, of: "a contractor copied the files") == .denial)
    }

    @Test func withholdingIsNeutral() {
        #expect(stance(["The cyclist says he has no idea how the bicycle ended up in the river."], of: "no idea") == .neutral)
        #expect(stance(["\"We do not comment on individual cases,\" a spokesman said."], of: "individual cases") == .neutral)
        #expect(stance(["The agency said: \"We are reviewing the file and have nothing more to say at this stage.\""], of: "nothing more") == .neutral)
        #expect(stance(["\"We have received no formal notification that the plant is closing,\" the union said."], of: "formal notification") == .neutral)
    }

    @Test func knowingSomethingIsNotWithholding() {
        #expect(stance(["The patient said she had no idea she was ill until the test came back."], of: "no idea") != .neutral)
    }

    @Test func reportedAbsenceOfHarmIsAClaim() {
        #expect(stance(["No injuries were reported after the storm, police said in a statement."], of: "No injuries") == .claim)
    }

    @Test func invertedNeverOfSurpriseIsAClaim() {
        #expect(stance(["\"Never in a hundred years would I have imagined this,\" the farmer told a local paper."], of: "Never in a hundred") == .claim)
    }

    @Test func negationWithNothingInDisputeStaysAClaim() {
        #expect(stance(["The economist said the new rules do not change the basic arithmetic of the budget."], of: "economist") == .claim)
        #expect(stance(["The geologists agreed that the tremor had nothing to do with the mining works."], of: "geologists") == .claim)
    }

    @Test func negationFarFromAnUnrelatedRumourStaysAClaim() {
        let article = ["Rumours about the striker's transfer circulated last week.",
                       "The river rose overnight.",
                       "Shops stayed shut on the high street.",
                       "The mayor said the new bridge has not been completed because of the rain."]
        #expect(stance(article, of: "new bridge") == .claim)
    }

    @Test func negationInASubordinateClauseStaysAClaim() {
        let article = ["Reports claimed the factory had closed.",
                       "The manager said that if the orders do not arrive, the factory will close in May."]
        #expect(stance(article, of: "orders do not arrive") == .claim)
    }

    @Test func statesOfMindAndComparisonsAreNotDenials() {
        let rumour = "Rumours claimed the pilot had been arrested and the team had split."
        #expect(stance([rumour, "His brother said he does not know where the pilot is."], of: "His brother") != .denial)
        #expect(stance([rumour, "\"We have never been prouder of this team,\" the captain said."], of: "never been prouder") != .denial)
        #expect(stance([rumour, "The pilot's lawyer said: \"Please do not call the family.\""], of: "Please do not") != .denial)
        #expect(stance([rumour, "The pilot's lawyer said it wouldn't hurt to wait for the court."], of: "wouldn't hurt") != .denial)
    }
}
