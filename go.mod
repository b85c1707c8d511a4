module github.com/attnc/attnc

go 1.26.8

require (
	github.com/google/go-cmp v0.7.0
	golang.org/x/image v0.48.0
	golang.org/x/tools v0.52.0
)

require golang.org/x/sys v0.50.0

require (
	github.com/mmcloughlin/avo v0.5.0
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
)
