#include "view_setup.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/base/xalloc.h"
#include "round_seats.h"
#include "core/round/round_setup.h"
#include "core/round/round_history.h"
#include "core/round/setup_prefs.h"
#include "core/base/paths.h"
#include "screen_bars.h"
#include "scroll.h"
#include "view_form.h"
#include "view_prompt.h"
#include "view_round.h"

struct setup {
	struct view v;
	struct rsetup rs;
	struct scroll sc;  /* the people */
	long mark;	   /* the person marked for a swap, or -1 */
	struct view *from; /* the flow list below, closed when the round starts; or NULL */
	int list_rows;
	struct history hist; /* the rounds kept on this machine */
	size_t next_group;   /* the group P takes next */
};

static const enum action setup_keys[] = {
	ACT_SU_ADD,  ACT_SU_START, ACT_UP,	  ACT_DOWN,	ACT_SU_UP,   ACT_SU_DOWN,
	ACT_SU_REMOVE, ACT_SU_SWAP, ACT_SU_OPTIONAL, ACT_SU_SEED, ACT_SU_FACIL, ACT_SU_CASE, ACT_SU_FIT,
	ACT_SU_APOLOGY, ACT_SU_GROUP, ACT_CLOSE,
	ACT_TOP,     ACT_BOTTOM,   ACT_HELP,	  ACT_NONE};

static size_t setup_seat_lines(const struct setup *s)
{
	return s->rs.flow->flow.n_roles + 1;
}

static void setup_layout(struct view *v)
{
	struct setup *s = (struct setup *)v;
	/* the people get what the seats, the heading lines and the footer leave */
	int rows = v->area.h - 7 - (int)setup_seat_lines(s) - (s->rs.apologies.n ? 1 : 0);
	s->list_rows = rows < 3 ? 3 : rows;
	if (s->list_rows > v->area.h - 4)
		s->list_rows = v->area.h - 4 > 1 ? v->area.h - 4 : 1;
	scroll_set(&s->sc, s->rs.people.n, (size_t)s->list_rows);
}

/* The title of the role person p would take, or "not seated". */
static const char *setup_role(const struct setup *s, size_t p)
{
	if (!s->rs.seated)
		return "";
	int r = s->rs.seats[p];
	const struct role *ro = r >= 0 ? &s->rs.flow->flow.roles[r] : NULL;
	return ro ? (ro->title ? ro->title : ro->id) : "not seated";
}

/* "2 Dec 2026" in local time, into buf (>= 32 bytes). */
static const char *setup_day(int64_t ms, char *buf)
{
	time_t t = (time_t)(ms / 1000);
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(buf, 32, "%e %b %Y", &tm);
	return buf[0] == ' ' ? buf + 1 : buf;
}

/* Person p's role, and when they last presented in the rounds kept here
 * (said only once there are any). */
static char *setup_person_line(const struct setup *s, size_t p)
{
	char day[32];
	int64_t at = history_presented_at(&s->hist, s->rs.people.v[p]);
	const char *role = setup_role(s, p);
	if (!s->hist.n_groups)
		return xstrdup(role);
	return at ? xasprintf("%s%spresented %s", role, *role ? " · " : "", setup_day(at, day))
		  : xasprintf("%s%snever presented", role, *role ? " · " : "");
}

static int setup_draw_people(struct setup *s, int y)
{
	struct rect a = s->v.area;
	long pick = s->hist.n_groups ? history_propose_presenter(&s->hist, &s->rs.people) : -1;
	char *head = pick < 0 ? xasprintf("People (%zu) — a adds, P the same group, Enter starts",
					  s->rs.people.n)
			      : xasprintf("People (%zu) — presented longest ago: %s", s->rs.people.n,
					  s->rs.people.v[pick]);
	draw_text(y++, a.x + 1, a.w - 2, head, PAL_HEADING);
	free(head);
	if (!s->rs.people.n)
		draw_text(y, a.x + 3, a.w - 4, "Nobody yet: press a and type names, e.g. Ana, Ben, Chi",
			  PAL_DIM);
	int name_w = a.w / 2 - 4 > 8 ? a.w / 2 - 4 : 8;
	for (size_t i = s->sc.top; i < s->rs.people.n && i < s->sc.top + s->sc.rows; i++) {
		int yy = y + (int)(i - s->sc.top);
		enum pal p = i == s->sc.sel ? PAL_SELECT : PAL_NORMAL;
		char *num = xasprintf("%s%zu.", (long)i == s->mark ? "*" : " ", i + 1);
		draw_fill(yy, a.x + 1, a.w - 2, p);
		draw_text(yy, a.x + 1, 5, num, p);
		draw_text(yy, a.x + 6, name_w, s->rs.people.v[i], p);
		char *line = setup_person_line(s, i);
		draw_text(yy, a.x + 7 + name_w, a.w - 8 - name_w, line, p);
		free(line);
		free(num);
	}
	draw_more(y + s->list_rows, a.x + 1, a.w - 2, s->sc.top > 0,
		  s->sc.top + s->sc.rows < s->rs.people.n);
	return y + s->list_rows;
}

