/*
 * Private folders under XDG_DATA_HOME.  Folders we make are 0700; our own
 * folders (rucksack/ and the one under it) found wider are tightened to
 * 0700 when used, and refused when they belong to another user.  Folders
 * above them (~/.local/share) are left as the user set them.
 */
#include "core/base/paths.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/xalloc.h"

/* getenv returns char *, not the const char * of env_fn: call it through a
 * function of the right type rather than a cast that only works by luck. */
static const char *paths_getenv(const char *name)
{
	return getenv(name);
}

char *paths_data_home(env_fn env)
{
	if (!env)
		env = paths_getenv;
	const char *x = env("XDG_DATA_HOME");
	if (x && x[0] == '/')
		return xstrdup(x);
	const char *home = env("HOME");
	if (!home || !*home)
		return NULL;
	return xasprintf("%s/.local/share", home);
}

char *paths_config_home(env_fn env)
{
	if (!env)
		env = paths_getenv;
	const char *x = env("XDG_CONFIG_HOME");
	if (x && x[0] == '/')
		return xstrdup(x);
	const char *home = env("HOME");
	if (!home || !*home)
		return NULL;
	return xasprintf("%s/.config", home);
}

static int paths_mkdir_one(const char *p, unsigned mode)
{
	if (mkdir(p, (mode_t)mode) == 0)
		return 0;
	if (errno != EEXIST)
		return -1;
	struct stat st;
	if (stat(p, &st) != 0)
		return -1;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return -1;
	}
	return 0;
}

int paths_mkdirs(const char *path, unsigned mode)
{
	char *p = xstrdup(path);
	int rc = 0;
	for (char *s = p + 1; *s && rc == 0; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		rc = paths_mkdir_one(p, mode);
		*s = '/';
	}
	if (rc == 0)
		rc = paths_mkdir_one(p, mode);
	int e = errno;
	free(p);
	errno = e;
	return rc;
}

char *paths_parent(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	return xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
}

int paths_keep_private(const char *dir)
{
	struct stat st;
	if (stat(dir, &st) != 0)
		return -1;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return -1;
	}
	if (st.st_uid != geteuid()) {
		errno = EPERM;
		return -1;
	}
	/* e.g. made 0777 under umask 000 by an older version, or by hand; on a
	 * read-only disk it cannot be, and nothing can be written there either */
	if ((st.st_mode & 07077) != 0 && chmod(dir, 0700) != 0 && errno != EROFS)
		return -1;
	return 0;
}

/* Keeps dir and its parent (rucksack/) private, when they exist; -1 with an
 * io diagnostic when one cannot be.  One that is missing, or not a folder,
 * is left for the caller's mkdir or open to report as before. */
static int paths_check_private(const char *dir, struct diags *d)
{
	char *base = xstrndup(dir, (size_t)(strrchr(dir, '/') - dir));
	const char *bad = NULL;
	if (paths_keep_private(base) != 0 && errno != ENOENT && errno != ENOTDIR)
		bad = base;
	else if (paths_keep_private(dir) != 0 && errno != ENOENT && errno != ENOTDIR)
		bad = dir;
	int e = errno;
	if (bad && e == EPERM)
		diags_error(d, bad, 0, 0, DIAG_IO,
			    "%s is not used: it belongs to another user, and rucksack keeps "
			    "private files only in folders of your own", bad);
	else if (bad)
		diags_error(d, bad, 0, 0, DIAG_IO, "cannot keep %s private: %s", bad, strerror(e));
	if (bad)
		diags_set_errnum(d, e);
	free(base);
	return bad ? -1 : 0;
}

char *paths_private_dir(env_fn env, const char *leaf, int create, struct diags *d)
{
	char *home = paths_data_home(env);
	if (!home) {
		diags_error(d, "", 0, 0, DIAG_IO,
			    "cannot find a place for private files: neither XDG_DATA_HOME nor HOME is set");
		return NULL;
	}
	char *dir = xasprintf("%s/rucksack/%s", home, leaf);
	free(home);
	if (create && paths_mkdirs(dir, 0700) != 0) {
		int e = errno;
		diags_error(d, dir, 0, 0, DIAG_IO, "cannot create folder: %s", strerror(e));
		diags_set_errnum(d, e);
		free(dir);
		return NULL;
	}
	if (paths_check_private(dir, d) != 0) {
		free(dir);
		return NULL;
	}
	return dir;
}
