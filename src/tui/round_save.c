/* Saving messages and which round to resume: decided from session results. */
#include "round_save.h"

#include "core/xalloc.h"

/* The first error's message in d, or a plain fallback. */
static const char *rsave_reason(const struct diags *d)
{
	for (size_t i = 0; d && i < d->n; i++)
		if (d->v[i].severity == DIAG_ERROR)
			return d->v[i].message;
	return "the journal could not be written";
}

char *rsave_message(int st, const struct diags *d, const char *what)
{
	switch (st) {
	case SESSION_OK: return xstrdup(what ? what : "Saved");
	case SESSION_UNSAVED:
		return xasprintf("Not saved: %s. r retry · s save elsewhere", rsave_reason(d));
	default: return xstrdup(rsave_reason(d));
	}
}

long rsave_newest_unfinished(const struct session_info *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!v[i].ended)
			return (long)i;
	return -1;
}

const char *rsave_resume_message(const struct session *s)
{
	return s->torn_tail ? "Resumed up to the last whole event (the journal's last line was torn)"
			    : "Resumed where the round was left";
}
