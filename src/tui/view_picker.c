#include "view_picker.h"

#include <stdlib.h>

#include "core/base/xalloc.h"
#include "round_picker.h"
#include "scroll.h"
#include "view_card.h"

struct picker {
	struct view v;
	const struct doc *deck;
	struct rpick_row *rows;
	size_t n;
	struct scroll sc;
	char *who;
	picker_fn chosen;
	void *data;
	long replace;
};

static const enum action picker_keys[] = {ACT_UP,      ACT_DOWN,  ACT_ED_PGUP, ACT_ED_PGDN,
					  ACT_TOP,     ACT_BOTTOM, ACT_PK_CHOOSE, ACT_PK_READ,
					  ACT_CLOSE,   ACT_HELP,  ACT_NONE};
static const enum action picker_bar[] = {ACT_PK_CHOOSE, ACT_PK_READ, ACT_CLOSE, ACT_HELP,
					 ACT_NONE};

static void picker_layout(struct view *v)
{
	struct picker *p = (struct picker *)v;
	scroll_set(&p->sc, p->n, v->area.h > 3 ? (size_t)v->area.h - 3 : 1);
}

static void picker_draw(struct view *v)
{
	struct picker *p = (struct picker *)v;
	struct rect a = v->area;
	char *head = xasprintf("Choose a card %s", p->who);
	draw_text(a.y, a.x + 1, a.w - 2, head, PAL_DIM);
	free(head);
	for (size_t i = p->sc.top; i < p->n && i < p->sc.top + p->sc.rows; i++) {
		int y = a.y + 2 + (int)(i - p->sc.top);
		const struct rpick_row *row = &p->rows[i];
		if (!row->card) {
			draw_text(y, a.x + 1, a.w - 2, row->text, PAL_HEADING);
			continue;
		}
		char *s = xasprintf("%s%s", row->text, row->in_hand ? "  (in a hand)" : "");
		if (i == p->sc.sel)
			draw_line(y, a.x + 3, a.w - 4, s, PAL_SELECT);
		else
			draw_text(y, a.x + 3, a.w - 4, s, row->in_hand ? PAL_DIM : PAL_NORMAL);
		free(s);
	}
	draw_more(a.y + a.h - 1, a.x + 1, a.w - 2, p->sc.top > 0, p->sc.top + p->sc.rows < p->n);
}

static int picker_go(struct picker *p, size_t to)
{
	if (to < p->n && !p->rows[to].card)
		to = rpick_step(p->rows, p->n, to, 1);
	return scroll_select(&p->sc, to) ? R_REDRAW : R_NONE;
}

static int picker_key(struct view *v, int key, enum action act)
{
	struct picker *p = (struct picker *)v;
	size_t page = p->sc.rows > 1 ? p->sc.rows - 1 : 1, sel = p->sc.sel;
	const struct card *c = p->n ? p->rows[sel].card : NULL;
	(void)key;
	if (!p->n && act != ACT_CLOSE)
		return act == ACT_HELP || act == ACT_INTERRUPT || act == ACT_REDRAW ? R_PASS : R_NONE;
	switch (act) {
	case ACT_UP: return picker_go(p, rpick_step(p->rows, p->n, sel, -1));
	case ACT_DOWN: return picker_go(p, rpick_step(p->rows, p->n, sel, 1));
	case ACT_ED_PGUP: return picker_go(p, sel > page ? sel - page : 0);
	case ACT_ED_PGDN: return picker_go(p, sel + page < p->n ? sel + page : p->n - 1);
	case ACT_TOP: return picker_go(p, 0);
	case ACT_BOTTOM: return picker_go(p, rpick_step(p->rows, p->n, p->n ? p->n - 1 : 0, -1));
	case ACT_PK_READ:
		if (c)
			app_push(v->app, card_open(v->app, p->deck, c));
		return R_REDRAW;
	case ACT_PK_CHOOSE:
		if (!c)
			return R_NONE;
		p->chosen(p->data, p->replace, p->deck->id, c->id);
		return R_CLOSE;
	case ACT_CLOSE: return R_CLOSE;
	default: return R_PASS;
	}
}

static char *picker_title(const struct view *v)
{
	const struct picker *p = (const struct picker *)v;
	return xasprintf("Choose a card · %s", p->deck->title ? p->deck->title : p->deck->id);
}

static void picker_close(struct view *v)
{
	struct picker *p = (struct picker *)v;
	free(p->rows);
	free(p->who);
	free(p);
}

static const struct view_ops picker_ops = {
	.name = "Choose a card",
	.keys = picker_keys,
	.bar = picker_bar,
	.draw = picker_draw,
	.key = picker_key,
	.layout = picker_layout,
	.close = picker_close,
	.title = picker_title,
};

struct view *picker_open(struct app *a, const struct doc *deck, const struct session *s,
			 const char *who, picker_fn chosen, void *data, long replace)
{
	struct picker *p = xcalloc(1, sizeof *p);
	(void)a;
	p->v.ops = &picker_ops;
	p->deck = deck;
	p->n = rpick_rows(deck, s, &p->rows);
	p->who = xstrdup(who ? who : "");
	p->chosen = chosen;
	p->data = data;
	p->replace = replace;
	p->sc.sel = rpick_step(p->rows, p->n, 0, 1);
	if (p->n && p->rows[0].card)
		p->sc.sel = 0;
	return &p->v;
}
