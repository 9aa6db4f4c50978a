#include "view_home.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "home_int.h"
#include "reload.h"
#include "view_decks.h"
#include "view_flows.h"
#include "view_practice.h"
#include "view_rounds.h"

struct home_entry {
	const char *label;			 /* the menu line */
	const char *about;			 /* shown under the menu while selected */
	struct view *(*open)(struct app *a);	 /* the screen it opens; NULL: quit */
	bool (*offered)(const struct home *h);	 /* NULL: always on the menu */
};

static bool home_flows(const struct home *h)
{
	return flows_offered(h->v.app);
}

static bool home_unfinished(const struct home *h)
{
	for (size_t i = 0; i < h->n_rounds; i++)
		if (!h->rounds[i].ended)
			return true;
	return false;
}

static bool home_any(const struct home *h)
{
	return h->n_rounds > 0;
}

/* The menu, in the order the product brief (issue 4) gives: start a round,
 * practise alone, browse decks, resume an unfinished round, then the rounds
 * kept (issue 11), quit.  One line per entry.  The rounds themselves are
 * listed under the menu (home_rounds.c). */
static const struct home_entry entries[HOME_ENTRIES] = {
	{"Start a round", "Run a supervision round: pick a flow, say who is present, then phase by phase.",
	 flows_open, home_flows},
	{"Practise alone", "Name the type of example questions, write your own for a vignette, "
	 "and see your progress.", practice_menu_open, NULL},
	{"Browse decks", "Read the decks: their suits, cards, prompts and examples.", decks_open, NULL},
	{"Resume a round", "Carry on with a round that was left unfinished, where it was.", rounds_open,
	 home_unfinished},
	{"Rounds kept", "Every round kept on this machine, newest first: read its transcript, "
	 "export it, resume it or delete it.", rounds_all_open, home_any},
	{"Quit", "Leave rucksack.", NULL, NULL},
};

/* A window this wide lists the rounds beside the menu, not under it. */
#define HOME_SIDE_COLS 110
#define HOME_MENU_COLS 40 /* the menu's column then */

static const enum action home_keys[] = {
	ACT_UP,	   ACT_DOWN,	  ACT_TOP,	 ACT_BOTTOM, ACT_HM_OPEN, ACT_RD_READ, ACT_RD_EXPORT,
	ACT_RD_DELETE, ACT_HM_ALL, ACT_RELOAD, ACT_QUIT,	 ACT_HELP,    ACT_NONE};
static const enum action home_bar[] = {ACT_HM_OPEN, ACT_QUIT, ACT_HELP, ACT_RELOAD, ACT_NONE};

/* The entries offered now; the rounds (and so whether a round is left
 * unfinished) are read only when the screen has come to the top since
 * (home_on_top), not at each draw or key. */
static size_t home_entries(struct home *h)
{
	size_t n = 0;
	if (h->stale) {
		h->read_gen = h->v.app->gen;
		home_read_rounds(h);
		for (size_t i = 0; i < HOME_ENTRIES; i++)
			h->offered[i] = !entries[i].offered || entries[i].offered(h);
	}
	h->stale = false;
	for (size_t i = 0; i < HOME_ENTRIES; i++)
		if (h->offered[i])
			h->shown[n++] = &entries[i];
	return n;
}

/* Under the menu, rows go first to the rounds (a heading, one round, a
 * line for more), then to the entry's sentence, then to the banner. */
