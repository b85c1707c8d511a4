package runtime

import (
	"bytes"
	"encoding/binary"
	"io"
	"testing"
)

// fuzzSafeSeeds returns valid safetensors files and a few corrupted ones.
func fuzzSafeSeeds() [][]byte {
	var seeds [][]byte
	var buf bytes.Buffer
	x, _ := FromFloat32(F16, []int{2, 2}, []float32{1, 2, 3, 4})
	y, _ := FromFloat32(BF16, []int{3}, []float32{-1, 0, 1})
	z, _ := FromFloat32(F32, nil, []float32{7})
	WriteSafetensors(&buf, []string{"x", "y", "z"}, map[string]*Tensor{"x": x, "y": y, "z": z}, map[string]string{"k": "v"})
	valid := bytes.Clone(buf.Bytes())
	seeds = append(seeds, valid)
	buf.Reset()
	WriteSafetensors(&buf, nil, map[string]*Tensor{"e": New(F32, 0, 3)}, nil)
	seeds = append(seeds, bytes.Clone(buf.Bytes()))
	seeds = append(seeds,
		valid[:len(valid)-3], // truncated data
		valid[:20],           // truncated header
		append(valid, 0),     // trailing byte
		rawSafe(`{"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}, "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]}}`, make([]byte, 12)),
		rawSafe(`{"a": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 8]}}`, nil),
		binary.LittleEndian.AppendUint64(nil, 1<<62),
	)
	corrupt := bytes.Clone(valid)
	corrupt[0] ^= 0x10 // header length off by 16
	return append(seeds, corrupt)
}

// FuzzReadSafetensors checks that the reader never panics, that the
// known-length and streaming paths agree, and that anything it accepts
// survives a write/read round trip unchanged.
func FuzzReadSafetensors(f *testing.F) {
	for _, s := range fuzzSafeSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sf, err := ReadSafetensors(bytes.NewReader(data))
		sf2, err2 := ReadSafetensors(struct{ io.Reader }{bytes.NewReader(data)})
		if (err == nil) != (err2 == nil) {
			t.Fatalf("known-length error %v, streaming error %v", err, err2)
		}
		if err != nil {
			return
		}
		for _, name := range sf.Names {
			if !tensorsEqual(sf.Tensors[name], sf2.Tensors[name]) {
				t.Fatalf("paths disagree on tensor %q", name)
			}
		}
		var buf bytes.Buffer
		if err := WriteSafetensors(&buf, sf.Names, sf.Tensors, sf.Metadata); err != nil {
			t.Fatalf("rewriting an accepted file: %v", err)
		}
		back, err := ReadSafetensors(&buf)
		if err != nil {
			t.Fatalf("rereading a rewritten file: %v", err)
		}
		for _, name := range sf.Names {
			if !tensorsEqual(sf.Tensors[name], back.Tensors[name]) {
				t.Fatalf("tensor %q changed in a round trip", name)
			}
		}
	})
}

// FuzzReadNpy checks the same properties for .npy files.
func FuzzReadNpy(f *testing.F) {
	for _, x := range []*Tensor{ramp(F32, 2, 3), ramp(F16, 4), ramp(F16), New(F32, 0, 2)} {
		var buf bytes.Buffer
		WriteNpy(&buf, x)
		f.Add(buf.Bytes())
		f.Add(buf.Bytes()[:buf.Len()-1])
	}
	f.Add(rawNpy(2, "{'shape': (2L,), 'descr': \"<f2\", 'fortran_order': False,}", make([]byte, 4)))
	f.Add(rawNpy(3, "{'descr': '<f4', 'fortran_order': True, 'shape': (1,)}", make([]byte, 4)))
	f.Add(rawNpy(1, "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': ((1,),)}", nil))
	f.Add([]byte("\x93NUMPY\x01\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := ReadNpy(bytes.NewReader(data))
		x2, err2 := ReadNpy(struct{ io.Reader }{bytes.NewReader(data)})
		if (err == nil) != (err2 == nil) {
			t.Fatalf("known-length error %v, streaming error %v", err, err2)
		}
		if err != nil {
			return
		}
		if !tensorsEqual(x, x2) {
			t.Fatal("paths disagree")
		}
		var buf bytes.Buffer
		if err := WriteNpy(&buf, x); err != nil {
			t.Fatalf("rewriting an accepted file: %v", err)
		}
		back, err := ReadNpy(&buf)
		if err != nil || !tensorsEqual(x, back) {
			t.Fatalf("round trip: %v", err)
		}
	})
}
