import CNcursesw
import GainsayUI

/// Maps colour roles to curses colour pairs and attributes for what the terminal can show:
/// 256 colours, 8 colours, or none (no colour support, or `NO_COLOR` set). Without colour the
/// styles' own attributes (reverse, bold, underline) carry every distinction.
struct Palette {
    enum Depth { case none, eight, full }

    let depth: Depth

    /// Decides the depth and, with colour, defines one pair per role (pair number = role + 1).
    static func setUp(environment: [String: String]) -> Palette {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        guard !noColor, has_colors() else { return Palette(depth: .none) }
        start_color()
        use_default_colors()
        let depth: Depth = gainsay_colors() >= 256 ? .full : .eight
        guard gainsay_color_pairs() > ColorRole.allCases.count else { return Palette(depth: .none) }
        for role in ColorRole.allCases {
            let (fg, bg) = depth == .full ? colors256(role) : colors8(role)
            init_pair(Int16(role.rawValue) + 1, fg, bg)
        }
        return Palette(depth: depth)
    }

    /// The attributes and pair for one cell style.
    func attributes(_ style: CellStyle) -> (attrs: attr_t, pair: Int16) {
        var attrs = gainsay_a_normal()
        if style.bold { attrs |= gainsay_a_bold() }
        if style.underline { attrs |= gainsay_a_underline() }
        if style.dim && depth != .full { attrs |= gainsay_a_dim() }
        guard depth != .none else {
            if style.reverse { attrs |= gainsay_a_reverse() }
            return (attrs, 0)
        }
        // Bars and the selection get a background colour instead of reverse video.
        if style.reverse && !Self.hasBackground(style.role) { attrs |= gainsay_a_reverse() }
        return (attrs, Int16(style.role.rawValue) + 1)
    }

    private static func hasBackground(_ role: ColorRole) -> Bool {
        role == .title || role == .statusBar || role == .selection
    }

    private static func colors256(_ role: ColorRole) -> (Int16, Int16) {
        switch role {
        case .normal: return (-1, -1)
        case .title: return (231, 24)
        case .statusBar: return (252, 238)
        case .selection: return (231, 31)
        case .header: return (110, -1)
        case .claim: return (71, -1)
        case .denial: return (167, -1)
        case .neutral: return (250, -1)
        case .dim: return (244, -1)
        case .highlight: return (220, -1)
        case .help: return (117, -1)
        case .warning: return (214, -1)
        }
    }

    private static func colors8(_ role: ColorRole) -> (Int16, Int16) {
        let black = Int16(COLOR_BLACK), white = Int16(COLOR_WHITE), blue = Int16(COLOR_BLUE)
        switch role {
        case .normal, .neutral, .dim: return (-1, -1)
        case .title: return (white, blue)
        case .statusBar: return (black, white)
        case .selection: return (black, Int16(COLOR_CYAN))
        case .header, .help: return (Int16(COLOR_CYAN), -1)
        case .claim: return (Int16(COLOR_GREEN), -1)
        case .denial: return (Int16(COLOR_RED), -1)
        case .highlight, .warning: return (Int16(COLOR_YELLOW), -1)
        }
    }
}
