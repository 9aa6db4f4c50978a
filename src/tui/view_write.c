#include "view_write.h"

#include <stdlib.h>
#include <string.h>

#include "core/catalog.h"
#include "core/practice_deal.h"
#include "core/practice_write.h"
#include "core/rng.h"
#include "core/xalloc.h"
#include "practice_app.h"
#include "practice_text.h"
#include "scroll.h"
#include "tlines.h"
#include "view_editor.h"

enum wstate {
	W_DEALT,   /* reading the vignette and the type; writing */
	W_COMPARE, /* own questions beside the card's examples; marking */
	W_DONE,	   /* the run is over: what was written */
};

#define SIDE_BY_SIDE 72 /* columns from which the two lists stand side by side */

struct pwrite {
	struct view v;
	struct practice_setup setup;
	const struct doc *drill, *vignettes;
	struct practice_store store;
	struct dealer *dl;
	struct practice_write w;
	size_t exercise; /* 1-based */
	enum wstate state;
	size_t sel;		     /* the selected question (compare) */
	size_t written, on_target, not_yet; /* the run so far, exercises finished */
	struct tlines lines, theirs; /* the main text; the card's side when side by side */
	size_t *q_from;		     /* per question: its first line in lines, and one more */
	struct scroll sc, sc2;
	bool side;
};

static const enum action pwrite_keys[] = {
	ACT_PR_WRITE, ACT_PR_COMPARE, ACT_PR_ON_TARGET, ACT_PR_NOT_YET, ACT_PR_NEXT, ACT_UP,
	ACT_DOWN,     ACT_PGUP,	      ACT_PGDN,		ACT_CLOSE,	ACT_HELP,    ACT_NONE};
static const enum action pwrite_bar[] = {ACT_PR_WRITE,	 ACT_PR_COMPARE, ACT_PR_ON_TARGET,
					 ACT_PR_NOT_YET, ACT_PR_NEXT,	 ACT_CLOSE,
					 ACT_HELP,	 ACT_NONE};

static const struct card *pw_card(const struct pwrite *p)
{
	return &p->drill->deck.cards[p->w.card];
}

static const struct card *pw_vignette(const struct pwrite *p)
{
	return &p->vignettes->deck.cards[p->w.vignette];
}

/* The type to write: first, so a small screen shows it before the vignette. */
static void pw_target(const struct pwrite *p, struct tlines *t, size_t w)
{
	const struct card *c = pw_card(p);
	const struct suit *s = c->suit ? deck_find_suit(&p->drill->deck, c->suit) : NULL;
	tlines_add(t, "Write questions of this type", w, TL_HEADING, NULL);
	tlines_add(t, ptext_card_title(c), w, TL_TITLE, NULL);
	if (s && deck_count_suit(&p->drill->deck, s->id) > 1)
		tlines_add(t, s->title ? s->title : s->id, w, TL_DIM, NULL);
}

static void pw_dealt(struct pwrite *p, size_t w)
{
	const struct card *v = pw_vignette(p), *c = pw_card(p);
	char *h = xasprintf("Exercise %zu of %zu", p->exercise, p->setup.n);
	tlines_add(&p->lines, h, w, TL_DIM, NULL);
	free(h);
	pw_target(p, &p->lines, w);
	tlines_gap(&p->lines);
	tlines_add(&p->lines, ptext_card_title(v), w, TL_HEADING, "Vignette: ");
	if (v->body)
		tlines_add(&p->lines, v->body, w, TL_NORMAL, NULL);
	if (c->body) {
		tlines_gap(&p->lines);
		tlines_add(&p->lines, "About this type", w, TL_HEADING, NULL);
		tlines_add(&p->lines, c->body, w, TL_NORMAL, NULL);
	}
	tlines_gap(&p->lines);
	if (p->w.questions.n)
		tlines_add(&p->lines, "Your questions", w, TL_HEADING, NULL);
	for (size_t i = 0; i < p->w.questions.n; i++)
		tlines_add(&p->lines, p->w.questions.v[i], w, TL_NORMAL, "• ");
	tlines_add(&p->lines,
		   p->w.questions.n ? "w: write another · c: compare with the card's examples"
				    : "w: write a question · n: skip to the next exercise",
		   w, TL_DIM, NULL);
}

static const char *pw_mark_prefix(enum practice_mark m)
{
	return m == MARK_ON_TARGET ? "✓ " : m == MARK_NOT_YET ? "… " : "? ";
}

