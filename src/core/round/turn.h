#ifndef RUCKSACK_TURN_H
#define RUCKSACK_TURN_H
/*
 * Whose turn it is and what a contribution belongs to, worked out from the
 * session alone: the people whose turn it is, who has not spoken yet in a
 * phase where each speaks, the cards in hand, and the author and card a new
 * contribution gets by default.  Everything reads the current round and
 * phase of s.  Defaults only: the facilitator can give a text to anyone
 * (session_credit_entry), and nothing here forces an order of speaking.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/round/session.h"

/*
 * The people whose turn it is (the phase's `who`: a role's holders in this
 * round's seats, everyone for "all", nobody when absent; never someone who
 * has left and is not back), in entry order, written to out (room for
 * session_people(s)->n).  Returns how many.
 */
size_t turn_who(const struct session *s, size_t *out);

/* True when person (-1: the group, SESSION_FACILITATOR) has a live
 * contribution (not a note, not deleted) in the current phase. */
bool turn_has_spoken(const struct session *s, int person);

/* Those of turn_who who have not spoken yet (turn_has_spoken), in entry
 * order, written to out (room for session_people(s)->n).  Returns how many. */
size_t turn_not_spoken(const struct session *s, size_t *out);

/*
 * Who a new text belongs to by default.  A note: the facilitator
 * (SESSION_FACILITATOR).  A contribution: the one person whose turn it is;
 * when several share the turn and each speaks (capture "each"), the first
 * who has not spoken yet; otherwise the group (-1).
 */
int turn_default_author(const struct session *s, bool note);

/*
 * The cards in play in this round by its current phase, to show and open:
 * the live (not withdrawn) cards dealt in this round's phases up to the
 * current one, so the observers' lens cards dealt earlier are still there
 * when they use them.  Each person's (in entry order), then the table's;
 * each one's in the order dealt.  Indexes into the dealt cards, written to
 * out (room for session_n_dealt); returns how many.
 */
size_t turn_hand(const struct session *s, size_t *out);
/* True when dealt card i was dealt in the current round and phase: new here. */
bool turn_is_new(const struct session *s, size_t i);

/*
 * The card a contribution by person speaks to by default (an index into the
 * dealt cards), or -1 for none: the card person was dealt in this phase
 * when there is exactly one; when none was dealt them here, the one card
 * they hold from this round's earlier phases, if exactly one.  The group's
 * cards are the table's; the facilitator holds none.  Never someone else's.
 */
long turn_default_card(const struct session *s, int person);

/*
 * The cards a text by person may be linked to, in the order offered after
 * "no card": person's cards in hand (the default first), then the table's,
 * then everyone else's.  Written to out (room for session_n_dealt); returns
 * how many.
 */
size_t turn_card_choices(const struct session *s, int person, size_t *out);

/*
 * The card a text e (of the current round) speaks to once it is given to
 * person: when it spoke to a card of its old author's, that one goes with
 * them and person's default takes its place (turn_default_card); any other
 * card (the table's, one chosen by hand) stays, and so does no card.  An
 * index into the dealt cards, or -1 for none.
 */
long turn_card_for_author(const struct session *s, const struct entry *e, int person);

/* The name an author goes by on screen: a person's name, the facilitator's
 * (or "Facilitator" when none was given), or "the group". */
const char *turn_author_name(const struct session *s, int person);

/* The author an answer names: a person's number as listed (1 for the first),
 * a person's name (any case), "f" or "facilitator", "g" or "group"; spaces
 * around it do not count.  0 with *out set, or -1 when it names no one. */
int turn_author_from(const struct session *s, const char *answer, int *out);

#endif
