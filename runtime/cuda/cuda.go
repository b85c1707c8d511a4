// Package cuda is attnc's GPU runtime: the CUDA driver API through purego
// (dlopen of libcuda.so.1, no cgo) — the primary context, modules loaded
// from PTX, device memory, copies, launches and events. Without a driver,
// Open returns a clear error and GPU tests skip with it.
package cuda

import (
	"fmt"
	"os"
	"runtime"
	"unsafe"

	"github.com/ebitengine/purego"
)

// Driver is an opened libcuda with a current primary context. Calls must
// come from the goroutine that opened it (it locks its OS thread, since a
// CUDA context is current per thread).
type Driver struct {
	dev      int32
	ctx      uintptr
	reported map[string]bool // kernels whose FuncAttrs were reported (ATTNC_TIME_KERNELS)

	cuInit                    func(flags uint32) int32
	cuDeviceGet               func(dev *int32, ordinal int32) int32
	cuDeviceGetName           func(name *byte, n int32, dev int32) int32
	cuDeviceGetAttribute      func(v *int32, attr int32, dev int32) int32
	cuDevicePrimaryCtxRetain  func(ctx *uintptr, dev int32) int32
	cuDevicePrimaryCtxRelease func(dev int32) int32
	cuCtxSetCurrent           func(ctx uintptr) int32
	cuCtxSynchronize          func() int32
	cuModuleLoadData          func(mod *uintptr, image *byte) int32
	cuModuleGetFunction       func(fn *uintptr, mod uintptr, name *byte) int32
	cuFuncSetAttribute        func(fn uintptr, attr int32, v int32) int32
	cuMemAlloc                func(ptr *uint64, size uint64) int32
	cuMemFree                 func(ptr uint64) int32
	cuMemcpyHtoD              func(dst uint64, src unsafe.Pointer, size uint64) int32
	cuMemcpyDtoH              func(dst unsafe.Pointer, src uint64, size uint64) int32
	cuMemsetD32               func(dst uint64, v uint32, n uint64) int32
	cuLaunchKernel            func(fn uintptr, gx, gy, gz, bx, by, bz, shmem uint32, stream uintptr, params *unsafe.Pointer, extra *unsafe.Pointer) int32
	cuEventCreate             func(ev *uintptr, flags uint32) int32
	cuEventRecord             func(ev uintptr, stream uintptr) int32
	cuEventSynchronize        func(ev uintptr) int32
	cuEventElapsedTime        func(ms *float32, start, end uintptr) int32
	cuEventDestroy            func(ev uintptr) int32                                         // optional: nil if the library lacks it
	cuFuncGetAttribute        func(v *int32, attr int32, fn uintptr) int32                   // optional
	cuOccupancyMaxBlocks      func(n *int32, fn uintptr, block int32, dynSmem uintptr) int32 // optional: cuOccupancyMaxActiveBlocksPerMultiprocessor
	cuGetErrorName            func(code int32, s **byte) int32
	cuGetErrorString          func(code int32, s **byte) int32
}

// libPaths lists where libcuda.so.1 is looked for, after the loader's own
// search path.
var libPaths = []string{"libcuda.so.1", "/usr/local/nvidia/lib64/libcuda.so.1", "/usr/lib/x86_64-linux-gnu/libcuda.so.1"}

// Open loads the driver, initialises it and makes device 0's primary
// context current on this goroutine's (now locked) OS thread.
func Open() (*Driver, error) {
	var lib uintptr
	var err error
	for _, p := range libPaths {
		if lib, err = purego.Dlopen(p, purego.RTLD_NOW|purego.RTLD_GLOBAL); err == nil {
			break
		}
	}
	if lib == 0 {
		return nil, fmt.Errorf("cuda: no NVIDIA driver: libcuda.so.1 not found (%v; LD_LIBRARY_PATH=%q)", err, os.Getenv("LD_LIBRARY_PATH"))
	}
	d := &Driver{}
	for sym, fn := range map[string]any{
		"cuInit": &d.cuInit, "cuDeviceGet": &d.cuDeviceGet, "cuDeviceGetName": &d.cuDeviceGetName, "cuDeviceGetAttribute": &d.cuDeviceGetAttribute,
		"cuDevicePrimaryCtxRetain": &d.cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRelease": &d.cuDevicePrimaryCtxRelease,
		"cuCtxSetCurrent": &d.cuCtxSetCurrent, "cuCtxSynchronize": &d.cuCtxSynchronize,
		"cuModuleLoadData": &d.cuModuleLoadData, "cuModuleGetFunction": &d.cuModuleGetFunction,
		"cuFuncSetAttribute": &d.cuFuncSetAttribute,
		"cuMemAlloc_v2":      &d.cuMemAlloc, "cuMemFree_v2": &d.cuMemFree,
		"cuMemcpyHtoD_v2": &d.cuMemcpyHtoD, "cuMemcpyDtoH_v2": &d.cuMemcpyDtoH, "cuMemsetD32_v2": &d.cuMemsetD32,
		"cuLaunchKernel": &d.cuLaunchKernel, "cuEventCreate": &d.cuEventCreate, "cuEventRecord": &d.cuEventRecord,
		"cuEventSynchronize": &d.cuEventSynchronize, "cuEventElapsedTime": &d.cuEventElapsedTime,
		"cuGetErrorName": &d.cuGetErrorName, "cuGetErrorString": &d.cuGetErrorString,
	} {
		addr, err := purego.Dlsym(lib, sym)
		if err != nil {
			return nil, fmt.Errorf("cuda: libcuda.so.1 lacks %s: %v", sym, err)
		}
		purego.RegisterFunc(fn, addr)
	}
	if addr, err := purego.Dlsym(lib, "cuEventDestroy_v2"); err == nil {
		purego.RegisterFunc(&d.cuEventDestroy, addr)
	}
	if addr, err := purego.Dlsym(lib, "cuFuncGetAttribute"); err == nil {
		purego.RegisterFunc(&d.cuFuncGetAttribute, addr)
	}
	if addr, err := purego.Dlsym(lib, "cuOccupancyMaxActiveBlocksPerMultiprocessor"); err == nil {
		purego.RegisterFunc(&d.cuOccupancyMaxBlocks, addr)
	}
	runtime.LockOSThread()
	if err := d.check("cuInit", d.cuInit(0)); err != nil {
		return nil, err
	}
	if err := d.check("cuDeviceGet", d.cuDeviceGet(&d.dev, 0)); err != nil {
		return nil, err
	}
	if err := d.check("cuDevicePrimaryCtxRetain", d.cuDevicePrimaryCtxRetain(&d.ctx, d.dev)); err != nil {
		return nil, err
	}
	if err := d.check("cuCtxSetCurrent", d.cuCtxSetCurrent(d.ctx)); err != nil {
		return nil, err
	}
	return d, nil
}

