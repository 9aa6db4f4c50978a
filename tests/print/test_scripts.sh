#!/bin/sh
# German, Chinese (a fallback font: DejaVu has no CJK), Hebrew and Arabic
# text comes back out of the PDF as it went in (the title in its metadata too).
. "$SRCDIR/tests/print/lib.sh"
rs print "$PRINTDATA/german.json" -o de.pdf
status 0 german
pdfinfo de.pdf | grep -qx "Title: *Systemische Fragen" || fail "title: $(pdfinfo de.pdf)"
has de.pdf 1 "Zirkuläre Fragen" "Großeltern" "Die Straße ist Öffentlichkeit" \
	"Äußerungen über Gefühle." "Wer grüßt wen?" "Wie groß ist die Sorge — übermäßig?"
rs print "$PRINTDATA/chinese.json" --backs -o zh.pdf
status 0 chinese
has zh.pdf 2 "系统督导卡片" "循环提问"
has zh.pdf 1 "循环提问" "差异问题" "未来问题" "如果妈妈在场，会有什么不同？" "一年后会怎样？"
pdffonts zh.pdf | grep -q WenQuanYi || fail "no CJK font: $(pdffonts zh.pdf)"
rs print "$PRINTDATA/rtl.json" -o rtl.pdf
status 0 rtl
# pdftotext gives lam-alef ligatures back letter-swapped, so the Arabic
# checked is free of them.
has rtl.pdf 1 "שאלה מעגלית" "שאלות" "מי ישים לב ראשון לשינוי?" "מה יהיה שונה?" \
	"سؤال دائري" "أسئلة"
