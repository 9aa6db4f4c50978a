/*
 * Exporting a transcript to a file the user names (transcript_export.h).
 */
#include "core/round/transcript_export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/base/fileio.h"
#include "core/round/session.h"
#include "core/base/xalloc.h"

static const char *texport_env(env_fn env, const char *name)
{
	const char *v = env ? env(name) : getenv(name);
	return v && *v ? v : NULL;
}

static bool texport_is_dir(const char *path)
{
	struct stat st;
	return path && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The documents folder user-dirs.dirs names (XDG_DOCUMENTS_DIR="$HOME/Dokumente"
 * in a German desktop), or NULL.  Caller frees. */
static char *texport_user_dirs(env_fn env, const char *home)
{
	const char *config = texport_env(env, "XDG_CONFIG_HOME");
	char *file = config ? xasprintf("%s/user-dirs.dirs", config)
			    : xasprintf("%s/.config/user-dirs.dirs", home);
	FILE *f = fileio_fopen(file, FILEIO_READ, "r"); /* a pipe there is never waited on */
	free(file);
	char line[1024], *dir = NULL;
	static const char key[] = "XDG_DOCUMENTS_DIR=\"";
	while (f && !dir && fgets(line, sizeof line, f)) {
		char *end = strrchr(line, '"');
		if (strncmp(line, key, sizeof key - 1) != 0 || end < line + sizeof key - 1)
			continue;
		*end = '\0';
		const char *v = line + sizeof key - 1;
		dir = !strncmp(v, "$HOME/", 6) ? xasprintf("%s%s", home, v + 5)
		      : *v == '/'		 ? xstrdup(v)
						 : NULL;
	}
	if (f)
		fclose(f);
	return dir;
}

char *texport_default_path(env_fn env, const char *id, enum transcript_format fmt, bool anonymise)
{
	const char *home = texport_env(env, "HOME");
	const char *docs = texport_env(env, "XDG_DOCUMENTS_DIR");
	char *named = home ? texport_user_dirs(env, home) : NULL;
	char *documents = home ? xasprintf("%s/Documents", home) : NULL;
	const char *dir = texport_is_dir(docs)	     ? docs
			  : texport_is_dir(named)     ? named
			  : texport_is_dir(documents) ? documents
			  : home			     ? home
							     : ".";
	char *path = xasprintf("%s/rucksack-%s%s.%s", dir, id, anonymise ? "-anonymised" : "",
			       fmt == TRANSCRIPT_JSON ? "json" : "md");
	free(named);
	free(documents);
	return path;
}

char *texport_path(env_fn env, const char *typed)
{
	const char *home = texport_env(env, "HOME");
	if (home && (!strcmp(typed, "~") || !strncmp(typed, "~/", 2)))
		return xasprintf("%s%s", home, typed + 1);
	return xstrdup(typed);
}

int texport_write(const char *journal, const struct catalog *c, const char *path,
		  enum transcript_format fmt, bool anonymise, bool replace, struct strv *suspects,
		  struct diags *d)
{
	struct stat st;
	if (!replace && lstat(path, &st) == 0)
		return 1;
	struct session *s = NULL;
	if (session_load(&s, c, journal, d) != 0)
		return -1;
	int rc = transcript_write_file(path, s, fmt, anonymise, d);
	if (rc == 0 && anonymise && suspects)
		transcript_check_names(s, suspects);
	session_free(s);
	return rc == 0 ? 0 : -1;
}
