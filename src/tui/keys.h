#ifndef RUCKSACK_KEYS_H
#define RUCKSACK_KEYS_H
/*
 * Keys and actions, without curses.  input.c turns what curses reads into
 * one int per key: a Unicode code point for a character (control characters
 * keep their codes, so Ctrl-S is 0x13), or one of the K_ codes below for a
 * function key, possibly with K_ALT added (Esc then the key).
 *
 * Every action of the program is one line of ACTIONS: an id, a short name
 * for the bottom key line, a help sentence, and the keys that trigger it.
 * A screen lists the actions it takes (its keymap); the `?` help screen and
 * the key line are both generated from that list, so what the help says is
 * what the keys do.  The same key may mean different actions on different
 * screens, never two on one (keys_conflict).
 *
 * Screens that take typed text (VIEW_TEXT) never resolve a printable
 * character to an action, and their help leaves those keys out: on such a
 * screen `k` is a letter, not "up".
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/base/strv.h"

#define K_FN 0x200000 /* function keys live above Unicode */
#define K_ALT 0x400000 /* added to a key that came after Esc */
#define K_CTRL(c) ((c) & 0x1f)

enum {
	K_UP = K_FN + 1,
	K_DOWN,
	K_LEFT,
	K_RIGHT,
	K_HOME,
	K_END,
	K_PGUP,
	K_PGDN,
	K_ENTER,
	K_BACKSPACE,
	K_DELETE,
	K_INSERT,
	K_ESC,
	K_BTAB,
	K_RESIZE,
	K_PASTE_BEGIN, /* bracketed paste: what comes until K_PASTE_END was pasted */
	K_PASTE_END,
	K_F0 = K_FN + 0x100, /* K_F0 + n is Fn */
};
#define K_F(n) (K_F0 + (n))

/*
 * X(id, name, help, keys...): name is what the key line shows ("open"),
 * help a sentence for the help screen.  The first key is the one the key
 * line shows.  To add an action, add a line here and put its id in the
 * keymap of the screens that take it.
 */
