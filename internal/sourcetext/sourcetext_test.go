package sourcetext

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	t.Parallel()
	const want = "海拉尔区2025年政府工作报告\n地区生产总值231.52亿元，同比增长5.5%。\n"
	gb, _ := simplifiedchinese.GB18030.NewEncoder().String(strings.ReplaceAll(want, "\n", "\r\n"))
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(want)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(want)
	for _, tt := range []struct {
		name, data, enc string
	}{
		{"utf-8", want, "UTF-8"},
		{"utf-8 with bom", "\xef\xbb\xbf" + want, "UTF-8 (with BOM)"},
		{"gb18030 with crlf", gb, "GB18030"},
		{"utf-16le", u16, "UTF-16LE"},
		{"utf-16be", u16be, "UTF-16BE"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode([]byte(tt.data))
			if err != nil || got != want || enc != tt.enc {
				t.Errorf("Decode = %q, %q, %v; want %q, %q", got, enc, err, want, tt.enc)
			}
		})
	}
	if _, _, err := Decode([]byte("\x00\x01\x02\xff\xfe\x00binary")); err == nil {
		t.Error("binary data decoded as text")
	}
}

// TestReportsAsFound decodes the reports users brought, one of them in
// GB18030 as found (../shared/reports, beside the project).
func TestReportsAsFound(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../../../shared/reports/hailar-2017-gb18030.txt")
	if err != nil {
		t.Skip("the shared reports are not beside this checkout")
	}
	text, enc, err := Decode(data)
	if err != nil || enc != "GB18030" || !strings.Contains(text, "海拉尔") || strings.Contains(text, "\r") {
		t.Fatalf("Decode: %s, %v, contains 海拉尔 %v", enc, err, strings.Contains(text, "海拉尔"))
	}
}

// FuzzDecode: any bytes decode to valid UTF-8 without CR, or are refused.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("海拉尔区\r\n"))
	f.Add([]byte{0xff, 0xfe, 0x77, 0x6d})
	f.Add([]byte{0xba, 0xa3, 0xc0, 0xad})
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := Decode(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) || strings.Contains(text, "\r") {
			t.Fatalf("Decode gave %q", text)
		}
	})
}
