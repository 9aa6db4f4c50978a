#ifndef RUCKSACK_SCROLL_H
#define RUCKSACK_SCROLL_H
/*
 * Scrolling, without curses: n rows of content shown rows at a time from
 * row top, with a selected row sel (lists) or none (text to read).  Every
 * function keeps top and sel in range and the selection in view.
 */
#include <stdbool.h>
#include <stddef.h>

struct scroll {
	size_t n;    /* rows of content */
	size_t rows; /* rows on screen (at least 1 counts) */
	size_t top;  /* first row shown */
	size_t sel;  /* selected row (lists) */
};

/* Sets the content and screen heights, keeping sel and top in range and sel in view. */
void scroll_set(struct scroll *s, size_t n, size_t rows);
/* Lists: selects row i (clamped) and scrolls it into view; true when the selection moved. */
bool scroll_select(struct scroll *s, size_t i);
/* Text: moves the view by delta rows (clamped, never past the last screenful; sel follows top);
 * true when it moved. */
bool scroll_by(struct scroll *s, long delta);
/* The highest top there is: the last screenful. */
size_t scroll_max_top(const struct scroll *s);

#endif
