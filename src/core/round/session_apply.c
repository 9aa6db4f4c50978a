/*
 * Applying journal records to a session's state.  Live mutators and replay
 * both come through here, so a resumed round is built exactly as the live one
 * was.  Every record is checked against the state before it changes anything.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/dealer.h"
#include "core/round/session_int.h"
#include "core/base/xalloc.h"

#define APPLY_FAIL(...)                                                   \
	do {                                                              \
		diags_error(d, file, line, 1, DIAG_SCHEMA, __VA_ARGS__); \
		return -1;                                                \
	} while (0)

const char *session_get_str(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* Whether x converts to long long without undefined behaviour (C11
 * 6.3.1.4): finite and within its range; NaN fails every comparison. */
static bool apply_fits_ll(double x)
{
	return x >= -0x1p63 && x < 0x1p63;
}

long long session_get_int(const cJSON *o, const char *key, long long fallback)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsNumber(v) && apply_fits_ll(v->valuedouble) ? (long long)v->valuedouble
								    : fallback;
}

static uint64_t apply_u64(const cJSON *v)
{
	if (cJSON_IsString(v))
		return strtoull(v->valuestring, NULL, 10);
	return cJSON_IsNumber(v) && v->valuedouble >= 0 && v->valuedouble < 0x1p64
		       ? (uint64_t)v->valuedouble
		       : 0;
}

/* Whether every number in v, nested ones too, is one the records' integer
 * fields can hold: a number such as 1e300 marks the line damaged. */
static bool apply_numbers_ok(const cJSON *v)
{
	if (cJSON_IsNumber(v))
		return apply_fits_ll(v->valuedouble);
	const cJSON *it;
	cJSON_ArrayForEach(it, v)
		if (!apply_numbers_ok(it))
			return false;
	return true;
}

uint64_t session_get_u64(const cJSON *o, const char *key)
{
	return apply_u64(cJSON_GetObjectItemCaseSensitive(o, key));
}

const struct doc *session_deck_doc(const struct session *s, const char *id)
{
	return s->catalog && id ? catalog_find_kind(s->catalog, id, DOC_DECK) : NULL;
}

static void apply_strv(struct strv *out, const cJSON *arr)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, arr)
		if (cJSON_IsString(it))
			strv_push(out, it->valuestring);
}

static void apply_start_fields(struct session *s, const cJSON *r)
{
	s->id = xstrdup(session_get_str(r, "id"));
	s->flow_id = xstrdup(session_get_str(r, "flow"));
	s->flow_version = xstrdup(session_get_str(r, "flow_version"));
	s->flow_title = xstrdup(session_get_str(r, "flow_title"));
	s->facilitator = xstrdup(session_get_str(r, "facilitator"));
	s->seed = session_get_u64(r, "seed");
	s->rounds = (unsigned)session_get_int(r, "rounds", 1);
	s->started_at = session_get_int(r, "at", 0);
	apply_strv(&s->people, cJSON_GetObjectItemCaseSensitive(r, "people"));
	apply_strv(&s->apologies, cJSON_GetObjectItemCaseSensitive(r, "apologies"));
	apply_strv(&s->phase_ids, cJSON_GetObjectItemCaseSensitive(r, "phases"));
	apply_strv(&s->role_ids, cJSON_GetObjectItemCaseSensitive(r, "roles"));
	const cJSON *it;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(r, "decks"))
	{
		strv_push(&s->deck_ids, it->string);
		strv_push(&s->deck_versions, cJSON_IsString(it) ? it->valuestring : "");
	}
}

/* The flow as found in the catalog, only if it still has the journal's phases. */
static void apply_find_flow(struct session *s)
{
	const struct doc *f = s->catalog ? catalog_find_kind(s->catalog, s->flow_id, DOC_FLOW) : NULL;
	if (f && s->phase_ids.n && f->flow.n_phases != s->phase_ids.n)
		f = NULL;
	s->flow = f;
	if (f && !s->phase_ids.n)
		for (size_t i = 0; i < f->flow.n_phases; i++)
			strv_push(&s->phase_ids, f->flow.phases[i].id);
	if (f && !s->role_ids.n)
		for (size_t i = 0; i < f->flow.n_roles; i++)
			strv_push(&s->role_ids, f->flow.roles[i].id);
}

