#ifndef RUCKSACK_PRINT_COLOUR_H
#define RUCKSACK_PRINT_COLOUR_H
/*
 * A suit's colour on paper: the deck's own ("colour": "#RRGGBB"), or one of
 * a default palette whose colours differ in lightness, so the suits stay
 * apart when printed in greyscale; and the ink (black or white) that reads
 * on it.  No drawing here.
 */
#include <stdbool.h>
#include <stddef.h>

struct print_rgb {
	double r, g, b; /* 0..1 */
};

/* "#RRGGBB" into out; false (out untouched) for anything else. */
bool print_colour_parse(const char *hex, struct print_rgb *out);
/* How many colours the default palette has. */
size_t print_palette_size(void);
/* Suit number i's colour: colour when it parses, else the palette's
 * (i modulo its size). */
struct print_rgb print_suit_colour(const char *colour, size_t i);
/* Relative luminance (sRGB, 0 black .. 1 white), as greyscale prints it. */
double print_luminance(struct print_rgb c);
/* Black or white, whichever contrasts more with c. */
struct print_rgb print_ink_on(struct print_rgb c);

#endif
