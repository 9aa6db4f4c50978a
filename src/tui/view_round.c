/*
 * The phase screen: header (phase, timer, where, whose turn, what is still
 * to write, the saving banner) above the phase's text and items, which
 * scroll.  Keys act through the session; round_write.c does the writing.
 */
#include "view_round.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/deck/model.h"
#include "core/round/transcript.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "round_capture.h"
#include "round_int.h"
#include "round_save.h"
#include "view_card.h"
#include "view_confirm.h"
#include "view_picker.h"
#include "view_projector.h"
#include "view_prompt.h"

static const enum action round_keys[] = {
	ACT_PH_WRITE,  ACT_PH_NOTE,    ACT_PH_NEXT,	ACT_PH_PREV,	ACT_UP,
	ACT_DOWN,      ACT_ED_PGUP,    ACT_ED_PGDN,	ACT_TOP,	ACT_BOTTOM,
	ACT_PH_EDIT,   ACT_PH_DELETE,  ACT_PH_CARD,	ACT_PH_REDEAL,	ACT_PH_CHOOSE,
	ACT_PH_PAUSE,  ACT_PH_MINUTE,  ACT_PH_BELL,	ACT_PH_PROJECTOR, ACT_PH_ROUND,
	ACT_PH_TRANSCRIPT, ACT_PH_END, ACT_PH_RETRY,	ACT_PH_SAVEAS,	ACT_PH_QUIT,
	ACT_HELP,      ACT_NONE};
/* The last two only on an ended round, where the others do nothing (round_bar_name). */
static const enum action round_bar[] = {ACT_PH_WRITE, ACT_PH_NOTE, ACT_PH_NEXT,	  ACT_PH_PREV,
					ACT_HELP,     ACT_PH_QUIT, ACT_PH_PAUSE,  ACT_PH_END,
					ACT_PH_CARD,  ACT_PH_TRANSCRIPT, ACT_NONE};

int64_t round_now_ms(void)
{
	return session_time_ms();
}

long round_selected(const struct round *r, enum rph_kind kind)
{
	if (r->sel >= r->body.t.n || r->body.refs[r->sel].kind != kind)
		return -1;
	return (long)r->body.refs[r->sel].index;
}

/* The NOT SAVED banner's lines for the area's width (rsave_banner); 0 while all is saved. */
static size_t round_banner(const struct round *r, char *line[2])
{
	line[0] = line[1] = NULL;
	if (!session_n_pending(r->s))
		return 0;
	size_t w = r->v.area.w > 2 ? (size_t)r->v.area.w - 2 : 1;
	return rsave_banner(r->unsaved_why, w, line);
}

/* Rows above the body: title, where and turn, what to write, and a banner
 * when one is due (NOT SAVED takes two rows when the window is narrow). */
static int round_head_rows(const struct round *r)
{
	char *line[2];
	size_t n = round_banner(r, line);
	free(line[0]);
	free(line[1]);
	return 2 + (int)r->where.n + (n ? (int)n : session_ended_at(r->s) ? 1 : 0);
}

/* Rows for the body's lines: all below the head, but the last when they do
 * not all fit (the "more" marker has that row to itself, covering nothing). */
static size_t round_body_rows(const struct round *r)
{
	int h = r->v.area.h - r->head;
	if (h > 2 && r->body.t.n > (size_t)h)
		h--;
	return h > 1 ? (size_t)h : 1;
}

/* The line after the last of the item whose line i is. */
static size_t round_item_end(const struct round *r, size_t i)
{
	size_t end = i + 1;
	while (end < r->body.t.n && r->body.refs[end].kind == r->body.refs[i].kind &&
	       r->body.refs[end].index == r->body.refs[i].index && !r->body.refs[end].first)
		end++;
	return end;
}

