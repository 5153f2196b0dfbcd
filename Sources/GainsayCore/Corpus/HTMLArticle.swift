import Foundation

/// Reads a saved web page: title, outlet, date and link from the page's metadata, and the article
/// body from `<article>`, `<main>` or the element holding the most paragraph text.
enum HTMLArticle {
    /// What the first pass over a page finds.
    private struct PageFacts {
        var meta: [String: String] = [:]
        var titleElement: String?
        var firstHeading: String?
        var timeDatetime: String?
        var canonicalURL: String?
        var jsonLD: [String] = []
        /// `<article>` and `<main>` elements with the paragraph text inside them, in bytes.
        var containers: [(node: XMLNodeRef, paragraphText: Int)] = []
        /// Paragraph text (bytes of `<p>` children) per parent element: the densest run of paragraphs.
        var paragraphTextByParent: [XMLNodeRef: Int] = [:]
    }

    /// Parses a page; nil when libxml2 cannot make a document of it at all.
    /// `afterParse` runs once the document tree is built and the input bytes are no longer needed
    /// (the loader uses it to give a mapped file's memory back before the text is extracted).
    static func parse(_ bytes: UnsafeRawBufferPointer, id: String, path: String?, afterParse: () -> Void = {}) -> Article? {
        let (data, encoding) = utf8Input(bytes)
        return data.withUnsafeBytes { buffer in
            LibXML.withHTMLDocument(buffer.count > 0 ? buffer : bytes, encoding: encoding) { document in
                afterParse()
                return article(from: document, id: id, path: path)
            }
        } ?? nil
    }

    /// The bytes to hand to libxml2 and the encoding to declare: decoded to UTF-8 by
    /// `TextDecoding` unless the page declares an encoding only libxml2 (iconv) knows.
    private static func utf8Input(_ bytes: UnsafeRawBufferPointer) -> (data: [UInt8], encoding: String?) {
        let buffer = bytes.bindMemory(to: UInt8.self)
        let hasBOM = buffer.starts(with: [0xEF, 0xBB, 0xBF]) || TextDecoding.utf16Order(buffer) != nil
        let escapes = TextSanitizer.holdsEscapeIntroducer(bytes)
        var text: String? = nil
        if !hasBOM, let declared = HTMLCharset.declared(in: bytes) {
            switch HTMLCharset.choice(for: declared) {
            case .known(.windows1252):
                text = TextDecoding.decode(bytes, as: .windows1252)
            case .other(let name):
                // An empty array tells the caller to parse the original bytes in that encoding.
                return ([], name)
            case .known:
                break
            }
        }
        if text == nil {
            if !hasBOM && !escapes && String(validating: buffer, as: UTF8.self) != nil {
                // Already clean UTF-8: parse the original bytes, no copy.
                return ([], "UTF-8")
            }
            text = TextDecoding.decode(bytes).text
        }
        let decoded = text ?? ""
        return (Array((escapes ? TextSanitizer.clean(decoded) : decoded).utf8), "UTF-8")
    }

    private static func article(from document: XMLNodeRef, id: String, path: String?) -> Article? {
        let facts = gatherFacts(document)
        let ld = JSONLinkedData.facts(from: facts.jsonLD)
        let siteName = clean(facts.meta["og:site_name"]) ?? clean(ld.publisher)
        let rawTitle = clean(facts.meta["og:title"]) ?? clean(facts.titleElement) ?? clean(ld.headline)
            ?? clean(facts.firstHeading) ?? clean(facts.meta["twitter:title"])
        let title = rawTitle.map { TitleCleaner.removingSiteName($0, siteName: siteName) }
        let date = clean(facts.meta["article:published_time"]) ?? clean(ld.datePublished)
            ?? clean(facts.timeDatetime) ?? clean(facts.meta["date"]) ?? clean(facts.meta["dc.date"])
            ?? clean(facts.meta["pubdate"]) ?? clean(facts.meta["og:published_time"])
        let url = clean(facts.meta["og:url"]) ?? clean(facts.canonicalURL)

        var blocks = HTMLText.paragraphs(in: bodyRoot(facts, document: document))
        if blocks.joined().utf8.count < 40, let articleBody = ld.articleBody {
            blocks = PlainTextArticle.paragraphBlocks(in: TextSanitizer.clean(articleBody))
        }
        let paragraphs = ArticleText.paragraphs(from: blocks, title: title ?? facts.firstHeading)
        guard !paragraphs.isEmpty || title != nil else { return nil }
        return Article(id: id, title: title ?? id, paragraphs: paragraphs, source: siteName, date: date, url: url, path: path)
    }

