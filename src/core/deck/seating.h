#ifndef RUCKSACK_SEATING_H
#define RUCKSACK_SEATING_H
/*
 * Seating people in a flow's roles.  People are taken in the order entered;
 * roles are filled in the order listed.  First every non-optional role with a
 * fixed count; then the "rest" role takes everyone left.  Optional roles are
 * left empty: the facilitator seats someone in one by choice (a trained
 * systemic mentor who is present, say), never the size of the group
 * (rsetup_place in round_setup.h).  People beyond every role are left
 * unseated (-1).
 *
 * A seating is an array, one entry per person, of role indexes (or -1).
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/base/diag.h"
#include "core/deck/model.h"

/* Fills seats[n_people].  0, or -1 with a schema-free message in d (at line 0
 * of flow->path) when there are too few people for the required roles. */
int seating_assign(const struct doc *flow, size_t n_people, int *seats, struct diags *d);

/* The smallest number of people the flow's required roles need. */
size_t seating_min_people(const struct flow *f);
/* The most people the flow's roles seat, optional ones included; SIZE_MAX
 * when a role takes "rest".  1: a flow meant for one person. */
size_t seating_max_people(const struct flow *f);

/*
 * The seat a late arrival takes, by the same order of filling as
 * seating_assign, among the people still here (here[p]; seats[p] their role,
 * or -1): the first required role with a fixed count that is short (someone
 * holding it has left); else the "rest" role; else -1 (no role).  Never an
 * optional role: those are filled only by whom the facilitator seats in
 * them (a systemic mentor is only ever a trained mentor who is present).
 */
int seating_late(const struct flow *f, const int *seats, const bool *here, size_t n_people);

/*
 * The next round's seating: everyone moves one seat along.  Seats are ordered
 * as the roles are listed (each role's people in entry order); the person in
 * seat i takes seat i+1, and the last takes the first.  So in Bells that Ring
 * the presenter becomes the consultant and an observer becomes the presenter.
 * People in an optional role keep it: it was theirs by choice, not by turn.
 */
void seating_rotate(const struct flow *f, size_t n_people, int *seats);

#endif
