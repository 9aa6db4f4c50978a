/*
 * libFuzzer harness for load_buffer.  Besides what the sanitizers catch
 * (crashes, leaks, undefined behaviour) it checks the loader's promises:
 * a result is all or nothing, every diagnostic has a sane place, and a
 * loaded doc holds only what model.h allows (valid UTF-8, no control
 * characters but \n and \t in text fields, slugs, references that resolve).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/load.h"
#include "core/base/utf8.h"

#define CHECK(cond)                                                             \
	do {                                                                    \
		if (!(cond)) {                                                  \
			fprintf(stderr, "%s:%d: broken promise: %s\n", __FILE__, \
				__LINE__, #cond);                               \
			abort();                                                \
		}                                                               \
	} while (0)

/* Valid UTF-8 without control characters; \n and \t only when text. */
static void check_str(const char *s, int text)
{
	size_t len;
	if (!s)
		return;
	len = strlen(s);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		CHECK(n > 0);
		if ((cp == '\n' || cp == '\t') && text)
			;
		else
			CHECK(!(cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)));
		i += n;
	}
}

static void check_strv(const struct strv *v, int text, int slugs)
{
	for (size_t i = 0; i < v->n; i++) {
		check_str(v->v[i], text);
		if (slugs)
			CHECK(slug_valid(v->v[i]));
	}
}

static void check_deck(const struct deck *d)
{
	CHECK(d->n_cards >= 1);
	for (size_t i = 0; i < d->n_suits; i++) {
		CHECK(slug_valid(d->suits[i].id));
		check_str(d->suits[i].title, 0);
		CHECK(d->suits[i].title);
		check_str(d->suits[i].description, 1);
	}
	for (size_t i = 0; i < d->n_cards; i++) {
		const struct card *c = &d->cards[i];
		CHECK(slug_valid(c->id) && c->title && c->weight >= 1);
		CHECK(deck_find_card(d, c->id) == (long)i);
		check_str(c->title, 0);
		check_str(c->body, 1);
		check_strv(&c->prompts, 1, 0);
		for (size_t k = 0; k < c->n_examples; k++) {
			const struct example *e = &c->examples[k];
			CHECK(e->text);
			check_str(e->text, 1);
			check_str(e->context, 1);
			check_str(e->why, 1);
			check_strv(&e->also, 0, 1);
			for (size_t a = 0; a < e->also.n; a++)
				CHECK(deck_find_card(d, e->also.v[a]) >= 0);
		}
		check_strv(&c->tags, 0, 1);
		if (d->n_suits)
			CHECK(c->suit && deck_find_suit(d, c->suit));
		else
			CHECK(!c->suit);
	}
}

static int role_ref(const struct flow *f, const char *s, int group_ok)
{
	return strcmp(s, "all") == 0 || (group_ok && strcmp(s, "group") == 0) ||
	       flow_find_role(f, s) >= 0;
}

static void check_flow(const struct flow *f)
{
	size_t rest = 0;
	CHECK(f->n_roles >= 1 && f->n_phases >= 1 && f->rounds >= 1);
	for (size_t i = 0; i < f->n_roles; i++) {
		const struct role *r = &f->roles[i];
		CHECK(slug_valid(r->id) && r->title && flow_find_role(f, r->id) == (long)i);
		CHECK(strcmp(r->id, "all") != 0 && strcmp(r->id, "group") != 0);
		CHECK(r->rest || r->count >= 1);
		check_str(r->title, 0);
		check_str(r->description, 1);
		rest += r->rest;
	}
	CHECK(rest <= 1);
	for (size_t i = 0; i < f->n_phases; i++) {
		const struct phase *p = &f->phases[i];
		CHECK(slug_valid(p->id) && p->title && flow_find_phase(f, p->id) == (long)i);
		CHECK(p->minutes >= 0);
		CHECK(!p->who || role_ref(f, p->who, 0));
		check_str(p->title, 0);
		check_str(p->guidance, 1);
		check_strv(&p->prompts, 1, 0);
		for (size_t k = 0; k < p->n_deals; k++) {
			const struct deal *dl = &p->deals[k];
			CHECK(slug_valid(dl->deck) && dl->to && role_ref(f, dl->to, 1));
			CHECK(dl->count >= 1 && (!dl->suit || slug_valid(dl->suit)));
		}
	}
}

static void check_doc(const struct doc *doc)
{
	CHECK(slug_valid(doc->id) && doc->title && strcmp(doc->path, "fuzz.json") == 0);
	CHECK(doc->id_pos.line >= 1 && doc->id_pos.col >= 1);
	check_str(doc->title, 0);
	check_str(doc->description, 1);
	check_str(doc->lang, 0);
	check_str(doc->version, 0);
	check_str(doc->license, 0);
	check_strv(&doc->authors, 0, 0);
	check_strv(&doc->sources, 0, 0);
	if (doc->kind == DOC_DECK)
		check_deck(&doc->deck);
	else
		check_flow(&doc->flow);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags d = {0};
	struct doc *doc = (struct doc *)&d; /* must be overwritten */
	size_t lines = 1;
	int rc = load_buffer("fuzz.json", (const char *)data, size, &doc, &d);

	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n';
	CHECK(rc == 0 || rc == -1);
	CHECK(rc == 0 ? doc != NULL : doc == NULL);
	CHECK(rc == 0 ? diags_count_errors(&d, false) == 0 : diags_count_errors(&d, false) > 0);
	CHECK(d.n <= 101);
	for (size_t i = 0; i < d.n; i++) {
		const struct diag *g = &d.v[i];
		CHECK(strcmp(g->file, "fuzz.json") == 0 && g->message && *g->message);
		CHECK(g->line >= 0 && (size_t)g->line <= lines);
		CHECK(g->line == 0 ? g->col == 0 : g->col >= 1 && (size_t)g->col <= size + 1);
		check_str(g->message, 0);
	}
	if (doc)
		check_doc(doc);
	doc_free(doc);
	diags_free(&d);
	return 0;
}
