import Foundation
import Testing
@testable import GainsayCore
import GainsaySeeds

/// Random and mutated text must never crash or hang the extractor.
@Suite struct ExtractionFuzzTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    static let pieces: [String] = [
        "\"", "“", "”", "‘", "’", "'", "«", "»", ".", ",", "?", "!", ":", ";", "(", ")", " ", "\n", "\n\n", "\u{1B}[31m",
        "\u{0}", "\u{7}", "\t", "\r", "said", "told", "according to", "citing", "denied", "he", "she", "the publication",
        "Mr.", "U.S.", "Dr", "Москва", "заявил", "北京", "说", "مسؤول", "😀", "e\u{301}", "-", "—", "…", "al-", "The", "X",
        "reported by", "as", "that", "no", "not", "declined to comment", "Jane Roe", ",\"", "?\"", "''", "``",
    ]

    func run(_ text: String) -> [Statement] {
        let article = Article(id: "fuzz", title: "F", paragraphs: text.components(separatedBy: "\n\n"))
        let statements = CorpusAnalysis.analyze([article], jobs: 1).statements
        let scalars = Array(article.text.unicodeScalars)
        for s in statements {
            #expect(s.start >= 0 && s.start <= s.end && s.end <= scalars.count)
        }
        // Whatever the article holds, the export is clean.
        let exported = StatementExport.jsonLines(statements)
        #expect(!exported.unicodeScalars.contains { TextSanitizer.isControl($0) && $0 != "\n" })
        return statements
    }

    @Test func edgeCases() {
        #expect(run("").isEmpty)
        _ = run("\"")
        _ = run("\"\"\"\"\"\"\"\"")
        _ = run("“ ” “ ” said said said")
        _ = run("said")
        _ = run(", said .")
        _ = run("According to")
        _ = run("according to according to according to ,")
        _ = run("\"Unbalanced quote said the man.")
        _ = run("He said. She said. It said. They said.")
        _ = run("\u{1B}]0;title\u{7} \u{0}\u{1}\u{2} Jane Roe said that \u{1B}[2J it was over.")
        _ = run("Москва заявила. 北京说. Jane Roe said that 北京 denied it.")
    }

    /// Every cue word at the edges of short texts, where a rule that looks past it finds the
    /// text's end: "The paper reported" with nothing after it once crashed a rule that reads
    /// two tokens on.
    @Test func everyCueWordAtTheTextsEdges() {
        let extras = ["quoted", "quotes", "according", "according to", "citing", "per", "threw more cold", "knocked down", "by saying", "as saying", "while denying"]
        for word in Lexicon.reportingVerbWords.sorted() + extras {
            for shape in ["\(word)", "The paper \(word)", "The paper \(word) the", "\"It is over,\" \(word)", "Jane Roe, the director of the agency \(word)",
                          "\(word) that", "A - b - \(word)", "ABC \(word) Jane Roe, a spokesman,", "Media reports \(word)", "He was \(word)"] {
                _ = run(shape)
                _ = run(shape + ".")
            }
        }
    }

    @Test func randomAndMutatedText() {
        var rng = Generator(state: 42)
        let seeds = SeedCorpus.files.map { String(decoding: $0.bytes, as: UTF8.self) }
        let start = Date()
        for round in 0..<300 {
            var text: String
            if round % 2 == 0 {
                text = (0..<Int.random(in: 1...200, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng) ?? "" }.joined(separator: Bool.random(using: &rng) ? " " : "")
            } else {
                // A seed article cut and spliced at random scalar positions.
                let seed = Array((seeds.randomElement(using: &rng) ?? "").unicodeScalars)
                let a = Int.random(in: 0...seed.count, using: &rng), b = Int.random(in: 0...seed.count, using: &rng)
                var scalars = Array(seed[min(a, b)..<max(a, b)])
                for _ in 0..<10 where !scalars.isEmpty {
                    let at = Int.random(in: 0..<scalars.count, using: &rng)
                    scalars.insert(contentsOf: (Self.pieces.randomElement(using: &rng) ?? "").unicodeScalars, at: at)
                }
                text = String(String.UnicodeScalarView(scalars))
            }
            _ = run(text)
        }
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func hugeParagraphWithoutPunctuationIsBounded() {
        // 5 MB, one paragraph, no punctuation; cue words now and then, as in real prose. The work
        // must grow linearly: ten times the text may take at most 30 times as long as the 500 kB
        // run (quadratic work would take 100 times), whatever else the machine is doing; the
        // absolute ceiling only catches a hang. Speed itself is `gainsay bench extract`'s job.
        let phrase = "the minister said alpha beta gamma delta epsilon zeta eta theta iota kappa alpha beta gamma delta epsilon zeta eta theta iota kappa alpha beta gamma delta epsilon zeta eta theta iota kappa alpha beta gamma delta epsilon zeta eta theta iota kappa alpha beta gamma delta epsilon zeta eta theta iota kappa alpha beta gamma delta epsilon zeta eta theta iota kappa alpha beta gamma delta epsilon zeta eta theta iota kappa alpha beta gamma delta epsilon zeta eta theta iota kappa alpha beta gamma delta epsilon zeta eta theta iota kappa according to the agency "
        let small = String(repeating: phrase, count: 500_000 / phrase.utf8.count + 1)
        let text = String(repeating: phrase, count: 5_000_000 / phrase.utf8.count + 1)
        #expect(text.utf8.count >= 5_000_000)
        var start = Date()
        _ = run(small)
        let smallSeconds = Date().timeIntervalSince(start)
        start = Date()
        _ = run(text)
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < max(30 * smallSeconds, 1.0), "5 MB took \(seconds) s, 500 kB took \(smallSeconds) s")
        #expect(seconds < 180)
    }

    @Test func onlyQuotesAndControlCharacters() {
        let start = Date()
        _ = run(String(repeating: "\"“”«»'", count: 20_000))
        _ = run(String(repeating: "\u{1}\u{2}\u{1B}[0m\u{7F}", count: 20_000))
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
