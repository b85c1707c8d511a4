package runtime

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"slices"
	"unicode/utf8"
)

// SafeFile is the decoded contents of a safetensors file.
type SafeFile struct {
	// Tensors maps each tensor name to its tensor. All tensors of one file
	// share a single backing buffer (each Data slice is capped at its own
	// end, so appending to one cannot clobber another).
	Tensors map[string]*Tensor
	// Names lists the tensor names in order of their data offsets, which is
	// the order the writer laid them out in; ties between empty tensors keep
	// the header's order.
	Names []string
	// Metadata is the header's free-form "__metadata__" string map; it is
	// empty, not nil, when the file has none.
	Metadata map[string]string
}

// maxSafetensorsHeader bounds the JSON header. Real headers are kilobytes;
// the limit keeps a corrupt length field from costing gigabytes.
const maxSafetensorsHeader = 100 << 20

// metadataKey is the reserved header key holding the string metadata map.
const metadataKey = "__metadata__"

// safeDTypes maps the safetensors dtype names this runtime supports.
var safeDTypes = map[string]DType{"F32": F32, "F16": F16, "BF16": BF16, "I32": I32}

// safeEntry is one tensor's header entry. Fields are pointers so that a
// missing field is told apart from a zero one; the struct field order is
// alphabetical so that encoding/json writes sorted keys.
type safeEntry struct {
	DataOffsets *[]int64 `json:"data_offsets"`
	DType       *string  `json:"dtype"`
	Shape       *[]int64 `json:"shape"`
}

// safeTensor is a header entry after validation.
type safeTensor struct {
	name       string
	dtype      DType
	shape      []int
	begin, end int64
}

// ReadSafetensorsFile reads the safetensors file at path. Errors name the
// file.
func ReadSafetensorsFile(path string) (*SafeFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	sf, err := readSafetensors(newSource(f, size))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sf, nil
}

// ReadSafetensors reads a safetensors file from r. It accepts only tensors of
// dtype F32, F16 and BF16 and checks the layout as strictly as the reference
// implementation: data regions must tile the data section exactly, in some
// order, with no gaps, overlaps or trailing bytes.
func ReadSafetensors(r io.Reader) (*SafeFile, error) {
	return readSafetensors(newSource(r, -1))
}

// readSafetensors does the work of both public readers, in the order the
// file is laid out, so that nothing is read before it has been validated.
func readSafetensors(src *source) (*SafeFile, error) {
	hdr, err := readSafeHeader(src)
	if err != nil {
		return nil, err
	}
	entries, meta, err := parseSafeHeader(hdr)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	total, err := checkSafeLayout(entries)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	data, err := readSafeData(src, entries, total)
	if err != nil {
		return nil, err
	}
	sf := &SafeFile{Tensors: make(map[string]*Tensor, len(entries)), Metadata: meta}
	for _, e := range entries {
		sf.Names = append(sf.Names, e.name)
		sf.Tensors[e.name] = &Tensor{DType: e.dtype, Shape: e.shape, Data: data[e.begin:e.end:e.end]}
	}
	return sf, nil
}

// readSafeHeader reads the length prefix and the JSON header bytes.
func readSafeHeader(src *source) ([]byte, error) {
	prefix, err := src.read(8)
	if err != nil {
		var se *shortError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("safetensors: file is %d bytes, shorter than the 8-byte header length prefix", se.got)
		}
		return nil, fmt.Errorf("safetensors: reading header length: %w", err)
	}
	n := binary.LittleEndian.Uint64(prefix)
	if n > maxSafetensorsHeader {
		return nil, fmt.Errorf("safetensors: header length %d exceeds the %d-byte limit (corrupt file?)", n, maxSafetensorsHeader)
	}
	hdr, err := src.read(int64(n))
	if err != nil {
		var se *shortError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("safetensors: header length %d is larger than the file: only %d bytes follow the length prefix", n, se.got)
		}
		return nil, fmt.Errorf("safetensors: reading header: %w", err)
	}
	return hdr, nil
}

// parseSafeHeader decodes the JSON header into validated entries (in header
// order) and the metadata map. It walks the top-level object token by token
// rather than decoding into a Go map so that header order is kept and
// duplicate keys are caught.
func parseSafeHeader(hdr []byte) ([]safeTensor, map[string]string, error) {
	dec := json.NewDecoder(bytes.NewReader(hdr))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, nil, fmt.Errorf("invalid JSON header: want an object, got %s", describeToken(tok, err))
	}
	var entries []safeTensor
	meta := map[string]string{}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("invalid JSON header: %v", err)
		}
		key, ok := tok.(string)
		if !ok { // cannot happen inside an object, but a panic would be worse
			return nil, nil, fmt.Errorf("invalid JSON header: unexpected %v where a key belongs", tok)
		}
		if seen[key] {
			return nil, nil, fmt.Errorf("header has duplicate key %q", key)
		}
		seen[key] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, fmt.Errorf("invalid JSON header at key %q: %v", key, err)
		}
		if key == metadataKey {
			if err := json.Unmarshal(raw, &meta); err != nil {
				return nil, nil, fmt.Errorf("header %s must be an object of strings: %s", metadataKey, truncate(raw))
			}
			if meta == nil { // "__metadata__": null, which the reference accepts
				meta = map[string]string{}
			}
			continue
		}
		e, err := parseSafeEntry(key, raw)
		if err != nil {
			return nil, nil, err
		}
		entries = append(entries, e)
	}
	if _, err := dec.Token(); err != nil {
		return nil, nil, fmt.Errorf("invalid JSON header: %v", err)
	}
	if tok, err := dec.Token(); err != io.EOF {
		return nil, nil, fmt.Errorf("invalid JSON header: unexpected %s after the header object", describeToken(tok, err))
	}
	return entries, meta, nil
}

