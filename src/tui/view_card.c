#include "view_card.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "round_picker.h"
#include "scroll_keys.h"
#include "tlines.h"

struct card_view {
	struct view v;
	const struct doc *doc;
	const struct card **cards; /* the deck's cards in the deck screen's order */
	size_t n, at;
	struct tlines lines;
	struct scroll sc;
};

static const enum action card_keys[] = {ACT_UP,	  ACT_DOWN, ACT_PGDN, ACT_PGUP, ACT_TOP,
					ACT_BOTTOM, ACT_PREV, ACT_NEXT, ACT_CLOSE, ACT_HELP,
					ACT_NONE};
static const enum action card_bar[] = {ACT_CLOSE, ACT_NEXT, ACT_PREV, ACT_PGDN, ACT_HELP, ACT_NONE};

/* A titled list ("Prompts", "Examples") of bullets. */
static void card_list(struct tlines *t, const char *title, const struct strv *items, size_t w)
{
	if (!items->n)
		return;
	tlines_gap(t);
	tlines_add(t, title, w, TL_HEADING, NULL);
	for (size_t i = 0; i < items->n; i++)
		tlines_add(t, items->v[i], w, TL_NORMAL, "• ");
}

/* The examples, each "[context] text" with its why and the cards it also accepts. */
static void card_examples(struct tlines *t, const struct deck *d, const struct card *k, size_t w)
{
	if (!k->n_examples)
		return;
	tlines_gap(t);
	tlines_add(t, "Examples", w, TL_HEADING, NULL);
	for (size_t i = 0; i < k->n_examples; i++) {
		const struct example *e = &k->examples[i];
		char *line = example_line(e);
		tlines_add(t, line, w, TL_NORMAL, "• ");
		free(line);
		if (e->why)
			tlines_add(t, e->why, w, TL_DIM, "  Why: ");
		for (size_t j = 0; j < e->also.n; j++) {
			long a = deck_find_card(d, e->also.v[j]);
			tlines_add(t, a >= 0 ? d->cards[a].title : e->also.v[j], w, TL_DIM,
				   "  Also right: ");
		}
	}
}

static void card_lines(struct card_view *c, size_t w)
{
	const struct card *k = c->cards[c->at];
	struct tlines *t = &c->lines;
	tlines_free(t);
	tlines_add(t, k->title, w, TL_TITLE, NULL);
	const struct suit *s = k->suit ? deck_find_suit(&c->doc->deck, k->suit) : NULL;
	if (s) {
		tlines_add(t, s->title, w, TL_DIM, NULL);
		if (s->description)
			tlines_add(t, s->description, w, TL_DIM, NULL);
	}
	if (k->body) {
		tlines_gap(t);
		tlines_add(t, k->body, w, TL_NORMAL, NULL);
	}
	card_list(t, "Prompts", &k->prompts, w);
	card_examples(t, &c->doc->deck, k, w);
	if (k->tags.n) {
		tlines_gap(t);
		char *tags = xstrdup("Tags:");
		for (size_t i = 0; i < k->tags.n; i++) {
			char *n = xasprintf("%s%s %s", tags, i ? "," : "", k->tags.v[i]);
			free(tags);
			tags = n;
		}
		tlines_add(t, tags, w, TL_DIM, NULL);
		free(tags);
	}
}

static void card_layout(struct view *v)
{
	struct card_view *c = (struct card_view *)v;
	size_t w = v->area.w > 6 ? (size_t)v->area.w - 4 : 2;
	card_lines(c, w < DRAW_MEASURE ? w : DRAW_MEASURE);
	scroll_set(&c->sc, c->lines.n, v->area.h > 3 ? (size_t)v->area.h - 3 : 1);
}

static void card_draw(struct view *v)
{
	struct card_view *c = (struct card_view *)v;
	struct rect r = v->area;
	static const enum pal style[] = {PAL_NORMAL, PAL_HEADING, PAL_HEADING, PAL_DIM};
	for (size_t i = c->sc.top; i < c->lines.n && i < c->sc.top + c->sc.rows; i++)
		draw_text(r.y + 1 + (int)(i - c->sc.top), r.x + 2, r.w - 4, c->lines.v[i].text,
			  style[c->lines.v[i].style]);
	char *where = xasprintf("card %zu of %zu%s", c->at + 1, c->n,
				c->sc.top < scroll_max_top(&c->sc) ? " · ↓ more" : "");
	draw_text(r.y + r.h - 1, r.x + 2, r.w - 4, where, PAL_DIM);
	free(where);
}

static int card_go(struct card_view *c, size_t at)
{
	if (at == c->at || at >= c->n)
		return R_NONE;
	c->at = at;
	c->sc.top = c->sc.sel = 0;
	card_layout(&c->v);
	return R_REDRAW;
}

static int card_key(struct view *v, int key, enum action act)
{
	struct card_view *c = (struct card_view *)v;
	(void)key;
	switch (act) {
	case ACT_PREV:
		return c->at ? card_go(c, c->at - 1) : R_NONE;
	case ACT_NEXT:
		return card_go(c, c->at + 1);
	case ACT_CLOSE:
		return R_CLOSE;
	default:
		return scroll_keys_read(&c->sc, act);
	}
}

static char *card_title(const struct view *v)
{
	const struct card_view *c = (const struct card_view *)v;
	return xasprintf("%s › %s", c->doc->title, c->cards[c->at]->title);
}

static void card_close(struct view *v)
{
	struct card_view *c = (struct card_view *)v;
	tlines_free(&c->lines);
	free(c->cards);
	free(c);
}

static const struct view_ops card_ops = {
	.name = "Card",
	.keys = card_keys,
	.bar = card_bar,
	.draw = card_draw,
	.key = card_key,
	.layout = card_layout,
	.close = card_close,
	.title = card_title,
};

struct view *card_open(struct app *a, const struct doc *deck, const struct card *card)
{
	struct card_view *c = xcalloc(1, sizeof *c);
	struct rpick_row *rows;
	size_t n = rpick_rows(deck, NULL, &rows);
	(void)a;
	c->v.ops = &card_ops;
	c->doc = deck;
	c->cards = xcalloc(n ? n : 1, sizeof *c->cards);
	for (size_t i = 0; i < n; i++) {
		if (!rows[i].card)
			continue;
		if (rows[i].card == card)
			c->at = c->n;
		c->cards[c->n++] = rows[i].card;
	}
	free(rows);
	return &c->v;
}
