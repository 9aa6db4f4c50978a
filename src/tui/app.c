#include "app.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "input.h"
#include "view_confirm.h"
#include "view_help.h"

/* Keys every screen has; the help screen lists them after the screen's own. */
const enum action app_global_keys[] = {ACT_INTERRUPT, ACT_REDRAW, ACT_NONE};

static volatile sig_atomic_t caught;
static sigset_t wait_mask; /* the mask inside pselect: our signals let through */

static void app_on_signal(int sig)
{
	caught = sig;
}

/*
 * Our signals only set a flag, and stay blocked except while the loop waits
 * in pselect, so a signal can never slip in between checking the flag and
 * starting to wait.  Installed before curses starts, so curses keeps its
 * hands off SIGINT and SIGTERM (it still handles SIGWINCH and turns it into
 * KEY_RESIZE, which is let through in pselect too).
 */
void app_signals_init(void)
{
	static const int sigs[] = {SIGTERM, SIGHUP, SIGINT};
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = app_on_signal;
	sigemptyset(&sa.sa_mask);
	sigset_t block;
	sigemptyset(&block);
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		sigaction(sigs[i], &sa, NULL);
		sigaddset(&block, sigs[i]);
	}
	sigaddset(&block, SIGWINCH);
	sigprocmask(SIG_BLOCK, &block, &wait_mask);
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigdelset(&wait_mask, sigs[i]);
	sigdelset(&wait_mask, SIGWINCH);
}

/* --- the stack ---------------------------------------------------------- */

struct view *app_top(const struct app *a)
{
	return a->n ? a->stack[a->n - 1] : NULL;
}

static long app_index(const struct app *a, const struct view *v)
{
	for (size_t i = 0; i < a->n; i++)
		if (a->stack[i] == v)
			return (long)i;
	return -1;
}

struct view *app_below(const struct app *a, const struct view *v)
{
	long i = app_index(a, v);
	return i > 0 ? a->stack[i - 1] : NULL;
}

static void app_layout(struct app *a, struct view *v)
{
	if (v->ops->flags & VIEW_BARE)
		v->area = (struct rect){0, 0, LINES, COLS};
	else
		v->area = (struct rect){1, 0, LINES - 2, COLS};
	if (v->ops->layout && !a->small)
		v->ops->layout(v);
}

void app_push(struct app *a, struct view *v)
{
	v->app = a;
	xgrow((void **)&a->stack, &a->cap, a->n + 1, sizeof *a->stack);
	a->stack[a->n++] = v;
	a->gen++;
	app_layout(a, v);
	a->dirty = true;
}

/* Takes v off the stack, then runs its close hook (which may use the stack). */
static void app_remove(struct app *a, struct view *v)
{
	long i = app_index(a, v);
	if (i < 0)
		return;
	memmove(a->stack + i, a->stack + i + 1, (a->n - (size_t)i - 1) * sizeof *a->stack);
	a->n--;
	a->gen++;
	a->dirty = true;
	v->ops->close(v);
}

void app_drop(struct app *a, struct view *v)
{
	app_remove(a, v);
}

void app_close(struct app *a, struct view *v)
{
	long i = app_index(a, v);
	while (i >= 0 && a->n > (size_t)i)
		app_remove(a, a->stack[a->n - 1]);
}

