import GainsayCore
import GainsaySeeds
import GainsayUI

/// The five seed articles, loaded once.
let seedArticles: [Article] = CorpusLoader.load(files: SeedCorpus.namedBytes).articles

/// A state on the seeds at `cols` x `rows`.
func seedState(cols: Int = 80, rows: Int = 24) -> AppState {
    AppState(articles: seedArticles, cols: cols, rows: rows)
}

/// Keys from a string of printable characters: `keys("jjk")`.
func keys(_ text: String) -> [Key] {
    text.map { Key.char($0) }
}

extension AppState {
    /// Sends each key in turn; returns the effects.
    @discardableResult
    mutating func press(_ keys: [Key]) -> [Effect] {
        keys.map { send($0) }
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        press(keys)
    }

    /// The current screen drawn at the state's own size.
    var grid: Grid { render(self, cols: cols, rows: rows) }

    /// The whole screen as one string, rows joined by newlines.
    var screenText: String { grid.lines.joined(separator: "\n") }

    /// The selected row of the article list, when the list is on top.
    var selectedArticle: Int? {
        if case .articles(let list) = screen { return list.selected }
        return nil
    }

    /// The reader's top line, when the reader is on top.
    var readerTop: Int? {
        if case .reader(let reader) = screen { return reader.top }
        return nil
    }
}

/// An article built from paragraphs, for layout tests.
func article(_ id: String, title: String, _ paragraphs: [String]) -> Article {
    Article(id: id, title: title, paragraphs: paragraphs)
}

/// True when no cell of `grid` holds a control character.
func gridIsClean(_ grid: Grid) -> Bool {
    grid.cells.allSatisfy { cell in
        cell.text.unicodeScalars.allSatisfy { !TextSanitizer.isControl($0) && $0 != "\u{1B}" }
    }
}

/// The seeds' extraction, run once.
let seedAnalysis: CorpusAnalysis = CorpusAnalysis.analyze(seedArticles)

/// A state on the seeds with their statements, propositions and speakers.
func analyzedState(cols: Int = 80, rows: Int = 24) -> AppState {
    AppState(articles: seedArticles, cols: cols, rows: rows, analysis: seedAnalysis)
}

extension AppState {
    var readerScreen: ReaderScreen? {
        if case .reader(let reader) = screen { return reader }
        return nil
    }
    var propositionsScreen: PropositionsScreen? {
        if case .propositions(let value) = screen { return value }
        return nil
    }
    var speakersScreen: SpeakersScreen? {
        if case .speakers(let value) = screen { return value }
        return nil
    }
    /// Typed characters, as keys.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] { press(keys(text)) }
}
