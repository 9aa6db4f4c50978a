#include "view_drill.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/clock.h"
#include "core/deck/catalog.h"
#include "core/practice/practice_drill.h"
#include "core/practice/practice_summary.h"
#include "core/base/xalloc.h"
#include "practice_app.h"
#include "practice_text.h"
#include "scroll_keys.h"
#include "tlines.h"
#include "view_drill_summary.h"

struct drill_view {
	struct view v;
	struct practice_store store;
	struct practice_drill dr;
	struct tlines lines;
	struct scroll sc;
	size_t question;	/* line where the question starts */
	size_t verdict, verdict_end; /* lines of the verdict ("Right", "Not quite"...) */
	enum practice_drill_state laid; /* the state the lines were laid out for */
};

static const enum action drill_keys[] = {ACT_PR_ANSWER, ACT_PR_UNDO, ACT_PR_NEXT, ACT_UP,
					 ACT_DOWN,	ACT_PGUP,    ACT_PGDN,	  ACT_CLOSE,
					 ACT_HELP,	ACT_NONE};
static const enum action ask_bar[] = {ACT_PR_ANSWER, ACT_CLOSE, ACT_HELP, ACT_NONE};
static const enum action feedback_bar[] = {ACT_PR_NEXT, ACT_PGDN, ACT_CLOSE, ACT_HELP, ACT_NONE};
static const struct view_ops drill_ask_ops, drill_feedback_ops;

static const struct deck *drill_deck(const struct drill_view *d)
{
	return &d->dr.doc->deck;
}

static void drill_header(struct drill_view *d, size_t w)
{
	char *s = practice_header_line(&d->dr);
	tlines_add(&d->lines, s, w, TL_DIM, NULL);
	free(s);
	tlines_gap(&d->lines);
}

/* The verdict's mark and colour: ✓ right (by the example's own card or one it
 * also accepts), ½ the type right and another subtype, ✗ wrong. */
static const char *const verdict_mark[] = {"✗ ", "½ ", "✓ ", "✓ "};
static const enum pal verdict_pal[] = {PAL_WARN, PAL_PART, PAL_OK, PAL_OK};

static void drill_question(struct drill_view *d, size_t w)
{
	const struct practice_item *it = practice_drill_item(&d->dr);
	d->question = d->lines.n;
	if (it->context)
		tlines_add(&d->lines, it->context, w, TL_DIM, NULL);
	char *q = xasprintf("“%s”", it->text);
	tlines_add(&d->lines, q, w, TL_TITLE, NULL);
	free(q);
	tlines_gap(&d->lines);
}

static void drill_feedback(struct drill_view *d, size_t w)
{
	struct strv fb = {0};
	practice_feedback_lines(&d->dr, &fb);
	d->verdict = d->lines.n;
	if (fb.n)
		tlines_add(&d->lines, fb.v[0], w, TL_TITLE,
			   verdict_mark[practice_drill_verdict(&d->dr)]);
	d->verdict_end = d->lines.n;
	if (fb.n > 1)
		tlines_add(&d->lines, fb.v[1], w, TL_DIM, "  ");
	for (size_t i = 2; i < fb.n; i++) {
		tlines_gap(&d->lines);
		tlines_add(&d->lines, fb.v[i], w, TL_NORMAL, NULL);
	}
	strv_free(&fb);
}

static void drill_lines(struct drill_view *d, size_t w)
{
	const struct deck *deck = drill_deck(d);
	tlines_free(&d->lines);
	d->verdict = d->verdict_end = 0;
	if (!practice_drill_item(&d->dr))
		return;
	drill_header(d, w);
	drill_question(d, w);
	if (d->dr.state == DRILL_ASK_SUIT) {
		tlines_add(&d->lines, "What type of question is it?", w, TL_HEADING, NULL);
		ptext_suit_keys(deck, w, &d->lines);
	} else if (d->dr.state == DRILL_ASK_CARD) {
		char *h = xasprintf("%s: which one?", ptext_suit_title(deck, d->dr.given_suit));
		tlines_add(&d->lines, h, w, TL_HEADING, NULL);
		free(h);
		ptext_card_keys(deck, d->dr.given_suit, w, &d->lines);
		tlines_add(&d->lines, "Backspace: name the type again", w, TL_DIM, NULL);
	} else {
		drill_feedback(d, w);
	}
}

