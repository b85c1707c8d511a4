; s2o
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@s2o_permute0_scores_a = internal addrspace(3) global [1088 x float] undef, align 16
@s2o_permute0_scores_b = internal addrspace(3) global [1088 x float] undef, align 16
@s2o_permute0_hist = internal addrspace(3) global [1024 x i32] undef, align 16
@s2o_permute0_big = internal addrspace(3) global [8192 x i32] undef, align 16
@s2o_permute0_flag = internal addrspace(3) global [4 x i32] undef, align 4
@s2o_permute0_red = internal addrspace(3) global [32 x float] undef, align 16
@s2o_permute0_start = internal addrspace(3) global [256 x i32] undef, align 16
@s2o_permute0_scan = internal addrspace(3) global [8 x i32] undef, align 16
@s2o_select2_x = internal addrspace(3) global [4096 x i32] undef, align 16
@s2o_select2_c = internal addrspace(3) global [4096 x i32] undef, align 16
@s2o_select2_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@s2o_select2_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@s2o_select2_hist = internal addrspace(3) global [256 x i32] undef, align 16
@s2o_select2_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
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
	br i1 %52, label %93, label %97

done:
	ret void

radix:
	%53 = add i32 %0, 0
	%54 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %53
	store i32 0, i32 addrspace(3)* %54
	%55 = add i32 %0, 256
	%56 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %55
	store i32 0, i32 addrspace(3)* %56
	%57 = add i32 %0, 512
	%58 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %57
	store i32 0, i32 addrspace(3)* %58
	%59 = add i32 %0, 768
	%60 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %59
	store i32 0, i32 addrspace(3)* %60
	%61 = add i32 %0, 0
	%62 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %61
	store i32 0, i32 addrspace(3)* %62
	%63 = add i32 %0, 256
	%64 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %63
	store i32 0, i32 addrspace(3)* %64
	%65 = add i32 %0, 512
	%66 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %65
	store i32 0, i32 addrspace(3)* %66
	%67 = add i32 %0, 768
	%68 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %67
	store i32 0, i32 addrspace(3)* %68
	%69 = add i32 %0, 1024
	%70 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %69
	store i32 0, i32 addrspace(3)* %70
	%71 = add i32 %0, 1280
	%72 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %71
	store i32 0, i32 addrspace(3)* %72
	%73 = add i32 %0, 1536
	%74 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %73
	store i32 0, i32 addrspace(3)* %74
	%75 = add i32 %0, 1792
	%76 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %75
	store i32 0, i32 addrspace(3)* %76
	%77 = add i32 %0, 2048
	%78 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %77
	store i32 0, i32 addrspace(3)* %78
	%79 = add i32 %0, 2304
	%80 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %79
	store i32 0, i32 addrspace(3)* %80
	%81 = add i32 %0, 2560
	%82 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %81
	store i32 0, i32 addrspace(3)* %82
	%83 = add i32 %0, 2816
	%84 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %83
	store i32 0, i32 addrspace(3)* %84
	%85 = add i32 %0, 3072
	%86 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %85
	store i32 0, i32 addrspace(3)* %86
	%87 = add i32 %0, 3328
	%88 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %87
	store i32 0, i32 addrspace(3)* %88
	%89 = add i32 %0, 3584
	%90 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %89
	store i32 0, i32 addrspace(3)* %90
	%91 = add i32 %0, 3840
	%92 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %91
	store i32 0, i32 addrspace(3)* %92
	call void @llvm.nvvm.barrier0()
	br label %1307

93:
	%94 = icmp eq i32 %0, 2
	%95 = select i1 %94, i32 -1, i32 0
	%96 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 %0
	store i32 %95, i32 addrspace(3)* %96
	br label %97

97:
	call void @llvm.nvvm.barrier0()
	br label %98

98:
	%99 = phi i32 [ %0, %97 ], [ %307, %105 ]
	%100 = phi i32 [ -1, %97 ], [ %300, %105 ]
	%101 = phi i32 [ 0, %97 ], [ %303, %105 ]
	%102 = phi i1 [ false, %97 ], [ %304, %105 ]
	%103 = phi i1 [ false, %97 ], [ %306, %105 ]
	%104 = icmp slt i32 %99, %9
	br i1 %104, label %105, label %308

105:
	%106 = sub i32 %9, 1
	%107 = add i32 %99, 0
	%108 = icmp slt i32 %107, %9
	%109 = icmp slt i32 %107, %106
	%110 = select i1 %109, i32 %107, i32 %106
	%111 = add i32 %99, 256
	%112 = icmp slt i32 %111, %9
	%113 = icmp slt i32 %111, %106
	%114 = select i1 %113, i32 %111, i32 %106
	%115 = add i32 %99, 512
	%116 = icmp slt i32 %115, %9
	%117 = icmp slt i32 %115, %106
	%118 = select i1 %117, i32 %115, i32 %106
	%119 = add i32 %99, 768
	%120 = icmp slt i32 %119, %9
	%121 = icmp slt i32 %119, %106
	%122 = select i1 %121, i32 %119, i32 %106
	%123 = add i32 %99, 1024
	%124 = icmp slt i32 %123, %9
	%125 = icmp slt i32 %123, %106
	%126 = select i1 %125, i32 %123, i32 %106
	%127 = add i32 %99, 1280
	%128 = icmp slt i32 %127, %9
	%129 = icmp slt i32 %127, %106
	%130 = select i1 %129, i32 %127, i32 %106
	%131 = add i32 %99, 1536
	%132 = icmp slt i32 %131, %9
	%133 = icmp slt i32 %131, %106
	%134 = select i1 %133, i32 %131, i32 %106
	%135 = add i32 %99, 1792
	%136 = icmp slt i32 %135, %9
	%137 = icmp slt i32 %135, %106
	%138 = select i1 %137, i32 %135, i32 %106
	%139 = sext i32 %110 to i64
	%140 = getelementptr i32, i32* %44, i64 %139
	%141 = load i32, i32* %140
	%142 = bitcast i32 %141 to float
	%143 = sext i32 %114 to i64
	%144 = getelementptr i32, i32* %44, i64 %143
	%145 = load i32, i32* %144
	%146 = bitcast i32 %145 to float
	%147 = sext i32 %118 to i64
	%148 = getelementptr i32, i32* %44, i64 %147
	%149 = load i32, i32* %148
	%150 = bitcast i32 %149 to float
	%151 = sext i32 %122 to i64
	%152 = getelementptr i32, i32* %44, i64 %151
	%153 = load i32, i32* %152
	%154 = bitcast i32 %153 to float
	%155 = sext i32 %126 to i64
	%156 = getelementptr i32, i32* %44, i64 %155
	%157 = load i32, i32* %156
	%158 = bitcast i32 %157 to float
	%159 = sext i32 %130 to i64
	%160 = getelementptr i32, i32* %44, i64 %159
	%161 = load i32, i32* %160
	%162 = bitcast i32 %161 to float
	%163 = sext i32 %134 to i64
	%164 = getelementptr i32, i32* %44, i64 %163
	%165 = load i32, i32* %164
	%166 = bitcast i32 %165 to float
	%167 = sext i32 %138 to i64
	%168 = getelementptr i32, i32* %44, i64 %167
	%169 = load i32, i32* %168
	%170 = bitcast i32 %169 to float
	%171 = fcmp uno float %142, %142
	%172 = fcmp oeq float %142, 0x7FF0000000000000
	%173 = or i1 %171, %172
	%174 = fcmp one float %142, 0xFFF0000000000000
	%175 = bitcast float %142 to i32
	%176 = icmp slt i32 %175, 0
	%177 = select i1 %176, i32 -1, i32 -2147483648
	%178 = xor i32 %175, %177
	%179 = xor i32 %178, -1
	%180 = icmp ult i32 %100, %179
	%181 = select i1 %180, i32 %100, i32 %179
	%182 = icmp ugt i32 %101, %179
	%183 = select i1 %182, i32 %101, i32 %179
	%184 = select i1 %174, i32 %183, i32 %101
	%185 = or i1 %102, %173
	%186 = and i1 %108, %174
	%187 = or i1 %103, %186
	%188 = fcmp uno float %146, %146
	%189 = fcmp oeq float %146, 0x7FF0000000000000
	%190 = or i1 %188, %189
	%191 = fcmp one float %146, 0xFFF0000000000000
	%192 = bitcast float %146 to i32
	%193 = icmp slt i32 %192, 0
	%194 = select i1 %193, i32 -1, i32 -2147483648
	%195 = xor i32 %192, %194
	%196 = xor i32 %195, -1
	%197 = icmp ult i32 %181, %196
	%198 = select i1 %197, i32 %181, i32 %196
	%199 = icmp ugt i32 %184, %196
	%200 = select i1 %199, i32 %184, i32 %196
	%201 = select i1 %191, i32 %200, i32 %184
	%202 = or i1 %185, %190
	%203 = and i1 %112, %191
	%204 = or i1 %187, %203
	%205 = fcmp uno float %150, %150
	%206 = fcmp oeq float %150, 0x7FF0000000000000
	%207 = or i1 %205, %206
	%208 = fcmp one float %150, 0xFFF0000000000000
	%209 = bitcast float %150 to i32
	%210 = icmp slt i32 %209, 0
	%211 = select i1 %210, i32 -1, i32 -2147483648
	%212 = xor i32 %209, %211
	%213 = xor i32 %212, -1
	%214 = icmp ult i32 %198, %213
	%215 = select i1 %214, i32 %198, i32 %213
	%216 = icmp ugt i32 %201, %213
	%217 = select i1 %216, i32 %201, i32 %213
	%218 = select i1 %208, i32 %217, i32 %201
	%219 = or i1 %202, %207
	%220 = and i1 %116, %208
	%221 = or i1 %204, %220
	%222 = fcmp uno float %154, %154
	%223 = fcmp oeq float %154, 0x7FF0000000000000
	%224 = or i1 %222, %223
	%225 = fcmp one float %154, 0xFFF0000000000000
	%226 = bitcast float %154 to i32
	%227 = icmp slt i32 %226, 0
	%228 = select i1 %227, i32 -1, i32 -2147483648
	%229 = xor i32 %226, %228
	%230 = xor i32 %229, -1
	%231 = icmp ult i32 %215, %230
	%232 = select i1 %231, i32 %215, i32 %230
	%233 = icmp ugt i32 %218, %230
	%234 = select i1 %233, i32 %218, i32 %230
	%235 = select i1 %225, i32 %234, i32 %218
	%236 = or i1 %219, %224
	%237 = and i1 %120, %225
	%238 = or i1 %221, %237
	%239 = fcmp uno float %158, %158
	%240 = fcmp oeq float %158, 0x7FF0000000000000
	%241 = or i1 %239, %240
	%242 = fcmp one float %158, 0xFFF0000000000000
	%243 = bitcast float %158 to i32
	%244 = icmp slt i32 %243, 0
	%245 = select i1 %244, i32 -1, i32 -2147483648
	%246 = xor i32 %243, %245
	%247 = xor i32 %246, -1
	%248 = icmp ult i32 %232, %247
	%249 = select i1 %248, i32 %232, i32 %247
	%250 = icmp ugt i32 %235, %247
	%251 = select i1 %250, i32 %235, i32 %247
	%252 = select i1 %242, i32 %251, i32 %235
	%253 = or i1 %236, %241
	%254 = and i1 %124, %242
	%255 = or i1 %238, %254
	%256 = fcmp uno float %162, %162
	%257 = fcmp oeq float %162, 0x7FF0000000000000
	%258 = or i1 %256, %257
	%259 = fcmp one float %162, 0xFFF0000000000000
	%260 = bitcast float %162 to i32
	%261 = icmp slt i32 %260, 0
	%262 = select i1 %261, i32 -1, i32 -2147483648
	%263 = xor i32 %260, %262
	%264 = xor i32 %263, -1
	%265 = icmp ult i32 %249, %264
	%266 = select i1 %265, i32 %249, i32 %264
	%267 = icmp ugt i32 %252, %264
	%268 = select i1 %267, i32 %252, i32 %264
	%269 = select i1 %259, i32 %268, i32 %252
	%270 = or i1 %253, %258
	%271 = and i1 %128, %259
	%272 = or i1 %255, %271
	%273 = fcmp uno float %166, %166
	%274 = fcmp oeq float %166, 0x7FF0000000000000
	%275 = or i1 %273, %274
	%276 = fcmp one float %166, 0xFFF0000000000000
	%277 = bitcast float %166 to i32
	%278 = icmp slt i32 %277, 0
	%279 = select i1 %278, i32 -1, i32 -2147483648
	%280 = xor i32 %277, %279
	%281 = xor i32 %280, -1
	%282 = icmp ult i32 %266, %281
	%283 = select i1 %282, i32 %266, i32 %281
	%284 = icmp ugt i32 %269, %281
	%285 = select i1 %284, i32 %269, i32 %281
	%286 = select i1 %276, i32 %285, i32 %269
	%287 = or i1 %270, %275
	%288 = and i1 %132, %276
	%289 = or i1 %272, %288
	%290 = fcmp uno float %170, %170
	%291 = fcmp oeq float %170, 0x7FF0000000000000
	%292 = or i1 %290, %291
	%293 = fcmp one float %170, 0xFFF0000000000000
	%294 = bitcast float %170 to i32
	%295 = icmp slt i32 %294, 0
	%296 = select i1 %295, i32 -1, i32 -2147483648
	%297 = xor i32 %294, %296
	%298 = xor i32 %297, -1
	%299 = icmp ult i32 %283, %298
	%300 = select i1 %299, i32 %283, i32 %298
	%301 = icmp ugt i32 %286, %298
	%302 = select i1 %301, i32 %286, i32 %298
	%303 = select i1 %293, i32 %302, i32 %286
	%304 = or i1 %287, %292
	%305 = and i1 %136, %293
	%306 = or i1 %289, %305
	%307 = add i32 %99, 2048
	br label %98

308:
	br i1 %102, label %309, label %311

309:
	%310 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %310
	br label %311

311:
	br i1 %103, label %312, label %314

312:
	%313 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %313
	br label %314

314:
	%315 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 2
	%316 = atomicrmw umin i32 addrspace(3)* %315, i32 %100 monotonic
	%317 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 3
	%318 = atomicrmw umax i32 addrspace(3)* %317, i32 %101 monotonic
	call void @llvm.nvvm.barrier0()
	%319 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	%320 = load i32, i32 addrspace(3)* %319
	%321 = icmp ne i32 %320, 0
	%322 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	%323 = load i32, i32 addrspace(3)* %322
	%324 = icmp eq i32 %323, 0
	%325 = or i1 %321, %324
	br i1 %325, label %ident, label %sorts

sorts:
	%326 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 2
	%327 = load i32, i32 addrspace(3)* %326
	%328 = xor i32 %327, -1
	%329 = icmp slt i32 %328, 0
	%330 = xor i32 %328, -2147483648
	%331 = select i1 %329, i32 %330, i32 %327
	%332 = bitcast i32 %331 to float
	%333 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 3
	%334 = load i32, i32 addrspace(3)* %333
	%335 = xor i32 %334, -1
	%336 = icmp slt i32 %335, 0
	%337 = xor i32 %335, -2147483648
	%338 = select i1 %336, i32 %337, i32 %334
	%339 = bitcast i32 %338 to float
	%340 = fsub float %332, %339
	%341 = fcmp olt float %340, 0x7FF0000000000000
	br i1 %341, label %buckets, label %radix

ident:
	br label %342

342:
	%343 = phi i32 [ %0, %ident ], [ %348, %345 ]
	%344 = icmp slt i32 %343, %9
	br i1 %344, label %345, label %349

345:
	%346 = sext i32 %343 to i64
	%347 = getelementptr i32, i32* %15, i64 %346
	store i32 %343, i32* %347
	%348 = add i32 %343, 256
	br label %342

349:
	ret void

buckets:
	%350 = fdiv float 8192.0, %340
	%351 = fcmp olt float %350, 0x47EFFFFFE0000000
	%352 = select i1 %351, float %350, float 0x47EFFFFFE0000000
	%353 = add i32 %0, 0
	%354 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %353
	store i32 0, i32 addrspace(3)* %354
	%355 = add i32 %0, 256
	%356 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %355
	store i32 0, i32 addrspace(3)* %356
	%357 = add i32 %0, 512
	%358 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %357
	store i32 0, i32 addrspace(3)* %358
	%359 = add i32 %0, 768
	%360 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %359
	store i32 0, i32 addrspace(3)* %360
	%361 = add i32 %0, 1024
	%362 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %361
	store i32 0, i32 addrspace(3)* %362
	%363 = add i32 %0, 1280
	%364 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %363
	store i32 0, i32 addrspace(3)* %364
	%365 = add i32 %0, 1536
	%366 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %365
	store i32 0, i32 addrspace(3)* %366
	%367 = add i32 %0, 1792
	%368 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %367
	store i32 0, i32 addrspace(3)* %368
	%369 = add i32 %0, 2048
	%370 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %369
	store i32 0, i32 addrspace(3)* %370
	%371 = add i32 %0, 2304
	%372 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %371
	store i32 0, i32 addrspace(3)* %372
	%373 = add i32 %0, 2560
	%374 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %373
	store i32 0, i32 addrspace(3)* %374
	%375 = add i32 %0, 2816
	%376 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %375
	store i32 0, i32 addrspace(3)* %376
	%377 = add i32 %0, 3072
	%378 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %377
	store i32 0, i32 addrspace(3)* %378
	%379 = add i32 %0, 3328
	%380 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %379
	store i32 0, i32 addrspace(3)* %380
	%381 = add i32 %0, 3584
	%382 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %381
	store i32 0, i32 addrspace(3)* %382
	%383 = add i32 %0, 3840
	%384 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %383
	store i32 0, i32 addrspace(3)* %384
	%385 = add i32 %0, u0x1000
	%386 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %385
	store i32 0, i32 addrspace(3)* %386
	%387 = add i32 %0, u0x1100
	%388 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %387
	store i32 0, i32 addrspace(3)* %388
	%389 = add i32 %0, 4608
	%390 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %389
	store i32 0, i32 addrspace(3)* %390
	%391 = add i32 %0, 4864
	%392 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %391
	store i32 0, i32 addrspace(3)* %392
	%393 = add i32 %0, 5120
	%394 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %393
	store i32 0, i32 addrspace(3)* %394
	%395 = add i32 %0, 5376
	%396 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %395
	store i32 0, i32 addrspace(3)* %396
	%397 = add i32 %0, 5632
	%398 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %397
	store i32 0, i32 addrspace(3)* %398
	%399 = add i32 %0, 5888
	%400 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %399
	store i32 0, i32 addrspace(3)* %400
	%401 = add i32 %0, 6144
	%402 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %401
	store i32 0, i32 addrspace(3)* %402
	%403 = add i32 %0, 6400
	%404 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %403
	store i32 0, i32 addrspace(3)* %404
	%405 = add i32 %0, 6656
	%406 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %405
	store i32 0, i32 addrspace(3)* %406
	%407 = add i32 %0, 6912
	%408 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %407
	store i32 0, i32 addrspace(3)* %408
	%409 = add i32 %0, 7168
	%410 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %409
	store i32 0, i32 addrspace(3)* %410
	%411 = add i32 %0, 7424
	%412 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %411
	store i32 0, i32 addrspace(3)* %412
	%413 = add i32 %0, 7680
	%414 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %413
	store i32 0, i32 addrspace(3)* %414
	%415 = add i32 %0, 7936
	%416 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %415
	store i32 0, i32 addrspace(3)* %416
	call void @llvm.nvvm.barrier0()
	br label %417

417:
	%418 = phi i32 [ %0, %buckets ], [ %550, %420 ]
	%419 = icmp slt i32 %418, %9
	br i1 %419, label %420, label %551

420:
	%421 = sub i32 %9, 1
	%422 = add i32 %418, 0
	%423 = icmp slt i32 %422, %9
	%424 = icmp slt i32 %422, %421
	%425 = select i1 %424, i32 %422, i32 %421
	%426 = add i32 %418, 256
	%427 = icmp slt i32 %426, %9
	%428 = icmp slt i32 %426, %421
	%429 = select i1 %428, i32 %426, i32 %421
	%430 = add i32 %418, 512
	%431 = icmp slt i32 %430, %9
	%432 = icmp slt i32 %430, %421
	%433 = select i1 %432, i32 %430, i32 %421
	%434 = add i32 %418, 768
	%435 = icmp slt i32 %434, %9
	%436 = icmp slt i32 %434, %421
	%437 = select i1 %436, i32 %434, i32 %421
	%438 = add i32 %418, 1024
	%439 = icmp slt i32 %438, %9
	%440 = icmp slt i32 %438, %421
	%441 = select i1 %440, i32 %438, i32 %421
	%442 = add i32 %418, 1280
	%443 = icmp slt i32 %442, %9
	%444 = icmp slt i32 %442, %421
	%445 = select i1 %444, i32 %442, i32 %421
	%446 = add i32 %418, 1536
	%447 = icmp slt i32 %446, %9
	%448 = icmp slt i32 %446, %421
	%449 = select i1 %448, i32 %446, i32 %421
	%450 = add i32 %418, 1792
	%451 = icmp slt i32 %450, %9
	%452 = icmp slt i32 %450, %421
	%453 = select i1 %452, i32 %450, i32 %421
	%454 = sext i32 %425 to i64
	%455 = getelementptr i32, i32* %44, i64 %454
	%456 = load i32, i32* %455
	%457 = bitcast i32 %456 to float
	%458 = sext i32 %429 to i64
	%459 = getelementptr i32, i32* %44, i64 %458
	%460 = load i32, i32* %459
	%461 = bitcast i32 %460 to float
	%462 = sext i32 %433 to i64
	%463 = getelementptr i32, i32* %44, i64 %462
	%464 = load i32, i32* %463
	%465 = bitcast i32 %464 to float
	%466 = sext i32 %437 to i64
	%467 = getelementptr i32, i32* %44, i64 %466
	%468 = load i32, i32* %467
	%469 = bitcast i32 %468 to float
	%470 = sext i32 %441 to i64
	%471 = getelementptr i32, i32* %44, i64 %470
	%472 = load i32, i32* %471
	%473 = bitcast i32 %472 to float
	%474 = sext i32 %445 to i64
	%475 = getelementptr i32, i32* %44, i64 %474
	%476 = load i32, i32* %475
	%477 = bitcast i32 %476 to float
	%478 = sext i32 %449 to i64
	%479 = getelementptr i32, i32* %44, i64 %478
	%480 = load i32, i32* %479
	%481 = bitcast i32 %480 to float
	%482 = sext i32 %453 to i64
	%483 = getelementptr i32, i32* %44, i64 %482
	%484 = load i32, i32* %483
	%485 = bitcast i32 %484 to float
	%486 = fsub float %332, %457
	%487 = fmul float %486, %352
	%488 = fcmp olt float %487, 8191.0
	%489 = select i1 %488, float %487, float 8191.0
	%490 = fptoui float %489 to i32
	%491 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %490
	%492 = zext i1 %423 to i32
	%493 = atomicrmw add i32 addrspace(3)* %491, i32 %492 monotonic
	%494 = fsub float %332, %461
	%495 = fmul float %494, %352
	%496 = fcmp olt float %495, 8191.0
	%497 = select i1 %496, float %495, float 8191.0
	%498 = fptoui float %497 to i32
	%499 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %498
	%500 = zext i1 %427 to i32
	%501 = atomicrmw add i32 addrspace(3)* %499, i32 %500 monotonic
	%502 = fsub float %332, %465
	%503 = fmul float %502, %352
	%504 = fcmp olt float %503, 8191.0
	%505 = select i1 %504, float %503, float 8191.0
	%506 = fptoui float %505 to i32
	%507 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %506
	%508 = zext i1 %431 to i32
	%509 = atomicrmw add i32 addrspace(3)* %507, i32 %508 monotonic
	%510 = fsub float %332, %469
	%511 = fmul float %510, %352
	%512 = fcmp olt float %511, 8191.0
	%513 = select i1 %512, float %511, float 8191.0
	%514 = fptoui float %513 to i32
	%515 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %514
	%516 = zext i1 %435 to i32
	%517 = atomicrmw add i32 addrspace(3)* %515, i32 %516 monotonic
	%518 = fsub float %332, %473
	%519 = fmul float %518, %352
	%520 = fcmp olt float %519, 8191.0
	%521 = select i1 %520, float %519, float 8191.0
	%522 = fptoui float %521 to i32
	%523 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %522
	%524 = zext i1 %439 to i32
	%525 = atomicrmw add i32 addrspace(3)* %523, i32 %524 monotonic
	%526 = fsub float %332, %477
	%527 = fmul float %526, %352
	%528 = fcmp olt float %527, 8191.0
	%529 = select i1 %528, float %527, float 8191.0
	%530 = fptoui float %529 to i32
	%531 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %530
	%532 = zext i1 %443 to i32
	%533 = atomicrmw add i32 addrspace(3)* %531, i32 %532 monotonic
	%534 = fsub float %332, %481
	%535 = fmul float %534, %352
	%536 = fcmp olt float %535, 8191.0
	%537 = select i1 %536, float %535, float 8191.0
	%538 = fptoui float %537 to i32
	%539 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %538
	%540 = zext i1 %447 to i32
	%541 = atomicrmw add i32 addrspace(3)* %539, i32 %540 monotonic
	%542 = fsub float %332, %485
	%543 = fmul float %542, %352
	%544 = fcmp olt float %543, 8191.0
	%545 = select i1 %544, float %543, float 8191.0
	%546 = fptoui float %545 to i32
	%547 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %546
	%548 = zext i1 %451 to i32
	%549 = atomicrmw add i32 addrspace(3)* %547, i32 %548 monotonic
	%550 = add i32 %418, 2048
	br label %417

551:
	call void @llvm.nvvm.barrier0()
	%552 = mul i32 %0, 32
	%553 = add i32 %552, 0
	%554 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %553
	%555 = load i32, i32 addrspace(3)* %554
	%556 = add i32 0, %555
	%557 = sitofp i32 %555 to float
	%558 = fmul float %557, %557
	%559 = fadd float 0.0, %558
	%560 = add i32 %552, 1
	%561 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %560
	%562 = load i32, i32 addrspace(3)* %561
	%563 = add i32 %556, %562
	%564 = sitofp i32 %562 to float
	%565 = fmul float %564, %564
	%566 = fadd float %559, %565
	%567 = add i32 %552, 2
	%568 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %567
	%569 = load i32, i32 addrspace(3)* %568
	%570 = add i32 %563, %569
	%571 = sitofp i32 %569 to float
	%572 = fmul float %571, %571
	%573 = fadd float %566, %572
	%574 = add i32 %552, 3
	%575 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %574
	%576 = load i32, i32 addrspace(3)* %575
	%577 = add i32 %570, %576
	%578 = sitofp i32 %576 to float
	%579 = fmul float %578, %578
	%580 = fadd float %573, %579
	%581 = add i32 %552, 4
	%582 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %581
	%583 = load i32, i32 addrspace(3)* %582
	%584 = add i32 %577, %583
	%585 = sitofp i32 %583 to float
	%586 = fmul float %585, %585
	%587 = fadd float %580, %586
	%588 = add i32 %552, 5
	%589 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %588
	%590 = load i32, i32 addrspace(3)* %589
	%591 = add i32 %584, %590
	%592 = sitofp i32 %590 to float
	%593 = fmul float %592, %592
	%594 = fadd float %587, %593
	%595 = add i32 %552, 6
	%596 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %595
	%597 = load i32, i32 addrspace(3)* %596
	%598 = add i32 %591, %597
	%599 = sitofp i32 %597 to float
	%600 = fmul float %599, %599
	%601 = fadd float %594, %600
	%602 = add i32 %552, 7
	%603 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %602
	%604 = load i32, i32 addrspace(3)* %603
	%605 = add i32 %598, %604
	%606 = sitofp i32 %604 to float
	%607 = fmul float %606, %606
	%608 = fadd float %601, %607
	%609 = add i32 %552, 8
	%610 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %609
	%611 = load i32, i32 addrspace(3)* %610
	%612 = add i32 %605, %611
	%613 = sitofp i32 %611 to float
	%614 = fmul float %613, %613
	%615 = fadd float %608, %614
	%616 = add i32 %552, 9
	%617 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %616
	%618 = load i32, i32 addrspace(3)* %617
	%619 = add i32 %612, %618
	%620 = sitofp i32 %618 to float
	%621 = fmul float %620, %620
	%622 = fadd float %615, %621
	%623 = add i32 %552, 10
	%624 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %623
	%625 = load i32, i32 addrspace(3)* %624
	%626 = add i32 %619, %625
	%627 = sitofp i32 %625 to float
	%628 = fmul float %627, %627
	%629 = fadd float %622, %628
	%630 = add i32 %552, 11
	%631 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %630
	%632 = load i32, i32 addrspace(3)* %631
	%633 = add i32 %626, %632
	%634 = sitofp i32 %632 to float
	%635 = fmul float %634, %634
	%636 = fadd float %629, %635
	%637 = add i32 %552, 12
	%638 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %637
	%639 = load i32, i32 addrspace(3)* %638
	%640 = add i32 %633, %639
	%641 = sitofp i32 %639 to float
	%642 = fmul float %641, %641
	%643 = fadd float %636, %642
	%644 = add i32 %552, 13
	%645 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %644
	%646 = load i32, i32 addrspace(3)* %645
	%647 = add i32 %640, %646
	%648 = sitofp i32 %646 to float
	%649 = fmul float %648, %648
	%650 = fadd float %643, %649
	%651 = add i32 %552, 14
	%652 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %651
	%653 = load i32, i32 addrspace(3)* %652
	%654 = add i32 %647, %653
	%655 = sitofp i32 %653 to float
	%656 = fmul float %655, %655
	%657 = fadd float %650, %656
	%658 = add i32 %552, 15
	%659 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %658
	%660 = load i32, i32 addrspace(3)* %659
	%661 = add i32 %654, %660
	%662 = sitofp i32 %660 to float
	%663 = fmul float %662, %662
	%664 = fadd float %657, %663
	%665 = add i32 %552, 16
	%666 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %665
	%667 = load i32, i32 addrspace(3)* %666
	%668 = add i32 %661, %667
	%669 = sitofp i32 %667 to float
	%670 = fmul float %669, %669
	%671 = fadd float %664, %670
	%672 = add i32 %552, 17
	%673 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %672
	%674 = load i32, i32 addrspace(3)* %673
	%675 = add i32 %668, %674
	%676 = sitofp i32 %674 to float
	%677 = fmul float %676, %676
	%678 = fadd float %671, %677
	%679 = add i32 %552, 18
	%680 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %679
	%681 = load i32, i32 addrspace(3)* %680
	%682 = add i32 %675, %681
	%683 = sitofp i32 %681 to float
	%684 = fmul float %683, %683
	%685 = fadd float %678, %684
	%686 = add i32 %552, 19
	%687 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %686
	%688 = load i32, i32 addrspace(3)* %687
	%689 = add i32 %682, %688
	%690 = sitofp i32 %688 to float
	%691 = fmul float %690, %690
	%692 = fadd float %685, %691
	%693 = add i32 %552, 20
	%694 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %693
	%695 = load i32, i32 addrspace(3)* %694
	%696 = add i32 %689, %695
	%697 = sitofp i32 %695 to float
	%698 = fmul float %697, %697
	%699 = fadd float %692, %698
	%700 = add i32 %552, 21
	%701 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %700
	%702 = load i32, i32 addrspace(3)* %701
	%703 = add i32 %696, %702
	%704 = sitofp i32 %702 to float
	%705 = fmul float %704, %704
	%706 = fadd float %699, %705
	%707 = add i32 %552, 22
	%708 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %707
	%709 = load i32, i32 addrspace(3)* %708
	%710 = add i32 %703, %709
	%711 = sitofp i32 %709 to float
	%712 = fmul float %711, %711
	%713 = fadd float %706, %712
	%714 = add i32 %552, 23
	%715 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %714
	%716 = load i32, i32 addrspace(3)* %715
	%717 = add i32 %710, %716
	%718 = sitofp i32 %716 to float
	%719 = fmul float %718, %718
	%720 = fadd float %713, %719
	%721 = add i32 %552, 24
	%722 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %721
	%723 = load i32, i32 addrspace(3)* %722
	%724 = add i32 %717, %723
	%725 = sitofp i32 %723 to float
	%726 = fmul float %725, %725
	%727 = fadd float %720, %726
	%728 = add i32 %552, 25
	%729 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %728
	%730 = load i32, i32 addrspace(3)* %729
	%731 = add i32 %724, %730
	%732 = sitofp i32 %730 to float
	%733 = fmul float %732, %732
	%734 = fadd float %727, %733
	%735 = add i32 %552, 26
	%736 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %735
	%737 = load i32, i32 addrspace(3)* %736
	%738 = add i32 %731, %737
	%739 = sitofp i32 %737 to float
	%740 = fmul float %739, %739
	%741 = fadd float %734, %740
	%742 = add i32 %552, 27
	%743 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %742
	%744 = load i32, i32 addrspace(3)* %743
	%745 = add i32 %738, %744
	%746 = sitofp i32 %744 to float
	%747 = fmul float %746, %746
	%748 = fadd float %741, %747
	%749 = add i32 %552, 28
	%750 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %749
	%751 = load i32, i32 addrspace(3)* %750
	%752 = add i32 %745, %751
	%753 = sitofp i32 %751 to float
	%754 = fmul float %753, %753
	%755 = fadd float %748, %754
	%756 = add i32 %552, 29
	%757 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %756
	%758 = load i32, i32 addrspace(3)* %757
	%759 = add i32 %752, %758
	%760 = sitofp i32 %758 to float
	%761 = fmul float %760, %760
	%762 = fadd float %755, %761
	%763 = add i32 %552, 30
	%764 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %763
	%765 = load i32, i32 addrspace(3)* %764
	%766 = add i32 %759, %765
	%767 = sitofp i32 %765 to float
	%768 = fmul float %767, %767
	%769 = fadd float %762, %768
	%770 = add i32 %552, 31
	%771 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %770
	%772 = load i32, i32 addrspace(3)* %771
	%773 = add i32 %766, %772
	%774 = sitofp i32 %772 to float
	%775 = fmul float %774, %774
	%776 = fadd float %769, %775
	%777 = and i32 %0, 31
	%778 = lshr i32 %0, 5
	%779 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %773, i32 1, i32 0)
	%780 = icmp uge i32 %777, 1
	%781 = select i1 %780, i32 %779, i32 0
	%782 = add i32 %773, %781
	%783 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %782, i32 2, i32 0)
	%784 = icmp uge i32 %777, 2
	%785 = select i1 %784, i32 %783, i32 0
	%786 = add i32 %782, %785
	%787 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %786, i32 4, i32 0)
	%788 = icmp uge i32 %777, 4
	%789 = select i1 %788, i32 %787, i32 0
	%790 = add i32 %786, %789
	%791 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %790, i32 8, i32 0)
	%792 = icmp uge i32 %777, 8
	%793 = select i1 %792, i32 %791, i32 0
	%794 = add i32 %790, %793
	%795 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %794, i32 16, i32 0)
	%796 = icmp uge i32 %777, 16
	%797 = select i1 %796, i32 %795, i32 0
	%798 = add i32 %794, %797
	%799 = icmp eq i32 %777, 31
	br i1 %799, label %800, label %802

