/*
 * Writing in a round: the editor opened for a reflection (as the phase's
 * capture rule says), a note, or an edit; its text saved through the
 * session, kept as a draft while typed, and given back after a crash.
 */
#include <stdlib.h>
#include <string.h>

#include "core/deck/model.h"
#include "core/deck/seating.h"
#include "core/base/xalloc.h"
#include "round_capture.h"
#include "round_entries.h"
#include "round_int.h"
#include "round_save.h"
#include "view_confirm.h"
#include "view_editor.h"

/* What one open editor writes: the session_draft fields it will be saved with. */
struct writing {
	struct round *r;
	struct session_draft dr; /* text unused here */
	size_t *choices;	 /* the cards a new text may speak to (rcap_card_choices) */
	size_t n_choices, at;	 /* at: the one it speaks to; n_choices: none (or not one of them) */
};

static void capture_free(struct writing *c)
{
	free(c->dr.deck);
	free(c->dr.card);
	free(c->dr.text);
	free(c->choices);
	free(c);
}

/* The text speaks to s->dealt[i] (-1: to no card). */
static void capture_set_card(struct writing *c, long i)
{
	const struct session *s = c->r->s;
	free(c->dr.deck);
	free(c->dr.card);
	c->dr.deck = i >= 0 ? xstrdup(session_dealt(s, i)->deck) : NULL;
	c->dr.card = i >= 0 ? xstrdup(session_dealt(s, i)->card) : NULL;
}

/* The cards a new text may speak to, and which of them it does now (its dr's card). */
static void capture_choices(struct writing *c)
{
	const struct session *s = c->r->s;
	c->choices = xcalloc(session_n_dealt(s) ? session_n_dealt(s) : 1, sizeof *c->choices);
	c->n_choices = rcap_card_choices(s, c->dr.person, c->choices);
	c->at = c->n_choices;
	for (size_t k = 0; k < c->n_choices && c->dr.card; k++) {
		const struct dealt *x = session_dealt(s, c->choices[k]);
		if (c->at == c->n_choices && !strcmp(x->deck, c->dr.deck) && !strcmp(x->card, c->dr.card))
			c->at = k;
	}
}

static bool capture_blank(const char *text)
{
	for (; *text; text++)
		if (*text != ' ' && *text != '\n' && *text != '\t' && *text != '\r')
			return false;
	return true;
}

static int capture_save(void *data, const char *text, char **msg)
{
	struct writing *c = data;
	struct session *s = c->r->s;
	if (capture_blank(text)) {
		*msg = xstrdup("Nothing typed yet: type the text, or Esc to close.");
		return -1;
	}
	struct diags d = {0};
	int st = c->dr.edit_id
			 ? session_edit_entry(s, c->dr.edit_id, text, &d)
			 : session_add_entry(s, c->dr.note, c->dr.person, c->dr.deck, c->dr.card, text,
					     NULL, &d);
	if (st == SESSION_INVALID) {
		*msg = rsave_message(st, &d, NULL);
		diags_free(&d);
		return -1;
	}
	round_report(c->r, st, &d, c->dr.note ? "Note saved" : "Reflection saved");
	return 0;
}

static void capture_draft(void *data, const char *text)
{
	struct writing *c = data;
	struct diags d = {0};
	struct session_draft dr = c->dr;
	dr.text = (char *)text;
	if (session_draft_save(c->r->s, &dr, &d) != 0)
		app_message(c->r->v.app, PAL_WARN, "The draft could not be kept: %s",
			    d.n ? d.v[0].message : "write error");
	diags_free(&d);
}

/* Closing: on quit or a signal the text is kept as a draft; a cancel drops it. */
static void capture_closed(void *data, const char *unsaved)
{
	struct writing *c = data;
	struct round *r = c->r;
	if (unsaved && r->v.app->quitting && !capture_blank(unsaved))
		capture_draft(c, unsaved);
	else if (unsaved)
		session_draft_clear(r->s);
	r->writing = false;
	capture_free(c);
	round_refresh(r);
}

