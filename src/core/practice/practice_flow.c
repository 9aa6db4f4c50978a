#include "core/practice/practice_flow.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/practice/practice_deal.h"
#include "core/deck/seating.h"
#include "core/base/xalloc.h"

/* What the built-in steps say (and what a flow without a check step gets). */
static const struct practice_step builtin_write = {
	.kind = PSTEP_WRITE, .id = "write", .title = "Write your questions",
	.guidance = "Write one or more questions of the type dealt, for people in the "
		    "vignette: w opens the editor.",
};
static const struct practice_step builtin_check = {
	.kind = PSTEP_CHECK, .id = "check", .title = "Check them",
	.guidance = "Compare your questions with the card's examples and prompts, and mark "
		    "each one on target or not yet.",
};

/* The first two deals in phase order: phase indexes in ph, deals in dl; how many (0-2). */
static int first_deals(const struct flow *f, size_t ph[2], const struct deal *dl[2])
{
	int k = 0;
	for (size_t p = 0; p < f->n_phases && k < 2; p++)
		for (size_t j = 0; j < f->phases[p].n_deals && k < 2; j++, k++) {
			ph[k] = p;
			dl[k] = &f->phases[p].deals[j];
		}
	return k;
}

/* The phases to write in (*w) and to check in (*c, -1: none): the first two
 * after phase from that capture text.  -1 when there is none to write in. */
static int write_phases(const struct flow *f, size_t from, long *w, long *c)
{
	*w = *c = -1;
	for (size_t p = from + 1; p < f->n_phases; p++) {
		if (f->phases[p].capture == CAPTURE_NONE)
			continue;
		if (*w < 0)
			*w = (long)p;
		else if (*c < 0)
			*c = (long)p;
	}
	return *w < 0 ? -1 : 0;
}

static void steps_push(struct practice_steps *s, const struct practice_step *st)
{
	s->v = xrealloc(s->v, (s->n + 1) * sizeof *s->v);
	s->v[s->n++] = *st;
}

static struct practice_step phase_step(const struct phase *ph, enum pstep_kind kind)
{
	return (struct practice_step){
		.kind = kind, .id = ph->id, .title = ph->title ? ph->title : ph->id,
		.guidance = ph->guidance, .prompts = ph->prompts.n ? &ph->prompts : NULL,
		.minutes = ph->minutes,
		.note = kind == PSTEP_READ && ph->capture != CAPTURE_NONE,
	};
}

/* True when the target deck (of suit) can be drilled by naming types. */
static bool drillable(const struct catalog *cat, const char *deck, const char *suit)
{
	struct practice_setup p = {.deck = deck, .suit = suit, .mode = PRACTICE_MODE_NAME, .n = 1};
	struct diags quiet = {0};
	int rc = practice_setup_check(cat, &p, &quiet);
	diags_free(&quiet);
	return rc == 0;
}

/* The steps, one per phase: ph the scene's and target's phases, w and c as write_phases. */
static void build_steps(const struct catalog *cat, const struct flow *f, const size_t ph[2],
			long w, long c, struct practice_steps *out)
{
	bool drill = drillable(cat, out->target_deck, out->target_suit);
	long after = c >= 0 ? c : w; /* the drill is offered after the check */
	for (size_t p = 0; p < f->n_phases; p++) {
		enum pstep_kind k = (long)p == w ? PSTEP_WRITE : (long)p == c ? PSTEP_CHECK
									       : PSTEP_READ;
		struct practice_step st = phase_step(&f->phases[p], k);
		st.vignette = p == ph[0];
		st.card = p == ph[1];
		if (drill && st.note && (long)p > after) {
			st.drill = true;
			drill = false;
		}
		steps_push(out, &st);
		if ((long)p == w && c < 0)
			steps_push(out, &builtin_check);
	}
}

/* Why the deals' decks lack what the exercise needs (tsuit: the target's
 * suit), the deal at fault in *at; NULL when they have it.  Caller frees. */
