package report

import (
	"fmt"
	"strings"
	"testing"
)

// validDoc is the smallest report that exercises every part of the model;
// each bad input below is this document with one thing broken.
const validDoc = `meta:
  title: 测试区2025年政府工作报告
  region: 测试区
  level: district
  year: 2025
  date: 2025-01-20
results:
  - id: jin
    title: “进”的步伐更为稳健
    indicators:
      - id: gdp
        name: 地区生产总值
        value: 231.52
        unit: 亿元
        qualifier: 预计
        change: {kind: yoy, value: 5.5}
        quote: 地区生产总值预计完成231.52亿元,同比增长5.5%
      - id: farms
        name: 家庭农牧场
        value: 19
        unit: 家
        quote: 新增家庭农牧场19家
targets:
  - id: gdp-growth
    name: 地区生产总值
    kind: growth
    value: 5.8
    unit: "%"
    qualifier: 左右
    base: gdp
    quote: 地区生产总值增长5.8%左右
  - id: income
    name: 居民收入
    kind: qualitative
    text: 居民收入增幅与经济增长速度基本同步
    quote: 居民收入增幅与经济增长速度基本同步
tasks:
  - id: t1
    title: 坚持大抓项目
    items:
      - title: 完善基础强功能
        figures:
          - id: old-housing
            name: 老旧小区改造投资
            value: 4,000
            unit: 万元
            purpose: 改造21个老旧小区
            quote: 计划投资4,000万元改造21个老旧小区
glossary:
  - term: 六个工程
    definition: 是指……
`

func TestValidDocLoads(t *testing.T) {
	t.Parallel()
	r, err := Parse("ok.yaml", []byte(validDoc))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Tasks[0].Items[0].Figures[0].Value.String(); got != "4000" {
		t.Errorf("4,000 read as %s", got)
	}
	implied, ok := r.Implied(r.Targets[0])
	if !ok || implied.String() != "244.95" {
		t.Errorf("implied GDP = %s, %v; want 244.95", implied, ok)
	}
}

