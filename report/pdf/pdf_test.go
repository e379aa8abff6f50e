package pdf

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/workreport/workreport/internal/typeset"
	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/samples"
)

var (
	update = flag.Bool("update", false, "rewrite the golden files in testdata/ from the rendered PDFs")
	outDir = flag.String("out", "", "also write each sample's PDF to this directory, to look at")
)

// rendered caches each sample's PDF: several tests, running in parallel,
// read the same bytes, rendered once.
var rendered sync.Map // name → *sampleOnce

type sampleOnce struct {
	once sync.Once
	s    *renderedSample
	err  error
}

type renderedSample struct {
	r        *report.Report
	pdf      []byte
	warnings []report.Warning
	file     string
}

// sampleDir is where the rendered samples are written for the clients to
// read: -out, or a folder of this test process's own.
var sampleDir = sync.OnceValues(func() (string, error) {
	if *outDir != "" {
		return *outDir, nil
	}
	return os.MkdirTemp("", "workreport-pdf-test-")
})

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if *outDir == "" {
		if dir, err := sampleDir(); err == nil {
			os.RemoveAll(dir)
		}
	}
	os.Exit(code)
}

func renderSample(t *testing.T, name string) *renderedSample {
	t.Helper()
	v, _ := rendered.LoadOrStore(name, new(sampleOnce))
	o := v.(*sampleOnce)
	o.once.Do(func() { o.s, o.err = render(name) })
	if o.err != nil {
		t.Fatal(o.err)
	}
	return o.s
}

func render(name string) (*renderedSample, error) {
	r, err := samples.Load(name)
	if err != nil {
		return nil, fmt.Errorf("loading sample %s: %v", name, err)
	}
	var b bytes.Buffer
	warnings, err := Render(&b, r, Options{})
	if err != nil {
		return nil, fmt.Errorf("rendering %s: %v", name, err)
	}
	dir, err := sampleDir()
	if err != nil {
		return nil, err
	}
	file := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		return nil, err
	}
	return &renderedSample{r: r, pdf: b.Bytes(), warnings: warnings, file: file}, nil
}

func sampleNames(t *testing.T) []string {
	names := samples.Names()
	if len(names) == 0 {
		t.Fatal("no samples embedded")
	}
	return names
}

// TestGolden compares each sample's text, as pdftotext extracts it, with
// testdata/<sample>.golden. Run with -update after a deliberate change.
func TestGolden(t *testing.T) {
	t.Parallel()
	for _, name := range sampleNames(t) {
		t.Run(name, func(t *testing.T) {
			s := renderSample(t, name)
			got := pdftotext(t, s.file)
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := 0; i < max(len(gl), len(wl)); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Fatalf("text differs from %s at line %d:\n got: %q\nwant: %q\n(run go test -update if the change is intended)", golden, i+1, g, w)
					}
				}
			}
		})
	}
}

// numbersOf lists every number of the report that the PDF must show, with
// the digits the report printed — thousands separators only where the
// clause has them — and where it comes from.
func numbersOf(r *report.Report) map[string][]string {
	nums := map[string][]string{}
	add := func(field string, d report.Decimal, quote string) {
		nums[field] = append(nums[field], strings.TrimPrefix(digits(d, quote), "-"))
	}
	for _, s := range r.Results {
		for _, ind := range s.Indicators {
			if ind.Value != nil {
				add("indicator "+ind.ID, *ind.Value, ind.Quote)
			}
			if ind.Change != nil {
				add("change of "+ind.ID, ind.Change.Value, ind.Quote)
			}
		}
	}
	for _, tg := range r.Targets {
		if tg.Value != nil {
			add("target "+tg.ID, *tg.Value, tg.Quote)
		}
		if v, ok := r.Implied(tg); ok {
			base := r.Indicator(tg.Base)
			add("implied level of "+tg.ID, v, base.Quote+" "+base.Value.Grouped())
		}
	}
	for _, task := range r.Tasks {
		for _, it := range task.Items {
			for _, fg := range it.Figures {
				add("figure "+fg.ID, fg.Value, fg.Quote)
				if fg.Change != nil {
					add("change of figure "+fg.ID, fg.Change.Value, fg.Quote)
				}
			}
		}
	}
	return nums
}

