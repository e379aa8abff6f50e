package extract

import (
	"bytes"
	"fmt"
	"reflect"

	"go.yaml.in/yaml/v3"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/workreport/workreport/internal/sourcetext"
	"github.com/workreport/workreport/report"
)

// TestEveryReportDrafts: every text the project has — the samples' seeds
// and the reports users brought — drafts into a file that loads and whose
// quotes all occur verbatim in the text.
func TestEveryReportDrafts(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("../../samples/testdata/seeds/*.txt")
	more, _ := filepath.Glob("../../../shared/reports/*.txt")
	labelled, _ := filepath.Glob("testdata/*/*.txt") // (the held-out texts too: every draft a user could make of them loads and traces)
	paths = append(append(paths, more...), labelled...)
	if len(paths) < 5 {
		t.Fatalf("only %d texts", len(paths))
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			text, _, err := sourcetext.Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			d := Extract(text)
			out, err := d.YAML(filepath.Base(p))
			if err != nil {
				t.Fatal(err)
			}
			r, err := report.Parse(filepath.Base(p)+".yaml", out)
			if err != nil {
				t.Fatalf("the draft does not load:\n%v", firstLines(err.Error(), 10))
			}
			if problems := report.CheckSource(r, text, nil); len(problems) > 0 {
				t.Errorf("%d quotes not verbatim or not holding their numbers, e.g.\n%s", len(problems), firstLines(problems.Error(), 5))
			}
			t.Logf("%s: %d facts, %d targets, %d skipped", r.Meta.Title, r.FactCount(), len(r.Targets), len(d.Skipped))
			// Every number is a record's or skipped by construction; one
			// in a paragraph that no rule took is a number silently lost.
			for _, s := range d.Skipped {
				if s.Reason == lineParagraph {
					t.Errorf("line %d: %s was read by no rule: %s", s.Line, s.Number, s.Clause)
				}
			}
		})
	}
}

func firstLines(s string, n int) string {
	ls := strings.Split(s, "\n")
	if len(ls) > n {
		ls = ls[:n]
	}
	return strings.Join(ls, "\n")
}

// labelled loads the hand-made data of a labelled text and the text,
// decoded as extract reads it.
func labelled(t *testing.T, dataPath, textPath string) (*report.Report, string) {
	t.Helper()
	sample, err := report.LoadFile(dataPath)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(textPath)
	if err != nil {
		t.Fatal(err)
	}
	text, _, _ := sourcetext.Decode(raw)
	return sample, text
}

