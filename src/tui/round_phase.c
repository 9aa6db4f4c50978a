/* The phase screen's text: header lines and the body with its selectable items. */
#include "round_phase.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/deck/model.h"
#include "core/deck/seating.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "core/round/turn.h"
#include "round_entries.h"
#include "round_seats.h"

/* Tags the lines from `from` to the end as belonging to item (kind, index). */
static void rphase_tag(struct rphase *p, size_t from, enum rph_kind kind, size_t index)
{
	xgrow((void **)&p->refs, &p->refs_cap, p->t.n ? p->t.n : 1, sizeof *p->refs);
	for (size_t i = from; i < p->t.n; i++)
		p->refs[i] = (struct rph_ref){kind, index, i == from};
}

static void rphase_add(struct rphase *p, const char *text, size_t cols, enum tl_style st,
		       const char *first)
{
	size_t from = p->t.n;
	tlines_add(&p->t, text, cols, st, first);
	rphase_tag(p, from, RPH_TEXT, 0);
}

static void rphase_gap(struct rphase *p)
{
	size_t from = p->t.n;
	tlines_gap(&p->t);
	rphase_tag(p, from, RPH_TEXT, 0);
}

const char *rphase_card_title(const struct session *s, const char *deck, const char *card)
{
	const struct doc *d = session_deck(s, deck);
	long i = d ? deck_find_card(&d->deck, card) : -1;
	return i >= 0 ? d->deck.cards[i].title : card;
}

static const char *rphase_deck_title(const struct session *s, const char *deck)
{
	const struct doc *d = session_deck(s, deck);
	return d && d->title ? d->title : deck;
}

static const char *rphase_role_title(const struct session *s, size_t person)
{
	const struct role *r = session_role_of(s, person);
	return r ? (r->title ? r->title : r->id) : NULL;
}

char *rphase_card_label(const struct session *s, const struct dealt *c)
{
	const char *card = rphase_card_title(s, c->deck, c->card);
	const char *deck = rphase_deck_title(s, c->deck);
	const char *hand = c->by_hand ? " (chosen by hand)" : "";
	const struct strv *people = session_people(s);
	if (c->person < 0 || (size_t)c->person >= people->n)
		return xasprintf("Table: %s · %s%s", card, deck, hand);
	const char *role = rphase_role_title(s, (size_t)c->person);
	return xasprintf("%s%s%s: %s · %s%s", people->v[c->person], role ? ", " : "",
			 role ? role : "", card, deck, hand);
}

static void rphase_seats(struct rphase *p, const struct session *s, size_t cols)
{
	struct strv lines = {0};
	rseats_lines(&session_flow(s)->flow, session_people(s),
		     session_seats(s, session_round_index(s)), true, &lines);
	rphase_add(p, "Seats", cols, TL_HEADING, NULL);
	for (size_t i = 0; i < lines.n; i++)
		rphase_add(p, lines.v[i], cols, TL_NORMAL, "  ");
	strv_free(&lines);
}

/* The cards in hand (turn_hand: earlier phases' too), the ones dealt here marked new. */
static void rphase_cards(struct rphase *p, const struct session *s, size_t cols)
{
	size_t *hand = xcalloc(session_n_dealt(s) ? session_n_dealt(s) : 1, sizeof *hand);
	size_t n = turn_hand(s, hand);
	if (n)
		rphase_add(p, "Cards in hand", cols, TL_HEADING, NULL);
	for (size_t k = 0; k < n; k++) {
		char *label = rphase_card_label(s, session_dealt(s, hand[k]));
		char *line = xasprintf("%s%s", label, turn_is_new(s, hand[k]) ? " · new" : "");
		size_t from = p->t.n;
		tlines_add(&p->t, line, cols, TL_NORMAL, "  ");
		rphase_tag(p, from, RPH_CARD, hand[k]);
		free(line);
		free(label);
	}
	if (n)
		rphase_gap(p);
	free(hand);
}

