package report

import _ "embed"

// SchemaJSON is the JSON Schema of a data file, for editors to complete and
// check YAML and JSON as it is typed (with the YAML language server, put
// `# yaml-language-server: $schema=workreport.schema.json` on the first line).
// It is generated from the Go types, with their doc comments as
// descriptions, by `go generate ./report` (which runs the test
// TestSchemaUpToDate with -update); the same test fails when the types and
// the file drift apart. The generator lives in a test file so that the
// reflection library is never linked into a program that uses this package.
//
//go:generate go test -run ^TestSchemaUpToDate$ -update
//go:embed workreport.schema.json
var SchemaJSON []byte

// SchemaID names the schema.
const SchemaID = "https://github.com/workreport/workreport/report/workreport.schema.json"
