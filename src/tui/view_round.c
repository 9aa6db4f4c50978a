/*
 * The phase screen: header (phase, timer, where, whose turn, what is still
 * to write, the saving banner) above the phase's text and items, which
 * scroll; the timer's ticks and keys; which key does what.  Keys act
 * through the session: round_move.c moves, round_cards.c reads and deals
 * cards, round_keep.c saves, writes the transcript, ends and leaves, and
 * round_write.c does the writing.
 */
#include "view_round.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/base/clock.h"
#include "core/base/xalloc.h"
#include "round_bar.h"
#include "round_int.h"
#include "round_save.h"
#include "view_projector.h"

static const enum action round_keys[] = {
	ACT_PH_WRITE,  ACT_PH_NOTE,    ACT_PH_NEXT,	ACT_PH_PREV,	ACT_UP,
	ACT_DOWN,      ACT_ED_PGUP,    ACT_ED_PGDN,	ACT_TOP,	ACT_BOTTOM,
	ACT_PH_EDIT,   ACT_PH_DELETE,  ACT_PH_SPEAKER,	ACT_PH_AUTHOR,	ACT_PH_CARD,
	ACT_PH_REDEAL, ACT_PH_CHOOSE,  ACT_PH_PUTBACK,
	ACT_PH_PAUSE,  ACT_PH_MINUTE,  ACT_PH_LESS,	ACT_PH_BELL,	ACT_PH_PROJECTOR, ACT_PH_ROUND,
	ACT_PH_TRANSCRIPT, ACT_PH_END, ACT_PH_RETRY,	ACT_PH_SAVEAS,	ACT_PH_QUIT,
	ACT_PH_ACTION, ACT_PH_CASE,    ACT_PH_REOPEN,  ACT_PH_JOIN,	ACT_PH_LEAVE,
	ACT_HELP,      ACT_NONE};
/* The keys the line may show; which of them it shows, and in what order,
 * follows the state at hand (round_bar_now, round_bar.h). */
static const enum action round_bar[] = {ACT_PH_ACTION, ACT_PH_WRITE, ACT_PH_NOTE,  ACT_PH_NEXT,
					ACT_PH_PREV,   ACT_HELP,     ACT_PH_QUIT,  ACT_PH_PAUSE,
					ACT_PH_END,    ACT_PH_CARD,  ACT_PH_TRANSCRIPT, ACT_PH_REOPEN,
					ACT_NONE};

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
	char *c = rphase_case(r->s);
	int case_rows = c ? 1 : 0;
	free(c);
	return 2 + case_rows + (int)r->where.n + (n ? (int)n : session_ended_at(r->s) ? 1 : 0);
}

