package frontend

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attnc/attnc/ir"
)

// dumpTokens prints toks as "text@line:col" separated by spaces, with a
// leading "\n" marker on tokens that follow a newline, so tests see kinds,
// positions and line breaks at once. Identifiers and numbers are prefixed
// with their class to tell the keyword "kernel" from a name.
func dumpTokens(toks []token) string {
	var parts []string
	for _, t := range toks {
		s := ""
		if t.nl {
			s = "\\n "
		}
		switch t.kind {
		case tIdent:
			s += "id:"
		case tNumber:
			s += "num:"
		case tEOF:
			s += "EOF"
		}
		s += fmt.Sprintf("%s@%d:%d", t.text, t.pos.Line, t.pos.Col)
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestScan(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"", "EOF@1:1"},
		{"kernel f", "kernel@1:1 id:f@1:8 EOF@1:9"},
		{"q @ k^T", "id:q@1:1 @@1:3 id:k@1:5 ^T@1:6 EOF@1:8"},
		{"a->b", "id:a@1:1 ->@1:2 id:b@1:4 EOF@1:5"},
		{"a - > b", "id:a@1:1 -@1:3 >@1:5 id:b@1:7 EOF@1:8"},
		{"== != <= >= < > = !", "==@1:1 !=@1:4 <=@1:7 >=@1:10 <@1:13 >@1:15 =@1:17 !@1:19 EOF@1:20"},
		{"()[]{},:;&|+*/", "(@1:1 )@1:2 [@1:3 ]@1:4 {@1:5 }@1:6 ,@1:7 :@1:8 ;@1:9 &@1:10 |@1:11 +@1:12 *@1:13 /@1:14 EOF@1:15"},
		{"128 0.0625 1e-3 2.5E+4 .5 7.", "num:128@1:1 num:0.0625@1:5 num:1e-3@1:12 num:2.5E+4@1:17 num:.5@1:24 num:7.@1:27 EOF@1:29"},
		// An 'e' without digits is not an exponent.
		{"2e x 3e+", "num:2@1:1 id:e@1:2 id:x@1:4 num:3@1:6 id:e@1:7 +@1:8 EOF@1:9"},
		{"inf qi ki h causal return schedule", "id:inf@1:1 id:qi@1:5 id:ki@1:8 id:h@1:11 id:causal@1:13 return@1:20 schedule@1:27 EOF@1:35"},
		{"a // comment\nb", "id:a@1:1 \\n id:b@2:1 EOF@2:2"},
		{"a /* x */ b /* \n */ c", "id:a@1:1 id:b@1:11 \\n id:c@2:5 EOF@2:6"},
		{"\tx\r\n  y_2", "id:x@1:2 \\n id:y_2@2:3 EOF@2:6"},
		// A byte order mark is skipped and does not count as a column.
		{"\xEF\xBB\xBFx", "id:x@1:1 EOF@1:2"},
		{"a/b", "id:a@1:1 /@1:2 id:b@1:3 EOF@1:4"},
	}
	for _, tt := range tests {
		var errs ir.ErrorList
		got := dumpTokens(scanAll("t", []byte(tt.src), &errs))
		if got != tt.want {
			t.Errorf("scan %q\n got %s\nwant %s", tt.src, got, tt.want)
		}
		if errs.Err() != nil {
			t.Errorf("scan %q: unexpected errors: %v", tt.src, errs.Err())
		}
	}
}

func TestScanNumberValues(t *testing.T) {
	tests := map[string]float64{"128": 128, "1e-3": 1e-3, ".5": 0.5, "7.": 7, "2.5E+4": 25000}
	for src, want := range tests {
		var errs ir.ErrorList
		toks := scanAll("t", []byte(src), &errs)
		if toks[0].kind != tNumber || toks[0].num != want {
			t.Errorf("scan %q: got %v %v, want number %v", src, toks[0].kind, toks[0].num, want)
		}
	}
}

// TestScanErrors checks that the scanner reports each bad character with
// its position and keeps going.
func TestScanErrors(t *testing.T) {
	tests := []struct {
		src, toks, errs string
	}{
		{"a # b", "id:a@1:1 id:b@1:5 EOF@1:6",
			"t:1:3: illegal character U+0023 '#'"},
		{"a\n  $ é\x00 b", "id:a@1:1 \\n id:b@2:9 EOF@2:10",
			"t:2:3: illegal character U+0024 '$'\nt:2:5: illegal character U+00E9 'é'\nt:2:7: illegal character U+0000"},
		{"x \xff y", "id:x@1:1 id:y@1:5 EOF@1:6",
			"t:1:3: invalid UTF-8 byte 0xff"},
		{"k^ x", "id:k@1:1 id:x@1:4 EOF@1:5",
			`t:1:2: expected "T" after "^" (x^T is the transpose), found ' '`},
		{"k^", "id:k@1:1 EOF@1:3",
			`t:1:2: expected "T" after "^" (x^T is the transpose), found end of file`},
		{"k^Tx", "id:k@1:1 ^T@1:2 id:x@1:4 EOF@1:5",
			`t:1:2: expected space or operator after "^T", found 'x'`},
		{"a /* open\n\nb", "id:a@1:1 \\n EOF@3:2",
			`t:1:3: block comment not terminated (expected "*/", found end of file)`},
		{"1e999 . 2", "num:1e999@1:1 num:2@1:9 EOF@1:10",
			"t:1:1: number 1e999 out of range\nt:1:7: illegal character U+002E '.'"},
	}
	for _, tt := range tests {
		var errs ir.ErrorList
		toks := scanAll("t", []byte(tt.src), &errs)
		if got := dumpTokens(toks); got != tt.toks {
			t.Errorf("scan %q\n got %s\nwant %s", tt.src, got, tt.toks)
		}
		gotErrs := ""
		if err := errs.Err(); err != nil {
			gotErrs = err.Error()
		}
		if gotErrs != tt.errs {
			t.Errorf("scan %q errors\n got %s\nwant %s", tt.src, gotErrs, tt.errs)
		}
	}
}
