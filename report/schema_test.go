package report

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files and the shipped schema")

// TestSchemaUpToDate keeps workreport.schema.json in step with the Go types:
// it regenerates the schema from the source (with doc comments as
// descriptions) and compares it with the embedded file.
func TestSchemaUpToDate(t *testing.T) {
	r := newSchemaReflector()
	if err := r.AddGoComments("github.com/workreport/workreport/report", "."); err != nil {
		t.Fatal(err)
	}
	got, err := generateSchema(r)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("workreport.schema.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, SchemaJSON) {
		t.Fatalf("workreport.schema.json is out of date with the Go types; run: go test ./report -run SchemaUpToDate -update")
	}
}
