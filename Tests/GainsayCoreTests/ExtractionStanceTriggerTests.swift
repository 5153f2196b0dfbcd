import Testing
@testable import GainsayCore

/// `StanceTriggers` lets the stance rules skip contents that hold none of their words; these
/// tests hold that shortcut to what the rules themselves say.
@Suite struct ExtractionStanceTriggerTests {
    /// Words the stance rules look at next to a trigger, and plain words: none is a trigger.
    static let plainWords = """
    the a an is are was were be been it they we i our officials said there that which who report reports
    claims rumours true accurate correct real aware able reached reach possible comment idea involved safe
    good health reason evidence truth indication basis plans intention to of in on at do does did have has had
    will would could information details early say tell take part place taken as after despite however
    contrary claimed reported suggested however indicated yet you please time any more further connection
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// A content without a trigger word gives no stance rule anything to fire on.
    @Test func contentsWithoutTriggersFireNoRule() {
        var generator = SplitMix64(seed: 7)
        var checkedClassify = 0, checkedDispute = 0
        for _ in 0..<3000 {
            let count = 1 + Int(generator.next() % 14)
            let words = (0..<count).map { _ in Self.plainWords[Int(generator.next() % UInt64(Self.plainWords.count))] }
            let text = words.joined(separator: " ") + "."
            let view = TextView(text)
            let all = 0..<view.tokens.count
            if !StanceTriggers.any(all, in: StanceTriggers.classify, view: view) {
                checkedClassify += 1
                #expect(!StanceCues.rejectsReport(all, view: view), "\(text)")
                #expect(!StanceClassifier.contentWithholds(all, view: view), "\(text)")
                #expect(!StanceCues.withholds(all, view: view), "\(text)")
                #expect(!StanceClassifier.contentDenies(all, view: view), "\(text)")
                #expect(!StanceCues.contradictsReport(all, sentence: all, view: view), "\(text)")
            }
            if !StanceTriggers.any(all, in: StanceTriggers.dispute, view: view) {
                checkedDispute += 1
                #expect(!DisputeStance.withholds(view), "\(text)")
                #expect(DisputeStance.opposition(in: view, speaker: "Jane Roe", sentence: text) == nil, "\(text)")
            }
        }
        #expect(checkedClassify > 1000 && checkedDispute > 1000)
    }

    /// Each kind of trigger is seen: a negation word, a contracted negation (straight or curly
    /// apostrophe), a falsity word, a correction.
    @Test func triggersAreSeen() {
        for text in ["They did not meet.", "They didn’t meet.", "They didn't meet.", "The reports are false.",
                     "Instead, she stayed home.", "Nobody came.", "It is pure speculation."] {
            let view = TextView(text)
            #expect(StanceTriggers.any(0..<view.tokens.count, in: StanceTriggers.classify, view: view), "\(text)")
        }
        for text in ["They met on Tuesday.", "The report was accurate."] {
            let view = TextView(text)
            #expect(!StanceTriggers.any(0..<view.tokens.count, in: StanceTriggers.classify, view: view), "\(text)")
        }
        let safe = TextView("The crew is safe.")
        #expect(StanceTriggers.any(0..<safe.tokens.count, in: StanceTriggers.dispute, view: safe))
    }

    @Test func statementsKeepTheirStanceThroughTheShortcut() {
        let list = statements("Jane Roe said the talks had not taken place.", "Tom Poe said the talks went well.",
                              "The ministry said reports of a deal were false.")
        #expect(statement(list, containing: "not taken")?.stance == .denial)
        #expect(statement(list, containing: "went well")?.stance == .claim)
        #expect(statement(list, containing: "were false")?.stance == .denial)
    }
}
