/*
 * The rounds on the home screen: the newest kept (rounds_recent), one line
 * each in columns lined up by their width on screen (a flow or a name in
 * any script), a line for how many more, and the selected one's details
 * where the menu's sentence goes.
 */
#include <stdlib.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/round/rounds_recent.h"
#include "home_int.h"
#include "rounds_int.h"
#include "rounds_text.h"
#include "view_round.h"

/* A round's columns: its day, its flow, where it stands, its people. */
struct home_row {
	char *date, *reached, *people;
	const char *flow;
};

/* The mark before a round where typed text waits unsaved. */
#define HOME_UNSAVED "*"

void home_read_rounds(struct home *h)
{
	if (h->given) {
		h->given = false; /* read once more the next time it is asked */
		return;
	}
	session_info_free(h->rounds, h->n_rounds);
	h->rounds = rounds_list(h->v.app, &h->n_rounds, NULL);
}

void home_place_rounds(struct home *h, struct rect room)
{
	h->list = (struct rect){0};
	h->hint_y = -1;
	h->n_recent = 0;
	if (h->n_rounds && room.h >= 3) {
		size_t rows = (size_t)room.h - 1 - (h->n_rounds > (size_t)room.h - 1);
		h->n_recent = rounds_recent(h->rounds, h->n_rounds,
					    rows < HOME_RECENT_MAX ? rows : HOME_RECENT_MAX, h->recent);
		h->list = room;
	} else if (h->n_rounds && room.h >= 1) {
		h->hint_y = room.y;
	}
	if (h->round_sel >= h->n_recent)
		h->round_sel = h->n_recent ? h->n_recent - 1 : 0;
	h->on_round = h->on_round && h->n_recent;
}

const struct session_info *home_selected_round(const struct home *h)
{
	return h->on_round && h->round_sel < h->n_recent ? &h->rounds[h->recent[h->round_sel]]
							 : NULL;
}

static int home_widest(int w, const char *s)
{
	int sw = (int)utf8_width(s);
	return sw > w ? sw : w;
}

/* The columns' widths for the rows shown in w columns: each as wide as its
 * widest cell, the flow's at most a third of the row; people take the rest
 * (none when too little is left: the details say who). */
static void home_widths(const struct home_row *rows, size_t n, int w, int col[4])
{
	col[0] = col[1] = col[2] = 0;
	for (size_t i = 0; i < n; i++) {
		col[0] = home_widest(col[0], rows[i].date);
		col[1] = home_widest(col[1], rows[i].flow);
		col[2] = home_widest(col[2], rows[i].reached);
	}
	int mark = 2, gaps = 6;
	if (col[1] > w / 3)
		col[1] = w / 3 > 8 ? w / 3 : 8;
	col[3] = w - mark - col[0] - col[1] - col[2] - gaps;
	if (col[3] < 6) { /* a narrow window: the flow gives way, then people go */
		col[1] += col[3] - 6;
		col[3] = 6;
		if (col[1] < 8) {
			col[1] = 8;
			col[3] = 0;
		}
	}
}

static void home_draw_row(const struct home *h, const struct home_row *row, size_t i, int y,
			  const int col[4])
{
	const struct session_info *si = &h->rounds[h->recent[i]];
	bool sel = h->on_round && h->round_sel == i;
	enum pal p = sel ? PAL_SELECT : PAL_NORMAL;
	int x = h->list.x, w = h->list.w;
	draw_fill(y, x, w, p);
	if (session_info_unsaved(si))
		draw_text(y, x, 1, HOME_UNSAVED, sel ? p : PAL_WARN);
	x += 2;
	draw_text(y, x, col[0], row->date, p);
	x += col[0] + 2;
	draw_text(y, x, col[1], row->flow, p);
	x += col[1] + 2;
	draw_text(y, x, col[2], row->reached, sel || si->ended ? p : PAL_OK);
	x += col[2] + 2;
	if (col[3] > 0)
		draw_text(y, x, h->list.x + w - x, row->people, sel ? p : PAL_DIM);
}