/* The current phase's timer as the journal has it (fresh: another phase's was shown). */
static void round_load_timer(struct round *r, bool fresh)
{
	const struct session_clock *c =
		session_clock_of(r->s, session_round_index(r->s), session_phase_index(r->s));
	int64_t now = now_wall_ms();
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
	bool over = rtimer_text(&r->timer, now_wall_ms(), t, sizeof t);
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
	char *c = rphase_case(r->s); /* on every phase: what the group is thinking about */
	if (c)
		draw_text(y++, a.x + 1, a.w - 2, c, PAL_NORMAL);
	free(c);
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
		char *b = rphase_transcript(r->s, r->transcript, r->transcript_at, (time_t)now_wall_s(), w);
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

/* --- the timer ------------------------------------------------------------ */

/* 0 when the timer's text has changed since the last tick (or the bell is due), else the wait. */
static long round_tick_ms(const struct view *v)
{
	const struct round *r = (const struct round *)v;
	int64_t now = now_wall_ms();
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
	rtimer_text(&r->timer, now_wall_ms(), r->shown, sizeof r->shown);
	if (rtimer_ring(&r->timer, now_wall_ms())) {
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
				   : act == ACT_PH_LESS		 ? SESSION_TIMER_LESS
				   : rtimer_running(&r->timer) ? SESSION_TIMER_PAUSE
							       : SESSION_TIMER_RUN;
	struct diags d = {0};
	int st = session_timer(r->s, op, &d);
	return round_report(r, st, &d, op == SESSION_TIMER_MINUTE ? "A minute more (saved)"
				       : op == SESSION_TIMER_LESS  ? "A minute less (saved)"
				       : op == SESSION_TIMER_PAUSE ? "Timer paused (saved)"
								   : "Timer running again (saved)");
}

/* --- keys ----------------------------------------------------------------- */

static int round_key(struct view *v, int key, enum action act)
{
	struct round *r = (struct round *)v;
	switch (act) {
	case ACT_UP: case ACT_DOWN: case ACT_ED_PGUP: case ACT_ED_PGDN: case ACT_TOP: case ACT_BOTTOM:
		return round_move(r, act);
	case ACT_PH_NEXT: case ACT_PH_PREV: case ACT_PH_ROUND:
		return round_step(r, act);
	case ACT_PH_WRITE: return round_write(r, false);
	case ACT_PH_NOTE: return round_write(r, true);
	case ACT_PH_EDIT: return round_selected(r, RPH_ACTION) >= 0 ? round_action_edit(r) : round_edit(r);
	case ACT_PH_DELETE:
		return round_selected(r, RPH_ACTION) >= 0 ? round_action_delete(r) : round_delete(r);
	case ACT_PH_ACTION: return round_action(r);
	case ACT_PH_CASE: return round_case(r);
	case ACT_PH_REOPEN: return round_reopen(r);
	case ACT_PH_CARD: return round_read_card(r);
	case ACT_PH_REDEAL: return round_redeal(r);
	case ACT_PH_CHOOSE: return round_choose(r);
	case ACT_PH_PUTBACK: return round_put_back(r);
	case ACT_PH_SPEAKER: return round_speaker(r, 0);
	case ACT_PH_AUTHOR: return round_author(r);
	case ACT_PH_PAUSE: case ACT_PH_MINUTE: case ACT_PH_LESS: case ACT_PH_BELL:
		return round_timer_key(r, act);
	case ACT_PH_PROJECTOR:
		app_push(v->app, projector_open(v->app, r->s, &r->timer, round_card(r)));
		return R_REDRAW;
	case ACT_PH_TRANSCRIPT: return round_transcript(r);
	case ACT_PH_JOIN: return round_join(r);
	case ACT_PH_LEAVE: return round_leave(r);
	case ACT_PH_END: return round_end(r);
	case ACT_PH_RETRY: return round_retry(r);
	case ACT_PH_SAVEAS: return round_save_as(r);
	case ACT_PH_QUIT: case ACT_INTERRUPT: return round_quit(r);
	default: /* 2 to 9 pick a speaker as 1 does (PH_SPEAKER lists 1 alone) */
		return key > '1' && key <= '9' ? round_speaker(r, (size_t)(key - '1')) : R_PASS;
	}
}

/* Space's name follows the timer: "resume" while it is paused.  Short
 * names elsewhere, so that at 80 columns the key line holds what matters
 * (round_bar.h); an ended round's keep their full names. */
static const char *round_bar_name(const struct view *v, enum action a)
{
	const struct round *r = (const struct round *)v;
	if (session_ended_at(r->s))
		return NULL;
	switch (a) {
	case ACT_PH_PAUSE: return rtimer_running(&r->timer) ? NULL : "resume";
	case ACT_PH_MINUTE: case ACT_PH_LESS: return "min";
	case ACT_PH_NEXT: return "next";
	case ACT_PH_PREV: return "back";
	case ACT_PH_CARD: return "card";
	default: return NULL;
	}
}

/* Whether any card is in hand in the current round (o and p have one to show). */
static bool round_has_cards(const struct session *s)
{
	for (size_t i = 0; i < session_n_dealt(s); i++) {
		const struct dealt *x = session_dealt(s, i);
		if (!x->withdrawn && x->round == session_round_index(s))
			return true;
	}
	return false;
}

/* The key line for the state at hand (round_bar.h). */
static size_t round_bar_now(const struct view *v, enum action *out, size_t cap)
{
	const struct round *r = (const struct round *)v;
	const struct session *s = r->s;
	struct rbar_state st = {
		.ended = session_ended_at(s) != 0,
		.last = session_round_index(s) + 1 >= session_rounds(s) &&
			session_phase_index(s) + 1 >= session_n_phases(s),
		.timed = rtimer_timed(&r->timer),
		.cards = round_has_cards(s),
		.unsaved = session_n_pending(s) > 0,
		.actions = session_phase(s) && session_phase(s)->capture == CAPTURE_ACTIONS,
	};
	return rbar_actions(&st, out, cap);
}

static char *round_title(const struct view *v)
{
	const struct round *r = (const struct round *)v;
	return xstrdup(session_flow_title(r->s));
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
	.bar_now = round_bar_now,
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
