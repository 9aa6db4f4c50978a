/*
 * The catalog, on folders made for each test: search-path order, name order,
 * shadowing, same-folder duplicates, skipped files, files named directly, and
 * the references a flow makes to decks.
 */
#include <check.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/deck/catalog.h"
#include "core/deck/load.h"

static char ct_root[64];

static void ct_setup(void)
{
	strcpy(ct_root, "/tmp/rucksack-catalog-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(ct_root));
}

static int ct_rm(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	chmod(path, 0700);
	return remove(path);
}

static void ct_teardown(void)
{
	nftw(ct_root, ct_rm, 16, FTW_DEPTH | FTW_PHYS);
}

/* ct_root/dir, made if needed; returns a static path. */
static const char *ct_dir(const char *dir)
{
	static char path[256];
	snprintf(path, sizeof path, "%s/%s", ct_root, dir);
	mkdir(path, 0700);
	return path;
}

static void ct_write(const char *dir, const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", ct_dir(dir), name);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

/* A small deck with the given id and title, two suits, cards in suit "a" only. */
static void ct_deck(const char *dir, const char *name, const char *id, const char *title)
{
	char text[512];
	snprintf(text, sizeof text,
		 "{\"format\": 1, \"id\": \"%s\", \"title\": \"%s\",\n"
		 " \"suits\": [{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"empty\", \"title\": \"E\"}],\n"
		 " \"cards\": [{\"id\": \"c1\", \"title\": \"C1\", \"suit\": \"a\"}]}\n",
		 id, title);
	ct_write(dir, name, text);
}

static void ct_flow(const char *dir, const char *name, const char *id, const char *deals)
{
	char text[1024];
	snprintf(text, sizeof text,
		 "{\"format\": 1, \"kind\": \"flow\", \"id\": \"%s\", \"title\": \"F\",\n"
		 " \"roles\": [{\"id\": \"r\", \"title\": \"R\"}],\n"
		 " \"phases\": [\n  {\"id\": \"p\", \"title\": \"P\", \"deal\": %s}]}\n",
		 id, deals);
	ct_write(dir, name, text);
}

static void ct_dirs(struct strv *dirs, const char *a, const char *b)
{
	strv_push(dirs, ct_dir(a));
	if (b)
		strv_push(dirs, ct_dir(b));
}

START_TEST(test_order_and_shadowing)
{
	struct catalog c = {0};
	struct strv dirs = {0};
	struct diags d = {0};

	ct_deck("one", "b.json", "x", "One X");
	ct_deck("one", "a.json", "y", "One Y");
	ct_deck("one", "B.json", "z", "One Z"); /* byte order: upper case first */
	ct_deck("two", "a.json", "x", "Two X");
	ct_deck("two", "b.json", "w", "Two W");
	ct_dirs(&dirs, "one", "two");
	catalog_load(&c, &dirs, &d);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(c.n, 5);
	ck_assert_str_eq(c.v[0].doc->id, "z");
	ck_assert_str_eq(c.v[1].doc->id, "y");
	ck_assert_str_eq(c.v[2].doc->id, "x");
	ck_assert_str_eq(c.v[3].doc->id, "x");
	ck_assert_uint_eq(c.v[2].dir, 0);
	ck_assert_uint_eq(c.v[3].dir, 1);
	ck_assert(!c.v[2].shadowed);
	ck_assert(c.v[3].shadowed);
	ck_assert(!c.v[4].shadowed);
	ck_assert_str_eq(catalog_find(&c, "x")->title, "One X");
	ck_assert_str_eq(catalog_find(&c, "w")->title, "Two W");
	ck_assert_ptr_null(catalog_find(&c, "v"));
	ck_assert_uint_eq(c.dirs.n, 2);
	catalog_free(&c);
	strv_free(&dirs);
}
END_TEST

START_TEST(test_same_folder_duplicate)
{
	struct catalog c = {0};
	struct strv dirs = {0};
	struct diags d = {0};
	char first[512];

	ct_deck("one", "a.json", "x", "First");
	ct_deck("one", "b.json", "x", "Second");
	ct_deck("two", "c.json", "x", "Third");
	ct_dirs(&dirs, "one", "two");
	catalog_load(&c, &dirs, &d);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].severity, DIAG_ERROR);
	ck_assert_int_eq(d.v[0].kind, DIAG_SCHEMA);
	ck_assert_ptr_nonnull(strstr(d.v[0].file, "/one/b.json"));
	ck_assert_int_eq(d.v[0].line, 1);
	ck_assert_int_eq(d.v[0].col, 21); /* the id's value */
	snprintf(first, sizeof first, "(rucksack uses %s/one/a.json)", ct_root);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, first));
	/* the second is skipped; the later folder's is shadowed by the first */
	ck_assert_uint_eq(c.n, 2);
	ck_assert_str_eq(catalog_find(&c, "x")->title, "First");
	ck_assert(c.v[1].shadowed);
	catalog_free(&c);
	strv_free(&dirs);
	diags_free(&d);
}
END_TEST