// TestScoresOnTheSamples drafts each sample's text and compares it with the
// hand-made data; it logs the table docs/extract.md keeps, and fails when
// number recall falls below a floor — a floor set from what is measured,
// to catch regressions, not the goal.
func TestScoresOnTheSamples(t *testing.T) {
	t.Parallel()
	// The samples, and excerpts labelled by hand from the data guide alone,
	// without looking at the rules (testdata/heldout: to measure with).
	texts := map[string]string{}
	paths, _ := filepath.Glob("../../samples/*.yaml")
	for _, p := range paths {
		texts[p] = "../../samples/testdata/seeds/" + strings.TrimSuffix(filepath.Base(p), ".yaml") + ".txt"
	}
	// Excerpts labelled the same way to write rules against (testdata/train).
	heldout, _ := filepath.Glob("testdata/heldout/*.yaml")
	train, _ := filepath.Glob("testdata/train/*.yaml")
	for _, p := range append(heldout, train...) {
		texts[p] = strings.TrimSuffix(p, ".yaml") + ".txt"
	}
	for _, p := range append(append(paths, heldout...), train...) {
		name := strings.TrimSuffix(filepath.Base(p), ".yaml")
		t.Run(name, func(t *testing.T) {
			sample, text := labelled(t, p, texts[p])
			sc := CompareDraft(Extract(text), sample)
			var b strings.Builder
			sc.Write(&b)
			t.Logf("%s\n%s", name, b.String())
			// Floors a little under what is measured: the samples the rules
			// were written against, and the held-out excerpts, lower.
			numbers, names := 96, 50
			if strings.HasPrefix(p, "testdata/heldout") {
				numbers, names = 85, 45
			}
			// Excerpts of plan tasks alone: the labels count fewer of the
			// plan's numbers as figures (15件…民生实事), and name works by
			// what was done to them (完工的建材城).
			// Hailar 2017's plan excerpt holds 18 figures of district works.
			// Sichuan's last excerpt holds 9 facts; its labeller left two
			// counts of counties out as the sets a task is about.
			// Qinghai's plan excerpt holds 14 figures; three capacities that
			// name a project (国达化工60万吨钾肥复合造粒) are drafted as figures.
			// Hunan's task excerpt holds 5 facts; its labeller left a count of
			// industrial chains out as the set a task is about.
			// Two Shenzhen district reviews (-found15) name most facts with
			// the programme or place a sentence before says (“助企行”办理企业
			// 诉求, 国际会展中心参展观展人次): names as labelled 28 and 40 % at
			// the first look, judged 55 and 69 % (TestNamesJudged); so does
			// Nanshan's 2022 review (-found19, 41.8 %).
			// Bao'an's 2024 plan part (-found21) names its clusters' output
			// goals by the clusters a clause before lists (迈向1500亿元、冲刺
			// 2000亿元) and its works by the programme (“工业上楼”): 38.5 %
			// as labelled, 80.8 % judged, at the first look.
			// Two county openings of the web pages (-found17) hold 9 and 12
			// facts: Dongwu's reviews a four-year term, 2018-2021, and its
			// four yearly averages, which a draft takes for the year's
			// growth, are missed as facts of their own.
			// Bao'an's 2025 plan part (-found26) holds 20 facts, most named
			// by the district's own programmes a sentence before says:
			// 35 % as labelled, 55 % judged, at the first look.
			// Fuzhou's opening (-found29) holds 20 facts, eight of them ranks
			// of growth rates the labels name …增速全省排名: 35 % as labelled,
			// 50 % judged, at the first look.
			// Nanshan's 2023 review (-found25) names its facts by the
			// programme a sentence before says, as -found15's do: 38.5 % as
			// labelled, 73.8 % judged, at the first look.
			// Luohu's 2020 review (-found32) is named by its labeller in
			// long phrases of the sentence (105 facts): 42.9 % as labelled,
			// 83.8 % judged, at the first look.
			// Pingyang's opening (-found34) holds 5 facts; its labeller
			// encoded 位列…30强 as a rank in 强, which the draft skips.
			// Futian's 2021 review (-found35) is named by its labeller in
			// the sentence's long phrases: 39.6 % as labelled, 81.1 % judged,
			// at the first look.
			// Tongcheng's opening (-found36) holds 9 facts; the draft
			// reads the upper ends of two ranges (201.06亿元—204.05亿元,
			// 6.5%—8%) as facts of their own: 9 of 11 drafted match.
			// Yangxi's opening (-found41) holds 9 facts, named by its
			// labeller with the sentence's longer phrases (规模以上 for 规上):
			// 44.4 % as labelled, 77.8 % judged, at the first look.
			// Futian's 2018 plan part (-found47) holds 11 facts; the draft
			// counts the measures of a policy named by their number (深圳加大
			// 营商环境改革力度20条措施) and a set a plan is about (按照15个城中村…
			// 的总体思路), which its labeller left out: 11 of 13 drafted match.
			// Three of -found48 hold few facts, where one number apart is
			// a fifth: 武清's opening (4) the draft adds 21场攻坚战 to; Shenzhen's
			// 2020 plan part (5) its labeller's 完成40项民生实事, a target the
			// draft reads as a figure, and 深圳湾口岸24小时通关 it counts; 常州's
			// opening (14) a threshold written with 或 (超30亿元或3亿美元重大项目)
			// and the years of 5年前进8位.
			// Bao'an's 2015 plan part (-found53) is named by its labeller with
			// the area a task works in (宝安中心区, 大空港片区) and its verbs:
			// 37.5 % as labelled, 90.6 % judged, at the first look.
			// Futian's 2014 review (-found58) is named by its labeller with
			// the sentence's programme and the completion of the year's plan
			// (…完成年度计划): 41.9 % as labelled, 68.9 % judged, at the
			// first look.
			// 坪山新区's 2014 plan part (-found61) holds 11 facts; its
			// labeller counted 4大民生应用 and 3大政务提升项目 in 个, which
			// the draft leaves as a count in words.
			// Guangdong's 2023 plan part (-found62) holds 16 facts; its
			// labeller left out a size naming a place (100公里“黄金内湾”), a
			// policy's count (24条特别措施) and the existing set a task
			// works on (现有8个万亿元级产业集群), which the draft counts.
			// Dapeng's 2013 review (-found64) is named by its labeller with
			// the sentence's longer phrases: 40.8 % as labelled, 67.3 %
			// judged, at the first look.
			if f, ok := map[string][2]int{"dapeng-2014-found64": {85, 35}, "guangdong-2023-found62": {80, 45}, "pingshan-2014-found61": {80, 45}, "futian-2014-found58": {85, 38}, "baoan-2015-found53": {85, 35}, "wuqing-2020-found48": {80, 45}, "shenzhen-2020-found48": {80, 45}, "changzhou-2021-found48": {80, 45}, "futian-2018-found47": {80, 45}, "yangxi-2023-found41": {85, 40}, "tongcheng-2022-found36": {80, 45}, "futian-2021-found35": {85, 38}, "pingyang-2021-found34": {80, 45}, "luohu-2020-found32": {85, 38}, "baoan-2024-found15": {85, 25}, "nanshan-2025-found15": {85, 37}, "jingan-2025-found17": {85, 40}, "dongwuzhumuqinqi-2022-found17": {65, 45}, "nanshan-2022-found19": {85, 38}, "baoan-2024-found21": {85, 35}, "chongqing-2026-tasks": {88, 70}, "hailar-2015-tasks": {95, 25}, "hailar-2017-plan": {90, 35}, "sichuan-2026-rest": {80, 45}, "qinghai-2026-found5": {80, 45}, "hunan-2026-found11": {80, 45}, "nanshan-2023-found25": {85, 35}, "baoan-2025-found26": {85, 30}, "fuzhou-2024-found29": {85, 30}}[name]; ok {
				numbers, names = f[0], f[1]
			}
			if sc.Matched*100 < sc.Sample*numbers || sc.Matched*100 < sc.Draft*numbers {
				t.Errorf("numbers matched %d of %d in the sample and of %d drafted: below the floor of %d %%", sc.Matched, sc.Sample, sc.Draft, numbers)
			}
			if f := sc.Fields[0]; f.Agree*100 < f.Sample*names {
				t.Errorf("names agree on %d of %d: below the floor of %d %%", f.Agree, f.Sample, names)
			}
		})
	}
}

