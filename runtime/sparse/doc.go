// Package sparse is the run-time library of attnc's sparse attention: the
// exact semantics of block scoring, tile selection and key permutation
// (docs/passes.md), in float64, shared by the reference interpreter and the
// generated kernels so that both take the same decisions, and the host
// implementations of the scoring methods that runtime/abi declares.
//
// The types it shares with the compiler (mask Programs, the call specs,
// the scoring methods' schema) live in runtime/abi, the package both sides
// import; abi.go re-exports them here. Like the rest of the runtime it
// imports nothing from the compiler.
package sparse
