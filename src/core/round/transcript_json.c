/*
 * The transcript as one JSON object:
 *   {id, flow{id,title,version}, date, started_at, ended_at|null, facilitator|null,
 *    case?, question?, first_ended_at? (reopened: when it first ended),
 *    people[], apologies?[] (only when someone sent them),
 *    present?[{person, joined_at|null, left_at|null, away?[{left_at, back_at}]}]
 *      (only when anyone joined late or left; left_at: gone at the end, since
 *      then; away: each time they left, only for someone who came back),
 *    decks[{id,title,version}],
 *    rounds[{round, seats[{person, role}], phases[{id, title,
 *      cards[{deck, deck_title, card, title, to, withdrawn, by_hand,
 *             dealt_on_arrival_at? (dealt to a late arrival as they came in)}],
 *      entries[{id, note, person, role, deck, card, card_title, at, time, edited,
 *               after_end?, text}]}]}],
 *    actions?[{id, what, who|null, person|null, by, round, phase, at, time, edited,
 *              after_end}]}
 * The fields marked ? are there only when the round has them (a case, a
 * question, a reopening, actions), so a round without them exports as it
 * did before they existed.
 * An entry's person is its author's name (null: the group; the facilitator's
 * name, or "Facilitator"), role the role they held in that round
 * ("facilitator" for the facilitator; null: none).  Cards put back (taken by
 * mistake) are left out.  An action's `who` is the name shown (a person's, or
 * the one typed), `person` the same only when it is a person of the round;
 * after_end: added once the round was reopened.
 * Numbers of rounds are 1-based as in the Markdown; `at` is ms since the epoch.
 */
#include <stdlib.h>

#include <cJSON.h>

#include "core/base/json_out.h"
#include "core/round/transcript.h"
#include "core/round/transcript_int.h"
#include "core/base/xalloc.h"

static void tj_str(cJSON *o, const char *k, const char *v)
{
	if (v)
		cJSON_AddStringToObject(o, k, v);
	else
		cJSON_AddNullToObject(o, k);
}

/* Text someone typed, names anonymised when asked; NULL stays null. */
static void tj_anon(cJSON *o, const char *k, const struct tx *t, const char *text)
{
	char *shown = text ? tx_anon_text(t, text) : NULL;
	tj_str(o, k, shown);
	free(shown);
}

static void tj_time_or_null(cJSON *o, const char *k, int64_t at)
{
	if (at)
		cJSON_AddNumberToObject(o, k, (double)at);
	else
		cJSON_AddNullToObject(o, k);
}

/* Each time person p left and came back, only for someone who came back. */
static void tj_away(cJSON *o, const struct tx *t, size_t p)
{
	int64_t left, back;
	bool came_back = false;
	for (size_t k = 0; (back = session_away(t->s, p, k, &left)) >= 0; k++)
		came_back = came_back || back;
	if (!came_back)
		return;
	cJSON *arr = cJSON_AddArrayToObject(o, "away");
	for (size_t k = 0; (back = session_away(t->s, p, k, &left)) >= 0; k++) {
		cJSON *one = cJSON_CreateObject();
		tj_time_or_null(one, "left_at", left);
		tj_time_or_null(one, "back_at", back);
		cJSON_AddItemToArray(arr, one);
	}
}

/* Who was present, with when each joined late or left (null: from the start, to the end). */
static void tj_present(cJSON *o, const struct tx *t)
{
	cJSON *arr = cJSON_AddArrayToObject(o, "present");
	for (size_t p = 0; p < session_people(t->s)->n; p++) {
		cJSON *one = cJSON_CreateObject();
		tj_str(one, "person", tx_person(t, (int)p));
		tj_time_or_null(one, "joined_at", session_joined_at(t->s, p));
		tj_time_or_null(one, "left_at", session_left_at(t->s, p));
		tj_away(one, t, p);
		cJSON_AddItemToArray(arr, one);
	}
}

