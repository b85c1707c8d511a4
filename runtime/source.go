package runtime

import "embed"

// Source holds this package's own Go and assembly files (and those of
// runtime/sparse and runtime/abi, which generated kernels import), so that
// `attnc run -device cpu` can build generated kernels in a scratch module
// without a copy of the attnc repository at hand.
//
//go:embed *.go *.s sparse/*.go sparse/*.s abi/*.go
var Source embed.FS
