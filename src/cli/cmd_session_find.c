/*
 * Which round a command means: by its id (or the start of it) among the
 * rounds `rucksack sessions` lists, or by its journal's path; either way at
 * its live place, following a round that was saved elsewhere.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_session.h"
#include "core/base/paths.h"
#include "core/round/session.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

char *cmd_session_dir(struct cli_ctx *ctx, const char *cmd)
{
	struct diags d = {0};
	char *dir = paths_private_dir(ctx->env, "sessions", 0, &d);
	if (!dir)
		fprintf(ctx->err, "rucksack %s: %s\n", cmd, d.n ? d.v[0].message : "no sessions folder");
	diags_free(&d);
	return dir;
}

void cmd_session_list(struct cli_ctx *ctx, const char *dir, struct session_info **v, size_t *n,
		      struct diags *d)
{
	struct strv rescue = {0};
	session_rescue_dirs(ctx->env, &rescue);
	session_list(dir, &rescue, v, n, d);
	strv_free(&rescue);
}

static bool find_is_path(const char *id)
{
	size_t n = strlen(id);
	return strchr(id, '/') || (n > 6 && !strcmp(id + n - 6, ".jsonl"));
}

/* The rounds in v that id names: an exact id alone, else every one it starts. */
static size_t find_matches(const struct session_info *v, size_t n, const char *id, long *hit)
{
	size_t hits = 0, len = strlen(id);
	for (size_t i = 0; i < n; i++) {
		if (!strcmp(v[i].id, id)) {
			*hit = (long)i;
			return 1;
		}
		if (!strncmp(v[i].id, id, len)) {
			*hit = (long)i;
			hits++;
		}
	}
	return hits;
}

/* A journal named by its path: where it lives now, saying so when it moved. */
static char *find_path(struct cli_ctx *ctx, const char *cmd, const char *path)
{
	char *missing = NULL;
	struct strv rescue = {0};
	session_rescue_dirs(ctx->env, &rescue);
	char *live = session_follow(path, &rescue, &missing);
	strv_free(&rescue);
	char *vis = utf8_visible(path, false), *there = utf8_visible(live, false);
	if (missing) {
		char *m = utf8_visible(missing, false);
		fprintf(ctx->err, "rucksack %s: warning: %s was saved elsewhere, in %s, which is "
			"not there now; using %s\n", cmd, vis, m, there);
		free(m);
	} else if (strcmp(live, path) != 0) {
		fprintf(ctx->err, "rucksack %s: %s was saved elsewhere; using where it is now, %s\n",
			cmd, vis, there);
	}
	free(vis);
	free(there);
	free(missing);
	return live;
}

/* The round si, found by its id: its live journal, or NULL (with why) when
 * its live copy is not there and only an older one could be had. */
static char *find_live(struct cli_ctx *ctx, const char *cmd, const struct session_info *si,
		       bool live_only)
{
	if (!si->missing)
		return xstrdup(si->path);
	char *m = utf8_visible(si->missing, false), *p = utf8_visible(si->path, false);
	fprintf(ctx->err, "rucksack %s: %sround %s was saved elsewhere, in %s, which is not there "
		"now (a drive not plugged in?)%s %s\n", cmd, live_only ? "" : "warning: ", si->id, m,
		live_only ? "; plug it in, or open the older copy on purpose by its path:"
			  : "; using the older copy,", p);
	free(m);
	free(p);
	return live_only ? NULL : xstrdup(si->path);
}

char *cmd_session_find(struct cli_ctx *ctx, const char *cmd, const char *id, bool live_only)
{
	if (find_is_path(id))
		return find_path(ctx, cmd, id);
	char *dir = *id ? cmd_session_dir(ctx, cmd) : NULL;
	struct session_info *v = NULL;
	size_t n = 0, hits = 0;
	long hit = -1;
	struct diags d = {0};
	if (dir) {
		cmd_session_list(ctx, dir, &v, &n, &d);
		hits = find_matches(v, n, id, &hit);
	}
	char *path = hits == 1 ? find_live(ctx, cmd, &v[hit], live_only) : NULL;
	char *vis = utf8_visible(id, false);
	if (hits == 0)
		fprintf(ctx->err, "rucksack %s: no round '%s'; see 'rucksack sessions'\n", cmd, vis);
	else if (hits > 1)
		fprintf(ctx->err, "rucksack %s: '%s' matches %zu rounds; give more of the id\n", cmd,
			vis, hits);
	free(vis);
	session_info_free(v, n);
	diags_free(&d);
	free(dir);
	return path;
}
