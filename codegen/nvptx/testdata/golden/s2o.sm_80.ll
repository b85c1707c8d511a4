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
@s2o_attn3_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@s2o_attn3_stop = internal addrspace(3) global [8 x float] undef, align 16

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
	%0 = ptrtoint [16384 x i8] addrspace(3)* @s2o_attn3_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%8 = mul i32 %7, %NQ
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = add i32 %8, %9
	%11 = mul i32 %hg, %NQ
	%12 = udiv i32 %10, %11
	%13 = urem i32 %10, %11
	%14 = mul i32 %12, %hg
	%15 = sub i32 %H, %14
	%16 = icmp slt i32 %hg, %15
	%17 = select i1 %16, i32 %hg, i32 %15
	%18 = sub i32 %NQ, 1
	%19 = udiv i32 %13, %17
	%20 = sub i32 %18, %19
	%21 = urem i32 %13, %17
	%22 = add i32 %14, %21
	%23 = sdiv i32 %22, %group
	%24 = mul i32 %20, 64
	%25 = mul i32 %22, %M
	%26 = mul i32 %25, 64
	%27 = sext i32 %26 to i64
	%28 = getelementptr i16, i16* %q, i64 %27
	%29 = mul i32 %23, %N
	%30 = mul i32 %29, 64
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %k, i64 %31
	%33 = mul i32 %23, %N
	%34 = mul i32 %33, 64
	%35 = sext i32 %34 to i64
	%36 = getelementptr i16, i16* %v, i64 %35
	%37 = udiv i32 %22, %lh
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %20
	%40 = mul i32 %39, 2
	%41 = mul i32 %40, %NK
	%42 = mul i32 %22, %ch
	%43 = mul i32 %42, %NQ
	%44 = add i32 %43, %20
	%45 = mul i32 %44, %NK
	%46 = sdiv i32 %24, %segment
	%47 = mul i32 %22, %NS
	%48 = add i32 %47, %46
	%49 = mul i32 %48, %N
	%50 = sext i32 %49 to i64
	%51 = getelementptr i32, i32* %perm, i64 %50
	%52 = add i32 %41, 0
	%53 = sext i32 %52 to i64
	%54 = getelementptr i32, i32* %list, i64 %53
	%55 = load i32, i32* %54
	%56 = icmp sgt i32 %NK, 0
	%57 = icmp sge i32 %55, 0
	%58 = and i1 %56, %57
	%59 = lshr i32 %2, 3
	%60 = and i32 %2, 7
	%61 = and i32 %59, 7
	%62 = xor i32 %60, %61
	%63 = mul i32 %59, 8
	%64 = add i32 %63, %62
	%65 = shl i32 %64, 4
	%66 = add i32 %0, %65
	%67 = add i32 %24, %59
	%68 = mul i32 %67, 64
	%69 = mul i32 %60, 8
	%70 = add i32 %68, %69
	%71 = sext i32 %70 to i64
	%72 = getelementptr i16, i16* %28, i64 %71
	%73 = add i32 %67, 0
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %72, i64 0
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %66, 0
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %67, 16
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %72, i64 1024
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %66, 2048
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %67, 32
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %72, i64 2048
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %66, u0x1000
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	%91 = add i32 %67, 48
	%92 = icmp slt i32 %91, %M
	%93 = getelementptr i16, i16* %72, i64 3072
	%94 = select i1 %92, i16* %93, i16* %28
	%95 = add i32 %66, 6144
	%96 = select i1 %92, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %95, i16* %94, i32 %96)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %58, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%97 = and i32 %4, 7
	%98 = lshr i32 %4, 3
	%99 = and i32 %98, 1
	%100 = shl i32 %99, 3
	%101 = add i32 %97, %100
	%102 = lshr i32 %4, 4
	%103 = mul i32 %3, 16
	%104 = add i32 %101, 0
	%105 = add i32 %103, %104
	%106 = mul i32 %105, 128
	%107 = add i32 %0, %106
	%108 = and i32 %4, 7
	%109 = xor i32 %102, %108
	%110 = shl i32 %109, 4
	%111 = add i32 %107, %110
	%112 = xor i32 %111, 0
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	%118 = xor i32 %111, 32
	%119 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	%124 = xor i32 %111, 64
	%125 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %124)
	%126 = extractvalue { i32, i32, i32, i32 } %125, 0
	%127 = extractvalue { i32, i32, i32, i32 } %125, 1
	%128 = extractvalue { i32, i32, i32, i32 } %125, 2
	%129 = extractvalue { i32, i32, i32, i32 } %125, 3
	%130 = xor i32 %111, 96
	%131 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %130)
	%132 = extractvalue { i32, i32, i32, i32 } %131, 0
	%133 = extractvalue { i32, i32, i32, i32 } %131, 1
	%134 = extractvalue { i32, i32, i32, i32 } %131, 2
	%135 = extractvalue { i32, i32, i32, i32 } %131, 3
	call void @llvm.nvvm.barrier0()
	%136 = mul i32 %55, 64
	%137 = lshr i32 %2, 3
	%138 = add i32 %136, %137
	%139 = add i32 %138, 0
	%140 = icmp slt i32 %139, %N
	%141 = select i1 %140, i32 %139, i32 0
	%142 = sext i32 %141 to i64
	%143 = getelementptr i32, i32* %51, i64 %142
	%144 = load i32, i32* %143
	%145 = add i32 %138, 16
	%146 = icmp slt i32 %145, %N
	%147 = select i1 %146, i32 %145, i32 0
	%148 = sext i32 %147 to i64
	%149 = getelementptr i32, i32* %51, i64 %148
	%150 = load i32, i32* %149
	%151 = add i32 %138, 32
	%152 = icmp slt i32 %151, %N
	%153 = select i1 %152, i32 %151, i32 0
	%154 = sext i32 %153 to i64
	%155 = getelementptr i32, i32* %51, i64 %154
	%156 = load i32, i32* %155
	%157 = add i32 %138, 48
	%158 = icmp slt i32 %157, %N
	%159 = select i1 %158, i32 %157, i32 0
	%160 = sext i32 %159 to i64
	%161 = getelementptr i32, i32* %51, i64 %160
	%162 = load i32, i32* %161
	%163 = mul i32 %55, 64
	%164 = lshr i32 %2, 3
	%165 = and i32 %2, 7
	%166 = and i32 %164, 7
	%167 = xor i32 %165, %166
	%168 = mul i32 %164, 8
	%169 = add i32 %168, %167
	%170 = shl i32 %169, 4
	%171 = add i32 %0, %170
	%172 = add i32 %163, %164
	%173 = add i32 %172, 0
	%174 = icmp slt i32 %173, %N
	%175 = mul i32 %144, 64
	%176 = mul i32 %165, 8
	%177 = add i32 %175, %176
	%178 = sext i32 %177 to i64
	%179 = getelementptr i16, i16* %32, i64 %178
	%180 = add i32 %171, 0
	%181 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %180, i16* %179, i32 %181)
	%182 = add i32 %172, 16
	%183 = icmp slt i32 %182, %N
	%184 = mul i32 %150, 64
	%185 = mul i32 %165, 8
	%186 = add i32 %184, %185
	%187 = sext i32 %186 to i64
	%188 = getelementptr i16, i16* %32, i64 %187
	%189 = add i32 %171, 2048
	%190 = select i1 %183, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %189, i16* %188, i32 %190)
	%191 = add i32 %172, 32
	%192 = icmp slt i32 %191, %N
	%193 = mul i32 %156, 64
	%194 = mul i32 %165, 8
	%195 = add i32 %193, %194
	%196 = sext i32 %195 to i64
	%197 = getelementptr i16, i16* %32, i64 %196
	%198 = add i32 %171, u0x1000
	%199 = select i1 %192, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %198, i16* %197, i32 %199)
	%200 = add i32 %172, 48
	%201 = icmp slt i32 %200, %N
	%202 = mul i32 %162, 64
	%203 = mul i32 %165, 8
	%204 = add i32 %202, %203
	%205 = sext i32 %204 to i64
	%206 = getelementptr i16, i16* %32, i64 %205
	%207 = add i32 %171, 6144
	%208 = select i1 %201, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %207, i16* %206, i32 %208)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%209 = phi i32 [ 0, %prologue ], [ %1454, %pv ]
	%210 = phi i32 [ %55, %prologue ], [ %1461, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1828, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1829, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1830, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1831, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1833, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1834, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1835, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1836, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1845, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1846, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1847, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1848, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1850, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1851, %pv ]
	%225 = phi float [ 0.0, %prologue ], [ %1852, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1853, %pv ]
	%227 = phi float [ 0.0, %prologue ], [ %1862, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1863, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1864, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1865, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1867, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %1868, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1869, %pv ]
	%234 = phi float [ 0.0, %prologue ], [ %1870, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1879, %pv ]
	%236 = phi float [ 0.0, %prologue ], [ %1880, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %1881, %pv ]
	%238 = phi float [ 0.0, %prologue ], [ %1882, %pv ]
	%239 = phi float [ 0.0, %prologue ], [ %1884, %pv ]
	%240 = phi float [ 0.0, %prologue ], [ %1885, %pv ]
	%241 = phi float [ 0.0, %prologue ], [ %1886, %pv ]
	%242 = phi float [ 0.0, %prologue ], [ %1887, %pv ]
	%243 = phi float [ 0xFFF0000000000000, %prologue ], [ %1284, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %1335, %pv ]
	%245 = phi float [ 0xFFF0000000000000, %prologue ], [ %1336, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %1387, %pv ]
	%247 = phi i32 [ %144, %prologue ], [ %1472, %pv ]
	%248 = phi i32 [ %150, %prologue ], [ %1478, %pv ]
	%249 = phi i32 [ %156, %prologue ], [ %1484, %pv ]
	%250 = phi i32 [ %162, %prologue ], [ %1490, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%251 = mul i32 %210, 64
	%252 = lshr i32 %2, 3
	%253 = and i32 %2, 7
	%254 = and i32 %252, 7
	%255 = xor i32 %253, %254
	%256 = mul i32 %252, 8
	%257 = add i32 %256, %255
	%258 = shl i32 %257, 4
	%259 = add i32 %1, %258
	%260 = add i32 %251, %252
	%261 = add i32 %260, 0
	%262 = icmp slt i32 %261, %N
	%263 = mul i32 %247, 64
	%264 = mul i32 %253, 8
	%265 = add i32 %263, %264
	%266 = sext i32 %265 to i64
	%267 = getelementptr i16, i16* %36, i64 %266
	%268 = add i32 %259, 0
	%269 = select i1 %262, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %268, i16* %267, i32 %269)
	%270 = add i32 %260, 16
	%271 = icmp slt i32 %270, %N
	%272 = mul i32 %248, 64
	%273 = mul i32 %253, 8
	%274 = add i32 %272, %273
	%275 = sext i32 %274 to i64
	%276 = getelementptr i16, i16* %36, i64 %275
	%277 = add i32 %259, 2048
	%278 = select i1 %271, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %277, i16* %276, i32 %278)
	%279 = add i32 %260, 32
	%280 = icmp slt i32 %279, %N
	%281 = mul i32 %249, 64
	%282 = mul i32 %253, 8
	%283 = add i32 %281, %282
	%284 = sext i32 %283 to i64
	%285 = getelementptr i16, i16* %36, i64 %284
	%286 = add i32 %259, u0x1000
	%287 = select i1 %280, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %286, i16* %285, i32 %287)
	%288 = add i32 %260, 48
	%289 = icmp slt i32 %288, %N
	%290 = mul i32 %250, 64
	%291 = mul i32 %253, 8
	%292 = add i32 %290, %291
	%293 = sext i32 %292 to i64
	%294 = getelementptr i16, i16* %36, i64 %293
	%295 = add i32 %259, 6144
	%296 = select i1 %289, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %295, i16* %294, i32 %296)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%297 = and i32 %4, 7
	%298 = shl i32 %102, 3
	%299 = add i32 %297, %298
	%300 = lshr i32 %4, 3
	%301 = and i32 %300, 1
	%302 = mul i32 %299, 128
	%303 = add i32 %0, %302
	%304 = and i32 %4, 7
	%305 = xor i32 %301, %304
	%306 = shl i32 %305, 4
	%307 = add i32 %303, %306
	%308 = xor i32 %307, 0
	%309 = add i32 %308, 0
	%310 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %309)
	%311 = extractvalue { i32, i32, i32, i32 } %310, 0
	%312 = extractvalue { i32, i32, i32, i32 } %310, 1
	%313 = extractvalue { i32, i32, i32, i32 } %310, 2
	%314 = extractvalue { i32, i32, i32, i32 } %310, 3
	%315 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %311, i32 %312, float 0.0, float 0.0, float 0.0, float 0.0)
	%316 = extractvalue { float, float, float, float } %315, 0
	%317 = extractvalue { float, float, float, float } %315, 1
	%318 = extractvalue { float, float, float, float } %315, 2
	%319 = extractvalue { float, float, float, float } %315, 3
	%320 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %313, i32 %314, float 0.0, float 0.0, float 0.0, float 0.0)
	%321 = extractvalue { float, float, float, float } %320, 0
	%322 = extractvalue { float, float, float, float } %320, 1
	%323 = extractvalue { float, float, float, float } %320, 2
	%324 = extractvalue { float, float, float, float } %320, 3
	%325 = add i32 %308, 2048
	%326 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %325)
	%327 = extractvalue { i32, i32, i32, i32 } %326, 0
	%328 = extractvalue { i32, i32, i32, i32 } %326, 1
	%329 = extractvalue { i32, i32, i32, i32 } %326, 2
	%330 = extractvalue { i32, i32, i32, i32 } %326, 3
	%331 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %327, i32 %328, float 0.0, float 0.0, float 0.0, float 0.0)
	%332 = extractvalue { float, float, float, float } %331, 0
	%333 = extractvalue { float, float, float, float } %331, 1
	%334 = extractvalue { float, float, float, float } %331, 2
	%335 = extractvalue { float, float, float, float } %331, 3
	%336 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %329, i32 %330, float 0.0, float 0.0, float 0.0, float 0.0)
	%337 = extractvalue { float, float, float, float } %336, 0
	%338 = extractvalue { float, float, float, float } %336, 1
	%339 = extractvalue { float, float, float, float } %336, 2
	%340 = extractvalue { float, float, float, float } %336, 3
	%341 = add i32 %308, u0x1000
	%342 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %341)
	%343 = extractvalue { i32, i32, i32, i32 } %342, 0
	%344 = extractvalue { i32, i32, i32, i32 } %342, 1
	%345 = extractvalue { i32, i32, i32, i32 } %342, 2
	%346 = extractvalue { i32, i32, i32, i32 } %342, 3
	%347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %343, i32 %344, float 0.0, float 0.0, float 0.0, float 0.0)
	%348 = extractvalue { float, float, float, float } %347, 0
	%349 = extractvalue { float, float, float, float } %347, 1
	%350 = extractvalue { float, float, float, float } %347, 2
	%351 = extractvalue { float, float, float, float } %347, 3
	%352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %345, i32 %346, float 0.0, float 0.0, float 0.0, float 0.0)
	%353 = extractvalue { float, float, float, float } %352, 0
	%354 = extractvalue { float, float, float, float } %352, 1
	%355 = extractvalue { float, float, float, float } %352, 2
	%356 = extractvalue { float, float, float, float } %352, 3
	%357 = add i32 %308, 6144
	%358 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %357)
	%359 = extractvalue { i32, i32, i32, i32 } %358, 0
	%360 = extractvalue { i32, i32, i32, i32 } %358, 1
	%361 = extractvalue { i32, i32, i32, i32 } %358, 2
	%362 = extractvalue { i32, i32, i32, i32 } %358, 3
	%363 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %359, i32 %360, float 0.0, float 0.0, float 0.0, float 0.0)
	%364 = extractvalue { float, float, float, float } %363, 0
	%365 = extractvalue { float, float, float, float } %363, 1
	%366 = extractvalue { float, float, float, float } %363, 2
	%367 = extractvalue { float, float, float, float } %363, 3
	%368 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %361, i32 %362, float 0.0, float 0.0, float 0.0, float 0.0)
	%369 = extractvalue { float, float, float, float } %368, 0
	%370 = extractvalue { float, float, float, float } %368, 1
	%371 = extractvalue { float, float, float, float } %368, 2
	%372 = extractvalue { float, float, float, float } %368, 3
	%373 = xor i32 %307, 32
	%374 = add i32 %373, 0
	%375 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %374)
	%376 = extractvalue { i32, i32, i32, i32 } %375, 0
	%377 = extractvalue { i32, i32, i32, i32 } %375, 1
	%378 = extractvalue { i32, i32, i32, i32 } %375, 2
	%379 = extractvalue { i32, i32, i32, i32 } %375, 3
	%380 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %376, i32 %377, float %316, float %317, float %318, float %319)
	%381 = extractvalue { float, float, float, float } %380, 0
	%382 = extractvalue { float, float, float, float } %380, 1
	%383 = extractvalue { float, float, float, float } %380, 2
	%384 = extractvalue { float, float, float, float } %380, 3
	%385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %378, i32 %379, float %321, float %322, float %323, float %324)
	%386 = extractvalue { float, float, float, float } %385, 0
	%387 = extractvalue { float, float, float, float } %385, 1
	%388 = extractvalue { float, float, float, float } %385, 2
	%389 = extractvalue { float, float, float, float } %385, 3
	%390 = add i32 %373, 2048
	%391 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %390)
	%392 = extractvalue { i32, i32, i32, i32 } %391, 0
	%393 = extractvalue { i32, i32, i32, i32 } %391, 1
	%394 = extractvalue { i32, i32, i32, i32 } %391, 2
	%395 = extractvalue { i32, i32, i32, i32 } %391, 3
	%396 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %392, i32 %393, float %332, float %333, float %334, float %335)
	%397 = extractvalue { float, float, float, float } %396, 0
	%398 = extractvalue { float, float, float, float } %396, 1
	%399 = extractvalue { float, float, float, float } %396, 2
	%400 = extractvalue { float, float, float, float } %396, 3
	%401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %394, i32 %395, float %337, float %338, float %339, float %340)
	%402 = extractvalue { float, float, float, float } %401, 0
	%403 = extractvalue { float, float, float, float } %401, 1
	%404 = extractvalue { float, float, float, float } %401, 2
	%405 = extractvalue { float, float, float, float } %401, 3
	%406 = add i32 %373, u0x1000
	%407 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %406)
	%408 = extractvalue { i32, i32, i32, i32 } %407, 0
	%409 = extractvalue { i32, i32, i32, i32 } %407, 1
	%410 = extractvalue { i32, i32, i32, i32 } %407, 2
	%411 = extractvalue { i32, i32, i32, i32 } %407, 3
	%412 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %408, i32 %409, float %348, float %349, float %350, float %351)
	%413 = extractvalue { float, float, float, float } %412, 0
	%414 = extractvalue { float, float, float, float } %412, 1
	%415 = extractvalue { float, float, float, float } %412, 2
	%416 = extractvalue { float, float, float, float } %412, 3
	%417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %410, i32 %411, float %353, float %354, float %355, float %356)
	%418 = extractvalue { float, float, float, float } %417, 0
	%419 = extractvalue { float, float, float, float } %417, 1
	%420 = extractvalue { float, float, float, float } %417, 2
	%421 = extractvalue { float, float, float, float } %417, 3
	%422 = add i32 %373, 6144
	%423 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %422)
	%424 = extractvalue { i32, i32, i32, i32 } %423, 0
	%425 = extractvalue { i32, i32, i32, i32 } %423, 1
	%426 = extractvalue { i32, i32, i32, i32 } %423, 2
	%427 = extractvalue { i32, i32, i32, i32 } %423, 3
	%428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %424, i32 %425, float %364, float %365, float %366, float %367)
	%429 = extractvalue { float, float, float, float } %428, 0
	%430 = extractvalue { float, float, float, float } %428, 1
	%431 = extractvalue { float, float, float, float } %428, 2
	%432 = extractvalue { float, float, float, float } %428, 3
	%433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %426, i32 %427, float %369, float %370, float %371, float %372)
	%434 = extractvalue { float, float, float, float } %433, 0
	%435 = extractvalue { float, float, float, float } %433, 1
	%436 = extractvalue { float, float, float, float } %433, 2
	%437 = extractvalue { float, float, float, float } %433, 3
	%438 = xor i32 %307, 64
	%439 = add i32 %438, 0
	%440 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %439)
	%441 = extractvalue { i32, i32, i32, i32 } %440, 0
	%442 = extractvalue { i32, i32, i32, i32 } %440, 1
	%443 = extractvalue { i32, i32, i32, i32 } %440, 2
	%444 = extractvalue { i32, i32, i32, i32 } %440, 3
	%445 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %441, i32 %442, float %381, float %382, float %383, float %384)
	%446 = extractvalue { float, float, float, float } %445, 0
	%447 = extractvalue { float, float, float, float } %445, 1
	%448 = extractvalue { float, float, float, float } %445, 2
	%449 = extractvalue { float, float, float, float } %445, 3
	%450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %443, i32 %444, float %386, float %387, float %388, float %389)
	%451 = extractvalue { float, float, float, float } %450, 0
	%452 = extractvalue { float, float, float, float } %450, 1
	%453 = extractvalue { float, float, float, float } %450, 2
	%454 = extractvalue { float, float, float, float } %450, 3
	%455 = add i32 %438, 2048
	%456 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %455)
	%457 = extractvalue { i32, i32, i32, i32 } %456, 0
	%458 = extractvalue { i32, i32, i32, i32 } %456, 1
	%459 = extractvalue { i32, i32, i32, i32 } %456, 2
	%460 = extractvalue { i32, i32, i32, i32 } %456, 3
	%461 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %457, i32 %458, float %397, float %398, float %399, float %400)
	%462 = extractvalue { float, float, float, float } %461, 0
	%463 = extractvalue { float, float, float, float } %461, 1
	%464 = extractvalue { float, float, float, float } %461, 2
	%465 = extractvalue { float, float, float, float } %461, 3
	%466 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %459, i32 %460, float %402, float %403, float %404, float %405)
	%467 = extractvalue { float, float, float, float } %466, 0
	%468 = extractvalue { float, float, float, float } %466, 1
	%469 = extractvalue { float, float, float, float } %466, 2
	%470 = extractvalue { float, float, float, float } %466, 3
	%471 = add i32 %438, u0x1000
	%472 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %471)
	%473 = extractvalue { i32, i32, i32, i32 } %472, 0
	%474 = extractvalue { i32, i32, i32, i32 } %472, 1
	%475 = extractvalue { i32, i32, i32, i32 } %472, 2
	%476 = extractvalue { i32, i32, i32, i32 } %472, 3
	%477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %473, i32 %474, float %413, float %414, float %415, float %416)
	%478 = extractvalue { float, float, float, float } %477, 0
	%479 = extractvalue { float, float, float, float } %477, 1
	%480 = extractvalue { float, float, float, float } %477, 2
	%481 = extractvalue { float, float, float, float } %477, 3
	%482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %475, i32 %476, float %418, float %419, float %420, float %421)
	%483 = extractvalue { float, float, float, float } %482, 0
	%484 = extractvalue { float, float, float, float } %482, 1
	%485 = extractvalue { float, float, float, float } %482, 2
	%486 = extractvalue { float, float, float, float } %482, 3
	%487 = add i32 %438, 6144
	%488 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %487)
	%489 = extractvalue { i32, i32, i32, i32 } %488, 0
	%490 = extractvalue { i32, i32, i32, i32 } %488, 1
	%491 = extractvalue { i32, i32, i32, i32 } %488, 2
	%492 = extractvalue { i32, i32, i32, i32 } %488, 3
	%493 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %489, i32 %490, float %429, float %430, float %431, float %432)
	%494 = extractvalue { float, float, float, float } %493, 0
	%495 = extractvalue { float, float, float, float } %493, 1
	%496 = extractvalue { float, float, float, float } %493, 2
	%497 = extractvalue { float, float, float, float } %493, 3
	%498 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %491, i32 %492, float %434, float %435, float %436, float %437)
	%499 = extractvalue { float, float, float, float } %498, 0
	%500 = extractvalue { float, float, float, float } %498, 1
	%501 = extractvalue { float, float, float, float } %498, 2
	%502 = extractvalue { float, float, float, float } %498, 3
	%503 = xor i32 %307, 96
	%504 = add i32 %503, 0
	%505 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %504)
	%506 = extractvalue { i32, i32, i32, i32 } %505, 0
	%507 = extractvalue { i32, i32, i32, i32 } %505, 1
	%508 = extractvalue { i32, i32, i32, i32 } %505, 2
	%509 = extractvalue { i32, i32, i32, i32 } %505, 3
	%510 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %506, i32 %507, float %446, float %447, float %448, float %449)
	%511 = extractvalue { float, float, float, float } %510, 0
	%512 = extractvalue { float, float, float, float } %510, 1
	%513 = extractvalue { float, float, float, float } %510, 2
	%514 = extractvalue { float, float, float, float } %510, 3
	%515 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %508, i32 %509, float %451, float %452, float %453, float %454)
	%516 = extractvalue { float, float, float, float } %515, 0
	%517 = extractvalue { float, float, float, float } %515, 1
	%518 = extractvalue { float, float, float, float } %515, 2
	%519 = extractvalue { float, float, float, float } %515, 3
	%520 = add i32 %503, 2048
	%521 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %520)
	%522 = extractvalue { i32, i32, i32, i32 } %521, 0
	%523 = extractvalue { i32, i32, i32, i32 } %521, 1
	%524 = extractvalue { i32, i32, i32, i32 } %521, 2
	%525 = extractvalue { i32, i32, i32, i32 } %521, 3
	%526 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %522, i32 %523, float %462, float %463, float %464, float %465)
	%527 = extractvalue { float, float, float, float } %526, 0
	%528 = extractvalue { float, float, float, float } %526, 1
	%529 = extractvalue { float, float, float, float } %526, 2
	%530 = extractvalue { float, float, float, float } %526, 3
	%531 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %524, i32 %525, float %467, float %468, float %469, float %470)
	%532 = extractvalue { float, float, float, float } %531, 0
	%533 = extractvalue { float, float, float, float } %531, 1
	%534 = extractvalue { float, float, float, float } %531, 2
	%535 = extractvalue { float, float, float, float } %531, 3
	%536 = add i32 %503, u0x1000
	%537 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %536)
	%538 = extractvalue { i32, i32, i32, i32 } %537, 0
	%539 = extractvalue { i32, i32, i32, i32 } %537, 1
	%540 = extractvalue { i32, i32, i32, i32 } %537, 2
	%541 = extractvalue { i32, i32, i32, i32 } %537, 3
	%542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %538, i32 %539, float %478, float %479, float %480, float %481)
	%543 = extractvalue { float, float, float, float } %542, 0
	%544 = extractvalue { float, float, float, float } %542, 1
	%545 = extractvalue { float, float, float, float } %542, 2
	%546 = extractvalue { float, float, float, float } %542, 3
	%547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %540, i32 %541, float %483, float %484, float %485, float %486)
	%548 = extractvalue { float, float, float, float } %547, 0
	%549 = extractvalue { float, float, float, float } %547, 1
	%550 = extractvalue { float, float, float, float } %547, 2
	%551 = extractvalue { float, float, float, float } %547, 3
	%552 = add i32 %503, 6144
	%553 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %552)
	%554 = extractvalue { i32, i32, i32, i32 } %553, 0
	%555 = extractvalue { i32, i32, i32, i32 } %553, 1
	%556 = extractvalue { i32, i32, i32, i32 } %553, 2
	%557 = extractvalue { i32, i32, i32, i32 } %553, 3
	%558 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %554, i32 %555, float %494, float %495, float %496, float %497)
	%559 = extractvalue { float, float, float, float } %558, 0
	%560 = extractvalue { float, float, float, float } %558, 1
	%561 = extractvalue { float, float, float, float } %558, 2
	%562 = extractvalue { float, float, float, float } %558, 3
	%563 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %556, i32 %557, float %499, float %500, float %501, float %502)
	%564 = extractvalue { float, float, float, float } %563, 0
	%565 = extractvalue { float, float, float, float } %563, 1
	%566 = extractvalue { float, float, float, float } %563, 2
	%567 = extractvalue { float, float, float, float } %563, 3
	%568 = mul i32 %3, 16
	%569 = add i32 %24, %568
	%570 = add i32 %5, 0
	%571 = add i32 %569, %570
	%572 = mul i32 %3, 16
	%573 = add i32 %24, %572
	%574 = add i32 %5, 8
	%575 = add i32 %573, %574
	%576 = sitofp i32 %22 to float
	%577 = add i32 %45, %210
	%578 = sext i32 %577 to i64
	%579 = getelementptr i8, i8* %cls, i64 %578
	%580 = load i8, i8* %579
	%581 = icmp ne i8 %580, 2
	br i1 %581, label %partial, label %softmax

