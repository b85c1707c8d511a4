; s2o
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@s2o_permute0_scores_a = internal addrspace(3) global [1088 x float] undef, align 16
@s2o_permute0_scores_b = internal addrspace(3) global [1088 x float] undef, align 16
@s2o_permute0_hist = internal addrspace(3) global [1024 x i32] undef, align 16
@s2o_permute0_cnt = internal addrspace(3) global [4096 x i32] undef, align 16
@s2o_permute0_flag = internal addrspace(3) global [2 x i32] undef, align 4
@s2o_permute0_stgk = internal addrspace(3) global [2048 x i32] undef, align 16
@s2o_permute0_stgv = internal addrspace(3) global [2048 x i32] undef, align 16
@s2o_permute0_start = internal addrspace(3) global [256 x i32] undef, align 16
@s2o_permute0_scan = internal addrspace(3) global [8 x i32] undef, align 16
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
@s2o_attn3_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
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
	%13 = add i32 %6, 64
	%14 = icmp slt i32 %13, %NS
	%15 = select i1 %14, i32 %13, i32 %NS
	%16 = sub i32 %15, 1
	%17 = mul i32 %16, 256
	%18 = icmp slt i32 %17, %N
	%19 = select i1 %18, i32 %17, i32 %N
	%20 = icmp slt i32 %7, %19
	br i1 %20, label %work, label %skip

work:
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
	%45 = add i32 %6, %42
	%46 = icmp slt i32 %45, %NS
	%47 = mul i32 %3, %NS
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
	%59 = add i32 %7, %42
	%60 = icmp slt i32 %59, %N
	%61 = sext i32 %12 to i64
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
	%81 = add i32 %6, %78
	%82 = icmp slt i32 %81, %NS
	%83 = mul i32 %3, %NS
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
	%95 = add i32 %7, %78
	%96 = icmp slt i32 %95, %N
	%97 = sext i32 %12 to i64
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
	%117 = add i32 %6, %114
	%118 = icmp slt i32 %117, %NS
	%119 = mul i32 %3, %NS
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
	%131 = add i32 %7, %114
	%132 = icmp slt i32 %131, %N
	%133 = sext i32 %12 to i64
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
	%153 = add i32 %6, %150
	%154 = icmp slt i32 %153, %NS
	%155 = mul i32 %3, %NS
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
	%167 = add i32 %7, %150
	%168 = icmp slt i32 %167, %N
	%169 = sext i32 %12 to i64
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
	%186 = add i32 %9, 0
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
	%208 = mul i32 %5, 4
	%209 = mul i32 %189, 68
	%210 = add i32 %209, %208
	%211 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @s2o_permute0_scores_a, i32 0, i32 %210
	%212 = bitcast float addrspace(3)* %211 to <4 x float> addrspace(3)*
	%213 = load <4 x float>, <4 x float> addrspace(3)* %212, align 16
	%214 = extractelement <4 x float> %213, i32 0
	%215 = extractelement <4 x float> %213, i32 1
	%216 = extractelement <4 x float> %213, i32 2
	%217 = extractelement <4 x float> %213, i32 3
	%218 = mul i32 %4, 4
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
	%254 = sext i32 %3 to i64
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
	%268 = add i32 %11, 0
	%269 = fmul float %23, 0.125
	%270 = fadd float %269, 0.0
	%271 = icmp slt i32 %268, %267
	br i1 %271, label %275, label %280

272:
	%273 = add i32 %9, 1
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
	%281 = add i32 %11, 1
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
	%291 = add i32 %11, 2
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
	%301 = add i32 %11, 3
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
	%318 = sext i32 %3 to i64
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
	%332 = add i32 %11, 0
	%333 = fmul float %27, 0.125
	%334 = fadd float %333, 0.0
	%335 = icmp slt i32 %332, %331
	br i1 %335, label %339, label %344

336:
	%337 = add i32 %9, 2
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
	%345 = add i32 %11, 1
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
	%355 = add i32 %11, 2
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
	%365 = add i32 %11, 3
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
	%382 = sext i32 %3 to i64
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
	%396 = add i32 %11, 0
	%397 = fmul float %31, 0.125
	%398 = fadd float %397, 0.0
	%399 = icmp slt i32 %396, %395
	br i1 %399, label %403, label %408

400:
	%401 = add i32 %9, 3
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
	%409 = add i32 %11, 1
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
	%419 = add i32 %11, 2
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
	%429 = add i32 %11, 3
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
	%446 = sext i32 %3 to i64
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
	%460 = add i32 %11, 0
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
	%471 = add i32 %11, 1
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
	%481 = add i32 %11, 2
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
	%491 = add i32 %11, 3
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
	%45 = add i64 %41, %43
	%46 = getelementptr i32, i32* %scr, i64 %45
	%47 = mul i64 %43, 2
	%48 = add i64 %41, %47
	%49 = getelementptr i32, i32* %scr, i64 %48
	%50 = add i32 %0, 0
	%51 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %50
	store i32 0, i32 addrspace(3)* %51
	%52 = add i32 %0, 256
	%53 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %52
	store i32 0, i32 addrspace(3)* %53
	%54 = add i32 %0, 512
	%55 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %54
	store i32 0, i32 addrspace(3)* %55
	%56 = add i32 %0, 768
	%57 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %56
	store i32 0, i32 addrspace(3)* %57
	%58 = add i32 %0, 0
	%59 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %58
	store i32 0, i32 addrspace(3)* %59
	%60 = add i32 %0, 256
	%61 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %60
	store i32 0, i32 addrspace(3)* %61
	%62 = add i32 %0, 512
	%63 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %62
	store i32 0, i32 addrspace(3)* %63
	%64 = add i32 %0, 768
	%65 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %64
	store i32 0, i32 addrspace(3)* %65
	%66 = add i32 %0, 1024
	%67 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %66
	store i32 0, i32 addrspace(3)* %67
	%68 = add i32 %0, 1280
	%69 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %68
	store i32 0, i32 addrspace(3)* %69
	%70 = add i32 %0, 1536
	%71 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %70
	store i32 0, i32 addrspace(3)* %71
	%72 = add i32 %0, 1792
	%73 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %72
	store i32 0, i32 addrspace(3)* %73
	%74 = add i32 %0, 2048
	%75 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %74
	store i32 0, i32 addrspace(3)* %75
	%76 = add i32 %0, 2304
	%77 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %76
	store i32 0, i32 addrspace(3)* %77
	%78 = add i32 %0, 2560
	%79 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %78
	store i32 0, i32 addrspace(3)* %79
	%80 = add i32 %0, 2816
	%81 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %80
	store i32 0, i32 addrspace(3)* %81
	%82 = add i32 %0, 3072
	%83 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %82
	store i32 0, i32 addrspace(3)* %83
	%84 = add i32 %0, 3328
	%85 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %84
	store i32 0, i32 addrspace(3)* %85
	%86 = add i32 %0, 3584
	%87 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %86
	store i32 0, i32 addrspace(3)* %87
	%88 = add i32 %0, 3840
	%89 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %88
	store i32 0, i32 addrspace(3)* %89
	%90 = icmp ult i32 %0, 2
	br i1 %90, label %91, label %93

done:
	ret void

91:
	%92 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %92
	br label %93

93:
	call void @llvm.nvvm.barrier0()
	br label %94

94:
	%95 = phi i32 [ 0, %93 ], [ %486, %485 ]
	%96 = icmp slt i32 %95, %9
	br i1 %96, label %97, label %101

97:
	%98 = add i32 %0, 0
	%99 = add i32 %95, %98
	%100 = icmp slt i32 %99, %9
	br i1 %100, label %109, label %113

101:
	call void @llvm.nvvm.barrier0()
	%102 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	%103 = load i32, i32 addrspace(3)* %102
	%104 = icmp ne i32 %103, 0
	%105 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	%106 = load i32, i32 addrspace(3)* %105
	%107 = icmp eq i32 %106, 0
	%108 = or i1 %104, %107
	br i1 %108, label %ident, label %sort

109:
	%110 = sext i32 %99 to i64
	%111 = getelementptr i32, i32* %44, i64 %110
	%112 = load i32, i32* %111
	br label %113

113:
	%114 = phi i32 [ 0, %97 ], [ %112, %109 ]
	%115 = add i32 %0, 256
	%116 = add i32 %95, %115
	%117 = icmp slt i32 %116, %9
	br i1 %117, label %118, label %122

118:
	%119 = sext i32 %116 to i64
	%120 = getelementptr i32, i32* %44, i64 %119
	%121 = load i32, i32* %120
	br label %122

122:
	%123 = phi i32 [ 0, %113 ], [ %121, %118 ]
	%124 = add i32 %0, 512
	%125 = add i32 %95, %124
	%126 = icmp slt i32 %125, %9
	br i1 %126, label %127, label %131

127:
	%128 = sext i32 %125 to i64
	%129 = getelementptr i32, i32* %44, i64 %128
	%130 = load i32, i32* %129
	br label %131

131:
	%132 = phi i32 [ 0, %122 ], [ %130, %127 ]
	%133 = add i32 %0, 768
	%134 = add i32 %95, %133
	%135 = icmp slt i32 %134, %9
	br i1 %135, label %136, label %140

136:
	%137 = sext i32 %134 to i64
	%138 = getelementptr i32, i32* %44, i64 %137
	%139 = load i32, i32* %138
	br label %140

140:
	%141 = phi i32 [ 0, %131 ], [ %139, %136 ]
	%142 = add i32 %0, 1024
	%143 = add i32 %95, %142
	%144 = icmp slt i32 %143, %9
	br i1 %144, label %145, label %149

145:
	%146 = sext i32 %143 to i64
	%147 = getelementptr i32, i32* %44, i64 %146
	%148 = load i32, i32* %147
	br label %149

149:
	%150 = phi i32 [ 0, %140 ], [ %148, %145 ]
	%151 = add i32 %0, 1280
	%152 = add i32 %95, %151
	%153 = icmp slt i32 %152, %9
	br i1 %153, label %154, label %158

154:
	%155 = sext i32 %152 to i64
	%156 = getelementptr i32, i32* %44, i64 %155
	%157 = load i32, i32* %156
	br label %158

158:
	%159 = phi i32 [ 0, %149 ], [ %157, %154 ]
	%160 = add i32 %0, 1536
	%161 = add i32 %95, %160
	%162 = icmp slt i32 %161, %9
	br i1 %162, label %163, label %167

163:
	%164 = sext i32 %161 to i64
	%165 = getelementptr i32, i32* %44, i64 %164
	%166 = load i32, i32* %165
	br label %167

167:
	%168 = phi i32 [ 0, %158 ], [ %166, %163 ]
	%169 = add i32 %0, 1792
	%170 = add i32 %95, %169
	%171 = icmp slt i32 %170, %9
	br i1 %171, label %172, label %176

172:
	%173 = sext i32 %170 to i64
	%174 = getelementptr i32, i32* %44, i64 %173
	%175 = load i32, i32* %174
	br label %176

176:
	%177 = phi i32 [ 0, %167 ], [ %175, %172 ]
	%178 = icmp slt i32 %99, %9
	br i1 %178, label %179, label %184

179:
	%180 = bitcast i32 %114 to float
	%181 = fcmp uno float %180, %180
	%182 = fcmp oeq float %180, 0x7FF0000000000000
	%183 = or i1 %181, %182
	br i1 %183, label %186, label %188

184:
	%185 = icmp slt i32 %116, %9
	br i1 %185, label %222, label %227

186:
	%187 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %187
	br label %188

188:
	%189 = fcmp one float %180, 0xFFF0000000000000
	br i1 %189, label %190, label %192

190:
	%191 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %191
	br label %192

192:
	%193 = bitcast float %180 to i32
	%194 = icmp slt i32 %193, 0
	%195 = select i1 %194, i32 -1, i32 -2147483648
	%196 = xor i32 %193, %195
	%197 = xor i32 %196, -1
	%198 = sext i32 %99 to i64
	%199 = getelementptr i32, i32* %44, i64 %198
	store i32 %197, i32* %199
	%200 = sext i32 %99 to i64
	%201 = getelementptr i32, i32* %15, i64 %200
	store i32 %99, i32* %201
	%202 = lshr i32 %197, 0
	%203 = and i32 %202, 255
	%204 = add i32 %203, 0
	%205 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %204
	%206 = atomicrmw add i32 addrspace(3)* %205, i32 1 monotonic
	%207 = lshr i32 %197, 8
	%208 = and i32 %207, 255
	%209 = add i32 %208, 256
	%210 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %209
	%211 = atomicrmw add i32 addrspace(3)* %210, i32 1 monotonic
	%212 = lshr i32 %197, 16
	%213 = and i32 %212, 255
	%214 = add i32 %213, 512
	%215 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %214
	%216 = atomicrmw add i32 addrspace(3)* %215, i32 1 monotonic
	%217 = lshr i32 %197, 24
	%218 = and i32 %217, 255
	%219 = add i32 %218, 768
	%220 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %219
	%221 = atomicrmw add i32 addrspace(3)* %220, i32 1 monotonic
	br label %184

222:
	%223 = bitcast i32 %123 to float
	%224 = fcmp uno float %223, %223
	%225 = fcmp oeq float %223, 0x7FF0000000000000
	%226 = or i1 %224, %225
	br i1 %226, label %229, label %231

227:
	%228 = icmp slt i32 %125, %9
	br i1 %228, label %265, label %270

229:
	%230 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %230
	br label %231

231:
	%232 = fcmp one float %223, 0xFFF0000000000000
	br i1 %232, label %233, label %235

233:
	%234 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %234
	br label %235

235:
	%236 = bitcast float %223 to i32
	%237 = icmp slt i32 %236, 0
	%238 = select i1 %237, i32 -1, i32 -2147483648
	%239 = xor i32 %236, %238
	%240 = xor i32 %239, -1
	%241 = sext i32 %116 to i64
	%242 = getelementptr i32, i32* %44, i64 %241
	store i32 %240, i32* %242
	%243 = sext i32 %116 to i64
	%244 = getelementptr i32, i32* %15, i64 %243
	store i32 %116, i32* %244
	%245 = lshr i32 %240, 0
	%246 = and i32 %245, 255
	%247 = add i32 %246, 0
	%248 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %247
	%249 = atomicrmw add i32 addrspace(3)* %248, i32 1 monotonic
	%250 = lshr i32 %240, 8
	%251 = and i32 %250, 255
	%252 = add i32 %251, 256
	%253 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %252
	%254 = atomicrmw add i32 addrspace(3)* %253, i32 1 monotonic
	%255 = lshr i32 %240, 16
	%256 = and i32 %255, 255
	%257 = add i32 %256, 512
	%258 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %257
	%259 = atomicrmw add i32 addrspace(3)* %258, i32 1 monotonic
	%260 = lshr i32 %240, 24
	%261 = and i32 %260, 255
	%262 = add i32 %261, 768
	%263 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %262
	%264 = atomicrmw add i32 addrspace(3)* %263, i32 1 monotonic
	br label %227

265:
	%266 = bitcast i32 %132 to float
	%267 = fcmp uno float %266, %266
	%268 = fcmp oeq float %266, 0x7FF0000000000000
	%269 = or i1 %267, %268
	br i1 %269, label %272, label %274

270:
	%271 = icmp slt i32 %134, %9
	br i1 %271, label %308, label %313

272:
	%273 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %273
	br label %274

274:
	%275 = fcmp one float %266, 0xFFF0000000000000
	br i1 %275, label %276, label %278

276:
	%277 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %277
	br label %278

278:
	%279 = bitcast float %266 to i32
	%280 = icmp slt i32 %279, 0
	%281 = select i1 %280, i32 -1, i32 -2147483648
	%282 = xor i32 %279, %281
	%283 = xor i32 %282, -1
	%284 = sext i32 %125 to i64
	%285 = getelementptr i32, i32* %44, i64 %284
	store i32 %283, i32* %285
	%286 = sext i32 %125 to i64
	%287 = getelementptr i32, i32* %15, i64 %286
	store i32 %125, i32* %287
	%288 = lshr i32 %283, 0
	%289 = and i32 %288, 255
	%290 = add i32 %289, 0
	%291 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %290
	%292 = atomicrmw add i32 addrspace(3)* %291, i32 1 monotonic
	%293 = lshr i32 %283, 8
	%294 = and i32 %293, 255
	%295 = add i32 %294, 256
	%296 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %295
	%297 = atomicrmw add i32 addrspace(3)* %296, i32 1 monotonic
	%298 = lshr i32 %283, 16
	%299 = and i32 %298, 255
	%300 = add i32 %299, 512
	%301 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %300
	%302 = atomicrmw add i32 addrspace(3)* %301, i32 1 monotonic
	%303 = lshr i32 %283, 24
	%304 = and i32 %303, 255
	%305 = add i32 %304, 768
	%306 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %305
	%307 = atomicrmw add i32 addrspace(3)* %306, i32 1 monotonic
	br label %270

308:
	%309 = bitcast i32 %141 to float
	%310 = fcmp uno float %309, %309
	%311 = fcmp oeq float %309, 0x7FF0000000000000
	%312 = or i1 %310, %311
	br i1 %312, label %315, label %317

313:
	%314 = icmp slt i32 %143, %9
	br i1 %314, label %351, label %356

315:
	%316 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %316
	br label %317

317:
	%318 = fcmp one float %309, 0xFFF0000000000000
	br i1 %318, label %319, label %321

319:
	%320 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %320
	br label %321

321:
	%322 = bitcast float %309 to i32
	%323 = icmp slt i32 %322, 0
	%324 = select i1 %323, i32 -1, i32 -2147483648
	%325 = xor i32 %322, %324
	%326 = xor i32 %325, -1
	%327 = sext i32 %134 to i64
	%328 = getelementptr i32, i32* %44, i64 %327
	store i32 %326, i32* %328
	%329 = sext i32 %134 to i64
	%330 = getelementptr i32, i32* %15, i64 %329
	store i32 %134, i32* %330
	%331 = lshr i32 %326, 0
	%332 = and i32 %331, 255
	%333 = add i32 %332, 0
	%334 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %333
	%335 = atomicrmw add i32 addrspace(3)* %334, i32 1 monotonic
	%336 = lshr i32 %326, 8
	%337 = and i32 %336, 255
	%338 = add i32 %337, 256
	%339 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %338
	%340 = atomicrmw add i32 addrspace(3)* %339, i32 1 monotonic
	%341 = lshr i32 %326, 16
	%342 = and i32 %341, 255
	%343 = add i32 %342, 512
	%344 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %343
	%345 = atomicrmw add i32 addrspace(3)* %344, i32 1 monotonic
	%346 = lshr i32 %326, 24
	%347 = and i32 %346, 255
	%348 = add i32 %347, 768
	%349 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %348
	%350 = atomicrmw add i32 addrspace(3)* %349, i32 1 monotonic
	br label %313

351:
	%352 = bitcast i32 %150 to float
	%353 = fcmp uno float %352, %352
	%354 = fcmp oeq float %352, 0x7FF0000000000000
	%355 = or i1 %353, %354
	br i1 %355, label %358, label %360

356:
	%357 = icmp slt i32 %152, %9
	br i1 %357, label %394, label %399

358:
	%359 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %359
	br label %360

360:
	%361 = fcmp one float %352, 0xFFF0000000000000
	br i1 %361, label %362, label %364

362:
	%363 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %363
	br label %364

364:
	%365 = bitcast float %352 to i32
	%366 = icmp slt i32 %365, 0
	%367 = select i1 %366, i32 -1, i32 -2147483648
	%368 = xor i32 %365, %367
	%369 = xor i32 %368, -1
	%370 = sext i32 %143 to i64
	%371 = getelementptr i32, i32* %44, i64 %370
	store i32 %369, i32* %371
	%372 = sext i32 %143 to i64
	%373 = getelementptr i32, i32* %15, i64 %372
	store i32 %143, i32* %373
	%374 = lshr i32 %369, 0
	%375 = and i32 %374, 255
	%376 = add i32 %375, 0
	%377 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %376
	%378 = atomicrmw add i32 addrspace(3)* %377, i32 1 monotonic
	%379 = lshr i32 %369, 8
	%380 = and i32 %379, 255
	%381 = add i32 %380, 256
	%382 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %381
	%383 = atomicrmw add i32 addrspace(3)* %382, i32 1 monotonic
	%384 = lshr i32 %369, 16
	%385 = and i32 %384, 255
	%386 = add i32 %385, 512
	%387 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %386
	%388 = atomicrmw add i32 addrspace(3)* %387, i32 1 monotonic
	%389 = lshr i32 %369, 24
	%390 = and i32 %389, 255
	%391 = add i32 %390, 768
	%392 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %391
	%393 = atomicrmw add i32 addrspace(3)* %392, i32 1 monotonic
	br label %356

394:
	%395 = bitcast i32 %159 to float
	%396 = fcmp uno float %395, %395
	%397 = fcmp oeq float %395, 0x7FF0000000000000
	%398 = or i1 %396, %397
	br i1 %398, label %401, label %403

399:
	%400 = icmp slt i32 %161, %9
	br i1 %400, label %437, label %442

401:
	%402 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %402
	br label %403

403:
	%404 = fcmp one float %395, 0xFFF0000000000000
	br i1 %404, label %405, label %407

405:
	%406 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %406
	br label %407

407:
	%408 = bitcast float %395 to i32
	%409 = icmp slt i32 %408, 0
	%410 = select i1 %409, i32 -1, i32 -2147483648
	%411 = xor i32 %408, %410
	%412 = xor i32 %411, -1
	%413 = sext i32 %152 to i64
	%414 = getelementptr i32, i32* %44, i64 %413
	store i32 %412, i32* %414
	%415 = sext i32 %152 to i64
	%416 = getelementptr i32, i32* %15, i64 %415
	store i32 %152, i32* %416
	%417 = lshr i32 %412, 0
	%418 = and i32 %417, 255
	%419 = add i32 %418, 0
	%420 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %419
	%421 = atomicrmw add i32 addrspace(3)* %420, i32 1 monotonic
	%422 = lshr i32 %412, 8
	%423 = and i32 %422, 255
	%424 = add i32 %423, 256
	%425 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %424
	%426 = atomicrmw add i32 addrspace(3)* %425, i32 1 monotonic
	%427 = lshr i32 %412, 16
	%428 = and i32 %427, 255
	%429 = add i32 %428, 512
	%430 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %429
	%431 = atomicrmw add i32 addrspace(3)* %430, i32 1 monotonic
	%432 = lshr i32 %412, 24
	%433 = and i32 %432, 255
	%434 = add i32 %433, 768
	%435 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %434
	%436 = atomicrmw add i32 addrspace(3)* %435, i32 1 monotonic
	br label %399

437:
	%438 = bitcast i32 %168 to float
	%439 = fcmp uno float %438, %438
	%440 = fcmp oeq float %438, 0x7FF0000000000000
	%441 = or i1 %439, %440
	br i1 %441, label %444, label %446

442:
	%443 = icmp slt i32 %170, %9
	br i1 %443, label %480, label %485

444:
	%445 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %445
	br label %446

446:
	%447 = fcmp one float %438, 0xFFF0000000000000
	br i1 %447, label %448, label %450

448:
	%449 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %449
	br label %450

450:
	%451 = bitcast float %438 to i32
	%452 = icmp slt i32 %451, 0
	%453 = select i1 %452, i32 -1, i32 -2147483648
	%454 = xor i32 %451, %453
	%455 = xor i32 %454, -1
	%456 = sext i32 %161 to i64
	%457 = getelementptr i32, i32* %44, i64 %456
	store i32 %455, i32* %457
	%458 = sext i32 %161 to i64
	%459 = getelementptr i32, i32* %15, i64 %458
	store i32 %161, i32* %459
	%460 = lshr i32 %455, 0
	%461 = and i32 %460, 255
	%462 = add i32 %461, 0
	%463 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %462
	%464 = atomicrmw add i32 addrspace(3)* %463, i32 1 monotonic
	%465 = lshr i32 %455, 8
	%466 = and i32 %465, 255
	%467 = add i32 %466, 256
	%468 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %467
	%469 = atomicrmw add i32 addrspace(3)* %468, i32 1 monotonic
	%470 = lshr i32 %455, 16
	%471 = and i32 %470, 255
	%472 = add i32 %471, 512
	%473 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %472
	%474 = atomicrmw add i32 addrspace(3)* %473, i32 1 monotonic
	%475 = lshr i32 %455, 24
	%476 = and i32 %475, 255
	%477 = add i32 %476, 768
	%478 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %477
	%479 = atomicrmw add i32 addrspace(3)* %478, i32 1 monotonic
	br label %442

480:
	%481 = bitcast i32 %177 to float
	%482 = fcmp uno float %481, %481
	%483 = fcmp oeq float %481, 0x7FF0000000000000
	%484 = or i1 %482, %483
	br i1 %484, label %487, label %489

485:
	%486 = add i32 %95, 2048
	br label %94

487:
	%488 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %488
	br label %489

489:
	%490 = fcmp one float %481, 0xFFF0000000000000
	br i1 %490, label %491, label %493

491:
	%492 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %492
	br label %493

493:
	%494 = bitcast float %481 to i32
	%495 = icmp slt i32 %494, 0
	%496 = select i1 %495, i32 -1, i32 -2147483648
	%497 = xor i32 %494, %496
	%498 = xor i32 %497, -1
	%499 = sext i32 %170 to i64
	%500 = getelementptr i32, i32* %44, i64 %499
	store i32 %498, i32* %500
	%501 = sext i32 %170 to i64
	%502 = getelementptr i32, i32* %15, i64 %501
	store i32 %170, i32* %502
	%503 = lshr i32 %498, 0
	%504 = and i32 %503, 255
	%505 = add i32 %504, 0
	%506 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %505
	%507 = atomicrmw add i32 addrspace(3)* %506, i32 1 monotonic
	%508 = lshr i32 %498, 8
	%509 = and i32 %508, 255
	%510 = add i32 %509, 256
	%511 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %510
	%512 = atomicrmw add i32 addrspace(3)* %511, i32 1 monotonic
	%513 = lshr i32 %498, 16
	%514 = and i32 %513, 255
	%515 = add i32 %514, 512
	%516 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %515
	%517 = atomicrmw add i32 addrspace(3)* %516, i32 1 monotonic
	%518 = lshr i32 %498, 24
	%519 = and i32 %518, 255
	%520 = add i32 %519, 768
	%521 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %520
	%522 = atomicrmw add i32 addrspace(3)* %521, i32 1 monotonic
	br label %485

sort:
	%523 = icmp ult i32 %4, 4
	br i1 %523, label %524, label %605

ident:
	ret void

524:
	%525 = mul i32 %4, 256
	%526 = mul i32 %3, 8
	%527 = add i32 %525, %526
	%528 = add i32 %527, 0
	%529 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %528
	%530 = load i32, i32 addrspace(3)* %529
	%531 = add i32 0, %530
	%532 = add i32 %527, 1
	%533 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %532
	%534 = load i32, i32 addrspace(3)* %533
	%535 = add i32 %531, %534
	%536 = add i32 %527, 2
	%537 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %536
	%538 = load i32, i32 addrspace(3)* %537
	%539 = add i32 %535, %538
	%540 = add i32 %527, 3
	%541 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %540
	%542 = load i32, i32 addrspace(3)* %541
	%543 = add i32 %539, %542
	%544 = add i32 %527, 4
	%545 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %544
	%546 = load i32, i32 addrspace(3)* %545
	%547 = add i32 %543, %546
	%548 = add i32 %527, 5
	%549 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %548
	%550 = load i32, i32 addrspace(3)* %549
	%551 = add i32 %547, %550
	%552 = add i32 %527, 6
	%553 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %552
	%554 = load i32, i32 addrspace(3)* %553
	%555 = add i32 %551, %554
	%556 = add i32 %527, 7
	%557 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %556
	%558 = load i32, i32 addrspace(3)* %557
	%559 = add i32 %555, %558
	%560 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %559, i32 1, i32 0)
	%561 = icmp uge i32 %3, 1
	%562 = select i1 %561, i32 %560, i32 0
	%563 = add i32 %559, %562
	%564 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %563, i32 2, i32 0)
	%565 = icmp uge i32 %3, 2
	%566 = select i1 %565, i32 %564, i32 0
	%567 = add i32 %563, %566
	%568 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %567, i32 4, i32 0)
	%569 = icmp uge i32 %3, 4
	%570 = select i1 %569, i32 %568, i32 0
	%571 = add i32 %567, %570
	%572 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %571, i32 8, i32 0)
	%573 = icmp uge i32 %3, 8
	%574 = select i1 %573, i32 %572, i32 0
	%575 = add i32 %571, %574
	%576 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %575, i32 16, i32 0)
	%577 = icmp uge i32 %3, 16
	%578 = select i1 %577, i32 %576, i32 0
	%579 = add i32 %575, %578
	%580 = sub i32 %579, %559
	%581 = add i32 %527, 0
	%582 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %581
	store i32 %580, i32 addrspace(3)* %582
	%583 = add i32 %580, %530
	%584 = add i32 %527, 1
	%585 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %584
	store i32 %583, i32 addrspace(3)* %585
	%586 = add i32 %583, %534
	%587 = add i32 %527, 2
	%588 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %587
	store i32 %586, i32 addrspace(3)* %588
	%589 = add i32 %586, %538
	%590 = add i32 %527, 3
	%591 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %590
	store i32 %589, i32 addrspace(3)* %591
	%592 = add i32 %589, %542
	%593 = add i32 %527, 4
	%594 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %593
	store i32 %592, i32 addrspace(3)* %594
	%595 = add i32 %592, %546
	%596 = add i32 %527, 5
	%597 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %596
	store i32 %595, i32 addrspace(3)* %597
	%598 = add i32 %595, %550
	%599 = add i32 %527, 6
	%600 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %599
	store i32 %598, i32 addrspace(3)* %600
	%601 = add i32 %598, %554
	%602 = add i32 %527, 7
	%603 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %602
	store i32 %601, i32 addrspace(3)* %603
	%604 = add i32 %601, %558
	br label %605

605:
	call void @llvm.nvvm.barrier0()
	%606 = shl i32 1, %3
	%607 = sub i32 %606, 1
	br label %608

608:
	%609 = phi i32 [ 0, %605 ], [ %1358, %1351 ]
	%610 = icmp slt i32 %609, %9
	br i1 %610, label %611, label %617

611:
	%612 = mul i32 %4, 256
	%613 = add i32 %612, %3
	%614 = add i32 %609, %613
	%615 = add i32 %614, 0
	%616 = icmp slt i32 %615, %9
	br i1 %616, label %618, label %625

617:
	call void @llvm.nvvm.barrier0()
	br label %1359

618:
	%619 = sext i32 %615 to i64
	%620 = getelementptr i32, i32* %44, i64 %619
	%621 = load i32, i32* %620
	%622 = sext i32 %615 to i64
	%623 = getelementptr i32, i32* %15, i64 %622
	%624 = load i32, i32* %623
	br label %625

625:
	%626 = phi i32 [ 0, %611 ], [ %621, %618 ]
	%627 = phi i32 [ 0, %611 ], [ %624, %618 ]
	%628 = lshr i32 %626, 0
	%629 = and i32 %628, 255
	%630 = add i32 %614, 32
	%631 = icmp slt i32 %630, %9
	br i1 %631, label %632, label %639

632:
	%633 = sext i32 %630 to i64
	%634 = getelementptr i32, i32* %44, i64 %633
	%635 = load i32, i32* %634
	%636 = sext i32 %630 to i64
	%637 = getelementptr i32, i32* %15, i64 %636
	%638 = load i32, i32* %637
	br label %639

639:
	%640 = phi i32 [ 0, %625 ], [ %635, %632 ]
	%641 = phi i32 [ 0, %625 ], [ %638, %632 ]
	%642 = lshr i32 %640, 0
	%643 = and i32 %642, 255
	%644 = add i32 %614, 64
	%645 = icmp slt i32 %644, %9
	br i1 %645, label %646, label %653

646:
	%647 = sext i32 %644 to i64
	%648 = getelementptr i32, i32* %44, i64 %647
	%649 = load i32, i32* %648
	%650 = sext i32 %644 to i64
	%651 = getelementptr i32, i32* %15, i64 %650
	%652 = load i32, i32* %651
	br label %653

653:
	%654 = phi i32 [ 0, %639 ], [ %649, %646 ]
	%655 = phi i32 [ 0, %639 ], [ %652, %646 ]
	%656 = lshr i32 %654, 0
	%657 = and i32 %656, 255
	%658 = add i32 %614, 96
	%659 = icmp slt i32 %658, %9
	br i1 %659, label %660, label %667

660:
	%661 = sext i32 %658 to i64
	%662 = getelementptr i32, i32* %44, i64 %661
	%663 = load i32, i32* %662
	%664 = sext i32 %658 to i64
	%665 = getelementptr i32, i32* %15, i64 %664
	%666 = load i32, i32* %665
	br label %667

667:
	%668 = phi i32 [ 0, %653 ], [ %663, %660 ]
	%669 = phi i32 [ 0, %653 ], [ %666, %660 ]
	%670 = lshr i32 %668, 0
	%671 = and i32 %670, 255
	%672 = add i32 %614, 128
	%673 = icmp slt i32 %672, %9
	br i1 %673, label %674, label %681

674:
	%675 = sext i32 %672 to i64
	%676 = getelementptr i32, i32* %44, i64 %675
	%677 = load i32, i32* %676
	%678 = sext i32 %672 to i64
	%679 = getelementptr i32, i32* %15, i64 %678
	%680 = load i32, i32* %679
	br label %681

681:
	%682 = phi i32 [ 0, %667 ], [ %677, %674 ]
	%683 = phi i32 [ 0, %667 ], [ %680, %674 ]
	%684 = lshr i32 %682, 0
	%685 = and i32 %684, 255
	%686 = add i32 %614, 160
	%687 = icmp slt i32 %686, %9
	br i1 %687, label %688, label %695

688:
	%689 = sext i32 %686 to i64
	%690 = getelementptr i32, i32* %44, i64 %689
	%691 = load i32, i32* %690
	%692 = sext i32 %686 to i64
	%693 = getelementptr i32, i32* %15, i64 %692
	%694 = load i32, i32* %693
	br label %695

695:
	%696 = phi i32 [ 0, %681 ], [ %691, %688 ]
	%697 = phi i32 [ 0, %681 ], [ %694, %688 ]
	%698 = lshr i32 %696, 0
	%699 = and i32 %698, 255
	%700 = add i32 %614, 192
	%701 = icmp slt i32 %700, %9
	br i1 %701, label %702, label %709

702:
	%703 = sext i32 %700 to i64
	%704 = getelementptr i32, i32* %44, i64 %703
	%705 = load i32, i32* %704
	%706 = sext i32 %700 to i64
	%707 = getelementptr i32, i32* %15, i64 %706
	%708 = load i32, i32* %707
	br label %709

709:
	%710 = phi i32 [ 0, %695 ], [ %705, %702 ]
	%711 = phi i32 [ 0, %695 ], [ %708, %702 ]
	%712 = lshr i32 %710, 0
	%713 = and i32 %712, 255
	%714 = add i32 %614, 224
	%715 = icmp slt i32 %714, %9
	br i1 %715, label %716, label %723

716:
	%717 = sext i32 %714 to i64
	%718 = getelementptr i32, i32* %44, i64 %717
	%719 = load i32, i32* %718
	%720 = sext i32 %714 to i64
	%721 = getelementptr i32, i32* %15, i64 %720
	%722 = load i32, i32* %721
	br label %723

723:
	%724 = phi i32 [ 0, %709 ], [ %719, %716 ]
	%725 = phi i32 [ 0, %709 ], [ %722, %716 ]
	%726 = lshr i32 %724, 0
	%727 = and i32 %726, 255
	%728 = select i1 %616, i32 %629, i32 256
	%729 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %728)
	%730 = and i32 %729, %607
	%731 = call i32 @llvm.ctpop.i32(i32 %730)
	br i1 %616, label %732, label %737

732:
	%733 = mul i32 %4, 256
	%734 = add i32 %733, %629
	%735 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %734
	%736 = load i32, i32 addrspace(3)* %735
	br label %737

737:
	%738 = phi i32 [ 0, %723 ], [ %736, %732 ]
	%739 = add i32 %738, %731
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%740 = icmp eq i32 %731, 0
	%741 = and i1 %616, %740
	br i1 %741, label %742, label %748

742:
	%743 = call i32 @llvm.ctpop.i32(i32 %729)
	%744 = add i32 %738, %743
	%745 = mul i32 %4, 256
	%746 = add i32 %745, %629
	%747 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %746
	store i32 %744, i32 addrspace(3)* %747
	br label %748

748:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%749 = select i1 %631, i32 %643, i32 256
	%750 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %749)
	%751 = and i32 %750, %607
	%752 = call i32 @llvm.ctpop.i32(i32 %751)
	br i1 %631, label %753, label %758

753:
	%754 = mul i32 %4, 256
	%755 = add i32 %754, %643
	%756 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %755
	%757 = load i32, i32 addrspace(3)* %756
	br label %758

758:
	%759 = phi i32 [ 0, %748 ], [ %757, %753 ]
	%760 = add i32 %759, %752
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%761 = icmp eq i32 %752, 0
	%762 = and i1 %631, %761
	br i1 %762, label %763, label %769

763:
	%764 = call i32 @llvm.ctpop.i32(i32 %750)
	%765 = add i32 %759, %764
	%766 = mul i32 %4, 256
	%767 = add i32 %766, %643
	%768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %767
	store i32 %765, i32 addrspace(3)* %768
	br label %769

769:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%770 = select i1 %645, i32 %657, i32 256
	%771 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %770)
	%772 = and i32 %771, %607
	%773 = call i32 @llvm.ctpop.i32(i32 %772)
	br i1 %645, label %774, label %779

774:
	%775 = mul i32 %4, 256
	%776 = add i32 %775, %657
	%777 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %776
	%778 = load i32, i32 addrspace(3)* %777
	br label %779

779:
	%780 = phi i32 [ 0, %769 ], [ %778, %774 ]
	%781 = add i32 %780, %773
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%782 = icmp eq i32 %773, 0
	%783 = and i1 %645, %782
	br i1 %783, label %784, label %790

784:
	%785 = call i32 @llvm.ctpop.i32(i32 %771)
	%786 = add i32 %780, %785
	%787 = mul i32 %4, 256
	%788 = add i32 %787, %657
	%789 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %788
	store i32 %786, i32 addrspace(3)* %789
	br label %790

790:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%791 = select i1 %659, i32 %671, i32 256
	%792 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %791)
	%793 = and i32 %792, %607
	%794 = call i32 @llvm.ctpop.i32(i32 %793)
	br i1 %659, label %795, label %800

795:
	%796 = mul i32 %4, 256
	%797 = add i32 %796, %671
	%798 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %797
	%799 = load i32, i32 addrspace(3)* %798
	br label %800

800:
	%801 = phi i32 [ 0, %790 ], [ %799, %795 ]
	%802 = add i32 %801, %794
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%803 = icmp eq i32 %794, 0
	%804 = and i1 %659, %803
	br i1 %804, label %805, label %811

805:
	%806 = call i32 @llvm.ctpop.i32(i32 %792)
	%807 = add i32 %801, %806
	%808 = mul i32 %4, 256
	%809 = add i32 %808, %671
	%810 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %809
	store i32 %807, i32 addrspace(3)* %810
	br label %811

811:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%812 = select i1 %673, i32 %685, i32 256
	%813 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %812)
	%814 = and i32 %813, %607
	%815 = call i32 @llvm.ctpop.i32(i32 %814)
	br i1 %673, label %816, label %821

816:
	%817 = mul i32 %4, 256
	%818 = add i32 %817, %685
	%819 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %818
	%820 = load i32, i32 addrspace(3)* %819
	br label %821

821:
	%822 = phi i32 [ 0, %811 ], [ %820, %816 ]
	%823 = add i32 %822, %815
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%824 = icmp eq i32 %815, 0
	%825 = and i1 %673, %824
	br i1 %825, label %826, label %832

826:
	%827 = call i32 @llvm.ctpop.i32(i32 %813)
	%828 = add i32 %822, %827
	%829 = mul i32 %4, 256
	%830 = add i32 %829, %685
	%831 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %830
	store i32 %828, i32 addrspace(3)* %831
	br label %832

832:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%833 = select i1 %687, i32 %699, i32 256
	%834 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %833)
	%835 = and i32 %834, %607
	%836 = call i32 @llvm.ctpop.i32(i32 %835)
	br i1 %687, label %837, label %842

837:
	%838 = mul i32 %4, 256
	%839 = add i32 %838, %699
	%840 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %839
	%841 = load i32, i32 addrspace(3)* %840
	br label %842

842:
	%843 = phi i32 [ 0, %832 ], [ %841, %837 ]
	%844 = add i32 %843, %836
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%845 = icmp eq i32 %836, 0
	%846 = and i1 %687, %845
	br i1 %846, label %847, label %853

847:
	%848 = call i32 @llvm.ctpop.i32(i32 %834)
	%849 = add i32 %843, %848
	%850 = mul i32 %4, 256
	%851 = add i32 %850, %699
	%852 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %851
	store i32 %849, i32 addrspace(3)* %852
	br label %853

853:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%854 = select i1 %701, i32 %713, i32 256
	%855 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %854)
	%856 = and i32 %855, %607
	%857 = call i32 @llvm.ctpop.i32(i32 %856)
	br i1 %701, label %858, label %863

858:
	%859 = mul i32 %4, 256
	%860 = add i32 %859, %713
	%861 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %860
	%862 = load i32, i32 addrspace(3)* %861
	br label %863

863:
	%864 = phi i32 [ 0, %853 ], [ %862, %858 ]
	%865 = add i32 %864, %857
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%866 = icmp eq i32 %857, 0
	%867 = and i1 %701, %866
	br i1 %867, label %868, label %874

868:
	%869 = call i32 @llvm.ctpop.i32(i32 %855)
	%870 = add i32 %864, %869
	%871 = mul i32 %4, 256
	%872 = add i32 %871, %713
	%873 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %872
	store i32 %870, i32 addrspace(3)* %873
	br label %874

874:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%875 = select i1 %715, i32 %727, i32 256
	%876 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %875)
	%877 = and i32 %876, %607
	%878 = call i32 @llvm.ctpop.i32(i32 %877)
	br i1 %715, label %879, label %884

879:
	%880 = mul i32 %4, 256
	%881 = add i32 %880, %727
	%882 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %881
	%883 = load i32, i32 addrspace(3)* %882
	br label %884

884:
	%885 = phi i32 [ 0, %874 ], [ %883, %879 ]
	%886 = add i32 %885, %878
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%887 = icmp eq i32 %878, 0
	%888 = and i1 %715, %887
	br i1 %888, label %889, label %895

889:
	%890 = call i32 @llvm.ctpop.i32(i32 %876)
	%891 = add i32 %885, %890
	%892 = mul i32 %4, 256
	%893 = add i32 %892, %727
	%894 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %893
	store i32 %891, i32 addrspace(3)* %894
	br label %895

895:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%896 = mul i32 0, 256
	%897 = add i32 %896, %0
	%898 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %897
	%899 = load i32, i32 addrspace(3)* %898
	%900 = mul i32 0, 256
	%901 = add i32 %900, %0
	%902 = add i32 2048, %901
	%903 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %902
	store i32 0, i32 addrspace(3)* %903
	%904 = mul i32 0, 256
	%905 = add i32 %904, %0
	%906 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %905
	store i32 0, i32 addrspace(3)* %906
	%907 = add i32 0, %899
	%908 = mul i32 1, 256
	%909 = add i32 %908, %0
	%910 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %909
	%911 = load i32, i32 addrspace(3)* %910
	%912 = mul i32 1, 256
	%913 = add i32 %912, %0
	%914 = add i32 2048, %913
	%915 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %914
	store i32 %907, i32 addrspace(3)* %915
	%916 = mul i32 1, 256
	%917 = add i32 %916, %0
	%918 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %917
	store i32 0, i32 addrspace(3)* %918
	%919 = add i32 %907, %911
	%920 = mul i32 2, 256
	%921 = add i32 %920, %0
	%922 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %921
	%923 = load i32, i32 addrspace(3)* %922
	%924 = mul i32 2, 256
	%925 = add i32 %924, %0
	%926 = add i32 2048, %925
	%927 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %926
	store i32 %919, i32 addrspace(3)* %927
	%928 = mul i32 2, 256
	%929 = add i32 %928, %0
	%930 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %929
	store i32 0, i32 addrspace(3)* %930
	%931 = add i32 %919, %923
	%932 = mul i32 3, 256
	%933 = add i32 %932, %0
	%934 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %933
	%935 = load i32, i32 addrspace(3)* %934
	%936 = mul i32 3, 256
	%937 = add i32 %936, %0
	%938 = add i32 2048, %937
	%939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %938
	store i32 %931, i32 addrspace(3)* %939
	%940 = mul i32 3, 256
	%941 = add i32 %940, %0
	%942 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %941
	store i32 0, i32 addrspace(3)* %942
	%943 = add i32 %931, %935
	%944 = mul i32 4, 256
	%945 = add i32 %944, %0
	%946 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %945
	%947 = load i32, i32 addrspace(3)* %946
	%948 = mul i32 4, 256
	%949 = add i32 %948, %0
	%950 = add i32 2048, %949
	%951 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %950
	store i32 %943, i32 addrspace(3)* %951
	%952 = mul i32 4, 256
	%953 = add i32 %952, %0
	%954 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %953
	store i32 0, i32 addrspace(3)* %954
	%955 = add i32 %943, %947
	%956 = mul i32 5, 256
	%957 = add i32 %956, %0
	%958 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %957
	%959 = load i32, i32 addrspace(3)* %958
	%960 = mul i32 5, 256
	%961 = add i32 %960, %0
	%962 = add i32 2048, %961
	%963 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %962
	store i32 %955, i32 addrspace(3)* %963
	%964 = mul i32 5, 256
	%965 = add i32 %964, %0
	%966 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %965
	store i32 0, i32 addrspace(3)* %966
	%967 = add i32 %955, %959
	%968 = mul i32 6, 256
	%969 = add i32 %968, %0
	%970 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %969
	%971 = load i32, i32 addrspace(3)* %970
	%972 = mul i32 6, 256
	%973 = add i32 %972, %0
	%974 = add i32 2048, %973
	%975 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %974
	store i32 %967, i32 addrspace(3)* %975
	%976 = mul i32 6, 256
	%977 = add i32 %976, %0
	%978 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %977
	store i32 0, i32 addrspace(3)* %978
	%979 = add i32 %967, %971
	%980 = mul i32 7, 256
	%981 = add i32 %980, %0
	%982 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %981
	%983 = load i32, i32 addrspace(3)* %982
	%984 = mul i32 7, 256
	%985 = add i32 %984, %0
	%986 = add i32 2048, %985
	%987 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %986
	store i32 %979, i32 addrspace(3)* %987
	%988 = mul i32 7, 256
	%989 = add i32 %988, %0
	%990 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %989
	store i32 0, i32 addrspace(3)* %990
	%991 = add i32 %979, %983
	call void @llvm.nvvm.barrier0()
	%992 = select i1 %616, i32 %629, i32 0
	%993 = mul i32 %4, 256
	%994 = add i32 %993, %992
	%995 = add i32 2048, %994
	%996 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %995
	%997 = load i32, i32 addrspace(3)* %996
	%998 = add i32 %739, %997
	%999 = select i1 %631, i32 %643, i32 0
	%1000 = mul i32 %4, 256
	%1001 = add i32 %1000, %999
	%1002 = add i32 2048, %1001
	%1003 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1002
	%1004 = load i32, i32 addrspace(3)* %1003
	%1005 = add i32 %760, %1004
	%1006 = select i1 %645, i32 %657, i32 0
	%1007 = mul i32 %4, 256
	%1008 = add i32 %1007, %1006
	%1009 = add i32 2048, %1008
	%1010 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1009
	%1011 = load i32, i32 addrspace(3)* %1010
	%1012 = add i32 %781, %1011
	%1013 = select i1 %659, i32 %671, i32 0
	%1014 = mul i32 %4, 256
	%1015 = add i32 %1014, %1013
	%1016 = add i32 2048, %1015
	%1017 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1016
	%1018 = load i32, i32 addrspace(3)* %1017
	%1019 = add i32 %802, %1018
	%1020 = select i1 %673, i32 %685, i32 0
	%1021 = mul i32 %4, 256
	%1022 = add i32 %1021, %1020
	%1023 = add i32 2048, %1022
	%1024 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1023
	%1025 = load i32, i32 addrspace(3)* %1024
	%1026 = add i32 %823, %1025
	%1027 = select i1 %687, i32 %699, i32 0
	%1028 = mul i32 %4, 256
	%1029 = add i32 %1028, %1027
	%1030 = add i32 2048, %1029
	%1031 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1030
	%1032 = load i32, i32 addrspace(3)* %1031
	%1033 = add i32 %844, %1032
	%1034 = select i1 %701, i32 %713, i32 0
	%1035 = mul i32 %4, 256
	%1036 = add i32 %1035, %1034
	%1037 = add i32 2048, %1036
	%1038 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1037
	%1039 = load i32, i32 addrspace(3)* %1038
	%1040 = add i32 %865, %1039
	%1041 = select i1 %715, i32 %727, i32 0
	%1042 = mul i32 %4, 256
	%1043 = add i32 %1042, %1041
	%1044 = add i32 2048, %1043
	%1045 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1044
	%1046 = load i32, i32 addrspace(3)* %1045
	%1047 = add i32 %886, %1046
	%1048 = and i32 %0, 31
	%1049 = lshr i32 %0, 5
	%1050 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %991, i32 1, i32 0)
	%1051 = icmp uge i32 %1048, 1
	%1052 = select i1 %1051, i32 %1050, i32 0
	%1053 = add i32 %991, %1052
	%1054 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1053, i32 2, i32 0)
	%1055 = icmp uge i32 %1048, 2
	%1056 = select i1 %1055, i32 %1054, i32 0
	%1057 = add i32 %1053, %1056
	%1058 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1057, i32 4, i32 0)
	%1059 = icmp uge i32 %1048, 4
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = add i32 %1057, %1060
	%1062 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1061, i32 8, i32 0)
	%1063 = icmp uge i32 %1048, 8
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 %1061, %1064
	%1066 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1065, i32 16, i32 0)
	%1067 = icmp uge i32 %1048, 16
	%1068 = select i1 %1067, i32 %1066, i32 0
	%1069 = add i32 %1065, %1068
	%1070 = icmp eq i32 %1048, 31
	br i1 %1070, label %1071, label %1073

1071:
	%1072 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %1049
	store i32 %1069, i32 addrspace(3)* %1072
	br label %1073

1073:
	call void @llvm.nvvm.barrier0()
	%1074 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%1075 = load i32, i32 addrspace(3)* %1074
	%1076 = icmp sgt i32 %1049, 0
	%1077 = select i1 %1076, i32 %1075, i32 0
	%1078 = add i32 0, %1077
	%1079 = add i32 0, %1075
	%1080 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%1081 = load i32, i32 addrspace(3)* %1080
	%1082 = icmp sgt i32 %1049, 1
	%1083 = select i1 %1082, i32 %1081, i32 0
	%1084 = add i32 %1078, %1083
	%1085 = add i32 %1079, %1081
	%1086 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%1087 = load i32, i32 addrspace(3)* %1086
	%1088 = icmp sgt i32 %1049, 2
	%1089 = select i1 %1088, i32 %1087, i32 0
	%1090 = add i32 %1084, %1089
	%1091 = add i32 %1085, %1087
	%1092 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%1093 = load i32, i32 addrspace(3)* %1092
	%1094 = icmp sgt i32 %1049, 3
	%1095 = select i1 %1094, i32 %1093, i32 0
	%1096 = add i32 %1090, %1095
	%1097 = add i32 %1091, %1093
	%1098 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%1099 = load i32, i32 addrspace(3)* %1098
	%1100 = icmp sgt i32 %1049, 4
	%1101 = select i1 %1100, i32 %1099, i32 0
	%1102 = add i32 %1096, %1101
	%1103 = add i32 %1097, %1099
	%1104 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%1105 = load i32, i32 addrspace(3)* %1104
	%1106 = icmp sgt i32 %1049, 5
	%1107 = select i1 %1106, i32 %1105, i32 0
	%1108 = add i32 %1102, %1107
	%1109 = add i32 %1103, %1105
	%1110 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%1111 = load i32, i32 addrspace(3)* %1110
	%1112 = icmp sgt i32 %1049, 6
	%1113 = select i1 %1112, i32 %1111, i32 0
	%1114 = add i32 %1108, %1113
	%1115 = add i32 %1109, %1111
	%1116 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%1117 = load i32, i32 addrspace(3)* %1116
	%1118 = icmp sgt i32 %1049, 7
	%1119 = select i1 %1118, i32 %1117, i32 0
	%1120 = add i32 %1114, %1119
	%1121 = add i32 %1115, %1117
	%1122 = add i32 %1120, %1069
	%1123 = sub i32 %1122, %991
	%1124 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %1123, i32 addrspace(3)* %1124
	call void @llvm.nvvm.barrier0()
	br i1 %616, label %1125, label %1131

1125:
	%1126 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %629
	%1127 = load i32, i32 addrspace(3)* %1126
	%1128 = add i32 %1127, %998
	%1129 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1128
	store i32 %626, i32 addrspace(3)* %1129
	%1130 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1128
	store i32 %627, i32 addrspace(3)* %1130
	br label %1131

1131:
	br i1 %631, label %1132, label %1138

1132:
	%1133 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %643
	%1134 = load i32, i32 addrspace(3)* %1133
	%1135 = add i32 %1134, %1005
	%1136 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1135
	store i32 %640, i32 addrspace(3)* %1136
	%1137 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1135
	store i32 %641, i32 addrspace(3)* %1137
	br label %1138

1138:
	br i1 %645, label %1139, label %1145

1139:
	%1140 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %657
	%1141 = load i32, i32 addrspace(3)* %1140
	%1142 = add i32 %1141, %1012
	%1143 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1142
	store i32 %654, i32 addrspace(3)* %1143
	%1144 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1142
	store i32 %655, i32 addrspace(3)* %1144
	br label %1145

1145:
	br i1 %659, label %1146, label %1152

1146:
	%1147 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %671
	%1148 = load i32, i32 addrspace(3)* %1147
	%1149 = add i32 %1148, %1019
	%1150 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1149
	store i32 %668, i32 addrspace(3)* %1150
	%1151 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1149
	store i32 %669, i32 addrspace(3)* %1151
	br label %1152

1152:
	br i1 %673, label %1153, label %1159

1153:
	%1154 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %685
	%1155 = load i32, i32 addrspace(3)* %1154
	%1156 = add i32 %1155, %1026
	%1157 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1156
	store i32 %682, i32 addrspace(3)* %1157
	%1158 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1156
	store i32 %683, i32 addrspace(3)* %1158
	br label %1159

1159:
	br i1 %687, label %1160, label %1166

1160:
	%1161 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %699
	%1162 = load i32, i32 addrspace(3)* %1161
	%1163 = add i32 %1162, %1033
	%1164 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1163
	store i32 %696, i32 addrspace(3)* %1164
	%1165 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1163
	store i32 %697, i32 addrspace(3)* %1165
	br label %1166

1166:
	br i1 %701, label %1167, label %1173

1167:
	%1168 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %713
	%1169 = load i32, i32 addrspace(3)* %1168
	%1170 = add i32 %1169, %1040
	%1171 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1170
	store i32 %710, i32 addrspace(3)* %1171
	%1172 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1170
	store i32 %711, i32 addrspace(3)* %1172
	br label %1173

1173:
	br i1 %715, label %1174, label %1180

1174:
	%1175 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %727
	%1176 = load i32, i32 addrspace(3)* %1175
	%1177 = add i32 %1176, %1047
	%1178 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1177
	store i32 %724, i32 addrspace(3)* %1178
	%1179 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1177
	store i32 %725, i32 addrspace(3)* %1179
	br label %1180

1180:
	call void @llvm.nvvm.barrier0()
	%1181 = sub i32 %9, %609
	%1182 = icmp slt i32 2048, %1181
	%1183 = select i1 %1182, i32 2048, i32 %1181
	%1184 = add i32 0, %0
	%1185 = icmp slt i32 %1184, %1183
	br i1 %1185, label %1186, label %1204

1186:
	%1187 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1184
	%1188 = load i32, i32 addrspace(3)* %1187
	%1189 = lshr i32 %1188, 0
	%1190 = and i32 %1189, 255
	%1191 = add i32 %1190, 0
	%1192 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1191
	%1193 = load i32, i32 addrspace(3)* %1192
	%1194 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1190
	%1195 = load i32, i32 addrspace(3)* %1194
	%1196 = sub i32 %1184, %1195
	%1197 = add i32 %1193, %1196
	%1198 = sext i32 %1197 to i64
	%1199 = getelementptr i32, i32* %46, i64 %1198
	store i32 %1188, i32* %1199
	%1200 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1184
	%1201 = load i32, i32 addrspace(3)* %1200
	%1202 = sext i32 %1197 to i64
	%1203 = getelementptr i32, i32* %49, i64 %1202
	store i32 %1201, i32* %1203
	br label %1204

1204:
	%1205 = add i32 256, %0
	%1206 = icmp slt i32 %1205, %1183
	br i1 %1206, label %1207, label %1225

1207:
	%1208 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1205
	%1209 = load i32, i32 addrspace(3)* %1208
	%1210 = lshr i32 %1209, 0
	%1211 = and i32 %1210, 255
	%1212 = add i32 %1211, 0
	%1213 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1212
	%1214 = load i32, i32 addrspace(3)* %1213
	%1215 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1211
	%1216 = load i32, i32 addrspace(3)* %1215
	%1217 = sub i32 %1205, %1216
	%1218 = add i32 %1214, %1217
	%1219 = sext i32 %1218 to i64
	%1220 = getelementptr i32, i32* %46, i64 %1219
	store i32 %1209, i32* %1220
	%1221 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1205
	%1222 = load i32, i32 addrspace(3)* %1221
	%1223 = sext i32 %1218 to i64
	%1224 = getelementptr i32, i32* %49, i64 %1223
	store i32 %1222, i32* %1224
	br label %1225

1225:
	%1226 = add i32 512, %0
	%1227 = icmp slt i32 %1226, %1183
	br i1 %1227, label %1228, label %1246

1228:
	%1229 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1226
	%1230 = load i32, i32 addrspace(3)* %1229
	%1231 = lshr i32 %1230, 0
	%1232 = and i32 %1231, 255
	%1233 = add i32 %1232, 0
	%1234 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1233
	%1235 = load i32, i32 addrspace(3)* %1234
	%1236 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1232
	%1237 = load i32, i32 addrspace(3)* %1236
	%1238 = sub i32 %1226, %1237
	%1239 = add i32 %1235, %1238
	%1240 = sext i32 %1239 to i64
	%1241 = getelementptr i32, i32* %46, i64 %1240
	store i32 %1230, i32* %1241
	%1242 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1226
	%1243 = load i32, i32 addrspace(3)* %1242
	%1244 = sext i32 %1239 to i64
	%1245 = getelementptr i32, i32* %49, i64 %1244
	store i32 %1243, i32* %1245
	br label %1246

1246:
	%1247 = add i32 768, %0
	%1248 = icmp slt i32 %1247, %1183
	br i1 %1248, label %1249, label %1267

1249:
	%1250 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1247
	%1251 = load i32, i32 addrspace(3)* %1250
	%1252 = lshr i32 %1251, 0
	%1253 = and i32 %1252, 255
	%1254 = add i32 %1253, 0
	%1255 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1254
	%1256 = load i32, i32 addrspace(3)* %1255
	%1257 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1253
	%1258 = load i32, i32 addrspace(3)* %1257
	%1259 = sub i32 %1247, %1258
	%1260 = add i32 %1256, %1259
	%1261 = sext i32 %1260 to i64
	%1262 = getelementptr i32, i32* %46, i64 %1261
	store i32 %1251, i32* %1262
	%1263 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1247
	%1264 = load i32, i32 addrspace(3)* %1263
	%1265 = sext i32 %1260 to i64
	%1266 = getelementptr i32, i32* %49, i64 %1265
	store i32 %1264, i32* %1266
	br label %1267

1267:
	%1268 = add i32 1024, %0
	%1269 = icmp slt i32 %1268, %1183
	br i1 %1269, label %1270, label %1288

1270:
	%1271 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1268
	%1272 = load i32, i32 addrspace(3)* %1271
	%1273 = lshr i32 %1272, 0
	%1274 = and i32 %1273, 255
	%1275 = add i32 %1274, 0
	%1276 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1275
	%1277 = load i32, i32 addrspace(3)* %1276
	%1278 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1274
	%1279 = load i32, i32 addrspace(3)* %1278
	%1280 = sub i32 %1268, %1279
	%1281 = add i32 %1277, %1280
	%1282 = sext i32 %1281 to i64
	%1283 = getelementptr i32, i32* %46, i64 %1282
	store i32 %1272, i32* %1283
	%1284 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1268
	%1285 = load i32, i32 addrspace(3)* %1284
	%1286 = sext i32 %1281 to i64
	%1287 = getelementptr i32, i32* %49, i64 %1286
	store i32 %1285, i32* %1287
	br label %1288

1288:
	%1289 = add i32 1280, %0
	%1290 = icmp slt i32 %1289, %1183
	br i1 %1290, label %1291, label %1309

1291:
	%1292 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1289
	%1293 = load i32, i32 addrspace(3)* %1292
	%1294 = lshr i32 %1293, 0
	%1295 = and i32 %1294, 255
	%1296 = add i32 %1295, 0
	%1297 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1296
	%1298 = load i32, i32 addrspace(3)* %1297
	%1299 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1295
	%1300 = load i32, i32 addrspace(3)* %1299
	%1301 = sub i32 %1289, %1300
	%1302 = add i32 %1298, %1301
	%1303 = sext i32 %1302 to i64
	%1304 = getelementptr i32, i32* %46, i64 %1303
	store i32 %1293, i32* %1304
	%1305 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1289
	%1306 = load i32, i32 addrspace(3)* %1305
	%1307 = sext i32 %1302 to i64
	%1308 = getelementptr i32, i32* %49, i64 %1307
	store i32 %1306, i32* %1308
	br label %1309

1309:
	%1310 = add i32 1536, %0
	%1311 = icmp slt i32 %1310, %1183
	br i1 %1311, label %1312, label %1330

1312:
	%1313 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1310
	%1314 = load i32, i32 addrspace(3)* %1313
	%1315 = lshr i32 %1314, 0
	%1316 = and i32 %1315, 255
	%1317 = add i32 %1316, 0
	%1318 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1317
	%1319 = load i32, i32 addrspace(3)* %1318
	%1320 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1316
	%1321 = load i32, i32 addrspace(3)* %1320
	%1322 = sub i32 %1310, %1321
	%1323 = add i32 %1319, %1322
	%1324 = sext i32 %1323 to i64
	%1325 = getelementptr i32, i32* %46, i64 %1324
	store i32 %1314, i32* %1325
	%1326 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1310
	%1327 = load i32, i32 addrspace(3)* %1326
	%1328 = sext i32 %1323 to i64
	%1329 = getelementptr i32, i32* %49, i64 %1328
	store i32 %1327, i32* %1329
	br label %1330

1330:
	%1331 = add i32 1792, %0
	%1332 = icmp slt i32 %1331, %1183
	br i1 %1332, label %1333, label %1351

1333:
	%1334 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1331
	%1335 = load i32, i32 addrspace(3)* %1334
	%1336 = lshr i32 %1335, 0
	%1337 = and i32 %1336, 255
	%1338 = add i32 %1337, 0
	%1339 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1338
	%1340 = load i32, i32 addrspace(3)* %1339
	%1341 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1337
	%1342 = load i32, i32 addrspace(3)* %1341
	%1343 = sub i32 %1331, %1342
	%1344 = add i32 %1340, %1343
	%1345 = sext i32 %1344 to i64
	%1346 = getelementptr i32, i32* %46, i64 %1345
	store i32 %1335, i32* %1346
	%1347 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1331
	%1348 = load i32, i32 addrspace(3)* %1347
	%1349 = sext i32 %1344 to i64
	%1350 = getelementptr i32, i32* %49, i64 %1349
	store i32 %1348, i32* %1350
	br label %1351

1351:
	call void @llvm.nvvm.barrier0()
	%1352 = add i32 %0, 0
	%1353 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1352
	%1354 = load i32, i32 addrspace(3)* %1353
	%1355 = add i32 %1354, %991
	%1356 = add i32 %0, 0
	%1357 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1356
	store i32 %1355, i32 addrspace(3)* %1357
	%1358 = add i32 %609, 2048
	br label %608

1359:
	%1360 = phi i32 [ 0, %617 ], [ %2109, %2102 ]
	%1361 = icmp slt i32 %1360, %9
	br i1 %1361, label %1362, label %1368

1362:
	%1363 = mul i32 %4, 256
	%1364 = add i32 %1363, %3
	%1365 = add i32 %1360, %1364
	%1366 = add i32 %1365, 0
	%1367 = icmp slt i32 %1366, %9
	br i1 %1367, label %1369, label %1376

1368:
	call void @llvm.nvvm.barrier0()
	br label %2110

1369:
	%1370 = sext i32 %1366 to i64
	%1371 = getelementptr i32, i32* %46, i64 %1370
	%1372 = load i32, i32* %1371
	%1373 = sext i32 %1366 to i64
	%1374 = getelementptr i32, i32* %49, i64 %1373
	%1375 = load i32, i32* %1374
	br label %1376

1376:
	%1377 = phi i32 [ 0, %1362 ], [ %1372, %1369 ]
	%1378 = phi i32 [ 0, %1362 ], [ %1375, %1369 ]
	%1379 = lshr i32 %1377, 8
	%1380 = and i32 %1379, 255
	%1381 = add i32 %1365, 32
	%1382 = icmp slt i32 %1381, %9
	br i1 %1382, label %1383, label %1390

1383:
	%1384 = sext i32 %1381 to i64
	%1385 = getelementptr i32, i32* %46, i64 %1384
	%1386 = load i32, i32* %1385
	%1387 = sext i32 %1381 to i64
	%1388 = getelementptr i32, i32* %49, i64 %1387
	%1389 = load i32, i32* %1388
	br label %1390

1390:
	%1391 = phi i32 [ 0, %1376 ], [ %1386, %1383 ]
	%1392 = phi i32 [ 0, %1376 ], [ %1389, %1383 ]
	%1393 = lshr i32 %1391, 8
	%1394 = and i32 %1393, 255
	%1395 = add i32 %1365, 64
	%1396 = icmp slt i32 %1395, %9
	br i1 %1396, label %1397, label %1404

1397:
	%1398 = sext i32 %1395 to i64
	%1399 = getelementptr i32, i32* %46, i64 %1398
	%1400 = load i32, i32* %1399
	%1401 = sext i32 %1395 to i64
	%1402 = getelementptr i32, i32* %49, i64 %1401
	%1403 = load i32, i32* %1402
	br label %1404

1404:
	%1405 = phi i32 [ 0, %1390 ], [ %1400, %1397 ]
	%1406 = phi i32 [ 0, %1390 ], [ %1403, %1397 ]
	%1407 = lshr i32 %1405, 8
	%1408 = and i32 %1407, 255
	%1409 = add i32 %1365, 96
	%1410 = icmp slt i32 %1409, %9
	br i1 %1410, label %1411, label %1418

1411:
	%1412 = sext i32 %1409 to i64
	%1413 = getelementptr i32, i32* %46, i64 %1412
	%1414 = load i32, i32* %1413
	%1415 = sext i32 %1409 to i64
	%1416 = getelementptr i32, i32* %49, i64 %1415
	%1417 = load i32, i32* %1416
	br label %1418

1418:
	%1419 = phi i32 [ 0, %1404 ], [ %1414, %1411 ]
	%1420 = phi i32 [ 0, %1404 ], [ %1417, %1411 ]
	%1421 = lshr i32 %1419, 8
	%1422 = and i32 %1421, 255
	%1423 = add i32 %1365, 128
	%1424 = icmp slt i32 %1423, %9
	br i1 %1424, label %1425, label %1432

1425:
	%1426 = sext i32 %1423 to i64
	%1427 = getelementptr i32, i32* %46, i64 %1426
	%1428 = load i32, i32* %1427
	%1429 = sext i32 %1423 to i64
	%1430 = getelementptr i32, i32* %49, i64 %1429
	%1431 = load i32, i32* %1430
	br label %1432

1432:
	%1433 = phi i32 [ 0, %1418 ], [ %1428, %1425 ]
	%1434 = phi i32 [ 0, %1418 ], [ %1431, %1425 ]
	%1435 = lshr i32 %1433, 8
	%1436 = and i32 %1435, 255
	%1437 = add i32 %1365, 160
	%1438 = icmp slt i32 %1437, %9
	br i1 %1438, label %1439, label %1446

1439:
	%1440 = sext i32 %1437 to i64
	%1441 = getelementptr i32, i32* %46, i64 %1440
	%1442 = load i32, i32* %1441
	%1443 = sext i32 %1437 to i64
	%1444 = getelementptr i32, i32* %49, i64 %1443
	%1445 = load i32, i32* %1444
	br label %1446

1446:
	%1447 = phi i32 [ 0, %1432 ], [ %1442, %1439 ]
	%1448 = phi i32 [ 0, %1432 ], [ %1445, %1439 ]
	%1449 = lshr i32 %1447, 8
	%1450 = and i32 %1449, 255
	%1451 = add i32 %1365, 192
	%1452 = icmp slt i32 %1451, %9
	br i1 %1452, label %1453, label %1460

1453:
	%1454 = sext i32 %1451 to i64
	%1455 = getelementptr i32, i32* %46, i64 %1454
	%1456 = load i32, i32* %1455
	%1457 = sext i32 %1451 to i64
	%1458 = getelementptr i32, i32* %49, i64 %1457
	%1459 = load i32, i32* %1458
	br label %1460

1460:
	%1461 = phi i32 [ 0, %1446 ], [ %1456, %1453 ]
	%1462 = phi i32 [ 0, %1446 ], [ %1459, %1453 ]
	%1463 = lshr i32 %1461, 8
	%1464 = and i32 %1463, 255
	%1465 = add i32 %1365, 224
	%1466 = icmp slt i32 %1465, %9
	br i1 %1466, label %1467, label %1474

1467:
	%1468 = sext i32 %1465 to i64
	%1469 = getelementptr i32, i32* %46, i64 %1468
	%1470 = load i32, i32* %1469
	%1471 = sext i32 %1465 to i64
	%1472 = getelementptr i32, i32* %49, i64 %1471
	%1473 = load i32, i32* %1472
	br label %1474

1474:
	%1475 = phi i32 [ 0, %1460 ], [ %1470, %1467 ]
	%1476 = phi i32 [ 0, %1460 ], [ %1473, %1467 ]
	%1477 = lshr i32 %1475, 8
	%1478 = and i32 %1477, 255
	%1479 = select i1 %1367, i32 %1380, i32 256
	%1480 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1479)
	%1481 = and i32 %1480, %607
	%1482 = call i32 @llvm.ctpop.i32(i32 %1481)
	br i1 %1367, label %1483, label %1488

1483:
	%1484 = mul i32 %4, 256
	%1485 = add i32 %1484, %1380
	%1486 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1485
	%1487 = load i32, i32 addrspace(3)* %1486
	br label %1488

1488:
	%1489 = phi i32 [ 0, %1474 ], [ %1487, %1483 ]
	%1490 = add i32 %1489, %1482
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1491 = icmp eq i32 %1482, 0
	%1492 = and i1 %1367, %1491
	br i1 %1492, label %1493, label %1499

1493:
	%1494 = call i32 @llvm.ctpop.i32(i32 %1480)
	%1495 = add i32 %1489, %1494
	%1496 = mul i32 %4, 256
	%1497 = add i32 %1496, %1380
	%1498 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1497
	store i32 %1495, i32 addrspace(3)* %1498
	br label %1499

1499:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1500 = select i1 %1382, i32 %1394, i32 256
	%1501 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1500)
	%1502 = and i32 %1501, %607
	%1503 = call i32 @llvm.ctpop.i32(i32 %1502)
	br i1 %1382, label %1504, label %1509

1504:
	%1505 = mul i32 %4, 256
	%1506 = add i32 %1505, %1394
	%1507 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1506
	%1508 = load i32, i32 addrspace(3)* %1507
	br label %1509

1509:
	%1510 = phi i32 [ 0, %1499 ], [ %1508, %1504 ]
	%1511 = add i32 %1510, %1503
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1512 = icmp eq i32 %1503, 0
	%1513 = and i1 %1382, %1512
	br i1 %1513, label %1514, label %1520

1514:
	%1515 = call i32 @llvm.ctpop.i32(i32 %1501)
	%1516 = add i32 %1510, %1515
	%1517 = mul i32 %4, 256
	%1518 = add i32 %1517, %1394
	%1519 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1518
	store i32 %1516, i32 addrspace(3)* %1519
	br label %1520

1520:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1521 = select i1 %1396, i32 %1408, i32 256
	%1522 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1521)
	%1523 = and i32 %1522, %607
	%1524 = call i32 @llvm.ctpop.i32(i32 %1523)
	br i1 %1396, label %1525, label %1530

1525:
	%1526 = mul i32 %4, 256
	%1527 = add i32 %1526, %1408
	%1528 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1527
	%1529 = load i32, i32 addrspace(3)* %1528
	br label %1530

1530:
	%1531 = phi i32 [ 0, %1520 ], [ %1529, %1525 ]
	%1532 = add i32 %1531, %1524
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1533 = icmp eq i32 %1524, 0
	%1534 = and i1 %1396, %1533
	br i1 %1534, label %1535, label %1541

1535:
	%1536 = call i32 @llvm.ctpop.i32(i32 %1522)
	%1537 = add i32 %1531, %1536
	%1538 = mul i32 %4, 256
	%1539 = add i32 %1538, %1408
	%1540 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1539
	store i32 %1537, i32 addrspace(3)* %1540
	br label %1541

1541:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1542 = select i1 %1410, i32 %1422, i32 256
	%1543 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1542)
	%1544 = and i32 %1543, %607
	%1545 = call i32 @llvm.ctpop.i32(i32 %1544)
	br i1 %1410, label %1546, label %1551

1546:
	%1547 = mul i32 %4, 256
	%1548 = add i32 %1547, %1422
	%1549 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1548
	%1550 = load i32, i32 addrspace(3)* %1549
	br label %1551

1551:
	%1552 = phi i32 [ 0, %1541 ], [ %1550, %1546 ]
	%1553 = add i32 %1552, %1545
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1554 = icmp eq i32 %1545, 0
	%1555 = and i1 %1410, %1554
	br i1 %1555, label %1556, label %1562

1556:
	%1557 = call i32 @llvm.ctpop.i32(i32 %1543)
	%1558 = add i32 %1552, %1557
	%1559 = mul i32 %4, 256
	%1560 = add i32 %1559, %1422
	%1561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1560
	store i32 %1558, i32 addrspace(3)* %1561
	br label %1562

