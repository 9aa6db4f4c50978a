/* The settings file: see settings.h. */
#include "core/round/settings.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/fileio.h"
#include "core/base/nearest.h"
#include "core/base/paths.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/round/names.h"
#include "core/round/round_fit.h"
#include "core/round/round_setup.h"

static const char *const settings_keys[] = { "decks", "facilitator", "slot" };
#define SETTINGS_N_KEYS (sizeof settings_keys / sizeof settings_keys[0])

static const char *settings_getenv(const char *name)
{
	return getenv(name);
}

char *settings_path(env_fn env)
{
	char *home = paths_config_home(env);
	char *path = home ? xasprintf("%s/rucksack/settings", home) : NULL;
	free(home);
	return path;
}

/* Where a line is, for its warnings. */
struct settings_at {
	const char *path;
	int line;
	env_fn env;
	struct diags *d;
};

static void settings_warn(const struct settings_at *at, const char *msg)
{
	diags_warn(at->d, at->path, at->line, 1, DIAG_SCHEMA, "%s; line ignored", msg);
}

/* A deck folder: absolute, or ~/ under HOME (a file edited by hand, read
 * from any working folder, cannot mean a relative one). */
static void settings_decks(struct settings *s, const struct settings_at *at, const char *v)
{
	const char *home = at->env("HOME");
	if (v[0] == '/')
		strv_push(&s->decks, v);
	else if (v[0] == '~' && (v[1] == '/' || !v[1]) && home && home[0] == '/')
		strv_push_owned(&s->decks, xasprintf("%s%s", home, v + 1));
	else
		settings_warn(at, "a deck folder must start with / or ~/");
}

static void settings_value(struct settings *s, const struct settings_at *at, size_t key,
			   const char *v)
{
	unsigned slot;

	if (!*v)
		settings_warn(at, "no value after '='");
	else if (key == 0)
		settings_decks(s, at, v);
	else if (key == 1 && utf8_has_control(v))
		settings_warn(at, "a control character in the name");
	else if (key == 1) {
		free(s->facilitator);
		s->facilitator = xstrdup(v);
	} else if (rsetup_parse_slot(v, &slot) != 0 || slot == 0 || slot > ROUND_FIT_MAX_SLOT)
		settings_warn(at, "a slot is minutes, such as 45 or 1h30, at most a day");
	else
		s->slot = slot;
}

/* An unknown key, with the nearest known one or the list of them. */
static void settings_unknown(const struct settings_at *at, const char *key)
{
	struct nearest n;
	char hint[160], msg[256];

	nearest_init(&n, key);
	for (size_t i = 0; i < SETTINGS_N_KEYS; i++)
		nearest_offer(&n, settings_keys[i]);
	nearest_hint(&n, "settings", hint, sizeof hint);
	snprintf(msg, sizeof msg, "unknown setting \"%.64s\"%s", key, hint);
	settings_warn(at, msg);
}

/* One line: a comment, blank, or key = value. */
static void settings_line(struct settings *s, const struct settings_at *at, char *line)
{
	line[strcspn(line, "\r\n")] = '\0';
	char *t = names_trim(line);
	char *eq = strchr(t, '=');

	if (!*t || *t == '#') {
		free(t);
		return;
	}
	if (!utf8_valid(t, strlen(t))) {
		settings_warn(at, "not UTF-8 text");
	} else if (!eq) {
		settings_warn(at, "expected \"key = value\"");
	} else {
		*eq = '\0';
		char *key = names_trim(t), *value = names_trim(eq + 1);
		size_t k = 0;
		while (k < SETTINGS_N_KEYS && strcmp(key, settings_keys[k]) != 0)
			k++;
		if (k == SETTINGS_N_KEYS)
			settings_unknown(at, key);
		else
			settings_value(s, at, k, value);
		free(key);
		free(value);
	}
	free(t);
}

/* Reads the file at path into s; env for ~. */
static void settings_read(struct settings *s, const char *path, env_fn env, struct diags *d)
{
	struct settings_at at = { path, 0, env ? env : settings_getenv, d };
	FILE *f = fileio_fopen(path, FILEIO_SETTINGS, "r");
	char *line = NULL;
	size_t cap = 0;

	if (!f && errno == EPERM)
		diags_warn(d, path, 0, 0, DIAG_IO, "not read: it must be yours, and no one else "
			   "may write to it (chmod go-w on it)");
	else if (!f && errno != ENOENT)
		diags_warn(d, path, 0, 0, DIAG_IO, "not read: %s", fileio_why(errno));
	while (f && getline(&line, &cap, f) >= 0) {
		at.line++;
		settings_line(s, &at, line);
	}
	free(line);
	if (f)
		fclose(f);
}

void settings_load(struct settings *s, env_fn env, struct diags *d)
{
	memset(s, 0, sizeof *s);
	char *path = settings_path(env);
	if (path)
		settings_read(s, path, env, d);
	free(path);
}

void settings_free(struct settings *s)
{
	strv_free(&s->decks);
	free(s->facilitator);
	memset(s, 0, sizeof *s);
}
