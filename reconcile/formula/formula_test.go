package formula

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// cells is a test Resolver keyed by "A1" (own sheet) or "Sheet!A1".
type cells map[string]Value

func (c cells) Cell(sheet string, col, row int) Value {
	k := ColName(col) + strconv.Itoa(row)
	if sheet != "" {
		k = sheet + "!" + k
	}
	return c[k]
}

func num(s string) Value { return NumberValue(decimal.RequireFromString(s)) }

// want is the expected result rendered by Value.String, prefixed with the
// kind so that the number 1 and the text "1" differ.
func show(v Value) string { return v.Kind.String() + ":" + v.String() }

type evalCase struct {
	expr string
	want string
}

func runEval(t *testing.T, r Resolver, cases []evalCase) {
	t.Helper()
	for _, tc := range cases {
		got, err := Eval(tc.expr, r)
		if err != nil {
			t.Errorf("Eval(%q): unexpected error %v", tc.expr, err)
			continue
		}
		if show(got) != tc.want {
			t.Errorf("Eval(%q) = %s, want %s", tc.expr, show(got), tc.want)
		}
	}
}

func TestPrecedence(t *testing.T) {
	runEval(t, nil, []evalCase{
		{"-2^2", "Number:4"}, // Excel: unary minus binds tighter than ^
		{"=-2^2", "Number:4"},
		{"-2^3", "Number:-8"},
		{"0-2^2", "Number:-4"},
		{"2^3^2", "Number:64"}, // left-associative
		{"2^(3^2)", "Number:512"},
		{"10%", "Number:0.1"},
		{"-10%", "Number:-0.1"},
		{"50%*200", "Number:100"},
		{"2*10%^2", "Number:0.02"}, // % before ^
		{"200%%", "Number:0.02"},
		{"1+2*3", "Number:7"},
		{"(1+2)*3", "Number:9"},
		{"2*3^2", "Number:18"},
		{"5-3-1", "Number:1"},
		{"8/4/2", "Number:1"},
		{"3/2*100", "Number:150"},
		{"3/7* 100", "Number:42.8571428571428571428571428571"},
		{"1E3+1.5", "Number:1001.5"},
		{".5+1", "Number:1.5"},
		{"1+2&\"x\"", "Text:3x"}, // & below +
		{"1+2=3", "Bool:TRUE"},   // comparison lowest
		{"\"a\"&\"b\"=\"AB\"", "Bool:TRUE"},
		{"--3", "Number:3"},
		{"+\"abc\"", "Text:abc"}, // unary plus does not coerce
		{"TRUE+1", "Number:2"},
		{"\"a\"\"b\"", "Text:a\"b"},
		{"2^0", "Number:1"},
		{"0^0", "Error:#NUM!"},
		{"10^400", "Error:#NUM!"},
		{"1/0", "Error:#DIV/0!"},
		{"#REF!+1", "Error:#REF!"},
		{"1/0+#N/A", "Error:#DIV/0!"}, // first error wins
		{"\"abc\"*2", "Error:#VALUE!"},
		{"\" 12.5 \"*2", "Number:25"},
		{"1.0=1", "Bool:TRUE"},
		{"\"10\"<9", "Bool:FALSE"}, // text sorts after numbers
		{"TRUE>100", "Bool:TRUE"},  // booleans after text
		{"\"abc\"<\"ABD\"", "Bool:TRUE"},
		{"1<>1", "Bool:FALSE"},
		{"2>=2", "Bool:TRUE"},
		{"1/3", "Number:0.333333333333333333333333333333"},
		{"1/3&\"\"", "Text:0.333333333333333"}, // General format: 15 digits
	})
}

