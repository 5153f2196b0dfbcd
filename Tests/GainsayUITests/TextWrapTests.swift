import Testing
@testable import GainsayUI

@Suite struct TextWrapTests {
    private func texts(_ text: String, _ width: Int) -> [String] {
        TextWrap.wrap(text, width: width).map(\.text)
    }

    @Test func wrapsAtSpaces() {
        #expect(texts("the quick brown fox jumps over the lazy dog", 10) == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test func noLineIsWiderThanTheWidth() {
        let text = String(repeating: "Negotiations were disrupted, officials said. ", count: 20)
        for width in [1, 5, 17, 40, 79] {
            #expect(TextWrap.wrap(text, width: width).allSatisfy { DisplayWidth.of($0.text) <= width })
        }
    }

    @Test func longWordsAreBrokenHard() {
        #expect(texts("ab abcdefghij", 4) == ["ab", "abcd", "efgh", "ij"])
    }

    @Test func wideGlyphsWrapOnDisplayWidth() {
        let lines = texts("日本語のテキスト", 5)
        #expect(lines == ["日本", "語の", "テキ", "スト"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 5 })
    }

    @Test func combiningMarksStayWithTheirLetter() {
        let lines = texts("e\u{301}e\u{301}e\u{301}e\u{301}", 2)
        #expect(lines == ["e\u{301}e\u{301}", "e\u{301}e\u{301}"])
    }

    @Test func offsetsPointAtTheLineStart() {
        let text = "alpha beta gamma delta"
        let lines = TextWrap.wrap(text, width: 11, offset: 100)
        let scalars = Array(text.unicodeScalars)
        for line in lines {
            let start = line.start - 100
            let first = String(String.UnicodeScalarView(scalars[start..<start + line.text.unicodeScalars.count]))
            #expect(first == line.text)
        }
        #expect(lines.map(\.start) == [100, 111])
    }

    @Test func controlCharactersActAsSpaces() {
        #expect(texts("one\ttwo\nthree\u{1B}four", 80) == ["one two three four"])
    }

    @Test func emptyTextGivesOneEmptyLine() {
        #expect(texts("", 10) == [""])
    }
}