epilogue:
	%582 = phi float [ 0.0, %entry ], [ %1335, %pv ]
	%583 = phi float [ 0.0, %entry ], [ %1387, %pv ]
	%584 = phi i32 [ 0, %entry ], [ %1454, %pv ]
	%585 = phi float [ 0.0, %entry ], [ %1828, %pv ]
	%586 = phi float [ 0.0, %entry ], [ %1829, %pv ]
	%587 = phi float [ 0.0, %entry ], [ %1830, %pv ]
	%588 = phi float [ 0.0, %entry ], [ %1831, %pv ]
	%589 = phi float [ 0.0, %entry ], [ %1833, %pv ]
	%590 = phi float [ 0.0, %entry ], [ %1834, %pv ]
	%591 = phi float [ 0.0, %entry ], [ %1835, %pv ]
	%592 = phi float [ 0.0, %entry ], [ %1836, %pv ]
	%593 = phi float [ 0.0, %entry ], [ %1845, %pv ]
	%594 = phi float [ 0.0, %entry ], [ %1846, %pv ]
	%595 = phi float [ 0.0, %entry ], [ %1847, %pv ]
	%596 = phi float [ 0.0, %entry ], [ %1848, %pv ]
	%597 = phi float [ 0.0, %entry ], [ %1850, %pv ]
	%598 = phi float [ 0.0, %entry ], [ %1851, %pv ]
	%599 = phi float [ 0.0, %entry ], [ %1852, %pv ]
	%600 = phi float [ 0.0, %entry ], [ %1853, %pv ]
	%601 = phi float [ 0.0, %entry ], [ %1862, %pv ]
	%602 = phi float [ 0.0, %entry ], [ %1863, %pv ]
	%603 = phi float [ 0.0, %entry ], [ %1864, %pv ]
	%604 = phi float [ 0.0, %entry ], [ %1865, %pv ]
	%605 = phi float [ 0.0, %entry ], [ %1867, %pv ]
	%606 = phi float [ 0.0, %entry ], [ %1868, %pv ]
	%607 = phi float [ 0.0, %entry ], [ %1869, %pv ]
	%608 = phi float [ 0.0, %entry ], [ %1870, %pv ]
	%609 = phi float [ 0.0, %entry ], [ %1879, %pv ]
	%610 = phi float [ 0.0, %entry ], [ %1880, %pv ]
	%611 = phi float [ 0.0, %entry ], [ %1881, %pv ]
	%612 = phi float [ 0.0, %entry ], [ %1882, %pv ]
	%613 = phi float [ 0.0, %entry ], [ %1884, %pv ]
	%614 = phi float [ 0.0, %entry ], [ %1885, %pv ]
	%615 = phi float [ 0.0, %entry ], [ %1886, %pv ]
	%616 = phi float [ 0.0, %entry ], [ %1887, %pv ]
	%617 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %582, i32 1, i32 31)
	%618 = fadd float %582, %617
	%619 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %618, i32 2, i32 31)
	%620 = fadd float %618, %619
	%621 = fcmp ogt float %620, 0.0
	%622 = fdiv float 1.0, %620
	%623 = select i1 %621, float %622, float 0.0
	%624 = mul i32 %3, 16
	%625 = add i32 %24, %624
	%626 = add i32 %5, 0
	%627 = add i32 %625, %626
	%628 = fmul float %585, %623
	%629 = fmul float %586, %623
	%630 = fmul float %589, %623
	%631 = fmul float %590, %623
	%632 = fmul float %593, %623
	%633 = fmul float %594, %623
	%634 = fmul float %597, %623
	%635 = fmul float %598, %623
	%636 = fmul float %601, %623
	%637 = fmul float %602, %623
	%638 = fmul float %605, %623
	%639 = fmul float %606, %623
	%640 = fmul float %609, %623
	%641 = fmul float %610, %623
	%642 = fmul float %613, %623
	%643 = fmul float %614, %623
	%644 = icmp slt i32 %627, %M
	br i1 %644, label %store0, label %stored0