#define ACTIONS(X)                                                                        \
	X(UP, "up", "Move up", K_UP, 'k')                                                 \
	X(DOWN, "down", "Move down", K_DOWN, 'j')                                         \
	X(PGUP, "page up", "Move up a page", K_PGUP, K_CTRL('b'))                         \
	X(PGDN, "page down", "Move down a page", K_PGDN, ' ', K_CTRL('f'))                \
	X(TOP, "top", "Go to the top", K_HOME, 'g')                                       \
	X(BOTTOM, "bottom", "Go to the bottom", K_END, 'G')                               \
	X(OPEN, "open", "Open the selected item", K_ENTER, K_RIGHT, 'l')                  \
	X(BACK, "back", "Go back to the previous screen", 'q', K_ESC, K_LEFT, 'h')        \
	X(CLOSE, "back", "Go back to the previous screen", 'q', K_ESC)                    \
	X(PREV, "previous", "Show the previous card of the deck", K_LEFT, 'h', 'p')       \
	X(NEXT, "next", "Show the next card of the deck", K_RIGHT, 'l', 'n')              \
	X(HELP, "help", "Show the keys of this screen", '?', K_F(1))                      \
	X(QUIT, "quit", "Quit rucksack", 'q')                                             \
	X(RELOAD, "reload", "Read the deck folders again: a deck added or changed "       \
	  "there shows at once", 'r', K_F(5))                                             \
	X(HM_OPEN, "open", "Open the selected entry; on a round, resume it where it was " \
	  "left (an ended one opens to read)", K_ENTER, K_RIGHT, 'l')                      \
	X(HM_ALL, "all rounds", "List every round kept on this machine", 'a')             \
	X(YES, "yes", "Yes, go ahead", 'y', 'Y')                                          \
	X(NO, "no", "No, go back", 'n', 'N', K_ESC)                                       \
	X(ED_LEFT, "left", "Move left", K_LEFT)                                           \
	X(ED_RIGHT, "right", "Move right", K_RIGHT)                                       \
	X(ED_UP, "up", "Move up a line on screen", K_UP)                                  \
	X(ED_DOWN, "down", "Move down a line on screen", K_DOWN)                          \
	X(ED_PGUP, "page up", "Move up a page", K_PGUP)                                   \
	X(ED_PGDN, "page down", "Move down a page", K_PGDN)                               \
	X(ED_HOME, "home", "Go to the start of the line on screen", K_HOME)               \
	X(ED_END, "end", "Go to the end of the line on screen", K_END)                    \
	X(ED_BOL, "start", "Go to the start of the paragraph", K_CTRL('a'))               \
	X(ED_EOL, "end", "Go to the end of the paragraph", K_CTRL('e'))                   \
	X(ED_BACKSPACE, "delete", "Delete the character before the cursor", K_BACKSPACE)  \
	X(ED_DELETE, "delete", "Delete the character under the cursor", K_DELETE,         \
	  K_CTRL('d'))                                                                    \
	X(ED_WORD, "delete word", "Delete the word before the cursor", K_CTRL('w'),       \
	  K_ALT + K_BACKSPACE)                                                            \
	X(ED_NEWLINE, "new line", "Start a new line", K_ENTER)                            \
	X(ED_SAVE, "save", "Save the text and close the editor", K_CTRL('s'), K_F(2))     \
	X(ED_CANCEL, "cancel", "Close without saving (asks first if text would be lost)", \
	  K_ESC)                                                                          \
	X(ED_EXTERNAL, "$EDITOR", "Write the text in $VISUAL or $EDITOR instead",         \
	  K_CTRL('o'), K_F(4))                                                            \
	X(ED_CARD, "card", "Change the card the text speaks to: no card first, then the " \
	  "author's cards, the table's, the others'", K_CTRL('t'), K_F(3))                \
	X(INTERRUPT, "quit", "Quit rucksack (asks first)", K_CTRL('c'))                   \
	X(REDRAW, "redraw", "Redraw the screen", K_CTRL('l'))                            \
	X(PH_NEXT, "next phase", "Go to the next phase (or the next round's first)",      \
	  K_RIGHT, 'l')                                                                   \
	X(PH_PREV, "previous", "Go back to the previous phase", K_LEFT, 'h')              \
	X(PH_WRITE, "write", "Write what is said now, by whose turn it is (the first "   \
	  "who has not spoken, where each speaks)", K_ENTER, 'w')                          \
	X(PH_NOTE, "note", "Add a note at any moment, outside the capture rule", 'n')     \
	X(PH_EDIT, "edit", "Edit the selected reflection or note", 'e')                   \
	X(PH_DELETE, "delete", "Delete the selected reflection or note (asks first)",     \
	  'x', K_DELETE)                                                                  \
	X(PH_CARD, "read card", "Open the selected card (or the first) to read in full",  \
	  'o')                                                                            \
	X(PH_REDEAL, "redeal", "Deal the selected card again from its deck", 'd')         \
	X(PH_CHOOSE, "choose", "Choose a card by hand, for the selected card's holder",   \
	  'c')                                                                            \
	X(PH_SPEAKER, "speaker", "1 to 9: write what the person with that number says "   \
	  "(as listed under Seats; in any order, as often as they speak)", '1')            \
	X(PH_AUTHOR, "author", "Give the selected text to someone present, the "          \
	  "facilitator or the group; with no text selected, write as them", 'A')           \
	X(PH_PUTBACK, "put back", "Put the selected card back: taken by mistake, it "     \
	  "leaves the transcript", 'u')                                                    \
	X(PH_PAUSE, "pause", "Pause or restart the timer", ' ')                           \
	X(PH_MINUTE, "+1 min", "Add a minute to the timer", '+', '=')                     \
	X(PH_LESS, "-1 min", "Take a minute off the timer (not when under a minute is "   \
	  "left, nor below a minute)", '-', '_')                                          \
	X(PH_BELL, "bell", "Silence the bell at zero (a flash instead), or let it ring",  \
	  'b')                                                                            \
	X(PH_PROJECTOR, "projector", "Show the phase and a card in large letters", 'p')   \
	X(PH_ROUND, "next round", "Start the next round, the seats moved on one", 'N')    \
	X(PH_TRANSCRIPT, "transcript", "Write the transcript now, next to the journal",   \
	  't')                                                                            \
	X(PH_END, "end", "End the round and write its transcript (asks first)", 'E')      \
	X(PH_RETRY, "retry", "Try again to save what is not yet on the disk", 'r')        \
	X(PH_SAVEAS, "save elsewhere", "Save the round's journal in another folder", 's') \
	X(PH_JOIN, "late arrival", "Add a late arrival: seated as the flow seats latecomers, "  \
	  "dealt what this phase deals them; the name of someone who left brings them back", \
	  'L')                                                                              \
	X(PH_LEAVE, "left", "Mark someone as having left the room (by name or number); "     \
	  "the transcript keeps the time", 'O')                                             \
	X(PH_QUIT, "quit", "Quit (asks first; the round can be resumed)", 'q')            \
	X(PH_ACTION, "action", "Add an action agreed (what, who, by when), at any phase;"  \
	  " e and x edit and delete the selected one", 'a')                               \
	X(PH_CASE, "case", "Give or change the case reference and the presenter's "       \
	  "question (shown on every phase, at the head of the transcript)", 'C')          \
	X(PH_REOPEN, "reopen", "Reopen an ended round for a correction or an addendum "    \
	  "(marked as added after the end; asks first)", 'R')                             \
	X(FM_NEXT, "next field", "Go to the next field", '\t', K_DOWN)                    \
	X(FM_PREV, "previous field", "Go to the previous field", K_BTAB, K_UP)            \
	X(FM_PICK, "pick", "In a field with choices (who): the next person present, "     \
	  "in place of what is typed", K_CTRL('t'), K_F(3))                               \
	X(FM_SAVE, "save", "Save what the fields say (Enter on the last field too)",       \
	  K_CTRL('s'), K_F(2))                                                            \
	X(PJ_NEXT, "next card", "Show the next card", K_RIGHT, 'l', K_DOWN, 'j')          \
	X(PJ_PREV, "previous card", "Show the previous card", K_LEFT, 'h', K_UP, 'k')     \
	X(PJ_SWITCH, "phase/card", "Switch between the card and the phase: its prompts and "  \
	  "who holds which role", '\t', 'v')                                            \
	X(PJ_BACK, "back", "Any other key goes back to the phase screen", K_ESC, 'q')     \
	X(PK_CHOOSE, "choose", "Give this card to the holder", K_ENTER)                  \
	X(PK_READ, "read", "Open the card to read it in full", 'o', K_RIGHT, 'l')        \
	X(SU_ADD, "add", "Add people (several at once: separate them with commas)", 'a')  \
	X(SU_REMOVE, "remove", "Remove the selected person", 'x', K_DELETE)              \
	X(SU_UP, "move up", "Move the selected person up (seats follow the list's order)", \
	  'K', '<')                                                              \
	X(SU_DOWN, "move down", "Move the selected person down", 'J', '>')    \
	X(SU_SWAP, "swap", "Swap seats: mark a person, then press again on another", 'w') \
	X(SU_OPTIONAL, "optional role",                                                    \
	  "Seat the selected person in an optional role, such as a trained systemic "      \
	  "mentor who is present (again: the next; then back)", 'o')                      \
	X(SU_SEED, "seed", "Set the seed, so the same cards are dealt again", 'd')       \
	X(SU_FACIL, "facilitator", "Give the facilitator's name (for the transcript)",   \
	  'f')                                                                            \
	X(SU_CASE, "case", "Give the case reference and the presenter's question",        \
	  'C')                                                                            \
	X(SU_FIT, "fit time", "Fit the round to your slot in minutes (45, 1h30): the "     \
	  "phases scale in proportion, untimed ones stay untimed; empty: the flow's own", 'm') \
	X(SU_APOLOGY, "apologies", "Record apologies: people expected but absent (for the "  \
	  "transcript); a name already listed is taken off", 'y')                          \
	X(SU_GROUP, "same group", "Start from the people of the latest earlier round; again: "  \
	  "the round before (replaces the list only while it is as taken)", 'P')             \
	X(SU_START, "start", "Start the round with these seats", K_ENTER, K_F(10))       \
	X(PM_OK, "ok", "Accept what is typed", K_ENTER)                                   \
	X(PM_CANCEL, "cancel", "Close without changing anything", K_ESC)                     \
	X(PR_ANSWER, "answer", "Name the type (or then the subtype) by its number on "     \
	  "screen; a type also by the letter shown beside it", '1', '2', '3', '4')          \
	X(PR_UNDO, "change type", "While naming the subtype: name the type again",         \
	  K_BACKSPACE)                                                                    \
	X(PR_NEXT, "next", "Go on to the next question", K_ENTER, 'n')                    \
	X(PR_WRITE, "write", "Write a question of the type dealt (at a step that takes "   \
	  "notes: a note)", 'w')                                                          \
	X(PR_COMPARE, "compare", "Go to the step that compares your questions with the "   \
	  "card's examples and prompts, or back to writing", 'c', '\t')                   \
	X(PR_STEP, "next step", "Go on to the next step (from the last: the next "         \
	  "exercise, or the end)", K_ENTER, K_RIGHT, 'l', 'n')                            \
	X(PR_STEP_BACK, "previous step", "Go back to the previous step", K_LEFT, 'h')     \
	X(PR_DRILL, "name it", "At a step that offers it: name the type of example "       \
	  "questions now (Name it), then come back here", 'd')                            \
	X(PR_ON_TARGET, "on target", "Mark the selected question: on target", 'o', '+')   \
	X(PR_NOT_YET, "not yet", "Mark the selected question: not yet", 'x', '-')         \
	X(PR_DECK, "deck", "Practise with the next deck that can be practised", 'd')      \
	X(PR_PROGRESS, "progress", "Show your progress: accuracy per type per week", 'p') \
	X(RD_RESUME, "resume", "Resume the selected round where it was left (an ended "    \
	  "one opens to read)", K_ENTER)                                                   \
	X(RD_READ, "transcript", "Read the selected round's transcript, rebuilt from its " \
	  "journal", 't')                                                                 \
	X(RD_EXPORT, "export", "Export the selected round's transcript to a file: "        \
	  "Markdown or JSON, anonymised or not", 'e')                                     \
	X(RD_DELETE, "delete", "Delete the selected round for good: its journal, draft, "  \
	  "transcript and pointers (asks first)", 'x', K_DELETE)                          \
	X(CH_TAKE, "choose", "Take the selected choice", K_ENTER)

