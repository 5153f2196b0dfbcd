/// One line of wrapped text and where it came from.
public struct WrappedLine: Sendable, Hashable {
    /// The text of the line, without the spaces it was broken at.
    public var text: String
    /// Offset, in Unicode scalars of the wrapped source string, of the line's first scalar: lets
    /// later screens find the line that holds a statement.
    public var start: Int
    public var style: CellStyle

    public init(text: String, start: Int, style: CellStyle = Theme.normal) {
        self.text = text
        self.start = start
        self.style = style
    }
}

/// Word wrap on display width.
///
/// Breaks at spaces; a word wider than the line is broken hard, never in the middle of a wide
/// glyph or between a letter and its combining marks. Control characters count as spaces, so
/// a stray newline or tab inside a paragraph cannot break the layout.
public enum TextWrap {
    /// Wraps `text` to `width` columns (at least 1). An empty text gives one empty line.
    public static func wrap(_ text: String, width: Int, style: CellStyle = Theme.normal, offset: Int = 0) -> [WrappedLine] {
        let width = max(1, width)
        var lines: [WrappedLine] = []
        var line = String.UnicodeScalarView()
        var lineWidth = 0
        var lineStart = offset
        var word = String.UnicodeScalarView()
        var wordWidth = 0
        var wordStart = offset
        var position = offset

        func emitLine() {
            lines.append(WrappedLine(text: String(line), start: lineStart, style: style))
            line = String.UnicodeScalarView()
            lineWidth = 0
        }

        func placeWord() {
            guard !word.isEmpty else { return }
            if !line.isEmpty && lineWidth + 1 + wordWidth <= width {
                line.append(" ")
                line.append(contentsOf: word)
                lineWidth += 1 + wordWidth
            } else if wordWidth <= width {
                if !line.isEmpty { emitLine() }
                line = word
                lineWidth = wordWidth
                lineStart = wordStart
            } else {
                if !line.isEmpty { emitLine() }
                breakHard()
            }
            word = String.UnicodeScalarView()
            wordWidth = 0
        }

        /// Splits an over-long word into full lines; its tail stays as the current line.
        func breakHard() {
            var piece = String.UnicodeScalarView()
            var pieceWidth = 0
            var pieceStart = wordStart
            var at = wordStart
            for scalar in word {
                let w = DisplayWidth.of(scalar)
                if w > 0 && pieceWidth + w > width && !piece.isEmpty {
                    lines.append(WrappedLine(text: String(piece), start: pieceStart, style: style))
                    piece = String.UnicodeScalarView()
                    pieceWidth = 0
                    pieceStart = at
                }
                piece.append(scalar)
                pieceWidth += w
                at += 1
            }
            line = piece
            lineWidth = pieceWidth
            lineStart = pieceStart
        }

        for scalar in text.unicodeScalars {
            let kind = DisplayWidth.kind(of: scalar)
            if kind == .control || scalar == " " || scalar.properties.isWhitespace {
                placeWord()
                position += 1
                wordStart = position
                continue
            }
            if kind != .ignored {
                word.append(scalar)
                wordWidth += kind == .wide ? 2 : (kind == .narrow ? 1 : 0)
            }
            position += 1
        }
        placeWord()
        if !line.isEmpty || lines.isEmpty { lines.append(WrappedLine(text: String(line), start: lineStart, style: style)) }
        return lines
    }
}