// describeToken words a JSON token (or the error in its place) for messages.
func describeToken(tok json.Token, err error) string {
	switch {
	case err == io.EOF:
		return "end of input"
	case err != nil:
		return err.Error()
	}
	return fmt.Sprintf("%v", tok)
}

// truncate shortens raw JSON for inclusion in an error message.
func truncate(raw []byte) string {
	const max = 80
	if len(raw) > max {
		return string(raw[:max]) + "..."
	}
	return string(raw)
}

// parseSafeEntry decodes and checks one tensor's header entry on its own:
// known dtype, valid shape, well-ordered offsets and a byte size that matches
// the shape. Checks that involve other tensors are in checkSafeLayout.
func parseSafeEntry(name string, raw []byte) (safeTensor, error) {
	var e safeEntry
	if err := json.Unmarshal(raw, &e); err != nil {
		return safeTensor{}, fmt.Errorf("tensor %q: invalid header entry %s: %v", name, truncate(raw), err)
	}
	if e.DType == nil || e.Shape == nil || e.DataOffsets == nil {
		return safeTensor{}, fmt.Errorf("tensor %q: header entry %s needs dtype, shape and data_offsets", name, truncate(raw))
	}
	dt, ok := safeDTypes[*e.DType]
	if !ok {
		return safeTensor{}, fmt.Errorf("tensor %q has unsupported dtype %q (want F32, F16, BF16 or I32)", name, *e.DType)
	}
	shape, err := safeShape(name, *e.Shape)
	if err != nil {
		return safeTensor{}, err
	}
	off := *e.DataOffsets
	if len(off) != 2 {
		return safeTensor{}, fmt.Errorf("tensor %q: data_offsets %v must have 2 elements, has %d", name, off, len(off))
	}
	begin, end := off[0], off[1]
	if begin < 0 || end < 0 {
		return safeTensor{}, fmt.Errorf("tensor %q: data_offsets [%d, %d] are negative", name, begin, end)
	}
	if end < begin {
		return safeTensor{}, fmt.Errorf("tensor %q: data_offsets [%d, %d] end before they begin", name, begin, end)
	}
	want, err := numBytes(dt, shape)
	if err != nil {
		return safeTensor{}, fmt.Errorf("tensor %q: %v", name, err)
	}
	if end-begin != int64(want) {
		return safeTensor{}, fmt.Errorf("tensor %q: data_offsets [%d, %d] span %d bytes but %s%v needs %d",
			name, begin, end, end-begin, dt, shape, want)
	}
	return safeTensor{name: name, dtype: dt, shape: shape, begin: begin, end: end}, nil
}

// safeShape converts a header shape to []int, rejecting negative dimensions
// and ones that do not fit an int on this platform.
func safeShape(name string, dims []int64) ([]int, error) {
	shape := make([]int, len(dims))
	for i, d := range dims {
		if d < 0 {
			return nil, fmt.Errorf("tensor %q: shape %v has negative dimension %d", name, dims, d)
		}
		if d > math.MaxInt {
			return nil, fmt.Errorf("tensor %q: shape %v dimension %d too large", name, dims, d)
		}
		shape[i] = int(d)
	}
	return shape, nil
}

// checkSafeLayout sorts entries by data offset and checks that they tile
// [0, total) exactly, returning total. The reference implementation insists
// on this, and it guarantees no byte of the file is read as two tensors.
func checkSafeLayout(entries []safeTensor) (int64, error) {
	slices.SortStableFunc(entries, func(a, b safeTensor) int {
		if a.begin != b.begin {
			return cmp.Compare(a.begin, b.begin)
		}
		return cmp.Compare(a.end, b.end)
	})
	var end int64
	prev := ""
	for _, e := range entries {
		switch {
		case e.begin < end:
			return 0, fmt.Errorf("tensor %q data [%d, %d] overlaps tensor %q, which ends at %d", e.name, e.begin, e.end, prev, end)
		case e.begin > end && prev == "":
			return 0, fmt.Errorf("tensor %q data starts at %d, leaving bytes [0, %d) unused; data regions must be contiguous", e.name, e.begin, e.begin)
		case e.begin > end:
			return 0, fmt.Errorf("tensor %q data starts at %d but tensor %q ends at %d; data regions must be contiguous", e.name, e.begin, prev, end)
		}
		end, prev = e.end, e.name
	}
	return end, nil
}

