#ifndef RUCKSACK_ITEM_NAME_H
#define RUCKSACK_ITEM_NAME_H
/*
 * How a problem names one item of a list in a deck or flow, in words a
 * champion recognises in the file: card "curiosity" (by its id), or the 6th
 * card when it has none, instead of cards[5].
 */
#include <stddef.h>

/* Writes the name of item index (from 0) of the list under key, called id
 * (NULL when it has none; an invalid id counts as none), into buf (cut at size - 1).  Returns the
 * length written. */
size_t item_name(char *buf, size_t size, const char *key, size_t index, const char *id);

#endif
