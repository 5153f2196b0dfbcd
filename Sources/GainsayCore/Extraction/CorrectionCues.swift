/// Denials made by an act of correction, with no reporting verb: "set the record straight",
/// "posted a correction", "corrected its story", "retracted its report".
///
/// Why: when an outlet or a spokesman takes back or straightens a report, the reader wants
/// that party listed as denying it, even though the sentence only tells of the act. The
/// speaker is the subject of the act ("Religion News Service was among the first media to set
/// the record straight": the service).
extension AttributionFinder {
    static let setForms = Lexicon.hashes("set sets setting")
    static let record = wordHash("record"), straight = wordHash("straight"), correction = wordHash("correction")
    static let publishVerbs = Lexicon.hashes("posted posts issued issues ran runs published publishes printed prints appended appends added adds made makes")
    static let correctVerbs = Lexicon.hashes("corrected corrects retracted retracts")
    static let ownDeterminers = Lexicon.hashes("its their his her the our")
    static let storyNouns = Lexicon.hashes("story report article post claim piece account tweet")

    /// The act of correction in the sentence, as a denial by its subject.
    func correctionAct(in range: Range<Int>) -> Attribution? {
        let t = view.tokens
        let lo = range.lowerBound, hi = range.upperBound
        for i in range where t[i].isWord && !t[i].capitalized && i + 2 < hi {
            let h = t[i].hash
            var end: Int? = nil
            if lx.setForms.contains(h), i + 3 < hi, t[i + 1].hash == W.the, t[i + 2].hash == Self.record, t[i + 3].hash == Self.straight { end = i + 3 }
            else if lx.publishVerbs.contains(h), t[i + 1].hash == W.a, t[i + 2].hash == Self.correction { end = i + 2 }
            else if lx.correctVerbs.contains(h), Self.ownDeterminers.contains(t[i + 1].hash), Self.storyNouns.contains(t[i + 2].hash) { end = i + 2 }
            guard let last = end, let subject = actSubject(before: i, lo: lo), let speaker = reader.classify(subject) else { continue }
            let content = (last + 1 < hi && t[last + 1].isWord || last + 2 < hi) ? (last + 1)..<hi : lo..<hi
            return Attribution(cueIndex: i, cue: view.text(i, last).lowercased(), speaker: speaker, via: [], content: content,
                               stanceCue: .init(verb: W.denied, negated: false, declined: false, isQuestionVerb: false, objectRange: hi..<hi),
                               contentIsQuote: false, confidence: 0.7)
        }
        return nil
    }

    /// The subject of the act at `i`: the phrase just before it (past auxiliaries and
    /// adverbs), or the sentence's subject after "to", "but" or "and".
    private func actSubject(before i: Int, lo: Int) -> Range<Int>? {
        let t = view.tokens
        var e = i - 1
        while e >= lo && t[e].isWord && !t[e].capitalized && (Lexicon.auxiliaries.contains(t[e].hash) || view.endsWith(e, "ly")) { e -= 1 }
        guard e >= lo else { return nil }
        if t[e].isWord && (t[e].hash == W.to || t[e].hash == W.but || t[e].hash == W.and) { return sentenceSubject(in: lo..<e) }
        if view.isComma(e) { return nil }
        return reader.phraseEnding(at: e, lowerBound: lo)
    }
}