/* The file named after the id wins over a copy that sorts before it. */
START_TEST(test_duplicate_prefers_named_for_id)
{
	struct catalog c = {0};
	struct strv dirs = {0};
	struct diags d = {0};
	char used[512];

	ct_deck("one", "genogram-copy.json", "genogram", "Old copy");
	ct_deck("one", "genogram.json", "genogram", "Being edited");
	ct_deck("one", "genogram-z.json", "genogram", "Another copy");
	ct_dirs(&dirs, "one", NULL);
	catalog_load(&c, &dirs, &d);
	ck_assert_uint_eq(c.n, 1);
	ck_assert_str_eq(catalog_find(&c, "genogram")->title, "Being edited");
	ck_assert_uint_eq(d.n, 2);
	snprintf(used, sizeof used, "(rucksack uses %s/one/genogram.json)", ct_root);
	ck_assert_ptr_nonnull(strstr(d.v[0].file, "/one/genogram-copy.json"));
	ck_assert_ptr_nonnull(strstr(d.v[0].message, used));
	ck_assert_ptr_nonnull(strstr(d.v[1].file, "/one/genogram-z.json"));
	ck_assert_ptr_nonnull(strstr(d.v[1].message, used));
	ck_assert(catalog_named_for_id("a/b/x.json", "x"));
	ck_assert(!catalog_named_for_id("a/x.json/y.json", "x"));
	ck_assert(!catalog_named_for_id("x.jsonx", "x"));
	catalog_free(&c);
	strv_free(&dirs);
	diags_free(&d);
}
END_TEST

START_TEST(test_broken_decks)
{
	struct catalog c = {0};
	struct strv dirs = {0};
	struct diags d = {0};
	char want[512];

	ct_write("one", "x.json", "{\"format\": 1,");          /* no id read: its name says x */
	ct_write("one", "y.json", "{\"format\": 1, \"id\": \"yy\", \"title\": \"Y\"}"); /* no cards */
	ct_deck("two", "x.json", "x", "Good X");
	ct_dirs(&dirs, "one", "two");
	catalog_load(&c, &dirs, &d);
	ck_assert_uint_eq(d.n, 2);
	ck_assert_uint_eq(c.n_broken, 2);
	/* a good x later on the path is the one used: no broken x to speak of */
	ck_assert_ptr_null(catalog_find_broken(&c, "x"));
	snprintf(want, sizeof want, "%s/one/y.json", ct_root);
	ck_assert_str_eq(catalog_find_broken(&c, "yy"), want);
	ck_assert_ptr_null(catalog_find_broken(&c, "y"));
	/* a file named directly shadows the search path, broken or not */
	catalog_add_broken_first(&c, "named/x.json", NULL);
	ck_assert_str_eq(catalog_find_broken(&c, "x"), "named/x.json");
	catalog_free(&c);
	strv_free(&dirs);
	diags_free(&d);
}
END_TEST

START_TEST(test_skipped_and_bad_files)
{
	struct catalog c = {0};
	struct strv dirs = {0};
	struct diags d = {0};

	ct_deck("one", "good.json", "good", "Good");
	ct_write("one", "schema.json", "{\"$schema\": \"x\", \"$defs\": {}}");
	ct_write("one", ".hidden.json", "not json");
	ct_write("one", "notes.txt", "not json");
	ct_write("one", ".json", "not json");
	ct_write("one", "bad.json", "{\"format\": 1, \"id\": \"bad\",}");
	mkdir(ct_dir("one/sub.json"), 0700);
	ct_dirs(&dirs, "one", "missing");
	strv_push(&dirs, "/nonexistent/rucksack");
	ct_write("plain", "file", "x");
	char file_as_dir[512];
	snprintf(file_as_dir, sizeof file_as_dir, "%s/plain/file", ct_root);
	strv_push(&dirs, file_as_dir);
	catalog_load(&c, &dirs, &d);
	ck_assert_uint_eq(c.n, 1);
	ck_assert_str_eq(c.v[0].doc->id, "good");
	ck_assert_uint_eq(d.n, 2); /* bad.json, and the folder named sub.json */
	ck_assert_ptr_nonnull(strstr(d.v[0].file, "/one/bad.json"));
	ck_assert_int_eq(d.v[0].kind, DIAG_SYNTAX);
	ck_assert_ptr_nonnull(strstr(d.v[1].file, "/one/sub.json"));
	ck_assert_int_eq(d.v[1].kind, DIAG_IO);
	catalog_free(&c);
	strv_free(&dirs);
	diags_free(&d);
}
END_TEST

