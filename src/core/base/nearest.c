#include "core/base/nearest.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define NEAREST_MAX_LEN 64

void nearest_init(struct nearest *n, const char *word)
{
	*n = (struct nearest){ .word = word, .best_dist = SIZE_MAX };
}

static size_t min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;
	return m < c ? m : c;
}

static bool same_letter(char a, char b)
{
	return tolower((unsigned char)a) == tolower((unsigned char)b);
}

size_t nearest_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t d[NEAREST_MAX_LEN + 1][NEAREST_MAX_LEN + 1];

	if (la > NEAREST_MAX_LEN || lb > NEAREST_MAX_LEN)
		return SIZE_MAX;
	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t k = 0; k <= lb; k++)
		d[0][k] = k;
	for (size_t i = 1; i <= la; i++) {
		for (size_t k = 1; k <= lb; k++) {
			size_t change = same_letter(a[i - 1], b[k - 1]) ? 0 : 1;
			d[i][k] = min3(d[i - 1][k] + 1, d[i][k - 1] + 1, d[i - 1][k - 1] + change);
			if (i > 1 && k > 1 && same_letter(a[i - 1], b[k - 2]) &&
			    same_letter(a[i - 2], b[k - 1]) && d[i - 2][k - 2] + 1 < d[i][k])
				d[i][k] = d[i - 2][k - 2] + 1;
		}
	}
	return d[la][lb];
}

/* How many typos a word of len bytes may hold and still be recognised. */
static size_t typos_allowed(size_t len)
{
	return len <= 3 ? 1 : len <= 6 ? 2 : 3;
}

void nearest_offer(struct nearest *n, const char *name)
{
	size_t dist = nearest_distance(n->word, name);

	if (n->offered < NEAREST_LIST_MAX)
		n->names[n->offered] = name;
	n->offered++;
	if (dist < n->best_dist && dist <= typos_allowed(strlen(n->word)) &&
	    dist < strlen(name)) {
		n->best = name;
		n->best_dist = dist;
	}
}

const char *nearest_hint(const struct nearest *n, const char *what, char *buf, size_t size)
{
	size_t used;

	buf[0] = '\0';
	if (n->best) {
		snprintf(buf, size, "; did you mean \"%s\"?", n->best);
	} else if (n->offered > 0 && n->offered <= NEAREST_LIST_MAX) {
		used = (size_t)snprintf(buf, size, " (%s: ", what);
		for (size_t i = 0; i < n->offered && used < size; i++)
			used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? ", " : "",
						 n->names[i]);
		if (used < size)
			snprintf(buf + used, size - used, ")");
	}
	return buf;
}
