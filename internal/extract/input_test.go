package extract

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

const para1, para2 = "海拉尔区2025年政府工作报告", "地区生产总值预计完成231.52亿元,同比增长5.5%。"

func docx(t *testing.T, paras ...string) []byte {
	var body strings.Builder
	for _, p := range paras {
		body.WriteString(`<w:p><w:r><w:t>` + p + `</w:t></w:r></w:p>`)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadText(t *testing.T) {
	t.Parallel()
	gb, _ := simplifiedchinese.GB18030.NewEncoder().String(para1 + "\r\n" + para2 + "\r\n")
	page := `<html><head><title>x</title><script>var a=1;</script></head><body><div class="nav">下载 打印 全屏 收藏</div>` +
		`<p>` + para1 + `</p><p>` + para2 + `</p><p>图为会议现场</p></body></html>`
	for _, tt := range []struct {
		name string
		data []byte
		want []string // lines the text must have
		err  string
	}{
		{"r.txt", []byte(para1 + "\n" + para2 + "\n"), []string{para1, para2}, ""},
		{"r-gb.txt", []byte(gb), []string{para1, para2}, ""},
		{"r.docx", docx(t, para1, para2), []string{para1, para2}, ""},
		{"r.html", []byte(page), []string{para1, para2}, ""},
		{"r.pdf", []byte("%PDF-1.4"), nil, "pdftotext -enc UTF-8"},
		{"r.doc", []byte("x"), nil, "save it as .docx"},
		{"bad.docx", []byte("not a zip"), nil, "not a .docx file"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, _, err := ReadText(tt.name, tt.data)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one saying %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(text, "\n")
			for _, w := range tt.want {
				found := false
				for _, l := range lines {
					found = found || strings.TrimSpace(l) == w
				}
				if !found {
					t.Errorf("no line %q in %q", w, text)
				}
			}
			if strings.Contains(text, "var a") || strings.Contains(text, "图为") {
				t.Errorf("scripts or captions left in: %q", text)
			}
		})
	}
}

// TestHardTexts: texts made hard on purpose still give the facts.
func TestHardTexts(t *testing.T) {
	t.Parallel()
	body := "一、2024年工作回顾\n（一）经济运行稳中有进。地区生产总值预计完成231.52亿元,同比增长5.5%;固定资产投资完成44.4亿元,同比增长1.2%。\n二、2025年主要工作\n今年经济社会发展的主要预期目标是:地区生产总值增长5.8%左右。\n"
	for _, tt := range []struct{ name, text string }{
		{"as published", "海拉尔区2025年政府工作报告\n——2025年1月20日在海拉尔区第十六届人民代表大会第五次会议上\n海拉尔区人民政府区长 于 民\n各位代表:\n" + body},
		{"spaced title and CRLF removed by decoding", "政 府 工 作 报 告\n——2025年1月20日在海拉尔区第十六届人民代表大会第五次会议上\n海拉尔区人民政府区长　　于民\n各位代表：\n" + body},
		{"page furniture", "您现在所在的位置: 网站首页\n索引号: 1115\n海拉尔区2025年政府工作报告\n发布时间:2025-01-20 来源:区政府\n——2025年1月20日在海拉尔区第十六届人民代表大会第五次会议上\n海拉尔区人民政府区长 于民\n各位代表:\n" + body},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Extract(tt.text)
			r := &d.Report
			if r.Meta.Region != "海拉尔区" || r.Meta.Year != 2025 || r.Meta.Date != "2025-01-20" || r.Meta.Level != "district" {
				t.Errorf("meta %+v", r.Meta)
			}
			if len(r.Results) != 1 || len(r.Results[0].Indicators) != 2 {
				t.Fatalf("results %+v", r.Results)
			}
			gdp := r.Results[0].Indicators[0]
			if gdp.Name != "地区生产总值" || gdp.Value.String() != "231.52" || gdp.Unit != "亿元" || gdp.Qualifier != "预计" ||
				gdp.Change == nil || gdp.Change.Value.String() != "5.5" {
				t.Errorf("GDP %+v", gdp)
			}
			if len(r.Targets) != 1 || r.Targets[0].Base != gdp.ID || r.Targets[0].Qualifier != "左右" {
				t.Errorf("targets %+v", r.Targets)
			}
		})
	}
}