/*
 * A pipe planted among the decks, held open by a writer that writes
 * nothing, is refused as not a file, never read (which would wait for
 * ever): the catalog loads the decks beside it and names the pipe.
 */
START_TEST(test_planted_pipe)
{
	struct catalog c = {0};
	struct strv dirs = {0};
	struct diags d = {0};
	char fifo[512];

	ct_deck("one", "good.json", "good", "Good");
	snprintf(fifo, sizeof fifo, "%s/a-deck.json", ct_dir("one"));
	ck_assert_int_eq(mkfifo(fifo, 0600), 0);
	pid_t writer = fork();
	if (writer == 0) {
		int fd = open(fifo, O_WRONLY); /* waits for no reader: ours is non-blocking */
		pause();
		_exit(fd < 0);
	}
	int probe = open(fifo, O_RDONLY); /* until the writer holds it open */
	ct_dirs(&dirs, "one", NULL);
	catalog_load(&c, &dirs, &d);
	kill(writer, SIGKILL);
	waitpid(writer, NULL, 0);
	close(probe);
	ck_assert_uint_eq(c.n, 1);
	ck_assert_str_eq(c.v[0].doc->id, "good");
	ck_assert_uint_eq(d.n, 1);
	ck_assert_ptr_nonnull(strstr(d.v[0].file, "/one/a-deck.json"));
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	ck_assert_msg(strstr(d.v[0].message, "pipe"), "%s", d.v[0].message);
	catalog_free(&c);
	strv_free(&dirs);
	diags_free(&d);
}
END_TEST

START_TEST(test_unreadable_folder)
{
	struct catalog c = {0};
	struct strv dirs = {0};
	struct diags d = {0};
	char loop[128];
	/* A symlink to itself: opendir fails (ELOOP) even for root, as CI runs. */
	snprintf(loop, sizeof loop, "%s/loop", ct_root);
	ck_assert_int_eq(symlink("loop", loop), 0);
	strv_push(&dirs, loop);
	/* A folder without read permission too, but root reads anything. */
	bool locked = geteuid() != 0;
	if (locked) {
		ct_deck("locked", "a.json", "a", "A");
		chmod(ct_dir("locked"), 0);
		strv_push(&dirs, ct_dir("locked"));
	}
	catalog_load(&c, &dirs, &d);
	ck_assert_uint_eq(c.n, 0);
	size_t want = locked ? 2 : 1;
	ck_assert_uint_eq(d.n, want);
	for (size_t i = 0; i < d.n; i++) {
		ck_assert_str_eq(d.v[i].file, dirs.v[i]);
		ck_assert_int_eq(d.v[i].severity, DIAG_ERROR);
		ck_assert_int_eq(d.v[i].kind, DIAG_IO);
		ck_assert_int_eq(d.v[i].line, 0);
		ck_assert_ptr_nonnull(strstr(d.v[i].message, "cannot read folder"));
	}
	catalog_free(&c);
	strv_free(&dirs);
	diags_free(&d);
}
END_TEST

/* Folders the user named that are missing, or are files, are warned of once
 * each and kept in c.missing; a missing default folder (after them) is silent. */
