#include "view_editor.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/clock.h"
#include "core/base/xalloc.h"
#include "extedit.h"
#include "tlines.h"
#include "textedit.h"
#include "view_confirm.h"

struct editor {
	struct view v;
	struct textedit te;
	struct editor_opts o; /* title and context owned copies */
	struct tlines context;
	struct rect box;      /* the frame; the text is inside it */
	size_t top;	      /* first visual line shown */
	bool saved;
	int64_t draft_due;   /* monotonic ms when the draft hook is due; 0: nothing new */
	int64_t draft_since; /* monotonic ms of the first change since the last draft */
};

/*
 * The text changed: the draft hook is due after the next pause in typing,
 * but no later than EDITOR_DRAFT_MAX_MS after the first change it has not
 * seen, so steady typing followed by a crash loses at most that long.
 */
int64_t editor_draft_due(int64_t now, int64_t due, int64_t *since)
{
	if (!due)
		*since = now;
	int64_t pause = now + EDITOR_DRAFT_MS, latest = *since + EDITOR_DRAFT_MAX_MS;
	return pause < latest ? pause : latest;
}

static void editor_touched(struct editor *e)
{
	if (e->o.draft)
		e->draft_due = editor_draft_due(now_mono_ms(), e->draft_due, &e->draft_since);
}

/* Gives the text to the draft hook now, if it has changed since the last time. */
static void editor_draft_now(struct editor *e)
{
	if (!e->draft_due)
		return;
	e->draft_due = 0;
	e->o.draft(e->o.data, textedit_text(&e->te));
}

static long editor_tick_ms(const struct view *v)
{
	const struct editor *e = (const struct editor *)v;
	if (!e->draft_due)
		return -1;
	int64_t left = e->draft_due - now_mono_ms();
	return left > 0 ? (long)left : 0;
}

static int editor_tick(struct view *v)
{
	struct editor *e = (struct editor *)v;
	if (e->draft_due && e->draft_due <= now_mono_ms())
		editor_draft_now(e);
	return R_NONE;
}

static const enum action editor_keys[] = {
	ACT_ED_SAVE,	ACT_ED_CANCEL, ACT_ED_EXTERNAL, ACT_ED_LEFT, ACT_ED_RIGHT,
	ACT_ED_UP,	ACT_ED_DOWN,   ACT_ED_HOME,	ACT_ED_END,  ACT_ED_BOL,
	ACT_ED_EOL,	ACT_ED_PGUP,   ACT_ED_PGDN,	ACT_ED_NEWLINE, ACT_ED_BACKSPACE,
	ACT_ED_DELETE, ACT_ED_WORD,   ACT_HELP,	ACT_NONE};
static const enum action editor_bar[] = {ACT_ED_SAVE, ACT_ED_CANCEL, ACT_ED_EXTERNAL, ACT_HELP,
					 ACT_NONE};
/* The same, for a text whose card the writer may change (editor_opts.next_card). */
static const enum action editor_card_keys[] = {
	ACT_ED_SAVE,	ACT_ED_CANCEL, ACT_ED_CARD,	ACT_ED_EXTERNAL, ACT_ED_LEFT,
	ACT_ED_RIGHT,	ACT_ED_UP,     ACT_ED_DOWN,	ACT_ED_HOME,	 ACT_ED_END,
	ACT_ED_BOL,	ACT_ED_EOL,    ACT_ED_PGUP,	ACT_ED_PGDN,	 ACT_ED_NEWLINE,
	ACT_ED_BACKSPACE, ACT_ED_DELETE, ACT_ED_WORD,	ACT_HELP,	 ACT_NONE};
static const enum action editor_card_bar[] = {ACT_ED_SAVE, ACT_ED_CANCEL, ACT_ED_CARD,
					      ACT_ED_EXTERNAL, ACT_HELP, ACT_NONE};

static size_t editor_rows(const struct editor *e)
{
	return e->box.h > 2 ? (size_t)e->box.h - 2 : 1;
}

/* Keeps the cursor's line inside the box. */
static void editor_scroll(struct editor *e)
{
	size_t row, col, rows = editor_rows(e);
	textedit_cursor(&e->te, &row, &col);
	if (row < e->top)
		e->top = row;
	else if (row >= e->top + rows)
		e->top = row - rows + 1;
}

static void editor_layout(struct view *v)
{
	struct editor *e = (struct editor *)v;
	struct rect r = v->area;
	size_t w = r.w > 6 ? (size_t)r.w - 4 : 2;
	tlines_free(&e->context);
	if (e->o.context)
		tlines_add(&e->context, e->o.context, w, TL_DIM, NULL);
	/* the context gets at most a third of the height; the box the rest, less the status line */
	size_t ctx = e->context.n < (size_t)r.h / 3 ? e->context.n : (size_t)r.h / 3;
	int y = r.y + (int)ctx + (ctx ? 1 : 0);
	e->box = (struct rect){y, r.x + 1, r.y + r.h - 1 - y, r.w - 2};
	textedit_set_width(&e->te, e->box.w > 4 ? (size_t)e->box.w - 2 : 2);
	editor_scroll(e);
}

