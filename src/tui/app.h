#ifndef RUCKSACK_APP_H
#define RUCKSACK_APP_H
/*
 * The full-screen program: a stack of views and the loop that feeds them.
 *
 * A view is one screen (one file, view_*.c), a struct that starts with a
 * struct view and fills in a static struct view_ops.  The loop:
 *   - draws the stack (from the topmost view that is not an overlay up),
 *     the title line (row 0) and the key line (last row, generated from the
 *     top view's `bar` actions, or the last message);
 *   - blocks until a key, a resize, a signal, or the next tick some view
 *     asked for (no timeout at all when no view has a timer running, so an
 *     idle program uses no CPU);
 *   - gives each key to the top view with the action its keymap gives that
 *     key; the handler returns R_ flags saying what to do next.  A
 *     bracketed paste is text, never keys: a screen that takes text gets it
 *     in one piece (view_ops.paste), any other screen nothing.  A key the
 *     view passes on (R_PASS) gets the common behaviour: help (?/F1) for
 *     the screen, Ctrl-C asks to quit, Ctrl-L redraws.
 *   - before drawing, tells the top view when it has come (back) to the
 *     top (view_ops.on_top), so it reads what changed outside meanwhile;
 *   - on a resize, lays every view out again; below 40x12 shows a "make
 *     the window larger" screen instead (keys are ignored, nothing is
 *     closed) until the window grows.
 *   - on SIGTERM, SIGHUP or SIGINT (the handlers only set a flag), closes
 *     every view from the top (their close hooks save what must be saved)
 *     and gives the terminal back.
 */
#include <stdbool.h>
#include <stddef.h>

#include "draw.h"
#include "keys.h"
#include "term.h"
#include "tui.h"

#define APP_MIN_COLS 40
#define APP_MIN_ROWS 12

/* What a handler asks of the loop. */
enum {
	R_NONE = 0,
	R_REDRAW = 1 << 0, /* something changed on screen */
	R_CLOSE = 1 << 1,  /* close this view (it is popped and its close hook runs) */
	R_QUIT = 1 << 2,   /* close every view and leave the program */
	R_PASS = 1 << 3,   /* not mine: let the loop apply the common keys */
};

enum {
	VIEW_TEXT = 1 << 0,    /* takes typed text: printable keys are never actions */
	VIEW_OVERLAY = 1 << 1, /* drawn over the view below (a dialog) */
	VIEW_BARE = 1 << 2,    /* the whole screen, no title or key line (projector) */
};

struct app;
struct view;

struct view_ops {
	const char *name;	 /* the screen's name: title line and help ("Browse decks") */
	const enum action *keys; /* every action it takes, ACT_NONE-terminated: the help lists them */
	const enum action *bar;	 /* the main ones, for the key line */
	unsigned flags;		 /* VIEW_ */
	/* Paints v->area (already cleared).  May call app_cursor. */
	void (*draw)(struct view *v);
	/* A key and the action the keymap gives it (ACT_NONE: none).  Returns R_ flags. */
	int (*key)(struct view *v, int key, enum action act);
	/* Optional: v->area changed; recompute layout (wrapping, scrolling). */
	void (*layout)(struct view *v);
	/* Optional: milliseconds until the view next needs tick (0: now), or -1 for never. */
	long (*tick_ms)(const struct view *v);
	/* Optional: time has passed; returns R_ flags. */
	int (*tick)(struct view *v);
	/*
	 * Optional, for a VIEW_TEXT view: text pasted (bracketed paste), UTF-8,
	 * Enter as \n, Esc and other control characters kept, in one piece (a
	 * few when the paste arrives slowly or is very long); returns R_ flags.
	 * Without it the pasted characters come to key one by one, as ACT_NONE.
	 */
	int (*paste)(struct view *v, const char *text, size_t n);
	/* Leaving (back, quit, signal): save what must be saved, then free v. */
	void (*close)(struct view *v);
	/* Optional: the title line (caller frees); default: name. */
	char *(*title)(const struct view *v);
	/* Optional: the key line's name for action a in the view's present state
	 * ("resume" for a paused timer's key); NULL: the action's own name; "":
	 * left off the key line (it means nothing now). */
	const char *(*bar_name)(const struct view *v, enum action a);
	/* Optional: the key line's actions for the view's state at hand, most
	 * important first (those that do not fit are left off), into out (room
	 * for cap), ACT_NONE-terminated; replaces bar on the key line. */
	size_t (*bar_now)(const struct view *v, enum action *out, size_t cap);
	/* Optional: v is the top view, for the first time or again (the views
	 * above it closed): read again what it shows from outside the program
	 * (the rounds on the disk).  Called by app_settle, between keys, never
	 * while another view's handler runs; not on every draw. */
	void (*on_top)(struct view *v);
	/* Optional: the decks and flows were loaded again (reload.h): drop every
	 * pointer borrowed from the old catalog, take them from a->opts->cat.  A
	 * view without it holds such pointers, so nothing is reloaded while it is open. */
	void (*reloaded)(struct view *v);
};

