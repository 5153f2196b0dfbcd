import GainsayCore

/// Everything the screens look up, computed once after load so that no key press scans the
/// corpus: statements per article, entries per proposition, speakers by size, the rows each
/// stance filter leaves, and folded text for search.
public struct BrowseIndex: Sendable {
    public let statements: [Statement]
    /// Most statements first.
    public let propositions: [Proposition]
    /// Most statements first, then by name.
    public let speakers: [Speaker]
    /// Statement indices of each article (by article position), in offset order.
    public let articleStatements: [[Int]]
    /// The article position of each statement (-1 when its article is not loaded).
    public let statementArticle: [Int]
    /// The position in `propositions` of each statement's proposition, or -1.
    public let statementProposition: [Int]
    /// Statement counts of each article.
    public let counts: [StanceCounts]
    /// True when some article has a source or a date (the list then shows a column for them).
    public let hasSources: Bool
    /// The largest claims + denials of any article: the full length of the list's bars.
    public let maxCount: Int
    /// Claims, denials and neutral statements of each proposition, in article order.
    public let propositionClaims: [[Int]]
    public let propositionDenials: [[Int]]
    /// Per filter (by raw value): the rows each list shows, as positions in its array.
    let articleRowsByFilter: [[Int]]
    let propositionRowsByFilter: [[Int]]
    let speakerRowsByFilter: [[Int]]
    /// Folded search text: an article's text first (so byte offsets map to text offsets), then
    /// its title and speakers; a proposition's label, speakers and contents; a speaker's names.
    let articleHaystacks: [[UInt8]]
    /// Bytes of each article haystack that hold the article text.
    let articleTextBytes: [Int]
    let propositionHaystacks: [[UInt8]]
    let speakerHaystacks: [[UInt8]]
    let articleSketches: BigramSketches
    let propositionSketches: BigramSketches
    let speakerSketches: BigramSketches
    /// Statement counts of each speaker (by position in `speakers`).
    public let speakerCounts: [StanceCounts]

    /// An index with no statements: the list still browses, counts show as unknown.
    public static func empty(articles: [Article]) -> BrowseIndex {
        BrowseIndex(articles: articles, analysis: CorpusAnalysis(statements: [], propositions: [], speakers: []))
    }

    public init(articles: [Article], analysis: CorpusAnalysis) {
        let statements = analysis.statements
        self.statements = statements
        propositions = analysis.propositions.enumerated().sorted { a, b in
            a.element.statementIndices.count != b.element.statementIndices.count
                ? a.element.statementIndices.count > b.element.statementIndices.count : a.offset < b.offset
        }.map(\.element)
        speakers = analysis.speakers.enumerated().sorted { a, b in
            a.element.statementIndices.count != b.element.statementIndices.count
                ? a.element.statementIndices.count > b.element.statementIndices.count : a.offset < b.offset
        }.map(\.element)

        var articlePosition: [String: Int] = [:]
        for (position, article) in articles.enumerated() where articlePosition[article.id] == nil {
            articlePosition[article.id] = position
        }
        var perArticle = Array(repeating: [Int](), count: articles.count)
        var statementArticle = Array(repeating: -1, count: statements.count)
        var counts = Array(repeating: StanceCounts(claims: 0, denials: 0), count: articles.count)
        for (index, statement) in statements.enumerated() {
            guard let position = articlePosition[statement.article] else { continue }
            perArticle[position].append(index)
            statementArticle[index] = position
            switch statement.stance {
            case .claim: counts[position].claims += 1
            case .denial: counts[position].denials += 1
            case .neutral: counts[position].neutral += 1
            }
        }
        for position in perArticle.indices {
            perArticle[position].sort { statements[$0].start < statements[$1].start }
        }
        articleStatements = perArticle
        self.statementArticle = statementArticle
        self.counts = counts
        maxCount = counts.map { $0.claims + $0.denials }.max() ?? 0
        hasSources = articles.contains { $0.source != nil || $0.date != nil }

        var statementProposition = Array(repeating: -1, count: statements.count)
        var claims: [[Int]] = []
        var denials: [[Int]] = []
        for (position, proposition) in propositions.enumerated() {
            let ordered = proposition.statementIndices.filter { statements.indices.contains($0) }.sorted { a, b in
                statementArticle[a] != statementArticle[b] ? statementArticle[a] < statementArticle[b] : statements[a].start < statements[b].start
            }
            for index in ordered { statementProposition[index] = position }
            claims.append(ordered.filter { statements[$0].stance == .claim })
            denials.append(ordered.filter { statements[$0].stance == .denial })
        }
        self.statementProposition = statementProposition
        propositionClaims = claims
        propositionDenials = denials

        func rows(_ count: Int, _ indices: (Int) -> [Int]) -> [[Int]] {
            StanceFilter.allCases.map { filter in
                filter == .all ? Array(0..<count) : (0..<count).filter { row in
                    indices(row).contains { statements.indices.contains($0) && filter.admits(statements[$0].stance) }
                }
            }
        }
        articleRowsByFilter = rows(articles.count) { perArticle[$0] }
        let propositions = self.propositions, speakers = self.speakers
        propositionRowsByFilter = rows(propositions.count) { propositions[$0].statementIndices }
        speakerRowsByFilter = rows(speakers.count) { speakers[$0].statementIndices }

        var haystacks: [[UInt8]] = []
        var textBytes: [Int] = []
        haystacks.reserveCapacity(articles.count)
        for (position, article) in articles.enumerated() {
            var hay = SearchText.folded(article.text)
            textBytes.append(hay.count)
            hay.append(10)
            hay.append(contentsOf: SearchText.folded(article.title))
            for index in perArticle[position] {
                hay.append(10)
                hay.append(contentsOf: SearchText.folded(statements[index].speaker))
            }
            haystacks.append(hay)
        }
        articleHaystacks = haystacks
        articleTextBytes = textBytes
        propositionHaystacks = propositions.map { proposition in
            var parts = [proposition.label]
            for index in proposition.statementIndices where statements.indices.contains(index) {
                parts.append(statements[index].speaker)
                parts.append(statements[index].content)
            }
            return SearchText.folded(parts.joined(separator: "\n"))
        }
        speakerHaystacks = speakers.map { SearchText.folded(([$0.name] + $0.aliases).joined(separator: "\n")) }
        articleSketches = BigramSketches(articleHaystacks)
        propositionSketches = BigramSketches(propositionHaystacks)
        speakerSketches = BigramSketches(speakerHaystacks)
        speakerCounts = speakers.map { speaker in
            var counts = StanceCounts(claims: 0, denials: 0)
            for index in speaker.statementIndices where statements.indices.contains(index) {
                switch statements[index].stance {
                case .claim: counts.claims += 1
                case .denial: counts.denials += 1
                case .neutral: counts.neutral += 1
                }
            }
            return counts
        }
    }

