import GainsayCore

/// Builds the reader's lines for one article at one width: the title as a heading, where the
/// article came from, then each paragraph wrapped, with a blank line between paragraphs.
///
/// Runs when an article is opened and on resize, never per key: the result is stored in the
/// `ReaderScreen`. Paragraph lines carry offsets into `Article.text`; heading lines carry -1.
public enum ReaderLines {
    public static func build(_ article: Article, width: Int) -> [WrappedLine] {
        var lines = TextWrap.wrap(article.title, width: width, style: Theme.articleHeading, offset: 0)
        for index in lines.indices { lines[index].start = -1 }
        var meta: [String] = []
        if let source = article.source { meta.append(source) }
        if let date = article.date { meta.append(date) }
        if meta.isEmpty, let path = article.path { meta.append(path) }
        if !meta.isEmpty {
            for var line in TextWrap.wrap(meta.joined(separator: " · "), width: width, style: Theme.dim) {
                line.start = -1
                lines.append(line)
            }
        }
        let starts = article.paragraphStarts
        for (index, paragraph) in article.paragraphs.enumerated() {
            lines.append(WrappedLine(text: "", start: -1))
            let style = isSubheading(paragraph) ? Theme.articleHeading : Theme.normal
            lines.append(contentsOf: TextWrap.wrap(paragraph, width: width, style: style, offset: starts[index]))
        }
        return lines
    }

    /// A short paragraph without closing punctuation reads as a section heading and is shown bold.
    static func isSubheading(_ paragraph: String) -> Bool {
        guard let last = paragraph.unicodeScalars.last, paragraph.unicodeScalars.count <= 80 else { return false }
        return !".!?:;,\"”’)…»".unicodeScalars.contains(last)
    }
}
