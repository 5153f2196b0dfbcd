import Foundation

/// One load in progress: the corpus so far, and the callbacks.
struct LoadSession {
    var corpus: LoadedCorpus
    var filesDone = 0
    let filesTotal: Int
    /// The descriptor `-` reads (tests substitute a pipe).
    var standardInput: Int32 = 0
    /// Gives the current input's memory back up to a byte offset once it is no longer needed (set
    /// while a mapped file is parsed).
    private var releaseInput: ((Int) -> Void)?
    let progress: ((LoadProgress) -> Void)?
    let problem: ((LoadProblem) -> Void)?
    /// Set while streaming: receives each article as soon as it is read (see `accept`).
    var sink: ((Article) -> Void)?

    /// A JSON Lines file reports at most this many bad lines one by one, then a count.
    static let maximumLineProblems = 5

    init(corpus: LoadedCorpus = LoadedCorpus(), filesTotal: Int = 1,
         progress: ((LoadProgress) -> Void)? = nil, problem: ((LoadProblem) -> Void)? = nil) {
        self.corpus = corpus
        self.filesTotal = filesTotal
        self.progress = progress
        self.problem = problem
    }

    /// Adds a parsed article to the corpus, or hands it straight on while streaming.
    @discardableResult
    mutating func accept(_ article: Article) -> Bool {
        let added = corpus.add(article)
        if let sink, added {
            for article in corpus.drainArticles() { sink(article) }
        }
        return added
    }

    mutating func report(_ path: String, _ reason: String) {
        let item = LoadProblem(path: path, reason: reason)
        corpus.report(item)
        problem?(item)
    }

    func reportProgress(_ path: String, bytesRead: Int, bytesTotal: Int?) {
        progress?(LoadProgress(path: path, bytesRead: bytesRead, bytesTotal: bytesTotal,
                               articles: corpus.articles.count + corpus.streamedCount, filesDone: filesDone, filesTotal: filesTotal))
    }

    /// Reads one file (or `-`): JSON Lines streamed line by line, anything else whole.
    mutating func loadFile(_ path: String) {
        let source: ByteSource
        do {
            source = path == "-" ? ByteSource(borrowing: standardInput) : try ByteSource(path: path)
        } catch {
            report(path, Self.describe(error))
            return
        }
        let fileName = path == "-" ? "stdin" : path
        do {
            let head = try source.read(upTo: InputFormat.sniffLength)
            if head.isEmpty { report(path, "empty file"); return }
            reportProgress(path, bytesRead: head.count, bytesTotal: source.size)
            let isUTF16 = head.withUnsafeBytes { TextDecoding.utf16Order($0.bindMemory(to: UInt8.self)) } != nil
            let format = head.withUnsafeBytes { InputFormat.detect(head: $0, fileName: fileName) }
            if format == .jsonLines && !isUTF16 {
                try streamJSONLines(source, head: head, fileName: fileName, path: path)
            } else {
                try source.withWholeInput(head: head) { bytes, release in
                    releaseInput = release
                    defer { releaseInput = nil }
                    parse(bytes, fileName: fileName, path: path)
                }
            }
            reportProgress(path, bytesRead: source.size ?? head.count, bytesTotal: source.size)
        } catch {
            report(path, Self.describe(error))
        }
    }

    private static func describe(_ error: ByteSource.OpenFailure) -> String {
        switch error {
        case .unreadable(let reason): return "cannot read: \(reason)"
        case .notARegularFile: return "not a regular file (a device or socket), skipped"
        case .directory: return "is a directory"
        }
    }

    /// Parses a whole input held in memory.
    mutating func parse(_ bytes: UnsafeRawBufferPointer, fileName: String, path: String) {
        if bytes.isEmpty { report(path, "empty file"); return }
        if let kind = TextDecoding.binaryKind(bytes) { report(path, "\(kind), not text"); return }
        if TextDecoding.utf16Order(bytes.bindMemory(to: UInt8.self)) != nil {
            // Everything downstream reads UTF-8: convert once.
            let utf8 = Array(TextDecoding.decode(bytes).text.utf8)
            utf8.withUnsafeBytes { parseDecodable($0, fileName: fileName, path: path) }
        } else {
            parseDecodable(bytes, fileName: fileName, path: path)
        }
    }

