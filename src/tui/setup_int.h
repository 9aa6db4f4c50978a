#ifndef RUCKSACK_SETUP_INT_H
#define RUCKSACK_SETUP_INT_H
/*
 * Inside the setup screen: its state, shared by view_setup.c (prompts and
 * keys) and view_setup_draw.c (drawing).  Not for other screens.
 */
#include <stddef.h>
#include <stdint.h>

#include "app.h"
#include "core/round/round_history.h"
#include "core/round/round_setup.h"
#include "scroll.h"

struct setup {
	struct view v;
	struct rsetup rs;
	struct scroll sc;  /* the people */
	long mark;	   /* the person marked for a swap, or -1 */
	struct view *from; /* the flow list below, closed when the round starts; or NULL */
	int list_rows;
	struct history hist; /* the rounds kept on this machine */
	size_t next_group;   /* the group P takes next */
};

/* Fits the people's list to the rows the seats and the footer leave. */
void setup_layout(struct view *v);
void setup_draw(struct view *v);
/* "2 Dec 2026" in local time, into buf (>= 32 bytes). */
const char *setup_day(int64_t ms, char *buf);

#endif
