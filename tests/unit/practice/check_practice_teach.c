/*
 * Name it teaches: the example's why after the answer, the facet contrast
 * between the right suit and the one given, an answer naming a card in the
 * example's "also" counted right everywhere and journalled with the card
 * named, and the summary's facet for the most confused pair.  On
 * tests/data/drill-teach/borders.json.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/journal.h"
#include "core/deck/load.h"
#include "core/practice/practice_drill.h"
#include "core/practice/practice_facets.h"
#include "core/practice/practice_stats.h"
#include "core/practice/practice_summary.h"
#include "core/base/xalloc.h"

#define T0 1795392000

enum { LINEAL, CIRCULAR, REFLEXIVE };

static struct doc *pt_borders(void)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	char *path = xasprintf("%s/tests/data/drill-teach/borders.json", src ? src : ".");
	struct doc *doc = NULL;
	struct diags d = {0};
	ck_assert_int_eq(load_file(path, &doc, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	free(path);
	return doc;
}

/* Runs drill items until the one of card id is asked. */
static void pt_until(struct practice_drill *dr, const char *card)
{
	for (size_t guard = 0; guard < 8; guard++) {
		const struct practice_item *it = practice_drill_item(dr);
		ck_assert_ptr_nonnull(it);
		if (strcmp(dr->doc->deck.cards[it->card].id, card) == 0)
			return;
		struct diags d = {0};
		ck_assert_int_eq(practice_drill_suit(dr, it->suit, T0, &d), 0);
		if (dr->state == DRILL_ASK_CARD)
			ck_assert_int_eq(practice_drill_card(dr, it->card == 2 ? 1 : 0, T0, &d), 0);
		practice_drill_next(dr);
	}
	ck_abort_msg("card %s never asked", card);
}

static bool pt_has(const struct strv *v, const char *text)
{
	for (size_t i = 0; i < v->n; i++)
		if (strcmp(v->v[i], text) == 0)
			return true;
	return false;
}

START_TEST(test_facet_words)
{
	struct doc *doc = pt_borders();
	char *s = practice_facet_contrast(&doc->deck, CIRCULAR, REFLEXIVE);
	ck_assert_str_eq(s, "Same assumptions (circular); on intent, Circular is orienting and "
			    "Reflexive is influencing.");
	free(s);
	s = practice_facet_contrast(&doc->deck, LINEAL, REFLEXIVE);
	ck_assert_str_eq(s, "On intent, Lineal is orienting and Reflexive is influencing; on "
			    "assumptions, Lineal is lineal and Reflexive is circular.");
	free(s);
	ck_assert_ptr_null(practice_facet_contrast(&doc->deck, CIRCULAR, CIRCULAR));
	s = practice_facet_apart(&doc->deck, LINEAL, CIRCULAR);
	ck_assert_str_eq(s, "assumptions (Lineal: lineal, Circular: circular)");
	free(s);
	/* a deck without facets has nothing to say */
	doc->deck.suits[CIRCULAR].n_facets = 0;
	ck_assert_ptr_null(practice_facet_contrast(&doc->deck, LINEAL, CIRCULAR));
	ck_assert_ptr_null(practice_facet_apart(&doc->deck, LINEAL, CIRCULAR));
	doc->deck.suits[CIRCULAR].n_facets = 2;
	doc_free(doc);
}
END_TEST

/* A wrong answer: verdict, why, the facet contrast, the cards also accepted, the body. */
START_TEST(test_feedback_teaches)
{
	struct doc *doc = pt_borders();
	struct practice_drill dr;
	struct diags d = {0};
	ck_assert_int_eq(practice_drill_start(&dr, doc, NULL, NULL, 4, T0, 3, &d), 0);
	pt_until(&dr, "circ-diff");
	ck_assert_int_eq(practice_drill_suit(&dr, LINEAL, T0, &d), 0);
	ck_assert_int_eq(practice_drill_verdict(&dr), VERDICT_WRONG);
	struct strv fb = {0};
	practice_feedback_lines(&dr, &fb);
	ck_assert_str_eq(fb.v[0], "Not quite. It is Circular: Difference question; you said Lineal.");
	ck_assert_str_eq(fb.v[2], "Why: It maps differences between people; as a hypothetical it "
				  "may also stir new thoughts.");
	ck_assert_str_eq(fb.v[3], "Same intent (orienting); on assumptions, Circular is circular "
				  "and Lineal is lineal.");
	ck_assert_str_eq(fb.v[4], "Also accepted for this example, which sits on a border: "
				  "Reflexive.");
	ck_assert_str_eq(fb.v[5], "Asks about differences.");
	ck_assert_uint_eq(fb.n, 6);
	strv_free(&fb);
	practice_drill_free(&dr);
	doc_free(doc);
}
END_TEST