1562:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1563 = select i1 %1424, i32 %1436, i32 256
	%1564 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1563)
	%1565 = and i32 %1564, %607
	%1566 = call i32 @llvm.ctpop.i32(i32 %1565)
	br i1 %1424, label %1567, label %1572

1567:
	%1568 = mul i32 %4, 256
	%1569 = add i32 %1568, %1436
	%1570 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1569
	%1571 = load i32, i32 addrspace(3)* %1570
	br label %1572

1572:
	%1573 = phi i32 [ 0, %1562 ], [ %1571, %1567 ]
	%1574 = add i32 %1573, %1566
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1575 = icmp eq i32 %1566, 0
	%1576 = and i1 %1424, %1575
	br i1 %1576, label %1577, label %1583

1577:
	%1578 = call i32 @llvm.ctpop.i32(i32 %1564)
	%1579 = add i32 %1573, %1578
	%1580 = mul i32 %4, 256
	%1581 = add i32 %1580, %1436
	%1582 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1581
	store i32 %1579, i32 addrspace(3)* %1582
	br label %1583

1583:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1584 = select i1 %1438, i32 %1450, i32 256
	%1585 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1584)
	%1586 = and i32 %1585, %607
	%1587 = call i32 @llvm.ctpop.i32(i32 %1586)
	br i1 %1438, label %1588, label %1593

1588:
	%1589 = mul i32 %4, 256
	%1590 = add i32 %1589, %1450
	%1591 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1590
	%1592 = load i32, i32 addrspace(3)* %1591
	br label %1593

1593:
	%1594 = phi i32 [ 0, %1583 ], [ %1592, %1588 ]
	%1595 = add i32 %1594, %1587
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1596 = icmp eq i32 %1587, 0
	%1597 = and i1 %1438, %1596
	br i1 %1597, label %1598, label %1604

1598:
	%1599 = call i32 @llvm.ctpop.i32(i32 %1585)
	%1600 = add i32 %1594, %1599
	%1601 = mul i32 %4, 256
	%1602 = add i32 %1601, %1450
	%1603 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1602
	store i32 %1600, i32 addrspace(3)* %1603
	br label %1604

1604:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1605 = select i1 %1452, i32 %1464, i32 256
	%1606 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1605)
	%1607 = and i32 %1606, %607
	%1608 = call i32 @llvm.ctpop.i32(i32 %1607)
	br i1 %1452, label %1609, label %1614

1609:
	%1610 = mul i32 %4, 256
	%1611 = add i32 %1610, %1464
	%1612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1611
	%1613 = load i32, i32 addrspace(3)* %1612
	br label %1614

1614:
	%1615 = phi i32 [ 0, %1604 ], [ %1613, %1609 ]
	%1616 = add i32 %1615, %1608
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1617 = icmp eq i32 %1608, 0
	%1618 = and i1 %1452, %1617
	br i1 %1618, label %1619, label %1625

1619:
	%1620 = call i32 @llvm.ctpop.i32(i32 %1606)
	%1621 = add i32 %1615, %1620
	%1622 = mul i32 %4, 256
	%1623 = add i32 %1622, %1464
	%1624 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1623
	store i32 %1621, i32 addrspace(3)* %1624
	br label %1625

1625:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1626 = select i1 %1466, i32 %1478, i32 256
	%1627 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1626)
	%1628 = and i32 %1627, %607
	%1629 = call i32 @llvm.ctpop.i32(i32 %1628)
	br i1 %1466, label %1630, label %1635

1630:
	%1631 = mul i32 %4, 256
	%1632 = add i32 %1631, %1478
	%1633 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1632
	%1634 = load i32, i32 addrspace(3)* %1633
	br label %1635

1635:
	%1636 = phi i32 [ 0, %1625 ], [ %1634, %1630 ]
	%1637 = add i32 %1636, %1629
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1638 = icmp eq i32 %1629, 0
	%1639 = and i1 %1466, %1638
	br i1 %1639, label %1640, label %1646

1640:
	%1641 = call i32 @llvm.ctpop.i32(i32 %1627)
	%1642 = add i32 %1636, %1641
	%1643 = mul i32 %4, 256
	%1644 = add i32 %1643, %1478
	%1645 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1644
	store i32 %1642, i32 addrspace(3)* %1645
	br label %1646

1646:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%1647 = mul i32 0, 256
	%1648 = add i32 %1647, %0
	%1649 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1648
	%1650 = load i32, i32 addrspace(3)* %1649
	%1651 = mul i32 0, 256
	%1652 = add i32 %1651, %0
	%1653 = add i32 2048, %1652
	%1654 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1653
	store i32 0, i32 addrspace(3)* %1654
	%1655 = mul i32 0, 256
	%1656 = add i32 %1655, %0
	%1657 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1656
	store i32 0, i32 addrspace(3)* %1657
	%1658 = add i32 0, %1650
	%1659 = mul i32 1, 256
	%1660 = add i32 %1659, %0
	%1661 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1660
	%1662 = load i32, i32 addrspace(3)* %1661
	%1663 = mul i32 1, 256
	%1664 = add i32 %1663, %0
	%1665 = add i32 2048, %1664
	%1666 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1665
	store i32 %1658, i32 addrspace(3)* %1666
	%1667 = mul i32 1, 256
	%1668 = add i32 %1667, %0
	%1669 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1668
	store i32 0, i32 addrspace(3)* %1669
	%1670 = add i32 %1658, %1662
	%1671 = mul i32 2, 256
	%1672 = add i32 %1671, %0
	%1673 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1672
	%1674 = load i32, i32 addrspace(3)* %1673
	%1675 = mul i32 2, 256
	%1676 = add i32 %1675, %0
	%1677 = add i32 2048, %1676
	%1678 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1677
	store i32 %1670, i32 addrspace(3)* %1678
	%1679 = mul i32 2, 256
	%1680 = add i32 %1679, %0
	%1681 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1680
	store i32 0, i32 addrspace(3)* %1681
	%1682 = add i32 %1670, %1674
	%1683 = mul i32 3, 256
	%1684 = add i32 %1683, %0
	%1685 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1684
	%1686 = load i32, i32 addrspace(3)* %1685
	%1687 = mul i32 3, 256
	%1688 = add i32 %1687, %0
	%1689 = add i32 2048, %1688
	%1690 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1689
	store i32 %1682, i32 addrspace(3)* %1690
	%1691 = mul i32 3, 256
	%1692 = add i32 %1691, %0
	%1693 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1692
	store i32 0, i32 addrspace(3)* %1693
	%1694 = add i32 %1682, %1686
	%1695 = mul i32 4, 256
	%1696 = add i32 %1695, %0
	%1697 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1696
	%1698 = load i32, i32 addrspace(3)* %1697
	%1699 = mul i32 4, 256
	%1700 = add i32 %1699, %0
	%1701 = add i32 2048, %1700
	%1702 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1701
	store i32 %1694, i32 addrspace(3)* %1702
	%1703 = mul i32 4, 256
	%1704 = add i32 %1703, %0
	%1705 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1704
	store i32 0, i32 addrspace(3)* %1705
	%1706 = add i32 %1694, %1698
	%1707 = mul i32 5, 256
	%1708 = add i32 %1707, %0
	%1709 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1708
	%1710 = load i32, i32 addrspace(3)* %1709
	%1711 = mul i32 5, 256
	%1712 = add i32 %1711, %0
	%1713 = add i32 2048, %1712
	%1714 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1713
	store i32 %1706, i32 addrspace(3)* %1714
	%1715 = mul i32 5, 256
	%1716 = add i32 %1715, %0
	%1717 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1716
	store i32 0, i32 addrspace(3)* %1717
	%1718 = add i32 %1706, %1710
	%1719 = mul i32 6, 256
	%1720 = add i32 %1719, %0
	%1721 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1720
	%1722 = load i32, i32 addrspace(3)* %1721
	%1723 = mul i32 6, 256
	%1724 = add i32 %1723, %0
	%1725 = add i32 2048, %1724
	%1726 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1725
	store i32 %1718, i32 addrspace(3)* %1726
	%1727 = mul i32 6, 256
	%1728 = add i32 %1727, %0
	%1729 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1728
	store i32 0, i32 addrspace(3)* %1729
	%1730 = add i32 %1718, %1722
	%1731 = mul i32 7, 256
	%1732 = add i32 %1731, %0
	%1733 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1732
	%1734 = load i32, i32 addrspace(3)* %1733
	%1735 = mul i32 7, 256
	%1736 = add i32 %1735, %0
	%1737 = add i32 2048, %1736
	%1738 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1737
	store i32 %1730, i32 addrspace(3)* %1738
	%1739 = mul i32 7, 256
	%1740 = add i32 %1739, %0
	%1741 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1740
	store i32 0, i32 addrspace(3)* %1741
	%1742 = add i32 %1730, %1734
	call void @llvm.nvvm.barrier0()
	%1743 = select i1 %1367, i32 %1380, i32 0
	%1744 = mul i32 %4, 256
	%1745 = add i32 %1744, %1743
	%1746 = add i32 2048, %1745
	%1747 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1746
	%1748 = load i32, i32 addrspace(3)* %1747
	%1749 = add i32 %1490, %1748
	%1750 = select i1 %1382, i32 %1394, i32 0
	%1751 = mul i32 %4, 256
	%1752 = add i32 %1751, %1750
	%1753 = add i32 2048, %1752
	%1754 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1753
	%1755 = load i32, i32 addrspace(3)* %1754
	%1756 = add i32 %1511, %1755
	%1757 = select i1 %1396, i32 %1408, i32 0
	%1758 = mul i32 %4, 256
	%1759 = add i32 %1758, %1757
	%1760 = add i32 2048, %1759
	%1761 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1760
	%1762 = load i32, i32 addrspace(3)* %1761
	%1763 = add i32 %1532, %1762
	%1764 = select i1 %1410, i32 %1422, i32 0
	%1765 = mul i32 %4, 256
	%1766 = add i32 %1765, %1764
	%1767 = add i32 2048, %1766
	%1768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1767
	%1769 = load i32, i32 addrspace(3)* %1768
	%1770 = add i32 %1553, %1769
	%1771 = select i1 %1424, i32 %1436, i32 0
	%1772 = mul i32 %4, 256
	%1773 = add i32 %1772, %1771
	%1774 = add i32 2048, %1773
	%1775 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1774
	%1776 = load i32, i32 addrspace(3)* %1775
	%1777 = add i32 %1574, %1776
	%1778 = select i1 %1438, i32 %1450, i32 0
	%1779 = mul i32 %4, 256
	%1780 = add i32 %1779, %1778
	%1781 = add i32 2048, %1780
	%1782 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1781
	%1783 = load i32, i32 addrspace(3)* %1782
	%1784 = add i32 %1595, %1783
	%1785 = select i1 %1452, i32 %1464, i32 0
	%1786 = mul i32 %4, 256
	%1787 = add i32 %1786, %1785
	%1788 = add i32 2048, %1787
	%1789 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1788
	%1790 = load i32, i32 addrspace(3)* %1789
	%1791 = add i32 %1616, %1790
	%1792 = select i1 %1466, i32 %1478, i32 0
	%1793 = mul i32 %4, 256
	%1794 = add i32 %1793, %1792
	%1795 = add i32 2048, %1794
	%1796 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1795
	%1797 = load i32, i32 addrspace(3)* %1796
	%1798 = add i32 %1637, %1797
	%1799 = and i32 %0, 31
	%1800 = lshr i32 %0, 5
	%1801 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1742, i32 1, i32 0)
	%1802 = icmp uge i32 %1799, 1
	%1803 = select i1 %1802, i32 %1801, i32 0
	%1804 = add i32 %1742, %1803
	%1805 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1804, i32 2, i32 0)
	%1806 = icmp uge i32 %1799, 2
	%1807 = select i1 %1806, i32 %1805, i32 0
	%1808 = add i32 %1804, %1807
	%1809 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1808, i32 4, i32 0)
	%1810 = icmp uge i32 %1799, 4
	%1811 = select i1 %1810, i32 %1809, i32 0
	%1812 = add i32 %1808, %1811
	%1813 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1812, i32 8, i32 0)
	%1814 = icmp uge i32 %1799, 8
	%1815 = select i1 %1814, i32 %1813, i32 0
	%1816 = add i32 %1812, %1815
	%1817 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1816, i32 16, i32 0)
	%1818 = icmp uge i32 %1799, 16
	%1819 = select i1 %1818, i32 %1817, i32 0
	%1820 = add i32 %1816, %1819
	%1821 = icmp eq i32 %1799, 31
	br i1 %1821, label %1822, label %1824

1822:
	%1823 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %1800
	store i32 %1820, i32 addrspace(3)* %1823
	br label %1824

1824:
	call void @llvm.nvvm.barrier0()
	%1825 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%1826 = load i32, i32 addrspace(3)* %1825
	%1827 = icmp sgt i32 %1800, 0
	%1828 = select i1 %1827, i32 %1826, i32 0
	%1829 = add i32 0, %1828
	%1830 = add i32 0, %1826
	%1831 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%1832 = load i32, i32 addrspace(3)* %1831
	%1833 = icmp sgt i32 %1800, 1
	%1834 = select i1 %1833, i32 %1832, i32 0
	%1835 = add i32 %1829, %1834
	%1836 = add i32 %1830, %1832
	%1837 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%1838 = load i32, i32 addrspace(3)* %1837
	%1839 = icmp sgt i32 %1800, 2
	%1840 = select i1 %1839, i32 %1838, i32 0
	%1841 = add i32 %1835, %1840
	%1842 = add i32 %1836, %1838
	%1843 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%1844 = load i32, i32 addrspace(3)* %1843
	%1845 = icmp sgt i32 %1800, 3
	%1846 = select i1 %1845, i32 %1844, i32 0
	%1847 = add i32 %1841, %1846
	%1848 = add i32 %1842, %1844
	%1849 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%1850 = load i32, i32 addrspace(3)* %1849
	%1851 = icmp sgt i32 %1800, 4
	%1852 = select i1 %1851, i32 %1850, i32 0
	%1853 = add i32 %1847, %1852
	%1854 = add i32 %1848, %1850
	%1855 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%1856 = load i32, i32 addrspace(3)* %1855
	%1857 = icmp sgt i32 %1800, 5
	%1858 = select i1 %1857, i32 %1856, i32 0
	%1859 = add i32 %1853, %1858
	%1860 = add i32 %1854, %1856
	%1861 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%1862 = load i32, i32 addrspace(3)* %1861
	%1863 = icmp sgt i32 %1800, 6
	%1864 = select i1 %1863, i32 %1862, i32 0
	%1865 = add i32 %1859, %1864
	%1866 = add i32 %1860, %1862
	%1867 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%1868 = load i32, i32 addrspace(3)* %1867
	%1869 = icmp sgt i32 %1800, 7
	%1870 = select i1 %1869, i32 %1868, i32 0
	%1871 = add i32 %1865, %1870
	%1872 = add i32 %1866, %1868
	%1873 = add i32 %1871, %1820
	%1874 = sub i32 %1873, %1742
	%1875 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %1874, i32 addrspace(3)* %1875
	call void @llvm.nvvm.barrier0()
	br i1 %1367, label %1876, label %1882

1876:
	%1877 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1380
	%1878 = load i32, i32 addrspace(3)* %1877
	%1879 = add i32 %1878, %1749
	%1880 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1879
	store i32 %1377, i32 addrspace(3)* %1880
	%1881 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1879
	store i32 %1378, i32 addrspace(3)* %1881
	br label %1882

1882:
	br i1 %1382, label %1883, label %1889

1883:
	%1884 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1394
	%1885 = load i32, i32 addrspace(3)* %1884
	%1886 = add i32 %1885, %1756
	%1887 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1886
	store i32 %1391, i32 addrspace(3)* %1887
	%1888 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1886
	store i32 %1392, i32 addrspace(3)* %1888
	br label %1889

1889:
	br i1 %1396, label %1890, label %1896

1890:
	%1891 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1408
	%1892 = load i32, i32 addrspace(3)* %1891
	%1893 = add i32 %1892, %1763
	%1894 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1893
	store i32 %1405, i32 addrspace(3)* %1894
	%1895 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1893
	store i32 %1406, i32 addrspace(3)* %1895
	br label %1896

1896:
	br i1 %1410, label %1897, label %1903

1897:
	%1898 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1422
	%1899 = load i32, i32 addrspace(3)* %1898
	%1900 = add i32 %1899, %1770
	%1901 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1900
	store i32 %1419, i32 addrspace(3)* %1901
	%1902 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1900
	store i32 %1420, i32 addrspace(3)* %1902
	br label %1903

1903:
	br i1 %1424, label %1904, label %1910

1904:
	%1905 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1436
	%1906 = load i32, i32 addrspace(3)* %1905
	%1907 = add i32 %1906, %1777
	%1908 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1907
	store i32 %1433, i32 addrspace(3)* %1908
	%1909 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1907
	store i32 %1434, i32 addrspace(3)* %1909
	br label %1910

1910:
	br i1 %1438, label %1911, label %1917

1911:
	%1912 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1450
	%1913 = load i32, i32 addrspace(3)* %1912
	%1914 = add i32 %1913, %1784
	%1915 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1914
	store i32 %1447, i32 addrspace(3)* %1915
	%1916 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1914
	store i32 %1448, i32 addrspace(3)* %1916
	br label %1917

1917:
	br i1 %1452, label %1918, label %1924

1918:
	%1919 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1464
	%1920 = load i32, i32 addrspace(3)* %1919
	%1921 = add i32 %1920, %1791
	%1922 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1921
	store i32 %1461, i32 addrspace(3)* %1922
	%1923 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1921
	store i32 %1462, i32 addrspace(3)* %1923
	br label %1924

1924:
	br i1 %1466, label %1925, label %1931

1925:
	%1926 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1478
	%1927 = load i32, i32 addrspace(3)* %1926
	%1928 = add i32 %1927, %1798
	%1929 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1928
	store i32 %1475, i32 addrspace(3)* %1929
	%1930 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1928
	store i32 %1476, i32 addrspace(3)* %1930
	br label %1931

1931:
	call void @llvm.nvvm.barrier0()
	%1932 = sub i32 %9, %1360
	%1933 = icmp slt i32 2048, %1932
	%1934 = select i1 %1933, i32 2048, i32 %1932
	%1935 = add i32 0, %0
	%1936 = icmp slt i32 %1935, %1934
	br i1 %1936, label %1937, label %1955

1937:
	%1938 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1935
	%1939 = load i32, i32 addrspace(3)* %1938
	%1940 = lshr i32 %1939, 8
	%1941 = and i32 %1940, 255
	%1942 = add i32 %1941, 256
	%1943 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1942
	%1944 = load i32, i32 addrspace(3)* %1943
	%1945 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1941
	%1946 = load i32, i32 addrspace(3)* %1945
	%1947 = sub i32 %1935, %1946
	%1948 = add i32 %1944, %1947
	%1949 = sext i32 %1948 to i64
	%1950 = getelementptr i32, i32* %44, i64 %1949
	store i32 %1939, i32* %1950
	%1951 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1935
	%1952 = load i32, i32 addrspace(3)* %1951
	%1953 = sext i32 %1948 to i64
	%1954 = getelementptr i32, i32* %15, i64 %1953
	store i32 %1952, i32* %1954
	br label %1955

1955:
	%1956 = add i32 256, %0
	%1957 = icmp slt i32 %1956, %1934
	br i1 %1957, label %1958, label %1976

1958:
	%1959 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1956
	%1960 = load i32, i32 addrspace(3)* %1959
	%1961 = lshr i32 %1960, 8
	%1962 = and i32 %1961, 255
	%1963 = add i32 %1962, 256
	%1964 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1963
	%1965 = load i32, i32 addrspace(3)* %1964
	%1966 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1962
	%1967 = load i32, i32 addrspace(3)* %1966
	%1968 = sub i32 %1956, %1967
	%1969 = add i32 %1965, %1968
	%1970 = sext i32 %1969 to i64
	%1971 = getelementptr i32, i32* %44, i64 %1970
	store i32 %1960, i32* %1971
	%1972 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1956
	%1973 = load i32, i32 addrspace(3)* %1972
	%1974 = sext i32 %1969 to i64
	%1975 = getelementptr i32, i32* %15, i64 %1974
	store i32 %1973, i32* %1975
	br label %1976

1976:
	%1977 = add i32 512, %0
	%1978 = icmp slt i32 %1977, %1934
	br i1 %1978, label %1979, label %1997

1979:
	%1980 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1977
	%1981 = load i32, i32 addrspace(3)* %1980
	%1982 = lshr i32 %1981, 8
	%1983 = and i32 %1982, 255
	%1984 = add i32 %1983, 256
	%1985 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1984
	%1986 = load i32, i32 addrspace(3)* %1985
	%1987 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1983
	%1988 = load i32, i32 addrspace(3)* %1987
	%1989 = sub i32 %1977, %1988
	%1990 = add i32 %1986, %1989
	%1991 = sext i32 %1990 to i64
	%1992 = getelementptr i32, i32* %44, i64 %1991
	store i32 %1981, i32* %1992
	%1993 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1977
	%1994 = load i32, i32 addrspace(3)* %1993
	%1995 = sext i32 %1990 to i64
	%1996 = getelementptr i32, i32* %15, i64 %1995
	store i32 %1994, i32* %1996
	br label %1997

1997:
	%1998 = add i32 768, %0
	%1999 = icmp slt i32 %1998, %1934
	br i1 %1999, label %2000, label %2018

2000:
	%2001 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1998
	%2002 = load i32, i32 addrspace(3)* %2001
	%2003 = lshr i32 %2002, 8
	%2004 = and i32 %2003, 255
	%2005 = add i32 %2004, 256
	%2006 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2005
	%2007 = load i32, i32 addrspace(3)* %2006
	%2008 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2004
	%2009 = load i32, i32 addrspace(3)* %2008
	%2010 = sub i32 %1998, %2009
	%2011 = add i32 %2007, %2010
	%2012 = sext i32 %2011 to i64
	%2013 = getelementptr i32, i32* %44, i64 %2012
	store i32 %2002, i32* %2013
	%2014 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1998
	%2015 = load i32, i32 addrspace(3)* %2014
	%2016 = sext i32 %2011 to i64
	%2017 = getelementptr i32, i32* %15, i64 %2016
	store i32 %2015, i32* %2017
	br label %2018

2018:
	%2019 = add i32 1024, %0
	%2020 = icmp slt i32 %2019, %1934
	br i1 %2020, label %2021, label %2039

2021:
	%2022 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2019
	%2023 = load i32, i32 addrspace(3)* %2022
	%2024 = lshr i32 %2023, 8
	%2025 = and i32 %2024, 255
	%2026 = add i32 %2025, 256
	%2027 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2026
	%2028 = load i32, i32 addrspace(3)* %2027
	%2029 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2025
	%2030 = load i32, i32 addrspace(3)* %2029
	%2031 = sub i32 %2019, %2030
	%2032 = add i32 %2028, %2031
	%2033 = sext i32 %2032 to i64
	%2034 = getelementptr i32, i32* %44, i64 %2033
	store i32 %2023, i32* %2034
	%2035 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2019
	%2036 = load i32, i32 addrspace(3)* %2035
	%2037 = sext i32 %2032 to i64
	%2038 = getelementptr i32, i32* %15, i64 %2037
	store i32 %2036, i32* %2038
	br label %2039

2039:
	%2040 = add i32 1280, %0
	%2041 = icmp slt i32 %2040, %1934
	br i1 %2041, label %2042, label %2060

2042:
	%2043 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2040
	%2044 = load i32, i32 addrspace(3)* %2043
	%2045 = lshr i32 %2044, 8
	%2046 = and i32 %2045, 255
	%2047 = add i32 %2046, 256
	%2048 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2047
	%2049 = load i32, i32 addrspace(3)* %2048
	%2050 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2046
	%2051 = load i32, i32 addrspace(3)* %2050
	%2052 = sub i32 %2040, %2051
	%2053 = add i32 %2049, %2052
	%2054 = sext i32 %2053 to i64
	%2055 = getelementptr i32, i32* %44, i64 %2054
	store i32 %2044, i32* %2055
	%2056 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2040
	%2057 = load i32, i32 addrspace(3)* %2056
	%2058 = sext i32 %2053 to i64
	%2059 = getelementptr i32, i32* %15, i64 %2058
	store i32 %2057, i32* %2059
	br label %2060

2060:
	%2061 = add i32 1536, %0
	%2062 = icmp slt i32 %2061, %1934
	br i1 %2062, label %2063, label %2081

2063:
	%2064 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2061
	%2065 = load i32, i32 addrspace(3)* %2064
	%2066 = lshr i32 %2065, 8
	%2067 = and i32 %2066, 255
	%2068 = add i32 %2067, 256
	%2069 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2068
	%2070 = load i32, i32 addrspace(3)* %2069
	%2071 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2067
	%2072 = load i32, i32 addrspace(3)* %2071
	%2073 = sub i32 %2061, %2072
	%2074 = add i32 %2070, %2073
	%2075 = sext i32 %2074 to i64
	%2076 = getelementptr i32, i32* %44, i64 %2075
	store i32 %2065, i32* %2076
	%2077 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2061
	%2078 = load i32, i32 addrspace(3)* %2077
	%2079 = sext i32 %2074 to i64
	%2080 = getelementptr i32, i32* %15, i64 %2079
	store i32 %2078, i32* %2080
	br label %2081

2081:
	%2082 = add i32 1792, %0
	%2083 = icmp slt i32 %2082, %1934
	br i1 %2083, label %2084, label %2102

2084:
	%2085 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2082
	%2086 = load i32, i32 addrspace(3)* %2085
	%2087 = lshr i32 %2086, 8
	%2088 = and i32 %2087, 255
	%2089 = add i32 %2088, 256
	%2090 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2089
	%2091 = load i32, i32 addrspace(3)* %2090
	%2092 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2088
	%2093 = load i32, i32 addrspace(3)* %2092
	%2094 = sub i32 %2082, %2093
	%2095 = add i32 %2091, %2094
	%2096 = sext i32 %2095 to i64
	%2097 = getelementptr i32, i32* %44, i64 %2096
	store i32 %2086, i32* %2097
	%2098 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2082
	%2099 = load i32, i32 addrspace(3)* %2098
	%2100 = sext i32 %2095 to i64
	%2101 = getelementptr i32, i32* %15, i64 %2100
	store i32 %2099, i32* %2101
	br label %2102

2102:
	call void @llvm.nvvm.barrier0()
	%2103 = add i32 %0, 256
	%2104 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2103
	%2105 = load i32, i32 addrspace(3)* %2104
	%2106 = add i32 %2105, %1742
	%2107 = add i32 %0, 256
	%2108 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2107
	store i32 %2106, i32 addrspace(3)* %2108
	%2109 = add i32 %1360, 2048
	br label %1359

2110:
	%2111 = phi i32 [ 0, %1368 ], [ %2860, %2853 ]
	%2112 = icmp slt i32 %2111, %9
	br i1 %2112, label %2113, label %2119

2113:
	%2114 = mul i32 %4, 256
	%2115 = add i32 %2114, %3
	%2116 = add i32 %2111, %2115
	%2117 = add i32 %2116, 0
	%2118 = icmp slt i32 %2117, %9
	br i1 %2118, label %2120, label %2127

2119:
	call void @llvm.nvvm.barrier0()
	br label %2861

2120:
	%2121 = sext i32 %2117 to i64
	%2122 = getelementptr i32, i32* %44, i64 %2121
	%2123 = load i32, i32* %2122
	%2124 = sext i32 %2117 to i64
	%2125 = getelementptr i32, i32* %15, i64 %2124
	%2126 = load i32, i32* %2125
	br label %2127

2127:
	%2128 = phi i32 [ 0, %2113 ], [ %2123, %2120 ]
	%2129 = phi i32 [ 0, %2113 ], [ %2126, %2120 ]
	%2130 = lshr i32 %2128, 16
	%2131 = and i32 %2130, 255
	%2132 = add i32 %2116, 32
	%2133 = icmp slt i32 %2132, %9
	br i1 %2133, label %2134, label %2141

2134:
	%2135 = sext i32 %2132 to i64
	%2136 = getelementptr i32, i32* %44, i64 %2135
	%2137 = load i32, i32* %2136
	%2138 = sext i32 %2132 to i64
	%2139 = getelementptr i32, i32* %15, i64 %2138
	%2140 = load i32, i32* %2139
	br label %2141

2141:
	%2142 = phi i32 [ 0, %2127 ], [ %2137, %2134 ]
	%2143 = phi i32 [ 0, %2127 ], [ %2140, %2134 ]
	%2144 = lshr i32 %2142, 16
	%2145 = and i32 %2144, 255
	%2146 = add i32 %2116, 64
	%2147 = icmp slt i32 %2146, %9
	br i1 %2147, label %2148, label %2155

2148:
	%2149 = sext i32 %2146 to i64
	%2150 = getelementptr i32, i32* %44, i64 %2149
	%2151 = load i32, i32* %2150
	%2152 = sext i32 %2146 to i64
	%2153 = getelementptr i32, i32* %15, i64 %2152
	%2154 = load i32, i32* %2153
	br label %2155

2155:
	%2156 = phi i32 [ 0, %2141 ], [ %2151, %2148 ]
	%2157 = phi i32 [ 0, %2141 ], [ %2154, %2148 ]
	%2158 = lshr i32 %2156, 16
	%2159 = and i32 %2158, 255
	%2160 = add i32 %2116, 96
	%2161 = icmp slt i32 %2160, %9
	br i1 %2161, label %2162, label %2169

2162:
	%2163 = sext i32 %2160 to i64
	%2164 = getelementptr i32, i32* %44, i64 %2163
	%2165 = load i32, i32* %2164
	%2166 = sext i32 %2160 to i64
	%2167 = getelementptr i32, i32* %15, i64 %2166
	%2168 = load i32, i32* %2167
	br label %2169

2169:
	%2170 = phi i32 [ 0, %2155 ], [ %2165, %2162 ]
	%2171 = phi i32 [ 0, %2155 ], [ %2168, %2162 ]
	%2172 = lshr i32 %2170, 16
	%2173 = and i32 %2172, 255
	%2174 = add i32 %2116, 128
	%2175 = icmp slt i32 %2174, %9
	br i1 %2175, label %2176, label %2183

2176:
	%2177 = sext i32 %2174 to i64
	%2178 = getelementptr i32, i32* %44, i64 %2177
	%2179 = load i32, i32* %2178
	%2180 = sext i32 %2174 to i64
	%2181 = getelementptr i32, i32* %15, i64 %2180
	%2182 = load i32, i32* %2181
	br label %2183

2183:
	%2184 = phi i32 [ 0, %2169 ], [ %2179, %2176 ]
	%2185 = phi i32 [ 0, %2169 ], [ %2182, %2176 ]
	%2186 = lshr i32 %2184, 16
	%2187 = and i32 %2186, 255
	%2188 = add i32 %2116, 160
	%2189 = icmp slt i32 %2188, %9
	br i1 %2189, label %2190, label %2197

2190:
	%2191 = sext i32 %2188 to i64
	%2192 = getelementptr i32, i32* %44, i64 %2191
	%2193 = load i32, i32* %2192
	%2194 = sext i32 %2188 to i64
	%2195 = getelementptr i32, i32* %15, i64 %2194
	%2196 = load i32, i32* %2195
	br label %2197

2197:
	%2198 = phi i32 [ 0, %2183 ], [ %2193, %2190 ]
	%2199 = phi i32 [ 0, %2183 ], [ %2196, %2190 ]
	%2200 = lshr i32 %2198, 16
	%2201 = and i32 %2200, 255
	%2202 = add i32 %2116, 192
	%2203 = icmp slt i32 %2202, %9
	br i1 %2203, label %2204, label %2211

2204:
	%2205 = sext i32 %2202 to i64
	%2206 = getelementptr i32, i32* %44, i64 %2205
	%2207 = load i32, i32* %2206
	%2208 = sext i32 %2202 to i64
	%2209 = getelementptr i32, i32* %15, i64 %2208
	%2210 = load i32, i32* %2209
	br label %2211

2211:
	%2212 = phi i32 [ 0, %2197 ], [ %2207, %2204 ]
	%2213 = phi i32 [ 0, %2197 ], [ %2210, %2204 ]
	%2214 = lshr i32 %2212, 16
	%2215 = and i32 %2214, 255
	%2216 = add i32 %2116, 224
	%2217 = icmp slt i32 %2216, %9
	br i1 %2217, label %2218, label %2225

2218:
	%2219 = sext i32 %2216 to i64
	%2220 = getelementptr i32, i32* %44, i64 %2219
	%2221 = load i32, i32* %2220
	%2222 = sext i32 %2216 to i64
	%2223 = getelementptr i32, i32* %15, i64 %2222
	%2224 = load i32, i32* %2223
	br label %2225

2225:
	%2226 = phi i32 [ 0, %2211 ], [ %2221, %2218 ]
	%2227 = phi i32 [ 0, %2211 ], [ %2224, %2218 ]
	%2228 = lshr i32 %2226, 16
	%2229 = and i32 %2228, 255
	%2230 = select i1 %2118, i32 %2131, i32 256
	%2231 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2230)
	%2232 = and i32 %2231, %607
	%2233 = call i32 @llvm.ctpop.i32(i32 %2232)
	br i1 %2118, label %2234, label %2239

2234:
	%2235 = mul i32 %4, 256
	%2236 = add i32 %2235, %2131
	%2237 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2236
	%2238 = load i32, i32 addrspace(3)* %2237
	br label %2239

2239:
	%2240 = phi i32 [ 0, %2225 ], [ %2238, %2234 ]
	%2241 = add i32 %2240, %2233
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2242 = icmp eq i32 %2233, 0
	%2243 = and i1 %2118, %2242
	br i1 %2243, label %2244, label %2250

2244:
	%2245 = call i32 @llvm.ctpop.i32(i32 %2231)
	%2246 = add i32 %2240, %2245
	%2247 = mul i32 %4, 256
	%2248 = add i32 %2247, %2131
	%2249 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2248
	store i32 %2246, i32 addrspace(3)* %2249
	br label %2250

2250:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2251 = select i1 %2133, i32 %2145, i32 256
	%2252 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2251)
	%2253 = and i32 %2252, %607
	%2254 = call i32 @llvm.ctpop.i32(i32 %2253)
	br i1 %2133, label %2255, label %2260

2255:
	%2256 = mul i32 %4, 256
	%2257 = add i32 %2256, %2145
	%2258 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2257
	%2259 = load i32, i32 addrspace(3)* %2258
	br label %2260

2260:
	%2261 = phi i32 [ 0, %2250 ], [ %2259, %2255 ]
	%2262 = add i32 %2261, %2254
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2263 = icmp eq i32 %2254, 0
	%2264 = and i1 %2133, %2263
	br i1 %2264, label %2265, label %2271

2265:
	%2266 = call i32 @llvm.ctpop.i32(i32 %2252)
	%2267 = add i32 %2261, %2266
	%2268 = mul i32 %4, 256
	%2269 = add i32 %2268, %2145
	%2270 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2269
	store i32 %2267, i32 addrspace(3)* %2270
	br label %2271

2271:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2272 = select i1 %2147, i32 %2159, i32 256
	%2273 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2272)
	%2274 = and i32 %2273, %607
	%2275 = call i32 @llvm.ctpop.i32(i32 %2274)
	br i1 %2147, label %2276, label %2281

2276:
	%2277 = mul i32 %4, 256
	%2278 = add i32 %2277, %2159
	%2279 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2278
	%2280 = load i32, i32 addrspace(3)* %2279
	br label %2281

2281:
	%2282 = phi i32 [ 0, %2271 ], [ %2280, %2276 ]
	%2283 = add i32 %2282, %2275
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2284 = icmp eq i32 %2275, 0
	%2285 = and i1 %2147, %2284
	br i1 %2285, label %2286, label %2292

2286:
	%2287 = call i32 @llvm.ctpop.i32(i32 %2273)
	%2288 = add i32 %2282, %2287
	%2289 = mul i32 %4, 256
	%2290 = add i32 %2289, %2159
	%2291 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2290
	store i32 %2288, i32 addrspace(3)* %2291
	br label %2292

2292:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2293 = select i1 %2161, i32 %2173, i32 256
	%2294 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2293)
	%2295 = and i32 %2294, %607
	%2296 = call i32 @llvm.ctpop.i32(i32 %2295)
	br i1 %2161, label %2297, label %2302

2297:
	%2298 = mul i32 %4, 256
	%2299 = add i32 %2298, %2173
	%2300 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2299
	%2301 = load i32, i32 addrspace(3)* %2300
	br label %2302

2302:
	%2303 = phi i32 [ 0, %2292 ], [ %2301, %2297 ]
	%2304 = add i32 %2303, %2296
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2305 = icmp eq i32 %2296, 0
	%2306 = and i1 %2161, %2305
	br i1 %2306, label %2307, label %2313

2307:
	%2308 = call i32 @llvm.ctpop.i32(i32 %2294)
	%2309 = add i32 %2303, %2308
	%2310 = mul i32 %4, 256
	%2311 = add i32 %2310, %2173
	%2312 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2311
	store i32 %2309, i32 addrspace(3)* %2312
	br label %2313

2313:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2314 = select i1 %2175, i32 %2187, i32 256
	%2315 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2314)
	%2316 = and i32 %2315, %607
	%2317 = call i32 @llvm.ctpop.i32(i32 %2316)
	br i1 %2175, label %2318, label %2323

