/* The phase timer: countdown, pause, a minute more, the bell once at zero. */
#include "round_timer.h"

#include <stdio.h>

void rtimer_start(struct rtimer *t, double minutes, int64_t now)
{
	t->length_ms = minutes > 0 ? (int64_t)(minutes * 60000.0 + 0.5) : 0;
	t->used_ms = 0;
	t->started_at = t->length_ms ? now : -1;
	t->rang = false;
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

void rtimer_toggle(struct rtimer *t, int64_t now)
{
	if (!rtimer_timed(t))
		return;
	if (t->started_at >= 0) {
		t->used_ms = rtimer_used(t, now);
		t->started_at = -1;
	} else {
		t->started_at = now;
	}
}

void rtimer_add_minute(struct rtimer *t, int64_t now)
{
	if (!rtimer_timed(t))
		return;
	t->length_ms += 60000;
	if (rtimer_left(t, now) > 0)
		t->rang = false;
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
