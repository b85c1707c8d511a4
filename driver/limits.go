package driver

import (
	"fmt"
	"math"
	"math/bits"
	"os"
	"strconv"
	"strings"

	"github.com/attnc/attnc/ir"
)

// attnc run and attnc bench estimate the memory a run needs before they
// allocate anything, and refuse a run that cannot fit with the size it
// would need, instead of dying of "fatal error: out of memory" (or of a
// shape whose size overflows an int). One rule for both commands:
//
//   - every tensor the run makes — an input, the output, an interpreter
//     value — has at most maxElems elements;
//   - the estimate of all of them together fits the machine's memory
//     (MemTotal; ATTNC_MAX_MEMORY=BYTES, e.g. 64G, sets another limit).
//
// The estimate counts the inputs as the driver holds them (float64), the
// device's copies of the inputs and the output in their element types, the
// interpreter's values when it runs (every value of the kernel as float64,
// as interp.Run keeps them) and, with -check, the dense reference (at most
// as many values as the kernel itself).
const maxElems = 1 << 30

// maxGenDim bounds the last (head) dim of the parameters and the result
// of a kernel attnc gen or a device build emits code for: the generated
// kernels are unrolled over it, so their size grows with it (about 100 MB
// of memory and 0.6 s at 4096, 1.4 GB and 17 s at 65536); models use 64 to
// 576.
const maxGenDim = 4096

// memNeeds is a run's memory estimate, part by part.
type memNeeds struct {
	parts []memPart
}

type memPart struct {
	what  string
	bytes int64
}

func (m *memNeeds) add(what string, b int64) {
	if b > 0 {
		m.parts = append(m.parts, memPart{what, b})
	}
}

func (m *memNeeds) total() int64 {
	var t int64
	for _, p := range m.parts {
		t = addSat(t, p.bytes)
	}
	return t
}

func (m *memNeeds) String() string {
	var s []string
	for _, p := range m.parts {
		s = append(s, p.what+" "+humanBytes(p.bytes))
	}
	return strings.Join(s, ", ")
}

// checkRunSize refuses a run of f at dims that makes a tensor of more than
// maxElems elements or needs more memory than the limit. interp says the
// interpreter runs, dense that the dense reference does, onDevice that a
// device other than the interpreter runs the kernel.
func checkRunSize(f *ir.Func, dims map[string]int, interp, dense, onDevice bool) error {
	var m memNeeds
	var in, inDev int64
	for _, p := range f.Params {
		n := numelSat(p.Type, dims)
		if n > maxElems {
			return tooLarge("parameter "+p.Name, p.Type, dims, n)
		}
		in = addSat(in, mulSat(n, 8))
		inDev = addSat(inDev, mulSat(n, elemSize(p.Type.DType)))
	}
	out := numelSat(f.ResultType, dims)
	if out > maxElems {
		return tooLarge("the result", f.ResultType, dims, out)
	}
	m.add("inputs (float64)", in)
	m.add("output (float64)", mulSat(out, 8))
	if onDevice {
		m.add("device copies", addSat(inDev, mulSat(out, elemSize(f.ResultType.DType))))
	}
	if interp || dense {
		var vals int64
		for _, v := range f.Values {
			n := numelSat(v.Type, dims)
			if n > maxElems {
				return tooLarge(fmt.Sprintf("interpreter value %%%d (%s at %s)", v.ID, v.Op, v.Pos), v.Type, dims, n)
			}
			vals = addSat(vals, mulSat(n, 8))
		}
		if interp {
			m.add("interpreter", vals)
		}
		if dense {
			m.add("dense reference", vals)
		}
	}
	limit, source, err := memLimit()
	if err != nil {
		return err
	}
	if t := m.total(); limit > 0 && t > limit {
		return fmt.Errorf("%s: this run would need about %s of memory (%s); the limit is %s (%s): use smaller -n, -heads or -dims, or set ATTNC_MAX_MEMORY", f.Name, humanBytes(t), &m, humanBytes(limit), source)
	}
	return nil
}

