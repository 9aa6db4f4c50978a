/* What the practice screens say, laid out without curses: keys, bars, the
 * run summary and the progress table, at wide and narrow widths. */
#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/catalog.h"
#include "core/practice/practice_drill.h"
#include "core/practice/practice_stats.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "tui/practice_text.h"

#define T0 1795392000 /* Monday 2026-11-23 UTC: 2026-W48 */

static struct catalog cat;

static void pt_setup(void)
{
	char dir[4096];
	const char *src = getenv("RUCKSACK_SRCDIR");
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	snprintf(dir, sizeof dir, "%s/tests/data/practice", src ? src : ".");
	struct strv dirs = {0};
	struct diags d = {0};
	strv_push(&dirs, dir);
	memset(&cat, 0, sizeof cat);
	catalog_load(&cat, &dirs, &d);
	ck_assert_uint_eq(d.n, 0);
	strv_free(&dirs);
}

static void pt_teardown(void)
{
	catalog_free(&cat);
}

static const struct doc *pt_deck(const char *id)
{
	const struct doc *d = catalog_find(&cat, id);
	ck_assert_ptr_nonnull(d);
	return d;
}

/* The line of t containing needle, or NULL. */
static const char *pt_line(const struct tlines *t, const char *needle)
{
	for (size_t i = 0; i < t->n; i++)
		if (strstr(t->v[i].text, needle))
			return t->v[i].text;
	return NULL;
}

static void pt_has(const struct tlines *t, const char *needle)
{
	if (pt_line(t, needle))
		return;
	for (size_t i = 0; i < t->n; i++)
		fprintf(stderr, "| %s\n", t->v[i].text);
	ck_abort_msg("no line with \"%s\"", needle);
}

/* Every line of t fits in cols display columns. */
static void pt_fits(const struct tlines *t, size_t cols)
{
	for (size_t i = 0; i < t->n; i++)
		ck_assert_msg(utf8_width(t->v[i].text) <= cols, "%zu columns > %zu: %s",
			      utf8_width(t->v[i].text), cols, t->v[i].text);
}

START_TEST(test_bar)
{
	static const struct {
		unsigned ok, asked;
		size_t w;
		const char *want;
	} t[] = {
		{2, 3, 9, "██████░░░"}, {0, 0, 4, "░░░░"}, {5, 5, 3, "███"},
		{0, 7, 2, "░░"},	{1, 3, 0, ""},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		char *b = ptext_bar(t[i].ok, t[i].asked, t[i].w);
		ck_assert_str_eq(b, t[i].want);
		free(b);
	}
}
END_TEST

START_TEST(test_suit_keys)
{
	const struct deck *g = &pt_deck("graces-drill")->deck;
	struct tlines t = {0};
	ptext_suit_keys(g, 400, &t); /* room: one line */
	ck_assert_uint_eq(t.n, 1);
	ck_assert_ptr_nonnull(strstr(t.v[0].text, "1/g G: gender, geography, generation   2/r R:"));
	tlines_free(&t);
	ptext_suit_keys(g, 60, &t); /* no room: one a line, never a key apart from its name */
	ck_assert_uint_eq(t.n, 6);
	ck_assert_str_eq(t.v[5].text, "6/s S: sexuality");
	tlines_free(&t);
	/* mini-drill: lineal, circular, strategic; no two share an initial */
	ptext_suit_keys(&pt_deck("mini-drill")->deck, 80, &t);
	ck_assert_str_eq(t.v[0].text, "1/l Lineal   2/c Circular   3/s Strategic");
	tlines_free(&t);
	ptext_card_keys(g, 0, 80, &t);
	ck_assert_uint_eq(t.n, 3);
	ck_assert_str_eq(t.v[2].text, " 3  Generation");
	tlines_free(&t);
}
END_TEST

/* A run of graces-drill where every answer names suit 'g' card 1. */
static void pt_run(struct practice_drill *dr, size_t n)
{
	struct diags d = {0};
	ck_assert_int_eq(practice_drill_start(dr, pt_deck("graces-drill"), NULL, NULL, n, T0, 4, &d), 0);
	while (dr->state != DRILL_DONE) {
		practice_drill_suit(dr, 0, T0, &d);
		practice_drill_card(dr, 0, T0, &d);
		ck_assert_int_eq(dr->state, DRILL_FEEDBACK);
		practice_drill_next(dr);
	}
	ck_assert_uint_eq(d.n, 0);
}