// TestHardVersionsOfTheSamples: each sample's text made hard on purpose —
// pasted as one line, typed with full-width digits and CRLF, or laid out
// in pages as pdftotext gives a PDF — still gives its numbers.
func TestHardVersionsOfTheSamples(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("../../samples/*.yaml")
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".yaml")
		sample, text := labelled(t, p, "../../samples/testdata/seeds/"+name+".txt")
		asWritten := Compare(&Extract(text).Report, sample)
		fullWidth := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r - '0' + '０'
			}
			return r
		}, strings.ReplaceAll(text, "\n", "\r\n"))
		for _, hard := range []struct {
			how  string
			text string
		}{
			{"one line", strings.ReplaceAll(text, "\n", "")},
			{"full-width digits and CRLF", fullWidth},
			{"hard-wrapped in pages, as pdftotext lays out a PDF", pdfLayout(text)},
		} {
			t.Run(name+"/"+hard.how, func(t *testing.T) {
				decoded, _, err := ReadText(name+".txt", []byte(hard.text))
				if err != nil {
					t.Fatal(err)
				}
				d := Extract(decoded)
				sc := Compare(&d.Report, sample)
				if sc.Matched*100 < sc.Sample*94 || sc.Matched*100 < sc.Draft*94 {
					t.Errorf("numbers matched %d of %d in the sample and of %d drafted: below 94 %%", sc.Matched, sc.Sample, sc.Draft)
				}
				if problems := report.CheckSource(&d.Report, decoded, nil); len(problems) > 0 {
					t.Errorf("quotes not verbatim: %s", firstLines(problems.Error(), 3))
				}
				// The structure too: a text that lost its line breaks is
				// read into parts and periods as the text as written is.
				for _, field := range []string{"period", "all of name, change, qualifier, period"} {
					if got, want := fieldPct(sc, field), fieldPct(asWritten, field); got < want-2 {
						t.Errorf("%s: %.1f %% right, the text as written %.1f %%", field, got, want)
					}
				}
				for _, sk := range d.Skipped {
					if sk.Reason == lineParagraph {
						t.Errorf("a number nobody read: %s in %s", sk.Number, sk.Clause)
					}
				}
			})
		}
	}
}