static void rphase_entries(struct rphase *p, const struct session *s, size_t cols)
{
	size_t *idx = xcalloc(session_n_entries(s) ? session_n_entries(s) : 1, sizeof *idx);
	size_t n = rentries_phase(s, idx);
	if (n)
		rphase_add(p, "Written", cols, TL_HEADING, NULL);
	for (size_t k = 0; k < n; k++) {
		const struct entry *e = session_entry(s, idx[k]);
		char *label = rentries_label(s, e);
		char *first = xasprintf("  %s: ", label);
		size_t from = p->t.n;
		tlines_add(&p->t, e->text, cols, TL_NORMAL, first);
		rphase_tag(p, from, RPH_ENTRY, idx[k]);
		free(first);
		free(label);
	}
	free(idx);
}

char *rphase_action_label(const struct session *s, const struct round_action *a)
{
	const char *who = a->person >= 0 ? session_people(s)->v[a->person] : a->who;
	return xasprintf("%s — %s%s%s", a->what, who && *who ? who : "no one named",
			 *a->by ? ", by " : "", a->by);
}

/* Every live action of the round, whichever phase it was agreed in. */
static void rphase_actions(struct rphase *p, const struct session *s, size_t cols)
{
	bool any = false;
	for (size_t i = 0; i < session_n_actions(s); i++) {
		const struct round_action *a = session_action(s, i);
		if (a->deleted)
			continue;
		if (!any)
			rphase_add(p, "Actions agreed", cols, TL_HEADING, NULL);
		any = true;
		char *label = rphase_action_label(s, a);
		size_t from = p->t.n;
		tlines_add(&p->t, label, cols, TL_NORMAL, "  • ");
		rphase_tag(p, from, RPH_ACTION, i);
		free(label);
	}
}

char *rphase_case(const struct session *s)
{
	const char *c = session_case_ref(s), *q = session_question(s);
	if (c && q)
		return xasprintf("Case: %s · Question: %s", c, q);
	return c ? xasprintf("Case: %s", c) : q ? xasprintf("Question: %s", q) : NULL;
}

void rphase_build(struct rphase *p, const struct session *s, size_t cols)
{
	rphase_free(p);
	const struct phase *ph = session_phase(s);
	if (ph && ph->guidance) {
		rphase_add(p, ph->guidance, cols, TL_NORMAL, NULL);
		rphase_gap(p);
	}
	if (ph && ph->prompts.n) {
		for (size_t i = 0; i < ph->prompts.n; i++)
			rphase_add(p, ph->prompts.v[i], cols, TL_DIM, "• ");
		rphase_gap(p);
	}
	rphase_cards(p, s, cols);
	rphase_entries(p, s, cols);
	rphase_actions(p, s, cols);
	rphase_gap(p);
	rphase_seats(p, s, cols);
}

void rphase_free(struct rphase *p)
{
	tlines_free(&p->t);
	free(p->refs);
	p->refs = NULL;
	p->refs_cap = 0;
}

size_t rphase_step(const struct rphase *p, size_t i, int dir)
{
	for (size_t j = i; dir > 0 ? j + 1 < p->t.n : j > 0;) {
		j = dir > 0 ? j + 1 : j - 1;
		if (p->refs[j].kind != RPH_TEXT && p->refs[j].first)
			return j;
	}
	return i;
}

size_t rphase_first_item(const struct rphase *p)
{
	for (size_t i = 0; i < p->t.n; i++)
		if (p->refs[i].kind != RPH_TEXT)
			return i;
	return p->t.n;
}

size_t rphase_find(const struct rphase *p, enum rph_kind kind, size_t index)
{
	for (size_t i = 0; i < p->t.n; i++)
		if (p->refs[i].kind == kind && p->refs[i].index == index && p->refs[i].first)
			return i;
	return p->t.n;
}

