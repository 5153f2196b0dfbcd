/// A second look at the stance of an article's statements once all of them are known.
///
/// The stance classifier reads one statement at a time, so it cannot tell a negation that
/// merely describes the world ("these attacks do not change the position", a claim) from one
/// that answers something the article puts in dispute ("the car has not been stolen", after a
/// rumour of its theft: a denial). This pass decides that with the whole article in view: a
/// claim whose main clause carries the opposite polarity of a disputed assertion becomes a
/// denial when that assertion is in dispute nearby (a rumour, claim, allegation or denial named
/// in the same or an adjacent sentence), or elsewhere in the article with shared distinctive
/// terms, or (for a plain negated fact) was made by another speaker in terms the statement
/// repeats. A speaker disowning a link to itself ("we have nothing to do with ...") needs no
/// named rumour: the link is what it is accused of.
///
/// It also turns into neutral the claims that only withhold ("has no idea how", "do not comment
/// on", "nothing more to say"), and turns back into claims the denials that only report an
/// absence of harm ("no injuries were reported").
enum DisputeStance {
    /// How a statement's content opposes what is in dispute.
    enum Opposition: Equatable {
        /// "nothing to do with", "no connection to", "nothing but the pass-through".
        case dissociation(selfSubject: Bool)
        /// "is safe", "in good health", "no reason to speculate": the feared thing did not happen.
        case wellBeing
        /// "Instead, someone else did it": a correction of what was said.
        case correction
        /// "has not been stolen", "does not have any", "was never there".
        case negatedPredicate
    }

    /// Revises the stances of one article's statements (in article order).
    static func revise(_ statements: [ExtractedStatement], view: TextView, sentences: [Range<Int>]) -> [ExtractedStatement] {
        var result = statements
        var candidates: [(index: Int, opposition: Opposition)] = []
        // (Each statement's fields are read in place: a copy of a whole statement retains and
        // releases every string it holds.)
        for i in statements.indices {
            switch statements[i].statement.stance {
            case .claim:
                guard StanceTriggers.mayHold(statements[i].statement.content, StanceTriggers.dispute) || opensWithInstead(statements[i].statement.sentence) else { continue }
                let content = TextView(statements[i].statement.content)
                // Both rules need a negation or one of a few words; most claims hold none.
                guard StanceTriggers.any(content.tokens.indices, in: StanceTriggers.dispute, view: content)
                        || opensWithInstead(statements[i].statement.sentence) else { continue }
                if withholds(content) { result[i].statement.stance = .neutral; continue }
                if let opposition = opposition(in: content, speaker: statements[i].statement.speaker, sentence: statements[i].statement.sentence) {
                    candidates.append((i, opposition))
                }
            case .denial:
                let content = TextView(statements[i].statement.content)
                if (reportsAbsence(content) || voicesDisbelief(content) || StanceMarkers.reportsNoHarm(content)) && !cueDenies(statements[i].statement.cue) { result[i].statement.stance = .claim }
            case .neutral:
                break
            }
        }
        guard !candidates.isEmpty else { return result }
        let context = ArticleDispute(view: view, sentences: sentences, statements: statements)
        for candidate in candidates {
            if context.isDisputed(statement: candidate.index, opposition: candidate.opposition) {
                result[candidate.index].statement.stance = .denial
            }
        }
        return result
    }

