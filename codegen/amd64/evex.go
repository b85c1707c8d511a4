package amd64

import "fmt"

// VDPBF16PS (AVX512_BF16: dst.f32[i] += src1.bf16[2i]·src2.bf16[2i] +
// src1.bf16[2i+1]·src2.bf16[2i+1]) is known to neither avo nor the Go
// assembler, so the kernels carry its EVEX encoding as bytes. This file is
// that encoder: EVEX.512.F3.0F38.W0 52 /r (Intel SDM vol. 2, "VDPBF16PS";
// EVEX layout in §2.7). It is checked against llvm-mc -show-encoding.

// VDPBF16PSReg encodes vdpbf16ps zmm_src2, zmm_src1, zmm_dst (AT&T
// order; Go asm and Intel write dst, src1, src2 the other way round) for
// registers 0–31.
func VDPBF16PSReg(dst, src1, src2 int) []byte {
	return evex512F3(dst, src1, src2, byte(0xc0|(dst&7)<<3|(src2&7)), nil)
}

// VDPBF16PSMem encodes vdpbf16ps disp(base), zmm_src1, zmm_dst with a
// general-purpose base register (0–15, not RSP/R12 which need a SIB byte)
// and a displacement that is a multiple of 64 (EVEX compresses it by the
// vector size) or any other value as a 32-bit displacement.
func VDPBF16PSMem(dst, src1, base, disp int) []byte {
	if base&7 == 4 {
		panic(fmt.Sprintf("BUG: VDPBF16PSMem: base register %d needs a SIB byte", base))
	}
	var modrm byte
	var tail []byte
	switch {
	case disp == 0 && base&7 != 5:
		modrm = 0x00
	case disp%64 == 0 && disp/64 >= -128 && disp/64 <= 127:
		modrm = 0x40
		tail = []byte{byte(int8(disp / 64))}
	default:
		modrm = 0x80
		tail = []byte{byte(disp), byte(disp >> 8), byte(disp >> 16), byte(disp >> 24)}
	}
	modrm |= byte(dst&7)<<3 | byte(base&7)
	return evex512F3(dst, src1, base, modrm, tail)
}

// evex512F3 assembles 62 P0 P1 P2 52 modrm tail for map 0F38, prefix F3,
// W0, 512-bit, no masking. rm is the register (or base register) in
// ModRM.rm: its bit 3 goes to EVEX.B and bit 4 to EVEX.X.
func evex512F3(reg, vvvv, rm int, modrm byte, tail []byte) []byte {
	inv := func(b int) byte { return byte(^b & 1) }
	p0 := inv(reg>>3)<<7 | inv(rm>>4)<<6 | inv(rm>>3)<<5 | inv(reg>>4)<<4 | 0b10
	p1 := byte(0)<<7 | byte(^vvvv&15)<<3 | 1<<2 | 0b10
	p2 := byte(0)<<7 | 0b10<<5 | 0<<4 | inv(vvvv>>4)<<3 | 0
	return append([]byte{0x62, p0, p1, p2, 0x52, modrm}, tail...)
}