800:
	%801 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %778
	store i32 %798, i32 addrspace(3)* %801
	br label %802

802:
	call void @llvm.nvvm.barrier0()
	%803 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 0
	%804 = load i32, i32 addrspace(3)* %803
	%805 = icmp sgt i32 %778, 0
	%806 = select i1 %805, i32 %804, i32 0
	%807 = add i32 0, %806
	%808 = add i32 0, %804
	%809 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 1
	%810 = load i32, i32 addrspace(3)* %809
	%811 = icmp sgt i32 %778, 1
	%812 = select i1 %811, i32 %810, i32 0
	%813 = add i32 %807, %812
	%814 = add i32 %808, %810
	%815 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 2
	%816 = load i32, i32 addrspace(3)* %815
	%817 = icmp sgt i32 %778, 2
	%818 = select i1 %817, i32 %816, i32 0
	%819 = add i32 %813, %818
	%820 = add i32 %814, %816
	%821 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 3
	%822 = load i32, i32 addrspace(3)* %821
	%823 = icmp sgt i32 %778, 3
	%824 = select i1 %823, i32 %822, i32 0
	%825 = add i32 %819, %824
	%826 = add i32 %820, %822
	%827 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 4
	%828 = load i32, i32 addrspace(3)* %827
	%829 = icmp sgt i32 %778, 4
	%830 = select i1 %829, i32 %828, i32 0
	%831 = add i32 %825, %830
	%832 = add i32 %826, %828
	%833 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 5
	%834 = load i32, i32 addrspace(3)* %833
	%835 = icmp sgt i32 %778, 5
	%836 = select i1 %835, i32 %834, i32 0
	%837 = add i32 %831, %836
	%838 = add i32 %832, %834
	%839 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 6
	%840 = load i32, i32 addrspace(3)* %839
	%841 = icmp sgt i32 %778, 6
	%842 = select i1 %841, i32 %840, i32 0
	%843 = add i32 %837, %842
	%844 = add i32 %838, %840
	%845 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 7
	%846 = load i32, i32 addrspace(3)* %845
	%847 = icmp sgt i32 %778, 7
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %843, %848
	%850 = add i32 %844, %846
	%851 = add i32 %849, %798
	%852 = sub i32 %851, %773
	%853 = add i32 %552, 0
	%854 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %853
	store i32 %852, i32 addrspace(3)* %854
	%855 = add i32 %852, %555
	%856 = add i32 %552, 1
	%857 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %856
	store i32 %855, i32 addrspace(3)* %857
	%858 = add i32 %855, %562
	%859 = add i32 %552, 2
	%860 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %859
	store i32 %858, i32 addrspace(3)* %860
	%861 = add i32 %858, %569
	%862 = add i32 %552, 3
	%863 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %862
	store i32 %861, i32 addrspace(3)* %863
	%864 = add i32 %861, %576
	%865 = add i32 %552, 4
	%866 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %865
	store i32 %864, i32 addrspace(3)* %866
	%867 = add i32 %864, %583
	%868 = add i32 %552, 5
	%869 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %868
	store i32 %867, i32 addrspace(3)* %869
	%870 = add i32 %867, %590
	%871 = add i32 %552, 6
	%872 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %871
	store i32 %870, i32 addrspace(3)* %872
	%873 = add i32 %870, %597
	%874 = add i32 %552, 7
	%875 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %874
	store i32 %873, i32 addrspace(3)* %875
	%876 = add i32 %873, %604
	%877 = add i32 %552, 8
	%878 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %877
	store i32 %876, i32 addrspace(3)* %878
	%879 = add i32 %876, %611
	%880 = add i32 %552, 9
	%881 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %880
	store i32 %879, i32 addrspace(3)* %881
	%882 = add i32 %879, %618
	%883 = add i32 %552, 10
	%884 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %883
	store i32 %882, i32 addrspace(3)* %884
	%885 = add i32 %882, %625
	%886 = add i32 %552, 11
	%887 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %886
	store i32 %885, i32 addrspace(3)* %887
	%888 = add i32 %885, %632
	%889 = add i32 %552, 12
	%890 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %889
	store i32 %888, i32 addrspace(3)* %890
	%891 = add i32 %888, %639
	%892 = add i32 %552, 13
	%893 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %892
	store i32 %891, i32 addrspace(3)* %893
	%894 = add i32 %891, %646
	%895 = add i32 %552, 14
	%896 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %895
	store i32 %894, i32 addrspace(3)* %896
	%897 = add i32 %894, %653
	%898 = add i32 %552, 15
	%899 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %898
	store i32 %897, i32 addrspace(3)* %899
	%900 = add i32 %897, %660
	%901 = add i32 %552, 16
	%902 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %901
	store i32 %900, i32 addrspace(3)* %902
	%903 = add i32 %900, %667
	%904 = add i32 %552, 17
	%905 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %904
	store i32 %903, i32 addrspace(3)* %905
	%906 = add i32 %903, %674
	%907 = add i32 %552, 18
	%908 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %907
	store i32 %906, i32 addrspace(3)* %908
	%909 = add i32 %906, %681
	%910 = add i32 %552, 19
	%911 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %910
	store i32 %909, i32 addrspace(3)* %911
	%912 = add i32 %909, %688
	%913 = add i32 %552, 20
	%914 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %913
	store i32 %912, i32 addrspace(3)* %914
	%915 = add i32 %912, %695
	%916 = add i32 %552, 21
	%917 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %916
	store i32 %915, i32 addrspace(3)* %917
	%918 = add i32 %915, %702
	%919 = add i32 %552, 22
	%920 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %919
	store i32 %918, i32 addrspace(3)* %920
	%921 = add i32 %918, %709
	%922 = add i32 %552, 23
	%923 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %922
	store i32 %921, i32 addrspace(3)* %923
	%924 = add i32 %921, %716
	%925 = add i32 %552, 24
	%926 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %925
	store i32 %924, i32 addrspace(3)* %926
	%927 = add i32 %924, %723
	%928 = add i32 %552, 25
	%929 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %928
	store i32 %927, i32 addrspace(3)* %929
	%930 = add i32 %927, %730
	%931 = add i32 %552, 26
	%932 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %931
	store i32 %930, i32 addrspace(3)* %932
	%933 = add i32 %930, %737
	%934 = add i32 %552, 27
	%935 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %934
	store i32 %933, i32 addrspace(3)* %935
	%936 = add i32 %933, %744
	%937 = add i32 %552, 28
	%938 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %937
	store i32 %936, i32 addrspace(3)* %938
	%939 = add i32 %936, %751
	%940 = add i32 %552, 29
	%941 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %940
	store i32 %939, i32 addrspace(3)* %941
	%942 = add i32 %939, %758
	%943 = add i32 %552, 30
	%944 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %943
	store i32 %942, i32 addrspace(3)* %944
	%945 = add i32 %942, %765
	%946 = add i32 %552, 31
	%947 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %946
	store i32 %945, i32 addrspace(3)* %947
	%948 = add i32 %945, %772
	%949 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %776, i32 16, i32 31)
	%950 = fadd float %776, %949
	%951 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %950, i32 8, i32 31)
	%952 = fadd float %950, %951
	%953 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %952, i32 4, i32 31)
	%954 = fadd float %952, %953
	%955 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %954, i32 2, i32 31)
	%956 = fadd float %954, %955
	%957 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %956, i32 1, i32 31)
	%958 = fadd float %956, %957
	%959 = lshr i32 %0, 5
	%960 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%961 = icmp eq i32 %960, 0
	%962 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 %959
	br i1 %961, label %963, label %964

963:
	store float %958, float addrspace(3)* %962
	br label %964

964:
	call void @llvm.nvvm.barrier0()
	%965 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 0
	%966 = load float, float addrspace(3)* %965
	%967 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 1
	%968 = load float, float addrspace(3)* %967
	%969 = fadd float %966, %968
	%970 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 2
	%971 = load float, float addrspace(3)* %970
	%972 = fadd float %969, %971
	%973 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 3
	%974 = load float, float addrspace(3)* %973
	%975 = fadd float %972, %974
	%976 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 4
	%977 = load float, float addrspace(3)* %976
	%978 = fadd float %975, %977
	%979 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 5
	%980 = load float, float addrspace(3)* %979
	%981 = fadd float %978, %980
	%982 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 6
	%983 = load float, float addrspace(3)* %982
	%984 = fadd float %981, %983
	%985 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 7
	%986 = load float, float addrspace(3)* %985
	%987 = fadd float %984, %986
	%988 = sitofp i32 %9 to float
	%989 = fmul float %988, 64.0
	%990 = fcmp ole float %987, %989
	br i1 %990, label %scatter, label %radix

scatter:
	br label %991

991:
	%992 = phi i32 [ %0, %scatter ], [ %1221, %1220 ]
	%993 = icmp slt i32 %992, %9
	br i1 %993, label %994, label %1060

994:
	%995 = sub i32 %9, 1
	%996 = add i32 %992, 0
	%997 = icmp slt i32 %996, %9
	%998 = icmp slt i32 %996, %995
	%999 = select i1 %998, i32 %996, i32 %995
	%1000 = add i32 %992, 256
	%1001 = icmp slt i32 %1000, %9
	%1002 = icmp slt i32 %1000, %995
	%1003 = select i1 %1002, i32 %1000, i32 %995
	%1004 = add i32 %992, 512
	%1005 = icmp slt i32 %1004, %9
	%1006 = icmp slt i32 %1004, %995
	%1007 = select i1 %1006, i32 %1004, i32 %995
	%1008 = add i32 %992, 768
	%1009 = icmp slt i32 %1008, %9
	%1010 = icmp slt i32 %1008, %995
	%1011 = select i1 %1010, i32 %1008, i32 %995
	%1012 = add i32 %992, 1024
	%1013 = icmp slt i32 %1012, %9
	%1014 = icmp slt i32 %1012, %995
	%1015 = select i1 %1014, i32 %1012, i32 %995
	%1016 = add i32 %992, 1280
	%1017 = icmp slt i32 %1016, %9
	%1018 = icmp slt i32 %1016, %995
	%1019 = select i1 %1018, i32 %1016, i32 %995
	%1020 = add i32 %992, 1536
	%1021 = icmp slt i32 %1020, %9
	%1022 = icmp slt i32 %1020, %995
	%1023 = select i1 %1022, i32 %1020, i32 %995
	%1024 = add i32 %992, 1792
	%1025 = icmp slt i32 %1024, %9
	%1026 = icmp slt i32 %1024, %995
	%1027 = select i1 %1026, i32 %1024, i32 %995
	%1028 = sext i32 %999 to i64
	%1029 = getelementptr i32, i32* %44, i64 %1028
	%1030 = load i32, i32* %1029
	%1031 = bitcast i32 %1030 to float
	%1032 = sext i32 %1003 to i64
	%1033 = getelementptr i32, i32* %44, i64 %1032
	%1034 = load i32, i32* %1033
	%1035 = bitcast i32 %1034 to float
	%1036 = sext i32 %1007 to i64
	%1037 = getelementptr i32, i32* %44, i64 %1036
	%1038 = load i32, i32* %1037
	%1039 = bitcast i32 %1038 to float
	%1040 = sext i32 %1011 to i64
	%1041 = getelementptr i32, i32* %44, i64 %1040
	%1042 = load i32, i32* %1041
	%1043 = bitcast i32 %1042 to float
	%1044 = sext i32 %1015 to i64
	%1045 = getelementptr i32, i32* %44, i64 %1044
	%1046 = load i32, i32* %1045
	%1047 = bitcast i32 %1046 to float
	%1048 = sext i32 %1019 to i64
	%1049 = getelementptr i32, i32* %44, i64 %1048
	%1050 = load i32, i32* %1049
	%1051 = bitcast i32 %1050 to float
	%1052 = sext i32 %1023 to i64
	%1053 = getelementptr i32, i32* %44, i64 %1052
	%1054 = load i32, i32* %1053
	%1055 = bitcast i32 %1054 to float
	%1056 = sext i32 %1027 to i64
	%1057 = getelementptr i32, i32* %44, i64 %1056
	%1058 = load i32, i32* %1057
	%1059 = bitcast i32 %1058 to float
	br i1 %997, label %1061, label %1080

1060:
	call void @llvm.nvvm.barrier0()
	br label %1222

1061:
	%1062 = fsub float %332, %1031
	%1063 = fmul float %1062, %352
	%1064 = fcmp olt float %1063, 8191.0
	%1065 = select i1 %1064, float %1063, float 8191.0
	%1066 = fptoui float %1065 to i32
	%1067 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1066
	%1068 = atomicrmw add i32 addrspace(3)* %1067, i32 1 monotonic
	%1069 = bitcast float %1031 to i32
	%1070 = icmp slt i32 %1069, 0
	%1071 = select i1 %1070, i32 -1, i32 -2147483648
	%1072 = xor i32 %1069, %1071
	%1073 = xor i32 %1072, -1
	%1074 = zext i32 %1073 to i64
	%1075 = shl i64 %1074, 32
	%1076 = zext i32 %996 to i64
	%1077 = or i64 %1075, %1076
	%1078 = sext i32 %1068 to i64
	%1079 = getelementptr i64, i64* %51, i64 %1078
	store i64 %1077, i64* %1079
	br label %1080

1080:
	br i1 %1001, label %1081, label %1100

1081:
	%1082 = fsub float %332, %1035
	%1083 = fmul float %1082, %352
	%1084 = fcmp olt float %1083, 8191.0
	%1085 = select i1 %1084, float %1083, float 8191.0
	%1086 = fptoui float %1085 to i32
	%1087 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1086
	%1088 = atomicrmw add i32 addrspace(3)* %1087, i32 1 monotonic
	%1089 = bitcast float %1035 to i32
	%1090 = icmp slt i32 %1089, 0
	%1091 = select i1 %1090, i32 -1, i32 -2147483648
	%1092 = xor i32 %1089, %1091
	%1093 = xor i32 %1092, -1
	%1094 = zext i32 %1093 to i64
	%1095 = shl i64 %1094, 32
	%1096 = zext i32 %1000 to i64
	%1097 = or i64 %1095, %1096
	%1098 = sext i32 %1088 to i64
	%1099 = getelementptr i64, i64* %51, i64 %1098
	store i64 %1097, i64* %1099
	br label %1100

1100:
	br i1 %1005, label %1101, label %1120

1101:
	%1102 = fsub float %332, %1039
	%1103 = fmul float %1102, %352
	%1104 = fcmp olt float %1103, 8191.0
	%1105 = select i1 %1104, float %1103, float 8191.0
	%1106 = fptoui float %1105 to i32
	%1107 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1106
	%1108 = atomicrmw add i32 addrspace(3)* %1107, i32 1 monotonic
	%1109 = bitcast float %1039 to i32
	%1110 = icmp slt i32 %1109, 0
	%1111 = select i1 %1110, i32 -1, i32 -2147483648
	%1112 = xor i32 %1109, %1111
	%1113 = xor i32 %1112, -1
	%1114 = zext i32 %1113 to i64
	%1115 = shl i64 %1114, 32
	%1116 = zext i32 %1004 to i64
	%1117 = or i64 %1115, %1116
	%1118 = sext i32 %1108 to i64
	%1119 = getelementptr i64, i64* %51, i64 %1118
	store i64 %1117, i64* %1119
	br label %1120

1120:
	br i1 %1009, label %1121, label %1140

1121:
	%1122 = fsub float %332, %1043
	%1123 = fmul float %1122, %352
	%1124 = fcmp olt float %1123, 8191.0
	%1125 = select i1 %1124, float %1123, float 8191.0
	%1126 = fptoui float %1125 to i32
	%1127 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1126
	%1128 = atomicrmw add i32 addrspace(3)* %1127, i32 1 monotonic
	%1129 = bitcast float %1043 to i32
	%1130 = icmp slt i32 %1129, 0
	%1131 = select i1 %1130, i32 -1, i32 -2147483648
	%1132 = xor i32 %1129, %1131
	%1133 = xor i32 %1132, -1
	%1134 = zext i32 %1133 to i64
	%1135 = shl i64 %1134, 32
	%1136 = zext i32 %1008 to i64
	%1137 = or i64 %1135, %1136
	%1138 = sext i32 %1128 to i64
	%1139 = getelementptr i64, i64* %51, i64 %1138
	store i64 %1137, i64* %1139
	br label %1140

1140:
	br i1 %1013, label %1141, label %1160

1141:
	%1142 = fsub float %332, %1047
	%1143 = fmul float %1142, %352
	%1144 = fcmp olt float %1143, 8191.0
	%1145 = select i1 %1144, float %1143, float 8191.0
	%1146 = fptoui float %1145 to i32
	%1147 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1146
	%1148 = atomicrmw add i32 addrspace(3)* %1147, i32 1 monotonic
	%1149 = bitcast float %1047 to i32
	%1150 = icmp slt i32 %1149, 0
	%1151 = select i1 %1150, i32 -1, i32 -2147483648
	%1152 = xor i32 %1149, %1151
	%1153 = xor i32 %1152, -1
	%1154 = zext i32 %1153 to i64
	%1155 = shl i64 %1154, 32
	%1156 = zext i32 %1012 to i64
	%1157 = or i64 %1155, %1156
	%1158 = sext i32 %1148 to i64
	%1159 = getelementptr i64, i64* %51, i64 %1158
	store i64 %1157, i64* %1159
	br label %1160

1160:
	br i1 %1017, label %1161, label %1180

1161:
	%1162 = fsub float %332, %1051
	%1163 = fmul float %1162, %352
	%1164 = fcmp olt float %1163, 8191.0
	%1165 = select i1 %1164, float %1163, float 8191.0
	%1166 = fptoui float %1165 to i32
	%1167 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1166
	%1168 = atomicrmw add i32 addrspace(3)* %1167, i32 1 monotonic
	%1169 = bitcast float %1051 to i32
	%1170 = icmp slt i32 %1169, 0
	%1171 = select i1 %1170, i32 -1, i32 -2147483648
	%1172 = xor i32 %1169, %1171
	%1173 = xor i32 %1172, -1
	%1174 = zext i32 %1173 to i64
	%1175 = shl i64 %1174, 32
	%1176 = zext i32 %1016 to i64
	%1177 = or i64 %1175, %1176
	%1178 = sext i32 %1168 to i64
	%1179 = getelementptr i64, i64* %51, i64 %1178
	store i64 %1177, i64* %1179
	br label %1180

1180:
	br i1 %1021, label %1181, label %1200

1181:
	%1182 = fsub float %332, %1055
	%1183 = fmul float %1182, %352
	%1184 = fcmp olt float %1183, 8191.0
	%1185 = select i1 %1184, float %1183, float 8191.0
	%1186 = fptoui float %1185 to i32
	%1187 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1186
	%1188 = atomicrmw add i32 addrspace(3)* %1187, i32 1 monotonic
	%1189 = bitcast float %1055 to i32
	%1190 = icmp slt i32 %1189, 0
	%1191 = select i1 %1190, i32 -1, i32 -2147483648
	%1192 = xor i32 %1189, %1191
	%1193 = xor i32 %1192, -1
	%1194 = zext i32 %1193 to i64
	%1195 = shl i64 %1194, 32
	%1196 = zext i32 %1020 to i64
	%1197 = or i64 %1195, %1196
	%1198 = sext i32 %1188 to i64
	%1199 = getelementptr i64, i64* %51, i64 %1198
	store i64 %1197, i64* %1199
	br label %1200

1200:
	br i1 %1025, label %1201, label %1220

1201:
	%1202 = fsub float %332, %1059
	%1203 = fmul float %1202, %352
	%1204 = fcmp olt float %1203, 8191.0
	%1205 = select i1 %1204, float %1203, float 8191.0
	%1206 = fptoui float %1205 to i32
	%1207 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1206
	%1208 = atomicrmw add i32 addrspace(3)* %1207, i32 1 monotonic
	%1209 = bitcast float %1059 to i32
	%1210 = icmp slt i32 %1209, 0
	%1211 = select i1 %1210, i32 -1, i32 -2147483648
	%1212 = xor i32 %1209, %1211
	%1213 = xor i32 %1212, -1
	%1214 = zext i32 %1213 to i64
	%1215 = shl i64 %1214, 32
	%1216 = zext i32 %1024 to i64
	%1217 = or i64 %1215, %1216
	%1218 = sext i32 %1208 to i64
	%1219 = getelementptr i64, i64* %51, i64 %1218
	store i64 %1217, i64* %1219
	br label %1220

1220:
	%1221 = add i32 %992, 2048
	br label %991

1222:
	%1223 = phi i32 [ %0, %1060 ], [ %1306, %1302 ]
	%1224 = icmp slt i32 %1223, %9
	br i1 %1224, label %1225, label %1244

1225:
	%1226 = sext i32 %1223 to i64
	%1227 = getelementptr i64, i64* %51, i64 %1226
	%1228 = load i64, i64* %1227
	%1229 = lshr i64 %1228, 32
	%1230 = trunc i64 %1229 to i32
	%1231 = xor i32 %1230, -1
	%1232 = icmp slt i32 %1231, 0
	%1233 = xor i32 %1231, -2147483648
	%1234 = select i1 %1232, i32 %1233, i32 %1230
	%1235 = bitcast i32 %1234 to float
	%1236 = fsub float %332, %1235
	%1237 = fmul float %1236, %352
	%1238 = fcmp olt float %1237, 8191.0
	%1239 = select i1 %1238, float %1237, float 8191.0
	%1240 = fptoui float %1239 to i32
	%1241 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1240
	%1242 = load i32, i32 addrspace(3)* %1241
	%1243 = icmp sgt i32 %1240, 0
	br i1 %1243, label %1245, label %1249

1244:
	ret void

1245:
	%1246 = sub i32 %1240, 1
	%1247 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1246
	%1248 = load i32, i32 addrspace(3)* %1247
	br label %1249

1249:
	%1250 = phi i32 [ 0, %1225 ], [ %1248, %1245 ]
	br label %1251

1251:
	%1252 = phi i32 [ %1250, %1249 ], [ %1301, %1255 ]
	%1253 = phi i32 [ %1250, %1249 ], [ %1300, %1255 ]
	%1254 = icmp slt i32 %1252, %1242
	br i1 %1254, label %1255, label %1302

1255:
	%1256 = sub i32 %1242, 1
	%1257 = add i32 %1252, 0
	%1258 = icmp slt i32 %1257, %1242
	%1259 = icmp slt i32 %1257, %1256
	%1260 = select i1 %1259, i32 %1257, i32 %1256
	%1261 = add i32 %1252, 1
	%1262 = icmp slt i32 %1261, %1242
	%1263 = icmp slt i32 %1261, %1256
	%1264 = select i1 %1263, i32 %1261, i32 %1256
	%1265 = add i32 %1252, 2
	%1266 = icmp slt i32 %1265, %1242
	%1267 = icmp slt i32 %1265, %1256
	%1268 = select i1 %1267, i32 %1265, i32 %1256
	%1269 = add i32 %1252, 3
	%1270 = icmp slt i32 %1269, %1242
	%1271 = icmp slt i32 %1269, %1256
	%1272 = select i1 %1271, i32 %1269, i32 %1256
	%1273 = sext i32 %1260 to i64
	%1274 = getelementptr i64, i64* %51, i64 %1273
	%1275 = load i64, i64* %1274
	%1276 = sext i32 %1264 to i64
	%1277 = getelementptr i64, i64* %51, i64 %1276
	%1278 = load i64, i64* %1277
	%1279 = sext i32 %1268 to i64
	%1280 = getelementptr i64, i64* %51, i64 %1279
	%1281 = load i64, i64* %1280
	%1282 = sext i32 %1272 to i64
	%1283 = getelementptr i64, i64* %51, i64 %1282
	%1284 = load i64, i64* %1283
	%1285 = icmp ult i64 %1275, %1228
	%1286 = and i1 %1258, %1285
	%1287 = zext i1 %1286 to i32
	%1288 = add i32 %1253, %1287
	%1289 = icmp ult i64 %1278, %1228
	%1290 = and i1 %1262, %1289
	%1291 = zext i1 %1290 to i32
	%1292 = add i32 %1288, %1291
	%1293 = icmp ult i64 %1281, %1228
	%1294 = and i1 %1266, %1293
	%1295 = zext i1 %1294 to i32
	%1296 = add i32 %1292, %1295
	%1297 = icmp ult i64 %1284, %1228
	%1298 = and i1 %1270, %1297
	%1299 = zext i1 %1298 to i32
	%1300 = add i32 %1296, %1299
	%1301 = add i32 %1252, 4
	br label %1251

1302:
	%1303 = trunc i64 %1228 to i32
	%1304 = sext i32 %1253 to i64
	%1305 = getelementptr i32, i32* %15, i64 %1304
	store i32 %1303, i32* %1305
	%1306 = add i32 %1223, 256
	br label %1222

1307:
	%1308 = phi i32 [ %0, %radix ], [ %1344, %1310 ]
	%1309 = icmp slt i32 %1308, %9
	br i1 %1309, label %1310, label %1345

1310:
	%1311 = sext i32 %1308 to i64
	%1312 = getelementptr i32, i32* %44, i64 %1311
	%1313 = load i32, i32* %1312
	%1314 = bitcast i32 %1313 to float
	%1315 = bitcast float %1314 to i32
	%1316 = icmp slt i32 %1315, 0
	%1317 = select i1 %1316, i32 -1, i32 -2147483648
	%1318 = xor i32 %1315, %1317
	%1319 = xor i32 %1318, -1
	%1320 = sext i32 %1308 to i64
	%1321 = getelementptr i32, i32* %44, i64 %1320
	store i32 %1319, i32* %1321
	%1322 = sext i32 %1308 to i64
	%1323 = getelementptr i32, i32* %15, i64 %1322
	store i32 %1308, i32* %1323
	%1324 = lshr i32 %1319, 0
	%1325 = and i32 %1324, 255
	%1326 = add i32 %1325, 0
	%1327 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1326
	%1328 = atomicrmw add i32 addrspace(3)* %1327, i32 1 monotonic
	%1329 = lshr i32 %1319, 8
	%1330 = and i32 %1329, 255
	%1331 = add i32 %1330, 256
	%1332 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1331
	%1333 = atomicrmw add i32 addrspace(3)* %1332, i32 1 monotonic
	%1334 = lshr i32 %1319, 16
	%1335 = and i32 %1334, 255
	%1336 = add i32 %1335, 512
	%1337 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1336
	%1338 = atomicrmw add i32 addrspace(3)* %1337, i32 1 monotonic
	%1339 = lshr i32 %1319, 24
	%1340 = and i32 %1339, 255
	%1341 = add i32 %1340, 768
	%1342 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1341
	%1343 = atomicrmw add i32 addrspace(3)* %1342, i32 1 monotonic
	%1344 = add i32 %1308, 256
	br label %1307

1345:
	call void @llvm.nvvm.barrier0()
	%1346 = icmp ult i32 %4, 4
	br i1 %1346, label %1347, label %1428

1347:
	%1348 = mul i32 %4, 256
	%1349 = mul i32 %3, 8
	%1350 = add i32 %1348, %1349
	%1351 = add i32 %1350, 0
	%1352 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1351
	%1353 = load i32, i32 addrspace(3)* %1352
	%1354 = add i32 0, %1353
	%1355 = add i32 %1350, 1
	%1356 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1355
	%1357 = load i32, i32 addrspace(3)* %1356
	%1358 = add i32 %1354, %1357
	%1359 = add i32 %1350, 2
	%1360 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1359
	%1361 = load i32, i32 addrspace(3)* %1360
	%1362 = add i32 %1358, %1361
	%1363 = add i32 %1350, 3
	%1364 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1363
	%1365 = load i32, i32 addrspace(3)* %1364
	%1366 = add i32 %1362, %1365
	%1367 = add i32 %1350, 4
	%1368 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1367
	%1369 = load i32, i32 addrspace(3)* %1368
	%1370 = add i32 %1366, %1369
	%1371 = add i32 %1350, 5
	%1372 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1371
	%1373 = load i32, i32 addrspace(3)* %1372
	%1374 = add i32 %1370, %1373
	%1375 = add i32 %1350, 6
	%1376 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1375
	%1377 = load i32, i32 addrspace(3)* %1376
	%1378 = add i32 %1374, %1377
	%1379 = add i32 %1350, 7
	%1380 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1379
	%1381 = load i32, i32 addrspace(3)* %1380
	%1382 = add i32 %1378, %1381
	%1383 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1382, i32 1, i32 0)
	%1384 = icmp uge i32 %3, 1
	%1385 = select i1 %1384, i32 %1383, i32 0
	%1386 = add i32 %1382, %1385
	%1387 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1386, i32 2, i32 0)
	%1388 = icmp uge i32 %3, 2
	%1389 = select i1 %1388, i32 %1387, i32 0
	%1390 = add i32 %1386, %1389
	%1391 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1390, i32 4, i32 0)
	%1392 = icmp uge i32 %3, 4
	%1393 = select i1 %1392, i32 %1391, i32 0
	%1394 = add i32 %1390, %1393
	%1395 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1394, i32 8, i32 0)
	%1396 = icmp uge i32 %3, 8
	%1397 = select i1 %1396, i32 %1395, i32 0
	%1398 = add i32 %1394, %1397
	%1399 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1398, i32 16, i32 0)
	%1400 = icmp uge i32 %3, 16
	%1401 = select i1 %1400, i32 %1399, i32 0
	%1402 = add i32 %1398, %1401
	%1403 = sub i32 %1402, %1382
	%1404 = add i32 %1350, 0
	%1405 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1404
	store i32 %1403, i32 addrspace(3)* %1405
	%1406 = add i32 %1403, %1353
	%1407 = add i32 %1350, 1
	%1408 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1407
	store i32 %1406, i32 addrspace(3)* %1408
	%1409 = add i32 %1406, %1357
	%1410 = add i32 %1350, 2
	%1411 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1410
	store i32 %1409, i32 addrspace(3)* %1411
	%1412 = add i32 %1409, %1361
	%1413 = add i32 %1350, 3
	%1414 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1413
	store i32 %1412, i32 addrspace(3)* %1414
	%1415 = add i32 %1412, %1365
	%1416 = add i32 %1350, 4
	%1417 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1416
	store i32 %1415, i32 addrspace(3)* %1417
	%1418 = add i32 %1415, %1369
	%1419 = add i32 %1350, 5
	%1420 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1419
	store i32 %1418, i32 addrspace(3)* %1420
	%1421 = add i32 %1418, %1373
	%1422 = add i32 %1350, 6
	%1423 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1422
	store i32 %1421, i32 addrspace(3)* %1423
	%1424 = add i32 %1421, %1377
	%1425 = add i32 %1350, 7
	%1426 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1425
	store i32 %1424, i32 addrspace(3)* %1426
	%1427 = add i32 %1424, %1381
	br label %1428

