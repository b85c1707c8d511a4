// Package synthetic generates deterministic q, k and v whose causal
// attention (scale 1/sqrt(D), softmax over keys j <= i) has the structure
// real language models show, so that sparse-attention methods (block
// scoring and selection, as in XAttention, MInference or S2O) can be
// evaluated without a model. `attnc run -synthetic SEED` feeds these
// tensors to a kernel.
//
// # Output
//
// Generate returns row-major float64 q [Heads,N,D] and k, v [KVHeads,N,D];
// query head h uses KV head h/(Heads/KVHeads). v is independent standard
// Gaussian noise. q and k are built so that the scaled score
// q_i·k_j/sqrt(D) is a designed sum of the components below (both are a
// designed vector times D^(1/4)); all scores quoted here are scaled scores,
// the values the softmax sees. Row maxima are typically 8 to 20.
//
// # Coordinates
//
// The D coordinates are split so that components do not interfere:
// coordinate 0 is the sink direction, coordinate 1 the stripe direction,
// then P = (D-2-max(2,D/4))/2 rotary pairs, then the remaining
// max(2,D/4) or so "content" coordinates, which hold needles. For D = 64:
// 23 rotary pairs and 16 content coordinates. Every coordinate of q and k
// also gets Gaussian noise of standard deviation 0.05 (in designed units),
// and the content coordinates Gaussian "content" of standard deviation
// 0.25, which adds a random score of standard deviation about 0.25·sqrt(D/64)
// to every pair.
//
// # Components
//
// Rotary pairs: KV head g has frequencies ω_m on a jittered geometric
// ladder from 2 radians per position down to π/(2N) (the slowest one
// turns by at most a quarter turn over the sequence, so it acts as a
// monotone recency bias). Key j holds (cos ω_m j, sin ω_m j) in pair m;
// query i holds c_m·e^{iω_m i} (as two coordinates) for a complex
// coefficient c_m of its own, so pair m adds Re(c_m e^{iω_m(i-j)}) to the
// score: every rotary term depends on i-j only. Away from their peaks the
// cosines add up to a bounded pseudo-random score (realistic background
// noise), which is stronger in heads with more or stronger slashes.
//
// Local band: c_m gets peak·w_m/Σw, w_m = 1/(1+(BandWidth·ω_m)²). The
// band score is peak at i-j = 0, stays close to it for i-j < BandWidth and
// falls off roughly as a power of i-j beyond (like RoPE's long-term decay).
//
// Slashes: for an offset delta, the pairs with ω_m >= 0.02 get
// S·e^{-iω_m delta}/n added to c_m (n such pairs), a peak of height S at
// i-j = delta a few keys wide. S is chosen so that band plus slash at
// delta lands 3 to 5 below the row's estimated log-normaliser (band plus
// sink), i.e. each slash takes a few percent of its rows.
//
// Attention sink: key t < T of KV head g holds 3·κ_t in coordinate 0
// (κ_0 = 1, each next κ a factor 0.6..0.85 smaller, T = 1..4 keys), every
// query 1/3·Sink·(1 + 0.05·z) with z standard Gaussian, so key 0 gains
// about Sink and keys 1..T-1 proportionally less.
//
// Vertical stripes: 2 to 5 key positions p (uniform in [4, N)) of KV head
// g hold 3·a_p in coordinate 1 (a_p uniform in 0.85..1.15); every query of
// head h holds stripe/3, so stripe key p gains stripe·a_p for all
// queries.
//
// Needles: query i holds +-sqrt(S)·e and key j -- of the query's KV head
// -- the same, for a content axis e not used by another needle of the KV
// group (while there are enough axes), adding S to that pair only. S tops
// the pair up to 0 to 2 above the row's estimated log-normaliser (band,
// sink, rotary background), so the needle takes a large share of row i.
//
// # Parameters and how they are drawn
//
// Parameters come from a PCG generator seeded (Seed, 0x73796e7468706172),
// drawn first for every KV head in order, then for every query head in
// order; the vectors then come from a second generator (Seed,
// 0x73796e74686e6f69), k and v by KV head then q by query head. Output
// is bit-identical across platforms for equal configs, and Describe
// reports the per-head values without generating the vectors. Changing N
// or D changes everything.
//
// Per KV head: the frequency ladder (each interior exponent jittered by up
// to 0.3 of a step), the sink key count T (1..4) and decay, 2..5 stripe
// positions and strengths, 1..2 candidate slash offsets (log-uniform in
// [64, min(2000, N-1)]; none if N < 65), and a base band width
// (log-uniform in [2, 16]).
//
// Per query head: with probability 0.2 the head is diffuse (peak uniform
// in 5..7) and otherwise peaked (peak 9..13); BandWidth is the KV head's
// base width times e^u, u uniform in -0.35..0.35, rounded (so heads of a
// group differ slightly); Sink is peak + (0.5..1)·ln(1+BandWidth) + (-1..1),
// or 0 (no sink) with probability 0.15; stripe is peak·(0.55..0.8); each
// candidate slash of the KV head is used with probability 0.75; 2..5
// needles (i, j) with i uniform in [68, N) and j uniform in [4, i-64]
// (none if N <= 72).
//
// # Measured structure
//
// For Heads=4, KVHeads=2, N=1024, D=64, Seed=1 (see the tests): heads with
// a sink put 0.2 to 0.65 of their mass on keys 0..3; 0.29 to 0.74 lies in
// the band i-j < 32; slash diagonals are 20 to 100 times the median
// diagonal; stripe columns get 25 to 4800 times the median column; needle
// pairs get 6 to 600 times uniform attention. At N=4096 the heaviest 10%
// of the causal 64x64 tiles hold 0.70 to 0.97 of a head's mass (0.90 on
// average) and the heaviest 1% about 0.24.
package synthetic
