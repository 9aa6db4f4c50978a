/* Write it's run as a state machine: the steps, moving between them, the
 * next exercise, the end, marks, notes, the clock, and what is journalled. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/journal.h"
#include "core/base/xalloc.h"
#include "core/deck/catalog.h"
#include "core/deck/load.h"
#include "core/practice/practice_writer.h"
#include "../support/catalog_fixture.h"

#define T0 1795392000

/* stock: the stock decks and flows (Write it walks solo-practice:
 * scene, target, write, self-check, drill (notes, the drill), stance (notes));
 * bare: tomm-questions and vignettes alone, so the built-in steps (write,
 * check, untimed). */
static struct catalog stock, bare;

static void pw_setup(void)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	struct diags d = {0};
	CFX_LOAD(&stock, "decks");
	memset(&bare, 0, sizeof bare);
	static const char *const files[] = {"decks/vignettes.json", "decks/tomm-questions.json"};
	for (size_t i = 0; i < 2; i++) {
		char *p = xasprintf("%s/%s", src ? src : ".", files[i]);
		struct doc *doc;
		ck_assert_int_eq(load_file(p, &doc, &d), 0);
		catalog_add_first(&bare, doc);
		free(p);
	}
	diags_free(&d);
}

static void pw_teardown(void)
{
	catalog_free(&stock);
	catalog_free(&bare);
}

/* A run of n exercises (0: as the steps suit) on cat, started at clock_ms
 * 0, recording into j. */
