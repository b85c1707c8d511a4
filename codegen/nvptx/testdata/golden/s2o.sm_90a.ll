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
	%95 = phi i32 [ %0, %93 ], [ %149, %119 ]
	%96 = icmp slt i32 %95, %9
	br i1 %96, label %97, label %105

97:
	%98 = sext i32 %95 to i64
	%99 = getelementptr i32, i32* %44, i64 %98
	%100 = load i32, i32* %99
	%101 = bitcast i32 %100 to float
	%102 = fcmp uno float %101, %101
	%103 = fcmp oeq float %101, 0x7FF0000000000000
	%104 = or i1 %102, %103
	br i1 %104, label %113, label %115

105:
	call void @llvm.nvvm.barrier0()
	%106 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	%107 = load i32, i32 addrspace(3)* %106
	%108 = icmp ne i32 %107, 0
	%109 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	%110 = load i32, i32 addrspace(3)* %109
	%111 = icmp eq i32 %110, 0
	%112 = or i1 %108, %111
	br i1 %112, label %ident, label %sort

113:
	%114 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %114
	br label %115

115:
	%116 = fcmp one float %101, 0xFFF0000000000000
	br i1 %116, label %117, label %119

117:
	%118 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %118
	br label %119

119:
	%120 = bitcast float %101 to i32
	%121 = icmp slt i32 %120, 0
	%122 = select i1 %121, i32 -1, i32 -2147483648
	%123 = xor i32 %120, %122
	%124 = xor i32 %123, -1
	%125 = sext i32 %95 to i64
	%126 = getelementptr i32, i32* %44, i64 %125
	store i32 %124, i32* %126
	%127 = sext i32 %95 to i64
	%128 = getelementptr i32, i32* %15, i64 %127
	store i32 %95, i32* %128
	%129 = lshr i32 %124, 0
	%130 = and i32 %129, 255
	%131 = add i32 %130, 0
	%132 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %131
	%133 = atomicrmw add i32 addrspace(3)* %132, i32 1 monotonic
	%134 = lshr i32 %124, 8
	%135 = and i32 %134, 255
	%136 = add i32 %135, 256
	%137 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %136
	%138 = atomicrmw add i32 addrspace(3)* %137, i32 1 monotonic
	%139 = lshr i32 %124, 16
	%140 = and i32 %139, 255
	%141 = add i32 %140, 512
	%142 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %141
	%143 = atomicrmw add i32 addrspace(3)* %142, i32 1 monotonic
	%144 = lshr i32 %124, 24
	%145 = and i32 %144, 255
	%146 = add i32 %145, 768
	%147 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %146
	%148 = atomicrmw add i32 addrspace(3)* %147, i32 1 monotonic
	%149 = add i32 %95, 256
	br label %94

sort:
	%150 = icmp ult i32 %4, 4
	br i1 %150, label %151, label %232

ident:
	ret void

151:
	%152 = mul i32 %4, 256
	%153 = mul i32 %3, 8
	%154 = add i32 %152, %153
	%155 = add i32 %154, 0
	%156 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %155
	%157 = load i32, i32 addrspace(3)* %156
	%158 = add i32 0, %157
	%159 = add i32 %154, 1
	%160 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %159
	%161 = load i32, i32 addrspace(3)* %160
	%162 = add i32 %158, %161
	%163 = add i32 %154, 2
	%164 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %163
	%165 = load i32, i32 addrspace(3)* %164
	%166 = add i32 %162, %165
	%167 = add i32 %154, 3
	%168 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %167
	%169 = load i32, i32 addrspace(3)* %168
	%170 = add i32 %166, %169
	%171 = add i32 %154, 4
	%172 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %171
	%173 = load i32, i32 addrspace(3)* %172
	%174 = add i32 %170, %173
	%175 = add i32 %154, 5
	%176 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %175
	%177 = load i32, i32 addrspace(3)* %176
	%178 = add i32 %174, %177
	%179 = add i32 %154, 6
	%180 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %179
	%181 = load i32, i32 addrspace(3)* %180
	%182 = add i32 %178, %181
	%183 = add i32 %154, 7
	%184 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %183
	%185 = load i32, i32 addrspace(3)* %184
	%186 = add i32 %182, %185
	%187 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %186, i32 1, i32 0)
	%188 = icmp uge i32 %3, 1
	%189 = select i1 %188, i32 %187, i32 0
	%190 = add i32 %186, %189
	%191 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %190, i32 2, i32 0)
	%192 = icmp uge i32 %3, 2
	%193 = select i1 %192, i32 %191, i32 0
	%194 = add i32 %190, %193
	%195 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %194, i32 4, i32 0)
	%196 = icmp uge i32 %3, 4
	%197 = select i1 %196, i32 %195, i32 0
	%198 = add i32 %194, %197
	%199 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %198, i32 8, i32 0)
	%200 = icmp uge i32 %3, 8
	%201 = select i1 %200, i32 %199, i32 0
	%202 = add i32 %198, %201
	%203 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %202, i32 16, i32 0)
	%204 = icmp uge i32 %3, 16
	%205 = select i1 %204, i32 %203, i32 0
	%206 = add i32 %202, %205
	%207 = sub i32 %206, %186
	%208 = add i32 %154, 0
	%209 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %208
	store i32 %207, i32 addrspace(3)* %209
	%210 = add i32 %207, %157
	%211 = add i32 %154, 1
	%212 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %211
	store i32 %210, i32 addrspace(3)* %212
	%213 = add i32 %210, %161
	%214 = add i32 %154, 2
	%215 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %214
	store i32 %213, i32 addrspace(3)* %215
	%216 = add i32 %213, %165
	%217 = add i32 %154, 3
	%218 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %217
	store i32 %216, i32 addrspace(3)* %218
	%219 = add i32 %216, %169
	%220 = add i32 %154, 4
	%221 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %220
	store i32 %219, i32 addrspace(3)* %221
	%222 = add i32 %219, %173
	%223 = add i32 %154, 5
	%224 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %223
	store i32 %222, i32 addrspace(3)* %224
	%225 = add i32 %222, %177
	%226 = add i32 %154, 6
	%227 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %226
	store i32 %225, i32 addrspace(3)* %227
	%228 = add i32 %225, %181
	%229 = add i32 %154, 7
	%230 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %229
	store i32 %228, i32 addrspace(3)* %230
	%231 = add i32 %228, %185
	br label %232

232:
	call void @llvm.nvvm.barrier0()
	%233 = shl i32 1, %3
	%234 = sub i32 %233, 1
	br label %235

235:
	%236 = phi i32 [ 0, %232 ], [ %986, %979 ]
	%237 = phi i32 [ 0, %232 ], [ %237, %979 ]
	%238 = icmp slt i32 %236, %9
	br i1 %238, label %239, label %245

239:
	%240 = mul i32 %4, 256
	%241 = add i32 %240, %3
	%242 = add i32 %236, %241
	%243 = add i32 %242, 0
	%244 = icmp slt i32 %243, %9
	br i1 %244, label %246, label %253

245:
	call void @llvm.nvvm.barrier0()
	br label %987

246:
	%247 = sext i32 %243 to i64
	%248 = getelementptr i32, i32* %44, i64 %247
	%249 = load i32, i32* %248
	%250 = sext i32 %243 to i64
	%251 = getelementptr i32, i32* %15, i64 %250
	%252 = load i32, i32* %251
	br label %253

253:
	%254 = phi i32 [ 0, %239 ], [ %249, %246 ]
	%255 = phi i32 [ 0, %239 ], [ %252, %246 ]
	%256 = lshr i32 %254, 0
	%257 = and i32 %256, 255
	%258 = add i32 %242, 32
	%259 = icmp slt i32 %258, %9
	br i1 %259, label %260, label %267

260:
	%261 = sext i32 %258 to i64
	%262 = getelementptr i32, i32* %44, i64 %261
	%263 = load i32, i32* %262
	%264 = sext i32 %258 to i64
	%265 = getelementptr i32, i32* %15, i64 %264
	%266 = load i32, i32* %265
	br label %267

267:
	%268 = phi i32 [ 0, %253 ], [ %263, %260 ]
	%269 = phi i32 [ 0, %253 ], [ %266, %260 ]
	%270 = lshr i32 %268, 0
	%271 = and i32 %270, 255
	%272 = add i32 %242, 64
	%273 = icmp slt i32 %272, %9
	br i1 %273, label %274, label %281

274:
	%275 = sext i32 %272 to i64
	%276 = getelementptr i32, i32* %44, i64 %275
	%277 = load i32, i32* %276
	%278 = sext i32 %272 to i64
	%279 = getelementptr i32, i32* %15, i64 %278
	%280 = load i32, i32* %279
	br label %281

281:
	%282 = phi i32 [ 0, %267 ], [ %277, %274 ]
	%283 = phi i32 [ 0, %267 ], [ %280, %274 ]
	%284 = lshr i32 %282, 0
	%285 = and i32 %284, 255
	%286 = add i32 %242, 96
	%287 = icmp slt i32 %286, %9
	br i1 %287, label %288, label %295

288:
	%289 = sext i32 %286 to i64
	%290 = getelementptr i32, i32* %44, i64 %289
	%291 = load i32, i32* %290
	%292 = sext i32 %286 to i64
	%293 = getelementptr i32, i32* %15, i64 %292
	%294 = load i32, i32* %293
	br label %295

295:
	%296 = phi i32 [ 0, %281 ], [ %291, %288 ]
	%297 = phi i32 [ 0, %281 ], [ %294, %288 ]
	%298 = lshr i32 %296, 0
	%299 = and i32 %298, 255
	%300 = add i32 %242, 128
	%301 = icmp slt i32 %300, %9
	br i1 %301, label %302, label %309

302:
	%303 = sext i32 %300 to i64
	%304 = getelementptr i32, i32* %44, i64 %303
	%305 = load i32, i32* %304
	%306 = sext i32 %300 to i64
	%307 = getelementptr i32, i32* %15, i64 %306
	%308 = load i32, i32* %307
	br label %309

309:
	%310 = phi i32 [ 0, %295 ], [ %305, %302 ]
	%311 = phi i32 [ 0, %295 ], [ %308, %302 ]
	%312 = lshr i32 %310, 0
	%313 = and i32 %312, 255
	%314 = add i32 %242, 160
	%315 = icmp slt i32 %314, %9
	br i1 %315, label %316, label %323

316:
	%317 = sext i32 %314 to i64
	%318 = getelementptr i32, i32* %44, i64 %317
	%319 = load i32, i32* %318
	%320 = sext i32 %314 to i64
	%321 = getelementptr i32, i32* %15, i64 %320
	%322 = load i32, i32* %321
	br label %323

323:
	%324 = phi i32 [ 0, %309 ], [ %319, %316 ]
	%325 = phi i32 [ 0, %309 ], [ %322, %316 ]
	%326 = lshr i32 %324, 0
	%327 = and i32 %326, 255
	%328 = add i32 %242, 192
	%329 = icmp slt i32 %328, %9
	br i1 %329, label %330, label %337

330:
	%331 = sext i32 %328 to i64
	%332 = getelementptr i32, i32* %44, i64 %331
	%333 = load i32, i32* %332
	%334 = sext i32 %328 to i64
	%335 = getelementptr i32, i32* %15, i64 %334
	%336 = load i32, i32* %335
	br label %337

337:
	%338 = phi i32 [ 0, %323 ], [ %333, %330 ]
	%339 = phi i32 [ 0, %323 ], [ %336, %330 ]
	%340 = lshr i32 %338, 0
	%341 = and i32 %340, 255
	%342 = add i32 %242, 224
	%343 = icmp slt i32 %342, %9
	br i1 %343, label %344, label %351

344:
	%345 = sext i32 %342 to i64
	%346 = getelementptr i32, i32* %44, i64 %345
	%347 = load i32, i32* %346
	%348 = sext i32 %342 to i64
	%349 = getelementptr i32, i32* %15, i64 %348
	%350 = load i32, i32* %349
	br label %351

351:
	%352 = phi i32 [ 0, %337 ], [ %347, %344 ]
	%353 = phi i32 [ 0, %337 ], [ %350, %344 ]
	%354 = lshr i32 %352, 0
	%355 = and i32 %354, 255
	%356 = select i1 %244, i32 %257, i32 256
	%357 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %356)
	%358 = and i32 %357, %234
	%359 = call i32 @llvm.ctpop.i32(i32 %358)
	br i1 %244, label %360, label %365

360:
	%361 = mul i32 %4, 256
	%362 = add i32 %361, %257
	%363 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %362
	%364 = load i32, i32 addrspace(3)* %363
	br label %365

365:
	%366 = phi i32 [ 0, %351 ], [ %364, %360 ]
	%367 = add i32 %366, %359
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%368 = icmp eq i32 %359, 0
	%369 = and i1 %244, %368
	br i1 %369, label %370, label %376

370:
	%371 = call i32 @llvm.ctpop.i32(i32 %357)
	%372 = add i32 %366, %371
	%373 = mul i32 %4, 256
	%374 = add i32 %373, %257
	%375 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %374
	store i32 %372, i32 addrspace(3)* %375
	br label %376

376:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%377 = select i1 %259, i32 %271, i32 256
	%378 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %377)
	%379 = and i32 %378, %234
	%380 = call i32 @llvm.ctpop.i32(i32 %379)
	br i1 %259, label %381, label %386

381:
	%382 = mul i32 %4, 256
	%383 = add i32 %382, %271
	%384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %383
	%385 = load i32, i32 addrspace(3)* %384
	br label %386

386:
	%387 = phi i32 [ 0, %376 ], [ %385, %381 ]
	%388 = add i32 %387, %380
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%389 = icmp eq i32 %380, 0
	%390 = and i1 %259, %389
	br i1 %390, label %391, label %397

391:
	%392 = call i32 @llvm.ctpop.i32(i32 %378)
	%393 = add i32 %387, %392
	%394 = mul i32 %4, 256
	%395 = add i32 %394, %271
	%396 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %395
	store i32 %393, i32 addrspace(3)* %396
	br label %397

397:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%398 = select i1 %273, i32 %285, i32 256
	%399 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %398)
	%400 = and i32 %399, %234
	%401 = call i32 @llvm.ctpop.i32(i32 %400)
	br i1 %273, label %402, label %407

402:
	%403 = mul i32 %4, 256
	%404 = add i32 %403, %285
	%405 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %404
	%406 = load i32, i32 addrspace(3)* %405
	br label %407

407:
	%408 = phi i32 [ 0, %397 ], [ %406, %402 ]
	%409 = add i32 %408, %401
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%410 = icmp eq i32 %401, 0
	%411 = and i1 %273, %410
	br i1 %411, label %412, label %418

412:
	%413 = call i32 @llvm.ctpop.i32(i32 %399)
	%414 = add i32 %408, %413
	%415 = mul i32 %4, 256
	%416 = add i32 %415, %285
	%417 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %416
	store i32 %414, i32 addrspace(3)* %417
	br label %418

418:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%419 = select i1 %287, i32 %299, i32 256
	%420 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %419)
	%421 = and i32 %420, %234
	%422 = call i32 @llvm.ctpop.i32(i32 %421)
	br i1 %287, label %423, label %428

423:
	%424 = mul i32 %4, 256
	%425 = add i32 %424, %299
	%426 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %425
	%427 = load i32, i32 addrspace(3)* %426
	br label %428

428:
	%429 = phi i32 [ 0, %418 ], [ %427, %423 ]
	%430 = add i32 %429, %422
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%431 = icmp eq i32 %422, 0
	%432 = and i1 %287, %431
	br i1 %432, label %433, label %439

433:
	%434 = call i32 @llvm.ctpop.i32(i32 %420)
	%435 = add i32 %429, %434
	%436 = mul i32 %4, 256
	%437 = add i32 %436, %299
	%438 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %437
	store i32 %435, i32 addrspace(3)* %438
	br label %439

439:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%440 = select i1 %301, i32 %313, i32 256
	%441 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %440)
	%442 = and i32 %441, %234
	%443 = call i32 @llvm.ctpop.i32(i32 %442)
	br i1 %301, label %444, label %449

444:
	%445 = mul i32 %4, 256
	%446 = add i32 %445, %313
	%447 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %446
	%448 = load i32, i32 addrspace(3)* %447
	br label %449

449:
	%450 = phi i32 [ 0, %439 ], [ %448, %444 ]
	%451 = add i32 %450, %443
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%452 = icmp eq i32 %443, 0
	%453 = and i1 %301, %452
	br i1 %453, label %454, label %460

454:
	%455 = call i32 @llvm.ctpop.i32(i32 %441)
	%456 = add i32 %450, %455
	%457 = mul i32 %4, 256
	%458 = add i32 %457, %313
	%459 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %458
	store i32 %456, i32 addrspace(3)* %459
	br label %460

460:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%461 = select i1 %315, i32 %327, i32 256
	%462 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %461)
	%463 = and i32 %462, %234
	%464 = call i32 @llvm.ctpop.i32(i32 %463)
	br i1 %315, label %465, label %470

465:
	%466 = mul i32 %4, 256
	%467 = add i32 %466, %327
	%468 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %467
	%469 = load i32, i32 addrspace(3)* %468
	br label %470

470:
	%471 = phi i32 [ 0, %460 ], [ %469, %465 ]
	%472 = add i32 %471, %464
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%473 = icmp eq i32 %464, 0
	%474 = and i1 %315, %473
	br i1 %474, label %475, label %481

475:
	%476 = call i32 @llvm.ctpop.i32(i32 %462)
	%477 = add i32 %471, %476
	%478 = mul i32 %4, 256
	%479 = add i32 %478, %327
	%480 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %479
	store i32 %477, i32 addrspace(3)* %480
	br label %481

481:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%482 = select i1 %329, i32 %341, i32 256
	%483 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %482)
	%484 = and i32 %483, %234
	%485 = call i32 @llvm.ctpop.i32(i32 %484)
	br i1 %329, label %486, label %491

486:
	%487 = mul i32 %4, 256
	%488 = add i32 %487, %341
	%489 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %488
	%490 = load i32, i32 addrspace(3)* %489
	br label %491

491:
	%492 = phi i32 [ 0, %481 ], [ %490, %486 ]
	%493 = add i32 %492, %485
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%494 = icmp eq i32 %485, 0
	%495 = and i1 %329, %494
	br i1 %495, label %496, label %502

496:
	%497 = call i32 @llvm.ctpop.i32(i32 %483)
	%498 = add i32 %492, %497
	%499 = mul i32 %4, 256
	%500 = add i32 %499, %341
	%501 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %500
	store i32 %498, i32 addrspace(3)* %501
	br label %502

502:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%503 = select i1 %343, i32 %355, i32 256
	%504 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %503)
	%505 = and i32 %504, %234
	%506 = call i32 @llvm.ctpop.i32(i32 %505)
	br i1 %343, label %507, label %512

507:
	%508 = mul i32 %4, 256
	%509 = add i32 %508, %355
	%510 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %509
	%511 = load i32, i32 addrspace(3)* %510
	br label %512

