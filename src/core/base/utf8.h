#ifndef RUCKSACK_UTF8_H
#define RUCKSACK_UTF8_H
/*
 * UTF-8 and display width, in one place.  Width comes from wcwidth() under the
 * user's locale (the program calls setlocale at start); a character whose
 * width is unknown counts as 1 so nothing is lost from view (a combining mark
 * still counts 0), and control characters are counted at the width of their
 * visible form, 1 (see utf8_visible).  An emoji sequence measures the sum of
 * its characters' widths, as curses counts it.
 *
 * "Character" in utf8_next/prev/prefix_fitting/wrap means a cluster: a base
 * with the combining marks, zero-width-joiner sequences, variation selectors
 * and skin tones after it, a flag (pair of regional indicators), or one
 * invalid byte.  Text is kept in logical order; right-to-left is not reordered.
 * Functions taking a string accept NULL as "".
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Decodes one character at s (at most len bytes).  Returns its length in
 * bytes (1..4) and stores the code point, or returns 0 on an invalid,
 * overlong, surrogate or truncated sequence.
 */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Encodes cp into out (room for 4 bytes); returns the length, 0 if invalid. */
size_t utf8_encode(uint32_t cp, char out[4]);
/* True when the whole of s[0..len) is valid UTF-8. */
bool utf8_valid(const char *s, size_t len);

/* True for a control character: C0 (U+0000-U+001F), DEL, or C1 (U+0080-U+009F).
 * The one definition the program uses (names, folders, drawing, utf8_visible). */
bool utf8_is_control(uint32_t cp);
/* True when s holds a control character (utf8_is_control), tab and newline
 * included; an invalid byte is not one (a C1 control is two bytes, C2 80-9F). */
bool utf8_has_control(const char *s);

/* Display columns of one code point (0 for combining marks). */
int utf8_cp_width(uint32_t cp);
/* Display columns of a string, invalid bytes counting 1 each. */
size_t utf8_width(const char *s);
/* Byte length of the longest prefix of s that fits in cols columns. */
size_t utf8_prefix_fitting(const char *s, size_t cols);
/* Byte offset of the start of the character (cluster) before offset off (0 at the start). */
size_t utf8_prev(const char *s, size_t off);
/* Byte offset just past the character (and any combining marks after it) at off. */
size_t utf8_next(const char *s, size_t len, size_t off);

/*
 * A copy of s in which every control character (C0, DEL, C1) and invalid byte
 * is replaced by a visible stand-in (U+2400 + code for C0, U+2421 for DEL,
 * U+FFFD for C1 and each invalid byte), so text from a deck or a reflection
 * can never move the terminal.  \n is kept when keep_newline is set; \t
 * becomes a single space.  Widths are unchanged.  Free the result.
 */
char *utf8_visible(const char *s, bool keep_newline);

/*
 * Wraps s to lines at most cols columns wide.  Breaks at spaces when it can,
 * inside a word only when a word is wider than a line, and never inside a
 * character or between a character and its combining marks.  Each \n starts a
 * new line.  Returns the number of lines (at least 1: "" is one empty line,
 * "a\n" is "a" and ""); *starts and *lens (freshly allocated, free them) give
 * each line's byte offset and length, with the breaking run of spaces (or
 * tabs) left out.  A character wider than cols gets a line of its own (so
 * cols 0 gives one per line); an indent is dropped only where keeping it
 * would cut a word.
 */
size_t utf8_wrap(const char *s, size_t cols, size_t **starts, size_t **lens);

#endif
