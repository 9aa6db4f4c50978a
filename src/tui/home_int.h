#ifndef RUCKSACK_HOME_INT_H
#define RUCKSACK_HOME_INT_H
/* Private to view_home.c (the menu, the keys) and home_rounds.c (the rounds it lists). */
#include <stdbool.h>

#include "app.h"
#include "core/round/session.h"
#include "rounds_actions.h"
#include "scroll.h"

#define HOME_ENTRIES 6	  /* the menu's entries (view_home.c) */
#define HOME_RECENT_MAX 100 /* rounds listed on the home screen, at most (a tall window) */

struct home_entry;

struct home {
	struct view v;
	struct rounds_acts acts; /* t, e and x on the selected round */
	const struct home_entry *shown[HOME_ENTRIES];
	bool offered[HOME_ENTRIES]; /* each entry's offered(), as last asked */
	bool stale;		    /* ask again before the next use (home_on_top) */
	bool been_on_top;	    /* home_on_top has run: the catalog is not fresh any more */
	bool about;		    /* room for the selected entry's sentence under the menu */
	bool banner;		    /* room for the name and strapline above the menu */
	unsigned long read_gen;	    /* the stack's gen when the rounds were last read */
	struct scroll sc;	    /* the menu */
	/* the rounds kept (session_list's order), read with the menu's tests */
	struct session_info *rounds;
	size_t n_rounds;
	bool given;		       /* rounds given at start-up (home_give_rounds): not read */
	size_t recent[HOME_RECENT_MAX]; /* those shown (rounds_recent), indexes into rounds */
	size_t n_recent;
	bool on_round;	  /* the selection is on a round (recent[round_sel]), not the menu */
	size_t round_sel;
	bool side;	  /* the rounds beside the menu (a wide window), else under it */
	struct rect list; /* where the rounds go: a heading, the rows, a line for more (h 0: none) */
	int hint_y;	  /* too little room for the list: the row saying how to see them, or -1 */
};

/* Reads the rounds kept again (unless given); after, lays them out. */
void home_read_rounds(struct home *h);
/* Where the rounds go, in room (its first row for the heading): sets list,
 * hint_y and recent, and keeps the selection on a round shown. */
void home_place_rounds(struct home *h, struct rect room);
/* Draws the rounds, and the selected one's details in about (when it has rows). */
void home_draw_rounds(const struct home *h, struct rect about);
/* The round selected, or NULL (the selection is on the menu). */
const struct session_info *home_selected_round(const struct home *h);
/* Enter on the selected round: resumes it, or says why it cannot be. */
int home_resume_round(struct home *h);

#endif
