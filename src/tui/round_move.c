/*
 * Moving on the phase screen: scrolling its body, the selection from item
 * to item (never left on one the screen does not show), and stepping to the
 * next or previous phase or round.
 */
#include "core/round/session.h"
#include "round_int.h"

/* Rows for the body's lines: all below the head, but the last when they do
 * not all fit (the "more" marker has that row to itself, covering nothing). */
size_t round_body_rows(const struct round *r)
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
void round_show_line(struct round *r, size_t i)
{
	size_t rows = round_body_rows(r), end = round_item_end(r, i);
	if (end - r->sc.top > rows)
		r->sc.top = end > rows ? end - rows : 0;
	if (i < r->sc.top)
		r->sc.top = i;
	r->sc.sel = r->sc.top;
	scroll_set(&r->sc, r->body.t.n, rows);
}

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

int round_move(struct round *r, enum action act)
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

int round_step(struct round *r, enum action act)
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
