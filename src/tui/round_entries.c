/* The phase's live entries and their row labels. */
#include "round_entries.h"

#include "core/xalloc.h"

size_t rentries_phase(const struct session *s, size_t *out)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_entries; i++) {
		const struct entry *e = &s->entries[i];
		if (!e->deleted && e->round == s->round && e->phase == s->phase)
			out[n++] = i;
	}
	return n;
}

char *rentries_label(const struct session *s, const struct entry *e)
{
	const char *who = "Group";
	if (e->person >= 0 && (size_t)e->person < s->people.n)
		who = s->people.v[e->person];
	const char *edited = e->revisions ? " (edited)" : "";
	if (e->note)
		return e->person >= 0 ? xasprintf("Note · %s%s", who, edited)
				      : xasprintf("Note%s", edited);
	return xasprintf("%s%s", who, edited);
}