// TestBadInputs: each broken input gives exactly these problems, each with
// the place and what was expected.
func TestBadInputs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		old  string // text of validDoc to replace (first occurrence) …
		new  string // … with this
		want string // all problems, one per line
	}{
		{"unknown top key", "meta:\n", "metta: 1\nmeta:\n",
			`bad.yaml:1:1: unknown key "metta" at the top level (did you mean "meta"?)`},
		{"unknown meta key", "  region: 测试区\n", "  region: 测试区\n  regoin: x\n",
			`bad.yaml:4:3: unknown key "regoin" in meta (did you mean "region"?)`},
		{"unknown key no hint", "  region: 测试区\n", "  region: 测试区\n  colour: red\n",
			`bad.yaml:4:3: unknown key "colour" in meta (expected one of: title, region, level, year, date, speaker, occasion, issuer, source, drafted, date_unknown)`},
		{"unknown indicator key", "        unit: 亿元\n", "        unit: 亿元\n        units: 亿元\n",
			`bad.yaml:15:9: unknown key "units" in results[0].indicators[0] (did you mean "unit"?)`},
		{"missing title", "  title: 测试区2025年政府工作报告\n", "",
			`bad.yaml:2:3: meta: missing required key "title"`},
		{"missing results", "results:", "resultz:",
			"bad.yaml:1:1: the top level: missing required key \"results\"\nbad.yaml:7:1: unknown key \"resultz\" at the top level (did you mean \"results\"?)"},
		{"missing quote", "        quote: 新增家庭农牧场19家\n", "",
			`bad.yaml:18:9: results[0].indicators[1]: missing required key "quote"`},
		{"missing indicator id", "      - id: farms\n        name: 家庭农牧场", "      - name: 家庭农牧场",
			`bad.yaml:18:9: results[0].indicators[1]: missing required key "id"`},
		{"level typo", "level: district", "level: distrct",
			`bad.yaml:4:10: meta.level: "distrct" is not one of national, province, autonomous-region, municipality, city, county-city, district, county, banner, township (did you mean "district"?)`},
		{"level not a word", "level: district", "level: [district]",
			`bad.yaml:4:10: meta.level: expected one of national, province, autonomous-region, municipality, city, county-city, district, county, banner, township, got a list`},
		{"year as text", "year: 2025", "year: twenty",
			`bad.yaml:5:9: meta.year: expected a whole number, got "twenty"`},
		{"year out of range", "year: 2025", "year: 1800",
			`bad.yaml:5:9: year 1800 is out of range (expected the year the report plans for, such as 2025)`},
		{"date malformed", "date: 2025-01-20", "date: 2025/01/20",
			`bad.yaml:6:9: date "2025/01/20" is not a date (expected YYYY-MM-DD, such as 2025-01-20)`},
		{"date far from year", "date: 2025-01-20", "date: 2019-01-20",
			`bad.yaml:6:9: date 2019-01-20 is not in 2024 or 2025 (a report for 2025 is given in that year or just before)`},
		{"value as words", "value: 231.52", "value: 二百三十一",
			`bad.yaml:13:16: results[0].indicators[0].value: "二百三十一" is not a decimal number (expected digits as written, such as 231.52 or 2,431.67; a number in Chinese numerals (两成, 三千) is not encoded)`},
		{"value NaN", "value: 231.52", "value: .nan",
			`bad.yaml:13:16: results[0].indicators[0].value: .nan is not a number a report can state (expected a finite decimal such as 231.52)`},
		{"value Inf", "value: 231.52", "value: -.inf",
			`bad.yaml:13:16: results[0].indicators[0].value: -.inf is not a number a report can state (expected a finite decimal such as 231.52)`},
		{"value empty", "value: 231.52", "value:",
			`bad.yaml:13:15: results[0].indicators[0].value: expected a number such as 231.52, got nothing (null); leave the key out when the report gives no number`},
		{"value bool", "value: 231.52", "value: true",
			`bad.yaml:13:16: results[0].indicators[0].value: expected a number such as 231.52, got "true"`},
		{"value exponent", "value: 231.52", "value: 2.3152e2",
			`bad.yaml:13:16: results[0].indicators[0].value: "2.3152e2" is not a decimal number (expected digits as written, such as 231.52 or 2,431.67)`},
		{"bad thousands", "value: 4,000", "value: 40,00",
			`bad.yaml:45:20: tasks[0].items[0].figures[0].value: "40,00" is not a decimal number (expected digits as written, such as 231.52 or 2,431.67)`},
		{"negative count", "value: 19", "value: -19",
			`bad.yaml:20:16: negative count -19 家 (a count of 家 cannot be below zero)`},
		{"change kind typo", "{kind: yoy, value: 5.5}", "{kind: yony, value: 5.5}",
			`bad.yaml:16:24: results[0].indicators[0].change.kind: "yony" is not one of yoy, share, rate, pp (did you mean "yoy"?)`},
		{"change without value", "{kind: yoy, value: 5.5}", "{kind: yoy}",
			`bad.yaml:16:17: results[0].indicators[0].change: missing required key "value"`},
		{"qualifier unknown", "qualifier: 预计\n", "qualifier: 大约\n",
			`bad.yaml:15:20: qualifier "大约" is not one of 预计, 约, 余, 多, 近, 以上, 以下, 以内, 超过, 突破, 左右, 不低于, 不少于, 不超过, 超, 累计, 按可比口径, 力争, 确保, 拟, 平均, 达到, 控制在, 降至, 稳定在, 保持在, 提高至, 提升至, 缩减至, 增至, 突破至 (join several with 、)`},
		{"duplicate id", "id: farms", "id: gdp",
			`bad.yaml:18:13: duplicate id "gdp" (first used at line 11; ids are unique across the whole file)`},
		{"id with capitals", "id: farms", "id: Farms_2024",
			`bad.yaml:18:13: id "Farms_2024" has characters other than a-z, 0-9 and - (expected something like "farms-2024")`},
		{"base missing", "base: gdp", "base: gdpp",
			`bad.yaml:30:11: base "gdpp" names no indicator of the results (did you mean "gdp"?)`},
		{"growth without value", "    value: 5.8\n", "",
			`bad.yaml:24:5: target "gdp-growth" of kind growth needs a value`},
		{"growth in yuan", `unit: "%"`, `unit: 亿元`,
			`bad.yaml:28:11: a growth target is in percent (expected unit "%" or none, got "亿元"; a level it also names goes in reach: {value: …, unit: 亿元})`},
		{"qualitative with value", "    text: 居民收入增幅与经济增长速度基本同步\n", "    text: 居民收入增幅与经济增长速度基本同步\n    value: 1\n",
			`bad.yaml:36:12: a qualitative target has no value (use kind growth, level, cap or floor for a number)`},
		{"qualitative without text", "    text: 居民收入增幅与经济增长速度基本同步\n", "",
			`bad.yaml:32:5: qualitative target "income" needs text (its wording, e.g. 居民收入增幅与经济增长速度基本同步)`},
		{"target kind unknown", "kind: growth", "kind: grow",
			`bad.yaml:26:11: targets[0].kind: "grow" is not one of growth, level, cap, floor, qualitative (did you mean "growth"?)`},
		{"results not a list", "results:\n  - id: jin", "results: jin\nx:\n  - id: jin",
			"bad.yaml:7:10: results: expected a list, got \"jin\"\nbad.yaml:8:1: unknown key \"x\" at the top level (expected one of: meta, results, targets, tasks, annexes, glossary)"},
		{"meta not a mapping", "meta:\n  title:", "meta: 1\nxmeta:\n  title:",
			"bad.yaml:1:7: meta: expected a mapping of keys, got \"1\"\nbad.yaml:2:1: unknown key \"xmeta\" at the top level (did you mean \"meta\"?)"},
		{"duplicate key", "  region: 测试区\n", "  region: 测试区\n  region: 别区\n",
			`bad.yaml:4:3: duplicate key "region" in meta (first written at line 3)`},
		{"title as list", "  title: 测试区2025年政府工作报告", "  title: [a, b]",
			`bad.yaml:2:10: meta.title: expected text, got a list`},
		{"empty section", "    indicators:\n      - id: gdp", "    indicators: []\n    x:\n      - id: gdp",
			"bad.yaml:8:5: section \"jin\" has no indicators (expected at least one)\nbad.yaml:11:5: unknown key \"x\" in results[0] (expected one of: id, title, number, part, indicators)"},
		{"duplicate term", "glossary:\n", "glossary:\n  - term: 六个工程\n    definition: 别的\n",
			`bad.yaml:52:11: term "六个工程" is already explained at glossary[0]`},
		{"control character", "name: 家庭农牧场", "name: \"家庭\\x07农牧场\"",
			`bad.yaml:19:15: control character U+0007 at byte 6 (remove it; it usually comes from copy and paste)`},
		{"alias", "  region: 测试区\n", "  region: &r 测试区\n  issuer: *r\n",
			"bad.yaml:3:11: meta.region: anchors and aliases are not supported (write the value out)\nbad.yaml:4:11: meta.issuer: anchors and aliases are not supported (write the value out)"},
		{"syntax error", "  region: 测试区\n", "  region: 测试区\n bad indent\n",
			`bad.yaml:5: syntax error: mapping values are not allowed in this context`},
		{"non-UTF-8", "测试区\n", "\xb2\xe2\xca\xd4\n",
			`bad.yaml:3:11: byte 0xb2 is not UTF-8 (save the file as UTF-8; GBK/GB18030 files can be converted with iconv -f GB18030 -t UTF-8)`},
		{"two problems at once", "level: district", "level: x\n  yaer: 2025",
			"bad.yaml:4:10: meta.level: \"x\" is not one of national, province, autonomous-region, municipality, city, county-city, district, county, banner, township\nbad.yaml:5:3: unknown key \"yaer\" in meta (did you mean \"year\"?)"},
	}
	if len(tests) < 30 {
		t.Fatalf("only %d bad inputs", len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(validDoc, tt.old) {
				t.Fatalf("validDoc has no %q", tt.old)
			}
			doc := strings.Replace(validDoc, tt.old, tt.new, 1)
			_, err := Parse("bad.yaml", []byte(doc))
			if err == nil {
				t.Fatalf("no error; want\n%s", tt.want)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestSizeAndEmpty(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, data, want string }{
		{"empty", "", "big.yaml: file is empty (expected a work report with meta and results; `workreport sample` prints one to start from)"},
		{"blank", " \n\n", "big.yaml: file is empty (expected a work report with meta and results; `workreport sample` prints one to start from)"},
		{"too big", strings.Repeat("#", MaxInputSize+1), "big.yaml: file is larger than the limit of 4 MiB (a work report's data is far smaller; is this the right file?)"},
	}
	for _, tt := range tests {
		_, err := Parse("big.yaml", []byte(tt.data))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: got %v, want %s", tt.name, err, tt.want)
		}
	}
}

// TestJSONInput: the same model from JSON, with positions too.
func TestJSONInput(t *testing.T) {
	t.Parallel()
	doc := `{
	"meta": {"title": "测试", "region": "测试区", "level": "district", "year": 2025, "date": "2025-01-20"},
	"results": [{"id": "s", "title": "进", "indicators": [
		{"id": "gdp", "name": "地区生产总值", "value": 231.52, "unit": "亿元", "quote": "q", "kind": "stok"}
	]}]
}`
	_, err := Parse("r.json", []byte(doc))
	want := `r.json:4:88: results[0].indicators[0].kind: "stok" is not one of flow, stock, rank, streak, threshold, standard (did you mean "stock"?)`
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %s", err, want)
	}
	r, err := Parse("r.json", []byte(strings.Replace(doc, `"stok"`, `"stock"`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if v := r.Results[0].Indicators[0].Value.String(); v != "231.52" {
		t.Errorf("value = %s", v)
	}
}

func TestDecimal(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, str, grouped string }{
		{"231.52", "231.52", "231.52"},
		{"9.50", "9.50", "9.50"},
		{"2,431.67", "2431.67", "2,431.67"},
		{"5260.57", "5260.57", "5,260.57"},
		{"-2.7", "-2.7", "-2.7"},
		{"1234567", "1234567", "1,234,567"},
		{"0.2", "0.2", "0.2"},
	}
	for _, tt := range tests {
		d, err := ParseDecimal(tt.in)
		if err != nil {
			t.Fatalf("%s: %v", tt.in, err)
		}
		if d.String() != tt.str || d.Grouped() != tt.grouped {
			t.Errorf("%s: String %s Grouped %s; want %s %s", tt.in, d, d.Grouped(), tt.str, tt.grouped)
		}
	}
	for _, bad := range []string{"", "abc", "1,2345", "1.", ".5", "1e5", "1..2", "--1", "12,34.5"} {
		if _, err := ParseDecimal(bad); err == nil {
			t.Errorf("ParseDecimal(%q) accepted", bad)
		}
	}
	if got := MustDecimal("44.4").GrowBy(MustDecimal("15"), 2).String(); got != "51.06" {
		t.Errorf("44.4 grown 15%% = %s, want 51.06", got)
	}
}

func TestUnits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		from, to, in, want string
		ok                 bool
	}{
		{"亿元", "万元", "1.07", "10700", true},
		{"万元", "亿元", "4000", "0.4", true},
		{"万亿元", "亿元", "1.3", "13000", true},
		{"千亿元", "亿元", "3", "3000", true},
		{"万亩", "亩", "28.82", "288200", true},
		{"亿元", "亩", "1", "", false},
	}
	for _, tt := range tests {
		got, ok := Convert(MustDecimal(tt.in).Dec(), tt.from, tt.to)
		if ok != tt.ok || (ok && got.String() != tt.want) {
			t.Errorf("Convert(%s %s → %s) = %s, %v; want %s, %v", tt.in, tt.from, tt.to, got, ok, tt.want, tt.ok)
		}
	}
	if !IsCount("万户") || !IsCount("头(只)") || IsCount("亿元") || !IsMoney("万亿元") {
		t.Error("unit classes wrong")
	}
}

