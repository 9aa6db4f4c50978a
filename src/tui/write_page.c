#include "write_page.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "practice_text.h"

static const struct practice_step *cur(const struct wpage *pg)
{
	return &pg->steps->v[pg->step];
}

static const struct card *target(const struct wpage *pg)
{
	return &pg->w->drill->deck.cards[pg->w->card];
}

static const struct card *vignette(const struct wpage *pg)
{
	return &pg->w->vignettes->deck.cards[pg->w->vignette];
}

const char *wpage_title(const struct wpage *pg)
{
	return cur(pg)->title;
}

bool wpage_last(const struct wpage *pg)
{
	return pg->step + 1 >= pg->steps->n;
}

/* left, then right flush with cols when both fit; NULL when they do not. */
static char *header_fit(const char *left, const char *right, size_t cols)
{
	size_t lw = utf8_width(left), rw = utf8_width(right);
	if (!*right)
		return lw <= cols ? xstrdup(left) : NULL;
	if (lw + 2 + rw > cols)
		return NULL;
	return xasprintf("%s%*s%s", left, (int)(cols - lw - rw), "", right);
}

/* left cut with "…" so that right still fits; left alone (cut by the drawing)
 * when there is no right or not even one character of left would fit. */
static char *header_cut(const char *left, const char *right, size_t cols)
{
	size_t rw = utf8_width(right), ell = utf8_width("…");
	if (!*right || cols < 1 + ell + 2 + rw)
		return xstrdup(left);
	size_t keep = utf8_prefix_fitting(left, cols - ell - 2 - rw);
	while (keep > 0 && left[keep - 1] == ' ')
		keep--; /* "Write…", not "Write …" */
	char *cut = xasprintf("%.*s…", (int)keep, left);
	char *out = header_fit(cut, right, cols);
	free(cut);
	return out;
}

char *wpage_header(const struct wpage *pg, const char *clock, size_t cols)
{
	const struct practice_step *st = cur(pg);
	char *left = xasprintf("Step %zu of %zu · %s", pg->step + 1, pg->steps->n, st->title);
	char *brief = xasprintf("%zu/%zu · %s", pg->step + 1, pg->steps->n, st->title);
	char *right = st->minutes > 0 ? xasprintf("suggested %g min%s%s", st->minutes,
						  clock && *clock ? " · " : "", clock ? clock : "")
				       : xstrdup("");
	const char *c = clock && st->minutes > 0 ? clock : "";
	char *out = header_fit(left, right, cols);
	if (!out)
		out = header_fit(left, c, cols);
	if (!out)
		out = header_fit(brief, c, cols);
	if (!out)
		out = header_cut(brief, c, cols);
	free(left);
	free(brief);
	free(right);
	return out;
}

static void add_list(struct tlines *t, const char *title, const struct strv *items, size_t w)
{
	if (!items || !items->n)
		return;
	tlines_gap(t);
	if (title)
		tlines_add(t, title, w, TL_HEADING, NULL);
	for (size_t i = 0; i < items->n; i++)
		tlines_add(t, items->v[i], w, TL_NORMAL, "• ");
}

/* The card's examples as "[context] text" bullets. */
static void add_examples(struct tlines *t, const struct card *c, size_t w)
{
	struct strv lines = {0};
	for (size_t i = 0; i < c->n_examples; i++)
		strv_push_owned(&lines, example_line(&c->examples[i]));
	add_list(t, "Examples", &lines, w);
	strv_free(&lines);
}

/* The type to write: first, so a small screen shows it before the vignette. */
static void add_target(const struct wpage *pg, struct tlines *t, size_t w, const char *head)
{
	const struct card *c = target(pg);
	const struct deck *deck = &pg->w->drill->deck;
	const struct suit *s = c->suit ? deck_find_suit(deck, c->suit) : NULL;
	tlines_add(t, head, w, TL_HEADING, NULL);
	tlines_add(t, ptext_card_title(c), w, TL_TITLE, NULL);
	if (s && deck_count_suit(deck, s->id) > 1)
		tlines_add(t, s->title ? s->title : s->id, w, TL_DIM, NULL);
}

static void add_vignette(const struct wpage *pg, struct tlines *t, size_t w)
{
	const struct card *v = vignette(pg);
	tlines_gap(t);
	tlines_add(t, ptext_card_title(v), w, TL_HEADING, "Vignette: ");
	if (v->body)
		tlines_add(t, v->body, w, TL_NORMAL, NULL);
}

/* The card in full, for the step that deals it. */
static void add_card(const struct wpage *pg, struct tlines *t, size_t w)
{
	tlines_gap(t);
	add_target(pg, t, w, "The question type dealt");
	if (target(pg)->body)
		tlines_add(t, target(pg)->body, w, TL_NORMAL, NULL);
	add_list(t, "Prompts", &target(pg)->prompts, w);
	add_examples(t, target(pg), w);
}

/* The top of every page: why built-in, which exercise. */
static void add_top(const struct wpage *pg, struct tlines *t, size_t w)
{
	if (pg->steps->fallback && pg->step == 0) {
		char *s = xasprintf("Built-in steps: %s.", pg->steps->fallback);
		tlines_add(t, s, w, TL_DIM, NULL);
		free(s);
	}
	if (pg->n > 1) {
		char *h = xasprintf("Exercise %zu of %zu", pg->exercise, pg->n);
		tlines_add(t, h, w, TL_DIM, NULL);
		free(h);
	}
}

