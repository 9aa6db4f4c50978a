/* Transcripts: Markdown against an expected file, JSON, anonymising, without a catalog. */
#include <check.h>
#include <cJSON.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <dirent.h>
#include <errno.h>

#include "core/deck/catalog.h"
#include "core/base/journal.h"
#include "core/round/session.h"
#include "core/round/transcript.h"
#include "core/base/xalloc.h"

static struct catalog tr_cat;
static struct session *tr_s;
static char *tr_src;

static char *tr_data(const char *leaf)
{
	return xasprintf("%s/tests/data/session/%s", tr_src, leaf);
}

static void tr_setup(void)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	tr_src = xstrdup(src ? src : ".");
	setenv("TZ", "UTC", 1);
	tzset();
	struct strv dirs = {0};
	strv_push_owned(&dirs, tr_data("decks"));
	memset(&tr_cat, 0, sizeof tr_cat);
	struct diags d = {0};
	catalog_load(&tr_cat, &dirs, &d);
	char *path = tr_data("transcript.jsonl");
	ck_assert_int_eq(session_load(&tr_s, &tr_cat, path, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	free(path);
	strv_free(&dirs);
}

static void tr_teardown(void)
{
	session_free(tr_s);
	catalog_free(&tr_cat);
	free(tr_src);
}

/* The whole output of a writer, as a string. */
static char *tr_capture(int (*fn)(FILE *, const struct session *, bool, struct diags *),
			const struct session *s, bool anon)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct diags d = {0};
	ck_assert_int_eq(fn(f, s, anon, &d), 0);
	fclose(f);
	return buf;
}