    /// The rows of each list under `filter`.
    public func articleRows(_ filter: StanceFilter) -> [Int] { articleRowsByFilter[filter.rawValue] }
    public func propositionRows(_ filter: StanceFilter) -> [Int] { propositionRowsByFilter[filter.rawValue] }
    public func speakerRows(_ filter: StanceFilter) -> [Int] { speakerRowsByFilter[filter.rawValue] }

    /// The statements of an article that `filter` shows.
    public func statements(ofArticle position: Int, _ filter: StanceFilter) -> [Int] {
        guard articleStatements.indices.contains(position) else { return [] }
        let all = articleStatements[position]
        return filter == .all ? all : all.filter { filter.admits(statements[$0].stance) }
    }

    /// The statements of a speaker that `filter` shows.
    public func statements(ofSpeaker position: Int, _ filter: StanceFilter) -> [Int] {
        guard speakers.indices.contains(position) else { return [] }
        let all = speakers[position].statementIndices
        return filter == .all ? all : all.filter { filter.admits(statements[$0].stance) }
    }

    /// The claims and the denials of a proposition that `filter` shows.
    public func columns(ofProposition position: Int, _ filter: StanceFilter) -> (claims: [Int], denials: [Int]) {
        guard propositions.indices.contains(position) else { return ([], []) }
        return (filter.admits(.claim) ? propositionClaims[position] : [],
                filter.admits(.denial) ? propositionDenials[position] : [])
    }

    /// Search hits on list rows; `pairs` is `BigramSketches.query(needle)`, computed once per scan.
    func articleMatches(_ needle: [UInt8], _ pairs: [Int], _ position: Int) -> Bool {
        articleHaystacks.indices.contains(position) && articleSketches.mayContain(row: position, pairs)
            && SearchText.contains(needle, in: articleHaystacks[position])
    }
    func propositionMatches(_ needle: [UInt8], _ pairs: [Int], _ position: Int) -> Bool {
        propositionHaystacks.indices.contains(position) && propositionSketches.mayContain(row: position, pairs)
            && SearchText.contains(needle, in: propositionHaystacks[position])
    }
    func speakerMatches(_ needle: [UInt8], _ pairs: [Int], _ position: Int) -> Bool {
        speakerHaystacks.indices.contains(position) && speakerSketches.mayContain(row: position, pairs)
            && SearchText.contains(needle, in: speakerHaystacks[position])
    }

    /// The text offset (in scalars) of the first match in article `position` at or after
    /// `fromScalar` (searching backward from it when `backward`), or nil.
    func textMatch(_ needle: [UInt8], inArticle position: Int, fromScalar: Int, backward: Bool = false) -> Int? {
        guard articleHaystacks.indices.contains(position), !needle.isEmpty else { return nil }
        let hay = articleHaystacks[position]
        let limit = articleTextBytes[position]
        let from = SearchText.byteOffset(ofScalar: max(0, fromScalar), in: hay)
        if backward {
            var at = 0
            var best: Int? = nil
            while let hit = SearchText.find(needle, in: hay, from: at), hit + needle.count <= limit, hit < from {
                best = hit
                at = hit + 1
            }
            return best.map { SearchText.scalarOffset(ofByte: $0, in: hay) }
        }
        guard let hit = SearchText.find(needle, in: hay, from: from), hit + needle.count <= limit else { return nil }
        return SearchText.scalarOffset(ofByte: hit, in: hay)
    }

    /// Where a statement's speaker is from: "Maria Zakharova (via Reuters)".
    public func speakerLine(_ index: Int) -> String {
        guard statements.indices.contains(index) else { return "" }
        let statement = statements[index]
        return statement.via.isEmpty ? statement.speaker : "\(statement.speaker) (via \(statement.via.joined(separator: ", ")))"
    }
}
