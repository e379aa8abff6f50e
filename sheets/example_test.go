package sheets_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/workreport/workreport/samples"
	"github.com/workreport/workreport/sheets"
)

// Write renders a report as a workbook; Read takes a workbook this package
// wrote (and a person edited) back into a report.
func ExampleWrite() {
	r, err := samples.Load("hailar-2025")
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := sheets.Write(&buf, r, sheets.Options{}); err != nil {
		log.Fatal(err)
	}
	back, err := sheets.Read("hailar-2025.xlsx", buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	gdp := back.Indicator("gdp")
	fmt.Println(back.Meta.Region, gdp.Name, gdp.Value, gdp.Unit)
	// Output: 海拉尔区 地区生产总值 231.52 亿元
}
