import CNCurses
import PeaceTalksTUI

extension CursesTerminal {
    /// The next event, waiting at most `milliseconds` (0: only input already there), then back
    /// to the usual 100 ms wait. The explorer's loop waits less while a search runs, to show
    /// its result promptly, and not at all to take the rest of a paste before drawing.
    func nextEvent(waitingUpTo milliseconds: Int32) -> InputEvent? {
        wtimeout(pt_stdscr(), milliseconds)
        defer { wtimeout(pt_stdscr(), 100) }
        return nextEvent()
    }
}
