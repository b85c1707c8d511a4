package runtime

import (
	"fmt"
	"io"
)

// source reads a file sequentially while tracking how many bytes are known
// to remain, so that a length read from a hostile header can be checked
// against the real size before any memory is allocated for it.
type source struct {
	r    io.Reader
	left int64 // bytes known to remain, or -1 if unknown
	pos  int64 // bytes consumed so far, for error messages
}

// lenReader is implemented by bytes.Reader, bytes.Buffer and strings.Reader;
// for them the remaining size is known up front.
type lenReader interface{ Len() int }

// newSource wraps r; size is the number of bytes r will yield, or -1.
func newSource(r io.Reader, size int64) *source {
	if lr, ok := r.(lenReader); ok && size < 0 {
		size = int64(lr.Len())
	}
	return &source{r: r, left: size}
}

// growStep bounds how much is allocated ahead of data actually arriving when
// the remaining size is unknown, so a lying length field costs at most this
// much memory before the short read is noticed.
const growStep = 1 << 20

// read returns exactly n bytes. If fewer remain, it returns the bytes it got
// and a *shortError giving both counts; the caller words the message because
// only it knows what the bytes were for.
func (s *source) read(n int64) ([]byte, error) {
	if n < 0 {
		return nil, fmt.Errorf("negative read length %d", n)
	}
	if s.left >= 0 && n > s.left {
		return nil, &shortError{want: n, got: s.left}
	}
	capHint := n
	if s.left < 0 {
		capHint = min(n, growStep)
	}
	buf := make([]byte, 0, capHint)
	for int64(len(buf)) < n {
		if len(buf) == cap(buf) {
			bigger := make([]byte, len(buf), min(n, 2*int64(cap(buf))))
			copy(bigger, buf)
			buf = bigger
		}
		m, err := s.r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		s.pos += int64(m)
		if s.left >= 0 {
			s.left -= int64(m)
		}
		if err == io.EOF {
			if int64(len(buf)) < n {
				return buf, &shortError{want: n, got: int64(len(buf))}
			}
			break
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

// remaining returns how many bytes are left, consuming them if the size was
// not known. It is only used to word the trailing-data error, and an input
// that has trailing data is rejected anyway, so reading it is no loss.
func (s *source) remaining() (int64, error) {
	if s.left >= 0 {
		return s.left, nil
	}
	return io.Copy(io.Discard, s.r)
}

// shortError reports that the input ended early.
type shortError struct{ want, got int64 }

// Error words the counts; callers usually rephrase it with context.
func (e *shortError) Error() string {
	return fmt.Sprintf("expected %d bytes, got only %d", e.want, e.got)
}
