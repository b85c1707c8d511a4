package amd64

import (
	"strings"
	"testing"
)

// TestScoreKernelsShape checks the antidiagonal kernels as TestKernelsShape
// does the tile kernels: no frame, no stack, VZEROUPPER, and FMAs in the
// loops (16 zmm accumulators: 16 FMAs a step).
func TestScoreKernelsShape(t *testing.T) {
	asm, stubs, err := GenerateScore("k")
	if err != nil {
		t.Fatal(err)
	}
	fns := functions(string(asm))
	for _, name := range []string{ScorePanelName, ScorePanelNameAVX2, ScoreRowsName, ScoreRowsNameAVX2,
		ExpShiftName, ExpShiftNameAVX2, ScaleMaxName, ScaleMaxNameAVX2, PackPanelName} {
		body, ok := fns[name]
		if !ok {
			t.Fatalf("no function %s", name)
		}
		if !strings.Contains(body, ", $0-") || strings.Contains(body, "(SP)") {
			t.Errorf("%s has a stack frame or addresses the stack", name)
		}
		if !strings.Contains(body, "VZEROUPPER") {
			t.Errorf("%s does not clear the upper vector state", name)
		}
		if !strings.Contains(string(stubs), "func "+name+"(") {
			t.Errorf("no Go stub for %s", name)
		}
	}
	for _, name := range []string{ScorePanelName, ScoreRowsName} {
		if n := strings.Count(fns[name], "VFMADD231PS.BCST"); n != 16 {
			t.Errorf("%s has %d broadcast FMAs, want 16", name, n)
		}
	}
	if n := strings.Count(fns[ScorePanelNameAVX2], "VFMADD231PS"); n != 4*8 {
		t.Errorf("%s has %d FMAs, want 32 (four passes of 8)", ScorePanelNameAVX2, n)
	}
	if n := strings.Count(fns[ExpShiftName], "VFMADD"); n != 1+2+10 {
		t.Errorf("%s has %d FMAs, want 13 (rounding, reduction, polynomial)", ExpShiftName, n)
	}
}
