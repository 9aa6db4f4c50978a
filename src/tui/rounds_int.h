#ifndef RUCKSACK_ROUNDS_INT_H
#define RUCKSACK_ROUNDS_INT_H
/* What the home screen (home_rounds.c) takes of the rounds list (view_rounds.c). */
#include <stdbool.h>

#include "app.h"
#include "core/round/session.h"

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
