import PeaceTalksModel

extension Explorer {
    /// `[` `]`: the first event of the previous or next year that has events.
    func jumpYear(_ state: inout ExplorerState, forward: Bool) {
        let rows = data.timelineLayout(state.browse.timelineFilter)
        guard let row = rows.yearJump(from: state.browse.selected, forward: forward) else {
            state.message = forward ? "No later year" : "No earlier year"
            return
        }
        state.browse.focus = .list
        state.browse.selected = row
        state.browse.reader = ReaderState()
    }

    /// `f` opens the picker, typing narrows it, Enter filters the timeline, `F` clears.
    func filter(_ state: inout ExplorerState, _ action: Action) {
        if action == .openFilter {
            state.picker = FilterPicker()
            return
        }
        if action == .clearFilter {
            guard state.browse.timelineFilter != nil else {
                state.message = "No filter to clear — f filters the timeline"
                return
            }
            state.browse.timelineFilter = nil
            resetTimeline(&state)
            state.message = "Filter cleared"
            return
        }
        guard var picker = state.picker else { return }
        let options = data.pickerOptions(picker)
        switch action {
        case .pickerInsert(let character):
            if picker.query.count < Self.queryLimit { picker.query.append(character) }
            picker.selected = 0
        case .pickerDeleteBackward:
            if !picker.query.isEmpty { picker.query.removeLast() }
            picker.selected = 0
        case .pickerUp:
            picker.selected = picker.list.target(of: .up, count: options.count, height: Self.pickerRows)
        case .pickerDown:
            picker.selected = picker.list.target(of: .down, count: options.count, height: Self.pickerRows)
        case .pickerCancel:
            state.picker = nil
            return
        default:
            guard options.indices.contains(picker.selected) else {
                state.message = "Nothing matches “\(picker.text)”"
                return
            }
            let option = options[picker.selected]
            state.picker = nil
            guard case .timeline(let filter) = option.choice else {
                pick(&state, option.choice, for: picker.purpose)
                return
            }
            state.browse.pane = .timeline
            state.browse.timelineFilter = filter
            resetTimeline(&state)
            let count = data.timelineLayout(filter).rows.filter { $0.cluster != nil }.count
            state.message = "Timeline: \(data.filterName(filter)) — \(count) event\(count == 1 ? "" : "s") · F clears"
            return
        }
        picker.list = picker.list.clamped(count: data.pickerOptions(picker).count, height: Self.pickerRows)
        state.picker = picker
    }

    /// Rows of choices the picker shows at most.
    static let pickerRows = 12

    /// The timeline from its first event, the list in focus.
    private func resetTimeline(_ state: inout ExplorerState) {
        let rows = data.timelineLayout(state.browse.timelineFilter)
        state.browse.focus = .list
        state.browse.reader = ReaderState()
        let first = rows.selectable(near: 0, direction: 1)
        state.browse.lists[.timeline] = ListState(selected: first)
    }
}
