/* The setup screen's drawing: the people, their seats and the footer. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "core/base/xalloc.h"
#include "core/round/round_history.h"
#include "core/round/round_setup.h"
#include "draw.h"
#include "round_seats.h"
#include "setup_int.h"

static size_t setup_seat_lines(const struct setup *s)
{
	return s->rs.flow->flow.n_roles + 1;
}

void setup_layout(struct view *v)
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

const char *setup_day(int64_t ms, char *buf)
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

void setup_draw(struct view *v)
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
