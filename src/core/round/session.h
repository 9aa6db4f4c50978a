#ifndef RUCKSACK_SESSION_H
#define RUCKSACK_SESSION_H
/*
 * src/core/round: a live supervision round.  Depends on deck and base; the
 * tui and cli drive it; practice never includes it.  Its files:
 *   session.h, session.c   the round's life and its one way to change (here)
 *   session_query.h        what a round is and where it stands (its queries)
 *   session_ops, _apply    the mutators and the records they apply
 *   session_start, _timer, _entries, _draft
 *                          starting, the phase timers, reflections and
 *                          notes, the draft kept while typing
 *   session_lock, _moved, _pointer, _rescue, _list
 *                          one window at a time, rounds saved elsewhere,
 *                          rescue copies, listing the rounds in a folder
 *   session_int.h          private to the session files
 *   transcript*            the transcript, in Markdown and JSON
 */
/*
 * A live supervision round, event-sourced.  Every change is an event: it is
 * appended to the session's journal (journal.h, fsync'd) and then applied to
 * the in-memory state.  Resuming replays the journal through the very same
 * apply functions, so a resumed round is exactly where it was.
 *
 * When the journal cannot be written (full disk, read-only folder) the event
 * is still applied and kept in memory as pending: the mutator returns
 * SESSION_UNSAVED with an io diagnostic, and session_retry_save() or
 * session_save_as() writes the pending events later.  Nothing typed is lost
 * while the program runs.
 *
 * Journal records (one JSON object a line, "t" naming the type):
 *   start   {v, t, at, id, flow, flow_title, flow_version, seed, rounds, facilitator?,
 *            people[], apologies?[], decks{id:version}, phases[], roles[], minutes[]?}
 *            apologies[]: people expected but absent (absent when there are none)
 *            minutes[]: each phase's planned minutes, 0 untimed (fitted to the
 *            slot at setup, or the flow's); journals before it use the flow's
 *   seats   {t, at, round, seats[]}          role index per person, -1 unseated
 *   phase   {t, at, round, phase, deals?[], rng?[4]}   the current phase moved; on
 *            first entry, deals[] holds the cards dealt there, in the order drawn,
 *            each {person, deck, card, suit?, reshuffled?} (person -1 = the
 *            table), so entering and dealing is one record a crash cannot split
 *   deal    {t, at, round, phase, person, deck, card, suit?, reshuffled?, rng[4]}
 *            one card (journals written before deals[] existed; still read)
 *   redeal  {t, at, index, deck, card, suit?, reshuffled?, rng[4]}
 *            dealt[index] withdrawn (back to the pile), the new card appended
 *   choose  {t, at, index|-1, person, round, phase, deck, card}   picked by hand
 *   entry   {t, at, id, note, round, phase, person, deck?, card?, text}
 *            person -1 = the group, -2 = the facilitator (SESSION_FACILITATOR;
 *            journals written before it have only -1 and people)
 *   edit    {t, at, id, text}
 *   credit  {t, at, id, person, deck?, card?}   a live entry's author and the
 *            card it speaks to, as now given (no deck and card: no card)
 *   putback {t, at, index}                  dealt[index], taken by mistake, goes back
 *            to the pile (withdrawn and put_back; the transcript leaves it out)
 *   delete  {t, at, id}
 *   timer   {t, at, round, phase, op, added?}   op "pause", "run" (restart),
 *            "minute" (one more) or "less" (one off); added is then the phase's
 *            minutes added so far, this one included (negative once more were taken off)
 *   bell    {t, at, ring}                  what every timer of the round does at zero from
 *            now on: ring the bell (true), or flash the screen instead (false)
 *   join    {t, at, name, seat, deals[], rng?[4]}   a late arrival: added to people
 *            (their index is the next), seated in the current round (and any
 *            later one already seated) in role seat (-1: none; seating_late),
 *            no seat in rounds before; deals[] holds what the current phase
 *            dealt them, as in `phase`, so joining and being dealt is one
 *            record.  A name listed under apologies comes off that list.
 *   leave   {t, at, person}                 person has left the room (dealt nothing more)
 *   back    {t, at, person}                 person, who left, is back in their seat
 *   end     {t, at}
 *   case    {t, at, case?, question?}   the case reference (initials or a case
 *            number) and the presenter's question, as they stand from now on
 *            (a field absent: none)
 *   action  {t, at, id, round, phase, what, person, who?, by}   an action agreed:
 *            what will be done, by a person of the round (person >= 0) or by
 *            the name typed in who (person -1; who absent: no one named), by
 *            when (free text, may be "")
 *   action_edit   {t, at, id, what, person, who?, by}   an action's new fields
 *   action_delete {t, at, id}
 *   reopen  {t, at}   an ended round is open again (for a correction or an
 *            addendum); what is added after the first end is marked so in
 *            the transcript
 * `at` is milliseconds since the Unix epoch.  flow_title, phases[] (phase
 * ids) and roles[] (role ids) let a transcript be rebuilt from the journal
 * alone when the flow file has moved; seed is written as a decimal string (a
 * JSON number cannot hold every 64-bit value) and read back from either form.
 * A draw that had to refill its pile carries "reshuffled": true (and the
 * suit it drew from) so replay refills the pile the same way; rng[] is the
 * dealer's generator state after the draws, as decimal strings.  Record
 * types a reader does not know are skipped with a warning.
 *
 * The timer.  Each phase of each round has its own (struct session_clock),
 * rebuilt from the records like everything else: it counts from the `at` of
 * the record that entered its phase (or restarted it) until the record that
 * leaves the phase, pauses it or ends the round.  So going back to a phase
 * shows the time already used there, a paused phase stays paused when it is
 * left and entered again, and minutes added stay added.  The time the
 * program was not running COUNTS as used: after a crash, `kill -9`, SIGHUP
 * or a power cut the room went on talking, so a resumed timer shows the time
 * that passed (a phase paused before it shows just what it showed).  Leaving
 * the round on purpose (q on the phase screen) pauses its timer first, so a
 * round taken up again another day does not come back hours over time.  The
 * clock is the records' clock (now_wall_ms in core/base/clock.h: the real
 * time, ms since the epoch), so setting the machine's clock moves a running
 * timer with it.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/deck/catalog.h"
#include "core/base/diag.h"
#include "core/deck/searchpath.h"
#include "core/base/strv.h"
#include "core/round/session_query.h"

enum session_status {
	SESSION_OK = 0,
	SESSION_UNSAVED = 1, /* applied in memory, not yet on disk */
	SESSION_INVALID = -1 /* refused: nothing changed */
};

