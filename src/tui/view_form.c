/* A box of one-line fields (view_form.h). */
#include "view_form.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/clock.h"
#include "core/base/xalloc.h"
#include "textedit.h"
#include "view_editor.h"
#include "view_prompt.h"

struct form_slot {
	struct textedit te;
	char *label, *hint;
	struct strv choices;
	size_t next_choice;
};

struct form {
	struct view v;
	char *title;
	struct form_slot f[FORM_MAX_FIELDS];
	size_t n, at; /* fields, the one with the cursor */
	int (*accept)(void *data, const char *const *texts, char **msg);
	void (*draft)(void *data, const char *const *texts);
	void (*closed)(void *data, const char *const *unsaved);
	void *data;
	struct rect box;
	bool taken;	     /* accept took the texts */
	int64_t draft_due;   /* monotonic ms when the draft hook is due; 0: nothing new */
	int64_t draft_since; /* monotonic ms of the first change since the last draft */
};

/* The fields' texts, for accept, draft and closed. */
static void form_texts(const struct form *p, const char **texts)
{
	for (size_t i = 0; i < p->n; i++)
		texts[i] = textedit_text(&p->f[i].te);
}

/* A field changed: the draft is due after a pause, as the editor's is. */
static int form_touched(struct form *p, int r)
{
	if (p->draft && (r & R_REDRAW))
		p->draft_due = editor_draft_due(now_mono_ms(), p->draft_due, &p->draft_since);
	return r;
}

static long form_tick_ms(const struct view *v)
{
	const struct form *p = (const struct form *)v;
	if (!p->draft_due)
		return -1;
	int64_t left = p->draft_due - now_mono_ms();
	return left > 0 ? (long)left : 0;
}

static int form_tick(struct view *v)
{
	struct form *p = (struct form *)v;
	if (!p->draft_due || p->draft_due > now_mono_ms())
		return R_NONE;
	p->draft_due = 0;
	const char *texts[FORM_MAX_FIELDS];
	form_texts(p, texts);
	p->draft(p->data, texts);
	return R_NONE;
}

static const enum action form_keys[] = {
	ACT_PM_OK,    ACT_FM_SAVE,   ACT_FM_NEXT,      ACT_FM_PREV,   ACT_FM_PICK,
	ACT_PM_CANCEL, ACT_ED_LEFT,  ACT_ED_RIGHT,     ACT_ED_HOME,   ACT_ED_END,
	ACT_ED_BOL,   ACT_ED_EOL,    ACT_ED_BACKSPACE, ACT_ED_DELETE, ACT_ED_WORD,
	ACT_HELP,     ACT_NONE};
static const enum action form_bar[] = {ACT_FM_SAVE, ACT_FM_NEXT, ACT_FM_PICK, ACT_PM_CANCEL,
				       ACT_HELP, ACT_NONE};

/* Rows a field takes: its label, the text, and its hint when it has one. */
static int form_rows(const struct form_slot *f)
{
	return 2 + (f->hint ? 1 : 0);
}

static void form_layout(struct view *v)
{
	struct form *p = (struct form *)v;
	int w = v->area.w - 4 < 72 ? v->area.w - 4 : 72;
	int h = 3;
	for (size_t i = 0; i < p->n; i++)
		h += form_rows(&p->f[i]);
	if (h > v->area.h)
		h = v->area.h;
	p->box = (struct rect){v->area.y + (v->area.h - h) / 2, v->area.x + (v->area.w - w) / 2, h, w};
	for (size_t i = 0; i < p->n; i++)
		textedit_set_width(&p->f[i].te, w > 6 ? (size_t)w - 4 : 2);
}

static void form_draw_field(struct form *p, size_t i, int y)
{
	struct rect b = p->box;
	struct form_slot *f = &p->f[i];
	draw_text(y++, b.x + 2, b.w - 4, f->label, i == p->at ? PAL_HEADING : PAL_NORMAL);
	prompt_field_draw(p->v.app, &f->te, (struct rect){y, b.x + 2, 1, b.w - 4}, i == p->at);
	if (f->hint)
		draw_text(y + 1, b.x + 2, b.w - 4, f->hint, PAL_DIM);
}