/* The step's guidance and prompts. */
static void add_guidance(const struct wpage *pg, struct tlines *t, size_t w)
{
	const struct practice_step *st = cur(pg);
	tlines_gap(t);
	if (st->guidance)
		tlines_add(t, st->guidance, w, TL_NORMAL, NULL);
	add_list(t, NULL, st->prompts, w);
}

/* "Enter: next step" or where Enter goes from the last step. */
static const char *enter_words(const struct wpage *pg)
{
	return !wpage_last(pg) ? "Enter: next step"
	       : pg->exercise < pg->n ? "Enter: the next exercise"
				      : "Enter: finish";
}

static void add_hint(const struct wpage *pg, struct tlines *t, size_t w, const char *keys)
{
	char *s = xasprintf("%s%s%s", keys ? keys : "", keys ? " · " : "", enter_words(pg));
	tlines_gap(t);
	tlines_add(t, s, w, TL_DIM, NULL);
	free(s);
}

static void page_read(const struct wpage *pg, struct tlines *t, size_t w)
{
	const struct practice_step *st = cur(pg);
	add_guidance(pg, t, w);
	if (st->vignette)
		add_vignette(pg, t, w);
	if (st->card)
		add_card(pg, t, w);
	const struct practice_write *x = pg->w;
	bool any = false;
	for (size_t i = 0; st->note && i < x->notes.n; i++)
		if (strcmp(x->note_steps.v[i], st->id) == 0) {
			if (!any) {
				tlines_gap(t);
				tlines_add(t, "Your notes", w, TL_HEADING, NULL);
			}
			any = true;
			tlines_add(t, x->notes.v[i], w, TL_NORMAL, "• ");
		}
	char *keys = xasprintf("%s%s%s", st->drill ? "d: name the type of example questions now" : "",
			       st->drill && st->note ? " · " : "",
			       st->note ? (any ? "w: write another note" : "w: write a note") : "");
	add_hint(pg, t, w, *keys ? keys : NULL);
	free(keys);
}

static void page_write(const struct wpage *pg, struct tlines *t, size_t w)
{
	const struct card *c = target(pg);
	/* the type first, so a small screen shows it before the guidance */
	tlines_gap(t);
	add_target(pg, t, w, "Write questions of this type");
	add_guidance(pg, t, w);
	add_vignette(pg, t, w);
	if (c->body) {
		tlines_gap(t);
		tlines_add(t, "About this type", w, TL_HEADING, NULL);
		tlines_add(t, c->body, w, TL_NORMAL, NULL);
	}
	add_list(t, "Your questions", &pg->w->questions, w);
	add_hint(pg, t, w, pg->w->questions.n ? "w: write another · c: compare with the card's examples"
					      : "w: write a question");
}

static const char *mark_prefix(enum practice_mark m)
{
	return m == MARK_ON_TARGET ? "✓ " : m == MARK_NOT_YET ? "… " : "? ";
}

/* Own questions, each with its mark, recording where each starts. */
static void page_check(const struct wpage *pg, struct tlines *t, size_t w, size_t *q_from)
{
	const struct practice_write *x = pg->w;
	add_guidance(pg, t, w);
	tlines_gap(t);
	tlines_add(t, "Your questions", w, TL_HEADING, NULL);
	if (!x->questions.n) {
		q_from[0] = t->n;
		tlines_add(t, "None yet: w writes one.", w, TL_NORMAL, NULL);
		add_hint(pg, t, w, NULL);
		return;
	}
	char *h = xasprintf("%zu on target · %zu not yet · %zu to mark",
			    practice_write_count(x, MARK_ON_TARGET), practice_write_count(x, MARK_NOT_YET),
			    practice_write_count(x, MARK_NONE));
	tlines_add(t, h, w, TL_DIM, NULL);
	free(h);
	for (size_t i = 0; i < x->questions.n; i++) {
		/* the selection also shows as a sign, for screens without reverse video */
		char *first = xasprintf("%s%s", i == pg->sel ? "▸ " : "  ", mark_prefix(x->marks[i]));
		q_from[i] = t->n;
		tlines_add(t, x->questions.v[i], w, TL_NORMAL, first);
		free(first);
	}
	q_from[x->questions.n] = t->n;
	add_hint(pg, t, w, "o: on target · x: not yet · w: write another");
}

/* The card's side: its title, then its examples and prompts. */
static void page_theirs(const struct wpage *pg, struct tlines *t, size_t w)
{
	char *h = xasprintf("The card: %s", ptext_card_title(target(pg)));
	tlines_add(t, h, w, TL_HEADING, NULL);
	free(h);
	add_examples(t, target(pg), w);
	add_list(t, "Prompts", &target(pg)->prompts, w);
}

void wpage_lines(const struct wpage *pg, size_t w, struct tlines *lines, struct tlines *theirs,
		 size_t *q_from)
{
	add_top(pg, lines, w);
	switch (cur(pg)->kind) {
	case PSTEP_READ: page_read(pg, lines, w); break;
	case PSTEP_WRITE: page_write(pg, lines, w); break;
	case PSTEP_CHECK:
		page_check(pg, lines, w, q_from);
		page_theirs(pg, theirs, w);
		break;
	}
}