/* A card in someone's hand, or on the table. */
struct dealt {
	size_t round, phase;
	int person; /* index into people; -1 = the table ("group") */
	char *deck, *card;
	bool withdrawn; /* replaced by a redeal or a hand choice */
	bool replaced_by_hand; /* withdrawn for a card chosen by hand, not a redeal */
	bool by_hand;
	bool put_back; /* withdrawn by a putback record: taken by mistake */
	int64_t at;
};

/* An entry's person that is not one of the people: the facilitator at the keyboard. */
#define SESSION_FACILITATOR (-2)

/* A reflection typed into the transcript, or a note outside the capture rule. */
struct entry {
	unsigned id; /* from 1, stable across edits */
	bool note;
	size_t round, phase;
	int person; /* its author: -1 the group, SESSION_FACILITATOR, or a person */
	char *deck, *card; /* the card it speaks to, or NULL */
	char *text;
	int64_t at, edited_at; /* edited_at 0 when never edited */
	size_t seq, edited_seq; /* places in the journal (session_after_end); 0: never edited */
	unsigned revisions;	/* number of edits */
	bool deleted;
};

/* An action agreed (session_actions.c). */
struct round_action {
	unsigned id; /* from 1, stable across edits */
	size_t round, phase; /* where it was added */
	int person;	     /* who will do it: a person of the round, or -1 */
	char *who;	     /* with person -1: the name typed, or NULL (no one named) */
	char *what, *by;     /* by: when, as typed (may be "") */
	int64_t at, edited_at; /* edited_at 0 when never edited */
	size_t seq, edited_seq; /* places in the journal (session_after_end); 0: never edited */
	bool deleted;
};

/* What an action says, as given to session_add_action and session_edit_action. */
struct action_fields {
	const char *what; /* required, not blank */
	int person;	  /* a person of the round, or -1 for who */
	const char *who;  /* with person -1: any name, or NULL / "" for no one */
	const char *by;	  /* by when: free text; NULL is "" */
};