START_TEST(test_summary)
{
	struct practice_drill dr;
	pt_run(&dr, 12);
	const struct practice_score *s = &dr.score;
	struct tlines t = {0};
	ptext_summary(&dr, 76, &t);
	pt_fits(&t, 76);
	char *score = xasprintf("Score: %u of %u types right (%d%%)", s->suit_right, s->asked,
				practice_percent(s->suit_right, s->asked));
	pt_has(&t, score);
	free(score);
	/* gender right, geography and generation taken for gender */
	pt_has(&t, "Subtypes: 1 of ");
	pt_has(&t, "Geography taken for Gender: ");
	pt_has(&t, "Generation taken for Gender: ");
	/* every answer was 'g': its suit's bar is full, another's empty */
	const char *g = pt_line(&t, "G: gender, geograp ");
	ck_assert_ptr_nonnull(g);
	ck_assert_ptr_nonnull(strstr(g, "████████████████████"));
	/* after its numbers, its subtypes': each 'g' answer named subtype 1 */
	ck_assert_uint_eq(s->card_asked_in[0], s->suit_asked[0]);
	ck_assert_uint_gt(s->card_asked_in[0], s->card_ok_in[0]);
	char *sub = xasprintf("%3u/%-3u100%%   subtypes %u/%u", s->suit_ok[0], s->suit_asked[0],
			      s->card_ok_in[0], s->card_asked_in[0]);
	ck_assert_msg(strstr(g, sub), "no \"%s\" in: %s", sub, g);
	free(sub);
	const char *r = pt_line(&t, "R: race, religion ");
	ck_assert_ptr_nonnull(r);
	ck_assert_ptr_nonnull(strstr(r, "░░░░░░░░░░░░░░░░░░░░    0/"));
	ck_assert_ptr_null(strstr(r, "subtypes")); /* its type never named right: none asked */
	pt_has(&t, "Rows: the right type; columns: the type you gave.");
	pt_has(&t, "   1   2   3   4   5   6");
	pt_has(&t, "R: race, religion taken for G: gender, geography, generation:");
	tlines_free(&t);
	/* narrower: the table's names cut to fit, bars under their names */
	ptext_summary(&dr, 36, &t);
	pt_fits(&t, 36);
	pt_has(&t, "  2  R: race   6   ·");
	pt_has(&t, "Rows: the right type");
	pt_has(&t, "(subtypes 1/"); /* with the name, over the bar */
	tlines_free(&t);
	/* too narrow for the table: the pairs alone */
	ptext_summary(&dr, 30, &t);
	pt_fits(&t, 30);
	ck_assert_ptr_null(pt_line(&t, "Rows: the right type"));
	pt_has(&t, "R: race, religion taken for");
	tlines_free(&t);
	practice_drill_free(&dr);
}
END_TEST

static void pt_answer(struct practice_log *log, int64_t ts, const char *suit, const char *given)
{
	xgrow((void **)&log->a, &log->cap_a, log->n_a + 1, sizeof *log->a);
	log->a[log->n_a++] = (struct practice_answer){
		.ts = ts, .deck = xstrdup("graces-drill"), .item = xstrdup("k"),
		.suit = xstrdup(suit), .card = xstrdup("x"), .given_suit = xstrdup(given),
		.suit_ok = strcmp(suit, given) == 0, .card_ok = true,
	};
}

START_TEST(test_progress)
{
	struct practice_log log = {0};
	struct practice_stats st;
	struct tlines t = {0};
	practice_stats_build(&st, &log, "graces-drill", &cat);
	ptext_progress(&st, NULL, 76, &t);
	pt_has(&t, "No practice answers yet");
	tlines_free(&t);
	practice_stats_free(&st);
	pt_answer(&log, T0, "g", "g");
	pt_answer(&log, T0 + 60, "g", "r");
	pt_answer(&log, T0 + 60, "r", "r");
	pt_answer(&log, T0 + 8 * 86400, "r", "g");
	practice_stats_build(&st, &log, "graces-drill", &cat);
	ptext_progress(&st, &pt_deck("graces-drill")->deck, 76, &t);
	pt_fits(&t, 76);
	pt_has(&t, "Overall: 2 of 4 types right (50%)");
	ck_assert_ptr_null(pt_line(&t, "subtypes")); /* no card asked: no subtypes */
	pt_has(&t, "Week 2026-W48");
	pt_has(&t, "Week 2026-W49");
	pt_has(&t, "G: gender, geograp ██████████░░░░░░░░░░    1/2   50%");
	pt_has(&t, "R: race, religion  ████████████████████    1/1  100%");
	pt_has(&t, "• G: gender, geography, generation taken for R: race, religion: 1 time");
	tlines_free(&t);
	ptext_progress(&st, NULL, 76, &t); /* no deck: ids stand in for titles */
	pt_has(&t, "g          ██████████░░░░░░░░░░    1/2   50%");
	tlines_free(&t);
	practice_stats_free(&st);
	/* the type right and another card: a type right, a subtype missed */
	pt_answer(&log, T0 + 8 * 86400, "r", "r");
	log.a[log.n_a - 1].given_card = xstrdup("religion");
	log.a[log.n_a - 1].card_ok = false;
	practice_stats_build(&st, &log, "graces-drill", &cat);
	ptext_progress(&st, &pt_deck("graces-drill")->deck, 76, &t);
	pt_fits(&t, 76);
	pt_has(&t, "Overall: 3 of 5 types right (60%); 0 of 1 subtype right (0%)");
	pt_has(&t, "R: race, religion  ██████████░░░░░░░░░░    1/2   50%   subtypes 0/1");
	tlines_free(&t);
	practice_stats_free(&st);
	practice_log_free(&log);
}
END_TEST

