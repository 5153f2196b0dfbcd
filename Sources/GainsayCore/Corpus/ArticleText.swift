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

    /// Collapses runs of white space to one space and trims the ends; returns the string itself
    /// when there is nothing to collapse.
    static func collapseSpaces(_ text: String) -> String {
        var needsWork = false
        var previousSpace = true  // a leading space needs trimming
        for byte in text.utf8 {
            if byte >= 0x80 { needsWork = true; break }  // may hold Unicode spaces
            let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if isSpace && (previousSpace || byte != 0x20) { needsWork = true; break }
            previousSpace = isSpace
        }
        if !needsWork && !previousSpace { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
