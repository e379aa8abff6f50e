package batch

import (
	"encoding/json"
	"testing"

	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/samples"
)

// TestSpoolKeepsHeadlines: every sample's headlines come back from the
// spool as they went in, digits as written (their JSON is the same bytes),
// and a truncated or damaged record is an error, not a panic or a guess.
func TestSpoolKeepsHeadlines(t *testing.T) {
	t.Parallel()
	spool, err := openSpool(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer spool.close()
	var scratch []byte
	for _, name := range samples.Names() {
		r, err := samples.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		hs := r.Headlines()
		hs = append(hs, report.Headline{Name: "空", TargetKind: report.TargetQualitative},
			report.Headline{Name: "负值", Value: ptr(report.MustDecimal("-0.50")), Growth: ptr(report.MustDecimal("-3"))},
			report.Headline{Name: "区间与水平", Value: ptr(report.MustDecimal("840")), Unit: "亿斤", Qualifier: "超过", TargetKind: report.TargetGrowth,
				Target: ptr(report.MustDecimal("4.5")), TargetUpper: ptr(report.MustDecimal("5.0")), TargetUnit: "%",
				TargetReach: &report.Amount{Value: report.MustDecimal("309"), Unit: "亿元", Qualifier: "左右"}})
		ref, err := spool.putHeadlines(hs)
		if err != nil {
			t.Fatal(err)
		}
		var got []report.Headline
		if got, scratch, err = spool.getHeadlines(ref, scratch); err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(hs)
		if back, _ := json.Marshal(got); string(back) != string(want) {
			t.Errorf("%s: headlines changed in the spool\n got: %s\nwant: %s", name, back, want)
		}
		record := appendHeadlines(nil, hs)
		for cut := 0; cut < len(record); cut++ {
			if _, err := decodeHeadlines(record[:cut]); err == nil {
				t.Fatalf("%s: a record cut to %d of %d bytes decoded", name, cut, len(record))
			}
		}
		damaged := append([]byte(nil), record...)
		damaged[len(damaged)/2] ^= 0xff
		decodeHeadlines(damaged) // must not panic
	}
	if hs, _, err := spool.getHeadlines(spoolRef{}, nil); hs != nil || err != nil {
		t.Errorf("the zero ref gives %v, %v; want no headlines", hs, err)
	}
}

func ptr[T any](v T) *T { return &v }