512:
	%513 = phi i32 [ 0, %502 ], [ %511, %507 ]
	%514 = add i32 %513, %506
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%515 = icmp eq i32 %506, 0
	%516 = and i1 %343, %515
	br i1 %516, label %517, label %523

517:
	%518 = call i32 @llvm.ctpop.i32(i32 %504)
	%519 = add i32 %513, %518
	%520 = mul i32 %4, 256
	%521 = add i32 %520, %355
	%522 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %521
	store i32 %519, i32 addrspace(3)* %522
	br label %523

523:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%524 = mul i32 0, 256
	%525 = add i32 %524, %0
	%526 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %525
	%527 = load i32, i32 addrspace(3)* %526
	%528 = mul i32 0, 256
	%529 = add i32 %528, %0
	%530 = add i32 2048, %529
	%531 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %530
	store i32 0, i32 addrspace(3)* %531
	%532 = mul i32 0, 256
	%533 = add i32 %532, %0
	%534 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %533
	store i32 0, i32 addrspace(3)* %534
	%535 = add i32 0, %527
	%536 = mul i32 1, 256
	%537 = add i32 %536, %0
	%538 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %537
	%539 = load i32, i32 addrspace(3)* %538
	%540 = mul i32 1, 256
	%541 = add i32 %540, %0
	%542 = add i32 2048, %541
	%543 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %542
	store i32 %535, i32 addrspace(3)* %543
	%544 = mul i32 1, 256
	%545 = add i32 %544, %0
	%546 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %545
	store i32 0, i32 addrspace(3)* %546
	%547 = add i32 %535, %539
	%548 = mul i32 2, 256
	%549 = add i32 %548, %0
	%550 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %549
	%551 = load i32, i32 addrspace(3)* %550
	%552 = mul i32 2, 256
	%553 = add i32 %552, %0
	%554 = add i32 2048, %553
	%555 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %554
	store i32 %547, i32 addrspace(3)* %555
	%556 = mul i32 2, 256
	%557 = add i32 %556, %0
	%558 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %557
	store i32 0, i32 addrspace(3)* %558
	%559 = add i32 %547, %551
	%560 = mul i32 3, 256
	%561 = add i32 %560, %0
	%562 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %561
	%563 = load i32, i32 addrspace(3)* %562
	%564 = mul i32 3, 256
	%565 = add i32 %564, %0
	%566 = add i32 2048, %565
	%567 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %566
	store i32 %559, i32 addrspace(3)* %567
	%568 = mul i32 3, 256
	%569 = add i32 %568, %0
	%570 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %569
	store i32 0, i32 addrspace(3)* %570
	%571 = add i32 %559, %563
	%572 = mul i32 4, 256
	%573 = add i32 %572, %0
	%574 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %573
	%575 = load i32, i32 addrspace(3)* %574
	%576 = mul i32 4, 256
	%577 = add i32 %576, %0
	%578 = add i32 2048, %577
	%579 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %578
	store i32 %571, i32 addrspace(3)* %579
	%580 = mul i32 4, 256
	%581 = add i32 %580, %0
	%582 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %581
	store i32 0, i32 addrspace(3)* %582
	%583 = add i32 %571, %575
	%584 = mul i32 5, 256
	%585 = add i32 %584, %0
	%586 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %585
	%587 = load i32, i32 addrspace(3)* %586
	%588 = mul i32 5, 256
	%589 = add i32 %588, %0
	%590 = add i32 2048, %589
	%591 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %590
	store i32 %583, i32 addrspace(3)* %591
	%592 = mul i32 5, 256
	%593 = add i32 %592, %0
	%594 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %593
	store i32 0, i32 addrspace(3)* %594
	%595 = add i32 %583, %587
	%596 = mul i32 6, 256
	%597 = add i32 %596, %0
	%598 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %597
	%599 = load i32, i32 addrspace(3)* %598
	%600 = mul i32 6, 256
	%601 = add i32 %600, %0
	%602 = add i32 2048, %601
	%603 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %602
	store i32 %595, i32 addrspace(3)* %603
	%604 = mul i32 6, 256
	%605 = add i32 %604, %0
	%606 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %605
	store i32 0, i32 addrspace(3)* %606
	%607 = add i32 %595, %599
	%608 = mul i32 7, 256
	%609 = add i32 %608, %0
	%610 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %609
	%611 = load i32, i32 addrspace(3)* %610
	%612 = mul i32 7, 256
	%613 = add i32 %612, %0
	%614 = add i32 2048, %613
	%615 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %614
	store i32 %607, i32 addrspace(3)* %615
	%616 = mul i32 7, 256
	%617 = add i32 %616, %0
	%618 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %617
	store i32 0, i32 addrspace(3)* %618
	%619 = add i32 %607, %611
	call void @llvm.nvvm.barrier0()
	%620 = select i1 %244, i32 %257, i32 0
	%621 = mul i32 %4, 256
	%622 = add i32 %621, %620
	%623 = add i32 2048, %622
	%624 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %623
	%625 = load i32, i32 addrspace(3)* %624
	%626 = add i32 %367, %625
	%627 = select i1 %259, i32 %271, i32 0
	%628 = mul i32 %4, 256
	%629 = add i32 %628, %627
	%630 = add i32 2048, %629
	%631 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %630
	%632 = load i32, i32 addrspace(3)* %631
	%633 = add i32 %388, %632
	%634 = select i1 %273, i32 %285, i32 0
	%635 = mul i32 %4, 256
	%636 = add i32 %635, %634
	%637 = add i32 2048, %636
	%638 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %637
	%639 = load i32, i32 addrspace(3)* %638
	%640 = add i32 %409, %639
	%641 = select i1 %287, i32 %299, i32 0
	%642 = mul i32 %4, 256
	%643 = add i32 %642, %641
	%644 = add i32 2048, %643
	%645 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %644
	%646 = load i32, i32 addrspace(3)* %645
	%647 = add i32 %430, %646
	%648 = select i1 %301, i32 %313, i32 0
	%649 = mul i32 %4, 256
	%650 = add i32 %649, %648
	%651 = add i32 2048, %650
	%652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %651
	%653 = load i32, i32 addrspace(3)* %652
	%654 = add i32 %451, %653
	%655 = select i1 %315, i32 %327, i32 0
	%656 = mul i32 %4, 256
	%657 = add i32 %656, %655
	%658 = add i32 2048, %657
	%659 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %658
	%660 = load i32, i32 addrspace(3)* %659
	%661 = add i32 %472, %660
	%662 = select i1 %329, i32 %341, i32 0
	%663 = mul i32 %4, 256
	%664 = add i32 %663, %662
	%665 = add i32 2048, %664
	%666 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %665
	%667 = load i32, i32 addrspace(3)* %666
	%668 = add i32 %493, %667
	%669 = select i1 %343, i32 %355, i32 0
	%670 = mul i32 %4, 256
	%671 = add i32 %670, %669
	%672 = add i32 2048, %671
	%673 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %672
	%674 = load i32, i32 addrspace(3)* %673
	%675 = add i32 %514, %674
	%676 = and i32 %0, 31
	%677 = lshr i32 %0, 5
	%678 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %619, i32 1, i32 0)
	%679 = icmp uge i32 %676, 1
	%680 = select i1 %679, i32 %678, i32 0
	%681 = add i32 %619, %680
	%682 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %681, i32 2, i32 0)
	%683 = icmp uge i32 %676, 2
	%684 = select i1 %683, i32 %682, i32 0
	%685 = add i32 %681, %684
	%686 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %685, i32 4, i32 0)
	%687 = icmp uge i32 %676, 4
	%688 = select i1 %687, i32 %686, i32 0
	%689 = add i32 %685, %688
	%690 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %689, i32 8, i32 0)
	%691 = icmp uge i32 %676, 8
	%692 = select i1 %691, i32 %690, i32 0
	%693 = add i32 %689, %692
	%694 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %693, i32 16, i32 0)
	%695 = icmp uge i32 %676, 16
	%696 = select i1 %695, i32 %694, i32 0
	%697 = add i32 %693, %696
	%698 = icmp eq i32 %676, 31
	br i1 %698, label %699, label %701

699:
	%700 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %677
	store i32 %697, i32 addrspace(3)* %700
	br label %701

701:
	call void @llvm.nvvm.barrier0()
	%702 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%703 = load i32, i32 addrspace(3)* %702
	%704 = icmp sgt i32 %677, 0
	%705 = select i1 %704, i32 %703, i32 0
	%706 = add i32 0, %705
	%707 = add i32 0, %703
	%708 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%709 = load i32, i32 addrspace(3)* %708
	%710 = icmp sgt i32 %677, 1
	%711 = select i1 %710, i32 %709, i32 0
	%712 = add i32 %706, %711
	%713 = add i32 %707, %709
	%714 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%715 = load i32, i32 addrspace(3)* %714
	%716 = icmp sgt i32 %677, 2
	%717 = select i1 %716, i32 %715, i32 0
	%718 = add i32 %712, %717
	%719 = add i32 %713, %715
	%720 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%721 = load i32, i32 addrspace(3)* %720
	%722 = icmp sgt i32 %677, 3
	%723 = select i1 %722, i32 %721, i32 0
	%724 = add i32 %718, %723
	%725 = add i32 %719, %721
	%726 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%727 = load i32, i32 addrspace(3)* %726
	%728 = icmp sgt i32 %677, 4
	%729 = select i1 %728, i32 %727, i32 0
	%730 = add i32 %724, %729
	%731 = add i32 %725, %727
	%732 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%733 = load i32, i32 addrspace(3)* %732
	%734 = icmp sgt i32 %677, 5
	%735 = select i1 %734, i32 %733, i32 0
	%736 = add i32 %730, %735
	%737 = add i32 %731, %733
	%738 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%739 = load i32, i32 addrspace(3)* %738
	%740 = icmp sgt i32 %677, 6
	%741 = select i1 %740, i32 %739, i32 0
	%742 = add i32 %736, %741
	%743 = add i32 %737, %739
	%744 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%745 = load i32, i32 addrspace(3)* %744
	%746 = icmp sgt i32 %677, 7
	%747 = select i1 %746, i32 %745, i32 0
	%748 = add i32 %742, %747
	%749 = add i32 %743, %745
	%750 = add i32 %748, %697
	%751 = sub i32 %750, %619
	%752 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %751, i32 addrspace(3)* %752
	call void @llvm.nvvm.barrier0()
	br i1 %244, label %753, label %759

753:
	%754 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %257
	%755 = load i32, i32 addrspace(3)* %754
	%756 = add i32 %755, %626
	%757 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %756
	store i32 %254, i32 addrspace(3)* %757
	%758 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %756
	store i32 %255, i32 addrspace(3)* %758
	br label %759

759:
	br i1 %259, label %760, label %766

760:
	%761 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %271
	%762 = load i32, i32 addrspace(3)* %761
	%763 = add i32 %762, %633
	%764 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %763
	store i32 %268, i32 addrspace(3)* %764
	%765 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %763
	store i32 %269, i32 addrspace(3)* %765
	br label %766

766:
	br i1 %273, label %767, label %773

767:
	%768 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %285
	%769 = load i32, i32 addrspace(3)* %768
	%770 = add i32 %769, %640
	%771 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %770
	store i32 %282, i32 addrspace(3)* %771
	%772 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %770
	store i32 %283, i32 addrspace(3)* %772
	br label %773

773:
	br i1 %287, label %774, label %780

774:
	%775 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %299
	%776 = load i32, i32 addrspace(3)* %775
	%777 = add i32 %776, %647
	%778 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %777
	store i32 %296, i32 addrspace(3)* %778
	%779 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %777
	store i32 %297, i32 addrspace(3)* %779
	br label %780

780:
	br i1 %301, label %781, label %787

781:
	%782 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %313
	%783 = load i32, i32 addrspace(3)* %782
	%784 = add i32 %783, %654
	%785 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %784
	store i32 %310, i32 addrspace(3)* %785
	%786 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %784
	store i32 %311, i32 addrspace(3)* %786
	br label %787

787:
	br i1 %315, label %788, label %794

788:
	%789 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %327
	%790 = load i32, i32 addrspace(3)* %789
	%791 = add i32 %790, %661
	%792 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %791
	store i32 %324, i32 addrspace(3)* %792
	%793 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %791
	store i32 %325, i32 addrspace(3)* %793
	br label %794

794:
	br i1 %329, label %795, label %801

795:
	%796 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %341
	%797 = load i32, i32 addrspace(3)* %796
	%798 = add i32 %797, %668
	%799 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %798
	store i32 %338, i32 addrspace(3)* %799
	%800 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %798
	store i32 %339, i32 addrspace(3)* %800
	br label %801

801:
	br i1 %343, label %802, label %808

802:
	%803 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %355
	%804 = load i32, i32 addrspace(3)* %803
	%805 = add i32 %804, %675
	%806 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %805
	store i32 %352, i32 addrspace(3)* %806
	%807 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %805
	store i32 %353, i32 addrspace(3)* %807
	br label %808

808:
	call void @llvm.nvvm.barrier0()
	%809 = sub i32 %9, %236
	%810 = icmp slt i32 2048, %809
	%811 = select i1 %810, i32 2048, i32 %809
	%812 = add i32 0, %0
	%813 = icmp slt i32 %812, %811
	br i1 %813, label %814, label %832

814:
	%815 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %812
	%816 = load i32, i32 addrspace(3)* %815
	%817 = lshr i32 %816, 0
	%818 = and i32 %817, 255
	%819 = add i32 %818, 0
	%820 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %819
	%821 = load i32, i32 addrspace(3)* %820
	%822 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %818
	%823 = load i32, i32 addrspace(3)* %822
	%824 = sub i32 %812, %823
	%825 = add i32 %821, %824
	%826 = sext i32 %825 to i64
	%827 = getelementptr i32, i32* %46, i64 %826
	store i32 %816, i32* %827
	%828 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %812
	%829 = load i32, i32 addrspace(3)* %828
	%830 = sext i32 %825 to i64
	%831 = getelementptr i32, i32* %49, i64 %830
	store i32 %829, i32* %831
	br label %832

832:
	%833 = add i32 256, %0
	%834 = icmp slt i32 %833, %811
	br i1 %834, label %835, label %853

835:
	%836 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %833
	%837 = load i32, i32 addrspace(3)* %836
	%838 = lshr i32 %837, 0
	%839 = and i32 %838, 255
	%840 = add i32 %839, 0
	%841 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %840
	%842 = load i32, i32 addrspace(3)* %841
	%843 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %839
	%844 = load i32, i32 addrspace(3)* %843
	%845 = sub i32 %833, %844
	%846 = add i32 %842, %845
	%847 = sext i32 %846 to i64
	%848 = getelementptr i32, i32* %46, i64 %847
	store i32 %837, i32* %848
	%849 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %833
	%850 = load i32, i32 addrspace(3)* %849
	%851 = sext i32 %846 to i64
	%852 = getelementptr i32, i32* %49, i64 %851
	store i32 %850, i32* %852
	br label %853

853:
	%854 = add i32 512, %0
	%855 = icmp slt i32 %854, %811
	br i1 %855, label %856, label %874

856:
	%857 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %854
	%858 = load i32, i32 addrspace(3)* %857
	%859 = lshr i32 %858, 0
	%860 = and i32 %859, 255
	%861 = add i32 %860, 0
	%862 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %861
	%863 = load i32, i32 addrspace(3)* %862
	%864 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %860
	%865 = load i32, i32 addrspace(3)* %864
	%866 = sub i32 %854, %865
	%867 = add i32 %863, %866
	%868 = sext i32 %867 to i64
	%869 = getelementptr i32, i32* %46, i64 %868
	store i32 %858, i32* %869
	%870 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %854
	%871 = load i32, i32 addrspace(3)* %870
	%872 = sext i32 %867 to i64
	%873 = getelementptr i32, i32* %49, i64 %872
	store i32 %871, i32* %873
	br label %874

874:
	%875 = add i32 768, %0
	%876 = icmp slt i32 %875, %811
	br i1 %876, label %877, label %895

877:
	%878 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %875
	%879 = load i32, i32 addrspace(3)* %878
	%880 = lshr i32 %879, 0
	%881 = and i32 %880, 255
	%882 = add i32 %881, 0
	%883 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %882
	%884 = load i32, i32 addrspace(3)* %883
	%885 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %881
	%886 = load i32, i32 addrspace(3)* %885
	%887 = sub i32 %875, %886
	%888 = add i32 %884, %887
	%889 = sext i32 %888 to i64
	%890 = getelementptr i32, i32* %46, i64 %889
	store i32 %879, i32* %890
	%891 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %875
	%892 = load i32, i32 addrspace(3)* %891
	%893 = sext i32 %888 to i64
	%894 = getelementptr i32, i32* %49, i64 %893
	store i32 %892, i32* %894
	br label %895

895:
	%896 = add i32 1024, %0
	%897 = icmp slt i32 %896, %811
	br i1 %897, label %898, label %916

898:
	%899 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %896
	%900 = load i32, i32 addrspace(3)* %899
	%901 = lshr i32 %900, 0
	%902 = and i32 %901, 255
	%903 = add i32 %902, 0
	%904 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %903
	%905 = load i32, i32 addrspace(3)* %904
	%906 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %902
	%907 = load i32, i32 addrspace(3)* %906
	%908 = sub i32 %896, %907
	%909 = add i32 %905, %908
	%910 = sext i32 %909 to i64
	%911 = getelementptr i32, i32* %46, i64 %910
	store i32 %900, i32* %911
	%912 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %896
	%913 = load i32, i32 addrspace(3)* %912
	%914 = sext i32 %909 to i64
	%915 = getelementptr i32, i32* %49, i64 %914
	store i32 %913, i32* %915
	br label %916

916:
	%917 = add i32 1280, %0
	%918 = icmp slt i32 %917, %811
	br i1 %918, label %919, label %937

919:
	%920 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %917
	%921 = load i32, i32 addrspace(3)* %920
	%922 = lshr i32 %921, 0
	%923 = and i32 %922, 255
	%924 = add i32 %923, 0
	%925 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %924
	%926 = load i32, i32 addrspace(3)* %925
	%927 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %923
	%928 = load i32, i32 addrspace(3)* %927
	%929 = sub i32 %917, %928
	%930 = add i32 %926, %929
	%931 = sext i32 %930 to i64
	%932 = getelementptr i32, i32* %46, i64 %931
	store i32 %921, i32* %932
	%933 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %917
	%934 = load i32, i32 addrspace(3)* %933
	%935 = sext i32 %930 to i64
	%936 = getelementptr i32, i32* %49, i64 %935
	store i32 %934, i32* %936
	br label %937

937:
	%938 = add i32 1536, %0
	%939 = icmp slt i32 %938, %811
	br i1 %939, label %940, label %958