    /// Parses bytes in UTF-8 or an ASCII-compatible legacy encoding, by their detected format.
    private mutating func parseDecodable(_ bytes: UnsafeRawBufferPointer, fileName: String, path: String) {
        let id = CorpusLoader.articleID(fileName: fileName)
        let format = InputFormat.detect(head: UnsafeRawBufferPointer(rebasing: bytes.prefix(InputFormat.sniffLength)), fileName: fileName)
        switch format {
        case .plainText:
            let text = TextDecoding.decode(bytes).text
            releaseInput?(bytes.count)
            let total = bytes.count
            let session = self  // the callback escapes (it is optional), so it sees a copy
            let article = PlainTextArticle.parse(text, id: id, path: path, progress: { done in
                session.reportProgress(path, bytesRead: min(done, total), bytesTotal: total)
            })
            if article.paragraphs.isEmpty && article.title == article.id {
                report(path, "no text in file")
            } else {
                accept(article)
            }
        case .html:
            let release = releaseInput
            if let article = HTMLArticle.parse(bytes, id: id, path: path, afterParse: { release?(bytes.count) }),
               !article.paragraphs.isEmpty || article.title != id {
                accept(article)
            } else {
                report(path, "HTML page without article text")
            }
        case .feed:
            let result = FeedArticles.parse(bytes, stem: id, path: path)
            for article in result.articles { accept(article) }
            if let failure = result.failure { report(path, failure) }
            else if result.articles.isEmpty { report(path, "feed items have no text") }
        case .jsonLines:
            var splitter = LineSplitter()
            var tally = LineProblemTally()
            splitter.feed(bytes) { line, number in jsonLine(line, number: number, stem: id, path: path, tally: &tally) }
            splitter.finish { line, number in jsonLine(line, number: number, stem: id, path: path, tally: &tally) }
            finishJSONLines(tally, path: path)
        case .json:
            let buffer = bytes.bindMemory(to: UInt8.self)
            if String(validating: buffer, as: UTF8.self) != nil, let ranges = JSONArraySplitter.elementRanges(buffer) {
                // A top-level array of valid UTF-8: parsed one record at a time.
                var tally = LineProblemTally()
                var released = 0
                for (index, range) in ranges.enumerated() {
                    if range.lowerBound - released >= 8 << 20 {
                        releaseInput?(range.lowerBound)
                        released = range.lowerBound
                    }
                    let element = UnsafeRawBufferPointer(rebasing: bytes[range])
                    let outcome: Result<Article, JSONArticles.RecordProblem>
                    switch JSONArticles.record(line: element) {
                    case .failure(let problem): outcome = .failure(problem)
                    case .success(let record):
                        outcome = JSONArticles.article(from: record, fallbackID: ranges.count == 1 ? id : "\(id)-\(index + 1)", path: path)
                    }
                    switch outcome {
                    case .success(let article): accept(article)
                    case .failure(let problem): tally.note(problem, item: "record \(index + 1)")
                    }
                }
                finishJSON(tally, path: path, records: ranges.count)
                return
            }
            switch JSONArticles.records(document: bytes) {
            case .failure(let problem):
                report(path, "malformed JSON: \(problem.reason)")
            case .success(let records):
                var tally = LineProblemTally()
                for (index, record) in records.enumerated() {
                    let outcome = (record as? [String: Any]).map {
                        JSONArticles.article(from: $0, fallbackID: records.count == 1 ? id : "\(id)-\(index + 1)", path: path)
                    } ?? .failure(.notAnObject)
                    switch outcome {
                    case .success(let article): accept(article)
                    case .failure(let problem): tally.note(problem, item: "record \(index + 1)")
                    }
                }
                finishJSON(tally, path: path, records: records.count)
            }
        }
    }

    /// Counts a file's bad records so that only the first few are reported one by one.
    struct LineProblemTally {
        var good = 0
        var bad = 0
        var shown: [String] = []
        mutating func note(_ problem: JSONArticles.RecordProblem, item: String) {
            bad += 1
            if shown.count < LoadSession.maximumLineProblems { shown.append("\(item): \(problem.reason)") }
        }
    }

    private mutating func jsonLine(_ line: UnsafeRawBufferPointer, number: Int, stem: String, path: String,
                                   tally: inout LineProblemTally) {
        var trimmed = line.bindMemory(to: UInt8.self)[...]
        if number == 1, trimmed.starts(with: [0xEF, 0xBB, 0xBF]) { trimmed = trimmed.dropFirst(3) }
        while let first = trimmed.first, first == 0x20 || first == 0x09 { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, last == 0x20 || last == 0x09 { trimmed = trimmed.dropLast() }
        guard !trimmed.isEmpty else { return }
        switch JSONArticles.record(line: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: trimmed))) {
        case .failure(let problem):
            tally.note(problem, item: "line \(number)")
        case .success(let record):
            // A one-line JSON document that wraps its records ({"articles": [...]}).
            if let nested = JSONArticles.nestedRecords(record) {
                for (index, item) in nested.enumerated() {
                    let outcome = (item as? [String: Any]).map {
                        JSONArticles.article(from: $0, fallbackID: "\(stem)-\(index + 1)", path: path)
                    } ?? .failure(.notAnObject)
                    switch outcome {
                    case .success(let article): accept(article); tally.good += 1
                    case .failure(let problem): tally.note(problem, item: "line \(number), record \(index + 1)")
                    }
                }
                return
            }
            switch JSONArticles.article(from: record, fallbackID: "\(stem)-\(number)", path: path) {
            case .success(let article): accept(article); tally.good += 1
            case .failure(let problem): tally.note(problem, item: "line \(number)")
            }
        }
    }

    private mutating func finishJSONLines(_ tally: LineProblemTally, path: String) {
        if tally.good == 0 && tally.bad == 0 { report(path, "no records in JSON Lines file"); return }
        reportTally(tally, path: path, unit: "lines")
    }

    private mutating func finishJSON(_ tally: LineProblemTally, path: String, records: Int) {
        if records == 0 { report(path, "JSON holds no records"); return }
        reportTally(tally, path: path, unit: "records")
    }

    private mutating func reportTally(_ tally: LineProblemTally, path: String, unit: String) {
        for line in tally.shown { report(path, line) }
        if tally.bad > tally.shown.count {
            report(path, "\(tally.bad - tally.shown.count) more bad \(unit) skipped (\(tally.bad) in all)")
        }
    }

    /// Streams a JSON Lines file: one line in memory at a time, progress once per chunk.
    private mutating func streamJSONLines(_ source: ByteSource, head: [UInt8], fileName: String, path: String) throws(ByteSource.OpenFailure) {
        let stem = CorpusLoader.articleID(fileName: fileName)
        var tally = LineProblemTally()
        var session = self
        defer { self = session }
        try source.forEachLine(head: head, progress: { bytesRead in
            session.reportProgress(path, bytesRead: bytesRead, bytesTotal: source.size)
        }, { line, number in
            session.jsonLine(line, number: number, stem: stem, path: path, tally: &tally)
        })
        session.finishJSONLines(tally, path: path)
    }
}
