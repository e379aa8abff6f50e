// Package extract drafts the data of a work report from its text: the
// meta lines, the review's facts by section (with their periods), this
// year's targets with their bases, the planned tasks' figures, the annexes
// and the glossary. Every number of the text is held by a record with its
// clause as quote, or listed as skipped with the reason (a year, a date, an
// ordinal, part of a name, the title block). The draft is a starting point
// for a person: its comments mark what to check.
//
// The rules are patterns that recur across reports, never single
// sentences, and the same text always gives the same draft. A text goes
// through them in this order:
//
//   - input.go reads the file (plain text in any of its encodings, .docx,
//     a saved web page) into lines;
//   - extract.go reads the title block, then the outline: parts (一、) by
//     what their titles say (review, targets, tasks, the next plan), sections
//     (（一）, 一是, short lines, paragraphs that each open the same way), and
//     where the review turns from the year to the five years and on to the
//     next plan;
//   - facts.go reads a paragraph's sentences and clauses: each number with
//     its unit and qualifiers, what is not a quantity, changes and shares,
//     ranges, from→to, targets and their goals, rates in a plan;
//   - names.go names each fact from the words around its number, lists.go
//     the things of a list that share numbers (分别, 均, 、);
//   - account.go lists every number no record holds; checks.go keeps the
//     comments for a person on their records while empty sections and
//     refused records are dropped;
//   - draft.go and node.go write the draft as YAML; score.go compares a
//     draft with hand-made data of the same text (extract --against).
//
// docs/extract.md keeps the scores, on the hand-made samples and on
// excerpts labelled from the data guide alone, some of them held out.
package extract
