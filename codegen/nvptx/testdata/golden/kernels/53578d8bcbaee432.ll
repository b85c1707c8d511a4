define ptx_kernel void @$K(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = icmp slt i32 %0, 64
	br i1 %3, label %4, label %15

4:
	%5 = mul i32 %1, 16
	%6 = add i32 %5, 16
	%7 = icmp slt i32 %6, %L
	%8 = add i32 %5, 16
	%9 = select i1 %7, i32 %8, i32 %L
	%10 = mul i32 %2, %L
	%11 = mul i32 %10, 64
	%12 = add i32 %11, %0
	%13 = sext i32 %12 to i64
	%14 = getelementptr i16, i16* %x, i64 %13
	br label %16

15:
	ret void

16:
	%17 = phi i32 [ %5, %4 ], [ %110, %20 ]
	%18 = phi float [ 0.0, %4 ], [ %109, %20 ]
	%19 = icmp slt i32 %17, %9
	br i1 %19, label %20, label %111

20:
	%21 = sub i32 %9, 1
	%22 = add i32 %17, 0
	%23 = icmp slt i32 %22, %9
	%24 = icmp slt i32 %22, %21
	%25 = select i1 %24, i32 %22, i32 %21
	%26 = add i32 %17, 1
	%27 = icmp slt i32 %26, %9
	%28 = icmp slt i32 %26, %21
	%29 = select i1 %28, i32 %26, i32 %21
	%30 = add i32 %17, 2
	%31 = icmp slt i32 %30, %9
	%32 = icmp slt i32 %30, %21
	%33 = select i1 %32, i32 %30, i32 %21
	%34 = add i32 %17, 3
	%35 = icmp slt i32 %34, %9
	%36 = icmp slt i32 %34, %21
	%37 = select i1 %36, i32 %34, i32 %21
	%38 = add i32 %17, 4
	%39 = icmp slt i32 %38, %9
	%40 = icmp slt i32 %38, %21
	%41 = select i1 %40, i32 %38, i32 %21
	%42 = add i32 %17, 5
	%43 = icmp slt i32 %42, %9
	%44 = icmp slt i32 %42, %21
	%45 = select i1 %44, i32 %42, i32 %21
	%46 = add i32 %17, 6
	%47 = icmp slt i32 %46, %9
	%48 = icmp slt i32 %46, %21
	%49 = select i1 %48, i32 %46, i32 %21
	%50 = add i32 %17, 7
	%51 = icmp slt i32 %50, %9
	%52 = icmp slt i32 %50, %21
	%53 = select i1 %52, i32 %50, i32 %21
	%54 = mul i32 %25, 64
	%55 = sext i32 %54 to i64
	%56 = getelementptr i16, i16* %14, i64 %55
	%57 = load i16, i16* %56
	%58 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %57)
	%59 = mul i32 %29, 64
	%60 = sext i32 %59 to i64
	%61 = getelementptr i16, i16* %14, i64 %60
	%62 = load i16, i16* %61
	%63 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %62)
	%64 = mul i32 %33, 64
	%65 = sext i32 %64 to i64
	%66 = getelementptr i16, i16* %14, i64 %65
	%67 = load i16, i16* %66
	%68 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %67)
	%69 = mul i32 %37, 64
	%70 = sext i32 %69 to i64
	%71 = getelementptr i16, i16* %14, i64 %70
	%72 = load i16, i16* %71
	%73 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %72)
	%74 = mul i32 %41, 64
	%75 = sext i32 %74 to i64
	%76 = getelementptr i16, i16* %14, i64 %75
	%77 = load i16, i16* %76
	%78 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %77)
	%79 = mul i32 %45, 64
	%80 = sext i32 %79 to i64
	%81 = getelementptr i16, i16* %14, i64 %80
	%82 = load i16, i16* %81
	%83 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %82)
	%84 = mul i32 %49, 64
	%85 = sext i32 %84 to i64
	%86 = getelementptr i16, i16* %14, i64 %85
	%87 = load i16, i16* %86
	%88 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %87)
	%89 = mul i32 %53, 64
	%90 = sext i32 %89 to i64
	%91 = getelementptr i16, i16* %14, i64 %90
	%92 = load i16, i16* %91
	%93 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %92)
	%94 = fadd float %18, %58
	%95 = select i1 %23, float %94, float %18
	%96 = fadd float %95, %63
	%97 = select i1 %27, float %96, float %95
	%98 = fadd float %97, %68
	%99 = select i1 %31, float %98, float %97
	%100 = fadd float %99, %73
	%101 = select i1 %35, float %100, float %99
	%102 = fadd float %101, %78
	%103 = select i1 %39, float %102, float %101
	%104 = fadd float %103, %83
	%105 = select i1 %43, float %104, float %103
	%106 = fadd float %105, %88
	%107 = select i1 %47, float %106, float %105
	%108 = fadd float %107, %93
	%109 = select i1 %51, float %108, float %107
	%110 = add i32 %17, 8
	br label %16

