#include "view_prompt.h"

#include <stdlib.h>

#include "core/base/xalloc.h"

struct prompt {
	struct view v;
	struct textedit te;
	char *title, *label;
	int (*accept)(void *data, const char *text, char **msg);
	void *data;
	struct rect box;
};

static const enum action prompt_keys[] = {
	ACT_PM_OK,  ACT_PM_CANCEL, ACT_ED_LEFT,	     ACT_ED_RIGHT,  ACT_ED_HOME, ACT_ED_END,
	ACT_ED_BOL, ACT_ED_EOL,	   ACT_ED_BACKSPACE, ACT_ED_DELETE, ACT_ED_WORD, ACT_HELP,
	ACT_NONE};
static const enum action prompt_bar[] = {ACT_PM_OK, ACT_PM_CANCEL, ACT_HELP, ACT_NONE};

static void prompt_layout(struct view *v)
{
	struct prompt *p = (struct prompt *)v;
	int w = v->area.w - 4 < 72 ? v->area.w - 4 : 72;
	int h = p->label ? 6 : 5;
	p->box = (struct rect){v->area.y + (v->area.h - h) / 2, v->area.x + (v->area.w - w) / 2, h, w};
	textedit_set_width(&p->te, w > 6 ? (size_t)w - 4 : 2);
}

void prompt_field_draw(struct app *a, const struct textedit *te, struct rect r, bool focused)
{
	size_t n, row, col;
	const struct te_line *l = textedit_lines(te, &n);
	textedit_cursor(te, &row, &col);
	char *s = xstrndup(textedit_text(te) + l[row].start, l[row].end - l[row].start);
	enum pal pal = focused ? PAL_SELECT : PAL_NORMAL;
	draw_fill(r.y, r.x, r.w, pal);
	draw_text(r.y, r.x, r.w, s, pal);
	free(s);
	if (focused)
		app_cursor(a, r.y, r.x + (int)col);
}

static void prompt_draw(struct view *v)
{
	struct prompt *p = (struct prompt *)v;
	struct rect b = p->box;
	draw_box(b, PAL_FRAME);
	int y = b.y + 1;
	draw_text(y++, b.x + 2, b.w - 4, p->title, PAL_HEADING);
	if (p->label)
		draw_text(y++, b.x + 2, b.w - 4, p->label, PAL_NORMAL);
	prompt_field_draw(v->app, &p->te, (struct rect){y, b.x + 2, 1, b.w - 4}, true);
}

static const struct {
	enum action act;
	enum te_op op;
} prompt_ops_map[] = {
	{ACT_ED_LEFT, TE_LEFT},	      {ACT_ED_RIGHT, TE_RIGHT},	    {ACT_ED_HOME, TE_LINE_START},
	{ACT_ED_END, TE_LINE_END},    {ACT_ED_BOL, TE_LINE_START},  {ACT_ED_EOL, TE_LINE_END},
	{ACT_ED_BACKSPACE, TE_BACKSPACE}, {ACT_ED_DELETE, TE_DELETE}, {ACT_ED_WORD, TE_WORD_DELETE},
};

int prompt_field_key(struct textedit *te, int key, enum action act)
{
	for (size_t i = 0; i < sizeof prompt_ops_map / sizeof prompt_ops_map[0]; i++)
		if (prompt_ops_map[i].act == act)
			return textedit_do(te, prompt_ops_map[i].op) == TE_NOTHING ? R_NONE : R_REDRAW;
	if (act == ACT_NONE && key > 0 && key < K_FN)
		return textedit_insert_cp(te, (uint32_t)key) == TE_NOTHING ? R_NONE : R_REDRAW;
	return act == ACT_NONE ? R_NONE : R_PASS;
}

static int prompt_ok(struct prompt *p)
{
	char *msg = NULL;
	if (p->accept && p->accept(p->data, textedit_text(&p->te), &msg) != 0) {
		app_message(p->v.app, PAL_WARN, "%s", msg ? msg : "That will not do.");
		free(msg);
		return R_REDRAW;
	}
	free(msg);
	return R_CLOSE;
}

static int prompt_key(struct view *v, int key, enum action act)
{
	struct prompt *p = (struct prompt *)v;
	if (act == ACT_PM_OK)
		return prompt_ok(p);
	if (act == ACT_PM_CANCEL)
		return R_CLOSE;
	return prompt_field_key(&p->te, key, act);
}

/* Pasted text goes in as pasted, newlines and control characters too: accept judges it. */
static int prompt_paste(struct view *v, const char *text, size_t n)
{
	struct prompt *p = (struct prompt *)v;
	return textedit_insert(&p->te, text, n) == TE_NOTHING ? R_NONE : R_REDRAW;
}

static char *prompt_title(const struct view *v)
{
	return xstrdup(((const struct prompt *)v)->title);
}

static void prompt_close(struct view *v)
{
	struct prompt *p = (struct prompt *)v;
	textedit_free(&p->te);
	free(p->title);
	free(p->label);
	free(p);
}

static const struct view_ops prompt_view_ops = {
	.name = "Question",
	.keys = prompt_keys,
	.bar = prompt_bar,
	.flags = VIEW_TEXT | VIEW_OVERLAY,
	.draw = prompt_draw,
	.key = prompt_key,
	.layout = prompt_layout,
	.paste = prompt_paste,
	.close = prompt_close,
	.title = prompt_title,
};

struct view *prompt_open(struct app *a, const struct prompt_opts *o)
{
	struct prompt *p = xcalloc(1, sizeof *p);
	(void)a;
	p->v.ops = &prompt_view_ops;
	p->title = xstrdup(o->title ? o->title : "");
	p->label = xstrdup(o->label);
	p->accept = o->accept;
	p->data = o->data;
	textedit_init(&p->te, o->text, 2000);
	p->te.one_line = true; /* a newline typed or pasted stays on the line, drawn visible */
	return &p->v;
}
