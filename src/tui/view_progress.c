#include "view_progress.h"

#include <stdlib.h>

#include "core/practice/practice_stats.h"
#include "core/base/xalloc.h"
#include "practice_app.h"
#include "practice_text.h"
#include "scroll_keys.h"

struct progress {
	struct view v;
	const struct doc *doc;
	struct practice_stats st;
	struct tlines lines;
	struct scroll sc;
};

static const enum action progress_keys[] = {ACT_UP,  ACT_DOWN,	 ACT_PGUP,  ACT_PGDN, ACT_TOP,
					    ACT_BOTTOM, ACT_CLOSE, ACT_HELP, ACT_NONE};
static const enum action progress_bar[] = {ACT_CLOSE, ACT_PGDN, ACT_PGUP, ACT_HELP, ACT_NONE};

static void progress_layout(struct view *v)
{
	struct progress *p = (struct progress *)v;
	size_t w = v->area.w > 6 ? (size_t)v->area.w - 4 : 2;
	tlines_free(&p->lines);
	ptext_progress(&p->st, &p->doc->deck, w < DRAW_MEASURE ? w : DRAW_MEASURE, &p->lines);
	scroll_set(&p->sc, p->lines.n, v->area.h > 2 ? (size_t)v->area.h - 2 : 1);
}

static void progress_draw(struct view *v)
{
	struct progress *p = (struct progress *)v;
	struct rect r = v->area;
	papp_draw_lines(&p->lines, &p->sc, (struct rect){r.y + 1, r.x + 2, (int)p->sc.rows, r.w - 4},
			0, 0, PAL_NORMAL);
	draw_more(r.y + r.h - 1, r.x + 2, r.w - 4, p->sc.top > 0,
		  p->sc.top < scroll_max_top(&p->sc));
}

static int progress_key(struct view *v, int key, enum action act)
{
	struct progress *p = (struct progress *)v;
	(void)key;
	return act == ACT_CLOSE ? R_CLOSE : scroll_keys_read(&p->sc, act);
}

static char *progress_title(const struct view *v)
{
	const struct progress *p = (const struct progress *)v;
	return xasprintf("Your progress · %s", p->doc->title ? p->doc->title : p->doc->id);
}

static void progress_close(struct view *v)
{
	struct progress *p = (struct progress *)v;
	practice_stats_free(&p->st);
	tlines_free(&p->lines);
	free(p);
}

static const struct view_ops progress_ops = {
	.name = "Your progress",
	.keys = progress_keys,
	.bar = progress_bar,
	.draw = progress_draw,
	.key = progress_key,
	.layout = progress_layout,
	.close = progress_close,
	.title = progress_title,
};

struct view *progress_open(struct app *a, const struct doc *deck)
{
	struct progress *p = xcalloc(1, sizeof *p);
	struct practice_log log = {0};
	p->v.ops = &progress_ops;
	p->v.app = a;
	p->doc = deck;
	papp_log_load(a, &log); /* a journal that cannot be read shows as no answers, and says why */
	practice_stats_build(&p->st, &log, deck->id, a->opts->cat);
	practice_log_free(&log);
	return &p->v;
}
