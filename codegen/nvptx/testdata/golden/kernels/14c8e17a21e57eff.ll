define ptx_kernel void @$K(float* %km, i16* %out, i32 %n) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%1 = mul i32 %0, 256
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = add i32 %1, %2
	%4 = mul i32 %3, 4
	%5 = icmp slt i32 %4, %n
	br i1 %5, label %6, label %22

6:
	%7 = sext i32 %4 to i64
	%8 = getelementptr float, float* %km, i64 %7
	%9 = bitcast float* %8 to <4 x float>*
	%10 = load <4 x float>, <4 x float>* %9, align 16
	%11 = extractelement <4 x float> %10, i32 0
	%12 = extractelement <4 x float> %10, i32 1
	%13 = extractelement <4 x float> %10, i32 2
	%14 = extractelement <4 x float> %10, i32 3
	%15 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %12, float %11)
	%16 = insertelement <2 x i32> undef, i32 %15, i32 0
	%17 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %14, float %13)
	%18 = insertelement <2 x i32> %16, i32 %17, i32 1
	%19 = sext i32 %4 to i64
	%20 = getelementptr i16, i16* %out, i64 %19
	%21 = bitcast i16* %20 to <2 x i32>*
	store <2 x i32> %18, <2 x i32>* %21, align 8
	br label %22

22:
	ret void
}
