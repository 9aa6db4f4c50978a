#ifndef RUCKSACK_HANDOVER_H
#define RUCKSACK_HANDOVER_H
/*
 * Text left in $EDITOR by a program that died while it was open (extedit.h)
 * is offered back at the next start: put into the draft of the round it was
 * typed for (resuming the round reopens it), and its hand-over folder
 * removed; when it cannot be (no round, the round open elsewhere, its draft
 * gone) the file stays, in the private hand-over folder, and is named.
 */
#include "core/deck/searchpath.h"

/* Once per process: does the above, and returns what to tell the user, or
 * NULL when there was nothing (caller frees). */
char *handover_recover(env_fn env);

#endif