static void editor_draw(struct view *v)
{
	struct editor *e = (struct editor *)v;
	struct rect r = v->area, b = e->box;
	for (size_t i = 0; i < e->context.n && r.y + (int)i < b.y - 1; i++)
		draw_text(r.y + (int)i, r.x + 2, r.w - 4, e->context.v[i].text, PAL_DIM);
	draw_box(b, PAL_FRAME);
	size_t n, rows = editor_rows(e), row, col;
	const struct te_line *l = textedit_lines(&e->te, &n);
	const char *text = textedit_text(&e->te);
	for (size_t i = e->top; i < n && i < e->top + rows; i++) {
		char *s = xstrndup(text + l[i].start, l[i].end - l[i].start);
		draw_text(b.y + 1 + (int)(i - e->top), b.x + 1, b.w - 2, s, PAL_NORMAL);
		free(s);
	}
	char *watch = e->o.watch ? e->o.watch(e->o.data) : NULL;
	char *status = xasprintf("%zu / %zu characters%s%s%s", e->te.nchars, e->te.max_chars,
				 e->top + rows < n ? " · ↓ more below" : e->top ? " · ↑ more above" : "",
				 watch ? " · " : "", watch ? watch : "");
	free(watch);
	draw_text(b.y + b.h, r.x + 2, r.w - 4, status, PAL_DIM);
	free(status);
	textedit_cursor(&e->te, &row, &col);
	app_cursor(v->app, b.y + 1 + (int)(row - e->top), b.x + 1 + (int)col);
}

static int editor_full(struct editor *e)
{
	app_message(e->v.app, PAL_WARN, "Limit reached: %zu characters.", e->te.max_chars);
	return R_REDRAW;
}

static int editor_save(struct editor *e)
{
	char *msg = NULL;
	if (e->o.save && e->o.save(e->o.data, textedit_text(&e->te), &msg) != 0) {
		app_message(e->v.app, PAL_WARN, "%s", msg ? msg : "Not saved.");
		free(msg);
		return R_REDRAW;
	}
	free(msg);
	e->saved = true;
	return R_CLOSE;
}

static int editor_discard(struct view *owner)
{
	(void)owner;
	return R_CLOSE;
}

static int editor_cancel(struct editor *e)
{
	if ((!textedit_changed(&e->te) && !e->o.dirty) || !*textedit_text(&e->te))
		return R_CLOSE;
	app_push(e->v.app, confirm_open(&e->v, "Discard the text you typed?",
					"It has not been saved.", editor_discard, false));
	return R_REDRAW;
}

struct editor_ext {
	const char *text;
	env_fn env;
	const char *owner;
	char *out, *err;
};

static int editor_ext_run(void *data)
{
	struct editor_ext *x = data;
	struct extedit_opts o = {.env = x->env, .owner = x->owner, .stop = app_stopping};
	return extedit_run(x->text, &o, &x->out, &x->err);
}

/* Ctrl-O: the text in $EDITOR.  When the program must end meanwhile
 * (SIGTERM, SIGHUP), the text as the editor last saved it is kept as the
 * draft, and the program ends as it would on that signal. */
static int editor_external(struct editor *e)
{
	struct editor_ext x = {textedit_text(&e->te), e->v.app->opts ? e->v.app->opts->env : NULL,
			       e->o.handover_owner, NULL, NULL};
	editor_draft_now(e); /* $EDITOR may stay open long: what was typed here is kept first */
	int rc = app_outside(e->v.app, editor_ext_run, &x);
	if (rc < 0) {
		app_message(e->v.app, PAL_WARN, "%s", x.err);
		free(x.err);
		return R_REDRAW;
	}
	enum te_result r = textedit_set_text(&e->te, x.out);
	free(x.out);
	editor_touched(e);
	if (rc == EXTEDIT_STOPPED && e->o.draft)
		editor_draft_now(e);
	editor_scroll(e);
	return r == TE_FULL ? editor_full(e) : R_REDRAW;
}

/* The writer changes the card the text speaks to: the context says which now. */
static int editor_card(struct editor *e)
{
	char *ctx = e->o.next_card ? e->o.next_card(e->o.data) : NULL;
	if (!ctx) {
		app_message(e->v.app, PAL_NORMAL, "There is no other card to choose.");
		return R_REDRAW;
	}
	free((char *)e->o.context);
	e->o.context = ctx;
	editor_layout(&e->v);
	if (*textedit_text(&e->te))
		editor_touched(e); /* the draft keeps the card too */
	return R_REDRAW;
}

