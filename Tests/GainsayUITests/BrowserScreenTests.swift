import Foundation
import Testing
import GainsayCore
@testable import GainsayUI

/// The article list with the extraction's counts, bars and preview.
@Suite struct ArticleListStatementTests {
    @Test func countsComeFromTheExtraction() {
        let state = analyzedState()
        for (position, article) in seedArticles.enumerated() {
            let statements = seedAnalysis.statements.filter { $0.article == article.id }
            let counts = state.index.counts[position]
            #expect(counts.claims == statements.filter { $0.stance == .claim }.count)
            #expect(counts.denials == statements.filter { $0.stance == .denial }.count)
            #expect(state.grid.line(2 + position).contains("\(counts.claims)/\(counts.denials)"))
        }
    }

    @Test func barsReadWithoutColour() {
        let grid = analyzedState().grid
        for y in 2..<7 {
            let line = grid.line(y)
            #expect(line.contains("+") || line.contains("×"), "row \(y): \(line)")
        }
    }

    @Test func previewListsTheSelectedArticlesStatements() {
        var state = analyzedState()
        for position in 0..<seedArticles.count {
            let first = seedAnalysis.statements.first { $0.article == seedArticles[position].id }
            let text = state.screenText
            if let first { #expect(text.contains(String(first.speaker.prefix(12))), "article \(position)") }
            #expect(text.contains("Statements (\(state.index.articleStatements[position].count))"))
            state.press(keys("j"))
        }
    }
}

/// The reader: marks, the statement pane, n/p, Tab, Enter.
@Suite struct ReaderStatementTests {
    @Test func statementsAreMarkedByStanceWithAGutterMarker() throws {
        var state = analyzedState(cols: 120, rows: 40)
        state.press(.enter)
        let grid = state.grid
        let reader = try #require(state.readerScreen)
        let first = try #require(state.index.articleStatements[0].first.map { state.index.statements[$0] })
        let line = lineIndex(ofOffset: first.start, in: reader.lines)
        let y = 1 + line - reader.top
        let margin = PagerGeometry(cols: 120, rows: 40).margin
        #expect(grid[margin - 2, y].text == StanceMark.of(first.stance))
        // The sentence's first cell carries the stance style: bold for a claim, underline for a denial.
        let cell = grid[margin, y]
        #expect(cell.style == StanceMark.style(first.stance))
        #expect(Theme.claim.bold && !Theme.claim.underline && Theme.denial.underline && !Theme.denial.bold)
    }

    @Test func nAndPWalkTheStatementsInOrderAndScrollToThem() throws {
        var state = analyzedState(cols: 80, rows: 24)
        state.press(.enter)
        let statements = state.index.articleStatements[0]
        for expected in statements {
            state.press(keys("n"))
            let reader = try #require(state.readerScreen)
            #expect(reader.statement == expected)
            let line = lineIndex(ofOffset: state.index.statements[expected].start, in: reader.lines)
            let height = ReaderGeometry(cols: 80, rows: 24, statementCount: statements.count).textHeight
            #expect(line >= reader.top && line < reader.top + height)
        }
        state.press(keys("n"))
        #expect(state.readerScreen?.statement == statements.last)
        state.press(keys("p"))
        #expect(state.readerScreen?.statement == statements[statements.count - 2])
    }

    @Test func tabFocusesThePaneWhereJAndKMoveStatements() {
        var state = analyzedState()
        state.press(.enter)
        state.press(.tab)
        #expect(state.readerScreen?.focus == .pane)
        let statements = state.index.articleStatements[0]
        #expect(state.readerScreen?.statement == statements[0])
        state.press(keys("jj"))
        #expect(state.readerScreen?.statement == statements[2])
        state.press(keys("k"))
        #expect(state.readerScreen?.statement == statements[1])
        state.press(.tab)
        #expect(state.readerScreen?.focus == .text)
        let top = state.readerScreen?.top ?? -1
        state.press(keys("j"))
        #expect(state.readerScreen?.statement == statements[1])
        #expect(state.readerScreen?.top == top + 1)
    }

