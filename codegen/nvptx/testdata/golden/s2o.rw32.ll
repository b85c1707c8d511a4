; s2o
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@s2o_permute0_scores_a = internal addrspace(3) global [1088 x float] undef, align 16
@s2o_permute0_scores_b = internal addrspace(3) global [1088 x float] undef, align 16
@s2o_permute0_hist = internal addrspace(3) global [1024 x i32] undef, align 16
@s2o_permute0_big = internal addrspace(3) global [8192 x i32] undef, align 16
@s2o_permute0_flag = internal addrspace(3) global [4 x i32] undef, align 4
@s2o_permute0_red = internal addrspace(3) global [32 x float] undef, align 16
@s2o_permute0_radix_hist = internal addrspace(3) global [1024 x i32] undef, align 16
@s2o_permute0_radix_big = internal addrspace(3) global [8192 x i32] undef, align 16
@s2o_permute0_radix_flag = internal addrspace(3) global [4 x i32] undef, align 4
@s2o_permute0_radix_red = internal addrspace(3) global [32 x float] undef, align 16
@s2o_permute0_radix_start = internal addrspace(3) global [256 x i32] undef, align 16
@s2o_permute0_radix_scan = internal addrspace(3) global [8 x i32] undef, align 16
@s2o_select2_x = internal addrspace(3) global [4096 x i32] undef, align 16
@s2o_select2_c = internal addrspace(3) global [4096 x i32] undef, align 16
@s2o_select2_hist = internal addrspace(3) global [256 x i32] undef, align 16
@s2o_select2_red = internal addrspace(3) global [32 x float] undef, align 16
@s2o_select2_scana = internal addrspace(3) global [8 x i32] undef, align 16
@s2o_select2_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@s2o_select2_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@s2o_select2_sel = internal addrspace(3) global [2 x i32] undef, align 16
@s2o_select2_mass = internal addrspace(3) global [1 x double] undef, align 16
@s2o_scores1_a = internal addrspace(3) global [1088 x float] undef, align 16
@s2o_scores1_b = internal addrspace(3) global [1088 x float] undef, align 16
@s2o_perm_scores1_red = internal addrspace(3) global [32 x float] undef, align 16
@s2o_perm_scores1_sums = internal addrspace(3) global [1024 x float] undef, align 16
@s2o_attn3_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@s2o_attn3_stop = internal addrspace(3) global [4 x float] undef, align 16

define ptx_kernel void @s2o_permute0_probes(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 256
	%4 = add i32 %3, 256
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 256
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

define ptx_kernel void @s2o_permute0_scores(float* %pm, i16* %k, i32* %scr, i32 %NS, i32 %N, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %2, 64
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%5 = mul i32 %4, 64
	%6 = sdiv i32 %1, %group
	%7 = add i32 %3, 64
	%8 = icmp slt i32 %7, %NS
	%9 = select i1 %8, i32 %7, i32 %NS
	%10 = sub i32 %9, 1
	%11 = mul i32 %10, 256
	%12 = icmp slt i32 %11, %N
	%13 = select i1 %12, i32 %11, i32 %N
	%14 = icmp slt i32 %5, %13
	br i1 %14, label %work, label %skip

work:
	%15 = and i32 %0, 15
	%16 = lshr i32 %0, 4
	%17 = mul i32 %16, 4
	%18 = add i32 %3, %17
	%19 = mul i32 %15, 4
	%20 = add i32 %5, %19
	br label %21

skip:
	ret void

21:
	%22 = phi i32 [ 0, %work ], [ %246, %245 ]
	%23 = phi float [ 0.0, %work ], [ %190, %245 ]
	%24 = phi float [ 0.0, %work ], [ %191, %245 ]
	%25 = phi float [ 0.0, %work ], [ %192, %245 ]
	%26 = phi float [ 0.0, %work ], [ %193, %245 ]
	%27 = phi float [ 0.0, %work ], [ %194, %245 ]
	%28 = phi float [ 0.0, %work ], [ %195, %245 ]
	%29 = phi float [ 0.0, %work ], [ %196, %245 ]
	%30 = phi float [ 0.0, %work ], [ %197, %245 ]
	%31 = phi float [ 0.0, %work ], [ %198, %245 ]
	%32 = phi float [ 0.0, %work ], [ %199, %245 ]
	%33 = phi float [ 0.0, %work ], [ %200, %245 ]
	%34 = phi float [ 0.0, %work ], [ %201, %245 ]
	%35 = phi float [ 0.0, %work ], [ %202, %245 ]
	%36 = phi float [ 0.0, %work ], [ %203, %245 ]
	%37 = phi float [ 0.0, %work ], [ %204, %245 ]
	%38 = phi float [ 0.0, %work ], [ %205, %245 ]
	%39 = icmp slt i32 %22, 64
	br i1 %39, label %40, label %185

40:
	%41 = add i32 %0, 0
	%42 = lshr i32 %41, 4
	%43 = and i32 %41, 15
	%44 = add i32 %43, %22
	%45 = add i32 %3, %42
	%46 = icmp slt i32 %45, %NS
	%47 = mul i32 %1, %NS
	%48 = select i1 %46, i32 %45, i32 0
	%49 = add i32 %47, %48
	%50 = mul i32 %49, 64
	%51 = add i32 %50, %44
	%52 = sext i32 %51 to i64
	%53 = getelementptr float, float* %pm, i64 %52
	%54 = load float, float* %53
	%55 = select i1 %46, float %54, float 0.0
	%56 = mul i32 %43, 68
	%57 = add i32 %56, %42
	%58 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_permute0_scores_a, i32 0, i32 %57
	store float %55, float addrspace(3)* %58
	%59 = add i32 %5, %42
	%60 = icmp slt i32 %59, %N
	%61 = sext i32 %6 to i64
	%62 = sext i32 %N to i64
	%63 = mul i64 %61, %62
	%64 = select i1 %60, i32 %59, i32 0
	%65 = sext i32 %64 to i64
	%66 = add i64 %63, %65
	%67 = mul i64 %66, 64
	%68 = sext i32 %44 to i64
	%69 = add i64 %67, %68
	%70 = getelementptr i16, i16* %k, i64 %69
	%71 = load i16, i16* %70
	%72 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %71)
	%73 = select i1 %60, float %72, float 0.0
	%74 = mul i32 %43, 68
	%75 = add i32 %74, %42
	%76 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_permute0_scores_b, i32 0, i32 %75
	store float %73, float addrspace(3)* %76
	%77 = add i32 %0, 256
	%78 = lshr i32 %77, 4
	%79 = and i32 %77, 15
	%80 = add i32 %79, %22
	%81 = add i32 %3, %78
	%82 = icmp slt i32 %81, %NS
	%83 = mul i32 %1, %NS
	%84 = select i1 %82, i32 %81, i32 0
	%85 = add i32 %83, %84
	%86 = mul i32 %85, 64
	%87 = add i32 %86, %80
	%88 = sext i32 %87 to i64
	%89 = getelementptr float, float* %pm, i64 %88
	%90 = load float, float* %89
	%91 = select i1 %82, float %90, float 0.0
	%92 = mul i32 %79, 68
	%93 = add i32 %92, %78
	%94 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_permute0_scores_a, i32 0, i32 %93
	store float %91, float addrspace(3)* %94
	%95 = add i32 %5, %78
	%96 = icmp slt i32 %95, %N
	%97 = sext i32 %6 to i64
	%98 = sext i32 %N to i64
	%99 = mul i64 %97, %98
	%100 = select i1 %96, i32 %95, i32 0
	%101 = sext i32 %100 to i64
	%102 = add i64 %99, %101
	%103 = mul i64 %102, 64
	%104 = sext i32 %80 to i64
	%105 = add i64 %103, %104
	%106 = getelementptr i16, i16* %k, i64 %105
	%107 = load i16, i16* %106
	%108 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %107)
	%109 = select i1 %96, float %108, float 0.0
	%110 = mul i32 %79, 68
	%111 = add i32 %110, %78
	%112 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_permute0_scores_b, i32 0, i32 %111
	store float %109, float addrspace(3)* %112
	%113 = add i32 %0, 512
	%114 = lshr i32 %113, 4
	%115 = and i32 %113, 15
	%116 = add i32 %115, %22
	%117 = add i32 %3, %114
	%118 = icmp slt i32 %117, %NS
	%119 = mul i32 %1, %NS
	%120 = select i1 %118, i32 %117, i32 0
	%121 = add i32 %119, %120
	%122 = mul i32 %121, 64
	%123 = add i32 %122, %116
	%124 = sext i32 %123 to i64
	%125 = getelementptr float, float* %pm, i64 %124
	%126 = load float, float* %125
	%127 = select i1 %118, float %126, float 0.0
	%128 = mul i32 %115, 68
	%129 = add i32 %128, %114
	%130 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_permute0_scores_a, i32 0, i32 %129
	store float %127, float addrspace(3)* %130
	%131 = add i32 %5, %114
	%132 = icmp slt i32 %131, %N
	%133 = sext i32 %6 to i64
	%134 = sext i32 %N to i64
	%135 = mul i64 %133, %134
	%136 = select i1 %132, i32 %131, i32 0
	%137 = sext i32 %136 to i64
	%138 = add i64 %135, %137
	%139 = mul i64 %138, 64
	%140 = sext i32 %116 to i64
	%141 = add i64 %139, %140
	%142 = getelementptr i16, i16* %k, i64 %141
	%143 = load i16, i16* %142
	%144 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %143)
	%145 = select i1 %132, float %144, float 0.0
	%146 = mul i32 %115, 68
	%147 = add i32 %146, %114
	%148 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_permute0_scores_b, i32 0, i32 %147
	store float %145, float addrspace(3)* %148
	%149 = add i32 %0, 768
	%150 = lshr i32 %149, 4
	%151 = and i32 %149, 15
	%152 = add i32 %151, %22
	%153 = add i32 %3, %150
	%154 = icmp slt i32 %153, %NS
	%155 = mul i32 %1, %NS
	%156 = select i1 %154, i32 %153, i32 0
	%157 = add i32 %155, %156
	%158 = mul i32 %157, 64
	%159 = add i32 %158, %152
	%160 = sext i32 %159 to i64
	%161 = getelementptr float, float* %pm, i64 %160
	%162 = load float, float* %161
	%163 = select i1 %154, float %162, float 0.0
	%164 = mul i32 %151, 68
	%165 = add i32 %164, %150
	%166 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_permute0_scores_a, i32 0, i32 %165
	store float %163, float addrspace(3)* %166
	%167 = add i32 %5, %150
	%168 = icmp slt i32 %167, %N
	%169 = sext i32 %6 to i64
	%170 = sext i32 %N to i64
	%171 = mul i64 %169, %170
	%172 = select i1 %168, i32 %167, i32 0
	%173 = sext i32 %172 to i64
	%174 = add i64 %171, %173
	%175 = mul i64 %174, 64
	%176 = sext i32 %152 to i64
	%177 = add i64 %175, %176
	%178 = getelementptr i16, i16* %k, i64 %177
	%179 = load i16, i16* %178
	%180 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %179)
	%181 = select i1 %168, float %180, float 0.0
	%182 = mul i32 %151, 68
	%183 = add i32 %182, %150
	%184 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_permute0_scores_b, i32 0, i32 %183
	store float %181, float addrspace(3)* %184
	call void @llvm.nvvm.barrier0()
	br label %188

185:
	%186 = add i32 %18, 0
	%187 = icmp slt i32 %186, %NS
	br i1 %187, label %247, label %272

188:
	%189 = phi i32 [ 0, %40 ], [ %244, %207 ]
	%190 = phi float [ %23, %40 ], [ %228, %207 ]
	%191 = phi float [ %24, %40 ], [ %229, %207 ]
	%192 = phi float [ %25, %40 ], [ %230, %207 ]
	%193 = phi float [ %26, %40 ], [ %231, %207 ]
	%194 = phi float [ %27, %40 ], [ %232, %207 ]
	%195 = phi float [ %28, %40 ], [ %233, %207 ]
	%196 = phi float [ %29, %40 ], [ %234, %207 ]
	%197 = phi float [ %30, %40 ], [ %235, %207 ]
	%198 = phi float [ %31, %40 ], [ %236, %207 ]
	%199 = phi float [ %32, %40 ], [ %237, %207 ]
	%200 = phi float [ %33, %40 ], [ %238, %207 ]
	%201 = phi float [ %34, %40 ], [ %239, %207 ]
	%202 = phi float [ %35, %40 ], [ %240, %207 ]
	%203 = phi float [ %36, %40 ], [ %241, %207 ]
	%204 = phi float [ %37, %40 ], [ %242, %207 ]
	%205 = phi float [ %38, %40 ], [ %243, %207 ]
	%206 = icmp slt i32 %189, 16
	br i1 %206, label %207, label %245

207:
	%208 = mul i32 %16, 4
	%209 = mul i32 %189, 68
	%210 = add i32 %209, %208
	%211 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_permute0_scores_a, i32 0, i32 %210
	%212 = bitcast float addrspace(3)* %211 to <4 x float> addrspace(3)*
	%213 = load <4 x float>, <4 x float> addrspace(3)* %212, align 16
	%214 = extractelement <4 x float> %213, i32 0
	%215 = extractelement <4 x float> %213, i32 1
	%216 = extractelement <4 x float> %213, i32 2
	%217 = extractelement <4 x float> %213, i32 3
	%218 = mul i32 %15, 4
	%219 = mul i32 %189, 68
	%220 = add i32 %219, %218
	%221 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_permute0_scores_b, i32 0, i32 %220
	%222 = bitcast float addrspace(3)* %221 to <4 x float> addrspace(3)*
	%223 = load <4 x float>, <4 x float> addrspace(3)* %222, align 16
	%224 = extractelement <4 x float> %223, i32 0
	%225 = extractelement <4 x float> %223, i32 1
	%226 = extractelement <4 x float> %223, i32 2
	%227 = extractelement <4 x float> %223, i32 3
	%228 = call float @llvm.fma.f32(float %214, float %224, float %190)
	%229 = call float @llvm.fma.f32(float %214, float %225, float %191)
	%230 = call float @llvm.fma.f32(float %214, float %226, float %192)
	%231 = call float @llvm.fma.f32(float %214, float %227, float %193)
	%232 = call float @llvm.fma.f32(float %215, float %224, float %194)
	%233 = call float @llvm.fma.f32(float %215, float %225, float %195)
	%234 = call float @llvm.fma.f32(float %215, float %226, float %196)
	%235 = call float @llvm.fma.f32(float %215, float %227, float %197)
	%236 = call float @llvm.fma.f32(float %216, float %224, float %198)
	%237 = call float @llvm.fma.f32(float %216, float %225, float %199)
	%238 = call float @llvm.fma.f32(float %216, float %226, float %200)
	%239 = call float @llvm.fma.f32(float %216, float %227, float %201)
	%240 = call float @llvm.fma.f32(float %217, float %224, float %202)
	%241 = call float @llvm.fma.f32(float %217, float %225, float %203)
	%242 = call float @llvm.fma.f32(float %217, float %226, float %204)
	%243 = call float @llvm.fma.f32(float %217, float %227, float %205)
	%244 = add i32 %189, 1
	br label %188

245:
	call void @llvm.nvvm.barrier0()
	%246 = add i32 %22, 16
	br label %21

247:
	%248 = sext i32 %NS to i64
	%249 = mul i64 256, %248
	%250 = sext i32 %NS to i64
	%251 = sub i64 %250, 1
	%252 = mul i64 %249, %251
	%253 = sdiv i64 %252, 2
	%254 = sext i32 %1 to i64
	%255 = mul i64 %254, %253
	%256 = sext i32 %186 to i64
	%257 = mul i64 256, %256
	%258 = sext i32 %186 to i64
	%259 = sub i64 %258, 1
	%260 = mul i64 %257, %259
	%261 = sdiv i64 %260, 2
	%262 = add i64 %255, %261
	%263 = sext i32 0 to i64
	%264 = mul i64 %263, %253
	%265 = mul i32 %186, 256
	%266 = icmp slt i32 %265, %N
	%267 = select i1 %266, i32 %265, i32 %N
	%268 = add i32 %20, 0
	%269 = fmul float %23, 0.125
	%270 = fadd float %269, 0.0
	%271 = icmp slt i32 %268, %267
	br i1 %271, label %275, label %280

272:
	%273 = add i32 %18, 1
	%274 = icmp slt i32 %273, %NS
	br i1 %274, label %311, label %336

275:
	%276 = bitcast float %270 to i32
	%277 = sext i32 %268 to i64
	%278 = add i64 %262, %277
	%279 = getelementptr i32, i32* %scr, i64 %278
	store i32 %276, i32* %279
	br label %280

280:
	%281 = add i32 %20, 1
	%282 = fmul float %24, 0.125
	%283 = fadd float %282, 0.0
	%284 = icmp slt i32 %281, %267
	br i1 %284, label %285, label %290

285:
	%286 = bitcast float %283 to i32
	%287 = sext i32 %281 to i64
	%288 = add i64 %262, %287
	%289 = getelementptr i32, i32* %scr, i64 %288
	store i32 %286, i32* %289
	br label %290

290:
	%291 = add i32 %20, 2
	%292 = fmul float %25, 0.125
	%293 = fadd float %292, 0.0
	%294 = icmp slt i32 %291, %267
	br i1 %294, label %295, label %300

295:
	%296 = bitcast float %293 to i32
	%297 = sext i32 %291 to i64
	%298 = add i64 %262, %297
	%299 = getelementptr i32, i32* %scr, i64 %298
	store i32 %296, i32* %299
	br label %300

300:
	%301 = add i32 %20, 3
	%302 = fmul float %26, 0.125
	%303 = fadd float %302, 0.0
	%304 = icmp slt i32 %301, %267
	br i1 %304, label %305, label %310

305:
	%306 = bitcast float %303 to i32
	%307 = sext i32 %301 to i64
	%308 = add i64 %262, %307
	%309 = getelementptr i32, i32* %scr, i64 %308
	store i32 %306, i32* %309
	br label %310

310:
	br label %272

311:
	%312 = sext i32 %NS to i64
	%313 = mul i64 256, %312
	%314 = sext i32 %NS to i64
	%315 = sub i64 %314, 1
	%316 = mul i64 %313, %315
	%317 = sdiv i64 %316, 2
	%318 = sext i32 %1 to i64
	%319 = mul i64 %318, %317
	%320 = sext i32 %273 to i64
	%321 = mul i64 256, %320
	%322 = sext i32 %273 to i64
	%323 = sub i64 %322, 1
	%324 = mul i64 %321, %323
	%325 = sdiv i64 %324, 2
	%326 = add i64 %319, %325
	%327 = sext i32 0 to i64
	%328 = mul i64 %327, %317
	%329 = mul i32 %273, 256
	%330 = icmp slt i32 %329, %N
	%331 = select i1 %330, i32 %329, i32 %N
	%332 = add i32 %20, 0
	%333 = fmul float %27, 0.125
	%334 = fadd float %333, 0.0
	%335 = icmp slt i32 %332, %331
	br i1 %335, label %339, label %344

336:
	%337 = add i32 %18, 2
	%338 = icmp slt i32 %337, %NS
	br i1 %338, label %375, label %400

339:
	%340 = bitcast float %334 to i32
	%341 = sext i32 %332 to i64
	%342 = add i64 %326, %341
	%343 = getelementptr i32, i32* %scr, i64 %342
	store i32 %340, i32* %343
	br label %344

344:
	%345 = add i32 %20, 1
	%346 = fmul float %28, 0.125
	%347 = fadd float %346, 0.0
	%348 = icmp slt i32 %345, %331
	br i1 %348, label %349, label %354

349:
	%350 = bitcast float %347 to i32
	%351 = sext i32 %345 to i64
	%352 = add i64 %326, %351
	%353 = getelementptr i32, i32* %scr, i64 %352
	store i32 %350, i32* %353
	br label %354

354:
	%355 = add i32 %20, 2
	%356 = fmul float %29, 0.125
	%357 = fadd float %356, 0.0
	%358 = icmp slt i32 %355, %331
	br i1 %358, label %359, label %364

359:
	%360 = bitcast float %357 to i32
	%361 = sext i32 %355 to i64
	%362 = add i64 %326, %361
	%363 = getelementptr i32, i32* %scr, i64 %362
	store i32 %360, i32* %363
	br label %364

364:
	%365 = add i32 %20, 3
	%366 = fmul float %30, 0.125
	%367 = fadd float %366, 0.0
	%368 = icmp slt i32 %365, %331
	br i1 %368, label %369, label %374

369:
	%370 = bitcast float %367 to i32
	%371 = sext i32 %365 to i64
	%372 = add i64 %326, %371
	%373 = getelementptr i32, i32* %scr, i64 %372
	store i32 %370, i32* %373
	br label %374

374:
	br label %336

375:
	%376 = sext i32 %NS to i64
	%377 = mul i64 256, %376
	%378 = sext i32 %NS to i64
	%379 = sub i64 %378, 1
	%380 = mul i64 %377, %379
	%381 = sdiv i64 %380, 2
	%382 = sext i32 %1 to i64
	%383 = mul i64 %382, %381
	%384 = sext i32 %337 to i64
	%385 = mul i64 256, %384
	%386 = sext i32 %337 to i64
	%387 = sub i64 %386, 1
	%388 = mul i64 %385, %387
	%389 = sdiv i64 %388, 2
	%390 = add i64 %383, %389
	%391 = sext i32 0 to i64
	%392 = mul i64 %391, %381
	%393 = mul i32 %337, 256
	%394 = icmp slt i32 %393, %N
	%395 = select i1 %394, i32 %393, i32 %N
	%396 = add i32 %20, 0
	%397 = fmul float %31, 0.125
	%398 = fadd float %397, 0.0
	%399 = icmp slt i32 %396, %395
	br i1 %399, label %403, label %408

400:
	%401 = add i32 %18, 3
	%402 = icmp slt i32 %401, %NS
	br i1 %402, label %439, label %464

403:
	%404 = bitcast float %398 to i32
	%405 = sext i32 %396 to i64
	%406 = add i64 %390, %405
	%407 = getelementptr i32, i32* %scr, i64 %406
	store i32 %404, i32* %407
	br label %408

408:
	%409 = add i32 %20, 1
	%410 = fmul float %32, 0.125
	%411 = fadd float %410, 0.0
	%412 = icmp slt i32 %409, %395
	br i1 %412, label %413, label %418

413:
	%414 = bitcast float %411 to i32
	%415 = sext i32 %409 to i64
	%416 = add i64 %390, %415
	%417 = getelementptr i32, i32* %scr, i64 %416
	store i32 %414, i32* %417
	br label %418

418:
	%419 = add i32 %20, 2
	%420 = fmul float %33, 0.125
	%421 = fadd float %420, 0.0
	%422 = icmp slt i32 %419, %395
	br i1 %422, label %423, label %428

423:
	%424 = bitcast float %421 to i32
	%425 = sext i32 %419 to i64
	%426 = add i64 %390, %425
	%427 = getelementptr i32, i32* %scr, i64 %426
	store i32 %424, i32* %427
	br label %428

428:
	%429 = add i32 %20, 3
	%430 = fmul float %34, 0.125
	%431 = fadd float %430, 0.0
	%432 = icmp slt i32 %429, %395
	br i1 %432, label %433, label %438

433:
	%434 = bitcast float %431 to i32
	%435 = sext i32 %429 to i64
	%436 = add i64 %390, %435
	%437 = getelementptr i32, i32* %scr, i64 %436
	store i32 %434, i32* %437
	br label %438

438:
	br label %400

439:
	%440 = sext i32 %NS to i64
	%441 = mul i64 256, %440
	%442 = sext i32 %NS to i64
	%443 = sub i64 %442, 1
	%444 = mul i64 %441, %443
	%445 = sdiv i64 %444, 2
	%446 = sext i32 %1 to i64
	%447 = mul i64 %446, %445
	%448 = sext i32 %401 to i64
	%449 = mul i64 256, %448
	%450 = sext i32 %401 to i64
	%451 = sub i64 %450, 1
	%452 = mul i64 %449, %451
	%453 = sdiv i64 %452, 2
	%454 = add i64 %447, %453
	%455 = sext i32 0 to i64
	%456 = mul i64 %455, %445
	%457 = mul i32 %401, 256
	%458 = icmp slt i32 %457, %N
	%459 = select i1 %458, i32 %457, i32 %N
	%460 = add i32 %20, 0
	%461 = fmul float %35, 0.125
	%462 = fadd float %461, 0.0
	%463 = icmp slt i32 %460, %459
	br i1 %463, label %465, label %470

464:
	ret void

465:
	%466 = bitcast float %462 to i32
	%467 = sext i32 %460 to i64
	%468 = add i64 %454, %467
	%469 = getelementptr i32, i32* %scr, i64 %468
	store i32 %466, i32* %469
	br label %470

470:
	%471 = add i32 %20, 1
	%472 = fmul float %36, 0.125
	%473 = fadd float %472, 0.0
	%474 = icmp slt i32 %471, %459
	br i1 %474, label %475, label %480

475:
	%476 = bitcast float %473 to i32
	%477 = sext i32 %471 to i64
	%478 = add i64 %454, %477
	%479 = getelementptr i32, i32* %scr, i64 %478
	store i32 %476, i32* %479
	br label %480

480:
	%481 = add i32 %20, 2
	%482 = fmul float %37, 0.125
	%483 = fadd float %482, 0.0
	%484 = icmp slt i32 %481, %459
	br i1 %484, label %485, label %490

485:
	%486 = bitcast float %483 to i32
	%487 = sext i32 %481 to i64
	%488 = add i64 %454, %487
	%489 = getelementptr i32, i32* %scr, i64 %488
	store i32 %486, i32* %489
	br label %490

490:
	%491 = add i32 %20, 3
	%492 = fmul float %38, 0.125
	%493 = fadd float %492, 0.0
	%494 = icmp slt i32 %491, %459
	br i1 %494, label %495, label %500

495:
	%496 = bitcast float %493 to i32
	%497 = sext i32 %491 to i64
	%498 = add i64 %454, %497
	%499 = getelementptr i32, i32* %scr, i64 %498
	store i32 %496, i32* %499
	br label %500

500:
	br label %464
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare void @llvm.nvvm.barrier0()

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

define ptx_kernel void @s2o_permute0(i32* %perm, i32* %scr, i32 %M, i32 %N) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = add i32 %M, 255
	%6 = sdiv i32 %5, 256
	%7 = mul i32 %1, 256
	%8 = icmp slt i32 %7, %N
	%9 = select i1 %8, i32 %7, i32 %N
	%10 = mul i32 %2, %6
	%11 = add i32 %10, %1
	%12 = sext i32 %11 to i64
	%13 = sext i32 %N to i64
	%14 = mul i64 %12, %13
	%15 = getelementptr i32, i32* %perm, i64 %14
	%16 = add i32 %9, %0
	br label %17

17:
	%18 = phi i32 [ %16, %entry ], [ %23, %20 ]
	%19 = icmp slt i32 %18, %N
	br i1 %19, label %20, label %24

20:
	%21 = sext i32 %18 to i64
	%22 = getelementptr i32, i32* %15, i64 %21
	store i32 %18, i32* %22
	%23 = add i32 %18, 256
	br label %17

24:
	%25 = icmp sgt i32 %9, 0
	br i1 %25, label %rank, label %done

rank:
	%26 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()
	%27 = sext i32 %6 to i64
	%28 = mul i64 256, %27
	%29 = sext i32 %6 to i64
	%30 = sub i64 %29, 1
	%31 = mul i64 %28, %30
	%32 = sdiv i64 %31, 2
	%33 = sext i32 %2 to i64
	%34 = mul i64 %33, %32
	%35 = sext i32 %1 to i64
	%36 = mul i64 256, %35
	%37 = sext i32 %1 to i64
	%38 = sub i64 %37, 1
	%39 = mul i64 %36, %38
	%40 = sdiv i64 %39, 2
	%41 = add i64 %34, %40
	%42 = sext i32 %26 to i64
	%43 = mul i64 %42, %32
	%44 = getelementptr i32, i32* %scr, i64 %41
	%45 = and i64 %43, 1
	%46 = add i64 %43, %45
	%47 = mul i64 %41, 2
	%48 = add i64 %46, %47
	%49 = getelementptr i32, i32* %scr, i64 %48
	%50 = getelementptr i32, i32* %49, i64 1
	%51 = bitcast i32* %49 to i64*
	%52 = icmp ult i32 %0, 4
	br i1 %52, label %54, label %58

done:
	ret void

radix:
	%53 = icmp eq i32 %0, 0
	br i1 %53, label %1268, label %1269

54:
	%55 = icmp eq i32 %0, 2
	%56 = select i1 %55, i32 -1, i32 0
	%57 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 %0
	store i32 %56, i32 addrspace(3)* %57
	br label %58

58:
	call void @llvm.nvvm.barrier0()
	br label %59

59:
	%60 = phi i32 [ %0, %58 ], [ %268, %66 ]
	%61 = phi i32 [ -1, %58 ], [ %261, %66 ]
	%62 = phi i32 [ 0, %58 ], [ %264, %66 ]
	%63 = phi i1 [ false, %58 ], [ %265, %66 ]
	%64 = phi i1 [ false, %58 ], [ %267, %66 ]
	%65 = icmp slt i32 %60, %9
	br i1 %65, label %66, label %269

66:
	%67 = sub i32 %9, 1
	%68 = add i32 %60, 0
	%69 = icmp slt i32 %68, %9
	%70 = icmp slt i32 %68, %67
	%71 = select i1 %70, i32 %68, i32 %67
	%72 = add i32 %60, 256
	%73 = icmp slt i32 %72, %9
	%74 = icmp slt i32 %72, %67
	%75 = select i1 %74, i32 %72, i32 %67
	%76 = add i32 %60, 512
	%77 = icmp slt i32 %76, %9
	%78 = icmp slt i32 %76, %67
	%79 = select i1 %78, i32 %76, i32 %67
	%80 = add i32 %60, 768
	%81 = icmp slt i32 %80, %9
	%82 = icmp slt i32 %80, %67
	%83 = select i1 %82, i32 %80, i32 %67
	%84 = add i32 %60, 1024
	%85 = icmp slt i32 %84, %9
	%86 = icmp slt i32 %84, %67
	%87 = select i1 %86, i32 %84, i32 %67
	%88 = add i32 %60, 1280
	%89 = icmp slt i32 %88, %9
	%90 = icmp slt i32 %88, %67
	%91 = select i1 %90, i32 %88, i32 %67
	%92 = add i32 %60, 1536
	%93 = icmp slt i32 %92, %9
	%94 = icmp slt i32 %92, %67
	%95 = select i1 %94, i32 %92, i32 %67
	%96 = add i32 %60, 1792
	%97 = icmp slt i32 %96, %9
	%98 = icmp slt i32 %96, %67
	%99 = select i1 %98, i32 %96, i32 %67
	%100 = sext i32 %71 to i64
	%101 = getelementptr i32, i32* %44, i64 %100
	%102 = load i32, i32* %101
	%103 = bitcast i32 %102 to float
	%104 = sext i32 %75 to i64
	%105 = getelementptr i32, i32* %44, i64 %104
	%106 = load i32, i32* %105
	%107 = bitcast i32 %106 to float
	%108 = sext i32 %79 to i64
	%109 = getelementptr i32, i32* %44, i64 %108
	%110 = load i32, i32* %109
	%111 = bitcast i32 %110 to float
	%112 = sext i32 %83 to i64
	%113 = getelementptr i32, i32* %44, i64 %112
	%114 = load i32, i32* %113
	%115 = bitcast i32 %114 to float
	%116 = sext i32 %87 to i64
	%117 = getelementptr i32, i32* %44, i64 %116
	%118 = load i32, i32* %117
	%119 = bitcast i32 %118 to float
	%120 = sext i32 %91 to i64
	%121 = getelementptr i32, i32* %44, i64 %120
	%122 = load i32, i32* %121
	%123 = bitcast i32 %122 to float
	%124 = sext i32 %95 to i64
	%125 = getelementptr i32, i32* %44, i64 %124
	%126 = load i32, i32* %125
	%127 = bitcast i32 %126 to float
	%128 = sext i32 %99 to i64
	%129 = getelementptr i32, i32* %44, i64 %128
	%130 = load i32, i32* %129
	%131 = bitcast i32 %130 to float
	%132 = fcmp uno float %103, %103
	%133 = fcmp oeq float %103, 0x7FF0000000000000
	%134 = or i1 %132, %133
	%135 = fcmp one float %103, 0xFFF0000000000000
	%136 = bitcast float %103 to i32
	%137 = icmp slt i32 %136, 0
	%138 = select i1 %137, i32 -1, i32 -2147483648
	%139 = xor i32 %136, %138
	%140 = xor i32 %139, -1
	%141 = icmp ult i32 %61, %140
	%142 = select i1 %141, i32 %61, i32 %140
	%143 = icmp ugt i32 %62, %140
	%144 = select i1 %143, i32 %62, i32 %140
	%145 = select i1 %135, i32 %144, i32 %62
	%146 = or i1 %63, %134
	%147 = and i1 %69, %135
	%148 = or i1 %64, %147
	%149 = fcmp uno float %107, %107
	%150 = fcmp oeq float %107, 0x7FF0000000000000
	%151 = or i1 %149, %150
	%152 = fcmp one float %107, 0xFFF0000000000000
	%153 = bitcast float %107 to i32
	%154 = icmp slt i32 %153, 0
	%155 = select i1 %154, i32 -1, i32 -2147483648
	%156 = xor i32 %153, %155
	%157 = xor i32 %156, -1
	%158 = icmp ult i32 %142, %157
	%159 = select i1 %158, i32 %142, i32 %157
	%160 = icmp ugt i32 %145, %157
	%161 = select i1 %160, i32 %145, i32 %157
	%162 = select i1 %152, i32 %161, i32 %145
	%163 = or i1 %146, %151
	%164 = and i1 %73, %152
	%165 = or i1 %148, %164
	%166 = fcmp uno float %111, %111
	%167 = fcmp oeq float %111, 0x7FF0000000000000
	%168 = or i1 %166, %167
	%169 = fcmp one float %111, 0xFFF0000000000000
	%170 = bitcast float %111 to i32
	%171 = icmp slt i32 %170, 0
	%172 = select i1 %171, i32 -1, i32 -2147483648
	%173 = xor i32 %170, %172
	%174 = xor i32 %173, -1
	%175 = icmp ult i32 %159, %174
	%176 = select i1 %175, i32 %159, i32 %174
	%177 = icmp ugt i32 %162, %174
	%178 = select i1 %177, i32 %162, i32 %174
	%179 = select i1 %169, i32 %178, i32 %162
	%180 = or i1 %163, %168
	%181 = and i1 %77, %169
	%182 = or i1 %165, %181
	%183 = fcmp uno float %115, %115
	%184 = fcmp oeq float %115, 0x7FF0000000000000
	%185 = or i1 %183, %184
	%186 = fcmp one float %115, 0xFFF0000000000000
	%187 = bitcast float %115 to i32
	%188 = icmp slt i32 %187, 0
	%189 = select i1 %188, i32 -1, i32 -2147483648
	%190 = xor i32 %187, %189
	%191 = xor i32 %190, -1
	%192 = icmp ult i32 %176, %191
	%193 = select i1 %192, i32 %176, i32 %191
	%194 = icmp ugt i32 %179, %191
	%195 = select i1 %194, i32 %179, i32 %191
	%196 = select i1 %186, i32 %195, i32 %179
	%197 = or i1 %180, %185
	%198 = and i1 %81, %186
	%199 = or i1 %182, %198
	%200 = fcmp uno float %119, %119
	%201 = fcmp oeq float %119, 0x7FF0000000000000
	%202 = or i1 %200, %201
	%203 = fcmp one float %119, 0xFFF0000000000000
	%204 = bitcast float %119 to i32
	%205 = icmp slt i32 %204, 0
	%206 = select i1 %205, i32 -1, i32 -2147483648
	%207 = xor i32 %204, %206
	%208 = xor i32 %207, -1
	%209 = icmp ult i32 %193, %208
	%210 = select i1 %209, i32 %193, i32 %208
	%211 = icmp ugt i32 %196, %208
	%212 = select i1 %211, i32 %196, i32 %208
	%213 = select i1 %203, i32 %212, i32 %196
	%214 = or i1 %197, %202
	%215 = and i1 %85, %203
	%216 = or i1 %199, %215
	%217 = fcmp uno float %123, %123
	%218 = fcmp oeq float %123, 0x7FF0000000000000
	%219 = or i1 %217, %218
	%220 = fcmp one float %123, 0xFFF0000000000000
	%221 = bitcast float %123 to i32
	%222 = icmp slt i32 %221, 0
	%223 = select i1 %222, i32 -1, i32 -2147483648
	%224 = xor i32 %221, %223
	%225 = xor i32 %224, -1
	%226 = icmp ult i32 %210, %225
	%227 = select i1 %226, i32 %210, i32 %225
	%228 = icmp ugt i32 %213, %225
	%229 = select i1 %228, i32 %213, i32 %225
	%230 = select i1 %220, i32 %229, i32 %213
	%231 = or i1 %214, %219
	%232 = and i1 %89, %220
	%233 = or i1 %216, %232
	%234 = fcmp uno float %127, %127
	%235 = fcmp oeq float %127, 0x7FF0000000000000
	%236 = or i1 %234, %235
	%237 = fcmp one float %127, 0xFFF0000000000000
	%238 = bitcast float %127 to i32
	%239 = icmp slt i32 %238, 0
	%240 = select i1 %239, i32 -1, i32 -2147483648
	%241 = xor i32 %238, %240
	%242 = xor i32 %241, -1
	%243 = icmp ult i32 %227, %242
	%244 = select i1 %243, i32 %227, i32 %242
	%245 = icmp ugt i32 %230, %242
	%246 = select i1 %245, i32 %230, i32 %242
	%247 = select i1 %237, i32 %246, i32 %230
	%248 = or i1 %231, %236
	%249 = and i1 %93, %237
	%250 = or i1 %233, %249
	%251 = fcmp uno float %131, %131
	%252 = fcmp oeq float %131, 0x7FF0000000000000
	%253 = or i1 %251, %252
	%254 = fcmp one float %131, 0xFFF0000000000000
	%255 = bitcast float %131 to i32
	%256 = icmp slt i32 %255, 0
	%257 = select i1 %256, i32 -1, i32 -2147483648
	%258 = xor i32 %255, %257
	%259 = xor i32 %258, -1
	%260 = icmp ult i32 %244, %259
	%261 = select i1 %260, i32 %244, i32 %259
	%262 = icmp ugt i32 %247, %259
	%263 = select i1 %262, i32 %247, i32 %259
	%264 = select i1 %254, i32 %263, i32 %247
	%265 = or i1 %248, %253
	%266 = and i1 %97, %254
	%267 = or i1 %250, %266
	%268 = add i32 %60, 2048
	br label %59

269:
	br i1 %63, label %270, label %272

270:
	%271 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %271
	br label %272

272:
	br i1 %64, label %273, label %275

273:
	%274 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %274
	br label %275

275:
	%276 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 2
	%277 = atomicrmw umin i32 addrspace(3)* %276, i32 %61 monotonic
	%278 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 3
	%279 = atomicrmw umax i32 addrspace(3)* %278, i32 %62 monotonic
	call void @llvm.nvvm.barrier0()
	%280 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	%281 = load i32, i32 addrspace(3)* %280
	%282 = icmp ne i32 %281, 0
	%283 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	%284 = load i32, i32 addrspace(3)* %283
	%285 = icmp eq i32 %284, 0
	%286 = or i1 %282, %285
	br i1 %286, label %ident, label %sorts

sorts:
	%287 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 2
	%288 = load i32, i32 addrspace(3)* %287
	%289 = xor i32 %288, -1
	%290 = icmp slt i32 %289, 0
	%291 = xor i32 %289, -2147483648
	%292 = select i1 %290, i32 %291, i32 %288
	%293 = bitcast i32 %292 to float
	%294 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 3
	%295 = load i32, i32 addrspace(3)* %294
	%296 = xor i32 %295, -1
	%297 = icmp slt i32 %296, 0
	%298 = xor i32 %296, -2147483648
	%299 = select i1 %297, i32 %298, i32 %295
	%300 = bitcast i32 %299 to float
	%301 = fsub float %293, %300
	%302 = fcmp olt float %301, 0x7FF0000000000000
	br i1 %302, label %buckets, label %radix

ident:
	br label %303

303:
	%304 = phi i32 [ %0, %ident ], [ %309, %306 ]
	%305 = icmp slt i32 %304, %9
	br i1 %305, label %306, label %310

306:
	%307 = sext i32 %304 to i64
	%308 = getelementptr i32, i32* %15, i64 %307
	store i32 %304, i32* %308
	%309 = add i32 %304, 256
	br label %303

310:
	ret void

buckets:
	%311 = fdiv float 8192.0, %301
	%312 = fcmp olt float %311, 0x47EFFFFFE0000000
	%313 = select i1 %312, float %311, float 0x47EFFFFFE0000000
	%314 = add i32 %0, 0
	%315 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %314
	store i32 0, i32 addrspace(3)* %315
	%316 = add i32 %0, 256
	%317 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %316
	store i32 0, i32 addrspace(3)* %317
	%318 = add i32 %0, 512
	%319 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %318
	store i32 0, i32 addrspace(3)* %319
	%320 = add i32 %0, 768
	%321 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %320
	store i32 0, i32 addrspace(3)* %321
	%322 = add i32 %0, 1024
	%323 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %322
	store i32 0, i32 addrspace(3)* %323
	%324 = add i32 %0, 1280
	%325 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %324
	store i32 0, i32 addrspace(3)* %325
	%326 = add i32 %0, 1536
	%327 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %326
	store i32 0, i32 addrspace(3)* %327
	%328 = add i32 %0, 1792
	%329 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %328
	store i32 0, i32 addrspace(3)* %329
	%330 = add i32 %0, 2048
	%331 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %330
	store i32 0, i32 addrspace(3)* %331
	%332 = add i32 %0, 2304
	%333 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %332
	store i32 0, i32 addrspace(3)* %333
	%334 = add i32 %0, 2560
	%335 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %334
	store i32 0, i32 addrspace(3)* %335
	%336 = add i32 %0, 2816
	%337 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %336
	store i32 0, i32 addrspace(3)* %337
	%338 = add i32 %0, 3072
	%339 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %338
	store i32 0, i32 addrspace(3)* %339
	%340 = add i32 %0, 3328
	%341 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %340
	store i32 0, i32 addrspace(3)* %341
	%342 = add i32 %0, 3584
	%343 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %342
	store i32 0, i32 addrspace(3)* %343
	%344 = add i32 %0, 3840
	%345 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %344
	store i32 0, i32 addrspace(3)* %345
	%346 = add i32 %0, u0x1000
	%347 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %346
	store i32 0, i32 addrspace(3)* %347
	%348 = add i32 %0, u0x1100
	%349 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %348
	store i32 0, i32 addrspace(3)* %349
	%350 = add i32 %0, 4608
	%351 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %350
	store i32 0, i32 addrspace(3)* %351
	%352 = add i32 %0, 4864
	%353 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %352
	store i32 0, i32 addrspace(3)* %353
	%354 = add i32 %0, 5120
	%355 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %354
	store i32 0, i32 addrspace(3)* %355
	%356 = add i32 %0, 5376
	%357 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %356
	store i32 0, i32 addrspace(3)* %357
	%358 = add i32 %0, 5632
	%359 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %358
	store i32 0, i32 addrspace(3)* %359
	%360 = add i32 %0, 5888
	%361 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %360
	store i32 0, i32 addrspace(3)* %361
	%362 = add i32 %0, 6144
	%363 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %362
	store i32 0, i32 addrspace(3)* %363
	%364 = add i32 %0, 6400
	%365 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %364
	store i32 0, i32 addrspace(3)* %365
	%366 = add i32 %0, 6656
	%367 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %366
	store i32 0, i32 addrspace(3)* %367
	%368 = add i32 %0, 6912
	%369 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %368
	store i32 0, i32 addrspace(3)* %369
	%370 = add i32 %0, 7168
	%371 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %370
	store i32 0, i32 addrspace(3)* %371
	%372 = add i32 %0, 7424
	%373 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %372
	store i32 0, i32 addrspace(3)* %373
	%374 = add i32 %0, 7680
	%375 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %374
	store i32 0, i32 addrspace(3)* %375
	%376 = add i32 %0, 7936
	%377 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %376
	store i32 0, i32 addrspace(3)* %377
	call void @llvm.nvvm.barrier0()
	br label %378

378:
	%379 = phi i32 [ %0, %buckets ], [ %511, %381 ]
	%380 = icmp slt i32 %379, %9
	br i1 %380, label %381, label %512

381:
	%382 = sub i32 %9, 1
	%383 = add i32 %379, 0
	%384 = icmp slt i32 %383, %9
	%385 = icmp slt i32 %383, %382
	%386 = select i1 %385, i32 %383, i32 %382
	%387 = add i32 %379, 256
	%388 = icmp slt i32 %387, %9
	%389 = icmp slt i32 %387, %382
	%390 = select i1 %389, i32 %387, i32 %382
	%391 = add i32 %379, 512
	%392 = icmp slt i32 %391, %9
	%393 = icmp slt i32 %391, %382
	%394 = select i1 %393, i32 %391, i32 %382
	%395 = add i32 %379, 768
	%396 = icmp slt i32 %395, %9
	%397 = icmp slt i32 %395, %382
	%398 = select i1 %397, i32 %395, i32 %382
	%399 = add i32 %379, 1024
	%400 = icmp slt i32 %399, %9
	%401 = icmp slt i32 %399, %382
	%402 = select i1 %401, i32 %399, i32 %382
	%403 = add i32 %379, 1280
	%404 = icmp slt i32 %403, %9
	%405 = icmp slt i32 %403, %382
	%406 = select i1 %405, i32 %403, i32 %382
	%407 = add i32 %379, 1536
	%408 = icmp slt i32 %407, %9
	%409 = icmp slt i32 %407, %382
	%410 = select i1 %409, i32 %407, i32 %382
	%411 = add i32 %379, 1792
	%412 = icmp slt i32 %411, %9
	%413 = icmp slt i32 %411, %382
	%414 = select i1 %413, i32 %411, i32 %382
	%415 = sext i32 %386 to i64
	%416 = getelementptr i32, i32* %44, i64 %415
	%417 = load i32, i32* %416
	%418 = bitcast i32 %417 to float
	%419 = sext i32 %390 to i64
	%420 = getelementptr i32, i32* %44, i64 %419
	%421 = load i32, i32* %420
	%422 = bitcast i32 %421 to float
	%423 = sext i32 %394 to i64
	%424 = getelementptr i32, i32* %44, i64 %423
	%425 = load i32, i32* %424
	%426 = bitcast i32 %425 to float
	%427 = sext i32 %398 to i64
	%428 = getelementptr i32, i32* %44, i64 %427
	%429 = load i32, i32* %428
	%430 = bitcast i32 %429 to float
	%431 = sext i32 %402 to i64
	%432 = getelementptr i32, i32* %44, i64 %431
	%433 = load i32, i32* %432
	%434 = bitcast i32 %433 to float
	%435 = sext i32 %406 to i64
	%436 = getelementptr i32, i32* %44, i64 %435
	%437 = load i32, i32* %436
	%438 = bitcast i32 %437 to float
	%439 = sext i32 %410 to i64
	%440 = getelementptr i32, i32* %44, i64 %439
	%441 = load i32, i32* %440
	%442 = bitcast i32 %441 to float
	%443 = sext i32 %414 to i64
	%444 = getelementptr i32, i32* %44, i64 %443
	%445 = load i32, i32* %444
	%446 = bitcast i32 %445 to float
	%447 = fsub float %293, %418
	%448 = fmul float %447, %313
	%449 = fcmp olt float %448, 8191.0
	%450 = select i1 %449, float %448, float 8191.0
	%451 = fptoui float %450 to i32
	%452 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %451
	%453 = zext i1 %384 to i32
	%454 = atomicrmw add i32 addrspace(3)* %452, i32 %453 monotonic
	%455 = fsub float %293, %422
	%456 = fmul float %455, %313
	%457 = fcmp olt float %456, 8191.0
	%458 = select i1 %457, float %456, float 8191.0
	%459 = fptoui float %458 to i32
	%460 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %459
	%461 = zext i1 %388 to i32
	%462 = atomicrmw add i32 addrspace(3)* %460, i32 %461 monotonic
	%463 = fsub float %293, %426
	%464 = fmul float %463, %313
	%465 = fcmp olt float %464, 8191.0
	%466 = select i1 %465, float %464, float 8191.0
	%467 = fptoui float %466 to i32
	%468 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %467
	%469 = zext i1 %392 to i32
	%470 = atomicrmw add i32 addrspace(3)* %468, i32 %469 monotonic
	%471 = fsub float %293, %430
	%472 = fmul float %471, %313
	%473 = fcmp olt float %472, 8191.0
	%474 = select i1 %473, float %472, float 8191.0
	%475 = fptoui float %474 to i32
	%476 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %475
	%477 = zext i1 %396 to i32
	%478 = atomicrmw add i32 addrspace(3)* %476, i32 %477 monotonic
	%479 = fsub float %293, %434
	%480 = fmul float %479, %313
	%481 = fcmp olt float %480, 8191.0
	%482 = select i1 %481, float %480, float 8191.0
	%483 = fptoui float %482 to i32
	%484 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %483
	%485 = zext i1 %400 to i32
	%486 = atomicrmw add i32 addrspace(3)* %484, i32 %485 monotonic
	%487 = fsub float %293, %438
	%488 = fmul float %487, %313
	%489 = fcmp olt float %488, 8191.0
	%490 = select i1 %489, float %488, float 8191.0
	%491 = fptoui float %490 to i32
	%492 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %491
	%493 = zext i1 %404 to i32
	%494 = atomicrmw add i32 addrspace(3)* %492, i32 %493 monotonic
	%495 = fsub float %293, %442
	%496 = fmul float %495, %313
	%497 = fcmp olt float %496, 8191.0
	%498 = select i1 %497, float %496, float 8191.0
	%499 = fptoui float %498 to i32
	%500 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %499
	%501 = zext i1 %408 to i32
	%502 = atomicrmw add i32 addrspace(3)* %500, i32 %501 monotonic
	%503 = fsub float %293, %446
	%504 = fmul float %503, %313
	%505 = fcmp olt float %504, 8191.0
	%506 = select i1 %505, float %504, float 8191.0
	%507 = fptoui float %506 to i32
	%508 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %507
	%509 = zext i1 %412 to i32
	%510 = atomicrmw add i32 addrspace(3)* %508, i32 %509 monotonic
	%511 = add i32 %379, 2048
	br label %378

512:
	call void @llvm.nvvm.barrier0()
	%513 = mul i32 %0, 32
	%514 = add i32 %513, 0
	%515 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %514
	%516 = load i32, i32 addrspace(3)* %515
	%517 = add i32 0, %516
	%518 = sitofp i32 %516 to float
	%519 = fmul float %518, %518
	%520 = fadd float 0.0, %519
	%521 = add i32 %513, 1
	%522 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %521
	%523 = load i32, i32 addrspace(3)* %522
	%524 = add i32 %517, %523
	%525 = sitofp i32 %523 to float
	%526 = fmul float %525, %525
	%527 = fadd float %520, %526
	%528 = add i32 %513, 2
	%529 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %528
	%530 = load i32, i32 addrspace(3)* %529
	%531 = add i32 %524, %530
	%532 = sitofp i32 %530 to float
	%533 = fmul float %532, %532
	%534 = fadd float %527, %533
	%535 = add i32 %513, 3
	%536 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %535
	%537 = load i32, i32 addrspace(3)* %536
	%538 = add i32 %531, %537
	%539 = sitofp i32 %537 to float
	%540 = fmul float %539, %539
	%541 = fadd float %534, %540
	%542 = add i32 %513, 4
	%543 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %542
	%544 = load i32, i32 addrspace(3)* %543
	%545 = add i32 %538, %544
	%546 = sitofp i32 %544 to float
	%547 = fmul float %546, %546
	%548 = fadd float %541, %547
	%549 = add i32 %513, 5
	%550 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %549
	%551 = load i32, i32 addrspace(3)* %550
	%552 = add i32 %545, %551
	%553 = sitofp i32 %551 to float
	%554 = fmul float %553, %553
	%555 = fadd float %548, %554
	%556 = add i32 %513, 6
	%557 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %556
	%558 = load i32, i32 addrspace(3)* %557
	%559 = add i32 %552, %558
	%560 = sitofp i32 %558 to float
	%561 = fmul float %560, %560
	%562 = fadd float %555, %561
	%563 = add i32 %513, 7
	%564 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %563
	%565 = load i32, i32 addrspace(3)* %564
	%566 = add i32 %559, %565
	%567 = sitofp i32 %565 to float
	%568 = fmul float %567, %567
	%569 = fadd float %562, %568
	%570 = add i32 %513, 8
	%571 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %570
	%572 = load i32, i32 addrspace(3)* %571
	%573 = add i32 %566, %572
	%574 = sitofp i32 %572 to float
	%575 = fmul float %574, %574
	%576 = fadd float %569, %575
	%577 = add i32 %513, 9
	%578 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %577
	%579 = load i32, i32 addrspace(3)* %578
	%580 = add i32 %573, %579
	%581 = sitofp i32 %579 to float
	%582 = fmul float %581, %581
	%583 = fadd float %576, %582
	%584 = add i32 %513, 10
	%585 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %584
	%586 = load i32, i32 addrspace(3)* %585
	%587 = add i32 %580, %586
	%588 = sitofp i32 %586 to float
	%589 = fmul float %588, %588
	%590 = fadd float %583, %589
	%591 = add i32 %513, 11
	%592 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %591
	%593 = load i32, i32 addrspace(3)* %592
	%594 = add i32 %587, %593
	%595 = sitofp i32 %593 to float
	%596 = fmul float %595, %595
	%597 = fadd float %590, %596
	%598 = add i32 %513, 12
	%599 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %598
	%600 = load i32, i32 addrspace(3)* %599
	%601 = add i32 %594, %600
	%602 = sitofp i32 %600 to float
	%603 = fmul float %602, %602
	%604 = fadd float %597, %603
	%605 = add i32 %513, 13
	%606 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %605
	%607 = load i32, i32 addrspace(3)* %606
	%608 = add i32 %601, %607
	%609 = sitofp i32 %607 to float
	%610 = fmul float %609, %609
	%611 = fadd float %604, %610
	%612 = add i32 %513, 14
	%613 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %612
	%614 = load i32, i32 addrspace(3)* %613
	%615 = add i32 %608, %614
	%616 = sitofp i32 %614 to float
	%617 = fmul float %616, %616
	%618 = fadd float %611, %617
	%619 = add i32 %513, 15
	%620 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %619
	%621 = load i32, i32 addrspace(3)* %620
	%622 = add i32 %615, %621
	%623 = sitofp i32 %621 to float
	%624 = fmul float %623, %623
	%625 = fadd float %618, %624
	%626 = add i32 %513, 16
	%627 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %626
	%628 = load i32, i32 addrspace(3)* %627
	%629 = add i32 %622, %628
	%630 = sitofp i32 %628 to float
	%631 = fmul float %630, %630
	%632 = fadd float %625, %631
	%633 = add i32 %513, 17
	%634 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %633
	%635 = load i32, i32 addrspace(3)* %634
	%636 = add i32 %629, %635
	%637 = sitofp i32 %635 to float
	%638 = fmul float %637, %637
	%639 = fadd float %632, %638
	%640 = add i32 %513, 18
	%641 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %640
	%642 = load i32, i32 addrspace(3)* %641
	%643 = add i32 %636, %642
	%644 = sitofp i32 %642 to float
	%645 = fmul float %644, %644
	%646 = fadd float %639, %645
	%647 = add i32 %513, 19
	%648 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %647
	%649 = load i32, i32 addrspace(3)* %648
	%650 = add i32 %643, %649
	%651 = sitofp i32 %649 to float
	%652 = fmul float %651, %651
	%653 = fadd float %646, %652
	%654 = add i32 %513, 20
	%655 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %654
	%656 = load i32, i32 addrspace(3)* %655
	%657 = add i32 %650, %656
	%658 = sitofp i32 %656 to float
	%659 = fmul float %658, %658
	%660 = fadd float %653, %659
	%661 = add i32 %513, 21
	%662 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %661
	%663 = load i32, i32 addrspace(3)* %662
	%664 = add i32 %657, %663
	%665 = sitofp i32 %663 to float
	%666 = fmul float %665, %665
	%667 = fadd float %660, %666
	%668 = add i32 %513, 22
	%669 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %668
	%670 = load i32, i32 addrspace(3)* %669
	%671 = add i32 %664, %670
	%672 = sitofp i32 %670 to float
	%673 = fmul float %672, %672
	%674 = fadd float %667, %673
	%675 = add i32 %513, 23
	%676 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %675
	%677 = load i32, i32 addrspace(3)* %676
	%678 = add i32 %671, %677
	%679 = sitofp i32 %677 to float
	%680 = fmul float %679, %679
	%681 = fadd float %674, %680
	%682 = add i32 %513, 24
	%683 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %682
	%684 = load i32, i32 addrspace(3)* %683
	%685 = add i32 %678, %684
	%686 = sitofp i32 %684 to float
	%687 = fmul float %686, %686
	%688 = fadd float %681, %687
	%689 = add i32 %513, 25
	%690 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %689
	%691 = load i32, i32 addrspace(3)* %690
	%692 = add i32 %685, %691
	%693 = sitofp i32 %691 to float
	%694 = fmul float %693, %693
	%695 = fadd float %688, %694
	%696 = add i32 %513, 26
	%697 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %696
	%698 = load i32, i32 addrspace(3)* %697
	%699 = add i32 %692, %698
	%700 = sitofp i32 %698 to float
	%701 = fmul float %700, %700
	%702 = fadd float %695, %701
	%703 = add i32 %513, 27
	%704 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %703
	%705 = load i32, i32 addrspace(3)* %704
	%706 = add i32 %699, %705
	%707 = sitofp i32 %705 to float
	%708 = fmul float %707, %707
	%709 = fadd float %702, %708
	%710 = add i32 %513, 28
	%711 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %710
	%712 = load i32, i32 addrspace(3)* %711
	%713 = add i32 %706, %712
	%714 = sitofp i32 %712 to float
	%715 = fmul float %714, %714
	%716 = fadd float %709, %715
	%717 = add i32 %513, 29
	%718 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %717
	%719 = load i32, i32 addrspace(3)* %718
	%720 = add i32 %713, %719
	%721 = sitofp i32 %719 to float
	%722 = fmul float %721, %721
	%723 = fadd float %716, %722
	%724 = add i32 %513, 30
	%725 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %724
	%726 = load i32, i32 addrspace(3)* %725
	%727 = add i32 %720, %726
	%728 = sitofp i32 %726 to float
	%729 = fmul float %728, %728
	%730 = fadd float %723, %729
	%731 = add i32 %513, 31
	%732 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %731
	%733 = load i32, i32 addrspace(3)* %732
	%734 = add i32 %727, %733
	%735 = sitofp i32 %733 to float
	%736 = fmul float %735, %735
	%737 = fadd float %730, %736
	%738 = and i32 %0, 31
	%739 = lshr i32 %0, 5
	%740 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %734, i32 1, i32 0)
	%741 = icmp uge i32 %738, 1
	%742 = select i1 %741, i32 %740, i32 0
	%743 = add i32 %734, %742
	%744 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %743, i32 2, i32 0)
	%745 = icmp uge i32 %738, 2
	%746 = select i1 %745, i32 %744, i32 0
	%747 = add i32 %743, %746
	%748 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %747, i32 4, i32 0)
	%749 = icmp uge i32 %738, 4
	%750 = select i1 %749, i32 %748, i32 0
	%751 = add i32 %747, %750
	%752 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %751, i32 8, i32 0)
	%753 = icmp uge i32 %738, 8
	%754 = select i1 %753, i32 %752, i32 0
	%755 = add i32 %751, %754
	%756 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %755, i32 16, i32 0)
	%757 = icmp uge i32 %738, 16
	%758 = select i1 %757, i32 %756, i32 0
	%759 = add i32 %755, %758
	%760 = icmp eq i32 %738, 31
	br i1 %760, label %761, label %763

761:
	%762 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %739
	store i32 %759, i32 addrspace(3)* %762
	br label %763

763:
	call void @llvm.nvvm.barrier0()
	%764 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 0
	%765 = load i32, i32 addrspace(3)* %764
	%766 = icmp sgt i32 %739, 0
	%767 = select i1 %766, i32 %765, i32 0
	%768 = add i32 0, %767
	%769 = add i32 0, %765
	%770 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 1
	%771 = load i32, i32 addrspace(3)* %770
	%772 = icmp sgt i32 %739, 1
	%773 = select i1 %772, i32 %771, i32 0
	%774 = add i32 %768, %773
	%775 = add i32 %769, %771
	%776 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 2
	%777 = load i32, i32 addrspace(3)* %776
	%778 = icmp sgt i32 %739, 2
	%779 = select i1 %778, i32 %777, i32 0
	%780 = add i32 %774, %779
	%781 = add i32 %775, %777
	%782 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 3
	%783 = load i32, i32 addrspace(3)* %782
	%784 = icmp sgt i32 %739, 3
	%785 = select i1 %784, i32 %783, i32 0
	%786 = add i32 %780, %785
	%787 = add i32 %781, %783
	%788 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 4
	%789 = load i32, i32 addrspace(3)* %788
	%790 = icmp sgt i32 %739, 4
	%791 = select i1 %790, i32 %789, i32 0
	%792 = add i32 %786, %791
	%793 = add i32 %787, %789
	%794 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 5
	%795 = load i32, i32 addrspace(3)* %794
	%796 = icmp sgt i32 %739, 5
	%797 = select i1 %796, i32 %795, i32 0
	%798 = add i32 %792, %797
	%799 = add i32 %793, %795
	%800 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 6
	%801 = load i32, i32 addrspace(3)* %800
	%802 = icmp sgt i32 %739, 6
	%803 = select i1 %802, i32 %801, i32 0
	%804 = add i32 %798, %803
	%805 = add i32 %799, %801
	%806 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 7
	%807 = load i32, i32 addrspace(3)* %806
	%808 = icmp sgt i32 %739, 7
	%809 = select i1 %808, i32 %807, i32 0
	%810 = add i32 %804, %809
	%811 = add i32 %805, %807
	%812 = add i32 %810, %759
	%813 = sub i32 %812, %734
	%814 = add i32 %513, 0
	%815 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %814
	store i32 %813, i32 addrspace(3)* %815
	%816 = add i32 %813, %516
	%817 = add i32 %513, 1
	%818 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %817
	store i32 %816, i32 addrspace(3)* %818
	%819 = add i32 %816, %523
	%820 = add i32 %513, 2
	%821 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %820
	store i32 %819, i32 addrspace(3)* %821
	%822 = add i32 %819, %530
	%823 = add i32 %513, 3
	%824 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %823
	store i32 %822, i32 addrspace(3)* %824
	%825 = add i32 %822, %537
	%826 = add i32 %513, 4
	%827 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %826
	store i32 %825, i32 addrspace(3)* %827
	%828 = add i32 %825, %544
	%829 = add i32 %513, 5
	%830 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %829
	store i32 %828, i32 addrspace(3)* %830
	%831 = add i32 %828, %551
	%832 = add i32 %513, 6
	%833 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %832
	store i32 %831, i32 addrspace(3)* %833
	%834 = add i32 %831, %558
	%835 = add i32 %513, 7
	%836 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %835
	store i32 %834, i32 addrspace(3)* %836
	%837 = add i32 %834, %565
	%838 = add i32 %513, 8
	%839 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %838
	store i32 %837, i32 addrspace(3)* %839
	%840 = add i32 %837, %572
	%841 = add i32 %513, 9
	%842 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %841
	store i32 %840, i32 addrspace(3)* %842
	%843 = add i32 %840, %579
	%844 = add i32 %513, 10
	%845 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %844
	store i32 %843, i32 addrspace(3)* %845
	%846 = add i32 %843, %586
	%847 = add i32 %513, 11
	%848 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %847
	store i32 %846, i32 addrspace(3)* %848
	%849 = add i32 %846, %593
	%850 = add i32 %513, 12
	%851 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %850
	store i32 %849, i32 addrspace(3)* %851
	%852 = add i32 %849, %600
	%853 = add i32 %513, 13
	%854 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %853
	store i32 %852, i32 addrspace(3)* %854
	%855 = add i32 %852, %607
	%856 = add i32 %513, 14
	%857 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %856
	store i32 %855, i32 addrspace(3)* %857
	%858 = add i32 %855, %614
	%859 = add i32 %513, 15
	%860 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %859
	store i32 %858, i32 addrspace(3)* %860
	%861 = add i32 %858, %621
	%862 = add i32 %513, 16
	%863 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %862
	store i32 %861, i32 addrspace(3)* %863
	%864 = add i32 %861, %628
	%865 = add i32 %513, 17
	%866 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %865
	store i32 %864, i32 addrspace(3)* %866
	%867 = add i32 %864, %635
	%868 = add i32 %513, 18
	%869 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %868
	store i32 %867, i32 addrspace(3)* %869
	%870 = add i32 %867, %642
	%871 = add i32 %513, 19
	%872 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %871
	store i32 %870, i32 addrspace(3)* %872
	%873 = add i32 %870, %649
	%874 = add i32 %513, 20
	%875 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %874
	store i32 %873, i32 addrspace(3)* %875
	%876 = add i32 %873, %656
	%877 = add i32 %513, 21
	%878 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %877
	store i32 %876, i32 addrspace(3)* %878
	%879 = add i32 %876, %663
	%880 = add i32 %513, 22
	%881 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %880
	store i32 %879, i32 addrspace(3)* %881
	%882 = add i32 %879, %670
	%883 = add i32 %513, 23
	%884 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %883
	store i32 %882, i32 addrspace(3)* %884
	%885 = add i32 %882, %677
	%886 = add i32 %513, 24
	%887 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %886
	store i32 %885, i32 addrspace(3)* %887
	%888 = add i32 %885, %684
	%889 = add i32 %513, 25
	%890 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %889
	store i32 %888, i32 addrspace(3)* %890
	%891 = add i32 %888, %691
	%892 = add i32 %513, 26
	%893 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %892
	store i32 %891, i32 addrspace(3)* %893
	%894 = add i32 %891, %698
	%895 = add i32 %513, 27
	%896 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %895
	store i32 %894, i32 addrspace(3)* %896
	%897 = add i32 %894, %705
	%898 = add i32 %513, 28
	%899 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %898
	store i32 %897, i32 addrspace(3)* %899
	%900 = add i32 %897, %712
	%901 = add i32 %513, 29
	%902 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %901
	store i32 %900, i32 addrspace(3)* %902
	%903 = add i32 %900, %719
	%904 = add i32 %513, 30
	%905 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %904
	store i32 %903, i32 addrspace(3)* %905
	%906 = add i32 %903, %726
	%907 = add i32 %513, 31
	%908 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %907
	store i32 %906, i32 addrspace(3)* %908
	%909 = add i32 %906, %733
	%910 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %737, i32 16, i32 31)
	%911 = fadd float %737, %910
	%912 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %911, i32 8, i32 31)
	%913 = fadd float %911, %912
	%914 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %913, i32 4, i32 31)
	%915 = fadd float %913, %914
	%916 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %915, i32 2, i32 31)
	%917 = fadd float %915, %916
	%918 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %917, i32 1, i32 31)
	%919 = fadd float %917, %918
	%920 = lshr i32 %0, 5
	%921 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%922 = icmp eq i32 %921, 0
	%923 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 %920
	br i1 %922, label %924, label %925

924:
	store float %919, float addrspace(3)* %923
	br label %925

925:
	call void @llvm.nvvm.barrier0()
	%926 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 0
	%927 = load float, float addrspace(3)* %926
	%928 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 1
	%929 = load float, float addrspace(3)* %928
	%930 = fadd float %927, %929
	%931 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 2
	%932 = load float, float addrspace(3)* %931
	%933 = fadd float %930, %932
	%934 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 3
	%935 = load float, float addrspace(3)* %934
	%936 = fadd float %933, %935
	%937 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 4
	%938 = load float, float addrspace(3)* %937
	%939 = fadd float %936, %938
	%940 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 5
	%941 = load float, float addrspace(3)* %940
	%942 = fadd float %939, %941
	%943 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 6
	%944 = load float, float addrspace(3)* %943
	%945 = fadd float %942, %944
	%946 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 7
	%947 = load float, float addrspace(3)* %946
	%948 = fadd float %945, %947
	%949 = sitofp i32 %9 to float
	%950 = fmul float %949, 64.0
	%951 = fcmp ole float %948, %950
	br i1 %951, label %scatter, label %radix

scatter:
	br label %952

952:
	%953 = phi i32 [ %0, %scatter ], [ %1182, %1181 ]
	%954 = icmp slt i32 %953, %9
	br i1 %954, label %955, label %1021

955:
	%956 = sub i32 %9, 1
	%957 = add i32 %953, 0
	%958 = icmp slt i32 %957, %9
	%959 = icmp slt i32 %957, %956
	%960 = select i1 %959, i32 %957, i32 %956
	%961 = add i32 %953, 256
	%962 = icmp slt i32 %961, %9
	%963 = icmp slt i32 %961, %956
	%964 = select i1 %963, i32 %961, i32 %956
	%965 = add i32 %953, 512
	%966 = icmp slt i32 %965, %9
	%967 = icmp slt i32 %965, %956
	%968 = select i1 %967, i32 %965, i32 %956
	%969 = add i32 %953, 768
	%970 = icmp slt i32 %969, %9
	%971 = icmp slt i32 %969, %956
	%972 = select i1 %971, i32 %969, i32 %956
	%973 = add i32 %953, 1024
	%974 = icmp slt i32 %973, %9
	%975 = icmp slt i32 %973, %956
	%976 = select i1 %975, i32 %973, i32 %956
	%977 = add i32 %953, 1280
	%978 = icmp slt i32 %977, %9
	%979 = icmp slt i32 %977, %956
	%980 = select i1 %979, i32 %977, i32 %956
	%981 = add i32 %953, 1536
	%982 = icmp slt i32 %981, %9
	%983 = icmp slt i32 %981, %956
	%984 = select i1 %983, i32 %981, i32 %956
	%985 = add i32 %953, 1792
	%986 = icmp slt i32 %985, %9
	%987 = icmp slt i32 %985, %956
	%988 = select i1 %987, i32 %985, i32 %956
	%989 = sext i32 %960 to i64
	%990 = getelementptr i32, i32* %44, i64 %989
	%991 = load i32, i32* %990
	%992 = bitcast i32 %991 to float
	%993 = sext i32 %964 to i64
	%994 = getelementptr i32, i32* %44, i64 %993
	%995 = load i32, i32* %994
	%996 = bitcast i32 %995 to float
	%997 = sext i32 %968 to i64
	%998 = getelementptr i32, i32* %44, i64 %997
	%999 = load i32, i32* %998
	%1000 = bitcast i32 %999 to float
	%1001 = sext i32 %972 to i64
	%1002 = getelementptr i32, i32* %44, i64 %1001
	%1003 = load i32, i32* %1002
	%1004 = bitcast i32 %1003 to float
	%1005 = sext i32 %976 to i64
	%1006 = getelementptr i32, i32* %44, i64 %1005
	%1007 = load i32, i32* %1006
	%1008 = bitcast i32 %1007 to float
	%1009 = sext i32 %980 to i64
	%1010 = getelementptr i32, i32* %44, i64 %1009
	%1011 = load i32, i32* %1010
	%1012 = bitcast i32 %1011 to float
	%1013 = sext i32 %984 to i64
	%1014 = getelementptr i32, i32* %44, i64 %1013
	%1015 = load i32, i32* %1014
	%1016 = bitcast i32 %1015 to float
	%1017 = sext i32 %988 to i64
	%1018 = getelementptr i32, i32* %44, i64 %1017
	%1019 = load i32, i32* %1018
	%1020 = bitcast i32 %1019 to float
	br i1 %958, label %1022, label %1041

1021:
	call void @llvm.nvvm.barrier0()
	br label %1183

1022:
	%1023 = fsub float %293, %992
	%1024 = fmul float %1023, %313
	%1025 = fcmp olt float %1024, 8191.0
	%1026 = select i1 %1025, float %1024, float 8191.0
	%1027 = fptoui float %1026 to i32
	%1028 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1027
	%1029 = atomicrmw add i32 addrspace(3)* %1028, i32 1 monotonic
	%1030 = bitcast float %992 to i32
	%1031 = icmp slt i32 %1030, 0
	%1032 = select i1 %1031, i32 -1, i32 -2147483648
	%1033 = xor i32 %1030, %1032
	%1034 = xor i32 %1033, -1
	%1035 = zext i32 %1034 to i64
	%1036 = shl i64 %1035, 32
	%1037 = zext i32 %957 to i64
	%1038 = or i64 %1036, %1037
	%1039 = sext i32 %1029 to i64
	%1040 = getelementptr i64, i64* %51, i64 %1039
	store i64 %1038, i64* %1040
	br label %1041

1041:
	br i1 %962, label %1042, label %1061

1042:
	%1043 = fsub float %293, %996
	%1044 = fmul float %1043, %313
	%1045 = fcmp olt float %1044, 8191.0
	%1046 = select i1 %1045, float %1044, float 8191.0
	%1047 = fptoui float %1046 to i32
	%1048 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1047
	%1049 = atomicrmw add i32 addrspace(3)* %1048, i32 1 monotonic
	%1050 = bitcast float %996 to i32
	%1051 = icmp slt i32 %1050, 0
	%1052 = select i1 %1051, i32 -1, i32 -2147483648
	%1053 = xor i32 %1050, %1052
	%1054 = xor i32 %1053, -1
	%1055 = zext i32 %1054 to i64
	%1056 = shl i64 %1055, 32
	%1057 = zext i32 %961 to i64
	%1058 = or i64 %1056, %1057
	%1059 = sext i32 %1049 to i64
	%1060 = getelementptr i64, i64* %51, i64 %1059
	store i64 %1058, i64* %1060
	br label %1061

1061:
	br i1 %966, label %1062, label %1081

1062:
	%1063 = fsub float %293, %1000
	%1064 = fmul float %1063, %313
	%1065 = fcmp olt float %1064, 8191.0
	%1066 = select i1 %1065, float %1064, float 8191.0
	%1067 = fptoui float %1066 to i32
	%1068 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1067
	%1069 = atomicrmw add i32 addrspace(3)* %1068, i32 1 monotonic
	%1070 = bitcast float %1000 to i32
	%1071 = icmp slt i32 %1070, 0
	%1072 = select i1 %1071, i32 -1, i32 -2147483648
	%1073 = xor i32 %1070, %1072
	%1074 = xor i32 %1073, -1
	%1075 = zext i32 %1074 to i64
	%1076 = shl i64 %1075, 32
	%1077 = zext i32 %965 to i64
	%1078 = or i64 %1076, %1077
	%1079 = sext i32 %1069 to i64
	%1080 = getelementptr i64, i64* %51, i64 %1079
	store i64 %1078, i64* %1080
	br label %1081

1081:
	br i1 %970, label %1082, label %1101

1082:
	%1083 = fsub float %293, %1004
	%1084 = fmul float %1083, %313
	%1085 = fcmp olt float %1084, 8191.0
	%1086 = select i1 %1085, float %1084, float 8191.0
	%1087 = fptoui float %1086 to i32
	%1088 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1087
	%1089 = atomicrmw add i32 addrspace(3)* %1088, i32 1 monotonic
	%1090 = bitcast float %1004 to i32
	%1091 = icmp slt i32 %1090, 0
	%1092 = select i1 %1091, i32 -1, i32 -2147483648
	%1093 = xor i32 %1090, %1092
	%1094 = xor i32 %1093, -1
	%1095 = zext i32 %1094 to i64
	%1096 = shl i64 %1095, 32
	%1097 = zext i32 %969 to i64
	%1098 = or i64 %1096, %1097
	%1099 = sext i32 %1089 to i64
	%1100 = getelementptr i64, i64* %51, i64 %1099
	store i64 %1098, i64* %1100
	br label %1101

1101:
	br i1 %974, label %1102, label %1121

1102:
	%1103 = fsub float %293, %1008
	%1104 = fmul float %1103, %313
	%1105 = fcmp olt float %1104, 8191.0
	%1106 = select i1 %1105, float %1104, float 8191.0
	%1107 = fptoui float %1106 to i32
	%1108 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1107
	%1109 = atomicrmw add i32 addrspace(3)* %1108, i32 1 monotonic
	%1110 = bitcast float %1008 to i32
	%1111 = icmp slt i32 %1110, 0
	%1112 = select i1 %1111, i32 -1, i32 -2147483648
	%1113 = xor i32 %1110, %1112
	%1114 = xor i32 %1113, -1
	%1115 = zext i32 %1114 to i64
	%1116 = shl i64 %1115, 32
	%1117 = zext i32 %973 to i64
	%1118 = or i64 %1116, %1117
	%1119 = sext i32 %1109 to i64
	%1120 = getelementptr i64, i64* %51, i64 %1119
	store i64 %1118, i64* %1120
	br label %1121

1121:
	br i1 %978, label %1122, label %1141

1122:
	%1123 = fsub float %293, %1012
	%1124 = fmul float %1123, %313
	%1125 = fcmp olt float %1124, 8191.0
	%1126 = select i1 %1125, float %1124, float 8191.0
	%1127 = fptoui float %1126 to i32
	%1128 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1127
	%1129 = atomicrmw add i32 addrspace(3)* %1128, i32 1 monotonic
	%1130 = bitcast float %1012 to i32
	%1131 = icmp slt i32 %1130, 0
	%1132 = select i1 %1131, i32 -1, i32 -2147483648
	%1133 = xor i32 %1130, %1132
	%1134 = xor i32 %1133, -1
	%1135 = zext i32 %1134 to i64
	%1136 = shl i64 %1135, 32
	%1137 = zext i32 %977 to i64
	%1138 = or i64 %1136, %1137
	%1139 = sext i32 %1129 to i64
	%1140 = getelementptr i64, i64* %51, i64 %1139
	store i64 %1138, i64* %1140
	br label %1141

1141:
	br i1 %982, label %1142, label %1161

1142:
	%1143 = fsub float %293, %1016
	%1144 = fmul float %1143, %313
	%1145 = fcmp olt float %1144, 8191.0
	%1146 = select i1 %1145, float %1144, float 8191.0
	%1147 = fptoui float %1146 to i32
	%1148 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1147
	%1149 = atomicrmw add i32 addrspace(3)* %1148, i32 1 monotonic
	%1150 = bitcast float %1016 to i32
	%1151 = icmp slt i32 %1150, 0
	%1152 = select i1 %1151, i32 -1, i32 -2147483648
	%1153 = xor i32 %1150, %1152
	%1154 = xor i32 %1153, -1
	%1155 = zext i32 %1154 to i64
	%1156 = shl i64 %1155, 32
	%1157 = zext i32 %981 to i64
	%1158 = or i64 %1156, %1157
	%1159 = sext i32 %1149 to i64
	%1160 = getelementptr i64, i64* %51, i64 %1159
	store i64 %1158, i64* %1160
	br label %1161

1161:
	br i1 %986, label %1162, label %1181

1162:
	%1163 = fsub float %293, %1020
	%1164 = fmul float %1163, %313
	%1165 = fcmp olt float %1164, 8191.0
	%1166 = select i1 %1165, float %1164, float 8191.0
	%1167 = fptoui float %1166 to i32
	%1168 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1167
	%1169 = atomicrmw add i32 addrspace(3)* %1168, i32 1 monotonic
	%1170 = bitcast float %1020 to i32
	%1171 = icmp slt i32 %1170, 0
	%1172 = select i1 %1171, i32 -1, i32 -2147483648
	%1173 = xor i32 %1170, %1172
	%1174 = xor i32 %1173, -1
	%1175 = zext i32 %1174 to i64
	%1176 = shl i64 %1175, 32
	%1177 = zext i32 %985 to i64
	%1178 = or i64 %1176, %1177
	%1179 = sext i32 %1169 to i64
	%1180 = getelementptr i64, i64* %51, i64 %1179
	store i64 %1178, i64* %1180
	br label %1181

1181:
	%1182 = add i32 %953, 2048
	br label %952

1183:
	%1184 = phi i32 [ %0, %1021 ], [ %1267, %1263 ]
	%1185 = icmp slt i32 %1184, %9
	br i1 %1185, label %1186, label %1205

1186:
	%1187 = sext i32 %1184 to i64
	%1188 = getelementptr i64, i64* %51, i64 %1187
	%1189 = load i64, i64* %1188
	%1190 = lshr i64 %1189, 32
	%1191 = trunc i64 %1190 to i32
	%1192 = xor i32 %1191, -1
	%1193 = icmp slt i32 %1192, 0
	%1194 = xor i32 %1192, -2147483648
	%1195 = select i1 %1193, i32 %1194, i32 %1191
	%1196 = bitcast i32 %1195 to float
	%1197 = fsub float %293, %1196
	%1198 = fmul float %1197, %313
	%1199 = fcmp olt float %1198, 8191.0
	%1200 = select i1 %1199, float %1198, float 8191.0
	%1201 = fptoui float %1200 to i32
	%1202 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1201
	%1203 = load i32, i32 addrspace(3)* %1202
	%1204 = icmp sgt i32 %1201, 0
	br i1 %1204, label %1206, label %1210

1205:
	ret void

1206:
	%1207 = sub i32 %1201, 1
	%1208 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1207
	%1209 = load i32, i32 addrspace(3)* %1208
	br label %1210

1210:
	%1211 = phi i32 [ 0, %1186 ], [ %1209, %1206 ]
	br label %1212

1212:
	%1213 = phi i32 [ %1211, %1210 ], [ %1262, %1216 ]
	%1214 = phi i32 [ %1211, %1210 ], [ %1261, %1216 ]
	%1215 = icmp slt i32 %1213, %1203
	br i1 %1215, label %1216, label %1263

1216:
	%1217 = sub i32 %1203, 1
	%1218 = add i32 %1213, 0
	%1219 = icmp slt i32 %1218, %1203
	%1220 = icmp slt i32 %1218, %1217
	%1221 = select i1 %1220, i32 %1218, i32 %1217
	%1222 = add i32 %1213, 1
	%1223 = icmp slt i32 %1222, %1203
	%1224 = icmp slt i32 %1222, %1217
	%1225 = select i1 %1224, i32 %1222, i32 %1217
	%1226 = add i32 %1213, 2
	%1227 = icmp slt i32 %1226, %1203
	%1228 = icmp slt i32 %1226, %1217
	%1229 = select i1 %1228, i32 %1226, i32 %1217
	%1230 = add i32 %1213, 3
	%1231 = icmp slt i32 %1230, %1203
	%1232 = icmp slt i32 %1230, %1217
	%1233 = select i1 %1232, i32 %1230, i32 %1217
	%1234 = sext i32 %1221 to i64
	%1235 = getelementptr i64, i64* %51, i64 %1234
	%1236 = load i64, i64* %1235
	%1237 = sext i32 %1225 to i64
	%1238 = getelementptr i64, i64* %51, i64 %1237
	%1239 = load i64, i64* %1238
	%1240 = sext i32 %1229 to i64
	%1241 = getelementptr i64, i64* %51, i64 %1240
	%1242 = load i64, i64* %1241
	%1243 = sext i32 %1233 to i64
	%1244 = getelementptr i64, i64* %51, i64 %1243
	%1245 = load i64, i64* %1244
	%1246 = icmp ult i64 %1236, %1189
	%1247 = and i1 %1219, %1246
	%1248 = zext i1 %1247 to i32
	%1249 = add i32 %1214, %1248
	%1250 = icmp ult i64 %1239, %1189
	%1251 = and i1 %1223, %1250
	%1252 = zext i1 %1251 to i32
	%1253 = add i32 %1249, %1252
	%1254 = icmp ult i64 %1242, %1189
	%1255 = and i1 %1227, %1254
	%1256 = zext i1 %1255 to i32
	%1257 = add i32 %1253, %1256
	%1258 = icmp ult i64 %1245, %1189
	%1259 = and i1 %1231, %1258
	%1260 = zext i1 %1259 to i32
	%1261 = add i32 %1257, %1260
	%1262 = add i32 %1213, 4
	br label %1212

1263:
	%1264 = trunc i64 %1189 to i32
	%1265 = sext i32 %1214 to i64
	%1266 = getelementptr i32, i32* %15, i64 %1265
	store i32 %1264, i32* %1266
	%1267 = add i32 %1184, 256
	br label %1183

1268:
	store i32 -1, i32* %15
	br label %1269

1269:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

define ptx_kernel void @s2o_permute0_radix(i32* %perm, i32* %scr, i32 %M, i32 %N) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = add i32 %M, 255
	%6 = sdiv i32 %5, 256
	%7 = mul i32 %1, 256
	%8 = icmp slt i32 %7, %N
	%9 = select i1 %8, i32 %7, i32 %N
	%10 = mul i32 %2, %6
	%11 = add i32 %10, %1
	%12 = sext i32 %11 to i64
	%13 = sext i32 %N to i64
	%14 = mul i64 %12, %13
	%15 = getelementptr i32, i32* %perm, i64 %14
	%16 = icmp sgt i32 %9, 0
	%17 = load i32, i32* %15
	%18 = icmp eq i32 %17, -1
	%19 = and i1 %16, %18
	br i1 %19, label %rank, label %done

rank:
	%20 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()
	%21 = sext i32 %6 to i64
	%22 = mul i64 256, %21
	%23 = sext i32 %6 to i64
	%24 = sub i64 %23, 1
	%25 = mul i64 %22, %24
	%26 = sdiv i64 %25, 2
	%27 = sext i32 %2 to i64
	%28 = mul i64 %27, %26
	%29 = sext i32 %1 to i64
	%30 = mul i64 256, %29
	%31 = sext i32 %1 to i64
	%32 = sub i64 %31, 1
	%33 = mul i64 %30, %32
	%34 = sdiv i64 %33, 2
	%35 = add i64 %28, %34
	%36 = sext i32 %20 to i64
	%37 = mul i64 %36, %26
	%38 = getelementptr i32, i32* %scr, i64 %35
	%39 = and i64 %37, 1
	%40 = add i64 %37, %39
	%41 = mul i64 %35, 2
	%42 = add i64 %40, %41
	%43 = getelementptr i32, i32* %scr, i64 %42
	%44 = getelementptr i32, i32* %43, i64 1
	%45 = bitcast i32* %43 to i64*
	br label %radix

done:
	ret void

radix:
	%46 = add i32 %0, 0
	%47 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %46
	store i32 0, i32 addrspace(3)* %47
	%48 = add i32 %0, 256
	%49 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %48
	store i32 0, i32 addrspace(3)* %49
	%50 = add i32 %0, 512
	%51 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %50
	store i32 0, i32 addrspace(3)* %51
	%52 = add i32 %0, 768
	%53 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %52
	store i32 0, i32 addrspace(3)* %53
	%54 = add i32 %0, 0
	%55 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %54
	store i32 0, i32 addrspace(3)* %55
	%56 = add i32 %0, 256
	%57 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %56
	store i32 0, i32 addrspace(3)* %57
	%58 = add i32 %0, 512
	%59 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %58
	store i32 0, i32 addrspace(3)* %59
	%60 = add i32 %0, 768
	%61 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %60
	store i32 0, i32 addrspace(3)* %61
	%62 = add i32 %0, 1024
	%63 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %62
	store i32 0, i32 addrspace(3)* %63
	%64 = add i32 %0, 1280
	%65 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %64
	store i32 0, i32 addrspace(3)* %65
	%66 = add i32 %0, 1536
	%67 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %66
	store i32 0, i32 addrspace(3)* %67
	%68 = add i32 %0, 1792
	%69 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %68
	store i32 0, i32 addrspace(3)* %69
	%70 = add i32 %0, 2048
	%71 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %70
	store i32 0, i32 addrspace(3)* %71
	%72 = add i32 %0, 2304
	%73 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %72
	store i32 0, i32 addrspace(3)* %73
	%74 = add i32 %0, 2560
	%75 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %74
	store i32 0, i32 addrspace(3)* %75
	%76 = add i32 %0, 2816
	%77 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %76
	store i32 0, i32 addrspace(3)* %77
	%78 = add i32 %0, 3072
	%79 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %78
	store i32 0, i32 addrspace(3)* %79
	%80 = add i32 %0, 3328
	%81 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %80
	store i32 0, i32 addrspace(3)* %81
	%82 = add i32 %0, 3584
	%83 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %82
	store i32 0, i32 addrspace(3)* %83
	%84 = add i32 %0, 3840
	%85 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %84
	store i32 0, i32 addrspace(3)* %85
	call void @llvm.nvvm.barrier0()
	br label %86

86:
	%87 = phi i32 [ %0, %radix ], [ %123, %89 ]
	%88 = icmp slt i32 %87, %9
	br i1 %88, label %89, label %124

89:
	%90 = sext i32 %87 to i64
	%91 = getelementptr i32, i32* %38, i64 %90
	%92 = load i32, i32* %91
	%93 = bitcast i32 %92 to float
	%94 = bitcast float %93 to i32
	%95 = icmp slt i32 %94, 0
	%96 = select i1 %95, i32 -1, i32 -2147483648
	%97 = xor i32 %94, %96
	%98 = xor i32 %97, -1
	%99 = sext i32 %87 to i64
	%100 = getelementptr i32, i32* %38, i64 %99
	store i32 %98, i32* %100
	%101 = sext i32 %87 to i64
	%102 = getelementptr i32, i32* %15, i64 %101
	store i32 %87, i32* %102
	%103 = lshr i32 %98, 0
	%104 = and i32 %103, 255
	%105 = add i32 %104, 0
	%106 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %105
	%107 = atomicrmw add i32 addrspace(3)* %106, i32 1 monotonic
	%108 = lshr i32 %98, 8
	%109 = and i32 %108, 255
	%110 = add i32 %109, 256
	%111 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %110
	%112 = atomicrmw add i32 addrspace(3)* %111, i32 1 monotonic
	%113 = lshr i32 %98, 16
	%114 = and i32 %113, 255
	%115 = add i32 %114, 512
	%116 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %115
	%117 = atomicrmw add i32 addrspace(3)* %116, i32 1 monotonic
	%118 = lshr i32 %98, 24
	%119 = and i32 %118, 255
	%120 = add i32 %119, 768
	%121 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %120
	%122 = atomicrmw add i32 addrspace(3)* %121, i32 1 monotonic
	%123 = add i32 %87, 256
	br label %86

124:
	call void @llvm.nvvm.barrier0()
	%125 = icmp ult i32 %4, 4
	br i1 %125, label %126, label %207

126:
	%127 = mul i32 %4, 256
	%128 = mul i32 %3, 8
	%129 = add i32 %127, %128
	%130 = add i32 %129, 0
	%131 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %130
	%132 = load i32, i32 addrspace(3)* %131
	%133 = add i32 0, %132
	%134 = add i32 %129, 1
	%135 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %134
	%136 = load i32, i32 addrspace(3)* %135
	%137 = add i32 %133, %136
	%138 = add i32 %129, 2
	%139 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %138
	%140 = load i32, i32 addrspace(3)* %139
	%141 = add i32 %137, %140
	%142 = add i32 %129, 3
	%143 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %142
	%144 = load i32, i32 addrspace(3)* %143
	%145 = add i32 %141, %144
	%146 = add i32 %129, 4
	%147 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %146
	%148 = load i32, i32 addrspace(3)* %147
	%149 = add i32 %145, %148
	%150 = add i32 %129, 5
	%151 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %150
	%152 = load i32, i32 addrspace(3)* %151
	%153 = add i32 %149, %152
	%154 = add i32 %129, 6
	%155 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %154
	%156 = load i32, i32 addrspace(3)* %155
	%157 = add i32 %153, %156
	%158 = add i32 %129, 7
	%159 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %158
	%160 = load i32, i32 addrspace(3)* %159
	%161 = add i32 %157, %160
	%162 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %161, i32 1, i32 0)
	%163 = icmp uge i32 %3, 1
	%164 = select i1 %163, i32 %162, i32 0
	%165 = add i32 %161, %164
	%166 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %165, i32 2, i32 0)
	%167 = icmp uge i32 %3, 2
	%168 = select i1 %167, i32 %166, i32 0
	%169 = add i32 %165, %168
	%170 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %169, i32 4, i32 0)
	%171 = icmp uge i32 %3, 4
	%172 = select i1 %171, i32 %170, i32 0
	%173 = add i32 %169, %172
	%174 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %173, i32 8, i32 0)
	%175 = icmp uge i32 %3, 8
	%176 = select i1 %175, i32 %174, i32 0
	%177 = add i32 %173, %176
	%178 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %177, i32 16, i32 0)
	%179 = icmp uge i32 %3, 16
	%180 = select i1 %179, i32 %178, i32 0
	%181 = add i32 %177, %180
	%182 = sub i32 %181, %161
	%183 = add i32 %129, 0
	%184 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %183
	store i32 %182, i32 addrspace(3)* %184
	%185 = add i32 %182, %132
	%186 = add i32 %129, 1
	%187 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %186
	store i32 %185, i32 addrspace(3)* %187
	%188 = add i32 %185, %136
	%189 = add i32 %129, 2
	%190 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %189
	store i32 %188, i32 addrspace(3)* %190
	%191 = add i32 %188, %140
	%192 = add i32 %129, 3
	%193 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %192
	store i32 %191, i32 addrspace(3)* %193
	%194 = add i32 %191, %144
	%195 = add i32 %129, 4
	%196 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %195
	store i32 %194, i32 addrspace(3)* %196
	%197 = add i32 %194, %148
	%198 = add i32 %129, 5
	%199 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %198
	store i32 %197, i32 addrspace(3)* %199
	%200 = add i32 %197, %152
	%201 = add i32 %129, 6
	%202 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %201
	store i32 %200, i32 addrspace(3)* %202
	%203 = add i32 %200, %156
	%204 = add i32 %129, 7
	%205 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %204
	store i32 %203, i32 addrspace(3)* %205
	%206 = add i32 %203, %160
	br label %207

207:
	call void @llvm.nvvm.barrier0()
	%208 = shl i32 1, %3
	%209 = sub i32 %208, 1
	br label %210

210:
	%211 = phi i32 [ 0, %207 ], [ %1008, %1001 ]
	%212 = icmp slt i32 %211, %9
	br i1 %212, label %213, label %219

213:
	%214 = mul i32 %4, 256
	%215 = add i32 %214, %3
	%216 = add i32 %211, %215
	%217 = add i32 %216, 0
	%218 = icmp slt i32 %217, %9
	br i1 %218, label %220, label %227

219:
	call void @llvm.nvvm.barrier0()
	br label %1009

220:
	%221 = sext i32 %217 to i64
	%222 = getelementptr i32, i32* %38, i64 %221
	%223 = load i32, i32* %222
	%224 = sext i32 %217 to i64
	%225 = getelementptr i32, i32* %15, i64 %224
	%226 = load i32, i32* %225
	br label %227

227:
	%228 = phi i32 [ 0, %213 ], [ %223, %220 ]
	%229 = phi i32 [ 0, %213 ], [ %226, %220 ]
	%230 = lshr i32 %228, 0
	%231 = and i32 %230, 255
	%232 = add i32 %216, 32
	%233 = icmp slt i32 %232, %9
	br i1 %233, label %234, label %241

234:
	%235 = sext i32 %232 to i64
	%236 = getelementptr i32, i32* %38, i64 %235
	%237 = load i32, i32* %236
	%238 = sext i32 %232 to i64
	%239 = getelementptr i32, i32* %15, i64 %238
	%240 = load i32, i32* %239
	br label %241

241:
	%242 = phi i32 [ 0, %227 ], [ %237, %234 ]
	%243 = phi i32 [ 0, %227 ], [ %240, %234 ]
	%244 = lshr i32 %242, 0
	%245 = and i32 %244, 255
	%246 = add i32 %216, 64
	%247 = icmp slt i32 %246, %9
	br i1 %247, label %248, label %255

248:
	%249 = sext i32 %246 to i64
	%250 = getelementptr i32, i32* %38, i64 %249
	%251 = load i32, i32* %250
	%252 = sext i32 %246 to i64
	%253 = getelementptr i32, i32* %15, i64 %252
	%254 = load i32, i32* %253
	br label %255

255:
	%256 = phi i32 [ 0, %241 ], [ %251, %248 ]
	%257 = phi i32 [ 0, %241 ], [ %254, %248 ]
	%258 = lshr i32 %256, 0
	%259 = and i32 %258, 255
	%260 = add i32 %216, 96
	%261 = icmp slt i32 %260, %9
	br i1 %261, label %262, label %269

262:
	%263 = sext i32 %260 to i64
	%264 = getelementptr i32, i32* %38, i64 %263
	%265 = load i32, i32* %264
	%266 = sext i32 %260 to i64
	%267 = getelementptr i32, i32* %15, i64 %266
	%268 = load i32, i32* %267
	br label %269

269:
	%270 = phi i32 [ 0, %255 ], [ %265, %262 ]
	%271 = phi i32 [ 0, %255 ], [ %268, %262 ]
	%272 = lshr i32 %270, 0
	%273 = and i32 %272, 255
	%274 = add i32 %216, 128
	%275 = icmp slt i32 %274, %9
	br i1 %275, label %276, label %283

276:
	%277 = sext i32 %274 to i64
	%278 = getelementptr i32, i32* %38, i64 %277
	%279 = load i32, i32* %278
	%280 = sext i32 %274 to i64
	%281 = getelementptr i32, i32* %15, i64 %280
	%282 = load i32, i32* %281
	br label %283

283:
	%284 = phi i32 [ 0, %269 ], [ %279, %276 ]
	%285 = phi i32 [ 0, %269 ], [ %282, %276 ]
	%286 = lshr i32 %284, 0
	%287 = and i32 %286, 255
	%288 = add i32 %216, 160
	%289 = icmp slt i32 %288, %9
	br i1 %289, label %290, label %297

290:
	%291 = sext i32 %288 to i64
	%292 = getelementptr i32, i32* %38, i64 %291
	%293 = load i32, i32* %292
	%294 = sext i32 %288 to i64
	%295 = getelementptr i32, i32* %15, i64 %294
	%296 = load i32, i32* %295
	br label %297

297:
	%298 = phi i32 [ 0, %283 ], [ %293, %290 ]
	%299 = phi i32 [ 0, %283 ], [ %296, %290 ]
	%300 = lshr i32 %298, 0
	%301 = and i32 %300, 255
	%302 = add i32 %216, 192
	%303 = icmp slt i32 %302, %9
	br i1 %303, label %304, label %311

304:
	%305 = sext i32 %302 to i64
	%306 = getelementptr i32, i32* %38, i64 %305
	%307 = load i32, i32* %306
	%308 = sext i32 %302 to i64
	%309 = getelementptr i32, i32* %15, i64 %308
	%310 = load i32, i32* %309
	br label %311

311:
	%312 = phi i32 [ 0, %297 ], [ %307, %304 ]
	%313 = phi i32 [ 0, %297 ], [ %310, %304 ]
	%314 = lshr i32 %312, 0
	%315 = and i32 %314, 255
	%316 = add i32 %216, 224
	%317 = icmp slt i32 %316, %9
	br i1 %317, label %318, label %325

318:
	%319 = sext i32 %316 to i64
	%320 = getelementptr i32, i32* %38, i64 %319
	%321 = load i32, i32* %320
	%322 = sext i32 %316 to i64
	%323 = getelementptr i32, i32* %15, i64 %322
	%324 = load i32, i32* %323
	br label %325

325:
	%326 = phi i32 [ 0, %311 ], [ %321, %318 ]
	%327 = phi i32 [ 0, %311 ], [ %324, %318 ]
	%328 = lshr i32 %326, 0
	%329 = and i32 %328, 255
	%330 = select i1 %218, i32 %231, i32 256
	%331 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %330)
	%332 = and i32 %331, %209
	%333 = call i32 @llvm.ctpop.i32(i32 %332)
	br i1 %218, label %334, label %339

334:
	%335 = mul i32 %4, 256
	%336 = add i32 %335, %231
	%337 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %336
	%338 = load i32, i32 addrspace(3)* %337
	br label %339

339:
	%340 = phi i32 [ 0, %325 ], [ %338, %334 ]
	%341 = add i32 %340, %333
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%342 = icmp eq i32 %333, 0
	%343 = and i1 %218, %342
	br i1 %343, label %344, label %350

344:
	%345 = call i32 @llvm.ctpop.i32(i32 %331)
	%346 = add i32 %340, %345
	%347 = mul i32 %4, 256
	%348 = add i32 %347, %231
	%349 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %348
	store i32 %346, i32 addrspace(3)* %349
	br label %350

350:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%351 = select i1 %233, i32 %245, i32 256
	%352 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %351)
	%353 = and i32 %352, %209
	%354 = call i32 @llvm.ctpop.i32(i32 %353)
	br i1 %233, label %355, label %360

355:
	%356 = mul i32 %4, 256
	%357 = add i32 %356, %245
	%358 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %357
	%359 = load i32, i32 addrspace(3)* %358
	br label %360

360:
	%361 = phi i32 [ 0, %350 ], [ %359, %355 ]
	%362 = add i32 %361, %354
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%363 = icmp eq i32 %354, 0
	%364 = and i1 %233, %363
	br i1 %364, label %365, label %371

365:
	%366 = call i32 @llvm.ctpop.i32(i32 %352)
	%367 = add i32 %361, %366
	%368 = mul i32 %4, 256
	%369 = add i32 %368, %245
	%370 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %369
	store i32 %367, i32 addrspace(3)* %370
	br label %371

371:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%372 = select i1 %247, i32 %259, i32 256
	%373 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %372)
	%374 = and i32 %373, %209
	%375 = call i32 @llvm.ctpop.i32(i32 %374)
	br i1 %247, label %376, label %381

376:
	%377 = mul i32 %4, 256
	%378 = add i32 %377, %259
	%379 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %378
	%380 = load i32, i32 addrspace(3)* %379
	br label %381

381:
	%382 = phi i32 [ 0, %371 ], [ %380, %376 ]
	%383 = add i32 %382, %375
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%384 = icmp eq i32 %375, 0
	%385 = and i1 %247, %384
	br i1 %385, label %386, label %392

386:
	%387 = call i32 @llvm.ctpop.i32(i32 %373)
	%388 = add i32 %382, %387
	%389 = mul i32 %4, 256
	%390 = add i32 %389, %259
	%391 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %390
	store i32 %388, i32 addrspace(3)* %391
	br label %392

392:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%393 = select i1 %261, i32 %273, i32 256
	%394 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %393)
	%395 = and i32 %394, %209
	%396 = call i32 @llvm.ctpop.i32(i32 %395)
	br i1 %261, label %397, label %402

397:
	%398 = mul i32 %4, 256
	%399 = add i32 %398, %273
	%400 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %399
	%401 = load i32, i32 addrspace(3)* %400
	br label %402

402:
	%403 = phi i32 [ 0, %392 ], [ %401, %397 ]
	%404 = add i32 %403, %396
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%405 = icmp eq i32 %396, 0
	%406 = and i1 %261, %405
	br i1 %406, label %407, label %413

407:
	%408 = call i32 @llvm.ctpop.i32(i32 %394)
	%409 = add i32 %403, %408
	%410 = mul i32 %4, 256
	%411 = add i32 %410, %273
	%412 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %411
	store i32 %409, i32 addrspace(3)* %412
	br label %413

413:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%414 = select i1 %275, i32 %287, i32 256
	%415 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %414)
	%416 = and i32 %415, %209
	%417 = call i32 @llvm.ctpop.i32(i32 %416)
	br i1 %275, label %418, label %423

418:
	%419 = mul i32 %4, 256
	%420 = add i32 %419, %287
	%421 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %420
	%422 = load i32, i32 addrspace(3)* %421
	br label %423

423:
	%424 = phi i32 [ 0, %413 ], [ %422, %418 ]
	%425 = add i32 %424, %417
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%426 = icmp eq i32 %417, 0
	%427 = and i1 %275, %426
	br i1 %427, label %428, label %434

428:
	%429 = call i32 @llvm.ctpop.i32(i32 %415)
	%430 = add i32 %424, %429
	%431 = mul i32 %4, 256
	%432 = add i32 %431, %287
	%433 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %432
	store i32 %430, i32 addrspace(3)* %433
	br label %434

434:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%435 = select i1 %289, i32 %301, i32 256
	%436 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %435)
	%437 = and i32 %436, %209
	%438 = call i32 @llvm.ctpop.i32(i32 %437)
	br i1 %289, label %439, label %444

439:
	%440 = mul i32 %4, 256
	%441 = add i32 %440, %301
	%442 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %441
	%443 = load i32, i32 addrspace(3)* %442
	br label %444

444:
	%445 = phi i32 [ 0, %434 ], [ %443, %439 ]
	%446 = add i32 %445, %438
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%447 = icmp eq i32 %438, 0
	%448 = and i1 %289, %447
	br i1 %448, label %449, label %455

449:
	%450 = call i32 @llvm.ctpop.i32(i32 %436)
	%451 = add i32 %445, %450
	%452 = mul i32 %4, 256
	%453 = add i32 %452, %301
	%454 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %453
	store i32 %451, i32 addrspace(3)* %454
	br label %455

455:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%456 = select i1 %303, i32 %315, i32 256
	%457 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %456)
	%458 = and i32 %457, %209
	%459 = call i32 @llvm.ctpop.i32(i32 %458)
	br i1 %303, label %460, label %465

460:
	%461 = mul i32 %4, 256
	%462 = add i32 %461, %315
	%463 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %462
	%464 = load i32, i32 addrspace(3)* %463
	br label %465

465:
	%466 = phi i32 [ 0, %455 ], [ %464, %460 ]
	%467 = add i32 %466, %459
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%468 = icmp eq i32 %459, 0
	%469 = and i1 %303, %468
	br i1 %469, label %470, label %476

470:
	%471 = call i32 @llvm.ctpop.i32(i32 %457)
	%472 = add i32 %466, %471
	%473 = mul i32 %4, 256
	%474 = add i32 %473, %315
	%475 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %474
	store i32 %472, i32 addrspace(3)* %475
	br label %476

476:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%477 = select i1 %317, i32 %329, i32 256
	%478 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %477)
	%479 = and i32 %478, %209
	%480 = call i32 @llvm.ctpop.i32(i32 %479)
	br i1 %317, label %481, label %486

481:
	%482 = mul i32 %4, 256
	%483 = add i32 %482, %329
	%484 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %483
	%485 = load i32, i32 addrspace(3)* %484
	br label %486

486:
	%487 = phi i32 [ 0, %476 ], [ %485, %481 ]
	%488 = add i32 %487, %480
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%489 = icmp eq i32 %480, 0
	%490 = and i1 %317, %489
	br i1 %490, label %491, label %497

491:
	%492 = call i32 @llvm.ctpop.i32(i32 %478)
	%493 = add i32 %487, %492
	%494 = mul i32 %4, 256
	%495 = add i32 %494, %329
	%496 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %495
	store i32 %493, i32 addrspace(3)* %496
	br label %497

497:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%498 = mul i32 0, 256
	%499 = add i32 %498, %0
	%500 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %499
	%501 = load i32, i32 addrspace(3)* %500
	%502 = mul i32 0, 256
	%503 = add i32 %502, %0
	%504 = add i32 2048, %503
	%505 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %504
	store i32 0, i32 addrspace(3)* %505
	%506 = mul i32 0, 256
	%507 = add i32 %506, %0
	%508 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %507
	store i32 0, i32 addrspace(3)* %508
	%509 = add i32 0, %501
	%510 = mul i32 1, 256
	%511 = add i32 %510, %0
	%512 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %511
	%513 = load i32, i32 addrspace(3)* %512
	%514 = mul i32 1, 256
	%515 = add i32 %514, %0
	%516 = add i32 2048, %515
	%517 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %516
	store i32 %509, i32 addrspace(3)* %517
	%518 = mul i32 1, 256
	%519 = add i32 %518, %0
	%520 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %519
	store i32 0, i32 addrspace(3)* %520
	%521 = add i32 %509, %513
	%522 = mul i32 2, 256
	%523 = add i32 %522, %0
	%524 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %523
	%525 = load i32, i32 addrspace(3)* %524
	%526 = mul i32 2, 256
	%527 = add i32 %526, %0
	%528 = add i32 2048, %527
	%529 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %528
	store i32 %521, i32 addrspace(3)* %529
	%530 = mul i32 2, 256
	%531 = add i32 %530, %0
	%532 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %531
	store i32 0, i32 addrspace(3)* %532
	%533 = add i32 %521, %525
	%534 = mul i32 3, 256
	%535 = add i32 %534, %0
	%536 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %535
	%537 = load i32, i32 addrspace(3)* %536
	%538 = mul i32 3, 256
	%539 = add i32 %538, %0
	%540 = add i32 2048, %539
	%541 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %540
	store i32 %533, i32 addrspace(3)* %541
	%542 = mul i32 3, 256
	%543 = add i32 %542, %0
	%544 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %543
	store i32 0, i32 addrspace(3)* %544
	%545 = add i32 %533, %537
	%546 = mul i32 4, 256
	%547 = add i32 %546, %0
	%548 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %547
	%549 = load i32, i32 addrspace(3)* %548
	%550 = mul i32 4, 256
	%551 = add i32 %550, %0
	%552 = add i32 2048, %551
	%553 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %552
	store i32 %545, i32 addrspace(3)* %553
	%554 = mul i32 4, 256
	%555 = add i32 %554, %0
	%556 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %555
	store i32 0, i32 addrspace(3)* %556
	%557 = add i32 %545, %549
	%558 = mul i32 5, 256
	%559 = add i32 %558, %0
	%560 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %559
	%561 = load i32, i32 addrspace(3)* %560
	%562 = mul i32 5, 256
	%563 = add i32 %562, %0
	%564 = add i32 2048, %563
	%565 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %564
	store i32 %557, i32 addrspace(3)* %565
	%566 = mul i32 5, 256
	%567 = add i32 %566, %0
	%568 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %567
	store i32 0, i32 addrspace(3)* %568
	%569 = add i32 %557, %561
	%570 = mul i32 6, 256
	%571 = add i32 %570, %0
	%572 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %571
	%573 = load i32, i32 addrspace(3)* %572
	%574 = mul i32 6, 256
	%575 = add i32 %574, %0
	%576 = add i32 2048, %575
	%577 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %576
	store i32 %569, i32 addrspace(3)* %577
	%578 = mul i32 6, 256
	%579 = add i32 %578, %0
	%580 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %579
	store i32 0, i32 addrspace(3)* %580
	%581 = add i32 %569, %573
	%582 = mul i32 7, 256
	%583 = add i32 %582, %0
	%584 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %583
	%585 = load i32, i32 addrspace(3)* %584
	%586 = mul i32 7, 256
	%587 = add i32 %586, %0
	%588 = add i32 2048, %587
	%589 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %588
	store i32 %581, i32 addrspace(3)* %589
	%590 = mul i32 7, 256
	%591 = add i32 %590, %0
	%592 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %591
	store i32 0, i32 addrspace(3)* %592
	%593 = add i32 %581, %585
	call void @llvm.nvvm.barrier0()
	%594 = select i1 %218, i32 %231, i32 0
	%595 = mul i32 %4, 256
	%596 = add i32 %595, %594
	%597 = add i32 2048, %596
	%598 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %597
	%599 = load i32, i32 addrspace(3)* %598
	%600 = add i32 %341, %599
	%601 = select i1 %233, i32 %245, i32 0
	%602 = mul i32 %4, 256
	%603 = add i32 %602, %601
	%604 = add i32 2048, %603
	%605 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %604
	%606 = load i32, i32 addrspace(3)* %605
	%607 = add i32 %362, %606
	%608 = select i1 %247, i32 %259, i32 0
	%609 = mul i32 %4, 256
	%610 = add i32 %609, %608
	%611 = add i32 2048, %610
	%612 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %611
	%613 = load i32, i32 addrspace(3)* %612
	%614 = add i32 %383, %613
	%615 = select i1 %261, i32 %273, i32 0
	%616 = mul i32 %4, 256
	%617 = add i32 %616, %615
	%618 = add i32 2048, %617
	%619 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %618
	%620 = load i32, i32 addrspace(3)* %619
	%621 = add i32 %404, %620
	%622 = select i1 %275, i32 %287, i32 0
	%623 = mul i32 %4, 256
	%624 = add i32 %623, %622
	%625 = add i32 2048, %624
	%626 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %625
	%627 = load i32, i32 addrspace(3)* %626
	%628 = add i32 %425, %627
	%629 = select i1 %289, i32 %301, i32 0
	%630 = mul i32 %4, 256
	%631 = add i32 %630, %629
	%632 = add i32 2048, %631
	%633 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %632
	%634 = load i32, i32 addrspace(3)* %633
	%635 = add i32 %446, %634
	%636 = select i1 %303, i32 %315, i32 0
	%637 = mul i32 %4, 256
	%638 = add i32 %637, %636
	%639 = add i32 2048, %638
	%640 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %639
	%641 = load i32, i32 addrspace(3)* %640
	%642 = add i32 %467, %641
	%643 = select i1 %317, i32 %329, i32 0
	%644 = mul i32 %4, 256
	%645 = add i32 %644, %643
	%646 = add i32 2048, %645
	%647 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %646
	%648 = load i32, i32 addrspace(3)* %647
	%649 = add i32 %488, %648
	%650 = and i32 %0, 31
	%651 = lshr i32 %0, 5
	%652 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %593, i32 1, i32 0)
	%653 = icmp uge i32 %650, 1
	%654 = select i1 %653, i32 %652, i32 0
	%655 = add i32 %593, %654
	%656 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %655, i32 2, i32 0)
	%657 = icmp uge i32 %650, 2
	%658 = select i1 %657, i32 %656, i32 0
	%659 = add i32 %655, %658
	%660 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %659, i32 4, i32 0)
	%661 = icmp uge i32 %650, 4
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 %659, %662
	%664 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %663, i32 8, i32 0)
	%665 = icmp uge i32 %650, 8
	%666 = select i1 %665, i32 %664, i32 0
	%667 = add i32 %663, %666
	%668 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %667, i32 16, i32 0)
	%669 = icmp uge i32 %650, 16
	%670 = select i1 %669, i32 %668, i32 0
	%671 = add i32 %667, %670
	%672 = icmp eq i32 %650, 31
	br i1 %672, label %673, label %675

673:
	%674 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 %651
	store i32 %671, i32 addrspace(3)* %674
	br label %675

675:
	call void @llvm.nvvm.barrier0()
	%676 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 0
	%677 = load i32, i32 addrspace(3)* %676
	%678 = icmp sgt i32 %651, 0
	%679 = select i1 %678, i32 %677, i32 0
	%680 = add i32 0, %679
	%681 = add i32 0, %677
	%682 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 1
	%683 = load i32, i32 addrspace(3)* %682
	%684 = icmp sgt i32 %651, 1
	%685 = select i1 %684, i32 %683, i32 0
	%686 = add i32 %680, %685
	%687 = add i32 %681, %683
	%688 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 2
	%689 = load i32, i32 addrspace(3)* %688
	%690 = icmp sgt i32 %651, 2
	%691 = select i1 %690, i32 %689, i32 0
	%692 = add i32 %686, %691
	%693 = add i32 %687, %689
	%694 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 3
	%695 = load i32, i32 addrspace(3)* %694
	%696 = icmp sgt i32 %651, 3
	%697 = select i1 %696, i32 %695, i32 0
	%698 = add i32 %692, %697
	%699 = add i32 %693, %695
	%700 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 4
	%701 = load i32, i32 addrspace(3)* %700
	%702 = icmp sgt i32 %651, 4
	%703 = select i1 %702, i32 %701, i32 0
	%704 = add i32 %698, %703
	%705 = add i32 %699, %701
	%706 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 5
	%707 = load i32, i32 addrspace(3)* %706
	%708 = icmp sgt i32 %651, 5
	%709 = select i1 %708, i32 %707, i32 0
	%710 = add i32 %704, %709
	%711 = add i32 %705, %707
	%712 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 6
	%713 = load i32, i32 addrspace(3)* %712
	%714 = icmp sgt i32 %651, 6
	%715 = select i1 %714, i32 %713, i32 0
	%716 = add i32 %710, %715
	%717 = add i32 %711, %713
	%718 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 7
	%719 = load i32, i32 addrspace(3)* %718
	%720 = icmp sgt i32 %651, 7
	%721 = select i1 %720, i32 %719, i32 0
	%722 = add i32 %716, %721
	%723 = add i32 %717, %719
	%724 = add i32 %722, %671
	%725 = sub i32 %724, %593
	%726 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %0
	store i32 %725, i32 addrspace(3)* %726
	call void @llvm.nvvm.barrier0()
	br i1 %218, label %727, label %735

727:
	%728 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %231
	%729 = load i32, i32 addrspace(3)* %728
	%730 = add i32 %729, %600
	%731 = add i32 %730, u0x1000
	%732 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %731
	store i32 %228, i32 addrspace(3)* %732
	%733 = add i32 %730, 6144
	%734 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %733
	store i32 %229, i32 addrspace(3)* %734
	br label %735

735:
	br i1 %233, label %736, label %744

736:
	%737 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %245
	%738 = load i32, i32 addrspace(3)* %737
	%739 = add i32 %738, %607
	%740 = add i32 %739, u0x1000
	%741 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %740
	store i32 %242, i32 addrspace(3)* %741
	%742 = add i32 %739, 6144
	%743 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %742
	store i32 %243, i32 addrspace(3)* %743
	br label %744

744:
	br i1 %247, label %745, label %753

745:
	%746 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %259
	%747 = load i32, i32 addrspace(3)* %746
	%748 = add i32 %747, %614
	%749 = add i32 %748, u0x1000
	%750 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %749
	store i32 %256, i32 addrspace(3)* %750
	%751 = add i32 %748, 6144
	%752 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %751
	store i32 %257, i32 addrspace(3)* %752
	br label %753

753:
	br i1 %261, label %754, label %762

754:
	%755 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %273
	%756 = load i32, i32 addrspace(3)* %755
	%757 = add i32 %756, %621
	%758 = add i32 %757, u0x1000
	%759 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %758
	store i32 %270, i32 addrspace(3)* %759
	%760 = add i32 %757, 6144
	%761 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %760
	store i32 %271, i32 addrspace(3)* %761
	br label %762

762:
	br i1 %275, label %763, label %771

763:
	%764 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %287
	%765 = load i32, i32 addrspace(3)* %764
	%766 = add i32 %765, %628
	%767 = add i32 %766, u0x1000
	%768 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %767
	store i32 %284, i32 addrspace(3)* %768
	%769 = add i32 %766, 6144
	%770 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %769
	store i32 %285, i32 addrspace(3)* %770
	br label %771

771:
	br i1 %289, label %772, label %780

772:
	%773 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %301
	%774 = load i32, i32 addrspace(3)* %773
	%775 = add i32 %774, %635
	%776 = add i32 %775, u0x1000
	%777 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %776
	store i32 %298, i32 addrspace(3)* %777
	%778 = add i32 %775, 6144
	%779 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %778
	store i32 %299, i32 addrspace(3)* %779
	br label %780

780:
	br i1 %303, label %781, label %789

781:
	%782 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %315
	%783 = load i32, i32 addrspace(3)* %782
	%784 = add i32 %783, %642
	%785 = add i32 %784, u0x1000
	%786 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %785
	store i32 %312, i32 addrspace(3)* %786
	%787 = add i32 %784, 6144
	%788 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %787
	store i32 %313, i32 addrspace(3)* %788
	br label %789

789:
	br i1 %317, label %790, label %798

790:
	%791 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %329
	%792 = load i32, i32 addrspace(3)* %791
	%793 = add i32 %792, %649
	%794 = add i32 %793, u0x1000
	%795 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %794
	store i32 %326, i32 addrspace(3)* %795
	%796 = add i32 %793, 6144
	%797 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %796
	store i32 %327, i32 addrspace(3)* %797
	br label %798

798:
	call void @llvm.nvvm.barrier0()
	%799 = sub i32 %9, %211
	%800 = icmp slt i32 2048, %799
	%801 = select i1 %800, i32 2048, i32 %799
	%802 = add i32 0, %0
	%803 = icmp slt i32 %802, %801
	br i1 %803, label %804, label %826

804:
	%805 = add i32 %802, u0x1000
	%806 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %805
	%807 = load i32, i32 addrspace(3)* %806
	%808 = lshr i32 %807, 0
	%809 = and i32 %808, 255
	%810 = add i32 %809, 0
	%811 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %810
	%812 = load i32, i32 addrspace(3)* %811
	%813 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %809
	%814 = load i32, i32 addrspace(3)* %813
	%815 = sub i32 %802, %814
	%816 = add i32 %812, %815
	%817 = mul i32 %816, 2
	%818 = sext i32 %817 to i64
	%819 = getelementptr i32, i32* %44, i64 %818
	store i32 %807, i32* %819
	%820 = add i32 %802, 6144
	%821 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %820
	%822 = load i32, i32 addrspace(3)* %821
	%823 = mul i32 %816, 2
	%824 = sext i32 %823 to i64
	%825 = getelementptr i32, i32* %43, i64 %824
	store i32 %822, i32* %825
	br label %826

826:
	%827 = add i32 256, %0
	%828 = icmp slt i32 %827, %801
	br i1 %828, label %829, label %851

829:
	%830 = add i32 %827, u0x1000
	%831 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %830
	%832 = load i32, i32 addrspace(3)* %831
	%833 = lshr i32 %832, 0
	%834 = and i32 %833, 255
	%835 = add i32 %834, 0
	%836 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %835
	%837 = load i32, i32 addrspace(3)* %836
	%838 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %834
	%839 = load i32, i32 addrspace(3)* %838
	%840 = sub i32 %827, %839
	%841 = add i32 %837, %840
	%842 = mul i32 %841, 2
	%843 = sext i32 %842 to i64
	%844 = getelementptr i32, i32* %44, i64 %843
	store i32 %832, i32* %844
	%845 = add i32 %827, 6144
	%846 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %845
	%847 = load i32, i32 addrspace(3)* %846
	%848 = mul i32 %841, 2
	%849 = sext i32 %848 to i64
	%850 = getelementptr i32, i32* %43, i64 %849
	store i32 %847, i32* %850
	br label %851

851:
	%852 = add i32 512, %0
	%853 = icmp slt i32 %852, %801
	br i1 %853, label %854, label %876

854:
	%855 = add i32 %852, u0x1000
	%856 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %855
	%857 = load i32, i32 addrspace(3)* %856
	%858 = lshr i32 %857, 0
	%859 = and i32 %858, 255
	%860 = add i32 %859, 0
	%861 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %860
	%862 = load i32, i32 addrspace(3)* %861
	%863 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %859
	%864 = load i32, i32 addrspace(3)* %863
	%865 = sub i32 %852, %864
	%866 = add i32 %862, %865
	%867 = mul i32 %866, 2
	%868 = sext i32 %867 to i64
	%869 = getelementptr i32, i32* %44, i64 %868
	store i32 %857, i32* %869
	%870 = add i32 %852, 6144
	%871 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %870
	%872 = load i32, i32 addrspace(3)* %871
	%873 = mul i32 %866, 2
	%874 = sext i32 %873 to i64
	%875 = getelementptr i32, i32* %43, i64 %874
	store i32 %872, i32* %875
	br label %876

876:
	%877 = add i32 768, %0
	%878 = icmp slt i32 %877, %801
	br i1 %878, label %879, label %901

879:
	%880 = add i32 %877, u0x1000
	%881 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %880
	%882 = load i32, i32 addrspace(3)* %881
	%883 = lshr i32 %882, 0
	%884 = and i32 %883, 255
	%885 = add i32 %884, 0
	%886 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %885
	%887 = load i32, i32 addrspace(3)* %886
	%888 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %884
	%889 = load i32, i32 addrspace(3)* %888
	%890 = sub i32 %877, %889
	%891 = add i32 %887, %890
	%892 = mul i32 %891, 2
	%893 = sext i32 %892 to i64
	%894 = getelementptr i32, i32* %44, i64 %893
	store i32 %882, i32* %894
	%895 = add i32 %877, 6144
	%896 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %895
	%897 = load i32, i32 addrspace(3)* %896
	%898 = mul i32 %891, 2
	%899 = sext i32 %898 to i64
	%900 = getelementptr i32, i32* %43, i64 %899
	store i32 %897, i32* %900
	br label %901

901:
	%902 = add i32 1024, %0
	%903 = icmp slt i32 %902, %801
	br i1 %903, label %904, label %926

904:
	%905 = add i32 %902, u0x1000
	%906 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %905
	%907 = load i32, i32 addrspace(3)* %906
	%908 = lshr i32 %907, 0
	%909 = and i32 %908, 255
	%910 = add i32 %909, 0
	%911 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %910
	%912 = load i32, i32 addrspace(3)* %911
	%913 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %909
	%914 = load i32, i32 addrspace(3)* %913
	%915 = sub i32 %902, %914
	%916 = add i32 %912, %915
	%917 = mul i32 %916, 2
	%918 = sext i32 %917 to i64
	%919 = getelementptr i32, i32* %44, i64 %918
	store i32 %907, i32* %919
	%920 = add i32 %902, 6144
	%921 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %920
	%922 = load i32, i32 addrspace(3)* %921
	%923 = mul i32 %916, 2
	%924 = sext i32 %923 to i64
	%925 = getelementptr i32, i32* %43, i64 %924
	store i32 %922, i32* %925
	br label %926

926:
	%927 = add i32 1280, %0
	%928 = icmp slt i32 %927, %801
	br i1 %928, label %929, label %951

929:
	%930 = add i32 %927, u0x1000
	%931 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %930
	%932 = load i32, i32 addrspace(3)* %931
	%933 = lshr i32 %932, 0
	%934 = and i32 %933, 255
	%935 = add i32 %934, 0
	%936 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %935
	%937 = load i32, i32 addrspace(3)* %936
	%938 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %934
	%939 = load i32, i32 addrspace(3)* %938
	%940 = sub i32 %927, %939
	%941 = add i32 %937, %940
	%942 = mul i32 %941, 2
	%943 = sext i32 %942 to i64
	%944 = getelementptr i32, i32* %44, i64 %943
	store i32 %932, i32* %944
	%945 = add i32 %927, 6144
	%946 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %945
	%947 = load i32, i32 addrspace(3)* %946
	%948 = mul i32 %941, 2
	%949 = sext i32 %948 to i64
	%950 = getelementptr i32, i32* %43, i64 %949
	store i32 %947, i32* %950
	br label %951

951:
	%952 = add i32 1536, %0
	%953 = icmp slt i32 %952, %801
	br i1 %953, label %954, label %976

954:
	%955 = add i32 %952, u0x1000
	%956 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %955
	%957 = load i32, i32 addrspace(3)* %956
	%958 = lshr i32 %957, 0
	%959 = and i32 %958, 255
	%960 = add i32 %959, 0
	%961 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %960
	%962 = load i32, i32 addrspace(3)* %961
	%963 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %959
	%964 = load i32, i32 addrspace(3)* %963
	%965 = sub i32 %952, %964
	%966 = add i32 %962, %965
	%967 = mul i32 %966, 2
	%968 = sext i32 %967 to i64
	%969 = getelementptr i32, i32* %44, i64 %968
	store i32 %957, i32* %969
	%970 = add i32 %952, 6144
	%971 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %970
	%972 = load i32, i32 addrspace(3)* %971
	%973 = mul i32 %966, 2
	%974 = sext i32 %973 to i64
	%975 = getelementptr i32, i32* %43, i64 %974
	store i32 %972, i32* %975
	br label %976

976:
	%977 = add i32 1792, %0
	%978 = icmp slt i32 %977, %801
	br i1 %978, label %979, label %1001

979:
	%980 = add i32 %977, u0x1000
	%981 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %980
	%982 = load i32, i32 addrspace(3)* %981
	%983 = lshr i32 %982, 0
	%984 = and i32 %983, 255
	%985 = add i32 %984, 0
	%986 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %985
	%987 = load i32, i32 addrspace(3)* %986
	%988 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %984
	%989 = load i32, i32 addrspace(3)* %988
	%990 = sub i32 %977, %989
	%991 = add i32 %987, %990
	%992 = mul i32 %991, 2
	%993 = sext i32 %992 to i64
	%994 = getelementptr i32, i32* %44, i64 %993
	store i32 %982, i32* %994
	%995 = add i32 %977, 6144
	%996 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %995
	%997 = load i32, i32 addrspace(3)* %996
	%998 = mul i32 %991, 2
	%999 = sext i32 %998 to i64
	%1000 = getelementptr i32, i32* %43, i64 %999
	store i32 %997, i32* %1000
	br label %1001

1001:
	call void @llvm.nvvm.barrier0()
	%1002 = add i32 %0, 0
	%1003 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1002
	%1004 = load i32, i32 addrspace(3)* %1003
	%1005 = add i32 %1004, %593
	%1006 = add i32 %0, 0
	%1007 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1006
	store i32 %1005, i32 addrspace(3)* %1007
	%1008 = add i32 %211, 2048
	br label %210

1009:
	%1010 = phi i32 [ 0, %219 ], [ %1807, %1800 ]
	%1011 = icmp slt i32 %1010, %9
	br i1 %1011, label %1012, label %1018

1012:
	%1013 = mul i32 %4, 256
	%1014 = add i32 %1013, %3
	%1015 = add i32 %1010, %1014
	%1016 = add i32 %1015, 0
	%1017 = icmp slt i32 %1016, %9
	br i1 %1017, label %1019, label %1028

1018:
	call void @llvm.nvvm.barrier0()
	br label %1808

1019:
	%1020 = mul i32 %1016, 2
	%1021 = sext i32 %1020 to i64
	%1022 = getelementptr i32, i32* %44, i64 %1021
	%1023 = load i32, i32* %1022
	%1024 = mul i32 %1016, 2
	%1025 = sext i32 %1024 to i64
	%1026 = getelementptr i32, i32* %43, i64 %1025
	%1027 = load i32, i32* %1026
	br label %1028

1028:
	%1029 = phi i32 [ 0, %1012 ], [ %1023, %1019 ]
	%1030 = phi i32 [ 0, %1012 ], [ %1027, %1019 ]
	%1031 = lshr i32 %1029, 8
	%1032 = and i32 %1031, 255
	%1033 = add i32 %1015, 32
	%1034 = icmp slt i32 %1033, %9
	br i1 %1034, label %1035, label %1044

1035:
	%1036 = mul i32 %1033, 2
	%1037 = sext i32 %1036 to i64
	%1038 = getelementptr i32, i32* %44, i64 %1037
	%1039 = load i32, i32* %1038
	%1040 = mul i32 %1033, 2
	%1041 = sext i32 %1040 to i64
	%1042 = getelementptr i32, i32* %43, i64 %1041
	%1043 = load i32, i32* %1042
	br label %1044

1044:
	%1045 = phi i32 [ 0, %1028 ], [ %1039, %1035 ]
	%1046 = phi i32 [ 0, %1028 ], [ %1043, %1035 ]
	%1047 = lshr i32 %1045, 8
	%1048 = and i32 %1047, 255
	%1049 = add i32 %1015, 64
	%1050 = icmp slt i32 %1049, %9
	br i1 %1050, label %1051, label %1060

1051:
	%1052 = mul i32 %1049, 2
	%1053 = sext i32 %1052 to i64
	%1054 = getelementptr i32, i32* %44, i64 %1053
	%1055 = load i32, i32* %1054
	%1056 = mul i32 %1049, 2
	%1057 = sext i32 %1056 to i64
	%1058 = getelementptr i32, i32* %43, i64 %1057
	%1059 = load i32, i32* %1058
	br label %1060

1060:
	%1061 = phi i32 [ 0, %1044 ], [ %1055, %1051 ]
	%1062 = phi i32 [ 0, %1044 ], [ %1059, %1051 ]
	%1063 = lshr i32 %1061, 8
	%1064 = and i32 %1063, 255
	%1065 = add i32 %1015, 96
	%1066 = icmp slt i32 %1065, %9
	br i1 %1066, label %1067, label %1076

1067:
	%1068 = mul i32 %1065, 2
	%1069 = sext i32 %1068 to i64
	%1070 = getelementptr i32, i32* %44, i64 %1069
	%1071 = load i32, i32* %1070
	%1072 = mul i32 %1065, 2
	%1073 = sext i32 %1072 to i64
	%1074 = getelementptr i32, i32* %43, i64 %1073
	%1075 = load i32, i32* %1074
	br label %1076

1076:
	%1077 = phi i32 [ 0, %1060 ], [ %1071, %1067 ]
	%1078 = phi i32 [ 0, %1060 ], [ %1075, %1067 ]
	%1079 = lshr i32 %1077, 8
	%1080 = and i32 %1079, 255
	%1081 = add i32 %1015, 128
	%1082 = icmp slt i32 %1081, %9
	br i1 %1082, label %1083, label %1092

1083:
	%1084 = mul i32 %1081, 2
	%1085 = sext i32 %1084 to i64
	%1086 = getelementptr i32, i32* %44, i64 %1085
	%1087 = load i32, i32* %1086
	%1088 = mul i32 %1081, 2
	%1089 = sext i32 %1088 to i64
	%1090 = getelementptr i32, i32* %43, i64 %1089
	%1091 = load i32, i32* %1090
	br label %1092

1092:
	%1093 = phi i32 [ 0, %1076 ], [ %1087, %1083 ]
	%1094 = phi i32 [ 0, %1076 ], [ %1091, %1083 ]
	%1095 = lshr i32 %1093, 8
	%1096 = and i32 %1095, 255
	%1097 = add i32 %1015, 160
	%1098 = icmp slt i32 %1097, %9
	br i1 %1098, label %1099, label %1108

1099:
	%1100 = mul i32 %1097, 2
	%1101 = sext i32 %1100 to i64
	%1102 = getelementptr i32, i32* %44, i64 %1101
	%1103 = load i32, i32* %1102
	%1104 = mul i32 %1097, 2
	%1105 = sext i32 %1104 to i64
	%1106 = getelementptr i32, i32* %43, i64 %1105
	%1107 = load i32, i32* %1106
	br label %1108

1108:
	%1109 = phi i32 [ 0, %1092 ], [ %1103, %1099 ]
	%1110 = phi i32 [ 0, %1092 ], [ %1107, %1099 ]
	%1111 = lshr i32 %1109, 8
	%1112 = and i32 %1111, 255
	%1113 = add i32 %1015, 192
	%1114 = icmp slt i32 %1113, %9
	br i1 %1114, label %1115, label %1124

1115:
	%1116 = mul i32 %1113, 2
	%1117 = sext i32 %1116 to i64
	%1118 = getelementptr i32, i32* %44, i64 %1117
	%1119 = load i32, i32* %1118
	%1120 = mul i32 %1113, 2
	%1121 = sext i32 %1120 to i64
	%1122 = getelementptr i32, i32* %43, i64 %1121
	%1123 = load i32, i32* %1122
	br label %1124

1124:
	%1125 = phi i32 [ 0, %1108 ], [ %1119, %1115 ]
	%1126 = phi i32 [ 0, %1108 ], [ %1123, %1115 ]
	%1127 = lshr i32 %1125, 8
	%1128 = and i32 %1127, 255
	%1129 = add i32 %1015, 224
	%1130 = icmp slt i32 %1129, %9
	br i1 %1130, label %1131, label %1140

1131:
	%1132 = mul i32 %1129, 2
	%1133 = sext i32 %1132 to i64
	%1134 = getelementptr i32, i32* %44, i64 %1133
	%1135 = load i32, i32* %1134
	%1136 = mul i32 %1129, 2
	%1137 = sext i32 %1136 to i64
	%1138 = getelementptr i32, i32* %43, i64 %1137
	%1139 = load i32, i32* %1138
	br label %1140

1140:
	%1141 = phi i32 [ 0, %1124 ], [ %1135, %1131 ]
	%1142 = phi i32 [ 0, %1124 ], [ %1139, %1131 ]
	%1143 = lshr i32 %1141, 8
	%1144 = and i32 %1143, 255
	%1145 = select i1 %1017, i32 %1032, i32 256
	%1146 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1145)
	%1147 = and i32 %1146, %209
	%1148 = call i32 @llvm.ctpop.i32(i32 %1147)
	br i1 %1017, label %1149, label %1154

1149:
	%1150 = mul i32 %4, 256
	%1151 = add i32 %1150, %1032
	%1152 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1151
	%1153 = load i32, i32 addrspace(3)* %1152
	br label %1154

1154:
	%1155 = phi i32 [ 0, %1140 ], [ %1153, %1149 ]
	%1156 = add i32 %1155, %1148
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1157 = icmp eq i32 %1148, 0
	%1158 = and i1 %1017, %1157
	br i1 %1158, label %1159, label %1165

1159:
	%1160 = call i32 @llvm.ctpop.i32(i32 %1146)
	%1161 = add i32 %1155, %1160
	%1162 = mul i32 %4, 256
	%1163 = add i32 %1162, %1032
	%1164 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1163
	store i32 %1161, i32 addrspace(3)* %1164
	br label %1165

1165:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1166 = select i1 %1034, i32 %1048, i32 256
	%1167 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1166)
	%1168 = and i32 %1167, %209
	%1169 = call i32 @llvm.ctpop.i32(i32 %1168)
	br i1 %1034, label %1170, label %1175

1170:
	%1171 = mul i32 %4, 256
	%1172 = add i32 %1171, %1048
	%1173 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1172
	%1174 = load i32, i32 addrspace(3)* %1173
	br label %1175

1175:
	%1176 = phi i32 [ 0, %1165 ], [ %1174, %1170 ]
	%1177 = add i32 %1176, %1169
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1178 = icmp eq i32 %1169, 0
	%1179 = and i1 %1034, %1178
	br i1 %1179, label %1180, label %1186

1180:
	%1181 = call i32 @llvm.ctpop.i32(i32 %1167)
	%1182 = add i32 %1176, %1181
	%1183 = mul i32 %4, 256
	%1184 = add i32 %1183, %1048
	%1185 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1184
	store i32 %1182, i32 addrspace(3)* %1185
	br label %1186

1186:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1187 = select i1 %1050, i32 %1064, i32 256
	%1188 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1187)
	%1189 = and i32 %1188, %209
	%1190 = call i32 @llvm.ctpop.i32(i32 %1189)
	br i1 %1050, label %1191, label %1196

1191:
	%1192 = mul i32 %4, 256
	%1193 = add i32 %1192, %1064
	%1194 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1193
	%1195 = load i32, i32 addrspace(3)* %1194
	br label %1196

1196:
	%1197 = phi i32 [ 0, %1186 ], [ %1195, %1191 ]
	%1198 = add i32 %1197, %1190
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1199 = icmp eq i32 %1190, 0
	%1200 = and i1 %1050, %1199
	br i1 %1200, label %1201, label %1207

1201:
	%1202 = call i32 @llvm.ctpop.i32(i32 %1188)
	%1203 = add i32 %1197, %1202
	%1204 = mul i32 %4, 256
	%1205 = add i32 %1204, %1064
	%1206 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1205
	store i32 %1203, i32 addrspace(3)* %1206
	br label %1207

1207:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1208 = select i1 %1066, i32 %1080, i32 256
	%1209 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1208)
	%1210 = and i32 %1209, %209
	%1211 = call i32 @llvm.ctpop.i32(i32 %1210)
	br i1 %1066, label %1212, label %1217

1212:
	%1213 = mul i32 %4, 256
	%1214 = add i32 %1213, %1080
	%1215 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1214
	%1216 = load i32, i32 addrspace(3)* %1215
	br label %1217

1217:
	%1218 = phi i32 [ 0, %1207 ], [ %1216, %1212 ]
	%1219 = add i32 %1218, %1211
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1220 = icmp eq i32 %1211, 0
	%1221 = and i1 %1066, %1220
	br i1 %1221, label %1222, label %1228

1222:
	%1223 = call i32 @llvm.ctpop.i32(i32 %1209)
	%1224 = add i32 %1218, %1223
	%1225 = mul i32 %4, 256
	%1226 = add i32 %1225, %1080
	%1227 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1226
	store i32 %1224, i32 addrspace(3)* %1227
	br label %1228

1228:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1229 = select i1 %1082, i32 %1096, i32 256
	%1230 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1229)
	%1231 = and i32 %1230, %209
	%1232 = call i32 @llvm.ctpop.i32(i32 %1231)
	br i1 %1082, label %1233, label %1238

1233:
	%1234 = mul i32 %4, 256
	%1235 = add i32 %1234, %1096
	%1236 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1235
	%1237 = load i32, i32 addrspace(3)* %1236
	br label %1238

1238:
	%1239 = phi i32 [ 0, %1228 ], [ %1237, %1233 ]
	%1240 = add i32 %1239, %1232
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1241 = icmp eq i32 %1232, 0
	%1242 = and i1 %1082, %1241
	br i1 %1242, label %1243, label %1249

1243:
	%1244 = call i32 @llvm.ctpop.i32(i32 %1230)
	%1245 = add i32 %1239, %1244
	%1246 = mul i32 %4, 256
	%1247 = add i32 %1246, %1096
	%1248 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1247
	store i32 %1245, i32 addrspace(3)* %1248
	br label %1249

1249:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1250 = select i1 %1098, i32 %1112, i32 256
	%1251 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1250)
	%1252 = and i32 %1251, %209
	%1253 = call i32 @llvm.ctpop.i32(i32 %1252)
	br i1 %1098, label %1254, label %1259

1254:
	%1255 = mul i32 %4, 256
	%1256 = add i32 %1255, %1112
	%1257 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1256
	%1258 = load i32, i32 addrspace(3)* %1257
	br label %1259

1259:
	%1260 = phi i32 [ 0, %1249 ], [ %1258, %1254 ]
	%1261 = add i32 %1260, %1253
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1262 = icmp eq i32 %1253, 0
	%1263 = and i1 %1098, %1262
	br i1 %1263, label %1264, label %1270

1264:
	%1265 = call i32 @llvm.ctpop.i32(i32 %1251)
	%1266 = add i32 %1260, %1265
	%1267 = mul i32 %4, 256
	%1268 = add i32 %1267, %1112
	%1269 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1268
	store i32 %1266, i32 addrspace(3)* %1269
	br label %1270

1270:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1271 = select i1 %1114, i32 %1128, i32 256
	%1272 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1271)
	%1273 = and i32 %1272, %209
	%1274 = call i32 @llvm.ctpop.i32(i32 %1273)
	br i1 %1114, label %1275, label %1280

1275:
	%1276 = mul i32 %4, 256
	%1277 = add i32 %1276, %1128
	%1278 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1277
	%1279 = load i32, i32 addrspace(3)* %1278
	br label %1280

1280:
	%1281 = phi i32 [ 0, %1270 ], [ %1279, %1275 ]
	%1282 = add i32 %1281, %1274
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1283 = icmp eq i32 %1274, 0
	%1284 = and i1 %1114, %1283
	br i1 %1284, label %1285, label %1291

1285:
	%1286 = call i32 @llvm.ctpop.i32(i32 %1272)
	%1287 = add i32 %1281, %1286
	%1288 = mul i32 %4, 256
	%1289 = add i32 %1288, %1128
	%1290 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1289
	store i32 %1287, i32 addrspace(3)* %1290
	br label %1291

1291:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1292 = select i1 %1130, i32 %1144, i32 256
	%1293 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1292)
	%1294 = and i32 %1293, %209
	%1295 = call i32 @llvm.ctpop.i32(i32 %1294)
	br i1 %1130, label %1296, label %1301

1296:
	%1297 = mul i32 %4, 256
	%1298 = add i32 %1297, %1144
	%1299 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1298
	%1300 = load i32, i32 addrspace(3)* %1299
	br label %1301

1301:
	%1302 = phi i32 [ 0, %1291 ], [ %1300, %1296 ]
	%1303 = add i32 %1302, %1295
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1304 = icmp eq i32 %1295, 0
	%1305 = and i1 %1130, %1304
	br i1 %1305, label %1306, label %1312

1306:
	%1307 = call i32 @llvm.ctpop.i32(i32 %1293)
	%1308 = add i32 %1302, %1307
	%1309 = mul i32 %4, 256
	%1310 = add i32 %1309, %1144
	%1311 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1310
	store i32 %1308, i32 addrspace(3)* %1311
	br label %1312

1312:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%1313 = mul i32 0, 256
	%1314 = add i32 %1313, %0
	%1315 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1314
	%1316 = load i32, i32 addrspace(3)* %1315
	%1317 = mul i32 0, 256
	%1318 = add i32 %1317, %0
	%1319 = add i32 2048, %1318
	%1320 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1319
	store i32 0, i32 addrspace(3)* %1320
	%1321 = mul i32 0, 256
	%1322 = add i32 %1321, %0
	%1323 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1322
	store i32 0, i32 addrspace(3)* %1323
	%1324 = add i32 0, %1316
	%1325 = mul i32 1, 256
	%1326 = add i32 %1325, %0
	%1327 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1326
	%1328 = load i32, i32 addrspace(3)* %1327
	%1329 = mul i32 1, 256
	%1330 = add i32 %1329, %0
	%1331 = add i32 2048, %1330
	%1332 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1331
	store i32 %1324, i32 addrspace(3)* %1332
	%1333 = mul i32 1, 256
	%1334 = add i32 %1333, %0
	%1335 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1334
	store i32 0, i32 addrspace(3)* %1335
	%1336 = add i32 %1324, %1328
	%1337 = mul i32 2, 256
	%1338 = add i32 %1337, %0
	%1339 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1338
	%1340 = load i32, i32 addrspace(3)* %1339
	%1341 = mul i32 2, 256
	%1342 = add i32 %1341, %0
	%1343 = add i32 2048, %1342
	%1344 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1343
	store i32 %1336, i32 addrspace(3)* %1344
	%1345 = mul i32 2, 256
	%1346 = add i32 %1345, %0
	%1347 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1346
	store i32 0, i32 addrspace(3)* %1347
	%1348 = add i32 %1336, %1340
	%1349 = mul i32 3, 256
	%1350 = add i32 %1349, %0
	%1351 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1350
	%1352 = load i32, i32 addrspace(3)* %1351
	%1353 = mul i32 3, 256
	%1354 = add i32 %1353, %0
	%1355 = add i32 2048, %1354
	%1356 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1355
	store i32 %1348, i32 addrspace(3)* %1356
	%1357 = mul i32 3, 256
	%1358 = add i32 %1357, %0
	%1359 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1358
	store i32 0, i32 addrspace(3)* %1359
	%1360 = add i32 %1348, %1352
	%1361 = mul i32 4, 256
	%1362 = add i32 %1361, %0
	%1363 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1362
	%1364 = load i32, i32 addrspace(3)* %1363
	%1365 = mul i32 4, 256
	%1366 = add i32 %1365, %0
	%1367 = add i32 2048, %1366
	%1368 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1367
	store i32 %1360, i32 addrspace(3)* %1368
	%1369 = mul i32 4, 256
	%1370 = add i32 %1369, %0
	%1371 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1370
	store i32 0, i32 addrspace(3)* %1371
	%1372 = add i32 %1360, %1364
	%1373 = mul i32 5, 256
	%1374 = add i32 %1373, %0
	%1375 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1374
	%1376 = load i32, i32 addrspace(3)* %1375
	%1377 = mul i32 5, 256
	%1378 = add i32 %1377, %0
	%1379 = add i32 2048, %1378
	%1380 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1379
	store i32 %1372, i32 addrspace(3)* %1380
	%1381 = mul i32 5, 256
	%1382 = add i32 %1381, %0
	%1383 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1382
	store i32 0, i32 addrspace(3)* %1383
	%1384 = add i32 %1372, %1376
	%1385 = mul i32 6, 256
	%1386 = add i32 %1385, %0
	%1387 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1386
	%1388 = load i32, i32 addrspace(3)* %1387
	%1389 = mul i32 6, 256
	%1390 = add i32 %1389, %0
	%1391 = add i32 2048, %1390
	%1392 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1391
	store i32 %1384, i32 addrspace(3)* %1392
	%1393 = mul i32 6, 256
	%1394 = add i32 %1393, %0
	%1395 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1394
	store i32 0, i32 addrspace(3)* %1395
	%1396 = add i32 %1384, %1388
	%1397 = mul i32 7, 256
	%1398 = add i32 %1397, %0
	%1399 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1398
	%1400 = load i32, i32 addrspace(3)* %1399
	%1401 = mul i32 7, 256
	%1402 = add i32 %1401, %0
	%1403 = add i32 2048, %1402
	%1404 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1403
	store i32 %1396, i32 addrspace(3)* %1404
	%1405 = mul i32 7, 256
	%1406 = add i32 %1405, %0
	%1407 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1406
	store i32 0, i32 addrspace(3)* %1407
	%1408 = add i32 %1396, %1400
	call void @llvm.nvvm.barrier0()
	%1409 = select i1 %1017, i32 %1032, i32 0
	%1410 = mul i32 %4, 256
	%1411 = add i32 %1410, %1409
	%1412 = add i32 2048, %1411
	%1413 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1412
	%1414 = load i32, i32 addrspace(3)* %1413
	%1415 = add i32 %1156, %1414
	%1416 = select i1 %1034, i32 %1048, i32 0
	%1417 = mul i32 %4, 256
	%1418 = add i32 %1417, %1416
	%1419 = add i32 2048, %1418
	%1420 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1419
	%1421 = load i32, i32 addrspace(3)* %1420
	%1422 = add i32 %1177, %1421
	%1423 = select i1 %1050, i32 %1064, i32 0
	%1424 = mul i32 %4, 256
	%1425 = add i32 %1424, %1423
	%1426 = add i32 2048, %1425
	%1427 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1426
	%1428 = load i32, i32 addrspace(3)* %1427
	%1429 = add i32 %1198, %1428
	%1430 = select i1 %1066, i32 %1080, i32 0
	%1431 = mul i32 %4, 256
	%1432 = add i32 %1431, %1430
	%1433 = add i32 2048, %1432
	%1434 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1433
	%1435 = load i32, i32 addrspace(3)* %1434
	%1436 = add i32 %1219, %1435
	%1437 = select i1 %1082, i32 %1096, i32 0
	%1438 = mul i32 %4, 256
	%1439 = add i32 %1438, %1437
	%1440 = add i32 2048, %1439
	%1441 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1440
	%1442 = load i32, i32 addrspace(3)* %1441
	%1443 = add i32 %1240, %1442
	%1444 = select i1 %1098, i32 %1112, i32 0
	%1445 = mul i32 %4, 256
	%1446 = add i32 %1445, %1444
	%1447 = add i32 2048, %1446
	%1448 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1447
	%1449 = load i32, i32 addrspace(3)* %1448
	%1450 = add i32 %1261, %1449
	%1451 = select i1 %1114, i32 %1128, i32 0
	%1452 = mul i32 %4, 256
	%1453 = add i32 %1452, %1451
	%1454 = add i32 2048, %1453
	%1455 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1454
	%1456 = load i32, i32 addrspace(3)* %1455
	%1457 = add i32 %1282, %1456
	%1458 = select i1 %1130, i32 %1144, i32 0
	%1459 = mul i32 %4, 256
	%1460 = add i32 %1459, %1458
	%1461 = add i32 2048, %1460
	%1462 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1461
	%1463 = load i32, i32 addrspace(3)* %1462
	%1464 = add i32 %1303, %1463
	%1465 = and i32 %0, 31
	%1466 = lshr i32 %0, 5
	%1467 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1408, i32 1, i32 0)
	%1468 = icmp uge i32 %1465, 1
	%1469 = select i1 %1468, i32 %1467, i32 0
	%1470 = add i32 %1408, %1469
	%1471 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1470, i32 2, i32 0)
	%1472 = icmp uge i32 %1465, 2
	%1473 = select i1 %1472, i32 %1471, i32 0
	%1474 = add i32 %1470, %1473
	%1475 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1474, i32 4, i32 0)
	%1476 = icmp uge i32 %1465, 4
	%1477 = select i1 %1476, i32 %1475, i32 0
	%1478 = add i32 %1474, %1477
	%1479 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1478, i32 8, i32 0)
	%1480 = icmp uge i32 %1465, 8
	%1481 = select i1 %1480, i32 %1479, i32 0
	%1482 = add i32 %1478, %1481
	%1483 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1482, i32 16, i32 0)
	%1484 = icmp uge i32 %1465, 16
	%1485 = select i1 %1484, i32 %1483, i32 0
	%1486 = add i32 %1482, %1485
	%1487 = icmp eq i32 %1465, 31
	br i1 %1487, label %1488, label %1490

1488:
	%1489 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 %1466
	store i32 %1486, i32 addrspace(3)* %1489
	br label %1490

1490:
	call void @llvm.nvvm.barrier0()
	%1491 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 0
	%1492 = load i32, i32 addrspace(3)* %1491
	%1493 = icmp sgt i32 %1466, 0
	%1494 = select i1 %1493, i32 %1492, i32 0
	%1495 = add i32 0, %1494
	%1496 = add i32 0, %1492
	%1497 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 1
	%1498 = load i32, i32 addrspace(3)* %1497
	%1499 = icmp sgt i32 %1466, 1
	%1500 = select i1 %1499, i32 %1498, i32 0
	%1501 = add i32 %1495, %1500
	%1502 = add i32 %1496, %1498
	%1503 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 2
	%1504 = load i32, i32 addrspace(3)* %1503
	%1505 = icmp sgt i32 %1466, 2
	%1506 = select i1 %1505, i32 %1504, i32 0
	%1507 = add i32 %1501, %1506
	%1508 = add i32 %1502, %1504
	%1509 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 3
	%1510 = load i32, i32 addrspace(3)* %1509
	%1511 = icmp sgt i32 %1466, 3
	%1512 = select i1 %1511, i32 %1510, i32 0
	%1513 = add i32 %1507, %1512
	%1514 = add i32 %1508, %1510
	%1515 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 4
	%1516 = load i32, i32 addrspace(3)* %1515
	%1517 = icmp sgt i32 %1466, 4
	%1518 = select i1 %1517, i32 %1516, i32 0
	%1519 = add i32 %1513, %1518
	%1520 = add i32 %1514, %1516
	%1521 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 5
	%1522 = load i32, i32 addrspace(3)* %1521
	%1523 = icmp sgt i32 %1466, 5
	%1524 = select i1 %1523, i32 %1522, i32 0
	%1525 = add i32 %1519, %1524
	%1526 = add i32 %1520, %1522
	%1527 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 6
	%1528 = load i32, i32 addrspace(3)* %1527
	%1529 = icmp sgt i32 %1466, 6
	%1530 = select i1 %1529, i32 %1528, i32 0
	%1531 = add i32 %1525, %1530
	%1532 = add i32 %1526, %1528
	%1533 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 7
	%1534 = load i32, i32 addrspace(3)* %1533
	%1535 = icmp sgt i32 %1466, 7
	%1536 = select i1 %1535, i32 %1534, i32 0
	%1537 = add i32 %1531, %1536
	%1538 = add i32 %1532, %1534
	%1539 = add i32 %1537, %1486
	%1540 = sub i32 %1539, %1408
	%1541 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %0
	store i32 %1540, i32 addrspace(3)* %1541
	call void @llvm.nvvm.barrier0()
	br i1 %1017, label %1542, label %1550

1542:
	%1543 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1032
	%1544 = load i32, i32 addrspace(3)* %1543
	%1545 = add i32 %1544, %1415
	%1546 = add i32 %1545, u0x1000
	%1547 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1546
	store i32 %1029, i32 addrspace(3)* %1547
	%1548 = add i32 %1545, 6144
	%1549 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1548
	store i32 %1030, i32 addrspace(3)* %1549
	br label %1550

1550:
	br i1 %1034, label %1551, label %1559

1551:
	%1552 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1048
	%1553 = load i32, i32 addrspace(3)* %1552
	%1554 = add i32 %1553, %1422
	%1555 = add i32 %1554, u0x1000
	%1556 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1555
	store i32 %1045, i32 addrspace(3)* %1556
	%1557 = add i32 %1554, 6144
	%1558 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1557
	store i32 %1046, i32 addrspace(3)* %1558
	br label %1559

1559:
	br i1 %1050, label %1560, label %1568

1560:
	%1561 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1064
	%1562 = load i32, i32 addrspace(3)* %1561
	%1563 = add i32 %1562, %1429
	%1564 = add i32 %1563, u0x1000
	%1565 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1564
	store i32 %1061, i32 addrspace(3)* %1565
	%1566 = add i32 %1563, 6144
	%1567 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1566
	store i32 %1062, i32 addrspace(3)* %1567
	br label %1568

1568:
	br i1 %1066, label %1569, label %1577

1569:
	%1570 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1080
	%1571 = load i32, i32 addrspace(3)* %1570
	%1572 = add i32 %1571, %1436
	%1573 = add i32 %1572, u0x1000
	%1574 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1573
	store i32 %1077, i32 addrspace(3)* %1574
	%1575 = add i32 %1572, 6144
	%1576 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1575
	store i32 %1078, i32 addrspace(3)* %1576
	br label %1577

1577:
	br i1 %1082, label %1578, label %1586

1578:
	%1579 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1096
	%1580 = load i32, i32 addrspace(3)* %1579
	%1581 = add i32 %1580, %1443
	%1582 = add i32 %1581, u0x1000
	%1583 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1582
	store i32 %1093, i32 addrspace(3)* %1583
	%1584 = add i32 %1581, 6144
	%1585 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1584
	store i32 %1094, i32 addrspace(3)* %1585
	br label %1586

1586:
	br i1 %1098, label %1587, label %1595

1587:
	%1588 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1112
	%1589 = load i32, i32 addrspace(3)* %1588
	%1590 = add i32 %1589, %1450
	%1591 = add i32 %1590, u0x1000
	%1592 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1591
	store i32 %1109, i32 addrspace(3)* %1592
	%1593 = add i32 %1590, 6144
	%1594 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1593
	store i32 %1110, i32 addrspace(3)* %1594
	br label %1595

1595:
	br i1 %1114, label %1596, label %1604

1596:
	%1597 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1128
	%1598 = load i32, i32 addrspace(3)* %1597
	%1599 = add i32 %1598, %1457
	%1600 = add i32 %1599, u0x1000
	%1601 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1600
	store i32 %1125, i32 addrspace(3)* %1601
	%1602 = add i32 %1599, 6144
	%1603 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1602
	store i32 %1126, i32 addrspace(3)* %1603
	br label %1604

1604:
	br i1 %1130, label %1605, label %1613

1605:
	%1606 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1144
	%1607 = load i32, i32 addrspace(3)* %1606
	%1608 = add i32 %1607, %1464
	%1609 = add i32 %1608, u0x1000
	%1610 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1609
	store i32 %1141, i32 addrspace(3)* %1610
	%1611 = add i32 %1608, 6144
	%1612 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1611
	store i32 %1142, i32 addrspace(3)* %1612
	br label %1613

1613:
	call void @llvm.nvvm.barrier0()
	%1614 = sub i32 %9, %1010
	%1615 = icmp slt i32 2048, %1614
	%1616 = select i1 %1615, i32 2048, i32 %1614
	%1617 = add i32 0, %0
	%1618 = icmp slt i32 %1617, %1616
	br i1 %1618, label %1619, label %1639

1619:
	%1620 = add i32 %1617, u0x1000
	%1621 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1620
	%1622 = load i32, i32 addrspace(3)* %1621
	%1623 = lshr i32 %1622, 8
	%1624 = and i32 %1623, 255
	%1625 = add i32 %1624, 256
	%1626 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1625
	%1627 = load i32, i32 addrspace(3)* %1626
	%1628 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1624
	%1629 = load i32, i32 addrspace(3)* %1628
	%1630 = sub i32 %1617, %1629
	%1631 = add i32 %1627, %1630
	%1632 = sext i32 %1631 to i64
	%1633 = getelementptr i32, i32* %38, i64 %1632
	store i32 %1622, i32* %1633
	%1634 = add i32 %1617, 6144
	%1635 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1634
	%1636 = load i32, i32 addrspace(3)* %1635
	%1637 = sext i32 %1631 to i64
	%1638 = getelementptr i32, i32* %15, i64 %1637
	store i32 %1636, i32* %1638
	br label %1639

1639:
	%1640 = add i32 256, %0
	%1641 = icmp slt i32 %1640, %1616
	br i1 %1641, label %1642, label %1662

1642:
	%1643 = add i32 %1640, u0x1000
	%1644 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1643
	%1645 = load i32, i32 addrspace(3)* %1644
	%1646 = lshr i32 %1645, 8
	%1647 = and i32 %1646, 255
	%1648 = add i32 %1647, 256
	%1649 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1648
	%1650 = load i32, i32 addrspace(3)* %1649
	%1651 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1647
	%1652 = load i32, i32 addrspace(3)* %1651
	%1653 = sub i32 %1640, %1652
	%1654 = add i32 %1650, %1653
	%1655 = sext i32 %1654 to i64
	%1656 = getelementptr i32, i32* %38, i64 %1655
	store i32 %1645, i32* %1656
	%1657 = add i32 %1640, 6144
	%1658 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1657
	%1659 = load i32, i32 addrspace(3)* %1658
	%1660 = sext i32 %1654 to i64
	%1661 = getelementptr i32, i32* %15, i64 %1660
	store i32 %1659, i32* %1661
	br label %1662

1662:
	%1663 = add i32 512, %0
	%1664 = icmp slt i32 %1663, %1616
	br i1 %1664, label %1665, label %1685

1665:
	%1666 = add i32 %1663, u0x1000
	%1667 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1666
	%1668 = load i32, i32 addrspace(3)* %1667
	%1669 = lshr i32 %1668, 8
	%1670 = and i32 %1669, 255
	%1671 = add i32 %1670, 256
	%1672 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1671
	%1673 = load i32, i32 addrspace(3)* %1672
	%1674 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1670
	%1675 = load i32, i32 addrspace(3)* %1674
	%1676 = sub i32 %1663, %1675
	%1677 = add i32 %1673, %1676
	%1678 = sext i32 %1677 to i64
	%1679 = getelementptr i32, i32* %38, i64 %1678
	store i32 %1668, i32* %1679
	%1680 = add i32 %1663, 6144
	%1681 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1680
	%1682 = load i32, i32 addrspace(3)* %1681
	%1683 = sext i32 %1677 to i64
	%1684 = getelementptr i32, i32* %15, i64 %1683
	store i32 %1682, i32* %1684
	br label %1685

1685:
	%1686 = add i32 768, %0
	%1687 = icmp slt i32 %1686, %1616
	br i1 %1687, label %1688, label %1708

1688:
	%1689 = add i32 %1686, u0x1000
	%1690 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1689
	%1691 = load i32, i32 addrspace(3)* %1690
	%1692 = lshr i32 %1691, 8
	%1693 = and i32 %1692, 255
	%1694 = add i32 %1693, 256
	%1695 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1694
	%1696 = load i32, i32 addrspace(3)* %1695
	%1697 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1693
	%1698 = load i32, i32 addrspace(3)* %1697
	%1699 = sub i32 %1686, %1698
	%1700 = add i32 %1696, %1699
	%1701 = sext i32 %1700 to i64
	%1702 = getelementptr i32, i32* %38, i64 %1701
	store i32 %1691, i32* %1702
	%1703 = add i32 %1686, 6144
	%1704 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1703
	%1705 = load i32, i32 addrspace(3)* %1704
	%1706 = sext i32 %1700 to i64
	%1707 = getelementptr i32, i32* %15, i64 %1706
	store i32 %1705, i32* %1707
	br label %1708

1708:
	%1709 = add i32 1024, %0
	%1710 = icmp slt i32 %1709, %1616
	br i1 %1710, label %1711, label %1731

1711:
	%1712 = add i32 %1709, u0x1000
	%1713 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1712
	%1714 = load i32, i32 addrspace(3)* %1713
	%1715 = lshr i32 %1714, 8
	%1716 = and i32 %1715, 255
	%1717 = add i32 %1716, 256
	%1718 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1717
	%1719 = load i32, i32 addrspace(3)* %1718
	%1720 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1716
	%1721 = load i32, i32 addrspace(3)* %1720
	%1722 = sub i32 %1709, %1721
	%1723 = add i32 %1719, %1722
	%1724 = sext i32 %1723 to i64
	%1725 = getelementptr i32, i32* %38, i64 %1724
	store i32 %1714, i32* %1725
	%1726 = add i32 %1709, 6144
	%1727 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1726
	%1728 = load i32, i32 addrspace(3)* %1727
	%1729 = sext i32 %1723 to i64
	%1730 = getelementptr i32, i32* %15, i64 %1729
	store i32 %1728, i32* %1730
	br label %1731

1731:
	%1732 = add i32 1280, %0
	%1733 = icmp slt i32 %1732, %1616
	br i1 %1733, label %1734, label %1754

1734:
	%1735 = add i32 %1732, u0x1000
	%1736 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1735
	%1737 = load i32, i32 addrspace(3)* %1736
	%1738 = lshr i32 %1737, 8
	%1739 = and i32 %1738, 255
	%1740 = add i32 %1739, 256
	%1741 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1740
	%1742 = load i32, i32 addrspace(3)* %1741
	%1743 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1739
	%1744 = load i32, i32 addrspace(3)* %1743
	%1745 = sub i32 %1732, %1744
	%1746 = add i32 %1742, %1745
	%1747 = sext i32 %1746 to i64
	%1748 = getelementptr i32, i32* %38, i64 %1747
	store i32 %1737, i32* %1748
	%1749 = add i32 %1732, 6144
	%1750 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1749
	%1751 = load i32, i32 addrspace(3)* %1750
	%1752 = sext i32 %1746 to i64
	%1753 = getelementptr i32, i32* %15, i64 %1752
	store i32 %1751, i32* %1753
	br label %1754

1754:
	%1755 = add i32 1536, %0
	%1756 = icmp slt i32 %1755, %1616
	br i1 %1756, label %1757, label %1777

1757:
	%1758 = add i32 %1755, u0x1000
	%1759 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1758
	%1760 = load i32, i32 addrspace(3)* %1759
	%1761 = lshr i32 %1760, 8
	%1762 = and i32 %1761, 255
	%1763 = add i32 %1762, 256
	%1764 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1763
	%1765 = load i32, i32 addrspace(3)* %1764
	%1766 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1762
	%1767 = load i32, i32 addrspace(3)* %1766
	%1768 = sub i32 %1755, %1767
	%1769 = add i32 %1765, %1768
	%1770 = sext i32 %1769 to i64
	%1771 = getelementptr i32, i32* %38, i64 %1770
	store i32 %1760, i32* %1771
	%1772 = add i32 %1755, 6144
	%1773 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1772
	%1774 = load i32, i32 addrspace(3)* %1773
	%1775 = sext i32 %1769 to i64
	%1776 = getelementptr i32, i32* %15, i64 %1775
	store i32 %1774, i32* %1776
	br label %1777

1777:
	%1778 = add i32 1792, %0
	%1779 = icmp slt i32 %1778, %1616
	br i1 %1779, label %1780, label %1800

1780:
	%1781 = add i32 %1778, u0x1000
	%1782 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1781
	%1783 = load i32, i32 addrspace(3)* %1782
	%1784 = lshr i32 %1783, 8
	%1785 = and i32 %1784, 255
	%1786 = add i32 %1785, 256
	%1787 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1786
	%1788 = load i32, i32 addrspace(3)* %1787
	%1789 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1785
	%1790 = load i32, i32 addrspace(3)* %1789
	%1791 = sub i32 %1778, %1790
	%1792 = add i32 %1788, %1791
	%1793 = sext i32 %1792 to i64
	%1794 = getelementptr i32, i32* %38, i64 %1793
	store i32 %1783, i32* %1794
	%1795 = add i32 %1778, 6144
	%1796 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1795
	%1797 = load i32, i32 addrspace(3)* %1796
	%1798 = sext i32 %1792 to i64
	%1799 = getelementptr i32, i32* %15, i64 %1798
	store i32 %1797, i32* %1799
	br label %1800

1800:
	call void @llvm.nvvm.barrier0()
	%1801 = add i32 %0, 256
	%1802 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1801
	%1803 = load i32, i32 addrspace(3)* %1802
	%1804 = add i32 %1803, %1408
	%1805 = add i32 %0, 256
	%1806 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %1805
	store i32 %1804, i32 addrspace(3)* %1806
	%1807 = add i32 %1010, 2048
	br label %1009

1808:
	%1809 = phi i32 [ 0, %1018 ], [ %2606, %2599 ]
	%1810 = icmp slt i32 %1809, %9
	br i1 %1810, label %1811, label %1817

1811:
	%1812 = mul i32 %4, 256
	%1813 = add i32 %1812, %3
	%1814 = add i32 %1809, %1813
	%1815 = add i32 %1814, 0
	%1816 = icmp slt i32 %1815, %9
	br i1 %1816, label %1818, label %1825

1817:
	call void @llvm.nvvm.barrier0()
	br label %2607

1818:
	%1819 = sext i32 %1815 to i64
	%1820 = getelementptr i32, i32* %38, i64 %1819
	%1821 = load i32, i32* %1820
	%1822 = sext i32 %1815 to i64
	%1823 = getelementptr i32, i32* %15, i64 %1822
	%1824 = load i32, i32* %1823
	br label %1825

1825:
	%1826 = phi i32 [ 0, %1811 ], [ %1821, %1818 ]
	%1827 = phi i32 [ 0, %1811 ], [ %1824, %1818 ]
	%1828 = lshr i32 %1826, 16
	%1829 = and i32 %1828, 255
	%1830 = add i32 %1814, 32
	%1831 = icmp slt i32 %1830, %9
	br i1 %1831, label %1832, label %1839

1832:
	%1833 = sext i32 %1830 to i64
	%1834 = getelementptr i32, i32* %38, i64 %1833
	%1835 = load i32, i32* %1834
	%1836 = sext i32 %1830 to i64
	%1837 = getelementptr i32, i32* %15, i64 %1836
	%1838 = load i32, i32* %1837
	br label %1839

1839:
	%1840 = phi i32 [ 0, %1825 ], [ %1835, %1832 ]
	%1841 = phi i32 [ 0, %1825 ], [ %1838, %1832 ]
	%1842 = lshr i32 %1840, 16
	%1843 = and i32 %1842, 255
	%1844 = add i32 %1814, 64
	%1845 = icmp slt i32 %1844, %9
	br i1 %1845, label %1846, label %1853

1846:
	%1847 = sext i32 %1844 to i64
	%1848 = getelementptr i32, i32* %38, i64 %1847
	%1849 = load i32, i32* %1848
	%1850 = sext i32 %1844 to i64
	%1851 = getelementptr i32, i32* %15, i64 %1850
	%1852 = load i32, i32* %1851
	br label %1853

1853:
	%1854 = phi i32 [ 0, %1839 ], [ %1849, %1846 ]
	%1855 = phi i32 [ 0, %1839 ], [ %1852, %1846 ]
	%1856 = lshr i32 %1854, 16
	%1857 = and i32 %1856, 255
	%1858 = add i32 %1814, 96
	%1859 = icmp slt i32 %1858, %9
	br i1 %1859, label %1860, label %1867

1860:
	%1861 = sext i32 %1858 to i64
	%1862 = getelementptr i32, i32* %38, i64 %1861
	%1863 = load i32, i32* %1862
	%1864 = sext i32 %1858 to i64
	%1865 = getelementptr i32, i32* %15, i64 %1864
	%1866 = load i32, i32* %1865
	br label %1867

1867:
	%1868 = phi i32 [ 0, %1853 ], [ %1863, %1860 ]
	%1869 = phi i32 [ 0, %1853 ], [ %1866, %1860 ]
	%1870 = lshr i32 %1868, 16
	%1871 = and i32 %1870, 255
	%1872 = add i32 %1814, 128
	%1873 = icmp slt i32 %1872, %9
	br i1 %1873, label %1874, label %1881

1874:
	%1875 = sext i32 %1872 to i64
	%1876 = getelementptr i32, i32* %38, i64 %1875
	%1877 = load i32, i32* %1876
	%1878 = sext i32 %1872 to i64
	%1879 = getelementptr i32, i32* %15, i64 %1878
	%1880 = load i32, i32* %1879
	br label %1881

1881:
	%1882 = phi i32 [ 0, %1867 ], [ %1877, %1874 ]
	%1883 = phi i32 [ 0, %1867 ], [ %1880, %1874 ]
	%1884 = lshr i32 %1882, 16
	%1885 = and i32 %1884, 255
	%1886 = add i32 %1814, 160
	%1887 = icmp slt i32 %1886, %9
	br i1 %1887, label %1888, label %1895

1888:
	%1889 = sext i32 %1886 to i64
	%1890 = getelementptr i32, i32* %38, i64 %1889
	%1891 = load i32, i32* %1890
	%1892 = sext i32 %1886 to i64
	%1893 = getelementptr i32, i32* %15, i64 %1892
	%1894 = load i32, i32* %1893
	br label %1895

1895:
	%1896 = phi i32 [ 0, %1881 ], [ %1891, %1888 ]
	%1897 = phi i32 [ 0, %1881 ], [ %1894, %1888 ]
	%1898 = lshr i32 %1896, 16
	%1899 = and i32 %1898, 255
	%1900 = add i32 %1814, 192
	%1901 = icmp slt i32 %1900, %9
	br i1 %1901, label %1902, label %1909

1902:
	%1903 = sext i32 %1900 to i64
	%1904 = getelementptr i32, i32* %38, i64 %1903
	%1905 = load i32, i32* %1904
	%1906 = sext i32 %1900 to i64
	%1907 = getelementptr i32, i32* %15, i64 %1906
	%1908 = load i32, i32* %1907
	br label %1909

1909:
	%1910 = phi i32 [ 0, %1895 ], [ %1905, %1902 ]
	%1911 = phi i32 [ 0, %1895 ], [ %1908, %1902 ]
	%1912 = lshr i32 %1910, 16
	%1913 = and i32 %1912, 255
	%1914 = add i32 %1814, 224
	%1915 = icmp slt i32 %1914, %9
	br i1 %1915, label %1916, label %1923

1916:
	%1917 = sext i32 %1914 to i64
	%1918 = getelementptr i32, i32* %38, i64 %1917
	%1919 = load i32, i32* %1918
	%1920 = sext i32 %1914 to i64
	%1921 = getelementptr i32, i32* %15, i64 %1920
	%1922 = load i32, i32* %1921
	br label %1923

1923:
	%1924 = phi i32 [ 0, %1909 ], [ %1919, %1916 ]
	%1925 = phi i32 [ 0, %1909 ], [ %1922, %1916 ]
	%1926 = lshr i32 %1924, 16
	%1927 = and i32 %1926, 255
	%1928 = select i1 %1816, i32 %1829, i32 256
	%1929 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1928)
	%1930 = and i32 %1929, %209
	%1931 = call i32 @llvm.ctpop.i32(i32 %1930)
	br i1 %1816, label %1932, label %1937

1932:
	%1933 = mul i32 %4, 256
	%1934 = add i32 %1933, %1829
	%1935 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1934
	%1936 = load i32, i32 addrspace(3)* %1935
	br label %1937

1937:
	%1938 = phi i32 [ 0, %1923 ], [ %1936, %1932 ]
	%1939 = add i32 %1938, %1931
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1940 = icmp eq i32 %1931, 0
	%1941 = and i1 %1816, %1940
	br i1 %1941, label %1942, label %1948

1942:
	%1943 = call i32 @llvm.ctpop.i32(i32 %1929)
	%1944 = add i32 %1938, %1943
	%1945 = mul i32 %4, 256
	%1946 = add i32 %1945, %1829
	%1947 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1946
	store i32 %1944, i32 addrspace(3)* %1947
	br label %1948

1948:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1949 = select i1 %1831, i32 %1843, i32 256
	%1950 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1949)
	%1951 = and i32 %1950, %209
	%1952 = call i32 @llvm.ctpop.i32(i32 %1951)
	br i1 %1831, label %1953, label %1958

1953:
	%1954 = mul i32 %4, 256
	%1955 = add i32 %1954, %1843
	%1956 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1955
	%1957 = load i32, i32 addrspace(3)* %1956
	br label %1958

1958:
	%1959 = phi i32 [ 0, %1948 ], [ %1957, %1953 ]
	%1960 = add i32 %1959, %1952
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1961 = icmp eq i32 %1952, 0
	%1962 = and i1 %1831, %1961
	br i1 %1962, label %1963, label %1969

1963:
	%1964 = call i32 @llvm.ctpop.i32(i32 %1950)
	%1965 = add i32 %1959, %1964
	%1966 = mul i32 %4, 256
	%1967 = add i32 %1966, %1843
	%1968 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1967
	store i32 %1965, i32 addrspace(3)* %1968
	br label %1969

1969:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1970 = select i1 %1845, i32 %1857, i32 256
	%1971 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1970)
	%1972 = and i32 %1971, %209
	%1973 = call i32 @llvm.ctpop.i32(i32 %1972)
	br i1 %1845, label %1974, label %1979

1974:
	%1975 = mul i32 %4, 256
	%1976 = add i32 %1975, %1857
	%1977 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1976
	%1978 = load i32, i32 addrspace(3)* %1977
	br label %1979

1979:
	%1980 = phi i32 [ 0, %1969 ], [ %1978, %1974 ]
	%1981 = add i32 %1980, %1973
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1982 = icmp eq i32 %1973, 0
	%1983 = and i1 %1845, %1982
	br i1 %1983, label %1984, label %1990

1984:
	%1985 = call i32 @llvm.ctpop.i32(i32 %1971)
	%1986 = add i32 %1980, %1985
	%1987 = mul i32 %4, 256
	%1988 = add i32 %1987, %1857
	%1989 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1988
	store i32 %1986, i32 addrspace(3)* %1989
	br label %1990

1990:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1991 = select i1 %1859, i32 %1871, i32 256
	%1992 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1991)
	%1993 = and i32 %1992, %209
	%1994 = call i32 @llvm.ctpop.i32(i32 %1993)
	br i1 %1859, label %1995, label %2000

1995:
	%1996 = mul i32 %4, 256
	%1997 = add i32 %1996, %1871
	%1998 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %1997
	%1999 = load i32, i32 addrspace(3)* %1998
	br label %2000

2000:
	%2001 = phi i32 [ 0, %1990 ], [ %1999, %1995 ]
	%2002 = add i32 %2001, %1994
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2003 = icmp eq i32 %1994, 0
	%2004 = and i1 %1859, %2003
	br i1 %2004, label %2005, label %2011

2005:
	%2006 = call i32 @llvm.ctpop.i32(i32 %1992)
	%2007 = add i32 %2001, %2006
	%2008 = mul i32 %4, 256
	%2009 = add i32 %2008, %1871
	%2010 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2009
	store i32 %2007, i32 addrspace(3)* %2010
	br label %2011

2011:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2012 = select i1 %1873, i32 %1885, i32 256
	%2013 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2012)
	%2014 = and i32 %2013, %209
	%2015 = call i32 @llvm.ctpop.i32(i32 %2014)
	br i1 %1873, label %2016, label %2021

2016:
	%2017 = mul i32 %4, 256
	%2018 = add i32 %2017, %1885
	%2019 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2018
	%2020 = load i32, i32 addrspace(3)* %2019
	br label %2021

2021:
	%2022 = phi i32 [ 0, %2011 ], [ %2020, %2016 ]
	%2023 = add i32 %2022, %2015
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2024 = icmp eq i32 %2015, 0
	%2025 = and i1 %1873, %2024
	br i1 %2025, label %2026, label %2032

2026:
	%2027 = call i32 @llvm.ctpop.i32(i32 %2013)
	%2028 = add i32 %2022, %2027
	%2029 = mul i32 %4, 256
	%2030 = add i32 %2029, %1885
	%2031 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2030
	store i32 %2028, i32 addrspace(3)* %2031
	br label %2032

2032:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2033 = select i1 %1887, i32 %1899, i32 256
	%2034 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2033)
	%2035 = and i32 %2034, %209
	%2036 = call i32 @llvm.ctpop.i32(i32 %2035)
	br i1 %1887, label %2037, label %2042

2037:
	%2038 = mul i32 %4, 256
	%2039 = add i32 %2038, %1899
	%2040 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2039
	%2041 = load i32, i32 addrspace(3)* %2040
	br label %2042

2042:
	%2043 = phi i32 [ 0, %2032 ], [ %2041, %2037 ]
	%2044 = add i32 %2043, %2036
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2045 = icmp eq i32 %2036, 0
	%2046 = and i1 %1887, %2045
	br i1 %2046, label %2047, label %2053

2047:
	%2048 = call i32 @llvm.ctpop.i32(i32 %2034)
	%2049 = add i32 %2043, %2048
	%2050 = mul i32 %4, 256
	%2051 = add i32 %2050, %1899
	%2052 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2051
	store i32 %2049, i32 addrspace(3)* %2052
	br label %2053

2053:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2054 = select i1 %1901, i32 %1913, i32 256
	%2055 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2054)
	%2056 = and i32 %2055, %209
	%2057 = call i32 @llvm.ctpop.i32(i32 %2056)
	br i1 %1901, label %2058, label %2063

2058:
	%2059 = mul i32 %4, 256
	%2060 = add i32 %2059, %1913
	%2061 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2060
	%2062 = load i32, i32 addrspace(3)* %2061
	br label %2063

2063:
	%2064 = phi i32 [ 0, %2053 ], [ %2062, %2058 ]
	%2065 = add i32 %2064, %2057
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2066 = icmp eq i32 %2057, 0
	%2067 = and i1 %1901, %2066
	br i1 %2067, label %2068, label %2074

2068:
	%2069 = call i32 @llvm.ctpop.i32(i32 %2055)
	%2070 = add i32 %2064, %2069
	%2071 = mul i32 %4, 256
	%2072 = add i32 %2071, %1913
	%2073 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2072
	store i32 %2070, i32 addrspace(3)* %2073
	br label %2074

2074:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2075 = select i1 %1915, i32 %1927, i32 256
	%2076 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2075)
	%2077 = and i32 %2076, %209
	%2078 = call i32 @llvm.ctpop.i32(i32 %2077)
	br i1 %1915, label %2079, label %2084

2079:
	%2080 = mul i32 %4, 256
	%2081 = add i32 %2080, %1927
	%2082 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2081
	%2083 = load i32, i32 addrspace(3)* %2082
	br label %2084

2084:
	%2085 = phi i32 [ 0, %2074 ], [ %2083, %2079 ]
	%2086 = add i32 %2085, %2078
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2087 = icmp eq i32 %2078, 0
	%2088 = and i1 %1915, %2087
	br i1 %2088, label %2089, label %2095

2089:
	%2090 = call i32 @llvm.ctpop.i32(i32 %2076)
	%2091 = add i32 %2085, %2090
	%2092 = mul i32 %4, 256
	%2093 = add i32 %2092, %1927
	%2094 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2093
	store i32 %2091, i32 addrspace(3)* %2094
	br label %2095

2095:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%2096 = mul i32 0, 256
	%2097 = add i32 %2096, %0
	%2098 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2097
	%2099 = load i32, i32 addrspace(3)* %2098
	%2100 = mul i32 0, 256
	%2101 = add i32 %2100, %0
	%2102 = add i32 2048, %2101
	%2103 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2102
	store i32 0, i32 addrspace(3)* %2103
	%2104 = mul i32 0, 256
	%2105 = add i32 %2104, %0
	%2106 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2105
	store i32 0, i32 addrspace(3)* %2106
	%2107 = add i32 0, %2099
	%2108 = mul i32 1, 256
	%2109 = add i32 %2108, %0
	%2110 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2109
	%2111 = load i32, i32 addrspace(3)* %2110
	%2112 = mul i32 1, 256
	%2113 = add i32 %2112, %0
	%2114 = add i32 2048, %2113
	%2115 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2114
	store i32 %2107, i32 addrspace(3)* %2115
	%2116 = mul i32 1, 256
	%2117 = add i32 %2116, %0
	%2118 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2117
	store i32 0, i32 addrspace(3)* %2118
	%2119 = add i32 %2107, %2111
	%2120 = mul i32 2, 256
	%2121 = add i32 %2120, %0
	%2122 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2121
	%2123 = load i32, i32 addrspace(3)* %2122
	%2124 = mul i32 2, 256
	%2125 = add i32 %2124, %0
	%2126 = add i32 2048, %2125
	%2127 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2126
	store i32 %2119, i32 addrspace(3)* %2127
	%2128 = mul i32 2, 256
	%2129 = add i32 %2128, %0
	%2130 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2129
	store i32 0, i32 addrspace(3)* %2130
	%2131 = add i32 %2119, %2123
	%2132 = mul i32 3, 256
	%2133 = add i32 %2132, %0
	%2134 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2133
	%2135 = load i32, i32 addrspace(3)* %2134
	%2136 = mul i32 3, 256
	%2137 = add i32 %2136, %0
	%2138 = add i32 2048, %2137
	%2139 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2138
	store i32 %2131, i32 addrspace(3)* %2139
	%2140 = mul i32 3, 256
	%2141 = add i32 %2140, %0
	%2142 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2141
	store i32 0, i32 addrspace(3)* %2142
	%2143 = add i32 %2131, %2135
	%2144 = mul i32 4, 256
	%2145 = add i32 %2144, %0
	%2146 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2145
	%2147 = load i32, i32 addrspace(3)* %2146
	%2148 = mul i32 4, 256
	%2149 = add i32 %2148, %0
	%2150 = add i32 2048, %2149
	%2151 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2150
	store i32 %2143, i32 addrspace(3)* %2151
	%2152 = mul i32 4, 256
	%2153 = add i32 %2152, %0
	%2154 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2153
	store i32 0, i32 addrspace(3)* %2154
	%2155 = add i32 %2143, %2147
	%2156 = mul i32 5, 256
	%2157 = add i32 %2156, %0
	%2158 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2157
	%2159 = load i32, i32 addrspace(3)* %2158
	%2160 = mul i32 5, 256
	%2161 = add i32 %2160, %0
	%2162 = add i32 2048, %2161
	%2163 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2162
	store i32 %2155, i32 addrspace(3)* %2163
	%2164 = mul i32 5, 256
	%2165 = add i32 %2164, %0
	%2166 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2165
	store i32 0, i32 addrspace(3)* %2166
	%2167 = add i32 %2155, %2159
	%2168 = mul i32 6, 256
	%2169 = add i32 %2168, %0
	%2170 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2169
	%2171 = load i32, i32 addrspace(3)* %2170
	%2172 = mul i32 6, 256
	%2173 = add i32 %2172, %0
	%2174 = add i32 2048, %2173
	%2175 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2174
	store i32 %2167, i32 addrspace(3)* %2175
	%2176 = mul i32 6, 256
	%2177 = add i32 %2176, %0
	%2178 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2177
	store i32 0, i32 addrspace(3)* %2178
	%2179 = add i32 %2167, %2171
	%2180 = mul i32 7, 256
	%2181 = add i32 %2180, %0
	%2182 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2181
	%2183 = load i32, i32 addrspace(3)* %2182
	%2184 = mul i32 7, 256
	%2185 = add i32 %2184, %0
	%2186 = add i32 2048, %2185
	%2187 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2186
	store i32 %2179, i32 addrspace(3)* %2187
	%2188 = mul i32 7, 256
	%2189 = add i32 %2188, %0
	%2190 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2189
	store i32 0, i32 addrspace(3)* %2190
	%2191 = add i32 %2179, %2183
	call void @llvm.nvvm.barrier0()
	%2192 = select i1 %1816, i32 %1829, i32 0
	%2193 = mul i32 %4, 256
	%2194 = add i32 %2193, %2192
	%2195 = add i32 2048, %2194
	%2196 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2195
	%2197 = load i32, i32 addrspace(3)* %2196
	%2198 = add i32 %1939, %2197
	%2199 = select i1 %1831, i32 %1843, i32 0
	%2200 = mul i32 %4, 256
	%2201 = add i32 %2200, %2199
	%2202 = add i32 2048, %2201
	%2203 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2202
	%2204 = load i32, i32 addrspace(3)* %2203
	%2205 = add i32 %1960, %2204
	%2206 = select i1 %1845, i32 %1857, i32 0
	%2207 = mul i32 %4, 256
	%2208 = add i32 %2207, %2206
	%2209 = add i32 2048, %2208
	%2210 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2209
	%2211 = load i32, i32 addrspace(3)* %2210
	%2212 = add i32 %1981, %2211
	%2213 = select i1 %1859, i32 %1871, i32 0
	%2214 = mul i32 %4, 256
	%2215 = add i32 %2214, %2213
	%2216 = add i32 2048, %2215
	%2217 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2216
	%2218 = load i32, i32 addrspace(3)* %2217
	%2219 = add i32 %2002, %2218
	%2220 = select i1 %1873, i32 %1885, i32 0
	%2221 = mul i32 %4, 256
	%2222 = add i32 %2221, %2220
	%2223 = add i32 2048, %2222
	%2224 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2223
	%2225 = load i32, i32 addrspace(3)* %2224
	%2226 = add i32 %2023, %2225
	%2227 = select i1 %1887, i32 %1899, i32 0
	%2228 = mul i32 %4, 256
	%2229 = add i32 %2228, %2227
	%2230 = add i32 2048, %2229
	%2231 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2230
	%2232 = load i32, i32 addrspace(3)* %2231
	%2233 = add i32 %2044, %2232
	%2234 = select i1 %1901, i32 %1913, i32 0
	%2235 = mul i32 %4, 256
	%2236 = add i32 %2235, %2234
	%2237 = add i32 2048, %2236
	%2238 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2237
	%2239 = load i32, i32 addrspace(3)* %2238
	%2240 = add i32 %2065, %2239
	%2241 = select i1 %1915, i32 %1927, i32 0
	%2242 = mul i32 %4, 256
	%2243 = add i32 %2242, %2241
	%2244 = add i32 2048, %2243
	%2245 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2244
	%2246 = load i32, i32 addrspace(3)* %2245
	%2247 = add i32 %2086, %2246
	%2248 = and i32 %0, 31
	%2249 = lshr i32 %0, 5
	%2250 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2191, i32 1, i32 0)
	%2251 = icmp uge i32 %2248, 1
	%2252 = select i1 %2251, i32 %2250, i32 0
	%2253 = add i32 %2191, %2252
	%2254 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2253, i32 2, i32 0)
	%2255 = icmp uge i32 %2248, 2
	%2256 = select i1 %2255, i32 %2254, i32 0
	%2257 = add i32 %2253, %2256
	%2258 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2257, i32 4, i32 0)
	%2259 = icmp uge i32 %2248, 4
	%2260 = select i1 %2259, i32 %2258, i32 0
	%2261 = add i32 %2257, %2260
	%2262 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2261, i32 8, i32 0)
	%2263 = icmp uge i32 %2248, 8
	%2264 = select i1 %2263, i32 %2262, i32 0
	%2265 = add i32 %2261, %2264
	%2266 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2265, i32 16, i32 0)
	%2267 = icmp uge i32 %2248, 16
	%2268 = select i1 %2267, i32 %2266, i32 0
	%2269 = add i32 %2265, %2268
	%2270 = icmp eq i32 %2248, 31
	br i1 %2270, label %2271, label %2273

2271:
	%2272 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 %2249
	store i32 %2269, i32 addrspace(3)* %2272
	br label %2273

2273:
	call void @llvm.nvvm.barrier0()
	%2274 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 0
	%2275 = load i32, i32 addrspace(3)* %2274
	%2276 = icmp sgt i32 %2249, 0
	%2277 = select i1 %2276, i32 %2275, i32 0
	%2278 = add i32 0, %2277
	%2279 = add i32 0, %2275
	%2280 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 1
	%2281 = load i32, i32 addrspace(3)* %2280
	%2282 = icmp sgt i32 %2249, 1
	%2283 = select i1 %2282, i32 %2281, i32 0
	%2284 = add i32 %2278, %2283
	%2285 = add i32 %2279, %2281
	%2286 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 2
	%2287 = load i32, i32 addrspace(3)* %2286
	%2288 = icmp sgt i32 %2249, 2
	%2289 = select i1 %2288, i32 %2287, i32 0
	%2290 = add i32 %2284, %2289
	%2291 = add i32 %2285, %2287
	%2292 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 3
	%2293 = load i32, i32 addrspace(3)* %2292
	%2294 = icmp sgt i32 %2249, 3
	%2295 = select i1 %2294, i32 %2293, i32 0
	%2296 = add i32 %2290, %2295
	%2297 = add i32 %2291, %2293
	%2298 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 4
	%2299 = load i32, i32 addrspace(3)* %2298
	%2300 = icmp sgt i32 %2249, 4
	%2301 = select i1 %2300, i32 %2299, i32 0
	%2302 = add i32 %2296, %2301
	%2303 = add i32 %2297, %2299
	%2304 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 5
	%2305 = load i32, i32 addrspace(3)* %2304
	%2306 = icmp sgt i32 %2249, 5
	%2307 = select i1 %2306, i32 %2305, i32 0
	%2308 = add i32 %2302, %2307
	%2309 = add i32 %2303, %2305
	%2310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 6
	%2311 = load i32, i32 addrspace(3)* %2310
	%2312 = icmp sgt i32 %2249, 6
	%2313 = select i1 %2312, i32 %2311, i32 0
	%2314 = add i32 %2308, %2313
	%2315 = add i32 %2309, %2311
	%2316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 7
	%2317 = load i32, i32 addrspace(3)* %2316
	%2318 = icmp sgt i32 %2249, 7
	%2319 = select i1 %2318, i32 %2317, i32 0
	%2320 = add i32 %2314, %2319
	%2321 = add i32 %2315, %2317
	%2322 = add i32 %2320, %2269
	%2323 = sub i32 %2322, %2191
	%2324 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %0
	store i32 %2323, i32 addrspace(3)* %2324
	call void @llvm.nvvm.barrier0()
	br i1 %1816, label %2325, label %2333

2325:
	%2326 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1829
	%2327 = load i32, i32 addrspace(3)* %2326
	%2328 = add i32 %2327, %2198
	%2329 = add i32 %2328, u0x1000
	%2330 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2329
	store i32 %1826, i32 addrspace(3)* %2330
	%2331 = add i32 %2328, 6144
	%2332 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2331
	store i32 %1827, i32 addrspace(3)* %2332
	br label %2333

2333:
	br i1 %1831, label %2334, label %2342

2334:
	%2335 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1843
	%2336 = load i32, i32 addrspace(3)* %2335
	%2337 = add i32 %2336, %2205
	%2338 = add i32 %2337, u0x1000
	%2339 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2338
	store i32 %1840, i32 addrspace(3)* %2339
	%2340 = add i32 %2337, 6144
	%2341 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2340
	store i32 %1841, i32 addrspace(3)* %2341
	br label %2342

2342:
	br i1 %1845, label %2343, label %2351

2343:
	%2344 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1857
	%2345 = load i32, i32 addrspace(3)* %2344
	%2346 = add i32 %2345, %2212
	%2347 = add i32 %2346, u0x1000
	%2348 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2347
	store i32 %1854, i32 addrspace(3)* %2348
	%2349 = add i32 %2346, 6144
	%2350 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2349
	store i32 %1855, i32 addrspace(3)* %2350
	br label %2351

2351:
	br i1 %1859, label %2352, label %2360

2352:
	%2353 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1871
	%2354 = load i32, i32 addrspace(3)* %2353
	%2355 = add i32 %2354, %2219
	%2356 = add i32 %2355, u0x1000
	%2357 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2356
	store i32 %1868, i32 addrspace(3)* %2357
	%2358 = add i32 %2355, 6144
	%2359 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2358
	store i32 %1869, i32 addrspace(3)* %2359
	br label %2360

2360:
	br i1 %1873, label %2361, label %2369

2361:
	%2362 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1885
	%2363 = load i32, i32 addrspace(3)* %2362
	%2364 = add i32 %2363, %2226
	%2365 = add i32 %2364, u0x1000
	%2366 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2365
	store i32 %1882, i32 addrspace(3)* %2366
	%2367 = add i32 %2364, 6144
	%2368 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2367
	store i32 %1883, i32 addrspace(3)* %2368
	br label %2369

2369:
	br i1 %1887, label %2370, label %2378

2370:
	%2371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1899
	%2372 = load i32, i32 addrspace(3)* %2371
	%2373 = add i32 %2372, %2233
	%2374 = add i32 %2373, u0x1000
	%2375 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2374
	store i32 %1896, i32 addrspace(3)* %2375
	%2376 = add i32 %2373, 6144
	%2377 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2376
	store i32 %1897, i32 addrspace(3)* %2377
	br label %2378

2378:
	br i1 %1901, label %2379, label %2387

2379:
	%2380 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1913
	%2381 = load i32, i32 addrspace(3)* %2380
	%2382 = add i32 %2381, %2240
	%2383 = add i32 %2382, u0x1000
	%2384 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2383
	store i32 %1910, i32 addrspace(3)* %2384
	%2385 = add i32 %2382, 6144
	%2386 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2385
	store i32 %1911, i32 addrspace(3)* %2386
	br label %2387

2387:
	br i1 %1915, label %2388, label %2396

2388:
	%2389 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %1927
	%2390 = load i32, i32 addrspace(3)* %2389
	%2391 = add i32 %2390, %2247
	%2392 = add i32 %2391, u0x1000
	%2393 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2392
	store i32 %1924, i32 addrspace(3)* %2393
	%2394 = add i32 %2391, 6144
	%2395 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2394
	store i32 %1925, i32 addrspace(3)* %2395
	br label %2396

2396:
	call void @llvm.nvvm.barrier0()
	%2397 = sub i32 %9, %1809
	%2398 = icmp slt i32 2048, %2397
	%2399 = select i1 %2398, i32 2048, i32 %2397
	%2400 = add i32 0, %0
	%2401 = icmp slt i32 %2400, %2399
	br i1 %2401, label %2402, label %2424

2402:
	%2403 = add i32 %2400, u0x1000
	%2404 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2403
	%2405 = load i32, i32 addrspace(3)* %2404
	%2406 = lshr i32 %2405, 16
	%2407 = and i32 %2406, 255
	%2408 = add i32 %2407, 512
	%2409 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %2408
	%2410 = load i32, i32 addrspace(3)* %2409
	%2411 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2407
	%2412 = load i32, i32 addrspace(3)* %2411
	%2413 = sub i32 %2400, %2412
	%2414 = add i32 %2410, %2413
	%2415 = mul i32 %2414, 2
	%2416 = sext i32 %2415 to i64
	%2417 = getelementptr i32, i32* %44, i64 %2416
	store i32 %2405, i32* %2417
	%2418 = add i32 %2400, 6144
	%2419 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2418
	%2420 = load i32, i32 addrspace(3)* %2419
	%2421 = mul i32 %2414, 2
	%2422 = sext i32 %2421 to i64
	%2423 = getelementptr i32, i32* %43, i64 %2422
	store i32 %2420, i32* %2423
	br label %2424

2424:
	%2425 = add i32 256, %0
	%2426 = icmp slt i32 %2425, %2399
	br i1 %2426, label %2427, label %2449

2427:
	%2428 = add i32 %2425, u0x1000
	%2429 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2428
	%2430 = load i32, i32 addrspace(3)* %2429
	%2431 = lshr i32 %2430, 16
	%2432 = and i32 %2431, 255
	%2433 = add i32 %2432, 512
	%2434 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %2433
	%2435 = load i32, i32 addrspace(3)* %2434
	%2436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2432
	%2437 = load i32, i32 addrspace(3)* %2436
	%2438 = sub i32 %2425, %2437
	%2439 = add i32 %2435, %2438
	%2440 = mul i32 %2439, 2
	%2441 = sext i32 %2440 to i64
	%2442 = getelementptr i32, i32* %44, i64 %2441
	store i32 %2430, i32* %2442
	%2443 = add i32 %2425, 6144
	%2444 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2443
	%2445 = load i32, i32 addrspace(3)* %2444
	%2446 = mul i32 %2439, 2
	%2447 = sext i32 %2446 to i64
	%2448 = getelementptr i32, i32* %43, i64 %2447
	store i32 %2445, i32* %2448
	br label %2449

2449:
	%2450 = add i32 512, %0
	%2451 = icmp slt i32 %2450, %2399
	br i1 %2451, label %2452, label %2474

2452:
	%2453 = add i32 %2450, u0x1000
	%2454 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2453
	%2455 = load i32, i32 addrspace(3)* %2454
	%2456 = lshr i32 %2455, 16
	%2457 = and i32 %2456, 255
	%2458 = add i32 %2457, 512
	%2459 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %2458
	%2460 = load i32, i32 addrspace(3)* %2459
	%2461 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2457
	%2462 = load i32, i32 addrspace(3)* %2461
	%2463 = sub i32 %2450, %2462
	%2464 = add i32 %2460, %2463
	%2465 = mul i32 %2464, 2
	%2466 = sext i32 %2465 to i64
	%2467 = getelementptr i32, i32* %44, i64 %2466
	store i32 %2455, i32* %2467
	%2468 = add i32 %2450, 6144
	%2469 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2468
	%2470 = load i32, i32 addrspace(3)* %2469
	%2471 = mul i32 %2464, 2
	%2472 = sext i32 %2471 to i64
	%2473 = getelementptr i32, i32* %43, i64 %2472
	store i32 %2470, i32* %2473
	br label %2474

2474:
	%2475 = add i32 768, %0
	%2476 = icmp slt i32 %2475, %2399
	br i1 %2476, label %2477, label %2499

2477:
	%2478 = add i32 %2475, u0x1000
	%2479 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2478
	%2480 = load i32, i32 addrspace(3)* %2479
	%2481 = lshr i32 %2480, 16
	%2482 = and i32 %2481, 255
	%2483 = add i32 %2482, 512
	%2484 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %2483
	%2485 = load i32, i32 addrspace(3)* %2484
	%2486 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2482
	%2487 = load i32, i32 addrspace(3)* %2486
	%2488 = sub i32 %2475, %2487
	%2489 = add i32 %2485, %2488
	%2490 = mul i32 %2489, 2
	%2491 = sext i32 %2490 to i64
	%2492 = getelementptr i32, i32* %44, i64 %2491
	store i32 %2480, i32* %2492
	%2493 = add i32 %2475, 6144
	%2494 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2493
	%2495 = load i32, i32 addrspace(3)* %2494
	%2496 = mul i32 %2489, 2
	%2497 = sext i32 %2496 to i64
	%2498 = getelementptr i32, i32* %43, i64 %2497
	store i32 %2495, i32* %2498
	br label %2499

2499:
	%2500 = add i32 1024, %0
	%2501 = icmp slt i32 %2500, %2399
	br i1 %2501, label %2502, label %2524

2502:
	%2503 = add i32 %2500, u0x1000
	%2504 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2503
	%2505 = load i32, i32 addrspace(3)* %2504
	%2506 = lshr i32 %2505, 16
	%2507 = and i32 %2506, 255
	%2508 = add i32 %2507, 512
	%2509 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %2508
	%2510 = load i32, i32 addrspace(3)* %2509
	%2511 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2507
	%2512 = load i32, i32 addrspace(3)* %2511
	%2513 = sub i32 %2500, %2512
	%2514 = add i32 %2510, %2513
	%2515 = mul i32 %2514, 2
	%2516 = sext i32 %2515 to i64
	%2517 = getelementptr i32, i32* %44, i64 %2516
	store i32 %2505, i32* %2517
	%2518 = add i32 %2500, 6144
	%2519 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2518
	%2520 = load i32, i32 addrspace(3)* %2519
	%2521 = mul i32 %2514, 2
	%2522 = sext i32 %2521 to i64
	%2523 = getelementptr i32, i32* %43, i64 %2522
	store i32 %2520, i32* %2523
	br label %2524

2524:
	%2525 = add i32 1280, %0
	%2526 = icmp slt i32 %2525, %2399
	br i1 %2526, label %2527, label %2549

2527:
	%2528 = add i32 %2525, u0x1000
	%2529 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2528
	%2530 = load i32, i32 addrspace(3)* %2529
	%2531 = lshr i32 %2530, 16
	%2532 = and i32 %2531, 255
	%2533 = add i32 %2532, 512
	%2534 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %2533
	%2535 = load i32, i32 addrspace(3)* %2534
	%2536 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2532
	%2537 = load i32, i32 addrspace(3)* %2536
	%2538 = sub i32 %2525, %2537
	%2539 = add i32 %2535, %2538
	%2540 = mul i32 %2539, 2
	%2541 = sext i32 %2540 to i64
	%2542 = getelementptr i32, i32* %44, i64 %2541
	store i32 %2530, i32* %2542
	%2543 = add i32 %2525, 6144
	%2544 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2543
	%2545 = load i32, i32 addrspace(3)* %2544
	%2546 = mul i32 %2539, 2
	%2547 = sext i32 %2546 to i64
	%2548 = getelementptr i32, i32* %43, i64 %2547
	store i32 %2545, i32* %2548
	br label %2549

2549:
	%2550 = add i32 1536, %0
	%2551 = icmp slt i32 %2550, %2399
	br i1 %2551, label %2552, label %2574

2552:
	%2553 = add i32 %2550, u0x1000
	%2554 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2553
	%2555 = load i32, i32 addrspace(3)* %2554
	%2556 = lshr i32 %2555, 16
	%2557 = and i32 %2556, 255
	%2558 = add i32 %2557, 512
	%2559 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %2558
	%2560 = load i32, i32 addrspace(3)* %2559
	%2561 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2557
	%2562 = load i32, i32 addrspace(3)* %2561
	%2563 = sub i32 %2550, %2562
	%2564 = add i32 %2560, %2563
	%2565 = mul i32 %2564, 2
	%2566 = sext i32 %2565 to i64
	%2567 = getelementptr i32, i32* %44, i64 %2566
	store i32 %2555, i32* %2567
	%2568 = add i32 %2550, 6144
	%2569 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2568
	%2570 = load i32, i32 addrspace(3)* %2569
	%2571 = mul i32 %2564, 2
	%2572 = sext i32 %2571 to i64
	%2573 = getelementptr i32, i32* %43, i64 %2572
	store i32 %2570, i32* %2573
	br label %2574

2574:
	%2575 = add i32 1792, %0
	%2576 = icmp slt i32 %2575, %2399
	br i1 %2576, label %2577, label %2599

2577:
	%2578 = add i32 %2575, u0x1000
	%2579 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2578
	%2580 = load i32, i32 addrspace(3)* %2579
	%2581 = lshr i32 %2580, 16
	%2582 = and i32 %2581, 255
	%2583 = add i32 %2582, 512
	%2584 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %2583
	%2585 = load i32, i32 addrspace(3)* %2584
	%2586 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2582
	%2587 = load i32, i32 addrspace(3)* %2586
	%2588 = sub i32 %2575, %2587
	%2589 = add i32 %2585, %2588
	%2590 = mul i32 %2589, 2
	%2591 = sext i32 %2590 to i64
	%2592 = getelementptr i32, i32* %44, i64 %2591
	store i32 %2580, i32* %2592
	%2593 = add i32 %2575, 6144
	%2594 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2593
	%2595 = load i32, i32 addrspace(3)* %2594
	%2596 = mul i32 %2589, 2
	%2597 = sext i32 %2596 to i64
	%2598 = getelementptr i32, i32* %43, i64 %2597
	store i32 %2595, i32* %2598
	br label %2599

2599:
	call void @llvm.nvvm.barrier0()
	%2600 = add i32 %0, 512
	%2601 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %2600
	%2602 = load i32, i32 addrspace(3)* %2601
	%2603 = add i32 %2602, %2191
	%2604 = add i32 %0, 512
	%2605 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %2604
	store i32 %2603, i32 addrspace(3)* %2605
	%2606 = add i32 %1809, 2048
	br label %1808

2607:
	%2608 = phi i32 [ 0, %1817 ], [ %3405, %3398 ]
	%2609 = icmp slt i32 %2608, %9
	br i1 %2609, label %2610, label %2616

2610:
	%2611 = mul i32 %4, 256
	%2612 = add i32 %2611, %3
	%2613 = add i32 %2608, %2612
	%2614 = add i32 %2613, 0
	%2615 = icmp slt i32 %2614, %9
	br i1 %2615, label %2617, label %2626

2616:
	call void @llvm.nvvm.barrier0()
	ret void

2617:
	%2618 = mul i32 %2614, 2
	%2619 = sext i32 %2618 to i64
	%2620 = getelementptr i32, i32* %44, i64 %2619
	%2621 = load i32, i32* %2620
	%2622 = mul i32 %2614, 2
	%2623 = sext i32 %2622 to i64
	%2624 = getelementptr i32, i32* %43, i64 %2623
	%2625 = load i32, i32* %2624
	br label %2626

2626:
	%2627 = phi i32 [ 0, %2610 ], [ %2621, %2617 ]
	%2628 = phi i32 [ 0, %2610 ], [ %2625, %2617 ]
	%2629 = lshr i32 %2627, 24
	%2630 = and i32 %2629, 255
	%2631 = add i32 %2613, 32
	%2632 = icmp slt i32 %2631, %9
	br i1 %2632, label %2633, label %2642

2633:
	%2634 = mul i32 %2631, 2
	%2635 = sext i32 %2634 to i64
	%2636 = getelementptr i32, i32* %44, i64 %2635
	%2637 = load i32, i32* %2636
	%2638 = mul i32 %2631, 2
	%2639 = sext i32 %2638 to i64
	%2640 = getelementptr i32, i32* %43, i64 %2639
	%2641 = load i32, i32* %2640
	br label %2642

2642:
	%2643 = phi i32 [ 0, %2626 ], [ %2637, %2633 ]
	%2644 = phi i32 [ 0, %2626 ], [ %2641, %2633 ]
	%2645 = lshr i32 %2643, 24
	%2646 = and i32 %2645, 255
	%2647 = add i32 %2613, 64
	%2648 = icmp slt i32 %2647, %9
	br i1 %2648, label %2649, label %2658

2649:
	%2650 = mul i32 %2647, 2
	%2651 = sext i32 %2650 to i64
	%2652 = getelementptr i32, i32* %44, i64 %2651
	%2653 = load i32, i32* %2652
	%2654 = mul i32 %2647, 2
	%2655 = sext i32 %2654 to i64
	%2656 = getelementptr i32, i32* %43, i64 %2655
	%2657 = load i32, i32* %2656
	br label %2658

2658:
	%2659 = phi i32 [ 0, %2642 ], [ %2653, %2649 ]
	%2660 = phi i32 [ 0, %2642 ], [ %2657, %2649 ]
	%2661 = lshr i32 %2659, 24
	%2662 = and i32 %2661, 255
	%2663 = add i32 %2613, 96
	%2664 = icmp slt i32 %2663, %9
	br i1 %2664, label %2665, label %2674

2665:
	%2666 = mul i32 %2663, 2
	%2667 = sext i32 %2666 to i64
	%2668 = getelementptr i32, i32* %44, i64 %2667
	%2669 = load i32, i32* %2668
	%2670 = mul i32 %2663, 2
	%2671 = sext i32 %2670 to i64
	%2672 = getelementptr i32, i32* %43, i64 %2671
	%2673 = load i32, i32* %2672
	br label %2674

2674:
	%2675 = phi i32 [ 0, %2658 ], [ %2669, %2665 ]
	%2676 = phi i32 [ 0, %2658 ], [ %2673, %2665 ]
	%2677 = lshr i32 %2675, 24
	%2678 = and i32 %2677, 255
	%2679 = add i32 %2613, 128
	%2680 = icmp slt i32 %2679, %9
	br i1 %2680, label %2681, label %2690

2681:
	%2682 = mul i32 %2679, 2
	%2683 = sext i32 %2682 to i64
	%2684 = getelementptr i32, i32* %44, i64 %2683
	%2685 = load i32, i32* %2684
	%2686 = mul i32 %2679, 2
	%2687 = sext i32 %2686 to i64
	%2688 = getelementptr i32, i32* %43, i64 %2687
	%2689 = load i32, i32* %2688
	br label %2690

2690:
	%2691 = phi i32 [ 0, %2674 ], [ %2685, %2681 ]
	%2692 = phi i32 [ 0, %2674 ], [ %2689, %2681 ]
	%2693 = lshr i32 %2691, 24
	%2694 = and i32 %2693, 255
	%2695 = add i32 %2613, 160
	%2696 = icmp slt i32 %2695, %9
	br i1 %2696, label %2697, label %2706

2697:
	%2698 = mul i32 %2695, 2
	%2699 = sext i32 %2698 to i64
	%2700 = getelementptr i32, i32* %44, i64 %2699
	%2701 = load i32, i32* %2700
	%2702 = mul i32 %2695, 2
	%2703 = sext i32 %2702 to i64
	%2704 = getelementptr i32, i32* %43, i64 %2703
	%2705 = load i32, i32* %2704
	br label %2706

2706:
	%2707 = phi i32 [ 0, %2690 ], [ %2701, %2697 ]
	%2708 = phi i32 [ 0, %2690 ], [ %2705, %2697 ]
	%2709 = lshr i32 %2707, 24
	%2710 = and i32 %2709, 255
	%2711 = add i32 %2613, 192
	%2712 = icmp slt i32 %2711, %9
	br i1 %2712, label %2713, label %2722

2713:
	%2714 = mul i32 %2711, 2
	%2715 = sext i32 %2714 to i64
	%2716 = getelementptr i32, i32* %44, i64 %2715
	%2717 = load i32, i32* %2716
	%2718 = mul i32 %2711, 2
	%2719 = sext i32 %2718 to i64
	%2720 = getelementptr i32, i32* %43, i64 %2719
	%2721 = load i32, i32* %2720
	br label %2722

2722:
	%2723 = phi i32 [ 0, %2706 ], [ %2717, %2713 ]
	%2724 = phi i32 [ 0, %2706 ], [ %2721, %2713 ]
	%2725 = lshr i32 %2723, 24
	%2726 = and i32 %2725, 255
	%2727 = add i32 %2613, 224
	%2728 = icmp slt i32 %2727, %9
	br i1 %2728, label %2729, label %2738

2729:
	%2730 = mul i32 %2727, 2
	%2731 = sext i32 %2730 to i64
	%2732 = getelementptr i32, i32* %44, i64 %2731
	%2733 = load i32, i32* %2732
	%2734 = mul i32 %2727, 2
	%2735 = sext i32 %2734 to i64
	%2736 = getelementptr i32, i32* %43, i64 %2735
	%2737 = load i32, i32* %2736
	br label %2738

2738:
	%2739 = phi i32 [ 0, %2722 ], [ %2733, %2729 ]
	%2740 = phi i32 [ 0, %2722 ], [ %2737, %2729 ]
	%2741 = lshr i32 %2739, 24
	%2742 = and i32 %2741, 255
	%2743 = select i1 %2615, i32 %2630, i32 256
	%2744 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2743)
	%2745 = and i32 %2744, %209
	%2746 = call i32 @llvm.ctpop.i32(i32 %2745)
	br i1 %2615, label %2747, label %2752

2747:
	%2748 = mul i32 %4, 256
	%2749 = add i32 %2748, %2630
	%2750 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2749
	%2751 = load i32, i32 addrspace(3)* %2750
	br label %2752

2752:
	%2753 = phi i32 [ 0, %2738 ], [ %2751, %2747 ]
	%2754 = add i32 %2753, %2746
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2755 = icmp eq i32 %2746, 0
	%2756 = and i1 %2615, %2755
	br i1 %2756, label %2757, label %2763

2757:
	%2758 = call i32 @llvm.ctpop.i32(i32 %2744)
	%2759 = add i32 %2753, %2758
	%2760 = mul i32 %4, 256
	%2761 = add i32 %2760, %2630
	%2762 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2761
	store i32 %2759, i32 addrspace(3)* %2762
	br label %2763

2763:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2764 = select i1 %2632, i32 %2646, i32 256
	%2765 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2764)
	%2766 = and i32 %2765, %209
	%2767 = call i32 @llvm.ctpop.i32(i32 %2766)
	br i1 %2632, label %2768, label %2773

2768:
	%2769 = mul i32 %4, 256
	%2770 = add i32 %2769, %2646
	%2771 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2770
	%2772 = load i32, i32 addrspace(3)* %2771
	br label %2773

2773:
	%2774 = phi i32 [ 0, %2763 ], [ %2772, %2768 ]
	%2775 = add i32 %2774, %2767
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2776 = icmp eq i32 %2767, 0
	%2777 = and i1 %2632, %2776
	br i1 %2777, label %2778, label %2784

2778:
	%2779 = call i32 @llvm.ctpop.i32(i32 %2765)
	%2780 = add i32 %2774, %2779
	%2781 = mul i32 %4, 256
	%2782 = add i32 %2781, %2646
	%2783 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2782
	store i32 %2780, i32 addrspace(3)* %2783
	br label %2784

2784:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2785 = select i1 %2648, i32 %2662, i32 256
	%2786 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2785)
	%2787 = and i32 %2786, %209
	%2788 = call i32 @llvm.ctpop.i32(i32 %2787)
	br i1 %2648, label %2789, label %2794

2789:
	%2790 = mul i32 %4, 256
	%2791 = add i32 %2790, %2662
	%2792 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2791
	%2793 = load i32, i32 addrspace(3)* %2792
	br label %2794

2794:
	%2795 = phi i32 [ 0, %2784 ], [ %2793, %2789 ]
	%2796 = add i32 %2795, %2788
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2797 = icmp eq i32 %2788, 0
	%2798 = and i1 %2648, %2797
	br i1 %2798, label %2799, label %2805

2799:
	%2800 = call i32 @llvm.ctpop.i32(i32 %2786)
	%2801 = add i32 %2795, %2800
	%2802 = mul i32 %4, 256
	%2803 = add i32 %2802, %2662
	%2804 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2803
	store i32 %2801, i32 addrspace(3)* %2804
	br label %2805

2805:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2806 = select i1 %2664, i32 %2678, i32 256
	%2807 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2806)
	%2808 = and i32 %2807, %209
	%2809 = call i32 @llvm.ctpop.i32(i32 %2808)
	br i1 %2664, label %2810, label %2815

2810:
	%2811 = mul i32 %4, 256
	%2812 = add i32 %2811, %2678
	%2813 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2812
	%2814 = load i32, i32 addrspace(3)* %2813
	br label %2815

2815:
	%2816 = phi i32 [ 0, %2805 ], [ %2814, %2810 ]
	%2817 = add i32 %2816, %2809
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2818 = icmp eq i32 %2809, 0
	%2819 = and i1 %2664, %2818
	br i1 %2819, label %2820, label %2826

2820:
	%2821 = call i32 @llvm.ctpop.i32(i32 %2807)
	%2822 = add i32 %2816, %2821
	%2823 = mul i32 %4, 256
	%2824 = add i32 %2823, %2678
	%2825 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2824
	store i32 %2822, i32 addrspace(3)* %2825
	br label %2826

2826:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2827 = select i1 %2680, i32 %2694, i32 256
	%2828 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2827)
	%2829 = and i32 %2828, %209
	%2830 = call i32 @llvm.ctpop.i32(i32 %2829)
	br i1 %2680, label %2831, label %2836

2831:
	%2832 = mul i32 %4, 256
	%2833 = add i32 %2832, %2694
	%2834 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2833
	%2835 = load i32, i32 addrspace(3)* %2834
	br label %2836

2836:
	%2837 = phi i32 [ 0, %2826 ], [ %2835, %2831 ]
	%2838 = add i32 %2837, %2830
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2839 = icmp eq i32 %2830, 0
	%2840 = and i1 %2680, %2839
	br i1 %2840, label %2841, label %2847

2841:
	%2842 = call i32 @llvm.ctpop.i32(i32 %2828)
	%2843 = add i32 %2837, %2842
	%2844 = mul i32 %4, 256
	%2845 = add i32 %2844, %2694
	%2846 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2845
	store i32 %2843, i32 addrspace(3)* %2846
	br label %2847

2847:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2848 = select i1 %2696, i32 %2710, i32 256
	%2849 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2848)
	%2850 = and i32 %2849, %209
	%2851 = call i32 @llvm.ctpop.i32(i32 %2850)
	br i1 %2696, label %2852, label %2857

2852:
	%2853 = mul i32 %4, 256
	%2854 = add i32 %2853, %2710
	%2855 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2854
	%2856 = load i32, i32 addrspace(3)* %2855
	br label %2857

2857:
	%2858 = phi i32 [ 0, %2847 ], [ %2856, %2852 ]
	%2859 = add i32 %2858, %2851
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2860 = icmp eq i32 %2851, 0
	%2861 = and i1 %2696, %2860
	br i1 %2861, label %2862, label %2868

2862:
	%2863 = call i32 @llvm.ctpop.i32(i32 %2849)
	%2864 = add i32 %2858, %2863
	%2865 = mul i32 %4, 256
	%2866 = add i32 %2865, %2710
	%2867 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2866
	store i32 %2864, i32 addrspace(3)* %2867
	br label %2868

2868:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2869 = select i1 %2712, i32 %2726, i32 256
	%2870 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2869)
	%2871 = and i32 %2870, %209
	%2872 = call i32 @llvm.ctpop.i32(i32 %2871)
	br i1 %2712, label %2873, label %2878

2873:
	%2874 = mul i32 %4, 256
	%2875 = add i32 %2874, %2726
	%2876 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2875
	%2877 = load i32, i32 addrspace(3)* %2876
	br label %2878

2878:
	%2879 = phi i32 [ 0, %2868 ], [ %2877, %2873 ]
	%2880 = add i32 %2879, %2872
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2881 = icmp eq i32 %2872, 0
	%2882 = and i1 %2712, %2881
	br i1 %2882, label %2883, label %2889

2883:
	%2884 = call i32 @llvm.ctpop.i32(i32 %2870)
	%2885 = add i32 %2879, %2884
	%2886 = mul i32 %4, 256
	%2887 = add i32 %2886, %2726
	%2888 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2887
	store i32 %2885, i32 addrspace(3)* %2888
	br label %2889

2889:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2890 = select i1 %2728, i32 %2742, i32 256
	%2891 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2890)
	%2892 = and i32 %2891, %209
	%2893 = call i32 @llvm.ctpop.i32(i32 %2892)
	br i1 %2728, label %2894, label %2899

2894:
	%2895 = mul i32 %4, 256
	%2896 = add i32 %2895, %2742
	%2897 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2896
	%2898 = load i32, i32 addrspace(3)* %2897
	br label %2899

2899:
	%2900 = phi i32 [ 0, %2889 ], [ %2898, %2894 ]
	%2901 = add i32 %2900, %2893
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2902 = icmp eq i32 %2893, 0
	%2903 = and i1 %2728, %2902
	br i1 %2903, label %2904, label %2910

2904:
	%2905 = call i32 @llvm.ctpop.i32(i32 %2891)
	%2906 = add i32 %2900, %2905
	%2907 = mul i32 %4, 256
	%2908 = add i32 %2907, %2742
	%2909 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2908
	store i32 %2906, i32 addrspace(3)* %2909
	br label %2910

2910:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%2911 = mul i32 0, 256
	%2912 = add i32 %2911, %0
	%2913 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2912
	%2914 = load i32, i32 addrspace(3)* %2913
	%2915 = mul i32 0, 256
	%2916 = add i32 %2915, %0
	%2917 = add i32 2048, %2916
	%2918 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2917
	store i32 0, i32 addrspace(3)* %2918
	%2919 = mul i32 0, 256
	%2920 = add i32 %2919, %0
	%2921 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2920
	store i32 0, i32 addrspace(3)* %2921
	%2922 = add i32 0, %2914
	%2923 = mul i32 1, 256
	%2924 = add i32 %2923, %0
	%2925 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2924
	%2926 = load i32, i32 addrspace(3)* %2925
	%2927 = mul i32 1, 256
	%2928 = add i32 %2927, %0
	%2929 = add i32 2048, %2928
	%2930 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2929
	store i32 %2922, i32 addrspace(3)* %2930
	%2931 = mul i32 1, 256
	%2932 = add i32 %2931, %0
	%2933 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2932
	store i32 0, i32 addrspace(3)* %2933
	%2934 = add i32 %2922, %2926
	%2935 = mul i32 2, 256
	%2936 = add i32 %2935, %0
	%2937 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2936
	%2938 = load i32, i32 addrspace(3)* %2937
	%2939 = mul i32 2, 256
	%2940 = add i32 %2939, %0
	%2941 = add i32 2048, %2940
	%2942 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2941
	store i32 %2934, i32 addrspace(3)* %2942
	%2943 = mul i32 2, 256
	%2944 = add i32 %2943, %0
	%2945 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2944
	store i32 0, i32 addrspace(3)* %2945
	%2946 = add i32 %2934, %2938
	%2947 = mul i32 3, 256
	%2948 = add i32 %2947, %0
	%2949 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2948
	%2950 = load i32, i32 addrspace(3)* %2949
	%2951 = mul i32 3, 256
	%2952 = add i32 %2951, %0
	%2953 = add i32 2048, %2952
	%2954 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2953
	store i32 %2946, i32 addrspace(3)* %2954
	%2955 = mul i32 3, 256
	%2956 = add i32 %2955, %0
	%2957 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2956
	store i32 0, i32 addrspace(3)* %2957
	%2958 = add i32 %2946, %2950
	%2959 = mul i32 4, 256
	%2960 = add i32 %2959, %0
	%2961 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2960
	%2962 = load i32, i32 addrspace(3)* %2961
	%2963 = mul i32 4, 256
	%2964 = add i32 %2963, %0
	%2965 = add i32 2048, %2964
	%2966 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2965
	store i32 %2958, i32 addrspace(3)* %2966
	%2967 = mul i32 4, 256
	%2968 = add i32 %2967, %0
	%2969 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2968
	store i32 0, i32 addrspace(3)* %2969
	%2970 = add i32 %2958, %2962
	%2971 = mul i32 5, 256
	%2972 = add i32 %2971, %0
	%2973 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2972
	%2974 = load i32, i32 addrspace(3)* %2973
	%2975 = mul i32 5, 256
	%2976 = add i32 %2975, %0
	%2977 = add i32 2048, %2976
	%2978 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2977
	store i32 %2970, i32 addrspace(3)* %2978
	%2979 = mul i32 5, 256
	%2980 = add i32 %2979, %0
	%2981 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2980
	store i32 0, i32 addrspace(3)* %2981
	%2982 = add i32 %2970, %2974
	%2983 = mul i32 6, 256
	%2984 = add i32 %2983, %0
	%2985 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2984
	%2986 = load i32, i32 addrspace(3)* %2985
	%2987 = mul i32 6, 256
	%2988 = add i32 %2987, %0
	%2989 = add i32 2048, %2988
	%2990 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2989
	store i32 %2982, i32 addrspace(3)* %2990
	%2991 = mul i32 6, 256
	%2992 = add i32 %2991, %0
	%2993 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2992
	store i32 0, i32 addrspace(3)* %2993
	%2994 = add i32 %2982, %2986
	%2995 = mul i32 7, 256
	%2996 = add i32 %2995, %0
	%2997 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %2996
	%2998 = load i32, i32 addrspace(3)* %2997
	%2999 = mul i32 7, 256
	%3000 = add i32 %2999, %0
	%3001 = add i32 2048, %3000
	%3002 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3001
	store i32 %2994, i32 addrspace(3)* %3002
	%3003 = mul i32 7, 256
	%3004 = add i32 %3003, %0
	%3005 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3004
	store i32 0, i32 addrspace(3)* %3005
	%3006 = add i32 %2994, %2998
	call void @llvm.nvvm.barrier0()
	%3007 = select i1 %2615, i32 %2630, i32 0
	%3008 = mul i32 %4, 256
	%3009 = add i32 %3008, %3007
	%3010 = add i32 2048, %3009
	%3011 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3010
	%3012 = load i32, i32 addrspace(3)* %3011
	%3013 = add i32 %2754, %3012
	%3014 = select i1 %2632, i32 %2646, i32 0
	%3015 = mul i32 %4, 256
	%3016 = add i32 %3015, %3014
	%3017 = add i32 2048, %3016
	%3018 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3017
	%3019 = load i32, i32 addrspace(3)* %3018
	%3020 = add i32 %2775, %3019
	%3021 = select i1 %2648, i32 %2662, i32 0
	%3022 = mul i32 %4, 256
	%3023 = add i32 %3022, %3021
	%3024 = add i32 2048, %3023
	%3025 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3024
	%3026 = load i32, i32 addrspace(3)* %3025
	%3027 = add i32 %2796, %3026
	%3028 = select i1 %2664, i32 %2678, i32 0
	%3029 = mul i32 %4, 256
	%3030 = add i32 %3029, %3028
	%3031 = add i32 2048, %3030
	%3032 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3031
	%3033 = load i32, i32 addrspace(3)* %3032
	%3034 = add i32 %2817, %3033
	%3035 = select i1 %2680, i32 %2694, i32 0
	%3036 = mul i32 %4, 256
	%3037 = add i32 %3036, %3035
	%3038 = add i32 2048, %3037
	%3039 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3038
	%3040 = load i32, i32 addrspace(3)* %3039
	%3041 = add i32 %2838, %3040
	%3042 = select i1 %2696, i32 %2710, i32 0
	%3043 = mul i32 %4, 256
	%3044 = add i32 %3043, %3042
	%3045 = add i32 2048, %3044
	%3046 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3045
	%3047 = load i32, i32 addrspace(3)* %3046
	%3048 = add i32 %2859, %3047
	%3049 = select i1 %2712, i32 %2726, i32 0
	%3050 = mul i32 %4, 256
	%3051 = add i32 %3050, %3049
	%3052 = add i32 2048, %3051
	%3053 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3052
	%3054 = load i32, i32 addrspace(3)* %3053
	%3055 = add i32 %2880, %3054
	%3056 = select i1 %2728, i32 %2742, i32 0
	%3057 = mul i32 %4, 256
	%3058 = add i32 %3057, %3056
	%3059 = add i32 2048, %3058
	%3060 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3059
	%3061 = load i32, i32 addrspace(3)* %3060
	%3062 = add i32 %2901, %3061
	%3063 = and i32 %0, 31
	%3064 = lshr i32 %0, 5
	%3065 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3006, i32 1, i32 0)
	%3066 = icmp uge i32 %3063, 1
	%3067 = select i1 %3066, i32 %3065, i32 0
	%3068 = add i32 %3006, %3067
	%3069 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3068, i32 2, i32 0)
	%3070 = icmp uge i32 %3063, 2
	%3071 = select i1 %3070, i32 %3069, i32 0
	%3072 = add i32 %3068, %3071
	%3073 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3072, i32 4, i32 0)
	%3074 = icmp uge i32 %3063, 4
	%3075 = select i1 %3074, i32 %3073, i32 0
	%3076 = add i32 %3072, %3075
	%3077 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3076, i32 8, i32 0)
	%3078 = icmp uge i32 %3063, 8
	%3079 = select i1 %3078, i32 %3077, i32 0
	%3080 = add i32 %3076, %3079
	%3081 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3080, i32 16, i32 0)
	%3082 = icmp uge i32 %3063, 16
	%3083 = select i1 %3082, i32 %3081, i32 0
	%3084 = add i32 %3080, %3083
	%3085 = icmp eq i32 %3063, 31
	br i1 %3085, label %3086, label %3088

3086:
	%3087 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 %3064
	store i32 %3084, i32 addrspace(3)* %3087
	br label %3088

3088:
	call void @llvm.nvvm.barrier0()
	%3089 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 0
	%3090 = load i32, i32 addrspace(3)* %3089
	%3091 = icmp sgt i32 %3064, 0
	%3092 = select i1 %3091, i32 %3090, i32 0
	%3093 = add i32 0, %3092
	%3094 = add i32 0, %3090
	%3095 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 1
	%3096 = load i32, i32 addrspace(3)* %3095
	%3097 = icmp sgt i32 %3064, 1
	%3098 = select i1 %3097, i32 %3096, i32 0
	%3099 = add i32 %3093, %3098
	%3100 = add i32 %3094, %3096
	%3101 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 2
	%3102 = load i32, i32 addrspace(3)* %3101
	%3103 = icmp sgt i32 %3064, 2
	%3104 = select i1 %3103, i32 %3102, i32 0
	%3105 = add i32 %3099, %3104
	%3106 = add i32 %3100, %3102
	%3107 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 3
	%3108 = load i32, i32 addrspace(3)* %3107
	%3109 = icmp sgt i32 %3064, 3
	%3110 = select i1 %3109, i32 %3108, i32 0
	%3111 = add i32 %3105, %3110
	%3112 = add i32 %3106, %3108
	%3113 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 4
	%3114 = load i32, i32 addrspace(3)* %3113
	%3115 = icmp sgt i32 %3064, 4
	%3116 = select i1 %3115, i32 %3114, i32 0
	%3117 = add i32 %3111, %3116
	%3118 = add i32 %3112, %3114
	%3119 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 5
	%3120 = load i32, i32 addrspace(3)* %3119
	%3121 = icmp sgt i32 %3064, 5
	%3122 = select i1 %3121, i32 %3120, i32 0
	%3123 = add i32 %3117, %3122
	%3124 = add i32 %3118, %3120
	%3125 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 6
	%3126 = load i32, i32 addrspace(3)* %3125
	%3127 = icmp sgt i32 %3064, 6
	%3128 = select i1 %3127, i32 %3126, i32 0
	%3129 = add i32 %3123, %3128
	%3130 = add i32 %3124, %3126
	%3131 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_radix_scan, i32 0, i32 7
	%3132 = load i32, i32 addrspace(3)* %3131
	%3133 = icmp sgt i32 %3064, 7
	%3134 = select i1 %3133, i32 %3132, i32 0
	%3135 = add i32 %3129, %3134
	%3136 = add i32 %3130, %3132
	%3137 = add i32 %3135, %3084
	%3138 = sub i32 %3137, %3006
	%3139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %0
	store i32 %3138, i32 addrspace(3)* %3139
	call void @llvm.nvvm.barrier0()
	br i1 %2615, label %3140, label %3148

3140:
	%3141 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2630
	%3142 = load i32, i32 addrspace(3)* %3141
	%3143 = add i32 %3142, %3013
	%3144 = add i32 %3143, u0x1000
	%3145 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3144
	store i32 %2627, i32 addrspace(3)* %3145
	%3146 = add i32 %3143, 6144
	%3147 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3146
	store i32 %2628, i32 addrspace(3)* %3147
	br label %3148

3148:
	br i1 %2632, label %3149, label %3157

3149:
	%3150 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2646
	%3151 = load i32, i32 addrspace(3)* %3150
	%3152 = add i32 %3151, %3020
	%3153 = add i32 %3152, u0x1000
	%3154 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3153
	store i32 %2643, i32 addrspace(3)* %3154
	%3155 = add i32 %3152, 6144
	%3156 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3155
	store i32 %2644, i32 addrspace(3)* %3156
	br label %3157

3157:
	br i1 %2648, label %3158, label %3166

3158:
	%3159 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2662
	%3160 = load i32, i32 addrspace(3)* %3159
	%3161 = add i32 %3160, %3027
	%3162 = add i32 %3161, u0x1000
	%3163 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3162
	store i32 %2659, i32 addrspace(3)* %3163
	%3164 = add i32 %3161, 6144
	%3165 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3164
	store i32 %2660, i32 addrspace(3)* %3165
	br label %3166

3166:
	br i1 %2664, label %3167, label %3175

3167:
	%3168 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2678
	%3169 = load i32, i32 addrspace(3)* %3168
	%3170 = add i32 %3169, %3034
	%3171 = add i32 %3170, u0x1000
	%3172 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3171
	store i32 %2675, i32 addrspace(3)* %3172
	%3173 = add i32 %3170, 6144
	%3174 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3173
	store i32 %2676, i32 addrspace(3)* %3174
	br label %3175

3175:
	br i1 %2680, label %3176, label %3184

3176:
	%3177 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2694
	%3178 = load i32, i32 addrspace(3)* %3177
	%3179 = add i32 %3178, %3041
	%3180 = add i32 %3179, u0x1000
	%3181 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3180
	store i32 %2691, i32 addrspace(3)* %3181
	%3182 = add i32 %3179, 6144
	%3183 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3182
	store i32 %2692, i32 addrspace(3)* %3183
	br label %3184

3184:
	br i1 %2696, label %3185, label %3193

3185:
	%3186 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2710
	%3187 = load i32, i32 addrspace(3)* %3186
	%3188 = add i32 %3187, %3048
	%3189 = add i32 %3188, u0x1000
	%3190 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3189
	store i32 %2707, i32 addrspace(3)* %3190
	%3191 = add i32 %3188, 6144
	%3192 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3191
	store i32 %2708, i32 addrspace(3)* %3192
	br label %3193

3193:
	br i1 %2712, label %3194, label %3202

3194:
	%3195 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2726
	%3196 = load i32, i32 addrspace(3)* %3195
	%3197 = add i32 %3196, %3055
	%3198 = add i32 %3197, u0x1000
	%3199 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3198
	store i32 %2723, i32 addrspace(3)* %3199
	%3200 = add i32 %3197, 6144
	%3201 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3200
	store i32 %2724, i32 addrspace(3)* %3201
	br label %3202

3202:
	br i1 %2728, label %3203, label %3211

3203:
	%3204 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %2742
	%3205 = load i32, i32 addrspace(3)* %3204
	%3206 = add i32 %3205, %3062
	%3207 = add i32 %3206, u0x1000
	%3208 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3207
	store i32 %2739, i32 addrspace(3)* %3208
	%3209 = add i32 %3206, 6144
	%3210 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3209
	store i32 %2740, i32 addrspace(3)* %3210
	br label %3211

3211:
	call void @llvm.nvvm.barrier0()
	%3212 = sub i32 %9, %2608
	%3213 = icmp slt i32 2048, %3212
	%3214 = select i1 %3213, i32 2048, i32 %3212
	%3215 = add i32 0, %0
	%3216 = icmp slt i32 %3215, %3214
	br i1 %3216, label %3217, label %3237

3217:
	%3218 = add i32 %3215, u0x1000
	%3219 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3218
	%3220 = load i32, i32 addrspace(3)* %3219
	%3221 = lshr i32 %3220, 24
	%3222 = and i32 %3221, 255
	%3223 = add i32 %3222, 768
	%3224 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %3223
	%3225 = load i32, i32 addrspace(3)* %3224
	%3226 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %3222
	%3227 = load i32, i32 addrspace(3)* %3226
	%3228 = sub i32 %3215, %3227
	%3229 = add i32 %3225, %3228
	%3230 = sext i32 %3229 to i64
	%3231 = getelementptr i32, i32* %38, i64 %3230
	store i32 %3220, i32* %3231
	%3232 = add i32 %3215, 6144
	%3233 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3232
	%3234 = load i32, i32 addrspace(3)* %3233
	%3235 = sext i32 %3229 to i64
	%3236 = getelementptr i32, i32* %15, i64 %3235
	store i32 %3234, i32* %3236
	br label %3237

3237:
	%3238 = add i32 256, %0
	%3239 = icmp slt i32 %3238, %3214
	br i1 %3239, label %3240, label %3260

3240:
	%3241 = add i32 %3238, u0x1000
	%3242 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3241
	%3243 = load i32, i32 addrspace(3)* %3242
	%3244 = lshr i32 %3243, 24
	%3245 = and i32 %3244, 255
	%3246 = add i32 %3245, 768
	%3247 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %3246
	%3248 = load i32, i32 addrspace(3)* %3247
	%3249 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %3245
	%3250 = load i32, i32 addrspace(3)* %3249
	%3251 = sub i32 %3238, %3250
	%3252 = add i32 %3248, %3251
	%3253 = sext i32 %3252 to i64
	%3254 = getelementptr i32, i32* %38, i64 %3253
	store i32 %3243, i32* %3254
	%3255 = add i32 %3238, 6144
	%3256 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3255
	%3257 = load i32, i32 addrspace(3)* %3256
	%3258 = sext i32 %3252 to i64
	%3259 = getelementptr i32, i32* %15, i64 %3258
	store i32 %3257, i32* %3259
	br label %3260

3260:
	%3261 = add i32 512, %0
	%3262 = icmp slt i32 %3261, %3214
	br i1 %3262, label %3263, label %3283

3263:
	%3264 = add i32 %3261, u0x1000
	%3265 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3264
	%3266 = load i32, i32 addrspace(3)* %3265
	%3267 = lshr i32 %3266, 24
	%3268 = and i32 %3267, 255
	%3269 = add i32 %3268, 768
	%3270 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %3269
	%3271 = load i32, i32 addrspace(3)* %3270
	%3272 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %3268
	%3273 = load i32, i32 addrspace(3)* %3272
	%3274 = sub i32 %3261, %3273
	%3275 = add i32 %3271, %3274
	%3276 = sext i32 %3275 to i64
	%3277 = getelementptr i32, i32* %38, i64 %3276
	store i32 %3266, i32* %3277
	%3278 = add i32 %3261, 6144
	%3279 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3278
	%3280 = load i32, i32 addrspace(3)* %3279
	%3281 = sext i32 %3275 to i64
	%3282 = getelementptr i32, i32* %15, i64 %3281
	store i32 %3280, i32* %3282
	br label %3283

3283:
	%3284 = add i32 768, %0
	%3285 = icmp slt i32 %3284, %3214
	br i1 %3285, label %3286, label %3306

3286:
	%3287 = add i32 %3284, u0x1000
	%3288 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3287
	%3289 = load i32, i32 addrspace(3)* %3288
	%3290 = lshr i32 %3289, 24
	%3291 = and i32 %3290, 255
	%3292 = add i32 %3291, 768
	%3293 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %3292
	%3294 = load i32, i32 addrspace(3)* %3293
	%3295 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %3291
	%3296 = load i32, i32 addrspace(3)* %3295
	%3297 = sub i32 %3284, %3296
	%3298 = add i32 %3294, %3297
	%3299 = sext i32 %3298 to i64
	%3300 = getelementptr i32, i32* %38, i64 %3299
	store i32 %3289, i32* %3300
	%3301 = add i32 %3284, 6144
	%3302 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3301
	%3303 = load i32, i32 addrspace(3)* %3302
	%3304 = sext i32 %3298 to i64
	%3305 = getelementptr i32, i32* %15, i64 %3304
	store i32 %3303, i32* %3305
	br label %3306

3306:
	%3307 = add i32 1024, %0
	%3308 = icmp slt i32 %3307, %3214
	br i1 %3308, label %3309, label %3329

3309:
	%3310 = add i32 %3307, u0x1000
	%3311 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3310
	%3312 = load i32, i32 addrspace(3)* %3311
	%3313 = lshr i32 %3312, 24
	%3314 = and i32 %3313, 255
	%3315 = add i32 %3314, 768
	%3316 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %3315
	%3317 = load i32, i32 addrspace(3)* %3316
	%3318 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %3314
	%3319 = load i32, i32 addrspace(3)* %3318
	%3320 = sub i32 %3307, %3319
	%3321 = add i32 %3317, %3320
	%3322 = sext i32 %3321 to i64
	%3323 = getelementptr i32, i32* %38, i64 %3322
	store i32 %3312, i32* %3323
	%3324 = add i32 %3307, 6144
	%3325 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3324
	%3326 = load i32, i32 addrspace(3)* %3325
	%3327 = sext i32 %3321 to i64
	%3328 = getelementptr i32, i32* %15, i64 %3327
	store i32 %3326, i32* %3328
	br label %3329

3329:
	%3330 = add i32 1280, %0
	%3331 = icmp slt i32 %3330, %3214
	br i1 %3331, label %3332, label %3352

3332:
	%3333 = add i32 %3330, u0x1000
	%3334 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3333
	%3335 = load i32, i32 addrspace(3)* %3334
	%3336 = lshr i32 %3335, 24
	%3337 = and i32 %3336, 255
	%3338 = add i32 %3337, 768
	%3339 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %3338
	%3340 = load i32, i32 addrspace(3)* %3339
	%3341 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %3337
	%3342 = load i32, i32 addrspace(3)* %3341
	%3343 = sub i32 %3330, %3342
	%3344 = add i32 %3340, %3343
	%3345 = sext i32 %3344 to i64
	%3346 = getelementptr i32, i32* %38, i64 %3345
	store i32 %3335, i32* %3346
	%3347 = add i32 %3330, 6144
	%3348 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3347
	%3349 = load i32, i32 addrspace(3)* %3348
	%3350 = sext i32 %3344 to i64
	%3351 = getelementptr i32, i32* %15, i64 %3350
	store i32 %3349, i32* %3351
	br label %3352

3352:
	%3353 = add i32 1536, %0
	%3354 = icmp slt i32 %3353, %3214
	br i1 %3354, label %3355, label %3375

3355:
	%3356 = add i32 %3353, u0x1000
	%3357 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3356
	%3358 = load i32, i32 addrspace(3)* %3357
	%3359 = lshr i32 %3358, 24
	%3360 = and i32 %3359, 255
	%3361 = add i32 %3360, 768
	%3362 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %3361
	%3363 = load i32, i32 addrspace(3)* %3362
	%3364 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %3360
	%3365 = load i32, i32 addrspace(3)* %3364
	%3366 = sub i32 %3353, %3365
	%3367 = add i32 %3363, %3366
	%3368 = sext i32 %3367 to i64
	%3369 = getelementptr i32, i32* %38, i64 %3368
	store i32 %3358, i32* %3369
	%3370 = add i32 %3353, 6144
	%3371 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3370
	%3372 = load i32, i32 addrspace(3)* %3371
	%3373 = sext i32 %3367 to i64
	%3374 = getelementptr i32, i32* %15, i64 %3373
	store i32 %3372, i32* %3374
	br label %3375

3375:
	%3376 = add i32 1792, %0
	%3377 = icmp slt i32 %3376, %3214
	br i1 %3377, label %3378, label %3398

3378:
	%3379 = add i32 %3376, u0x1000
	%3380 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3379
	%3381 = load i32, i32 addrspace(3)* %3380
	%3382 = lshr i32 %3381, 24
	%3383 = and i32 %3382, 255
	%3384 = add i32 %3383, 768
	%3385 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %3384
	%3386 = load i32, i32 addrspace(3)* %3385
	%3387 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_radix_start, i32 0, i32 %3383
	%3388 = load i32, i32 addrspace(3)* %3387
	%3389 = sub i32 %3376, %3388
	%3390 = add i32 %3386, %3389
	%3391 = sext i32 %3390 to i64
	%3392 = getelementptr i32, i32* %38, i64 %3391
	store i32 %3381, i32* %3392
	%3393 = add i32 %3376, 6144
	%3394 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_radix_big, i32 0, i32 %3393
	%3395 = load i32, i32 addrspace(3)* %3394
	%3396 = sext i32 %3390 to i64
	%3397 = getelementptr i32, i32* %15, i64 %3396
	store i32 %3395, i32* %3397
	br label %3398

3398:
	call void @llvm.nvvm.barrier0()
	%3399 = add i32 %0, 768
	%3400 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %3399
	%3401 = load i32, i32 addrspace(3)* %3400
	%3402 = add i32 %3401, %3006
	%3403 = add i32 %0, 768
	%3404 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_radix_hist, i32 0, i32 %3403
	store i32 %3402, i32 addrspace(3)* %3404
	%3405 = add i32 %2608, 2048
	br label %2607
}

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare void @llvm.nvvm.bar.warp.sync(i32 %p0)

define ptx_kernel void @s2o_permclass0(i32* %perm, i8* %cls, i32 %M, i32 %N, i32 %NQ, i32 %NK, i32 %NS, i32 %seg) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%3 = mul i32 %2, 256
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%5 = add i32 %3, %4
	%6 = icmp slt i32 %5, %NK
	br i1 %6, label %7, label %18

7:
	%8 = mul i32 %5, 64
	%9 = add i32 %8, 64
	%10 = icmp slt i32 %9, %N
	%11 = select i1 %10, i32 %9, i32 %N
	%12 = mul i32 %1, %NS
	%13 = add i32 %12, %0
	%14 = sext i32 %13 to i64
	%15 = sext i32 %N to i64
	%16 = mul i64 %14, %15
	%17 = getelementptr i32, i32* %perm, i64 %16
	br label %19

18:
	ret void

19:
	%20 = phi i32 [ %8, %7 ], [ %32, %24 ]
	%21 = phi i32 [ u0x7FFFFFFF, %7 ], [ %29, %24 ]
	%22 = phi i32 [ -1, %7 ], [ %31, %24 ]
	%23 = icmp slt i32 %20, %11
	br i1 %23, label %24, label %33

24:
	%25 = sext i32 %20 to i64
	%26 = getelementptr i32, i32* %17, i64 %25
	%27 = load i32, i32* %26
	%28 = icmp slt i32 %21, %27
	%29 = select i1 %28, i32 %21, i32 %27
	%30 = icmp sgt i32 %22, %27
	%31 = select i1 %30, i32 %22, i32 %27
	%32 = add i32 %20, 1
	br label %19

33:
	%34 = sub i32 %11, %8
	%35 = icmp slt i32 %34, 64
	%36 = select i1 %35, i8 1, i8 2
	%37 = mul i32 %0, %seg
	%38 = sdiv i32 %37, 64
	%39 = add i32 %37, %seg
	%40 = add i32 %39, 63
	%41 = sdiv i32 %40, 64
	%42 = icmp slt i32 %41, %NQ
	%43 = select i1 %42, i32 %41, i32 %NQ
	br label %44

44:
	%45 = phi i32 [ %38, %33 ], [ %63, %47 ]
	%46 = icmp slt i32 %45, %43
	br i1 %46, label %47, label %64

47:
	%48 = mul i32 %45, 64
	%49 = add i32 %48, 64
	%50 = icmp slt i32 %49, %M
	%51 = select i1 %50, i32 %49, i32 %M
	%52 = sub i32 %51, 1
	%53 = icmp sle i32 %22, %48
	%54 = select i1 %53, i8 %36, i8 1
	%55 = icmp sgt i32 %21, %52
	%56 = select i1 %55, i8 0, i8 %54
	%57 = mul i32 %1, %NQ
	%58 = add i32 %57, %45
	%59 = mul i32 %58, %NK
	%60 = add i32 %59, %5
	%61 = sext i32 %60 to i64
	%62 = getelementptr i8, i8* %cls, i64 %61
	store i8 %56, i8* %62
	%63 = add i32 %45, 1
	br label %44

64:
	br label %18
}

define ptx_kernel void @s2o_select2(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	br label %17

17:
	%18 = phi i32 [ %0, %entry ], [ %55, %50 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %54, %50 ]
	%20 = icmp slt i32 %18, %16
	br i1 %20, label %21, label %30

21:
	%22 = icmp slt i32 %18, %NK
	%23 = select i1 %22, i32 %18, i32 0
	%24 = add i32 %10, %23
	%25 = sext i32 %24 to i64
	%26 = getelementptr i8, i8* %cls, i64 %25
	%27 = load i8, i8* %26
	%28 = icmp ne i8 %27, 0
	%29 = and i1 %22, %28
	br i1 %29, label %45, label %50

30:
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %19, i32 16, i32 31)
	%32 = call float @llvm.nvvm.fmax.f(float %19, float %31)
	%33 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 8, i32 31)
	%34 = call float @llvm.nvvm.fmax.f(float %32, float %33)
	%35 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %34, i32 4, i32 31)
	%36 = call float @llvm.nvvm.fmax.f(float %34, float %35)
	%37 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %36, i32 2, i32 31)
	%38 = call float @llvm.nvvm.fmax.f(float %36, float %37)
	%39 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %38, i32 1, i32 31)
	%40 = call float @llvm.nvvm.fmax.f(float %38, float %39)
	%41 = lshr i32 %0, 5
	%42 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%43 = icmp eq i32 %42, 0
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 %41
	br i1 %43, label %56, label %57

45:
	%46 = add i32 %11, %18
	%47 = sext i32 %46 to i64
	%48 = getelementptr float, float* %e, i64 %47
	%49 = load float, float* %48
	br label %50

50:
	%51 = phi float [ 0xFFF0000000000000, %21 ], [ %49, %45 ]
	%52 = bitcast float %51 to i32
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 7
	%79 = load float, float addrspace(3)* %78
	%80 = call float @llvm.nvvm.fmax.f(float %77, float %79)
	%81 = fcmp oeq float %80, 0xFFF0000000000000
	%82 = select i1 %81, float 0.0, float %80
	br label %83

83:
	%84 = phi i32 [ %0, %57 ], [ %99, %87 ]
	%85 = phi float [ 0.0, %57 ], [ %98, %87 ]
	%86 = icmp slt i32 %84, %16
	br i1 %86, label %87, label %100

87:
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %84
	store i32 %95, i32 addrspace(3)* %96
	%97 = select i1 %91, float %93, float 0.0
	%98 = fadd float %85, %97
	%99 = add i32 %84, 256
	br label %83

100:
	%101 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %85, i32 16, i32 31)
	%102 = fadd float %85, %101
	%103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %102, i32 8, i32 31)
	%104 = fadd float %102, %103
	%105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %104, i32 4, i32 31)
	%106 = fadd float %104, %105
	%107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %106, i32 2, i32 31)
	%108 = fadd float %106, %107
	%109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %108, i32 1, i32 31)
	%110 = fadd float %108, %109
	%111 = lshr i32 %0, 5
	%112 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%113 = icmp eq i32 %112, 0
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 64
	%142 = add i32 %141, %off
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 64
	%145 = icmp slt i32 %144, %M
	%146 = select i1 %145, i32 %144, i32 %M
	%147 = sub i32 %146, 1
	%148 = add i32 %147, %off
	%149 = icmp slt i32 %142, 0
	%150 = sub i32 0, %142
	%151 = sub i32 64, 1
	%152 = add i32 %150, %151
	%153 = sdiv i32 %152, 64
	%154 = sub i32 0, %153
	%155 = sdiv i32 %142, 64
	%156 = select i1 %149, i32 %154, i32 %155
	%157 = icmp slt i32 %148, 0
	%158 = sub i32 0, %148
	%159 = sub i32 64, 1
	%160 = add i32 %158, %159
	%161 = sdiv i32 %160, 64
	%162 = sub i32 0, %161
	%163 = sdiv i32 %148, 64
	%164 = select i1 %157, i32 %162, i32 %163
	br label %165

165:
	%166 = phi i32 [ %0, %116 ], [ %219, %196 ]
	%167 = phi float [ 0.0, %116 ], [ %218, %196 ]
	%168 = icmp slt i32 %166, %16
	br i1 %168, label %169, label %177

169:
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %166
	%171 = load i32, i32 addrspace(3)* %170
	%172 = bitcast i32 %171 to float
	%173 = fcmp oge float %172, 0.0
	%174 = fmul float %172, %140
	%175 = select i1 %173, float %174, float -1.0
	%176 = icmp slt i32 %166, %NK
	br i1 %176, label %192, label %196

177:
	%178 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 16, i32 31)
	%179 = fadd float %167, %178
	%180 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %179, i32 8, i32 31)
	%181 = fadd float %179, %180
	%182 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %181, i32 4, i32 31)
	%183 = fadd float %181, %182
	%184 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %183, i32 2, i32 31)
	%185 = fadd float %183, %184
	%186 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %185, i32 1, i32 31)
	%187 = fadd float %185, %186
	%188 = lshr i32 %0, 5
	%189 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%190 = icmp eq i32 %189, 0
	%191 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 %188
	br i1 %190, label %220, label %221

192:
	%193 = add i32 %11, %166
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	store float %175, float* %195
	br label %196

196:
	%197 = icmp sge i32 %166, %156
	%198 = icmp sle i32 %166, %164
	%199 = and i1 %197, %198
	%200 = or i1 false, %199
	%201 = mul i32 %1, 64
	%202 = sdiv i32 %201, 256
	%203 = mul i32 %202, 256
	%204 = sdiv i32 %203, 64
	%205 = add i32 %202, 1
	%206 = mul i32 %205, 256
	%207 = sdiv i32 %206, 64
	%208 = icmp sge i32 %166, %204
	%209 = icmp slt i32 %166, %207
	%210 = and i1 %208, %209
	%211 = or i1 %200, %210
	%212 = bitcast float %175 to i32
	%213 = add i32 %212, 2
	%214 = select i1 %211, i32 1, i32 %213
	%215 = select i1 %173, i32 %214, i32 0
	%216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %166
	store i32 %215, i32 addrspace(3)* %216
	%217 = uitofp i1 %173 to float
	%218 = fadd float %167, %217
	%219 = add i32 %166, 256
	br label %165

220:
	store float %187, float addrspace(3)* %191
	br label %221

221:
	call void @llvm.nvvm.barrier0()
	%222 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 0
	%223 = load float, float addrspace(3)* %222
	%224 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 1
	%225 = load float, float addrspace(3)* %224
	%226 = fadd float %223, %225
	%227 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 2
	%228 = load float, float addrspace(3)* %227
	%229 = fadd float %226, %228
	%230 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 3
	%231 = load float, float addrspace(3)* %230
	%232 = fadd float %229, %231
	%233 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 4
	%234 = load float, float addrspace(3)* %233
	%235 = fadd float %232, %234
	%236 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 5
	%237 = load float, float addrspace(3)* %236
	%238 = fadd float %235, %237
	%239 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 6
	%240 = load float, float addrspace(3)* %239
	%241 = fadd float %238, %240
	%242 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 7
	%243 = load float, float addrspace(3)* %242
	%244 = fadd float %241, %243
	%245 = fptosi float %244 to i32
	%246 = icmp eq i32 %0, 0
	br i1 %246, label %247, label %251

247:
	%248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 0
	%249 = load i32, i32 addrspace(3)* %248
	%250 = icmp eq i32 %249, 1
	br i1 %250, label %257, label %265

251:
	call void @llvm.nvvm.barrier0()
	%252 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_select2_cnt, i32 0, i32 0
	%253 = load i32, i32 addrspace(3)* %252
	%254 = sub i32 %245, %253
	%255 = icmp sgt i32 %254, 0
	%256 = select i1 %255, i32 %254, i32 0
	br label %322

257:
	%258 = add i32 %13, 0
	%259 = sext i32 %258 to i64
	%260 = getelementptr i32, i32* %list, i64 %259
	store i32 0, i32* %260
	%261 = add i32 %13, %NK
	%262 = add i32 %261, 0
	%263 = sext i32 %262 to i64
	%264 = getelementptr i32, i32* %list, i64 %263
	store i32 1, i32* %264
	br label %265

265:
	%266 = add i32 %11, 0
	%267 = sext i32 %266 to i64
	%268 = getelementptr float, float* %e, i64 %267
	%269 = load float, float* %268
	%270 = add i32 0, 1
	%271 = select i1 %250, i32 %270, i32 0
	%272 = fpext float %269 to double
	%273 = fadd double 0.0, %272
	%274 = select i1 %250, double %273, double 0.0
	%275 = mul i32 %1, 64
	%276 = sdiv i32 %275, 256
	%277 = mul i32 %276, 256
	%278 = sdiv i32 %277, 64
	%279 = add i32 %276, 1
	%280 = mul i32 %279, 256
	%281 = sdiv i32 %280, 64
	%282 = icmp slt i32 %156, %278
	%283 = select i1 %282, i32 %156, i32 %278
	%284 = icmp sgt i32 %283, 1
	%285 = select i1 %284, i32 %283, i32 1
	%286 = add i32 %164, 1
	%287 = icmp sgt i32 %286, %281
	%288 = select i1 %287, i32 %286, i32 %281
	%289 = icmp slt i32 %288, %NK
	%290 = select i1 %289, i32 %288, i32 %NK
	br label %291

291:
	%292 = phi i32 [ %285, %265 ], [ %321, %311 ]
	%293 = phi i32 [ %271, %265 ], [ %317, %311 ]
	%294 = phi double [ %274, %265 ], [ %320, %311 ]
	%295 = icmp slt i32 %292, %290
	br i1 %295, label %296, label %300

296:
	%297 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %292
	%298 = load i32, i32 addrspace(3)* %297
	%299 = icmp eq i32 %298, 1
	br i1 %299, label %303, label %311

300:
	%301 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_select2_cnt, i32 0, i32 0
	store i32 %293, i32 addrspace(3)* %301
	%302 = getelementptr [1 x double], [1 x double] addrspace(3)* @s2o_select2_mass, i32 0, i32 0
	store double %294, double addrspace(3)* %302
	br label %251

303:
	%304 = add i32 %13, %293
	%305 = sext i32 %304 to i64
	%306 = getelementptr i32, i32* %list, i64 %305
	store i32 %292, i32* %306
	%307 = add i32 %13, %NK
	%308 = add i32 %307, %293
	%309 = sext i32 %308 to i64
	%310 = getelementptr i32, i32* %list, i64 %309
	store i32 1, i32* %310
	br label %311

311:
	%312 = add i32 %11, %292
	%313 = sext i32 %312 to i64
	%314 = getelementptr float, float* %e, i64 %313
	%315 = load float, float* %314
	%316 = add i32 %293, 1
	%317 = select i1 %299, i32 %316, i32 %293
	%318 = fpext float %315 to double
	%319 = fadd double %294, %318
	%320 = select i1 %299, double %319, double %294
	%321 = add i32 %292, 1
	br label %291

322:
	%323 = phi i32 [ 0, %251 ], [ %423, %420 ]
	%324 = phi i32 [ 0, %251 ], [ %421, %420 ]
	%325 = phi i32 [ 0, %251 ], [ %422, %420 ]
	%326 = icmp slt i32 %323, %16
	br i1 %326, label %327, label %356

327:
	%328 = add i32 %323, %0
	%329 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %328
	%330 = load i32, i32 addrspace(3)* %329
	%331 = icmp ugt i32 %330, 1
	call void @llvm.nvvm.barrier0()
	%332 = zext i1 %331 to i32
	%333 = and i32 %0, 31
	%334 = lshr i32 %0, 5
	%335 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %332, i32 1, i32 0)
	%336 = icmp uge i32 %333, 1
	%337 = select i1 %336, i32 %335, i32 0
	%338 = add i32 %332, %337
	%339 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %338, i32 2, i32 0)
	%340 = icmp uge i32 %333, 2
	%341 = select i1 %340, i32 %339, i32 0
	%342 = add i32 %338, %341
	%343 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %342, i32 4, i32 0)
	%344 = icmp uge i32 %333, 4
	%345 = select i1 %344, i32 %343, i32 0
	%346 = add i32 %342, %345
	%347 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %346, i32 8, i32 0)
	%348 = icmp uge i32 %333, 8
	%349 = select i1 %348, i32 %347, i32 0
	%350 = add i32 %346, %349
	%351 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %350, i32 16, i32 0)
	%352 = icmp uge i32 %333, 16
	%353 = select i1 %352, i32 %351, i32 0
	%354 = add i32 %350, %353
	%355 = icmp eq i32 %333, 31
	br i1 %355, label %364, label %366

356:
	call void @llvm.nvvm.barrier0()
	%357 = sub i32 %256, 1
	%358 = call i32 @llvm.ctlz.i32(i32 %357, i1 false)
	%359 = icmp sgt i32 %256, 1
	%360 = sub i32 32, %358
	%361 = select i1 %359, i32 %360, i32 0
	%362 = shl i32 1, %361
	%363 = add i32 %256, %0
	br label %424

364:
	%365 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 %334
	store i32 %354, i32 addrspace(3)* %365
	br label %366

366:
	call void @llvm.nvvm.barrier0()
	%367 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 0
	%368 = load i32, i32 addrspace(3)* %367
	%369 = icmp sgt i32 %334, 0
	%370 = select i1 %369, i32 %368, i32 0
	%371 = add i32 0, %370
	%372 = add i32 0, %368
	%373 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 1
	%374 = load i32, i32 addrspace(3)* %373
	%375 = icmp sgt i32 %334, 1
	%376 = select i1 %375, i32 %374, i32 0
	%377 = add i32 %371, %376
	%378 = add i32 %372, %374
	%379 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 2
	%380 = load i32, i32 addrspace(3)* %379
	%381 = icmp sgt i32 %334, 2
	%382 = select i1 %381, i32 %380, i32 0
	%383 = add i32 %377, %382
	%384 = add i32 %378, %380
	%385 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 3
	%386 = load i32, i32 addrspace(3)* %385
	%387 = icmp sgt i32 %334, 3
	%388 = select i1 %387, i32 %386, i32 0
	%389 = add i32 %383, %388
	%390 = add i32 %384, %386
	%391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 4
	%392 = load i32, i32 addrspace(3)* %391
	%393 = icmp sgt i32 %334, 4
	%394 = select i1 %393, i32 %392, i32 0
	%395 = add i32 %389, %394
	%396 = add i32 %390, %392
	%397 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 5
	%398 = load i32, i32 addrspace(3)* %397
	%399 = icmp sgt i32 %334, 5
	%400 = select i1 %399, i32 %398, i32 0
	%401 = add i32 %395, %400
	%402 = add i32 %396, %398
	%403 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 6
	%404 = load i32, i32 addrspace(3)* %403
	%405 = icmp sgt i32 %334, 6
	%406 = select i1 %405, i32 %404, i32 0
	%407 = add i32 %401, %406
	%408 = add i32 %402, %404
	%409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 7
	%410 = load i32, i32 addrspace(3)* %409
	%411 = icmp sgt i32 %334, 7
	%412 = select i1 %411, i32 %410, i32 0
	%413 = add i32 %407, %412
	%414 = add i32 %408, %410
	%415 = add i32 %413, %354
	%416 = sub i32 %415, %332
	br i1 %331, label %417, label %420

417:
	%418 = add i32 %325, %416
	%419 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %418
	store i32 %328, i32 addrspace(3)* %419
	br label %420

420:
	%421 = add i32 %324, 0
	%422 = add i32 %325, %414
	%423 = add i32 %323, 256
	br label %322

424:
	%425 = phi i32 [ %363, %356 ], [ %429, %427 ]
	%426 = icmp slt i32 %425, %362
	br i1 %426, label %427, label %430

427:
	%428 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %425
	store i32 -1, i32 addrspace(3)* %428
	%429 = add i32 %425, 256
	br label %424

430:
	call void @llvm.nvvm.barrier0()
	%431 = add i32 %361, 1
	br label %432

432:
	%433 = phi i32 [ 1, %430 ], [ %449, %448 ]
	%434 = icmp slt i32 %433, %431
	br i1 %434, label %435, label %437

435:
	%436 = shl i32 1, %433
	br label %438

437:
	br label %490

438:
	%439 = phi i32 [ 0, %435 ], [ %484, %483 ]
	%440 = icmp slt i32 %439, %433
	br i1 %440, label %441, label %448

441:
	%442 = sub i32 %433, 1
	%443 = sub i32 %442, %439
	%444 = shl i32 1, %443
	%445 = sub i32 %433, 1
	%446 = sub i32 %445, %439
	%447 = lshr i32 %362, 1
	br label %450

448:
	%449 = add i32 %433, 1
	br label %432

450:
	%451 = phi i32 [ %0, %441 ], [ %489, %488 ]
	%452 = icmp slt i32 %451, %447
	br i1 %452, label %453, label %483

453:
	%454 = lshr i32 %451, %446
	%455 = add i32 %446, 1
	%456 = shl i32 %454, %455
	%457 = sub i32 %444, 1
	%458 = and i32 %451, %457
	%459 = or i32 %456, %458
	%460 = or i32 %459, %444
	%461 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %459
	%462 = load i32, i32 addrspace(3)* %461
	%463 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %460
	%464 = load i32, i32 addrspace(3)* %463
	%465 = and i32 %459, %436
	%466 = icmp eq i32 %465, 0
	%467 = icmp sge i32 %464, 0
	%468 = select i1 %467, i32 %464, i32 0
	%469 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %468
	%470 = load i32, i32 addrspace(3)* %469
	%471 = select i1 %467, i32 %470, i32 0
	%472 = icmp sge i32 %462, 0
	%473 = select i1 %472, i32 %462, i32 0
	%474 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %473
	%475 = load i32, i32 addrspace(3)* %474
	%476 = select i1 %472, i32 %475, i32 0
	%477 = icmp ugt i32 %471, %476
	%478 = icmp eq i32 %471, %476
	%479 = icmp slt i32 %464, %462
	%480 = and i1 %478, %479
	%481 = or i1 %477, %480
	%482 = icmp eq i1 %481, %466
	br i1 %482, label %485, label %488

483:
	call void @llvm.nvvm.barrier0()
	%484 = add i32 %439, 1
	br label %438

485:
	%486 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %459
	store i32 %464, i32 addrspace(3)* %486
	%487 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %460
	store i32 %462, i32 addrspace(3)* %487
	br label %488

488:
	%489 = add i32 %451, 256
	br label %450

490:
	%491 = phi i32 [ %0, %437 ], [ %504, %493 ]
	%492 = icmp slt i32 %491, %256
	br i1 %492, label %493, label %505

493:
	%494 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %491
	%495 = load i32, i32 addrspace(3)* %494
	%496 = add i32 %253, %491
	%497 = add i32 %13, %496
	%498 = sext i32 %497 to i64
	%499 = getelementptr i32, i32* %list, i64 %498
	store i32 %495, i32* %499
	%500 = add i32 %13, %NK
	%501 = add i32 %500, %496
	%502 = sext i32 %501 to i64
	%503 = getelementptr i32, i32* %list, i64 %502
	store i32 0, i32* %503
	%504 = add i32 %491, 256
	br label %490

505:
	%506 = add i32 %253, %256
	%507 = add i32 %506, %0
	br label %508

508:
	%509 = phi i32 [ %507, %505 ], [ %519, %511 ]
	%510 = icmp slt i32 %509, %NK
	br i1 %510, label %511, label %520

511:
	%512 = add i32 %13, %509
	%513 = sext i32 %512 to i64
	%514 = getelementptr i32, i32* %list, i64 %513
	store i32 -1, i32* %514
	%515 = add i32 %13, %NK
	%516 = add i32 %515, %509
	%517 = sext i32 %516 to i64
	%518 = getelementptr i32, i32* %list, i64 %517
	store i32 -1, i32* %518
	%519 = add i32 %509, 256
	br label %508

520:
	ret void
}

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @s2o_pool_q1(i16* %x, float* %out, i32 %L, i32 %NT) {
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
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @s2o_pool_k1(i16* %x, float* %out, i32 %L, i32 %NT) {
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
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @s2o_scores1(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_scores1_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_scores1_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_scores1_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_scores1_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_scores1_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_scores1_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_scores1_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_scores1_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_scores1_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_scores1_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

define ptx_kernel void @s2o_perm_scores1(i16* %k, float* %qm, float* %e, i32* %perm, i32 %M, i32 %N, i32 %NQ, i32 %NK, i32 %NS, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%3 = sdiv i32 %0, 8
	%4 = srem i32 %0, 8
	%5 = icmp slt i32 %3, 16
	%6 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%7 = mul i32 %6, 8
	%8 = mul i32 %1, 256
	%9 = add i32 %7, 8
	%10 = icmp slt i32 %8, %N
	%11 = select i1 %10, i32 %8, i32 %N
	%12 = sdiv i32 %11, 64
	%13 = icmp slt i32 %9, %12
	%14 = select i1 %13, i32 %9, i32 %12
	%15 = sdiv i32 %8, 64
	%16 = add i32 %8, 256
	%17 = add i32 %16, 63
	%18 = sdiv i32 %17, 64
	%19 = icmp slt i32 %18, %NQ
	%20 = select i1 %19, i32 %18, i32 %NQ
	%21 = mul i32 %2, %NS
	%22 = add i32 %21, %1
	%23 = sext i32 %22 to i64
	%24 = sext i32 %N to i64
	%25 = mul i64 %23, %24
	%26 = getelementptr i32, i32* %perm, i64 %25
	%27 = sdiv i32 %2, %group
	%28 = sext i32 %27 to i64
	%29 = sext i32 %N to i64
	%30 = mul i64 %28, %29
	%31 = mul i64 %30, 64
	%32 = mul i32 %4, 8
	%33 = sext i32 %32 to i64
	%34 = add i64 %31, %33
	%35 = getelementptr i16, i16* %k, i64 %34
	br label %36

36:
	%37 = phi i32 [ %7, %entry ], [ %341, %340 ]
	%38 = icmp slt i32 %37, %14
	br i1 %38, label %39, label %41

39:
	%40 = mul i32 %37, 64
	br i1 %5, label %42, label %45

41:
	ret void

42:
	%43 = add i32 %3, 0
	%44 = icmp slt i32 %43, 64
	br i1 %44, label %47, label %65

45:
	call void @llvm.nvvm.barrier0()
	%46 = icmp slt i32 %0, 64
	br i1 %46, label %265, label %331

47:
	%48 = add i32 %40, %43
	%49 = sext i32 %48 to i64
	%50 = getelementptr i32, i32* %26, i64 %49
	%51 = load i32, i32* %50
	%52 = sext i32 %51 to i64
	%53 = mul i64 %52, 64
	%54 = getelementptr i16, i16* %35, i64 %53
	%55 = bitcast i16* %54 to <8 x i16>*
	%56 = load <8 x i16>, <8 x i16>* %55, align 16
	%57 = extractelement <8 x i16> %56, i32 0
	%58 = extractelement <8 x i16> %56, i32 1
	%59 = extractelement <8 x i16> %56, i32 2
	%60 = extractelement <8 x i16> %56, i32 3
	%61 = extractelement <8 x i16> %56, i32 4
	%62 = extractelement <8 x i16> %56, i32 5
	%63 = extractelement <8 x i16> %56, i32 6
	%64 = extractelement <8 x i16> %56, i32 7
	br label %65

65:
	%66 = phi i16 [ 0, %42 ], [ %57, %47 ]
	%67 = phi i16 [ 0, %42 ], [ %58, %47 ]
	%68 = phi i16 [ 0, %42 ], [ %59, %47 ]
	%69 = phi i16 [ 0, %42 ], [ %60, %47 ]
	%70 = phi i16 [ 0, %42 ], [ %61, %47 ]
	%71 = phi i16 [ 0, %42 ], [ %62, %47 ]
	%72 = phi i16 [ 0, %42 ], [ %63, %47 ]
	%73 = phi i16 [ 0, %42 ], [ %64, %47 ]
	%74 = add i32 %3, 16
	%75 = icmp slt i32 %74, 64
	br i1 %75, label %76, label %94

76:
	%77 = add i32 %40, %74
	%78 = sext i32 %77 to i64
	%79 = getelementptr i32, i32* %26, i64 %78
	%80 = load i32, i32* %79
	%81 = sext i32 %80 to i64
	%82 = mul i64 %81, 64
	%83 = getelementptr i16, i16* %35, i64 %82
	%84 = bitcast i16* %83 to <8 x i16>*
	%85 = load <8 x i16>, <8 x i16>* %84, align 16
	%86 = extractelement <8 x i16> %85, i32 0
	%87 = extractelement <8 x i16> %85, i32 1
	%88 = extractelement <8 x i16> %85, i32 2
	%89 = extractelement <8 x i16> %85, i32 3
	%90 = extractelement <8 x i16> %85, i32 4
	%91 = extractelement <8 x i16> %85, i32 5
	%92 = extractelement <8 x i16> %85, i32 6
	%93 = extractelement <8 x i16> %85, i32 7
	br label %94

94:
	%95 = phi i16 [ 0, %65 ], [ %86, %76 ]
	%96 = phi i16 [ 0, %65 ], [ %87, %76 ]
	%97 = phi i16 [ 0, %65 ], [ %88, %76 ]
	%98 = phi i16 [ 0, %65 ], [ %89, %76 ]
	%99 = phi i16 [ 0, %65 ], [ %90, %76 ]
	%100 = phi i16 [ 0, %65 ], [ %91, %76 ]
	%101 = phi i16 [ 0, %65 ], [ %92, %76 ]
	%102 = phi i16 [ 0, %65 ], [ %93, %76 ]
	%103 = add i32 %3, 32
	%104 = icmp slt i32 %103, 64
	br i1 %104, label %105, label %123

105:
	%106 = add i32 %40, %103
	%107 = sext i32 %106 to i64
	%108 = getelementptr i32, i32* %26, i64 %107
	%109 = load i32, i32* %108
	%110 = sext i32 %109 to i64
	%111 = mul i64 %110, 64
	%112 = getelementptr i16, i16* %35, i64 %111
	%113 = bitcast i16* %112 to <8 x i16>*
	%114 = load <8 x i16>, <8 x i16>* %113, align 16
	%115 = extractelement <8 x i16> %114, i32 0
	%116 = extractelement <8 x i16> %114, i32 1
	%117 = extractelement <8 x i16> %114, i32 2
	%118 = extractelement <8 x i16> %114, i32 3
	%119 = extractelement <8 x i16> %114, i32 4
	%120 = extractelement <8 x i16> %114, i32 5
	%121 = extractelement <8 x i16> %114, i32 6
	%122 = extractelement <8 x i16> %114, i32 7
	br label %123

123:
	%124 = phi i16 [ 0, %94 ], [ %115, %105 ]
	%125 = phi i16 [ 0, %94 ], [ %116, %105 ]
	%126 = phi i16 [ 0, %94 ], [ %117, %105 ]
	%127 = phi i16 [ 0, %94 ], [ %118, %105 ]
	%128 = phi i16 [ 0, %94 ], [ %119, %105 ]
	%129 = phi i16 [ 0, %94 ], [ %120, %105 ]
	%130 = phi i16 [ 0, %94 ], [ %121, %105 ]
	%131 = phi i16 [ 0, %94 ], [ %122, %105 ]
	%132 = add i32 %3, 48
	%133 = icmp slt i32 %132, 64
	br i1 %133, label %134, label %152

134:
	%135 = add i32 %40, %132
	%136 = sext i32 %135 to i64
	%137 = getelementptr i32, i32* %26, i64 %136
	%138 = load i32, i32* %137
	%139 = sext i32 %138 to i64
	%140 = mul i64 %139, 64
	%141 = getelementptr i16, i16* %35, i64 %140
	%142 = bitcast i16* %141 to <8 x i16>*
	%143 = load <8 x i16>, <8 x i16>* %142, align 16
	%144 = extractelement <8 x i16> %143, i32 0
	%145 = extractelement <8 x i16> %143, i32 1
	%146 = extractelement <8 x i16> %143, i32 2
	%147 = extractelement <8 x i16> %143, i32 3
	%148 = extractelement <8 x i16> %143, i32 4
	%149 = extractelement <8 x i16> %143, i32 5
	%150 = extractelement <8 x i16> %143, i32 6
	%151 = extractelement <8 x i16> %143, i32 7
	br label %152

152:
	%153 = phi i16 [ 0, %123 ], [ %144, %134 ]
	%154 = phi i16 [ 0, %123 ], [ %145, %134 ]
	%155 = phi i16 [ 0, %123 ], [ %146, %134 ]
	%156 = phi i16 [ 0, %123 ], [ %147, %134 ]
	%157 = phi i16 [ 0, %123 ], [ %148, %134 ]
	%158 = phi i16 [ 0, %123 ], [ %149, %134 ]
	%159 = phi i16 [ 0, %123 ], [ %150, %134 ]
	%160 = phi i16 [ 0, %123 ], [ %151, %134 ]
	%161 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %66)
	%162 = fadd float 0.0, %161
	%163 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %95)
	%164 = fadd float %162, %163
	%165 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %124)
	%166 = fadd float %164, %165
	%167 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %153)
	%168 = fadd float %166, %167
	%169 = mul i32 %3, 64
	%170 = mul i32 %4, 8
	%171 = add i32 %170, 0
	%172 = add i32 %169, %171
	%173 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %172
	store float %168, float addrspace(3)* %173
	%174 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %67)
	%175 = fadd float 0.0, %174
	%176 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %96)
	%177 = fadd float %175, %176
	%178 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %125)
	%179 = fadd float %177, %178
	%180 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %154)
	%181 = fadd float %179, %180
	%182 = mul i32 %3, 64
	%183 = mul i32 %4, 8
	%184 = add i32 %183, 1
	%185 = add i32 %182, %184
	%186 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %185
	store float %181, float addrspace(3)* %186
	%187 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %68)
	%188 = fadd float 0.0, %187
	%189 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %97)
	%190 = fadd float %188, %189
	%191 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %126)
	%192 = fadd float %190, %191
	%193 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %155)
	%194 = fadd float %192, %193
	%195 = mul i32 %3, 64
	%196 = mul i32 %4, 8
	%197 = add i32 %196, 2
	%198 = add i32 %195, %197
	%199 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %198
	store float %194, float addrspace(3)* %199
	%200 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %69)
	%201 = fadd float 0.0, %200
	%202 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %98)
	%203 = fadd float %201, %202
	%204 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %127)
	%205 = fadd float %203, %204
	%206 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %156)
	%207 = fadd float %205, %206
	%208 = mul i32 %3, 64
	%209 = mul i32 %4, 8
	%210 = add i32 %209, 3
	%211 = add i32 %208, %210
	%212 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %211
	store float %207, float addrspace(3)* %212
	%213 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %70)
	%214 = fadd float 0.0, %213
	%215 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %99)
	%216 = fadd float %214, %215
	%217 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %128)
	%218 = fadd float %216, %217
	%219 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %157)
	%220 = fadd float %218, %219
	%221 = mul i32 %3, 64
	%222 = mul i32 %4, 8
	%223 = add i32 %222, 4
	%224 = add i32 %221, %223
	%225 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %224
	store float %220, float addrspace(3)* %225
	%226 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %71)
	%227 = fadd float 0.0, %226
	%228 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %100)
	%229 = fadd float %227, %228
	%230 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %129)
	%231 = fadd float %229, %230
	%232 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %158)
	%233 = fadd float %231, %232
	%234 = mul i32 %3, 64
	%235 = mul i32 %4, 8
	%236 = add i32 %235, 5
	%237 = add i32 %234, %236
	%238 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %237
	store float %233, float addrspace(3)* %238
	%239 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %72)
	%240 = fadd float 0.0, %239
	%241 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %101)
	%242 = fadd float %240, %241
	%243 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %130)
	%244 = fadd float %242, %243
	%245 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %159)
	%246 = fadd float %244, %245
	%247 = mul i32 %3, 64
	%248 = mul i32 %4, 8
	%249 = add i32 %248, 6
	%250 = add i32 %247, %249
	%251 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %250
	store float %246, float addrspace(3)* %251
	%252 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %73)
	%253 = fadd float 0.0, %252
	%254 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %102)
	%255 = fadd float %253, %254
	%256 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %131)
	%257 = fadd float %255, %256
	%258 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %160)
	%259 = fadd float %257, %258
	%260 = mul i32 %3, 64
	%261 = mul i32 %4, 8
	%262 = add i32 %261, 7
	%263 = add i32 %260, %262
	%264 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %263
	store float %259, float addrspace(3)* %264
	br label %45

265:
	%266 = add i32 0, %0
	%267 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %266
	%268 = load float, float addrspace(3)* %267
	%269 = fadd float 0.0, %268
	%270 = add i32 64, %0
	%271 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %270
	%272 = load float, float addrspace(3)* %271
	%273 = fadd float %269, %272
	%274 = add i32 128, %0
	%275 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %274
	%276 = load float, float addrspace(3)* %275
	%277 = fadd float %273, %276
	%278 = add i32 192, %0
	%279 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %278
	%280 = load float, float addrspace(3)* %279
	%281 = fadd float %277, %280
	%282 = add i32 256, %0
	%283 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %282
	%284 = load float, float addrspace(3)* %283
	%285 = fadd float %281, %284
	%286 = add i32 320, %0
	%287 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %286
	%288 = load float, float addrspace(3)* %287
	%289 = fadd float %285, %288
	%290 = add i32 384, %0
	%291 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %290
	%292 = load float, float addrspace(3)* %291
	%293 = fadd float %289, %292
	%294 = add i32 448, %0
	%295 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %294
	%296 = load float, float addrspace(3)* %295
	%297 = fadd float %293, %296
	%298 = add i32 512, %0
	%299 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %298
	%300 = load float, float addrspace(3)* %299
	%301 = fadd float %297, %300
	%302 = add i32 576, %0
	%303 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %302
	%304 = load float, float addrspace(3)* %303
	%305 = fadd float %301, %304
	%306 = add i32 640, %0
	%307 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %306
	%308 = load float, float addrspace(3)* %307
	%309 = fadd float %305, %308
	%310 = add i32 704, %0
	%311 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %310
	%312 = load float, float addrspace(3)* %311
	%313 = fadd float %309, %312
	%314 = add i32 768, %0
	%315 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %314
	%316 = load float, float addrspace(3)* %315
	%317 = fadd float %313, %316
	%318 = add i32 832, %0
	%319 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %318
	%320 = load float, float addrspace(3)* %319
	%321 = fadd float %317, %320
	%322 = add i32 896, %0
	%323 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %322
	%324 = load float, float addrspace(3)* %323
	%325 = fadd float %321, %324
	%326 = add i32 960, %0
	%327 = getelementptr [1024 x float], [1024 x float] addrspace(3)* @s2o_perm_scores1_sums, i32 0, i32 %326
	%328 = load float, float addrspace(3)* %327
	%329 = fadd float %325, %328
	%330 = fdiv float %329, 64.0
	br label %331

331:
	%332 = phi float [ 0.0, %45 ], [ %330, %265 ]
	br label %333

333:
	%334 = phi i32 [ %15, %331 ], [ %386, %385 ]
	%335 = icmp slt i32 %334, %20
	br i1 %335, label %336, label %340

336:
	%337 = mul i32 %2, %NQ
	%338 = add i32 %337, %334
	%339 = icmp slt i32 %0, 64
	br i1 %339, label %342, label %348

340:
	call void @llvm.nvvm.barrier0()
	%341 = add i32 %37, 1
	br label %36

342:
	%343 = mul i32 %338, 64
	%344 = add i32 %343, %0
	%345 = sext i32 %344 to i64
	%346 = getelementptr float, float* %qm, i64 %345
	%347 = load float, float* %346
	br label %348

348:
	%349 = phi float [ 0.0, %336 ], [ %347, %342 ]
	%350 = fmul float %349, %332
	%351 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %350, i32 16, i32 31)
	%352 = fadd float %350, %351
	%353 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %352, i32 8, i32 31)
	%354 = fadd float %352, %353
	%355 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %354, i32 4, i32 31)
	%356 = fadd float %354, %355
	%357 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %356, i32 2, i32 31)
	%358 = fadd float %356, %357
	%359 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %358, i32 1, i32 31)
	%360 = fadd float %358, %359
	%361 = lshr i32 %0, 5
	%362 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%363 = icmp eq i32 %362, 0
	%364 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_perm_scores1_red, i32 0, i32 %361
	br i1 %363, label %365, label %366

365:
	store float %360, float addrspace(3)* %364
	br label %366

366:
	call void @llvm.nvvm.barrier0()
	%367 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_perm_scores1_red, i32 0, i32 0
	%368 = load float, float addrspace(3)* %367
	%369 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_perm_scores1_red, i32 0, i32 1
	%370 = load float, float addrspace(3)* %369
	%371 = fadd float %368, %370
	%372 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_perm_scores1_red, i32 0, i32 2
	%373 = load float, float addrspace(3)* %372
	%374 = fadd float %371, %373
	%375 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_perm_scores1_red, i32 0, i32 3
	%376 = load float, float addrspace(3)* %375
	%377 = fadd float %374, %376
	%378 = icmp eq i32 %0, 0
	br i1 %378, label %379, label %385

379:
	%380 = fmul float %377, 0x3FC7154760000000
	%381 = mul i32 %338, %NK
	%382 = add i32 %381, %37
	%383 = sext i32 %382 to i64
	%384 = getelementptr float, float* %e, i64 %383
	store float %380, float* %384
	br label %385

385:
	%386 = add i32 %334, 1
	br label %333
}

define ptx_kernel void @s2o_attn3(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i32* %perm, i32 %NS, i32 %segment, i32* %visits) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @s2o_attn3_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%4 = lshr i32 %3, 5
	%5 = and i32 %3, 31
	%6 = lshr i32 %5, 2
	%7 = and i32 %5, 3
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%9 = mul i32 %8, %NQ
	%10 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%11 = add i32 %9, %10
	%12 = mul i32 %hg, %NQ
	%13 = udiv i32 %11, %12
	%14 = urem i32 %11, %12
	%15 = mul i32 %13, %hg
	%16 = sub i32 %H, %15
	%17 = icmp slt i32 %hg, %16
	%18 = select i1 %17, i32 %hg, i32 %16
	%19 = sub i32 %NQ, 1
	%20 = udiv i32 %14, %18
	%21 = sub i32 %19, %20
	%22 = urem i32 %14, %18
	%23 = add i32 %15, %22
	%24 = sdiv i32 %23, %group
	%25 = mul i32 %21, 64
	%26 = mul i32 %23, %M
	%27 = mul i32 %26, 64
	%28 = sext i32 %27 to i64
	%29 = getelementptr i16, i16* %q, i64 %28
	%30 = mul i32 %24, %N
	%31 = mul i32 %30, 64
	%32 = sext i32 %31 to i64
	%33 = getelementptr i16, i16* %k, i64 %32
	%34 = mul i32 %24, %N
	%35 = mul i32 %34, 64
	%36 = sext i32 %35 to i64
	%37 = getelementptr i16, i16* %v, i64 %36
	%38 = udiv i32 %23, %lh
	%39 = mul i32 %38, %NQ
	%40 = add i32 %39, %21
	%41 = mul i32 %40, 2
	%42 = mul i32 %41, %NK
	%43 = mul i32 %23, %ch
	%44 = mul i32 %43, %NQ
	%45 = add i32 %44, %21
	%46 = mul i32 %45, %NK
	%47 = sdiv i32 %25, %segment
	%48 = mul i32 %23, %NS
	%49 = add i32 %48, %47
	%50 = mul i32 %49, %N
	%51 = sext i32 %50 to i64
	%52 = getelementptr i32, i32* %perm, i64 %51
	%53 = add i32 %42, 0
	%54 = sext i32 %53 to i64
	%55 = getelementptr i32, i32* %list, i64 %54
	%56 = load i32, i32* %55
	%57 = icmp sgt i32 %NK, 0
	%58 = icmp sge i32 %56, 0
	%59 = and i1 %57, %58
	%60 = lshr i32 %3, 3
	%61 = and i32 %3, 7
	%62 = and i32 %60, 7
	%63 = xor i32 %61, %62
	%64 = mul i32 %60, 8
	%65 = add i32 %64, %63
	%66 = shl i32 %65, 4
	%67 = add i32 %2, %66
	%68 = add i32 %25, %60
	%69 = mul i32 %68, 64
	%70 = mul i32 %61, 8
	%71 = add i32 %69, %70
	%72 = sext i32 %71 to i64
	%73 = getelementptr i16, i16* %29, i64 %72
	%74 = add i32 %68, 0
	%75 = icmp slt i32 %74, %M
	%76 = getelementptr i16, i16* %73, i64 0
	%77 = select i1 %75, i16* %76, i16* %29
	%78 = add i32 %67, 0
	%79 = select i1 %75, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %78, i16* %77, i32 %79)
	%80 = add i32 %68, 8
	%81 = icmp slt i32 %80, %M
	%82 = getelementptr i16, i16* %73, i64 512
	%83 = select i1 %81, i16* %82, i16* %29
	%84 = add i32 %67, 1024
	%85 = select i1 %81, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %84, i16* %83, i32 %85)
	%86 = add i32 %68, 16
	%87 = icmp slt i32 %86, %M
	%88 = getelementptr i16, i16* %73, i64 1024
	%89 = select i1 %87, i16* %88, i16* %29
	%90 = add i32 %67, 2048
	%91 = select i1 %87, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %90, i16* %89, i32 %91)
	%92 = add i32 %68, 24
	%93 = icmp slt i32 %92, %M
	%94 = getelementptr i16, i16* %73, i64 1536
	%95 = select i1 %93, i16* %94, i16* %29
	%96 = add i32 %67, 3072
	%97 = select i1 %93, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %96, i16* %95, i32 %97)
	%98 = add i32 %68, 32
	%99 = icmp slt i32 %98, %M
	%100 = getelementptr i16, i16* %73, i64 2048
	%101 = select i1 %99, i16* %100, i16* %29
	%102 = add i32 %67, u0x1000
	%103 = select i1 %99, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %102, i16* %101, i32 %103)
	%104 = add i32 %68, 40
	%105 = icmp slt i32 %104, %M
	%106 = getelementptr i16, i16* %73, i64 2560
	%107 = select i1 %105, i16* %106, i16* %29
	%108 = add i32 %67, 5120
	%109 = select i1 %105, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %108, i16* %107, i32 %109)
	%110 = add i32 %68, 48
	%111 = icmp slt i32 %110, %M
	%112 = getelementptr i16, i16* %73, i64 3072
	%113 = select i1 %111, i16* %112, i16* %29
	%114 = add i32 %67, 6144
	%115 = select i1 %111, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %114, i16* %113, i32 %115)
	%116 = add i32 %68, 56
	%117 = icmp slt i32 %116, %M
	%118 = getelementptr i16, i16* %73, i64 3584
	%119 = select i1 %117, i16* %118, i16* %29
	%120 = add i32 %67, 7168
	%121 = select i1 %117, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %120, i16* %119, i32 %121)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%122 = and i32 %5, 7
	%123 = lshr i32 %5, 3
	%124 = and i32 %123, 1
	%125 = shl i32 %124, 3
	%126 = add i32 %122, %125
	%127 = lshr i32 %5, 4
	%128 = mul i32 %4, 32
	%129 = add i32 %126, 0
	%130 = add i32 %128, %129
	%131 = mul i32 %130, 128
	%132 = add i32 %2, %131
	%133 = and i32 %5, 7
	%134 = xor i32 %127, %133
	%135 = shl i32 %134, 4
	%136 = add i32 %132, %135
	%137 = mul i32 %4, 32
	%138 = add i32 %126, 16
	%139 = add i32 %137, %138
	%140 = mul i32 %139, 128
	%141 = add i32 %2, %140
	%142 = and i32 %5, 7
	%143 = xor i32 %127, %142
	%144 = shl i32 %143, 4
	%145 = add i32 %141, %144
	%146 = mul i32 %56, 64
	%147 = lshr i32 %3, 3
	%148 = add i32 %146, %147
	%149 = add i32 %148, 0
	%150 = icmp slt i32 %149, %N
	%151 = select i1 %150, i32 %149, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i32, i32* %52, i64 %152
	%154 = load i32, i32* %153
	%155 = add i32 %148, 8
	%156 = icmp slt i32 %155, %N
	%157 = select i1 %156, i32 %155, i32 0
	%158 = sext i32 %157 to i64
	%159 = getelementptr i32, i32* %52, i64 %158
	%160 = load i32, i32* %159
	%161 = add i32 %148, 16
	%162 = icmp slt i32 %161, %N
	%163 = select i1 %162, i32 %161, i32 0
	%164 = sext i32 %163 to i64
	%165 = getelementptr i32, i32* %52, i64 %164
	%166 = load i32, i32* %165
	%167 = add i32 %148, 24
	%168 = icmp slt i32 %167, %N
	%169 = select i1 %168, i32 %167, i32 0
	%170 = sext i32 %169 to i64
	%171 = getelementptr i32, i32* %52, i64 %170
	%172 = load i32, i32* %171
	%173 = add i32 %148, 32
	%174 = icmp slt i32 %173, %N
	%175 = select i1 %174, i32 %173, i32 0
	%176 = sext i32 %175 to i64
	%177 = getelementptr i32, i32* %52, i64 %176
	%178 = load i32, i32* %177
	%179 = add i32 %148, 40
	%180 = icmp slt i32 %179, %N
	%181 = select i1 %180, i32 %179, i32 0
	%182 = sext i32 %181 to i64
	%183 = getelementptr i32, i32* %52, i64 %182
	%184 = load i32, i32* %183
	%185 = add i32 %148, 48
	%186 = icmp slt i32 %185, %N
	%187 = select i1 %186, i32 %185, i32 0
	%188 = sext i32 %187 to i64
	%189 = getelementptr i32, i32* %52, i64 %188
	%190 = load i32, i32* %189
	%191 = add i32 %148, 56
	%192 = icmp slt i32 %191, %N
	%193 = select i1 %192, i32 %191, i32 0
	%194 = sext i32 %193 to i64
	%195 = getelementptr i32, i32* %52, i64 %194
	%196 = load i32, i32* %195
	%197 = mul i32 %56, 64
	%198 = lshr i32 %3, 3
	%199 = and i32 %3, 7
	%200 = and i32 %198, 7
	%201 = xor i32 %199, %200
	%202 = mul i32 %198, 8
	%203 = add i32 %202, %201
	%204 = shl i32 %203, 4
	%205 = add i32 %0, %204
	%206 = add i32 %197, %198
	%207 = add i32 %206, 0
	%208 = icmp slt i32 %207, %N
	%209 = mul i32 %154, 64
	%210 = mul i32 %199, 8
	%211 = add i32 %209, %210
	%212 = sext i32 %211 to i64
	%213 = getelementptr i16, i16* %33, i64 %212
	%214 = add i32 %205, 0
	%215 = select i1 %208, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %214, i16* %213, i32 %215)
	%216 = add i32 %206, 8
	%217 = icmp slt i32 %216, %N
	%218 = mul i32 %160, 64
	%219 = mul i32 %199, 8
	%220 = add i32 %218, %219
	%221 = sext i32 %220 to i64
	%222 = getelementptr i16, i16* %33, i64 %221
	%223 = add i32 %205, 1024
	%224 = select i1 %217, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %223, i16* %222, i32 %224)
	%225 = add i32 %206, 16
	%226 = icmp slt i32 %225, %N
	%227 = mul i32 %166, 64
	%228 = mul i32 %199, 8
	%229 = add i32 %227, %228
	%230 = sext i32 %229 to i64
	%231 = getelementptr i16, i16* %33, i64 %230
	%232 = add i32 %205, 2048
	%233 = select i1 %226, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	%234 = add i32 %206, 24
	%235 = icmp slt i32 %234, %N
	%236 = mul i32 %172, 64
	%237 = mul i32 %199, 8
	%238 = add i32 %236, %237
	%239 = sext i32 %238 to i64
	%240 = getelementptr i16, i16* %33, i64 %239
	%241 = add i32 %205, 3072
	%242 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %241, i16* %240, i32 %242)
	%243 = add i32 %206, 32
	%244 = icmp slt i32 %243, %N
	%245 = mul i32 %178, 64
	%246 = mul i32 %199, 8
	%247 = add i32 %245, %246
	%248 = sext i32 %247 to i64
	%249 = getelementptr i16, i16* %33, i64 %248
	%250 = add i32 %205, u0x1000
	%251 = select i1 %244, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %250, i16* %249, i32 %251)
	%252 = add i32 %206, 40
	%253 = icmp slt i32 %252, %N
	%254 = mul i32 %184, 64
	%255 = mul i32 %199, 8
	%256 = add i32 %254, %255
	%257 = sext i32 %256 to i64
	%258 = getelementptr i16, i16* %33, i64 %257
	%259 = add i32 %205, 5120
	%260 = select i1 %253, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %259, i16* %258, i32 %260)
	%261 = add i32 %206, 48
	%262 = icmp slt i32 %261, %N
	%263 = mul i32 %190, 64
	%264 = mul i32 %199, 8
	%265 = add i32 %263, %264
	%266 = sext i32 %265 to i64
	%267 = getelementptr i16, i16* %33, i64 %266
	%268 = add i32 %205, 6144
	%269 = select i1 %262, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %268, i16* %267, i32 %269)
	%270 = add i32 %206, 56
	%271 = icmp slt i32 %270, %N
	%272 = mul i32 %196, 64
	%273 = mul i32 %199, 8
	%274 = add i32 %272, %273
	%275 = sext i32 %274 to i64
	%276 = getelementptr i16, i16* %33, i64 %275
	%277 = add i32 %205, 7168
	%278 = select i1 %271, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %277, i16* %276, i32 %278)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%279 = phi i32 [ 0, %prologue ], [ %2626, %pv ]
	%280 = phi i32 [ %56, %prologue ], [ %2633, %pv ]
	%281 = phi float [ 0.0, %prologue ], [ %3176, %pv ]
	%282 = phi float [ 0.0, %prologue ], [ %3177, %pv ]
	%283 = phi float [ 0.0, %prologue ], [ %3178, %pv ]
	%284 = phi float [ 0.0, %prologue ], [ %3179, %pv ]
	%285 = phi float [ 0.0, %prologue ], [ %3181, %pv ]
	%286 = phi float [ 0.0, %prologue ], [ %3182, %pv ]
	%287 = phi float [ 0.0, %prologue ], [ %3183, %pv ]
	%288 = phi float [ 0.0, %prologue ], [ %3184, %pv ]
	%289 = phi float [ 0.0, %prologue ], [ %3203, %pv ]
	%290 = phi float [ 0.0, %prologue ], [ %3204, %pv ]
	%291 = phi float [ 0.0, %prologue ], [ %3205, %pv ]
	%292 = phi float [ 0.0, %prologue ], [ %3206, %pv ]
	%293 = phi float [ 0.0, %prologue ], [ %3208, %pv ]
	%294 = phi float [ 0.0, %prologue ], [ %3209, %pv ]
	%295 = phi float [ 0.0, %prologue ], [ %3210, %pv ]
	%296 = phi float [ 0.0, %prologue ], [ %3211, %pv ]
	%297 = phi float [ 0.0, %prologue ], [ %3230, %pv ]
	%298 = phi float [ 0.0, %prologue ], [ %3231, %pv ]
	%299 = phi float [ 0.0, %prologue ], [ %3232, %pv ]
	%300 = phi float [ 0.0, %prologue ], [ %3233, %pv ]
	%301 = phi float [ 0.0, %prologue ], [ %3235, %pv ]
	%302 = phi float [ 0.0, %prologue ], [ %3236, %pv ]
	%303 = phi float [ 0.0, %prologue ], [ %3237, %pv ]
	%304 = phi float [ 0.0, %prologue ], [ %3238, %pv ]
	%305 = phi float [ 0.0, %prologue ], [ %3257, %pv ]
	%306 = phi float [ 0.0, %prologue ], [ %3258, %pv ]
	%307 = phi float [ 0.0, %prologue ], [ %3259, %pv ]
	%308 = phi float [ 0.0, %prologue ], [ %3260, %pv ]
	%309 = phi float [ 0.0, %prologue ], [ %3262, %pv ]
	%310 = phi float [ 0.0, %prologue ], [ %3263, %pv ]
	%311 = phi float [ 0.0, %prologue ], [ %3264, %pv ]
	%312 = phi float [ 0.0, %prologue ], [ %3265, %pv ]
	%313 = phi float [ 0.0, %prologue ], [ %3186, %pv ]
	%314 = phi float [ 0.0, %prologue ], [ %3187, %pv ]
	%315 = phi float [ 0.0, %prologue ], [ %3188, %pv ]
	%316 = phi float [ 0.0, %prologue ], [ %3189, %pv ]
	%317 = phi float [ 0.0, %prologue ], [ %3191, %pv ]
	%318 = phi float [ 0.0, %prologue ], [ %3192, %pv ]
	%319 = phi float [ 0.0, %prologue ], [ %3193, %pv ]
	%320 = phi float [ 0.0, %prologue ], [ %3194, %pv ]
	%321 = phi float [ 0.0, %prologue ], [ %3213, %pv ]
	%322 = phi float [ 0.0, %prologue ], [ %3214, %pv ]
	%323 = phi float [ 0.0, %prologue ], [ %3215, %pv ]
	%324 = phi float [ 0.0, %prologue ], [ %3216, %pv ]
	%325 = phi float [ 0.0, %prologue ], [ %3218, %pv ]
	%326 = phi float [ 0.0, %prologue ], [ %3219, %pv ]
	%327 = phi float [ 0.0, %prologue ], [ %3220, %pv ]
	%328 = phi float [ 0.0, %prologue ], [ %3221, %pv ]
	%329 = phi float [ 0.0, %prologue ], [ %3240, %pv ]
	%330 = phi float [ 0.0, %prologue ], [ %3241, %pv ]
	%331 = phi float [ 0.0, %prologue ], [ %3242, %pv ]
	%332 = phi float [ 0.0, %prologue ], [ %3243, %pv ]
	%333 = phi float [ 0.0, %prologue ], [ %3245, %pv ]
	%334 = phi float [ 0.0, %prologue ], [ %3246, %pv ]
	%335 = phi float [ 0.0, %prologue ], [ %3247, %pv ]
	%336 = phi float [ 0.0, %prologue ], [ %3248, %pv ]
	%337 = phi float [ 0.0, %prologue ], [ %3267, %pv ]
	%338 = phi float [ 0.0, %prologue ], [ %3268, %pv ]
	%339 = phi float [ 0.0, %prologue ], [ %3269, %pv ]
	%340 = phi float [ 0.0, %prologue ], [ %3270, %pv ]
	%341 = phi float [ 0.0, %prologue ], [ %3272, %pv ]
	%342 = phi float [ 0.0, %prologue ], [ %3273, %pv ]
	%343 = phi float [ 0.0, %prologue ], [ %3274, %pv ]
	%344 = phi float [ 0.0, %prologue ], [ %3275, %pv ]
	%345 = phi float [ 0xFFF0000000000000, %prologue ], [ %2316, %pv ]
	%346 = phi float [ 0.0, %prologue ], [ %2367, %pv ]
	%347 = phi float [ 0xFFF0000000000000, %prologue ], [ %2368, %pv ]
	%348 = phi float [ 0.0, %prologue ], [ %2419, %pv ]
	%349 = phi float [ 0xFFF0000000000000, %prologue ], [ %2420, %pv ]
	%350 = phi float [ 0.0, %prologue ], [ %2471, %pv ]
	%351 = phi float [ 0xFFF0000000000000, %prologue ], [ %2472, %pv ]
	%352 = phi float [ 0.0, %prologue ], [ %2523, %pv ]
	%353 = phi i32 [ %154, %prologue ], [ %2644, %pv ]
	%354 = phi i32 [ %160, %prologue ], [ %2650, %pv ]
	%355 = phi i32 [ %166, %prologue ], [ %2656, %pv ]
	%356 = phi i32 [ %172, %prologue ], [ %2662, %pv ]
	%357 = phi i32 [ %178, %prologue ], [ %2668, %pv ]
	%358 = phi i32 [ %184, %prologue ], [ %2674, %pv ]
	%359 = phi i32 [ %190, %prologue ], [ %2680, %pv ]
	%360 = phi i32 [ %196, %prologue ], [ %2686, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%361 = mul i32 %280, 64
	%362 = lshr i32 %3, 3
	%363 = and i32 %3, 7
	%364 = and i32 %362, 7
	%365 = xor i32 %363, %364
	%366 = mul i32 %362, 8
	%367 = add i32 %366, %365
	%368 = shl i32 %367, 4
	%369 = add i32 %1, %368
	%370 = add i32 %361, %362
	%371 = add i32 %370, 0
	%372 = icmp slt i32 %371, %N
	%373 = mul i32 %353, 64
	%374 = mul i32 %363, 8
	%375 = add i32 %373, %374
	%376 = sext i32 %375 to i64
	%377 = getelementptr i16, i16* %37, i64 %376
	%378 = add i32 %369, 0
	%379 = select i1 %372, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %378, i16* %377, i32 %379)
	%380 = add i32 %370, 8
	%381 = icmp slt i32 %380, %N
	%382 = mul i32 %354, 64
	%383 = mul i32 %363, 8
	%384 = add i32 %382, %383
	%385 = sext i32 %384 to i64
	%386 = getelementptr i16, i16* %37, i64 %385
	%387 = add i32 %369, 1024
	%388 = select i1 %381, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %387, i16* %386, i32 %388)
	%389 = add i32 %370, 16
	%390 = icmp slt i32 %389, %N
	%391 = mul i32 %355, 64
	%392 = mul i32 %363, 8
	%393 = add i32 %391, %392
	%394 = sext i32 %393 to i64
	%395 = getelementptr i16, i16* %37, i64 %394
	%396 = add i32 %369, 2048
	%397 = select i1 %390, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %396, i16* %395, i32 %397)
	%398 = add i32 %370, 24
	%399 = icmp slt i32 %398, %N
	%400 = mul i32 %356, 64
	%401 = mul i32 %363, 8
	%402 = add i32 %400, %401
	%403 = sext i32 %402 to i64
	%404 = getelementptr i16, i16* %37, i64 %403
	%405 = add i32 %369, 3072
	%406 = select i1 %399, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %405, i16* %404, i32 %406)
	%407 = add i32 %370, 32
	%408 = icmp slt i32 %407, %N
	%409 = mul i32 %357, 64
	%410 = mul i32 %363, 8
	%411 = add i32 %409, %410
	%412 = sext i32 %411 to i64
	%413 = getelementptr i16, i16* %37, i64 %412
	%414 = add i32 %369, u0x1000
	%415 = select i1 %408, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %414, i16* %413, i32 %415)
	%416 = add i32 %370, 40
	%417 = icmp slt i32 %416, %N
	%418 = mul i32 %358, 64
	%419 = mul i32 %363, 8
	%420 = add i32 %418, %419
	%421 = sext i32 %420 to i64
	%422 = getelementptr i16, i16* %37, i64 %421
	%423 = add i32 %369, 5120
	%424 = select i1 %417, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %423, i16* %422, i32 %424)
	%425 = add i32 %370, 48
	%426 = icmp slt i32 %425, %N
	%427 = mul i32 %359, 64
	%428 = mul i32 %363, 8
	%429 = add i32 %427, %428
	%430 = sext i32 %429 to i64
	%431 = getelementptr i16, i16* %37, i64 %430
	%432 = add i32 %369, 6144
	%433 = select i1 %426, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %432, i16* %431, i32 %433)
	%434 = add i32 %370, 56
	%435 = icmp slt i32 %434, %N
	%436 = mul i32 %360, 64
	%437 = mul i32 %363, 8
	%438 = add i32 %436, %437
	%439 = sext i32 %438 to i64
	%440 = getelementptr i16, i16* %37, i64 %439
	%441 = add i32 %369, 7168
	%442 = select i1 %435, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %441, i16* %440, i32 %442)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%443 = xor i32 %136, 0
	%444 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %443)
	%445 = extractvalue { i32, i32, i32, i32 } %444, 0
	%446 = extractvalue { i32, i32, i32, i32 } %444, 1
	%447 = extractvalue { i32, i32, i32, i32 } %444, 2
	%448 = extractvalue { i32, i32, i32, i32 } %444, 3
	%449 = xor i32 %136, 32
	%450 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %449)
	%451 = extractvalue { i32, i32, i32, i32 } %450, 0
	%452 = extractvalue { i32, i32, i32, i32 } %450, 1
	%453 = extractvalue { i32, i32, i32, i32 } %450, 2
	%454 = extractvalue { i32, i32, i32, i32 } %450, 3
	%455 = xor i32 %136, 64
	%456 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %455)
	%457 = extractvalue { i32, i32, i32, i32 } %456, 0
	%458 = extractvalue { i32, i32, i32, i32 } %456, 1
	%459 = extractvalue { i32, i32, i32, i32 } %456, 2
	%460 = extractvalue { i32, i32, i32, i32 } %456, 3
	%461 = xor i32 %136, 96
	%462 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %461)
	%463 = extractvalue { i32, i32, i32, i32 } %462, 0
	%464 = extractvalue { i32, i32, i32, i32 } %462, 1
	%465 = extractvalue { i32, i32, i32, i32 } %462, 2
	%466 = extractvalue { i32, i32, i32, i32 } %462, 3
	%467 = xor i32 %145, 0
	%468 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %467)
	%469 = extractvalue { i32, i32, i32, i32 } %468, 0
	%470 = extractvalue { i32, i32, i32, i32 } %468, 1
	%471 = extractvalue { i32, i32, i32, i32 } %468, 2
	%472 = extractvalue { i32, i32, i32, i32 } %468, 3
	%473 = xor i32 %145, 32
	%474 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %473)
	%475 = extractvalue { i32, i32, i32, i32 } %474, 0
	%476 = extractvalue { i32, i32, i32, i32 } %474, 1
	%477 = extractvalue { i32, i32, i32, i32 } %474, 2
	%478 = extractvalue { i32, i32, i32, i32 } %474, 3
	%479 = xor i32 %145, 64
	%480 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %479)
	%481 = extractvalue { i32, i32, i32, i32 } %480, 0
	%482 = extractvalue { i32, i32, i32, i32 } %480, 1
	%483 = extractvalue { i32, i32, i32, i32 } %480, 2
	%484 = extractvalue { i32, i32, i32, i32 } %480, 3
	%485 = xor i32 %145, 96
	%486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %485)
	%487 = extractvalue { i32, i32, i32, i32 } %486, 0
	%488 = extractvalue { i32, i32, i32, i32 } %486, 1
	%489 = extractvalue { i32, i32, i32, i32 } %486, 2
	%490 = extractvalue { i32, i32, i32, i32 } %486, 3
	%491 = and i32 %5, 7
	%492 = shl i32 %127, 3
	%493 = add i32 %491, %492
	%494 = lshr i32 %5, 3
	%495 = and i32 %494, 1
	%496 = mul i32 %493, 128
	%497 = add i32 %0, %496
	%498 = and i32 %5, 7
	%499 = xor i32 %495, %498
	%500 = shl i32 %499, 4
	%501 = add i32 %497, %500
	%502 = xor i32 %501, 0
	%503 = add i32 %502, 0
	%504 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %503)
	%505 = extractvalue { i32, i32, i32, i32 } %504, 0
	%506 = extractvalue { i32, i32, i32, i32 } %504, 1
	%507 = extractvalue { i32, i32, i32, i32 } %504, 2
	%508 = extractvalue { i32, i32, i32, i32 } %504, 3
	%509 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %505, i32 %506, float 0.0, float 0.0, float 0.0, float 0.0)
	%510 = extractvalue { float, float, float, float } %509, 0
	%511 = extractvalue { float, float, float, float } %509, 1
	%512 = extractvalue { float, float, float, float } %509, 2
	%513 = extractvalue { float, float, float, float } %509, 3
	%514 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %507, i32 %508, float 0.0, float 0.0, float 0.0, float 0.0)
	%515 = extractvalue { float, float, float, float } %514, 0
	%516 = extractvalue { float, float, float, float } %514, 1
	%517 = extractvalue { float, float, float, float } %514, 2
	%518 = extractvalue { float, float, float, float } %514, 3
	%519 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %505, i32 %506, float 0.0, float 0.0, float 0.0, float 0.0)
	%520 = extractvalue { float, float, float, float } %519, 0
	%521 = extractvalue { float, float, float, float } %519, 1
	%522 = extractvalue { float, float, float, float } %519, 2
	%523 = extractvalue { float, float, float, float } %519, 3
	%524 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %507, i32 %508, float 0.0, float 0.0, float 0.0, float 0.0)
	%525 = extractvalue { float, float, float, float } %524, 0
	%526 = extractvalue { float, float, float, float } %524, 1
	%527 = extractvalue { float, float, float, float } %524, 2
	%528 = extractvalue { float, float, float, float } %524, 3
	%529 = add i32 %502, 2048
	%530 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %529)
	%531 = extractvalue { i32, i32, i32, i32 } %530, 0
	%532 = extractvalue { i32, i32, i32, i32 } %530, 1
	%533 = extractvalue { i32, i32, i32, i32 } %530, 2
	%534 = extractvalue { i32, i32, i32, i32 } %530, 3
	%535 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %531, i32 %532, float 0.0, float 0.0, float 0.0, float 0.0)
	%536 = extractvalue { float, float, float, float } %535, 0
	%537 = extractvalue { float, float, float, float } %535, 1
	%538 = extractvalue { float, float, float, float } %535, 2
	%539 = extractvalue { float, float, float, float } %535, 3
	%540 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %533, i32 %534, float 0.0, float 0.0, float 0.0, float 0.0)
	%541 = extractvalue { float, float, float, float } %540, 0
	%542 = extractvalue { float, float, float, float } %540, 1
	%543 = extractvalue { float, float, float, float } %540, 2
	%544 = extractvalue { float, float, float, float } %540, 3
	%545 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %531, i32 %532, float 0.0, float 0.0, float 0.0, float 0.0)
	%546 = extractvalue { float, float, float, float } %545, 0
	%547 = extractvalue { float, float, float, float } %545, 1
	%548 = extractvalue { float, float, float, float } %545, 2
	%549 = extractvalue { float, float, float, float } %545, 3
	%550 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %533, i32 %534, float 0.0, float 0.0, float 0.0, float 0.0)
	%551 = extractvalue { float, float, float, float } %550, 0
	%552 = extractvalue { float, float, float, float } %550, 1
	%553 = extractvalue { float, float, float, float } %550, 2
	%554 = extractvalue { float, float, float, float } %550, 3
	%555 = add i32 %502, u0x1000
	%556 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %555)
	%557 = extractvalue { i32, i32, i32, i32 } %556, 0
	%558 = extractvalue { i32, i32, i32, i32 } %556, 1
	%559 = extractvalue { i32, i32, i32, i32 } %556, 2
	%560 = extractvalue { i32, i32, i32, i32 } %556, 3
	%561 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %557, i32 %558, float 0.0, float 0.0, float 0.0, float 0.0)
	%562 = extractvalue { float, float, float, float } %561, 0
	%563 = extractvalue { float, float, float, float } %561, 1
	%564 = extractvalue { float, float, float, float } %561, 2
	%565 = extractvalue { float, float, float, float } %561, 3
	%566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %559, i32 %560, float 0.0, float 0.0, float 0.0, float 0.0)
	%567 = extractvalue { float, float, float, float } %566, 0
	%568 = extractvalue { float, float, float, float } %566, 1
	%569 = extractvalue { float, float, float, float } %566, 2
	%570 = extractvalue { float, float, float, float } %566, 3
	%571 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %557, i32 %558, float 0.0, float 0.0, float 0.0, float 0.0)
	%572 = extractvalue { float, float, float, float } %571, 0
	%573 = extractvalue { float, float, float, float } %571, 1
	%574 = extractvalue { float, float, float, float } %571, 2
	%575 = extractvalue { float, float, float, float } %571, 3
	%576 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %559, i32 %560, float 0.0, float 0.0, float 0.0, float 0.0)
	%577 = extractvalue { float, float, float, float } %576, 0
	%578 = extractvalue { float, float, float, float } %576, 1
	%579 = extractvalue { float, float, float, float } %576, 2
	%580 = extractvalue { float, float, float, float } %576, 3
	%581 = add i32 %502, 6144
	%582 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %581)
	%583 = extractvalue { i32, i32, i32, i32 } %582, 0
	%584 = extractvalue { i32, i32, i32, i32 } %582, 1
	%585 = extractvalue { i32, i32, i32, i32 } %582, 2
	%586 = extractvalue { i32, i32, i32, i32 } %582, 3
	%587 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %583, i32 %584, float 0.0, float 0.0, float 0.0, float 0.0)
	%588 = extractvalue { float, float, float, float } %587, 0
	%589 = extractvalue { float, float, float, float } %587, 1
	%590 = extractvalue { float, float, float, float } %587, 2
	%591 = extractvalue { float, float, float, float } %587, 3
	%592 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %585, i32 %586, float 0.0, float 0.0, float 0.0, float 0.0)
	%593 = extractvalue { float, float, float, float } %592, 0
	%594 = extractvalue { float, float, float, float } %592, 1
	%595 = extractvalue { float, float, float, float } %592, 2
	%596 = extractvalue { float, float, float, float } %592, 3
	%597 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %583, i32 %584, float 0.0, float 0.0, float 0.0, float 0.0)
	%598 = extractvalue { float, float, float, float } %597, 0
	%599 = extractvalue { float, float, float, float } %597, 1
	%600 = extractvalue { float, float, float, float } %597, 2
	%601 = extractvalue { float, float, float, float } %597, 3
	%602 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %585, i32 %586, float 0.0, float 0.0, float 0.0, float 0.0)
	%603 = extractvalue { float, float, float, float } %602, 0
	%604 = extractvalue { float, float, float, float } %602, 1
	%605 = extractvalue { float, float, float, float } %602, 2
	%606 = extractvalue { float, float, float, float } %602, 3
	%607 = xor i32 %501, 32
	%608 = add i32 %607, 0
	%609 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %608)
	%610 = extractvalue { i32, i32, i32, i32 } %609, 0
	%611 = extractvalue { i32, i32, i32, i32 } %609, 1
	%612 = extractvalue { i32, i32, i32, i32 } %609, 2
	%613 = extractvalue { i32, i32, i32, i32 } %609, 3
	%614 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %610, i32 %611, float %510, float %511, float %512, float %513)
	%615 = extractvalue { float, float, float, float } %614, 0
	%616 = extractvalue { float, float, float, float } %614, 1
	%617 = extractvalue { float, float, float, float } %614, 2
	%618 = extractvalue { float, float, float, float } %614, 3
	%619 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %612, i32 %613, float %515, float %516, float %517, float %518)
	%620 = extractvalue { float, float, float, float } %619, 0
	%621 = extractvalue { float, float, float, float } %619, 1
	%622 = extractvalue { float, float, float, float } %619, 2
	%623 = extractvalue { float, float, float, float } %619, 3
	%624 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %610, i32 %611, float %520, float %521, float %522, float %523)
	%625 = extractvalue { float, float, float, float } %624, 0
	%626 = extractvalue { float, float, float, float } %624, 1
	%627 = extractvalue { float, float, float, float } %624, 2
	%628 = extractvalue { float, float, float, float } %624, 3
	%629 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %612, i32 %613, float %525, float %526, float %527, float %528)
	%630 = extractvalue { float, float, float, float } %629, 0
	%631 = extractvalue { float, float, float, float } %629, 1
	%632 = extractvalue { float, float, float, float } %629, 2
	%633 = extractvalue { float, float, float, float } %629, 3
	%634 = add i32 %607, 2048
	%635 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %634)
	%636 = extractvalue { i32, i32, i32, i32 } %635, 0
	%637 = extractvalue { i32, i32, i32, i32 } %635, 1
	%638 = extractvalue { i32, i32, i32, i32 } %635, 2
	%639 = extractvalue { i32, i32, i32, i32 } %635, 3
	%640 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %636, i32 %637, float %536, float %537, float %538, float %539)
	%641 = extractvalue { float, float, float, float } %640, 0
	%642 = extractvalue { float, float, float, float } %640, 1
	%643 = extractvalue { float, float, float, float } %640, 2
	%644 = extractvalue { float, float, float, float } %640, 3
	%645 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %638, i32 %639, float %541, float %542, float %543, float %544)
	%646 = extractvalue { float, float, float, float } %645, 0
	%647 = extractvalue { float, float, float, float } %645, 1
	%648 = extractvalue { float, float, float, float } %645, 2
	%649 = extractvalue { float, float, float, float } %645, 3
	%650 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %636, i32 %637, float %546, float %547, float %548, float %549)
	%651 = extractvalue { float, float, float, float } %650, 0
	%652 = extractvalue { float, float, float, float } %650, 1
	%653 = extractvalue { float, float, float, float } %650, 2
	%654 = extractvalue { float, float, float, float } %650, 3
	%655 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %638, i32 %639, float %551, float %552, float %553, float %554)
	%656 = extractvalue { float, float, float, float } %655, 0
	%657 = extractvalue { float, float, float, float } %655, 1
	%658 = extractvalue { float, float, float, float } %655, 2
	%659 = extractvalue { float, float, float, float } %655, 3
	%660 = add i32 %607, u0x1000
	%661 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %660)
	%662 = extractvalue { i32, i32, i32, i32 } %661, 0
	%663 = extractvalue { i32, i32, i32, i32 } %661, 1
	%664 = extractvalue { i32, i32, i32, i32 } %661, 2
	%665 = extractvalue { i32, i32, i32, i32 } %661, 3
	%666 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %662, i32 %663, float %562, float %563, float %564, float %565)
	%667 = extractvalue { float, float, float, float } %666, 0
	%668 = extractvalue { float, float, float, float } %666, 1
	%669 = extractvalue { float, float, float, float } %666, 2
	%670 = extractvalue { float, float, float, float } %666, 3
	%671 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %664, i32 %665, float %567, float %568, float %569, float %570)
	%672 = extractvalue { float, float, float, float } %671, 0
	%673 = extractvalue { float, float, float, float } %671, 1
	%674 = extractvalue { float, float, float, float } %671, 2
	%675 = extractvalue { float, float, float, float } %671, 3
	%676 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %662, i32 %663, float %572, float %573, float %574, float %575)
	%677 = extractvalue { float, float, float, float } %676, 0
	%678 = extractvalue { float, float, float, float } %676, 1
	%679 = extractvalue { float, float, float, float } %676, 2
	%680 = extractvalue { float, float, float, float } %676, 3
	%681 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %664, i32 %665, float %577, float %578, float %579, float %580)
	%682 = extractvalue { float, float, float, float } %681, 0
	%683 = extractvalue { float, float, float, float } %681, 1
	%684 = extractvalue { float, float, float, float } %681, 2
	%685 = extractvalue { float, float, float, float } %681, 3
	%686 = add i32 %607, 6144
	%687 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %686)
	%688 = extractvalue { i32, i32, i32, i32 } %687, 0
	%689 = extractvalue { i32, i32, i32, i32 } %687, 1
	%690 = extractvalue { i32, i32, i32, i32 } %687, 2
	%691 = extractvalue { i32, i32, i32, i32 } %687, 3
	%692 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %688, i32 %689, float %588, float %589, float %590, float %591)
	%693 = extractvalue { float, float, float, float } %692, 0
	%694 = extractvalue { float, float, float, float } %692, 1
	%695 = extractvalue { float, float, float, float } %692, 2
	%696 = extractvalue { float, float, float, float } %692, 3
	%697 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %690, i32 %691, float %593, float %594, float %595, float %596)
	%698 = extractvalue { float, float, float, float } %697, 0
	%699 = extractvalue { float, float, float, float } %697, 1
	%700 = extractvalue { float, float, float, float } %697, 2
	%701 = extractvalue { float, float, float, float } %697, 3
	%702 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %688, i32 %689, float %598, float %599, float %600, float %601)
	%703 = extractvalue { float, float, float, float } %702, 0
	%704 = extractvalue { float, float, float, float } %702, 1
	%705 = extractvalue { float, float, float, float } %702, 2
	%706 = extractvalue { float, float, float, float } %702, 3
	%707 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %690, i32 %691, float %603, float %604, float %605, float %606)
	%708 = extractvalue { float, float, float, float } %707, 0
	%709 = extractvalue { float, float, float, float } %707, 1
	%710 = extractvalue { float, float, float, float } %707, 2
	%711 = extractvalue { float, float, float, float } %707, 3
	%712 = xor i32 %501, 64
	%713 = add i32 %712, 0
	%714 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %713)
	%715 = extractvalue { i32, i32, i32, i32 } %714, 0
	%716 = extractvalue { i32, i32, i32, i32 } %714, 1
	%717 = extractvalue { i32, i32, i32, i32 } %714, 2
	%718 = extractvalue { i32, i32, i32, i32 } %714, 3
	%719 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %715, i32 %716, float %615, float %616, float %617, float %618)
	%720 = extractvalue { float, float, float, float } %719, 0
	%721 = extractvalue { float, float, float, float } %719, 1
	%722 = extractvalue { float, float, float, float } %719, 2
	%723 = extractvalue { float, float, float, float } %719, 3
	%724 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %717, i32 %718, float %620, float %621, float %622, float %623)
	%725 = extractvalue { float, float, float, float } %724, 0
	%726 = extractvalue { float, float, float, float } %724, 1
	%727 = extractvalue { float, float, float, float } %724, 2
	%728 = extractvalue { float, float, float, float } %724, 3
	%729 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %715, i32 %716, float %625, float %626, float %627, float %628)
	%730 = extractvalue { float, float, float, float } %729, 0
	%731 = extractvalue { float, float, float, float } %729, 1
	%732 = extractvalue { float, float, float, float } %729, 2
	%733 = extractvalue { float, float, float, float } %729, 3
	%734 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %717, i32 %718, float %630, float %631, float %632, float %633)
	%735 = extractvalue { float, float, float, float } %734, 0
	%736 = extractvalue { float, float, float, float } %734, 1
	%737 = extractvalue { float, float, float, float } %734, 2
	%738 = extractvalue { float, float, float, float } %734, 3
	%739 = add i32 %712, 2048
	%740 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %739)
	%741 = extractvalue { i32, i32, i32, i32 } %740, 0
	%742 = extractvalue { i32, i32, i32, i32 } %740, 1
	%743 = extractvalue { i32, i32, i32, i32 } %740, 2
	%744 = extractvalue { i32, i32, i32, i32 } %740, 3
	%745 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %741, i32 %742, float %641, float %642, float %643, float %644)
	%746 = extractvalue { float, float, float, float } %745, 0
	%747 = extractvalue { float, float, float, float } %745, 1
	%748 = extractvalue { float, float, float, float } %745, 2
	%749 = extractvalue { float, float, float, float } %745, 3
	%750 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %743, i32 %744, float %646, float %647, float %648, float %649)
	%751 = extractvalue { float, float, float, float } %750, 0
	%752 = extractvalue { float, float, float, float } %750, 1
	%753 = extractvalue { float, float, float, float } %750, 2
	%754 = extractvalue { float, float, float, float } %750, 3
	%755 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %741, i32 %742, float %651, float %652, float %653, float %654)
	%756 = extractvalue { float, float, float, float } %755, 0
	%757 = extractvalue { float, float, float, float } %755, 1
	%758 = extractvalue { float, float, float, float } %755, 2
	%759 = extractvalue { float, float, float, float } %755, 3
	%760 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %743, i32 %744, float %656, float %657, float %658, float %659)
	%761 = extractvalue { float, float, float, float } %760, 0
	%762 = extractvalue { float, float, float, float } %760, 1
	%763 = extractvalue { float, float, float, float } %760, 2
	%764 = extractvalue { float, float, float, float } %760, 3
	%765 = add i32 %712, u0x1000
	%766 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %765)
	%767 = extractvalue { i32, i32, i32, i32 } %766, 0
	%768 = extractvalue { i32, i32, i32, i32 } %766, 1
	%769 = extractvalue { i32, i32, i32, i32 } %766, 2
	%770 = extractvalue { i32, i32, i32, i32 } %766, 3
	%771 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %767, i32 %768, float %667, float %668, float %669, float %670)
	%772 = extractvalue { float, float, float, float } %771, 0
	%773 = extractvalue { float, float, float, float } %771, 1
	%774 = extractvalue { float, float, float, float } %771, 2
	%775 = extractvalue { float, float, float, float } %771, 3
	%776 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %769, i32 %770, float %672, float %673, float %674, float %675)
	%777 = extractvalue { float, float, float, float } %776, 0
	%778 = extractvalue { float, float, float, float } %776, 1
	%779 = extractvalue { float, float, float, float } %776, 2
	%780 = extractvalue { float, float, float, float } %776, 3
	%781 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %767, i32 %768, float %677, float %678, float %679, float %680)
	%782 = extractvalue { float, float, float, float } %781, 0
	%783 = extractvalue { float, float, float, float } %781, 1
	%784 = extractvalue { float, float, float, float } %781, 2
	%785 = extractvalue { float, float, float, float } %781, 3
	%786 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %769, i32 %770, float %682, float %683, float %684, float %685)
	%787 = extractvalue { float, float, float, float } %786, 0
	%788 = extractvalue { float, float, float, float } %786, 1
	%789 = extractvalue { float, float, float, float } %786, 2
	%790 = extractvalue { float, float, float, float } %786, 3
	%791 = add i32 %712, 6144
	%792 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %791)
	%793 = extractvalue { i32, i32, i32, i32 } %792, 0
	%794 = extractvalue { i32, i32, i32, i32 } %792, 1
	%795 = extractvalue { i32, i32, i32, i32 } %792, 2
	%796 = extractvalue { i32, i32, i32, i32 } %792, 3
	%797 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %793, i32 %794, float %693, float %694, float %695, float %696)
	%798 = extractvalue { float, float, float, float } %797, 0
	%799 = extractvalue { float, float, float, float } %797, 1
	%800 = extractvalue { float, float, float, float } %797, 2
	%801 = extractvalue { float, float, float, float } %797, 3
	%802 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %795, i32 %796, float %698, float %699, float %700, float %701)
	%803 = extractvalue { float, float, float, float } %802, 0
	%804 = extractvalue { float, float, float, float } %802, 1
	%805 = extractvalue { float, float, float, float } %802, 2
	%806 = extractvalue { float, float, float, float } %802, 3
	%807 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %793, i32 %794, float %703, float %704, float %705, float %706)
	%808 = extractvalue { float, float, float, float } %807, 0
	%809 = extractvalue { float, float, float, float } %807, 1
	%810 = extractvalue { float, float, float, float } %807, 2
	%811 = extractvalue { float, float, float, float } %807, 3
	%812 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %795, i32 %796, float %708, float %709, float %710, float %711)
	%813 = extractvalue { float, float, float, float } %812, 0
	%814 = extractvalue { float, float, float, float } %812, 1
	%815 = extractvalue { float, float, float, float } %812, 2
	%816 = extractvalue { float, float, float, float } %812, 3
	%817 = xor i32 %501, 96
	%818 = add i32 %817, 0
	%819 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %818)
	%820 = extractvalue { i32, i32, i32, i32 } %819, 0
	%821 = extractvalue { i32, i32, i32, i32 } %819, 1
	%822 = extractvalue { i32, i32, i32, i32 } %819, 2
	%823 = extractvalue { i32, i32, i32, i32 } %819, 3
	%824 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %820, i32 %821, float %720, float %721, float %722, float %723)
	%825 = extractvalue { float, float, float, float } %824, 0
	%826 = extractvalue { float, float, float, float } %824, 1
	%827 = extractvalue { float, float, float, float } %824, 2
	%828 = extractvalue { float, float, float, float } %824, 3
	%829 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %822, i32 %823, float %725, float %726, float %727, float %728)
	%830 = extractvalue { float, float, float, float } %829, 0
	%831 = extractvalue { float, float, float, float } %829, 1
	%832 = extractvalue { float, float, float, float } %829, 2
	%833 = extractvalue { float, float, float, float } %829, 3
	%834 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %820, i32 %821, float %730, float %731, float %732, float %733)
	%835 = extractvalue { float, float, float, float } %834, 0
	%836 = extractvalue { float, float, float, float } %834, 1
	%837 = extractvalue { float, float, float, float } %834, 2
	%838 = extractvalue { float, float, float, float } %834, 3
	%839 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %822, i32 %823, float %735, float %736, float %737, float %738)
	%840 = extractvalue { float, float, float, float } %839, 0
	%841 = extractvalue { float, float, float, float } %839, 1
	%842 = extractvalue { float, float, float, float } %839, 2
	%843 = extractvalue { float, float, float, float } %839, 3
	%844 = add i32 %817, 2048
	%845 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %844)
	%846 = extractvalue { i32, i32, i32, i32 } %845, 0
	%847 = extractvalue { i32, i32, i32, i32 } %845, 1
	%848 = extractvalue { i32, i32, i32, i32 } %845, 2
	%849 = extractvalue { i32, i32, i32, i32 } %845, 3
	%850 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %846, i32 %847, float %746, float %747, float %748, float %749)
	%851 = extractvalue { float, float, float, float } %850, 0
	%852 = extractvalue { float, float, float, float } %850, 1
	%853 = extractvalue { float, float, float, float } %850, 2
	%854 = extractvalue { float, float, float, float } %850, 3
	%855 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %848, i32 %849, float %751, float %752, float %753, float %754)
	%856 = extractvalue { float, float, float, float } %855, 0
	%857 = extractvalue { float, float, float, float } %855, 1
	%858 = extractvalue { float, float, float, float } %855, 2
	%859 = extractvalue { float, float, float, float } %855, 3
	%860 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %846, i32 %847, float %756, float %757, float %758, float %759)
	%861 = extractvalue { float, float, float, float } %860, 0
	%862 = extractvalue { float, float, float, float } %860, 1
	%863 = extractvalue { float, float, float, float } %860, 2
	%864 = extractvalue { float, float, float, float } %860, 3
	%865 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %848, i32 %849, float %761, float %762, float %763, float %764)
	%866 = extractvalue { float, float, float, float } %865, 0
	%867 = extractvalue { float, float, float, float } %865, 1
	%868 = extractvalue { float, float, float, float } %865, 2
	%869 = extractvalue { float, float, float, float } %865, 3
	%870 = add i32 %817, u0x1000
	%871 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %870)
	%872 = extractvalue { i32, i32, i32, i32 } %871, 0
	%873 = extractvalue { i32, i32, i32, i32 } %871, 1
	%874 = extractvalue { i32, i32, i32, i32 } %871, 2
	%875 = extractvalue { i32, i32, i32, i32 } %871, 3
	%876 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %872, i32 %873, float %772, float %773, float %774, float %775)
	%877 = extractvalue { float, float, float, float } %876, 0
	%878 = extractvalue { float, float, float, float } %876, 1
	%879 = extractvalue { float, float, float, float } %876, 2
	%880 = extractvalue { float, float, float, float } %876, 3
	%881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %874, i32 %875, float %777, float %778, float %779, float %780)
	%882 = extractvalue { float, float, float, float } %881, 0
	%883 = extractvalue { float, float, float, float } %881, 1
	%884 = extractvalue { float, float, float, float } %881, 2
	%885 = extractvalue { float, float, float, float } %881, 3
	%886 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %872, i32 %873, float %782, float %783, float %784, float %785)
	%887 = extractvalue { float, float, float, float } %886, 0
	%888 = extractvalue { float, float, float, float } %886, 1
	%889 = extractvalue { float, float, float, float } %886, 2
	%890 = extractvalue { float, float, float, float } %886, 3
	%891 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %874, i32 %875, float %787, float %788, float %789, float %790)
	%892 = extractvalue { float, float, float, float } %891, 0
	%893 = extractvalue { float, float, float, float } %891, 1
	%894 = extractvalue { float, float, float, float } %891, 2
	%895 = extractvalue { float, float, float, float } %891, 3
	%896 = add i32 %817, 6144
	%897 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %896)
	%898 = extractvalue { i32, i32, i32, i32 } %897, 0
	%899 = extractvalue { i32, i32, i32, i32 } %897, 1
	%900 = extractvalue { i32, i32, i32, i32 } %897, 2
	%901 = extractvalue { i32, i32, i32, i32 } %897, 3
	%902 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %898, i32 %899, float %798, float %799, float %800, float %801)
	%903 = extractvalue { float, float, float, float } %902, 0
	%904 = extractvalue { float, float, float, float } %902, 1
	%905 = extractvalue { float, float, float, float } %902, 2
	%906 = extractvalue { float, float, float, float } %902, 3
	%907 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %900, i32 %901, float %803, float %804, float %805, float %806)
	%908 = extractvalue { float, float, float, float } %907, 0
	%909 = extractvalue { float, float, float, float } %907, 1
	%910 = extractvalue { float, float, float, float } %907, 2
	%911 = extractvalue { float, float, float, float } %907, 3
	%912 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %898, i32 %899, float %808, float %809, float %810, float %811)
	%913 = extractvalue { float, float, float, float } %912, 0
	%914 = extractvalue { float, float, float, float } %912, 1
	%915 = extractvalue { float, float, float, float } %912, 2
	%916 = extractvalue { float, float, float, float } %912, 3
	%917 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %900, i32 %901, float %813, float %814, float %815, float %816)
	%918 = extractvalue { float, float, float, float } %917, 0
	%919 = extractvalue { float, float, float, float } %917, 1
	%920 = extractvalue { float, float, float, float } %917, 2
	%921 = extractvalue { float, float, float, float } %917, 3
	%922 = mul i32 %4, 32
	%923 = add i32 %25, %922
	%924 = add i32 %6, 0
	%925 = add i32 %923, %924
	%926 = mul i32 %4, 32
	%927 = add i32 %25, %926
	%928 = add i32 %6, 8
	%929 = add i32 %927, %928
	%930 = mul i32 %4, 32
	%931 = add i32 %25, %930
	%932 = add i32 %6, 16
	%933 = add i32 %931, %932
	%934 = mul i32 %4, 32
	%935 = add i32 %25, %934
	%936 = add i32 %6, 24
	%937 = add i32 %935, %936
	%938 = sitofp i32 %23 to float
	%939 = add i32 %46, %280
	%940 = sext i32 %939 to i64
	%941 = getelementptr i8, i8* %cls, i64 %940
	%942 = load i8, i8* %941
	%943 = icmp ne i8 %942, 2
	br i1 %943, label %partial, label %softmax

epilogue:
	%944 = phi float [ 0.0, %entry ], [ %2367, %pv ]
	%945 = phi float [ 0.0, %entry ], [ %2419, %pv ]
	%946 = phi float [ 0.0, %entry ], [ %2471, %pv ]
	%947 = phi float [ 0.0, %entry ], [ %2523, %pv ]
	%948 = phi i32 [ 0, %entry ], [ %2626, %pv ]
	%949 = phi float [ 0.0, %entry ], [ %3176, %pv ]
	%950 = phi float [ 0.0, %entry ], [ %3177, %pv ]
	%951 = phi float [ 0.0, %entry ], [ %3178, %pv ]
	%952 = phi float [ 0.0, %entry ], [ %3179, %pv ]
	%953 = phi float [ 0.0, %entry ], [ %3181, %pv ]
	%954 = phi float [ 0.0, %entry ], [ %3182, %pv ]
	%955 = phi float [ 0.0, %entry ], [ %3183, %pv ]
	%956 = phi float [ 0.0, %entry ], [ %3184, %pv ]
	%957 = phi float [ 0.0, %entry ], [ %3203, %pv ]
	%958 = phi float [ 0.0, %entry ], [ %3204, %pv ]
	%959 = phi float [ 0.0, %entry ], [ %3205, %pv ]
	%960 = phi float [ 0.0, %entry ], [ %3206, %pv ]
	%961 = phi float [ 0.0, %entry ], [ %3208, %pv ]
	%962 = phi float [ 0.0, %entry ], [ %3209, %pv ]
	%963 = phi float [ 0.0, %entry ], [ %3210, %pv ]
	%964 = phi float [ 0.0, %entry ], [ %3211, %pv ]
	%965 = phi float [ 0.0, %entry ], [ %3230, %pv ]
	%966 = phi float [ 0.0, %entry ], [ %3231, %pv ]
	%967 = phi float [ 0.0, %entry ], [ %3232, %pv ]
	%968 = phi float [ 0.0, %entry ], [ %3233, %pv ]
	%969 = phi float [ 0.0, %entry ], [ %3235, %pv ]
	%970 = phi float [ 0.0, %entry ], [ %3236, %pv ]
	%971 = phi float [ 0.0, %entry ], [ %3237, %pv ]
	%972 = phi float [ 0.0, %entry ], [ %3238, %pv ]
	%973 = phi float [ 0.0, %entry ], [ %3257, %pv ]
	%974 = phi float [ 0.0, %entry ], [ %3258, %pv ]
	%975 = phi float [ 0.0, %entry ], [ %3259, %pv ]
	%976 = phi float [ 0.0, %entry ], [ %3260, %pv ]
	%977 = phi float [ 0.0, %entry ], [ %3262, %pv ]
	%978 = phi float [ 0.0, %entry ], [ %3263, %pv ]
	%979 = phi float [ 0.0, %entry ], [ %3264, %pv ]
	%980 = phi float [ 0.0, %entry ], [ %3265, %pv ]
	%981 = phi float [ 0.0, %entry ], [ %3186, %pv ]
	%982 = phi float [ 0.0, %entry ], [ %3187, %pv ]
	%983 = phi float [ 0.0, %entry ], [ %3188, %pv ]
	%984 = phi float [ 0.0, %entry ], [ %3189, %pv ]
	%985 = phi float [ 0.0, %entry ], [ %3191, %pv ]
	%986 = phi float [ 0.0, %entry ], [ %3192, %pv ]
	%987 = phi float [ 0.0, %entry ], [ %3193, %pv ]
	%988 = phi float [ 0.0, %entry ], [ %3194, %pv ]
	%989 = phi float [ 0.0, %entry ], [ %3213, %pv ]
	%990 = phi float [ 0.0, %entry ], [ %3214, %pv ]
	%991 = phi float [ 0.0, %entry ], [ %3215, %pv ]
	%992 = phi float [ 0.0, %entry ], [ %3216, %pv ]
	%993 = phi float [ 0.0, %entry ], [ %3218, %pv ]
	%994 = phi float [ 0.0, %entry ], [ %3219, %pv ]
	%995 = phi float [ 0.0, %entry ], [ %3220, %pv ]
	%996 = phi float [ 0.0, %entry ], [ %3221, %pv ]
	%997 = phi float [ 0.0, %entry ], [ %3240, %pv ]
	%998 = phi float [ 0.0, %entry ], [ %3241, %pv ]
	%999 = phi float [ 0.0, %entry ], [ %3242, %pv ]
	%1000 = phi float [ 0.0, %entry ], [ %3243, %pv ]
	%1001 = phi float [ 0.0, %entry ], [ %3245, %pv ]
	%1002 = phi float [ 0.0, %entry ], [ %3246, %pv ]
	%1003 = phi float [ 0.0, %entry ], [ %3247, %pv ]
	%1004 = phi float [ 0.0, %entry ], [ %3248, %pv ]
	%1005 = phi float [ 0.0, %entry ], [ %3267, %pv ]
	%1006 = phi float [ 0.0, %entry ], [ %3268, %pv ]
	%1007 = phi float [ 0.0, %entry ], [ %3269, %pv ]
	%1008 = phi float [ 0.0, %entry ], [ %3270, %pv ]
	%1009 = phi float [ 0.0, %entry ], [ %3272, %pv ]
	%1010 = phi float [ 0.0, %entry ], [ %3273, %pv ]
	%1011 = phi float [ 0.0, %entry ], [ %3274, %pv ]
	%1012 = phi float [ 0.0, %entry ], [ %3275, %pv ]
	%1013 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %944, i32 1, i32 31)
	%1014 = fadd float %944, %1013
	%1015 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1014, i32 2, i32 31)
	%1016 = fadd float %1014, %1015
	%1017 = fcmp ogt float %1016, 0.0
	%1018 = fdiv float 1.0, %1016
	%1019 = select i1 %1017, float %1018, float 0.0
	%1020 = mul i32 %4, 32
	%1021 = add i32 %25, %1020
	%1022 = add i32 %6, 0
	%1023 = add i32 %1021, %1022
	%1024 = fmul float %949, %1019
	%1025 = fmul float %950, %1019
	%1026 = fmul float %953, %1019
	%1027 = fmul float %954, %1019
	%1028 = fmul float %957, %1019
	%1029 = fmul float %958, %1019
	%1030 = fmul float %961, %1019
	%1031 = fmul float %962, %1019
	%1032 = fmul float %965, %1019
	%1033 = fmul float %966, %1019
	%1034 = fmul float %969, %1019
	%1035 = fmul float %970, %1019
	%1036 = fmul float %973, %1019
	%1037 = fmul float %974, %1019
	%1038 = fmul float %977, %1019
	%1039 = fmul float %978, %1019
	%1040 = icmp slt i32 %1023, %M
	br i1 %1040, label %store0, label %stored0

partial:
	%1041 = shl i32 %7, 1
	%1042 = add i32 0, %1041
	%1043 = add i32 %361, %1042
	%1044 = icmp slt i32 %1043, %N
	%1045 = select i1 %1044, i32 %1043, i32 0
	%1046 = sitofp i32 %925 to float
	%1047 = sext i32 %1045 to i64
	%1048 = getelementptr i32, i32* %52, i64 %1047
	%1049 = load i32, i32* %1048
	%1050 = sitofp i32 %1049 to float
	%1051 = fcmp ole float %1050, %1046
	%1052 = uitofp i1 %1051 to float
	%1053 = fcmp une float %1052, 0.0
	%1054 = and i1 %1044, %1053
	%1055 = select i1 %1054, float %825, float 0xFFF0000000000000
	%1056 = shl i32 %7, 1
	%1057 = add i32 1, %1056
	%1058 = add i32 %361, %1057
	%1059 = icmp slt i32 %1058, %N
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = sitofp i32 %925 to float
	%1062 = sext i32 %1060 to i64
	%1063 = getelementptr i32, i32* %52, i64 %1062
	%1064 = load i32, i32* %1063
	%1065 = sitofp i32 %1064 to float
	%1066 = fcmp ole float %1065, %1061
	%1067 = uitofp i1 %1066 to float
	%1068 = fcmp une float %1067, 0.0
	%1069 = and i1 %1059, %1068
	%1070 = select i1 %1069, float %826, float 0xFFF0000000000000
	%1071 = shl i32 %7, 1
	%1072 = add i32 0, %1071
	%1073 = add i32 %361, %1072
	%1074 = icmp slt i32 %1073, %N
	%1075 = select i1 %1074, i32 %1073, i32 0
	%1076 = sitofp i32 %929 to float
	%1077 = sext i32 %1075 to i64
	%1078 = getelementptr i32, i32* %52, i64 %1077
	%1079 = load i32, i32* %1078
	%1080 = sitofp i32 %1079 to float
	%1081 = fcmp ole float %1080, %1076
	%1082 = uitofp i1 %1081 to float
	%1083 = fcmp une float %1082, 0.0
	%1084 = and i1 %1074, %1083
	%1085 = select i1 %1084, float %827, float 0xFFF0000000000000
	%1086 = shl i32 %7, 1
	%1087 = add i32 1, %1086
	%1088 = add i32 %361, %1087
	%1089 = icmp slt i32 %1088, %N
	%1090 = select i1 %1089, i32 %1088, i32 0
	%1091 = sitofp i32 %929 to float
	%1092 = sext i32 %1090 to i64
	%1093 = getelementptr i32, i32* %52, i64 %1092
	%1094 = load i32, i32* %1093
	%1095 = sitofp i32 %1094 to float
	%1096 = fcmp ole float %1095, %1091
	%1097 = uitofp i1 %1096 to float
	%1098 = fcmp une float %1097, 0.0
	%1099 = and i1 %1089, %1098
	%1100 = select i1 %1099, float %828, float 0xFFF0000000000000
	%1101 = shl i32 %7, 1
	%1102 = add i32 8, %1101
	%1103 = add i32 %361, %1102
	%1104 = icmp slt i32 %1103, %N
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = sitofp i32 %925 to float
	%1107 = sext i32 %1105 to i64
	%1108 = getelementptr i32, i32* %52, i64 %1107
	%1109 = load i32, i32* %1108
	%1110 = sitofp i32 %1109 to float
	%1111 = fcmp ole float %1110, %1106
	%1112 = uitofp i1 %1111 to float
	%1113 = fcmp une float %1112, 0.0
	%1114 = and i1 %1104, %1113
	%1115 = select i1 %1114, float %830, float 0xFFF0000000000000
	%1116 = shl i32 %7, 1
	%1117 = add i32 9, %1116
	%1118 = add i32 %361, %1117
	%1119 = icmp slt i32 %1118, %N
	%1120 = select i1 %1119, i32 %1118, i32 0
	%1121 = sitofp i32 %925 to float
	%1122 = sext i32 %1120 to i64
	%1123 = getelementptr i32, i32* %52, i64 %1122
	%1124 = load i32, i32* %1123
	%1125 = sitofp i32 %1124 to float
	%1126 = fcmp ole float %1125, %1121
	%1127 = uitofp i1 %1126 to float
	%1128 = fcmp une float %1127, 0.0
	%1129 = and i1 %1119, %1128
	%1130 = select i1 %1129, float %831, float 0xFFF0000000000000
	%1131 = shl i32 %7, 1
	%1132 = add i32 8, %1131
	%1133 = add i32 %361, %1132
	%1134 = icmp slt i32 %1133, %N
	%1135 = select i1 %1134, i32 %1133, i32 0
	%1136 = sitofp i32 %929 to float
	%1137 = sext i32 %1135 to i64
	%1138 = getelementptr i32, i32* %52, i64 %1137
	%1139 = load i32, i32* %1138
	%1140 = sitofp i32 %1139 to float
	%1141 = fcmp ole float %1140, %1136
	%1142 = uitofp i1 %1141 to float
	%1143 = fcmp une float %1142, 0.0
	%1144 = and i1 %1134, %1143
	%1145 = select i1 %1144, float %832, float 0xFFF0000000000000
	%1146 = shl i32 %7, 1
	%1147 = add i32 9, %1146
	%1148 = add i32 %361, %1147
	%1149 = icmp slt i32 %1148, %N
	%1150 = select i1 %1149, i32 %1148, i32 0
	%1151 = sitofp i32 %929 to float
	%1152 = sext i32 %1150 to i64
	%1153 = getelementptr i32, i32* %52, i64 %1152
	%1154 = load i32, i32* %1153
	%1155 = sitofp i32 %1154 to float
	%1156 = fcmp ole float %1155, %1151
	%1157 = uitofp i1 %1156 to float
	%1158 = fcmp une float %1157, 0.0
	%1159 = and i1 %1149, %1158
	%1160 = select i1 %1159, float %833, float 0xFFF0000000000000
	%1161 = shl i32 %7, 1
	%1162 = add i32 16, %1161
	%1163 = add i32 %361, %1162
	%1164 = icmp slt i32 %1163, %N
	%1165 = select i1 %1164, i32 %1163, i32 0
	%1166 = sitofp i32 %925 to float
	%1167 = sext i32 %1165 to i64
	%1168 = getelementptr i32, i32* %52, i64 %1167
	%1169 = load i32, i32* %1168
	%1170 = sitofp i32 %1169 to float
	%1171 = fcmp ole float %1170, %1166
	%1172 = uitofp i1 %1171 to float
	%1173 = fcmp une float %1172, 0.0
	%1174 = and i1 %1164, %1173
	%1175 = select i1 %1174, float %851, float 0xFFF0000000000000
	%1176 = shl i32 %7, 1
	%1177 = add i32 17, %1176
	%1178 = add i32 %361, %1177
	%1179 = icmp slt i32 %1178, %N
	%1180 = select i1 %1179, i32 %1178, i32 0
	%1181 = sitofp i32 %925 to float
	%1182 = sext i32 %1180 to i64
	%1183 = getelementptr i32, i32* %52, i64 %1182
	%1184 = load i32, i32* %1183
	%1185 = sitofp i32 %1184 to float
	%1186 = fcmp ole float %1185, %1181
	%1187 = uitofp i1 %1186 to float
	%1188 = fcmp une float %1187, 0.0
	%1189 = and i1 %1179, %1188
	%1190 = select i1 %1189, float %852, float 0xFFF0000000000000
	%1191 = shl i32 %7, 1
	%1192 = add i32 16, %1191
	%1193 = add i32 %361, %1192
	%1194 = icmp slt i32 %1193, %N
	%1195 = select i1 %1194, i32 %1193, i32 0
	%1196 = sitofp i32 %929 to float
	%1197 = sext i32 %1195 to i64
	%1198 = getelementptr i32, i32* %52, i64 %1197
	%1199 = load i32, i32* %1198
	%1200 = sitofp i32 %1199 to float
	%1201 = fcmp ole float %1200, %1196
	%1202 = uitofp i1 %1201 to float
	%1203 = fcmp une float %1202, 0.0
	%1204 = and i1 %1194, %1203
	%1205 = select i1 %1204, float %853, float 0xFFF0000000000000
	%1206 = shl i32 %7, 1
	%1207 = add i32 17, %1206
	%1208 = add i32 %361, %1207
	%1209 = icmp slt i32 %1208, %N
	%1210 = select i1 %1209, i32 %1208, i32 0
	%1211 = sitofp i32 %929 to float
	%1212 = sext i32 %1210 to i64
	%1213 = getelementptr i32, i32* %52, i64 %1212
	%1214 = load i32, i32* %1213
	%1215 = sitofp i32 %1214 to float
	%1216 = fcmp ole float %1215, %1211
	%1217 = uitofp i1 %1216 to float
	%1218 = fcmp une float %1217, 0.0
	%1219 = and i1 %1209, %1218
	%1220 = select i1 %1219, float %854, float 0xFFF0000000000000
	%1221 = shl i32 %7, 1
	%1222 = add i32 24, %1221
	%1223 = add i32 %361, %1222
	%1224 = icmp slt i32 %1223, %N
	%1225 = select i1 %1224, i32 %1223, i32 0
	%1226 = sitofp i32 %925 to float
	%1227 = sext i32 %1225 to i64
	%1228 = getelementptr i32, i32* %52, i64 %1227
	%1229 = load i32, i32* %1228
	%1230 = sitofp i32 %1229 to float
	%1231 = fcmp ole float %1230, %1226
	%1232 = uitofp i1 %1231 to float
	%1233 = fcmp une float %1232, 0.0
	%1234 = and i1 %1224, %1233
	%1235 = select i1 %1234, float %856, float 0xFFF0000000000000
	%1236 = shl i32 %7, 1
	%1237 = add i32 25, %1236
	%1238 = add i32 %361, %1237
	%1239 = icmp slt i32 %1238, %N
	%1240 = select i1 %1239, i32 %1238, i32 0
	%1241 = sitofp i32 %925 to float
	%1242 = sext i32 %1240 to i64
	%1243 = getelementptr i32, i32* %52, i64 %1242
	%1244 = load i32, i32* %1243
	%1245 = sitofp i32 %1244 to float
	%1246 = fcmp ole float %1245, %1241
	%1247 = uitofp i1 %1246 to float
	%1248 = fcmp une float %1247, 0.0
	%1249 = and i1 %1239, %1248
	%1250 = select i1 %1249, float %857, float 0xFFF0000000000000
	%1251 = shl i32 %7, 1
	%1252 = add i32 24, %1251
	%1253 = add i32 %361, %1252
	%1254 = icmp slt i32 %1253, %N
	%1255 = select i1 %1254, i32 %1253, i32 0
	%1256 = sitofp i32 %929 to float
	%1257 = sext i32 %1255 to i64
	%1258 = getelementptr i32, i32* %52, i64 %1257
	%1259 = load i32, i32* %1258
	%1260 = sitofp i32 %1259 to float
	%1261 = fcmp ole float %1260, %1256
	%1262 = uitofp i1 %1261 to float
	%1263 = fcmp une float %1262, 0.0
	%1264 = and i1 %1254, %1263
	%1265 = select i1 %1264, float %858, float 0xFFF0000000000000
	%1266 = shl i32 %7, 1
	%1267 = add i32 25, %1266
	%1268 = add i32 %361, %1267
	%1269 = icmp slt i32 %1268, %N
	%1270 = select i1 %1269, i32 %1268, i32 0
	%1271 = sitofp i32 %929 to float
	%1272 = sext i32 %1270 to i64
	%1273 = getelementptr i32, i32* %52, i64 %1272
	%1274 = load i32, i32* %1273
	%1275 = sitofp i32 %1274 to float
	%1276 = fcmp ole float %1275, %1271
	%1277 = uitofp i1 %1276 to float
	%1278 = fcmp une float %1277, 0.0
	%1279 = and i1 %1269, %1278
	%1280 = select i1 %1279, float %859, float 0xFFF0000000000000
	%1281 = shl i32 %7, 1
	%1282 = add i32 32, %1281
	%1283 = add i32 %361, %1282
	%1284 = icmp slt i32 %1283, %N
	%1285 = select i1 %1284, i32 %1283, i32 0
	%1286 = sitofp i32 %925 to float
	%1287 = sext i32 %1285 to i64
	%1288 = getelementptr i32, i32* %52, i64 %1287
	%1289 = load i32, i32* %1288
	%1290 = sitofp i32 %1289 to float
	%1291 = fcmp ole float %1290, %1286
	%1292 = uitofp i1 %1291 to float
	%1293 = fcmp une float %1292, 0.0
	%1294 = and i1 %1284, %1293
	%1295 = select i1 %1294, float %877, float 0xFFF0000000000000
	%1296 = shl i32 %7, 1
	%1297 = add i32 33, %1296
	%1298 = add i32 %361, %1297
	%1299 = icmp slt i32 %1298, %N
	%1300 = select i1 %1299, i32 %1298, i32 0
	%1301 = sitofp i32 %925 to float
	%1302 = sext i32 %1300 to i64
	%1303 = getelementptr i32, i32* %52, i64 %1302
	%1304 = load i32, i32* %1303
	%1305 = sitofp i32 %1304 to float
	%1306 = fcmp ole float %1305, %1301
	%1307 = uitofp i1 %1306 to float
	%1308 = fcmp une float %1307, 0.0
	%1309 = and i1 %1299, %1308
	%1310 = select i1 %1309, float %878, float 0xFFF0000000000000
	%1311 = shl i32 %7, 1
	%1312 = add i32 32, %1311
	%1313 = add i32 %361, %1312
	%1314 = icmp slt i32 %1313, %N
	%1315 = select i1 %1314, i32 %1313, i32 0
	%1316 = sitofp i32 %929 to float
	%1317 = sext i32 %1315 to i64
	%1318 = getelementptr i32, i32* %52, i64 %1317
	%1319 = load i32, i32* %1318
	%1320 = sitofp i32 %1319 to float
	%1321 = fcmp ole float %1320, %1316
	%1322 = uitofp i1 %1321 to float
	%1323 = fcmp une float %1322, 0.0
	%1324 = and i1 %1314, %1323
	%1325 = select i1 %1324, float %879, float 0xFFF0000000000000
	%1326 = shl i32 %7, 1
	%1327 = add i32 33, %1326
	%1328 = add i32 %361, %1327
	%1329 = icmp slt i32 %1328, %N
	%1330 = select i1 %1329, i32 %1328, i32 0
	%1331 = sitofp i32 %929 to float
	%1332 = sext i32 %1330 to i64
	%1333 = getelementptr i32, i32* %52, i64 %1332
	%1334 = load i32, i32* %1333
	%1335 = sitofp i32 %1334 to float
	%1336 = fcmp ole float %1335, %1331
	%1337 = uitofp i1 %1336 to float
	%1338 = fcmp une float %1337, 0.0
	%1339 = and i1 %1329, %1338
	%1340 = select i1 %1339, float %880, float 0xFFF0000000000000
	%1341 = shl i32 %7, 1
	%1342 = add i32 40, %1341
	%1343 = add i32 %361, %1342
	%1344 = icmp slt i32 %1343, %N
	%1345 = select i1 %1344, i32 %1343, i32 0
	%1346 = sitofp i32 %925 to float
	%1347 = sext i32 %1345 to i64
	%1348 = getelementptr i32, i32* %52, i64 %1347
	%1349 = load i32, i32* %1348
	%1350 = sitofp i32 %1349 to float
	%1351 = fcmp ole float %1350, %1346
	%1352 = uitofp i1 %1351 to float
	%1353 = fcmp une float %1352, 0.0
	%1354 = and i1 %1344, %1353
	%1355 = select i1 %1354, float %882, float 0xFFF0000000000000
	%1356 = shl i32 %7, 1
	%1357 = add i32 41, %1356
	%1358 = add i32 %361, %1357
	%1359 = icmp slt i32 %1358, %N
	%1360 = select i1 %1359, i32 %1358, i32 0
	%1361 = sitofp i32 %925 to float
	%1362 = sext i32 %1360 to i64
	%1363 = getelementptr i32, i32* %52, i64 %1362
	%1364 = load i32, i32* %1363
	%1365 = sitofp i32 %1364 to float
	%1366 = fcmp ole float %1365, %1361
	%1367 = uitofp i1 %1366 to float
	%1368 = fcmp une float %1367, 0.0
	%1369 = and i1 %1359, %1368
	%1370 = select i1 %1369, float %883, float 0xFFF0000000000000
	%1371 = shl i32 %7, 1
	%1372 = add i32 40, %1371
	%1373 = add i32 %361, %1372
	%1374 = icmp slt i32 %1373, %N
	%1375 = select i1 %1374, i32 %1373, i32 0
	%1376 = sitofp i32 %929 to float
	%1377 = sext i32 %1375 to i64
	%1378 = getelementptr i32, i32* %52, i64 %1377
	%1379 = load i32, i32* %1378
	%1380 = sitofp i32 %1379 to float
	%1381 = fcmp ole float %1380, %1376
	%1382 = uitofp i1 %1381 to float
	%1383 = fcmp une float %1382, 0.0
	%1384 = and i1 %1374, %1383
	%1385 = select i1 %1384, float %884, float 0xFFF0000000000000
	%1386 = shl i32 %7, 1
	%1387 = add i32 41, %1386
	%1388 = add i32 %361, %1387
	%1389 = icmp slt i32 %1388, %N
	%1390 = select i1 %1389, i32 %1388, i32 0
	%1391 = sitofp i32 %929 to float
	%1392 = sext i32 %1390 to i64
	%1393 = getelementptr i32, i32* %52, i64 %1392
	%1394 = load i32, i32* %1393
	%1395 = sitofp i32 %1394 to float
	%1396 = fcmp ole float %1395, %1391
	%1397 = uitofp i1 %1396 to float
	%1398 = fcmp une float %1397, 0.0
	%1399 = and i1 %1389, %1398
	%1400 = select i1 %1399, float %885, float 0xFFF0000000000000
	%1401 = shl i32 %7, 1
	%1402 = add i32 48, %1401
	%1403 = add i32 %361, %1402
	%1404 = icmp slt i32 %1403, %N
	%1405 = select i1 %1404, i32 %1403, i32 0
	%1406 = sitofp i32 %925 to float
	%1407 = sext i32 %1405 to i64
	%1408 = getelementptr i32, i32* %52, i64 %1407
	%1409 = load i32, i32* %1408
	%1410 = sitofp i32 %1409 to float
	%1411 = fcmp ole float %1410, %1406
	%1412 = uitofp i1 %1411 to float
	%1413 = fcmp une float %1412, 0.0
	%1414 = and i1 %1404, %1413
	%1415 = select i1 %1414, float %903, float 0xFFF0000000000000
	%1416 = shl i32 %7, 1
	%1417 = add i32 49, %1416
	%1418 = add i32 %361, %1417
	%1419 = icmp slt i32 %1418, %N
	%1420 = select i1 %1419, i32 %1418, i32 0
	%1421 = sitofp i32 %925 to float
	%1422 = sext i32 %1420 to i64
	%1423 = getelementptr i32, i32* %52, i64 %1422
	%1424 = load i32, i32* %1423
	%1425 = sitofp i32 %1424 to float
	%1426 = fcmp ole float %1425, %1421
	%1427 = uitofp i1 %1426 to float
	%1428 = fcmp une float %1427, 0.0
	%1429 = and i1 %1419, %1428
	%1430 = select i1 %1429, float %904, float 0xFFF0000000000000
	%1431 = shl i32 %7, 1
	%1432 = add i32 48, %1431
	%1433 = add i32 %361, %1432
	%1434 = icmp slt i32 %1433, %N
	%1435 = select i1 %1434, i32 %1433, i32 0
	%1436 = sitofp i32 %929 to float
	%1437 = sext i32 %1435 to i64
	%1438 = getelementptr i32, i32* %52, i64 %1437
	%1439 = load i32, i32* %1438
	%1440 = sitofp i32 %1439 to float
	%1441 = fcmp ole float %1440, %1436
	%1442 = uitofp i1 %1441 to float
	%1443 = fcmp une float %1442, 0.0
	%1444 = and i1 %1434, %1443
	%1445 = select i1 %1444, float %905, float 0xFFF0000000000000
	%1446 = shl i32 %7, 1
	%1447 = add i32 49, %1446
	%1448 = add i32 %361, %1447
	%1449 = icmp slt i32 %1448, %N
	%1450 = select i1 %1449, i32 %1448, i32 0
	%1451 = sitofp i32 %929 to float
	%1452 = sext i32 %1450 to i64
	%1453 = getelementptr i32, i32* %52, i64 %1452
	%1454 = load i32, i32* %1453
	%1455 = sitofp i32 %1454 to float
	%1456 = fcmp ole float %1455, %1451
	%1457 = uitofp i1 %1456 to float
	%1458 = fcmp une float %1457, 0.0
	%1459 = and i1 %1449, %1458
	%1460 = select i1 %1459, float %906, float 0xFFF0000000000000
	%1461 = shl i32 %7, 1
	%1462 = add i32 56, %1461
	%1463 = add i32 %361, %1462
	%1464 = icmp slt i32 %1463, %N
	%1465 = select i1 %1464, i32 %1463, i32 0
	%1466 = sitofp i32 %925 to float
	%1467 = sext i32 %1465 to i64
	%1468 = getelementptr i32, i32* %52, i64 %1467
	%1469 = load i32, i32* %1468
	%1470 = sitofp i32 %1469 to float
	%1471 = fcmp ole float %1470, %1466
	%1472 = uitofp i1 %1471 to float
	%1473 = fcmp une float %1472, 0.0
	%1474 = and i1 %1464, %1473
	%1475 = select i1 %1474, float %908, float 0xFFF0000000000000
	%1476 = shl i32 %7, 1
	%1477 = add i32 57, %1476
	%1478 = add i32 %361, %1477
	%1479 = icmp slt i32 %1478, %N
	%1480 = select i1 %1479, i32 %1478, i32 0
	%1481 = sitofp i32 %925 to float
	%1482 = sext i32 %1480 to i64
	%1483 = getelementptr i32, i32* %52, i64 %1482
	%1484 = load i32, i32* %1483
	%1485 = sitofp i32 %1484 to float
	%1486 = fcmp ole float %1485, %1481
	%1487 = uitofp i1 %1486 to float
	%1488 = fcmp une float %1487, 0.0
	%1489 = and i1 %1479, %1488
	%1490 = select i1 %1489, float %909, float 0xFFF0000000000000
	%1491 = shl i32 %7, 1
	%1492 = add i32 56, %1491
	%1493 = add i32 %361, %1492
	%1494 = icmp slt i32 %1493, %N
	%1495 = select i1 %1494, i32 %1493, i32 0
	%1496 = sitofp i32 %929 to float
	%1497 = sext i32 %1495 to i64
	%1498 = getelementptr i32, i32* %52, i64 %1497
	%1499 = load i32, i32* %1498
	%1500 = sitofp i32 %1499 to float
	%1501 = fcmp ole float %1500, %1496
	%1502 = uitofp i1 %1501 to float
	%1503 = fcmp une float %1502, 0.0
	%1504 = and i1 %1494, %1503
	%1505 = select i1 %1504, float %910, float 0xFFF0000000000000
	%1506 = shl i32 %7, 1
	%1507 = add i32 57, %1506
	%1508 = add i32 %361, %1507
	%1509 = icmp slt i32 %1508, %N
	%1510 = select i1 %1509, i32 %1508, i32 0
	%1511 = sitofp i32 %929 to float
	%1512 = sext i32 %1510 to i64
	%1513 = getelementptr i32, i32* %52, i64 %1512
	%1514 = load i32, i32* %1513
	%1515 = sitofp i32 %1514 to float
	%1516 = fcmp ole float %1515, %1511
	%1517 = uitofp i1 %1516 to float
	%1518 = fcmp une float %1517, 0.0
	%1519 = and i1 %1509, %1518
	%1520 = select i1 %1519, float %911, float 0xFFF0000000000000
	%1521 = shl i32 %7, 1
	%1522 = add i32 0, %1521
	%1523 = add i32 %361, %1522
	%1524 = icmp slt i32 %1523, %N
	%1525 = select i1 %1524, i32 %1523, i32 0
	%1526 = sitofp i32 %933 to float
	%1527 = sext i32 %1525 to i64
	%1528 = getelementptr i32, i32* %52, i64 %1527
	%1529 = load i32, i32* %1528
	%1530 = sitofp i32 %1529 to float
	%1531 = fcmp ole float %1530, %1526
	%1532 = uitofp i1 %1531 to float
	%1533 = fcmp une float %1532, 0.0
	%1534 = and i1 %1524, %1533
	%1535 = select i1 %1534, float %835, float 0xFFF0000000000000
	%1536 = shl i32 %7, 1
	%1537 = add i32 1, %1536
	%1538 = add i32 %361, %1537
	%1539 = icmp slt i32 %1538, %N
	%1540 = select i1 %1539, i32 %1538, i32 0
	%1541 = sitofp i32 %933 to float
	%1542 = sext i32 %1540 to i64
	%1543 = getelementptr i32, i32* %52, i64 %1542
	%1544 = load i32, i32* %1543
	%1545 = sitofp i32 %1544 to float
	%1546 = fcmp ole float %1545, %1541
	%1547 = uitofp i1 %1546 to float
	%1548 = fcmp une float %1547, 0.0
	%1549 = and i1 %1539, %1548
	%1550 = select i1 %1549, float %836, float 0xFFF0000000000000
	%1551 = shl i32 %7, 1
	%1552 = add i32 0, %1551
	%1553 = add i32 %361, %1552
	%1554 = icmp slt i32 %1553, %N
	%1555 = select i1 %1554, i32 %1553, i32 0
	%1556 = sitofp i32 %937 to float
	%1557 = sext i32 %1555 to i64
	%1558 = getelementptr i32, i32* %52, i64 %1557
	%1559 = load i32, i32* %1558
	%1560 = sitofp i32 %1559 to float
	%1561 = fcmp ole float %1560, %1556
	%1562 = uitofp i1 %1561 to float
	%1563 = fcmp une float %1562, 0.0
	%1564 = and i1 %1554, %1563
	%1565 = select i1 %1564, float %837, float 0xFFF0000000000000
	%1566 = shl i32 %7, 1
	%1567 = add i32 1, %1566
	%1568 = add i32 %361, %1567
	%1569 = icmp slt i32 %1568, %N
	%1570 = select i1 %1569, i32 %1568, i32 0
	%1571 = sitofp i32 %937 to float
	%1572 = sext i32 %1570 to i64
	%1573 = getelementptr i32, i32* %52, i64 %1572
	%1574 = load i32, i32* %1573
	%1575 = sitofp i32 %1574 to float
	%1576 = fcmp ole float %1575, %1571
	%1577 = uitofp i1 %1576 to float
	%1578 = fcmp une float %1577, 0.0
	%1579 = and i1 %1569, %1578
	%1580 = select i1 %1579, float %838, float 0xFFF0000000000000
	%1581 = shl i32 %7, 1
	%1582 = add i32 8, %1581
	%1583 = add i32 %361, %1582
	%1584 = icmp slt i32 %1583, %N
	%1585 = select i1 %1584, i32 %1583, i32 0
	%1586 = sitofp i32 %933 to float
	%1587 = sext i32 %1585 to i64
	%1588 = getelementptr i32, i32* %52, i64 %1587
	%1589 = load i32, i32* %1588
	%1590 = sitofp i32 %1589 to float
	%1591 = fcmp ole float %1590, %1586
	%1592 = uitofp i1 %1591 to float
	%1593 = fcmp une float %1592, 0.0
	%1594 = and i1 %1584, %1593
	%1595 = select i1 %1594, float %840, float 0xFFF0000000000000
	%1596 = shl i32 %7, 1
	%1597 = add i32 9, %1596
	%1598 = add i32 %361, %1597
	%1599 = icmp slt i32 %1598, %N
	%1600 = select i1 %1599, i32 %1598, i32 0
	%1601 = sitofp i32 %933 to float
	%1602 = sext i32 %1600 to i64
	%1603 = getelementptr i32, i32* %52, i64 %1602
	%1604 = load i32, i32* %1603
	%1605 = sitofp i32 %1604 to float
	%1606 = fcmp ole float %1605, %1601
	%1607 = uitofp i1 %1606 to float
	%1608 = fcmp une float %1607, 0.0
	%1609 = and i1 %1599, %1608
	%1610 = select i1 %1609, float %841, float 0xFFF0000000000000
	%1611 = shl i32 %7, 1
	%1612 = add i32 8, %1611
	%1613 = add i32 %361, %1612
	%1614 = icmp slt i32 %1613, %N
	%1615 = select i1 %1614, i32 %1613, i32 0
	%1616 = sitofp i32 %937 to float
	%1617 = sext i32 %1615 to i64
	%1618 = getelementptr i32, i32* %52, i64 %1617
	%1619 = load i32, i32* %1618
	%1620 = sitofp i32 %1619 to float
	%1621 = fcmp ole float %1620, %1616
	%1622 = uitofp i1 %1621 to float
	%1623 = fcmp une float %1622, 0.0
	%1624 = and i1 %1614, %1623
	%1625 = select i1 %1624, float %842, float 0xFFF0000000000000
	%1626 = shl i32 %7, 1
	%1627 = add i32 9, %1626
	%1628 = add i32 %361, %1627
	%1629 = icmp slt i32 %1628, %N
	%1630 = select i1 %1629, i32 %1628, i32 0
	%1631 = sitofp i32 %937 to float
	%1632 = sext i32 %1630 to i64
	%1633 = getelementptr i32, i32* %52, i64 %1632
	%1634 = load i32, i32* %1633
	%1635 = sitofp i32 %1634 to float
	%1636 = fcmp ole float %1635, %1631
	%1637 = uitofp i1 %1636 to float
	%1638 = fcmp une float %1637, 0.0
	%1639 = and i1 %1629, %1638
	%1640 = select i1 %1639, float %843, float 0xFFF0000000000000
	%1641 = shl i32 %7, 1
	%1642 = add i32 16, %1641
	%1643 = add i32 %361, %1642
	%1644 = icmp slt i32 %1643, %N
	%1645 = select i1 %1644, i32 %1643, i32 0
	%1646 = sitofp i32 %933 to float
	%1647 = sext i32 %1645 to i64
	%1648 = getelementptr i32, i32* %52, i64 %1647
	%1649 = load i32, i32* %1648
	%1650 = sitofp i32 %1649 to float
	%1651 = fcmp ole float %1650, %1646
	%1652 = uitofp i1 %1651 to float
	%1653 = fcmp une float %1652, 0.0
	%1654 = and i1 %1644, %1653
	%1655 = select i1 %1654, float %861, float 0xFFF0000000000000
	%1656 = shl i32 %7, 1
	%1657 = add i32 17, %1656
	%1658 = add i32 %361, %1657
	%1659 = icmp slt i32 %1658, %N
	%1660 = select i1 %1659, i32 %1658, i32 0
	%1661 = sitofp i32 %933 to float
	%1662 = sext i32 %1660 to i64
	%1663 = getelementptr i32, i32* %52, i64 %1662
	%1664 = load i32, i32* %1663
	%1665 = sitofp i32 %1664 to float
	%1666 = fcmp ole float %1665, %1661
	%1667 = uitofp i1 %1666 to float
	%1668 = fcmp une float %1667, 0.0
	%1669 = and i1 %1659, %1668
	%1670 = select i1 %1669, float %862, float 0xFFF0000000000000
	%1671 = shl i32 %7, 1
	%1672 = add i32 16, %1671
	%1673 = add i32 %361, %1672
	%1674 = icmp slt i32 %1673, %N
	%1675 = select i1 %1674, i32 %1673, i32 0
	%1676 = sitofp i32 %937 to float
	%1677 = sext i32 %1675 to i64
	%1678 = getelementptr i32, i32* %52, i64 %1677
	%1679 = load i32, i32* %1678
	%1680 = sitofp i32 %1679 to float
	%1681 = fcmp ole float %1680, %1676
	%1682 = uitofp i1 %1681 to float
	%1683 = fcmp une float %1682, 0.0
	%1684 = and i1 %1674, %1683
	%1685 = select i1 %1684, float %863, float 0xFFF0000000000000
	%1686 = shl i32 %7, 1
	%1687 = add i32 17, %1686
	%1688 = add i32 %361, %1687
	%1689 = icmp slt i32 %1688, %N
	%1690 = select i1 %1689, i32 %1688, i32 0
	%1691 = sitofp i32 %937 to float
	%1692 = sext i32 %1690 to i64
	%1693 = getelementptr i32, i32* %52, i64 %1692
	%1694 = load i32, i32* %1693
	%1695 = sitofp i32 %1694 to float
	%1696 = fcmp ole float %1695, %1691
	%1697 = uitofp i1 %1696 to float
	%1698 = fcmp une float %1697, 0.0
	%1699 = and i1 %1689, %1698
	%1700 = select i1 %1699, float %864, float 0xFFF0000000000000
	%1701 = shl i32 %7, 1
	%1702 = add i32 24, %1701
	%1703 = add i32 %361, %1702
	%1704 = icmp slt i32 %1703, %N
	%1705 = select i1 %1704, i32 %1703, i32 0
	%1706 = sitofp i32 %933 to float
	%1707 = sext i32 %1705 to i64
	%1708 = getelementptr i32, i32* %52, i64 %1707
	%1709 = load i32, i32* %1708
	%1710 = sitofp i32 %1709 to float
	%1711 = fcmp ole float %1710, %1706
	%1712 = uitofp i1 %1711 to float
	%1713 = fcmp une float %1712, 0.0
	%1714 = and i1 %1704, %1713
	%1715 = select i1 %1714, float %866, float 0xFFF0000000000000
	%1716 = shl i32 %7, 1
	%1717 = add i32 25, %1716
	%1718 = add i32 %361, %1717
	%1719 = icmp slt i32 %1718, %N
	%1720 = select i1 %1719, i32 %1718, i32 0
	%1721 = sitofp i32 %933 to float
	%1722 = sext i32 %1720 to i64
	%1723 = getelementptr i32, i32* %52, i64 %1722
	%1724 = load i32, i32* %1723
	%1725 = sitofp i32 %1724 to float
	%1726 = fcmp ole float %1725, %1721
	%1727 = uitofp i1 %1726 to float
	%1728 = fcmp une float %1727, 0.0
	%1729 = and i1 %1719, %1728
	%1730 = select i1 %1729, float %867, float 0xFFF0000000000000
	%1731 = shl i32 %7, 1
	%1732 = add i32 24, %1731
	%1733 = add i32 %361, %1732
	%1734 = icmp slt i32 %1733, %N
	%1735 = select i1 %1734, i32 %1733, i32 0
	%1736 = sitofp i32 %937 to float
	%1737 = sext i32 %1735 to i64
	%1738 = getelementptr i32, i32* %52, i64 %1737
	%1739 = load i32, i32* %1738
	%1740 = sitofp i32 %1739 to float
	%1741 = fcmp ole float %1740, %1736
	%1742 = uitofp i1 %1741 to float
	%1743 = fcmp une float %1742, 0.0
	%1744 = and i1 %1734, %1743
	%1745 = select i1 %1744, float %868, float 0xFFF0000000000000
	%1746 = shl i32 %7, 1
	%1747 = add i32 25, %1746
	%1748 = add i32 %361, %1747
	%1749 = icmp slt i32 %1748, %N
	%1750 = select i1 %1749, i32 %1748, i32 0
	%1751 = sitofp i32 %937 to float
	%1752 = sext i32 %1750 to i64
	%1753 = getelementptr i32, i32* %52, i64 %1752
	%1754 = load i32, i32* %1753
	%1755 = sitofp i32 %1754 to float
	%1756 = fcmp ole float %1755, %1751
	%1757 = uitofp i1 %1756 to float
	%1758 = fcmp une float %1757, 0.0
	%1759 = and i1 %1749, %1758
	%1760 = select i1 %1759, float %869, float 0xFFF0000000000000
	%1761 = shl i32 %7, 1
	%1762 = add i32 32, %1761
	%1763 = add i32 %361, %1762
	%1764 = icmp slt i32 %1763, %N
	%1765 = select i1 %1764, i32 %1763, i32 0
	%1766 = sitofp i32 %933 to float
	%1767 = sext i32 %1765 to i64
	%1768 = getelementptr i32, i32* %52, i64 %1767
	%1769 = load i32, i32* %1768
	%1770 = sitofp i32 %1769 to float
	%1771 = fcmp ole float %1770, %1766
	%1772 = uitofp i1 %1771 to float
	%1773 = fcmp une float %1772, 0.0
	%1774 = and i1 %1764, %1773
	%1775 = select i1 %1774, float %887, float 0xFFF0000000000000
	%1776 = shl i32 %7, 1
	%1777 = add i32 33, %1776
	%1778 = add i32 %361, %1777
	%1779 = icmp slt i32 %1778, %N
	%1780 = select i1 %1779, i32 %1778, i32 0
	%1781 = sitofp i32 %933 to float
	%1782 = sext i32 %1780 to i64
	%1783 = getelementptr i32, i32* %52, i64 %1782
	%1784 = load i32, i32* %1783
	%1785 = sitofp i32 %1784 to float
	%1786 = fcmp ole float %1785, %1781
	%1787 = uitofp i1 %1786 to float
	%1788 = fcmp une float %1787, 0.0
	%1789 = and i1 %1779, %1788
	%1790 = select i1 %1789, float %888, float 0xFFF0000000000000
	%1791 = shl i32 %7, 1
	%1792 = add i32 32, %1791
	%1793 = add i32 %361, %1792
	%1794 = icmp slt i32 %1793, %N
	%1795 = select i1 %1794, i32 %1793, i32 0
	%1796 = sitofp i32 %937 to float
	%1797 = sext i32 %1795 to i64
	%1798 = getelementptr i32, i32* %52, i64 %1797
	%1799 = load i32, i32* %1798
	%1800 = sitofp i32 %1799 to float
	%1801 = fcmp ole float %1800, %1796
	%1802 = uitofp i1 %1801 to float
	%1803 = fcmp une float %1802, 0.0
	%1804 = and i1 %1794, %1803
	%1805 = select i1 %1804, float %889, float 0xFFF0000000000000
	%1806 = shl i32 %7, 1
	%1807 = add i32 33, %1806
	%1808 = add i32 %361, %1807
	%1809 = icmp slt i32 %1808, %N
	%1810 = select i1 %1809, i32 %1808, i32 0
	%1811 = sitofp i32 %937 to float
	%1812 = sext i32 %1810 to i64
	%1813 = getelementptr i32, i32* %52, i64 %1812
	%1814 = load i32, i32* %1813
	%1815 = sitofp i32 %1814 to float
	%1816 = fcmp ole float %1815, %1811
	%1817 = uitofp i1 %1816 to float
	%1818 = fcmp une float %1817, 0.0
	%1819 = and i1 %1809, %1818
	%1820 = select i1 %1819, float %890, float 0xFFF0000000000000
	%1821 = shl i32 %7, 1
	%1822 = add i32 40, %1821
	%1823 = add i32 %361, %1822
	%1824 = icmp slt i32 %1823, %N
	%1825 = select i1 %1824, i32 %1823, i32 0
	%1826 = sitofp i32 %933 to float
	%1827 = sext i32 %1825 to i64
	%1828 = getelementptr i32, i32* %52, i64 %1827
	%1829 = load i32, i32* %1828
	%1830 = sitofp i32 %1829 to float
	%1831 = fcmp ole float %1830, %1826
	%1832 = uitofp i1 %1831 to float
	%1833 = fcmp une float %1832, 0.0
	%1834 = and i1 %1824, %1833
	%1835 = select i1 %1834, float %892, float 0xFFF0000000000000
	%1836 = shl i32 %7, 1
	%1837 = add i32 41, %1836
	%1838 = add i32 %361, %1837
	%1839 = icmp slt i32 %1838, %N
	%1840 = select i1 %1839, i32 %1838, i32 0
	%1841 = sitofp i32 %933 to float
	%1842 = sext i32 %1840 to i64
	%1843 = getelementptr i32, i32* %52, i64 %1842
	%1844 = load i32, i32* %1843
	%1845 = sitofp i32 %1844 to float
	%1846 = fcmp ole float %1845, %1841
	%1847 = uitofp i1 %1846 to float
	%1848 = fcmp une float %1847, 0.0
	%1849 = and i1 %1839, %1848
	%1850 = select i1 %1849, float %893, float 0xFFF0000000000000
	%1851 = shl i32 %7, 1
	%1852 = add i32 40, %1851
	%1853 = add i32 %361, %1852
	%1854 = icmp slt i32 %1853, %N
	%1855 = select i1 %1854, i32 %1853, i32 0
	%1856 = sitofp i32 %937 to float
	%1857 = sext i32 %1855 to i64
	%1858 = getelementptr i32, i32* %52, i64 %1857
	%1859 = load i32, i32* %1858
	%1860 = sitofp i32 %1859 to float
	%1861 = fcmp ole float %1860, %1856
	%1862 = uitofp i1 %1861 to float
	%1863 = fcmp une float %1862, 0.0
	%1864 = and i1 %1854, %1863
	%1865 = select i1 %1864, float %894, float 0xFFF0000000000000
	%1866 = shl i32 %7, 1
	%1867 = add i32 41, %1866
	%1868 = add i32 %361, %1867
	%1869 = icmp slt i32 %1868, %N
	%1870 = select i1 %1869, i32 %1868, i32 0
	%1871 = sitofp i32 %937 to float
	%1872 = sext i32 %1870 to i64
	%1873 = getelementptr i32, i32* %52, i64 %1872
	%1874 = load i32, i32* %1873
	%1875 = sitofp i32 %1874 to float
	%1876 = fcmp ole float %1875, %1871
	%1877 = uitofp i1 %1876 to float
	%1878 = fcmp une float %1877, 0.0
	%1879 = and i1 %1869, %1878
	%1880 = select i1 %1879, float %895, float 0xFFF0000000000000
	%1881 = shl i32 %7, 1
	%1882 = add i32 48, %1881
	%1883 = add i32 %361, %1882
	%1884 = icmp slt i32 %1883, %N
	%1885 = select i1 %1884, i32 %1883, i32 0
	%1886 = sitofp i32 %933 to float
	%1887 = sext i32 %1885 to i64
	%1888 = getelementptr i32, i32* %52, i64 %1887
	%1889 = load i32, i32* %1888
	%1890 = sitofp i32 %1889 to float
	%1891 = fcmp ole float %1890, %1886
	%1892 = uitofp i1 %1891 to float
	%1893 = fcmp une float %1892, 0.0
	%1894 = and i1 %1884, %1893
	%1895 = select i1 %1894, float %913, float 0xFFF0000000000000
	%1896 = shl i32 %7, 1
	%1897 = add i32 49, %1896
	%1898 = add i32 %361, %1897
	%1899 = icmp slt i32 %1898, %N
	%1900 = select i1 %1899, i32 %1898, i32 0
	%1901 = sitofp i32 %933 to float
	%1902 = sext i32 %1900 to i64
	%1903 = getelementptr i32, i32* %52, i64 %1902
	%1904 = load i32, i32* %1903
	%1905 = sitofp i32 %1904 to float
	%1906 = fcmp ole float %1905, %1901
	%1907 = uitofp i1 %1906 to float
	%1908 = fcmp une float %1907, 0.0
	%1909 = and i1 %1899, %1908
	%1910 = select i1 %1909, float %914, float 0xFFF0000000000000
	%1911 = shl i32 %7, 1
	%1912 = add i32 48, %1911
	%1913 = add i32 %361, %1912
	%1914 = icmp slt i32 %1913, %N
	%1915 = select i1 %1914, i32 %1913, i32 0
	%1916 = sitofp i32 %937 to float
	%1917 = sext i32 %1915 to i64
	%1918 = getelementptr i32, i32* %52, i64 %1917
	%1919 = load i32, i32* %1918
	%1920 = sitofp i32 %1919 to float
	%1921 = fcmp ole float %1920, %1916
	%1922 = uitofp i1 %1921 to float
	%1923 = fcmp une float %1922, 0.0
	%1924 = and i1 %1914, %1923
	%1925 = select i1 %1924, float %915, float 0xFFF0000000000000
	%1926 = shl i32 %7, 1
	%1927 = add i32 49, %1926
	%1928 = add i32 %361, %1927
	%1929 = icmp slt i32 %1928, %N
	%1930 = select i1 %1929, i32 %1928, i32 0
	%1931 = sitofp i32 %937 to float
	%1932 = sext i32 %1930 to i64
	%1933 = getelementptr i32, i32* %52, i64 %1932
	%1934 = load i32, i32* %1933
	%1935 = sitofp i32 %1934 to float
	%1936 = fcmp ole float %1935, %1931
	%1937 = uitofp i1 %1936 to float
	%1938 = fcmp une float %1937, 0.0
	%1939 = and i1 %1929, %1938
	%1940 = select i1 %1939, float %916, float 0xFFF0000000000000
	%1941 = shl i32 %7, 1
	%1942 = add i32 56, %1941
	%1943 = add i32 %361, %1942
	%1944 = icmp slt i32 %1943, %N
	%1945 = select i1 %1944, i32 %1943, i32 0
	%1946 = sitofp i32 %933 to float
	%1947 = sext i32 %1945 to i64
	%1948 = getelementptr i32, i32* %52, i64 %1947
	%1949 = load i32, i32* %1948
	%1950 = sitofp i32 %1949 to float
	%1951 = fcmp ole float %1950, %1946
	%1952 = uitofp i1 %1951 to float
	%1953 = fcmp une float %1952, 0.0
	%1954 = and i1 %1944, %1953
	%1955 = select i1 %1954, float %918, float 0xFFF0000000000000
	%1956 = shl i32 %7, 1
	%1957 = add i32 57, %1956
	%1958 = add i32 %361, %1957
	%1959 = icmp slt i32 %1958, %N
	%1960 = select i1 %1959, i32 %1958, i32 0
	%1961 = sitofp i32 %933 to float
	%1962 = sext i32 %1960 to i64
	%1963 = getelementptr i32, i32* %52, i64 %1962
	%1964 = load i32, i32* %1963
	%1965 = sitofp i32 %1964 to float
	%1966 = fcmp ole float %1965, %1961
	%1967 = uitofp i1 %1966 to float
	%1968 = fcmp une float %1967, 0.0
	%1969 = and i1 %1959, %1968
	%1970 = select i1 %1969, float %919, float 0xFFF0000000000000
	%1971 = shl i32 %7, 1
	%1972 = add i32 56, %1971
	%1973 = add i32 %361, %1972
	%1974 = icmp slt i32 %1973, %N
	%1975 = select i1 %1974, i32 %1973, i32 0
	%1976 = sitofp i32 %937 to float
	%1977 = sext i32 %1975 to i64
	%1978 = getelementptr i32, i32* %52, i64 %1977
	%1979 = load i32, i32* %1978
	%1980 = sitofp i32 %1979 to float
	%1981 = fcmp ole float %1980, %1976
	%1982 = uitofp i1 %1981 to float
	%1983 = fcmp une float %1982, 0.0
	%1984 = and i1 %1974, %1983
	%1985 = select i1 %1984, float %920, float 0xFFF0000000000000
	%1986 = shl i32 %7, 1
	%1987 = add i32 57, %1986
	%1988 = add i32 %361, %1987
	%1989 = icmp slt i32 %1988, %N
	%1990 = select i1 %1989, i32 %1988, i32 0
	%1991 = sitofp i32 %937 to float
	%1992 = sext i32 %1990 to i64
	%1993 = getelementptr i32, i32* %52, i64 %1992
	%1994 = load i32, i32* %1993
	%1995 = sitofp i32 %1994 to float
	%1996 = fcmp ole float %1995, %1991
	%1997 = uitofp i1 %1996 to float
	%1998 = fcmp une float %1997, 0.0
	%1999 = and i1 %1989, %1998
	%2000 = select i1 %1999, float %921, float 0xFFF0000000000000
	br label %softmax

softmax:
	%2001 = phi float [ %825, %loop ], [ %1055, %partial ]
	%2002 = phi float [ %826, %loop ], [ %1070, %partial ]
	%2003 = phi float [ %827, %loop ], [ %1085, %partial ]
	%2004 = phi float [ %828, %loop ], [ %1100, %partial ]
	%2005 = phi float [ %830, %loop ], [ %1115, %partial ]
	%2006 = phi float [ %831, %loop ], [ %1130, %partial ]
	%2007 = phi float [ %832, %loop ], [ %1145, %partial ]
	%2008 = phi float [ %833, %loop ], [ %1160, %partial ]
	%2009 = phi float [ %851, %loop ], [ %1175, %partial ]
	%2010 = phi float [ %852, %loop ], [ %1190, %partial ]
	%2011 = phi float [ %853, %loop ], [ %1205, %partial ]
	%2012 = phi float [ %854, %loop ], [ %1220, %partial ]
	%2013 = phi float [ %856, %loop ], [ %1235, %partial ]
	%2014 = phi float [ %857, %loop ], [ %1250, %partial ]
	%2015 = phi float [ %858, %loop ], [ %1265, %partial ]
	%2016 = phi float [ %859, %loop ], [ %1280, %partial ]
	%2017 = phi float [ %877, %loop ], [ %1295, %partial ]
	%2018 = phi float [ %878, %loop ], [ %1310, %partial ]
	%2019 = phi float [ %879, %loop ], [ %1325, %partial ]
	%2020 = phi float [ %880, %loop ], [ %1340, %partial ]
	%2021 = phi float [ %882, %loop ], [ %1355, %partial ]
	%2022 = phi float [ %883, %loop ], [ %1370, %partial ]
	%2023 = phi float [ %884, %loop ], [ %1385, %partial ]
	%2024 = phi float [ %885, %loop ], [ %1400, %partial ]
	%2025 = phi float [ %903, %loop ], [ %1415, %partial ]
	%2026 = phi float [ %904, %loop ], [ %1430, %partial ]
	%2027 = phi float [ %905, %loop ], [ %1445, %partial ]
	%2028 = phi float [ %906, %loop ], [ %1460, %partial ]
	%2029 = phi float [ %908, %loop ], [ %1475, %partial ]
	%2030 = phi float [ %909, %loop ], [ %1490, %partial ]
	%2031 = phi float [ %910, %loop ], [ %1505, %partial ]
	%2032 = phi float [ %911, %loop ], [ %1520, %partial ]
	%2033 = phi float [ %835, %loop ], [ %1535, %partial ]
	%2034 = phi float [ %836, %loop ], [ %1550, %partial ]
	%2035 = phi float [ %837, %loop ], [ %1565, %partial ]
	%2036 = phi float [ %838, %loop ], [ %1580, %partial ]
	%2037 = phi float [ %840, %loop ], [ %1595, %partial ]
	%2038 = phi float [ %841, %loop ], [ %1610, %partial ]
	%2039 = phi float [ %842, %loop ], [ %1625, %partial ]
	%2040 = phi float [ %843, %loop ], [ %1640, %partial ]
	%2041 = phi float [ %861, %loop ], [ %1655, %partial ]
	%2042 = phi float [ %862, %loop ], [ %1670, %partial ]
	%2043 = phi float [ %863, %loop ], [ %1685, %partial ]
	%2044 = phi float [ %864, %loop ], [ %1700, %partial ]
	%2045 = phi float [ %866, %loop ], [ %1715, %partial ]
	%2046 = phi float [ %867, %loop ], [ %1730, %partial ]
	%2047 = phi float [ %868, %loop ], [ %1745, %partial ]
	%2048 = phi float [ %869, %loop ], [ %1760, %partial ]
	%2049 = phi float [ %887, %loop ], [ %1775, %partial ]
	%2050 = phi float [ %888, %loop ], [ %1790, %partial ]
	%2051 = phi float [ %889, %loop ], [ %1805, %partial ]
	%2052 = phi float [ %890, %loop ], [ %1820, %partial ]
	%2053 = phi float [ %892, %loop ], [ %1835, %partial ]
	%2054 = phi float [ %893, %loop ], [ %1850, %partial ]
	%2055 = phi float [ %894, %loop ], [ %1865, %partial ]
	%2056 = phi float [ %895, %loop ], [ %1880, %partial ]
	%2057 = phi float [ %913, %loop ], [ %1895, %partial ]
	%2058 = phi float [ %914, %loop ], [ %1910, %partial ]
	%2059 = phi float [ %915, %loop ], [ %1925, %partial ]
	%2060 = phi float [ %916, %loop ], [ %1940, %partial ]
	%2061 = phi float [ %918, %loop ], [ %1955, %partial ]
	%2062 = phi float [ %919, %loop ], [ %1970, %partial ]
	%2063 = phi float [ %920, %loop ], [ %1985, %partial ]
	%2064 = phi float [ %921, %loop ], [ %2000, %partial ]
	%2065 = call float @llvm.nvvm.fmax.f(float %2001, float %2002)
	%2066 = call float @llvm.nvvm.fmax.f(float %2005, float %2006)
	%2067 = call float @llvm.nvvm.fmax.f(float %2009, float %2010)
	%2068 = call float @llvm.nvvm.fmax.f(float %2013, float %2014)
	%2069 = call float @llvm.nvvm.fmax.f(float %2017, float %2018)
	%2070 = call float @llvm.nvvm.fmax.f(float %2021, float %2022)
	%2071 = call float @llvm.nvvm.fmax.f(float %2025, float %2026)
	%2072 = call float @llvm.nvvm.fmax.f(float %2029, float %2030)
	%2073 = call float @llvm.nvvm.fmax.f(float %2065, float %2066)
	%2074 = call float @llvm.nvvm.fmax.f(float %2067, float %2068)
	%2075 = call float @llvm.nvvm.fmax.f(float %2069, float %2070)
	%2076 = call float @llvm.nvvm.fmax.f(float %2071, float %2072)
	%2077 = call float @llvm.nvvm.fmax.f(float %2073, float %2074)
	%2078 = call float @llvm.nvvm.fmax.f(float %2075, float %2076)
	%2079 = call float @llvm.nvvm.fmax.f(float %2077, float %2078)
	%2080 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2079, i32 1, i32 31)
	%2081 = call float @llvm.nvvm.fmax.f(float %2079, float %2080)
	%2082 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2081, i32 2, i32 31)
	%2083 = call float @llvm.nvvm.fmax.f(float %2081, float %2082)
	%2084 = fmul float %2083, 0x3FC7154760000000
	%2085 = call float @llvm.nvvm.fmax.f(float %345, float %2084)
	%2086 = fadd float %345, 8.0
	%2087 = fcmp ogt float %2085, %2086
	%2088 = or i1 false, %2087
	%2089 = call float @llvm.nvvm.fmax.f(float %2003, float %2004)
	%2090 = call float @llvm.nvvm.fmax.f(float %2007, float %2008)
	%2091 = call float @llvm.nvvm.fmax.f(float %2011, float %2012)
	%2092 = call float @llvm.nvvm.fmax.f(float %2015, float %2016)
	%2093 = call float @llvm.nvvm.fmax.f(float %2019, float %2020)
	%2094 = call float @llvm.nvvm.fmax.f(float %2023, float %2024)
	%2095 = call float @llvm.nvvm.fmax.f(float %2027, float %2028)
	%2096 = call float @llvm.nvvm.fmax.f(float %2031, float %2032)
	%2097 = call float @llvm.nvvm.fmax.f(float %2089, float %2090)
	%2098 = call float @llvm.nvvm.fmax.f(float %2091, float %2092)
	%2099 = call float @llvm.nvvm.fmax.f(float %2093, float %2094)
	%2100 = call float @llvm.nvvm.fmax.f(float %2095, float %2096)
	%2101 = call float @llvm.nvvm.fmax.f(float %2097, float %2098)
	%2102 = call float @llvm.nvvm.fmax.f(float %2099, float %2100)
	%2103 = call float @llvm.nvvm.fmax.f(float %2101, float %2102)
	%2104 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2103, i32 1, i32 31)
	%2105 = call float @llvm.nvvm.fmax.f(float %2103, float %2104)
	%2106 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2105, i32 2, i32 31)
	%2107 = call float @llvm.nvvm.fmax.f(float %2105, float %2106)
	%2108 = fmul float %2107, 0x3FC7154760000000
	%2109 = call float @llvm.nvvm.fmax.f(float %347, float %2108)
	%2110 = fadd float %347, 8.0
	%2111 = fcmp ogt float %2109, %2110
	%2112 = or i1 %2088, %2111
	%2113 = call float @llvm.nvvm.fmax.f(float %2033, float %2034)
	%2114 = call float @llvm.nvvm.fmax.f(float %2037, float %2038)
	%2115 = call float @llvm.nvvm.fmax.f(float %2041, float %2042)
	%2116 = call float @llvm.nvvm.fmax.f(float %2045, float %2046)
	%2117 = call float @llvm.nvvm.fmax.f(float %2049, float %2050)
	%2118 = call float @llvm.nvvm.fmax.f(float %2053, float %2054)
	%2119 = call float @llvm.nvvm.fmax.f(float %2057, float %2058)
	%2120 = call float @llvm.nvvm.fmax.f(float %2061, float %2062)
	%2121 = call float @llvm.nvvm.fmax.f(float %2113, float %2114)
	%2122 = call float @llvm.nvvm.fmax.f(float %2115, float %2116)
	%2123 = call float @llvm.nvvm.fmax.f(float %2117, float %2118)
	%2124 = call float @llvm.nvvm.fmax.f(float %2119, float %2120)
	%2125 = call float @llvm.nvvm.fmax.f(float %2121, float %2122)
	%2126 = call float @llvm.nvvm.fmax.f(float %2123, float %2124)
	%2127 = call float @llvm.nvvm.fmax.f(float %2125, float %2126)
	%2128 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2127, i32 1, i32 31)
	%2129 = call float @llvm.nvvm.fmax.f(float %2127, float %2128)
	%2130 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2129, i32 2, i32 31)
	%2131 = call float @llvm.nvvm.fmax.f(float %2129, float %2130)
	%2132 = fmul float %2131, 0x3FC7154760000000
	%2133 = call float @llvm.nvvm.fmax.f(float %349, float %2132)
	%2134 = fadd float %349, 8.0
	%2135 = fcmp ogt float %2133, %2134
	%2136 = or i1 %2112, %2135
	%2137 = call float @llvm.nvvm.fmax.f(float %2035, float %2036)
	%2138 = call float @llvm.nvvm.fmax.f(float %2039, float %2040)
	%2139 = call float @llvm.nvvm.fmax.f(float %2043, float %2044)
	%2140 = call float @llvm.nvvm.fmax.f(float %2047, float %2048)
	%2141 = call float @llvm.nvvm.fmax.f(float %2051, float %2052)
	%2142 = call float @llvm.nvvm.fmax.f(float %2055, float %2056)
	%2143 = call float @llvm.nvvm.fmax.f(float %2059, float %2060)
	%2144 = call float @llvm.nvvm.fmax.f(float %2063, float %2064)
	%2145 = call float @llvm.nvvm.fmax.f(float %2137, float %2138)
	%2146 = call float @llvm.nvvm.fmax.f(float %2139, float %2140)
	%2147 = call float @llvm.nvvm.fmax.f(float %2141, float %2142)
	%2148 = call float @llvm.nvvm.fmax.f(float %2143, float %2144)
	%2149 = call float @llvm.nvvm.fmax.f(float %2145, float %2146)
	%2150 = call float @llvm.nvvm.fmax.f(float %2147, float %2148)
	%2151 = call float @llvm.nvvm.fmax.f(float %2149, float %2150)
	%2152 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2151, i32 1, i32 31)
	%2153 = call float @llvm.nvvm.fmax.f(float %2151, float %2152)
	%2154 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2153, i32 2, i32 31)
	%2155 = call float @llvm.nvvm.fmax.f(float %2153, float %2154)
	%2156 = fmul float %2155, 0x3FC7154760000000
	%2157 = call float @llvm.nvvm.fmax.f(float %351, float %2156)
	%2158 = fadd float %351, 8.0
	%2159 = fcmp ogt float %2157, %2158
	%2160 = or i1 %2136, %2159
	%2161 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2160)
	br i1 %2161, label %2162, label %2247

2162:
	%2163 = fcmp oeq float %2085, 0xFFF0000000000000
	%2164 = select i1 %2163, float 0.0, float %2085
	%2165 = fsub float %345, %2164
	%2166 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2165)
	%2167 = fcmp oeq float %2109, 0xFFF0000000000000
	%2168 = select i1 %2167, float 0.0, float %2109
	%2169 = fsub float %347, %2168
	%2170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2169)
	%2171 = fcmp oeq float %2133, 0xFFF0000000000000
	%2172 = select i1 %2171, float 0.0, float %2133
	%2173 = fsub float %349, %2172
	%2174 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2173)
	%2175 = fcmp oeq float %2157, 0xFFF0000000000000
	%2176 = select i1 %2175, float 0.0, float %2157
	%2177 = fsub float %351, %2176
	%2178 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2177)
	%2179 = fmul float %281, %2166
	%2180 = fmul float %282, %2166
	%2181 = fmul float %283, %2170
	%2182 = fmul float %284, %2170
	%2183 = fmul float %285, %2166
	%2184 = fmul float %286, %2166
	%2185 = fmul float %287, %2170
	%2186 = fmul float %288, %2170
	%2187 = fmul float %289, %2166
	%2188 = fmul float %290, %2166
	%2189 = fmul float %291, %2170
	%2190 = fmul float %292, %2170
	%2191 = fmul float %293, %2166
	%2192 = fmul float %294, %2166
	%2193 = fmul float %295, %2170
	%2194 = fmul float %296, %2170
	%2195 = fmul float %297, %2166
	%2196 = fmul float %298, %2166
	%2197 = fmul float %299, %2170
	%2198 = fmul float %300, %2170
	%2199 = fmul float %301, %2166
	%2200 = fmul float %302, %2166
	%2201 = fmul float %303, %2170
	%2202 = fmul float %304, %2170
	%2203 = fmul float %305, %2166
	%2204 = fmul float %306, %2166
	%2205 = fmul float %307, %2170
	%2206 = fmul float %308, %2170
	%2207 = fmul float %309, %2166
	%2208 = fmul float %310, %2166
	%2209 = fmul float %311, %2170
	%2210 = fmul float %312, %2170
	%2211 = fmul float %313, %2174
	%2212 = fmul float %314, %2174
	%2213 = fmul float %315, %2178
	%2214 = fmul float %316, %2178
	%2215 = fmul float %317, %2174
	%2216 = fmul float %318, %2174
	%2217 = fmul float %319, %2178
	%2218 = fmul float %320, %2178
	%2219 = fmul float %321, %2174
	%2220 = fmul float %322, %2174
	%2221 = fmul float %323, %2178
	%2222 = fmul float %324, %2178
	%2223 = fmul float %325, %2174
	%2224 = fmul float %326, %2174
	%2225 = fmul float %327, %2178
	%2226 = fmul float %328, %2178
	%2227 = fmul float %329, %2174
	%2228 = fmul float %330, %2174
	%2229 = fmul float %331, %2178
	%2230 = fmul float %332, %2178
	%2231 = fmul float %333, %2174
	%2232 = fmul float %334, %2174
	%2233 = fmul float %335, %2178
	%2234 = fmul float %336, %2178
	%2235 = fmul float %337, %2174
	%2236 = fmul float %338, %2174
	%2237 = fmul float %339, %2178
	%2238 = fmul float %340, %2178
	%2239 = fmul float %341, %2174
	%2240 = fmul float %342, %2174
	%2241 = fmul float %343, %2178
	%2242 = fmul float %344, %2178
	%2243 = fmul float %346, %2166
	%2244 = fmul float %348, %2170
	%2245 = fmul float %350, %2174
	%2246 = fmul float %352, %2178
	br label %2247

2247:
	%2248 = phi float [ %281, %softmax ], [ %2179, %2162 ]
	%2249 = phi float [ %282, %softmax ], [ %2180, %2162 ]
	%2250 = phi float [ %283, %softmax ], [ %2181, %2162 ]
	%2251 = phi float [ %284, %softmax ], [ %2182, %2162 ]
	%2252 = phi float [ %285, %softmax ], [ %2183, %2162 ]
	%2253 = phi float [ %286, %softmax ], [ %2184, %2162 ]
	%2254 = phi float [ %287, %softmax ], [ %2185, %2162 ]
	%2255 = phi float [ %288, %softmax ], [ %2186, %2162 ]
	%2256 = phi float [ %289, %softmax ], [ %2187, %2162 ]
	%2257 = phi float [ %290, %softmax ], [ %2188, %2162 ]
	%2258 = phi float [ %291, %softmax ], [ %2189, %2162 ]
	%2259 = phi float [ %292, %softmax ], [ %2190, %2162 ]
	%2260 = phi float [ %293, %softmax ], [ %2191, %2162 ]
	%2261 = phi float [ %294, %softmax ], [ %2192, %2162 ]
	%2262 = phi float [ %295, %softmax ], [ %2193, %2162 ]
	%2263 = phi float [ %296, %softmax ], [ %2194, %2162 ]
	%2264 = phi float [ %297, %softmax ], [ %2195, %2162 ]
	%2265 = phi float [ %298, %softmax ], [ %2196, %2162 ]
	%2266 = phi float [ %299, %softmax ], [ %2197, %2162 ]
	%2267 = phi float [ %300, %softmax ], [ %2198, %2162 ]
	%2268 = phi float [ %301, %softmax ], [ %2199, %2162 ]
	%2269 = phi float [ %302, %softmax ], [ %2200, %2162 ]
	%2270 = phi float [ %303, %softmax ], [ %2201, %2162 ]
	%2271 = phi float [ %304, %softmax ], [ %2202, %2162 ]
	%2272 = phi float [ %305, %softmax ], [ %2203, %2162 ]
	%2273 = phi float [ %306, %softmax ], [ %2204, %2162 ]
	%2274 = phi float [ %307, %softmax ], [ %2205, %2162 ]
	%2275 = phi float [ %308, %softmax ], [ %2206, %2162 ]
	%2276 = phi float [ %309, %softmax ], [ %2207, %2162 ]
	%2277 = phi float [ %310, %softmax ], [ %2208, %2162 ]
	%2278 = phi float [ %311, %softmax ], [ %2209, %2162 ]
	%2279 = phi float [ %312, %softmax ], [ %2210, %2162 ]
	%2280 = phi float [ %313, %softmax ], [ %2211, %2162 ]
	%2281 = phi float [ %314, %softmax ], [ %2212, %2162 ]
	%2282 = phi float [ %315, %softmax ], [ %2213, %2162 ]
	%2283 = phi float [ %316, %softmax ], [ %2214, %2162 ]
	%2284 = phi float [ %317, %softmax ], [ %2215, %2162 ]
	%2285 = phi float [ %318, %softmax ], [ %2216, %2162 ]
	%2286 = phi float [ %319, %softmax ], [ %2217, %2162 ]
	%2287 = phi float [ %320, %softmax ], [ %2218, %2162 ]
	%2288 = phi float [ %321, %softmax ], [ %2219, %2162 ]
	%2289 = phi float [ %322, %softmax ], [ %2220, %2162 ]
	%2290 = phi float [ %323, %softmax ], [ %2221, %2162 ]
	%2291 = phi float [ %324, %softmax ], [ %2222, %2162 ]
	%2292 = phi float [ %325, %softmax ], [ %2223, %2162 ]
	%2293 = phi float [ %326, %softmax ], [ %2224, %2162 ]
	%2294 = phi float [ %327, %softmax ], [ %2225, %2162 ]
	%2295 = phi float [ %328, %softmax ], [ %2226, %2162 ]
	%2296 = phi float [ %329, %softmax ], [ %2227, %2162 ]
	%2297 = phi float [ %330, %softmax ], [ %2228, %2162 ]
	%2298 = phi float [ %331, %softmax ], [ %2229, %2162 ]
	%2299 = phi float [ %332, %softmax ], [ %2230, %2162 ]
	%2300 = phi float [ %333, %softmax ], [ %2231, %2162 ]
	%2301 = phi float [ %334, %softmax ], [ %2232, %2162 ]
	%2302 = phi float [ %335, %softmax ], [ %2233, %2162 ]
	%2303 = phi float [ %336, %softmax ], [ %2234, %2162 ]
	%2304 = phi float [ %337, %softmax ], [ %2235, %2162 ]
	%2305 = phi float [ %338, %softmax ], [ %2236, %2162 ]
	%2306 = phi float [ %339, %softmax ], [ %2237, %2162 ]
	%2307 = phi float [ %340, %softmax ], [ %2238, %2162 ]
	%2308 = phi float [ %341, %softmax ], [ %2239, %2162 ]
	%2309 = phi float [ %342, %softmax ], [ %2240, %2162 ]
	%2310 = phi float [ %343, %softmax ], [ %2241, %2162 ]
	%2311 = phi float [ %344, %softmax ], [ %2242, %2162 ]
	%2312 = phi float [ %346, %softmax ], [ %2243, %2162 ]
	%2313 = phi float [ %348, %softmax ], [ %2244, %2162 ]
	%2314 = phi float [ %350, %softmax ], [ %2245, %2162 ]
	%2315 = phi float [ %352, %softmax ], [ %2246, %2162 ]
	%2316 = select i1 %2161, float %2085, float %345
	%2317 = fcmp oeq float %2316, 0xFFF0000000000000
	%2318 = select i1 %2317, float 0.0, float %2316
	%2319 = fneg float %2318
	%2320 = call float @llvm.fma.f32(float %2001, float 0x3FC7154760000000, float %2319)
	%2321 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2320)
	%2322 = call float @llvm.fma.f32(float %2002, float 0x3FC7154760000000, float %2319)
	%2323 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2322)
	%2324 = call float @llvm.fma.f32(float %2005, float 0x3FC7154760000000, float %2319)
	%2325 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2324)
	%2326 = call float @llvm.fma.f32(float %2006, float 0x3FC7154760000000, float %2319)
	%2327 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2326)
	%2328 = call float @llvm.fma.f32(float %2009, float 0x3FC7154760000000, float %2319)
	%2329 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2328)
	%2330 = call float @llvm.fma.f32(float %2010, float 0x3FC7154760000000, float %2319)
	%2331 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2330)
	%2332 = call float @llvm.fma.f32(float %2013, float 0x3FC7154760000000, float %2319)
	%2333 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2332)
	%2334 = call float @llvm.fma.f32(float %2014, float 0x3FC7154760000000, float %2319)
	%2335 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2334)
	%2336 = call float @llvm.fma.f32(float %2017, float 0x3FC7154760000000, float %2319)
	%2337 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2336)
	%2338 = call float @llvm.fma.f32(float %2018, float 0x3FC7154760000000, float %2319)
	%2339 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2338)
	%2340 = call float @llvm.fma.f32(float %2021, float 0x3FC7154760000000, float %2319)
	%2341 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2340)
	%2342 = call float @llvm.fma.f32(float %2022, float 0x3FC7154760000000, float %2319)
	%2343 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2342)
	%2344 = call float @llvm.fma.f32(float %2025, float 0x3FC7154760000000, float %2319)
	%2345 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2344)
	%2346 = call float @llvm.fma.f32(float %2026, float 0x3FC7154760000000, float %2319)
	%2347 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2346)
	%2348 = call float @llvm.fma.f32(float %2029, float 0x3FC7154760000000, float %2319)
	%2349 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2348)
	%2350 = call float @llvm.fma.f32(float %2030, float 0x3FC7154760000000, float %2319)
	%2351 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2350)
	%2352 = fadd float %2321, %2323
	%2353 = fadd float %2325, %2327
	%2354 = fadd float %2329, %2331
	%2355 = fadd float %2333, %2335
	%2356 = fadd float %2337, %2339
	%2357 = fadd float %2341, %2343
	%2358 = fadd float %2345, %2347
	%2359 = fadd float %2349, %2351
	%2360 = fadd float %2352, %2353
	%2361 = fadd float %2354, %2355
	%2362 = fadd float %2356, %2357
	%2363 = fadd float %2358, %2359
	%2364 = fadd float %2360, %2361
	%2365 = fadd float %2362, %2363
	%2366 = fadd float %2364, %2365
	%2367 = fadd float %2312, %2366
	%2368 = select i1 %2161, float %2109, float %347
	%2369 = fcmp oeq float %2368, 0xFFF0000000000000
	%2370 = select i1 %2369, float 0.0, float %2368
	%2371 = fneg float %2370
	%2372 = call float @llvm.fma.f32(float %2003, float 0x3FC7154760000000, float %2371)
	%2373 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2372)
	%2374 = call float @llvm.fma.f32(float %2004, float 0x3FC7154760000000, float %2371)
	%2375 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2374)
	%2376 = call float @llvm.fma.f32(float %2007, float 0x3FC7154760000000, float %2371)
	%2377 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2376)
	%2378 = call float @llvm.fma.f32(float %2008, float 0x3FC7154760000000, float %2371)
	%2379 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2378)
	%2380 = call float @llvm.fma.f32(float %2011, float 0x3FC7154760000000, float %2371)
	%2381 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2380)
	%2382 = call float @llvm.fma.f32(float %2012, float 0x3FC7154760000000, float %2371)
	%2383 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2382)
	%2384 = call float @llvm.fma.f32(float %2015, float 0x3FC7154760000000, float %2371)
	%2385 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2384)
	%2386 = call float @llvm.fma.f32(float %2016, float 0x3FC7154760000000, float %2371)
	%2387 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2386)
	%2388 = call float @llvm.fma.f32(float %2019, float 0x3FC7154760000000, float %2371)
	%2389 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2388)
	%2390 = call float @llvm.fma.f32(float %2020, float 0x3FC7154760000000, float %2371)
	%2391 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2390)
	%2392 = call float @llvm.fma.f32(float %2023, float 0x3FC7154760000000, float %2371)
	%2393 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2392)
	%2394 = call float @llvm.fma.f32(float %2024, float 0x3FC7154760000000, float %2371)
	%2395 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2394)
	%2396 = call float @llvm.fma.f32(float %2027, float 0x3FC7154760000000, float %2371)
	%2397 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2396)
	%2398 = call float @llvm.fma.f32(float %2028, float 0x3FC7154760000000, float %2371)
	%2399 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2398)
	%2400 = call float @llvm.fma.f32(float %2031, float 0x3FC7154760000000, float %2371)
	%2401 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2400)
	%2402 = call float @llvm.fma.f32(float %2032, float 0x3FC7154760000000, float %2371)
	%2403 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2402)
	%2404 = fadd float %2373, %2375
	%2405 = fadd float %2377, %2379
	%2406 = fadd float %2381, %2383
	%2407 = fadd float %2385, %2387
	%2408 = fadd float %2389, %2391
	%2409 = fadd float %2393, %2395
	%2410 = fadd float %2397, %2399
	%2411 = fadd float %2401, %2403
	%2412 = fadd float %2404, %2405
	%2413 = fadd float %2406, %2407
	%2414 = fadd float %2408, %2409
	%2415 = fadd float %2410, %2411
	%2416 = fadd float %2412, %2413
	%2417 = fadd float %2414, %2415
	%2418 = fadd float %2416, %2417
	%2419 = fadd float %2313, %2418
	%2420 = select i1 %2161, float %2133, float %349
	%2421 = fcmp oeq float %2420, 0xFFF0000000000000
	%2422 = select i1 %2421, float 0.0, float %2420
	%2423 = fneg float %2422
	%2424 = call float @llvm.fma.f32(float %2033, float 0x3FC7154760000000, float %2423)
	%2425 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2424)
	%2426 = call float @llvm.fma.f32(float %2034, float 0x3FC7154760000000, float %2423)
	%2427 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2426)
	%2428 = call float @llvm.fma.f32(float %2037, float 0x3FC7154760000000, float %2423)
	%2429 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2428)
	%2430 = call float @llvm.fma.f32(float %2038, float 0x3FC7154760000000, float %2423)
	%2431 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2430)
	%2432 = call float @llvm.fma.f32(float %2041, float 0x3FC7154760000000, float %2423)
	%2433 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2432)
	%2434 = call float @llvm.fma.f32(float %2042, float 0x3FC7154760000000, float %2423)
	%2435 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2434)
	%2436 = call float @llvm.fma.f32(float %2045, float 0x3FC7154760000000, float %2423)
	%2437 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2436)
	%2438 = call float @llvm.fma.f32(float %2046, float 0x3FC7154760000000, float %2423)
	%2439 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2438)
	%2440 = call float @llvm.fma.f32(float %2049, float 0x3FC7154760000000, float %2423)
	%2441 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2440)
	%2442 = call float @llvm.fma.f32(float %2050, float 0x3FC7154760000000, float %2423)
	%2443 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2442)
	%2444 = call float @llvm.fma.f32(float %2053, float 0x3FC7154760000000, float %2423)
	%2445 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2444)
	%2446 = call float @llvm.fma.f32(float %2054, float 0x3FC7154760000000, float %2423)
	%2447 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2446)
	%2448 = call float @llvm.fma.f32(float %2057, float 0x3FC7154760000000, float %2423)
	%2449 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2448)
	%2450 = call float @llvm.fma.f32(float %2058, float 0x3FC7154760000000, float %2423)
	%2451 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2450)
	%2452 = call float @llvm.fma.f32(float %2061, float 0x3FC7154760000000, float %2423)
	%2453 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2452)
	%2454 = call float @llvm.fma.f32(float %2062, float 0x3FC7154760000000, float %2423)
	%2455 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2454)
	%2456 = fadd float %2425, %2427
	%2457 = fadd float %2429, %2431
	%2458 = fadd float %2433, %2435
	%2459 = fadd float %2437, %2439
	%2460 = fadd float %2441, %2443
	%2461 = fadd float %2445, %2447
	%2462 = fadd float %2449, %2451
	%2463 = fadd float %2453, %2455
	%2464 = fadd float %2456, %2457
	%2465 = fadd float %2458, %2459
	%2466 = fadd float %2460, %2461
	%2467 = fadd float %2462, %2463
	%2468 = fadd float %2464, %2465
	%2469 = fadd float %2466, %2467
	%2470 = fadd float %2468, %2469
	%2471 = fadd float %2314, %2470
	%2472 = select i1 %2161, float %2157, float %351
	%2473 = fcmp oeq float %2472, 0xFFF0000000000000
	%2474 = select i1 %2473, float 0.0, float %2472
	%2475 = fneg float %2474
	%2476 = call float @llvm.fma.f32(float %2035, float 0x3FC7154760000000, float %2475)
	%2477 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2476)
	%2478 = call float @llvm.fma.f32(float %2036, float 0x3FC7154760000000, float %2475)
	%2479 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2478)
	%2480 = call float @llvm.fma.f32(float %2039, float 0x3FC7154760000000, float %2475)
	%2481 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2480)
	%2482 = call float @llvm.fma.f32(float %2040, float 0x3FC7154760000000, float %2475)
	%2483 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2482)
	%2484 = call float @llvm.fma.f32(float %2043, float 0x3FC7154760000000, float %2475)
	%2485 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2484)
	%2486 = call float @llvm.fma.f32(float %2044, float 0x3FC7154760000000, float %2475)
	%2487 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2486)
	%2488 = call float @llvm.fma.f32(float %2047, float 0x3FC7154760000000, float %2475)
	%2489 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2488)
	%2490 = call float @llvm.fma.f32(float %2048, float 0x3FC7154760000000, float %2475)
	%2491 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2490)
	%2492 = call float @llvm.fma.f32(float %2051, float 0x3FC7154760000000, float %2475)
	%2493 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2492)
	%2494 = call float @llvm.fma.f32(float %2052, float 0x3FC7154760000000, float %2475)
	%2495 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2494)
	%2496 = call float @llvm.fma.f32(float %2055, float 0x3FC7154760000000, float %2475)
	%2497 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2496)
	%2498 = call float @llvm.fma.f32(float %2056, float 0x3FC7154760000000, float %2475)
	%2499 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2498)
	%2500 = call float @llvm.fma.f32(float %2059, float 0x3FC7154760000000, float %2475)
	%2501 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2500)
	%2502 = call float @llvm.fma.f32(float %2060, float 0x3FC7154760000000, float %2475)
	%2503 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2502)
	%2504 = call float @llvm.fma.f32(float %2063, float 0x3FC7154760000000, float %2475)
	%2505 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2504)
	%2506 = call float @llvm.fma.f32(float %2064, float 0x3FC7154760000000, float %2475)
	%2507 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2506)
	%2508 = fadd float %2477, %2479
	%2509 = fadd float %2481, %2483
	%2510 = fadd float %2485, %2487
	%2511 = fadd float %2489, %2491
	%2512 = fadd float %2493, %2495
	%2513 = fadd float %2497, %2499
	%2514 = fadd float %2501, %2503
	%2515 = fadd float %2505, %2507
	%2516 = fadd float %2508, %2509
	%2517 = fadd float %2510, %2511
	%2518 = fadd float %2512, %2513
	%2519 = fadd float %2514, %2515
	%2520 = fadd float %2516, %2517
	%2521 = fadd float %2518, %2519
	%2522 = fadd float %2520, %2521
	%2523 = fadd float %2315, %2522
	%2524 = icmp eq i32 %7, 0
	%2525 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2366, i32 1, i32 31)
	%2526 = fadd float %2366, %2525
	%2527 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2526, i32 2, i32 31)
	%2528 = fadd float %2526, %2527
	%2529 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2367, i32 1, i32 31)
	%2530 = fadd float %2367, %2529
	%2531 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2530, i32 2, i32 31)
	%2532 = fadd float %2530, %2531
	%2533 = fcmp ogt float %2532, 0.0
	%2534 = icmp slt i32 %925, %M
	%2535 = and i1 %2533, %2534
	%2536 = select i1 %2535, float %2532, float 1.0
	%2537 = fdiv float %2528, %2536
	%2538 = call float @llvm.nvvm.fmax.f(float 0.0, float %2537)
	%2539 = select i1 %2535, float %2538, float 0.0
	%2540 = and i1 %2535, %2524
	%2541 = fadd float 0.0, 1.0
	%2542 = select i1 %2540, float %2541, float 0.0
	%2543 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2418, i32 1, i32 31)
	%2544 = fadd float %2418, %2543
	%2545 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2544, i32 2, i32 31)
	%2546 = fadd float %2544, %2545
	%2547 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2419, i32 1, i32 31)
	%2548 = fadd float %2419, %2547
	%2549 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2548, i32 2, i32 31)
	%2550 = fadd float %2548, %2549
	%2551 = fcmp ogt float %2550, 0.0
	%2552 = icmp slt i32 %929, %M
	%2553 = and i1 %2551, %2552
	%2554 = select i1 %2553, float %2550, float 1.0
	%2555 = fdiv float %2546, %2554
	%2556 = call float @llvm.nvvm.fmax.f(float %2539, float %2555)
	%2557 = select i1 %2553, float %2556, float %2539
	%2558 = and i1 %2553, %2524
	%2559 = fadd float %2542, 1.0
	%2560 = select i1 %2558, float %2559, float %2542
	%2561 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2470, i32 1, i32 31)
	%2562 = fadd float %2470, %2561
	%2563 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2562, i32 2, i32 31)
	%2564 = fadd float %2562, %2563
	%2565 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2471, i32 1, i32 31)
	%2566 = fadd float %2471, %2565
	%2567 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2566, i32 2, i32 31)
	%2568 = fadd float %2566, %2567
	%2569 = fcmp ogt float %2568, 0.0
	%2570 = icmp slt i32 %933, %M
	%2571 = and i1 %2569, %2570
	%2572 = select i1 %2571, float %2568, float 1.0
	%2573 = fdiv float %2564, %2572
	%2574 = call float @llvm.nvvm.fmax.f(float %2557, float %2573)
	%2575 = select i1 %2571, float %2574, float %2557
	%2576 = and i1 %2571, %2524
	%2577 = fadd float %2560, 1.0
	%2578 = select i1 %2576, float %2577, float %2560
	%2579 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2522, i32 1, i32 31)
	%2580 = fadd float %2522, %2579
	%2581 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2580, i32 2, i32 31)
	%2582 = fadd float %2580, %2581
	%2583 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2523, i32 1, i32 31)
	%2584 = fadd float %2523, %2583
	%2585 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2584, i32 2, i32 31)
	%2586 = fadd float %2584, %2585
	%2587 = fcmp ogt float %2586, 0.0
	%2588 = icmp slt i32 %937, %M
	%2589 = and i1 %2587, %2588
	%2590 = select i1 %2589, float %2586, float 1.0
	%2591 = fdiv float %2582, %2590
	%2592 = call float @llvm.nvvm.fmax.f(float %2575, float %2591)
	%2593 = select i1 %2589, float %2592, float %2575
	%2594 = and i1 %2589, %2524
	%2595 = fadd float %2578, 1.0
	%2596 = select i1 %2594, float %2595, float %2578
	%2597 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2593, i32 16, i32 31)
	%2598 = call float @llvm.nvvm.fmax.f(float %2593, float %2597)
	%2599 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2596, i32 16, i32 31)
	%2600 = fadd float %2596, %2599
	%2601 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2598, i32 8, i32 31)
	%2602 = call float @llvm.nvvm.fmax.f(float %2598, float %2601)
	%2603 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2600, i32 8, i32 31)
	%2604 = fadd float %2600, %2603
	%2605 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2602, i32 4, i32 31)
	%2606 = call float @llvm.nvvm.fmax.f(float %2602, float %2605)
	%2607 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2604, i32 4, i32 31)
	%2608 = fadd float %2604, %2607
	%2609 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2606, i32 2, i32 31)
	%2610 = call float @llvm.nvvm.fmax.f(float %2606, float %2609)
	%2611 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2608, i32 2, i32 31)
	%2612 = fadd float %2608, %2611
	%2613 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2610, i32 1, i32 31)
	%2614 = call float @llvm.nvvm.fmax.f(float %2610, float %2613)
	%2615 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2612, i32 1, i32 31)
	%2616 = fadd float %2612, %2615
	%2617 = icmp eq i32 %5, 0
	br i1 %2617, label %2618, label %2625

2618:
	%2619 = mul i32 %4, 2
	%2620 = add i32 %2619, 0
	%2621 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2620
	store float %2614, float addrspace(3)* %2621
	%2622 = mul i32 %4, 2
	%2623 = add i32 %2622, 1
	%2624 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2623
	store float %2616, float addrspace(3)* %2624
	br label %2625

2625:
	%2626 = add i32 %279, 1
	%2627 = icmp slt i32 %2626, %NK
	%2628 = select i1 %2627, i32 %2626, i32 0
	%2629 = add i32 %42, %2628
	%2630 = sext i32 %2629 to i64
	%2631 = getelementptr i32, i32* %list, i64 %2630
	%2632 = load i32, i32* %2631
	%2633 = select i1 %2627, i32 %2632, i32 -1
	%2634 = icmp sge i32 %2633, 0
	%2635 = select i1 %2634, i32 %2633, i32 0
	%2636 = mul i32 %2635, 64
	%2637 = lshr i32 %3, 3
	%2638 = add i32 %2636, %2637
	%2639 = add i32 %2638, 0
	%2640 = icmp slt i32 %2639, %N
	%2641 = select i1 %2640, i32 %2639, i32 0
	%2642 = sext i32 %2641 to i64
	%2643 = getelementptr i32, i32* %52, i64 %2642
	%2644 = load i32, i32* %2643
	%2645 = add i32 %2638, 8
	%2646 = icmp slt i32 %2645, %N
	%2647 = select i1 %2646, i32 %2645, i32 0
	%2648 = sext i32 %2647 to i64
	%2649 = getelementptr i32, i32* %52, i64 %2648
	%2650 = load i32, i32* %2649
	%2651 = add i32 %2638, 16
	%2652 = icmp slt i32 %2651, %N
	%2653 = select i1 %2652, i32 %2651, i32 0
	%2654 = sext i32 %2653 to i64
	%2655 = getelementptr i32, i32* %52, i64 %2654
	%2656 = load i32, i32* %2655
	%2657 = add i32 %2638, 24
	%2658 = icmp slt i32 %2657, %N
	%2659 = select i1 %2658, i32 %2657, i32 0
	%2660 = sext i32 %2659 to i64
	%2661 = getelementptr i32, i32* %52, i64 %2660
	%2662 = load i32, i32* %2661
	%2663 = add i32 %2638, 32
	%2664 = icmp slt i32 %2663, %N
	%2665 = select i1 %2664, i32 %2663, i32 0
	%2666 = sext i32 %2665 to i64
	%2667 = getelementptr i32, i32* %52, i64 %2666
	%2668 = load i32, i32* %2667
	%2669 = add i32 %2638, 40
	%2670 = icmp slt i32 %2669, %N
	%2671 = select i1 %2670, i32 %2669, i32 0
	%2672 = sext i32 %2671 to i64
	%2673 = getelementptr i32, i32* %52, i64 %2672
	%2674 = load i32, i32* %2673
	%2675 = add i32 %2638, 48
	%2676 = icmp slt i32 %2675, %N
	%2677 = select i1 %2676, i32 %2675, i32 0
	%2678 = sext i32 %2677 to i64
	%2679 = getelementptr i32, i32* %52, i64 %2678
	%2680 = load i32, i32* %2679
	%2681 = add i32 %2638, 56
	%2682 = icmp slt i32 %2681, %N
	%2683 = select i1 %2682, i32 %2681, i32 0
	%2684 = sext i32 %2683 to i64
	%2685 = getelementptr i32, i32* %52, i64 %2684
	%2686 = load i32, i32* %2685
	%2687 = add i32 %NK, %279
	%2688 = add i32 %42, %2687
	%2689 = sext i32 %2688 to i64
	%2690 = getelementptr i32, i32* %list, i64 %2689
	%2691 = load i32, i32* %2690
	%2692 = icmp eq i32 %2691, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%2693 = mul i32 0, 2
	%2694 = add i32 %2693, 0
	%2695 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2694
	%2696 = load float, float addrspace(3)* %2695
	%2697 = call float @llvm.nvvm.fmax.f(float 0.0, float %2696)
	%2698 = mul i32 0, 2
	%2699 = add i32 %2698, 1
	%2700 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2699
	%2701 = load float, float addrspace(3)* %2700
	%2702 = fadd float 0.0, %2701
	%2703 = mul i32 1, 2
	%2704 = add i32 %2703, 0
	%2705 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2704
	%2706 = load float, float addrspace(3)* %2705
	%2707 = call float @llvm.nvvm.fmax.f(float %2697, float %2706)
	%2708 = mul i32 1, 2
	%2709 = add i32 %2708, 1
	%2710 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2709
	%2711 = load float, float addrspace(3)* %2710
	%2712 = fadd float %2702, %2711
	%2713 = fcmp ogt float %2712, 0.0
	%2714 = and i1 %2692, %2713
	%2715 = fcmp olt float %2707, 0x3F50624DE0000000
	%2716 = and i1 %2714, %2715
	%2717 = xor i1 %2716, true
	%2718 = and i1 %2634, %2717
	br i1 %2718, label %prefetch, label %pv

prefetch:
	%2719 = mul i32 %2633, 64
	%2720 = lshr i32 %3, 3
	%2721 = and i32 %3, 7
	%2722 = and i32 %2720, 7
	%2723 = xor i32 %2721, %2722
	%2724 = mul i32 %2720, 8
	%2725 = add i32 %2724, %2723
	%2726 = shl i32 %2725, 4
	%2727 = add i32 %0, %2726
	%2728 = add i32 %2719, %2720
	%2729 = add i32 %2728, 0
	%2730 = icmp slt i32 %2729, %N
	%2731 = mul i32 %2644, 64
	%2732 = mul i32 %2721, 8
	%2733 = add i32 %2731, %2732
	%2734 = sext i32 %2733 to i64
	%2735 = getelementptr i16, i16* %33, i64 %2734
	%2736 = add i32 %2727, 0
	%2737 = select i1 %2730, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2736, i16* %2735, i32 %2737)
	%2738 = add i32 %2728, 8
	%2739 = icmp slt i32 %2738, %N
	%2740 = mul i32 %2650, 64
	%2741 = mul i32 %2721, 8
	%2742 = add i32 %2740, %2741
	%2743 = sext i32 %2742 to i64
	%2744 = getelementptr i16, i16* %33, i64 %2743
	%2745 = add i32 %2727, 1024
	%2746 = select i1 %2739, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2745, i16* %2744, i32 %2746)
	%2747 = add i32 %2728, 16
	%2748 = icmp slt i32 %2747, %N
	%2749 = mul i32 %2656, 64
	%2750 = mul i32 %2721, 8
	%2751 = add i32 %2749, %2750
	%2752 = sext i32 %2751 to i64
	%2753 = getelementptr i16, i16* %33, i64 %2752
	%2754 = add i32 %2727, 2048
	%2755 = select i1 %2748, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2754, i16* %2753, i32 %2755)
	%2756 = add i32 %2728, 24
	%2757 = icmp slt i32 %2756, %N
	%2758 = mul i32 %2662, 64
	%2759 = mul i32 %2721, 8
	%2760 = add i32 %2758, %2759
	%2761 = sext i32 %2760 to i64
	%2762 = getelementptr i16, i16* %33, i64 %2761
	%2763 = add i32 %2727, 3072
	%2764 = select i1 %2757, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2763, i16* %2762, i32 %2764)
	%2765 = add i32 %2728, 32
	%2766 = icmp slt i32 %2765, %N
	%2767 = mul i32 %2668, 64
	%2768 = mul i32 %2721, 8
	%2769 = add i32 %2767, %2768
	%2770 = sext i32 %2769 to i64
	%2771 = getelementptr i16, i16* %33, i64 %2770
	%2772 = add i32 %2727, u0x1000
	%2773 = select i1 %2766, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2772, i16* %2771, i32 %2773)
	%2774 = add i32 %2728, 40
	%2775 = icmp slt i32 %2774, %N
	%2776 = mul i32 %2674, 64
	%2777 = mul i32 %2721, 8
	%2778 = add i32 %2776, %2777
	%2779 = sext i32 %2778 to i64
	%2780 = getelementptr i16, i16* %33, i64 %2779
	%2781 = add i32 %2727, 5120
	%2782 = select i1 %2775, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2781, i16* %2780, i32 %2782)
	%2783 = add i32 %2728, 48
	%2784 = icmp slt i32 %2783, %N
	%2785 = mul i32 %2680, 64
	%2786 = mul i32 %2721, 8
	%2787 = add i32 %2785, %2786
	%2788 = sext i32 %2787 to i64
	%2789 = getelementptr i16, i16* %33, i64 %2788
	%2790 = add i32 %2727, 6144
	%2791 = select i1 %2784, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2790, i16* %2789, i32 %2791)
	%2792 = add i32 %2728, 56
	%2793 = icmp slt i32 %2792, %N
	%2794 = mul i32 %2686, 64
	%2795 = mul i32 %2721, 8
	%2796 = add i32 %2794, %2795
	%2797 = sext i32 %2796 to i64
	%2798 = getelementptr i16, i16* %33, i64 %2797
	%2799 = add i32 %2727, 7168
	%2800 = select i1 %2793, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2799, i16* %2798, i32 %2800)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%2801 = and i32 %5, 7
	%2802 = lshr i32 %5, 3
	%2803 = and i32 %2802, 1
	%2804 = shl i32 %2803, 3
	%2805 = add i32 %2801, %2804
	%2806 = mul i32 %2805, 128
	%2807 = add i32 %1, %2806
	%2808 = and i32 %5, 7
	%2809 = xor i32 %127, %2808
	%2810 = shl i32 %2809, 4
	%2811 = add i32 %2807, %2810
	%2812 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2323, float %2321)
	%2813 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2375, float %2373)
	%2814 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2327, float %2325)
	%2815 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2379, float %2377)
	%2816 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2427, float %2425)
	%2817 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2479, float %2477)
	%2818 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2431, float %2429)
	%2819 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2483, float %2481)
	%2820 = xor i32 %2811, 0
	%2821 = add i32 %2820, 0
	%2822 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2821)
	%2823 = extractvalue { i32, i32, i32, i32 } %2822, 0
	%2824 = extractvalue { i32, i32, i32, i32 } %2822, 1
	%2825 = extractvalue { i32, i32, i32, i32 } %2822, 2
	%2826 = extractvalue { i32, i32, i32, i32 } %2822, 3
	%2827 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2823, i32 %2824, float %2248, float %2249, float %2250, float %2251)
	%2828 = extractvalue { float, float, float, float } %2827, 0
	%2829 = extractvalue { float, float, float, float } %2827, 1
	%2830 = extractvalue { float, float, float, float } %2827, 2
	%2831 = extractvalue { float, float, float, float } %2827, 3
	%2832 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2825, i32 %2826, float %2252, float %2253, float %2254, float %2255)
	%2833 = extractvalue { float, float, float, float } %2832, 0
	%2834 = extractvalue { float, float, float, float } %2832, 1
	%2835 = extractvalue { float, float, float, float } %2832, 2
	%2836 = extractvalue { float, float, float, float } %2832, 3
	%2837 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2823, i32 %2824, float %2280, float %2281, float %2282, float %2283)
	%2838 = extractvalue { float, float, float, float } %2837, 0
	%2839 = extractvalue { float, float, float, float } %2837, 1
	%2840 = extractvalue { float, float, float, float } %2837, 2
	%2841 = extractvalue { float, float, float, float } %2837, 3
	%2842 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2825, i32 %2826, float %2284, float %2285, float %2286, float %2287)
	%2843 = extractvalue { float, float, float, float } %2842, 0
	%2844 = extractvalue { float, float, float, float } %2842, 1
	%2845 = extractvalue { float, float, float, float } %2842, 2
	%2846 = extractvalue { float, float, float, float } %2842, 3
	%2847 = xor i32 %2811, 32
	%2848 = add i32 %2847, 0
	%2849 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2848)
	%2850 = extractvalue { i32, i32, i32, i32 } %2849, 0
	%2851 = extractvalue { i32, i32, i32, i32 } %2849, 1
	%2852 = extractvalue { i32, i32, i32, i32 } %2849, 2
	%2853 = extractvalue { i32, i32, i32, i32 } %2849, 3
	%2854 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2850, i32 %2851, float %2256, float %2257, float %2258, float %2259)
	%2855 = extractvalue { float, float, float, float } %2854, 0
	%2856 = extractvalue { float, float, float, float } %2854, 1
	%2857 = extractvalue { float, float, float, float } %2854, 2
	%2858 = extractvalue { float, float, float, float } %2854, 3
	%2859 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2852, i32 %2853, float %2260, float %2261, float %2262, float %2263)
	%2860 = extractvalue { float, float, float, float } %2859, 0
	%2861 = extractvalue { float, float, float, float } %2859, 1
	%2862 = extractvalue { float, float, float, float } %2859, 2
	%2863 = extractvalue { float, float, float, float } %2859, 3
	%2864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2850, i32 %2851, float %2288, float %2289, float %2290, float %2291)
	%2865 = extractvalue { float, float, float, float } %2864, 0
	%2866 = extractvalue { float, float, float, float } %2864, 1
	%2867 = extractvalue { float, float, float, float } %2864, 2
	%2868 = extractvalue { float, float, float, float } %2864, 3
	%2869 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2852, i32 %2853, float %2292, float %2293, float %2294, float %2295)
	%2870 = extractvalue { float, float, float, float } %2869, 0
	%2871 = extractvalue { float, float, float, float } %2869, 1
	%2872 = extractvalue { float, float, float, float } %2869, 2
	%2873 = extractvalue { float, float, float, float } %2869, 3
	%2874 = xor i32 %2811, 64
	%2875 = add i32 %2874, 0
	%2876 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2875)
	%2877 = extractvalue { i32, i32, i32, i32 } %2876, 0
	%2878 = extractvalue { i32, i32, i32, i32 } %2876, 1
	%2879 = extractvalue { i32, i32, i32, i32 } %2876, 2
	%2880 = extractvalue { i32, i32, i32, i32 } %2876, 3
	%2881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2877, i32 %2878, float %2264, float %2265, float %2266, float %2267)
	%2882 = extractvalue { float, float, float, float } %2881, 0
	%2883 = extractvalue { float, float, float, float } %2881, 1
	%2884 = extractvalue { float, float, float, float } %2881, 2
	%2885 = extractvalue { float, float, float, float } %2881, 3
	%2886 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2879, i32 %2880, float %2268, float %2269, float %2270, float %2271)
	%2887 = extractvalue { float, float, float, float } %2886, 0
	%2888 = extractvalue { float, float, float, float } %2886, 1
	%2889 = extractvalue { float, float, float, float } %2886, 2
	%2890 = extractvalue { float, float, float, float } %2886, 3
	%2891 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2877, i32 %2878, float %2296, float %2297, float %2298, float %2299)
	%2892 = extractvalue { float, float, float, float } %2891, 0
	%2893 = extractvalue { float, float, float, float } %2891, 1
	%2894 = extractvalue { float, float, float, float } %2891, 2
	%2895 = extractvalue { float, float, float, float } %2891, 3
	%2896 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2879, i32 %2880, float %2300, float %2301, float %2302, float %2303)
	%2897 = extractvalue { float, float, float, float } %2896, 0
	%2898 = extractvalue { float, float, float, float } %2896, 1
	%2899 = extractvalue { float, float, float, float } %2896, 2
	%2900 = extractvalue { float, float, float, float } %2896, 3
	%2901 = xor i32 %2811, 96
	%2902 = add i32 %2901, 0
	%2903 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2902)
	%2904 = extractvalue { i32, i32, i32, i32 } %2903, 0
	%2905 = extractvalue { i32, i32, i32, i32 } %2903, 1
	%2906 = extractvalue { i32, i32, i32, i32 } %2903, 2
	%2907 = extractvalue { i32, i32, i32, i32 } %2903, 3
	%2908 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2904, i32 %2905, float %2272, float %2273, float %2274, float %2275)
	%2909 = extractvalue { float, float, float, float } %2908, 0
	%2910 = extractvalue { float, float, float, float } %2908, 1
	%2911 = extractvalue { float, float, float, float } %2908, 2
	%2912 = extractvalue { float, float, float, float } %2908, 3
	%2913 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2906, i32 %2907, float %2276, float %2277, float %2278, float %2279)
	%2914 = extractvalue { float, float, float, float } %2913, 0
	%2915 = extractvalue { float, float, float, float } %2913, 1
	%2916 = extractvalue { float, float, float, float } %2913, 2
	%2917 = extractvalue { float, float, float, float } %2913, 3
	%2918 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2904, i32 %2905, float %2304, float %2305, float %2306, float %2307)
	%2919 = extractvalue { float, float, float, float } %2918, 0
	%2920 = extractvalue { float, float, float, float } %2918, 1
	%2921 = extractvalue { float, float, float, float } %2918, 2
	%2922 = extractvalue { float, float, float, float } %2918, 3
	%2923 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2906, i32 %2907, float %2308, float %2309, float %2310, float %2311)
	%2924 = extractvalue { float, float, float, float } %2923, 0
	%2925 = extractvalue { float, float, float, float } %2923, 1
	%2926 = extractvalue { float, float, float, float } %2923, 2
	%2927 = extractvalue { float, float, float, float } %2923, 3
	%2928 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2331, float %2329)
	%2929 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2383, float %2381)
	%2930 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2335, float %2333)
	%2931 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2387, float %2385)
	%2932 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2435, float %2433)
	%2933 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2487, float %2485)
	%2934 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2439, float %2437)
	%2935 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2491, float %2489)
	%2936 = xor i32 %2811, 0
	%2937 = add i32 %2936, 2048
	%2938 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2937)
	%2939 = extractvalue { i32, i32, i32, i32 } %2938, 0
	%2940 = extractvalue { i32, i32, i32, i32 } %2938, 1
	%2941 = extractvalue { i32, i32, i32, i32 } %2938, 2
	%2942 = extractvalue { i32, i32, i32, i32 } %2938, 3
	%2943 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2939, i32 %2940, float %2828, float %2829, float %2830, float %2831)
	%2944 = extractvalue { float, float, float, float } %2943, 0
	%2945 = extractvalue { float, float, float, float } %2943, 1
	%2946 = extractvalue { float, float, float, float } %2943, 2
	%2947 = extractvalue { float, float, float, float } %2943, 3
	%2948 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2941, i32 %2942, float %2833, float %2834, float %2835, float %2836)
	%2949 = extractvalue { float, float, float, float } %2948, 0
	%2950 = extractvalue { float, float, float, float } %2948, 1
	%2951 = extractvalue { float, float, float, float } %2948, 2
	%2952 = extractvalue { float, float, float, float } %2948, 3
	%2953 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2939, i32 %2940, float %2838, float %2839, float %2840, float %2841)
	%2954 = extractvalue { float, float, float, float } %2953, 0
	%2955 = extractvalue { float, float, float, float } %2953, 1
	%2956 = extractvalue { float, float, float, float } %2953, 2
	%2957 = extractvalue { float, float, float, float } %2953, 3
	%2958 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2941, i32 %2942, float %2843, float %2844, float %2845, float %2846)
	%2959 = extractvalue { float, float, float, float } %2958, 0
	%2960 = extractvalue { float, float, float, float } %2958, 1
	%2961 = extractvalue { float, float, float, float } %2958, 2
	%2962 = extractvalue { float, float, float, float } %2958, 3
	%2963 = xor i32 %2811, 32
	%2964 = add i32 %2963, 2048
	%2965 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2964)
	%2966 = extractvalue { i32, i32, i32, i32 } %2965, 0
	%2967 = extractvalue { i32, i32, i32, i32 } %2965, 1
	%2968 = extractvalue { i32, i32, i32, i32 } %2965, 2
	%2969 = extractvalue { i32, i32, i32, i32 } %2965, 3
	%2970 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2966, i32 %2967, float %2855, float %2856, float %2857, float %2858)
	%2971 = extractvalue { float, float, float, float } %2970, 0
	%2972 = extractvalue { float, float, float, float } %2970, 1
	%2973 = extractvalue { float, float, float, float } %2970, 2
	%2974 = extractvalue { float, float, float, float } %2970, 3
	%2975 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2968, i32 %2969, float %2860, float %2861, float %2862, float %2863)
	%2976 = extractvalue { float, float, float, float } %2975, 0
	%2977 = extractvalue { float, float, float, float } %2975, 1
	%2978 = extractvalue { float, float, float, float } %2975, 2
	%2979 = extractvalue { float, float, float, float } %2975, 3
	%2980 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2966, i32 %2967, float %2865, float %2866, float %2867, float %2868)
	%2981 = extractvalue { float, float, float, float } %2980, 0
	%2982 = extractvalue { float, float, float, float } %2980, 1
	%2983 = extractvalue { float, float, float, float } %2980, 2
	%2984 = extractvalue { float, float, float, float } %2980, 3
	%2985 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2968, i32 %2969, float %2870, float %2871, float %2872, float %2873)
	%2986 = extractvalue { float, float, float, float } %2985, 0
	%2987 = extractvalue { float, float, float, float } %2985, 1
	%2988 = extractvalue { float, float, float, float } %2985, 2
	%2989 = extractvalue { float, float, float, float } %2985, 3
	%2990 = xor i32 %2811, 64
	%2991 = add i32 %2990, 2048
	%2992 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2991)
	%2993 = extractvalue { i32, i32, i32, i32 } %2992, 0
	%2994 = extractvalue { i32, i32, i32, i32 } %2992, 1
	%2995 = extractvalue { i32, i32, i32, i32 } %2992, 2
	%2996 = extractvalue { i32, i32, i32, i32 } %2992, 3
	%2997 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2993, i32 %2994, float %2882, float %2883, float %2884, float %2885)
	%2998 = extractvalue { float, float, float, float } %2997, 0
	%2999 = extractvalue { float, float, float, float } %2997, 1
	%3000 = extractvalue { float, float, float, float } %2997, 2
	%3001 = extractvalue { float, float, float, float } %2997, 3
	%3002 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2995, i32 %2996, float %2887, float %2888, float %2889, float %2890)
	%3003 = extractvalue { float, float, float, float } %3002, 0
	%3004 = extractvalue { float, float, float, float } %3002, 1
	%3005 = extractvalue { float, float, float, float } %3002, 2
	%3006 = extractvalue { float, float, float, float } %3002, 3
	%3007 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2993, i32 %2994, float %2892, float %2893, float %2894, float %2895)
	%3008 = extractvalue { float, float, float, float } %3007, 0
	%3009 = extractvalue { float, float, float, float } %3007, 1
	%3010 = extractvalue { float, float, float, float } %3007, 2
	%3011 = extractvalue { float, float, float, float } %3007, 3
	%3012 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2995, i32 %2996, float %2897, float %2898, float %2899, float %2900)
	%3013 = extractvalue { float, float, float, float } %3012, 0
	%3014 = extractvalue { float, float, float, float } %3012, 1
	%3015 = extractvalue { float, float, float, float } %3012, 2
	%3016 = extractvalue { float, float, float, float } %3012, 3
	%3017 = xor i32 %2811, 96
	%3018 = add i32 %3017, 2048
	%3019 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3018)
	%3020 = extractvalue { i32, i32, i32, i32 } %3019, 0
	%3021 = extractvalue { i32, i32, i32, i32 } %3019, 1
	%3022 = extractvalue { i32, i32, i32, i32 } %3019, 2
	%3023 = extractvalue { i32, i32, i32, i32 } %3019, 3
	%3024 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %3020, i32 %3021, float %2909, float %2910, float %2911, float %2912)
	%3025 = extractvalue { float, float, float, float } %3024, 0
	%3026 = extractvalue { float, float, float, float } %3024, 1
	%3027 = extractvalue { float, float, float, float } %3024, 2
	%3028 = extractvalue { float, float, float, float } %3024, 3
	%3029 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %3022, i32 %3023, float %2914, float %2915, float %2916, float %2917)
	%3030 = extractvalue { float, float, float, float } %3029, 0
	%3031 = extractvalue { float, float, float, float } %3029, 1
	%3032 = extractvalue { float, float, float, float } %3029, 2
	%3033 = extractvalue { float, float, float, float } %3029, 3
	%3034 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %3020, i32 %3021, float %2919, float %2920, float %2921, float %2922)
	%3035 = extractvalue { float, float, float, float } %3034, 0
	%3036 = extractvalue { float, float, float, float } %3034, 1
	%3037 = extractvalue { float, float, float, float } %3034, 2
	%3038 = extractvalue { float, float, float, float } %3034, 3
	%3039 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %3022, i32 %3023, float %2924, float %2925, float %2926, float %2927)
	%3040 = extractvalue { float, float, float, float } %3039, 0
	%3041 = extractvalue { float, float, float, float } %3039, 1
	%3042 = extractvalue { float, float, float, float } %3039, 2
	%3043 = extractvalue { float, float, float, float } %3039, 3
	%3044 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2339, float %2337)
	%3045 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2391, float %2389)
	%3046 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2343, float %2341)
	%3047 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2395, float %2393)
	%3048 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2443, float %2441)
	%3049 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2495, float %2493)
	%3050 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2447, float %2445)
	%3051 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2499, float %2497)
	%3052 = xor i32 %2811, 0
	%3053 = add i32 %3052, u0x1000
	%3054 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3053)
	%3055 = extractvalue { i32, i32, i32, i32 } %3054, 0
	%3056 = extractvalue { i32, i32, i32, i32 } %3054, 1
	%3057 = extractvalue { i32, i32, i32, i32 } %3054, 2
	%3058 = extractvalue { i32, i32, i32, i32 } %3054, 3
	%3059 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3055, i32 %3056, float %2944, float %2945, float %2946, float %2947)
	%3060 = extractvalue { float, float, float, float } %3059, 0
	%3061 = extractvalue { float, float, float, float } %3059, 1
	%3062 = extractvalue { float, float, float, float } %3059, 2
	%3063 = extractvalue { float, float, float, float } %3059, 3
	%3064 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3057, i32 %3058, float %2949, float %2950, float %2951, float %2952)
	%3065 = extractvalue { float, float, float, float } %3064, 0
	%3066 = extractvalue { float, float, float, float } %3064, 1
	%3067 = extractvalue { float, float, float, float } %3064, 2
	%3068 = extractvalue { float, float, float, float } %3064, 3
	%3069 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3055, i32 %3056, float %2954, float %2955, float %2956, float %2957)
	%3070 = extractvalue { float, float, float, float } %3069, 0
	%3071 = extractvalue { float, float, float, float } %3069, 1
	%3072 = extractvalue { float, float, float, float } %3069, 2
	%3073 = extractvalue { float, float, float, float } %3069, 3
	%3074 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3057, i32 %3058, float %2959, float %2960, float %2961, float %2962)
	%3075 = extractvalue { float, float, float, float } %3074, 0
	%3076 = extractvalue { float, float, float, float } %3074, 1
	%3077 = extractvalue { float, float, float, float } %3074, 2
	%3078 = extractvalue { float, float, float, float } %3074, 3
	%3079 = xor i32 %2811, 32
	%3080 = add i32 %3079, u0x1000
	%3081 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3080)
	%3082 = extractvalue { i32, i32, i32, i32 } %3081, 0
	%3083 = extractvalue { i32, i32, i32, i32 } %3081, 1
	%3084 = extractvalue { i32, i32, i32, i32 } %3081, 2
	%3085 = extractvalue { i32, i32, i32, i32 } %3081, 3
	%3086 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3082, i32 %3083, float %2971, float %2972, float %2973, float %2974)
	%3087 = extractvalue { float, float, float, float } %3086, 0
	%3088 = extractvalue { float, float, float, float } %3086, 1
	%3089 = extractvalue { float, float, float, float } %3086, 2
	%3090 = extractvalue { float, float, float, float } %3086, 3
	%3091 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3084, i32 %3085, float %2976, float %2977, float %2978, float %2979)
	%3092 = extractvalue { float, float, float, float } %3091, 0
	%3093 = extractvalue { float, float, float, float } %3091, 1
	%3094 = extractvalue { float, float, float, float } %3091, 2
	%3095 = extractvalue { float, float, float, float } %3091, 3
	%3096 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3082, i32 %3083, float %2981, float %2982, float %2983, float %2984)
	%3097 = extractvalue { float, float, float, float } %3096, 0
	%3098 = extractvalue { float, float, float, float } %3096, 1
	%3099 = extractvalue { float, float, float, float } %3096, 2
	%3100 = extractvalue { float, float, float, float } %3096, 3
	%3101 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3084, i32 %3085, float %2986, float %2987, float %2988, float %2989)
	%3102 = extractvalue { float, float, float, float } %3101, 0
	%3103 = extractvalue { float, float, float, float } %3101, 1
	%3104 = extractvalue { float, float, float, float } %3101, 2
	%3105 = extractvalue { float, float, float, float } %3101, 3
	%3106 = xor i32 %2811, 64
	%3107 = add i32 %3106, u0x1000
	%3108 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3107)
	%3109 = extractvalue { i32, i32, i32, i32 } %3108, 0
	%3110 = extractvalue { i32, i32, i32, i32 } %3108, 1
	%3111 = extractvalue { i32, i32, i32, i32 } %3108, 2
	%3112 = extractvalue { i32, i32, i32, i32 } %3108, 3
	%3113 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3109, i32 %3110, float %2998, float %2999, float %3000, float %3001)
	%3114 = extractvalue { float, float, float, float } %3113, 0
	%3115 = extractvalue { float, float, float, float } %3113, 1
	%3116 = extractvalue { float, float, float, float } %3113, 2
	%3117 = extractvalue { float, float, float, float } %3113, 3
	%3118 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3111, i32 %3112, float %3003, float %3004, float %3005, float %3006)
	%3119 = extractvalue { float, float, float, float } %3118, 0
	%3120 = extractvalue { float, float, float, float } %3118, 1
	%3121 = extractvalue { float, float, float, float } %3118, 2
	%3122 = extractvalue { float, float, float, float } %3118, 3
	%3123 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3109, i32 %3110, float %3008, float %3009, float %3010, float %3011)
	%3124 = extractvalue { float, float, float, float } %3123, 0
	%3125 = extractvalue { float, float, float, float } %3123, 1
	%3126 = extractvalue { float, float, float, float } %3123, 2
	%3127 = extractvalue { float, float, float, float } %3123, 3
	%3128 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3111, i32 %3112, float %3013, float %3014, float %3015, float %3016)
	%3129 = extractvalue { float, float, float, float } %3128, 0
	%3130 = extractvalue { float, float, float, float } %3128, 1
	%3131 = extractvalue { float, float, float, float } %3128, 2
	%3132 = extractvalue { float, float, float, float } %3128, 3
	%3133 = xor i32 %2811, 96
	%3134 = add i32 %3133, u0x1000
	%3135 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3134)
	%3136 = extractvalue { i32, i32, i32, i32 } %3135, 0
	%3137 = extractvalue { i32, i32, i32, i32 } %3135, 1
	%3138 = extractvalue { i32, i32, i32, i32 } %3135, 2
	%3139 = extractvalue { i32, i32, i32, i32 } %3135, 3
	%3140 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3136, i32 %3137, float %3025, float %3026, float %3027, float %3028)
	%3141 = extractvalue { float, float, float, float } %3140, 0
	%3142 = extractvalue { float, float, float, float } %3140, 1
	%3143 = extractvalue { float, float, float, float } %3140, 2
	%3144 = extractvalue { float, float, float, float } %3140, 3
	%3145 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3138, i32 %3139, float %3030, float %3031, float %3032, float %3033)
	%3146 = extractvalue { float, float, float, float } %3145, 0
	%3147 = extractvalue { float, float, float, float } %3145, 1
	%3148 = extractvalue { float, float, float, float } %3145, 2
	%3149 = extractvalue { float, float, float, float } %3145, 3
	%3150 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3136, i32 %3137, float %3035, float %3036, float %3037, float %3038)
	%3151 = extractvalue { float, float, float, float } %3150, 0
	%3152 = extractvalue { float, float, float, float } %3150, 1
	%3153 = extractvalue { float, float, float, float } %3150, 2
	%3154 = extractvalue { float, float, float, float } %3150, 3
	%3155 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3138, i32 %3139, float %3040, float %3041, float %3042, float %3043)
	%3156 = extractvalue { float, float, float, float } %3155, 0
	%3157 = extractvalue { float, float, float, float } %3155, 1
	%3158 = extractvalue { float, float, float, float } %3155, 2
	%3159 = extractvalue { float, float, float, float } %3155, 3
	%3160 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2347, float %2345)
	%3161 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2399, float %2397)
	%3162 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2351, float %2349)
	%3163 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2403, float %2401)
	%3164 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2451, float %2449)
	%3165 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2503, float %2501)
	%3166 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2455, float %2453)
	%3167 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2507, float %2505)
	%3168 = xor i32 %2811, 0
	%3169 = add i32 %3168, 6144
	%3170 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3169)
	%3171 = extractvalue { i32, i32, i32, i32 } %3170, 0
	%3172 = extractvalue { i32, i32, i32, i32 } %3170, 1
	%3173 = extractvalue { i32, i32, i32, i32 } %3170, 2
	%3174 = extractvalue { i32, i32, i32, i32 } %3170, 3
	%3175 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3171, i32 %3172, float %3060, float %3061, float %3062, float %3063)
	%3176 = extractvalue { float, float, float, float } %3175, 0
	%3177 = extractvalue { float, float, float, float } %3175, 1
	%3178 = extractvalue { float, float, float, float } %3175, 2
	%3179 = extractvalue { float, float, float, float } %3175, 3
	%3180 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3173, i32 %3174, float %3065, float %3066, float %3067, float %3068)
	%3181 = extractvalue { float, float, float, float } %3180, 0
	%3182 = extractvalue { float, float, float, float } %3180, 1
	%3183 = extractvalue { float, float, float, float } %3180, 2
	%3184 = extractvalue { float, float, float, float } %3180, 3
	%3185 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3171, i32 %3172, float %3070, float %3071, float %3072, float %3073)
	%3186 = extractvalue { float, float, float, float } %3185, 0
	%3187 = extractvalue { float, float, float, float } %3185, 1
	%3188 = extractvalue { float, float, float, float } %3185, 2
	%3189 = extractvalue { float, float, float, float } %3185, 3
	%3190 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3173, i32 %3174, float %3075, float %3076, float %3077, float %3078)
	%3191 = extractvalue { float, float, float, float } %3190, 0
	%3192 = extractvalue { float, float, float, float } %3190, 1
	%3193 = extractvalue { float, float, float, float } %3190, 2
	%3194 = extractvalue { float, float, float, float } %3190, 3
	%3195 = xor i32 %2811, 32
	%3196 = add i32 %3195, 6144
	%3197 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3196)
	%3198 = extractvalue { i32, i32, i32, i32 } %3197, 0
	%3199 = extractvalue { i32, i32, i32, i32 } %3197, 1
	%3200 = extractvalue { i32, i32, i32, i32 } %3197, 2
	%3201 = extractvalue { i32, i32, i32, i32 } %3197, 3
	%3202 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3198, i32 %3199, float %3087, float %3088, float %3089, float %3090)
	%3203 = extractvalue { float, float, float, float } %3202, 0
	%3204 = extractvalue { float, float, float, float } %3202, 1
	%3205 = extractvalue { float, float, float, float } %3202, 2
	%3206 = extractvalue { float, float, float, float } %3202, 3
	%3207 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3200, i32 %3201, float %3092, float %3093, float %3094, float %3095)
	%3208 = extractvalue { float, float, float, float } %3207, 0
	%3209 = extractvalue { float, float, float, float } %3207, 1
	%3210 = extractvalue { float, float, float, float } %3207, 2
	%3211 = extractvalue { float, float, float, float } %3207, 3
	%3212 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3198, i32 %3199, float %3097, float %3098, float %3099, float %3100)
	%3213 = extractvalue { float, float, float, float } %3212, 0
	%3214 = extractvalue { float, float, float, float } %3212, 1
	%3215 = extractvalue { float, float, float, float } %3212, 2
	%3216 = extractvalue { float, float, float, float } %3212, 3
	%3217 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3200, i32 %3201, float %3102, float %3103, float %3104, float %3105)
	%3218 = extractvalue { float, float, float, float } %3217, 0
	%3219 = extractvalue { float, float, float, float } %3217, 1
	%3220 = extractvalue { float, float, float, float } %3217, 2
	%3221 = extractvalue { float, float, float, float } %3217, 3
	%3222 = xor i32 %2811, 64
	%3223 = add i32 %3222, 6144
	%3224 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3223)
	%3225 = extractvalue { i32, i32, i32, i32 } %3224, 0
	%3226 = extractvalue { i32, i32, i32, i32 } %3224, 1
	%3227 = extractvalue { i32, i32, i32, i32 } %3224, 2
	%3228 = extractvalue { i32, i32, i32, i32 } %3224, 3
	%3229 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3225, i32 %3226, float %3114, float %3115, float %3116, float %3117)
	%3230 = extractvalue { float, float, float, float } %3229, 0
	%3231 = extractvalue { float, float, float, float } %3229, 1
	%3232 = extractvalue { float, float, float, float } %3229, 2
	%3233 = extractvalue { float, float, float, float } %3229, 3
	%3234 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3227, i32 %3228, float %3119, float %3120, float %3121, float %3122)
	%3235 = extractvalue { float, float, float, float } %3234, 0
	%3236 = extractvalue { float, float, float, float } %3234, 1
	%3237 = extractvalue { float, float, float, float } %3234, 2
	%3238 = extractvalue { float, float, float, float } %3234, 3
	%3239 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3225, i32 %3226, float %3124, float %3125, float %3126, float %3127)
	%3240 = extractvalue { float, float, float, float } %3239, 0
	%3241 = extractvalue { float, float, float, float } %3239, 1
	%3242 = extractvalue { float, float, float, float } %3239, 2
	%3243 = extractvalue { float, float, float, float } %3239, 3
	%3244 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3227, i32 %3228, float %3129, float %3130, float %3131, float %3132)
	%3245 = extractvalue { float, float, float, float } %3244, 0
	%3246 = extractvalue { float, float, float, float } %3244, 1
	%3247 = extractvalue { float, float, float, float } %3244, 2
	%3248 = extractvalue { float, float, float, float } %3244, 3
	%3249 = xor i32 %2811, 96
	%3250 = add i32 %3249, 6144
	%3251 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3250)
	%3252 = extractvalue { i32, i32, i32, i32 } %3251, 0
	%3253 = extractvalue { i32, i32, i32, i32 } %3251, 1
	%3254 = extractvalue { i32, i32, i32, i32 } %3251, 2
	%3255 = extractvalue { i32, i32, i32, i32 } %3251, 3
	%3256 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3252, i32 %3253, float %3141, float %3142, float %3143, float %3144)
	%3257 = extractvalue { float, float, float, float } %3256, 0
	%3258 = extractvalue { float, float, float, float } %3256, 1
	%3259 = extractvalue { float, float, float, float } %3256, 2
	%3260 = extractvalue { float, float, float, float } %3256, 3
	%3261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3254, i32 %3255, float %3146, float %3147, float %3148, float %3149)
	%3262 = extractvalue { float, float, float, float } %3261, 0
	%3263 = extractvalue { float, float, float, float } %3261, 1
	%3264 = extractvalue { float, float, float, float } %3261, 2
	%3265 = extractvalue { float, float, float, float } %3261, 3
	%3266 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3252, i32 %3253, float %3151, float %3152, float %3153, float %3154)
	%3267 = extractvalue { float, float, float, float } %3266, 0
	%3268 = extractvalue { float, float, float, float } %3266, 1
	%3269 = extractvalue { float, float, float, float } %3266, 2
	%3270 = extractvalue { float, float, float, float } %3266, 3
	%3271 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3254, i32 %3255, float %3156, float %3157, float %3158, float %3159)
	%3272 = extractvalue { float, float, float, float } %3271, 0
	%3273 = extractvalue { float, float, float, float } %3271, 1
	%3274 = extractvalue { float, float, float, float } %3271, 2
	%3275 = extractvalue { float, float, float, float } %3271, 3
	br i1 %2718, label %loop, label %epilogue

store0:
	%3276 = mul i32 %23, %M
	%3277 = add i32 %3276, %1023
	%3278 = mul i32 %3277, 64
	%3279 = shl i32 %7, 1
	%3280 = add i32 0, %3279
	%3281 = add i32 %3278, %3280
	%3282 = sext i32 %3281 to i64
	%3283 = getelementptr i16, i16* %out, i64 %3282
	%3284 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1025, float %1024)
	%3285 = bitcast i16* %3283 to i32*
	store i32 %3284, i32* %3285
	%3286 = shl i32 %7, 1
	%3287 = add i32 8, %3286
	%3288 = add i32 %3278, %3287
	%3289 = sext i32 %3288 to i64
	%3290 = getelementptr i16, i16* %out, i64 %3289
	%3291 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1027, float %1026)
	%3292 = bitcast i16* %3290 to i32*
	store i32 %3291, i32* %3292
	%3293 = shl i32 %7, 1
	%3294 = add i32 16, %3293
	%3295 = add i32 %3278, %3294
	%3296 = sext i32 %3295 to i64
	%3297 = getelementptr i16, i16* %out, i64 %3296
	%3298 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1029, float %1028)
	%3299 = bitcast i16* %3297 to i32*
	store i32 %3298, i32* %3299
	%3300 = shl i32 %7, 1
	%3301 = add i32 24, %3300
	%3302 = add i32 %3278, %3301
	%3303 = sext i32 %3302 to i64
	%3304 = getelementptr i16, i16* %out, i64 %3303
	%3305 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1031, float %1030)
	%3306 = bitcast i16* %3304 to i32*
	store i32 %3305, i32* %3306
	%3307 = shl i32 %7, 1
	%3308 = add i32 32, %3307
	%3309 = add i32 %3278, %3308
	%3310 = sext i32 %3309 to i64
	%3311 = getelementptr i16, i16* %out, i64 %3310
	%3312 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1033, float %1032)
	%3313 = bitcast i16* %3311 to i32*
	store i32 %3312, i32* %3313
	%3314 = shl i32 %7, 1
	%3315 = add i32 40, %3314
	%3316 = add i32 %3278, %3315
	%3317 = sext i32 %3316 to i64
	%3318 = getelementptr i16, i16* %out, i64 %3317
	%3319 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1035, float %1034)
	%3320 = bitcast i16* %3318 to i32*
	store i32 %3319, i32* %3320
	%3321 = shl i32 %7, 1
	%3322 = add i32 48, %3321
	%3323 = add i32 %3278, %3322
	%3324 = sext i32 %3323 to i64
	%3325 = getelementptr i16, i16* %out, i64 %3324
	%3326 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1037, float %1036)
	%3327 = bitcast i16* %3325 to i32*
	store i32 %3326, i32* %3327
	%3328 = shl i32 %7, 1
	%3329 = add i32 56, %3328
	%3330 = add i32 %3278, %3329
	%3331 = sext i32 %3330 to i64
	%3332 = getelementptr i16, i16* %out, i64 %3331
	%3333 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1039, float %1038)
	%3334 = bitcast i16* %3332 to i32*
	store i32 %3333, i32* %3334
	br label %stored0

stored0:
	%3335 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %945, i32 1, i32 31)
	%3336 = fadd float %945, %3335
	%3337 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3336, i32 2, i32 31)
	%3338 = fadd float %3336, %3337
	%3339 = fcmp ogt float %3338, 0.0
	%3340 = fdiv float 1.0, %3338
	%3341 = select i1 %3339, float %3340, float 0.0
	%3342 = mul i32 %4, 32
	%3343 = add i32 %25, %3342
	%3344 = add i32 %6, 8
	%3345 = add i32 %3343, %3344
	%3346 = fmul float %951, %3341
	%3347 = fmul float %952, %3341
	%3348 = fmul float %955, %3341
	%3349 = fmul float %956, %3341
	%3350 = fmul float %959, %3341
	%3351 = fmul float %960, %3341
	%3352 = fmul float %963, %3341
	%3353 = fmul float %964, %3341
	%3354 = fmul float %967, %3341
	%3355 = fmul float %968, %3341
	%3356 = fmul float %971, %3341
	%3357 = fmul float %972, %3341
	%3358 = fmul float %975, %3341
	%3359 = fmul float %976, %3341
	%3360 = fmul float %979, %3341
	%3361 = fmul float %980, %3341
	%3362 = icmp slt i32 %3345, %M
	br i1 %3362, label %store1, label %stored1

store1:
	%3363 = mul i32 %23, %M
	%3364 = add i32 %3363, %3345
	%3365 = mul i32 %3364, 64
	%3366 = shl i32 %7, 1
	%3367 = add i32 0, %3366
	%3368 = add i32 %3365, %3367
	%3369 = sext i32 %3368 to i64
	%3370 = getelementptr i16, i16* %out, i64 %3369
	%3371 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3347, float %3346)
	%3372 = bitcast i16* %3370 to i32*
	store i32 %3371, i32* %3372
	%3373 = shl i32 %7, 1
	%3374 = add i32 8, %3373
	%3375 = add i32 %3365, %3374
	%3376 = sext i32 %3375 to i64
	%3377 = getelementptr i16, i16* %out, i64 %3376
	%3378 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3349, float %3348)
	%3379 = bitcast i16* %3377 to i32*
	store i32 %3378, i32* %3379
	%3380 = shl i32 %7, 1
	%3381 = add i32 16, %3380
	%3382 = add i32 %3365, %3381
	%3383 = sext i32 %3382 to i64
	%3384 = getelementptr i16, i16* %out, i64 %3383
	%3385 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3351, float %3350)
	%3386 = bitcast i16* %3384 to i32*
	store i32 %3385, i32* %3386
	%3387 = shl i32 %7, 1
	%3388 = add i32 24, %3387
	%3389 = add i32 %3365, %3388
	%3390 = sext i32 %3389 to i64
	%3391 = getelementptr i16, i16* %out, i64 %3390
	%3392 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3353, float %3352)
	%3393 = bitcast i16* %3391 to i32*
	store i32 %3392, i32* %3393
	%3394 = shl i32 %7, 1
	%3395 = add i32 32, %3394
	%3396 = add i32 %3365, %3395
	%3397 = sext i32 %3396 to i64
	%3398 = getelementptr i16, i16* %out, i64 %3397
	%3399 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3355, float %3354)
	%3400 = bitcast i16* %3398 to i32*
	store i32 %3399, i32* %3400
	%3401 = shl i32 %7, 1
	%3402 = add i32 40, %3401
	%3403 = add i32 %3365, %3402
	%3404 = sext i32 %3403 to i64
	%3405 = getelementptr i16, i16* %out, i64 %3404
	%3406 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3357, float %3356)
	%3407 = bitcast i16* %3405 to i32*
	store i32 %3406, i32* %3407
	%3408 = shl i32 %7, 1
	%3409 = add i32 48, %3408
	%3410 = add i32 %3365, %3409
	%3411 = sext i32 %3410 to i64
	%3412 = getelementptr i16, i16* %out, i64 %3411
	%3413 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3359, float %3358)
	%3414 = bitcast i16* %3412 to i32*
	store i32 %3413, i32* %3414
	%3415 = shl i32 %7, 1
	%3416 = add i32 56, %3415
	%3417 = add i32 %3365, %3416
	%3418 = sext i32 %3417 to i64
	%3419 = getelementptr i16, i16* %out, i64 %3418
	%3420 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3361, float %3360)
	%3421 = bitcast i16* %3419 to i32*
	store i32 %3420, i32* %3421
	br label %stored1

stored1:
	%3422 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %946, i32 1, i32 31)
	%3423 = fadd float %946, %3422
	%3424 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3423, i32 2, i32 31)
	%3425 = fadd float %3423, %3424
	%3426 = fcmp ogt float %3425, 0.0
	%3427 = fdiv float 1.0, %3425
	%3428 = select i1 %3426, float %3427, float 0.0
	%3429 = mul i32 %4, 32
	%3430 = add i32 %25, %3429
	%3431 = add i32 %6, 16
	%3432 = add i32 %3430, %3431
	%3433 = fmul float %981, %3428
	%3434 = fmul float %982, %3428
	%3435 = fmul float %985, %3428
	%3436 = fmul float %986, %3428
	%3437 = fmul float %989, %3428
	%3438 = fmul float %990, %3428
	%3439 = fmul float %993, %3428
	%3440 = fmul float %994, %3428
	%3441 = fmul float %997, %3428
	%3442 = fmul float %998, %3428
	%3443 = fmul float %1001, %3428
	%3444 = fmul float %1002, %3428
	%3445 = fmul float %1005, %3428
	%3446 = fmul float %1006, %3428
	%3447 = fmul float %1009, %3428
	%3448 = fmul float %1010, %3428
	%3449 = icmp slt i32 %3432, %M
	br i1 %3449, label %store2, label %stored2

store2:
	%3450 = mul i32 %23, %M
	%3451 = add i32 %3450, %3432
	%3452 = mul i32 %3451, 64
	%3453 = shl i32 %7, 1
	%3454 = add i32 0, %3453
	%3455 = add i32 %3452, %3454
	%3456 = sext i32 %3455 to i64
	%3457 = getelementptr i16, i16* %out, i64 %3456
	%3458 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3434, float %3433)
	%3459 = bitcast i16* %3457 to i32*
	store i32 %3458, i32* %3459
	%3460 = shl i32 %7, 1
	%3461 = add i32 8, %3460
	%3462 = add i32 %3452, %3461
	%3463 = sext i32 %3462 to i64
	%3464 = getelementptr i16, i16* %out, i64 %3463
	%3465 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3436, float %3435)
	%3466 = bitcast i16* %3464 to i32*
	store i32 %3465, i32* %3466
	%3467 = shl i32 %7, 1
	%3468 = add i32 16, %3467
	%3469 = add i32 %3452, %3468
	%3470 = sext i32 %3469 to i64
	%3471 = getelementptr i16, i16* %out, i64 %3470
	%3472 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3438, float %3437)
	%3473 = bitcast i16* %3471 to i32*
	store i32 %3472, i32* %3473
	%3474 = shl i32 %7, 1
	%3475 = add i32 24, %3474
	%3476 = add i32 %3452, %3475
	%3477 = sext i32 %3476 to i64
	%3478 = getelementptr i16, i16* %out, i64 %3477
	%3479 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3440, float %3439)
	%3480 = bitcast i16* %3478 to i32*
	store i32 %3479, i32* %3480
	%3481 = shl i32 %7, 1
	%3482 = add i32 32, %3481
	%3483 = add i32 %3452, %3482
	%3484 = sext i32 %3483 to i64
	%3485 = getelementptr i16, i16* %out, i64 %3484
	%3486 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3442, float %3441)
	%3487 = bitcast i16* %3485 to i32*
	store i32 %3486, i32* %3487
	%3488 = shl i32 %7, 1
	%3489 = add i32 40, %3488
	%3490 = add i32 %3452, %3489
	%3491 = sext i32 %3490 to i64
	%3492 = getelementptr i16, i16* %out, i64 %3491
	%3493 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3444, float %3443)
	%3494 = bitcast i16* %3492 to i32*
	store i32 %3493, i32* %3494
	%3495 = shl i32 %7, 1
	%3496 = add i32 48, %3495
	%3497 = add i32 %3452, %3496
	%3498 = sext i32 %3497 to i64
	%3499 = getelementptr i16, i16* %out, i64 %3498
	%3500 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3446, float %3445)
	%3501 = bitcast i16* %3499 to i32*
	store i32 %3500, i32* %3501
	%3502 = shl i32 %7, 1
	%3503 = add i32 56, %3502
	%3504 = add i32 %3452, %3503
	%3505 = sext i32 %3504 to i64
	%3506 = getelementptr i16, i16* %out, i64 %3505
	%3507 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3448, float %3447)
	%3508 = bitcast i16* %3506 to i32*
	store i32 %3507, i32* %3508
	br label %stored2

stored2:
	%3509 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %947, i32 1, i32 31)
	%3510 = fadd float %947, %3509
	%3511 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3510, i32 2, i32 31)
	%3512 = fadd float %3510, %3511
	%3513 = fcmp ogt float %3512, 0.0
	%3514 = fdiv float 1.0, %3512
	%3515 = select i1 %3513, float %3514, float 0.0
	%3516 = mul i32 %4, 32
	%3517 = add i32 %25, %3516
	%3518 = add i32 %6, 24
	%3519 = add i32 %3517, %3518
	%3520 = fmul float %983, %3515
	%3521 = fmul float %984, %3515
	%3522 = fmul float %987, %3515
	%3523 = fmul float %988, %3515
	%3524 = fmul float %991, %3515
	%3525 = fmul float %992, %3515
	%3526 = fmul float %995, %3515
	%3527 = fmul float %996, %3515
	%3528 = fmul float %999, %3515
	%3529 = fmul float %1000, %3515
	%3530 = fmul float %1003, %3515
	%3531 = fmul float %1004, %3515
	%3532 = fmul float %1007, %3515
	%3533 = fmul float %1008, %3515
	%3534 = fmul float %1011, %3515
	%3535 = fmul float %1012, %3515
	%3536 = icmp slt i32 %3519, %M
	br i1 %3536, label %store3, label %stored3

store3:
	%3537 = mul i32 %23, %M
	%3538 = add i32 %3537, %3519
	%3539 = mul i32 %3538, 64
	%3540 = shl i32 %7, 1
	%3541 = add i32 0, %3540
	%3542 = add i32 %3539, %3541
	%3543 = sext i32 %3542 to i64
	%3544 = getelementptr i16, i16* %out, i64 %3543
	%3545 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3521, float %3520)
	%3546 = bitcast i16* %3544 to i32*
	store i32 %3545, i32* %3546
	%3547 = shl i32 %7, 1
	%3548 = add i32 8, %3547
	%3549 = add i32 %3539, %3548
	%3550 = sext i32 %3549 to i64
	%3551 = getelementptr i16, i16* %out, i64 %3550
	%3552 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3523, float %3522)
	%3553 = bitcast i16* %3551 to i32*
	store i32 %3552, i32* %3553
	%3554 = shl i32 %7, 1
	%3555 = add i32 16, %3554
	%3556 = add i32 %3539, %3555
	%3557 = sext i32 %3556 to i64
	%3558 = getelementptr i16, i16* %out, i64 %3557
	%3559 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3525, float %3524)
	%3560 = bitcast i16* %3558 to i32*
	store i32 %3559, i32* %3560
	%3561 = shl i32 %7, 1
	%3562 = add i32 24, %3561
	%3563 = add i32 %3539, %3562
	%3564 = sext i32 %3563 to i64
	%3565 = getelementptr i16, i16* %out, i64 %3564
	%3566 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3527, float %3526)
	%3567 = bitcast i16* %3565 to i32*
	store i32 %3566, i32* %3567
	%3568 = shl i32 %7, 1
	%3569 = add i32 32, %3568
	%3570 = add i32 %3539, %3569
	%3571 = sext i32 %3570 to i64
	%3572 = getelementptr i16, i16* %out, i64 %3571
	%3573 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3529, float %3528)
	%3574 = bitcast i16* %3572 to i32*
	store i32 %3573, i32* %3574
	%3575 = shl i32 %7, 1
	%3576 = add i32 40, %3575
	%3577 = add i32 %3539, %3576
	%3578 = sext i32 %3577 to i64
	%3579 = getelementptr i16, i16* %out, i64 %3578
	%3580 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3531, float %3530)
	%3581 = bitcast i16* %3579 to i32*
	store i32 %3580, i32* %3581
	%3582 = shl i32 %7, 1
	%3583 = add i32 48, %3582
	%3584 = add i32 %3539, %3583
	%3585 = sext i32 %3584 to i64
	%3586 = getelementptr i16, i16* %out, i64 %3585
	%3587 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3533, float %3532)
	%3588 = bitcast i16* %3586 to i32*
	store i32 %3587, i32* %3588
	%3589 = shl i32 %7, 1
	%3590 = add i32 56, %3589
	%3591 = add i32 %3539, %3590
	%3592 = sext i32 %3591 to i64
	%3593 = getelementptr i16, i16* %out, i64 %3592
	%3594 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3535, float %3534)
	%3595 = bitcast i16* %3593 to i32*
	store i32 %3594, i32* %3595
	br label %stored3

stored3:
	%3596 = icmp eq i32 %3, 0
	br i1 %3596, label %3597, label %3602

3597:
	%3598 = mul i32 %23, %NQ
	%3599 = add i32 %3598, %21
	%3600 = sext i32 %3599 to i64
	%3601 = getelementptr i32, i32* %visits, i64 %3600
	store i32 %948, i32* %3601
	br label %3602

3602:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12}
!0 = !{void (i16*, float*, i32, i32)* @s2o_permute0_probes, !"maxntidx", i32 64}
!1 = !{void (float*, i16*, i32*, i32, i32, i32)* @s2o_permute0_scores, !"maxntidx", i32 256}
!2 = !{void (i32*, i32*, i32, i32)* @s2o_permute0, !"maxntidx", i32 256}
!3 = !{void (i32*, i32*, i32, i32)* @s2o_permute0, !"minctasm", i32 4}
!4 = !{void (i32*, i32*, i32, i32)* @s2o_permute0_radix, !"maxntidx", i32 256}
!5 = !{void (i32*, i32*, i32, i32)* @s2o_permute0_radix, !"minctasm", i32 2}
!6 = !{void (i32*, i8*, i32, i32, i32, i32, i32, i32)* @s2o_permclass0, !"maxntidx", i32 256}
!7 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @s2o_select2, !"maxntidx", i32 256}
!8 = !{void (i16*, float*, i32, i32)* @s2o_pool_q1, !"maxntidx", i32 64}
!9 = !{void (i16*, float*, i32, i32)* @s2o_pool_k1, !"maxntidx", i32 64}
!10 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @s2o_scores1, !"maxntidx", i32 256}
!11 = !{void (i16*, float*, float*, i32*, i32, i32, i32, i32, i32, i32)* @s2o_perm_scores1, !"maxntidx", i32 128}
!12 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"maxntidx", i32 64}