static cJSON *tj_header(const struct tx *t)
{
	const struct session *s = t->s;
	char buf[16];
	cJSON *o = cJSON_CreateObject();
	tj_str(o, "id", session_id(s));
	cJSON *flow = cJSON_AddObjectToObject(o, "flow");
	tj_str(flow, "id", session_flow_id(s));
	tj_str(flow, "title", session_flow_title(s));
	tj_str(flow, "version", session_flow_version(s));
	tj_str(o, "date", tx_date(session_started_at(s), buf));
	cJSON_AddNumberToObject(o, "started_at", (double)session_started_at(s));
	if (session_ended_at(s))
		cJSON_AddNumberToObject(o, "ended_at", (double)session_ended_at(s));
	else
		cJSON_AddNullToObject(o, "ended_at");
	tj_str(o, "facilitator", t->facilitator);
	if (session_case_ref(s))
		tj_anon(o, "case", t, session_case_ref(s));
	if (session_question(s))
		tj_anon(o, "question", t, session_question(s));
	if (session_first_ended_at(s))
		cJSON_AddNumberToObject(o, "first_ended_at", (double)session_first_ended_at(s));
	cJSON *people = cJSON_AddArrayToObject(o, "people");
	for (size_t i = 0; i < session_people(s)->n; i++)
		cJSON_AddItemToArray(people, cJSON_CreateString(tx_person(t, (int)i)));
	if (session_attendance_changed(s))
		tj_present(o, t);
	if (session_apologies(s)->n) {
		cJSON *absent = cJSON_AddArrayToObject(o, "apologies");
		for (size_t i = 0; i < session_apologies(s)->n; i++)
			cJSON_AddItemToArray(absent, cJSON_CreateString(t->absent[i]));
	}
	cJSON *decks = cJSON_AddArrayToObject(o, "decks");
	const struct strv *ids = session_deck_ids(s), *versions = session_deck_versions(s);
	for (size_t i = 0; i < ids->n; i++) {
		cJSON *dk = cJSON_CreateObject();
		tj_str(dk, "id", ids->v[i]);
		tj_str(dk, "title", tx_deck_title(t, ids->v[i]));
		tj_str(dk, "version", versions->v[i]);
		cJSON_AddItemToArray(decks, dk);
	}
	return o;
}

static void tj_to(cJSON *o, const char *k, const struct tx *t, int person)
{
	if (person == -1)
		cJSON_AddNullToObject(o, k);
	else
		cJSON_AddStringToObject(o, k, tx_person(t, person));
}

static cJSON *tj_cards(const struct tx *t, size_t round, size_t phase)
{
	cJSON *arr = cJSON_CreateArray();
	for (size_t i = 0; i < session_n_dealt(t->s); i++) {
		const struct dealt *x = session_dealt(t->s, i);
		if (x->round != round || x->phase != phase || x->put_back)
			continue;
		cJSON *c = cJSON_CreateObject();
		tj_str(c, "deck", x->deck);
		tj_str(c, "deck_title", tx_deck_title(t, x->deck));
		tj_str(c, "card", x->card);
		tj_str(c, "title", tx_card_title(t, x->deck, x->card));
		tj_to(c, "to", t, x->person);
		cJSON_AddBoolToObject(c, "withdrawn", x->withdrawn);
		cJSON_AddBoolToObject(c, "by_hand", x->by_hand);
		if (tx_dealt_on_arrival(t, x))
			cJSON_AddNumberToObject(c, "dealt_on_arrival_at", (double)x->at);
		cJSON_AddItemToArray(arr, c);
	}
	return arr;
}

static cJSON *tj_entry(const struct tx *t, const struct entry *e)
{
	char buf[16];
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "id", e->id);
	cJSON_AddBoolToObject(o, "note", e->note);
	tj_to(o, "person", t, e->person);
	tj_str(o, "role", tx_author_role(t, e));
	tj_str(o, "deck", e->deck);
	tj_str(o, "card", e->card);
	tj_str(o, "card_title", e->card ? tx_card_title(t, e->deck, e->card) : NULL);
	cJSON_AddNumberToObject(o, "at", (double)e->at);
	tj_str(o, "time", tx_hhmm(e->at, buf));
	cJSON_AddBoolToObject(o, "edited", e->revisions > 0);
	if (session_first_ended_at(t->s))
		cJSON_AddBoolToObject(o, "after_end", session_after_end(t->s, e->seq));
	char *text = tx_anon_text(t, e->text);
	tj_str(o, "text", text);
	free(text);
	return o;
}

