#include "view_confirm.h"

#include <stdlib.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"

struct confirm {
	struct view v;
	struct view *owner;
	char *question, *detail;
	int (*yes)(struct view *owner);
	bool quit, answered;
	struct rect box;
	int q_rows, d_rows; /* rows the question and the detail take, wrapped to the box */
};

static const enum action confirm_keys[] = {ACT_YES, ACT_NO, ACT_NONE};

static const struct view_ops confirm_ops;

/* Wider than this, a question is hard to take in at a glance: it wraps instead. */
#define CONFIRM_MAX_W 64

/* How many rows s takes wrapped to w columns (none for no text). */
static int confirm_rows(const char *s, int w)
{
	if (!s)
		return 0;
	size_t *starts, *lens;
	size_t n = utf8_wrap(s, w > 1 ? (size_t)w : 1, &starts, &lens);
	free(starts);
	free(lens);
	return (int)n;
}

/* Draws s wrapped to w columns, each line centred, in at most rows rows from y. */
static void confirm_text(int y, int x, int w, int rows, const char *s, enum pal p)
{
	size_t *starts, *lens;
	size_t n = utf8_wrap(s, w > 1 ? (size_t)w : 1, &starts, &lens);
	for (size_t i = 0; i < n && (int)i < rows; i++) {
		char *line = (int)i == rows - 1 && i + 1 < n ? xstrdup(s + starts[i])
							     : xstrndup(s + starts[i], lens[i]);
		draw_center(y + (int)i, x, w, line, p); /* the last row shown ends in "…" when cut */
		free(line);
	}
	free(starts);
	free(lens);
}

/* The box: as wide as the text wants (up to CONFIRM_MAX_W), as tall as its
 * wrapped lines, within the area, centred. */
static void confirm_layout(struct view *v)
{
	struct confirm *c = (struct confirm *)v;
	size_t want = utf8_width(c->question);
	if (c->detail && utf8_width(c->detail) > want)
		want = utf8_width(c->detail);
	int w = (int)want + 6;
	if (w < 30)
		w = 30;
	if (w > CONFIRM_MAX_W)
		w = CONFIRM_MAX_W;
	if (w > v->area.w - 2)
		w = v->area.w - 2;
	c->q_rows = confirm_rows(c->question, w - 4);
	c->d_rows = confirm_rows(c->detail, w - 4);
	int h = 4 + c->q_rows + c->d_rows; /* frame, text, a blank row, the keys */
	if (h > v->area.h) { /* the detail gives way first, then the question */
		c->d_rows -= h - v->area.h < c->d_rows ? h - v->area.h : c->d_rows;
		h = 4 + c->q_rows + c->d_rows;
		if (h > v->area.h)
			c->q_rows = v->area.h - 4 > 1 ? v->area.h - 4 : 1;
		h = 4 + c->q_rows + c->d_rows;
	}
	c->box = (struct rect){v->area.y + (v->area.h - h) / 2, v->area.x + (v->area.w - w) / 2, h, w};
}

static void confirm_draw(struct view *v)
{
	struct confirm *c = (struct confirm *)v;
	struct rect b = c->box;
	draw_box(b, PAL_FRAME);
	confirm_text(b.y + 1, b.x + 2, b.w - 4, c->q_rows, c->question, PAL_HEADING);
	if (c->detail && c->d_rows)
		confirm_text(b.y + 1 + c->q_rows, b.x + 2, b.w - 4, c->d_rows, c->detail, PAL_NORMAL);
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
