/* Practice persistence (journal round trip, torn tail), weekly stats, export. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/base/journal.h"
#include "core/practice/practice_stats.h"
#include "core/practice/practice_store.h"
#include "core/base/xalloc.h"

#define DAY 86400
/* 2026-11-23 00:00:00 UTC, a Monday: ISO week 2026-W48. */
#define MON 1795392000

static char pst_dir[64];

static void pst_setup(void)
{
	strcpy(pst_dir, "/tmp/ck-practice-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(pst_dir));
}

static void pst_teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", pst_dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static void pst_answer(struct journal *j, int64_t ts, const char *item, const char *suit,
		       const char *given, bool card_ok)
{
	struct practice_answer a = {
		.ts = ts, .deck = (char *)"tomm", .item = (char *)item,
		.suit = (char *)suit, .card = (char *)"c", .given_suit = (char *)given,
		.given_card = NULL, .suit_ok = strcmp(suit, given) == 0, .card_ok = card_ok,
	};
	char *rec = practice_answer_record(&a);
	struct diags d = {0};
	ck_assert_int_eq(journal_append(j, rec, &d), 0);
	free(rec);
}

static char *pst_journal(void)
{
	char *p = xasprintf("%s/journal.jsonl", pst_dir);
	struct journal *j;
	struct diags d = {0};
	ck_assert_int_eq(journal_open(&j, p, &d), 0);
	pst_answer(j, MON, "k1", "lineal", "lineal", true);
	pst_answer(j, MON + 60, "k2", "circular", "lineal", false);
	pst_answer(j, MON + 120, "k2", "circular", "circular", true);
	pst_answer(j, MON + 8 * DAY, "k1", "lineal", "lineal", true);
	pst_answer(j, MON + 8 * DAY, "k3", "reflexive", "circular", false);
	pst_answer(j, MON + 8 * DAY, "k4", "reflexive", "circular", false);
	/* the first format: marked at once, no id, the vignette deck implied */
	ck_assert_int_eq(journal_append(j, "{\"v\":1,\"type\":\"written\",\"ts\":1795478400,"
				     "\"deck\":\"tomm\",\"card\":\"rx-future\",\"vignette\":\"v1\","
				     "\"text\":\"# What if\\nyou were free?\",\"on_target\":true}", &d), 0);
	struct practice_written w = {
		.ts = MON + DAY + 60, .deck = (char *)"tomm", .card = (char *)"rx-future",
		.vignettes = (char *)"vignettes", .vignette = (char *)"v2", .id = (char *)"ab-1",
		.text = (char *)"And who would notice?", .mark = MARK_NONE,
	};
	char *rec = practice_written_record(&w);
	ck_assert_int_eq(journal_append(j, rec, &d), 0);
	free(rec);
	rec = practice_mark_record(MON + DAY + 90, "tomm", "ab-1", MARK_NOT_YET);
	ck_assert_int_eq(journal_append(j, rec, &d), 0);
	free(rec);
	ck_assert_int_eq(journal_append(j, "{\"v\":2,\"type\":\"answer\"}", &d), 0);
	ck_assert_int_eq(journal_append(j, "{\"v\":1,\"type\":\"answer\",\"ts\":1}", &d), 0);
	/* a mark for a question that is not there */
	ck_assert_int_eq(journal_append(j, "{\"v\":1,\"type\":\"mark\",\"ts\":1,\"deck\":\"tomm\","
				     "\"id\":\"zz-9\",\"on_target\":true}", &d), 0);
	journal_close(j);
	return p;
}

