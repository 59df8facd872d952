package mutation

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"lkjip/reconcile/number"
)

// Mutant is one base workbook with one figure changed.
type Mutant struct {
	// Base is the name of the base workbook (its file name).
	Base string
	Kind string
	// Sheet and Cell name the changed cell as the workbook does ("Realisasi Anggaran", "C7").
	Sheet, Cell string
	// Typo is Digit or Swap; AsText says the figure is written as Indonesian text
	// ("2.739.148.000", "98,23") rather than as a number.
	Typo   string
	AsText bool
	// Original is the figure the base shows (rounded at Places), OriginalText the cell's text
	// in the base; Value is the changed figure, Written what the cell now holds: the stored
	// text of a number ("2739148000", "98.23") or the Indonesian text.
	Original     decimal.Decimal
	OriginalText string
	Places       int
	Value        decimal.Decimal
	Written      string
	// percent is set when the base cell is a number in a percent format: it stores a
	// hundredth of the figure it shows.
	percent bool
}

// Change names the kind of change: "digit", "swap", "digit as text", "swap as text".
func (m *Mutant) Change() string {
	if m.AsText {
		return m.Typo + " as text"
	}
	return m.Typo
}

// Address is "Sheet!C7".
func (m *Mutant) Address() string { return m.Sheet + "!" + m.Cell }

// Shown prints a figure the way the cell shows it, in Indonesian notation at its decimals.
func (m *Mutant) Shown(d decimal.Decimal) string { return number.Indonesian(d, m.Places) }

// Choice says which cells and changes make the mutants of a base.
type Choice struct {
	// Cells is how many cells of each kind are changed in a workbook (drawn at random,
	// reproducibly); 0 changes every cell of every kind.
	Cells int
	// Typos lists the typos made in each cell (default: Typos).
	Typos []string
	// TextShare is the percentage (0-100) of the typos that are also written as Indonesian
	// text, each drawn at random.
	TextShare int
	// Kinds, when set, keeps only these kinds of cell.
	Kinds []string
	// Seed draws the cells and the text share; the same seed and base give the same mutants.
	Seed uint64
}

// Mutants lists the mutants of one base workbook with its targets: per kind, Cells cells
// drawn at random, and per cell one mutant per typo that can be made in it, written as a
// number, and for a TextShare of them also as text. A typo written as a number into a cell
// whose format cannot show the figure's decimals (a General cell, where 104,00 would be stored
// and shown as 104) is left out: the cell would show another figure than the one typed. So is
// a typo that changes no other figure of the workbook (Target.Inert): inert counts them.
func Mutants(base string, targets []Target, c Choice) (mutants []Mutant, inert int) {
	typos := c.Typos
	if len(typos) == 0 {
		typos = Typos
	}
	h := fnv.New64a()
	h.Write([]byte(base))
	rng := rand.New(rand.NewPCG(c.Seed, h.Sum64()))

	byKind := map[string][]Target{}
	for _, t := range targets {
		byKind[t.Kind] = append(byKind[t.Kind], t)
	}
	var out []Mutant
	for _, kind := range Kinds {
		if len(c.Kinds) > 0 && !contains(c.Kinds, kind) {
			continue
		}
		cells := byKind[kind]
		if c.Cells > 0 && len(cells) > c.Cells {
			picked := rng.Perm(len(cells))[:c.Cells]
			var some []Target
			for i := range cells { // keep reading order
				if contains(picked, i) {
					some = append(some, cells[i])
				}
			}
			cells = some
		}
		for _, t := range cells {
			cell := t.Cell
			places := int(cell.Decimals)
			orig := number.Round(cell.Num, places)
			for _, ty := range typos {
				v, ok := typo(ty, orig, places)
				if !ok {
					continue
				}
				if t.Inert(v) {
					inert++
					continue
				}
				m := Mutant{Base: base, Kind: kind, Sheet: cell.Sheet, Cell: cell.Ref(), Typo: ty,
					Original: orig, OriginalText: cell.Text, Places: places, Value: v,
					percent: cell.Percent && !cell.FromText && strings.Contains(cell.NumberFormat(), "%")}
				// As a number: the stored text, which a General cell shows with the decimals
				// it spells.
				stored := v
				if m.percent {
					stored = v.Shift(-2)
				}
				if cell.NumberFormat() != "" || number.ShownDecimals(v) == places {
					n := m
					n.Written = stored.String()
					out = append(out, n)
				}
				if rng.IntN(100) < c.TextShare {
					t := m
					t.AsText, t.Written = true, number.Indonesian(v, places)
					out = append(out, t)
				}
			}
		}
	}
	return out, inert
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// Write writes the base workbook (its bytes) with the mutant's change to path, with
// excelize: the cell keeps its style (number format); a number is written as its stored text
// (no float64), a text as a shared string.
func (m *Mutant) Write(base []byte, path string) error {
	f, err := excelize.OpenReader(bytes.NewReader(base))
	if err != nil {
		return fmt.Errorf("%s: %w", m.Base, err)
	}
	defer f.Close()
	if m.AsText {
		err = f.SetCellStr(m.Sheet, m.Cell, m.Written)
	} else {
		err = f.SetCellDefault(m.Sheet, m.Cell, m.Written)
	}
	if err != nil {
		return fmt.Errorf("%s %s: %w", m.Base, m.Address(), err)
	}
	return save(f, path)
}

// save writes an excelize file to path.
func save(f *excelize.File, path string) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := f.Write(out); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
