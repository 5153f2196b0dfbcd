import CLibXML2

/// The one place that calls libxml2's parsers, with the options that keep them safe on hostile
/// input: no network, no DTD loading, no entity substitution (so no XXE and no "billion laughs"),
/// libxml2's default size and depth limits kept (no `XML_PARSE_HUGE`), and no messages on stderr.
enum LibXML {
    /// `xmlInitParser` must run once before parsers are used from several threads.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The largest input handed to libxml2 (its sizes are `Int32`).
    static let maximumInputBytes = Int(Int32.max)

    /// HTML: recover from anything, report nothing, never touch the network.
    static let htmlOptions = Int32(bitPattern:
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// XML feeds: strict (a malformed feed is reported, not guessed at), no network, CDATA as
    /// text. Deliberately absent: XML_PARSE_NOENT (entity substitution), XML_PARSE_DTDLOAD,
    /// XML_PARSE_DTDATTR, XML_PARSE_DTDVALID, XML_PARSE_XINCLUDE and XML_PARSE_HUGE.
    static let xmlOptions = Int32(bitPattern:
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Parses HTML bytes and hands the document to `body`; the document is freed afterwards.
    /// `encoding` names the bytes' encoding (nil lets libxml2 guess).
    static func withHTMLDocument<R>(
        _ bytes: UnsafeRawBufferPointer, encoding: String?, _ body: (XMLNodeRef) -> R
    ) -> R? {
        _ = initialized
        gainsay_xml_silence_errors()
        guard bytes.count > 0, bytes.count <= maximumInputBytes, let base = bytes.baseAddress else { return nil }
        let document: htmlDocPtr? = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            if let encoding {
                return encoding.withCString { htmlReadMemory(chars, Int32(bytes.count), nil, $0, htmlOptions) }
            }
            return htmlReadMemory(chars, Int32(bytes.count), nil, nil, htmlOptions)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return body(XMLNodeRef(UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)))
    }

    /// Why an XML document could not be parsed.
    struct XMLFailure: Error, Sendable {
        let message: String
        let line: Int
        /// True when the bytes were not in the encoding the document declares.
        let isEncodingError: Bool
    }

    /// Parses XML bytes strictly and hands the root element to `body`.
    static func withXMLDocument<R>(
        _ bytes: UnsafeRawBufferPointer, encoding: String?, _ body: (XMLNodeRef) -> R
    ) -> Result<R, XMLFailure> {
        _ = initialized
        gainsay_xml_silence_errors()
        guard bytes.count > 0, bytes.count <= maximumInputBytes, let base = bytes.baseAddress,
              let context = xmlNewParserCtxt() else {
            return .failure(XMLFailure(message: "cannot parse", line: 0, isEncodingError: false))
        }
        defer { xmlFreeParserCtxt(context) }
        let document: xmlDocPtr? = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            if let encoding {
                return encoding.withCString { xmlCtxtReadMemory(context, chars, Int32(bytes.count), nil, $0, xmlOptions) }
            }
            return xmlCtxtReadMemory(context, chars, Int32(bytes.count), nil, nil, xmlOptions)
        }
        guard let document else {
            return .failure(lastFailure(context))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            return .failure(XMLFailure(message: "no root element", line: 0, isEncodingError: false))
        }
        return .success(body(XMLNodeRef(root)))
    }

