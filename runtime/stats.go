package runtime

import "time"

// Stats are the statistics of one kernel run (DESIGN §5), the same fields
// the reference interpreter reports. Slices point into the kernel's own
// buffers and are valid until its next Run.
type Stats struct {
	Allowed      int64   // (q, k) pairs the mask allows
	Computed     int64   // allowed pairs whose score was computed
	Density      float64 // Computed / Allowed
	DensityTotal float64 // density plus scoring and compensation, as a fraction of dense flops
	TilesVisited int64
	EarlyStops   int64
	ScoreFlops   float64
	CompFlops    float64
	DenseFlops   float64
	PerHead      []HeadStats
	Stages       []Stage
}

// HeadStats are the statistics of one query head.
type HeadStats struct {
	Allowed, Computed                 int64
	Density, DensityTotal             float64
	TilesVisited, EarlyStops          int64
	ScoreFlops, CompFlops, DenseFlops float64
}

// Stage is the time one step of a kernel took.
type Stage struct {
	Name string
	Time time.Duration
}

// Collector sums the workers' counters into Stats, reusing its buffers.
type Collector struct {
	heads  []HeadStats
	stages []Stage
	score  []float64
}

// Begin starts a run over h heads.
func (c *Collector) Begin(h int) {
	if cap(c.heads) < h {
		c.heads = make([]HeadStats, h)
		c.score = make([]float64, h)
	}
	c.heads, c.score = c.heads[:h], c.score[:h]
	clear(c.heads)
	clear(c.score)
	c.stages = c.stages[:0]
}

// Stage records the time of a step.
func (c *Collector) Stage(name string, since time.Time) {
	c.stages = append(c.stages, Stage{Name: name, Time: time.Since(since)})
}

// Score adds scoring flops per head (from the sparse library).
func (c *Collector) Score(flops []float64) {
	for h, f := range flops {
		if h < len(c.score) {
			c.score[h] += f
		}
	}
}

// Finish sums the workers' counters; pairFlops is 2·(d+dv).
func (c *Collector) Finish(workers []*Worker, pairFlops float64) Stats {
	var s Stats
	for h := range c.heads {
		hs := &c.heads[h]
		for _, w := range workers {
			if h < len(w.Heads) {
				k := &w.Heads[h]
				hs.Allowed += k.Allowed
				hs.Computed += k.Computed
				hs.TilesVisited += k.TilesVisited
				hs.EarlyStops += k.EarlyStops
				hs.CompFlops += k.CompFlops
			}
		}
		hs.ScoreFlops = c.score[h]
		hs.DenseFlops = float64(hs.Allowed) * pairFlops
		hs.Density, hs.DensityTotal = densities(hs.Computed, hs.Allowed, hs.ScoreFlops+hs.CompFlops, hs.DenseFlops)
		s.Allowed += hs.Allowed
		s.Computed += hs.Computed
		s.TilesVisited += hs.TilesVisited
		s.EarlyStops += hs.EarlyStops
		s.ScoreFlops += hs.ScoreFlops
		s.CompFlops += hs.CompFlops
		s.DenseFlops += hs.DenseFlops
	}
	s.Density, s.DensityTotal = densities(s.Computed, s.Allowed, s.ScoreFlops+s.CompFlops, s.DenseFlops)
	s.PerHead, s.Stages = c.heads, c.stages
	return s
}

func densities(computed, allowed int64, extra, dense float64) (float64, float64) {
	if allowed == 0 {
		return 1, 1
	}
	d := float64(computed) / float64(allowed)
	if dense == 0 {
		return d, d
	}
	return d, d + extra/dense
}
