package batch

import (
	"fmt"
	"path"
	"strings"
	"unicode/utf8"
)

// maxNameBytes bounds one part of an output's name. With the extension
// and the temporary file's dots and random digits (".name.xlsx.123456.tmp")
// it stays under the 255 bytes a file name may have.
const maxNameBytes = 200

// maxOutBytes bounds an output's whole path under the output folder.
const maxOutBytes = 3000

// safeBase turns one part of an input's name into a part of an output's
// name that cannot leave the output folder or confuse a shell: no
// separators, no leading dots or spaces, no control or reserved
// characters, valid UTF-8, at most maxNameBytes, cut between characters.
func safeBase(name string) (string, error) {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r == '/' || r == '\\' || r < 0x20 || r == 0x7f:
			b.WriteByte('_')
		case r == ':' || r == '*' || r == '?' || r == '"' || r == '<' || r == '>' || r == '|':
			b.WriteByte('_')
		default:
			b.WriteRune(r) // an invalid byte becomes U+FFFD
		}
	}
	s := strings.TrimLeft(b.String(), ". ")
	if s == "" {
		return "", fmt.Errorf("input name %q gives no usable output name; rename it", name)
	}
	if len(s) > maxNameBytes {
		cut := maxNameBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return s, nil
}

// outputName is where the outputs of the input named rel (slash-separated,
// relative to the folder or glob root it was found under) go, relative to
// the output folder and without extension: the output folder mirrors the
// input tree, so a.yaml and sub/a.yaml make a.pdf and sub/a.pdf, and the
// shards of one run, whose inputs differ in their names, never write the
// same file.
func outputName(rel string) (string, error) {
	parts := strings.Split(path.Clean("/" + rel)[1:], "/")
	last := parts[len(parts)-1]
	parts[len(parts)-1] = strings.TrimSuffix(last, path.Ext(last))
	for i, p := range parts {
		s, err := safeBase(p)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	out := strings.Join(parts, "/")
	if len(out) > maxOutBytes {
		return "", fmt.Errorf("%s: its folders are nested too deep for an output name (%d bytes; at most %d)", rel, len(out), maxOutBytes)
	}
	return out, nil
}

// shardKey is what decides an input's shard, and what two inputs must not
// share: its output name, without regard to case (a.yaml and A.json write
// the same files on a case-insensitive file system). Inputs that would
// write the same outputs thus always fall in one shard, where claimOutputs
// refuses the second before anything is written.
func shardKey(out string) string { return strings.ToLower(out) }