void app_message(struct app *a, enum pal p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	free(a->message);
	a->message = xmalloc((size_t)(n > 0 ? n : 0) + 1);
	va_start(ap, fmt);
	vsnprintf(a->message, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
	va_end(ap);
	a->message_pal = p;
	a->dirty = true;
}

void app_cursor(struct app *a, int y, int x)
{
	a->cursor = true;
	a->cur_y = y;
	a->cur_x = x;
}

const char *app_env(const struct app *a, const char *name)
{
	return a->opts && a->opts->env ? a->opts->env(name) : getenv(name);
}

/* --- painting ----------------------------------------------------------- */

static void app_paint_small(void)
{
	char *s = xasprintf("Make the window larger\n\nrucksack needs at least %dx%d;\n"
			    "this window is %dx%d.\nNothing is lost: the screen comes back as it was.",
			    APP_MIN_COLS, APP_MIN_ROWS, COLS, LINES);
	int w = COLS > 2 ? COLS - 2 : COLS;
	draw_wrap((struct rect){LINES > 6 ? LINES / 2 - 2 : 0, COLS > 2 ? 1 : 0, LINES, w}, 0, s,
		  PAL_NORMAL);
	free(s);
}

#define APP_BAR_MAX 32 /* actions on a key line chosen by bar_now */

static const char *app_bar_name(const void *data, enum action a)
{
	const struct view *v = data;
	return v->ops->bar_name(v, a);
}

char *app_key_line(const struct view *top, size_t cols)
{
	enum action now[APP_BAR_MAX];
	const enum action *bar = top->ops->bar;
	if (top->ops->bar_now) {
		top->ops->bar_now(top, now, APP_BAR_MAX);
		bar = now;
	}
	return keys_bar_named(bar, cols, top->ops->flags & VIEW_TEXT,
			      top->ops->bar_name ? app_bar_name : NULL, top);
}

/* The least room worth giving the keys beside a message: one key, or two. */
#define APP_KEYS_BESIDE 12

/* A message on the key line, and the keys after it when there is room, so
 * that a message (such as "Round started") never hides them. */
static void app_paint_message(const struct app *a, const struct view *top)
{
	draw_fill(LINES - 1, 0, COLS, a->message_pal);
	int used = draw_text(LINES - 1, 1, COLS - 2, a->message, a->message_pal);
	int room = COLS - 2 - used - 3;
	if (room < APP_KEYS_BESIDE)
		return;
	char *bar = app_key_line(top, (size_t)room);
	if (*bar) {
		draw_text(LINES - 1, 1 + used, 3, " · ", a->message_pal);
		draw_text(LINES - 1, 1 + used + 3, room, bar, PAL_BAR);
	}
	free(bar);
}

static void app_paint_frame(struct app *a, const struct view *base, const struct view *top)
{
	char *title = base->ops->title ? base->ops->title(base) : xstrdup(base->ops->name);
	char *line = xasprintf(" rucksack · %s", title);
	draw_line(0, 0, COLS, line, PAL_TITLE);
	free(line);
	free(title);
	if (a->message) {
		app_paint_message(a, top);
		return;
	}
	char *bar = app_key_line(top, (size_t)COLS - 2);
	draw_fill(LINES - 1, 0, COLS, PAL_BAR);
	draw_text(LINES - 1, 1, COLS - 2, bar, PAL_BAR);
	free(bar);
}

static void app_paint(struct app *a)
{
	erase();
	a->cursor = false;
	if (a->small) {
		app_paint_small();
	} else if (a->n) {
		size_t base = a->n - 1;
		while (base > 0 && (a->stack[base]->ops->flags & VIEW_OVERLAY))
			base--;
		if (!(a->stack[base]->ops->flags & VIEW_BARE))
			app_paint_frame(a, a->stack[base], app_top(a));
		for (size_t i = base; i < a->n; i++) {
			a->cursor = false; /* only the top view's cursor counts */
			a->stack[i]->ops->draw(a->stack[i]);
		}
	}
	curs_set(a->cursor ? 1 : 0);
	if (a->cursor)
		move(a->cur_y, a->cur_x);
	refresh();
	a->dirty = false;
}

/* --- input -------------------------------------------------------------- */

static void app_resized(struct app *a)
{
	a->small = LINES < APP_MIN_ROWS || COLS < APP_MIN_COLS;
	for (size_t i = 0; i < a->n; i++)
		app_layout(a, a->stack[i]);
	clearok(curscr, TRUE);
	a->dirty = true;
}

void app_result(struct app *a, struct view *v, int r)
{
	if (r & R_QUIT)
		a->quitting = true;
	else if ((r & R_CLOSE) && v)
		app_remove(a, v);
	if (r)
		a->dirty = true;
}

static int app_quit_yes(struct view *owner)
{
	(void)owner;
	return R_QUIT;
}

/* The keys every screen shares, for what the view passed on. */
static int app_common(struct app *a, struct view *top, enum action act)
{
	switch (act) {
	case ACT_HELP:
		app_push(a, help_open(top));
		return R_NONE;
	case ACT_INTERRUPT:
		if (confirm_is_quit(top))
			return R_QUIT;
		app_push(a, confirm_open(top, "Quit rucksack?", NULL, app_quit_yes, true));
		return R_NONE;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return R_REDRAW;
	default:
		return R_NONE;
	}
}

/* A paste longer than this goes to the view in pieces of about this size. */
#define APP_PASTE_CHUNK 65536

/*
 * Adds to the paste what key k inside it stands for: Enter a newline, Esc
 * and Backspace the characters they are (the paste is kept as pasted); keys
 * that are no character (arrows from an escape sequence) are left out.
 */
static void app_paste_add(struct app *a, int k)
{
	char b[8];
	size_t n = 0;
	if (k == K_ALT + K_BACKSPACE) {
		b[n++] = 0x1b;
		k = 0x7f;
	} else if (k == K_ENTER) {
		k = '\n';
	} else if (k == K_ESC) {
		k = 0x1b;
	} else if (k == K_BACKSPACE) {
		k = 0x7f;
	} else if (k <= 0 || k >= K_FN) {
		return;
	}
	size_t m = utf8_encode((uint32_t)k, b + n);
	n += m ? m : utf8_encode(0xfffd, b + n);
	xgrow((void **)&a->paste, &a->paste_cap, a->paste_len + n + 1, 1);
	memcpy(a->paste + a->paste_len, b, n);
	a->paste_len += n;
}

/* Without a paste hook: the characters one by one, as typed keys. */
static void app_paste_keys(struct app *a, const char *text, size_t n)
{
	for (size_t i = 0; i < n && app_top(a);) {
		uint32_t cp;
		size_t k = utf8_decode(text + i, n - i, &cp);
		struct view *top = app_top(a);
		if (!(top->ops->flags & VIEW_TEXT))
			return;
		app_result(a, top, top->ops->key(top, (int)cp, ACT_NONE));
		i += k ? k : 1;
	}
}

/*
 * Gives what came of the paste so far to the top view: in one piece to a
 * screen that takes text, to no other (where a pasted "q" or Enter must not
 * act).
 */
static void app_paste_flush(struct app *a)
{
	char *text = a->paste;
	size_t n = a->paste_len;
	a->paste = NULL;
	a->paste_len = a->paste_cap = 0;
	struct view *top = app_top(a);
	if (n && top && (top->ops->flags & VIEW_TEXT)) {
		if (top->ops->paste)
			app_result(a, top, top->ops->paste(top, text, n));
		else
			app_paste_keys(a, text, n);
	}
	free(text);
}

void app_input(struct app *a, int k)
{
	if (k == K_RESIZE) {
		app_resized(a);
		return;
	}
	if (k == K_PASTE_BEGIN || k == K_PASTE_END) {
		app_paste_flush(a);
		a->pasting = k == K_PASTE_BEGIN;
		return;
	}
	if (a->small || !a->n)
		return; /* nothing can be seen: no key may act blind */
	if (a->pasting) {
		app_paste_add(a, k);
		if (a->paste_len >= APP_PASTE_CHUNK)
			app_paste_flush(a);
		return;
	}
	if (a->message) {
		free(a->message);
		a->message = NULL;
		a->dirty = true;
	}
	struct view *top = app_top(a);
	enum action act = keys_lookup(top->ops->keys, k, top->ops->flags & VIEW_TEXT);
	if (act == ACT_NONE)
		act = keys_lookup(app_global_keys, k, false);
	int r = top->ops->key(top, k, act);
	if (r & R_PASS)
		r = app_common(a, top, act) | R_REDRAW;
	app_result(a, top, r);
}

/* The soonest tick any view asked for, in ms; -1 when none has a timer running. */
static long app_next_tick(const struct app *a)
{
	long best = -1;
	for (size_t i = 0; i < a->n; i++) {
		const struct view *v = a->stack[i];
		long ms = v->ops->tick_ms ? v->ops->tick_ms(v) : -1;
		if (ms >= 0 && (best < 0 || ms < best))
			best = ms;
	}
	return best;
}

static void app_ticks(struct app *a)
{
	for (size_t i = 0; i < a->n; i++) {
		struct view *v = a->stack[i];
		if (v->ops->tick && v->ops->tick_ms && v->ops->tick_ms(v) == 0) {
			int r = v->ops->tick(v);
			app_result(a, v, r);
		}
	}
}

/* Blocks until input, a signal, or the next tick; true when the terminal has input. */
static bool app_wait(const struct app *a)
{
	long ms = app_next_tick(a);
	struct timespec ts, *tp = NULL;
	if (ms >= 0) {
		ts.tv_sec = ms / 1000;
		ts.tv_nsec = (ms % 1000) * 1000000L;
		tp = &ts;
	}
	fd_set in;
	FD_ZERO(&in);
	FD_SET(STDIN_FILENO, &in);
	int r = pselect(STDIN_FILENO + 1, &in, NULL, NULL, tp, &wait_mask);
	if (r < 0 && errno != EINTR)
		caught = SIGHUP; /* the terminal is gone */
	return r > 0;
}

/*
 * Reads every key already typed (a paste is many), then returns so the
 * screen is drawn once.  A terminal that keeps saying "readable" but gives
 * no key has gone away (end of file without a SIGHUP): treat it as a hangup
 * rather than spin.
 */
static void app_keys(struct app *a, bool readable)
{
	static int empty;
	int k;
	bool got = false;
	while (a->n && !a->quitting && !caught && (k = input_read()) != -1) {
		got = true;
		if (k)
			app_input(a, k);
	}
	app_paste_flush(a); /* a paste still arriving: show what came so far */
	if (readable)
		empty = got ? 0 : empty + 1;
	if (empty > 100)
		caught = SIGHUP;
}

bool app_stopping(void)
{
	return caught != 0;
}

int app_outside(struct app *a, int (*fn)(void *data), void *data)
{
	struct sigaction ign, old;
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	/* Ctrl-C in the other program goes to us too: it is not ours to act on */
	sigaction(SIGINT, &ign, &old);
	term_suspend();
	sigset_t mask;
	sigprocmask(SIG_SETMASK, &wait_mask, &mask); /* SIGTERM and SIGHUP heard meanwhile */
	int r = fn(data);
	sigprocmask(SIG_SETMASK, &mask, NULL);
	term_resume();
	sigaction(SIGINT, &old, NULL);
	app_resized(a);
	return r;
}

void app_settle(struct app *a)
{
	struct view *top = app_top(a);
	if (!top || !top->ops->on_top || top->on_top_gen == a->gen)
		return;
	top->on_top_gen = a->gen;
	top->ops->on_top(top);
	a->dirty = true;
}

int app_run(struct app *a)
{
	timeout(0);
	input_init();
	app_resized(a);
	while (a->n && !a->quitting && !caught) {
		app_settle(a);
		if (a->dirty)
			app_paint(a);
		bool readable = app_wait(a);
		if (caught)
			break;
		app_ticks(a);
		app_keys(a, readable);
	}
	int sig = caught;
	if (sig)
		a->quitting = true; /* closing hooks tell a signal from a back key */
	if (a->n)
		app_close(a, a->stack[0]);
	free(a->message);
	a->message = NULL;
	free(a->paste);
	a->paste = NULL;
	a->paste_len = a->paste_cap = 0;
	free(a->stack);
	a->stack = NULL;
	a->cap = 0;
	return sig;
}
