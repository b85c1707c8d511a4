package driver

import (
	"testing"
	"time"

	"github.com/attnc/attnc/runtime"
)

// TestMedianStages: the CPU report's stage times are each stage's median
// over the repetitions, not the last repetition's (which the harness
// leaves in Stats).
func TestMedianStages(t *testing.T) {
	r := &cpuResult{
		Stats:   runtime.Stats{Stages: []runtime.Stage{{Name: "load", Time: 9}, {Name: "attention", Time: 1}}},
		StageNS: [][]int64{{1, 50}, {5, 70}, {9, 1}},
	}
	r.medianStages()
	for i, want := range []time.Duration{5, 50} {
		if got := r.Stats.Stages[i].Time; got != want {
			t.Errorf("stage %s: %v, want the median %v", r.Stats.Stages[i].Name, got, want)
		}
	}
}