/* "Reflection · Ana", "Note", "Edit · Zoë"; caller frees. */
static char *capture_title(const struct writing *c)
{
	const struct session *s = c->r->s;
	const struct strv *people = session_people(s);
	bool solo = seating_max_people(&session_flow(s)->flow) == 1 && people->n == 1;
	const char *who = c->dr.person >= 0 ? people->v[c->dr.person]
			  : solo	    ? people->v[0] /* a flow for one person */
					    : "the group";
	const char *what = c->dr.edit_id ? "Edit" : c->dr.note ? "Note" : "Reflection";
	if (c->dr.note && c->dr.person < 0)
		return xstrdup(what);
	return xasprintf("%s · %s", what, who);
}

/* What the text is about: the phase, the card it speaks to (or none, when
 * there are cards to choose from), the phase's first prompt. */
static char *capture_context(const struct writing *c)
{
	const struct session *s = c->r->s;
	const struct phase *ph = session_phase(s);
	char *ctx = xasprintf("%s%s", ph ? ph->title : "",
			      c->dr.note ? " · a note outside the capture rule" : "");
	if (c->dr.card || c->n_choices) {
		const struct doc *d = c->dr.deck ? session_deck(s, c->dr.deck) : NULL;
		char *t = !c->dr.card ? xasprintf("%s\nCard: none", ctx)
			  : xasprintf("%s\nCard: %s · %s", ctx,
				      rphase_card_title(s, c->dr.deck, c->dr.card),
				      d && d->title ? d->title : c->dr.deck);
		free(ctx);
		ctx = t;
	}
	if (ph && ph->prompts.n && !c->dr.note) {
		char *t = xasprintf("%s\n%s", ctx, ph->prompts.v[0]);
		free(ctx);
		ctx = t;
	}
	return ctx;
}

/* Ctrl-T in the editor: the next card the text may speak to, then none, and round again. */
static char *capture_next_card(void *data)
{
	struct writing *c = data;
	if (!c->n_choices)
		return NULL;
	c->at = (c->at + 1) % (c->n_choices + 1);
	capture_set_card(c, c->at < c->n_choices ? (long)c->choices[c->at] : -1);
	return capture_context(c);
}

/* Opens the editor for c, starting from text; dirty when text is an unsaved draft.
 * A new text's card can be changed there; an edit keeps the card it has. */
static int capture_open(struct writing *c, const char *text, bool dirty)
{
	if (!c->dr.edit_id)
		capture_choices(c);
	char *title = capture_title(c), *ctx = capture_context(c);
	char *draft = session_sibling(session_journal_path(c->r->s), ".draft");
	struct editor_opts o = {
		.title = title,
		.context = ctx,
		.text = text,
		.dirty = dirty,
		.save = capture_save,
		.closed = capture_closed,
		.draft = capture_draft,
		.next_card = c->n_choices ? capture_next_card : NULL,
		.data = c,
		.handover_owner = draft, /* a text left in $EDITOR goes back into the draft */
	};
	c->r->writing = true;
	app_push(c->r->v.app, editor_open(c->r->v.app, &o));
	free(draft);
	free(title);
	free(ctx);
	return R_REDRAW;
}

static struct writing *capture_new(struct round *r, bool note, int person)
{
	struct writing *c = xcalloc(1, sizeof *c);
	c->r = r;
	c->dr.round = session_round_index(r->s);
	c->dr.phase = session_phase_index(r->s);
	c->dr.note = note;
	c->dr.person = person;
	/* the card selected, when it is one of the writer's; else the default (rcap_default_card) */
	long card = round_selected(r, RPH_CARD);
	if (card < 0 || (person >= 0 && session_dealt(r->s, card)->person != person))
		card = rcap_default_card(r->s, person);
	capture_set_card(c, card);
	return c;
}

/* The group's live reflection in this phase (capture one), or NULL. */
static const struct entry *capture_group_entry(const struct session *s)
{
	size_t round = session_round_index(s), phase = session_phase_index(s);
	for (size_t i = 0; i < session_n_entries(s); i++) {
		const struct entry *e = session_entry(s, i);
		if (!e->note && !e->deleted && e->round == round && e->phase == phase && e->person == -1)
			return e;
	}
	return NULL;
}

