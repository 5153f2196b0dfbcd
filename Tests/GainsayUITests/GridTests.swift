import Testing
@testable import GainsayUI

@Suite struct GridTests {
    @Test func asciiTextLandsInCells() {
        var grid = Grid(cols: 10, rows: 2)
        let used = grid.write("hello", x: 2, y: 1, style: .normal)
        #expect(used == 5)
        #expect(grid.lines == ["          ", "  hello   "])
    }

    @Test func truncatesWithEllipsis() {
        var grid = Grid(cols: 10, rows: 1)
        let used = grid.write("abcdefghijklmnop", x: 0, y: 0, maxWidth: 6, style: .normal)
        #expect(used == 6)
        #expect(grid.line(0) == "abcde…    ")
    }

    @Test func textThatFitsExactlyIsNotTruncated() {
        var grid = Grid(cols: 5, rows: 1)
        grid.write("abcde", x: 0, y: 0, style: .normal)
        #expect(grid.line(0) == "abcde")
    }

    @Test func wideGlyphTakesTwoCellsWithContinuation() {
        var grid = Grid(cols: 6, rows: 1)
        let used = grid.write("日本", x: 1, y: 0, style: .normal)
        #expect(used == 4)
        #expect(grid[1, 0].text == "日" && grid[1, 0].width == 2)
        #expect(grid[2, 0].isContinuation)
        #expect(grid[3, 0].text == "本" && grid[4, 0].isContinuation)
        #expect(grid.line(0) == " 日本 ")
    }

    @Test func wideGlyphAtTheRightEdgeBecomesASpace() {
        var grid = Grid(cols: 5, rows: 1)
        grid.write("abcd", x: 0, y: 0, style: .normal)
        grid.write("日", x: 4, y: 0, maxWidth: 1, style: .normal)
        // Only one column left: the wide glyph cannot fit, so it is truncated to the ellipsis.
        #expect(grid.line(0) == "abcd…")
        var edge = Grid(cols: 5, rows: 1)
        edge.write("abc日", x: 0, y: 0, maxWidth: 5, style: .normal)
        #expect(edge.line(0) == "abc日")
        var crossing = Grid(cols: 4, rows: 1)
        // "ab日" is 4 columns wide and fits; one column less and it is truncated.
        crossing.write("ab日", x: 1, y: 0, style: .normal)
        #expect(crossing.line(0) == " ab…")
        #expect(!crossing.cells.contains { $0.width == 2 })
    }

    @Test func clippedWideGlyphCrossingTheEdgeBecomesASpace() {
        var grid = Grid(cols: 4, rows: 1)
        grid.fill(y: 0, style: Theme.statusBar)
        let used = grid.write("ab日", x: 1, y: 0, style: .normal, ellipsis: false)
        #expect(used == 3)
        #expect(grid.line(0) == " ab ")
        #expect(grid[3, 0].width == 1 && grid[3, 0].style == .normal)
    }

    @Test func emojiIsTwoColumnsWide() {
        var grid = Grid(cols: 6, rows: 1)
        let used = grid.write("a😀b", x: 0, y: 0, style: .normal)
        #expect(used == 4)
        #expect(grid[1, 0].width == 2 && grid[2, 0].isContinuation)
        #expect(grid[3, 0].text == "b")
    }

    @Test func combiningMarksJoinTheirBase() {
        var grid = Grid(cols: 6, rows: 1)
        let used = grid.write("e\u{301}te\u{301}", x: 0, y: 0, style: .normal)
        #expect(used == 3)
        #expect(grid[0, 0].text == "e\u{301}")
        #expect(grid[1, 0].text == "t")
        #expect(grid[2, 0].text == "e\u{301}")
        #expect(grid[3, 0].text == " ")
    }

    @Test func combiningMarksAreCappedPerCell() {
        var grid = Grid(cols: 3, rows: 1)
        grid.write("a" + String(repeating: "\u{301}", count: 9), x: 0, y: 0, style: .normal)
        #expect(grid[0, 0].text.unicodeScalars.count == 1 + Cell.maxCombiningMarks)
    }

    @Test func controlCharactersNeverEnterCells() {
        var grid = Grid(cols: 40, rows: 1)
        grid.write("a\u{1B}[31mred\u{07}\u{9B}b\tc\r\n\u{0}d", x: 0, y: 0, style: .normal)
        #expect(gridIsClean(grid))
        #expect(grid.line(0).hasPrefix("a\u{FFFD}[31mred\u{FFFD}\u{FFFD}b c  \u{FFFD}d"))
    }

    @Test func formatCharactersAreDropped() {
        var grid = Grid(cols: 10, rows: 1)
        let used = grid.write("a\u{200B}b\u{202E}c\u{FE0F}", x: 0, y: 0, style: .normal)
        #expect(used == 3)
        #expect(grid.line(0).hasPrefix("abc "))
    }

    @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var grid = Grid(cols: 6, rows: 1)
        grid.write("日本語", x: 0, y: 0, style: .normal)
        grid.write("x", x: 1, y: 0, style: .normal)
        #expect(grid.line(0) == " x本語")
        grid.write("y", x: 2, y: 0, style: .normal)
        #expect(grid.line(0) == " xy 語")
        #expect(!grid.cells.enumerated().contains { index, cell in
            cell.isContinuation && (index == 0 || grid.cells[index - 1].width != 2)
        })
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var grid = Grid(cols: 4, rows: 2)
        #expect(grid.write("abc", x: 4, y: 0, style: .normal) == 0)
        #expect(grid.write("abc", x: 0, y: 2, style: .normal) == 0)
        #expect(grid.write("abc", x: -1, y: 0, style: .normal) == 0)
        #expect(grid.lines == ["    ", "    "])
    }

    @Test func fillSetsStyleAcrossTheRow() {
        var grid = Grid(cols: 4, rows: 1)
        grid.fill(y: 0, style: Theme.statusBar)
        #expect(grid.cells.allSatisfy { $0.style == Theme.statusBar && $0.text == " " })
    }
}

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("\u{301}", 0), ("日", 2), ("한", 2), ("ｱ", 1), ("Ａ", 2),
        ("😀", 2), ("\u{200B}", 0), ("\u{1B}", 0), ("…", 1), ("—", 1), ("\u{1F1FA}", 1),
    ])
    func scalarWidths(text: String, width: Int) throws {
        let scalar = try #require(text.unicodeScalars.first)
        #expect(DisplayWidth.of(scalar) == width)
    }

    @Test func stringWidthSumsGlyphs() {
        #expect(DisplayWidth.of("Zakharova") == 9)
        #expect(DisplayWidth.of("日本語 text") == 11)
        #expect(DisplayWidth.of("Cafe\u{301}") == 4)
        #expect(DisplayWidth.of("👍👍") == 4)
    }
}
