#ifndef PEACETALKS_CSIGNALS_TERMINAL_SIGNALS_H
#define PEACETALKS_CSIGNALS_TERMINAL_SIGNALS_H

// The explorer's signal state, defined once in terminal_signals.c. Nothing here is static or
// inline: handler and event loop must read and write the same variable, and a definition in a
// header would give every object file (and every inlined copy) a variable of its own.

/// Saves the terminal's settings and installs the handlers: SIGINT, SIGTERM, SIGHUP and SIGQUIT
/// are noted for the event loop; crash signals restore the terminal and then take their default
/// action. Call before newterm, so ncurses leaves SIGINT and SIGTERM to us.
void pt_signals_install(void);

/// Every handler pt_signals_install set back to the default action.
void pt_signals_restore_defaults(void);

/// The last of SIGINT, SIGTERM, SIGHUP or SIGQUIT that arrived since the previous call, or 0.
int pt_signals_take_pending(void);

#endif
