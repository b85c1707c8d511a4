package driver

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Nothing attnc writes is ever left half-written: every output (run -o,
// -plot, frontier -o, gen's files, the PTX cache) goes to a temporary file
// in the folder of its destination, is synced, and is then renamed over
// it, so a full disk or an error midway leaves the old file as it was.

// outFile is one file to write: its path and what writes its content.
type outFile struct {
	path  string
	write func(io.Writer) error
}

// writeFileAtomic replaces path with what write writes, or leaves it as it
// was and returns the error.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	return writeFilesAtomic([]outFile{{path, write}})
}

// writeFilesAtomic replaces all files or none: it writes every temporary
// file first and renames them only when all are complete. (A rename that
// fails after others succeeded — which takes a folder whose permissions
// change in between — is reported with the files already replaced.)
func writeFilesAtomic(files []outFile) (err error) {
	var tmps []string
	defer func() {
		for _, t := range tmps {
			os.Remove(t)
		}
	}()
	for _, f := range files {
		if st, err := os.Stat(f.path); err == nil && !st.Mode().IsRegular() {
			return fmt.Errorf("%s: not a regular file; not replacing it", f.path)
		}
		tmp, err := writeTemp(f)
		if err != nil {
			return fmt.Errorf("writing %s: %w", f.path, err)
		}
		tmps = append(tmps, tmp)
	}
	for i, f := range files {
		if err := os.Rename(tmps[i], f.path); err != nil {
			var done []string
			for _, g := range files[:i] {
				done = append(done, g.path)
			}
			return fmt.Errorf("%w (already replaced: %v)", err, done)
		}
		tmps[i] = "" // renamed: nothing to remove
	}
	return nil
}

// writeTemp writes f's content to a new temporary file beside f.path,
// with the permissions of the file it replaces (0644 for a new one).
func writeTemp(f outFile) (string, error) {
	dir, base := filepath.Split(f.path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return "", err
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(f.path); err == nil {
		mode = st.Mode().Perm()
	}
	w := bufio.NewWriter(tmp)
	err = f.write(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// bytesWriter writes b.
func bytesWriter(b []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}
}
