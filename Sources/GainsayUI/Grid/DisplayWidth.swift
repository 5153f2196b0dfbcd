/// How many terminal columns a Unicode scalar takes.
///
/// The terminal decides where each glyph lands, so the model must agree with it exactly or every
/// column after a CJK word or an emoji drifts. We measure ourselves instead of calling `wcwidth`,
/// which the UI library cannot reach (no C import) and which varies between C libraries.
public enum DisplayWidth {
    /// What a scalar does in a cell.
    public enum Kind: Sendable, Equatable {
        /// A control character: never written to a cell.
        case control
        /// Invisible and not attached to anything we show (format characters, variation
        /// selectors, joiners): dropped so terminals cannot disagree about it.
        case ignored
        /// A combining mark: zero columns, joins the previous cell's glyph.
        case combining
        /// An ordinary glyph of one column.
        case narrow
        /// An East Asian wide or fullwidth glyph, or an emoji shown as a picture: two columns.
        case wide
    }

    /// Classifies `scalar`. ASCII and Latin-1 letters take the first, cheapest branch.
    @inline(__always)
    public static func kind(of scalar: Unicode.Scalar) -> Kind {
        let v = scalar.value
        if v < 0x300 {
            if v < 0x20 || (v >= 0x7F && v < 0xA0) { return .control }
            if v == 0xAD { return .ignored }  // soft hyphen: shown as nothing by most terminals
            return .narrow
        }
        if (v >= 0x1160 && v <= 0x11FF) || (v >= 0xD7B0 && v <= 0xD7FF) { return .combining }  // Hangul medial vowels, final consonants
        if v >= 0xFE00 && v <= 0xFE0F { return .ignored }  // variation selectors
        if v >= 0xE0100 && v <= 0xE01EF { return .ignored }
        if v == 0x2028 || v == 0x2029 { return .control }  // line and paragraph separators
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return .combining
        case .format, .surrogate: return .ignored
        case .control: return .control
        default: break
        }
        if isWide(v) { return .wide }
        // Regional indicators are Emoji_Presentation but one column each in wcwidth and so in
        // most terminals; a flag is two of them.
        if scalar.properties.isEmojiPresentation && !(v >= 0x1F1E6 && v <= 0x1F1FF) { return .wide }
        return .narrow
    }

    /// The columns `scalar` takes on its own: 0, 1 or 2 (controls count 0: they are never shown).
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        switch kind(of: scalar) {
        case .control, .ignored, .combining: return 0
        case .narrow: return 1
        case .wide: return 2
        }
    }

    /// The columns `text` takes when written to a grid (after control characters are replaced by
    /// one-column substitutes, as `Grid.write` does).
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            switch kind(of: scalar) {
            case .control, .narrow: width += 1
            case .wide: width += 2
            case .ignored, .combining: break
            }
        }
        return width
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, Unicode 15, without the emoji ones that
    /// `isEmojiPresentation` already covers.
    @inline(__always)
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        if v <= 0x115F { return true }  // Hangul Jamo initial consonants
        if v < 0x2E80 { return v == 0x2329 || v == 0x232A }
        if v <= 0x303E { return true }  // CJK radicals, Kangxi, ideographic description, CJK symbols
        if v >= 0x3041 && v <= 0x33FF { return true }  // Hiragana ... CJK compatibility
        if v >= 0x3400 && v <= 0x4DFF { return true }  // CJK extension A, Yijing hexagrams
        if v >= 0x4E00 && v <= 0x9FFF { return true }  // CJK unified ideographs
        if v >= 0xA000 && v <= 0xA4CF { return true }  // Yi
        if v >= 0xA960 && v <= 0xA97F { return true }  // Hangul Jamo extended A
        if v >= 0xAC00 && v <= 0xD7A3 { return true }  // Hangul syllables
        if v >= 0xF900 && v <= 0xFAFF { return true }  // CJK compatibility ideographs
        if v >= 0xFE10 && v <= 0xFE19 { return true }  // vertical forms
        if v >= 0xFE30 && v <= 0xFE6F { return true }  // CJK compatibility forms, small forms
        if v >= 0xFF00 && v <= 0xFF60 { return true }  // fullwidth forms
        if v >= 0xFFE0 && v <= 0xFFE6 { return true }
        if v >= 0x16FE0 && v <= 0x16FF1 { return true }
        if v >= 0x17000 && v <= 0x18D08 { return true }  // Tangut, Khitan
        if v >= 0x1AFF0 && v <= 0x1B2FF { return true }  // Kana supplement, Nushu
        if v >= 0x1F200 && v <= 0x1F202 { return true }
        if v >= 0x1F210 && v <= 0x1F23B { return true }
        if v >= 0x1F240 && v <= 0x1F248 { return true }
        if v >= 0x1F250 && v <= 0x1F251 { return true }
        if v >= 0x1F260 && v <= 0x1F265 { return true }
        if v >= 0x20000 && v <= 0x3FFFD { return true }  // CJK extensions B and beyond
        return false
    }
}