// Close releases the primary context.
func (d *Driver) Close() { d.cuDevicePrimaryCtxRelease(d.dev) }

// DeviceName returns device 0's name.
func (d *Driver) DeviceName() string {
	var buf [256]byte
	if d.cuDeviceGetName(&buf[0], int32(len(buf)), d.dev) != 0 {
		return "?"
	}
	return cstr(&buf[0])
}

// Multiprocessors is device 0's number of multiprocessors (SMs); 1 if the
// driver does not say.
func (d *Driver) Multiprocessors() int {
	const multiprocessorCount = 16 // CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT
	var n int32
	if d.cuDeviceGetAttribute(&n, multiprocessorCount, d.dev) != 0 || n < 1 {
		return 1
	}
	return int(n)
}

func cstr(p *byte) string {
	if p == nil {
		return ""
	}
	var b []byte
	for ptr := unsafe.Pointer(p); *(*byte)(ptr) != 0; ptr = unsafe.Add(ptr, 1) {
		b = append(b, *(*byte)(ptr))
	}
	return string(b)
}

// Error is a failed driver call, with the driver's name and text for the
// code.
type Error struct {
	Call       string
	Code       int32
	Name, Text string
}

func (e *Error) Error() string {
	return fmt.Sprintf("cuda: %s: %s (%d): %s", e.Call, e.Name, e.Code, e.Text)
}

func (d *Driver) check(call string, code int32) error {
	if code == 0 {
		return nil
	}
	var name, text *byte
	d.cuGetErrorName(code, &name)
	d.cuGetErrorString(code, &text)
	return &Error{Call: call, Code: code, Name: cstr(name), Text: cstr(text)}
}

// Module is a loaded PTX module.
type Module uintptr

// LoadPTX JIT-compiles PTX text into a module.
func (d *Driver) LoadPTX(ptx string) (Module, error) {
	img := append([]byte(ptx), 0)
	var m uintptr
	err := d.check("cuModuleLoadData", d.cuModuleLoadData(&m, &img[0]))
	return Module(m), err
}

// Function is a kernel entry of a module.
type Function uintptr

// Function looks up a kernel by name.
func (d *Driver) Function(m Module, name string) (Function, error) {
	n := append([]byte(name), 0)
	var f uintptr
	err := d.check("cuModuleGetFunction("+name+")", d.cuModuleGetFunction(&f, uintptr(m), &n[0]))
	return Function(f), err
}

// cuFuncAttributeMaxDynamicSharedSizeBytes is
// CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES.
const cuFuncAttributeMaxDynamicSharedSizeBytes = 8

// StaticSmemLimit is the shared memory a CTA may use without the
// function's opting in: a kernel that needs more declares it dynamic
// (Kernel.Smem) and KernelFunction raises the function's limit.
const StaticSmemLimit = 48 << 10

// KernelFunction looks up kernel k in m and, when k takes dynamic shared
// memory (k.Smem bytes), raises the function's limit to it: without, the
// driver takes at most 48 KiB less the kernel's static shared memory.
func (d *Driver) KernelFunction(m Module, k *Kernel) (Function, error) {
	f, err := d.Function(m, k.Name)
	if err != nil || k.Smem == 0 {
		return f, err
	}
	err = d.check("cuFuncSetAttribute("+k.Name+", max dynamic shared memory)", d.cuFuncSetAttribute(uintptr(f), cuFuncAttributeMaxDynamicSharedSizeBytes, int32(k.Smem)))
	return f, err
}

