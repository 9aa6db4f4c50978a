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
#include "core/round/turn.h"
#include "round_entries.h"
#include "round_int.h"
#include "round_save.h"
#include "view_confirm.h"
#include "view_editor.h"

/* What one open editor writes: the session_draft fields it will be saved with. */
struct writing {
	struct round *r;
	struct session_draft dr; /* text unused here */
	long *cycle;		 /* what the card key steps through: the card at opening (when in
				  * hand), "no card" (-1), turn_card_choices's (indexes into the dealt) */
	size_t n_cycle, at;	 /* at: the step the text is on now */
};

static void capture_free(struct writing *c)
{
	free(c->dr.deck);
	free(c->dr.card);
	free(c->dr.text);
	free(c->cycle);
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

/* Whether dealt card i is the one deck/card names. */
static bool capture_is_card(const struct session *s, long i, const char *deck, const char *card)
{
	const struct dealt *x = i >= 0 ? session_dealt(s, (size_t)i) : NULL;
	return x ? deck && card && !strcmp(x->deck, deck) && !strcmp(x->card, card) : !deck;
}

/* What the card key steps through from the card the text has now: "no card" first. */
static void capture_choices(struct writing *c)
{
	const struct session *s = c->r->s;
	size_t n = session_n_dealt(s);
	size_t *choices = xcalloc(n ? n : 1, sizeof *choices);
	size_t k = turn_card_choices(s, c->dr.person, choices);
	c->cycle = xcalloc(k + 2, sizeof *c->cycle);
	c->n_cycle = 0;
	long now = -1;
	for (size_t i = 0; i < k && now < 0; i++)
		if (capture_is_card(s, (long)choices[i], c->dr.deck, c->dr.card))
			now = (long)choices[i];
	bool elsewhere = now < 0 && c->dr.card; /* a card no longer in hand: none comes next */
	if (!elsewhere)
		c->cycle[c->n_cycle++] = now;
	if (now >= 0 || elsewhere)
		c->cycle[c->n_cycle++] = -1;
	for (size_t i = 0; i < k; i++)
		if ((long)choices[i] != now)
			c->cycle[c->n_cycle++] = (long)choices[i];
	c->at = elsewhere ? c->n_cycle - 1 : 0;
	free(choices);
}

static bool capture_blank(const char *text)
{
	for (; *text; text++)
		if (*text != ' ' && *text != '\n' && *text != '\t' && *text != '\r')
			return false;
	return true;
}

/* An edit: the text when it changed, then the author and card when they did. */
static int capture_save_edit(struct writing *c, const char *text, struct diags *d)
{
	struct session *s = c->r->s;
	const struct entry *e = session_find_entry(s, c->dr.edit_id);
	if (!e)
		return session_edit_entry(s, c->dr.edit_id, text, d);
	bool same_card = e->card ? c->dr.card && !strcmp(e->deck, c->dr.deck) &&
					   !strcmp(e->card, c->dr.card)
				 : !c->dr.card;
	bool credit = e->person != c->dr.person || !same_card;
	int st = SESSION_OK;
	if (strcmp(e->text, text) != 0 || !credit)
		st = session_edit_entry(s, c->dr.edit_id, text, d);
	if (!credit || st == SESSION_INVALID)
		return st;
	int cr = session_credit_entry(s, c->dr.edit_id, c->dr.person, c->dr.deck, c->dr.card, d);
	return cr == SESSION_OK ? st : cr;
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
			 ? capture_save_edit(c, text, &d)
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

/* "Reflection · Ana", "Note · Fay", "Edit · the group"; caller frees. */
static char *capture_title(const struct writing *c)
{
	const struct session *s = c->r->s;
	const struct strv *people = session_people(s);
	bool solo = seating_max_people(&session_flow(s)->flow) == 1 && people->n == 1;
	const char *who = solo && c->dr.person == -1 ? people->v[0] /* a flow for one person */
						     : turn_author_name(s, c->dr.person);
	const char *what = c->dr.edit_id ? "Edit" : c->dr.note ? "Note" : "Reflection";
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
	if (c->dr.card || c->n_cycle > 1) {
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

/* What the editor shows under the box: the phase's clock (as the phase
 * screen shows it, "12:34 left" or "+0:12 over") and whose turn it is. */
static char *capture_watch(void *data)
{
	struct writing *c = data;
	const char *shown = c->r->shown;
	char *turn = rphase_turn(c->r->s);
	char *clock = !*shown		    ? NULL
		      : strstr(shown, "over") ? xasprintf("Time %s", shown)
					      : xasprintf("%s left", shown);
	char *out = clock && turn ? xasprintf("%s · %s", clock, turn)
		    : clock	    ? xstrdup(clock)
		    : turn	    ? xstrdup(turn)
				    : NULL;
	free(clock);
	free(turn);
	return out;
}

/* Ctrl-T in the editor: "no card" first, then the author's cards, the table's, the others'. */
static char *capture_next_card(void *data)
{
	struct writing *c = data;
	if (c->n_cycle < 2 && !c->dr.card)
		return NULL;
	c->at = (c->at + 1) % c->n_cycle;
	capture_set_card(c, c->cycle[c->at]);
	return capture_context(c);
}

/* Opens the editor for c, starting from text; dirty when text is an unsaved draft.
 * The card can be changed there, an edit's too. */
static int capture_open(struct writing *c, const char *text, bool dirty)
{
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
		.next_card = c->n_cycle > 1 || c->dr.card ? capture_next_card : NULL,
		.watch = capture_watch,
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
	/* the card selected, when it is the author's; else the default, and a note none */
	long card = round_selected(r, RPH_CARD);
	if (card < 0 || session_dealt(r->s, card)->person != person)
		card = note ? -1 : turn_default_card(r->s, person);
	capture_set_card(c, card);
	return c;
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

int round_write_as(struct round *r, bool note, int person)
{
	if (session_ended_at(r->s)) {
		app_message(r->v.app, PAL_WARN, "The round has ended; nothing more can be written.");
		return R_REDRAW;
	}
	const struct phase *ph = session_phase(r->s);
	if (!note && ph && ph->capture == CAPTURE_NONE) {
		app_message(r->v.app, PAL_NORMAL, "Nothing is written in this phase; n adds a note.");
		return R_REDRAW;
	}
	return capture_open(capture_new(r, note, person), NULL, false);
}

int round_write(struct round *r, bool note)
{
	return round_write_as(r, note, turn_default_author(r->s, note));
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
	if (dr.kind != SESSION_DRAFT_TEXT) { /* an action's or the case's form */
		round_restore_form(r, &dr);
		app_message(r->v.app, PAL_OK, "What you typed is back in the form: Ctrl-S saves it.");
		session_draft_free(&dr);
		return;
	}
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
