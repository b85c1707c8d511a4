package sparse

import (
	"testing"

	"github.com/attnc/attnc/runtime/abi"
)

// TestSelectHosts checks the host registry against abi's declarations:
// every declared mode has a host implementation, and every implementation
// belongs to a declared mode.
func TestSelectHosts(t *testing.T) {
	for _, name := range abi.SelectModes() {
		if h, ok := selectHostsOf[name]; !ok || h == nil {
			t.Errorf("%s: declared in runtime/abi, but no host implementation", name)
		}
	}
	for name := range selectHostsOf {
		if abi.LookupSelectMode(name) == nil {
			t.Errorf("%s: a host implementation of a mode runtime/abi does not declare", name)
		}
	}
}
