package extract

import (
	"fmt"
	"sort"
	"strings"
)

// The draft's checks are keyed by the path of the field they mark
// (results[2].indicators[5].name), but tidy drops empty sections and
// repair drops refused records, which moves the records after them: a
// check keyed by path would then mark a neighbour. So around those steps
// the checks are keyed by the record's id (i87.name) and put back.

// recordPaths gives each record of the draft its path and id.
func (x *extractor) recordPaths() map[string]string {
	paths := map[string]string{}
	for i, s := range x.r.Results {
		for j, in := range s.Indicators {
			paths[fmt.Sprintf("results[%d].indicators[%d]", i, j)] = in.ID
		}
	}
	for i, t := range x.r.Targets {
		paths[fmt.Sprintf("targets[%d]", i)] = t.ID
	}
	for i, t := range x.r.Tasks {
		for j, it := range t.Items {
			for k, f := range it.Figures {
				paths[fmt.Sprintf("tasks[%d].items[%d].figures[%d]", i, j, k)] = f.ID
			}
		}
	}
	for i, a := range x.r.Annexes {
		paths[fmt.Sprintf("annexes[%d]", i)] = a.ID
		for j, it := range a.Items {
			for k, f := range it.Figures {
				paths[fmt.Sprintf("annexes[%d].items[%d].figures[%d]", i, j, k)] = f.ID
			}
		}
	}
	return paths
}

// checksByID rekeys the checks of records by their ids; checks of no
// record (meta) stay as they are.
func (x *extractor) checksByID() {
	paths := x.recordPaths()
	// The longest record path a key starts with: annexes[0].items[1].
	// figures[2] before annexes[0].
	records := make([]string, 0, len(paths))
	for p := range paths {
		records = append(records, p)
	}
	sort.Slice(records, func(i, j int) bool { return len(records[i]) > len(records[j]) })
	out := map[string]string{}
	for k, msg := range x.d.Checks {
		key := k
		for _, p := range records {
			if k == p || strings.HasPrefix(k, p+".") {
				key = "#" + paths[p] + k[len(p):]
				break
			}
		}
		out[key] = msg
	}
	x.d.Checks = out
}

// checksByPath puts the checks of records back under their paths, where
// the records now are; the checks of records dropped go with them.
func (x *extractor) checksByPath() {
	byID := map[string]string{}
	for p, id := range x.recordPaths() {
		byID[id] = p
	}
	out := map[string]string{}
	for k, msg := range x.d.Checks {
		if !strings.HasPrefix(k, "#") {
			out[k] = msg
			continue
		}
		id, field, _ := strings.Cut(k[1:], ".")
		if p, ok := byID[id]; ok {
			if field != "" {
				p += "." + field
			}
			out[p] = msg
		}
	}
	x.d.Checks = out
}