func TestRatioFormula(t *testing.T) {
	r := cells{"D5": num("2739149000"), "E5": num("2063833435")}
	runEval(t, r, []evalCase{
		{"E5/D5", "Number:0.753457893309199317014152935821"}, // exact to 30 places
		{"=E5/D5*100", "Number:75.3457893309199317014152935821"},
		{"ROUND(E5/D5*100,2)", "Number:75.35"},
		{"ROUND(E5/D5*100,4)", "Number:75.3458"},
		{"e5/d5*100", "Number:75.3457893309199317014152935821"}, // case-insensitive columns
		{"$E$5/$D5*100", "Number:75.3457893309199317014152935821"},
	})
	v, err := Eval("=E5/D5*100", r)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Num.Round(2).StringFixed(2); got != "75.35" {
		t.Errorf("rounded = %s, want 75.35", got)
	}
}

func TestAggregates(t *testing.T) {
	r := cells{
		"D5": num("10"),
		"D6": TextValue("catatan"), // text inside a range is ignored
		"D7": num("2.5"),
		"D8": TextValue("7"), // numeric text inside a range is ignored too
		// D9 blank
		"D10": BoolValue(true), // booleans inside a range are ignored
		"F1":  ErrorValue(CodeDiv0),
		"G1":  num("-4"),
	}
	runEval(t, r, []evalCase{
		{"SUM(D5:D10)", "Number:12.5"},
		{"SUM(D10:D5)", "Number:12.5"}, // reversed corners
		{"sum($D$5:D10)", "Number:12.5"},
		{"SUM(D5:D10,\"5\",TRUE)", "Number:18.5"}, // direct args are coerced
		{"SUM(D8)", "Number:0"},                   // single referenced text cell ignored
		{"SUM(\"x\")", "Error:#VALUE!"},
		{"SUM(D5:D10,F1)", "Error:#DIV/0!"},
		{"SUM(D5,,1)", "Number:11"},
		{"AVERAGE(D5:D10)", "Number:6.25"},
		{"AVERAGE(D9)", "Error:#DIV/0!"},
		{"AVERAGE(D6:D6)", "Error:#DIV/0!"},
		{"MIN(D5:D10,G1)", "Number:-4"},
		{"MAX(D5:D10)", "Number:10"},
		{"MAX(D6,D9)", "Number:0"},
		{"COUNT(D5:D10)", "Number:2"},
		{"COUNT(D5:D10,\"3\",\"x\",TRUE,F1)", "Number:4"}, // errors not counted
		{"COUNTA(D5:D10)", "Number:5"},
		{"COUNTA(D5:D10,F1)", "Number:6"},
		{"_xlfn.SUM(D5,D7)", "Number:12.5"},
		{"ABS(G1)", "Number:4"},
		{"INT(-1.5)", "Number:-2"},
		{"INT(1.9)", "Number:1"},
		{"D9", "Number:0"}, // =A1 on a blank cell shows 0
		{"D6", "Text:catatan"},
		{"D6*2", "Error:#VALUE!"},
		{"D8*2", "Number:14"}, // numeric text in arithmetic
		{"D9+1", "Number:1"},
		{"D10+1", "Number:2"},
	})
}

func TestSumProduct(t *testing.T) {
	r := cells{
		"A1": num("2"), "A2": num("3"), "A3": TextValue("x"),
		"B1": num("10"), "B2": num("0.5"), "B3": num("7"),
		"C1": ErrorValue(CodeNA),
	}
	runEval(t, r, []evalCase{
		{"SUMPRODUCT(A1:A3,B1:B3)", "Number:21.5"}, // text counts as 0
		{"SUMPRODUCT(A1:A2)", "Number:5"},
		{"SUMPRODUCT(A1,B1)", "Number:20"},
		{"SUMPRODUCT(A1:A3,B1:B2)", "Error:#VALUE!"},
		{"SUMPRODUCT(A1:A1,C1:C1)", "Error:#N/A"},
	})
}

