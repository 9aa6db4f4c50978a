/*
 * What the session suites each need before a test: a scratch folder for
 * journals, a catalog of the test decks and flows, the people of a round,
 * and a session clock the test controls.
 */
#ifndef RUCKSACK_TESTS_SESSION_FIXTURE_H
#define RUCKSACK_TESTS_SESSION_FIXTURE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/deck/catalog.h"
#include "core/base/strv.h"
#include "core/round/session.h"

/* Where every session clock starts: 14 Nov 2023, a fixed day so that ids and times repeat. */
#define SFX_T0 1700000000000LL

struct session_fixture {
	char dir[64];	   /* the scratch folder; sfx_close removes it and all below it */
	struct catalog cat; /* tests/data/session/<decks> */
	struct strv people; /* the names given to sfx_open */
	int64_t ms;	   /* the session clock, in ms since the epoch */
};

extern struct session_fixture sfx;

/* Makes the scratch folder /tmp/ck-<tag>-XXXXXX, loads the folder tests/data/session/<decks>
 * (failing the test if anything in it has an error) and splits people at commas.  The
 * session clock is left alone until sfx_clock_ticking or sfx_clock_still. */
void sfx_open(const char *tag, const char *decks, const char *people);
/* The session clock from SFX_T0, a second later at each reading (so records never share
 * a time). */
void sfx_clock_ticking(void);
/* The session clock from SFX_T0, still until the test moves sfx.ms. */
void sfx_clock_still(void);
/* Puts the real clock and fsync back, frees what sfx_open made and removes the folder. */
void sfx_close(void);
/* Starts flow for sfx.people with seed, its journal in dir (NULL: sfx.dir), failing the
 * test unless session_start returns want; the session (NULL when none was made). */
struct session *sfx_start(const char *flow, uint64_t seed, const char *dir, int want);
/* sfx.dir/rel; the caller frees it. */
char *sfx_path(const char *rel);
/* Writes text (journal lines, each ending in a newline but a torn last one)
 * as sfx.dir/name and reads the round from it (session_load, with sfx.cat or
 * no catalog), failing the test unless that works: the session in exactly
 * the state its records say. */
struct session *sfx_load(const char *name, const char *text, bool with_catalog);
/* round-test for sfx.people with seed and the facilitator Fay, its journal in
 * the new folder sfx.dir/sub, failing the test unless it starts cleanly. */
struct session *sfx_start_in(uint64_t seed, const char *sub);
/* Fail the test unless a and b dealt the same cards (sfx_same_cards), or are
 * in the same state: place, cards, entries, seats, next entry id (sfx_same_state). */
void sfx_same_cards(const struct session *a, const struct session *b);
void sfx_same_state(const struct session *a, const struct session *b);
/* Fail the test unless a and b have the same case, question, actions, end and reopening
 * (part of sfx_same_state). */
void sfx_same_case_actions(const struct session *a, const struct session *b);
/* A script of steps for a round, for sfx_kill_after. */
struct sfx_script {
	struct session *(*start)(const char *sub); /* a new round, its journal in sfx.dir/sub */
	enum session_status (*step)(struct session *s, int k, struct diags *d); /* step k */
	void (*same)(const struct session *a, const struct session *b); /* fails unless alike */
	int n_steps;
};
/* Runs steps 0..kill of sc on a round left going and, from the same clock, on one
 * killed after them (freed with no end, as by kill -9) and resumed: the two are the
 * same (sc->same), and again after both have run the steps left.  Fails the test
 * unless every step returns SESSION_OK with nothing said. */
void sfx_kill_after(const struct sfx_script *sc, int kill);
/* The whole records in s's journal as the disk has them, appended to out. */
void sfx_records(const struct session *s, struct strv *out);
/* How many of them there are. */
size_t sfx_n_records(const struct session *s);

#endif
