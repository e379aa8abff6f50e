package commands

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/workreport/workreport/internal/batch"
)

// TestMain lets a test run the command line in a child process with the
// environment a manifest gives it (WORKREPORT_TEST_COMMAND: the arguments,
// separated by \x1f). The child's status is main's mapping, simplified.
func TestMain(m *testing.M) {
	if args := os.Getenv("WORKREPORT_TEST_COMMAND"); args != "" {
		err := Run(context.Background(), strings.Split(args, "\x1f"), "test", os.Stdout, os.Stderr)
		var usage UsageError
		switch {
		case err == nil:
			os.Exit(0)
		case errors.As(err, &usage):
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		case errors.Is(err, batch.ErrInterrupted):
			os.Exit(3)
		default:
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	os.Exit(m.Run())
}

// manifest is one file of deploy/k8s, read as Kubernetes would.
type manifest struct {
	path string
	doc  map[string]any
}

func readManifests(t *testing.T) []manifest {
	t.Helper()
	paths, _ := filepath.Glob("../../deploy/k8s/*.yaml")
	var out []manifest
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, manifest{filepath.Base(p), doc})
	}
	if len(out) < 4 {
		t.Fatalf("manifests: %v", paths)
	}
	return out
}

// jobSpec is the spec of the Job a manifest makes (a CronJob's template).
func (m manifest) jobSpec() map[string]any {
	switch m.doc["kind"] {
	case "Job":
		return dig(m.doc, "spec")
	case "CronJob":
		return dig(m.doc, "spec", "jobTemplate", "spec")
	}
	return nil
}

// expand is Kubernetes' $(VAR) expansion (k8s.io/kubernetes
// third_party/forked/golang/expansion): $(NAME) becomes the variable's
// value when mapping has it and stays as written when not, $$ is a $.
func expand(s string, mapping map[string]string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '$' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch s[i+1] {
		case '$':
			b.WriteByte('$')
			i++
		case '(':
			end := strings.IndexByte(s[i+2:], ')')
			if end < 0 {
				b.WriteString(s[i:])
				return b.String()
			}
			name := s[i+2 : i+2+end]
			if v, ok := mapping[name]; ok {
				b.WriteString(v)
			} else {
				b.WriteString("$(" + name + ")")
			}
			i += 2 + end
		default:
			b.WriteByte('$')
		}
	}
	return b.String()
}

// containerRun is what the kubelet runs for a container of an Indexed
// Job's pod with completion index k (k < 0: not indexed): the env as the
// Job controller leaves it (JOB_COMPLETION_INDEX appended after the
// container's own variables), each value expanded with the variables
// before it, then the args expanded with them all.
func containerRun(c map[string]any, k int) (args []string, env []string) {
	type envVar struct{ name, value string }
	var vars []envVar
	for _, e := range list(c["env"]) {
		e := e.(map[string]any)
		v, _ := e["value"].(string)
		vars = append(vars, envVar{e["name"].(string), v})
	}
	if k >= 0 {
		vars = append(vars, envVar{"JOB_COMPLETION_INDEX", strconv.Itoa(k)})
	}
	mapping := map[string]string{}
	for _, v := range vars {
		val := expand(v.value, mapping)
		mapping[v.name] = val
		env = append(env, v.name+"="+val)
	}
	for _, a := range list(c["args"]) {
		args = append(args, expand(a.(string), mapping))
	}
	return args, env
}

// TestKubernetesManifests runs each manifest's containers as Kubernetes
// would, for every completion index, over a small tree standing in for
// the volume: the Indexed Job's 16 pods, then the index Job, then the
// CronJob; each must exit 0 and leave what its comments say.
func TestKubernetesManifests(t *testing.T) {
	t.Parallel()
	byName := map[string]manifest{}
	for _, m := range readManifests(t) {
		byName[m.path] = m
	}
	data := t.TempDir()
	reports := filepath.Join(data, "reports")
	os.MkdirAll(filepath.Join(reports, "sub"), 0o755)
	for i := 0; i < 5; i++ {
		os.WriteFile(filepath.Join(reports, fmt.Sprintf("r%03d.yaml", i)), []byte(tinyReport(fmt.Sprintf("第%d区", i))), 0o644)
	}
	os.WriteFile(filepath.Join(reports, "sub", "r000.yaml"), []byte(tinyReport("子区")), 0o644) // the name of another shard's report
	runPod := func(t *testing.T, m manifest, k int) {
		t.Helper()
		spec := m.jobSpec()
		for _, c := range list(dig(spec, "template", "spec")["containers"]) {
			args, env := containerRun(c.(map[string]any), k)
			for i, a := range args {
				if strings.HasPrefix(a, "/data/") {
					args[i] = filepath.Join(data, a[len("/data/"):])
				}
			}
			cmd := exec.Command(os.Args[0])
			cmd.Env = append(os.Environ(), env...)
			cmd.Env = append(cmd.Env, "WORKREPORT_TEST_COMMAND="+strings.Join(append([]string{"workreport"}, args...), "\x1f"))
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("%s, index %d: workreport %q: %v\n%s", m.path, k, args, err, stderr.String())
			}
		}
	}
	shards := byName["indexed-job.yaml"]
	n, _ := shards.jobSpec()["completions"].(int)
	if n < 2 {
		t.Fatalf("indexed-job.yaml: completions %v", shards.jobSpec()["completions"])
	}
	cluster, nightly := filepath.Join(data, "out", "cluster"), filepath.Join(data, "out", "nightly")
	for k := 0; k < n; k++ {
		runPod(t, shards, k)
		if _, err := os.Stat(filepath.Join(cluster, fmt.Sprintf("workreport-run-%d-of-%d.json", k, n))); err != nil {
			t.Errorf("pod %d wrote no summary of shard %d/%d: %v", k, k, n, err)
		}
	}
	runPod(t, byName["index-job.yaml"], -1)
	if _, err := os.Stat(filepath.Join(cluster, batch.IndexFile)); err != nil {
		t.Error("the index Job wrote no index")
	}
	for _, o := range []string{"r000.pdf", "sub/r000.pdf", "r004.xlsx"} {
		if _, err := os.Stat(filepath.Join(cluster, o)); err != nil {
			t.Errorf("after the shards: %v", err)
		}
	}
	// The nightly run, into a folder of its own beside the cluster run's:
	// one folder, one way of running.
	runPod(t, byName["cronjob.yaml"], -1)
	if _, err := os.Stat(filepath.Join(nightly, batch.IndexFile)); err != nil {
		t.Error("the nightly run wrote no index")
	}
}