partial:
	%645 = shl i32 %6, 1
	%646 = add i32 0, %645
	%647 = add i32 %251, %646
	%648 = icmp slt i32 %647, %N
	%649 = select i1 %648, i32 %647, i32 0
	%650 = sitofp i32 %571 to float
	%651 = sext i32 %649 to i64
	%652 = getelementptr i32, i32* %51, i64 %651
	%653 = load i32, i32* %652
	%654 = sitofp i32 %653 to float
	%655 = fcmp ole float %654, %650
	%656 = uitofp i1 %655 to float
	%657 = fcmp une float %656, 0.0
	%658 = and i1 %648, %657
	%659 = select i1 %658, float %511, float 0xFFF0000000000000
	%660 = shl i32 %6, 1
	%661 = add i32 1, %660
	%662 = add i32 %251, %661
	%663 = icmp slt i32 %662, %N
	%664 = select i1 %663, i32 %662, i32 0
	%665 = sitofp i32 %571 to float
	%666 = sext i32 %664 to i64
	%667 = getelementptr i32, i32* %51, i64 %666
	%668 = load i32, i32* %667
	%669 = sitofp i32 %668 to float
	%670 = fcmp ole float %669, %665
	%671 = uitofp i1 %670 to float
	%672 = fcmp une float %671, 0.0
	%673 = and i1 %663, %672
	%674 = select i1 %673, float %512, float 0xFFF0000000000000
	%675 = shl i32 %6, 1
	%676 = add i32 0, %675
	%677 = add i32 %251, %676
	%678 = icmp slt i32 %677, %N
	%679 = select i1 %678, i32 %677, i32 0
	%680 = sitofp i32 %575 to float
	%681 = sext i32 %679 to i64
	%682 = getelementptr i32, i32* %51, i64 %681
	%683 = load i32, i32* %682
	%684 = sitofp i32 %683 to float
	%685 = fcmp ole float %684, %680
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = and i1 %678, %687
	%689 = select i1 %688, float %513, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 1, %690
	%692 = add i32 %251, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, i32 %692, i32 0
	%695 = sitofp i32 %575 to float
	%696 = sext i32 %694 to i64
	%697 = getelementptr i32, i32* %51, i64 %696
	%698 = load i32, i32* %697
	%699 = sitofp i32 %698 to float
	%700 = fcmp ole float %699, %695
	%701 = uitofp i1 %700 to float
	%702 = fcmp une float %701, 0.0
	%703 = and i1 %693, %702
	%704 = select i1 %703, float %514, float 0xFFF0000000000000
	%705 = shl i32 %6, 1
	%706 = add i32 8, %705
	%707 = add i32 %251, %706
	%708 = icmp slt i32 %707, %N
	%709 = select i1 %708, i32 %707, i32 0
	%710 = sitofp i32 %571 to float
	%711 = sext i32 %709 to i64
	%712 = getelementptr i32, i32* %51, i64 %711
	%713 = load i32, i32* %712
	%714 = sitofp i32 %713 to float
	%715 = fcmp ole float %714, %710
	%716 = uitofp i1 %715 to float
	%717 = fcmp une float %716, 0.0
	%718 = and i1 %708, %717
	%719 = select i1 %718, float %516, float 0xFFF0000000000000
	%720 = shl i32 %6, 1
	%721 = add i32 9, %720
	%722 = add i32 %251, %721
	%723 = icmp slt i32 %722, %N
	%724 = select i1 %723, i32 %722, i32 0
	%725 = sitofp i32 %571 to float
	%726 = sext i32 %724 to i64
	%727 = getelementptr i32, i32* %51, i64 %726
	%728 = load i32, i32* %727
	%729 = sitofp i32 %728 to float
	%730 = fcmp ole float %729, %725
	%731 = uitofp i1 %730 to float
	%732 = fcmp une float %731, 0.0
	%733 = and i1 %723, %732
	%734 = select i1 %733, float %517, float 0xFFF0000000000000
	%735 = shl i32 %6, 1
	%736 = add i32 8, %735
	%737 = add i32 %251, %736
	%738 = icmp slt i32 %737, %N
	%739 = select i1 %738, i32 %737, i32 0
	%740 = sitofp i32 %575 to float
	%741 = sext i32 %739 to i64
	%742 = getelementptr i32, i32* %51, i64 %741
	%743 = load i32, i32* %742
	%744 = sitofp i32 %743 to float
	%745 = fcmp ole float %744, %740
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %738, %747
	%749 = select i1 %748, float %518, float 0xFFF0000000000000
	%750 = shl i32 %6, 1
	%751 = add i32 9, %750
	%752 = add i32 %251, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %575 to float
	%756 = sext i32 %754 to i64
	%757 = getelementptr i32, i32* %51, i64 %756
	%758 = load i32, i32* %757
	%759 = sitofp i32 %758 to float
	%760 = fcmp ole float %759, %755
	%761 = uitofp i1 %760 to float
	%762 = fcmp une float %761, 0.0
	%763 = and i1 %753, %762
	%764 = select i1 %763, float %519, float 0xFFF0000000000000
	%765 = shl i32 %6, 1
	%766 = add i32 16, %765
	%767 = add i32 %251, %766
	%768 = icmp slt i32 %767, %N
	%769 = select i1 %768, i32 %767, i32 0
	%770 = sitofp i32 %571 to float
	%771 = sext i32 %769 to i64
	%772 = getelementptr i32, i32* %51, i64 %771
	%773 = load i32, i32* %772
	%774 = sitofp i32 %773 to float
	%775 = fcmp ole float %774, %770
	%776 = uitofp i1 %775 to float
	%777 = fcmp une float %776, 0.0
	%778 = and i1 %768, %777
	%779 = select i1 %778, float %527, float 0xFFF0000000000000
	%780 = shl i32 %6, 1
	%781 = add i32 17, %780
	%782 = add i32 %251, %781
	%783 = icmp slt i32 %782, %N
	%784 = select i1 %783, i32 %782, i32 0
	%785 = sitofp i32 %571 to float
	%786 = sext i32 %784 to i64
	%787 = getelementptr i32, i32* %51, i64 %786
	%788 = load i32, i32* %787
	%789 = sitofp i32 %788 to float
	%790 = fcmp ole float %789, %785
	%791 = uitofp i1 %790 to float
	%792 = fcmp une float %791, 0.0
	%793 = and i1 %783, %792
	%794 = select i1 %793, float %528, float 0xFFF0000000000000
	%795 = shl i32 %6, 1
	%796 = add i32 16, %795
	%797 = add i32 %251, %796
	%798 = icmp slt i32 %797, %N
	%799 = select i1 %798, i32 %797, i32 0
	%800 = sitofp i32 %575 to float
	%801 = sext i32 %799 to i64
	%802 = getelementptr i32, i32* %51, i64 %801
	%803 = load i32, i32* %802
	%804 = sitofp i32 %803 to float
	%805 = fcmp ole float %804, %800
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %798, %807
	%809 = select i1 %808, float %529, float 0xFFF0000000000000
	%810 = shl i32 %6, 1
	%811 = add i32 17, %810
	%812 = add i32 %251, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %575 to float
	%816 = sext i32 %814 to i64
	%817 = getelementptr i32, i32* %51, i64 %816
	%818 = load i32, i32* %817
	%819 = sitofp i32 %818 to float
	%820 = fcmp ole float %819, %815
	%821 = uitofp i1 %820 to float
	%822 = fcmp une float %821, 0.0
	%823 = and i1 %813, %822
	%824 = select i1 %823, float %530, float 0xFFF0000000000000
	%825 = shl i32 %6, 1
	%826 = add i32 24, %825
	%827 = add i32 %251, %826
	%828 = icmp slt i32 %827, %N
	%829 = select i1 %828, i32 %827, i32 0
	%830 = sitofp i32 %571 to float
	%831 = sext i32 %829 to i64
	%832 = getelementptr i32, i32* %51, i64 %831
	%833 = load i32, i32* %832
	%834 = sitofp i32 %833 to float
	%835 = fcmp ole float %834, %830
	%836 = uitofp i1 %835 to float
	%837 = fcmp une float %836, 0.0
	%838 = and i1 %828, %837
	%839 = select i1 %838, float %532, float 0xFFF0000000000000
	%840 = shl i32 %6, 1
	%841 = add i32 25, %840
	%842 = add i32 %251, %841
	%843 = icmp slt i32 %842, %N
	%844 = select i1 %843, i32 %842, i32 0
	%845 = sitofp i32 %571 to float
	%846 = sext i32 %844 to i64
	%847 = getelementptr i32, i32* %51, i64 %846
	%848 = load i32, i32* %847
	%849 = sitofp i32 %848 to float
	%850 = fcmp ole float %849, %845
	%851 = uitofp i1 %850 to float
	%852 = fcmp une float %851, 0.0
	%853 = and i1 %843, %852
	%854 = select i1 %853, float %533, float 0xFFF0000000000000
	%855 = shl i32 %6, 1
	%856 = add i32 24, %855
	%857 = add i32 %251, %856
	%858 = icmp slt i32 %857, %N
	%859 = select i1 %858, i32 %857, i32 0
	%860 = sitofp i32 %575 to float
	%861 = sext i32 %859 to i64
	%862 = getelementptr i32, i32* %51, i64 %861
	%863 = load i32, i32* %862
	%864 = sitofp i32 %863 to float
	%865 = fcmp ole float %864, %860
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %858, %867
	%869 = select i1 %868, float %534, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 25, %870
	%872 = add i32 %251, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %575 to float
	%876 = sext i32 %874 to i64
	%877 = getelementptr i32, i32* %51, i64 %876
	%878 = load i32, i32* %877
	%879 = sitofp i32 %878 to float
	%880 = fcmp ole float %879, %875
	%881 = uitofp i1 %880 to float
	%882 = fcmp une float %881, 0.0
	%883 = and i1 %873, %882
	%884 = select i1 %883, float %535, float 0xFFF0000000000000
	%885 = shl i32 %6, 1
	%886 = add i32 32, %885
	%887 = add i32 %251, %886
	%888 = icmp slt i32 %887, %N
	%889 = select i1 %888, i32 %887, i32 0
	%890 = sitofp i32 %571 to float
	%891 = sext i32 %889 to i64
	%892 = getelementptr i32, i32* %51, i64 %891
	%893 = load i32, i32* %892
	%894 = sitofp i32 %893 to float
	%895 = fcmp ole float %894, %890
	%896 = uitofp i1 %895 to float
	%897 = fcmp une float %896, 0.0
	%898 = and i1 %888, %897
	%899 = select i1 %898, float %543, float 0xFFF0000000000000
	%900 = shl i32 %6, 1
	%901 = add i32 33, %900
	%902 = add i32 %251, %901
	%903 = icmp slt i32 %902, %N
	%904 = select i1 %903, i32 %902, i32 0
	%905 = sitofp i32 %571 to float
	%906 = sext i32 %904 to i64
	%907 = getelementptr i32, i32* %51, i64 %906
	%908 = load i32, i32* %907
	%909 = sitofp i32 %908 to float
	%910 = fcmp ole float %909, %905
	%911 = uitofp i1 %910 to float
	%912 = fcmp une float %911, 0.0
	%913 = and i1 %903, %912
	%914 = select i1 %913, float %544, float 0xFFF0000000000000
	%915 = shl i32 %6, 1
	%916 = add i32 32, %915
	%917 = add i32 %251, %916
	%918 = icmp slt i32 %917, %N
	%919 = select i1 %918, i32 %917, i32 0
	%920 = sitofp i32 %575 to float
	%921 = sext i32 %919 to i64
	%922 = getelementptr i32, i32* %51, i64 %921
	%923 = load i32, i32* %922
	%924 = sitofp i32 %923 to float
	%925 = fcmp ole float %924, %920
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %918, %927
	%929 = select i1 %928, float %545, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 33, %930
	%932 = add i32 %251, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %575 to float
	%936 = sext i32 %934 to i64
	%937 = getelementptr i32, i32* %51, i64 %936
	%938 = load i32, i32* %937
	%939 = sitofp i32 %938 to float
	%940 = fcmp ole float %939, %935
	%941 = uitofp i1 %940 to float
	%942 = fcmp une float %941, 0.0
	%943 = and i1 %933, %942
	%944 = select i1 %943, float %546, float 0xFFF0000000000000
	%945 = shl i32 %6, 1
	%946 = add i32 40, %945
	%947 = add i32 %251, %946
	%948 = icmp slt i32 %947, %N
	%949 = select i1 %948, i32 %947, i32 0
	%950 = sitofp i32 %571 to float
	%951 = sext i32 %949 to i64
	%952 = getelementptr i32, i32* %51, i64 %951
	%953 = load i32, i32* %952
	%954 = sitofp i32 %953 to float
	%955 = fcmp ole float %954, %950
	%956 = uitofp i1 %955 to float
	%957 = fcmp une float %956, 0.0
	%958 = and i1 %948, %957
	%959 = select i1 %958, float %548, float 0xFFF0000000000000
	%960 = shl i32 %6, 1
	%961 = add i32 41, %960
	%962 = add i32 %251, %961
	%963 = icmp slt i32 %962, %N
	%964 = select i1 %963, i32 %962, i32 0
	%965 = sitofp i32 %571 to float
	%966 = sext i32 %964 to i64
	%967 = getelementptr i32, i32* %51, i64 %966
	%968 = load i32, i32* %967
	%969 = sitofp i32 %968 to float
	%970 = fcmp ole float %969, %965
	%971 = uitofp i1 %970 to float
	%972 = fcmp une float %971, 0.0
	%973 = and i1 %963, %972
	%974 = select i1 %973, float %549, float 0xFFF0000000000000
	%975 = shl i32 %6, 1
	%976 = add i32 40, %975
	%977 = add i32 %251, %976
	%978 = icmp slt i32 %977, %N
	%979 = select i1 %978, i32 %977, i32 0
	%980 = sitofp i32 %575 to float
	%981 = sext i32 %979 to i64
	%982 = getelementptr i32, i32* %51, i64 %981
	%983 = load i32, i32* %982
	%984 = sitofp i32 %983 to float
	%985 = fcmp ole float %984, %980
	%986 = uitofp i1 %985 to float
	%987 = fcmp une float %986, 0.0
	%988 = and i1 %978, %987
	%989 = select i1 %988, float %550, float 0xFFF0000000000000
	%990 = shl i32 %6, 1
	%991 = add i32 41, %990
	%992 = add i32 %251, %991
	%993 = icmp slt i32 %992, %N
	%994 = select i1 %993, i32 %992, i32 0
	%995 = sitofp i32 %575 to float
	%996 = sext i32 %994 to i64
	%997 = getelementptr i32, i32* %51, i64 %996
	%998 = load i32, i32* %997
	%999 = sitofp i32 %998 to float
	%1000 = fcmp ole float %999, %995
	%1001 = uitofp i1 %1000 to float
	%1002 = fcmp une float %1001, 0.0
	%1003 = and i1 %993, %1002
	%1004 = select i1 %1003, float %551, float 0xFFF0000000000000
	%1005 = shl i32 %6, 1
	%1006 = add i32 48, %1005
	%1007 = add i32 %251, %1006
	%1008 = icmp slt i32 %1007, %N
	%1009 = select i1 %1008, i32 %1007, i32 0
	%1010 = sitofp i32 %571 to float
	%1011 = sext i32 %1009 to i64
	%1012 = getelementptr i32, i32* %51, i64 %1011
	%1013 = load i32, i32* %1012
	%1014 = sitofp i32 %1013 to float
	%1015 = fcmp ole float %1014, %1010
	%1016 = uitofp i1 %1015 to float
	%1017 = fcmp une float %1016, 0.0
	%1018 = and i1 %1008, %1017
	%1019 = select i1 %1018, float %559, float 0xFFF0000000000000
	%1020 = shl i32 %6, 1
	%1021 = add i32 49, %1020
	%1022 = add i32 %251, %1021
	%1023 = icmp slt i32 %1022, %N
	%1024 = select i1 %1023, i32 %1022, i32 0
	%1025 = sitofp i32 %571 to float
	%1026 = sext i32 %1024 to i64
	%1027 = getelementptr i32, i32* %51, i64 %1026
	%1028 = load i32, i32* %1027
	%1029 = sitofp i32 %1028 to float
	%1030 = fcmp ole float %1029, %1025
	%1031 = uitofp i1 %1030 to float
	%1032 = fcmp une float %1031, 0.0
	%1033 = and i1 %1023, %1032
	%1034 = select i1 %1033, float %560, float 0xFFF0000000000000
	%1035 = shl i32 %6, 1
	%1036 = add i32 48, %1035
	%1037 = add i32 %251, %1036
	%1038 = icmp slt i32 %1037, %N
	%1039 = select i1 %1038, i32 %1037, i32 0
	%1040 = sitofp i32 %575 to float
	%1041 = sext i32 %1039 to i64
	%1042 = getelementptr i32, i32* %51, i64 %1041
	%1043 = load i32, i32* %1042
	%1044 = sitofp i32 %1043 to float
	%1045 = fcmp ole float %1044, %1040
	%1046 = uitofp i1 %1045 to float
	%1047 = fcmp une float %1046, 0.0
	%1048 = and i1 %1038, %1047
	%1049 = select i1 %1048, float %561, float 0xFFF0000000000000
	%1050 = shl i32 %6, 1
	%1051 = add i32 49, %1050
	%1052 = add i32 %251, %1051
	%1053 = icmp slt i32 %1052, %N
	%1054 = select i1 %1053, i32 %1052, i32 0
	%1055 = sitofp i32 %575 to float
	%1056 = sext i32 %1054 to i64
	%1057 = getelementptr i32, i32* %51, i64 %1056
	%1058 = load i32, i32* %1057
	%1059 = sitofp i32 %1058 to float
	%1060 = fcmp ole float %1059, %1055
	%1061 = uitofp i1 %1060 to float
	%1062 = fcmp une float %1061, 0.0
	%1063 = and i1 %1053, %1062
	%1064 = select i1 %1063, float %562, float 0xFFF0000000000000
	%1065 = shl i32 %6, 1
	%1066 = add i32 56, %1065
	%1067 = add i32 %251, %1066
	%1068 = icmp slt i32 %1067, %N
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = sitofp i32 %571 to float
	%1071 = sext i32 %1069 to i64
	%1072 = getelementptr i32, i32* %51, i64 %1071
	%1073 = load i32, i32* %1072
	%1074 = sitofp i32 %1073 to float
	%1075 = fcmp ole float %1074, %1070
	%1076 = uitofp i1 %1075 to float
	%1077 = fcmp une float %1076, 0.0
	%1078 = and i1 %1068, %1077
	%1079 = select i1 %1078, float %564, float 0xFFF0000000000000
	%1080 = shl i32 %6, 1
	%1081 = add i32 57, %1080
	%1082 = add i32 %251, %1081
	%1083 = icmp slt i32 %1082, %N
	%1084 = select i1 %1083, i32 %1082, i32 0
	%1085 = sitofp i32 %571 to float
	%1086 = sext i32 %1084 to i64
	%1087 = getelementptr i32, i32* %51, i64 %1086
	%1088 = load i32, i32* %1087
	%1089 = sitofp i32 %1088 to float
	%1090 = fcmp ole float %1089, %1085
	%1091 = uitofp i1 %1090 to float
	%1092 = fcmp une float %1091, 0.0
	%1093 = and i1 %1083, %1092
	%1094 = select i1 %1093, float %565, float 0xFFF0000000000000
	%1095 = shl i32 %6, 1
	%1096 = add i32 56, %1095
	%1097 = add i32 %251, %1096
	%1098 = icmp slt i32 %1097, %N
	%1099 = select i1 %1098, i32 %1097, i32 0
	%1100 = sitofp i32 %575 to float
	%1101 = sext i32 %1099 to i64
	%1102 = getelementptr i32, i32* %51, i64 %1101
	%1103 = load i32, i32* %1102
	%1104 = sitofp i32 %1103 to float
	%1105 = fcmp ole float %1104, %1100
	%1106 = uitofp i1 %1105 to float
	%1107 = fcmp une float %1106, 0.0
	%1108 = and i1 %1098, %1107
	%1109 = select i1 %1108, float %566, float 0xFFF0000000000000
	%1110 = shl i32 %6, 1
	%1111 = add i32 57, %1110
	%1112 = add i32 %251, %1111
	%1113 = icmp slt i32 %1112, %N
	%1114 = select i1 %1113, i32 %1112, i32 0
	%1115 = sitofp i32 %575 to float
	%1116 = sext i32 %1114 to i64
	%1117 = getelementptr i32, i32* %51, i64 %1116
	%1118 = load i32, i32* %1117
	%1119 = sitofp i32 %1118 to float
	%1120 = fcmp ole float %1119, %1115
	%1121 = uitofp i1 %1120 to float
	%1122 = fcmp une float %1121, 0.0
	%1123 = and i1 %1113, %1122
	%1124 = select i1 %1123, float %567, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1125 = phi float [ %511, %loop ], [ %659, %partial ]
	%1126 = phi float [ %512, %loop ], [ %674, %partial ]
	%1127 = phi float [ %513, %loop ], [ %689, %partial ]
	%1128 = phi float [ %514, %loop ], [ %704, %partial ]
	%1129 = phi float [ %516, %loop ], [ %719, %partial ]
	%1130 = phi float [ %517, %loop ], [ %734, %partial ]
	%1131 = phi float [ %518, %loop ], [ %749, %partial ]
	%1132 = phi float [ %519, %loop ], [ %764, %partial ]
	%1133 = phi float [ %527, %loop ], [ %779, %partial ]
	%1134 = phi float [ %528, %loop ], [ %794, %partial ]
	%1135 = phi float [ %529, %loop ], [ %809, %partial ]
	%1136 = phi float [ %530, %loop ], [ %824, %partial ]
	%1137 = phi float [ %532, %loop ], [ %839, %partial ]
	%1138 = phi float [ %533, %loop ], [ %854, %partial ]
	%1139 = phi float [ %534, %loop ], [ %869, %partial ]
	%1140 = phi float [ %535, %loop ], [ %884, %partial ]
	%1141 = phi float [ %543, %loop ], [ %899, %partial ]
	%1142 = phi float [ %544, %loop ], [ %914, %partial ]
	%1143 = phi float [ %545, %loop ], [ %929, %partial ]
	%1144 = phi float [ %546, %loop ], [ %944, %partial ]
	%1145 = phi float [ %548, %loop ], [ %959, %partial ]
	%1146 = phi float [ %549, %loop ], [ %974, %partial ]
	%1147 = phi float [ %550, %loop ], [ %989, %partial ]
	%1148 = phi float [ %551, %loop ], [ %1004, %partial ]
	%1149 = phi float [ %559, %loop ], [ %1019, %partial ]
	%1150 = phi float [ %560, %loop ], [ %1034, %partial ]
	%1151 = phi float [ %561, %loop ], [ %1049, %partial ]
	%1152 = phi float [ %562, %loop ], [ %1064, %partial ]
	%1153 = phi float [ %564, %loop ], [ %1079, %partial ]
	%1154 = phi float [ %565, %loop ], [ %1094, %partial ]
	%1155 = phi float [ %566, %loop ], [ %1109, %partial ]
	%1156 = phi float [ %567, %loop ], [ %1124, %partial ]
	%1157 = call float @llvm.nvvm.fmax.f(float %1125, float %1126)
	%1158 = call float @llvm.nvvm.fmax.f(float %1129, float %1130)
	%1159 = call float @llvm.nvvm.fmax.f(float %1133, float %1134)
	%1160 = call float @llvm.nvvm.fmax.f(float %1137, float %1138)
	%1161 = call float @llvm.nvvm.fmax.f(float %1141, float %1142)
	%1162 = call float @llvm.nvvm.fmax.f(float %1145, float %1146)
	%1163 = call float @llvm.nvvm.fmax.f(float %1149, float %1150)
	%1164 = call float @llvm.nvvm.fmax.f(float %1153, float %1154)
	%1165 = call float @llvm.nvvm.fmax.f(float %1157, float %1158)
	%1166 = call float @llvm.nvvm.fmax.f(float %1159, float %1160)
	%1167 = call float @llvm.nvvm.fmax.f(float %1161, float %1162)
	%1168 = call float @llvm.nvvm.fmax.f(float %1163, float %1164)
	%1169 = call float @llvm.nvvm.fmax.f(float %1165, float %1166)
	%1170 = call float @llvm.nvvm.fmax.f(float %1167, float %1168)
	%1171 = call float @llvm.nvvm.fmax.f(float %1169, float %1170)
	%1172 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1171, i32 1, i32 31)
	%1173 = call float @llvm.nvvm.fmax.f(float %1171, float %1172)
	%1174 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1173, i32 2, i32 31)
	%1175 = call float @llvm.nvvm.fmax.f(float %1173, float %1174)
	%1176 = fmul float %1175, 0x3FC7154760000000
	%1177 = call float @llvm.nvvm.fmax.f(float %243, float %1176)
	%1178 = fadd float %243, 8.0
	%1179 = fcmp ogt float %1177, %1178
	%1180 = or i1 false, %1179
	%1181 = call float @llvm.nvvm.fmax.f(float %1127, float %1128)
	%1182 = call float @llvm.nvvm.fmax.f(float %1131, float %1132)
	%1183 = call float @llvm.nvvm.fmax.f(float %1135, float %1136)
	%1184 = call float @llvm.nvvm.fmax.f(float %1139, float %1140)
	%1185 = call float @llvm.nvvm.fmax.f(float %1143, float %1144)
	%1186 = call float @llvm.nvvm.fmax.f(float %1147, float %1148)
	%1187 = call float @llvm.nvvm.fmax.f(float %1151, float %1152)
	%1188 = call float @llvm.nvvm.fmax.f(float %1155, float %1156)
	%1189 = call float @llvm.nvvm.fmax.f(float %1181, float %1182)
	%1190 = call float @llvm.nvvm.fmax.f(float %1183, float %1184)
	%1191 = call float @llvm.nvvm.fmax.f(float %1185, float %1186)
	%1192 = call float @llvm.nvvm.fmax.f(float %1187, float %1188)
	%1193 = call float @llvm.nvvm.fmax.f(float %1189, float %1190)
	%1194 = call float @llvm.nvvm.fmax.f(float %1191, float %1192)
	%1195 = call float @llvm.nvvm.fmax.f(float %1193, float %1194)
	%1196 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1195, i32 1, i32 31)
	%1197 = call float @llvm.nvvm.fmax.f(float %1195, float %1196)
	%1198 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1197, i32 2, i32 31)
	%1199 = call float @llvm.nvvm.fmax.f(float %1197, float %1198)
	%1200 = fmul float %1199, 0x3FC7154760000000
	%1201 = call float @llvm.nvvm.fmax.f(float %245, float %1200)
	%1202 = fadd float %245, 8.0
	%1203 = fcmp ogt float %1201, %1202
	%1204 = or i1 %1180, %1203
	%1205 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1204)
	br i1 %1205, label %1206, label %1249

