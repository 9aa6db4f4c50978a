#include "view_projector.h"

#include <stdlib.h>
#include <string.h>

#include "core/model.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "round_capture.h"
#include "round_int.h"
#include "round_projector.h"
#include "tlines.h"

struct projector {
	struct view v;
	const struct session *s;
	const struct rtimer *t;
	long card; /* index into s->dealt, or -1 */
};

static const enum action projector_keys[] = {ACT_PJ_NEXT, ACT_PJ_PREV, ACT_PJ_BACK, ACT_HELP,
					     ACT_NONE};

/* Draws lines centred from row y while they fit above row end; returns the next row. */
static int projector_lines(const struct strv *l, int y, int end, const struct rect *a, enum pal p)
{
	for (size_t i = 0; i < l->n && y < end; i++, y++)
		draw_center(y, a->x + 1, a->w - 2, l->v[i], p);
	return y;
}

static int projector_big(const char *text, int y, int end, const struct rect *a, enum pal p)
{
	struct strv l = {0};
	rproj_layout(text, a->w > 6 ? (size_t)a->w - 6 : 1, utf8_width, utf8_next, &l);
	y = projector_lines(&l, y, end, a, p);
	strv_free(&l);
	return y;
}

/* The card's body and prompts, wrapped plain, as much as fits. */
static void projector_body(const struct card *c, int y, int end, const struct rect *a)
{
	struct tlines t = {0};
	size_t w = a->w > 8 ? (size_t)a->w - 8 : 1;
	w = w < DRAW_MEASURE ? w : DRAW_MEASURE;
	if (c->body)
		tlines_add(&t, c->body, w, TL_NORMAL, NULL);
	for (size_t i = 0; i < c->prompts.n; i++) {
		tlines_gap(&t);
		tlines_add(&t, c->prompts.v[i], w, TL_NORMAL, NULL);
	}
	int x = a->x + (a->w - (int)w) / 2;
	for (size_t i = 0; i < t.n && y < end; i++, y++)
		draw_text(y, x, (int)w, t.v[i].text, PAL_NORMAL);
	tlines_free(&t);
}

static void projector_draw(struct view *v)
{
	struct projector *p = (struct projector *)v;
	struct rect a = v->area;
	const struct phase *ph = session_phase(p->s);
	int end = a.y + a.h - 1, y = a.y + (a.h > 16 ? 2 : 1);
	y = projector_big(ph ? ph->title : "", y, end, &a, PAL_HEADING) + 1;
	const struct dealt *c = p->card >= 0 ? &p->s->dealt[p->card] : NULL;
	const struct doc *d = c ? session_deck(p->s, c->deck) : NULL;
	long k = d ? deck_find_card(&d->deck, c->card) : -1;
	if (c) {
		const char *who = c->person >= 0 ? p->s->people.v[c->person] : "the table";
		char *line = xasprintf("%s · for %s", d && d->title ? d->title : c->deck, who);
		if (y < end)
			draw_center(y++, a.x + 1, a.w - 2, line, PAL_DIM);
		free(line);
		y = projector_big(rphase_card_title(p->s, c->deck, c->card), y, end, &a, PAL_OK) + 1;
	}
	if (k >= 0)
		projector_body(&d->deck.cards[k], y, end, &a);
	char t[32];
	bool over = rtimer_text(p->t, round_now_ms(), t, sizeof t);
	draw_text(a.y + a.h - 1, a.x + a.w - (int)strlen(t) - 1, (int)strlen(t), t,
		  over ? PAL_WARN : PAL_DIM);
}

/* The next (dir +1) or previous card in hand after p->card (rcap_hand's order), or p->card. */
static long projector_step(const struct projector *p, int dir)
{
	const struct session *s = p->s;
	size_t *hand = xcalloc(s->n_dealt ? s->n_dealt : 1, sizeof *hand);
	size_t n = rcap_hand(s, hand), at = n;
	for (size_t k = 0; k < n; k++)
		at = (long)hand[k] == p->card ? k : at;
	long to = p->card;
	if (at == n && n)
		to = (long)hand[dir > 0 ? 0 : n - 1];
	else if (at < n && (dir > 0 ? at + 1 < n : at > 0))
		to = (long)hand[dir > 0 ? at + 1 : at - 1];
	free(hand);
	return to;
}

static int projector_key(struct view *v, int key, enum action act)
{
	struct projector *p = (struct projector *)v;
	(void)key;
	if (act == ACT_PJ_NEXT || act == ACT_PJ_PREV) {
		long to = projector_step(p, act == ACT_PJ_NEXT ? 1 : -1);
		if (to == p->card)
			return R_NONE;
		p->card = to;
		return R_REDRAW;
	}
	if (act == ACT_HELP || act == ACT_INTERRUPT || act == ACT_REDRAW)
		return R_PASS;
	return R_CLOSE;
}

static void projector_close(struct view *v)
{
	free(v);
}

static const struct view_ops projector_ops = {
	.name = "Projector",
	.keys = projector_keys,
	.bar = projector_keys,
	.flags = VIEW_BARE,
	.draw = projector_draw,
	.key = projector_key,
	.close = projector_close,
};

struct view *projector_open(struct app *a, const struct session *s, const struct rtimer *t,
			    long card)
{
	struct projector *p = xcalloc(1, sizeof *p);
	(void)a;
	p->v.ops = &projector_ops;
	p->s = s;
	p->t = t;
	p->card = card;
	return &p->v;
}
