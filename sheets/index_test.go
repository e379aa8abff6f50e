package sheets

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/workreport/workreport/report"
)

// TestIndexCells: what the comparison shows of one report's headlines of
// one indicator — qualifiers in Chinese word order, amounts in the
// column's unit with the report's own figure beside, every target kept —
// as shown text and as the number the cell holds (the chart draws it).
func TestIndexCells(t *testing.T) {
	t.Parallel()
	grain := report.Headline{Name: "粮食产量", Value: dec("840"), Unit: "亿斤", Qualifier: "超过"}
	for _, tt := range []struct {
		name  string
		unit  string // the column's
		hs    []report.Headline
		shown [3]string
		num   float64 // of the target cell; -1 for a text cell
	}{
		{"a qualifier before the amount", "亿斤",
			[]report.Headline{{Name: "粮食产量", TargetKind: report.TargetLevel, Target: dec("840"), TargetUnit: "亿斤", TargetQualifier: "超过"}},
			[3]string{"", "", "超过840亿斤"}, 840},
		{"before the verb and after the rate", "亿元",
			[]report.Headline{{Name: "一般公共预算收入", Value: dec("9.5"), Unit: "亿元", Growth: dec("11.04"), TargetKind: report.TargetGrowth,
				Target: dec("6"), TargetUnit: "%", TargetQualifier: "按可比口径、左右"}},
			[3]string{"9.5", "11.04%", "按可比口径增长6%左右"}, 0.06},
		{"a fall says 下降", "%",
			[]report.Headline{{Name: "单位国内生产总值能耗", Growth: dec("-3"), TargetKind: report.TargetGrowth, Target: dec("-3"), TargetUnit: "%", TargetQualifier: "左右"}},
			[3]string{"", "-3%", "下降3%左右"}, -0.03},
		{"a cap in percent", "%",
			[]report.Headline{{Name: "城镇调查失业率", Value: dec("5.1"), Unit: "%", Qualifier: "平均", TargetKind: report.TargetCap, Target: dec("5"), TargetUnit: "%", TargetQualifier: "以内"}},
			[3]string{"平均5.1%", "", "5%以内"}, 0.05},
		{"the value's qualifier, inside after 万", "万亩",
			[]report.Headline{{Name: "粮食播种面积", Value: dec("28.82"), Unit: "万亩", Qualifier: "余", TargetKind: report.TargetFloor, Target: dec("24"), TargetUnit: "万亩", TargetQualifier: "确保、以上"}},
			[3]string{"28.82余", "", "确保24万亩以上"}, 24},
		{"a target converted to the column's unit, the report's beside", "亿斤",
			[]report.Headline{{Name: "粮食产量", Value: dec("1.4"), Unit: "万亿斤", TargetKind: report.TargetLevel, Target: dec("1.4"), TargetUnit: "万亿斤", TargetQualifier: "左右"}},
			[3]string{"14,000（1.4万亿斤）", "", "14,000亿斤左右（1.4万亿斤）"}, 14000},
		{"a unit that does not convert stays", "亿斤",
			[]report.Headline{{Name: "粮食产量", TargetKind: report.TargetLevel, Target: dec("5"), TargetUnit: "个百分点"}},
			[3]string{"", "", "5个百分点"}, 5},
		{"a range keeps its upper end", "亿元",
			[]report.Headline{{Name: "地区生产总值", Growth: dec("3.9"), TargetKind: report.TargetGrowth, Target: dec("4.5"), TargetUpper: dec("5"), TargetUnit: "%"}},
			[3]string{"", "3.9%", "增长4.5%—5%"}, 0.045},
		{"a rate and a level: both halves", "亿元",
			[]report.Headline{{Name: "一般公共预算收入", TargetKind: report.TargetGrowth, Target: dec("7.5"), TargetUnit: "%",
				TargetReach: &report.Amount{Value: report.MustDecimal("309"), Unit: "亿元"}}},
			[3]string{"", "", "增长7.5%，达到309亿元"}, 0.075},
		{"the reach converted too", "万元",
			[]report.Headline{{Name: "一般公共预算收入", TargetKind: report.TargetGrowth, Target: dec("7.5"), TargetUnit: "%",
				TargetReach: &report.Amount{Value: report.MustDecimal("3.09"), Unit: "亿元", Qualifier: "达到、左右"}}},
			[3]string{"", "", "增长7.5%，达到30,900万元左右（3.09亿元）"}, -1}, // too wide to show as a number: text
		{"two targets of one name: both", "亿斤",
			[]report.Headline{
				{Name: "粮食产量", Value: grain.Value, Unit: grain.Unit, Qualifier: grain.Qualifier, TargetKind: report.TargetLevel, Target: dec("850"), TargetUnit: "亿斤", TargetQualifier: "以上"},
				{Name: "粮食产量", Value: grain.Value, Unit: grain.Unit, Qualifier: grain.Qualifier, TargetKind: report.TargetGrowth, Target: dec("1"), TargetUnit: "%"},
				{Name: "粮食产量", TargetKind: report.TargetGrowth, Target: dec("1"), TargetUnit: "%"}, // said twice: once
			},
			[3]string{"超过840", "", "850亿斤以上；增长1%"}, 850},
		{"the national name shares the column", "亿元",
			[]report.Headline{{Name: "国内生产总值", Value: dec("134.9"), Unit: "万亿元", Growth: dec("5"), TargetKind: report.TargetGrowth, Target: dec("5"), TargetUnit: "%", TargetQualifier: "左右"}},
			[3]string{"1,349,000（134.9万亿元）", "5%", "增长5%左右"}, 0.05},
	} {
		t.Run(tt.name, func(t *testing.T) {
			name := headlineName(tt.hs[0].Name)
			cells := indexCells(tt.hs, indexColumn{name: name, unit: tt.unit})
			for i, c := range cells {
				if c.shown != tt.shown[i] {
					t.Errorf("cell %d shows %q, want %q", i, c.shown, tt.shown[i])
				}
				if c.kind == cellNumber && strings.Count(c.style.numFmt, `"`)%2 != 0 {
					t.Errorf("cell %d: unbalanced number format %s", i, c.style.numFmt)
				}
			}
			if c := cells[2]; tt.num == -1 && c.kind != cellText {
				t.Errorf("target cell is of kind %d, want text (a number that wide shows ###)", c.kind)
			} else if tt.num != -1 && (c.kind != cellNumber || c.num != tt.num) {
				t.Errorf("target cell holds %v (kind %d), want the number %v; format %s", c.num, c.kind, tt.num, c.style.numFmt)
			}
			if c := cells[0]; c.shown != "" && c.kind != cellNumber {
				t.Errorf("value cell is of kind %d, want a number", c.kind)
			}
			for i, c := range cells {
				if c.kind == cellNumber && longestLine(c.shown)+2 > indexTargetWidth {
					t.Errorf("cell %d: a number showing %q is wider than its column: ###", i, c.shown)
				}
			}
		})
	}
}