/* Scrolls so that line i (and as much of its item as fits) is on screen. */
static void round_show_line(struct round *r, size_t i)
{
	size_t rows = round_body_rows(r), end = round_item_end(r, i);
	if (end - r->sc.top > rows)
		r->sc.top = end > rows ? end - rows : 0;
	if (i < r->sc.top)
		r->sc.top = i;
	r->sc.sel = r->sc.top;
	scroll_set(&r->sc, r->body.t.n, rows);
}

/* The current phase's timer as the journal has it (fresh: another phase's was shown). */
static void round_load_timer(struct round *r, bool fresh)
{
	const struct session_clock *c =
		session_clock_of(r->s, session_round_index(r->s), session_phase_index(r->s));
	int64_t now = round_now_ms();
	/* an ended round has no timer: nothing to show, count, ring or wake for */
	int64_t length = session_ended_at(r->s) ? 0 : session_timer_length(r->s);
	rtimer_load(&r->timer, length, c->used_ms, c->since, now, fresh);
	rtimer_text(&r->timer, now, r->shown, sizeof r->shown);
}

void round_refresh(struct round *r)
{
	enum rph_kind kind = RPH_TEXT;
	size_t index = 0;
	if (r->sel < r->body.t.n) {
		kind = r->body.refs[r->sel].kind;
		index = r->body.refs[r->sel].index;
	}
	bool moved = session_round_index(r->s) != r->at_round || session_phase_index(r->s) != r->at_phase;
	round_load_timer(r, moved);
	if (moved) {
		r->at_round = session_round_index(r->s);
		r->at_phase = session_phase_index(r->s);
		r->sc.top = 0;
		kind = RPH_TEXT;
	}
	size_t w = r->v.area.w > 4 ? (size_t)r->v.area.w - 2 : 2;
	strv_free(&r->where);
	/* whose turn it is must be readable: up to three lines when the window is narrow */
	rphase_head(r->s, w, 3, &r->where);
	r->head = round_head_rows(r);
	rphase_build(&r->body, r->s, w < DRAW_MEASURE + 4 ? w : DRAW_MEASURE + 4);
	r->sel = kind == RPH_TEXT ? r->body.t.n : rphase_find(&r->body, kind, index);
	r->sc.sel = r->sc.top;
	scroll_set(&r->sc, r->body.t.n, round_body_rows(r));
	if (r->sel < r->body.t.n)
		round_show_line(r, r->sel);
	r->v.app->dirty = true;
}

int round_report(struct round *r, int st, struct diags *d, const char *what)
{
	char *msg = rsave_message(st, d, what);
	free(r->unsaved_why);
	r->unsaved_why = session_n_pending(r->s) > 0 ? xstrdup(rsave_why(d)) : NULL;
	app_message(r->v.app, st == SESSION_OK ? PAL_OK : PAL_WARN, "%s", msg);
	free(msg);
	diags_free(d);
	round_refresh(r);
	return R_REDRAW;
}

static void round_layout(struct view *v)
{
	round_refresh((struct round *)v);
}

/* Row 0 of the area: the phase's title on the left, the timer on the right. */
static void round_draw_title(struct round *r, int y)
{
	struct rect a = r->v.area;
	const struct phase *ph = session_phase(r->s);
	char t[32];
	bool over = rtimer_text(&r->timer, round_now_ms(), t, sizeof t);
	int tw = *t ? (int)strlen(t) + 2 : 0; /* the timer's text is ASCII */
	draw_text(y, a.x + 1, a.w - 2 - tw, ph ? ph->title : "", PAL_HEADING);
	if (*t)
		draw_text(y, a.x + a.w - tw, tw - 1, t,
			  over ? PAL_WARN : rtimer_running(&r->timer) ? PAL_OK : PAL_DIM);
}

