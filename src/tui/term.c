#include "term.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/base/xalloc.h"

/* Bracketed paste: the terminal marks pasted text, so a paste is never taken for keys. */
#define TERM_PASTE_ON "\033[?2004h"
#define TERM_PASTE_OFF "\033[?2004l"

static SCREEN *screen;
static bool active; /* curses owns the terminal (not suspended, not ended) */
static bool colored;

struct pal_info {
	short fg, bg;
	attr_t color_attrs, mono_attrs;
};

static const struct pal_info palette[PAL_COUNT] = {
#define X(id, fg, bg, ca, ma) [PAL_##id] = {fg, bg, ca, ma},
	PALETTE(X)
#undef X
};

/* Colour pairs 1..PAL_COUNT-1 on the terminal's own background; false when not possible. */
static bool term_colors(void)
{
	if (!has_colors() || start_color() == ERR || use_default_colors() == ERR)
		return false;
	for (int p = 1; p < PAL_COUNT; p++)
		if (init_pair((short)p, palette[p].fg, palette[p].bg) == ERR)
			return false;
	return true;
}

/* Written straight to the terminal: curses has no capability for it, and
 * terminals that do not know the mode ignore it. */
static void term_paste(bool on)
{
	const char *s = on ? TERM_PASTE_ON : TERM_PASTE_OFF;
	fflush(stdout);
	if (write(STDOUT_FILENO, s, strlen(s)) < 0)
		return; /* nothing to do about a terminal that is gone */
}

static void term_hook(void)
{
	term_restore();
}

int term_start(bool color, char **err)
{
	static bool registered;
	screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		const char *t = getenv("TERM");
		*err = xasprintf("cannot use the terminal (TERM=%s)", t && *t ? t : "unset");
		return -1;
	}
	active = true;
	if (!registered) {
		atexit(term_hook);
		xalloc_on_fail(term_hook);
		registered = true;
	}
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	intrflush(stdscr, FALSE);
	set_escdelay(25);
	curs_set(0);
	colored = color && term_colors();
	term_paste(true);
	return 0;
}

/* A terminal with no alternate screen (TERM=vt100, linux) keeps the last
 * screen after endwin, confidential text and all: it is cleared first (on
 * one that has it, the cleared alternate screen is left behind anyway). */
static void term_wipe(void)
{
	erase();
	refresh();
}

void term_end(void)
{
	if (!screen)
		return;
	if (!isendwin()) {
		term_wipe();
		term_paste(false);
		endwin();
	}
	delscreen(screen);
	screen = NULL;
	active = false;
}

void term_restore(void)
{
	if (screen && active && !isendwin()) {
		term_wipe();
		term_paste(false);
		endwin();
	}
	active = false;
}

void term_suspend(void)
{
	def_prog_mode();
	term_paste(false);
	endwin();
	active = false;
}

void term_resume(void)
{
	reset_prog_mode();
	term_paste(true);
	active = true;
	clearok(curscr, TRUE);
	refresh();
}

void term_style(enum pal p, attr_t *attrs, short *pair)
{
	if ((unsigned)p >= PAL_COUNT)
		p = PAL_NORMAL;
	*attrs = colored ? palette[p].color_attrs : palette[p].mono_attrs;
	*pair = colored ? (short)p : 0;
}

void term_use(enum pal p)
{
	attr_t a;
	short pair;
	term_style(p, &a, &pair);
	attr_set(a, pair, NULL);
}