/* The phases' planned minutes: the start record's minutes[] when it has one per
 * phase (journals before it have none), else the flow's. */
static void apply_planned(struct session *s, const cJSON *minutes)
{
	bool journalled = cJSON_IsArray(minutes) && (size_t)cJSON_GetArraySize(minutes) == s->n_phases;
	if (!journalled && !s->flow)
		return;
	s->planned = xcalloc(s->n_phases, sizeof *s->planned);
	for (size_t i = 0; i < s->n_phases; i++) {
		const cJSON *m = journalled ? cJSON_GetArrayItem(minutes, (int)i) : NULL;
		double v = journalled ? (cJSON_IsNumber(m) ? m->valuedouble : 0) : s->flow->flow.phases[i].minutes;
		s->planned[i] = v > 0 && v <= 1e6 ? v : 0;
	}
}

static int apply_start(struct session *s, const cJSON *r, const char *file, int line,
		       struct diags *d)
{
	if (s->id)
		APPLY_FAIL("a second \"start\" record");
	if (!session_get_str(r, "id") || !session_get_str(r, "flow"))
		APPLY_FAIL("the \"start\" record lacks its id or flow");
	apply_start_fields(s, r);
	if (s->rounds < 1 || s->rounds > SESSION_MAX_ROUNDS || s->people.n < 1)
		APPLY_FAIL("the \"start\" record has no rounds (or over %d), or no people",
			   SESSION_MAX_ROUNDS);
	apply_find_flow(s);
	s->n_phases = s->flow ? s->flow->flow.n_phases : s->phase_ids.n;
	if (s->n_phases < 1)
		APPLY_FAIL("the \"start\" record names no phases and flow \"%s\" is not found",
			   s->flow_id);
	if (!s->flow_title)
		s->flow_title = xstrdup(s->flow ? s->flow->title : s->flow_id);
	apply_planned(s, cJSON_GetObjectItemCaseSensitive(r, "minutes"));
	s->seats = xcalloc(s->rounds, sizeof *s->seats);
	s->entered = xcalloc((size_t)s->rounds * s->n_phases, sizeof *s->entered);
	s->clocks = xcalloc((size_t)s->rounds * s->n_phases, sizeof *s->clocks);
	for (size_t i = 0; i < (size_t)s->rounds * s->n_phases; i++)
		s->clocks[i].since = -1;
	s->dealer = dealer_new(s->seed);
	s->next_entry_id = 1;
	return 0;
}

static bool apply_where_ok(const struct session *s, long long round, long long phase)
{
	return round >= 0 && (unsigned long long)round < s->rounds && phase >= 0 &&
	       (unsigned long long)phase < s->n_phases;
}

static int apply_seats(struct session *s, const cJSON *r, const char *file, int line,
		       struct diags *d)
{
	long long round = session_get_int(r, "round", -1);
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(r, "seats");
	if (!apply_where_ok(s, round, 0) || (size_t)cJSON_GetArraySize(arr) != s->people.n)
		APPLY_FAIL("a \"seats\" record with a bad round or the wrong number of seats");
	const cJSON *it;
	cJSON_ArrayForEach(it, arr)
		if (cJSON_IsNumber(it) && !(it->valuedouble >= INT_MIN && it->valuedouble <= INT_MAX))
			APPLY_FAIL("line %d is damaged: it holds a number out of range", line);
	if (!s->seats[round])
		s->seats[round] = xcalloc(s->people.n, sizeof **s->seats);
	size_t i = 0;
	cJSON_ArrayForEach(it, arr)
		s->seats[round][i++] = cJSON_IsNumber(it) ? (int)it->valuedouble : -1;
	return 0;
}

