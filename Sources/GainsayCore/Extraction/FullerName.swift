/// "Smith said" after "the chief executive Shane Smith ...": a reader wants the name the article
/// introduced, not the short form it falls back on. The speaker id already joins the two; this
/// only fills in the shown name.
extension ArticleState {
    /// The fuller name a one-word person name had earlier in the article (before token `limit`),
    /// or nil when there is none or more than one ("Jane Smith" and "John Smith").
    func fullerName(of name: String, before limit: Int) -> String? {
        let t = view.tokens
        guard name.utf8.count >= 3, !name.utf8.contains(32), limit <= t.count else { return nil }
        let target = wordHash(name)
        // The article is read sentence by sentence, so the limit only grows: what the tokens
        // before the last limit gave is kept per surname, and only the tokens since are read.
        // (A smaller limit than one already read is answered by reading from the start.)
        let cache = fullerNames
        var e = 0
        while e < cache.entries.count && cache.entries[e].target != target { e += 1 }
        if e == cache.entries.count { cache.entries.append(FullerNameCache.Entry(target: target, scanned: 1, found: nil, ambiguous: false)) }
        if cache.entries[e].scanned <= limit {
            var entry = cache.entries[e]
            let from = entry.scanned
            entry.scanned = limit
            if !entry.ambiguous {
                t.withUnsafeBufferPointer { tokens in
                    var k = from
                    while k < limit {
                        if tokens[k].hash == target, let full = fullerCandidate(k) {
                            if let seen = entry.found, seen != full { entry.ambiguous = true; entry.found = nil; break }
                            entry.found = full
                        }
                        k += 1
                    }
                }
            }
            cache.entries[e] = entry
            return entry.ambiguous ? nil : entry.found
        }
        return fullerNameReading(target, before: limit)
    }

    /// The full name token `i` (a capitalised word of the surname's hash) ends, when the
    /// capitalised words before it make one; nil when it is no candidate.
    private func fullerCandidate(_ i: Int) -> String? {
        let t = view.tokens
        guard t[i].kind == .word, t[i].capitalized else { return nil }
        // The capitalised words just before it, without titles or sentence openers.
        var j = i
        while j - 1 >= 0 && i - (j - 1) <= 2 && Self.isGivenName(j - 1, view: view) { j -= 1 }
        // A longer capitalised run is a headline or an organisation ("Big Tech Firm Smith").
        guard j < i, !(j - 1 >= 0 && Self.isGivenName(j - 1, view: view)) else { return nil }
        // A run that goes on past the surname, or follows an article ("the Go Big"), is no name.
        if i + 1 < t.count && Self.isGivenName(i + 1, view: view) { return nil }
        if j - 1 >= 0 && t[j - 1].kind == .word && Lexicon.determiners.contains(t[j - 1].hash) { return nil }
        return view.text(j..<(i + 1))
    }

    /// `fullerName` read from the article's start (the first way, kept for a limit smaller
    /// than one already read).
    private func fullerNameReading(_ target: UInt64, before limit: Int) -> String? {
        let t = view.tokens
        var found: String? = nil
        // The candidates are found through a buffer: most of the article's tokens are passed
        // over with one comparison each.
        let candidates: [Int] = t.withUnsafeBufferPointer { tokens in
            var hits: [Int] = []
            var k = 1
            while k < limit {
                if tokens[k].hash == target { hits.append(k) }
                k += 1
            }
            return hits
        }
        for i in candidates {
            guard t[i].hash == target, t[i].kind == .word, t[i].capitalized else { continue }
            // The capitalised words just before it, without titles or sentence openers.
            var j = i
            while j - 1 >= 0 && i - (j - 1) <= 2 && Self.isGivenName(j - 1, view: view) { j -= 1 }
            // A longer capitalised run is a headline or an organisation ("Big Tech Firm Smith").
            guard j < i, !(j - 1 >= 0 && Self.isGivenName(j - 1, view: view)) else { continue }
            // A run that goes on past the surname, or follows an article ("the Go Big"), is no name.
            if i + 1 < t.count && Self.isGivenName(i + 1, view: view) { continue }
            if j - 1 >= 0 && t[j - 1].kind == .word && Lexicon.determiners.contains(t[j - 1].hash) { continue }
            let full = view.text(j..<(i + 1))
            if let seen = found, seen != full { return nil }
            found = full
        }
        return found
    }

    /// A capitalised word that can be part of a person's name before the surname.
    static func isGivenName(_ k: Int, view: TextView) -> Bool {
        let tok = view.tokens[k]
        guard tok.kind == .word, tok.capitalized, tok.end - tok.start >= 2 else { return false }
        let h = tok.hash
        let l = PhraseReader.Lists.shared  // one box, not a lazily initialised static per list
        return !(l.titlesH.contains(h) || l.organisationWordsH.contains(h) || l.nationalityH.contains(h)
                 || l.personRoleNouns.contains(h) || l.clauseWords.contains(h) || l.timeWords.contains(h)
                 || l.determiners.contains(h) || l.openingConjunctions.contains(h) || l.frontedPrepositions.contains(h)
                 || l.outletNameWordsH.contains(h) || l.outletNamesH.contains(h) || l.prepositions.contains(h)
                 || Lexicon.countries.contains(view.lower(k)) || l.reportingVerbs.contains(h) || l.pronouns.contains(h))
    }
}

/// Per article: for each surname hash `fullerName` was asked about, how far the tokens were
/// read and what they gave (the one fuller name seen, or more than one). A class, so the
/// state's non-mutating look-up can fill it.
final class FullerNameCache {
    struct Entry {
        var target: UInt64
        /// Tokens `1..<scanned` are read.
        var scanned: Int
        var found: String?
        var ambiguous: Bool
    }
    var entries: [Entry] = []
}
