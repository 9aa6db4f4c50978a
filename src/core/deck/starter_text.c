/*
 * The texts of the starter files.  JSON has no comments, so each explains
 * itself by example: plain values a champion overwrites, and x- fields
 * ("x-how-to"), which rucksack-deck(5) says the program ignores at any
 * level, for the notes.  Every value is one a real deck might hold, so the
 * file passes `lint --werror` as written and after any change of words.
 */
#include "core/deck/starter.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

static const char starter_deck_text[] =
	"{\n"
	"  \"format\": 1,\n"
	"  \"kind\": \"deck\",\n"
	"  \"id\": \"@ID@\",\n"
	"  \"title\": \"@TITLE@\",\n"
	"  \"x-how-to\": \"This is a starter deck: change the words between the quotes "
	"to make it yours. Keep every quote, colon, comma and bracket. A field whose "
	"name starts with x- (like this one) is a note for you that rucksack ignores; "
	"delete the notes when you no longer need them. After each change, check the "
	"file with the rucksack lint command that rucksack new printed.\",\n"
	"  \"description\": \"What this deck is for, in a sentence or two.\",\n"
	"  \"lang\": \"en-GB\",\n"
	"  \"version\": \"0.1.0\",\n"
	"  \"authors\": [\"Your name\"],\n"
	"  \"suits\": [\n"
	"    {\n"
	"      \"id\": \"noticing\",\n"
	"      \"title\": \"Noticing\",\n"
	"      \"description\": \"A suit groups cards. Its id is a short name of "
	"lower-case letters, digits and hyphens; each card names its suit by that id.\"\n"
	"    },\n"
	"    {\n"
	"      \"id\": \"wondering\",\n"
	"      \"title\": \"Wondering\",\n"
	"      \"description\": \"A second suit. Add more suits by copying one, with a "
	"comma between them.\"\n"
	"    }\n"
	"  ],\n"
	"  \"cards\": [\n"
	"    {\n"
	"      \"x-how-to\": \"A card: its id (unique in this deck, lower-case letters, "
	"digits and hyphens), the suit it belongs to, the title on its face, a paragraph "
	"saying what it means, and questions to use with it. Add a card by copying one, "
	"with a comma between cards.\",\n"
	"      \"id\": \"first-words\",\n"
	"      \"suit\": \"noticing\",\n"
	"      \"title\": \"First words\",\n"
	"      \"body\": \"The words people use when they first describe the worry.\",\n"
	"      \"prompts\": [\n"
	"        \"Whose words are these?\",\n"
	"        \"What would the child call it?\"\n"
	"      ]\n"
	"    },\n"
	"    {\n"
	"      \"id\": \"who-is-missing\",\n"
	"      \"suit\": \"noticing\",\n"
	"      \"title\": \"Who is missing\",\n"
	"      \"body\": \"The people who matter to the family but are not in the room "
	"or the records.\",\n"
	"      \"prompts\": [\"Who else would have a view on this?\"]\n"
	"    },\n"
	"    {\n"
	"      \"x-how-to\": \"examples are questions that show the card at work; the "
	"practice mode asks which card or suit each belongs to.\",\n"
	"      \"id\": \"what-if\",\n"
	"      \"suit\": \"wondering\",\n"
	"      \"title\": \"What if\",\n"
	"      \"body\": \"Imagining a different future opens up choices the family has "
	"not seen yet.\",\n"
	"      \"prompts\": [\"What might be different in a year's time?\"],\n"
	"      \"examples\": [\"If things got a little better, who would notice first?\"]\n"
	"    }\n"
	"  ]\n"
	"}\n";

