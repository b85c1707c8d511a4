package driver

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/attnc/attnc/ir/interp"
)

// fillCache writes an entry of size bytes, last used age ago: a folder for
// build/, a file for the others.
func fillCache(t *testing.T, root, sub, name string, size int, age time.Duration) string {
	t.Helper()
	path := filepath.Join(root, sub, name)
	file := path
	if sub == "build" {
		file = filepath.Join(path, "kernel.bin")
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, make([]byte, size), 0o644); err != nil {
		t.Fatal(err)
	}
	when := time.Now().Add(-age)
	if err := os.Chtimes(path, when, when); err != nil {
		t.Fatal(err)
	}
	return path
}

func exists(path string) bool { _, err := os.Stat(path); return err == nil }

// TestTrimCache: a cache over its bound shrinks to it, least recently used
// first across the three caches; what this process wrote or used and what
// another process touched within cacheGrace survive.
func TestTrimCache(t *testing.T) {
	root := t.TempDir()
	t.Setenv("ATTNC_CACHE_MAX", "10KiB")
	old := []string{ // oldest first
		fillCache(t, root, "build", "a", 4096, 5*time.Hour),
		fillCache(t, root, "ptx", "b.ptx", 4096, 4*time.Hour),
		fillCache(t, root, "ref", "c", 4096, 3*time.Hour),
		fillCache(t, root, "build", "d", 4096, 2*time.Hour),
	}
	used := fillCache(t, root, "ref", "used", 1024, 6*time.Hour) // oldest, but used here
	cacheInUse.Store(filepath.Clean(used), true)
	fresh := fillCache(t, root, "ptx", "fresh.ptx", 1024, 0) // another process's, just now
	written := fillCache(t, root, "build", "written", 2048, 0)
	useCacheEntry(written)

	// 4·4096 + 1024 + 1024 + 2048 = 20 KiB: the three oldest go, to 8 KiB.
	if err := trimCache(root); err != nil {
		t.Fatal(err)
	}
	for i, p := range old {
		if want := i == 3; exists(p) != want {
			t.Errorf("%s exists = %v, want %v (the three oldest go)", p, exists(p), want)
		}
	}
	for _, p := range []string{used, fresh, written} {
		if !exists(p) {
			t.Errorf("%s was evicted", p)
		}
	}
	if _, total := cacheEntries(root); total > 10<<10 {
		t.Errorf("cache holds %d bytes, bound 10 KiB", total)
	}

	// Unbounded: nothing goes.
	t.Setenv("ATTNC_CACHE_MAX", "off")
	if err := trimCache(root); err != nil || !exists(old[3]) {
		t.Errorf("ATTNC_CACHE_MAX=off: err %v, %s exists %v", err, old[3], exists(old[3]))
	}
}

// TestStoreRefTrims: writing a reference evicts older entries to the bound
// and keeps the one just written; a hit touches its entry.
func TestStoreRefTrims(t *testing.T) {
	root := t.TempDir()
	t.Setenv("ATTNC_CACHE_DIR", root)
	t.Setenv("ATTNC_CACHE_MAX", "8KiB")
	stale := fillCache(t, root, "build", "stale", 8192, time.Hour)
	res := &interp.Result{Out: &interp.Tensor{Shape: []int{1, 2, 256}, Data: make([]float64, 512)}, Rows: make([]interp.RowStat, 2)}
	dir := refCacheDir()
	if dir != filepath.Join(root, "ref") {
		t.Fatalf("refCacheDir() = %s, want %s/ref", dir, root)
	}
	storeRef(dir, "key", res)
	if exists(stale) {
		t.Errorf("the stale harness survived a write over the bound")
	}
	path := filepath.Join(dir, "key")
	if !exists(path) {
		t.Fatalf("the reference just written was evicted")
	}
	when := time.Now().Add(-time.Hour)
	os.Chtimes(path, when, when)
	if loadRef(dir, "key", []int{1, 2, 256}, 2) == nil {
		t.Fatal("no hit")
	}
	if fi, err := os.Stat(path); err != nil || time.Since(fi.ModTime()) > time.Minute {
		t.Errorf("a hit did not touch its entry")
	}
}

func TestCacheLimit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"", defaultCacheMax, true},
		{"off", 0, true},
		{"0", 0, true},
		{"2GiB", 2 << 30, true},
		{"2G", 2 << 30, true},
		{"500MB", 500e6, true},
		{"1.5 MiB", 3 << 19, true},
		{"12345", 12345, true},
		{"lots", 0, false},
		{"-1GB", 0, false},
	} {
		t.Setenv("ATTNC_CACHE_MAX", c.in)
		got, err := cacheLimit()
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ATTNC_CACHE_MAX=%q: %d, %v; want %d (ok %v)", c.in, got, err, c.want, c.ok)
		}
	}
}
