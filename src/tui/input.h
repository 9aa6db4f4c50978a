#ifndef RUCKSACK_INPUT_H
#define RUCKSACK_INPUT_H
/*
 * Reading keys from curses without waiting, as keys.h codes: Enter (\r, \n,
 * KEY_ENTER) is K_ENTER, DEL/^H/KEY_BACKSPACE are K_BACKSPACE, Esc followed
 * at once by Backspace is K_ALT + K_BACKSPACE, Esc followed by anything else
 * is K_ESC and then that key, a resize is K_RESIZE, and the markers the
 * terminal puts around pasted text (bracketed paste) are K_PASTE_BEGIN and
 * K_PASTE_END.  NUL (Ctrl-Space) and keys curses
 * knows but the program does not use read as 0.
 */

/* Teaches curses the bracketed-paste markers (K_PASTE_BEGIN, K_PASTE_END); once, after term_start. */
void input_init(void);
/* The next key already typed, 0 for one to ignore, or -1 when there is none. */
int input_read(void);

#endif