// readSafeData reads the data section, which must hold exactly total bytes.
func readSafeData(src *source, entries []safeTensor, total int64) ([]byte, error) {
	data, err := src.read(total)
	if err != nil {
		var se *shortError
		if !errors.As(err, &se) {
			return nil, fmt.Errorf("safetensors: reading data: %w", err)
		}
		for _, e := range entries {
			if e.end > se.got {
				return nil, fmt.Errorf("safetensors: tensor %q data_offsets [%d, %d] are out of range: the file has only %d data bytes (header describes %d)",
					e.name, e.begin, e.end, se.got, total)
			}
		}
		return nil, fmt.Errorf("safetensors: data truncated: expected %d bytes, got %d", total, se.got)
	}
	extra, err := src.remaining()
	if err != nil {
		return nil, fmt.Errorf("safetensors: reading data: %w", err)
	}
	if extra > 0 {
		return nil, fmt.Errorf("safetensors: %d trailing bytes after the last tensor's data, which ends at data offset %d", extra, total)
	}
	return data, nil
}

// WriteSafetensors writes the named tensors and metadata to w as a
// safetensors file. Tensor data is laid out in the order of names; if names
// is nil, the map's keys are used in sorted order. The output is
// deterministic: header keys are sorted (encoding/json sorts map keys) and
// the header is padded with spaces to a multiple of 8 bytes, as the
// reference implementation does, so the data section starts aligned.
func WriteSafetensors(w io.Writer, names []string, tensors map[string]*Tensor, metadata map[string]string) error {
	if names == nil {
		names = slices.Sorted(maps.Keys(tensors))
	}
	if err := checkSafeNames(names, tensors, metadata); err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	hdr, err := encodeSafeHeader(names, tensors, metadata)
	if err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	var prefix [8]byte
	binary.LittleEndian.PutUint64(prefix[:], uint64(len(hdr)))
	if _, err := w.Write(prefix[:]); err != nil {
		return err
	}
	if _, err := w.Write(hdr); err != nil {
		return err
	}
	for _, name := range names {
		if _, err := w.Write(tensors[name].Data); err != nil {
			return err
		}
	}
	return nil
}

// checkSafeNames checks that names lists every tensor exactly once, that
// every tensor is well formed, and that all strings survive JSON encoding
// unchanged (encoding/json would silently replace invalid UTF-8).
func checkSafeNames(names []string, tensors map[string]*Tensor, metadata map[string]string) error {
	seen := make(map[string]bool, len(names))
	for _, name := range names {
		switch {
		case name == metadataKey:
			return fmt.Errorf("tensor name %q is reserved", name)
		case !utf8.ValidString(name):
			return fmt.Errorf("tensor name %q is not valid UTF-8", name)
		case seen[name]:
			return fmt.Errorf("tensor %q is listed twice", name)
		}
		seen[name] = true
		t, ok := tensors[name]
		if !ok {
			return fmt.Errorf("tensor %q is listed but not in the map", name)
		}
		if err := t.check(); err != nil {
			return fmt.Errorf("tensor %q: %v", name, err)
		}
	}
	for name := range tensors {
		if !seen[name] {
			return fmt.Errorf("tensor %q is in the map but not listed in names", name)
		}
	}
	for k, v := range metadata {
		if !utf8.ValidString(k) || !utf8.ValidString(v) {
			return fmt.Errorf("metadata %q: %q is not valid UTF-8", k, v)
		}
	}
	return nil
}

// encodeSafeHeader returns the padded JSON header.
func encodeSafeHeader(names []string, tensors map[string]*Tensor, metadata map[string]string) ([]byte, error) {
	hdr := make(map[string]any, len(names)+1)
	var off int64
	for _, name := range names {
		t := tensors[name]
		dt := safeDTypeName(t.DType)
		shape := make([]int64, len(t.Shape)) // non-nil, so rank 0 writes [] not null
		for i, d := range t.Shape {
			shape[i] = int64(d)
		}
		offsets := []int64{off, off + int64(len(t.Data))}
		hdr[name] = safeEntry{DataOffsets: &offsets, DType: &dt, Shape: &shape}
		off += int64(len(t.Data))
	}
	if len(metadata) > 0 {
		hdr[metadataKey] = metadata
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep names like "a<b" readable; both forms are valid JSON
	if err := enc.Encode(hdr); err != nil {
		return nil, err
	}
	b := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	for len(b)%8 != 0 {
		b = append(b, ' ')
	}
	return b, nil
}

// safeDTypeName is the safetensors spelling of dt.
func safeDTypeName(dt DType) string {
	for name, d := range safeDTypes {
		if d == dt {
			return name
		}
	}
	return dt.String()
}
