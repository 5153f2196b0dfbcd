import Foundation

/// Reads a plain-text or Markdown article: the first line that is not site chrome is the title,
/// the rest are paragraphs.
///
/// Saved pages carry chrome ("Skip to content", "Home > Section > Story", "Advertisement") and
/// often print the headline or a teaser twice; a reader wants neither, so chrome lines are dropped
/// and a paragraph repeated verbatim is kept only the first time.
public enum PlainTextArticle {
    /// Builds an article from decoded text. `id` is the file name without its extension.
    /// Markdown front matter (`---` … `---` with `title:`, `date:`, `source:`, `url:`) supplies
    /// those fields; the body's first line is then a paragraph, unless it repeats the title.
    public static func parse(_ rawText: String, id: String, path: String? = nil) -> Article {
        parse(rawText, id: id, path: path, progress: nil)
    }

    /// `progress` gets the bytes of text processed so far, about once per megabyte (a 50 MB
    /// article takes seconds, and the loader shows how far it has come).
    static func parse(_ rawText: String, id: String, path: String?, progress: ((Int) -> Void)?) -> Article {
        var title = ""
        var paragraphs: [String] = []
        var seen = Set<String>()
        let cleaned = TextSanitizer.clean(rawText)
        let frontMatter = MarkdownFrontMatter.split(cleaned)
        if let declared = frontMatter?.frontMatter.title.map({ ArticleText.field($0) }), !declared.isEmpty {
            title = declared
            seen.insert(declared)
        }
        forEachBlock(in: frontMatter.map { String($0.body) } ?? cleaned, progress: progress) { block in
            let line = stripMarkdown(block)
            if line.isEmpty || isChrome(line) { return }
            if title.isEmpty {
                title = line
                seen.insert(line)
                return
            }
            if seen.insert(line).inserted { paragraphs.append(line) }
        }
        if title.isEmpty { title = id }
        let matter = frontMatter?.frontMatter
        return Article(id: id, title: title, paragraphs: paragraphs, source: matter?.source, date: matter?.date,
                       url: matter?.url, path: path)
    }

    /// Splits text into paragraphs. Blank lines always separate. Within a block, a line joins the
    /// next only when it reads as hard-wrapped prose: it stops without closing punctuation and the
    /// next line goes on in lower case, or the whole file is wrapped at a fixed width and this line
    /// fills it. One-line headings and one-paragraph-per-line files thus keep their lines apart.
    static func paragraphBlocks(in text: String) -> [String] {
        var blocks: [String] = []
        forEachBlock(in: text) { blocks.append($0) }
        return blocks
    }

    /// Calls `body` with each paragraph block of `text` in order, holding only the current block
    /// (a 50 MB article is not copied line by line into an array first).
    static func forEachBlock(in text: String, progress: ((Int) -> Void)? = nil, _ body: (String) -> Void) {
        // Split on UTF-8 bytes: splitting by Character would walk grapheme clusters, which is
        // several times slower on a large file.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        let wrapWidth = hardWrapWidth(lines)
        var current = ""
        var previousLine = ""
        var bytesDone = 0, lastReport = 0
        for rawLine in lines {
            if let progress {
                bytesDone += rawLine.utf8.count + 1
                if bytesDone - lastReport >= 1 << 20 { progress(bytesDone); lastReport = bytesDone }
            }
            let line = collapseSpaces(rawLine)
            if line.isEmpty {
                if !current.isEmpty { body(current); current = "" }
                previousLine = ""
                continue
            }
            if !current.isEmpty && continues(previousLine, with: line, wrapWidth: wrapWidth) {
                current += " " + line
            } else {
                if !current.isEmpty { body(current) }
                current = line
            }
            previousLine = line
        }
        if !current.isEmpty { body(current) }
    }

    /// The width a file was hard-wrapped at, or nil when it was not: no line is much longer than
    /// 100 columns and a good share of lines come close to the longest one.
    private static func hardWrapWidth(_ lines: [Substring]) -> Int? {
        // Scalars counted on UTF-8 bytes (every byte that does not continue a sequence), trailing
        // white space ignored: cheap enough for a 50 MB file.
        // A line of over 400 bytes has over 100 scalars: not hard-wrapped, no need to count.
        if lines.contains(where: { $0.utf8.count > 400 }) { return nil }
        let lengths = lines.map { line -> Int in
            var count = 0, lastNonSpace = 0
            for byte in line.utf8 where byte & 0xC0 != 0x80 {
                count += 1
                if byte != 0x20 && byte != 0x09 { lastNonSpace = count }
            }
            return lastNonSpace
        }.filter { $0 > 0 }
        var longest = 0, total = 0
        for length in lengths { longest = max(longest, length); total += 1 }
        guard longest <= 100, longest >= 40, total >= 4 else { return nil }
        let near = lengths.filter { $0 * 10 >= longest * 7 }.count
        return near * 2 >= total ? longest : nil
    }

