/// The YAML front matter that static-site Markdown files start with:
///
///     ---
///     title: "Port closed after storm"
///     date: 2024-05-01
///     source: The Daily Example
///     ---
///
/// Only flat `key: value` lines are read (no YAML library: nothing else is needed, and a full
/// YAML parser is a large surface for hostile input).
struct MarkdownFrontMatter: Equatable {
    var title: String?
    var date: String?
    var source: String?
    var url: String?

    /// Splits `text` into its front matter and the rest; nil when it has none.
    static func split(_ text: String) -> (frontMatter: MarkdownFrontMatter, body: Substring)? {
        guard text.hasPrefix("---\n") else { return nil }
        let afterOpening = text.utf8.index(text.startIndex, offsetBy: 4)
        let window = text[afterOpening...].utf8.prefix(16384)
        // The closing fence: a line that is exactly "---" (or "...").
        var lineStart = afterOpening
        var closing: (start: String.Index, end: String.Index)?
        var index = afterOpening
        while index < window.endIndex {
            if text.utf8[index] == UInt8(ascii: "\n") {
                let line = text[lineStart..<index]
                if line == "---" || line == "..." { closing = (lineStart, text.utf8.index(after: index)); break }
                lineStart = text.utf8.index(after: index)
            }
            index = text.utf8.index(after: index)
        }
        if closing == nil, lineStart < text.endIndex, text[lineStart...] == "---" || text[lineStart...] == "..." {
            closing = (lineStart, text.endIndex)
        }
        guard let closing else { return nil }
        var matter = MarkdownFrontMatter()
        for line in text[afterOpening..<closing.start].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), line.first != " " else { continue }
            let key = line[..<colon].trimmingSpaces().lowercased()
            let value = unquote(line[line.index(after: colon)...].trimmingSpaces())
            guard !value.isEmpty else { continue }
            switch key {
            case "title", "headline": matter.title = matter.title ?? value
            case "date", "published", "pubdate", "publishdate": matter.date = matter.date ?? value
            case "source", "outlet", "publisher", "site", "site_name": matter.source = matter.source ?? value
            case "url", "link", "canonical", "canonical_url", "permalink": matter.url = matter.url ?? value
            default: break
            }
        }
        return (matter, text[closing.end...])
    }

    private static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else { return value }
        return String(value.dropFirst().dropLast())
    }
}
