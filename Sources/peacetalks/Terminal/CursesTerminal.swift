#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCurses
import CSignals
import PeaceTalksModel
import PeaceTalksTUI

/// The whole ncurses backend: draws `Screen`s (only the cells that changed) and turns key
/// presses, mouse events and resizes into `InputEvent`s. It knows nothing about the explorer.
final class CursesTerminal {
    enum StartError: Error {
        case unknownTerminal(String)
    }

    private(set) var size: Size
    private var previous: Screen?
    private var colors: ColorPairs?
    private var cursorVisible: Int32 = -1
    private var active = true
    /// Whether mouse events are asked for (`M` turns them off).
    var mouseCapture = true

    private var window: OpaquePointer? { OpaquePointer(pt_stdscr()) }

    init(monochrome: Bool) throws {
        CursesTerminal.chooseUTF8Locale()
        pt_signals_install()
        guard let screen = pt_newterm() else {
            pt_signals_restore_defaults()
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            throw StartError.unknownTerminal(term)
        }
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        CursesTerminal.disableFlowControl()
        intrflush(pt_stdscr(), false)
        keypad(pt_stdscr(), true)
        // No typeahead check while refreshing: ncurses flushed its output before each check,
        // which wrote a whole screen in dozens of small writes; the explorer reads its keys itself.
        typeahead(-1)
        set_escdelay(25)
        // Wake at least every 100 ms so a signal noted by the handler is acted on promptly.
        wtimeout(pt_stdscr(), 100)
        mousemask(pt_click_and_wheel_mask(), nil)
        mouseinterval(0)
        if !monochrome && has_colors() {
            start_color()
            use_default_colors()
            colors = ColorPairs(limit: Int(pt_color_pairs()))
        }
        size = Size(width: Int(getmaxx(pt_stdscr())), height: Int(getmaxy(pt_stdscr())))
        setCursor(visible: false)
    }

    deinit { shutdown() }