/* Own questions, each with its mark, recording where each starts. */
static void pw_mine(struct pwrite *p, size_t w)
{
	const struct practice_write *x = &p->w;
	char *h = xasprintf("%zu on target · %zu not yet · %zu to mark",
			    practice_write_count(x, MARK_ON_TARGET), practice_write_count(x, MARK_NOT_YET),
			    practice_write_count(x, MARK_NONE));
	tlines_add(&p->lines, "Your questions", w, TL_HEADING, NULL);
	tlines_add(&p->lines, h, w, TL_DIM, NULL);
	free(h);
	p->q_from = xrealloc(p->q_from, (x->questions.n + 1) * sizeof *p->q_from);
	for (size_t i = 0; i < x->questions.n; i++) {
		/* the selection also shows as a sign, for screens without reverse video */
		char *first = xasprintf("%s%s", i == p->sel ? "▸ " : "  ", pw_mark_prefix(x->marks[i]));
		p->q_from[i] = p->lines.n;
		tlines_add(&p->lines, x->questions.v[i], w, TL_NORMAL, first);
		free(first);
	}
	p->q_from[x->questions.n] = p->lines.n;
	tlines_add(&p->lines, "o: on target · x: not yet · w: write another · Enter: next", w,
		   TL_DIM, NULL);
}

static void pw_list(struct tlines *t, const char *title, const struct strv *items, size_t w)
{
	if (!items->n)
		return;
	tlines_gap(t);
	tlines_add(t, title, w, TL_HEADING, NULL);
	for (size_t i = 0; i < items->n; i++)
		tlines_add(t, items->v[i], w, TL_NORMAL, "• ");
}

/* The card's side: its title, then its examples and prompts. */
static void pw_theirs(const struct pwrite *p, struct tlines *t, size_t w)
{
	char *h = xasprintf("The card: %s", ptext_card_title(pw_card(p)));
	tlines_add(t, h, w, TL_HEADING, NULL);
	free(h);
	pw_list(t, "Examples", &pw_card(p)->examples, w);
	pw_list(t, "Prompts", &pw_card(p)->prompts, w);
}

static void pw_done(struct pwrite *p, size_t w)
{
	char *s = xasprintf("You wrote %zu question%s in %zu exercise%s: %zu on target, %zu not yet.",
			    p->written, p->written == 1 ? "" : "s", p->exercise,
			    p->exercise == 1 ? "" : "s", p->on_target, p->not_yet);
	tlines_add(&p->lines, "The run is over", w, TL_HEADING, NULL);
	tlines_add(&p->lines, s, w, TL_NORMAL, NULL);
	free(s);
	tlines_gap(&p->lines);
	tlines_add(&p->lines, "Everything you wrote is kept. To print it as Markdown for a "
			      "supervision log: rucksack practice --export",
		   w, TL_NORMAL, NULL);
}

/* Keeps the selected question's lines in view. */
static void pw_show_sel(struct pwrite *p)
{
	if (p->state != W_COMPARE || !p->w.questions.n)
		return;
	size_t from = p->q_from[p->sel], to = p->q_from[p->sel + 1];
	if (from < p->sc.top)
		p->sc.top = from;
	else if (to > p->sc.top + p->sc.rows)
		p->sc.top = to > p->sc.rows ? to - p->sc.rows : 0;
	p->sc.sel = p->sc.top; /* text scrolling: the place is top */
	scroll_set(&p->sc, p->sc.n, p->sc.rows);
}

static void pwrite_layout(struct view *v)
{
	struct pwrite *p = (struct pwrite *)v;
	size_t w = v->area.w > 6 ? (size_t)v->area.w - 4 : 2;
	size_t rows = v->area.h > 2 ? (size_t)v->area.h - 2 : 1;
	p->side = p->state == W_COMPARE && v->area.w >= SIDE_BY_SIDE;
	size_t half = p->side ? (w - 3) / 2 : (w < DRAW_MEASURE ? w : DRAW_MEASURE);
	tlines_free(&p->lines);
	tlines_free(&p->theirs);
	if (p->state == W_DEALT)
		pw_dealt(p, half);
	else if (p->state == W_DONE)
		pw_done(p, half);
	else
		pw_mine(p, half);
	if (p->state == W_COMPARE) {
		pw_theirs(p, &p->theirs, half);
		if (!p->side) {
			tlines_gap(&p->lines);
			for (size_t i = 0; i < p->theirs.n; i++)
				tlines_add(&p->lines, p->theirs.v[i].text, (size_t)-1 / 4,
					   p->theirs.v[i].style, NULL);
		}
	}
	scroll_set(&p->sc, p->lines.n, rows);
	scroll_set(&p->sc2, p->theirs.n, rows);
	pw_show_sel(p);
}