char *rphase_where(const struct session *s)
{
	return xasprintf("Round %zu of %u · phase %zu of %zu", session_round_index(s) + 1,
			 session_rounds(s), session_phase_index(s) + 1, session_n_phases(s));
}

/* "Ana, Ben" for the people in who[n]; caller frees. */
static char *rphase_names(const struct session *s, const size_t *who, size_t n)
{
	char *out = xstrdup("");
	for (size_t i = 0; i < n; i++) {
		char *t = xasprintf("%s%s%s", out, i ? ", " : "", session_people(s)->v[who[i]]);
		free(out);
		out = t;
	}
	return out;
}

char *rphase_turn(const struct session *s)
{
	const struct phase *ph = session_phase(s);
	if (!ph || !ph->who)
		return NULL;
	if (strcmp(ph->who, DEAL_TO_ALL) == 0)
		return xstrdup("Turn: everyone");
	const struct flow *f = &session_flow(s)->flow;
	long r = flow_find_role(f, ph->who);
	const struct role *ro = r >= 0 ? &f->roles[r] : NULL;
	const char *title = ro && ro->title ? ro->title : ph->who;
	size_t *who = xcalloc(session_people(s)->n ? session_people(s)->n : 1, sizeof *who);
	size_t n = turn_who(s, who);
	char *names = rphase_names(s, who, n);
	char *out = xasprintf("Turn: %s — %s", title, n ? names : "nobody holds it");
	free(names);
	free(who);
	return out;
}

/* where and turn joined ("where · turn", or where alone); caller frees. */
static char *rphase_join(const char *where, const char *turn)
{
	return xasprintf("%s%s%s", where, turn ? " · " : "", turn ? turn : "");
}

size_t rphase_head(const struct session *s, size_t cols, size_t max, struct strv *out)
{
	char *turn = rphase_turn(s), *where = rphase_where(s);
	char *line = rphase_join(where, turn);
	free(where);
	if (utf8_width(line) > cols) {
		where = xasprintf("R%zu · %zu/%zu", session_round_index(s) + 1,
				  session_phase_index(s) + 1, session_n_phases(s));
		free(line);
		line = rphase_join(where, turn);
		free(where);
	}
	free(turn);
	size_t *starts, *lens;
	size_t n = utf8_wrap(line, cols ? cols : 1, &starts, &lens), shown = 0;
	for (; shown < n && shown < (max ? max : 1); shown++) {
		bool last = shown + 1 == (max ? max : 1) || shown + 1 == n;
		size_t len = last ? strlen(line) - starts[shown] : lens[shown];
		strv_push_owned(out, xstrndup(line + starts[shown], len));
	}
	free(starts);
	free(lens);
	free(line);
	return shown;
}

/* How many live contributions (notes left out) the current phase has. */
static size_t rphase_n_spoken(const struct session *s)
{
	size_t n = 0;
	for (size_t i = 0; i < session_n_entries(s); i++) {
		const struct entry *e = session_entry(s, i);
		n += !e->note && !e->deleted && e->round == session_round_index(s) &&
		     e->phase == session_phase_index(s);
	}
	return n;
}

/* "2 Ana, 4 Ben": the people in who[n] with the numbers that pick them; caller frees. */
static char *rphase_numbered(const struct session *s, const size_t *who, size_t n)
{
	char *out = xstrdup("");
	for (size_t i = 0; i < n; i++) {
		char *t = xasprintf("%s%s%zu %s", out, i ? ", " : "", who[i] + 1,
				    session_people(s)->v[who[i]]);
		free(out);
		out = t;
	}
	return out;
}


static size_t rphase_n_actions(const struct session *s)
{
	size_t n = 0;
	for (size_t i = 0; i < session_n_actions(s); i++)
		n += !session_action(s, i)->deleted;
	return n;
}

