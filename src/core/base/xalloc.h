#ifndef RUCKSACK_XALLOC_H
#define RUCKSACK_XALLOC_H
/*
 * Allocation that cannot return NULL.  Running out of memory mid-round is not
 * something the program can recover from sensibly, and checking every small
 * allocation would bury the logic; these abort with a message instead.
 */
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* xstrdup(NULL) returns NULL, so optional fields copy without a branch. */
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a fresh heap string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* p itself; a NULL p (a library's allocation that failed) is out of memory. */
void *xcheck(void *p);
/* Grow *v (of *cap elements of size elem) so that it holds at least need. */
void xgrow(void **v, size_t *cap, size_t need, size_t elem);

/*
 * A function run when memory runs out, before the message and abort: the
 * full-screen program restores the terminal there.  NULL: none.
 */
void xalloc_on_fail(void (*hook)(void));

#endif
