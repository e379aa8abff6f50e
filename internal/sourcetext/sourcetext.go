// Package sourcetext reads the text of a report as users have it: UTF-8
// with or without a byte-order mark, UTF-16 with one, or GB18030/GBK as
// Chinese Windows saves it, and gives it back as UTF-8 with Unix line ends.
package sourcetext

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	unicodeenc "golang.org/x/text/encoding/unicode"
)

// Decode detects the encoding of data and returns its text as UTF-8, with
// CRLF and CR line ends made LF, and the name of the encoding found.
func Decode(data []byte) (text, enc string, err error) {
	var dec *encoding.Decoder
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data, enc = data[3:], "UTF-8 (with BOM)"
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		dec, enc = unicodeenc.UTF16(unicodeenc.LittleEndian, unicodeenc.ExpectBOM).NewDecoder(), "UTF-16LE"
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		dec, enc = unicodeenc.UTF16(unicodeenc.BigEndian, unicodeenc.ExpectBOM).NewDecoder(), "UTF-16BE"
	case utf8.Valid(data):
		enc = "UTF-8"
	default:
		dec, enc = simplifiedchinese.GB18030.NewDecoder(), "GB18030"
	}
	if dec != nil {
		out, derr := dec.Bytes(data)
		if derr != nil {
			return "", enc, fmt.Errorf("not %s text: %v", enc, derr)
		}
		data = out
	}
	text = strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.ContainsRune(text, 0) || enc == "GB18030" && !mostlyText(text) {
		return "", enc, errors.New("not a text file (expected a report's text in UTF-8, GB18030/GBK or UTF-16)")
	}
	return text, enc, nil
}

// mostlyText reports whether a decoding gave text: letters, digits,
// punctuation and spaces, with few control or private-use characters, as a
// binary file read as GB18030 would give.
func mostlyText(s string) bool {
	bad, n := 0, 0
	for _, r := range s {
		n++
		if r == utf8.RuneError || unicode.Is(unicode.Co, r) || unicode.IsControl(r) && r != '\n' && r != '\t' {
			bad++
		}
	}
	return n == 0 || bad*50 < n
}
