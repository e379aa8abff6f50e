package typeset

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/workreport/workreport/samples"
)

// fakeMeasure imitates a CJK font at 10.5 pt in millimetres: Chinese
// characters and fullwidth marks one em, Latin letters and digits about half
// an em with some variation, so that breaks fall at varied places.
func fakeMeasure(r rune) float64 {
	const em = 3.70
	switch {
	case r < 0x80:
		switch r {
		case 'i', 'l', '.', ',', ':', ';', '\'', '|', '!':
			return em * 0.25
		case 'm', 'w', 'M', 'W', '%':
			return em * 0.8
		case ' ':
			return em * 0.3
		}
		return em * 0.55
	case r == '…' || r == '—':
		return em
	}
	return em
}

// testParagraphs are the paragraphs the property test runs over: every
// prose field of the embedded samples (quotes, titles, summaries, glossary
// definitions), and the seed texts of the three reports
// (testdata/seed-paragraphs.txt, one paragraph a line, copied from the
// published reports), set as prose.
func testParagraphs(t testing.TB) []string {
	ps := sampleParagraphs(t)
	return append(ps, seedParagraphs(t)...)
}

// sampleParagraphs collects the prose of every embedded sample.
func sampleParagraphs(t testing.TB) []string {
	t.Helper()
	var ps []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			ps = append(ps, Prose(s))
		}
	}
	names := samples.Names()
	if len(names) == 0 {
		t.Fatal("no samples embedded")
	}
	for _, name := range names {
		r, err := samples.Load(name)
		if err != nil {
			t.Fatalf("loading %s: %v", name, err)
		}
		add(r.Meta.Title)
		add(r.Meta.Occasion)
		add(r.Meta.Source)
		for _, s := range r.Results {
			add(s.Title)
			for _, ind := range s.Indicators {
				add(ind.Name)
				add(ind.Quote)
			}
		}
		for _, tg := range r.Targets {
			add(tg.Name + tg.Text)
			add(tg.Quote)
		}
		for _, task := range r.Tasks {
			add(task.Title)
			add(task.Summary)
			for _, it := range task.Items {
				add(it.Title)
				add(it.Summary)
				for _, f := range it.Figures {
					add(f.Purpose)
					add(f.Quote)
				}
			}
		}
		for _, g := range r.Glossary {
			add(g.Term)
			add(g.Definition)
		}
	}
	return ps
}

func seedParagraphs(t testing.TB) []string {
	t.Helper()
	f, err := os.Open("testdata/seed-paragraphs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ps []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			ps = append(ps, Prose(s))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(ps) < 100 {
		t.Fatalf("only %d paragraphs in testdata/seed-paragraphs.txt", len(ps))
	}
	return ps
}

// checkLines verifies the properties every broken paragraph must have and
// returns the number of forced cuts.
func checkLines(t *testing.T, para string, width float64, lines []Line) (forced int) {
	t.Helper()
	var joined strings.Builder
	for _, l := range lines {
		joined.WriteString(l.Text)
	}
	if joined.String() != para {
		t.Fatalf("width %.0f: characters lost or changed:\n in: %q\nout: %q", width, para, joined.String())
	}
	if n := utf8.RuneCountInString(joined.String()); n != utf8.RuneCountInString(para) {
		t.Fatalf("width %.0f: %d characters out, %d in", width, n, utf8.RuneCountInString(para))
	}
	for i, l := range lines {
		vis := []rune(l.Visible())
		if w := Width(l.Visible(), fakeMeasure); w > width+1e-9 && !(l.Forced && len(vis) == 1) {
			t.Errorf("width %.0f: line %d is %.2f wide: %q", width, i, w, l.Text)
		}
		if l.Forced {
			// Only a run without a break opportunity may be cut: a URL, a
			// hash, a long number. Chinese prose always has one.
			// (告.csv@ad4c… is such a run: 禁则 glues the full stop on.)
			hasWord := false
			for _, r := range vis {
				hasWord = hasWord || isWord(r)
			}
			if !hasWord {
				t.Errorf("width %.0f: forced cut in Chinese text: %q", width, l.Text)
			}
			forced++
			continue
		}
		if len(vis) == 0 {
			t.Errorf("width %.0f: line %d is empty: %q", width, i, l.Text)
			continue
		}
		if i > 0 && NoStart(vis[0]) {
			t.Errorf("width %.0f: line %d starts with %q: %q", width, i, vis[0], l.Text)
		}
		if i < len(lines)-1 {
			if NoEnd(vis[len(vis)-1]) {
				t.Errorf("width %.0f: line %d ends with %q: %q", width, i, vis[len(vis)-1], l.Text)
			}
			next := []rune(lines[i+1].Text)
			text := []rune(l.Text)
			if isWord(text[len(text)-1]) && isWord(next[0]) && !lines[i+1].Forced {
				t.Errorf("width %.0f: a number or word is split between lines %d and %d: %q | %q", width, i, i+1, l.Text, lines[i+1].Text)
			}
		}
		if (i == len(lines)-1) != l.Last {
			t.Errorf("width %.0f: line %d Last=%v", width, i, l.Last)
		}
	}
	return forced
}

