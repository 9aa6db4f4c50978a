#include "view_write.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/clock.h"
#include "core/base/rng.h"
#include "core/base/xalloc.h"
#include "core/practice/practice_draft.h"
#include "core/practice/practice_writer.h"
#include "practice_app.h"
#include "practice_text.h"
#include "round_timer.h"
#include "scroll.h"
#include "scroll_keys.h"
#include "tlines.h"
#include "view_drill.h"
#include "view_editor.h"
#include "write_page.h"

#define SIDE_BY_SIDE 72 /* columns from which the two lists stand side by side */

struct pwrite {
	struct view v;
	struct practice_store store;
	struct practice_writer pw;   /* the run: its steps, the exercise, where it is */
	struct tlines lines, theirs; /* the main text; the card's side when side by side */
	size_t *q_from;		     /* per question: its first line in lines, and one more */
	struct scroll sc, sc2;
	bool side;
	struct rtimer timer; /* the step's suggested time: a quiet countdown */
	char shown[32];	     /* the clock as last drawn */
};

static const enum action pwrite_keys[] = {
	ACT_PR_WRITE, ACT_PR_STEP, ACT_PR_STEP_BACK, ACT_PR_COMPARE, ACT_PR_ON_TARGET,
	ACT_PR_NOT_YET, ACT_PR_DRILL, ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_CLOSE,
	ACT_HELP, ACT_NONE};
static const enum action pwrite_bar[] = {ACT_PR_WRITE,	   ACT_PR_ON_TARGET, ACT_PR_NOT_YET,
					 ACT_PR_DRILL,	   ACT_PR_STEP,	     ACT_PR_STEP_BACK,
					 ACT_CLOSE,	   ACT_HELP,	     ACT_NONE};

static struct wpage pw_page(const struct pwrite *p)
{
	const struct practice_writer *pw = &p->pw;
	return (struct wpage){.steps = &pw->steps, .step = pw->step, .w = &pw->w,
			      .exercise = pw->exercise, .n = pw->n, .sel = pw->sel};
}

/* --- the clock ------------------------------------------------------------ */

/* Shows the step's countdown going on from the time already spent there. */
static void pw_clock_load(struct pwrite *p, int64_t now)
{
	int64_t used, since;
	int64_t length = practice_writer_timing(&p->pw, &used, &since);
	rtimer_load(&p->timer, length, used, since, now, true);
	rtimer_text(&p->timer, now, p->shown, sizeof p->shown);
}

/* "5:42 left", "+0:12 over", or "" (untimed) into buf. */
static void pw_clock(const struct pwrite *p, char *buf, size_t n)
{
	char t[32];
	if (!rtimer_timed(&p->timer)) {
		*buf = '\0';
		return;
	}
	bool over = rtimer_text(&p->timer, now_mono_ms(), t, sizeof t);
	snprintf(buf, n, "%s%s", t, over ? "" : " left");
}

/* 0 when the clock shown has changed; -1 untimed, so an untimed step never wakes the loop. */
static long pwrite_tick_ms(const struct view *v)
{
	const struct pwrite *p = (const struct pwrite *)v;
	int64_t now = now_mono_ms();
	char t[32];
	long wait = rtimer_wait_ms(&p->timer, now);
	if (wait < 0)
		return -1;
	rtimer_text(&p->timer, now, t, sizeof t);
	return strcmp(t, p->shown) != 0 ? 0 : wait;
}

static int pwrite_tick(struct view *v)
{
	struct pwrite *p = (struct pwrite *)v;
	rtimer_text(&p->timer, now_mono_ms(), p->shown, sizeof p->shown);
	return R_REDRAW; /* quiet: no bell, and it never moves on */
}

/* --- layout and drawing ------------------------------------------------- */

