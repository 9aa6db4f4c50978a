#include "view_choice.h"

#include <stdlib.h>

#include "core/base/strv.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

struct choice {
	struct view v;
	struct view *owner;
	char *title;
	struct strv items;
	size_t sel;
	bool taken;
	int (*chosen)(struct view *owner, size_t i);
	struct rect box;
};

static const enum action choice_keys[] = {ACT_UP,   ACT_DOWN,	   ACT_CH_TAKE,
					  ACT_CLOSE, ACT_HELP, ACT_NONE};

static void choice_layout(struct view *v)
{
	struct choice *c = (struct choice *)v;
	size_t want = utf8_width(c->title);
	for (size_t i = 0; i < c->items.n; i++)
		if (utf8_width(c->items.v[i]) + 2 > want)
			want = utf8_width(c->items.v[i]) + 2;
	int w = (int)want + 6 < v->area.w - 2 ? (int)want + 6 : v->area.w - 2;
	int h = (int)c->items.n + 4 < v->area.h ? (int)c->items.n + 4 : v->area.h;
	c->box = (struct rect){v->area.y + (v->area.h - h) / 2, v->area.x + (v->area.w - w) / 2, h, w};
}

static void choice_draw(struct view *v)
{
	struct choice *c = (struct choice *)v;
	struct rect b = c->box;
	draw_box(b, PAL_FRAME);
	draw_center(b.y + 1, b.x + 2, b.w - 4, c->title, PAL_HEADING);
	for (size_t i = 0; i < c->items.n && (int)i + 3 < b.h - 1; i++)
		draw_line(b.y + 3 + (int)i, b.x + 2, b.w - 4, c->items.v[i],
			  i == c->sel ? PAL_SELECT : PAL_NORMAL);
}

static int choice_key(struct view *v, int key, enum action act)
{
	struct choice *c = (struct choice *)v;
	(void)key;
	switch (act) {
	case ACT_UP:
		if (!c->sel)
			return R_NONE;
		c->sel--;
		return R_REDRAW;
	case ACT_DOWN:
		if (c->sel + 1 >= c->items.n)
			return R_NONE;
		c->sel++;
		return R_REDRAW;
	case ACT_CH_TAKE:
		c->taken = true;
		return R_CLOSE;
	case ACT_CLOSE:
		return R_CLOSE;
	default:
		return R_PASS;
	}
}

static void choice_close(struct view *v)
{
	struct choice *c = (struct choice *)v;
	struct app *a = v->app;
	struct view *owner = c->owner;
	int (*chosen)(struct view *, size_t) = c->chosen;
	bool taken = c->taken && !a->quitting;
	size_t sel = c->sel;
	free(c->title);
	strv_free(&c->items);
	free(c);
	if (taken && chosen)
		app_result(a, owner, chosen(owner, sel));
}

static char *choice_title(const struct view *v)
{
	return xstrdup(((const struct choice *)v)->title);
}

static const struct view_ops choice_ops = {
	.name = "Choose",
	.keys = choice_keys,
	.bar = choice_keys,
	.flags = VIEW_OVERLAY,
	.draw = choice_draw,
	.key = choice_key,
	.layout = choice_layout,
	.close = choice_close,
	.title = choice_title,
};

struct view *choice_open(struct view *owner, const char *title, const char *const *items,
			 size_t n, int (*chosen)(struct view *owner, size_t i))
{
	struct choice *c = xcalloc(1, sizeof *c);
	c->v.ops = &choice_ops;
	c->owner = owner;
	c->title = xstrdup(title);
	for (size_t i = 0; i < n; i++)
		strv_push(&c->items, items[i]);
	c->chosen = chosen;
	return &c->v;
}