static void pwrite_draw(struct view *v)
{
	struct pwrite *p = (struct pwrite *)v;
	struct rect r = v->area;
	int w = r.w - 4, half = p->side ? (w - 3) / 2 : w;
	size_t hf = 0, ht = 0;
	if (p->state == W_COMPARE && p->w.questions.n)
		hf = p->q_from[p->sel], ht = p->q_from[p->sel + 1];
	papp_draw_lines(&p->lines, &p->sc, (struct rect){r.y + 1, r.x + 2, (int)p->sc.rows, half},
			hf, ht, PAL_SELECT);
	papp_draw_more(&p->sc, r.y + r.h - 1, r.x + 2, half);
	if (!p->side)
		return;
	int x = r.x + 2 + half + 3;
	for (int y = r.y + 1; y < r.y + r.h - 1; y++)
		draw_text(y, x - 2, 1, "│", PAL_FRAME);
	papp_draw_lines(&p->theirs, &p->sc2, (struct rect){r.y + 1, x, (int)p->sc2.rows, w - half - 3},
			0, 0, PAL_NORMAL);
	papp_draw_more(&p->sc2, r.y + r.h - 1, x, w - half - 3);
}

/* --- writing ------------------------------------------------------------ */

static int pw_save(void *data, const char *text, char **msg)
{
	struct pwrite *p = data;
	struct diags d = {0};
	if (practice_write_blank(text)) {
		*msg = xstrdup("Type a question first (Esc closes without keeping anything).");
		return 1;
	}
	long i = practice_write_add(&p->w, text, papp_now(), &d);
	if (i < 0) {
		*msg = xasprintf("Not kept: %s", d.n ? d.v[0].message : "the journal cannot be written");
		diags_free(&d);
		return 1;
	}
	diags_free(&d);
	p->sel = (size_t)i;
	pwrite_layout(&p->v);
	if (p->state == W_DEALT) /* show the list the question joined */
		scroll_by(&p->sc, (long)p->sc.n);
	app_message(p->v.app, PAL_OK, "Kept: question %ld of this exercise.", i + 1);
	return 0;
}

static int pw_write(struct pwrite *p)
{
	const struct card *v = pw_vignette(p);
	char *title = xasprintf("Question · %s", ptext_card_title(pw_card(p)));
	char *ctx = xasprintf("%s: %s\nWrite a question of this type: %s.", ptext_card_title(v),
			      v->body ? v->body : "", ptext_card_title(pw_card(p)));
	struct editor_opts o = {.title = title, .context = ctx, .save = pw_save, .data = p};
	app_push(p->v.app, editor_open(p->v.app, &o));
	free(title);
	free(ctx);
	return R_REDRAW;
}

/* --- moving on ---------------------------------------------------------- */

/* Counts the exercise on show into the run's totals and forgets it. */
static void pw_finish(struct pwrite *p)
{
	p->written += p->w.questions.n;
	p->on_target += practice_write_count(&p->w, MARK_ON_TARGET);
	p->not_yet += practice_write_count(&p->w, MARK_NOT_YET);
	practice_write_free(&p->w);
}

static int pw_deal(struct pwrite *p)
{
	size_t card, vignette;
	if (practice_write_deal(p->dl, p->drill, p->setup.suit, p->vignettes, &card, &vignette) != 0)
		return -1;
	practice_write_begin(&p->w, p->drill, card, p->vignettes, vignette, p->store.journal,
			     rng_fresh_seed());
	p->exercise++;
	p->state = W_DEALT;
	p->sel = 0;
	p->sc.top = p->sc.sel = p->sc2.top = p->sc2.sel = 0;
	return 0;
}

static int pw_next(struct pwrite *p)
{
	pw_finish(p);
	if (p->exercise >= p->setup.n || pw_deal(p) != 0)
		p->state = W_DONE;
	p->sc.top = p->sc.sel = 0;
	pwrite_layout(&p->v);
	return R_REDRAW;
}

static int pw_leave(struct pwrite *p)
{
	if (p->state == W_DONE)
		return R_CLOSE;
	pw_finish(p);
	if (!p->written)
		return R_CLOSE;
	p->state = W_DONE;
	p->sc.top = p->sc.sel = 0;
	pwrite_layout(&p->v);
	return R_REDRAW;
}

static int pw_mark(struct pwrite *p, enum practice_mark m)
{
	struct diags d = {0};
	if (practice_write_mark(&p->w, p->sel, m, papp_now(), &d) != 0)
		papp_say(p->v.app, &d);
	diags_free(&d);
	if (p->sel + 1 < p->w.questions.n && !d.n)
		p->sel++; /* on to the next one to mark */
	pwrite_layout(&p->v);
	return R_REDRAW;
}

