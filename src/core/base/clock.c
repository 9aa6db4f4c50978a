/* The wall and monotonic clocks (see clock.h for which is for what). */
#include <time.h>

#include "core/base/clock.h"

static int64_t (*wall_hook)(void);

static int64_t timespec_ms(const struct timespec *ts)
{
	return (int64_t)ts->tv_sec * 1000 + ts->tv_nsec / 1000000;
}

void now_set_wall_clock(int64_t (*now_ms)(void))
{
	wall_hook = now_ms;
}

int64_t now_wall_ms(void)
{
	if (wall_hook)
		return wall_hook();
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return timespec_ms(&ts);
}

int64_t now_wall_s(void)
{
	return now_wall_ms() / 1000;
}

int64_t now_mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return timespec_ms(&ts);
}
