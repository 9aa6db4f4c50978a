/*
 * Starter files (starter.h): each loads with no problem at all, a deck of
 * two suits and three cards, a flow of two roles and three phases dealing
 * from a stock deck that is there; ids are checked by the loader's rule
 * with the place and a suggestion; a file is written into the user's deck
 * folder (made 0700), never over one already there.
 */
#include <check.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/base/xalloc.h"
#include "core/deck/catalog.h"
#include "core/deck/load.h"
#include "core/deck/starter.h"

static char st_root[64];

static void st_setup(void)
{
	strcpy(st_root, "/tmp/rucksack-starter-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(st_root));
}

static int st_rm(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	return remove(path);
}

static void st_teardown(void)
{
	nftw(st_root, st_rm, 16, FTW_DEPTH | FTW_PHYS);
}

static const char *st_env(const char *name)
{
	return strcmp(name, "XDG_DATA_HOME") == 0 ? st_root : NULL;
}

/* The starter of kind k for id, loaded: no error and no warning either. */
static struct doc *st_load(enum doc_kind k, const char *id)
{
	char *text = starter_text(k, id);
	struct diags d = {0};
	struct doc *doc = NULL;
	ck_assert_int_eq(load_buffer("starter.json", text, strlen(text), &doc, &d), 0);
	for (size_t i = 0; i < d.n; i++)
		ck_abort_msg("%s", d.v[i].message);
	free(text);
	return doc;
}

START_TEST(test_starter_deck_loads_clean)
{
	struct doc *doc = st_load(DOC_DECK, "team-huddle");
	ck_assert_int_eq(doc->kind, DOC_DECK);
	ck_assert_str_eq(doc->id, "team-huddle");
	ck_assert_str_eq(doc->title, "Team huddle");
	ck_assert_uint_eq(doc->deck.n_suits, 2);
	ck_assert_uint_eq(doc->deck.n_cards, 3);
	doc_free(doc);
}
END_TEST

/* The flow's deal names a stock deck and role that are there. */
START_TEST(test_starter_flow_loads_clean)
{
	struct doc *doc = st_load(DOC_FLOW, "huddle2");
	ck_assert_int_eq(doc->kind, DOC_FLOW);
	ck_assert_str_eq(doc->title, "Huddle2");
	ck_assert_uint_eq(doc->flow.n_roles, 2);
	ck_assert_uint_eq(doc->flow.n_phases, 3);
	const char *src = getenv("RUCKSACK_SRCDIR");
	char *decks = xasprintf("%s/decks", src ? src : ".");
	struct strv dirs = {0};
	struct diags d = {0};
	struct catalog cat = {0};
	strv_push(&dirs, decks);
	catalog_load(&cat, &dirs, &d);
	ck_assert_uint_eq(catalog_check_flow_refs(&cat, doc, &d), 0);
	catalog_free(&cat);
	strv_free(&dirs);
	diags_free(&d);
	free(decks);
	doc_free(doc);
}
END_TEST

/* id, the column and message starter_check_id gives ("" when valid). */
static void st_id(const char *id, int col, const char *msg)
{
	struct diags d = {0};
	ck_assert_int_eq(starter_check_id(id, &d), *msg ? -1 : 0);
	ck_assert_uint_eq(d.n, *msg ? 1 : 0);
	if (*msg) {
		ck_assert_int_eq(d.v[0].col, col);
		ck_assert_str_eq(d.v[0].message, msg);
	}
	diags_free(&d);
}

#define ST_RULE "an id is 1 to 64 of a-z, 0-9 and '-', not starting with '-'"

START_TEST(test_starter_ids)
{
	st_id("my-deck-2", 0, "");
	st_id("My Deck", 1, "'My Deck' is not a valid id: at character 1, 'M' is a capital "
			    "letter; " ST_RULE ": try 'my-deck'");
	st_id("my deck", 3, "'my deck' is not a valid id: at character 3, it has a space; "
			    ST_RULE ": try 'my-deck'");
	st_id("-x", 1, "'-x' is not a valid id: at character 1, it starts with '-'; " ST_RULE
		       ": try 'x'");
	st_id("caf\xc3\xa9_2.json", 4, "'caf\xc3\xa9_2.json' is not a valid id: at character 4, "
				       "'\xc3\xa9' is not allowed; " ST_RULE ": try 'caf-2'");
	st_id("a\tb", 2, "'a b' is not a valid id: at character 2, ' ' is not allowed; " ST_RULE
			 ": try 'ab'");
	st_id("", 1, "the id is empty; " ST_RULE);
	st_id("\xc3\xa9", 1, "'\xc3\xa9' is not a valid id: at character 1, '\xc3\xa9' is not "
			     "allowed; " ST_RULE);
	char long_id[70];
	memset(long_id, 'a', 65);
	long_id[65] = '\0';
	char *want = xasprintf("'%s' is not a valid id: at character 65, it is 65 characters "
			       "long, more than 64; " ST_RULE ": try '%.64s'", long_id, long_id);
	st_id(long_id, 65, want);
	free(want);
}
END_TEST

static mode_t st_mode(const char *path)
{
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	return st.st_mode & 07777;
}

START_TEST(test_starter_create_never_replaces)
{
	struct diags d = {0};
	char *path = NULL, *again = NULL;
	ck_assert_int_eq(starter_create(st_env, NULL, DOC_DECK, "mine", &path, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	char *want = xasprintf("%s/rucksack/decks/mine.json", st_root);
	ck_assert_str_eq(path, want);
	char *folder = xasprintf("%s/rucksack/decks", st_root);
	ck_assert_int_eq(st_mode(folder), 0700);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("edited\n", f);
	fclose(f);
	ck_assert_int_eq(starter_create(st_env, NULL, DOC_FLOW, "mine", &again, &d), -1);
	ck_assert_str_eq(again, path);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].errnum, EEXIST);
	char *msg = xasprintf("%s already exists, and rucksack new never replaces a file: edit "
			      "that one, or choose another id", path);
	ck_assert_str_eq(d.v[0].message, msg);
	char buf[16] = {0};
	f = fopen(path, "r");
	ck_assert_ptr_nonnull(fgets(buf, sizeof buf, f));
	fclose(f);
	ck_assert_str_eq(buf, "edited\n");
	free(msg);
	free(want);
	free(folder);
	free(path);
	free(again);
	diags_free(&d);
}
END_TEST

/* A deck folder that is there keeps its mode (a champion may share it);
 * one that cannot be made is said so, naming it. */
START_TEST(test_starter_folder_kept)
{
	struct diags d = {0};
	char *path = NULL;
	char *base = xasprintf("%s/rucksack", st_root), *folder = xasprintf("%s/decks", base);
	ck_assert_int_eq(mkdir(base, 0700), 0);
	ck_assert_int_eq(mkdir(folder, 0700), 0);
	ck_assert_int_eq(chmod(folder, 0755), 0);
	ck_assert_int_eq(starter_create(st_env, NULL, DOC_FLOW, "ours", &path, &d), 0);
	ck_assert_int_eq(st_mode(folder), 0755);
	free(path);
	char *cmd = xasprintf("rm -rf '%s' && touch '%s'", base, base);
	ck_assert_int_eq(system(cmd), 0);
	ck_assert_int_eq(starter_create(st_env, NULL, DOC_DECK, "ours", &path, &d), -1);
	ck_assert_ptr_null(path);
	ck_assert_uint_eq(d.n, 1);
	char *msg = xasprintf("cannot make the folder %s: a file is where a folder should be",
			      folder);
	ck_assert_str_eq(d.v[0].message, msg);
	free(msg);
	free(cmd);
	diags_free(&d);
	free(base);
	free(folder);
}
END_TEST

/* A bad id writes nothing, not even the folder. */
START_TEST(test_starter_create_bad_id)
{
	struct diags d = {0};
	char *path = NULL;
	ck_assert_int_eq(starter_create(st_env, NULL, DOC_DECK, "Mine", &path, &d), -1);
	ck_assert_ptr_null(path);
	ck_assert_uint_eq(d.n, 1);
	char *base = xasprintf("%s/rucksack", st_root);
	struct stat st;
	ck_assert_int_eq(stat(base, &st), -1);
	free(base);
	diags_free(&d);
}
END_TEST

Suite *starter_suite(void);
Suite *starter_suite(void)
{
	Suite *s = suite_create("starter");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, st_setup, st_teardown);
	tcase_add_test(tc, test_starter_deck_loads_clean);
	tcase_add_test(tc, test_starter_flow_loads_clean);
	tcase_add_test(tc, test_starter_ids);
	tcase_add_test(tc, test_starter_create_never_replaces);
	tcase_add_test(tc, test_starter_create_bad_id);
	tcase_add_test(tc, test_starter_folder_kept);
	suite_add_tcase(s, tc);
	return s;
}
