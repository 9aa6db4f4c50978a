/* The setup screen's memory: see setup_prefs.h. */
#include "core/round/setup_prefs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/atomicfile.h"
#include "core/base/fileio.h"
#include "core/base/paths.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/round/names.h"
#include "core/round/settings.h"

char *setup_prefs_path(env_fn env)
{
	char *home = paths_config_home(env);
	char *path = home ? xasprintf("%s/rucksack/setup", home) : NULL;
	free(home);
	return path;
}

/* One line of the file: known keys are taken, anything else is said. */
static void prefs_line(struct setup_prefs *p, const char *path, int lineno, char *line,
		       struct diags *d)
{
	line[strcspn(line, "\r\n")] = '\0';
	char *t = names_trim(line);
	char *eq = strchr(t, '=');
	if (*t && *t != '#') {
		char *key = eq ? (*eq = '\0', names_trim(t)) : NULL;
		char *value = eq ? names_trim(eq + 1) : NULL;
		if (key && !strcmp(key, "facilitator") && *value && utf8_valid(value, strlen(value)) &&
		    !utf8_has_control(value)) {
			free(p->facilitator);
			p->facilitator = value, value = NULL;
		} else {
			diags_warn(d, path, lineno, 1, DIAG_SCHEMA,
				   "not understood (expected \"facilitator = NAME\"); ignored");
		}
		free(key);
		free(value);
	}
	free(t);
}

void setup_prefs_load(struct setup_prefs *p, env_fn env, struct diags *d)
{
	memset(p, 0, sizeof *p);
	char *path = setup_prefs_path(env);
	FILE *f = path ? fileio_fopen(path, FILEIO_READ, "r") : NULL;
	if (!f && path && errno != ENOENT)
		diags_warn(d, path, 0, 0, DIAG_IO, "cannot read it (%s); nothing remembered",
			   fileio_why(errno));
	char *line = NULL;
	size_t cap = 0;
	for (int lineno = 1; f && getline(&line, &cap, f) >= 0; lineno++)
		prefs_line(p, path, lineno, line, d);
	free(line);
	if (f)
		fclose(f);
	free(path);
	struct settings set;
	settings_load(&set, env, d);
	if (!p->facilitator)
		p->facilitator = set.facilitator, set.facilitator = NULL;
	p->slot = set.slot;
	settings_free(&set);
}

void setup_prefs_apply(struct setup_prefs *p, struct rsetup *rs)
{
	struct diags untimed = {0}; /* a flow with no timed phase keeps its own */
	free(rs->facilitator);
	rs->facilitator = p->facilitator;
	p->facilitator = NULL;
	if (p->slot)
		rsetup_fit(rs, p->slot, &untimed);
	diags_free(&untimed);
}

static int prefs_write(FILE *f, void *data)
{
	const struct setup_prefs *p = data;
	fputs("# What rucksack's setup screen remembers (written by rucksack).\n", f);
	if (p->facilitator)
		fprintf(f, "facilitator = %s\n", p->facilitator);
	return ferror(f) ? -1 : 0;
}

int setup_prefs_save(const struct setup_prefs *p, env_fn env, struct diags *d)
{
	char *path = setup_prefs_path(env);
	if (!path) {
		diags_error(d, "", 0, 0, DIAG_IO,
			    "cannot remember the facilitator: neither XDG_CONFIG_HOME nor HOME is set");
		return -1;
	}
	char *dir = xstrdup(path);
	*strrchr(dir, '/') = '\0';
	int rc = paths_mkdirs(dir, 0700);
	if (rc != 0)
		diags_error(d, dir, 0, 0, DIAG_IO, "cannot make the folder: %s", strerror(errno));
	else
		rc = atomic_write(path, "the setup's memory", prefs_write, (void *)p, d);
	free(dir);
	free(path);
	return rc;
}

void setup_prefs_free(struct setup_prefs *p)
{
	free(p->facilitator);
	p->facilitator = NULL;
}