    private static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let cleaned = ArticleText.field(value)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// One pass over the whole page: metadata, and where the paragraphs are.
    private static func gatherFacts(_ document: XMLNodeRef) -> PageFacts {
        var facts = PageFacts()
        var openContainers: [Int] = []  // indexes into facts.containers
        document.walk(enter: { node in
            guard node.isElement else { return node.hasTreeChildren }
            let name = node.name
            switch name {
            case "meta":
                if let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased(),
                   let content = node.attribute("content"), facts.meta[key] == nil {
                    facts.meta[key] = content
                }
                return false
            case "link":
                if node.attribute("rel")?.lowercased() == "canonical", facts.canonicalURL == nil {
                    facts.canonicalURL = node.attribute("href")
                }
                return false
            case "title":
                if facts.titleElement == nil, node.parent?.name != "svg" { facts.titleElement = node.textContent }
                return false
            case "script":
                if node.attribute("type")?.lowercased() == "application/ld+json", facts.jsonLD.count < 8 {
                    facts.jsonLD.append(node.textContent)
                }
                return false
            case "time":
                if facts.timeDatetime == nil, let value = node.attribute("datetime") { facts.timeDatetime = value }
            default:
                break
            }
            // The head holds only metadata (handled above); in the body, furniture is not searched.
            if name == "head" { return true }
            if HTMLText.isFurniture(node) { return false }
            if name == "h1", facts.firstHeading == nil { facts.firstHeading = node.textContent }
            if name == "article" || name == "main" || node.attribute("role")?.lowercased() == "main" {
                facts.containers.append((node, 0))
                openContainers.append(facts.containers.count - 1)
            }
            if name == "p" {
                let length = node.textContent.utf8.count
                if let parent = node.parent { facts.paragraphTextByParent[parent, default: 0] += length }
                for index in openContainers { facts.containers[index].paragraphText += length }
                return false
            }
            return true
        }, leave: { node in
            if let last = openContainers.last, facts.containers[last].node == node { openContainers.removeLast() }
        })
        return facts
    }

    /// Where the article body is: the `<article>`/`<main>` with the most paragraph text, unless the
    /// densest run of paragraphs elsewhere holds clearly more; then that run's parent; else the page.
    private static func bodyRoot(_ facts: PageFacts, document: XMLNodeRef) -> XMLNodeRef {
        let densest = facts.paragraphTextByParent.max { $0.value < $1.value }
        let container = facts.containers.max { $0.paragraphText < $1.paragraphText }
        if let container, container.paragraphText > 0, container.paragraphText * 2 >= (densest?.value ?? 0) {
            return container.node
        }
        if let densest, densest.value > 0 { return densest.key }
        if let container { return container.node }
        return body(of: document) ?? document
    }

    private static func body(of document: XMLNodeRef) -> XMLNodeRef? {
        var found: XMLNodeRef?
        document.walk(enter: { node in
            if found != nil { return false }
            if node.isElement && node.name == "body" { found = node; return false }
            return node.hasTreeChildren
        })
        return found
    }
}

/// Removes an outlet's name from the end (or start) of a page title:
/// "Storm closes port | The Daily Example" → "Storm closes port".
enum TitleCleaner {
    static let separators = [" | ", " - ", " — ", " – ", " :: ", " · "]

    static func removingSiteName(_ title: String, siteName: String?) -> String {
        for separator in separators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]).trimmingSpaces()
            let tail = String(title[range.upperBound...]).trimmingSpaces()
            guard !head.isEmpty, !tail.isEmpty else { continue }
            if let siteName, tail.lowercased() == siteName.lowercased() { return head }
            if let siteName, head.lowercased() == siteName.lowercased() { return tail }
            if looksLikeSiteName(tail, separator: separator) && wordCount(head) >= 3 { return head }
        }
        return title
    }

    /// A short tail that reads as a name: a pipe-separated tail of up to five words, or a tail of up
    /// to four words each capitalised (or a domain such as "example.com").
    private static func looksLikeSiteName(_ tail: String, separator: String) -> Bool {
        let words = tail.split(separator: " ")
        if separator == " | " || separator == " :: " { return words.count <= 5 }
        guard words.count <= 4 else { return false }
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return false }
            return first.properties.isUppercase || first.properties.numericType != nil || word.contains(".")
        }
    }

    private static func wordCount(_ text: String) -> Int { text.split(separator: " ").count }
}
