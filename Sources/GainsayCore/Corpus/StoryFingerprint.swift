/// Identifies a story by its normalised text, so the same article loaded from two files or feeds
/// is kept once. Normalised: letters and digits only, lower-cased, words separated by one space, so
/// differences in punctuation, quotes, white space and case do not matter.
///
/// Only a hash is kept (two independent 64-bit hashes and the length), never a normalised copy of
/// the text: a corpus of 200 MB must not be held twice.
struct StoryFingerprint: Hashable, Sendable {
    let first: UInt64
    let second: UInt64
    let length: Int

    /// Texts shorter than this (in normalised bytes) are not deduplicated: two one-line items
    /// saying "Live updates" are not the same story.
    static let minimumLength = 80

    /// The fingerprint of `paragraphs`, or nil when there is too little text to tell.
    init?(paragraphs: [String]) {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a offset basis
        var b: UInt64 = 0x9e37_79b9_7f4a_7c15
        var length = 0
        var pendingSpace = false
        func feed(_ byte: UInt8) {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b &+ UInt64(byte)) &* 0xff51_afd7_ed55_8ccd
            b ^= b >> 29
            length += 1
        }
        for paragraph in paragraphs {
            if paragraph.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII: bytes only, no scalar decoding or property look-ups.
                for byte in paragraph.utf8 {
                    let lower = byte | 0x20
                    guard (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x7A) else {
                        pendingSpace = length > 0
                        continue
                    }
                    if pendingSpace { feed(0x20); pendingSpace = false }
                    feed(byte >= 0x41 && byte <= 0x5A ? lower : byte)
                }
                pendingSpace = length > 0
                continue
            }
            for scalar in paragraph.unicodeScalars {
                let value = scalar.value
                let isWordCharacter: Bool
                if value < 0x80 {
                    isWordCharacter = (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
                } else {
                    isWordCharacter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                }
                guard isWordCharacter else { pendingSpace = length > 0; continue }
                if pendingSpace { feed(0x20); pendingSpace = false }
                if value < 0x80 {
                    feed(UInt8(value | ((value >= 0x41 && value <= 0x5A) ? 0x20 : 0)))
                } else {
                    let lower = scalar.properties.isUppercase ? scalar.properties.lowercaseMapping : String(scalar)
                    for byte in lower.utf8 { feed(byte) }
                }
            }
            pendingSpace = length > 0
        }
        guard length >= Self.minimumLength else { return nil }
        self.first = a
        self.second = b
        self.length = length
    }
}