    /// True when `next` continues the hard-wrapped line `line`.
    private static func continues(_ line: String, with next: String, wrapWidth: Int?) -> Bool {
        guard let last = line.unicodeScalars.last, let first = next.unicodeScalars.first else { return false }
        if ".!?:;\"”’)]…".unicodeScalars.contains(last) || isListItem(next) { return false }
        if first.properties.isLowercase { return true }
        guard let width = wrapWidth else { return false }
        return line.unicodeScalars.count * 10 >= width * 7
    }

    private static func isListItem(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        return "-*•#>".unicodeScalars.contains(first) || first.properties.numericType != nil
    }

    /// Removes Markdown heading, quote and list markers and emphasis around a whole line.
    static func stripMarkdown(_ line: String) -> String {
        var s = Substring(line)
        while let first = s.first, first == "#" || first == ">" { s = s.dropFirst() }
        if s.hasPrefix("* ") || s.hasPrefix("- ") { s = s.dropFirst(2) }
        var result = s.trimmingSpaces()
        for marker in ["**", "__"] where result.hasPrefix(marker) && result.hasSuffix(marker) && result.utf8.count > 4 {
            result = String(result.dropFirst(2).dropLast(2))
        }
        if result.utf8.contains(UInt8(ascii: "]")) { result = inlineLinks(result) }
        return result
    }

    /// Markdown links keep their text and lose their target (`[the report](https://…)` → "the
    /// report"); images (`![alt](src)`) are dropped. Anything that is not a complete link stays.
    static func inlineLinks(_ line: String) -> String {
        var out = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            let isImage = open > rest.startIndex && rest[rest.index(before: open)] == "!"
            guard let close = rest[open...].firstIndex(of: "]"),
                  rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
                  let end = rest[close...].firstIndex(of: ")") else { break }
            out += rest[..<(isImage ? rest.index(before: open) : open)]
            if !isImage { out += rest[rest.index(after: open)..<close] }
            rest = rest[rest.index(after: end)...]
        }
        out += rest
        return out == line ? line : ArticleText.collapseSpaces(out)
    }

    /// Lines that belong to the site around an article, not to the article.
    static func isChrome(_ line: String) -> Bool {
        // Chrome lines and breadcrumbs are short; long paragraphs skip the lower-casing.
        let length = line.utf8.count
        if length <= 200 {
            let lower = line.lowercased()
            if chromeLines.contains(lower) { return true }
            // Breadcrumbs: "Home > Section > Story", "Home / News", "News » World".
            for root in breadcrumbRoots where lower.hasPrefix(root) {
                let rest = lower.dropFirst(root.count)
                if breadcrumbSeparators.contains(where: { rest.hasPrefix($0) }) { return true }
            }
            if isByline(lower) || isDateLine(lower) { return true }
        }
        // A line of punctuation only (rules, bullets).
        return !line.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    private static let breadcrumbSeparators = [" > ", " › ", " » ", " / ", " | "]

    /// "By A. Writer, World correspondent": short, starts with "by ", and is not a sentence
    /// ("By Friday the port will reopen." ends like one and stays).
    private static func isByline(_ lower: String) -> Bool {
        guard lower.hasPrefix("by "), lower.utf8.count <= 80, let last = lower.unicodeScalars.last else { return false }
        return !".!?\"”’".unicodeScalars.contains(last)
    }

    /// A line that is only a date or time stamp: "1 June 2024", "Updated: 3 June 2024, 10:04 GMT",
    /// "2024-06-01". Every word is a number, a month or weekday name, or a stamp word.
    private static func isDateLine(_ lower: String) -> Bool {
        guard lower.utf8.count <= 60 else { return false }
        let words = lower.split { !($0.isLetter || $0.isNumber) }
        guard !words.isEmpty, words.contains(where: { $0.allSatisfy(\.isNumber) }) else { return false }
        return words.allSatisfy { word in word.allSatisfy(\.isNumber) || dateWords.contains(String(word)) }
    }

    private static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "wed", "thu", "fri", "sat", "sun", "updated", "published", "posted", "modified", "last", "on", "at",
        "am", "pm", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "st", "nd", "rd", "th",
        "t", "z",
    ]
    private static let chromeLines: Set<String> = [
        "skip to content", "skip to main content", "skip to navigation", "jump to content", "menu",
        "advertisement", "sign in", "log in", "subscribe", "share", "share this article", "close",
        "search", "toggle navigation", "main menu", "you are here:", "breadcrumb",
    ]
    private static let breadcrumbRoots: Set<String> = ["home", "homepage", "start", "news", "main", "index"]

    private static func collapseSpaces<S: StringProtocol>(_ line: S) -> String {
        ArticleText.collapseSpaces(line)
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (Unicode-aware, no Foundation).
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
