import Foundation
import Testing
@testable import GainsayCore

/// The benchmark reads the FNC-1 bodies with this CSV reader: multi-line quoted fields included.
@Suite struct BenchCorpusTests {
    @Test func csvRecordsWithQuotedLineBreaks() {
        let csv = "Body ID,articleBody\r\n0,\"First line\n\nsecond \"\"quoted\"\" line\"\n1,plain\n"
        let records = CSVRecords.parse(Array(csv.utf8))
        #expect(records.count == 3)
        #expect(records[1] == ["0", "First line\n\nsecond \"quoted\" line"])
        #expect(records[2] == ["1", "plain"])
    }

    @Test func fnc1BodiesLoadWhenPresent() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/corpora/fnc1-train-bodies.csv").path
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let records = CSVRecords.parse([UInt8](data))
        #expect(records.count > 1600)
        #expect(records.dropFirst().allSatisfy { $0.count == 2 })
    }
}
