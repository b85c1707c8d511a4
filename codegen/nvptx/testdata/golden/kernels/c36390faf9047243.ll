define ptx_kernel void @$K(i16* %x, i16* %out, i32 %n, i32 %size, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = mul i32 %2, %size
	%6 = sdiv i32 %5, %group
	%7 = add i32 %5, %size
	%8 = sub i32 %7, 1
	%9 = sdiv i32 %8, %group
	%10 = sext i32 %n to i64
	%11 = sext i32 %4 to i64
	%12 = icmp slt i32 %4, %n
	br i1 %12, label %13, label %15

13:
	%14 = add i32 %9, 1
	br label %16

15:
	ret void

16:
	%17 = phi i32 [ %6, %13 ], [ %28, %20 ]
	%18 = phi float [ 0.0, %13 ], [ %27, %20 ]
	%19 = icmp slt i32 %17, %14
	br i1 %19, label %20, label %29

20:
	%21 = sext i32 %17 to i64
	%22 = mul i64 %21, %10
	%23 = add i64 %22, %11
	%24 = getelementptr i16, i16* %x, i64 %23
	%25 = load i16, i16* %24
	%26 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %25)
	%27 = fadd float %18, %26
	%28 = add i32 %17, 1
	br label %16

29:
	%30 = sub i32 %9, %6
	%31 = add i32 %30, 1
	%32 = sitofp i32 %31 to float
	%33 = fdiv float %18, %32
	%34 = sext i32 %2 to i64
	%35 = mul i64 %34, %10
	%36 = add i64 %35, %11
	%37 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %33)
	%38 = trunc i32 %37 to i16
	%39 = getelementptr i16, i16* %out, i64 %36
	store i16 %38, i16* %39
	br label %15
}
