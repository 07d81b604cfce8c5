#include "terminal_signals.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// A handler may only call async-signal-safe functions; endwin() is not one (it writes through
// stdio buffers and allocates). So SIGINT, SIGTERM, SIGHUP and SIGQUIT only record the signal
// here; the event loop, which wakes at least every 100 ms, sees it, calls endwin() in normal
// context, then re-raises the signal with its default action so the parent learns how the
// program ended. Crash signals cannot wait for the loop: their handler restores the saved
// termios with tcsetattr() and resets the screen with write(), both async-signal-safe, then
// lets the default action (core dump) run.
//
// One definition, with external linkage, in this one file: the optimizer cannot give the
// handler and the loop copies of their own (as it did when this lived in a header).
volatile sig_atomic_t pt_signals_pending = 0;

static struct termios saved_termios;
static volatile sig_atomic_t saved_termios_valid = 0;

static const int noted_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT};
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

static void note_signal(int sig) { pt_signals_pending = sig; }

static void crash_restore(int sig) {
    if (saved_termios_valid) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_termios);
    // Mouse reporting off, main screen, cursor visible, attributes reset.
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[?1049l\033[?25h\033[0m\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    // SA_RESETHAND put the default action back; the signal is re-delivered on raise.
    raise(sig);
}

void pt_signals_install(void) {
    saved_termios_valid = tcgetattr(STDIN_FILENO, &saved_termios) == 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocked read returns at once with EINTR and the loop reacts.
    action.sa_handler = note_signal;
    for (unsigned i = 0; i < COUNT(noted_signals); i++) sigaction(noted_signals[i], &action, NULL);
    action.sa_handler = crash_restore;
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    for (unsigned i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &action, NULL);
}

void pt_signals_restore_defaults(void) {
    for (unsigned i = 0; i < COUNT(noted_signals); i++) signal(noted_signals[i], SIG_DFL);
    for (unsigned i = 0; i < COUNT(crash_signals); i++) signal(crash_signals[i], SIG_DFL);
}

int pt_signals_take_pending(void) {
    // One atomic exchange: a signal that lands between a read and a reset is not lost.
    return __atomic_exchange_n(&pt_signals_pending, 0, __ATOMIC_SEQ_CST);
}
