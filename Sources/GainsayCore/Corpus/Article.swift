/// One news article as Gainsay reads it: a title, paragraphs of clean text, and what is known of
/// where it came from.
///
/// `text` is computed once: statement offsets (`start`/`end`, in Unicode scalars) refer to it, and
/// the reader renders it, so both must agree on one string.
public struct Article: Sendable, Hashable, Identifiable {
    /// A stable id: the file name without its extension, or the id a feed or JSON record gives.
    public var id: String
    public var title: String
    public var paragraphs: [String]
    /// The outlet, when the input says (`og:site_name`, a feed's title, a JSON `source`).
    public var source: String?
    /// The publication date as the input gives it, when it does.
    public var date: String?
    public var url: String?
    /// Where the article was loaded from: a file path, `-` for standard input, `seeds/NAME` for
    /// the embedded corpus.
    public var path: String?
    /// Other places the same story was loaded from (the same text in two files or feeds).
    public var alsoFrom: [String]
    /// The body: paragraphs joined by blank lines. Statement offsets refer to this string.
    public let text: String

    public init(
        id: String,
        title: String,
        paragraphs: [String],
        source: String? = nil,
        date: String? = nil,
        url: String? = nil,
        path: String? = nil,
        alsoFrom: [String] = []
    ) {
        self.id = id
        self.title = title
        self.paragraphs = paragraphs
        self.source = source
        self.date = date
        self.url = url
        self.path = path
        self.alsoFrom = alsoFrom
        // Joined into exactly-sized storage: `joined` grows its buffer by doubling and can leave a
        // quarter of it unused, which matters when a corpus is hundreds of megabytes.
        var text = ""
        text.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count + 2 })
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { text += "\n\n" }
            text += paragraph
        }
        self.text = text
    }

    /// Offsets, in Unicode scalars of `text`, at which each paragraph starts.
    public var paragraphStarts: [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(paragraphs.count)
        var offset = 0
        for paragraph in paragraphs {
            starts.append(offset)
            offset += paragraph.unicodeScalars.count + 2
        }
        return starts
    }
}
