package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"

	"lkjip/reconcile"
)

const usageRulesID = `Pemakaian:
  lkjip rules [--lang en]

Daftar aturan pemeriksaan: kode, tingkat, judul. lkjip explain KODE menjelaskan satu aturan
dengan contohnya.
`

const usageRulesEN = `Usage:
  lkjip rules [--lang en]

Lists the checking rules: code, severity, title. lkjip explain CODE explains one rule with its
example.
`

const usageExplainID = `Pemakaian:
  lkjip explain [--lang en] KODE...

Penjelasan aturan (kodenya dari lkjip rules), dengan contoh.
`

const usageExplainEN = `Usage:
  lkjip explain [--lang en] CODE...

Explains rules (their codes are in lkjip rules), with examples.
`

const usageConfigID = `Pemakaian:
  lkjip config [--lang en]         cetak berkas pengaturan bawaan, berkomentar
  lkjip config --example NAMA      cetak contoh siap pakai (permendagri-86-2017,
                                   rembang-14-kecamatan)

Simpan keluarannya sebagai berkas .yaml, ubah, dan berikan dengan lkjip check --config BERKAS.
`

const usageConfigEN = `Usage:
  lkjip config [--lang en]         print the default settings file, commented
  lkjip config --example NAME      print a ready example (permendagri-86-2017,
                                   rembang-14-kecamatan)

Save the output as a .yaml file, edit it, and give it with lkjip check --config FILE.
`

// helpOf is a command's help in the language its arguments ask for.
func helpOf(name string, en bool) string {
	pick := func(id, eng string) string {
		if en {
			return eng
		}
		return id
	}
	switch name {
	case "rules":
		return pick(usageRulesID, usageRulesEN)
	case "explain":
		return pick(usageExplainID, usageExplainEN)
	case "config":
		return pick(usageConfigID, usageConfigEN)
	case "template":
		return pick(usageTemplateID, usageTemplateEN)
	}
	return pick(usageID, usageEN)
}

// parseFlags parses a command's flags (see parse). --help (or -h) prints the command's help
// on stdout and ends the command with exit status 0; a flag it does not know, or one without
// its value, is one line on stderr in the chosen language that names it and the way to the
// help, exit status 2. done tells the command to return code.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (rest []string, code int, done bool) {
	fs.SetOutput(io.Discard) // Go's own English lines and its usage listing are not for users
	fs.Usage = func() {}
	rest, err := parse(fs, args)
	if err == nil {
		return rest, 0, false
	}
	en := hasEN(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, helpOf(fs.Name(), en))
		return nil, 0, true
	}
	lang := "id"
	if en {
		lang = "en"
	}
	fmt.Fprintln(stderr, flagProblem(fs.Name(), err).In(lang))
	return nil, 2, true
}

var (
	reUndefined = regexp.MustCompile(`^flag provided but not defined: (.+)$`)
	reNoValue   = regexp.MustCompile(`^flag needs an argument: (.+)$`)
	reBadValue  = regexp.MustCompile(`^invalid (?:boolean |)value "(.*)" for flag (\S+?):`)
)

// flagProblem says what was wrong with a command's flags, in words.
func flagProblem(name string, err error) reconcile.Text {
	help := "lkjip " + name + " --help"
	e := err.Error()
	if m := reUndefined.FindStringSubmatch(e); m != nil {
		return reconcile.Msg("lkjip %s: pilihan %s tidak dikenal; lihat %s.", "lkjip %s: unknown option %s; see %s.", name, m[1], help)
	}
	if m := reNoValue.FindStringSubmatch(e); m != nil {
		return reconcile.Msg("lkjip %s: pilihan %s memerlukan nilai; lihat %s.", "lkjip %s: option %s needs a value; see %s.", name, m[1], help)
	}
	if m := reBadValue.FindStringSubmatch(e); m != nil {
		return reconcile.Msg("lkjip %s: nilai %q untuk %s tidak sah; lihat %s.", "lkjip %s: %q is not a valid value for %s; see %s.", name, m[1], m[2], help)
	}
	return reconcile.Msg("lkjip %s: %v; lihat %s.", "lkjip %s: %v; see %s.", name, err, help)
}
