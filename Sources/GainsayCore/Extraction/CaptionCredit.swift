/// Photo captions and credits inside an article's text: "AP Photo/The Daily Courier, Jane
/// Roe", "(AFP PHOTO/STATE TV)", "Photo: Reuters", "Daily Courier/AP".
///
/// Why: scraped news keeps its picture credits between paragraphs. The agency and the
/// photographer in a credit said nothing, so a credit must neither become a speaker or a
/// channel nor be remembered as the antecedent of a later "the paper" or "he".
enum CaptionCredit {
    static let creditWords = Lexicon.hashes("photo photos photograph photographs image images picture pictures credit")
    /// Picture agencies that end a credit: "Daily Courier/AP".
    static let pictureAgencies = Lexicon.hashes("ap afp reuters getty epa ap-photo")

    /// True when the sentence holds a picture credit: a credit word followed by "/" or ":", or
    /// a slash joined to a picture agency.
    static func isCredit(_ range: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        for k in range where t[k].kind == .punct && (t[k].first == 47 || t[k].first == 58) && k > range.lowerBound {
            let before = k - 1
            guard t[before].isWord, t[before].capitalized else { continue }
            if creditWords.contains(t[before].hash) { return true }
            // "Courier/AP": a slash, with no space, between a name and an agency.
            if t[k].first == 47, t[k].attached, k + 1 < range.upperBound, t[k + 1].attached, t[k + 1].isWord,
               pictureAgencies.contains(t[k + 1].hash), k + 2 >= range.upperBound || !t[k + 2].isWord || !t[k + 2].attached {
                return true
            }
        }
        return false
    }
}
