/* The phase timer on screen: countdown, paused or not, the bell once at zero, overtime. */
#include "round_timer.h"

#include <stdio.h>

void rtimer_load(struct rtimer *t, int64_t length_ms, int64_t used_ms, int64_t started_at,
		 int64_t now, bool fresh)
{
	t->length_ms = length_ms > 0 ? length_ms : 0;
	t->used_ms = used_ms;
	t->started_at = t->length_ms && started_at >= 0 ? started_at : -1;
	t->rang = (fresh || t->rang) && t->length_ms && rtimer_left(t, now) <= 0;
}

bool rtimer_timed(const struct rtimer *t)
{
	return t->length_ms > 0;
}

bool rtimer_running(const struct rtimer *t)
{
	return rtimer_timed(t) && t->started_at >= 0;
}

static int64_t rtimer_used(const struct rtimer *t, int64_t now)
{
	int64_t run = t->started_at >= 0 && now > t->started_at ? now - t->started_at : 0;
	return t->used_ms + run;
}

int64_t rtimer_left(const struct rtimer *t, int64_t now)
{
	return t->length_ms - rtimer_used(t, now);
}

bool rtimer_ring(struct rtimer *t, int64_t now)
{
	if (!rtimer_timed(t) || t->rang || rtimer_left(t, now) > 0)
		return false;
	t->rang = true;
	return true;
}

/* Whole seconds shown: a countdown shows 0:01 until the last millisecond, overtime counts up. */
static int64_t rtimer_shown_s(int64_t left)
{
	return left > 0 ? (left + 999) / 1000 : -left / 1000;
}

long rtimer_wait_ms(const struct rtimer *t, int64_t now)
{
	if (!rtimer_running(t))
		return -1;
	int64_t left = rtimer_left(t, now);
	int64_t ms = left > 0 ? left % 1000 : 1000 - (-left % 1000);
	return ms == 0 ? 1000 : (long)ms;
}

bool rtimer_text(const struct rtimer *t, int64_t now, char *buf, unsigned size)
{
	if (!size)
		return false;
	buf[0] = '\0';
	if (!rtimer_timed(t))
		return false;
	int64_t left = rtimer_left(t, now), s = rtimer_shown_s(left);
	bool over = left <= 0 && s > 0;
	snprintf(buf, size, "%s%s%lld:%02lld%s", t->started_at < 0 ? "paused " : "", over ? "+" : "",
		 (long long)(s / 60), (long long)(s % 60), over ? " over" : "");
	return left <= 0;
}
