import Foundation
import Testing
@testable import GainsayCore

@Suite struct ExportTests {
    static let tricky = Statement(
        article: "a\u{1B}[31mb", sentence: "He said, \"yes\"\nand left.\u{7}", speaker: "Jane \"JR\" Roe, Jr.", speakerID: "jane-roe",
        via: ["The Daily, Evening", "Wire\u{1B}]0;x\u{7}"], cue: "said", stance: .claim, content: "yes, \"really\"\r\nno",
        proposition: "p1-x", start: 0, end: 10, confidence: 0.9)

    @Test func jsonLinesAreValidJSONWithTheContractKeys() throws {
        let line = StatementExport.jsonLines([Self.tricky], labels: ["p1-x": "x · y"])
        #expect(line.hasSuffix("\n"))
        #expect(line.filter { $0 == "\n" }.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        for key in ["article", "sentence", "speaker", "speaker_id", "via", "cue", "stance", "content", "proposition", "start", "end", "confidence"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["speaker"] as? String == "Jane \"JR\" Roe, Jr.")
        #expect(object["proposition_label"] as? String == "x · y")
    }

    @Test func noControlCharacterReachesAnyFormat() {
        for format in ExportFormat.allCases {
            let text = StatementExport.render([Self.tricky], format: format)
            let bad = text.unicodeScalars.filter { TextSanitizer.isControl($0) && $0 != "\n" && $0 != "\r" }
            #expect(bad.isEmpty, "\(format) leaks \(bad.map { $0.value })")
            #expect(!text.contains("\u{1B}"))
        }
    }

    @Test func jsonArrayParses() throws {
        let text = StatementExport.json([Self.tricky, Self.tricky])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
    }

    @Test func csvQuotesFieldsPerRFC4180() {
        #expect(StatementExport.csvField("plain") == "plain")
        #expect(StatementExport.csvField("a,b") == "\"a,b\"")
        #expect(StatementExport.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        let csv = StatementExport.csv([Self.tricky])
        let rows = CSVRecords.parse(Array(csv.utf8)).filter { $0.count > 1 }
        #expect(rows.count == 2)
        #expect(rows[0].first == "article")
        #expect(rows[1].count == rows[0].count)
        #expect(rows[1][2] == "Jane \"JR\" Roe, Jr.")
        #expect(rows[1][4] == "The Daily, Evening; Wire")
    }

    @Test func markdownEscapesMarkup() {
        let md = StatementExport.markdown([Self.tricky])
        #expect(md.contains("## "))
        #expect(md.contains("**Jane \"JR\" Roe, Jr.**"))
        #expect(!md.contains("\u{1B}"))
    }

    @Test func propositionsListing() throws {
        let p = Proposition(id: "p1", label: "talks · \u{1B}[1mQatar", statementIndices: [0, 1], claims: 1, denials: 1, neutrals: 0, sources: 2)
        let line = PropositionExport.jsonLines([p])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["claims"] as? Int == 1 && object["denials"] as? Int == 1)
        #expect(!PropositionExport.table([p]).contains("\u{1B}"))
    }
}