func TestIfIferror(t *testing.T) {
	r := cells{"D5": num("0"), "E5": num("12"), "D6": num("4"), "E6": num("3")}
	runEval(t, r, []evalCase{
		{"IF(D5=0,0,E5/D5)", "Number:0"},
		{"IF(D6=0,0,E6/D6*100)", "Number:75"},
		{"E5/D5", "Error:#DIV/0!"},
		{"IFERROR(E5/D5,\"-\")", "Text:-"},
		{"IFERROR(E5/D5*100,0)", "Number:0"},
		{"IFERROR(E6/D6*100,0)", "Number:75"},
		{"_xlfn.IFERROR(E5/D5,)", "Number:0"},
		{"IF(E5/D5>1,1,2)", "Error:#DIV/0!"}, // error in the condition propagates
		{"IF(FALSE,1)", "Bool:FALSE"},
		{"IF(TRUE,,1)", "Number:0"},
		{"IF(\"true\",1,2)", "Number:1"},
		{"IF(\"maybe\",1,2)", "Error:#VALUE!"},
		{"IF(D9,1,2)", "Number:2"},
		{"IF(TRUE,1,VLOOKUP(1,A1:B2,2))", "Number:1"}, // lazy: other branch never evaluated
		{"IFNA(NA(),0)", "Number:0"},
		{"IFNA(E5/D5,0)", "Error:#DIV/0!"},
		{"AND(TRUE,1,D6>3)", "Bool:TRUE"},
		{"AND(TRUE,D5)", "Bool:FALSE"},
		{"OR(FALSE,D5,E5)", "Bool:TRUE"},
		{"OR(E5/D5,TRUE)", "Error:#DIV/0!"},
		{"AND(A1:A3)", "Error:#VALUE!"},
		{"NOT(D5)", "Bool:TRUE"},
		{"NOT(\"x\")", "Error:#VALUE!"},
	})
}

func TestCrossSheet(t *testing.T) {
	r := cells{
		"Realisasi Anggaran!F12": num("1500000"),
		"Realisasi Anggaran!F10": num("500000"),
		"Sheet1!A1":              num("3"),
		"It's!A1":                num("7"),
		"A1":                     num("100"),
	}
	runEval(t, r, []evalCase{
		{"'Realisasi Anggaran'!F12", "Number:1500000"},
		{"='Realisasi Anggaran'!F12/Sheet1!A1", "Number:500000"},
		{"'It''s'!A1+A1", "Number:107"},
		{"SUM('Realisasi Anggaran'!F10:F12)", "Number:2000000"},
		{"SUM('Realisasi Anggaran'!F10:'Realisasi Anggaran'!$F$12)", "Number:2000000"},
		{"Sheet1!$A$1*A1", "Number:300"},
	})
	n, err := Parse("'It''s'!$B$2")
	if err != nil {
		t.Fatal(err)
	}
	ref, ok := n.(*CellRef)
	if !ok || *ref != (CellRef{Sheet: "It's", Col: 2, Row: 2, ColAbs: true, RowAbs: true}) {
		t.Errorf("Parse('It''s'!$B$2) = %#v", n)
	}
}

