/// Turns a subtree of an HTML (or XHTML) document into paragraphs of plain text.
///
/// Block elements end a paragraph; inline elements flow into it; white space collapses as a browser
/// collapses it; entities were already decoded by the parser. Page furniture never contributes:
/// scripts, styles, navigation, headers, footers, asides, forms, hidden elements, and elements
/// whose class or id says they are sharing buttons, adverts, newsletters and the like.
enum HTMLText {
    /// Elements whose content is never article text.
    static let skippedElements: Set<String> = [
        "script", "style", "nav", "footer", "aside", "header", "form", "noscript", "template", "svg",
        "math", "button", "iframe", "select", "textarea", "object", "embed", "canvas", "head", "title",
        "menu", "dialog", "figure", "video", "audio", "picture", "map", "input", "label",
    ]

    /// Elements that begin and end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
        "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td",
        "th", "caption", "hr", "address", "center", "figcaption", "details", "summary",
        "fieldset", "hgroup", "html",
    ]

    /// Words in a class or id that mark page furniture. Matched against whole tokens of the
    /// attribute split at non-letters, so "ad-slot" matches "ad" but "heading" does not.
    /// These mark furniture however long the element is.
    static let furnitureTokens: Set<String> = [
        "share", "sharing", "social", "related", "newsletter", "advert", "advertisement", "adslot",
        "sponsored", "comments", "comment", "cookie", "cookies", "consent", "subscribe", "subscription",
        "paywall", "breadcrumb", "breadcrumbs", "sidebar", "sidenav", "navbar", "footer", "masthead",
        "popup", "modal", "outbrain", "taboola",
    ]

    /// Words that mark furniture only on short elements: "ad", "menu" or "author" can also appear in
    /// the class of a container that holds the whole story ("ad-free-article", "author-view").
    static let shortFurnitureTokens: Set<String> = [
        "ad", "ads", "promo", "menu", "banner", "byline", "tags", "author", "timestamp", "credit",
        "credits", "keywords",
    ]

    /// Text longer than this (bytes) keeps an element with a `shortFurnitureTokens` class.
    static let shortFurnitureLimit = 1500

    /// True when `node` (an element) must not contribute text.
    static func isFurniture(_ node: XMLNodeRef) -> Bool {
        let name = node.name
        if skippedElements.contains(name) { return true }
        guard node.pointer.pointee.properties != nil else { return false }
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let role = node.attribute("role")?.lowercased(),
           ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu"].contains(role) {
            return true
        }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        var shortOnly = false
        for attribute in ["class", "id"] {
            guard let value = node.attribute(attribute), !value.isEmpty else { continue }
            for token in value.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
                let word = String(token)
                if furnitureTokens.contains(word) { return true }
                if shortFurnitureTokens.contains(word) { shortOnly = true }
            }
        }
        return shortOnly && !hasMoreText(than: shortFurnitureLimit, below: node)
    }

    /// True when the text below `node` exceeds `limit` bytes (stops counting once it does).
    static func hasMoreText(than limit: Int, below node: XMLNodeRef) -> Bool {
        var count = 0
        node.walk(enter: { child in
            if count > limit { return false }
            if let text = child.textBytes {
                var p = text
                while p.pointee != 0 && count <= limit { count += 1; p += 1 }
                return false
            }
            return child.isElement && !skippedElements.contains(child.name)
        })
        return count > limit
    }

    /// The paragraphs of text below `root` (furniture inside it skipped, `root` itself always read).
    static func paragraphs(in root: XMLNodeRef) -> [String] {
        var collector = ParagraphCollector()
        root.walk(enter: { node in
            if let text = node.textBytes {
                collector.append(text)
                return false
            }
            guard node.isElement else { return node.hasTreeChildren }
            if node != root && isFurniture(node) { return false }
            let name = node.name
            if name == "br" { collector.lineBreak(); return false }
            if blockElements.contains(name) { collector.endParagraph() }
            return true
        }, leave: { node in
            if node.isElement && blockElements.contains(node.name) { collector.endParagraph() }
        })
        collector.endParagraph()
        return collector.paragraphs
    }

    /// Paragraphs of an HTML fragment (a feed item's `description`, a JSON `body` holding markup).
    static func paragraphs(ofFragment html: String) -> [String] {
        var html = html
        html.makeContiguousUTF8()
        let result = html.utf8.withContiguousStorageIfAvailable { buffer in
            LibXML.withHTMLDocument(UnsafeRawBufferPointer(buffer), encoding: "UTF-8") { document in
                paragraphs(in: document)
            }
        }
        return (result ?? nil) ?? []
    }

    /// True when `text` holds markup (a tag such as `<p>`, `</a>`, `<br/>` or a comment) rather
    /// than plain text that merely uses `<` (as in "x < 3").
    static func looksLikeMarkup(_ text: String) -> Bool {
        var previousWasOpen = false
        for byte in text.utf8.prefix(65536) {
            if previousWasOpen && ((byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2F || byte == 0x21) {
                return true
            }
            previousWasOpen = byte == 0x3C
        }
        return false
    }
}

/// Accumulates inline text into paragraphs, collapsing white space on UTF-8 bytes.
///
/// One `<br>` is a line break inside a paragraph (read as a space: pages break lines mid-sentence);
/// two in a row (`<br><br>`) separate paragraphs, as on pages built without `<p>`.
struct ParagraphCollector {
    private(set) var paragraphs: [String] = []
    private var buffer: [UInt8] = []
    private var pendingSpace = false
    private var lineBreaks = 0

    mutating func lineBreak() {
        lineBreaks += 1
        pendingSpace = true
        if lineBreaks >= 2 { endParagraph() }
    }

    mutating func append(_ text: UnsafePointer<UInt8>) {
        var p = text
        while true {
            let byte = p.pointee
            if byte == 0 { break }
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
            } else if byte == 0xC2 && (p + 1).pointee == 0xA0 {
                // NO-BREAK SPACE (&nbsp;) collapses like a space.
                pendingSpace = true
                p += 1
            } else {
                lineBreaks = 0
                if pendingSpace && !buffer.isEmpty { buffer.append(0x20) }
                pendingSpace = false
                buffer.append(byte)
            }
            p += 1
        }
    }

    mutating func endParagraph() {
        pendingSpace = false
        lineBreaks = 0
        guard !buffer.isEmpty else { return }
        paragraphs.append(String(decoding: buffer, as: UTF8.self))
        buffer.removeAll(keepingCapacity: true)
    }
}
