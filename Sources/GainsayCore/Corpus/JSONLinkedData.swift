import Foundation

/// Facts a page states about itself in JSON-LD (`<script type="application/ld+json">`), the
/// schema.org markup most news sites carry: headline, publication date, publisher, body.
struct JSONLinkedData {
    var headline: String?
    var datePublished: String?
    var publisher: String?
    var articleBody: String?

    /// Reads the first article-like object found in any of the scripts' texts.
    static func facts(from scripts: [String]) -> JSONLinkedData {
        var facts = JSONLinkedData()
        for script in scripts where script.utf8.count <= 4_000_000 {
            guard let data = script.data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            var budget = 2000  // objects visited: bounds hostile nesting and size
            visit(value, into: &facts, budget: &budget)
            if facts.datePublished != nil && facts.headline != nil { break }
        }
        return facts
    }

    private static func visit(_ value: Any, into facts: inout JSONLinkedData, budget: inout Int) {
        budget -= 1
        guard budget > 0 else { return }
        if let array = value as? [Any] {
            for element in array { visit(element, into: &facts, budget: &budget) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph, into: &facts, budget: &budget) }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        let isArticle = types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
        guard isArticle || object["datePublished"] != nil else { return }
        if facts.headline == nil { facts.headline = object["headline"] as? String }
        if facts.datePublished == nil { facts.datePublished = object["datePublished"] as? String }
        if facts.articleBody == nil { facts.articleBody = object["articleBody"] as? String }
        if facts.publisher == nil { facts.publisher = name(of: object["publisher"]) }
    }

    private static func name(of value: Any?) -> String? {
        if let text = value as? String { return text }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let array = value as? [Any] { return array.lazy.compactMap { name(of: $0) }.first }
        return nil
    }
}