/* One phase's timer, as the journal left it. */
struct session_clock {
	int64_t used_ms;  /* counted before since */
	int64_t since;	  /* counting from this time (ms since the epoch); -1: not counting */
	int64_t added_ms; /* minutes added, in ms */
	bool paused;	  /* paused by hand: entering the phase again does not restart it */
};

/* A round being run (or read): opaque; the queries below read it. */
struct session;

struct session_opts {
	const char *flow_id;
	const struct strv *people; /* names as entered: non-empty, each different */
	const int *seats; /* optional: an explicit seating for round 0 (from setup) */
	bool has_seed;
	uint64_t seed;
	unsigned rounds; /* 0: the flow's own; at most 1000 */
	const char *facilitator; /* may be NULL */
	const char *case_ref, *question; /* may be NULL: see session_set_case */
	const unsigned *minutes; /* optional: each phase's planned minutes (fitted at setup,
				  * round_fit.h; 0 untimed); NULL: the flow's */
	const struct strv *apologies; /* expected but absent; may be NULL */
	const char *dir; /* sessions folder (made 0700 if missing); NULL: the default under XDG_DATA_HOME */
	env_fn env;	 /* looks up XDG_DATA_HOME and HOME for that default; NULL: getenv */
};

/*
 * Statuses.  Every mutator returns one of the three, and adds diagnostics to d:
 *   SESSION_OK       applied and on the disk (written and fsync'd) before the
 *                    call returned: the screen may say "saved".
 *   SESSION_UNSAVED  applied in memory but not on the disk; d holds an io
 *                    error saying why (full disk, read-only folder...).  The
 *                    record waits, pending (session_n_pending); later
 *                    changes queue behind it (each call tries to write the
 *                    queue first, so the round saves itself again once the
 *                    disk has room), and
 *                    session_retry_save() / session_save_as() write it all.
 *   SESSION_INVALID  refused (a bad index, a read-only round...): nothing
 *                    changed and nothing was written; d says why.
 * Warnings (a deck gone from the search path, say) can come with any status.
 */

/* Starts a round: writes start and seats, enters phase 0 of round 0 (dealing its cards).
 * SESSION_OK; SESSION_UNSAVED when it runs but the journal could not be
 * written (io diagnostic; *out is set); SESSION_INVALID when refused (*out NULL). */
int session_start(struct session **out, const struct catalog *c, const struct session_opts *o,
		  struct diags *d);
/* Reopens a round from its journal; the flow and decks come from c and the
 * dealer carries on exactly where it was.  A torn last line is dropped with a
 * warning (session_torn_tail) and the file made whole before anything is
 * appended; a round cut off before its first phase is seated and entered
 * as session_start would have.  SESSION_OK; SESSION_UNSAVED when the journal cannot be written
 * (the round runs in memory; *out is set); SESSION_INVALID (*out NULL) when
 * the journal is unreadable, damaged (an error naming file:line), its flow
 * is gone or changed, or it is open in another window (see "One window at a
 * time" below). */
int session_resume(struct session **out, const struct catalog *c, const char *journal_path,
		   struct diags *d);
/* Closes the journal and frees everything.  Records still pending, and a
 * draft kept in memory, are lost: offer retry or save-as, and call
 * session_rescue when leaving anyway (session_needs_rescue). */
void session_free(struct session *s);
/*
 * Rebuilds a round from its journal for reading only (transcripts, export):
 * c may be NULL, and a flow or deck missing from it is no error — titles then
 * fall back to ids.  The journal is not opened for writing; mutators refuse.
 * 0, or -1 with diagnostics (a damaged line is an error naming file:line).
 */
int session_load(struct session **out, const struct catalog *c, const char *journal_path,
		 struct diags *d);

/* Moves to (round, phase); entering one for the first time deals its cards,
 * and entering a new round first seats it: the last seated round's seats,
 * moved on one seat per round (seating_rotate). */
enum session_status session_goto(struct session *s, size_t round, size_t phase, struct diags *d);
enum session_status session_next(struct session *s, struct diags *d); /* next phase, or next round's first */
enum session_status session_prev(struct session *s, struct diags *d); /* previous phase, or previous round's last */
/* Withdraws dealt[index] and deals its person a new card from the same deck
 * (and the suit its phase deals from); the new card is the last dealt (session_n_dealt - 1). */