111:
	%112 = sub i32 %9, %5
	%113 = sitofp i32 %112 to float
	%114 = fdiv float %18, %113
	%115 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()
	%116 = mul i32 %115, %NT
	%117 = mul i32 %116, 64
	%118 = lshr i32 %0, 1
	%119 = and i32 %118, 3
	%120 = mul i32 %119, 16
	%121 = lshr i32 %0, 4
	%122 = shl i32 %121, 2
	%123 = add i32 %120, %122
	%124 = lshr i32 %0, 3
	%125 = and i32 %124, 1
	%126 = shl i32 %125, 1
	%127 = and i32 %0, 1
	%128 = add i32 %126, %127
	%129 = add i32 %123, %128
	%130 = mul i32 %2, %NT
	%131 = add i32 %130, %1
	%132 = mul i32 %131, 64
	%133 = add i32 %132, %129
	%134 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %114)
	%135 = trunc i32 %134 to i16
	%136 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %135)
	%137 = fcmp oeq float %136, 0x7FF0000000000000
	%138 = fneg float 0x7FF0000000000000
	%139 = fcmp oeq float %136, %138
	%140 = or i1 %137, %139
	%141 = fsub float %114, %136
	%142 = select i1 %140, float 0.0, float %141
	%143 = lshr i32 %134, 16
	%144 = trunc i32 %143 to i16
	%145 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %144)
	%146 = fcmp oeq float %145, 0x7FF0000000000000
	%147 = fneg float 0x7FF0000000000000
	%148 = fcmp oeq float %145, %147
	%149 = or i1 %146, %148
	%150 = fsub float 0.0, %145
	%151 = select i1 %149, float 0.0, float %150
	%152 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %151, float %142)
	%153 = trunc i32 %152 to i16
	%154 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %153)
	%155 = fcmp oeq float %154, 0x7FF0000000000000
	%156 = fneg float 0x7FF0000000000000
	%157 = fcmp oeq float %154, %156
	%158 = or i1 %155, %157
	%159 = fsub float %142, %154
	%160 = select i1 %158, float 0.0, float %159
	%161 = lshr i32 %152, 16
	%162 = trunc i32 %161 to i16
	%163 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %162)
	%164 = fcmp oeq float %163, 0x7FF0000000000000
	%165 = fneg float 0x7FF0000000000000
	%166 = fcmp oeq float %163, %165
	%167 = or i1 %164, %166
	%168 = fsub float %151, %163
	%169 = select i1 %167, float 0.0, float %168
	%170 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %169, float %160)
	%171 = trunc i32 %134 to i16
	%172 = mul i32 %117, 0
	%173 = add i32 %133, %172
	%174 = sext i32 %173 to i64
	%175 = getelementptr i16, i16* %out, i64 %174
	store i16 %171, i16* %175
	%176 = trunc i32 %152 to i16
	%177 = mul i32 %117, 1
	%178 = add i32 %133, %177
	%179 = sext i32 %178 to i64
	%180 = getelementptr i16, i16* %out, i64 %179
	store i16 %176, i16* %180
	%181 = trunc i32 %170 to i16
	%182 = mul i32 %117, 2
	%183 = add i32 %133, %182
	%184 = sext i32 %183 to i64
	%185 = getelementptr i16, i16* %out, i64 %184
	store i16 %181, i16* %185
	br label %15
}