/* An also answer is right in the score, the box and the journal, which names the card. */
START_TEST(test_also_counts_right)
{
	char dir[] = "/tmp/ck-teach-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *path = xasprintf("%s/journal.jsonl", dir);
	struct doc *doc = pt_borders();
	struct practice_drill dr;
	struct diags d = {0};
	ck_assert_int_eq(practice_drill_start(&dr, doc, NULL, NULL, 4, T0, 3, &d), 0);
	ck_assert_int_eq(journal_open(&dr.journal, path, &d), 0);
	pt_until(&dr, "circ-diff");
	unsigned right_before = dr.score.suit_right;
	const char *key = practice_drill_item(&dr)->key;
	ck_assert_int_eq(practice_drill_suit(&dr, REFLEXIVE, T0 + 5, &d), 0);
	ck_assert_int_eq(dr.state, DRILL_FEEDBACK);
	ck_assert_int_eq(practice_drill_verdict(&dr), VERDICT_ALSO);
	ck_assert(dr.suit_ok && dr.card_ok && dr.also_ok);
	ck_assert_uint_eq(dr.score.suit_right, right_before + 1);
	ck_assert_uint_eq(dr.score.confusion[CIRCULAR * 3 + REFLEXIVE], 0);
	ck_assert_int_eq(practice_boxes_get(&dr.boxes, key)->box, 2);
	ck_assert(!dr.requeued);
	struct strv fb = {0};
	practice_feedback_lines(&dr, &fb);
	ck_assert_str_eq(fb.v[0], "Right: Reflexive is accepted here; the deck files it under "
				  "Circular: Difference question.");
	ck_assert(pt_has(&fb, "Same assumptions (circular); on intent, Circular is orienting and "
			      "Reflexive is influencing."));
	ck_assert(pt_has(&fb, "Accepted: this example sits on the border between Circular: "
			      "Difference question and Reflexive; they differ on intent (Circular: "
			      "orienting, Reflexive: influencing), and the question can fairly be "
			      "read either way."));
	strv_free(&fb);
	journal_close(dr.journal);
	dr.journal = NULL;

	struct practice_log log = {0};
	bool torn;
	ck_assert_int_eq(practice_log_load(&log, path, &torn, &d), 0);
	const struct practice_answer *a = &log.a[log.n_a - 1];
	ck_assert_str_eq(a->card, "circ-diff");
	ck_assert_str_eq(a->given_suit, "reflexive");
	ck_assert_str_eq(a->named, "rx-future");
	ck_assert(a->also && a->suit_ok && a->card_ok);
	struct practice_stats st = {0};
	practice_stats_build(&st, &log, "borders", NULL);
	ck_assert_uint_eq(st.right, st.asked);
	ck_assert_uint_eq(st.n_pairs, 0);
	practice_stats_free(&st);
	practice_log_free(&log);
	practice_drill_free(&dr);
	doc_free(doc);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	free(path);
}
END_TEST

/* Records from before "named" and "also" read as none and false. */
START_TEST(test_old_answer_record)
{
	struct strv lines = {0};
	strv_push(&lines, "{\"v\":1,\"type\":\"answer\",\"ts\":1795392000,\"deck\":\"borders\","
			  "\"item\":\"lin#0\",\"suit\":\"lineal\",\"card\":\"lin\",\"given_suit\":"
			  "\"lineal\",\"given_card\":null,\"suit_ok\":true,\"card_ok\":true}");
	struct practice_log log = {0};
	struct diags d = {0};
	practice_log_parse(&log, &lines, NULL, "j", &d);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(log.n_a, 1);
	ck_assert_ptr_null(log.a[0].named);
	ck_assert(!log.a[0].also);
	ck_assert(log.a[0].suit_ok);
	practice_log_free(&log);
	strv_free(&lines);
}
END_TEST

/* The summary names the facet that tells the most confused pair apart. */
START_TEST(test_summary_apart)
{
	struct doc *doc = pt_borders();
	struct practice_drill dr;
	struct diags d = {0};
	ck_assert_int_eq(practice_drill_start(&dr, doc, NULL, NULL, 4, T0, 3, &d), 0);
	ck_assert_ptr_null(practice_apart_line(&dr));
	pt_until(&dr, "lin");
	ck_assert_int_eq(practice_drill_suit(&dr, REFLEXIVE, T0, &d), 0);
	char *s = practice_apart_line(&dr);
	ck_assert_str_eq(s, "Lineal and Reflexive, most often taken for one another, differ on "
			    "intent (Lineal: orienting, Reflexive: influencing); assumptions "
			    "(Lineal: lineal, Reflexive: circular).");
	free(s);
	practice_drill_free(&dr);
	doc_free(doc);
}
END_TEST

/* An object example keeps the key its "[context] text" string had, so
 * converting a deck's strings keeps what was learnt on them. */
START_TEST(test_object_key_as_string)
{
	struct doc *doc = pt_borders();
	struct practice_items it;
	struct diags d = {0};
	ck_assert_int_eq(practice_items_build(&it, &doc->deck, "b.json", "lineal", &d), 0);
	ck_assert_uint_eq(it.n, 1);
	char *k = practice_item_key("lin", "[to a father, at a home visit] Who hit whom first?");
	ck_assert_str_eq(it.v[0].key, k);
	ck_assert_str_eq(it.v[0].context, "to a father, at a home visit");
	ck_assert_str_eq(it.v[0].text, "Who hit whom first?");
	ck_assert_ptr_eq(it.v[0].example, &doc->deck.cards[0].examples[0]);
	free(k);
	practice_items_free(&it);
	doc_free(doc);
}
END_TEST

Suite *practice_teach_suite(void);
Suite *practice_teach_suite(void)
{
	Suite *s = suite_create("practice_teach");
	TCase *tc = tcase_create("teach");
	tcase_add_test(tc, test_facet_words);
	tcase_add_test(tc, test_feedback_teaches);
	tcase_add_test(tc, test_also_counts_right);
	tcase_add_test(tc, test_old_answer_record);
	tcase_add_test(tc, test_summary_apart);
	tcase_add_test(tc, test_object_key_as_string);
	suite_add_tcase(s, tc);
	return s;
}
