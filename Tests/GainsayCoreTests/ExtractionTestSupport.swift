import Testing
@testable import GainsayCore

/// Runs the whole pipeline on one made-up article.
func analyze(_ paragraphs: [String], id: String = "test") -> CorpusAnalysis {
    CorpusAnalysis.analyze([Article(id: id, title: "Test", paragraphs: paragraphs)], jobs: 1)
}

func statements(_ paragraphs: String...) -> [Statement] { analyze(paragraphs).statements }

/// The first statement whose sentence contains `anchor`.
func statement(_ list: [Statement], containing anchor: String) -> Statement? {
    list.first { $0.sentence.contains(anchor) }
}

/// Expects the first statement of each text to carry `stance`, naming the text that fails.
func expectStance(_ stance: Stance, of texts: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
    for text in texts {
        let s = try #require(statements(text).first, "\(text)", sourceLocation: sourceLocation)
        #expect(s.stance == stance, "\(text)", sourceLocation: sourceLocation)
    }
}

/// Expects the first statement of each text to be spoken by its name, naming the text that fails.
func expectSpeakers(_ cases: [(text: String, speaker: String)], sourceLocation: SourceLocation = #_sourceLocation) throws {
    for (text, speaker) in cases {
        let s = try #require(statements(text).first, "\(text)", sourceLocation: sourceLocation)
        #expect(s.speaker == speaker, "\(text)", sourceLocation: sourceLocation)
    }
}
