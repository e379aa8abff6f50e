package commands

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/workreport/workreport/internal/batch"
)

// TestKubernetesManifests keeps deploy/k8s in step with the command line:
// every container runs an existing command with existing flags, every
// WORKREPORT_ variable is one a flag reads, and the Indexed Job's shard
// spec is valid for every completion index.
func TestKubernetesManifests(t *testing.T) {
	app := New("test", os.Stdout, os.Stderr)
	paths, _ := filepath.Glob("../../deploy/k8s/*.yaml")
	if len(paths) < 3 {
		t.Fatalf("manifests: %v", paths)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		spec := dig(doc, "spec")
		if doc["kind"] == "CronJob" {
			spec = dig(spec, "jobTemplate", "spec")
		}
		completions, _ := spec["completions"].(int)
		containers, _ := dig(spec, "template", "spec")["containers"].([]any)
		if len(containers) == 0 {
			t.Fatalf("%s: no containers", p)
		}
		for _, c := range containers {
			c := c.(map[string]any)
			var args []string
			for _, a := range c["args"].([]any) {
				args = append(args, a.(string))
			}
			cmd := app.Command(args[0])
			if cmd == nil {
				t.Errorf("%s: no command %q", p, args[0])
				continue
			}
			flagEnv := map[string]bool{}
			flagNames := map[string]bool{}
			for _, f := range cmd.Flags {
				for _, n := range f.Names() {
					flagNames[n] = true
				}
				if ev, ok := f.(interface{ GetEnvVars() []string }); ok {
					for _, e := range ev.GetEnvVars() {
						flagEnv[e] = true
					}
				}
			}
			for _, a := range args[1:] {
				if strings.HasPrefix(a, "-") && !flagNames[strings.TrimLeft(a, "-")] {
					t.Errorf("%s: %s has no flag %s", p, args[0], a)
				}
			}
			env, _ := c["env"].([]any)
			for _, e := range env {
				e := e.(map[string]any)
				name, value := e["name"].(string), e["value"].(string)
				if !flagEnv[name] {
					t.Errorf("%s: %s reads no variable %s", p, args[0], name)
				}
				if name == "WORKREPORT_SHARD" {
					for k := 0; k < completions; k++ {
						s := strings.ReplaceAll(value, "$(JOB_COMPLETION_INDEX)", strconv.Itoa(k))
						if sh, err := batch.ParseShard(s); err != nil || sh.N != completions {
							t.Errorf("%s: index %d gives shard %q: %v (completions %d)", p, k, s, err, completions)
						}
					}
				}
			}
		}
	}
}

func dig(m map[string]any, keys ...string) map[string]any {
	for _, k := range keys {
		next, _ := m[k].(map[string]any)
		m = next
	}
	return m
}
