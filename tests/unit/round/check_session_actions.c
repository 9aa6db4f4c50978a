/* The case, the presenter's question, the actions agreed, and reopening an
 * ended round: the records, their rules, resume after a kill at each step,
 * and the transcript they head and close, and old journals replaying as before. */
#include <check.h>
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/deck/catalog.h"
#include "core/round/session.h"
#include "core/round/transcript.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void sa_setup(void)
{
	sfx_open("actions", "decks", "Ana,Ben,Chi,Dee,Eli");
	sfx_clock_ticking();
}

static void sa_teardown(void)
{
	sfx_close();
}

/* A round of round-test in sfx.dir/sub, started with a case and a question. */
static struct session *sa_start(const char *sub, const char *case_ref, const char *question)
{
	char *dir = sfx_path(sub);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people, .has_seed = true,
				 .seed = 5, .facilitator = "Fay", .case_ref = case_ref,
				 .question = question, .dir = dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_OK);
	ck_assert_uint_eq(d.n, 0);
	free(dir);
	return s;
}

static char *sa_md(const struct session *s, bool anon)
{
	char *buf = NULL;
	size_t len = 0;
	struct diags d = {0};
	FILE *f = open_memstream(&buf, &len);
	ck_assert_int_eq(transcript_write_md(f, s, anon, &d), 0);
	fclose(f);
	diags_free(&d);
	return buf;
}

static char *sa_json(const struct session *s, bool anon)
{
	char *buf = NULL;
	size_t len = 0;
	struct diags d = {0};
	FILE *f = open_memstream(&buf, &len);
	ck_assert_int_eq(transcript_write_json(f, s, anon, &d), 0);
	fclose(f);
	diags_free(&d);
	return buf;
}

/* The case and question from setup; set again at any moment, trimmed; the same
 * again writes nothing; blank clears. */
START_TEST(test_case_and_question)
{
	struct diags d = {0};
	struct session *s = sa_start("a", "J (7)", "How do I hold the worry?");
	ck_assert_str_eq(session_case_ref(s), "J (7)");
	ck_assert_str_eq(session_question(s), "How do I hold the worry?");
	size_t n = sfx_n_records(s);
	ck_assert_int_eq(session_set_case(s, " J (7) ", "How do I hold the worry?", &d), SESSION_OK);
	ck_assert_uint_eq(sfx_n_records(s), n);
	ck_assert_int_eq(session_set_case(s, "ref 4471", "  ", &d), SESSION_OK);
	ck_assert_uint_eq(sfx_n_records(s), n + 1);
	ck_assert_str_eq(session_case_ref(s), "ref 4471");
	ck_assert_ptr_null(session_question(s));
	/* pasted with a line break, a tab and an escape: one line, as shown */
	ck_assert_int_eq(session_set_case(s, "ref\r\n4471", "How\t\tdo I\x1b hold it?", &d), SESSION_OK);
	ck_assert_str_eq(session_case_ref(s), "ref 4471");
	ck_assert_str_eq(session_question(s), "How do I hold it?");
	ck_assert_uint_eq(d.n, 0);
	session_free(s);
	s = sa_start("b", NULL, NULL);
	ck_assert_ptr_null(session_case_ref(s));
	ck_assert_ptr_null(session_question(s));
	session_free(s);
}
END_TEST

/* Actions: a person of the round or a name typed, edited, deleted; what is
 * required, and the person must be of the round. */