static void round_draw_head(struct round *r)
{
	struct rect a = r->v.area;
	int y = a.y;
	round_draw_title(r, y++);
	for (size_t i = 0; i < r->where.n; i++)
		draw_text(y++, a.x + 1, a.w - 2, r->where.v[i], PAL_DIM);
	/* an ended round takes no more writing: say what it still offers */
	size_t w = a.w > 2 ? (size_t)a.w - 2 : 1;
	char *cap = session_ended_at(r->s) ? rphase_ended(r->s, w) : rphase_capture(r->s);
	draw_text(y++, a.x + 1, a.w - 2, cap, PAL_NORMAL);
	free(cap);
	char *banner[2];
	size_t n = round_banner(r, banner);
	for (size_t i = 0; i < n; i++) {
		draw_fill(y, a.x, a.w, PAL_WARN);
		draw_text(y++, a.x + 1, a.w - 2, banner[i], PAL_WARN);
		free(banner[i]);
	}
	if (!n && session_ended_at(r->s)) {
		char *b = rphase_transcript(r->s, r->transcript, r->transcript_at, time(NULL), w);
		draw_text(y++, a.x + 1, a.w - 2, b, r->transcript ? PAL_OK : PAL_NORMAL);
		free(b);
	}
}

static void round_draw(struct view *v)
{
	struct round *r = (struct round *)v;
	static const enum pal style[] = {PAL_NORMAL, PAL_HEADING, PAL_HEADING, PAL_DIM};
	round_draw_head(r);
	struct rect a = v->area;
	size_t rows = round_body_rows(r);
	for (size_t i = r->sc.top; i < r->body.t.n && i < r->sc.top + rows; i++) {
		const struct rph_ref *ref = &r->body.refs[i];
		bool sel = r->sel < r->body.t.n && ref->kind != RPH_TEXT &&
			   ref->kind == r->body.refs[r->sel].kind && ref->index == r->body.refs[r->sel].index;
		int y = a.y + r->head + (int)(i - r->sc.top);
		if (sel)
			draw_line(y, a.x + 1, a.w - 2, r->body.t.v[i].text, PAL_SELECT);
		else
			draw_text(y, a.x + 1, a.w - 2, r->body.t.v[i].text, style[r->body.t.v[i].style]);
	}
	if ((int)rows < a.h - r->head) /* the marker's row is free */
		draw_more(a.y + a.h - 1, a.x, a.w - 2, r->sc.top > 0, r->sc.top + rows < r->body.t.n);
}

/* --- moving ------------------------------------------------------------- */

/* The first line of the first (last: the last) item with a line in [from, to), or body.t.n. */
static size_t round_item_in(const struct round *r, size_t from, size_t to, bool last)
{
	size_t pick = r->body.t.n;
	for (size_t i = from; i < to && i < r->body.t.n; i++)
		if (r->body.refs[i].kind != RPH_TEXT && (pick == r->body.t.n || last))
			pick = i;
	while (pick < r->body.t.n && pick > 0 && !r->body.refs[pick].first)
		pick--;
	return pick;
}

/* After the view scrolled by dir: a selection gone out of view moves to the
 * nearest item still in view (the first one going down, the last going up),
 * or to none, so that keys never act on an item the screen does not show. */
static void round_keep_sel(struct round *r, long dir)
{
	size_t top = r->sc.top, bottom = r->sc.top + round_body_rows(r);
	if (bottom > r->body.t.n)
		bottom = r->body.t.n;
	if (r->sel >= r->body.t.n || (round_item_end(r, r->sel) > top && r->sel < bottom))
		return;
	r->sel = round_item_in(r, top, bottom, dir < 0);
}

/* Scrolls the view by rows, keeping the selection in it; true when it moved. */
static bool round_scroll(struct round *r, long by)
{
	bool moved = scroll_by(&r->sc, by);
	round_keep_sel(r, by);
	return moved;
}