2318:
	%2319 = mul i32 %4, 256
	%2320 = add i32 %2319, %2187
	%2321 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2320
	%2322 = load i32, i32 addrspace(3)* %2321
	br label %2323

2323:
	%2324 = phi i32 [ 0, %2313 ], [ %2322, %2318 ]
	%2325 = add i32 %2324, %2317
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2326 = icmp eq i32 %2317, 0
	%2327 = and i1 %2175, %2326
	br i1 %2327, label %2328, label %2334

2328:
	%2329 = call i32 @llvm.ctpop.i32(i32 %2315)
	%2330 = add i32 %2324, %2329
	%2331 = mul i32 %4, 256
	%2332 = add i32 %2331, %2187
	%2333 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2332
	store i32 %2330, i32 addrspace(3)* %2333
	br label %2334

2334:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2335 = select i1 %2189, i32 %2201, i32 256
	%2336 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2335)
	%2337 = and i32 %2336, %607
	%2338 = call i32 @llvm.ctpop.i32(i32 %2337)
	br i1 %2189, label %2339, label %2344

2339:
	%2340 = mul i32 %4, 256
	%2341 = add i32 %2340, %2201
	%2342 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2341
	%2343 = load i32, i32 addrspace(3)* %2342
	br label %2344

2344:
	%2345 = phi i32 [ 0, %2334 ], [ %2343, %2339 ]
	%2346 = add i32 %2345, %2338
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2347 = icmp eq i32 %2338, 0
	%2348 = and i1 %2189, %2347
	br i1 %2348, label %2349, label %2355

2349:
	%2350 = call i32 @llvm.ctpop.i32(i32 %2336)
	%2351 = add i32 %2345, %2350
	%2352 = mul i32 %4, 256
	%2353 = add i32 %2352, %2201
	%2354 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2353
	store i32 %2351, i32 addrspace(3)* %2354
	br label %2355

2355:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2356 = select i1 %2203, i32 %2215, i32 256
	%2357 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2356)
	%2358 = and i32 %2357, %607
	%2359 = call i32 @llvm.ctpop.i32(i32 %2358)
	br i1 %2203, label %2360, label %2365

2360:
	%2361 = mul i32 %4, 256
	%2362 = add i32 %2361, %2215
	%2363 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2362
	%2364 = load i32, i32 addrspace(3)* %2363
	br label %2365

2365:
	%2366 = phi i32 [ 0, %2355 ], [ %2364, %2360 ]
	%2367 = add i32 %2366, %2359
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2368 = icmp eq i32 %2359, 0
	%2369 = and i1 %2203, %2368
	br i1 %2369, label %2370, label %2376

2370:
	%2371 = call i32 @llvm.ctpop.i32(i32 %2357)
	%2372 = add i32 %2366, %2371
	%2373 = mul i32 %4, 256
	%2374 = add i32 %2373, %2215
	%2375 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2374
	store i32 %2372, i32 addrspace(3)* %2375
	br label %2376

2376:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2377 = select i1 %2217, i32 %2229, i32 256
	%2378 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2377)
	%2379 = and i32 %2378, %607
	%2380 = call i32 @llvm.ctpop.i32(i32 %2379)
	br i1 %2217, label %2381, label %2386

2381:
	%2382 = mul i32 %4, 256
	%2383 = add i32 %2382, %2229
	%2384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2383
	%2385 = load i32, i32 addrspace(3)* %2384
	br label %2386

2386:
	%2387 = phi i32 [ 0, %2376 ], [ %2385, %2381 ]
	%2388 = add i32 %2387, %2380
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2389 = icmp eq i32 %2380, 0
	%2390 = and i1 %2217, %2389
	br i1 %2390, label %2391, label %2397

2391:
	%2392 = call i32 @llvm.ctpop.i32(i32 %2378)
	%2393 = add i32 %2387, %2392
	%2394 = mul i32 %4, 256
	%2395 = add i32 %2394, %2229
	%2396 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2395
	store i32 %2393, i32 addrspace(3)* %2396
	br label %2397

2397:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%2398 = mul i32 0, 256
	%2399 = add i32 %2398, %0
	%2400 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2399
	%2401 = load i32, i32 addrspace(3)* %2400
	%2402 = mul i32 0, 256
	%2403 = add i32 %2402, %0
	%2404 = add i32 2048, %2403
	%2405 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2404
	store i32 0, i32 addrspace(3)* %2405
	%2406 = mul i32 0, 256
	%2407 = add i32 %2406, %0
	%2408 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2407
	store i32 0, i32 addrspace(3)* %2408
	%2409 = add i32 0, %2401
	%2410 = mul i32 1, 256
	%2411 = add i32 %2410, %0
	%2412 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2411
	%2413 = load i32, i32 addrspace(3)* %2412
	%2414 = mul i32 1, 256
	%2415 = add i32 %2414, %0
	%2416 = add i32 2048, %2415
	%2417 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2416
	store i32 %2409, i32 addrspace(3)* %2417
	%2418 = mul i32 1, 256
	%2419 = add i32 %2418, %0
	%2420 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2419
	store i32 0, i32 addrspace(3)* %2420
	%2421 = add i32 %2409, %2413
	%2422 = mul i32 2, 256
	%2423 = add i32 %2422, %0
	%2424 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2423
	%2425 = load i32, i32 addrspace(3)* %2424
	%2426 = mul i32 2, 256
	%2427 = add i32 %2426, %0
	%2428 = add i32 2048, %2427
	%2429 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2428
	store i32 %2421, i32 addrspace(3)* %2429
	%2430 = mul i32 2, 256
	%2431 = add i32 %2430, %0
	%2432 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2431
	store i32 0, i32 addrspace(3)* %2432
	%2433 = add i32 %2421, %2425
	%2434 = mul i32 3, 256
	%2435 = add i32 %2434, %0
	%2436 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2435
	%2437 = load i32, i32 addrspace(3)* %2436
	%2438 = mul i32 3, 256
	%2439 = add i32 %2438, %0
	%2440 = add i32 2048, %2439
	%2441 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2440
	store i32 %2433, i32 addrspace(3)* %2441
	%2442 = mul i32 3, 256
	%2443 = add i32 %2442, %0
	%2444 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2443
	store i32 0, i32 addrspace(3)* %2444
	%2445 = add i32 %2433, %2437
	%2446 = mul i32 4, 256
	%2447 = add i32 %2446, %0
	%2448 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2447
	%2449 = load i32, i32 addrspace(3)* %2448
	%2450 = mul i32 4, 256
	%2451 = add i32 %2450, %0
	%2452 = add i32 2048, %2451
	%2453 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2452
	store i32 %2445, i32 addrspace(3)* %2453
	%2454 = mul i32 4, 256
	%2455 = add i32 %2454, %0
	%2456 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2455
	store i32 0, i32 addrspace(3)* %2456
	%2457 = add i32 %2445, %2449
	%2458 = mul i32 5, 256
	%2459 = add i32 %2458, %0
	%2460 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2459
	%2461 = load i32, i32 addrspace(3)* %2460
	%2462 = mul i32 5, 256
	%2463 = add i32 %2462, %0
	%2464 = add i32 2048, %2463
	%2465 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2464
	store i32 %2457, i32 addrspace(3)* %2465
	%2466 = mul i32 5, 256
	%2467 = add i32 %2466, %0
	%2468 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2467
	store i32 0, i32 addrspace(3)* %2468
	%2469 = add i32 %2457, %2461
	%2470 = mul i32 6, 256
	%2471 = add i32 %2470, %0
	%2472 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2471
	%2473 = load i32, i32 addrspace(3)* %2472
	%2474 = mul i32 6, 256
	%2475 = add i32 %2474, %0
	%2476 = add i32 2048, %2475
	%2477 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2476
	store i32 %2469, i32 addrspace(3)* %2477
	%2478 = mul i32 6, 256
	%2479 = add i32 %2478, %0
	%2480 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2479
	store i32 0, i32 addrspace(3)* %2480
	%2481 = add i32 %2469, %2473
	%2482 = mul i32 7, 256
	%2483 = add i32 %2482, %0
	%2484 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2483
	%2485 = load i32, i32 addrspace(3)* %2484
	%2486 = mul i32 7, 256
	%2487 = add i32 %2486, %0
	%2488 = add i32 2048, %2487
	%2489 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2488
	store i32 %2481, i32 addrspace(3)* %2489
	%2490 = mul i32 7, 256
	%2491 = add i32 %2490, %0
	%2492 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2491
	store i32 0, i32 addrspace(3)* %2492
	%2493 = add i32 %2481, %2485
	call void @llvm.nvvm.barrier0()
	%2494 = select i1 %2118, i32 %2131, i32 0
	%2495 = mul i32 %4, 256
	%2496 = add i32 %2495, %2494
	%2497 = add i32 2048, %2496
	%2498 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2497
	%2499 = load i32, i32 addrspace(3)* %2498
	%2500 = add i32 %2241, %2499
	%2501 = select i1 %2133, i32 %2145, i32 0
	%2502 = mul i32 %4, 256
	%2503 = add i32 %2502, %2501
	%2504 = add i32 2048, %2503
	%2505 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2504
	%2506 = load i32, i32 addrspace(3)* %2505
	%2507 = add i32 %2262, %2506
	%2508 = select i1 %2147, i32 %2159, i32 0
	%2509 = mul i32 %4, 256
	%2510 = add i32 %2509, %2508
	%2511 = add i32 2048, %2510
	%2512 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2511
	%2513 = load i32, i32 addrspace(3)* %2512
	%2514 = add i32 %2283, %2513
	%2515 = select i1 %2161, i32 %2173, i32 0
	%2516 = mul i32 %4, 256
	%2517 = add i32 %2516, %2515
	%2518 = add i32 2048, %2517
	%2519 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2518
	%2520 = load i32, i32 addrspace(3)* %2519
	%2521 = add i32 %2304, %2520
	%2522 = select i1 %2175, i32 %2187, i32 0
	%2523 = mul i32 %4, 256
	%2524 = add i32 %2523, %2522
	%2525 = add i32 2048, %2524
	%2526 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2525
	%2527 = load i32, i32 addrspace(3)* %2526
	%2528 = add i32 %2325, %2527
	%2529 = select i1 %2189, i32 %2201, i32 0
	%2530 = mul i32 %4, 256
	%2531 = add i32 %2530, %2529
	%2532 = add i32 2048, %2531
	%2533 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2532
	%2534 = load i32, i32 addrspace(3)* %2533
	%2535 = add i32 %2346, %2534
	%2536 = select i1 %2203, i32 %2215, i32 0
	%2537 = mul i32 %4, 256
	%2538 = add i32 %2537, %2536
	%2539 = add i32 2048, %2538
	%2540 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2539
	%2541 = load i32, i32 addrspace(3)* %2540
	%2542 = add i32 %2367, %2541
	%2543 = select i1 %2217, i32 %2229, i32 0
	%2544 = mul i32 %4, 256
	%2545 = add i32 %2544, %2543
	%2546 = add i32 2048, %2545
	%2547 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2546
	%2548 = load i32, i32 addrspace(3)* %2547
	%2549 = add i32 %2388, %2548
	%2550 = and i32 %0, 31
	%2551 = lshr i32 %0, 5
	%2552 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2493, i32 1, i32 0)
	%2553 = icmp uge i32 %2550, 1
	%2554 = select i1 %2553, i32 %2552, i32 0
	%2555 = add i32 %2493, %2554
	%2556 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2555, i32 2, i32 0)
	%2557 = icmp uge i32 %2550, 2
	%2558 = select i1 %2557, i32 %2556, i32 0
	%2559 = add i32 %2555, %2558
	%2560 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2559, i32 4, i32 0)
	%2561 = icmp uge i32 %2550, 4
	%2562 = select i1 %2561, i32 %2560, i32 0
	%2563 = add i32 %2559, %2562
	%2564 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2563, i32 8, i32 0)
	%2565 = icmp uge i32 %2550, 8
	%2566 = select i1 %2565, i32 %2564, i32 0
	%2567 = add i32 %2563, %2566
	%2568 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2567, i32 16, i32 0)
	%2569 = icmp uge i32 %2550, 16
	%2570 = select i1 %2569, i32 %2568, i32 0
	%2571 = add i32 %2567, %2570
	%2572 = icmp eq i32 %2550, 31
	br i1 %2572, label %2573, label %2575

2573:
	%2574 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %2551
	store i32 %2571, i32 addrspace(3)* %2574
	br label %2575

2575:
	call void @llvm.nvvm.barrier0()
	%2576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%2577 = load i32, i32 addrspace(3)* %2576
	%2578 = icmp sgt i32 %2551, 0
	%2579 = select i1 %2578, i32 %2577, i32 0
	%2580 = add i32 0, %2579
	%2581 = add i32 0, %2577
	%2582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%2583 = load i32, i32 addrspace(3)* %2582
	%2584 = icmp sgt i32 %2551, 1
	%2585 = select i1 %2584, i32 %2583, i32 0
	%2586 = add i32 %2580, %2585
	%2587 = add i32 %2581, %2583
	%2588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%2589 = load i32, i32 addrspace(3)* %2588
	%2590 = icmp sgt i32 %2551, 2
	%2591 = select i1 %2590, i32 %2589, i32 0
	%2592 = add i32 %2586, %2591
	%2593 = add i32 %2587, %2589
	%2594 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%2595 = load i32, i32 addrspace(3)* %2594
	%2596 = icmp sgt i32 %2551, 3
	%2597 = select i1 %2596, i32 %2595, i32 0
	%2598 = add i32 %2592, %2597
	%2599 = add i32 %2593, %2595
	%2600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%2601 = load i32, i32 addrspace(3)* %2600
	%2602 = icmp sgt i32 %2551, 4
	%2603 = select i1 %2602, i32 %2601, i32 0
	%2604 = add i32 %2598, %2603
	%2605 = add i32 %2599, %2601
	%2606 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%2607 = load i32, i32 addrspace(3)* %2606
	%2608 = icmp sgt i32 %2551, 5
	%2609 = select i1 %2608, i32 %2607, i32 0
	%2610 = add i32 %2604, %2609
	%2611 = add i32 %2605, %2607
	%2612 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%2613 = load i32, i32 addrspace(3)* %2612
	%2614 = icmp sgt i32 %2551, 6
	%2615 = select i1 %2614, i32 %2613, i32 0
	%2616 = add i32 %2610, %2615
	%2617 = add i32 %2611, %2613
	%2618 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%2619 = load i32, i32 addrspace(3)* %2618
	%2620 = icmp sgt i32 %2551, 7
	%2621 = select i1 %2620, i32 %2619, i32 0
	%2622 = add i32 %2616, %2621
	%2623 = add i32 %2617, %2619
	%2624 = add i32 %2622, %2571
	%2625 = sub i32 %2624, %2493
	%2626 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %2625, i32 addrspace(3)* %2626
	call void @llvm.nvvm.barrier0()
	br i1 %2118, label %2627, label %2633

2627:
	%2628 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2131
	%2629 = load i32, i32 addrspace(3)* %2628
	%2630 = add i32 %2629, %2500
	%2631 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2630
	store i32 %2128, i32 addrspace(3)* %2631
	%2632 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2630
	store i32 %2129, i32 addrspace(3)* %2632
	br label %2633

2633:
	br i1 %2133, label %2634, label %2640

2634:
	%2635 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2145
	%2636 = load i32, i32 addrspace(3)* %2635
	%2637 = add i32 %2636, %2507
	%2638 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2637
	store i32 %2142, i32 addrspace(3)* %2638
	%2639 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2637
	store i32 %2143, i32 addrspace(3)* %2639
	br label %2640

2640:
	br i1 %2147, label %2641, label %2647

2641:
	%2642 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2159
	%2643 = load i32, i32 addrspace(3)* %2642
	%2644 = add i32 %2643, %2514
	%2645 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2644
	store i32 %2156, i32 addrspace(3)* %2645
	%2646 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2644
	store i32 %2157, i32 addrspace(3)* %2646
	br label %2647

2647:
	br i1 %2161, label %2648, label %2654

2648:
	%2649 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2173
	%2650 = load i32, i32 addrspace(3)* %2649
	%2651 = add i32 %2650, %2521
	%2652 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2651
	store i32 %2170, i32 addrspace(3)* %2652
	%2653 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2651
	store i32 %2171, i32 addrspace(3)* %2653
	br label %2654

2654:
	br i1 %2175, label %2655, label %2661

2655:
	%2656 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2187
	%2657 = load i32, i32 addrspace(3)* %2656
	%2658 = add i32 %2657, %2528
	%2659 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2658
	store i32 %2184, i32 addrspace(3)* %2659
	%2660 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2658
	store i32 %2185, i32 addrspace(3)* %2660
	br label %2661

2661:
	br i1 %2189, label %2662, label %2668

2662:
	%2663 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2201
	%2664 = load i32, i32 addrspace(3)* %2663
	%2665 = add i32 %2664, %2535
	%2666 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2665
	store i32 %2198, i32 addrspace(3)* %2666
	%2667 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2665
	store i32 %2199, i32 addrspace(3)* %2667
	br label %2668

2668:
	br i1 %2203, label %2669, label %2675

2669:
	%2670 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2215
	%2671 = load i32, i32 addrspace(3)* %2670
	%2672 = add i32 %2671, %2542
	%2673 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2672
	store i32 %2212, i32 addrspace(3)* %2673
	%2674 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2672
	store i32 %2213, i32 addrspace(3)* %2674
	br label %2675

2675:
	br i1 %2217, label %2676, label %2682

2676:
	%2677 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2229
	%2678 = load i32, i32 addrspace(3)* %2677
	%2679 = add i32 %2678, %2549
	%2680 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2679
	store i32 %2226, i32 addrspace(3)* %2680
	%2681 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2679
	store i32 %2227, i32 addrspace(3)* %2681
	br label %2682

2682:
	call void @llvm.nvvm.barrier0()
	%2683 = sub i32 %9, %2111
	%2684 = icmp slt i32 2048, %2683
	%2685 = select i1 %2684, i32 2048, i32 %2683
	%2686 = add i32 0, %0
	%2687 = icmp slt i32 %2686, %2685
	br i1 %2687, label %2688, label %2706

2688:
	%2689 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2686
	%2690 = load i32, i32 addrspace(3)* %2689
	%2691 = lshr i32 %2690, 16
	%2692 = and i32 %2691, 255
	%2693 = add i32 %2692, 512
	%2694 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2693
	%2695 = load i32, i32 addrspace(3)* %2694
	%2696 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2692
	%2697 = load i32, i32 addrspace(3)* %2696
	%2698 = sub i32 %2686, %2697
	%2699 = add i32 %2695, %2698
	%2700 = sext i32 %2699 to i64
	%2701 = getelementptr i32, i32* %46, i64 %2700
	store i32 %2690, i32* %2701
	%2702 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2686
	%2703 = load i32, i32 addrspace(3)* %2702
	%2704 = sext i32 %2699 to i64
	%2705 = getelementptr i32, i32* %49, i64 %2704
	store i32 %2703, i32* %2705
	br label %2706

2706:
	%2707 = add i32 256, %0
	%2708 = icmp slt i32 %2707, %2685
	br i1 %2708, label %2709, label %2727

2709:
	%2710 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2707
	%2711 = load i32, i32 addrspace(3)* %2710
	%2712 = lshr i32 %2711, 16
	%2713 = and i32 %2712, 255
	%2714 = add i32 %2713, 512
	%2715 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2714
	%2716 = load i32, i32 addrspace(3)* %2715
	%2717 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2713
	%2718 = load i32, i32 addrspace(3)* %2717
	%2719 = sub i32 %2707, %2718
	%2720 = add i32 %2716, %2719
	%2721 = sext i32 %2720 to i64
	%2722 = getelementptr i32, i32* %46, i64 %2721
	store i32 %2711, i32* %2722
	%2723 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2707
	%2724 = load i32, i32 addrspace(3)* %2723
	%2725 = sext i32 %2720 to i64
	%2726 = getelementptr i32, i32* %49, i64 %2725
	store i32 %2724, i32* %2726
	br label %2727

2727:
	%2728 = add i32 512, %0
	%2729 = icmp slt i32 %2728, %2685
	br i1 %2729, label %2730, label %2748

2730:
	%2731 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2728
	%2732 = load i32, i32 addrspace(3)* %2731
	%2733 = lshr i32 %2732, 16
	%2734 = and i32 %2733, 255
	%2735 = add i32 %2734, 512
	%2736 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2735
	%2737 = load i32, i32 addrspace(3)* %2736
	%2738 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2734
	%2739 = load i32, i32 addrspace(3)* %2738
	%2740 = sub i32 %2728, %2739
	%2741 = add i32 %2737, %2740
	%2742 = sext i32 %2741 to i64
	%2743 = getelementptr i32, i32* %46, i64 %2742
	store i32 %2732, i32* %2743
	%2744 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2728
	%2745 = load i32, i32 addrspace(3)* %2744
	%2746 = sext i32 %2741 to i64
	%2747 = getelementptr i32, i32* %49, i64 %2746
	store i32 %2745, i32* %2747
	br label %2748

2748:
	%2749 = add i32 768, %0
	%2750 = icmp slt i32 %2749, %2685
	br i1 %2750, label %2751, label %2769

2751:
	%2752 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2749
	%2753 = load i32, i32 addrspace(3)* %2752
	%2754 = lshr i32 %2753, 16
	%2755 = and i32 %2754, 255
	%2756 = add i32 %2755, 512
	%2757 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2756
	%2758 = load i32, i32 addrspace(3)* %2757
	%2759 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2755
	%2760 = load i32, i32 addrspace(3)* %2759
	%2761 = sub i32 %2749, %2760
	%2762 = add i32 %2758, %2761
	%2763 = sext i32 %2762 to i64
	%2764 = getelementptr i32, i32* %46, i64 %2763
	store i32 %2753, i32* %2764
	%2765 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2749
	%2766 = load i32, i32 addrspace(3)* %2765
	%2767 = sext i32 %2762 to i64
	%2768 = getelementptr i32, i32* %49, i64 %2767
	store i32 %2766, i32* %2768
	br label %2769

2769:
	%2770 = add i32 1024, %0
	%2771 = icmp slt i32 %2770, %2685
	br i1 %2771, label %2772, label %2790

2772:
	%2773 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2770
	%2774 = load i32, i32 addrspace(3)* %2773
	%2775 = lshr i32 %2774, 16
	%2776 = and i32 %2775, 255
	%2777 = add i32 %2776, 512
	%2778 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2777
	%2779 = load i32, i32 addrspace(3)* %2778
	%2780 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2776
	%2781 = load i32, i32 addrspace(3)* %2780
	%2782 = sub i32 %2770, %2781
	%2783 = add i32 %2779, %2782
	%2784 = sext i32 %2783 to i64
	%2785 = getelementptr i32, i32* %46, i64 %2784
	store i32 %2774, i32* %2785
	%2786 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2770
	%2787 = load i32, i32 addrspace(3)* %2786
	%2788 = sext i32 %2783 to i64
	%2789 = getelementptr i32, i32* %49, i64 %2788
	store i32 %2787, i32* %2789
	br label %2790

2790:
	%2791 = add i32 1280, %0
	%2792 = icmp slt i32 %2791, %2685
	br i1 %2792, label %2793, label %2811

2793:
	%2794 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2791
	%2795 = load i32, i32 addrspace(3)* %2794
	%2796 = lshr i32 %2795, 16
	%2797 = and i32 %2796, 255
	%2798 = add i32 %2797, 512
	%2799 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2798
	%2800 = load i32, i32 addrspace(3)* %2799
	%2801 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2797
	%2802 = load i32, i32 addrspace(3)* %2801
	%2803 = sub i32 %2791, %2802
	%2804 = add i32 %2800, %2803
	%2805 = sext i32 %2804 to i64
	%2806 = getelementptr i32, i32* %46, i64 %2805
	store i32 %2795, i32* %2806
	%2807 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2791
	%2808 = load i32, i32 addrspace(3)* %2807
	%2809 = sext i32 %2804 to i64
	%2810 = getelementptr i32, i32* %49, i64 %2809
	store i32 %2808, i32* %2810
	br label %2811

2811:
	%2812 = add i32 1536, %0
	%2813 = icmp slt i32 %2812, %2685
	br i1 %2813, label %2814, label %2832

2814:
	%2815 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2812
	%2816 = load i32, i32 addrspace(3)* %2815
	%2817 = lshr i32 %2816, 16
	%2818 = and i32 %2817, 255
	%2819 = add i32 %2818, 512
	%2820 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2819
	%2821 = load i32, i32 addrspace(3)* %2820
	%2822 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2818
	%2823 = load i32, i32 addrspace(3)* %2822
	%2824 = sub i32 %2812, %2823
	%2825 = add i32 %2821, %2824
	%2826 = sext i32 %2825 to i64
	%2827 = getelementptr i32, i32* %46, i64 %2826
	store i32 %2816, i32* %2827
	%2828 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2812
	%2829 = load i32, i32 addrspace(3)* %2828
	%2830 = sext i32 %2825 to i64
	%2831 = getelementptr i32, i32* %49, i64 %2830
	store i32 %2829, i32* %2831
	br label %2832

2832:
	%2833 = add i32 1792, %0
	%2834 = icmp slt i32 %2833, %2685
	br i1 %2834, label %2835, label %2853

2835:
	%2836 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2833
	%2837 = load i32, i32 addrspace(3)* %2836
	%2838 = lshr i32 %2837, 16
	%2839 = and i32 %2838, 255
	%2840 = add i32 %2839, 512
	%2841 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2840
	%2842 = load i32, i32 addrspace(3)* %2841
	%2843 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2839
	%2844 = load i32, i32 addrspace(3)* %2843
	%2845 = sub i32 %2833, %2844
	%2846 = add i32 %2842, %2845
	%2847 = sext i32 %2846 to i64
	%2848 = getelementptr i32, i32* %46, i64 %2847
	store i32 %2837, i32* %2848
	%2849 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2833
	%2850 = load i32, i32 addrspace(3)* %2849
	%2851 = sext i32 %2846 to i64
	%2852 = getelementptr i32, i32* %49, i64 %2851
	store i32 %2850, i32* %2852
	br label %2853

2853:
	call void @llvm.nvvm.barrier0()
	%2854 = add i32 %0, 512
	%2855 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2854
	%2856 = load i32, i32 addrspace(3)* %2855
	%2857 = add i32 %2856, %2493
	%2858 = add i32 %0, 512
	%2859 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2858
	store i32 %2857, i32 addrspace(3)* %2859
	%2860 = add i32 %2111, 2048
	br label %2110

2861:
	%2862 = phi i32 [ 0, %2119 ], [ %3611, %3604 ]
	%2863 = icmp slt i32 %2862, %9
	br i1 %2863, label %2864, label %2870

2864:
	%2865 = mul i32 %4, 256
	%2866 = add i32 %2865, %3
	%2867 = add i32 %2862, %2866
	%2868 = add i32 %2867, 0
	%2869 = icmp slt i32 %2868, %9
	br i1 %2869, label %2871, label %2878

2870:
	call void @llvm.nvvm.barrier0()
	ret void

2871:
	%2872 = sext i32 %2868 to i64
	%2873 = getelementptr i32, i32* %46, i64 %2872
	%2874 = load i32, i32* %2873
	%2875 = sext i32 %2868 to i64
	%2876 = getelementptr i32, i32* %49, i64 %2875
	%2877 = load i32, i32* %2876
	br label %2878

2878:
	%2879 = phi i32 [ 0, %2864 ], [ %2874, %2871 ]
	%2880 = phi i32 [ 0, %2864 ], [ %2877, %2871 ]
	%2881 = lshr i32 %2879, 24
	%2882 = and i32 %2881, 255
	%2883 = add i32 %2867, 32
	%2884 = icmp slt i32 %2883, %9
	br i1 %2884, label %2885, label %2892

2885:
	%2886 = sext i32 %2883 to i64
	%2887 = getelementptr i32, i32* %46, i64 %2886
	%2888 = load i32, i32* %2887
	%2889 = sext i32 %2883 to i64
	%2890 = getelementptr i32, i32* %49, i64 %2889
	%2891 = load i32, i32* %2890
	br label %2892

2892:
	%2893 = phi i32 [ 0, %2878 ], [ %2888, %2885 ]
	%2894 = phi i32 [ 0, %2878 ], [ %2891, %2885 ]
	%2895 = lshr i32 %2893, 24
	%2896 = and i32 %2895, 255
	%2897 = add i32 %2867, 64
	%2898 = icmp slt i32 %2897, %9
	br i1 %2898, label %2899, label %2906

2899:
	%2900 = sext i32 %2897 to i64
	%2901 = getelementptr i32, i32* %46, i64 %2900
	%2902 = load i32, i32* %2901
	%2903 = sext i32 %2897 to i64
	%2904 = getelementptr i32, i32* %49, i64 %2903
	%2905 = load i32, i32* %2904
	br label %2906

2906:
	%2907 = phi i32 [ 0, %2892 ], [ %2902, %2899 ]
	%2908 = phi i32 [ 0, %2892 ], [ %2905, %2899 ]
	%2909 = lshr i32 %2907, 24
	%2910 = and i32 %2909, 255
	%2911 = add i32 %2867, 96
	%2912 = icmp slt i32 %2911, %9
	br i1 %2912, label %2913, label %2920

2913:
	%2914 = sext i32 %2911 to i64
	%2915 = getelementptr i32, i32* %46, i64 %2914
	%2916 = load i32, i32* %2915
	%2917 = sext i32 %2911 to i64
	%2918 = getelementptr i32, i32* %49, i64 %2917
	%2919 = load i32, i32* %2918
	br label %2920

2920:
	%2921 = phi i32 [ 0, %2906 ], [ %2916, %2913 ]
	%2922 = phi i32 [ 0, %2906 ], [ %2919, %2913 ]
	%2923 = lshr i32 %2921, 24
	%2924 = and i32 %2923, 255
	%2925 = add i32 %2867, 128
	%2926 = icmp slt i32 %2925, %9
	br i1 %2926, label %2927, label %2934

2927:
	%2928 = sext i32 %2925 to i64
	%2929 = getelementptr i32, i32* %46, i64 %2928
	%2930 = load i32, i32* %2929
	%2931 = sext i32 %2925 to i64
	%2932 = getelementptr i32, i32* %49, i64 %2931
	%2933 = load i32, i32* %2932
	br label %2934

2934:
	%2935 = phi i32 [ 0, %2920 ], [ %2930, %2927 ]
	%2936 = phi i32 [ 0, %2920 ], [ %2933, %2927 ]
	%2937 = lshr i32 %2935, 24
	%2938 = and i32 %2937, 255
	%2939 = add i32 %2867, 160
	%2940 = icmp slt i32 %2939, %9
	br i1 %2940, label %2941, label %2948

2941:
	%2942 = sext i32 %2939 to i64
	%2943 = getelementptr i32, i32* %46, i64 %2942
	%2944 = load i32, i32* %2943
	%2945 = sext i32 %2939 to i64
	%2946 = getelementptr i32, i32* %49, i64 %2945
	%2947 = load i32, i32* %2946
	br label %2948

2948:
	%2949 = phi i32 [ 0, %2934 ], [ %2944, %2941 ]
	%2950 = phi i32 [ 0, %2934 ], [ %2947, %2941 ]
	%2951 = lshr i32 %2949, 24
	%2952 = and i32 %2951, 255
	%2953 = add i32 %2867, 192
	%2954 = icmp slt i32 %2953, %9
	br i1 %2954, label %2955, label %2962

2955:
	%2956 = sext i32 %2953 to i64
	%2957 = getelementptr i32, i32* %46, i64 %2956
	%2958 = load i32, i32* %2957
	%2959 = sext i32 %2953 to i64
	%2960 = getelementptr i32, i32* %49, i64 %2959
	%2961 = load i32, i32* %2960
	br label %2962

2962:
	%2963 = phi i32 [ 0, %2948 ], [ %2958, %2955 ]
	%2964 = phi i32 [ 0, %2948 ], [ %2961, %2955 ]
	%2965 = lshr i32 %2963, 24
	%2966 = and i32 %2965, 255
	%2967 = add i32 %2867, 224
	%2968 = icmp slt i32 %2967, %9
	br i1 %2968, label %2969, label %2976

2969:
	%2970 = sext i32 %2967 to i64
	%2971 = getelementptr i32, i32* %46, i64 %2970
	%2972 = load i32, i32* %2971
	%2973 = sext i32 %2967 to i64
	%2974 = getelementptr i32, i32* %49, i64 %2973
	%2975 = load i32, i32* %2974
	br label %2976

2976:
	%2977 = phi i32 [ 0, %2962 ], [ %2972, %2969 ]
	%2978 = phi i32 [ 0, %2962 ], [ %2975, %2969 ]
	%2979 = lshr i32 %2977, 24
	%2980 = and i32 %2979, 255
	%2981 = select i1 %2869, i32 %2882, i32 256
	%2982 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2981)
	%2983 = and i32 %2982, %607
	%2984 = call i32 @llvm.ctpop.i32(i32 %2983)
	br i1 %2869, label %2985, label %2990

2985:
	%2986 = mul i32 %4, 256
	%2987 = add i32 %2986, %2882
	%2988 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2987
	%2989 = load i32, i32 addrspace(3)* %2988
	br label %2990

2990:
	%2991 = phi i32 [ 0, %2976 ], [ %2989, %2985 ]
	%2992 = add i32 %2991, %2984
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2993 = icmp eq i32 %2984, 0
	%2994 = and i1 %2869, %2993
	br i1 %2994, label %2995, label %3001

2995:
	%2996 = call i32 @llvm.ctpop.i32(i32 %2982)
	%2997 = add i32 %2991, %2996
	%2998 = mul i32 %4, 256
	%2999 = add i32 %2998, %2882
	%3000 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2999
	store i32 %2997, i32 addrspace(3)* %3000
	br label %3001

3001:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3002 = select i1 %2884, i32 %2896, i32 256
	%3003 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3002)
	%3004 = and i32 %3003, %607
	%3005 = call i32 @llvm.ctpop.i32(i32 %3004)
	br i1 %2884, label %3006, label %3011

3006:
	%3007 = mul i32 %4, 256
	%3008 = add i32 %3007, %2896
	%3009 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3008
	%3010 = load i32, i32 addrspace(3)* %3009
	br label %3011

3011:
	%3012 = phi i32 [ 0, %3001 ], [ %3010, %3006 ]
	%3013 = add i32 %3012, %3005
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3014 = icmp eq i32 %3005, 0
	%3015 = and i1 %2884, %3014
	br i1 %3015, label %3016, label %3022

3016:
	%3017 = call i32 @llvm.ctpop.i32(i32 %3003)
	%3018 = add i32 %3012, %3017
	%3019 = mul i32 %4, 256
	%3020 = add i32 %3019, %2896
	%3021 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3020
	store i32 %3018, i32 addrspace(3)* %3021
	br label %3022

3022:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3023 = select i1 %2898, i32 %2910, i32 256
	%3024 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3023)
	%3025 = and i32 %3024, %607
	%3026 = call i32 @llvm.ctpop.i32(i32 %3025)
	br i1 %2898, label %3027, label %3032

3027:
	%3028 = mul i32 %4, 256
	%3029 = add i32 %3028, %2910
	%3030 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3029
	%3031 = load i32, i32 addrspace(3)* %3030
	br label %3032

3032:
	%3033 = phi i32 [ 0, %3022 ], [ %3031, %3027 ]
	%3034 = add i32 %3033, %3026
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3035 = icmp eq i32 %3026, 0
	%3036 = and i1 %2898, %3035
	br i1 %3036, label %3037, label %3043

3037:
	%3038 = call i32 @llvm.ctpop.i32(i32 %3024)
	%3039 = add i32 %3033, %3038
	%3040 = mul i32 %4, 256
	%3041 = add i32 %3040, %2910
	%3042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3041
	store i32 %3039, i32 addrspace(3)* %3042
	br label %3043

3043:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3044 = select i1 %2912, i32 %2924, i32 256
	%3045 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3044)
	%3046 = and i32 %3045, %607
	%3047 = call i32 @llvm.ctpop.i32(i32 %3046)
	br i1 %2912, label %3048, label %3053

3048:
	%3049 = mul i32 %4, 256
	%3050 = add i32 %3049, %2924
	%3051 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3050
	%3052 = load i32, i32 addrspace(3)* %3051
	br label %3053

3053:
	%3054 = phi i32 [ 0, %3043 ], [ %3052, %3048 ]
	%3055 = add i32 %3054, %3047
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3056 = icmp eq i32 %3047, 0
	%3057 = and i1 %2912, %3056
	br i1 %3057, label %3058, label %3064

3058:
	%3059 = call i32 @llvm.ctpop.i32(i32 %3045)
	%3060 = add i32 %3054, %3059
	%3061 = mul i32 %4, 256
	%3062 = add i32 %3061, %2924
	%3063 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3062
	store i32 %3060, i32 addrspace(3)* %3063
	br label %3064

3064:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3065 = select i1 %2926, i32 %2938, i32 256
	%3066 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3065)
	%3067 = and i32 %3066, %607
	%3068 = call i32 @llvm.ctpop.i32(i32 %3067)
	br i1 %2926, label %3069, label %3074

3069:
	%3070 = mul i32 %4, 256
	%3071 = add i32 %3070, %2938
	%3072 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3071
	%3073 = load i32, i32 addrspace(3)* %3072
	br label %3074

3074:
	%3075 = phi i32 [ 0, %3064 ], [ %3073, %3069 ]
	%3076 = add i32 %3075, %3068
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3077 = icmp eq i32 %3068, 0
	%3078 = and i1 %2926, %3077
	br i1 %3078, label %3079, label %3085