940:
	%941 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %938
	%942 = load i32, i32 addrspace(3)* %941
	%943 = lshr i32 %942, 0
	%944 = and i32 %943, 255
	%945 = add i32 %944, 0
	%946 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %945
	%947 = load i32, i32 addrspace(3)* %946
	%948 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %944
	%949 = load i32, i32 addrspace(3)* %948
	%950 = sub i32 %938, %949
	%951 = add i32 %947, %950
	%952 = sext i32 %951 to i64
	%953 = getelementptr i32, i32* %46, i64 %952
	store i32 %942, i32* %953
	%954 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %938
	%955 = load i32, i32 addrspace(3)* %954
	%956 = sext i32 %951 to i64
	%957 = getelementptr i32, i32* %49, i64 %956
	store i32 %955, i32* %957
	br label %958

958:
	%959 = add i32 1792, %0
	%960 = icmp slt i32 %959, %811
	br i1 %960, label %961, label %979

961:
	%962 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %959
	%963 = load i32, i32 addrspace(3)* %962
	%964 = lshr i32 %963, 0
	%965 = and i32 %964, 255
	%966 = add i32 %965, 0
	%967 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %966
	%968 = load i32, i32 addrspace(3)* %967
	%969 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %965
	%970 = load i32, i32 addrspace(3)* %969
	%971 = sub i32 %959, %970
	%972 = add i32 %968, %971
	%973 = sext i32 %972 to i64
	%974 = getelementptr i32, i32* %46, i64 %973
	store i32 %963, i32* %974
	%975 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %959
	%976 = load i32, i32 addrspace(3)* %975
	%977 = sext i32 %972 to i64
	%978 = getelementptr i32, i32* %49, i64 %977
	store i32 %976, i32* %978
	br label %979

979:
	call void @llvm.nvvm.barrier0()
	%980 = add i32 %0, 0
	%981 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %980
	%982 = load i32, i32 addrspace(3)* %981
	%983 = add i32 %982, %619
	%984 = add i32 %0, 0
	%985 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %984
	store i32 %983, i32 addrspace(3)* %985
	%986 = add i32 %236, 2048
	br label %235

987:
	%988 = phi i32 [ 0, %245 ], [ %1738, %1731 ]
	%989 = phi i32 [ %237, %245 ], [ %989, %1731 ]
	%990 = icmp slt i32 %988, %9
	br i1 %990, label %991, label %997

991:
	%992 = mul i32 %4, 256
	%993 = add i32 %992, %3
	%994 = add i32 %988, %993
	%995 = add i32 %994, 0
	%996 = icmp slt i32 %995, %9
	br i1 %996, label %998, label %1005

997:
	call void @llvm.nvvm.barrier0()
	br label %1739

998:
	%999 = sext i32 %995 to i64
	%1000 = getelementptr i32, i32* %46, i64 %999
	%1001 = load i32, i32* %1000
	%1002 = sext i32 %995 to i64
	%1003 = getelementptr i32, i32* %49, i64 %1002
	%1004 = load i32, i32* %1003
	br label %1005

1005:
	%1006 = phi i32 [ 0, %991 ], [ %1001, %998 ]
	%1007 = phi i32 [ 0, %991 ], [ %1004, %998 ]
	%1008 = lshr i32 %1006, 8
	%1009 = and i32 %1008, 255
	%1010 = add i32 %994, 32
	%1011 = icmp slt i32 %1010, %9
	br i1 %1011, label %1012, label %1019

1012:
	%1013 = sext i32 %1010 to i64
	%1014 = getelementptr i32, i32* %46, i64 %1013
	%1015 = load i32, i32* %1014
	%1016 = sext i32 %1010 to i64
	%1017 = getelementptr i32, i32* %49, i64 %1016
	%1018 = load i32, i32* %1017
	br label %1019

1019:
	%1020 = phi i32 [ 0, %1005 ], [ %1015, %1012 ]
	%1021 = phi i32 [ 0, %1005 ], [ %1018, %1012 ]
	%1022 = lshr i32 %1020, 8
	%1023 = and i32 %1022, 255
	%1024 = add i32 %994, 64
	%1025 = icmp slt i32 %1024, %9
	br i1 %1025, label %1026, label %1033

1026:
	%1027 = sext i32 %1024 to i64
	%1028 = getelementptr i32, i32* %46, i64 %1027
	%1029 = load i32, i32* %1028
	%1030 = sext i32 %1024 to i64
	%1031 = getelementptr i32, i32* %49, i64 %1030
	%1032 = load i32, i32* %1031
	br label %1033

1033:
	%1034 = phi i32 [ 0, %1019 ], [ %1029, %1026 ]
	%1035 = phi i32 [ 0, %1019 ], [ %1032, %1026 ]
	%1036 = lshr i32 %1034, 8
	%1037 = and i32 %1036, 255
	%1038 = add i32 %994, 96
	%1039 = icmp slt i32 %1038, %9
	br i1 %1039, label %1040, label %1047

1040:
	%1041 = sext i32 %1038 to i64
	%1042 = getelementptr i32, i32* %46, i64 %1041
	%1043 = load i32, i32* %1042
	%1044 = sext i32 %1038 to i64
	%1045 = getelementptr i32, i32* %49, i64 %1044
	%1046 = load i32, i32* %1045
	br label %1047

1047:
	%1048 = phi i32 [ 0, %1033 ], [ %1043, %1040 ]
	%1049 = phi i32 [ 0, %1033 ], [ %1046, %1040 ]
	%1050 = lshr i32 %1048, 8
	%1051 = and i32 %1050, 255
	%1052 = add i32 %994, 128
	%1053 = icmp slt i32 %1052, %9
	br i1 %1053, label %1054, label %1061

1054:
	%1055 = sext i32 %1052 to i64
	%1056 = getelementptr i32, i32* %46, i64 %1055
	%1057 = load i32, i32* %1056
	%1058 = sext i32 %1052 to i64
	%1059 = getelementptr i32, i32* %49, i64 %1058
	%1060 = load i32, i32* %1059
	br label %1061

1061:
	%1062 = phi i32 [ 0, %1047 ], [ %1057, %1054 ]
	%1063 = phi i32 [ 0, %1047 ], [ %1060, %1054 ]
	%1064 = lshr i32 %1062, 8
	%1065 = and i32 %1064, 255
	%1066 = add i32 %994, 160
	%1067 = icmp slt i32 %1066, %9
	br i1 %1067, label %1068, label %1075

1068:
	%1069 = sext i32 %1066 to i64
	%1070 = getelementptr i32, i32* %46, i64 %1069
	%1071 = load i32, i32* %1070
	%1072 = sext i32 %1066 to i64
	%1073 = getelementptr i32, i32* %49, i64 %1072
	%1074 = load i32, i32* %1073
	br label %1075

1075:
	%1076 = phi i32 [ 0, %1061 ], [ %1071, %1068 ]
	%1077 = phi i32 [ 0, %1061 ], [ %1074, %1068 ]
	%1078 = lshr i32 %1076, 8
	%1079 = and i32 %1078, 255
	%1080 = add i32 %994, 192
	%1081 = icmp slt i32 %1080, %9
	br i1 %1081, label %1082, label %1089

1082:
	%1083 = sext i32 %1080 to i64
	%1084 = getelementptr i32, i32* %46, i64 %1083
	%1085 = load i32, i32* %1084
	%1086 = sext i32 %1080 to i64
	%1087 = getelementptr i32, i32* %49, i64 %1086
	%1088 = load i32, i32* %1087
	br label %1089

1089:
	%1090 = phi i32 [ 0, %1075 ], [ %1085, %1082 ]
	%1091 = phi i32 [ 0, %1075 ], [ %1088, %1082 ]
	%1092 = lshr i32 %1090, 8
	%1093 = and i32 %1092, 255
	%1094 = add i32 %994, 224
	%1095 = icmp slt i32 %1094, %9
	br i1 %1095, label %1096, label %1103

1096:
	%1097 = sext i32 %1094 to i64
	%1098 = getelementptr i32, i32* %46, i64 %1097
	%1099 = load i32, i32* %1098
	%1100 = sext i32 %1094 to i64
	%1101 = getelementptr i32, i32* %49, i64 %1100
	%1102 = load i32, i32* %1101
	br label %1103

1103:
	%1104 = phi i32 [ 0, %1089 ], [ %1099, %1096 ]
	%1105 = phi i32 [ 0, %1089 ], [ %1102, %1096 ]
	%1106 = lshr i32 %1104, 8
	%1107 = and i32 %1106, 255
	%1108 = select i1 %996, i32 %1009, i32 256
	%1109 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1108)
	%1110 = and i32 %1109, %234
	%1111 = call i32 @llvm.ctpop.i32(i32 %1110)
	br i1 %996, label %1112, label %1117

1112:
	%1113 = mul i32 %4, 256
	%1114 = add i32 %1113, %1009
	%1115 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1114
	%1116 = load i32, i32 addrspace(3)* %1115
	br label %1117

1117:
	%1118 = phi i32 [ 0, %1103 ], [ %1116, %1112 ]
	%1119 = add i32 %1118, %1111
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1120 = icmp eq i32 %1111, 0
	%1121 = and i1 %996, %1120
	br i1 %1121, label %1122, label %1128

1122:
	%1123 = call i32 @llvm.ctpop.i32(i32 %1109)
	%1124 = add i32 %1118, %1123
	%1125 = mul i32 %4, 256
	%1126 = add i32 %1125, %1009
	%1127 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1126
	store i32 %1124, i32 addrspace(3)* %1127
	br label %1128

1128:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1129 = select i1 %1011, i32 %1023, i32 256
	%1130 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1129)
	%1131 = and i32 %1130, %234
	%1132 = call i32 @llvm.ctpop.i32(i32 %1131)
	br i1 %1011, label %1133, label %1138

1133:
	%1134 = mul i32 %4, 256
	%1135 = add i32 %1134, %1023
	%1136 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1135
	%1137 = load i32, i32 addrspace(3)* %1136
	br label %1138

1138:
	%1139 = phi i32 [ 0, %1128 ], [ %1137, %1133 ]
	%1140 = add i32 %1139, %1132
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1141 = icmp eq i32 %1132, 0
	%1142 = and i1 %1011, %1141
	br i1 %1142, label %1143, label %1149

1143:
	%1144 = call i32 @llvm.ctpop.i32(i32 %1130)
	%1145 = add i32 %1139, %1144
	%1146 = mul i32 %4, 256
	%1147 = add i32 %1146, %1023
	%1148 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1147
	store i32 %1145, i32 addrspace(3)* %1148
	br label %1149

1149:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1150 = select i1 %1025, i32 %1037, i32 256
	%1151 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1150)
	%1152 = and i32 %1151, %234
	%1153 = call i32 @llvm.ctpop.i32(i32 %1152)
	br i1 %1025, label %1154, label %1159

1154:
	%1155 = mul i32 %4, 256
	%1156 = add i32 %1155, %1037
	%1157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1156
	%1158 = load i32, i32 addrspace(3)* %1157
	br label %1159

1159:
	%1160 = phi i32 [ 0, %1149 ], [ %1158, %1154 ]
	%1161 = add i32 %1160, %1153
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1162 = icmp eq i32 %1153, 0
	%1163 = and i1 %1025, %1162
	br i1 %1163, label %1164, label %1170

1164:
	%1165 = call i32 @llvm.ctpop.i32(i32 %1151)
	%1166 = add i32 %1160, %1165
	%1167 = mul i32 %4, 256
	%1168 = add i32 %1167, %1037
	%1169 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1168
	store i32 %1166, i32 addrspace(3)* %1169
	br label %1170

1170:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1171 = select i1 %1039, i32 %1051, i32 256
	%1172 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1171)
	%1173 = and i32 %1172, %234
	%1174 = call i32 @llvm.ctpop.i32(i32 %1173)
	br i1 %1039, label %1175, label %1180

1175:
	%1176 = mul i32 %4, 256
	%1177 = add i32 %1176, %1051
	%1178 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1177
	%1179 = load i32, i32 addrspace(3)* %1178
	br label %1180

1180:
	%1181 = phi i32 [ 0, %1170 ], [ %1179, %1175 ]
	%1182 = add i32 %1181, %1174
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1183 = icmp eq i32 %1174, 0
	%1184 = and i1 %1039, %1183
	br i1 %1184, label %1185, label %1191

1185:
	%1186 = call i32 @llvm.ctpop.i32(i32 %1172)
	%1187 = add i32 %1181, %1186
	%1188 = mul i32 %4, 256
	%1189 = add i32 %1188, %1051
	%1190 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1189
	store i32 %1187, i32 addrspace(3)* %1190
	br label %1191

1191:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1192 = select i1 %1053, i32 %1065, i32 256
	%1193 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1192)
	%1194 = and i32 %1193, %234
	%1195 = call i32 @llvm.ctpop.i32(i32 %1194)
	br i1 %1053, label %1196, label %1201

1196:
	%1197 = mul i32 %4, 256
	%1198 = add i32 %1197, %1065
	%1199 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1198
	%1200 = load i32, i32 addrspace(3)* %1199
	br label %1201

1201:
	%1202 = phi i32 [ 0, %1191 ], [ %1200, %1196 ]
	%1203 = add i32 %1202, %1195
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1204 = icmp eq i32 %1195, 0
	%1205 = and i1 %1053, %1204
	br i1 %1205, label %1206, label %1212

1206:
	%1207 = call i32 @llvm.ctpop.i32(i32 %1193)
	%1208 = add i32 %1202, %1207
	%1209 = mul i32 %4, 256
	%1210 = add i32 %1209, %1065
	%1211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1210
	store i32 %1208, i32 addrspace(3)* %1211
	br label %1212

1212:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1213 = select i1 %1067, i32 %1079, i32 256
	%1214 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1213)
	%1215 = and i32 %1214, %234
	%1216 = call i32 @llvm.ctpop.i32(i32 %1215)
	br i1 %1067, label %1217, label %1222

1217:
	%1218 = mul i32 %4, 256
	%1219 = add i32 %1218, %1079
	%1220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1219
	%1221 = load i32, i32 addrspace(3)* %1220
	br label %1222

1222:
	%1223 = phi i32 [ 0, %1212 ], [ %1221, %1217 ]
	%1224 = add i32 %1223, %1216
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1225 = icmp eq i32 %1216, 0
	%1226 = and i1 %1067, %1225
	br i1 %1226, label %1227, label %1233

1227:
	%1228 = call i32 @llvm.ctpop.i32(i32 %1214)
	%1229 = add i32 %1223, %1228
	%1230 = mul i32 %4, 256
	%1231 = add i32 %1230, %1079
	%1232 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1231
	store i32 %1229, i32 addrspace(3)* %1232
	br label %1233

1233:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1234 = select i1 %1081, i32 %1093, i32 256
	%1235 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1234)
	%1236 = and i32 %1235, %234
	%1237 = call i32 @llvm.ctpop.i32(i32 %1236)
	br i1 %1081, label %1238, label %1243

1238:
	%1239 = mul i32 %4, 256
	%1240 = add i32 %1239, %1093
	%1241 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1240
	%1242 = load i32, i32 addrspace(3)* %1241
	br label %1243

1243:
	%1244 = phi i32 [ 0, %1233 ], [ %1242, %1238 ]
	%1245 = add i32 %1244, %1237
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1246 = icmp eq i32 %1237, 0
	%1247 = and i1 %1081, %1246
	br i1 %1247, label %1248, label %1254

1248:
	%1249 = call i32 @llvm.ctpop.i32(i32 %1235)
	%1250 = add i32 %1244, %1249
	%1251 = mul i32 %4, 256
	%1252 = add i32 %1251, %1093
	%1253 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1252
	store i32 %1250, i32 addrspace(3)* %1253
	br label %1254

1254:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1255 = select i1 %1095, i32 %1107, i32 256
	%1256 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1255)
	%1257 = and i32 %1256, %234
	%1258 = call i32 @llvm.ctpop.i32(i32 %1257)
	br i1 %1095, label %1259, label %1264

1259:
	%1260 = mul i32 %4, 256
	%1261 = add i32 %1260, %1107
	%1262 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1261
	%1263 = load i32, i32 addrspace(3)* %1262
	br label %1264

1264:
	%1265 = phi i32 [ 0, %1254 ], [ %1263, %1259 ]
	%1266 = add i32 %1265, %1258
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1267 = icmp eq i32 %1258, 0
	%1268 = and i1 %1095, %1267
	br i1 %1268, label %1269, label %1275

1269:
	%1270 = call i32 @llvm.ctpop.i32(i32 %1256)
	%1271 = add i32 %1265, %1270
	%1272 = mul i32 %4, 256
	%1273 = add i32 %1272, %1107
	%1274 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1273
	store i32 %1271, i32 addrspace(3)* %1274
	br label %1275

