#ifndef RUCKSACK_TRANSCRIPT_INT_H
#define RUCKSACK_TRANSCRIPT_INT_H
/* Private to transcript*.c: names, titles and times as the transcript shows them. */
#include <stdbool.h>
#include <stdint.h>

#include "core/round/anonymise.h"
#include "core/round/session.h"

struct tx {
	const struct session *s;
	bool anon;
	char **names; /* per person: the name shown (label when anonymising) */
	const char *facilitator;
	char **absent; /* per apology: the name shown (label when anonymising) */
	struct anon names_found; /* when anonymising: the names to replace */
};

void tx_init(struct tx *t, const struct session *s, bool anon);
void tx_fini(struct tx *t);
/* The shown name of person p (-1: "the group"; SESSION_FACILITATOR: the
 * facilitator's, or "Facilitator"). */
const char *tx_person(const struct tx *t, int p);
/* The role e's author held in e's round ("facilitator" for the
 * facilitator); NULL for the group, or someone not seated. */
const char *tx_author_role(const struct tx *t, const struct entry *e);
/* "Ana (Presenter), Marek (Observer, joined 10:09), Ben (Consultant, left
 * 10:30, back 10:41)": who was present, each with their first role and the
 * times they joined late, left and came back.  Caller frees. */
char *tx_present(const struct tx *t);
/* "A, B and C": the shown names of the apologies, "" when none.  Caller frees. */
char *tx_apologies(const struct tx *t);
/* text with every person's (and the facilitator's) name replaced when
 * anonymising (anonymise.h); a fresh copy either way. */
char *tx_anon_text(const struct tx *t, const char *text);
const char *tx_deck_title(const struct tx *t, const char *deck);
const char *tx_card_title(const struct tx *t, const char *deck, const char *card);
const char *tx_phase_title(const struct tx *t, size_t phase);
const char *tx_role_title(const struct tx *t, int role);
/* A role title as it reads inside brackets after a name: "Observer
 * (reflecting team)" becomes "Observer, reflecting team", so no bracket
 * nests in another; any other title as it is.  Caller frees. */
char *tx_role_inline(const char *title);
/* HH:MM and YYYY-MM-DD in local time, into buf (>= 16 bytes). */
const char *tx_hhmm(int64_t at_ms, char *buf);
const char *tx_date(int64_t at_ms, char *buf);
/* How the time of (round, phase) went, by the journal (counted to its last record). */
struct tx_time {
	double planned;	 /* minutes planned (session_planned_minutes); 0: untimed */
	long added;	 /* minutes added (negative: taken off) */
	long used;	 /* minutes used, to the nearest */
};
void tx_phase_time(const struct tx *t, size_t round, size_t phase, struct tx_time *out);
/* " — 9 min (planned 7)", " — 9 min (planned 7, 2 added)", " — 4 min" when untimed; caller frees. */
char *tx_phase_time_text(const struct tx *t, size_t round, size_t phase);
/* "45 min (planned 45)": how long the round took from its start to its end
 * (its first end, when reopened; its last record while unfinished), and the
 * minutes its phases planned in all ("45 min" when untimed).  Caller frees. */
char *tx_round_time_text(const struct tx *t);
/* When card x was dealt to a late arrival as they came in (0: it was not). */
int64_t tx_dealt_on_arrival(const struct tx *t, const struct dealt *x);
/* Whether (round, phase) has anything to show. */
bool tx_phase_used(const struct tx *t, size_t round, size_t phase);

#endif
