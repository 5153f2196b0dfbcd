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
            // Eight bytes at a time: a continuation byte (10xxxxxx) starts no scalar.
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
