define ptx_kernel void @$K(float* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr float, float* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %23, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %22, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %24

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr float, float* %12, i64 %19
	%21 = load float, float* %20
	%22 = fadd float %15, %21
	%23 = add i32 %14, 1
	br label %13

24:
	%25 = sub i32 %7, %3
	%26 = sitofp i32 %25 to float
	%27 = fdiv float %15, %26
	%28 = mul i32 %2, %NT
	%29 = add i32 %28, %1
	%30 = mul i32 %29, 64
	%31 = add i32 %30, %0
	%32 = sext i32 %31 to i64
	%33 = getelementptr float, float* %out, i64 %32
	store float %27, float* %33
	ret void
}
