#include "view_home.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "reload.h"
#include "scroll.h"
#include "view_decks.h"
#include "view_flows.h"
#include "view_practice.h"
#include "view_rounds.h"

struct home_entry {
	const char *label;			 /* the menu line */
	const char *about;			 /* shown under the menu while selected */
	struct view *(*open)(struct app *a);	 /* the screen it opens; NULL: quit */
	bool (*offered)(const struct app *a);	 /* NULL: always on the menu */
};

/* The menu, in the order the product brief (issue 4) gives: start a round,
 * practise alone, browse decks, resume an unfinished round, then the rounds
 * kept (issue 11), quit.  One line per entry. */
static const struct home_entry entries[] = {
	{"Start a round", "Run a supervision round: pick a flow, say who is present, then phase by phase.",
	 flows_open, flows_offered},
	{"Practise alone", "Name the type of example questions, write your own for a vignette, "
	 "and see your progress.", practice_menu_open, NULL},
	{"Browse decks", "Read the decks: their suits, cards, prompts and examples.", decks_open, NULL},
	{"Resume a round", "Carry on with a round that was left unfinished, where it was.", rounds_open,
	 rounds_offered},
	{"Rounds kept", "Every round kept on this machine, newest first: read its transcript, "
	 "export it, resume it or delete it.", rounds_all_open, rounds_kept},
	{"Quit", "Leave rucksack.", NULL, NULL},
};

#define N_ENTRIES (sizeof entries / sizeof entries[0])

struct home {
	struct view v;
	const struct home_entry *shown[N_ENTRIES];
	bool offered[N_ENTRIES]; /* each entry's offered(), as last asked */
	bool stale;		 /* ask again before the next use (home_on_top) */
	bool been_on_top;	 /* home_on_top has run: the catalog is not fresh any more */
	bool about;		 /* room for the selected entry's sentence under the menu */
	signed char known[N_ENTRIES]; /* 1 or 0: what offered() would say, told (home_known); -1 */
	unsigned long read_gen;	 /* the stack's gen when offered() was last asked */
	struct scroll sc;
};

static const enum action home_keys[] = {ACT_UP,	  ACT_DOWN, ACT_TOP,  ACT_BOTTOM, ACT_OPEN,
					ACT_RELOAD, ACT_QUIT, ACT_HELP, ACT_NONE};
static const enum action home_bar[] = {ACT_OPEN, ACT_QUIT, ACT_HELP, ACT_RELOAD, ACT_NONE};

/* Room for the name and strapline above the menu. */
static bool home_banner(const struct home *h, size_t n)
{
	return h->v.area.h >= (int)n + 8;
}

/* The entries offered and the rows they get.  Whether an entry is offered
 * (a round left unfinished: reading every journal) is asked only when the
 * screen has come to the top since (home_on_top), not at each draw or key. */
static void home_refresh(struct home *h)
{
	size_t n = 0;
	if (h->stale)
		h->read_gen = h->v.app->gen;
	for (size_t i = 0; h->stale && i < N_ENTRIES; i++) {
		h->offered[i] = !entries[i].offered ||
				(h->known[i] >= 0 ? h->known[i] : entries[i].offered(h->v.app));
		h->known[i] = -1; /* told once: the next time it is asked again */
	}
	h->stale = false;
	for (size_t i = 0; i < N_ENTRIES; i++)
		if (h->offered[i])
			h->shown[n++] = &entries[i];
	int rows = h->v.area.h - 5 - (home_banner(h, n) ? 3 : 0);
	/* a short window gives the sentence's rows to the menu, so every entry shows */
	h->about = rows >= (int)n || h->v.area.h - 2 < (int)n;
	if (!h->about)
		rows = h->v.area.h - 2;
	scroll_set(&h->sc, n, rows > 1 ? (size_t)rows : 1);
}

static void home_layout(struct view *v)
{
	home_refresh((struct home *)v);
}

