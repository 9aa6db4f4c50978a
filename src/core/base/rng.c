#include "core/base/rng.h"

#include <time.h>
#include <unistd.h>

/* splitmix64 (Steele, Lea, Flood): spreads any seed, even 0, over the state. */
static uint64_t rng_splitmix(uint64_t *x)
{
	uint64_t z = (*x += UINT64_C(0x9e3779b97f4a7c15));
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static uint64_t rng_rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

void rng_seed(struct rng *r, uint64_t seed)
{
	for (int i = 0; i < 4; i++)
		r->s[i] = rng_splitmix(&seed);
}

/* xoshiro256** 1.0 (Blackman, Vigna), as published. */
uint64_t rng_next(struct rng *r)
{
	uint64_t *s = r->s;
	uint64_t result = rng_rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rng_rotl(s[3], 45);
	return result;
}

uint64_t rng_below(struct rng *r, uint64_t n)
{
	if (n == 0)
		return 0;
	/* (2^64 - n) mod n values at the bottom would make x % n favour small
	 * results; rejecting them leaves a whole number of copies of [0, n). */
	uint64_t threshold = (0 - n) % n;
	for (;;) {
		uint64_t x = rng_next(r);
		if (x >= threshold)
			return x % n;
	}
}

uint64_t rng_fresh_seed(void)
{
	struct timespec rt = {0}, mt = {0};
	clock_gettime(CLOCK_REALTIME, &rt);
	clock_gettime(CLOCK_MONOTONIC, &mt);
	uint64_t x = (uint64_t)rt.tv_sec * UINT64_C(1000000000) + (uint64_t)rt.tv_nsec;
	uint64_t mix = rng_splitmix(&x);
	mix ^= (uint64_t)getpid() << 32;
	mix ^= (uint64_t)mt.tv_nsec;
	return rng_splitmix(&mix);
}
