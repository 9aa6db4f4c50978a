/*
 * Rescue copies: when the program has to go while records are still only in
 * memory, the whole journal goes to the first folder that takes it
 * (session.h), and a round resumed from there goes back where it was.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/fileio.h"
#include "core/base/journal.h"
#include "core/base/paths.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

static const char *rescue_getenv(const char *name)
{
	return getenv(name);
}

void session_rescue_dirs(env_fn env, struct strv *out)
{
	if (!env)
		env = rescue_getenv;
	char *data = paths_data_home(env);
	if (data)
		strv_push_owned(out, xasprintf("%s/rucksack/rescue", data));
	free(data);
	const char *home = env("HOME");
	if (home && *home == '/')
		strv_push_owned(out, xasprintf("%s/rucksack-rescue", home));
	/* the user's own runtime folder: no one else can make our folder there
	 * first, as they can in /tmp (it is emptied at log-out, so it comes last but one) */
	const char *run = env("XDG_RUNTIME_DIR");
	if (run && *run == '/')
		strv_push_owned(out, xasprintf("%s/rucksack-rescue", run));
	const char *tmp = env("TMPDIR");
	strv_push_owned(out, xasprintf("%s/rucksack-rescue-%lu", tmp && *tmp == '/' ? tmp : "/tmp",
				       (unsigned long)geteuid()));
}

bool session_needs_rescue(const struct session *s)
{
	return s->pending.n > 0 || s->draft_unsaved;
}

/* Not a link to a folder, and ours and closed to others: in /tmp no one
 * else can have made it first. */
int session_rescue_folder(const char *dir, struct diags *d)
{
	struct stat st;
	if (paths_mkdirs(dir, 0700) != 0) {
		int e = errno;
		diags_error(d, dir, 0, 0, DIAG_IO, "cannot make a rescue folder: %s", fileio_why(e));
		diags_set_errnum(d, e);
		return -1;
	}
	if (lstat(dir, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid() ||
	    (st.st_mode & 077) != 0) {
		diags_error(d, dir, 0, 0, DIAG_IO,
			    "not used for a rescue: it is not a folder of yours closed to others");
		return -1;
	}
	return 0;
}

/* Writes <dir>/<id>.from: where the round was rescued from. */
static int rescue_write_from(const struct session *s, const char *copy, struct diags *d)
{
	return session_pointer_write(copy, ".from", "from", s->journal_path, d);
}

/* The whole journal, the draft and where it came from, in dir; the copy's path or NULL. */
static char *rescue_into(struct session *s, const char *dir, struct diags *d)
{
	if (session_rescue_folder(dir, d) != 0)
		return NULL;
	char *copy = xasprintf("%s/%s.jsonl", dir, s->id);
	struct strv all = {0};
	strv_copy(&all, &s->saved);
	for (size_t i = 0; i < s->pending.n; i++)
		strv_push(&all, s->pending.v[i]);
	int rc = journal_write_all(copy, &all, d);
	strv_free(&all);
	if (rc != 0) {
		rmdir(dir); /* made for nothing: gone, unless something else is in it */
		free(copy);
		return NULL;
	}
	/* the journal is what matters: a draft or note that fails is said, not fatal */
	session_draft_write_unsaved(s, copy, d);
	if (strcmp(copy, s->journal_path) != 0)
		rescue_write_from(s, copy, d);
	return copy;
}

int session_rescue(struct session *s, const struct strv *dirs, char **where, struct diags *d)
{
	*where = NULL;
	if (!session_needs_rescue(s))
		return 0;
	if (session_retry_save(s, d) == SESSION_OK)
		return 0;
	for (size_t i = 0; dirs && i < dirs->n && !*where; i++)
		*where = rescue_into(s, dirs->v[i], d);
	return *where ? 0 : -1;
}

/* Where the rescue copy at journal came from (its <id>.from), or NULL. */
static char *rescue_read_from(const char *journal)
{
	return session_pointer_read(journal, ".from", "from");
}

/* Whether the journal at from is missing or holds the first of s's records
 * only: then the rescue copy can replace it without losing anything. */
static bool rescue_extends(const struct session *s, const char *from)
{
	struct strv lines = {0};
	struct diags quiet = {0};
	bool torn = false, ok = true;
	if (access(from, F_OK) == 0) {
		ok = journal_read(from, &lines, &torn, &quiet) == 0 && lines.n <= s->saved.n;
		for (size_t i = 0; ok && i < lines.n; i++)
			ok = !strcmp(lines.v[i], s->saved.v[i]);
	}
	strv_free(&lines);
	diags_free(&quiet);
	return ok;
}

/* Removes the rescue copy at copy (journal, note, pointer, draft) and its folder if empty. */
static void rescue_remove(const char *copy)
{
	static const char *const ext[] = {".from", ".moved", ".draft"};
	for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++) {
		char *p = session_sibling(copy, ext[i]);
		unlink(p);
		free(p);
	}
	unlink(copy);
	char *dir = xstrdup(copy);
	char *slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		rmdir(dir); /* only when nothing else is in it */
	}
	free(dir);
}

int session_rescue_return(struct session *s, char **home, struct diags *d)
{
	*home = NULL;
	char *from = rescue_read_from(s->journal_path);
	if (!from)
		return 0;
	int rc = -1;
	char *copy = xstrdup(s->journal_path);
	if (!rescue_extends(s, from))
		diags_error(d, from, 0, 0, DIAG_IO,
			    "this journal has changed since the rescue copy %s was made; both are kept",
			    copy);
	else if (session_save_as(s, from, d) == SESSION_OK)
		rc = 1;
	if (rc == 1) {
		session_unlock_at(s, copy); /* its lock file would keep the folder */
		rescue_remove(copy);
		long k = strv_find(&s->moved_pending, copy); /* nothing is to point from there now */
		if (k >= 0) {
			free(s->moved_pending.v[k]);
			s->moved_pending.v[k] = s->moved_pending.v[--s->moved_pending.n];
		}
		char *slash = strrchr(s->journal_path, '/');
		*home = xstrndup(s->journal_path, slash ? (size_t)(slash - s->journal_path) : 0);
	}
	free(copy);
	free(from);
	return rc;
}
