#ifndef RUCKSACK_VIEW_CONFIRM_H
#define RUCKSACK_VIEW_CONFIRM_H
/*
 * A yes/no question in a box over the screen that asked it ("Quit
 * rucksack?", "Discard the text you typed?").  y answers yes, n or Esc no.
 * On yes, yes(owner) runs once the box is closed, and what it returns (R_
 * flags) is applied to owner as if owner's key handler had returned it:
 * R_CLOSE closes owner, R_QUIT leaves the program.  A signal that ends the
 * program while the box is open answers no.
 */
#include <stdbool.h>

#include "app.h"

/*
 * A question for owner (NULL: the program as a whole).  detail (may be
 * NULL) is a second line.  quit marks the question "Quit rucksack?", so a
 * second Ctrl-C answers it.  Copies the strings.
 */
struct view *confirm_open(struct view *owner, const char *question, const char *detail,
			  int (*yes)(struct view *owner), bool quit);
/* True when v is an open quit question. */
bool confirm_is_quit(const struct view *v);

#endif
