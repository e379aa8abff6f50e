package extract

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/workreport/workreport/report"
)

// The draft's checks are keyed by the path of the field they mark
// (results[2].indicators[5].name), but tidy drops empty sections and
// repair drops refused records, which moves the records after them: a
// check keyed by path would then mark a neighbour. So around those steps
// the checks are keyed by the record's id (i87.name) and put back.

// record is a record of the draft that carries a name: where it stands,
// its id, its name to read or change, and its quote.
type record struct {
	path, id string
	name     *string
	quote    string
}

// recordKind tells the groups records stand in.
type recordKind int

const (
	inResults recordKind = iota
	inTargets
	inTasks
	inAnnexes
)

// recordGroups walks the draft's named records a group at a time, as they
// stand together: a section's indicators, the targets, a task item's
// figures, an annex item's figures.
func (x *extractor) recordGroups(visit func(kind recordKind, group []record)) {
	for i := range x.r.Results {
		var g []record
		for j := range x.r.Results[i].Indicators {
			in := &x.r.Results[i].Indicators[j]
			g = append(g, record{fmt.Sprintf("results[%d].indicators[%d]", i, j), in.ID, &in.Name, in.Quote})
		}
		visit(inResults, g)
	}
	var targets []record
	for i := range x.r.Targets {
		t := &x.r.Targets[i]
		targets = append(targets, record{fmt.Sprintf("targets[%d]", i), t.ID, &t.Name, t.Quote})
	}
	visit(inTargets, targets)
	for i := range x.r.Tasks {
		for j := range x.r.Tasks[i].Items {
			visit(inTasks, figureRecords(fmt.Sprintf("tasks[%d].items[%d]", i, j), x.r.Tasks[i].Items[j].Figures))
		}
	}
	for i := range x.r.Annexes {
		for j := range x.r.Annexes[i].Items {
			visit(inAnnexes, figureRecords(fmt.Sprintf("annexes[%d].items[%d]", i, j), x.r.Annexes[i].Items[j].Figures))
		}
	}
}

// figureRecords are an item's figures as records, their paths under item.
func figureRecords(item string, figures []report.Figure) []record {
	var g []record
	for k := range figures {
		f := &figures[k]
		g = append(g, record{fmt.Sprintf("%s.figures[%d]", item, k), f.ID, &f.Name, f.Quote})
	}
	return g
}

// recordPaths gives each record of the draft its path and id.
func (x *extractor) recordPaths() map[string]string {
	paths := map[string]string{}
	x.recordGroups(func(_ recordKind, g []record) {
		for _, r := range g {
			paths[r.path] = r.id
		}
	})
	for i, a := range x.r.Annexes {
		paths[fmt.Sprintf("annexes[%d]", i)] = a.ID // (an annex has an id and no name)
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

// check marks a fact's name where it is most likely wrong, for a person to
// name or check. Only signs that point at wrong names are marks: over the
// labelled texts a name put together from the clause's own words
// (进出川大通道新增 → 新增进出川大通道) was wrong little more often than one
// taken as written (29 against 23 %), so that alone is no mark, while each
// sign below was wrong in half the names showing it or more
// (docs/extract.md, "What the marks catch").
func (x *extractor) check(path, name, quote string) {
	if why := nameDoubt(name, quote); why != "" {
		x.d.Checks[path+".name"] = why
	}
}

// checkFigures checks the names of an item's figures from the from'th on.
func (x *extractor) checkFigures(item string, fs []report.Figure, from int) {
	for k := from; k < len(fs); k++ {
		x.check(fmt.Sprintf("%s.figures[%d]", item, k), fs[k].Name, fs[k].Quote)
	}
}

// circumstances open the words around a thing, not the thing: for whom,
// where, how (为5.01万名农民工追回欠薪, 以勇于担当的精神推动解决, 选择11处停车场).
var circumstances = []string{"以勇于", "以", "围绕", "为", "通过", "选择", "动员", "把", "让", "使", "集中", "针对", "向", "在", "对", "从"}

// notCircumstances begin names with the same characters: 以旧换新, 在建项目.
var notCircumstances = []string{"以旧换新", "以工代赈", "为民", "在建", "在校", "在园", "在岗", "在职", "在线", "在册", "在营", "在库", "对外", "从业"}

// nameDoubt says why a name needs a look, or "".
func nameDoubt(name, quote string) string {
	n := utf8.RuneCountInString(name)
	switch {
	case name == "（待命名）":
		return "name it: the clause does not name the quantity"
	case bareMeasure(name) || name == "年度计划完成投资":
		return "check the name: a measure without what it measures (said in the clauses or heading before?)"
	case n <= 3:
		return "check the name: too short to say what is counted"
	case strings.IndexFunc(name, func(r rune) bool { return r != '的' && !strings.ContainsRune(quote, r) }) >= 0 && !(strings.HasSuffix(name, "产业比重") && strings.Contains(quote, "产")): // (第一产业比重 of 三次产业比重为4.0∶37.7∶58.3, 三大产业结构比… is the standard name)
		return "check the name: partly taken from the clauses around it"
	case hasAnyPrefix(name, circumstances) && !hasAnyPrefix(name, notCircumstances) && !(strings.HasPrefix(name, "对") && hasAnySuffix(name, tradeMeasures)): // (对东盟进出口: trade with a place is the standard name)
		return "check the name: it opens with the clause's circumstance (for whom, where, how), not the thing"
	case strings.Contains(name, "了") || !balanced(name):
		return "check the name: cut from the clause mid-phrase"
	case upTo(name, "、") != name: // a 、 outside quotes and brackets
		return "check the name: it holds a list (one record for each item?)"
	case n >= 20 && !hasAnySuffix(name, []string{"比重", "比例"}): // (…占国内生产总值比重 is long and right)
		return "check the name: long (the clause rather than the quantity?)"
	}
	return ""
}

// tradeMeasures are the measures of trade or investment with a place,
// named 对 the place.
var tradeMeasures = []string{"进出口", "进出口总额", "进出口额", "出口", "出口额", "进口", "进口额", "投资", "贸易额"}

// balanced reports whether every opening mark of s is closed in it.
func balanced(s string) bool {
	for _, p := range []string{"“”", "（）", "()", "《》", "【】"} {
		open, close := []rune(p)[0], []rune(p)[1]
		if strings.Count(s, string(open)) != strings.Count(s, string(close)) {
			return false
		}
	}
	return true
}