static void drill_layout(struct view *v)
{
	struct drill_view *d = (struct drill_view *)v;
	size_t w = v->area.w > 6 ? (size_t)v->area.w - 4 : 2;
	drill_lines(d, w < DRAW_MEASURE ? w : DRAW_MEASURE);
	size_t rows = v->area.h > 2 ? (size_t)v->area.h - 2 : 1;
	/* the key line follows the step: answer keys, or the key to go on */
	v->ops = d->dr.state == DRILL_FEEDBACK ? &drill_feedback_ops : &drill_ask_ops;
	if (d->laid != d->dr.state) {
		/* a new step: start from the question when it all does not fit */
		d->sc.top = d->sc.sel = d->lines.n > rows ? d->question : 0;
		d->laid = d->dr.state;
	}
	scroll_set(&d->sc, d->lines.n, rows);
}

static void drill_draw(struct view *v)
{
	struct drill_view *d = (struct drill_view *)v;
	struct rect r = v->area;
	papp_draw_lines(&d->lines, &d->sc, (struct rect){r.y + 1, r.x + 2, (int)d->sc.rows, r.w - 4},
			d->verdict, d->verdict_end, verdict_pal[practice_drill_verdict(&d->dr)]);
	draw_more(r.y + r.h - 1, r.x + 2, r.w - 4, d->sc.top > 0,
		  d->sc.top < scroll_max_top(&d->sc));
}

/* Leaving: after at least one answer, the summary of what was answered. */
static int drill_leave(struct drill_view *d)
{
	if (d->dr.answered)
		app_push(d->v.app, drill_summary_open(d->v.app, &d->dr));
	return R_CLOSE;
}

/* A key that does nothing here: say which keys do. */
static int drill_hint(struct drill_view *d)
{
	const struct deck *deck = drill_deck(d);
	if (d->dr.state == DRILL_FEEDBACK) {
		app_message(d->v.app, PAL_NORMAL, "Enter or n: the next question · Esc: leave");
	} else if (d->dr.state == DRILL_ASK_CARD) {
		size_t *c = xcalloc(deck->n_cards + 1, sizeof *c);
		size_t n = practice_suit_cards(deck, d->dr.given_suit, c, deck->n_cards);
		free(c);
		app_message(d->v.app, PAL_NORMAL, "Keys 1–%zu name the subtype · Backspace: the type again",
			    n);
	} else {
		char letters[64] = "";
		for (size_t i = 0, o = 0; i < deck->n_suits && o + 3 < sizeof letters; i++)
			if (practice_suit_initial(deck, i))
				o += (size_t)snprintf(letters + o, sizeof letters - o, " %c",
						      practice_suit_initial(deck, i));
		app_message(d->v.app, PAL_NORMAL, "Keys 1–%zu%s%s name the type · Esc: leave · ?: help",
			    deck->n_suits, *letters ? " or" : "", letters);
	}
	return R_REDRAW;
}

/* Records through the drill; a failed write is said, the feedback shows anyway. */
static int drill_answered(struct drill_view *d, int rc, struct diags *g)
{
	if (rc != 0)
		papp_say(d->v.app, g);
	diags_free(g);
	drill_layout(&d->v);
	return R_REDRAW;
}

