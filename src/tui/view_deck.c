#include "view_deck.h"

#include <stdlib.h>

#include "core/base/xalloc.h"
#include "round_picker.h"
#include "scroll.h"
#include "tlines.h"
#include "view_card.h"

struct deck_view {
	struct view v;
	const struct doc *doc;
	struct rpick_row *rows;
	size_t n;
	struct tlines head; /* title, details, description: laid out for the width */
	struct scroll sc;
};

static const enum action deck_keys[] = {ACT_UP,	   ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_TOP,
					ACT_BOTTOM, ACT_OPEN, ACT_BACK, ACT_HELP, ACT_NONE};
static const enum action deck_bar[] = {ACT_OPEN, ACT_BACK, ACT_HELP, ACT_NONE};

/* "id · version 1.0 · 24 cards · en-GB · CC-BY-4.0", leaving out what the deck does not say. */
static char *deck_details(const struct doc *d)
{
	char *s = xasprintf("%s · %zu card%s", d->id, d->deck.n_cards, d->deck.n_cards == 1 ? "" : "s");
	const char *extra[] = {d->version, d->lang, d->license};
	const char *label[] = {"version ", "", ""};
	for (size_t i = 0; i < 3; i++) {
		if (!extra[i])
			continue;
		char *t = xasprintf("%s · %s%s", s, label[i], extra[i]);
		free(s);
		s = t;
	}
	return s;
}

static void deck_layout(struct view *v)
{
	struct deck_view *d = (struct deck_view *)v;
	size_t w = v->area.w > 6 ? (size_t)v->area.w - 4 : 2;
	w = w < DRAW_MEASURE ? w : DRAW_MEASURE;
	tlines_free(&d->head);
	tlines_add(&d->head, d->doc->title, w, TL_TITLE, NULL);
	if (v->area.h >= 14) { /* a small window keeps its rows for the cards */
		char *det = deck_details(d->doc);
		tlines_add(&d->head, det, w, TL_DIM, NULL);
		free(det);
	}
	/* the description gets what the list can spare, at most 4 lines */
	size_t room = v->area.h > 14 ? (size_t)(v->area.h - 14) / 2 + 1 : 0;
	if (d->doc->description && room) {
		struct tlines desc = {0};
		tlines_add(&desc, d->doc->description, w, TL_NORMAL, NULL);
		size_t shown = room < 4 ? room : 4;
		for (size_t i = 0; i < desc.n && i < shown; i++)
			tlines_add(&d->head, desc.v[i].text, w, TL_NORMAL, NULL);
		if (desc.n > shown)
			tlines_add(&d->head, "…", w, TL_DIM, NULL);
		tlines_free(&desc);
	}
	int rows = v->area.h - 2 - (int)d->head.n - 1;
	scroll_set(&d->sc, d->n, rows > 1 ? (size_t)rows : 1);
}

static void deck_draw(struct view *v)
{
	struct deck_view *d = (struct deck_view *)v;
	struct rect r = v->area;
	int y = r.y + 1;
	static const enum pal style[] = {PAL_NORMAL, PAL_HEADING, PAL_HEADING, PAL_DIM};
	for (size_t i = 0; i < d->head.n; i++)
		draw_text(y++, r.x + 2, r.w - 4, d->head.v[i].text, style[d->head.v[i].style]);
	y++;
	for (size_t i = d->sc.top; i < d->n && i < d->sc.top + d->sc.rows; i++, y++) {
		if (!d->rows[i].card) {
			draw_text(y, r.x + 2, r.w - 4, d->rows[i].text, PAL_HEADING);
			continue;
		}
		enum pal p = i == d->sc.sel ? PAL_SELECT : PAL_NORMAL;
		draw_fill(y, r.x + 3, r.w - 5, p);
		draw_text(y, r.x + 5, r.w - 8, d->rows[i].text, p);
	}
}

/* Selects row i, showing the suit heading just above it when it is the first of its suit. */
static int deck_select(struct deck_view *d, size_t i)
{
	bool moved = scroll_select(&d->sc, i);
	if (i > 0 && !d->rows[i - 1].card && d->sc.top == i)
		d->sc.top--;
	return moved ? R_REDRAW : R_NONE;
}

/* The card row count steps from the selection in direction dir (stops at the ends). */
static size_t deck_step(const struct deck_view *d, int dir, size_t count)
{
	size_t i = d->sc.sel;
	while (count--)
		i = rpick_step(d->rows, d->n, i, dir);
	return i;
}

static int deck_key(struct view *v, int key, enum action act)
{
	struct deck_view *d = (struct deck_view *)v;
	size_t page = d->sc.rows > 1 ? d->sc.rows - 1 : 1;
	(void)key;
	switch (act) {
	case ACT_UP:
	case ACT_DOWN:
		return deck_select(d, deck_step(d, act == ACT_UP ? -1 : 1, 1));
	case ACT_PGUP:
	case ACT_PGDN:
		return deck_select(d, deck_step(d, act == ACT_PGUP ? -1 : 1, page));
	case ACT_TOP:
	case ACT_BOTTOM:
		return deck_select(d, deck_step(d, act == ACT_TOP ? -1 : 1, d->n));
	case ACT_OPEN:
		if (d->n && d->rows[d->sc.sel].card)
			app_push(v->app, card_open(v->app, d->doc, d->rows[d->sc.sel].card));
		return R_REDRAW;
	case ACT_BACK:
		return R_CLOSE;
	default:
		return R_PASS;
	}
}

static char *deck_title(const struct view *v)
{
	return xstrdup(((const struct deck_view *)v)->doc->title);
}

static void deck_close(struct view *v)
{
	struct deck_view *d = (struct deck_view *)v;
	free(d->rows);
	tlines_free(&d->head);
	free(d);
}

static const struct view_ops deck_ops = {
	.name = "Deck",
	.keys = deck_keys,
	.bar = deck_bar,
	.draw = deck_draw,
	.key = deck_key,
	.layout = deck_layout,
	.close = deck_close,
	.title = deck_title,
};

struct view *deck_open(struct app *a, const struct doc *deck)
{
	struct deck_view *d = xcalloc(1, sizeof *d);
	(void)a;
	d->v.ops = &deck_ops;
	d->doc = deck;
	d->n = rpick_rows(deck, NULL, &d->rows);
	if (d->n && !d->rows[0].card)
		d->sc.sel = rpick_step(d->rows, d->n, 0, 1);
	return &d->v;
}
