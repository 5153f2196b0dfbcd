/// An article's bytes and tokens, with the small helpers every extraction step needs.
struct TextView {
    let bytes: [UInt8]
    let tokens: [Token]

    init(_ text: String) {
        bytes = Array(text.utf8)
        tokens = Tokenizer.tokenize(bytes)
    }

    /// The source text from the start of token `a` to the end of token `b` (inclusive).
    func text(_ a: Int, _ b: Int) -> String {
        guard a <= b, a >= 0, b < tokens.count else { return "" }
        return String(decoding: bytes[tokens[a].start..<tokens[b].end], as: UTF8.self)
    }
    func text(_ range: Range<Int>) -> String { range.isEmpty ? "" : text(range.lowerBound, range.upperBound - 1) }
    func word(_ i: Int) -> String { String(decoding: bytes[tokens[i].start..<tokens[i].end], as: UTF8.self) }
    func lower(_ i: Int) -> String { word(i).lowercased() }

    @inline(__always) func isWord(_ i: Int, _ h: UInt64) -> Bool { tokens[i].hash == h && tokens[i].isWord }
    @inline(__always) func isPunct(_ i: Int, _ c: UInt8) -> Bool { tokens[i].kind == .punct && tokens[i].first == c }
    @inline(__always) func isComma(_ i: Int) -> Bool { isPunct(i, 44) }
    /// Lower-case word in the set.
    @inline(__always) func lowerIn(_ i: Int, _ set: WordSet) -> Bool {
        tokens[i].isWord && !tokens[i].capitalized && set.contains(tokens[i].hash)
    }
    @inline(__always) func anyIn(_ i: Int, _ set: WordSet) -> Bool { tokens[i].isWord && set.contains(tokens[i].hash) }
}

/// Hashes of single words the extractor tests often.
enum W {
    static let according = wordHash("according"), to = wordHash("to"), that = wordHash("that")
    static let citing = wordHash("citing"), by = wordHash("by"), of = wordHash("of"), and = wordHash("and")
    static let the = wordHash("the"), a = wordHash("a"), an = wordHash("an"), `as` = wordHash("as")
    static let comments = wordHash("comments"), remarks = wordHash("remarks"), interview = wordHash("interview")
    static let with = wordHash("with"), `in` = wordHash("in"), perspective = wordHash("perspective")
    static let view = wordHash("view"), opinion = wordHash("opinion"), from = wordHash("from")
    static let including = wordHash("including"), such = wordHash("such"), among = wordHash("among")
    static let declined = wordHash("declined"), refused = wordHash("refused"), not = wordHash("not")
    static let there = wordHash("there"), no = wordHash("no"), only = wordHash("only"), any = wordHash("any")
    static let one = wordHash("one"), saying = wordHash("saying"), possessive = wordHash("'s")
    static let while_ = wordHash("while"), whereas = wordHash("whereas"), but = wordHash("but")
    static let head = wordHash("head"), state = wordHash("state"), government = wordHash("government")
    static let declinedTo = [wordHash("declined"), wordHash("refused"), wordHash("declines"), wordHash("refuses"), wordHash("declining"), wordHash("refusing")]
    static let comment = wordHash("comment"), if_ = wordHash("if"), unless = wordHash("unless"), until = wordHash("until")
    static let whose = wordHash("whose"), because = wordHash("because"), which = wordHash("which"), who = wordHash("who"), when = wordHash("when")
    static let he = wordHash("he"), she = wordHash("she"), him = wordHash("him"), her = wordHash("her")
    static let they = wordHash("they"), them = wordHash("them"), it = wordHash("it"), we = wordHash("we"), i = wordHash("i")
    static let these = wordHash("these"), this = wordHash("this"), those = wordHash("those")
    static let also = wordHash("also"), told = wordHash("told"), tell = wordHash("tell"), tells = wordHash("tells")
    static let informed = wordHash("informed"), assured = wordHash("assured"), news = wordHash("news")
    static let nobody = wordHash("nobody"), nothing = wordHash("nothing"), none = wordHash("none"), neither = wordHash("neither")
    static let never = wordHash("never"), cannot = wordHash("cannot"), nt = wordHash("n't")
    static let ready = wordHash("ready")
}
