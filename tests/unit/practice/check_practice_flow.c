/* Write it's steps read from a solo flow, the built-in ones it falls back to, and the errors. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/catalog.h"
#include "core/deck/load.h"
#include "core/practice/practice_flow.h"
#include "core/deck/seating.h"
#include "core/base/xalloc.h"
#include "../support/catalog_fixture.h"

/* stock: the stock decks and the practice fixtures; solo: and the champion's
 * solo flow; bad: the unsuitable flows; shadow: a broken local solo-practice
 * ahead of the stock; bare: tomm-questions and vignettes alone, no flow. */
static struct catalog stock, solo, bad, shadow, bare;

static void pf_bare(void)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	memset(&bare, 0, sizeof bare);
	static const char *const files[] = {"decks/vignettes.json", "decks/tomm-questions.json"};
	for (size_t i = 0; i < 2; i++) {
		char *p = xasprintf("%s/%s", src ? src : ".", files[i]);
		struct doc *doc;
		struct diags d = {0};
		ck_assert_int_eq(load_file(p, &doc, &d), 0);
		catalog_add_first(&bare, doc);
		diags_free(&d);
		free(p);
	}
}

static void pf_setup(void)
{
	CFX_LOAD(&stock, "tests/data/practice", "decks");
	CFX_LOAD(&solo, "tests/data/practice", "tests/data/practice-solo", "decks");
	CFX_LOAD(&bad, "tests/data/practice", "tests/data/practice-bad");
	CFX_LOAD(&shadow, "tests/data/practice-shadow", "decks");
	pf_bare();
}

static void pf_teardown(void)
{
	catalog_free(&stock);
	catalog_free(&solo);
	catalog_free(&bad);
	catalog_free(&shadow);
	catalog_free(&bare);
}

/* One step as "kind:id" plus its flags: "R:scene v", "W:write", "C:check", "R:drill n d". */
static char *pf_step(const struct practice_step *st)
{
	static const char kinds[] = {[PSTEP_READ] = 'R', [PSTEP_WRITE] = 'W', [PSTEP_CHECK] = 'C'};
	return xasprintf("%c:%s%s%s%s%s", kinds[st->kind], st->id, st->vignette ? " v" : "",
			 st->card ? " c" : "", st->note ? " n" : "", st->drill ? " d" : "");
}

/* The steps joined by " | ". */
static char *pf_steps(const struct practice_steps *s)
{
	char *out = xstrdup("");
	for (size_t i = 0; i < s->n; i++) {
		char *one = pf_step(&s->v[i]);
		char *t = xasprintf("%s%s%s", out, i ? " | " : "", one);
		free(one);
		free(out);
		out = t;
	}
	return out;
}

START_TEST(test_stock_flow)
{
	struct practice_steps s;
	struct diags d = {0};
	const struct doc *flow = catalog_find(&stock, PRACTICE_SOLO_FLOW);
	ck_assert_int_eq(practice_steps_read(&stock, flow, NULL, &s, &d), 0);
	char *got = pf_steps(&s);
	ck_assert_str_eq(got, "R:scene v | R:target c | W:write | C:self-check | R:drill n d | "
			      "R:stance n");
	free(got);
	ck_assert_ptr_eq(s.flow, flow);
	ck_assert_ptr_null(s.fallback);
	ck_assert_str_eq(s.scene_deck, "vignettes");
	ck_assert_ptr_null(s.scene_suit);
	ck_assert_str_eq(s.target_deck, "tomm-questions");
	ck_assert_ptr_null(s.target_suit);
	static const double minutes[] = {2, 1, 6, 3, 8, 2};
	for (size_t i = 0; i < s.n; i++) {
		ck_assert_double_eq(s.v[i].minutes, minutes[i]);
		ck_assert_str_eq(s.v[i].title, flow->flow.phases[i].title);
		ck_assert_str_eq(s.v[i].guidance, flow->flow.phases[i].guidance);
		ck_assert_ptr_eq(s.v[i].prompts, &flow->flow.phases[i].prompts);
	}
	ck_assert_uint_eq(practice_steps_find(&s, PSTEP_WRITE), 2);
	ck_assert_uint_eq(practice_steps_find(&s, PSTEP_CHECK), 3);
	practice_steps_free(&s);
	/* --suit chooses the type's suit */
	ck_assert_int_eq(practice_steps_read(&stock, flow, "reflexive", &s, &d), 0);
	ck_assert_str_eq(s.target_suit, "reflexive");
	practice_steps_free(&s);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(seating_max_people(&flow->flow), 1);
	ck_assert_uint_gt(seating_max_people(&catalog_find(&stock, "bells-that-ring")->flow), 1);
}
END_TEST

/* A champion's flow: other decks, a scene of one suit, phase ids of its own,
 * a step before the scene, a note at the scene. */
START_TEST(test_own_flow)
{
	struct practice_steps s;
	struct diags d = {0};
	const struct doc *flow = catalog_find(&solo, "graces-solo");
	ck_assert_int_eq(practice_steps_read(&solo, flow, NULL, &s, &d), 0);
	char *got = pf_steps(&s);
	ck_assert_str_eq(got, "R:arrive | R:meet v n | R:lens c | W:draft | C:review | "
			      "R:reflect n d");
	free(got);
	ck_assert_str_eq(s.scene_deck, "family-scenes");
	ck_assert_str_eq(s.scene_suit, "school");
	ck_assert_str_eq(s.target_deck, "graces-drill");
	ck_assert_double_eq(s.v[2].minutes, 0);
	ck_assert_str_eq(s.v[3].title, "Draft through the lens");
	practice_steps_free(&s);

	/* without a phase to check in: a built-in check follows the writing */
	struct doc copy = *flow;
	struct phase phases[6];
	memcpy(phases, flow->flow.phases, sizeof phases);
	phases[4].capture = phases[5].capture = CAPTURE_NONE;
	copy.flow.phases = phases;
	ck_assert_int_eq(practice_steps_read(&solo, &copy, NULL, &s, &d), 0);
	got = pf_steps(&s);
	ck_assert_str_eq(got, "R:arrive | R:meet v n | R:lens c | W:draft | C:check | R:review | "
			      "R:reflect");
	free(got);
	ck_assert_str_eq(s.v[4].title, "Check them");
	practice_steps_free(&s);
	ck_assert_uint_eq(d.n, 0);
}
END_TEST

