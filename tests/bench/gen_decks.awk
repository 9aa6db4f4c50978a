# Writes n decks of m cards each into dir (about 150 KB per deck of 200 cards):
#   awk -v n=200 -v m=200 -v dir=DIR -f gen_decks.awk
# Text is plain ASCII with a few multi-byte characters and escapes, like real decks.
function card(d, c,    s) {
	s = sprintf("    {\n      \"id\": \"card-%d\",\n      \"suit\": \"suit-%d\",\n", c, c % 4)
	s = s sprintf("      \"title\": \"Card %d of deck %d \\u2014 Gra\\u00e7es\",\n", c, d)
	s = s "      \"body\": \"What this card means, in a paragraph long enough to be realistic: "
	s = s "notice who speaks and who is silent, what is visible and what is voiced, and how "
	s = s "the family's story and the professionals' story meet.\\nA second paragraph "
	s = s sprintf("with ü, 字 and a tab\\there (%d).\",\n", c)
	s = s "      \"prompts\": [\n        \"Who would disagree with this account, and why?\",\n"
	s = s "        \"What would the child say if they were here with us today?\"\n      ],\n"
	s = s "      \"examples\": [\n        \"[to the worker] Who else has a view on what happened?\",\n"
	s = s "        \"[to the mother] When did things start to feel different at home?\"\n      ],\n"
	s = s sprintf("      \"tags\": [\"tag-%d\", \"bench\"],\n      \"weight\": %d\n    }", c % 7, 1 + c % 3)
	return s
}
BEGIN {
	for (d = 0; d < n; d++) {
		f = sprintf("%s/deck-%03d.json", dir, d)
		printf "{\n  \"$schema\": \"schema.json\",\n  \"format\": 1,\n  \"id\": \"bench-%03d\",\n", d > f
		printf "  \"title\": \"Bench deck %d\",\n  \"lang\": \"en-GB\",\n  \"version\": \"1.0.0\",\n", d > f
		printf "  \"suits\": [\n" > f
		for (s = 0; s < 4; s++)
			printf "    {\"id\": \"suit-%d\", \"title\": \"Suit %d\"}%s\n", s, s, s < 3 ? "," : "" > f
		printf "  ],\n  \"cards\": [\n" > f
		for (c = 0; c < m; c++)
			printf "%s%s\n", card(d, c), c < m - 1 ? "," : "" > f
		printf "  ]\n}\n" > f
		close(f)
	}
}
