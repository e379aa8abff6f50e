package report

import (
	"testing"
)

func trackReport(region string, year int, gdp, growth string, target, qualifier string) *Report {
	d := MustDecimal
	r := &Report{Meta: Meta{Region: region, Year: year}}
	if gdp != "" {
		v := d(gdp)
		r.Results = []Section{{ID: "s", Indicators: []Indicator{{ID: "gdp", Name: "地区生产总值", Value: &v, Unit: "亿元",
			Change: &Change{Kind: ChangeYoY, Value: d(growth)}, Quote: "地区生产总值" + gdp + "亿元，增长" + growth + "%"}}}}
	}
	if target != "" {
		t := d(target)
		r.Targets = []Target{{ID: "g", Name: "地区生产总值", Kind: TargetGrowth, Value: &t, Unit: "%", Qualifier: qualifier, Quote: "地区生产总值增长" + target + "%" + qualifier}}
	}
	return r
}

func TestTracksAttainment(t *testing.T) {
	t.Parallel()
	reports := []*Report{
		trackReport("海拉尔区", 2013, "235.2", "18.5", "20", ""),
		trackReport("海拉尔区", 2014, "253.7", "10.1", "11", "左右"),
		trackReport("海拉尔区", 2015, "274.4", "10.6", "8", ""),    // 2014: 10.1 < 11 but within 左右's 0.5? no: missed by 0.9
		trackReport("海拉尔区", 2017, "303.6", "7.2", "7.5", "左右"), // 2016 missing: the 2015 target has no result
		trackReport("海拉尔区", 2018, "", "", "6", "左右"),           // states no GDP result for 2017
	}
	tr := Tracks(reports)
	if len(tr) != 1 || len(tr[0].Rows) != 5 {
		t.Fatalf("tracks %+v", tr)
	}
	want := []struct {
		year   int
		actual string
		status Status
	}{
		{2013, "10.1", StatusMissed}, // 20 → 10.1
		{2014, "10.6", StatusNearly}, // 11 左右 → 10.6: within 0.5
		{2015, "", StatusNoReport},   // no 2016 report
		{2017, "", StatusNoResult},   // the 2018 report gives no GDP result
		{2018, "", StatusNoReport},   // no 2019 report
	}
	for i, w := range want {
		a := tr[0].Rows[i]
		got := ""
		if a.Actual != nil {
			got = a.Actual.String()
		}
		if a.Year != w.year || got != w.actual || a.Status != w.status {
			t.Errorf("row %d: %d %s %s, want %d %s %s", i, a.Year, got, a.Status, w.year, w.actual, w.status)
		}
	}
}

func TestMatchNames(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		a, b        string
		same, guess bool
	}{
		{"地区生产总值", "国内生产总值", true, false},
		{"地区生产总值", "全区地区生产总值", true, false},
		{"GDP", "地区生产总值", true, false},
		{"一般公共预算收入", "地方一般公共预算收入", true, false},
		{"规模以上工业增加值", "全区规模以上工业增加值增速", true, true},
		{"固定资产投资", "社会消费品零售总额", false, false},
		{"规上工业增加值", "规模以上工业增加值", true, false},
		{"全年进出口总额", "进出口总额", true, false},
		{"城镇居民可支配收入", "城镇居民人均可支配收入", true, false},
		{"区本级固定资产投资", "区本级全社会固定资产投资额", true, false},
		{"地区生产总值", "人均地区生产总值", false, false},
	} {
		same, guess := SameIndicator(tt.a, tt.b)
		if same != tt.same || guess != tt.guess {
			t.Errorf("SameIndicator(%q, %q) = %v, %v; want %v, %v", tt.a, tt.b, same, guess, tt.same, tt.guess)
		}
	}
}

func TestJudge(t *testing.T) {
	t.Parallel()
	d := MustDecimal
	v := func(s string) *Decimal { x := d(s); return &x }
	for _, tt := range []struct {
		tg     Target
		actual string
		want   Status
	}{
		{Target{Kind: TargetGrowth, Value: v("6")}, "6.0", StatusMet},
		{Target{Kind: TargetGrowth, Value: v("6"), Qualifier: "左右"}, "5.5", StatusNearly},
		{Target{Kind: TargetGrowth, Value: v("6"), Qualifier: "左右"}, "5.4", StatusMissed},
		{Target{Kind: TargetGrowth, Value: v("6"), Qualifier: "以上"}, "5.9", StatusMissed},
		{Target{Kind: TargetCap, Value: v("5.5"), Qualifier: "以内"}, "5.2", StatusMet},
		{Target{Kind: TargetCap, Value: v("5.5"), Qualifier: "以内"}, "5.6", StatusMissed},
		{Target{Kind: TargetGrowth, Value: v("4.5"), Upper: v("5")}, "4.6", StatusMet},
		{Target{Kind: TargetLevel, Value: v("1200"), Qualifier: "左右"}, "1190", StatusNearly},
	} {
		if got := judge(tt.tg, d(tt.actual).Dec()); got != tt.want {
			t.Errorf("judge(%s%s, %s) = %s, want %s", tt.tg.Value, tt.tg.Qualifier, tt.actual, got, tt.want)
		}
	}
}
