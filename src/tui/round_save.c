/* Saving messages: decided from session results. */
#include "round_save.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/fileio.h"
#include "core/base/journal.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

/* The first error's message in d, or a plain fallback. */
static const char *rsave_first_error(const struct diags *d)
{
	for (size_t i = 0; d && i < d->n; i++)
		if (d->v[i].severity == DIAG_ERROR)
			return d->v[i].message;
	return "the journal could not be written";
}

const char *rsave_why(const struct diags *d)
{
	for (size_t i = 0; d && i < d->n; i++)
		if (d->v[i].severity == DIAG_ERROR && d->v[i].errnum)
			return fileio_why(d->v[i].errnum);
	return rsave_first_error(d);
}

char *rsave_message(int st, const struct diags *d, const char *what)
{
	switch (st) {
	case SESSION_OK: return xstrdup(what ? what : "Saved");
	case SESSION_UNSAVED: return xasprintf("Not saved · " RSAVE_KEYS " · %s", rsave_why(d));
	default: return xstrdup(rsave_first_error(d));
	}
}

size_t rsave_banner(const char *why, size_t width, char *line[2])
{
	static const char head[] = "NOT SAVED · " RSAVE_KEYS;
	if (!why || !*why)
		why = "the journal could not be written";
	char *tail = xasprintf("kept in memory: %s", why);
	char *one = xasprintf("%s · %s", head, tail);
	if (utf8_width(one) <= width) {
		line[0] = one;
		line[1] = NULL;
		free(tail);
		return 1;
	}
	free(one);
	line[0] = xstrdup(head);
	if (utf8_width(tail) > width) { /* why matters more than the reassurance */
		free(tail);
		tail = xstrdup(why);
	}
	line[1] = tail;
	return 2;
}

/* The folder of path (all of it up to the last '/'); caller frees. */
static char *rsave_folder(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash && slash > path ? xstrndup(path, (size_t)(slash - path)) : xstrdup(path);
}

char *rsave_where(const struct session_info *si)
{
	const char *path = si->missing ? si->missing : si->path;
	if (!si->missing && !si->moved && !si->rescued)
		return NULL;
	char *dir = rsave_folder(path);
	char *w = si->missing ? xasprintf("older copy: %s is not there", dir)
		  : si->moved ? xasprintf("moved to %s", dir)
			      : xasprintf("rescued to %s", dir);
	free(dir);
	return w;
}

/* Nothing kept the changes: they are lost, and each place tried says why. */
static char *rsave_lost(const struct session *s, const struct diags *d)
{
	char *m = xasprintf("rucksack: NOT SAVED: %zu change%s to round %s could not be written "
			    "anywhere (%s) and %s lost; tried its folder and every rescue folder:",
			    session_n_pending(s), session_n_pending(s) == 1 ? "" : "s", session_id(s),
			    rsave_why(d), session_n_pending(s) == 1 ? "is" : "are");
	for (size_t i = 0; d && i < d->n; i++) {
		if (d->v[i].severity != DIAG_ERROR)
			continue;
		char *more = xasprintf("%s\n  %s: %s", m, d->v[i].file ? d->v[i].file : "?",
				       d->v[i].message);
		free(m);
		m = more;
	}
	return m;
}

char *rsave_farewell(const struct session *s, int rc, const char *where, const struct diags *d)
{
	if (rc != 0)
		return rsave_lost(s, d);
	if (!where)
		return xasprintf("rucksack: round %s is saved, in %s", session_id(s),
				 session_journal_path(s));
	return xasprintf("rucksack: round %s could not be saved in its folder (%s); all of it is "
			 "in a rescue copy, %s\n'rucksack resume %s' carries on from it, and puts it "
			 "back once its folder can be written",
			 session_id(s), rsave_why(d), where, session_id(s));
}

const char *rsave_resume_message(const struct session *s)
{
	return session_torn_tail(s)
		       ? "Resumed up to the last whole event (the journal's last line was torn)"
		       : "Resumed where the round was left";
}
