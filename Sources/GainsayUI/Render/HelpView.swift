/// The key help, generated from the key table.
enum HelpView {
    static func draw(_ help: HelpScreen, state: AppState, into grid: inout Grid) {
        let geometry = PagerGeometry(cols: grid.cols, rows: grid.rows)
        let lines = HelpLines.build(state.keyMap, width: geometry.textWidth)
        Bars.draw("Help · keys", right: "Gainsay", y: 0, style: Theme.titleBar, into: &grid)
        let top = clamp(help.top, 0, geometry.maxTop(lineCount: lines.count))
        for row in 0..<geometry.bodyHeight {
            let index = top + row
            guard index < lines.count else { break }
            grid.write(lines[index].text, x: geometry.margin, y: geometry.bodyTop + row, maxWidth: geometry.textWidth, style: lines[index].style)
        }
        Bars.status(ReaderView.position(top: top, height: geometry.bodyHeight, count: lines.count),
                    keys: "q/Esc back  Q quit", notice: nil, into: &grid)
    }
}
