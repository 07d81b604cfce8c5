extension ViewContext {
    /// The tabs, drawn in one place: on their own row when narrow, in the list's top border
    /// when wide (only those ending before `limit`). Returns the column after the last one drawn.
    @discardableResult
    func drawTabs(_ screen: inout Screen, layout: Layout, row: Int, active: Layout.TabTarget, before limit: Int = Int.max) -> Int {
        var next = layout.tabs.first?.column ?? 0
        for tab in layout.tabs where tab.column + tab.width < limit {
            screen.put(tab.label, row: row, column: tab.column, width: tab.width, style: tab.target == active ? theme.tabActive : theme.tab)
            next = tab.column + tab.width + 1
        }
        return next
    }
}
