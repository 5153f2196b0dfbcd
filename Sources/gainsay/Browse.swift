import ArgumentParser
import GainsayCore
import GainsaySeeds

/// `gainsay [browse] [PATH ...]`: opens the browser (the seeds when no path is given).
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the browser on articles (default: the embedded seeds).")

    @Argument(help: "Files or folders of articles. None: the embedded seed articles.")
    var paths: [String] = []

    func run() throws {
        let corpus = paths.isEmpty
            ? CorpusLoader.load(files: SeedCorpus.files.map { ($0.name, $0.bytes) })
            : try CorpusLoader.load(paths: paths)
        for article in corpus.articles { print(article.id, article.title, article.paragraphs.count) }
    }
}