static void pw_begin(struct practice_writer *pw, const struct catalog *cat, size_t n,
		     struct journal *j)
{
	struct practice_setup s = {.mode = PRACTICE_MODE_WRITE, .n = n, .seed = 7};
	struct diags d = {0};
	ck_assert_int_eq(practice_writer_prepare(pw, cat, &s, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_int_eq(practice_writer_start(pw, j, 0), 0);
}

/* Keeps text at the step on show; returns its index. */
static long pw_add(struct practice_writer *pw, const char *text)
{
	struct diags d = {0};
	long i = practice_writer_add(pw, text, T0, &d);
	ck_assert_uint_eq(d.n, 0);
	return i;
}

static void pw_mark(struct practice_writer *pw, enum practice_mark m)
{
	struct diags d = {0};
	ck_assert_int_eq(practice_writer_mark(pw, m, T0, &d), 0);
	ck_assert_uint_eq(d.n, 0);
}

/* What may be done at the step on show, as letters: w write, m mark, c
 * compare, d drill, C checking; "-" for nothing. */
static char *pw_can(const struct practice_writer *pw)
{
	char buf[8], *o = buf;
	if (practice_writer_can_write(pw))
		*o++ = 'w';
	if (practice_writer_can_mark(pw))
		*o++ = 'm';
	if (practice_writer_can_compare(pw))
		*o++ = 'c';
	if (practice_writer_offers_drill(pw))
		*o++ = 'd';
	if (practice_writer_checking(pw))
		*o++ = 'C';
	if (o == buf)
		*o++ = '-';
	*o = '\0';
	return xstrdup(buf);
}

static void pw_can_is(const struct practice_writer *pw, const char *want)
{
	char *got = pw_can(pw);
	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(test_prepare)
{
	struct practice_writer pw;
	struct diags d = {0};
	struct practice_setup s = {.mode = PRACTICE_MODE_WRITE, .seed = 7};
	ck_assert_int_eq(practice_writer_prepare(&pw, &stock, &s, &d), 0);
	ck_assert_str_eq(pw.steps.flow->id, "solo-practice");
	ck_assert_uint_eq(pw.steps.n, 6);
	ck_assert_uint_eq(pw.n, PRACTICE_FLOW_ROUNDS);
	ck_assert_str_eq(pw.drill->id, "tomm-questions");
	ck_assert_str_eq(pw.vignettes->id, "vignettes");
	ck_assert_uint_eq(pw.exercise, 0); /* nothing dealt yet */
	practice_writer_free(&pw);

	ck_assert_int_eq(practice_writer_prepare(&pw, &bare, &s, &d), 0);
	ck_assert_ptr_null(pw.steps.flow);
	ck_assert_ptr_nonnull(pw.steps.fallback);
	ck_assert_uint_eq(pw.n, PRACTICE_WRITE_ROUNDS);
	practice_writer_free(&pw);

	s.n = 5;
	ck_assert_int_eq(practice_writer_prepare(&pw, &stock, &s, &d), 0);
	ck_assert_uint_eq(pw.n, 5);
	practice_writer_free(&pw);
	ck_assert_uint_eq(d.n, 0);

	s.flow = "no-such-flow";
	ck_assert_int_eq(practice_writer_prepare(&pw, &stock, &s, &d), -1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(d.v[0].file, "no-such-flow");
	practice_writer_free(&pw);
	diags_free(&d);
}
END_TEST

/* Walks a run of the stock flow to the last step of its one exercise,
 * forward and back, writing two questions and a note, checking what each
 * step allows. */
static void pw_walk(struct practice_writer *pw)
{
	pw_begin(pw, &stock, 0, NULL);
	ck_assert_uint_eq(pw->exercise, 1);
	ck_assert_str_eq(practice_writer_step(pw)->id, "scene");
	pw_can_is(pw, "-");
	ck_assert(!practice_writer_back(pw, 0));
	ck_assert(!practice_writer_compare(pw, 0)); /* nothing written to compare */
	ck_assert_int_eq(pw_add(pw, "Too soon"), -1); /* nothing to write here */
	ck_assert(practice_writer_forward(pw, 0));
	ck_assert_str_eq(practice_writer_step(pw)->id, "target");
	pw_can_is(pw, "-");
	ck_assert(practice_writer_forward(pw, 0));
	ck_assert_str_eq(practice_writer_step(pw)->id, "write");
	pw_can_is(pw, "w");
	ck_assert_int_eq(pw_add(pw, " \n\t"), -1); /* blank: nothing kept */
	ck_assert_int_eq(pw_add(pw, "Who notices first?"), 0);
	ck_assert_int_eq(pw_add(pw, "Who worries most?"), 1);
	ck_assert_uint_eq(pw->sel, 1); /* the newest */
	pw_can_is(pw, "wc");
	ck_assert(practice_writer_forward(pw, 0));
	ck_assert_str_eq(practice_writer_step(pw)->id, "self-check");
	pw_can_is(pw, "wmcC");
	ck_assert_uint_eq(pw->sel, 0); /* the first still to mark */
	ck_assert(practice_writer_forward(pw, 0));
	ck_assert_str_eq(practice_writer_step(pw)->id, "drill");
	pw_can_is(pw, "wcd");
	ck_assert_int_eq(pw_add(pw, "I asked why twice."), 0); /* a note */
	ck_assert_uint_eq(pw->w.notes.n, 1);
	ck_assert_uint_eq(pw->w.questions.n, 2);
	ck_assert_str_eq(pw->w.note_steps.v[0], "drill");
	ck_assert(practice_writer_back(pw, 0));
	ck_assert(practice_writer_forward(pw, 0));
	ck_assert(practice_writer_forward(pw, 0));
	ck_assert_str_eq(practice_writer_step(pw)->id, "stance");
	pw_can_is(pw, "wc");
}

START_TEST(test_steps)
{
	struct practice_writer pw;
	pw_walk(&pw);
	ck_assert(!practice_writer_more(&pw)); /* the last step of the last exercise */
	ck_assert_uint_eq(pw.w.questions.n, 2);
	ck_assert_uint_eq(pw.w.notes.n, 1);
	practice_writer_free(&pw);
}
END_TEST

/* The end of a run: its totals, and nothing more to do but leave. */
START_TEST(test_end)
{
	struct practice_writer pw;
	pw_walk(&pw);
	ck_assert(practice_writer_forward(&pw, 0));
	ck_assert(pw.done);
	ck_assert_ptr_null(practice_writer_step(&pw));
	pw_can_is(&pw, "-");
	ck_assert_uint_eq(pw.exercise, 1);
	ck_assert_uint_eq(pw.written, 2);
	ck_assert_uint_eq(pw.on_target + pw.not_yet, 0);
	ck_assert_uint_eq(pw.notes, 1);
	ck_assert_uint_eq(pw.w.questions.n, 0); /* the exercise counted and forgotten */
	ck_assert(!practice_writer_forward(&pw, 0));
	ck_assert(!practice_writer_back(&pw, 0));
	ck_assert(!practice_writer_compare(&pw, 0));
	ck_assert_int_eq(pw_add(&pw, "Late"), -1);
	ck_assert(practice_writer_leave(&pw)); /* over: the caller closes */
	practice_writer_free(&pw);
}
END_TEST

/* c: from any step to the check, and from the check back to the writing. */
START_TEST(test_compare)
{
	struct practice_writer pw;
	pw_begin(&pw, &stock, 0, NULL);
	ck_assert(practice_writer_forward(&pw, 0));
	ck_assert(practice_writer_forward(&pw, 0));
	pw_add(&pw, "Who notices first?");
	ck_assert(practice_writer_compare(&pw, 0));
	ck_assert_str_eq(practice_writer_step(&pw)->id, "self-check");
	ck_assert(practice_writer_compare(&pw, 0));
	ck_assert_str_eq(practice_writer_step(&pw)->id, "write");
	ck_assert(practice_writer_back(&pw, 0));
	ck_assert(practice_writer_back(&pw, 0));
	ck_assert_uint_eq(pw.step, 0);
	ck_assert(practice_writer_compare(&pw, 0)); /* from a step to read */
	ck_assert_str_eq(practice_writer_step(&pw)->id, "self-check");
	/* a question written at the check step is the one selected */
	ck_assert_int_eq(pw_add(&pw, "And who next?"), 1);
	ck_assert_uint_eq(pw.sel, 1);
	practice_writer_free(&pw);
}
END_TEST

/* Marking moves to the next question; the selection stays in the list; a
 * visit to the check step starts at the first question still to mark. */
START_TEST(test_marks_and_selection)
{
	struct practice_writer pw;
	pw_begin(&pw, &bare, 1, NULL);
	ck_assert_str_eq(practice_writer_step(&pw)->id, "write");
	for (size_t i = 0; i < 3; i++)
		pw_add(&pw, "A question?");
	pw_mark(&pw, MARK_ON_TARGET); /* not at the check step: nothing */
	ck_assert_uint_eq(practice_write_count(&pw.w, MARK_NONE), 3);
	ck_assert(!practice_writer_select_by(&pw, -1));
	ck_assert(practice_writer_forward(&pw, 0));
	ck_assert_uint_eq(pw.sel, 0);
	pw_mark(&pw, MARK_ON_TARGET);
	ck_assert_uint_eq(pw.sel, 1);
	ck_assert(practice_writer_select_by(&pw, -1));
	ck_assert_uint_eq(pw.sel, 0);
	ck_assert(!practice_writer_select_by(&pw, -1));
	ck_assert(!practice_writer_select_by(&pw, 0));
	ck_assert(practice_writer_select_by(&pw, 2));
	ck_assert(!practice_writer_select_by(&pw, 1));
	ck_assert_uint_eq(pw.sel, 2);
	pw_mark(&pw, MARK_NOT_YET);
	ck_assert_uint_eq(pw.sel, 2); /* the last stays selected */
	ck_assert(practice_writer_compare(&pw, 0));
	ck_assert(practice_writer_compare(&pw, 0));
	ck_assert_uint_eq(pw.sel, 1); /* the one left to mark */
	pw_mark(&pw, MARK_NOT_YET);
	ck_assert(practice_writer_compare(&pw, 0));
	ck_assert(practice_writer_compare(&pw, 0));
	ck_assert_uint_eq(pw.sel, 2); /* all marked: the last */
	pw_mark(&pw, MARK_ON_TARGET); /* marked again: the last mark counts */
	ck_assert(practice_writer_forward(&pw, 0));
	ck_assert(pw.done);
	ck_assert_uint_eq(pw.written, 3);
	ck_assert_uint_eq(pw.on_target, 2);
	ck_assert_uint_eq(pw.not_yet, 1);
	ck_assert_uint_eq(pw.notes, 0);
	practice_writer_free(&pw);
}
END_TEST

/* After the last step, the next exercise dealt (the same cards for the same
 * seed), its totals kept, up to the run's number. */
START_TEST(test_next_exercise)
{
	struct practice_writer pw, again;
	pw_begin(&pw, &bare, 2, NULL);
	pw_begin(&again, &bare, 2, NULL);
	ck_assert_uint_eq(pw.steps.n, 2);
	ck_assert(practice_writer_more(&pw));
	ck_assert_uint_eq(pw.w.card, again.w.card);
	ck_assert_uint_eq(pw.w.vignette, again.w.vignette);
	size_t first_card = pw.w.card;
	pw_add(&pw, "Who notices first?");
	ck_assert(practice_writer_forward(&pw, 0));
	pw_mark(&pw, MARK_NOT_YET);
	ck_assert(practice_writer_forward(&pw, 0));
	ck_assert(!pw.done);
	ck_assert_uint_eq(pw.exercise, 2);
	ck_assert_uint_eq(pw.step, 0);
	ck_assert_uint_eq(pw.sel, 0);
	ck_assert_uint_eq(pw.w.questions.n, 0);
	ck_assert_uint_eq(pw.written, 1);
	ck_assert_uint_eq(pw.not_yet, 1);
	ck_assert(!practice_writer_more(&pw));
	ck_assert_uint_ne(pw.w.card, first_card); /* dealt without replacement */
	ck_assert(practice_writer_forward(&again, 0));
	ck_assert(practice_writer_forward(&again, 0));
	ck_assert_uint_eq(again.exercise, 2);
	ck_assert_uint_eq(pw.w.card, again.w.card);
	/* an exercise with nothing written ends the run all the same */
	ck_assert(practice_writer_forward(&pw, 0));
	ck_assert(practice_writer_forward(&pw, 0));
	ck_assert(pw.done);
	ck_assert_uint_eq(pw.exercise, 2);
	ck_assert_uint_eq(pw.written, 1);
	practice_writer_free(&pw);
	practice_writer_free(&again);
}
END_TEST

/* Leaving mid-run: straight out with nothing written, else to the totals. */
START_TEST(test_leave)
{
	struct practice_writer pw;
	pw_begin(&pw, &bare, 0, NULL);
	ck_assert(practice_writer_leave(&pw));
	practice_writer_free(&pw);

	pw_begin(&pw, &bare, 0, NULL);
	pw_add(&pw, "Who notices first?");
	ck_assert(practice_writer_forward(&pw, 0));
	ck_assert(practice_writer_forward(&pw, 0)); /* the second exercise */
	pw_add(&pw, "Who worries most?");
	ck_assert(!practice_writer_leave(&pw));
	ck_assert(pw.done);
	ck_assert_uint_eq(pw.exercise, 2);
	ck_assert_uint_eq(pw.written, 2);
	ck_assert(practice_writer_leave(&pw));
	practice_writer_free(&pw);

	/* a note alone is something written */
	pw_begin(&pw, &stock, 0, NULL);
	for (size_t i = 0; i < 4; i++)
		ck_assert(practice_writer_forward(&pw, 0));
	ck_assert_str_eq(practice_writer_step(&pw)->id, "drill");
	pw_add(&pw, "I asked why twice.");
	ck_assert(!practice_writer_leave(&pw));
	ck_assert_uint_eq(pw.notes, 1);
	practice_writer_free(&pw);
}
END_TEST

/* Each step's suggested time, and the time spent there kept across visits
 * within an exercise; none once the run is over. */
START_TEST(test_timing)
{
	struct practice_writer pw;
	int64_t used, since;
	pw_begin(&pw, &stock, 2, NULL);
	ck_assert_int_eq(practice_writer_timing(&pw, &used, &since), 2 * 60000);
	ck_assert_int_eq(used, 0);
	ck_assert_int_eq(since, 0);
	ck_assert(practice_writer_forward(&pw, 30000));
	ck_assert_int_eq(practice_writer_timing(&pw, &used, &since), 60000);
	ck_assert_int_eq(used, 0);
	ck_assert_int_eq(since, 30000);
	ck_assert(practice_writer_back(&pw, 45000));
	ck_assert_int_eq(practice_writer_timing(&pw, &used, &since), 2 * 60000);
	ck_assert_int_eq(used, 30000);
	ck_assert_int_eq(since, 45000);
	ck_assert(practice_writer_forward(&pw, 50000));
	practice_writer_timing(&pw, &used, &since);
	ck_assert_int_eq(used, 15000);
	ck_assert_int_eq(pw.used_ms[0], 35000);
	for (int i = 0; i < 5; i++)
		ck_assert(practice_writer_forward(&pw, 60000));
	ck_assert_uint_eq(pw.exercise, 2); /* a new exercise: its clocks at zero */
	ck_assert_int_eq(practice_writer_timing(&pw, &used, &since), 2 * 60000);
	ck_assert_int_eq(used, 0);
	ck_assert_int_eq(since, 60000);
	ck_assert_int_eq(pw.used_ms[1], 0);
	practice_writer_free(&pw);

	pw_begin(&pw, &stock, 1, NULL);
	for (int i = 0; i < 6; i++)
		ck_assert(practice_writer_forward(&pw, 1000));
	ck_assert(pw.done);
	ck_assert_int_eq(practice_writer_timing(&pw, &used, &since), 0);
	practice_writer_free(&pw);
	pw_begin(&pw, &bare, 1, NULL);
	ck_assert_int_eq(practice_writer_timing(&pw, &used, &since), 0); /* untimed */
	practice_writer_free(&pw);
}
END_TEST

static int pw_fsync_fails(int fd)
{
	(void)fd;
	return -1;
}

/* How many records the journal at path holds. */
static size_t pw_records(const char *path)
{
	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	size_t n = 0;
	for (int c; (c = getc(f)) != EOF;)
		n += c == '\n';
	fclose(f);
	return n;
}

/* The exercise a question was written in, as the journal should name it. */
struct pw_kept {
	char *id, *card, *vignette;
};

/* A run of the stock flow recording into j (at path): a question marked on
 * target, a note, moves between them, then a note and a mark the journal
 * cannot take. */
static struct pw_kept pw_journal_walk(struct journal *j, const char *path)
{
	struct practice_writer pw;
	struct diags d = {0};
	pw_begin(&pw, &stock, 0, j);
	ck_assert(practice_writer_forward(&pw, 0));
	ck_assert(practice_writer_forward(&pw, 0));
	pw_add(&pw, "Who notices first?");
	ck_assert_uint_eq(pw_records(path), 1);
	struct pw_kept k = {xstrdup(pw.w.ids.v[0]), xstrdup(pw.drill->deck.cards[pw.w.card].id),
			    xstrdup(pw.vignettes->deck.cards[pw.w.vignette].id)};
	ck_assert(practice_writer_forward(&pw, 0));
	pw_mark(&pw, MARK_ON_TARGET);
	ck_assert(practice_writer_back(&pw, 0));
	ck_assert(practice_writer_compare(&pw, 0));
	ck_assert(practice_writer_compare(&pw, 0));
	ck_assert(practice_writer_forward(&pw, 0));
	ck_assert(practice_writer_forward(&pw, 0));
	ck_assert_uint_eq(pw_records(path), 2); /* moving records nothing */
	pw_add(&pw, "I asked why twice.");
	ck_assert_uint_eq(pw_records(path), 3);

	journal_set_fsync_hook(pw_fsync_fails);
	ck_assert_int_eq(practice_writer_add(&pw, "Lost?", T0, &d), -1);
	ck_assert_uint_eq(pw.w.notes.n, 1);
	ck_assert(practice_writer_back(&pw, 0));
	ck_assert_int_eq(practice_writer_mark(&pw, MARK_NOT_YET, T0, &d), -1);
	journal_set_fsync_hook(NULL);
	ck_assert_uint_eq(d.n, 2);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	ck_assert_int_eq(d.v[1].kind, DIAG_IO);
	diags_free(&d);
	ck_assert_int_eq(pw.w.marks[0], MARK_ON_TARGET);
	ck_assert_uint_eq(pw.sel, 0); /* still on it, to try again */
	practice_writer_free(&pw);
	return k;
}

/* Questions, marks and notes are journalled as they are made; moving is not;
 * what cannot be journalled is not kept. */
START_TEST(test_journal)
{
	char dir[] = "/tmp/ck-writer-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *path = xasprintf("%s/journal.jsonl", dir);
	struct diags d = {0};
	struct journal *j;
	ck_assert_int_eq(journal_open(&j, path, &d), 0);
	struct pw_kept k = pw_journal_walk(j, path);
	journal_close(j);

	struct practice_log log = {0};
	bool torn;
	ck_assert_int_eq(practice_log_load(&log, path, &torn, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(log.n_w, 1);
	ck_assert_str_eq(log.w[0].text, "Who notices first?");
	ck_assert_str_eq(log.w[0].id, k.id);
	ck_assert_str_eq(log.w[0].deck, "tomm-questions");
	ck_assert_str_eq(log.w[0].card, k.card);
	ck_assert_str_eq(log.w[0].vignettes, "vignettes");
	ck_assert_str_eq(log.w[0].vignette, k.vignette);
	ck_assert_int_eq(log.w[0].mark, MARK_ON_TARGET);
	ck_assert_uint_eq(log.n_notes, 1);
	ck_assert_str_eq(log.notes[0].text, "I asked why twice.");
	ck_assert_str_eq(log.notes[0].flow, "solo-practice");
	ck_assert_str_eq(log.notes[0].step, "drill");
	ck_assert_str_eq(log.notes[0].card, k.card);
	/* the note's id names the same exercise as the question's */
	size_t ex = strcspn(k.id, "-");
	ck_assert_int_eq(strncmp(log.notes[0].id, k.id, ex), 0);
	ck_assert_str_eq(log.notes[0].id + ex, "-n1");
	practice_log_free(&log);
	free(k.id);
	free(k.card);
	free(k.vignette);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	free(path);
}
END_TEST

START_TEST(test_drill_setup)
{
	struct practice_writer pw;
	pw_begin(&pw, &stock, 0, NULL);
	struct practice_setup s = practice_writer_drill_setup(&pw, 42);
	ck_assert_str_eq(s.deck, "tomm-questions");
	ck_assert_ptr_null(s.suit);
	ck_assert_int_eq(s.mode, PRACTICE_MODE_NAME);
	ck_assert_uint_eq(s.n, PRACTICE_NAME_ITEMS);
	ck_assert_uint_eq(s.seed, 42);
	practice_writer_free(&pw);
}
END_TEST

Suite *practice_writer_suite(void);
Suite *practice_writer_suite(void)
{
	Suite *s = suite_create("practice_writer");
	TCase *tc = tcase_create("writer");
	tcase_add_checked_fixture(tc, pw_setup, pw_teardown);
	tcase_add_test(tc, test_prepare);
	tcase_add_test(tc, test_steps);
	tcase_add_test(tc, test_end);
	tcase_add_test(tc, test_compare);
	tcase_add_test(tc, test_marks_and_selection);
	tcase_add_test(tc, test_next_exercise);
	tcase_add_test(tc, test_leave);
	tcase_add_test(tc, test_timing);
	tcase_add_test(tc, test_journal);
	tcase_add_test(tc, test_drill_setup);
	suite_add_tcase(s, tc);
	return s;
}