func TestShift(t *testing.T) {
	cases := []struct {
		expr         string
		dRows, dCols int
		want         string
	}{
		{"E5/D5*100", 1, 0, "E6/D6*100"},
		{"=E5/D5*100", 1, 0, "=E6/D6*100"},
		{"$D$5+D5", 2, 1, "$D$5+E7"},
		{"SUM(D6:D9)", 1, 0, "SUM(D7:D10)"},
		{"SUM(D6:D9)", 0, 2, "SUM(F6:F9)"},
		{"SUM($D$6:D9)", 3, 0, "SUM($D$6:D12)"},
		{"A1+$A1+A$1+$A$1", 1, 1, "B2+$A2+B$1+$A$1"},
		{"IF( D5 = 0 , 0, E5 / D5 )", 1, 0, "IF( D6 = 0 , 0, E6 / D6 )"}, // spacing kept
		{"'Realisasi Anggaran'!F12*A1", 1, 0, "'Realisasi Anggaran'!F13*A2"},
		{"A1!B2", 1, 0, "A1!B3"},                              // sheet names never move
		{"LOG10(A1)+TRUE", 1, 0, "LOG10(A2)+TRUE"},            // function names that look like refs stay
		{"VLOOKUP(A1,X1:Y9,2)", 1, 0, "VLOOKUP(A2,X2:Y10,2)"}, // unsupported functions still shift
		{"\"A1\"&A1", 1, 0, "\"A1\"&A2"},                      // string contents untouched
		{"XFB1", 0, 2, "XFD1"},
	}
	for _, tc := range cases {
		got, err := Shift(tc.expr, tc.dRows, tc.dCols)
		if err != nil {
			t.Errorf("Shift(%q,%d,%d): %v", tc.expr, tc.dRows, tc.dCols, err)
			continue
		}
		if got != tc.want {
			t.Errorf("Shift(%q,%d,%d) = %q, want %q", tc.expr, tc.dRows, tc.dCols, got, tc.want)
		}
	}
	for _, bad := range []struct {
		expr         string
		dRows, dCols int
	}{
		{"A1", -1, 0},      // off the top
		{"XFD1", 0, 1},     // off the right
		{"SUM(A:A)", 0, 1}, // whole column
		{"SUM(1:1)", 1, 0}, // whole row
		{"\"unterminated", 1, 0},
	} {
		if got, err := Shift(bad.expr, bad.dRows, bad.dCols); err == nil {
			t.Errorf("Shift(%q,%d,%d) = %q, want error", bad.expr, bad.dRows, bad.dCols, got)
		}
	}
}

func TestRound(t *testing.T) {
	// shopspring's Round is half away from zero for negatives too, which is
	// what Excel's ROUND does; pin it so a library change is noticed.
	if got := decimal.RequireFromString("-2.345").Round(2).String(); got != "-2.35" {
		t.Fatalf("decimal Round(-2.345, 2) = %s, want -2.35", got)
	}
	runEval(t, nil, []evalCase{
		{"ROUND(2.345,2)", "Number:2.35"},
		{"ROUND(-2.345,2)", "Number:-2.35"},
		{"ROUND(2.5,0)", "Number:3"},
		{"ROUND(-2.5,0)", "Number:-3"},
		{"ROUND(1250,-2)", "Number:1300"},
		{"ROUND(-1250,-2)", "Number:-1300"},
		{"ROUND(1.55,1.9)", "Number:1.6"}, // digits truncated to 1
		{"ROUND(7,2)", "Number:7"},
		{"ROUND(7,1000000)", "Number:7"},
		{"ROUND(7,-1000000)", "Number:0"},
		{"ROUNDUP(1.231,2)", "Number:1.24"},
		{"ROUNDUP(-1.231,2)", "Number:-1.24"},
		{"ROUNDUP(1201,-2)", "Number:1300"},
		{"ROUNDDOWN(-1.239,2)", "Number:-1.23"},
		{"ROUNDDOWN(1299,-2)", "Number:1200"},
		{"round(\"2.345\",2)", "Number:2.35"},
		{"ROUND(1/0,2)", "Error:#DIV/0!"},
	})
}

func TestUnsupported(t *testing.T) {
	r := cells{}
	for _, expr := range []string{
		"VLOOKUP(1,A1:B2,2)",
		"_xlfn.STDEV.S(A1:A3)",
		"SUM(A:A)",
		"SUM(1:1)",
		"TotalAnggaran*2", // defined name
		"Sheet1!Total",
		"{1,2,3}",
		"2^0.5",
		"2^-1",
		"SUMPRODUCT(A1:A2*B1:B2)",
		"A1:B2", // range as a value
		"[1]Sheet1!A1",
		"'[1]Sheet1'!A1",
		"Sheet1:Sheet3!A1",
		"SUM(A1:B2:C3)",
		"SUM(A1:XFD1048576)", // > 1,000,000 cells
		"1E400",
		strings.Repeat("(", MaxDepth+1) + "1" + strings.Repeat(")", MaxDepth+1),
		strings.Repeat("-", MaxDepth+1) + "1",
		"1" + strings.Repeat("+1", MaxLength/2),
		"A1 B1",
	} {
		_, err := Eval(expr, r)
		if !errors.Is(err, ErrUnsupported) && !(expr == "A1 B1" && errors.Is(err, ErrSyntax)) {
			short := expr
			if len(short) > 40 {
				short = short[:40] + "..."
			}
			t.Errorf("Eval(%q) error = %v, want ErrUnsupported", short, err)
		}
	}
	// The depth limit itself is allowed.
	ok := strings.Repeat("(", MaxDepth) + "1" + strings.Repeat(")", MaxDepth)
	if v, err := Eval(ok, nil); err != nil || show(v) != "Number:1" {
		t.Errorf("depth %d: %v %v", MaxDepth, show(v), err)
	}
	if !Supported("_xlfn.IFERROR") || Supported("VLOOKUP") {
		t.Errorf("Supported disagrees with the function table")
	}
}