// FuncAttrs is what the driver's JIT made of a kernel: its registers a
// thread, local memory a thread (spills and stack), static shared memory
// a CTA, and how many CTAs of block threads with dynSmem bytes of
// dynamic shared memory fit an SM.
type FuncAttrs struct {
	Regs, LocalBytes, StaticSmem, CTAsPerSM int
}

func (a FuncAttrs) String() string {
	return fmt.Sprintf("%d registers, %d bytes of local memory, %d bytes of static shared memory, %d CTAs an SM", a.Regs, a.LocalBytes, a.StaticSmem, a.CTAsPerSM)
}

// Attrs returns f's FuncAttrs for CTAs of block threads and dynSmem bytes
// of dynamic shared memory; ok is false where the driver lacks the calls.
func (d *Driver) Attrs(f Function, block, dynSmem int) (a FuncAttrs, ok bool) {
	if d.cuFuncGetAttribute == nil || d.cuOccupancyMaxBlocks == nil {
		return a, false
	}
	// CU_FUNC_ATTRIBUTE_SHARED_SIZE_BYTES, _LOCAL_SIZE_BYTES, _NUM_REGS.
	const shared, local, regs = 1, 3, 4
	var v [4]int32
	for i, attr := range []int32{regs, local, shared} {
		if d.cuFuncGetAttribute(&v[i], attr, uintptr(f)) != 0 {
			return a, false
		}
	}
	if d.cuOccupancyMaxBlocks(&v[3], uintptr(f), int32(block), uintptr(dynSmem)) != 0 {
		return a, false
	}
	return FuncAttrs{Regs: int(v[0]), LocalBytes: int(v[1]), StaticSmem: int(v[2]), CTAsPerSM: int(v[3])}, true
}

// Buffer is device memory.
type Buffer struct {
	Ptr  uint64
	Size uint64
}

// Alloc allocates n bytes of device memory.
func (d *Driver) Alloc(n uint64) (Buffer, error) {
	var p uint64
	err := d.check("cuMemAlloc_v2", d.cuMemAlloc(&p, max(n, 4)))
	return Buffer{Ptr: p, Size: n}, err
}

// Free releases device memory.
func (d *Driver) Free(b Buffer) { d.cuMemFree(b.Ptr) }

// Launch runs f on a grid of blocks; args are the kernel's parameters in
// order (uint64 device pointers, int32, uint32, float32). It pins the
// argument array for the call, as the driver reads it asynchronously.
func (d *Driver) Launch(f Function, grid, block [3]uint32, shmem uint32, args ...any) error {
	vals := make([]any, len(args))
	ptrs := make([]unsafe.Pointer, len(args))
	var pin runtime.Pinner
	defer pin.Unpin()
	for i, a := range args {
		switch x := a.(type) {
		case uint64:
			v := new(uint64)
			*v = x
			vals[i], ptrs[i] = v, unsafe.Pointer(v)
		case int32:
			v := new(int32)
			*v = x
			vals[i], ptrs[i] = v, unsafe.Pointer(v)
		case uint32:
			v := new(uint32)
			*v = x
			vals[i], ptrs[i] = v, unsafe.Pointer(v)
		case float32:
			v := new(float32)
			*v = x
			vals[i], ptrs[i] = v, unsafe.Pointer(v)
		default:
			return fmt.Errorf("cuda: launch argument %d has type %T", i, a)
		}
		pin.Pin(ptrs[i])
	}
	var pp *unsafe.Pointer
	if len(ptrs) > 0 {
		pin.Pin(&ptrs[0])
		pp = &ptrs[0]
	}
	err := d.check("cuLaunchKernel", d.cuLaunchKernel(uintptr(f), grid[0], grid[1], grid[2], block[0], block[1], block[2], shmem, 0, pp, nil))
	runtime.KeepAlive(vals)
	return err
}

// Sync waits for the device.
func (d *Driver) Sync() error { return d.check("cuCtxSynchronize", d.cuCtxSynchronize()) }

// Time runs fn between two events and returns the elapsed device time in
// milliseconds.
func (d *Driver) Time(fn func() error) (float32, error) {
	var a, b uintptr
	if err := d.check("cuEventCreate", d.cuEventCreate(&a, 0)); err != nil {
		return 0, err
	}
	if err := d.check("cuEventCreate", d.cuEventCreate(&b, 0)); err != nil {
		return 0, err
	}
	if d.cuEventDestroy != nil {
		defer d.cuEventDestroy(a)
		defer d.cuEventDestroy(b)
	}
	d.cuEventRecord(a, 0)
	if err := fn(); err != nil {
		return 0, err
	}
	d.cuEventRecord(b, 0)
	if err := d.check("cuEventSynchronize", d.cuEventSynchronize(b)); err != nil {
		return 0, err
	}
	var ms float32
	err := d.check("cuEventElapsedTime", d.cuEventElapsedTime(&ms, a, b))
	return ms, err
}
