#ifndef RUCKSACK_SESSION_QUERY_H
#define RUCKSACK_SESSION_QUERY_H
/*
 * What a round (session.h) is and where it stands, read without changing it.
 * session.h includes this; the records returned are defined there.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/base/strv.h"

struct session;
struct doc;
struct phase;
struct role;
struct dealt;
struct entry;
struct round_action;
struct session_clock;

/*
 * Queries (session_query.c): what the round is and where it stands.  Strings,
 * lists and records returned point into s and last until its next change.
 */
const char *session_id(const struct session *s);
const char *session_journal_path(const struct session *s); /* where it lives now */
const struct doc *session_flow(const struct session *s); /* NULL: loaded without it (session_load) */
const char *session_flow_id(const struct session *s);
const char *session_flow_title(const struct session *s); /* as started; the flow's id when unknown */
const char *session_flow_version(const struct session *s);
unsigned session_rounds(const struct session *s);
size_t session_n_phases(const struct session *s); /* phases per round */
const char *session_facilitator(const struct session *s); /* NULL: none given */
const struct strv *session_people(const struct session *s);
const struct strv *session_apologies(const struct session *s); /* expected but absent */
/* When person joined late, or left (ms since the epoch); 0: there from the
 * start, or here now (back, if they left).  session_away: when they came back
 * the k-th time they left (0: not back; -1: they did not leave k+1 times),
 * and when they left into *left. */
int64_t session_joined_at(const struct session *s, size_t person);
int64_t session_left_at(const struct session *s, size_t person);
int64_t session_away(const struct session *s, size_t person, size_t k, int64_t *left);
/* Whether anyone joined late or left (the transcript then lists who was present when). */
bool session_attendance_changed(const struct session *s);
/* The decks the flow deals from and their versions, as started (same order). */
const struct strv *session_deck_ids(const struct session *s);
const struct strv *session_deck_versions(const struct session *s);
/* The flow's phase and role ids as started (a transcript without the flow names them). */
const struct strv *session_phase_ids(const struct session *s);
const struct strv *session_role_ids(const struct session *s);
int64_t session_started_at(const struct session *s);
int64_t session_ended_at(const struct session *s); /* 0 while the round runs */
int64_t session_last_at(const struct session *s); /* the latest record's `at` (what a transcript counts time to) */
/* The current round and phase (the phase's flow record: session_phase). */
size_t session_round_index(const struct session *s);
size_t session_phase_index(const struct session *s);
/* The round's seats, one role index (or -1) per person; NULL: not seated yet. */
const int *session_seats(const struct session *s, size_t round);
/* Whether (round, phase) has been entered (its cards dealt). */
bool session_entered(const struct session *s, size_t round, size_t phase);
/* The cards dealt, in order (withdrawn ones too); NULL past the end. */
size_t session_n_dealt(const struct session *s);
const struct dealt *session_dealt(const struct session *s, size_t i);
/* The entries, in id order (deleted ones too); NULL past the end. */
size_t session_n_entries(const struct session *s);
const struct entry *session_entry(const struct session *s, size_t i);
/* The case reference and the presenter's question; NULL when none given. */
const char *session_case_ref(const struct session *s);
const char *session_question(const struct session *s);
/* The actions, in id order (deleted ones too); NULL past the end. */
size_t session_n_actions(const struct session *s);
const struct round_action *session_action(const struct session *s, size_t i);
const struct round_action *session_find_action(const struct session *s, unsigned id); /* NULL: none */
/* The person of the round named exactly name, or -1 (for an action's who, typed or picked). */
int session_person_named(const struct session *s, const char *name);
/* When the round first ended, once it has been reopened; 0 otherwise. */
int64_t session_first_ended_at(const struct session *s);
/* Whether the record at place seq in the journal (an entry's or action's seq
 * or edited_seq) came after the round's first end (it was reopened).  By
 * place, not time: a note in the same millisecond as the end is after it. */
bool session_after_end(const struct session *s, size_t seq);
/* How many records wait to be written (0: everything is on the disk). */
size_t session_n_pending(const struct session *s);
/* Resumed from a journal whose last line was torn (dropped with a warning). */
bool session_torn_tail(const struct session *s);
/* At zero the screen flashes instead of ringing (the last "bell" record). */
bool session_bell_off(const struct session *s);

/* The current phase's flow record (NULL without the flow), a person's role in the current round. */
const struct phase *session_phase(const struct session *s);
const struct role *session_role_of(const struct session *s, size_t person); /* NULL: unseated */
const struct doc *session_deck(const struct session *s, const char *deck_id);
/* The entry with id (deleted ones too); NULL: none. */
const struct entry *session_find_entry(const struct session *s, unsigned id);
/* The timer of (round, phase) as the records left it (never NULL for a valid place). */
const struct session_clock *session_clock_of(const struct session *s, size_t round, size_t phase);
/* Milliseconds (round, phase)'s timer has counted by now (on now_wall_ms's clock). */
int64_t session_timer_used(const struct session *s, size_t round, size_t phase, int64_t now);
/* Phase's planned minutes (in every round): as journalled at the start (fitted to a slot),
 * else the flow's; 0 when untimed or unknown. */
double session_planned_minutes(const struct session *s, size_t phase);
/* The current phase's length in ms with the minutes added (or taken off); 0 when it has no timer. */
int64_t session_timer_length(const struct session *s);

#endif
