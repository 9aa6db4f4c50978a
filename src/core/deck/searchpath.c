/*
 * The deck search path.  XDG Base Directory rules: an unset or empty
 * variable takes its default, and a relative path in XDG_DATA_HOME or
 * XDG_DATA_DIRS is invalid and ignored.  Our own $RUCKSACK_PATH and --decks
 * may be relative (to the working folder), as a user would expect.
 */
#include "core/deck/searchpath.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/paths.h"
#include "core/base/xalloc.h"

#define SEARCHPATH_SUFFIX "rucksack/decks"
#define SEARCHPATH_DATA_DIRS "/usr/local/share:/usr/share"

static const char *searchpath_getenv(const char *name)
{
	return getenv(name);
}

/* Adds dir (trailing slashes dropped, so "d/" and "d" are one entry) unless
 * it is already there. */
static void searchpath_add_owned(struct strv *out, char *dir)
{
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		dir[--n] = '\0';
	if (n == 0 || strv_find(out, dir) >= 0)
		free(dir);
	else
		strv_push_owned(out, dir);
}

/* base/rucksack/decks, with no doubled slash when base ends in one. */
static void searchpath_add_under(struct strv *out, const char *base)
{
	size_t n = strlen(base);
	while (n > 0 && base[n - 1] == '/')
		n--;
	searchpath_add_owned(out, xasprintf("%.*s/" SEARCHPATH_SUFFIX, (int)n, base));
}

static void searchpath_add_list(struct strv *out, const char *list, bool xdg)
{
	struct strv parts = {0};
	strv_split(&parts, list, ':');
	for (size_t i = 0; i < parts.n; i++) {
		if (!xdg)
			searchpath_add_owned(out, xstrdup(parts.v[i]));
		else if (parts.v[i][0] == '/')
			searchpath_add_under(out, parts.v[i]);
	}
	strv_free(&parts);
}

size_t searchpath_build(struct strv *out, const struct strv *cli_dirs,
			const struct strv *settings_dirs, env_fn env, const char *datadir)
{
	if (!env)
		env = searchpath_getenv;
	size_t first = out->n;
	for (size_t i = 0; cli_dirs && i < cli_dirs->n; i++)
		searchpath_add_owned(out, xstrdup(cli_dirs->v[i]));
	searchpath_add_list(out, env("RUCKSACK_PATH"), false);
	for (size_t i = 0; settings_dirs && i < settings_dirs->n; i++)
		searchpath_add_owned(out, xstrdup(settings_dirs->v[i]));
	/* Duplicates keep their first place, so the named entries stay in front. */
	size_t named = out->n - first;
	char *home = paths_data_home(env);
	if (home)
		searchpath_add_under(out, home);
	free(home);
	const char *dirs = env("XDG_DATA_DIRS");
	searchpath_add_list(out, dirs && *dirs ? dirs : SEARCHPATH_DATA_DIRS, true);
	if (datadir)
		searchpath_add_owned(out, xstrdup(datadir));
	return named;
}

/* Whether the real path of file lies inside the real path of folder. */
static bool searchpath_inside(const char *file, const char *folder)
{
	char *f = realpath(file, NULL), *d = realpath(folder, NULL);
	size_t n = d ? strlen(d) : 0;
	bool in = f && d && strncmp(f, d, n) == 0 && f[n] == '/';
	free(f);
	free(d);
	return in;
}

char *searchpath_datadir(env_fn env, const char *compiled, const char *tree, const char *exe)
{
	const char *dd = (env ? env : searchpath_getenv)("RUCKSACK_DATADIR");

	if (dd && *dd)
		return xstrdup(dd);
	if (tree && *tree && exe && searchpath_inside(exe, tree))
		return xasprintf("%s/decks", tree);
	return xstrdup(compiled);
}
