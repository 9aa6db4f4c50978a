/*
 * rucksack print's entry: its options, usage and --help, the same in
 * rucksack (which checks the arguments, then runs rucksack-print) and in
 * rucksack-print (which draws); cmd_print_run is the one its binary links.
 */
#include "cli/commands.h"

const struct cli_cmd_entry cmd_print_entry = {
	.name = "print",
	.args = {
		.options = (const struct cli_option[]){
			{'o', "output", NULL, CLI_STRING, "FILE", 0, 0,
			 "write FILE (- for standard output) instead\n"
			 "of ID.pdf in the current folder"},
			{0, "paper", NULL, CLI_CHOICE, "a4|letter", 0, 0, "the paper (a4 by default)"},
			{0, "card", NULL, CLI_CHOICE, "a6|a7|poker", 0, 0,
			 "the card's size (a7 by default: 74 x 105 mm)"},
			{0, "suit", NULL, CLI_STRING, "SUIT", 0, 0, "only the cards of suit SUIT"},
			{0, "backs", NULL, CLI_FLAG, NULL, 0, 0,
			 "every other page the cards' backs, placed for\n"
			 "printing on both sides (flip on the side edge)"},
			{0, "no-crop", NULL, CLI_FLAG, NULL, 0, 0,
			 "no crop marks; a thin line round each card"},
			{0, "examples", NULL, CLI_CHOICE, "back|none", 0, 0,
			 "examples on the backs (the default) or left out"},
			{0, "transcript", NULL, CLI_FLAG, NULL, 0, 0,
			 "print round ID's transcript instead"},
			{0, "anonymise", "anonymize", CLI_FLAG, NULL, 0, 0,
			 "with --transcript: names become P1, P2..."},
			{0},
		},
		.lower = 1,
		.upper = 1,
		.missing = "what to print? give a deck's or flow's ID or FILE",
		.extra = "give one ID or FILE only",
	},
	.usage = "ID|FILE [-o FILE] [--paper a4|letter] [--card a6|a7|poker] [--suit SUIT] "
		 "[--backs] [--no-crop] [--examples back|none]\n"
		 "--transcript ID [--anonymise] [-o FILE] [--paper a4|letter]",
	.summary = "print a deck's cards, a flow's sheet or a transcript (PDF)",
	.about = "Makes a PDF: a deck's cards several to a page with crop marks (each face\n"
		 "a band in the suit's colour with its title, then the card's title, body and\n"
		 "prompts; with --backs, every other page the backs: deck, suit, card id and\n"
		 "examples, mirrored so a double-sided print lines them up); a flow's\n"
		 "facilitator's sheet (roles, each phase with its minutes, guidance, prompts\n"
		 "and room to write; one or two pages); or, with --transcript, a round's\n"
		 "transcript.  Text too long for a card is set smaller, down to 6.5 pt, then\n"
		 "refused, naming the card and by how much it overflows; nothing is cut.\n"
		 "Written atomically to ID.pdf in the current folder, or FILE; mode 0644,\n"
		 "a transcript 0600.  Never over a file of a round or of the practice store,\n"
		 "nor over the deck printed.  ID is a deck's or flow's id ('rucksack list');\n"
		 "FILE a deck or flow file (a '/' in it, or ending in .json).",
	.exec = cmd_print_run,
};
