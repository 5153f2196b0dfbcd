import Foundation

/// Groups statements into propositions.
///
/// Two signals: a denial that only points back ("denied the report", "dismissed the information
/// as rumors", "no one canceled anything") joins the statement it answers in the same article;
/// otherwise statements join when their content terms (stemmed, generic words removed, weighted
/// by rarity across the corpus) are close enough. Merging compares whole groups, so a chain of
/// loosely related statements does not snowball into one proposition.
enum PropositionGrouper {
    /// Similarity at which neighbouring statements of one article join.
    static let adjacentThreshold = 0.3
    /// Similarity at which any two statements join.
    static let similarThreshold = 0.38
    /// Similarity two groups' centroids need to merge through one of their pairs.
    static let groupThreshold = 0.2

    static func group(_ statements: inout [Statement]) -> [Proposition] {
        let n = statements.count
        guard n > 0 else { return [] }
        let analysed = statements.map { Terms.analyse($0.content) }
        let termLists = analysed.map(\.terms)
        // Inverse document frequency over statements.
        var df: [UInt64: Int] = [:]
        for terms in termLists { for key in Set(terms.map(\.key)) { df[key, default: 0] += 1 } }
        func idf(_ t: UInt64) -> Double { log(Double(n + 1) / Double((df[t] ?? 0) + 1)) + 0.5 }
        var vectors: [[UInt64: Double]] = termLists.map { terms in
            var v: [UInt64: Double] = [:]
            for term in terms { v[term.key, default: 0] += idf(term.key) * (term.isName ? 1.5 : 1) }
            return v
        }
        for i in vectors.indices { vectors[i] = normalised(vectors[i]) }

        var sets = DisjointSets(n)
        // 1. Inside an article, a statement joins the one before it when it points back at it
        //    ("denied the report"), answers it (a denial right after a claim it shares terms
        //    with), continues the same speaker's line, or says much the same thing.
        for i in 1..<max(1, n) where statements[i].article == statements[i - 1].article {
            let a = statements[i], b = statements[i - 1]
            let sim = dot(vectors[i], vectors[i - 1])
            if Terms.pointsBack(a, termCount: termLists[i].count, leading: analysed[i].leading) {
                var best = i - 1, bestSim = 0.0
                var j = i - 1
                while j >= 0 && i - j <= 5 && statements[j].article == a.article {
                    let s = dot(vectors[i], vectors[j])
                    if s > bestSim { best = j; bestSim = s }
                    j -= 1
                }
                sets.union(i, best)
                continue
            }
            let sameSpeaker = a.speakerID == b.speakerID && (a.stance == .denial) == (b.stance == .denial)
            let bothDenials = a.stance == .denial && b.stance == .denial && (a.speakerID == b.speakerID || sim > 0)
            let answers = a.stance == .denial && b.stance == .claim && sim > 0
            if sim >= adjacentThreshold || (sameSpeaker && sim > 0) || bothDenials || answers { sets.union(i, i - 1) }
        }
        // 2. Across the corpus, statements that say much the same thing join their groups.
        var postings: [UInt64: [Int]] = [:]
        for (i, v) in vectors.enumerated() { for term in v.keys { postings[term, default: []].append(i) } }
        var seen = Set<Int>()
        // A statement with fewer than two distinctive terms says too little to join anything by
        // similarity; it joins through back-references only.
        let substantial = vectors.map { $0.count >= 2 }
        var pairs: [(similarity: Double, i: Int, j: Int)] = []
        for i in 0..<n where substantial[i] {
            seen.removeAll(keepingCapacity: true)
            for term in vectors[i].keys {
                guard let list = postings[term], list.count < 400 else { continue }
                for j in list where j > i && substantial[j] && seen.insert(j).inserted {
                    let similarity = dot(vectors[i], vectors[j])
                    if similarity >= similarThreshold { pairs.append((similarity, i, j)) }
                }
            }
        }
        // Best pairs first; two groups join only when they are also alike as wholes, so a chain
        // of pairwise resemblances cannot grow into one proposition about everything.
        pairs.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : ($0.i, $0.j) < ($1.i, $1.j) }
        var centroids: [Int: [UInt64: Double]] = [:]
        if !pairs.isEmpty {
            for k in 0..<n { for (term, w) in vectors[k] { centroids[sets.find(k), default: [:]][term, default: 0] += w } }
        }
        func centroid(_ root: Int) -> [UInt64: Double] { centroids[root] ?? [:] }
        for pair in pairs {
            let a = sets.find(pair.i), b = sets.find(pair.j)
            if a == b { continue }
            let ca = centroid(a), cb = centroid(b)
            guard dot(normalised(ca), normalised(cb)) >= groupThreshold else { continue }
            var merged = ca
            for (term, w) in cb { merged[term, default: 0] += w }
            let root = sets.union(a, b)
            centroids[a] = nil
            centroids[b] = nil
            centroids[root] = merged
        }

        // Propositions in order of first statement; ids stable for a given corpus.
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for i in 0..<n {
            let root = sets.find(i)
            if members[root] == nil { order.append(root) }
            members[root, default: []].append(i)
        }
        var propositions: [Proposition] = []
        for root in order {
            guard let indices = members[root] else { continue }
            let label = Terms.label(indices.map { termLists[$0] }, idf: idf)
            let id = "p" + String(propositions.count + 1) + "-" + Names.slug(label).prefix(40)
            for i in indices { statements[i].proposition = id }
            var p = Proposition(id: id, label: label, statementIndices: indices, claims: 0, denials: 0, neutrals: 0,
                                sources: Set(indices.map { statements[$0].article }).count)
            for i in indices {
                switch statements[i].stance {
                case .claim: p.claims += 1
                case .denial: p.denials += 1
                case .neutral: p.neutrals += 1
                }
            }
            propositions.append(p)
        }
        propositions.sort { a, b in
            a.statementIndices.count != b.statementIndices.count ? a.statementIndices.count > b.statementIndices.count
                : (a.statementIndices.first ?? 0) < (b.statementIndices.first ?? 0)
        }
        return propositions
    }

    static func normalised(_ v: [UInt64: Double]) -> [UInt64: Double] {
        let norm = orderedSum(v.values.map { $0 * $0 }).squareRoot()
        guard norm > 0 else { return v }
        return v.mapValues { $0 / norm }
    }

    static func dot(_ a: [UInt64: Double], _ b: [UInt64: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var products: [Double] = []
        for (k, v) in small { if let w = large[k] { products.append(v * w) } }
        return orderedSum(products)
    }

    /// Sums in ascending order. Dictionaries iterate in a different order in every process, and
    /// floating-point addition is not associative: summed as iterated, a similarity could land on
    /// either side of a threshold from one run to the next and change the groups or their ids.
    static func orderedSum(_ values: [Double]) -> Double {
        values.sorted().reduce(0, +)
    }
}

/// Union-find over statement indices.
struct DisjointSets {
    private var parent: [Int]
    init(_ n: Int) { parent = Array(0..<n) }
    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
        return r
    }
    /// Joins two roots; the smaller index stays the root so results are deterministic.
    @discardableResult mutating func union(_ a: Int, _ b: Int) -> Int {
        let ra = find(a), rb = find(b)
        let root = min(ra, rb)
        parent[max(ra, rb)] = root
        return root
    }
}