START_TEST(test_round_trip_and_boxes)
{
	char *p = pst_journal();
	struct practice_log log = {0};
	struct diags d = {0};
	bool torn = true;
	ck_assert_int_eq(practice_log_load(&log, p, &torn, &d), 0);
	ck_assert(!torn);
	ck_assert_uint_eq(log.n_a, 6);
	ck_assert_uint_eq(log.n_w, 2);
	ck_assert_uint_eq(d.n, 2); /* the v1 answer lacking fields, the stray mark */
	ck_assert_int_eq(d.v[0].line, 11);
	ck_assert_int_eq(d.v[1].line, 12);
	ck_assert_str_eq(log.w[0].text, "# What if\nyou were free?");
	ck_assert_int_eq(log.w[0].mark, MARK_ON_TARGET);
	ck_assert_ptr_null(log.w[0].id);
	ck_assert_str_eq(log.w[0].vignettes, "vignettes");
	ck_assert_int_eq(log.w[1].mark, MARK_NOT_YET);
	ck_assert_str_eq(log.w[1].id, "ab-1");
	ck_assert_ptr_null(log.a[0].given_card);
	struct practice_boxes b = {0};
	practice_log_boxes(&log, "tomm", &b);
	ck_assert_int_eq(practice_boxes_get(&b, "k1")->box, 3);
	ck_assert_int_eq(practice_boxes_get(&b, "k2")->box, 2);
	ck_assert_int_eq(practice_boxes_get(&b, "k3")->box, 1);
	ck_assert_int_eq(practice_boxes_get(&b, "k1")->due, MON + 8 * DAY + 3 * DAY);
	practice_boxes_free(&b);
	practice_log_boxes(&log, "other", &b);
	ck_assert_uint_eq(b.n, 0);
	practice_log_free(&log);
	diags_free(&d);
	free(p);
}
END_TEST

START_TEST(test_torn_tail)
{
	char *p = pst_journal();
	FILE *f = fopen(p, "a");
	fputs("{\"v\":1,\"type\":\"answer\",\"ts\":17", f);
	fclose(f);
	struct practice_log log = {0};
	struct diags d = {0};
	bool torn = false;
	ck_assert_int_eq(practice_log_load(&log, p, &torn, &d), 0);
	ck_assert(torn);
	ck_assert_uint_eq(log.n_a, 6);
	practice_log_free(&log);
	diags_free(&d);
	/* the journal keeps working after a torn tail is read */
	struct journal *j;
	ck_assert_int_eq(journal_open(&j, p, &d), 0);
	journal_close(j);
	free(p);
}
END_TEST

START_TEST(test_missing_is_empty)
{
	char *p = xasprintf("%s/none.jsonl", pst_dir);
	struct practice_log log = {0};
	struct diags d = {0};
	bool torn = true;
	ck_assert_int_eq(practice_log_load(&log, p, &torn, &d), 0);
	ck_assert(!torn);
	ck_assert_uint_eq(log.n_a + log.n_w + d.n, 0);
	free(p);
}
END_TEST

START_TEST(test_iso_week)
{
	static const struct {
		int64_t ts;
		const char *week;
	} t[] = {
		{MON, "2026-W48"},
		{MON - 1, "2026-W47"},	    /* Sunday night */
		{MON + 6 * DAY + 86399, "2026-W48"},
		{1767225600, "2026-W01"},   /* 2026-01-01, a Thursday */
		{1735603200, "2025-W01"},   /* 2024-12-31 belongs to 2025 */
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		char buf[12];
		practice_iso_week(t[i].ts, buf, sizeof buf);
		ck_assert_str_eq(buf, t[i].week);
	}
}
END_TEST

START_TEST(test_weekly_stats)
{
	char *p = pst_journal();
	struct practice_log log = {0};
	struct diags d = {0};
	bool torn;
	ck_assert_int_eq(practice_log_load(&log, p, &torn, &d), 0);
	struct practice_stats st;
	practice_stats_build(&st, &log, NULL, NULL);
	ck_assert_uint_eq(st.asked, 6);
	ck_assert_uint_eq(st.right, 3);
	ck_assert_uint_eq(st.n_rows, 4);
	ck_assert_str_eq(st.rows[0].week, "2026-W48");
	ck_assert_str_eq(st.rows[0].suit, "circular");
	ck_assert_uint_eq(st.rows[0].asked, 2);
	ck_assert_uint_eq(st.rows[0].right, 1);
	ck_assert_str_eq(st.rows[3].week, "2026-W49");
	ck_assert_str_eq(st.rows[3].suit, "reflexive");
	ck_assert_uint_eq(st.n_pairs, 2);
	ck_assert_str_eq(st.pairs[0].right, "reflexive");
	ck_assert_str_eq(st.pairs[0].given, "circular");
	ck_assert_uint_eq(st.pairs[0].count, 2);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	practice_stats_print_text(f, &st, 5);
	fclose(f);
	ck_assert_ptr_nonnull(strstr(buf, "2026-W48  circular"));
	ck_assert_ptr_nonnull(strstr(buf, "50%"));
	/* no card was asked: no subtypes counted */
	ck_assert_ptr_nonnull(strstr(buf, "\nOverall: 3 of 6 types right (50%)\n"));
	ck_assert_ptr_nonnull(strstr(buf, "reflexive            -> circular             2"));
	free(buf);
	practice_stats_free(&st);
	practice_stats_build(&st, &log, "other", NULL);
	ck_assert_uint_eq(st.asked, 0);
	practice_stats_free(&st);
	practice_log_free(&log);
	diags_free(&d);
	free(p);
}
END_TEST