/* The editing actions and the model's operations they are. */
static const struct {
	enum action act;
	enum te_op op;
} editor_ops[] = {
	{ACT_ED_LEFT, TE_LEFT},	      {ACT_ED_RIGHT, TE_RIGHT},	   {ACT_ED_UP, TE_UP},
	{ACT_ED_DOWN, TE_DOWN},	      {ACT_ED_HOME, TE_HOME},	   {ACT_ED_END, TE_END},
	{ACT_ED_BOL, TE_LINE_START},  {ACT_ED_EOL, TE_LINE_END},   {ACT_ED_NEWLINE, TE_NEWLINE},
	{ACT_ED_BACKSPACE, TE_BACKSPACE}, {ACT_ED_DELETE, TE_DELETE}, {ACT_ED_WORD, TE_WORD_DELETE},
};

/* The operation for act; false when act is not an editing action. */
static bool editor_op(enum action act, enum te_op *op)
{
	for (size_t i = 0; i < sizeof editor_ops / sizeof editor_ops[0]; i++)
		if (editor_ops[i].act == act) {
			*op = editor_ops[i].op;
			return true;
		}
	return false;
}

/* After an edit or a move: the cursor kept in view, the draft due, the limit said. */
static int editor_done(struct editor *e, enum te_result r)
{
	editor_scroll(e);
	if (r == TE_EDITED || r == TE_FULL)
		editor_touched(e);
	return r == TE_FULL ? editor_full(e) : r == TE_NOTHING ? R_NONE : R_REDRAW;
}

static int editor_key(struct view *v, int key, enum action act)
{
	struct editor *e = (struct editor *)v;
	enum te_result r = TE_NOTHING;
	enum te_op op;
	switch (act) {
	case ACT_ED_SAVE:
		return editor_save(e);
	case ACT_ED_CANCEL:
		return editor_cancel(e);
	case ACT_ED_EXTERNAL:
		return editor_external(e);
	case ACT_ED_CARD:
		return editor_card(e);
	case ACT_ED_PGUP:
	case ACT_ED_PGDN:
		r = textedit_page(&e->te, act == ACT_ED_PGUP ? -1 : 1, editor_rows(e) - 1);
		break;
	case ACT_NONE:
		/* a character, or a control key with no action: typed, kept, drawn visible */
		if (key <= 0 || key >= K_FN)
			return R_NONE;
		r = textedit_insert_cp(&e->te, (uint32_t)key);
		break;
	default:
		if (!editor_op(act, &op))
			return R_PASS;
		r = textedit_do(&e->te, op);
	}
	return editor_done(e, r);
}

/* A paste is one insertion: one layout, one draft due, one message at the limit. */
static int editor_paste(struct view *v, const char *text, size_t n)
{
	struct editor *e = (struct editor *)v;
	return editor_done(e, textedit_insert(&e->te, text, n));
}

static char *editor_title(const struct view *v)
{
	return xstrdup(((const struct editor *)v)->o.title);
}

static void editor_close(struct view *v)
{
	struct editor *e = (struct editor *)v;
	if (e->o.closed)
		e->o.closed(e->o.data, e->saved ? NULL : textedit_text(&e->te));
	textedit_free(&e->te);
	tlines_free(&e->context);
	free((char *)e->o.title);
	free((char *)e->o.context);
	free((char *)e->o.handover_owner);
	free(e);
}

/* The editor's hooks with a given keymap and key line. */
#define EDITOR_OPS(keys_, bar_)                                                          \
	{                                                                                \
		.name = "Editor", .keys = (keys_), .bar = (bar_), .flags = VIEW_TEXT,    \
		.draw = editor_draw, .key = editor_key, .layout = editor_layout,         \
		.tick_ms = editor_tick_ms, .tick = editor_tick, .paste = editor_paste,   \
		.close = editor_close, .title = editor_title,                            \
	}

static const struct view_ops editor_view_ops = EDITOR_OPS(editor_keys, editor_bar);
/* An editor whose card the writer may change: one key more. */
static const struct view_ops editor_card_view_ops = EDITOR_OPS(editor_card_keys, editor_card_bar);

struct view *editor_open(struct app *a, const struct editor_opts *o)
{
	struct editor *e = xcalloc(1, sizeof *e);
	(void)a;
	e->v.ops = o->next_card ? &editor_card_view_ops : &editor_view_ops;
	e->o = *o;
	e->o.title = xstrdup(o->title ? o->title : "Editor");
	e->o.context = xstrdup(o->context);
	e->o.handover_owner = xstrdup(o->handover_owner);
	textedit_init(&e->te, o->text, o->max_chars ? o->max_chars : EDITOR_MAX_CHARS);
	return &e->v;
}