1428:
	call void @llvm.nvvm.barrier0()
	%1429 = shl i32 1, %3
	%1430 = sub i32 %1429, 1
	br label %1431

1431:
	%1432 = phi i32 [ 0, %1428 ], [ %2229, %2222 ]
	%1433 = icmp slt i32 %1432, %9
	br i1 %1433, label %1434, label %1440

1434:
	%1435 = mul i32 %4, 256
	%1436 = add i32 %1435, %3
	%1437 = add i32 %1432, %1436
	%1438 = add i32 %1437, 0
	%1439 = icmp slt i32 %1438, %9
	br i1 %1439, label %1441, label %1448

1440:
	call void @llvm.nvvm.barrier0()
	br label %2230

1441:
	%1442 = sext i32 %1438 to i64
	%1443 = getelementptr i32, i32* %44, i64 %1442
	%1444 = load i32, i32* %1443
	%1445 = sext i32 %1438 to i64
	%1446 = getelementptr i32, i32* %15, i64 %1445
	%1447 = load i32, i32* %1446
	br label %1448

1448:
	%1449 = phi i32 [ 0, %1434 ], [ %1444, %1441 ]
	%1450 = phi i32 [ 0, %1434 ], [ %1447, %1441 ]
	%1451 = lshr i32 %1449, 0
	%1452 = and i32 %1451, 255
	%1453 = add i32 %1437, 32
	%1454 = icmp slt i32 %1453, %9
	br i1 %1454, label %1455, label %1462

1455:
	%1456 = sext i32 %1453 to i64
	%1457 = getelementptr i32, i32* %44, i64 %1456
	%1458 = load i32, i32* %1457
	%1459 = sext i32 %1453 to i64
	%1460 = getelementptr i32, i32* %15, i64 %1459
	%1461 = load i32, i32* %1460
	br label %1462

1462:
	%1463 = phi i32 [ 0, %1448 ], [ %1458, %1455 ]
	%1464 = phi i32 [ 0, %1448 ], [ %1461, %1455 ]
	%1465 = lshr i32 %1463, 0
	%1466 = and i32 %1465, 255
	%1467 = add i32 %1437, 64
	%1468 = icmp slt i32 %1467, %9
	br i1 %1468, label %1469, label %1476

1469:
	%1470 = sext i32 %1467 to i64
	%1471 = getelementptr i32, i32* %44, i64 %1470
	%1472 = load i32, i32* %1471
	%1473 = sext i32 %1467 to i64
	%1474 = getelementptr i32, i32* %15, i64 %1473
	%1475 = load i32, i32* %1474
	br label %1476

1476:
	%1477 = phi i32 [ 0, %1462 ], [ %1472, %1469 ]
	%1478 = phi i32 [ 0, %1462 ], [ %1475, %1469 ]
	%1479 = lshr i32 %1477, 0
	%1480 = and i32 %1479, 255
	%1481 = add i32 %1437, 96
	%1482 = icmp slt i32 %1481, %9
	br i1 %1482, label %1483, label %1490

1483:
	%1484 = sext i32 %1481 to i64
	%1485 = getelementptr i32, i32* %44, i64 %1484
	%1486 = load i32, i32* %1485
	%1487 = sext i32 %1481 to i64
	%1488 = getelementptr i32, i32* %15, i64 %1487
	%1489 = load i32, i32* %1488
	br label %1490

1490:
	%1491 = phi i32 [ 0, %1476 ], [ %1486, %1483 ]
	%1492 = phi i32 [ 0, %1476 ], [ %1489, %1483 ]
	%1493 = lshr i32 %1491, 0
	%1494 = and i32 %1493, 255
	%1495 = add i32 %1437, 128
	%1496 = icmp slt i32 %1495, %9
	br i1 %1496, label %1497, label %1504

1497:
	%1498 = sext i32 %1495 to i64
	%1499 = getelementptr i32, i32* %44, i64 %1498
	%1500 = load i32, i32* %1499
	%1501 = sext i32 %1495 to i64
	%1502 = getelementptr i32, i32* %15, i64 %1501
	%1503 = load i32, i32* %1502
	br label %1504

1504:
	%1505 = phi i32 [ 0, %1490 ], [ %1500, %1497 ]
	%1506 = phi i32 [ 0, %1490 ], [ %1503, %1497 ]
	%1507 = lshr i32 %1505, 0
	%1508 = and i32 %1507, 255
	%1509 = add i32 %1437, 160
	%1510 = icmp slt i32 %1509, %9
	br i1 %1510, label %1511, label %1518

1511:
	%1512 = sext i32 %1509 to i64
	%1513 = getelementptr i32, i32* %44, i64 %1512
	%1514 = load i32, i32* %1513
	%1515 = sext i32 %1509 to i64
	%1516 = getelementptr i32, i32* %15, i64 %1515
	%1517 = load i32, i32* %1516
	br label %1518

1518:
	%1519 = phi i32 [ 0, %1504 ], [ %1514, %1511 ]
	%1520 = phi i32 [ 0, %1504 ], [ %1517, %1511 ]
	%1521 = lshr i32 %1519, 0
	%1522 = and i32 %1521, 255
	%1523 = add i32 %1437, 192
	%1524 = icmp slt i32 %1523, %9
	br i1 %1524, label %1525, label %1532

1525:
	%1526 = sext i32 %1523 to i64
	%1527 = getelementptr i32, i32* %44, i64 %1526
	%1528 = load i32, i32* %1527
	%1529 = sext i32 %1523 to i64
	%1530 = getelementptr i32, i32* %15, i64 %1529
	%1531 = load i32, i32* %1530
	br label %1532

1532:
	%1533 = phi i32 [ 0, %1518 ], [ %1528, %1525 ]
	%1534 = phi i32 [ 0, %1518 ], [ %1531, %1525 ]
	%1535 = lshr i32 %1533, 0
	%1536 = and i32 %1535, 255
	%1537 = add i32 %1437, 224
	%1538 = icmp slt i32 %1537, %9
	br i1 %1538, label %1539, label %1546

1539:
	%1540 = sext i32 %1537 to i64
	%1541 = getelementptr i32, i32* %44, i64 %1540
	%1542 = load i32, i32* %1541
	%1543 = sext i32 %1537 to i64
	%1544 = getelementptr i32, i32* %15, i64 %1543
	%1545 = load i32, i32* %1544
	br label %1546

1546:
	%1547 = phi i32 [ 0, %1532 ], [ %1542, %1539 ]
	%1548 = phi i32 [ 0, %1532 ], [ %1545, %1539 ]
	%1549 = lshr i32 %1547, 0
	%1550 = and i32 %1549, 255
	%1551 = select i1 %1439, i32 %1452, i32 256
	%1552 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1551)
	%1553 = and i32 %1552, %1430
	%1554 = call i32 @llvm.ctpop.i32(i32 %1553)
	br i1 %1439, label %1555, label %1560

1555:
	%1556 = mul i32 %4, 256
	%1557 = add i32 %1556, %1452
	%1558 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1557
	%1559 = load i32, i32 addrspace(3)* %1558
	br label %1560

1560:
	%1561 = phi i32 [ 0, %1546 ], [ %1559, %1555 ]
	%1562 = add i32 %1561, %1554
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1563 = icmp eq i32 %1554, 0
	%1564 = and i1 %1439, %1563
	br i1 %1564, label %1565, label %1571

1565:
	%1566 = call i32 @llvm.ctpop.i32(i32 %1552)
	%1567 = add i32 %1561, %1566
	%1568 = mul i32 %4, 256
	%1569 = add i32 %1568, %1452
	%1570 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1569
	store i32 %1567, i32 addrspace(3)* %1570
	br label %1571

1571:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1572 = select i1 %1454, i32 %1466, i32 256
	%1573 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1572)
	%1574 = and i32 %1573, %1430
	%1575 = call i32 @llvm.ctpop.i32(i32 %1574)
	br i1 %1454, label %1576, label %1581

1576:
	%1577 = mul i32 %4, 256
	%1578 = add i32 %1577, %1466
	%1579 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1578
	%1580 = load i32, i32 addrspace(3)* %1579
	br label %1581

1581:
	%1582 = phi i32 [ 0, %1571 ], [ %1580, %1576 ]
	%1583 = add i32 %1582, %1575
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1584 = icmp eq i32 %1575, 0
	%1585 = and i1 %1454, %1584
	br i1 %1585, label %1586, label %1592

1586:
	%1587 = call i32 @llvm.ctpop.i32(i32 %1573)
	%1588 = add i32 %1582, %1587
	%1589 = mul i32 %4, 256
	%1590 = add i32 %1589, %1466
	%1591 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1590
	store i32 %1588, i32 addrspace(3)* %1591
	br label %1592

1592:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1593 = select i1 %1468, i32 %1480, i32 256
	%1594 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1593)
	%1595 = and i32 %1594, %1430
	%1596 = call i32 @llvm.ctpop.i32(i32 %1595)
	br i1 %1468, label %1597, label %1602

1597:
	%1598 = mul i32 %4, 256
	%1599 = add i32 %1598, %1480
	%1600 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1599
	%1601 = load i32, i32 addrspace(3)* %1600
	br label %1602

1602:
	%1603 = phi i32 [ 0, %1592 ], [ %1601, %1597 ]
	%1604 = add i32 %1603, %1596
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1605 = icmp eq i32 %1596, 0
	%1606 = and i1 %1468, %1605
	br i1 %1606, label %1607, label %1613

1607:
	%1608 = call i32 @llvm.ctpop.i32(i32 %1594)
	%1609 = add i32 %1603, %1608
	%1610 = mul i32 %4, 256
	%1611 = add i32 %1610, %1480
	%1612 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1611
	store i32 %1609, i32 addrspace(3)* %1612
	br label %1613

1613:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1614 = select i1 %1482, i32 %1494, i32 256
	%1615 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1614)
	%1616 = and i32 %1615, %1430
	%1617 = call i32 @llvm.ctpop.i32(i32 %1616)
	br i1 %1482, label %1618, label %1623

1618:
	%1619 = mul i32 %4, 256
	%1620 = add i32 %1619, %1494
	%1621 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1620
	%1622 = load i32, i32 addrspace(3)* %1621
	br label %1623

1623:
	%1624 = phi i32 [ 0, %1613 ], [ %1622, %1618 ]
	%1625 = add i32 %1624, %1617
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1626 = icmp eq i32 %1617, 0
	%1627 = and i1 %1482, %1626
	br i1 %1627, label %1628, label %1634

1628:
	%1629 = call i32 @llvm.ctpop.i32(i32 %1615)
	%1630 = add i32 %1624, %1629
	%1631 = mul i32 %4, 256
	%1632 = add i32 %1631, %1494
	%1633 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1632
	store i32 %1630, i32 addrspace(3)* %1633
	br label %1634

1634:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1635 = select i1 %1496, i32 %1508, i32 256
	%1636 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1635)
	%1637 = and i32 %1636, %1430
	%1638 = call i32 @llvm.ctpop.i32(i32 %1637)
	br i1 %1496, label %1639, label %1644

1639:
	%1640 = mul i32 %4, 256
	%1641 = add i32 %1640, %1508
	%1642 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1641
	%1643 = load i32, i32 addrspace(3)* %1642
	br label %1644

1644:
	%1645 = phi i32 [ 0, %1634 ], [ %1643, %1639 ]
	%1646 = add i32 %1645, %1638
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1647 = icmp eq i32 %1638, 0
	%1648 = and i1 %1496, %1647
	br i1 %1648, label %1649, label %1655

1649:
	%1650 = call i32 @llvm.ctpop.i32(i32 %1636)
	%1651 = add i32 %1645, %1650
	%1652 = mul i32 %4, 256
	%1653 = add i32 %1652, %1508
	%1654 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1653
	store i32 %1651, i32 addrspace(3)* %1654
	br label %1655

1655:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1656 = select i1 %1510, i32 %1522, i32 256
	%1657 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1656)
	%1658 = and i32 %1657, %1430
	%1659 = call i32 @llvm.ctpop.i32(i32 %1658)
	br i1 %1510, label %1660, label %1665

1660:
	%1661 = mul i32 %4, 256
	%1662 = add i32 %1661, %1522
	%1663 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1662
	%1664 = load i32, i32 addrspace(3)* %1663
	br label %1665

1665:
	%1666 = phi i32 [ 0, %1655 ], [ %1664, %1660 ]
	%1667 = add i32 %1666, %1659
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1668 = icmp eq i32 %1659, 0
	%1669 = and i1 %1510, %1668
	br i1 %1669, label %1670, label %1676

1670:
	%1671 = call i32 @llvm.ctpop.i32(i32 %1657)
	%1672 = add i32 %1666, %1671
	%1673 = mul i32 %4, 256
	%1674 = add i32 %1673, %1522
	%1675 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1674
	store i32 %1672, i32 addrspace(3)* %1675
	br label %1676

1676:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1677 = select i1 %1524, i32 %1536, i32 256
	%1678 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1677)
	%1679 = and i32 %1678, %1430
	%1680 = call i32 @llvm.ctpop.i32(i32 %1679)
	br i1 %1524, label %1681, label %1686

1681:
	%1682 = mul i32 %4, 256
	%1683 = add i32 %1682, %1536
	%1684 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1683
	%1685 = load i32, i32 addrspace(3)* %1684
	br label %1686

1686:
	%1687 = phi i32 [ 0, %1676 ], [ %1685, %1681 ]
	%1688 = add i32 %1687, %1680
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1689 = icmp eq i32 %1680, 0
	%1690 = and i1 %1524, %1689
	br i1 %1690, label %1691, label %1697

1691:
	%1692 = call i32 @llvm.ctpop.i32(i32 %1678)
	%1693 = add i32 %1687, %1692
	%1694 = mul i32 %4, 256
	%1695 = add i32 %1694, %1536
	%1696 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1695
	store i32 %1693, i32 addrspace(3)* %1696
	br label %1697

1697:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1698 = select i1 %1538, i32 %1550, i32 256
	%1699 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1698)
	%1700 = and i32 %1699, %1430
	%1701 = call i32 @llvm.ctpop.i32(i32 %1700)
	br i1 %1538, label %1702, label %1707

1702:
	%1703 = mul i32 %4, 256
	%1704 = add i32 %1703, %1550
	%1705 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1704
	%1706 = load i32, i32 addrspace(3)* %1705
	br label %1707

1707:
	%1708 = phi i32 [ 0, %1697 ], [ %1706, %1702 ]
	%1709 = add i32 %1708, %1701
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1710 = icmp eq i32 %1701, 0
	%1711 = and i1 %1538, %1710
	br i1 %1711, label %1712, label %1718

1712:
	%1713 = call i32 @llvm.ctpop.i32(i32 %1699)
	%1714 = add i32 %1708, %1713
	%1715 = mul i32 %4, 256
	%1716 = add i32 %1715, %1550
	%1717 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1716
	store i32 %1714, i32 addrspace(3)* %1717
	br label %1718

1718:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%1719 = mul i32 0, 256
	%1720 = add i32 %1719, %0
	%1721 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1720
	%1722 = load i32, i32 addrspace(3)* %1721
	%1723 = mul i32 0, 256
	%1724 = add i32 %1723, %0
	%1725 = add i32 2048, %1724
	%1726 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1725
	store i32 0, i32 addrspace(3)* %1726
	%1727 = mul i32 0, 256
	%1728 = add i32 %1727, %0
	%1729 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1728
	store i32 0, i32 addrspace(3)* %1729
	%1730 = add i32 0, %1722
	%1731 = mul i32 1, 256
	%1732 = add i32 %1731, %0
	%1733 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1732
	%1734 = load i32, i32 addrspace(3)* %1733
	%1735 = mul i32 1, 256
	%1736 = add i32 %1735, %0
	%1737 = add i32 2048, %1736
	%1738 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1737
	store i32 %1730, i32 addrspace(3)* %1738
	%1739 = mul i32 1, 256
	%1740 = add i32 %1739, %0
	%1741 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1740
	store i32 0, i32 addrspace(3)* %1741
	%1742 = add i32 %1730, %1734
	%1743 = mul i32 2, 256
	%1744 = add i32 %1743, %0
	%1745 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1744
	%1746 = load i32, i32 addrspace(3)* %1745
	%1747 = mul i32 2, 256
	%1748 = add i32 %1747, %0
	%1749 = add i32 2048, %1748
	%1750 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1749
	store i32 %1742, i32 addrspace(3)* %1750
	%1751 = mul i32 2, 256
	%1752 = add i32 %1751, %0
	%1753 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1752
	store i32 0, i32 addrspace(3)* %1753
	%1754 = add i32 %1742, %1746
	%1755 = mul i32 3, 256
	%1756 = add i32 %1755, %0
	%1757 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1756
	%1758 = load i32, i32 addrspace(3)* %1757
	%1759 = mul i32 3, 256
	%1760 = add i32 %1759, %0
	%1761 = add i32 2048, %1760
	%1762 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1761
	store i32 %1754, i32 addrspace(3)* %1762
	%1763 = mul i32 3, 256
	%1764 = add i32 %1763, %0
	%1765 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1764
	store i32 0, i32 addrspace(3)* %1765
	%1766 = add i32 %1754, %1758
	%1767 = mul i32 4, 256
	%1768 = add i32 %1767, %0
	%1769 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1768
	%1770 = load i32, i32 addrspace(3)* %1769
	%1771 = mul i32 4, 256
	%1772 = add i32 %1771, %0
	%1773 = add i32 2048, %1772
	%1774 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1773
	store i32 %1766, i32 addrspace(3)* %1774
	%1775 = mul i32 4, 256
	%1776 = add i32 %1775, %0
	%1777 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1776
	store i32 0, i32 addrspace(3)* %1777
	%1778 = add i32 %1766, %1770
	%1779 = mul i32 5, 256
	%1780 = add i32 %1779, %0
	%1781 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1780
	%1782 = load i32, i32 addrspace(3)* %1781
	%1783 = mul i32 5, 256
	%1784 = add i32 %1783, %0
	%1785 = add i32 2048, %1784
	%1786 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1785
	store i32 %1778, i32 addrspace(3)* %1786
	%1787 = mul i32 5, 256
	%1788 = add i32 %1787, %0
	%1789 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1788
	store i32 0, i32 addrspace(3)* %1789
	%1790 = add i32 %1778, %1782
	%1791 = mul i32 6, 256
	%1792 = add i32 %1791, %0
	%1793 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1792
	%1794 = load i32, i32 addrspace(3)* %1793
	%1795 = mul i32 6, 256
	%1796 = add i32 %1795, %0
	%1797 = add i32 2048, %1796
	%1798 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1797
	store i32 %1790, i32 addrspace(3)* %1798
	%1799 = mul i32 6, 256
	%1800 = add i32 %1799, %0
	%1801 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1800
	store i32 0, i32 addrspace(3)* %1801
	%1802 = add i32 %1790, %1794
	%1803 = mul i32 7, 256
	%1804 = add i32 %1803, %0
	%1805 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1804
	%1806 = load i32, i32 addrspace(3)* %1805
	%1807 = mul i32 7, 256
	%1808 = add i32 %1807, %0
	%1809 = add i32 2048, %1808
	%1810 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1809
	store i32 %1802, i32 addrspace(3)* %1810
	%1811 = mul i32 7, 256
	%1812 = add i32 %1811, %0
	%1813 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1812
	store i32 0, i32 addrspace(3)* %1813
	%1814 = add i32 %1802, %1806
	call void @llvm.nvvm.barrier0()
	%1815 = select i1 %1439, i32 %1452, i32 0
	%1816 = mul i32 %4, 256
	%1817 = add i32 %1816, %1815
	%1818 = add i32 2048, %1817
	%1819 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1818
	%1820 = load i32, i32 addrspace(3)* %1819
	%1821 = add i32 %1562, %1820
	%1822 = select i1 %1454, i32 %1466, i32 0
	%1823 = mul i32 %4, 256
	%1824 = add i32 %1823, %1822
	%1825 = add i32 2048, %1824
	%1826 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1825
	%1827 = load i32, i32 addrspace(3)* %1826
	%1828 = add i32 %1583, %1827
	%1829 = select i1 %1468, i32 %1480, i32 0
	%1830 = mul i32 %4, 256
	%1831 = add i32 %1830, %1829
	%1832 = add i32 2048, %1831
	%1833 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1832
	%1834 = load i32, i32 addrspace(3)* %1833
	%1835 = add i32 %1604, %1834
	%1836 = select i1 %1482, i32 %1494, i32 0
	%1837 = mul i32 %4, 256
	%1838 = add i32 %1837, %1836
	%1839 = add i32 2048, %1838
	%1840 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1839
	%1841 = load i32, i32 addrspace(3)* %1840
	%1842 = add i32 %1625, %1841
	%1843 = select i1 %1496, i32 %1508, i32 0
	%1844 = mul i32 %4, 256
	%1845 = add i32 %1844, %1843
	%1846 = add i32 2048, %1845
	%1847 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1846
	%1848 = load i32, i32 addrspace(3)* %1847
	%1849 = add i32 %1646, %1848
	%1850 = select i1 %1510, i32 %1522, i32 0
	%1851 = mul i32 %4, 256
	%1852 = add i32 %1851, %1850
	%1853 = add i32 2048, %1852
	%1854 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1853
	%1855 = load i32, i32 addrspace(3)* %1854
	%1856 = add i32 %1667, %1855
	%1857 = select i1 %1524, i32 %1536, i32 0
	%1858 = mul i32 %4, 256
	%1859 = add i32 %1858, %1857
	%1860 = add i32 2048, %1859
	%1861 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1860
	%1862 = load i32, i32 addrspace(3)* %1861
	%1863 = add i32 %1688, %1862
	%1864 = select i1 %1538, i32 %1550, i32 0
	%1865 = mul i32 %4, 256
	%1866 = add i32 %1865, %1864
	%1867 = add i32 2048, %1866
	%1868 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1867
	%1869 = load i32, i32 addrspace(3)* %1868
	%1870 = add i32 %1709, %1869
	%1871 = and i32 %0, 31
	%1872 = lshr i32 %0, 5
	%1873 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1814, i32 1, i32 0)
	%1874 = icmp uge i32 %1871, 1
	%1875 = select i1 %1874, i32 %1873, i32 0
	%1876 = add i32 %1814, %1875
	%1877 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1876, i32 2, i32 0)
	%1878 = icmp uge i32 %1871, 2
	%1879 = select i1 %1878, i32 %1877, i32 0
	%1880 = add i32 %1876, %1879
	%1881 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1880, i32 4, i32 0)
	%1882 = icmp uge i32 %1871, 4
	%1883 = select i1 %1882, i32 %1881, i32 0
	%1884 = add i32 %1880, %1883
	%1885 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1884, i32 8, i32 0)
	%1886 = icmp uge i32 %1871, 8
	%1887 = select i1 %1886, i32 %1885, i32 0
	%1888 = add i32 %1884, %1887
	%1889 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1888, i32 16, i32 0)
	%1890 = icmp uge i32 %1871, 16
	%1891 = select i1 %1890, i32 %1889, i32 0
	%1892 = add i32 %1888, %1891
	%1893 = icmp eq i32 %1871, 31
	br i1 %1893, label %1894, label %1896

1894:
	%1895 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %1872
	store i32 %1892, i32 addrspace(3)* %1895
	br label %1896

1896:
	call void @llvm.nvvm.barrier0()
	%1897 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%1898 = load i32, i32 addrspace(3)* %1897
	%1899 = icmp sgt i32 %1872, 0
	%1900 = select i1 %1899, i32 %1898, i32 0
	%1901 = add i32 0, %1900
	%1902 = add i32 0, %1898
	%1903 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%1904 = load i32, i32 addrspace(3)* %1903
	%1905 = icmp sgt i32 %1872, 1
	%1906 = select i1 %1905, i32 %1904, i32 0
	%1907 = add i32 %1901, %1906
	%1908 = add i32 %1902, %1904
	%1909 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%1910 = load i32, i32 addrspace(3)* %1909
	%1911 = icmp sgt i32 %1872, 2
	%1912 = select i1 %1911, i32 %1910, i32 0
	%1913 = add i32 %1907, %1912
	%1914 = add i32 %1908, %1910
	%1915 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%1916 = load i32, i32 addrspace(3)* %1915
	%1917 = icmp sgt i32 %1872, 3
	%1918 = select i1 %1917, i32 %1916, i32 0
	%1919 = add i32 %1913, %1918
	%1920 = add i32 %1914, %1916
	%1921 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%1922 = load i32, i32 addrspace(3)* %1921
	%1923 = icmp sgt i32 %1872, 4
	%1924 = select i1 %1923, i32 %1922, i32 0
	%1925 = add i32 %1919, %1924
	%1926 = add i32 %1920, %1922
	%1927 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%1928 = load i32, i32 addrspace(3)* %1927
	%1929 = icmp sgt i32 %1872, 5
	%1930 = select i1 %1929, i32 %1928, i32 0
	%1931 = add i32 %1925, %1930
	%1932 = add i32 %1926, %1928
	%1933 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%1934 = load i32, i32 addrspace(3)* %1933
	%1935 = icmp sgt i32 %1872, 6
	%1936 = select i1 %1935, i32 %1934, i32 0
	%1937 = add i32 %1931, %1936
	%1938 = add i32 %1932, %1934
	%1939 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%1940 = load i32, i32 addrspace(3)* %1939
	%1941 = icmp sgt i32 %1872, 7
	%1942 = select i1 %1941, i32 %1940, i32 0
	%1943 = add i32 %1937, %1942
	%1944 = add i32 %1938, %1940
	%1945 = add i32 %1943, %1892
	%1946 = sub i32 %1945, %1814
	%1947 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %1946, i32 addrspace(3)* %1947
	call void @llvm.nvvm.barrier0()
	br i1 %1439, label %1948, label %1956

1948:
	%1949 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1452
	%1950 = load i32, i32 addrspace(3)* %1949
	%1951 = add i32 %1950, %1821
	%1952 = add i32 %1951, u0x1000
	%1953 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1952
	store i32 %1449, i32 addrspace(3)* %1953
	%1954 = add i32 %1951, 6144
	%1955 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1954
	store i32 %1450, i32 addrspace(3)* %1955
	br label %1956

1956:
	br i1 %1454, label %1957, label %1965

1957:
	%1958 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1466
	%1959 = load i32, i32 addrspace(3)* %1958
	%1960 = add i32 %1959, %1828
	%1961 = add i32 %1960, u0x1000
	%1962 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1961
	store i32 %1463, i32 addrspace(3)* %1962
	%1963 = add i32 %1960, 6144
	%1964 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1963
	store i32 %1464, i32 addrspace(3)* %1964
	br label %1965

1965:
	br i1 %1468, label %1966, label %1974

1966:
	%1967 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1480
	%1968 = load i32, i32 addrspace(3)* %1967
	%1969 = add i32 %1968, %1835
	%1970 = add i32 %1969, u0x1000
	%1971 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1970
	store i32 %1477, i32 addrspace(3)* %1971
	%1972 = add i32 %1969, 6144
	%1973 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1972
	store i32 %1478, i32 addrspace(3)* %1973
	br label %1974

1974:
	br i1 %1482, label %1975, label %1983

1975:
	%1976 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1494
	%1977 = load i32, i32 addrspace(3)* %1976
	%1978 = add i32 %1977, %1842
	%1979 = add i32 %1978, u0x1000
	%1980 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1979
	store i32 %1491, i32 addrspace(3)* %1980
	%1981 = add i32 %1978, 6144
	%1982 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1981
	store i32 %1492, i32 addrspace(3)* %1982
	br label %1983

1983:
	br i1 %1496, label %1984, label %1992

1984:
	%1985 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1508
	%1986 = load i32, i32 addrspace(3)* %1985
	%1987 = add i32 %1986, %1849
	%1988 = add i32 %1987, u0x1000
	%1989 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1988
	store i32 %1505, i32 addrspace(3)* %1989
	%1990 = add i32 %1987, 6144
	%1991 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1990
	store i32 %1506, i32 addrspace(3)* %1991
	br label %1992

1992:
	br i1 %1510, label %1993, label %2001

1993:
	%1994 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1522
	%1995 = load i32, i32 addrspace(3)* %1994
	%1996 = add i32 %1995, %1856
	%1997 = add i32 %1996, u0x1000
	%1998 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1997
	store i32 %1519, i32 addrspace(3)* %1998
	%1999 = add i32 %1996, 6144
	%2000 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1999
	store i32 %1520, i32 addrspace(3)* %2000
	br label %2001

2001:
	br i1 %1524, label %2002, label %2010

2002:
	%2003 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1536
	%2004 = load i32, i32 addrspace(3)* %2003
	%2005 = add i32 %2004, %1863
	%2006 = add i32 %2005, u0x1000
	%2007 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2006
	store i32 %1533, i32 addrspace(3)* %2007
	%2008 = add i32 %2005, 6144
	%2009 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2008
	store i32 %1534, i32 addrspace(3)* %2009
	br label %2010

2010:
	br i1 %1538, label %2011, label %2019

2011:
	%2012 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1550
	%2013 = load i32, i32 addrspace(3)* %2012
	%2014 = add i32 %2013, %1870
	%2015 = add i32 %2014, u0x1000
	%2016 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2015
	store i32 %1547, i32 addrspace(3)* %2016
	%2017 = add i32 %2014, 6144
	%2018 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2017
	store i32 %1548, i32 addrspace(3)* %2018
	br label %2019

2019:
	call void @llvm.nvvm.barrier0()
	%2020 = sub i32 %9, %1432
	%2021 = icmp slt i32 2048, %2020
	%2022 = select i1 %2021, i32 2048, i32 %2020
	%2023 = add i32 0, %0
	%2024 = icmp slt i32 %2023, %2022
	br i1 %2024, label %2025, label %2047

2025:
	%2026 = add i32 %2023, u0x1000
	%2027 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2026
	%2028 = load i32, i32 addrspace(3)* %2027
	%2029 = lshr i32 %2028, 0
	%2030 = and i32 %2029, 255
	%2031 = add i32 %2030, 0
	%2032 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2031
	%2033 = load i32, i32 addrspace(3)* %2032
	%2034 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2030
	%2035 = load i32, i32 addrspace(3)* %2034
	%2036 = sub i32 %2023, %2035
	%2037 = add i32 %2033, %2036
	%2038 = mul i32 %2037, 2
	%2039 = sext i32 %2038 to i64
	%2040 = getelementptr i32, i32* %50, i64 %2039
	store i32 %2028, i32* %2040
	%2041 = add i32 %2023, 6144
	%2042 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2041
	%2043 = load i32, i32 addrspace(3)* %2042
	%2044 = mul i32 %2037, 2
	%2045 = sext i32 %2044 to i64
	%2046 = getelementptr i32, i32* %49, i64 %2045
	store i32 %2043, i32* %2046
	br label %2047

2047:
	%2048 = add i32 256, %0
	%2049 = icmp slt i32 %2048, %2022
	br i1 %2049, label %2050, label %2072

