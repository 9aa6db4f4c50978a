/*
 * The case and question, the actions agreed, and reopening an ended round,
 * on the phase screen: the forms and questions that ask, and what the
 * session (session.h) then says.  The rules are the core's.  What is typed
 * in a form is kept as the round's draft as it is typed (as a reflection
 * is), and the form comes back with it after a crash or a quit.
 */
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "round_int.h"
#include "view_confirm.h"
#include "view_form.h"

static const char case_hint[] = "Initials or a case number: never a family's names.";

/* The fields of kind's form: an action's what, who and by when; the case's two. */
static size_t ract_n_fields(enum session_draft_kind kind)
{
	return kind == SESSION_DRAFT_ACTION ? 3 : 2;
}

/* Keeps a form's texts as the round's draft, where the round is now. */
static void ract_keep(struct round *r, enum session_draft_kind kind, const char *const *texts)
{
	struct session_draft dr = {.kind = kind, .n_fields = ract_n_fields(kind),
				   .round = session_round_index(r->s), .phase = session_phase_index(r->s),
				   .person = -1, .edit_id = kind == SESSION_DRAFT_ACTION ? r->action_id : 0};
	for (size_t i = 0; i < dr.n_fields; i++)
		dr.fields[i] = (char *)texts[i];
	struct diags d = {0};
	if (session_draft_save(r->s, &dr, &d) != 0)
		app_message(r->v.app, PAL_WARN, "The draft could not be kept: %s",
			    d.n ? d.v[0].message : "write error");
	diags_free(&d);
}

/* Closing: kept as a draft on quit or a signal (when anything was typed); otherwise
 * (taken, or cancelled) the draft goes. */
static void ract_closed(struct round *r, enum session_draft_kind kind, const char *const *unsaved)
{
	bool typed = false;
	for (size_t i = 0; unsaved && i < ract_n_fields(kind); i++)
		typed = typed || unsaved[i][strspn(unsaved[i], " \t")];
	if (unsaved && typed && r->v.app->quitting)
		ract_keep(r, kind, unsaved);
	else
		session_draft_clear(r->s);
}

static void ract_action_draft(void *data, const char *const *texts)
{
	ract_keep(data, SESSION_DRAFT_ACTION, texts);
}

static void ract_action_closed(void *data, const char *const *unsaved)
{
	ract_closed(data, SESSION_DRAFT_ACTION, unsaved);
}

static void ract_case_draft(void *data, const char *const *texts)
{
	ract_keep(data, SESSION_DRAFT_CASE, texts);
}

static void ract_case_closed(void *data, const char *const *unsaved)
{
	ract_closed(data, SESSION_DRAFT_CASE, unsaved);
}

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

/* The case form, starting from case_ref and question. */
static int ract_case_form(struct round *r, const char *case_ref, const char *question)
{
	struct form_field f[] = {
		{.label = "Case reference", .hint = case_hint, .text = case_ref},
		{.label = "The presenter's question for the group", .text = question},
	};
	struct form_opts o = {.title = "The case and the question", .fields = f, .n = 2,
			      .accept = ract_case_accept, .draft = ract_case_draft,
			      .closed = ract_case_closed, .data = r};
	app_push(r->v.app, form_open(r->v.app, &o));
	return R_REDRAW;
}

int round_case(struct round *r)
{
	if (session_ended_at(r->s))
		return ract_ended(r);
	return ract_case_form(r, session_case_ref(r->s), session_question(r->s));
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

/* The form for a new action (id 0) or action id's new fields, starting from texts. */
static int ract_open(struct round *r, unsigned id, const char *const texts[3])
{
	struct form_field f[] = {
		{.label = "What will be done", .text = texts[0]},
		{.label = "Who will do it", .text = texts[1], .choices = session_people(r->s),
		 .hint = "Ctrl-T picks someone present; or type any name."},
		{.label = "By when", .text = texts[2], .hint = "As you say it: Friday 5 Dec, next visit"},
	};
	r->action_id = id;
	struct form_opts o = {.title = id ? "Change the action" : "An action agreed", .fields = f,
			      .n = 3, .accept = ract_accept, .draft = ract_action_draft,
			      .closed = ract_action_closed, .data = r};
	app_push(r->v.app, form_open(r->v.app, &o));
	return R_REDRAW;
}

/* The form for a new action (a NULL) or for a's new fields. */
static int ract_form(struct round *r, const struct round_action *a)
{
	const char *who = !a ? NULL : a->person >= 0 ? session_people(r->s)->v[a->person] : a->who;
	const char *texts[3] = {a ? a->what : NULL, who, a ? a->by : NULL};
	return ract_open(r, a ? a->id : 0, texts);
}

void round_restore_form(struct round *r, const struct session_draft *dr)
{
	const char *texts[3] = {dr->fields[0], dr->fields[1], dr->fields[2]};
	if (dr->kind == SESSION_DRAFT_ACTION)
		ract_open(r, dr->edit_id, texts);
	else
		ract_case_form(r, texts[0], texts[1]);
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
