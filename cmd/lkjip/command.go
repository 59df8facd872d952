package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"lkjip/reconcile"
	"lkjip/rules"
)

// command is what lkjip check and lkjip diff share: the options that say how to read and what
// to write, and the steps around the Checker, in the same order for both: the outputs are
// compared with the inputs before anything is read, then the settings and the export are
// read, then the files are checked, then the outputs are written.
type command struct {
	name           string // how messages start: "lkjip", "lkjip diff"
	stdout, stderr io.Writer
	lang, out      *string
	annotate       *string
	password       *string
	config, lra    *string
	settings       *reconcile.Settings
}

// newCommand registers the shared options on fs.
func newCommand(name string, fs *flag.FlagSet, stdout, stderr io.Writer) *command {
	return &command{name: name, stdout: stdout, stderr: stderr,
		lang:     fs.String("lang", "id", "id|en"),
		out:      fs.String("o", "", "output file"),
		annotate: fs.String("annotate", "", "annotated copy of the workbook"),
		password: fs.String("password", "", "workbook password"),
		config:   fs.String("config", "", "settings file"),
		lra:      fs.String("lra", "", "the finance system's LRA export to compare with"),
	}
}

// fail says m on stderr and gives the exit status 2.
func (c *command) fail(m reconcile.Text) int {
	fmt.Fprintln(c.stderr, c.name+": "+m.In(*c.lang))
	return 2
}

// prepare refuses a run whose outputs would overwrite what it reads (before anything is
// read), then reads the settings and the LRA export and returns the run's Checker; nil when
// the run must stop (said on stderr, exit status 2).
func (c *command) prepare(inputs []reconcile.Input, outputs ...reconcile.Output) *reconcile.Checker {
	outputs = append(outputs, reconcile.Output{Option: "-o", Path: *c.out}, reconcile.Output{Option: "--annotate", Path: *c.annotate})
	if msg := reconcile.CheckOutputs(outputs, inputs, *c.config, *c.lra); msg != nil {
		c.fail(*msg)
		return nil
	}
	settings, ok := loadSettings(*c.config, *c.lang, c.stderr)
	if !ok {
		return nil
	}
	export, msg := readExport(*c.lra, settings)
	if msg != nil {
		c.fail(*msg)
		return nil
	}
	c.settings = settings
	return &reconcile.Checker{Rules: rules.All, Settings: settings,
		Options: reconcile.Options{Password: *c.password, OnlyLang: *c.lang, Export: export}}
}

// provenance records how the run's reports were made: the tool, the catalogue, the settings
// file's hash, the time the run began, the workbooks (added by record, each result carries
// its file's hash) and the export.
func (c *command) provenance(start time.Time, record func(*reconcile.Provenance)) *reconcile.Provenance {
	prov := reconcile.NewProvenance(rules.All, c.settings, start)
	record(prov)
	if *c.lra != "" {
		prov.Add(*c.lra, "lra")
	}
	return prov
}

// writeFile writes an output of an option; false when it failed (said on stderr).
func (c *command) writeFile(option, path string, write func(io.Writer) error) bool {
	err := reconcile.WriteFile(path, write)
	if err == nil {
		return true
	}
	var we *reconcile.WriteError
	if errors.As(err, &we) {
		fmt.Fprintf(c.stderr, "%s: %s %s\n", c.name, option, we.Message().In(*c.lang))
	} else {
		fmt.Fprintf(c.stderr, "%s: %s: %v\n", c.name, option, err)
	}
	return false
}

// emit writes the report to -o, or to stdout; false when it failed (said on stderr).
func (c *command) emit(render func(io.Writer) error) bool {
	if *c.out != "" {
		return c.writeFile("-o", *c.out, render)
	}
	bw := bufio.NewWriter(c.stdout)
	if err := errors.Join(render(bw), bw.Flush()); err != nil {
		fmt.Fprintf(c.stderr, "%s: %v\n", c.name, err)
		return false
	}
	return true
}