// TestText checks the extracted text of each sample: every number of the
// data appears with its digits as written, no character came out as U+FFFD,
// no line starts with closing punctuation, and every title is there.
func TestText(t *testing.T) {
	t.Parallel()
	for _, name := range sampleNames(t) {
		t.Run(name, func(t *testing.T) {
			s := renderSample(t, name)
			text := pdftotext(t, s.file)
			layout := pdftotext(t, s.file, "-layout")
			if strings.ContainsRune(text, '\uFFFD') || strings.ContainsRune(layout, '\uFFFD') {
				t.Errorf("the text contains U+FFFD")
			}
			// A number is found when it stands whole: not as the tail or
			// head of a longer one (5.5 inside 15.5 does not count).
			for field, ds := range numbersOf(s.r) {
				for _, d := range ds {
					if !containsNumber(text, d) {
						t.Errorf("%s: %s does not appear in the PDF text as the report printed it", field, d)
					}
				}
			}
			for i, line := range strings.Split(layout, "\n") {
				l := strings.TrimLeft(line, " \f")
				if l == "" {
					continue
				}
				// The dash opening the meeting line (——2025年…) is the
				// report's own form, not a broken line.
				if r := []rune(l)[0]; strings.ContainsRune(closing, r) {
					t.Errorf("pdftotext -layout line %d starts with %q: %q", i+1, r, line)
				}
			}
			flat := strings.Join(strings.Fields(text), "")
			want := []string{s.r.Meta.Title, date(s.r.Meta.Date), "目录"}
			for _, sec := range s.r.Results {
				want = append(want, typeset.Prose(sec.Title))
			}
			for _, task := range s.r.Tasks {
				want = append(want, typeset.Prose(task.Title))
			}
			for _, g := range s.r.Glossary {
				want = append(want, typeset.Prose(g.Term))
			}
			for _, w := range want {
				if !strings.Contains(flat, strings.Join(strings.Fields(w), "")) {
					t.Errorf("%q does not appear in the PDF text", w)
				}
			}
		})
	}
}

// closing is the punctuation no line may start with.
const closing = "，。、；：？！）」』】》〉〕］｝’”%％‰,.;:?!)]}"

// containsNumber reports whether num occurs in text not preceded or
// followed by another digit (or a decimal point followed by a digit).
func containsNumber(text, num string) bool {
	re := regexp.MustCompile(`(^|[^0-9.,])` + regexp.QuoteMeta(num) + `($|[^0-9]|[.,][^0-9])`)
	return re.MatchString(text)
}

// TestTools runs the real clients over each sample: qpdf finds no fault,
// and pdffonts shows every font embedded, as a subset, with a Unicode map,
// named as ISO 32000-1 §9.6.4 names a subset: TAG+PostScriptName, the tag
// six capital letters (internal/fpdf/PATCHES.md, patch 20), a different tag
// for each face.
func TestTools(t *testing.T) {
	t.Parallel()
	for _, name := range sampleNames(t) {
		t.Run(name, func(t *testing.T) {
			s := renderSample(t, name)
			out := run(t, "qpdf", "qpdf", "--check", s.file)
			if !bytes.Contains(out, []byte("No syntax or stream encoding errors found")) {
				t.Errorf("qpdf --check:\n%s", out)
			}
			fonts := strings.Split(strings.TrimSpace(string(run(t, "poppler-utils", "pdffonts", s.file))), "\n")
			if len(fonts) != 2+int(numFaces) {
				t.Errorf("pdffonts lists %d fonts, want the %d faces:\n%s", len(fonts)-2, numFaces, strings.Join(fonts, "\n"))
			}
			nameRe := regexp.MustCompile(`^([A-Z]{6})\+(WorkReport(?:Serif|Sans)-(?:Regular|Bold))$`)
			tags := map[string]string{} // tag → PostScript name
			names := map[string]bool{}
			for _, l := range fonts[2:] {
				f := strings.Fields(l)
				// name type… encoding emb sub uni object ID
				if len(f) < 7 {
					t.Fatalf("unexpected pdffonts line %q", l)
				}
				emb, sub, uni := f[len(f)-5], f[len(f)-4], f[len(f)-3]
				if emb != "yes" || sub != "yes" || uni != "yes" {
					t.Errorf("font not embedded as a subset with a Unicode map (emb=%s sub=%s uni=%s): %q", emb, sub, uni, l)
				}
				m := nameRe.FindStringSubmatch(f[0])
				if m == nil {
					t.Errorf("font named %q, want TAG+PostScriptName of a face (%s)", f[0], nameRe)
					continue
				}
				if other, ok := tags[m[1]]; ok {
					t.Errorf("%s and %s have the same subset tag %s", other, m[2], m[1])
				}
				tags[m[1]] = m[2]
				names[m[2]] = true
			}
			if len(fonts) == 2+int(numFaces) && len(names) != int(numFaces) {
				t.Errorf("pdffonts names %d different faces, want %d:\n%s", len(names), numFaces, strings.Join(fonts, "\n"))
			}
			info := string(run(t, "poppler-utils", "pdfinfo", s.file))
			for _, want := range []string{"Title:           " + s.r.Meta.Title, "Keywords:", "Subject:", "Author:", "Page size:       595.28 x 841.89 pts (A4)"} {
				if !strings.Contains(info, want) {
					t.Errorf("pdfinfo lacks %q:\n%s", want, info)
				}
			}
		})
	}
}