func tooLarge(what string, t ir.Type, dims map[string]int, n int64) error {
	shape := make([]string, t.Rank())
	for i, d := range t.Shape {
		shape[i] = strconv.Itoa(d.Eval(dims))
	}
	size := "more than 2^63"
	if n < math.MaxInt64 {
		size = strconv.FormatInt(n, 10)
	}
	return fmt.Errorf("%s is %s[%s] = %s elements (%s as float64); attnc run and bench make tensors of at most 2^30 elements: use smaller -n, -heads or -dims (or a smaller fixed dim)", what, t.DType, strings.Join(shape, ","), size, humanBytes(mulSat(n, 8)))
}

// checkGenSize refuses a kernel whose head dims make generated code grow
// without bound (maxGenDim).
func checkGenSize(f *ir.Func) error {
	check := func(what string, pos ir.Pos, t ir.Type) error {
		if t.Rank() == 0 {
			return nil
		}
		if d := t.Shape[t.Rank()-1]; d.Sym == "" && d.Size > maxGenDim {
			return fmt.Errorf("%s: kernel %s: %s has head dim %d; generated kernels are unrolled over the head dim and support at most %d", pos, f.Name, what, d.Size, maxGenDim)
		}
		return nil
	}
	for _, p := range f.Params {
		if ir.IsKeyLengths(p.Type) {
			continue // one integer per sequence, not a head dim
		}
		if err := check("parameter "+p.Name, p.Pos, p.Type); err != nil {
			return err
		}
	}
	return check("the result", f.Pos, f.ResultType)
}

// numelSat is the element count of t at dims, math.MaxInt64 on overflow.
func numelSat(t ir.Type, dims map[string]int) int64 {
	n := int64(1)
	for _, d := range t.Shape {
		n = mulSat(n, int64(max(d.Eval(dims), 0)))
	}
	return n
}

func mulSat(a, b int64) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi != 0 || lo > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(lo)
}

func addSat(a, b int64) int64 {
	if s := a + b; s >= a {
		return s
	}
	return math.MaxInt64
}

func elemSize(dt ir.DType) int64 {
	if dt == ir.F32 || dt == ir.I32 {
		return 4
	}
	return 2
}

// memLimit is ATTNC_MAX_MEMORY, else the machine's MemTotal, else 0 (no
// limit beyond maxElems), with where it came from.
func memLimit() (int64, string, error) {
	if s := os.Getenv("ATTNC_MAX_MEMORY"); s != "" {
		n, err := parseBytes(s)
		if err != nil {
			return 0, "", fmt.Errorf("ATTNC_MAX_MEMORY=%s: want a size in bytes, e.g. 64G or 512M", s)
		}
		return n, "ATTNC_MAX_MEMORY", nil
	}
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, "", nil
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err == nil {
				return mulSat(kb, 1024), "this machine's memory", nil
			}
		}
	}
	return 0, "", nil
}

// parseBytes reads 123, 64K, 512M, 8G or 1T (powers of 1024).
func parseBytes(s string) (int64, error) {
	s = strings.TrimSuffix(strings.ToUpper(strings.TrimSpace(s)), "B")
	mult := int64(1)
	if i := strings.IndexAny(s, "KMGT"); i >= 0 && i == len(s)-1 {
		mult = int64(1) << (10 * (1 + strings.IndexByte("KMGT", s[i])))
		s = s[:i]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return mulSat(n, mult), nil
}

func humanBytes(b int64) string {
	if b == math.MaxInt64 {
		return "more than 8 EiB"
	}
	units := []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	x, i := float64(b), 0
	for x >= 1024 && i < len(units)-1 {
		x /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%d B", b)
	}
	return fmt.Sprintf("%.1f %s", x, units[i])
}