static void home_refresh(struct home *h)
{
	size_t n = home_entries(h);
	struct rect r = h->v.area;
	h->side = h->n_rounds && r.w >= HOME_SIDE_COLS;
	int avail = r.h - (int)n - 3, need = h->n_rounds && !h->side ? 4 : 0;
	h->about = avail >= need + 2;
	avail -= h->about ? 3 : 0;
	h->banner = avail >= need + (h->n_rounds && !h->side ? 5 : 3);
	avail -= h->banner ? 3 : 0;
	int rows = r.h - 3 - (h->banner ? 3 : 0) - (h->about ? 3 : 0);
	scroll_set(&h->sc, n, rows < (int)n ? (size_t)(rows > 1 ? rows : 1) : n);
	if (h->side) {
		/* three rows under the list for the selected round's details */
		home_place_rounds(h, (struct rect){r.y + 1, r.x + HOME_MENU_COLS, r.h - 5,
						   r.w - HOME_MENU_COLS - 2});
		return;
	}
	int y = r.y + 1 + (h->banner ? 3 : 0) + (int)h->sc.rows + 1 + (h->about ? 3 : 0);
	home_place_rounds(h, (struct rect){y, r.x + 2, r.y + r.h - 1 - y, r.w - 4});
}

static void home_layout(struct view *v)
{
	home_refresh((struct home *)v);
}

static void home_draw(struct view *v)
{
	struct home *h = (struct home *)v;
	struct rect r = v->area;
	int y = r.y + 1, x = r.x + 2, w = (h->side ? HOME_MENU_COLS : r.w) - 4;
	home_refresh(h);
	if (h->banner) {
		draw_text(y++, x, w, "rucksack", PAL_HEADING);
		draw_text(y++, x, w, "Systemic supervision, card by card", PAL_DIM);
		y++;
	}
	for (size_t i = h->sc.top; i < h->sc.n && i < h->sc.top + h->sc.rows; i++, y++)
		draw_line(y, x, w > 30 ? 30 : w, h->shown[i]->label,
			  i == h->sc.sel && !h->on_round ? PAL_SELECT : PAL_NORMAL);
	y++;
	struct rect about = {y, x, h->about ? 2 : 0, w};
	if (h->sc.n && h->about && !h->on_round)
		draw_wrap(about, 0, h->shown[h->sc.sel]->about, PAL_NORMAL);
	home_draw_rounds(h, about);
	enum pal p;
	char *status = reload_status(v->app, &p);
	draw_text(r.y + r.h - 1, x, r.w - 4, status, p);
	free(status);
}

/* Moves the selection to item i of the menu then the rounds, as one list. */
static int home_select(struct home *h, size_t i)
{
	size_t last = h->sc.n + h->n_recent - 1;
	i = i > last ? last : i;
	bool on_round = i >= h->sc.n;
	size_t sel = on_round ? i - h->sc.n : 0;
	if (on_round == h->on_round && (on_round ? sel == h->round_sel : i == h->sc.sel))
		return R_NONE;
	h->on_round = on_round;
	if (on_round)
		h->round_sel = sel;
	else
		scroll_select(&h->sc, i);
	return R_REDRAW;
}

static int home_open_selected(struct home *h)
{
	if (h->on_round)
		return home_resume_round(h);
	if (!h->sc.n || !h->shown[h->sc.sel]->open)
		return R_QUIT;
	struct view *next = h->shown[h->sc.sel]->open(h->v.app);
	if (next)
		app_push(h->v.app, next);
	return R_REDRAW;
}

/* t, e or x with the menu selected: they act on a round. */
static int home_round_act(struct home *h, enum action act)
{
	const struct session_info *si = home_selected_round(h);
	if (!si) {
		app_message(h->v.app, PAL_NORMAL, h->n_recent ? "Select a round first (↓ moves to them)"
							       : "No round kept is shown here");
		return R_REDRAW;
	}
	return rounds_act(&h->acts, act, si);
}

static int home_key(struct view *v, int key, enum action act)
{
	struct home *h = (struct home *)v;
	size_t at = h->on_round ? h->sc.n + h->round_sel : h->sc.sel;
	(void)key;
	home_refresh(h);
	switch (act) {
	case ACT_UP: return home_select(h, at ? at - 1 : 0);
	case ACT_DOWN: return home_select(h, at + 1);
	case ACT_TOP: return home_select(h, 0);
	case ACT_BOTTOM: return home_select(h, (size_t)-1);
	case ACT_HM_OPEN: return home_open_selected(h);
	case ACT_RD_READ:
	case ACT_RD_EXPORT:
	case ACT_RD_DELETE: return home_round_act(h, act);
	case ACT_HM_ALL:
		app_push(v->app, rounds_all_open(v->app));
		return R_REDRAW;
	case ACT_RELOAD: {
		char *msg;
		reload_decks(v->app, &msg);
		app_message(v->app, PAL_NORMAL, "%s", msg);
		free(msg);
		return R_REDRAW;
	}
	case ACT_QUIT: return R_QUIT;
	default: return R_PASS;
	}
}

