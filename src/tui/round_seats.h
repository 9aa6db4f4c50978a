#ifndef RUCKSACK_ROUND_SEATS_H
#define RUCKSACK_ROUND_SEATS_H
/*
 * The seats as text, one line per role in the flow's order ("Presenter: Ana",
 * "Observer: 李明, Ben"), shared by the setup preview and the phase screen.
 * A role nobody holds reads "(nobody)" and, when optional, "(optional, empty)";
 * people outside every role come last as "Not seated: …".  The lines hold
 * names as typed: draw them through utf8_visible.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/deck/model.h"
#include "core/base/strv.h"

/* Appends the lines for seats[people->n] (role index or -1) to out; returns
 * how many.  numbered: each name after its number in the list of people
 * ("Observer: 3 李明, 4 Ben"), the number that picks them as a speaker. */
size_t rseats_lines(const struct flow *f, const struct strv *people, const int *seats,
		    bool numbered, struct strv *out);

#endif
