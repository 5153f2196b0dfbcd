/// What an article puts in dispute: the sentences that name a rumour, report, claim or
/// allegation, and the statements each speaker made, with their distinctive terms.
///
/// `DisputeStance` asks it whether a statement that opposes something answers a disputed
/// assertion: a denial needs something to deny.
struct ArticleDispute {
    /// Per sentence: does it name something disputed?
    let disputeSentence: [Bool]
    /// Per sentence: its distinctive term keys, with names marked. Only the sentences that name
    /// something disputed are ever compared, so only theirs are computed, and only when first
    /// compared: reading terms is the dearest step here, most sentences name no dispute, and a
    /// statement is often settled before any comparison (its speaker denied something, or a
    /// dispute sits next to it).
    private let sentenceTerms: SentenceTerms
    private let view: TextView
    private let sentences: [Range<Int>]
    /// Per statement: the index of its sentence (or nil when not found).
    let statementSentence: [Int?]
    let statements: [ExtractedStatement]
    /// The speakers who denied something in the article, by key, gathered once.
    let deniers: Set<String>
    /// Each statement's content terms, read once when first compared: a statement is compared
    /// with every candidate of its article.
    private let contentTerms: ContentTerms

    /// Lazily filled terms per statement index.
    private final class ContentTerms {
        var terms: [[Terms.KeyTerm]?]
        init(count: Int) { terms = Array(repeating: nil, count: count) }
    }

    /// Lazily filled terms per sentence index (asked only of sentences that name a dispute).
    private final class SentenceTerms {
        var terms: [[Terms.KeyTerm]?]
        init(count: Int) { terms = Array(repeating: nil, count: count) }
    }

    private func terms(ofSentence n: Int) -> [Terms.KeyTerm] {
        if let known = sentenceTerms.terms[n] { return known }
        let read = Terms.keys(of: view.text(sentences[n]))
        sentenceTerms.terms[n] = read
        return read
    }

    private func terms(of index: Int) -> [Terms.KeyTerm] {
        if let known = contentTerms.terms[index] { return known }
        let read = Terms.keys(of: statements[index].statement.content)
        contentTerms.terms[index] = read
        return read
    }

    static let disputeWords = Lexicon.hashes("""
    rumor rumors rumour rumours rumored rumoured claim claims claimed allegation allegations alleged allegedly
    speculation speculations speculate speculated supposed supposedly purported purportedly hoax hoaxes accused accusation
    accusations denied denies deny denial unconfirmed unverified
    """)

    init(view: TextView, sentences: [Range<Int>], statements: [ExtractedStatement]) {
        self.statements = statements
        self.view = view
        self.sentences = sentences
        sentenceTerms = SentenceTerms(count: sentences.count)
        // (Each statement's fields read in place, by index: a copy of a whole statement retains
        // and releases every string it holds.)
        var denying = Set<String>()
        for i in statements.indices where statements[i].statement.stance == .denial { denying.insert(statements[i].key) }
        deniers = denying
        contentTerms = ContentTerms(count: statements.count)
        let disputeWords = Self.disputeWords  // read once, not per token
        var dispute: [Bool] = []
        // Each sentence's start in scalars, in sentence order: they rise, so a statement's
        // sentence is found by a binary search (no dictionary hashed per sentence).
        var starts: [Int] = []
        starts.reserveCapacity(sentences.count)
        dispute.reserveCapacity(sentences.count)
        var cursor = ScalarCursor(bytes: view.bytes)
        for range in sentences {
            let isDispute = range.contains { view.tokens[$0].isWord && disputeWords.contains(view.tokens[$0].hash) }
            dispute.append(isDispute)
            starts.append(cursor.scalarOffset(ofByte: view.tokens[range.lowerBound].start))
        }
        disputeSentence = dispute
        var rising = true
        for i in starts.indices.dropFirst() where starts[i] <= starts[i - 1] { rising = false; break }
        var sentenceOf: [Int?] = []
        sentenceOf.reserveCapacity(statements.count)
        for i in statements.indices {
            let start = statements[i].statement.start
            sentenceOf.append(rising ? Self.sentence(startingAt: start, starts) : starts.lastIndex(of: start))
        }
        statementSentence = sentenceOf
    }

    /// The index of the sentence that starts at scalar `start` in `starts`, which rises
    /// strictly; nil when none does. (Were the starts ever not to rise, the caller takes the
    /// last index holding `start`, which is what a dictionary from start to index filled in
    /// order would keep.)
    static func sentence(startingAt start: Int, _ starts: [Int]) -> Int? {
        // The first index whose start is past `start`; the sentence before it may start there.
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= start { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && starts[lo - 1] == start ? lo - 1 : nil
    }

    /// How much two term lists share: a name counts two, another content term one.
    static func overlap(_ a: [Terms.KeyTerm], _ b: [Terms.KeyTerm]) -> Int {
        // Short lists (nearly all) are compared term by term: a term scores when `b` holds its
        // key and no earlier term of `a` had it (that one scored already): the answer
        // `setOverlap` gives, without hashing every key.
        if a.count * (a.count + b.count) <= 4096 {
            var score = 0
            for i in a.indices {
                let key = a[i].key
                guard b.contains(where: { $0.key == key }) else { continue }
                var earlier = false
                for j in 0..<i where a[j].key == key { earlier = true; break }
                if !earlier { score += a[i].isName ? 2 : 1 }
            }
            return score
        }
        return setOverlap(a, b)
    }

    /// `overlap` through sets of keys: the general path, for long lists.
    static func setOverlap(_ a: [Terms.KeyTerm], _ b: [Terms.KeyTerm]) -> Int {
        var seen = Set<UInt64>()
        var score = 0
        let keys = Set(b.map(\.key))
        for term in a where keys.contains(term.key) && seen.insert(term.key).inserted { score += term.isName ? 2 : 1 }
        return score
    }

    /// True when the statement at `index` answers something the article puts in dispute.
    func isDisputed(statement index: Int, opposition: DisputeStance.Opposition) -> Bool {
        if case .dissociation(selfSubject: true) = opposition { return true }
        guard let s = statementSentence[index] else { return false }
        // The speaker has denied something in this article: what they oppose answers it.
        // (The statement's key read in place: a copy of the whole statement retains every string.)
        let key = statements[index].key
        if deniers.contains(key) { return true }
        let content = terms(of: index)
        // A rumour or claim named in the same or an adjacent sentence.
        for n in max(0, s - 1)...min(disputeSentence.count - 1, s + 1) where disputeSentence[n] { return true }
        // A disputed assertion elsewhere in the article about the same things.
        for (n, isDispute) in disputeSentence.enumerated() where isDispute && n != s {
            if Self.overlap(content, terms(ofSentence: n)) >= 2 { return true }
        }
        // Another speaker's statement about the same things: only a plain negated fact answers
        // a statement that names no rumour ("had nothing to do with X" may just rule X out).
        guard opposition == .negatedPredicate else { return false }
        for other in statements.indices where other != index && statements[other].key != key && statements[other].statement.stance != .neutral {
            if let os = statementSentence[other], os == s { continue }
            if Self.overlap(content, terms(of: other)) >= 2 { return true }
        }
        return false
    }
}
