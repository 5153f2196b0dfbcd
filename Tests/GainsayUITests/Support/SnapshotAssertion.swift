import Foundation
import Testing
import GainsayUI

/// Compares a grid with a text snapshot stored in `__Snapshots__/NAME.txt` beside the tests.
///
/// Each row is stored between `|` marks, so trailing spaces survive editors and the width of
/// each row is visible. With `GAINSAY_RECORD_SNAPSHOTS=1` the snapshot is (re)written instead;
/// without it a missing snapshot fails.
func assertSnapshot(
    _ grid: Grid,
    named name: String,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent(name + ".txt")
    let actual = snapshotText(grid)
    if ProcessInfo.processInfo.environment["GAINSAY_RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
        } catch {
            Issue.record("could not record snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
        Issue.record("missing snapshot \(file.path); run with GAINSAY_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
        Issue.record("snapshot \(name) differs.\n--- expected\n\(expected)--- actual\n\(actual)", sourceLocation: sourceLocation)
    }
}

/// The grid as snapshot text: one `|row|` per line, with the size in a header line.
func snapshotText(_ grid: Grid) -> String {
    var text = "\(grid.cols)x\(grid.rows)\n"
    for line in grid.lines { text += "|" + line + "|\n" }
    return text
}
