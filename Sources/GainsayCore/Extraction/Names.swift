import Foundation

/// Name normalisation: slugs for ids, and a phonetic key that joins transliteration variants
/// of one surname (Zakharova / Sacharova, Zelensky / Zelenskyy) without any list of names.
enum Names {
    static let particleHashes = WordSet(["bin", "ibn", "al", "el", "de", "del", "della", "der", "den", "van", "von", "la", "le", "da", "di", "du", "dos", "das", "abu", "bint", "ben", "st"].map { wordHash($0) })
    static let particles: Set<String> = ["bin", "ibn", "al", "el", "de", "del", "della", "der", "den", "van", "von", "la", "le", "da", "di", "du", "dos", "das", "abu", "bint", "ben", "st"]

    /// Lower-case ASCII slug: "The Washington Post" -> "washington-post".
    static func slug(_ name: String) -> String {
        var contiguous = name
        if let fast = contiguous.withUTF8({ asciiSlug($0) }) { return fast }
        return slowSlug(name)
    }

    /// `slug` of ASCII text (middle dots allowed) written straight into the new string's
    /// storage: letters and digits lower-cased, each run of anything else but an apostrophe
    /// one "-" between words, a leading "the-" dropped, nothing at all "unknown". Nil for
    /// other text, which `slowSlug` folds. The slug is never longer than the text.
    ///
    /// Also a name whose only other characters are right single quotes (’, E2 80 99: "O’Brien",
    /// the most common non-ASCII in a speaker's name) and whose ASCII is letters, digits, space,
    /// "-", ".", "," and "'": the folding leaves all of those as they are (letters lower-cased),
    /// and `slowSlug` passes over a ’ as over a "'", which this loop does.
    static func asciiSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var previousWasC2 = false
        var curly = false
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            k += 1
            if previousWasC2 { if b != 0xB7 { return nil }; previousWasC2 = false; continue }
            if b == 0xE2 && k + 1 < bytes.count && bytes[k] == 0x80 && bytes[k + 1] == 0x99 { curly = true; k += 2; continue }
            if b == 0xC2 { previousWasC2 = true } else if b >= 0x80 { return nil }
        }
        if previousWasC2 { return nil }
        if curly {
            for b in bytes where b < 0x80 {
                let lower = b | 0x20
                guard (lower >= 97 && lower <= 122) || (b >= 48 && b <= 57) || b == 32 || b == 45 || b == 46 || b == 44 || b == 39 else { return nil }
            }
            for b in bytes where b == 0xC2 { return nil }
        }
        guard !bytes.isEmpty else { return "unknown" }
        let slug = String(unsafeUninitializedCapacity: bytes.count) { out -> Int in
            var count = 0
            var dash = false
            for b in bytes {
                let lower = (b >= 65 && b <= 90) ? b | 0x20 : b
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                    if dash && count > 0 { out[count] = 45; count += 1 }
                    dash = false
                    out[count] = lower
                    count += 1
                } else if b != 39 && !(curly && b >= 0x80) {
                    dash = true
                }
            }
            if count > 4 && out[0] == 116 && out[1] == 104 && out[2] == 101 && out[3] == 45 {
                for k in 4..<count { out[k - 4] = out[k] }
                count -= 4
            }
            return count
        }
        return slug.isEmpty ? "unknown" : slug
    }

    /// `slug` by the general path (kept for the text `asciiSlug` declines).
    static func slowSlug(_ name: String) -> String {
        // ASCII fast path: letters and digits kept lower-cased, runs of anything else become "-".
        // A middle dot (the separator of proposition labels) is a separator on both paths.
        if isASCIIOrMiddleDot(name.utf8) {
            var out: [UInt8] = []
            out.reserveCapacity(name.utf8.count)
            var dash = false
            for b in name.utf8 {
                let lower = (b >= 65 && b <= 90) ? b | 0x20 : b
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                    if dash && !out.isEmpty { out.append(45) }
                    dash = false
                    out.append(lower)
                } else if b != 39 {
                    dash = true
                }
            }
            if out.count > 4 && out[0] == 116 && out[1] == 104 && out[2] == 101 && out[3] == 45 { out.removeFirst(4) }
            return out.isEmpty ? "unknown" : String(decoding: out, as: UTF8.self)
        }
        let folded = name.utf8.allSatisfy({ $0 < 0x80 }) ? name.lowercased()
            : name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        var out = ""
        var dash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || (scalar.value >= 48 && scalar.value <= 57) {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else {
                dash = true
            }
        }
        if out.hasPrefix("the-") { out.removeFirst(4) }
        return out.isEmpty ? "unknown" : out
    }

    /// True when every byte is ASCII except whole U+00B7 middle dots (C2 B7), which the folding
    /// path would turn into a separator all the same.
    private static func isASCIIOrMiddleDot(_ utf8: String.UTF8View) -> Bool {
        var previousWasC2 = false
        for b in utf8 {
            if previousWasC2 { if b != 0xB7 { return false }; previousWasC2 = false; continue }
            if b == 0xC2 { previousWasC2 = true } else if b >= 0x80 { return false }
        }
        return !previousWasC2
    }

    /// The words of a person's name, lower-cased, without titles or a possessive.
    static func nameWords(_ name: String) -> [String] {
        asciiNameWords(name) ?? slugNameWords(name)
    }

    /// `nameWords` for any name: slugged first, then split.
    static func slugNameWords(_ name: String) -> [String] {
        let slugged = slug(name)
        // ASCII slugs (nearly all): split on the byte and test hashes, making a string only for
        // the words kept. Elsewhere a "-" may join a following mark into one character, which
        // the Character split below keeps whole.
        guard slugged.utf8.allSatisfy({ $0 < 0x80 }) else {
            return slugged.split(separator: "-").map(String.init).filter { !Lexicon.titles.contains($0) && !particles.contains($0) }
        }
        let titles = Lexicon.titlesH, particleSet = particleHashes
        var words: [String] = []
        var bytes = slugged.utf8.makeIterator()
        var word: [UInt8] = []
        func flush() {
            guard !word.isEmpty else { return }
            let h = wordHash(word)
            if !titles.contains(h) && !particleSet.contains(h) { words.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        while let b = bytes.next() {
            if b == 45 { flush() } else { word.append(b) }
        }
        flush()
        return words
    }

    /// `nameWords` of an all-ASCII name in one pass over its bytes, with no slug made: the
    /// slug's words are the runs of letters and digits (lower-cased; an apostrophe is dropped
    /// without ending a run), a leading "the" before another word is dropped as the slug drops
    /// "the-", and a name without letters or digits is "unknown". Nil for other names.
    static func asciiNameWords(_ name: String) -> [String]? {
        var name = name
        return name.withUTF8 { bytes -> [String]? in
            // The lower-cased bytes and the runs live in scratch space on the stack (no arrays
            // made and grown per name).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { lowered -> [String]? in
                withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count / 2 + 1) { runs -> [String]? in
                    var count = 0, runCount = 0
                    var runStart = -1
                    for b in bytes {
                        if b >= 0x80 { return nil }
                        let lower = (b >= 65 && b <= 90) ? b | 0x20 : b
                        if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                            if runStart < 0 { runStart = count }
                            lowered[count] = lower
                            count += 1
                        } else if b != 39 && runStart >= 0 {
                            runs[runCount] = runStart..<count
                            runCount += 1
                            runStart = -1
                        }
                    }
                    if runStart >= 0 { runs[runCount] = runStart..<count; runCount += 1 }
                    var first = 0
                    if runCount >= 2, runs[0].count == 3, lowered[runs[0].lowerBound] == 116, lowered[runs[0].lowerBound + 1] == 104,
                       lowered[runs[0].lowerBound + 2] == 101 { first = 1 }
                    let titles = Lexicon.titlesH, particleSet = particleHashes
                    if first == runCount {
                        let h = wordHash("unknown")
                        return titles.contains(h) || particleSet.contains(h) ? [] : ["unknown"]
                    }
                    var words: [String] = []
                    words.reserveCapacity(runCount - first)
                    for i in first..<runCount {
                        let word = UnsafeBufferPointer(rebasing: lowered[runs[i]])
                        let h = wordHash(word)
                        if !titles.contains(h) && !particleSet.contains(h) { words.append(String(decoding: word, as: UTF8.self)) }
                    }
                    return words
                }
            }
        }
    }

    /// The surname's phonetic key: letters folded so spellings from different transliterations
    /// meet (z/s, kh/ch/h, w/v, y/i/j, ph/f, c/k/q, doubled letters, "al-" prefixes).
    static func phoneticKey(_ word: String) -> String {
        plainPhoneticKey(word) ?? slugPhoneticKey(word)
    }

    /// `phoneticKey` for any word: slugged first, then folded.
    static func slugPhoneticKey(_ word: String) -> String {
        let slugged = slug(word)
        var w = Array(slugged.utf8.filter { $0 != 45 })
        // "al-Ansari" and "Al Ansari" meet "Ansari".
        if w.count > 5 && (slugged.hasPrefix("al-") || slugged.hasPrefix("el-")) { w.removeFirst(2) }
        return w.withUnsafeBufferPointer { foldPhonetic($0) }
    }

    /// `phoneticKey` of a word of lower-case ASCII letters and digits (what `nameWords` gives),
    /// without slugging: such a word is its own slug and holds no "-" (so no "al-" prefix). Nil
    /// for other words.
    static func plainPhoneticKey(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { w -> String? in
            guard w.count > 0, w.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }) else { return nil }
            return foldPhonetic(w)
        }
    }

    /// The phonetic folding itself, on a slug's bytes: the letter groups transliterations
    /// spell differently are mapped to one letter, then doubled letters are collapsed.
    static func foldPhonetic(_ w: UnsafeBufferPointer<UInt8>) -> String {
        // ASCII (every key `nameWords` gives) is folded straight into the new string's storage.
        if w.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: 2 * w.count) { out in foldPhonetic(w, into: out) }
        }
        var out = [UInt8](repeating: 0, count: 2 * w.count)
        let kept = out.withUnsafeMutableBufferPointer { foldPhonetic(w, into: $0) }
        out.removeLast(out.count - kept)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the folding of `w` into `out` (room for twice its bytes) and returns its length.
    static func foldPhonetic(_ w: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var out = FoldWriter(buffer: buffer)
        let n = w.count
        var i = 0
        while i < n {
            let a = w[i], b: UInt8 = i + 1 < n ? w[i + 1] : 0, c: UInt8 = i + 2 < n ? w[i + 2] : 0
            switch (a, b, c) {
            case (115, 99, 104): out.append(115); i += 3                         // sch -> s
            case (100, 122, 104), (100, 115, 104): out.append(105); i += 3       // dzh, dsh -> i
            case (122, 104, _), (100, 106, _): out.append(105); i += 2           // zh, dj -> i
            case (107, 104, _), (99, 104, _): out.append(104); i += 2            // kh, ch -> h
            case (115, 104, _): out.append(115); i += 2                          // sh -> s
            case (112, 104, _): out.append(102); i += 2                          // ph -> f
            case (99, 107, _): out.append(107); i += 2                           // ck -> k
            case (116, 115, _), (116, 122, _): out.append(115); i += 2           // ts, tz -> s
            case (111, 117, _): out.append(117); i += 2                          // ou -> u
            case (101, 101, _): out.append(105); i += 2                          // ee -> i
            default:
                switch a {
                case 120: out.append(107); out.append(115)                       // x -> ks
                case 122: out.append(115)                                        // z -> s
                case 119: out.append(118)                                        // w -> v
                case 121, 106: out.append(105)                                   // y, j -> i
                case 99, 113: out.append(107)                                    // c, q -> k
                default: out.append(a)
                }
                i += 1
            }
        }
        // Doubled letters vary between transliterations: collapsed in place.
        let folded = out.buffer
        var kept = 0
        for k in 0..<out.count where kept == 0 || folded[k] != folded[kept - 1] {
            folded[kept] = folded[k]
            kept += 1
        }
        return kept
    }

    /// Appends bytes to a buffer that has room for them.
    struct FoldWriter {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        @inline(__always) mutating func append(_ b: UInt8) { buffer[count] = b; count += 1 }
    }

    /// True when the UTF-8 bytes of `a` and `b` are at most one edit (insertion, deletion or
    /// substitution) apart: `editDistance(a, b, limit: 1) <= 1`, in one pass.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let (s, l) = x.count <= y.count ? (x, y) : (y, x)
                guard l.count - s.count <= 1 else { return false }
                var i = 0
                while i < s.count && s[i] == l[i] { i += 1 }
                if i == s.count { return true }
                if s.count == l.count {
                    var j = i + 1
                    while j < s.count && s[j] == l[j] { j += 1 }
                    return j == s.count
                }
                var j = i
                while j < s.count && s[j] == l[j + 1] { j += 1 }
                return j == s.count
            }
        }
    }

    /// True when two surnames are spellings of one name.
    static func surnamesMatch(_ a: String, _ b: String) -> Bool {
        a == b || keysMatch(phoneticKey(a), phoneticKey(b))
    }

    /// True when two phonetic keys are one name: equal, or one edit apart when long enough.
    static func keysMatch(_ ka: String, _ kb: String) -> Bool {
        if ka == kb { return true }
        let shorter = min(characterCount(ka), characterCount(kb))
        guard shorter >= 5 else { return false }
        return withinOneEdit(ka, kb)
    }

    /// `s.count` without walking grapheme clusters when `s` is ASCII with no carriage return
    /// (there every byte is a character; only CR LF joins two ASCII scalars into one).
    static func characterCount(_ s: String) -> Int {
        s.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) ? s.utf8.count : s.count
    }

    /// Levenshtein distance, stopping early once past `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous = Array(0...y.count)
        var current = Array(repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(1, y.count) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return x.isEmpty ? y.count : previous[y.count]
    }
}
