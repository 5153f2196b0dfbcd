/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: each item or entry becomes an article, with the
/// feed's title as its source.
enum FeedArticles {
    /// The outcome of reading one feed.
    struct Result {
        var articles: [Article] = []
        /// Why the feed could not be read at all, when it could not.
        var failure: String?
        /// Items left out because they had neither text nor title.
        var emptyItems = 0
    }

    /// Parses feed bytes. `stem` makes the ids: `stem-1`, `stem-2`, … in item order.
    static func parse(_ bytes: UnsafeRawBufferPointer, stem: String, path: String?) -> Result {
        if let refusal = XMLSafety.refusal(bytes) { return Result(failure: refusal) }
        if TextSanitizer.holdsEscapeIntroducer(bytes) {
            // ESC is not allowed in XML: clean the text first rather than refuse the whole feed.
            let cleaned = Array(TextSanitizer.clean(TextDecoding.decode(bytes).text).utf8)
            return cleaned.withUnsafeBytes { parseClean($0, encoding: "UTF-8", stem: stem, path: path) }
        }
        return parseClean(bytes, encoding: nil, stem: stem, path: path)
    }

    private static func parseClean(_ bytes: UnsafeRawBufferPointer, encoding: String?, stem: String, path: String?) -> Result {
        var outcome = LibXML.withXMLDocument(bytes, encoding: encoding) { read($0, stem: stem, path: path) }
        if case .failure(let failure) = outcome, failure.isEncodingError {
            // A feed that lies about its encoding (usually Windows-1252 bytes declared as UTF-8):
            // decode it the way a plain text file would be and parse it again as UTF-8.
            let utf8 = Array(TextDecoding.decode(bytes).text.utf8)
            outcome = utf8.withUnsafeBytes { LibXML.withXMLDocument($0, encoding: "UTF-8") { read($0, stem: stem, path: path) } }
        }
        switch outcome {
        case .success(let result): return result
        case .failure(let failure):
            let line = failure.line > 0 ? " at line \(failure.line)" : ""
            return Result(failure: "malformed XML\(line): \(failure.message)")
        }
    }

    private static func read(_ root: XMLNodeRef, stem: String, path: String?) -> Result {
        let rootName = root.name
        let feedTitle: String?
        let items: [XMLNodeRef]
        switch rootName {
        case "rss":
            let channel = root.childElements.first { $0.name == "channel" }
            feedTitle = channel.flatMap { text(of: "title", in: $0) }
            items = channel?.childElements.filter { $0.name == "item" } ?? []
        case "rdf":
            let channel = root.childElements.first { $0.name == "channel" }
            feedTitle = channel.flatMap { text(of: "title", in: $0) }
            items = root.childElements.filter { $0.name == "item" }
        case "feed":
            feedTitle = root.childElements.first { $0.name == "title" }.map(atomText)
            items = root.childElements.filter { $0.name == "entry" }
        default:
            return Result(failure: "XML but not an RSS or Atom feed (root element <\(ArticleText.field(rootName, maximumScalars: 40))>)")
        }
        let source = feedTitle.map { ArticleText.field($0) }.flatMap { $0.isEmpty ? nil : $0 }
        var result = Result()
        for (index, item) in items.enumerated() {
            let id = "\(stem)-\(index + 1)"
            let article = rootName == "feed"
                ? atomEntry(item, id: id, source: source, path: path)
                : rssItem(item, id: id, source: source, path: path)
            if let article { result.articles.append(article) } else { result.emptyItems += 1 }
        }
        if items.isEmpty { result.failure = "feed has no items" }
        return result
    }

    private static func rssItem(_ item: XMLNodeRef, id: String, source: String?, path: String?) -> Article? {
        var title: String?, link: String?, date: String?, encoded: String?, description: String?
        for child in item.childElements {
            switch (child.namespacePrefix, child.name) {
            case (_, "title"): title = title ?? child.textContent
            case (_, "link"): link = link ?? child.textContent
            case (_, "pubdate"), ("dc", "date"): date = date ?? child.textContent
            case ("content", "encoded"): encoded = encoded ?? child.textContent
            case (_, "description"): description = description ?? child.textContent
            case (_, "guid"):
                if link == nil, child.attribute("ispermalink")?.lowercased() != "false" {
                    let guid = child.textContent
                    if guid.hasPrefix("http://") || guid.hasPrefix("https://") { link = guid }
                }
            default: break
            }
        }
        return makeArticle(id: id, title: title, body: encoded ?? description, source: source, date: date, url: link, path: path)
    }

