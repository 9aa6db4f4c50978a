#include "view_practice.h"

#include <stdlib.h>

#include "core/practice/practice_flow.h"
#include "core/base/rng.h"
#include "core/base/xalloc.h"
#include "scroll.h"
#include "view_drill.h"
#include "view_progress.h"
#include "view_write.h"

enum { ROW_NAME, ROW_WRITE, ROW_PROGRESS, ROW_DECK, N_ROWS };

static const struct {
	const char *label, *about;
} rows[N_ROWS] = {
	[ROW_NAME] = {"Name it", "An example question appears; name its type with one key "
				 "(then its subtype). Missed ones come back sooner."},
	[ROW_WRITE] = {"Write it", "A vignette and a question type are dealt; write questions "
				   "of that type, then compare them with the card's examples, "
				   "step by step."},
	[ROW_PROGRESS] = {"Your progress", "Accuracy per type per week, and the types you most "
					   "often take for one another."},
	[ROW_DECK] = {"Deck", "The deck to practise with; Enter or d goes on to the next one."},
};

struct pmenu {
	struct view v;
	const struct doc *deck; /* NULL: no deck can be practised */
	char *write_about;	/* what Write it does with deck: worked out when it changes */
	struct scroll sc;
};

static const enum action pmenu_keys[] = {ACT_UP,      ACT_DOWN, ACT_TOP,  ACT_BOTTOM, ACT_OPEN,
					 ACT_PR_DECK, ACT_CLOSE, ACT_HELP, ACT_NONE};
static const enum action pmenu_bar[] = {ACT_OPEN, ACT_PR_DECK, ACT_CLOSE, ACT_HELP, ACT_NONE};

struct view *practice_run_open(struct app *a, const struct practice_setup *p)
{
	return p->mode == PRACTICE_MODE_WRITE ? pwrite_open(a, p) : drill_open(a, p);
}

/* The next deck after from (in catalog order, from the start when NULL) that can be practised. */
static const struct doc *pmenu_next_deck(const struct app *a, const struct doc *from)
{
	const struct catalog *c = a->opts->cat;
	size_t start = 0;
	for (size_t i = 0; from && i < c->n; i++)
		if (c->v[i].doc == from)
			start = i + 1;
	for (size_t k = 0; k < c->n; k++) {
		const struct catalog_entry *e = &c->v[(start + k) % c->n];
		if (!e->shadowed && practice_deck_usable(e->doc))
			return e->doc;
	}
	return NULL;
}

static void pmenu_layout(struct view *v)
{
	struct pmenu *m = (struct pmenu *)v;
	scroll_set(&m->sc, N_ROWS, N_ROWS);
}

/* What Write it does with the deck chosen: whose steps it walks, or why built-in ones. */
static char *pmenu_write_about(const struct pmenu *m)
{
	if (!m->deck)
		return NULL;
	struct practice_setup p = {.deck = m->deck->id, .mode = PRACTICE_MODE_WRITE};
	struct practice_steps st;
	struct diags d = {0};
	char *s;
	if (practice_steps_choose(m->v.app->opts->cat, &p, &st, &d) != 0)
		s = xasprintf("%s (Not with this deck: %s)", rows[ROW_WRITE].about, d.v[0].message);
	else if (st.flow)
		s = xasprintf("%s Steps: the %zu of the flow %s.", rows[ROW_WRITE].about, st.n,
			      st.flow->title ? st.flow->title : st.flow->id);
	else
		s = xasprintf("%s Built-in steps: %s.", rows[ROW_WRITE].about, st.fallback);
	diags_free(&d);
	practice_steps_free(&st);
	return s;
}

/* Chooses deck, and works out once (it walks every flow) what Write it does with it. */
static void pmenu_set_deck(struct pmenu *m, const struct doc *deck)
{
	m->deck = deck;
	free(m->write_about);
	m->write_about = pmenu_write_about(m);
}