static int capture_edit_entry(struct round *r, const struct entry *e)
{
	struct writing *c = xcalloc(1, sizeof *c);
	c->r = r;
	c->dr = (struct session_draft){.round = e->round, .phase = e->phase, .person = e->person,
				       .note = e->note, .edit_id = e->id};
	c->dr.deck = xstrdup(e->deck);
	c->dr.card = xstrdup(e->card);
	return capture_open(c, e->text, false);
}

int round_write(struct round *r, bool note)
{
	if (session_ended_at(r->s)) {
		app_message(r->v.app, PAL_WARN, "The round has ended; nothing more can be written.");
		return R_REDRAW;
	}
	if (note)
		return capture_open(capture_new(r, true, -1), NULL, false);
	const struct phase *ph = session_phase(r->s);
	int who = rcap_next_person(r->s);
	if (ph && ph->capture == CAPTURE_ONE && capture_group_entry(r->s))
		return capture_edit_entry(r, capture_group_entry(r->s));
	if (who == -2) {
		app_message(r->v.app, PAL_NORMAL, ph && ph->capture == CAPTURE_NONE
				? "Nothing is written in this phase; n adds a note."
				: "Everyone has written; e edits one, n adds a note.");
		return R_REDRAW;
	}
	return capture_open(capture_new(r, false, who), NULL, false);
}

int round_edit(struct round *r)
{
	long i = round_selected(r, RPH_ENTRY);
	if (session_ended_at(r->s) || i < 0) {
		app_message(r->v.app, PAL_NORMAL, session_ended_at(r->s)
							  ? "The round has ended."
							  : "Select a reflection or note first (↑ ↓).");
		return R_REDRAW;
	}
	return capture_edit_entry(r, session_entry(r->s, i));
}

static int round_delete_yes(struct view *owner)
{
	struct round *r = (struct round *)owner;
	long i = round_selected(r, RPH_ENTRY);
	if (i < 0)
		return R_REDRAW;
	struct diags d = {0};
	int st = session_delete_entry(r->s, session_entry(r->s, i)->id, &d);
	return round_report(r, st, &d, "Deleted (the journal keeps it)");
}

int round_delete(struct round *r)
{
	long i = round_selected(r, RPH_ENTRY);
	if (session_ended_at(r->s) || i < 0) {
		app_message(r->v.app, PAL_NORMAL, session_ended_at(r->s)
							  ? "The round has ended."
							  : "Select a reflection or note first (↑ ↓).");
		return R_REDRAW;
	}
	char *label = rentries_label(r->s, session_entry(r->s, i));
	char *q = xasprintf("Delete this text (%s)?", label);
	app_push(r->v.app, confirm_open(&r->v, q, "It leaves the transcript; the journal keeps it.",
					round_delete_yes, false));
	free(q);
	free(label);
	return R_REDRAW;
}

void round_restore_draft(struct round *r)
{
	struct session_draft dr;
	struct diags d = {0};
	if (session_draft_load(r->s, &dr, &d) != 1) {
		diags_free(&d);
		return;
	}
	bool elsewhere = dr.round != session_round_index(r->s) || dr.phase != session_phase_index(r->s);
	if (elsewhere && !session_ended_at(r->s))
		session_goto(r->s, dr.round, dr.phase, &d);
	diags_free(&d);
	round_refresh(r);
	struct writing *c = xcalloc(1, sizeof *c);
	c->r = r;
	c->dr = dr;
	char *text = dr.text;
	c->dr.text = NULL;
	capture_open(c, text, true);
	if (session_torn_tail(r->s))
		app_message(r->v.app, PAL_WARN, "%s; your unsaved text is back (Ctrl-S saves it)",
			    rsave_resume_message(r->s));
	else
		app_message(r->v.app, PAL_OK, "Your unsaved text is back: Ctrl-S saves it.");
	free(text);
}
