import Foundation
import Testing
@testable import GainsayCore
import GainsaySeeds

/// Scores the extractor with the shared scorer on the seeds and on the FNC-1 gold, and fails when
/// quality drops below the targets (seeds) or below the level reached so far (FNC-1, a floor
/// a little under what the extractor reached when the test was written).
@Suite(.serialized) struct ExtractionQualityTests {
    /// The repository root, from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static let scorer = shared.appendingPathComponent("tools/score-statements")

    /// Runs the scorer and returns its summary line as numbers.
    static func score(gold: URL, statements: [Statement]) throws -> [String: Double] {
        let predicted = FileManager.default.temporaryDirectory.appendingPathComponent("gainsay-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: predicted) }
        try StatementExport.jsonLines(statements).write(to: predicted, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer.path, gold.path, predicted.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let summary = output.split(separator: "\n").last.map(String.init) ?? ""
        var values: [String: Double] = [:]
        for pair in summary.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
        }
        return values
    }

    static func expectAtLeast(_ values: [String: Double], _ floors: [String: Double], _ what: String) {
        for (metric, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let value = values[metric] ?? 0
            #expect(value >= floor, "\(what): \(metric) = \(value), below \(floor)")
        }
    }

    @Test func seedsReachTheTargets() throws {
        try #require(FileManager.default.fileExists(atPath: Self.scorer.path), "scorer not found at \(Self.scorer.path)")
        let articles = CorpusLoader.load(files: SeedCorpus.namedBytes).articles
        let analysis = CorpusAnalysis.analyze(articles)
        let values = try Self.score(gold: Self.shared.appendingPathComponent("gold/seeds.jsonl"), statements: analysis.statements)
        Self.expectAtLeast(values, [
            "statement_f1": 0.95, "speaker_accuracy": 0.95, "stance_accuracy": 0.95, "denial_f1": 0.95,
            "via_accuracy": 0.9, "pair_recall": 0.9, "group_precision": 0.9, "linking_f1": 0.9,
        ], "seeds")
    }

    @Test func fnc1GoldStaysAboveItsFloor() throws {
        try #require(FileManager.default.fileExists(atPath: Self.scorer.path), "scorer not found at \(Self.scorer.path)")
        let gold = Self.repository.appendingPathComponent("Tests/GainsayCoreTests/Gold")
        let corpus = try CorpusLoader.load(paths: [gold.appendingPathComponent("articles").path])
        #expect(corpus.articles.count >= 12)
        let analysis = CorpusAnalysis.analyze(corpus.articles)
        let values = try Self.score(gold: gold.appendingPathComponent("fnc1.jsonl"), statements: analysis.statements)
        // Reached when last raised: f1 0.956, speaker 0.978, stance 0.976, denial 0.938, via 0.778, linking 0.905,
        // group precision 0.907.
        Self.expectAtLeast(values, [
            "statement_f1": 0.93, "speaker_accuracy": 0.96, "stance_accuracy": 0.95, "denial_f1": 0.91,
            "via_accuracy": 0.75, "linking_f1": 0.88, "group_precision": 0.88,
        ], "FNC-1 gold")
    }

    /// Scores one gold folder (`articles/` beside `gold.jsonl`) under `Gold/`.
    static func scoreFolder(_ name: String) throws -> [String: Double] {
        let folder = repository.appendingPathComponent("Tests/GainsayCoreTests/Gold").appendingPathComponent(name)
        let corpus = try CorpusLoader.load(paths: [folder.appendingPathComponent("articles").path])
        #expect(corpus.articles.count >= 4)
        return try score(gold: folder.appendingPathComponent("gold.jsonl"), statements: CorpusAnalysis.analyze(corpus.articles).statements)
    }

    /// The held-out sets that were tuned on (failure classes, never sentences), with floors a
    /// little under what the extractor reached. heldout/ and heldout2/ were tuned on in the
    /// session that wrote them; heldout4/ to heldout6/ were each measured blind, then tuned on.
    /// heldout3/ is kept blind and has no floor here.
    static let heldOutFloors: [(folder: String, reached: String, floors: [String: Double])] = [
        ("heldout", "f1 0.98, speaker 0.966, stance 0.986, denial 0.985, via 0.921",
         ["statement_f1": 0.95, "speaker_accuracy": 0.94, "stance_accuracy": 0.96, "denial_f1": 0.95, "via_accuracy": 0.88]),
        ("heldout2", "f1 0.968, speaker 0.964, stance 0.954, denial 0.905, via 0.909",
         ["statement_f1": 0.92, "speaker_accuracy": 0.93, "stance_accuracy": 0.93, "denial_f1": 0.87, "via_accuracy": 0.85]),
        ("heldout4", "f1 0.926, speaker 0.824, stance 0.978, denial 0.917, via 0.732",
         ["statement_f1": 0.89, "speaker_accuracy": 0.79, "stance_accuracy": 0.95, "denial_f1": 0.90, "via_accuracy": 0.70]),
        ("heldout5", "f1 0.938, speaker 0.873, stance 0.93, denial 0.792, via 0.737",
         ["statement_f1": 0.90, "speaker_accuracy": 0.84, "stance_accuracy": 0.90, "denial_f1": 0.75, "via_accuracy": 0.70]),
        ("heldout6", "f1 0.849, speaker 0.904, stance 0.946, denial 0.839, via 0.5",
         ["statement_f1": 0.81, "speaker_accuracy": 0.87, "stance_accuracy": 0.91, "denial_f1": 0.80, "via_accuracy": 0.47]),
    ]

    @Test(arguments: heldOutFloors.map(\.folder))
    func heldOutSetStaysAboveItsFloor(folder: String) throws {
        try #require(FileManager.default.fileExists(atPath: Self.scorer.path), "scorer not found at \(Self.scorer.path)")
        let entry = try #require(Self.heldOutFloors.first { $0.folder == folder })
        Self.expectAtLeast(try Self.scoreFolder(folder), entry.floors, "\(folder) (reached: \(entry.reached))")
    }

    /// The invented tuning set (sport, aviation, politics, business).
    @Test func inventedSetStaysAboveItsFloor() throws {
        try #require(FileManager.default.fileExists(atPath: Self.scorer.path), "scorer not found at \(Self.scorer.path)")
        // Reached: f1 0.993, speaker 0.995, stance 0.92, denial 0.833, via 0.971 (210 statements).
        Self.expectAtLeast(try Self.scoreFolder("invented"), [
            "statement_f1": 0.97, "speaker_accuracy": 0.97, "stance_accuracy": 0.91, "denial_f1": 0.83, "via_accuracy": 0.94,
        ], "invented")
    }

    @Test func outputDoesNotDependOnJobs() throws {
        var articles = CorpusLoader.load(files: SeedCorpus.namedBytes).articles
        let gold = Self.repository.appendingPathComponent("Tests/GainsayCoreTests/Gold/articles")
        if let corpus = try? CorpusLoader.load(paths: [gold.path]) { articles += corpus.articles }
        let one = StatementExport.jsonLines(CorpusAnalysis.analyze(articles, jobs: 1).statements)
        let four = StatementExport.jsonLines(CorpusAnalysis.analyze(articles, jobs: 4).statements)
        #expect(!one.isEmpty)
        #expect(one == four)
    }
}

@Suite struct StreamingTests {
    @Test func streamKeepsArticleOrderWhateverTheJobs() {
        let articles = CorpusLoader.load(files: SeedCorpus.namedBytes).articles
        var one: [String] = [], four: [String] = []
        CorpusAnalysis.stream(articles, jobs: 1) { one.append(StatementExport.jsonLines($0)) }
        CorpusAnalysis.stream(articles, jobs: 4) { four.append(StatementExport.jsonLines($0)) }
        #expect(one.count == articles.count)
        #expect(one == four)
        // Per-article results carry clean ids, not internal keys.
        let statements = CorpusAnalysis.statements(in: articles[0])
        #expect(!statements.isEmpty)
        #expect(statements.allSatisfy { !$0.speakerID.contains(":") && $0.proposition != nil })
    }
}