START_TEST(test_actions)
{
	struct diags d = {0};
	struct session *s = sa_start("a", NULL, NULL);
	unsigned id1 = 0, id2 = 0;
	struct action_fields f = {.what = "Check attendance", .person = 0, .by = "Friday"};
	ck_assert_int_eq(session_add_action(s, &f, &id1, &d), SESSION_OK);
	struct action_fields g = {.what = "Invite the GP", .person = -1, .who = "Dr Khan", .by = NULL};
	ck_assert_int_eq(session_add_action(s, &g, &id2, &d), SESSION_OK);
	ck_assert_uint_eq(id1, 1);
	ck_assert_uint_eq(id2, 2);
	ck_assert_uint_eq(session_n_actions(s), 2);
	ck_assert_str_eq(session_action(s, 1)->who, "Dr Khan");
	ck_assert_str_eq(session_action(s, 1)->by, "");
	ck_assert_uint_eq(d.n, 0);
	struct action_fields blank = {.what = " \n", .person = 0};
	ck_assert_int_eq(session_add_action(s, &blank, NULL, &d), SESSION_INVALID);
	struct action_fields nobody = {.what = "x", .person = 5};
	ck_assert_int_eq(session_add_action(s, &nobody, NULL, &d), SESSION_INVALID);
	ck_assert_uint_eq(session_n_actions(s), 2);
	diags_free(&d);
	struct action_fields h = {.what = "Check attendance with school", .person = 1, .by = "Mon"};
	ck_assert_int_eq(session_edit_action(s, id1, &h, &d), SESSION_OK);
	ck_assert_str_eq(session_find_action(s, id1)->what, "Check attendance with school");
	ck_assert_int_eq(session_find_action(s, id1)->person, 1);
	ck_assert(session_find_action(s, id1)->edited_at > session_find_action(s, id1)->at);
	ck_assert_int_eq(session_delete_action(s, id2, &d), SESSION_OK);
	ck_assert(session_find_action(s, id2)->deleted);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_int_eq(session_edit_action(s, id2, &h, &d), SESSION_INVALID);
	ck_assert_int_eq(session_delete_action(s, id2, &d), SESSION_INVALID);
	ck_assert_int_eq(session_delete_action(s, 9, &d), SESSION_INVALID);
	diags_free(&d);
	session_free(s);
}
END_TEST

/* An ended round refuses changes until it is reopened; the reopening is a
 * record, and what comes after the first end is marked so. */
START_TEST(test_reopen)
{
	struct diags d = {0};
	struct session *s = sa_start("a", NULL, NULL);
	struct action_fields f = {.what = "Book the school check", .person = 0, .by = "Fri"};
	ck_assert_int_eq(session_reopen(s, &d), SESSION_INVALID);
	diags_free(&d);
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	int64_t ended = session_ended_at(s);
	ck_assert_int_eq(session_add_action(s, &f, NULL, &d), SESSION_INVALID);
	ck_assert_int_eq(session_set_case(s, "K", NULL, &d), SESSION_INVALID);
	diags_free(&d);
	ck_assert_int_eq(session_first_ended_at(s), 0);
	ck_assert_int_eq(session_reopen(s, &d), SESSION_OK);
	ck_assert_int_eq(session_ended_at(s), 0);
	ck_assert_int_eq(session_first_ended_at(s), ended);
	ck_assert_int_eq(session_add_action(s, &f, NULL, &d), SESSION_OK);
	ck_assert(session_after_end(s, session_action(s, 0)->seq));
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	ck_assert_int_eq(session_reopen(s, &d), SESSION_OK);
	ck_assert_int_eq(session_first_ended_at(s), ended); /* the first end stays the end */
	ck_assert_uint_eq(d.n, 0);
	session_free(s);
}
END_TEST

/* The listing says a reopened round is not ended, and one ended again is. */
static bool sa_note_after_end(const struct session *s, const char *text)
{
	const struct entry *e = session_entry(s, session_n_entries(s) - 1);
	ck_assert_str_eq(e->text, text);
	return session_after_end(s, e->seq);
}

/* Whether a record came after the end is told by its place in the journal:
 * an end, a reopen and a note in the same millisecond still put the note
 * after the end, live and when the journal is read back; a note before the
 * end in that millisecond stays before it. */
START_TEST(test_after_end_same_millisecond)
{
	struct diags d = {0};
	sfx_clock_still();
	struct session *s = sa_start("a", NULL, NULL);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "Said before", NULL, &d),
			 SESSION_OK);
	ck_assert(!sa_note_after_end(s, "Said before"));
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	ck_assert_int_eq(session_reopen(s, &d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "Booked", NULL, &d),
			 SESSION_OK);
	ck_assert_int_eq(session_entry(s, 1)->at, session_first_ended_at(s));
	ck_assert(sa_note_after_end(s, "Booked"));
	ck_assert(!session_after_end(s, session_entry(s, 0)->seq));
	char *md = sa_md(s, false);
	const char *after = strstr(md, "\n## Added after the end\n");
	ck_assert_ptr_nonnull(after);
	ck_assert_ptr_eq(strstr(md, "Booked"), strstr(after, "Booked"));
	ck_assert(strstr(md, "Said before") < after);
	free(md);
	char *path = xstrdup(session_journal_path(s));
	session_free(s);
	struct session *back = NULL;
	ck_assert_int_eq(session_load(&back, NULL, path, &d), 0);
	ck_assert(sa_note_after_end(back, "Booked"));
	ck_assert(!session_after_end(back, session_entry(back, 0)->seq));
	session_free(back);
	free(path);
	ck_assert_uint_eq(d.n, 0);
}
END_TEST