static char *deals_lack(const struct catalog *cat, const struct doc *flow,
			const struct deal *dl[2], const char *tsuit, const struct pos **at)
{
	const struct doc *scene = catalog_find_kind(cat, dl[0]->deck, DOC_DECK);
	const struct doc *target = catalog_find_kind(cat, dl[1]->deck, DOC_DECK);
	*at = &dl[1]->deck_pos;
	if (!target)
		return xasprintf("flow '%s' deals its question types from '%s', which is not a "
				 "deck on the search path", flow->id, dl[1]->deck);
	if (tsuit && !deck_find_suit(&target->deck, tsuit))
		return xasprintf("flow '%s' deals its question types from '%s', which has no "
				 "suit '%s'", flow->id, dl[1]->deck, tsuit);
	if (practice_write_targets(&target->deck, tsuit) == 0)
		return xasprintf("flow '%s' deals its question types from '%s', where no card%s%s "
				 "has examples or prompts to compare your questions with",
				 flow->id, dl[1]->deck, tsuit ? " of suit " : "", tsuit ? tsuit : "");
	*at = &dl[0]->deck_pos;
	if (!scene || deck_count_suit(&scene->deck, dl[0]->suit) == 0)
		return xasprintf("flow '%s' deals its scene from '%s', which %s", flow->id,
				 dl[0]->deck, scene ? "has no card to deal"
						    : "is not a deck on the search path");
	return NULL;
}

int practice_steps_read(const struct catalog *cat, const struct doc *flow, const char *suit,
			struct practice_steps *out, struct diags *d)
{
	const struct flow *f = &flow->flow;
	size_t ph[2];
	const struct deal *dl[2];
	*out = (struct practice_steps){0};
	int k = first_deals(f, ph, dl);
	if (k < 2) {
		diags_error(d, flow->path, flow->id_pos.line, flow->id_pos.col, DIAG_SCHEMA,
			    "flow '%s' deals %s; writing questions needs two deals: first the "
			    "scene (such as a vignette), then the question type", flow->id,
			    k ? "only once" : "no card");
		return -1;
	}
	const char *tsuit = suit ? suit : dl[1]->suit;
	const struct pos *at;
	char *why = deals_lack(cat, flow, dl, tsuit, &at);
	if (why) {
		diags_error(d, flow->path, at->line, at->col, DIAG_REFERENCE, "%s", why);
		free(why);
		return -1;
	}
	long w, c;
	if (write_phases(f, ph[1], &w, &c) != 0) {
		diags_error(d, flow->path, flow->id_pos.line, flow->id_pos.col, DIAG_SCHEMA,
			    "flow '%s' has no phase after its second deal that captures text, to "
			    "write the questions in", flow->id);
		return -1;
	}
	*out = (struct practice_steps){
		.flow = flow, .scene_deck = dl[0]->deck, .scene_suit = dl[0]->suit,
		.target_deck = dl[1]->deck, .target_suit = tsuit,
	};
	build_steps(cat, f, ph, w, c, out);
	return 0;
}

void practice_steps_builtin(struct practice_steps *out, const char *deck, const char *suit,
			    const char *fallback)
{
	*out = (struct practice_steps){
		.fallback = fallback ? xstrdup(fallback) : NULL,
		.scene_deck = PRACTICE_VIGNETTE_DECK,
		.target_deck = deck ? deck : PRACTICE_DEFAULT_DECK, .target_suit = suit,
	};
	struct practice_step w = builtin_write;
	w.vignette = true; /* the writing step shows the vignette and the type anyway */
	steps_push(out, &w);
	steps_push(out, &builtin_check);
}

/* flow read for setup, dealing from setup->deck when that is given; -1, or
 * -2 when the flow suits but deals from another deck. */