2050:
	%2051 = add i32 %2048, u0x1000
	%2052 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2051
	%2053 = load i32, i32 addrspace(3)* %2052
	%2054 = lshr i32 %2053, 0
	%2055 = and i32 %2054, 255
	%2056 = add i32 %2055, 0
	%2057 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2056
	%2058 = load i32, i32 addrspace(3)* %2057
	%2059 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2055
	%2060 = load i32, i32 addrspace(3)* %2059
	%2061 = sub i32 %2048, %2060
	%2062 = add i32 %2058, %2061
	%2063 = mul i32 %2062, 2
	%2064 = sext i32 %2063 to i64
	%2065 = getelementptr i32, i32* %50, i64 %2064
	store i32 %2053, i32* %2065
	%2066 = add i32 %2048, 6144
	%2067 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2066
	%2068 = load i32, i32 addrspace(3)* %2067
	%2069 = mul i32 %2062, 2
	%2070 = sext i32 %2069 to i64
	%2071 = getelementptr i32, i32* %49, i64 %2070
	store i32 %2068, i32* %2071
	br label %2072

2072:
	%2073 = add i32 512, %0
	%2074 = icmp slt i32 %2073, %2022
	br i1 %2074, label %2075, label %2097

2075:
	%2076 = add i32 %2073, u0x1000
	%2077 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2076
	%2078 = load i32, i32 addrspace(3)* %2077
	%2079 = lshr i32 %2078, 0
	%2080 = and i32 %2079, 255
	%2081 = add i32 %2080, 0
	%2082 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2081
	%2083 = load i32, i32 addrspace(3)* %2082
	%2084 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2080
	%2085 = load i32, i32 addrspace(3)* %2084
	%2086 = sub i32 %2073, %2085
	%2087 = add i32 %2083, %2086
	%2088 = mul i32 %2087, 2
	%2089 = sext i32 %2088 to i64
	%2090 = getelementptr i32, i32* %50, i64 %2089
	store i32 %2078, i32* %2090
	%2091 = add i32 %2073, 6144
	%2092 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2091
	%2093 = load i32, i32 addrspace(3)* %2092
	%2094 = mul i32 %2087, 2
	%2095 = sext i32 %2094 to i64
	%2096 = getelementptr i32, i32* %49, i64 %2095
	store i32 %2093, i32* %2096
	br label %2097

2097:
	%2098 = add i32 768, %0
	%2099 = icmp slt i32 %2098, %2022
	br i1 %2099, label %2100, label %2122

2100:
	%2101 = add i32 %2098, u0x1000
	%2102 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2101
	%2103 = load i32, i32 addrspace(3)* %2102
	%2104 = lshr i32 %2103, 0
	%2105 = and i32 %2104, 255
	%2106 = add i32 %2105, 0
	%2107 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2106
	%2108 = load i32, i32 addrspace(3)* %2107
	%2109 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2105
	%2110 = load i32, i32 addrspace(3)* %2109
	%2111 = sub i32 %2098, %2110
	%2112 = add i32 %2108, %2111
	%2113 = mul i32 %2112, 2
	%2114 = sext i32 %2113 to i64
	%2115 = getelementptr i32, i32* %50, i64 %2114
	store i32 %2103, i32* %2115
	%2116 = add i32 %2098, 6144
	%2117 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2116
	%2118 = load i32, i32 addrspace(3)* %2117
	%2119 = mul i32 %2112, 2
	%2120 = sext i32 %2119 to i64
	%2121 = getelementptr i32, i32* %49, i64 %2120
	store i32 %2118, i32* %2121
	br label %2122

2122:
	%2123 = add i32 1024, %0
	%2124 = icmp slt i32 %2123, %2022
	br i1 %2124, label %2125, label %2147

2125:
	%2126 = add i32 %2123, u0x1000
	%2127 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2126
	%2128 = load i32, i32 addrspace(3)* %2127
	%2129 = lshr i32 %2128, 0
	%2130 = and i32 %2129, 255
	%2131 = add i32 %2130, 0
	%2132 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2131
	%2133 = load i32, i32 addrspace(3)* %2132
	%2134 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2130
	%2135 = load i32, i32 addrspace(3)* %2134
	%2136 = sub i32 %2123, %2135
	%2137 = add i32 %2133, %2136
	%2138 = mul i32 %2137, 2
	%2139 = sext i32 %2138 to i64
	%2140 = getelementptr i32, i32* %50, i64 %2139
	store i32 %2128, i32* %2140
	%2141 = add i32 %2123, 6144
	%2142 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2141
	%2143 = load i32, i32 addrspace(3)* %2142
	%2144 = mul i32 %2137, 2
	%2145 = sext i32 %2144 to i64
	%2146 = getelementptr i32, i32* %49, i64 %2145
	store i32 %2143, i32* %2146
	br label %2147

2147:
	%2148 = add i32 1280, %0
	%2149 = icmp slt i32 %2148, %2022
	br i1 %2149, label %2150, label %2172

2150:
	%2151 = add i32 %2148, u0x1000
	%2152 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2151
	%2153 = load i32, i32 addrspace(3)* %2152
	%2154 = lshr i32 %2153, 0
	%2155 = and i32 %2154, 255
	%2156 = add i32 %2155, 0
	%2157 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2156
	%2158 = load i32, i32 addrspace(3)* %2157
	%2159 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2155
	%2160 = load i32, i32 addrspace(3)* %2159
	%2161 = sub i32 %2148, %2160
	%2162 = add i32 %2158, %2161
	%2163 = mul i32 %2162, 2
	%2164 = sext i32 %2163 to i64
	%2165 = getelementptr i32, i32* %50, i64 %2164
	store i32 %2153, i32* %2165
	%2166 = add i32 %2148, 6144
	%2167 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2166
	%2168 = load i32, i32 addrspace(3)* %2167
	%2169 = mul i32 %2162, 2
	%2170 = sext i32 %2169 to i64
	%2171 = getelementptr i32, i32* %49, i64 %2170
	store i32 %2168, i32* %2171
	br label %2172

2172:
	%2173 = add i32 1536, %0
	%2174 = icmp slt i32 %2173, %2022
	br i1 %2174, label %2175, label %2197

2175:
	%2176 = add i32 %2173, u0x1000
	%2177 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2176
	%2178 = load i32, i32 addrspace(3)* %2177
	%2179 = lshr i32 %2178, 0
	%2180 = and i32 %2179, 255
	%2181 = add i32 %2180, 0
	%2182 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2181
	%2183 = load i32, i32 addrspace(3)* %2182
	%2184 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2180
	%2185 = load i32, i32 addrspace(3)* %2184
	%2186 = sub i32 %2173, %2185
	%2187 = add i32 %2183, %2186
	%2188 = mul i32 %2187, 2
	%2189 = sext i32 %2188 to i64
	%2190 = getelementptr i32, i32* %50, i64 %2189
	store i32 %2178, i32* %2190
	%2191 = add i32 %2173, 6144
	%2192 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2191
	%2193 = load i32, i32 addrspace(3)* %2192
	%2194 = mul i32 %2187, 2
	%2195 = sext i32 %2194 to i64
	%2196 = getelementptr i32, i32* %49, i64 %2195
	store i32 %2193, i32* %2196
	br label %2197

2197:
	%2198 = add i32 1792, %0
	%2199 = icmp slt i32 %2198, %2022
	br i1 %2199, label %2200, label %2222

2200:
	%2201 = add i32 %2198, u0x1000
	%2202 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2201
	%2203 = load i32, i32 addrspace(3)* %2202
	%2204 = lshr i32 %2203, 0
	%2205 = and i32 %2204, 255
	%2206 = add i32 %2205, 0
	%2207 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2206
	%2208 = load i32, i32 addrspace(3)* %2207
	%2209 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2205
	%2210 = load i32, i32 addrspace(3)* %2209
	%2211 = sub i32 %2198, %2210
	%2212 = add i32 %2208, %2211
	%2213 = mul i32 %2212, 2
	%2214 = sext i32 %2213 to i64
	%2215 = getelementptr i32, i32* %50, i64 %2214
	store i32 %2203, i32* %2215
	%2216 = add i32 %2198, 6144
	%2217 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2216
	%2218 = load i32, i32 addrspace(3)* %2217
	%2219 = mul i32 %2212, 2
	%2220 = sext i32 %2219 to i64
	%2221 = getelementptr i32, i32* %49, i64 %2220
	store i32 %2218, i32* %2221
	br label %2222

2222:
	call void @llvm.nvvm.barrier0()
	%2223 = add i32 %0, 0
	%2224 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2223
	%2225 = load i32, i32 addrspace(3)* %2224
	%2226 = add i32 %2225, %1814
	%2227 = add i32 %0, 0
	%2228 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2227
	store i32 %2226, i32 addrspace(3)* %2228
	%2229 = add i32 %1432, 2048
	br label %1431

2230:
	%2231 = phi i32 [ 0, %1440 ], [ %3028, %3021 ]
	%2232 = icmp slt i32 %2231, %9
	br i1 %2232, label %2233, label %2239

2233:
	%2234 = mul i32 %4, 256
	%2235 = add i32 %2234, %3
	%2236 = add i32 %2231, %2235
	%2237 = add i32 %2236, 0
	%2238 = icmp slt i32 %2237, %9
	br i1 %2238, label %2240, label %2249

2239:
	call void @llvm.nvvm.barrier0()
	br label %3029

2240:
	%2241 = mul i32 %2237, 2
	%2242 = sext i32 %2241 to i64
	%2243 = getelementptr i32, i32* %50, i64 %2242
	%2244 = load i32, i32* %2243
	%2245 = mul i32 %2237, 2
	%2246 = sext i32 %2245 to i64
	%2247 = getelementptr i32, i32* %49, i64 %2246
	%2248 = load i32, i32* %2247
	br label %2249

2249:
	%2250 = phi i32 [ 0, %2233 ], [ %2244, %2240 ]
	%2251 = phi i32 [ 0, %2233 ], [ %2248, %2240 ]
	%2252 = lshr i32 %2250, 8
	%2253 = and i32 %2252, 255
	%2254 = add i32 %2236, 32
	%2255 = icmp slt i32 %2254, %9
	br i1 %2255, label %2256, label %2265

2256:
	%2257 = mul i32 %2254, 2
	%2258 = sext i32 %2257 to i64
	%2259 = getelementptr i32, i32* %50, i64 %2258
	%2260 = load i32, i32* %2259
	%2261 = mul i32 %2254, 2
	%2262 = sext i32 %2261 to i64
	%2263 = getelementptr i32, i32* %49, i64 %2262
	%2264 = load i32, i32* %2263
	br label %2265

2265:
	%2266 = phi i32 [ 0, %2249 ], [ %2260, %2256 ]
	%2267 = phi i32 [ 0, %2249 ], [ %2264, %2256 ]
	%2268 = lshr i32 %2266, 8
	%2269 = and i32 %2268, 255
	%2270 = add i32 %2236, 64
	%2271 = icmp slt i32 %2270, %9
	br i1 %2271, label %2272, label %2281

2272:
	%2273 = mul i32 %2270, 2
	%2274 = sext i32 %2273 to i64
	%2275 = getelementptr i32, i32* %50, i64 %2274
	%2276 = load i32, i32* %2275
	%2277 = mul i32 %2270, 2
	%2278 = sext i32 %2277 to i64
	%2279 = getelementptr i32, i32* %49, i64 %2278
	%2280 = load i32, i32* %2279
	br label %2281

2281:
	%2282 = phi i32 [ 0, %2265 ], [ %2276, %2272 ]
	%2283 = phi i32 [ 0, %2265 ], [ %2280, %2272 ]
	%2284 = lshr i32 %2282, 8
	%2285 = and i32 %2284, 255
	%2286 = add i32 %2236, 96
	%2287 = icmp slt i32 %2286, %9
	br i1 %2287, label %2288, label %2297

2288:
	%2289 = mul i32 %2286, 2
	%2290 = sext i32 %2289 to i64
	%2291 = getelementptr i32, i32* %50, i64 %2290
	%2292 = load i32, i32* %2291
	%2293 = mul i32 %2286, 2
	%2294 = sext i32 %2293 to i64
	%2295 = getelementptr i32, i32* %49, i64 %2294
	%2296 = load i32, i32* %2295
	br label %2297

2297:
	%2298 = phi i32 [ 0, %2281 ], [ %2292, %2288 ]
	%2299 = phi i32 [ 0, %2281 ], [ %2296, %2288 ]
	%2300 = lshr i32 %2298, 8
	%2301 = and i32 %2300, 255
	%2302 = add i32 %2236, 128
	%2303 = icmp slt i32 %2302, %9
	br i1 %2303, label %2304, label %2313

2304:
	%2305 = mul i32 %2302, 2
	%2306 = sext i32 %2305 to i64
	%2307 = getelementptr i32, i32* %50, i64 %2306
	%2308 = load i32, i32* %2307
	%2309 = mul i32 %2302, 2
	%2310 = sext i32 %2309 to i64
	%2311 = getelementptr i32, i32* %49, i64 %2310
	%2312 = load i32, i32* %2311
	br label %2313

2313:
	%2314 = phi i32 [ 0, %2297 ], [ %2308, %2304 ]
	%2315 = phi i32 [ 0, %2297 ], [ %2312, %2304 ]
	%2316 = lshr i32 %2314, 8
	%2317 = and i32 %2316, 255
	%2318 = add i32 %2236, 160
	%2319 = icmp slt i32 %2318, %9
	br i1 %2319, label %2320, label %2329

2320:
	%2321 = mul i32 %2318, 2
	%2322 = sext i32 %2321 to i64
	%2323 = getelementptr i32, i32* %50, i64 %2322
	%2324 = load i32, i32* %2323
	%2325 = mul i32 %2318, 2
	%2326 = sext i32 %2325 to i64
	%2327 = getelementptr i32, i32* %49, i64 %2326
	%2328 = load i32, i32* %2327
	br label %2329

2329:
	%2330 = phi i32 [ 0, %2313 ], [ %2324, %2320 ]
	%2331 = phi i32 [ 0, %2313 ], [ %2328, %2320 ]
	%2332 = lshr i32 %2330, 8
	%2333 = and i32 %2332, 255
	%2334 = add i32 %2236, 192
	%2335 = icmp slt i32 %2334, %9
	br i1 %2335, label %2336, label %2345

2336:
	%2337 = mul i32 %2334, 2
	%2338 = sext i32 %2337 to i64
	%2339 = getelementptr i32, i32* %50, i64 %2338
	%2340 = load i32, i32* %2339
	%2341 = mul i32 %2334, 2
	%2342 = sext i32 %2341 to i64
	%2343 = getelementptr i32, i32* %49, i64 %2342
	%2344 = load i32, i32* %2343
	br label %2345

2345:
	%2346 = phi i32 [ 0, %2329 ], [ %2340, %2336 ]
	%2347 = phi i32 [ 0, %2329 ], [ %2344, %2336 ]
	%2348 = lshr i32 %2346, 8
	%2349 = and i32 %2348, 255
	%2350 = add i32 %2236, 224
	%2351 = icmp slt i32 %2350, %9
	br i1 %2351, label %2352, label %2361

2352:
	%2353 = mul i32 %2350, 2
	%2354 = sext i32 %2353 to i64
	%2355 = getelementptr i32, i32* %50, i64 %2354
	%2356 = load i32, i32* %2355
	%2357 = mul i32 %2350, 2
	%2358 = sext i32 %2357 to i64
	%2359 = getelementptr i32, i32* %49, i64 %2358
	%2360 = load i32, i32* %2359
	br label %2361

2361:
	%2362 = phi i32 [ 0, %2345 ], [ %2356, %2352 ]
	%2363 = phi i32 [ 0, %2345 ], [ %2360, %2352 ]
	%2364 = lshr i32 %2362, 8
	%2365 = and i32 %2364, 255
	%2366 = select i1 %2238, i32 %2253, i32 256
	%2367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2366)
	%2368 = and i32 %2367, %1430
	%2369 = call i32 @llvm.ctpop.i32(i32 %2368)
	br i1 %2238, label %2370, label %2375

2370:
	%2371 = mul i32 %4, 256
	%2372 = add i32 %2371, %2253
	%2373 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2372
	%2374 = load i32, i32 addrspace(3)* %2373
	br label %2375

2375:
	%2376 = phi i32 [ 0, %2361 ], [ %2374, %2370 ]
	%2377 = add i32 %2376, %2369
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2378 = icmp eq i32 %2369, 0
	%2379 = and i1 %2238, %2378
	br i1 %2379, label %2380, label %2386

2380:
	%2381 = call i32 @llvm.ctpop.i32(i32 %2367)
	%2382 = add i32 %2376, %2381
	%2383 = mul i32 %4, 256
	%2384 = add i32 %2383, %2253
	%2385 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2384
	store i32 %2382, i32 addrspace(3)* %2385
	br label %2386

2386:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2387 = select i1 %2255, i32 %2269, i32 256
	%2388 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2387)
	%2389 = and i32 %2388, %1430
	%2390 = call i32 @llvm.ctpop.i32(i32 %2389)
	br i1 %2255, label %2391, label %2396

2391:
	%2392 = mul i32 %4, 256
	%2393 = add i32 %2392, %2269
	%2394 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2393
	%2395 = load i32, i32 addrspace(3)* %2394
	br label %2396

2396:
	%2397 = phi i32 [ 0, %2386 ], [ %2395, %2391 ]
	%2398 = add i32 %2397, %2390
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2399 = icmp eq i32 %2390, 0
	%2400 = and i1 %2255, %2399
	br i1 %2400, label %2401, label %2407

2401:
	%2402 = call i32 @llvm.ctpop.i32(i32 %2388)
	%2403 = add i32 %2397, %2402
	%2404 = mul i32 %4, 256
	%2405 = add i32 %2404, %2269
	%2406 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2405
	store i32 %2403, i32 addrspace(3)* %2406
	br label %2407

2407:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2408 = select i1 %2271, i32 %2285, i32 256
	%2409 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2408)
	%2410 = and i32 %2409, %1430
	%2411 = call i32 @llvm.ctpop.i32(i32 %2410)
	br i1 %2271, label %2412, label %2417

2412:
	%2413 = mul i32 %4, 256
	%2414 = add i32 %2413, %2285
	%2415 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2414
	%2416 = load i32, i32 addrspace(3)* %2415
	br label %2417

2417:
	%2418 = phi i32 [ 0, %2407 ], [ %2416, %2412 ]
	%2419 = add i32 %2418, %2411
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2420 = icmp eq i32 %2411, 0
	%2421 = and i1 %2271, %2420
	br i1 %2421, label %2422, label %2428

2422:
	%2423 = call i32 @llvm.ctpop.i32(i32 %2409)
	%2424 = add i32 %2418, %2423
	%2425 = mul i32 %4, 256
	%2426 = add i32 %2425, %2285
	%2427 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2426
	store i32 %2424, i32 addrspace(3)* %2427
	br label %2428

2428:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2429 = select i1 %2287, i32 %2301, i32 256
	%2430 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2429)
	%2431 = and i32 %2430, %1430
	%2432 = call i32 @llvm.ctpop.i32(i32 %2431)
	br i1 %2287, label %2433, label %2438

2433:
	%2434 = mul i32 %4, 256
	%2435 = add i32 %2434, %2301
	%2436 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2435
	%2437 = load i32, i32 addrspace(3)* %2436
	br label %2438

2438:
	%2439 = phi i32 [ 0, %2428 ], [ %2437, %2433 ]
	%2440 = add i32 %2439, %2432
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2441 = icmp eq i32 %2432, 0
	%2442 = and i1 %2287, %2441
	br i1 %2442, label %2443, label %2449

2443:
	%2444 = call i32 @llvm.ctpop.i32(i32 %2430)
	%2445 = add i32 %2439, %2444
	%2446 = mul i32 %4, 256
	%2447 = add i32 %2446, %2301
	%2448 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2447
	store i32 %2445, i32 addrspace(3)* %2448
	br label %2449

2449:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2450 = select i1 %2303, i32 %2317, i32 256
	%2451 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2450)
	%2452 = and i32 %2451, %1430
	%2453 = call i32 @llvm.ctpop.i32(i32 %2452)
	br i1 %2303, label %2454, label %2459

2454:
	%2455 = mul i32 %4, 256
	%2456 = add i32 %2455, %2317
	%2457 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2456
	%2458 = load i32, i32 addrspace(3)* %2457
	br label %2459

2459:
	%2460 = phi i32 [ 0, %2449 ], [ %2458, %2454 ]
	%2461 = add i32 %2460, %2453
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2462 = icmp eq i32 %2453, 0
	%2463 = and i1 %2303, %2462
	br i1 %2463, label %2464, label %2470

2464:
	%2465 = call i32 @llvm.ctpop.i32(i32 %2451)
	%2466 = add i32 %2460, %2465
	%2467 = mul i32 %4, 256
	%2468 = add i32 %2467, %2317
	%2469 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2468
	store i32 %2466, i32 addrspace(3)* %2469
	br label %2470

2470:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2471 = select i1 %2319, i32 %2333, i32 256
	%2472 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2471)
	%2473 = and i32 %2472, %1430
	%2474 = call i32 @llvm.ctpop.i32(i32 %2473)
	br i1 %2319, label %2475, label %2480

2475:
	%2476 = mul i32 %4, 256
	%2477 = add i32 %2476, %2333
	%2478 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2477
	%2479 = load i32, i32 addrspace(3)* %2478
	br label %2480

2480:
	%2481 = phi i32 [ 0, %2470 ], [ %2479, %2475 ]
	%2482 = add i32 %2481, %2474
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2483 = icmp eq i32 %2474, 0
	%2484 = and i1 %2319, %2483
	br i1 %2484, label %2485, label %2491

2485:
	%2486 = call i32 @llvm.ctpop.i32(i32 %2472)
	%2487 = add i32 %2481, %2486
	%2488 = mul i32 %4, 256
	%2489 = add i32 %2488, %2333
	%2490 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2489
	store i32 %2487, i32 addrspace(3)* %2490
	br label %2491

2491:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2492 = select i1 %2335, i32 %2349, i32 256
	%2493 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2492)
	%2494 = and i32 %2493, %1430
	%2495 = call i32 @llvm.ctpop.i32(i32 %2494)
	br i1 %2335, label %2496, label %2501

2496:
	%2497 = mul i32 %4, 256
	%2498 = add i32 %2497, %2349
	%2499 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2498
	%2500 = load i32, i32 addrspace(3)* %2499
	br label %2501

2501:
	%2502 = phi i32 [ 0, %2491 ], [ %2500, %2496 ]
	%2503 = add i32 %2502, %2495
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2504 = icmp eq i32 %2495, 0
	%2505 = and i1 %2335, %2504
	br i1 %2505, label %2506, label %2512

2506:
	%2507 = call i32 @llvm.ctpop.i32(i32 %2493)
	%2508 = add i32 %2502, %2507
	%2509 = mul i32 %4, 256
	%2510 = add i32 %2509, %2349
	%2511 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2510
	store i32 %2508, i32 addrspace(3)* %2511
	br label %2512

2512:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2513 = select i1 %2351, i32 %2365, i32 256
	%2514 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2513)
	%2515 = and i32 %2514, %1430
	%2516 = call i32 @llvm.ctpop.i32(i32 %2515)
	br i1 %2351, label %2517, label %2522

2517:
	%2518 = mul i32 %4, 256
	%2519 = add i32 %2518, %2365
	%2520 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2519
	%2521 = load i32, i32 addrspace(3)* %2520
	br label %2522

2522:
	%2523 = phi i32 [ 0, %2512 ], [ %2521, %2517 ]
	%2524 = add i32 %2523, %2516
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2525 = icmp eq i32 %2516, 0
	%2526 = and i1 %2351, %2525
	br i1 %2526, label %2527, label %2533

2527:
	%2528 = call i32 @llvm.ctpop.i32(i32 %2514)
	%2529 = add i32 %2523, %2528
	%2530 = mul i32 %4, 256
	%2531 = add i32 %2530, %2365
	%2532 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2531
	store i32 %2529, i32 addrspace(3)* %2532
	br label %2533

2533:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%2534 = mul i32 0, 256
	%2535 = add i32 %2534, %0
	%2536 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2535
	%2537 = load i32, i32 addrspace(3)* %2536
	%2538 = mul i32 0, 256
	%2539 = add i32 %2538, %0
	%2540 = add i32 2048, %2539
	%2541 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2540
	store i32 0, i32 addrspace(3)* %2541
	%2542 = mul i32 0, 256
	%2543 = add i32 %2542, %0
	%2544 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2543
	store i32 0, i32 addrspace(3)* %2544
	%2545 = add i32 0, %2537
	%2546 = mul i32 1, 256
	%2547 = add i32 %2546, %0
	%2548 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2547
	%2549 = load i32, i32 addrspace(3)* %2548
	%2550 = mul i32 1, 256
	%2551 = add i32 %2550, %0
	%2552 = add i32 2048, %2551
	%2553 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2552
	store i32 %2545, i32 addrspace(3)* %2553
	%2554 = mul i32 1, 256
	%2555 = add i32 %2554, %0
	%2556 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2555
	store i32 0, i32 addrspace(3)* %2556
	%2557 = add i32 %2545, %2549
	%2558 = mul i32 2, 256
	%2559 = add i32 %2558, %0
	%2560 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2559
	%2561 = load i32, i32 addrspace(3)* %2560
	%2562 = mul i32 2, 256
	%2563 = add i32 %2562, %0
	%2564 = add i32 2048, %2563
	%2565 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2564
	store i32 %2557, i32 addrspace(3)* %2565
	%2566 = mul i32 2, 256
	%2567 = add i32 %2566, %0
	%2568 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2567
	store i32 0, i32 addrspace(3)* %2568
	%2569 = add i32 %2557, %2561
	%2570 = mul i32 3, 256
	%2571 = add i32 %2570, %0
	%2572 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2571
	%2573 = load i32, i32 addrspace(3)* %2572
	%2574 = mul i32 3, 256
	%2575 = add i32 %2574, %0
	%2576 = add i32 2048, %2575
	%2577 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2576
	store i32 %2569, i32 addrspace(3)* %2577
	%2578 = mul i32 3, 256
	%2579 = add i32 %2578, %0
	%2580 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2579
	store i32 0, i32 addrspace(3)* %2580
	%2581 = add i32 %2569, %2573
	%2582 = mul i32 4, 256
	%2583 = add i32 %2582, %0
	%2584 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2583
	%2585 = load i32, i32 addrspace(3)* %2584
	%2586 = mul i32 4, 256
	%2587 = add i32 %2586, %0
	%2588 = add i32 2048, %2587
	%2589 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2588
	store i32 %2581, i32 addrspace(3)* %2589
	%2590 = mul i32 4, 256
	%2591 = add i32 %2590, %0
	%2592 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2591
	store i32 0, i32 addrspace(3)* %2592
	%2593 = add i32 %2581, %2585
	%2594 = mul i32 5, 256
	%2595 = add i32 %2594, %0
	%2596 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2595
	%2597 = load i32, i32 addrspace(3)* %2596
	%2598 = mul i32 5, 256
	%2599 = add i32 %2598, %0
	%2600 = add i32 2048, %2599
	%2601 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2600
	store i32 %2593, i32 addrspace(3)* %2601
	%2602 = mul i32 5, 256
	%2603 = add i32 %2602, %0
	%2604 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2603
	store i32 0, i32 addrspace(3)* %2604
	%2605 = add i32 %2593, %2597
	%2606 = mul i32 6, 256
	%2607 = add i32 %2606, %0
	%2608 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2607
	%2609 = load i32, i32 addrspace(3)* %2608
	%2610 = mul i32 6, 256
	%2611 = add i32 %2610, %0
	%2612 = add i32 2048, %2611
	%2613 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2612
	store i32 %2605, i32 addrspace(3)* %2613
	%2614 = mul i32 6, 256
	%2615 = add i32 %2614, %0
	%2616 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2615
	store i32 0, i32 addrspace(3)* %2616
	%2617 = add i32 %2605, %2609
	%2618 = mul i32 7, 256
	%2619 = add i32 %2618, %0
	%2620 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2619
	%2621 = load i32, i32 addrspace(3)* %2620
	%2622 = mul i32 7, 256
	%2623 = add i32 %2622, %0
	%2624 = add i32 2048, %2623
	%2625 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2624
	store i32 %2617, i32 addrspace(3)* %2625
	%2626 = mul i32 7, 256
	%2627 = add i32 %2626, %0
	%2628 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2627
	store i32 0, i32 addrspace(3)* %2628
	%2629 = add i32 %2617, %2621
	call void @llvm.nvvm.barrier0()
	%2630 = select i1 %2238, i32 %2253, i32 0
	%2631 = mul i32 %4, 256
	%2632 = add i32 %2631, %2630
	%2633 = add i32 2048, %2632
	%2634 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2633
	%2635 = load i32, i32 addrspace(3)* %2634
	%2636 = add i32 %2377, %2635
	%2637 = select i1 %2255, i32 %2269, i32 0
	%2638 = mul i32 %4, 256
	%2639 = add i32 %2638, %2637
	%2640 = add i32 2048, %2639
	%2641 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2640
	%2642 = load i32, i32 addrspace(3)* %2641
	%2643 = add i32 %2398, %2642
	%2644 = select i1 %2271, i32 %2285, i32 0
	%2645 = mul i32 %4, 256
	%2646 = add i32 %2645, %2644
	%2647 = add i32 2048, %2646
	%2648 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2647
	%2649 = load i32, i32 addrspace(3)* %2648
	%2650 = add i32 %2419, %2649
	%2651 = select i1 %2287, i32 %2301, i32 0
	%2652 = mul i32 %4, 256
	%2653 = add i32 %2652, %2651
	%2654 = add i32 2048, %2653
	%2655 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2654
	%2656 = load i32, i32 addrspace(3)* %2655
	%2657 = add i32 %2440, %2656
	%2658 = select i1 %2303, i32 %2317, i32 0
	%2659 = mul i32 %4, 256
	%2660 = add i32 %2659, %2658
	%2661 = add i32 2048, %2660
	%2662 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2661
	%2663 = load i32, i32 addrspace(3)* %2662
	%2664 = add i32 %2461, %2663
	%2665 = select i1 %2319, i32 %2333, i32 0
	%2666 = mul i32 %4, 256
	%2667 = add i32 %2666, %2665
	%2668 = add i32 2048, %2667
	%2669 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2668
	%2670 = load i32, i32 addrspace(3)* %2669
	%2671 = add i32 %2482, %2670
	%2672 = select i1 %2335, i32 %2349, i32 0
	%2673 = mul i32 %4, 256
	%2674 = add i32 %2673, %2672
	%2675 = add i32 2048, %2674
	%2676 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2675
	%2677 = load i32, i32 addrspace(3)* %2676
	%2678 = add i32 %2503, %2677
	%2679 = select i1 %2351, i32 %2365, i32 0
	%2680 = mul i32 %4, 256
	%2681 = add i32 %2680, %2679
	%2682 = add i32 2048, %2681
	%2683 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2682
	%2684 = load i32, i32 addrspace(3)* %2683
	%2685 = add i32 %2524, %2684
	%2686 = and i32 %0, 31
	%2687 = lshr i32 %0, 5
	%2688 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2629, i32 1, i32 0)
	%2689 = icmp uge i32 %2686, 1
	%2690 = select i1 %2689, i32 %2688, i32 0
	%2691 = add i32 %2629, %2690
	%2692 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2691, i32 2, i32 0)
	%2693 = icmp uge i32 %2686, 2
	%2694 = select i1 %2693, i32 %2692, i32 0
	%2695 = add i32 %2691, %2694
	%2696 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2695, i32 4, i32 0)
	%2697 = icmp uge i32 %2686, 4
	%2698 = select i1 %2697, i32 %2696, i32 0
	%2699 = add i32 %2695, %2698
	%2700 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2699, i32 8, i32 0)
	%2701 = icmp uge i32 %2686, 8
	%2702 = select i1 %2701, i32 %2700, i32 0
	%2703 = add i32 %2699, %2702
	%2704 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2703, i32 16, i32 0)
	%2705 = icmp uge i32 %2686, 16
	%2706 = select i1 %2705, i32 %2704, i32 0
	%2707 = add i32 %2703, %2706
	%2708 = icmp eq i32 %2686, 31
	br i1 %2708, label %2709, label %2711

2709:
	%2710 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %2687
	store i32 %2707, i32 addrspace(3)* %2710
	br label %2711

