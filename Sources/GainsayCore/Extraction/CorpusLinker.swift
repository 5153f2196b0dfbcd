/// Links per-article extractions into a corpus: one id per real-world speaker, propositions
/// across articles.
enum CorpusLinker {
    static func link(_ perArticle: [[ExtractedStatement]]) -> CorpusAnalysis {
        var extracted = perArticle.flatMap { $0 }
        let ids = SpeakerLinker.assignIDs(extracted)
        for i in extracted.indices { extracted[i].statement.speakerID = ids[i] }
        var statements = extracted.map(\.statement)
        let propositions = PropositionGrouper.group(&statements)
        return CorpusAnalysis(statements: statements, propositions: propositions, speakers: speakers(statements))
    }

    /// One speaker per id, named by its most complete spelling.
    static func speakers(_ statements: [Statement]) -> [Speaker] {
        // One look-up per statement: speakers are numbered in order of first appearance.
        var order: [String] = []
        var slotOfID: [String: Int] = [:]
        var entries: [(names: [String: Int], indices: [Int])] = []
        for (index, s) in statements.enumerated() {
            let slot: Int
            if let known = slotOfID[s.speakerID] { slot = known } else {
                slot = entries.count
                slotOfID[s.speakerID] = slot
                order.append(s.speakerID)
                entries.append(([:], []))
            }
            entries[slot].names[s.speaker, default: 0] += 1
            entries[slot].indices.append(index)
        }
        return order.indices.compactMap { slot in
            let entry = entries[slot]
            // Word counts once per spelling, not once per comparison.
            let spellings = entry.names.map { (name: $0.key, words: $0.key.split(separator: " ").count, count: $0.value) }
            let names = spellings.sorted { a, b in
                a.words != b.words ? a.words > b.words : a.count != b.count ? a.count > b.count : a.name < b.name
            }.map(\.name)
            guard let name = names.first else { return nil }
            return Speaker(id: order[slot], name: name, aliases: Array(names.dropFirst()), statementIndices: entry.indices)
        }
    }
}

/// Speaker ids: persons are clustered by surname (transliteration variants joined by a phonetic
/// key), capitals join their country, descriptions stay within their article.
enum SpeakerLinker {
    static func assignIDs(_ extracted: [ExtractedStatement]) -> [String] {
        // Person clusters: each holds its name spellings.
        struct Cluster { var surname: String; var key: String; var firstNames: Set<String>; var firstKeys: Set<String>; var longest: [String] }
        var clusters: [Cluster] = []
        var clusterOfKey: [String: Int] = [:]
        // Longer names first, so "Putin" joins "Vladimir Putin".
        // Only the keys are read: filtering the statements themselves would copy every field.
        var personKeys = Set<String>()
        for i in extracted.indices where extracted[i].key.hasPrefix("person:") { personKeys.insert(extracted[i].key) }
        // Each key with its words, sorted once by word count (then key): the comparison reads
        // the counts in place instead of two dictionary look-ups per comparison.
        let sortedKeys = personKeys.map { (key: $0, words: Names.nameWords(String($0.dropFirst(7)))) }.sorted { a, b in
            a.words.count != b.words.count ? a.words.count > b.words.count : a.key < b.key
        }
        for (key, words) in sortedKeys {
            guard var surname = words.last else { continue }
            if surname.count <= 2, words.count >= 2 { surname = words[words.count - 2] }
            let firstName = words.count >= 2 ? words[0] : nil
            let surnameKey = Names.phoneticKey(surname)
            let firstKey = firstName.map(Names.phoneticKey)
            var match: Int? = nil
            for (index, c) in clusters.enumerated() where Names.keysMatch(c.key, surnameKey) {
                if let f = firstName, let fk = firstKey, !c.firstNames.isEmpty,
                   !c.firstKeys.contains(where: { Names.keysMatch($0, fk) }) && !c.firstNames.contains(where: { $0.first == f.first }) { continue }
                match = index
                break
            }
            if let m = match {
                clusterOfKey[key] = m
                if let f = firstName, let fk = firstKey { clusters[m].firstNames.insert(f); clusters[m].firstKeys.insert(fk) }
            } else {
                clusterOfKey[key] = clusters.count
                clusters.append(Cluster(surname: surname, key: surnameKey, firstNames: firstName.map { [$0] } ?? [],
                                        firstKeys: firstKey.map { [$0] } ?? [], longest: words))
            }
        }
        // Each cluster's id is joined once, not once per statement.
        let clusterIDs = clusters.map { $0.longest.joined(separator: "-") }
        return extracted.indices.map { i in
            let key = extracted[i].key
            if let c = clusterOfKey[key] { return clusterIDs[c] }
            return idAfterKind(key)
        }
    }

    /// The part of a key after "kind:". Keys start with an ASCII kind, so the first ':' byte is
    /// the first ':' character; when an ASCII character (or nothing) follows it, the UTF-8 search
    /// gives what the character search gives, without walking grapheme clusters.
    static func idAfterKind(_ key: String) -> String {
        let utf8 = key.utf8
        if let colon = utf8.firstIndex(of: 58) {
            let after = utf8.index(after: colon)
            if after == utf8.endIndex || utf8[after] < 0x80 { return String(key[after...]) }
        }
        if let colon = key.firstIndex(of: ":") {
            return String(key[key.index(after: colon)...])
        }
        return Names.slug(key)
    }
}
