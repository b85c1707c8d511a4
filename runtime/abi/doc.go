// Package abi is the contract between attnc's compiler and its run-time
// library: the types both sides must read alike, and nothing else.
//
//   - Program: masks and score modifications compiled to postfix form, with
//     Eval and the interval tile classifier (Classify), so that the compiler's
//     classify-tiles, the interpreter and generated kernels classify a tile
//     the same way (program.go).
//   - ScoreSpec, SelectSpec, PermuteSpec: the attributes of the blockscore,
//     blockselect and permute calls as the library takes them (specs.go).
//   - ScoreMethod: the scoring methods' names, arguments and docs, which the
//     IR's `method` attribute and the score pass take their values from
//     (methods.go). Their host implementations live in runtime/sparse,
//     registered against these names.
//   - SelectMode: blockselect's modes, the argument that sizes each and
//     its range (modes.go); PermuteRule: permute's probes and scopes
//     (permutations.go). Likewise the IR's attributes and the passes'
//     arguments come from them, and runtime/sparse registers their host
//     implementations by name.
//
// The compiler (ir, ir/tile, passes) imports this package instead of the
// library; runtime/sparse re-exports its types as aliases, so generated Go
// packages keep spelling them sparse.Program, sparse.ScoreSpec and so on.
// It imports nothing from this module, and it is embedded with the rest of
// runtime's source (runtime.Source) for `attnc run -device cpu`.
package abi
