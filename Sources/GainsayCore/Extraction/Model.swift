import Foundation

/// Where a speaker stands on what they say: asserting it, rejecting it, or neither.
public enum Stance: String, Sendable, Codable, CaseIterable { case claim, denial, neutral }

/// One attributed statement: who said what, through which outlets, with which cue and stance.
public struct Statement: Sendable, Hashable {
    /// The article's id.
    public var article: String
    /// The whole sentence that holds the statement, as it stands in the article.
    public var sentence: String
    /// Who made it, as named in the article (pronouns and back-references resolved).
    public var speaker: String
    /// One id per real-world speaker across the corpus (exported as `speaker_id`).
    public var speakerID: String
    /// Outlets or channels that carried the statement to the article, outermost first.
    public var via: [String]
    /// The verb or phrase that marks the attribution.
    public var cue: String
    public var stance: Stance
    /// What was said: the quotation or the reported clause.
    public var content: String
    /// The id of the proposition the statement is about, when it is grouped with one.
    public var proposition: String?
    /// The sentence's offsets in `Article.text`, in Unicode scalars.
    public var start: Int
    public var end: Int
    /// How sure the extractor is, 0...1.
    public var confidence: Double

    public init(article: String, sentence: String, speaker: String, speakerID: String, via: [String],
                cue: String, stance: Stance, content: String, proposition: String? = nil,
                start: Int, end: Int, confidence: Double) {
        self.article = article; self.sentence = sentence; self.speaker = speaker
        self.speakerID = speakerID; self.via = via; self.cue = cue; self.stance = stance
        self.content = content; self.proposition = proposition; self.start = start; self.end = end
        self.confidence = confidence
    }
}

/// One contested or reported state of affairs and the statements, across articles, about it.
public struct Proposition: Sendable, Hashable, Identifiable {
    public var id: String
    /// A short label from the most distinctive terms, like "talks · Qatar · energy infrastructure".
    public var label: String
    /// Indices into `CorpusAnalysis.statements`.
    public var statementIndices: [Int]
    public var claims: Int
    public var denials: Int
    public var neutrals: Int
    /// Distinct articles.
    public var sources: Int

    public init(id: String, label: String, statementIndices: [Int], claims: Int, denials: Int, neutrals: Int, sources: Int) {
        self.id = id; self.label = label; self.statementIndices = statementIndices
        self.claims = claims; self.denials = denials; self.neutrals = neutrals; self.sources = sources
    }
}

/// One real-world speaker and every statement made by them.
public struct Speaker: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// Other spellings and forms found in the corpus.
    public var aliases: [String]
    public var statementIndices: [Int]

    public init(id: String, name: String, aliases: [String], statementIndices: [Int]) {
        self.id = id; self.name = name; self.aliases = aliases; self.statementIndices = statementIndices
    }
}

/// Everything extracted from a corpus: statements, the propositions they group into, the speakers.
public struct CorpusAnalysis: Sendable {
    /// In article order, then by offset.
    public var statements: [Statement]
    /// Most statements first.
    public var propositions: [Proposition]
    public var speakers: [Speaker]

    public init(statements: [Statement], propositions: [Proposition], speakers: [Speaker]) {
        self.statements = statements; self.propositions = propositions; self.speakers = speakers
    }

    /// The number of cores, the default for `jobs`.
    public static var allCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Extracts the statements of every article (in parallel over `jobs` workers), then links
    /// speakers and groups propositions across the corpus. The result does not depend on `jobs`.
    public static func analyze(_ articles: [Article], jobs: Int = CorpusAnalysis.allCores) -> CorpusAnalysis {
        let perArticle = ParallelMap.map(articles, jobs: jobs) { ArticleExtractor.extract($0) }
        return CorpusLinker.link(perArticle)
    }

    /// The statements of one article on their own: speakers linked and propositions grouped
    /// within the article only. What streaming and the benchmark use, so memory stays bounded by
    /// the largest article whatever the corpus size.
    public static func statements(in article: Article) -> [Statement] {
        CorpusLinker.link([ArticleExtractor.extract(article)]).statements
    }

    /// The statements of one article with speaker ids but no propositions: extraction alone,
    /// what the benchmark measures.
    public static func extractedStatements(in article: Article) -> [Statement] {
        let extracted = ArticleExtractor.extract(article)
        let ids = SpeakerLinker.assignIDs(extracted)
        return zip(extracted, ids).map { e, id in
            var s = e.statement
            s.speakerID = id
            return s
        }
    }

    /// Extracts articles `jobs` at a time and hands each article's statements to `emit` in input
    /// order, holding at most a window of articles' results at once.
    public static func stream(_ articles: [Article], jobs: Int = CorpusAnalysis.allCores, emit: ([Statement]) -> Void) {
        let window = max(1, jobs) * 4
        var start = 0
        while start < articles.count {
            let end = min(articles.count, start + window)
            for statements in ParallelMap.map(Array(articles[start..<end]), jobs: jobs, { CorpusAnalysis.statements(in: $0) }) {
                emit(statements)
            }
            start = end
        }
    }

    /// Indices of the statements of one article, in offset order.
    public func statementIndices(inArticle id: String) -> [Int] {
        statements.indices.filter { statements[$0].article == id }
    }

    /// The statements of one article, in offset order.
    public func statements(inArticle id: String) -> [Statement] {
        statements.filter { $0.article == id }
    }

    /// Statement counts per article id.
    public var countsPerArticle: [String: Int] {
        var counts: [String: Int] = [:]
        for statement in statements { counts[statement.article, default: 0] += 1 }
        return counts
    }

    /// The proposition with `id`, if any.
    public func proposition(id: String) -> Proposition? { propositions.first { $0.id == id } }

    /// The speaker with `id`, if any.
    public func speaker(id: String) -> Speaker? { speakers.first { $0.id == id } }
}
