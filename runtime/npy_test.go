package runtime

import (
	"bytes"
	"encoding/binary"
	"io"
	"reflect"
	"strings"
	"testing"
)

// rawNpy assembles a .npy file from a version, header text and data, with
// no padding or checks, so tests can build files NumPy would not write.
func rawNpy(major byte, header string, data []byte) []byte {
	b := append([]byte(npyMagic), major, 0)
	if major == 1 {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(header)))
	} else {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(header)))
	}
	b = append(b, header...)
	return append(b, data...)
}

func TestNpyRoundTrip(t *testing.T) {
	for _, dt := range []DType{F32, F16} {
		for _, shape := range testShapes {
			x := ramp(dt, shape...)
			var buf bytes.Buffer
			if err := WriteNpy(&buf, x); err != nil {
				t.Fatal(err)
			}
			dataStart := buf.Len() - len(x.Data)
			if dataStart%64 != 0 {
				t.Errorf("%v%v: data starts at %d, not 64-byte aligned", dt, shape, dataStart)
			}
			for _, r := range []io.Reader{bytes.NewReader(buf.Bytes()), struct{ io.Reader }{bytes.NewReader(buf.Bytes())}} {
				y, err := ReadNpy(r)
				if err != nil {
					t.Fatalf("%v%v: %v", dt, shape, err)
				}
				if !tensorsEqual(x, y) {
					t.Errorf("%v%v: read back %+v", dt, shape, y)
				}
			}
		}
	}
}

// TestNpyGolden pins the bytes of np.save(f, np.arange(6, dtype='<f4').reshape(2, 3)).
func TestNpyGolden(t *testing.T) {
	x, _ := FromFloat32(F32, []int{2, 3}, []float32{0, 1, 2, 3, 4, 5})
	var buf bytes.Buffer
	if err := WriteNpy(&buf, x); err != nil {
		t.Fatal(err)
	}
	dict := "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"
	header := dict + strings.Repeat(" ", 118-len(dict)-1) + "\n"
	want := rawNpy(1, header, x.Data)
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("got\n%q\nwant\n%q", buf.Bytes(), want)
	}
}

// TestNpyHeaderVariants reads headers spelled in the ways various NumPy
// versions and other writers spell them.
func TestNpyHeaderVariants(t *testing.T) {
	f32x4 := make([]byte, 16)
	tests := []struct {
		name   string
		major  byte
		header string
		data   []byte
		dt     DType
		shape  []int
	}{
		{"numpy 1.x", 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }      \n", f32x4, F32, []int{4}},
		{"version 2.0", 2, "{'descr': '<f2', 'fortran_order': False, 'shape': (2, 4), }\n", f32x4, F16, []int{2, 4}},
		{"version 3.0 utf8", 3, "{'descr': '<f2', 'fortran_order': False, 'shape': (8,), }\n", f32x4, F16, []int{8}},
		{"keys reordered", 1, "{'shape': (2, 2), 'fortran_order': False, 'descr': '<f4'}\n", f32x4, F32, []int{2, 2}},
		{"no spaces", 1, "{'descr':'<f4','fortran_order':False,'shape':(2,2)}", f32x4, F32, []int{2, 2}},
		{"trailing commas", 1, "{ 'descr' : '<f4' , 'fortran_order' : False , 'shape' : ( 4 , ) , }", f32x4, F32, []int{4}},
		{"double quotes", 1, `{"descr": "<f4", "fortran_order": False, "shape": (4,)}`, f32x4, F32, []int{4}},
		{"python 2 longs", 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2L, 2L), }\n", f32x4, F32, []int{2, 2}},
		{"scalar", 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (), }\n", f32x4[:4], F32, []int{}},
		{"zero length", 1, "{'descr': '<f2', 'fortran_order': False, 'shape': (3, 0), }\n", nil, F16, []int{3, 0}},
		{"list shape", 1, "{'descr': '<f4', 'fortran_order': False, 'shape': [4]}\n", f32x4, F32, []int{4}},
		{"tabs and CRLF", 1, "{'descr':\t'<f4',\r\n'fortran_order': False, 'shape': (4,)}\r\n", f32x4, F32, []int{4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := ReadNpy(bytes.NewReader(rawNpy(tt.major, tt.header, tt.data)))
			if err != nil {
				t.Fatal(err)
			}
			if x.DType != tt.dt || !reflect.DeepEqual(x.Shape, tt.shape) {
				t.Errorf("got %v%v, want %v%v", x.DType, x.Shape, tt.dt, tt.shape)
			}
		})
	}
}

