/*
 * libFuzzer harness for journal replay, as the commands meet a journal:
 * export (session_load, with the test decks and without any, then the
 * Markdown transcript plain and anonymised, and the JSON one), resume
 * (session_resume: lock, read, replay, mend a torn tail) and the listing
 * (session_list).  Each input is written as a round's journal in a scratch
 * folder.  Besides what the sanitizers catch (build it with
 * -fsanitize=float-cast-overflow too) it checks the promises: a result is
 * all or nothing, and every diagnostic says something and names the file.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/base/clock.h"
#include "core/base/journal.h"
#include "core/deck/catalog.h"
#include "core/round/session.h"
#include "core/round/transcript.h"
#include "core/base/xalloc.h"

#define CHECK(cond)                                                             \
	do {                                                                    \
		if (!(cond)) {                                                  \
			fprintf(stderr, "%s:%d: broken promise: %s\n", __FILE__, \
				__LINE__, #cond);                               \
			abort();                                                \
		}                                                               \
	} while (0)

static struct catalog fz_cat;
static char fz_dir[64];
static char *fz_path;
static FILE *fz_null;

static int64_t fz_clock(void)
{
	return 1700035200000LL;
}

/* Resume syncs what it mends; the disk's durability is not under test, speed is. */
static int fz_fsync(int fd)
{
	(void)fd;
	return 0;
}

/* Removes the scratch folder and what replay left in it (a lock, a mended journal). */
static void fz_cleanup(void)
{
	DIR *dh = opendir(fz_dir);
	for (struct dirent *e; dh && (e = readdir(dh));) {
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
			char *p = xasprintf("%s/%s", fz_dir, e->d_name);
			unlink(p);
			free(p);
		}
	}
	if (dh)
		closedir(dh);
	rmdir(fz_dir);
}

/* The test decks of the session suites: the flows the seed journals name. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	const char *src = getenv("RUCKSACK_SRCDIR");
	struct strv dirs = {0};
	strv_push_owned(&dirs, xasprintf("%s/tests/data/session/decks", src ? src : "."));
	strv_push_owned(&dirs, xasprintf("%s/tests/data/session/timed", src ? src : "."));
	struct diags d = {0};
	catalog_load(&fz_cat, &dirs, &d);
	CHECK(catalog_find(&fz_cat, "round-test") != NULL);
	strv_free(&dirs);
	diags_free(&d);
	strcpy(fz_dir, "/tmp/fuzz-replay-XXXXXX");
	CHECK(mkdtemp(fz_dir) != NULL);
	atexit(fz_cleanup);
	fz_path = xasprintf("%s/20231115-080000-beef.jsonl", fz_dir);
	fz_null = fopen("/dev/null", "w");
	CHECK(fz_null != NULL);
	now_set_wall_clock(fz_clock);
	journal_set_fsync_hook(fz_fsync);
	return 0;
}

static void fz_write_journal(const uint8_t *data, size_t size)
{
	int fd = open(fz_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	CHECK(fd >= 0);
	CHECK(write(fd, data, size) == (ssize_t)size);
	close(fd);
}

static void fz_check_diags(const struct diags *d, int rc)
{
	CHECK(rc != -1 || diags_count_errors(d, false) > 0);
	for (size_t i = 0; i < d->n; i++)
		CHECK(d->v[i].message && *d->v[i].message && d->v[i].file);
}

/* As export: loaded read-only, written in every form. */
static void fz_export(const struct catalog *c)
{
	struct session *s = (struct session *)&fz_cat; /* must be overwritten */
	struct diags d = {0};
	int rc = session_load(&s, c, fz_path, &d);
	CHECK(rc == 0 || rc == -1);
	CHECK(rc == 0 ? s != NULL : s == NULL);
	fz_check_diags(&d, rc);
	if (s) {
		transcript_write_md(fz_null, s, false, &d);
		transcript_write_md(fz_null, s, true, &d);
		transcript_write_json(fz_null, s, true, &d);
	}
	session_free(s);
	diags_free(&d);
}

/* As resume: it may mend the journal, so it comes last. */
static void fz_resume(void)
{
	struct session *s = NULL;
	struct diags d = {0};
	int rc = session_resume(&s, &fz_cat, fz_path, &d);
	CHECK(rc == SESSION_OK || rc == SESSION_UNSAVED || rc == SESSION_INVALID);
	CHECK(rc == SESSION_INVALID ? s == NULL : s != NULL);
	session_free(s);
	diags_free(&d);
}

static void fz_list(void)
{
	struct session_info *v = NULL;
	size_t n = 0;
	struct diags d = {0};
	CHECK(session_list(fz_dir, NULL, &v, &n, &d) == 0);
	CHECK(n <= 1);
	session_info_free(v, n);
	diags_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fz_write_journal(data, size);
	fz_export(&fz_cat);
	fz_export(NULL);
	fz_list();
	fz_resume();
	return 0;
}
