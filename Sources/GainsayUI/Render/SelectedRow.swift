/// The look of one list row: the selected row is filled and marked with `›` in the margin (so it
/// reads without colour), inverted while its list has the focus.
enum SelectedRow {
    /// Marks row `y` when `selected` and returns the style its text is written in.
    static func begin(y: Int, selected: Bool, listFocused: Bool = true, into grid: inout Grid) -> CellStyle {
        guard selected else { return Theme.normal }
        let style = listFocused ? Theme.selection : Theme.selectionUnfocused
        grid.fill(y: y, style: style)
        grid.write("›", x: 0, y: y, style: style)
        return style
    }
}