func TestNpyErrors(t *testing.T) {
	ok := func(descr, fortran, shape string) string {
		return "{'descr': " + descr + ", 'fortran_order': " + fortran + ", 'shape': " + shape + ", }\n"
	}
	tests := []struct {
		name string
		file []byte
		want string
	}{
		{"empty", nil, "npy: file is 0 bytes, too short"},
		{"short", []byte("\x93NUM"), "file is 4 bytes, too short"},
		{"bad magic", []byte("PK\x03\x04\x00\x00\x00\x00\x00\x00"), `bad magic "PK\x03\x04\x00\x00"`},
		{"version 4", rawNpy(4, ok("'<f4'", "False", "()"), nil), "unsupported format version 4.0"},
		{"version 1.1", append([]byte(npyMagic), 1, 1, 0, 0), "unsupported format version 1.1"},
		{"no header length", append([]byte(npyMagic), 1, 0, 5), "file ends inside the header length"},
		{"header past end", append(append([]byte(npyMagic), 1, 0, 100, 0), "{}"...), "header length 100 is larger than the file: only 2 bytes follow"},
		{"absurd header", append([]byte(npyMagic), 2, 0, 0xff, 0xff, 0xff, 0xff), "header length 4294967295 exceeds"},
		{"bf16 is not a thing", rawNpy(1, ok("'|V2'", "False", "(2,)"), nil), `descr "|V2" is not supported (want '<f4' or '<f2')`},
		{"f64", rawNpy(1, ok("'<f8'", "False", "(2,)"), nil), `descr "<f8" is not supported`},
		{"big endian", rawNpy(1, ok("'>f4'", "False", "(2,)"), nil), `descr ">f4" is big-endian`},
		{"structured", rawNpy(1, ok("[('a', '<f4')]", "False", "(2,)"), nil), "descr (('a', '<f4'),) is a structured dtype"},
		{"descr not string", rawNpy(1, ok("4", "False", "(2,)"), nil), "descr 4 is not a string"},
		{"fortran", rawNpy(1, ok("'<f4'", "True", "(2, 2)"), nil), "fortran_order=True is not supported"},
		{"fortran not bool", rawNpy(1, ok("'<f4'", "0", "(2, 2)"), nil), "fortran_order is 0, want True or False"},
		{"negative dim", rawNpy(1, ok("'<f4'", "False", "(2, -3)"), nil), "shape (2, -3) has negative dimension -3"},
		{"shape overflow", rawNpy(1, ok("'<f4'", "False", "(4294967296, 4294967296)"), nil), "has more than"},
		{"dim out of range", rawNpy(1, ok("'<f4'", "False", "(99999999999999999999,)"), nil), "integer 99999999999999999999 out of range"},
		{"shape not tuple", rawNpy(1, ok("'<f4'", "False", "4"), nil), "shape 4 is not a tuple"},
		{"shape of strings", rawNpy(1, ok("'<f4'", "False", "('a',)"), nil), "shape ('a',) has non-integer dimension 'a'"},
		{"missing key", rawNpy(1, "{'descr': '<f4', 'shape': (2,)}", nil), "lacks one of the keys"},
		{"extra key", rawNpy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), 'x': 1}", nil), "unexpected key 'x'"},
		{"duplicate key", rawNpy(1, "{'descr': '<f4', 'descr': '<f4'}", nil), "duplicate dict key 'descr'"},
		{"not a dict", rawNpy(1, "('<f4', False, (2,))", nil), "is not a dict"},
		{"unterminated dict", rawNpy(1, "{'descr': '<f4'", nil), "unexpected end of header"},
		{"unterminated string", rawNpy(1, "{'descr': '<f4}", nil), "unterminated string"},
		{"missing colon", rawNpy(1, "{'descr' '<f4'}", nil), "want ':' after dict key 'descr'"},
		{"junk after dict", rawNpy(1, "{} x", nil), `unexpected "x" after the value`},
		{"bad token", rawNpy(1, "{'descr': <f4}", nil), `unexpected "<f4}"`},
		{"deep nesting", rawNpy(1, strings.Repeat("(", 100), nil), "nested more than 32 levels"},
		{"bad utf8 in v3", rawNpy(3, "{'descr': '\xff'}", nil), "not valid UTF-8"},
		{"truncated data", rawNpy(1, ok("'<f4'", "False", "(2, 3)"), make([]byte, 8)), "data truncated: f32[2 3] needs 24 bytes, file has 8"},
		{"trailing data", rawNpy(1, ok("'<f4'", "False", "(2,)"), make([]byte, 11)), "3 trailing bytes after the array's data (f32[2], 8 bytes)"},
		{"huge claimed data", rawNpy(1, ok("'<f2'", "False", "(1000000000000,)"), make([]byte, 8)), "needs 2000000000000 bytes, file has 8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range []io.Reader{bytes.NewReader(tt.file), struct{ io.Reader }{bytes.NewReader(tt.file)}} {
				x, err := ReadNpy(r)
				if err == nil {
					t.Fatalf("ReadNpy succeeded with %v%v, want error %q", x.DType, x.Shape, tt.want)
				}
				if !strings.Contains(err.Error(), tt.want) {
					t.Errorf("error %q does not contain %q", err, tt.want)
				}
			}
		})
	}
}

func TestWriteNpyErrors(t *testing.T) {
	tests := []struct {
		name string
		x    *Tensor
		want string
	}{
		{"bf16", New(BF16, 2), "npy has no bf16 dtype"},
		{"bad data", &Tensor{DType: F16, Shape: []int{4}, Data: make([]byte, 3)}, "f16[4] tensor needs 8 data bytes but has 3"},
		{"invalid dtype", &Tensor{Shape: []int{1}}, "invalid dtype"},
		{"nil", nil, "nil tensor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := WriteNpy(io.Discard, tt.x)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestWriteNpyVersion2 checks the fallback to format 2.0 when the header
// cannot fit 1.0's 16-bit length (a shape of rank 30000).
func TestWriteNpyVersion2(t *testing.T) {
	shape := make([]int, 30000)
	for i := range shape {
		shape[i] = 1
	}
	x := New(F32, shape...)
	var buf bytes.Buffer
	if err := WriteNpy(&buf, x); err != nil {
		t.Fatal(err)
	}
	if v := buf.Bytes()[6]; v != 2 {
		t.Fatalf("version %d, want 2", v)
	}
	y, err := ReadNpy(&buf)
	if err != nil || !tensorsEqual(x, y) {
		t.Errorf("ReadNpy = %v, %v", y != nil, err)
	}
}
