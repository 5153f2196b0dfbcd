/// The listener after "told": "told the paper in an email that ..." is "the paper", not "the
/// paper in an email that the flight". A preposition that opens an adjunct of the telling (a
/// medium or a time: "in an email", "in an interview", "on Monday") ends the listener.
enum ToldObject {
    static let adjunctPrepositions = Lexicon.hashes("in on during via over by at")

    /// `r` cut before its first adjunct of the telling.
    static func trimmed(_ r: Range<Int>, view: TextView) -> Range<Int> {
        let t = view.tokens
        var k = r.lowerBound + 1
        while k < r.upperBound {
            if t[k].isWord, !t[k].capitalized, adjunctPrepositions.contains(t[k].hash) {
                var j = k + 1
                while j < r.upperBound && j - k <= 3 && t[j].isWord && Lexicon.determiners.contains(t[j].hash) { j += 1 }
                if j < r.upperBound, t[j].isWord, Lexicon.adjunctNouns.contains(t[j].hash) || Lexicon.timeWords.contains(t[j].hash) {
                    return r.lowerBound..<k
                }
            }
            k += 1
        }
        return r
    }
}