3079:
	%3080 = call i32 @llvm.ctpop.i32(i32 %3066)
	%3081 = add i32 %3075, %3080
	%3082 = mul i32 %4, 256
	%3083 = add i32 %3082, %2938
	%3084 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3083
	store i32 %3081, i32 addrspace(3)* %3084
	br label %3085

3085:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3086 = select i1 %2940, i32 %2952, i32 256
	%3087 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3086)
	%3088 = and i32 %3087, %607
	%3089 = call i32 @llvm.ctpop.i32(i32 %3088)
	br i1 %2940, label %3090, label %3095

3090:
	%3091 = mul i32 %4, 256
	%3092 = add i32 %3091, %2952
	%3093 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3092
	%3094 = load i32, i32 addrspace(3)* %3093
	br label %3095

3095:
	%3096 = phi i32 [ 0, %3085 ], [ %3094, %3090 ]
	%3097 = add i32 %3096, %3089
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3098 = icmp eq i32 %3089, 0
	%3099 = and i1 %2940, %3098
	br i1 %3099, label %3100, label %3106

3100:
	%3101 = call i32 @llvm.ctpop.i32(i32 %3087)
	%3102 = add i32 %3096, %3101
	%3103 = mul i32 %4, 256
	%3104 = add i32 %3103, %2952
	%3105 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3104
	store i32 %3102, i32 addrspace(3)* %3105
	br label %3106

3106:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3107 = select i1 %2954, i32 %2966, i32 256
	%3108 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3107)
	%3109 = and i32 %3108, %607
	%3110 = call i32 @llvm.ctpop.i32(i32 %3109)
	br i1 %2954, label %3111, label %3116

3111:
	%3112 = mul i32 %4, 256
	%3113 = add i32 %3112, %2966
	%3114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3113
	%3115 = load i32, i32 addrspace(3)* %3114
	br label %3116

3116:
	%3117 = phi i32 [ 0, %3106 ], [ %3115, %3111 ]
	%3118 = add i32 %3117, %3110
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3119 = icmp eq i32 %3110, 0
	%3120 = and i1 %2954, %3119
	br i1 %3120, label %3121, label %3127

3121:
	%3122 = call i32 @llvm.ctpop.i32(i32 %3108)
	%3123 = add i32 %3117, %3122
	%3124 = mul i32 %4, 256
	%3125 = add i32 %3124, %2966
	%3126 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3125
	store i32 %3123, i32 addrspace(3)* %3126
	br label %3127

3127:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3128 = select i1 %2968, i32 %2980, i32 256
	%3129 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3128)
	%3130 = and i32 %3129, %607
	%3131 = call i32 @llvm.ctpop.i32(i32 %3130)
	br i1 %2968, label %3132, label %3137

3132:
	%3133 = mul i32 %4, 256
	%3134 = add i32 %3133, %2980
	%3135 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3134
	%3136 = load i32, i32 addrspace(3)* %3135
	br label %3137

3137:
	%3138 = phi i32 [ 0, %3127 ], [ %3136, %3132 ]
	%3139 = add i32 %3138, %3131
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3140 = icmp eq i32 %3131, 0
	%3141 = and i1 %2968, %3140
	br i1 %3141, label %3142, label %3148

3142:
	%3143 = call i32 @llvm.ctpop.i32(i32 %3129)
	%3144 = add i32 %3138, %3143
	%3145 = mul i32 %4, 256
	%3146 = add i32 %3145, %2980
	%3147 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3146
	store i32 %3144, i32 addrspace(3)* %3147
	br label %3148

3148:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%3149 = mul i32 0, 256
	%3150 = add i32 %3149, %0
	%3151 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3150
	%3152 = load i32, i32 addrspace(3)* %3151
	%3153 = mul i32 0, 256
	%3154 = add i32 %3153, %0
	%3155 = add i32 2048, %3154
	%3156 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3155
	store i32 0, i32 addrspace(3)* %3156
	%3157 = mul i32 0, 256
	%3158 = add i32 %3157, %0
	%3159 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3158
	store i32 0, i32 addrspace(3)* %3159
	%3160 = add i32 0, %3152
	%3161 = mul i32 1, 256
	%3162 = add i32 %3161, %0
	%3163 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3162
	%3164 = load i32, i32 addrspace(3)* %3163
	%3165 = mul i32 1, 256
	%3166 = add i32 %3165, %0
	%3167 = add i32 2048, %3166
	%3168 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3167
	store i32 %3160, i32 addrspace(3)* %3168
	%3169 = mul i32 1, 256
	%3170 = add i32 %3169, %0
	%3171 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3170
	store i32 0, i32 addrspace(3)* %3171
	%3172 = add i32 %3160, %3164
	%3173 = mul i32 2, 256
	%3174 = add i32 %3173, %0
	%3175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3174
	%3176 = load i32, i32 addrspace(3)* %3175
	%3177 = mul i32 2, 256
	%3178 = add i32 %3177, %0
	%3179 = add i32 2048, %3178
	%3180 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3179
	store i32 %3172, i32 addrspace(3)* %3180
	%3181 = mul i32 2, 256
	%3182 = add i32 %3181, %0
	%3183 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3182
	store i32 0, i32 addrspace(3)* %3183
	%3184 = add i32 %3172, %3176
	%3185 = mul i32 3, 256
	%3186 = add i32 %3185, %0
	%3187 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3186
	%3188 = load i32, i32 addrspace(3)* %3187
	%3189 = mul i32 3, 256
	%3190 = add i32 %3189, %0
	%3191 = add i32 2048, %3190
	%3192 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3191
	store i32 %3184, i32 addrspace(3)* %3192
	%3193 = mul i32 3, 256
	%3194 = add i32 %3193, %0
	%3195 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3194
	store i32 0, i32 addrspace(3)* %3195
	%3196 = add i32 %3184, %3188
	%3197 = mul i32 4, 256
	%3198 = add i32 %3197, %0
	%3199 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3198
	%3200 = load i32, i32 addrspace(3)* %3199
	%3201 = mul i32 4, 256
	%3202 = add i32 %3201, %0
	%3203 = add i32 2048, %3202
	%3204 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3203
	store i32 %3196, i32 addrspace(3)* %3204
	%3205 = mul i32 4, 256
	%3206 = add i32 %3205, %0
	%3207 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3206
	store i32 0, i32 addrspace(3)* %3207
	%3208 = add i32 %3196, %3200
	%3209 = mul i32 5, 256
	%3210 = add i32 %3209, %0
	%3211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3210
	%3212 = load i32, i32 addrspace(3)* %3211
	%3213 = mul i32 5, 256
	%3214 = add i32 %3213, %0
	%3215 = add i32 2048, %3214
	%3216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3215
	store i32 %3208, i32 addrspace(3)* %3216
	%3217 = mul i32 5, 256
	%3218 = add i32 %3217, %0
	%3219 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3218
	store i32 0, i32 addrspace(3)* %3219
	%3220 = add i32 %3208, %3212
	%3221 = mul i32 6, 256
	%3222 = add i32 %3221, %0
	%3223 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3222
	%3224 = load i32, i32 addrspace(3)* %3223
	%3225 = mul i32 6, 256
	%3226 = add i32 %3225, %0
	%3227 = add i32 2048, %3226
	%3228 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3227
	store i32 %3220, i32 addrspace(3)* %3228
	%3229 = mul i32 6, 256
	%3230 = add i32 %3229, %0
	%3231 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3230
	store i32 0, i32 addrspace(3)* %3231
	%3232 = add i32 %3220, %3224
	%3233 = mul i32 7, 256
	%3234 = add i32 %3233, %0
	%3235 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3234
	%3236 = load i32, i32 addrspace(3)* %3235
	%3237 = mul i32 7, 256
	%3238 = add i32 %3237, %0
	%3239 = add i32 2048, %3238
	%3240 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3239
	store i32 %3232, i32 addrspace(3)* %3240
	%3241 = mul i32 7, 256
	%3242 = add i32 %3241, %0
	%3243 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3242
	store i32 0, i32 addrspace(3)* %3243
	%3244 = add i32 %3232, %3236
	call void @llvm.nvvm.barrier0()
	%3245 = select i1 %2869, i32 %2882, i32 0
	%3246 = mul i32 %4, 256
	%3247 = add i32 %3246, %3245
	%3248 = add i32 2048, %3247
	%3249 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3248
	%3250 = load i32, i32 addrspace(3)* %3249
	%3251 = add i32 %2992, %3250
	%3252 = select i1 %2884, i32 %2896, i32 0
	%3253 = mul i32 %4, 256
	%3254 = add i32 %3253, %3252
	%3255 = add i32 2048, %3254
	%3256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3255
	%3257 = load i32, i32 addrspace(3)* %3256
	%3258 = add i32 %3013, %3257
	%3259 = select i1 %2898, i32 %2910, i32 0
	%3260 = mul i32 %4, 256
	%3261 = add i32 %3260, %3259
	%3262 = add i32 2048, %3261
	%3263 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3262
	%3264 = load i32, i32 addrspace(3)* %3263
	%3265 = add i32 %3034, %3264
	%3266 = select i1 %2912, i32 %2924, i32 0
	%3267 = mul i32 %4, 256
	%3268 = add i32 %3267, %3266
	%3269 = add i32 2048, %3268
	%3270 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3269
	%3271 = load i32, i32 addrspace(3)* %3270
	%3272 = add i32 %3055, %3271
	%3273 = select i1 %2926, i32 %2938, i32 0
	%3274 = mul i32 %4, 256
	%3275 = add i32 %3274, %3273
	%3276 = add i32 2048, %3275
	%3277 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3276
	%3278 = load i32, i32 addrspace(3)* %3277
	%3279 = add i32 %3076, %3278
	%3280 = select i1 %2940, i32 %2952, i32 0
	%3281 = mul i32 %4, 256
	%3282 = add i32 %3281, %3280
	%3283 = add i32 2048, %3282
	%3284 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3283
	%3285 = load i32, i32 addrspace(3)* %3284
	%3286 = add i32 %3097, %3285
	%3287 = select i1 %2954, i32 %2966, i32 0
	%3288 = mul i32 %4, 256
	%3289 = add i32 %3288, %3287
	%3290 = add i32 2048, %3289
	%3291 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3290
	%3292 = load i32, i32 addrspace(3)* %3291
	%3293 = add i32 %3118, %3292
	%3294 = select i1 %2968, i32 %2980, i32 0
	%3295 = mul i32 %4, 256
	%3296 = add i32 %3295, %3294
	%3297 = add i32 2048, %3296
	%3298 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3297
	%3299 = load i32, i32 addrspace(3)* %3298
	%3300 = add i32 %3139, %3299
	%3301 = and i32 %0, 31
	%3302 = lshr i32 %0, 5
	%3303 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3244, i32 1, i32 0)
	%3304 = icmp uge i32 %3301, 1
	%3305 = select i1 %3304, i32 %3303, i32 0
	%3306 = add i32 %3244, %3305
	%3307 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3306, i32 2, i32 0)
	%3308 = icmp uge i32 %3301, 2
	%3309 = select i1 %3308, i32 %3307, i32 0
	%3310 = add i32 %3306, %3309
	%3311 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3310, i32 4, i32 0)
	%3312 = icmp uge i32 %3301, 4
	%3313 = select i1 %3312, i32 %3311, i32 0
	%3314 = add i32 %3310, %3313
	%3315 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3314, i32 8, i32 0)
	%3316 = icmp uge i32 %3301, 8
	%3317 = select i1 %3316, i32 %3315, i32 0
	%3318 = add i32 %3314, %3317
	%3319 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3318, i32 16, i32 0)
	%3320 = icmp uge i32 %3301, 16
	%3321 = select i1 %3320, i32 %3319, i32 0
	%3322 = add i32 %3318, %3321
	%3323 = icmp eq i32 %3301, 31
	br i1 %3323, label %3324, label %3326

3324:
	%3325 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %3302
	store i32 %3322, i32 addrspace(3)* %3325
	br label %3326

3326:
	call void @llvm.nvvm.barrier0()
	%3327 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%3328 = load i32, i32 addrspace(3)* %3327
	%3329 = icmp sgt i32 %3302, 0
	%3330 = select i1 %3329, i32 %3328, i32 0
	%3331 = add i32 0, %3330
	%3332 = add i32 0, %3328
	%3333 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%3334 = load i32, i32 addrspace(3)* %3333
	%3335 = icmp sgt i32 %3302, 1
	%3336 = select i1 %3335, i32 %3334, i32 0
	%3337 = add i32 %3331, %3336
	%3338 = add i32 %3332, %3334
	%3339 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%3340 = load i32, i32 addrspace(3)* %3339
	%3341 = icmp sgt i32 %3302, 2
	%3342 = select i1 %3341, i32 %3340, i32 0
	%3343 = add i32 %3337, %3342
	%3344 = add i32 %3338, %3340
	%3345 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%3346 = load i32, i32 addrspace(3)* %3345
	%3347 = icmp sgt i32 %3302, 3
	%3348 = select i1 %3347, i32 %3346, i32 0
	%3349 = add i32 %3343, %3348
	%3350 = add i32 %3344, %3346
	%3351 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%3352 = load i32, i32 addrspace(3)* %3351
	%3353 = icmp sgt i32 %3302, 4
	%3354 = select i1 %3353, i32 %3352, i32 0
	%3355 = add i32 %3349, %3354
	%3356 = add i32 %3350, %3352
	%3357 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%3358 = load i32, i32 addrspace(3)* %3357
	%3359 = icmp sgt i32 %3302, 5
	%3360 = select i1 %3359, i32 %3358, i32 0
	%3361 = add i32 %3355, %3360
	%3362 = add i32 %3356, %3358
	%3363 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%3364 = load i32, i32 addrspace(3)* %3363
	%3365 = icmp sgt i32 %3302, 6
	%3366 = select i1 %3365, i32 %3364, i32 0
	%3367 = add i32 %3361, %3366
	%3368 = add i32 %3362, %3364
	%3369 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%3370 = load i32, i32 addrspace(3)* %3369
	%3371 = icmp sgt i32 %3302, 7
	%3372 = select i1 %3371, i32 %3370, i32 0
	%3373 = add i32 %3367, %3372
	%3374 = add i32 %3368, %3370
	%3375 = add i32 %3373, %3322
	%3376 = sub i32 %3375, %3244
	%3377 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %3376, i32 addrspace(3)* %3377
	call void @llvm.nvvm.barrier0()
	br i1 %2869, label %3378, label %3384

3378:
	%3379 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2882
	%3380 = load i32, i32 addrspace(3)* %3379
	%3381 = add i32 %3380, %3251
	%3382 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3381
	store i32 %2879, i32 addrspace(3)* %3382
	%3383 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3381
	store i32 %2880, i32 addrspace(3)* %3383
	br label %3384

3384:
	br i1 %2884, label %3385, label %3391

3385:
	%3386 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2896
	%3387 = load i32, i32 addrspace(3)* %3386
	%3388 = add i32 %3387, %3258
	%3389 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3388
	store i32 %2893, i32 addrspace(3)* %3389
	%3390 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3388
	store i32 %2894, i32 addrspace(3)* %3390
	br label %3391

3391:
	br i1 %2898, label %3392, label %3398

3392:
	%3393 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2910
	%3394 = load i32, i32 addrspace(3)* %3393
	%3395 = add i32 %3394, %3265
	%3396 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3395
	store i32 %2907, i32 addrspace(3)* %3396
	%3397 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3395
	store i32 %2908, i32 addrspace(3)* %3397
	br label %3398

3398:
	br i1 %2912, label %3399, label %3405

3399:
	%3400 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2924
	%3401 = load i32, i32 addrspace(3)* %3400
	%3402 = add i32 %3401, %3272
	%3403 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3402
	store i32 %2921, i32 addrspace(3)* %3403
	%3404 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3402
	store i32 %2922, i32 addrspace(3)* %3404
	br label %3405

3405:
	br i1 %2926, label %3406, label %3412

3406:
	%3407 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2938
	%3408 = load i32, i32 addrspace(3)* %3407
	%3409 = add i32 %3408, %3279
	%3410 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3409
	store i32 %2935, i32 addrspace(3)* %3410
	%3411 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3409
	store i32 %2936, i32 addrspace(3)* %3411
	br label %3412

3412:
	br i1 %2940, label %3413, label %3419

3413:
	%3414 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2952
	%3415 = load i32, i32 addrspace(3)* %3414
	%3416 = add i32 %3415, %3286
	%3417 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3416
	store i32 %2949, i32 addrspace(3)* %3417
	%3418 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3416
	store i32 %2950, i32 addrspace(3)* %3418
	br label %3419

3419:
	br i1 %2954, label %3420, label %3426

3420:
	%3421 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2966
	%3422 = load i32, i32 addrspace(3)* %3421
	%3423 = add i32 %3422, %3293
	%3424 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3423
	store i32 %2963, i32 addrspace(3)* %3424
	%3425 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3423
	store i32 %2964, i32 addrspace(3)* %3425
	br label %3426

3426:
	br i1 %2968, label %3427, label %3433

3427:
	%3428 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2980
	%3429 = load i32, i32 addrspace(3)* %3428
	%3430 = add i32 %3429, %3300
	%3431 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3430
	store i32 %2977, i32 addrspace(3)* %3431
	%3432 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3430
	store i32 %2978, i32 addrspace(3)* %3432
	br label %3433

3433:
	call void @llvm.nvvm.barrier0()
	%3434 = sub i32 %9, %2862
	%3435 = icmp slt i32 2048, %3434
	%3436 = select i1 %3435, i32 2048, i32 %3434
	%3437 = add i32 0, %0
	%3438 = icmp slt i32 %3437, %3436
	br i1 %3438, label %3439, label %3457

3439:
	%3440 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3437
	%3441 = load i32, i32 addrspace(3)* %3440
	%3442 = lshr i32 %3441, 24
	%3443 = and i32 %3442, 255
	%3444 = add i32 %3443, 768
	%3445 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3444
	%3446 = load i32, i32 addrspace(3)* %3445
	%3447 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3443
	%3448 = load i32, i32 addrspace(3)* %3447
	%3449 = sub i32 %3437, %3448
	%3450 = add i32 %3446, %3449
	%3451 = sext i32 %3450 to i64
	%3452 = getelementptr i32, i32* %44, i64 %3451
	store i32 %3441, i32* %3452
	%3453 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3437
	%3454 = load i32, i32 addrspace(3)* %3453
	%3455 = sext i32 %3450 to i64
	%3456 = getelementptr i32, i32* %15, i64 %3455
	store i32 %3454, i32* %3456
	br label %3457

3457:
	%3458 = add i32 256, %0
	%3459 = icmp slt i32 %3458, %3436
	br i1 %3459, label %3460, label %3478

3460:
	%3461 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3458
	%3462 = load i32, i32 addrspace(3)* %3461
	%3463 = lshr i32 %3462, 24
	%3464 = and i32 %3463, 255
	%3465 = add i32 %3464, 768
	%3466 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3465
	%3467 = load i32, i32 addrspace(3)* %3466
	%3468 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3464
	%3469 = load i32, i32 addrspace(3)* %3468
	%3470 = sub i32 %3458, %3469
	%3471 = add i32 %3467, %3470
	%3472 = sext i32 %3471 to i64
	%3473 = getelementptr i32, i32* %44, i64 %3472
	store i32 %3462, i32* %3473
	%3474 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3458
	%3475 = load i32, i32 addrspace(3)* %3474
	%3476 = sext i32 %3471 to i64
	%3477 = getelementptr i32, i32* %15, i64 %3476
	store i32 %3475, i32* %3477
	br label %3478

3478:
	%3479 = add i32 512, %0
	%3480 = icmp slt i32 %3479, %3436
	br i1 %3480, label %3481, label %3499

3481:
	%3482 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3479
	%3483 = load i32, i32 addrspace(3)* %3482
	%3484 = lshr i32 %3483, 24
	%3485 = and i32 %3484, 255
	%3486 = add i32 %3485, 768
	%3487 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3486
	%3488 = load i32, i32 addrspace(3)* %3487
	%3489 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3485
	%3490 = load i32, i32 addrspace(3)* %3489
	%3491 = sub i32 %3479, %3490
	%3492 = add i32 %3488, %3491
	%3493 = sext i32 %3492 to i64
	%3494 = getelementptr i32, i32* %44, i64 %3493
	store i32 %3483, i32* %3494
	%3495 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3479
	%3496 = load i32, i32 addrspace(3)* %3495
	%3497 = sext i32 %3492 to i64
	%3498 = getelementptr i32, i32* %15, i64 %3497
	store i32 %3496, i32* %3498
	br label %3499

3499:
	%3500 = add i32 768, %0
	%3501 = icmp slt i32 %3500, %3436
	br i1 %3501, label %3502, label %3520

3502:
	%3503 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3500
	%3504 = load i32, i32 addrspace(3)* %3503
	%3505 = lshr i32 %3504, 24
	%3506 = and i32 %3505, 255
	%3507 = add i32 %3506, 768
	%3508 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3507
	%3509 = load i32, i32 addrspace(3)* %3508
	%3510 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3506
	%3511 = load i32, i32 addrspace(3)* %3510
	%3512 = sub i32 %3500, %3511
	%3513 = add i32 %3509, %3512
	%3514 = sext i32 %3513 to i64
	%3515 = getelementptr i32, i32* %44, i64 %3514
	store i32 %3504, i32* %3515
	%3516 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3500
	%3517 = load i32, i32 addrspace(3)* %3516
	%3518 = sext i32 %3513 to i64
	%3519 = getelementptr i32, i32* %15, i64 %3518
	store i32 %3517, i32* %3519
	br label %3520

3520:
	%3521 = add i32 1024, %0
	%3522 = icmp slt i32 %3521, %3436
	br i1 %3522, label %3523, label %3541

3523:
	%3524 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3521
	%3525 = load i32, i32 addrspace(3)* %3524
	%3526 = lshr i32 %3525, 24
	%3527 = and i32 %3526, 255
	%3528 = add i32 %3527, 768
	%3529 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3528
	%3530 = load i32, i32 addrspace(3)* %3529
	%3531 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3527
	%3532 = load i32, i32 addrspace(3)* %3531
	%3533 = sub i32 %3521, %3532
	%3534 = add i32 %3530, %3533
	%3535 = sext i32 %3534 to i64
	%3536 = getelementptr i32, i32* %44, i64 %3535
	store i32 %3525, i32* %3536
	%3537 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3521
	%3538 = load i32, i32 addrspace(3)* %3537
	%3539 = sext i32 %3534 to i64
	%3540 = getelementptr i32, i32* %15, i64 %3539
	store i32 %3538, i32* %3540
	br label %3541

3541:
	%3542 = add i32 1280, %0
	%3543 = icmp slt i32 %3542, %3436
	br i1 %3543, label %3544, label %3562

3544:
	%3545 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3542
	%3546 = load i32, i32 addrspace(3)* %3545
	%3547 = lshr i32 %3546, 24
	%3548 = and i32 %3547, 255
	%3549 = add i32 %3548, 768
	%3550 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3549
	%3551 = load i32, i32 addrspace(3)* %3550
	%3552 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3548
	%3553 = load i32, i32 addrspace(3)* %3552
	%3554 = sub i32 %3542, %3553
	%3555 = add i32 %3551, %3554
	%3556 = sext i32 %3555 to i64
	%3557 = getelementptr i32, i32* %44, i64 %3556
	store i32 %3546, i32* %3557
	%3558 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3542
	%3559 = load i32, i32 addrspace(3)* %3558
	%3560 = sext i32 %3555 to i64
	%3561 = getelementptr i32, i32* %15, i64 %3560
	store i32 %3559, i32* %3561
	br label %3562

3562:
	%3563 = add i32 1536, %0
	%3564 = icmp slt i32 %3563, %3436
	br i1 %3564, label %3565, label %3583

3565:
	%3566 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3563
	%3567 = load i32, i32 addrspace(3)* %3566
	%3568 = lshr i32 %3567, 24
	%3569 = and i32 %3568, 255
	%3570 = add i32 %3569, 768
	%3571 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3570
	%3572 = load i32, i32 addrspace(3)* %3571
	%3573 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3569
	%3574 = load i32, i32 addrspace(3)* %3573
	%3575 = sub i32 %3563, %3574
	%3576 = add i32 %3572, %3575
	%3577 = sext i32 %3576 to i64
	%3578 = getelementptr i32, i32* %44, i64 %3577
	store i32 %3567, i32* %3578
	%3579 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3563
	%3580 = load i32, i32 addrspace(3)* %3579
	%3581 = sext i32 %3576 to i64
	%3582 = getelementptr i32, i32* %15, i64 %3581
	store i32 %3580, i32* %3582
	br label %3583

3583:
	%3584 = add i32 1792, %0
	%3585 = icmp slt i32 %3584, %3436
	br i1 %3585, label %3586, label %3604

3586:
	%3587 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3584
	%3588 = load i32, i32 addrspace(3)* %3587
	%3589 = lshr i32 %3588, 24
	%3590 = and i32 %3589, 255
	%3591 = add i32 %3590, 768
	%3592 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3591
	%3593 = load i32, i32 addrspace(3)* %3592
	%3594 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3590
	%3595 = load i32, i32 addrspace(3)* %3594
	%3596 = sub i32 %3584, %3595
	%3597 = add i32 %3593, %3596
	%3598 = sext i32 %3597 to i64
	%3599 = getelementptr i32, i32* %44, i64 %3598
	store i32 %3588, i32* %3599
	%3600 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3584
	%3601 = load i32, i32 addrspace(3)* %3600
	%3602 = sext i32 %3597 to i64
	%3603 = getelementptr i32, i32* %15, i64 %3602
	store i32 %3601, i32* %3603
	br label %3604

3604:
	call void @llvm.nvvm.barrier0()
	%3605 = add i32 %0, 768
	%3606 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3605
	%3607 = load i32, i32 addrspace(3)* %3606
	%3608 = add i32 %3607, %3244
	%3609 = add i32 %0, 768
	%3610 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3609
	store i32 %3608, i32 addrspace(3)* %3610
	%3611 = add i32 %2862, 2048
	br label %2861
}

declare i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

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
	br i1 %250, label %258, label %266

251:
	call void @llvm.nvvm.barrier0()
	%252 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_select2_cnt, i32 0, i32 0
	%253 = load i32, i32 addrspace(3)* %252
	%254 = sub i32 %245, %253
	%255 = icmp sgt i32 %254, 0
	%256 = select i1 %255, i32 %254, i32 0
	%257 = icmp sgt i32 %256, 0
	br i1 %257, label %topk, label %topk_done

258:
	%259 = add i32 %13, 0
	%260 = sext i32 %259 to i64
	%261 = getelementptr i32, i32* %list, i64 %260
	store i32 0, i32* %261
	%262 = add i32 %13, %NK
	%263 = add i32 %262, 0
	%264 = sext i32 %263 to i64
	%265 = getelementptr i32, i32* %list, i64 %264
	store i32 1, i32* %265
	br label %266

266:
	%267 = add i32 %11, 0
	%268 = sext i32 %267 to i64
	%269 = getelementptr float, float* %e, i64 %268
	%270 = load float, float* %269
	%271 = add i32 0, 1
	%272 = select i1 %250, i32 %271, i32 0
	%273 = fpext float %270 to double
	%274 = fadd double 0.0, %273
	%275 = select i1 %250, double %274, double 0.0
	%276 = mul i32 %1, 64
	%277 = sdiv i32 %276, 256
	%278 = mul i32 %277, 256
	%279 = sdiv i32 %278, 64
	%280 = add i32 %277, 1
	%281 = mul i32 %280, 256
	%282 = sdiv i32 %281, 64
	%283 = icmp slt i32 %156, %279
	%284 = select i1 %283, i32 %156, i32 %279
	%285 = icmp sgt i32 %284, 1
	%286 = select i1 %285, i32 %284, i32 1
	%287 = add i32 %164, 1
	%288 = icmp sgt i32 %287, %282
	%289 = select i1 %288, i32 %287, i32 %282
	%290 = icmp slt i32 %289, %NK
	%291 = select i1 %290, i32 %289, i32 %NK
	br label %292

292:
	%293 = phi i32 [ %286, %266 ], [ %322, %312 ]
	%294 = phi i32 [ %272, %266 ], [ %318, %312 ]
	%295 = phi double [ %275, %266 ], [ %321, %312 ]
	%296 = icmp slt i32 %293, %291
	br i1 %296, label %297, label %301

297:
	%298 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %293
	%299 = load i32, i32 addrspace(3)* %298
	%300 = icmp eq i32 %299, 1
	br i1 %300, label %304, label %312

301:
	%302 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_select2_cnt, i32 0, i32 0
	store i32 %294, i32 addrspace(3)* %302
	%303 = getelementptr [1 x double], [1 x double] addrspace(3)* @s2o_select2_mass, i32 0, i32 0
	store double %295, double addrspace(3)* %303
	br label %251

304:
	%305 = add i32 %13, %294
	%306 = sext i32 %305 to i64
	%307 = getelementptr i32, i32* %list, i64 %306
	store i32 %293, i32* %307
	%308 = add i32 %13, %NK
	%309 = add i32 %308, %294
	%310 = sext i32 %309 to i64
	%311 = getelementptr i32, i32* %list, i64 %310
	store i32 1, i32* %311
	br label %312

312:
	%313 = add i32 %11, %293
	%314 = sext i32 %313 to i64
	%315 = getelementptr float, float* %e, i64 %314
	%316 = load float, float* %315
	%317 = add i32 %294, 1
	%318 = select i1 %300, i32 %317, i32 %294
	%319 = fpext float %316 to double
	%320 = fadd double %295, %319
	%321 = select i1 %300, double %320, double %295
	%322 = add i32 %293, 1
	br label %292

topk:
	call void @llvm.nvvm.barrier0()
	%323 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %323
	call void @llvm.nvvm.barrier0()
	br label %331

topk_done:
	%324 = sub i32 %256, 1
	%325 = call i32 @llvm.ctlz.i32(i32 %324, i1 false)
	%326 = icmp sgt i32 %256, 1
	%327 = sub i32 32, %325
	%328 = select i1 %326, i32 %327, i32 0
	%329 = shl i32 1, %328
	%330 = add i32 %256, %0
	br label %995

331:
	%332 = phi i32 [ %0, %topk ], [ %382, %381 ]
	%333 = icmp slt i32 %332, %16
	br i1 %333, label %334, label %350

334:
	%335 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %332
	%336 = load i32, i32 addrspace(3)* %335
	%337 = icmp uge i32 %336, 2
	%338 = and i32 %336, 0
	%339 = icmp eq i32 %338, 0
	%340 = and i1 %337, %339
	%341 = lshr i32 %336, 24
	%342 = and i32 %341, 255
	%343 = select i1 %340, i32 %342, i32 256
	%344 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %343)
	%345 = shl i32 1, %3
	%346 = sub i32 %345, 1
	%347 = and i32 %344, %346
	%348 = icmp eq i32 %347, 0
	%349 = and i1 %340, %348
	br i1 %349, label %377, label %381

350:
	call void @llvm.nvvm.barrier0()
	%351 = sub i32 255, %0
	%352 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %351
	%353 = load i32, i32 addrspace(3)* %352
	%354 = and i32 %0, 31
	%355 = lshr i32 %0, 5
	%356 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %353, i32 1, i32 0)
	%357 = icmp uge i32 %354, 1
	%358 = select i1 %357, i32 %356, i32 0
	%359 = add i32 %353, %358
	%360 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %359, i32 2, i32 0)
	%361 = icmp uge i32 %354, 2
	%362 = select i1 %361, i32 %360, i32 0
	%363 = add i32 %359, %362
	%364 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %363, i32 4, i32 0)
	%365 = icmp uge i32 %354, 4
	%366 = select i1 %365, i32 %364, i32 0
	%367 = add i32 %363, %366
	%368 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %367, i32 8, i32 0)
	%369 = icmp uge i32 %354, 8
	%370 = select i1 %369, i32 %368, i32 0
	%371 = add i32 %367, %370
	%372 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %371, i32 16, i32 0)
	%373 = icmp uge i32 %354, 16
	%374 = select i1 %373, i32 %372, i32 0
	%375 = add i32 %371, %374
	%376 = icmp eq i32 %354, 31
	br i1 %376, label %383, label %385

377:
	%378 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %342
	%379 = call i32 @llvm.ctpop.i32(i32 %344)
	%380 = atomicrmw add i32 addrspace(3)* %378, i32 %379 monotonic
	br label %381

381:
	%382 = add i32 %332, 256
	br label %331

383:
	%384 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 %355
	store i32 %375, i32 addrspace(3)* %384
	br label %385

385:
	call void @llvm.nvvm.barrier0()
	%386 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 0
	%387 = load i32, i32 addrspace(3)* %386
	%388 = icmp sgt i32 %355, 0
	%389 = select i1 %388, i32 %387, i32 0
	%390 = add i32 0, %389
	%391 = add i32 0, %387
	%392 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 1
	%393 = load i32, i32 addrspace(3)* %392
	%394 = icmp sgt i32 %355, 1
	%395 = select i1 %394, i32 %393, i32 0
	%396 = add i32 %390, %395
	%397 = add i32 %391, %393
	%398 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 2
	%399 = load i32, i32 addrspace(3)* %398
	%400 = icmp sgt i32 %355, 2
	%401 = select i1 %400, i32 %399, i32 0
	%402 = add i32 %396, %401
	%403 = add i32 %397, %399
	%404 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 3
	%405 = load i32, i32 addrspace(3)* %404
	%406 = icmp sgt i32 %355, 3
	%407 = select i1 %406, i32 %405, i32 0
	%408 = add i32 %402, %407
	%409 = add i32 %403, %405
	%410 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 4
	%411 = load i32, i32 addrspace(3)* %410
	%412 = icmp sgt i32 %355, 4
	%413 = select i1 %412, i32 %411, i32 0
	%414 = add i32 %408, %413
	%415 = add i32 %409, %411
	%416 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 5
	%417 = load i32, i32 addrspace(3)* %416
	%418 = icmp sgt i32 %355, 5
	%419 = select i1 %418, i32 %417, i32 0
	%420 = add i32 %414, %419
	%421 = add i32 %415, %417
	%422 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 6
	%423 = load i32, i32 addrspace(3)* %422
	%424 = icmp sgt i32 %355, 6
	%425 = select i1 %424, i32 %423, i32 0
	%426 = add i32 %420, %425
	%427 = add i32 %421, %423
	%428 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 7
	%429 = load i32, i32 addrspace(3)* %428
	%430 = icmp sgt i32 %355, 7
	%431 = select i1 %430, i32 %429, i32 0
	%432 = add i32 %426, %431
	%433 = add i32 %427, %429
	%434 = add i32 %432, %375
	%435 = sub i32 %434, %353
	%436 = icmp slt i32 %435, %256
	%437 = add i32 %435, %353
	%438 = icmp sle i32 %256, %437
	%439 = and i1 %436, %438
	br i1 %439, label %440, label %443

440:
	%441 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 0
	store i32 %351, i32 addrspace(3)* %441
	%442 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 1
	store i32 %435, i32 addrspace(3)* %442
	br label %443

443:
	call void @llvm.nvvm.barrier0()
	%444 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 0
	%445 = load i32, i32 addrspace(3)* %444
	%446 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 1
	%447 = load i32, i32 addrspace(3)* %446
	%448 = sub i32 %256, %447
	%449 = shl i32 %445, 24
	%450 = or i32 0, %449
	%451 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%452 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %452
	call void @llvm.nvvm.barrier0()
	br label %453

453:
	%454 = phi i32 [ %0, %443 ], [ %504, %503 ]
	%455 = icmp slt i32 %454, %16
	br i1 %455, label %456, label %472

456:
	%457 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %454
	%458 = load i32, i32 addrspace(3)* %457
	%459 = icmp uge i32 %458, 2
	%460 = and i32 %458, %451
	%461 = icmp eq i32 %460, %450
	%462 = and i1 %459, %461
	%463 = lshr i32 %458, 16
	%464 = and i32 %463, 255
	%465 = select i1 %462, i32 %464, i32 256
	%466 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %465)
	%467 = shl i32 1, %3
	%468 = sub i32 %467, 1
	%469 = and i32 %466, %468
	%470 = icmp eq i32 %469, 0
	%471 = and i1 %462, %470
	br i1 %471, label %499, label %503

472:
	call void @llvm.nvvm.barrier0()
	%473 = sub i32 255, %0
	%474 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %473
	%475 = load i32, i32 addrspace(3)* %474
	%476 = and i32 %0, 31
	%477 = lshr i32 %0, 5
	%478 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %475, i32 1, i32 0)
	%479 = icmp uge i32 %476, 1
	%480 = select i1 %479, i32 %478, i32 0
	%481 = add i32 %475, %480
	%482 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %481, i32 2, i32 0)
	%483 = icmp uge i32 %476, 2
	%484 = select i1 %483, i32 %482, i32 0
	%485 = add i32 %481, %484
	%486 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %485, i32 4, i32 0)
	%487 = icmp uge i32 %476, 4
	%488 = select i1 %487, i32 %486, i32 0
	%489 = add i32 %485, %488
	%490 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %489, i32 8, i32 0)
	%491 = icmp uge i32 %476, 8
	%492 = select i1 %491, i32 %490, i32 0
	%493 = add i32 %489, %492
	%494 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %493, i32 16, i32 0)
	%495 = icmp uge i32 %476, 16
	%496 = select i1 %495, i32 %494, i32 0
	%497 = add i32 %493, %496
	%498 = icmp eq i32 %476, 31
	br i1 %498, label %505, label %507

