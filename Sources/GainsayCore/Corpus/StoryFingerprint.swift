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

    /// The running hashes over the normalised bytes.
    private struct Accumulator {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a offset basis
        var b: UInt64 = 0x9e37_79b9_7f4a_7c15
        var length = 0
        var pendingSpace = false

        @inline(__always)
        mutating func feed(_ byte: UInt8) {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b &+ UInt64(byte)) &* 0xff51_afd7_ed55_8ccd
            b ^= b >> 29
            length += 1
        }

        /// Feeds a word character, after the single space that separates it from the last word.
        @inline(__always)
        mutating func word(_ byte: UInt8) {
            if pendingSpace { feed(0x20); pendingSpace = false }
            feed(byte)
        }

        @inline(__always)
        mutating func boundary() { pendingSpace = length > 0 }

        /// ASCII bytes: no scalar decoding or property look-ups.
        mutating func feedASCII(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes {
                let lower = byte | 0x20
                if byte >= 0x30 && byte <= 0x39 {
                    word(byte)
                } else if lower >= 0x61 && lower <= 0x7A {
                    word(lower)
                } else {
                    boundary()
                }
            }
        }

        mutating func feedScalars(_ text: String) {
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    let byte = UInt8(value), lower = byte | 0x20
                    if byte >= 0x30 && byte <= 0x39 { word(byte) } else if lower >= 0x61 && lower <= 0x7A { word(lower) } else { boundary() }
                    continue
                }
                guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { boundary(); continue }
                let lower = scalar.properties.isUppercase ? scalar.properties.lowercaseMapping : String(scalar)
                for byte in lower.utf8 { word(byte) }
            }
        }
    }

    /// The fingerprint of `paragraphs`, or nil when there is too little text to tell.
    init?(paragraphs: [String]) {
        var hash = Accumulator()
        for paragraph in paragraphs {
            let handled: Bool? = paragraph.utf8.withContiguousStorageIfAvailable { bytes in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
                hash.feedASCII(bytes)
                return true
            }
            if handled != true { hash.feedScalars(paragraph) }
            hash.boundary()
        }
        guard hash.length >= Self.minimumLength else { return nil }
        self.first = hash.a
        self.second = hash.b
        self.length = hash.length
    }
}
