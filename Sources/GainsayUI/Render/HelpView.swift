/// The key help, generated from the key table.
enum HelpView {
    static func draw(_ help: HelpScreen, state: AppState, into grid: inout Grid) {
        let geometry = PagerGeometry(cols: grid.cols, rows: grid.rows)
        let lines = HelpLines.build(state.keyMap, width: geometry.textWidth)
        Bars.draw("Help · keys", right: "Gainsay", y: 0, style: Theme.titleBar, into: &grid)
        let keyWidth = HelpLines.keyColumnWidth(state.keyMap)
        let top = clamp(help.top, 0, geometry.maxTop(lineCount: lines.count))
        for row in 0..<geometry.bodyHeight {
            let index = top + row
            guard index < lines.count else { break }
            let line = lines[index]
            let y = geometry.bodyTop + row
            grid.write(line.text, x: geometry.margin, y: y, maxWidth: geometry.textWidth, style: line.style)
            if index > 0 {
                // The keys, bold: rewritten over the plain text in the same columns.
                let keys = String(String.UnicodeScalarView(line.text.unicodeScalars.prefix(keyWidth)))
                grid.write(keys, x: geometry.margin, y: y, maxWidth: min(keyWidth, geometry.textWidth), style: Theme.helpKey)
            }
        }
        Bars.status(ReaderView.position(top: top, height: geometry.bodyHeight, count: lines.count),
                    keys: "q/Esc back  Q quit", notice: nil, into: &grid)
    }
}
