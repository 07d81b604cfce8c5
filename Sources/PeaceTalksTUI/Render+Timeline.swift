import PeaceTalksModel

extension ViewContext {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// A row of the Timeline pane: a heading, a ruler, or a happening with its date, label,
    /// actors as tags, and how many articles report it.
    func timelineRow(_ browse: BrowseState, _ index: Int, width: Int) -> ListRow {
        let rows = data.timelineLayout(browse.timelineFilter).rows
        guard rows.indices.contains(index) else { return ([], nil) }
        let available = max(0, width - 2)
        switch rows[index] {
        case .year(let year):
            let text = "\(year) "
            let rule = String(repeating: theme.ascii ? "-" : "─", count: max(0, available - DisplayWidth.of(text)))
            return ([(text, theme.heading), (rule, theme.dim)], nil)
        case .month(_, let month):
            let name = Self.monthNames.indices.contains(month - 1) ? Self.monthNames[month - 1] : "\(month)"
            return ([("  " + name, theme.label)], nil)
        case .gap(let gap):
            return ([(theme.ascii ? "  : ... \(gap) ..." : "  ┆ … \(gap) …", theme.dim)], nil)
        case .cluster(let clusterIndex):
            guard data.clusters.indices.contains(clusterIndex) else { return ([], nil) }
            let cluster = data.clusters[clusterIndex]
            let members = cluster.members.compactMap { data.event(at: $0) }
            let issueID = data.issue(at: browse.list(.issues).selected)?.id
            let touches = issueID.map { id in members.contains { $0.issues.contains(id) } } ?? false
            let date = cluster.date.iso
            var segments: [(String, Style)] = [(touches ? "● " : "  ", theme.marker), (date, theme.label),
                                               (String(repeating: " ", count: max(0, 10 - DisplayWidth.of(date))), theme.text)]
            // Dates (and documents) in columns, so every label starts at one column.
            if data.isCorpus {
                let document = cluster.documents.count == 1 ? data.label(document: cluster.documents[0]) ?? "" : ""
                let padding = String(repeating: " ", count: max(0, data.documentLabelWidth - DisplayWidth.of(document)))
                segments.append((" " + document + padding, theme.dim))
            }
            var right = cluster.documents.count > 1 ? "reported in \(cluster.documents.count) articles" : nil
            // A narrow list keeps room for the label: the count alone.
            if let long = right, available - segments.reduce(0, { $0 + DisplayWidth.of($1.0) }) - DisplayWidth.of(long) < 20 {
                right = "×\(cluster.documents.count)"
            }
            let used = segments.reduce(0) { $0 + DisplayWidth.of($1.0) } + 2 + (right.map { DisplayWidth.of($0) + 1 } ?? 0)
            var actors: [String] = []
            for event in members { for actor in event.actors where !actors.contains(actor) { actors.append(actor) } }
            let tags = actors.prefix(3).enumerated().map { ($0.offset == 0 ? "  " : " ") + shortName($0.element) }
            let tagWidth = tags.reduce(0) { $0 + DisplayWidth.of($1) }
            let label = data.clusterLabels[clusterIndex]
            var room = available - used
            // Tags only where the label keeps room to read.
            let showTags = room - tagWidth >= min(40, DisplayWidth.of(label))
            if showTags { room -= tagWidth }
            segments.append(("  " + DisplayWidth.truncate(label, to: max(1, room)), theme.text))
            if showTags {
                for tag in tags { segments.append((tag, theme.speaker)) }
            }
            return (segments, right)
        }
    }

    /// An actor's tag: a person's last name, else the name, kept short.
    func shortName(_ id: String) -> String {
        let name = data.sideName(id)
        let kind = data.corpus.actors.first { $0.id == id }?.kind
        let short = kind == .person ? String(name.split(separator: " ").last ?? Substring(name)) : name
        return DisplayWidth.truncate(short, to: 14)
    }

    /// The filter, in the list's top border after the tabs.
    func drawTimelineTitle(_ screen: inout Screen, _ browse: BrowseState, box: Rect, column: Int) {
        guard let filter = browse.timelineFilter else { return }
        let text = " Filter: \(data.filterName(filter)) · F clears "
        screen.putTruncated(text, row: box.row, column: column, width: max(0, box.right - 1 - column), style: theme.titleAccent)
    }

    /// Events per month over the whole span, on the list's first row: `2014 ▁ █▃ 2025`.
    func drawHistogram(_ screen: inout Screen, _ browse: BrowseState, layout: Layout) {
        let inner = layout.listBox.inner
        guard layout.listHeader > 0, inner.width > 14 else { return }
        let monthly = data.timelineLayout(browse.timelineFilter).monthly
        guard !monthly.counts.isEmpty else { return }
        let months = monthly.firstYear * 12 + monthly.firstMonth - 1 + monthly.counts.count - 1
        let first = "\(monthly.firstYear) "
        let last = " \(months / 12)"
        let width = inner.width - 2 - DisplayWidth.of(first) - DisplayWidth.of(last)
        let line = TimelineAxis.sparkline(monthly.counts, width: width, ascii: theme.ascii)
        var column = screen.put(first, row: inner.row, column: inner.column + 2, style: theme.dim)
        column = screen.put(line, row: inner.row, column: column, style: theme.tag)
        screen.put(last, row: inner.row, column: column, style: theme.dim)
    }
}

extension Explorer {
    /// The filter picker over the list: the query, then the actors and issues it matches.
    func drawPicker(_ screen: inout Screen, _ state: ExplorerState, layout: Layout) -> (row: Int, column: Int)? {
        guard let picker = state.picker else { return nil }
        let width = min(layout.size.width - 4, 60)
        let height = min(layout.size.height - 2, Self.pickerRows + 3)
        let box = Rect(row: max(0, (layout.size.height - height) / 2), column: max(0, (layout.size.width - width) / 2), width: width, height: height)
        guard box.width >= 10, box.height >= 4 else { return nil }
        screen.clear(box)
        screen.labelledBox(box, label: " " + picker.purpose.title + " — Enter pick · Esc cancel ", style: theme.borderFocused)
        let inner = box.inner
        let prompt = "› " + picker.text
        screen.putTruncated(prompt, row: inner.row, column: inner.column + 1, width: inner.width - 1, style: theme.label)
        let options = data.pickerOptions(picker)
        if options.isEmpty {
            screen.putTruncated("Nothing matches", row: inner.row + 1, column: inner.column + 3, width: inner.width - 3, style: theme.dim)
        }
        for offset in 0..<max(0, inner.height - 1) {
            let index = picker.list.scroll + offset
            guard options.indices.contains(index) else { break }
            let row = inner.row + 1 + offset
            let option = options[index]
            let selected = index == picker.selected
            if selected { screen.fill(row: row, column: inner.column, width: inner.width, style: theme.selection) }
            var column = screen.put(selected ? "▸ " : "  ", row: row, column: inner.column + 1, style: selected ? theme.selection : theme.gutter)
            column = screen.put(option.kind + "  ", row: row, column: column, style: selected ? theme.selection : theme.dim)
            screen.putTruncated(option.name, row: row, column: column, width: max(0, inner.right - column), style: selected ? theme.selection : theme.text)
        }
        return (inner.row, min(inner.right - 1, inner.column + 1 + DisplayWidth.of(prompt)))
    }
}
