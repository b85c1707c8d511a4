package nvptx

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
)

// FindLLC returns the newest llc on this machine (DESIGN §7): llc-22,
// llc-19, any /usr/lib/llvm-*/bin/llc by version, then llc. $ATTNC_LLC
// overrides the search: a path (its version from --version), or "off" for
// none (a machine that must run from the PTX cache, or a test of that).
func FindLLC() (path string, major int, err error) {
	switch env := os.Getenv("ATTNC_LLC"); env {
	case "":
	case "off":
		return "", 0, fmt.Errorf("no llc: ATTNC_LLC=off")
	default:
		out, err := exec.Command(env, "--version").Output()
		if err != nil {
			return "", 0, fmt.Errorf("ATTNC_LLC=%s: %v", env, err)
		}
		m := regexp.MustCompile(`LLVM version (\d+)`).FindSubmatch(out)
		if m == nil {
			return "", 0, fmt.Errorf("ATTNC_LLC=%s: no LLVM version in its --version", env)
		}
		major, _ := strconv.Atoi(string(m[1]))
		return env, major, nil
	}
	for _, v := range []int{22, 19} {
		if p, err := exec.LookPath(fmt.Sprintf("llc-%d", v)); err == nil {
			return p, v, nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/llvm-*/bin/llc")
	re := regexp.MustCompile(`llvm-(\d+)/`)
	sort.Slice(dirs, func(a, b int) bool { return version(re, dirs[a]) > version(re, dirs[b]) })
	if len(dirs) > 0 {
		return dirs[0], version(re, dirs[0]), nil
	}
	if p, err := exec.LookPath("llc"); err == nil {
		return p, 0, nil
	}
	return "", 0, fmt.Errorf("no llc found (install llvm-19, or llvm-14 for sm_80)")
}

func version(re *regexp.Regexp, s string) int {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// Target is the GPU architecture llc compiles for: sm_80 with LLVM 14 (PTX
// 7.0 runs on Hopper too), sm_90a with LLVM ≥ 17.
func Target(llvmMajor int) string {
	if llvmMajor >= 17 {
		return "sm_90a"
	}
	return "sm_80"
}

// CompilePTX runs the newest llc on LLVM IR text and returns the PTX.
func CompilePTX(ll string) (ptx string, target string, err error) {
	llc, major, err := FindLLC()
	if err != nil {
		return "", "", err
	}
	return CompilePTXWith(ll, llc, major)
}

// CompilePTXWith runs a given llc (of LLVM version major) on LLVM IR text.
func CompilePTXWith(ll, llc string, major int) (ptx string, target string, err error) {
	target = Target(major)
	cmd := exec.Command(llc, "-march=nvptx64", "-mcpu="+target, "-O3", "-o", "-")
	cmd.Stdin = bytes.NewBufferString(ll)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return "", "", fmt.Errorf("internal compiler error: %s rejected the generated LLVM IR: %v\n%s", llc, err, errb.String())
	}
	return out.String(), target, nil
}