// TestManifestPolicies: every pod passes Pod Security "restricted", the
// retry policy does what the comments say with main's exit codes, Jobs
// expire, and the volume claim they mount is among the manifests.
func TestManifestPolicies(t *testing.T) {
	t.Parallel()
	app := New("test", os.Stdout, os.Stderr)
	claims := map[string]bool{}
	for _, m := range readManifests(t) {
		if m.doc["kind"] == "PersistentVolumeClaim" {
			name := dig(m.doc, "metadata")["name"].(string)
			modes := list(dig(m.doc, "spec")["accessModes"])
			if !slices.Contains(modes, any("ReadWriteMany")) {
				t.Errorf("%s: claim %s is not ReadWriteMany (the shards write at once)", m.path, name)
			}
			claims[name] = true
		}
	}
	for _, m := range readManifests(t) {
		spec := m.jobSpec()
		if spec == nil {
			continue
		}
		pod := dig(spec, "template", "spec")
		for _, v := range restrictedViolations(pod) {
			t.Errorf("%s: Pod Security restricted: %s", m.path, v)
		}
		for _, v := range list(pod["volumes"]) {
			if c := dig(v.(map[string]any), "persistentVolumeClaim"); c != nil && !claims[c["claimName"].(string)] {
				t.Errorf("%s: mounts claim %v, which no manifest makes", m.path, c["claimName"])
			}
		}
		if pod["restartPolicy"] != "Never" {
			t.Errorf("%s: restartPolicy %v; podFailurePolicy needs Never", m.path, pod["restartPolicy"])
		}
		// Exit 1 and 2 fail at once; 3 (interrupted) is retried.
		fails := map[int]bool{}
		for _, r := range list(dig(spec, "podFailurePolicy")["rules"]) {
			r := r.(map[string]any)
			if r["action"] == "FailJob" || r["action"] == "FailIndex" {
				for _, c := range list(dig(r, "onExitCodes")["values"]) {
					fails[c.(int)] = true
				}
			}
		}
		if !fails[1] || !fails[2] || fails[3] {
			t.Errorf("%s: exit codes that fail at once: %v; want 1 and 2, not 3 (interrupted: retried)", m.path, fails)
		}
		retries, _ := spec["backoffLimit"].(int)
		if perIndex, ok := spec["backoffLimitPerIndex"].(int); ok {
			retries = perIndex
		}
		if retries < 1 {
			t.Errorf("%s: no retry for an interrupted run (backoffLimit %v)", m.path, spec["backoffLimit"])
		}
		if m.doc["kind"] == "Job" {
			if _, ok := spec["ttlSecondsAfterFinished"].(int); !ok {
				t.Errorf("%s: no ttlSecondsAfterFinished", m.path)
			}
		}
		// Every container runs an existing command with existing flags, and
		// every WORKREPORT_ variable is one a flag reads.
		for _, c := range list(pod["containers"]) {
			c := c.(map[string]any)
			args, _ := containerRun(c, 0)
			cmd := app.Command(args[0])
			if cmd == nil {
				t.Errorf("%s: no command %q", m.path, args[0])
				continue
			}
			names, envs := map[string]bool{}, map[string]bool{}
			for _, f := range cmd.Flags {
				for _, n := range f.Names() {
					names[n] = true
				}
				if ev, ok := f.(interface{ GetEnvVars() []string }); ok {
					for _, e := range ev.GetEnvVars() {
						envs[e] = true
					}
				}
			}
			for _, a := range args[1:] {
				if strings.HasPrefix(a, "-") && !names[strings.TrimLeft(a, "-")] {
					t.Errorf("%s: %s has no flag %s", m.path, args[0], a)
				}
			}
			for _, e := range list(c["env"]) {
				if name := e.(map[string]any)["name"].(string); !envs[name] {
					t.Errorf("%s: %s reads no variable %s", m.path, args[0], name)
				}
			}
		}
	}
}

