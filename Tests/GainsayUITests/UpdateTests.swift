import Testing
import GainsayCore
@testable import GainsayUI

@Suite struct NavigationTests {
    @Test func jAndKMoveTheSelectionWithinBounds() {
        var state = seedState()
        state.press(keys("jj"))
        #expect(state.selectedArticle == 2)
        state.press(keys("k"))
        #expect(state.selectedArticle == 1)
        state.press(keys("kkkk"))
        #expect(state.selectedArticle == 0)
        state.press(keys("jjjjjjjjjj"))
        #expect(state.selectedArticle == seedArticles.count - 1)
    }

    @Test func arrowsHomeAndEndMoveToo() {
        var state = seedState()
        state.press(.down, .down, .up)
        #expect(state.selectedArticle == 1)
        state.press(.end)
        #expect(state.selectedArticle == 4)
        state.press(.home)
        #expect(state.selectedArticle == 0)
        state.press(keys("G"))
        #expect(state.selectedArticle == 4)
        state.press(keys("g"))
        #expect(state.selectedArticle == 0)
    }

    @Test func enterOpensTheSelectedArticle() {
        var state = seedState()
        state.press(keys("j"))
        state.press(.enter)
        guard case .reader(let reader) = state.screen else {
            Issue.record("expected the reader, got \(state.screenKind)")
            return
        }
        #expect(reader.article == 1)
        #expect(state.grid.line(0).contains(String(seedArticles[1].title.prefix(20))))
    }

    @Test func qGoesBackAndQuitsFromHome() {
        var state = seedState()
        state.press(.enter)
        #expect(state.press(keys("?")) == [.none])
        #expect(state.screenKind == .help)
        #expect(state.press(keys("q")) == [.none])
        #expect(state.screenKind == .reader)
        #expect(state.press(keys("q")) == [.none])
        #expect(state.screenKind == .articles)
        #expect(state.press(keys("q")) == [.quit])
    }

    @Test func escapeGoesBackButNeverQuits() {
        var state = seedState()
        state.press(.enter)
        #expect(state.press(.esc) == [.none])
        #expect(state.screenKind == .articles)
        #expect(state.press(.esc) == [.none])
        #expect(state.screenKind == .articles)
    }

    @Test func capitalQQuitsFromEveryScreen() {
        var state = seedState()
        #expect(state.send(.char("Q")) == .quit)
        state.press(.enter)
        #expect(state.send(.char("Q")) == .quit)
        state.press(keys("?"))
        #expect(state.send(.char("Q")) == .quit)
    }

    @Test func oneReturnsHomeKeepingTheSelection() {
        var state = seedState()
        state.press(keys("jj"))
        state.press(.enter)
        state.press(keys("?"))
        state.press(keys("1"))
        #expect(state.stack.count == 1)
        #expect(state.selectedArticle == 2)
    }

    @Test func questionMarkTogglesHelp() {
        var state = seedState()
        state.press(keys("?"))
        #expect(state.screenKind == .help)
        state.press(keys("?"))
        #expect(state.screenKind == .articles)
    }

    @Test func readerScrollsAndClamps() {
        var state = seedState(cols: 80, rows: 24)
        state.press(.enter)
        state.press(keys("jjj"))
        #expect(state.readerTop == 3)
        state.press(keys("kkkkk"))
        #expect(state.readerTop == 0)
        state.press(keys("G"))
        guard case .reader(let reader) = state.screen else { return }
        let maxTop = reader.lines.count - PagerGeometry(cols: 80, rows: 24).bodyHeight
        #expect(reader.top == maxTop)
        state.press(keys("j"))
        #expect(state.readerTop == maxTop)
    }

    @Test func pagingMovesByAScreenLessOneLine() {
        var state = seedState(cols: 80, rows: 24)
        state.press(.enter)
        let page = PagerGeometry(cols: 80, rows: 24).bodyHeight - 1
        state.press(.pageDown)
        #expect(state.readerTop == page)
        state.press(.ctrl("u"))
        #expect(state.readerTop == 0)
        state.press(.ctrl("d"))
        #expect(state.readerTop == page)
        state.press(.pageUp)
        #expect(state.readerTop == 0)
    }

