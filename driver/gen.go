package driver

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/attnc/attnc/codegen/golang"
	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/cuda"
)

// cmdGen writes the Go package of a DSL file: attnc gen [-pkg NAME] [-o DIR] FILE.
func cmdGen(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pkg := fs.String("pkg", "", "package name (default: the file's base name)")
	outDir := fs.String("o", ".", "directory to write NAME_attnc.go into")
	targets := fs.String("targets", "go", "backends to emit: go (the Go package, with its amd64 assembly) and nvptx (the LLVM IR and PTX of the GPU kernels, embedded in the package)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attnc gen [-pkg NAME] [-o DIR] FILE\n\nWrites a Go package with a typed API per kernel of FILE (see docs/gen.md).")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usagef("want one file, got %d", len(files))
	}
	if err := checkPackageName(*pkg, files[0]); err != nil {
		return err
	}
	// The Go package is always written (the GPU glue lives in it); each
	// other target is a device's backend.
	withGPU := false
	for _, t := range strings.Split(*targets, ",") {
		t = strings.TrimSpace(t)
		if t == "amd64" {
			t = "go" // the Go package carries its amd64 assembly
		}
		i := slices.IndexFunc(devices, func(d *device) bool { return d.Gen != "" && d.Gen == t })
		if i < 0 {
			return usagef("-targets: unknown backend %q (want amd64 or %s)", t, genTargets())
		}
		withGPU = withGPU || devices[i].Name == "cuda"
	}
	out, name, err := generate(files[0], *pkg)
	if err != nil {
		return err
	}
	if withGPU {
		gpu, err := generateGPU(files[0], out[0], name, *pkg)
		if err != nil {
			return err
		}
		out = append(out, gpu...)
	}
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		return err
	}
	// All files or none: a package mixing new and old files no longer builds.
	var writes []outFile
	for _, f := range out {
		path := filepath.Join(*outDir, name+"_attnc"+f.Suffix)
		if old, err := os.ReadFile(path); err == nil && string(old) == string(f.Data) {
			continue // unchanged: keep the file's timestamp
		}
		writes = append(writes, outFile{path, bytesWriter(f.Data)})
	}
	return writeFilesAtomic(writes)
}

// generate compiles a DSL file to the Go files of its package and returns
// them with the file's base name.
func generate(path, pkg string) ([]golang.File, string, error) {
	prog, err := compile(path, &driverFlags{}, nil, nil)
	if err != nil {
		return nil, "", err
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if pkg == "" {
		pkg = packageName(base)
	}
	var progs []*tile.Program
	for _, f := range prog.Module.Funcs {
		if err := checkGenSize(f); err != nil {
			return nil, "", err
		}
		p, err := tile.Lower(f)
		if err != nil {
			return nil, "", err
		}
		progs = append(progs, p)
	}
	// The header names the file as given relative to nothing machine-specific.
	src, err := golang.Generate(progs, golang.Options{Package: pkg, Source: filepath.ToSlash(filepath.Base(path))})
	return src, packageName(base), err
}

// checkPackageName refuses a -pkg that is not a Go package name, or, with
// no -pkg, the name derived from path when it is not one (func.attn).
func checkPackageName(pkg, path string) error {
	flagged := pkg != ""
	if !flagged {
		pkg = packageName(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	}
	why := ""
	switch {
	case token.IsKeyword(pkg):
		why = "is a Go keyword, not a package name"
	case pkg == "_":
		why = "is not a package name"
	case !token.IsIdentifier(pkg):
		why = "is not a Go identifier"
	default:
		return nil
	}
	if flagged {
		return usagef("-pkg %s: %q %s", pkg, pkg, why)
	}
	return usagef("package name %q (from the file name %s) %s: give one with -pkg NAME", pkg, filepath.Base(path), why)
}

// packageName turns a file name into a Go package name.
func packageName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) && b.Len() > 0 {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "kernels"
	}
	return b.String()
}