static int round_move(struct round *r, enum action act)
{
	size_t rows = round_body_rows(r);
	long page = (long)(rows > 1 ? rows - 1 : 1);
	size_t first = rphase_first_item(&r->body);
	if ((act == ACT_UP || act == ACT_DOWN) && first < r->body.t.n) {
		int dir = act == ACT_UP ? -1 : 1;
		/* with nothing selected, ↓ selects the first item from the top of the view on */
		size_t to = r->sel < r->body.t.n ? rphase_step(&r->body, r->sel, dir)
			    : dir > 0		   ? round_item_in(r, r->sc.top, r->body.t.n, false)
						   : r->sel;
		if (to == r->sel || to >= r->body.t.n) {
			round_scroll(r, dir);
			return R_REDRAW;
		}
		r->sel = to;
		round_show_line(r, to);
		return R_REDRAW;
	}
	long by = act == ACT_UP ? -1 : act == ACT_DOWN ? 1 : act == ACT_ED_PGUP ? -page
		  : act == ACT_ED_PGDN ? page : act == ACT_TOP ? -(long)r->body.t.n : (long)r->body.t.n;
	return round_scroll(r, by) ? R_REDRAW : R_NONE;
}

static int round_step(struct round *r, enum action act)
{
	if (session_ended_at(r->s)) {
		app_message(r->v.app, PAL_NORMAL, "The round has ended.");
		return R_REDRAW;
	}
	struct diags d = {0};
	int st;
	if (act == ACT_PH_ROUND) {
		if (session_round_index(r->s) + 1 >= session_rounds(r->s)) {
			app_message(r->v.app, PAL_NORMAL, "This is the last round (the flow has %u); E ends it.",
				    session_rounds(r->s));
			return R_REDRAW;
		}
		st = session_goto(r->s, session_round_index(r->s) + 1, 0, &d);
	} else {
		st = act == ACT_PH_NEXT ? session_next(r->s, &d) : session_prev(r->s, &d);
	}
	if (st == SESSION_INVALID && act == ACT_PH_NEXT) {
		diags_free(&d);
		app_message(r->v.app, PAL_NORMAL, "This is the last phase: E ends the round.");
		return R_REDRAW;
	}
	return round_report(r, st, &d, NULL);
}

/* --- cards ------------------------------------------------------------ */

/* The selected card, else the phase's first new card, else the first in hand; -1: none. */
static long round_card(const struct round *r)
{
	long i = round_selected(r, RPH_CARD);
	for (size_t k = 0; i < 0 && k < session_n_dealt(r->s); k++)
		if (rcap_is_new(r->s, k))
			i = (long)k;
	size_t *hand = xcalloc(session_n_dealt(r->s) ? session_n_dealt(r->s) : 1, sizeof *hand);
	if (i < 0 && rcap_hand(r->s, hand))
		i = (long)hand[0];
	free(hand);
	return i;
}

static int round_read_card(struct round *r)
{
	long i = round_card(r);
	const struct dealt *c = i >= 0 ? session_dealt(r->s, i) : NULL;
	const struct doc *d = c ? session_deck(r->s, c->deck) : NULL;
	long k = d ? deck_find_card(&d->deck, c->card) : -1;
	if (k < 0) {
		app_message(r->v.app, PAL_NORMAL, c ? "That card's deck is not on the search path."
						    : "No card is in hand yet in this round.");
		return R_REDRAW;
	}
	app_push(r->v.app, card_open(r->v.app, d, &d->deck.cards[k]));
	return R_REDRAW;
}

static int round_redeal(struct round *r)
{
	long i = round_selected(r, RPH_CARD);
	if (i < 0 || session_ended_at(r->s)) {
		app_message(r->v.app, PAL_NORMAL, session_ended_at(r->s) ? "The round has ended."
				  : "Select a card first (↑ ↓), then d deals it again.");
		return R_REDRAW;
	}
	struct diags d = {0};
	int st = session_redeal(r->s, (size_t)i, &d);
	int rr = round_report(r, st, &d, "Dealt again (saved)");
	if (st != SESSION_INVALID) {
		r->sel = rphase_find(&r->body, RPH_CARD, session_n_dealt(r->s) - 1);
		if (r->sel < r->body.t.n)
			round_show_line(r, r->sel);
	}
	return rr;
}