struct view {
	const struct view_ops *ops;
	struct app *app;
	struct rect area; /* set by the app before layout and draw */
	unsigned long on_top_gen; /* the stack's gen when on_top last ran for it */
};

struct app {
	const struct tui_opts *opts;
	struct view **stack;
	size_t n, cap;
	char *message; /* shown on the key line until the next key */
	char *farewell; /* said on standard error once the terminal is given back (where a rescue went) */
	bool lost; /* changes could be kept nowhere: the program exits 1 (after the farewell saying so) */
	enum pal message_pal;
	bool dirty, quitting, small;
	unsigned long gen; /* moves on at each push and close: the top may have changed */
	bool pasting; /* between the terminal's paste markers */
	char *paste;  /* what came of the paste so far, not yet given to the view */
	size_t paste_len, paste_cap;
	bool cursor; /* set by app_cursor during draw */
	int cur_y, cur_x;
};

/* Keys every screen has (Ctrl-C, Ctrl-L), ACT_NONE-terminated; the help lists them. */
extern const enum action app_global_keys[];

/*
 * Sets the flag-only handlers for SIGTERM, SIGHUP and SIGINT and blocks
 * them (and SIGWINCH) outside the loop's wait.  Call once, before
 * term_start, so curses leaves SIGINT and SIGTERM to us.
 */
void app_signals_init(void);

/* Puts v on top (v->ops set by the caller); it is laid out and drawn next. */
void app_push(struct app *a, struct view *v);
/* Closes v and every view above it (their close hooks run, top first). */
void app_close(struct app *a, struct view *v);
/* Closes v alone, leaving the views above it (a screen that handed over to the one it opened). */
void app_drop(struct app *a, struct view *v);
/*
 * Applies R_ flags to v as if its key handler had returned them: how a
 * dialog answers for the view that opened it.  v may be NULL or already
 * closed (then only R_QUIT counts).
 */
void app_result(struct app *a, struct view *v, int r);
/* The key line for top in cols columns: its bar's keys, named as its state says.  Caller frees. */
char *app_key_line(const struct view *top, size_t cols);
/* The top view, or NULL. */
struct view *app_top(const struct app *a);
/* The view under v, or NULL. */
struct view *app_below(const struct app *a, const struct view *v);
/* A line for the key line until the next key (PAL_WARN for errors, PAL_OK for "saved"). */
void app_message(struct app *a, enum pal p, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* During draw: show the cursor at (y, x) once drawing is done. */
void app_cursor(struct app *a, int y, int x);
/* The environment lookup to use ($VISUAL...). */
const char *app_env(const struct app *a, const char *name);

/*
 * Leaves the screen to run fn(data) (another program in the terminal, such
 * as $EDITOR), then takes the screen back and redraws.  Returns fn's value.
 */
int app_outside(struct app *a, int (*fn)(void *data), void *data);
/* Whether a signal (SIGTERM, SIGHUP, SIGINT) has said the program must end:
 * for work done outside the loop (app_outside's fn), which runs with those
 * signals let through so that it can stop waiting. */
bool app_stopping(void);

/*
 * Handles one key as read from the terminal (the loop's own step, and how
 * tests type): a resize, the paste markers, a pasted character (collected,
 * and given to the top view as one piece at the paste's end), or a key for
 * the top view.
 */
void app_input(struct app *a, int key);

/* Tells the top view it is on top (view_ops.on_top) when the stack has
 * changed since it was last told.  The loop calls it before drawing; tests
 * call it after pushing and closing views as the loop would. */
void app_settle(struct app *a);

/* Runs the loop until every view is closed.  Returns 0, or the number of the signal that ended it. */
int app_run(struct app *a);

#endif
