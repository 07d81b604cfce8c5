// The floor under the explorer's first frame, for scripts/bench: a bare Swift program that
// starts ncurses as the explorer does (UTF-8 locale, newterm, cbreak, keypad), draws one
// line, and waits for a key. No Foundation and no data: what is left is process start, the
// Swift runtime, ncurses and the terminal. Built by scripts/bench with the CNCurses module.
import CNCurses
import Glibc

setlocale(LC_ALL, "")
guard let screen = pt_newterm() else {
    fputs("bench-floor: cannot start the terminal\n", stderr)
    exit(1)
}
set_term(screen)
cbreak()
noecho()
keypad(pt_stdscr(), true)
_ = mvaddstr(0, 0, "bench floor: q quit")
refresh()
_ = getch()
endwin()