1275:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%1276 = mul i32 0, 256
	%1277 = add i32 %1276, %0
	%1278 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1277
	%1279 = load i32, i32 addrspace(3)* %1278
	%1280 = mul i32 0, 256
	%1281 = add i32 %1280, %0
	%1282 = add i32 2048, %1281
	%1283 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1282
	store i32 0, i32 addrspace(3)* %1283
	%1284 = mul i32 0, 256
	%1285 = add i32 %1284, %0
	%1286 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1285
	store i32 0, i32 addrspace(3)* %1286
	%1287 = add i32 0, %1279
	%1288 = mul i32 1, 256
	%1289 = add i32 %1288, %0
	%1290 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1289
	%1291 = load i32, i32 addrspace(3)* %1290
	%1292 = mul i32 1, 256
	%1293 = add i32 %1292, %0
	%1294 = add i32 2048, %1293
	%1295 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1294
	store i32 %1287, i32 addrspace(3)* %1295
	%1296 = mul i32 1, 256
	%1297 = add i32 %1296, %0
	%1298 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1297
	store i32 0, i32 addrspace(3)* %1298
	%1299 = add i32 %1287, %1291
	%1300 = mul i32 2, 256
	%1301 = add i32 %1300, %0
	%1302 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1301
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = mul i32 2, 256
	%1305 = add i32 %1304, %0
	%1306 = add i32 2048, %1305
	%1307 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1306
	store i32 %1299, i32 addrspace(3)* %1307
	%1308 = mul i32 2, 256
	%1309 = add i32 %1308, %0
	%1310 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1309
	store i32 0, i32 addrspace(3)* %1310
	%1311 = add i32 %1299, %1303
	%1312 = mul i32 3, 256
	%1313 = add i32 %1312, %0
	%1314 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1313
	%1315 = load i32, i32 addrspace(3)* %1314
	%1316 = mul i32 3, 256
	%1317 = add i32 %1316, %0
	%1318 = add i32 2048, %1317
	%1319 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1318
	store i32 %1311, i32 addrspace(3)* %1319
	%1320 = mul i32 3, 256
	%1321 = add i32 %1320, %0
	%1322 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1321
	store i32 0, i32 addrspace(3)* %1322
	%1323 = add i32 %1311, %1315
	%1324 = mul i32 4, 256
	%1325 = add i32 %1324, %0
	%1326 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1325
	%1327 = load i32, i32 addrspace(3)* %1326
	%1328 = mul i32 4, 256
	%1329 = add i32 %1328, %0
	%1330 = add i32 2048, %1329
	%1331 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1330
	store i32 %1323, i32 addrspace(3)* %1331
	%1332 = mul i32 4, 256
	%1333 = add i32 %1332, %0
	%1334 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1333
	store i32 0, i32 addrspace(3)* %1334
	%1335 = add i32 %1323, %1327
	%1336 = mul i32 5, 256
	%1337 = add i32 %1336, %0
	%1338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1337
	%1339 = load i32, i32 addrspace(3)* %1338
	%1340 = mul i32 5, 256
	%1341 = add i32 %1340, %0
	%1342 = add i32 2048, %1341
	%1343 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1342
	store i32 %1335, i32 addrspace(3)* %1343
	%1344 = mul i32 5, 256
	%1345 = add i32 %1344, %0
	%1346 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1345
	store i32 0, i32 addrspace(3)* %1346
	%1347 = add i32 %1335, %1339
	%1348 = mul i32 6, 256
	%1349 = add i32 %1348, %0
	%1350 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1349
	%1351 = load i32, i32 addrspace(3)* %1350
	%1352 = mul i32 6, 256
	%1353 = add i32 %1352, %0
	%1354 = add i32 2048, %1353
	%1355 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1354
	store i32 %1347, i32 addrspace(3)* %1355
	%1356 = mul i32 6, 256
	%1357 = add i32 %1356, %0
	%1358 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1357
	store i32 0, i32 addrspace(3)* %1358
	%1359 = add i32 %1347, %1351
	%1360 = mul i32 7, 256
	%1361 = add i32 %1360, %0
	%1362 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1361
	%1363 = load i32, i32 addrspace(3)* %1362
	%1364 = mul i32 7, 256
	%1365 = add i32 %1364, %0
	%1366 = add i32 2048, %1365
	%1367 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1366
	store i32 %1359, i32 addrspace(3)* %1367
	%1368 = mul i32 7, 256
	%1369 = add i32 %1368, %0
	%1370 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1369
	store i32 0, i32 addrspace(3)* %1370
	%1371 = add i32 %1359, %1363
	call void @llvm.nvvm.barrier0()
	%1372 = select i1 %996, i32 %1009, i32 0
	%1373 = mul i32 %4, 256
	%1374 = add i32 %1373, %1372
	%1375 = add i32 2048, %1374
	%1376 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1375
	%1377 = load i32, i32 addrspace(3)* %1376
	%1378 = add i32 %1119, %1377
	%1379 = select i1 %1011, i32 %1023, i32 0
	%1380 = mul i32 %4, 256
	%1381 = add i32 %1380, %1379
	%1382 = add i32 2048, %1381
	%1383 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1382
	%1384 = load i32, i32 addrspace(3)* %1383
	%1385 = add i32 %1140, %1384
	%1386 = select i1 %1025, i32 %1037, i32 0
	%1387 = mul i32 %4, 256
	%1388 = add i32 %1387, %1386
	%1389 = add i32 2048, %1388
	%1390 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1389
	%1391 = load i32, i32 addrspace(3)* %1390
	%1392 = add i32 %1161, %1391
	%1393 = select i1 %1039, i32 %1051, i32 0
	%1394 = mul i32 %4, 256
	%1395 = add i32 %1394, %1393
	%1396 = add i32 2048, %1395
	%1397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1396
	%1398 = load i32, i32 addrspace(3)* %1397
	%1399 = add i32 %1182, %1398
	%1400 = select i1 %1053, i32 %1065, i32 0
	%1401 = mul i32 %4, 256
	%1402 = add i32 %1401, %1400
	%1403 = add i32 2048, %1402
	%1404 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1403
	%1405 = load i32, i32 addrspace(3)* %1404
	%1406 = add i32 %1203, %1405
	%1407 = select i1 %1067, i32 %1079, i32 0
	%1408 = mul i32 %4, 256
	%1409 = add i32 %1408, %1407
	%1410 = add i32 2048, %1409
	%1411 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1410
	%1412 = load i32, i32 addrspace(3)* %1411
	%1413 = add i32 %1224, %1412
	%1414 = select i1 %1081, i32 %1093, i32 0
	%1415 = mul i32 %4, 256
	%1416 = add i32 %1415, %1414
	%1417 = add i32 2048, %1416
	%1418 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1417
	%1419 = load i32, i32 addrspace(3)* %1418
	%1420 = add i32 %1245, %1419
	%1421 = select i1 %1095, i32 %1107, i32 0
	%1422 = mul i32 %4, 256
	%1423 = add i32 %1422, %1421
	%1424 = add i32 2048, %1423
	%1425 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1424
	%1426 = load i32, i32 addrspace(3)* %1425
	%1427 = add i32 %1266, %1426
	%1428 = and i32 %0, 31
	%1429 = lshr i32 %0, 5
	%1430 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1371, i32 1, i32 0)
	%1431 = icmp uge i32 %1428, 1
	%1432 = select i1 %1431, i32 %1430, i32 0
	%1433 = add i32 %1371, %1432
	%1434 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1433, i32 2, i32 0)
	%1435 = icmp uge i32 %1428, 2
	%1436 = select i1 %1435, i32 %1434, i32 0
	%1437 = add i32 %1433, %1436
	%1438 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1437, i32 4, i32 0)
	%1439 = icmp uge i32 %1428, 4
	%1440 = select i1 %1439, i32 %1438, i32 0
	%1441 = add i32 %1437, %1440
	%1442 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1441, i32 8, i32 0)
	%1443 = icmp uge i32 %1428, 8
	%1444 = select i1 %1443, i32 %1442, i32 0
	%1445 = add i32 %1441, %1444
	%1446 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1445, i32 16, i32 0)
	%1447 = icmp uge i32 %1428, 16
	%1448 = select i1 %1447, i32 %1446, i32 0
	%1449 = add i32 %1445, %1448
	%1450 = icmp eq i32 %1428, 31
	br i1 %1450, label %1451, label %1453

1451:
	%1452 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %1429
	store i32 %1449, i32 addrspace(3)* %1452
	br label %1453

1453:
	call void @llvm.nvvm.barrier0()
	%1454 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%1455 = load i32, i32 addrspace(3)* %1454
	%1456 = icmp sgt i32 %1429, 0
	%1457 = select i1 %1456, i32 %1455, i32 0
	%1458 = add i32 0, %1457
	%1459 = add i32 0, %1455
	%1460 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%1461 = load i32, i32 addrspace(3)* %1460
	%1462 = icmp sgt i32 %1429, 1
	%1463 = select i1 %1462, i32 %1461, i32 0
	%1464 = add i32 %1458, %1463
	%1465 = add i32 %1459, %1461
	%1466 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%1467 = load i32, i32 addrspace(3)* %1466
	%1468 = icmp sgt i32 %1429, 2
	%1469 = select i1 %1468, i32 %1467, i32 0
	%1470 = add i32 %1464, %1469
	%1471 = add i32 %1465, %1467
	%1472 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%1473 = load i32, i32 addrspace(3)* %1472
	%1474 = icmp sgt i32 %1429, 3
	%1475 = select i1 %1474, i32 %1473, i32 0
	%1476 = add i32 %1470, %1475
	%1477 = add i32 %1471, %1473
	%1478 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%1479 = load i32, i32 addrspace(3)* %1478
	%1480 = icmp sgt i32 %1429, 4
	%1481 = select i1 %1480, i32 %1479, i32 0
	%1482 = add i32 %1476, %1481
	%1483 = add i32 %1477, %1479
	%1484 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%1485 = load i32, i32 addrspace(3)* %1484
	%1486 = icmp sgt i32 %1429, 5
	%1487 = select i1 %1486, i32 %1485, i32 0
	%1488 = add i32 %1482, %1487
	%1489 = add i32 %1483, %1485
	%1490 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%1491 = load i32, i32 addrspace(3)* %1490
	%1492 = icmp sgt i32 %1429, 6
	%1493 = select i1 %1492, i32 %1491, i32 0
	%1494 = add i32 %1488, %1493
	%1495 = add i32 %1489, %1491
	%1496 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%1497 = load i32, i32 addrspace(3)* %1496
	%1498 = icmp sgt i32 %1429, 7
	%1499 = select i1 %1498, i32 %1497, i32 0
	%1500 = add i32 %1494, %1499
	%1501 = add i32 %1495, %1497
	%1502 = add i32 %1500, %1449
	%1503 = sub i32 %1502, %1371
	%1504 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %1503, i32 addrspace(3)* %1504
	call void @llvm.nvvm.barrier0()
	br i1 %996, label %1505, label %1511

1505:
	%1506 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1009
	%1507 = load i32, i32 addrspace(3)* %1506
	%1508 = add i32 %1507, %1378
	%1509 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1508
	store i32 %1006, i32 addrspace(3)* %1509
	%1510 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1508
	store i32 %1007, i32 addrspace(3)* %1510
	br label %1511

1511:
	br i1 %1011, label %1512, label %1518

1512:
	%1513 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1023
	%1514 = load i32, i32 addrspace(3)* %1513
	%1515 = add i32 %1514, %1385
	%1516 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1515
	store i32 %1020, i32 addrspace(3)* %1516
	%1517 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1515
	store i32 %1021, i32 addrspace(3)* %1517
	br label %1518

1518:
	br i1 %1025, label %1519, label %1525

1519:
	%1520 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1037
	%1521 = load i32, i32 addrspace(3)* %1520
	%1522 = add i32 %1521, %1392
	%1523 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1522
	store i32 %1034, i32 addrspace(3)* %1523
	%1524 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1522
	store i32 %1035, i32 addrspace(3)* %1524
	br label %1525

1525:
	br i1 %1039, label %1526, label %1532

1526:
	%1527 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1051
	%1528 = load i32, i32 addrspace(3)* %1527
	%1529 = add i32 %1528, %1399
	%1530 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1529
	store i32 %1048, i32 addrspace(3)* %1530
	%1531 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1529
	store i32 %1049, i32 addrspace(3)* %1531
	br label %1532

1532:
	br i1 %1053, label %1533, label %1539

1533:
	%1534 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1065
	%1535 = load i32, i32 addrspace(3)* %1534
	%1536 = add i32 %1535, %1406
	%1537 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1536
	store i32 %1062, i32 addrspace(3)* %1537
	%1538 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1536
	store i32 %1063, i32 addrspace(3)* %1538
	br label %1539

1539:
	br i1 %1067, label %1540, label %1546

1540:
	%1541 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1079
	%1542 = load i32, i32 addrspace(3)* %1541
	%1543 = add i32 %1542, %1413
	%1544 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1543
	store i32 %1076, i32 addrspace(3)* %1544
	%1545 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1543
	store i32 %1077, i32 addrspace(3)* %1545
	br label %1546

1546:
	br i1 %1081, label %1547, label %1553

1547:
	%1548 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1093
	%1549 = load i32, i32 addrspace(3)* %1548
	%1550 = add i32 %1549, %1420
	%1551 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1550
	store i32 %1090, i32 addrspace(3)* %1551
	%1552 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1550
	store i32 %1091, i32 addrspace(3)* %1552
	br label %1553

1553:
	br i1 %1095, label %1554, label %1560

1554:
	%1555 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1107
	%1556 = load i32, i32 addrspace(3)* %1555
	%1557 = add i32 %1556, %1427
	%1558 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1557
	store i32 %1104, i32 addrspace(3)* %1558
	%1559 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1557
	store i32 %1105, i32 addrspace(3)* %1559
	br label %1560

1560:
	call void @llvm.nvvm.barrier0()
	%1561 = sub i32 %9, %988
	%1562 = icmp slt i32 2048, %1561
	%1563 = select i1 %1562, i32 2048, i32 %1561
	%1564 = add i32 0, %0
	%1565 = icmp slt i32 %1564, %1563
	br i1 %1565, label %1566, label %1584

1566:
	%1567 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1564
	%1568 = load i32, i32 addrspace(3)* %1567
	%1569 = lshr i32 %1568, 8
	%1570 = and i32 %1569, 255
	%1571 = add i32 %1570, 256
	%1572 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1571
	%1573 = load i32, i32 addrspace(3)* %1572
	%1574 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1570
	%1575 = load i32, i32 addrspace(3)* %1574
	%1576 = sub i32 %1564, %1575
	%1577 = add i32 %1573, %1576
	%1578 = sext i32 %1577 to i64
	%1579 = getelementptr i32, i32* %44, i64 %1578
	store i32 %1568, i32* %1579
	%1580 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1564
	%1581 = load i32, i32 addrspace(3)* %1580
	%1582 = sext i32 %1577 to i64
	%1583 = getelementptr i32, i32* %15, i64 %1582
	store i32 %1581, i32* %1583
	br label %1584

1584:
	%1585 = add i32 256, %0
	%1586 = icmp slt i32 %1585, %1563
	br i1 %1586, label %1587, label %1605

1587:
	%1588 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1585
	%1589 = load i32, i32 addrspace(3)* %1588
	%1590 = lshr i32 %1589, 8
	%1591 = and i32 %1590, 255
	%1592 = add i32 %1591, 256
	%1593 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1592
	%1594 = load i32, i32 addrspace(3)* %1593
	%1595 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1591
	%1596 = load i32, i32 addrspace(3)* %1595
	%1597 = sub i32 %1585, %1596
	%1598 = add i32 %1594, %1597
	%1599 = sext i32 %1598 to i64
	%1600 = getelementptr i32, i32* %44, i64 %1599
	store i32 %1589, i32* %1600
	%1601 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1585
	%1602 = load i32, i32 addrspace(3)* %1601
	%1603 = sext i32 %1598 to i64
	%1604 = getelementptr i32, i32* %15, i64 %1603
	store i32 %1602, i32* %1604
	br label %1605

1605:
	%1606 = add i32 512, %0
	%1607 = icmp slt i32 %1606, %1563
	br i1 %1607, label %1608, label %1626

1608:
	%1609 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1606
	%1610 = load i32, i32 addrspace(3)* %1609
	%1611 = lshr i32 %1610, 8
	%1612 = and i32 %1611, 255
	%1613 = add i32 %1612, 256
	%1614 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1613
	%1615 = load i32, i32 addrspace(3)* %1614
	%1616 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1612
	%1617 = load i32, i32 addrspace(3)* %1616
	%1618 = sub i32 %1606, %1617
	%1619 = add i32 %1615, %1618
	%1620 = sext i32 %1619 to i64
	%1621 = getelementptr i32, i32* %44, i64 %1620
	store i32 %1610, i32* %1621
	%1622 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1606
	%1623 = load i32, i32 addrspace(3)* %1622
	%1624 = sext i32 %1619 to i64
	%1625 = getelementptr i32, i32* %15, i64 %1624
	store i32 %1623, i32* %1625
	br label %1626

1626:
	%1627 = add i32 768, %0
	%1628 = icmp slt i32 %1627, %1563
	br i1 %1628, label %1629, label %1647

1629:
	%1630 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1627
	%1631 = load i32, i32 addrspace(3)* %1630
	%1632 = lshr i32 %1631, 8
	%1633 = and i32 %1632, 255
	%1634 = add i32 %1633, 256
	%1635 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1634
	%1636 = load i32, i32 addrspace(3)* %1635
	%1637 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1633
	%1638 = load i32, i32 addrspace(3)* %1637
	%1639 = sub i32 %1627, %1638
	%1640 = add i32 %1636, %1639
	%1641 = sext i32 %1640 to i64
	%1642 = getelementptr i32, i32* %44, i64 %1641
	store i32 %1631, i32* %1642
	%1643 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1627
	%1644 = load i32, i32 addrspace(3)* %1643
	%1645 = sext i32 %1640 to i64
	%1646 = getelementptr i32, i32* %15, i64 %1645
	store i32 %1644, i32* %1646
	br label %1647

1647:
	%1648 = add i32 1024, %0
	%1649 = icmp slt i32 %1648, %1563
	br i1 %1649, label %1650, label %1668

1650:
	%1651 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1648
	%1652 = load i32, i32 addrspace(3)* %1651
	%1653 = lshr i32 %1652, 8
	%1654 = and i32 %1653, 255
	%1655 = add i32 %1654, 256
	%1656 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1655
	%1657 = load i32, i32 addrspace(3)* %1656
	%1658 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1654
	%1659 = load i32, i32 addrspace(3)* %1658
	%1660 = sub i32 %1648, %1659
	%1661 = add i32 %1657, %1660
	%1662 = sext i32 %1661 to i64
	%1663 = getelementptr i32, i32* %44, i64 %1662
	store i32 %1652, i32* %1663
	%1664 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1648
	%1665 = load i32, i32 addrspace(3)* %1664
	%1666 = sext i32 %1661 to i64
	%1667 = getelementptr i32, i32* %15, i64 %1666
	store i32 %1665, i32* %1667
	br label %1668

1668:
	%1669 = add i32 1280, %0
	%1670 = icmp slt i32 %1669, %1563
	br i1 %1670, label %1671, label %1689

1671:
	%1672 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1669
	%1673 = load i32, i32 addrspace(3)* %1672
	%1674 = lshr i32 %1673, 8
	%1675 = and i32 %1674, 255
	%1676 = add i32 %1675, 256
	%1677 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1676
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1675
	%1680 = load i32, i32 addrspace(3)* %1679
	%1681 = sub i32 %1669, %1680
	%1682 = add i32 %1678, %1681
	%1683 = sext i32 %1682 to i64
	%1684 = getelementptr i32, i32* %44, i64 %1683
	store i32 %1673, i32* %1684
	%1685 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1669
	%1686 = load i32, i32 addrspace(3)* %1685
	%1687 = sext i32 %1682 to i64
	%1688 = getelementptr i32, i32* %15, i64 %1687
	store i32 %1686, i32* %1688
	br label %1689

1689:
	%1690 = add i32 1536, %0
	%1691 = icmp slt i32 %1690, %1563
	br i1 %1691, label %1692, label %1710

1692:
	%1693 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1690
	%1694 = load i32, i32 addrspace(3)* %1693
	%1695 = lshr i32 %1694, 8
	%1696 = and i32 %1695, 255
	%1697 = add i32 %1696, 256
	%1698 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1697
	%1699 = load i32, i32 addrspace(3)* %1698
	%1700 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1696
	%1701 = load i32, i32 addrspace(3)* %1700
	%1702 = sub i32 %1690, %1701
	%1703 = add i32 %1699, %1702
	%1704 = sext i32 %1703 to i64
	%1705 = getelementptr i32, i32* %44, i64 %1704
	store i32 %1694, i32* %1705
	%1706 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1690
	%1707 = load i32, i32 addrspace(3)* %1706
	%1708 = sext i32 %1703 to i64
	%1709 = getelementptr i32, i32* %15, i64 %1708
	store i32 %1707, i32* %1709
	br label %1710

1710:
	%1711 = add i32 1792, %0
	%1712 = icmp slt i32 %1711, %1563
	br i1 %1712, label %1713, label %1731