499:
	%500 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %464
	%501 = call i32 @llvm.ctpop.i32(i32 %466)
	%502 = atomicrmw add i32 addrspace(3)* %500, i32 %501 monotonic
	br label %503

503:
	%504 = add i32 %454, 256
	br label %453

505:
	%506 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 %477
	store i32 %497, i32 addrspace(3)* %506
	br label %507

507:
	call void @llvm.nvvm.barrier0()
	%508 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 0
	%509 = load i32, i32 addrspace(3)* %508
	%510 = icmp sgt i32 %477, 0
	%511 = select i1 %510, i32 %509, i32 0
	%512 = add i32 0, %511
	%513 = add i32 0, %509
	%514 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 1
	%515 = load i32, i32 addrspace(3)* %514
	%516 = icmp sgt i32 %477, 1
	%517 = select i1 %516, i32 %515, i32 0
	%518 = add i32 %512, %517
	%519 = add i32 %513, %515
	%520 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 2
	%521 = load i32, i32 addrspace(3)* %520
	%522 = icmp sgt i32 %477, 2
	%523 = select i1 %522, i32 %521, i32 0
	%524 = add i32 %518, %523
	%525 = add i32 %519, %521
	%526 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 3
	%527 = load i32, i32 addrspace(3)* %526
	%528 = icmp sgt i32 %477, 3
	%529 = select i1 %528, i32 %527, i32 0
	%530 = add i32 %524, %529
	%531 = add i32 %525, %527
	%532 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 4
	%533 = load i32, i32 addrspace(3)* %532
	%534 = icmp sgt i32 %477, 4
	%535 = select i1 %534, i32 %533, i32 0
	%536 = add i32 %530, %535
	%537 = add i32 %531, %533
	%538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 5
	%539 = load i32, i32 addrspace(3)* %538
	%540 = icmp sgt i32 %477, 5
	%541 = select i1 %540, i32 %539, i32 0
	%542 = add i32 %536, %541
	%543 = add i32 %537, %539
	%544 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 6
	%545 = load i32, i32 addrspace(3)* %544
	%546 = icmp sgt i32 %477, 6
	%547 = select i1 %546, i32 %545, i32 0
	%548 = add i32 %542, %547
	%549 = add i32 %543, %545
	%550 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 7
	%551 = load i32, i32 addrspace(3)* %550
	%552 = icmp sgt i32 %477, 7
	%553 = select i1 %552, i32 %551, i32 0
	%554 = add i32 %548, %553
	%555 = add i32 %549, %551
	%556 = add i32 %554, %497
	%557 = sub i32 %556, %475
	%558 = icmp slt i32 %557, %448
	%559 = add i32 %557, %475
	%560 = icmp sle i32 %448, %559
	%561 = and i1 %558, %560
	br i1 %561, label %562, label %565

562:
	%563 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 0
	store i32 %473, i32 addrspace(3)* %563
	%564 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 1
	store i32 %557, i32 addrspace(3)* %564
	br label %565

565:
	call void @llvm.nvvm.barrier0()
	%566 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 0
	%567 = load i32, i32 addrspace(3)* %566
	%568 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 1
	%569 = load i32, i32 addrspace(3)* %568
	%570 = sub i32 %448, %569
	%571 = shl i32 %567, 16
	%572 = or i32 %450, %571
	%573 = or i32 %451, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%574 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %574
	call void @llvm.nvvm.barrier0()
	br label %575

575:
	%576 = phi i32 [ %0, %565 ], [ %626, %625 ]
	%577 = icmp slt i32 %576, %16
	br i1 %577, label %578, label %594

578:
	%579 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %576
	%580 = load i32, i32 addrspace(3)* %579
	%581 = icmp uge i32 %580, 2
	%582 = and i32 %580, %573
	%583 = icmp eq i32 %582, %572
	%584 = and i1 %581, %583
	%585 = lshr i32 %580, 8
	%586 = and i32 %585, 255
	%587 = select i1 %584, i32 %586, i32 256
	%588 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %587)
	%589 = shl i32 1, %3
	%590 = sub i32 %589, 1
	%591 = and i32 %588, %590
	%592 = icmp eq i32 %591, 0
	%593 = and i1 %584, %592
	br i1 %593, label %621, label %625

594:
	call void @llvm.nvvm.barrier0()
	%595 = sub i32 255, %0
	%596 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %595
	%597 = load i32, i32 addrspace(3)* %596
	%598 = and i32 %0, 31
	%599 = lshr i32 %0, 5
	%600 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %597, i32 1, i32 0)
	%601 = icmp uge i32 %598, 1
	%602 = select i1 %601, i32 %600, i32 0
	%603 = add i32 %597, %602
	%604 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %603, i32 2, i32 0)
	%605 = icmp uge i32 %598, 2
	%606 = select i1 %605, i32 %604, i32 0
	%607 = add i32 %603, %606
	%608 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %607, i32 4, i32 0)
	%609 = icmp uge i32 %598, 4
	%610 = select i1 %609, i32 %608, i32 0
	%611 = add i32 %607, %610
	%612 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %611, i32 8, i32 0)
	%613 = icmp uge i32 %598, 8
	%614 = select i1 %613, i32 %612, i32 0
	%615 = add i32 %611, %614
	%616 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %615, i32 16, i32 0)
	%617 = icmp uge i32 %598, 16
	%618 = select i1 %617, i32 %616, i32 0
	%619 = add i32 %615, %618
	%620 = icmp eq i32 %598, 31
	br i1 %620, label %627, label %629

621:
	%622 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %586
	%623 = call i32 @llvm.ctpop.i32(i32 %588)
	%624 = atomicrmw add i32 addrspace(3)* %622, i32 %623 monotonic
	br label %625

625:
	%626 = add i32 %576, 256
	br label %575

627:
	%628 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 %599
	store i32 %619, i32 addrspace(3)* %628
	br label %629

629:
	call void @llvm.nvvm.barrier0()
	%630 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 0
	%631 = load i32, i32 addrspace(3)* %630
	%632 = icmp sgt i32 %599, 0
	%633 = select i1 %632, i32 %631, i32 0
	%634 = add i32 0, %633
	%635 = add i32 0, %631
	%636 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 1
	%637 = load i32, i32 addrspace(3)* %636
	%638 = icmp sgt i32 %599, 1
	%639 = select i1 %638, i32 %637, i32 0
	%640 = add i32 %634, %639
	%641 = add i32 %635, %637
	%642 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 2
	%643 = load i32, i32 addrspace(3)* %642
	%644 = icmp sgt i32 %599, 2
	%645 = select i1 %644, i32 %643, i32 0
	%646 = add i32 %640, %645
	%647 = add i32 %641, %643
	%648 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 3
	%649 = load i32, i32 addrspace(3)* %648
	%650 = icmp sgt i32 %599, 3
	%651 = select i1 %650, i32 %649, i32 0
	%652 = add i32 %646, %651
	%653 = add i32 %647, %649
	%654 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 4
	%655 = load i32, i32 addrspace(3)* %654
	%656 = icmp sgt i32 %599, 4
	%657 = select i1 %656, i32 %655, i32 0
	%658 = add i32 %652, %657
	%659 = add i32 %653, %655
	%660 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 5
	%661 = load i32, i32 addrspace(3)* %660
	%662 = icmp sgt i32 %599, 5
	%663 = select i1 %662, i32 %661, i32 0
	%664 = add i32 %658, %663
	%665 = add i32 %659, %661
	%666 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 6
	%667 = load i32, i32 addrspace(3)* %666
	%668 = icmp sgt i32 %599, 6
	%669 = select i1 %668, i32 %667, i32 0
	%670 = add i32 %664, %669
	%671 = add i32 %665, %667
	%672 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 7
	%673 = load i32, i32 addrspace(3)* %672
	%674 = icmp sgt i32 %599, 7
	%675 = select i1 %674, i32 %673, i32 0
	%676 = add i32 %670, %675
	%677 = add i32 %671, %673
	%678 = add i32 %676, %619
	%679 = sub i32 %678, %597
	%680 = icmp slt i32 %679, %570
	%681 = add i32 %679, %597
	%682 = icmp sle i32 %570, %681
	%683 = and i1 %680, %682
	br i1 %683, label %684, label %687

684:
	%685 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 0
	store i32 %595, i32 addrspace(3)* %685
	%686 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 1
	store i32 %679, i32 addrspace(3)* %686
	br label %687

687:
	call void @llvm.nvvm.barrier0()
	%688 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 0
	%689 = load i32, i32 addrspace(3)* %688
	%690 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 1
	%691 = load i32, i32 addrspace(3)* %690
	%692 = sub i32 %570, %691
	%693 = shl i32 %689, 8
	%694 = or i32 %572, %693
	%695 = or i32 %573, u0xFF00
	call void @llvm.nvvm.barrier0()
	%696 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %696
	call void @llvm.nvvm.barrier0()
	br label %697

697:
	%698 = phi i32 [ %0, %687 ], [ %748, %747 ]
	%699 = icmp slt i32 %698, %16
	br i1 %699, label %700, label %716

700:
	%701 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %698
	%702 = load i32, i32 addrspace(3)* %701
	%703 = icmp uge i32 %702, 2
	%704 = and i32 %702, %695
	%705 = icmp eq i32 %704, %694
	%706 = and i1 %703, %705
	%707 = lshr i32 %702, 0
	%708 = and i32 %707, 255
	%709 = select i1 %706, i32 %708, i32 256
	%710 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %709)
	%711 = shl i32 1, %3
	%712 = sub i32 %711, 1
	%713 = and i32 %710, %712
	%714 = icmp eq i32 %713, 0
	%715 = and i1 %706, %714
	br i1 %715, label %743, label %747

716:
	call void @llvm.nvvm.barrier0()
	%717 = sub i32 255, %0
	%718 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %717
	%719 = load i32, i32 addrspace(3)* %718
	%720 = and i32 %0, 31
	%721 = lshr i32 %0, 5
	%722 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %719, i32 1, i32 0)
	%723 = icmp uge i32 %720, 1
	%724 = select i1 %723, i32 %722, i32 0
	%725 = add i32 %719, %724
	%726 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %725, i32 2, i32 0)
	%727 = icmp uge i32 %720, 2
	%728 = select i1 %727, i32 %726, i32 0
	%729 = add i32 %725, %728
	%730 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %729, i32 4, i32 0)
	%731 = icmp uge i32 %720, 4
	%732 = select i1 %731, i32 %730, i32 0
	%733 = add i32 %729, %732
	%734 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %733, i32 8, i32 0)
	%735 = icmp uge i32 %720, 8
	%736 = select i1 %735, i32 %734, i32 0
	%737 = add i32 %733, %736
	%738 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %737, i32 16, i32 0)
	%739 = icmp uge i32 %720, 16
	%740 = select i1 %739, i32 %738, i32 0
	%741 = add i32 %737, %740
	%742 = icmp eq i32 %720, 31
	br i1 %742, label %749, label %751

743:
	%744 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_select2_hist, i32 0, i32 %708
	%745 = call i32 @llvm.ctpop.i32(i32 %710)
	%746 = atomicrmw add i32 addrspace(3)* %744, i32 %745 monotonic
	br label %747

747:
	%748 = add i32 %698, 256
	br label %697

749:
	%750 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 %721
	store i32 %741, i32 addrspace(3)* %750
	br label %751

751:
	call void @llvm.nvvm.barrier0()
	%752 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 0
	%753 = load i32, i32 addrspace(3)* %752
	%754 = icmp sgt i32 %721, 0
	%755 = select i1 %754, i32 %753, i32 0
	%756 = add i32 0, %755
	%757 = add i32 0, %753
	%758 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 1
	%759 = load i32, i32 addrspace(3)* %758
	%760 = icmp sgt i32 %721, 1
	%761 = select i1 %760, i32 %759, i32 0
	%762 = add i32 %756, %761
	%763 = add i32 %757, %759
	%764 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 2
	%765 = load i32, i32 addrspace(3)* %764
	%766 = icmp sgt i32 %721, 2
	%767 = select i1 %766, i32 %765, i32 0
	%768 = add i32 %762, %767
	%769 = add i32 %763, %765
	%770 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 3
	%771 = load i32, i32 addrspace(3)* %770
	%772 = icmp sgt i32 %721, 3
	%773 = select i1 %772, i32 %771, i32 0
	%774 = add i32 %768, %773
	%775 = add i32 %769, %771
	%776 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 4
	%777 = load i32, i32 addrspace(3)* %776
	%778 = icmp sgt i32 %721, 4
	%779 = select i1 %778, i32 %777, i32 0
	%780 = add i32 %774, %779
	%781 = add i32 %775, %777
	%782 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 5
	%783 = load i32, i32 addrspace(3)* %782
	%784 = icmp sgt i32 %721, 5
	%785 = select i1 %784, i32 %783, i32 0
	%786 = add i32 %780, %785
	%787 = add i32 %781, %783
	%788 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 6
	%789 = load i32, i32 addrspace(3)* %788
	%790 = icmp sgt i32 %721, 6
	%791 = select i1 %790, i32 %789, i32 0
	%792 = add i32 %786, %791
	%793 = add i32 %787, %789
	%794 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 7
	%795 = load i32, i32 addrspace(3)* %794
	%796 = icmp sgt i32 %721, 7
	%797 = select i1 %796, i32 %795, i32 0
	%798 = add i32 %792, %797
	%799 = add i32 %793, %795
	%800 = add i32 %798, %741
	%801 = sub i32 %800, %719
	%802 = icmp slt i32 %801, %692
	%803 = add i32 %801, %719
	%804 = icmp sle i32 %692, %803
	%805 = and i1 %802, %804
	br i1 %805, label %806, label %809

806:
	%807 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 0
	store i32 %717, i32 addrspace(3)* %807
	%808 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 1
	store i32 %801, i32 addrspace(3)* %808
	br label %809

809:
	call void @llvm.nvvm.barrier0()
	%810 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 0
	%811 = load i32, i32 addrspace(3)* %810
	%812 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_select2_sel, i32 0, i32 1
	%813 = load i32, i32 addrspace(3)* %812
	%814 = sub i32 %692, %813
	%815 = shl i32 %811, 0
	%816 = or i32 %694, %815
	%817 = or i32 %695, 255
	br label %818

818:
	%819 = phi i32 [ 0, %809 ], [ %994, %991 ]
	%820 = phi i32 [ 0, %809 ], [ %992, %991 ]
	%821 = phi i32 [ 0, %809 ], [ %993, %991 ]
	%822 = icmp slt i32 %819, %16
	br i1 %822, label %823, label %852

823:
	%824 = add i32 %819, %0
	%825 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %824
	%826 = load i32, i32 addrspace(3)* %825
	%827 = icmp eq i32 %826, %816
	%828 = zext i1 %827 to i32
	%829 = and i32 %0, 31
	%830 = lshr i32 %0, 5
	%831 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %828, i32 1, i32 0)
	%832 = icmp uge i32 %829, 1
	%833 = select i1 %832, i32 %831, i32 0
	%834 = add i32 %828, %833
	%835 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %834, i32 2, i32 0)
	%836 = icmp uge i32 %829, 2
	%837 = select i1 %836, i32 %835, i32 0
	%838 = add i32 %834, %837
	%839 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %838, i32 4, i32 0)
	%840 = icmp uge i32 %829, 4
	%841 = select i1 %840, i32 %839, i32 0
	%842 = add i32 %838, %841
	%843 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %842, i32 8, i32 0)
	%844 = icmp uge i32 %829, 8
	%845 = select i1 %844, i32 %843, i32 0
	%846 = add i32 %842, %845
	%847 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %846, i32 16, i32 0)
	%848 = icmp uge i32 %829, 16
	%849 = select i1 %848, i32 %847, i32 0
	%850 = add i32 %846, %849
	%851 = icmp eq i32 %829, 31
	br i1 %851, label %853, label %855

852:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

853:
	%854 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 %830
	store i32 %850, i32 addrspace(3)* %854
	br label %855

855:
	call void @llvm.nvvm.barrier0()
	%856 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 0
	%857 = load i32, i32 addrspace(3)* %856
	%858 = icmp sgt i32 %830, 0
	%859 = select i1 %858, i32 %857, i32 0
	%860 = add i32 0, %859
	%861 = add i32 0, %857
	%862 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 1
	%863 = load i32, i32 addrspace(3)* %862
	%864 = icmp sgt i32 %830, 1
	%865 = select i1 %864, i32 %863, i32 0
	%866 = add i32 %860, %865
	%867 = add i32 %861, %863
	%868 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 2
	%869 = load i32, i32 addrspace(3)* %868
	%870 = icmp sgt i32 %830, 2
	%871 = select i1 %870, i32 %869, i32 0
	%872 = add i32 %866, %871
	%873 = add i32 %867, %869
	%874 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 3
	%875 = load i32, i32 addrspace(3)* %874
	%876 = icmp sgt i32 %830, 3
	%877 = select i1 %876, i32 %875, i32 0
	%878 = add i32 %872, %877
	%879 = add i32 %873, %875
	%880 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 4
	%881 = load i32, i32 addrspace(3)* %880
	%882 = icmp sgt i32 %830, 4
	%883 = select i1 %882, i32 %881, i32 0
	%884 = add i32 %878, %883
	%885 = add i32 %879, %881
	%886 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 5
	%887 = load i32, i32 addrspace(3)* %886
	%888 = icmp sgt i32 %830, 5
	%889 = select i1 %888, i32 %887, i32 0
	%890 = add i32 %884, %889
	%891 = add i32 %885, %887
	%892 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 6
	%893 = load i32, i32 addrspace(3)* %892
	%894 = icmp sgt i32 %830, 6
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %890, %895
	%897 = add i32 %891, %893
	%898 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 7
	%899 = load i32, i32 addrspace(3)* %898
	%900 = icmp sgt i32 %830, 7
	%901 = select i1 %900, i32 %899, i32 0
	%902 = add i32 %896, %901
	%903 = add i32 %897, %899
	%904 = add i32 %902, %850
	%905 = sub i32 %904, %828
	%906 = icmp ugt i32 %826, %816
	%907 = add i32 %820, %905
	%908 = icmp slt i32 %907, %814
	%909 = and i1 %827, %908
	%910 = or i1 %906, %909
	%911 = zext i1 %910 to i32
	%912 = and i32 %0, 31
	%913 = lshr i32 %0, 5
	%914 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %911, i32 1, i32 0)
	%915 = icmp uge i32 %912, 1
	%916 = select i1 %915, i32 %914, i32 0
	%917 = add i32 %911, %916
	%918 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %917, i32 2, i32 0)
	%919 = icmp uge i32 %912, 2
	%920 = select i1 %919, i32 %918, i32 0
	%921 = add i32 %917, %920
	%922 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %921, i32 4, i32 0)
	%923 = icmp uge i32 %912, 4
	%924 = select i1 %923, i32 %922, i32 0
	%925 = add i32 %921, %924
	%926 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %925, i32 8, i32 0)
	%927 = icmp uge i32 %912, 8
	%928 = select i1 %927, i32 %926, i32 0
	%929 = add i32 %925, %928
	%930 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %929, i32 16, i32 0)
	%931 = icmp uge i32 %912, 16
	%932 = select i1 %931, i32 %930, i32 0
	%933 = add i32 %929, %932
	%934 = icmp eq i32 %912, 31
	br i1 %934, label %935, label %937

935:
	%936 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 %913
	store i32 %933, i32 addrspace(3)* %936
	br label %937

937:
	call void @llvm.nvvm.barrier0()
	%938 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 0
	%939 = load i32, i32 addrspace(3)* %938
	%940 = icmp sgt i32 %913, 0
	%941 = select i1 %940, i32 %939, i32 0
	%942 = add i32 0, %941
	%943 = add i32 0, %939
	%944 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 1
	%945 = load i32, i32 addrspace(3)* %944
	%946 = icmp sgt i32 %913, 1
	%947 = select i1 %946, i32 %945, i32 0
	%948 = add i32 %942, %947
	%949 = add i32 %943, %945
	%950 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 2
	%951 = load i32, i32 addrspace(3)* %950
	%952 = icmp sgt i32 %913, 2
	%953 = select i1 %952, i32 %951, i32 0
	%954 = add i32 %948, %953
	%955 = add i32 %949, %951
	%956 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 3
	%957 = load i32, i32 addrspace(3)* %956
	%958 = icmp sgt i32 %913, 3
	%959 = select i1 %958, i32 %957, i32 0
	%960 = add i32 %954, %959
	%961 = add i32 %955, %957
	%962 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 4
	%963 = load i32, i32 addrspace(3)* %962
	%964 = icmp sgt i32 %913, 4
	%965 = select i1 %964, i32 %963, i32 0
	%966 = add i32 %960, %965
	%967 = add i32 %961, %963
	%968 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 5
	%969 = load i32, i32 addrspace(3)* %968
	%970 = icmp sgt i32 %913, 5
	%971 = select i1 %970, i32 %969, i32 0
	%972 = add i32 %966, %971
	%973 = add i32 %967, %969
	%974 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 6
	%975 = load i32, i32 addrspace(3)* %974
	%976 = icmp sgt i32 %913, 6
	%977 = select i1 %976, i32 %975, i32 0
	%978 = add i32 %972, %977
	%979 = add i32 %973, %975
	%980 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 7
	%981 = load i32, i32 addrspace(3)* %980
	%982 = icmp sgt i32 %913, 7
	%983 = select i1 %982, i32 %981, i32 0
	%984 = add i32 %978, %983
	%985 = add i32 %979, %981
	%986 = add i32 %984, %933
	%987 = sub i32 %986, %911
	br i1 %910, label %988, label %991

988:
	%989 = add i32 %821, %987
	%990 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %989
	store i32 %824, i32 addrspace(3)* %990
	br label %991

991:
	%992 = add i32 %820, %903
	%993 = add i32 %821, %985
	%994 = add i32 %819, 256
	br label %818

995:
	%996 = phi i32 [ %330, %topk_done ], [ %1000, %998 ]
	%997 = icmp slt i32 %996, %329
	br i1 %997, label %998, label %1001

998:
	%999 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %996
	store i32 -1, i32 addrspace(3)* %999
	%1000 = add i32 %996, 256
	br label %995

1001:
	call void @llvm.nvvm.barrier0()
	%1002 = add i32 %328, 1
	br label %1003

1003:
	%1004 = phi i32 [ 1, %1001 ], [ %1017, %1016 ]
	%1005 = icmp slt i32 %1004, %1002
	br i1 %1005, label %1006, label %1008

1006:
	%1007 = shl i32 1, %1004
	br label %1009

1008:
	br label %1055

1009:
	%1010 = phi i32 [ 0, %1006 ], [ %1025, %1024 ]
	%1011 = icmp slt i32 %1010, %1004
	br i1 %1011, label %1012, label %1016

1012:
	%1013 = sub i32 %1004, 1
	%1014 = sub i32 %1013, %1010
	%1015 = shl i32 1, %1014
	br label %1018

1016:
	%1017 = add i32 %1004, 1
	br label %1003

1018:
	%1019 = phi i32 [ %0, %1012 ], [ %1050, %1049 ]
	%1020 = icmp slt i32 %1019, %329
	br i1 %1020, label %1021, label %1024

1021:
	%1022 = xor i32 %1019, %1015
	%1023 = icmp sgt i32 %1022, %1019
	br i1 %1023, label %1026, label %1049

1024:
	call void @llvm.nvvm.barrier0()
	%1025 = add i32 %1010, 1
	br label %1009

1026:
	%1027 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %1019
	%1028 = load i32, i32 addrspace(3)* %1027
	%1029 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %1022
	%1030 = load i32, i32 addrspace(3)* %1029
	%1031 = and i32 %1019, %1007
	%1032 = icmp eq i32 %1031, 0
	%1033 = icmp sge i32 %1030, 0
	%1034 = select i1 %1033, i32 %1030, i32 0
	%1035 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %1034
	%1036 = load i32, i32 addrspace(3)* %1035
	%1037 = select i1 %1033, i32 %1036, i32 0
	%1038 = icmp sge i32 %1028, 0
	%1039 = select i1 %1038, i32 %1028, i32 0
	%1040 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %1039
	%1041 = load i32, i32 addrspace(3)* %1040
	%1042 = select i1 %1038, i32 %1041, i32 0
	%1043 = icmp ugt i32 %1037, %1042
	%1044 = icmp eq i32 %1037, %1042
	%1045 = icmp slt i32 %1030, %1028
	%1046 = and i1 %1044, %1045
	%1047 = or i1 %1043, %1046
	%1048 = icmp eq i1 %1047, %1032
	br i1 %1048, label %1051, label %1054

1049:
	%1050 = add i32 %1019, 256
	br label %1018

1051:
	%1052 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %1019
	store i32 %1030, i32 addrspace(3)* %1052
	%1053 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %1022
	store i32 %1028, i32 addrspace(3)* %1053
	br label %1054

1054:
	br label %1049

1055:
	%1056 = phi i32 [ %0, %1008 ], [ %1069, %1058 ]
	%1057 = icmp slt i32 %1056, %256
	br i1 %1057, label %1058, label %1070

1058:
	%1059 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %1056
	%1060 = load i32, i32 addrspace(3)* %1059
	%1061 = add i32 %253, %1056
	%1062 = add i32 %13, %1061
	%1063 = sext i32 %1062 to i64
	%1064 = getelementptr i32, i32* %list, i64 %1063
	store i32 %1060, i32* %1064
	%1065 = add i32 %13, %NK
	%1066 = add i32 %1065, %1061
	%1067 = sext i32 %1066 to i64
	%1068 = getelementptr i32, i32* %list, i64 %1067
	store i32 0, i32* %1068
	%1069 = add i32 %1056, 256
	br label %1055

1070:
	%1071 = add i32 %253, %256
	%1072 = add i32 %1071, %0
	br label %1073

1073:
	%1074 = phi i32 [ %1072, %1070 ], [ %1084, %1076 ]
	%1075 = icmp slt i32 %1074, %NK
	br i1 %1075, label %1076, label %1085

1076:
	%1077 = add i32 %13, %1074
	%1078 = sext i32 %1077 to i64
	%1079 = getelementptr i32, i32* %list, i64 %1078
	store i32 -1, i32* %1079
	%1080 = add i32 %13, %NK
	%1081 = add i32 %1080, %1074
	%1082 = sext i32 %1081 to i64
	%1083 = getelementptr i32, i32* %list, i64 %1082
	store i32 -1, i32* %1083
	%1084 = add i32 %1074, 256
	br label %1073

1085:
	ret void
}

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

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
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%4 = mul i32 %3, 8
	%5 = mul i32 %1, 256
	%6 = add i32 %4, 8
	%7 = icmp slt i32 %5, %N
	%8 = select i1 %7, i32 %5, i32 %N
	%9 = sdiv i32 %8, 64
	%10 = icmp slt i32 %6, %9
	%11 = select i1 %10, i32 %6, i32 %9
	%12 = sdiv i32 %5, 64
	%13 = add i32 %5, 256
	%14 = add i32 %13, 63
	%15 = sdiv i32 %14, 64
	%16 = icmp slt i32 %15, %NQ
	%17 = select i1 %16, i32 %15, i32 %NQ
	%18 = mul i32 %2, %NS
	%19 = add i32 %18, %1
	%20 = sext i32 %19 to i64
	%21 = sext i32 %N to i64
	%22 = mul i64 %20, %21
	%23 = getelementptr i32, i32* %perm, i64 %22
	%24 = sdiv i32 %2, %group
	%25 = sext i32 %24 to i64
	%26 = sext i32 %N to i64
	%27 = mul i64 %25, %26
	%28 = mul i64 %27, 64
	%29 = sext i32 %0 to i64
	%30 = add i64 %28, %29
	%31 = getelementptr i16, i16* %k, i64 %30
	br label %32

32:
	%33 = phi i32 [ %4, %entry ], [ %83, %82 ]
	%34 = icmp slt i32 %33, %11
	br i1 %34, label %35, label %38

35:
	%36 = mul i32 %33, 64
	%37 = add i32 %36, 64
	br label %39

38:
	ret void

39:
	%40 = phi i32 [ %36, %35 ], [ %53, %43 ]
	%41 = phi float [ 0.0, %35 ], [ %52, %43 ]
	%42 = icmp slt i32 %40, %37
	br i1 %42, label %43, label %54

43:
	%44 = sext i32 %40 to i64
	%45 = getelementptr i32, i32* %23, i64 %44
	%46 = load i32, i32* %45
	%47 = sext i32 %46 to i64
	%48 = mul i64 %47, 64
	%49 = getelementptr i16, i16* %31, i64 %48
	%50 = load i16, i16* %49
	%51 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %50)
	%52 = fadd float %41, %51
	%53 = add i32 %40, 1
	br label %39

54:
	%55 = fdiv float %41, 64.0
	br label %56

56:
	%57 = phi i32 [ %12, %54 ], [ %99, %98 ]
	%58 = icmp slt i32 %57, %17
	br i1 %58, label %59, label %82

59:
	%60 = mul i32 %2, %NQ
	%61 = add i32 %60, %57
	%62 = mul i32 %61, 64
	%63 = add i32 %62, %0
	%64 = sext i32 %63 to i64
	%65 = getelementptr float, float* %qm, i64 %64
	%66 = load float, float* %65
	%67 = fmul float %66, %55
	%68 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %67, i32 16, i32 31)
	%69 = fadd float %67, %68
	%70 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %69, i32 8, i32 31)
	%71 = fadd float %69, %70
	%72 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %71, i32 4, i32 31)
	%73 = fadd float %71, %72
	%74 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %73, i32 2, i32 31)
	%75 = fadd float %73, %74
	%76 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %75, i32 1, i32 31)
	%77 = fadd float %75, %76
	%78 = lshr i32 %0, 5
	%79 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%80 = icmp eq i32 %79, 0
	%81 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_perm_scores1_red, i32 0, i32 %78
	br i1 %80, label %84, label %85

82:
	%83 = add i32 %33, 1
	br label %32

84:
	store float %77, float addrspace(3)* %81
	br label %85

85:
	call void @llvm.nvvm.barrier0()
	%86 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_perm_scores1_red, i32 0, i32 0
	%87 = load float, float addrspace(3)* %86
	%88 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_perm_scores1_red, i32 0, i32 1
	%89 = load float, float addrspace(3)* %88
	%90 = fadd float %87, %89
	%91 = icmp eq i32 %0, 0
	br i1 %91, label %92, label %98

92:
	%93 = fmul float %90, 0x3FC7154760000000
	%94 = mul i32 %61, %NK
	%95 = add i32 %94, %33
	%96 = sext i32 %95 to i64
	%97 = getelementptr float, float* %e, i64 %96
	store float %93, float* %97
	br label %98

98:
	%99 = add i32 %57, 1
	br label %56
}

