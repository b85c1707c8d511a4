package runtime

import "embed"

// Source holds this package's own Go and assembly files (and
// runtime/sparse's), so that
// `attnc run -device cpu` can build generated kernels in a scratch module
// without a copy of the attnc repository at hand.
//
//go:embed *.go *.s sparse/*.go sparse/*.s
var Source embed.FS