static int setup_draw_seats(struct setup *s, int y)
{
	struct rect a = s->v.area;
	draw_text(y++, a.x + 1, a.w - 2, "Seats", PAL_HEADING);
	if (!s->rs.seated) {
		char *need = xasprintf("%s needs at least %zu people; %zu more to add.",
				       s->rs.flow->title ? s->rs.flow->title : s->rs.flow->id, s->rs.need,
				       s->rs.need - s->rs.people.n);
		draw_text(y++, a.x + 3, a.w - 4, need, PAL_WARN);
		free(need);
		return y;
	}
	struct strv lines = {0};
	rseats_lines(&s->rs.flow->flow, &s->rs.people, s->rs.seats, false, &lines);
	/* above the footer (time, case, apologies if any); seats cut short end in a mark */
	int room = a.y + a.h - (s->rs.apologies.n ? 3 : 2) - y;
	size_t shown = lines.n <= (size_t)(room > 0 ? room : 0) ? lines.n
		       : room > 1 ? (size_t)room - 1 : 0;
	for (size_t i = 0; i < shown; i++)
		draw_text(y++, a.x + 3, a.w - 4, lines.v[i], PAL_NORMAL);
	if (shown < lines.n && room > 0) {
		char *more = xasprintf("↓ %zu more seat%s: a taller window shows them", lines.n - shown,
				       lines.n - shown == 1 ? "" : "s");
		draw_text(y++, a.x + 3, a.w - 4, more, PAL_DIM);
		free(more);
	}
	strv_free(&lines);
	return y;
}

/* "Time: 52 min" or "Time: 45 min (fitted; the flow's 52)"; "untimed" without minutes. */
static char *setup_time(const struct setup *s)
{
	double total = rsetup_total_minutes(&s->rs);
	double own = rsetup_flow_minutes(&s->rs.flow->flow, 0);
	if (total <= 0)
		return xstrdup("Time: untimed");
	if (s->rs.slot)
		return xasprintf("Time: %g min (fitted; the flow's %g)", total, own);
	return xasprintf("Time: %g min (m fits it)", total);
}

/* "Apologies (y): Dana, Eve" above the case line and the footer. */
static void setup_draw_apologies(const struct setup *s, int y)
{
	char *line = xstrdup("Apologies (y):");
	for (size_t i = 0; i < s->rs.apologies.n; i++) {
		char *next = xasprintf("%s%s %s", line, i ? "," : "", s->rs.apologies.v[i]);
		free(line);
		line = next;
	}
	draw_text(y, s->v.area.x + 1, s->v.area.w - 2, line, PAL_DIM);
	free(line);
}

static void setup_draw(struct view *v)
{
	struct setup *s = (struct setup *)v;
	struct rect a = v->area;
	int y = setup_draw_people(s, a.y);
	y = setup_draw_seats(s, y + 1);
	char seed[32];
	if (s->rs.has_seed)
		snprintf(seed, sizeof seed, "%llu", (unsigned long long)s->rs.seed);
	char *time = setup_time(s);
	char *foot = xasprintf("%s · Seed: %s · Facilitator: %s", time, s->rs.has_seed ? seed : "fresh",
			       s->rs.facilitator ? s->rs.facilitator : "not named");
	free(time);
	draw_text(a.y + a.h - 1, a.x + 1, a.w - 2, foot, PAL_DIM);
	free(foot);
	char *c = xasprintf("Case: %s · Question: %s (C gives them)",
			    s->rs.case_ref ? s->rs.case_ref : "none",
			    s->rs.question ? s->rs.question : "none");
	draw_text(a.y + a.h - 2, a.x + 1, a.w - 2, c, PAL_DIM);
	free(c);
	if (s->rs.apologies.n)
		setup_draw_apologies(s, a.y + a.h - 3);
}