2711:
	call void @llvm.nvvm.barrier0()
	%2712 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%2713 = load i32, i32 addrspace(3)* %2712
	%2714 = icmp sgt i32 %2687, 0
	%2715 = select i1 %2714, i32 %2713, i32 0
	%2716 = add i32 0, %2715
	%2717 = add i32 0, %2713
	%2718 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%2719 = load i32, i32 addrspace(3)* %2718
	%2720 = icmp sgt i32 %2687, 1
	%2721 = select i1 %2720, i32 %2719, i32 0
	%2722 = add i32 %2716, %2721
	%2723 = add i32 %2717, %2719
	%2724 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%2725 = load i32, i32 addrspace(3)* %2724
	%2726 = icmp sgt i32 %2687, 2
	%2727 = select i1 %2726, i32 %2725, i32 0
	%2728 = add i32 %2722, %2727
	%2729 = add i32 %2723, %2725
	%2730 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%2731 = load i32, i32 addrspace(3)* %2730
	%2732 = icmp sgt i32 %2687, 3
	%2733 = select i1 %2732, i32 %2731, i32 0
	%2734 = add i32 %2728, %2733
	%2735 = add i32 %2729, %2731
	%2736 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%2737 = load i32, i32 addrspace(3)* %2736
	%2738 = icmp sgt i32 %2687, 4
	%2739 = select i1 %2738, i32 %2737, i32 0
	%2740 = add i32 %2734, %2739
	%2741 = add i32 %2735, %2737
	%2742 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%2743 = load i32, i32 addrspace(3)* %2742
	%2744 = icmp sgt i32 %2687, 5
	%2745 = select i1 %2744, i32 %2743, i32 0
	%2746 = add i32 %2740, %2745
	%2747 = add i32 %2741, %2743
	%2748 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%2749 = load i32, i32 addrspace(3)* %2748
	%2750 = icmp sgt i32 %2687, 6
	%2751 = select i1 %2750, i32 %2749, i32 0
	%2752 = add i32 %2746, %2751
	%2753 = add i32 %2747, %2749
	%2754 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%2755 = load i32, i32 addrspace(3)* %2754
	%2756 = icmp sgt i32 %2687, 7
	%2757 = select i1 %2756, i32 %2755, i32 0
	%2758 = add i32 %2752, %2757
	%2759 = add i32 %2753, %2755
	%2760 = add i32 %2758, %2707
	%2761 = sub i32 %2760, %2629
	%2762 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %2761, i32 addrspace(3)* %2762
	call void @llvm.nvvm.barrier0()
	br i1 %2238, label %2763, label %2771

2763:
	%2764 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2253
	%2765 = load i32, i32 addrspace(3)* %2764
	%2766 = add i32 %2765, %2636
	%2767 = add i32 %2766, u0x1000
	%2768 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2767
	store i32 %2250, i32 addrspace(3)* %2768
	%2769 = add i32 %2766, 6144
	%2770 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2769
	store i32 %2251, i32 addrspace(3)* %2770
	br label %2771

2771:
	br i1 %2255, label %2772, label %2780

2772:
	%2773 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2269
	%2774 = load i32, i32 addrspace(3)* %2773
	%2775 = add i32 %2774, %2643
	%2776 = add i32 %2775, u0x1000
	%2777 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2776
	store i32 %2266, i32 addrspace(3)* %2777
	%2778 = add i32 %2775, 6144
	%2779 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2778
	store i32 %2267, i32 addrspace(3)* %2779
	br label %2780

2780:
	br i1 %2271, label %2781, label %2789

2781:
	%2782 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2285
	%2783 = load i32, i32 addrspace(3)* %2782
	%2784 = add i32 %2783, %2650
	%2785 = add i32 %2784, u0x1000
	%2786 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2785
	store i32 %2282, i32 addrspace(3)* %2786
	%2787 = add i32 %2784, 6144
	%2788 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2787
	store i32 %2283, i32 addrspace(3)* %2788
	br label %2789

2789:
	br i1 %2287, label %2790, label %2798

2790:
	%2791 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2301
	%2792 = load i32, i32 addrspace(3)* %2791
	%2793 = add i32 %2792, %2657
	%2794 = add i32 %2793, u0x1000
	%2795 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2794
	store i32 %2298, i32 addrspace(3)* %2795
	%2796 = add i32 %2793, 6144
	%2797 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2796
	store i32 %2299, i32 addrspace(3)* %2797
	br label %2798

2798:
	br i1 %2303, label %2799, label %2807

2799:
	%2800 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2317
	%2801 = load i32, i32 addrspace(3)* %2800
	%2802 = add i32 %2801, %2664
	%2803 = add i32 %2802, u0x1000
	%2804 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2803
	store i32 %2314, i32 addrspace(3)* %2804
	%2805 = add i32 %2802, 6144
	%2806 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2805
	store i32 %2315, i32 addrspace(3)* %2806
	br label %2807

2807:
	br i1 %2319, label %2808, label %2816

2808:
	%2809 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2333
	%2810 = load i32, i32 addrspace(3)* %2809
	%2811 = add i32 %2810, %2671
	%2812 = add i32 %2811, u0x1000
	%2813 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2812
	store i32 %2330, i32 addrspace(3)* %2813
	%2814 = add i32 %2811, 6144
	%2815 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2814
	store i32 %2331, i32 addrspace(3)* %2815
	br label %2816

2816:
	br i1 %2335, label %2817, label %2825

2817:
	%2818 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2349
	%2819 = load i32, i32 addrspace(3)* %2818
	%2820 = add i32 %2819, %2678
	%2821 = add i32 %2820, u0x1000
	%2822 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2821
	store i32 %2346, i32 addrspace(3)* %2822
	%2823 = add i32 %2820, 6144
	%2824 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2823
	store i32 %2347, i32 addrspace(3)* %2824
	br label %2825

2825:
	br i1 %2351, label %2826, label %2834

2826:
	%2827 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2365
	%2828 = load i32, i32 addrspace(3)* %2827
	%2829 = add i32 %2828, %2685
	%2830 = add i32 %2829, u0x1000
	%2831 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2830
	store i32 %2362, i32 addrspace(3)* %2831
	%2832 = add i32 %2829, 6144
	%2833 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2832
	store i32 %2363, i32 addrspace(3)* %2833
	br label %2834

2834:
	call void @llvm.nvvm.barrier0()
	%2835 = sub i32 %9, %2231
	%2836 = icmp slt i32 2048, %2835
	%2837 = select i1 %2836, i32 2048, i32 %2835
	%2838 = add i32 0, %0
	%2839 = icmp slt i32 %2838, %2837
	br i1 %2839, label %2840, label %2860

2840:
	%2841 = add i32 %2838, u0x1000
	%2842 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2841
	%2843 = load i32, i32 addrspace(3)* %2842
	%2844 = lshr i32 %2843, 8
	%2845 = and i32 %2844, 255
	%2846 = add i32 %2845, 256
	%2847 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2846
	%2848 = load i32, i32 addrspace(3)* %2847
	%2849 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2845
	%2850 = load i32, i32 addrspace(3)* %2849
	%2851 = sub i32 %2838, %2850
	%2852 = add i32 %2848, %2851
	%2853 = sext i32 %2852 to i64
	%2854 = getelementptr i32, i32* %44, i64 %2853
	store i32 %2843, i32* %2854
	%2855 = add i32 %2838, 6144
	%2856 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2855
	%2857 = load i32, i32 addrspace(3)* %2856
	%2858 = sext i32 %2852 to i64
	%2859 = getelementptr i32, i32* %15, i64 %2858
	store i32 %2857, i32* %2859
	br label %2860

2860:
	%2861 = add i32 256, %0
	%2862 = icmp slt i32 %2861, %2837
	br i1 %2862, label %2863, label %2883

2863:
	%2864 = add i32 %2861, u0x1000
	%2865 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2864
	%2866 = load i32, i32 addrspace(3)* %2865
	%2867 = lshr i32 %2866, 8
	%2868 = and i32 %2867, 255
	%2869 = add i32 %2868, 256
	%2870 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2869
	%2871 = load i32, i32 addrspace(3)* %2870
	%2872 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2868
	%2873 = load i32, i32 addrspace(3)* %2872
	%2874 = sub i32 %2861, %2873
	%2875 = add i32 %2871, %2874
	%2876 = sext i32 %2875 to i64
	%2877 = getelementptr i32, i32* %44, i64 %2876
	store i32 %2866, i32* %2877
	%2878 = add i32 %2861, 6144
	%2879 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2878
	%2880 = load i32, i32 addrspace(3)* %2879
	%2881 = sext i32 %2875 to i64
	%2882 = getelementptr i32, i32* %15, i64 %2881
	store i32 %2880, i32* %2882
	br label %2883

2883:
	%2884 = add i32 512, %0
	%2885 = icmp slt i32 %2884, %2837
	br i1 %2885, label %2886, label %2906

2886:
	%2887 = add i32 %2884, u0x1000
	%2888 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2887
	%2889 = load i32, i32 addrspace(3)* %2888
	%2890 = lshr i32 %2889, 8
	%2891 = and i32 %2890, 255
	%2892 = add i32 %2891, 256
	%2893 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2892
	%2894 = load i32, i32 addrspace(3)* %2893
	%2895 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2891
	%2896 = load i32, i32 addrspace(3)* %2895
	%2897 = sub i32 %2884, %2896
	%2898 = add i32 %2894, %2897
	%2899 = sext i32 %2898 to i64
	%2900 = getelementptr i32, i32* %44, i64 %2899
	store i32 %2889, i32* %2900
	%2901 = add i32 %2884, 6144
	%2902 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2901
	%2903 = load i32, i32 addrspace(3)* %2902
	%2904 = sext i32 %2898 to i64
	%2905 = getelementptr i32, i32* %15, i64 %2904
	store i32 %2903, i32* %2905
	br label %2906

2906:
	%2907 = add i32 768, %0
	%2908 = icmp slt i32 %2907, %2837
	br i1 %2908, label %2909, label %2929

2909:
	%2910 = add i32 %2907, u0x1000
	%2911 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2910
	%2912 = load i32, i32 addrspace(3)* %2911
	%2913 = lshr i32 %2912, 8
	%2914 = and i32 %2913, 255
	%2915 = add i32 %2914, 256
	%2916 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2915
	%2917 = load i32, i32 addrspace(3)* %2916
	%2918 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2914
	%2919 = load i32, i32 addrspace(3)* %2918
	%2920 = sub i32 %2907, %2919
	%2921 = add i32 %2917, %2920
	%2922 = sext i32 %2921 to i64
	%2923 = getelementptr i32, i32* %44, i64 %2922
	store i32 %2912, i32* %2923
	%2924 = add i32 %2907, 6144
	%2925 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2924
	%2926 = load i32, i32 addrspace(3)* %2925
	%2927 = sext i32 %2921 to i64
	%2928 = getelementptr i32, i32* %15, i64 %2927
	store i32 %2926, i32* %2928
	br label %2929

2929:
	%2930 = add i32 1024, %0
	%2931 = icmp slt i32 %2930, %2837
	br i1 %2931, label %2932, label %2952

2932:
	%2933 = add i32 %2930, u0x1000
	%2934 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2933
	%2935 = load i32, i32 addrspace(3)* %2934
	%2936 = lshr i32 %2935, 8
	%2937 = and i32 %2936, 255
	%2938 = add i32 %2937, 256
	%2939 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2938
	%2940 = load i32, i32 addrspace(3)* %2939
	%2941 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2937
	%2942 = load i32, i32 addrspace(3)* %2941
	%2943 = sub i32 %2930, %2942
	%2944 = add i32 %2940, %2943
	%2945 = sext i32 %2944 to i64
	%2946 = getelementptr i32, i32* %44, i64 %2945
	store i32 %2935, i32* %2946
	%2947 = add i32 %2930, 6144
	%2948 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2947
	%2949 = load i32, i32 addrspace(3)* %2948
	%2950 = sext i32 %2944 to i64
	%2951 = getelementptr i32, i32* %15, i64 %2950
	store i32 %2949, i32* %2951
	br label %2952

2952:
	%2953 = add i32 1280, %0
	%2954 = icmp slt i32 %2953, %2837
	br i1 %2954, label %2955, label %2975

2955:
	%2956 = add i32 %2953, u0x1000
	%2957 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2956
	%2958 = load i32, i32 addrspace(3)* %2957
	%2959 = lshr i32 %2958, 8
	%2960 = and i32 %2959, 255
	%2961 = add i32 %2960, 256
	%2962 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2961
	%2963 = load i32, i32 addrspace(3)* %2962
	%2964 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2960
	%2965 = load i32, i32 addrspace(3)* %2964
	%2966 = sub i32 %2953, %2965
	%2967 = add i32 %2963, %2966
	%2968 = sext i32 %2967 to i64
	%2969 = getelementptr i32, i32* %44, i64 %2968
	store i32 %2958, i32* %2969
	%2970 = add i32 %2953, 6144
	%2971 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2970
	%2972 = load i32, i32 addrspace(3)* %2971
	%2973 = sext i32 %2967 to i64
	%2974 = getelementptr i32, i32* %15, i64 %2973
	store i32 %2972, i32* %2974
	br label %2975

2975:
	%2976 = add i32 1536, %0
	%2977 = icmp slt i32 %2976, %2837
	br i1 %2977, label %2978, label %2998

2978:
	%2979 = add i32 %2976, u0x1000
	%2980 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2979
	%2981 = load i32, i32 addrspace(3)* %2980
	%2982 = lshr i32 %2981, 8
	%2983 = and i32 %2982, 255
	%2984 = add i32 %2983, 256
	%2985 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2984
	%2986 = load i32, i32 addrspace(3)* %2985
	%2987 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2983
	%2988 = load i32, i32 addrspace(3)* %2987
	%2989 = sub i32 %2976, %2988
	%2990 = add i32 %2986, %2989
	%2991 = sext i32 %2990 to i64
	%2992 = getelementptr i32, i32* %44, i64 %2991
	store i32 %2981, i32* %2992
	%2993 = add i32 %2976, 6144
	%2994 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2993
	%2995 = load i32, i32 addrspace(3)* %2994
	%2996 = sext i32 %2990 to i64
	%2997 = getelementptr i32, i32* %15, i64 %2996
	store i32 %2995, i32* %2997
	br label %2998

2998:
	%2999 = add i32 1792, %0
	%3000 = icmp slt i32 %2999, %2837
	br i1 %3000, label %3001, label %3021

3001:
	%3002 = add i32 %2999, u0x1000
	%3003 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3002
	%3004 = load i32, i32 addrspace(3)* %3003
	%3005 = lshr i32 %3004, 8
	%3006 = and i32 %3005, 255
	%3007 = add i32 %3006, 256
	%3008 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3007
	%3009 = load i32, i32 addrspace(3)* %3008
	%3010 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3006
	%3011 = load i32, i32 addrspace(3)* %3010
	%3012 = sub i32 %2999, %3011
	%3013 = add i32 %3009, %3012
	%3014 = sext i32 %3013 to i64
	%3015 = getelementptr i32, i32* %44, i64 %3014
	store i32 %3004, i32* %3015
	%3016 = add i32 %2999, 6144
	%3017 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3016
	%3018 = load i32, i32 addrspace(3)* %3017
	%3019 = sext i32 %3013 to i64
	%3020 = getelementptr i32, i32* %15, i64 %3019
	store i32 %3018, i32* %3020
	br label %3021

3021:
	call void @llvm.nvvm.barrier0()
	%3022 = add i32 %0, 256
	%3023 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3022
	%3024 = load i32, i32 addrspace(3)* %3023
	%3025 = add i32 %3024, %2629
	%3026 = add i32 %0, 256
	%3027 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3026
	store i32 %3025, i32 addrspace(3)* %3027
	%3028 = add i32 %2231, 2048
	br label %2230

3029:
	%3030 = phi i32 [ 0, %2239 ], [ %3827, %3820 ]
	%3031 = icmp slt i32 %3030, %9
	br i1 %3031, label %3032, label %3038

3032:
	%3033 = mul i32 %4, 256
	%3034 = add i32 %3033, %3
	%3035 = add i32 %3030, %3034
	%3036 = add i32 %3035, 0
	%3037 = icmp slt i32 %3036, %9
	br i1 %3037, label %3039, label %3046

3038:
	call void @llvm.nvvm.barrier0()
	br label %3828

3039:
	%3040 = sext i32 %3036 to i64
	%3041 = getelementptr i32, i32* %44, i64 %3040
	%3042 = load i32, i32* %3041
	%3043 = sext i32 %3036 to i64
	%3044 = getelementptr i32, i32* %15, i64 %3043
	%3045 = load i32, i32* %3044
	br label %3046

3046:
	%3047 = phi i32 [ 0, %3032 ], [ %3042, %3039 ]
	%3048 = phi i32 [ 0, %3032 ], [ %3045, %3039 ]
	%3049 = lshr i32 %3047, 16
	%3050 = and i32 %3049, 255
	%3051 = add i32 %3035, 32
	%3052 = icmp slt i32 %3051, %9
	br i1 %3052, label %3053, label %3060

3053:
	%3054 = sext i32 %3051 to i64
	%3055 = getelementptr i32, i32* %44, i64 %3054
	%3056 = load i32, i32* %3055
	%3057 = sext i32 %3051 to i64
	%3058 = getelementptr i32, i32* %15, i64 %3057
	%3059 = load i32, i32* %3058
	br label %3060

3060:
	%3061 = phi i32 [ 0, %3046 ], [ %3056, %3053 ]
	%3062 = phi i32 [ 0, %3046 ], [ %3059, %3053 ]
	%3063 = lshr i32 %3061, 16
	%3064 = and i32 %3063, 255
	%3065 = add i32 %3035, 64
	%3066 = icmp slt i32 %3065, %9
	br i1 %3066, label %3067, label %3074

3067:
	%3068 = sext i32 %3065 to i64
	%3069 = getelementptr i32, i32* %44, i64 %3068
	%3070 = load i32, i32* %3069
	%3071 = sext i32 %3065 to i64
	%3072 = getelementptr i32, i32* %15, i64 %3071
	%3073 = load i32, i32* %3072
	br label %3074

3074:
	%3075 = phi i32 [ 0, %3060 ], [ %3070, %3067 ]
	%3076 = phi i32 [ 0, %3060 ], [ %3073, %3067 ]
	%3077 = lshr i32 %3075, 16
	%3078 = and i32 %3077, 255
	%3079 = add i32 %3035, 96
	%3080 = icmp slt i32 %3079, %9
	br i1 %3080, label %3081, label %3088

3081:
	%3082 = sext i32 %3079 to i64
	%3083 = getelementptr i32, i32* %44, i64 %3082
	%3084 = load i32, i32* %3083
	%3085 = sext i32 %3079 to i64
	%3086 = getelementptr i32, i32* %15, i64 %3085
	%3087 = load i32, i32* %3086
	br label %3088

3088:
	%3089 = phi i32 [ 0, %3074 ], [ %3084, %3081 ]
	%3090 = phi i32 [ 0, %3074 ], [ %3087, %3081 ]
	%3091 = lshr i32 %3089, 16
	%3092 = and i32 %3091, 255
	%3093 = add i32 %3035, 128
	%3094 = icmp slt i32 %3093, %9
	br i1 %3094, label %3095, label %3102

3095:
	%3096 = sext i32 %3093 to i64
	%3097 = getelementptr i32, i32* %44, i64 %3096
	%3098 = load i32, i32* %3097
	%3099 = sext i32 %3093 to i64
	%3100 = getelementptr i32, i32* %15, i64 %3099
	%3101 = load i32, i32* %3100
	br label %3102

3102:
	%3103 = phi i32 [ 0, %3088 ], [ %3098, %3095 ]
	%3104 = phi i32 [ 0, %3088 ], [ %3101, %3095 ]
	%3105 = lshr i32 %3103, 16
	%3106 = and i32 %3105, 255
	%3107 = add i32 %3035, 160
	%3108 = icmp slt i32 %3107, %9
	br i1 %3108, label %3109, label %3116

3109:
	%3110 = sext i32 %3107 to i64
	%3111 = getelementptr i32, i32* %44, i64 %3110
	%3112 = load i32, i32* %3111
	%3113 = sext i32 %3107 to i64
	%3114 = getelementptr i32, i32* %15, i64 %3113
	%3115 = load i32, i32* %3114
	br label %3116

3116:
	%3117 = phi i32 [ 0, %3102 ], [ %3112, %3109 ]
	%3118 = phi i32 [ 0, %3102 ], [ %3115, %3109 ]
	%3119 = lshr i32 %3117, 16
	%3120 = and i32 %3119, 255
	%3121 = add i32 %3035, 192
	%3122 = icmp slt i32 %3121, %9
	br i1 %3122, label %3123, label %3130

3123:
	%3124 = sext i32 %3121 to i64
	%3125 = getelementptr i32, i32* %44, i64 %3124
	%3126 = load i32, i32* %3125
	%3127 = sext i32 %3121 to i64
	%3128 = getelementptr i32, i32* %15, i64 %3127
	%3129 = load i32, i32* %3128
	br label %3130

3130:
	%3131 = phi i32 [ 0, %3116 ], [ %3126, %3123 ]
	%3132 = phi i32 [ 0, %3116 ], [ %3129, %3123 ]
	%3133 = lshr i32 %3131, 16
	%3134 = and i32 %3133, 255
	%3135 = add i32 %3035, 224
	%3136 = icmp slt i32 %3135, %9
	br i1 %3136, label %3137, label %3144

3137:
	%3138 = sext i32 %3135 to i64
	%3139 = getelementptr i32, i32* %44, i64 %3138
	%3140 = load i32, i32* %3139
	%3141 = sext i32 %3135 to i64
	%3142 = getelementptr i32, i32* %15, i64 %3141
	%3143 = load i32, i32* %3142
	br label %3144

3144:
	%3145 = phi i32 [ 0, %3130 ], [ %3140, %3137 ]
	%3146 = phi i32 [ 0, %3130 ], [ %3143, %3137 ]
	%3147 = lshr i32 %3145, 16
	%3148 = and i32 %3147, 255
	%3149 = select i1 %3037, i32 %3050, i32 256
	%3150 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3149)
	%3151 = and i32 %3150, %1430
	%3152 = call i32 @llvm.ctpop.i32(i32 %3151)
	br i1 %3037, label %3153, label %3158

3153:
	%3154 = mul i32 %4, 256
	%3155 = add i32 %3154, %3050
	%3156 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3155
	%3157 = load i32, i32 addrspace(3)* %3156
	br label %3158

3158:
	%3159 = phi i32 [ 0, %3144 ], [ %3157, %3153 ]
	%3160 = add i32 %3159, %3152
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3161 = icmp eq i32 %3152, 0
	%3162 = and i1 %3037, %3161
	br i1 %3162, label %3163, label %3169

3163:
	%3164 = call i32 @llvm.ctpop.i32(i32 %3150)
	%3165 = add i32 %3159, %3164
	%3166 = mul i32 %4, 256
	%3167 = add i32 %3166, %3050
	%3168 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3167
	store i32 %3165, i32 addrspace(3)* %3168
	br label %3169

3169:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3170 = select i1 %3052, i32 %3064, i32 256
	%3171 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3170)
	%3172 = and i32 %3171, %1430
	%3173 = call i32 @llvm.ctpop.i32(i32 %3172)
	br i1 %3052, label %3174, label %3179

3174:
	%3175 = mul i32 %4, 256
	%3176 = add i32 %3175, %3064
	%3177 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3176
	%3178 = load i32, i32 addrspace(3)* %3177
	br label %3179

3179:
	%3180 = phi i32 [ 0, %3169 ], [ %3178, %3174 ]
	%3181 = add i32 %3180, %3173
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3182 = icmp eq i32 %3173, 0
	%3183 = and i1 %3052, %3182
	br i1 %3183, label %3184, label %3190

3184:
	%3185 = call i32 @llvm.ctpop.i32(i32 %3171)
	%3186 = add i32 %3180, %3185
	%3187 = mul i32 %4, 256
	%3188 = add i32 %3187, %3064
	%3189 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3188
	store i32 %3186, i32 addrspace(3)* %3189
	br label %3190

3190:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3191 = select i1 %3066, i32 %3078, i32 256
	%3192 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3191)
	%3193 = and i32 %3192, %1430
	%3194 = call i32 @llvm.ctpop.i32(i32 %3193)
	br i1 %3066, label %3195, label %3200

3195:
	%3196 = mul i32 %4, 256
	%3197 = add i32 %3196, %3078
	%3198 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3197
	%3199 = load i32, i32 addrspace(3)* %3198
	br label %3200

3200:
	%3201 = phi i32 [ 0, %3190 ], [ %3199, %3195 ]
	%3202 = add i32 %3201, %3194
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3203 = icmp eq i32 %3194, 0
	%3204 = and i1 %3066, %3203
	br i1 %3204, label %3205, label %3211

3205:
	%3206 = call i32 @llvm.ctpop.i32(i32 %3192)
	%3207 = add i32 %3201, %3206
	%3208 = mul i32 %4, 256
	%3209 = add i32 %3208, %3078
	%3210 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3209
	store i32 %3207, i32 addrspace(3)* %3210
	br label %3211

3211:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3212 = select i1 %3080, i32 %3092, i32 256
	%3213 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3212)
	%3214 = and i32 %3213, %1430
	%3215 = call i32 @llvm.ctpop.i32(i32 %3214)
	br i1 %3080, label %3216, label %3221

3216:
	%3217 = mul i32 %4, 256
	%3218 = add i32 %3217, %3092
	%3219 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3218
	%3220 = load i32, i32 addrspace(3)* %3219
	br label %3221

3221:
	%3222 = phi i32 [ 0, %3211 ], [ %3220, %3216 ]
	%3223 = add i32 %3222, %3215
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3224 = icmp eq i32 %3215, 0
	%3225 = and i1 %3080, %3224
	br i1 %3225, label %3226, label %3232

3226:
	%3227 = call i32 @llvm.ctpop.i32(i32 %3213)
	%3228 = add i32 %3222, %3227
	%3229 = mul i32 %4, 256
	%3230 = add i32 %3229, %3092
	%3231 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3230
	store i32 %3228, i32 addrspace(3)* %3231
	br label %3232

3232:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3233 = select i1 %3094, i32 %3106, i32 256
	%3234 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3233)
	%3235 = and i32 %3234, %1430
	%3236 = call i32 @llvm.ctpop.i32(i32 %3235)
	br i1 %3094, label %3237, label %3242

3237:
	%3238 = mul i32 %4, 256
	%3239 = add i32 %3238, %3106
	%3240 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3239
	%3241 = load i32, i32 addrspace(3)* %3240
	br label %3242

3242:
	%3243 = phi i32 [ 0, %3232 ], [ %3241, %3237 ]
	%3244 = add i32 %3243, %3236
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3245 = icmp eq i32 %3236, 0
	%3246 = and i1 %3094, %3245
	br i1 %3246, label %3247, label %3253

3247:
	%3248 = call i32 @llvm.ctpop.i32(i32 %3234)
	%3249 = add i32 %3243, %3248
	%3250 = mul i32 %4, 256
	%3251 = add i32 %3250, %3106
	%3252 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3251
	store i32 %3249, i32 addrspace(3)* %3252
	br label %3253

3253:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3254 = select i1 %3108, i32 %3120, i32 256
	%3255 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3254)
	%3256 = and i32 %3255, %1430
	%3257 = call i32 @llvm.ctpop.i32(i32 %3256)
	br i1 %3108, label %3258, label %3263

3258:
	%3259 = mul i32 %4, 256
	%3260 = add i32 %3259, %3120
	%3261 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3260
	%3262 = load i32, i32 addrspace(3)* %3261
	br label %3263

3263:
	%3264 = phi i32 [ 0, %3253 ], [ %3262, %3258 ]
	%3265 = add i32 %3264, %3257
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3266 = icmp eq i32 %3257, 0
	%3267 = and i1 %3108, %3266
	br i1 %3267, label %3268, label %3274

3268:
	%3269 = call i32 @llvm.ctpop.i32(i32 %3255)
	%3270 = add i32 %3264, %3269
	%3271 = mul i32 %4, 256
	%3272 = add i32 %3271, %3120
	%3273 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3272
	store i32 %3270, i32 addrspace(3)* %3273
	br label %3274

3274:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3275 = select i1 %3122, i32 %3134, i32 256
	%3276 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3275)
	%3277 = and i32 %3276, %1430
	%3278 = call i32 @llvm.ctpop.i32(i32 %3277)
	br i1 %3122, label %3279, label %3284

3279:
	%3280 = mul i32 %4, 256
	%3281 = add i32 %3280, %3134
	%3282 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3281
	%3283 = load i32, i32 addrspace(3)* %3282
	br label %3284

3284:
	%3285 = phi i32 [ 0, %3274 ], [ %3283, %3279 ]
	%3286 = add i32 %3285, %3278
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3287 = icmp eq i32 %3278, 0
	%3288 = and i1 %3122, %3287
	br i1 %3288, label %3289, label %3295

3289:
	%3290 = call i32 @llvm.ctpop.i32(i32 %3276)
	%3291 = add i32 %3285, %3290
	%3292 = mul i32 %4, 256
	%3293 = add i32 %3292, %3134
	%3294 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3293
	store i32 %3291, i32 addrspace(3)* %3294
	br label %3295

3295:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3296 = select i1 %3136, i32 %3148, i32 256
	%3297 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3296)
	%3298 = and i32 %3297, %1430
	%3299 = call i32 @llvm.ctpop.i32(i32 %3298)
	br i1 %3136, label %3300, label %3305

3300:
	%3301 = mul i32 %4, 256
	%3302 = add i32 %3301, %3148
	%3303 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3302
	%3304 = load i32, i32 addrspace(3)* %3303
	br label %3305

3305:
	%3306 = phi i32 [ 0, %3295 ], [ %3304, %3300 ]
	%3307 = add i32 %3306, %3299
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3308 = icmp eq i32 %3299, 0
	%3309 = and i1 %3136, %3308
	br i1 %3309, label %3310, label %3316

3310:
	%3311 = call i32 @llvm.ctpop.i32(i32 %3297)
	%3312 = add i32 %3306, %3311
	%3313 = mul i32 %4, 256
	%3314 = add i32 %3313, %3148
	%3315 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3314
	store i32 %3312, i32 addrspace(3)* %3315
	br label %3316

