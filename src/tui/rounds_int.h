#ifndef RUCKSACK_ROUNDS_INT_H
#define RUCKSACK_ROUNDS_INT_H
/* Private to view_rounds.c (and what the home screen takes of it): the rounds list's state. */
#include <stdbool.h>

#include "app.h"
#include "core/round/session.h"
#include "rounds_actions.h"
#include "scroll.h"

struct rounds {
	struct view v;
	struct rounds_acts acts; /* t, e and x on the selected round */
	bool all;     /* every round kept (Rounds kept); else the unfinished ones (Resume a round) */
	bool fresh;   /* just read: the first on_top need not read it again */
	struct session_info *list; /* every round found */
	size_t n_list;
	char **why;    /* why[i]: why list[i] cannot be resumed ("FILE:LINE: ..."), or NULL */
	int *line;     /* line[i]: list[i]'s damaged line, or 0 */
	size_t *shown; /* indexes into list of the rounds shown */
	size_t n;
	int row_h; /* lines a round takes: 3 when one lives away from home (where, on the third) */
	struct scroll sc;
	int detail; /* rows under the list for why the selected round cannot be resumed */
};

/* The round selected, or NULL when none is shown. */
const struct session_info *rounds_selected(const struct rounds *r);
/* Reads the rounds again (after a delete, or back on top), keeping the selection's place. */
void rounds_load(struct rounds *r);

/* The rounds in the sessions folder and the rescue folders, newest first
 * (session_list); *n 0 when there is none.  Its warnings go to d (may be NULL). */
struct session_info *rounds_list(const struct app *a, size_t *n, struct diags *d);
/* Why si cannot be resumed, or NULL when it can (d: the listing's warnings,
 * which name a damaged line; may be NULL; *line set to it, or 0).  Caller frees. */
char *rounds_why(const struct app *a, const struct session_info *si, const struct diags *d,
		 int *line);
/* What to do about a round that cannot be resumed, after why.  Caller frees. */
char *rounds_advice(const struct session_info *s, const char *why);
/* The title of si's flow when the flow is on the search path, else its id. */
const char *rounds_flow_title(const struct app *a, const struct session_info *si);

#endif