// TestIndexTargetFormats: the number formats say what the shown text says,
// in both of a growth target's sections (增长 and 下降), with no empty
// literals.
func TestIndexTargetFormats(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		h    report.Headline
		unit string
		want string
	}{
		{report.Headline{TargetKind: report.TargetGrowth, Target: dec("6"), TargetUnit: "%", TargetQualifier: "按可比口径、左右"}, "亿元",
			`"按可比口径增长"0%"左右";"按可比口径下降"0%"左右"`},
		{report.Headline{TargetKind: report.TargetGrowth, Target: dec("6.5"), TargetUnit: "%"}, "亿元", `"增长"0.0%;"下降"0.0%`},
		{report.Headline{TargetKind: report.TargetLevel, Target: dec("840"), TargetUnit: "亿斤", TargetQualifier: "超过"}, "亿斤", `"超过"#,##0"亿斤"`},
		{report.Headline{TargetKind: report.TargetLevel, Target: dec("1.4"), TargetUnit: "万亿斤", TargetQualifier: "左右"}, "亿斤",
			`#,##0"亿斤左右（1.4万亿斤）"`},
	} {
		if got := indexTarget(tt.h, tt.unit).style.numFmt; got != tt.want {
			t.Errorf("%+v: format %s, want %s", tt.h, got, tt.want)
		}
	}
}

// TestIndexRowsAndChart: rows are labelled region and year and show the
// level's own name; the chart is on a sheet of its own, printed whole,
// and the comparison's print area is its table.
func TestIndexRowsAndChart(t *testing.T) {
	t.Parallel()
	gdp := func(growth, target string) []report.Headline {
		return []report.Headline{{Name: "地区生产总值", Growth: dec(growth), TargetKind: report.TargetGrowth, Target: dec(target), TargetUnit: "%"}}
	}
	rows := []IndexRow{
		{Input: "national.yaml", Region: "中华人民共和国", Level: report.LevelNational, Year: 2025, Headlines: gdp("5", "5")},
		{Input: "nmg.yaml", Region: "内蒙古自治区", Level: report.LevelAutonomous, Year: 2025, Headlines: gdp("5.8", "5.5")},
		{Input: "beijing.yaml", Region: "北京市", Level: report.LevelMunicipality, Year: 2026, Headlines: gdp("5.4", "5")},
		{Input: "hailar-2018.yaml", Region: "海拉尔区", Level: report.LevelDistrict, Year: 2018, Headlines: gdp("7", "6")},
		{Input: "hailar-2025.yaml", Region: "海拉尔区", Level: report.LevelDistrict, Year: 2025, Headlines: gdp("5.5", "5.8")},
	}
	var buf bytes.Buffer
	if err := WriteIndex(&buf, slices.Values(rows), Options{}); err != nil {
		t.Fatal(err)
	}
	book := buf.Bytes()
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := f.GetRows(sheetIndex, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]string{{"中华人民共和国2025年", "全国"}, {"内蒙古自治区2025年", "自治区"}, {"北京市2026年", "直辖市"}, {"海拉尔区2018年", "区"}, {"海拉尔区2025年", "区"}}
	for i, w := range want {
		if len(got) <= i+1 || got[i+1][0] != w[0] || got[i+1][1] != w[1] {
			t.Errorf("row %d: %q, want %q", i+2, got[min(i+1, len(got)-1)], w)
		}
	}
	if sheets := f.GetSheetList(); !slices.Equal(sheets, []string{sheetIndex, sheetIndexDetails, sheetIndexChart}) {
		t.Errorf("sheets %q", sheets)
	}
	for sheet, wantArea := range map[string]string{sheetIndex: "'对比'!$A$1:$H$6", sheetIndexChart: "'图表'!$A$1:$G$19"} {
		area := ""
		for _, n := range f.GetDefinedName() {
			if n.Name == "_xlnm.Print_Area" && n.Scope == sheet {
				area = n.RefersTo
			}
		}
		if area != wantArea {
			t.Errorf("%s prints %q, want %q", sheet, area, wantArea)
		}
	}
	for sheet, want := range map[string]int{sheetIndex: 0, sheetIndexDetails: 0, sheetIndexChart: 1} {
		if charts := chartsOn(t, book, f, sheet); charts != want {
			t.Errorf("%s has %d charts, want %d", sheet, charts, want)
		}
	}
}

