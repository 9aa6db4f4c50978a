/*
 * Who is here, on the phase screen: a late arrival joins (L), someone
 * leaves (O), and someone who left is back (L with their name), each one
 * journal record (session_join, session_leave).
 */
#include <stdlib.h>

#include "core/base/xalloc.h"
#include "round_int.h"
#include "view_prompt.h"

static int round_joined(void *data, const char *text, char **msg)
{
	struct round *r = data;
	struct diags d = {0};
	size_t before = session_people(r->s)->n;
	int st = session_join(r->s, text, &d);
	if (st == SESSION_INVALID) {
		*msg = xstrdup(d.n ? d.v[0].message : "not added");
		diags_free(&d);
		return -1;
	}
	bool back = session_people(r->s)->n == before; /* someone who left, back */
	long p = back ? session_find_person(r->s, text) : (long)before;
	char *what = xasprintf(back ? "%s is back (saved)" : "%s joined (saved)",
			       p >= 0 ? session_people(r->s)->v[p] : "someone");
	round_report(r, st, &d, what);
	free(what);
	round_refresh(r);
	return 0;
}

int round_join(struct round *r)
{
	struct prompt_opts o = {
		.title = "Late arrival",
		.label = "Their name (seated as the flow seats latecomers, dealt this phase's cards;"
			 " someone who left: back to their seat):",
		.accept = round_joined,
		.data = r,
	};
	app_push(r->v.app, prompt_open(r->v.app, &o));
	return R_REDRAW;
}

static int round_left(void *data, const char *text, char **msg)
{
	struct round *r = data;
	struct diags d = {0};
	long p = session_find_person(r->s, text);
	if (p < 0) {
		*msg = xstrdup("No one here by that name or number.");
		return -1;
	}
	int st = session_leave(r->s, (size_t)p, &d);
	if (st == SESSION_INVALID) {
		*msg = xstrdup(d.n ? d.v[0].message : "not marked");
		diags_free(&d);
		return -1;
	}
	char *what = xasprintf("%s has left (saved)", session_people(r->s)->v[p]);
	round_report(r, st, &d, what);
	free(what);
	round_refresh(r);
	return 0;
}

int round_leave(struct round *r)
{
	struct prompt_opts o = {
		.title = "Someone left",
		.label = "Who has left? Their name, or their number in the order people were added:",
		.accept = round_left,
		.data = r,
	};
	app_push(r->v.app, prompt_open(r->v.app, &o));
	return R_REDRAW;
}
