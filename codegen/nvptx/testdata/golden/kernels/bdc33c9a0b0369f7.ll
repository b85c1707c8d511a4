define ptx_kernel void @$K(float* %x, float* %out, i32 %L, i32 %NT, i32* %perm, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = select i1 %5, i32 %4, i32 %L
	%7 = sdiv i32 %2, %group
	%8 = mul i32 %7, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr float, float* %x, i64 %11
	%13 = mul i32 %2, %L
	br label %14

14:
	%15 = phi i32 [ %3, %entry ], [ %28, %18 ]
	%16 = phi float [ 0.0, %entry ], [ %27, %18 ]
	%17 = icmp slt i32 %15, %6
	br i1 %17, label %18, label %29

18:
	%19 = add i32 %13, %15
	%20 = sext i32 %19 to i64
	%21 = getelementptr i32, i32* %perm, i64 %20
	%22 = load i32, i32* %21
	%23 = mul i32 %22, 64
	%24 = sext i32 %23 to i64
	%25 = getelementptr float, float* %12, i64 %24
	%26 = load float, float* %25
	%27 = fadd float %16, %26
	%28 = add i32 %15, 1
	br label %14

29:
	%30 = sub i32 %6, %3
	%31 = sitofp i32 %30 to float
	%32 = fdiv float %16, %31
	%33 = mul i32 %2, %NT
	%34 = add i32 %33, %1
	%35 = mul i32 %34, 64
	%36 = add i32 %35, %0
	%37 = sext i32 %36 to i64
	%38 = getelementptr float, float* %out, i64 %37
	store float %32, float* %38
	ret void
}
