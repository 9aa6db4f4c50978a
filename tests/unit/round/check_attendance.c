/* Who is here: apologies at setup, in the journal, the transcript and the
 * anonymised transcript; rounds journalled before them read as before. */
#include <check.h>
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/catalog.h"
#include "core/round/round_history.h"
#include "core/round/round_setup.h"
#include "core/round/session.h"
#include "core/round/transcript.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void at_setup(void)
{
	sfx_open("attend", "decks", "Ana,Ben,Chi,Dee");
	sfx_clock_ticking();
}

static void at_teardown(void)
{
	sfx_close();
}

/* The whole output of a transcript writer, as a string. */
static char *at_capture(int (*fn)(FILE *, const struct session *, bool, struct diags *),
			const struct session *s, bool anon)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct diags d = {0};
	ck_assert_int_eq(fn(f, s, anon, &d), 0);
	fclose(f);
	diags_free(&d);
	return buf;
}

/* round-test for sfx.people with apologies from absent (comma-separated). */
static struct session *at_start_absent(const char *absent)
{
	const struct doc *flow = catalog_find_kind(&sfx.cat, "round-test", DOC_FLOW);
	struct rsetup rs;
	struct diags d = {0};
	rsetup_init(&rs, flow);
	for (size_t i = 0; i < sfx.people.n; i++)
		ck_assert_int_eq(rsetup_add(&rs, sfx.people.v[i], &d), 0);
	ck_assert_int_eq(rsetup_add_apologies(&rs, absent, &d), 0);
	rs.facilitator = xstrdup("Fay");
	struct session_opts o = {0};
	ck_assert_int_eq(rsetup_opts(&rs, &o), 0);
	o.has_seed = true, o.seed = 4, o.dir = sfx.dir;
	struct session *s = NULL;
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_OK);
	ck_assert_uint_eq(d.n, 0);
	rsetup_free(&rs);
	return s;
}

START_TEST(test_apology_rules)
{
	const struct doc *flow = catalog_find_kind(&sfx.cat, "round-test", DOC_FLOW);
	struct rsetup rs;
	struct diags d = {0};
	rsetup_init(&rs, flow);
	ck_assert_int_eq(rsetup_add(&rs, "Zoë", &d), 0);
	ck_assert_int_eq(rsetup_add_apologies(&rs, " Dana Flynn ,Eve", &d), 0);
	ck_assert_str_eq(rs.apologies.v[0], "Dana Flynn");
	static const char *const refused[] = {"Zoe", "Zoë", "eve", "Eve", "", "Al\x1b"};
	for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
		ck_assert_int_eq(rsetup_add_apology(&rs, refused[i], &d), -1);
		ck_assert_int_eq(rsetup_add(&rs, refused[i], &d), -1);
	}
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "add a surname or an initial"));
	ck_assert_uint_eq(rs.apologies.n, 2);
	ck_assert_uint_eq(rs.people.n, 1);
	rsetup_remove_apology(&rs, 0);
	rsetup_remove_apology(&rs, 5);
	ck_assert_uint_eq(rs.apologies.n, 1);
	ck_assert_str_eq(rs.apologies.v[0], "Eve");
	ck_assert_int_eq(rsetup_toggle_apologies(&rs, "Eve , Gus", &d), 0);
	ck_assert_uint_eq(rs.apologies.n, 1);
	ck_assert_str_eq(rs.apologies.v[0], "Gus");
	diags_free(&d);
	rsetup_free(&rs);
}
END_TEST

/* The start record carries them; a resumed round has them as started. */
START_TEST(test_apologies_resumed)
{
	struct session *s = at_start_absent("Dana Flynn,Eve");
	ck_assert_uint_eq(session_apologies(s)->n, 2);
	char *path = xstrdup(session_journal_path(s));
	session_free(s); /* as after kill -9 */
	struct diags d = {0};
	ck_assert_int_eq(session_resume(&s, &sfx.cat, path, &d), SESSION_OK);
	ck_assert_uint_eq(session_apologies(s)->n, 2);
	ck_assert_str_eq(session_apologies(s)->v[0], "Dana Flynn");
	ck_assert_str_eq(session_apologies(s)->v[1], "Eve");
	session_free(s);
	free(path);
	diags_free(&d);
}
END_TEST

