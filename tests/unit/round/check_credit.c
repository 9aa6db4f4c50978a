/* Who said it and what it speaks to: authors, the facilitator, "credit" and
 * "putback" records, their replay after a kill, and the transcript naming
 * each author with their role. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "core/round/session.h"
#include "core/round/transcript.h"
#include "core/round/turn.h"

#include "../support/session_fixture.h"

static void cr_setup(void)
{
	sfx_open("credit", "decks", "Ana,Ben,Chi,Dee,Eli");
	sfx_clock_ticking();
	setenv("TZ", "UTC", 1);
}

static void cr_teardown(void)
{
	sfx_close();
}

/* The index of the live card deck/card dealt in s, or -1. */
static long cr_find(const struct session *s, const char *card)
{
	for (size_t i = 0; i < session_n_dealt(s); i++)
		if (!session_dealt(s, i)->withdrawn && !strcmp(session_dealt(s, i)->card, card))
			return (long)i;
	return -1;
}

/* Step k (0-based) of a round where authors change; true while there are steps. */
static bool cr_step(struct session *s, size_t k, struct diags *d)
{
	long card;
	switch (k) {
	case 0: /* Ana presents, on the card she was dealt */
		card = turn_default_card(s, turn_default_author(s, false));
		ck_assert_int_ge(card, 0);
		ck_assert_int_eq(session_add_entry(s, false, turn_default_author(s, false),
						   session_dealt(s, card)->deck,
						   session_dealt(s, card)->card, "my case", NULL, d),
				 SESSION_OK);
		return true;
	case 1: /* a note: the facilitator's */
		ck_assert_int_eq(session_add_entry(s, true, turn_default_author(s, true), NULL, NULL,
						   "ground rules agreed", NULL, d),
				 SESSION_OK);
		return true;
	case 2: /* it was Ben who said it, on no card */
		ck_assert_int_eq(session_credit_entry(s, 1, 1, NULL, NULL, d), SESSION_OK);
		return true;
	case 3: /* a card taken to the table by mistake */
		ck_assert_int_eq(session_choose(s, -1, -1, "bells-test", "gender", d), SESSION_OK);
		return true;
	case 4:
		card = cr_find(s, "gender");
		ck_assert_int_eq(session_put_back(s, (size_t)card, d), SESSION_OK);
		return true;
	case 5: /* the mentor's coaching point, given to the group and back to Chi */
		ck_assert_int_eq(session_credit_entry(s, 2, -1, NULL, NULL, d), SESSION_OK);
		ck_assert_int_eq(session_credit_entry(s, 2, 2, "bells-test", "gender", d), SESSION_OK);
		return true;
	default:
		return false;
	}
}

START_TEST(test_authors)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(5, "a");
	for (size_t k = 0; cr_step(s, k, &d); k++)
		;
	const struct entry *e = session_find_entry(s, 1);
	ck_assert_int_eq(e->person, 1);
	ck_assert_ptr_null(e->card);
	e = session_find_entry(s, 2);
	ck_assert(e->note);
	ck_assert_int_eq(e->person, 2);
	ck_assert_str_eq(e->card, "gender");
	long gone = -1;
	for (size_t i = 0; i < session_n_dealt(s); i++)
		if (session_dealt(s, i)->put_back)
			gone = (long)i;
	ck_assert_int_ge(gone, 0);
	ck_assert(session_dealt(s, gone)->withdrawn);
	/* refused: nothing changes, nothing is written */
	size_t records = sfx_n_records(s);
	ck_assert_int_eq(session_put_back(s, (size_t)gone, &d), SESSION_INVALID);
	ck_assert_int_eq(session_put_back(s, 999, &d), SESSION_INVALID);
	ck_assert_int_eq(session_credit_entry(s, 1, 5, NULL, NULL, &d), SESSION_INVALID);
	ck_assert_int_eq(session_credit_entry(s, 1, -3, NULL, NULL, &d), SESSION_INVALID);
	ck_assert_int_eq(session_credit_entry(s, 1, 0, "bells-test", NULL, &d), SESSION_INVALID);
	ck_assert_int_eq(session_credit_entry(s, 9, 0, NULL, NULL, &d), SESSION_INVALID);
	ck_assert_int_eq(session_add_entry(s, false, -3, NULL, NULL, "x", NULL, &d), SESSION_INVALID);
	ck_assert_int_eq(session_delete_entry(s, 1, &d), SESSION_OK);
	ck_assert_int_eq(session_credit_entry(s, 1, 0, NULL, NULL, &d), SESSION_INVALID);
	ck_assert_uint_eq(sfx_n_records(s), records + 1);
	ck_assert_int_eq(session_end(s, &d), SESSION_OK);
	ck_assert_int_eq(session_put_back(s, 0, &d), SESSION_INVALID);
	diags_free(&d);
	session_free(s);
}
END_TEST

