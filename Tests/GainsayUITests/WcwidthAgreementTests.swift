#if canImport(Glibc)
import Glibc
import Testing
@testable import GainsayUI

/// The terminal places glyphs by the C library's idea of width (tmux and most terminals use
/// `wcwidth`); ours must agree for every printable scalar we show, or columns drift.
/// glibc's `wcwidth`, which the Glibc module hides without `_XOPEN_SOURCE`.
@_silgen_name("wcwidth") private func cWidth(_ scalar: Int32) -> Int32

@Suite struct WcwidthAgreementTests {
    @Test func agreesWithTheCLibrary() {
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { return }
        var mismatches: [String] = []
        var checked = 0
        for value in UInt32(0x20)...UInt32(0x3FFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let kind = DisplayWidth.kind(of: scalar)
            guard kind == .narrow || kind == .wide || kind == .combining else { continue }
            let c = cWidth(Int32(bitPattern: value))
            guard c >= 0 else { continue }  // unassigned or unprintable for the C library
            checked += 1
            if Int(c) != DisplayWidth.of(scalar) { mismatches.append(String(value, radix: 16) + ":\(c)") }
        }
        print("checked \(checked), mismatches \(mismatches.count): \(ranges(mismatches))")
        // A newer C library may know a few newer characters; anything more is a bug in our table.
        #expect(mismatches.count * 10_000 <= checked, "\(mismatches.prefix(40))")
    }
}
/// "4dc0-4dff:2" runs instead of one entry per scalar, for a readable failure.
private func ranges(_ items: [String]) -> [String] {
    var out: [String] = []
    var start: UInt32 = 0, last: UInt32 = 0, width = ""
    for item in items {
        let parts = item.split(separator: ":")
        guard let value = UInt32(parts[0], radix: 16) else { continue }
        let w = String(parts[1])
        if !out.isEmpty || start != 0, value == last + 1, w == width { last = value; continue }
        if start != 0 { out.append(String(start, radix: 16) + "-" + String(last, radix: 16) + ":" + width) }
        start = value; last = value; width = w
    }
    if start != 0 { out.append(String(start, radix: 16) + "-" + String(last, radix: 16) + ":" + width) }
    return out
}
#endif