/* Adds an answer to log: suit named given (card given_card, NULL: not asked). */
static void pst_add(struct practice_log *log, const char *suit, const char *card,
		    const char *given, const char *given_card)
{
	xgrow((void **)&log->a, &log->cap_a, log->n_a + 1, sizeof *log->a);
	bool suit_ok = strcmp(suit, given) == 0;
	log->a[log->n_a++] = (struct practice_answer){
		.ts = MON, .deck = xstrdup("tomm"), .item = xstrdup("k"), .suit = xstrdup(suit),
		.card = xstrdup(card), .given_suit = xstrdup(given),
		.given_card = given_card ? xstrdup(given_card) : NULL, .suit_ok = suit_ok,
		.card_ok = suit_ok && (!given_card || strcmp(card, given_card) == 0),
	};
}

/* Subtypes are counted apart: where the suit was right and the card asked. */
START_TEST(test_stats_subtypes)
{
	struct practice_log log = {0};
	pst_add(&log, "circular", "circ-a", "circular", "circ-a"); /* right */
	pst_add(&log, "circular", "circ-a", "circular", "circ-b"); /* half right */
	pst_add(&log, "lineal", "lin", "circular", "circ-a");	   /* wrong: no subtype */
	pst_add(&log, "lineal", "lin", "lineal", NULL);		   /* no subtypes */
	struct practice_stats st;
	practice_stats_build(&st, &log, "tomm", NULL);
	ck_assert_uint_eq(st.asked, 4);
	ck_assert_uint_eq(st.right, 3); /* the half-right answer named the type right */
	ck_assert_uint_eq(st.sub_asked, 2);
	ck_assert_uint_eq(st.sub_right, 1);
	ck_assert_str_eq(st.rows[0].suit, "circular");
	ck_assert_uint_eq(st.rows[0].sub_asked, 2);
	ck_assert_uint_eq(st.rows[0].sub_right, 1);
	ck_assert_uint_eq(st.rows[1].sub_asked, 0);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	practice_stats_print_text(f, &st, 5);
	fclose(f);
	ck_assert_str_eq(buf, "week      suit                   asked   right  accuracy  subtypes\n"
			      "2026-W48  circular                   2       2      100%       1/2\n"
			      "2026-W48  lineal                     2       1       50%         -\n"
			      "\n"
			      "Overall: 3 of 4 types right (75%); 1 of 2 subtypes right (50%)\n"
			      "\n"
			      "Most confused (right suit -> answer given):\n"
			      "  lineal               -> circular             1\n");
	free(buf);
	f = open_memstream(&buf, &len);
	practice_stats_print_json(f, &st);
	fclose(f);
	ck_assert_ptr_nonnull(strstr(buf, "{\"answers\":4,\"right\":3,\"subtypes_asked\":2,"
					  "\"subtypes_right\":1,"));
	ck_assert_ptr_nonnull(strstr(buf, "\"suit\":\"circular\",\"asked\":2,\"right\":2,"
					  "\"subtypes_asked\":2,\"subtypes_right\":1}"));
	free(buf);
	practice_stats_free(&st);
	practice_log_free(&log);
}
END_TEST

