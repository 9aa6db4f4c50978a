/* Versions in natural order: see version.h. */
#include "core/deck/version.h"

#include <string.h>

static int version_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Compares the numbers at *a and *b (both at a digit) and steps past them. */
static int version_number(const char **a, const char **b)
{
	while (**a == '0' && version_digit((*a)[1]))
		(*a)++;
	while (**b == '0' && version_digit((*b)[1]))
		(*b)++;
	size_t na = 0, nb = 0;
	while (version_digit((*a)[na]))
		na++;
	while (version_digit((*b)[nb]))
		nb++;
	int c = na != nb ? (na < nb ? -1 : 1) : strncmp(*a, *b, na);
	*a += na;
	*b += nb;
	return c;
}

int version_cmp(const char *a, const char *b)
{
	while (*a && *b) {
		if (version_digit(*a) && version_digit(*b)) {
			int c = version_number(&a, &b);
			if (c)
				return c;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++, b++;
	}
	return *a ? 1 : *b ? -1 : 0;
}
