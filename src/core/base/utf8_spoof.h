#ifndef RUCKSACK_UTF8_SPOOF_H
#define RUCKSACK_UTF8_SPOOF_H
/*
 * Characters that change how text reads without showing themselves: the
 * direction overrides, embeddings and isolates (U+202A-202E, U+2066-2069),
 * the direction marks (U+200E, U+200F, U+061C) and the zero-width
 * characters (U+200B-200D, U+2060, U+FEFF).  "abc\u202Etxt.exe" reads as
 * "abcexe.txt"; a zero-width space makes two ids that look the same.
 *
 * The joiners U+200C and U+200D have work to do between two characters that
 * are not ASCII (an emoji sequence such as 👩‍💻, a Persian or Indic word),
 * so there they count as text; anywhere else, and always in an id, they are
 * spoofing too.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The Unicode name of cp when it is one of the characters above, else NULL. */
const char *utf8_spoof_name(uint32_t cp);
/*
 * The first such character in s[0..len) (a joiner between two non-ASCII
 * characters excepted when in_text is set): its byte offset, or len when
 * there is none; *cp gets it.
 */
size_t utf8_spoof_find(const char *s, size_t len, bool in_text, uint32_t *cp);
/* Code points before byte offset off of s (invalid bytes counting one each). */
size_t utf8_count_cps(const char *s, size_t off);
/*
 * utf8_visible(s, keep_newline), with each spoofing character (in_text as
 * above) shown as "<U+202E>", for listings where what a file holds must be
 * seen as it is.  Free the result.
 */
char *utf8_reveal(const char *s, bool keep_newline);

#endif