// chartsOn counts the drawings a sheet links to (each holds the chart).
func chartsOn(t *testing.T, book []byte, f *excelize.File, sheet string) int {
	t.Helper()
	idx, err := f.GetSheetIndex(sheet)
	if err != nil {
		t.Fatal(err)
	}
	part := "xl/worksheets/sheet" + string(rune('1'+idx)) + ".xml"
	return strings.Count(readZipPart(t, book, part), "<drawing ")
}

// TestCompareIndexRows: national first, then province, autonomous region,
// municipality … (report.Level.Rank), then region, then year.
func TestCompareIndexRows(t *testing.T) {
	t.Parallel()
	rows := []IndexRow{
		{Region: "海拉尔区", Level: report.LevelDistrict, Year: 2025},
		{Region: "北京市", Level: report.LevelMunicipality, Year: 2026},
		{Region: "海拉尔区", Level: report.LevelDistrict, Year: 2018},
		{Region: "广东省", Level: report.LevelProvince, Year: 2026},
		{Region: "内蒙古自治区", Level: report.LevelAutonomous, Year: 2025},
		{Region: "中华人民共和国", Level: report.LevelNational, Year: 2025},
		{Region: "呼伦贝尔市", Level: report.LevelCity, Year: 2025},
	}
	slices.SortStableFunc(rows, CompareIndexRows)
	var got []string
	for _, r := range rows {
		got = append(got, rowLabel(r))
	}
	want := []string{"中华人民共和国2025年", "广东省2026年", "内蒙古自治区2025年", "北京市2026年", "呼伦贝尔市2025年", "海拉尔区2018年", "海拉尔区2025年"}
	if !slices.Equal(got, want) {
		t.Errorf("order\n got: %q\nwant: %q", got, want)
	}
}

// TestIndexColumnUnit: a column's unit is the smallest its values and its
// targets' levels convert to, so 1.4万亿斤 beside 840亿斤 is in 亿斤.
func TestIndexColumnUnit(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		rows [][]report.Headline
		want string
	}{
		{"a target's unit counts", [][]report.Headline{
			{{Name: "粮食产量", Value: dec("1.4"), Unit: "万亿斤", TargetKind: report.TargetLevel, Target: dec("1.4"), TargetUnit: "万亿斤"}},
			{{Name: "粮食产量", TargetKind: report.TargetLevel, Target: dec("840"), TargetUnit: "亿斤", TargetQualifier: "超过"}},
		}, "亿斤"},
		{"so does a reach's", [][]report.Headline{
			{{Name: "一般公共预算收入", Value: dec("3"), Unit: "亿元", TargetKind: report.TargetGrowth, Target: dec("6"), TargetUnit: "%"}},
			{{Name: "一般公共预算收入", TargetKind: report.TargetGrowth, Target: dec("7.5"), TargetUnit: "%", TargetReach: &report.Amount{Value: report.MustDecimal("9000"), Unit: "万元"}}},
		}, "万元"},
		{"a percentage target's does not", [][]report.Headline{
			{{Name: "城镇新增就业", Value: dec("1256"), Unit: "万人", TargetKind: report.TargetGrowth, Target: dec("1"), TargetUnit: "%"}},
			{{Name: "城镇新增就业", TargetKind: report.TargetLevel, Target: dec("110"), TargetUnit: "万人"}},
		}, "万人"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rows := func(yield func(IndexRow) bool) {
				for i, hs := range tt.rows {
					if !yield(IndexRow{Region: strings.Repeat("某", i+1), Headlines: hs}) {
						return
					}
				}
			}
			scan := scanIndex(rows)
			if len(scan.cols) != 1 || scan.cols[0].unit != tt.want {
				t.Errorf("columns %+v, want one in %s", scan.cols, tt.want)
			}
		})
	}
}