enum session_status session_redeal(struct session *s, size_t index, struct diags *d);
/* Gives person (-1: the table) a card chosen by hand, in the current phase —
 * or in dealt[replace]'s round and phase, replacing it, when replace >= 0. */
enum session_status session_choose(struct session *s, long replace, int person, const char *deck,
				   const char *card, struct diags *d);
/* Adds a reflection (note false) or a note outside the capture rule (note
 * true) to the current round and phase; person -1 is the group,
 * SESSION_FACILITATOR the facilitator (turn.h gives the defaults); deck and card
 * (both or neither) name the card it speaks to.  *id_out (may be NULL)
 * receives its id.  When it is on the disk, the draft is cleared. */
enum session_status session_add_entry(struct session *s, bool note, int person, const char *deck,
				      const char *card, const char *text, unsigned *id_out,
				      struct diags *d);
/* Replaces a live entry's text; the journal keeps the old one (and the draft is cleared once saved). */
enum session_status session_edit_entry(struct session *s, unsigned id, const char *text, struct diags *d);
/* Gives a live entry to person (-1 the group, SESSION_FACILITATOR, or one of
 * the people) speaking to the card deck/card (both NULL: none): a "credit" record. */
enum session_status session_credit_entry(struct session *s, unsigned id, int person,
					 const char *deck, const char *card, struct diags *d);
/* Puts dealt[index] (live, in the current round) back in its pile: taken to
 * the table or a hand by mistake.  It leaves the transcript; the journal keeps it. */
enum session_status session_put_back(struct session *s, size_t index, struct diags *d);
/* Marks a live entry deleted; it stays in the journal, leaves the transcript. */
enum session_status session_delete_entry(struct session *s, unsigned id, struct diags *d);
/* Ends the round (session_ended_at).  Write the transcript after with transcript_save(). */
enum session_status session_end(struct session *s, struct diags *d);

/* Sets the case reference (initials or a case number, never a family's
 * names) and the presenter's question (a "case" record; blank or NULL:
 * none).  Nothing is written when both are as they were.  Refused when the
 * round has ended (reopen it first). */
enum session_status session_set_case(struct session *s, const char *case_ref, const char *question,
				     struct diags *d);
/* Adds an action agreed in the current round and phase (*id_out, may be
 * NULL, receives its id); edits one's fields; deletes one (it stays in the
 * journal, leaves the transcript).  Refused when what is blank, the person
 * is not of the round, the action is gone, or the round has ended. */
enum session_status session_add_action(struct session *s, const struct action_fields *f,
				       unsigned *id_out, struct diags *d);
enum session_status session_edit_action(struct session *s, unsigned id,
					const struct action_fields *f, struct diags *d);
enum session_status session_delete_action(struct session *s, unsigned id, struct diags *d);
/* Opens an ended round again (a "reopen" record), for a correction or an
 * addendum: session_ended_at is 0 until it is ended again, and what is
 * added from now on is after the end (session_after_end). */
enum session_status session_reopen(struct session *s, struct diags *d);

/* What session_timer does to the current phase's timer. */
enum session_timer_op {
	SESSION_TIMER_PAUSE,  /* stop counting (and stay stopped when the phase is entered again) */
	SESSION_TIMER_RUN,    /* count again from now */
	SESSION_TIMER_MINUTE, /* one minute more to the phase's length */
	SESSION_TIMER_LESS,   /* one minute off it: refused when less than a minute is left to
			       * count down (it would jump into overtime) or the phase would
			       * be left under a minute */
};
/* Pauses, restarts, lengthens or shortens the current phase's timer (a "timer" record).
 * Refused when the phase has no minutes, the round has ended, or the timer
 * is already as asked (paused, or running). */
enum session_status session_timer(struct session *s, enum session_timer_op op, struct diags *d);

/* Rings the bell at zero (ring true), or flashes the screen instead, for
 * every timer of the round from now on (a "bell" record; session_bell_off).
 * Refused when the round has ended or the bell is already as asked. */
enum session_status session_bell(struct session *s, bool ring, struct diags *d);

/* A late arrival (a "join" record): name (trimmed) is checked as at setup
 * (names.h; a name listed under apologies is welcome and comes off it), then
 * added to the people, seated as the flow seats whoever comes next
 * (seating_late), and dealt what the current phase deals to that role.  The
 * name of someone who left brings them back to their seat ("back").  Refused
 * when the round has ended or is open for reading only. */