static void pw_done_lines(struct pwrite *p, size_t w)
{
	const struct practice_writer *pw = &p->pw;
	char *s = xasprintf("You wrote %zu question%s in %zu exercise%s: %zu on target, %zu not yet.",
			    pw->written, pw->written == 1 ? "" : "s", pw->exercise,
			    pw->exercise == 1 ? "" : "s", pw->on_target, pw->not_yet);
	tlines_add(&p->lines, "The run is over", w, TL_HEADING, NULL);
	tlines_add(&p->lines, s, w, TL_NORMAL, NULL);
	free(s);
	if (pw->notes) {
		s = xasprintf("And %zu note%s.", pw->notes, pw->notes == 1 ? "" : "s");
		tlines_add(&p->lines, s, w, TL_NORMAL, NULL);
		free(s);
	}
	tlines_gap(&p->lines);
	tlines_add(&p->lines, "Everything you wrote is kept. To print it as Markdown for a "
			      "supervision log: rucksack practice --export",
		   w, TL_NORMAL, NULL);
}

/* Keeps the selected question's lines in view. */
static void pw_show_sel(struct pwrite *p)
{
	if (!practice_writer_can_mark(&p->pw))
		return;
	size_t from = p->q_from[p->pw.sel], to = p->q_from[p->pw.sel + 1];
	if (from < p->sc.top)
		p->sc.top = from;
	else if (to > p->sc.top + p->sc.rows)
		p->sc.top = to > p->sc.rows ? to - p->sc.rows : 0;
	p->sc.sel = p->sc.top; /* text scrolling: the place is top */
	scroll_set(&p->sc, p->sc.n, p->sc.rows);
}

static void pwrite_layout(struct view *v)
{
	struct pwrite *p = (struct pwrite *)v;
	size_t w = v->area.w > 6 ? (size_t)v->area.w - 4 : 2;
	size_t rows = v->area.h > 3 ? (size_t)v->area.h - 3 : 1;
	bool checking = practice_writer_checking(&p->pw);
	p->side = checking && v->area.w >= SIDE_BY_SIDE;
	size_t half = p->side ? (w - 3) / 2 : (w < DRAW_MEASURE ? w : DRAW_MEASURE);
	tlines_free(&p->lines);
	tlines_free(&p->theirs);
	p->q_from = xrealloc(p->q_from, (p->pw.w.questions.n + 1) * sizeof *p->q_from);
	struct wpage pg = pw_page(p);
	if (p->pw.done)
		pw_done_lines(p, half);
	else
		wpage_lines(&pg, half, &p->lines, &p->theirs, p->q_from);
	if (checking && !p->side) {
		tlines_gap(&p->lines);
		for (size_t i = 0; i < p->theirs.n; i++)
			tlines_add(&p->lines, p->theirs.v[i].text, (size_t)-1 / 4,
				   p->theirs.v[i].style, NULL);
		tlines_free(&p->theirs);
	}
	scroll_set(&p->sc, p->lines.n, rows);
	scroll_set(&p->sc2, p->theirs.n, rows);
	pw_show_sel(p);
}

static void pwrite_draw(struct view *v)
{
	struct pwrite *p = (struct pwrite *)v;
	struct rect r = v->area;
	int w = r.w - 4, half = p->side ? (w - 3) / 2 : w;
	size_t hf = 0, ht = 0;
	if (!p->pw.done) {
		char clock[48];
		pw_clock(p, clock, sizeof clock);
		struct wpage pg = pw_page(p);
		char *head = wpage_header(&pg, clock, (size_t)w);
		draw_text(r.y, r.x + 2, w, head, PAL_HEADING);
		free(head);
	}
	if (practice_writer_can_mark(&p->pw))
		hf = p->q_from[p->pw.sel], ht = p->q_from[p->pw.sel + 1];
	papp_draw_lines(&p->lines, &p->sc, (struct rect){r.y + 2, r.x + 2, (int)p->sc.rows, half},
			hf, ht, PAL_SELECT);
	draw_more(r.y + r.h - 1, r.x + 2, half, p->sc.top > 0, p->sc.top < scroll_max_top(&p->sc));
	if (!p->side)
		return;
	int x = r.x + 2 + half + 3;
	for (int y = r.y + 2; y < r.y + r.h - 1; y++)
		draw_text(y, x - 2, 1, "│", PAL_FRAME);
	papp_draw_lines(&p->theirs, &p->sc2, (struct rect){r.y + 2, x, (int)p->sc2.rows, w - half - 3},
			0, 0, PAL_NORMAL);
	draw_more(r.y + r.h - 1, x, w - half - 3, p->sc2.top > 0,
		  p->sc2.top < scroll_max_top(&p->sc2));
}