/* Sets the dealer's generator to the state a record carries, if it does. */
static void apply_rng(struct session *s, const cJSON *r)
{
	const cJSON *rng = cJSON_GetObjectItemCaseSensitive(r, "rng");
	if (cJSON_GetArraySize(rng) != 4)
		return;
	struct rng st;
	for (int i = 0; i < 4; i++)
		st.s[i] = apply_u64(cJSON_GetArrayItem(rng, i));
	dealer_set_rng(s->dealer, &st);
}

/* Moves the pile as the live draw of card did: the refill first, if it had
 * one (the suit's part of the pile, or all of it), then the card out. */
static void apply_marks(struct session *s, const cJSON *c, const char *deck, const char *card)
{
	const struct doc *dk = session_deck_doc(s, deck);
	long idx = dk ? deck_find_card(&dk->deck, card) : -1;
	if (idx < 0)
		return;
	if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(c, "reshuffled"))) {
		const char *suit = session_get_str(c, "suit");
		for (size_t i = 0; i < dk->deck.n_cards; i++)
			if (!suit || (dk->deck.cards[i].suit && !strcmp(dk->deck.cards[i].suit, suit)))
				dealer_return(s->dealer, dk, i);
	}
	dealer_mark_dealt(s->dealer, dk, (size_t)idx);
}

/* Brings the dealer to where the live one was after this card. */
static void apply_dealer(struct session *s, const cJSON *r, const char *deck, const char *card)
{
	apply_rng(s, r);
	apply_marks(s, r, deck, card);
}

static struct dealt *apply_push_dealt(struct session *s, size_t round, size_t phase, int person,
				      const char *deck, const char *card, int64_t at)
{
	xgrow((void **)&s->dealt, &s->cap_dealt, s->n_dealt + 1, sizeof *s->dealt);
	struct dealt *x = &s->dealt[s->n_dealt++];
	*x = (struct dealt){.round = round, .phase = phase, .person = person, .at = at};
	x->deck = xstrdup(deck);
	x->card = xstrdup(card);
	return x;
}

static bool apply_person_ok(const struct session *s, long long p)
{
	return p >= -1 && p < (long long)s->people.n;
}

bool session_deals_ok(const struct session *s, const cJSON *deals)
{
	if (!deals)
		return true;
	if (!cJSON_IsArray(deals))
		return false;
	const cJSON *c;
	cJSON_ArrayForEach(c, deals)
		if (!apply_person_ok(s, session_get_int(c, "person", -2)) ||
		    !session_get_str(c, "deck") || !session_get_str(c, "card"))
			return false;
	return true;
}

/* Moves to a phase; on first entry the record also carries the cards dealt
 * there, in the order drawn, and the generator's state after them. */
static int apply_phase(struct session *s, const cJSON *r, const char *file, int line,
		       struct diags *d)
{
	long long round = session_get_int(r, "round", -1), phase = session_get_int(r, "phase", -1);
	const cJSON *deals = cJSON_GetObjectItemCaseSensitive(r, "deals");
	if (!apply_where_ok(s, round, phase))
		APPLY_FAIL("a \"phase\" record out of range (round %lld, phase %lld)", round, phase);
	if (!session_deals_ok(s, deals))
		APPLY_FAIL("a \"phase\" record whose cards lack a person, deck or card");
	int64_t at = session_get_int(r, "at", 0);
	session_clock_leave(s, at);
	s->round = (size_t)round;
	s->phase = (size_t)phase;
	s->entered[s->round * s->n_phases + s->phase] = true;
	session_clock_enter(s, at);
	session_apply_deals(s, r, at);
	return 0;
}

void session_apply_deals(struct session *s, const cJSON *r, int64_t at)
{
	const cJSON *c;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(r, "deals"))
	{
		const char *deck = session_get_str(c, "deck"), *card = session_get_str(c, "card");
		apply_marks(s, c, deck, card);
		apply_push_dealt(s, s->round, s->phase, (int)session_get_int(c, "person", -1), deck,
				 card, at);
	}
	apply_rng(s, r);
}