1713:
	%1714 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1711
	%1715 = load i32, i32 addrspace(3)* %1714
	%1716 = lshr i32 %1715, 8
	%1717 = and i32 %1716, 255
	%1718 = add i32 %1717, 256
	%1719 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1718
	%1720 = load i32, i32 addrspace(3)* %1719
	%1721 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1717
	%1722 = load i32, i32 addrspace(3)* %1721
	%1723 = sub i32 %1711, %1722
	%1724 = add i32 %1720, %1723
	%1725 = sext i32 %1724 to i64
	%1726 = getelementptr i32, i32* %44, i64 %1725
	store i32 %1715, i32* %1726
	%1727 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1711
	%1728 = load i32, i32 addrspace(3)* %1727
	%1729 = sext i32 %1724 to i64
	%1730 = getelementptr i32, i32* %15, i64 %1729
	store i32 %1728, i32* %1730
	br label %1731

1731:
	call void @llvm.nvvm.barrier0()
	%1732 = add i32 %0, 256
	%1733 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1732
	%1734 = load i32, i32 addrspace(3)* %1733
	%1735 = add i32 %1734, %1371
	%1736 = add i32 %0, 256
	%1737 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1736
	store i32 %1735, i32 addrspace(3)* %1737
	%1738 = add i32 %988, 2048
	br label %987

1739:
	%1740 = phi i32 [ 0, %997 ], [ %2490, %2483 ]
	%1741 = phi i32 [ %989, %997 ], [ %1741, %2483 ]
	%1742 = icmp slt i32 %1740, %9
	br i1 %1742, label %1743, label %1749

1743:
	%1744 = mul i32 %4, 256
	%1745 = add i32 %1744, %3
	%1746 = add i32 %1740, %1745
	%1747 = add i32 %1746, 0
	%1748 = icmp slt i32 %1747, %9
	br i1 %1748, label %1750, label %1757

1749:
	call void @llvm.nvvm.barrier0()
	br label %2491

1750:
	%1751 = sext i32 %1747 to i64
	%1752 = getelementptr i32, i32* %44, i64 %1751
	%1753 = load i32, i32* %1752
	%1754 = sext i32 %1747 to i64
	%1755 = getelementptr i32, i32* %15, i64 %1754
	%1756 = load i32, i32* %1755
	br label %1757

1757:
	%1758 = phi i32 [ 0, %1743 ], [ %1753, %1750 ]
	%1759 = phi i32 [ 0, %1743 ], [ %1756, %1750 ]
	%1760 = lshr i32 %1758, 16
	%1761 = and i32 %1760, 255
	%1762 = add i32 %1746, 32
	%1763 = icmp slt i32 %1762, %9
	br i1 %1763, label %1764, label %1771

1764:
	%1765 = sext i32 %1762 to i64
	%1766 = getelementptr i32, i32* %44, i64 %1765
	%1767 = load i32, i32* %1766
	%1768 = sext i32 %1762 to i64
	%1769 = getelementptr i32, i32* %15, i64 %1768
	%1770 = load i32, i32* %1769
	br label %1771

1771:
	%1772 = phi i32 [ 0, %1757 ], [ %1767, %1764 ]
	%1773 = phi i32 [ 0, %1757 ], [ %1770, %1764 ]
	%1774 = lshr i32 %1772, 16
	%1775 = and i32 %1774, 255
	%1776 = add i32 %1746, 64
	%1777 = icmp slt i32 %1776, %9
	br i1 %1777, label %1778, label %1785

1778:
	%1779 = sext i32 %1776 to i64
	%1780 = getelementptr i32, i32* %44, i64 %1779
	%1781 = load i32, i32* %1780
	%1782 = sext i32 %1776 to i64
	%1783 = getelementptr i32, i32* %15, i64 %1782
	%1784 = load i32, i32* %1783
	br label %1785

1785:
	%1786 = phi i32 [ 0, %1771 ], [ %1781, %1778 ]
	%1787 = phi i32 [ 0, %1771 ], [ %1784, %1778 ]
	%1788 = lshr i32 %1786, 16
	%1789 = and i32 %1788, 255
	%1790 = add i32 %1746, 96
	%1791 = icmp slt i32 %1790, %9
	br i1 %1791, label %1792, label %1799

1792:
	%1793 = sext i32 %1790 to i64
	%1794 = getelementptr i32, i32* %44, i64 %1793
	%1795 = load i32, i32* %1794
	%1796 = sext i32 %1790 to i64
	%1797 = getelementptr i32, i32* %15, i64 %1796
	%1798 = load i32, i32* %1797
	br label %1799

1799:
	%1800 = phi i32 [ 0, %1785 ], [ %1795, %1792 ]
	%1801 = phi i32 [ 0, %1785 ], [ %1798, %1792 ]
	%1802 = lshr i32 %1800, 16
	%1803 = and i32 %1802, 255
	%1804 = add i32 %1746, 128
	%1805 = icmp slt i32 %1804, %9
	br i1 %1805, label %1806, label %1813

1806:
	%1807 = sext i32 %1804 to i64
	%1808 = getelementptr i32, i32* %44, i64 %1807
	%1809 = load i32, i32* %1808
	%1810 = sext i32 %1804 to i64
	%1811 = getelementptr i32, i32* %15, i64 %1810
	%1812 = load i32, i32* %1811
	br label %1813

1813:
	%1814 = phi i32 [ 0, %1799 ], [ %1809, %1806 ]
	%1815 = phi i32 [ 0, %1799 ], [ %1812, %1806 ]
	%1816 = lshr i32 %1814, 16
	%1817 = and i32 %1816, 255
	%1818 = add i32 %1746, 160
	%1819 = icmp slt i32 %1818, %9
	br i1 %1819, label %1820, label %1827

1820:
	%1821 = sext i32 %1818 to i64
	%1822 = getelementptr i32, i32* %44, i64 %1821
	%1823 = load i32, i32* %1822
	%1824 = sext i32 %1818 to i64
	%1825 = getelementptr i32, i32* %15, i64 %1824
	%1826 = load i32, i32* %1825
	br label %1827

1827:
	%1828 = phi i32 [ 0, %1813 ], [ %1823, %1820 ]
	%1829 = phi i32 [ 0, %1813 ], [ %1826, %1820 ]
	%1830 = lshr i32 %1828, 16
	%1831 = and i32 %1830, 255
	%1832 = add i32 %1746, 192
	%1833 = icmp slt i32 %1832, %9
	br i1 %1833, label %1834, label %1841

1834:
	%1835 = sext i32 %1832 to i64
	%1836 = getelementptr i32, i32* %44, i64 %1835
	%1837 = load i32, i32* %1836
	%1838 = sext i32 %1832 to i64
	%1839 = getelementptr i32, i32* %15, i64 %1838
	%1840 = load i32, i32* %1839
	br label %1841

1841:
	%1842 = phi i32 [ 0, %1827 ], [ %1837, %1834 ]
	%1843 = phi i32 [ 0, %1827 ], [ %1840, %1834 ]
	%1844 = lshr i32 %1842, 16
	%1845 = and i32 %1844, 255
	%1846 = add i32 %1746, 224
	%1847 = icmp slt i32 %1846, %9
	br i1 %1847, label %1848, label %1855

1848:
	%1849 = sext i32 %1846 to i64
	%1850 = getelementptr i32, i32* %44, i64 %1849
	%1851 = load i32, i32* %1850
	%1852 = sext i32 %1846 to i64
	%1853 = getelementptr i32, i32* %15, i64 %1852
	%1854 = load i32, i32* %1853
	br label %1855

1855:
	%1856 = phi i32 [ 0, %1841 ], [ %1851, %1848 ]
	%1857 = phi i32 [ 0, %1841 ], [ %1854, %1848 ]
	%1858 = lshr i32 %1856, 16
	%1859 = and i32 %1858, 255
	%1860 = select i1 %1748, i32 %1761, i32 256
	%1861 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1860)
	%1862 = and i32 %1861, %234
	%1863 = call i32 @llvm.ctpop.i32(i32 %1862)
	br i1 %1748, label %1864, label %1869

1864:
	%1865 = mul i32 %4, 256
	%1866 = add i32 %1865, %1761
	%1867 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1866
	%1868 = load i32, i32 addrspace(3)* %1867
	br label %1869

1869:
	%1870 = phi i32 [ 0, %1855 ], [ %1868, %1864 ]
	%1871 = add i32 %1870, %1863
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1872 = icmp eq i32 %1863, 0
	%1873 = and i1 %1748, %1872
	br i1 %1873, label %1874, label %1880

1874:
	%1875 = call i32 @llvm.ctpop.i32(i32 %1861)
	%1876 = add i32 %1870, %1875
	%1877 = mul i32 %4, 256
	%1878 = add i32 %1877, %1761
	%1879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1878
	store i32 %1876, i32 addrspace(3)* %1879
	br label %1880

1880:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1881 = select i1 %1763, i32 %1775, i32 256
	%1882 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1881)
	%1883 = and i32 %1882, %234
	%1884 = call i32 @llvm.ctpop.i32(i32 %1883)
	br i1 %1763, label %1885, label %1890

1885:
	%1886 = mul i32 %4, 256
	%1887 = add i32 %1886, %1775
	%1888 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1887
	%1889 = load i32, i32 addrspace(3)* %1888
	br label %1890

1890:
	%1891 = phi i32 [ 0, %1880 ], [ %1889, %1885 ]
	%1892 = add i32 %1891, %1884
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1893 = icmp eq i32 %1884, 0
	%1894 = and i1 %1763, %1893
	br i1 %1894, label %1895, label %1901

1895:
	%1896 = call i32 @llvm.ctpop.i32(i32 %1882)
	%1897 = add i32 %1891, %1896
	%1898 = mul i32 %4, 256
	%1899 = add i32 %1898, %1775
	%1900 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1899
	store i32 %1897, i32 addrspace(3)* %1900
	br label %1901

1901:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1902 = select i1 %1777, i32 %1789, i32 256
	%1903 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1902)
	%1904 = and i32 %1903, %234
	%1905 = call i32 @llvm.ctpop.i32(i32 %1904)
	br i1 %1777, label %1906, label %1911

1906:
	%1907 = mul i32 %4, 256
	%1908 = add i32 %1907, %1789
	%1909 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1908
	%1910 = load i32, i32 addrspace(3)* %1909
	br label %1911

1911:
	%1912 = phi i32 [ 0, %1901 ], [ %1910, %1906 ]
	%1913 = add i32 %1912, %1905
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1914 = icmp eq i32 %1905, 0
	%1915 = and i1 %1777, %1914
	br i1 %1915, label %1916, label %1922

1916:
	%1917 = call i32 @llvm.ctpop.i32(i32 %1903)
	%1918 = add i32 %1912, %1917
	%1919 = mul i32 %4, 256
	%1920 = add i32 %1919, %1789
	%1921 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1920
	store i32 %1918, i32 addrspace(3)* %1921
	br label %1922

1922:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1923 = select i1 %1791, i32 %1803, i32 256
	%1924 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1923)
	%1925 = and i32 %1924, %234
	%1926 = call i32 @llvm.ctpop.i32(i32 %1925)
	br i1 %1791, label %1927, label %1932

1927:
	%1928 = mul i32 %4, 256
	%1929 = add i32 %1928, %1803
	%1930 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1929
	%1931 = load i32, i32 addrspace(3)* %1930
	br label %1932

1932:
	%1933 = phi i32 [ 0, %1922 ], [ %1931, %1927 ]
	%1934 = add i32 %1933, %1926
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1935 = icmp eq i32 %1926, 0
	%1936 = and i1 %1791, %1935
	br i1 %1936, label %1937, label %1943

1937:
	%1938 = call i32 @llvm.ctpop.i32(i32 %1924)
	%1939 = add i32 %1933, %1938
	%1940 = mul i32 %4, 256
	%1941 = add i32 %1940, %1803
	%1942 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1941
	store i32 %1939, i32 addrspace(3)* %1942
	br label %1943

1943:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1944 = select i1 %1805, i32 %1817, i32 256
	%1945 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1944)
	%1946 = and i32 %1945, %234
	%1947 = call i32 @llvm.ctpop.i32(i32 %1946)
	br i1 %1805, label %1948, label %1953

1948:
	%1949 = mul i32 %4, 256
	%1950 = add i32 %1949, %1817
	%1951 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1950
	%1952 = load i32, i32 addrspace(3)* %1951
	br label %1953

1953:
	%1954 = phi i32 [ 0, %1943 ], [ %1952, %1948 ]
	%1955 = add i32 %1954, %1947
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1956 = icmp eq i32 %1947, 0
	%1957 = and i1 %1805, %1956
	br i1 %1957, label %1958, label %1964

1958:
	%1959 = call i32 @llvm.ctpop.i32(i32 %1945)
	%1960 = add i32 %1954, %1959
	%1961 = mul i32 %4, 256
	%1962 = add i32 %1961, %1817
	%1963 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1962
	store i32 %1960, i32 addrspace(3)* %1963
	br label %1964

1964:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1965 = select i1 %1819, i32 %1831, i32 256
	%1966 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1965)
	%1967 = and i32 %1966, %234
	%1968 = call i32 @llvm.ctpop.i32(i32 %1967)
	br i1 %1819, label %1969, label %1974

1969:
	%1970 = mul i32 %4, 256
	%1971 = add i32 %1970, %1831
	%1972 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1971
	%1973 = load i32, i32 addrspace(3)* %1972
	br label %1974

1974:
	%1975 = phi i32 [ 0, %1964 ], [ %1973, %1969 ]
	%1976 = add i32 %1975, %1968
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1977 = icmp eq i32 %1968, 0
	%1978 = and i1 %1819, %1977
	br i1 %1978, label %1979, label %1985

1979:
	%1980 = call i32 @llvm.ctpop.i32(i32 %1966)
	%1981 = add i32 %1975, %1980
	%1982 = mul i32 %4, 256
	%1983 = add i32 %1982, %1831
	%1984 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1983
	store i32 %1981, i32 addrspace(3)* %1984
	br label %1985

1985:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1986 = select i1 %1833, i32 %1845, i32 256
	%1987 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1986)
	%1988 = and i32 %1987, %234
	%1989 = call i32 @llvm.ctpop.i32(i32 %1988)
	br i1 %1833, label %1990, label %1995

1990:
	%1991 = mul i32 %4, 256
	%1992 = add i32 %1991, %1845
	%1993 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1992
	%1994 = load i32, i32 addrspace(3)* %1993
	br label %1995

1995:
	%1996 = phi i32 [ 0, %1985 ], [ %1994, %1990 ]
	%1997 = add i32 %1996, %1989
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1998 = icmp eq i32 %1989, 0
	%1999 = and i1 %1833, %1998
	br i1 %1999, label %2000, label %2006

2000:
	%2001 = call i32 @llvm.ctpop.i32(i32 %1987)
	%2002 = add i32 %1996, %2001
	%2003 = mul i32 %4, 256
	%2004 = add i32 %2003, %1845
	%2005 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2004
	store i32 %2002, i32 addrspace(3)* %2005
	br label %2006

2006:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2007 = select i1 %1847, i32 %1859, i32 256
	%2008 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2007)
	%2009 = and i32 %2008, %234
	%2010 = call i32 @llvm.ctpop.i32(i32 %2009)
	br i1 %1847, label %2011, label %2016

2011:
	%2012 = mul i32 %4, 256
	%2013 = add i32 %2012, %1859
	%2014 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2013
	%2015 = load i32, i32 addrspace(3)* %2014
	br label %2016

2016:
	%2017 = phi i32 [ 0, %2006 ], [ %2015, %2011 ]
	%2018 = add i32 %2017, %2010
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2019 = icmp eq i32 %2010, 0
	%2020 = and i1 %1847, %2019
	br i1 %2020, label %2021, label %2027

2021:
	%2022 = call i32 @llvm.ctpop.i32(i32 %2008)
	%2023 = add i32 %2017, %2022
	%2024 = mul i32 %4, 256
	%2025 = add i32 %2024, %1859
	%2026 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2025
	store i32 %2023, i32 addrspace(3)* %2026
	br label %2027