enum action {
	ACT_NONE = 0,
#define X(id, ...) ACT_##id,
	ACTIONS(X)
#undef X
	ACT_COUNT
};

#define KEYS_MAX 4 /* keys per action */

/* The short name of action a ("open"); "" for ACT_NONE. */
const char *keys_action_name(enum action a);
/* The help sentence of action a. */
const char *keys_action_help(enum action a);
/* The keys of a, written to out (room for KEYS_MAX); returns how many. */
size_t keys_of(enum action a, int *out);

/* A key's name as the screen shows it: "↑", "Enter", "Ctrl-S", "Alt-Backspace", "q".  Caller frees. */
char *keys_name(int key);
/* True for a key that types text: a printable character without Alt. */
bool keys_printable(int key);

/*
 * The action key triggers among the ACT_NONE-terminated list acts, or
 * ACT_NONE.  With text set, printable characters trigger nothing (they are
 * typed).
 */
enum action keys_lookup(const enum action *acts, int key, bool text);

/* A key that two actions of acts share, or 0 when each key means one thing. */
int keys_conflict(const enum action *acts, bool text);

/*
 * The help screen's lines for acts: per action the key names padded to a
 * column, then the help sentence ("↑ k      Move up"), wrapped to cols
 * columns under itself when longer (cols 0: never wrapped).  With text set,
 * printable keys are left out.  Appends to out; returns how many lines.
 */
size_t keys_help_lines(const enum action *acts, bool text, size_t cols, struct strv *out);

/*
 * The bottom key line for acts: "key name" pairs separated by two spaces,
 * each with the action's first key (with text set, its first key that does
 * not type), as many as fit in cols display columns; an item that does not
 * fit is left out.  Caller frees.
 */
char *keys_bar(const enum action *acts, size_t cols, bool text);
/*
 * keys_bar with the names name(data, a) gives, where it gives one (NULL:
 * the action's own; "": the action is left out, as meaning nothing now): a
 * key line that follows the screen's state, such as "Space resume" while a
 * timer is paused.  name may be NULL.  Caller frees.
 */
char *keys_bar_named(const enum action *acts, size_t cols, bool text,
		     const char *(*name)(const void *data, enum action a), const void *data);

#endif