START_TEST(test_reopen_listed)
{
	struct diags d = {0};
	struct session *s = sa_start("a", NULL, NULL);
	char *dir = sfx_path("a");
	struct session_info *v = NULL;
	size_t n = 0;
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	ck_assert_int_eq(session_reopen(s, &d), SESSION_OK);
	ck_assert_int_eq(session_list(dir, NULL, &v, &n, &d), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert(!v[0].ended);
	session_info_free(v, n);
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	ck_assert_int_eq(session_list(dir, NULL, &v, &n, &d), 0);
	ck_assert(v[0].ended);
	session_info_free(v, n);
	free(dir);
	diags_free(&d);
	session_free(s);
}
END_TEST

/* A damaged journal is listed from its records one by one: a reopen there
 * makes the round not ended either. */
START_TEST(test_reopen_listed_damaged)
{
	static const char head[] =
		"{\"v\":1,\"t\":\"start\",\"at\":1,\"id\":\"dmg\",\"flow\":\"round-test\","
		"\"seed\":\"3\",\"rounds\":1,\"people\":[\"Ana\",\"Ben\"],\"phases\":[\"a\",\"b\",\"c\"]}\n"
		"{\"t\":\"end\",\"at\":2}\n";
	static const char tail[] = "{\"t\":\"delete\",\"at\":4,\"id\":9}\n{\"t\":\"end\",\"at\":5}\n";
	for (int reopened = 0; reopened < 2; reopened++) {
		char *dir = xasprintf("%s/d%d", sfx.dir, reopened);
		ck_assert_int_eq(mkdir(dir, 0700), 0);
		char *path = xasprintf("%s/dmg.jsonl", dir);
		FILE *f = fopen(path, "w");
		fprintf(f, "%s%s%s", head, reopened ? "{\"t\":\"reopen\",\"at\":3}\n" : "", tail);
		fclose(f);
		struct session_info *v = NULL;
		size_t n = 0;
		struct diags d = {0};
		ck_assert_int_eq(session_list(dir, NULL, &v, &n, &d), 0);
		ck_assert_uint_eq(n, 1);
		ck_assert(v[0].damaged);
		ck_assert_int_eq(v[0].ended, !reopened);
		session_info_free(v, n);
		diags_free(&d);
		free(path);
		free(dir);
	}
}
END_TEST

/* Every new record, one step each: a kill after any of them resumes to the same state. */
static enum session_status sa_step(struct session *s, int k, struct diags *d)
{
	struct action_fields f = {.what = "Ask Ms K about J's dad", .person = 0, .by = "next visit"};
	struct action_fields g = {.what = "Call the school", .person = -1, .who = "Zoë Adé", .by = "Fri"};
	switch (k) {
	case 0: return session_set_case(s, "J (7)", "What am I missing?", d);
	case 1: return session_add_action(s, &f, NULL, d);
	case 2: return session_next(s, d);
	case 3: return session_add_action(s, &g, NULL, d);
	case 4: return session_edit_action(s, 1, &g, d);
	case 5: return session_delete_action(s, 2, d);
	case 6: return session_end(s, d);
	case 7: return session_reopen(s, d);
	case 8: return session_add_entry(s, true, -1, NULL, NULL, "Addendum", NULL, d);
	case 9: return session_add_action(s, &f, NULL, d);
	default: return session_end(s, d);
	}
}

/* A round with no case or question yet, for the script. */
static struct session *sa_start_bare(const char *sub)
{
	return sa_start(sub, NULL, NULL);
}

#define SA_STEPS 11

START_TEST(test_resume_after_kill_at_each_step)
{
	static const struct sfx_script script = {sa_start_bare, sa_step, sfx_same_state, SA_STEPS};
	sfx_kill_after(&script, _i);
}
END_TEST

/* The transcript: case and question at the top, the actions as a table (escaped),
 * what came after the end in its own section and not in its phase. */
START_TEST(test_transcript_md)
{
	struct diags d = {0};
	struct session *s = sa_start("a", "J (7) | ref 4471", "How do I *hold* the worry?");
	struct action_fields f = {.what = "Check | attendance", .person = 0, .by = "Friday 5 Dec"};
	struct action_fields g = {.what = "Invite the church contact", .person = -1, .who = "Ben",
				  .by = ""};
	ck_assert_int_eq(session_add_action(s, &f, NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_add_action(s, &g, NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, false, 1, NULL, NULL, "Before the end", NULL, &d),
			 SESSION_OK);
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	ck_assert_int_eq(session_reopen(s, &d), SESSION_OK);
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "School check booked", NULL, &d),
			 SESSION_OK);
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	char *md = sa_md(s, false);
	ck_assert_ptr_nonnull(strstr(md, "- Case: J (7) \\| ref 4471\n"));
	ck_assert_ptr_nonnull(strstr(md, "- Presenter's question: How do I \\*hold\\* the worry?\n"));
	ck_assert_ptr_nonnull(strstr(md, "\n## Actions agreed\n\n| what | who | by when |\n|---|---|---|\n"
					 "| Check \\| attendance | Ana | Friday 5 Dec |\n"
					 "| Invite the church contact | Ben | — |\n"));
	const char *after = strstr(md, "\n## Added after the end\n\n- **Note**, ");
	ck_assert_ptr_nonnull(after);
	ck_assert_ptr_nonnull(strstr(after, "  > School check booked\n"));
	ck_assert_ptr_eq(strstr(md, "School check booked"), strstr(after, "School check booked"));
	ck_assert(strstr(md, "Before the end") < after);
	free(md);
	md = sa_md(s, true);
	ck_assert_ptr_nonnull(strstr(md, "| Check \\| attendance | P1 | Friday 5 Dec |\n"));
	ck_assert_ptr_nonnull(strstr(md, "| Invite the church contact | P2 | — |\n"));
	free(md);
	ck_assert_uint_eq(d.n, 0);
	session_free(s);
}
END_TEST

