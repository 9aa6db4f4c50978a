# Helpers for the practice end-to-end tests (sourced by test_practice_*.sh),
# on top of lib.sh (ui_start, ui_wait, ...).  The drill runs on the fixture
# deck graces-drill, whose answers are known here: each question is told by a
# phrase in it, and answered with its suit's letter and card number.
UI_DECKS="$SRCDIR/decks"
. "$SRCDIR/tests/e2e/lib.sh"
PR_FIXTURES="$SRCDIR/tests/data/practice"
PR_ASK="What type of question is it?"

# pr_start COLS ROWS ARGS...: rucksack practice ARGS with the fixtures on the path.
pr_start() {
	cols=$1 rows=$2; shift 2
	ui_start "$cols" "$rows" -- --decks "$PR_FIXTURES" practice "$@"
}

# pr_question: the question on screen (its first line, without the quotes).
pr_question() { ui_grab '“[^”]*' | sed 's/^“//'; }

# pr_answer_of TEXT: "suit card" for a question of graces-drill (card 0: none asked).
pr_answer_of() {
	case "$1" in
	*"dad should"*) echo "g 1" ;;	*"moving up north"*) echo "g 2" ;;
	*"discipline"*) echo "g 3" ;;	*"being white"*) echo "r 1" ;;
	*"imam"*) echo "r 2" ;;		*"At sixteen"*) echo "a 1" ;;
	*"hearing aids"*) echo "a 2" ;;	*"leave early"*) echo "c 1" ;;
	*"birthdays"*) echo "c 2" ;;	*"speak with"*) echo "e 1" ;;
	*"school like"*) echo "e 2" ;;	*"girlfriend"*) echo "s 0" ;;
	*) ui_fail "a question not in graces-drill: '$1'" ;;
	esac
}

# Titles of graces-drill's suits, as the summary and progress screens show them.
pr_suit_title() {
	case "$1" in
	g) echo "G: gender, geography, generation" ;; r) echo "R: race, religion" ;;
	a) echo "A: age, ability" ;; c) echo "C: class, culture" ;;
	e) echo "E: ethnicity, education" ;; s) echo "S: sexuality" ;;
	esac
}

# pr_answer right|wrong|half: answers the question on screen and waits for
# the feedback; wrong names another suit (g, or r for a g question), half the
# right suit and another of its subtypes (the question must have subtypes).
pr_answer() {
	set -- "$1" $(pr_answer_of "$(pr_question)")
	if [ "$1" = half ]; then
		[ "$3" != 0 ] || ui_fail "half: '$(pr_question)' has no subtypes"
		w=1; [ "$3" = 1 ] && w=2
		ui_keys "$2"; ui_wait "which one?"; ui_keys "$w"
		ui_wait "½ Right type, other subtype"
	elif [ "$1" = wrong ]; then
		w=g; [ "$2" = g ] && w=r
		ui_keys "$w"; ui_wait "which one?"; ui_keys 1
		ui_wait "✗ Not quite"
	else
		ui_keys "$2"
		[ "$3" = 0 ] || { ui_wait "which one?"; ui_keys "$3"; }
		ui_wait "✓ Right"
	fi
}

# pr_journal_answers: how many answers the practice journal holds (rucksack stats).
pr_journal_answers() {
	"$RUCKSACK" stats --format=json | sed -n 's/^{"answers":\([0-9]*\),.*/\1/p'
}

# pr_home_practice: from the home screen, opens "Practise alone" (found by
# what the home screen says about the entry selected, not by its place).
pr_home_practice() {
	ui_wait "Practise alone"
	ui_home_open "Name the type of example questions"
	ui_wait "Deck: "
}
