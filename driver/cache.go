package driver

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// attnc keeps three caches in one folder, $ATTNC_CACHE_DIR or the user
// cache folder's attnc (~/.cache/attnc on Linux):
//
//	build/KEY/      the harness of `run -device cpu` and its binary (cpu.go), ~4 MB
//	ref/KEY         a dense float64 reference of a large run (refcache.go)
//	ptx/HASH.ptx    llc's PTX for one LLVM IR (cuda.go)
//
// The folder is bounded like a browser cache, not aged out like the go
// build cache: after each write the least recently used entries (oldest
// modification time; every hit touches its entry) are removed until the
// folder holds at most $ATTNC_CACHE_MAX bytes, 1 GiB by default — about
// 250 harnesses, several full test runs. Two kinds of entries are never
// removed, even if the folder stays over its bound: those this process
// wrote or used (it may be about to run that binary), and those younger
// than cacheGrace, which another attnc may have just written for the same
// reason. Leftovers of interrupted writes (KEY.tmp-*, tmp-*) are entries like
// any other and go when they are old.

// defaultCacheMax is the bound when ATTNC_CACHE_MAX is unset.
const defaultCacheMax = 1 << 30

// cacheGrace is how long an entry another process wrote or used is safe.
const cacheGrace = time.Minute

// cacheSubdirs are the caches the bound covers.
var cacheSubdirs = []string{"build", "ref", "ptx"}

// cacheInUse holds the entries this process wrote or used: process state,
// not an option.
var cacheInUse sync.Map

// cacheRoot is attnc's cache folder: $ATTNC_CACHE_DIR, else the user
// cache folder's attnc. ATTNC_CACHE_DIR=off turns off only the caches that
// can be skipped (the references); the others fall back to the default.
func cacheRoot() string {
	if d := os.Getenv("ATTNC_CACHE_DIR"); d != "" && d != "off" {
		return d
	}
	d, err := os.UserCacheDir()
	if err != nil {
		d = os.TempDir()
	}
	return filepath.Join(d, "attnc")
}

// cacheDir is the folder of one cache: cacheRoot()/sub.
func cacheDir(sub string) string { return filepath.Join(cacheRoot(), sub) }

// cacheLimit is the bound in bytes from ATTNC_CACHE_MAX: a number of bytes
// with an optional unit (KB, MB, GB, TB are powers of 1000; KiB, MiB, GiB,
// TiB and the bare K, M, G, T powers of 1024), or off (0) for no bound.
func cacheLimit() (int64, error) {
	s := strings.TrimSpace(os.Getenv("ATTNC_CACHE_MAX"))
	if s == "" {
		return defaultCacheMax, nil
	}
	if s == "off" {
		return 0, nil
	}
	units := []struct {
		suffix string
		scale  float64
	}{
		{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
		{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
		{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"T", 1 << 40}, {"B", 1},
	}
	num, scale := s, 1.0
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			num, scale = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.scale
			break
		}
	}
	x, err := strconv.ParseFloat(num, 64)
	if err != nil || x < 0 || x*scale > 1<<62 {
		return 0, fmt.Errorf("ATTNC_CACHE_MAX=%q: want a size such as 2GiB, 500MB or 1000000 (bytes), or off", s)
	}
	return int64(x * scale), nil
}

// useCacheEntry marks path as used by this process, so that no trim here
// removes it, and touches it, so that other processes remove it last.
func useCacheEntry(path string) {
	cacheInUse.Store(filepath.Clean(path), true)
	now := time.Now()
	os.Chtimes(path, now, now)
}

// cacheEntry is one file or folder directly under a cache's folder.
type cacheEntry struct {
	path  string
	size  int64
	mtime time.Time
}

// trimCache removes the least recently used entries of the caches under
// root until they hold at most the bound; call it after a write, with the
// written entry already marked by useCacheEntry. Failures to remove are
// left for the next trim; only a malformed ATTNC_CACHE_MAX is an error.
func trimCache(root string) error {
	limit, err := cacheLimit()
	if err != nil || limit == 0 {
		return err
	}
	entries, total := cacheEntries(root)
	if total <= limit {
		return nil
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].mtime.Before(entries[j].mtime) })
	for _, e := range entries {
		if total <= limit {
			break
		}
		if _, ok := cacheInUse.Load(filepath.Clean(e.path)); ok || time.Since(e.mtime) < cacheGrace {
			continue
		}
		if removeCacheEntry(e.path) == nil {
			total -= e.size
		}
	}
	return nil
}

// cacheEntries lists the entries of every cache under root and their total
// size in bytes.
func cacheEntries(root string) ([]cacheEntry, int64) {
	var entries []cacheEntry
	var total int64
	for _, sub := range cacheSubdirs {
		des, err := os.ReadDir(filepath.Join(root, sub))
		if err != nil {
			continue
		}
		for _, de := range des {
			info, err := de.Info()
			if err != nil {
				continue
			}
			e := cacheEntry{path: filepath.Join(root, sub, de.Name()), size: info.Size(), mtime: info.ModTime()}
			if de.IsDir() {
				e.size = 0
				filepath.WalkDir(e.path, func(_ string, d fs.DirEntry, err error) error {
					if err == nil && !d.IsDir() {
						if fi, err := d.Info(); err == nil {
							e.size += fi.Size()
						}
					}
					return nil
				})
			}
			entries = append(entries, e)
			total += e.size
		}
	}
	return entries, total
}

// removeCacheEntry renames an entry out of the way before deleting it, so
// that a reader never finds half of a folder under a valid key.
func removeCacheEntry(path string) error {
	gone := filepath.Join(filepath.Dir(path), fmt.Sprintf("tmp-evict-%d-%s", os.Getpid(), filepath.Base(path)))
	if err := os.Rename(path, gone); err != nil {
		return err
	}
	return os.RemoveAll(gone)
}