/* --- prompts ------------------------------------------------------------ */

/* Says what a change did ("Removed Ana."), and whose seat it moved besides,
 * so that seats are never redone unnoticed. */
static void setup_say(struct setup *s, enum pal p, const char *what, const struct rsetup_snap *before)
{
	char *moved = rsetup_moved(&s->rs, before);
	if (moved)
		app_message(s->v.app, p, "%s%sSeats redone: %s.", what, *what ? " " : "", moved);
	else if (*what)
		app_message(s->v.app, p, "%s", what);
	free(moved);
}

static int setup_added(void *data, const char *text, char **msg)
{
	struct setup *s = data;
	struct diags d = {0};
	size_t before = s->rs.people.n;
	struct rsetup_snap snap;
	rsetup_snap(&s->rs, &snap);
	if (rsetup_add_list(&s->rs, text, &d) != 0 && s->rs.people.n == before) {
		*msg = xstrdup(d.n ? d.v[0].message : "no name given");
		diags_free(&d);
		rsetup_snap_free(&snap);
		return -1;
	}
	char *what = d.n ? xasprintf("Added %zu; %s.", s->rs.people.n - before, d.v[0].message)
			 : xstrdup("");
	setup_say(s, d.n ? PAL_WARN : PAL_NORMAL, what, &snap);
	free(what);
	rsetup_snap_free(&snap);
	diags_free(&d);
	s->mark = -1;
	setup_layout(&s->v);
	scroll_select(&s->sc, s->rs.people.n ? s->rs.people.n - 1 : 0);
	return 0;
}

static int setup_seeded(void *data, const char *text, char **msg)
{
	struct setup *s = data;
	uint64_t seed;
	if (!*text) {
		s->rs.has_seed = false;
		return 0;
	}
	if (rsetup_parse_seed(text, &seed) != 0) {
		*msg = xstrdup("A seed is a whole number (or nothing, for a fresh one).");
		return -1;
	}
	s->rs.seed = seed;
	s->rs.has_seed = true;
	return 0;
}

/* The slot typed: the phases fitted to it, and what each became said. */
static int setup_fitted(void *data, const char *text, char **msg)
{
	struct setup *s = data;
	unsigned slot;
	struct diags d = {0};
	if (rsetup_parse_slot(text, &slot) != 0) {
		*msg = xstrdup("Minutes as a whole number (45), or 1h30 or 1:30; empty: the flow's own.");
		return -1;
	}
	if (rsetup_fit(&s->rs, slot, &d) != 0) {
		*msg = xstrdup(d.n ? d.v[0].message : "cannot fit the round");
		diags_free(&d);
		return -1;
	}
	char *each = xstrdup("");
	for (size_t i = 0; i < s->rs.flow->flow.n_phases; i++) {
		double m = rsetup_phase_minutes(&s->rs, i);
		char *next = m > 0 ? xasprintf("%s%s%g", each, *each ? " · " : "", m)
				   : xasprintf("%s%s–", each, *each ? " · " : "");
		free(each);
		each = next;
	}
	app_message(s->v.app, PAL_OK, "%s %g min: %s.", slot ? "Fitted to" : "Back to the flow's",
		    rsetup_total_minutes(&s->rs), each);
	free(each);
	return 0;
}

static int setup_apologised(void *data, const char *text, char **msg)
{
	struct setup *s = data;
	struct diags d = {0};
	struct strv before = {0};
	strv_copy(&before, &s->rs.apologies);
	int rc = rsetup_toggle_apologies(&s->rs, text, &d);
	bool changed = before.n != s->rs.apologies.n;
	for (size_t i = 0; !changed && i < before.n; i++)
		changed = strcmp(before.v[i], s->rs.apologies.v[i]) != 0;
	if (rc != 0 && !changed) /* the box stays open to correct it */
		*msg = xstrdup(d.n ? d.v[0].message : "no name given");
	else if (rc != 0) /* some went in: typed again, they would come off */
		app_message(s->v.app, PAL_WARN, "Apologies changed; %s.", d.v[0].message);
	strv_free(&before);
	diags_free(&d);
	setup_layout(&s->v); /* the apologies take a line when there are any */
	return rc != 0 && !changed ? -1 : 0;
}

