/*
 * Who is here, as the round goes: a late arrival joins (seated as the flow's
 * rules seat whoever comes next, seating_late; dealt what the current phase
 * deals to that role, in the same record, so a crash cannot leave them
 * seated but not dealt), someone can leave, and someone who left can come
 * back (to the seat they had).  Each is journalled (session.h's "join",
 * "leave" and "back") and rebuilt on replay.
 */
#include <stdlib.h>
#include <string.h>

#include "core/deck/seating.h"
#include "core/round/names.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

#define ATTEND_FAIL(...)                                                  \
	do {                                                              \
		diags_error(d, file, line, 1, DIAG_SCHEMA, __VA_ARGS__); \
		return -1;                                                \
	} while (0)

/* Makes room for joined_at and left_at of every person. */
static void attend_grow(struct session *s)
{
	if (s->n_presence >= s->people.n)
		return;
	s->joined_at = xrealloc(s->joined_at, s->people.n * sizeof *s->joined_at);
	s->left_at = xrealloc(s->left_at, s->people.n * sizeof *s->left_at);
	for (size_t p = s->n_presence; p < s->people.n; p++)
		s->joined_at[p] = s->left_at[p] = 0;
	s->n_presence = s->people.n;
}

/* The role a late arrival takes in the current round (seating_late). */
static int attend_late_role(const struct session *s)
{
	bool *here = xcalloc(s->people.n + 1, sizeof *here);
	for (size_t p = 0; p < s->people.n; p++)
		here[p] = !session_left_at(s, p);
	int role = seating_late(&s->flow->flow, s->seats[s->round], here, s->people.n);
	free(here);
	return role;
}

/* Gives every round already seated a seat for the newcomer: seat from the
 * current round on, none in the rounds before they came. */
static void attend_seat(struct session *s, int seat)
{
	size_t n = s->people.n;
	for (size_t r = 0; r < s->rounds; r++) {
		if (!s->seats[r])
			continue;
		s->seats[r] = xrealloc(s->seats[r], n * sizeof **s->seats);
		s->seats[r][n - 1] = r < s->round ? -1 : seat;
	}
}

int session_join_apply(struct session *s, const cJSON *r, const char *file, int line,
		       struct diags *d)
{
	const char *name = session_get_str(r, "name");
	long long seat = session_get_int(r, "seat", -1);
	if (!name || !*name || strv_find(&s->people, name) >= 0)
		ATTEND_FAIL("a \"join\" record without a name, or with one already present");
	if (seat < -1 || (s->role_ids.n && seat >= (long long)s->role_ids.n) || !s->seats[s->round])
		ATTEND_FAIL("a \"join\" record with a bad seat, or before the round is seated");
	strv_push(&s->people, name);
	if (!session_deals_ok(s, cJSON_GetObjectItemCaseSensitive(r, "deals"))) {
		free(s->people.v[--s->people.n]);
		ATTEND_FAIL("a \"join\" record whose cards lack a person, deck or card");
	}
	long absent = strv_find(&s->apologies, name); /* apologies sent, and came after all */
	if (absent >= 0) {
		free(s->apologies.v[absent]);
		memmove(s->apologies.v + absent, s->apologies.v + absent + 1,
			(s->apologies.n - (size_t)absent - 1) * sizeof *s->apologies.v);
		s->apologies.n--;
	}
	attend_seat(s, (int)seat);
	attend_grow(s);
	int64_t at = session_get_int(r, "at", 0);
	s->joined_at[s->people.n - 1] = at;
	session_apply_deals(s, r, at);
	return 0;
}

int session_leave_apply(struct session *s, const cJSON *r, const char *file, int line,
			struct diags *d)
{
	long long p = session_get_int(r, "person", -1);
	if (p < 0 || p >= (long long)s->people.n)
		ATTEND_FAIL("a \"leave\" record with no such person");
	attend_grow(s);
	s->left_at[p] = session_get_int(r, "at", 0);
	s->away = xrealloc(s->away, (s->n_away + 1) * sizeof *s->away);
	s->away[s->n_away++] = (struct session_away){(size_t)p, s->left_at[p], 0};
	return 0;
}

int session_back_apply(struct session *s, const cJSON *r, const char *file, int line,
		       struct diags *d)
{
	long long p = session_get_int(r, "person", -1);
	if (p < 0 || p >= (long long)s->people.n || !session_left_at(s, (size_t)p))
		ATTEND_FAIL("a \"back\" record for someone who has not left");
	for (size_t i = s->n_away; i-- > 0;)
		if (s->away[i].person == (size_t)p) {
			s->away[i].back = session_get_int(r, "at", 0);
			break;
		}
	s->left_at[p] = 0;
	return 0;
}