START_TEST(test_apologies_refused_by_start)
{
	struct strv absent = {0};
	strv_push(&absent, "Ana");
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people,
				 .apologies = &absent, .dir = sfx.dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_INVALID);
	ck_assert_ptr_null(s);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "apology 1"));
	strv_free(&absent);
	diags_free(&d);
}
END_TEST

START_TEST(test_apologies_transcript)
{
	struct session *s = at_start_absent("Dana Flynn,Eve");
	struct diags d = {0};
	ck_assert_int_eq(session_add_entry(s, true, -1, NULL, NULL, "Dana sent word; eve too", NULL, &d),
			 SESSION_OK);
	char *md = at_capture(transcript_write_md, s, false);
	ck_assert_msg(strstr(md, "- Facilitator: Fay\n- Apologies: Dana Flynn and Eve\n"), "%s", md);
	free(md);
	md = at_capture(transcript_write_md, s, true);
	ck_assert_msg(strstr(md, "- Apologies: A1 and A2\n"), "%s", md);
	ck_assert_msg(strstr(md, "A1 sent word; A2 too"), "%s", md);
	ck_assert_msg(!strstr(md, "Dana") && !strstr(md, "Flynn") && !strstr(md, "eve"), "%s", md);
	free(md);
	char *js = at_capture(transcript_write_json, s, false);
	cJSON *o = cJSON_Parse(js);
	const cJSON *ap = cJSON_GetObjectItemCaseSensitive(o, "apologies");
	ck_assert_int_eq(cJSON_GetArraySize(ap), 2);
	ck_assert_str_eq(cJSON_GetArrayItem(ap, 0)->valuestring, "Dana Flynn");
	cJSON_Delete(o);
	free(js);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* A round without apologies (and every journal from before them) has no
 * apologies line, field or record key. */
START_TEST(test_no_apologies_as_before)
{
	struct session *s = sfx_start("round-test", 4, NULL, SESSION_OK);
	struct strv recs = {0};
	sfx_records(s, &recs);
	ck_assert_ptr_null(strstr(recs.v[0], "apologies"));
	char *md = at_capture(transcript_write_md, s, false);
	ck_assert_ptr_null(strstr(md, "Apologies"));
	free(md);
	char *js = at_capture(transcript_write_json, s, false);
	ck_assert_ptr_null(strstr(js, "apologies"));
	free(js);
	strv_free(&recs);
	session_free(s);
}
END_TEST

/* Cards of phase dealt to person and still held. */
static size_t at_cards(const struct session *s, size_t round, size_t phase, int person)
{
	size_t n = 0;
	for (size_t i = 0; i < session_n_dealt(s); i++) {
		const struct dealt *c = session_dealt(s, i);
		n += c->round == round && c->phase == phase && c->person == person && !c->withdrawn;
	}
	return n;
}

/* Every person's presence and every seated round's seats are the same. */
static void at_same_presence(const struct session *a, const struct session *b)
{
	ck_assert_uint_eq(session_people(a)->n, session_people(b)->n);
	for (size_t p = 0; p < session_people(a)->n; p++) {
		ck_assert_str_eq(session_people(a)->v[p], session_people(b)->v[p]);
		ck_assert_int_eq(session_joined_at(a, p), session_joined_at(b, p));
		ck_assert_int_eq(session_left_at(a, p), session_left_at(b, p));
		int64_t la, lb;
		for (size_t k = 0; k < 4; k++) {
			ck_assert_int_eq(session_away(a, p, k, &la), session_away(b, p, k, &lb));
			ck_assert_int_eq(la, lb);
		}
	}
	for (size_t r = 0; r < session_rounds(a); r++) {
		const int *sa = session_seats(a, r), *sb = session_seats(b, r);
		ck_assert_int_eq(sa == NULL, sb == NULL);
		for (size_t p = 0; sa && p < session_people(a)->n; p++)
			ck_assert_int_eq(sa[p], sb[p]);
	}
	ck_assert_uint_eq(session_apologies(a)->n, session_apologies(b)->n);
}

/* Into the reflecting phase (observers get two cards each), then Marek
 * comes late and Ben leaves. */
static void at_steps_before(struct session *s, struct diags *d)
{
	ck_assert_int_eq(session_next(s, d), SESSION_OK);
	ck_assert_int_eq(session_join(s, "  Marek Nowak ", d), SESSION_OK);
	ck_assert_int_eq(session_leave(s, 1, d), SESSION_OK);
}

/* On to the next round: seats rotate with Marek in them; Ben is dealt nothing. */
static void at_steps_after(struct session *s, struct diags *d)
{
	ck_assert_int_eq(session_next(s, d), SESSION_OK);
	ck_assert_int_eq(session_next(s, d), SESSION_OK);
	ck_assert_int_eq(session_next(s, d), SESSION_OK);
}

START_TEST(test_join_seated_and_dealt)
{
	struct session *s = at_start_absent("Dana Flynn");
	struct diags d = {0};
	at_steps_before(s, &d);
	ck_assert_uint_eq(session_people(s)->n, 5);
	ck_assert_str_eq(session_people(s)->v[4], "Marek Nowak");
	ck_assert_int_eq(session_seats(s, 0)[4], 3); /* the observers: the flow's "rest" */
	ck_assert_uint_eq(at_cards(s, 0, 1, 4), 2);  /* what this phase deals observers */
	ck_assert_uint_eq(at_cards(s, 0, 1, 3), 2);
	ck_assert_uint_eq(at_cards(s, 0, 1, -1), 1); /* the table is not dealt again */
	ck_assert(session_joined_at(s, 4) > 0);
	ck_assert_int_eq(session_joined_at(s, 0), 0);
	ck_assert(session_left_at(s, 1) > 0);
	ck_assert(session_attendance_changed(s));
	/* refused: alike a name present, someone gone twice, no one */
	ck_assert_int_eq(session_join(s, "marek nowak", &d), SESSION_INVALID);
	ck_assert_int_eq(session_join(s, "ANA", &d), SESSION_INVALID);
	ck_assert_int_eq(session_leave(s, 1, &d), SESSION_INVALID);
	ck_assert_int_eq(session_leave(s, 9, &d), SESSION_INVALID);
	ck_assert_uint_eq(session_people(s)->n, 5);
	ck_assert_int_eq(session_find_person(s, " 5 "), 4);
	ck_assert_int_eq(session_find_person(s, "marek NOWAK"), 4);
	ck_assert_int_eq(session_find_person(s, "Ben"), 1);
	ck_assert_int_eq(session_find_person(s, "6"), -1);
	ck_assert_int_eq(session_find_person(s, "0"), -1);
	ck_assert_int_eq(session_find_person(s, "Zed"), -1);
	/* apologies sent, and came after all: off the apologies */
	ck_assert_int_eq(session_join(s, "Dana Flynn", &d), SESSION_OK);
	ck_assert_uint_eq(session_apologies(s)->n, 0);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* A kill after each new record rebuilds the same state, and the round goes
 * on from there exactly as the live one does. */
START_TEST(test_join_leave_resumed)
{
	struct diags d = {0};
	int64_t t0 = sfx.ms;
	struct session *live = sfx_start_in(11, "live");
	at_steps_before(live, &d);
	sfx.ms = t0;
	struct session *killed = sfx_start_in(11, "killed");
	ck_assert_int_eq(session_next(killed, &d), SESSION_OK);
	struct session *back = NULL;
	for (int step = 0; step < 2; step++) {
		if (step == 0)
			ck_assert_int_eq(session_join(killed, "  Marek Nowak ", &d), SESSION_OK);
		else
			ck_assert_int_eq(session_leave(killed, 1, &d), SESSION_OK);
		char *path = xstrdup(session_journal_path(killed));
		session_free(killed); /* no end: as after kill -9 */
		ck_assert_int_eq(session_resume(&back, &sfx.cat, path, &d), SESSION_OK);
		killed = back;
		free(path);
	}
	sfx_same_state(live, back);
	at_same_presence(live, back);
	int64_t t1 = sfx.ms;
	at_steps_after(live, &d);
	sfx.ms = t1;
	at_steps_after(back, &d);
	sfx_same_state(live, back);
	at_same_presence(live, back);
	ck_assert_uint_eq(session_round_index(live), 1);
	ck_assert_uint_eq(at_cards(live, 1, 1, 1), 0); /* Ben has left: dealt nothing more */
	ck_assert_int_ge(session_seats(live, 1)[4], 0);
	ck_assert_uint_eq(d.n, 0);
	session_free(live);
	session_free(back);
}
END_TEST

START_TEST(test_attendance_transcript)
{
	struct session *s = at_start_absent("Dana Flynn");
	struct diags d = {0};
	at_steps_before(s, &d);
	char *md = at_capture(transcript_write_md, s, false);
	ck_assert_msg(strstr(md, "- Present: Ana (Presenter), Ben (Consultant, left "), "%s", md);
	ck_assert_msg(strstr(md, "Dee (Observer), Marek Nowak (Observer, joined "), "%s", md);
	ck_assert_msg(strstr(md, "- Apologies: Dana Flynn\n"), "%s", md);
	ck_assert_msg(strstr(md, "— to Marek Nowak, dealt on arrival at "), "%s", md);
	ck_assert_msg(!strstr(md, "— to Dee, dealt on arrival"), "%s", md);
	free(md);
	md = at_capture(transcript_write_md, s, true);
	ck_assert_msg(strstr(md, "P5 (Observer, joined "), "%s", md);
	ck_assert_msg(!strstr(md, "Marek"), "%s", md);
	free(md);
	char *js = at_capture(transcript_write_json, s, false);
	const char *arrival = strstr(js, "\"dealt_on_arrival_at\""); /* Marek's two cards, no others */
	ck_assert_msg(arrival && strstr(arrival + 1, "\"dealt_on_arrival_at\""), "%s", js);
	ck_assert_ptr_null(strstr(strstr(arrival + 1, "\"dealt_on_arrival_at\"") + 1, "\"dealt_on_arrival_at\""));
	cJSON *o = cJSON_Parse(js);
	const cJSON *present = cJSON_GetObjectItemCaseSensitive(o, "present");
	ck_assert_int_eq(cJSON_GetArraySize(present), 5);
	const cJSON *marek = cJSON_GetArrayItem(present, 4);
	ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(marek, "person")->valuestring, "Marek Nowak");
	ck_assert(cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(marek, "joined_at")));
	ck_assert(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(marek, "left_at")));
	const cJSON *ben = cJSON_GetArrayItem(present, 1);
	ck_assert(cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(ben, "left_at")));
	cJSON_Delete(o);
	free(js);
	session_free(s);
	diags_free(&d);
}
END_TEST