static void pmenu_draw(struct view *v)
{
	struct pmenu *m = (struct pmenu *)v;
	struct rect r = v->area;
	int y = r.y + 1, x = r.x + 2, w = r.w - 4;
	for (size_t i = 0; i < N_ROWS; i++, y++) {
		char *s = i == ROW_DECK ? xasprintf("Deck: %s", m->deck ? m->deck->title : "none found")
					: xstrdup(rows[i].label);
		if (i == ROW_DECK)
			y++;
		draw_line(y, x, w > 44 ? 44 : w, s, i == m->sc.sel ? PAL_SELECT : PAL_NORMAL);
		free(s);
	}
	y++;
	const char *about = m->sc.sel == ROW_WRITE && m->write_about ? m->write_about
			    : m->deck ? rows[m->sc.sel].about
				      : "No deck with suits and examples was found: see `rucksack list`.";
	draw_wrap_cut((struct rect){y, x, r.y + r.h - y, w}, about,
		      m->deck ? PAL_NORMAL : PAL_WARN);
}

static int pmenu_start(struct pmenu *m, enum practice_mode mode)
{
	struct practice_setup p = {
		.deck = m->deck->id, .mode = mode, .seed = rng_fresh_seed(),
		.n = mode == PRACTICE_MODE_WRITE ? 0 : PRACTICE_NAME_ITEMS, /* write: as its steps suit */
	};
	struct diags d = {0};
	if (practice_setup_check(m->v.app->opts->cat, &p, &d) != 0) {
		app_message(m->v.app, PAL_WARN, "%s", d.v[0].message);
		diags_free(&d);
		return R_REDRAW;
	}
	struct view *run = practice_run_open(m->v.app, &p);
	if (run)
		app_push(m->v.app, run);
	return R_REDRAW;
}

static int pmenu_open(struct pmenu *m)
{
	if (m->sc.sel == ROW_DECK) {
		pmenu_set_deck(m, pmenu_next_deck(m->v.app, m->deck));
		return R_REDRAW;
	}
	if (!m->deck) {
		app_message(m->v.app, PAL_WARN, "No deck to practise with.");
		return R_REDRAW;
	}
	if (m->sc.sel == ROW_PROGRESS) {
		app_push(m->v.app, progress_open(m->v.app, m->deck));
		return R_REDRAW;
	}
	return pmenu_start(m, m->sc.sel == ROW_WRITE ? PRACTICE_MODE_WRITE : PRACTICE_MODE_NAME);
}

static int pmenu_key(struct view *v, int key, enum action act)
{
	struct pmenu *m = (struct pmenu *)v;
	(void)key;
	switch (act) {
	case ACT_UP:
		return scroll_select(&m->sc, m->sc.sel ? m->sc.sel - 1 : 0) ? R_REDRAW : R_NONE;
	case ACT_DOWN:
		return scroll_select(&m->sc, m->sc.sel + 1) ? R_REDRAW : R_NONE;
	case ACT_TOP:
	case ACT_BOTTOM:
		return scroll_select(&m->sc, act == ACT_TOP ? 0 : N_ROWS - 1) ? R_REDRAW : R_NONE;
	case ACT_OPEN:
		return pmenu_open(m);
	case ACT_PR_DECK:
		pmenu_set_deck(m, pmenu_next_deck(v->app, m->deck));
		return R_REDRAW;
	case ACT_CLOSE:
		return R_CLOSE;
	default:
		return R_PASS;
	}
}

static void pmenu_close(struct view *v)
{
	free(((struct pmenu *)v)->write_about);
	free(v);
}

static const struct view_ops pmenu_ops = {
	.name = "Practise alone",
	.keys = pmenu_keys,
	.bar = pmenu_bar,
	.draw = pmenu_draw,
	.key = pmenu_key,
	.layout = pmenu_layout,
	.close = pmenu_close,
};

struct view *practice_menu_open(struct app *a)
{
	struct pmenu *m = xcalloc(1, sizeof *m);
	m->v.ops = &pmenu_ops;
	m->v.app = a;
	const struct doc *deck = catalog_find_kind(a->opts->cat, PRACTICE_DEFAULT_DECK, DOC_DECK);
	if (!deck || !practice_deck_usable(deck))
		deck = pmenu_next_deck(a, NULL);
	pmenu_set_deck(m, deck);
	return &m->v;
}