static int drill_ask(struct drill_view *d, int key)
{
	struct diags g = {0};
	const struct deck *deck = drill_deck(d);
	if (d->dr.state == DRILL_ASK_SUIT) {
		long s = practice_suit_for_key(deck, key);
		if (s < 0)
			return -1;
		return drill_answered(d, practice_drill_suit(&d->dr, (size_t)s, now_wall_s(), &g), &g);
	}
	size_t *c = xcalloc(deck->n_cards + 1, sizeof *c);
	size_t n = practice_suit_cards(deck, d->dr.given_suit, c, deck->n_cards);
	free(c);
	if (key < '1' || key > '9' || (size_t)(key - '1') >= n)
		return -1;
	return drill_answered(d, practice_drill_card(&d->dr, (size_t)(key - '1'), now_wall_s(), &g),
			      &g);
}

static int drill_key(struct view *v, int key, enum action act)
{
	struct drill_view *d = (struct drill_view *)v;
	int r;
	/* while asking, a type's letter wins over what the letter does elsewhere */
	if ((d->dr.state == DRILL_ASK_SUIT || d->dr.state == DRILL_ASK_CARD) &&
	    (r = drill_ask(d, key)) >= 0)
		return r;
	switch (act) {
	case ACT_PR_UNDO:
		if (d->dr.state != DRILL_ASK_CARD)
			return drill_hint(d);
		practice_drill_back(&d->dr);
		drill_layout(v);
		return R_REDRAW;
	case ACT_PR_NEXT:
		if (d->dr.state != DRILL_FEEDBACK)
			return drill_hint(d);
		practice_drill_next(&d->dr);
		if (d->dr.state == DRILL_DONE)
			return drill_leave(d);
		drill_layout(v);
		return R_REDRAW;
	case ACT_UP:
	case ACT_DOWN:
	case ACT_PGUP:
	case ACT_PGDN:
		return scroll_keys_read(&d->sc, act);
	case ACT_CLOSE:
		return drill_leave(d);
	case ACT_HELP:
	case ACT_INTERRUPT:
	case ACT_REDRAW:
		return R_PASS;
	default:
		return key == K_RESIZE ? R_NONE : drill_hint(d);
	}
}

static char *drill_title(const struct view *v)
{
	const struct drill_view *d = (const struct drill_view *)v;
	return xasprintf("Name it · %s", d->dr.doc->title ? d->dr.doc->title : d->dr.doc->id);
}

static void drill_close(struct view *v)
{
	struct drill_view *d = (struct drill_view *)v;
	practice_drill_free(&d->dr);
	practice_store_close(&d->store);
	tlines_free(&d->lines);
	free(d);
}

static const struct view_ops drill_ask_ops = {
	.name = "Name it",
	.keys = drill_keys,
	.bar = ask_bar,
	.draw = drill_draw,
	.key = drill_key,
	.layout = drill_layout,
	.close = drill_close,
	.title = drill_title,
};

/* The same screen once an answer is shown: only the key line differs. */
static const struct view_ops drill_feedback_ops = {
	.name = "Name it",
	.keys = drill_keys,
	.bar = feedback_bar,
	.draw = drill_draw,
	.key = drill_key,
	.layout = drill_layout,
	.close = drill_close,
	.title = drill_title,
};

struct view *drill_open(struct app *a, const struct practice_setup *p)
{
	const struct doc *doc = catalog_find_kind(a->opts->cat, p->deck, DOC_DECK);
	struct drill_view *d = xcalloc(1, sizeof *d);
	struct diags g = {0};
	d->v.ops = &drill_ask_ops;
	d->v.app = a;
	d->laid = DRILL_DONE;
	if (!doc || papp_store_open(a, &d->store) != 0 ||
	    practice_drill_start(&d->dr, doc, &d->store.log, p->suit, p->n, now_wall_s(), p->seed,
				 &g) != 0) {
		papp_say(a, &g);
		diags_free(&g);
		practice_store_close(&d->store);
		practice_drill_free(&d->dr);
		free(d);
		return NULL;
	}
	d->dr.journal = d->store.journal;
	return &d->v;
}