static void home_draw(struct view *v)
{
	struct home *h = (struct home *)v;
	struct rect r = v->area;
	int y = r.y + 1, x = r.x + 2, w = r.w - 4;
	home_refresh(h);
	if (home_banner(h, h->sc.n)) {
		draw_text(y++, x, w, "rucksack", PAL_HEADING);
		draw_text(y++, x, w, "Systemic supervision, card by card", PAL_DIM);
		y++;
	}
	for (size_t i = h->sc.top; i < h->sc.n && i < h->sc.top + h->sc.rows; i++, y++)
		draw_line(y, x, w > 30 ? 30 : w, h->shown[i]->label,
			  i == h->sc.sel ? PAL_SELECT : PAL_NORMAL);
	y++;
	if (h->sc.n && h->about)
		draw_wrap((struct rect){y, x, 2, w}, 0, h->shown[h->sc.sel]->about, PAL_NORMAL);
	enum pal p;
	char *status = reload_status(v->app, &p);
	draw_text(r.y + r.h - 1, x, w, status, p);
	free(status);
}

static int home_key(struct view *v, int key, enum action act)
{
	struct home *h = (struct home *)v;
	(void)key;
	home_refresh(h);
	switch (act) {
	case ACT_UP:
		return scroll_select(&h->sc, h->sc.sel ? h->sc.sel - 1 : 0) ? R_REDRAW : R_NONE;
	case ACT_DOWN:
		return scroll_select(&h->sc, h->sc.sel + 1) ? R_REDRAW : R_NONE;
	case ACT_TOP:
		return scroll_select(&h->sc, 0) ? R_REDRAW : R_NONE;
	case ACT_BOTTOM:
		return scroll_select(&h->sc, h->sc.n) ? R_REDRAW : R_NONE;
	case ACT_OPEN: {
		if (!h->sc.n || !h->shown[h->sc.sel]->open)
			return R_QUIT;
		struct view *next = h->shown[h->sc.sel]->open(v->app);
		if (next)
			app_push(v->app, next);
		return R_REDRAW;
	}
	case ACT_RELOAD: {
		char *msg;
		reload_decks(v->app, &msg);
		app_message(v->app, PAL_NORMAL, "%s", msg);
		free(msg);
		return R_REDRAW;
	}
	case ACT_QUIT:
		return R_QUIT;
	default:
		return R_PASS;
	}
}

/* Back on top (a round closed, Browse decks left...): rounds may have been
 * left unfinished or ended, and decks added to a folder meanwhile.  The
 * decks are read again only with nothing else open, and not the first time
 * (the command line has just read them); what changed is said. */
static void home_on_top(struct view *v)
{
	struct home *h = (struct home *)v;
	struct app *a = v->app;
	/* what was read (or told) since the stack last changed holds: at start-up, once */
	h->stale = h->stale || h->read_gen != a->gen;
	if (h->been_on_top && a->n == 1) {
		enum pal p;
		char *before = reload_status(a, &p), *msg = NULL;
		if (reload_decks(a, &msg)) {
			char *after = reload_status(a, &p);
			if (strcmp(before, after) != 0)
				app_message(a, p, "%s", msg);
			free(after);
		}
		free(msg);
		free(before);
	}
	h->been_on_top = true;
	home_refresh(h);
}

/* The flows offered may have come or gone with the decks. */
static void home_reloaded(struct view *v)
{
	((struct home *)v)->stale = true;
}

static void home_close(struct view *v)
{
	free(v);
}

static const struct view_ops home_ops = {
	.name = "Home",
	.keys = home_keys,
	.bar = home_bar,
	.draw = home_draw,
	.key = home_key,
	.layout = home_layout,
	.close = home_close,
	.on_top = home_on_top,
	.reloaded = home_reloaded,
};

struct view *home_open(struct app *a)
{
	struct home *h = xcalloc(1, sizeof *h);
	h->v.ops = &home_ops;
	h->v.app = a;
	h->stale = true;
	memset(h->known, -1, sizeof h->known);
	return &h->v;
}

void home_known(struct view *v, bool (*offered)(const struct app *a), bool value)
{
	struct home *h = (struct home *)v;
	for (size_t i = 0; i < N_ENTRIES; i++)
		if (entries[i].offered == offered)
			h->known[i] = value;
}
