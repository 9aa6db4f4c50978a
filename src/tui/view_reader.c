#include "view_reader.h"

#include <stdlib.h>

#include "core/round/transcript_read.h"
#include "core/base/xalloc.h"
#include "scroll_keys.h"
#include "tlines.h"

struct reader {
	struct view v;
	char *title;
	struct tread_line *src;
	size_t n_src;
	struct tlines lines;
	struct scroll sc;
};

static const enum action reader_keys[] = {ACT_UP,     ACT_DOWN,	 ACT_PGDN, ACT_PGUP, ACT_TOP,
					  ACT_BOTTOM, ACT_CLOSE, ACT_HELP, ACT_NONE};
static const enum action reader_bar[] = {ACT_CLOSE, ACT_PGDN, ACT_PGUP, ACT_HELP, ACT_NONE};

/* The transcript's lines wrapped to w columns: list items with a bullet,
 * what people wrote indented under who wrote it. */
static void reader_lines(struct reader *r, size_t w)
{
	tlines_free(&r->lines);
	for (size_t i = 0; i < r->n_src; i++) {
		const struct tread_line *l = &r->src[i];
		switch (l->kind) {
		case TREAD_TITLE: tlines_add(&r->lines, l->text, w, TL_TITLE, NULL); break;
		case TREAD_HEADING: tlines_add(&r->lines, l->text, w, TL_HEADING, NULL); break;
		case TREAD_ITEM: tlines_add(&r->lines, l->text, w, TL_NORMAL, "• "); break;
		case TREAD_QUOTE: tlines_add(&r->lines, l->text, w, TL_NORMAL, "    "); break;
		case TREAD_GAP: tlines_gap(&r->lines); break;
		default: tlines_add(&r->lines, l->text, w, TL_NORMAL, NULL); break;
		}
	}
}

static void reader_layout(struct view *v)
{
	struct reader *r = (struct reader *)v;
	size_t w = v->area.w > 6 ? (size_t)v->area.w - 4 : 2;
	reader_lines(r, w < DRAW_MEASURE ? w : DRAW_MEASURE);
	scroll_set(&r->sc, r->lines.n, v->area.h > 3 ? (size_t)v->area.h - 3 : 1);
}

static void reader_draw(struct view *v)
{
	struct reader *r = (struct reader *)v;
	struct rect a = v->area;
	static const enum pal style[] = {PAL_NORMAL, PAL_HEADING, PAL_HEADING, PAL_DIM};
	for (size_t i = r->sc.top; i < r->lines.n && i < r->sc.top + r->sc.rows; i++)
		draw_text(a.y + 1 + (int)(i - r->sc.top), a.x + 2, a.w - 4, r->lines.v[i].text,
			  style[r->lines.v[i].style]);
	size_t last = r->sc.top + r->sc.rows < r->lines.n ? r->sc.top + r->sc.rows : r->lines.n;
	char *where = xasprintf("lines %zu–%zu of %zu%s", r->lines.n ? r->sc.top + 1 : 0, last,
				r->lines.n, r->sc.top < scroll_max_top(&r->sc) ? " · ↓ more" : "");
	draw_text(a.y + a.h - 1, a.x + 2, a.w - 4, where, PAL_DIM);
	free(where);
}

static int reader_key(struct view *v, int key, enum action act)
{
	(void)key;
	if (act == ACT_CLOSE)
		return R_CLOSE;
	return scroll_keys_read(&((struct reader *)v)->sc, act);
}

static char *reader_title(const struct view *v)
{
	return xstrdup(((const struct reader *)v)->title);
}

static void reader_close(struct view *v)
{
	struct reader *r = (struct reader *)v;
	tlines_free(&r->lines);
	tread_free(r->src, r->n_src);
	free(r->title);
	free(r);
}

static const struct view_ops reader_ops = {
	.name = "Transcript",
	.keys = reader_keys,
	.bar = reader_bar,
	.draw = reader_draw,
	.key = reader_key,
	.layout = reader_layout,
	.close = reader_close,
	.title = reader_title,
};

struct view *reader_open(struct app *a, const char *journal, const char *title)
{
	struct diags d = {0};
	struct tread_line *src;
	size_t n;
	if (tread_load(journal, a->opts ? a->opts->cat : NULL, &src, &n, &d) != 0) {
		const struct diag *g = d.n ? &d.v[0] : NULL;
		if (g && g->line > 0)
			app_message(a, PAL_WARN, "Cannot rebuild the transcript: %s:%d: %s", g->file,
				    g->line, g->message);
		else
			app_message(a, PAL_WARN, "Cannot rebuild the transcript: %s",
				    g ? g->message : "the journal cannot be read");
		diags_free(&d);
		return NULL;
	}
	diags_free(&d);
	struct reader *r = xcalloc(1, sizeof *r);
	r->v.ops = &reader_ops;
	r->title = xstrdup(title);
	r->src = src;
	r->n_src = n;
	return &r->v;
}
