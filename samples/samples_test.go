package samples

import "testing"

func TestSamplesLoad(t *testing.T) {
	for _, name := range Names() {
		if _, err := Load(name); err != nil {
			t.Errorf("%s:\n%v", name, err)
		}
	}
}
