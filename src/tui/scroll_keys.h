#ifndef RUCKSACK_SCROLL_KEYS_H
#define RUCKSACK_SCROLL_KEYS_H
/*
 * The reading keys of a page of text, the same on every screen that shows
 * one: a line up or down, a page (less a line, so the reader keeps their
 * place), or to either end.
 */
#include "keys.h"
#include "scroll.h"

/* Applies act to s: R_REDRAW when the view moved, R_NONE when it was already as far as it
 * goes, R_PASS when act is not one of the reading keys (the caller's to handle). */
int scroll_keys_read(struct scroll *s, enum action act);

#endif
