package runtime

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// npyMagic opens every .npy file.
const npyMagic = "\x93NUMPY"

// maxNpyHeader bounds the header dict. NumPy itself refuses headers over
// 10000 bytes by default; this is more generous but still keeps a corrupt
// length from costing memory.
const maxNpyHeader = 1 << 20

// npyDescrs maps the supported NumPy dtype descriptors. Only little-endian
// float types exist here: the runtime's tensors are little-endian and NumPy
// has no bfloat16.
var npyDescrs = map[string]DType{"<f4": F32, "<f2": F16}

// ReadNpy reads a NumPy .npy file (format version 1.0, 2.0 or 3.0) holding a
// C-ordered little-endian float32 ('<f4') or float16 ('<f2') array. Bytes
// after the array's data are an error, as in safetensors files: a file
// longer than its header says is corrupt or not what it claims to be
// (numpy.load would ignore them).
func ReadNpy(r io.Reader) (*Tensor, error) {
	t, err := readNpy(newSource(r, -1))
	if err != nil {
		return nil, fmt.Errorf("npy: %w", err)
	}
	return t, nil
}

// readNpy reads prefix, header and data, validating each before reading on.
func readNpy(src *source) (*Tensor, error) {
	hdr, err := readNpyHeader(src)
	if err != nil {
		return nil, err
	}
	dt, shape, err := parseNpyHeader(hdr)
	if err != nil {
		return nil, err
	}
	n, err := numBytes(dt, shape)
	if err != nil {
		return nil, err
	}
	data, err := src.read(int64(n))
	if err != nil {
		var se *shortError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("data truncated: %v%v needs %d bytes, file has %d", dt, shape, n, se.got)
		}
		return nil, fmt.Errorf("reading data: %w", err)
	}
	extra, err := src.remaining()
	if err != nil {
		return nil, fmt.Errorf("reading data: %w", err)
	}
	if extra > 0 {
		return nil, fmt.Errorf("%d trailing bytes after the array's data (%v%v, %d bytes)", extra, dt, shape, n)
	}
	return &Tensor{DType: dt, Shape: shape, Data: data}, nil
}

// readNpyHeader reads the magic, version and header-length prefix and
// returns the header text, decoded per its version (Latin-1 before 3.0,
// UTF-8 from 3.0 on).
func readNpyHeader(src *source) (string, error) {
	pre, err := src.read(8)
	if err != nil {
		var se *shortError
		if errors.As(err, &se) {
			return "", fmt.Errorf("file is %d bytes, too short for the magic string and version", se.got)
		}
		return "", err
	}
	if string(pre[:6]) != npyMagic {
		return "", fmt.Errorf("bad magic %q, want %q: not a .npy file", pre[:6], npyMagic)
	}
	major, minor := pre[6], pre[7]
	lenSize := int64(4)
	switch {
	case major == 1 && minor == 0:
		lenSize = 2
	case (major == 2 || major == 3) && minor == 0:
	default:
		return "", fmt.Errorf("unsupported format version %d.%d (want 1.0, 2.0 or 3.0)", major, minor)
	}
	lb, err := src.read(lenSize)
	if err != nil {
		return "", fmt.Errorf("file ends inside the header length: %w", err)
	}
	var n uint32
	if lenSize == 2 {
		n = uint32(binary.LittleEndian.Uint16(lb))
	} else {
		n = binary.LittleEndian.Uint32(lb)
	}
	if n > maxNpyHeader {
		return "", fmt.Errorf("header length %d exceeds the %d-byte limit (corrupt file?)", n, maxNpyHeader)
	}
	hb, err := src.read(int64(n))
	if err != nil {
		var se *shortError
		if errors.As(err, &se) {
			return "", fmt.Errorf("header length %d is larger than the file: only %d bytes follow", n, se.got)
		}
		return "", err
	}
	if major < 3 {
		return latin1(hb), nil
	}
	if !utf8.Valid(hb) {
		return "", fmt.Errorf("version 3.0 header is not valid UTF-8")
	}
	return string(hb), nil
}