START_TEST(test_unsuitable)
{
	static const struct {
		const char *flow, *suit, *error;
		int line;
	} t[] = {
		{"one-deal", NULL, "flow 'one-deal' deals only once; writing questions needs two "
				   "deals: first the scene (such as a vignette), then the question type", 4},
		{"no-targets", NULL, "flow 'no-targets' deals its question types from "
				     "'mini-vignettes', where no card has examples or prompts", 9},
		{"no-writing", NULL, "flow 'no-writing' has no phase after its second deal that "
				     "captures text", 4},
		{"graces-solo", "zz", "flow 'graces-solo' deals its question types from "
				      "'graces-drill', which has no suit 'zz'", 18},
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		struct catalog *c = strcmp(t[i].flow, "graces-solo") ? &bad : &solo;
		struct practice_steps s;
		struct diags d = {0};
		int rc = practice_steps_read(c, catalog_find(c, t[i].flow), t[i].suit, &s, &d);
		ck_assert_int_eq(rc, -1);
		ck_assert_uint_eq(d.n, 1);
		ck_assert_msg(strstr(d.v[0].message, t[i].error), "%s: %s", t[i].flow, d.v[0].message);
		ck_assert_msg(strstr(d.v[0].file, t[i].flow), "%s: at %s", t[i].flow, d.v[0].file);
		ck_assert_int_eq(d.v[0].line, t[i].line);
		ck_assert_uint_eq(s.n, 0);
		diags_free(&d);
	}
}
END_TEST

START_TEST(test_choose)
{
	static const struct {
		struct catalog *cat;
		const char *deck, *flow;
		const char *got;      /* the flow used, "" for built-in steps, NULL: an error */
		const char *message;  /* the fallback reason or the error */
	} t[] = {
		{&stock, NULL, NULL, "solo-practice", NULL},
		{&stock, "tomm-questions", NULL, "solo-practice", NULL},
		{&stock, "graces-drill", NULL, "", "no flow for one person deals from 'graces-drill'"},
		{&solo, "graces-drill", NULL, "graces-solo", NULL},
		{&solo, NULL, NULL, "solo-practice", NULL},
		{&solo, NULL, "graces-solo", "graces-solo", NULL},
		{&solo, "graces-drill", "graces-solo", "graces-solo", NULL},
		{&solo, "mini-drill", "graces-solo", NULL, "deals its question types from "
							   "'graces-drill', not from 'mini-drill'"},
		{&solo, NULL, "nope", NULL, "no such flow"},
		{&solo, NULL, "vignettes", NULL, "this is a deck, not a flow"},
		{&bad, NULL, "one-deal", NULL, "deals only once"},
		{&bare, NULL, NULL, "", "no flow 'solo-practice' was found"},
		{&shadow, NULL, NULL, "", "the flow 'solo-practice' does not suit: flow "
					  "'solo-practice' deals only once"},
		{&bad, "graces-drill", NULL, NULL, "vignette deck 'vignettes'"},
		{&stock, "nope", NULL, NULL, "no such deck"},
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		struct practice_setup p = {.deck = t[i].deck, .flow = t[i].flow,
					   .mode = PRACTICE_MODE_WRITE};
		struct practice_steps s;
		struct diags d = {0};
		int rc = practice_steps_choose(t[i].cat, &p, &s, &d);
		ck_assert_msg(rc == (t[i].got ? 0 : -1), "case %zu: rc %d", i, rc);
		ck_assert_int_eq(practice_setup_check(t[i].cat, &p, &d), rc);
		if (!t[i].got) {
			ck_assert_msg(strstr(d.v[0].message, t[i].message), "case %zu: %s", i,
				      d.v[0].message);
		} else if (*t[i].got) {
			ck_assert_str_eq(s.flow->id, t[i].got);
			ck_assert_ptr_null(s.fallback);
		} else {
			ck_assert_ptr_null(s.flow);
			ck_assert_msg(strstr(s.fallback, t[i].message), "case %zu: %s", i, s.fallback);
			ck_assert_str_eq(s.target_deck, t[i].deck ? t[i].deck : "tomm-questions");
			ck_assert_str_eq(s.scene_deck, "vignettes");
			char *got = pf_steps(&s);
			ck_assert_str_eq(got, "W:write v | C:check");
			free(got);
		}
		ck_assert_msg(rc != 0 || d.n == 0, "case %zu: %s", i, d.n ? d.v[0].message : "");
		practice_steps_free(&s);
		diags_free(&d);
	}
}
END_TEST

Suite *practice_flow_suite(void);
Suite *practice_flow_suite(void)
{
	Suite *s = suite_create("practice_flow");
	TCase *tc = tcase_create("flow");
	tcase_add_checked_fixture(tc, pf_setup, pf_teardown);
	tcase_add_test(tc, test_stock_flow);
	tcase_add_test(tc, test_own_flow);
	tcase_add_test(tc, test_unsuitable);
	tcase_add_test(tc, test_choose);
	suite_add_tcase(s, tc);
	return s;
}
