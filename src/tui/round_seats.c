/* Seats as one line per role. */
#include "round_seats.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/base/xalloc.h"

/* The names of the people with seat r, comma-separated, each after its
 * number when numbered; NULL when none. */
static char *rseats_names(const struct strv *people, const int *seats, int r, bool numbered)
{
	char *names = NULL;
	for (size_t p = 0; p < people->n; p++) {
		if (seats[p] != r)
			continue;
		char num[24] = "";
		if (numbered)
			snprintf(num, sizeof num, "%zu ", p + 1);
		char *next = xasprintf("%s%s%s%s", names ? names : "", names ? ", " : "", num,
				       people->v[p]);
		free(names);
		names = next;
	}
	return names;
}

size_t rseats_lines(const struct flow *f, const struct strv *people, const int *seats,
		    bool numbered, struct strv *out)
{
	size_t n = 0;
	for (size_t r = 0; r < f->n_roles; r++) {
		const struct role *ro = &f->roles[r];
		char *names = rseats_names(people, seats, (int)r, numbered);
		const char *none = ro->optional ? "(optional, empty)" : "(nobody)";
		strv_push_owned(out, xasprintf("%s: %s", ro->title ? ro->title : ro->id,
					       names ? names : none));
		free(names);
		n++;
	}
	char *rest = rseats_names(people, seats, -1, numbered);
	if (rest) {
		strv_push_owned(out, xasprintf("Not seated: %s", rest));
		free(rest);
		n++;
	}
	return n;
}
