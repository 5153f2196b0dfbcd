/// Makes text from any input safe to show, export or print.
///
/// Articles come from the web: they can hold ESC sequences (CSI, OSC such as `ESC ] 2 ; title BEL`),
/// C1 controls, NULs and stray carriage returns. None of these may reach a terminal, so every
/// loader passes its fields through here; the renderer checks again cell by cell.
///
/// Unicode bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
/// dropped too: they can make a line display in an order other than the one it is stored in
/// ("Trojan Source"), so a quote could be made to read as something it does not say. The plain
/// marks U+200E/U+200F stay, because right-to-left text legitimately needs them and they cannot
/// reorder anything beyond a neutral character. U+2028/U+2029 become line ends and a stray BOM
/// (U+FEFF) is dropped.
public enum TextSanitizer {
    /// Returns `text` with escape sequences removed, other control characters dropped, tabs turned
    /// into spaces and line ends normalised to `\n`. Newlines are kept when `keepNewlines` is true,
    /// otherwise they become spaces.
    public static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        // Fast path: most text has nothing to clean, and then no copy is made.
        if !needsCleaning(text, keepNewlines: keepNewlines) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            switch scalar.value {
            case 0x1B, 0x9B, 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                pending = skipEscapeSequence(introducer: scalar, &scalars)
            case 0x0D:
                // CRLF and lone CR both end a line.
                let next = scalars.next()
                if keepNewlines { out.append("\n") } else { out.append(" ") }
                if next?.value != 0x0A { pending = next }
            case 0x0A:
                out.append(keepNewlines ? "\n" : " ")
            case 0x09:
                out.append(" ")
            case 0x2028, 0x2029:
                out.append(keepNewlines ? "\n" : " ")
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True when `scalar` must never be written to a terminal cell: C0 and C1 controls, DEL,
    /// and the bidi embeddings, overrides and isolates.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// True when raw bytes (UTF-8 or an ASCII-compatible encoding) hold the start of an escape
    /// sequence: ESC, or a C1 introducer encoded in UTF-8. Markup parsers silently drop ESC but keep
    /// the rest of the sequence ("]2;PWNED"), so such input is cleaned as text before parsing.
    public static func holdsEscapeIntroducer(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count > 0 else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x1B { return true }
            if previous == 0xC2 && (byte == 0x9B || byte == 0x9D || byte == 0x90 || byte == 0x98 || byte == 0x9E || byte == 0x9F) {
                return true
            }
            previous = byte
        }
        return false
    }

    /// True when `text` holds anything `clean` would change, judged on its UTF-8 bytes.
    static func needsCleaning(_ text: String, keepNewlines: Bool) -> Bool {
        let check = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            let count = bytes.count
            var i = 0
            // Eight bytes at a time while all are printable ASCII (0x20...0x7E), which `clean`
            // never changes: no byte below 0x20 and none above 0x7E (exact bit tests).
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let raw = UnsafeRawBufferPointer(bytes)
            // After any other byte, read on its own below, the eight-byte steps resume: one
            // curly quotation mark early in a text no longer sends the rest of it byte by byte.
            while true {
                while i + 8 <= count {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let below = (x &- ones &* 0x20) & ~x & highs
                    let above = ((x &+ ones &* 1) | x) & highs
                    if below | above != 0 { break }
                    i += 8
                }
                guard i < count else { return false }
                do {
                    let b = bytes[i]
                    if b < 0x20 {
                        if b != 0x0A || !keepNewlines { return true }
                    } else if b == 0x7F {
                        return true
                    } else if b == 0xC2 {
                        // U+0080...U+009F: C1 controls.
                        if i + 1 < count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F { return true }
                    } else if b == 0xE2, i + 2 < count {
                        let b1 = bytes[i + 1], b2 = bytes[i + 2]
                        // U+2028...U+202E (separators, embeddings, overrides), U+2066...U+2069 (isolates).
                        if b1 == 0x80 && b2 >= 0xA8 && b2 <= 0xAE { return true }
                        if b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9 { return true }
                    } else if b == 0xEF, i + 2 < count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
                        return true
                    }
                    i += 1
                }
            }
        }
        if let result = text.utf8.withContiguousStorageIfAvailable(check) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(check) ?? true
    }

    /// Consumes an escape sequence after its introducer; returns a scalar read past its end that
    /// belongs to the text, if any.
    private static func skipEscapeSequence(
        introducer: Unicode.Scalar, _ scalars: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        var kind = introducer.value
        if kind == 0x1B {
            guard let next = scalars.next() else { return nil }
            switch next.value {
            case 0x5B: kind = 0x9B  // ESC [ : CSI
            case 0x5D: kind = 0x9D  // ESC ] : OSC
            case 0x50, 0x58, 0x5E, 0x5F: kind = 0x90  // DCS, SOS, PM, APC: string until ST
            case 0x20...0x2F:
                // ESC with intermediates: up to and including a final byte 0x30...0x7E.
                while let s = scalars.next() {
                    if s.value >= 0x30 && s.value <= 0x7E { return nil }
                    if s.value < 0x20 || s.value > 0x7E { return s }
                }
                return nil
            default:
                // Two-character escape (ESC c, ESC 7, ...): drop both unless the second is text
                // that cannot be a final byte.
                return (next.value >= 0x30 && next.value <= 0x7E) ? nil : next
            }
        }
        if kind == 0x9B {
            // CSI: parameters and intermediates 0x20...0x3F, then a final byte 0x40...0x7E.
            var count = 0
            while let s = scalars.next() {
                count += 1
                if s.value >= 0x40 && s.value <= 0x7E { return nil }
                if s.value < 0x20 || s.value > 0x3F || count > 64 { return s.value < 0x20 ? nil : s }
            }
            return nil
        }
        // OSC, DCS, SOS, PM, APC: a string ended by BEL, ST (ESC \) or C1 ST; bounded so an
        // unterminated one cannot swallow a whole article.
        var count = 0
        while let s = scalars.next() {
            count += 1
            if s.value == 0x07 || s.value == 0x9C { return nil }
            if s.value == 0x1B {
                let after = scalars.next()
                return after?.value == 0x5C ? nil : after
            }
            if s.value == 0x0A || count > 512 { return s.value == 0x0A ? s : nil }
        }
        return nil
    }
}