/* Ben (the consultant) leaves; Zed, late, is seated as the flow seats the
 * next to come: in the consultant's place, short now, and dealt what this
 * phase deals a consultant (nothing here); Ben comes back by name, to his seat, and
 * leaves again.  Each step survives a kill; the transcript gives both times. */
static void at_rejoin_step(struct session *s, int k, struct diags *d)
{
	switch (k) {
	case 0: ck_assert_int_eq(session_next(s, d), SESSION_OK); break;
	case 1: ck_assert_int_eq(session_leave(s, 1, d), SESSION_OK); break;
	case 2: ck_assert_int_eq(session_join(s, "Zed", d), SESSION_OK); break;
	case 3: ck_assert_int_eq(session_join(s, " ben ", d), SESSION_OK); break;
	case 4: ck_assert_int_eq(session_join(s, "Yan", d), SESSION_OK); break;
	default: ck_assert_int_eq(session_leave(s, 1, d), SESSION_OK); break;
	}
}

START_TEST(test_rejoin)
{
	struct diags d = {0};
	int64_t t0 = sfx.ms;
	struct session *live = sfx_start_in(11, "live");
	for (int k = 0; k < 6; k++)
		at_rejoin_step(live, k, &d);
	ck_assert_uint_eq(session_people(live)->n, 6);	/* Ben came back: not added again */
	ck_assert_int_eq(session_seats(live, 0)[4], 1);	/* Zed consults */
	ck_assert_int_eq(session_seats(live, 0)[1], 1);	/* Ben back in his seat */
	ck_assert_int_eq(session_seats(live, 0)[5], 3);	/* no one short: Yan observes */
	ck_assert_uint_eq(at_cards(live, 0, 1, 5), 2);
	int64_t left;
	ck_assert(session_away(live, 1, 0, &left) > left && left > 0);
	ck_assert_int_eq(session_away(live, 1, 1, &left), 0);	/* gone again */
	ck_assert_int_eq(session_left_at(live, 1), left);
	ck_assert_int_eq(session_away(live, 1, 2, &left), -1);
	char *md = at_capture(transcript_write_md, live, false);
	ck_assert_msg(strstr(md, "Ben (Consultant, left "), "%s", md);
	ck_assert_msg(strstr(md, ", back "), "%s", md);
	ck_assert_msg(strstr(md, "Zed (Consultant, joined "), "%s", md);
	free(md);
	char *js = at_capture(transcript_write_json, live, false);
	ck_assert_msg(strstr(js, "\"back_at\""), "%s", js);
	free(js);
	for (int kill = 1; kill < 6; kill++) {
		sfx.ms = t0;
		char sub[24]; /* room for any int: -Wformat-truncation */
		snprintf(sub, sizeof sub, "killed%d", kill);
		struct session *killed = sfx_start_in(11, sub), *back = NULL;
		for (int k = 0; k <= kill; k++)
			at_rejoin_step(killed, k, &d);
		char *path = xstrdup(session_journal_path(killed));
		session_free(killed); /* no end: as after kill -9 */
		ck_assert_int_eq(session_resume(&back, &sfx.cat, path, &d), SESSION_OK);
		for (int k = kill + 1; k < 6; k++)
			at_rejoin_step(back, k, &d);
		sfx_same_state(live, back);
		at_same_presence(live, back);
		session_free(back);
		free(path);
	}
	ck_assert_uint_eq(d.n, 0);
	session_free(live);
}
END_TEST