1206:
	%1207 = fcmp oeq float %1177, 0xFFF0000000000000
	%1208 = select i1 %1207, float 0.0, float %1177
	%1209 = fsub float %243, %1208
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = fcmp oeq float %1201, 0xFFF0000000000000
	%1212 = select i1 %1211, float 0.0, float %1201
	%1213 = fsub float %245, %1212
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = fmul float %211, %1210
	%1216 = fmul float %212, %1210
	%1217 = fmul float %213, %1214
	%1218 = fmul float %214, %1214
	%1219 = fmul float %215, %1210
	%1220 = fmul float %216, %1210
	%1221 = fmul float %217, %1214
	%1222 = fmul float %218, %1214
	%1223 = fmul float %219, %1210
	%1224 = fmul float %220, %1210
	%1225 = fmul float %221, %1214
	%1226 = fmul float %222, %1214
	%1227 = fmul float %223, %1210
	%1228 = fmul float %224, %1210
	%1229 = fmul float %225, %1214
	%1230 = fmul float %226, %1214
	%1231 = fmul float %227, %1210
	%1232 = fmul float %228, %1210
	%1233 = fmul float %229, %1214
	%1234 = fmul float %230, %1214
	%1235 = fmul float %231, %1210
	%1236 = fmul float %232, %1210
	%1237 = fmul float %233, %1214
	%1238 = fmul float %234, %1214
	%1239 = fmul float %235, %1210
	%1240 = fmul float %236, %1210
	%1241 = fmul float %237, %1214
	%1242 = fmul float %238, %1214
	%1243 = fmul float %239, %1210
	%1244 = fmul float %240, %1210
	%1245 = fmul float %241, %1214
	%1246 = fmul float %242, %1214
	%1247 = fmul float %244, %1210
	%1248 = fmul float %246, %1214
	br label %1249

