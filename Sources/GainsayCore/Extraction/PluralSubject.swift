/// "The patients said", "Several passengers told": a lower-case plural noun right before a verb
/// of saying names a group of speakers even when no lexicon lists it. Unseen news brings
/// groups (patients, passengers, villagers) no list foresees.
enum PluralSubject {
    static let sayVerbs = Lexicon.hashes("said say says told tell tells")
    static let openers = Lexicon.hashes("the several many some most two three four five dozens hundreds other both all these those")
    /// Plural nouns that are no speakers.
    static let things = Lexicon.hashes("""
    reports documents records results figures numbers data things years days months weeks hours minutes times
    plans rules laws details terms words pictures images photos videos
    """)

    /// The group named by `range` when it is "[opener] [adjective] noun-s" before verb `v`.
    static func group(_ range: Range<Int>, verb v: Int, view: TextView) -> SpeakerPhrase? {
        let t = view.tokens
        guard sayVerbs.contains(t[v].hash), range.upperBound == v, (1...3).contains(range.count) else { return nil }
        let last = range.upperBound - 1
        guard t[last].isWord, !t[last].capitalized, view.endsWith(last, "s"), !view.endsWith(last, "ss"),
              t[last].end - t[last].start >= 4, !things.contains(t[last].hash) else { return nil }
        if range.count > 1 {
            guard t[range.lowerBound].isWord, openers.contains(t[range.lowerBound].hash) else { return nil }
        }
        guard range.allSatisfy({ t[$0].isWord && !Lexicon.pronouns.contains(t[$0].hash) }) else { return nil }
        let phrase = view.text(range)
        var name = phrase
        if t[range.lowerBound].hash == W.the { name = view.text((range.lowerBound + 1)..<range.upperBound) }
        return SpeakerPhrase(phrase: phrase, name: name, kind: .group, roles: [], head: view.lower(last), isReference: false)
    }
}
