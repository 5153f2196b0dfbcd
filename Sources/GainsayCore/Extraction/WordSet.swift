/// A set of word hashes with open addressing: lexicon look-ups happen for every token, and the
/// standard `Set` would run SipHash over a hash that is already well mixed.
///
/// The table lives in memory that is never freed: lexicons are built once for the life of the
/// process, and a raw pointer means reading one costs no reference counting.
struct WordSet: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<UInt64>
    private let mask: Int

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        let items = Array(Set(hashes))
        var capacity = 16
        while capacity < items.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        slots = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        for h in items where h != 0 {
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while slots[i] != 0 && slots[i] != h { i = (i + 1) & mask }
            slots[i] = h
        }
    }

    @inline(__always) func contains(_ h: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let s = slots[i]
            if s == h { return h != 0 }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

extension WordSet {
    /// Every hash in the set.
    var members: [UInt64] {
        var out: [UInt64] = []
        for i in 0...mask where slots[i] != 0 { out.append(slots[i]) }
        return out
    }

    /// One set holding the members of all `sets` and `extra`: a single look-up where a hot loop
    /// would test several sets in turn.
    static func union(_ sets: [WordSet], extra: [UInt64] = []) -> WordSet {
        WordSet(sets.flatMap(\.members) + extra)
    }
}

/// Word hashes with a few flag bits each, open addressing like `WordSet`: one look-up answers
/// for several word lists at once (which of a sentence's prefilters a word passes).
struct WordFlags: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<UInt64>
    private let bits: UnsafeMutablePointer<UInt8>
    private let mask: Int
    /// One bit per value of 15 high bits of a hash, set for every member's: a hash whose bit is
    /// clear is in no list, answered from 4 KB that stay in cache (the tokenizer asks every word,
    /// and most words are in none) without probing the table.
    private let filter: UnsafeMutablePointer<UInt64>
    @inline(__always) private static func filterIndex(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 49) }

    /// `lists` pairs each set with the bit its members carry.
    init(_ lists: [(WordSet, UInt8)]) {
        var merged: [UInt64: UInt8] = [:]
        for (set, bit) in lists { for h in set.members { merged[h, default: 0] |= bit } }
        var capacity = 16
        while capacity < merged.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        slots = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        bits = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bits.initialize(repeating: 0, count: capacity)
        filter = UnsafeMutablePointer<UInt64>.allocate(capacity: 512)
        filter.initialize(repeating: 0, count: 512)
        for (h, b) in merged where h != 0 {
            let f = Self.filterIndex(h)
            filter[f >> 6] |= 1 << UInt64(f & 63)
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while slots[i] != 0 && slots[i] != h { i = (i + 1) & mask }
            slots[i] = h
            bits[i] = b
        }
    }

    /// The bits of `h`, 0 when it is in no list.
    @inline(__always) subscript(_ h: UInt64) -> UInt8 {
        let f = Self.filterIndex(h)
        guard filter[f >> 6] & (1 << UInt64(f & 63)) != 0 else { return 0 }
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let s = slots[i]
            if s == h { return h != 0 ? bits[i] : 0 }
            if s == 0 { return 0 }
            i = (i + 1) & mask
        }
    }
}
