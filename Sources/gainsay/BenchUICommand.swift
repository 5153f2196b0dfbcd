import ArgumentParser
import Foundation
import GainsayCore
import GainsaySeeds
import GainsayUI

/// `gainsay bench ui`: update + render per key on a large corpus (the seeds, analysed once and
/// replicated), over a fixed key script; prints p50/p99/max per kind of key and overall.
struct BenchUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Measure the browser: update + render per key on a replicated corpus (budget: p99 <= 2 ms).")

    @Option(help: "Articles in the corpus (copies of the seed articles).")
    var articles: Int = 10_000

    @Option(help: "Terminal size as COLSxROWS.")
    var size: String = "200x50"

    @Option(help: "Times to run the key script (the first run warms up and is not counted).")
    var rounds: Int = 5

    func run() throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0 else { throw ValidationError("--size takes COLSxROWS, like 200x50") }
        let seeds = CorpusLoader.load(files: SeedCorpus.namedBytes).articles
        let analysis = CorpusAnalysis.analyze(seeds)
        let corpus = ReplicatedCorpus.make(articles: seeds, analysis: analysis, count: max(1, articles))
        let buildStart = Date()
        let base = AppState(articles: corpus.articles, cols: parts[0], rows: parts[1], analysis: corpus.analysis)
        let buildSeconds = Date().timeIntervalSince(buildStart)
        print("corpus: \(corpus.articles.count) articles, \(corpus.analysis.statements.count) statements, \(base.index.propositions.count) propositions, \(base.index.speakers.count) speakers; index built in \(String(format: "%.2f", buildSeconds)) s")
        var byName: [String: [Double]] = [:]
        var order: [String] = []
        var all: [Double] = []
        for round in 0..<max(2, rounds) {
            var state = base
            let timings = KeyBenchmark.run(&state)
            guard round > 0 else { continue }
            for (name, ms) in timings {
                if byName[name] == nil { order.append(name) }
                byName[name, default: []].append(ms)
                all.append(ms)
            }
        }
        func line(_ name: String, _ values: [Double]) -> String {
            name.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: " %6d keys  p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms", values.count,
                   KeyBenchmark.percentile(values, 0.5), KeyBenchmark.percentile(values, 0.99), values.max() ?? 0)
        }
        for name in order { print(line(name, byName[name] ?? [])) }
        print(line("ALL KEYS", all))
        let p99 = KeyBenchmark.percentile(all, 0.99)
        print(p99 <= 2 ? "within budget: p99 \(String(format: "%.3f", p99)) ms <= 2 ms" : "OVER BUDGET: p99 \(String(format: "%.3f", p99)) ms > 2 ms")
    }
}
