import Testing
import GainsayCore
@testable import GainsayUI

/// Every screen on the seeds, with their statements, at 80x24 and 120x40.
@Suite struct BrowserSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    /// The key presses that bring each screen up, from the home screen.
    static let screens: [(name: String, keys: [Key])] = [
        ("articles", []),
        ("articles-filter-denials", keys("ff")),
        ("articles-search", keys("/qatar") + [.enter]),
        ("reader-statements", [.enter, .char("n"), .char("n")]),
        ("reader-pane", [.enter, .tab, .char("j")]),
        ("claims", keys("2")),
        ("claims-columns", keys("2") + [.tab, .char("j")]),
        ("claims-next-source", keys("2") + [.tab, .char("]")]),
        ("claims-denials-focus", keys("2") + [.tab, .tab, .char("j")]),
        ("speakers", keys("3") + [.char("j")]),
        ("speakers-statements", keys("3") + [.char("j"), .tab, .char("j")]),
        ("help", keys("?")),
    ]

    @Test(arguments: BrowserSnapshotTests.screens.map(\.name))
    func screen(_ name: String) throws {
        let keys = try #require(Self.screens.first { $0.name == name }?.keys)
        for (cols, rows) in Self.sizes {
            var state = analyzedState(cols: cols, rows: rows)
            state.press(keys)
            assertSnapshot(state.grid, named: "\(name)-\(cols)x\(rows)")
        }
    }
}