/* The picker's answer: the card chosen for the holder of the selected card (or the table). */
static int round_chosen(void *data, long replace, const char *deck, const char *card)
{
	struct round *r = data;
	int person = replace >= 0 ? session_dealt(r->s, replace)->person : -1;
	struct diags d = {0};
	int st = session_choose(r->s, replace, person, deck, card, &d);
	int rr = round_report(r, st, &d, "Card chosen by hand (saved)");
	if (st != SESSION_INVALID) {
		r->sel = rphase_find(&r->body, RPH_CARD, session_n_dealt(r->s) - 1);
		if (r->sel < r->body.t.n)
			round_show_line(r, r->sel);
	}
	return rr;
}

/* The deck to choose from: the selected card's, else the phase's first deal's, else none. */
static int round_choose(struct round *r)
{
	long i = round_selected(r, RPH_CARD);
	const struct phase *ph = session_phase(r->s);
	const char *deck = i >= 0		 ? session_dealt(r->s, i)->deck
			   : ph && ph->n_deals ? ph->deals[0].deck
					       : NULL;
	const struct doc *d = deck ? session_deck(r->s, deck) : NULL;
	if (session_ended_at(r->s) || !d) {
		app_message(r->v.app, PAL_NORMAL, session_ended_at(r->s) ? "The round has ended."
				  : "This phase deals no cards: there is no deck to choose from.");
		return R_REDRAW;
	}
	char *who = i >= 0 && session_dealt(r->s, i)->person >= 0
			    ? xasprintf("for %s, instead of the selected card",
					session_people(r->s)->v[session_dealt(r->s, i)->person])
		    : i >= 0 ? xstrdup("for the table, instead of the selected card")
			     : xstrdup("for the table");
	app_push(r->v.app, picker_open(r->v.app, d, r->s, who, round_chosen, r, i));
	free(who);
	return R_REDRAW;
}

/* --- saving, transcript, end ---------------------------------------------- */

/* The transcript beside the journal, if there is one: r->transcript and its time. */
static void round_find_transcript(struct round *r)
{
	free(r->transcript);
	r->transcript = transcript_find(r->s, &r->transcript_at);
}

static int round_transcript(struct round *r)
{
	struct diags d = {0};
	if (transcript_save(r->s, &d) != 0) {
		app_message(r->v.app, PAL_WARN, "Transcript not written: %s",
			    d.n ? d.v[0].message : "write error");
		diags_free(&d);
		return R_REDRAW;
	}
	diags_free(&d);
	round_find_transcript(r);
	char *path = transcript_path(r->s);
	app_message(r->v.app, PAL_OK, "Transcript written: %s", path);
	free(path);
	return R_REDRAW;
}

static int round_end_yes(struct view *owner)
{
	struct round *r = (struct round *)owner;
	struct diags d = {0};
	int st = session_end(r->s, &d);
	if (st == SESSION_INVALID)
		return round_report(r, st, &d, NULL);
	diags_free(&d);
	round_refresh(r);
	round_transcript(r);
	if (st == SESSION_UNSAVED)
		app_message(r->v.app, PAL_WARN, "Ended, but not saved · " RSAVE_KEYS);
	return R_REDRAW;
}

static int round_retry(struct round *r)
{
	if (!session_n_pending(r->s)) {
		app_message(r->v.app, PAL_OK, "Everything is saved.");
		return R_REDRAW;
	}
	struct diags d = {0};
	int st = session_retry_save(r->s, &d);
	return round_report(r, st, &d, "Saved: everything is on the disk now");
}