// jsonDoc is a valid report as JSON, on three lines.
const jsonDoc = `{"meta": {"title": "测试", "region": "测试区", "level": "district", "year": 2025, "date": "2025-01-20"},
"results": [{"id": "s", "title": "进", "indicators": [{"id": "gdp", "name": "地区生产总值", "value": 231.52, "unit": "亿元", "quote": "q"}]}]
}`

// TestOneDocument: strict loading reads one JSON object or one YAML document
// and refuses whatever follows it, at its line and column (issue 12).
func TestOneDocument(t *testing.T) {
	t.Parallel()
	const after = "(a data file holds one JSON object or one YAML document: delete everything from here to the end, or give each report a file of its own)"
	const second = "a second YAML document starts here (a data file holds one report: delete this --- and everything after it, or give each report a file of its own)"
	yamlLines := strings.Count(validDoc, "\n")
	tests := []struct{ name, file, data, want string }{
		{"JSON then garbage", "r.json", jsonDoc + " garbage", "r.json:3:3: unexpected content after the end of the report " + after},
		{"JSON then garbage on its line", "r.json", jsonDoc + "\ngarbage\n", "r.json:4:1: unexpected content after the end of the report " + after},
		{"two JSON objects", "r.json", jsonDoc + "\n" + jsonDoc, "r.json:4:1: unexpected content after the end of the report " + after},
		{"two JSON objects on one line", "r.json", `{"meta": 1} {"meta": 2}`, "r.json:1:13: unexpected content after the end of the report " + after},
		{"a closing brace too many", "r.json", jsonDoc + "}", "r.json:3:2: unexpected content after the end of the report " + after},
		{"after a comment", "r.json", jsonDoc + " # c\n  ]", "r.json:4:3: unexpected content after the end of the report " + after},
		{"quotes and brackets in strings", "r.json", strings.Replace(jsonDoc, `"q"`, `"q}]'\"{"`, 1) + "x", "r.json:3:2: unexpected content after the end of the report " + after},
		{"second YAML document", "r.yaml", validDoc + "---\nmeta: {}\n", fmt.Sprintf("r.yaml:%d:1: %s", yamlLines+1, second)},
		{"second, empty YAML document", "r.yaml", validDoc + "---\n", fmt.Sprintf("r.yaml:%d:1: %s", yamlLines+1, second)},
		{"second document after ...", "r.yaml", validDoc + "...\n---\nx: 1\n", fmt.Sprintf("r.yaml:%d:1: %s", yamlLines+2, second)},
		{"text after ...", "r.yaml", validDoc + "...\n# note\n  tail\n", fmt.Sprintf("r.yaml:%d:3: unexpected content after the end of the report %s", yamlLines+3, after)},
		{"JSON then a YAML document", "r.json", jsonDoc + "\n---\n{}", "r.json:4:1: " + second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, []byte(tt.data))
			if err == nil || err.Error() != tt.want {
				t.Errorf("got\n%v\nwant\n%s", err, tt.want)
			}
		})
	}
	// What may follow: blanks, comments, a document end marker; and a
	// document may start with ---.
	for _, ok := range []string{jsonDoc + "\n\n  \n", jsonDoc + " # end\n", validDoc + "...\n", validDoc + "...\n# end\n", "---\n" + validDoc, validDoc + "# end\n"} {
		if _, err := Parse("ok.yaml", []byte(ok)); err != nil {
			t.Errorf("%q…%q: %v", ok[:10], ok[len(ok)-10:], err)
		}
	}
}

