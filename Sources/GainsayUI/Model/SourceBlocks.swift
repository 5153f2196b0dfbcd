/// One source (article) of a proposition in the claims-vs-denials view: its claims on the left
/// and its denials on the right, side by side on the same rows.
public struct SourceBlock: Sendable, Hashable {
    public var article: Int
    public var claims: [Int]
    public var denials: [Int]
    /// Entry rows the block takes: its longer column.
    public var slots: Int { max(claims.count, denials.count) }
}

/// The two columns of a proposition, grouped by source, and where each entry lands.
public struct ColumnLayout: Sendable, Hashable {
    public var blocks: [SourceBlock]
    /// Flattened columns, in block order: the entries `j`/`k` move through.
    public var claims: [Int]
    public var denials: [Int]
    /// For each flattened entry, its block.
    public var claimBlock: [Int]
    public var denialBlock: [Int]
    /// First line of each block (its header) in the scrolling detail area.
    public var blockLine: [Int]
    public var lineCount: Int
    public let entryHeight: Int

    init(blocks: [SourceBlock], entryHeight: Int) {
        self.blocks = blocks
        self.entryHeight = entryHeight
        var claims: [Int] = [], denials: [Int] = [], claimBlock: [Int] = [], denialBlock: [Int] = [], blockLine: [Int] = []
        var line = 0
        for (index, block) in blocks.enumerated() {
            blockLine.append(line)
            line += 1 + block.slots * entryHeight
            claims += block.claims
            denials += block.denials
            claimBlock += Array(repeating: index, count: block.claims.count)
            denialBlock += Array(repeating: index, count: block.denials.count)
        }
        self.claims = claims; self.denials = denials
        self.claimBlock = claimBlock; self.denialBlock = denialBlock
        self.blockLine = blockLine
        lineCount = line
    }

    /// The first line of entry `entry` of a column (`claims` true for the left one).
    public func line(of entry: Int, claims isClaims: Bool) -> Int {
        let blockOf = isClaims ? claimBlock : denialBlock
        guard blockOf.indices.contains(entry) else { return 0 }
        let block = blockOf[entry]
        let first = blockOf.firstIndex(of: block) ?? entry
        return blockLine[block] + 1 + (entry - first) * entryHeight
    }
}

extension BrowseIndex {
    /// Lines an entry takes in the claims-vs-denials columns: speaker, then content.
    public static let entryHeight = 3

    /// The proposition's statements that `filter` shows, grouped by source article.
    public func layout(ofProposition position: Int, _ filter: StanceFilter) -> ColumnLayout {
        let (claims, denials) = columns(ofProposition: position, filter)
        var blocks: [SourceBlock] = []
        var at: [Int: Int] = [:]
        // Both lists are in article order; merge them by article.
        for index in (claims + denials).sorted(by: { statementArticle[$0] != statementArticle[$1] ? statementArticle[$0] < statementArticle[$1] : statements[$0].start < statements[$1].start }) {
            let article = statementArticle[index]
            let block: Int
            if let existing = at[article] { block = existing } else {
                block = blocks.count
                at[article] = block
                blocks.append(SourceBlock(article: article, claims: [], denials: []))
            }
            if statements[index].stance == .claim { blocks[block].claims.append(index) } else { blocks[block].denials.append(index) }
        }
        return ColumnLayout(blocks: blocks, entryHeight: BrowseIndex.entryHeight)
    }
}
