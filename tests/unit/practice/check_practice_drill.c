/* The name-it drill state machine: keys, subtype step, re-asking, journal. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/journal.h"
#include "core/practice/practice_drill.h"
#include "core/practice/practice_summary.h"
#include "core/practice/practice_write.h"
#include "core/base/xalloc.h"
#include "tui/practice_text.h"

#define T0 1795392000

/* Suits lineal (1 card), circular (2 cards), clarify (1 card: 'c' clashes). */
static struct doc *pd_doc(void)
{
	static const char *suits[] = {"lineal", "circular", "clarify"};
	static const char *cards[][3] = {
		{"lin", "lineal", "[to a mother] What happened?"},
		{"circ-a", "circular", "Who worries most?"},
		{"circ-b", "circular", "What does mum do then?"},
		{"cl", "clarify", "Do you mean Tuesday?"},
	};
	struct doc *doc = xcalloc(1, sizeof *doc);
	doc->kind = DOC_DECK;
	doc->id = xstrdup("drill");
	doc->path = xstrdup("drill.json");
	doc->deck.n_suits = 3;
	doc->deck.suits = xcalloc(3, sizeof *doc->deck.suits);
	for (size_t i = 0; i < 3; i++)
		doc->deck.suits[i].id = xstrdup(suits[i]);
	doc->deck.n_cards = 4;
	doc->deck.cards = xcalloc(4, sizeof *doc->deck.cards);
	for (size_t i = 0; i < 4; i++) {
		doc->deck.cards[i].id = xstrdup(cards[i][0]);
		doc->deck.cards[i].suit = xstrdup(cards[i][1]);
		doc->deck.cards[i].examples = xcalloc(1, sizeof *doc->deck.cards[i].examples);
		doc->deck.cards[i].examples[0].text = xstrdup(cards[i][2]);
		doc->deck.cards[i].n_examples = 1;
	}
	return doc;
}

START_TEST(test_keys)
{
	struct doc *doc = pd_doc();
	static const struct {
		int key;
		long suit;
	} t[] = {{'1', 0}, {'3', 2}, {'4', -1}, {'l', 0}, {'L', 0},
		 {'c', -1}, {'x', -1}, {' ', -1}, {0, -1}, {0x1f600, -1}};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		ck_assert_int_eq(practice_suit_for_key(&doc->deck, t[i].key), t[i].suit);
	ck_assert_int_eq(practice_suit_initial(&doc->deck, 0), 'l');
	ck_assert_int_eq(practice_suit_initial(&doc->deck, 1), 0);
	size_t cards[4];
	ck_assert_uint_eq(practice_suit_cards(&doc->deck, 1, cards, 4), 2);
	ck_assert_uint_eq(cards[1], 2);
	doc_free(doc);
}
END_TEST

/* Answers the current item: right, or with the first wrong suit. */
static void pd_answer(struct practice_drill *dr, bool right, int64_t now)
{
	const struct practice_item *it = practice_drill_item(dr);
	struct diags d = {0};
	size_t suit = right ? it->suit : (it->suit + 1) % 3;
	ck_assert_int_eq(practice_drill_suit(dr, suit, now, &d), 0);
	if (dr->state == DRILL_ASK_CARD) {
		size_t nth = right && it->card == 2 ? 1 : 0;
		ck_assert_int_eq(practice_drill_card(dr, nth, now, &d), 0);
	}
	ck_assert_int_eq(dr->state, DRILL_FEEDBACK);
	ck_assert(dr->suit_ok == right);
	ck_assert_uint_eq(d.n, 0);
}

