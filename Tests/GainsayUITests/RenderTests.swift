import Foundation
import Testing
import GainsayCore
@testable import GainsayUI

@Suite struct SnapshotTests {
    @Test func articleListAt80x24() {
        assertSnapshot(seedState(cols: 80, rows: 24).grid, named: "list-80x24")
    }

    @Test func articleListAt120x40() {
        assertSnapshot(seedState(cols: 120, rows: 40).grid, named: "list-120x40")
    }

    @Test func articleListWithCountsAndSelection() {
        var state = seedState(cols: 80, rows: 24)
        state.stanceCounts = [seedArticles[0].id: StanceCounts(claims: 3, denials: 5), seedArticles[2].id: StanceCounts(claims: 12, denials: 0)]
        state.press(keys("jj"))
        assertSnapshot(state.grid, named: "list-counts-80x24")
    }

    @Test func readerAt80x24() {
        var state = seedState(cols: 80, rows: 24)
        state.press(.enter)
        assertSnapshot(state.grid, named: "reader-80x24")
    }

    @Test func readerScrolledAt120x40() {
        var state = seedState(cols: 120, rows: 40)
        state.press(.enter)
        state.press(.pageDown)
        assertSnapshot(state.grid, named: "reader-paged-120x40")
    }

    @Test func helpAt80x24() {
        var state = seedState(cols: 80, rows: 24)
        state.press(keys("?"))
        assertSnapshot(state.grid, named: "help-80x24")
    }

    @Test func listAt20x6() {
        assertSnapshot(seedState(cols: 20, rows: 6).grid, named: "list-20x6")
    }

    @Test func readerAt20x6() {
        var state = seedState(cols: 20, rows: 6)
        state.press(.enter)
        assertSnapshot(state.grid, named: "reader-20x6")
    }

    @Test func tooSmall() {
        assertSnapshot(seedState(cols: 19, rows: 5).grid, named: "too-small-19x5")
    }

    @Test func readerAfterResizeTo50x14() {
        var state = seedState(cols: 80, rows: 24)
        state.press(.enter)
        state.press(.resize(cols: 50, rows: 14))
        assertSnapshot(state.grid, named: "reader-resized-50x14")
    }

    @Test func wideAndCombiningText() {
        let articles = [
            article("cjk", title: "日本語の見出し：交渉は決裂した", ["東京で記者会見が開かれ、外務省の報道官は報道を否定した。" + String(repeating: "交渉", count: 30)]),
            article("emoji", title: "Emoji 😀 in 🇺🇦 a title 👍 here", ["Paragraph with 😀 emoji."]),
            article("marks", title: "Cafe\u{301} re\u{301}sume\u{301} nai\u{308}ve", ["Combining marks: Zoe\u{308} and Jose\u{301}."]),
        ]
        var state = AppState(articles: articles, cols: 60, rows: 12)
        assertSnapshot(state.grid, named: "wide-list-60x12")
        state.press(.enter)
        assertSnapshot(state.grid, named: "wide-reader-60x12")
    }
}

@Suite struct RenderTests {
    @Test func listShowsEverySeedTitleAndNoChrome() {
        let text = seedState().screenText
        for article in seedArticles {
            #expect(text.contains(String(article.title.prefix(30))))
        }
        #expect(!text.contains("Skip to content"))
    }

    @Test func listShowsParagraphCountsAndUnknownStance() {
        let grid = seedState().grid
        let row = grid.line(2)
        #expect(row.contains(" \(seedArticles[0].paragraphs.count) "))
        #expect(row.contains(" \(Layout.unknownCount) "))
        #expect(grid.line(1).contains("Claims/Denials"))
    }

    @Test func stanceCountsShowWhenKnown() {
        var state = seedState()
        state.stanceCounts[seedArticles[1].id] = StanceCounts(claims: 4, denials: 2)
        #expect(state.grid.line(3).contains("4/2"))
    }

    @Test func readerShowsTheFirstSentence() {
        var state = seedState()
        state.press(.enter)
        #expect(state.screenText.contains("Russia categorically denied"))
    }

    @Test func readerStatusShowsThePosition() {
        var state = seedState(cols: 80, rows: 24)
        state.press(.enter)
        guard case .reader(let reader) = state.screen else { return }
        let height = PagerGeometry(cols: 80, rows: 24).bodyHeight
        #expect(state.grid.line(23).hasSuffix("\(height * 100 / reader.lines.count)% "))
        state.press(keys("G"))
        #expect(state.grid.line(23).hasSuffix("100% "))
    }

    @Test func shortArticleSaysAll() {
        var state = AppState(articles: [article("s", title: "Short", ["One line."])], cols: 80, rows: 24)
        state.press(.enter)
        #expect(state.grid.line(23).hasSuffix("All "))
    }

    @Test func readerLinesFitTheWidth() {
        for cols in [20, 41, 80, 200] {
            var state = seedState(cols: cols, rows: 30)
            state.press(.enter)
            guard case .reader(let reader) = state.screen else { continue }
            let width = PagerGeometry(cols: cols, rows: 30).textWidth
            #expect(reader.width == width)
            #expect(reader.lines.allSatisfy { DisplayWidth.of($0.text) <= width })
        }
    }