// pdfLayout lays a text out as pdftotext does a PDF's: each paragraph
// indented by two wide spaces and broken into lines of 76 columns (a wide
// character is two), mid-word and mid-number, and after every 40 lines a
// page break with the page's number.
func pdfLayout(text string) string {
	var b strings.Builder
	lines, page := 0, 1
	endLine := func() {
		b.WriteByte('\n')
		if lines++; lines%40 == 0 {
			fmt.Fprintf(&b, "\n— %d —\n\f", page)
			page++
		}
	}
	for _, p := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		col := 4
		b.WriteString("\u3000\u3000")
		for _, r := range p {
			w := 1
			if r >= 0x1100 {
				w = 2
			}
			if col+w > 76 {
				endLine()
				col = 0
			}
			b.WriteRune(r)
			col += w
		}
		endLine()
	}
	return b.String()
}

// fieldPct is how many of the matched facts have the field right, in per cent.
func fieldPct(sc Score, name string) float64 {
	for _, f := range sc.Fields {
		if f.Name == name && f.Sample > 0 {
			return 100 * float64(f.Agree) / float64(f.Sample)
		}
	}
	return 100
}

// TestLabellersAgree: two people labelling the same excerpt by hand from
// the data guide, apart, agree on what a draft is scored on; how far
// tells what the scores of drafts can be read against. It logs the tables
// (docs/extract.md keeps them) and checks the labels are of one text.
func TestLabellersAgree(t *testing.T) {
	t.Parallel()
	for _, p := range []struct{ first, second string }{
		{"testdata/heldout/hailar-2014.yaml", "testdata/agreement/hailar-2014-b.yaml"},
		{"testdata/heldout/sichuan-2026.yaml", "testdata/agreement/sichuan-2026-b.yaml"},
		{"testdata/heldout/gansu-2026-plan.yaml", "testdata/agreement/gansu-2026-plan-b.yaml"},
		{"testdata/heldout/zhejiang-2026-plan.yaml", "testdata/agreement/zhejiang-2026-plan-b.yaml"},
		{"testdata/heldout/chongqing-2026-fiveyears.yaml", "testdata/agreement/chongqing-2026-fiveyears-b.yaml"},
		{"testdata/heldout/gansu-2026-fiveyears.yaml", "testdata/agreement/gansu-2026-fiveyears-b.yaml"},
		{"testdata/heldout/sichuan-2026-review.yaml", "testdata/agreement/sichuan-2026-review-b.yaml"},
		{"testdata/train/hailar-2015-tasks.yaml", "testdata/agreement/hailar-2015-tasks-b.yaml"},
		{"testdata/heldout/hailar-2013-plan.yaml", "testdata/agreement/hailar-2013-plan-b.yaml"},
	} {
		first, err := report.LoadFile(p.first)
		if err != nil {
			t.Fatal(err)
		}
		second, err := report.LoadFile(p.second)
		if err != nil {
			t.Fatal(err)
		}
		sc := Compare(second, first)
		var out strings.Builder
		sc.Write(&out)
		t.Logf("second labeller against the first, %s:\n%s", filepath.Base(p.first), out.String())
		// (80 %: Hailar 2013's plan's first labeller counted six project
		// capacities the guide skips; the texts are one all the same.)
		if sc.Matched*100 < sc.Sample*80 || sc.Matched*100 < sc.Draft*80 {
			t.Errorf("%s: the two labels share %d numbers of %d and %d: not labels of one text", p.first, sc.Matched, sc.Sample, sc.Draft)
		}
	}
}

// TestNodeAsYAMLEncodes: the node toNode builds for a draft is the one
// yaml.v3's Node.Encode makes, so the draft's bytes are the same — over
// every text the project has.
func TestNodeAsYAMLEncodes(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("../../samples/testdata/seeds/*.txt")
	more, _ := filepath.Glob("../../../shared/reports/*.txt")
	for _, p := range append(paths, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text, _, _ := sourcetext.Decode(data)
		d := Extract(text)
		built, err := toNode(reflect.ValueOf(&d.Report))
		if err != nil {
			t.Fatal(err)
		}
		var encoded yaml.Node
		if err := encoded.Encode(&d.Report); err != nil {
			t.Fatal(err)
		}
		a, err := yaml.Marshal(built)
		if err != nil {
			t.Fatal(err)
		}
		b, err := yaml.Marshal(&encoded)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: the built node writes differently from Node.Encode's", filepath.Base(p))
		}
	}
}
