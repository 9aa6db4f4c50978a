/* The phase's live entries and their row labels. */
#include "round_entries.h"

#include <stdlib.h>

#include "core/base/xalloc.h"
#include "round_phase.h"

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
	/* the card it speaks to, as the transcript names it */
	const char *card = e->deck && e->card ? rphase_card_title(s, e->deck, e->card) : NULL;
	char *on = card ? xasprintf(", on %s", card) : xstrdup("");
	char *label = !e->note ? xasprintf("%s%s%s", who, on, edited)
		      : e->person >= 0 ? xasprintf("Note · %s%s%s", who, on, edited)
				       : xasprintf("Note%s%s", on, edited);
	free(on);
	return label;
}
