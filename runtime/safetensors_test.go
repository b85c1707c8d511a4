package runtime

import (
	"bytes"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// rawSafe assembles a safetensors file from a header and data, exactly as
// given, so tests can build files the writer would refuse to produce.
func rawSafe(header string, data []byte) []byte {
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	b = append(b, header...)
	return append(b, data...)
}

// ramp returns a tensor of the given dtype and shape holding 0, 1, 2, ...
// (scaled so every value is exact in all dtypes).
func ramp(dt DType, shape ...int) *Tensor {
	x := New(dt, shape...)
	for i := range x.Len() {
		x.Set(i, float32(i%200)-100)
	}
	return x
}

var testShapes = [][]int{{}, {0}, {1}, {5}, {2, 3}, {2, 0, 4}, {1, 2, 3, 4}}

func TestSafetensorsRoundTrip(t *testing.T) {
	for _, dt := range []DType{F32, F16, BF16} {
		t.Run(dt.String(), func(t *testing.T) {
			tensors := map[string]*Tensor{}
			var names []string
			for i, shape := range testShapes {
				name := string(rune('z' - i)) // names not in sorted order, to check order is kept
				names = append(names, name)
				tensors[name] = ramp(dt, shape...)
			}
			meta := map[string]string{"format": "pt", "note": "a<b & c>d"}
			var buf bytes.Buffer
			if err := WriteSafetensors(&buf, names, tensors, meta); err != nil {
				t.Fatal(err)
			}
			hlen := binary.LittleEndian.Uint64(buf.Bytes())
			if hlen%8 != 0 {
				t.Errorf("header length %d is not a multiple of 8", hlen)
			}
			for _, r := range []io.Reader{bytes.NewReader(buf.Bytes()), struct{ io.Reader }{bytes.NewReader(buf.Bytes())}} {
				sf, err := ReadSafetensors(r)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(sf.Names, names) {
					t.Errorf("Names = %v, want %v", sf.Names, names)
				}
				if !reflect.DeepEqual(sf.Metadata, meta) {
					t.Errorf("Metadata = %v, want %v", sf.Metadata, meta)
				}
				for _, name := range names {
					if got, want := sf.Tensors[name], tensors[name]; !tensorsEqual(got, want) {
						t.Errorf("tensor %q = %+v, want %+v", name, got, want)
					}
				}
			}
		})
	}
}

// tensorsEqual compares dtype, shape and bits, treating nil and empty
// slices as equal.
func tensorsEqual(a, b *Tensor) bool {
	return a != nil && b != nil && a.DType == b.DType && len(a.Shape) == len(b.Shape) &&
		(len(a.Shape) == 0 || reflect.DeepEqual(a.Shape, b.Shape)) && bytes.Equal(a.Data, b.Data)
}

// TestSafetensorsGolden pins the exact bytes the writer produces: sorted
// keys, sorted entry fields, no HTML escaping and space padding.
func TestSafetensorsGolden(t *testing.T) {
	x, _ := FromFloat32(F16, []int{2}, []float32{1, -2})
	s, _ := FromFloat32(F32, nil, []float32{0.5})
	var buf bytes.Buffer
	err := WriteSafetensors(&buf, []string{"x", "s"}, map[string]*Tensor{"x": x, "s": s}, map[string]string{"k": "<v>"})
	if err != nil {
		t.Fatal(err)
	}
	header := `{"__metadata__":{"k":"<v>"},"s":{"data_offsets":[4,8],"dtype":"F32","shape":[]},"x":{"data_offsets":[0,4],"dtype":"F16","shape":[2]}}`
	header += strings.Repeat(" ", (8-len(header)%8)%8)
	want := rawSafe(header, []byte{0x00, 0x3c, 0x00, 0xc0, 0, 0, 0, 0x3f})
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("got\n%q\nwant\n%q", buf.Bytes(), want)
	}
	var again bytes.Buffer
	WriteSafetensors(&again, []string{"x", "s"}, map[string]*Tensor{"x": x, "s": s}, map[string]string{"k": "<v>"})
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("output is not deterministic")
	}
}