static char *tr_slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	char *buf = xmalloc(1 << 16);
	size_t n = fread(buf, 1, (1 << 16) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

START_TEST(test_markdown_expected)
{
	char *got = tr_capture(transcript_write_md, tr_s, false);
	char *path = tr_data("transcript.expected.md");
	char *want = tr_slurp(path);
	ck_assert_str_eq(got, want);
	free(got);
	free(want);
	free(path);
}
END_TEST

START_TEST(test_markdown_content)
{
	char *got = tr_capture(transcript_write_md, tr_s, false);
	ck_assert_ptr_nonnull(strstr(got, "Test Round"));
	ck_assert_ptr_nonnull(strstr(got, "Test Bells (`bells-test` version 1.2.0)"));
	ck_assert_ptr_nonnull(strstr(got, "(edited)"));
	ck_assert_ptr_nonnull(strstr(got, "**Note**"));
	ck_assert_ptr_null(strstr(got, "to be deleted"));
	ck_assert_ptr_null(strstr(got, "\n# not")); /* reflections cannot make headings */
	ck_assert_ptr_nonnull(strstr(got, "你好"));
	ck_assert_ptr_nonnull(strstr(got, "~~Culture~~"));
	free(got);
}
END_TEST

START_TEST(test_anonymise)
{
	char *got = tr_capture(transcript_write_md, tr_s, true);
	static const char *const gone[] = {"Ana ", "Ben", "Dee", "Fay", "Chi", "Ana'"};
	for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
		ck_assert_msg(strstr(got, gone[i]) == NULL, "\"%s\" left in:\n%s", gone[i], got);
	ck_assert_ptr_nonnull(strstr(got, "P1 spoke of"));
	ck_assert_ptr_nonnull(strstr(got, "with P2."));
	ck_assert_ptr_nonnull(strstr(got, "Anabel stays, P1's goes"));
	ck_assert_ptr_nonnull(strstr(got, "Facilitator noticed"));
	ck_assert_ptr_nonnull(strstr(got, "- Facilitator: Facilitator"));
	free(got);
	got = tr_capture(transcript_write_json, tr_s, true);
	ck_assert_ptr_null(strstr(got, "Ana\""));
	ck_assert_ptr_nonnull(strstr(got, "\"P4\""));
	free(got);
}
END_TEST

START_TEST(test_json)
{
	char *got = tr_capture(transcript_write_json, tr_s, false);
	ck_assert_ptr_nonnull(strstr(got, "\"id\":\t\"20231115-080000-beef\""));
	ck_assert_ptr_nonnull(strstr(got, "\"title\":\t\"Bells ring\""));
	ck_assert_ptr_nonnull(strstr(got, "\"withdrawn\":\ttrue"));
	ck_assert_ptr_nonnull(strstr(got, "\"time\":\t\"08:07\""));
	ck_assert_ptr_null(strstr(got, "to be deleted"));
	free(got);
}
END_TEST

/* With no catalog at all, titles fall back to ids, and nothing fails. */
START_TEST(test_without_catalog)
{
	struct session *s = NULL;
	struct diags d = {0};
	char *path = tr_data("transcript.jsonl");
	ck_assert_int_eq(session_load(&s, NULL, path, &d), 0);
	char *got = tr_capture(transcript_write_md, s, false);
	ck_assert_ptr_nonnull(strstr(got, "### 2. ring"));
	ck_assert_ptr_nonnull(strstr(got, "**class** (bells-test)"));
	free(got);
	session_free(s);
	free(path);
}
END_TEST

START_TEST(test_save_file)
{
	char dir[] = "/tmp/ck-transcript-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *out = xasprintf("%s/t.md", dir);
	struct diags d = {0};
	ck_assert_int_eq(transcript_write_file(out, tr_s, TRANSCRIPT_MD, false, &d), 0);
	struct stat st;
	ck_assert_int_eq(stat(out, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	char *got = tr_slurp(out);
	char *want = tr_capture(transcript_write_md, tr_s, false);
	ck_assert_str_eq(got, want);
	char *bad = xasprintf("%s/no/such/t.md", dir);
	ck_assert_int_eq(transcript_write_file(bad, tr_s, TRANSCRIPT_MD, false, &d), -1);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	diags_free(&d);
	unlink(out);
	rmdir(dir);
	free(bad);
	free(got);
	free(want);
	free(out);
}
END_TEST

static int tr_fsync_full(int fd)
{
	(void)fd;
	errno = ENOSPC;
	return -1;
}

static size_t tr_files_in(const char *dir)
{
	DIR *dp = opendir(dir);
	ck_assert_ptr_nonnull(dp);
	size_t n = 0;
	for (struct dirent *e; (e = readdir(dp));)
		n += e->d_name[0] != '.';
	closedir(dp);
	return n;
}

/* The transcript is written as every file the core replaces whole
 * (atomic_write): a sync that fails leaves the old one as it was, no
 * temporary file, and says why in words the facilitator can act on. */
START_TEST(test_save_file_sync_fails)
{
	char dir[] = "/tmp/ck-transcript-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *out = xasprintf("%s/t.md", dir);
	FILE *f = fopen(out, "w");
	fputs("the transcript before\n", f);
	fclose(f);
	struct diags d = {0};
	journal_set_fsync_hook(tr_fsync_full);
	int rc = transcript_write_file(out, tr_s, TRANSCRIPT_JSON, false, &d);
	journal_set_fsync_hook(NULL);
	ck_assert_int_eq(rc, -1);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	ck_assert_str_eq(d.v[0].message,
			 "cannot write the transcript: the disk is full");
	ck_assert_int_eq(d.v[0].errnum, ENOSPC);
	char *got = tr_slurp(out);
	ck_assert_str_eq(got, "the transcript before\n");
	ck_assert_uint_eq(tr_files_in(dir), 1);
	diags_free(&d);
	unlink(out);
	rmdir(dir);
	free(got);
	free(out);
}
END_TEST

/* Names next to punctuation of any kind, inside scripts without spaces, and
 * parts of longer names are all replaced; longer words are left alone. */
START_TEST(test_anonymise_scripts)
{
	char dir[] = "/tmp/ck-anon-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *path = xasprintf("%s/a.jsonl", dir);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("{\"v\":1,\"t\":\"start\",\"at\":1700035200000,\"id\":\"a\",\"flow\":\"f\",\"rounds\":1,"
	      "\"facilitator\":\"Fay Okafor\",\"people\":[\"Ana María López\",\"Ben\",\"李明\",\"Zoë\"],"
	      "\"phases\":[\"p\"],\"roles\":[\"r\"]}\n"
	      "{\"t\":\"seats\",\"at\":1700035200000,\"round\":0,\"seats\":[0,0,0,0]}\n"
	      "{\"t\":\"phase\",\"at\":1700035200000,\"round\":0,\"phase\":0}\n", f);
	static const char *const texts[] = {
		"Ana’s idea, said Ben—and Zoë.", "你好李明，谢谢", "López and María agreed",
		"Benjamin stays; Okafor noticed", "Ana María López in full", "de la Ben",
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		fprintf(f, "{\"t\":\"entry\",\"at\":1700035260000,\"id\":%zu,\"round\":0,\"phase\":0,"
			   "\"person\":1,\"text\":\"%s\"}\n", i + 1, texts[i]);
	fclose(f);
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&s, NULL, path, &d), 0);
	char *got = tr_capture(transcript_write_md, s, true);
	static const char *const want[] = {
		"P1’s idea, said P2—and P4.", "你好P3，谢谢", "P1 and P1 agreed",
		"Benjamin stays; Facilitator noticed", "P1 in full", "de la P2",
		"- Facilitator: Facilitator",
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		ck_assert_msg(strstr(got, want[i]), "\"%s\" not in:\n%s", want[i], got);
	static const char *const gone[] = {"Ana", "María", "López", "李明", "Zoë", "Fay", "Okafor"};
	for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
		ck_assert_msg(!strstr(got, gone[i]), "\"%s\" left in:\n%s", gone[i], got);
	free(got);
	got = tr_capture(transcript_write_md, s, false);
	ck_assert_ptr_nonnull(strstr(got, "Ana’s idea"));
	free(got);
	session_free(s);
	unlink(path);
	rmdir(dir);
	free(path);
}
END_TEST


/* Names written in lower case or capitals are names too (simple case
 * folding: accents, Greek with its final sigma, Cyrillic), and a longer word
 * that starts with a name still stays. */
static const struct {
	const char *text, *want;
} tr_case[] = {
	{"Ana said Ana López is tired; ana and LÓPEZ and lópez-Smith",
	 "P1 said P1 is tired; P1 and P1 and P1-Smith"},
	{"ANA, Ben's idea, BEN, ben.", "P1, P2's idea, P2, P2."},
	{"Anabel and ANABEL and benjamin stay", "Anabel and ANABEL and benjamin stay"},
	{"ΣΟΦΊΑ και σοφία", "P3 και P3"},
	{"ΝΊΚΟΣ, νίκος", "P4, P4"},
	{"АННА и анна, Аннушка", "P5 и P5, Аннушка"},
	{"OKAFOR and fay noticed", "Facilitator and Facilitator noticed"},
};

START_TEST(test_anonymise_any_case)
{
	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C.UTF-8"));
	char dir[] = "/tmp/ck-anon-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *path = xasprintf("%s/a.jsonl", dir);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("{\"v\":1,\"t\":\"start\",\"at\":1700035200000,\"id\":\"a\",\"flow\":\"f\",\"rounds\":1,"
	      "\"facilitator\":\"Fay Okafor\",\"people\":[\"Ana López\",\"Ben\",\"Σοφία\",\"Νίκος\","
	      "\"Анна\"],\"phases\":[\"p\"],\"roles\":[\"r\"]}\n"
	      "{\"t\":\"seats\",\"at\":1700035200000,\"round\":0,\"seats\":[0,0,0,0,0]}\n"
	      "{\"t\":\"phase\",\"at\":1700035200000,\"round\":0,\"phase\":0}\n", f);
	fprintf(f, "{\"t\":\"entry\",\"at\":1700035260000,\"id\":1,\"round\":0,\"phase\":0,"
		   "\"person\":1,\"text\":\"%s\"}\n", tr_case[_i].text);
	fclose(f);
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&s, NULL, path, &d), 0);
	char *got = tr_capture(transcript_write_md, s, true);
	ck_assert_msg(strstr(got, tr_case[_i].want), "\"%s\" not in:\n%s", tr_case[_i].want, got);
	free(got);
	session_free(s);
	unlink(path);
	rmdir(dir);
	free(path);
}
END_TEST


/* A card withdrawn for one chosen by hand says so; it was not redealt. */
START_TEST(test_replaced_by_hand)
{
	char dir[] = "/tmp/ck-hand-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *path = xasprintf("%s/h.jsonl", dir);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("{\"v\":1,\"t\":\"start\",\"at\":1700035200000,\"id\":\"h\",\"flow\":\"f\",\"rounds\":1,"
	      "\"people\":[\"Ana\",\"Ben\"],\"phases\":[\"p\"],\"roles\":[\"r\"]}\n"
	      "{\"t\":\"seats\",\"at\":1700035200000,\"round\":0,\"seats\":[0,0]}\n"
	      "{\"t\":\"phase\",\"at\":1700035200000,\"round\":0,\"phase\":0}\n"
	      "{\"t\":\"deal\",\"at\":1700035200000,\"round\":0,\"phase\":0,\"person\":0,"
	      "\"deck\":\"d\",\"card\":\"first\"}\n"
	      "{\"t\":\"deal\",\"at\":1700035200000,\"round\":0,\"phase\":0,\"person\":1,"
	      "\"deck\":\"d\",\"card\":\"second\"}\n"
	      "{\"t\":\"choose\",\"at\":1700035260000,\"index\":0,\"person\":0,\"round\":0,"
	      "\"phase\":0,\"deck\":\"d\",\"card\":\"picked\"}\n"
	      "{\"t\":\"redeal\",\"at\":1700035270000,\"index\":1,\"deck\":\"d\",\"card\":\"third\"}\n",
	      f);
	fclose(f);
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&s, NULL, path, &d), 0);
	char *got = tr_capture(transcript_write_md, s, false);
	ck_assert_msg(strstr(got, "~~first~~ (d) — to Ana — replaced by hand\n"), "%s", got);
	ck_assert_msg(strstr(got, "**picked** (d) — to Ana, chosen by hand\n"), "%s", got);
	ck_assert_msg(strstr(got, "~~second~~ (d) — to Ben — redealt\n"), "%s", got);
	free(got);
	session_free(s);
	diags_free(&d);
	unlink(path);
	rmdir(dir);
	free(path);
}
END_TEST