    private static func atomEntry(_ entry: XMLNodeRef, id: String, source: String?, path: String?) -> Article? {
        var title: String?, link: String?, published: String?, updated: String?
        var content: [String]?, summary: [String]?
        for child in entry.childElements {
            switch child.name {
            case "title": title = title ?? atomText(child)
            case "link":
                let rel = child.attribute("rel")?.lowercased() ?? "alternate"
                if rel == "alternate" || link == nil, let href = child.attribute("href") { link = href }
            case "published": published = published ?? child.textContent
            case "updated": updated = updated ?? child.textContent
            case "content": content = content ?? atomParagraphs(child)
            case "summary": summary = summary ?? atomParagraphs(child)
            default: break
            }
        }
        let cleanTitle = title.map { ArticleText.field($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let paragraphs = ArticleText.paragraphs(from: content ?? summary ?? [], title: cleanTitle)
        return assemble(id: id, title: cleanTitle, paragraphs: paragraphs, source: source,
                        date: published ?? updated, url: link, path: path)
    }

    /// Text of an Atom text construct: `type="html"` holds escaped markup, `type="xhtml"` real
    /// elements, anything else plain text.
    private static func atomText(_ node: XMLNodeRef) -> String {
        atomParagraphs(node).joined(separator: " ")
    }

    private static func atomParagraphs(_ node: XMLNodeRef) -> [String] {
        switch node.attribute("type")?.lowercased() {
        case "xhtml":
            return HTMLText.paragraphs(in: node)
        case "html", "text/html":
            return HTMLText.paragraphs(ofFragment: node.textContent)
        default:
            return PlainTextArticle.paragraphBlocks(in: TextSanitizer.clean(node.textContent))
        }
    }

    private static func text(of name: String, in parent: XMLNodeRef) -> String? {
        parent.childElements.first { $0.name == name }?.textContent
    }

    private static func makeArticle(id: String, title: String?, body: String?, source: String?,
                                    date: String?, url: String?, path: String?) -> Article? {
        // RSS titles may carry escaped entities ("Q&amp;A") or stray markup.
        let cleanTitle = title.map { ArticleText.field(HTMLText.looksLikeMarkup($0)
            ? HTMLText.paragraphs(ofFragment: $0).joined(separator: " ") : LibXML.decodeEntities($0)) }
            .flatMap { $0.isEmpty ? nil : $0 }
        let paragraphs = body.map { ArticleText.paragraphs(fromMarkupOrText: $0, title: cleanTitle) } ?? []
        return assemble(id: id, title: cleanTitle, paragraphs: paragraphs, source: source, date: date, url: url, path: path)
    }

    private static func assemble(id: String, title: String?, paragraphs: [String], source: String?,
                                 date: String?, url: String?, path: String?) -> Article? {
        guard !paragraphs.isEmpty else { return nil }
        let field = { (value: String?) -> String? in
            value.map { ArticleText.field($0) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        return Article(id: id, title: title ?? paragraphs[0], paragraphs: title == nil ? Array(paragraphs.dropFirst()) : paragraphs,
                       source: source, date: field(date), url: field(url), path: path)
    }
}

/// Refuses XML that declares its own entities: feeds never need them, and they are the vehicle
/// of entity-expansion ("billion laughs") and external-entity attacks. libxml2 is also run without
/// entity substitution or DTD loading, so this is a second line of defence with a clear message.
enum XMLSafety {
    static func refusal(_ bytes: UnsafeRawBufferPointer) -> String? {
        // The internal subset precedes the root element, so the prolog is all that needs a look.
        let head = bytes.prefix(65536)
        let needle = Array("<!ENTITY".utf8)
        var matched = 0
        for byte in head {
            let upper = (byte >= 0x61 && byte <= 0x7A) ? byte - 0x20 : byte
            matched = upper == needle[matched] ? matched + 1 : (upper == needle[0] ? 1 : 0)
            if matched == needle.count { return "XML declares entities (<!ENTITY>); refused for safety" }
        }
        return nil
    }
}
