#ifndef RUCKSACK_STRV_H
#define RUCKSACK_STRV_H
/* A growable vector of owned strings. A zeroed struct is an empty vector. */
#include <stddef.h>

struct strv {
	char **v;
	size_t n, cap;
};

/* Appends a copy of s. */
void strv_push(struct strv *sv, const char *s);
/* Appends s itself; the vector takes ownership. */
void strv_push_owned(struct strv *sv, char *s);
/* Index of the first element equal to s, or -1. */
long strv_find(const struct strv *sv, const char *s);
/* Splits s on sep (empty fields dropped) and appends each piece. */
void strv_split(struct strv *sv, const char *s, char sep);
void strv_copy(struct strv *dst, const struct strv *src);
void strv_free(struct strv *sv);

#endif