    @Test func paneShowsSpeakerViaCueAndContent() throws {
        var state = analyzedState(cols: 120, rows: 40)
        state.press(.enter)
        let text = state.screenText
        let withVia = try #require(state.index.articleStatements[0].map { state.index.statements[$0] }.first { !$0.via.isEmpty })
        #expect(text.contains("\(withVia.speaker) (via \(withVia.via[0]))"))
        #expect(text.contains("\(withVia.cue): \(withVia.content.prefix(20))"))
    }

    @Test func enterOnAStatementOpensItsPropositionWithTheEntrySelected() throws {
        var state = analyzedState()
        state.press(.enter)
        state.press(keys("nn"))
        let statement = try #require(state.readerScreen?.statement)
        state.press(.enter)
        let screen = try #require(state.propositionsScreen)
        let proposition = try #require(selectedProposition(screen, state))
        #expect(state.index.statementProposition[statement] == proposition)
        let layout = state.index.layout(ofProposition: proposition, .all)
        let selected = screen.focus == .claims ? layout.claims[screen.claim] : layout.denials[screen.denial]
        #expect(selected == statement)
    }

    @Test func enterWithoutAStatementSaysWhatToDo() {
        var state = analyzedState()
        state.press(.enter, .enter)
        #expect(state.screenKind == .reader)
        #expect(state.notice?.contains("n/p") == true)
    }
}

/// Claims vs denials.
@Suite struct PropositionScreenTests {
    @Test func mostStatementsFirst() {
        let state = analyzedState()
        let sizes = state.index.propositions.map(\.statementIndices.count)
        #expect(sizes == sizes.sorted(by: >))
    }

    /// The seeds' talks proposition: a Washington Post claim on the same row as Zakharova's
    /// denial, and after `]`, on the same rows as Lavrov's. (The extractor decides the grouping.)
    @Test func claimsAndDenialsOfOneSourceShareRows() throws {
        var state = analyzedState(cols: 120, rows: 40)
        state.press(keys("2"))
        let row = try #require(state.grid.lines.first { $0.contains("Washington Post") && $0.contains("Zakharova") })
        #expect(row.contains("│"))
        state.press(.tab, .char("]"))
        #expect(state.grid.lines.contains { $0.contains("Washington Post") && $0.contains("Lavrov") }
            || state.grid.lines.contains { $0.contains("Washington Post") && $0.contains("Moscow") })
        #expect(state.screenText.contains("Sacharova"))
    }

    @Test func tabCyclesListClaimsDenials() {
        var state = analyzedState()
        state.press(keys("2"))
        #expect(state.propositionsScreen?.focus == .list)
        state.press(.tab)
        #expect(state.propositionsScreen?.focus == .claims)
        state.press(.tab)
        #expect(state.propositionsScreen?.focus == .denials)
        state.press(.tab)
        #expect(state.propositionsScreen?.focus == .list)
        state.press(.backTab)
        #expect(state.propositionsScreen?.focus == .denials)
    }

    @Test func bracketsStepThroughTheSourcesOfOneProposition() throws {
        var state = analyzedState()
        state.press(keys("2"))
        let proposition = try #require(state.propositionsScreen.flatMap { selectedProposition($0, state) })
        let layout = state.index.layout(ofProposition: proposition, .all)
        #expect(layout.blocks.count >= 2)
        state.press(.tab)
        for expected in 1..<layout.blocks.count {
            state.press(keys("]"))
            let screen = try #require(state.propositionsScreen)
            let block = screen.focus == .claims ? layout.claimBlock[screen.claim] : layout.denialBlock[screen.denial]
            #expect(block == expected)
            #expect(selectedProposition(screen, state) == proposition)
        }
        state.press(keys("["))
        let screen = try #require(state.propositionsScreen)
        #expect((screen.focus == .claims ? layout.claimBlock[screen.claim] : layout.denialBlock[screen.denial]) == layout.blocks.count - 2)
    }