/* The JSON form parses and carries the round's structure. */
START_TEST(test_json_structure)
{
	char *got = tr_capture(transcript_write_json, tr_s, false);
	cJSON *o = cJSON_Parse(got);
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "flow"), "title")->valuestring,
			 "Test Round");
	ck_assert_str_eq(cJSON_GetObjectItem(o, "facilitator")->valuestring, "Fay");
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(o, "decks")), 2);
	cJSON *rounds = cJSON_GetObjectItem(o, "rounds");
	ck_assert_int_eq(cJSON_GetArraySize(rounds), 1);
	cJSON *r0 = cJSON_GetArrayItem(rounds, 0);
	cJSON *seat = cJSON_GetArrayItem(cJSON_GetObjectItem(r0, "seats"), 0);
	ck_assert_str_eq(cJSON_GetObjectItem(seat, "person")->valuestring, "Ana");
	ck_assert_str_eq(cJSON_GetObjectItem(seat, "role")->valuestring, "Presenter");
	cJSON *ring = cJSON_GetArrayItem(cJSON_GetObjectItem(r0, "phases"), 1);
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(ring, "cards")), 4);
	cJSON *entries = cJSON_GetObjectItem(ring, "entries");
	ck_assert_int_eq(cJSON_GetArraySize(entries), 2);
	cJSON *note = cJSON_GetArrayItem(entries, 1);
	ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(note, "note")));
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(note, "person")));
	cJSON_Delete(o);
	free(got);
}
END_TEST

Suite *transcript_suite(void);
Suite *transcript_suite(void)
{
	Suite *s = suite_create("transcript");
	TCase *tc = tcase_create("transcript");
	tcase_add_checked_fixture(tc, tr_setup, tr_teardown);
	tcase_add_test(tc, test_markdown_expected);
	tcase_add_test(tc, test_markdown_content);
	tcase_add_test(tc, test_anonymise);
	tcase_add_test(tc, test_json);
	tcase_add_test(tc, test_without_catalog);
	tcase_add_test(tc, test_replaced_by_hand);
	tcase_add_test(tc, test_save_file);
	tcase_add_test(tc, test_save_file_sync_fails);
	tcase_add_test(tc, test_anonymise_scripts);
	tcase_add_loop_test(tc, test_anonymise_any_case, 0, sizeof tr_case / sizeof tr_case[0]);
	tcase_add_test(tc, test_json_structure);
	suite_add_tcase(s, tc);
	return s;
}