START_TEST(test_run_with_miss_and_journal)
{
	char dir[] = "/tmp/ck-drill-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *path = xasprintf("%s/journal.jsonl", dir);
	struct doc *doc = pd_doc();
	struct practice_drill dr;
	struct diags d = {0};
	ck_assert_int_eq(practice_drill_start(&dr, doc, NULL, NULL, 4, T0, 9, &d), 0);
	ck_assert_int_eq(journal_open(&dr.journal, path, &d), 0);
	const char *missed = practice_drill_item(&dr)->key;
	pd_answer(&dr, false, T0);
	ck_assert(dr.requeued);
	practice_drill_next(&dr);
	unsigned n = 1, back_at = 0;
	while (dr.state != DRILL_DONE) {
		if (strcmp(practice_drill_item(&dr)->key, missed) == 0)
			back_at = n;
		pd_answer(&dr, true, T0 + n);
		practice_drill_next(&dr);
		n++;
	}
	ck_assert_uint_eq(n, 5);
	ck_assert_uint_eq(back_at, 1 + PRACTICE_REQUEUE_GAP);
	ck_assert_uint_eq(dr.score.asked, 5);
	ck_assert_uint_eq(dr.score.suit_right, 4);
	journal_close(dr.journal);
	struct practice_log log = {0};
	bool torn;
	ck_assert_int_eq(practice_log_load(&log, path, &torn, &d), 0);
	ck_assert_uint_eq(log.n_a, 5);
	ck_assert(!log.a[0].suit_ok);
	ck_assert_str_eq(log.a[0].deck, "drill");
	ck_assert(log.a[back_at].retry);
	ck_assert(!log.a[back_at - 1].retry);
	/* next run: the item missed, though got right when asked again, is still
	 * in box 1 and due, so it comes first; the others wait in box 2 */
	struct practice_drill dr2;
	ck_assert_int_eq(practice_drill_start(&dr2, doc, &log, NULL, 4, T0 + 60, 9, &d), 0);
	ck_assert_int_eq(practice_boxes_get(&dr2.boxes, missed)->box, 1);
	ck_assert_str_eq(practice_drill_item(&dr2)->key, missed);
	for (size_t i = 0; i < dr2.items.n; i++)
		if (strcmp(dr2.items.v[i].key, missed) != 0)
			ck_assert_int_eq(practice_boxes_get(&dr2.boxes, dr2.items.v[i].key)->box, 2);
	practice_drill_free(&dr2);
	practice_log_free(&log);
	practice_drill_free(&dr);
	doc_free(doc);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	free(path);
}
END_TEST

START_TEST(test_subtype_wrong_card)
{
	struct doc *doc = pd_doc();
	struct practice_drill dr;
	struct diags d = {0};
	ck_assert_int_eq(practice_drill_start(&dr, doc, NULL, "circular", 10, T0, 1, &d), 0);
	ck_assert_uint_eq(dr.items.n, 2);
	const struct practice_item *it = practice_drill_item(&dr);
	ck_assert_int_eq(practice_drill_suit(&dr, 1, T0, &d), 0);
	ck_assert_int_eq(dr.state, DRILL_ASK_CARD);
	ck_assert_int_eq(practice_drill_card(&dr, 5, T0, &d), 0); /* no such card */
	ck_assert_int_eq(dr.state, DRILL_ASK_CARD);
	size_t wrong = it->card == 1 ? 1 : 0;
	ck_assert_int_eq(practice_drill_card(&dr, wrong, T0, &d), 0);
	ck_assert(dr.suit_ok);
	ck_assert(!dr.card_ok);
	ck_assert_uint_eq(dr.score.card_asked, 1);
	ck_assert_uint_eq(dr.score.card_right, 0);
	ck_assert_int_eq(practice_boxes_get(&dr.boxes, it->key)->box, 1);
	practice_drill_free(&dr);
	ck_assert_int_eq(practice_drill_start(&dr, doc, NULL, "nope", 10, T0, 1, &d), -1);
	practice_drill_free(&dr);
	ck_assert_uint_eq(d.n, 1);
	diags_free(&d);
	doc_free(doc);
}
END_TEST

static int pd_fsync_fails(int fd)
{
	(void)fd;
	return -1;
}