    private static func lastFailure(_ context: xmlParserCtxtPtr) -> XMLFailure {
        guard let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(context)) else {
            return XMLFailure(message: "not well-formed", line: 0, isEncodingError: false)
        }
        var message = error.pointee.message.map { String(cString: $0) } ?? "not well-formed"
        message = TextSanitizer.clean(message, keepNewlines: false).trimmingSpaces()
        if message.hasSuffix(".") { message.removeLast() }
        let code = error.pointee.code
        let encodingCodes: Set<Int32> = [
            Int32(XML_ERR_INVALID_CHAR.rawValue), Int32(XML_ERR_INVALID_ENCODING.rawValue),
            Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue), Int32(XML_I18N_CONV_FAILED.rawValue),
        ]
        return XMLFailure(message: message, line: Int(error.pointee.line),
                          isEncodingError: encodingCodes.contains(code) || message.contains("UTF-8")
                              || message.contains("encoding"))
    }

    /// Decodes `&name;`, `&#NNN;` and `&#xHH;` in plain text (text that carries entities but no
    /// markup, such as a feed title); unknown entities are left as they are.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        _ = initialized
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let afterAmp = rest.index(after: amp)
            guard let semi = rest[afterAmp...].prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = rest[afterAmp...]
                continue
            }
            let name = rest[afterAmp..<semi]
            if let scalar = entityScalar(name) {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                rest = rest[afterAmp...]
            }
        }
        out += rest
        return out
    }

    private static func entityScalar(_ name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        }
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        guard let entity = String(name).withCString({ pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { htmlEntityLookup($0) }
        }) else { return nil }
        return Unicode.Scalar(entity.pointee.value)
    }
}

/// A node of a libxml2 tree. Only valid inside the `withHTMLDocument`/`withXMLDocument` call
/// that produced it; never stored.
struct XMLNodeRef: Hashable {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }
    /// Elements and documents are the only nodes whose children belong to the tree: an entity
    /// reference's "children" are the entity declaration, which must never be followed.
    var hasTreeChildren: Bool {
        let type = pointer.pointee.type
        return type == XML_ELEMENT_NODE || type == XML_DOCUMENT_NODE || type == XML_HTML_DOCUMENT_NODE
    }

    /// The element's local name in lower case ("p", "item", "encoded" for `content:encoded`).
    var name: String {
        guard let name = pointer.pointee.name else { return "" }
        let raw = String(cString: name)
        return raw.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? raw.lowercased() : raw
    }

    /// The namespace prefix, if any ("content" for `content:encoded`, "dc" for `dc:date`).
    var namespacePrefix: String? {
        guard let ns = pointer.pointee.ns, let prefix = ns.pointee.prefix else { return nil }
        return String(cString: prefix)
    }

    var firstChild: XMLNodeRef? { hasTreeChildren ? pointer.pointee.children.map(XMLNodeRef.init) : nil }
    var nextSibling: XMLNodeRef? { pointer.pointee.next.map(XMLNodeRef.init) }
    var parent: XMLNodeRef? { pointer.pointee.parent.map(XMLNodeRef.init) }

    /// Child elements, in order.
    var childElements: [XMLNodeRef] {
        var result: [XMLNodeRef] = []
        var child = firstChild
        while let node = child {
            if node.isElement { result.append(node) }
            child = node.nextSibling
        }
        return result
    }

    /// The value of attribute `name` (compared case-insensitively), entities already decoded.
    func attribute(_ name: String) -> String? {
        guard isElement else { return nil }
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name,
               String(cString: attributeName).lowercased() == name {
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content {
                        value += String(cString: content)
                    }
                    child = node.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The node's own text when it is a text or CDATA node.
    var textBytes: UnsafePointer<UInt8>? {
        guard isText, let content = pointer.pointee.content else { return nil }
        return UnsafePointer(content)
    }

    /// All text below this node, in document order (entity references are skipped, never
    /// expanded).
    var textContent: String {
        var bytes: [UInt8] = []
        walk { node in
            if let text = node.textBytes {
                var p = text
                while p.pointee != 0 { bytes.append(p.pointee); p += 1 }
            }
            return true
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Walks the subtree in document order without recursion (so a deeply nested hostile page
    /// cannot overflow the stack). `enter` returns whether to descend into a node's children;
    /// `leave` runs after a node's subtree (also for nodes not descended into).
    func walk(enter: (XMLNodeRef) -> Bool, leave: (XMLNodeRef) -> Void = { _ in }) {
        var node = self
        while true {
            if enter(node), let child = node.firstChild {
                node = child
                continue
            }
            while true {
                leave(node)
                if node == self { return }
                if let next = node.nextSibling { node = next; break }
                guard let parent = node.parent else { return }
                node = parent
            }
        }
    }
}