// TestBreakProperties sweeps the measure from 30 to 170 mm in 1 mm steps
// over every seed paragraph.
func TestBreakProperties(t *testing.T) {
	t.Parallel()
	paras := testParagraphs(t)
	if testing.Short() {
		paras = paras[:200]
	}
	lines, forced := 0, 0
	for w := 30.0; w <= 170; w++ {
		for _, p := range paras {
			ls := Break(p, w, fakeMeasure)
			lines += len(ls)
			forced += checkLines(t, p, w, ls)
			if t.Failed() {
				return
			}
		}
	}
	t.Logf("%d paragraphs × 141 widths: %d lines, %d forced cuts", len(paras), lines, forced)
	if forced == 0 {
		t.Errorf("no forced cuts: the URLs and hashes in the seed texts are wider than 30 mm and must be cut")
	}
}

func TestBreakCases(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		text  string
		width float64 // in ems of fakeMeasure
		want  []string
	}{
		{"closing mark stays on the line", "一二三四，五六", 4, []string{"一二三", "四，五六"}},
		{"opening mark moves down", "一二三（四五", 4, []string{"一二三", "（四五"}},
		{"number stays whole", "总值231.52亿元增长", 5, []string{"总值", "231.52亿元", "增长"}},
		{"grouped number stays whole", "收入2,431.67万元", 6, []string{"收入", "2,431.67万元"}},
		{"percent stays with its number", "增长5.8%，高于", 4, []string{"增长", "5.8%，", "高于"}},
		{"Latin word whole, no lone last character", "推进AI应用", 3, []string{"推进", "AI", "应用"}},
		{"no lone last character", "发放各类补贴资金", 7, []string{"发放各类补贴", "资金"}},
		{"lone character kept when it cannot move", "资金。", 2, []string{"资", "金。"}},
		{"a quoted term stays whole", "实施“六个工程”。下一步", 7, []string{"实施", "“六个工程”。", "下一步"}},
		{"a term wider than the line is cut", "“十四五”时期", 3, []string{"“十四", "五”", "时期"}},
		{"“十四五” moves down whole", "回顾“十四五”时期", 6, []string{"回顾", "“十四五”", "时期"}},
		{"forced cut of a long number", "1234567890123", 2, []string{"123", "456", "789", "012", "3"}},
		{"space stays at line end", "ab cd ef", 1.2, []string{"ab ", "cd ", "ef"}},
		{"a short last word after a space stays whole", "2021—2025年 期间变化", 8.5, []string{"2021—2025年 ", "期间变化"}},
		{"empty", "", 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := Break(tt.text, tt.width*3.70, fakeMeasure)
			var got []string
			for _, l := range ls {
				got = append(got, l.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Break(%q, %v em) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

func TestSpacing(t *testing.T) {
	t.Parallel()
	ls := Break("一二三四五六七", 3*3.70+1, fakeMeasure)
	if len(ls) != 3 {
		t.Fatalf("got %d lines", len(ls))
	}
	if s := ls[0].Spacing(3*3.70 + 1); s < 0.49 || s > 0.51 {
		t.Errorf("spacing of a full line of 3 characters in 1 mm extra = %v, want 0.5", s)
	}
	if s := ls[2].Spacing(3*3.70 + 1); s != 0 {
		t.Errorf("last line spacing = %v, want 0", s)
	}
}

func TestProse(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"现在,我代表海拉尔区人民政府,向大会报告", "现在，我代表海拉尔区人民政府，向大会报告"},
		{"主要体现在:经济运行", "主要体现在：经济运行"},
		{"收入2,431.67万元,增长5.8%,高于", "收入2,431.67万元，增长5.8%，高于"},
		{"(一)“进”的步伐", "（一）“进”的步伐"},
		{"城区(含开发区)和(1)项", "城区（含开发区）和（1）项"},
		{"GDP (current prices), 2024", "GDP (current prices), 2024"},
		{"时间 10:30", "时间 10:30"},
		{"各位代表: 现在", "各位代表：现在"},
		{"区长 于民", "区长 于民"},
		{"全面完成;", "全面完成；"},
	}
	for _, tt := range tests {
		if got := Prose(tt.in); got != tt.want {
			t.Errorf("Prose(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFit(t *testing.T) {
	t.Parallel()
	lines, cut := Fit("固定资产投资预计完成额", 4*3.70, 2, fakeMeasure)
	if !cut || len(lines) != 2 || lines[1] != "投资预…" {
		t.Errorf("Fit = %q, %v", lines, cut)
	}
	lines, cut = Fit("地区生产总值", 4*3.70, 2, fakeMeasure)
	if cut || strings.Join(lines, "|") != "地区生产|总值" {
		t.Errorf("Fit = %q, %v", lines, cut)
	}
}

func BenchmarkBreak(b *testing.B) {
	paras := testParagraphs(b)
	b.ResetTimer()
	for b.Loop() {
		for _, p := range paras {
			Break(p, 150, fakeMeasure)
		}
	}
}

// TestClassTable: the table behind NoStart, NoEnd and isUnit holds exactly
// the characters of their lists.
func TestClassTable(t *testing.T) {
	t.Parallel()
	for r := rune(0); r <= 0x10FFFF; r++ {
		if NoStart(r) != strings.ContainsRune(noStart, r) {
			t.Errorf("NoStart(%q) = %v", r, NoStart(r))
		}
		if NoEnd(r) != strings.ContainsRune(noEnd, r) {
			t.Errorf("NoEnd(%q) = %v", r, NoEnd(r))
		}
		if isUnit(r) != strings.ContainsRune(unitRunes, r) {
			t.Errorf("isUnit(%q) = %v", r, isUnit(r))
		}
	}
	if NoStart(-1) || NoEnd(-1) || isUnit(-1) {
		t.Error("a negative rune is in a class")
	}
}

// TestBreakIsLinear: breaking a paragraph costs steps in proportion to its
// length, whatever the text — an unbroken run of digits or letters above
// all, which used to cost the square of its length (issue 12: 50k digits
// took 2.6 s of rendering, 100k 9.8 s). Steps are counted, not timed, so
// the test cannot flake: four times the text must cost at most 4.5 times
// the steps.
func TestBreakIsLinear(t *testing.T) {
	t.Parallel()
	unit := func(s string) func(n int) string {
		return func(n int) string { return strings.Repeat(s, n/utf8.RuneCountInString(s)+1) }
	}
	tests := []struct {
		name string
		text func(n int) string
	}{
		{"digits", unit("0123456789")},
		{"Latin word", unit("abcdefghij")},
		{"Chinese", unit("经济运行稳中有进")},
		{"closing marks", unit("，")},
		{"opening marks", unit("（")},
		{"quoted terms", unit("“十四五”")},
		{"spaces", func(n int) string { return "a" + strings.Repeat(" ", n) + "b" }},
		{"number and units", unit("1亿元")},
		{"digits then Chinese", func(n int) string { return strings.Repeat("9", n/2) + strings.Repeat("增", n/2) }},
		{"URL", func(n int) string { return "https://" + strings.Repeat("x/", n/2) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps := func(n int) int {
				text := tt.text(n)
				lines, k := breakIndent(text, 160, 170, fakeMeasure)
				var b strings.Builder
				for _, l := range lines {
					b.WriteString(l.Text)
				}
				if b.String() != text {
					t.Fatalf("%d characters: the lines do not give the text back", n)
				}
				return k
			}
			small, large := steps(25_000), steps(100_000)
			if ratio := float64(large) / float64(small); ratio > 4.5 {
				t.Errorf("25k characters take %d steps, 100k take %d: %.1f× for 4× the text (quadratic)", small, large, ratio)
			}
		})
	}
}

func BenchmarkBreakDigits(b *testing.B) {
	for _, n := range []int{25_000, 100_000} {
		text := strings.Repeat("0123456789", n/10)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				Break(text, 170, fakeMeasure)
			}
		})
	}
}