/* The key line: a round selected shows what can be done to it. */
static size_t home_bar_now(const struct view *v, enum action *out, size_t cap)
{
	const struct home *h = (const struct home *)v;
	static const enum action on_round[] = {ACT_HM_OPEN,   ACT_RD_READ, ACT_RD_EXPORT,
					       ACT_RD_DELETE, ACT_HM_ALL,  ACT_QUIT,
					       ACT_HELP,      ACT_NONE};
	static const enum action on_menu[] = {ACT_HM_OPEN, ACT_HM_ALL, ACT_QUIT,
					      ACT_HELP,	   ACT_RELOAD, ACT_NONE};
	const enum action *bar = h->on_round ? on_round : h->n_rounds ? on_menu : home_bar;
	size_t n = 0;
	for (; bar[n] != ACT_NONE && n + 1 < cap; n++)
		out[n] = bar[n];
	out[n] = ACT_NONE;
	return n;
}

static const char *home_bar_name(const struct view *v, enum action a)
{
	const struct session_info *si = home_selected_round((const struct home *)v);
	if (a == ACT_HM_OPEN && si)
		return si->ended ? "read" : "resume";
	return NULL;
}

/* Back on top (a round closed, Browse decks left...): rounds may have been
 * left unfinished, ended or deleted, and decks added to a folder meanwhile.
 * The decks are read again only with nothing else open, and not the first
 * time (the command line has just read them); what changed is said. */
static void home_on_top(struct view *v)
{
	struct home *h = (struct home *)v;
	struct app *a = v->app;
	/* what was read (or given) since the stack last changed holds: at start-up, once */
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
	rounds_ask_replace(&h->acts);
}

/* The flows offered may have come or gone with the decks. */
static void home_reloaded(struct view *v)
{
	((struct home *)v)->stale = true;
}

static void home_close(struct view *v)
{
	struct home *h = (struct home *)v;
	rounds_actions_free(&h->acts);
	session_info_free(h->rounds, h->n_rounds);
	free(h);
}

static const struct view_ops home_ops = {
	.name = "Home",
	.keys = home_keys,
	.bar = home_bar,
	.draw = home_draw,
	.key = home_key,
	.layout = home_layout,
	.close = home_close,
	.bar_name = home_bar_name,
	.bar_now = home_bar_now,
	.on_top = home_on_top,
	.reloaded = home_reloaded,
};

static int home_chosen(struct view *owner, size_t i)
{
	return rounds_export_chosen(&((struct home *)owner)->acts, i);
}

static int home_replace(struct view *owner)
{
	return rounds_export_replace(&((struct home *)owner)->acts);
}

static int home_deleted(struct view *owner)
{
	struct home *h = (struct home *)owner;
	rounds_delete_yes(&h->acts);
	h->stale = true; /* the list without it */
	return R_REDRAW;
}

struct view *home_open(struct app *a)
{
	struct home *h = xcalloc(1, sizeof *h);
	h->v.ops = &home_ops;
	h->v.app = a;
	h->stale = true;
	h->hint_y = -1;
	h->acts = (struct rounds_acts){.owner = &h->v, .chosen = home_chosen,
				       .replace = home_replace, .delete_yes = home_deleted};
	return &h->v;
}

void home_give_rounds(struct view *v, struct session_info *rounds, size_t n)
{
	struct home *h = (struct home *)v;
	session_info_free(h->rounds, h->n_rounds);
	h->rounds = rounds;
	h->n_rounds = n;
	h->given = true;
}