1249:
	%1250 = phi float [ %211, %softmax ], [ %1215, %1206 ]
	%1251 = phi float [ %212, %softmax ], [ %1216, %1206 ]
	%1252 = phi float [ %213, %softmax ], [ %1217, %1206 ]
	%1253 = phi float [ %214, %softmax ], [ %1218, %1206 ]
	%1254 = phi float [ %215, %softmax ], [ %1219, %1206 ]
	%1255 = phi float [ %216, %softmax ], [ %1220, %1206 ]
	%1256 = phi float [ %217, %softmax ], [ %1221, %1206 ]
	%1257 = phi float [ %218, %softmax ], [ %1222, %1206 ]
	%1258 = phi float [ %219, %softmax ], [ %1223, %1206 ]
	%1259 = phi float [ %220, %softmax ], [ %1224, %1206 ]
	%1260 = phi float [ %221, %softmax ], [ %1225, %1206 ]
	%1261 = phi float [ %222, %softmax ], [ %1226, %1206 ]
	%1262 = phi float [ %223, %softmax ], [ %1227, %1206 ]
	%1263 = phi float [ %224, %softmax ], [ %1228, %1206 ]
	%1264 = phi float [ %225, %softmax ], [ %1229, %1206 ]
	%1265 = phi float [ %226, %softmax ], [ %1230, %1206 ]
	%1266 = phi float [ %227, %softmax ], [ %1231, %1206 ]
	%1267 = phi float [ %228, %softmax ], [ %1232, %1206 ]
	%1268 = phi float [ %229, %softmax ], [ %1233, %1206 ]
	%1269 = phi float [ %230, %softmax ], [ %1234, %1206 ]
	%1270 = phi float [ %231, %softmax ], [ %1235, %1206 ]
	%1271 = phi float [ %232, %softmax ], [ %1236, %1206 ]
	%1272 = phi float [ %233, %softmax ], [ %1237, %1206 ]
	%1273 = phi float [ %234, %softmax ], [ %1238, %1206 ]
	%1274 = phi float [ %235, %softmax ], [ %1239, %1206 ]
	%1275 = phi float [ %236, %softmax ], [ %1240, %1206 ]
	%1276 = phi float [ %237, %softmax ], [ %1241, %1206 ]
	%1277 = phi float [ %238, %softmax ], [ %1242, %1206 ]
	%1278 = phi float [ %239, %softmax ], [ %1243, %1206 ]
	%1279 = phi float [ %240, %softmax ], [ %1244, %1206 ]
	%1280 = phi float [ %241, %softmax ], [ %1245, %1206 ]
	%1281 = phi float [ %242, %softmax ], [ %1246, %1206 ]
	%1282 = phi float [ %244, %softmax ], [ %1247, %1206 ]
	%1283 = phi float [ %246, %softmax ], [ %1248, %1206 ]
	%1284 = select i1 %1205, float %1177, float %243
	%1285 = fcmp oeq float %1284, 0xFFF0000000000000
	%1286 = select i1 %1285, float 0.0, float %1284
	%1287 = fneg float %1286
	%1288 = call float @llvm.fma.f32(float %1125, float 0x3FC7154760000000, float %1287)
	%1289 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1288)
	%1290 = call float @llvm.fma.f32(float %1126, float 0x3FC7154760000000, float %1287)
	%1291 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1290)
	%1292 = call float @llvm.fma.f32(float %1129, float 0x3FC7154760000000, float %1287)
	%1293 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1292)
	%1294 = call float @llvm.fma.f32(float %1130, float 0x3FC7154760000000, float %1287)
	%1295 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1294)
	%1296 = call float @llvm.fma.f32(float %1133, float 0x3FC7154760000000, float %1287)
	%1297 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1296)
	%1298 = call float @llvm.fma.f32(float %1134, float 0x3FC7154760000000, float %1287)
	%1299 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1298)
	%1300 = call float @llvm.fma.f32(float %1137, float 0x3FC7154760000000, float %1287)
	%1301 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1300)
	%1302 = call float @llvm.fma.f32(float %1138, float 0x3FC7154760000000, float %1287)
	%1303 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1302)
	%1304 = call float @llvm.fma.f32(float %1141, float 0x3FC7154760000000, float %1287)
	%1305 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1304)
	%1306 = call float @llvm.fma.f32(float %1142, float 0x3FC7154760000000, float %1287)
	%1307 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1306)
	%1308 = call float @llvm.fma.f32(float %1145, float 0x3FC7154760000000, float %1287)
	%1309 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1308)
	%1310 = call float @llvm.fma.f32(float %1146, float 0x3FC7154760000000, float %1287)
	%1311 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1310)
	%1312 = call float @llvm.fma.f32(float %1149, float 0x3FC7154760000000, float %1287)
	%1313 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1312)
	%1314 = call float @llvm.fma.f32(float %1150, float 0x3FC7154760000000, float %1287)
	%1315 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1314)
	%1316 = call float @llvm.fma.f32(float %1153, float 0x3FC7154760000000, float %1287)
	%1317 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1316)
	%1318 = call float @llvm.fma.f32(float %1154, float 0x3FC7154760000000, float %1287)
	%1319 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1318)
	%1320 = fadd float %1289, %1291
	%1321 = fadd float %1293, %1295
	%1322 = fadd float %1297, %1299
	%1323 = fadd float %1301, %1303
	%1324 = fadd float %1305, %1307
	%1325 = fadd float %1309, %1311
	%1326 = fadd float %1313, %1315
	%1327 = fadd float %1317, %1319
	%1328 = fadd float %1320, %1321
	%1329 = fadd float %1322, %1323
	%1330 = fadd float %1324, %1325
	%1331 = fadd float %1326, %1327
	%1332 = fadd float %1328, %1329
	%1333 = fadd float %1330, %1331
	%1334 = fadd float %1332, %1333
	%1335 = fadd float %1282, %1334
	%1336 = select i1 %1205, float %1201, float %245
	%1337 = fcmp oeq float %1336, 0xFFF0000000000000
	%1338 = select i1 %1337, float 0.0, float %1336
	%1339 = fneg float %1338
	%1340 = call float @llvm.fma.f32(float %1127, float 0x3FC7154760000000, float %1339)
	%1341 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1340)
	%1342 = call float @llvm.fma.f32(float %1128, float 0x3FC7154760000000, float %1339)
	%1343 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1342)
	%1344 = call float @llvm.fma.f32(float %1131, float 0x3FC7154760000000, float %1339)
	%1345 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1344)
	%1346 = call float @llvm.fma.f32(float %1132, float 0x3FC7154760000000, float %1339)
	%1347 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1346)
	%1348 = call float @llvm.fma.f32(float %1135, float 0x3FC7154760000000, float %1339)
	%1349 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1348)
	%1350 = call float @llvm.fma.f32(float %1136, float 0x3FC7154760000000, float %1339)
	%1351 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1350)
	%1352 = call float @llvm.fma.f32(float %1139, float 0x3FC7154760000000, float %1339)
	%1353 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1352)
	%1354 = call float @llvm.fma.f32(float %1140, float 0x3FC7154760000000, float %1339)
	%1355 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1354)
	%1356 = call float @llvm.fma.f32(float %1143, float 0x3FC7154760000000, float %1339)
	%1357 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1356)
	%1358 = call float @llvm.fma.f32(float %1144, float 0x3FC7154760000000, float %1339)
	%1359 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1358)
	%1360 = call float @llvm.fma.f32(float %1147, float 0x3FC7154760000000, float %1339)
	%1361 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1360)
	%1362 = call float @llvm.fma.f32(float %1148, float 0x3FC7154760000000, float %1339)
	%1363 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1362)
	%1364 = call float @llvm.fma.f32(float %1151, float 0x3FC7154760000000, float %1339)
	%1365 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1364)
	%1366 = call float @llvm.fma.f32(float %1152, float 0x3FC7154760000000, float %1339)
	%1367 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1366)
	%1368 = call float @llvm.fma.f32(float %1155, float 0x3FC7154760000000, float %1339)
	%1369 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1368)
	%1370 = call float @llvm.fma.f32(float %1156, float 0x3FC7154760000000, float %1339)
	%1371 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1370)
	%1372 = fadd float %1341, %1343
	%1373 = fadd float %1345, %1347
	%1374 = fadd float %1349, %1351
	%1375 = fadd float %1353, %1355
	%1376 = fadd float %1357, %1359
	%1377 = fadd float %1361, %1363
	%1378 = fadd float %1365, %1367
	%1379 = fadd float %1369, %1371
	%1380 = fadd float %1372, %1373
	%1381 = fadd float %1374, %1375
	%1382 = fadd float %1376, %1377
	%1383 = fadd float %1378, %1379
	%1384 = fadd float %1380, %1381
	%1385 = fadd float %1382, %1383
	%1386 = fadd float %1384, %1385
	%1387 = fadd float %1283, %1386
	%1388 = icmp eq i32 %6, 0
	%1389 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1334, i32 1, i32 31)
	%1390 = fadd float %1334, %1389
	%1391 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1390, i32 2, i32 31)
	%1392 = fadd float %1390, %1391
	%1393 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1335, i32 1, i32 31)
	%1394 = fadd float %1335, %1393
	%1395 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1394, i32 2, i32 31)
	%1396 = fadd float %1394, %1395
	%1397 = fcmp ogt float %1396, 0.0
	%1398 = icmp slt i32 %571, %M
	%1399 = and i1 %1397, %1398
	%1400 = select i1 %1399, float %1396, float 1.0
	%1401 = fdiv float %1392, %1400
	%1402 = call float @llvm.nvvm.fmax.f(float 0.0, float %1401)
	%1403 = select i1 %1399, float %1402, float 0.0
	%1404 = and i1 %1399, %1388
	%1405 = fadd float 0.0, 1.0
	%1406 = select i1 %1404, float %1405, float 0.0
	%1407 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1386, i32 1, i32 31)
	%1408 = fadd float %1386, %1407
	%1409 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1408, i32 2, i32 31)
	%1410 = fadd float %1408, %1409
	%1411 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1387, i32 1, i32 31)
	%1412 = fadd float %1387, %1411
	%1413 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1412, i32 2, i32 31)
	%1414 = fadd float %1412, %1413
	%1415 = fcmp ogt float %1414, 0.0
	%1416 = icmp slt i32 %575, %M
	%1417 = and i1 %1415, %1416
	%1418 = select i1 %1417, float %1414, float 1.0
	%1419 = fdiv float %1410, %1418
	%1420 = call float @llvm.nvvm.fmax.f(float %1403, float %1419)
	%1421 = select i1 %1417, float %1420, float %1403
	%1422 = and i1 %1417, %1388
	%1423 = fadd float %1406, 1.0
	%1424 = select i1 %1422, float %1423, float %1406
	%1425 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1421, i32 16, i32 31)
	%1426 = call float @llvm.nvvm.fmax.f(float %1421, float %1425)
	%1427 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1424, i32 16, i32 31)
	%1428 = fadd float %1424, %1427
	%1429 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1426, i32 8, i32 31)
	%1430 = call float @llvm.nvvm.fmax.f(float %1426, float %1429)
	%1431 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1428, i32 8, i32 31)
	%1432 = fadd float %1428, %1431
	%1433 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1430, i32 4, i32 31)
	%1434 = call float @llvm.nvvm.fmax.f(float %1430, float %1433)
	%1435 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1432, i32 4, i32 31)
	%1436 = fadd float %1432, %1435
	%1437 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1434, i32 2, i32 31)
	%1438 = call float @llvm.nvvm.fmax.f(float %1434, float %1437)
	%1439 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1436, i32 2, i32 31)
	%1440 = fadd float %1436, %1439
	%1441 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1438, i32 1, i32 31)
	%1442 = call float @llvm.nvvm.fmax.f(float %1438, float %1441)
	%1443 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1440, i32 1, i32 31)
	%1444 = fadd float %1440, %1443
	%1445 = icmp eq i32 %4, 0
	br i1 %1445, label %1446, label %1453

