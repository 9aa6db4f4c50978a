/*
 * One window at a time: a round's journal is locked while the round is open
 * (lockfile.h, on <journal minus .jsonl>.lock beside it), from before it is
 * read for resuming until the session is freed, and at every place it moves
 * to.  A second window that opens it is refused, and listings mark it.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/base/fileio.h"
#include "core/base/lockfile.h"
#include "core/base/paths.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

/* The lock file of a journal, beside the file the journal really is
 * (relative paths and links resolved), so every way of naming one journal
 * meets one lock; a journal not made yet is resolved by its folder. */
static char *lock_path(const char *journal)
{
	char *real = realpath(journal, NULL);
	if (!real) {
		const char *slash = strrchr(journal, '/');
		char *dir = paths_parent(journal);
		char *rdir = realpath(dir, NULL);
		real = rdir ? xasprintf("%s/%s", strcmp(rdir, "/") ? rdir : "", slash ? slash + 1 : journal)
			    : xstrdup(journal);
		free(rdir);
		free(dir);
	}
	char *lp = session_sibling(real, ".lock");
	free(real);
	return lp;
}

static void lock_refuse(const char *journal, long pid, struct diags *d)
{
	if (pid > 0)
		diags_error(d, journal, 0, 0, DIAG_IO,
			    "this round is open in another window (pid %ld); carry on there, or "
			    "close it there first", pid);
	else
		diags_error(d, journal, 0, 0, DIAG_IO,
			    "this round is open in another window; carry on there, or close it "
			    "there first");
}

/* Something not ours at the lock's place (a planted link, a pipe): the
 * round is not opened, as it would be unguarded; the user is told what to
 * remove. */
static void lock_unsafe(const char *lp, int e, struct diags *d)
{
	diags_error(d, lp, 0, 0, DIAG_IO,
		    "cannot lock the round: %s; remove it if you did not put it there",
		    fileio_why(e));
	diags_set_errnum(d, e);
}

int session_lock_take(const char *journal, struct lockfile **out, struct diags *d)
{
	char *lp = lock_path(journal);
	long pid = 0;
	enum lockfile_status st = lockfile_take(lp, out, &pid);
	int e = errno;
	if (st == LOCKFILE_UNSAFE)
		lock_unsafe(lp, e, d);
	else if (st == LOCKFILE_BUSY)
		lock_refuse(journal, pid, d);
	free(lp);
	/* held, or a folder that cannot hold its lock file: nor the journal's changes */
	return st == LOCKFILE_HELD || st == LOCKFILE_NO_FILE ? 0 : -1;
}

void session_lock_keep(struct session *s, struct lockfile *l)
{
	if (!l)
		return;
	s->locks = xrealloc(s->locks, (s->n_locks + 1) * sizeof *s->locks);
	s->locks[s->n_locks++] = l;
}

int session_lock(struct session *s, const char *journal, struct diags *d)
{
	char *lp = lock_path(journal);
	bool held = false;
	for (size_t i = 0; i < s->n_locks && !held; i++)
		held = !strcmp(lockfile_path(s->locks[i]), lp);
	free(lp);
	if (held)
		return 0;
	struct lockfile *l = NULL;
	if (session_lock_take(journal, &l, d) != 0)
		return -1;
	session_lock_keep(s, l);
	return 0;
}

void session_unlock_from(struct session *s, size_t keep)
{
	while (s->n_locks > keep)
		lockfile_release(s->locks[--s->n_locks]);
	if (s->n_locks == 0) {
		free(s->locks);
		s->locks = NULL;
	}
}

void session_unlock_at(struct session *s, const char *journal)
{
	char *lp = lock_path(journal), *here = lock_path(s->journal_path);
	for (size_t i = 0; i < s->n_locks && strcmp(lp, here) != 0; i++)
		if (!strcmp(lockfile_path(s->locks[i]), lp)) {
			lockfile_release(s->locks[i]);
			memmove(s->locks + i, s->locks + i + 1, (s->n_locks - i - 1) * sizeof *s->locks);
			s->n_locks--;
			break;
		}
	free(lp);
	free(here);
}

bool session_open_elsewhere(const char *journal, long *pid)
{
	char *lp = lock_path(journal);
	long holder = 0;
	bool busy = lockfile_busy(lp, &holder) && holder != (long)getpid(); /* not: open here */
	free(lp);
	if (pid)
		*pid = busy ? holder : 0;
	return busy;
}