static int round_saved_as(void *data, const char *text, char **msg)
{
	struct round *r = data;
	struct diags d = {0};
	int err;
	if (!*text) {
		*msg = xstrdup("Type a folder, e.g. /media/usb/rounds");
		return -1;
	}
	if (utf8_has_control(text)) { /* the prompt keeps them; a folder name must not */
		*msg = xstrdup("A folder name cannot hold control characters.");
		return -1;
	}
	enum session_folder f = session_folder_make(text, &err);
	if (f != SESSION_FOLDER_READY) {
		*msg = f == SESSION_FOLDER_IS_FILE
			       ? xstrdup("That is a file, not a folder.")
			       : xasprintf("The folder cannot be made: %s", strerror(err));
		return -1;
	}
	if (session_save_as(r->s, text, &d) != SESSION_OK) {
		*msg = xasprintf("Not saved there: %s", rsave_why(&d));
		diags_free(&d);
		return -1;
	}
	if (r->transcript)
		round_transcript(r);
	diags_free(&d);
	round_refresh(r);
	app_message(r->v.app, PAL_OK, "Saved in %s", session_journal_path(r->s));
	return 0;
}

static int round_save_as(struct round *r)
{
	struct prompt_opts o = {
		.title = "Save elsewhere",
		.label = "A folder to keep the round in (its journal, draft and transcript):",
		.accept = round_saved_as,
		.data = r,
	};
	app_push(r->v.app, prompt_open(r->v.app, &o));
	return R_REDRAW;
}

/* Leaving on purpose stops the timer, so the round does not come back hours
 * over time (a crash lets it count: session.h). */
static int round_quit_yes(struct view *owner)
{
	struct round *r = (struct round *)owner;
	if (rtimer_running(&r->timer) && !session_ended_at(r->s)) {
		struct diags d = {0};
		session_timer(r->s, SESSION_TIMER_PAUSE, &d);
		diags_free(&d);
	}
	return R_CLOSE;
}

static int round_quit(struct round *r)
{
	if (session_ended_at(r->s) && !session_n_pending(r->s))
		return R_CLOSE;
	const char *q = session_n_pending(r->s) ? "Leave with changes not saved?" : "Leave the round?";
	const char *detail = session_n_pending(r->s)
				     ? "They are NOT on the disk here: on leaving they go to a rescue "
				       "copy elsewhere (rucksack says where), which the next start offers."
				     : "It is kept: rucksack resume carries on from here.";
	app_push(r->v.app, confirm_open(&r->v, q, detail, round_quit_yes, true));
	return R_REDRAW;
}

/* --- the timer ------------------------------------------------------------ */

/* 0 when the timer's text has changed since the last tick (or the bell is due), else the wait. */
static long round_tick_ms(const struct view *v)
{
	const struct round *r = (const struct round *)v;
	int64_t now = round_now_ms();
	char t[32];
	long wait = rtimer_wait_ms(&r->timer, now);
	if (wait < 0)
		return -1;
	bool over = rtimer_text(&r->timer, now, t, sizeof t);
	return strcmp(t, r->shown) != 0 || (over && !r->timer.rang) ? 0 : wait;
}

static int round_tick(struct view *v)
{
	struct round *r = (struct round *)v;
	rtimer_text(&r->timer, round_now_ms(), r->shown, sizeof r->shown);
	if (rtimer_ring(&r->timer, round_now_ms())) {
		if (session_bell_off(r->s))
			flash();
		else
			beep();
	}
	return R_REDRAW;
}

/* Pause, restart, a minute more and the bell are journal records (the bell is
 * the round's: a resumed round keeps it). */