// TestSafetensorsHandBuilt reads a file written by hand in the style of the
// Python library (spaces after separators, metadata first, unsorted keys).
func TestSafetensorsHandBuilt(t *testing.T) {
	header := `{"__metadata__": {"source": "hand", "layer": "1"}, ` +
		`"w": {"dtype": "BF16", "shape": [2, 1], "data_offsets": [8, 12]}, ` +
		`"b": {"shape": [2], "data_offsets": [0, 8], "dtype": "F32"}}   `
	data := []byte{0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0, 0x80, 0x3f, 0x40, 0x40} // b = [1, -2], w = [1, 3]
	sf, err := ReadSafetensors(bytes.NewReader(rawSafe(header, data)))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"b", "w"}; !reflect.DeepEqual(sf.Names, want) {
		t.Errorf("Names = %v, want %v (data order)", sf.Names, want)
	}
	if want := map[string]string{"source": "hand", "layer": "1"}; !reflect.DeepEqual(sf.Metadata, want) {
		t.Errorf("Metadata = %v, want %v", sf.Metadata, want)
	}
	if got := sf.Tensors["b"].Float32s(); !reflect.DeepEqual(got, []float32{1, -2}) {
		t.Errorf("b = %v", got)
	}
	w := sf.Tensors["w"]
	if got := w.Float32s(); w.DType != BF16 || !reflect.DeepEqual(w.Shape, []int{2, 1}) || !reflect.DeepEqual(got, []float32{1, 3}) {
		t.Errorf("w = %v%v %v", w.DType, w.Shape, got)
	}
	if len(sf.Tensors["b"].Data) != cap(sf.Tensors["b"].Data) {
		t.Error("tensor data is not capped; appending to it would overwrite its neighbour")
	}
}

