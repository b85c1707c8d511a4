package cuda

import (
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
