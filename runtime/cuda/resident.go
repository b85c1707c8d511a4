package cuda

import (
	"fmt"
	"math"
	"slices"

	"github.com/attnc/attnc/runtime"
)

// Inputs kept on the device between runs: a decode loop's KV cache. Run
// uploads every input it is given on every call, which for a cache of
// 128K keys × 32 heads (2 GB in bf16) is a PCIe copy and a host scan of V
// for non-finite rows per step around a 0.5 ms kernel. A Resident input is
// uploaded once; a step appends its new rows with WriteRows (only those
// bytes cross, only those rows are scanned), and Run reads the device copy
// of every input the program holds resident (the inputs map leaves them
// out). With RunOptions.KeyCache the key tiles' means a run pooled are kept
// for the next run too, as long as the keys below the lengths they were
// pooled for have not been written since (keylens.go).

// Resident is an input of a Program kept on the device.
type Resident struct {
	p     *Program
	name  string
	dt    runtime.DType
	shape []int // [heads, rows, dim]
	buf   Buffer
	// bad are the rows holding a non-finite value (heads × rows); the
	// device copy holds zeros in their place (the tensor-core and decode
	// kernels multiply P = 0 by whole tiles: nonfinite.go), and the rows
	// of the output that read them are made NaN after the kernel.
	bad map[badKey]bool
	// low is, per head, the lowest row written since the last run that
	// kept key means (math.MaxInt: none): means pooled over rows below it
	// are still the keys'.
	low []int
}

// Resident uploads input name (a parameter of the plan, of its element
// type: f16 or bf16, [heads, rows, dim]) and keeps it on the device: later
// runs read it there, and must not pass it among their inputs.
func (p *Program) Resident(name string, t *runtime.Tensor) (*Resident, error) {
	var prm *PlanParam
	for i := range p.plan.Params {
		if p.plan.Params[i].Name == name {
			prm = &p.plan.Params[i]
		}
	}
	switch {
	case prm == nil:
		return nil, fmt.Errorf("%s: no input %s to keep on the device", p.plan.Name, name)
	case t.DType.String() != prm.DType:
		return nil, fmt.Errorf("%s: input %s is %s; the kernel takes %s", p.plan.Name, name, t.DType, prm.DType)
	case t.DType != runtime.F16 && t.DType != runtime.BF16:
		return nil, fmt.Errorf("%s: input %s is %s; inputs kept on the device are f16 or bf16", p.plan.Name, name, t.DType)
	case len(t.Shape) != 3:
		return nil, fmt.Errorf("%s: input %s has shape %v; the GPU kernels take [heads, tokens, dim]", p.plan.Name, name, t.Shape)
	case p.resident[name] != nil:
		return nil, fmt.Errorf("%s: input %s is on the device already (Free it first)", p.plan.Name, name)
	}
	buf, err := p.drv.Alloc(uint64(len(t.Data)))
	if err != nil {
		return nil, err
	}
	x := &Resident{p: p, name: name, dt: t.DType, shape: slices.Clone(t.Shape), buf: buf, bad: map[badKey]bool{}, low: make([]int, t.Shape[0])}
	for g := range x.low {
		x.low[g] = math.MaxInt
	}
	if err := x.write(0, 0, t.Shape[0]*t.Shape[1], t.Data); err != nil {
		p.drv.Free(buf)
		return nil, err
	}
	if p.resident == nil {
		p.resident = map[string]*Resident{}
	}
	p.resident[name] = x
	return x, nil
}

// WriteRows writes rows [row, row + n) of head h from data (n rows of the
// input's element type, little-endian): a decode step's new keys or values.
func (x *Resident) WriteRows(h, row int, data []byte) error {
	G, N, D := x.shape[0], x.shape[1], x.shape[2]
	size := D * x.dt.Size()
	n := len(data) / max(size, 1)
	switch {
	case x.p == nil:
		return fmt.Errorf("cuda: %s: written after Free", x.name)
	case len(data)%size != 0:
		return fmt.Errorf("cuda: %s: %d bytes are not whole rows of %d", x.name, len(data), size)
	case h < 0 || h >= G || row < 0 || row+n > N:
		return fmt.Errorf("cuda: %s: rows [%d, %d) of head %d, but it holds %d heads of %d rows", x.name, row, row+n, h, G, N)
	}
	x.low[h] = min(x.low[h], row)
	return x.write(h, row, n, data)
}

