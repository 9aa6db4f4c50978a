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
#include "setup_int.h"

static const enum action setup_keys[] = {
	ACT_SU_ADD,  ACT_SU_START, ACT_UP,	  ACT_DOWN,	ACT_SU_UP,   ACT_SU_DOWN,
	ACT_SU_REMOVE, ACT_SU_SWAP, ACT_SU_OPTIONAL, ACT_SU_SEED, ACT_SU_FACIL, ACT_SU_CASE, ACT_SU_FIT,
	ACT_SU_APOLOGY, ACT_SU_GROUP, ACT_CLOSE,
	ACT_TOP,     ACT_BOTTOM,   ACT_HELP,	  ACT_NONE};

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
	double total = rsetup_total_minutes(&s->rs);
	if (slot && total > slot) /* a timed phase keeps at least a minute */
		app_message(s->v.app, PAL_WARN, "%u min is too short: at a minute a phase, %g min: %s.",
			    slot, total, each);
	else
		app_message(s->v.app, PAL_OK, "%s %g min: %s.", slot ? "Fitted to" : "Back to the flow's",
			    total, each);
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
