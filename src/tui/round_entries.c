/* The phase's live entries and their row labels. */
#include "round_entries.h"

#include <stdlib.h>

#include "core/base/xalloc.h"
#include "core/round/turn.h"
#include "round_phase.h"

size_t rentries_phase(const struct session *s, size_t *out)
{
	size_t n = 0, round = session_round_index(s), phase = session_phase_index(s);
	for (size_t i = 0; i < session_n_entries(s); i++) {
		const struct entry *e = session_entry(s, i);
		if (!e->deleted && e->round == round && e->phase == phase)
			out[n++] = i;
	}
	return n;
}

char *rentries_label(const struct session *s, const struct entry *e)
{
	bool someone = e->person == SESSION_FACILITATOR ||
		       (e->person >= 0 && (size_t)e->person < session_people(s)->n);
	const char *who = someone ? turn_author_name(s, e->person) : "Group";
	const char *edited = e->revisions ? " (edited)" : "";
	/* the card it speaks to, as the transcript names it */
	const char *card = e->deck && e->card ? rphase_card_title(s, e->deck, e->card) : NULL;
	char *on = card ? xasprintf(", on %s", card) : xstrdup("");
	char *label = !e->note ? xasprintf("%s%s%s", who, on, edited)
		      : someone ? xasprintf("Note · %s%s%s", who, on, edited)
				       : xasprintf("Note%s%s", on, edited);
	free(on);
	return label;
}