2027:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%2028 = mul i32 0, 256
	%2029 = add i32 %2028, %0
	%2030 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2029
	%2031 = load i32, i32 addrspace(3)* %2030
	%2032 = mul i32 0, 256
	%2033 = add i32 %2032, %0
	%2034 = add i32 2048, %2033
	%2035 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2034
	store i32 0, i32 addrspace(3)* %2035
	%2036 = mul i32 0, 256
	%2037 = add i32 %2036, %0
	%2038 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2037
	store i32 0, i32 addrspace(3)* %2038
	%2039 = add i32 0, %2031
	%2040 = mul i32 1, 256
	%2041 = add i32 %2040, %0
	%2042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2041
	%2043 = load i32, i32 addrspace(3)* %2042
	%2044 = mul i32 1, 256
	%2045 = add i32 %2044, %0
	%2046 = add i32 2048, %2045
	%2047 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2046
	store i32 %2039, i32 addrspace(3)* %2047
	%2048 = mul i32 1, 256
	%2049 = add i32 %2048, %0
	%2050 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2049
	store i32 0, i32 addrspace(3)* %2050
	%2051 = add i32 %2039, %2043
	%2052 = mul i32 2, 256
	%2053 = add i32 %2052, %0
	%2054 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2053
	%2055 = load i32, i32 addrspace(3)* %2054
	%2056 = mul i32 2, 256
	%2057 = add i32 %2056, %0
	%2058 = add i32 2048, %2057
	%2059 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2058
	store i32 %2051, i32 addrspace(3)* %2059
	%2060 = mul i32 2, 256
	%2061 = add i32 %2060, %0
	%2062 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2061
	store i32 0, i32 addrspace(3)* %2062
	%2063 = add i32 %2051, %2055
	%2064 = mul i32 3, 256
	%2065 = add i32 %2064, %0
	%2066 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2065
	%2067 = load i32, i32 addrspace(3)* %2066
	%2068 = mul i32 3, 256
	%2069 = add i32 %2068, %0
	%2070 = add i32 2048, %2069
	%2071 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2070
	store i32 %2063, i32 addrspace(3)* %2071
	%2072 = mul i32 3, 256
	%2073 = add i32 %2072, %0
	%2074 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2073
	store i32 0, i32 addrspace(3)* %2074
	%2075 = add i32 %2063, %2067
	%2076 = mul i32 4, 256
	%2077 = add i32 %2076, %0
	%2078 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2077
	%2079 = load i32, i32 addrspace(3)* %2078
	%2080 = mul i32 4, 256
	%2081 = add i32 %2080, %0
	%2082 = add i32 2048, %2081
	%2083 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2082
	store i32 %2075, i32 addrspace(3)* %2083
	%2084 = mul i32 4, 256
	%2085 = add i32 %2084, %0
	%2086 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2085
	store i32 0, i32 addrspace(3)* %2086
	%2087 = add i32 %2075, %2079
	%2088 = mul i32 5, 256
	%2089 = add i32 %2088, %0
	%2090 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2089
	%2091 = load i32, i32 addrspace(3)* %2090
	%2092 = mul i32 5, 256
	%2093 = add i32 %2092, %0
	%2094 = add i32 2048, %2093
	%2095 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2094
	store i32 %2087, i32 addrspace(3)* %2095
	%2096 = mul i32 5, 256
	%2097 = add i32 %2096, %0
	%2098 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2097
	store i32 0, i32 addrspace(3)* %2098
	%2099 = add i32 %2087, %2091
	%2100 = mul i32 6, 256
	%2101 = add i32 %2100, %0
	%2102 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2101
	%2103 = load i32, i32 addrspace(3)* %2102
	%2104 = mul i32 6, 256
	%2105 = add i32 %2104, %0
	%2106 = add i32 2048, %2105
	%2107 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2106
	store i32 %2099, i32 addrspace(3)* %2107
	%2108 = mul i32 6, 256
	%2109 = add i32 %2108, %0
	%2110 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2109
	store i32 0, i32 addrspace(3)* %2110
	%2111 = add i32 %2099, %2103
	%2112 = mul i32 7, 256
	%2113 = add i32 %2112, %0
	%2114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2113
	%2115 = load i32, i32 addrspace(3)* %2114
	%2116 = mul i32 7, 256
	%2117 = add i32 %2116, %0
	%2118 = add i32 2048, %2117
	%2119 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2118
	store i32 %2111, i32 addrspace(3)* %2119
	%2120 = mul i32 7, 256
	%2121 = add i32 %2120, %0
	%2122 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2121
	store i32 0, i32 addrspace(3)* %2122
	%2123 = add i32 %2111, %2115
	call void @llvm.nvvm.barrier0()
	%2124 = select i1 %1748, i32 %1761, i32 0
	%2125 = mul i32 %4, 256
	%2126 = add i32 %2125, %2124
	%2127 = add i32 2048, %2126
	%2128 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2127
	%2129 = load i32, i32 addrspace(3)* %2128
	%2130 = add i32 %1871, %2129
	%2131 = select i1 %1763, i32 %1775, i32 0
	%2132 = mul i32 %4, 256
	%2133 = add i32 %2132, %2131
	%2134 = add i32 2048, %2133
	%2135 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2134
	%2136 = load i32, i32 addrspace(3)* %2135
	%2137 = add i32 %1892, %2136
	%2138 = select i1 %1777, i32 %1789, i32 0
	%2139 = mul i32 %4, 256
	%2140 = add i32 %2139, %2138
	%2141 = add i32 2048, %2140
	%2142 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2141
	%2143 = load i32, i32 addrspace(3)* %2142
	%2144 = add i32 %1913, %2143
	%2145 = select i1 %1791, i32 %1803, i32 0
	%2146 = mul i32 %4, 256
	%2147 = add i32 %2146, %2145
	%2148 = add i32 2048, %2147
	%2149 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2148
	%2150 = load i32, i32 addrspace(3)* %2149
	%2151 = add i32 %1934, %2150
	%2152 = select i1 %1805, i32 %1817, i32 0
	%2153 = mul i32 %4, 256
	%2154 = add i32 %2153, %2152
	%2155 = add i32 2048, %2154
	%2156 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2155
	%2157 = load i32, i32 addrspace(3)* %2156
	%2158 = add i32 %1955, %2157
	%2159 = select i1 %1819, i32 %1831, i32 0
	%2160 = mul i32 %4, 256
	%2161 = add i32 %2160, %2159
	%2162 = add i32 2048, %2161
	%2163 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2162
	%2164 = load i32, i32 addrspace(3)* %2163
	%2165 = add i32 %1976, %2164
	%2166 = select i1 %1833, i32 %1845, i32 0
	%2167 = mul i32 %4, 256
	%2168 = add i32 %2167, %2166
	%2169 = add i32 2048, %2168
	%2170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2169
	%2171 = load i32, i32 addrspace(3)* %2170
	%2172 = add i32 %1997, %2171
	%2173 = select i1 %1847, i32 %1859, i32 0
	%2174 = mul i32 %4, 256
	%2175 = add i32 %2174, %2173
	%2176 = add i32 2048, %2175
	%2177 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2176
	%2178 = load i32, i32 addrspace(3)* %2177
	%2179 = add i32 %2018, %2178
	%2180 = and i32 %0, 31
	%2181 = lshr i32 %0, 5
	%2182 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2123, i32 1, i32 0)
	%2183 = icmp uge i32 %2180, 1
	%2184 = select i1 %2183, i32 %2182, i32 0
	%2185 = add i32 %2123, %2184
	%2186 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2185, i32 2, i32 0)
	%2187 = icmp uge i32 %2180, 2
	%2188 = select i1 %2187, i32 %2186, i32 0
	%2189 = add i32 %2185, %2188
	%2190 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2189, i32 4, i32 0)
	%2191 = icmp uge i32 %2180, 4
	%2192 = select i1 %2191, i32 %2190, i32 0
	%2193 = add i32 %2189, %2192
	%2194 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2193, i32 8, i32 0)
	%2195 = icmp uge i32 %2180, 8
	%2196 = select i1 %2195, i32 %2194, i32 0
	%2197 = add i32 %2193, %2196
	%2198 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2197, i32 16, i32 0)
	%2199 = icmp uge i32 %2180, 16
	%2200 = select i1 %2199, i32 %2198, i32 0
	%2201 = add i32 %2197, %2200
	%2202 = icmp eq i32 %2180, 31
	br i1 %2202, label %2203, label %2205

2203:
	%2204 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %2181
	store i32 %2201, i32 addrspace(3)* %2204
	br label %2205

2205:
	call void @llvm.nvvm.barrier0()
	%2206 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%2207 = load i32, i32 addrspace(3)* %2206
	%2208 = icmp sgt i32 %2181, 0
	%2209 = select i1 %2208, i32 %2207, i32 0
	%2210 = add i32 0, %2209
	%2211 = add i32 0, %2207
	%2212 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%2213 = load i32, i32 addrspace(3)* %2212
	%2214 = icmp sgt i32 %2181, 1
	%2215 = select i1 %2214, i32 %2213, i32 0
	%2216 = add i32 %2210, %2215
	%2217 = add i32 %2211, %2213
	%2218 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%2219 = load i32, i32 addrspace(3)* %2218
	%2220 = icmp sgt i32 %2181, 2
	%2221 = select i1 %2220, i32 %2219, i32 0
	%2222 = add i32 %2216, %2221
	%2223 = add i32 %2217, %2219
	%2224 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%2225 = load i32, i32 addrspace(3)* %2224
	%2226 = icmp sgt i32 %2181, 3
	%2227 = select i1 %2226, i32 %2225, i32 0
	%2228 = add i32 %2222, %2227
	%2229 = add i32 %2223, %2225
	%2230 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%2231 = load i32, i32 addrspace(3)* %2230
	%2232 = icmp sgt i32 %2181, 4
	%2233 = select i1 %2232, i32 %2231, i32 0
	%2234 = add i32 %2228, %2233
	%2235 = add i32 %2229, %2231
	%2236 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%2237 = load i32, i32 addrspace(3)* %2236
	%2238 = icmp sgt i32 %2181, 5
	%2239 = select i1 %2238, i32 %2237, i32 0
	%2240 = add i32 %2234, %2239
	%2241 = add i32 %2235, %2237
	%2242 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%2243 = load i32, i32 addrspace(3)* %2242
	%2244 = icmp sgt i32 %2181, 6
	%2245 = select i1 %2244, i32 %2243, i32 0
	%2246 = add i32 %2240, %2245
	%2247 = add i32 %2241, %2243
	%2248 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%2249 = load i32, i32 addrspace(3)* %2248
	%2250 = icmp sgt i32 %2181, 7
	%2251 = select i1 %2250, i32 %2249, i32 0
	%2252 = add i32 %2246, %2251
	%2253 = add i32 %2247, %2249
	%2254 = add i32 %2252, %2201
	%2255 = sub i32 %2254, %2123
	%2256 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %2255, i32 addrspace(3)* %2256
	call void @llvm.nvvm.barrier0()
	br i1 %1748, label %2257, label %2263

2257:
	%2258 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1761
	%2259 = load i32, i32 addrspace(3)* %2258
	%2260 = add i32 %2259, %2130
	%2261 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2260
	store i32 %1758, i32 addrspace(3)* %2261
	%2262 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2260
	store i32 %1759, i32 addrspace(3)* %2262
	br label %2263

2263:
	br i1 %1763, label %2264, label %2270

2264:
	%2265 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1775
	%2266 = load i32, i32 addrspace(3)* %2265
	%2267 = add i32 %2266, %2137
	%2268 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2267
	store i32 %1772, i32 addrspace(3)* %2268
	%2269 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2267
	store i32 %1773, i32 addrspace(3)* %2269
	br label %2270

2270:
	br i1 %1777, label %2271, label %2277

2271:
	%2272 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1789
	%2273 = load i32, i32 addrspace(3)* %2272
	%2274 = add i32 %2273, %2144
	%2275 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2274
	store i32 %1786, i32 addrspace(3)* %2275
	%2276 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2274
	store i32 %1787, i32 addrspace(3)* %2276
	br label %2277

2277:
	br i1 %1791, label %2278, label %2284

2278:
	%2279 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1803
	%2280 = load i32, i32 addrspace(3)* %2279
	%2281 = add i32 %2280, %2151
	%2282 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2281
	store i32 %1800, i32 addrspace(3)* %2282
	%2283 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2281
	store i32 %1801, i32 addrspace(3)* %2283
	br label %2284

2284:
	br i1 %1805, label %2285, label %2291

2285:
	%2286 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1817
	%2287 = load i32, i32 addrspace(3)* %2286
	%2288 = add i32 %2287, %2158
	%2289 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2288
	store i32 %1814, i32 addrspace(3)* %2289
	%2290 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2288
	store i32 %1815, i32 addrspace(3)* %2290
	br label %2291

2291:
	br i1 %1819, label %2292, label %2298

2292:
	%2293 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1831
	%2294 = load i32, i32 addrspace(3)* %2293
	%2295 = add i32 %2294, %2165
	%2296 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2295
	store i32 %1828, i32 addrspace(3)* %2296
	%2297 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2295
	store i32 %1829, i32 addrspace(3)* %2297
	br label %2298

2298:
	br i1 %1833, label %2299, label %2305

2299:
	%2300 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1845
	%2301 = load i32, i32 addrspace(3)* %2300
	%2302 = add i32 %2301, %2172
	%2303 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2302
	store i32 %1842, i32 addrspace(3)* %2303
	%2304 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2302
	store i32 %1843, i32 addrspace(3)* %2304
	br label %2305

2305:
	br i1 %1847, label %2306, label %2312

2306:
	%2307 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1859
	%2308 = load i32, i32 addrspace(3)* %2307
	%2309 = add i32 %2308, %2179
	%2310 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2309
	store i32 %1856, i32 addrspace(3)* %2310
	%2311 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2309
	store i32 %1857, i32 addrspace(3)* %2311
	br label %2312

2312:
	call void @llvm.nvvm.barrier0()
	%2313 = sub i32 %9, %1740
	%2314 = icmp slt i32 2048, %2313
	%2315 = select i1 %2314, i32 2048, i32 %2313
	%2316 = add i32 0, %0
	%2317 = icmp slt i32 %2316, %2315
	br i1 %2317, label %2318, label %2336

2318:
	%2319 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2316
	%2320 = load i32, i32 addrspace(3)* %2319
	%2321 = lshr i32 %2320, 16
	%2322 = and i32 %2321, 255
	%2323 = add i32 %2322, 512
	%2324 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2323
	%2325 = load i32, i32 addrspace(3)* %2324
	%2326 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2322
	%2327 = load i32, i32 addrspace(3)* %2326
	%2328 = sub i32 %2316, %2327
	%2329 = add i32 %2325, %2328
	%2330 = sext i32 %2329 to i64
	%2331 = getelementptr i32, i32* %46, i64 %2330
	store i32 %2320, i32* %2331
	%2332 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2316
	%2333 = load i32, i32 addrspace(3)* %2332
	%2334 = sext i32 %2329 to i64
	%2335 = getelementptr i32, i32* %49, i64 %2334
	store i32 %2333, i32* %2335
	br label %2336

2336:
	%2337 = add i32 256, %0
	%2338 = icmp slt i32 %2337, %2315
	br i1 %2338, label %2339, label %2357

2339:
	%2340 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2337
	%2341 = load i32, i32 addrspace(3)* %2340
	%2342 = lshr i32 %2341, 16
	%2343 = and i32 %2342, 255
	%2344 = add i32 %2343, 512
	%2345 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2344
	%2346 = load i32, i32 addrspace(3)* %2345
	%2347 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2343
	%2348 = load i32, i32 addrspace(3)* %2347
	%2349 = sub i32 %2337, %2348
	%2350 = add i32 %2346, %2349
	%2351 = sext i32 %2350 to i64
	%2352 = getelementptr i32, i32* %46, i64 %2351
	store i32 %2341, i32* %2352
	%2353 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2337
	%2354 = load i32, i32 addrspace(3)* %2353
	%2355 = sext i32 %2350 to i64
	%2356 = getelementptr i32, i32* %49, i64 %2355
	store i32 %2354, i32* %2356
	br label %2357

2357:
	%2358 = add i32 512, %0
	%2359 = icmp slt i32 %2358, %2315
	br i1 %2359, label %2360, label %2378

2360:
	%2361 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2358
	%2362 = load i32, i32 addrspace(3)* %2361
	%2363 = lshr i32 %2362, 16
	%2364 = and i32 %2363, 255
	%2365 = add i32 %2364, 512
	%2366 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2365
	%2367 = load i32, i32 addrspace(3)* %2366
	%2368 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2364
	%2369 = load i32, i32 addrspace(3)* %2368
	%2370 = sub i32 %2358, %2369
	%2371 = add i32 %2367, %2370
	%2372 = sext i32 %2371 to i64
	%2373 = getelementptr i32, i32* %46, i64 %2372
	store i32 %2362, i32* %2373
	%2374 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2358
	%2375 = load i32, i32 addrspace(3)* %2374
	%2376 = sext i32 %2371 to i64
	%2377 = getelementptr i32, i32* %49, i64 %2376
	store i32 %2375, i32* %2377
	br label %2378

2378:
	%2379 = add i32 768, %0
	%2380 = icmp slt i32 %2379, %2315
	br i1 %2380, label %2381, label %2399

2381:
	%2382 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2379
	%2383 = load i32, i32 addrspace(3)* %2382
	%2384 = lshr i32 %2383, 16
	%2385 = and i32 %2384, 255
	%2386 = add i32 %2385, 512
	%2387 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2386
	%2388 = load i32, i32 addrspace(3)* %2387
	%2389 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2385
	%2390 = load i32, i32 addrspace(3)* %2389
	%2391 = sub i32 %2379, %2390
	%2392 = add i32 %2388, %2391
	%2393 = sext i32 %2392 to i64
	%2394 = getelementptr i32, i32* %46, i64 %2393
	store i32 %2383, i32* %2394
	%2395 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2379
	%2396 = load i32, i32 addrspace(3)* %2395
	%2397 = sext i32 %2392 to i64
	%2398 = getelementptr i32, i32* %49, i64 %2397
	store i32 %2396, i32* %2398
	br label %2399

2399:
	%2400 = add i32 1024, %0
	%2401 = icmp slt i32 %2400, %2315
	br i1 %2401, label %2402, label %2420

2402:
	%2403 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2400
	%2404 = load i32, i32 addrspace(3)* %2403
	%2405 = lshr i32 %2404, 16
	%2406 = and i32 %2405, 255
	%2407 = add i32 %2406, 512
	%2408 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2407
	%2409 = load i32, i32 addrspace(3)* %2408
	%2410 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2406
	%2411 = load i32, i32 addrspace(3)* %2410
	%2412 = sub i32 %2400, %2411
	%2413 = add i32 %2409, %2412
	%2414 = sext i32 %2413 to i64
	%2415 = getelementptr i32, i32* %46, i64 %2414
	store i32 %2404, i32* %2415
	%2416 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2400
	%2417 = load i32, i32 addrspace(3)* %2416
	%2418 = sext i32 %2413 to i64
	%2419 = getelementptr i32, i32* %49, i64 %2418
	store i32 %2417, i32* %2419
	br label %2420

2420:
	%2421 = add i32 1280, %0
	%2422 = icmp slt i32 %2421, %2315
	br i1 %2422, label %2423, label %2441

2423:
	%2424 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2421
	%2425 = load i32, i32 addrspace(3)* %2424
	%2426 = lshr i32 %2425, 16
	%2427 = and i32 %2426, 255
	%2428 = add i32 %2427, 512
	%2429 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2428
	%2430 = load i32, i32 addrspace(3)* %2429
	%2431 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2427
	%2432 = load i32, i32 addrspace(3)* %2431
	%2433 = sub i32 %2421, %2432
	%2434 = add i32 %2430, %2433
	%2435 = sext i32 %2434 to i64
	%2436 = getelementptr i32, i32* %46, i64 %2435
	store i32 %2425, i32* %2436
	%2437 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2421
	%2438 = load i32, i32 addrspace(3)* %2437
	%2439 = sext i32 %2434 to i64
	%2440 = getelementptr i32, i32* %49, i64 %2439
	store i32 %2438, i32* %2440
	br label %2441

2441:
	%2442 = add i32 1536, %0
	%2443 = icmp slt i32 %2442, %2315
	br i1 %2443, label %2444, label %2462

2444:
	%2445 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2442
	%2446 = load i32, i32 addrspace(3)* %2445
	%2447 = lshr i32 %2446, 16
	%2448 = and i32 %2447, 255
	%2449 = add i32 %2448, 512
	%2450 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2449
	%2451 = load i32, i32 addrspace(3)* %2450
	%2452 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2448
	%2453 = load i32, i32 addrspace(3)* %2452
	%2454 = sub i32 %2442, %2453
	%2455 = add i32 %2451, %2454
	%2456 = sext i32 %2455 to i64
	%2457 = getelementptr i32, i32* %46, i64 %2456
	store i32 %2446, i32* %2457
	%2458 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2442
	%2459 = load i32, i32 addrspace(3)* %2458
	%2460 = sext i32 %2455 to i64
	%2461 = getelementptr i32, i32* %49, i64 %2460
	store i32 %2459, i32* %2461
	br label %2462

2462:
	%2463 = add i32 1792, %0
	%2464 = icmp slt i32 %2463, %2315
	br i1 %2464, label %2465, label %2483

2465:
	%2466 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2463
	%2467 = load i32, i32 addrspace(3)* %2466
	%2468 = lshr i32 %2467, 16
	%2469 = and i32 %2468, 255
	%2470 = add i32 %2469, 512
	%2471 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2470
	%2472 = load i32, i32 addrspace(3)* %2471
	%2473 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2469
	%2474 = load i32, i32 addrspace(3)* %2473
	%2475 = sub i32 %2463, %2474
	%2476 = add i32 %2472, %2475
	%2477 = sext i32 %2476 to i64
	%2478 = getelementptr i32, i32* %46, i64 %2477
	store i32 %2467, i32* %2478
	%2479 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2463
	%2480 = load i32, i32 addrspace(3)* %2479
	%2481 = sext i32 %2476 to i64
	%2482 = getelementptr i32, i32* %49, i64 %2481
	store i32 %2480, i32* %2482
	br label %2483

