package pdf

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/sheets"
)

// renderSeed is a small valid report with every part the PDF draws.
const renderSeed = `meta: {title: 测试区2025年政府工作报告, region: 测试区, level: district, year: 2025, date: 2025-01-20, speaker: 区长 于民, occasion: 会议上, source: "https://example.org/a"}
results:
  - id: jin
    number: （一）
    part: 一、回顾
    title: “进”的步伐更为稳健
    indicators:
      - {id: gdp, name: 地区生产总值, theme: 经济, value: "2,431.67", unit: 亿元, qualifier: 预计, change: {kind: yoy, value: 5.5}, target: 6, quote: "地区生产总值2,431.67亿元"}
      - {id: avg, name: 投资, period: 2021-2025, measure: average, change: {kind: yoy, value: -1.5, against: 全国}, quote: 年均下降1.5%}
      - {id: std, name: 补贴, value: 1, upper: 2, unit: 万元, kind: standard, per: 人, quote: 每人1万元}
      - {id: pen, name: 养老金, from: 5, value: 10, unit: 元, qualifier: 提高至, quote: 由5元提高至10元}
targets:
  - {id: g, name: 地区生产总值, kind: growth, value: 5.8, unit: "%", qualifier: 左右, base: gdp, reach: {value: 309, unit: 亿元}, quote: 增长5.8%左右}
  - {id: q, name: 居民收入, kind: qualitative, text: 基本同步, nature: binding, quote: 基本同步}
  - {id: g30, name: 地区生产总值, kind: growth, period: 2026-2030, measure: average, value: 5, quote: 年均增长5%}
tasks:
  - id: t1
    title: 坚持大抓项目
    summary: 抓项目
    items:
      - title: 完善基础
        summary: 完善
        figures: [{id: f, name: 投资, value: 4000, unit: 万元, money: investment, purpose: 改造, change: {kind: yoy, value: 3}, quote: 计划投资4000万元}]
annexes:
  - {id: a, title: 民生实事, items: [{title: 托育, number: "1.", text: 新增托位, lead: 卫健委, figures: [{id: n, name: 托位, value: 1, unit: 万个, quote: 新增托位1万个}]}]}
glossary:
  - {term: 六个工程, definition: 是指……}
`

// renderBoth renders r in both formats within limit, failing on an error or
// a hang; it returns the PDF and the workbook.
func renderBoth(t *testing.T, r *report.Report, limit time.Duration) (pdf, book []byte) {
	t.Helper()
	type result struct {
		pdf, book []byte
		err       error
		what      string
	}
	done := make(chan result, 1)
	go func() {
		var p, b bytes.Buffer
		if _, err := Render(&p, r, Options{}); err != nil {
			done <- result{err: err, what: "PDF"}
			return
		}
		if _, err := sheets.Write(&b, r, sheets.Options{}); err != nil {
			done <- result{err: err, what: "workbook"}
			return
		}
		done <- result{pdf: p.Bytes(), book: b.Bytes()}
	}()
	select {
	case res := <-done:
		if res.err != nil {
			t.Fatalf("a valid report does not render: %s: %v", res.what, res.err)
		}
		return res.pdf, res.book
	case <-time.After(limit):
		t.Fatalf("rendering took more than %v", limit)
	}
	return nil, nil
}

