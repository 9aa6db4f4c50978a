/*
 * The case and question, the actions agreed, and reopening an ended round,
 * on the phase screen: the forms and questions that ask, and what the
 * session (session.h) then says.  The rules are the core's.
 */
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "round_int.h"
#include "view_confirm.h"
#include "view_form.h"

static const char case_hint[] = "Initials or a case number: never a family's names.";

/* Says why an ended round takes no change, and how to make one. */
static int ract_ended(struct round *r)
{
	app_message(r->v.app, PAL_NORMAL, "The round has ended: R reopens it for a correction or an addendum.");
	return R_REDRAW;
}

static int ract_case_accept(void *data, const char *const *texts, char **msg)
{
	struct round *r = data;
	struct diags d = {0};
	int st = session_set_case(r->s, texts[0], texts[1], &d);
	if (st == SESSION_INVALID) {
		*msg = xstrdup(d.n ? d.v[0].message : "Not changed.");
		diags_free(&d);
		return -1;
	}
	round_report(r, st, &d, "Case and question saved");
	return 0;
}

int round_case(struct round *r)
{
	if (session_ended_at(r->s))
		return ract_ended(r);
	struct form_field f[] = {
		{.label = "Case reference", .hint = case_hint, .text = session_case_ref(r->s)},
		{.label = "The presenter's question for the group", .text = session_question(r->s)},
	};
	struct form_opts o = {.title = "The case and the question", .fields = f, .n = 2,
			      .accept = ract_case_accept, .data = r};
	app_push(r->v.app, form_open(r->v.app, &o));
	return R_REDRAW;
}

/* The action form's texts as the session takes them: who is a person of the round when it
 * names one exactly, else the name as typed. */
static struct action_fields ract_fields(const struct round *r, const char *const *texts)
{
	int person = session_person_named(r->s, texts[1]);
	return (struct action_fields){.what = texts[0], .person = person,
				      .who = person < 0 ? texts[1] : NULL, .by = texts[2]};
}

static int ract_accept(void *data, const char *const *texts, char **msg)
{
	struct round *r = data;
	struct action_fields f = ract_fields(r, texts);
	struct diags d = {0};
	unsigned id = r->action_id;
	int st = id ? session_edit_action(r->s, id, &f, &d) : session_add_action(r->s, &f, &id, &d);
	if (st == SESSION_INVALID) {
		*msg = xstrdup(d.n ? d.v[0].message : "Not saved.");
		diags_free(&d);
		return -1;
	}
	round_report(r, st, &d, r->action_id ? "Action changed (saved)" : "Action added (saved)");
	for (size_t i = 0; i < session_n_actions(r->s); i++)
		if (session_action(r->s, i)->id == id)
			r->sel = rphase_find(&r->body, RPH_ACTION, i);
	if (r->sel < r->body.t.n)
		round_show_line(r, r->sel);
	return 0;
}

/* The form for a new action (a NULL) or for a's new fields. */
static int ract_form(struct round *r, const struct round_action *a)
{
	const char *who = !a ? NULL : a->person >= 0 ? session_people(r->s)->v[a->person] : a->who;
	struct form_field f[] = {
		{.label = "What will be done", .text = a ? a->what : NULL},
		{.label = "Who will do it", .text = who, .choices = session_people(r->s),
		 .hint = "Ctrl-T picks someone present; or type any name."},
		{.label = "By when", .text = a ? a->by : NULL, .hint = "As you say it: Friday 5 Dec, next visit"},
	};
	r->action_id = a ? a->id : 0;
	struct form_opts o = {.title = a ? "Change the action" : "An action agreed", .fields = f,
			      .n = 3, .accept = ract_accept, .data = r};
	app_push(r->v.app, form_open(r->v.app, &o));
	return R_REDRAW;
}

int round_action(struct round *r)
{
	if (session_ended_at(r->s))
		return ract_ended(r);
	return ract_form(r, NULL);
}

int round_action_edit(struct round *r)
{
	if (session_ended_at(r->s))
		return ract_ended(r);
	return ract_form(r, session_action(r->s, (size_t)round_selected(r, RPH_ACTION)));
}

static int ract_delete_yes(struct view *owner)
{
	struct round *r = (struct round *)owner;
	long i = round_selected(r, RPH_ACTION);
	if (i < 0)
		return R_REDRAW;
	struct diags d = {0};
	int st = session_delete_action(r->s, session_action(r->s, (size_t)i)->id, &d);
	return round_report(r, st, &d, "Action deleted (the journal keeps it)");
}

int round_action_delete(struct round *r)
{
	if (session_ended_at(r->s))
		return ract_ended(r);
	char *label = rphase_action_label(r->s, session_action(r->s, (size_t)round_selected(r, RPH_ACTION)));
	char *q = xasprintf("Delete this action (%s)?", label);
	app_push(r->v.app, confirm_open(&r->v, q, "It leaves the transcript; the journal keeps it.",
					ract_delete_yes, false));
	free(q);
	free(label);
	return R_REDRAW;
}

static int ract_reopen_yes(struct view *owner)
{
	struct round *r = (struct round *)owner;
	struct diags d = {0};
	int st = session_reopen(r->s, &d);
	return round_report(r, st, &d,
			    "Reopened: what is added now is marked as added after the end (E ends it again)");
}

int round_reopen(struct round *r)
{
	if (!session_ended_at(r->s)) {
		app_message(r->v.app, PAL_NORMAL, "The round is open: R reopens a round once it has ended.");
		return R_REDRAW;
	}
	app_push(r->v.app, confirm_open(&r->v, "Reopen the round for a correction or an addendum?",
					"What is added or changed now is marked in the transcript as "
					"added after the end.", ract_reopen_yes, false));
	return R_REDRAW;
}