func TestMalformed(t *testing.T) {
	for _, expr := range []string{
		"", "=", "1+", "(1", "1)", "()", "SUM(1", "SUM(1,", `"abc`, "1 2", "ROUND(1)",
		"IF(1)", "NOT(1,2)", "#FOO", "'Sheet'A1", "''!A1", "A1:", ":A1", "*", ",", "1,2",
		"1+*2", "SUM(,", "'unterminated!A1", "Sheet1!", "Sheet1!+1", "1E", "1..2", "=+",
		"A1:1+", "\x00", "\xff", "!A1",
	} {
		v, err := Eval(expr, cells{})
		if err == nil {
			t.Errorf("Eval(%q) = %s, want error", expr, show(v))
		}
	}
}

func TestResolverPanic(t *testing.T) {
	_, err := Eval("A1+1", panicky{})
	if err == nil || !strings.Contains(err.Error(), "internal error") {
		t.Errorf("panicking resolver: err = %v", err)
	}
	// Without a resolver a reference is unsupported, not a crash.
	if _, err := Eval("A1", nil); !errors.Is(err, ErrUnsupported) {
		t.Errorf("nil resolver: err = %v", err)
	}
}

type panicky struct{}

func (panicky) Cell(string, int, int) Value { panic("boom") }

func TestString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"3/2*100", "3/2*100"},
		{"3/7* 100", "3/7*100"},
		{"(3/2)*100", "3/2*100"},
		{"3/(2*100)", "3/(2*100)"},
		{"1-(2-3)", "1-(2-3)"},
		{"(1-2)-3", "1-2-3"},
		{"-2^2", "-2^2"},
		{"-(2^2)", "-(2^2)"},
		{"2^3^2", "2^3^2"},
		{"2^(3^2)", "2^(3^2)"},
		{"(1+2)%", "(1+2)%"},
		{"-(2%)", "-(2%)"},
		{"1E3 + 1.50", "1000+1.5"},
		{"= sum( a1 : $B$2 , 'It''s'!c3, Data.2020!D4, 'A1'!E5 )", "SUM(A1:$B$2,'It''s'!C3,Data.2020!D4,'A1'!E5)"},
		{"_xlfn.IFERROR(a1,)", "IFERROR(A1,)"},
		{"\"say \"\"hi\"\"\"&TRUE", "\"say \"\"hi\"\"\"&TRUE"},
		{"#div/0!", "#DIV/0!"},
		{"1<>2", "1<>2"},
		{"(1&2)=(3&4)", "1&2=3&4"},
		{"1&(2=3)", "1&(2=3)"},
	} {
		n, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if got := n.String(); got != tc.want {
			t.Errorf("Parse(%q).String() = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWalk(t *testing.T) {
	n, err := Parse("3/7* 100")
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	Walk(n, func(n Node) bool {
		switch n := n.(type) {
		case *Binary:
			seen = append(seen, "op"+n.Op)
		case *NumberLit:
			seen = append(seen, n.Val.String())
		default:
			seen = append(seen, fmt.Sprintf("%T", n))
		}
		return true
	})
	if got := strings.Join(seen, " "); got != "op* op/ 3 7 100" {
		t.Errorf("walk order = %q", got)
	}
	top := n.(*Binary)
	if l, ok := top.L.(*Binary); !ok || l.Op != "/" || top.R.(*NumberLit).Text != "100" {
		t.Errorf("tree shape = %#v", n)
	}
	// Returning false prunes the children.
	count := 0
	Walk(n, func(Node) bool { count++; return false })
	if count != 1 {
		t.Errorf("pruned walk visited %d nodes", count)
	}
}

// fuzzCells answers every cell with a deterministic mix of kinds.
type fuzzCells struct{}

func (fuzzCells) Cell(sheet string, col, row int) Value {
	switch (col + row + len(sheet)) % 7 {
	case 0:
		return Value{}
	case 1:
		return TextValue("12.5")
	case 2:
		return TextValue("abc")
	case 3:
		return BoolValue(row%2 == 0)
	case 4:
		return ErrorValue(CodeDiv0)
	case 5:
		return num("-0.000123")
	}
	return NumberValue(decimal.NewFromInt(int64(col*1000 + row)))
}

func FuzzEval(f *testing.F) {
	for _, s := range []string{
		"=E5/D5*100",
		"-2^2",
		"2^3^2",
		"10%",
		"SUM(D5:D9)/COUNT(D5:D9)",
		"IFERROR(E5/D5,\"-\")",
		"'Realisasi Anggaran'!F12*100",
		"ROUND(AVERAGE($D$5:D9),2)",
		"IF(AND(A1>0,NOT(B1)),SUMPRODUCT(A1:A3,B1:B3),MAX(C1:C3,-1))",
		"ROUNDUP(1E300*1E-300,-2)&\"x\"",
		"_xlfn.IFNA(NA(),INT(-1.5))",
		"(((1+2)*3)^2)%",
		"COUNTA(A1:C3,\"a\"\"b\",TRUE,#REF!)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, expr string) {
		// Eval recovers panics into errors, so a panic shows up as an
		// "internal error" message: treat that as the failure.
		if _, err := Eval(expr, fuzzCells{}); err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("Eval(%q): %v", expr, err)
		}
		if _, err := Shift(expr, 1, 1); err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("Shift(%q): %v", expr, err)
		}
		n, err := Parse(expr)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("Parse(%q): %v", expr, err)
			}
			return
		}
		// String must print something that parses back to the same form.
		s := n.String()
		n2, err := Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q does not parse: %v", expr, s, err)
		}
		if s2 := n2.String(); s2 != s {
			t.Fatalf("String not stable: %q -> %q -> %q", expr, s, s2)
		}
	})
}

