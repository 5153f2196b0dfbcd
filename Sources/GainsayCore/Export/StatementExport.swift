/// Writes statements and propositions as JSON Lines, JSON, CSV and Markdown.
public enum ExportFormat: String, Sendable, CaseIterable { case jsonl, json, csv, markdown }

public enum StatementExport {
    /// One JSON object with the fields of ANNOTATION.md (plus offsets, confidence and label).
    public static func jsonObject(_ s: Statement, propositionLabel: String? = nil) -> String {
        var fields: [String] = [
            "\"article\":" + JSONText.string(s.article),
            "\"sentence\":" + JSONText.string(s.sentence),
            "\"speaker\":" + JSONText.string(s.speaker),
            "\"speaker_id\":" + JSONText.string(s.speakerID),
            "\"via\":" + JSONText.array(s.via),
            "\"cue\":" + JSONText.string(s.cue),
            "\"stance\":" + JSONText.string(s.stance.rawValue),
            "\"content\":" + JSONText.string(s.content),
            "\"proposition\":" + (s.proposition.map(JSONText.string) ?? "null"),
        ]
        if let label = propositionLabel { fields.append("\"proposition_label\":" + JSONText.string(label)) }
        fields += ["\"start\":\(s.start)", "\"end\":\(s.end)", "\"confidence\":" + JSONText.number(s.confidence)]
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// JSON Lines: one statement per line.
    public static func jsonLines(_ statements: [Statement], labels: [String: String] = [:]) -> String {
        statements.map { jsonObject($0, propositionLabel: $0.proposition.flatMap { labels[$0] }) + "\n" }.joined()
    }

    /// A JSON array of statements.
    public static func json(_ statements: [Statement], labels: [String: String] = [:]) -> String {
        "[\n" + statements.map { "  " + jsonObject($0, propositionLabel: $0.proposition.flatMap { labels[$0] }) }.joined(separator: ",\n") + "\n]\n"
    }

    static let csvHeader = ["article", "sentence", "speaker", "speaker_id", "via", "cue", "stance", "content", "proposition", "proposition_label", "start", "end", "confidence"]

    /// CSV with RFC 4180 quoting; `via` joins its outlets with "; ".
    public static func csv(_ statements: [Statement], labels: [String: String] = [:]) -> String {
        var out = csvHeader.joined(separator: ",") + "\r\n"
        for s in statements {
            let row = [s.article, s.sentence, s.speaker, s.speakerID, s.via.joined(separator: "; "), s.cue, s.stance.rawValue,
                       s.content, s.proposition ?? "", s.proposition.flatMap { labels[$0] } ?? "",
                       String(s.start), String(s.end), JSONText.number(s.confidence)]
            out += row.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One CSV field: quoted when it holds a comma, quote or line break; quotes doubled.
    public static func csvField(_ raw: String) -> String {
        let s = TextSanitizer.clean(raw, keepNewlines: false)
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s.hasPrefix(" ") || s.hasSuffix(" ") {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// Markdown: a section per article with one bullet per statement.
    public static func markdown(_ statements: [Statement], labels: [String: String] = [:]) -> String {
        var out = "# Statements\n"
        var currentArticle: String? = nil
        for s in statements {
            if s.article != currentArticle {
                out += "\n## " + markdownText(s.article) + "\n\n"
                currentArticle = s.article
            }
            var line = "- **" + markdownText(s.speaker) + "** (" + s.stance.rawValue + ", _" + markdownText(s.cue) + "_"
            if !s.via.isEmpty { line += ", via " + s.via.map(markdownText).joined(separator: " → ") }
            line += "): " + markdownText(s.content)
            if let p = s.proposition { line += " — " + markdownText(labels[p] ?? p) }
            out += line + "\n"
        }
        return out
    }

    /// Text safe inside Markdown: sanitised, one line, markup characters escaped.
    static func markdownText(_ raw: String) -> String {
        var out = ""
        for c in TextSanitizer.clean(raw, keepNewlines: false) {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    public static func render(_ statements: [Statement], format: ExportFormat, labels: [String: String] = [:]) -> String {
        switch format {
        case .jsonl: return jsonLines(statements, labels: labels)
        case .json: return json(statements, labels: labels)
        case .csv: return csv(statements, labels: labels)
        case .markdown: return markdown(statements, labels: labels)
        }
    }
}

/// Writes propositions as JSON Lines or an aligned table.
public enum PropositionExport {
    public static func jsonLines(_ propositions: [Proposition]) -> String {
        propositions.map { p in
            "{\"id\":" + JSONText.string(p.id) + ",\"label\":" + JSONText.string(p.label)
                + ",\"statements\":\(p.statementIndices.count),\"claims\":\(p.claims),\"denials\":\(p.denials),\"neutrals\":\(p.neutrals),\"sources\":\(p.sources)}\n"
        }.joined()
    }

    public static func table(_ propositions: [Proposition]) -> String {
        var out = "claims denials neutral sources  proposition\n"
        for p in propositions {
            let numbers = [p.claims, p.denials, p.neutrals, p.sources].map { String($0) }
            let padded = zip(numbers, [6, 7, 7, 7]).map { String(repeating: " ", count: max(0, $1 - $0.count)) + $0 }
            out += padded.joined(separator: " ") + "  " + TextSanitizer.clean(p.label, keepNewlines: false) + "  [" + TextSanitizer.clean(p.id, keepNewlines: false) + "]\n"
        }
        return out
    }
}
