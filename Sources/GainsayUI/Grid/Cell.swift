/// One terminal cell: a grapheme (a base scalar and its combining marks), its display width and
/// its style.
///
/// A wide glyph occupies its cell (width 2) and the next one, which becomes a *continuation*
/// (width 0, empty text) that the adapter never writes.
public struct Cell: Sendable, Hashable {
    /// The glyph: one base scalar plus up to `maxCombiningMarks` combining marks; empty for a
    /// continuation cell.
    public var text: String
    /// 1 for a normal glyph, 2 for a wide one, 0 for the continuation of a wide glyph.
    public var width: UInt8
    public var style: CellStyle

    public init(text: String = " ", width: UInt8 = 1, style: CellStyle = .normal) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell()

    /// ncurses stores at most five wide characters per cell (CCHARW_MAX): a base and four marks.
    public static let maxCombiningMarks = 4

    public var isContinuation: Bool { width == 0 }
}