START_TEST(test_missing_named_folders)
{
	struct catalog c = {0};
	struct strv dirs = {0};
	struct diags d = {0};
	char nowhere[128], file[128], gone[128];

	ct_deck("real", "a.json", "a", "A");
	snprintf(nowhere, sizeof nowhere, "%s/nowhere", ct_root);
	snprintf(file, sizeof file, "%s/real/a.json", ct_root);
	snprintf(gone, sizeof gone, "%s/default-gone", ct_root);
	strv_push(&dirs, nowhere);
	strv_push(&dirs, file);
	strv_push(&dirs, ct_dir("real"));
	strv_push(&dirs, gone);
	catalog_load_named(&c, &dirs, 3, &d);
	ck_assert_uint_eq(c.n, 1);
	ck_assert_uint_eq(d.n, 2);
	ck_assert_uint_eq(diags_count_errors(&d, false), 0);
	ck_assert_str_eq(d.v[0].file, nowhere);
	ck_assert_int_eq(d.v[0].kind, DIAG_IO);
	ck_assert_int_eq(d.v[0].line, 0);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "no such folder"));
	ck_assert_str_eq(d.v[1].file, file);
	ck_assert_ptr_nonnull(strstr(d.v[1].message, "not a folder"));
	ck_assert_uint_eq(c.missing.n, 2);
	ck_assert_str_eq(c.missing.v[0], nowhere);
	ck_assert_str_eq(c.missing.v[1], file);
	catalog_free(&c);
	diags_free(&d);
	/* catalog_load names none: all silent */
	catalog_load(&c, &dirs, &d);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(c.missing.n, 0);
	catalog_free(&c);
	strv_free(&dirs);
}
END_TEST

static struct doc *ct_load(const char *dir, const char *name)
{
	char path[512];
	struct diags d = {0};
	struct doc *doc = NULL;
	snprintf(path, sizeof path, "%s/%s/%s", ct_root, dir, name);
	ck_assert_int_eq(load_file(path, &doc, &d), 0);
	diags_free(&d);
	return doc;
}

START_TEST(test_add_first)
{
	struct catalog c = {0};
	struct strv dirs = {0};
	struct diags d = {0};

	ct_deck("path", "a.json", "x", "On the path");
	ct_deck("path", "b.json", "y", "Y on the path");
	ct_deck("named", "x.json", "x", "Named");
	ct_deck("named", "x2.json", "x", "Named again");
	ct_flow("named", "f.json", "y", "{\"deck\": \"x\"}");
	ct_dirs(&dirs, "path", NULL);
	catalog_load(&c, &dirs, &d);
	catalog_add_first(&c, ct_load("named", "x.json"));
	catalog_add_first(&c, ct_load("named", "x2.json"));
	catalog_add_first(&c, ct_load("named", "f.json"));
	ck_assert_uint_eq(c.n, 5);
	/* named files first, in the order added, then the search path */
	ck_assert_str_eq(c.v[0].doc->title, "Named");
	ck_assert_str_eq(c.v[1].doc->title, "Named again");
	ck_assert_uint_eq(c.v[0].dir, (size_t)-1);
	ck_assert(!c.v[0].shadowed && c.v[1].shadowed);
	ck_assert_int_eq(c.v[2].doc->kind, DOC_FLOW);
	ck_assert(c.v[3].shadowed && c.v[4].shadowed);
	ck_assert_str_eq(catalog_find(&c, "x")->title, "Named");
	ck_assert_int_eq(catalog_find(&c, "y")->kind, DOC_FLOW);
	ck_assert_ptr_null(catalog_find_kind(&c, "y", DOC_DECK));
	ck_assert_ptr_nonnull(catalog_find_kind(&c, "y", DOC_FLOW));
	ck_assert_ptr_nonnull(catalog_find_kind(&c, "x", DOC_DECK));
	catalog_free(&c);
	strv_free(&dirs);
}
END_TEST

static const struct {
	const char *deals;
	int col;	 /* of the value at fault (deck or suit) on line 4; 0: no error */
	const char *msg; /* fragment */
} ct_refs[] = {
	{ "{\"deck\": \"d\"}", 0, NULL },
	{ "{\"deck\": \"d\", \"suit\": \"a\"}", 0, NULL },
	{ "{\"deck\": \"nope\"}", 46, "phase \"p\", deal.deck: no deck \"nope\"" },
	{ "[{\"deck\": \"d\"}, {\"deck\": \"g\"}]", 62, "phase \"p\", the 2nd deal, deck: \"g\" is a flow" },
	{ "[{\"deck\": \"nope\"}]", 47, "phase \"p\", the 1st deal, deck: no deck" },
	{ "{\"deck\": \"d\", \"suit\": \"b\"}", 59, "deal.suit: deck \"d\" has no suit \"b\"" },
	{ "{\"deck\": \"d\", \"suit\": \"empty\"}", 59, "suit \"empty\" of deck \"d\" has no cards" },
	{ "{\"deck\": \"shadowed\"}", 0, NULL }, /* found in the earlier folder */
};

