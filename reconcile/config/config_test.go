package config_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/config"
	"lkjip/reconcile/workbook"
	"lkjip/rules"
)

// catalogue is the rule catalogue with UM015, which the acceptances are about, whether or
// not rules.All lists it yet.
func catalogue() []*reconcile.Rule {
	if rules.ByID(rules.UM015.ID) != nil {
		return rules.All
	}
	return append(append([]*reconcile.Rule{}, rules.All...), rules.UM015)
}

func parse(t *testing.T, text string) *reconcile.Settings {
	t.Helper()
	s, err := config.Parse("lkjip.yaml", []byte(text), catalogue())
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	return s
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

const everyKey = `# every key
rules:
  LRA002:
    severity: warning
    tolerance: 0.01
  pgk004:
    enabled: false
  UM008: {severity: kesalahan, enabled: true}
formulas:
  negatif: T/R
  efisiensi: 100-serapan
deadline: 31 Maret
scale:
  - {from: 91, to: 100, label: Sangat Tinggi}
  - {from: 76, label: Tinggi}
  - {from: 66, to: 76, label: Sedang}
  - {from: 50.5, to: 66, label: Rendah}
  - {to: 50.5, label: Sangat Rendah}
units:
  - name: Kecamatan Kragan
    kabupaten: Kabupaten Rembang
  - {name: Kecamatan Sarang}
accept:
  - rule: lra002
    sheet: Realisasi Anggaran
    cell: $f$7
    reason: Salah ketik yang sudah dibetulkan di LKjIP 2022.
  - rule: UM001
    reason: >
      Ringkasan dilampirkan
      terpisah.
    file: kragan-2021.xlsx
`

func TestLoadEveryKey(t *testing.T) {
	s := parse(t, everyKey)
	if s.Severities["LRA002"] != reconcile.Warning || s.Severities["UM008"] != reconcile.Error || len(s.Severities) != 2 {
		t.Errorf("severities %v", s.Severities)
	}
	if !s.Tolerances["LRA002"].Equal(dec("0.01")) || len(s.Tolerances) != 1 {
		t.Errorf("tolerances %v", s.Tolerances)
	}
	if !s.Disabled["PGK004"] || len(s.Disabled) != 1 {
		t.Errorf("disabled %v (the ID is the catalogue's, whatever its case in the file)", s.Disabled)
	}
	if s.Negatif != reconcile.NegatifRatio || s.Efisiensi != reconcile.EfisiensiDefault {
		t.Errorf("formulas %q %q", s.Negatif, s.Efisiensi)
	}
	if s.DeadlineMonth != 3 || s.DeadlineDay != 31 {
		t.Errorf("deadline %d-%d", s.DeadlineMonth, s.DeadlineDay)
	}
	if s.Scale == nil || len(s.Scale.Bands) != 5 {
		t.Fatalf("scale %+v", s.Scale)
	}
	// Highest first; "Tinggi" without to runs up to the band above; the bottom band without
	// from takes everything below its to.
	b := s.Scale.Bands
	if b[0].Label != "Sangat Tinggi" || b[1].Label != "Tinggi" || !b[1].Upper.Equal(dec("91")) || !b[1].HasUpper || b[4].Label != "Sangat Rendah" || !b[4].Lower.Equal(dec("50.5")) {
		t.Errorf("bands %+v", b)
	}
	for v, want := range map[string]string{"120": "Sangat Tinggi", "91": "Sangat Tinggi", "90.99": "Tinggi", "76": "Tinggi", "50.5": "Rendah", "50.49": "Sangat Rendah", "-3": "Sangat Rendah"} {
		if got, ok := s.Scale.Predikat(dec(v)); !ok || got != want {
			t.Errorf("Predikat(%s) = %q %v, want %q", v, got, ok, want)
		}
	}
	if len(s.Units) != 2 || s.Units[0] != (reconcile.Unit{Name: "Kecamatan Kragan", Kabupaten: "Kabupaten Rembang"}) || s.Units[1].Name != "Kecamatan Sarang" {
		t.Errorf("units %+v", s.Units)
	}
	if len(s.Accept) != 2 {
		t.Fatalf("accept %+v", s.Accept)
	}
	a := s.Accept[0]
	if a.Rule != "LRA002" || a.Sheet != "Realisasi Anggaran" || a.Cell != "F7" || a.At != "lkjip.yaml:24" || !strings.HasPrefix(a.Reason, "Salah ketik") || a.File != "" {
		t.Errorf("acceptance %+v", a)
	}
	a = s.Accept[1]
	if a.Rule != "UM001" || a.Sheet != "" || a.Cell != "" || a.Reason != "Ringkasan dilampirkan terpisah." || a.File != "kragan-2021.xlsx" || a.At != "lkjip.yaml:28" {
		t.Errorf("acceptance %+v", a)
	}
}

// TestNumbersAreReadFromTheirText: a tolerance or a bound is the decimal its YAML text spells,
// never a float64's approximation of it.
func TestNumbersAreReadFromTheirText(t *testing.T) {
	s := parse(t, "rules:\n  LRA002:\n    tolerance: 0.30000000000000000001\nscale:\n  - {from: 89.50, label: A}\n  - {to: 89.50, label: B}\n")
	if got := s.Tolerances["LRA002"].String(); got != "0.30000000000000000001" {
		t.Errorf("tolerance %s", got)
	}
	if e := s.Scale.Bands[0].Lower.Exponent(); e != -2 {
		t.Errorf("89.50 read with exponent %d, want -2 (its two written decimals)", e)
	}
}

func TestEmptyFileIsTheDefaults(t *testing.T) {
	for _, text := range []string{"", "# nothing\n", "---\n"} {
		if s := parse(t, text); !reflect.DeepEqual(s, reconcile.DefaultSettings()) {
			t.Errorf("%q: %+v", text, s)
		}
	}
}

// TestBadFiles: every mistake is one error naming the file and the line, in both languages.
func TestBadFiles(t *testing.T) {
	cases := []struct {
		name, text string
		line       int
		id, en     string
	}{
		{"unknown top key", "formulas:\n  negatif: 2T-R\nrule:\n  LRA002: {severity: warning}\n", 3, `kunci "rule" tidak dikenal; yang dikenal: rules, formulas`, `unknown key "rule"`},
		{"unknown rule", "rules:\n  LRA002:\n    severity: warning\n  LRA999:\n    enabled: false\n", 4, `aturan "LRA999" tidak ada; lihat lkjip rules`, `no rule "LRA999"; see lkjip rules`},
		{"unknown rule key", "rules:\n  LRA002:\n    severty: warning\n", 3, `kunci "severty" tidak dikenal (rules.LRA002)`, `unknown key "severty" (rules.LRA002)`},
		{"bad severity", "rules:\n  LRA002:\n    severity: fatal\n", 3, `tingkat "fatal" tidak dikenal`, `unknown severity "fatal"`},
		{"bad tolerance", "rules:\n  LRA002:\n    tolerance: satu\n", 3, `tolerance: "satu" bukan angka`, `tolerance: "satu" is not a number`},
		{"comma tolerance", "rules:\n  LRA002:\n    tolerance: 0,01\n", 3, `tulis desimal dengan titik, seperti 0.01`, `write decimals with a point, as in 0.01`},
		{"negative tolerance", "rules:\n  LRA002:\n    tolerance: -0.01\n", 3, `toleransi tidak boleh negatif`, `cannot be negative`},
		{"enabled not bool", "rules:\n  LRA002:\n    enabled: tidak\n", 3, `enabled harus true atau false`, `enabled must be true or false`},
		{"rule twice", "rules:\n  LRA002: {severity: info}\n  lra002: {severity: error}\n", 3, `"lra002" sudah ditulis di baris 2`, `"lra002" is already given on line 2`},
		{"bad negatif", "formulas:\n  negatif: R/T\n", 2, `rumus negatif "R/T" tidak dikenal; pilih 2T-R`, `unknown negatif formula "R/T"`},
		{"bad efisiensi", "formulas:\n  efisiensi: capaian-serapan\n", 2, `rumus efisiensi "capaian-serapan" tidak dikenal; saat ini hanya 100-serapan`, `there is only 100-serapan`},
		{"unknown formula", "formulas:\n  positif: R/T\n", 2, `kunci "positif" tidak dikenal (formulas)`, `unknown key "positif"`},
		{"date with year", "# batas\ndeadline: 2022-04-01\n", 2, `batas waktu "2022-04-01" tidak terbaca`, `the deadline "2022-04-01" cannot be read`},
		{"no such month", "deadline: 1 Aprol\n", 1, `batas waktu "1 Aprol" tidak terbaca`, `cannot be read`},
		{"no such day", "deadline: 31 April\n", 1, `"31 April" bukan tanggal yang ada setiap tahun`, `is not a date every year has`},
		{"29 February", "deadline: 29 Februari\n", 1, `bukan tanggal yang ada setiap tahun`, `is not a date every year has`},
		{"scale gap", "scale:\n  - {from: 90, label: Amat Baik}\n  - {from: 80, to: 89, label: Baik}\n  - {to: 80, label: Kurang}\n", 3, `ada celah antara 89 dan 90 tanpa predikat`, `there is a gap without a predikat between 89 and 90`},
		{"scale overlap", "scale:\n  - from: 90\n    label: Amat Baik\n  - from: 80\n    to: 91\n    label: Baik\n", 5, `pita "Baik" (sampai 91) tumpang tindih dengan pita "Amat Baik"`, `overlaps the band "Amat Baik"`},
		{"scale same start", "scale:\n  - {from: 90, label: A}\n  - {from: 90.0, label: B}\n", 3, `sama-sama mulai di 90.0: skala tumpang tindih`, `both start at 90.0`},
		{"scale inverted", "scale:\n  - {from: 90, to: 80, label: A}\n", 2, `batas atas 80 harus lebih besar dari batas bawah 90`, `must be greater than the lower bound 90`},
		{"scale label twice", "scale:\n  - {from: 90, label: Baik}\n  - {from: 80, to: 90, label: baik}\n", 3, `label "baik" sudah dipakai pita di baris 2`, `already used by the band on line 2`},
		{"scale without label", "scale:\n  - {from: 90, label: A}\n  - {from: 80, to: 90}\n", 3, `pita skala tanpa label`, `without a label`},
		{"scale two bottoms", "scale:\n  - {from: 90, label: A}\n  - {to: 90, label: B}\n  - {to: 80, label: C}\n", 3, `hanya satu pita, yang terbawah, boleh tanpa from`, `only one band, the lowest, may lack from`},
		{"scale empty", "scale: []\n", 1, `skala kosong`, `the scale is empty`},
		{"scale not a list", "scale:\n  from: 90\n", 2, `scale harus berupa daftar`, `scale must be a list`},
		{"unit without name", "units:\n  - name: Kecamatan Bulu\n  - kabupaten: Kabupaten Rembang\n", 3, `instansi tanpa name`, `a unit without a name`},
		{"unit twice", "units:\n  - {name: Kecamatan Bulu}\n  - {name: kecamatan bulu}\n", 3, `instansi "kecamatan bulu" sudah ada di baris 2`, `already listed on line 2`},
		{"acceptance without reason", "accept:\n  - rule: LRA002\n    sheet: Realisasi Anggaran\n    cell: F7\n    reason: x\n  - rule: LRA002\n    sheet: Realisasi Anggaran\n    cell: F8\n    reason: \"  \"\n", 6, `penerimaan LRA002 tanpa reason`, `has no reason`},
		{"acceptance unknown rule", "accept:\n  - {rule: LRA999, sheet: LRA, cell: F7, reason: x}\n", 2, `aturan "LRA999" tidak ada`, `no rule "LRA999"`},
		{"acceptance without rule", "accept:\n  - {sheet: LRA, cell: F7, reason: x}\n", 2, `penerimaan tanpa rule`, `without a rule`},
		{"acceptance of UM015", "accept:\n  - {rule: UM015, sheet: LRA, cell: F7, reason: x}\n", 2, `UM015 tidak dapat diterima`, `UM015 cannot be accepted`},
		{"acceptance bad cell", "accept:\n  - rule: LRA002\n    sheet: LRA\n    cell: F7:F9\n    reason: x\n", 4, `sel "F7:F9" bukan alamat sel`, `is not a cell reference`},
		{"acceptance cell without sheet", "accept:\n  - rule: LRA002\n    cell: F7\n    reason: x\n", 3, `sel F7 tanpa sheet`, `has no sheet`},
		{"acceptance twice", "accept:\n  - {rule: LRA002, sheet: LRA, cell: F7, reason: x}\n  - {rule: lra002, sheet: lra, cell: $F$7, reason: y}\n", 3, `penerimaan yang sama sudah ada di baris 2`, `already given on line 2`},
		{"acceptance unknown key", "accept:\n  - rule: LRA002\n    sheet: LRA\n    cel: F7\n    reason: x\n", 4, `kunci "cel" tidak dikenal (accept)`, `unknown key "cel" (accept)`},
		{"not a mapping", "- rules\n- scale\n", 1, `Berkas pengaturan harus berupa pemetaan`, `The settings file must be a mapping`},
		{"key twice", "deadline: 1 April\ndeadline: 31 Maret\n", 2, `YAML tidak sah: mapping key "deadline" already defined`, `invalid YAML: mapping key "deadline" already defined`},
		{"syntax", "rules:\n  LRA002: {severity: warning\n", 2, `YAML tidak sah`, `invalid YAML`},
		{"bad indentation", "rules:\n  LRA002:\n    severity: warning\n   tolerance: 0.1\n", 4, `YAML tidak sah`, `invalid YAML`},
		{"alias", "rules:\n  LRA002: &a {severity: warning}\n  LRA001: *a\n", 2, `jangkar dan alias YAML`, `anchors and aliases`},
		{"two documents", "deadline: 1 April\n---\ndeadline: 1 Mei\n", 3, `lebih dari satu dokumen YAML`, `more than one YAML document`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := config.Parse("lkjip.yaml", []byte(c.text), catalogue())
			var e *config.Error
			if !errors.As(err, &e) {
				t.Fatalf("no *config.Error: %v", err)
			}
			prefix := "lkjip.yaml:" + strconv.Itoa(c.line) + ": "
			if id := e.In("id"); !strings.HasPrefix(id, prefix) || !strings.Contains(id, c.id) {
				t.Errorf("Indonesian: %s\nwant the prefix %q and %q", id, prefix, c.id)
			}
			if en := e.In("en"); !strings.HasPrefix(en, prefix) || !strings.Contains(en, c.en) {
				t.Errorf("English: %s\nwant the prefix %q and %q", en, prefix, c.en)
			}
			if strings.Count(e.Error(), "\n") > 0 {
				t.Errorf("one line expected: %q", e.Error())
			}
		})
	}
}

func TestLoadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lkjip.yaml")
	if err := os.WriteFile(path, []byte("rules:\n  LRA999: {enabled: false}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := config.Load(path, catalogue())
	if err == nil || err.Error() != path+`:2: aturan "LRA999" tidak ada; lihat lkjip rules.` {
		t.Errorf("got %v", err)
	}
	_, err = config.Load(filepath.Join(t.TempDir(), "tidak-ada.yaml"), catalogue())
	var e *config.Error
	if !errors.As(err, &e) || e.Line != 0 || !strings.Contains(e.In("en"), "the settings file cannot be read") {
		t.Errorf("missing file: %v", err)
	}
}

// TestDefaultRoundTrip: what `lkjip config` prints loads back as the defaults, unchanged.
func TestDefaultRoundTrip(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		s := parse(t, config.Default(lang))
		if !reflect.DeepEqual(s, reconcile.DefaultSettings()) {
			t.Errorf("%s: the defaults read back as %+v", lang, s)
		}
	}
	if config.Default("id") == config.Default("en") || !strings.Contains(config.Default("id"), "Temuan yang diterima") || !strings.Contains(config.Default("en"), "Accepted findings") {
		t.Error("the comments are not in the chosen language")
	}
}

// TestDefaultExamplesLoad: every key the defaults leave commented out has an example that loads
// once uncommented, and the scale example is the spec's default scale.
func TestDefaultExamplesLoad(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		text := config.Default(lang)
		var b strings.Builder
		for _, key := range []string{"rules", "scale", "units", "accept"} {
			block := exampleBlock(text, key)
			if block == "" {
				t.Fatalf("%s: no commented-out example of %s", lang, key)
			}
			b.WriteString(block)
		}
		s := parse(t, b.String())
		if len(s.Tolerances) == 0 || len(s.Severities) == 0 || len(s.Disabled) == 0 || len(s.Units) == 0 || len(s.Accept) == 0 || s.Scale == nil {
			t.Errorf("%s: an example sets nothing: %+v", lang, s)
		}
		def := workbook.DefaultScale()
		for _, v := range []string{"120", "90", "89.99", "80", "79.5", "50", "49.99", "0", "-1"} {
			want, _ := def.Predikat(dec(v))
			if got, _ := s.Scale.Predikat(dec(v)); got != want {
				t.Errorf("%s: the example scale gives %q for %s, the default %q", lang, got, v, want)
			}
		}
	}
}