enum session_status session_join(struct session *s, const char *name, struct diags *d);
/* person has left the room (a "leave" record): kept in the transcript with
 * the time, dealt no more cards.  Refused when already gone or ended. */
enum session_status session_leave(struct session *s, size_t person, struct diags *d);
/* The person text names: their number (1 for the first added), their name,
 * or a name that reads the same once case and accents are set aside; -1: none. */
long session_find_person(const struct session *s, const char *text);

/* Writes the pending records to the journal (reopening it if need be).
 * SESSION_OK when nothing is left pending, else SESSION_UNSAVED with an io diagnostic. */
enum session_status session_retry_save(struct session *s, struct diags *d);
/* Writes the whole journal (saved and pending) to path — or to
 * path/<id>.jsonl when path is a folder — atomically, mode 0600, and carries
 * on there (session_journal_path becomes its absolute path).  A draft being
 * kept goes with it, the one kept in memory too (when that still cannot be
 * written, an io diagnostic says so and it stays in memory).  The old
 * journal, when there is one, gets a pointer beside it (session_follow);
 * when that cannot be written (the old folder is what failed), a warning
 * says so, the pointer goes to the first of the rescue folders
 * (session_set_rescue_dirs) that takes it instead (listing looks there, so
 * a crash before the old folder is back loses no track of the round), and
 * each later save tries the old folder again.
 * SESSION_OK, or SESSION_UNSAVED with an io diagnostic and nothing changed. */
enum session_status session_save_as(struct session *s, const char *path, struct diags *d);
/* What session_folder_make found. */
enum session_folder {
	SESSION_FOLDER_READY,	/* a folder, there now (made 0700, parents too, when missing) */
	SESSION_FOLDER_IS_FILE, /* something that is no folder is there */
	SESSION_FOLDER_UNMADE,	/* it cannot be made: *err says why (an errno) */
};
/* Makes dir ready to take the round (session_save_as into a folder). */
enum session_folder session_folder_make(const char *dir, int *err);

/*
 * Where a round lives now.  A round saved elsewhere leaves a pointer beside
 * its old journal, <old minus .jsonl>.moved: one JSON object {"v":1, "at",
 * "to": the new journal's absolute path}, written atomically, mode 0600.
 * session_follow reads pointers from path on (a round moved twice has two)
 * and returns the journal they lead to, or path itself when there is none
 * (caller frees).  When a pointer leads to no journal (a drive unplugged),
 * it stops at the last journal there is and sets *missing (caller frees;
 * NULL otherwise) to where the pointer leads.  Pointers that go round in a
 * circle stop where they would come back.  A pointer kept in a rescue
 * folder of rescue (may be NULL) for a journal whose folder could not take
 * it (<folder>/<id>.moved, with "for": that journal's path) counts exactly
 * as one beside it: so no window reopens the copy the round has left.
 */
char *session_follow(const char *path, const struct strv *rescue, char **missing);
/* journal's path with its .jsonl replaced by ext (".moved", ".draft", ".md":
 * the files kept beside a journal); caller frees. */
char *session_sibling(const char *journal, const char *ext);

/*
 * Drafts: nothing typed is lost.  While someone types a reflection or note
 * (or fills in an action's or the case's form), the editor (the form) saves
 * its text after each pause in typing, and every few
 * seconds while typing goes on without one, with
 * session_draft_save; it goes to <journal minus .jsonl>.draft, replaced
 * atomically, mode 0600.  Committing the text (session_add_entry or
 * session_edit_entry returning SESSION_OK, or a later retry/save-as that
 * writes it) removes the draft; so does session_draft_clear (the editor was
 * cancelled).  On resume, session_draft_load gives the text back with where
 * it belongs, to reopen the editor.
 */