// generateGPU compiles every kernel of path to LLVM IR and PTX (codegen/nvptx
// and llc) and returns the .ll and .ptx files (for readers) and a Go file
// embedding each kernel's plan (cuda.Plan: its PTX, launch descriptions and
// steps), with a Load function per kernel that runs it through runtime/cuda.
func generateGPU(path string, main golang.File, name, pkg string) ([]golang.File, error) {
	prog, err := compile(path, &driverFlags{}, nil, nil)
	if err != nil {
		return nil, err
	}
	if pkg == "" {
		pkg = packageName(name)
	}
	var lls, ptxs []string
	var kernels []nvptx.Kernel
	var plans []*cuda.Plan
	target := ""
	for _, f := range prog.Module.Funcs {
		gp, err := compileGPU(f)
		if err != nil {
			return nil, err
		}
		lls, ptxs, kernels = append(lls, gp.ll), append(ptxs, gp.ptx), append(kernels, gp.kernels...)
		plans = append(plans, gp.plan)
		target = gp.target
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by attnc from %s; DO NOT EDIT.\n\npackage %s\n\nimport (\n\t_ \"embed\"\n\t\"encoding/json\"\n\n\t\"github.com/attnc/attnc/runtime/cuda\"\n)\n\n", filepath.Base(path), pkg)
	fmt.Fprintf(&b, "// PTX holds the GPU kernels of this package (llc output, one module per\n// kernel, as GPUPlans load them), LLVMIR the LLVM IR it was compiled from.\n//\n//go:embed %s_attnc.ptx\nvar PTX string\n\n//go:embed %s_attnc.ll\nvar LLVMIR string\n\n", name, name)
	fmt.Fprintf(&b, "// PTXTarget is the architecture PTX was compiled for: sm_90a (wgmma\n// kernels) runs on Hopper GPUs only, sm_80 on Ampere and later.\nconst PTXTarget = %q\n\n", target)
	fmt.Fprintf(&b, "// GPUKernels lists the kernels of PTX and how to launch them (cuda.Kernel;\n// cuda.Driver.LaunchAttention for attention kernels).\nvar GPUKernels []cuda.Kernel\n\n")
	fmt.Fprintf(&b, "// GPUPlans are the package's kernels as runtime/cuda runs them, by kernel\n// name: cuda.Driver.Load(plan), then Program.Run(inputs, options).\nvar GPUPlans = map[string]*cuda.Plan{}\n\n")
	fmt.Fprintf(&b, "//go:embed %s_attnc_kernels.json\nvar gpuKernelsJSON []byte\n\n//go:embed %s_attnc_plans.json\nvar gpuPlansJSON []byte\n\n", name, name)
	b.WriteString("func init() {\n\tif err := json.Unmarshal(gpuKernelsJSON, &GPUKernels); err != nil {\n\t\tpanic(\"BUG: generated kernel table: \" + err.Error())\n\t}\n")
	b.WriteString("\tplans, err := cuda.UnmarshalPlans(gpuPlansJSON)\n\tif err != nil {\n\t\tpanic(\"BUG: generated plans: \" + err.Error())\n\t}\n\tfor _, p := range plans {\n\t\tGPUPlans[p.Name] = p\n\t}\n}\n")
	for _, p := range plans {
		T := golang.TypeName(p.Name)
		fmt.Fprintf(&b, "\n// Load%sGPU loads kernel %s on d (the PTX of its plan, compiled for\n// PTXTarget); Run the returned program with inputs ", T, p.Name)
		var names []string
		for _, prm := range p.Params {
			names = append(names, prm.Name+" ("+prm.DType+")")
		}
		fmt.Fprintf(&b, "%s by name.\nfunc Load%sGPU(d *cuda.Driver) (*cuda.Program, error) { return d.Load(GPUPlans[%q]) }\n", strings.Join(names, ", "), T, p.Name)
	}
	desc, err := json.MarshalIndent(kernels, "", "  ")
	if err != nil {
		return nil, err
	}
	planJSON, err := cuda.MarshalPlans(plans)
	if err != nil {
		return nil, err
	}
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return nil, fmt.Errorf("BUG: GPU glue does not parse: %v", err)
	}
	return []golang.File{
		{Suffix: ".ll", Data: []byte(strings.Join(lls, "\n"))},
		{Suffix: ".ptx", Data: []byte(strings.Join(ptxs, "\n"))},
		{Suffix: "_nvptx.go", Data: src},
		{Suffix: "_kernels.json", Data: append(desc, '\n')},
		{Suffix: "_plans.json", Data: append(planJSON, '\n')},
	}, nil
}

// genTargets lists the backends attnc gen emits, from the device table.
func genTargets() string {
	var out []string
	for _, d := range devices {
		if d.Gen != "" {
			out = append(out, d.Gen)
		}
	}
	return strings.Join(out, ", ")
}
