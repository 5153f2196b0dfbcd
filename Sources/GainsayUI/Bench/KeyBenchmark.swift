import Dispatch

/// Times update + render per key over a fixed script: what `gainsay bench ui` prints and what the
/// key-cost tests hold to the budget.
public enum KeyBenchmark {
    /// One step of the script: a name for the report and the key.
    public struct Step: Sendable {
        public var name: String
        public var key: Key
        public init(_ name: String, _ key: Key) {
            self.name = name
            self.key = key
        }
    }

    /// A walk through every screen: list moves and paging, the reader and its statements,
    /// claims vs denials with focus and sources, speakers, the filter, search and back.
    public static let script: [Step] = {
        var steps: [Step] = []
        func add(_ name: String, _ key: Key, times: Int = 1) { for _ in 0..<times { steps.append(Step(name, key)) } }
        add("list j", .char("j"), times: 50)
        add("list PgDn", .pageDown, times: 20)
        add("list G", .char("G"))
        add("list g", .char("g"))
        add("open article", .enter)
        add("reader n", .char("n"), times: 10)
        add("reader j", .char("j"), times: 20)
        add("reader Tab", .tab)
        add("reader pane j", .char("j"), times: 5)
        add("reader Enter (proposition)", .enter)
        add("claims ]", .char("]"), times: 3)
        add("claims Tab", .tab, times: 3)
        add("claims j", .char("j"), times: 5)
        add("claims Enter (article)", .enter)
        add("back q", .char("q"), times: 2)
        add("screen 2", .char("2"))
        add("propositions j", .char("j"), times: 50)
        add("propositions PgDn", .pageDown, times: 20)
        add("screen 3", .char("3"))
        add("speakers Tab", .tab)
        add("speakers j", .char("j"), times: 30)
        add("speakers Tab", .tab)
        add("speakers j", .char("j"), times: 10)
        add("filter f", .char("f"), times: 4)
        add("home 1", .char("1"))
        add("search /", .char("/"))
        for character in "talks" { add("search type", .char(character)) }
        add("search Enter", .enter)
        add("search n", .char("n"), times: 20)
        add("search N", .char("N"), times: 5)
        add("search /", .char("/"))
        for character in "zzqx" { add("search type (no match)", .char(character)) }
        add("search Esc", .esc)
        add("help ?", .char("?"))
        add("help q", .char("q"))
        return steps
    }()

    /// Milliseconds of update + render for each step of `script`, in order.
    public static func run(_ state: inout AppState, script: [Step] = KeyBenchmark.script) -> [(name: String, ms: Double)] {
        var result: [(String, Double)] = []
        result.reserveCapacity(script.count)
        for step in script {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = state.send(step.key)
            let grid = render(state, cols: state.cols, rows: state.rows)
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            precondition(grid.rows == state.rows)
            result.append((step.name, Double(elapsed) / 1_000_000))
        }
        return result
    }

    /// The value at `fraction` (0...1) of sorted `values`.
    public static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }
}