/* The heading over the rounds, and the line under them for those not shown. */
static void home_draw_frame(const struct home *h, bool unsaved)
{
	struct rect r = h->list;
	draw_text(r.y, r.x, r.w,
		  unsaved ? "Rounds kept, newest first (" HOME_UNSAVED ": unsaved text waits)"
			  : "Rounds kept, newest first",
		  PAL_HEADING);
	size_t more = h->n_rounds - h->n_recent;
	if (more) {
		char *line = xasprintf("… and %zu more: a lists every round", more);
		draw_text(r.y + 1 + (int)h->n_recent, r.x, r.w, line, PAL_DIM);
		free(line);
	}
}

/* The selected round's two lines (when it cannot be resumed, why and what to do). */
static void home_draw_details(const struct home *h, struct rect about)
{
	const struct session_info *si = home_selected_round(h);
	if (!si || about.h <= 0)
		return;
	int line;
	char *why = rounds_why(h->v.app, si, NULL, &line), *one, *two;
	rounds_row(si, rounds_flow_title(h->v.app, si), why, line, &one, &two);
	draw_text(about.y, about.x, about.w, one, why && !si->ended ? PAL_WARN : PAL_NORMAL);
	if (why && !si->ended) {
		char *advice = rounds_advice(si, why);
		draw_wrap_cut((struct rect){about.y + 1, about.x, about.h - 1, about.w}, advice,
			      PAL_WARN);
		free(advice);
	} else {
		draw_wrap_cut((struct rect){about.y + 1, about.x, about.h - 1, about.w}, two + 2,
			      PAL_NORMAL);
	}
	free(one);
	free(two);
	free(why);
}

void home_draw_rounds(const struct home *h, struct rect about)
{
	if (h->hint_y >= 0) {
		char *hint = xasprintf("%zu round%s kept: a lists %s", h->n_rounds,
				       h->n_rounds == 1 ? "" : "s", h->n_rounds == 1 ? "it" : "them");
		draw_text(h->hint_y, h->v.area.x + 2, h->v.area.w - 4, hint, PAL_DIM);
		free(hint);
	}
	if (h->list.h <= 0)
		return;
	struct home_row rows[HOME_RECENT_MAX];
	bool unsaved = false;
	for (size_t i = 0; i < h->n_recent; i++) {
		const struct session_info *si = &h->rounds[h->recent[i]];
		rows[i] = (struct home_row){rounds_date(si), rounds_reached(si),
					    rounds_people(&si->people), rounds_flow_title(h->v.app, si)};
		unsaved = unsaved || session_info_unsaved(si);
	}
	int col[4];
	home_widths(rows, h->n_recent, h->list.w, col);
	home_draw_frame(h, unsaved);
	for (size_t i = 0; i < h->n_recent; i++) {
		home_draw_row(h, &rows[i], i, h->list.y + 1 + (int)i, col);
		free(rows[i].date);
		free(rows[i].reached);
		free(rows[i].people);
	}
	if (h->side) /* under the list, as wide */
		about = (struct rect){h->list.y + 2 + (int)h->n_recent + (h->n_rounds > h->n_recent),
				      h->list.x, 2, h->list.w};
	home_draw_details(h, about);
}

int home_resume_round(struct home *h)
{
	const struct session_info *si = home_selected_round(h);
	if (!si)
		return R_NONE;
	struct app *a = h->v.app;
	int line;
	char *why = rounds_why(a, si, NULL, &line);
	if (why && !si->ended) {
		char *advice = rounds_advice(si, why);
		app_message(a, PAL_WARN, "%s", advice);
		free(advice);
	} else {
		char *path = xstrdup(si->path); /* the list is read again when the round closes */
		round_resume(a, path);
		free(path);
	}
	free(why);
	return R_REDRAW;
}
