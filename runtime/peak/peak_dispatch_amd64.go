package peak

func available() bool { return true }
func runZMM(n int)    { peakZMM(n) }
func runYMM(n int)    { peakYMM(n) }