    @Test func everyVisibleEntryShowsItsSourceAboveIt() throws {
        var state = analyzedState()
        state.press(keys("2"))
        state.press(.tab, .tab)
        let geometry = SplitGeometry(cols: 80, rows: 24)
        for _ in 0..<12 {
            let grid = state.grid
            #expect(grid.line(geometry.detailTop).contains("── "), "\(state.screenText)")
            // The selected entry's speaker line is on screen.
            #expect(grid.lines.contains { $0.contains("› ") && $0.contains("│") })
            state.press(keys("j"))
        }
    }

    @Test func enterOnAnEntryOpensItsArticleAtThatSentence() throws {
        var state = analyzedState()
        state.press(keys("2"))
        state.press(.tab, .tab, .char("j"))
        let screen = try #require(state.propositionsScreen)
        let proposition = try #require(selectedProposition(screen, state))
        let statement = state.index.layout(ofProposition: proposition, .all).denials[screen.denial]
        state.press(.enter)
        let reader = try #require(state.readerScreen)
        #expect(reader.article == state.index.statementArticle[statement])
        #expect(reader.statement == statement)
        #expect(state.screenText.contains(String(state.index.statements[statement].sentence.prefix(20))))
        state.press(keys("q"))
        #expect(state.propositionsScreen == screen)
    }

    @Test func longNamesTruncateAndNeverCrossTheDivider() {
        let text = "Ein Sprecher sagte, 日本語の報道は誤りだ, und die Zoe\u{308} bestritt es."
        let articles = [article("a", title: "Talks", [text, "A second paragraph says the same thing."])]
        let long = String(repeating: "Verylongname 長い名前 ", count: 8)
        let statements = [
            Statement(article: "a", sentence: text, speaker: long, speakerID: "x", via: [long], cue: "sagte", stance: .claim,
                      content: String(repeating: "Inhalt 内容 ", count: 30), proposition: "p", start: 0, end: 20, confidence: 1),
            Statement(article: "a", sentence: text, speaker: "Zoe\u{308} " + long, speakerID: "y", via: [], cue: "bestritt", stance: .denial,
                      content: String(repeating: "日本語 ", count: 40), proposition: "p", start: 21, end: 40, confidence: 1),
        ]
        let analysis = CorpusAnalysis(statements: statements,
                                      propositions: [Proposition(id: "p", label: long, statementIndices: [0, 1], claims: 1, denials: 1, neutrals: 0, sources: 1)],
                                      speakers: [Speaker(id: "x", name: long, aliases: [long], statementIndices: [0]), Speaker(id: "y", name: long, aliases: [], statementIndices: [1])])
        for (cols, rows) in [(80, 24), (61, 20), (200, 50)] {
            var state = AppState(articles: articles, cols: cols, rows: rows, analysis: analysis)
            state.press(keys("2"))
            state.press(.tab)
            let grid = state.grid
            let geometry = SplitGeometry(cols: cols, rows: rows)
            for y in (geometry.detailTop + 1)..<(geometry.detailTop + 1 + 2 * BrowseIndex.entryHeight) where y < rows - 1 {
                let cell = grid[geometry.dividerX, y]
                #expect(cell.text == "│" || grid.line(y).trimmingCharacters(in: .whitespaces).isEmpty, "\(cols)x\(rows) row \(y): \(grid.line(y))")
            }
            #expect(grid.lines.contains { $0.contains("…") })
            #expect(gridIsClean(grid))
            #expect(grid.lines.allSatisfy { DisplayWidth.of($0) <= cols })
        }
    }
}

/// Speakers.
@Suite struct SpeakerScreenTests {
    @Test func mergedSpeakersShowTheirOtherNames() throws {
        var state = analyzedState()
        state.press(keys("3"))
        let merged = try #require(state.index.speakers.first { !$0.aliases.isEmpty })
        #expect(state.screenText.contains(merged.name + " — also: " + merged.aliases[0]))
        // The seeds spell one spokeswoman two ways; the extractor links them.
        #expect(state.grid.lines.contains { $0.contains("Zakharova") && $0.contains("also:") && $0.contains("Sacharova") })
    }