/* Someone who left, named again as a late arrival: they come back to their seat. */
static enum session_status attend_back(struct session *s, size_t person, struct diags *d)
{
	cJSON *rec = session_rec_new("back");
	cJSON_AddNumberToObject(rec, "person", (double)person);
	return session_commit(s, rec, d);
}

/* The person who left that name names (exactly, or alike); -1: none. */
static long attend_gone(const struct session *s, const char *name)
{
	long p = strv_find(&s->people, name);
	const char *alike = p < 0 ? names_alike(&s->people, name) : NULL;
	if (alike)
		p = strv_find(&s->people, alike);
	return p >= 0 && session_left_at(s, (size_t)p) ? p : -1;
}

enum session_status session_join(struct session *s, const char *name, struct diags *d)
{
	char *t = names_trim(name ? name : "");
	long gone = attend_gone(s, t);
	if (gone >= 0 && !s->read_only && !s->ended_at) {
		free(t);
		return attend_back(s, (size_t)gone, d);
	}
	bool came = strv_find(&s->apologies, t) >= 0; /* sent apologies, came after all */
	int bad = s->read_only || !s->flow || s->ended_at ||
		  (!came && names_check(&s->people, &s->apologies, t, d) != 0);
	if (bad) {
		if (s->read_only || !s->flow || s->ended_at)
			diags_error(d, s->journal_path, 0, 0, DIAG_SCHEMA,
				    "no one can join: the round is ended or open for reading only");
		free(t);
		return SESSION_INVALID;
	}
	int seat = attend_late_role(s);
	int *seats = xcalloc(s->people.n + 1, sizeof *seats);
	memcpy(seats, s->seats[s->round], s->people.n * sizeof *seats);
	seats[s->people.n] = seat;
	int *was = s->seats[s->round];
	s->seats[s->round] = seats; /* the deal sees the newcomer in their seat */
	cJSON *deals = session_deal_phase_to(s, s->round, s->phase, (long)s->people.n,
					     (long)s->people.n + 1, d);
	s->seats[s->round] = was;
	free(seats);
	cJSON *rec = session_rec_new("join");
	cJSON_AddStringToObject(rec, "name", t);
	cJSON_AddNumberToObject(rec, "seat", seat);
	cJSON_AddItemToObject(rec, "deals", deals);
	session_rec_add_rng(rec, s->dealer);
	free(t);
	return session_commit(s, rec, d);
}

enum session_status session_leave(struct session *s, size_t person, struct diags *d)
{
	if (person < s->people.n && session_left_at(s, person)) {
		diags_error(d, s->journal_path, 0, 0, DIAG_SCHEMA, "%s has already gone",
			    s->people.v[person]);
		return SESSION_INVALID;
	}
	if (s->read_only || s->ended_at || person >= s->people.n) {
		diags_error(d, s->journal_path, 0, 0, DIAG_SCHEMA,
			    "no such person here, or the round is ended or open for reading only");
		return SESSION_INVALID;
	}
	cJSON *rec = session_rec_new("leave");
	cJSON_AddNumberToObject(rec, "person", (double)person);
	return session_commit(s, rec, d);
}

long session_find_person(const struct session *s, const char *text)
{
	char *t = names_trim(text ? text : "");
	char *end = NULL;
	long n = strtol(t, &end, 10);
	long found = *t && !*end ? (n >= 1 && (size_t)n <= s->people.n ? n - 1 : -1)
				 : strv_find(&s->people, t);
	const char *alike = found < 0 ? names_alike(&s->people, t) : NULL;
	if (alike)
		found = strv_find(&s->people, alike);
	free(t);
	return found;
}

int64_t session_joined_at(const struct session *s, size_t person)
{
	return person < s->n_presence ? s->joined_at[person] : 0;
}

int64_t session_left_at(const struct session *s, size_t person)
{
	return person < s->n_presence ? s->left_at[person] : 0;
}

int64_t session_away(const struct session *s, size_t person, size_t k, int64_t *left)
{
	for (size_t i = 0; i < s->n_away; i++)
		if (s->away[i].person == person && k-- == 0) {
			*left = s->away[i].left;
			return s->away[i].back;
		}
	*left = 0;
	return -1;
}

bool session_attendance_changed(const struct session *s)
{
	for (size_t p = 0; p < s->n_presence; p++)
		if (s->joined_at[p] || s->left_at[p])
			return true;
	return false;
}
