#include "view_drill_summary.h"

#include <stdlib.h>

#include "core/base/xalloc.h"
#include "practice_app.h"
#include "practice_text.h"
#include "scroll_keys.h"
#include "view_progress.h"

struct summary {
	struct view v;
	struct practice_drill dr;
	struct tlines lines;
	struct scroll sc;
};

static const enum action summary_keys[] = {ACT_UP,  ACT_DOWN,	ACT_PGUP,	 ACT_PGDN,
					   ACT_TOP, ACT_BOTTOM, ACT_PR_PROGRESS, ACT_CLOSE,
					   ACT_HELP, ACT_NONE};
static const enum action summary_bar[] = {ACT_CLOSE, ACT_PR_PROGRESS, ACT_PGDN, ACT_HELP,
					  ACT_NONE};

static void summary_layout(struct view *v)
{
	struct summary *s = (struct summary *)v;
	size_t w = v->area.w > 6 ? (size_t)v->area.w - 4 : 2;
	tlines_free(&s->lines);
	ptext_summary(&s->dr, w < DRAW_MEASURE ? w : DRAW_MEASURE, &s->lines);
	tlines_gap(&s->lines);
	tlines_add(&s->lines, "Every answer is kept; the ones you missed come back first next time.",
		   w < DRAW_MEASURE ? w : DRAW_MEASURE, TL_DIM, NULL);
	scroll_set(&s->sc, s->lines.n, v->area.h > 2 ? (size_t)v->area.h - 2 : 1);
}

static void summary_draw(struct view *v)
{
	struct summary *s = (struct summary *)v;
	struct rect r = v->area;
	papp_draw_lines(&s->lines, &s->sc, (struct rect){r.y + 1, r.x + 2, (int)s->sc.rows, r.w - 4},
			0, 0, PAL_NORMAL);
	draw_more(r.y + r.h - 1, r.x + 2, r.w - 4, s->sc.top > 0,
		  s->sc.top < scroll_max_top(&s->sc));
}

static int summary_key(struct view *v, int key, enum action act)
{
	struct summary *s = (struct summary *)v;
	(void)key;
	switch (act) {
	case ACT_PR_PROGRESS:
		app_push(v->app, progress_open(v->app, s->dr.doc));
		return R_REDRAW;
	case ACT_CLOSE:
		return R_CLOSE;
	default:
		return scroll_keys_read(&s->sc, act);
	}
}

static char *summary_title(const struct view *v)
{
	const struct summary *s = (const struct summary *)v;
	return xasprintf("Name it · %s · summary", s->dr.doc->title ? s->dr.doc->title : s->dr.doc->id);
}

static void summary_close(struct view *v)
{
	struct summary *s = (struct summary *)v;
	practice_drill_free(&s->dr);
	tlines_free(&s->lines);
	free(s);
}

static const struct view_ops summary_ops = {
	.name = "Run summary",
	.keys = summary_keys,
	.bar = summary_bar,
	.draw = summary_draw,
	.key = summary_key,
	.layout = summary_layout,
	.close = summary_close,
	.title = summary_title,
};

struct view *drill_summary_open(struct app *a, struct practice_drill *dr)
{
	struct summary *s = xcalloc(1, sizeof *s);
	s->v.ops = &summary_ops;
	s->v.app = a;
	s->dr = *dr;
	s->dr.journal = NULL; /* nothing more is recorded from here */
	*dr = (struct practice_drill){0};
	return &s->v;
}
