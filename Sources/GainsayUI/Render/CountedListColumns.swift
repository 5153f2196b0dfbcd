/// The columns of a list whose rows are a label and a block of counts (propositions, speakers):
/// the label is capped on wide terminals so the counts stay next to what they count.
struct CountedListColumns {
    let labelWidth: Int
    let countsX: Int
    let countsWidth: Int

    init(cols: Int, countsWidth: Int) {
        self.countsWidth = countsWidth
        labelWidth = max(1, min(Layout.listMaxTitleColumns, cols - 3 - countsWidth))
        countsX = max(0, min(cols - 1 - countsWidth, 2 + labelWidth + 1))
    }

    /// Draws the column header on row `y`, marked as focused when the list has the focus.
    func drawHeader(label: String, counts: String, focused: Bool, y: Int, into grid: inout Grid) {
        let style = focused ? Theme.focusedHeader : Theme.columnHeader
        grid.fill(y: y, style: style)
        grid.write(label, x: 2, y: y, maxWidth: labelWidth, style: style)
        grid.write(counts, x: countsX, y: y, maxWidth: countsWidth, style: style)
    }
}