    @Test func countsByStanceAndStatementsAcrossArticles() throws {
        var state = analyzedState(cols: 120, rows: 40)
        state.press(keys("3"))
        let row = try #require(state.index.speakerRows(.all).firstIndex { state.index.speakers[$0].name.contains("Zakharova") })
        state.press(Array(repeating: Key.char("j"), count: row))
        let speaker = state.index.speakers[state.index.speakerRows(.all)[row]]
        let counts = state.index.speakerCounts[state.index.speakerRows(.all)[row]]
        #expect(counts.claims + counts.denials + counts.neutral == speaker.statementIndices.count)
        let articles = Set(speaker.statementIndices.map { state.index.statementArticle[$0] })
        #expect(articles.count >= 2)
        #expect(state.screenText.contains("Statements by \(speaker.name) (\(speaker.statementIndices.count))"))
        state.press(.enter)
        #expect(state.speakersScreen?.focus == .statements)
        state.press(keys("j"))
        state.press(.enter)
        let reader = try #require(state.readerScreen)
        #expect(reader.statement == speaker.statementIndices[1])
    }
}

/// q/Esc return to exactly where you were.
@Suite struct ScreenStackTests {
    @Test func speakersThenClaimsThenArticleThenBackTwice() throws {
        var state = analyzedState()
        state.press(keys("3jj"))
        state.press(.tab, .char("j"))
        let speakers = try #require(state.speakersScreen)
        state.press(keys("2jjj"))
        state.press(.tab, .char("]"))
        let claims = try #require(state.propositionsScreen)
        state.press(.enter)
        #expect(state.screenKind == .reader)
        #expect(state.stack.count == 4)
        state.press(keys("q"))
        #expect(state.propositionsScreen == claims)
        state.press(.esc)
        #expect(state.speakersScreen == speakers)
        state.press(keys("q"))
        #expect(state.screenKind == .articles)
        #expect(state.press(keys("q")) == [.quit])
    }

    @Test func readerKeepsItsScrollAndStatementUnderHelp() throws {
        var state = analyzedState()
        state.press(.enter)
        state.press(keys("nnnjj"))
        let reader = try #require(state.readerScreen)
        state.press(keys("?"))
        state.press(keys("G"))
        state.press(keys("q"))
        #expect(state.readerScreen == reader)
    }

    @Test func twoAndThreeDoNotStackOnThemselves() {
        var state = analyzedState()
        state.press(keys("22"))
        #expect(state.stack.count == 2)
        state.press(keys("33"))
        #expect(state.stack.count == 3)
        state.press(keys("1"))
        #expect(state.stack.count == 1)
    }
}

/// `/` search and the `f` filter.
@Suite struct SearchAndFilterTests {
    @Test func typingJumpsToTheFirstMatchAndHighlightsIt() throws {
        var state = analyzedState()
        state.press(keys("/"))
        #expect(state.inputKind == .search)
        state.type("qatar")
        let selected = try #require(state.selectedArticle)
        let expected = seedArticles.firstIndex { ($0.title + $0.text).lowercased().contains("qatar") }
        #expect(selected == expected)
        #expect(state.grid.line(23).contains("/qatar"))
        state.press(.enter)
        #expect(state.inputKind == .articles)
        let grid = state.grid
        #expect(grid.cells.contains { $0.style == Theme.highlight })
    }

    @Test func nAndCapitalNMoveBetweenMatchingRows() throws {
        var state = analyzedState()
        state.press(keys("/"))
        state.type("talks")
        state.press(.enter)
        let matching = seedArticles.indices.filter { (seedArticles[$0].title + seedArticles[$0].text).lowercased().contains("talks") }
        #expect(matching.count >= 2)
        #expect(state.selectedArticle == matching[0])
        state.press(keys("n"))
        #expect(state.selectedArticle == matching[1])
        state.press(keys("N"))
        #expect(state.selectedArticle == matching[0])
        state.press(keys("N"))
        #expect(state.selectedArticle == matching.last)
    }

