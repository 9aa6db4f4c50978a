/* Suit colours and the ink on them, for paper in colour or greyscale. */
#include "print/print_colour.h"

#include <math.h>
#include <string.h>

/* Dark blue, orange, green, light sand, plum, grey-blue: their luminances
 * (about 0.04, 0.30, 0.16, 0.67, 0.06 and 0.36) sit far enough apart to tell
 * the first four suits apart in grey. */
static const char *const palette[] = {
	"#1f3a68", "#e07b39", "#3b7d3a", "#e8d5a3", "#6b2d5c", "#8aa4c0",
};

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

bool print_colour_parse(const char *hex, struct print_rgb *out)
{
	double v[3];
	if (!hex || hex[0] != '#' || strlen(hex) != 7)
		return false;
	for (int i = 0; i < 3; i++) {
		int hi = hex_digit(hex[1 + 2 * i]), lo = hex_digit(hex[2 + 2 * i]);
		if (hi < 0 || lo < 0)
			return false;
		v[i] = (hi * 16 + lo) / 255.0;
	}
	*out = (struct print_rgb){v[0], v[1], v[2]};
	return true;
}

size_t print_palette_size(void)
{
	return sizeof palette / sizeof *palette;
}

struct print_rgb print_suit_colour(const char *colour, size_t i)
{
	struct print_rgb c;
	if (!print_colour_parse(colour, &c))
		print_colour_parse(palette[i % print_palette_size()], &c);
	return c;
}

static double linear(double v)
{
	return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

double print_luminance(struct print_rgb c)
{
	return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

struct print_rgb print_ink_on(struct print_rgb c)
{
	/* WCAG contrast against white (1.05 / (L + 0.05)) and black
	 * ((L + 0.05) / 0.05) are equal at L = 0.179 */
	return print_luminance(c) > 0.179 ? (struct print_rgb){0, 0, 0}
					  : (struct print_rgb){1, 1, 1};
}
