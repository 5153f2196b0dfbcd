import Testing
@testable import GainsayCore

@Suite struct LoaderJSONTests {
    @Test func jsonLinesRecordsBecomeArticles() throws {
        let jsonl = """
        {"id": "a1", "title": "Port closes", "text": "The port authority said it would close.\\n\\nUnions denied the claim.", "url": "https://x.example/a1", "source": "Example Post", "date": "2024-05-01"}
        {"title": "Second", "body": "<p>Officials <b>confirmed</b> the figures.</p><p>More &amp; more.</p>"}

        {"headline": "Third", "content": ["First paragraph said so.", "Second paragraph denied it."], "publisher": {"name": "Nested Outlet"}, "id": 42}
        """
        let corpus = parseFile("export.jsonl", jsonl)
        #expect(corpus.problems.isEmpty)
        #expect(corpus.articles.map(\.id) == ["a1", "export-2", "42"])
        let first = try #require(corpus.articles.first)
        #expect(first.title == "Port closes")
        #expect(first.paragraphs == ["The port authority said it would close.", "Unions denied the claim."])
        #expect(first.url == "https://x.example/a1")
        #expect(first.source == "Example Post")
        #expect(first.date == "2024-05-01")
        #expect(corpus.articles[1].paragraphs == ["Officials confirmed the figures.", "More & more."])
        #expect(corpus.articles[2].paragraphs == ["First paragraph said so.", "Second paragraph denied it."])
        #expect(corpus.articles[2].source == "Nested Outlet")
        #expect(corpus.articles[2].title == "Third")
    }

    @Test func aBadLineIsOneProblemAndTheRestLoads() {
        let jsonl = """
        {"title": "Good one", "text": "The minister said the plan works."}
        {"title": "Broken", "text": "unterminated
        [1, 2, 3]
        {"title": "No text here"}
        {"title": "Good two", "text": "The mayor denied the report."}
        """
        let corpus = parseFile("mixed.jsonl", jsonl)
        #expect(corpus.articles.map(\.title) == ["Good one", "Good two"])
        #expect(corpus.problems.map(\.reason) == [
            "line 2: not valid JSON",
            "line 3: not a JSON object",
            "line 4: no text (expected a text, body or content field)",
        ])
        #expect(corpus.problems.allSatisfy { $0.path == "mixed.jsonl" })
    }

    @Test func manyBadLinesAreSummarised() {
        var jsonl = "{\"title\": \"Good\", \"text\": \"The council said yes.\"}\n"
        for _ in 0..<40 { jsonl += "not json\n" }
        let corpus = parseFile("bad.jsonl", jsonl)
        #expect(corpus.articles.count == 1)
        #expect(corpus.problems.count == LoadSession.maximumLineProblems + 1)
        #expect(corpus.problems.last?.reason == "35 more bad lines skipped (40 in all)")
    }

    @Test func jsonArrayAndWrappedArray() throws {
        let array = """
        [
          {"title": "One", "text": "The agency said the figures were right."},
          {"title": "Two", "text": "The company denied any wrongdoing."}
        ]
        """
        let corpus = parseFile("list.json", array)
        #expect(corpus.articles.map(\.id) == ["list-1", "list-2"])
        let wrapped = "{\"articles\": [{\"title\": \"One\", \"text\": \"The agency said the figures were right.\"}]}"
        #expect(parseFile("w.json", wrapped).articles.map(\.title) == ["One"])
        let single = "{\n  \"title\": \"Pretty\",\n  \"text\": \"A pretty-printed single record said this.\"\n}\n"
        let article = try #require(parseFile("single.json", single).articles.first)
        #expect(article.id == "single")
        #expect(article.title == "Pretty")
    }

    @Test func malformedJSONDocumentIsOneProblem() {
        let corpus = parseFile("broken.json", "[{\"title\": \"x\", \"text\": \"y\"},\n {\"title\": ")
        #expect(corpus.articles.isEmpty)
        #expect(corpus.problems.map(\.reason) == ["malformed JSON: not valid JSON"])
    }

    @Test func jsonLinesWithCRLFAndBOMAndLatin1Line() throws {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += Array("{\"title\": \"A\", \"text\": \"The first record said so.\"}\r\n".utf8)
        bytes += Array("{\"title\": \"Caf".utf8) + [0xE9] + Array("\", \"text\": \"The second record said so.\"}\r\n".utf8)
        let corpus = parseFile("crlf.jsonl", bytes)
        #expect(corpus.problems.isEmpty)
        #expect(corpus.articles.map(\.title) == ["A", "Café"])
    }

    @Test func detectsJSONLinesWithoutTheExtension() {
        let jsonl = "{\"title\": \"A\", \"text\": \"The first record said so.\"}\n{\"title\": \"B\", \"text\": \"The second record said so.\"}\n"
        #expect(parseFile("export.txt", jsonl).articles.count == 2)
    }
}

