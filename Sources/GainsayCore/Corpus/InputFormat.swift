import Foundation

/// The kinds of input Gainsay reads, told apart by their content (the file name's extension only
/// breaks ties), because saved files are often misnamed: a feed saved as `.html`, JSON as `.txt`.
public enum InputFormat: String, Sendable, CaseIterable {
    case plainText = "text"
    case html
    case feed
    case jsonLines = "jsonl"
    case json

    /// How many leading bytes `detect` looks at.
    static let sniffLength = 65536

    /// Detects the format from the first bytes of a file (UTF-8 or an ASCII-compatible encoding;
    /// UTF-16 is converted before detection) and its name.
    static func detect(head: UnsafeRawBufferPointer, fileName: String) -> InputFormat {
        let bytes = head.bindMemory(to: UInt8.self)
        let extensionName = fileExtension(fileName)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        guard start < bytes.count else { return .plainText }
        let rest = UnsafeBufferPointer(rebasing: bytes[start...])
        switch rest[0] {
        case UInt8(ascii: "{"):
            return firstLineIsWholeObject(rest) ? .jsonLines : .json
        case UInt8(ascii: "["):
            var i = 1
            while i < rest.count, isSpace(rest[i]) { i += 1 }
            if i == rest.count || rest[i] == UInt8(ascii: "{") || rest[i] == UInt8(ascii: "]") { return .json }
        case UInt8(ascii: "<"):
            if let markup = markupKind(rest) { return markup }
        default:
            break
        }
        if ["html", "htm", "xhtml", "shtml"].contains(extensionName) && HTMLText.looksLikeMarkup(asciiString(rest)) { return .html }
        if containsCaseInsensitive(rest, "<html") || containsCaseInsensitive(rest, "<body") || containsCaseInsensitive(rest, "<!doctype html") {
            return .html
        }
        return .plainText
    }

    /// For input starting with `<`: a feed (by its root element), an HTML page, or nil when the
    /// `<` does not start markup.
    private static func markupKind(_ bytes: UnsafeBufferPointer<UInt8>) -> InputFormat? {
        var i = 0
        var sawXMLDeclaration = false
        while i < bytes.count {
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return sawXMLDeclaration ? .feed : nil }
            let name = tagName(bytes, from: i + 1)
            if name.hasPrefix("?") {
                if name == "?xml" { sawXMLDeclaration = true }
                guard let end = find(bytes, "?>", from: i) else { return .feed }
                i = end + 2
            } else if name.hasPrefix("!--") {
                guard let end = find(bytes, "-->", from: i) else { return sawXMLDeclaration ? .feed : .html }
                i = end + 3
            } else if name == "!doctype" {
                let declaration = asciiString(UnsafeBufferPointer(rebasing: bytes[i..<min(bytes.count, i + 200)])).lowercased()
                if declaration.hasPrefix("<!doctype html") { return .html }
                // Skip the doctype, including an internal subset in brackets.
                var depth = 0
                var j = i + 2
                while j < bytes.count {
                    if bytes[j] == UInt8(ascii: "[") { depth += 1 }
                    if bytes[j] == UInt8(ascii: "]") { depth -= 1 }
                    if bytes[j] == UInt8(ascii: ">") && depth <= 0 { break }
                    j += 1
                }
                i = j + 1
            } else {
                let local = name.split(separator: ":").last.map(String.init) ?? name
                if ["rss", "feed", "rdf"].contains(local) { return .feed }
                if htmlElements.contains(local) { return .html }
                return sawXMLDeclaration ? .feed : nil
            }
        }
        return sawXMLDeclaration ? .feed : nil
    }

    /// Elements an HTML page or fragment may start with.
    private static let htmlElements: Set<String> = [
        "html", "head", "body", "meta", "title", "link", "script", "style", "base", "div", "p", "article",
        "main", "section", "header", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "span", "a", "table",
        "ul", "ol", "img", "br", "b", "i", "em", "strong", "figure", "blockquote", "noscript", "aside",
        "footer", "form", "pre", "center", "font",
    ]

    /// The tag name starting at `index` (just after `<`), lower-cased: letters, digits and `:-_?!`.
    private static func tagName(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> String {
        var name: [UInt8] = []
        var i = index
        while i < bytes.count, name.count < 40 {
            let b = bytes[i]
            let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            let isNameByte = (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x3A || b == 0x2D || b == 0x5F
                || (name.isEmpty && (b == 0x3F || b == 0x21))
            if !isNameByte { break }
            name.append(lower)
            i += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// True when the first line is one complete JSON object (`{` … `}`), as in JSON Lines, rather
    /// than the opening of a pretty-printed document. A first line longer than the sniffed head
    /// counts as complete: pretty-printed JSON does not start with a line that long.
    private static func firstLineIsWholeObject(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let newline = bytes.firstIndex(of: 0x0A) else {
            return true
        }
        var end = newline
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        return end > 1 && bytes[end - 1] == UInt8(ascii: "}")
    }

    static func fileExtension(_ fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return "" }
        return fileName[fileName.index(after: dot)...].lowercased()
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }

    private static func asciiString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes.prefix(sniffLength).map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
    }

    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        for i in start...(bytes.count - pattern.count) where bytes[i] == pattern[0] {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
        }
        return nil
    }

    private static func containsCaseInsensitive(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        let limit = min(bytes.count, sniffLength)
        guard limit >= pattern.count, let first = pattern.first, let base = bytes.baseAddress else { return false }
        // Every needle starts with a byte that has no case ("<"): jump between its occurrences
        // with memchr instead of comparing at every offset (plain text rarely holds one at all).
        var i = 0
        while i <= limit - pattern.count {
            guard let hit = memchr(base + i, Int32(first), limit - pattern.count + 1 - i) else { return false }
            i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            var k = 1
            while k < pattern.count {
                let b = bytes[i + k]
                if ((b >= 0x41 && b <= 0x5A) ? b | 0x20 : b) != pattern[k] { break }
                k += 1
            }
            if k == pattern.count { return true }
            i += 1
        }
        return false
    }
}