static const char *sa_str(const cJSON *o, const char *k)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
	return cJSON_IsString(v) ? v->valuestring : cJSON_IsNull(v) ? "(null)" : "(absent)";
}

/* The JSON export carries the case, the question and the actions as objects. */
START_TEST(test_transcript_json)
{
	struct diags d = {0};
	struct session *s = sa_start("a", "J", "Why now?");
	struct action_fields f = {.what = "Visit", .person = 2, .by = "Tue"};
	struct action_fields g = {.what = "Call", .person = -1, .who = "Dr Khan", .by = "soon"};
	ck_assert_int_eq(session_add_action(s, &f, NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_add_action(s, &g, NULL, &d), SESSION_OK);
	char *js = sa_json(s, false);
	cJSON *o = cJSON_Parse(js);
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(sa_str(o, "case"), "J");
	ck_assert_str_eq(sa_str(o, "question"), "Why now?");
	ck_assert_str_eq(sa_str(o, "first_ended_at"), "(absent)");
	const cJSON *acts = cJSON_GetObjectItemCaseSensitive(o, "actions");
	ck_assert_int_eq(cJSON_GetArraySize(acts), 2);
	const cJSON *a = cJSON_GetArrayItem(acts, 0), *b = cJSON_GetArrayItem(acts, 1);
	ck_assert_str_eq(sa_str(a, "what"), "Visit");
	ck_assert_str_eq(sa_str(a, "who"), "Chi");
	ck_assert_str_eq(sa_str(a, "person"), "Chi");
	ck_assert_str_eq(sa_str(a, "by"), "Tue");
	ck_assert_str_eq(sa_str(a, "phase"), "story");
	ck_assert_str_eq(sa_str(b, "who"), "Dr Khan");
	ck_assert_str_eq(sa_str(b, "person"), "(null)");
	ck_assert(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(b, "after_end")));
	cJSON_Delete(o);
	free(js);
	ck_assert_uint_eq(d.n, 0);
	session_free(s);
}
END_TEST

/* Journals from before these records: no new field in either export, and
 * records of a kind not known are still skipped with a warning. */