@Suite struct LoaderJSONTitleTests {
    @Test func recordWithoutTitleIsTitledByItsOpening() throws {
        let text = "Although the company has shown its first device, so far we know little about the battery, which analysts said would be the weak point."
        let article = try #require(parseFile("t.jsonl", "{\"id\": \"b1\", \"text\": \"\(text)\"}\n").articles.first)
        #expect(article.title.hasPrefix("Although the company has shown its first device"))
        #expect(article.title.hasSuffix("…"))
        #expect(article.title.unicodeScalars.count <= 91)
        #expect(article.paragraphs == [text])
    }

    @Test func duplicateRecordsInOneFileNameTheRecord() throws {
        let text = "The harbour authority said on Tuesday that the port would stay closed until Friday because of the storm."
        let jsonl = "{\"id\": \"a\", \"title\": \"A\", \"text\": \"\(text)\"}\n{\"id\": \"b\", \"title\": \"B\", \"text\": \"\(text)\"}\n"
        let corpus = parseFile("dup.jsonl", jsonl)
        #expect(corpus.articles.count == 1)
        #expect(corpus.articles.first?.alsoFrom == ["dup.jsonl #b"])
    }
}

@Suite struct IngestJSONArraySplitterTests {
    func ranges(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            JSONArraySplitter.elementRanges(buffer)?.map { String(decoding: bytes[$0], as: UTF8.self) }
        }
    }

    @Test func splitsElementsRespectingStringsAndNesting() {
        #expect(ranges("[]") == [])
        #expect(ranges(" [ 1 , true,null ] \n") == ["1", "true", "null"])
        #expect(ranges(#"[{"a": "x, ] } \" y"}, [1, [2]], "s"]"#) == [#"{"a": "x, ] } \" y"}"#, "[1, [2]]", #""s""#])
        #expect(ranges("\u{FEFF}[{\"a\":1}]") == ["{\"a\":1}"])
    }

    @Test func incompleteArraysAreRejected() {
        #expect(ranges("[{\"a\": 1},") == nil)
        #expect(ranges("[{\"a\": \"unterminated}]") == nil)
        #expect(ranges("[1, 2] trailing") == nil)
        #expect(ranges("{\"a\": 1}") == nil)
        #expect(ranges("[") == nil)
    }

    @Test func aBadRecordInAnArrayIsOneProblemAndTheRestLoads() {
        let json = #"[{"title": "One", "text": "The agency said the figures were right."}, {"title": "Two", "text": tru}, 7, {"title": "Three", "text": "The company denied it."}]"#
        let corpus = parseFile("arr.json", json)
        #expect(corpus.articles.map(\.title) == ["One", "Three"])
        #expect(corpus.articles.map(\.id) == ["arr-1", "arr-4"])
        #expect(corpus.problems.map(\.reason) == ["record 2: not valid JSON", "record 3: not a JSON object"])
    }
}