enum session_draft_kind {
	SESSION_DRAFT_TEXT,   /* a reflection or note (text) */
	SESSION_DRAFT_ACTION, /* an action's form: fields what, who, by; edit_id the action's */
	SESSION_DRAFT_CASE,   /* the case form: fields case, question */
};
#define SESSION_DRAFT_FIELDS 3
struct session_draft {
	enum session_draft_kind kind;
	char *fields[SESSION_DRAFT_FIELDS]; /* a form's texts (kind not TEXT); NULL past n_fields */
	size_t n_fields;
	size_t round, phase; /* where it was being typed */
	int person;	     /* the author: -1 the group, SESSION_FACILITATOR, or a person */
	bool note;
	unsigned edit_id;    /* the entry being edited; 0: a new one */
	char *deck, *card;   /* the card it speaks to, or NULL */
	char *text;
	int64_t at;	     /* when it was saved (set by session_draft_save) */
};
/* Saves dr (all its fields, as given) as the round's draft.  0, or -1 with
 * an io diagnostic: then it is kept in memory for session_rescue, and
 * session_retry_save writes it too. */
int session_draft_save(struct session *s, const struct session_draft *dr, struct diags *d);
/* 1 and *out filled (free with session_draft_free) when there is a draft;
 * 0 when there is none; -1 with a diagnostic when it cannot be read. */
int session_draft_load(const struct session *s, struct session_draft *out, struct diags *d);
/* Removes the draft, if any. */
void session_draft_clear(struct session *s);
void session_draft_free(struct session_draft *dr);
/* Puts text into the draft file draft (a round's <id>.draft) in place of
 * its own, keeping where it belongs: for text typed outside the program (in
 * $EDITOR) that the program could not take back before it died.  Refused
 * while the round is open in a window (it has its own draft then).  0, or
 * -1 with a diagnostic (the draft unchanged). */
int session_draft_put_text(const char *draft, const char *text, struct diags *d);

/*
 * Rescue: nothing kept in memory is lost when the program has to go (a
 * signal, or leaving while records are pending).  session_rescue first
 * tries the journal once more (and the draft beside it); when that fails it
 * writes the whole journal, saved and pending, as <id>.jsonl in the first
 * folder of dirs that takes it, with the draft kept in memory (<id>.draft)
 * and where the round was (<id>.from: {"v":1, "from": the journal's path}).
 * Each folder is made 0700 (parents too) and used only when it is a real
 * folder, yours, closed to others; files are 0600, written atomically.
 * Listing with the rescue folders shows the copy (session_list, rescued);
 * resuming it and then session_rescue_return puts it back where it was.
 */
/* The rescue folders, in the order tried: $XDG_DATA_HOME/rucksack/rescue
 * (or ~/.local/share/...), $HOME/rucksack-rescue, $XDG_RUNTIME_DIR
 * /rucksack-rescue (private to the user: no one can make it first), and
 * $TMPDIR (else /tmp)/rucksack-rescue-<uid>.  env NULL: getenv.  Appended to out. */
void session_rescue_dirs(env_fn env, struct strv *out);
/* The rescue folders s uses when its own folder fails (a pointer after
 * session_save_as, and leaving with session_rescue): a copy of dirs. */
void session_set_rescue_dirs(struct session *s, const struct strv *dirs);
/* The folders last set (empty until then). */
const struct strv *session_rescue_dirs_of(const struct session *s);
/* Whether there is anything a rescue would save: pending records or a draft not written. */
bool session_needs_rescue(const struct session *s);
/* 0 with *where NULL when the journal itself took everything; 0 with *where
 * the rescue copy's path (caller frees) when a folder of dirs did; -1 when
 * none did, with an io diagnostic for each place tried. */
int session_rescue(struct session *s, const struct strv *dirs, char **where, struct diags *d);
/* A round resumed from a rescue copy (path in a rescue folder, with its
 * <id>.from) goes back to the folder it was rescued from: saved there
 * (session_save_as, over an older journal of the round whose records it
 * starts with), then the rescue copy is removed.  1 when it went back
 * (*home: the folder, caller frees), 0 when the journal is no rescue copy,
 * -1 when it could not (d says why; the round carries on where it is). */
int session_rescue_return(struct session *s, char **home, struct diags *d);

/*
 * An export's output file out must not be a file of a round: the journal,
 * draft, lock or a pointer of any round in journal's folder (journal may be
 * NULL), the sessions folder dir (may be NULL) or a rescue folder (rescue
 * may be NULL).  Files are compared by what they are (device and inode), so
 * a link or another spelling is refused too.  0 when out is none of them
 * (or not there yet), else -1 with an error naming the file it is.
 */