/* --- writing ------------------------------------------------------------ */

static int pw_save(void *data, const char *text, char **msg)
{
	struct pwrite *p = data;
	struct diags d = {0};
	bool note = practice_writer_step(&p->pw)->note;
	if (practice_write_blank(text)) {
		*msg = xasprintf("Type a %s first (Esc closes without keeping anything).",
				 note ? "note" : "question");
		return 1;
	}
	long i = practice_writer_add(&p->pw, text, now_wall_s(), &d);
	if (i < 0) {
		*msg = xasprintf("Not kept: %s", d.n ? d.v[0].message : "the journal cannot be written");
		diags_free(&d);
		return 1;
	}
	diags_free(&d);
	pwrite_layout(&p->v);
	if (!practice_writer_checking(&p->pw)) /* show the list it joined */
		scroll_by(&p->sc, (long)p->sc.n);
	app_message(p->v.app, PAL_OK, "Kept: %s %ld of this exercise.", note ? "note" : "question",
		    i + 1);
	return 0;
}

/* Typing paused: the text is kept as the draft, so a crash loses none of it. */
static void pw_draft(void *data, const char *text)
{
	struct pwrite *p = data;
	struct diags d = {0};
	if (practice_draft_keep(p->store.path, text, &d) != 0)
		app_message(p->v.app, PAL_WARN, "The draft could not be kept: %s",
			    d.n ? d.v[0].message : "write error");
	diags_free(&d);
}

/* Closing: on quit or a signal the text stays the draft; kept or cancelled, it goes. */
static void pw_closed(void *data, const char *unsaved)
{
	struct pwrite *p = data;
	if (unsaved && p->v.app->quitting && !practice_write_blank(unsaved))
		pw_draft(p, unsaved);
	else
		practice_draft_drop(p->store.path);
}

static int pw_write(struct pwrite *p)
{
	const struct practice_step *st = practice_writer_step(&p->pw);
	const struct card *v = &p->pw.vignettes->deck.cards[p->pw.w.vignette];
	const struct card *c = &p->pw.drill->deck.cards[p->pw.w.card];
	char *title, *ctx;
	if (st->note) {
		title = xasprintf("Note · %s", st->title);
		ctx = xasprintf("%s", st->guidance ? st->guidance : st->title);
	} else {
		title = xasprintf("Question · %s", ptext_card_title(c));
		ctx = xasprintf("%s: %s\nWrite a question of this type: %s.", ptext_card_title(v),
				v->body ? v->body : "", ptext_card_title(c));
	}
	struct diags d = {0};
	char *draft = practice_draft_read(p->store.path, &d);
	struct editor_opts o = {.title = title, .context = ctx, .text = draft, .dirty = draft != NULL,
				.save = pw_save, .draft = pw_draft, .closed = pw_closed, .data = p,
				/* a text left in $EDITOR comes back as the draft */
				.handover_owner = p->store.path};
	app_push(p->v.app, editor_open(p->v.app, &o));
	if (draft)
		app_message(p->v.app, PAL_OK, "Your unsaved text is back: Ctrl-S keeps it.");
	else if (d.n)
		app_message(p->v.app, PAL_WARN, "%s: %s", d.v[0].file, d.v[0].message);
	diags_free(&d);
	free(draft);
	free(title);
	free(ctx);
	return R_REDRAW;
}