static int steps_fit(const struct catalog *cat, const struct doc *flow,
		     const struct practice_setup *setup, struct practice_steps *out,
		     struct diags *d)
{
	if (practice_steps_read(cat, flow, setup->suit, out, d) != 0)
		return -1;
	if (!setup->deck || strcmp(out->target_deck, setup->deck) == 0)
		return 0;
	diags_error(d, flow->path, 0, 0, DIAG_REFERENCE,
		    "flow '%s' deals its question types from '%s', not from '%s'", flow->id,
		    out->target_deck, setup->deck);
	practice_steps_free(out);
	return -2;
}

/* The flow named by setup->flow, or an error saying why it cannot be used. */
static int steps_named(const struct catalog *cat, const struct practice_setup *setup,
		       struct practice_steps *out, struct diags *d)
{
	const struct doc *flow = catalog_find(cat, setup->flow);
	*out = (struct practice_steps){0};
	if (!flow || flow->kind != DOC_FLOW) {
		diags_error(d, setup->flow, 0, 0, DIAG_REFERENCE, "%s",
			    flow ? "this is a deck, not a flow"
				 : "no such flow; see 'rucksack list'");
		return -1;
	}
	return steps_fit(cat, flow, setup, out, d) == 0 ? 0 : -1;
}

/* Another flow for one person that suits setup (the default one excepted). */
static int steps_other(const struct catalog *cat, const struct practice_setup *setup,
		       struct practice_steps *out)
{
	for (size_t i = 0; setup->deck && i < cat->n; i++) {
		const struct doc *doc = cat->v[i].doc;
		if (cat->v[i].shadowed || doc->kind != DOC_FLOW ||
		    strcmp(doc->id, PRACTICE_SOLO_FLOW) == 0 || seating_max_people(&doc->flow) != 1)
			continue;
		struct diags quiet = {0};
		int rc = steps_fit(cat, doc, setup, out, &quiet);
		diags_free(&quiet);
		if (rc == 0)
			return 0;
	}
	return -1;
}

/* The built-in steps, when their decks are there; reason says why they are used. */
static int steps_fallback(const struct catalog *cat, const struct practice_setup *setup,
			  char *reason, struct practice_steps *out, struct diags *d)
{
	practice_steps_builtin(out, setup->deck, setup->suit, reason);
	free(reason);
	const struct doc *drill = catalog_find(cat, out->target_deck);
	int rc = -1;
	if (!drill || drill->kind != DOC_DECK)
		diags_error(d, out->target_deck, 0, 0, DIAG_REFERENCE, "%s",
			    drill ? "this is a flow, not a deck" : "no such deck; see 'rucksack list'");
	else
		rc = practice_write_check(drill, setup->suit,
					  catalog_find_kind(cat, PRACTICE_VIGNETTE_DECK, DOC_DECK),
					  NULL, PRACTICE_VIGNETTE_DECK, d);
	if (rc != 0)
		practice_steps_free(out);
	return rc;
}

int practice_steps_choose(const struct catalog *cat, const struct practice_setup *setup,
			  struct practice_steps *out, struct diags *d)
{
	if (setup->flow)
		return steps_named(cat, setup, out, d);
	const struct doc *def = catalog_find_kind(cat, PRACTICE_SOLO_FLOW, DOC_FLOW);
	struct diags why = {0};
	int fit = def ? steps_fit(cat, def, setup, out, &why) : -1;
	if (fit == 0 || steps_other(cat, setup, out) == 0) {
		diags_free(&why);
		return 0;
	}
	char *reason = !def ? xstrdup("no flow '" PRACTICE_SOLO_FLOW "' was found")
		       : fit == -2 ? xasprintf("no flow for one person deals from '%s'", setup->deck)
				   : xasprintf("the flow '%s' does not suit: %s", PRACTICE_SOLO_FLOW,
					       why.n ? why.v[0].message : "");
	diags_free(&why);
	return steps_fallback(cat, setup, reason, out, d);
}

size_t practice_steps_find(const struct practice_steps *s, enum pstep_kind k)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i].kind == k)
			return i;
	return 0;
}

void practice_steps_free(struct practice_steps *s)
{
	free(s->v);
	free(s->fallback);
	*s = (struct practice_steps){0};
}