1446:
	%1447 = mul i32 %3, 2
	%1448 = add i32 %1447, 0
	%1449 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1448
	store float %1442, float addrspace(3)* %1449
	%1450 = mul i32 %3, 2
	%1451 = add i32 %1450, 1
	%1452 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1451
	store float %1444, float addrspace(3)* %1452
	br label %1453

1453:
	%1454 = add i32 %209, 1
	%1455 = icmp slt i32 %1454, %NK
	%1456 = select i1 %1455, i32 %1454, i32 0
	%1457 = add i32 %41, %1456
	%1458 = sext i32 %1457 to i64
	%1459 = getelementptr i32, i32* %list, i64 %1458
	%1460 = load i32, i32* %1459
	%1461 = select i1 %1455, i32 %1460, i32 -1
	%1462 = icmp sge i32 %1461, 0
	%1463 = select i1 %1462, i32 %1461, i32 0
	%1464 = mul i32 %1463, 64
	%1465 = lshr i32 %2, 3
	%1466 = add i32 %1464, %1465
	%1467 = add i32 %1466, 0
	%1468 = icmp slt i32 %1467, %N
	%1469 = select i1 %1468, i32 %1467, i32 0
	%1470 = sext i32 %1469 to i64
	%1471 = getelementptr i32, i32* %51, i64 %1470
	%1472 = load i32, i32* %1471
	%1473 = add i32 %1466, 16
	%1474 = icmp slt i32 %1473, %N
	%1475 = select i1 %1474, i32 %1473, i32 0
	%1476 = sext i32 %1475 to i64
	%1477 = getelementptr i32, i32* %51, i64 %1476
	%1478 = load i32, i32* %1477
	%1479 = add i32 %1466, 32
	%1480 = icmp slt i32 %1479, %N
	%1481 = select i1 %1480, i32 %1479, i32 0
	%1482 = sext i32 %1481 to i64
	%1483 = getelementptr i32, i32* %51, i64 %1482
	%1484 = load i32, i32* %1483
	%1485 = add i32 %1466, 48
	%1486 = icmp slt i32 %1485, %N
	%1487 = select i1 %1486, i32 %1485, i32 0
	%1488 = sext i32 %1487 to i64
	%1489 = getelementptr i32, i32* %51, i64 %1488
	%1490 = load i32, i32* %1489
	%1491 = add i32 %NK, %209
	%1492 = add i32 %41, %1491
	%1493 = sext i32 %1492 to i64
	%1494 = getelementptr i32, i32* %list, i64 %1493
	%1495 = load i32, i32* %1494
	%1496 = icmp eq i32 %1495, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%1497 = mul i32 0, 2
	%1498 = add i32 %1497, 0
	%1499 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1498
	%1500 = load float, float addrspace(3)* %1499
	%1501 = call float @llvm.nvvm.fmax.f(float 0.0, float %1500)
	%1502 = mul i32 0, 2
	%1503 = add i32 %1502, 1
	%1504 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1503
	%1505 = load float, float addrspace(3)* %1504
	%1506 = fadd float 0.0, %1505
	%1507 = mul i32 1, 2
	%1508 = add i32 %1507, 0
	%1509 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1508
	%1510 = load float, float addrspace(3)* %1509
	%1511 = call float @llvm.nvvm.fmax.f(float %1501, float %1510)
	%1512 = mul i32 1, 2
	%1513 = add i32 %1512, 1
	%1514 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1513
	%1515 = load float, float addrspace(3)* %1514
	%1516 = fadd float %1506, %1515
	%1517 = mul i32 2, 2
	%1518 = add i32 %1517, 0
	%1519 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1518
	%1520 = load float, float addrspace(3)* %1519
	%1521 = call float @llvm.nvvm.fmax.f(float %1511, float %1520)
	%1522 = mul i32 2, 2
	%1523 = add i32 %1522, 1
	%1524 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1523
	%1525 = load float, float addrspace(3)* %1524
	%1526 = fadd float %1516, %1525
	%1527 = mul i32 3, 2
	%1528 = add i32 %1527, 0
	%1529 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1528
	%1530 = load float, float addrspace(3)* %1529
	%1531 = call float @llvm.nvvm.fmax.f(float %1521, float %1530)
	%1532 = mul i32 3, 2
	%1533 = add i32 %1532, 1
	%1534 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1533
	%1535 = load float, float addrspace(3)* %1534
	%1536 = fadd float %1526, %1535
	%1537 = fcmp ogt float %1536, 0.0
	%1538 = and i1 %1496, %1537
	%1539 = fcmp olt float %1531, 0x3F50624DE0000000
	%1540 = and i1 %1538, %1539
	%1541 = xor i1 %1540, true
	%1542 = and i1 %1462, %1541
	br i1 %1542, label %prefetch, label %pv

