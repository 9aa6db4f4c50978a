#ifndef RUCKSACK_JSON_HINT_H
#define RUCKSACK_JSON_HINT_H
/*
 * Plain-words explanations for the strict JSON check: what a character a
 * word processor or an editor slipped in is (curly quotes, invisible
 * spaces), and what went wrong when a file is not UTF-8 at all (saved as
 * UTF-16 or Windows-1252).  Each writes a whole message into msg[n] and
 * returns true, or returns false when it has nothing better to say.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A character found where JSON expects structure (outside strings). */
bool json_hint_char(uint32_t cp, char *msg, size_t n);

/* The file starts like UTF-16 text: a byte-order mark or NUL-interleaved ASCII. */
bool json_hint_utf16(const unsigned char *s, size_t len, char *msg, size_t n);

/* Invalid UTF-8 at p: a Windows-1252 letter or quote, when it looks like one. */
bool json_hint_cp1252(const unsigned char *p, char *msg, size_t n);

/* A word in place of a value: True, False, None and other spellings. */
bool json_hint_word(const unsigned char *p, const unsigned char *end, char *msg, size_t n);

#endif