func TestSafetensorsErrors(t *testing.T) {
	f32x2 := `"dtype": "F32", "shape": [2]`
	eight := make([]byte, 8)
	tests := []struct {
		name string
		file []byte
		want string
	}{
		{"empty", nil, "file is 0 bytes, shorter than the 8-byte"},
		{"short", []byte{1, 2, 3}, "file is 3 bytes, shorter than the 8-byte"},
		{"header past end", append(binary.LittleEndian.AppendUint64(nil, 100), "{}"...), "header length 100 is larger than the file: only 2 bytes"},
		{"absurd header", binary.LittleEndian.AppendUint64(nil, 1<<40), "header length 1099511627776 exceeds the 104857600-byte limit"},
		{"huge header", binary.LittleEndian.AppendUint64(nil, 1<<63+5), "exceeds the"},
		{"empty header", rawSafe("", nil), "invalid JSON header"},
		{"bad json", rawSafe(`{"a": `, nil), "invalid JSON header"},
		{"bad json value", rawSafe(`{"a": tru}`, nil), "invalid JSON header"},
		{"not an object", rawSafe(`[1]`, nil), "want an object, got ["},
		{"junk after object", rawSafe(`{} {}`, nil), "unexpected { after the header object"},
		{"entry not an object", rawSafe(`{"a": 3}`, nil), `tensor "a": invalid header entry 3`},
		{"missing field", rawSafe(`{"a": {"dtype": "F32", "shape": [1]}}`, nil), `tensor "a": header entry`},
		{"unsupported dtype", rawSafe(`{"w": {"dtype": "I64", "shape": [1], "data_offsets": [0, 8]}}`, eight), `tensor "w" has unsupported dtype "I64"`},
		{"negative dim", rawSafe(`{"a": {"dtype": "F32", "shape": [-1, 2], "data_offsets": [0, 8]}}`, eight), `tensor "a": shape [-1 2] has negative dimension -1`},
		{"shape overflow", rawSafe(`{"a": {"dtype": "F32", "shape": [4294967296, 4294967296, 4], "data_offsets": [0, 8]}}`, eight), `tensor "a": shape [4294967296 4294967296 4] has more than`},
		{"bytes overflow", rawSafe(`{"a": {"dtype": "F32", "shape": [4611686018427387904], "data_offsets": [0, 8]}}`, eight), `needs more than`},
		{"non-integer dim", rawSafe(`{"a": {"dtype": "F32", "shape": [1.5], "data_offsets": [0, 8]}}`, eight), `tensor "a": invalid header entry`},
		{"offsets length", rawSafe(`{"a": {`+f32x2+`, "data_offsets": [0]}}`, eight), `tensor "a": data_offsets [0] must have 2 elements, has 1`},
		{"negative offset", rawSafe(`{"a": {`+f32x2+`, "data_offsets": [-8, 0]}}`, eight), `tensor "a": data_offsets [-8, 0] are negative`},
		{"end before begin", rawSafe(`{"a": {`+f32x2+`, "data_offsets": [8, 0]}}`, eight), `tensor "a": data_offsets [8, 0] end before they begin`},
		{"size mismatch", rawSafe(`{"a": {"dtype": "F32", "shape": [3], "data_offsets": [0, 8]}}`, eight), `tensor "a": data_offsets [0, 8] span 8 bytes but f32[3] needs 12`},
		{"out of range", rawSafe(`{"a": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}`, eight), `tensor "a" data_offsets [0, 16] are out of range: the file has only 8 data bytes (header describes 16)`},
		{"out of range second", rawSafe(`{"a": {`+f32x2+`, "data_offsets": [0, 8]}, "b": {`+f32x2+`, "data_offsets": [8, 16]}}`, eight), `tensor "b" data_offsets [8, 16] are out of range`},
		{"overlap", rawSafe(`{"a": {`+f32x2+`, "data_offsets": [0, 8]}, "b": {`+f32x2+`, "data_offsets": [4, 12]}}`, make([]byte, 12)), `tensor "b" data [4, 12] overlaps tensor "a", which ends at 8`},
		{"same region twice", rawSafe(`{"a": {`+f32x2+`, "data_offsets": [0, 8]}, "b": {`+f32x2+`, "data_offsets": [0, 8]}}`, eight), `overlaps tensor "a"`},
		{"gap", rawSafe(`{"a": {`+f32x2+`, "data_offsets": [0, 8]}, "b": {`+f32x2+`, "data_offsets": [12, 20]}}`, make([]byte, 20)), `tensor "b" data starts at 12 but tensor "a" ends at 8; data regions must be contiguous`},
		{"leading gap", rawSafe(`{"a": {`+f32x2+`, "data_offsets": [4, 12]}}`, make([]byte, 12)), `tensor "a" data starts at 4, leaving bytes [0, 4) unused`},
		{"trailing data", rawSafe(`{"a": {`+f32x2+`, "data_offsets": [0, 8]}}`, make([]byte, 11)), "3 trailing bytes after the last tensor's data, which ends at data offset 8"},
		{"duplicate tensor", rawSafe(`{"a": {`+f32x2+`, "data_offsets": [0, 8]}, "a": {`+f32x2+`, "data_offsets": [0, 8]}}`, eight), `duplicate key "a"`},
		{"bad metadata", rawSafe(`{"__metadata__": {"n": 1}}`, nil), "__metadata__ must be an object of strings"},
		{"metadata not object", rawSafe(`{"__metadata__": [1]}`, nil), "__metadata__ must be an object of strings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Both paths: known length (bytes.Reader) and a plain stream.
			for _, r := range []io.Reader{bytes.NewReader(tt.file), struct{ io.Reader }{bytes.NewReader(tt.file)}} {
				sf, err := ReadSafetensors(r)
				if err == nil {
					t.Fatalf("ReadSafetensors succeeded with %d tensors, want error %q", len(sf.Names), tt.want)
				}
				if !strings.Contains(err.Error(), tt.want) {
					t.Errorf("error %q does not contain %q", err, tt.want)
				}
			}
		})
	}
}

