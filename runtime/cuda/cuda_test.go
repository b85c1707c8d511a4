package cuda

import (
	"encoding/binary"
	"strings"
	"testing"
)

// TestOpen: with a driver, Open gives a device with a name; without one
// the error says so (and GPU tests skip with it).
func TestOpen(t *testing.T) {
	d, err := Open()
	if err != nil {
		if !strings.Contains(err.Error(), "no NVIDIA driver") && !strings.Contains(err.Error(), "cuda: ") {
			t.Fatalf("unclear error without a driver: %v", err)
		}
		t.Skip(err)
	}
	defer d.Close()
	if name := d.DeviceName(); name == "" || name == "?" {
		t.Errorf("device name %q", name)
	}
}

// TestInt32Bytes: the view is the little-endian encoding the GPU reads.
func TestInt32Bytes(t *testing.T) {
	x := []int32{0, 1, -1, 0x01020304, -2147483648}
	b := Int32Bytes(x)
	if len(b) != 4*len(x) {
		t.Fatalf("%d bytes for %d int32s", len(b), len(x))
	}
	for i, v := range x {
		if got := int32(binary.LittleEndian.Uint32(b[4*i:])); got != v {
			t.Errorf("element %d: %d, want %d", i, got, v)
		}
	}
	if Int32Bytes(nil) != nil {
		t.Error("nil input: want nil")
	}
}