/* Killed after each step (each new record type among them), a resumed
 * round is in the state the live one is in. */
START_TEST(test_resume_each_step)
{
	struct diags d = {0};
	for (size_t n = 1; n <= 6; n++) {
		char live_dir[16], killed_dir[16];
		snprintf(live_dir, sizeof live_dir, "live%zu", n);
		snprintf(killed_dir, sizeof killed_dir, "killed%zu", n);
		int64_t t0 = sfx.ms;
		struct session *live = sfx_start_in(7, live_dir);
		for (size_t k = 0; k < n; k++)
			cr_step(live, k, &d);
		sfx.ms = t0;
		struct session *killed = sfx_start_in(7, killed_dir);
		for (size_t k = 0; k < n; k++)
			cr_step(killed, k, &d);
		char *path = xstrdup(session_journal_path(killed));
		session_free(killed); /* no end: as after kill -9 */
		struct session *back = NULL;
		ck_assert_int_eq(session_resume(&back, &sfx.cat, path, &d), SESSION_OK);
		sfx_same_state(live, back);
		/* and it carries on the same: the next step applies to both alike */
		int64_t t1 = sfx.ms;
		cr_step(live, n, &d);
		sfx.ms = t1;
		cr_step(back, n, &d);
		sfx_same_state(live, back);
		ck_assert_uint_eq(d.n, 0);
		session_free(live);
		session_free(back);
		free(path);
	}
	diags_free(&d);
}
END_TEST

/* A journal from before authors: entries by the group and people, no
 * credit or putback, replays as it did. */
START_TEST(test_old_journal)
{
	static const char journal[] =
		"{\"v\":1,\"t\":\"start\",\"at\":1700000000000,\"id\":\"old\",\"flow\":\"round-test\","
		"\"seed\":\"1\",\"rounds\":1,\"people\":[\"Ana\",\"Ben\"],\"decks\":{},"
		"\"phases\":[\"story\",\"ring\",\"close\"],\"roles\":[\"presenter\",\"consultant\"]}\n"
		"{\"t\":\"seats\",\"at\":1700000000000,\"round\":0,\"seats\":[0,1]}\n"
		"{\"t\":\"phase\",\"at\":1700000000000,\"round\":0,\"phase\":0}\n"
		"{\"t\":\"entry\",\"at\":1700000001000,\"id\":1,\"note\":false,\"round\":0,"
		"\"phase\":0,\"person\":-1,\"text\":\"ours\"}\n"
		"{\"t\":\"entry\",\"at\":1700000002000,\"id\":2,\"note\":true,\"round\":0,"
		"\"phase\":0,\"person\":1,\"text\":\"Ben's\"}\n";
	struct session *s = sfx_load("old.jsonl", journal, false);
	ck_assert_int_eq(session_entry(s, 0)->person, -1);
	ck_assert_int_eq(session_entry(s, 1)->person, 1);
	session_free(s);
}
END_TEST

/* A note being typed for the facilitator comes back to them after a crash. */
START_TEST(test_draft_of_the_facilitator)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(5, "dr");
	struct session_draft dr = {.person = SESSION_FACILITATOR, .note = true,
				   .text = (char *)"half a note"};
	ck_assert_int_eq(session_draft_save(s, &dr, &d), 0);
	struct session_draft back;
	ck_assert_int_eq(session_draft_load(s, &back, &d), 1);
	ck_assert_int_eq(back.person, SESSION_FACILITATOR);
	ck_assert_str_eq(back.text, "half a note");
	session_draft_free(&back);
	diags_free(&d);
	session_free(s);
}
END_TEST