/* --- moving on ---------------------------------------------------------- */

/* Shows the step, exercise or end the run has moved to, from its top, its
 * clock loaded as of now (the time the run was moved at). */
static int pw_moved(struct pwrite *p, int64_t now)
{
	p->sc.top = p->sc.sel = p->sc2.top = p->sc2.sel = 0;
	pw_clock_load(p, now);
	pwrite_layout(&p->v);
	return R_REDRAW;
}

static int pw_hint(struct pwrite *p)
{
	const struct practice_step *st = practice_writer_step(&p->pw);
	const char *h = !st ? "Enter or Esc: leave"
			: st->kind == PSTEP_CHECK ? "↑↓: choose a question · o: on target · x: not yet · Enter: next step"
			: st->kind == PSTEP_WRITE ? "w: write a question · c: compare · Enter: next step · Esc: leave"
			: st->drill ? "d: name it now · w: write a note · Enter: next step · ←: back"
			: st->note ? "w: write a note · Enter: next step · ←: back"
				   : "Enter: next step · ←: back · Esc: leave";
	app_message(p->v.app, PAL_NORMAL, "%s", h);
	return R_REDRAW;
}

static int pw_leave(struct pwrite *p)
{
	if (practice_writer_leave(&p->pw))
		return R_CLOSE;
	return pw_moved(p, now_mono_ms());
}

static int pw_mark(struct pwrite *p, enum practice_mark m)
{
	struct diags d = {0};
	if (practice_writer_mark(&p->pw, m, now_wall_s(), &d) != 0)
		papp_say(p->v.app, &d); /* not recorded: stay on it to try again */
	diags_free(&d);
	pwrite_layout(&p->v);
	return R_REDRAW;
}

/* Name it on the target deck, from the step that offers it. */
static int pw_drill(struct pwrite *p)
{
	if (!practice_writer_offers_drill(&p->pw))
		return pw_hint(p);
	struct practice_setup s = practice_writer_drill_setup(&p->pw, rng_fresh_seed());
	struct view *d = drill_open(p->v.app, &s);
	if (d)
		app_push(p->v.app, d);
	return R_REDRAW;
}

static int pw_move(struct pwrite *p, enum action act)
{
	bool list = practice_writer_can_mark(&p->pw);
	if (list && (act == ACT_UP || act == ACT_DOWN)) {
		if (!practice_writer_select_by(&p->pw, act == ACT_UP ? -1 : 1))
			return R_NONE;
		pwrite_layout(&p->v);
		return R_REDRAW;
	}
	struct scroll *sc = p->side ? &p->sc2 : &p->sc;
	if (act == ACT_UP || act == ACT_DOWN)
		return scroll_keys_read(&p->sc, act);
	return scroll_keys_read(list ? sc : &p->sc, act);
}

/* Enter on, ← back, c to the check step and from it back to the writing:
 * each moves the run where it can, else says which keys do. */
static int pw_step_key(struct pwrite *p, enum action act)
{
	int64_t now = now_mono_ms();
	if (act == ACT_PR_STEP && p->pw.done)
		return R_CLOSE;
	bool moved = act == ACT_PR_STEP	       ? practice_writer_forward(&p->pw, now)
		     : act == ACT_PR_STEP_BACK ? practice_writer_back(&p->pw, now)
					       : practice_writer_compare(&p->pw, now);
	return moved ? pw_moved(p, now) : pw_hint(p);
}

