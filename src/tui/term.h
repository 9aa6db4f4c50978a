#ifndef RUCKSACK_TERM_H
#define RUCKSACK_TERM_H
/*
 * The one header that includes curses (tests/layering.sh checks that no
 * other file does), and the terminal's life: start, colours, restore.
 *
 * The terminal is put in raw mode, so Ctrl-C, Ctrl-S, Ctrl-Q and Ctrl-Z
 * reach the program as keys (flow control cannot swallow Ctrl-S, the
 * editor's save key); a SIGINT from elsewhere still ends the program
 * cleanly (see app.c).
 *
 * Colours are a small palette, each entry with the attributes to use with
 * colour and the ones to use without (--no-color, NO_COLOR, terminals
 * without colour), so every screen reads in monochrome too.  Colours sit
 * on the terminal's own background (use_default_colors), so they read on
 * dark and light terminals alike.
 */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <curses.h>
#include <stdbool.h>

/* X(id, foreground, background, attributes with colour, attributes without); -1: the terminal's own. */
#define PALETTE(X)                                                        \
	X(NORMAL, -1, -1, A_NORMAL, A_NORMAL)                             \
	X(TITLE, COLOR_BLACK, COLOR_CYAN, A_BOLD, A_REVERSE | A_BOLD)     \
	X(BAR, -1, -1, A_REVERSE, A_REVERSE)                              \
	X(SELECT, -1, -1, A_REVERSE | A_BOLD, A_REVERSE | A_BOLD)         \
	X(HEADING, COLOR_MAGENTA, -1, A_BOLD, A_BOLD | A_UNDERLINE)       \
	X(DIM, -1, -1, A_DIM, A_NORMAL)                                   \
	X(WARN, COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD)       \
	X(OK, COLOR_GREEN, -1, A_BOLD, A_BOLD)                            \
	X(PART, COLOR_YELLOW, -1, A_BOLD, A_BOLD | A_UNDERLINE)           \
	X(FRAME, COLOR_CYAN, -1, A_NORMAL, A_NORMAL)

enum pal {
#define X(id, ...) PAL_##id,
	PALETTE(X)
#undef X
	PAL_COUNT
};

/*
 * Starts curses on the terminal of stdin/stdout: raw, no echo, keypad,
 * Esc delay 25 ms, cursor hidden, colours unless color is false or the
 * terminal has none.  Returns 0, or -1 with *err set (caller frees) when
 * the terminal cannot be used.  Registers term_restore for exit() and for
 * running out of memory.
 */
int term_start(bool color, char **err);
/* Ends curses and gives the terminal back as it was.  Safe to call twice. */
void term_end(void);
/* Gives the terminal back on a fatal path (no freeing); safe at any time. */
void term_restore(void);
/* Leaves curses mode for a while (to run another program); term_resume comes back. */
void term_suspend(void);
void term_resume(void);

/* The attributes and colour pair of palette entry p, for setcchar or wattr_set. */
void term_style(enum pal p, attr_t *attrs, short *pair);
/* Sets stdscr's drawing attributes to palette entry p. */
void term_use(enum pal p);

#endif
