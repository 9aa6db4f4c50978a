#ifndef RUCKSACK_CLOCK_H
#define RUCKSACK_CLOCK_H
/*
 * The program's one clock, in two kinds.
 *  - The wall clock: the real time, since the epoch.  Journals stamp their
 *    records with it ("at"), round timers count on it (so time the program
 *    was not running counts), and practice answers are dated by it.  Tests
 *    replace it with now_set_wall_clock, so records and timers are
 *    reproducible.
 *  - The monotonic clock: for waits within one run (the editor's draft
 *    pauses, Write it's countdown), which must not jump when someone sets
 *    the machine's clock.  Not replaceable: what waits on it takes "now" as
 *    an argument where tests need to drive it.
 */
#include <stdint.h>

/* The wall clock in milliseconds since the epoch (the test hook's, if set). */
int64_t now_wall_ms(void);
/* The wall clock in whole seconds since the epoch (now_wall_ms / 1000). */
int64_t now_wall_s(void);
/* Milliseconds on a clock that never goes back, from an arbitrary start. */
int64_t now_mono_ms(void);
/* Test hook: the wall clock's source, in ms since the epoch.  NULL restores the real one. */
void now_set_wall_clock(int64_t (*now_ms)(void));

#endif
