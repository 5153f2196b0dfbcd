import Testing
@testable import GainsayCore

/// Picture credits between paragraphs are no speakers, channels or antecedents.
/// Sentences written for the tests.
@Suite struct ExtractionCaptionCreditTests {
    @Test func creditsAreRecognised() {
        for text in ["AP Photo/The Valley Gazette, Jane Roe", "AFP PHOTO/STATE TV", "Photo: Reuters", "The Valley Gazette/AP"] {
            let view = TextView(text)
            #expect(CaptionCredit.isCredit(0..<view.tokens.count, view: view), "\(text)")
        }
        for text in ["The striker said he would stay at the club.", "Results and/or fixtures: see the table."] {
            let view = TextView(text)
            #expect(!CaptionCredit.isCredit(0..<view.tokens.count, view: view), "\(text)")
        }
    }

    @Test func aCreditIsNoAntecedentOfThePaper() {
        let list = statements(
            "The pilot trained in Arizona, the Valley Gazette reported.",
            "AP Photo/The Evening Ledger, John Doe",
            "The flight school told the paper that she had passed every test."
        )
        #expect(!list.contains { $0.speaker.contains("AP Photo") || $0.via.contains { $0.contains("AP Photo") } })
        #expect(!list.contains { $0.sentence.contains("AP Photo") })
    }
}