static cJSON *tj_phase(const struct tx *t, size_t round, size_t phase)
{
	cJSON *o = cJSON_CreateObject();
	const struct strv *ids = session_phase_ids(t->s);
	tj_str(o, "id", phase < ids->n ? ids->v[phase] : NULL);
	tj_str(o, "title", tx_phase_title(t, phase));
	struct tx_time tm;
	tx_phase_time(t, round, phase, &tm);
	if (tm.planned > 0)
		cJSON_AddNumberToObject(o, "planned_minutes", tm.planned);
	else
		cJSON_AddNullToObject(o, "planned_minutes");
	cJSON_AddNumberToObject(o, "minutes_added", (double)tm.added);
	cJSON_AddNumberToObject(o, "used_minutes", (double)tm.used);
	cJSON_AddItemToObject(o, "cards", tj_cards(t, round, phase));
	cJSON *entries = cJSON_AddArrayToObject(o, "entries");
	for (size_t i = 0; i < session_n_entries(t->s); i++) {
		const struct entry *e = session_entry(t->s, i);
		if (!e->deleted && e->round == round && e->phase == phase)
			cJSON_AddItemToArray(entries, tj_entry(t, e));
	}
	return o;
}

static cJSON *tj_round(const struct tx *t, size_t r)
{
	const struct session *s = t->s;
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "round", (double)(r + 1));
	cJSON *seats = cJSON_AddArrayToObject(o, "seats");
	const int *seat = session_seats(s, r);
	for (size_t p = 0; seat && p < session_people(s)->n; p++) {
		cJSON *st = cJSON_CreateObject();
		tj_str(st, "person", tx_person(t, (int)p));
		tj_str(st, "role", seat[p] >= 0 ? tx_role_title(t, seat[p]) : NULL);
		cJSON_AddItemToArray(seats, st);
	}
	cJSON *phases = cJSON_AddArrayToObject(o, "phases");
	for (size_t p = 0; p < session_n_phases(s); p++)
		if (tx_phase_used(t, r, p))
			cJSON_AddItemToArray(phases, tj_phase(t, r, p));
	return o;
}

static cJSON *tj_action(const struct tx *t, const struct round_action *a)
{
	char buf[16];
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "id", a->id);
	tj_anon(o, "what", t, a->what);
	if (a->person >= 0)
		tj_str(o, "who", tx_person(t, a->person));
	else
		tj_anon(o, "who", t, a->who);
	tj_to(o, "person", t, a->person);
	tj_anon(o, "by", t, a->by);
	cJSON_AddNumberToObject(o, "round", (double)(a->round + 1));
	tj_str(o, "phase", a->phase < session_phase_ids(t->s)->n ? session_phase_ids(t->s)->v[a->phase]
								  : NULL);
	cJSON_AddNumberToObject(o, "at", (double)a->at);
	tj_str(o, "time", tx_hhmm(a->at, buf));
	cJSON_AddBoolToObject(o, "edited", a->edited_at != 0);
	cJSON_AddBoolToObject(o, "after_end", session_after_end(t->s, a->seq));
	return o;
}

static cJSON *tj_actions(const struct tx *t)
{
	cJSON *arr = cJSON_CreateArray();
	for (size_t i = 0; i < session_n_actions(t->s); i++)
		if (!session_action(t->s, i)->deleted)
			cJSON_AddItemToArray(arr, tj_action(t, session_action(t->s, i)));
	return arr;
}

int transcript_write_json(FILE *out, const struct session *s, bool anonymise, struct diags *d)
{
	struct tx t;
	tx_init(&t, s, anonymise);
	cJSON *o = tj_header(&t);
	cJSON *rounds = cJSON_AddArrayToObject(o, "rounds");
	for (size_t r = 0; r < session_rounds(s); r++)
		if (session_seats(s, r))
			cJSON_AddItemToArray(rounds, tj_round(&t, r));
	if (session_n_actions(s))
		cJSON_AddItemToObject(o, "actions", tj_actions(&t));
	char *text = json_out_print(o, true);
	fputs(text, out);
	fputc('\n', out);
	free(text);
	cJSON_Delete(o);
	tx_fini(&t);
	if (ferror(out)) {
		diags_error(d, "", 0, 0, DIAG_IO, "cannot write the transcript");
		return -1;
	}
	return 0;
}