// exampleBlock returns the lines from "# key:" to the next blank line, uncommented.
func exampleBlock(text, key string) string {
	var out []string
	in := false
	for _, line := range strings.Split(text, "\n") {
		if line == "# "+key+":" {
			in = true
		}
		if in {
			if strings.TrimSpace(line) == "" {
				break
			}
			out = append(out, strings.TrimPrefix(line, "# "))
		}
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n") + "\n"
}

func TestShippedExamples(t *testing.T) {
	if got := config.Examples(); !reflect.DeepEqual(got, []string{"permendagri-86-2017", "rembang-14-kecamatan"}) {
		t.Errorf("examples %v", got)
	}
	text, ok := config.Example("permendagri-86-2017")
	if !ok {
		t.Fatal("no Permendagri example")
	}
	s := parse(t, text)
	for v, want := range map[string]string{"105": "Sangat Tinggi", "91": "Sangat Tinggi", "90.5": "Tinggi", "76": "Tinggi", "75.99": "Sedang", "66": "Sedang", "65": "Rendah", "51": "Rendah", "50.99": "Sangat Rendah", "0": "Sangat Rendah"} {
		if got, ok := s.Scale.Predikat(dec(v)); !ok || got != want {
			t.Errorf("Permendagri 86/2017: Predikat(%s) = %q, want %q", v, got, want)
		}
	}
	text, ok = config.Example("rembang-14-kecamatan.yaml")
	if !ok {
		t.Fatal("no Rembang example")
	}
	s = parse(t, text)
	var names []string
	for _, u := range s.Units {
		if u.Kabupaten != "Kabupaten Rembang" {
			t.Errorf("unit %+v", u)
		}
		names = append(names, strings.TrimPrefix(u.Name, "Kecamatan "))
	}
	want := "Bulu Gunem Kaliori Kragan Lasem Pamotan Pancur Rembang Sale Sarang Sedan Sluke Sulang Sumber"
	if strings.Join(names, " ") != want {
		t.Errorf("Rembang's kecamatan: %v", names)
	}
	if _, ok := config.Example("tidak-ada"); ok {
		t.Error("an example that does not exist")
	}
}

// TestCatalogueOptional: without a catalogue any rule ID is taken, in upper case.
func TestCatalogueOptional(t *testing.T) {
	s, err := config.Parse("x.yaml", []byte("rules:\n  xx001: {enabled: false}\n"), nil)
	if err != nil || !s.Disabled["XX001"] {
		t.Errorf("%v %+v", err, s)
	}
}