/* Damaged join, leave and back records are refused with their place, not applied. */
START_TEST(test_join_damaged)
{
	static const char head[] =
		"{\"v\":1,\"t\":\"start\",\"at\":1700000000000,\"id\":\"x\",\"flow\":\"round-test\","
		"\"rounds\":1,\"people\":[\"Ana\",\"Ben\"],\"phases\":[\"a\",\"b\",\"c\"],"
		"\"roles\":[\"presenter\",\"consultant\",\"mentor\",\"observer\"]}\n"
		"{\"t\":\"seats\",\"at\":1700000000000,\"round\":0,\"seats\":[0,1]}\n";
	static const char *const bad[] = {
		"{\"t\":\"join\",\"at\":1700000001000,\"name\":\"Ana\",\"seat\":3}\n",
		"{\"t\":\"join\",\"at\":1700000001000,\"name\":\"Cy\",\"seat\":9}\n",
		("{\"t\":\"join\",\"at\":1700000001000,\"name\":\"Cy\",\"seat\":3,"
		 "\"deals\":[{\"person\":7,\"deck\":\"d\",\"card\":\"c\"}]}\n"),
		"{\"t\":\"leave\",\"at\":1700000001000,\"person\":2}\n",
		"{\"t\":\"back\",\"at\":1700000001000,\"person\":1}\n", /* Ben never left */
		"{\"t\":\"back\",\"at\":1700000001000,\"person\":5}\n",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char *text = xasprintf("%s%s", head, bad[i]);
		char *path = sfx_path("bad.jsonl");
		FILE *f = fopen(path, "w");
		fputs(text, f);
		fclose(f);
		struct session *s = NULL;
		struct diags d = {0};
		ck_assert_int_eq(session_load(&s, NULL, path, &d), -1);
		ck_assert_msg(d.n && d.v[0].line == 3, "record %zu", i);
		diags_free(&d);
		free(path);
		free(text);
	}
	struct session *s = sfx_load("ok.jsonl",
				     "{\"v\":1,\"t\":\"start\",\"at\":1700000000000,\"id\":\"x\","
				     "\"flow\":\"round-test\",\"rounds\":1,\"people\":[\"Ana\",\"Ben\"],"
				     "\"apologies\":[\"Cy\"],\"phases\":[\"a\",\"b\",\"c\"]}\n"
				     "{\"t\":\"seats\",\"at\":1700000000000,\"round\":0,\"seats\":[0,1]}\n"
				     "{\"t\":\"join\",\"at\":1700000060000,\"name\":\"Cy\",\"seat\":-1}\n",
				     false);
	ck_assert_uint_eq(session_people(s)->n, 3);
	ck_assert_int_eq(session_seats(s, 0)[2], -1);
	ck_assert_int_eq(session_joined_at(s, 2), 1700000060000LL);
	ck_assert_uint_eq(session_apologies(s)->n, 0);
	session_free(s);
}
END_TEST

