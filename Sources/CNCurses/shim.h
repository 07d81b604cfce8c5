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
#include <stdio.h>
#include <string.h>
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

// Signals and the terminal's restoration on them: the CSignals target (one definition of
// the state, which a header cannot give).

#endif
