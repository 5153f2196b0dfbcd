import Testing
@testable import GainsayCore

@Suite struct LoaderEncodingTests {
    static let text = "Grève à Zürich\n\nLe syndicat a déclaré que la grève continuerait — « jusqu’au bout ».\n"

    static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return bytes
    }

    @Test(arguments: ["utf8", "utf8bom", "utf16le", "utf16be", "utf16le-nobom", "utf16be-nobom"])
    func unicodeEncodingsDecodeTheSame(kind: String) throws {
        let bytes: [UInt8]
        switch kind {
        case "utf8": bytes = Array(Self.text.utf8)
        case "utf8bom": bytes = [0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)
        case "utf16le": bytes = Self.utf16(Self.text, bigEndian: false, bom: true)
        case "utf16be": bytes = Self.utf16(Self.text, bigEndian: true, bom: true)
        case "utf16le-nobom": bytes = Self.utf16(Self.text, bigEndian: false, bom: false)
        default: bytes = Self.utf16(Self.text, bigEndian: true, bom: false)
        }
        let corpus = parseFile("greve.txt", bytes)
        #expect(corpus.problems.isEmpty)
        let article = try #require(corpus.articles.first)
        #expect(article.title == "Grève à Zürich")
        #expect(article.paragraphs == ["Le syndicat a déclaré que la grève continuerait — « jusqu’au bout »."])
    }

    @Test func windows1252AndLatin1BytesAreRead() throws {
        // é = E9, à = E0, ’ = 92 (Windows-1252), « » = AB BB, — = 97.
        let bytes: [UInt8] = Array("Gr".utf8) + [0xE8] + Array("ve ".utf8) + [0xE0] + Array(" Z".utf8) + [0xFC] + Array("rich\r\n\r\nIl a dit qu".utf8)
            + [0x92] + Array("il partait ".utf8) + [0x97] + Array(" ".utf8) + [0xAB] + Array(" vite ".utf8) + [0xBB] + Array(".\r\n".utf8)
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        let article = try #require(parseFile("latin.txt", bytes).articles.first)
        #expect(article.title == "Grève à Zürich")
        #expect(article.paragraphs == ["Il a dit qu’il partait — « vite »."])
    }

    @Test func loneCarriageReturnsAndCRLFEndLines() throws {
        let article = try #require(parseFile("cr.txt", "Title line\r\rFirst paragraph said this.\r\rSecond one denied it.\r").articles.first)
        #expect(article.title == "Title line")
        #expect(article.paragraphs == ["First paragraph said this.", "Second one denied it."])
        let crlf = try #require(parseFile("crlf.txt", "Title line\r\n\r\nFirst paragraph said this.\r\n").articles.first)
        #expect(crlf.paragraphs == ["First paragraph said this."])
        #expect(!crlf.text.contains("\r"))
    }

    @Test func invalidUTF8InTheMiddleFallsBackWithoutLoss() {
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" au lait\n\nLe patron a dit non.\n".utf8)
        #expect(TextDecoding.decode(bytes).text.hasPrefix("Café au lait"))
    }

    @Test func htmlCharsetSniffing() {
        func declared(_ html: String) -> String? {
            Array(html.utf8).withUnsafeBytes { HTMLCharset.declared(in: $0) }
        }
        #expect(declared("<html><head><meta charset=\"ISO-8859-1\">") == "iso-8859-1")
        #expect(declared("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1252\">") == "windows-1252")
        #expect(declared("<meta charset=utf-8>") == "utf-8")
        #expect(declared("<p>The charset=latin1 word in text is not a declaration</p>") == nil)
        #expect(declared("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>") == "iso-8859-15")
        #expect(HTMLCharset.choice(for: "iso-8859-1") == .known(.windows1252))
        #expect(HTMLCharset.choice(for: "koi8-r") == .other("koi8-r"))
    }
}

@Suite struct LoaderMarkdownTests {
    @Test func frontMatterGivesTitleDateAndSource() throws {
        let md = """
        ---
        title: "Port closed after storm"
        date: 2024-05-01
        source: The Daily Example
        url: https://example.org/port
        tags: [a, b]
        ---

        # Port closed after storm

        The harbour authority said the port would stay closed, according to [a statement](https://x.example/s).

        ![a photo](photo.jpg)

        **Shipping firms denied the report.**
        """
        let article = try #require(parseFile("port.md", md).articles.first)
        #expect(article.title == "Port closed after storm")
        #expect(article.date == "2024-05-01")
        #expect(article.source == "The Daily Example")
        #expect(article.url == "https://example.org/port")
        #expect(article.paragraphs == [
            "The harbour authority said the port would stay closed, according to a statement.",
            "Shipping firms denied the report.",
        ])
    }

    @Test func aRuleWithoutFrontMatterIsNotMistakenForIt() throws {
        let article = try #require(parseFile("rule.md", "---\n\nTitle here\n\nThe body said [unclosed link.\n").articles.first)
        #expect(article.title == "Title here")
        #expect(article.paragraphs == ["The body said [unclosed link."])
    }
}
