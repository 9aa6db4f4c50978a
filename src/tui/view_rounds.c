#include "view_rounds.h"

#include <stdlib.h>
#include <string.h>

#include "core/deck/catalog.h"
#include "core/base/paths.h"
#include "core/base/xalloc.h"
#include "round_save.h"
#include "rounds_actions.h"
#include "rounds_int.h"
#include "rounds_text.h"
#include "screen_bars.h"
#include "scroll.h"
#include "view_round.h"

struct rounds {
	struct view v;
	struct rounds_acts acts; /* t, e and x on the selected round */
	bool all;     /* every round kept (Rounds kept); else the unfinished ones (Resume a round) */
	bool fresh;   /* just read: the first on_top need not read it again */
	struct session_info *list; /* every round found */
	size_t n_list;
	char **why;    /* why[i]: why list[i] cannot be resumed ("FILE:LINE: ..."), or NULL */
	int *line;     /* line[i]: list[i]'s damaged line, or 0 */
	size_t *shown; /* indexes into list of the rounds shown */
	size_t n;
	int row_h; /* lines a round takes: 3 when one lives away from home (where, on the third) */
	struct scroll sc;
	int detail; /* rows under the list for why the selected round cannot be resumed */
};

static const enum action rounds_keys[] = {
	ACT_UP,	     ACT_DOWN,	  ACT_ED_PGUP,	 ACT_ED_PGDN, ACT_TOP,	 ACT_BOTTOM, ACT_RD_RESUME,
	ACT_RD_READ, ACT_RD_EXPORT, ACT_RD_DELETE, ACT_CLOSE,   ACT_HELP, ACT_NONE};

struct session_info *rounds_list(const struct app *a, size_t *n, struct diags *d)
{
	struct diags local = {0};
	struct session_info *v = NULL;
	*n = 0;
	char *dir = paths_private_dir(a->opts ? a->opts->env : NULL, "sessions", 0, &local);
	struct strv rescue = {0};
	session_rescue_dirs(a->opts ? a->opts->env : NULL, &rescue);
	if (dir)
		session_list(dir, &rescue, &v, n, d ? d : &local);
	strv_free(&rescue);
	free(dir);
	diags_free(&local);
	return v;
}

/* A damaged line (named FILE:LINE, from the listing's warnings d), its
 * live copy not there (a drive unplugged), another window has it open, or
 * a flow not on the search path. */
char *rounds_why(const struct app *a, const struct session_info *si, const struct diags *d,
		 int *line)
{
	*line = 0;
	if (si->damaged) {
		for (size_t i = 0; d && i < d->n; i++)
			if (d->v[i].file && !strcmp(d->v[i].file, si->path) && d->v[i].line > 0) {
				*line = d->v[i].line;
				return xasprintf("%s:%d: %s", si->path, d->v[i].line, d->v[i].message);
			}
		return xasprintf("%s: a line of the journal cannot be read", si->path);
	}
	if (si->missing) /* resuming the older copy would fork the round */
		return xasprintf("it was saved elsewhere, in %s, which is not there now", si->missing);
	if (si->open_elsewhere && si->open_pid > 0)
		return xasprintf("it is open in another window (pid %ld)", si->open_pid);
	if (si->open_elsewhere)
		return xstrdup("it is open in another window");
	if (a->opts && a->opts->cat && !catalog_find_kind(a->opts->cat, si->flow_id, DOC_FLOW))
		return xasprintf("%s: its flow \"%s\" is not on the search path", si->path, si->flow_id);
	return NULL;
}

bool rounds_offered(const struct app *a)
{
	size_t n;
	struct session_info *v = rounds_list(a, &n, NULL);
	bool any = false;
	for (size_t i = 0; i < n; i++)
		any = any || !v[i].ended;
	session_info_free(v, n);
	return any;
}

static void rounds_free_list(struct rounds *r)
{
	for (size_t i = 0; i < r->n_list; i++)
		free(r->why[i]);
	free(r->why);
	free(r->line);
	free(r->shown);
	session_info_free(r->list, r->n_list);
	r->list = NULL;
	r->why = NULL;
	r->line = NULL;
	r->shown = NULL;
	r->n_list = r->n = 0;
}

/* Reads the rounds again (after a delete, or back on top), keeping the selection's place. */
static void rounds_load(struct rounds *r)
{
	struct app *a = r->v.app;
	struct diags d = {0};
	rounds_free_list(r);
	r->list = rounds_list(a, &r->n_list, &d);
	size_t cap = r->n_list ? r->n_list : 1;
	r->why = xcalloc(cap, sizeof *r->why);
	r->line = xcalloc(cap, sizeof *r->line);
	r->shown = xcalloc(cap, sizeof *r->shown);
	r->row_h = 2;
	for (size_t i = 0; i < r->n_list; i++) {
		if (!r->all && r->list[i].ended)
			continue;
		r->why[i] = rounds_why(a, &r->list[i], &d, &r->line[i]);
		r->shown[r->n++] = i;
		if (r->list[i].moved || r->list[i].rescued || r->list[i].missing)
			r->row_h = 3;
	}
	diags_free(&d);
	if (r->v.area.h > 0)
		r->v.ops->layout(&r->v);
}

