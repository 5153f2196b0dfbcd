/// Converts increasing byte offsets to Unicode scalar offsets in one forward pass.
struct ScalarCursor {
    let bytes: [UInt8]
    var byte = 0
    var scalars = 0
    init(bytes: [UInt8]) { self.bytes = bytes }
    mutating func scalarOffset(ofByte target: Int) -> Int {
        if target < byte { byte = 0; scalars = 0 }
        let end = min(target, bytes.count)
        guard byte < end else { return scalars }
        var b = byte, s = scalars
        bytes.withUnsafeBytes { raw in
            // Eight bytes at a time: a continuation byte (10xxxxxx) starts no scalar. Four words
            // a step while they last: their flags (at most 4 per byte lane) are summed before
            // the one multiplication that adds up the lanes.
            while b + 32 <= end {
                let x0 = raw.loadUnaligned(fromByteOffset: b, as: UInt64.self)
                let x1 = raw.loadUnaligned(fromByteOffset: b + 8, as: UInt64.self)
                let x2 = raw.loadUnaligned(fromByteOffset: b + 16, as: UInt64.self)
                let x3 = raw.loadUnaligned(fromByteOffset: b + 24, as: UInt64.self)
                let c0 = (x0 & ~(x0 << 1) & 0x8080_8080_8080_8080) >> 7
                let c1 = (x1 & ~(x1 << 1) & 0x8080_8080_8080_8080) >> 7
                let c2 = (x2 & ~(x2 << 1) & 0x8080_8080_8080_8080) >> 7
                let c3 = (x3 & ~(x3 << 1) & 0x8080_8080_8080_8080) >> 7
                s += 32 - Int(truncatingIfNeeded: ((c0 + c1 + c2 + c3) &* 0x0101_0101_0101_0101) >> 56)
                b += 32
            }
            while b + 8 <= end {
                let x = raw.loadUnaligned(fromByteOffset: b, as: UInt64.self)
                // The flags sit in bit 7 of each byte; shifted to bit 0 and multiplied by
                // 0x01..01, their sum lands in the top byte (no POPCNT on the baseline CPU,
                // where `nonzeroBitCount` is a dozen instructions).
                let continuations = (x & ~(x << 1) & 0x8080_8080_8080_8080) >> 7
                s += 8 - Int(truncatingIfNeeded: (continuations &* 0x0101_0101_0101_0101) >> 56)
                b += 8
            }
            while b < end {
                if raw[b] & 0xC0 != 0x80 { s += 1 }
                b += 1
            }
        }
        byte = b
        scalars = s
        return s
    }
}