int session_output_refuse(const char *out, const char *dir, const struct strv *rescue,
			  const char *journal, struct diags *d);

/* One line per round found, newest first. */
struct session_info {
	char *id, *path, *flow_id; /* id: the journal's name as found (what resume ID matches) */
	struct strv people;
	int64_t started_at, last_at;
	bool ended, torn;
	bool damaged; /* a line after the start cannot be read: counts stop there */
	size_t n_reflections, n_notes; /* live ones (deleted left out) */
	size_t n_events;	       /* whole records in the journal */
	bool moved;    /* saved elsewhere: path is where its pointers led (session_follow) */
	bool rescued;  /* path is in a rescue folder (session_rescue) */
	char *missing; /* a pointer leads here, to no journal: path is an older copy; else NULL */
	bool open_elsewhere; /* another window has it open now (session_open_elsewhere) */
	long open_pid;	     /* that window's process id, 0 when it cannot be told */
	char *found;	     /* the journal it was found by (before following pointers; a
			      * pointer alone: the journal's name beside it): session_delete's start */
	size_t round, phase; /* where it stands: the round and phase reached (from 0) */
	size_t n_phases;     /* phases per round (0: not known, a damaged start) */
	unsigned rounds;     /* the rounds it was started for */
	bool draft;	     /* text typed and never saved waits beside it (ID.draft) */
	struct strv presenters; /* who held the role "presenter" in any round of it */
};
/*
 * The rounds in the sessions folder dir and in the rescue folders (may be
 * NULL), each listed once, at its live place: journals with a pointer are
 * followed to where the round went (moved set).  Two journals of the same
 * round with no pointer between them (a rescue copy and the journal it
 * rescued, say) are listed once, the one with more events, with a warning
 * naming both.  A missing folder lists nothing; a file that is no round is
 * skipped with a warning, and one damaged after its start is listed with the
 * damage warned of.  0 always (kept int for future io errors).
 * So that years of rounds list at once, what is read of each journal in dir
 * is kept in dir/.summaries and used while the journal is unchanged (same
 * inode, size and modification time); a journal changed since, or without
 * a summary, is read again (session_summary.h).
 */
int session_list(const char *dir, const struct strv *rescue, struct session_info **out, size_t *n,
		 struct diags *d);
/* Frees the n infos and the array itself. */
void session_info_free(struct session_info *v, size_t n);
/* A copy of the n infos v (its own strings), for a second screen to keep;
 * NULL when n is 0. */
struct session_info *session_info_copy(const struct session_info *v, size_t n);
/*
 * Which round `rucksack resume` with no id reopens: the index of the newest
 * unfinished round in v (session_list's order, newest first) that is not
 * an older copy of one whose live copy is missing, nor open in another
 * window, or -1.
 */
long session_newest_unfinished(const struct session_info *v, size_t n);

/*
 * One window at a time.  While a round is open (session_start, or
 * session_resume until session_free) its journal is locked: an exclusive
 * flock on <journal minus .jsonl>.lock beside it, which holds the process
 * id; a round saved elsewhere is locked at its new place too (and stays
 * locked at the old).  The lock dies with the process, so a crash leaves
 * none.  Another session_resume of it, or a session_save_as onto it, is
 * refused with "this round is open in another window (pid N)"; listings
 * mark it (session_info.open_elsewhere).  A folder where no lock file can
 * be made (read-only) cannot take the round's changes either: the round
 * runs unlocked, in memory, and is locked where it is saved.
 */
/* Whether another window holds journal's lock now (*pid its process id, or
 * 0; may be NULL); a round open in this very process is not elsewhere. */
bool session_open_elsewhere(const char *journal, long *pid);

/* The rounds kept (the rounds list of issue 11). */
/* Whether text typed in si's round waits to be saved: a draft, or a rescue copy. */
bool session_info_unsaved(const struct session_info *si);
/*
 * Deletes a round for good: every journal of it session_list would know of
 * (the one found at found, those its pointers lead to and those rescued
 * from, and its copies and pointers in the rescue folders), each with what
 * is kept beside it: draft, transcript (.md), lock, pointers (.moved,
 * .from).  Refused (nothing removed) when another window has it open.
 * 0, or -1 with an error for each file that could not be removed (or why it
 * was refused).
 */
int session_delete(const char *found, const struct strv *rescue, struct diags *d);

#endif