define ptx_kernel void @s2o_attn3(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i32* %perm, i32 %NS, i32 %segment, i32* %visits) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @s2o_attn3_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = lshr i32 %9, 5
	%11 = and i32 %9, 31
	%12 = lshr i32 %11, 2
	%13 = and i32 %11, 3
	%14 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%15 = mul i32 %14, %NQ
	%16 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%17 = add i32 %15, %16
	%18 = mul i32 %hg, %NQ
	%19 = udiv i32 %17, %18
	%20 = urem i32 %17, %18
	%21 = mul i32 %19, %hg
	%22 = sub i32 %H, %21
	%23 = icmp slt i32 %hg, %22
	%24 = select i1 %23, i32 %hg, i32 %22
	%25 = sub i32 %NQ, 1
	%26 = udiv i32 %20, %24
	%27 = sub i32 %25, %26
	%28 = urem i32 %20, %24
	%29 = add i32 %21, %28
	%30 = sdiv i32 %29, %group
	%31 = mul i32 %27, 64
	%32 = mul i32 %29, %M
	%33 = mul i32 %32, 64
	%34 = sext i32 %33 to i64
	%35 = getelementptr i16, i16* %q, i64 %34
	%36 = mul i32 %30, %N
	%37 = mul i32 %36, 64
	%38 = sext i32 %37 to i64
	%39 = getelementptr i16, i16* %k, i64 %38
	%40 = mul i32 %30, %N
	%41 = mul i32 %40, 64
	%42 = sext i32 %41 to i64
	%43 = getelementptr i16, i16* %v, i64 %42
	%44 = udiv i32 %29, %lh
	%45 = mul i32 %44, %NQ
	%46 = add i32 %45, %27
	%47 = mul i32 %46, 2
	%48 = mul i32 %47, %NK
	%49 = mul i32 %29, %ch
	%50 = mul i32 %49, %NQ
	%51 = add i32 %50, %27
	%52 = mul i32 %51, %NK
	%53 = sdiv i32 %31, %segment
	%54 = mul i32 %29, %NS
	%55 = add i32 %54, %53
	%56 = mul i32 %55, %N
	%57 = sext i32 %56 to i64
	%58 = getelementptr i32, i32* %perm, i64 %57
	%59 = add i32 %48, 0
	%60 = sext i32 %59 to i64
	%61 = getelementptr i32, i32* %list, i64 %60
	%62 = load i32, i32* %61
	%63 = icmp sgt i32 %NK, 0
	%64 = icmp sge i32 %62, 0
	%65 = and i1 %63, %64
	%66 = lshr i32 %9, 3
	%67 = and i32 %9, 7
	%68 = lshr i32 %67, 3
	%69 = mul i32 %68, u0x2000
	%70 = and i32 %67, 7
	%71 = and i32 %66, 7
	%72 = xor i32 %70, %71
	%73 = mul i32 %66, 128
	%74 = shl i32 %72, 4
	%75 = add i32 %73, %74
	%76 = add i32 %69, %75
	%77 = add i32 %2, %76
	%78 = add i32 %31, %66
	%79 = mul i32 %78, 64
	%80 = mul i32 %67, 8
	%81 = add i32 %79, %80
	%82 = sext i32 %81 to i64
	%83 = getelementptr i16, i16* %35, i64 %82
	%84 = add i32 %78, 0
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %83, i64 0
	%87 = select i1 %85, i16* %86, i16* %35
	%88 = add i32 %77, 0
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %78, 16
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %83, i64 1024
	%93 = select i1 %91, i16* %92, i16* %35
	%94 = add i32 %77, 2048
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %78, 32
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %83, i64 2048
	%99 = select i1 %97, i16* %98, i16* %35
	%100 = add i32 %77, u0x1000
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	%102 = add i32 %78, 48
	%103 = icmp slt i32 %102, %M
	%104 = getelementptr i16, i16* %83, i64 3072
	%105 = select i1 %103, i16* %104, i16* %35
	%106 = add i32 %77, 6144
	%107 = select i1 %103, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %106, i16* %105, i32 %107)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %65, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%108 = and i32 %11, 7
	%109 = lshr i32 %11, 3
	%110 = and i32 %109, 1
	%111 = shl i32 %110, 3
	%112 = add i32 %108, %111
	%113 = lshr i32 %11, 4
	%114 = mul i32 %10, 16
	%115 = add i32 %112, 0
	%116 = add i32 %114, %115
	%117 = mul i32 %116, 128
	%118 = add i32 %2, %117
	%119 = and i32 %11, 7
	%120 = xor i32 %113, %119
	%121 = shl i32 %120, 4
	%122 = add i32 %118, %121
	%123 = mul i32 %62, 64
	%124 = lshr i32 %9, 3
	%125 = and i32 %9, 7
	%126 = lshr i32 %125, 3
	%127 = mul i32 %126, u0x2000
	%128 = and i32 %125, 7
	%129 = and i32 %124, 7
	%130 = xor i32 %128, %129
	%131 = mul i32 %124, 128
	%132 = shl i32 %130, 4
	%133 = add i32 %131, %132
	%134 = add i32 %127, %133
	%135 = add i32 %0, %134
	%136 = add i32 %123, %124
	%137 = add i32 %136, 0
	%138 = icmp slt i32 %137, %N
	%139 = select i1 %138, i32 %137, i32 0
	%140 = sext i32 %139 to i64
	%141 = getelementptr i32, i32* %58, i64 %140
	%142 = load i32, i32* %141
	%143 = mul i32 %142, 64
	%144 = mul i32 %125, 8
	%145 = add i32 %143, %144
	%146 = sext i32 %145 to i64
	%147 = getelementptr i16, i16* %39, i64 %146
	%148 = add i32 %135, 0
	%149 = select i1 %138, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %148, i16* %147, i32 %149)
	%150 = add i32 %136, 16
	%151 = icmp slt i32 %150, %N
	%152 = select i1 %151, i32 %150, i32 0
	%153 = sext i32 %152 to i64
	%154 = getelementptr i32, i32* %58, i64 %153
	%155 = load i32, i32* %154
	%156 = mul i32 %155, 64
	%157 = mul i32 %125, 8
	%158 = add i32 %156, %157
	%159 = sext i32 %158 to i64
	%160 = getelementptr i16, i16* %39, i64 %159
	%161 = add i32 %135, 2048
	%162 = select i1 %151, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %161, i16* %160, i32 %162)
	%163 = add i32 %136, 32
	%164 = icmp slt i32 %163, %N
	%165 = select i1 %164, i32 %163, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i32, i32* %58, i64 %166
	%168 = load i32, i32* %167
	%169 = mul i32 %168, 64
	%170 = mul i32 %125, 8
	%171 = add i32 %169, %170
	%172 = sext i32 %171 to i64
	%173 = getelementptr i16, i16* %39, i64 %172
	%174 = add i32 %135, u0x1000
	%175 = select i1 %164, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %174, i16* %173, i32 %175)
	%176 = add i32 %136, 48
	%177 = icmp slt i32 %176, %N
	%178 = select i1 %177, i32 %176, i32 0
	%179 = sext i32 %178 to i64
	%180 = getelementptr i32, i32* %58, i64 %179
	%181 = load i32, i32* %180
	%182 = mul i32 %181, 64
	%183 = mul i32 %125, 8
	%184 = add i32 %182, %183
	%185 = sext i32 %184 to i64
	%186 = getelementptr i16, i16* %39, i64 %185
	%187 = add i32 %135, 6144
	%188 = select i1 %177, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %187, i16* %186, i32 %188)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%189 = phi i32 [ 0, %prologue ], [ %1367, %pv ]
	%190 = phi i32 [ %62, %prologue ], [ %1374, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1665, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1666, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1667, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1668, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1669, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1670, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1671, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1672, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1673, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1674, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1675, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1676, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1677, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1678, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1679, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1680, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1681, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1682, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1683, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1684, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1685, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1686, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1687, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1688, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1689, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1690, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1691, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1692, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1693, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1694, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1695, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1696, %pv ]
	%223 = phi float [ 0xFFF0000000000000, %prologue ], [ %1197, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1248, %pv ]
	%225 = phi float [ 0xFFF0000000000000, %prologue ], [ %1249, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1300, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%227 = mul i32 %190, 64
	%228 = lshr i32 %9, 3
	%229 = and i32 %9, 7
	%230 = lshr i32 %229, 3
	%231 = mul i32 %230, u0x2000
	%232 = and i32 %229, 7
	%233 = and i32 %228, 7
	%234 = xor i32 %232, %233
	%235 = mul i32 %228, 128
	%236 = shl i32 %234, 4
	%237 = add i32 %235, %236
	%238 = add i32 %231, %237
	%239 = add i32 %1, %238
	%240 = add i32 %227, %228
	%241 = add i32 %240, 0
	%242 = icmp slt i32 %241, %N
	%243 = select i1 %242, i32 %241, i32 0
	%244 = sext i32 %243 to i64
	%245 = getelementptr i32, i32* %58, i64 %244
	%246 = load i32, i32* %245
	%247 = mul i32 %246, 64
	%248 = mul i32 %229, 8
	%249 = add i32 %247, %248
	%250 = sext i32 %249 to i64
	%251 = getelementptr i16, i16* %43, i64 %250
	%252 = add i32 %239, 0
	%253 = select i1 %242, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %252, i16* %251, i32 %253)
	%254 = add i32 %240, 16
	%255 = icmp slt i32 %254, %N
	%256 = select i1 %255, i32 %254, i32 0
	%257 = sext i32 %256 to i64
	%258 = getelementptr i32, i32* %58, i64 %257
	%259 = load i32, i32* %258
	%260 = mul i32 %259, 64
	%261 = mul i32 %229, 8
	%262 = add i32 %260, %261
	%263 = sext i32 %262 to i64
	%264 = getelementptr i16, i16* %43, i64 %263
	%265 = add i32 %239, 2048
	%266 = select i1 %255, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %265, i16* %264, i32 %266)
	%267 = add i32 %240, 32
	%268 = icmp slt i32 %267, %N
	%269 = select i1 %268, i32 %267, i32 0
	%270 = sext i32 %269 to i64
	%271 = getelementptr i32, i32* %58, i64 %270
	%272 = load i32, i32* %271
	%273 = mul i32 %272, 64
	%274 = mul i32 %229, 8
	%275 = add i32 %273, %274
	%276 = sext i32 %275 to i64
	%277 = getelementptr i16, i16* %43, i64 %276
	%278 = add i32 %239, u0x1000
	%279 = select i1 %268, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %278, i16* %277, i32 %279)
	%280 = add i32 %240, 48
	%281 = icmp slt i32 %280, %N
	%282 = select i1 %281, i32 %280, i32 0
	%283 = sext i32 %282 to i64
	%284 = getelementptr i32, i32* %58, i64 %283
	%285 = load i32, i32* %284
	%286 = mul i32 %285, 64
	%287 = mul i32 %229, 8
	%288 = add i32 %286, %287
	%289 = sext i32 %288 to i64
	%290 = getelementptr i16, i16* %43, i64 %289
	%291 = add i32 %239, 6144
	%292 = select i1 %281, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %291, i16* %290, i32 %292)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%293 = add i32 %4, 0
	%294 = zext i32 %293 to i64
	%295 = or i64 %294, u0x4000004000010000
	%296 = add i32 %6, 0
	%297 = zext i32 %296 to i64
	%298 = or i64 %297, u0x4000004000010000
	%299 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %295, i64 %298, i32 1)
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 0
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 1
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 2
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 3
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 4
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 5
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 6
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 7
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 8
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 9
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 10
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 11
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 12
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 13
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 14
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 15
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 16
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 17
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 18
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 19
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 20
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 21
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 22
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 23
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 24
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 25
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 26
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 27
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 28
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 29
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 30
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 31
	%332 = add i32 %4, 2
	%333 = zext i32 %332 to i64
	%334 = or i64 %333, u0x4000004000010000
	%335 = add i32 %6, 2
	%336 = zext i32 %335 to i64
	%337 = or i64 %336, u0x4000004000010000
	%338 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, i64 %334, i64 %337, i32 1)
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 0
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 1
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 2
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 3
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 4
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 5
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 6
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 7
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 8
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 9
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 10
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 11
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 12
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 13
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 14
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 15
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 16
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 17
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 18
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 19
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 20
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 21
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 22
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 23
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 24
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 25
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 26
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 27
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 28
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 29
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 30
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 31
	%371 = add i32 %4, 4
	%372 = zext i32 %371 to i64
	%373 = or i64 %372, u0x4000004000010000
	%374 = add i32 %6, 4
	%375 = zext i32 %374 to i64
	%376 = or i64 %375, u0x4000004000010000
	%377 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, i64 %373, i64 %376, i32 1)
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 0
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 1
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 2
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 3
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 4
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 5
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 6
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 7
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 8
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 9
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 10
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 11
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 12
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 13
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 14
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 15
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 16
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 17
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 18
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 19
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 20
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 21
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 22
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 23
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 24
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 25
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 26
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 27
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 28
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 29
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 30
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 31
	%410 = add i32 %4, 6
	%411 = zext i32 %410 to i64
	%412 = or i64 %411, u0x4000004000010000
	%413 = add i32 %6, 6
	%414 = zext i32 %413 to i64
	%415 = or i64 %414, u0x4000004000010000
	%416 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, i64 %412, i64 %415, i32 1)
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 0
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 1
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 2
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 3
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 4
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 5
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 6
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 7
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 8
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 9
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 10
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 11
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 12
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 13
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 14
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 15
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 16
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 17
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 18
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 19
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 20
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 21
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 22
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 23
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 24
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 25
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 26
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 27
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 28
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 29
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 30
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%449 = call float asm sideeffect "", "=f,0"(float %417)
	%450 = call float asm sideeffect "", "=f,0"(float %418)
	%451 = call float asm sideeffect "", "=f,0"(float %419)
	%452 = call float asm sideeffect "", "=f,0"(float %420)
	%453 = call float asm sideeffect "", "=f,0"(float %421)
	%454 = call float asm sideeffect "", "=f,0"(float %422)
	%455 = call float asm sideeffect "", "=f,0"(float %423)
	%456 = call float asm sideeffect "", "=f,0"(float %424)
	%457 = call float asm sideeffect "", "=f,0"(float %425)
	%458 = call float asm sideeffect "", "=f,0"(float %426)
	%459 = call float asm sideeffect "", "=f,0"(float %427)
	%460 = call float asm sideeffect "", "=f,0"(float %428)
	%461 = call float asm sideeffect "", "=f,0"(float %429)
	%462 = call float asm sideeffect "", "=f,0"(float %430)
	%463 = call float asm sideeffect "", "=f,0"(float %431)
	%464 = call float asm sideeffect "", "=f,0"(float %432)
	%465 = call float asm sideeffect "", "=f,0"(float %433)
	%466 = call float asm sideeffect "", "=f,0"(float %434)
	%467 = call float asm sideeffect "", "=f,0"(float %435)
	%468 = call float asm sideeffect "", "=f,0"(float %436)
	%469 = call float asm sideeffect "", "=f,0"(float %437)
	%470 = call float asm sideeffect "", "=f,0"(float %438)
	%471 = call float asm sideeffect "", "=f,0"(float %439)
	%472 = call float asm sideeffect "", "=f,0"(float %440)
	%473 = call float asm sideeffect "", "=f,0"(float %441)
	%474 = call float asm sideeffect "", "=f,0"(float %442)
	%475 = call float asm sideeffect "", "=f,0"(float %443)
	%476 = call float asm sideeffect "", "=f,0"(float %444)
	%477 = call float asm sideeffect "", "=f,0"(float %445)
	%478 = call float asm sideeffect "", "=f,0"(float %446)
	%479 = call float asm sideeffect "", "=f,0"(float %447)
	%480 = call float asm sideeffect "", "=f,0"(float %448)
	%481 = mul i32 %10, 16
	%482 = add i32 %31, %481
	%483 = add i32 %12, 0
	%484 = add i32 %482, %483
	%485 = mul i32 %10, 16
	%486 = add i32 %31, %485
	%487 = add i32 %12, 8
	%488 = add i32 %486, %487
	%489 = sitofp i32 %29 to float
	%490 = add i32 %52, %190
	%491 = sext i32 %490 to i64
	%492 = getelementptr i8, i8* %cls, i64 %491
	%493 = load i8, i8* %492
	%494 = icmp ne i8 %493, 2
	br i1 %494, label %partial, label %softmax

epilogue:
	%495 = phi float [ 0.0, %entry ], [ %1248, %pv ]
	%496 = phi float [ 0.0, %entry ], [ %1300, %pv ]
	%497 = phi i32 [ 0, %entry ], [ %1367, %pv ]
	%498 = phi float [ 0.0, %entry ], [ %1665, %pv ]
	%499 = phi float [ 0.0, %entry ], [ %1666, %pv ]
	%500 = phi float [ 0.0, %entry ], [ %1667, %pv ]
	%501 = phi float [ 0.0, %entry ], [ %1668, %pv ]
	%502 = phi float [ 0.0, %entry ], [ %1669, %pv ]
	%503 = phi float [ 0.0, %entry ], [ %1670, %pv ]
	%504 = phi float [ 0.0, %entry ], [ %1671, %pv ]
	%505 = phi float [ 0.0, %entry ], [ %1672, %pv ]
	%506 = phi float [ 0.0, %entry ], [ %1673, %pv ]
	%507 = phi float [ 0.0, %entry ], [ %1674, %pv ]
	%508 = phi float [ 0.0, %entry ], [ %1675, %pv ]
	%509 = phi float [ 0.0, %entry ], [ %1676, %pv ]
	%510 = phi float [ 0.0, %entry ], [ %1677, %pv ]
	%511 = phi float [ 0.0, %entry ], [ %1678, %pv ]
	%512 = phi float [ 0.0, %entry ], [ %1679, %pv ]
	%513 = phi float [ 0.0, %entry ], [ %1680, %pv ]
	%514 = phi float [ 0.0, %entry ], [ %1681, %pv ]
	%515 = phi float [ 0.0, %entry ], [ %1682, %pv ]
	%516 = phi float [ 0.0, %entry ], [ %1683, %pv ]
	%517 = phi float [ 0.0, %entry ], [ %1684, %pv ]
	%518 = phi float [ 0.0, %entry ], [ %1685, %pv ]
	%519 = phi float [ 0.0, %entry ], [ %1686, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1687, %pv ]
	%521 = phi float [ 0.0, %entry ], [ %1688, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1689, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1690, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1691, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1692, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1693, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1694, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1695, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1696, %pv ]
	%530 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %495, i32 1, i32 31)
	%531 = fadd float %495, %530
	%532 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %531, i32 2, i32 31)
	%533 = fadd float %531, %532
	%534 = fcmp ogt float %533, 0.0
	%535 = fdiv float 1.0, %533
	%536 = select i1 %534, float %535, float 0.0
	%537 = mul i32 %10, 16
	%538 = add i32 %31, %537
	%539 = add i32 %12, 0
	%540 = add i32 %538, %539
	%541 = fmul float %498, %536
	%542 = fmul float %499, %536
	%543 = fmul float %502, %536
	%544 = fmul float %503, %536
	%545 = fmul float %506, %536
	%546 = fmul float %507, %536
	%547 = fmul float %510, %536
	%548 = fmul float %511, %536
	%549 = fmul float %514, %536
	%550 = fmul float %515, %536
	%551 = fmul float %518, %536
	%552 = fmul float %519, %536
	%553 = fmul float %522, %536
	%554 = fmul float %523, %536
	%555 = fmul float %526, %536
	%556 = fmul float %527, %536
	%557 = icmp slt i32 %540, %M
	br i1 %557, label %store0, label %stored0

partial:
	%558 = shl i32 %13, 1
	%559 = add i32 0, %558
	%560 = add i32 %227, %559
	%561 = icmp slt i32 %560, %N
	%562 = select i1 %561, i32 %560, i32 0
	%563 = sitofp i32 %484 to float
	%564 = sext i32 %562 to i64
	%565 = getelementptr i32, i32* %58, i64 %564
	%566 = load i32, i32* %565
	%567 = sitofp i32 %566 to float
	%568 = fcmp ole float %567, %563
	%569 = uitofp i1 %568 to float
	%570 = fcmp une float %569, 0.0
	%571 = and i1 %561, %570
	%572 = select i1 %571, float %449, float 0xFFF0000000000000
	%573 = shl i32 %13, 1
	%574 = add i32 1, %573
	%575 = add i32 %227, %574
	%576 = icmp slt i32 %575, %N
	%577 = select i1 %576, i32 %575, i32 0
	%578 = sitofp i32 %484 to float
	%579 = sext i32 %577 to i64
	%580 = getelementptr i32, i32* %58, i64 %579
	%581 = load i32, i32* %580
	%582 = sitofp i32 %581 to float
	%583 = fcmp ole float %582, %578
	%584 = uitofp i1 %583 to float
	%585 = fcmp une float %584, 0.0
	%586 = and i1 %576, %585
	%587 = select i1 %586, float %450, float 0xFFF0000000000000
	%588 = shl i32 %13, 1
	%589 = add i32 0, %588
	%590 = add i32 %227, %589
	%591 = icmp slt i32 %590, %N
	%592 = select i1 %591, i32 %590, i32 0
	%593 = sitofp i32 %488 to float
	%594 = sext i32 %592 to i64
	%595 = getelementptr i32, i32* %58, i64 %594
	%596 = load i32, i32* %595
	%597 = sitofp i32 %596 to float
	%598 = fcmp ole float %597, %593
	%599 = uitofp i1 %598 to float
	%600 = fcmp une float %599, 0.0
	%601 = and i1 %591, %600
	%602 = select i1 %601, float %451, float 0xFFF0000000000000
	%603 = shl i32 %13, 1
	%604 = add i32 1, %603
	%605 = add i32 %227, %604
	%606 = icmp slt i32 %605, %N
	%607 = select i1 %606, i32 %605, i32 0
	%608 = sitofp i32 %488 to float
	%609 = sext i32 %607 to i64
	%610 = getelementptr i32, i32* %58, i64 %609
	%611 = load i32, i32* %610
	%612 = sitofp i32 %611 to float
	%613 = fcmp ole float %612, %608
	%614 = uitofp i1 %613 to float
	%615 = fcmp une float %614, 0.0
	%616 = and i1 %606, %615
	%617 = select i1 %616, float %452, float 0xFFF0000000000000
	%618 = shl i32 %13, 1
	%619 = add i32 8, %618
	%620 = add i32 %227, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, i32 %620, i32 0
	%623 = sitofp i32 %484 to float
	%624 = sext i32 %622 to i64
	%625 = getelementptr i32, i32* %58, i64 %624
	%626 = load i32, i32* %625
	%627 = sitofp i32 %626 to float
	%628 = fcmp ole float %627, %623
	%629 = uitofp i1 %628 to float
	%630 = fcmp une float %629, 0.0
	%631 = and i1 %621, %630
	%632 = select i1 %631, float %453, float 0xFFF0000000000000
	%633 = shl i32 %13, 1
	%634 = add i32 9, %633
	%635 = add i32 %227, %634
	%636 = icmp slt i32 %635, %N
	%637 = select i1 %636, i32 %635, i32 0
	%638 = sitofp i32 %484 to float
	%639 = sext i32 %637 to i64
	%640 = getelementptr i32, i32* %58, i64 %639
	%641 = load i32, i32* %640
	%642 = sitofp i32 %641 to float
	%643 = fcmp ole float %642, %638
	%644 = uitofp i1 %643 to float
	%645 = fcmp une float %644, 0.0
	%646 = and i1 %636, %645
	%647 = select i1 %646, float %454, float 0xFFF0000000000000
	%648 = shl i32 %13, 1
	%649 = add i32 8, %648
	%650 = add i32 %227, %649
	%651 = icmp slt i32 %650, %N
	%652 = select i1 %651, i32 %650, i32 0
	%653 = sitofp i32 %488 to float
	%654 = sext i32 %652 to i64
	%655 = getelementptr i32, i32* %58, i64 %654
	%656 = load i32, i32* %655
	%657 = sitofp i32 %656 to float
	%658 = fcmp ole float %657, %653
	%659 = uitofp i1 %658 to float
	%660 = fcmp une float %659, 0.0
	%661 = and i1 %651, %660
	%662 = select i1 %661, float %455, float 0xFFF0000000000000
	%663 = shl i32 %13, 1
	%664 = add i32 9, %663
	%665 = add i32 %227, %664
	%666 = icmp slt i32 %665, %N
	%667 = select i1 %666, i32 %665, i32 0
	%668 = sitofp i32 %488 to float
	%669 = sext i32 %667 to i64
	%670 = getelementptr i32, i32* %58, i64 %669
	%671 = load i32, i32* %670
	%672 = sitofp i32 %671 to float
	%673 = fcmp ole float %672, %668
	%674 = uitofp i1 %673 to float
	%675 = fcmp une float %674, 0.0
	%676 = and i1 %666, %675
	%677 = select i1 %676, float %456, float 0xFFF0000000000000
	%678 = shl i32 %13, 1
	%679 = add i32 16, %678
	%680 = add i32 %227, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, i32 %680, i32 0
	%683 = sitofp i32 %484 to float
	%684 = sext i32 %682 to i64
	%685 = getelementptr i32, i32* %58, i64 %684
	%686 = load i32, i32* %685
	%687 = sitofp i32 %686 to float
	%688 = fcmp ole float %687, %683
	%689 = uitofp i1 %688 to float
	%690 = fcmp une float %689, 0.0
	%691 = and i1 %681, %690
	%692 = select i1 %691, float %457, float 0xFFF0000000000000
	%693 = shl i32 %13, 1
	%694 = add i32 17, %693
	%695 = add i32 %227, %694
	%696 = icmp slt i32 %695, %N
	%697 = select i1 %696, i32 %695, i32 0
	%698 = sitofp i32 %484 to float
	%699 = sext i32 %697 to i64
	%700 = getelementptr i32, i32* %58, i64 %699
	%701 = load i32, i32* %700
	%702 = sitofp i32 %701 to float
	%703 = fcmp ole float %702, %698
	%704 = uitofp i1 %703 to float
	%705 = fcmp une float %704, 0.0
	%706 = and i1 %696, %705
	%707 = select i1 %706, float %458, float 0xFFF0000000000000
	%708 = shl i32 %13, 1
	%709 = add i32 16, %708
	%710 = add i32 %227, %709
	%711 = icmp slt i32 %710, %N
	%712 = select i1 %711, i32 %710, i32 0
	%713 = sitofp i32 %488 to float
	%714 = sext i32 %712 to i64
	%715 = getelementptr i32, i32* %58, i64 %714
	%716 = load i32, i32* %715
	%717 = sitofp i32 %716 to float
	%718 = fcmp ole float %717, %713
	%719 = uitofp i1 %718 to float
	%720 = fcmp une float %719, 0.0
	%721 = and i1 %711, %720
	%722 = select i1 %721, float %459, float 0xFFF0000000000000
	%723 = shl i32 %13, 1
	%724 = add i32 17, %723
	%725 = add i32 %227, %724
	%726 = icmp slt i32 %725, %N
	%727 = select i1 %726, i32 %725, i32 0
	%728 = sitofp i32 %488 to float
	%729 = sext i32 %727 to i64
	%730 = getelementptr i32, i32* %58, i64 %729
	%731 = load i32, i32* %730
	%732 = sitofp i32 %731 to float
	%733 = fcmp ole float %732, %728
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %726, %735
	%737 = select i1 %736, float %460, float 0xFFF0000000000000
	%738 = shl i32 %13, 1
	%739 = add i32 24, %738
	%740 = add i32 %227, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, i32 %740, i32 0
	%743 = sitofp i32 %484 to float
	%744 = sext i32 %742 to i64
	%745 = getelementptr i32, i32* %58, i64 %744
	%746 = load i32, i32* %745
	%747 = sitofp i32 %746 to float
	%748 = fcmp ole float %747, %743
	%749 = uitofp i1 %748 to float
	%750 = fcmp une float %749, 0.0
	%751 = and i1 %741, %750
	%752 = select i1 %751, float %461, float 0xFFF0000000000000
	%753 = shl i32 %13, 1
	%754 = add i32 25, %753
	%755 = add i32 %227, %754
	%756 = icmp slt i32 %755, %N
	%757 = select i1 %756, i32 %755, i32 0
	%758 = sitofp i32 %484 to float
	%759 = sext i32 %757 to i64
	%760 = getelementptr i32, i32* %58, i64 %759
	%761 = load i32, i32* %760
	%762 = sitofp i32 %761 to float
	%763 = fcmp ole float %762, %758
	%764 = uitofp i1 %763 to float
	%765 = fcmp une float %764, 0.0
	%766 = and i1 %756, %765
	%767 = select i1 %766, float %462, float 0xFFF0000000000000
	%768 = shl i32 %13, 1
	%769 = add i32 24, %768
	%770 = add i32 %227, %769
	%771 = icmp slt i32 %770, %N
	%772 = select i1 %771, i32 %770, i32 0
	%773 = sitofp i32 %488 to float
	%774 = sext i32 %772 to i64
	%775 = getelementptr i32, i32* %58, i64 %774
	%776 = load i32, i32* %775
	%777 = sitofp i32 %776 to float
	%778 = fcmp ole float %777, %773
	%779 = uitofp i1 %778 to float
	%780 = fcmp une float %779, 0.0
	%781 = and i1 %771, %780
	%782 = select i1 %781, float %463, float 0xFFF0000000000000
	%783 = shl i32 %13, 1
	%784 = add i32 25, %783
	%785 = add i32 %227, %784
	%786 = icmp slt i32 %785, %N
	%787 = select i1 %786, i32 %785, i32 0
	%788 = sitofp i32 %488 to float
	%789 = sext i32 %787 to i64
	%790 = getelementptr i32, i32* %58, i64 %789
	%791 = load i32, i32* %790
	%792 = sitofp i32 %791 to float
	%793 = fcmp ole float %792, %788
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %786, %795
	%797 = select i1 %796, float %464, float 0xFFF0000000000000
	%798 = shl i32 %13, 1
	%799 = add i32 32, %798
	%800 = add i32 %227, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %484 to float
	%804 = sext i32 %802 to i64
	%805 = getelementptr i32, i32* %58, i64 %804
	%806 = load i32, i32* %805
	%807 = sitofp i32 %806 to float
	%808 = fcmp ole float %807, %803
	%809 = uitofp i1 %808 to float
	%810 = fcmp une float %809, 0.0
	%811 = and i1 %801, %810
	%812 = select i1 %811, float %465, float 0xFFF0000000000000
	%813 = shl i32 %13, 1
	%814 = add i32 33, %813
	%815 = add i32 %227, %814
	%816 = icmp slt i32 %815, %N
	%817 = select i1 %816, i32 %815, i32 0
	%818 = sitofp i32 %484 to float
	%819 = sext i32 %817 to i64
	%820 = getelementptr i32, i32* %58, i64 %819
	%821 = load i32, i32* %820
	%822 = sitofp i32 %821 to float
	%823 = fcmp ole float %822, %818
	%824 = uitofp i1 %823 to float
	%825 = fcmp une float %824, 0.0
	%826 = and i1 %816, %825
	%827 = select i1 %826, float %466, float 0xFFF0000000000000
	%828 = shl i32 %13, 1
	%829 = add i32 32, %828
	%830 = add i32 %227, %829
	%831 = icmp slt i32 %830, %N
	%832 = select i1 %831, i32 %830, i32 0
	%833 = sitofp i32 %488 to float
	%834 = sext i32 %832 to i64
	%835 = getelementptr i32, i32* %58, i64 %834
	%836 = load i32, i32* %835
	%837 = sitofp i32 %836 to float
	%838 = fcmp ole float %837, %833
	%839 = uitofp i1 %838 to float
	%840 = fcmp une float %839, 0.0
	%841 = and i1 %831, %840
	%842 = select i1 %841, float %467, float 0xFFF0000000000000
	%843 = shl i32 %13, 1
	%844 = add i32 33, %843
	%845 = add i32 %227, %844
	%846 = icmp slt i32 %845, %N
	%847 = select i1 %846, i32 %845, i32 0
	%848 = sitofp i32 %488 to float
	%849 = sext i32 %847 to i64
	%850 = getelementptr i32, i32* %58, i64 %849
	%851 = load i32, i32* %850
	%852 = sitofp i32 %851 to float
	%853 = fcmp ole float %852, %848
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %846, %855
	%857 = select i1 %856, float %468, float 0xFFF0000000000000
	%858 = shl i32 %13, 1
	%859 = add i32 40, %858
	%860 = add i32 %227, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %484 to float
	%864 = sext i32 %862 to i64
	%865 = getelementptr i32, i32* %58, i64 %864
	%866 = load i32, i32* %865
	%867 = sitofp i32 %866 to float
	%868 = fcmp ole float %867, %863
	%869 = uitofp i1 %868 to float
	%870 = fcmp une float %869, 0.0
	%871 = and i1 %861, %870
	%872 = select i1 %871, float %469, float 0xFFF0000000000000
	%873 = shl i32 %13, 1
	%874 = add i32 41, %873
	%875 = add i32 %227, %874
	%876 = icmp slt i32 %875, %N
	%877 = select i1 %876, i32 %875, i32 0
	%878 = sitofp i32 %484 to float
	%879 = sext i32 %877 to i64
	%880 = getelementptr i32, i32* %58, i64 %879
	%881 = load i32, i32* %880
	%882 = sitofp i32 %881 to float
	%883 = fcmp ole float %882, %878
	%884 = uitofp i1 %883 to float
	%885 = fcmp une float %884, 0.0
	%886 = and i1 %876, %885
	%887 = select i1 %886, float %470, float 0xFFF0000000000000
	%888 = shl i32 %13, 1
	%889 = add i32 40, %888
	%890 = add i32 %227, %889
	%891 = icmp slt i32 %890, %N
	%892 = select i1 %891, i32 %890, i32 0
	%893 = sitofp i32 %488 to float
	%894 = sext i32 %892 to i64
	%895 = getelementptr i32, i32* %58, i64 %894
	%896 = load i32, i32* %895
	%897 = sitofp i32 %896 to float
	%898 = fcmp ole float %897, %893
	%899 = uitofp i1 %898 to float
	%900 = fcmp une float %899, 0.0
	%901 = and i1 %891, %900
	%902 = select i1 %901, float %471, float 0xFFF0000000000000
	%903 = shl i32 %13, 1
	%904 = add i32 41, %903
	%905 = add i32 %227, %904
	%906 = icmp slt i32 %905, %N
	%907 = select i1 %906, i32 %905, i32 0
	%908 = sitofp i32 %488 to float
	%909 = sext i32 %907 to i64
	%910 = getelementptr i32, i32* %58, i64 %909
	%911 = load i32, i32* %910
	%912 = sitofp i32 %911 to float
	%913 = fcmp ole float %912, %908
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %906, %915
	%917 = select i1 %916, float %472, float 0xFFF0000000000000
	%918 = shl i32 %13, 1
	%919 = add i32 48, %918
	%920 = add i32 %227, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %484 to float
	%924 = sext i32 %922 to i64
	%925 = getelementptr i32, i32* %58, i64 %924
	%926 = load i32, i32* %925
	%927 = sitofp i32 %926 to float
	%928 = fcmp ole float %927, %923
	%929 = uitofp i1 %928 to float
	%930 = fcmp une float %929, 0.0
	%931 = and i1 %921, %930
	%932 = select i1 %931, float %473, float 0xFFF0000000000000
	%933 = shl i32 %13, 1
	%934 = add i32 49, %933
	%935 = add i32 %227, %934
	%936 = icmp slt i32 %935, %N
	%937 = select i1 %936, i32 %935, i32 0
	%938 = sitofp i32 %484 to float
	%939 = sext i32 %937 to i64
	%940 = getelementptr i32, i32* %58, i64 %939
	%941 = load i32, i32* %940
	%942 = sitofp i32 %941 to float
	%943 = fcmp ole float %942, %938
	%944 = uitofp i1 %943 to float
	%945 = fcmp une float %944, 0.0
	%946 = and i1 %936, %945
	%947 = select i1 %946, float %474, float 0xFFF0000000000000
	%948 = shl i32 %13, 1
	%949 = add i32 48, %948
	%950 = add i32 %227, %949
	%951 = icmp slt i32 %950, %N
	%952 = select i1 %951, i32 %950, i32 0
	%953 = sitofp i32 %488 to float
	%954 = sext i32 %952 to i64
	%955 = getelementptr i32, i32* %58, i64 %954
	%956 = load i32, i32* %955
	%957 = sitofp i32 %956 to float
	%958 = fcmp ole float %957, %953
	%959 = uitofp i1 %958 to float
	%960 = fcmp une float %959, 0.0
	%961 = and i1 %951, %960
	%962 = select i1 %961, float %475, float 0xFFF0000000000000
	%963 = shl i32 %13, 1
	%964 = add i32 49, %963
	%965 = add i32 %227, %964
	%966 = icmp slt i32 %965, %N
	%967 = select i1 %966, i32 %965, i32 0
	%968 = sitofp i32 %488 to float
	%969 = sext i32 %967 to i64
	%970 = getelementptr i32, i32* %58, i64 %969
	%971 = load i32, i32* %970
	%972 = sitofp i32 %971 to float
	%973 = fcmp ole float %972, %968
	%974 = uitofp i1 %973 to float
	%975 = fcmp une float %974, 0.0
	%976 = and i1 %966, %975
	%977 = select i1 %976, float %476, float 0xFFF0000000000000
	%978 = shl i32 %13, 1
	%979 = add i32 56, %978
	%980 = add i32 %227, %979
	%981 = icmp slt i32 %980, %N
	%982 = select i1 %981, i32 %980, i32 0
	%983 = sitofp i32 %484 to float
	%984 = sext i32 %982 to i64
	%985 = getelementptr i32, i32* %58, i64 %984
	%986 = load i32, i32* %985
	%987 = sitofp i32 %986 to float
	%988 = fcmp ole float %987, %983
	%989 = uitofp i1 %988 to float
	%990 = fcmp une float %989, 0.0
	%991 = and i1 %981, %990
	%992 = select i1 %991, float %477, float 0xFFF0000000000000
	%993 = shl i32 %13, 1
	%994 = add i32 57, %993
	%995 = add i32 %227, %994
	%996 = icmp slt i32 %995, %N
	%997 = select i1 %996, i32 %995, i32 0
	%998 = sitofp i32 %484 to float
	%999 = sext i32 %997 to i64
	%1000 = getelementptr i32, i32* %58, i64 %999
	%1001 = load i32, i32* %1000
	%1002 = sitofp i32 %1001 to float
	%1003 = fcmp ole float %1002, %998
	%1004 = uitofp i1 %1003 to float
	%1005 = fcmp une float %1004, 0.0
	%1006 = and i1 %996, %1005
	%1007 = select i1 %1006, float %478, float 0xFFF0000000000000
	%1008 = shl i32 %13, 1
	%1009 = add i32 56, %1008
	%1010 = add i32 %227, %1009
	%1011 = icmp slt i32 %1010, %N
	%1012 = select i1 %1011, i32 %1010, i32 0
	%1013 = sitofp i32 %488 to float
	%1014 = sext i32 %1012 to i64
	%1015 = getelementptr i32, i32* %58, i64 %1014
	%1016 = load i32, i32* %1015
	%1017 = sitofp i32 %1016 to float
	%1018 = fcmp ole float %1017, %1013
	%1019 = uitofp i1 %1018 to float
	%1020 = fcmp une float %1019, 0.0
	%1021 = and i1 %1011, %1020
	%1022 = select i1 %1021, float %479, float 0xFFF0000000000000
	%1023 = shl i32 %13, 1
	%1024 = add i32 57, %1023
	%1025 = add i32 %227, %1024
	%1026 = icmp slt i32 %1025, %N
	%1027 = select i1 %1026, i32 %1025, i32 0
	%1028 = sitofp i32 %488 to float
	%1029 = sext i32 %1027 to i64
	%1030 = getelementptr i32, i32* %58, i64 %1029
	%1031 = load i32, i32* %1030
	%1032 = sitofp i32 %1031 to float
	%1033 = fcmp ole float %1032, %1028
	%1034 = uitofp i1 %1033 to float
	%1035 = fcmp une float %1034, 0.0
	%1036 = and i1 %1026, %1035
	%1037 = select i1 %1036, float %480, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1038 = phi float [ %449, %loop ], [ %572, %partial ]
	%1039 = phi float [ %450, %loop ], [ %587, %partial ]
	%1040 = phi float [ %451, %loop ], [ %602, %partial ]
	%1041 = phi float [ %452, %loop ], [ %617, %partial ]
	%1042 = phi float [ %453, %loop ], [ %632, %partial ]
	%1043 = phi float [ %454, %loop ], [ %647, %partial ]
	%1044 = phi float [ %455, %loop ], [ %662, %partial ]
	%1045 = phi float [ %456, %loop ], [ %677, %partial ]
	%1046 = phi float [ %457, %loop ], [ %692, %partial ]
	%1047 = phi float [ %458, %loop ], [ %707, %partial ]
	%1048 = phi float [ %459, %loop ], [ %722, %partial ]
	%1049 = phi float [ %460, %loop ], [ %737, %partial ]
	%1050 = phi float [ %461, %loop ], [ %752, %partial ]
	%1051 = phi float [ %462, %loop ], [ %767, %partial ]
	%1052 = phi float [ %463, %loop ], [ %782, %partial ]
	%1053 = phi float [ %464, %loop ], [ %797, %partial ]
	%1054 = phi float [ %465, %loop ], [ %812, %partial ]
	%1055 = phi float [ %466, %loop ], [ %827, %partial ]
	%1056 = phi float [ %467, %loop ], [ %842, %partial ]
	%1057 = phi float [ %468, %loop ], [ %857, %partial ]
	%1058 = phi float [ %469, %loop ], [ %872, %partial ]
	%1059 = phi float [ %470, %loop ], [ %887, %partial ]
	%1060 = phi float [ %471, %loop ], [ %902, %partial ]
	%1061 = phi float [ %472, %loop ], [ %917, %partial ]
	%1062 = phi float [ %473, %loop ], [ %932, %partial ]
	%1063 = phi float [ %474, %loop ], [ %947, %partial ]
	%1064 = phi float [ %475, %loop ], [ %962, %partial ]
	%1065 = phi float [ %476, %loop ], [ %977, %partial ]
	%1066 = phi float [ %477, %loop ], [ %992, %partial ]
	%1067 = phi float [ %478, %loop ], [ %1007, %partial ]
	%1068 = phi float [ %479, %loop ], [ %1022, %partial ]
	%1069 = phi float [ %480, %loop ], [ %1037, %partial ]
	%1070 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1071 = call float @llvm.nvvm.fmax.f(float %1042, float %1043)
	%1072 = call float @llvm.nvvm.fmax.f(float %1046, float %1047)
	%1073 = call float @llvm.nvvm.fmax.f(float %1050, float %1051)
	%1074 = call float @llvm.nvvm.fmax.f(float %1054, float %1055)
	%1075 = call float @llvm.nvvm.fmax.f(float %1058, float %1059)
	%1076 = call float @llvm.nvvm.fmax.f(float %1062, float %1063)
	%1077 = call float @llvm.nvvm.fmax.f(float %1066, float %1067)
	%1078 = call float @llvm.nvvm.fmax.f(float %1070, float %1071)
	%1079 = call float @llvm.nvvm.fmax.f(float %1072, float %1073)
	%1080 = call float @llvm.nvvm.fmax.f(float %1074, float %1075)
	%1081 = call float @llvm.nvvm.fmax.f(float %1076, float %1077)
	%1082 = call float @llvm.nvvm.fmax.f(float %1078, float %1079)
	%1083 = call float @llvm.nvvm.fmax.f(float %1080, float %1081)
	%1084 = call float @llvm.nvvm.fmax.f(float %1082, float %1083)
	%1085 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1084, i32 1, i32 31)
	%1086 = call float @llvm.nvvm.fmax.f(float %1084, float %1085)
	%1087 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1086, i32 2, i32 31)
	%1088 = call float @llvm.nvvm.fmax.f(float %1086, float %1087)
	%1089 = fmul float %1088, 0x3FC7154760000000
	%1090 = call float @llvm.nvvm.fmax.f(float %223, float %1089)
	%1091 = fadd float %223, 8.0
	%1092 = fcmp ogt float %1090, %1091
	%1093 = or i1 false, %1092
	%1094 = call float @llvm.nvvm.fmax.f(float %1040, float %1041)
	%1095 = call float @llvm.nvvm.fmax.f(float %1044, float %1045)
	%1096 = call float @llvm.nvvm.fmax.f(float %1048, float %1049)
	%1097 = call float @llvm.nvvm.fmax.f(float %1052, float %1053)
	%1098 = call float @llvm.nvvm.fmax.f(float %1056, float %1057)
	%1099 = call float @llvm.nvvm.fmax.f(float %1060, float %1061)
	%1100 = call float @llvm.nvvm.fmax.f(float %1064, float %1065)
	%1101 = call float @llvm.nvvm.fmax.f(float %1068, float %1069)
	%1102 = call float @llvm.nvvm.fmax.f(float %1094, float %1095)
	%1103 = call float @llvm.nvvm.fmax.f(float %1096, float %1097)
	%1104 = call float @llvm.nvvm.fmax.f(float %1098, float %1099)
	%1105 = call float @llvm.nvvm.fmax.f(float %1100, float %1101)
	%1106 = call float @llvm.nvvm.fmax.f(float %1102, float %1103)
	%1107 = call float @llvm.nvvm.fmax.f(float %1104, float %1105)
	%1108 = call float @llvm.nvvm.fmax.f(float %1106, float %1107)
	%1109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1108, i32 1, i32 31)
	%1110 = call float @llvm.nvvm.fmax.f(float %1108, float %1109)
	%1111 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1110, i32 2, i32 31)
	%1112 = call float @llvm.nvvm.fmax.f(float %1110, float %1111)
	%1113 = fmul float %1112, 0x3FC7154760000000
	%1114 = call float @llvm.nvvm.fmax.f(float %225, float %1113)
	%1115 = fadd float %225, 8.0
	%1116 = fcmp ogt float %1114, %1115
	%1117 = or i1 %1093, %1116
	%1118 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1117)
	br i1 %1118, label %1119, label %1162

