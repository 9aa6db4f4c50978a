#include "view_confirm.h"

#include <stdlib.h>

#include "core/utf8.h"
#include "core/xalloc.h"

struct confirm {
	struct view v;
	struct view *owner;
	char *question, *detail;
	int (*yes)(struct view *owner);
	bool quit, answered;
	struct rect box;
};

static const enum action confirm_keys[] = {ACT_YES, ACT_NO, ACT_NONE};

static const struct view_ops confirm_ops;

/* The box: as wide as the text wants, within the area, centred. */
static void confirm_layout(struct view *v)
{
	struct confirm *c = (struct confirm *)v;
	size_t want = utf8_width(c->question);
	if (c->detail && utf8_width(c->detail) > want)
		want = utf8_width(c->detail);
	int w = (int)want + 6, h = c->detail ? 6 : 5;
	if (w < 30)
		w = 30;
	if (w > v->area.w - 2)
		w = v->area.w - 2;
	c->box = (struct rect){v->area.y + (v->area.h - h) / 2, v->area.x + (v->area.w - w) / 2, h, w};
}

static void confirm_draw(struct view *v)
{
	struct confirm *c = (struct confirm *)v;
	struct rect b = c->box;
	draw_box(b, PAL_FRAME);
	draw_center(b.y + 1, b.x + 2, b.w - 4, c->question, PAL_HEADING);
	if (c->detail)
		draw_center(b.y + 2, b.x + 2, b.w - 4, c->detail, PAL_NORMAL);
	draw_center(b.y + b.h - 2, b.x + 2, b.w - 4, "y yes    n no", PAL_NORMAL);
}

static int confirm_key(struct view *v, int key, enum action act)
{
	struct confirm *c = (struct confirm *)v;
	(void)key;
	if (act == ACT_YES) {
		c->answered = true;
		return R_CLOSE;
	}
	if (act == ACT_NO)
		return R_CLOSE;
	return R_PASS;
}

static void confirm_close(struct view *v)
{
	struct confirm *c = (struct confirm *)v;
	struct app *a = v->app;
	struct view *owner = c->owner;
	int (*yes)(struct view *) = c->yes;
	bool answered = c->answered && !a->quitting;
	free(c->question);
	free(c->detail);
	free(c);
	if (answered && yes)
		app_result(a, owner, yes(owner));
}

static const struct view_ops confirm_ops = {
	.name = "Question",
	.keys = confirm_keys,
	.bar = confirm_keys,
	.flags = VIEW_OVERLAY,
	.draw = confirm_draw,
	.key = confirm_key,
	.layout = confirm_layout,
	.close = confirm_close,
};

struct view *confirm_open(struct view *owner, const char *question, const char *detail,
			  int (*yes)(struct view *owner), bool quit)
{
	struct confirm *c = xcalloc(1, sizeof *c);
	c->v.ops = &confirm_ops;
	c->owner = owner;
	c->question = xstrdup(question);
	c->detail = xstrdup(detail);
	c->yes = yes;
	c->quit = quit;
	return &c->v;
}

bool confirm_is_quit(const struct view *v)
{
	return v && v->ops == &confirm_ops && ((const struct confirm *)v)->quit;
}
