package tile_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/passes"
)

func compile(t *testing.T, name string, src []byte) *ir.Module {
	t.Helper()
	prog, err := frontend.Compile(name, src, frontend.Options{CheckPass: passes.Check})
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.CompileModule(prog.Module, prog.Schedules, nil, &passes.Options{VerifyEach: true}); err != nil {
		t.Fatal(err)
	}
	return prog.Module
}

// TestRoundTrip lowers every example and checks print → parse → print.
func TestRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*.attn")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	for _, path := range files {
		src, _ := os.ReadFile(path)
		for _, f := range compile(t, path, src).Funcs {
			p, err := tile.Lower(f)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			text := p.String()
			q, err := tile.Parse("t.tile", text)
			if err != nil {
				t.Fatalf("%s: %v\n%s", path, err, text)
			}
			if again := q.String(); again != text {
				t.Errorf("%s: round trip differs:\n%s\n---\n%s", path, text, again)
			}
		}
	}
}

func TestLowerErrorPointsAtSource(t *testing.T) {
	m := compile(t, "odd.attn", []byte(`kernel odd(q: f32[H, N, 16], k: f32[H, N, 16], v: f32[H, N, 16]) -> f32[H, N, 16] {
    p = softmax(q @ k^T)
    return p @ v + v
}`))
	_, err := tile.Lower(m.Funcs[0])
	if err == nil || !strings.Contains(err.Error(), "odd.attn:3:18: add has no tile lowering") {
		t.Errorf("got %v", err)
	}
}

func TestVerifyBody(t *testing.T) {
	good := `program k(%q: f32[H,N,8], %k: f32[H,N,8], %v: f32[H,N,8]) -> f32[H,N,8] {
  %0 = kernel attention %q, %k, %v : f32[H,N,8] {
    grid tiles=16
    load_q rows=16 dim=8
    loop_dense
    load_kv rows=16 dim=8 dimv=8
    matmul_qk scale=0.5
    softmax_online
    matmul_pv
    end_loop
    store rows=16 dimv=8
  }
  return %0
}
`
	if _, err := tile.Parse("g.tile", good); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ old, new, want string }{
		{"    matmul_qk scale=0.5\n", "", "matmul_qk missing before softmax_online"},
		{"    loop_dense\n", "", "0 key-tile loops, want 1"},
		{"matmul_qk scale=0.5", "matmul_qk", "matmul_qk needs scale"},
		{"    store rows=16 dimv=8\n", "", "body ends before store"},
		{"loop_dense", "loop_list", "loop_list without a tile list argument"},
		{"load_kv rows=16 dim=8 dimv=8", "load_kv rows=16 dim=8 dimv=8 gather", "load_kv gather without a permutation"},
		{"grid tiles=16", "grid tiles=16 frob=2", `grid has no attribute "frob"`},
		{"kernel attention %q, %k, %v", "kernel attention %q, %k, %w", "%w used before it is defined"},
	} {
		src := strings.Replace(good, c.old, c.new, 1)
		_, err := tile.Parse("b.tile", src)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q → %q: got %v, want %q", c.old, c.new, err, c.want)
		}
	}
}

func TestEveryCodeDeclared(t *testing.T) {
	for _, c := range tile.Codes() {
		if c.Info().Doc == "" {
			t.Errorf("tile op %s has no doc", c)
		}
		if got, ok := tile.LookupCode(c.String()); !ok || got != c {
			t.Errorf("LookupCode(%s) = %v, %v", c, got, ok)
		}
	}
}

// TestVerifyPlacement: a fused call must read the call before it, placed
// alike; a store's type must be its buffer's.
func TestVerifyPlacement(t *testing.T) {
	const head = "program k(%q: bf16[H,N,64], %k: bf16[H,N,64], %v: bf16[H,N,64]) -> bf16[H,N,64] {\n"
	const score = "  %0 = call blockscore %q, %k method=mean scale=0.125 bq=64 bk=64 on=device : f32[H,N/64,N/64]\n"
	const body = " {\n    grid tiles=64\n    load_q rows=64 dim=64\n    loop_list\n    load_kv rows=64 dim=64 dimv=64\n    matmul_qk scale=0.125\n    softmax_online\n    matmul_pv\n    end_loop\n"
	for _, c := range []struct{ text, want string }{
		{head + score + "  %1 = call blockselect %0 mode=top top=2 bq=64 bk=64 on=host fused : i32[H,N/64,2,N/64]\n  %2 = kernel attention %q, %k, %v, %1 : bf16[H,N,64]" + body + "    store rows=64 dimv=64 to=bf16\n  }\n  return %2\n}\n",
			"fused with %0, but placed apart"},
		{head + score + "  %1 = call blockselect %0 mode=top top=2 bq=64 bk=64 on=device fused : i32[H,N/64,2,N/64]\n  %2 = kernel attention %q, %k, %v, %1 : bf16[H,N,64]" + body + "    store rows=64 dimv=64\n  }\n  return %2\n}\n",
			"store writes f32 but the output buffer is bf16"},
		{head + "  %0 = call blockscore %q, %k method=mean scale=0.125 bq=64 bk=64 fused : f32[H,N/64,N/64]\n  %1 = kernel attention %q, %k, %v : bf16[H,N,64]" + strings.Replace(body, "loop_list", "loop_dense", 1) + "    store rows=64 dimv=64 to=bf16\n  }\n  return %1\n}\n",
			"fused, but it does not read the call before it"},
	} {
		_, err := tile.Parse("p.tile", c.text)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got %v, want %q", err, c.want)
		}
	}
}

// FuzzParse: any text either fails to parse with an error or parses to a
// program that prints, parses back and prints the same (never a panic).
// Seeds: every example's tile program. go test -fuzz=FuzzParse ./ir/tile
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../../examples/*.attn")
	for _, path := range files {
		src, _ := os.ReadFile(path)
		prog, err := frontend.Compile(path, src, frontend.Options{CheckPass: passes.Check})
		if err != nil {
			continue
		}
		if passes.CompileModule(prog.Module, prog.Schedules, nil, nil) != nil {
			continue
		}
		for _, fn := range prog.Module.Funcs {
			if p, err := tile.Lower(fn); err == nil {
				f.Add(p.String())
			}
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		p, err := tile.Parse("f.tile", text)
		if err != nil {
			return
		}
		once := p.String()
		q, err := tile.Parse("f.tile", once)
		if err != nil {
			t.Fatalf("printed program does not parse: %v\n%s", err, once)
		}
		if again := q.String(); again != once {
			t.Fatalf("print → parse → print differs:\n%s\n---\n%s", once, again)
		}
	})
}

// TestPositionsRoundTrip: positions print as ir.FormatPos writes them —
// with a file, without one, with a quoted file name holding spaces — and
// parse back to themselves.
func TestPositionsRoundTrip(t *testing.T) {
	m := compile(t, "my dir/k.attn", []byte(`kernel k(q: f32[H, N, 16], k: f32[H, N, 16], v: f32[H, N, 16]) -> f32[H, N, 16] {
    return softmax(q @ k^T) @ v
}`))
	p, err := tile.Lower(m.Funcs[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"my dir/k.attn", "", "plain.attn"} {
		for _, s := range p.Steps {
			s.Pos.File = file
		}
		text := p.String()
		q, err := tile.Parse("t.tile", text)
		if err != nil {
			t.Fatalf("file %q: %v\n%s", file, err, text)
		}
		if q.Steps[0].Pos != p.Steps[0].Pos || q.String() != text {
			t.Errorf("file %q: position %v came back as %v", file, p.Steps[0].Pos, q.Steps[0].Pos)
		}
	}
}
