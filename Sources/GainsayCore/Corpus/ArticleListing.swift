import Foundation

/// The listing `gainsay articles` prints: one row per article with its id, title, source, date,
/// path and counts, as JSON Lines or as an aligned table. Every field was sanitised on load; the
/// table pads by display width (wide East Asian characters take two columns).
public enum ArticleListing {
    /// What was counted in one article. `statements` and the stance counts are nil until the
    /// extraction is wired in; `paragraphs` is always known.
    public struct Counts: Sendable, Equatable, Codable {
        public var paragraphs: Int
        public var statements: Int?
        public var claims: Int?
        public var denials: Int?
        public var neutral: Int?
        public init(paragraphs: Int, statements: Int? = nil, claims: Int? = nil, denials: Int? = nil, neutral: Int? = nil) {
            self.paragraphs = paragraphs
            self.statements = statements
            self.claims = claims
            self.denials = denials
            self.neutral = neutral
        }
    }

    private struct Row: Encodable {
        let id: String
        let title: String
        let source: String?
        let date: String?
        let url: String?
        let path: String?
        let alsoFrom: [String]
        let paragraphs: Int
        let statements: Int?
        let claims: Int?
        let denials: Int?
        let neutral: Int?
        let text: String?
    }

    /// One JSON object per article, keys sorted, one per line; with `includeText`, the article's
    /// `text` too (to check what a loader took from a page).
    public static func jsonLines(_ articles: [Article], counts: [Counts], includeText: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for (article, count) in zip(articles, counts) {
            let row = Row(id: article.id, title: article.title, source: article.source, date: article.date,
                          url: article.url, path: article.path, alsoFrom: article.alsoFrom,
                          paragraphs: count.paragraphs, statements: count.statements, claims: count.claims,
                          denials: count.denials, neutral: count.neutral, text: includeText ? article.text : nil)
            if let data = try? encoder.encode(row) {
                out += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        return out
    }

    /// An aligned table with a header; the title column takes what `width` leaves.
    public static func table(_ articles: [Article], counts: [Counts], width: Int = 120) -> String {
        let hasStatements = counts.contains { $0.statements != nil }
        let countHeader = hasStatements ? "STMTS" : "PARAS"
        var rows: [[String]] = [["ID", "TITLE", "SOURCE", "DATE", countHeader, "PATH"]]
        for (article, count) in zip(articles, counts) {
            let countText: String
            if let statements = count.statements {
                countText = "\(statements)" + (count.claims.map { " (\($0)c/\(count.denials ?? 0)d/\(count.neutral ?? 0)n)" } ?? "")
            } else {
                countText = "\(count.paragraphs)"
            }
            let path = article.path ?? "-"
            let also = article.alsoFrom.isEmpty ? "" : " +\(article.alsoFrom.count) more"
            rows.append([article.id, article.title, article.source ?? "-", shortDate(article.date), countText, path + also])
        }
        // Fixed caps for the narrow columns; the title gets the rest (at least 20 columns).
        let caps = [28, Int.max, 24, 10, 24, 60]
        var widths = [Int](repeating: 0, count: 6)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = min(max(widths[index], displayWidth(cell)), caps[index]) }
        }
        let others = widths.enumerated().filter { $0.offset != 1 }.map(\.element).reduce(0, +) + 2 * 5
        widths[1] = max(20, min(widths[1], width - others))
        var out = ""
        for row in rows {
            var line = ""
            for (index, cell) in row.enumerated() {
                let fitted = fit(cell, to: widths[index])
                line += index == row.count - 1 ? fitted : pad(fitted, to: widths[index]) + "  "
            }
            out += line.trimmingTrailingSpaces() + "\n"
        }
        return out
    }

    /// The date part of an ISO timestamp ("2024-05-01T10:00:00Z" → "2024-05-01"); other dates as given.
    static func shortDate(_ date: String?) -> String {
        guard let date else { return "-" }
        let scalars = Array(date.unicodeScalars)
        if scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
           scalars[0..<4].allSatisfy({ $0.properties.numericType != nil }) {
            return String(String.UnicodeScalarView(scalars[0..<10]))
        }
        return date
    }

    /// Columns `text` takes in a terminal: 2 for wide East Asian characters, 0 for combining marks.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + scalarWidth($1) }
    }

    static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// `text` cut to `width` columns, ending in "…" when cut.
    static func fit(_ text: String, to width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let w = scalarWidth(scalar)
            if used + w > width - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }

    private static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - displayWidth(text)))
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