prefetch:
	%1543 = mul i32 %1461, 64
	%1544 = lshr i32 %2, 3
	%1545 = and i32 %2, 7
	%1546 = and i32 %1544, 7
	%1547 = xor i32 %1545, %1546
	%1548 = mul i32 %1544, 8
	%1549 = add i32 %1548, %1547
	%1550 = shl i32 %1549, 4
	%1551 = add i32 %0, %1550
	%1552 = add i32 %1543, %1544
	%1553 = add i32 %1552, 0
	%1554 = icmp slt i32 %1553, %N
	%1555 = mul i32 %1472, 64
	%1556 = mul i32 %1545, 8
	%1557 = add i32 %1555, %1556
	%1558 = sext i32 %1557 to i64
	%1559 = getelementptr i16, i16* %32, i64 %1558
	%1560 = add i32 %1551, 0
	%1561 = select i1 %1554, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1560, i16* %1559, i32 %1561)
	%1562 = add i32 %1552, 16
	%1563 = icmp slt i32 %1562, %N
	%1564 = mul i32 %1478, 64
	%1565 = mul i32 %1545, 8
	%1566 = add i32 %1564, %1565
	%1567 = sext i32 %1566 to i64
	%1568 = getelementptr i16, i16* %32, i64 %1567
	%1569 = add i32 %1551, 2048
	%1570 = select i1 %1563, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1569, i16* %1568, i32 %1570)
	%1571 = add i32 %1552, 32
	%1572 = icmp slt i32 %1571, %N
	%1573 = mul i32 %1484, 64
	%1574 = mul i32 %1545, 8
	%1575 = add i32 %1573, %1574
	%1576 = sext i32 %1575 to i64
	%1577 = getelementptr i16, i16* %32, i64 %1576
	%1578 = add i32 %1551, u0x1000
	%1579 = select i1 %1572, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1578, i16* %1577, i32 %1579)
	%1580 = add i32 %1552, 48
	%1581 = icmp slt i32 %1580, %N
	%1582 = mul i32 %1490, 64
	%1583 = mul i32 %1545, 8
	%1584 = add i32 %1582, %1583
	%1585 = sext i32 %1584 to i64
	%1586 = getelementptr i16, i16* %32, i64 %1585
	%1587 = add i32 %1551, 6144
	%1588 = select i1 %1581, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1587, i16* %1586, i32 %1588)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1589 = and i32 %4, 7
	%1590 = lshr i32 %4, 3
	%1591 = and i32 %1590, 1
	%1592 = shl i32 %1591, 3
	%1593 = add i32 %1589, %1592
	%1594 = mul i32 %1593, 128
	%1595 = add i32 %1, %1594
	%1596 = and i32 %4, 7
	%1597 = xor i32 %102, %1596
	%1598 = shl i32 %1597, 4
	%1599 = add i32 %1595, %1598
	%1600 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1291, float %1289)
	%1601 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1343, float %1341)
	%1602 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1295, float %1293)
	%1603 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1347, float %1345)
	%1604 = xor i32 %1599, 0
	%1605 = add i32 %1604, 0
	%1606 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1605)
	%1607 = extractvalue { i32, i32, i32, i32 } %1606, 0
	%1608 = extractvalue { i32, i32, i32, i32 } %1606, 1
	%1609 = extractvalue { i32, i32, i32, i32 } %1606, 2
	%1610 = extractvalue { i32, i32, i32, i32 } %1606, 3
	%1611 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1607, i32 %1608, float %1250, float %1251, float %1252, float %1253)
	%1612 = extractvalue { float, float, float, float } %1611, 0
	%1613 = extractvalue { float, float, float, float } %1611, 1
	%1614 = extractvalue { float, float, float, float } %1611, 2
	%1615 = extractvalue { float, float, float, float } %1611, 3
	%1616 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1609, i32 %1610, float %1254, float %1255, float %1256, float %1257)
	%1617 = extractvalue { float, float, float, float } %1616, 0
	%1618 = extractvalue { float, float, float, float } %1616, 1
	%1619 = extractvalue { float, float, float, float } %1616, 2
	%1620 = extractvalue { float, float, float, float } %1616, 3
	%1621 = xor i32 %1599, 32
	%1622 = add i32 %1621, 0
	%1623 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1622)
	%1624 = extractvalue { i32, i32, i32, i32 } %1623, 0
	%1625 = extractvalue { i32, i32, i32, i32 } %1623, 1
	%1626 = extractvalue { i32, i32, i32, i32 } %1623, 2
	%1627 = extractvalue { i32, i32, i32, i32 } %1623, 3
	%1628 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1624, i32 %1625, float %1258, float %1259, float %1260, float %1261)
	%1629 = extractvalue { float, float, float, float } %1628, 0
	%1630 = extractvalue { float, float, float, float } %1628, 1
	%1631 = extractvalue { float, float, float, float } %1628, 2
	%1632 = extractvalue { float, float, float, float } %1628, 3
	%1633 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1626, i32 %1627, float %1262, float %1263, float %1264, float %1265)
	%1634 = extractvalue { float, float, float, float } %1633, 0
	%1635 = extractvalue { float, float, float, float } %1633, 1
	%1636 = extractvalue { float, float, float, float } %1633, 2
	%1637 = extractvalue { float, float, float, float } %1633, 3
	%1638 = xor i32 %1599, 64
	%1639 = add i32 %1638, 0
	%1640 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1639)
	%1641 = extractvalue { i32, i32, i32, i32 } %1640, 0
	%1642 = extractvalue { i32, i32, i32, i32 } %1640, 1
	%1643 = extractvalue { i32, i32, i32, i32 } %1640, 2
	%1644 = extractvalue { i32, i32, i32, i32 } %1640, 3
	%1645 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1641, i32 %1642, float %1266, float %1267, float %1268, float %1269)
	%1646 = extractvalue { float, float, float, float } %1645, 0
	%1647 = extractvalue { float, float, float, float } %1645, 1
	%1648 = extractvalue { float, float, float, float } %1645, 2
	%1649 = extractvalue { float, float, float, float } %1645, 3
	%1650 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1643, i32 %1644, float %1270, float %1271, float %1272, float %1273)
	%1651 = extractvalue { float, float, float, float } %1650, 0
	%1652 = extractvalue { float, float, float, float } %1650, 1
	%1653 = extractvalue { float, float, float, float } %1650, 2
	%1654 = extractvalue { float, float, float, float } %1650, 3
	%1655 = xor i32 %1599, 96
	%1656 = add i32 %1655, 0
	%1657 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1656)
	%1658 = extractvalue { i32, i32, i32, i32 } %1657, 0
	%1659 = extractvalue { i32, i32, i32, i32 } %1657, 1
	%1660 = extractvalue { i32, i32, i32, i32 } %1657, 2
	%1661 = extractvalue { i32, i32, i32, i32 } %1657, 3
	%1662 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1658, i32 %1659, float %1274, float %1275, float %1276, float %1277)
	%1663 = extractvalue { float, float, float, float } %1662, 0
	%1664 = extractvalue { float, float, float, float } %1662, 1
	%1665 = extractvalue { float, float, float, float } %1662, 2
	%1666 = extractvalue { float, float, float, float } %1662, 3
	%1667 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1660, i32 %1661, float %1278, float %1279, float %1280, float %1281)
	%1668 = extractvalue { float, float, float, float } %1667, 0
	%1669 = extractvalue { float, float, float, float } %1667, 1
	%1670 = extractvalue { float, float, float, float } %1667, 2
	%1671 = extractvalue { float, float, float, float } %1667, 3
	%1672 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1299, float %1297)
	%1673 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1351, float %1349)
	%1674 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1303, float %1301)
	%1675 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1355, float %1353)
	%1676 = xor i32 %1599, 0
	%1677 = add i32 %1676, 2048
	%1678 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1677)
	%1679 = extractvalue { i32, i32, i32, i32 } %1678, 0
	%1680 = extractvalue { i32, i32, i32, i32 } %1678, 1
	%1681 = extractvalue { i32, i32, i32, i32 } %1678, 2
	%1682 = extractvalue { i32, i32, i32, i32 } %1678, 3
	%1683 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1679, i32 %1680, float %1612, float %1613, float %1614, float %1615)
	%1684 = extractvalue { float, float, float, float } %1683, 0
	%1685 = extractvalue { float, float, float, float } %1683, 1
	%1686 = extractvalue { float, float, float, float } %1683, 2
	%1687 = extractvalue { float, float, float, float } %1683, 3
	%1688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1681, i32 %1682, float %1617, float %1618, float %1619, float %1620)
	%1689 = extractvalue { float, float, float, float } %1688, 0
	%1690 = extractvalue { float, float, float, float } %1688, 1
	%1691 = extractvalue { float, float, float, float } %1688, 2
	%1692 = extractvalue { float, float, float, float } %1688, 3
	%1693 = xor i32 %1599, 32
	%1694 = add i32 %1693, 2048
	%1695 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1694)
	%1696 = extractvalue { i32, i32, i32, i32 } %1695, 0
	%1697 = extractvalue { i32, i32, i32, i32 } %1695, 1
	%1698 = extractvalue { i32, i32, i32, i32 } %1695, 2
	%1699 = extractvalue { i32, i32, i32, i32 } %1695, 3
	%1700 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1696, i32 %1697, float %1629, float %1630, float %1631, float %1632)
	%1701 = extractvalue { float, float, float, float } %1700, 0
	%1702 = extractvalue { float, float, float, float } %1700, 1
	%1703 = extractvalue { float, float, float, float } %1700, 2
	%1704 = extractvalue { float, float, float, float } %1700, 3
	%1705 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1698, i32 %1699, float %1634, float %1635, float %1636, float %1637)
	%1706 = extractvalue { float, float, float, float } %1705, 0
	%1707 = extractvalue { float, float, float, float } %1705, 1
	%1708 = extractvalue { float, float, float, float } %1705, 2
	%1709 = extractvalue { float, float, float, float } %1705, 3
	%1710 = xor i32 %1599, 64
	%1711 = add i32 %1710, 2048
	%1712 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1711)
	%1713 = extractvalue { i32, i32, i32, i32 } %1712, 0
	%1714 = extractvalue { i32, i32, i32, i32 } %1712, 1
	%1715 = extractvalue { i32, i32, i32, i32 } %1712, 2
	%1716 = extractvalue { i32, i32, i32, i32 } %1712, 3
	%1717 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1713, i32 %1714, float %1646, float %1647, float %1648, float %1649)
	%1718 = extractvalue { float, float, float, float } %1717, 0
	%1719 = extractvalue { float, float, float, float } %1717, 1
	%1720 = extractvalue { float, float, float, float } %1717, 2
	%1721 = extractvalue { float, float, float, float } %1717, 3
	%1722 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1715, i32 %1716, float %1651, float %1652, float %1653, float %1654)
	%1723 = extractvalue { float, float, float, float } %1722, 0
	%1724 = extractvalue { float, float, float, float } %1722, 1
	%1725 = extractvalue { float, float, float, float } %1722, 2
	%1726 = extractvalue { float, float, float, float } %1722, 3
	%1727 = xor i32 %1599, 96
	%1728 = add i32 %1727, 2048
	%1729 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1728)
	%1730 = extractvalue { i32, i32, i32, i32 } %1729, 0
	%1731 = extractvalue { i32, i32, i32, i32 } %1729, 1
	%1732 = extractvalue { i32, i32, i32, i32 } %1729, 2
	%1733 = extractvalue { i32, i32, i32, i32 } %1729, 3
	%1734 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1730, i32 %1731, float %1663, float %1664, float %1665, float %1666)
	%1735 = extractvalue { float, float, float, float } %1734, 0
	%1736 = extractvalue { float, float, float, float } %1734, 1
	%1737 = extractvalue { float, float, float, float } %1734, 2
	%1738 = extractvalue { float, float, float, float } %1734, 3
	%1739 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1732, i32 %1733, float %1668, float %1669, float %1670, float %1671)
	%1740 = extractvalue { float, float, float, float } %1739, 0
	%1741 = extractvalue { float, float, float, float } %1739, 1
	%1742 = extractvalue { float, float, float, float } %1739, 2
	%1743 = extractvalue { float, float, float, float } %1739, 3
	%1744 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1307, float %1305)
	%1745 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1359, float %1357)
	%1746 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1311, float %1309)
	%1747 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1363, float %1361)
	%1748 = xor i32 %1599, 0
	%1749 = add i32 %1748, u0x1000
	%1750 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1749)
	%1751 = extractvalue { i32, i32, i32, i32 } %1750, 0
	%1752 = extractvalue { i32, i32, i32, i32 } %1750, 1
	%1753 = extractvalue { i32, i32, i32, i32 } %1750, 2
	%1754 = extractvalue { i32, i32, i32, i32 } %1750, 3
	%1755 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1751, i32 %1752, float %1684, float %1685, float %1686, float %1687)
	%1756 = extractvalue { float, float, float, float } %1755, 0
	%1757 = extractvalue { float, float, float, float } %1755, 1
	%1758 = extractvalue { float, float, float, float } %1755, 2
	%1759 = extractvalue { float, float, float, float } %1755, 3
	%1760 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1753, i32 %1754, float %1689, float %1690, float %1691, float %1692)
	%1761 = extractvalue { float, float, float, float } %1760, 0
	%1762 = extractvalue { float, float, float, float } %1760, 1
	%1763 = extractvalue { float, float, float, float } %1760, 2
	%1764 = extractvalue { float, float, float, float } %1760, 3
	%1765 = xor i32 %1599, 32
	%1766 = add i32 %1765, u0x1000
	%1767 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1766)
	%1768 = extractvalue { i32, i32, i32, i32 } %1767, 0
	%1769 = extractvalue { i32, i32, i32, i32 } %1767, 1
	%1770 = extractvalue { i32, i32, i32, i32 } %1767, 2
	%1771 = extractvalue { i32, i32, i32, i32 } %1767, 3
	%1772 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1768, i32 %1769, float %1701, float %1702, float %1703, float %1704)
	%1773 = extractvalue { float, float, float, float } %1772, 0
	%1774 = extractvalue { float, float, float, float } %1772, 1
	%1775 = extractvalue { float, float, float, float } %1772, 2
	%1776 = extractvalue { float, float, float, float } %1772, 3
	%1777 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1770, i32 %1771, float %1706, float %1707, float %1708, float %1709)
	%1778 = extractvalue { float, float, float, float } %1777, 0
	%1779 = extractvalue { float, float, float, float } %1777, 1
	%1780 = extractvalue { float, float, float, float } %1777, 2
	%1781 = extractvalue { float, float, float, float } %1777, 3
	%1782 = xor i32 %1599, 64
	%1783 = add i32 %1782, u0x1000
	%1784 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1783)
	%1785 = extractvalue { i32, i32, i32, i32 } %1784, 0
	%1786 = extractvalue { i32, i32, i32, i32 } %1784, 1
	%1787 = extractvalue { i32, i32, i32, i32 } %1784, 2
	%1788 = extractvalue { i32, i32, i32, i32 } %1784, 3
	%1789 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1785, i32 %1786, float %1718, float %1719, float %1720, float %1721)
	%1790 = extractvalue { float, float, float, float } %1789, 0
	%1791 = extractvalue { float, float, float, float } %1789, 1
	%1792 = extractvalue { float, float, float, float } %1789, 2
	%1793 = extractvalue { float, float, float, float } %1789, 3
	%1794 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1787, i32 %1788, float %1723, float %1724, float %1725, float %1726)
	%1795 = extractvalue { float, float, float, float } %1794, 0
	%1796 = extractvalue { float, float, float, float } %1794, 1
	%1797 = extractvalue { float, float, float, float } %1794, 2
	%1798 = extractvalue { float, float, float, float } %1794, 3
	%1799 = xor i32 %1599, 96
	%1800 = add i32 %1799, u0x1000
	%1801 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1800)
	%1802 = extractvalue { i32, i32, i32, i32 } %1801, 0
	%1803 = extractvalue { i32, i32, i32, i32 } %1801, 1
	%1804 = extractvalue { i32, i32, i32, i32 } %1801, 2
	%1805 = extractvalue { i32, i32, i32, i32 } %1801, 3
	%1806 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1802, i32 %1803, float %1735, float %1736, float %1737, float %1738)
	%1807 = extractvalue { float, float, float, float } %1806, 0
	%1808 = extractvalue { float, float, float, float } %1806, 1
	%1809 = extractvalue { float, float, float, float } %1806, 2
	%1810 = extractvalue { float, float, float, float } %1806, 3
	%1811 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1804, i32 %1805, float %1740, float %1741, float %1742, float %1743)
	%1812 = extractvalue { float, float, float, float } %1811, 0
	%1813 = extractvalue { float, float, float, float } %1811, 1
	%1814 = extractvalue { float, float, float, float } %1811, 2
	%1815 = extractvalue { float, float, float, float } %1811, 3
	%1816 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1315, float %1313)
	%1817 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1367, float %1365)
	%1818 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1319, float %1317)
	%1819 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1371, float %1369)
	%1820 = xor i32 %1599, 0
	%1821 = add i32 %1820, 6144
	%1822 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1821)
	%1823 = extractvalue { i32, i32, i32, i32 } %1822, 0
	%1824 = extractvalue { i32, i32, i32, i32 } %1822, 1
	%1825 = extractvalue { i32, i32, i32, i32 } %1822, 2
	%1826 = extractvalue { i32, i32, i32, i32 } %1822, 3
	%1827 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1816, i32 %1817, i32 %1818, i32 %1819, i32 %1823, i32 %1824, float %1756, float %1757, float %1758, float %1759)
	%1828 = extractvalue { float, float, float, float } %1827, 0
	%1829 = extractvalue { float, float, float, float } %1827, 1
	%1830 = extractvalue { float, float, float, float } %1827, 2
	%1831 = extractvalue { float, float, float, float } %1827, 3
	%1832 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1816, i32 %1817, i32 %1818, i32 %1819, i32 %1825, i32 %1826, float %1761, float %1762, float %1763, float %1764)
	%1833 = extractvalue { float, float, float, float } %1832, 0
	%1834 = extractvalue { float, float, float, float } %1832, 1
	%1835 = extractvalue { float, float, float, float } %1832, 2
	%1836 = extractvalue { float, float, float, float } %1832, 3
	%1837 = xor i32 %1599, 32
	%1838 = add i32 %1837, 6144
	%1839 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1838)
	%1840 = extractvalue { i32, i32, i32, i32 } %1839, 0
	%1841 = extractvalue { i32, i32, i32, i32 } %1839, 1
	%1842 = extractvalue { i32, i32, i32, i32 } %1839, 2
	%1843 = extractvalue { i32, i32, i32, i32 } %1839, 3
	%1844 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1816, i32 %1817, i32 %1818, i32 %1819, i32 %1840, i32 %1841, float %1773, float %1774, float %1775, float %1776)
	%1845 = extractvalue { float, float, float, float } %1844, 0
	%1846 = extractvalue { float, float, float, float } %1844, 1
	%1847 = extractvalue { float, float, float, float } %1844, 2
	%1848 = extractvalue { float, float, float, float } %1844, 3
	%1849 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1816, i32 %1817, i32 %1818, i32 %1819, i32 %1842, i32 %1843, float %1778, float %1779, float %1780, float %1781)
	%1850 = extractvalue { float, float, float, float } %1849, 0
	%1851 = extractvalue { float, float, float, float } %1849, 1
	%1852 = extractvalue { float, float, float, float } %1849, 2
	%1853 = extractvalue { float, float, float, float } %1849, 3
	%1854 = xor i32 %1599, 64
	%1855 = add i32 %1854, 6144
	%1856 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1855)
	%1857 = extractvalue { i32, i32, i32, i32 } %1856, 0
	%1858 = extractvalue { i32, i32, i32, i32 } %1856, 1
	%1859 = extractvalue { i32, i32, i32, i32 } %1856, 2
	%1860 = extractvalue { i32, i32, i32, i32 } %1856, 3
	%1861 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1816, i32 %1817, i32 %1818, i32 %1819, i32 %1857, i32 %1858, float %1790, float %1791, float %1792, float %1793)
	%1862 = extractvalue { float, float, float, float } %1861, 0
	%1863 = extractvalue { float, float, float, float } %1861, 1
	%1864 = extractvalue { float, float, float, float } %1861, 2
	%1865 = extractvalue { float, float, float, float } %1861, 3
	%1866 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1816, i32 %1817, i32 %1818, i32 %1819, i32 %1859, i32 %1860, float %1795, float %1796, float %1797, float %1798)
	%1867 = extractvalue { float, float, float, float } %1866, 0
	%1868 = extractvalue { float, float, float, float } %1866, 1
	%1869 = extractvalue { float, float, float, float } %1866, 2
	%1870 = extractvalue { float, float, float, float } %1866, 3
	%1871 = xor i32 %1599, 96
	%1872 = add i32 %1871, 6144
	%1873 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1872)
	%1874 = extractvalue { i32, i32, i32, i32 } %1873, 0
	%1875 = extractvalue { i32, i32, i32, i32 } %1873, 1
	%1876 = extractvalue { i32, i32, i32, i32 } %1873, 2
	%1877 = extractvalue { i32, i32, i32, i32 } %1873, 3
	%1878 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1816, i32 %1817, i32 %1818, i32 %1819, i32 %1874, i32 %1875, float %1807, float %1808, float %1809, float %1810)
	%1879 = extractvalue { float, float, float, float } %1878, 0
	%1880 = extractvalue { float, float, float, float } %1878, 1
	%1881 = extractvalue { float, float, float, float } %1878, 2
	%1882 = extractvalue { float, float, float, float } %1878, 3
	%1883 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1816, i32 %1817, i32 %1818, i32 %1819, i32 %1876, i32 %1877, float %1812, float %1813, float %1814, float %1815)
	%1884 = extractvalue { float, float, float, float } %1883, 0
	%1885 = extractvalue { float, float, float, float } %1883, 1
	%1886 = extractvalue { float, float, float, float } %1883, 2
	%1887 = extractvalue { float, float, float, float } %1883, 3
	br i1 %1542, label %loop, label %epilogue

