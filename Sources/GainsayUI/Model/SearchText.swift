#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Case-insensitive substring search on UTF-8 bytes.
///
/// Text is folded once (at load for the corpus, per visible line for highlighting): each scalar
/// maps to exactly one scalar, so a match's scalar offsets in folded text are its offsets in the
/// original, and highlighting needs no second mapping.
public enum SearchText {
    /// The scalar as the search compares it: lower case when that is a single scalar.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 {
            if v >= 65 && v <= 90, let lower = Unicode.Scalar(v + 32) { return lower }
            return scalar
        }
        guard scalar.properties.changesWhenLowercased else { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower[lower.startIndex] : scalar
    }

    /// `text` folded, as UTF-8 bytes: the haystack form.
    public static func folded(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            bytes.append(contentsOf: String(fold(scalar)).utf8)
        }
        return bytes
    }

    /// The first byte offset of `needle` in `haystack` at or after `from`, or nil.
    public static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard !needle.isEmpty, from >= 0, haystack.count - from >= needle.count else { return nil }
        return haystack.withUnsafeBytes { hay -> Int? in
            needle.withUnsafeBytes { pin -> Int? in
                guard let base = hay.baseAddress, let pattern = pin.baseAddress else { return nil }
                let last = hay.count - pin.count
                let first = Int32(needle[0])
                var at = from
                // memchr finds candidates for the first byte at memory speed; memcmp checks them.
                while at <= last {
                    guard let hit = memchr(base + at, first, last - at + 1) else { return nil }
                    let position = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + position, pattern, pin.count) == 0 { return position }
                    at = position + 1
                }
                return nil
            }
        }
    }

    /// True when `haystack` holds `needle`.
    public static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        find(needle, in: haystack) != nil
    }

    /// The ranges, in scalars of `text`, where the folded `needle` occurs: what gets highlighted.
    public static func ranges(of needle: [Unicode.Scalar], in text: String) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        let scalars = text.unicodeScalars.map(fold)
        guard scalars.count >= needle.count else { return [] }
        var result: [Range<Int>] = []
        var at = 0
        while at + needle.count <= scalars.count {
            if scalars[at] == needle[0] && scalars[at..<(at + needle.count)].elementsEqual(needle) {
                result.append(at..<(at + needle.count))
                at += needle.count
            } else {
                at += 1
            }
        }
        return result
    }

    /// The scalar offset of byte offset `byte` in UTF-8 `bytes` (continuation bytes don't count).
    public static func scalarOffset(ofByte byte: Int, in bytes: [UInt8]) -> Int {
        var count = 0
        for index in 0..<min(byte, bytes.count) where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The byte offset of scalar offset `scalar` in UTF-8 `bytes`.
    public static func byteOffset(ofScalar scalar: Int, in bytes: [UInt8]) -> Int {
        var count = 0
        for index in bytes.indices where bytes[index] & 0xC0 != 0x80 {
            if count == scalar { return index }
            count += 1
        }
        return bytes.count
    }
}