START_TEST(test_export_markdown)
{
	char *p = pst_journal();
	struct practice_log log = {0};
	struct diags d = {0};
	bool torn;
	ck_assert_int_eq(practice_log_load(&log, p, &torn, &d), 0);
	char *buf = NULL;
	size_t len = 0;
	setenv("TZ", "UTC", 1); /* days and times are local */
	tzset();
	FILE *f = open_memstream(&buf, &len);
	ck_assert_uint_eq(practice_export_markdown(f, &log, NULL, NULL), 2);
	fclose(f);
	ck_assert_str_eq(buf, "# Practice: questions written\n"
			      "\n## 2026-11-24\n"
			      "\n### 00:00 · rx-future · v1\n\n"
			      "*Card `rx-future` of `tomm`; vignette `v1` of `vignettes`.*\n"
			      "\n> # What if\n> you were free?\n\n**On target.**\n"
			      "\n### 00:01 · rx-future · v2\n\n"
			      "*Card `rx-future` of `tomm`; vignette `v2` of `vignettes`.*\n"
			      "\n> And who would notice?\n\n**Not yet.**\n"
			      "\n## Name it: scores\n\n"
			      "- 2026-11-23: 2 of 3 types right (66%)\n"
			      "- 2026-12-01: 1 of 3 types right (33%)\n"
			      "- In all, 2026-11-23 to 2026-12-01: 3 of 6 types right (50%)\n");
	free(buf);
	f = open_memstream(&buf, &len);
	ck_assert_uint_eq(practice_export_markdown(f, &log, "other", NULL), 0);
	fclose(f);
	ck_assert_str_eq(buf, "# Practice: questions written\n\nNo questions written yet.\n");
	free(buf);
	/* to a file: atomically, 0600, and an unwritable place is an error that names it */
	char *out = xasprintf("%s/log.md", pst_dir);
	ck_assert_int_eq(practice_export_file(out, &log, NULL, NULL, &d), 0);
	struct stat sb;
	ck_assert_int_eq(stat(out, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0600);
	ck_assert_int_eq(practice_export_file("/nonexistent/log.md", &log, NULL, NULL, &d), -1);
	ck_assert_int_eq(d.v[d.n - 1].kind, DIAG_IO);
	ck_assert_str_eq(d.v[d.n - 1].file, "/nonexistent/log.md");
	free(out);
	practice_log_free(&log);
	diags_free(&d);
	free(p);
}
END_TEST

/* Notes written at a solo flow's steps: kept, read back, exported in time
 * order with the questions of their exercise; one lacking a field is skipped. */
START_TEST(test_notes)
{
	char *p = xasprintf("%s/journal.jsonl", pst_dir);
	struct journal *j;
	struct diags d = {0};
	ck_assert_int_eq(journal_open(&j, p, &d), 0);
	struct practice_written w = {
		.ts = MON + 60, .deck = (char *)"tomm", .card = (char *)"rx-future",
		.vignettes = (char *)"scenes", .vignette = (char *)"v2", .id = (char *)"ab-1",
		.text = (char *)"Who would notice?", .mark = MARK_ON_TARGET,
	};
	struct practice_note n = {
		.ts = MON + 120, .deck = (char *)"tomm", .card = (char *)"rx-future",
		.vignettes = (char *)"scenes", .vignette = (char *)"v2", .flow = (char *)"solo",
		.step = (char *)"stance", .id = (char *)"ab-n1", .text = (char *)"Captain, again.",
	};
	struct practice_note early = n;
	early.ts = MON;
	early.step = (char *)"meet";
	early.id = (char *)"ab-n0";
	early.text = (char *)"- nobody mentions dad";
	char *recs[] = {practice_note_record(&early), practice_written_record(&w),
			practice_note_record(&n)};
	for (size_t i = 0; i < 3; i++) {
		ck_assert_int_eq(journal_append(j, recs[i], &d), 0);
		free(recs[i]);
	}
	ck_assert_int_eq(journal_append(j, "{\"v\":1,\"type\":\"note\",\"ts\":1,\"deck\":\"tomm\"}",
				     &d), 0);
	journal_close(j);
	struct practice_log log = {0};
	bool torn;
	ck_assert_int_eq(practice_log_load(&log, p, &torn, &d), 0);
	ck_assert_uint_eq(log.n_notes, 2);
	ck_assert_uint_eq(d.n, 1); /* the note lacking its fields */
	ck_assert_int_eq(d.v[0].line, 4);
	ck_assert_str_eq(log.notes[1].flow, "solo");
	ck_assert_str_eq(log.notes[1].step, "stance");
	ck_assert_str_eq(log.notes[1].vignettes, "scenes");
	ck_assert_str_eq(log.notes[1].text, "Captain, again.");
	setenv("TZ", "UTC", 1);
	tzset();
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	ck_assert_uint_eq(practice_export_markdown(f, &log, NULL, NULL), 3);
	fclose(f);
	ck_assert_str_eq(buf, "# Practice: questions written\n"
			      "\n## 2026-11-23\n"
			      "\n### 00:00 · rx-future · v2\n\n"
			      "*Card `rx-future` of `tomm`; vignette `v2` of `scenes`.*\n"
			      "\n*Note at “meet” (step `meet` of flow `solo`):*\n\n"
			      "> - nobody mentions dad\n"
			      "\n> Who would notice?\n\n**On target.**\n"
			      "\n*Note at “stance” (step `stance` of flow `solo`):*\n\n"
			      "> Captain, again.\n");
	free(buf);
	f = open_memstream(&buf, &len);
	ck_assert_uint_eq(practice_export_markdown(f, &log, "other", NULL), 0);
	fclose(f);
	free(buf);
	practice_log_free(&log);
	diags_free(&d);
	free(p);
}
END_TEST

START_TEST(test_report)
{
	char *p = pst_journal();
	char *buf = NULL;
	size_t len = 0;
	struct diags d = {0};
	FILE *f = open_memstream(&buf, &len);
	ck_assert_int_eq(practice_stats_report(f, p, "tomm", NULL, true, &d), 0);
	fclose(f);
	ck_assert_ptr_nonnull(strstr(buf, "{\"answers\":6,\"right\":3,\"subtypes_asked\":0,"
					  "\"subtypes_right\":0,\"weeks\":[{\"week\":\"2026-W48\""));
	ck_assert_ptr_nonnull(strstr(buf, "{\"right\":\"reflexive\",\"given\":\"circular\",\"count\":2}"));
	free(buf);
	char *none = xasprintf("%s/none.jsonl", pst_dir);
	f = open_memstream(&buf, &len);
	ck_assert_int_eq(practice_stats_report(f, none, NULL, NULL, false, &d), 0);
	fclose(f);
	ck_assert_str_eq(buf, "No practice answers yet.\n");
	free(buf);
	free(none);
	free(p);
	diags_free(&d);
}
END_TEST

START_TEST(test_store_open_repairs_torn_tail)
{
	char *p = pst_journal();
	FILE *f = fopen(p, "a");
	fputs("{\"v\":1,\"type\":\"ans", f);
	fclose(f);
	struct practice_store s;
	struct diags d = {0};
	ck_assert_int_eq(practice_store_open(&s, p, &d), 0);
	ck_assert_uint_eq(s.log.n_a, 6);
	pst_answer(s.journal, MON + 9 * DAY, "k9", "lineal", "lineal", true);
	practice_store_close(&s);
	diags_free(&d);
	ck_assert_int_eq(practice_store_open(&s, p, &d), 0);
	ck_assert_uint_eq(s.log.n_a, 7);
	ck_assert_str_eq(s.log.a[6].item, "k9");
	for (size_t i = 0; i < d.n; i++)
		ck_assert_int_ne(d.v[i].severity, DIAG_ERROR);
	practice_store_close(&s);
	diags_free(&d);
	char *bad = xasprintf("%s/no/such/dir/j.jsonl", pst_dir);
	ck_assert_int_eq(practice_store_open(&s, bad, &d), -1);
	ck_assert_uint_ge(d.n, 1);
	diags_free(&d);
	free(bad);
	free(p);
}
END_TEST

/* Opens the store at p in a child process (another window): 0 when that
 * open was refused naming this process.  The child's verdict comes through
 * a pipe, not its exit status: under valgrind (make valgrind) the child's
 * exit runs a leak check over the whole heap it inherited, and any leak
 * found there turns its status into --error-exitcode whatever it said. */
static int pst_other_window(const char *p)
{
	int fds[2];
	ck_assert_int_eq(pipe(fds), 0);
	pid_t child = fork();
	if (child == 0) {
		struct practice_store s;
		struct diags d = {0};
		char want[64];
		close(fds[0]);
		snprintf(want, sizeof want, "open in another window (pid %ld)", (long)getppid());
		int rc = practice_store_open(&s, p, &d);
		char verdict = rc == -1 && d.n && strstr(d.v[d.n - 1].message, want) ? '0' : '1';
		_exit(write(fds[1], &verdict, 1) == 1 ? 0 : 2);
	}
	close(fds[1]);
	char verdict = 0;
	ssize_t n = read(fds[0], &verdict, 1);
	close(fds[0]);
	waitpid(child, NULL, 0);
	return n == 1 ? verdict - '0' : -1;
}

/* Issue 10, 2: a second window does not rewrite the journal (dropping a torn
 * last line by replacing the file) while the first appends to it: it is
 * refused, naming the first.  Stores of one window share its lock. */
START_TEST(test_store_one_window)
{
	char *p = pst_journal();
	struct practice_store first, inner;
	struct diags d = {0};
	ck_assert_int_eq(practice_store_open(&first, p, &d), 0);
	diags_free(&d);
	struct stat before, after;
	ck_assert_int_eq(stat(p, &before), 0);
	FILE *f = fopen(p, "a");
	fputs("{\"v\":1,\"type\":\"ans", f); /* torn, as by a crash of another window */
	fclose(f);
	ck_assert_int_eq(pst_other_window(p), 0);
	ck_assert_int_eq(stat(p, &after), 0);
	ck_assert(before.st_ino == after.st_ino); /* not replaced */
	/* the same window's second store shares the lock, and will not replace it either */
	ck_assert_int_eq(practice_store_open(&inner, p, &d), -1);
	ck_assert_ptr_nonnull(strstr(d.v[d.n - 1].message, "torn"));
	diags_free(&d);
	practice_store_close(&first);
	ck_assert_int_eq(practice_store_open(&first, p, &d), 0); /* free again: taken, repaired */
	ck_assert_uint_eq(first.log.n_a, 6);
	ck_assert_int_eq(practice_store_open(&inner, p, &d), 0);
	practice_store_close(&inner);
	ck_assert_int_eq(pst_other_window(p), 0); /* still held by first */
	practice_store_close(&first);
	ck_assert_int_ne(pst_other_window(p), 0); /* let go: another window may open it */
	diags_free(&d);
	free(p);
}
END_TEST

/* Two journals open in one process at once are each locked: the second
 * is not left open to another window because the first holds a lock. */
START_TEST(test_store_two_journals_locked)
{
	char *p = pst_journal();
	char *q = xasprintf("%s/other.jsonl", pst_dir);
	struct practice_store a, b;
	struct diags d = {0};
	ck_assert_int_eq(practice_store_open(&a, p, &d), 0);
	ck_assert_int_eq(practice_store_open(&b, q, &d), 0);
	ck_assert_int_eq(pst_other_window(p), 0);
	ck_assert_int_eq(pst_other_window(q), 0);
	practice_store_close(&a);
	ck_assert_int_eq(pst_other_window(q), 0); /* closing one keeps the other's */
	practice_store_close(&b);
	ck_assert_int_ne(pst_other_window(q), 0);
	diags_free(&d);
	free(q);
	free(p);
}
END_TEST

Suite *practice_store_suite(void);
Suite *practice_store_suite(void)
{
	Suite *s = suite_create("practice_store");
	TCase *tc = tcase_create("store");
	tcase_add_checked_fixture(tc, pst_setup, pst_teardown);
	tcase_add_test(tc, test_round_trip_and_boxes);
	tcase_add_test(tc, test_torn_tail);
	tcase_add_test(tc, test_missing_is_empty);
	tcase_add_test(tc, test_iso_week);
	tcase_add_test(tc, test_weekly_stats);
	tcase_add_test(tc, test_stats_subtypes);
	tcase_add_test(tc, test_export_markdown);
	tcase_add_test(tc, test_notes);
	tcase_add_test(tc, test_report);
	tcase_add_test(tc, test_store_open_repairs_torn_tail);
	tcase_add_test(tc, test_store_one_window);
	tcase_add_test(tc, test_store_two_journals_locked);
	suite_add_tcase(s, tc);
	return s;
}
