/*
 * Who said it: the number keys pick who speaks now, the author key gives a
 * text to someone else (or picks anyone, the facilitator or the group), and
 * a card taken by mistake goes back.  The defaults are core's (turn.h).
 */
#include <stdlib.h>

#include "core/base/xalloc.h"
#include "core/round/turn.h"
#include "round_int.h"
#include "view_prompt.h"

int round_speaker(struct round *r, size_t n)
{
	if (n >= session_people(r->s)->n) {
		app_message(r->v.app, PAL_NORMAL, "No one has the number %zu here (Seats lists them).",
			    n + 1);
		return R_REDRAW;
	}
	return round_write_as(r, false, (int)n);
}

/* The answer to "who?": the selected text is given to them, or they speak now. */
static int round_author_given(void *data, const char *text, char **msg)
{
	struct round *r = data;
	int person;
	if (turn_author_from(r->s, text, &person) != 0) {
		*msg = xstrdup("Type a number from the list, a name, f (the facilitator) or g (the group).");
		return -1;
	}
	long i = round_selected(r, RPH_ENTRY);
	if (i < 0) {
		round_write_as(r, false, person);
		return 0;
	}
	const struct entry *e = session_entry(r->s, (size_t)i);
	long card = turn_card_for_author(r->s, e, person);
	const struct dealt *c = card >= 0 ? session_dealt(r->s, (size_t)card) : NULL;
	struct diags d = {0};
	int st = session_credit_entry(r->s, e->id, person, c ? c->deck : NULL, c ? c->card : NULL, &d);
	round_report(r, st, &d, "Author changed (saved)");
	return 0;
}

int round_author(struct round *r)
{
	if (session_ended_at(r->s)) {
		app_message(r->v.app, PAL_NORMAL, "The round has ended.");
		return R_REDRAW;
	}
	bool selected = round_selected(r, RPH_ENTRY) >= 0;
	struct prompt_opts o = {
		.title = selected ? "Give the selected text to" : "Who speaks now?",
		.label = "number or name; f: facilitator; g: the group",
		.accept = round_author_given,
		.data = r,
	};
	app_push(r->v.app, prompt_open(r->v.app, &o));
	return R_REDRAW;
}

int round_put_back(struct round *r)
{
	long i = round_selected(r, RPH_CARD);
	if (i < 0 || session_ended_at(r->s)) {
		app_message(r->v.app, PAL_NORMAL, session_ended_at(r->s) ? "The round has ended."
				  : "Select a card first (↑ ↓), then u puts it back.");
		return R_REDRAW;
	}
	struct diags d = {0};
	int st = session_put_back(r->s, (size_t)i, &d);
	return round_report(r, st, &d, "Card put back (saved)");
}