3316:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%3317 = mul i32 0, 256
	%3318 = add i32 %3317, %0
	%3319 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3318
	%3320 = load i32, i32 addrspace(3)* %3319
	%3321 = mul i32 0, 256
	%3322 = add i32 %3321, %0
	%3323 = add i32 2048, %3322
	%3324 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3323
	store i32 0, i32 addrspace(3)* %3324
	%3325 = mul i32 0, 256
	%3326 = add i32 %3325, %0
	%3327 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3326
	store i32 0, i32 addrspace(3)* %3327
	%3328 = add i32 0, %3320
	%3329 = mul i32 1, 256
	%3330 = add i32 %3329, %0
	%3331 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3330
	%3332 = load i32, i32 addrspace(3)* %3331
	%3333 = mul i32 1, 256
	%3334 = add i32 %3333, %0
	%3335 = add i32 2048, %3334
	%3336 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3335
	store i32 %3328, i32 addrspace(3)* %3336
	%3337 = mul i32 1, 256
	%3338 = add i32 %3337, %0
	%3339 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3338
	store i32 0, i32 addrspace(3)* %3339
	%3340 = add i32 %3328, %3332
	%3341 = mul i32 2, 256
	%3342 = add i32 %3341, %0
	%3343 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3342
	%3344 = load i32, i32 addrspace(3)* %3343
	%3345 = mul i32 2, 256
	%3346 = add i32 %3345, %0
	%3347 = add i32 2048, %3346
	%3348 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3347
	store i32 %3340, i32 addrspace(3)* %3348
	%3349 = mul i32 2, 256
	%3350 = add i32 %3349, %0
	%3351 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3350
	store i32 0, i32 addrspace(3)* %3351
	%3352 = add i32 %3340, %3344
	%3353 = mul i32 3, 256
	%3354 = add i32 %3353, %0
	%3355 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3354
	%3356 = load i32, i32 addrspace(3)* %3355
	%3357 = mul i32 3, 256
	%3358 = add i32 %3357, %0
	%3359 = add i32 2048, %3358
	%3360 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3359
	store i32 %3352, i32 addrspace(3)* %3360
	%3361 = mul i32 3, 256
	%3362 = add i32 %3361, %0
	%3363 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3362
	store i32 0, i32 addrspace(3)* %3363
	%3364 = add i32 %3352, %3356
	%3365 = mul i32 4, 256
	%3366 = add i32 %3365, %0
	%3367 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3366
	%3368 = load i32, i32 addrspace(3)* %3367
	%3369 = mul i32 4, 256
	%3370 = add i32 %3369, %0
	%3371 = add i32 2048, %3370
	%3372 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3371
	store i32 %3364, i32 addrspace(3)* %3372
	%3373 = mul i32 4, 256
	%3374 = add i32 %3373, %0
	%3375 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3374
	store i32 0, i32 addrspace(3)* %3375
	%3376 = add i32 %3364, %3368
	%3377 = mul i32 5, 256
	%3378 = add i32 %3377, %0
	%3379 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3378
	%3380 = load i32, i32 addrspace(3)* %3379
	%3381 = mul i32 5, 256
	%3382 = add i32 %3381, %0
	%3383 = add i32 2048, %3382
	%3384 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3383
	store i32 %3376, i32 addrspace(3)* %3384
	%3385 = mul i32 5, 256
	%3386 = add i32 %3385, %0
	%3387 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3386
	store i32 0, i32 addrspace(3)* %3387
	%3388 = add i32 %3376, %3380
	%3389 = mul i32 6, 256
	%3390 = add i32 %3389, %0
	%3391 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3390
	%3392 = load i32, i32 addrspace(3)* %3391
	%3393 = mul i32 6, 256
	%3394 = add i32 %3393, %0
	%3395 = add i32 2048, %3394
	%3396 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3395
	store i32 %3388, i32 addrspace(3)* %3396
	%3397 = mul i32 6, 256
	%3398 = add i32 %3397, %0
	%3399 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3398
	store i32 0, i32 addrspace(3)* %3399
	%3400 = add i32 %3388, %3392
	%3401 = mul i32 7, 256
	%3402 = add i32 %3401, %0
	%3403 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3402
	%3404 = load i32, i32 addrspace(3)* %3403
	%3405 = mul i32 7, 256
	%3406 = add i32 %3405, %0
	%3407 = add i32 2048, %3406
	%3408 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3407
	store i32 %3400, i32 addrspace(3)* %3408
	%3409 = mul i32 7, 256
	%3410 = add i32 %3409, %0
	%3411 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3410
	store i32 0, i32 addrspace(3)* %3411
	%3412 = add i32 %3400, %3404
	call void @llvm.nvvm.barrier0()
	%3413 = select i1 %3037, i32 %3050, i32 0
	%3414 = mul i32 %4, 256
	%3415 = add i32 %3414, %3413
	%3416 = add i32 2048, %3415
	%3417 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3416
	%3418 = load i32, i32 addrspace(3)* %3417
	%3419 = add i32 %3160, %3418
	%3420 = select i1 %3052, i32 %3064, i32 0
	%3421 = mul i32 %4, 256
	%3422 = add i32 %3421, %3420
	%3423 = add i32 2048, %3422
	%3424 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3423
	%3425 = load i32, i32 addrspace(3)* %3424
	%3426 = add i32 %3181, %3425
	%3427 = select i1 %3066, i32 %3078, i32 0
	%3428 = mul i32 %4, 256
	%3429 = add i32 %3428, %3427
	%3430 = add i32 2048, %3429
	%3431 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3430
	%3432 = load i32, i32 addrspace(3)* %3431
	%3433 = add i32 %3202, %3432
	%3434 = select i1 %3080, i32 %3092, i32 0
	%3435 = mul i32 %4, 256
	%3436 = add i32 %3435, %3434
	%3437 = add i32 2048, %3436
	%3438 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3437
	%3439 = load i32, i32 addrspace(3)* %3438
	%3440 = add i32 %3223, %3439
	%3441 = select i1 %3094, i32 %3106, i32 0
	%3442 = mul i32 %4, 256
	%3443 = add i32 %3442, %3441
	%3444 = add i32 2048, %3443
	%3445 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3444
	%3446 = load i32, i32 addrspace(3)* %3445
	%3447 = add i32 %3244, %3446
	%3448 = select i1 %3108, i32 %3120, i32 0
	%3449 = mul i32 %4, 256
	%3450 = add i32 %3449, %3448
	%3451 = add i32 2048, %3450
	%3452 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3451
	%3453 = load i32, i32 addrspace(3)* %3452
	%3454 = add i32 %3265, %3453
	%3455 = select i1 %3122, i32 %3134, i32 0
	%3456 = mul i32 %4, 256
	%3457 = add i32 %3456, %3455
	%3458 = add i32 2048, %3457
	%3459 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3458
	%3460 = load i32, i32 addrspace(3)* %3459
	%3461 = add i32 %3286, %3460
	%3462 = select i1 %3136, i32 %3148, i32 0
	%3463 = mul i32 %4, 256
	%3464 = add i32 %3463, %3462
	%3465 = add i32 2048, %3464
	%3466 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3465
	%3467 = load i32, i32 addrspace(3)* %3466
	%3468 = add i32 %3307, %3467
	%3469 = and i32 %0, 31
	%3470 = lshr i32 %0, 5
	%3471 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3412, i32 1, i32 0)
	%3472 = icmp uge i32 %3469, 1
	%3473 = select i1 %3472, i32 %3471, i32 0
	%3474 = add i32 %3412, %3473
	%3475 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3474, i32 2, i32 0)
	%3476 = icmp uge i32 %3469, 2
	%3477 = select i1 %3476, i32 %3475, i32 0
	%3478 = add i32 %3474, %3477
	%3479 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3478, i32 4, i32 0)
	%3480 = icmp uge i32 %3469, 4
	%3481 = select i1 %3480, i32 %3479, i32 0
	%3482 = add i32 %3478, %3481
	%3483 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3482, i32 8, i32 0)
	%3484 = icmp uge i32 %3469, 8
	%3485 = select i1 %3484, i32 %3483, i32 0
	%3486 = add i32 %3482, %3485
	%3487 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3486, i32 16, i32 0)
	%3488 = icmp uge i32 %3469, 16
	%3489 = select i1 %3488, i32 %3487, i32 0
	%3490 = add i32 %3486, %3489
	%3491 = icmp eq i32 %3469, 31
	br i1 %3491, label %3492, label %3494

3492:
	%3493 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %3470
	store i32 %3490, i32 addrspace(3)* %3493
	br label %3494

3494:
	call void @llvm.nvvm.barrier0()
	%3495 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%3496 = load i32, i32 addrspace(3)* %3495
	%3497 = icmp sgt i32 %3470, 0
	%3498 = select i1 %3497, i32 %3496, i32 0
	%3499 = add i32 0, %3498
	%3500 = add i32 0, %3496
	%3501 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%3502 = load i32, i32 addrspace(3)* %3501
	%3503 = icmp sgt i32 %3470, 1
	%3504 = select i1 %3503, i32 %3502, i32 0
	%3505 = add i32 %3499, %3504
	%3506 = add i32 %3500, %3502
	%3507 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%3508 = load i32, i32 addrspace(3)* %3507
	%3509 = icmp sgt i32 %3470, 2
	%3510 = select i1 %3509, i32 %3508, i32 0
	%3511 = add i32 %3505, %3510
	%3512 = add i32 %3506, %3508
	%3513 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%3514 = load i32, i32 addrspace(3)* %3513
	%3515 = icmp sgt i32 %3470, 3
	%3516 = select i1 %3515, i32 %3514, i32 0
	%3517 = add i32 %3511, %3516
	%3518 = add i32 %3512, %3514
	%3519 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%3520 = load i32, i32 addrspace(3)* %3519
	%3521 = icmp sgt i32 %3470, 4
	%3522 = select i1 %3521, i32 %3520, i32 0
	%3523 = add i32 %3517, %3522
	%3524 = add i32 %3518, %3520
	%3525 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%3526 = load i32, i32 addrspace(3)* %3525
	%3527 = icmp sgt i32 %3470, 5
	%3528 = select i1 %3527, i32 %3526, i32 0
	%3529 = add i32 %3523, %3528
	%3530 = add i32 %3524, %3526
	%3531 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%3532 = load i32, i32 addrspace(3)* %3531
	%3533 = icmp sgt i32 %3470, 6
	%3534 = select i1 %3533, i32 %3532, i32 0
	%3535 = add i32 %3529, %3534
	%3536 = add i32 %3530, %3532
	%3537 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%3538 = load i32, i32 addrspace(3)* %3537
	%3539 = icmp sgt i32 %3470, 7
	%3540 = select i1 %3539, i32 %3538, i32 0
	%3541 = add i32 %3535, %3540
	%3542 = add i32 %3536, %3538
	%3543 = add i32 %3541, %3490
	%3544 = sub i32 %3543, %3412
	%3545 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %3544, i32 addrspace(3)* %3545
	call void @llvm.nvvm.barrier0()
	br i1 %3037, label %3546, label %3554

3546:
	%3547 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3050
	%3548 = load i32, i32 addrspace(3)* %3547
	%3549 = add i32 %3548, %3419
	%3550 = add i32 %3549, u0x1000
	%3551 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3550
	store i32 %3047, i32 addrspace(3)* %3551
	%3552 = add i32 %3549, 6144
	%3553 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3552
	store i32 %3048, i32 addrspace(3)* %3553
	br label %3554

3554:
	br i1 %3052, label %3555, label %3563

3555:
	%3556 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3064
	%3557 = load i32, i32 addrspace(3)* %3556
	%3558 = add i32 %3557, %3426
	%3559 = add i32 %3558, u0x1000
	%3560 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3559
	store i32 %3061, i32 addrspace(3)* %3560
	%3561 = add i32 %3558, 6144
	%3562 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3561
	store i32 %3062, i32 addrspace(3)* %3562
	br label %3563

3563:
	br i1 %3066, label %3564, label %3572

3564:
	%3565 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3078
	%3566 = load i32, i32 addrspace(3)* %3565
	%3567 = add i32 %3566, %3433
	%3568 = add i32 %3567, u0x1000
	%3569 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3568
	store i32 %3075, i32 addrspace(3)* %3569
	%3570 = add i32 %3567, 6144
	%3571 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3570
	store i32 %3076, i32 addrspace(3)* %3571
	br label %3572

3572:
	br i1 %3080, label %3573, label %3581

3573:
	%3574 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3092
	%3575 = load i32, i32 addrspace(3)* %3574
	%3576 = add i32 %3575, %3440
	%3577 = add i32 %3576, u0x1000
	%3578 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3577
	store i32 %3089, i32 addrspace(3)* %3578
	%3579 = add i32 %3576, 6144
	%3580 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3579
	store i32 %3090, i32 addrspace(3)* %3580
	br label %3581

3581:
	br i1 %3094, label %3582, label %3590

3582:
	%3583 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3106
	%3584 = load i32, i32 addrspace(3)* %3583
	%3585 = add i32 %3584, %3447
	%3586 = add i32 %3585, u0x1000
	%3587 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3586
	store i32 %3103, i32 addrspace(3)* %3587
	%3588 = add i32 %3585, 6144
	%3589 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3588
	store i32 %3104, i32 addrspace(3)* %3589
	br label %3590

3590:
	br i1 %3108, label %3591, label %3599

3591:
	%3592 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3120
	%3593 = load i32, i32 addrspace(3)* %3592
	%3594 = add i32 %3593, %3454
	%3595 = add i32 %3594, u0x1000
	%3596 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3595
	store i32 %3117, i32 addrspace(3)* %3596
	%3597 = add i32 %3594, 6144
	%3598 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3597
	store i32 %3118, i32 addrspace(3)* %3598
	br label %3599

3599:
	br i1 %3122, label %3600, label %3608

3600:
	%3601 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3134
	%3602 = load i32, i32 addrspace(3)* %3601
	%3603 = add i32 %3602, %3461
	%3604 = add i32 %3603, u0x1000
	%3605 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3604
	store i32 %3131, i32 addrspace(3)* %3605
	%3606 = add i32 %3603, 6144
	%3607 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3606
	store i32 %3132, i32 addrspace(3)* %3607
	br label %3608

3608:
	br i1 %3136, label %3609, label %3617

3609:
	%3610 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3148
	%3611 = load i32, i32 addrspace(3)* %3610
	%3612 = add i32 %3611, %3468
	%3613 = add i32 %3612, u0x1000
	%3614 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3613
	store i32 %3145, i32 addrspace(3)* %3614
	%3615 = add i32 %3612, 6144
	%3616 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3615
	store i32 %3146, i32 addrspace(3)* %3616
	br label %3617

3617:
	call void @llvm.nvvm.barrier0()
	%3618 = sub i32 %9, %3030
	%3619 = icmp slt i32 2048, %3618
	%3620 = select i1 %3619, i32 2048, i32 %3618
	%3621 = add i32 0, %0
	%3622 = icmp slt i32 %3621, %3620
	br i1 %3622, label %3623, label %3645

3623:
	%3624 = add i32 %3621, u0x1000
	%3625 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3624
	%3626 = load i32, i32 addrspace(3)* %3625
	%3627 = lshr i32 %3626, 16
	%3628 = and i32 %3627, 255
	%3629 = add i32 %3628, 512
	%3630 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3629
	%3631 = load i32, i32 addrspace(3)* %3630
	%3632 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3628
	%3633 = load i32, i32 addrspace(3)* %3632
	%3634 = sub i32 %3621, %3633
	%3635 = add i32 %3631, %3634
	%3636 = mul i32 %3635, 2
	%3637 = sext i32 %3636 to i64
	%3638 = getelementptr i32, i32* %50, i64 %3637
	store i32 %3626, i32* %3638
	%3639 = add i32 %3621, 6144
	%3640 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3639
	%3641 = load i32, i32 addrspace(3)* %3640
	%3642 = mul i32 %3635, 2
	%3643 = sext i32 %3642 to i64
	%3644 = getelementptr i32, i32* %49, i64 %3643
	store i32 %3641, i32* %3644
	br label %3645

3645:
	%3646 = add i32 256, %0
	%3647 = icmp slt i32 %3646, %3620
	br i1 %3647, label %3648, label %3670

3648:
	%3649 = add i32 %3646, u0x1000
	%3650 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3649
	%3651 = load i32, i32 addrspace(3)* %3650
	%3652 = lshr i32 %3651, 16
	%3653 = and i32 %3652, 255
	%3654 = add i32 %3653, 512
	%3655 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3654
	%3656 = load i32, i32 addrspace(3)* %3655
	%3657 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3653
	%3658 = load i32, i32 addrspace(3)* %3657
	%3659 = sub i32 %3646, %3658
	%3660 = add i32 %3656, %3659
	%3661 = mul i32 %3660, 2
	%3662 = sext i32 %3661 to i64
	%3663 = getelementptr i32, i32* %50, i64 %3662
	store i32 %3651, i32* %3663
	%3664 = add i32 %3646, 6144
	%3665 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3664
	%3666 = load i32, i32 addrspace(3)* %3665
	%3667 = mul i32 %3660, 2
	%3668 = sext i32 %3667 to i64
	%3669 = getelementptr i32, i32* %49, i64 %3668
	store i32 %3666, i32* %3669
	br label %3670

3670:
	%3671 = add i32 512, %0
	%3672 = icmp slt i32 %3671, %3620
	br i1 %3672, label %3673, label %3695

3673:
	%3674 = add i32 %3671, u0x1000
	%3675 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3674
	%3676 = load i32, i32 addrspace(3)* %3675
	%3677 = lshr i32 %3676, 16
	%3678 = and i32 %3677, 255
	%3679 = add i32 %3678, 512
	%3680 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3679
	%3681 = load i32, i32 addrspace(3)* %3680
	%3682 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3678
	%3683 = load i32, i32 addrspace(3)* %3682
	%3684 = sub i32 %3671, %3683
	%3685 = add i32 %3681, %3684
	%3686 = mul i32 %3685, 2
	%3687 = sext i32 %3686 to i64
	%3688 = getelementptr i32, i32* %50, i64 %3687
	store i32 %3676, i32* %3688
	%3689 = add i32 %3671, 6144
	%3690 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3689
	%3691 = load i32, i32 addrspace(3)* %3690
	%3692 = mul i32 %3685, 2
	%3693 = sext i32 %3692 to i64
	%3694 = getelementptr i32, i32* %49, i64 %3693
	store i32 %3691, i32* %3694
	br label %3695

3695:
	%3696 = add i32 768, %0
	%3697 = icmp slt i32 %3696, %3620
	br i1 %3697, label %3698, label %3720

3698:
	%3699 = add i32 %3696, u0x1000
	%3700 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3699
	%3701 = load i32, i32 addrspace(3)* %3700
	%3702 = lshr i32 %3701, 16
	%3703 = and i32 %3702, 255
	%3704 = add i32 %3703, 512
	%3705 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3704
	%3706 = load i32, i32 addrspace(3)* %3705
	%3707 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3703
	%3708 = load i32, i32 addrspace(3)* %3707
	%3709 = sub i32 %3696, %3708
	%3710 = add i32 %3706, %3709
	%3711 = mul i32 %3710, 2
	%3712 = sext i32 %3711 to i64
	%3713 = getelementptr i32, i32* %50, i64 %3712
	store i32 %3701, i32* %3713
	%3714 = add i32 %3696, 6144
	%3715 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3714
	%3716 = load i32, i32 addrspace(3)* %3715
	%3717 = mul i32 %3710, 2
	%3718 = sext i32 %3717 to i64
	%3719 = getelementptr i32, i32* %49, i64 %3718
	store i32 %3716, i32* %3719
	br label %3720

3720:
	%3721 = add i32 1024, %0
	%3722 = icmp slt i32 %3721, %3620
	br i1 %3722, label %3723, label %3745

3723:
	%3724 = add i32 %3721, u0x1000
	%3725 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3724
	%3726 = load i32, i32 addrspace(3)* %3725
	%3727 = lshr i32 %3726, 16
	%3728 = and i32 %3727, 255
	%3729 = add i32 %3728, 512
	%3730 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3729
	%3731 = load i32, i32 addrspace(3)* %3730
	%3732 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3728
	%3733 = load i32, i32 addrspace(3)* %3732
	%3734 = sub i32 %3721, %3733
	%3735 = add i32 %3731, %3734
	%3736 = mul i32 %3735, 2
	%3737 = sext i32 %3736 to i64
	%3738 = getelementptr i32, i32* %50, i64 %3737
	store i32 %3726, i32* %3738
	%3739 = add i32 %3721, 6144
	%3740 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3739
	%3741 = load i32, i32 addrspace(3)* %3740
	%3742 = mul i32 %3735, 2
	%3743 = sext i32 %3742 to i64
	%3744 = getelementptr i32, i32* %49, i64 %3743
	store i32 %3741, i32* %3744
	br label %3745

3745:
	%3746 = add i32 1280, %0
	%3747 = icmp slt i32 %3746, %3620
	br i1 %3747, label %3748, label %3770

3748:
	%3749 = add i32 %3746, u0x1000
	%3750 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3749
	%3751 = load i32, i32 addrspace(3)* %3750
	%3752 = lshr i32 %3751, 16
	%3753 = and i32 %3752, 255
	%3754 = add i32 %3753, 512
	%3755 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3754
	%3756 = load i32, i32 addrspace(3)* %3755
	%3757 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3753
	%3758 = load i32, i32 addrspace(3)* %3757
	%3759 = sub i32 %3746, %3758
	%3760 = add i32 %3756, %3759
	%3761 = mul i32 %3760, 2
	%3762 = sext i32 %3761 to i64
	%3763 = getelementptr i32, i32* %50, i64 %3762
	store i32 %3751, i32* %3763
	%3764 = add i32 %3746, 6144
	%3765 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3764
	%3766 = load i32, i32 addrspace(3)* %3765
	%3767 = mul i32 %3760, 2
	%3768 = sext i32 %3767 to i64
	%3769 = getelementptr i32, i32* %49, i64 %3768
	store i32 %3766, i32* %3769
	br label %3770

3770:
	%3771 = add i32 1536, %0
	%3772 = icmp slt i32 %3771, %3620
	br i1 %3772, label %3773, label %3795

3773:
	%3774 = add i32 %3771, u0x1000
	%3775 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3774
	%3776 = load i32, i32 addrspace(3)* %3775
	%3777 = lshr i32 %3776, 16
	%3778 = and i32 %3777, 255
	%3779 = add i32 %3778, 512
	%3780 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3779
	%3781 = load i32, i32 addrspace(3)* %3780
	%3782 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3778
	%3783 = load i32, i32 addrspace(3)* %3782
	%3784 = sub i32 %3771, %3783
	%3785 = add i32 %3781, %3784
	%3786 = mul i32 %3785, 2
	%3787 = sext i32 %3786 to i64
	%3788 = getelementptr i32, i32* %50, i64 %3787
	store i32 %3776, i32* %3788
	%3789 = add i32 %3771, 6144
	%3790 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3789
	%3791 = load i32, i32 addrspace(3)* %3790
	%3792 = mul i32 %3785, 2
	%3793 = sext i32 %3792 to i64
	%3794 = getelementptr i32, i32* %49, i64 %3793
	store i32 %3791, i32* %3794
	br label %3795

3795:
	%3796 = add i32 1792, %0
	%3797 = icmp slt i32 %3796, %3620
	br i1 %3797, label %3798, label %3820

3798:
	%3799 = add i32 %3796, u0x1000
	%3800 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3799
	%3801 = load i32, i32 addrspace(3)* %3800
	%3802 = lshr i32 %3801, 16
	%3803 = and i32 %3802, 255
	%3804 = add i32 %3803, 512
	%3805 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3804
	%3806 = load i32, i32 addrspace(3)* %3805
	%3807 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3803
	%3808 = load i32, i32 addrspace(3)* %3807
	%3809 = sub i32 %3796, %3808
	%3810 = add i32 %3806, %3809
	%3811 = mul i32 %3810, 2
	%3812 = sext i32 %3811 to i64
	%3813 = getelementptr i32, i32* %50, i64 %3812
	store i32 %3801, i32* %3813
	%3814 = add i32 %3796, 6144
	%3815 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3814
	%3816 = load i32, i32 addrspace(3)* %3815
	%3817 = mul i32 %3810, 2
	%3818 = sext i32 %3817 to i64
	%3819 = getelementptr i32, i32* %49, i64 %3818
	store i32 %3816, i32* %3819
	br label %3820

3820:
	call void @llvm.nvvm.barrier0()
	%3821 = add i32 %0, 512
	%3822 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3821
	%3823 = load i32, i32 addrspace(3)* %3822
	%3824 = add i32 %3823, %3412
	%3825 = add i32 %0, 512
	%3826 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3825
	store i32 %3824, i32 addrspace(3)* %3826
	%3827 = add i32 %3030, 2048
	br label %3029

3828:
	%3829 = phi i32 [ 0, %3038 ], [ %4626, %4619 ]
	%3830 = icmp slt i32 %3829, %9
	br i1 %3830, label %3831, label %3837

3831:
	%3832 = mul i32 %4, 256
	%3833 = add i32 %3832, %3
	%3834 = add i32 %3829, %3833
	%3835 = add i32 %3834, 0
	%3836 = icmp slt i32 %3835, %9
	br i1 %3836, label %3838, label %3847

3837:
	call void @llvm.nvvm.barrier0()
	ret void

3838:
	%3839 = mul i32 %3835, 2
	%3840 = sext i32 %3839 to i64
	%3841 = getelementptr i32, i32* %50, i64 %3840
	%3842 = load i32, i32* %3841
	%3843 = mul i32 %3835, 2
	%3844 = sext i32 %3843 to i64
	%3845 = getelementptr i32, i32* %49, i64 %3844
	%3846 = load i32, i32* %3845
	br label %3847

3847:
	%3848 = phi i32 [ 0, %3831 ], [ %3842, %3838 ]
	%3849 = phi i32 [ 0, %3831 ], [ %3846, %3838 ]
	%3850 = lshr i32 %3848, 24
	%3851 = and i32 %3850, 255
	%3852 = add i32 %3834, 32
	%3853 = icmp slt i32 %3852, %9
	br i1 %3853, label %3854, label %3863

3854:
	%3855 = mul i32 %3852, 2
	%3856 = sext i32 %3855 to i64
	%3857 = getelementptr i32, i32* %50, i64 %3856
	%3858 = load i32, i32* %3857
	%3859 = mul i32 %3852, 2
	%3860 = sext i32 %3859 to i64
	%3861 = getelementptr i32, i32* %49, i64 %3860
	%3862 = load i32, i32* %3861
	br label %3863

3863:
	%3864 = phi i32 [ 0, %3847 ], [ %3858, %3854 ]
	%3865 = phi i32 [ 0, %3847 ], [ %3862, %3854 ]
	%3866 = lshr i32 %3864, 24
	%3867 = and i32 %3866, 255
	%3868 = add i32 %3834, 64
	%3869 = icmp slt i32 %3868, %9
	br i1 %3869, label %3870, label %3879

3870:
	%3871 = mul i32 %3868, 2
	%3872 = sext i32 %3871 to i64
	%3873 = getelementptr i32, i32* %50, i64 %3872
	%3874 = load i32, i32* %3873
	%3875 = mul i32 %3868, 2
	%3876 = sext i32 %3875 to i64
	%3877 = getelementptr i32, i32* %49, i64 %3876
	%3878 = load i32, i32* %3877
	br label %3879

3879:
	%3880 = phi i32 [ 0, %3863 ], [ %3874, %3870 ]
	%3881 = phi i32 [ 0, %3863 ], [ %3878, %3870 ]
	%3882 = lshr i32 %3880, 24
	%3883 = and i32 %3882, 255
	%3884 = add i32 %3834, 96
	%3885 = icmp slt i32 %3884, %9
	br i1 %3885, label %3886, label %3895

3886:
	%3887 = mul i32 %3884, 2
	%3888 = sext i32 %3887 to i64
	%3889 = getelementptr i32, i32* %50, i64 %3888
	%3890 = load i32, i32* %3889
	%3891 = mul i32 %3884, 2
	%3892 = sext i32 %3891 to i64
	%3893 = getelementptr i32, i32* %49, i64 %3892
	%3894 = load i32, i32* %3893
	br label %3895

3895:
	%3896 = phi i32 [ 0, %3879 ], [ %3890, %3886 ]
	%3897 = phi i32 [ 0, %3879 ], [ %3894, %3886 ]
	%3898 = lshr i32 %3896, 24
	%3899 = and i32 %3898, 255
	%3900 = add i32 %3834, 128
	%3901 = icmp slt i32 %3900, %9
	br i1 %3901, label %3902, label %3911

3902:
	%3903 = mul i32 %3900, 2
	%3904 = sext i32 %3903 to i64
	%3905 = getelementptr i32, i32* %50, i64 %3904
	%3906 = load i32, i32* %3905
	%3907 = mul i32 %3900, 2
	%3908 = sext i32 %3907 to i64
	%3909 = getelementptr i32, i32* %49, i64 %3908
	%3910 = load i32, i32* %3909
	br label %3911

3911:
	%3912 = phi i32 [ 0, %3895 ], [ %3906, %3902 ]
	%3913 = phi i32 [ 0, %3895 ], [ %3910, %3902 ]
	%3914 = lshr i32 %3912, 24
	%3915 = and i32 %3914, 255
	%3916 = add i32 %3834, 160
	%3917 = icmp slt i32 %3916, %9
	br i1 %3917, label %3918, label %3927

3918:
	%3919 = mul i32 %3916, 2
	%3920 = sext i32 %3919 to i64
	%3921 = getelementptr i32, i32* %50, i64 %3920
	%3922 = load i32, i32* %3921
	%3923 = mul i32 %3916, 2
	%3924 = sext i32 %3923 to i64
	%3925 = getelementptr i32, i32* %49, i64 %3924
	%3926 = load i32, i32* %3925
	br label %3927

3927:
	%3928 = phi i32 [ 0, %3911 ], [ %3922, %3918 ]
	%3929 = phi i32 [ 0, %3911 ], [ %3926, %3918 ]
	%3930 = lshr i32 %3928, 24
	%3931 = and i32 %3930, 255
	%3932 = add i32 %3834, 192
	%3933 = icmp slt i32 %3932, %9
	br i1 %3933, label %3934, label %3943

3934:
	%3935 = mul i32 %3932, 2
	%3936 = sext i32 %3935 to i64
	%3937 = getelementptr i32, i32* %50, i64 %3936
	%3938 = load i32, i32* %3937
	%3939 = mul i32 %3932, 2
	%3940 = sext i32 %3939 to i64
	%3941 = getelementptr i32, i32* %49, i64 %3940
	%3942 = load i32, i32* %3941
	br label %3943

3943:
	%3944 = phi i32 [ 0, %3927 ], [ %3938, %3934 ]
	%3945 = phi i32 [ 0, %3927 ], [ %3942, %3934 ]
	%3946 = lshr i32 %3944, 24
	%3947 = and i32 %3946, 255
	%3948 = add i32 %3834, 224
	%3949 = icmp slt i32 %3948, %9
	br i1 %3949, label %3950, label %3959

3950:
	%3951 = mul i32 %3948, 2
	%3952 = sext i32 %3951 to i64
	%3953 = getelementptr i32, i32* %50, i64 %3952
	%3954 = load i32, i32* %3953
	%3955 = mul i32 %3948, 2
	%3956 = sext i32 %3955 to i64
	%3957 = getelementptr i32, i32* %49, i64 %3956
	%3958 = load i32, i32* %3957
	br label %3959

3959:
	%3960 = phi i32 [ 0, %3943 ], [ %3954, %3950 ]
	%3961 = phi i32 [ 0, %3943 ], [ %3958, %3950 ]
	%3962 = lshr i32 %3960, 24
	%3963 = and i32 %3962, 255
	%3964 = select i1 %3836, i32 %3851, i32 256
	%3965 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3964)
	%3966 = and i32 %3965, %1430
	%3967 = call i32 @llvm.ctpop.i32(i32 %3966)
	br i1 %3836, label %3968, label %3973

3968:
	%3969 = mul i32 %4, 256
	%3970 = add i32 %3969, %3851
	%3971 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3970
	%3972 = load i32, i32 addrspace(3)* %3971
	br label %3973

3973:
	%3974 = phi i32 [ 0, %3959 ], [ %3972, %3968 ]
	%3975 = add i32 %3974, %3967
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3976 = icmp eq i32 %3967, 0
	%3977 = and i1 %3836, %3976
	br i1 %3977, label %3978, label %3984

3978:
	%3979 = call i32 @llvm.ctpop.i32(i32 %3965)
	%3980 = add i32 %3974, %3979
	%3981 = mul i32 %4, 256
	%3982 = add i32 %3981, %3851
	%3983 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3982
	store i32 %3980, i32 addrspace(3)* %3983
	br label %3984

3984:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3985 = select i1 %3853, i32 %3867, i32 256
	%3986 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3985)
	%3987 = and i32 %3986, %1430
	%3988 = call i32 @llvm.ctpop.i32(i32 %3987)
	br i1 %3853, label %3989, label %3994

3989:
	%3990 = mul i32 %4, 256
	%3991 = add i32 %3990, %3867
	%3992 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3991
	%3993 = load i32, i32 addrspace(3)* %3992
	br label %3994

3994:
	%3995 = phi i32 [ 0, %3984 ], [ %3993, %3989 ]
	%3996 = add i32 %3995, %3988
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3997 = icmp eq i32 %3988, 0
	%3998 = and i1 %3853, %3997
	br i1 %3998, label %3999, label %4005

3999:
	%4000 = call i32 @llvm.ctpop.i32(i32 %3986)
	%4001 = add i32 %3995, %4000
	%4002 = mul i32 %4, 256
	%4003 = add i32 %4002, %3867
	%4004 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4003
	store i32 %4001, i32 addrspace(3)* %4004
	br label %4005

4005:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4006 = select i1 %3869, i32 %3883, i32 256
	%4007 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4006)
	%4008 = and i32 %4007, %1430
	%4009 = call i32 @llvm.ctpop.i32(i32 %4008)
	br i1 %3869, label %4010, label %4015

4010:
	%4011 = mul i32 %4, 256
	%4012 = add i32 %4011, %3883
	%4013 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4012
	%4014 = load i32, i32 addrspace(3)* %4013
	br label %4015

4015:
	%4016 = phi i32 [ 0, %4005 ], [ %4014, %4010 ]
	%4017 = add i32 %4016, %4009
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4018 = icmp eq i32 %4009, 0
	%4019 = and i1 %3869, %4018
	br i1 %4019, label %4020, label %4026

4020:
	%4021 = call i32 @llvm.ctpop.i32(i32 %4007)
	%4022 = add i32 %4016, %4021
	%4023 = mul i32 %4, 256
	%4024 = add i32 %4023, %3883
	%4025 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4024
	store i32 %4022, i32 addrspace(3)* %4025
	br label %4026