static int pw_hint(struct pwrite *p)
{
	static const char *const hints[] = {
		[W_DEALT] = "w: write a question · c: compare · n: the next exercise · Esc: leave",
		[W_COMPARE] = "↑↓: choose a question · o: on target · x: not yet · Enter: next",
		[W_DONE] = "Enter or Esc: leave",
	};
	app_message(p->v.app, PAL_NORMAL, "%s", hints[p->state]);
	return R_REDRAW;
}

static int pw_move(struct pwrite *p, enum action act)
{
	long page = (long)(p->sc.rows > 1 ? p->sc.rows - 1 : 1);
	bool list = p->state == W_COMPARE && p->w.questions.n;
	if (list && (act == ACT_UP || act == ACT_DOWN)) {
		if (act == ACT_UP ? p->sel == 0 : p->sel + 1 >= p->w.questions.n)
			return R_NONE;
		p->sel += act == ACT_UP ? (size_t)-1 : 1;
		pwrite_layout(&p->v);
		return R_REDRAW;
	}
	struct scroll *sc = p->side ? &p->sc2 : &p->sc;
	if (act == ACT_UP || act == ACT_DOWN)
		return scroll_by(&p->sc, act == ACT_UP ? -1 : 1) ? R_REDRAW : R_NONE;
	return scroll_by(list ? sc : &p->sc, act == ACT_PGUP ? -page : page) ? R_REDRAW : R_NONE;
}

static int pwrite_key(struct view *v, int key, enum action act)
{
	struct pwrite *p = (struct pwrite *)v;
	bool compare = p->state == W_COMPARE;
	switch (act) {
	case ACT_PR_WRITE:
		return p->state == W_DONE ? pw_hint(p) : pw_write(p);
	case ACT_PR_COMPARE:
		if (p->state == W_DONE || !p->w.questions.n)
			return pw_hint(p);
		p->state = compare ? W_DEALT : W_COMPARE;
		p->sc.top = p->sc.sel = 0;
		p->sel = 0;
		while (p->sel + 1 < p->w.questions.n && p->w.marks[p->sel] != MARK_NONE)
			p->sel++; /* the first one still to mark */
		pwrite_layout(v);
		return R_REDRAW;
	case ACT_PR_ON_TARGET:
	case ACT_PR_NOT_YET:
		if (!compare)
			return pw_hint(p);
		return pw_mark(p, act == ACT_PR_ON_TARGET ? MARK_ON_TARGET : MARK_NOT_YET);
	case ACT_PR_NEXT:
		return p->state == W_DONE ? R_CLOSE : pw_next(p);
	case ACT_UP:
	case ACT_DOWN:
	case ACT_PGUP:
	case ACT_PGDN:
		return pw_move(p, act);
	case ACT_CLOSE:
		return pw_leave(p);
	case ACT_HELP:
	case ACT_INTERRUPT:
	case ACT_REDRAW:
		return R_PASS;
	default:
		return key == K_RESIZE ? R_NONE : pw_hint(p);
	}
}

static char *pwrite_title(const struct view *v)
{
	const struct pwrite *p = (const struct pwrite *)v;
	return xasprintf("Write it · %s", p->drill->title ? p->drill->title : p->drill->id);
}

static void pwrite_close(struct view *v)
{
	struct pwrite *p = (struct pwrite *)v;
	practice_write_free(&p->w);
	practice_store_close(&p->store);
	dealer_free(p->dl);
	tlines_free(&p->lines);
	tlines_free(&p->theirs);
	free(p->q_from);
	free(p);
}

static const struct view_ops pwrite_ops = {
	.name = "Write it",
	.keys = pwrite_keys,
	.bar = pwrite_bar,
	.draw = pwrite_draw,
	.key = pwrite_key,
	.layout = pwrite_layout,
	.close = pwrite_close,
	.title = pwrite_title,
};

struct view *pwrite_open(struct app *a, const struct practice_setup *setup)
{
	struct pwrite *p = xcalloc(1, sizeof *p);
	p->v.ops = &pwrite_ops;
	p->v.app = a;
	p->setup = *setup;
	p->drill = catalog_find_kind(a->opts->cat, setup->deck, DOC_DECK);
	p->vignettes = catalog_find_kind(a->opts->cat, PRACTICE_VIGNETTE_DECK, DOC_DECK);
	p->dl = dealer_new(setup->seed);
	if (!p->drill || !p->vignettes || papp_store_open(a, &p->store) != 0 || pw_deal(p) != 0) {
		if (p->drill && p->vignettes && p->store.journal)
			app_message(a, PAL_WARN, "Nothing to deal: no card has examples or prompts.");
		pwrite_close(&p->v);
		return NULL;
	}
	return &p->v;
}