/* A round of round-test for names (comma-separated) started at ms, in
 * sfx.dir; late (may be NULL) joins it. */
static void at_round_of(const char *names, int64_t ms, const char *late)
{
	struct strv people = {0};
	strv_split(&people, names, ',');
	sfx.ms = ms;
	struct session_opts o = {.flow_id = "round-test", .people = &people, .dir = sfx.dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), SESSION_OK);
	if (late)
		ck_assert_int_eq(session_join(s, late, &d), SESSION_OK);
	session_free(s);
	strv_free(&people);
	diags_free(&d);
}

/* Earlier groups, newest first and each once; who presented when; the
 * proposal: never presented first, then longest ago. */
START_TEST(test_history)
{
	sfx_clock_still();
	at_round_of("Ana,Ben,Chi,Dee", SFX_T0, NULL);
	at_round_of("Ben,Chi,Dee,Eli", SFX_T0 + 86400000, NULL);
	at_round_of("Dee,Ana,Chi", SFX_T0 + 2 * 86400000, "Ben"); /* A's people again: Dee presents */
	char *junk = sfx_path("junk.jsonl");
	FILE *f = fopen(junk, "w");
	fputs("not json\n", f);
	fclose(f);
	struct history h;
	history_load(&h, sfx.dir);
	ck_assert_uint_eq(h.n_groups, 2);
	ck_assert_int_eq(h.groups[0].started_at, SFX_T0 + 2 * 86400000);
	ck_assert_str_eq(h.groups[0].people.v[0], "Dee");
	ck_assert_str_eq(h.groups[1].people.v[3], "Eli");
	ck_assert_str_eq(h.groups[1].flow_id, "round-test");
	ck_assert_int_eq(history_presented_at(&h, "Ana"), SFX_T0);
	ck_assert_int_eq(history_presented_at(&h, "Ben"), SFX_T0 + 86400000);
	ck_assert_int_eq(history_presented_at(&h, "Chi"), 0);
	struct strv people = {0};
	strv_split(&people, "Dee,Ben,Ana,Chi", ',');
	ck_assert_int_eq(history_propose_presenter(&h, &people), 3); /* Chi: never */
	strv_free(&people);
	strv_split(&people, "Dee,Ben,Ana", ',');
	ck_assert_int_eq(history_propose_presenter(&h, &people), 2); /* Ana: longest ago */
	strv_free(&people);
	ck_assert_int_eq(history_propose_presenter(&h, &people), -1);
	/* the setup starts from the newest group; someone who sent apologies stays out */
	struct rsetup rs;
	struct diags d = {0};
	rsetup_init(&rs, catalog_find_kind(&sfx.cat, "round-test", DOC_FLOW));
	ck_assert_int_eq(rsetup_add(&rs, "Zed", &d), 0);
	ck_assert_int_eq(rsetup_add_apology(&rs, "Chi", &d), 0);
	ck_assert_int_eq(rsetup_take_group(&rs, &h.groups[0].people, &d), -1);
	ck_assert_uint_eq(rs.people.n, 3);
	ck_assert_str_eq(rs.people.v[2], "Ben"); /* the late arrival, last */
	ck_assert(rs.seated);
	rsetup_free(&rs);
	diags_free(&d);
	history_free(&h);
	history_load(&h, "/nonexistent/folder");
	ck_assert_uint_eq(h.n_groups, 0);
	history_free(&h);
	free(junk);
}
END_TEST

