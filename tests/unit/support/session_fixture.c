#include "session_fixture.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/journal.h"
#include "core/round/session.h"
#include "core/base/xalloc.h"

struct session_fixture sfx;

static int64_t sfx_tick(void)
{
	return sfx.ms += 1000;
}

static int64_t sfx_still(void)
{
	return sfx.ms;
}

void sfx_open(const char *tag, const char *decks, const char *people)
{
	memset(&sfx, 0, sizeof sfx);
	snprintf(sfx.dir, sizeof sfx.dir, "/tmp/ck-%s-XXXXXX", tag);
	ck_assert_ptr_nonnull(mkdtemp(sfx.dir));
	const char *src = getenv("RUCKSACK_SRCDIR");
	struct strv dirs = {0};
	strv_push_owned(&dirs, xasprintf("%s/tests/data/session/%s", src ? src : ".", decks));
	struct diags d = {0};
	catalog_load(&sfx.cat, &dirs, &d);
	ck_assert_msg(diags_count_errors(&d, false) == 0, "the test decks in %s have errors",
		      dirs.v[0]);
	strv_free(&dirs);
	diags_free(&d);
	strv_split(&sfx.people, people, ',');
	sfx.ms = SFX_T0;
}

void sfx_clock_ticking(void)
{
	sfx.ms = SFX_T0;
	session_set_clock(sfx_tick);
}

void sfx_clock_still(void)
{
	sfx.ms = SFX_T0;
	session_set_clock(sfx_still);
}

void sfx_close(void)
{
	session_set_clock(NULL);
	journal_set_fsync_hook(NULL);
	catalog_free(&sfx.cat);
	strv_free(&sfx.people);
	char *cmd = xasprintf("rm -rf '%s'", sfx.dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

char *sfx_path(const char *rel)
{
	return xasprintf("%s/%s", sfx.dir, rel);
}

struct session *sfx_start(const char *flow, uint64_t seed, const char *dir, int want)
{
	struct session_opts o = {.flow_id = flow, .people = &sfx.people, .has_seed = true,
				 .seed = seed, .dir = dir ? dir : sfx.dir};
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_start(&s, &sfx.cat, &o, &d), want);
	diags_free(&d);
	return s;
}

struct session *sfx_load(const char *name, const char *text, bool with_catalog)
{
	char *path = sfx_path(name);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
	struct session *s = NULL;
	struct diags d = {0};
	ck_assert_int_eq(session_load(&s, with_catalog ? &sfx.cat : NULL, path, &d), 0);
	diags_free(&d);
	free(path);
	return s;
}

void sfx_records(const struct session *s, struct strv *out)
{
	bool torn = false;
	struct diags d = {0};
	ck_assert_int_eq(journal_read(session_journal_path(s), out, &torn, &d), 0);
	diags_free(&d);
}

size_t sfx_n_records(const struct session *s)
{
	struct strv v = {0};
	sfx_records(s, &v);
	size_t n = v.n;
	strv_free(&v);
	return n;
}
