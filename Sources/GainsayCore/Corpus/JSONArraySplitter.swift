/// Finds the elements of a top-level JSON array without parsing them, so a large export
/// (`[ {...}, {...}, ... ]`) is parsed one record at a time instead of as one object graph several
/// times the file's size.
///
/// It tracks only nesting and strings (with their escapes): enough to know where each element
/// ends. Whether an element is valid JSON is left to the parser that reads it.
enum JSONArraySplitter {
    /// The byte ranges of the array's elements, or nil when `bytes` is not one complete array
    /// (unterminated strings or brackets, stray text after the closing bracket).
    static func elementRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var i = 0
        let count = bytes.count
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        skipSpace(bytes, &i)
        guard i < count, bytes[i] == UInt8(ascii: "[") else { return nil }
        i += 1
        var ranges: [Range<Int>] = []
        skipSpace(bytes, &i)
        if i < count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            skipSpace(bytes, &i)
            return i == count ? [] : nil
        }
        while i < count {
            skipSpace(bytes, &i)
            let start = i
            guard let end = elementEnd(bytes, from: i) else { return nil }
            ranges.append(start..<end)
            i = end
            skipSpace(bytes, &i)
            guard i < count else { return nil }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            guard bytes[i] == UInt8(ascii: "]") else { return nil }
            i += 1
            skipSpace(bytes, &i)
            return i == count ? ranges : nil
        }
        return nil
    }

    /// The end of the element starting at `start`: after its closing bracket or quote, or (for a
    /// number, `true`, `false`, `null`) before the next delimiter.
    private static func elementEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = bytes.count
        guard start < count else { return nil }
        var i = start
        var depth = 0
        var inString = false
        while i < count {
            let byte = bytes[i]
            if inString {
                if byte == UInt8(ascii: "\\") { i += 2; continue }
                if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return i + 1 }
                }
                i += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return i > start ? i : nil }  // end of a scalar, at the array's end
                depth -= 1
                if depth == 0 { return i + 1 }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                if depth == 0 { return i > start ? i : nil }
            default:
                break
            }
            i += 1
        }
        return nil
    }

    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }
}