    @Test func listScrollsToKeepTheSelectionVisible() {
        let many = (0..<100).map { article("a\($0)", title: "Article number \($0)", ["Body \($0)."]) }
        var state = AppState(articles: many, cols: 80, rows: 24)
        state.press(.pageDown)
        state.press(.pageDown)
        let text = state.screenText
        #expect(text.contains("› Article number \(state.selectedArticle ?? -1) "))
        state.press(.end)
        #expect(state.screenText.contains("› Article number 99 "))
        #expect(state.grid.line(23).contains("100/100"))
        state.press(.home)
        #expect(state.screenText.contains("› Article number 0 "))
    }

    @Test func mouseClickSelectsAndASecondClickOpens() {
        var state = seedState()
        let geometry = ListGeometry(cols: 80, rows: 24)
        state.press(.mouse(MouseEvent(.press, x: 10, y: geometry.bodyTop + 3)))
        #expect(state.selectedArticle == 3)
        state.press(.mouse(MouseEvent(.press, x: 10, y: geometry.bodyTop + 3)))
        #expect(state.screenKind == .reader)
        state.press(.mouse(MouseEvent(.wheelDown, x: 0, y: 5)))
        #expect(state.readerTop == Layout.wheelLines)
    }

    @Test func clicksOutsideTheRowsDoNothing() {
        var state = seedState()
        state.press(.mouse(MouseEvent(.press, x: 10, y: 0)))
        state.press(.mouse(MouseEvent(.press, x: 10, y: 20)))
        #expect(state.selectedArticle == 0)
        #expect(state.screenKind == .articles)
    }

    @Test func emptyCorpusIsSafe() {
        var state = AppState(articles: [], cols: 80, rows: 24)
        state.press(keys("jjkG"))
        state.press(.enter)
        #expect(state.screenKind == .articles)
        #expect(state.screenText.contains("No articles."))
    }
}

@Suite struct ResizeTests {
    @Test func resizeRewrapsTheReaderKeepingItsPlace() throws {
        var state = seedState(cols: 120, rows: 40)
        state.press(.enter)
        state.press(keys("jjjjjjjjjj"))
        guard case .reader(let before) = state.screen else { throw ReaderMissing() }
        let anchor = before.lines[before.top].start
        state.press(.resize(cols: 50, rows: 14))
        guard case .reader(let after) = state.screen else { throw ReaderMissing() }
        #expect(after.width == PagerGeometry(cols: 50, rows: 14).textWidth)
        #expect(after.lines.allSatisfy { DisplayWidth.of($0.text) <= after.width })
        // The text that was at the top is still on the first visible line.
        let line = after.lines[after.top]
        #expect(line.start <= anchor)
        if after.lines.indices.contains(after.top + 1), after.lines[after.top + 1].start >= 0 {
            #expect(after.lines[after.top + 1].start > anchor)
        }
    }

    @Test func resizeDownAndBackGivesTheSameScreen() {
        var state = seedState(cols: 80, rows: 24)
        state.press(.enter)
        let original = state.screenText
        state.press(.resize(cols: 50, rows: 14))
        #expect(state.grid.cols == 50)
        state.press(.resize(cols: 80, rows: 24))
        #expect(state.screenText == original)
    }

    @Test func resizeClampsTheListSelectionIntoView() {
        let many = (0..<60).map { article("a\($0)", title: "Row \($0)", ["Body."]) }
        var state = AppState(articles: many, cols: 80, rows: 40)
        state.press(keys("G"))
        state.press(.resize(cols: 30, rows: 8))
        #expect(state.screenText.contains("› Row 59"))
    }

    @Test func eachScreenRendersAtEverySize() {
        var state = seedState()
        let screens: [[Key]] = [[], [.enter], [.enter, .char("?")]]
        for path in screens {
            state = seedState()
            state.press(path)
            for (cols, rows) in [(1, 1), (5, 3), (19, 6), (20, 5), (20, 6), (33, 9), (80, 24), (200, 50)] {
                state.press(.resize(cols: cols, rows: rows))
                let grid = state.grid
                #expect(grid.cols == cols && grid.rows == rows)
                #expect(gridIsClean(grid))
                #expect(grid.lines.allSatisfy { DisplayWidth.of($0) == cols })
            }
        }
    }
}

struct ReaderMissing: Error {}
