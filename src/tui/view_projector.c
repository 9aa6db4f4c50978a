#include "view_projector.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/clock.h"
#include "core/deck/model.h"
#include "core/base/xalloc.h"
#include "core/round/turn.h"
#include "round_int.h"
#include "round_projector.h"
#include "round_seats.h"

struct projector {
	struct view v;
	const struct session *s;
	const struct rtimer *t;
	long card; /* index into s->dealt, or -1 */
	bool phase; /* showing the phase (prompts, roles), not the card (PJ_SWITCH) */
};

static const enum action projector_keys[] = {ACT_PJ_NEXT, ACT_PJ_PREV, ACT_PJ_SWITCH, ACT_PJ_BACK,
					     ACT_HELP, ACT_NONE};

/* Who holds which role this round, one line each ("Presenter: Ana"); caller frees. */
static char *projector_roles(const struct session *s)
{
	const struct doc *f = session_flow(s);
	const int *seats = session_seats(s, session_round_index(s));
	struct strv lines = {0};
	if (f && seats)
		rseats_lines(&f->flow, session_people(s), seats, false, &lines);
	char *out = xstrdup("");
	for (size_t i = 0; i < lines.n; i++) {
		char *next = xasprintf("%s\n%s", out, lines.v[i]); /* a blank row under the title */
		free(out);
		out = next;
	}
	strv_free(&lines);
	return out;
}

static void projector_draw(struct view *v)
{
	static const enum pal style[] = {
		[RPROJ_PHASE] = PAL_HEADING, [RPROJ_CARD] = PAL_OK,
		[RPROJ_DIM] = PAL_DIM,	     [RPROJ_BODY] = PAL_NORMAL};
	struct projector *p = (struct projector *)v;
	struct rect a = v->area;
	const struct phase *ph = session_phase(p->s);
	const struct dealt *c = p->card >= 0 ? session_dealt(p->s, p->card) : NULL;
	const struct doc *d = c ? session_deck(p->s, c->deck) : NULL;
	long k = d ? deck_find_card(&d->deck, c->card) : -1;
	char *about = c ? xasprintf("%s · for %s", d && d->title ? d->title : c->deck,
				    c->person >= 0 ? session_people(p->s)->v[c->person] : "the table")
			: NULL;
	char *roles = p->phase ? projector_roles(p->s) : NULL;
	struct rproj_in in = {
		.phase = ph ? ph->title : "",
		.about = about,
		.card = c ? rphase_card_title(p->s, c->deck, c->card) : NULL,
		.body = k >= 0 ? d->deck.cards[k].body : NULL,
		.prompts = k >= 0 ? &d->deck.cards[k].prompts : NULL,
	};
	if (p->phase) /* the phase alone: who holds which role, and its prompts */
		in = (struct rproj_in){.phase = in.phase, .body = roles, .prompts = ph ? &ph->prompts : NULL};
	struct rproj_screen scr;
	rproj_screen(&in, a.w > 0 ? (size_t)a.w : 0, a.h > 0 ? (size_t)a.h : 0, &scr);
	for (size_t i = 0; i < scr.n; i++) {
		const struct rproj_line *l = &scr.v[i];
		draw_text(a.y + (int)l->y, a.x + (int)l->x, a.w - (int)l->x, l->text, style[l->style]);
	}
	rproj_screen_free(&scr);
	free(about);
	free(roles);
	char t[32];
	bool over = rtimer_text(p->t, now_wall_ms(), t, sizeof t);
	draw_text(a.y + a.h - 1, a.x + a.w - (int)strlen(t) - 1, (int)strlen(t), t,
		  over ? PAL_WARN : PAL_DIM);
}

/* The next (dir +1) or previous card in hand after p->card (turn_hand's order), or p->card. */
static long projector_step(const struct projector *p, int dir)
{
	const struct session *s = p->s;
	size_t *hand = xcalloc(session_n_dealt(s) ? session_n_dealt(s) : 1, sizeof *hand);
	size_t n = turn_hand(s, hand), at = n;
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
	if (act == ACT_PJ_SWITCH) {
		p->phase = !p->phase;
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
