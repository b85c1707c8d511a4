package frontend_test

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/passes"
)

var errorComment = regexp.MustCompile(`// ERROR (.*)$`)
var quoted = regexp.MustCompile(`(?:(\d+): )?"((?:[^"\\]|\\.)*)"`)

// TestInlineErrors compiles every testdata/errors/*.attn file. A line that
// must produce errors ends in // ERROR "regexp" ["regexp"...], each
// optionally preceded by the column ("12: \"regexp\""); every error must be
// expected on its line and every expectation met, like the Go tree's test/
// directory.
type expectation struct {
	col int // 0: any column
	re  *regexp.Regexp
}

func TestInlineErrors(t *testing.T) {
	files, _ := filepath.Glob("testdata/errors/*.attn")
	if len(files) == 0 {
		t.Fatal("no error test files")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := map[int][]expectation{}
			for i, line := range strings.Split(string(src), "\n") {
				m := errorComment.FindStringSubmatch(line)
				if m == nil {
					continue
				}
				for _, q := range quoted.FindAllStringSubmatch(m[1], -1) {
					col, _ := strconv.Atoi(q[1])
					want[i+1] = append(want[i+1], expectation{col, regexp.MustCompile(q[2])})
				}
			}
			_, err = frontend.Compile(path, src, frontend.Options{CheckPass: passes.Check})
			var list ir.ErrorList
			if err != nil && !errors.As(err, &list) {
				t.Fatalf("error is %T, want ir.ErrorList: %v", err, err)
			}
			for _, e := range list {
				if e.Pos.File != path {
					t.Errorf("error without the file's position: %v", e)
					continue
				}
				found := false
				for i, x := range want[e.Pos.Line] {
					if x.re.MatchString(e.Msg) && (x.col == 0 || x.col == e.Pos.Col) {
						want[e.Pos.Line] = append(want[e.Pos.Line][:i], want[e.Pos.Line][i+1:]...)
						found = true
						break
					}
				}
				if !found {
					t.Errorf("unexpected error %v", e)
				}
			}
			for line, xs := range want {
				for _, x := range xs {
					t.Errorf("%s:%d:%d: expected error matching %q", path, line, x.col, x.re)
				}
			}
		})
	}
}
