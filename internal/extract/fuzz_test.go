package extract

import (
	"os"
	"testing"

	"github.com/workreport/workreport/report"
)

// FuzzExtract: any text drafts without a panic into a file that loads.
func FuzzExtract(f *testing.F) {
	f.Add("海拉尔区2025年政府工作报告\n——2025年1月20日在会议上\n海拉尔区人民政府区长 于民\n各位代表:\n一、2024年工作回顾\n（一）经济。地区生产总值预计完成231.52亿元,同比增长5.5%。\n")
	f.Add("二、2025年主要工作\n今年主要预期目标是:地区生产总值增长5.8%左右;失业率控制在5.5%以内。\n附件\n民生实事\n一、托育。新增托位1万个。\n名词解释\n1.六个工程:是指……\n")
	f.Add("１２３４５６，７８．９％增长")
	f.Fuzz(func(t *testing.T, text string) {
		d := Extract(text)
		out, err := d.YAML("fuzz.txt")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := report.Parse("fuzz.yaml", out); err != nil {
			t.Fatalf("the draft does not load: %v\n%s", err, out)
		}
	})
}

// FuzzReadText: any bytes under any of the names are read or refused,
// never a panic.
func FuzzReadText(f *testing.F) {
	f.Add("r.txt", []byte("海拉尔区"))
	f.Add("r.html", []byte("<p>海拉尔区</p><script>x</script>"))
	f.Add("r.docx", docxSeed())
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		ReadText(name, data)
	})
}

func docxSeed() []byte {
	data, _ := os.ReadFile("testdata/seed.docx")
	return data
}

// BenchmarkExtract drafts the Hailar 2025 text: the issue asks ≤ 50 ms a
// report in-process.
func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile("../../samples/testdata/seeds/guangdong-2026.txt")
	if err != nil {
		b.Skip(err)
	}
	text := string(data)
	b.ReportAllocs()
	for b.Loop() {
		d := Extract(text)
		if _, err := d.YAML("x.txt"); err != nil {
			b.Fatal(err)
		}
	}
}