static int round_timer_key(struct round *r, enum action act)
{
	if (!rtimer_timed(&r->timer)) {
		app_message(r->v.app, PAL_NORMAL,
			    session_ended_at(r->s) ? "The round has ended: its timer has stopped."
						   : "This phase has no timer.");
		return R_REDRAW;
	}
	if (act == ACT_PH_BELL) {
		struct diags d = {0};
		int st = session_bell(r->s, session_bell_off(r->s), &d);
		return round_report(r, st, &d, session_bell_off(r->s) ? "Bell off: a flash at zero (saved)."
							      : "Bell on: it rings at zero (saved).");
	}
	enum session_timer_op op = act == ACT_PH_MINUTE		 ? SESSION_TIMER_MINUTE
				   : rtimer_running(&r->timer) ? SESSION_TIMER_PAUSE
							       : SESSION_TIMER_RUN;
	struct diags d = {0};
	int st = session_timer(r->s, op, &d);
	return round_report(r, st, &d, op == SESSION_TIMER_MINUTE ? "A minute more (saved)"
				       : op == SESSION_TIMER_PAUSE ? "Timer paused (saved)"
								   : "Timer running again (saved)");
}

/* --- keys ----------------------------------------------------------------- */

static int round_key(struct view *v, int key, enum action act)
{
	struct round *r = (struct round *)v;
	(void)key;
	switch (act) {
	case ACT_UP: case ACT_DOWN: case ACT_ED_PGUP: case ACT_ED_PGDN: case ACT_TOP: case ACT_BOTTOM:
		return round_move(r, act);
	case ACT_PH_NEXT: case ACT_PH_PREV: case ACT_PH_ROUND:
		return round_step(r, act);
	case ACT_PH_WRITE: return round_write(r, false);
	case ACT_PH_NOTE: return round_write(r, true);
	case ACT_PH_EDIT: return round_edit(r);
	case ACT_PH_DELETE: return round_delete(r);
	case ACT_PH_CARD: return round_read_card(r);
	case ACT_PH_REDEAL: return round_redeal(r);
	case ACT_PH_CHOOSE: return round_choose(r);
	case ACT_PH_PAUSE: case ACT_PH_MINUTE: case ACT_PH_BELL:
		return round_timer_key(r, act);
	case ACT_PH_PROJECTOR:
		app_push(v->app, projector_open(v->app, r->s, &r->timer, round_card(r)));
		return R_REDRAW;
	case ACT_PH_TRANSCRIPT: return round_transcript(r);
	case ACT_PH_END:
		if (session_ended_at(r->s))
			return round_transcript(r);
		app_push(v->app, confirm_open(v, "End the round?",
					      "The transcript is written next to the journal.",
					      round_end_yes, false));
		return R_REDRAW;
	case ACT_PH_RETRY: return round_retry(r);
	case ACT_PH_SAVEAS: return round_save_as(r);
	case ACT_PH_QUIT: case ACT_INTERRUPT: return round_quit(r);
	default: return R_PASS;
	}
}

/* Space's name follows the timer: "resume" while it is paused.  An ended
 * round's key line offers what it still does (read a card, the transcript),
 * not writing, moving or the timer. */
static const char *round_bar_name(const struct view *v, enum action a)
{
	const struct round *r = (const struct round *)v;
	bool late = a == ACT_PH_CARD || a == ACT_PH_TRANSCRIPT;
	if (session_ended_at(r->s))
		return late || a == ACT_HELP || a == ACT_PH_QUIT ? NULL : "";
	if (late)
		return "";
	if (a != ACT_PH_PAUSE || !rtimer_timed(&r->timer))
		return NULL;
	return rtimer_running(&r->timer) ? NULL : "resume";
}

static char *round_title(const struct view *v)
{
	const struct round *r = (const struct round *)v;
	return xstrdup(session_flow_title(r->s));
}

/* Leaving (a signal, or q confirmed) with something only in memory: it
 * goes to the journal after all or to a rescue copy, and the program says
 * where once the terminal is given back (session_rescue). */
static void round_rescue(struct round *r)
{
	struct app *a = r->v.app;
	if (!session_needs_rescue(r->s))
		return;
	struct diags d = {0};
	char *where = NULL;
	int rc = session_rescue(r->s, session_rescue_dirs_of(r->s), &where, &d);
	free(a->farewell);
	a->farewell = rsave_farewell(r->s, rc, where, &d);
	free(where);
	diags_free(&d);
}