START_TEST(test_flow_refs)
{
	struct catalog c = {0};
	struct strv dirs = {0};
	struct diags d = {0};

	ct_deck("one", "d.json", "d", "D");
	ct_flow("one", "g.json", "g", "{\"deck\": \"d\"}");
	ct_deck("one", "s.json", "shadowed", "S");
	ct_write("two", "s.json", "{\"format\": 1, \"kind\": \"flow\", \"id\": \"shadowed\", "
				  "\"title\": \"F\", \"roles\": [{\"id\": \"r\", \"title\": \"R\"}], "
				  "\"phases\": [{\"id\": \"p\", \"title\": \"P\"}]}");
	ct_flow("named", "f.json", "f", ct_refs[_i].deals);
	ct_dirs(&dirs, "one", "two");
	catalog_load(&c, &dirs, &d);
	ck_assert_uint_eq(d.n, 0);
	struct doc *f = ct_load("named", "f.json");
	size_t n = catalog_check_flow_refs(&c, f, &d);
	ck_assert_uint_eq(n, ct_refs[_i].col ? 1 : 0);
	ck_assert_uint_eq(d.n, n);
	if (n) {
		ck_assert_str_eq(d.v[0].file, f->path);
		ck_assert_int_eq(d.v[0].kind, DIAG_REFERENCE);
		ck_assert_int_eq(d.v[0].severity, DIAG_ERROR);
		ck_assert_int_eq(d.v[0].line, 4);
		ck_assert_int_eq(d.v[0].col, ct_refs[_i].col);
		ck_assert_msg(strstr(d.v[0].message, ct_refs[_i].msg), "%s", d.v[0].message);
	}
	/* a deck has no references to check */
	ck_assert_uint_eq(catalog_check_flow_refs(&c, catalog_find(&c, "d"), &d), 0);
	doc_free(f);
	catalog_free(&c);
	strv_free(&dirs);
	diags_free(&d);
}
END_TEST

/* A flow whose deck is missing is refused at loading, and the flow it
 * shadowed takes its place; the problem names the refused file and value. */
START_TEST(test_broken_flow_refused)
{
	struct catalog c = {0};
	struct strv dirs = {0};
	struct diags d = {0};

	ct_flow("one", "f.json", "f", "{\"deck\": \"gone\"}");
	ct_flow("one", "ok.json", "ok", "{\"deck\": \"d\"}");
	ct_flow("two", "f.json", "f", "{\"deck\": \"d\"}");
	ct_deck("two", "d.json", "d", "D");
	ct_dirs(&dirs, "one", "two");
	catalog_load(&c, &dirs, &d);
	ck_assert_uint_eq(c.n, 3);
	const struct doc *f = catalog_find_kind(&c, "f", DOC_FLOW);
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(strstr(f->path, "/two/"));
	ck_assert_ptr_nonnull(catalog_find(&c, "ok"));
	for (size_t i = 0; i < c.n; i++)
		ck_assert(!c.v[i].shadowed);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_ptr_nonnull(strstr(d.v[0].file, "/one/f.json"));
	ck_assert_int_eq(d.v[0].kind, DIAG_REFERENCE);
	ck_assert_int_eq(d.v[0].line, 4);
	ck_assert_int_eq(d.v[0].col, 46);
	catalog_free(&c);
	strv_free(&dirs);
	diags_free(&d);
}
END_TEST

Suite *catalog_suite(void);
Suite *catalog_suite(void)
{
	Suite *s = suite_create("catalog");
	TCase *tc = tcase_create("catalog");
	tcase_add_checked_fixture(tc, ct_setup, ct_teardown);
	tcase_add_test(tc, test_order_and_shadowing);
	tcase_add_test(tc, test_same_folder_duplicate);
	tcase_add_test(tc, test_skipped_and_bad_files);
	tcase_add_test(tc, test_broken_decks);
	tcase_add_test(tc, test_duplicate_prefers_named_for_id);
	tcase_add_test(tc, test_unreadable_folder);
	tcase_add_test(tc, test_planted_pipe);
	tcase_add_test(tc, test_missing_named_folders);
	tcase_add_test(tc, test_add_first);
	tcase_add_test(tc, test_broken_flow_refused);
	tcase_add_loop_test(tc, test_flow_refs, 0, sizeof ct_refs / sizeof ct_refs[0]);
	suite_add_tcase(s, tc);
	return s;
}