// FuzzRender: a report that validates renders in both formats, without a
// panic or an error, within 2 s (the limit is generous: the fuzzing build is
// slower). qpdf and openpyxl check a sample of fuzzed reports in
// TestFuzzedReportsPassClients, out of the loop.
//
//	go test ./report/pdf -run '^$' -fuzz '^FuzzRender$' -fuzztime 10m
func FuzzRender(f *testing.F) {
	f.Add([]byte(renderSeed))
	f.Add([]byte(strings.Replace(renderSeed, "抓项目", strings.Repeat("1234567890", 50), 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := report.Parse("fuzz.yaml", data)
		if err != nil {
			return
		}
		pdf, _ := renderBoth(t, r, 2*time.Second)
		if !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Contains(pdf[max(0, len(pdf)-1024):], []byte("%%EOF")) {
			t.Fatal("the PDF has no header or no end")
		}
	})
}

// textFields are the fields FuzzRenderText writes its text into: one of
// each kind of place the renderers draw text (heading, running header,
// table cell, paragraph, unit, bookmark, document properties).
var textFields = []func(r *report.Report) *string{
	func(r *report.Report) *string { return &r.Meta.Title },
	func(r *report.Report) *string { return &r.Meta.Region },
	func(r *report.Report) *string { return &r.Meta.Occasion },
	func(r *report.Report) *string { return &r.Meta.Source },
	func(r *report.Report) *string { return &r.Results[0].Title },
	func(r *report.Report) *string { return &r.Results[0].Part },
	func(r *report.Report) *string { return &r.Results[0].Indicators[0].Name },
	func(r *report.Report) *string { return &r.Results[0].Indicators[0].Theme },
	func(r *report.Report) *string { return &r.Results[0].Indicators[0].Unit },
	func(r *report.Report) *string { return &r.Results[0].Indicators[0].Change.Label },
	func(r *report.Report) *string { return &r.Targets[1].Text },
	func(r *report.Report) *string { return &r.Tasks[0].Summary },
	func(r *report.Report) *string { return &r.Tasks[0].Items[0].Figures[0].Purpose },
	func(r *report.Report) *string { return &r.Annexes[0].Items[0].Text },
	func(r *report.Report) *string { return &r.Glossary[0].Definition },
}

// textReport is renderSeed with text in field i (mod the fields), and
// whether it validates.
func textReport(t *testing.T, i uint, text string) (*report.Report, bool) {
	r, err := report.Parse("seed.yaml", []byte(renderSeed))
	if err != nil {
		t.Fatal(err)
	}
	*textFields[i%uint(len(textFields))](r) = text
	return r, len(report.Validate(r, nil)) == 0
}

// FuzzRenderText: any text that validates, in any field, renders in both
// formats within 2 s. A fuzzed data file rarely validates (the loader is
// strict), so FuzzRender seldom reaches the renderers; this target puts the
// fuzzer's text into a valid report.
//
//	go test ./report/pdf -run '^$' -fuzz '^FuzzRenderText$' -fuzztime 10m
func FuzzRenderText(f *testing.F) {
	f.Add(uint(0), "测试区2025年政府工作报告")
	f.Add(uint(6), strings.Repeat("1234567890", 30))
	f.Add(uint(11), "“十四五”（2021—2025年），https://example.org/a?b=1&c=2 \n 1,234.5亿元。")
	f.Add(uint(8), "&𠀀\u200b\ufeff")
	f.Fuzz(func(t *testing.T, field uint, text string) {
		r, ok := textReport(t, field, text)
		if !ok {
			return
		}
		pdf, _ := renderBoth(t, r, 2*time.Second)
		if !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Contains(pdf[max(0, len(pdf)-1024):], []byte("%%EOF")) {
			t.Fatal("the PDF has no header or no end")
		}
	})
}

// TestFuzzedReportsPassClients renders the seeds of FuzzRender and the
// fuzzed reports kept in testdata/fuzz/FuzzRender (a sample of what a run
// found, chosen for variety) and checks each PDF with qpdf --check and
// each workbook with openpyxl.
func TestFuzzedReportsPassClients(t *testing.T) {
	reports := map[string]*report.Report{}
	if r, err := report.Parse("seed", []byte(renderSeed)); err == nil {
		reports["seed"] = r
	}
	for _, target := range []string{"FuzzRender", "FuzzRenderText"} {
		files, _ := filepath.Glob(filepath.Join("testdata", "fuzz", target, "*"))
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			values, ok := corpusValues(data)
			switch {
			case !ok:
				t.Fatalf("%s: not a corpus file", name)
			case target == "FuzzRender" && len(values) == 1:
				if r, err := report.Parse(name, []byte(values[0])); err == nil {
					reports[target+"/"+filepath.Base(name)] = r
				}
			case target == "FuzzRenderText" && len(values) == 2:
				field, err := strconv.ParseUint(values[0], 10, 64)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if r, ok := textReport(t, uint(field), values[1]); ok {
					reports[target+"/"+filepath.Base(name)] = r
				}
			}
		}
	}
	for name, r := range reports {
		t.Run(name, func(t *testing.T) {
			pdf, book := renderBoth(t, r, 10*time.Second)
			dir := t.TempDir()
			pdfPath, bookPath := filepath.Join(dir, "r.pdf"), filepath.Join(dir, "r.xlsx")
			if err := os.WriteFile(pdfPath, pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(bookPath, book, 0o644); err != nil {
				t.Fatal(err)
			}
			checkOutputs(t, pdfPath, bookPath)
		})
	}
	t.Logf("%d valid reports checked", len(reports))
}

// corpusValues reads the values of a corpus file ("go test fuzz v1", then
// one line a value: []byte("…"), string("…"), uint(5)), as strings.
func corpusValues(data []byte) ([]string, bool) {
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) < 2 || lines[0] != "go test fuzz v1" {
		return nil, false
	}
	var values []string
	for _, l := range lines[1:] {
		kind, rest, ok := strings.Cut(l, "(")
		if !ok || !strings.HasSuffix(rest, ")") {
			return nil, false
		}
		rest = strings.TrimSuffix(rest, ")")
		switch kind {
		case "[]byte", "string":
			v, err := strconv.Unquote(rest)
			if err != nil {
				return nil, false
			}
			values = append(values, v)
		case "uint":
			values = append(values, rest)
		default:
			return nil, false
		}
	}
	return values, true
}

// TestRenderInvalidUTF8: a report built in Go may hold invalid UTF-8, which
// Validate refuses; Render, given it anyway, draws □ where it was instead of
// panicking in fpdf (FuzzRenderText found the panic, its input is kept in
// testdata/fuzz/FuzzRenderText).
func TestRenderInvalidUTF8(t *testing.T) {
	for i := range textFields {
		r, ok := textReport(t, uint(i), "&\xf0\u2000\xa0\x80\x8b\ufeff")
		if ok {
			t.Fatalf("field %d: invalid UTF-8 validates", i)
		}
		if _, err := Render(io.Discard, r, Options{}); err != nil {
			t.Fatalf("field %d: %v", i, err)
		}
	}
}
