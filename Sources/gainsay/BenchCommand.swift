import ArgumentParser
import Foundation
import GainsayCore

/// `gainsay bench extract`: extraction throughput on a corpus built from the FNC-1 bodies.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Benchmarks.", subcommands: [BenchExtract.self, BenchUI.self])
}

struct BenchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Measure statement extraction: MB/s and statements/s on one job and on all cores, and peak memory.")

    @Option(help: "Corpus size in MB (the FNC-1 bodies repeated).")
    var sizeMb: Int = 100

    @Option(help: "Worker threads for the parallel run (default: all cores).")
    var jobs: Int = CorpusAnalysis.allCores

    @Option(help: "The FNC-1 bodies CSV.")
    var corpus: String = "../shared/corpora/fnc1-train-bodies.csv"

    func run() throws {
        guard let data = FileManager.default.contents(atPath: corpus) else {
            throw ValidationError("cannot read the FNC-1 bodies at \(corpus); pass --corpus PATH")
        }
        let records = CSVRecords.parse([UInt8](data)).dropFirst()
        let bodies = records.compactMap { $0.count >= 2 ? $0[1] : nil }.filter { !$0.isEmpty }
        guard !bodies.isEmpty else { throw ValidationError("no article bodies in \(corpus)") }
        let target = max(1, sizeMb) * 1_000_000
        // The corpus is the bodies repeated; articles are made one at a time so memory stays
        // bounded by the largest article, as when streaming JSON Lines out.
        var plan: [Int] = []
        var total = 0
        while total < target {
            let index = plan.count % bodies.count
            plan.append(index)
            total += bodies[index].utf8.count
        }
        // Paragraphs are split once, outside the timed runs: loading is not extraction.
        let paragraphs = bodies.map { body in body.utf8.split(separator: 10).map { String(decoding: $0, as: UTF8.self) } }
        print("corpus: \(plan.count) articles, \(String(format: "%.1f", Double(total) / 1e6)) MB from \(bodies.count) FNC-1 bodies")
        for (label, linked) in [("extraction", false), ("extraction + per-article propositions (--stream)", true)] {
            for workers in [1, max(1, jobs)] {
                let start = Date()
                let statements = run(plan: plan, paragraphs: paragraphs, jobs: workers, linked: linked)
                let seconds = Date().timeIntervalSince(start)
                print(String(format: "%@, jobs %d: %.2f s, %.1f MB/s, %.0f statements/s (%d statements)",
                             label, workers, seconds, Double(total) / 1e6 / seconds, Double(statements) / seconds, statements))
            }
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "peak memory: %.1f MB", Double(usage.ru_maxrss) / 1024))
    }

    /// Extracts every planned article, `jobs` at a time, and returns the statement count.
    private func run(plan: [Int], paragraphs: [[String]], jobs: Int, linked: Bool) -> Int {
        let counter = StatementCounter()
        let next = BenchCursor()
        let work: @Sendable (Int) -> Void = { _ in
            while let i = next.take(limit: plan.count) {
                let article = Article(id: "fnc1-\(plan[i])", title: "", paragraphs: paragraphs[plan[i]])
                counter.add(linked ? CorpusAnalysis.statements(in: article).count : CorpusAnalysis.extractedStatements(in: article).count)
            }
        }
        if jobs <= 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: jobs, execute: work) }
        return counter.value
    }
}

final class StatementCounter: @unchecked Sendable {
    private var total = 0
    private let lock = NSLock()
    func add(_ n: Int) { lock.lock(); total += n; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return total }
}

final class BenchCursor: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()
    func take(limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < limit else { return nil }
        next += 1
        return next - 1
    }
}
