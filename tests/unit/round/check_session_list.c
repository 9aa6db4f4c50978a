/* Listing the rounds (session_list), and which one `rucksack resume` with no id reopens. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/deck/catalog.h"
#include "core/round/session.h"
#include "core/base/xalloc.h"

#include "../support/session_fixture.h"

static void sl_setup(void)
{
	sfx_open("session", "decks", "Ana,Ben,Chi,Dee,Eli");
	ck_assert_ptr_nonnull(catalog_find(&sfx.cat, "round-test"));
	sfx_clock_ticking();
}

static void sl_teardown(void)
{
	sfx_close();
}

START_TEST(test_list)
{
	struct diags d = {0};
	struct session *a = sfx_start_in(1, "l");
	sfx.ms += 3600000;
	char *dir = xasprintf("%s/l", sfx.dir);
	struct session_opts o = {.flow_id = "round-test", .people = &sfx.people, .dir = dir};
	struct session *b = NULL;
	ck_assert_int_eq(session_start(&b, &sfx.cat, &o, &d), 0);
	ck_assert_int_eq(session_add_entry(b, false, 0, NULL, NULL, "x", NULL, &d), SESSION_OK);
	ck_assert_int_eq(session_end(b, &d), SESSION_OK);
	struct session_info *v;
	size_t n;
	ck_assert_int_eq(session_list(dir, NULL, &v, &n, &d), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(v[0].id, session_id(b)); /* newest first */
	ck_assert(v[0].ended);
	ck_assert(!v[1].ended);
	ck_assert_uint_eq(v[0].n_reflections, 1);
	ck_assert_uint_eq(v[1].people.n, 5);
	ck_assert_str_eq(v[1].flow_id, "round-test");
	session_info_free(v, n);
	session_free(a);
	session_free(b);
	free(dir);
}
END_TEST

/* A journal that replay refuses (two windows wrote entry 1 each) is listed
 * DAMAGED, as resume and export refuse it, with the line named and the
 * counts stopping there; one that replays whole is not. */