    /// Under cbreak the tty still treats Ctrl-S and Ctrl-Q as XOFF and XON: Ctrl-S froze all
    /// output until Ctrl-Q. Clear IXON (as `raw()` does, but keeping ISIG so Ctrl-C still
    /// signals), then record the mode as curses' program mode, so a return from the editor or
    /// a suspend brings it back; `endwin` restores the shell's mode, with IXON, on every exit.
    static func disableFlowControl() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO] where isatty(descriptor) == 1 {
            var mode = termios()
            guard tcgetattr(descriptor, &mode) == 0 else { continue }
            mode.c_iflag &= ~tcflag_t(IXON)
            guard tcsetattr(descriptor, TCSANOW, &mode) == 0 else { continue }
            def_prog_mode()
            return
        }
    }

    /// ncurses needs a UTF-8 locale to draw and read anything beyond ASCII. Take the user's;
    /// if that is not UTF-8 (LANG=C, or unset), fall back to C.UTF-8, which every glibc has.
    static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        if codeset.uppercased().replacingDashes != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "C.utf8") }
        }
    }

    /// Back to the terminal as it was: cursor visible, line mode and echo, main screen.
    func shutdown() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
        pt_signals_restore_defaults()
    }

    /// The signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) that arrived since the last call, or 0.
    func takePendingSignal() -> Int32 {
        pt_signals_take_pending()
    }

    /// After a resize or a suspend, redraw every cell.
    func invalidate() {
        previous = nil
        clearok(pt_stdscr(), true)
    }

    func resized(to newSize: Size) {
        size = newSize
        invalidate()
    }

    func draw(_ screen: Screen) {
        guard active else { return }
        let window = pt_stdscr()
        let old = previous.flatMap { $0.size == screen.size ? $0 : nil }
        if old == nil { werase(window) }
        let width = screen.size.width
        for row in 0..<screen.size.height {
            for column in 0..<width {
                let cell = screen[row, column]
                if let old, old[row, column] == cell { continue }
                // werase left blanks already: a whole screen is drawn in a fraction of the calls.
                if old == nil, cell == .blank { continue }
                // A continuation cell is drawn by the wide grapheme before it.
                if cell.width == 0 { continue }
                put(cell, row: row, column: column, lastColumn: column == width - 1)
            }
        }
        previous = screen
        if let cursor = screen.cursor, cursor.row >= 0, cursor.row < screen.size.height,
            cursor.column >= 0, cursor.column < width
        {
            // The real cursor sits on the selected row, so screen readers and magnifiers follow it.
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            setCursor(visible: true)
        } else {
            setCursor(visible: false)
        }
        wrefresh(window)
    }

    private func setCursor(visible: Bool) {
        let wanted: Int32 = visible ? 1 : 0
        if wanted != cursorVisible {
            curs_set(wanted)
            cursorVisible = wanted
        }
    }

    private func put(_ cell: Cell, row: Int, column: Int, lastColumn: Bool) {
        // The characters go in a buffer on the stack: an array per cell was a third of drawing a whole screen.
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Int(CCHARW_MAX) + 1) { characters in
            var count = 0
            for scalar in cell.grapheme.unicodeScalars.prefix(Int(CCHARW_MAX)) {
                // Control characters would move ncurses's cursor and shift the row, and a bidi
                // override would reorder it: the sanitiser's rule, though the renderer never puts
                // them in a cell (they are zero columns wide), so screens are unchanged.
                if TerminalSafeText.isUnsafe(scalar, lineBreaks: .escaped) { continue }
                characters[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            // A wide grapheme in the last column would wrap; an empty one draws as a space.
            if count == 0 || (cell.width > 1 && lastColumn) {
                characters[0] = 32
                count = 1
            }
            characters[count] = 0
            var attributes = pt_a_normal()
            let style = cell.style
            if style.bold { attributes |= pt_a_bold() }
            if style.underline { attributes |= pt_a_underline() }
            if style.reverse { attributes |= pt_a_reverse() }
            if style.dim { attributes |= pt_a_dim() }
            let pair = colors?.pair(foreground: style.foreground, background: style.background) ?? 0
            var complex = cchar_t()
            setcchar(&complex, characters.baseAddress, attributes, pair, nil)
            mvwadd_wch(pt_stdscr(), Int32(row), Int32(column), &complex)
        }
    }

    /// The next event, or nil when 100 ms pass without one (or a signal interrupts the wait).
    func nextEvent() -> InputEvent? {
        var character: wint_t = 0
        let result = wget_wch(pt_stdscr(), &character)
        switch result {
        case KEY_CODE_YES:
            switch Int32(bitPattern: character) {
            case KEY_RESIZE:
                return .resize(Size(width: Int(getmaxx(pt_stdscr())), height: Int(getmaxy(pt_stdscr()))))
            case KEY_MOUSE:
                return mouseEvent()
            case let code:
                return CursesKeys.functionKey(code).map(InputEvent.key)
            }
        case OK:
            return CursesKeys.character(UInt32(character)).map(InputEvent.key)
        default:
            return nil
        }
    }

    /// The terminal is gone (its window closed without a SIGHUP reaching us): reads would fail
    /// at once, forever, so the loop must stop instead of spinning.
    var isHungUp: Bool { isatty(0) != 1 }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let row = Int(event.y)
        let column = Int(event.x)
        let state = event.bstate
        if state & pt_button4_pressed() != 0 { return .mouse(.wheelUp(row: row, column: column)) }
        if state & pt_button5_pressed() != 0 { return .mouse(.wheelDown(row: row, column: column)) }
        if state & (pt_button1_pressed() | pt_button1_clicked()) != 0 { return .mouse(.click(row: row, column: column)) }
        return nil
    }
}

/// Colour pairs, allocated the first time a (foreground, background) combination is drawn.
private struct ColorPairs {
    let limit: Int
    private var pairs: [Int: Int16] = [:]

    init(limit: Int) {
        self.limit = limit
    }

    mutating func pair(foreground: Color, background: Color) -> Int16 {
        if foreground == .default && background == .default { return 0 }
        let key = (foreground.rawValue + 1) * 16 + (background.rawValue + 1)
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        // Out of pairs (a 8-colour terminal has 64): draw in the default colours rather than fail.
        guard next < limit, next <= Int(Int16.max) else { return 0 }
        init_pair(Int16(next), Int16(foreground.rawValue), Int16(background.rawValue))
        pairs[key] = Int16(next)
        return Int16(next)
    }
}

extension String {
    fileprivate var replacingDashes: String { String(filter { $0 != "-" }) }
}