func TestHandBuiltNodes(t *testing.T) {
	// Trees built by other packages bypass the parser's limits; EvalNode
	// must still fail cleanly.
	loop := &Binary{Op: "+", R: &NumberLit{Val: decimal.NewFromInt(1)}}
	loop.L = loop
	huge := &RangeRef{From: CellRef{Col: -1 << 62, Row: 1}, To: CellRef{Col: 1 << 62, Row: 1}}
	for name, n := range map[string]Node{
		"cyclic":       loop,
		"huge range":   &Call{Name: "SUM", Args: []Node{huge}},
		"sumproduct":   &Call{Name: "SUMPRODUCT", Args: []Node{huge}},
		"off-sheet":    &CellRef{Col: 0, Row: 5},
		"unknown func": &Call{Name: "FOO"},
	} {
		if _, err := EvalNode(n, fuzzCells{}); !errors.Is(err, ErrUnsupported) {
			t.Errorf("%s: err = %v, want ErrUnsupported", name, err)
		}
	}
	if _, err := EvalNode(nil, nil); err == nil {
		t.Errorf("nil node: no error")
	}
	// A literal-only tree needs no Resolver.
	n := &Binary{Op: "*", L: &Binary{Op: "/", L: &NumberLit{Val: decimal.NewFromInt(3)}, R: &NumberLit{Val: decimal.NewFromInt(2)}}, R: &NumberLit{Val: decimal.NewFromInt(100)}}
	if v, err := EvalNode(n, nil); err != nil || show(v) != "Number:150" || n.String() != "3/2*100" {
		t.Errorf("3/2*100 = %s, %v, printed %q", show(v), err, n.String())
	}
}