// TestRawControlCharacters: a character no YAML or JSON file may hold is
// refused at its line and column, before parsing (issue 12).
func TestRawControlCharacters(t *testing.T) {
	t.Parallel()
	const ctl = "is not allowed in a data file (remove it; it usually comes from copy and paste)"
	tests := []struct{ name, old, new, want string }{
		{"BEL in a plain scalar", "  region: 测试区\n", "  region: 测试\a区\n", "bad.yaml:3:13: control character U+0007 " + ctl},
		{"NUL", "  region: 测试区\n", "  region: \x00\n", "bad.yaml:3:11: control character U+0000 " + ctl},
		{"BEL in double quotes", "name: 家庭农牧场", "name: \"家庭\a农牧场\"", "bad.yaml:19:18: control character U+0007 " + ctl},
		{"ESC in a comment", "results:\n", "# 注\x1b释\nresults:\n", "bad.yaml:7:4: control character U+001B " + ctl},
		{"DEL", "  region: 测试区\n", "  region: 测\x7f\n", "bad.yaml:3:12: control character U+007F " + ctl},
		{"C1 control", "  region: 测试区\n", "  region: 测\u0090\n", "bad.yaml:3:12: control character U+0090 " + ctl},
		{"after CRLF lines", "meta:\n  title: 测试区2025年政府工作报告\n", "meta:\r\n  title: 测试区2025年政府工作报告\r\n\v", "bad.yaml:3:1: control character U+000B " + ctl},
		{"noncharacter", "  region: 测试区\n", "  region: 测\uffff\n", "bad.yaml:3:12: U+FFFF is not a character (remove it; the file may be damaged, or UTF-16 read as UTF-8)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(validDoc, tt.old) {
				t.Fatalf("validDoc has no %q", tt.old)
			}
			_, err := Parse("bad.yaml", []byte(strings.Replace(validDoc, tt.old, tt.new, 1)))
			if err == nil || err.Error() != tt.want {
				t.Errorf("got\n%v\nwant\n%s", err, tt.want)
			}
		})
	}
	// A tab, CR LF line ends and U+0085 as a line break are allowed.
	for _, ok := range []string{strings.ReplaceAll(validDoc, "\n", "\r\n"), strings.Replace(validDoc, "name: 家庭农牧场", "name: 家庭农牧场\t", 1)} {
		if _, err := Parse("ok.yaml", []byte(ok)); err != nil {
			t.Errorf("refused: %v", err)
		}
	}
}