static const char starter_flow_text[] =
	"{\n"
	"  \"format\": 1,\n"
	"  \"kind\": \"flow\",\n"
	"  \"id\": \"@ID@\",\n"
	"  \"title\": \"@TITLE@\",\n"
	"  \"x-how-to\": \"This is a starter flow: the roles people take in a "
	"supervision round and the phases it goes through, in order. Change the words "
	"between the quotes to make it yours. Keep every quote, colon, comma and "
	"bracket. A field whose name starts with x- (like this one) is a note for you "
	"that rucksack ignores; delete the notes when you no longer need them. After "
	"each change, check the file with the rucksack lint command that rucksack new "
	"printed.\",\n"
	"  \"description\": \"What this round is for, in a sentence or two.\",\n"
	"  \"lang\": \"en-GB\",\n"
	"  \"version\": \"0.1.0\",\n"
	"  \"authors\": [\"Your name\"],\n"
	"  \"roles\": [\n"
	"    {\n"
	"      \"x-how-to\": \"A role: count is how many people take it, or \\\"rest\\\" "
	"for everyone not yet placed. People are seated in the order they are entered, "
	"and roles filled in the order listed here.\",\n"
	"      \"id\": \"presenter\",\n"
	"      \"title\": \"Presenter\",\n"
	"      \"count\": 1,\n"
	"      \"description\": \"Brings a piece of work to think about.\"\n"
	"    },\n"
	"    {\n"
	"      \"id\": \"team\",\n"
	"      \"title\": \"Team\",\n"
	"      \"count\": \"rest\",\n"
	"      \"description\": \"Listen, then think aloud together.\"\n"
	"    }\n"
	"  ],\n"
	"  \"phases\": [\n"
	"    {\n"
	"      \"x-how-to\": \"A phase: who speaks (a role id, or \\\"all\\\"), a "
	"suggested length in minutes, and what is typed into the transcript: "
	"\\\"none\\\", \\\"one\\\" (a note for the group), \\\"each\\\" (each person's "
	"contribution) or \\\"actions\\\".\",\n"
	"      \"id\": \"story\",\n"
	"      \"title\": \"The story\",\n"
	"      \"who\": \"presenter\",\n"
	"      \"minutes\": 10,\n"
	"      \"capture\": \"one\",\n"
	"      \"guidance\": \"The presenter tells the story of the work and the "
	"question they bring. The team listens without interrupting.\",\n"
	"      \"prompts\": [\"What is your question for the group?\"]\n"
	"    },\n"
	"    {\n"
	"      \"x-how-to\": \"deal gives cards when the phase starts: from the deck "
	"named (here the stock Social GRACES deck; see rucksack list for the others), "
	"count cards to each person in the role named in to.\",\n"
	"      \"id\": \"listening\",\n"
	"      \"title\": \"Listening through a card\",\n"
	"      \"who\": \"team\",\n"
	"      \"minutes\": 15,\n"
	"      \"capture\": \"each\",\n"
	"      \"deal\": { \"deck\": \"social-graces\", \"to\": \"team\", \"count\": 1 },\n"
	"      \"guidance\": \"Each member of the team says what the story sounds like "
	"through the card they were dealt.\",\n"
	"      \"prompts\": [\"What did your card help you notice?\"]\n"
	"    },\n"
	"    {\n"
	"      \"id\": \"next-steps\",\n"
	"      \"title\": \"Next steps\",\n"
	"      \"who\": \"presenter\",\n"
	"      \"minutes\": 5,\n"
	"      \"capture\": \"actions\",\n"
	"      \"guidance\": \"The presenter says what struck them, and agrees what "
	"happens next: what, who and by when.\"\n"
	"    }\n"
	"  ]\n"
	"}\n";

/* "team-huddle": "Team huddle". */
static char *starter_title(const char *id)
{
	char *t = xstrdup(id);
	for (char *s = t; *s; s++)
		if (*s == '-')
			*s = ' ';
	t[0] = (char)toupper((unsigned char)t[0]);
	return t;
}

/* tmpl with each @ID@ and @TITLE@ replaced (neither needs escaping in
 * JSON: an id is a-z, 0-9 and '-', and so is its title but for spaces). */
static char *starter_fill(const char *tmpl, const char *id, const char *title)
{
	size_t cap = strlen(tmpl) + 1, n = 0;
	char *out = xmalloc(cap);
	for (const char *s = tmpl; *s;) {
		const char *with = NULL;
		if (strncmp(s, "@ID@", 4) == 0)
			with = id, s += 4;
		else if (strncmp(s, "@TITLE@", 7) == 0)
			with = title, s += 7;
		size_t len = with ? strlen(with) : 1;
		xgrow((void **)&out, &cap, n + len + 1, 1);
		if (with)
			memcpy(out + n, with, len);
		else
			out[n] = *s++;
		n += len;
	}
	out[n] = '\0';
	return out;
}

char *starter_text(enum doc_kind k, const char *id)
{
	char *title = starter_title(id);
	char *text = starter_fill(k == DOC_FLOW ? starter_flow_text : starter_deck_text, id, title);
	free(title);
	return text;
}