/* The history comes from the rounds' summaries once they are kept (setup
 * opens fast with years of rounds): who presented is kept in them. */
START_TEST(test_history_from_summaries)
{
	sfx_clock_still();
	at_round_of("Ana,Ben,Chi,Dee", SFX_T0, NULL);
	struct history h;
	history_load(&h, sfx.dir); /* reads the journal, keeps its summary */
	ck_assert_int_eq(history_presented_at(&h, "Ana"), SFX_T0);
	history_free(&h);
	char *path = sfx_path(".summaries");
	FILE *f = fopen(path, "r+");
	ck_assert_ptr_nonnull(f);
	char text[4096];
	size_t n = fread(text, 1, sizeof text - 1, f);
	text[n] = '\0';
	ck_assert_msg(n > 5 && !strcmp(text + n - 5, "\tAna\n"), "%s", text);
	memcpy(text + n - 4, "Chi", 3); /* the same length: the journal's summary still */
	rewind(f);
	fwrite(text, 1, n, f);
	fclose(f);
	history_load(&h, sfx.dir);
	ck_assert_int_eq(history_presented_at(&h, "Chi"), SFX_T0);
	ck_assert_int_eq(history_presented_at(&h, "Ana"), 0);
	ck_assert_uint_eq(h.n_groups, 1);
	history_free(&h);
	free(path);
}
END_TEST

Suite *attendance_suite(void);
Suite *attendance_suite(void)
{
	Suite *s = suite_create("attendance");
	TCase *tc = tcase_create("attendance");
	tcase_add_checked_fixture(tc, at_setup, at_teardown);
	tcase_add_test(tc, test_apology_rules);
	tcase_add_test(tc, test_apologies_resumed);
	tcase_add_test(tc, test_apologies_refused_by_start);
	tcase_add_test(tc, test_apologies_transcript);
	tcase_add_test(tc, test_no_apologies_as_before);
	tcase_add_test(tc, test_join_seated_and_dealt);
	tcase_add_test(tc, test_join_leave_resumed);
	tcase_add_test(tc, test_attendance_transcript);
	tcase_add_test(tc, test_rejoin);
	tcase_add_test(tc, test_join_damaged);
	tcase_add_test(tc, test_history);
	tcase_add_test(tc, test_history_from_summaries);
	suite_add_tcase(s, tc);
	return s;
}
