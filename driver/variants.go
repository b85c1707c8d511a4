package driver

import (
	"fmt"
	"os"
	"regexp"
	"strings"
)

// A variant is an environment attnc bench builds and runs a sparse
// kernel under (-variants): the ATTNC_* knobs that codegen and the
// runtimes read (docs/gpu.md lists the GPU's), set in this process while
// the kernel is compiled, built and run, and restored after. Comparing
// variants in one process times them on the same inputs, against one
// dense run, and alternated (-rounds) — where one process per variant
// regenerated the inputs every time and spread its runs over minutes.
type variant []envSetting

type envSetting struct{ name, value string }

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// parseVariants reads -variants: "" (no flag) is one variant of no
// settings; otherwise '|'-separated variants, each space-separated
// NAME=value settings or "-" for none.
func parseVariants(s string) ([]variant, error) {
	if s == "" {
		return []variant{nil}, nil
	}
	var vs []variant
	for _, part := range strings.Split(s, "|") {
		part = strings.TrimSpace(part)
		var v variant
		if part != "-" {
			fields := strings.Fields(part)
			if len(fields) == 0 {
				return nil, usagef("-variants %q: an empty variant (write - for the environment as it is)", s)
			}
			for _, f := range fields {
				name, value, ok := strings.Cut(f, "=")
				if !ok || !envName.MatchString(name) {
					return nil, usagef("-variants: %q is not NAME=value", f)
				}
				v = append(v, envSetting{name, value})
			}
		}
		vs = append(vs, v)
	}
	return vs, nil
}

// String is the variant as -variants writes it.
func (v variant) String() string {
	if len(v) == 0 {
		return "-"
	}
	var s []string
	for _, e := range v {
		s = append(s, e.name+"="+e.value)
	}
	return strings.Join(s, " ")
}

// label is the variant for progress lines: empty for none.
func (v variant) label() string {
	if len(v) == 0 {
		return ""
	}
	return " [" + v.String() + "]"
}

// fileSuffix tells the files of variant v and round apart (a CPU
// profile's): empty when there is one variant and one round.
func (v variant) fileSuffix(variants, round, rounds int) string {
	if variants == 1 && rounds == 1 {
		return ""
	}
	s := strings.NewReplacer("=", "-", " ", "_", "/", "_").Replace(v.String())
	if rounds > 1 {
		s += fmt.Sprintf(".r%d", round)
	}
	return "." + s
}

// with runs fn with v's settings in the environment and restores what was
// there (set or unset) after.
func (v variant) with(fn func() error) error {
	type old struct {
		value string
		set   bool
	}
	saved := make([]old, len(v))
	for i, e := range v {
		saved[i].value, saved[i].set = os.LookupEnv(e.name)
		if err := os.Setenv(e.name, e.value); err != nil {
			return err
		}
	}
	defer func() {
		for i := len(v) - 1; i >= 0; i-- {
			if saved[i].set {
				os.Setenv(v[i].name, saved[i].value)
			} else {
				os.Unsetenv(v[i].name)
			}
		}
	}()
	return fn()
}
