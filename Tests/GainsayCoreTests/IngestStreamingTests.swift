import Foundation
import Testing
@testable import GainsayCore

@Suite struct IngestStreamingTests {
    /// Lines come out the same however the stream is cut into chunks, with LF, CRLF and lone CR.
    @Test func lineSplitterIsIndependentOfChunkBoundaries() {
        let text = "one\ntwo\r\nthree\rfour\r\n\r\nsix\n\nlast"
        let expected = ["one", "two", "three", "four", "", "six", "", "last"]
        let bytes = Array(text.utf8)
        var rng = SplitMix64(seed: 5)
        for _ in 0..<300 {
            var splitter = LineSplitter()
            var lines: [String] = []
            var numbers: [Int] = []
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + 1 + Int(rng.next() % 5))
                bytes[start..<end].withUnsafeBytes { chunk in
                    splitter.feed(chunk) { line, number in lines.append(String(decoding: line, as: UTF8.self)); numbers.append(number) }
                }
                start = end
            }
            splitter.finish { line, number in lines.append(String(decoding: line, as: UTF8.self)); numbers.append(number) }
            #expect(lines == expected)
            #expect(numbers == Array(1...expected.count))
        }
    }

    /// A JSON Lines file larger than one read chunk streams through with every record intact,
    /// including the record that straddles the chunk boundary.
    @Test func jsonLinesLargerThanAChunkStreams() throws {
        let folder = TemporaryFolder()
        var data = Data()
        var count = 0
        while data.count < ByteSource.chunkSize + 200_000 {
            let line = "{\"id\": \"r\(count)\", \"title\": \"Record \(count)\", \"text\": \"Record number \(count) said that the figure was \(count * 7), officials confirmed.\"}\r\n"
            data.append(contentsOf: Array(line.utf8))
            count += 1
        }
        let path = folder.path + "/big.jsonl"
        FileManager.default.createFile(atPath: path, contents: data)
        var progress: [LoadProgress] = []
        let corpus = try CorpusLoader.load(paths: [path], progress: { progress.append($0) })
        #expect(corpus.problems.isEmpty)
        #expect(corpus.articles.count == count)
        #expect(corpus.articles.last?.id == "r\(count - 1)")
        #expect(Set(corpus.articles.map(\.id)).count == count)
        // Progress went up chunk by chunk and ended at the file size.
        #expect(progress.count >= 3)
        #expect(progress.last?.bytesRead == data.count)
        #expect(progress.last?.bytesTotal == data.count)
    }

    /// A large plain-text file is memory-mapped; releasing the mapping after decoding must not
    /// lose text.
    @Test func largeMappedTextFileLoadsWhole() throws {
        let folder = TemporaryFolder()
        var text = "A long article\n\n"
        var paragraphs = 0
        while text.utf8.count < 3_000_000 {
            text += "Paragraph \(paragraphs) said that the harbour would reopen after the storm, officials confirmed.\n\n"
            paragraphs += 1
        }
        let path = folder.write("long.txt", text)
        let article = try #require(try CorpusLoader.load(paths: [path]).articles.first)
        #expect(article.title == "A long article")
        #expect(article.paragraphs.count == paragraphs)
        #expect(article.paragraphs.last?.hasPrefix("Paragraph \(paragraphs - 1) said") == true)
    }
}