// latin1 decodes Latin-1 bytes: each byte is the code point of the same value.
func latin1(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// parseNpyHeader parses the header dict and checks its three keys.
func parseNpyHeader(hdr string) (DType, []int, error) {
	p := &pyParser{s: hdr}
	v, err := p.parseAll()
	if err != nil {
		return 0, nil, fmt.Errorf("bad header %s: %v", quoteHeader(hdr), err)
	}
	dict, ok := v.(pyDict)
	if !ok {
		return 0, nil, fmt.Errorf("header %s is not a dict", quoteHeader(hdr))
	}
	var descr, fortran, shape any
	for _, kv := range dict {
		key, _ := kv.key.(string)
		switch key {
		case "descr":
			descr = kv.val
		case "fortran_order":
			fortran = kv.val
		case "shape":
			shape = kv.val
		default:
			return 0, nil, fmt.Errorf("header %s has unexpected key %v (want descr, fortran_order and shape)", quoteHeader(hdr), pyRepr(kv.key))
		}
	}
	if descr == nil || fortran == nil || shape == nil {
		return 0, nil, fmt.Errorf("header %s lacks one of the keys descr, fortran_order and shape", quoteHeader(hdr))
	}
	dt, err := npyDType(descr)
	if err != nil {
		return 0, nil, err
	}
	if f, ok := fortran.(bool); !ok {
		return 0, nil, fmt.Errorf("fortran_order is %v, want True or False", pyRepr(fortran))
	} else if f {
		return 0, nil, fmt.Errorf("fortran_order=True is not supported; save the array in C order (numpy.ascontiguousarray)")
	}
	dims, err := npyShape(shape)
	if err != nil {
		return 0, nil, err
	}
	return dt, dims, nil
}

// quoteHeader quotes a header for an error message, shortening long ones.
func quoteHeader(h string) string {
	h = strings.TrimRight(h, " \n")
	if len(h) > 120 {
		h = h[:120] + "..."
	}
	return strconv.Quote(h)
}

// npyDType maps a descr value to a DType.
func npyDType(descr any) (DType, error) {
	s, ok := descr.(string)
	if _, structured := descr.(pyTuple); structured {
		return 0, fmt.Errorf("descr %v is a structured dtype, which is not supported (want '<f4' or '<f2')", pyRepr(descr))
	} else if !ok {
		return 0, fmt.Errorf("descr %v is not a string (want '<f4' or '<f2')", pyRepr(descr))
	}
	if dt, ok := npyDescrs[s]; ok {
		return dt, nil
	}
	if s == ">f4" || s == ">f2" {
		return 0, fmt.Errorf("descr %q is big-endian; only little-endian '<f4' and '<f2' are supported", s)
	}
	return 0, fmt.Errorf("descr %q is not supported (want '<f4' or '<f2')", s)
}

// npyShape converts a shape tuple to []int.
func npyShape(v any) ([]int, error) {
	tup, ok := v.(pyTuple)
	if !ok {
		return nil, fmt.Errorf("shape %v is not a tuple", pyRepr(v))
	}
	dims := make([]int, len(tup))
	for i, d := range tup {
		n, ok := d.(int64)
		if !ok {
			return nil, fmt.Errorf("shape %v has non-integer dimension %v", pyRepr(v), pyRepr(d))
		}
		if n < 0 {
			return nil, fmt.Errorf("shape %v has negative dimension %d", pyRepr(v), n)
		}
		if int64(int(n)) != n {
			return nil, fmt.Errorf("shape %v dimension %d does not fit an int", pyRepr(v), n)
		}
		dims[i] = int(n)
	}
	if _, err := numElems(dims); err != nil {
		return nil, err
	}
	return dims, nil
}

// WriteNpy writes t to w as a version 1.0 .npy file (2.0 if the header would
// not fit 1.0's 16-bit length, which takes a very high rank). bf16 tensors
// are refused because NumPy has no bfloat16 dtype, and writing them as
// another type would silently change their meaning.
func WriteNpy(w io.Writer, t *Tensor) error {
	if err := t.check(); err != nil {
		return fmt.Errorf("npy: %v", err)
	}
	descr := ""
	for s, dt := range npyDescrs {
		if dt == t.DType {
			descr = s
		}
	}
	if descr == "" {
		return fmt.Errorf("npy: npy has no %v dtype; convert the tensor to f32 first", t.DType)
	}
	if _, err := w.Write(npyPrefixAndHeader(descr, t.Shape)); err != nil {
		return err
	}
	_, err := w.Write(t.Data)
	return err
}

// npyPrefixAndHeader returns everything before the data: magic, version,
// header length and the header dict, padded with spaces and ended by a
// newline so that the data starts on a 64-byte boundary, as NumPy does.
func npyPrefixAndHeader(descr string, shape []int) []byte {
	dict := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': %s, }", descr, pyShape(shape))
	for _, v := range []struct {
		major   byte
		lenSize int
		max     int
	}{{1, 2, 0xffff}, {2, 4, 0xffffffff}} {
		pre := len(npyMagic) + 2 + v.lenSize
		total := (pre + len(dict) + 1 + 63) / 64 * 64
		hlen := total - pre
		if hlen > v.max {
			continue
		}
		b := append([]byte(npyMagic), v.major, 0)
		if v.lenSize == 2 {
			b = binary.LittleEndian.AppendUint16(b, uint16(hlen))
		} else {
			b = binary.LittleEndian.AppendUint32(b, uint32(hlen))
		}
		b = append(b, dict...)
		b = append(b, strings.Repeat(" ", hlen-len(dict)-1)...)
		return append(b, '\n')
	}
	panic("unreachable: a rank beyond 4 GB of header")
}

// pyShape formats a shape as a Python tuple: (), (4,) or (2, 3).
func pyShape(shape []int) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = strconv.Itoa(d)
	}
	if len(shape) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
