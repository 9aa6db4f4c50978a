/*
 * Where a round went when it was saved elsewhere: a pointer beside the old
 * journal (<old minus .jsonl>.moved, one JSON object naming the new journal),
 * written atomically; listing and resuming follow it (session.h).
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/fileio.h"
#include "core/base/journal.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

/* More pointers in a row than this is a circle, not a round moved about. */
#define MOVED_MAX_HOPS 32

/* Whether the pointer kept in a rescue folder for a journal named like
 * journal (at: <folder>/<name>) stands for journal: it says so ("for"),
 * or, written before pointers said so, no journal of that name is beside it. */
static bool moved_kept_for(const char *at, const char *journal)
{
	char *origin = session_pointer_read(at, ".moved", "for");
	bool for_it = origin ? session_same_file(origin, journal) : access(at, F_OK) != 0;
	free(origin);
	return for_it;
}

/* Where the pointer for journal leads: the one beside it, else one kept
 * for it in a rescue folder (while its folder could not take one); NULL
 * when there is none (or it cannot be read). */
static char *moved_read(const char *journal, const struct strv *rescue)
{
	char *to = session_pointer_read(journal, ".moved", "to");
	const char *slash = strrchr(journal, '/');
	const char *name = slash ? slash + 1 : journal;
	for (size_t i = 0; !to && rescue && i < rescue->n; i++) {
		char *at = xasprintf("%s/%s", rescue->v[i], name);
		if (!session_same_file(at, journal) && moved_kept_for(at, journal))
			to = session_pointer_read(at, ".moved", "to");
		free(at);
	}
	return to;
}

bool session_same_file(const char *a, const char *b)
{
	struct stat x, y;
	if (stat(a, &x) != 0 || stat(b, &y) != 0)
		return !strcmp(a, b);
	return x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

/* Whether path is already in the chain walked so far. */
static bool moved_seen(const struct strv *chain, const char *path)
{
	for (size_t i = 0; i < chain->n; i++)
		if (session_same_file(chain->v[i], path))
			return true;
	return false;
}

char *session_follow(const char *path, const struct strv *rescue, char **missing)
{
	struct strv chain = {0};
	strv_push(&chain, path);
	*missing = NULL;
	for (int hop = 0; hop < MOVED_MAX_HOPS; hop++) {
		const char *cur = chain.v[chain.n - 1];
		char *to = moved_read(cur, rescue);
		if (!to || moved_seen(&chain, to)) {
			free(to);
			break;
		}
		if (access(to, F_OK) != 0) {
			*missing = to;
			break;
		}
		strv_push_owned(&chain, to);
	}
	char *live = xstrdup(chain.v[chain.n - 1]);
	strv_free(&chain);
	return live;
}

/* Writes the pointer beside at leading to the round's journal now, for
 * the journal old (at itself, or one whose folder could not take it). */
static int moved_write(const struct session *s, const char *at, const char *old, struct diags *d)
{
	return session_pointer_write_for(at, ".moved", "to", s->journal_path,
					 strcmp(at, old) != 0 ? old : NULL, d);
}

/* The pointer kept in rescue folder dir for the round (while its old folder cannot take one). */
static char *moved_fallback_path(const struct session *s, const char *dir)
{
	return xasprintf("%s/%s.moved", dir, s->id);
}

/* The old folder could not take the pointer: the first rescue folder that
 * takes it keeps it instead, so that listing finds the round even if the
 * program dies before the old folder is back.  Its path, or NULL. */
static char *moved_fallback(struct session *s, const char *old)
{
	for (size_t i = 0; i < s->rescue_dirs.n; i++) {
		struct diags quiet = {0};
		char *at = xasprintf("%s/%s.jsonl", s->rescue_dirs.v[i], s->id);
		bool ok = session_rescue_folder(s->rescue_dirs.v[i], &quiet) == 0 &&
			  moved_write(s, at, old, &quiet) == 0;
		free(at);
		diags_free(&quiet);
		if (ok)
			return moved_fallback_path(s, s->rescue_dirs.v[i]);
	}
	return NULL;
}

void session_moved_retry(struct session *s)
{
	size_t keep = 0, had = s->moved_pending.n;
	for (size_t i = 0; i < s->moved_pending.n; i++) {
		struct diags quiet = {0}; /* said once already, when the round moved */
		if (moved_write(s, s->moved_pending.v[i], s->moved_pending.v[i], &quiet) == 0)
			free(s->moved_pending.v[i]);
		else
			s->moved_pending.v[keep++] = s->moved_pending.v[i];
		diags_free(&quiet);
	}
	s->moved_pending.n = keep;
	for (size_t i = 0; had && !keep && i < s->rescue_dirs.n; i++) {
		char *p = moved_fallback_path(s, s->rescue_dirs.v[i]);
		unlink(p); /* the old folder has its pointer now */
		free(p);
	}
}

void session_moved_from(struct session *s, const char *old, struct diags *d)
{
	char *here = session_sibling(s->journal_path, ".moved");
	unlink(here); /* the round lives here now: no pointer away from it */
	free(here);
	/* a round that never had a journal at old (its folder could not be
	 * written) gets a pointer there too: it is where it would be looked for */
	if (session_same_file(old, s->journal_path))
		return;
	struct diags local = {0};
	if (moved_write(s, old, old, &local) == 0) {
		diags_free(&local);
		return;
	}
	char *fallback = moved_fallback(s, old);
	diags_warn(d, old, 0, 0, DIAG_IO,
		   "the old place could not be marked as moved (%s)%s%s; each later save tries again",
		   local.n && local.v[0].errnum ? fileio_why(local.v[0].errnum) : "write error",
		   fallback ? "; a pointer is kept in " : "", fallback ? fallback : "");
	free(fallback);
	diags_free(&local);
	strv_push(&s->moved_pending, old);
}
