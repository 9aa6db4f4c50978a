/*
 * Words of an anonymised transcript that look like names it did not replace
 * (anonymise.h, anon_suspects): the reflections are read after anonymising,
 * and the words of the round's flow and decks (titles, bodies, prompts) do
 * not count, since a reflection quotes a card's "Curiosity" often.
 */
#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/round/transcript.h"
#include "core/round/transcript_int.h"

static void tx_know_strv(struct anon *a, const struct strv *v)
{
	for (size_t i = 0; i < v->n; i++)
		anon_know(a, v->v[i]);
}

static void tx_know_flow(struct anon *a, const struct flow *f)
{
	for (size_t i = 0; i < f->n_roles; i++) {
		anon_know(a, f->roles[i].title);
		anon_know(a, f->roles[i].description);
	}
	for (size_t i = 0; i < f->n_phases; i++) {
		anon_know(a, f->phases[i].title);
		anon_know(a, f->phases[i].guidance);
		tx_know_strv(a, &f->phases[i].prompts);
	}
}

static void tx_know_deck(struct anon *a, const struct deck *dk)
{
	for (size_t i = 0; i < dk->n_suits; i++) {
		anon_know(a, dk->suits[i].title);
		anon_know(a, dk->suits[i].description);
	}
	for (size_t i = 0; i < dk->n_cards; i++) {
		const struct card *c = &dk->cards[i];
		anon_know(a, c->title);
		anon_know(a, c->body);
		tx_know_strv(a, &c->prompts);
		for (size_t e = 0; e < c->n_examples; e++) {
			anon_know(a, c->examples[e].text);
			anon_know(a, c->examples[e].context);
			anon_know(a, c->examples[e].why);
		}
	}
}

static void tx_know_doc(struct anon *a, const struct doc *doc)
{
	if (!doc)
		return;
	anon_know(a, doc->title);
	anon_know(a, doc->description);
	if (doc->kind == DOC_FLOW)
		tx_know_flow(a, &doc->flow);
	else
		tx_know_deck(a, &doc->deck);
}

/* The words of the round's own flow and decks, as far as they are known. */
static void tx_know_round(struct anon *a, const struct session *s)
{
	anon_know(a, session_flow_title(s));
	const struct strv *decks = session_deck_ids(s);
	tx_know_strv(a, session_phase_ids(s));
	tx_know_strv(a, session_role_ids(s));
	tx_know_strv(a, decks);
	tx_know_doc(a, session_flow(s));
	for (size_t i = 0; i < decks->n; i++)
		tx_know_doc(a, session_deck(s, decks->v[i]));
}

struct tx_check {
	const struct tx *t;
	const struct entry *e;
	struct strv *out;
};

static void tx_check_word(void *ctx, const char *word, size_t wlen, size_t line,
			  const char *line_text, size_t line_len)
{
	const struct tx_check *c = ctx;
	char hm[16];
	char *w = xstrndup(word, wlen), *l = xstrndup(line_text, line_len);
	char *msg = xasprintf("\"%s\" in round %zu, %s, %s, line %zu: %s", w, c->e->round + 1,
			      tx_phase_title(c->t, c->e->phase), tx_hhmm(c->e->at, hm), line, l);
	strv_push_owned(c->out, utf8_visible(msg, false));
	free(w);
	free(l);
	free(msg);
}

void transcript_check_names(const struct session *s, struct strv *out)
{
	struct tx t;
	tx_init(&t, s, true);
	tx_know_round(&t.names_found, s);
	for (size_t i = 0; i < session_n_entries(s); i++) {
		const struct entry *e = session_entry(s, i);
		if (e->deleted)
			continue;
		struct tx_check c = {&t, e, out};
		char *text = tx_anon_text(&t, e->text);
		anon_suspects(&t.names_found, text, tx_check_word, &c);
		free(text);
	}
	tx_fini(&t);
}