/* The suits of the rows of st, joined by spaces. */
static char *pt_row_suits(const struct practice_stats *st)
{
	char *s = xstrdup("");
	for (size_t i = 0; i < st->n_rows; i++) {
		char *n = xasprintf("%s%s%s", s, i ? " " : "", st->rows[i].suit);
		free(s);
		s = n;
	}
	return s;
}

/* Rows and ties among pairs in the deck's order (as the run summary has
 * them) when the deck is known; by id for what the deck does not know. */
START_TEST(test_stats_deck_order)
{
	struct practice_log log = {0};
	pt_answer(&log, T0, "s", "s");
	pt_answer(&log, T0, "a", "a");
	pt_answer(&log, T0, "e", "c");
	pt_answer(&log, T0, "r", "g");
	pt_answer(&log, T0, "g", "g");
	pt_answer(&log, T0, "zz", "zz"); /* a suit the deck no longer has */
	pt_answer(&log, T0, "b1", "a1"); /* a deck no longer on the path */
	pt_answer(&log, T0, "a1", "a1");
	for (size_t i = log.n_a - 2; i < log.n_a; i++) {
		free(log.a[i].deck);
		log.a[i].deck = xstrdup("gone");
	}
	static const struct {
		const char *deck;
		bool known;
		const char *rows, *first_pair;
	} t[] = {
		{"graces-drill", true, "g r a e s zz", "r"},
		{"graces-drill", false, "a e g r s zz", "e"},
		{NULL, true, "g r a e s a1 b1 zz", "r"},
		{"gone", true, "a1 b1", "b1"},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		struct practice_stats st;
		practice_stats_build(&st, &log, t[i].deck, t[i].known ? &cat : NULL);
		char *rows = pt_row_suits(&st);
		ck_assert_msg(strcmp(rows, t[i].rows) == 0, "case %zu: rows %s", i, rows);
		free(rows);
		ck_assert_str_eq(st.pairs[0].right, t[i].first_pair);
		practice_stats_free(&st);
	}
	/* the progress screen shows them so */
	struct practice_stats st;
	struct tlines t2 = {0};
	practice_stats_build(&st, &log, "graces-drill", &cat);
	ptext_progress(&st, &pt_deck("graces-drill")->deck, 76, &t2);
	size_t at[5];
	static const char *in_order[] = {"G: gender", "R: race", "A: age", "E: ethnicity",
					 "S: sexuality"};
	for (size_t k = 0; k < 5; k++) {
		for (at[k] = 0; at[k] < t2.n && !strstr(t2.v[at[k]].text, in_order[k]); at[k]++)
			;
		ck_assert_msg(at[k] < t2.n, "no %s", in_order[k]);
		ck_assert_msg(k == 0 || at[k - 1] < at[k], "%s before %s", in_order[k],
			      in_order[k - 1]);
	}
	tlines_free(&t2);
	practice_stats_free(&st);
	practice_log_free(&log);
}
END_TEST

/* Wide characters in a name: the bars still start in one column. */
START_TEST(test_bars_align_by_width)
{
	struct deck deck = {0};
	struct suit suits[2] = {{.id = (char *)"a", .title = (char *)"李明の質問"},
				{.id = (char *)"b", .title = (char *)"Zoë"}};
	deck.suits = suits;
	deck.n_suits = 2;
	struct practice_log log = {0};
	pt_answer(&log, T0, "a", "a");
	pt_answer(&log, T0, "b", "a");
	struct practice_stats st;
	practice_stats_build(&st, &log, NULL, NULL);
	struct tlines t = {0};
	ptext_progress(&st, &deck, 60, &t);
	const char *a = pt_line(&t, "李明"), *b = pt_line(&t, "Zoë");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(b);
	char *pa = xstrndup(a, (size_t)(strstr(a, "█") - a));
	char *pb = xstrndup(b, (size_t)(strstr(b, "░") - b));
	ck_assert_uint_eq(utf8_width(pa), utf8_width(pb));
	free(pa);
	free(pb);
	tlines_free(&t);
	practice_stats_free(&st);
	practice_log_free(&log);
}
END_TEST

Suite *practice_text_suite(void);
Suite *practice_text_suite(void)
{
	Suite *s = suite_create("practice_text");
	TCase *tc = tcase_create("text");
	tcase_add_checked_fixture(tc, pt_setup, pt_teardown);
	tcase_add_test(tc, test_bar);
	tcase_add_test(tc, test_suit_keys);
	tcase_add_test(tc, test_summary);
	tcase_add_test(tc, test_progress);
	tcase_add_test(tc, test_stats_deck_order);
	tcase_add_test(tc, test_bars_align_by_width);
	suite_add_tcase(s, tc);
	return s;
}