// sparse is a test RangeResolver over cells: a range walk looks at the cells the map holds
// (each one costs one), never at the blank places of the range.
type sparse struct{ cells }

func (s sparse) Range(sheet string, c1, r1, c2, r2 int, limit int64, fn func(col, row int, v Value) bool) int64 {
	type at struct {
		col, row int
		v        Value
	}
	var in []at
	var looked int64
	for k, v := range s.cells {
		ks, ref := "", k
		if i := strings.LastIndexByte(k, '!'); i >= 0 {
			ks, ref = k[:i], k[i+1:]
		}
		if ks != sheet {
			continue
		}
		if looked++; looked > limit {
			return looked
		}
		n, err := Parse(ref)
		if err != nil {
			panic(err)
		}
		c := n.(*CellRef)
		if c.Col >= c1 && c.Col <= c2 && c.Row >= r1 && c.Row <= r2 && v.Kind != Blank {
			in = append(in, at{c.Col, c.Row, v})
		}
	}
	slices.SortFunc(in, func(a, b at) int {
		if a.row != b.row {
			return a.row - b.row
		}
		return a.col - b.col
	})
	for _, a := range in {
		if !fn(a.col, a.row, a.v) {
			break
		}
	}
	return looked
}

// TestRangeResolverSameResults: walking only the cells that hold something gives every
// aggregate the value the cell-by-cell walk gives, errors and their order included.
func TestRangeResolverSameResults(t *testing.T) {
	r := cells{
		"D5": num("10"), "D6": TextValue("catatan"), "D7": num("2.5"), "D8": TextValue("7"),
		"D10": BoolValue(true), "F1": ErrorValue(CodeDiv0), "G1": num("-4"), "E6": TextValue(""),
		"A1": num("2"), "A2": num("3"), "A3": TextValue("x"), "B1": num("10"), "B2": num("0.5"), "B3": num("7"),
		"C1": ErrorValue(CodeNA), "C3": ErrorValue(CodeRef), "B5": num("4"),
		"Lain!A1": num("5"), "Lain!B2": ErrorValue(CodeValue),
	}
	for _, expr := range []string{
		"SUM(D5:D10)", "SUM(D10:D5)", "SUM(D5:D10,F1)", "AVERAGE(D5:D10)", "AVERAGE(D9:D9)", "MIN(D5:D10,G1)",
		"MAX(D5:G10)", "COUNT(A1:G10)", "COUNTA(A1:G10)", "COUNTA(D5:E6)", "AND(D5:D10)", "OR(D9:D9)",
		"SUMPRODUCT(A1:A3,B1:B3)", "SUMPRODUCT(A1:A2)", "SUMPRODUCT(A1:A3,B1:B2)", "SUMPRODUCT(A1:A1,C1:C1)",
		"SUMPRODUCT(A1:A3,C1:C3)", "SUMPRODUCT(A4:A5,B4:B5)", "SUM(Lain!A1:B2)", "SUM(Lain!A1:A3)", "COUNT(Lain!A1:C3)",
		"SUM(A1:B3)+SUM(B1:B3)",
	} {
		dense, err1 := Eval(expr, r)
		walked, err2 := Eval(expr, sparse{r})
		if err1 != nil || err2 != nil || show(dense) != show(walked) {
			t.Errorf("%s: cell by cell %s (%v), walked %s (%v)", expr, show(dense), err1, show(walked), err2)
		}
	}
}

