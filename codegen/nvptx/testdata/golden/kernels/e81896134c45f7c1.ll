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
	%14 = phi i32 [ %3, %entry ], [ %99, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %98, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %100

17:
	%18 = sub i32 %7, 1
	%19 = add i32 %14, 0
	%20 = icmp slt i32 %19, %7
	%21 = icmp slt i32 %19, %18
	%22 = select i1 %21, i32 %19, i32 %18
	%23 = add i32 %14, 1
	%24 = icmp slt i32 %23, %7
	%25 = icmp slt i32 %23, %18
	%26 = select i1 %25, i32 %23, i32 %18
	%27 = add i32 %14, 2
	%28 = icmp slt i32 %27, %7
	%29 = icmp slt i32 %27, %18
	%30 = select i1 %29, i32 %27, i32 %18
	%31 = add i32 %14, 3
	%32 = icmp slt i32 %31, %7
	%33 = icmp slt i32 %31, %18
	%34 = select i1 %33, i32 %31, i32 %18
	%35 = add i32 %14, 4
	%36 = icmp slt i32 %35, %7
	%37 = icmp slt i32 %35, %18
	%38 = select i1 %37, i32 %35, i32 %18
	%39 = add i32 %14, 5
	%40 = icmp slt i32 %39, %7
	%41 = icmp slt i32 %39, %18
	%42 = select i1 %41, i32 %39, i32 %18
	%43 = add i32 %14, 6
	%44 = icmp slt i32 %43, %7
	%45 = icmp slt i32 %43, %18
	%46 = select i1 %45, i32 %43, i32 %18
	%47 = add i32 %14, 7
	%48 = icmp slt i32 %47, %7
	%49 = icmp slt i32 %47, %18
	%50 = select i1 %49, i32 %47, i32 %18
	%51 = mul i32 %22, 64
	%52 = sext i32 %51 to i64
	%53 = getelementptr float, float* %12, i64 %52
	%54 = load float, float* %53
	%55 = mul i32 %26, 64
	%56 = sext i32 %55 to i64
	%57 = getelementptr float, float* %12, i64 %56
	%58 = load float, float* %57
	%59 = mul i32 %30, 64
	%60 = sext i32 %59 to i64
	%61 = getelementptr float, float* %12, i64 %60
	%62 = load float, float* %61
	%63 = mul i32 %34, 64
	%64 = sext i32 %63 to i64
	%65 = getelementptr float, float* %12, i64 %64
	%66 = load float, float* %65
	%67 = mul i32 %38, 64
	%68 = sext i32 %67 to i64
	%69 = getelementptr float, float* %12, i64 %68
	%70 = load float, float* %69
	%71 = mul i32 %42, 64
	%72 = sext i32 %71 to i64
	%73 = getelementptr float, float* %12, i64 %72
	%74 = load float, float* %73
	%75 = mul i32 %46, 64
	%76 = sext i32 %75 to i64
	%77 = getelementptr float, float* %12, i64 %76
	%78 = load float, float* %77
	%79 = mul i32 %50, 64
	%80 = sext i32 %79 to i64
	%81 = getelementptr float, float* %12, i64 %80
	%82 = load float, float* %81
	%83 = fadd float %15, %54
	%84 = select i1 %20, float %83, float %15
	%85 = fadd float %84, %58
	%86 = select i1 %24, float %85, float %84
	%87 = fadd float %86, %62
	%88 = select i1 %28, float %87, float %86
	%89 = fadd float %88, %66
	%90 = select i1 %32, float %89, float %88
	%91 = fadd float %90, %70
	%92 = select i1 %36, float %91, float %90
	%93 = fadd float %92, %74
	%94 = select i1 %40, float %93, float %92
	%95 = fadd float %94, %78
	%96 = select i1 %44, float %95, float %94
	%97 = fadd float %96, %82
	%98 = select i1 %48, float %97, float %96
	%99 = add i32 %14, 8
	br label %13

100:
	%101 = sub i32 %7, %3
	%102 = sitofp i32 %101 to float
	%103 = fdiv float %15, %102
	%104 = mul i32 %2, %NT
	%105 = add i32 %104, %1
	%106 = mul i32 %105, 64
	%107 = add i32 %106, %0
	%108 = sext i32 %107 to i64
	%109 = getelementptr float, float* %out, i64 %108
	store float %103, float* %109
	ret void
}
