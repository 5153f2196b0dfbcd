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
        // Person clusters: each holds its name spellings. An article names a handful of persons,
        // so the spellings are short arrays searched in turn (a `Set` hashed every string).
        struct Cluster { var surname: String; var key: String; var firstNames: [String]; var firstKeys: [String]; var longest: [String] }
        var clusters: [Cluster] = []
        // The distinct person keys in order of first appearance, and for each statement the
        // slot of its key (-1: not a person). Found by comparing with the keys so far while
        // there are few, through a dictionary past that; `==` on strings is the equality a
        // `Set` or `Dictionary` of strings uses, so the same keys are joined.
        var personKeys: [String] = []
        var slotOfStatement = [Int](repeating: -1, count: extracted.count)
        var slotOfKey: [String: Int] = [:]
        for i in extracted.indices where isPersonKey(extracted[i].key) {
            let key = extracted[i].key
            var slot = -1
            if personKeys.count < 16 {
                for (s, known) in personKeys.enumerated() where known == key { slot = s; break }
            } else {
                if slotOfKey.isEmpty { for (s, known) in personKeys.enumerated() { slotOfKey[known] = s } }
                if let known = slotOfKey[key] { slot = known }
            }
            if slot < 0 {
                slot = personKeys.count
                personKeys.append(key)
                if personKeys.count > 16 { slotOfKey[key] = slot }
            }
            slotOfStatement[i] = slot
        }
        // One person named: no other key to join it, so no sort and no phonetic keys; its id is
        // its words joined, as the one cluster made of it below would give.
        if personKeys.count == 1 {
            let words = Names.nameWords(nameAfterPersonPrefix(personKeys[0]))
            let id = words.isEmpty ? nil : words.joined(separator: "-")
            return extracted.indices.map { i in
                if slotOfStatement[i] >= 0, let id { return id }
                return idAfterKind(extracted[i].key)
            }
        }
        // Longer names first, so "Putin" joins "Vladimir Putin".
        // Each key with its words, sorted once by word count (then key): the comparison reads
        // the counts in place instead of two dictionary look-ups per comparison.
        let sortedKeys = personKeys.indices.map { (slot: $0, key: personKeys[$0], words: Names.nameWords(nameAfterPersonPrefix(personKeys[$0]))) }.sorted { a, b in
            a.words.count != b.words.count ? a.words.count > b.words.count : a.key < b.key
        }
        var clusterOfSlot = [Int](repeating: -1, count: personKeys.count)
        for (slot, key, words) in sortedKeys {
            guard var surname = words.last else { continue }
            if surname.count <= 2, words.count >= 2 { surname = words[words.count - 2] }
            let firstName = words.count >= 2 ? words[0] : nil
            let surnameKey = Names.phoneticKey(surname)
            let firstKey = firstName.map(Names.phoneticKey)
            var match: Int? = nil
            // ("de Bretton-Gordon" after "Hamish de Bretton-Gordon": a name opening with a
            // particle whose words end the longer one's is its surname, not a first name and a
            // surname.)
            // (The name after "person:" opens with a capital nearly always: one byte settles it.)
            let opensWithParticle = key.utf8.dropFirst(7).first.map { $0 >= 97 && $0 <= 122 } == true && ArticleState.opensWithNameParticle(nameAfterPersonPrefix(key))
            var surnamePart = false
            for index in clusters.indices where Names.keysMatch(clusters[index].key, surnameKey) {
                surnamePart = opensWithParticle && words.count >= 2 && words.count < clusters[index].longest.count && clusters[index].longest.suffix(words.count).elementsEqual(words)
                if let f = firstName, let fk = firstKey, !clusters[index].firstNames.isEmpty, !surnamePart,
                   !clusters[index].firstKeys.contains(where: { Names.keysMatch($0, fk) }) && !clusters[index].firstNames.contains(where: { $0.first == f.first }) { continue }
                match = index
                break
            }
            if let m = match {
                clusterOfSlot[slot] = m
                if let f = firstName, let fk = firstKey, !surnamePart {
                    if !clusters[m].firstNames.contains(f) { clusters[m].firstNames.append(f) }
                    if !clusters[m].firstKeys.contains(fk) { clusters[m].firstKeys.append(fk) }
                }
            } else {
                clusterOfSlot[slot] = clusters.count
                clusters.append(Cluster(surname: surname, key: surnameKey, firstNames: firstName.map { [$0] } ?? [],
                                        firstKeys: firstKey.map { [$0] } ?? [], longest: words))
            }
        }
        // Each cluster's id is joined once, not once per statement.
        let clusterIDs = clusters.map { $0.longest.joined(separator: "-") }
        return extracted.indices.map { i in
            let slot = slotOfStatement[i]
            if slot >= 0, clusterOfSlot[slot] >= 0 { return clusterIDs[clusterOfSlot[slot]] }
            return idAfterKind(extracted[i].key)
        }
    }

    /// `String(key.dropFirst(7))` for a person key: when an ASCII byte follows "person:" (or
    /// nothing does), the seven characters are its seven bytes (no mark can join the ":"), so
    /// the name is cut on the bytes without walking grapheme clusters.
    static func nameAfterPersonPrefix(_ key: String) -> String {
        // (On the contiguous bytes: the same cut, with no index walk and no substring.)
        var bytes = key
        if let cut = bytes.withUTF8({ b -> String? in
            guard b.count >= 7, b.count == 7 || b[7] < 0x80 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[7...]), as: UTF8.self)
        }) { return cut }
        let utf8 = key.utf8
        if utf8.count >= 7 {
            let cut = utf8.index(utf8.startIndex, offsetBy: 7)
            if cut == utf8.endIndex || utf8[cut] < 0x80 { return String(key[cut...]) }
        }
        return String(key.dropFirst(7))
    }

    /// `key.hasPrefix("person:")`, read on the bytes when they settle it: ASCII "person:" then
    /// an ASCII byte or nothing (a character boundary for certain), or bytes that differ.
    static func isPersonKey(_ key: String) -> Bool {
        let settled = key.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard b.count >= 7, b[0] == 112, b[1] == 101, b[2] == 114, b[3] == 115, b[4] == 111, b[5] == 110, b[6] == 58 else { return false }
            return b.count == 7 || b[7] < 0x80 ? true : nil
        }
        if let settled, let answer = settled { return answer }
        return key.hasPrefix("person:")
    }

    /// The part of a key after "kind:". Keys start with an ASCII kind, so the first ':' byte is
    /// the first ':' character; when an ASCII character (or nothing) follows it, the UTF-8 search
    /// gives what the character search gives, without walking grapheme clusters.
    static func idAfterKind(_ key: String) -> String {
        // (On the contiguous bytes when the key has them: the same cut, with no index walk and
        // no substring.)
        var bytes = key
        if let cut = bytes.withUTF8({ b -> String? in
            guard let colon = b.firstIndex(of: 58) else { return nil }
            let after = colon + 1
            guard after == b.count || b[after] < 0x80 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[after...]), as: UTF8.self)
        }) { return cut }
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
