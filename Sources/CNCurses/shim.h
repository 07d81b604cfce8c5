#ifndef PEACETALKS_CNCURSES_SHIM_H
#define PEACETALKS_CNCURSES_SHIM_H

// SwiftPM drops ncursesw's pkg-config defines, so the wide-character API is switched on here.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <ncurses.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// Macros and globals that Swift cannot import, or that Swift 6 rejects as not concurrency-safe.
static inline WINDOW *pt_stdscr(void) { return stdscr; }
static inline int pt_lines(void) { return LINES; }
static inline int pt_cols(void) { return COLS; }
static inline int pt_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t pt_a_normal(void) { return A_NORMAL; }
static inline attr_t pt_a_reverse(void) { return A_REVERSE; }
static inline attr_t pt_a_bold(void) { return A_BOLD; }
static inline attr_t pt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pt_a_dim(void) { return A_DIM; }
static inline attr_t pt_color_pair(int n) { return COLOR_PAIR(n); }
static inline mmask_t pt_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t pt_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t pt_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t pt_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t pt_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t pt_button5_pressed(void) { return BUTTON5_PRESSED; }
/// Clicks and the wheel only: no motion reporting, which would flood the input.
static inline mmask_t pt_click_and_wheel_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
/// newterm on the process's own stdout and stdin; unlike initscr it returns NULL
/// for an unknown terminal instead of exiting the program.
static inline SCREEN *pt_newterm(void) { return newterm(NULL, stdout, stdin); }

// ---- Signals --------------------------------------------------------------------------
// A handler may only call async-signal-safe functions; endwin() is not one (it writes through
// stdio buffers and allocates). So SIGINT, SIGTERM, SIGHUP and SIGQUIT only record the signal
// here; the event loop, which wakes at least every 100 ms (wtimeout), sees it, calls endwin()
// in normal context, then re-raises the signal with its default action so the parent learns
// how the program ended. Crash signals cannot wait for the loop: their handler restores the
// saved termios with tcsetattr() and resets the screen with write(), both async-signal-safe,
// then lets the default action (core dump) run.
//
// The state below is `static`: every Swift source file that calls these functions gets its own
// copy. Call them all from one file (Terminal/CursesTerminal.swift) so handler and loop agree.

static volatile sig_atomic_t pt_pending_signal_number = 0;
/// The terminal's settings before ncurses changed them, once saved.
static struct termios *volatile pt_saved_termios = NULL;

static inline void pt_note_signal(int sig) { pt_pending_signal_number = sig; }

static inline void pt_crash_restore(int sig) {
    struct termios *saved = pt_saved_termios;
    if (saved) tcsetattr(STDIN_FILENO, TCSAFLUSH, saved);
    // Mouse reporting off, main screen, cursor visible, attributes reset.
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[?1049l\033[?25h\033[0m\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    // SA_RESETHAND put the default action back; the signal is re-delivered on return or raise.
    raise(sig);
}

/// Saves the terminal's settings and installs the handlers. Call before newterm, so ncurses
/// sees our handlers and leaves SIGINT and SIGTERM alone (it still handles SIGTSTP and SIGWINCH).
static inline void pt_install_signal_handlers(void) {
    static struct termios saved;
    pt_saved_termios = tcgetattr(STDIN_FILENO, &saved) == 0 ? &saved : NULL;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocked read returns at once with EINTR and the loop reacts.
    action.sa_handler = pt_note_signal;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
    action.sa_handler = pt_crash_restore;
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigaction(SIGSEGV, &action, NULL);
    sigaction(SIGBUS, &action, NULL);
    sigaction(SIGILL, &action, NULL);
    sigaction(SIGFPE, &action, NULL);
    sigaction(SIGTRAP, &action, NULL);
    sigaction(SIGABRT, &action, NULL);
}

static inline void pt_restore_default_signal_handlers(void) {
    int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], SIG_DFL);
}

/// The last signal noted since the previous call, or 0.
static inline int pt_take_pending_signal(void) {
    int sig = pt_pending_signal_number;
    pt_pending_signal_number = 0;
    return sig;
}

#endif
