import Foundation

/// The bytes of one input (a file or standard input), read without extra copies: a regular file
/// is memory-mapped, a pipe is read in chunks, and JSON Lines is never read whole at all.
final class ByteSource {
    let descriptor: Int32
    /// The size of a regular file; nil for pipes and terminals.
    let size: Int?
    private let ownsDescriptor: Bool

    /// Why an input cannot be read.
    enum OpenFailure: Error {
        case unreadable(String)
        case notARegularFile
        case directory
    }

    static let chunkSize = 4 << 20
    /// Inputs that must be held whole (all but JSON Lines) larger than this are refused.
    static let maximumWholeFileBytes = 1 << 30

    init(path: String) throws(OpenFailure) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno)).lowercased()) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { close(fd); throw .unreadable(String(cString: strerror(errno)).lowercased()) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { close(fd); throw .directory }
        guard kind == S_IFREG || kind == S_IFIFO else { close(fd); throw .notARegularFile }
        descriptor = fd
        size = kind == S_IFREG ? Int(info.st_size) : nil
        ownsDescriptor = true
    }

    /// An already open descriptor that this source does not close (standard input is 0).
    init(borrowing fd: Int32) {
        descriptor = fd
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            size = max(0, Int(info.st_size) - Int(lseek(fd, 0, SEEK_CUR)))
        } else {
            size = nil
        }
        ownsDescriptor = false
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// Reads up to `count` bytes (fewer only at the end of input).
    func read(upTo requested: Int) throws(OpenFailure) -> [UInt8] {
        // A regular file says how much is left: a small file must not cost a zeroed chunk of
        // megabytes per read (one byte more than is left, so a file that grows still reads on).
        var count = requested
        if let size {
            let offset = Int(lseek(descriptor, 0, SEEK_CUR))
            if offset >= 0 { count = min(requested, max(size - offset, 0) + 1) }
        }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.read(descriptor, base + filled, count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)).lowercased())
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Reads the rest of the input after `head` and hands all of it to `body`: memory-mapped for a
    /// regular file read from its start, else accumulated from chunks.
    /// `body` also gets a function that gives the input's memory back early: `release(n)` says the
    /// first `n` bytes are no longer needed (it drops those pages of a mapping; a no-op for bytes
    /// read into an array).
    func withWholeInput<R>(head: [UInt8], _ body: (UnsafeRawBufferPointer, _ release: @escaping (Int) -> Void) -> R) throws(OpenFailure) -> R {
        if let size, size > Self.maximumWholeFileBytes {
            throw .unreadable("too large to read whole (\(size / 1_000_000) MB; the limit is \(Self.maximumWholeFileBytes / 1_000_000) MB except for JSON Lines)")
        }
        if let size, ownsDescriptor, size > head.count, size > 1 << 20,
           let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED {
            defer { munmap(mapping, size) }
            madvise(mapping, size, MADV_SEQUENTIAL)
            // A private, read-only file mapping: dropped pages would be read again from the file.
            let page = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))
            return body(UnsafeRawBufferPointer(start: mapping, count: size), { bytes in
                let length = min(size, bytes) / page * page
                if length > 0 { _ = madvise(mapping, length, MADV_DONTNEED) }
            })
        }
        var all = head
        while true {
            let chunk = try read(upTo: Self.chunkSize)
            if chunk.isEmpty { break }
            all += chunk
            if all.count > Self.maximumWholeFileBytes {
                throw .unreadable("too large to read whole (over \(Self.maximumWholeFileBytes / 1_000_000) MB; the limit does not apply to JSON Lines)")
            }
        }
        return all.withUnsafeBytes { body($0, { _ in }) }
    }

    /// Streams the input line by line after `head`, without holding more than one chunk and one
    /// line: `body` gets each line (without its line end) and its 1-based number; `progress` the
    /// bytes read so far, once per chunk.
    func forEachLine(head: [UInt8], progress: (Int) -> Void,
                     _ body: (UnsafeRawBufferPointer, Int) -> Void) throws(OpenFailure) {
        var splitter = LineSplitter()
        var bytesRead = head.count
        head.withUnsafeBytes { splitter.feed($0, body) }
        progress(bytesRead)
        while true {
            let chunk = try read(upTo: Self.chunkSize)
            if chunk.isEmpty { break }
            bytesRead += chunk.count
            chunk.withUnsafeBytes { splitter.feed($0, body) }
            progress(bytesRead)
        }
        splitter.finish(body)
    }
}

/// Splits a byte stream fed in chunks into lines (LF, CRLF or lone CR), keeping only the
/// unfinished line between chunks.
struct LineSplitter {
    private var carry: [UInt8] = []
    private var lineNumber = 0
    private var lastWasCR = false

    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer, Int) -> Void) {
        let bytes = chunk.bindMemory(to: UInt8.self)
        var start = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0A && lastWasCR && i == start && carry.isEmpty {
                    // The LF of a CRLF whose CR ended the previous line.
                    lastWasCR = false
                    start = i + 1
                    i += 1
                    continue
                }
                emit(UnsafeRawBufferPointer(rebasing: chunk[start..<i]), body)
                lastWasCR = byte == 0x0D
                start = i + 1
            } else {
                lastWasCR = false
            }
            i += 1
        }
        if start < bytes.count { carry.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start...])) }
    }

    mutating func finish(_ body: (UnsafeRawBufferPointer, Int) -> Void) {
        if !carry.isEmpty { emit(UnsafeRawBufferPointer(start: nil, count: 0), body) }
    }

    private mutating func emit(_ tail: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer, Int) -> Void) {
        lineNumber += 1
        if carry.isEmpty {
            body(tail, lineNumber)
        } else {
            carry.append(contentsOf: tail)
            carry.withUnsafeBytes { body($0, lineNumber) }
            carry.removeAll(keepingCapacity: carry.count <= 1 << 20)
        }
    }
}