2483:
	call void @llvm.nvvm.barrier0()
	%2484 = add i32 %0, 512
	%2485 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2484
	%2486 = load i32, i32 addrspace(3)* %2485
	%2487 = add i32 %2486, %2123
	%2488 = add i32 %0, 512
	%2489 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2488
	store i32 %2487, i32 addrspace(3)* %2489
	%2490 = add i32 %1740, 2048
	br label %1739

2491:
	%2492 = phi i32 [ 0, %1749 ], [ %3242, %3235 ]
	%2493 = phi i32 [ %1741, %1749 ], [ %2493, %3235 ]
	%2494 = icmp slt i32 %2492, %9
	br i1 %2494, label %2495, label %2501

2495:
	%2496 = mul i32 %4, 256
	%2497 = add i32 %2496, %3
	%2498 = add i32 %2492, %2497
	%2499 = add i32 %2498, 0
	%2500 = icmp slt i32 %2499, %9
	br i1 %2500, label %2502, label %2509

2501:
	call void @llvm.nvvm.barrier0()
	ret void

2502:
	%2503 = sext i32 %2499 to i64
	%2504 = getelementptr i32, i32* %46, i64 %2503
	%2505 = load i32, i32* %2504
	%2506 = sext i32 %2499 to i64
	%2507 = getelementptr i32, i32* %49, i64 %2506
	%2508 = load i32, i32* %2507
	br label %2509

2509:
	%2510 = phi i32 [ 0, %2495 ], [ %2505, %2502 ]
	%2511 = phi i32 [ 0, %2495 ], [ %2508, %2502 ]
	%2512 = lshr i32 %2510, 24
	%2513 = and i32 %2512, 255
	%2514 = add i32 %2498, 32
	%2515 = icmp slt i32 %2514, %9
	br i1 %2515, label %2516, label %2523

2516:
	%2517 = sext i32 %2514 to i64
	%2518 = getelementptr i32, i32* %46, i64 %2517
	%2519 = load i32, i32* %2518
	%2520 = sext i32 %2514 to i64
	%2521 = getelementptr i32, i32* %49, i64 %2520
	%2522 = load i32, i32* %2521
	br label %2523

2523:
	%2524 = phi i32 [ 0, %2509 ], [ %2519, %2516 ]
	%2525 = phi i32 [ 0, %2509 ], [ %2522, %2516 ]
	%2526 = lshr i32 %2524, 24
	%2527 = and i32 %2526, 255
	%2528 = add i32 %2498, 64
	%2529 = icmp slt i32 %2528, %9
	br i1 %2529, label %2530, label %2537

2530:
	%2531 = sext i32 %2528 to i64
	%2532 = getelementptr i32, i32* %46, i64 %2531
	%2533 = load i32, i32* %2532
	%2534 = sext i32 %2528 to i64
	%2535 = getelementptr i32, i32* %49, i64 %2534
	%2536 = load i32, i32* %2535
	br label %2537

2537:
	%2538 = phi i32 [ 0, %2523 ], [ %2533, %2530 ]
	%2539 = phi i32 [ 0, %2523 ], [ %2536, %2530 ]
	%2540 = lshr i32 %2538, 24
	%2541 = and i32 %2540, 255
	%2542 = add i32 %2498, 96
	%2543 = icmp slt i32 %2542, %9
	br i1 %2543, label %2544, label %2551

2544:
	%2545 = sext i32 %2542 to i64
	%2546 = getelementptr i32, i32* %46, i64 %2545
	%2547 = load i32, i32* %2546
	%2548 = sext i32 %2542 to i64
	%2549 = getelementptr i32, i32* %49, i64 %2548
	%2550 = load i32, i32* %2549
	br label %2551

2551:
	%2552 = phi i32 [ 0, %2537 ], [ %2547, %2544 ]
	%2553 = phi i32 [ 0, %2537 ], [ %2550, %2544 ]
	%2554 = lshr i32 %2552, 24
	%2555 = and i32 %2554, 255
	%2556 = add i32 %2498, 128
	%2557 = icmp slt i32 %2556, %9
	br i1 %2557, label %2558, label %2565

2558:
	%2559 = sext i32 %2556 to i64
	%2560 = getelementptr i32, i32* %46, i64 %2559
	%2561 = load i32, i32* %2560
	%2562 = sext i32 %2556 to i64
	%2563 = getelementptr i32, i32* %49, i64 %2562
	%2564 = load i32, i32* %2563
	br label %2565

2565:
	%2566 = phi i32 [ 0, %2551 ], [ %2561, %2558 ]
	%2567 = phi i32 [ 0, %2551 ], [ %2564, %2558 ]
	%2568 = lshr i32 %2566, 24
	%2569 = and i32 %2568, 255
	%2570 = add i32 %2498, 160
	%2571 = icmp slt i32 %2570, %9
	br i1 %2571, label %2572, label %2579

2572:
	%2573 = sext i32 %2570 to i64
	%2574 = getelementptr i32, i32* %46, i64 %2573
	%2575 = load i32, i32* %2574
	%2576 = sext i32 %2570 to i64
	%2577 = getelementptr i32, i32* %49, i64 %2576
	%2578 = load i32, i32* %2577
	br label %2579

2579:
	%2580 = phi i32 [ 0, %2565 ], [ %2575, %2572 ]
	%2581 = phi i32 [ 0, %2565 ], [ %2578, %2572 ]
	%2582 = lshr i32 %2580, 24
	%2583 = and i32 %2582, 255
	%2584 = add i32 %2498, 192
	%2585 = icmp slt i32 %2584, %9
	br i1 %2585, label %2586, label %2593

2586:
	%2587 = sext i32 %2584 to i64
	%2588 = getelementptr i32, i32* %46, i64 %2587
	%2589 = load i32, i32* %2588
	%2590 = sext i32 %2584 to i64
	%2591 = getelementptr i32, i32* %49, i64 %2590
	%2592 = load i32, i32* %2591
	br label %2593

2593:
	%2594 = phi i32 [ 0, %2579 ], [ %2589, %2586 ]
	%2595 = phi i32 [ 0, %2579 ], [ %2592, %2586 ]
	%2596 = lshr i32 %2594, 24
	%2597 = and i32 %2596, 255
	%2598 = add i32 %2498, 224
	%2599 = icmp slt i32 %2598, %9
	br i1 %2599, label %2600, label %2607

2600:
	%2601 = sext i32 %2598 to i64
	%2602 = getelementptr i32, i32* %46, i64 %2601
	%2603 = load i32, i32* %2602
	%2604 = sext i32 %2598 to i64
	%2605 = getelementptr i32, i32* %49, i64 %2604
	%2606 = load i32, i32* %2605
	br label %2607

2607:
	%2608 = phi i32 [ 0, %2593 ], [ %2603, %2600 ]
	%2609 = phi i32 [ 0, %2593 ], [ %2606, %2600 ]
	%2610 = lshr i32 %2608, 24
	%2611 = and i32 %2610, 255
	%2612 = select i1 %2500, i32 %2513, i32 256
	%2613 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2612)
	%2614 = and i32 %2613, %234
	%2615 = call i32 @llvm.ctpop.i32(i32 %2614)
	br i1 %2500, label %2616, label %2621

2616:
	%2617 = mul i32 %4, 256
	%2618 = add i32 %2617, %2513
	%2619 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2618
	%2620 = load i32, i32 addrspace(3)* %2619
	br label %2621

2621:
	%2622 = phi i32 [ 0, %2607 ], [ %2620, %2616 ]
	%2623 = add i32 %2622, %2615
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2624 = icmp eq i32 %2615, 0
	%2625 = and i1 %2500, %2624
	br i1 %2625, label %2626, label %2632

2626:
	%2627 = call i32 @llvm.ctpop.i32(i32 %2613)
	%2628 = add i32 %2622, %2627
	%2629 = mul i32 %4, 256
	%2630 = add i32 %2629, %2513
	%2631 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2630
	store i32 %2628, i32 addrspace(3)* %2631
	br label %2632

2632:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2633 = select i1 %2515, i32 %2527, i32 256
	%2634 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2633)
	%2635 = and i32 %2634, %234
	%2636 = call i32 @llvm.ctpop.i32(i32 %2635)
	br i1 %2515, label %2637, label %2642

2637:
	%2638 = mul i32 %4, 256
	%2639 = add i32 %2638, %2527
	%2640 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2639
	%2641 = load i32, i32 addrspace(3)* %2640
	br label %2642

2642:
	%2643 = phi i32 [ 0, %2632 ], [ %2641, %2637 ]
	%2644 = add i32 %2643, %2636
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2645 = icmp eq i32 %2636, 0
	%2646 = and i1 %2515, %2645
	br i1 %2646, label %2647, label %2653

2647:
	%2648 = call i32 @llvm.ctpop.i32(i32 %2634)
	%2649 = add i32 %2643, %2648
	%2650 = mul i32 %4, 256
	%2651 = add i32 %2650, %2527
	%2652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2651
	store i32 %2649, i32 addrspace(3)* %2652
	br label %2653

2653:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2654 = select i1 %2529, i32 %2541, i32 256
	%2655 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2654)
	%2656 = and i32 %2655, %234
	%2657 = call i32 @llvm.ctpop.i32(i32 %2656)
	br i1 %2529, label %2658, label %2663

2658:
	%2659 = mul i32 %4, 256
	%2660 = add i32 %2659, %2541
	%2661 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2660
	%2662 = load i32, i32 addrspace(3)* %2661
	br label %2663

2663:
	%2664 = phi i32 [ 0, %2653 ], [ %2662, %2658 ]
	%2665 = add i32 %2664, %2657
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2666 = icmp eq i32 %2657, 0
	%2667 = and i1 %2529, %2666
	br i1 %2667, label %2668, label %2674

2668:
	%2669 = call i32 @llvm.ctpop.i32(i32 %2655)
	%2670 = add i32 %2664, %2669
	%2671 = mul i32 %4, 256
	%2672 = add i32 %2671, %2541
	%2673 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2672
	store i32 %2670, i32 addrspace(3)* %2673
	br label %2674

2674:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2675 = select i1 %2543, i32 %2555, i32 256
	%2676 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2675)
	%2677 = and i32 %2676, %234
	%2678 = call i32 @llvm.ctpop.i32(i32 %2677)
	br i1 %2543, label %2679, label %2684

2679:
	%2680 = mul i32 %4, 256
	%2681 = add i32 %2680, %2555
	%2682 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2681
	%2683 = load i32, i32 addrspace(3)* %2682
	br label %2684

2684:
	%2685 = phi i32 [ 0, %2674 ], [ %2683, %2679 ]
	%2686 = add i32 %2685, %2678
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2687 = icmp eq i32 %2678, 0
	%2688 = and i1 %2543, %2687
	br i1 %2688, label %2689, label %2695

2689:
	%2690 = call i32 @llvm.ctpop.i32(i32 %2676)
	%2691 = add i32 %2685, %2690
	%2692 = mul i32 %4, 256
	%2693 = add i32 %2692, %2555
	%2694 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2693
	store i32 %2691, i32 addrspace(3)* %2694
	br label %2695

2695:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2696 = select i1 %2557, i32 %2569, i32 256
	%2697 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2696)
	%2698 = and i32 %2697, %234
	%2699 = call i32 @llvm.ctpop.i32(i32 %2698)
	br i1 %2557, label %2700, label %2705

2700:
	%2701 = mul i32 %4, 256
	%2702 = add i32 %2701, %2569
	%2703 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2702
	%2704 = load i32, i32 addrspace(3)* %2703
	br label %2705

2705:
	%2706 = phi i32 [ 0, %2695 ], [ %2704, %2700 ]
	%2707 = add i32 %2706, %2699
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2708 = icmp eq i32 %2699, 0
	%2709 = and i1 %2557, %2708
	br i1 %2709, label %2710, label %2716

2710:
	%2711 = call i32 @llvm.ctpop.i32(i32 %2697)
	%2712 = add i32 %2706, %2711
	%2713 = mul i32 %4, 256
	%2714 = add i32 %2713, %2569
	%2715 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2714
	store i32 %2712, i32 addrspace(3)* %2715
	br label %2716

2716:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2717 = select i1 %2571, i32 %2583, i32 256
	%2718 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2717)
	%2719 = and i32 %2718, %234
	%2720 = call i32 @llvm.ctpop.i32(i32 %2719)
	br i1 %2571, label %2721, label %2726

2721:
	%2722 = mul i32 %4, 256
	%2723 = add i32 %2722, %2583
	%2724 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2723
	%2725 = load i32, i32 addrspace(3)* %2724
	br label %2726

2726:
	%2727 = phi i32 [ 0, %2716 ], [ %2725, %2721 ]
	%2728 = add i32 %2727, %2720
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2729 = icmp eq i32 %2720, 0
	%2730 = and i1 %2571, %2729
	br i1 %2730, label %2731, label %2737

2731:
	%2732 = call i32 @llvm.ctpop.i32(i32 %2718)
	%2733 = add i32 %2727, %2732
	%2734 = mul i32 %4, 256
	%2735 = add i32 %2734, %2583
	%2736 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2735
	store i32 %2733, i32 addrspace(3)* %2736
	br label %2737

2737:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2738 = select i1 %2585, i32 %2597, i32 256
	%2739 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2738)
	%2740 = and i32 %2739, %234
	%2741 = call i32 @llvm.ctpop.i32(i32 %2740)
	br i1 %2585, label %2742, label %2747

2742:
	%2743 = mul i32 %4, 256
	%2744 = add i32 %2743, %2597
	%2745 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2744
	%2746 = load i32, i32 addrspace(3)* %2745
	br label %2747

2747:
	%2748 = phi i32 [ 0, %2737 ], [ %2746, %2742 ]
	%2749 = add i32 %2748, %2741
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2750 = icmp eq i32 %2741, 0
	%2751 = and i1 %2585, %2750
	br i1 %2751, label %2752, label %2758

2752:
	%2753 = call i32 @llvm.ctpop.i32(i32 %2739)
	%2754 = add i32 %2748, %2753
	%2755 = mul i32 %4, 256
	%2756 = add i32 %2755, %2597
	%2757 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2756
	store i32 %2754, i32 addrspace(3)* %2757
	br label %2758

2758:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2759 = select i1 %2599, i32 %2611, i32 256
	%2760 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2759)
	%2761 = and i32 %2760, %234
	%2762 = call i32 @llvm.ctpop.i32(i32 %2761)
	br i1 %2599, label %2763, label %2768

2763:
	%2764 = mul i32 %4, 256
	%2765 = add i32 %2764, %2611
	%2766 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2765
	%2767 = load i32, i32 addrspace(3)* %2766
	br label %2768

2768:
	%2769 = phi i32 [ 0, %2758 ], [ %2767, %2763 ]
	%2770 = add i32 %2769, %2762
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2771 = icmp eq i32 %2762, 0
	%2772 = and i1 %2599, %2771
	br i1 %2772, label %2773, label %2779

2773:
	%2774 = call i32 @llvm.ctpop.i32(i32 %2760)
	%2775 = add i32 %2769, %2774
	%2776 = mul i32 %4, 256
	%2777 = add i32 %2776, %2611
	%2778 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2777
	store i32 %2775, i32 addrspace(3)* %2778
	br label %2779