static int pwrite_key(struct view *v, int key, enum action act)
{
	struct pwrite *p = (struct pwrite *)v;
	switch (act) {
	case ACT_PR_WRITE:
		return practice_writer_can_write(&p->pw) ? pw_write(p) : pw_hint(p);
	case ACT_PR_ON_TARGET:
	case ACT_PR_NOT_YET:
		if (!practice_writer_can_mark(&p->pw))
			return pw_hint(p);
		return pw_mark(p, act == ACT_PR_ON_TARGET ? MARK_ON_TARGET : MARK_NOT_YET);
	case ACT_PR_STEP:
	case ACT_PR_STEP_BACK:
	case ACT_PR_COMPARE:
		return pw_step_key(p, act);
	case ACT_PR_DRILL:
		return pw_drill(p);
	case ACT_UP:
	case ACT_DOWN:
	case ACT_PGUP:
	case ACT_PGDN:
		return pw_move(p, act);
	case ACT_CLOSE:
		return pw_leave(p);
	case ACT_HELP:
	case ACT_INTERRUPT:
	case ACT_REDRAW:
		return R_PASS;
	default:
		return key == K_RESIZE ? R_NONE : pw_hint(p);
	}
}

static const char *pwrite_bar_name(const struct view *v, enum action a)
{
	const struct practice_writer *pw = &((const struct pwrite *)v)->pw;
	const struct practice_step *st = practice_writer_step(pw);
	if (!st)
		return a == ACT_PR_STEP ? "leave" : a == ACT_CLOSE || a == ACT_HELP ? NULL : "";
	if (a == ACT_PR_ON_TARGET || a == ACT_PR_NOT_YET)
		return practice_writer_can_mark(pw) ? NULL : "";
	if (a == ACT_PR_WRITE)
		return st->note ? "note" : st->kind == PSTEP_READ ? "" : NULL;
	if (a == ACT_PR_STEP_BACK && !pw->step)
		return "";
	if (a == ACT_PR_DRILL)
		return st->drill ? NULL : "";
	if (a == ACT_PR_STEP && pw->step + 1 >= pw->steps.n)
		return practice_writer_more(pw) ? "next exercise" : "finish";
	return NULL;
}

static char *pwrite_title(const struct view *v)
{
	const struct practice_writer *pw = &((const struct pwrite *)v)->pw;
	const struct doc *d = pw->steps.flow ? pw->steps.flow : pw->drill;
	return xasprintf("Write it · %s", d->title ? d->title : d->id);
}

static void pwrite_close(struct view *v)
{
	struct pwrite *p = (struct pwrite *)v;
	practice_writer_free(&p->pw);
	practice_store_close(&p->store);
	tlines_free(&p->lines);
	tlines_free(&p->theirs);
	free(p->q_from);
	free(p);
}

static const struct view_ops pwrite_ops = {
	.name = "Write it",
	.keys = pwrite_keys,
	.bar = pwrite_bar,
	.draw = pwrite_draw,
	.key = pwrite_key,
	.layout = pwrite_layout,
	.tick_ms = pwrite_tick_ms,
	.tick = pwrite_tick,
	.close = pwrite_close,
	.title = pwrite_title,
	.bar_name = pwrite_bar_name,
};

/* The run setup asks for; false with the reason on a's key line. */
static bool pw_prepare(struct pwrite *p, struct app *a, const struct practice_setup *setup)
{
	struct diags d = {0};
	int rc = practice_writer_prepare(&p->pw, a->opts->cat, setup, &d);
	if (rc != 0)
		papp_say(a, &d);
	diags_free(&d);
	return rc == 0;
}

struct view *pwrite_open(struct app *a, const struct practice_setup *setup)
{
	struct pwrite *p = xcalloc(1, sizeof *p);
	p->v.ops = &pwrite_ops;
	p->v.app = a;
	int64_t now = now_mono_ms();
	if (!pw_prepare(p, a, setup) || papp_store_open(a, &p->store) != 0 ||
	    practice_writer_start(&p->pw, p->store.journal, now) != 0) {
		if (p->pw.drill && p->pw.vignettes && p->store.journal)
			app_message(a, PAL_WARN, "Nothing to deal: no card has examples or prompts.");
		pwrite_close(&p->v);
		return NULL;
	}
	pw_clock_load(p, now);
	if (p->pw.steps.fallback)
		app_message(a, PAL_DIM, "Built-in steps: %s.", p->pw.steps.fallback);
	return &p->v;
}
