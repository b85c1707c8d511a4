//go:build !amd64

package peak

func available() bool                { return false }
func runZMM(int)                     {}
func runYMM(int)                     {}
func readFunc() func(p *byte, n int) { return nil }