static int apply_deal(struct session *s, const cJSON *r, const char *file, int line,
		      struct diags *d)
{
	long long round = session_get_int(r, "round", -1), phase = session_get_int(r, "phase", -1);
	long long person = session_get_int(r, "person", -2);
	const char *deck = session_get_str(r, "deck"), *card = session_get_str(r, "card");
	if (!apply_where_ok(s, round, phase) || !apply_person_ok(s, person) || !deck || !card)
		APPLY_FAIL("a \"deal\" record with a bad round, phase, person, deck or card");
	apply_dealer(s, r, deck, card);
	apply_push_dealt(s, (size_t)round, (size_t)phase, (int)person, deck, card,
			 session_get_int(r, "at", 0));
	return 0;
}

void session_withdraw(struct session *s, size_t index)
{
	struct dealt *old = &s->dealt[index];
	old->withdrawn = true;
	const struct doc *dk = session_deck_doc(s, old->deck);
	long idx = dk ? deck_find_card(&dk->deck, old->card) : -1;
	if (idx >= 0)
		dealer_return(s->dealer, dk, (size_t)idx);
}

static bool apply_index_ok(const struct session *s, long long index)
{
	return index >= 0 && (size_t)index < s->n_dealt && !s->dealt[index].withdrawn;
}

static int apply_redeal(struct session *s, const cJSON *r, const char *file, int line,
			struct diags *d)
{
	long long index = session_get_int(r, "index", -1);
	const char *deck = session_get_str(r, "deck"), *card = session_get_str(r, "card");
	if (!apply_index_ok(s, index) || !deck || !card)
		APPLY_FAIL("a \"redeal\" record names no card in play (index %lld)", index);
	apply_dealer(s, r, deck, card);
	struct dealt old = s->dealt[index];
	session_withdraw(s, (size_t)index);
	apply_push_dealt(s, old.round, old.phase, old.person, deck, card, session_get_int(r, "at", 0));
	return 0;
}

static int apply_choose(struct session *s, const cJSON *r, const char *file, int line,
			struct diags *d)
{
	long long index = session_get_int(r, "index", -1), person = session_get_int(r, "person", -2);
	long long round = session_get_int(r, "round", -1), phase = session_get_int(r, "phase", -1);
	const char *deck = session_get_str(r, "deck"), *card = session_get_str(r, "card");
	if ((index != -1 && !apply_index_ok(s, index)) || !apply_person_ok(s, person) ||
	    !apply_where_ok(s, round, phase) || !deck || !card)
		APPLY_FAIL("a \"choose\" record with a bad index, person, round, phase or card");
	if (index >= 0) {
		session_withdraw(s, (size_t)index);
		s->dealt[index].replaced_by_hand = true;
	}
	const struct doc *dk = session_deck_doc(s, deck);
	long idx = dk ? deck_find_card(&dk->deck, card) : -1;
	if (idx >= 0)
		dealer_mark_dealt(s->dealer, dk, (size_t)idx);
	struct dealt *x = apply_push_dealt(s, (size_t)round, (size_t)phase, (int)person, deck, card,
					   session_get_int(r, "at", 0));
	x->by_hand = true;
	return 0;
}

static int apply_entry(struct session *s, const cJSON *r, const char *file, int line,
		       struct diags *d)
{
	long long id = session_get_int(r, "id", 0), person = session_get_int(r, "person", -3);
	long long round = session_get_int(r, "round", -1), phase = session_get_int(r, "phase", -1);
	const char *text = session_get_str(r, "text");
	/* ids only grow, which keeps entries sorted by id for session_find_entry */
	if (id < (long long)s->next_entry_id || id > 0xffffffffLL ||
	    !session_author_ok(s, person) || !apply_where_ok(s, round, phase) || !text)
		APPLY_FAIL("an \"entry\" record with a bad id, person, round, phase or text");
	xgrow((void **)&s->entries, &s->cap_entries, s->n_entries + 1, sizeof *s->entries);
	struct entry *e = &s->entries[s->n_entries++];
	*e = (struct entry){.id = (unsigned)id, .round = (size_t)round, .phase = (size_t)phase,
			    .person = (int)person, .at = session_get_int(r, "at", 0),
			    .seq = s->seq};
	e->note = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(r, "note"));
	e->deck = xstrdup(session_get_str(r, "deck"));
	e->card = xstrdup(session_get_str(r, "card"));
	e->text = xstrdup(text);
	if ((unsigned)id >= s->next_entry_id)
		s->next_entry_id = (unsigned)id + 1;
	return 0;
}

