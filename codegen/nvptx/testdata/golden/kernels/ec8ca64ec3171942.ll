define ptx_kernel void @$K(i16* %x, float* %out, i32 %L, i32 %NT) {
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
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %123, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %122, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %124

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
	%53 = getelementptr i16, i16* %12, i64 %52
	%54 = load i16, i16* %53
	%55 = zext i16 %54 to i32
	%56 = shl i32 %55, 16
	%57 = bitcast i32 %56 to float
	%58 = mul i32 %26, 64
	%59 = sext i32 %58 to i64
	%60 = getelementptr i16, i16* %12, i64 %59
	%61 = load i16, i16* %60
	%62 = zext i16 %61 to i32
	%63 = shl i32 %62, 16
	%64 = bitcast i32 %63 to float
	%65 = mul i32 %30, 64
	%66 = sext i32 %65 to i64
	%67 = getelementptr i16, i16* %12, i64 %66
	%68 = load i16, i16* %67
	%69 = zext i16 %68 to i32
	%70 = shl i32 %69, 16
	%71 = bitcast i32 %70 to float
	%72 = mul i32 %34, 64
	%73 = sext i32 %72 to i64
	%74 = getelementptr i16, i16* %12, i64 %73
	%75 = load i16, i16* %74
	%76 = zext i16 %75 to i32
	%77 = shl i32 %76, 16
	%78 = bitcast i32 %77 to float
	%79 = mul i32 %38, 64
	%80 = sext i32 %79 to i64
	%81 = getelementptr i16, i16* %12, i64 %80
	%82 = load i16, i16* %81
	%83 = zext i16 %82 to i32
	%84 = shl i32 %83, 16
	%85 = bitcast i32 %84 to float
	%86 = mul i32 %42, 64
	%87 = sext i32 %86 to i64
	%88 = getelementptr i16, i16* %12, i64 %87
	%89 = load i16, i16* %88
	%90 = zext i16 %89 to i32
	%91 = shl i32 %90, 16
	%92 = bitcast i32 %91 to float
	%93 = mul i32 %46, 64
	%94 = sext i32 %93 to i64
	%95 = getelementptr i16, i16* %12, i64 %94
	%96 = load i16, i16* %95
	%97 = zext i16 %96 to i32
	%98 = shl i32 %97, 16
	%99 = bitcast i32 %98 to float
	%100 = mul i32 %50, 64
	%101 = sext i32 %100 to i64
	%102 = getelementptr i16, i16* %12, i64 %101
	%103 = load i16, i16* %102
	%104 = zext i16 %103 to i32
	%105 = shl i32 %104, 16
	%106 = bitcast i32 %105 to float
	%107 = fadd float %15, %57
	%108 = select i1 %20, float %107, float %15
	%109 = fadd float %108, %64
	%110 = select i1 %24, float %109, float %108
	%111 = fadd float %110, %71
	%112 = select i1 %28, float %111, float %110
	%113 = fadd float %112, %78
	%114 = select i1 %32, float %113, float %112
	%115 = fadd float %114, %85
	%116 = select i1 %36, float %115, float %114
	%117 = fadd float %116, %92
	%118 = select i1 %40, float %117, float %116
	%119 = fadd float %118, %99
	%120 = select i1 %44, float %119, float %118
	%121 = fadd float %120, %106
	%122 = select i1 %48, float %121, float %120
	%123 = add i32 %14, 8
	br label %13

124:
	%125 = sub i32 %7, %3
	%126 = sitofp i32 %125 to float
	%127 = fdiv float %15, %126
	%128 = mul i32 %2, %NT
	%129 = add i32 %128, %1
	%130 = mul i32 %129, 64
	%131 = add i32 %130, %0
	%132 = sext i32 %131 to i64
	%133 = getelementptr float, float* %out, i64 %132
	store float %127, float* %133
	ret void
}