2779:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%2780 = mul i32 0, 256
	%2781 = add i32 %2780, %0
	%2782 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2781
	%2783 = load i32, i32 addrspace(3)* %2782
	%2784 = mul i32 0, 256
	%2785 = add i32 %2784, %0
	%2786 = add i32 2048, %2785
	%2787 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2786
	store i32 0, i32 addrspace(3)* %2787
	%2788 = mul i32 0, 256
	%2789 = add i32 %2788, %0
	%2790 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2789
	store i32 0, i32 addrspace(3)* %2790
	%2791 = add i32 0, %2783
	%2792 = mul i32 1, 256
	%2793 = add i32 %2792, %0
	%2794 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2793
	%2795 = load i32, i32 addrspace(3)* %2794
	%2796 = mul i32 1, 256
	%2797 = add i32 %2796, %0
	%2798 = add i32 2048, %2797
	%2799 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2798
	store i32 %2791, i32 addrspace(3)* %2799
	%2800 = mul i32 1, 256
	%2801 = add i32 %2800, %0
	%2802 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2801
	store i32 0, i32 addrspace(3)* %2802
	%2803 = add i32 %2791, %2795
	%2804 = mul i32 2, 256
	%2805 = add i32 %2804, %0
	%2806 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2805
	%2807 = load i32, i32 addrspace(3)* %2806
	%2808 = mul i32 2, 256
	%2809 = add i32 %2808, %0
	%2810 = add i32 2048, %2809
	%2811 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2810
	store i32 %2803, i32 addrspace(3)* %2811
	%2812 = mul i32 2, 256
	%2813 = add i32 %2812, %0
	%2814 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2813
	store i32 0, i32 addrspace(3)* %2814
	%2815 = add i32 %2803, %2807
	%2816 = mul i32 3, 256
	%2817 = add i32 %2816, %0
	%2818 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2817
	%2819 = load i32, i32 addrspace(3)* %2818
	%2820 = mul i32 3, 256
	%2821 = add i32 %2820, %0
	%2822 = add i32 2048, %2821
	%2823 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2822
	store i32 %2815, i32 addrspace(3)* %2823
	%2824 = mul i32 3, 256
	%2825 = add i32 %2824, %0
	%2826 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2825
	store i32 0, i32 addrspace(3)* %2826
	%2827 = add i32 %2815, %2819
	%2828 = mul i32 4, 256
	%2829 = add i32 %2828, %0
	%2830 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2829
	%2831 = load i32, i32 addrspace(3)* %2830
	%2832 = mul i32 4, 256
	%2833 = add i32 %2832, %0
	%2834 = add i32 2048, %2833
	%2835 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2834
	store i32 %2827, i32 addrspace(3)* %2835
	%2836 = mul i32 4, 256
	%2837 = add i32 %2836, %0
	%2838 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2837
	store i32 0, i32 addrspace(3)* %2838
	%2839 = add i32 %2827, %2831
	%2840 = mul i32 5, 256
	%2841 = add i32 %2840, %0
	%2842 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2841
	%2843 = load i32, i32 addrspace(3)* %2842
	%2844 = mul i32 5, 256
	%2845 = add i32 %2844, %0
	%2846 = add i32 2048, %2845
	%2847 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2846
	store i32 %2839, i32 addrspace(3)* %2847
	%2848 = mul i32 5, 256
	%2849 = add i32 %2848, %0
	%2850 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2849
	store i32 0, i32 addrspace(3)* %2850
	%2851 = add i32 %2839, %2843
	%2852 = mul i32 6, 256
	%2853 = add i32 %2852, %0
	%2854 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2853
	%2855 = load i32, i32 addrspace(3)* %2854
	%2856 = mul i32 6, 256
	%2857 = add i32 %2856, %0
	%2858 = add i32 2048, %2857
	%2859 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2858
	store i32 %2851, i32 addrspace(3)* %2859
	%2860 = mul i32 6, 256
	%2861 = add i32 %2860, %0
	%2862 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2861
	store i32 0, i32 addrspace(3)* %2862
	%2863 = add i32 %2851, %2855
	%2864 = mul i32 7, 256
	%2865 = add i32 %2864, %0
	%2866 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2865
	%2867 = load i32, i32 addrspace(3)* %2866
	%2868 = mul i32 7, 256
	%2869 = add i32 %2868, %0
	%2870 = add i32 2048, %2869
	%2871 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2870
	store i32 %2863, i32 addrspace(3)* %2871
	%2872 = mul i32 7, 256
	%2873 = add i32 %2872, %0
	%2874 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2873
	store i32 0, i32 addrspace(3)* %2874
	%2875 = add i32 %2863, %2867
	call void @llvm.nvvm.barrier0()
	%2876 = select i1 %2500, i32 %2513, i32 0
	%2877 = mul i32 %4, 256
	%2878 = add i32 %2877, %2876
	%2879 = add i32 2048, %2878
	%2880 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2879
	%2881 = load i32, i32 addrspace(3)* %2880
	%2882 = add i32 %2623, %2881
	%2883 = select i1 %2515, i32 %2527, i32 0
	%2884 = mul i32 %4, 256
	%2885 = add i32 %2884, %2883
	%2886 = add i32 2048, %2885
	%2887 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2886
	%2888 = load i32, i32 addrspace(3)* %2887
	%2889 = add i32 %2644, %2888
	%2890 = select i1 %2529, i32 %2541, i32 0
	%2891 = mul i32 %4, 256
	%2892 = add i32 %2891, %2890
	%2893 = add i32 2048, %2892
	%2894 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2893
	%2895 = load i32, i32 addrspace(3)* %2894
	%2896 = add i32 %2665, %2895
	%2897 = select i1 %2543, i32 %2555, i32 0
	%2898 = mul i32 %4, 256
	%2899 = add i32 %2898, %2897
	%2900 = add i32 2048, %2899
	%2901 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2900
	%2902 = load i32, i32 addrspace(3)* %2901
	%2903 = add i32 %2686, %2902
	%2904 = select i1 %2557, i32 %2569, i32 0
	%2905 = mul i32 %4, 256
	%2906 = add i32 %2905, %2904
	%2907 = add i32 2048, %2906
	%2908 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2907
	%2909 = load i32, i32 addrspace(3)* %2908
	%2910 = add i32 %2707, %2909
	%2911 = select i1 %2571, i32 %2583, i32 0
	%2912 = mul i32 %4, 256
	%2913 = add i32 %2912, %2911
	%2914 = add i32 2048, %2913
	%2915 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2914
	%2916 = load i32, i32 addrspace(3)* %2915
	%2917 = add i32 %2728, %2916
	%2918 = select i1 %2585, i32 %2597, i32 0
	%2919 = mul i32 %4, 256
	%2920 = add i32 %2919, %2918
	%2921 = add i32 2048, %2920
	%2922 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2921
	%2923 = load i32, i32 addrspace(3)* %2922
	%2924 = add i32 %2749, %2923
	%2925 = select i1 %2599, i32 %2611, i32 0
	%2926 = mul i32 %4, 256
	%2927 = add i32 %2926, %2925
	%2928 = add i32 2048, %2927
	%2929 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2928
	%2930 = load i32, i32 addrspace(3)* %2929
	%2931 = add i32 %2770, %2930
	%2932 = and i32 %0, 31
	%2933 = lshr i32 %0, 5
	%2934 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2875, i32 1, i32 0)
	%2935 = icmp uge i32 %2932, 1
	%2936 = select i1 %2935, i32 %2934, i32 0
	%2937 = add i32 %2875, %2936
	%2938 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2937, i32 2, i32 0)
	%2939 = icmp uge i32 %2932, 2
	%2940 = select i1 %2939, i32 %2938, i32 0
	%2941 = add i32 %2937, %2940
	%2942 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2941, i32 4, i32 0)
	%2943 = icmp uge i32 %2932, 4
	%2944 = select i1 %2943, i32 %2942, i32 0
	%2945 = add i32 %2941, %2944
	%2946 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2945, i32 8, i32 0)
	%2947 = icmp uge i32 %2932, 8
	%2948 = select i1 %2947, i32 %2946, i32 0
	%2949 = add i32 %2945, %2948
	%2950 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2949, i32 16, i32 0)
	%2951 = icmp uge i32 %2932, 16
	%2952 = select i1 %2951, i32 %2950, i32 0
	%2953 = add i32 %2949, %2952
	%2954 = icmp eq i32 %2932, 31
	br i1 %2954, label %2955, label %2957

2955:
	%2956 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %2933
	store i32 %2953, i32 addrspace(3)* %2956
	br label %2957

2957:
	call void @llvm.nvvm.barrier0()
	%2958 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%2959 = load i32, i32 addrspace(3)* %2958
	%2960 = icmp sgt i32 %2933, 0
	%2961 = select i1 %2960, i32 %2959, i32 0
	%2962 = add i32 0, %2961
	%2963 = add i32 0, %2959
	%2964 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%2965 = load i32, i32 addrspace(3)* %2964
	%2966 = icmp sgt i32 %2933, 1
	%2967 = select i1 %2966, i32 %2965, i32 0
	%2968 = add i32 %2962, %2967
	%2969 = add i32 %2963, %2965
	%2970 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%2971 = load i32, i32 addrspace(3)* %2970
	%2972 = icmp sgt i32 %2933, 2
	%2973 = select i1 %2972, i32 %2971, i32 0
	%2974 = add i32 %2968, %2973
	%2975 = add i32 %2969, %2971
	%2976 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%2977 = load i32, i32 addrspace(3)* %2976
	%2978 = icmp sgt i32 %2933, 3
	%2979 = select i1 %2978, i32 %2977, i32 0
	%2980 = add i32 %2974, %2979
	%2981 = add i32 %2975, %2977
	%2982 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%2983 = load i32, i32 addrspace(3)* %2982
	%2984 = icmp sgt i32 %2933, 4
	%2985 = select i1 %2984, i32 %2983, i32 0
	%2986 = add i32 %2980, %2985
	%2987 = add i32 %2981, %2983
	%2988 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%2989 = load i32, i32 addrspace(3)* %2988
	%2990 = icmp sgt i32 %2933, 5
	%2991 = select i1 %2990, i32 %2989, i32 0
	%2992 = add i32 %2986, %2991
	%2993 = add i32 %2987, %2989
	%2994 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%2995 = load i32, i32 addrspace(3)* %2994
	%2996 = icmp sgt i32 %2933, 6
	%2997 = select i1 %2996, i32 %2995, i32 0
	%2998 = add i32 %2992, %2997
	%2999 = add i32 %2993, %2995
	%3000 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%3001 = load i32, i32 addrspace(3)* %3000
	%3002 = icmp sgt i32 %2933, 7
	%3003 = select i1 %3002, i32 %3001, i32 0
	%3004 = add i32 %2998, %3003
	%3005 = add i32 %2999, %3001
	%3006 = add i32 %3004, %2953
	%3007 = sub i32 %3006, %2875
	%3008 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %3007, i32 addrspace(3)* %3008
	call void @llvm.nvvm.barrier0()
	br i1 %2500, label %3009, label %3015

3009:
	%3010 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2513
	%3011 = load i32, i32 addrspace(3)* %3010
	%3012 = add i32 %3011, %2882
	%3013 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3012
	store i32 %2510, i32 addrspace(3)* %3013
	%3014 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3012
	store i32 %2511, i32 addrspace(3)* %3014
	br label %3015

3015:
	br i1 %2515, label %3016, label %3022

3016:
	%3017 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2527
	%3018 = load i32, i32 addrspace(3)* %3017
	%3019 = add i32 %3018, %2889
	%3020 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3019
	store i32 %2524, i32 addrspace(3)* %3020
	%3021 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3019
	store i32 %2525, i32 addrspace(3)* %3021
	br label %3022

3022:
	br i1 %2529, label %3023, label %3029

3023:
	%3024 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2541
	%3025 = load i32, i32 addrspace(3)* %3024
	%3026 = add i32 %3025, %2896
	%3027 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3026
	store i32 %2538, i32 addrspace(3)* %3027
	%3028 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3026
	store i32 %2539, i32 addrspace(3)* %3028
	br label %3029

3029:
	br i1 %2543, label %3030, label %3036

3030:
	%3031 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2555
	%3032 = load i32, i32 addrspace(3)* %3031
	%3033 = add i32 %3032, %2903
	%3034 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3033
	store i32 %2552, i32 addrspace(3)* %3034
	%3035 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3033
	store i32 %2553, i32 addrspace(3)* %3035
	br label %3036

3036:
	br i1 %2557, label %3037, label %3043

3037:
	%3038 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2569
	%3039 = load i32, i32 addrspace(3)* %3038
	%3040 = add i32 %3039, %2910
	%3041 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3040
	store i32 %2566, i32 addrspace(3)* %3041
	%3042 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3040
	store i32 %2567, i32 addrspace(3)* %3042
	br label %3043

3043:
	br i1 %2571, label %3044, label %3050

3044:
	%3045 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2583
	%3046 = load i32, i32 addrspace(3)* %3045
	%3047 = add i32 %3046, %2917
	%3048 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3047
	store i32 %2580, i32 addrspace(3)* %3048
	%3049 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3047
	store i32 %2581, i32 addrspace(3)* %3049
	br label %3050

3050:
	br i1 %2585, label %3051, label %3057

3051:
	%3052 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2597
	%3053 = load i32, i32 addrspace(3)* %3052
	%3054 = add i32 %3053, %2924
	%3055 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3054
	store i32 %2594, i32 addrspace(3)* %3055
	%3056 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3054
	store i32 %2595, i32 addrspace(3)* %3056
	br label %3057

3057:
	br i1 %2599, label %3058, label %3064

3058:
	%3059 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2611
	%3060 = load i32, i32 addrspace(3)* %3059
	%3061 = add i32 %3060, %2931
	%3062 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3061
	store i32 %2608, i32 addrspace(3)* %3062
	%3063 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3061
	store i32 %2609, i32 addrspace(3)* %3063
	br label %3064

3064:
	call void @llvm.nvvm.barrier0()
	%3065 = sub i32 %9, %2492
	%3066 = icmp slt i32 2048, %3065
	%3067 = select i1 %3066, i32 2048, i32 %3065
	%3068 = add i32 0, %0
	%3069 = icmp slt i32 %3068, %3067
	br i1 %3069, label %3070, label %3088

3070:
	%3071 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3068
	%3072 = load i32, i32 addrspace(3)* %3071
	%3073 = lshr i32 %3072, 24
	%3074 = and i32 %3073, 255
	%3075 = add i32 %3074, 768
	%3076 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3075
	%3077 = load i32, i32 addrspace(3)* %3076
	%3078 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3074
	%3079 = load i32, i32 addrspace(3)* %3078
	%3080 = sub i32 %3068, %3079
	%3081 = add i32 %3077, %3080
	%3082 = sext i32 %3081 to i64
	%3083 = getelementptr i32, i32* %44, i64 %3082
	store i32 %3072, i32* %3083
	%3084 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3068
	%3085 = load i32, i32 addrspace(3)* %3084
	%3086 = sext i32 %3081 to i64
	%3087 = getelementptr i32, i32* %15, i64 %3086
	store i32 %3085, i32* %3087
	br label %3088

3088:
	%3089 = add i32 256, %0
	%3090 = icmp slt i32 %3089, %3067
	br i1 %3090, label %3091, label %3109

3091:
	%3092 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3089
	%3093 = load i32, i32 addrspace(3)* %3092
	%3094 = lshr i32 %3093, 24
	%3095 = and i32 %3094, 255
	%3096 = add i32 %3095, 768
	%3097 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3096
	%3098 = load i32, i32 addrspace(3)* %3097
	%3099 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3095
	%3100 = load i32, i32 addrspace(3)* %3099
	%3101 = sub i32 %3089, %3100
	%3102 = add i32 %3098, %3101
	%3103 = sext i32 %3102 to i64
	%3104 = getelementptr i32, i32* %44, i64 %3103
	store i32 %3093, i32* %3104
	%3105 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3089
	%3106 = load i32, i32 addrspace(3)* %3105
	%3107 = sext i32 %3102 to i64
	%3108 = getelementptr i32, i32* %15, i64 %3107
	store i32 %3106, i32* %3108
	br label %3109

3109:
	%3110 = add i32 512, %0
	%3111 = icmp slt i32 %3110, %3067
	br i1 %3111, label %3112, label %3130

3112:
	%3113 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3110
	%3114 = load i32, i32 addrspace(3)* %3113
	%3115 = lshr i32 %3114, 24
	%3116 = and i32 %3115, 255
	%3117 = add i32 %3116, 768
	%3118 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3117
	%3119 = load i32, i32 addrspace(3)* %3118
	%3120 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3116
	%3121 = load i32, i32 addrspace(3)* %3120
	%3122 = sub i32 %3110, %3121
	%3123 = add i32 %3119, %3122
	%3124 = sext i32 %3123 to i64
	%3125 = getelementptr i32, i32* %44, i64 %3124
	store i32 %3114, i32* %3125
	%3126 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3110
	%3127 = load i32, i32 addrspace(3)* %3126
	%3128 = sext i32 %3123 to i64
	%3129 = getelementptr i32, i32* %15, i64 %3128
	store i32 %3127, i32* %3129
	br label %3130

3130:
	%3131 = add i32 768, %0
	%3132 = icmp slt i32 %3131, %3067
	br i1 %3132, label %3133, label %3151

3133:
	%3134 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3131
	%3135 = load i32, i32 addrspace(3)* %3134
	%3136 = lshr i32 %3135, 24
	%3137 = and i32 %3136, 255
	%3138 = add i32 %3137, 768
	%3139 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3138
	%3140 = load i32, i32 addrspace(3)* %3139
	%3141 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3137
	%3142 = load i32, i32 addrspace(3)* %3141
	%3143 = sub i32 %3131, %3142
	%3144 = add i32 %3140, %3143
	%3145 = sext i32 %3144 to i64
	%3146 = getelementptr i32, i32* %44, i64 %3145
	store i32 %3135, i32* %3146
	%3147 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3131
	%3148 = load i32, i32 addrspace(3)* %3147
	%3149 = sext i32 %3144 to i64
	%3150 = getelementptr i32, i32* %15, i64 %3149
	store i32 %3148, i32* %3150
	br label %3151

3151:
	%3152 = add i32 1024, %0
	%3153 = icmp slt i32 %3152, %3067
	br i1 %3153, label %3154, label %3172

3154:
	%3155 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3152
	%3156 = load i32, i32 addrspace(3)* %3155
	%3157 = lshr i32 %3156, 24
	%3158 = and i32 %3157, 255
	%3159 = add i32 %3158, 768
	%3160 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3159
	%3161 = load i32, i32 addrspace(3)* %3160
	%3162 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3158
	%3163 = load i32, i32 addrspace(3)* %3162
	%3164 = sub i32 %3152, %3163
	%3165 = add i32 %3161, %3164
	%3166 = sext i32 %3165 to i64
	%3167 = getelementptr i32, i32* %44, i64 %3166
	store i32 %3156, i32* %3167
	%3168 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3152
	%3169 = load i32, i32 addrspace(3)* %3168
	%3170 = sext i32 %3165 to i64
	%3171 = getelementptr i32, i32* %15, i64 %3170
	store i32 %3169, i32* %3171
	br label %3172

3172:
	%3173 = add i32 1280, %0
	%3174 = icmp slt i32 %3173, %3067
	br i1 %3174, label %3175, label %3193

3175:
	%3176 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3173
	%3177 = load i32, i32 addrspace(3)* %3176
	%3178 = lshr i32 %3177, 24
	%3179 = and i32 %3178, 255
	%3180 = add i32 %3179, 768
	%3181 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3180
	%3182 = load i32, i32 addrspace(3)* %3181
	%3183 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3179
	%3184 = load i32, i32 addrspace(3)* %3183
	%3185 = sub i32 %3173, %3184
	%3186 = add i32 %3182, %3185
	%3187 = sext i32 %3186 to i64
	%3188 = getelementptr i32, i32* %44, i64 %3187
	store i32 %3177, i32* %3188
	%3189 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3173
	%3190 = load i32, i32 addrspace(3)* %3189
	%3191 = sext i32 %3186 to i64
	%3192 = getelementptr i32, i32* %15, i64 %3191
	store i32 %3190, i32* %3192
	br label %3193

3193:
	%3194 = add i32 1536, %0
	%3195 = icmp slt i32 %3194, %3067
	br i1 %3195, label %3196, label %3214

3196:
	%3197 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3194
	%3198 = load i32, i32 addrspace(3)* %3197
	%3199 = lshr i32 %3198, 24
	%3200 = and i32 %3199, 255
	%3201 = add i32 %3200, 768
	%3202 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3201
	%3203 = load i32, i32 addrspace(3)* %3202
	%3204 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3200
	%3205 = load i32, i32 addrspace(3)* %3204
	%3206 = sub i32 %3194, %3205
	%3207 = add i32 %3203, %3206
	%3208 = sext i32 %3207 to i64
	%3209 = getelementptr i32, i32* %44, i64 %3208
	store i32 %3198, i32* %3209
	%3210 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3194
	%3211 = load i32, i32 addrspace(3)* %3210
	%3212 = sext i32 %3207 to i64
	%3213 = getelementptr i32, i32* %15, i64 %3212
	store i32 %3211, i32* %3213
	br label %3214

3214:
	%3215 = add i32 1792, %0
	%3216 = icmp slt i32 %3215, %3067
	br i1 %3216, label %3217, label %3235

3217:
	%3218 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3215
	%3219 = load i32, i32 addrspace(3)* %3218
	%3220 = lshr i32 %3219, 24
	%3221 = and i32 %3220, 255
	%3222 = add i32 %3221, 768
	%3223 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3222
	%3224 = load i32, i32 addrspace(3)* %3223
	%3225 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3221
	%3226 = load i32, i32 addrspace(3)* %3225
	%3227 = sub i32 %3215, %3226
	%3228 = add i32 %3224, %3227
	%3229 = sext i32 %3228 to i64
	%3230 = getelementptr i32, i32* %44, i64 %3229
	store i32 %3219, i32* %3230
	%3231 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3215
	%3232 = load i32, i32 addrspace(3)* %3231
	%3233 = sext i32 %3228 to i64
	%3234 = getelementptr i32, i32* %15, i64 %3233
	store i32 %3232, i32* %3234
	br label %3235

3235:
	call void @llvm.nvvm.barrier0()
	%3236 = add i32 %0, 768
	%3237 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3236
	%3238 = load i32, i32 addrspace(3)* %3237
	%3239 = add i32 %3238, %2875
	%3240 = add i32 %0, 768
	%3241 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3240
	store i32 %3239, i32 addrspace(3)* %3241
	%3242 = add i32 %2492, 2048
	br label %2491
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