/* The round selected, or NULL when none is shown. */
static const struct session_info *rounds_selected(const struct rounds *r)
{
	return r->n ? &r->list[r->shown[r->sc.sel]] : NULL;
}

static void rounds_layout(struct view *v)
{
	struct rounds *r = (struct rounds *)v;
	bool any = false;
	for (size_t i = 0; i < r->n; i++)
		any = any || r->why[r->shown[i]];
	r->detail = any ? 4 : 0; /* room to say why one cannot be resumed */
	int h = v->area.h - 4 - r->detail;
	size_t rows = h >= r->row_h ? (size_t)(h / r->row_h) : 1;
	scroll_set(&r->sc, r->n, rows);
}

char *rounds_advice(const struct session_info *s, const char *why)
{
	if (s->missing)
		return xasprintf("Cannot be resumed: %s. Plug the drive in, or open this older copy "
				 "with rucksack resume %s", why, s->path);
	if (s->open_elsewhere && !s->damaged)
		return xasprintf("Cannot be resumed here: %s. Carry on there, or close it there "
				 "first.", why);
	return s->damaged ? xasprintf("Cannot be resumed: %s. Mend or delete that line in a text "
				      "editor, then resume it.", why)
			  : xasprintf("Cannot be resumed: %s (--decks names where to look).", why);
}

const char *rounds_flow_title(const struct app *a, const struct session_info *si)
{
	const struct doc *flow = a->opts && a->opts->cat
					 ? catalog_find_kind(a->opts->cat, si->flow_id, DOC_FLOW)
					 : NULL;
	return flow && flow->title ? flow->title : si->flow_id;
}

static void rounds_draw_row(const struct rounds *r, size_t i, int y)
{
	struct rect a = r->v.area;
	size_t k = r->shown[i];
	const struct session_info *si = &r->list[k];
	char *one, *two, *where = rsave_where(si);
	rounds_row(si, rounds_flow_title(r->v.app, si), r->why[k], r->line[k], &one, &two);
	draw_line(y, a.x + 2, a.w - 4, one,
		  i == r->sc.sel ? PAL_SELECT : r->why[k] && !si->ended ? PAL_WARN : PAL_NORMAL);
	draw_text(y + 1, a.x + 2, a.w - 4, two, PAL_DIM);
	if (where)
		draw_text(y + 2, a.x + 4, a.w - 6, where, si->missing ? PAL_WARN : PAL_DIM);
	free(one);
	free(two);
	free(where);
}

static void rounds_draw(struct view *v)
{
	struct rounds *r = (struct rounds *)v;
	struct rect a = v->area;
	const char *head = r->all ? (r->n ? "Rounds kept on this machine, newest first." : "No rounds kept.")
			   : r->n ? "Unfinished rounds, newest first. Enter resumes where it was left."
				  : "No unfinished round.";
	draw_text(a.y + 1, a.x + 2, a.w - 4, head, PAL_DIM);
	int y = a.y + 3;
	for (size_t i = r->sc.top; i < r->n && i < r->sc.top + r->sc.rows; i++, y += r->row_h)
		rounds_draw_row(r, i, y);
	y = a.y + 3 + r->row_h * (int)r->sc.rows;
	draw_more(y, a.x + 2, a.w - 4, r->sc.top > 0, r->sc.top + r->sc.rows < r->n);
	const struct session_info *si = rounds_selected(r);
	const char *why = si ? r->why[r->shown[r->sc.sel]] : NULL;
	if (why && r->detail) {
		char *advice = rounds_advice(si, why);
		draw_wrap_cut((struct rect){a.y + a.h - r->detail, a.x + 2, r->detail, a.w - 4}, advice,
			      PAL_WARN);
		free(advice);
	}
}

static int rounds_resume(struct rounds *r)
{
	const struct session_info *si = rounds_selected(r);
	if (!si)
		return R_NONE;
	struct app *a = r->v.app;
	const char *why = r->why[r->shown[r->sc.sel]];
	if (why) {
		char *advice = rounds_advice(si, why);
		app_message(a, PAL_WARN, "%s", advice);
		free(advice);
		return R_REDRAW;
	}
	char *path = xstrdup(si->path);
	app_close(a, &r->v); /* this list goes; the round takes its place */
	round_resume(a, path);
	free(path);
	return R_REDRAW;
}

