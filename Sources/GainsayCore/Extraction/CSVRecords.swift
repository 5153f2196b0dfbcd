/// Reads RFC 4180 CSV (quoted fields with doubled quotes and line breaks) from bytes.
public enum CSVRecords {
    public static func parse(_ bytes: [UInt8]) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < n && bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                    inQuotes = false
                } else {
                    field.append(b)
                }
            } else if b == 0x22 && field.isEmpty {
                inQuotes = true
            } else if b == 0x2C {
                record.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true)
            } else if b == 0x0A || b == 0x0D {
                if b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                record.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true)
                records.append(record); record = []
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !record.isEmpty { record.append(String(decoding: field, as: UTF8.self)); records.append(record) }
        return records
    }
}
