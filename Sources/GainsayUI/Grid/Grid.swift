/// A screen's worth of cells: what `render` produces and what the terminal adapter diffs and draws.
///
/// All text reaches the terminal through `write`, which measures display width itself, truncates
/// with an ellipsis, keeps wide glyphs whole and replaces control characters, so no article can
/// move the cursor, change the title or misalign a column.
public struct Grid: Sendable, Equatable {
    public let cols: Int
    public let rows: Int
    public private(set) var cells: [Cell]

    public init(cols: Int, rows: Int, style: CellStyle = .normal) {
        self.cols = max(0, cols)
        self.rows = max(0, rows)
        self.cells = Array(repeating: Cell(style: style), count: self.cols * self.rows)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * cols + x]
    }

    /// Plain text per row, for tests and snapshots: continuation cells add nothing, so a row
    /// holding a wide glyph is one character shorter per glyph than `cols`.
    public var lines: [String] {
        (0..<rows).map { line($0) }
    }

    /// The plain text of row `y`.
    public func line(_ y: Int) -> String {
        var text = ""
        text.reserveCapacity(cols)
        for x in 0..<cols {
            let cell = cells[y * cols + x]
            if !cell.isContinuation { text += cell.text }
        }
        return text
    }

    /// Blanks `width` cells of row `y` from `x` on (the rest of the row when nil) with `style`.
    public mutating func fill(y: Int, x: Int = 0, width: Int? = nil, style: CellStyle) {
        guard y >= 0, y < rows, x < cols else { return }
        let start = max(0, x)
        let end = min(cols, start + (width ?? cols))
        guard start < end else { return }
        breakWideGlyph(at: start, y: y)
        breakWideGlyph(at: end, y: y)
        let blank = Cell(style: style)
        for column in start..<end { cells[y * cols + column] = blank }
    }

    /// Writes `text` at (`x`, `y`) in at most `maxWidth` columns (to the right edge when nil) and
    /// returns the columns used. Text that does not fit ends in `…` (or is clipped when `ellipsis`
    /// is false, where a wide glyph that would cross the limit becomes a space); control
    /// characters become visible substitutes; format characters are dropped; combining marks join
    /// the glyph before them.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: CellStyle, ellipsis: Bool = true) -> Int {
        write(text, x: x, y: y, maxWidth: maxWidth, ellipsis: ellipsis) { _ in style }
    }

    /// Writes `text` with `spans` restyling some of its scalars (search matches, statements):
    /// each span's range counts Unicode scalars of `text`; later spans win.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: CellStyle, spans: [StyleSpan], ellipsis: Bool = true) -> Int {
        if spans.isEmpty { return write(text, x: x, y: y, maxWidth: maxWidth, style: style, ellipsis: ellipsis) }
        return write(text, x: x, y: y, maxWidth: maxWidth, ellipsis: ellipsis) { index in
            var result = style
            for span in spans where span.range.contains(index) { result = span.style }
            return result
        }
    }

    /// The one writer: `styleAt` gives the style of the scalar at each index of `text`.
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int?, ellipsis: Bool, styleAt: (Int) -> CellStyle) -> Int {
        guard y >= 0, y < rows, x >= 0, x < cols else { return 0 }
        let limit = min(maxWidth ?? (cols - x), cols - x)
        guard limit > 0 else { return 0 }
        let truncated = ellipsis && DisplayWidth.of(text) > limit
        let budget = truncated ? limit - 1 : limit
        var column = 0
        var lastCell = -1
        var marks = 0
        var scalarIndex = -1
        var lastStyle = styleAt(0)
        for scalar in text.unicodeScalars {
            scalarIndex += 1
            let kind = DisplayWidth.kind(of: scalar)
            let style = styleAt(scalarIndex)
            switch kind {
            case .ignored:
                continue
            case .combining:
                if lastCell >= 0 && marks < Cell.maxCombiningMarks {
                    cells[lastCell].text.unicodeScalars.append(scalar)
                    marks += 1
                }
                continue
            case .control, .narrow:
                guard column + 1 <= budget else { break }
                let glyph = kind == .control ? Self.substitute(for: scalar) : scalar
                lastCell = put(Cell(text: String(glyph), width: 1, style: style), x: x + column, y: y)
                lastStyle = style
                column += 1
                marks = 0
                continue
            case .wide:
                guard column + 2 <= budget else {
                    // A wide glyph never straddles the edge: its first column becomes a space.
                    if !truncated && column < budget {
                        put(Cell(style: style), x: x + column, y: y)
                        column += 1
                    }
                    break
                }
                lastCell = put(Cell(text: String(scalar), width: 2, style: style), x: x + column, y: y)
                put(Cell(text: "", width: 0, style: style), x: x + column + 1, y: y)
                lastStyle = style
                column += 2
                marks = 0
                continue
            }
            break
        }
        if truncated {
            put(Cell(text: String(Layout.ellipsis), width: 1, style: lastStyle), x: x + column, y: y)
            column += 1
        }
        return column
    }

    /// What a control character shows as: white space as a space, anything else as U+FFFD.
    static func substitute(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029, 0x85: return " "
        default: return "\u{FFFD}"
        }
    }

    /// Stores `cell`, first breaking any wide glyph it would cut in half. Returns the cell index.
    @discardableResult
    private mutating func put(_ cell: Cell, x: Int, y: Int) -> Int {
        let index = y * cols + x
        if cell.width != 0 { breakWideGlyph(at: x, y: y) }
        if cells[index].width == 2 && x + 1 < cols { cells[index + 1] = Cell(style: cells[index + 1].style) }
        cells[index] = cell
        return index
    }

    /// When column `x` is the continuation of a wide glyph, blanks that glyph: half a glyph must
    /// never stay on screen.
    private mutating func breakWideGlyph(at x: Int, y: Int) {
        guard x > 0, x < cols else { return }
        let index = y * cols + x
        if cells[index].isContinuation {
            cells[index - 1] = Cell(style: cells[index - 1].style)
            cells[index] = Cell(style: cells[index].style)
        }
    }
}

/// A style for a run of scalars of a written text.
public struct StyleSpan: Sendable, Hashable {
    public var range: Range<Int>
    public var style: CellStyle
    public init(_ range: Range<Int>, _ style: CellStyle) {
        self.range = range
        self.style = style
    }
}