static int rounds_key(struct view *v, int key, enum action act)
{
	struct rounds *r = (struct rounds *)v;
	size_t page = r->sc.rows > 1 ? r->sc.rows - 1 : 1, sel = r->sc.sel;
	(void)key;
	switch (act) {
	case ACT_UP: return scroll_select(&r->sc, sel ? sel - 1 : 0) ? R_REDRAW : R_NONE;
	case ACT_DOWN: return scroll_select(&r->sc, sel + 1) ? R_REDRAW : R_NONE;
	case ACT_ED_PGUP: return scroll_select(&r->sc, sel > page ? sel - page : 0) ? R_REDRAW : R_NONE;
	case ACT_ED_PGDN: return scroll_select(&r->sc, sel + page) ? R_REDRAW : R_NONE;
	case ACT_TOP: return scroll_select(&r->sc, 0) ? R_REDRAW : R_NONE;
	case ACT_BOTTOM: return scroll_select(&r->sc, r->n) ? R_REDRAW : R_NONE;
	case ACT_RD_RESUME: return rounds_resume(r);
	case ACT_RD_READ:
	case ACT_RD_EXPORT:
	case ACT_RD_DELETE: return rounds_act(&r->acts, act, rounds_selected(r));
	case ACT_CLOSE: return R_CLOSE;
	default: return R_PASS;
	}
}

/* Back on top (a transcript read, a box closed, a window elsewhere done
 * with a round): the rounds are read again, and a file found there already
 * by an export is asked about. */
static void rounds_on_top(struct view *v)
{
	struct rounds *r = (struct rounds *)v;
	if (!r->fresh)
		rounds_load(r);
	r->fresh = false;
	rounds_ask_replace(&r->acts);
}

static void rounds_close(struct view *v)
{
	struct rounds *r = (struct rounds *)v;
	rounds_free_list(r);
	rounds_actions_free(&r->acts);
	free(r);
}

/* The key line for the state at hand (screen_bars.h). */
static size_t rounds_bar_now(const struct view *v, enum action *out, size_t cap)
{
	const struct rounds *r = (const struct rounds *)v;
	const struct session_info *si = rounds_selected(r);
	struct rdbar_state st = {.any = si != NULL, .all = r->all,
				 .blocked = si && r->why[r->shown[r->sc.sel]]};
	return rdbar_actions(&st, out, cap);
}

/* Enter on an ended round opens it to read: the key line says so. */
static const char *rounds_bar_name(const struct view *v, enum action a)
{
	const struct session_info *si = rounds_selected((const struct rounds *)v);
	return a == ACT_RD_RESUME && si && si->ended ? "open" : NULL;
}

static const struct view_ops rounds_ops = {
	.name = "Resume a round",
	.keys = rounds_keys,
	.bar_now = rounds_bar_now,
	.bar_name = rounds_bar_name,
	.draw = rounds_draw,
	.key = rounds_key,
	.layout = rounds_layout,
	.close = rounds_close,
	.on_top = rounds_on_top,
};

static const struct view_ops rounds_all_ops = {
	.name = "Rounds kept",
	.keys = rounds_keys,
	.bar_now = rounds_bar_now,
	.bar_name = rounds_bar_name,
	.draw = rounds_draw,
	.key = rounds_key,
	.layout = rounds_layout,
	.close = rounds_close,
	.on_top = rounds_on_top,
};

static int rounds_chosen(struct view *owner, size_t i)
{
	return rounds_export_chosen(&((struct rounds *)owner)->acts, i);
}

static int rounds_replace(struct view *owner)
{
	return rounds_export_replace(&((struct rounds *)owner)->acts);
}

static int rounds_deleted(struct view *owner)
{
	struct rounds *r = (struct rounds *)owner;
	rounds_delete_yes(&r->acts);
	rounds_load(r);
	return R_REDRAW;
}

static struct rounds *rounds_new(struct app *a, bool all)
{
	struct rounds *r = xcalloc(1, sizeof *r);
	r->v.ops = all ? &rounds_all_ops : &rounds_ops;
	r->v.app = a;
	r->acts = (struct rounds_acts){.owner = &r->v, .chosen = rounds_chosen,
				       .replace = rounds_replace, .delete_yes = rounds_deleted};
	r->all = all;
	r->fresh = true;
	rounds_load(r);
	return r;
}

struct view *rounds_open(struct app *a)
{
	return &rounds_new(a, false)->v;
}

struct view *rounds_all_open(struct app *a)
{
	return &rounds_new(a, true)->v;
}

bool rounds_resumable(struct app *a)
{
	bool unfinished;
	struct view *v = rounds_offer_open(a, &unfinished, NULL, NULL);
	if (v)
		v->ops->close(v);
	return v != NULL;
}

struct view *rounds_offer_open(struct app *a, bool *unfinished, struct session_info **all,
			       size_t *n_all)
{
	struct rounds *r = rounds_new(a, false);
	*unfinished = r->n > 0;
	if (all) {
		*all = session_info_copy(r->list, r->n_list);
		*n_all = r->n_list;
	}
	for (size_t i = 0; i < r->n; i++)
		if (!r->why[r->shown[i]])
			return &r->v;
	rounds_close(&r->v);
	return NULL;
}