store0:
	%1888 = mul i32 %22, %M
	%1889 = add i32 %1888, %627
	%1890 = mul i32 %1889, 64
	%1891 = shl i32 %6, 1
	%1892 = add i32 0, %1891
	%1893 = add i32 %1890, %1892
	%1894 = sext i32 %1893 to i64
	%1895 = getelementptr i16, i16* %out, i64 %1894
	%1896 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %629, float %628)
	%1897 = bitcast i16* %1895 to i32*
	store i32 %1896, i32* %1897
	%1898 = shl i32 %6, 1
	%1899 = add i32 8, %1898
	%1900 = add i32 %1890, %1899
	%1901 = sext i32 %1900 to i64
	%1902 = getelementptr i16, i16* %out, i64 %1901
	%1903 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %631, float %630)
	%1904 = bitcast i16* %1902 to i32*
	store i32 %1903, i32* %1904
	%1905 = shl i32 %6, 1
	%1906 = add i32 16, %1905
	%1907 = add i32 %1890, %1906
	%1908 = sext i32 %1907 to i64
	%1909 = getelementptr i16, i16* %out, i64 %1908
	%1910 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %633, float %632)
	%1911 = bitcast i16* %1909 to i32*
	store i32 %1910, i32* %1911
	%1912 = shl i32 %6, 1
	%1913 = add i32 24, %1912
	%1914 = add i32 %1890, %1913
	%1915 = sext i32 %1914 to i64
	%1916 = getelementptr i16, i16* %out, i64 %1915
	%1917 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %635, float %634)
	%1918 = bitcast i16* %1916 to i32*
	store i32 %1917, i32* %1918
	%1919 = shl i32 %6, 1
	%1920 = add i32 32, %1919
	%1921 = add i32 %1890, %1920
	%1922 = sext i32 %1921 to i64
	%1923 = getelementptr i16, i16* %out, i64 %1922
	%1924 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %637, float %636)
	%1925 = bitcast i16* %1923 to i32*
	store i32 %1924, i32* %1925
	%1926 = shl i32 %6, 1
	%1927 = add i32 40, %1926
	%1928 = add i32 %1890, %1927
	%1929 = sext i32 %1928 to i64
	%1930 = getelementptr i16, i16* %out, i64 %1929
	%1931 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %639, float %638)
	%1932 = bitcast i16* %1930 to i32*
	store i32 %1931, i32* %1932
	%1933 = shl i32 %6, 1
	%1934 = add i32 48, %1933
	%1935 = add i32 %1890, %1934
	%1936 = sext i32 %1935 to i64
	%1937 = getelementptr i16, i16* %out, i64 %1936
	%1938 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %641, float %640)
	%1939 = bitcast i16* %1937 to i32*
	store i32 %1938, i32* %1939
	%1940 = shl i32 %6, 1
	%1941 = add i32 56, %1940
	%1942 = add i32 %1890, %1941
	%1943 = sext i32 %1942 to i64
	%1944 = getelementptr i16, i16* %out, i64 %1943
	%1945 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %643, float %642)
	%1946 = bitcast i16* %1944 to i32*
	store i32 %1945, i32* %1946
	br label %stored0

stored0:
	%1947 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %583, i32 1, i32 31)
	%1948 = fadd float %583, %1947
	%1949 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1948, i32 2, i32 31)
	%1950 = fadd float %1948, %1949
	%1951 = fcmp ogt float %1950, 0.0
	%1952 = fdiv float 1.0, %1950
	%1953 = select i1 %1951, float %1952, float 0.0
	%1954 = mul i32 %3, 16
	%1955 = add i32 %24, %1954
	%1956 = add i32 %5, 8
	%1957 = add i32 %1955, %1956
	%1958 = fmul float %587, %1953
	%1959 = fmul float %588, %1953
	%1960 = fmul float %591, %1953
	%1961 = fmul float %592, %1953
	%1962 = fmul float %595, %1953
	%1963 = fmul float %596, %1953
	%1964 = fmul float %599, %1953
	%1965 = fmul float %600, %1953
	%1966 = fmul float %603, %1953
	%1967 = fmul float %604, %1953
	%1968 = fmul float %607, %1953
	%1969 = fmul float %608, %1953
	%1970 = fmul float %611, %1953
	%1971 = fmul float %612, %1953
	%1972 = fmul float %615, %1953
	%1973 = fmul float %616, %1953
	%1974 = icmp slt i32 %1957, %M
	br i1 %1974, label %store1, label %stored1

store1:
	%1975 = mul i32 %22, %M
	%1976 = add i32 %1975, %1957
	%1977 = mul i32 %1976, 64
	%1978 = shl i32 %6, 1
	%1979 = add i32 0, %1978
	%1980 = add i32 %1977, %1979
	%1981 = sext i32 %1980 to i64
	%1982 = getelementptr i16, i16* %out, i64 %1981
	%1983 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1959, float %1958)
	%1984 = bitcast i16* %1982 to i32*
	store i32 %1983, i32* %1984
	%1985 = shl i32 %6, 1
	%1986 = add i32 8, %1985
	%1987 = add i32 %1977, %1986
	%1988 = sext i32 %1987 to i64
	%1989 = getelementptr i16, i16* %out, i64 %1988
	%1990 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1961, float %1960)
	%1991 = bitcast i16* %1989 to i32*
	store i32 %1990, i32* %1991
	%1992 = shl i32 %6, 1
	%1993 = add i32 16, %1992
	%1994 = add i32 %1977, %1993
	%1995 = sext i32 %1994 to i64
	%1996 = getelementptr i16, i16* %out, i64 %1995
	%1997 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1963, float %1962)
	%1998 = bitcast i16* %1996 to i32*
	store i32 %1997, i32* %1998
	%1999 = shl i32 %6, 1
	%2000 = add i32 24, %1999
	%2001 = add i32 %1977, %2000
	%2002 = sext i32 %2001 to i64
	%2003 = getelementptr i16, i16* %out, i64 %2002
	%2004 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1965, float %1964)
	%2005 = bitcast i16* %2003 to i32*
	store i32 %2004, i32* %2005
	%2006 = shl i32 %6, 1
	%2007 = add i32 32, %2006
	%2008 = add i32 %1977, %2007
	%2009 = sext i32 %2008 to i64
	%2010 = getelementptr i16, i16* %out, i64 %2009
	%2011 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1967, float %1966)
	%2012 = bitcast i16* %2010 to i32*
	store i32 %2011, i32* %2012
	%2013 = shl i32 %6, 1
	%2014 = add i32 40, %2013
	%2015 = add i32 %1977, %2014
	%2016 = sext i32 %2015 to i64
	%2017 = getelementptr i16, i16* %out, i64 %2016
	%2018 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1969, float %1968)
	%2019 = bitcast i16* %2017 to i32*
	store i32 %2018, i32* %2019
	%2020 = shl i32 %6, 1
	%2021 = add i32 48, %2020
	%2022 = add i32 %1977, %2021
	%2023 = sext i32 %2022 to i64
	%2024 = getelementptr i16, i16* %out, i64 %2023
	%2025 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1971, float %1970)
	%2026 = bitcast i16* %2024 to i32*
	store i32 %2025, i32* %2026
	%2027 = shl i32 %6, 1
	%2028 = add i32 56, %2027
	%2029 = add i32 %1977, %2028
	%2030 = sext i32 %2029 to i64
	%2031 = getelementptr i16, i16* %out, i64 %2030
	%2032 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1973, float %1972)
	%2033 = bitcast i16* %2031 to i32*
	store i32 %2032, i32* %2033
	br label %stored1

stored1:
	%2034 = icmp eq i32 %2, 0
	br i1 %2034, label %2035, label %2040

2035:
	%2036 = mul i32 %22, %NQ
	%2037 = add i32 %2036, %20
	%2038 = sext i32 %2037 to i64
	%2039 = getelementptr i32, i32* %visits, i64 %2038
	store i32 %584, i32* %2039
	br label %2040

2040:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11}
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
!10 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"maxntidx", i32 128}
!11 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"minctasm", i32 3}