// TestOutline checks the bookmarks: one for each part, each section of the
// results and each task, in Chinese.
func TestOutline(t *testing.T) {
	t.Parallel()
	for _, name := range sampleNames(t) {
		t.Run(name, func(t *testing.T) {
			s := renderSample(t, name)
			outline := string(run(t, "mupdf-tools", "mutool", "show", s.file, "outline"))
			for _, sec := range s.r.Results {
				if !strings.Contains(outline, typeset.Prose(sec.Title)) {
					t.Errorf("no bookmark for section %q in:\n%s", sec.Title, outline)
				}
			}
			for _, task := range s.r.Tasks {
				if !strings.Contains(outline, typeset.Prose(task.Title)) {
					t.Errorf("no bookmark for task %q", task.Title)
				}
			}
			for _, part := range []string{"主要指标一览", "主要成绩"} {
				if !strings.Contains(outline, part) {
					t.Errorf("no bookmark for %q", part)
				}
			}
		})
	}
}

// TestFooterCentred measures where pdftotext finds each footer line: its
// centre must be the page's centre, which fpdf's {nb} alias would miss.
func TestFooterCentred(t *testing.T) {
	t.Parallel()
	s := renderSample(t, samples.Default)
	html := pdftotext(t, s.file, "-bbox-layout")
	lineRe := regexp.MustCompile(`(?s)<line xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">(.*?)</line>`)
	wordRe := regexp.MustCompile(`>([^<]*)</word>`)
	found := 0
	for _, m := range lineRe.FindAllStringSubmatch(html, -1) {
		var words []string
		for _, w := range wordRe.FindAllStringSubmatch(m[3], -1) {
			words = append(words, w[1])
		}
		line := strings.Join(words, "")
		if !strings.HasPrefix(line, "第") || !strings.Contains(line, "页/共") {
			continue
		}
		found++
		var x0, x1 float64
		fmtSscan(m[1], &x0)
		fmtSscan(m[2], &x1)
		centre := (x0 + x1) / 2
		if d := centre - 595.28/2; d > 1 || d < -1 {
			t.Errorf("footer %q is centred at %.2f pt, page centre 297.64 pt (off by %.2f)", line, centre, d)
		}
	}
	if found == 0 {
		t.Fatal("no footer 第 N 页 / 共 M 页 found")
	}
}

// TestDeterministic renders the same report twice, and twice concurrently:
// the bytes must be identical.
func TestDeterministic(t *testing.T) {
	t.Parallel()
	r, err := samples.Load(samples.Default)
	if err != nil {
		t.Fatal(err)
	}
	render := func() []byte {
		var b bytes.Buffer
		if _, err := Render(&b, r, Options{Created: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)}); err != nil {
			t.Error(err)
		}
		return b.Bytes()
	}
	first := render()
	var wg sync.WaitGroup
	outs := make([][]byte, 3)
	for i := range outs {
		wg.Go(func() { outs[i] = render() })
	}
	wg.Wait()
	for i, o := range outs {
		if !bytes.Equal(first, o) {
			t.Errorf("render %d differs from the first (%d vs %d bytes)", i+2, len(o), len(first))
		}
	}
	// The date comes from the options, not the clock.
	if !bytes.Contains(first, []byte("D:20250120000000")) {
		t.Error("creation date D:20250120000000 not found in the PDF")
	}
}

// TestCreatedDefaultsToReportDate: with no Created, the report's date is used.
func TestCreatedDefaultsToReportDate(t *testing.T) {
	t.Parallel()
	s := renderSample(t, samples.Default)
	want := "D:" + strings.ReplaceAll(s.r.Meta.Date, "-", "") + "000000"
	if !bytes.Contains(s.pdf, []byte(want)) {
		t.Errorf("creation date %s not found", want)
	}
}

// TestDateUnknown: a report whose text gave no date (a draft's stand-in)
// says so on its title page instead of printing the stand-in as the day
// the report was given.
func TestDateUnknown(t *testing.T) {
	t.Parallel()
	r, err := samples.Load(samples.Default)
	if err != nil {
		t.Fatal(err)
	}
	r.Meta.SetDateUnknown()
	var b bytes.Buffer
	if _, err := Render(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "undated.pdf")
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	first := strings.Join(strings.Fields(pdftotext(t, file, "-l", "1")), "")
	if !strings.Contains(first, "报告日期不详") {
		t.Errorf("the title page does not say the date is unknown:\n%s", first)
	}
	if stand := date(r.Meta.Date); strings.Contains(first, stand) {
		t.Errorf("the title page prints the stand-in date %s", stand)
	}
}