    @Test func everySeedParagraphIsInTheReaderText() {
        for index in seedArticles.indices {
            var state = seedState(cols: 80, rows: 24)
            state.press(Array(repeating: Key.char("j"), count: index))
            state.press(.enter)
            guard case .reader(let reader) = state.screen else { continue }
            let joined = reader.lines.filter { $0.start >= 0 }.map(\.text).joined(separator: " ")
            let words = seedArticles[index].paragraphs.joined(separator: " ").split(separator: " ").joined(separator: " ")
            #expect(joined.split(separator: " ").joined(separator: " ") == words)
        }
    }

    @Test func tooSmallSaysSo() {
        for (cols, rows) in [(19, 24), (80, 5), (10, 3)] {
            let text = seedState(cols: cols, rows: rows).screenText
            #expect(text.contains("small"), "\(cols)x\(rows)")
            #expect(!text.contains("Secret"))
        }
    }

    @Test func twentyBySixIsAUsableLayout() {
        var state = seedState(cols: 20, rows: 6)
        let grid = state.grid
        #expect(grid.line(0).contains("Gainsay"))
        #expect(grid.line(1).hasPrefix("› Secret"))
        #expect(grid.line(5).contains("1/5"))
        state.press(keys("jjjj"))
        #expect(state.grid.line(4).hasPrefix("› Russia and"))
    }

    @Test func escapeSequencesInArticlesNeverReachTheGrid() {
        // Built directly, bypassing the loader's clean-up: the grid must still refuse them.
        let hostile = article("x", title: "Title\u{1B}]2;pwned\u{07} \u{1B}[2J", [
            "Text \u{1B}[31mred\u{1B}[0m and \u{9B}1;1H and \u{0}\u{8}\u{7F} and a\ttab\rreturn.",
            "Bidi \u{202E}reversed\u{202C} and zero\u{200B}width.",
        ])
        var state = AppState(articles: [hostile], cols: 60, rows: 12)
        #expect(gridIsClean(state.grid))
        state.press(.enter)
        #expect(gridIsClean(state.grid))
        #expect(!state.grid.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x202E } })
        state.press(keys("?"))
        #expect(gridIsClean(state.grid))
    }

    @Test func wideGlyphsAlignColumns() {
        let articles = [
            article("a", title: "日本語の見出しがとても長いのでここで切られるはずです日本語", ["x"]),
            article("b", title: "Plain title", ["x", "y"]),
        ]
        let grid = AppState(articles: articles, cols: 60, rows: 10).grid
        // The paragraph counts line up in the same column whatever the title's script.
        let first = grid.lines[2], second = grid.lines[3]
        #expect(DisplayWidth.of(first) == 60 && DisplayWidth.of(second) == 60)
        #expect(grid[60 - Layout.stanceColumnWidth - 2, 2].text == "1")
        #expect(grid[60 - Layout.stanceColumnWidth - 2, 3].text == "2")
        #expect(first.contains("…"))
    }

    @Test func selectionIsVisibleWithoutColour() {
        let grid = seedState().grid
        #expect(grid[0, 2].text == "›")
        #expect(grid[5, 2].style.reverse)
        #expect(!grid[5, 3].style.reverse)
    }

    @Test func renderIsPure() {
        var state = seedState()
        state.press(.enter)
        #expect(render(state, cols: 80, rows: 24) == render(state, cols: 80, rows: 24))
    }

    @Test func noticeShowsInTheStatusLine() {
        let state = AppState(articles: seedArticles, cols: 80, rows: 24, notice: "2 files skipped")
        #expect(state.grid.line(23).contains("2 files skipped"))
    }
}

@Suite struct HelpScreenTests {
    @Test func keysAreBoldAndTextIsNot() {
        var state = seedState()
        state.press(keys("?"))
        let grid = state.grid
        let row = try? #require(grid.lines.firstIndex { $0.contains("Quit from anywhere") })
        guard let row else { return }
        let margin = PagerGeometry(cols: 80, rows: 24).margin
        #expect(grid[margin, row].text == "Q" && grid[margin, row].style.bold)
        let textColumn = margin + HelpLines.keyColumnWidth(.standard)
        #expect(grid[textColumn, row].text == "Q" && !grid[textColumn, row].style.bold)
    }

    @Test func helpScrollsWhenTheTerminalIsShort() {
        var state = seedState(cols: 40, rows: 6)
        state.press(keys("?"))
        let first = state.screenText
        state.press(keys("G"))
        #expect(state.screenText != first)
        let last = HelpLines.build(state.keyMap, width: PagerGeometry(cols: 40, rows: 6).textWidth).last?.text ?? ""
        #expect(state.screenText.contains(last.trimmingCharacters(in: .whitespaces)))
        state.press(keys("g"))
        #expect(state.screenText == first)
    }
}

@Suite struct TooSmallTests {
    @Test(arguments: [(8, 2), (12, 1), (19, 5), (40, 3), (3, 3)])
    func aMessageThatFits(cols: Int, rows: Int) {
        let grid = seedState(cols: cols, rows: rows).grid
        let text = grid.lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text.lowercased().contains("small") || text.contains("…") || cols < 5, "\(cols)x\(rows): \(grid.lines)")
        #expect(!text.contains("Gainsay"))
    }

    @Test func theFullMessageNamesBothSizes() {
        let text = seedState(cols: 40, rows: 5).screenText
        #expect(text.contains("40x5"))
        #expect(text.contains("20x6"))
    }
}
