import Foundation

/// Groups statements into propositions.
///
/// Two signals: a denial that only points back ("denied the report", "dismissed the information
/// as rumors", "no one canceled anything") joins the statement it answers in the same article;
/// otherwise statements join when their content terms (stemmed, generic words removed, weighted
/// by rarity across the corpus) are close enough. Merging compares whole groups, so a chain of
/// loosely related statements does not snowball into one proposition.
enum PropositionGrouper {
    static let withinArticleThreshold = 0.3
    static let acrossArticlesThreshold = 0.35

    static func group(_ statements: inout [Statement]) -> [Proposition] {
        let n = statements.count
        guard n > 0 else { return [] }
        let termLists = statements.map { Terms.of($0.content) }
        // Inverse document frequency over statements.
        var df: [String: Int] = [:]
        for terms in termLists { for term in Set(terms.map(\.stem)) { df[term, default: 0] += 1 } }
        func idf(_ t: String) -> Double { log(Double(n + 1) / Double((df[t] ?? 0) + 1)) + 0.5 }
        var vectors: [[String: Double]] = termLists.map { terms in
            var v: [String: Double] = [:]
            for term in terms { v[term.stem, default: 0] += idf(term.stem) * (term.isName ? 1.5 : 1) }
            return v
        }
        for i in vectors.indices { vectors[i] = normalised(vectors[i]) }

        var sets = DisjointSets(n)
        var centroids = vectors
        // 1. Back-references inside an article.
        for i in 0..<n {
            guard Terms.pointsBack(statements[i], termCount: termLists[i].count) else { continue }
            var j = i - 1
            while j >= 0 && statements[j].article == statements[i].article {
                if !Terms.pointsBack(statements[j], termCount: termLists[j].count) || j == 0 || statements[j - 1].article != statements[i].article {
                    merge(&sets, &centroids, i, j)
                    break
                }
                j -= 1
            }
        }
        // 2. Similar content: candidate pairs share a term; best pairs merge first.
        var postings: [String: [Int]] = [:]
        for (i, v) in vectors.enumerated() { for term in v.keys { postings[term, default: []].append(i) } }
        var pairs: [(Double, Int, Int)] = []
        var seen = Set<Int>()
        for i in 0..<n {
            seen.removeAll(keepingCapacity: true)
            for term in vectors[i].keys {
                guard let list = postings[term], list.count < 400 else { continue }
                for j in list where j > i && seen.insert(j).inserted {
                    let s = dot(vectors[i], vectors[j])
                    let threshold = statements[i].article == statements[j].article ? withinArticleThreshold : acrossArticlesThreshold
                    if s >= threshold { pairs.append((s, i, j)) }
                }
            }
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
        for (_, i, j) in pairs {
            let a = sets.find(i), b = sets.find(j)
            if a == b { continue }
            let threshold = statements[i].article == statements[j].article ? withinArticleThreshold : acrossArticlesThreshold
            if dot(normalised(centroids[a]), normalised(centroids[b])) >= threshold * 0.8 { merge(&sets, &centroids, i, j) }
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
            let id = "p" + String(propositions.count + 1) + "-" + Names.slug(label.replacingOccurrences(of: " · ", with: " ")).prefix(40)
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

    private static func merge(_ sets: inout DisjointSets, _ centroids: inout [[String: Double]], _ i: Int, _ j: Int) {
        let a = sets.find(i), b = sets.find(j)
        guard a != b else { return }
        let root = sets.union(a, b)
        let other = root == a ? b : a
        var c = centroids[root]
        for (k, v) in centroids[other] { c[k, default: 0] += v }
        centroids[root] = c
    }

    static func normalised(_ v: [String: Double]) -> [String: Double] {
        let norm = v.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return v }
        return v.mapValues { $0 / norm }
    }

    static func dot(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var s = 0.0
        for (k, v) in small { if let w = large[k] { s += v * w } }
        return s
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
