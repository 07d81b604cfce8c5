/// One cell of the screen: a grapheme, its display width and its style.
/// A wide grapheme fills its cell and the one after, which holds an empty continuation.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    /// 1 or 2 for a grapheme that starts here, 0 for the continuation of a wide one.
    public var width: Int
    public var style: Style

    public init(grapheme: String, width: Int, style: Style) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static let blank = Cell(grapheme: " ", width: 1, style: .plain)
}

/// A full frame as a grid of cells, drawn by a backend that knows nothing else.
public struct Screen: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the real terminal cursor belongs (the selected row), so screen readers follow it.
    public var cursor: (row: Int, column: Int)? {
        get { cursorPosition.map { (row: $0.row, column: $0.column) } }
        set { cursorPosition = newValue.map { CursorPosition(row: $0.row, column: $0.column) } }
    }
    private var cursorPosition: CursorPosition?

    private struct CursorPosition: Hashable, Sendable {
        var row: Int
        var column: Int
    }

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    /// A screen of `cells`, row by row (`ScreenImage` checks them before).
    init(size: Size, cells: [Cell]) {
        precondition(cells.count == size.width * size.height)
        self.size = size
        self.cells = cells
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * size.width + column] }
        set { cells[row * size.width + column] = newValue }
    }

    /// The rows as plain text, continuation cells left out, for tests and captures.
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width where self[row, column].width > 0 {
                line += self[row, column].grapheme
            }
            return line
        }
    }
}