START_TEST(test_old_journal_unchanged)
{
	static const char journal[] =
		"{\"v\":1,\"t\":\"start\",\"at\":1700000000000,\"id\":\"old\",\"flow\":\"round-test\","
		"\"seed\":\"3\",\"rounds\":1,\"people\":[\"Ana\",\"Ben\"],\"phases\":[\"story\",\"ring\","
		"\"close\"],\"roles\":[\"presenter\",\"consultant\",\"mentor\",\"observer\"]}\n"
		"{\"t\":\"seats\",\"at\":1700000000001,\"round\":0,\"seats\":[0,1]}\n"
		"{\"t\":\"phase\",\"at\":1700000000002,\"round\":0,\"phase\":0}\n"
		"{\"t\":\"entry\",\"at\":1700000000003,\"id\":1,\"note\":false,\"round\":0,\"phase\":0,"
		"\"person\":0,\"text\":\"Told\"}\n"
		"{\"t\":\"end\",\"at\":1700000000004}\n";
	struct session *s = sfx_load("old.jsonl", journal, false);
	ck_assert_ptr_null(session_case_ref(s));
	ck_assert_uint_eq(session_n_actions(s), 0);
	char *md = sa_md(s, false), *js = sa_json(s, false);
	ck_assert_ptr_null(strstr(md, "Case"));
	ck_assert_ptr_null(strstr(md, "Actions agreed"));
	ck_assert_ptr_null(strstr(md, "after the end"));
	ck_assert_ptr_nonnull(strstr(md, "  > Told\n"));
	ck_assert_ptr_null(strstr(js, "\"case\""));
	ck_assert_ptr_null(strstr(js, "\"actions\""));
	ck_assert_ptr_null(strstr(js, "after_end"));
	free(md);
	free(js);
	session_free(s);
}
END_TEST

/* Damaged new records name their line: a reopen of a running round, an
 * action without what, an edit of no action. */
static const char *const sa_bad[] = {
	"{\"t\":\"reopen\",\"at\":5}",
	"{\"t\":\"action\",\"at\":5,\"id\":1,\"round\":0,\"phase\":0,\"person\":0,\"by\":\"x\"}",
	"{\"t\":\"action\",\"at\":5,\"id\":1,\"round\":0,\"phase\":0,\"what\":\"w\",\"person\":7}",
	"{\"t\":\"action_edit\",\"at\":5,\"id\":3,\"what\":\"w\",\"person\":0}",
	"{\"t\":\"action_delete\",\"at\":5,\"id\":1}",
	"{\"t\":\"case\",\"at\":5,\"case\":7}",
};

START_TEST(test_bad_records)
{
	char *text = xasprintf(
		"{\"v\":1,\"t\":\"start\",\"at\":1,\"id\":\"bad\",\"flow\":\"round-test\",\"seed\":\"3\","
		"\"rounds\":1,\"people\":[\"Ana\",\"Ben\"],\"phases\":[\"a\",\"b\",\"c\"]}\n%s\n",
		sa_bad[_i]);
	char *path = sfx_path("bad.jsonl");
	FILE *f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&s, NULL, path, &d), -1);
	ck_assert_uint_ge(d.n, 1);
	ck_assert_int_eq(d.v[d.n - 1].line, 2);
	diags_free(&d);
	free(path);
	free(text);
}
END_TEST

Suite *session_actions_suite(void);
Suite *session_actions_suite(void)
{
	Suite *s = suite_create("session_actions");
	TCase *tc = tcase_create("session_actions");
	tcase_add_checked_fixture(tc, sa_setup, sa_teardown);
	tcase_add_test(tc, test_case_and_question);
	tcase_add_test(tc, test_actions);
	tcase_add_test(tc, test_reopen);
	tcase_add_test(tc, test_after_end_same_millisecond);
	tcase_add_test(tc, test_reopen_listed);
	tcase_add_test(tc, test_reopen_listed_damaged);
	tcase_add_loop_test(tc, test_resume_after_kill_at_each_step, 0, SA_STEPS);
	tcase_add_test(tc, test_transcript_md);
	tcase_add_test(tc, test_transcript_json);
	tcase_add_test(tc, test_old_journal_unchanged);
	tcase_add_loop_test(tc, test_bad_records, 0, sizeof sa_bad / sizeof sa_bad[0]);
	suite_add_tcase(s, tc);
	return s;
}