4026:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4027 = select i1 %3885, i32 %3899, i32 256
	%4028 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4027)
	%4029 = and i32 %4028, %1430
	%4030 = call i32 @llvm.ctpop.i32(i32 %4029)
	br i1 %3885, label %4031, label %4036

4031:
	%4032 = mul i32 %4, 256
	%4033 = add i32 %4032, %3899
	%4034 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4033
	%4035 = load i32, i32 addrspace(3)* %4034
	br label %4036

4036:
	%4037 = phi i32 [ 0, %4026 ], [ %4035, %4031 ]
	%4038 = add i32 %4037, %4030
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4039 = icmp eq i32 %4030, 0
	%4040 = and i1 %3885, %4039
	br i1 %4040, label %4041, label %4047

4041:
	%4042 = call i32 @llvm.ctpop.i32(i32 %4028)
	%4043 = add i32 %4037, %4042
	%4044 = mul i32 %4, 256
	%4045 = add i32 %4044, %3899
	%4046 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4045
	store i32 %4043, i32 addrspace(3)* %4046
	br label %4047

4047:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4048 = select i1 %3901, i32 %3915, i32 256
	%4049 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4048)
	%4050 = and i32 %4049, %1430
	%4051 = call i32 @llvm.ctpop.i32(i32 %4050)
	br i1 %3901, label %4052, label %4057

4052:
	%4053 = mul i32 %4, 256
	%4054 = add i32 %4053, %3915
	%4055 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4054
	%4056 = load i32, i32 addrspace(3)* %4055
	br label %4057

4057:
	%4058 = phi i32 [ 0, %4047 ], [ %4056, %4052 ]
	%4059 = add i32 %4058, %4051
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4060 = icmp eq i32 %4051, 0
	%4061 = and i1 %3901, %4060
	br i1 %4061, label %4062, label %4068

4062:
	%4063 = call i32 @llvm.ctpop.i32(i32 %4049)
	%4064 = add i32 %4058, %4063
	%4065 = mul i32 %4, 256
	%4066 = add i32 %4065, %3915
	%4067 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4066
	store i32 %4064, i32 addrspace(3)* %4067
	br label %4068

4068:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4069 = select i1 %3917, i32 %3931, i32 256
	%4070 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4069)
	%4071 = and i32 %4070, %1430
	%4072 = call i32 @llvm.ctpop.i32(i32 %4071)
	br i1 %3917, label %4073, label %4078

4073:
	%4074 = mul i32 %4, 256
	%4075 = add i32 %4074, %3931
	%4076 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4075
	%4077 = load i32, i32 addrspace(3)* %4076
	br label %4078

4078:
	%4079 = phi i32 [ 0, %4068 ], [ %4077, %4073 ]
	%4080 = add i32 %4079, %4072
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4081 = icmp eq i32 %4072, 0
	%4082 = and i1 %3917, %4081
	br i1 %4082, label %4083, label %4089

4083:
	%4084 = call i32 @llvm.ctpop.i32(i32 %4070)
	%4085 = add i32 %4079, %4084
	%4086 = mul i32 %4, 256
	%4087 = add i32 %4086, %3931
	%4088 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4087
	store i32 %4085, i32 addrspace(3)* %4088
	br label %4089

4089:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4090 = select i1 %3933, i32 %3947, i32 256
	%4091 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4090)
	%4092 = and i32 %4091, %1430
	%4093 = call i32 @llvm.ctpop.i32(i32 %4092)
	br i1 %3933, label %4094, label %4099

4094:
	%4095 = mul i32 %4, 256
	%4096 = add i32 %4095, %3947
	%4097 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4096
	%4098 = load i32, i32 addrspace(3)* %4097
	br label %4099

4099:
	%4100 = phi i32 [ 0, %4089 ], [ %4098, %4094 ]
	%4101 = add i32 %4100, %4093
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4102 = icmp eq i32 %4093, 0
	%4103 = and i1 %3933, %4102
	br i1 %4103, label %4104, label %4110

4104:
	%4105 = call i32 @llvm.ctpop.i32(i32 %4091)
	%4106 = add i32 %4100, %4105
	%4107 = mul i32 %4, 256
	%4108 = add i32 %4107, %3947
	%4109 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4108
	store i32 %4106, i32 addrspace(3)* %4109
	br label %4110

4110:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4111 = select i1 %3949, i32 %3963, i32 256
	%4112 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4111)
	%4113 = and i32 %4112, %1430
	%4114 = call i32 @llvm.ctpop.i32(i32 %4113)
	br i1 %3949, label %4115, label %4120

4115:
	%4116 = mul i32 %4, 256
	%4117 = add i32 %4116, %3963
	%4118 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4117
	%4119 = load i32, i32 addrspace(3)* %4118
	br label %4120

4120:
	%4121 = phi i32 [ 0, %4110 ], [ %4119, %4115 ]
	%4122 = add i32 %4121, %4114
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4123 = icmp eq i32 %4114, 0
	%4124 = and i1 %3949, %4123
	br i1 %4124, label %4125, label %4131

4125:
	%4126 = call i32 @llvm.ctpop.i32(i32 %4112)
	%4127 = add i32 %4121, %4126
	%4128 = mul i32 %4, 256
	%4129 = add i32 %4128, %3963
	%4130 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4129
	store i32 %4127, i32 addrspace(3)* %4130
	br label %4131

4131:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%4132 = mul i32 0, 256
	%4133 = add i32 %4132, %0
	%4134 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4133
	%4135 = load i32, i32 addrspace(3)* %4134
	%4136 = mul i32 0, 256
	%4137 = add i32 %4136, %0
	%4138 = add i32 2048, %4137
	%4139 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4138
	store i32 0, i32 addrspace(3)* %4139
	%4140 = mul i32 0, 256
	%4141 = add i32 %4140, %0
	%4142 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4141
	store i32 0, i32 addrspace(3)* %4142
	%4143 = add i32 0, %4135
	%4144 = mul i32 1, 256
	%4145 = add i32 %4144, %0
	%4146 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4145
	%4147 = load i32, i32 addrspace(3)* %4146
	%4148 = mul i32 1, 256
	%4149 = add i32 %4148, %0
	%4150 = add i32 2048, %4149
	%4151 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4150
	store i32 %4143, i32 addrspace(3)* %4151
	%4152 = mul i32 1, 256
	%4153 = add i32 %4152, %0
	%4154 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4153
	store i32 0, i32 addrspace(3)* %4154
	%4155 = add i32 %4143, %4147
	%4156 = mul i32 2, 256
	%4157 = add i32 %4156, %0
	%4158 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4157
	%4159 = load i32, i32 addrspace(3)* %4158
	%4160 = mul i32 2, 256
	%4161 = add i32 %4160, %0
	%4162 = add i32 2048, %4161
	%4163 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4162
	store i32 %4155, i32 addrspace(3)* %4163
	%4164 = mul i32 2, 256
	%4165 = add i32 %4164, %0
	%4166 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4165
	store i32 0, i32 addrspace(3)* %4166
	%4167 = add i32 %4155, %4159
	%4168 = mul i32 3, 256
	%4169 = add i32 %4168, %0
	%4170 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4169
	%4171 = load i32, i32 addrspace(3)* %4170
	%4172 = mul i32 3, 256
	%4173 = add i32 %4172, %0
	%4174 = add i32 2048, %4173
	%4175 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4174
	store i32 %4167, i32 addrspace(3)* %4175
	%4176 = mul i32 3, 256
	%4177 = add i32 %4176, %0
	%4178 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4177
	store i32 0, i32 addrspace(3)* %4178
	%4179 = add i32 %4167, %4171
	%4180 = mul i32 4, 256
	%4181 = add i32 %4180, %0
	%4182 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4181
	%4183 = load i32, i32 addrspace(3)* %4182
	%4184 = mul i32 4, 256
	%4185 = add i32 %4184, %0
	%4186 = add i32 2048, %4185
	%4187 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4186
	store i32 %4179, i32 addrspace(3)* %4187
	%4188 = mul i32 4, 256
	%4189 = add i32 %4188, %0
	%4190 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4189
	store i32 0, i32 addrspace(3)* %4190
	%4191 = add i32 %4179, %4183
	%4192 = mul i32 5, 256
	%4193 = add i32 %4192, %0
	%4194 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4193
	%4195 = load i32, i32 addrspace(3)* %4194
	%4196 = mul i32 5, 256
	%4197 = add i32 %4196, %0
	%4198 = add i32 2048, %4197
	%4199 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4198
	store i32 %4191, i32 addrspace(3)* %4199
	%4200 = mul i32 5, 256
	%4201 = add i32 %4200, %0
	%4202 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4201
	store i32 0, i32 addrspace(3)* %4202
	%4203 = add i32 %4191, %4195
	%4204 = mul i32 6, 256
	%4205 = add i32 %4204, %0
	%4206 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4205
	%4207 = load i32, i32 addrspace(3)* %4206
	%4208 = mul i32 6, 256
	%4209 = add i32 %4208, %0
	%4210 = add i32 2048, %4209
	%4211 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4210
	store i32 %4203, i32 addrspace(3)* %4211
	%4212 = mul i32 6, 256
	%4213 = add i32 %4212, %0
	%4214 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4213
	store i32 0, i32 addrspace(3)* %4214
	%4215 = add i32 %4203, %4207
	%4216 = mul i32 7, 256
	%4217 = add i32 %4216, %0
	%4218 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4217
	%4219 = load i32, i32 addrspace(3)* %4218
	%4220 = mul i32 7, 256
	%4221 = add i32 %4220, %0
	%4222 = add i32 2048, %4221
	%4223 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4222
	store i32 %4215, i32 addrspace(3)* %4223
	%4224 = mul i32 7, 256
	%4225 = add i32 %4224, %0
	%4226 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4225
	store i32 0, i32 addrspace(3)* %4226
	%4227 = add i32 %4215, %4219
	call void @llvm.nvvm.barrier0()
	%4228 = select i1 %3836, i32 %3851, i32 0
	%4229 = mul i32 %4, 256
	%4230 = add i32 %4229, %4228
	%4231 = add i32 2048, %4230
	%4232 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4231
	%4233 = load i32, i32 addrspace(3)* %4232
	%4234 = add i32 %3975, %4233
	%4235 = select i1 %3853, i32 %3867, i32 0
	%4236 = mul i32 %4, 256
	%4237 = add i32 %4236, %4235
	%4238 = add i32 2048, %4237
	%4239 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4238
	%4240 = load i32, i32 addrspace(3)* %4239
	%4241 = add i32 %3996, %4240
	%4242 = select i1 %3869, i32 %3883, i32 0
	%4243 = mul i32 %4, 256
	%4244 = add i32 %4243, %4242
	%4245 = add i32 2048, %4244
	%4246 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4245
	%4247 = load i32, i32 addrspace(3)* %4246
	%4248 = add i32 %4017, %4247
	%4249 = select i1 %3885, i32 %3899, i32 0
	%4250 = mul i32 %4, 256
	%4251 = add i32 %4250, %4249
	%4252 = add i32 2048, %4251
	%4253 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4252
	%4254 = load i32, i32 addrspace(3)* %4253
	%4255 = add i32 %4038, %4254
	%4256 = select i1 %3901, i32 %3915, i32 0
	%4257 = mul i32 %4, 256
	%4258 = add i32 %4257, %4256
	%4259 = add i32 2048, %4258
	%4260 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4259
	%4261 = load i32, i32 addrspace(3)* %4260
	%4262 = add i32 %4059, %4261
	%4263 = select i1 %3917, i32 %3931, i32 0
	%4264 = mul i32 %4, 256
	%4265 = add i32 %4264, %4263
	%4266 = add i32 2048, %4265
	%4267 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4266
	%4268 = load i32, i32 addrspace(3)* %4267
	%4269 = add i32 %4080, %4268
	%4270 = select i1 %3933, i32 %3947, i32 0
	%4271 = mul i32 %4, 256
	%4272 = add i32 %4271, %4270
	%4273 = add i32 2048, %4272
	%4274 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4273
	%4275 = load i32, i32 addrspace(3)* %4274
	%4276 = add i32 %4101, %4275
	%4277 = select i1 %3949, i32 %3963, i32 0
	%4278 = mul i32 %4, 256
	%4279 = add i32 %4278, %4277
	%4280 = add i32 2048, %4279
	%4281 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4280
	%4282 = load i32, i32 addrspace(3)* %4281
	%4283 = add i32 %4122, %4282
	%4284 = and i32 %0, 31
	%4285 = lshr i32 %0, 5
	%4286 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4227, i32 1, i32 0)
	%4287 = icmp uge i32 %4284, 1
	%4288 = select i1 %4287, i32 %4286, i32 0
	%4289 = add i32 %4227, %4288
	%4290 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4289, i32 2, i32 0)
	%4291 = icmp uge i32 %4284, 2
	%4292 = select i1 %4291, i32 %4290, i32 0
	%4293 = add i32 %4289, %4292
	%4294 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4293, i32 4, i32 0)
	%4295 = icmp uge i32 %4284, 4
	%4296 = select i1 %4295, i32 %4294, i32 0
	%4297 = add i32 %4293, %4296
	%4298 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4297, i32 8, i32 0)
	%4299 = icmp uge i32 %4284, 8
	%4300 = select i1 %4299, i32 %4298, i32 0
	%4301 = add i32 %4297, %4300
	%4302 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4301, i32 16, i32 0)
	%4303 = icmp uge i32 %4284, 16
	%4304 = select i1 %4303, i32 %4302, i32 0
	%4305 = add i32 %4301, %4304
	%4306 = icmp eq i32 %4284, 31
	br i1 %4306, label %4307, label %4309

4307:
	%4308 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %4285
	store i32 %4305, i32 addrspace(3)* %4308
	br label %4309

4309:
	call void @llvm.nvvm.barrier0()
	%4310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%4311 = load i32, i32 addrspace(3)* %4310
	%4312 = icmp sgt i32 %4285, 0
	%4313 = select i1 %4312, i32 %4311, i32 0
	%4314 = add i32 0, %4313
	%4315 = add i32 0, %4311
	%4316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%4317 = load i32, i32 addrspace(3)* %4316
	%4318 = icmp sgt i32 %4285, 1
	%4319 = select i1 %4318, i32 %4317, i32 0
	%4320 = add i32 %4314, %4319
	%4321 = add i32 %4315, %4317
	%4322 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%4323 = load i32, i32 addrspace(3)* %4322
	%4324 = icmp sgt i32 %4285, 2
	%4325 = select i1 %4324, i32 %4323, i32 0
	%4326 = add i32 %4320, %4325
	%4327 = add i32 %4321, %4323
	%4328 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%4329 = load i32, i32 addrspace(3)* %4328
	%4330 = icmp sgt i32 %4285, 3
	%4331 = select i1 %4330, i32 %4329, i32 0
	%4332 = add i32 %4326, %4331
	%4333 = add i32 %4327, %4329
	%4334 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%4335 = load i32, i32 addrspace(3)* %4334
	%4336 = icmp sgt i32 %4285, 4
	%4337 = select i1 %4336, i32 %4335, i32 0
	%4338 = add i32 %4332, %4337
	%4339 = add i32 %4333, %4335
	%4340 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%4341 = load i32, i32 addrspace(3)* %4340
	%4342 = icmp sgt i32 %4285, 5
	%4343 = select i1 %4342, i32 %4341, i32 0
	%4344 = add i32 %4338, %4343
	%4345 = add i32 %4339, %4341
	%4346 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%4347 = load i32, i32 addrspace(3)* %4346
	%4348 = icmp sgt i32 %4285, 6
	%4349 = select i1 %4348, i32 %4347, i32 0
	%4350 = add i32 %4344, %4349
	%4351 = add i32 %4345, %4347
	%4352 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%4353 = load i32, i32 addrspace(3)* %4352
	%4354 = icmp sgt i32 %4285, 7
	%4355 = select i1 %4354, i32 %4353, i32 0
	%4356 = add i32 %4350, %4355
	%4357 = add i32 %4351, %4353
	%4358 = add i32 %4356, %4305
	%4359 = sub i32 %4358, %4227
	%4360 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %4359, i32 addrspace(3)* %4360
	call void @llvm.nvvm.barrier0()
	br i1 %3836, label %4361, label %4369

4361:
	%4362 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3851
	%4363 = load i32, i32 addrspace(3)* %4362
	%4364 = add i32 %4363, %4234
	%4365 = add i32 %4364, u0x1000
	%4366 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4365
	store i32 %3848, i32 addrspace(3)* %4366
	%4367 = add i32 %4364, 6144
	%4368 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4367
	store i32 %3849, i32 addrspace(3)* %4368
	br label %4369

4369:
	br i1 %3853, label %4370, label %4378

4370:
	%4371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3867
	%4372 = load i32, i32 addrspace(3)* %4371
	%4373 = add i32 %4372, %4241
	%4374 = add i32 %4373, u0x1000
	%4375 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4374
	store i32 %3864, i32 addrspace(3)* %4375
	%4376 = add i32 %4373, 6144
	%4377 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4376
	store i32 %3865, i32 addrspace(3)* %4377
	br label %4378

4378:
	br i1 %3869, label %4379, label %4387

4379:
	%4380 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3883
	%4381 = load i32, i32 addrspace(3)* %4380
	%4382 = add i32 %4381, %4248
	%4383 = add i32 %4382, u0x1000
	%4384 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4383
	store i32 %3880, i32 addrspace(3)* %4384
	%4385 = add i32 %4382, 6144
	%4386 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4385
	store i32 %3881, i32 addrspace(3)* %4386
	br label %4387

4387:
	br i1 %3885, label %4388, label %4396

4388:
	%4389 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3899
	%4390 = load i32, i32 addrspace(3)* %4389
	%4391 = add i32 %4390, %4255
	%4392 = add i32 %4391, u0x1000
	%4393 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4392
	store i32 %3896, i32 addrspace(3)* %4393
	%4394 = add i32 %4391, 6144
	%4395 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4394
	store i32 %3897, i32 addrspace(3)* %4395
	br label %4396

4396:
	br i1 %3901, label %4397, label %4405

4397:
	%4398 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3915
	%4399 = load i32, i32 addrspace(3)* %4398
	%4400 = add i32 %4399, %4262
	%4401 = add i32 %4400, u0x1000
	%4402 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4401
	store i32 %3912, i32 addrspace(3)* %4402
	%4403 = add i32 %4400, 6144
	%4404 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4403
	store i32 %3913, i32 addrspace(3)* %4404
	br label %4405

4405:
	br i1 %3917, label %4406, label %4414

4406:
	%4407 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3931
	%4408 = load i32, i32 addrspace(3)* %4407
	%4409 = add i32 %4408, %4269
	%4410 = add i32 %4409, u0x1000
	%4411 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4410
	store i32 %3928, i32 addrspace(3)* %4411
	%4412 = add i32 %4409, 6144
	%4413 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4412
	store i32 %3929, i32 addrspace(3)* %4413
	br label %4414

4414:
	br i1 %3933, label %4415, label %4423

4415:
	%4416 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3947
	%4417 = load i32, i32 addrspace(3)* %4416
	%4418 = add i32 %4417, %4276
	%4419 = add i32 %4418, u0x1000
	%4420 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4419
	store i32 %3944, i32 addrspace(3)* %4420
	%4421 = add i32 %4418, 6144
	%4422 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4421
	store i32 %3945, i32 addrspace(3)* %4422
	br label %4423

4423:
	br i1 %3949, label %4424, label %4432

4424:
	%4425 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3963
	%4426 = load i32, i32 addrspace(3)* %4425
	%4427 = add i32 %4426, %4283
	%4428 = add i32 %4427, u0x1000
	%4429 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4428
	store i32 %3960, i32 addrspace(3)* %4429
	%4430 = add i32 %4427, 6144
	%4431 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4430
	store i32 %3961, i32 addrspace(3)* %4431
	br label %4432

4432:
	call void @llvm.nvvm.barrier0()
	%4433 = sub i32 %9, %3829
	%4434 = icmp slt i32 2048, %4433
	%4435 = select i1 %4434, i32 2048, i32 %4433
	%4436 = add i32 0, %0
	%4437 = icmp slt i32 %4436, %4435
	br i1 %4437, label %4438, label %4458

4438:
	%4439 = add i32 %4436, u0x1000
	%4440 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4439
	%4441 = load i32, i32 addrspace(3)* %4440
	%4442 = lshr i32 %4441, 24
	%4443 = and i32 %4442, 255
	%4444 = add i32 %4443, 768
	%4445 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4444
	%4446 = load i32, i32 addrspace(3)* %4445
	%4447 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4443
	%4448 = load i32, i32 addrspace(3)* %4447
	%4449 = sub i32 %4436, %4448
	%4450 = add i32 %4446, %4449
	%4451 = sext i32 %4450 to i64
	%4452 = getelementptr i32, i32* %44, i64 %4451
	store i32 %4441, i32* %4452
	%4453 = add i32 %4436, 6144
	%4454 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4453
	%4455 = load i32, i32 addrspace(3)* %4454
	%4456 = sext i32 %4450 to i64
	%4457 = getelementptr i32, i32* %15, i64 %4456
	store i32 %4455, i32* %4457
	br label %4458

4458:
	%4459 = add i32 256, %0
	%4460 = icmp slt i32 %4459, %4435
	br i1 %4460, label %4461, label %4481

4461:
	%4462 = add i32 %4459, u0x1000
	%4463 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4462
	%4464 = load i32, i32 addrspace(3)* %4463
	%4465 = lshr i32 %4464, 24
	%4466 = and i32 %4465, 255
	%4467 = add i32 %4466, 768
	%4468 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4467
	%4469 = load i32, i32 addrspace(3)* %4468
	%4470 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4466
	%4471 = load i32, i32 addrspace(3)* %4470
	%4472 = sub i32 %4459, %4471
	%4473 = add i32 %4469, %4472
	%4474 = sext i32 %4473 to i64
	%4475 = getelementptr i32, i32* %44, i64 %4474
	store i32 %4464, i32* %4475
	%4476 = add i32 %4459, 6144
	%4477 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4476
	%4478 = load i32, i32 addrspace(3)* %4477
	%4479 = sext i32 %4473 to i64
	%4480 = getelementptr i32, i32* %15, i64 %4479
	store i32 %4478, i32* %4480
	br label %4481

4481:
	%4482 = add i32 512, %0
	%4483 = icmp slt i32 %4482, %4435
	br i1 %4483, label %4484, label %4504

4484:
	%4485 = add i32 %4482, u0x1000
	%4486 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4485
	%4487 = load i32, i32 addrspace(3)* %4486
	%4488 = lshr i32 %4487, 24
	%4489 = and i32 %4488, 255
	%4490 = add i32 %4489, 768
	%4491 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4490
	%4492 = load i32, i32 addrspace(3)* %4491
	%4493 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4489
	%4494 = load i32, i32 addrspace(3)* %4493
	%4495 = sub i32 %4482, %4494
	%4496 = add i32 %4492, %4495
	%4497 = sext i32 %4496 to i64
	%4498 = getelementptr i32, i32* %44, i64 %4497
	store i32 %4487, i32* %4498
	%4499 = add i32 %4482, 6144
	%4500 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4499
	%4501 = load i32, i32 addrspace(3)* %4500
	%4502 = sext i32 %4496 to i64
	%4503 = getelementptr i32, i32* %15, i64 %4502
	store i32 %4501, i32* %4503
	br label %4504

4504:
	%4505 = add i32 768, %0
	%4506 = icmp slt i32 %4505, %4435
	br i1 %4506, label %4507, label %4527

4507:
	%4508 = add i32 %4505, u0x1000
	%4509 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4508
	%4510 = load i32, i32 addrspace(3)* %4509
	%4511 = lshr i32 %4510, 24
	%4512 = and i32 %4511, 255
	%4513 = add i32 %4512, 768
	%4514 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4513
	%4515 = load i32, i32 addrspace(3)* %4514
	%4516 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4512
	%4517 = load i32, i32 addrspace(3)* %4516
	%4518 = sub i32 %4505, %4517
	%4519 = add i32 %4515, %4518
	%4520 = sext i32 %4519 to i64
	%4521 = getelementptr i32, i32* %44, i64 %4520
	store i32 %4510, i32* %4521
	%4522 = add i32 %4505, 6144
	%4523 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4522
	%4524 = load i32, i32 addrspace(3)* %4523
	%4525 = sext i32 %4519 to i64
	%4526 = getelementptr i32, i32* %15, i64 %4525
	store i32 %4524, i32* %4526
	br label %4527

4527:
	%4528 = add i32 1024, %0
	%4529 = icmp slt i32 %4528, %4435
	br i1 %4529, label %4530, label %4550

4530:
	%4531 = add i32 %4528, u0x1000
	%4532 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4531
	%4533 = load i32, i32 addrspace(3)* %4532
	%4534 = lshr i32 %4533, 24
	%4535 = and i32 %4534, 255
	%4536 = add i32 %4535, 768
	%4537 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4536
	%4538 = load i32, i32 addrspace(3)* %4537
	%4539 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4535
	%4540 = load i32, i32 addrspace(3)* %4539
	%4541 = sub i32 %4528, %4540
	%4542 = add i32 %4538, %4541
	%4543 = sext i32 %4542 to i64
	%4544 = getelementptr i32, i32* %44, i64 %4543
	store i32 %4533, i32* %4544
	%4545 = add i32 %4528, 6144
	%4546 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4545
	%4547 = load i32, i32 addrspace(3)* %4546
	%4548 = sext i32 %4542 to i64
	%4549 = getelementptr i32, i32* %15, i64 %4548
	store i32 %4547, i32* %4549
	br label %4550

4550:
	%4551 = add i32 1280, %0
	%4552 = icmp slt i32 %4551, %4435
	br i1 %4552, label %4553, label %4573

4553:
	%4554 = add i32 %4551, u0x1000
	%4555 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4554
	%4556 = load i32, i32 addrspace(3)* %4555
	%4557 = lshr i32 %4556, 24
	%4558 = and i32 %4557, 255
	%4559 = add i32 %4558, 768
	%4560 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4559
	%4561 = load i32, i32 addrspace(3)* %4560
	%4562 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4558
	%4563 = load i32, i32 addrspace(3)* %4562
	%4564 = sub i32 %4551, %4563
	%4565 = add i32 %4561, %4564
	%4566 = sext i32 %4565 to i64
	%4567 = getelementptr i32, i32* %44, i64 %4566
	store i32 %4556, i32* %4567
	%4568 = add i32 %4551, 6144
	%4569 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4568
	%4570 = load i32, i32 addrspace(3)* %4569
	%4571 = sext i32 %4565 to i64
	%4572 = getelementptr i32, i32* %15, i64 %4571
	store i32 %4570, i32* %4572
	br label %4573

4573:
	%4574 = add i32 1536, %0
	%4575 = icmp slt i32 %4574, %4435
	br i1 %4575, label %4576, label %4596

4576:
	%4577 = add i32 %4574, u0x1000
	%4578 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4577
	%4579 = load i32, i32 addrspace(3)* %4578
	%4580 = lshr i32 %4579, 24
	%4581 = and i32 %4580, 255
	%4582 = add i32 %4581, 768
	%4583 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4582
	%4584 = load i32, i32 addrspace(3)* %4583
	%4585 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4581
	%4586 = load i32, i32 addrspace(3)* %4585
	%4587 = sub i32 %4574, %4586
	%4588 = add i32 %4584, %4587
	%4589 = sext i32 %4588 to i64
	%4590 = getelementptr i32, i32* %44, i64 %4589
	store i32 %4579, i32* %4590
	%4591 = add i32 %4574, 6144
	%4592 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4591
	%4593 = load i32, i32 addrspace(3)* %4592
	%4594 = sext i32 %4588 to i64
	%4595 = getelementptr i32, i32* %15, i64 %4594
	store i32 %4593, i32* %4595
	br label %4596

4596:
	%4597 = add i32 1792, %0
	%4598 = icmp slt i32 %4597, %4435
	br i1 %4598, label %4599, label %4619

4599:
	%4600 = add i32 %4597, u0x1000
	%4601 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4600
	%4602 = load i32, i32 addrspace(3)* %4601
	%4603 = lshr i32 %4602, 24
	%4604 = and i32 %4603, 255
	%4605 = add i32 %4604, 768
	%4606 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4605
	%4607 = load i32, i32 addrspace(3)* %4606
	%4608 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4604
	%4609 = load i32, i32 addrspace(3)* %4608
	%4610 = sub i32 %4597, %4609
	%4611 = add i32 %4607, %4610
	%4612 = sext i32 %4611 to i64
	%4613 = getelementptr i32, i32* %44, i64 %4612
	store i32 %4602, i32* %4613
	%4614 = add i32 %4597, 6144
	%4615 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4614
	%4616 = load i32, i32 addrspace(3)* %4615
	%4617 = sext i32 %4611 to i64
	%4618 = getelementptr i32, i32* %15, i64 %4617
	store i32 %4616, i32* %4618
	br label %4619

4619:
	call void @llvm.nvvm.barrier0()
	%4620 = add i32 %0, 768
	%4621 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4620
	%4622 = load i32, i32 addrspace(3)* %4621
	%4623 = add i32 %4622, %4227
	%4624 = add i32 %0, 768
	%4625 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4624
	store i32 %4623, i32 addrspace(3)* %4625
	%4626 = add i32 %3829, 2048
	br label %3828
}

declare i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

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
	%17 = sub i32 %NK, 1
	br label %18

18:
	%19 = phi i32 [ %0, %entry ], [ %223, %221 ]
	%20 = phi float [ 0xFFF0000000000000, %entry ], [ %222, %221 ]
	%21 = icmp slt i32 %19, %16
	br i1 %21, label %22, label %140

22:
	%23 = sub i32 %16, 1
	%24 = add i32 %19, 0
	%25 = icmp slt i32 %24, %16
	%26 = icmp slt i32 %24, %23
	%27 = select i1 %26, i32 %24, i32 %23
	%28 = add i32 %19, 256
	%29 = icmp slt i32 %28, %16
	%30 = icmp slt i32 %28, %23
	%31 = select i1 %30, i32 %28, i32 %23
	%32 = add i32 %19, 512
	%33 = icmp slt i32 %32, %16
	%34 = icmp slt i32 %32, %23
	%35 = select i1 %34, i32 %32, i32 %23
	%36 = add i32 %19, 768
	%37 = icmp slt i32 %36, %16
	%38 = icmp slt i32 %36, %23
	%39 = select i1 %38, i32 %36, i32 %23
	%40 = add i32 %19, 1024
	%41 = icmp slt i32 %40, %16
	%42 = icmp slt i32 %40, %23
	%43 = select i1 %42, i32 %40, i32 %23
	%44 = add i32 %19, 1280
	%45 = icmp slt i32 %44, %16
	%46 = icmp slt i32 %44, %23
	%47 = select i1 %46, i32 %44, i32 %23
	%48 = add i32 %19, 1536
	%49 = icmp slt i32 %48, %16
	%50 = icmp slt i32 %48, %23
	%51 = select i1 %50, i32 %48, i32 %23
	%52 = add i32 %19, 1792
	%53 = icmp slt i32 %52, %16
	%54 = icmp slt i32 %52, %23
	%55 = select i1 %54, i32 %52, i32 %23
	%56 = icmp slt i32 %24, %17
	%57 = select i1 %56, i32 %24, i32 %17
	%58 = add i32 %10, %57
	%59 = sext i32 %58 to i64
	%60 = getelementptr i8, i8* %cls, i64 %59
	%61 = load i8, i8* %60
	%62 = add i32 %11, %57
	%63 = sext i32 %62 to i64
	%64 = getelementptr float, float* %e, i64 %63
	%65 = load float, float* %64
	%66 = icmp slt i32 %28, %17
	%67 = select i1 %66, i32 %28, i32 %17
	%68 = add i32 %10, %67
	%69 = sext i32 %68 to i64
	%70 = getelementptr i8, i8* %cls, i64 %69
	%71 = load i8, i8* %70
	%72 = add i32 %11, %67
	%73 = sext i32 %72 to i64
	%74 = getelementptr float, float* %e, i64 %73
	%75 = load float, float* %74
	%76 = icmp slt i32 %32, %17
	%77 = select i1 %76, i32 %32, i32 %17
	%78 = add i32 %10, %77
	%79 = sext i32 %78 to i64
	%80 = getelementptr i8, i8* %cls, i64 %79
	%81 = load i8, i8* %80
	%82 = add i32 %11, %77
	%83 = sext i32 %82 to i64
	%84 = getelementptr float, float* %e, i64 %83
	%85 = load float, float* %84
	%86 = icmp slt i32 %36, %17
	%87 = select i1 %86, i32 %36, i32 %17
	%88 = add i32 %10, %87
	%89 = sext i32 %88 to i64
	%90 = getelementptr i8, i8* %cls, i64 %89
	%91 = load i8, i8* %90
	%92 = add i32 %11, %87
	%93 = sext i32 %92 to i64
	%94 = getelementptr float, float* %e, i64 %93
	%95 = load float, float* %94
	%96 = icmp slt i32 %40, %17
	%97 = select i1 %96, i32 %40, i32 %17
	%98 = add i32 %10, %97
	%99 = sext i32 %98 to i64
	%100 = getelementptr i8, i8* %cls, i64 %99
	%101 = load i8, i8* %100
	%102 = add i32 %11, %97
	%103 = sext i32 %102 to i64
	%104 = getelementptr float, float* %e, i64 %103
	%105 = load float, float* %104
	%106 = icmp slt i32 %44, %17
	%107 = select i1 %106, i32 %44, i32 %17
	%108 = add i32 %10, %107
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = add i32 %11, %107
	%113 = sext i32 %112 to i64
	%114 = getelementptr float, float* %e, i64 %113
	%115 = load float, float* %114
	%116 = icmp slt i32 %48, %17
	%117 = select i1 %116, i32 %48, i32 %17
	%118 = add i32 %10, %117
	%119 = sext i32 %118 to i64
	%120 = getelementptr i8, i8* %cls, i64 %119
	%121 = load i8, i8* %120
	%122 = add i32 %11, %117
	%123 = sext i32 %122 to i64
	%124 = getelementptr float, float* %e, i64 %123
	%125 = load float, float* %124
	%126 = icmp slt i32 %52, %17
	%127 = select i1 %126, i32 %52, i32 %17
	%128 = add i32 %10, %127
	%129 = sext i32 %128 to i64
	%130 = getelementptr i8, i8* %cls, i64 %129
	%131 = load i8, i8* %130
	%132 = add i32 %11, %127
	%133 = sext i32 %132 to i64
	%134 = getelementptr float, float* %e, i64 %133
	%135 = load float, float* %134
	%136 = icmp slt i32 %24, %NK
	%137 = icmp ne i8 %61, 0
	%138 = and i1 %136, %137
	%139 = select i1 %138, float %65, float 0xFFF0000000000000
	br i1 %25, label %155, label %158

