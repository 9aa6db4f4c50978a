#ifndef RUCKSACK_ROUND_SEATS_H
#define RUCKSACK_ROUND_SEATS_H
/*
 * The seats as text, one line per role in the flow's order ("Presenter: Ana",
 * "Observer: 李明, Ben"), shared by the setup preview and the phase screen.
 * A role nobody holds reads "(nobody)" and, when optional, "(optional, empty)";
 * people outside every role come last as "Not seated: …".  The lines hold
 * names as typed: draw them through utf8_visible.
 */
#include <stddef.h>

#include "core/deck/model.h"
#include "core/base/strv.h"

/* Appends the lines for seats[people->n] (role index or -1) to out; returns how many. */
size_t rseats_lines(const struct flow *f, const struct strv *people, const int *seats,
		    struct strv *out);

#endif