/* Loads path into log (fresh) and returns it. */
static struct practice_log pd_load(const char *path)
{
	struct practice_log log = {0};
	struct diags d = {0};
	bool torn;
	ck_assert_int_eq(practice_log_load(&log, path, &torn, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	return log;
}

START_TEST(test_write_kept_as_written)
{
	char dir[] = "/tmp/ck-write-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *path = xasprintf("%s/journal.jsonl", dir);
	struct doc *doc = pd_doc();
	struct practice_write w;
	struct diags d = {0};
	struct journal *j;
	ck_assert_int_eq(journal_open(&j, path, &d), 0);
	practice_write_begin(&w, doc, 2, doc, 0, j, 0xabc);
	ck_assert(!practice_write_complete(&w));
	ck_assert_int_eq(practice_write_add(&w, " \n\t", T0, &d), -1);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_int_eq(practice_write_add(&w, "When you shout, who leaves first?", T0, &d), 0);
	ck_assert_int_eq(practice_write_add(&w, "Why?", T0 + 1, &d), 1);
	/* on the disk before any mark: a crash now loses nothing written */
	struct practice_log log = pd_load(path);
	ck_assert_uint_eq(log.n_w, 2);
	ck_assert_str_eq(log.w[0].id, "0000000000000abc-1");
	ck_assert_str_eq(log.w[0].card, "circ-b");
	ck_assert_str_eq(log.w[0].vignettes, "drill");
	ck_assert_str_eq(log.w[0].vignette, "lin");
	ck_assert_int_eq(log.w[0].mark, MARK_NONE);
	practice_log_free(&log);

	ck_assert_int_eq(practice_write_mark(&w, 0, MARK_NOT_YET, T0 + 2, &d), 0);
	ck_assert_int_eq(practice_write_mark(&w, 0, MARK_ON_TARGET, T0 + 3, &d), 0);
	ck_assert(!practice_write_complete(&w));
	ck_assert_int_eq(practice_write_mark(&w, 1, MARK_NOT_YET, T0 + 4, &d), 0);
	ck_assert_int_eq(practice_write_mark(&w, 7, MARK_NOT_YET, T0, &d), 0); /* ignored */
	ck_assert(practice_write_complete(&w));
	ck_assert_uint_eq(practice_write_count(&w, MARK_ON_TARGET), 1);

	/* a write that cannot reach the disk adds nothing and says so */
	journal_set_fsync_hook(pd_fsync_fails);
	ck_assert_int_eq(practice_write_add(&w, "Lost?", T0 + 5, &d), -1);
	ck_assert_int_eq(practice_write_mark(&w, 1, MARK_ON_TARGET, T0 + 5, &d), -1);
	journal_set_fsync_hook(NULL);
	ck_assert_uint_eq(w.questions.n, 2);
	ck_assert_int_eq(w.marks[1], MARK_NOT_YET);
	ck_assert_uint_ge(d.n, 2);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	diags_free(&d);
	journal_close(j);

	log = pd_load(path);
	ck_assert_uint_eq(log.n_w, 2);
	ck_assert_int_eq(log.w[0].mark, MARK_ON_TARGET); /* the last mark counts */
	ck_assert_int_eq(log.w[1].mark, MARK_NOT_YET);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	ck_assert_uint_eq(practice_export_markdown(f, &log, "drill", NULL), 2);
	fclose(f);
	ck_assert_ptr_nonnull(strstr(buf, "> When you shout, who leaves first?\n\n**On target.**"));
	ck_assert_ptr_nonnull(strstr(buf, "> Why?\n\n**Not yet.**"));
	/* both questions of the exercise under one heading */
	ck_assert_ptr_null(strstr(strstr(buf, "### ") + 1, "### "));
	free(buf);
	practice_log_free(&log);
	practice_write_free(&w);
	doc_free(doc);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	free(path);
}
END_TEST

static bool pd_has(const struct strv *sv, const char *needle)
{
	for (size_t i = 0; i < sv->n; i++)
		if (strstr(sv->v[i], needle))
			return true;
	return false;
}

/* Whether a line of t holds a, then b after it. */
static bool pd_line_has(const struct tlines *t, const char *a, const char *b)
{
	for (size_t i = 0; i < t->n; i++) {
		const char *at = strstr(t->v[i].text, a);
		if (at && strstr(at + strlen(a), b))
			return true;
	}
	return false;
}

/* The header line and the feedback's first paragraph of the answer on show. */
static char *pd_verdict(const struct practice_drill *dr, char **header)
{
	struct strv fb = {0};
	practice_feedback_lines(dr, &fb);
	ck_assert_uint_ge(fb.n, 2);
	char *v = xstrdup(fb.v[0]);
	strv_free(&fb);
	*header = practice_header_line(dr);
	return v;
}

/* The right type with another subtype is half right, said so and counted so:
 * a type right and a subtype missed, in the header as in the score. */
START_TEST(test_verdict_and_header)
{
	struct doc *doc = pd_doc();
	doc->deck.cards[1].title = xstrdup("Difference");
	doc->deck.cards[2].title = xstrdup("Sequence");
	struct practice_drill dr;
	struct diags d = {0};
	char *h, *v;
	ck_assert_int_eq(practice_drill_start(&dr, doc, NULL, "circular", 2, T0, 1, &d), 0);
	h = practice_header_line(&dr);
	ck_assert_str_eq(h, "Question 1 of 2");
	free(h);
	const struct practice_item *it = practice_drill_item(&dr);
	const char *want = it->card == 1 ? "Difference" : "Sequence";
	const char *other = it->card == 1 ? "Sequence" : "Difference";
	practice_drill_suit(&dr, 1, T0, &d);
	practice_drill_card(&dr, it->card == 1 ? 1 : 0, T0, &d);
	ck_assert_int_eq(practice_drill_verdict(&dr), VERDICT_HALF);
	v = pd_verdict(&dr, &h);
	char *exp = xasprintf("Right type, other subtype. It is circular: %s; you said circular: %s.",
			      want, other);
	ck_assert_str_eq(v, exp);
	ck_assert_str_eq(h, "Question 1 of 2 · so far 1 of 1 type right, 0 of 1 subtype");
	free(exp);
	free(v);
	free(h);
	practice_drill_next(&dr);
	practice_drill_suit(&dr, 0, T0, &d); /* lineal: another type */
	ck_assert_int_eq(practice_drill_verdict(&dr), VERDICT_WRONG);
	v = pd_verdict(&dr, &h);
	ck_assert_ptr_nonnull(strstr(v, "Not quite. It is circular: "));
	ck_assert_ptr_nonnull(strstr(v, "; you said lineal."));
	ck_assert_str_eq(h, "Question 2 of 3 · so far 1 of 2 types right, 0 of 1 subtype");
	free(v);
	free(h);
	practice_drill_next(&dr);
	it = practice_drill_item(&dr);
	practice_drill_suit(&dr, 1, T0, &d);
	practice_drill_card(&dr, it->card == 1 ? 0 : 1, T0, &d);
	ck_assert_int_eq(practice_drill_verdict(&dr), VERDICT_RIGHT);
	v = pd_verdict(&dr, &h);
	ck_assert_ptr_nonnull(strstr(v, "Right: circular: "));
	ck_assert_str_eq(h, "Question 3 of 4 · so far 2 of 3 types right, 1 of 2 subtypes");
	free(v);
	free(h);
	ck_assert_uint_eq(d.n, 0);
	practice_drill_free(&dr);
	/* a type without subtypes: only types are counted */
	ck_assert_int_eq(practice_drill_start(&dr, doc, NULL, "lineal", 1, T0, 1, &d), 0);
	practice_drill_suit(&dr, 0, T0, &d);
	ck_assert_int_eq(practice_drill_verdict(&dr), VERDICT_RIGHT);
	h = practice_header_line(&dr);
	ck_assert_str_eq(h, "Question 1 of 1 · so far 1 of 1 type right");
	free(h);
	practice_drill_free(&dr);
	doc_free(doc);
}
END_TEST

START_TEST(test_feedback_and_summary)
{
	struct doc *doc = pd_doc();
	free(doc->deck.cards[1].body);
	doc->deck.cards[1].body = xstrdup("Differences between people.");
	doc->deck.cards[2].body = xstrdup("Sequences of behaviour.");
	doc->deck.cards[1].title = xstrdup("Difference");
	doc->deck.cards[2].title = xstrdup("Sequence");
	struct practice_drill dr;
	struct diags d = {0};
	ck_assert_int_eq(practice_drill_start(&dr, doc, NULL, "circular", 2, T0, 3, &d), 0);
	const struct practice_item *it = practice_drill_item(&dr);
	practice_drill_suit(&dr, 0, T0, &d); /* lineal: wrong suit */
	struct strv fb = {0};
	practice_feedback_lines(&dr, &fb);
	ck_assert(pd_has(&fb, "Not quite. It is circular: "));
	ck_assert(pd_has(&fb, "you said lineal."));
	ck_assert(pd_has(&fb, "comes back later"));
	ck_assert(pd_has(&fb, it->card == 1 ? "Differences" : "Sequences"));
	strv_free(&fb);
	practice_drill_next(&dr);
	while (dr.state != DRILL_DONE) {
		const struct practice_item *x = practice_drill_item(&dr);
		practice_drill_suit(&dr, 1, T0, &d);
		practice_drill_card(&dr, x->card == 1 ? 0 : 1, T0, &d);
		ck_assert_int_eq(dr.state, DRILL_FEEDBACK);
		practice_feedback_lines(&dr, &fb);
		ck_assert(pd_has(&fb, "Right: circular: "));
		strv_free(&fb);
		practice_drill_next(&dr);
	}
	struct tlines sum = {0};
	ptext_summary(&dr, 76, &sum);
	ck_assert_str_eq(sum.v[0].text, "Score: 2 of 3 types right (66%)");
	ck_assert_str_eq(sum.v[1].text,
			 "Subtypes: 2 of 2 right (100%), counted where the type was right");
	ck_assert(pd_line_has(&sum, "  circular   ", "2/3   66%   subtypes 2/2"));
	ck_assert(pd_line_has(&sum, "  2  circular   ", "1   2   ·"));
	ck_assert(pd_line_has(&sum, "circular taken for lineal: 1 time", ""));
	tlines_free(&sum);
	ck_assert_uint_eq(practice_bar_len(2, 3, 30), 20);
	ck_assert_uint_eq(practice_bar_len(0, 0, 30), 0);
	ck_assert_uint_eq(practice_bar_len(5, 5, 30), 30);
	practice_drill_free(&dr);
	doc_free(doc);
}
END_TEST

Suite *practice_drill_suite(void);
Suite *practice_drill_suite(void)
{
	Suite *s = suite_create("practice_drill");
	TCase *tc = tcase_create("drill");
	tcase_add_test(tc, test_keys);
	tcase_add_test(tc, test_run_with_miss_and_journal);
	tcase_add_test(tc, test_subtype_wrong_card);
	tcase_add_test(tc, test_write_kept_as_written);
	tcase_add_test(tc, test_feedback_and_summary);
	tcase_add_test(tc, test_verdict_and_header);
	suite_add_tcase(s, tc);
	return s;
}