// TestRangeCostsWhatItHolds: a wide range over a sheet of a few cells costs those cells, not
// its area: =SUM(A1:XFD60) read 983,040 cells one by one (about 1 s); a whole sheet is no
// longer too large to walk.
func TestRangeCostsWhatItHolds(t *testing.T) {
	r := sparse{cells{"A1": num("1"), "B7": num("2"), "XFD60": num("3"), "C61": num("100")}}
	for expr, want := range map[string]string{"SUM(A1:XFD60)": "Number:6", "SUM(A1:XFD1048576)": "Number:106", "COUNT(B1:XFD1048576)": "Number:3"} {
		b := &Budget{Left: 1000}
		n, err := Parse(expr)
		if err != nil {
			t.Fatal(err)
		}
		v, err := EvalNodeWithin(n, r, b)
		if err != nil || show(v) != want {
			t.Errorf("%s = %s, %v; want %s", expr, show(v), err, want)
		}
		if spent := 1000 - b.Left; spent > 4 {
			t.Errorf("%s spent %d of the budget, want at most the 4 cells held", expr, spent)
		}
	}
	// Cell by cell, the area is what is read.
	b := &Budget{Left: 1 << 30}
	n, _ := Parse("SUM(A1:XFD60)")
	if _, err := EvalNodeWithin(n, r.cells, b); err != nil || 1<<30-b.Left != 16384*60 {
		t.Errorf("cell by cell spent %d (%v), want %d", 1<<30-b.Left, err, 16384*60)
	}
}

// TestBudget: evaluations share a budget; the one that would overspend it fails with
// ErrBudget, and so does every one after it, however small.
func TestBudget(t *testing.T) {
	r := cells{}
	for i := 1; i <= 20; i++ {
		r["A"+strconv.Itoa(i)] = num("1")
	}
	for _, res := range []Resolver{r, sparse{r}} {
		b := &Budget{Left: 30}
		eval := func(expr string) (Value, error) {
			n, err := Parse(expr)
			if err != nil {
				t.Fatal(err)
			}
			return EvalNodeWithin(n, res, b)
		}
		if v, err := eval("SUM(A1:A20)"); err != nil || show(v) != "Number:20" {
			t.Fatalf("%T: first SUM = %s, %v", res, show(v), err)
		}
		if _, err := eval("SUM(A1:A20)"); !errors.Is(err, ErrBudget) {
			t.Errorf("%T: second SUM over a spent budget: %v", res, err)
		}
		if _, err := eval("A1+1"); !errors.Is(err, ErrBudget) || b.Left != 0 {
			t.Errorf("%T: a cell read after the budget ran out: %v, %d left", res, err, b.Left)
		}
		if v, err := eval("1+2"); err != nil || show(v) != "Number:3" {
			t.Errorf("%T: a formula that reads no cell still evaluates: %s, %v", res, show(v), err)
		}
	}
}

// TestSumExactAtTheEdges: the sum kept in 64 bits per exponent gives the exact total when
// its terms are as long as it takes (18 digits, many of them), mixed with decimals of other
// scales and with numbers longer than 64 bits.
func TestSumExactAtTheEdges(t *testing.T) {
	r := cells{}
	want := decimal.Zero
	for i := 1; i <= 300; i++ {
		v := []string{"999999999999999999", "888888888888888888", "0.01", "12345678901234567890123", "1.5E-3", "7"}[i%6]
		r["A"+strconv.Itoa(i)] = num(v)
		want = want.Add(decimal.RequireFromString(v))
	}
	for _, res := range []Resolver{r, sparse{r}} {
		if v, err := Eval("SUM(A1:A300)", res); err != nil || !v.Num.Equal(want) {
			t.Errorf("%T: SUM = %s, %v; want %s", res, v.String(), err, want)
		}
		avg := want.DivRound(decimal.NewFromInt(300), divPlaces)
		if v, err := Eval("AVERAGE(A1:A300)", res); err != nil || !v.Num.Equal(avg) {
			t.Errorf("%T: AVERAGE = %s, %v; want %s", res, v.String(), err, avg)
		}
	}
}