static void round_close(struct view *v)
{
	struct round *r = (struct round *)v;
	round_rescue(r);
	session_free(r->s);
	rphase_free(&r->body);
	strv_free(&r->where);
	free(r->unsaved_why);
	free(r->transcript);
	free(r);
}

static const struct view_ops round_ops = {
	.name = "Round",
	.keys = round_keys,
	.bar = round_bar,
	.draw = round_draw,
	.key = round_key,
	.layout = round_layout,
	.tick_ms = round_tick_ms,
	.tick = round_tick,
	.close = round_close,
	.title = round_title,
	.bar_name = round_bar_name,
};

struct view *round_open(struct app *a, struct session *s, const char *message, bool warn)
{
	struct round *r = xcalloc(1, sizeof *r);
	r->v.ops = &round_ops;
	r->v.app = a;
	r->s = s;
	if (!session_rescue_dirs_of(s)->n) { /* for save elsewhere's pointer, and leaving unsaved */
		struct strv dirs = {0};
		session_rescue_dirs(a->opts ? a->opts->env : NULL, &dirs);
		session_set_rescue_dirs(s, &dirs);
		strv_free(&dirs);
	}
	r->at_round = (size_t)-1;
	if (session_ended_at(s)) /* reopened after the end: its transcript was written then */
		round_find_transcript(r);
	if (message)
		app_message(a, warn ? PAL_WARN : PAL_OK, "%s", message);
	return &r->v;
}

/* The first error of d as one line, for the key line. */
static const char *round_first_error(const struct diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].severity == DIAG_ERROR)
			return d->v[i].message;
	return "the round could not be opened";
}

/* A round resumed from a rescue copy goes back to its folder when it can:
 * what to say about it, or NULL when it is no rescue copy (caller frees). */
static char *round_return(struct session *s)
{
	struct diags d = {0};
	char *home = NULL;
	int rc = session_rescue_return(s, &home, &d);
	char *msg = rc > 0 ? xasprintf("Resumed from its rescue copy, and put back in %s", home)
		    : rc < 0 ? xasprintf("Resumed from the rescue copy; not put back in its folder (%s)",
				     rsave_why(&d))
			     : NULL;
	free(home);
	diags_free(&d);
	return msg;
}

void round_push(struct app *a, struct session *s, int st, const struct diags *d, bool resumed)
{
	char *back = resumed && st != SESSION_INVALID ? round_return(s) : NULL;
	char *msg = st != SESSION_OK ? rsave_message(st, d, NULL)
		    : back	     ? back
		    : resumed	     ? xstrdup(rsave_resume_message(s))
				     : xstrdup("Round started: each change is saved as it happens");
	if (back && msg != back)
		free(back);
	struct view *v = round_open(a, s, msg, st != SESSION_OK || session_torn_tail(s));
	if (session_n_pending(s))
		((struct round *)v)->unsaved_why = xstrdup(rsave_why(d));
	app_push(a, v);
	if (resumed)
		round_restore_draft((struct round *)v);
	free(msg);
}

bool round_start(struct app *a, const struct session_opts *o)
{
	struct session *s = NULL;
	struct diags d = {0};
	int st = session_start(&s, a->opts->cat, o, &d);
	if (s)
		round_push(a, s, st, &d, false);
	else
		app_message(a, PAL_WARN, "Not started: %s", round_first_error(&d));
	diags_free(&d);
	return s != NULL;
}

bool round_resume(struct app *a, const char *path)
{
	struct session *s = NULL;
	struct diags d = {0};
	int st = session_resume(&s, a->opts->cat, path, &d);
	if (s)
		round_push(a, s, st, &d, true);
	else
		app_message(a, PAL_WARN, "Not resumed: %s", round_first_error(&d));
	diags_free(&d);
	return s != NULL;
}
