/// The clean-up every loader applies to what it found, so all formats end up alike: fields on one
/// line without control characters, paragraphs without site chrome and without repeats.
enum ArticleText {
    /// A one-line field (title, source, date, url, id): escape sequences and controls removed,
    /// white space collapsed, trimmed, and capped so a hostile field cannot flood a screen.
    static func field(_ value: String, maximumScalars: Int = 1000) -> String {
        let cleaned = collapseSpaces(TextSanitizer.clean(value, keepNewlines: false))
        guard cleaned.unicodeScalars.count > maximumScalars else { return cleaned }
        return String(String.UnicodeScalarView(cleaned.unicodeScalars.prefix(maximumScalars))) + "…"
    }

    /// A title for a record that has none: the start of its first paragraph, cut at a word
    /// boundary near `limit` scalars, so a listing shows something readable rather than an id.
    static func headline(from paragraph: String, limit: Int = 90) -> String {
        let scalars = paragraph.unicodeScalars
        guard scalars.count > limit else { return paragraph }
        var cut = scalars.index(scalars.startIndex, offsetBy: limit)
        if let space = scalars[..<cut].lastIndex(of: " "), scalars.distance(from: scalars.startIndex, to: space) > limit / 2 {
            cut = space
        }
        return String(String.UnicodeScalarView(scalars[..<cut])) + "…"
    }

    /// Final paragraphs from raw text blocks: sanitized, white space collapsed, chrome lines and
    /// empty ones dropped, and each paragraph kept only the first time (a repeat of the title too).
    static func paragraphs(from blocks: [String], title: String?) -> [String] {
        var seen = Set<String>()
        if let title { seen.insert(collapseSpaces(TextSanitizer.clean(title, keepNewlines: false))) }
        var result: [String] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            let paragraph = collapseSpaces(TextSanitizer.clean(block, keepNewlines: false))
            if paragraph.isEmpty || PlainTextArticle.isChrome(paragraph) { continue }
            if seen.insert(paragraph).inserted { result.append(paragraph) }
        }
        return result
    }

    /// Paragraphs of a text that may be HTML (feed descriptions, JSON bodies) or plain text.
    static func paragraphs(fromMarkupOrText text: String, title: String?) -> [String] {
        let blocks = HTMLText.looksLikeMarkup(text)
            ? HTMLText.paragraphs(ofFragment: text)
            : PlainTextArticle.paragraphBlocks(in: TextSanitizer.clean(LibXML.decodeEntities(text)))
        return paragraphs(from: blocks, title: title)
    }

    /// Collapses runs of white space (ASCII and Unicode spaces) to one space and trims the ends,
    /// on UTF-8 bytes; returns the string itself when there is nothing to change.
    static func collapseSpaces<S: StringProtocol>(_ text: S) -> String {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            var previousSpace = true  // a leading space needs trimming
            for byte in bytes {
                if byte >= 0xC2 && byte <= 0xE3 { return true }  // may start a Unicode space
                let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                if isSpace && (previousSpace || byte != 0x20) { return true }
                previousSpace = isSpace
            }
            return previousSpace  // a trailing space, or empty
        }
        let needsWork = text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
        if !needsWork { return String(text) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let spaceLength = whitespaceLength(bytes, at: i)
            if spaceLength > 0 {
                pendingSpace = !out.isEmpty
                i += spaceLength
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The length in bytes of the white-space character starting at `i`, or 0: ASCII white space,
    /// NEL, NO-BREAK SPACE, OGHAM SPACE MARK, U+2000–U+200A, LINE/PARAGRAPH SEPARATOR, NARROW
    /// NO-BREAK SPACE, MEDIUM MATHEMATICAL SPACE, IDEOGRAPHIC SPACE.
    @inline(__always)
    static func whitespaceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return (b == 0x20 || (b >= 0x09 && b <= 0x0D)) ? 1 : 0 }
        let count = bytes.count
        switch b {
        case 0xC2 where i + 1 < count:
            return (bytes[i + 1] == 0xA0 || bytes[i + 1] == 0x85) ? 2 : 0
        case 0xE1 where i + 2 < count:
            return (bytes[i + 1] == 0x9A && bytes[i + 2] == 0x80) ? 3 : 0
        case 0xE2 where i + 2 < count:
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return 3 }
            if b1 == 0x81 && b2 == 0x9F { return 3 }
            return 0
        case 0xE3 where i + 2 < count:
            return (bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80) ? 3 : 0
        default:
            return 0
        }
    }
}
