/// A 4,096-bit set of the byte pairs in a text: a row whose sketch lacks one of the query's pairs
/// cannot contain the query, so a search rejects most rows without reading their text. What keeps
/// a query that matches nothing (a typo) from scanning the whole corpus at memory speed per key.
public struct BigramSketches: Sendable {
    static let words = 64
    private var bits: [UInt64]

    public init(_ haystacks: [[UInt8]]) {
        var bits = [UInt64](repeating: 0, count: haystacks.count * Self.words)
        for (row, hay) in haystacks.enumerated() where hay.count >= 2 {
            let base = row * Self.words
            var previous = hay[0]
            for byte in hay.dropFirst() {
                let bit = Self.bit(previous, byte)
                bits[base + bit >> 6] |= 1 << UInt64(bit & 63)
                previous = byte
            }
        }
        self.bits = bits
    }

    @inline(__always)
    static func bit(_ a: UInt8, _ b: UInt8) -> Int {
        Int(((UInt32(a) << 8 | UInt32(b)) &* 2_654_435_761) >> 20)
    }

    /// The bits of `needle`'s pairs, deduplicated.
    static func query(_ needle: [UInt8]) -> [Int] {
        guard needle.count >= 2 else { return [] }
        return Array(Set((1..<needle.count).map { bit(needle[$0 - 1], needle[$0]) }))
    }

    /// False when row `row` certainly does not contain the needle whose pair bits are `query`.
    @inline(__always)
    func mayContain(row: Int, _ query: [Int]) -> Bool {
        let base = row * Self.words
        guard base + Self.words <= bits.count else { return false }
        for bit in query where bits[base + bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
        return true
    }
}
