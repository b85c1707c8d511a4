// Package runtime is the attnc runtime's tensor and file-format layer.
//
// It holds dense, contiguous, little-endian tensors of the element types the
// compiler emits (f32, f16, bf16), exact IEEE conversions between those types,
// and readers and writers for the two file formats that kernel inputs and
// outputs travel in: safetensors and NumPy .npy.
//
// The package deliberately imports nothing else from this repository, so the
// compiler's IR can change without touching the code that moves bytes, and so
// the readers can be fuzzed and reused on their own. Readers treat every file
// as hostile: they return descriptive errors (naming the file or tensor and the
// offending numbers) and never panic, whatever the input.
package runtime