/* The first diagnostic as "file:line: message" for the status line. */
static void setup_say_diag(struct setup *s, const struct diags *d, const char *what)
{
	if (!d->n || !s->v.app)
		return;
	const struct diag *g = &d->v[0];
	app_message(s->v.app, PAL_WARN, "%s%s%s%.0d%s%s", what, g->file && *g->file ? g->file : "",
		    g->line ? ":" : "", g->line, g->file && *g->file ? ": " : "", g->message);
}

static env_fn setup_env(const struct setup *s)
{
	return s->v.app && s->v.app->opts ? s->v.app->opts->env : NULL;
}

/* The name is remembered for the next round's setup (setup_prefs.h). */
static int setup_named(void *data, const char *text, char **msg)
{
	struct setup *s = data;
	(void)msg;
	free(s->rs.facilitator);
	s->rs.facilitator = *text ? xstrdup(text) : NULL;
	struct setup_prefs p = {.facilitator = s->rs.facilitator};
	struct diags d = {0};
	if (setup_prefs_save(&p, setup_env(s), &d) != 0)
		setup_say_diag(s, &d, "Not remembered for next time: ");
	diags_free(&d);
	return 0;
}

static char *setup_field(const char *text)
{
	return text && text[strspn(text, " \t")] ? xstrdup(text) : NULL;
}

static int setup_cased(void *data, const char *const *texts, char **msg)
{
	struct setup *s = data;
	(void)msg;
	free(s->rs.case_ref);
	free(s->rs.question);
	s->rs.case_ref = setup_field(texts[0]);
	s->rs.question = setup_field(texts[1]);
	return 0;
}

static int setup_case(struct setup *s)
{
	struct form_field f[] = {
		{.label = "Case reference",
		 .hint = "Initials or a case number: never a family's names.",
		 .text = s->rs.case_ref},
		{.label = "The presenter's question for the group", .text = s->rs.question},
	};
	struct form_opts o = {.title = "The case and the question", .fields = f, .n = 2,
			      .accept = setup_cased, .data = s};
	app_push(s->v.app, form_open(s->v.app, &o));
	return R_REDRAW;
}

/* P: the next earlier group in place of the list -- only while the list is
 * empty or as the last P left it, so that nothing typed is lost. */
static int setup_group(struct setup *s)
{
	const struct history *h = &s->hist;
	size_t k = s->next_group;
	bool untouched = !s->rs.people.n;
	if (k > 0) {
		const struct strv *was = &h->groups[k - 1].people;
		untouched = untouched || (was->n == s->rs.people.n);
		for (size_t p = 0; untouched && p < was->n; p++)
			untouched = strv_find(&s->rs.people, was->v[p]) >= 0;
	}
	if (!h->n_groups) {
		app_message(s->v.app, PAL_NORMAL, "No earlier round on this machine.");
		return R_REDRAW;
	}
	if (!untouched) {
		app_message(s->v.app, PAL_NORMAL, "P starts from an earlier group: remove the people listed first (x).");
		return R_REDRAW;
	}
	k = k % h->n_groups;
	struct diags d = {0};
	rsetup_take_group(&s->rs, &h->groups[k].people, &d);
	char day[32];
	app_message(s->v.app, d.n ? PAL_WARN : PAL_NORMAL, "The same group as on %s (%s)%s%s%s",
		    setup_day(h->groups[k].started_at, day), h->groups[k].flow_id, d.n ? "; " : "",
		    d.n ? d.v[0].message : "", h->n_groups > 1 ? " · P again: the one before" : "");
	diags_free(&d);
	s->next_group = k + 1;
	s->mark = -1;
	setup_layout(&s->v);
	return R_REDRAW;
}

/* The facilitator's name from the last setup or the settings, the settings'
 * slot, and the rounds kept on this machine. */
static void setup_recall(struct setup *s)
{
	struct diags quiet = {0}; /* no folder yet: no earlier round */
	char *dir = paths_private_dir(setup_env(s), "sessions", 0, &quiet);
	history_load(&s->hist, dir);
	free(dir);
	diags_free(&quiet);
	struct setup_prefs p;
	struct diags d = {0};
	setup_prefs_load(&p, setup_env(s), &d);
	setup_prefs_apply(&p, &s->rs);
	setup_say_diag(s, &d, "");
	diags_free(&d);
}