// restrictedViolations lists what in a pod spec the Pod Security Standard
// "restricted" (Kubernetes v1.30) forbids; none for a pod it admits.
func restrictedViolations(pod map[string]any) []string {
	var out []string
	psc := dig(pod, "securityContext")
	for _, k := range []string{"hostNetwork", "hostPID", "hostIPC"} {
		if pod[k] == true {
			out = append(out, k)
		}
	}
	allowedVolumes := []string{"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"}
	for _, v := range list(pod["volumes"]) {
		for k := range v.(map[string]any) {
			if k != "name" && !slices.Contains(allowedVolumes, k) {
				out = append(out, "volume type "+k)
			}
		}
	}
	if len(list(psc["sysctls"])) > 0 {
		out = append(out, "sysctls")
	}
	for _, c := range append(list(pod["containers"]), list(pod["initContainers"])...) {
		c := c.(map[string]any)
		name := c["name"]
		sc := dig(c, "securityContext")
		if sc["privileged"] == true {
			out = append(out, fmt.Sprintf("%s: privileged", name))
		}
		if sc["allowPrivilegeEscalation"] != false {
			out = append(out, fmt.Sprintf("%s: allowPrivilegeEscalation is not false", name))
		}
		caps := dig(sc, "capabilities")
		if !slices.Contains(list(caps["drop"]), any("ALL")) {
			out = append(out, fmt.Sprintf("%s: capabilities do not drop ALL", name))
		}
		for _, a := range list(caps["add"]) {
			if a != "NET_BIND_SERVICE" {
				out = append(out, fmt.Sprintf("%s: adds capability %v", name, a))
			}
		}
		nonRoot := sc["runAsNonRoot"]
		if nonRoot == nil {
			nonRoot = psc["runAsNonRoot"]
		}
		if nonRoot != true {
			out = append(out, fmt.Sprintf("%s: runAsNonRoot is not true", name))
		}
		for _, s := range []map[string]any{psc, sc} {
			if s["runAsUser"] == 0 {
				out = append(out, fmt.Sprintf("%s: runAsUser 0", name))
			}
		}
		seccomp := dig(sc, "seccompProfile")["type"]
		if seccomp == nil {
			seccomp = dig(psc, "seccompProfile")["type"]
		}
		if seccomp != "RuntimeDefault" && seccomp != "Localhost" {
			out = append(out, fmt.Sprintf("%s: seccompProfile.type is %v, not RuntimeDefault or Localhost", name, seccomp))
		}
		for _, p := range list(c["ports"]) {
			if _, ok := p.(map[string]any)["hostPort"]; ok {
				out = append(out, fmt.Sprintf("%s: hostPort", name))
			}
		}
	}
	return out
}

// TestExpandAsKubernetes: the expansion rules the manifests are run with.
func TestExpandAsKubernetes(t *testing.T) {
	t.Parallel()
	vars := map[string]string{"A": "1", "EMPTY": ""}
	for _, tt := range []struct{ in, want string }{
		{"$(A)/16", "1/16"},
		{"$(B)/16", "$(B)/16"},
		{"$$(A)", "$(A)"},
		{"$(EMPTY)x", "x"},
		{"a$b", "a$b"},
		{"$(A", "$(A"},
		{"$", "$"},
	} {
		if got := expand(tt.in, vars); got != tt.want {
			t.Errorf("expand(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// An env value sees only the variables before it: the old manifest's
	// WORKREPORT_SHARD=$(JOB_COMPLETION_INDEX)/16 stayed as written.
	_, env := containerRun(map[string]any{"env": []any{map[string]any{"name": "WORKREPORT_SHARD", "value": "$(JOB_COMPLETION_INDEX)/16"}}}, 3)
	if env[0] != "WORKREPORT_SHARD=$(JOB_COMPLETION_INDEX)/16" {
		t.Errorf("env expanded with a later variable: %q", env)
	}
}

func dig(m map[string]any, keys ...string) map[string]any {
	for _, k := range keys {
		next, _ := m[k].(map[string]any)
		m = next
	}
	return m
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

// tinyReport is a small report that renders in milliseconds.
func tinyReport(region string) string {
	return `meta: {title: ` + region + `2025年政府工作报告, region: ` + region + `, level: district, year: 2025, date: 2025-01-20}
results:
  - id: r
    title: 成绩
    indicators:
      - {id: gdp, name: 地区生产总值, value: 100.5, unit: 亿元, kind: flow, change: {kind: yoy, value: 5.5}, quote: 地区生产总值100.5亿元}
targets:
  - {id: g, name: 地区生产总值, kind: growth, value: 6, unit: "%", nature: expected, base: gdp, quote: 地区生产总值增长6%}
`
}
