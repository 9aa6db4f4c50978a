#include "view_help.h"

#include <stdlib.h>

#include "core/base/strv.h"
#include "core/base/xalloc.h"
#include "scroll_keys.h"

struct help {
	struct view v;
	const struct view *of;
	struct strv lines; /* as drawn: headings start with "\x01" */
	struct scroll sc;
};

#define HELP_HEADING '\x01'

/* The lines for the width of the window. */
static void help_lines(struct help *h, size_t cols)
{
	const struct view *of = h->of;
	strv_free(&h->lines);
	strv_push_owned(&h->lines, xasprintf("%cKeys on this screen (%s)", HELP_HEADING,
					     of->ops->name));
	keys_help_lines(of->ops->keys, of->ops->flags & VIEW_TEXT, cols, &h->lines);
	strv_push(&h->lines, "");
	strv_push_owned(&h->lines, xasprintf("%cKeys on every screen", HELP_HEADING));
	keys_help_lines(app_global_keys, false, cols, &h->lines);
}

static const enum action help_keys[] = {ACT_UP,	 ACT_DOWN,  ACT_PGUP, ACT_PGDN,
					ACT_TOP, ACT_BOTTOM, ACT_CLOSE, ACT_HELP, ACT_NONE};
static const enum action help_bar[] = {ACT_CLOSE, ACT_DOWN, ACT_UP, ACT_NONE};

static void help_layout(struct view *v)
{
	struct help *h = (struct help *)v;
	help_lines(h, v->area.w > 6 ? (size_t)v->area.w - 6 : 1);
	scroll_set(&h->sc, h->lines.n, v->area.h > 2 ? (size_t)v->area.h - 2 : 1);
}

static void help_draw(struct view *v)
{
	struct help *h = (struct help *)v;
	struct rect r = v->area;
	for (size_t i = h->sc.top; i < h->lines.n && (int)(i - h->sc.top) < r.h - 2; i++) {
		const char *s = h->lines.v[i];
		int y = r.y + 1 + (int)(i - h->sc.top);
		if (*s == HELP_HEADING)
			draw_text(y, r.x + 2, r.w - 4, s + 1, PAL_HEADING);
		else
			draw_text(y, r.x + 4, r.w - 6, s, PAL_NORMAL);
	}
	draw_more(r.y + r.h - 1, r.x + 2, r.w - 4, h->sc.top > 0,
		  h->sc.top < scroll_max_top(&h->sc));
}

static int help_key(struct view *v, int key, enum action act)
{
	struct help *h = (struct help *)v;
	(void)key;
	switch (act) {
	case ACT_CLOSE:
	case ACT_HELP:
		return R_CLOSE;
	default:
		return scroll_keys_read(&h->sc, act);
	}
}

static void help_close(struct view *v)
{
	struct help *h = (struct help *)v;
	strv_free(&h->lines);
	free(h);
}

static char *help_title(const struct view *v)
{
	return xasprintf("Keys · %s", ((const struct help *)v)->of->ops->name);
}

static const struct view_ops help_ops = {
	.name = "Keys",
	.keys = help_keys,
	.bar = help_bar,
	.draw = help_draw,
	.key = help_key,
	.layout = help_layout,
	.close = help_close,
	.title = help_title,
};

struct view *help_open(const struct view *of)
{
	struct help *h = xcalloc(1, sizeof *h);
	h->v.ops = &help_ops;
	h->of = of;
	return &h->v;
}