// TestControlCharactersInEveryField: an escaped control character is
// refused in each text field the audit named (issue 12), at the field.
func TestControlCharactersInEveryField(t *testing.T) {
	t.Parallel()
	const ctl = "control character U+0007 at byte 6 (remove it; it usually comes from copy and paste)"
	tests := []struct{ field, old, new, want string }{
		{"region", "  region: 测试区\n", "  region: \"测试\\a区\"\n", "bad.yaml:3:11: " + ctl},
		{"speaker", "  region: 测试区\n", "  region: 测试区\n  speaker: \"区长\\a于民\"\n", "bad.yaml:4:12: " + ctl},
		{"occasion", "  region: 测试区\n", "  region: 测试区\n  occasion: \"会议\\a上\"\n", "bad.yaml:4:13: " + ctl},
		{"issuer", "  region: 测试区\n", "  region: 测试区\n  issuer: \"政府\\a办公室\"\n", "bad.yaml:4:11: " + ctl},
		{"source", "  region: 测试区\n", "  region: 测试区\n  source: \"网站\\a\"\n", "bad.yaml:4:11: " + ctl},
		{"task summary", "    title: 坚持大抓项目\n", "    title: 坚持大抓项目\n    summary: \"抓项\\a目\"\n", "bad.yaml:40:14: " + ctl},
		{"item summary", "      - title: 完善基础强功能\n", "      - title: 完善基础强功能\n        summary: \"完善\\a\"\n", "bad.yaml:42:18: " + ctl},
		{"indicator unit", "        unit: 亿元\n", "        unit: \"亿元\\a\"\n", "bad.yaml:14:15: " + ctl},
		{"figure unit", "            unit: 万元\n", "            unit: \"万元\\a\"\n", "bad.yaml:46:19: " + ctl},
		{"qualitative target unit", "    kind: qualitative\n", "    kind: qualitative\n    unit: \"个\\a\"\n", "bad.yaml:35:11: control character U+0007 at byte 3 (remove it; it usually comes from copy and paste)"},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			if !strings.Contains(validDoc, tt.old) {
				t.Fatalf("validDoc has no %q", tt.old)
			}
			_, err := Parse("bad.yaml", []byte(strings.Replace(validDoc, tt.old, tt.new, 1)))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got\n%v\nwant\n%s", err, tt.want)
			}
		})
	}
}