    @Test func escapeRestoresWhereTheSearchStarted() {
        var state = analyzedState()
        state.press(keys("jj/"))
        state.type("qat")
        state.press(.esc)
        #expect(state.selectedArticle == 2)
        #expect(!state.search.isActive)
        state.press(keys("/"))
        state.type("qx")
        state.press(.backspace)
        #expect(state.search.query == "q")
    }

    @Test func aQueryThatMatchesNothingSaysSo() {
        var state = analyzedState()
        state.press(keys("/"))
        state.type("zzqqxx")
        #expect(state.selectedArticle == 0)
        #expect(state.notice?.contains("No match") == true)
    }

    @Test func capitalNInTheReaderJumpsToTheNextMatchInTheText() throws {
        var state = analyzedState()
        state.press(.enter)
        state.press(keys("/"))
        state.type("kremlin")
        state.press(.enter)
        let first = try #require(state.readerTop)
        state.press(keys("N"))
        let second = try #require(state.readerTop)
        #expect(second >= first)
        #expect(state.screenText.lowercased().contains("kremlin"))
        // n stays on statements while a search is on.
        state.press(keys("n"))
        #expect(state.screenKind == .reader)
        #expect(state.readerScreen?.statement != nil)
    }

    @Test func searchFindsStatementsOnTheSpeakersAndClaimsScreens() {
        var state = analyzedState()
        state.press(keys("3/"))
        state.type("sacharova")
        let row = state.speakersScreen?.selected ?? -1
        #expect(state.index.speakers[state.index.speakerRows(.all)[row]].aliases.contains { $0.lowercased().contains("sacharova") }
            || state.index.speakers[state.index.speakerRows(.all)[row]].name.lowercased().contains("sacharova"))
        state.press(.enter, .char("2"), .char("/"))
        state.type("lavrov")
        let proposition = state.propositionsScreen.flatMap { selectedProposition($0, state) } ?? -1
        #expect(state.index.propositions[proposition].statementIndices.contains { state.index.statements[$0].speaker.contains("Lavrov") })
    }

    @Test func filterCyclesAndNarrowsEveryScreen() {
        var state = analyzedState()
        #expect(state.filter == .all)
        state.press(keys("f"))
        #expect(state.filter == .claims)
        #expect(state.grid.line(23).contains("[claims]"))
        state.press(keys("f"))
        #expect(state.filter == .denials)
        let rows = state.index.articleRows(.denials)
        #expect(rows.allSatisfy { state.index.counts[$0].denials > 0 })
        state.press(.enter)
        let reader = state.readerScreen
        state.press(.tab)
        let shown = state.index.statements(ofArticle: reader?.article ?? 0, .denials)
        #expect(shown.allSatisfy { state.index.statements[$0].stance == .denial })
        #expect(state.readerScreen?.statement == shown.first)
        state.press(keys("2"))
        #expect(state.screenText.contains("+ CLAIMS (0)"))
        state.press(keys("ff"))
        #expect(state.filter == .all)
    }
}

/// Mouse: a click selects, a second click opens, the wheel scrolls.
@Suite struct MouseTests {
    @Test func clicksSelectThenOpenOnEveryList() throws {
        var state = analyzedState()
        state.press(.mouse(MouseEvent(.press, x: 5, y: 4)))
        #expect(state.selectedArticle == 2)
        state.press(.mouse(MouseEvent(.press, x: 5, y: 4)))
        #expect(state.readerScreen?.article == 2)
        state.press(keys("q2"))
        let geometry = SplitGeometry(cols: 80, rows: 24)
        state.press(.mouse(MouseEvent(.press, x: 50, y: geometry.detailTop + 1)))
        #expect(state.propositionsScreen?.focus == .denials)
        state.press(.mouse(MouseEvent(.press, x: 50, y: geometry.detailTop + 1)))
        #expect(state.screenKind == .reader)
    }