static struct entry *apply_live_entry(struct session *s, const cJSON *r)
{
	long long id = session_get_int(r, "id", 0);
	struct entry *e = id > 0 && id <= 0xffffffffLL ? session_entry_by_id(s, (unsigned)id) : NULL;
	return e && !e->deleted ? e : NULL;
}

static int apply_edit(struct session *s, const cJSON *r, const char *file, int line,
		      struct diags *d)
{
	struct entry *e = apply_live_entry(s, r);
	const char *text = session_get_str(r, "text");
	if (!e || !text)
		APPLY_FAIL("an \"edit\" record for no live entry, or without text");
	free(e->text);
	e->text = xstrdup(text);
	e->edited_at = session_get_int(r, "at", 0);
	e->edited_seq = s->seq;
	e->revisions++;
	return 0;
}

static int apply_delete(struct session *s, const cJSON *r, const char *file, int line,
			struct diags *d)
{
	struct entry *e = apply_live_entry(s, r);
	if (!e)
		APPLY_FAIL("a \"delete\" record for no live entry");
	e->deleted = true;
	return 0;
}

static int apply_end(struct session *s, const cJSON *r, const char *file, int line,
		     struct diags *d)
{
	(void)file, (void)line, (void)d;
	s->ended_at = session_get_int(r, "at", 0);
	s->ended_seq = s->seq;
	session_clock_leave(s, s->ended_at);
	return 0;
}

typedef int (*apply_fn)(struct session *, const cJSON *, const char *, int, struct diags *);

static const struct {
	const char *type;
	apply_fn fn;
} apply_table[] = {
	{"start", apply_start},	  {"seats", apply_seats}, {"phase", apply_phase},
	{"deal", apply_deal},	  {"redeal", apply_redeal}, {"choose", apply_choose},
	{"entry", apply_entry},	  {"edit", apply_edit},	  {"delete", apply_delete},
	{"timer", session_timer_apply}, {"bell", session_bell_apply},
	{"credit", session_credit_apply}, {"putback", session_putback_apply},
	{"join", session_join_apply}, {"leave", session_leave_apply},
	{"back", session_back_apply},
	{"end", apply_end},
	{"case", session_case_apply}, {"reopen", session_reopen_apply},
	{"action", session_action_apply}, {"action_edit", session_action_edit_apply},
	{"action_delete", session_action_delete_apply},
};

int session_apply(struct session *s, const cJSON *rec, const char *file, int line,
		  struct diags *d)
{
	const char *t = session_get_str(rec, "t");
	if (!t)
		APPLY_FAIL("a journal record without its type \"t\"");
	if (!s->id && strcmp(t, "start") != 0)
		APPLY_FAIL("the journal does not begin with a \"start\" record");
	if (!apply_numbers_ok(rec))
		APPLY_FAIL("line %d is damaged: it holds a number out of range", line);
	s->seq++;
	int64_t at = session_get_int(rec, "at", 0);
	if (at > s->last_at)
		s->last_at = at;
	for (size_t i = 0; i < sizeof apply_table / sizeof apply_table[0]; i++)
		if (!strcmp(apply_table[i].type, t))
			return apply_table[i].fn(s, rec, file, line, d);
	diags_warn(d, file, line, 1, DIAG_SCHEMA, "unknown record type \"%s\" skipped", t);
	return 0;
}
