/*
 * Reading a round from outside the session files (struct session is
 * opaque: screens, the CLI, transcripts and tests ask these), and setting
 * the one thing about it that is no event: its rescue folders.
 */
#include "core/round/session_int.h"

const char *session_id(const struct session *s)
{
	return s->id;
}

const char *session_journal_path(const struct session *s)
{
	return s->journal_path;
}

const struct doc *session_flow(const struct session *s)
{
	return s->flow;
}

const char *session_flow_id(const struct session *s)
{
	return s->flow_id;
}

const char *session_flow_title(const struct session *s)
{
	return s->flow_title ? s->flow_title : s->flow_id;
}

const char *session_flow_version(const struct session *s)
{
	return s->flow_version;
}

unsigned session_rounds(const struct session *s)
{
	return s->rounds;
}

size_t session_n_phases(const struct session *s)
{
	return s->n_phases;
}

const char *session_facilitator(const struct session *s)
{
	return s->facilitator;
}

const struct strv *session_apologies(const struct session *s)
{
	return &s->apologies;
}

const struct strv *session_people(const struct session *s)
{
	return &s->people;
}

const struct strv *session_deck_ids(const struct session *s)
{
	return &s->deck_ids;
}

const struct strv *session_deck_versions(const struct session *s)
{
	return &s->deck_versions;
}

const struct strv *session_phase_ids(const struct session *s)
{
	return &s->phase_ids;
}

const struct strv *session_role_ids(const struct session *s)
{
	return &s->role_ids;
}

int64_t session_started_at(const struct session *s)
{
	return s->started_at;
}

int64_t session_ended_at(const struct session *s)
{
	return s->ended_at;
}

size_t session_round_index(const struct session *s)
{
	return s->round;
}

size_t session_phase_index(const struct session *s)
{
	return s->phase;
}

const int *session_seats(const struct session *s, size_t round)
{
	return s->seats && round < s->rounds ? s->seats[round] : NULL;
}

bool session_entered(const struct session *s, size_t round, size_t phase)
{
	return s->entered && round < s->rounds && phase < s->n_phases &&
	       s->entered[round * s->n_phases + phase];
}

size_t session_n_dealt(const struct session *s)
{
	return s->n_dealt;
}

const struct dealt *session_dealt(const struct session *s, size_t i)
{
	return i < s->n_dealt ? &s->dealt[i] : NULL;
}

size_t session_n_entries(const struct session *s)
{
	return s->n_entries;
}

const struct entry *session_entry(const struct session *s, size_t i)
{
	return i < s->n_entries ? &s->entries[i] : NULL;
}

size_t session_n_pending(const struct session *s)
{
	return s->pending.n;
}

bool session_torn_tail(const struct session *s)
{
	return s->torn_tail;
}

bool session_bell_off(const struct session *s)
{
	return s->bell_off;
}

void session_set_rescue_dirs(struct session *s, const struct strv *dirs)
{
	strv_free(&s->rescue_dirs);
	strv_copy(&s->rescue_dirs, dirs);
}

const struct strv *session_rescue_dirs_of(const struct session *s)
{
	return &s->rescue_dirs;
}

double session_planned_minutes(const struct session *s, size_t phase)
{
	return s->planned && phase < s->n_phases ? s->planned[phase] : 0;
}

int64_t session_last_at(const struct session *s)
{
	return s->last_at;
}