// TestTextLimits: one character past its limit, a field is refused with
// the limit in the message (issue 12: a 250-character title passed and the
// workbook could not be written); at the limit it passes
// (report/pdf's TestLongestValidValuesRender renders that).
func TestTextLimits(t *testing.T) {
	t.Parallel()
	han := func(n int) string { return strings.Repeat("国", n) }
	tests := []struct{ name, old, new, want string }{
		{"title of 250", "  title: 测试区2025年政府工作报告\n", "  title: " + han(250) + "\n",
			"bad.yaml:2:10: title has 250 characters, more than its limit of 200 (shorten it: the workbook and the PDF are made for at most that)"},
		{"title of 201", "  title: 测试区2025年政府工作报告\n", "  title: " + han(201) + "\n",
			"bad.yaml:2:10: title has 201 characters, more than its limit of 200 (shorten it: the workbook and the PDF are made for at most that)"},
		{"region", "  region: 测试区\n", "  region: " + han(201) + "\n",
			"bad.yaml:3:11: region has 201 characters, more than its limit of 200 (shorten it: the workbook and the PDF are made for at most that)"},
		{"unit", "        unit: 家\n", "        unit: " + han(201) + "\n",
			"bad.yaml:21:15: unit has 201 characters, more than its limit of 200 (shorten it: the workbook and the PDF are made for at most that)"},
		{"id", "id: farms", "id: " + strings.Repeat("f", 201),
			"bad.yaml:18:13: id has 201 characters, more than its limit of 200 (shorten it: the workbook and the PDF are made for at most that)"},
		{"base", "base: gdp", "base: " + strings.Repeat("g", 201),
			"bad.yaml:30:11: base has 201 characters, more than its limit of 200 (shorten it: the workbook and the PDF are made for at most that)"},
		{"qualifier", "qualifier: 预计\n", "qualifier: " + strings.Repeat("预计、", 67) + "\n",
			"bad.yaml:15:20: qualifier has 201 characters, more than its limit of 200 (shorten it: the workbook and the PDF are made for at most that)"},
		{"quote", "quote: 新增家庭农牧场19家", "quote: " + han(5001),
			"bad.yaml:22:16: quote has 5001 characters, more than its limit of 5000 (shorten it: the workbook and the PDF are made for at most that)"},
		{"definition", "definition: 是指……", "definition: '" + strings.Repeat("0", 5001) + "'",
			"bad.yaml:51:17: definition has 5001 characters, more than its limit of 5000 (shorten it: the workbook and the PDF are made for at most that)"},
	}
	// A message quotes a long value by its start: one short line.
	tests = append(tests, struct{ name, old, new, want string }{"a long word where a year belongs", "year: 2025", "year: " + strings.Repeat("y", 5000),
		`bad.yaml:5:9: meta.year: expected a whole number, got "` + strings.Repeat("y", 40) + `…"`})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(validDoc, tt.old) {
				t.Fatalf("validDoc has no %q", tt.old)
			}
			_, err := Parse("bad.yaml", []byte(strings.Replace(validDoc, tt.old, tt.new, 1)))
			if err == nil || err.Error() != tt.want {
				t.Errorf("got\n%v\nwant\n%s", err, tt.want)
			}
		})
	}
	at := strings.NewReplacer("  title: 测试区2025年政府工作报告\n", "  title: "+han(MaxText)+"\n", "quote: 新增家庭农牧场19家", "quote: "+han(MaxLongText))
	if _, err := Parse("ok.yaml", []byte(at.Replace(validDoc))); err != nil {
		t.Errorf("at the limits: %v", err)
	}
}