START_TEST(test_list_damaged_by_replay)
{
	char *dir = xasprintf("%s/twice", sfx.dir);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	char *path = xasprintf("%s/20261124-212757-24c7.jsonl", dir);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("{\"v\":1,\"t\":\"start\",\"at\":1795555677000,\"id\":\"20261124-212757-24c7\","
	      "\"flow\":\"round-test\",\"rounds\":1,\"people\":[\"A\",\"B\"],\"phases\":[\"p\"],"
	      "\"roles\":[\"r\"]}\n"
	      "{\"t\":\"seats\",\"at\":1795555677000,\"round\":0,\"seats\":[0,0]}\n"
	      "{\"t\":\"phase\",\"at\":1795555677000,\"round\":0,\"phase\":0}\n"
	      "{\"t\":\"entry\",\"at\":1795555680000,\"id\":1,\"note\":false,\"round\":0,"
	      "\"phase\":0,\"person\":0,\"text\":\"from instance one\"}\n"
	      "{\"t\":\"entry\",\"at\":1795555690000,\"id\":1,\"note\":false,\"round\":0,"
	      "\"phase\":0,\"person\":1,\"text\":\"from instance two\"}\n", f);
	fclose(f);
	struct diags d = {0};
	struct session_info *v;
	size_t n;
	ck_assert_int_eq(session_list(dir, NULL, &v, &n, &d), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert(v[0].damaged);
	ck_assert(!v[0].ended);
	ck_assert_uint_eq(v[0].n_reflections, 1); /* up to the damage */
	ck_assert_uint_eq(v[0].n_events, 5);
	ck_assert_uint_eq(diags_count_errors(&d, false), 0);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(d.v[0].file, path);
	ck_assert_int_eq(d.v[0].line, 5);
	session_info_free(v, n);
	struct diags e = {0};
	struct session *s = NULL;
	ck_assert_int_eq(session_load(&s, NULL, path, &e), -1); /* as export and resume see it */
	ck_assert_int_eq(e.v[0].line, 5);
	ck_assert_str_eq(e.v[0].message, d.v[0].message);
	diags_free(&e);
	diags_free(&d);
	/* mended (the second entry takes id 2), it is a round like any other */
	f = fopen(path, "r+");
	ck_assert_ptr_nonnull(f);
	char buf[2048];
	size_t len = fread(buf, 1, sizeof buf - 1, f);
	buf[len] = '\0';
	char *second = strstr(strstr(buf, "\"id\":1,"), "instance one") + 1;
	second = strstr(second, "\"id\":1,");
	second[5] = '2';
	rewind(f);
	fwrite(buf, 1, len, f);
	fclose(f);
	ck_assert_int_eq(session_list(dir, NULL, &v, &n, &d), 0);
	ck_assert(!v[0].damaged);
	ck_assert_uint_eq(v[0].n_reflections, 2);
	ck_assert_int_eq(v[0].last_at, 1795555690000);
	ck_assert_uint_eq(d.n, 0);
	session_info_free(v, n);
	free(path);
	free(dir);
}
END_TEST

/* A copy holds its own strings: the listing it came from can go. */
START_TEST(test_info_copy)
{
	struct session_info *v = xcalloc(1, sizeof *v);
	v->id = xstrdup("r1"), v->path = xstrdup("/s/r1.jsonl"), v->flow_id = xstrdup("bells");
	v->found = xstrdup("/s/r1.jsonl"), v->draft = true, v->phase = 2;
	strv_push(&v->people, "Zoë");
	struct session_info *c = session_info_copy(v, 1);
	session_info_free(v, 1);
	ck_assert_str_eq(c->id, "r1");
	ck_assert_str_eq(c->flow_id, "bells");
	ck_assert_str_eq(c->found, "/s/r1.jsonl");
	ck_assert_ptr_null(c->missing);
	ck_assert_str_eq(c->people.v[0], "Zoë");
	ck_assert(c->draft);
	ck_assert_uint_eq(c->phase, 2);
	session_info_free(c, 1);
	ck_assert_ptr_null(session_info_copy(NULL, 0));
}
END_TEST

START_TEST(test_newest_unfinished)
{
	struct session_info v[3] = {{.ended = true}, {.ended = false}, {.ended = false}};
	ck_assert_int_eq(session_newest_unfinished(v, 3), 1);
	v[1].missing = (char *)"/media/usb/ID.jsonl"; /* only an older copy here */
	ck_assert_int_eq(session_newest_unfinished(v, 3), 2);
	v[1].missing = NULL;
	v[1].ended = v[2].ended = true;
	ck_assert_int_eq(session_newest_unfinished(v, 3), -1);
	ck_assert_int_eq(session_newest_unfinished(v, 0), -1);
}
END_TEST

/* A round open in another window would be refused: the next one is picked. */
START_TEST(test_skips_open_elsewhere)
{
	struct session_info v[2] = {{.open_elsewhere = true, .open_pid = 42}, {.ended = false}};
	ck_assert_int_eq(session_newest_unfinished(v, 2), 1);
	v[1].open_elsewhere = true;
	ck_assert_int_eq(session_newest_unfinished(v, 2), -1);
}
END_TEST

Suite *session_list_suite(void);
Suite *session_list_suite(void)
{
	Suite *s = suite_create("session_list");
	TCase *tc = tcase_create("list");
	tcase_add_checked_fixture(tc, sl_setup, sl_teardown);
	tcase_add_test(tc, test_list);
	tcase_add_test(tc, test_list_damaged_by_replay);
	suite_add_tcase(s, tc);
	tc = tcase_create("pick");
	tcase_add_test(tc, test_newest_unfinished);
	tcase_add_test(tc, test_info_copy);
	tcase_add_test(tc, test_skips_open_elsewhere);
	suite_add_tcase(s, tc);
	return s;
}
