extension StanceTriggers {
    /// True unless `text`, once tokenized, surely holds no word of `set` and no word ending in
    /// "n't" / "n’t": a test on the raw bytes that spares a content its own tokenization when
    /// nothing could match (most claims).
    ///
    /// Why it never says false wrongly: a word token never starts or ends inside a run of ASCII
    /// letters, so a token whose hash is in `set` (every member made of ASCII letters only) is a
    /// whole such run, whose hash this scan reads; and a token ending in "n't" / "n’t" leaves
    /// those bytes in the text. Extra hits (a run inside "no-go") only cost the full test.
    static func mayHold(_ text: String, _ set: WordSet) -> Bool {
        var text = text
        let letters = letterFold  // read once, not per byte
        return text.withUTF8 { bytes in
            let n = bytes.count
            let offset: UInt64 = 0xcbf29ce484222325
            var i = 0
            while i < n {
                // A run of ASCII letters, hashed in a loop of its own (one table load a byte),
                // then looked up once.
                let l = letters[bytes[i]]
                if l != 0 {
                    var h = (offset ^ UInt64(l)) &* 0x100000001b3
                    i += 1
                    // Four bytes a step while four remain: one bound test per four bytes.
                    run: while true {
                        if i + 4 <= n {
                            let l0 = letters[bytes[i]]
                            if l0 == 0 { break run }
                            h = (h ^ UInt64(l0)) &* 0x100000001b3
                            let l1 = letters[bytes[i + 1]]
                            if l1 == 0 { i += 1; break run }
                            h = (h ^ UInt64(l1)) &* 0x100000001b3
                            let l2 = letters[bytes[i + 2]]
                            if l2 == 0 { i += 2; break run }
                            h = (h ^ UInt64(l2)) &* 0x100000001b3
                            let l3 = letters[bytes[i + 3]]
                            if l3 == 0 { i += 3; break run }
                            h = (h ^ UInt64(l3)) &* 0x100000001b3
                            i += 4
                        } else {
                            while i < n {
                                let lk = letters[bytes[i]]
                                if lk == 0 { break }
                                h = (h ^ UInt64(lk)) &* 0x100000001b3
                                i += 1
                            }
                            break run
                        }
                    }
                    if set.contains(h) { return true }
                    if i == n { return false }
                }
                // "n't" and "n’t": an apostrophe after "n" and before "t".
                let b = bytes[i]
                if i > 0 && bytes[i - 1] | 0x20 == 110 {
                    if b == 39 && i + 1 < n && bytes[i + 1] | 0x20 == 116 { return true }
                    if b == 0xE2 && i + 3 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 && bytes[i + 3] | 0x20 == 116 { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Per byte: an ASCII letter lower-cased, 0 for every other byte (digits too: a run of
    /// letters ends at a digit, as in the byte tests this table replaces).
    static let letterFold = Tokenizer.ByteTable { b in
        if b >= 65 && b <= 90 { return b | 0x20 }
        return b >= 97 && b <= 122 ? b : 0
    }

    /// `mayHold` as first written, one byte at a time (kept for the tests).
    static func slowMayHold(_ text: String, _ set: WordSet) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            let offset: UInt64 = 0xcbf29ce484222325
            var h = offset
            var inRun = false
            var i = 0
            while i < n {
                let b = bytes[i]
                let lower = b | 0x20
                if lower >= 97 && lower <= 122 && (b >= 65) {
                    h = ((inRun ? h : offset) ^ UInt64(lower)) &* 0x100000001b3
                    inRun = true
                    i += 1
                    continue
                }
                if inRun && set.contains(h) { return true }
                inRun = false
                // "n't" and "n’t": an apostrophe after "n" and before "t".
                if i > 0 && bytes[i - 1] | 0x20 == 110 {
                    if b == 39 && i + 1 < n && bytes[i + 1] | 0x20 == 116 { return true }
                    if b == 0xE2 && i + 3 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 && bytes[i + 3] | 0x20 == 116 { return true }
                }
                i += 1
            }
            return inRun && set.contains(h)
        }
    }
}
