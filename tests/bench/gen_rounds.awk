# Writes n ended Bells that Ring rounds (5 people, every phase entered with
# its deals, reflections and notes, an edit and a delete), one journal each,
# into dir, as `rucksack run` leaves them: the rounds a facilitator keeps.
# awk -v n=1000 -v dir=DIR -f gen_rounds.awk
function card(k) { return cards[k % 7] }
BEGIN {
	split("age race religion ability class culture gender", c, " ")
	for (i = 1; i <= 7; i++) cards[i - 1] = c[i]
	split("Ana Ben Chi Dee Zoë", names, " ")
	base = 1600000000000
	for (r = 0; r < n; r++) {
		at = base + r * 172800000 # one every other day
		id = sprintf("r%05d-%04x", r, r * 7919 % 65536)
		f = dir "/" id ".jsonl"
		printf "{\"v\":1,\"t\":\"start\",\"at\":%.0f,\"id\":\"%s\",\"flow\":\"bells-that-ring\",\"flow_title\":\"Bells that Ring\",\"flow_version\":\"1.0.0\",\"seed\":\"%d\",\"rounds\":1,\"facilitator\":\"Fay\",\"people\":[\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"],\"decks\":{\"social-graces\":\"1.0.0\",\"tomm-questions\":\"1.0.0\",\"systemic-ideas\":\"1.0.0\",\"cmm\":\"1.0.0\"},\"phases\":[\"roles\",\"present\",\"interview\",\"reflect\",\"presenter-response\",\"action\",\"process\"],\"roles\":[\"presenter\",\"consultant\",\"action-planner\",\"mentor\",\"observer\"]}\n", at, id, r, names[1], names[2], names[3], names[4], names[5] > f
		printf "{\"t\":\"seats\",\"at\":%.0f,\"round\":0,\"seats\":[0,1,2,3,4]}\n", at > f
		e = 0
		for (p = 0; p < 7; p++) {
			at += 300000
			printf "{\"t\":\"phase\",\"at\":%.0f,\"round\":0,\"phase\":%d,\"deals\":[{\"person\":4,\"deck\":\"social-graces\",\"card\":\"%s\"}],\"rng\":[\"%d\",\"2\",\"3\",\"4\"]}\n", at, p, card(r + p), r + p > f
			for (k = 0; k < 3; k++) {
				e++
				printf "{\"t\":\"entry\",\"at\":%.0f,\"id\":%d,\"note\":%s,\"round\":0,\"phase\":%d,\"person\":%d,\"text\":\"Reflection %d of round %d: what rang a bell for %s, and why it mattered to the family and to us.\"}\n", at + k * 1000, e, k == 2 ? "true" : "false", p, k, e, r, names[k + 1] > f
			}
		}
		printf "{\"t\":\"edit\",\"at\":%.0f,\"id\":1,\"text\":\"Edited: Ana heard the grandmother's voice.\"}\n", at + 5000 > f
		printf "{\"t\":\"delete\",\"at\":%.0f,\"id\":2}\n", at + 6000 > f
		printf "{\"t\":\"end\",\"at\":%.0f}\n", at + 7000 > f
		close(f)
	}
}
