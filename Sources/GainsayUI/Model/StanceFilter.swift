import GainsayCore

/// Which statements the screens show: `f` cycles all → claims → denials → neutral → all.
public enum StanceFilter: Int, Sendable, Hashable, CaseIterable {
    case all, claims, denials, neutral

    public func admits(_ stance: Stance) -> Bool {
        switch self {
        case .all: return true
        case .claims: return stance == .claim
        case .denials: return stance == .denial
        case .neutral: return stance == .neutral
        }
    }

    public var next: StanceFilter { StanceFilter(rawValue: (rawValue + 1) % StanceFilter.allCases.count) ?? .all }

    /// How the status line names the filter.
    public var label: String {
        switch self {
        case .all: return "all"
        case .claims: return "claims"
        case .denials: return "denials"
        case .neutral: return "neutral"
        }
    }
}

/// The marker a statement carries on every screen: readable without colour.
public enum StanceMark {
    public static func of(_ stance: Stance) -> String {
        switch stance {
        case .claim: return "+"
        case .denial: return "×"
        case .neutral: return "~"
        }
    }

    public static func style(_ stance: Stance) -> CellStyle {
        switch stance {
        case .claim: return Theme.claim
        case .denial: return Theme.denial
        case .neutral: return Theme.neutral
        }
    }
}
