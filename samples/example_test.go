package samples_test

import (
	"fmt"
	"log"

	"github.com/workreport/workreport/samples"
)

// The embedded samples are real reports as data, valid and ready to render.
func ExampleLoad() {
	fmt.Println(samples.Names())
	r, err := samples.Load(samples.Default)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Meta.Title, len(r.Targets), "targets")
	// Output:
	// [beijing-2026 guangdong-2026 hailar-2018 hailar-2025 national-2025]
	// 海拉尔区2025年政府工作报告 14 targets
}