static char *cr_md(const struct session *s, bool anon, bool json)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct diags d = {0};
	int rc = json ? transcript_write_json(f, s, anon, &d) : transcript_write_md(f, s, anon, &d);
	ck_assert_int_eq(rc, 0);
	fclose(f);
	return buf;
}

/* The transcript names each author with their role, in the order spoken,
 * and leaves a card put back out. */
START_TEST(test_transcript)
{
	struct diags d = {0};
	struct session *s = sfx_start_in(5, "t");
	for (size_t k = 0; cr_step(s, k, &d); k++)
		;
	ck_assert_int_eq(session_add_entry(s, false, SESSION_FACILITATOR, NULL, NULL, "mine", NULL, &d),
			 SESSION_OK);
	char *md = cr_md(s, false, false);
	const char *ben = strstr(md, "- **Ben** (Consultant), ");
	const char *chi = strstr(md, "- **Note** by Chi (Mentor), on *Gender*, ");
	const char *fay = strstr(md, "- **Fay** (facilitator), ");
	ck_assert_msg(ben && chi && fay && ben < chi && chi < fay, "%s", md);
	ck_assert_msg(!strstr(md, "**Gender** (Test Bells)"), "a card put back is listed:\n%s", md);
	free(md);
	md = cr_md(s, true, false);
	ck_assert_msg(strstr(md, "- **Facilitator**, ") && !strstr(md, "Fay"), "%s", md);
	free(md);
	char *json = cr_md(s, false, true);
	ck_assert_ptr_nonnull(strstr(json, "\"role\":\t\"facilitator\""));
	ck_assert_ptr_nonnull(strstr(json, "\"role\":\t\"Consultant\""));
	ck_assert_ptr_nonnull(strstr(json, "\"person\":\t\"Fay\""));
	free(json);
	diags_free(&d);
	session_free(s);
}
END_TEST

/* Someone called "Facilitator" keeps their role; the unnamed facilitator needs none. */
START_TEST(test_transcript_facilitator_named_so)
{
	static const char journal[] =
		"{\"v\":1,\"t\":\"start\",\"at\":1700000000000,\"id\":\"fa\",\"flow\":\"round-test\","
		"\"seed\":\"1\",\"rounds\":1,\"people\":[\"Facilitator\",\"Ben\"],\"decks\":{},"
		"\"phases\":[\"story\",\"ring\",\"close\"],\"roles\":[\"presenter\",\"consultant\"]}\n"
		"{\"t\":\"seats\",\"at\":1700000000000,\"round\":0,\"seats\":[0,1]}\n"
		"{\"t\":\"phase\",\"at\":1700000000000,\"round\":0,\"phase\":0}\n"
		"{\"t\":\"entry\",\"at\":1700000001000,\"id\":1,\"note\":false,\"round\":0,"
		"\"phase\":0,\"person\":0,\"text\":\"a\"}\n"
		"{\"t\":\"entry\",\"at\":1700000002000,\"id\":2,\"note\":false,\"round\":0,"
		"\"phase\":0,\"person\":-2,\"text\":\"b\"}\n";
	struct session *s = sfx_load("fa.jsonl", journal, false);
	char *md = cr_md(s, false, false);
	ck_assert_msg(strstr(md, "- **Facilitator** (presenter), "), "%s", md);
	ck_assert_msg(strstr(md, "- **Facilitator**, "), "%s", md);
	free(md);
	session_free(s);
}
END_TEST

Suite *credit_suite(void);
Suite *credit_suite(void)
{
	Suite *s = suite_create("credit");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, cr_setup, cr_teardown);
	tcase_add_test(tc, test_authors);
	tcase_add_test(tc, test_resume_each_step);
	tcase_add_test(tc, test_old_journal);
	tcase_add_test(tc, test_transcript);
	tcase_add_test(tc, test_draft_of_the_facilitator);
	tcase_add_test(tc, test_transcript_facilitator_named_so);
	suite_add_tcase(s, tc);
	return s;
}
