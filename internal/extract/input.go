package extract

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"

	"github.com/workreport/workreport/internal/sourcetext"
)

// MaxText bounds a report's text as read: the longest real report is
// under 200 KB of text; a Word file or a web page is allowed more bytes.
const (
	MaxText  = 4 << 20
	maxInput = 32 << 20
)

// ReadText gives the text of a report as users have it, by its file name:
// plain text (.txt, or no extension: UTF-8, GB18030/GBK or UTF-16,
// detected; a hard-wrapped one, as pdftotext writes, joined into its
// paragraphs), a Word file (.docx) or a saved web page (.html, .htm). The
// quotes of a draft are verbatim in this text. A PDF is refused with what
// to do instead.
func ReadText(name string, data []byte) (text, enc string, err error) {
	if len(data) > maxInput {
		return "", "", fmt.Errorf("%s: %d MiB is more than a report's text (limit %d MiB)", name, len(data)>>20, maxInput>>20)
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		return "", "", fmt.Errorf("%s: a PDF's text layer cannot be read reliably for Chinese by any maintained pure-Go library; "+
			"convert it first (pdftotext -enc UTF-8 -layout %s report.txt, from poppler-utils) and extract the .txt", name, filepath.Base(name))
	case ".docx":
		text, err = docxText(data)
		enc = "docx"
	case ".html", ".htm":
		text, err = htmlText(data)
		enc = "html"
	case ".doc":
		return "", "", fmt.Errorf("%s: the old Word format is not read; save it as .docx or as text", name)
	default:
		text, enc, err = sourcetext.Decode(data)
		text = sourcetext.Unwrap(text) // a PDF's text, hard-wrapped, joined into paragraphs again
	}
	if err != nil {
		return "", enc, fmt.Errorf("%s: %w", name, err)
	}
	if len(text) > MaxText {
		return "", enc, fmt.Errorf("%s: its text is %d MiB, more than a report (limit %d MiB)", name, len(text)>>20, MaxText>>20)
	}
	return text, enc, nil
}

// docxText is the text of a Word file's body: a line per paragraph, tabs
// and breaks kept.
func docxText(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("not a .docx file (%v)", err)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
		}
	}
	if doc == nil {
		return "", errors.New("not a .docx file: it has no word/document.xml")
	}
	rc, err := doc.Open()
	if err != nil {
		return "", err
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, MaxText*4))
	var b strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("word/document.xml: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	return b.String(), nil
}

// blocks are the elements that begin a new line of text.
var blocks = map[string]bool{"p": true, "div": true, "br": true, "li": true, "tr": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "section": true, "article": true, "table": true, "td": false, "title": true, "center": true}

// htmlText is the visible text of a saved web page: scripts, styles and
// navigation dropped, a line per block. Its encoding is read like a text
// file's (UTF-8, GB18030, UTF-16), which covers what Chinese sites serve.
func htmlText(data []byte) (string, error) {
	decoded, _, err := sourcetext.Decode(data)
	if err != nil {
		return "", err
	}
	root, err := html.Parse(strings.NewReader(decoded))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "nav", "header", "footer", "iframe", "select", "button", "head":
				return
			}
			if blocks[n.Data] {
				b.WriteByte('\n')
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blocks[n.Data] {
			b.WriteByte('\n')
		}
	}
	walk(root)
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if t := strings.TrimSpace(l); t != "" && !photoCaption(t) {
			lines = append(lines, t)
		}
	}
	return strings.Join(lines, "\n") + "\n", nil
}

// photoCaption tells a picture's caption line on a news page.
func photoCaption(t string) bool {
	return strings.HasPrefix(t, "图为") || strings.HasPrefix(t, "（图") || strings.HasSuffix(t, "摄") && len([]rune(t)) < 30
}