    @Test func wheelScrollsTheFocusedPane() {
        var state = analyzedState()
        state.press(.enter)
        state.press(.mouse(MouseEvent(.wheelDown, x: 10, y: 5)))
        #expect(state.readerTop == Layout.wheelLines)
        state.press(.mouse(MouseEvent(.wheelUp, x: 10, y: 5)))
        #expect(state.readerTop == 0)
    }
}

/// Every binding of the table, on every screen it names, dispatches its action and leaves a
/// screen that renders cleanly.
@Suite struct EveryKeyTests {
    static let setups: [ScreenKind: [Key]] = [
        .articles: [], .reader: [.enter], .propositions: [.char("2")], .speakers: [.char("3")],
        .help: [.char("?")], .search: [.char("/")],
    ]

    @Test func everyBindingWorksWhereItSaysItDoes() throws {
        for binding in KeyMap.standard.bindings {
            for screen in ScreenKind.allCases where binding.applies(on: screen) {
                for key in binding.keys {
                    var state = analyzedState()
                    state.press(try #require(Self.setups[screen]))
                    #expect(state.inputKind == screen)
                    #expect(state.action(for: key) == binding.action, "\(key.label) on \(screen)")
                    let before = state.stack.count
                    let effect = state.send(key)
                    #expect(effect == (binding.action == .quit || (binding.action == .back && before == 1) ? .quit : .none))
                    let grid = state.grid
                    #expect(gridIsClean(grid))
                    #expect(grid.rows == 24)
                }
            }
        }
    }
}

/// Every screen at sizes from the smallest layout to a wide terminal: nothing overflows a row,
/// nothing unsafe reaches a cell, and resizing on the way keeps the stack intact.
@Suite struct ScreenSizeTests {
    @Test(arguments: [(20, 6), (27, 9), (40, 12), (61, 17), (200, 50)])
    func everyScreenFits(cols: Int, rows: Int) {
        for (name, keys) in BrowserSnapshotTests.screens {
            var state = analyzedState(cols: cols, rows: rows)
            state.press(keys)
            let grid = state.grid
            #expect(gridIsClean(grid), "\(name) at \(cols)x\(rows)")
            #expect(grid.lines.allSatisfy { DisplayWidth.of($0) <= cols }, "\(name) at \(cols)x\(rows)")
            let stack = state.stack.map(\.kind)
            state.press(.resize(cols: 80, rows: 24))
            #expect(state.stack.map(\.kind) == stack)
        }
    }
}

@Suite struct SourceColumnTests {
    static let articles = [
        Article(id: "a", title: "Ministry denies the reported talks in the capital", paragraphs: ["The ministry denied the report."],
                source: "The Daily Example Gazette of Record", date: "2024-08-18"),
        Article(id: "b", title: "Officials confirm a prisoner exchange", paragraphs: ["Officials confirmed the exchange."], source: "Wire"),
        Article(id: "c", title: "An article with neither", paragraphs: ["Nothing is said here."]),
    ]

    @Test func sourceAndDateShowWhenKnown() {
        for (cols, rows) in [(80, 24), (120, 40), (200, 50)] {
            let state = AppState(articles: Self.articles, cols: cols, rows: rows, analysis: CorpusAnalysis.analyze(Self.articles))
            let grid = state.grid
            #expect(grid.line(1).contains("Date · source"))
            #expect(grid.line(2).contains("2024-08-18 · Th"))
            #expect(grid.line(3).contains("Wire"))
            #expect(grid.lines.allSatisfy { DisplayWidth.of($0) <= cols })
            if cols >= 120 { #expect(grid.line(2).contains("2024-08-18 · The Daily")) }
        }
    }

    @Test func noColumnWhenNoArticleKnowsItsSource() {
        #expect(!analyzedState().grid.line(1).contains("Source"))
    }
}