static void form_draw(struct view *v)
{
	struct form *p = (struct form *)v;
	struct rect b = p->box;
	draw_box(b, PAL_FRAME);
	int y = b.y + 1;
	draw_text(y++, b.x + 2, b.w - 4, p->title, PAL_HEADING);
	for (size_t i = 0; i < p->n && y < b.y + b.h - 1; i++) {
		form_draw_field(p, i, y);
		y += form_rows(&p->f[i]);
	}
}

static int form_save(struct form *p)
{
	const char *texts[FORM_MAX_FIELDS];
	form_texts(p, texts);
	char *msg = NULL;
	if (p->accept && p->accept(p->data, texts, &msg) != 0) {
		app_message(p->v.app, PAL_WARN, "%s", msg ? msg : "That will not do.");
		free(msg);
		return R_REDRAW;
	}
	free(msg);
	p->taken = true;
	return R_CLOSE;
}

/* The field's next choice, in place of its text. */
static int form_pick(struct form *p)
{
	struct form_slot *f = &p->f[p->at];
	if (!f->choices.n) {
		app_message(p->v.app, PAL_NORMAL, "Type it: this field has nothing to pick from.");
		return R_REDRAW;
	}
	const char *c = f->choices.v[f->next_choice++ % f->choices.n];
	textedit_set_text(&f->te, c);
	return form_touched(p, R_REDRAW);
}

static int form_key(struct view *v, int key, enum action act)
{
	struct form *p = (struct form *)v;
	switch (act) {
	case ACT_PM_OK:
		if (p->at + 1 >= p->n)
			return form_save(p);
		p->at++;
		return R_REDRAW;
	case ACT_FM_SAVE: return form_save(p);
	case ACT_FM_NEXT: p->at = (p->at + 1) % p->n; return R_REDRAW;
	case ACT_FM_PREV: p->at = (p->at + p->n - 1) % p->n; return R_REDRAW;
	case ACT_FM_PICK: return form_pick(p);
	case ACT_PM_CANCEL: return R_CLOSE;
	default: break;
	}
	return form_touched(p, prompt_field_key(&p->f[p->at].te, key, act));
}

static int form_paste(struct view *v, const char *text, size_t n)
{
	struct form *p = (struct form *)v;
	return form_touched(p, textedit_insert(&p->f[p->at].te, text, n) == TE_NOTHING ? R_NONE
										  : R_REDRAW);
}

static char *form_title(const struct view *v)
{
	return xstrdup(((const struct form *)v)->title);
}

static void form_close(struct view *v)
{
	struct form *p = (struct form *)v;
	if (p->closed) {
		const char *texts[FORM_MAX_FIELDS];
		form_texts(p, texts);
		p->closed(p->data, p->taken ? NULL : texts);
	}
	for (size_t i = 0; i < p->n; i++) {
		textedit_free(&p->f[i].te);
		free(p->f[i].label);
		free(p->f[i].hint);
		strv_free(&p->f[i].choices);
	}
	free(p->title);
	free(p);
}

static const struct view_ops form_view_ops = {
	.name = "Form",
	.keys = form_keys,
	.bar = form_bar,
	.flags = VIEW_TEXT | VIEW_OVERLAY,
	.draw = form_draw,
	.key = form_key,
	.layout = form_layout,
	.paste = form_paste,
	.tick_ms = form_tick_ms,
	.tick = form_tick,
	.close = form_close,
	.title = form_title,
};

struct view *form_open(struct app *a, const struct form_opts *o)
{
	struct form *p = xcalloc(1, sizeof *p);
	(void)a;
	p->v.ops = &form_view_ops;
	p->title = xstrdup(o->title ? o->title : "");
	p->n = o->n < FORM_MAX_FIELDS ? o->n : FORM_MAX_FIELDS;
	for (size_t i = 0; i < p->n; i++) {
		struct form_slot *f = &p->f[i];
		f->label = xstrdup(o->fields[i].label ? o->fields[i].label : "");
		f->hint = xstrdup(o->fields[i].hint);
		if (o->fields[i].choices)
			strv_copy(&f->choices, o->fields[i].choices);
		textedit_init(&f->te, o->fields[i].text, 2000);
		f->te.one_line = true; /* a newline typed or pasted stays on the line, drawn visible */
		textedit_do(&f->te, TE_LINE_END); /* a field to change is typed on at its end */
	}
	p->accept = o->accept;
	p->draft = o->draft;
	p->closed = o->closed;
	p->data = o->data;
	return &p->v;
}
