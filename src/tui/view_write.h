#ifndef RUCKSACK_VIEW_WRITE_H
#define RUCKSACK_VIEW_WRITE_H
/*
 * "Write it": a vignette and a target card are dealt; the mentor writes one
 * or more questions of that type in the editor (each kept in the practice
 * journal as soon as it is saved), then compares them with the card's
 * examples and prompts, side by side where there is room, and marks each of
 * their own "on target" or "not yet" (each mark kept at once).  Then the
 * next exercise, up to the run's number; at the end, what was written.
 * The run itself, its steps, moves and records, is practice_writer.h's
 * (core/practice); this screen draws it and maps keys to it.
 */
#include "app.h"
#include "core/practice/practice_setup.h"

/* The run p (checked with practice_setup_check; copied, its strings
 * borrowed), or NULL with the reason on the key line. */
struct view *pwrite_open(struct app *a, const struct practice_setup *p);

#endif