140:
	%141 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %20, i32 16, i32 31)
	%142 = call float @llvm.nvvm.fmax.f(float %20, float %141)
	%143 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %142, i32 8, i32 31)
	%144 = call float @llvm.nvvm.fmax.f(float %142, float %143)
	%145 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %144, i32 4, i32 31)
	%146 = call float @llvm.nvvm.fmax.f(float %144, float %145)
	%147 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %146, i32 2, i32 31)
	%148 = call float @llvm.nvvm.fmax.f(float %146, float %147)
	%149 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %148, i32 1, i32 31)
	%150 = call float @llvm.nvvm.fmax.f(float %148, float %149)
	%151 = lshr i32 %0, 5
	%152 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%153 = icmp eq i32 %152, 0
	%154 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 %151
	br i1 %153, label %224, label %225

155:
	%156 = bitcast float %139 to i32
	%157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %24
	store i32 %156, i32 addrspace(3)* %157
	br label %158

158:
	%159 = call float @llvm.nvvm.fmax.f(float %20, float %139)
	%160 = icmp slt i32 %28, %NK
	%161 = icmp ne i8 %71, 0
	%162 = and i1 %160, %161
	%163 = select i1 %162, float %75, float 0xFFF0000000000000
	br i1 %29, label %164, label %167

164:
	%165 = bitcast float %163 to i32
	%166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %28
	store i32 %165, i32 addrspace(3)* %166
	br label %167

167:
	%168 = call float @llvm.nvvm.fmax.f(float %159, float %163)
	%169 = icmp slt i32 %32, %NK
	%170 = icmp ne i8 %81, 0
	%171 = and i1 %169, %170
	%172 = select i1 %171, float %85, float 0xFFF0000000000000
	br i1 %33, label %173, label %176

173:
	%174 = bitcast float %172 to i32
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %32
	store i32 %174, i32 addrspace(3)* %175
	br label %176

176:
	%177 = call float @llvm.nvvm.fmax.f(float %168, float %172)
	%178 = icmp slt i32 %36, %NK
	%179 = icmp ne i8 %91, 0
	%180 = and i1 %178, %179
	%181 = select i1 %180, float %95, float 0xFFF0000000000000
	br i1 %37, label %182, label %185

182:
	%183 = bitcast float %181 to i32
	%184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %36
	store i32 %183, i32 addrspace(3)* %184
	br label %185

185:
	%186 = call float @llvm.nvvm.fmax.f(float %177, float %181)
	%187 = icmp slt i32 %40, %NK
	%188 = icmp ne i8 %101, 0
	%189 = and i1 %187, %188
	%190 = select i1 %189, float %105, float 0xFFF0000000000000
	br i1 %41, label %191, label %194

191:
	%192 = bitcast float %190 to i32
	%193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %40
	store i32 %192, i32 addrspace(3)* %193
	br label %194

194:
	%195 = call float @llvm.nvvm.fmax.f(float %186, float %190)
	%196 = icmp slt i32 %44, %NK
	%197 = icmp ne i8 %111, 0
	%198 = and i1 %196, %197
	%199 = select i1 %198, float %115, float 0xFFF0000000000000
	br i1 %45, label %200, label %203

200:
	%201 = bitcast float %199 to i32
	%202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %44
	store i32 %201, i32 addrspace(3)* %202
	br label %203

203:
	%204 = call float @llvm.nvvm.fmax.f(float %195, float %199)
	%205 = icmp slt i32 %48, %NK
	%206 = icmp ne i8 %121, 0
	%207 = and i1 %205, %206
	%208 = select i1 %207, float %125, float 0xFFF0000000000000
	br i1 %49, label %209, label %212

209:
	%210 = bitcast float %208 to i32
	%211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %48
	store i32 %210, i32 addrspace(3)* %211
	br label %212

212:
	%213 = call float @llvm.nvvm.fmax.f(float %204, float %208)
	%214 = icmp slt i32 %52, %NK
	%215 = icmp ne i8 %131, 0
	%216 = and i1 %214, %215
	%217 = select i1 %216, float %135, float 0xFFF0000000000000
	br i1 %53, label %218, label %221

218:
	%219 = bitcast float %217 to i32
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %52
	store i32 %219, i32 addrspace(3)* %220
	br label %221

221:
	%222 = call float @llvm.nvvm.fmax.f(float %213, float %217)
	%223 = add i32 %19, 2048
	br label %18

224:
	store float %150, float addrspace(3)* %154
	br label %225

225:
	call void @llvm.nvvm.barrier0()
	%226 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 0
	%227 = load float, float addrspace(3)* %226
	%228 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 1
	%229 = load float, float addrspace(3)* %228
	%230 = call float @llvm.nvvm.fmax.f(float %227, float %229)
	%231 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 2
	%232 = load float, float addrspace(3)* %231
	%233 = call float @llvm.nvvm.fmax.f(float %230, float %232)
	%234 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 3
	%235 = load float, float addrspace(3)* %234
	%236 = call float @llvm.nvvm.fmax.f(float %233, float %235)
	%237 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 4
	%238 = load float, float addrspace(3)* %237
	%239 = call float @llvm.nvvm.fmax.f(float %236, float %238)
	%240 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 5
	%241 = load float, float addrspace(3)* %240
	%242 = call float @llvm.nvvm.fmax.f(float %239, float %241)
	%243 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 6
	%244 = load float, float addrspace(3)* %243
	%245 = call float @llvm.nvvm.fmax.f(float %242, float %244)
	%246 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 7
	%247 = load float, float addrspace(3)* %246
	%248 = call float @llvm.nvvm.fmax.f(float %245, float %247)
	%249 = fcmp oeq float %248, 0xFFF0000000000000
	%250 = select i1 %249, float 0.0, float %248
	br label %251

251:
	%252 = phi i32 [ %0, %225 ], [ %267, %255 ]
	%253 = phi float [ 0.0, %225 ], [ %266, %255 ]
	%254 = icmp slt i32 %252, %16
	br i1 %254, label %255, label %268

255:
	%256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %252
	%257 = load i32, i32 addrspace(3)* %256
	%258 = bitcast i32 %257 to float
	%259 = fcmp one float %258, 0xFFF0000000000000
	%260 = fsub float %258, %250
	%261 = call float @llvm.nvvm.ex2.approx.ftz.f(float %260)
	%262 = select i1 %259, float %261, float -1.0
	%263 = bitcast float %262 to i32
	%264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %252
	store i32 %263, i32 addrspace(3)* %264
	%265 = select i1 %259, float %261, float 0.0
	%266 = fadd float %253, %265
	%267 = add i32 %252, 256
	br label %251

268:
	%269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %253, i32 16, i32 31)
	%270 = fadd float %253, %269
	%271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %270, i32 8, i32 31)
	%272 = fadd float %270, %271
	%273 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %272, i32 4, i32 31)
	%274 = fadd float %272, %273
	%275 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %274, i32 2, i32 31)
	%276 = fadd float %274, %275
	%277 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %276, i32 1, i32 31)
	%278 = fadd float %276, %277
	%279 = lshr i32 %0, 5
	%280 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%281 = icmp eq i32 %280, 0
	%282 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 %279
	br i1 %281, label %283, label %284

283:
	store float %278, float addrspace(3)* %282
	br label %284

284:
	call void @llvm.nvvm.barrier0()
	%285 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 0
	%286 = load float, float addrspace(3)* %285
	%287 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 1
	%288 = load float, float addrspace(3)* %287
	%289 = fadd float %286, %288
	%290 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 2
	%291 = load float, float addrspace(3)* %290
	%292 = fadd float %289, %291
	%293 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 3
	%294 = load float, float addrspace(3)* %293
	%295 = fadd float %292, %294
	%296 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 4
	%297 = load float, float addrspace(3)* %296
	%298 = fadd float %295, %297
	%299 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 5
	%300 = load float, float addrspace(3)* %299
	%301 = fadd float %298, %300
	%302 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 6
	%303 = load float, float addrspace(3)* %302
	%304 = fadd float %301, %303
	%305 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 7
	%306 = load float, float addrspace(3)* %305
	%307 = fadd float %304, %306
	%308 = fdiv float 1.0, %307
	%309 = mul i32 %1, 64
	%310 = add i32 %309, %off
	%311 = add i32 %1, 1
	%312 = mul i32 %311, 64
	%313 = icmp slt i32 %312, %M
	%314 = select i1 %313, i32 %312, i32 %M
	%315 = sub i32 %314, 1
	%316 = add i32 %315, %off
	%317 = icmp slt i32 %310, 0
	%318 = sub i32 0, %310
	%319 = sub i32 64, 1
	%320 = add i32 %318, %319
	%321 = sdiv i32 %320, 64
	%322 = sub i32 0, %321
	%323 = sdiv i32 %310, 64
	%324 = select i1 %317, i32 %322, i32 %323
	%325 = icmp slt i32 %316, 0
	%326 = sub i32 0, %316
	%327 = sub i32 64, 1
	%328 = add i32 %326, %327
	%329 = sdiv i32 %328, 64
	%330 = sub i32 0, %329
	%331 = sdiv i32 %316, 64
	%332 = select i1 %325, i32 %330, i32 %331
	br label %333

333:
	%334 = phi i32 [ %0, %284 ], [ %387, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %386, %364 ]
	%336 = icmp slt i32 %334, %16
	br i1 %336, label %337, label %345

337:
	%338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %334
	%339 = load i32, i32 addrspace(3)* %338
	%340 = bitcast i32 %339 to float
	%341 = fcmp oge float %340, 0.0
	%342 = fmul float %340, %308
	%343 = select i1 %341, float %342, float -1.0
	%344 = icmp slt i32 %334, %NK
	br i1 %344, label %360, label %364

345:
	%346 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %335, i32 16, i32 31)
	%347 = fadd float %335, %346
	%348 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %347, i32 8, i32 31)
	%349 = fadd float %347, %348
	%350 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %349, i32 4, i32 31)
	%351 = fadd float %349, %350
	%352 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %351, i32 2, i32 31)
	%353 = fadd float %351, %352
	%354 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %353, i32 1, i32 31)
	%355 = fadd float %353, %354
	%356 = lshr i32 %0, 5
	%357 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%358 = icmp eq i32 %357, 0
	%359 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 %356
	br i1 %358, label %388, label %389

360:
	%361 = add i32 %11, %334
	%362 = sext i32 %361 to i64
	%363 = getelementptr float, float* %e, i64 %362
	store float %343, float* %363
	br label %364

364:
	%365 = icmp sge i32 %334, %324
	%366 = icmp sle i32 %334, %332
	%367 = and i1 %365, %366
	%368 = or i1 false, %367
	%369 = mul i32 %1, 64
	%370 = sdiv i32 %369, 256
	%371 = mul i32 %370, 256
	%372 = sdiv i32 %371, 64
	%373 = add i32 %370, 1
	%374 = mul i32 %373, 256
	%375 = sdiv i32 %374, 64
	%376 = icmp sge i32 %334, %372
	%377 = icmp slt i32 %334, %375
	%378 = and i1 %376, %377
	%379 = or i1 %368, %378
	%380 = bitcast float %343 to i32
	%381 = add i32 %380, 2
	%382 = select i1 %379, i32 1, i32 %381
	%383 = select i1 %341, i32 %382, i32 0
	%384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %334
	store i32 %383, i32 addrspace(3)* %384
	%385 = uitofp i1 %341 to float
	%386 = fadd float %335, %385
	%387 = add i32 %334, 256
	br label %333

388:
	store float %355, float addrspace(3)* %359
	br label %389

389:
	call void @llvm.nvvm.barrier0()
	%390 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 0
	%391 = load float, float addrspace(3)* %390
	%392 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 1
	%393 = load float, float addrspace(3)* %392
	%394 = fadd float %391, %393
	%395 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 2
	%396 = load float, float addrspace(3)* %395
	%397 = fadd float %394, %396
	%398 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 3
	%399 = load float, float addrspace(3)* %398
	%400 = fadd float %397, %399
	%401 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 4
	%402 = load float, float addrspace(3)* %401
	%403 = fadd float %400, %402
	%404 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 5
	%405 = load float, float addrspace(3)* %404
	%406 = fadd float %403, %405
	%407 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 6
	%408 = load float, float addrspace(3)* %407
	%409 = fadd float %406, %408
	%410 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_select2_red, i32 0, i32 7
	%411 = load float, float addrspace(3)* %410
	%412 = fadd float %409, %411
	%413 = fptosi float %412 to i32
	%414 = icmp eq i32 %0, 0
	br i1 %414, label %415, label %419

415:
	%416 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 0
	%417 = load i32, i32 addrspace(3)* %416
	%418 = icmp eq i32 %417, 1
	br i1 %418, label %427, label %435

419:
	call void @llvm.nvvm.barrier0()
	%420 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_select2_cnt, i32 0, i32 0
	%421 = load i32, i32 addrspace(3)* %420
	%422 = sub i32 %413, %421
	%423 = icmp sgt i32 %422, 0
	%424 = select i1 %423, i32 %422, i32 0
	%425 = shl i32 1, %3
	%426 = sub i32 %425, 1
	br label %492

427:
	%428 = add i32 %13, 0
	%429 = sext i32 %428 to i64
	%430 = getelementptr i32, i32* %list, i64 %429
	store i32 0, i32* %430
	%431 = add i32 %13, %NK
	%432 = add i32 %431, 0
	%433 = sext i32 %432 to i64
	%434 = getelementptr i32, i32* %list, i64 %433
	store i32 1, i32* %434
	br label %435

435:
	%436 = add i32 %11, 0
	%437 = sext i32 %436 to i64
	%438 = getelementptr float, float* %e, i64 %437
	%439 = load float, float* %438
	%440 = add i32 0, 1
	%441 = select i1 %418, i32 %440, i32 0
	%442 = fpext float %439 to double
	%443 = fadd double 0.0, %442
	%444 = select i1 %418, double %443, double 0.0
	%445 = mul i32 %1, 64
	%446 = sdiv i32 %445, 256
	%447 = mul i32 %446, 256
	%448 = sdiv i32 %447, 64
	%449 = add i32 %446, 1
	%450 = mul i32 %449, 256
	%451 = sdiv i32 %450, 64
	%452 = icmp slt i32 %324, %448
	%453 = select i1 %452, i32 %324, i32 %448
	%454 = icmp sgt i32 %453, 1
	%455 = select i1 %454, i32 %453, i32 1
	%456 = add i32 %332, 1
	%457 = icmp sgt i32 %456, %451
	%458 = select i1 %457, i32 %456, i32 %451
	%459 = icmp slt i32 %458, %NK
	%460 = select i1 %459, i32 %458, i32 %NK
	br label %461

461:
	%462 = phi i32 [ %455, %435 ], [ %491, %481 ]
	%463 = phi i32 [ %441, %435 ], [ %487, %481 ]
	%464 = phi double [ %444, %435 ], [ %490, %481 ]
	%465 = icmp slt i32 %462, %460
	br i1 %465, label %466, label %470

466:
	%467 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %462
	%468 = load i32, i32 addrspace(3)* %467
	%469 = icmp eq i32 %468, 1
	br i1 %469, label %473, label %481

470:
	%471 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_select2_cnt, i32 0, i32 0
	store i32 %463, i32 addrspace(3)* %471
	%472 = getelementptr [1 x double], [1 x double] addrspace(3)* @s2o_select2_mass, i32 0, i32 0
	store double %464, double addrspace(3)* %472
	br label %419

473:
	%474 = add i32 %13, %463
	%475 = sext i32 %474 to i64
	%476 = getelementptr i32, i32* %list, i64 %475
	store i32 %462, i32* %476
	%477 = add i32 %13, %NK
	%478 = add i32 %477, %463
	%479 = sext i32 %478 to i64
	%480 = getelementptr i32, i32* %list, i64 %479
	store i32 1, i32* %480
	br label %481

481:
	%482 = add i32 %11, %462
	%483 = sext i32 %482 to i64
	%484 = getelementptr float, float* %e, i64 %483
	%485 = load float, float* %484
	%486 = add i32 %463, 1
	%487 = select i1 %469, i32 %486, i32 %463
	%488 = fpext float %485 to double
	%489 = fadd double %464, %488
	%490 = select i1 %469, double %489, double %464
	%491 = add i32 %462, 1
	br label %461

492:
	%493 = phi i32 [ 0, %419 ], [ %541, %540 ]
	%494 = icmp slt i32 %493, %16
	br i1 %494, label %495, label %503

495:
	%496 = add i32 %493, %0
	%497 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %496
	%498 = load i32, i32 addrspace(3)* %497
	%499 = icmp ugt i32 %498, 1
	%500 = icmp eq i32 %498, 1
	%501 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %499)
	%502 = icmp eq i32 %3, 0
	br i1 %502, label %534, label %540

503:
	call void @llvm.nvvm.barrier0()
	%504 = sdiv i32 %16, 256
	%505 = mul i32 %504, 8
	%506 = icmp slt i32 %0, %505
	%507 = select i1 %506, i32 %0, i32 0
	%508 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @s2o_select2_cmpg, i32 0, i32 %507
	%509 = load i32, i32 addrspace(3)* %508
	%510 = select i1 %506, i32 %509, i32 0
	%511 = and i32 %0, 31
	%512 = lshr i32 %0, 5
	%513 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %510, i32 1, i32 0)
	%514 = icmp uge i32 %511, 1
	%515 = select i1 %514, i32 %513, i32 0
	%516 = add i32 %510, %515
	%517 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %516, i32 2, i32 0)
	%518 = icmp uge i32 %511, 2
	%519 = select i1 %518, i32 %517, i32 0
	%520 = add i32 %516, %519
	%521 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %520, i32 4, i32 0)
	%522 = icmp uge i32 %511, 4
	%523 = select i1 %522, i32 %521, i32 0
	%524 = add i32 %520, %523
	%525 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %524, i32 8, i32 0)
	%526 = icmp uge i32 %511, 8
	%527 = select i1 %526, i32 %525, i32 0
	%528 = add i32 %524, %527
	%529 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %528, i32 16, i32 0)
	%530 = icmp uge i32 %511, 16
	%531 = select i1 %530, i32 %529, i32 0
	%532 = add i32 %528, %531
	%533 = icmp eq i32 %511, 31
	br i1 %533, label %542, label %544

534:
	%535 = sdiv i32 %493, 256
	%536 = mul i32 %535, 8
	%537 = add i32 %536, %4
	%538 = call i32 @llvm.ctpop.i32(i32 %501)
	%539 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @s2o_select2_cmpg, i32 0, i32 %537
	store i32 %538, i32 addrspace(3)* %539
	br label %540

540:
	%541 = add i32 %493, 256
	br label %492

542:
	%543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 %512
	store i32 %532, i32 addrspace(3)* %543
	br label %544

544:
	call void @llvm.nvvm.barrier0()
	%545 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 0
	%546 = load i32, i32 addrspace(3)* %545
	%547 = icmp sgt i32 %512, 0
	%548 = select i1 %547, i32 %546, i32 0
	%549 = add i32 0, %548
	%550 = add i32 0, %546
	%551 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 1
	%552 = load i32, i32 addrspace(3)* %551
	%553 = icmp sgt i32 %512, 1
	%554 = select i1 %553, i32 %552, i32 0
	%555 = add i32 %549, %554
	%556 = add i32 %550, %552
	%557 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 2
	%558 = load i32, i32 addrspace(3)* %557
	%559 = icmp sgt i32 %512, 2
	%560 = select i1 %559, i32 %558, i32 0
	%561 = add i32 %555, %560
	%562 = add i32 %556, %558
	%563 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 3
	%564 = load i32, i32 addrspace(3)* %563
	%565 = icmp sgt i32 %512, 3
	%566 = select i1 %565, i32 %564, i32 0
	%567 = add i32 %561, %566
	%568 = add i32 %562, %564
	%569 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 4
	%570 = load i32, i32 addrspace(3)* %569
	%571 = icmp sgt i32 %512, 4
	%572 = select i1 %571, i32 %570, i32 0
	%573 = add i32 %567, %572
	%574 = add i32 %568, %570
	%575 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 5
	%576 = load i32, i32 addrspace(3)* %575
	%577 = icmp sgt i32 %512, 5
	%578 = select i1 %577, i32 %576, i32 0
	%579 = add i32 %573, %578
	%580 = add i32 %574, %576
	%581 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 6
	%582 = load i32, i32 addrspace(3)* %581
	%583 = icmp sgt i32 %512, 6
	%584 = select i1 %583, i32 %582, i32 0
	%585 = add i32 %579, %584
	%586 = add i32 %580, %582
	%587 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 7
	%588 = load i32, i32 addrspace(3)* %587
	%589 = icmp sgt i32 %512, 7
	%590 = select i1 %589, i32 %588, i32 0
	%591 = add i32 %585, %590
	%592 = add i32 %586, %588
	%593 = add i32 %591, %532
	%594 = sub i32 %593, %510
	br i1 %506, label %595, label %597

595:
	%596 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @s2o_select2_cmpg, i32 0, i32 %0
	store i32 %594, i32 addrspace(3)* %596
	br label %597

597:
	call void @llvm.nvvm.barrier0()
	br label %598

598:
	%599 = phi i32 [ 0, %597 ], [ %624, %623 ]
	%600 = icmp slt i32 %599, %16
	br i1 %600, label %601, label %617

601:
	%602 = add i32 %599, %0
	%603 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %602
	%604 = load i32, i32 addrspace(3)* %603
	%605 = icmp ugt i32 %604, 1
	%606 = icmp eq i32 %604, 1
	%607 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %605)
	%608 = sdiv i32 %599, 256
	%609 = mul i32 %608, 8
	%610 = add i32 %609, %4
	%611 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %605)
	%612 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @s2o_select2_cmpg, i32 0, i32 %610
	%613 = load i32, i32 addrspace(3)* %612
	%614 = and i32 %611, %426
	%615 = call i32 @llvm.ctpop.i32(i32 %614)
	%616 = add i32 %613, %615
	br i1 %605, label %620, label %623

617:
	call void @llvm.nvvm.barrier0()
	%618 = icmp slt i32 %0, %424
	%619 = icmp sle i32 %424, 256
	br i1 %619, label %write_rank, label %write_sort

620:
	%621 = add i32 %599, %0
	%622 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %616
	store i32 %621, i32 addrspace(3)* %622
	br label %623

623:
	%624 = add i32 %599, 256
	br label %598

write_rank:
	br i1 %618, label %716, label %722

write_sort:
	%625 = sub i32 %424, 1
	%626 = call i32 @llvm.ctlz.i32(i32 %625, i1 false)
	%627 = icmp sgt i32 %424, 1
	%628 = sub i32 32, %626
	%629 = select i1 %627, i32 %628, i32 0
	%630 = shl i32 1, %629
	%631 = add i32 %424, %0
	br label %634

write_done:
	%632 = add i32 %421, %424
	%633 = add i32 %632, %0
	br label %755

634:
	%635 = phi i32 [ %631, %write_sort ], [ %639, %637 ]
	%636 = icmp slt i32 %635, %630
	br i1 %636, label %637, label %640

637:
	%638 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %635
	store i32 -1, i32 addrspace(3)* %638
	%639 = add i32 %635, 256
	br label %634

640:
	call void @llvm.nvvm.barrier0()
	%641 = add i32 %629, 1
	br label %642

642:
	%643 = phi i32 [ 1, %640 ], [ %659, %658 ]
	%644 = icmp slt i32 %643, %641
	br i1 %644, label %645, label %647

645:
	%646 = shl i32 1, %643
	br label %648

647:
	br label %700

648:
	%649 = phi i32 [ 0, %645 ], [ %694, %693 ]
	%650 = icmp slt i32 %649, %643
	br i1 %650, label %651, label %658

651:
	%652 = sub i32 %643, 1
	%653 = sub i32 %652, %649
	%654 = shl i32 1, %653
	%655 = sub i32 %643, 1
	%656 = sub i32 %655, %649
	%657 = lshr i32 %630, 1
	br label %660

658:
	%659 = add i32 %643, 1
	br label %642

660:
	%661 = phi i32 [ %0, %651 ], [ %699, %698 ]
	%662 = icmp slt i32 %661, %657
	br i1 %662, label %663, label %693

663:
	%664 = lshr i32 %661, %656
	%665 = add i32 %656, 1
	%666 = shl i32 %664, %665
	%667 = sub i32 %654, 1
	%668 = and i32 %661, %667
	%669 = or i32 %666, %668
	%670 = or i32 %669, %654
	%671 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %669
	%672 = load i32, i32 addrspace(3)* %671
	%673 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %670
	%674 = load i32, i32 addrspace(3)* %673
	%675 = and i32 %669, %646
	%676 = icmp eq i32 %675, 0
	%677 = icmp sge i32 %674, 0
	%678 = select i1 %677, i32 %674, i32 0
	%679 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %678
	%680 = load i32, i32 addrspace(3)* %679
	%681 = select i1 %677, i32 %680, i32 0
	%682 = icmp sge i32 %672, 0
	%683 = select i1 %682, i32 %672, i32 0
	%684 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %683
	%685 = load i32, i32 addrspace(3)* %684
	%686 = select i1 %682, i32 %685, i32 0
	%687 = icmp ugt i32 %681, %686
	%688 = icmp eq i32 %681, %686
	%689 = icmp slt i32 %674, %672
	%690 = and i1 %688, %689
	%691 = or i1 %687, %690
	%692 = icmp eq i1 %691, %676
	br i1 %692, label %695, label %698

693:
	call void @llvm.nvvm.barrier0()
	%694 = add i32 %649, 1
	br label %648

695:
	%696 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %669
	store i32 %674, i32 addrspace(3)* %696
	%697 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %670
	store i32 %672, i32 addrspace(3)* %697
	br label %698

698:
	%699 = add i32 %661, 256
	br label %660

700:
	%701 = phi i32 [ %0, %647 ], [ %714, %703 ]
	%702 = icmp slt i32 %701, %424
	br i1 %702, label %703, label %715

703:
	%704 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %701
	%705 = load i32, i32 addrspace(3)* %704
	%706 = add i32 %421, %701
	%707 = add i32 %13, %706
	%708 = sext i32 %707 to i64
	%709 = getelementptr i32, i32* %list, i64 %708
	store i32 %705, i32* %709
	%710 = add i32 %13, %NK
	%711 = add i32 %710, %706
	%712 = sext i32 %711 to i64
	%713 = getelementptr i32, i32* %list, i64 %712
	store i32 0, i32* %713
	%714 = add i32 %701, 256
	br label %700

715:
	br label %write_done

716:
	%717 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %0
	%718 = load i32, i32 addrspace(3)* %717
	%719 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %718
	%720 = load i32, i32 addrspace(3)* %719
	%721 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist2, i32 0, i32 %0
	store i32 %720, i32 addrspace(3)* %721
	br label %722

722:
	call void @llvm.nvvm.barrier0()
	br i1 %618, label %723, label %728

723:
	%724 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %0
	%725 = load i32, i32 addrspace(3)* %724
	%726 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist2, i32 0, i32 %0
	%727 = load i32, i32 addrspace(3)* %726
	br label %729

728:
	br label %write_done

729:
	%730 = phi i32 [ 0, %723 ], [ %745, %733 ]
	%731 = phi i32 [ 0, %723 ], [ %744, %733 ]
	%732 = icmp slt i32 %730, %424
	br i1 %732, label %733, label %746

733:
	%734 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist2, i32 0, i32 %730
	%735 = load i32, i32 addrspace(3)* %734
	%736 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %730
	%737 = load i32, i32 addrspace(3)* %736
	%738 = icmp ugt i32 %735, %727
	%739 = icmp eq i32 %735, %727
	%740 = icmp slt i32 %737, %725
	%741 = and i1 %739, %740
	%742 = or i1 %738, %741
	%743 = zext i1 %742 to i32
	%744 = add i32 %731, %743
	%745 = add i32 %730, 1
	br label %729

746:
	%747 = add i32 %421, %731
	%748 = add i32 %13, %747
	%749 = sext i32 %748 to i64
	%750 = getelementptr i32, i32* %list, i64 %749
	store i32 %725, i32* %750
	%751 = add i32 %13, %NK
	%752 = add i32 %751, %747
	%753 = sext i32 %752 to i64
	%754 = getelementptr i32, i32* %list, i64 %753
	store i32 0, i32* %754
	br label %728

755:
	%756 = phi i32 [ %633, %write_done ], [ %766, %758 ]
	%757 = icmp slt i32 %756, %NK
	br i1 %757, label %758, label %767

758:
	%759 = add i32 %13, %756
	%760 = sext i32 %759 to i64
	%761 = getelementptr i32, i32* %list, i64 %760
	store i32 -1, i32* %761
	%762 = add i32 %13, %NK
	%763 = add i32 %762, %756
	%764 = sext i32 %763 to i64
	%765 = getelementptr i32, i32* %list, i64 %764
	store i32 -1, i32* %765
	%766 = add i32 %756, 256
	br label %755

767:
	ret void
}

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

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

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10}
!0 = !{void (i16*, float*, i32, i32)* @s2o_permute0_probes, !"maxntidx", i32 64}
!1 = !{void (float*, i16*, i32*, i32, i32, i32)* @s2o_permute0_scores, !"maxntidx", i32 256}
!2 = !{void (i32*, i32*, i32, i32)* @s2o_permute0, !"maxntidx", i32 256}
!3 = !{void (i32*, i32*, i32, i32)* @s2o_permute0, !"minctasm", i32 3}
!4 = !{void (i32*, i8*, i32, i32, i32, i32, i32, i32)* @s2o_permclass0, !"maxntidx", i32 256}
!5 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @s2o_select2, !"maxntidx", i32 256}
!6 = !{void (i16*, float*, i32, i32)* @s2o_pool_q1, !"maxntidx", i32 64}
!7 = !{void (i16*, float*, i32, i32)* @s2o_pool_k1, !"maxntidx", i32 64}
!8 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @s2o_scores1, !"maxntidx", i32 256}
!9 = !{void (i16*, float*, float*, i32*, i32, i32, i32, i32, i32, i32)* @s2o_perm_scores1, !"maxntidx", i32 128}
!10 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"maxntidx", i32 64}