static int setup_ask(struct setup *s, const char *title, const char *label, const char *text,
		     int (*accept)(void *, const char *, char **))
{
	struct prompt_opts o = {title, label, text, accept, s};
	app_push(s->v.app, prompt_open(s->v.app, &o));
	return R_REDRAW;
}

/* --- keys --------------------------------------------------------------- */

static int setup_swap(struct setup *s)
{
	size_t sel = s->sc.sel;
	if (!s->rs.seated || !s->rs.people.n) {
		app_message(s->v.app, PAL_NORMAL, "Seats come once there are people enough.");
		return R_REDRAW;
	}
	if (s->mark < 0 || (size_t)s->mark == sel) {
		s->mark = s->mark < 0 ? (long)sel : -1;
		if (s->mark >= 0)
			app_message(s->v.app, PAL_NORMAL, "Marked %s: select another person and press w.",
				    s->rs.people.v[sel]);
		return R_REDRAW;
	}
	/* they swap places in the list, so that the swap lasts whatever comes after */
	app_message(s->v.app, PAL_OK, "Swapped %s and %s.", s->rs.people.v[s->mark], s->rs.people.v[sel]);
	rsetup_swap(&s->rs, (size_t)s->mark, sel);
	s->mark = -1;
	return R_REDRAW;
}

static const char *setup_role_title(const struct flow *f, size_t r)
{
	return f->roles[r].title ? f->roles[r].title : f->roles[r].id;
}

/* o: seats the selected person in the flow's first optional role (a trained
 * systemic mentor who is present, say); again, in the next; after the last,
 * back to the seat the list gives them.  Optional roles are never filled
 * otherwise. */
static int setup_optional(struct setup *s)
{
	const struct flow *f = &s->rs.flow->flow;
	size_t sel = s->sc.sel;
	if (!rsetup_has_optional(&s->rs)) {
		app_message(s->v.app, PAL_NORMAL, "This flow has no optional role.");
		return R_REDRAW;
	}
	if (sel >= s->rs.people.n) {
		app_message(s->v.app, PAL_NORMAL, "Add people first (a), then o on the one to seat.");
		return R_REDRAW;
	}
	long was = rsetup_placed_role(&s->rs, sel), r = rsetup_next_optional(&s->rs, sel);
	if (was < 0 && r < 0) {
		app_message(s->v.app, PAL_NORMAL, "Every optional role is held: o on the person in one frees it.");
		return R_REDRAW;
	}
	struct rsetup_snap snap;
	rsetup_snap(&s->rs, &snap);
	rsetup_place(&s->rs, sel, r, &(struct diags){0}); /* next_optional only offers room */
	if (snap.seats && s->rs.seated) /* the one seated is named below; the others moved, after */
		snap.seats[sel] = s->rs.seats[sel];
	s->mark = -1;
	long next = rsetup_next_optional(&s->rs, sel);
	const char *who = s->rs.people.v[sel];
	char *what = r >= 0 ? xasprintf("%s seated as %s (o again: %s).", who, setup_role_title(f, (size_t)r),
					next >= 0 ? setup_role_title(f, (size_t)next) : "back to the list's seat")
		   : xasprintf("%s left empty; %s takes the list's seat.", setup_role_title(f, (size_t)was), who);
	setup_say(s, PAL_NORMAL, what, &snap);
	free(what);
	rsetup_snap_free(&snap);
	return R_REDRAW;
}

static int setup_start(struct setup *s)
{
	struct session_opts o = {0};
	if (rsetup_opts(&s->rs, &o) != 0) {
		app_message(s->v.app, PAL_WARN, "Add people first: this flow needs at least %zu.", s->rs.need);
		return R_REDRAW;
	}
	struct app *a = s->v.app;
	struct view *from = s->from;
	o.env = a->opts ? a->opts->env : NULL; /* where the rounds screen will look for it */
	if (round_start(a, &o)) {
		app_drop(a, &s->v); /* the round takes this screen's place, */
		if (from)
			app_drop(a, from); /* and the flow list's: leaving it goes home */
	}
	return R_REDRAW;
}