// TestSafetensorsEdgeCasesAccepted covers inputs that look odd but are valid.
func TestSafetensorsEdgeCasesAccepted(t *testing.T) {
	tests := []struct {
		name  string
		file  []byte
		names []string
	}{
		{"no tensors", rawSafe(`{}`, nil), nil},
		{"null metadata", rawSafe(`{"__metadata__": null}`, nil), nil},
		{"empty tensors share an offset", rawSafe(`{"b": {"dtype": "F16", "shape": [0], "data_offsets": [0, 0]}, "a": {"dtype": "F16", "shape": [2, 0], "data_offsets": [0, 0]}}`, nil), []string{"b", "a"}},
		{"unknown entry field", rawSafe(`{"a": {"dtype": "F16", "shape": [], "data_offsets": [0, 2], "extra": 1}}`, []byte{0, 0}), []string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sf, err := ReadSafetensors(bytes.NewReader(tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(sf.Names, tt.names) || sf.Metadata == nil {
				t.Errorf("Names = %v, want %v; Metadata = %v", sf.Names, tt.names, sf.Metadata)
			}
		})
	}
}

func TestWriteSafetensorsErrors(t *testing.T) {
	good := New(F32, 2)
	bad := &Tensor{DType: F32, Shape: []int{3}, Data: make([]byte, 8)}
	tests := []struct {
		name    string
		names   []string
		tensors map[string]*Tensor
		meta    map[string]string
		want    string
	}{
		{"listed but missing", []string{"a", "b"}, map[string]*Tensor{"a": good}, nil, `tensor "b" is listed but not in the map`},
		{"in map but not listed", []string{"a"}, map[string]*Tensor{"a": good, "b": good}, nil, `tensor "b" is in the map but not listed`},
		{"listed twice", []string{"a", "a"}, map[string]*Tensor{"a": good}, nil, `tensor "a" is listed twice`},
		{"reserved name", []string{"__metadata__"}, map[string]*Tensor{"__metadata__": good}, nil, "reserved"},
		{"bad data length", []string{"a"}, map[string]*Tensor{"a": bad}, nil, `tensor "a": f32[3] tensor needs 12 data bytes but has 8`},
		{"nil tensor", []string{"a"}, map[string]*Tensor{"a": nil}, nil, `tensor "a": nil tensor`},
		{"invalid utf8 name", []string{"\xff"}, map[string]*Tensor{"\xff": good}, nil, "not valid UTF-8"},
		{"invalid utf8 metadata", nil, nil, map[string]string{"k": "\xff"}, "not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := WriteSafetensors(io.Discard, tt.names, tt.tensors, tt.meta)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestWriteSafetensorsNilNamesSorts(t *testing.T) {
	var buf bytes.Buffer
	tensors := map[string]*Tensor{"b": New(F16, 1), "a": New(F32, 2), "c": New(BF16)}
	if err := WriteSafetensors(&buf, nil, tensors, nil); err != nil {
		t.Fatal(err)
	}
	sf, err := ReadSafetensors(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a", "b", "c"}; !reflect.DeepEqual(sf.Names, want) {
		t.Errorf("Names = %v, want %v", sf.Names, want)
	}
}

func TestReadSafetensorsFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "short.safetensors")
	if err := os.WriteFile(path, []byte{1, 2}, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadSafetensorsFile(path)
	if err == nil || !strings.Contains(err.Error(), path+": safetensors: file is 2 bytes") {
		t.Errorf("error = %v, want one naming %s", err, path)
	}
	if _, err := ReadSafetensorsFile(filepath.Join(dir, "missing")); err == nil || !os.IsNotExist(err) {
		t.Errorf("missing file: error = %v, want not-exist", err)
	}
	good := filepath.Join(dir, "good.safetensors")
	var buf bytes.Buffer
	WriteSafetensors(&buf, nil, map[string]*Tensor{"x": ramp(F16, 3, 4)}, nil)
	os.WriteFile(good, buf.Bytes(), 0o644)
	sf, err := ReadSafetensorsFile(good)
	if err != nil || !tensorsEqual(sf.Tensors["x"], ramp(F16, 3, 4)) {
		t.Errorf("ReadSafetensorsFile = %v, %v", sf, err)
	}
}

// TestRealTrace reads the recorded attention trace shared between
// checkouts. ATTNC_TRACES, if set, names the traces directory (or the file
// itself). The test is skipped where the file is absent.
func TestRealTrace(t *testing.T) {
	path := "../../shared/traces/go8k_L1.safetensors"
	if env := os.Getenv("ATTNC_TRACES"); env != "" {
		path = env
		if fi, err := os.Stat(env); err == nil && fi.IsDir() {
			path = filepath.Join(env, "go8k_L1.safetensors")
		}
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("trace not available: %v", err)
	}
	sf, err := ReadSafetensorsFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"q", "k", "v"}; !reflect.DeepEqual(sf.Names, want) {
		t.Errorf("Names = %v, want %v", sf.Names, want)
	}
	if sf.Metadata["layer"] != "1" {
		t.Errorf("metadata layer = %q, want 1 (metadata %v)", sf.Metadata["layer"], sf.Metadata)
	}
	for _, name := range []string{"q", "k", "v"} {
		x := sf.Tensors[name]
		if x == nil || x.DType != F16 || !reflect.DeepEqual(x.Shape, []int{4, 8192, 64}) {
			t.Fatalf("tensor %s = %v, want f16[4 8192 64]", name, x)
		}
		var sumSq float64
		for _, v := range x.Float64s() {
			if v != v || v > 65504 || v < -65504 {
				t.Fatalf("tensor %s holds non-finite value %v", name, v)
			}
			sumSq += v * v
		}
		if sumSq == 0 {
			t.Errorf("tensor %s is all zeros", name)
		}
	}
}
