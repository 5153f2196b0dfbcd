import Foundation

/// Reads articles from JSON: one object per line (JSON Lines), an array of objects, or an object
/// holding such an array (`articles`, `items`, …) or being a single article.
///
/// A record's fields: `title`; the text in `text`, `body` or `content` (a string, plain or HTML, or
/// an array of paragraph strings); optional `url`, `source`, `date` and `id`. A few synonyms that
/// scrapers commonly write are accepted too (`link`, `outlet`, `published`, `articleBody`, …).
enum JSONArticles {
    static let textKeys = ["text", "body", "content", "articleBody", "article_body", "article", "full_text", "fulltext"]
    static let titleKeys = ["title", "headline", "name"]
    static let urlKeys = ["url", "link", "href", "permalink"]
    static let sourceKeys = ["source", "outlet", "publisher", "site", "site_name", "siteName", "feed"]
    static let dateKeys = ["date", "published", "published_at", "publishedAt", "pubDate", "datePublished",
                           "publish_date", "created_at", "time", "timestamp"]
    static let idKeys = ["id", "_id", "guid", "uuid"]
    static let arrayKeys = ["articles", "items", "data", "results", "entries", "posts", "documents", "records"]

    /// Why a record is not an article.
    enum RecordProblem: Error, Equatable {
        case notJSON, notAnObject, noText
        var reason: String {
            switch self {
            case .notJSON: return "not valid JSON"
            case .notAnObject: return "not a JSON object"
            case .noText: return "no text (expected a text, body or content field)"
            }
        }
    }

    /// Parses one JSON Lines line (UTF-8 bytes, or Windows-1252 when they are not valid UTF-8).
    static func record(line: UnsafeRawBufferPointer) -> Result<[String: Any], RecordProblem> {
        let data: Data
        if TextSanitizer.holdsEscapeIntroducer(line) {
            // A raw ESC is invalid inside a JSON string: clean the line rather than lose the record.
            data = Data(TextSanitizer.clean(TextDecoding.decode(line).text, keepNewlines: false).utf8)
        } else if String(validating: line.bindMemory(to: UInt8.self), as: UTF8.self) != nil {
            data = Data(line)
        } else {
            data = Data(TextDecoding.decode(line).text.utf8)
        }
        guard let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .failure(.notJSON)
        }
        guard let object = value as? [String: Any] else { return .failure(.notAnObject) }
        return .success(object)
    }

    /// Turns a record into an article. `fallbackID` is used when the record has no id.
    static func article(from record: [String: Any], fallbackID: String, path: String?) -> Result<Article, RecordProblem> {
        let title = string(record, titleKeys).map { ArticleText.field(LibXML.decodeEntities($0)) }.flatMap { $0.isEmpty ? nil : $0 }
        var paragraphs: [String] = []
        for key in textKeys {
            guard let value = record[key] else { continue }
            if let text = value as? String {
                paragraphs = ArticleText.paragraphs(fromMarkupOrText: text, title: title)
            } else if let list = value as? [Any] {
                let blocks = list.compactMap { $0 as? String }
                    .flatMap { ArticleText.paragraphs(fromMarkupOrText: $0, title: nil) }
                paragraphs = ArticleText.paragraphs(from: blocks, title: title)
            }
            if !paragraphs.isEmpty { break }
        }
        guard !paragraphs.isEmpty else { return .failure(.noText) }
        let id = string(record, idKeys).map { ArticleText.field($0, maximumScalars: 200) }.flatMap { $0.isEmpty ? nil : $0 }
        let field = { (keys: [String]) -> String? in
            string(record, keys).map { ArticleText.field($0) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        return .success(Article(id: id ?? fallbackID, title: title ?? ArticleText.headline(from: paragraphs[0]), paragraphs: paragraphs,
                                source: field(sourceKeys), date: field(dateKeys), url: field(urlKeys), path: path))
    }

    /// The first of `keys` whose value reads as text: a string, a number, or an object's `name`.
    private static func string(_ record: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            switch record[key] {
            case let text as String where !text.isEmpty: return text
            case let number as NSNumber: return number.stringValue
            case let object as [String: Any]:
                if let name = object["name"] as? String ?? object["title"] as? String, !name.isEmpty { return name }
            default: continue
            }
        }
        return nil
    }

    /// The records of a whole JSON document (not JSON Lines): an array, or an object holding an
    /// array under a known key, or a single record.
    static func records(document: UnsafeRawBufferPointer) -> Result<[Any], RecordProblem> {
        let data: Data
        let buffer = document.bindMemory(to: UInt8.self)
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) || TextDecoding.utf16Order(buffer) != nil
            || String(validating: buffer, as: UTF8.self) == nil {
            data = Data(TextDecoding.decode(document).text.utf8)
        } else if let base = document.baseAddress {
            // The file's bytes as they are (mapped, not copied).
            data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: document.count, deallocator: .none)
        } else {
            return .failure(.notJSON)
        }
        guard let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .failure(.notJSON)
        }
        if let array = value as? [Any] { return .success(array) }
        guard let object = value as? [String: Any] else { return .failure(.notAnObject) }
        return .success(nestedRecords(object) ?? [object])
    }

    /// The records of an object that wraps them (`{"articles": [...]}`), if it is one.
    static func nestedRecords(_ object: [String: Any]) -> [Any]? {
        guard !textKeys.contains(where: { object[$0] != nil }) else { return nil }
        for key in arrayKeys {
            if let array = object[key] as? [Any], array.contains(where: { $0 is [String: Any] }) { return array }
        }
        return nil
    }
}
