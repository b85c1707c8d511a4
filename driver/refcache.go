package driver

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
)

// The dense float64 reference of a large run costs as much as the rest of
// `attnc run -check` together, and sweeps over schedules recompute the same
// one every time. It is cached on disk, keyed by the dense kernel's IR text
// and the input values, like the go build cache, in cacheDir("ref") and
// under the bound of cache.go; ATTNC_CACHE_DIR=off disables it. Small
// problems are not cached.

const minCachedWork = 1 << 22 // heads·N²: below this the reference is quick

func refCacheDir() string {
	if os.Getenv("ATTNC_CACHE_DIR") == "off" {
		return ""
	}
	return cacheDir("ref")
}

func refKey(f *ir.Func, inputs map[string]*interp.Tensor) string {
	h := sha256.New()
	fmt.Fprintf(h, "attnc-ref-v1\n%s", f)
	names := make([]string, 0, len(inputs))
	for n := range inputs {
		names = append(names, n)
	}
	sort.Strings(names)
	var buf [8]byte
	for _, n := range names {
		t := inputs[n]
		fmt.Fprintf(h, "%s%v", n, t.Shape)
		for _, x := range t.Data {
			binary.LittleEndian.PutUint64(buf[:], math.Float64bits(x))
			h.Write(buf[:])
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// loadRef returns the cached reference for key, or nil.
func loadRef(dir, key string, outShape []int, rows int) *interp.Result {
	b, err := os.ReadFile(filepath.Join(dir, key))
	n := 1
	for _, d := range outShape {
		n *= d
	}
	if err != nil || len(b) != 8*(n+2*rows) {
		return nil
	}
	useCacheEntry(filepath.Join(dir, key))
	f := func(i int) float64 { return math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:])) }
	res := &interp.Result{Out: &interp.Tensor{Shape: outShape, Data: make([]float64, n)}, Rows: make([]interp.RowStat, rows)}
	for i := range res.Out.Data {
		res.Out.Data[i] = f(i)
	}
	for i := range res.Rows {
		res.Rows[i] = interp.RowStat{M: f(n + 2*i), L: f(n + 2*i + 1)}
	}
	return res
}

// storeRef writes the reference atomically; failures only cost a recompute.
func storeRef(dir, key string, res *interp.Result) {
	b := make([]byte, 0, 8*(len(res.Out.Data)+2*len(res.Rows)))
	for _, x := range res.Out.Data {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
	}
	for _, r := range res.Rows {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(r.M))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(r.L))
	}
	if os.MkdirAll(dir, 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, "tmp-")
	if err != nil {
		return
	}
	_, werr := tmp.Write(b)
	if cerr := tmp.Close(); werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return
	}
	if os.Rename(tmp.Name(), filepath.Join(dir, key)) == nil {
		useCacheEntry(filepath.Join(dir, key))
		trimCache(filepath.Dir(dir))
	}
}