char *rphase_capture(const struct session *s)
{
	const struct phase *ph = session_phase(s);
	if (!ph || ph->capture == CAPTURE_NONE)
		return xstrdup("Nothing to write in this phase (n adds a note)");
	size_t spoken = rphase_n_spoken(s);
	if (ph->capture == CAPTURE_ACTIONS) {
		int by = turn_default_author(s, false);
		return spoken ? xasprintf("Actions agreed: %zu (a adds one) · Written: %zu",
					  rphase_n_actions(s), spoken)
			      : xasprintf("Actions agreed: %zu (a adds one) · Write: by %s",
					  rphase_n_actions(s), turn_author_name(s, by));
	}
	if (ph->capture == CAPTURE_ONE && seating_max_people(&session_flow(s)->flow) == 1)
		return xstrdup(spoken ? "Written: your reflection" : "Write: your reflection");
	int author = turn_default_author(s, false);
	if (ph->capture == CAPTURE_ONE)
		return spoken ? xasprintf("Written: %zu · next by %s", spoken, turn_author_name(s, author))
			      : xasprintf("Write: by %s", turn_author_name(s, author));
	size_t *who = xcalloc(session_people(s)->n ? session_people(s)->n : 1, sizeof *who);
	size_t n = turn_who(s, who), left = turn_not_spoken(s, who);
	char *names = rphase_numbered(s, who, left);
	char *out = n == 0  ? xstrdup("Write: one each (nobody holds the role)")
		    : left ? xasprintf("Spoken %zu of %zu · not yet: %s", n - left, n, names)
			   : xasprintf("Spoken: all %zu (a number lets someone speak again)", n);
	free(names);
	free(who);
	return out;
}

/* The first of n texts that fits in cols columns, else the last; caller frees all, keeps the pick. */
static char *rphase_fit(char **v, size_t n, size_t cols)
{
	size_t pick = n - 1;
	for (size_t i = 0; i + 1 < n && pick == n - 1; i++)
		if (utf8_width(v[i]) <= cols)
			pick = i;
	for (size_t i = 0; i < n; i++)
		if (i != pick)
			free(v[i]);
	return v[pick];
}

char *rphase_ended(const struct session *s, size_t cols)
{
	const char *id = session_id(s) ? session_id(s) : "ID";
	char *v[] = {xasprintf("Round ended: read only · export: rucksack export %s", id),
		     xasprintf("Ended, read only · rucksack export %s", id),
		     xstrdup("Ended, read only · rucksack export")};
	return rphase_fit(v, sizeof v / sizeof *v, cols);
}

/* "today 21:03", or "24 Nov 2026 21:03" on another day (local time). */
static void rphase_when(time_t t, time_t now, char *out, size_t n)
{
	struct tm a, b;
	localtime_r(&t, &a);
	localtime_r(&now, &b);
	bool today = a.tm_year == b.tm_year && a.tm_yday == b.tm_yday;
	strftime(out, n, today ? "today %H:%M" : "%d %b %Y %H:%M", &a);
}

char *rphase_transcript(const struct session *s, const char *path, time_t written, time_t now,
			size_t cols)
{
	if (!path)
		return xstrdup("No transcript yet (t writes it)");
	char when[40];
	rphase_when(written, now, when, sizeof when);
	/* older than the end: written with t before, and the end's own write failed */
	bool old = session_ended_at(s) && written < (time_t)(session_ended_at(s) / 1000);
	const char *slash = strrchr(path, '/');
	char *head = xasprintf("Transcript: %s, written %s%s", slash ? slash + 1 : path, when,
			       old ? ", before the round ended (t writes it again)" : "");
	if (utf8_width(head) > cols) { /* too narrow for its name: when, at least */
		free(head);
		return xasprintf("Transcript written %s%s", when,
				 old ? ", before the end: t writes it again" : "");
	}
	if (!slash)
		return head;
	/* the folder last: a narrow window cuts the folder's end */
	char *out = xasprintf("%s, in %.*s", head, slash == path ? 1 : (int)(slash - path), path);
	free(head);
	return out;
}
