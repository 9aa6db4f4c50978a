#ifndef RUCKSACK_RNG_H
#define RUCKSACK_RNG_H
/*
 * A small, portable pseudo-random generator (xoshiro256**, seeded through
 * splitmix64).  Integer arithmetic only, so the same seed gives the same
 * cards on every machine, whatever its libc.
 */
#include <stdint.h>

struct rng {
	uint64_t s[4];
};

void rng_seed(struct rng *r, uint64_t seed);
uint64_t rng_next(struct rng *r);
/* Uniform in [0, n), without modulo bias; n must be > 0. */
uint64_t rng_below(struct rng *r, uint64_t n);
/* A seed from the clock and process id, for rounds where none was given. */
uint64_t rng_fresh_seed(void);

#endif