static int setup_people_key(struct setup *s, enum action act)
{
	size_t sel = s->sc.sel;
	if (!s->rs.people.n)
		return R_NONE;
	struct rsetup_snap snap;
	rsetup_snap(&s->rs, &snap);
	char *what = act == ACT_SU_REMOVE ? xasprintf("Removed %s.", s->rs.people.v[sel]) : xstrdup("");
	if (act == ACT_SU_REMOVE)
		rsetup_remove(&s->rs, sel);
	else
		sel = rsetup_move(&s->rs, sel, act == ACT_SU_UP ? -1 : 1);
	setup_say(s, PAL_NORMAL, what, &snap);
	free(what);
	rsetup_snap_free(&snap);
	s->mark = -1;
	setup_layout(&s->v);
	scroll_select(&s->sc, sel);
	return R_REDRAW;
}

static int setup_key(struct view *v, int key, enum action act)
{
	struct setup *s = (struct setup *)v;
	size_t sel = s->sc.sel;
	(void)key;
	switch (act) {
	case ACT_UP: return scroll_select(&s->sc, sel ? sel - 1 : 0) ? R_REDRAW : R_NONE;
	case ACT_DOWN: return scroll_select(&s->sc, sel + 1) ? R_REDRAW : R_NONE;
	case ACT_TOP: return scroll_select(&s->sc, 0) ? R_REDRAW : R_NONE;
	case ACT_BOTTOM: return scroll_select(&s->sc, s->rs.people.n) ? R_REDRAW : R_NONE;
	case ACT_SU_ADD:
		return setup_ask(s, "Add people", "Names or initials; several at once with commas:",
				 NULL, setup_added);
	case ACT_SU_REMOVE: case ACT_SU_UP: case ACT_SU_DOWN: return setup_people_key(s, act);
	case ACT_SU_SWAP: return setup_swap(s);
	case ACT_SU_OPTIONAL: return setup_optional(s);
	case ACT_SU_SEED:
		return setup_ask(s, "Seed", "A whole number deals the same cards again; empty: a fresh one:",
				 NULL, setup_seeded);
	case ACT_SU_FACIL:
		return setup_ask(s, "Facilitator", "Your name, for the transcript (may be empty):",
				 s->rs.facilitator, setup_named);
	case ACT_SU_CASE: return setup_case(s);
	case ACT_SU_FIT:
		return setup_ask(s, "Fit the time", "Your slot in minutes (45, 1h30); empty: the flow's own:",
				 NULL, setup_fitted);
	case ACT_SU_APOLOGY:
		return setup_ask(s, "Apologies", "Expected but absent, with commas; a name listed "
				 "already is taken off:", NULL, setup_apologised);
	case ACT_SU_GROUP: return setup_group(s);
	case ACT_SU_START: return setup_start(s);
	case ACT_CLOSE: return R_CLOSE;
	default: return R_PASS;
	}
}

static char *setup_title(const struct view *v)
{
	const struct setup *s = (const struct setup *)v;
	return xasprintf("New round · %s", s->rs.flow->title ? s->rs.flow->title : s->rs.flow->id);
}

static void setup_close(struct view *v)
{
	struct setup *s = (struct setup *)v;
	rsetup_free(&s->rs);
	history_free(&s->hist);
	free(s);
}

/* The key line for the state at hand (screen_bars.h). */
static size_t setup_bar_now(const struct view *v, enum action *out, size_t cap)
{
	const struct setup *s = (const struct setup *)v;
	bool optional = false;
	for (size_t r = 0; r < s->rs.flow->flow.n_roles; r++)
		optional = optional || s->rs.flow->flow.roles[r].optional;
	struct subar_state st = {.can_start = s->rs.seated, .people = s->rs.people.n > 0,
				 .marked = s->mark >= 0, .groups = s->hist.n_groups > 0,
				 .optional = optional};
	return subar_actions(&st, out, cap);
}

static const struct view_ops setup_ops = {
	.name = "Setup",
	.keys = setup_keys,
	.bar_now = setup_bar_now,
	.draw = setup_draw,
	.key = setup_key,
	.layout = setup_layout,
	.close = setup_close,
	.title = setup_title,
};

struct view *setup_open(struct app *a, const struct doc *flow, struct view *from)
{
	struct setup *s = xcalloc(1, sizeof *s);
	s->from = from;
	s->v.ops = &setup_ops;
	s->v.app = a;
	rsetup_init(&s->rs, flow);
	s->mark = -1;
	setup_recall(s);
	return &s->v;
}
