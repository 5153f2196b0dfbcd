import Testing
@testable import GainsayCore

/// A label's participle after a comma ("weighed in, calling the reports lies", "describing the
/// reports as a ploy") is the subject's statement; "is calling his colleagues" and "calling for
/// calm" are not. A subhead between paragraphs ("‘Disinformation’") continues no quotation.
/// Sentences written for the tests.
@Suite struct ExtractionLabelParticipleAndHeadingTests {
    @Test func aLabelParticipleAfterAComma() throws {
        let s = try #require(statements("Former senator Tom Baptiste weighed in, describing the reports as a ploy to sow division.").first)
        #expect(s.speaker == "Tom Baptiste")
        #expect(s.stance == .denial)
        let lies = try #require(statements("Former senator Tom Baptiste weighed in, calling the reports lies.").first)
        #expect(lies.stance == .denial)
        #expect(statements("The union is calling for calm after the strike.").isEmpty)
        #expect(statements("The coach scored twice, calling it the best night of his life.").isEmpty)
    }

    @Test func aSubheadContinuesNoQuotation() throws {
        let list = statements(
            "\u{201C}He grabbed him by the neck and asked him why he had betrayed him, an insider told the Daily Ledger.",
            "\u{2018}Disinformation\u{2019}",
            "In a statement, the party condemned the reports.")
        #expect(!list.contains { $0.content.contains("Disinformation") })
    }
}
