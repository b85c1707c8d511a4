module github.com/attnc/attnc

go 1.26.8

require (
	github.com/google/go-cmp v0.7.0
	golang.org/x/image v0.48.0
	golang.org/x/tools v0.52.0
)

require (
	github.com/ebitengine/purego v0.11.3
	github.com/llir/llvm v0.3.6
	golang.org/x/sys v0.50.0
)

require (
	github.com/mewmew/float v0.0.0-20201204173432-505706aa38fa // indirect
	github.com/pkg/errors v0.9.1 // indirect
)

require (
	github.com/mmcloughlin/avo v0.5.0
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
)
