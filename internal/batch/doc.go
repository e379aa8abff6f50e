// Package batch turns inputs into outputs: it finds the data files, loads
// each one (YAML, JSON, or a workbook this tool wrote), hands the model to
// the renderers and writes what they make, atomically, under one output
// folder. `workreport generate` is a batch of a few files; `workreport
// batch` is the same machinery over a whole tree, in parallel, with shards
// for a cluster, a run summary for schedulers and incremental skipping.
//
// Everything a run decides is independent of the parallelism and of the
// clock: inputs are processed in sorted order of their names, each output's
// bytes depend only on its input and the document date the caller passes
// in, and the run summary is written in input order.
package batch