1119:
	%1120 = fcmp oeq float %1090, 0xFFF0000000000000
	%1121 = select i1 %1120, float 0.0, float %1090
	%1122 = fsub float %223, %1121
	%1123 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1122)
	%1124 = fcmp oeq float %1114, 0xFFF0000000000000
	%1125 = select i1 %1124, float 0.0, float %1114
	%1126 = fsub float %225, %1125
	%1127 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1126)
	%1128 = fmul float %191, %1123
	%1129 = fmul float %192, %1123
	%1130 = fmul float %193, %1127
	%1131 = fmul float %194, %1127
	%1132 = fmul float %195, %1123
	%1133 = fmul float %196, %1123
	%1134 = fmul float %197, %1127
	%1135 = fmul float %198, %1127
	%1136 = fmul float %199, %1123
	%1137 = fmul float %200, %1123
	%1138 = fmul float %201, %1127
	%1139 = fmul float %202, %1127
	%1140 = fmul float %203, %1123
	%1141 = fmul float %204, %1123
	%1142 = fmul float %205, %1127
	%1143 = fmul float %206, %1127
	%1144 = fmul float %207, %1123
	%1145 = fmul float %208, %1123
	%1146 = fmul float %209, %1127
	%1147 = fmul float %210, %1127
	%1148 = fmul float %211, %1123
	%1149 = fmul float %212, %1123
	%1150 = fmul float %213, %1127
	%1151 = fmul float %214, %1127
	%1152 = fmul float %215, %1123
	%1153 = fmul float %216, %1123
	%1154 = fmul float %217, %1127
	%1155 = fmul float %218, %1127
	%1156 = fmul float %219, %1123
	%1157 = fmul float %220, %1123
	%1158 = fmul float %221, %1127
	%1159 = fmul float %222, %1127
	%1160 = fmul float %224, %1123
	%1161 = fmul float %226, %1127
	br label %1162

1162:
	%1163 = phi float [ %191, %softmax ], [ %1128, %1119 ]
	%1164 = phi float [ %192, %softmax ], [ %1129, %1119 ]
	%1165 = phi float [ %193, %softmax ], [ %1130, %1119 ]
	%1166 = phi float [ %194, %softmax ], [ %1131, %1119 ]
	%1167 = phi float [ %195, %softmax ], [ %1132, %1119 ]
	%1168 = phi float [ %196, %softmax ], [ %1133, %1119 ]
	%1169 = phi float [ %197, %softmax ], [ %1134, %1119 ]
	%1170 = phi float [ %198, %softmax ], [ %1135, %1119 ]
	%1171 = phi float [ %199, %softmax ], [ %1136, %1119 ]
	%1172 = phi float [ %200, %softmax ], [ %1137, %1119 ]
	%1173 = phi float [ %201, %softmax ], [ %1138, %1119 ]
	%1174 = phi float [ %202, %softmax ], [ %1139, %1119 ]
	%1175 = phi float [ %203, %softmax ], [ %1140, %1119 ]
	%1176 = phi float [ %204, %softmax ], [ %1141, %1119 ]
	%1177 = phi float [ %205, %softmax ], [ %1142, %1119 ]
	%1178 = phi float [ %206, %softmax ], [ %1143, %1119 ]
	%1179 = phi float [ %207, %softmax ], [ %1144, %1119 ]
	%1180 = phi float [ %208, %softmax ], [ %1145, %1119 ]
	%1181 = phi float [ %209, %softmax ], [ %1146, %1119 ]
	%1182 = phi float [ %210, %softmax ], [ %1147, %1119 ]
	%1183 = phi float [ %211, %softmax ], [ %1148, %1119 ]
	%1184 = phi float [ %212, %softmax ], [ %1149, %1119 ]
	%1185 = phi float [ %213, %softmax ], [ %1150, %1119 ]
	%1186 = phi float [ %214, %softmax ], [ %1151, %1119 ]
	%1187 = phi float [ %215, %softmax ], [ %1152, %1119 ]
	%1188 = phi float [ %216, %softmax ], [ %1153, %1119 ]
	%1189 = phi float [ %217, %softmax ], [ %1154, %1119 ]
	%1190 = phi float [ %218, %softmax ], [ %1155, %1119 ]
	%1191 = phi float [ %219, %softmax ], [ %1156, %1119 ]
	%1192 = phi float [ %220, %softmax ], [ %1157, %1119 ]
	%1193 = phi float [ %221, %softmax ], [ %1158, %1119 ]
	%1194 = phi float [ %222, %softmax ], [ %1159, %1119 ]
	%1195 = phi float [ %224, %softmax ], [ %1160, %1119 ]
	%1196 = phi float [ %226, %softmax ], [ %1161, %1119 ]
	%1197 = select i1 %1118, float %1090, float %223
	%1198 = fcmp oeq float %1197, 0xFFF0000000000000
	%1199 = select i1 %1198, float 0.0, float %1197
	%1200 = fneg float %1199
	%1201 = call float @llvm.fma.f32(float %1038, float 0x3FC7154760000000, float %1200)
	%1202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1201)
	%1203 = call float @llvm.fma.f32(float %1039, float 0x3FC7154760000000, float %1200)
	%1204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1203)
	%1205 = call float @llvm.fma.f32(float %1042, float 0x3FC7154760000000, float %1200)
	%1206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1205)
	%1207 = call float @llvm.fma.f32(float %1043, float 0x3FC7154760000000, float %1200)
	%1208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1207)
	%1209 = call float @llvm.fma.f32(float %1046, float 0x3FC7154760000000, float %1200)
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = call float @llvm.fma.f32(float %1047, float 0x3FC7154760000000, float %1200)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = call float @llvm.fma.f32(float %1050, float 0x3FC7154760000000, float %1200)
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = call float @llvm.fma.f32(float %1051, float 0x3FC7154760000000, float %1200)
	%1216 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1215)
	%1217 = call float @llvm.fma.f32(float %1054, float 0x3FC7154760000000, float %1200)
	%1218 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1217)
	%1219 = call float @llvm.fma.f32(float %1055, float 0x3FC7154760000000, float %1200)
	%1220 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1219)
	%1221 = call float @llvm.fma.f32(float %1058, float 0x3FC7154760000000, float %1200)
	%1222 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1221)
	%1223 = call float @llvm.fma.f32(float %1059, float 0x3FC7154760000000, float %1200)
	%1224 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1223)
	%1225 = call float @llvm.fma.f32(float %1062, float 0x3FC7154760000000, float %1200)
	%1226 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1225)
	%1227 = call float @llvm.fma.f32(float %1063, float 0x3FC7154760000000, float %1200)
	%1228 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1227)
	%1229 = call float @llvm.fma.f32(float %1066, float 0x3FC7154760000000, float %1200)
	%1230 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1229)
	%1231 = call float @llvm.fma.f32(float %1067, float 0x3FC7154760000000, float %1200)
	%1232 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1231)
	%1233 = fadd float %1202, %1204
	%1234 = fadd float %1206, %1208
	%1235 = fadd float %1210, %1212
	%1236 = fadd float %1214, %1216
	%1237 = fadd float %1218, %1220
	%1238 = fadd float %1222, %1224
	%1239 = fadd float %1226, %1228
	%1240 = fadd float %1230, %1232
	%1241 = fadd float %1233, %1234
	%1242 = fadd float %1235, %1236
	%1243 = fadd float %1237, %1238
	%1244 = fadd float %1239, %1240
	%1245 = fadd float %1241, %1242
	%1246 = fadd float %1243, %1244
	%1247 = fadd float %1245, %1246
	%1248 = fadd float %1195, %1247
	%1249 = select i1 %1118, float %1114, float %225
	%1250 = fcmp oeq float %1249, 0xFFF0000000000000
	%1251 = select i1 %1250, float 0.0, float %1249
	%1252 = fneg float %1251
	%1253 = call float @llvm.fma.f32(float %1040, float 0x3FC7154760000000, float %1252)
	%1254 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1253)
	%1255 = call float @llvm.fma.f32(float %1041, float 0x3FC7154760000000, float %1252)
	%1256 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1255)
	%1257 = call float @llvm.fma.f32(float %1044, float 0x3FC7154760000000, float %1252)
	%1258 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1257)
	%1259 = call float @llvm.fma.f32(float %1045, float 0x3FC7154760000000, float %1252)
	%1260 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1259)
	%1261 = call float @llvm.fma.f32(float %1048, float 0x3FC7154760000000, float %1252)
	%1262 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1261)
	%1263 = call float @llvm.fma.f32(float %1049, float 0x3FC7154760000000, float %1252)
	%1264 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1263)
	%1265 = call float @llvm.fma.f32(float %1052, float 0x3FC7154760000000, float %1252)
	%1266 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1265)
	%1267 = call float @llvm.fma.f32(float %1053, float 0x3FC7154760000000, float %1252)
	%1268 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1267)
	%1269 = call float @llvm.fma.f32(float %1056, float 0x3FC7154760000000, float %1252)
	%1270 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1269)
	%1271 = call float @llvm.fma.f32(float %1057, float 0x3FC7154760000000, float %1252)
	%1272 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1271)
	%1273 = call float @llvm.fma.f32(float %1060, float 0x3FC7154760000000, float %1252)
	%1274 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1273)
	%1275 = call float @llvm.fma.f32(float %1061, float 0x3FC7154760000000, float %1252)
	%1276 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1275)
	%1277 = call float @llvm.fma.f32(float %1064, float 0x3FC7154760000000, float %1252)
	%1278 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1277)
	%1279 = call float @llvm.fma.f32(float %1065, float 0x3FC7154760000000, float %1252)
	%1280 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1279)
	%1281 = call float @llvm.fma.f32(float %1068, float 0x3FC7154760000000, float %1252)
	%1282 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1281)
	%1283 = call float @llvm.fma.f32(float %1069, float 0x3FC7154760000000, float %1252)
	%1284 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1283)
	%1285 = fadd float %1254, %1256
	%1286 = fadd float %1258, %1260
	%1287 = fadd float %1262, %1264
	%1288 = fadd float %1266, %1268
	%1289 = fadd float %1270, %1272
	%1290 = fadd float %1274, %1276
	%1291 = fadd float %1278, %1280
	%1292 = fadd float %1282, %1284
	%1293 = fadd float %1285, %1286
	%1294 = fadd float %1287, %1288
	%1295 = fadd float %1289, %1290
	%1296 = fadd float %1291, %1292
	%1297 = fadd float %1293, %1294
	%1298 = fadd float %1295, %1296
	%1299 = fadd float %1297, %1298
	%1300 = fadd float %1196, %1299
	%1301 = icmp eq i32 %13, 0
	%1302 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1247, i32 1, i32 31)
	%1303 = fadd float %1247, %1302
	%1304 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1303, i32 2, i32 31)
	%1305 = fadd float %1303, %1304
	%1306 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1248, i32 1, i32 31)
	%1307 = fadd float %1248, %1306
	%1308 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1307, i32 2, i32 31)
	%1309 = fadd float %1307, %1308
	%1310 = fcmp ogt float %1309, 0.0
	%1311 = icmp slt i32 %484, %M
	%1312 = and i1 %1310, %1311
	%1313 = select i1 %1312, float %1309, float 1.0
	%1314 = fdiv float %1305, %1313
	%1315 = call float @llvm.nvvm.fmax.f(float 0.0, float %1314)
	%1316 = select i1 %1312, float %1315, float 0.0
	%1317 = and i1 %1312, %1301
	%1318 = fadd float 0.0, 1.0
	%1319 = select i1 %1317, float %1318, float 0.0
	%1320 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1299, i32 1, i32 31)
	%1321 = fadd float %1299, %1320
	%1322 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1321, i32 2, i32 31)
	%1323 = fadd float %1321, %1322
	%1324 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1300, i32 1, i32 31)
	%1325 = fadd float %1300, %1324
	%1326 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1325, i32 2, i32 31)
	%1327 = fadd float %1325, %1326
	%1328 = fcmp ogt float %1327, 0.0
	%1329 = icmp slt i32 %488, %M
	%1330 = and i1 %1328, %1329
	%1331 = select i1 %1330, float %1327, float 1.0
	%1332 = fdiv float %1323, %1331
	%1333 = call float @llvm.nvvm.fmax.f(float %1316, float %1332)
	%1334 = select i1 %1330, float %1333, float %1316
	%1335 = and i1 %1330, %1301
	%1336 = fadd float %1319, 1.0
	%1337 = select i1 %1335, float %1336, float %1319
	%1338 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1334, i32 16, i32 31)
	%1339 = call float @llvm.nvvm.fmax.f(float %1334, float %1338)
	%1340 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1337, i32 16, i32 31)
	%1341 = fadd float %1337, %1340
	%1342 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1339, i32 8, i32 31)
	%1343 = call float @llvm.nvvm.fmax.f(float %1339, float %1342)
	%1344 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1341, i32 8, i32 31)
	%1345 = fadd float %1341, %1344
	%1346 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1343, i32 4, i32 31)
	%1347 = call float @llvm.nvvm.fmax.f(float %1343, float %1346)
	%1348 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1345, i32 4, i32 31)
	%1349 = fadd float %1345, %1348
	%1350 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1347, i32 2, i32 31)
	%1351 = call float @llvm.nvvm.fmax.f(float %1347, float %1350)
	%1352 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1349, i32 2, i32 31)
	%1353 = fadd float %1349, %1352
	%1354 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1351, i32 1, i32 31)
	%1355 = call float @llvm.nvvm.fmax.f(float %1351, float %1354)
	%1356 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1353, i32 1, i32 31)
	%1357 = fadd float %1353, %1356
	%1358 = icmp eq i32 %11, 0
	br i1 %1358, label %1359, label %1366

1359:
	%1360 = mul i32 %10, 2
	%1361 = add i32 %1360, 0
	%1362 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1361
	store float %1355, float addrspace(3)* %1362
	%1363 = mul i32 %10, 2
	%1364 = add i32 %1363, 1
	%1365 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1364
	store float %1357, float addrspace(3)* %1365
	br label %1366

1366:
	%1367 = add i32 %189, 1
	%1368 = icmp slt i32 %1367, %NK
	%1369 = select i1 %1368, i32 %1367, i32 0
	%1370 = add i32 %48, %1369
	%1371 = sext i32 %1370 to i64
	%1372 = getelementptr i32, i32* %list, i64 %1371
	%1373 = load i32, i32* %1372
	%1374 = select i1 %1368, i32 %1373, i32 -1
	%1375 = icmp sge i32 %1374, 0
	%1376 = add i32 %NK, %189
	%1377 = add i32 %48, %1376
	%1378 = sext i32 %1377 to i64
	%1379 = getelementptr i32, i32* %list, i64 %1378
	%1380 = load i32, i32* %1379
	%1381 = icmp eq i32 %1380, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%1382 = mul i32 0, 2
	%1383 = add i32 %1382, 0
	%1384 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1383
	%1385 = load float, float addrspace(3)* %1384
	%1386 = call float @llvm.nvvm.fmax.f(float 0.0, float %1385)
	%1387 = mul i32 0, 2
	%1388 = add i32 %1387, 1
	%1389 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1388
	%1390 = load float, float addrspace(3)* %1389
	%1391 = fadd float 0.0, %1390
	%1392 = mul i32 1, 2
	%1393 = add i32 %1392, 0
	%1394 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1393
	%1395 = load float, float addrspace(3)* %1394
	%1396 = call float @llvm.nvvm.fmax.f(float %1386, float %1395)
	%1397 = mul i32 1, 2
	%1398 = add i32 %1397, 1
	%1399 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1398
	%1400 = load float, float addrspace(3)* %1399
	%1401 = fadd float %1391, %1400
	%1402 = mul i32 2, 2
	%1403 = add i32 %1402, 0
	%1404 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1403
	%1405 = load float, float addrspace(3)* %1404
	%1406 = call float @llvm.nvvm.fmax.f(float %1396, float %1405)
	%1407 = mul i32 2, 2
	%1408 = add i32 %1407, 1
	%1409 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1408
	%1410 = load float, float addrspace(3)* %1409
	%1411 = fadd float %1401, %1410
	%1412 = mul i32 3, 2
	%1413 = add i32 %1412, 0
	%1414 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1413
	%1415 = load float, float addrspace(3)* %1414
	%1416 = call float @llvm.nvvm.fmax.f(float %1406, float %1415)
	%1417 = mul i32 3, 2
	%1418 = add i32 %1417, 1
	%1419 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1418
	%1420 = load float, float addrspace(3)* %1419
	%1421 = fadd float %1411, %1420
	%1422 = fcmp ogt float %1421, 0.0
	%1423 = and i1 %1381, %1422
	%1424 = fcmp olt float %1416, 0x3F50624DE0000000
	%1425 = and i1 %1423, %1424
	%1426 = xor i1 %1425, true
	%1427 = and i1 %1375, %1426
	br i1 %1427, label %prefetch, label %pv

prefetch:
	%1428 = mul i32 %1374, 64
	%1429 = lshr i32 %9, 3
	%1430 = and i32 %9, 7
	%1431 = lshr i32 %1430, 3
	%1432 = mul i32 %1431, u0x2000
	%1433 = and i32 %1430, 7
	%1434 = and i32 %1429, 7
	%1435 = xor i32 %1433, %1434
	%1436 = mul i32 %1429, 128
	%1437 = shl i32 %1435, 4
	%1438 = add i32 %1436, %1437
	%1439 = add i32 %1432, %1438
	%1440 = add i32 %0, %1439
	%1441 = add i32 %1428, %1429
	%1442 = add i32 %1441, 0
	%1443 = icmp slt i32 %1442, %N
	%1444 = select i1 %1443, i32 %1442, i32 0
	%1445 = sext i32 %1444 to i64
	%1446 = getelementptr i32, i32* %58, i64 %1445
	%1447 = load i32, i32* %1446
	%1448 = mul i32 %1447, 64
	%1449 = mul i32 %1430, 8
	%1450 = add i32 %1448, %1449
	%1451 = sext i32 %1450 to i64
	%1452 = getelementptr i16, i16* %39, i64 %1451
	%1453 = add i32 %1440, 0
	%1454 = select i1 %1443, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1453, i16* %1452, i32 %1454)
	%1455 = add i32 %1441, 16
	%1456 = icmp slt i32 %1455, %N
	%1457 = select i1 %1456, i32 %1455, i32 0
	%1458 = sext i32 %1457 to i64
	%1459 = getelementptr i32, i32* %58, i64 %1458
	%1460 = load i32, i32* %1459
	%1461 = mul i32 %1460, 64
	%1462 = mul i32 %1430, 8
	%1463 = add i32 %1461, %1462
	%1464 = sext i32 %1463 to i64
	%1465 = getelementptr i16, i16* %39, i64 %1464
	%1466 = add i32 %1440, 2048
	%1467 = select i1 %1456, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1466, i16* %1465, i32 %1467)
	%1468 = add i32 %1441, 32
	%1469 = icmp slt i32 %1468, %N
	%1470 = select i1 %1469, i32 %1468, i32 0
	%1471 = sext i32 %1470 to i64
	%1472 = getelementptr i32, i32* %58, i64 %1471
	%1473 = load i32, i32* %1472
	%1474 = mul i32 %1473, 64
	%1475 = mul i32 %1430, 8
	%1476 = add i32 %1474, %1475
	%1477 = sext i32 %1476 to i64
	%1478 = getelementptr i16, i16* %39, i64 %1477
	%1479 = add i32 %1440, u0x1000
	%1480 = select i1 %1469, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1479, i16* %1478, i32 %1480)
	%1481 = add i32 %1441, 48
	%1482 = icmp slt i32 %1481, %N
	%1483 = select i1 %1482, i32 %1481, i32 0
	%1484 = sext i32 %1483 to i64
	%1485 = getelementptr i32, i32* %58, i64 %1484
	%1486 = load i32, i32* %1485
	%1487 = mul i32 %1486, 64
	%1488 = mul i32 %1430, 8
	%1489 = add i32 %1487, %1488
	%1490 = sext i32 %1489 to i64
	%1491 = getelementptr i16, i16* %39, i64 %1490
	%1492 = add i32 %1440, 6144
	%1493 = select i1 %1482, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1492, i16* %1491, i32 %1493)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1494 = and i32 %11, 7
	%1495 = lshr i32 %11, 3
	%1496 = and i32 %1495, 1
	%1497 = shl i32 %1496, 3
	%1498 = add i32 %1494, %1497
	%1499 = mul i32 %1498, 128
	%1500 = add i32 %1, %1499
	%1501 = and i32 %11, 7
	%1502 = xor i32 %113, %1501
	%1503 = shl i32 %1502, 4
	%1504 = add i32 %1500, %1503
	%1505 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1204, float %1202)
	%1506 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1256, float %1254)
	%1507 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1208, float %1206)
	%1508 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1260, float %1258)
	%1509 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1212, float %1210)
	%1510 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1264, float %1262)
	%1511 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1216, float %1214)
	%1512 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1268, float %1266)
	%1513 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1220, float %1218)
	%1514 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1272, float %1270)
	%1515 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1224, float %1222)
	%1516 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1276, float %1274)
	%1517 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1228, float %1226)
	%1518 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1280, float %1278)
	%1519 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1232, float %1230)
	%1520 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1284, float %1282)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1521 = add i32 %8, 0
	%1522 = zext i32 %1521 to i64
	%1523 = or i64 %1522, u0x4000004002000000
	%1524 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1163, float %1164, float %1165, float %1166, float %1167, float %1168, float %1169, float %1170, float %1171, float %1172, float %1173, float %1174, float %1175, float %1176, float %1177, float %1178, float %1179, float %1180, float %1181, float %1182, float %1183, float %1184, float %1185, float %1186, float %1187, float %1188, float %1189, float %1190, float %1191, float %1192, float %1193, float %1194, i32 %1505, i32 %1506, i32 %1507, i32 %1508, i64 %1523, i32 1)
	%1525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 0
	%1526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 1
	%1527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 2
	%1528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 3
	%1529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 4
	%1530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 5
	%1531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 6
	%1532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 7
	%1533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 8
	%1534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 9
	%1535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 10
	%1536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 11
	%1537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 12
	%1538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 13
	%1539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 14
	%1540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 15
	%1541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 16
	%1542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 17
	%1543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 18
	%1544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 19
	%1545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 20
	%1546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 21
	%1547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 22
	%1548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 23
	%1549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 24
	%1550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 25
	%1551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 26
	%1552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 27
	%1553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 28
	%1554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 29
	%1555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 30
	%1556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 31
	%1557 = add i32 %8, 128
	%1558 = zext i32 %1557 to i64
	%1559 = or i64 %1558, u0x4000004002000000
	%1560 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1525, float %1526, float %1527, float %1528, float %1529, float %1530, float %1531, float %1532, float %1533, float %1534, float %1535, float %1536, float %1537, float %1538, float %1539, float %1540, float %1541, float %1542, float %1543, float %1544, float %1545, float %1546, float %1547, float %1548, float %1549, float %1550, float %1551, float %1552, float %1553, float %1554, float %1555, float %1556, i32 %1509, i32 %1510, i32 %1511, i32 %1512, i64 %1559, i32 1)
	%1561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 0
	%1562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 1
	%1563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 2
	%1564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 3
	%1565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 4
	%1566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 5
	%1567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 6
	%1568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 7
	%1569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 8
	%1570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 9
	%1571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 10
	%1572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 11
	%1573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 12
	%1574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 13
	%1575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 14
	%1576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 15
	%1577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 16
	%1578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 17
	%1579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 18
	%1580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 19
	%1581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 20
	%1582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 21
	%1583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 22
	%1584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 23
	%1585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 24
	%1586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 25
	%1587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 26
	%1588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 27
	%1589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 28
	%1590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 29
	%1591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 30
	%1592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 31
	%1593 = add i32 %8, 256
	%1594 = zext i32 %1593 to i64
	%1595 = or i64 %1594, u0x4000004002000000
	%1596 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1561, float %1562, float %1563, float %1564, float %1565, float %1566, float %1567, float %1568, float %1569, float %1570, float %1571, float %1572, float %1573, float %1574, float %1575, float %1576, float %1577, float %1578, float %1579, float %1580, float %1581, float %1582, float %1583, float %1584, float %1585, float %1586, float %1587, float %1588, float %1589, float %1590, float %1591, float %1592, i32 %1513, i32 %1514, i32 %1515, i32 %1516, i64 %1595, i32 1)
	%1597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 0
	%1598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 1
	%1599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 2
	%1600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 3
	%1601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 4
	%1602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 5
	%1603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 6
	%1604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 7
	%1605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 8
	%1606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 9
	%1607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 10
	%1608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 11
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 12
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 13
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 14
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 15
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 16
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 17
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 18
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 19
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 20
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 21
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 22
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 23
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 24
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 25
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 26
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 27
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 28
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 29
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 30
	%1628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 31
	%1629 = add i32 %8, 384
	%1630 = zext i32 %1629 to i64
	%1631 = or i64 %1630, u0x4000004002000000
	%1632 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1597, float %1598, float %1599, float %1600, float %1601, float %1602, float %1603, float %1604, float %1605, float %1606, float %1607, float %1608, float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, float %1628, i32 %1517, i32 %1518, i32 %1519, i32 %1520, i64 %1631, i32 1)
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 0
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 1
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 2
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 3
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 4
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 5
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 6
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 7
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 8
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 9
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 10
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 11
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 12
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 13
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 14
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 15
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 16
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 17
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 18
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 19
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 20
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 21
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 22
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 23
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 24
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 25
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 26
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 27
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 28
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 29
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 30
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1665 = call float asm sideeffect "", "=f,0"(float %1633)
	%1666 = call float asm sideeffect "", "=f,0"(float %1634)
	%1667 = call float asm sideeffect "", "=f,0"(float %1635)
	%1668 = call float asm sideeffect "", "=f,0"(float %1636)
	%1669 = call float asm sideeffect "", "=f,0"(float %1637)
	%1670 = call float asm sideeffect "", "=f,0"(float %1638)
	%1671 = call float asm sideeffect "", "=f,0"(float %1639)
	%1672 = call float asm sideeffect "", "=f,0"(float %1640)
	%1673 = call float asm sideeffect "", "=f,0"(float %1641)
	%1674 = call float asm sideeffect "", "=f,0"(float %1642)
	%1675 = call float asm sideeffect "", "=f,0"(float %1643)
	%1676 = call float asm sideeffect "", "=f,0"(float %1644)
	%1677 = call float asm sideeffect "", "=f,0"(float %1645)
	%1678 = call float asm sideeffect "", "=f,0"(float %1646)
	%1679 = call float asm sideeffect "", "=f,0"(float %1647)
	%1680 = call float asm sideeffect "", "=f,0"(float %1648)
	%1681 = call float asm sideeffect "", "=f,0"(float %1649)
	%1682 = call float asm sideeffect "", "=f,0"(float %1650)
	%1683 = call float asm sideeffect "", "=f,0"(float %1651)
	%1684 = call float asm sideeffect "", "=f,0"(float %1652)
	%1685 = call float asm sideeffect "", "=f,0"(float %1653)
	%1686 = call float asm sideeffect "", "=f,0"(float %1654)
	%1687 = call float asm sideeffect "", "=f,0"(float %1655)
	%1688 = call float asm sideeffect "", "=f,0"(float %1656)
	%1689 = call float asm sideeffect "", "=f,0"(float %1657)
	%1690 = call float asm sideeffect "", "=f,0"(float %1658)
	%1691 = call float asm sideeffect "", "=f,0"(float %1659)
	%1692 = call float asm sideeffect "", "=f,0"(float %1660)
	%1693 = call float asm sideeffect "", "=f,0"(float %1661)
	%1694 = call float asm sideeffect "", "=f,0"(float %1662)
	%1695 = call float asm sideeffect "", "=f,0"(float %1663)
	%1696 = call float asm sideeffect "", "=f,0"(float %1664)
	br i1 %1427, label %loop, label %epilogue

store0:
	%1697 = mul i32 %29, %M
	%1698 = add i32 %1697, %540
	%1699 = mul i32 %1698, 64
	%1700 = shl i32 %13, 1
	%1701 = add i32 0, %1700
	%1702 = add i32 %1699, %1701
	%1703 = sext i32 %1702 to i64
	%1704 = getelementptr i16, i16* %out, i64 %1703
	%1705 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %542, float %541)
	%1706 = bitcast i16* %1704 to i32*
	store i32 %1705, i32* %1706
	%1707 = shl i32 %13, 1
	%1708 = add i32 8, %1707
	%1709 = add i32 %1699, %1708
	%1710 = sext i32 %1709 to i64
	%1711 = getelementptr i16, i16* %out, i64 %1710
	%1712 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %544, float %543)
	%1713 = bitcast i16* %1711 to i32*
	store i32 %1712, i32* %1713
	%1714 = shl i32 %13, 1
	%1715 = add i32 16, %1714
	%1716 = add i32 %1699, %1715
	%1717 = sext i32 %1716 to i64
	%1718 = getelementptr i16, i16* %out, i64 %1717
	%1719 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %546, float %545)
	%1720 = bitcast i16* %1718 to i32*
	store i32 %1719, i32* %1720
	%1721 = shl i32 %13, 1
	%1722 = add i32 24, %1721
	%1723 = add i32 %1699, %1722
	%1724 = sext i32 %1723 to i64
	%1725 = getelementptr i16, i16* %out, i64 %1724
	%1726 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %548, float %547)
	%1727 = bitcast i16* %1725 to i32*
	store i32 %1726, i32* %1727
	%1728 = shl i32 %13, 1
	%1729 = add i32 32, %1728
	%1730 = add i32 %1699, %1729
	%1731 = sext i32 %1730 to i64
	%1732 = getelementptr i16, i16* %out, i64 %1731
	%1733 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %550, float %549)
	%1734 = bitcast i16* %1732 to i32*
	store i32 %1733, i32* %1734
	%1735 = shl i32 %13, 1
	%1736 = add i32 40, %1735
	%1737 = add i32 %1699, %1736
	%1738 = sext i32 %1737 to i64
	%1739 = getelementptr i16, i16* %out, i64 %1738
	%1740 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %552, float %551)
	%1741 = bitcast i16* %1739 to i32*
	store i32 %1740, i32* %1741
	%1742 = shl i32 %13, 1
	%1743 = add i32 48, %1742
	%1744 = add i32 %1699, %1743
	%1745 = sext i32 %1744 to i64
	%1746 = getelementptr i16, i16* %out, i64 %1745
	%1747 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %554, float %553)
	%1748 = bitcast i16* %1746 to i32*
	store i32 %1747, i32* %1748
	%1749 = shl i32 %13, 1
	%1750 = add i32 56, %1749
	%1751 = add i32 %1699, %1750
	%1752 = sext i32 %1751 to i64
	%1753 = getelementptr i16, i16* %out, i64 %1752
	%1754 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %556, float %555)
	%1755 = bitcast i16* %1753 to i32*
	store i32 %1754, i32* %1755
	br label %stored0

stored0:
	%1756 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %496, i32 1, i32 31)
	%1757 = fadd float %496, %1756
	%1758 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1757, i32 2, i32 31)
	%1759 = fadd float %1757, %1758
	%1760 = fcmp ogt float %1759, 0.0
	%1761 = fdiv float 1.0, %1759
	%1762 = select i1 %1760, float %1761, float 0.0
	%1763 = mul i32 %10, 16
	%1764 = add i32 %31, %1763
	%1765 = add i32 %12, 8
	%1766 = add i32 %1764, %1765
	%1767 = fmul float %500, %1762
	%1768 = fmul float %501, %1762
	%1769 = fmul float %504, %1762
	%1770 = fmul float %505, %1762
	%1771 = fmul float %508, %1762
	%1772 = fmul float %509, %1762
	%1773 = fmul float %512, %1762
	%1774 = fmul float %513, %1762
	%1775 = fmul float %516, %1762
	%1776 = fmul float %517, %1762
	%1777 = fmul float %520, %1762
	%1778 = fmul float %521, %1762
	%1779 = fmul float %524, %1762
	%1780 = fmul float %525, %1762
	%1781 = fmul float %528, %1762
	%1782 = fmul float %529, %1762
	%1783 = icmp slt i32 %1766, %M
	br i1 %1783, label %store1, label %stored1

store1:
	%1784 = mul i32 %29, %M
	%1785 = add i32 %1784, %1766
	%1786 = mul i32 %1785, 64
	%1787 = shl i32 %13, 1
	%1788 = add i32 0, %1787
	%1789 = add i32 %1786, %1788
	%1790 = sext i32 %1789 to i64
	%1791 = getelementptr i16, i16* %out, i64 %1790
	%1792 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1768, float %1767)
	%1793 = bitcast i16* %1791 to i32*
	store i32 %1792, i32* %1793
	%1794 = shl i32 %13, 1
	%1795 = add i32 8, %1794
	%1796 = add i32 %1786, %1795
	%1797 = sext i32 %1796 to i64
	%1798 = getelementptr i16, i16* %out, i64 %1797
	%1799 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1770, float %1769)
	%1800 = bitcast i16* %1798 to i32*
	store i32 %1799, i32* %1800
	%1801 = shl i32 %13, 1
	%1802 = add i32 16, %1801
	%1803 = add i32 %1786, %1802
	%1804 = sext i32 %1803 to i64
	%1805 = getelementptr i16, i16* %out, i64 %1804
	%1806 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1772, float %1771)
	%1807 = bitcast i16* %1805 to i32*
	store i32 %1806, i32* %1807
	%1808 = shl i32 %13, 1
	%1809 = add i32 24, %1808
	%1810 = add i32 %1786, %1809
	%1811 = sext i32 %1810 to i64
	%1812 = getelementptr i16, i16* %out, i64 %1811
	%1813 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1774, float %1773)
	%1814 = bitcast i16* %1812 to i32*
	store i32 %1813, i32* %1814
	%1815 = shl i32 %13, 1
	%1816 = add i32 32, %1815
	%1817 = add i32 %1786, %1816
	%1818 = sext i32 %1817 to i64
	%1819 = getelementptr i16, i16* %out, i64 %1818
	%1820 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1776, float %1775)
	%1821 = bitcast i16* %1819 to i32*
	store i32 %1820, i32* %1821
	%1822 = shl i32 %13, 1
	%1823 = add i32 40, %1822
	%1824 = add i32 %1786, %1823
	%1825 = sext i32 %1824 to i64
	%1826 = getelementptr i16, i16* %out, i64 %1825
	%1827 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1778, float %1777)
	%1828 = bitcast i16* %1826 to i32*
	store i32 %1827, i32* %1828
	%1829 = shl i32 %13, 1
	%1830 = add i32 48, %1829
	%1831 = add i32 %1786, %1830
	%1832 = sext i32 %1831 to i64
	%1833 = getelementptr i16, i16* %out, i64 %1832
	%1834 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1780, float %1779)
	%1835 = bitcast i16* %1833 to i32*
	store i32 %1834, i32* %1835
	%1836 = shl i32 %13, 1
	%1837 = add i32 56, %1836
	%1838 = add i32 %1786, %1837
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr i16, i16* %out, i64 %1839
	%1841 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1782, float %1781)
	%1842 = bitcast i16* %1840 to i32*
	store i32 %1841, i32* %1842
	br label %stored1

stored1:
	%1843 = icmp eq i32 %9, 0
	br i1 %1843, label %1844, label %1849

1844:
	%1845 = mul i32 %29, %NQ
	%1846 = add i32 %1845, %27
	%1847 = sext i32 %1846 to i64
	%1848 = getelementptr i32, i32* %visits, i64 %1847
	store i32 %497, i32* %1848
	br label %1849

1849:
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
!9 = !{void (i16*, float*, float*, i32*, i32, i32, i32, i32, i32, i32)* @s2o_perm_scores1, !"maxntidx", i32 64}
!10 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"maxntidx", i32 128}
!11 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"minctasm", i32 3}