    /// `sentence.hasPrefix("Instead")`, read on the bytes when they settle it: "Instead" then an
    /// ASCII byte or nothing (a character boundary for certain), or other bytes.
    static func opensWithInstead(_ sentence: String) -> Bool {
        let settled = sentence.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard b.count >= 7, b[0] == 73, b[1] == 110, b[2] == 115, b[3] == 116, b[4] == 101, b[5] == 97, b[6] == 100 else { return false }
            return b.count == 7 || b[7] < 0x80 ? true : nil
        }
        if let settled, let answer = settled { return answer }
        return sentence.hasPrefix("Instead")
    }

    static func cueDenies(_ cue: String) -> Bool {
        let first = cue.split(separator: " ").first.map(String.init) ?? cue
        return Lexicon.denialVerbs.contains(wordHash(first))
    }

    // MARK: Reading the content

    static let subordinators = Lexicon.hashes("if unless until because which who whom whose when whether although though while where whereas since after before as once")
    static let dissociationNouns = Lexicon.hashes("connection connections link links relation relationship involvement ties tie part role association")
    static let wellBeingWords = Lexicon.hashes("safe fine alive unharmed unhurt healthy fit well okay clean innocent")
    static let evidenceNouns = Lexicon.hashes("evidence proof truth basis indication conclusion conclusions findings decision")
    /// Words after a negation that make it a degree or a comparison, not a negated fact:
    /// "not only", "not just", "not always", "not enough", "no longer", "not the first time".
    static let scalarAfterNegation = Lexicon.hashes("only just always even enough longer necessarily quite exactly all much many more surprised sure first yet the a an")
    static let doAuxiliaries = Lexicon.hashes("do does did")
    static let haveForms = Lexicon.hashes("have has had")
    static let modals = Lexicon.hashes("will would shall should could can may might must going")
    static let firstPerson = Lexicon.hashes("we i our my us me")
    static let absenceHarm = Lexicon.hashes("casualties casualty injuries injury deaths fatalities damage victims")
    static let absenceVerbs = Lexicon.hashes("reported recorded")

    /// The words of the content's main clause: from the start (after a leading "that") up to
    /// the first subordinate clause, at most 30 words.
    static func mainClause(_ v: TextView, from start: Int = 0) -> [Int] {
        // (Word lists read once per call: each read of a static goes through swift_once.)
        let subordinators = Self.subordinators; let been = Self.been
        var words: [Int] = []
        words.reserveCapacity(30)
        var first = start
        // "If they do not ..., X": the clause that opens with a subordinator is not asserted;
        // the main clause starts after its comma.
        if let opening = (start..<v.tokens.count).first(where: { v.tokens[$0].isWord }), subordinators.contains(v.tokens[opening].hash) {
            guard let comma = (opening..<v.tokens.count).first(where: { v.isComma($0) }) else { return [] }
            first = comma + 1
        }
        var skipUntil = first
        for k in first..<v.tokens.count where v.tokens[k].isWord && k >= skipUntil {
            let h = v.tokens[k].hash
            if words.isEmpty && h == W.that { continue }
            // "X, who leads the party, had not been arrested": a clause between commas after
            // the subject describes it; the main clause goes on after the second comma.
            if !words.isEmpty && (h == W.who || h == W.which) && k > 0 && v.isComma(k - 1),
               let close = (k + 1..<min(v.tokens.count, k + 25)).first(where: { v.isComma($0) }) {
                skipUntil = close + 1
                continue
            }
            if !words.isEmpty && subordinators.contains(h) { break }
            // "heard a boom but did not see anything": a contrast inside the speaker's own
            // account, not an answer to someone else.
            if let last = words.last, h == W.but && v.tokens[last].hash != W.nothing { break }
            // "knew that ...", "said that ...": a verb's clause is another assertion. After a
            // quotation mark or a colon (a title cut off by the sentence splitter), "that" opens
            // the reported clause itself.
            if !words.isEmpty && h == W.that {
                if k > 0 && (v.tokens[k - 1].isQuote || v.isPunct(k - 1, 58)) { words.removeAll(); continue }
                break
            }
            words.append(k)
            if words.count >= 30 { break }
        }
        return words
    }

    static func isNegation(_ v: TextView, _ k: Int) -> Bool {
        let h = v.tokens[k].hash
        return h == W.not || h == W.nt || h == W.never || v.endsWith(k, "n't") || v.endsWith(k, "n’t")
    }

    /// The token after the first ", however," or ", but" that follows a subordinate clause:
    /// "X is caring for a patient who arrived, however, the patient does not have ..." makes
    /// its point in the clause after it.
    static func contrastClauseStart(_ v: TextView) -> Int? {
        // (Word lists read once per call: each read of a static goes through swift_once.)
        let however = Self.however
        let t = v.tokens
        for k in 1..<max(1, t.count) where t[k].isWord && t[k].hash == however && v.isComma(k - 1) {
            return k + 1
        }
        return nil
    }

    /// How the content opposes a disputed assertion, if it does.
    static let whatsoever = wordHash("whatsoever"), hand = wordHash("hand")

    static func opposition(in v: TextView, speaker: String, sentence: String) -> Opposition? {
        if let found = opposition(in: v, words: mainClause(v), speaker: speaker, sentence: sentence) { return found }
        // "I can say that I didn't take anything": the clause the speaker vouches for.
        if let vouched = StanceClassifier.afterPerformative(0..<v.tokens.count, view: v),
           let found = opposition(in: v, words: mainClause(v, from: vouched.lowerBound), speaker: speaker, sentence: "") { return found }
        if let start = contrastClauseStart(v) { return opposition(in: v, words: mainClause(v, from: start), speaker: speaker, sentence: "") }
        return nil
    }

    static func opposition(in v: TextView, words: [Int], speaker: String, sentence: String) -> Opposition? {
        let t = v.tokens
        guard !words.isEmpty else { return nil }
        // Word lists read once per call from one box made once (each read of a static goes through swift_once).
        let lists = OppositionLists.shared
        let am = lists.am; let any = lists.any; let beContractions = lists.beContractions; let been = lists.been
        let charge = lists.charge; let commentWord = lists.commentWord; let comparisonWords = lists.comparisonWords; let deathWords = lists.deathWords
        let dissociationNouns = lists.dissociationNouns; let doAuxiliaries = lists.doAuxiliaries; let doWord = lists.doWord; let evidenceNouns = lists.evidenceNouns
        let firstPerson = lists.firstPerson; let fullWords = lists.fullWords; let good = lists.good; let haveForms = lists.haveForms
        let health = lists.health; let here = lists.here; let instead = lists.instead; let involved = lists.involved
        let modals = lists.modals; let normally = lists.normally; let notFactVerbs = lists.notFactVerbs; let ordinaryWords = lists.ordinaryWords
        let ownWords = lists.ownWords; let please = lists.please; let pointerSubjects = lists.pointerSubjects; let postWords = lists.postWords
        let purely = lists.purely; let reason = lists.reason; let remainWords = lists.remainWords; let respond = lists.respond
        let safely = lists.safely; let scalarAfterNegation = lists.scalarAfterNegation; let still = lists.still; let supportNouns = lists.supportNouns
        let time = lists.time; let wellBeingWords = lists.wellBeingWords; let yet = lists.yet; let you = lists.you
        let whatsoever = lists.whatsoever; let danger = lists.danger; let hand = Self.hand; let beForms = lists.beForms; let degreeAdverbs = lists.degreeAdverbs
        let determiners = lists.determiners; let prepositions = lists.prepositions; let authenticWords = lists.authenticWords
        if t[words[0]].hash == instead || sentence.hasPrefix("Instead") { return .correction }
        // "was actually flying with another unit", "is in fact a cousin": a counter-fact, which
        // corrects only when something is in dispute (asked of the article context below).
        if StanceMarkers.statesCounterFact(v, words) { return .correction }
        // "suggests something else was behind the blast": another cause than the one claimed.
        if StanceMarkers.namesSomethingElse(v, words) { return .correction }
        let selfSubject = words.prefix(2).contains { firstPerson.contains(t[$0].hash) || (t[$0].capitalized && speakerHasWord(speaker, t[$0].hash)) }
        for (p, k) in words.enumerated() {
            let h = t[k].hash
            let next = p + 1 < words.count ? t[words[p + 1]].hash : 0
            let after = p + 2 < words.count ? t[words[p + 2]].hash : 0
            // "nothing to do with", "nothing but".
            // ("nothing whatsoever to do with": an emphasis between.)
            if h == W.nothing && next == W.to && after == doWord { return .dissociation(selfSubject: selfSubject) }
            if h == W.nothing && next == whatsoever && after == W.to && p + 3 < words.count && t[words[p + 3]].hash == doWord { return .dissociation(selfSubject: selfSubject) }
            // "was nothing but the pass-through": the speaker's part made small.
            if h == W.nothing && next == W.but && p > 0 && beForms.contains(t[words[p - 1]].hash) { return .dissociation(selfSubject: selfSubject) }
            if h == W.no && dissociationNouns.contains(next) { return .dissociation(selfSubject: selfSubject) }
            // "his party has no hand in the publication".
            if h == W.no && next == hand && after == W.in { return .dissociation(selfSubject: selfSubject) }
            if isNegation(v, k) && next == involved { return .dissociation(selfSubject: selfSubject) }
            // "is safe", "are alive", "in good health", "no reason to".
            if beForms.contains(h) && wellBeingWords.contains(next) { return .wellBeing }
            // "This is real", against a claim that it was staged or faked.
            if beForms.contains(h) && authenticWords.contains(next) && p + 2 >= words.count { return .wellBeing }
            // ("in good physical and mental health": up to three words between.)
            if h == W.in && next == good && words[(p + 2)..<min(words.count, p + 6)].contains(where: { t[$0].hash == health }) { return .wellBeing }
            if h == W.no && next == reason && after == W.to { return .wellBeing }
            if h == W.no && evidenceNouns.contains(next) { return .negatedPredicate }
            // "has the full support of the board", "retains the full backing of the club": the
            // standing a report of a sacking put in doubt.
            if fullWords.contains(h) && supportNouns.contains(next) { return .wellBeing }
            // "This was a normal, weather-related diversion", "was purely procedural", "landed
            // normally": the event a report made dramatic, called ordinary.
            if beForms.contains(h) {
                var q = p + 1
                while q < words.count && q - p <= 2 && (t[words[q]].hash == W.a || t[words[q]].hash == W.an || degreeAdverbs.contains(t[words[q]].hash) || t[words[q]].hash == purely) { q += 1 }
                if q < words.count && ordinaryWords.contains(t[words[q]].hash) { return .wellBeing }
            }
            if (h == normally || h == safely) && p > 0 && v.endsWith(words[p - 1], "ed") { return .wellBeing }
            // "remains our manager", "will remain as captain", "I'm still with the team", "still
            // here": the post a report had someone lose, kept.
            // (Read on the tokens: the main clause stops at "as".)
            if remainWords.contains(h), keepsPost(v, after: k) { return .wellBeing }
            if h == still && (next == here || next == W.with || (next == W.in && after == charge) || postWords.contains(after) && (determiners.contains(next) || ownWords.contains(next))) && p > 0
                && (beForms.contains(t[words[p - 1]].hash) || t[words[p - 1]].hash == am || beContractions.contains(t[words[p - 1]].hash) || firstPerson.contains(t[words[p - 1]].hash)) { return .wellBeing }
            // "They can't get through skin", "are not able to burrow", "unable to fly": an ability
            // denied, which answers a claim that the thing happened.
            if deniesAbility(v, words, p) { return .negatedPredicate }
            guard isNegation(v, k) else { continue }
            // A refusal or a forecast ("will not", "would never") is a position, not a fact.
            if p > 0 && modals.contains(t[words[p - 1]].hash) { continue }
            if h == W.nt && p > 0 && (v.endsWith(words[p - 1], "wo") || v.endsWith(words[p - 1], "ca")) { continue }
            if v.endsWith(k, "won't") || v.endsWith(k, "won’t") || v.endsWith(k, "can't") || v.endsWith(k, "can’t") { continue }
            // "wouldn't", "couldn't", "shouldn't", "mustn't": one token whose stem is a modal.
            if h != W.nt && (v.endsWith(k, "ldn't") || v.endsWith(k, "ldn’t") || v.endsWith(k, "stn't") || v.endsWith(k, "stn’t")) { continue }
            // "But the woman in the video is not a teacher", "... a student ― not a teacher": a
            // negated identity set against something said, by an opening "But" or a dash.
            // "it was not an emergency landing": the thing named, with a pronoun for subject.
            if (next == W.a || next == W.an) && p > 0,
               (beForms.contains(t[words[p - 1]].hash) && (opensWithContrast(v, words) || (p >= 2 && pointerSubjects.contains(t[words[p - 2]].hash)))) || followsDash(v, k) { return .negatedPredicate }
            // "Ferrero is not for sale", "I'm not leaving", "is not going anywhere": a move a
            // report announced, denied.
            if deniesDeparture(v, words, p) { return .negatedPredicate }
            // "the aircraft was never in any danger": the danger reported, denied.
            if next == W.in && (after == danger || after == any && p + 3 < words.count && t[words[p + 3]].hash == danger) { return .negatedPredicate }
            // "Nelson is not dead": the death a report claimed, denied.
            if deathWords.contains(next) && p > 0 && beForms.contains(t[words[p - 1]].hash) { return .wellBeing }
            // "are not under any pressure", "was not on any list": a state denied outright.
            if p > 0 && beForms.contains(t[words[p - 1]].hash) && prepositions.contains(next) && after == any { return .negatedPredicate }
            guard p + 1 < words.count, !scalarAfterNegation.contains(next), !notFactVerbs.contains(next) else { continue }
            // "did not explicitly say": the verb after the adverb decides.
            if v.endsWith(words[p + 1], "ly") && notFactVerbs.contains(after) { continue }
            // "they do not know", "you don't want": a state of mind or a generic "you" states no fact.
            if words.prefix(p).contains(where: { t[$0].hash == you }) { continue }
            // "has not been charged yet": not so far, which may change.
            if words[(p + 1)..<min(words.count, p + 5)].contains(where: { t[$0].hash == yet }) { continue }
            if h == W.never {
                // "never knowingly used": the verb after the adverb.
                if v.endsWith(words[p + 1], "ly"), p + 2 < words.count, isDeedOrPlace(v, words[p + 2]) { return .negatedPredicate }
                // "was never in the town", "never stole", "had never met"; not "never about", "never been prouder".
                if beForms.contains(next) || haveForms.contains(next) {
                    // "has never been to Doha": a visit denied.
                    if p + 2 < words.count && (isDeedOrPlace(v, words[p + 2]) || (next == been && t[words[p + 2]].hash == W.to)) { return .negatedPredicate }
                    continue
                }
                if isDeedOrPlace(v, words[p + 1]) { return .negatedPredicate }
                continue
            }
            // "does not have", "has not been stolen", "did not take".
            // The auxiliary: "does" of "does not" or "does n't", or the one token "doesn’t".
            let contracted = h != W.nt && (v.endsWith(k, "n't") || v.endsWith(k, "n’t"))
            let auxiliary = contracted || p == 0 ? k : words[p - 1]
            let auxHash = t[auxiliary].hash
            let isDo = doAuxiliaries.contains(auxHash) || v.endsWith(auxiliary, "don't") || v.endsWith(auxiliary, "doesn't") || v.endsWith(auxiliary, "didn't")
                || v.endsWith(auxiliary, "don’t") || v.endsWith(auxiliary, "doesn’t") || v.endsWith(auxiliary, "didn’t")
            let nextWord = words[p + 1]
            // "Please do not message": an imperative asserts nothing.
            let auxPosition = auxiliary == k ? p : p - 1
            if isDo && (auxPosition == 0 || (auxPosition == 1 && t[words[0]].hash == please)) { continue }
            if isDo && (haveForms.contains(next) || (!t[nextWord].capitalized && !beForms.contains(next))) {
                // "do not have to", "did not have time": no possession denied.
                if haveForms.contains(next) && (after == W.to || after == time) { continue }
                // "do not have the same defences", "does not have enough": a comparison.
                if haveForms.contains(next) && words[(p + 2)..<min(words.count, p + 4)].contains(where: { comparisonWords.contains(t[$0].hash) }) { continue }
                // "do not comment", "did not respond" withhold; they are handled elsewhere.
                if next == commentWord || next == respond { continue }
                return .negatedPredicate
            }
            if next == been {
                if p + 2 < words.count && (isDeedOrPlace(v, words[p + 2]) || t[words[p + 2]].hash == W.to) { return .negatedPredicate }
                continue
            }
            // "has not sunk", "was not captured", "is not in the country".
            if isDeedOrPlace(v, nextWord) { return .negatedPredicate }
            if haveForms.contains(next) && after == any { return .negatedPredicate }
        }
        return nil
    }

    static let deathWords = Lexicon.hashes("dead deceased")
    static let remainWords = Lexicon.hashes("remain remains remained")
    static let ownWords = Lexicon.hashes("our my his her their its")
    /// Posts a report may have someone lose.
    static let postWords = Lexicon.hashes("manager coach captain boss chairman chairwoman chief executive ceo president director head leader minister member player")
    static let still = wordHash("still"), here = wordHash("here"), charge = wordHash("charge"), am = wordHash("am")

    /// True when the words after "remain" at `k` name a post: "our manager", "as the captain",
    /// "chief executive".
    static func keepsPost(_ v: TextView, after k: Int) -> Bool {
        let t = v.tokens
        var q = k + 1
        var skipped = 0
        while q < t.count && skipped < 3 && t[q].isWord && (t[q].hash == W.as || Lexicon.determiners.contains(t[q].hash) || ownWords.contains(t[q].hash)) { q += 1; skipped += 1 }
        return q < t.count && t[q].isWord && postWords.contains(t[q].hash)
    }
    static let comparisonWords = Lexicon.hashes("same enough similar comparable")
    static let ordinaryWords = Lexicon.hashes("normal routine standard procedural precautionary")
    static let pointerSubjects = Lexicon.hashes("it this that")
    static let purely = wordHash("purely"), normally = wordHash("normally"), safely = wordHash("safely")
    static let fullWords = Lexicon.hashes("full complete total unanimous unwavering")
    static let supportNouns = Lexicon.hashes("support backing confidence")
    /// What a subject "is not" doing when a report had it leave or be sold.
    static let departureStates = Lexicon.hashes("leaving quitting resigning retiring moving selling")
    /// Contracted subjects with "be": "I'm not leaving", "we're not selling".
    static let beContractions = Lexicon.hashes("i'm i’m we're we’re he's he’s she's she’s it's it’s they're they’re")
    static let sale = wordHash("sale"), anywhere = wordHash("anywhere"), going = wordHash("going"), danger = wordHash("danger")

    /// True when the negation at `words[p]` follows a form of "be" (or is "isn't") and a
    /// departure follows: "is not for sale", "I'm not leaving", "isn't going anywhere".
    static func deniesDeparture(_ v: TextView, _ words: [Int], _ p: Int) -> Bool {
        let t = v.tokens
        let k = words[p]
        let contractedBe = v.endsWith(k, "sn't") || v.endsWith(k, "sn’t") || v.endsWith(k, "ren't") || v.endsWith(k, "ren’t")
        guard contractedBe || (t[k].hash == W.not && p > 0 && (Lexicon.beForms.contains(t[words[p - 1]].hash) || beContractions.contains(t[words[p - 1]].hash) || t[words[p - 1]].hash == am)),
              p + 1 < words.count else { return false }
        let next = t[words[p + 1]].hash
        let after = p + 2 < words.count ? t[words[p + 2]].hash : 0
        return departureStates.contains(next) || (next == W.for && after == sale) || (next == going && after == anywhere)
    }

    /// True when the negation at `words[p]` denies an ability to act: "cannot", "can't", "can
    /// not", "not able to", "unable to", before a verb that is no refusal to tell ("can't
    /// comment", "unable to confirm", "can't remember" withhold; they are handled elsewhere).
    static func deniesAbility(_ v: TextView, _ words: [Int], _ p: Int) -> Bool {
        let t = v.tokens
        let k = words[p], h = t[k].hash
        var verbAt: Int
        if h == W.cannot || v.endsWith(k, "can't") || v.endsWith(k, "can’t") { verbAt = p + 1 }
        else if h == W.nt && p > 0 && (v.endsWith(words[p - 1], "ca")) { verbAt = p + 1 }
        else if h == W.not && p > 0 && t[words[p - 1]].hash == can { verbAt = p + 1 }
        else if (h == W.not || h == unable) && p + 2 < words.count && (h == unable ? t[words[p + 1]].hash == W.to : t[words[p + 1]].hash == able && t[words[p + 2]].hash == W.to) {
            verbAt = h == unable ? p + 2 : p + 3
        } else { return false }
        while verbAt < words.count && abilityAdverbs.contains(t[words[verbAt]].hash) { verbAt += 1 }
        guard verbAt < words.count else { return false }
        return !withheldVerbs.contains(t[words[verbAt]].hash)
    }
    static let can = wordHash("can"), unable = wordHash("unable")
    static let abilityAdverbs = Lexicon.hashes("actually even possibly really ever simply just physically")
    /// Verbs after "can't" that withhold or hedge rather than deny: "can't comment", "unable to
    /// confirm", "can't say", "cannot rule out", "can't be sure".
    static let withheldVerbs = Lexicon.hashes("""
    comment say confirm tell speculate discuss reveal disclose elaborate rule verify deny be
    remember recall know understand imagine believe wait guarantee answer respond identify specify provide give
    """)

    /// "But ..." or "However, ...": the content sets itself against what came before.
    static func opensWithContrast(_ v: TextView, _ words: [Int]) -> Bool {
        guard let first = words.first else { return false }
        return v.tokens[first].hash == W.but || v.tokens[first].hash == however
    }

    /// A dash or hyphen right before token `k`, or a horizontal bar (E2 80 95), which some
    /// copy sets for a dash.
    static func followsDash(_ v: TextView, _ k: Int) -> Bool {
        guard k > 0 else { return false }
        if v.isDashOrHyphen(k - 1) { return true }
        let tok = v.tokens[k - 1]
        return tok.kind == .punct && tok.first == 0xE2 && tok.start + 2 < v.bytes.count && v.bytes[tok.start + 1] == 0x80 && v.bytes[tok.start + 2] == 0x95
    }

    /// True when one of the space-separated words of `speaker` hashes to `h`: the speaker's own
    /// name as the subject ("Roe did not ..."). Read in place, with no set or substrings made.
    static func speakerHasWord(_ speaker: String, _ h: UInt64) -> Bool {
        var hash: UInt64 = 0xcbf29ce484222325
        var length = 0
        for b in speaker.utf8 {
            if b == 32 {
                if length > 0 && hash == h { return true }
                hash = 0xcbf29ce484222325
                length = 0
                continue
            }
            let l = (b >= 65 && b <= 90) ? b | 0x20 : b
            hash = (hash ^ UInt64(l)) &* 0x100000001b3
            length += 1
        }
        return length > 0 && hash == h
    }

    /// A participle or past form ("stolen", "captured", "met") or a place ("in", "at", "there")
    /// after "never", "been": what the speaker says did not happen or where someone was not.
    static func isDeedOrPlace(_ v: TextView, _ k: Int) -> Bool {
        let h = v.tokens[k].hash
        if notFactVerbs.contains(h) || v.tokens[k].capitalized { return false }
        if places.contains(h) || pastForms.contains(h) { return true }
        return (v.endsWith(k, "ed") && !v.endsWith(k, "eed")) || v.endsWith(k, "en") || v.endsWith(k, "wn")
    }

    static let places = Lexicon.hashes("in at there inside near")
    static let pastForms = Lexicon.hashes("went met took stole left paid sold bought spoke wrote sent gave had did held ran sunk hit shot hurt done gone lost struck")

    /// "has no idea how", "we do not comment on", "nothing more to say".
    static func withholds(_ v: TextView) -> Bool {
        let t = v.tokens
        let words = mainClause(v)
        for (p, k) in words.enumerated() where p + 1 < words.count {
            let next = t[words[p + 1]].hash
            let after = p + 2 < words.count ? t[words[p + 2]].hash : 0
            // "no idea how it got there" withholds; "no idea she was pregnant" tells what she knew.
            if t[k].hash == W.no && next == idea {
                let following = ((words[p + 1] + 1)..<t.count).first { t[$0].isWord }
                if following.map({ questionWords.contains(t[$0].hash) }) ?? true { return true }
            }
            if isNegation(v, k) && (next == commentWord || (next == W.to && after == commentWord)) && !StanceMarkers.judgesFalse(words, v) { return true }
            if t[k].hash == W.nothing && (next == more || next == further) && (after == W.to || after == W.comment) { return true }
            // "we have no official notification that ...": nothing confirmed either way.
            if (t[k].hash == W.no || isNegation(v, k)) && words[(p + 1)..<min(words.count, p + 4)].contains(where: { notificationWords.contains(t[$0].hash) }) { return true }
        }
        return false
    }

    /// "No injuries were reported", "no casualties were recorded": a report of what did not
    /// happen, which disputes nothing.
    static func reportsAbsence(_ v: TextView) -> Bool {
        let words = mainClause(v)
        guard words.count >= 4, v.tokens[words[0]].hash == W.no, absenceHarm.contains(v.tokens[words[1]].hash) else { return false }
        return Lexicon.beForms.contains(v.tokens[words[2]].hash) && absenceVerbs.contains(v.tokens[words[3]].hash)
    }

    /// "Never in my life would I have imagined that": an inverted "never" with a modal and a
    /// verb of thought voices surprise; it rejects nothing.
    static func voicesDisbelief(_ v: TextView) -> Bool {
        // (Most contents do not open on "never": answered before any list is made.)
        guard let opening = v.tokens.firstIndex(where: { $0.isWord }), v.tokens[opening].hash == W.never else { return false }
        var words: [Int] = []
        for k in v.tokens.indices where v.tokens[k].isWord { words.append(k); if words.count >= 10 { break } }
        guard let first = words.first, v.tokens[first].hash == W.never,
              let modal = words.firstIndex(where: { v.tokens[$0].hash == would || v.tokens[$0].hash == could }) else { return false }
        return words[(modal + 1)...].contains { thoughtVerbs.contains(v.tokens[$0].hash) }
    }

    static let would = wordHash("would"), could = wordHash("could")
    static let thoughtVerbs = Lexicon.hashes("think thought imagine imagined believe believed expect expected dream dreamed dreamt guess guessed")
    static let instead = wordHash("instead"), doWord = wordHash("do"), involved = wordHash("involved"), good = wordHash("good")
    static let health = wordHash("health"), reason = wordHash("reason"), been = wordHash("been"), any = wordHash("any")
    static let commentWord = wordHash("comment"), respond = wordHash("respond"), idea = wordHash("idea")
    static let you = wordHash("you"), please = wordHash("please"), time = wordHash("time"), able = wordHash("able"), so = wordHash("so")
    /// Verbs of mind, perception, wish and speech: negated, they say what someone knows,
    /// wants or said, not that a disputed thing did not happen.
    static let notFactVerbs = Lexicon.hashes("""
    know knew known think thought believe believed want wanted care cared mind understand understood feel felt like liked
    need needed expect expected wish recall remember remembered see saw seen hear heard matter mean meant seem seemed appear
    appeared elaborate elaborated reveal revealed release released say said tell told give gave explain explained specify
    specified disclose disclosed mention mentioned comment commented respond responded confirm confirmed show showed
    showed sure intend intended plan planned make made get got find found allow allowed bother worry worried
    frustrated surprised interested concerned impressed pleased satisfied scared bothered convinced disappointed shocked
    aware able about afraid going
    """)
    static let notificationWords = Lexicon.hashes("notification notifications notified")
    static let questionWords = Lexicon.hashes("how where who whom what why when whether if which")
    static let yet = wordHash("yet")
    static let more = wordHash("more"), further = wordHash("further"), however = wordHash("however")
}