// write uploads n rows from data at (h, row) (n may span heads) with
// their non-finite values zeroed, recording those rows.
func (x *Resident) write(h, row, n int, data []byte) error {
	N, D := x.shape[1], x.shape[2]
	es := x.dt.Size()
	var clean []byte
	for i := range n {
		at := h*N + row + i
		k := badKey{at / N, at % N}
		delete(x.bad, k)
		if finiteElems(x.dt, data, i*D, (i+1)*D) {
			continue
		}
		x.bad[k] = true
		if clean == nil {
			clean = slices.Clone(data)
		}
		for e := i * D; e < (i+1)*D; e++ {
			if !finiteElems(x.dt, clean, e, e+1) {
				clear(clean[e*es : (e+1)*es])
			}
		}
	}
	if clean == nil {
		clean = data
	}
	off := uint64((h*N + row) * D * es)
	return x.p.drv.UploadBytes(Buffer{Ptr: x.buf.Ptr + off, Size: x.buf.Size - off}, clean)
}

// badKeys lists the rows holding a non-finite value, in order.
func (x *Resident) badKeys() []badKey {
	var out []badKey
	for k := range x.bad {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b badKey) int {
		if a.g != b.g {
			return a.g - b.g
		}
		return a.j - b.j
	})
	return out
}

// Free releases the device copy; the program's runs take the input from
// their inputs again.
func (x *Resident) Free() {
	if x.p == nil {
		return
	}
	delete(x.p.resident, x.name)
	for step, km := range x.p.kept {
		if km.keys == x {
			x.p.drv.Free(km.buf)
			delete(x.p.kept, step)
		}
	}
	x.p.drv.Free(x.buf)
	x.p = nil
}

// keptMeans are a score step's key means kept between runs: the buffer,
// the lengths they were pooled for, and the resident keys they came from.
type keptMeans struct {
	buf  Buffer
	lens []int32
	keys *Resident
}

// dropRunMeans frees, at the end of a run, the key means of keys that were
// not kept on the device: the next run's keys may be others.
func (p *Program) dropRunMeans() {
	for step, km := range p.kept {
		if km.keys == nil {
			p.drv.Free(km.buf)
			delete(p.kept, step)
		}
	}
}

// keptLens returns the lengths the key means of every score step reading
// lengths name were kept for, when this run may start from them: the keys
// are the same resident input, no sequence is shorter and no key below
// those lengths was written since. Otherwise nil: everything is pooled.
func (r *run) keptLens(name string, cur []int32) []int32 {
	var lens []int32
	for _, st := range r.p.plan.Steps {
		if st.Lens != name || st.Op != OpScoreSelect {
			continue
		}
		km := r.p.kept[st.Name]
		if km == nil || km.keys == nil || len(st.Args) < 2 || km.keys != r.p.resident[st.Args[1]] || len(km.lens) != len(cur) {
			return nil
		}
		if lens != nil && !slices.Equal(lens, km.lens) {
			return nil
		}
		gs := km.keys.shape[0] / len(cur) // KV heads per sequence
		for b, n := range km.lens {
			if cur[b] < n {
				return nil
			}
			for g := b * gs; g < (b+1)*gs; g++ {
				if km.keys.low[g] < int(n) {
					return nil
				}
			}
		}
		lens = km.lens
	}
	return lens
}

// residentInput is input name's device copy, or nil.
func (r *run) residentInput(name string) *Resident {
	if r.p == nil {
		return nil
	}
	return r.p.resident[name]
}
