/// A move through a list or a text, as the keys ask for it: the one place where
/// up, down, page, home and end are spelled out.
enum ListMove: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom

    init?(_ action: Action) {
        switch action {
        case .moveUp: self = .up
        case .moveDown: self = .down
        case .pageUp: self = .pageUp
        case .pageDown: self = .pageDown
        case .top: self = .top
        case .bottom: self = .bottom
        default: return nil
        }
    }

    /// Which way the move goes: headings a list passes over are skipped this way.
    var direction: Int {
        switch self {
        case .down, .pageDown, .top: return 1
        case .up, .pageUp, .bottom: return -1
        }
    }

    /// Where the move lands from `position`, before it is clamped: `page` rows per page,
    /// `last` for the end.
    func target(from position: Int, page: Int, last: Int) -> Int {
        switch self {
        case .up: return position - 1
        case .down: return position + 1
        case .pageUp: return position - page
        case .pageDown: return position + page
        case .top: return 0
        case .bottom: return last
        }
    }
}

/// A list's selected row and first visible row: the Issues, Actors, Timeline, Quotes and
/// Documents lists, the search results and the filter picker each keep one.
public struct ListState: Hashable, Sendable {
    public var selected = 0
    /// The first visible row.
    public var scroll = 0

    public init(selected: Int = 0, scroll: Int = 0) {
        self.selected = selected
        self.scroll = scroll
    }

    /// The row a move lands on in `count` rows, `height` of them shown.
    func target(of move: ListMove, count: Int, height: Int) -> Int {
        let page = max(1, height - 1)
        return clamp(move.target(from: selected, page: page, last: count - 1), 0, count - 1)
    }

    /// Where a move lands in `count` rows, `height` of them shown. Rows that cannot be selected
    /// are passed over (`selectable` gives the nearest that can, looking one way first); at
    /// either end the selection stays.
    func landing(_ move: ListMove, count: Int, height: Int, selectable: (_ near: Int, _ direction: Int) -> Int) -> Int {
        let next = selectable(target(of: move, count: count, height: height), move.direction)
        let stays = (next - selected) * move.direction < 0 && move != .top && move != .bottom
        return stays ? selected : next
    }

    /// Selection and scroll kept inside `count` rows, the selection in view.
    func clamped(count: Int, height: Int) -> ListState {
        let selected = clamp(self.selected, 0, count - 1)
        return ListState(selected: selected, scroll: visibleScroll(scroll, selected: selected, height: height, count: count))
    }
}

/// The first visible line of a text taller than its window: the reader's lines and the help.
struct Viewport: Hashable, Sendable {
    var scroll = 0

    /// The scroll after a move: a page is the height less one line, so a line stays in view.
    func moved(_ move: ListMove, height: Int, lineCount: @autoclosure () -> Int) -> Viewport {
        let page = max(1, height - 1)
        // Counting every line is needed for End only.
        let last = move == .bottom ? max(0, lineCount() - height) : 0
        return Viewport(scroll: move.target(from: scroll, page: page, last: last))
    }
}

func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    max(low, min(value, max(low, high)))
}

/// The first visible row that keeps `selected` in view and wastes no rows at the end.
func visibleScroll(_ scroll: Int, selected: Int, height: Int, count: Int) -> Int {
    var scroll = scroll
    if selected < scroll { scroll = selected }
    if selected >= scroll + height { scroll = selected - height + 1 }
    return clamp(scroll, 0, count - height)
}

extension ListMove {
    /// The list keys: the list, the reader, the help and the why panel all move with them.
    static let keys = KeySection(title: "Moving", modes: [.browse, .help, .why], bindings: [
        KeyBinding([.down, .character("j"), .control("n")], .moveDown, "next row / next passage / scroll down"),
        KeyBinding([.up, .character("k"), .control("p")], .moveUp, "previous row / previous passage / scroll up"),
        KeyBinding([.pageDown, .character(" "), .control("f"), .control("d")], .pageDown, "page down"),
        KeyBinding([.pageUp, .control("b"), .control("u")], .pageUp, "page up"),
        KeyBinding([.home, .character("g")], .top, "first row / top"),
        KeyBinding([.end, .character("G")], .bottom, "last row / bottom"),
    ])
}
