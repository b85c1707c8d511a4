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
	%45 = and i64 %43, 1
	%46 = add i64 %43, %45
	%47 = mul i64 %41, 2
	%48 = add i64 %46, %47
	%49 = getelementptr i32, i32* %scr, i64 %48
	%50 = getelementptr i32, i32* %49, i64 1
	%51 = bitcast i32* %49 to i64*
	%52 = icmp ult i32 %0, 4
	br i1 %52, label %53, label %57

done:
	ret void

53:
	%54 = icmp eq i32 %0, 2
	%55 = select i1 %54, i32 -1, i32 0
	%56 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 %0
	store i32 %55, i32 addrspace(3)* %56
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	br label %58

58:
	%59 = phi i32 [ %0, %57 ], [ %100, %89 ]
	%60 = phi i32 [ -1, %57 ], [ %96, %89 ]
	%61 = phi i32 [ 0, %57 ], [ %99, %89 ]
	%62 = icmp slt i32 %59, %9
	br i1 %62, label %63, label %71

63:
	%64 = sext i32 %59 to i64
	%65 = getelementptr i32, i32* %44, i64 %64
	%66 = load i32, i32* %65
	%67 = bitcast i32 %66 to float
	%68 = fcmp uno float %67, %67
	%69 = fcmp oeq float %67, 0x7FF0000000000000
	%70 = or i1 %68, %69
	br i1 %70, label %83, label %85

71:
	%72 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 2
	%73 = atomicrmw umin i32 addrspace(3)* %72, i32 %60 monotonic
	%74 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 3
	%75 = atomicrmw umax i32 addrspace(3)* %74, i32 %61 monotonic
	call void @llvm.nvvm.barrier0()
	%76 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	%77 = load i32, i32 addrspace(3)* %76
	%78 = icmp ne i32 %77, 0
	%79 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	%80 = load i32, i32 addrspace(3)* %79
	%81 = icmp eq i32 %80, 0
	%82 = or i1 %78, %81
	br i1 %82, label %ident, label %sorts

83:
	%84 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %84
	br label %85

85:
	%86 = fcmp one float %67, 0xFFF0000000000000
	br i1 %86, label %87, label %89

87:
	%88 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %88
	br label %89

89:
	%90 = bitcast float %67 to i32
	%91 = icmp slt i32 %90, 0
	%92 = select i1 %91, i32 -1, i32 -2147483648
	%93 = xor i32 %90, %92
	%94 = xor i32 %93, -1
	%95 = icmp ult i32 %60, %94
	%96 = select i1 %95, i32 %60, i32 %94
	%97 = icmp ugt i32 %61, %94
	%98 = select i1 %97, i32 %61, i32 %94
	%99 = select i1 %86, i32 %98, i32 %61
	%100 = add i32 %59, 256
	br label %58

sorts:
	%101 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 2
	%102 = load i32, i32 addrspace(3)* %101
	%103 = xor i32 %102, -1
	%104 = icmp slt i32 %103, 0
	%105 = xor i32 %103, -2147483648
	%106 = select i1 %104, i32 %105, i32 %102
	%107 = bitcast i32 %106 to float
	%108 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @s2o_permute0_flag, i32 0, i32 3
	%109 = load i32, i32 addrspace(3)* %108
	%110 = xor i32 %109, -1
	%111 = icmp slt i32 %110, 0
	%112 = xor i32 %110, -2147483648
	%113 = select i1 %111, i32 %112, i32 %109
	%114 = bitcast i32 %113 to float
	%115 = fsub float %107, %114
	%116 = fcmp olt float %115, 0x7FF0000000000000
	br i1 %116, label %buckets, label %radix

ident:
	br label %117

117:
	%118 = phi i32 [ %0, %ident ], [ %123, %120 ]
	%119 = icmp slt i32 %118, %9
	br i1 %119, label %120, label %124

120:
	%121 = sext i32 %118 to i64
	%122 = getelementptr i32, i32* %15, i64 %121
	store i32 %118, i32* %122
	%123 = add i32 %118, 256
	br label %117

124:
	ret void

radix:
	%125 = add i32 %0, 0
	%126 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %125
	store i32 0, i32 addrspace(3)* %126
	%127 = add i32 %0, 256
	%128 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %127
	store i32 0, i32 addrspace(3)* %128
	%129 = add i32 %0, 512
	%130 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %129
	store i32 0, i32 addrspace(3)* %130
	%131 = add i32 %0, 768
	%132 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %131
	store i32 0, i32 addrspace(3)* %132
	%133 = add i32 %0, 0
	%134 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %133
	store i32 0, i32 addrspace(3)* %134
	%135 = add i32 %0, 256
	%136 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %135
	store i32 0, i32 addrspace(3)* %136
	%137 = add i32 %0, 512
	%138 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %137
	store i32 0, i32 addrspace(3)* %138
	%139 = add i32 %0, 768
	%140 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %139
	store i32 0, i32 addrspace(3)* %140
	%141 = add i32 %0, 1024
	%142 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %141
	store i32 0, i32 addrspace(3)* %142
	%143 = add i32 %0, 1280
	%144 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %143
	store i32 0, i32 addrspace(3)* %144
	%145 = add i32 %0, 1536
	%146 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %145
	store i32 0, i32 addrspace(3)* %146
	%147 = add i32 %0, 1792
	%148 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %147
	store i32 0, i32 addrspace(3)* %148
	%149 = add i32 %0, 2048
	%150 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %149
	store i32 0, i32 addrspace(3)* %150
	%151 = add i32 %0, 2304
	%152 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %151
	store i32 0, i32 addrspace(3)* %152
	%153 = add i32 %0, 2560
	%154 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %153
	store i32 0, i32 addrspace(3)* %154
	%155 = add i32 %0, 2816
	%156 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %155
	store i32 0, i32 addrspace(3)* %156
	%157 = add i32 %0, 3072
	%158 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %157
	store i32 0, i32 addrspace(3)* %158
	%159 = add i32 %0, 3328
	%160 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %159
	store i32 0, i32 addrspace(3)* %160
	%161 = add i32 %0, 3584
	%162 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %161
	store i32 0, i32 addrspace(3)* %162
	%163 = add i32 %0, 3840
	%164 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %163
	store i32 0, i32 addrspace(3)* %164
	call void @llvm.nvvm.barrier0()
	br label %762

buckets:
	%165 = fdiv float 8192.0, %115
	%166 = fcmp olt float %165, 0x47EFFFFFE0000000
	%167 = select i1 %166, float %165, float 0x47EFFFFFE0000000
	%168 = add i32 %0, 0
	%169 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %168
	store i32 0, i32 addrspace(3)* %169
	%170 = add i32 %0, 256
	%171 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %170
	store i32 0, i32 addrspace(3)* %171
	%172 = add i32 %0, 512
	%173 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %172
	store i32 0, i32 addrspace(3)* %173
	%174 = add i32 %0, 768
	%175 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %174
	store i32 0, i32 addrspace(3)* %175
	%176 = add i32 %0, 1024
	%177 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %176
	store i32 0, i32 addrspace(3)* %177
	%178 = add i32 %0, 1280
	%179 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %178
	store i32 0, i32 addrspace(3)* %179
	%180 = add i32 %0, 1536
	%181 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %180
	store i32 0, i32 addrspace(3)* %181
	%182 = add i32 %0, 1792
	%183 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %182
	store i32 0, i32 addrspace(3)* %183
	%184 = add i32 %0, 2048
	%185 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %184
	store i32 0, i32 addrspace(3)* %185
	%186 = add i32 %0, 2304
	%187 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %186
	store i32 0, i32 addrspace(3)* %187
	%188 = add i32 %0, 2560
	%189 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %188
	store i32 0, i32 addrspace(3)* %189
	%190 = add i32 %0, 2816
	%191 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %190
	store i32 0, i32 addrspace(3)* %191
	%192 = add i32 %0, 3072
	%193 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %192
	store i32 0, i32 addrspace(3)* %193
	%194 = add i32 %0, 3328
	%195 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %194
	store i32 0, i32 addrspace(3)* %195
	%196 = add i32 %0, 3584
	%197 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %196
	store i32 0, i32 addrspace(3)* %197
	%198 = add i32 %0, 3840
	%199 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %198
	store i32 0, i32 addrspace(3)* %199
	%200 = add i32 %0, u0x1000
	%201 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %200
	store i32 0, i32 addrspace(3)* %201
	%202 = add i32 %0, u0x1100
	%203 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %202
	store i32 0, i32 addrspace(3)* %203
	%204 = add i32 %0, 4608
	%205 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %204
	store i32 0, i32 addrspace(3)* %205
	%206 = add i32 %0, 4864
	%207 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %206
	store i32 0, i32 addrspace(3)* %207
	%208 = add i32 %0, 5120
	%209 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %208
	store i32 0, i32 addrspace(3)* %209
	%210 = add i32 %0, 5376
	%211 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %210
	store i32 0, i32 addrspace(3)* %211
	%212 = add i32 %0, 5632
	%213 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %212
	store i32 0, i32 addrspace(3)* %213
	%214 = add i32 %0, 5888
	%215 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %214
	store i32 0, i32 addrspace(3)* %215
	%216 = add i32 %0, 6144
	%217 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %216
	store i32 0, i32 addrspace(3)* %217
	%218 = add i32 %0, 6400
	%219 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %218
	store i32 0, i32 addrspace(3)* %219
	%220 = add i32 %0, 6656
	%221 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %220
	store i32 0, i32 addrspace(3)* %221
	%222 = add i32 %0, 6912
	%223 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %222
	store i32 0, i32 addrspace(3)* %223
	%224 = add i32 %0, 7168
	%225 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %224
	store i32 0, i32 addrspace(3)* %225
	%226 = add i32 %0, 7424
	%227 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %226
	store i32 0, i32 addrspace(3)* %227
	%228 = add i32 %0, 7680
	%229 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %228
	store i32 0, i32 addrspace(3)* %229
	%230 = add i32 %0, 7936
	%231 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %230
	store i32 0, i32 addrspace(3)* %231
	call void @llvm.nvvm.barrier0()
	br label %232

232:
	%233 = phi i32 [ %0, %buckets ], [ %247, %235 ]
	%234 = icmp slt i32 %233, %9
	br i1 %234, label %235, label %248

235:
	%236 = sext i32 %233 to i64
	%237 = getelementptr i32, i32* %44, i64 %236
	%238 = load i32, i32* %237
	%239 = bitcast i32 %238 to float
	%240 = fsub float %107, %239
	%241 = fmul float %240, %167
	%242 = fcmp olt float %241, 8191.0
	%243 = select i1 %242, float %241, float 8191.0
	%244 = fptoui float %243 to i32
	%245 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %244
	%246 = atomicrmw add i32 addrspace(3)* %245, i32 1 monotonic
	%247 = add i32 %233, 256
	br label %232

248:
	call void @llvm.nvvm.barrier0()
	%249 = mul i32 %0, 32
	%250 = add i32 %249, 0
	%251 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %250
	%252 = load i32, i32 addrspace(3)* %251
	%253 = add i32 0, %252
	%254 = sitofp i32 %252 to float
	%255 = fmul float %254, %254
	%256 = fadd float 0.0, %255
	%257 = add i32 %249, 1
	%258 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %257
	%259 = load i32, i32 addrspace(3)* %258
	%260 = add i32 %253, %259
	%261 = sitofp i32 %259 to float
	%262 = fmul float %261, %261
	%263 = fadd float %256, %262
	%264 = add i32 %249, 2
	%265 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %264
	%266 = load i32, i32 addrspace(3)* %265
	%267 = add i32 %260, %266
	%268 = sitofp i32 %266 to float
	%269 = fmul float %268, %268
	%270 = fadd float %263, %269
	%271 = add i32 %249, 3
	%272 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %271
	%273 = load i32, i32 addrspace(3)* %272
	%274 = add i32 %267, %273
	%275 = sitofp i32 %273 to float
	%276 = fmul float %275, %275
	%277 = fadd float %270, %276
	%278 = add i32 %249, 4
	%279 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %278
	%280 = load i32, i32 addrspace(3)* %279
	%281 = add i32 %274, %280
	%282 = sitofp i32 %280 to float
	%283 = fmul float %282, %282
	%284 = fadd float %277, %283
	%285 = add i32 %249, 5
	%286 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %285
	%287 = load i32, i32 addrspace(3)* %286
	%288 = add i32 %281, %287
	%289 = sitofp i32 %287 to float
	%290 = fmul float %289, %289
	%291 = fadd float %284, %290
	%292 = add i32 %249, 6
	%293 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %292
	%294 = load i32, i32 addrspace(3)* %293
	%295 = add i32 %288, %294
	%296 = sitofp i32 %294 to float
	%297 = fmul float %296, %296
	%298 = fadd float %291, %297
	%299 = add i32 %249, 7
	%300 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %299
	%301 = load i32, i32 addrspace(3)* %300
	%302 = add i32 %295, %301
	%303 = sitofp i32 %301 to float
	%304 = fmul float %303, %303
	%305 = fadd float %298, %304
	%306 = add i32 %249, 8
	%307 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %306
	%308 = load i32, i32 addrspace(3)* %307
	%309 = add i32 %302, %308
	%310 = sitofp i32 %308 to float
	%311 = fmul float %310, %310
	%312 = fadd float %305, %311
	%313 = add i32 %249, 9
	%314 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %313
	%315 = load i32, i32 addrspace(3)* %314
	%316 = add i32 %309, %315
	%317 = sitofp i32 %315 to float
	%318 = fmul float %317, %317
	%319 = fadd float %312, %318
	%320 = add i32 %249, 10
	%321 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %320
	%322 = load i32, i32 addrspace(3)* %321
	%323 = add i32 %316, %322
	%324 = sitofp i32 %322 to float
	%325 = fmul float %324, %324
	%326 = fadd float %319, %325
	%327 = add i32 %249, 11
	%328 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %327
	%329 = load i32, i32 addrspace(3)* %328
	%330 = add i32 %323, %329
	%331 = sitofp i32 %329 to float
	%332 = fmul float %331, %331
	%333 = fadd float %326, %332
	%334 = add i32 %249, 12
	%335 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %334
	%336 = load i32, i32 addrspace(3)* %335
	%337 = add i32 %330, %336
	%338 = sitofp i32 %336 to float
	%339 = fmul float %338, %338
	%340 = fadd float %333, %339
	%341 = add i32 %249, 13
	%342 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %341
	%343 = load i32, i32 addrspace(3)* %342
	%344 = add i32 %337, %343
	%345 = sitofp i32 %343 to float
	%346 = fmul float %345, %345
	%347 = fadd float %340, %346
	%348 = add i32 %249, 14
	%349 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %348
	%350 = load i32, i32 addrspace(3)* %349
	%351 = add i32 %344, %350
	%352 = sitofp i32 %350 to float
	%353 = fmul float %352, %352
	%354 = fadd float %347, %353
	%355 = add i32 %249, 15
	%356 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %355
	%357 = load i32, i32 addrspace(3)* %356
	%358 = add i32 %351, %357
	%359 = sitofp i32 %357 to float
	%360 = fmul float %359, %359
	%361 = fadd float %354, %360
	%362 = add i32 %249, 16
	%363 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %362
	%364 = load i32, i32 addrspace(3)* %363
	%365 = add i32 %358, %364
	%366 = sitofp i32 %364 to float
	%367 = fmul float %366, %366
	%368 = fadd float %361, %367
	%369 = add i32 %249, 17
	%370 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %369
	%371 = load i32, i32 addrspace(3)* %370
	%372 = add i32 %365, %371
	%373 = sitofp i32 %371 to float
	%374 = fmul float %373, %373
	%375 = fadd float %368, %374
	%376 = add i32 %249, 18
	%377 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %376
	%378 = load i32, i32 addrspace(3)* %377
	%379 = add i32 %372, %378
	%380 = sitofp i32 %378 to float
	%381 = fmul float %380, %380
	%382 = fadd float %375, %381
	%383 = add i32 %249, 19
	%384 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %383
	%385 = load i32, i32 addrspace(3)* %384
	%386 = add i32 %379, %385
	%387 = sitofp i32 %385 to float
	%388 = fmul float %387, %387
	%389 = fadd float %382, %388
	%390 = add i32 %249, 20
	%391 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %390
	%392 = load i32, i32 addrspace(3)* %391
	%393 = add i32 %386, %392
	%394 = sitofp i32 %392 to float
	%395 = fmul float %394, %394
	%396 = fadd float %389, %395
	%397 = add i32 %249, 21
	%398 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %397
	%399 = load i32, i32 addrspace(3)* %398
	%400 = add i32 %393, %399
	%401 = sitofp i32 %399 to float
	%402 = fmul float %401, %401
	%403 = fadd float %396, %402
	%404 = add i32 %249, 22
	%405 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %404
	%406 = load i32, i32 addrspace(3)* %405
	%407 = add i32 %400, %406
	%408 = sitofp i32 %406 to float
	%409 = fmul float %408, %408
	%410 = fadd float %403, %409
	%411 = add i32 %249, 23
	%412 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %411
	%413 = load i32, i32 addrspace(3)* %412
	%414 = add i32 %407, %413
	%415 = sitofp i32 %413 to float
	%416 = fmul float %415, %415
	%417 = fadd float %410, %416
	%418 = add i32 %249, 24
	%419 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %418
	%420 = load i32, i32 addrspace(3)* %419
	%421 = add i32 %414, %420
	%422 = sitofp i32 %420 to float
	%423 = fmul float %422, %422
	%424 = fadd float %417, %423
	%425 = add i32 %249, 25
	%426 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %425
	%427 = load i32, i32 addrspace(3)* %426
	%428 = add i32 %421, %427
	%429 = sitofp i32 %427 to float
	%430 = fmul float %429, %429
	%431 = fadd float %424, %430
	%432 = add i32 %249, 26
	%433 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %432
	%434 = load i32, i32 addrspace(3)* %433
	%435 = add i32 %428, %434
	%436 = sitofp i32 %434 to float
	%437 = fmul float %436, %436
	%438 = fadd float %431, %437
	%439 = add i32 %249, 27
	%440 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %439
	%441 = load i32, i32 addrspace(3)* %440
	%442 = add i32 %435, %441
	%443 = sitofp i32 %441 to float
	%444 = fmul float %443, %443
	%445 = fadd float %438, %444
	%446 = add i32 %249, 28
	%447 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %446
	%448 = load i32, i32 addrspace(3)* %447
	%449 = add i32 %442, %448
	%450 = sitofp i32 %448 to float
	%451 = fmul float %450, %450
	%452 = fadd float %445, %451
	%453 = add i32 %249, 29
	%454 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %453
	%455 = load i32, i32 addrspace(3)* %454
	%456 = add i32 %449, %455
	%457 = sitofp i32 %455 to float
	%458 = fmul float %457, %457
	%459 = fadd float %452, %458
	%460 = add i32 %249, 30
	%461 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %460
	%462 = load i32, i32 addrspace(3)* %461
	%463 = add i32 %456, %462
	%464 = sitofp i32 %462 to float
	%465 = fmul float %464, %464
	%466 = fadd float %459, %465
	%467 = add i32 %249, 31
	%468 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %467
	%469 = load i32, i32 addrspace(3)* %468
	%470 = add i32 %463, %469
	%471 = sitofp i32 %469 to float
	%472 = fmul float %471, %471
	%473 = fadd float %466, %472
	%474 = and i32 %0, 31
	%475 = lshr i32 %0, 5
	%476 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %470, i32 1, i32 0)
	%477 = icmp uge i32 %474, 1
	%478 = select i1 %477, i32 %476, i32 0
	%479 = add i32 %470, %478
	%480 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %479, i32 2, i32 0)
	%481 = icmp uge i32 %474, 2
	%482 = select i1 %481, i32 %480, i32 0
	%483 = add i32 %479, %482
	%484 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %483, i32 4, i32 0)
	%485 = icmp uge i32 %474, 4
	%486 = select i1 %485, i32 %484, i32 0
	%487 = add i32 %483, %486
	%488 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %487, i32 8, i32 0)
	%489 = icmp uge i32 %474, 8
	%490 = select i1 %489, i32 %488, i32 0
	%491 = add i32 %487, %490
	%492 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %491, i32 16, i32 0)
	%493 = icmp uge i32 %474, 16
	%494 = select i1 %493, i32 %492, i32 0
	%495 = add i32 %491, %494
	%496 = icmp eq i32 %474, 31
	br i1 %496, label %497, label %499

497:
	%498 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %475
	store i32 %495, i32 addrspace(3)* %498
	br label %499

499:
	call void @llvm.nvvm.barrier0()
	%500 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 0
	%501 = load i32, i32 addrspace(3)* %500
	%502 = icmp sgt i32 %475, 0
	%503 = select i1 %502, i32 %501, i32 0
	%504 = add i32 0, %503
	%505 = add i32 0, %501
	%506 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 1
	%507 = load i32, i32 addrspace(3)* %506
	%508 = icmp sgt i32 %475, 1
	%509 = select i1 %508, i32 %507, i32 0
	%510 = add i32 %504, %509
	%511 = add i32 %505, %507
	%512 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 2
	%513 = load i32, i32 addrspace(3)* %512
	%514 = icmp sgt i32 %475, 2
	%515 = select i1 %514, i32 %513, i32 0
	%516 = add i32 %510, %515
	%517 = add i32 %511, %513
	%518 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 3
	%519 = load i32, i32 addrspace(3)* %518
	%520 = icmp sgt i32 %475, 3
	%521 = select i1 %520, i32 %519, i32 0
	%522 = add i32 %516, %521
	%523 = add i32 %517, %519
	%524 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 4
	%525 = load i32, i32 addrspace(3)* %524
	%526 = icmp sgt i32 %475, 4
	%527 = select i1 %526, i32 %525, i32 0
	%528 = add i32 %522, %527
	%529 = add i32 %523, %525
	%530 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 5
	%531 = load i32, i32 addrspace(3)* %530
	%532 = icmp sgt i32 %475, 5
	%533 = select i1 %532, i32 %531, i32 0
	%534 = add i32 %528, %533
	%535 = add i32 %529, %531
	%536 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 6
	%537 = load i32, i32 addrspace(3)* %536
	%538 = icmp sgt i32 %475, 6
	%539 = select i1 %538, i32 %537, i32 0
	%540 = add i32 %534, %539
	%541 = add i32 %535, %537
	%542 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 7
	%543 = load i32, i32 addrspace(3)* %542
	%544 = icmp sgt i32 %475, 7
	%545 = select i1 %544, i32 %543, i32 0
	%546 = add i32 %540, %545
	%547 = add i32 %541, %543
	%548 = add i32 %546, %495
	%549 = sub i32 %548, %470
	%550 = add i32 %249, 0
	%551 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %550
	store i32 %549, i32 addrspace(3)* %551
	%552 = add i32 %549, %252
	%553 = add i32 %249, 1
	%554 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %553
	store i32 %552, i32 addrspace(3)* %554
	%555 = add i32 %552, %259
	%556 = add i32 %249, 2
	%557 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %556
	store i32 %555, i32 addrspace(3)* %557
	%558 = add i32 %555, %266
	%559 = add i32 %249, 3
	%560 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %559
	store i32 %558, i32 addrspace(3)* %560
	%561 = add i32 %558, %273
	%562 = add i32 %249, 4
	%563 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %562
	store i32 %561, i32 addrspace(3)* %563
	%564 = add i32 %561, %280
	%565 = add i32 %249, 5
	%566 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %565
	store i32 %564, i32 addrspace(3)* %566
	%567 = add i32 %564, %287
	%568 = add i32 %249, 6
	%569 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %568
	store i32 %567, i32 addrspace(3)* %569
	%570 = add i32 %567, %294
	%571 = add i32 %249, 7
	%572 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %571
	store i32 %570, i32 addrspace(3)* %572
	%573 = add i32 %570, %301
	%574 = add i32 %249, 8
	%575 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %574
	store i32 %573, i32 addrspace(3)* %575
	%576 = add i32 %573, %308
	%577 = add i32 %249, 9
	%578 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %577
	store i32 %576, i32 addrspace(3)* %578
	%579 = add i32 %576, %315
	%580 = add i32 %249, 10
	%581 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %580
	store i32 %579, i32 addrspace(3)* %581
	%582 = add i32 %579, %322
	%583 = add i32 %249, 11
	%584 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %583
	store i32 %582, i32 addrspace(3)* %584
	%585 = add i32 %582, %329
	%586 = add i32 %249, 12
	%587 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %586
	store i32 %585, i32 addrspace(3)* %587
	%588 = add i32 %585, %336
	%589 = add i32 %249, 13
	%590 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %589
	store i32 %588, i32 addrspace(3)* %590
	%591 = add i32 %588, %343
	%592 = add i32 %249, 14
	%593 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %592
	store i32 %591, i32 addrspace(3)* %593
	%594 = add i32 %591, %350
	%595 = add i32 %249, 15
	%596 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %595
	store i32 %594, i32 addrspace(3)* %596
	%597 = add i32 %594, %357
	%598 = add i32 %249, 16
	%599 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %598
	store i32 %597, i32 addrspace(3)* %599
	%600 = add i32 %597, %364
	%601 = add i32 %249, 17
	%602 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %601
	store i32 %600, i32 addrspace(3)* %602
	%603 = add i32 %600, %371
	%604 = add i32 %249, 18
	%605 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %604
	store i32 %603, i32 addrspace(3)* %605
	%606 = add i32 %603, %378
	%607 = add i32 %249, 19
	%608 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %607
	store i32 %606, i32 addrspace(3)* %608
	%609 = add i32 %606, %385
	%610 = add i32 %249, 20
	%611 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %610
	store i32 %609, i32 addrspace(3)* %611
	%612 = add i32 %609, %392
	%613 = add i32 %249, 21
	%614 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %613
	store i32 %612, i32 addrspace(3)* %614
	%615 = add i32 %612, %399
	%616 = add i32 %249, 22
	%617 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %616
	store i32 %615, i32 addrspace(3)* %617
	%618 = add i32 %615, %406
	%619 = add i32 %249, 23
	%620 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %619
	store i32 %618, i32 addrspace(3)* %620
	%621 = add i32 %618, %413
	%622 = add i32 %249, 24
	%623 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %622
	store i32 %621, i32 addrspace(3)* %623
	%624 = add i32 %621, %420
	%625 = add i32 %249, 25
	%626 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %625
	store i32 %624, i32 addrspace(3)* %626
	%627 = add i32 %624, %427
	%628 = add i32 %249, 26
	%629 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %628
	store i32 %627, i32 addrspace(3)* %629
	%630 = add i32 %627, %434
	%631 = add i32 %249, 27
	%632 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %631
	store i32 %630, i32 addrspace(3)* %632
	%633 = add i32 %630, %441
	%634 = add i32 %249, 28
	%635 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %634
	store i32 %633, i32 addrspace(3)* %635
	%636 = add i32 %633, %448
	%637 = add i32 %249, 29
	%638 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %637
	store i32 %636, i32 addrspace(3)* %638
	%639 = add i32 %636, %455
	%640 = add i32 %249, 30
	%641 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %640
	store i32 %639, i32 addrspace(3)* %641
	%642 = add i32 %639, %462
	%643 = add i32 %249, 31
	%644 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %643
	store i32 %642, i32 addrspace(3)* %644
	%645 = add i32 %642, %469
	%646 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %473, i32 16, i32 31)
	%647 = fadd float %473, %646
	%648 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %647, i32 8, i32 31)
	%649 = fadd float %647, %648
	%650 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %649, i32 4, i32 31)
	%651 = fadd float %649, %650
	%652 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %651, i32 2, i32 31)
	%653 = fadd float %651, %652
	%654 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %653, i32 1, i32 31)
	%655 = fadd float %653, %654
	%656 = lshr i32 %0, 5
	%657 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%658 = icmp eq i32 %657, 0
	%659 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 %656
	br i1 %658, label %660, label %661

660:
	store float %655, float addrspace(3)* %659
	br label %661

661:
	call void @llvm.nvvm.barrier0()
	%662 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 0
	%663 = load float, float addrspace(3)* %662
	%664 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 1
	%665 = load float, float addrspace(3)* %664
	%666 = fadd float %663, %665
	%667 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 2
	%668 = load float, float addrspace(3)* %667
	%669 = fadd float %666, %668
	%670 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 3
	%671 = load float, float addrspace(3)* %670
	%672 = fadd float %669, %671
	%673 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 4
	%674 = load float, float addrspace(3)* %673
	%675 = fadd float %672, %674
	%676 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 5
	%677 = load float, float addrspace(3)* %676
	%678 = fadd float %675, %677
	%679 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 6
	%680 = load float, float addrspace(3)* %679
	%681 = fadd float %678, %680
	%682 = getelementptr [32 x float], [32 x float] addrspace(3)* @s2o_permute0_red, i32 0, i32 7
	%683 = load float, float addrspace(3)* %682
	%684 = fadd float %681, %683
	%685 = sitofp i32 %9 to float
	%686 = fmul float %685, 64.0
	%687 = fcmp ole float %684, %686
	br i1 %687, label %scatter, label %radix

scatter:
	br label %688

688:
	%689 = phi i32 [ %0, %scatter ], [ %714, %691 ]
	%690 = icmp slt i32 %689, %9
	br i1 %690, label %691, label %715

691:
	%692 = sext i32 %689 to i64
	%693 = getelementptr i32, i32* %44, i64 %692
	%694 = load i32, i32* %693
	%695 = bitcast i32 %694 to float
	%696 = fsub float %107, %695
	%697 = fmul float %696, %167
	%698 = fcmp olt float %697, 8191.0
	%699 = select i1 %698, float %697, float 8191.0
	%700 = fptoui float %699 to i32
	%701 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %700
	%702 = atomicrmw add i32 addrspace(3)* %701, i32 1 monotonic
	%703 = bitcast float %695 to i32
	%704 = icmp slt i32 %703, 0
	%705 = select i1 %704, i32 -1, i32 -2147483648
	%706 = xor i32 %703, %705
	%707 = xor i32 %706, -1
	%708 = zext i32 %707 to i64
	%709 = shl i64 %708, 32
	%710 = zext i32 %689 to i64
	%711 = or i64 %709, %710
	%712 = sext i32 %702 to i64
	%713 = getelementptr i64, i64* %51, i64 %712
	store i64 %711, i64* %713
	%714 = add i32 %689, 256
	br label %688

715:
	call void @llvm.nvvm.barrier0()
	br label %716

716:
	%717 = phi i32 [ %0, %715 ], [ %761, %757 ]
	%718 = icmp slt i32 %717, %9
	br i1 %718, label %719, label %738

719:
	%720 = sext i32 %717 to i64
	%721 = getelementptr i64, i64* %51, i64 %720
	%722 = load i64, i64* %721
	%723 = lshr i64 %722, 32
	%724 = trunc i64 %723 to i32
	%725 = xor i32 %724, -1
	%726 = icmp slt i32 %725, 0
	%727 = xor i32 %725, -2147483648
	%728 = select i1 %726, i32 %727, i32 %724
	%729 = bitcast i32 %728 to float
	%730 = fsub float %107, %729
	%731 = fmul float %730, %167
	%732 = fcmp olt float %731, 8191.0
	%733 = select i1 %732, float %731, float 8191.0
	%734 = fptoui float %733 to i32
	%735 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %734
	%736 = load i32, i32 addrspace(3)* %735
	%737 = icmp sgt i32 %734, 0
	br i1 %737, label %739, label %743

738:
	ret void

739:
	%740 = sub i32 %734, 1
	%741 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %740
	%742 = load i32, i32 addrspace(3)* %741
	br label %743

743:
	%744 = phi i32 [ 0, %719 ], [ %742, %739 ]
	br label %745

745:
	%746 = phi i32 [ %744, %743 ], [ %756, %749 ]
	%747 = phi i32 [ %744, %743 ], [ %755, %749 ]
	%748 = icmp slt i32 %746, %736
	br i1 %748, label %749, label %757

749:
	%750 = sext i32 %746 to i64
	%751 = getelementptr i64, i64* %51, i64 %750
	%752 = load i64, i64* %751
	%753 = icmp ult i64 %752, %722
	%754 = zext i1 %753 to i32
	%755 = add i32 %747, %754
	%756 = add i32 %746, 1
	br label %745

757:
	%758 = trunc i64 %722 to i32
	%759 = sext i32 %747 to i64
	%760 = getelementptr i32, i32* %15, i64 %759
	store i32 %758, i32* %760
	%761 = add i32 %717, 256
	br label %716

762:
	%763 = phi i32 [ %0, %radix ], [ %799, %765 ]
	%764 = icmp slt i32 %763, %9
	br i1 %764, label %765, label %800

765:
	%766 = sext i32 %763 to i64
	%767 = getelementptr i32, i32* %44, i64 %766
	%768 = load i32, i32* %767
	%769 = bitcast i32 %768 to float
	%770 = bitcast float %769 to i32
	%771 = icmp slt i32 %770, 0
	%772 = select i1 %771, i32 -1, i32 -2147483648
	%773 = xor i32 %770, %772
	%774 = xor i32 %773, -1
	%775 = sext i32 %763 to i64
	%776 = getelementptr i32, i32* %44, i64 %775
	store i32 %774, i32* %776
	%777 = sext i32 %763 to i64
	%778 = getelementptr i32, i32* %15, i64 %777
	store i32 %763, i32* %778
	%779 = lshr i32 %774, 0
	%780 = and i32 %779, 255
	%781 = add i32 %780, 0
	%782 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %781
	%783 = atomicrmw add i32 addrspace(3)* %782, i32 1 monotonic
	%784 = lshr i32 %774, 8
	%785 = and i32 %784, 255
	%786 = add i32 %785, 256
	%787 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %786
	%788 = atomicrmw add i32 addrspace(3)* %787, i32 1 monotonic
	%789 = lshr i32 %774, 16
	%790 = and i32 %789, 255
	%791 = add i32 %790, 512
	%792 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %791
	%793 = atomicrmw add i32 addrspace(3)* %792, i32 1 monotonic
	%794 = lshr i32 %774, 24
	%795 = and i32 %794, 255
	%796 = add i32 %795, 768
	%797 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %796
	%798 = atomicrmw add i32 addrspace(3)* %797, i32 1 monotonic
	%799 = add i32 %763, 256
	br label %762

800:
	call void @llvm.nvvm.barrier0()
	%801 = icmp ult i32 %4, 4
	br i1 %801, label %802, label %883

802:
	%803 = mul i32 %4, 256
	%804 = mul i32 %3, 8
	%805 = add i32 %803, %804
	%806 = add i32 %805, 0
	%807 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %806
	%808 = load i32, i32 addrspace(3)* %807
	%809 = add i32 0, %808
	%810 = add i32 %805, 1
	%811 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %810
	%812 = load i32, i32 addrspace(3)* %811
	%813 = add i32 %809, %812
	%814 = add i32 %805, 2
	%815 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %814
	%816 = load i32, i32 addrspace(3)* %815
	%817 = add i32 %813, %816
	%818 = add i32 %805, 3
	%819 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %818
	%820 = load i32, i32 addrspace(3)* %819
	%821 = add i32 %817, %820
	%822 = add i32 %805, 4
	%823 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %822
	%824 = load i32, i32 addrspace(3)* %823
	%825 = add i32 %821, %824
	%826 = add i32 %805, 5
	%827 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %826
	%828 = load i32, i32 addrspace(3)* %827
	%829 = add i32 %825, %828
	%830 = add i32 %805, 6
	%831 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %830
	%832 = load i32, i32 addrspace(3)* %831
	%833 = add i32 %829, %832
	%834 = add i32 %805, 7
	%835 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %834
	%836 = load i32, i32 addrspace(3)* %835
	%837 = add i32 %833, %836
	%838 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %837, i32 1, i32 0)
	%839 = icmp uge i32 %3, 1
	%840 = select i1 %839, i32 %838, i32 0
	%841 = add i32 %837, %840
	%842 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %841, i32 2, i32 0)
	%843 = icmp uge i32 %3, 2
	%844 = select i1 %843, i32 %842, i32 0
	%845 = add i32 %841, %844
	%846 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %845, i32 4, i32 0)
	%847 = icmp uge i32 %3, 4
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %845, %848
	%850 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %849, i32 8, i32 0)
	%851 = icmp uge i32 %3, 8
	%852 = select i1 %851, i32 %850, i32 0
	%853 = add i32 %849, %852
	%854 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %853, i32 16, i32 0)
	%855 = icmp uge i32 %3, 16
	%856 = select i1 %855, i32 %854, i32 0
	%857 = add i32 %853, %856
	%858 = sub i32 %857, %837
	%859 = add i32 %805, 0
	%860 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %859
	store i32 %858, i32 addrspace(3)* %860
	%861 = add i32 %858, %808
	%862 = add i32 %805, 1
	%863 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %862
	store i32 %861, i32 addrspace(3)* %863
	%864 = add i32 %861, %812
	%865 = add i32 %805, 2
	%866 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %865
	store i32 %864, i32 addrspace(3)* %866
	%867 = add i32 %864, %816
	%868 = add i32 %805, 3
	%869 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %868
	store i32 %867, i32 addrspace(3)* %869
	%870 = add i32 %867, %820
	%871 = add i32 %805, 4
	%872 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %871
	store i32 %870, i32 addrspace(3)* %872
	%873 = add i32 %870, %824
	%874 = add i32 %805, 5
	%875 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %874
	store i32 %873, i32 addrspace(3)* %875
	%876 = add i32 %873, %828
	%877 = add i32 %805, 6
	%878 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %877
	store i32 %876, i32 addrspace(3)* %878
	%879 = add i32 %876, %832
	%880 = add i32 %805, 7
	%881 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %880
	store i32 %879, i32 addrspace(3)* %881
	%882 = add i32 %879, %836
	br label %883

883:
	call void @llvm.nvvm.barrier0()
	%884 = shl i32 1, %3
	%885 = sub i32 %884, 1
	br label %886

886:
	%887 = phi i32 [ 0, %883 ], [ %1684, %1677 ]
	%888 = icmp slt i32 %887, %9
	br i1 %888, label %889, label %895

889:
	%890 = mul i32 %4, 256
	%891 = add i32 %890, %3
	%892 = add i32 %887, %891
	%893 = add i32 %892, 0
	%894 = icmp slt i32 %893, %9
	br i1 %894, label %896, label %903

895:
	call void @llvm.nvvm.barrier0()
	br label %1685

896:
	%897 = sext i32 %893 to i64
	%898 = getelementptr i32, i32* %44, i64 %897
	%899 = load i32, i32* %898
	%900 = sext i32 %893 to i64
	%901 = getelementptr i32, i32* %15, i64 %900
	%902 = load i32, i32* %901
	br label %903

903:
	%904 = phi i32 [ 0, %889 ], [ %899, %896 ]
	%905 = phi i32 [ 0, %889 ], [ %902, %896 ]
	%906 = lshr i32 %904, 0
	%907 = and i32 %906, 255
	%908 = add i32 %892, 32
	%909 = icmp slt i32 %908, %9
	br i1 %909, label %910, label %917

910:
	%911 = sext i32 %908 to i64
	%912 = getelementptr i32, i32* %44, i64 %911
	%913 = load i32, i32* %912
	%914 = sext i32 %908 to i64
	%915 = getelementptr i32, i32* %15, i64 %914
	%916 = load i32, i32* %915
	br label %917

917:
	%918 = phi i32 [ 0, %903 ], [ %913, %910 ]
	%919 = phi i32 [ 0, %903 ], [ %916, %910 ]
	%920 = lshr i32 %918, 0
	%921 = and i32 %920, 255
	%922 = add i32 %892, 64
	%923 = icmp slt i32 %922, %9
	br i1 %923, label %924, label %931

924:
	%925 = sext i32 %922 to i64
	%926 = getelementptr i32, i32* %44, i64 %925
	%927 = load i32, i32* %926
	%928 = sext i32 %922 to i64
	%929 = getelementptr i32, i32* %15, i64 %928
	%930 = load i32, i32* %929
	br label %931

931:
	%932 = phi i32 [ 0, %917 ], [ %927, %924 ]
	%933 = phi i32 [ 0, %917 ], [ %930, %924 ]
	%934 = lshr i32 %932, 0
	%935 = and i32 %934, 255
	%936 = add i32 %892, 96
	%937 = icmp slt i32 %936, %9
	br i1 %937, label %938, label %945

938:
	%939 = sext i32 %936 to i64
	%940 = getelementptr i32, i32* %44, i64 %939
	%941 = load i32, i32* %940
	%942 = sext i32 %936 to i64
	%943 = getelementptr i32, i32* %15, i64 %942
	%944 = load i32, i32* %943
	br label %945

945:
	%946 = phi i32 [ 0, %931 ], [ %941, %938 ]
	%947 = phi i32 [ 0, %931 ], [ %944, %938 ]
	%948 = lshr i32 %946, 0
	%949 = and i32 %948, 255
	%950 = add i32 %892, 128
	%951 = icmp slt i32 %950, %9
	br i1 %951, label %952, label %959

952:
	%953 = sext i32 %950 to i64
	%954 = getelementptr i32, i32* %44, i64 %953
	%955 = load i32, i32* %954
	%956 = sext i32 %950 to i64
	%957 = getelementptr i32, i32* %15, i64 %956
	%958 = load i32, i32* %957
	br label %959

959:
	%960 = phi i32 [ 0, %945 ], [ %955, %952 ]
	%961 = phi i32 [ 0, %945 ], [ %958, %952 ]
	%962 = lshr i32 %960, 0
	%963 = and i32 %962, 255
	%964 = add i32 %892, 160
	%965 = icmp slt i32 %964, %9
	br i1 %965, label %966, label %973

966:
	%967 = sext i32 %964 to i64
	%968 = getelementptr i32, i32* %44, i64 %967
	%969 = load i32, i32* %968
	%970 = sext i32 %964 to i64
	%971 = getelementptr i32, i32* %15, i64 %970
	%972 = load i32, i32* %971
	br label %973

973:
	%974 = phi i32 [ 0, %959 ], [ %969, %966 ]
	%975 = phi i32 [ 0, %959 ], [ %972, %966 ]
	%976 = lshr i32 %974, 0
	%977 = and i32 %976, 255
	%978 = add i32 %892, 192
	%979 = icmp slt i32 %978, %9
	br i1 %979, label %980, label %987

980:
	%981 = sext i32 %978 to i64
	%982 = getelementptr i32, i32* %44, i64 %981
	%983 = load i32, i32* %982
	%984 = sext i32 %978 to i64
	%985 = getelementptr i32, i32* %15, i64 %984
	%986 = load i32, i32* %985
	br label %987

987:
	%988 = phi i32 [ 0, %973 ], [ %983, %980 ]
	%989 = phi i32 [ 0, %973 ], [ %986, %980 ]
	%990 = lshr i32 %988, 0
	%991 = and i32 %990, 255
	%992 = add i32 %892, 224
	%993 = icmp slt i32 %992, %9
	br i1 %993, label %994, label %1001

994:
	%995 = sext i32 %992 to i64
	%996 = getelementptr i32, i32* %44, i64 %995
	%997 = load i32, i32* %996
	%998 = sext i32 %992 to i64
	%999 = getelementptr i32, i32* %15, i64 %998
	%1000 = load i32, i32* %999
	br label %1001

1001:
	%1002 = phi i32 [ 0, %987 ], [ %997, %994 ]
	%1003 = phi i32 [ 0, %987 ], [ %1000, %994 ]
	%1004 = lshr i32 %1002, 0
	%1005 = and i32 %1004, 255
	%1006 = select i1 %894, i32 %907, i32 256
	%1007 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1006)
	%1008 = and i32 %1007, %885
	%1009 = call i32 @llvm.ctpop.i32(i32 %1008)
	br i1 %894, label %1010, label %1015

1010:
	%1011 = mul i32 %4, 256
	%1012 = add i32 %1011, %907
	%1013 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1012
	%1014 = load i32, i32 addrspace(3)* %1013
	br label %1015

1015:
	%1016 = phi i32 [ 0, %1001 ], [ %1014, %1010 ]
	%1017 = add i32 %1016, %1009
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1018 = icmp eq i32 %1009, 0
	%1019 = and i1 %894, %1018
	br i1 %1019, label %1020, label %1026

1020:
	%1021 = call i32 @llvm.ctpop.i32(i32 %1007)
	%1022 = add i32 %1016, %1021
	%1023 = mul i32 %4, 256
	%1024 = add i32 %1023, %907
	%1025 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1024
	store i32 %1022, i32 addrspace(3)* %1025
	br label %1026

1026:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1027 = select i1 %909, i32 %921, i32 256
	%1028 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1027)
	%1029 = and i32 %1028, %885
	%1030 = call i32 @llvm.ctpop.i32(i32 %1029)
	br i1 %909, label %1031, label %1036

1031:
	%1032 = mul i32 %4, 256
	%1033 = add i32 %1032, %921
	%1034 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1033
	%1035 = load i32, i32 addrspace(3)* %1034
	br label %1036

1036:
	%1037 = phi i32 [ 0, %1026 ], [ %1035, %1031 ]
	%1038 = add i32 %1037, %1030
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1039 = icmp eq i32 %1030, 0
	%1040 = and i1 %909, %1039
	br i1 %1040, label %1041, label %1047

1041:
	%1042 = call i32 @llvm.ctpop.i32(i32 %1028)
	%1043 = add i32 %1037, %1042
	%1044 = mul i32 %4, 256
	%1045 = add i32 %1044, %921
	%1046 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1045
	store i32 %1043, i32 addrspace(3)* %1046
	br label %1047

1047:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1048 = select i1 %923, i32 %935, i32 256
	%1049 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1048)
	%1050 = and i32 %1049, %885
	%1051 = call i32 @llvm.ctpop.i32(i32 %1050)
	br i1 %923, label %1052, label %1057

1052:
	%1053 = mul i32 %4, 256
	%1054 = add i32 %1053, %935
	%1055 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1054
	%1056 = load i32, i32 addrspace(3)* %1055
	br label %1057

1057:
	%1058 = phi i32 [ 0, %1047 ], [ %1056, %1052 ]
	%1059 = add i32 %1058, %1051
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1060 = icmp eq i32 %1051, 0
	%1061 = and i1 %923, %1060
	br i1 %1061, label %1062, label %1068

1062:
	%1063 = call i32 @llvm.ctpop.i32(i32 %1049)
	%1064 = add i32 %1058, %1063
	%1065 = mul i32 %4, 256
	%1066 = add i32 %1065, %935
	%1067 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1066
	store i32 %1064, i32 addrspace(3)* %1067
	br label %1068

1068:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1069 = select i1 %937, i32 %949, i32 256
	%1070 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1069)
	%1071 = and i32 %1070, %885
	%1072 = call i32 @llvm.ctpop.i32(i32 %1071)
	br i1 %937, label %1073, label %1078

1073:
	%1074 = mul i32 %4, 256
	%1075 = add i32 %1074, %949
	%1076 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1075
	%1077 = load i32, i32 addrspace(3)* %1076
	br label %1078

1078:
	%1079 = phi i32 [ 0, %1068 ], [ %1077, %1073 ]
	%1080 = add i32 %1079, %1072
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1081 = icmp eq i32 %1072, 0
	%1082 = and i1 %937, %1081
	br i1 %1082, label %1083, label %1089

1083:
	%1084 = call i32 @llvm.ctpop.i32(i32 %1070)
	%1085 = add i32 %1079, %1084
	%1086 = mul i32 %4, 256
	%1087 = add i32 %1086, %949
	%1088 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1087
	store i32 %1085, i32 addrspace(3)* %1088
	br label %1089

1089:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1090 = select i1 %951, i32 %963, i32 256
	%1091 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1090)
	%1092 = and i32 %1091, %885
	%1093 = call i32 @llvm.ctpop.i32(i32 %1092)
	br i1 %951, label %1094, label %1099

1094:
	%1095 = mul i32 %4, 256
	%1096 = add i32 %1095, %963
	%1097 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1096
	%1098 = load i32, i32 addrspace(3)* %1097
	br label %1099

1099:
	%1100 = phi i32 [ 0, %1089 ], [ %1098, %1094 ]
	%1101 = add i32 %1100, %1093
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1102 = icmp eq i32 %1093, 0
	%1103 = and i1 %951, %1102
	br i1 %1103, label %1104, label %1110

1104:
	%1105 = call i32 @llvm.ctpop.i32(i32 %1091)
	%1106 = add i32 %1100, %1105
	%1107 = mul i32 %4, 256
	%1108 = add i32 %1107, %963
	%1109 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1108
	store i32 %1106, i32 addrspace(3)* %1109
	br label %1110

1110:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1111 = select i1 %965, i32 %977, i32 256
	%1112 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1111)
	%1113 = and i32 %1112, %885
	%1114 = call i32 @llvm.ctpop.i32(i32 %1113)
	br i1 %965, label %1115, label %1120

1115:
	%1116 = mul i32 %4, 256
	%1117 = add i32 %1116, %977
	%1118 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1117
	%1119 = load i32, i32 addrspace(3)* %1118
	br label %1120

1120:
	%1121 = phi i32 [ 0, %1110 ], [ %1119, %1115 ]
	%1122 = add i32 %1121, %1114
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1123 = icmp eq i32 %1114, 0
	%1124 = and i1 %965, %1123
	br i1 %1124, label %1125, label %1131

1125:
	%1126 = call i32 @llvm.ctpop.i32(i32 %1112)
	%1127 = add i32 %1121, %1126
	%1128 = mul i32 %4, 256
	%1129 = add i32 %1128, %977
	%1130 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1129
	store i32 %1127, i32 addrspace(3)* %1130
	br label %1131

1131:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1132 = select i1 %979, i32 %991, i32 256
	%1133 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1132)
	%1134 = and i32 %1133, %885
	%1135 = call i32 @llvm.ctpop.i32(i32 %1134)
	br i1 %979, label %1136, label %1141

1136:
	%1137 = mul i32 %4, 256
	%1138 = add i32 %1137, %991
	%1139 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1138
	%1140 = load i32, i32 addrspace(3)* %1139
	br label %1141

1141:
	%1142 = phi i32 [ 0, %1131 ], [ %1140, %1136 ]
	%1143 = add i32 %1142, %1135
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1144 = icmp eq i32 %1135, 0
	%1145 = and i1 %979, %1144
	br i1 %1145, label %1146, label %1152

1146:
	%1147 = call i32 @llvm.ctpop.i32(i32 %1133)
	%1148 = add i32 %1142, %1147
	%1149 = mul i32 %4, 256
	%1150 = add i32 %1149, %991
	%1151 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1150
	store i32 %1148, i32 addrspace(3)* %1151
	br label %1152

1152:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1153 = select i1 %993, i32 %1005, i32 256
	%1154 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1153)
	%1155 = and i32 %1154, %885
	%1156 = call i32 @llvm.ctpop.i32(i32 %1155)
	br i1 %993, label %1157, label %1162

1157:
	%1158 = mul i32 %4, 256
	%1159 = add i32 %1158, %1005
	%1160 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1159
	%1161 = load i32, i32 addrspace(3)* %1160
	br label %1162

1162:
	%1163 = phi i32 [ 0, %1152 ], [ %1161, %1157 ]
	%1164 = add i32 %1163, %1156
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1165 = icmp eq i32 %1156, 0
	%1166 = and i1 %993, %1165
	br i1 %1166, label %1167, label %1173

1167:
	%1168 = call i32 @llvm.ctpop.i32(i32 %1154)
	%1169 = add i32 %1163, %1168
	%1170 = mul i32 %4, 256
	%1171 = add i32 %1170, %1005
	%1172 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1171
	store i32 %1169, i32 addrspace(3)* %1172
	br label %1173

1173:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%1174 = mul i32 0, 256
	%1175 = add i32 %1174, %0
	%1176 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1175
	%1177 = load i32, i32 addrspace(3)* %1176
	%1178 = mul i32 0, 256
	%1179 = add i32 %1178, %0
	%1180 = add i32 2048, %1179
	%1181 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1180
	store i32 0, i32 addrspace(3)* %1181
	%1182 = mul i32 0, 256
	%1183 = add i32 %1182, %0
	%1184 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1183
	store i32 0, i32 addrspace(3)* %1184
	%1185 = add i32 0, %1177
	%1186 = mul i32 1, 256
	%1187 = add i32 %1186, %0
	%1188 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1187
	%1189 = load i32, i32 addrspace(3)* %1188
	%1190 = mul i32 1, 256
	%1191 = add i32 %1190, %0
	%1192 = add i32 2048, %1191
	%1193 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1192
	store i32 %1185, i32 addrspace(3)* %1193
	%1194 = mul i32 1, 256
	%1195 = add i32 %1194, %0
	%1196 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1195
	store i32 0, i32 addrspace(3)* %1196
	%1197 = add i32 %1185, %1189
	%1198 = mul i32 2, 256
	%1199 = add i32 %1198, %0
	%1200 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1199
	%1201 = load i32, i32 addrspace(3)* %1200
	%1202 = mul i32 2, 256
	%1203 = add i32 %1202, %0
	%1204 = add i32 2048, %1203
	%1205 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1204
	store i32 %1197, i32 addrspace(3)* %1205
	%1206 = mul i32 2, 256
	%1207 = add i32 %1206, %0
	%1208 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1207
	store i32 0, i32 addrspace(3)* %1208
	%1209 = add i32 %1197, %1201
	%1210 = mul i32 3, 256
	%1211 = add i32 %1210, %0
	%1212 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1211
	%1213 = load i32, i32 addrspace(3)* %1212
	%1214 = mul i32 3, 256
	%1215 = add i32 %1214, %0
	%1216 = add i32 2048, %1215
	%1217 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1216
	store i32 %1209, i32 addrspace(3)* %1217
	%1218 = mul i32 3, 256
	%1219 = add i32 %1218, %0
	%1220 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1219
	store i32 0, i32 addrspace(3)* %1220
	%1221 = add i32 %1209, %1213
	%1222 = mul i32 4, 256
	%1223 = add i32 %1222, %0
	%1224 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1223
	%1225 = load i32, i32 addrspace(3)* %1224
	%1226 = mul i32 4, 256
	%1227 = add i32 %1226, %0
	%1228 = add i32 2048, %1227
	%1229 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1228
	store i32 %1221, i32 addrspace(3)* %1229
	%1230 = mul i32 4, 256
	%1231 = add i32 %1230, %0
	%1232 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1231
	store i32 0, i32 addrspace(3)* %1232
	%1233 = add i32 %1221, %1225
	%1234 = mul i32 5, 256
	%1235 = add i32 %1234, %0
	%1236 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1235
	%1237 = load i32, i32 addrspace(3)* %1236
	%1238 = mul i32 5, 256
	%1239 = add i32 %1238, %0
	%1240 = add i32 2048, %1239
	%1241 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1240
	store i32 %1233, i32 addrspace(3)* %1241
	%1242 = mul i32 5, 256
	%1243 = add i32 %1242, %0
	%1244 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1243
	store i32 0, i32 addrspace(3)* %1244
	%1245 = add i32 %1233, %1237
	%1246 = mul i32 6, 256
	%1247 = add i32 %1246, %0
	%1248 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1247
	%1249 = load i32, i32 addrspace(3)* %1248
	%1250 = mul i32 6, 256
	%1251 = add i32 %1250, %0
	%1252 = add i32 2048, %1251
	%1253 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1252
	store i32 %1245, i32 addrspace(3)* %1253
	%1254 = mul i32 6, 256
	%1255 = add i32 %1254, %0
	%1256 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1255
	store i32 0, i32 addrspace(3)* %1256
	%1257 = add i32 %1245, %1249
	%1258 = mul i32 7, 256
	%1259 = add i32 %1258, %0
	%1260 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1259
	%1261 = load i32, i32 addrspace(3)* %1260
	%1262 = mul i32 7, 256
	%1263 = add i32 %1262, %0
	%1264 = add i32 2048, %1263
	%1265 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1264
	store i32 %1257, i32 addrspace(3)* %1265
	%1266 = mul i32 7, 256
	%1267 = add i32 %1266, %0
	%1268 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1267
	store i32 0, i32 addrspace(3)* %1268
	%1269 = add i32 %1257, %1261
	call void @llvm.nvvm.barrier0()
	%1270 = select i1 %894, i32 %907, i32 0
	%1271 = mul i32 %4, 256
	%1272 = add i32 %1271, %1270
	%1273 = add i32 2048, %1272
	%1274 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1273
	%1275 = load i32, i32 addrspace(3)* %1274
	%1276 = add i32 %1017, %1275
	%1277 = select i1 %909, i32 %921, i32 0
	%1278 = mul i32 %4, 256
	%1279 = add i32 %1278, %1277
	%1280 = add i32 2048, %1279
	%1281 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1280
	%1282 = load i32, i32 addrspace(3)* %1281
	%1283 = add i32 %1038, %1282
	%1284 = select i1 %923, i32 %935, i32 0
	%1285 = mul i32 %4, 256
	%1286 = add i32 %1285, %1284
	%1287 = add i32 2048, %1286
	%1288 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1287
	%1289 = load i32, i32 addrspace(3)* %1288
	%1290 = add i32 %1059, %1289
	%1291 = select i1 %937, i32 %949, i32 0
	%1292 = mul i32 %4, 256
	%1293 = add i32 %1292, %1291
	%1294 = add i32 2048, %1293
	%1295 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1294
	%1296 = load i32, i32 addrspace(3)* %1295
	%1297 = add i32 %1080, %1296
	%1298 = select i1 %951, i32 %963, i32 0
	%1299 = mul i32 %4, 256
	%1300 = add i32 %1299, %1298
	%1301 = add i32 2048, %1300
	%1302 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1301
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = add i32 %1101, %1303
	%1305 = select i1 %965, i32 %977, i32 0
	%1306 = mul i32 %4, 256
	%1307 = add i32 %1306, %1305
	%1308 = add i32 2048, %1307
	%1309 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1308
	%1310 = load i32, i32 addrspace(3)* %1309
	%1311 = add i32 %1122, %1310
	%1312 = select i1 %979, i32 %991, i32 0
	%1313 = mul i32 %4, 256
	%1314 = add i32 %1313, %1312
	%1315 = add i32 2048, %1314
	%1316 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1315
	%1317 = load i32, i32 addrspace(3)* %1316
	%1318 = add i32 %1143, %1317
	%1319 = select i1 %993, i32 %1005, i32 0
	%1320 = mul i32 %4, 256
	%1321 = add i32 %1320, %1319
	%1322 = add i32 2048, %1321
	%1323 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1322
	%1324 = load i32, i32 addrspace(3)* %1323
	%1325 = add i32 %1164, %1324
	%1326 = and i32 %0, 31
	%1327 = lshr i32 %0, 5
	%1328 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1269, i32 1, i32 0)
	%1329 = icmp uge i32 %1326, 1
	%1330 = select i1 %1329, i32 %1328, i32 0
	%1331 = add i32 %1269, %1330
	%1332 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1331, i32 2, i32 0)
	%1333 = icmp uge i32 %1326, 2
	%1334 = select i1 %1333, i32 %1332, i32 0
	%1335 = add i32 %1331, %1334
	%1336 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1335, i32 4, i32 0)
	%1337 = icmp uge i32 %1326, 4
	%1338 = select i1 %1337, i32 %1336, i32 0
	%1339 = add i32 %1335, %1338
	%1340 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1339, i32 8, i32 0)
	%1341 = icmp uge i32 %1326, 8
	%1342 = select i1 %1341, i32 %1340, i32 0
	%1343 = add i32 %1339, %1342
	%1344 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1343, i32 16, i32 0)
	%1345 = icmp uge i32 %1326, 16
	%1346 = select i1 %1345, i32 %1344, i32 0
	%1347 = add i32 %1343, %1346
	%1348 = icmp eq i32 %1326, 31
	br i1 %1348, label %1349, label %1351

1349:
	%1350 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %1327
	store i32 %1347, i32 addrspace(3)* %1350
	br label %1351

1351:
	call void @llvm.nvvm.barrier0()
	%1352 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%1353 = load i32, i32 addrspace(3)* %1352
	%1354 = icmp sgt i32 %1327, 0
	%1355 = select i1 %1354, i32 %1353, i32 0
	%1356 = add i32 0, %1355
	%1357 = add i32 0, %1353
	%1358 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%1359 = load i32, i32 addrspace(3)* %1358
	%1360 = icmp sgt i32 %1327, 1
	%1361 = select i1 %1360, i32 %1359, i32 0
	%1362 = add i32 %1356, %1361
	%1363 = add i32 %1357, %1359
	%1364 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%1365 = load i32, i32 addrspace(3)* %1364
	%1366 = icmp sgt i32 %1327, 2
	%1367 = select i1 %1366, i32 %1365, i32 0
	%1368 = add i32 %1362, %1367
	%1369 = add i32 %1363, %1365
	%1370 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%1371 = load i32, i32 addrspace(3)* %1370
	%1372 = icmp sgt i32 %1327, 3
	%1373 = select i1 %1372, i32 %1371, i32 0
	%1374 = add i32 %1368, %1373
	%1375 = add i32 %1369, %1371
	%1376 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%1377 = load i32, i32 addrspace(3)* %1376
	%1378 = icmp sgt i32 %1327, 4
	%1379 = select i1 %1378, i32 %1377, i32 0
	%1380 = add i32 %1374, %1379
	%1381 = add i32 %1375, %1377
	%1382 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%1383 = load i32, i32 addrspace(3)* %1382
	%1384 = icmp sgt i32 %1327, 5
	%1385 = select i1 %1384, i32 %1383, i32 0
	%1386 = add i32 %1380, %1385
	%1387 = add i32 %1381, %1383
	%1388 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%1389 = load i32, i32 addrspace(3)* %1388
	%1390 = icmp sgt i32 %1327, 6
	%1391 = select i1 %1390, i32 %1389, i32 0
	%1392 = add i32 %1386, %1391
	%1393 = add i32 %1387, %1389
	%1394 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%1395 = load i32, i32 addrspace(3)* %1394
	%1396 = icmp sgt i32 %1327, 7
	%1397 = select i1 %1396, i32 %1395, i32 0
	%1398 = add i32 %1392, %1397
	%1399 = add i32 %1393, %1395
	%1400 = add i32 %1398, %1347
	%1401 = sub i32 %1400, %1269
	%1402 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %1401, i32 addrspace(3)* %1402
	call void @llvm.nvvm.barrier0()
	br i1 %894, label %1403, label %1411

1403:
	%1404 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %907
	%1405 = load i32, i32 addrspace(3)* %1404
	%1406 = add i32 %1405, %1276
	%1407 = add i32 %1406, u0x1000
	%1408 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1407
	store i32 %904, i32 addrspace(3)* %1408
	%1409 = add i32 %1406, 6144
	%1410 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1409
	store i32 %905, i32 addrspace(3)* %1410
	br label %1411

1411:
	br i1 %909, label %1412, label %1420

1412:
	%1413 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %921
	%1414 = load i32, i32 addrspace(3)* %1413
	%1415 = add i32 %1414, %1283
	%1416 = add i32 %1415, u0x1000
	%1417 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1416
	store i32 %918, i32 addrspace(3)* %1417
	%1418 = add i32 %1415, 6144
	%1419 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1418
	store i32 %919, i32 addrspace(3)* %1419
	br label %1420

1420:
	br i1 %923, label %1421, label %1429

1421:
	%1422 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %935
	%1423 = load i32, i32 addrspace(3)* %1422
	%1424 = add i32 %1423, %1290
	%1425 = add i32 %1424, u0x1000
	%1426 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1425
	store i32 %932, i32 addrspace(3)* %1426
	%1427 = add i32 %1424, 6144
	%1428 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1427
	store i32 %933, i32 addrspace(3)* %1428
	br label %1429

1429:
	br i1 %937, label %1430, label %1438

1430:
	%1431 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %949
	%1432 = load i32, i32 addrspace(3)* %1431
	%1433 = add i32 %1432, %1297
	%1434 = add i32 %1433, u0x1000
	%1435 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1434
	store i32 %946, i32 addrspace(3)* %1435
	%1436 = add i32 %1433, 6144
	%1437 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1436
	store i32 %947, i32 addrspace(3)* %1437
	br label %1438

1438:
	br i1 %951, label %1439, label %1447

1439:
	%1440 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %963
	%1441 = load i32, i32 addrspace(3)* %1440
	%1442 = add i32 %1441, %1304
	%1443 = add i32 %1442, u0x1000
	%1444 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1443
	store i32 %960, i32 addrspace(3)* %1444
	%1445 = add i32 %1442, 6144
	%1446 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1445
	store i32 %961, i32 addrspace(3)* %1446
	br label %1447

1447:
	br i1 %965, label %1448, label %1456

1448:
	%1449 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %977
	%1450 = load i32, i32 addrspace(3)* %1449
	%1451 = add i32 %1450, %1311
	%1452 = add i32 %1451, u0x1000
	%1453 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1452
	store i32 %974, i32 addrspace(3)* %1453
	%1454 = add i32 %1451, 6144
	%1455 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1454
	store i32 %975, i32 addrspace(3)* %1455
	br label %1456

1456:
	br i1 %979, label %1457, label %1465

1457:
	%1458 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %991
	%1459 = load i32, i32 addrspace(3)* %1458
	%1460 = add i32 %1459, %1318
	%1461 = add i32 %1460, u0x1000
	%1462 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1461
	store i32 %988, i32 addrspace(3)* %1462
	%1463 = add i32 %1460, 6144
	%1464 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1463
	store i32 %989, i32 addrspace(3)* %1464
	br label %1465

1465:
	br i1 %993, label %1466, label %1474

1466:
	%1467 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1005
	%1468 = load i32, i32 addrspace(3)* %1467
	%1469 = add i32 %1468, %1325
	%1470 = add i32 %1469, u0x1000
	%1471 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1470
	store i32 %1002, i32 addrspace(3)* %1471
	%1472 = add i32 %1469, 6144
	%1473 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1472
	store i32 %1003, i32 addrspace(3)* %1473
	br label %1474

1474:
	call void @llvm.nvvm.barrier0()
	%1475 = sub i32 %9, %887
	%1476 = icmp slt i32 2048, %1475
	%1477 = select i1 %1476, i32 2048, i32 %1475
	%1478 = add i32 0, %0
	%1479 = icmp slt i32 %1478, %1477
	br i1 %1479, label %1480, label %1502

1480:
	%1481 = add i32 %1478, u0x1000
	%1482 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1481
	%1483 = load i32, i32 addrspace(3)* %1482
	%1484 = lshr i32 %1483, 0
	%1485 = and i32 %1484, 255
	%1486 = add i32 %1485, 0
	%1487 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1486
	%1488 = load i32, i32 addrspace(3)* %1487
	%1489 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1485
	%1490 = load i32, i32 addrspace(3)* %1489
	%1491 = sub i32 %1478, %1490
	%1492 = add i32 %1488, %1491
	%1493 = mul i32 %1492, 2
	%1494 = sext i32 %1493 to i64
	%1495 = getelementptr i32, i32* %50, i64 %1494
	store i32 %1483, i32* %1495
	%1496 = add i32 %1478, 6144
	%1497 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1496
	%1498 = load i32, i32 addrspace(3)* %1497
	%1499 = mul i32 %1492, 2
	%1500 = sext i32 %1499 to i64
	%1501 = getelementptr i32, i32* %49, i64 %1500
	store i32 %1498, i32* %1501
	br label %1502

1502:
	%1503 = add i32 256, %0
	%1504 = icmp slt i32 %1503, %1477
	br i1 %1504, label %1505, label %1527

1505:
	%1506 = add i32 %1503, u0x1000
	%1507 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1506
	%1508 = load i32, i32 addrspace(3)* %1507
	%1509 = lshr i32 %1508, 0
	%1510 = and i32 %1509, 255
	%1511 = add i32 %1510, 0
	%1512 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1511
	%1513 = load i32, i32 addrspace(3)* %1512
	%1514 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1510
	%1515 = load i32, i32 addrspace(3)* %1514
	%1516 = sub i32 %1503, %1515
	%1517 = add i32 %1513, %1516
	%1518 = mul i32 %1517, 2
	%1519 = sext i32 %1518 to i64
	%1520 = getelementptr i32, i32* %50, i64 %1519
	store i32 %1508, i32* %1520
	%1521 = add i32 %1503, 6144
	%1522 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1521
	%1523 = load i32, i32 addrspace(3)* %1522
	%1524 = mul i32 %1517, 2
	%1525 = sext i32 %1524 to i64
	%1526 = getelementptr i32, i32* %49, i64 %1525
	store i32 %1523, i32* %1526
	br label %1527

1527:
	%1528 = add i32 512, %0
	%1529 = icmp slt i32 %1528, %1477
	br i1 %1529, label %1530, label %1552

1530:
	%1531 = add i32 %1528, u0x1000
	%1532 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1531
	%1533 = load i32, i32 addrspace(3)* %1532
	%1534 = lshr i32 %1533, 0
	%1535 = and i32 %1534, 255
	%1536 = add i32 %1535, 0
	%1537 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1536
	%1538 = load i32, i32 addrspace(3)* %1537
	%1539 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1535
	%1540 = load i32, i32 addrspace(3)* %1539
	%1541 = sub i32 %1528, %1540
	%1542 = add i32 %1538, %1541
	%1543 = mul i32 %1542, 2
	%1544 = sext i32 %1543 to i64
	%1545 = getelementptr i32, i32* %50, i64 %1544
	store i32 %1533, i32* %1545
	%1546 = add i32 %1528, 6144
	%1547 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1546
	%1548 = load i32, i32 addrspace(3)* %1547
	%1549 = mul i32 %1542, 2
	%1550 = sext i32 %1549 to i64
	%1551 = getelementptr i32, i32* %49, i64 %1550
	store i32 %1548, i32* %1551
	br label %1552

1552:
	%1553 = add i32 768, %0
	%1554 = icmp slt i32 %1553, %1477
	br i1 %1554, label %1555, label %1577

1555:
	%1556 = add i32 %1553, u0x1000
	%1557 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1556
	%1558 = load i32, i32 addrspace(3)* %1557
	%1559 = lshr i32 %1558, 0
	%1560 = and i32 %1559, 255
	%1561 = add i32 %1560, 0
	%1562 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1561
	%1563 = load i32, i32 addrspace(3)* %1562
	%1564 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1560
	%1565 = load i32, i32 addrspace(3)* %1564
	%1566 = sub i32 %1553, %1565
	%1567 = add i32 %1563, %1566
	%1568 = mul i32 %1567, 2
	%1569 = sext i32 %1568 to i64
	%1570 = getelementptr i32, i32* %50, i64 %1569
	store i32 %1558, i32* %1570
	%1571 = add i32 %1553, 6144
	%1572 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1571
	%1573 = load i32, i32 addrspace(3)* %1572
	%1574 = mul i32 %1567, 2
	%1575 = sext i32 %1574 to i64
	%1576 = getelementptr i32, i32* %49, i64 %1575
	store i32 %1573, i32* %1576
	br label %1577

1577:
	%1578 = add i32 1024, %0
	%1579 = icmp slt i32 %1578, %1477
	br i1 %1579, label %1580, label %1602

1580:
	%1581 = add i32 %1578, u0x1000
	%1582 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1581
	%1583 = load i32, i32 addrspace(3)* %1582
	%1584 = lshr i32 %1583, 0
	%1585 = and i32 %1584, 255
	%1586 = add i32 %1585, 0
	%1587 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1586
	%1588 = load i32, i32 addrspace(3)* %1587
	%1589 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1585
	%1590 = load i32, i32 addrspace(3)* %1589
	%1591 = sub i32 %1578, %1590
	%1592 = add i32 %1588, %1591
	%1593 = mul i32 %1592, 2
	%1594 = sext i32 %1593 to i64
	%1595 = getelementptr i32, i32* %50, i64 %1594
	store i32 %1583, i32* %1595
	%1596 = add i32 %1578, 6144
	%1597 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1596
	%1598 = load i32, i32 addrspace(3)* %1597
	%1599 = mul i32 %1592, 2
	%1600 = sext i32 %1599 to i64
	%1601 = getelementptr i32, i32* %49, i64 %1600
	store i32 %1598, i32* %1601
	br label %1602

1602:
	%1603 = add i32 1280, %0
	%1604 = icmp slt i32 %1603, %1477
	br i1 %1604, label %1605, label %1627

1605:
	%1606 = add i32 %1603, u0x1000
	%1607 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1606
	%1608 = load i32, i32 addrspace(3)* %1607
	%1609 = lshr i32 %1608, 0
	%1610 = and i32 %1609, 255
	%1611 = add i32 %1610, 0
	%1612 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1611
	%1613 = load i32, i32 addrspace(3)* %1612
	%1614 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1610
	%1615 = load i32, i32 addrspace(3)* %1614
	%1616 = sub i32 %1603, %1615
	%1617 = add i32 %1613, %1616
	%1618 = mul i32 %1617, 2
	%1619 = sext i32 %1618 to i64
	%1620 = getelementptr i32, i32* %50, i64 %1619
	store i32 %1608, i32* %1620
	%1621 = add i32 %1603, 6144
	%1622 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1621
	%1623 = load i32, i32 addrspace(3)* %1622
	%1624 = mul i32 %1617, 2
	%1625 = sext i32 %1624 to i64
	%1626 = getelementptr i32, i32* %49, i64 %1625
	store i32 %1623, i32* %1626
	br label %1627

1627:
	%1628 = add i32 1536, %0
	%1629 = icmp slt i32 %1628, %1477
	br i1 %1629, label %1630, label %1652

1630:
	%1631 = add i32 %1628, u0x1000
	%1632 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1631
	%1633 = load i32, i32 addrspace(3)* %1632
	%1634 = lshr i32 %1633, 0
	%1635 = and i32 %1634, 255
	%1636 = add i32 %1635, 0
	%1637 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1636
	%1638 = load i32, i32 addrspace(3)* %1637
	%1639 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1635
	%1640 = load i32, i32 addrspace(3)* %1639
	%1641 = sub i32 %1628, %1640
	%1642 = add i32 %1638, %1641
	%1643 = mul i32 %1642, 2
	%1644 = sext i32 %1643 to i64
	%1645 = getelementptr i32, i32* %50, i64 %1644
	store i32 %1633, i32* %1645
	%1646 = add i32 %1628, 6144
	%1647 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1646
	%1648 = load i32, i32 addrspace(3)* %1647
	%1649 = mul i32 %1642, 2
	%1650 = sext i32 %1649 to i64
	%1651 = getelementptr i32, i32* %49, i64 %1650
	store i32 %1648, i32* %1651
	br label %1652

1652:
	%1653 = add i32 1792, %0
	%1654 = icmp slt i32 %1653, %1477
	br i1 %1654, label %1655, label %1677

1655:
	%1656 = add i32 %1653, u0x1000
	%1657 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1656
	%1658 = load i32, i32 addrspace(3)* %1657
	%1659 = lshr i32 %1658, 0
	%1660 = and i32 %1659, 255
	%1661 = add i32 %1660, 0
	%1662 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1661
	%1663 = load i32, i32 addrspace(3)* %1662
	%1664 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1660
	%1665 = load i32, i32 addrspace(3)* %1664
	%1666 = sub i32 %1653, %1665
	%1667 = add i32 %1663, %1666
	%1668 = mul i32 %1667, 2
	%1669 = sext i32 %1668 to i64
	%1670 = getelementptr i32, i32* %50, i64 %1669
	store i32 %1658, i32* %1670
	%1671 = add i32 %1653, 6144
	%1672 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1671
	%1673 = load i32, i32 addrspace(3)* %1672
	%1674 = mul i32 %1667, 2
	%1675 = sext i32 %1674 to i64
	%1676 = getelementptr i32, i32* %49, i64 %1675
	store i32 %1673, i32* %1676
	br label %1677

1677:
	call void @llvm.nvvm.barrier0()
	%1678 = add i32 %0, 0
	%1679 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1678
	%1680 = load i32, i32 addrspace(3)* %1679
	%1681 = add i32 %1680, %1269
	%1682 = add i32 %0, 0
	%1683 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1682
	store i32 %1681, i32 addrspace(3)* %1683
	%1684 = add i32 %887, 2048
	br label %886

1685:
	%1686 = phi i32 [ 0, %895 ], [ %2483, %2476 ]
	%1687 = icmp slt i32 %1686, %9
	br i1 %1687, label %1688, label %1694

1688:
	%1689 = mul i32 %4, 256
	%1690 = add i32 %1689, %3
	%1691 = add i32 %1686, %1690
	%1692 = add i32 %1691, 0
	%1693 = icmp slt i32 %1692, %9
	br i1 %1693, label %1695, label %1704

1694:
	call void @llvm.nvvm.barrier0()
	br label %2484

1695:
	%1696 = mul i32 %1692, 2
	%1697 = sext i32 %1696 to i64
	%1698 = getelementptr i32, i32* %50, i64 %1697
	%1699 = load i32, i32* %1698
	%1700 = mul i32 %1692, 2
	%1701 = sext i32 %1700 to i64
	%1702 = getelementptr i32, i32* %49, i64 %1701
	%1703 = load i32, i32* %1702
	br label %1704

1704:
	%1705 = phi i32 [ 0, %1688 ], [ %1699, %1695 ]
	%1706 = phi i32 [ 0, %1688 ], [ %1703, %1695 ]
	%1707 = lshr i32 %1705, 8
	%1708 = and i32 %1707, 255
	%1709 = add i32 %1691, 32
	%1710 = icmp slt i32 %1709, %9
	br i1 %1710, label %1711, label %1720

1711:
	%1712 = mul i32 %1709, 2
	%1713 = sext i32 %1712 to i64
	%1714 = getelementptr i32, i32* %50, i64 %1713
	%1715 = load i32, i32* %1714
	%1716 = mul i32 %1709, 2
	%1717 = sext i32 %1716 to i64
	%1718 = getelementptr i32, i32* %49, i64 %1717
	%1719 = load i32, i32* %1718
	br label %1720

1720:
	%1721 = phi i32 [ 0, %1704 ], [ %1715, %1711 ]
	%1722 = phi i32 [ 0, %1704 ], [ %1719, %1711 ]
	%1723 = lshr i32 %1721, 8
	%1724 = and i32 %1723, 255
	%1725 = add i32 %1691, 64
	%1726 = icmp slt i32 %1725, %9
	br i1 %1726, label %1727, label %1736

1727:
	%1728 = mul i32 %1725, 2
	%1729 = sext i32 %1728 to i64
	%1730 = getelementptr i32, i32* %50, i64 %1729
	%1731 = load i32, i32* %1730
	%1732 = mul i32 %1725, 2
	%1733 = sext i32 %1732 to i64
	%1734 = getelementptr i32, i32* %49, i64 %1733
	%1735 = load i32, i32* %1734
	br label %1736

1736:
	%1737 = phi i32 [ 0, %1720 ], [ %1731, %1727 ]
	%1738 = phi i32 [ 0, %1720 ], [ %1735, %1727 ]
	%1739 = lshr i32 %1737, 8
	%1740 = and i32 %1739, 255
	%1741 = add i32 %1691, 96
	%1742 = icmp slt i32 %1741, %9
	br i1 %1742, label %1743, label %1752

1743:
	%1744 = mul i32 %1741, 2
	%1745 = sext i32 %1744 to i64
	%1746 = getelementptr i32, i32* %50, i64 %1745
	%1747 = load i32, i32* %1746
	%1748 = mul i32 %1741, 2
	%1749 = sext i32 %1748 to i64
	%1750 = getelementptr i32, i32* %49, i64 %1749
	%1751 = load i32, i32* %1750
	br label %1752

1752:
	%1753 = phi i32 [ 0, %1736 ], [ %1747, %1743 ]
	%1754 = phi i32 [ 0, %1736 ], [ %1751, %1743 ]
	%1755 = lshr i32 %1753, 8
	%1756 = and i32 %1755, 255
	%1757 = add i32 %1691, 128
	%1758 = icmp slt i32 %1757, %9
	br i1 %1758, label %1759, label %1768

1759:
	%1760 = mul i32 %1757, 2
	%1761 = sext i32 %1760 to i64
	%1762 = getelementptr i32, i32* %50, i64 %1761
	%1763 = load i32, i32* %1762
	%1764 = mul i32 %1757, 2
	%1765 = sext i32 %1764 to i64
	%1766 = getelementptr i32, i32* %49, i64 %1765
	%1767 = load i32, i32* %1766
	br label %1768

1768:
	%1769 = phi i32 [ 0, %1752 ], [ %1763, %1759 ]
	%1770 = phi i32 [ 0, %1752 ], [ %1767, %1759 ]
	%1771 = lshr i32 %1769, 8
	%1772 = and i32 %1771, 255
	%1773 = add i32 %1691, 160
	%1774 = icmp slt i32 %1773, %9
	br i1 %1774, label %1775, label %1784

1775:
	%1776 = mul i32 %1773, 2
	%1777 = sext i32 %1776 to i64
	%1778 = getelementptr i32, i32* %50, i64 %1777
	%1779 = load i32, i32* %1778
	%1780 = mul i32 %1773, 2
	%1781 = sext i32 %1780 to i64
	%1782 = getelementptr i32, i32* %49, i64 %1781
	%1783 = load i32, i32* %1782
	br label %1784

1784:
	%1785 = phi i32 [ 0, %1768 ], [ %1779, %1775 ]
	%1786 = phi i32 [ 0, %1768 ], [ %1783, %1775 ]
	%1787 = lshr i32 %1785, 8
	%1788 = and i32 %1787, 255
	%1789 = add i32 %1691, 192
	%1790 = icmp slt i32 %1789, %9
	br i1 %1790, label %1791, label %1800

1791:
	%1792 = mul i32 %1789, 2
	%1793 = sext i32 %1792 to i64
	%1794 = getelementptr i32, i32* %50, i64 %1793
	%1795 = load i32, i32* %1794
	%1796 = mul i32 %1789, 2
	%1797 = sext i32 %1796 to i64
	%1798 = getelementptr i32, i32* %49, i64 %1797
	%1799 = load i32, i32* %1798
	br label %1800

1800:
	%1801 = phi i32 [ 0, %1784 ], [ %1795, %1791 ]
	%1802 = phi i32 [ 0, %1784 ], [ %1799, %1791 ]
	%1803 = lshr i32 %1801, 8
	%1804 = and i32 %1803, 255
	%1805 = add i32 %1691, 224
	%1806 = icmp slt i32 %1805, %9
	br i1 %1806, label %1807, label %1816

1807:
	%1808 = mul i32 %1805, 2
	%1809 = sext i32 %1808 to i64
	%1810 = getelementptr i32, i32* %50, i64 %1809
	%1811 = load i32, i32* %1810
	%1812 = mul i32 %1805, 2
	%1813 = sext i32 %1812 to i64
	%1814 = getelementptr i32, i32* %49, i64 %1813
	%1815 = load i32, i32* %1814
	br label %1816

1816:
	%1817 = phi i32 [ 0, %1800 ], [ %1811, %1807 ]
	%1818 = phi i32 [ 0, %1800 ], [ %1815, %1807 ]
	%1819 = lshr i32 %1817, 8
	%1820 = and i32 %1819, 255
	%1821 = select i1 %1693, i32 %1708, i32 256
	%1822 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1821)
	%1823 = and i32 %1822, %885
	%1824 = call i32 @llvm.ctpop.i32(i32 %1823)
	br i1 %1693, label %1825, label %1830

1825:
	%1826 = mul i32 %4, 256
	%1827 = add i32 %1826, %1708
	%1828 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1827
	%1829 = load i32, i32 addrspace(3)* %1828
	br label %1830

1830:
	%1831 = phi i32 [ 0, %1816 ], [ %1829, %1825 ]
	%1832 = add i32 %1831, %1824
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1833 = icmp eq i32 %1824, 0
	%1834 = and i1 %1693, %1833
	br i1 %1834, label %1835, label %1841

1835:
	%1836 = call i32 @llvm.ctpop.i32(i32 %1822)
	%1837 = add i32 %1831, %1836
	%1838 = mul i32 %4, 256
	%1839 = add i32 %1838, %1708
	%1840 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1839
	store i32 %1837, i32 addrspace(3)* %1840
	br label %1841

1841:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1842 = select i1 %1710, i32 %1724, i32 256
	%1843 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1842)
	%1844 = and i32 %1843, %885
	%1845 = call i32 @llvm.ctpop.i32(i32 %1844)
	br i1 %1710, label %1846, label %1851

1846:
	%1847 = mul i32 %4, 256
	%1848 = add i32 %1847, %1724
	%1849 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1848
	%1850 = load i32, i32 addrspace(3)* %1849
	br label %1851

1851:
	%1852 = phi i32 [ 0, %1841 ], [ %1850, %1846 ]
	%1853 = add i32 %1852, %1845
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1854 = icmp eq i32 %1845, 0
	%1855 = and i1 %1710, %1854
	br i1 %1855, label %1856, label %1862

1856:
	%1857 = call i32 @llvm.ctpop.i32(i32 %1843)
	%1858 = add i32 %1852, %1857
	%1859 = mul i32 %4, 256
	%1860 = add i32 %1859, %1724
	%1861 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1860
	store i32 %1858, i32 addrspace(3)* %1861
	br label %1862

1862:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1863 = select i1 %1726, i32 %1740, i32 256
	%1864 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1863)
	%1865 = and i32 %1864, %885
	%1866 = call i32 @llvm.ctpop.i32(i32 %1865)
	br i1 %1726, label %1867, label %1872

1867:
	%1868 = mul i32 %4, 256
	%1869 = add i32 %1868, %1740
	%1870 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1869
	%1871 = load i32, i32 addrspace(3)* %1870
	br label %1872

1872:
	%1873 = phi i32 [ 0, %1862 ], [ %1871, %1867 ]
	%1874 = add i32 %1873, %1866
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1875 = icmp eq i32 %1866, 0
	%1876 = and i1 %1726, %1875
	br i1 %1876, label %1877, label %1883

1877:
	%1878 = call i32 @llvm.ctpop.i32(i32 %1864)
	%1879 = add i32 %1873, %1878
	%1880 = mul i32 %4, 256
	%1881 = add i32 %1880, %1740
	%1882 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1881
	store i32 %1879, i32 addrspace(3)* %1882
	br label %1883

1883:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1884 = select i1 %1742, i32 %1756, i32 256
	%1885 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1884)
	%1886 = and i32 %1885, %885
	%1887 = call i32 @llvm.ctpop.i32(i32 %1886)
	br i1 %1742, label %1888, label %1893

1888:
	%1889 = mul i32 %4, 256
	%1890 = add i32 %1889, %1756
	%1891 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1890
	%1892 = load i32, i32 addrspace(3)* %1891
	br label %1893

1893:
	%1894 = phi i32 [ 0, %1883 ], [ %1892, %1888 ]
	%1895 = add i32 %1894, %1887
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1896 = icmp eq i32 %1887, 0
	%1897 = and i1 %1742, %1896
	br i1 %1897, label %1898, label %1904

1898:
	%1899 = call i32 @llvm.ctpop.i32(i32 %1885)
	%1900 = add i32 %1894, %1899
	%1901 = mul i32 %4, 256
	%1902 = add i32 %1901, %1756
	%1903 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1902
	store i32 %1900, i32 addrspace(3)* %1903
	br label %1904

1904:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1905 = select i1 %1758, i32 %1772, i32 256
	%1906 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1905)
	%1907 = and i32 %1906, %885
	%1908 = call i32 @llvm.ctpop.i32(i32 %1907)
	br i1 %1758, label %1909, label %1914

1909:
	%1910 = mul i32 %4, 256
	%1911 = add i32 %1910, %1772
	%1912 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1911
	%1913 = load i32, i32 addrspace(3)* %1912
	br label %1914

1914:
	%1915 = phi i32 [ 0, %1904 ], [ %1913, %1909 ]
	%1916 = add i32 %1915, %1908
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1917 = icmp eq i32 %1908, 0
	%1918 = and i1 %1758, %1917
	br i1 %1918, label %1919, label %1925

1919:
	%1920 = call i32 @llvm.ctpop.i32(i32 %1906)
	%1921 = add i32 %1915, %1920
	%1922 = mul i32 %4, 256
	%1923 = add i32 %1922, %1772
	%1924 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1923
	store i32 %1921, i32 addrspace(3)* %1924
	br label %1925

1925:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1926 = select i1 %1774, i32 %1788, i32 256
	%1927 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1926)
	%1928 = and i32 %1927, %885
	%1929 = call i32 @llvm.ctpop.i32(i32 %1928)
	br i1 %1774, label %1930, label %1935

1930:
	%1931 = mul i32 %4, 256
	%1932 = add i32 %1931, %1788
	%1933 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1932
	%1934 = load i32, i32 addrspace(3)* %1933
	br label %1935

1935:
	%1936 = phi i32 [ 0, %1925 ], [ %1934, %1930 ]
	%1937 = add i32 %1936, %1929
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1938 = icmp eq i32 %1929, 0
	%1939 = and i1 %1774, %1938
	br i1 %1939, label %1940, label %1946

1940:
	%1941 = call i32 @llvm.ctpop.i32(i32 %1927)
	%1942 = add i32 %1936, %1941
	%1943 = mul i32 %4, 256
	%1944 = add i32 %1943, %1788
	%1945 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1944
	store i32 %1942, i32 addrspace(3)* %1945
	br label %1946

1946:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1947 = select i1 %1790, i32 %1804, i32 256
	%1948 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1947)
	%1949 = and i32 %1948, %885
	%1950 = call i32 @llvm.ctpop.i32(i32 %1949)
	br i1 %1790, label %1951, label %1956

1951:
	%1952 = mul i32 %4, 256
	%1953 = add i32 %1952, %1804
	%1954 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1953
	%1955 = load i32, i32 addrspace(3)* %1954
	br label %1956

1956:
	%1957 = phi i32 [ 0, %1946 ], [ %1955, %1951 ]
	%1958 = add i32 %1957, %1950
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1959 = icmp eq i32 %1950, 0
	%1960 = and i1 %1790, %1959
	br i1 %1960, label %1961, label %1967

1961:
	%1962 = call i32 @llvm.ctpop.i32(i32 %1948)
	%1963 = add i32 %1957, %1962
	%1964 = mul i32 %4, 256
	%1965 = add i32 %1964, %1804
	%1966 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1965
	store i32 %1963, i32 addrspace(3)* %1966
	br label %1967

1967:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1968 = select i1 %1806, i32 %1820, i32 256
	%1969 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1968)
	%1970 = and i32 %1969, %885
	%1971 = call i32 @llvm.ctpop.i32(i32 %1970)
	br i1 %1806, label %1972, label %1977

1972:
	%1973 = mul i32 %4, 256
	%1974 = add i32 %1973, %1820
	%1975 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1974
	%1976 = load i32, i32 addrspace(3)* %1975
	br label %1977

1977:
	%1978 = phi i32 [ 0, %1967 ], [ %1976, %1972 ]
	%1979 = add i32 %1978, %1971
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1980 = icmp eq i32 %1971, 0
	%1981 = and i1 %1806, %1980
	br i1 %1981, label %1982, label %1988

1982:
	%1983 = call i32 @llvm.ctpop.i32(i32 %1969)
	%1984 = add i32 %1978, %1983
	%1985 = mul i32 %4, 256
	%1986 = add i32 %1985, %1820
	%1987 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1986
	store i32 %1984, i32 addrspace(3)* %1987
	br label %1988

1988:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%1989 = mul i32 0, 256
	%1990 = add i32 %1989, %0
	%1991 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1990
	%1992 = load i32, i32 addrspace(3)* %1991
	%1993 = mul i32 0, 256
	%1994 = add i32 %1993, %0
	%1995 = add i32 2048, %1994
	%1996 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1995
	store i32 0, i32 addrspace(3)* %1996
	%1997 = mul i32 0, 256
	%1998 = add i32 %1997, %0
	%1999 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %1998
	store i32 0, i32 addrspace(3)* %1999
	%2000 = add i32 0, %1992
	%2001 = mul i32 1, 256
	%2002 = add i32 %2001, %0
	%2003 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2002
	%2004 = load i32, i32 addrspace(3)* %2003
	%2005 = mul i32 1, 256
	%2006 = add i32 %2005, %0
	%2007 = add i32 2048, %2006
	%2008 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2007
	store i32 %2000, i32 addrspace(3)* %2008
	%2009 = mul i32 1, 256
	%2010 = add i32 %2009, %0
	%2011 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2010
	store i32 0, i32 addrspace(3)* %2011
	%2012 = add i32 %2000, %2004
	%2013 = mul i32 2, 256
	%2014 = add i32 %2013, %0
	%2015 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2014
	%2016 = load i32, i32 addrspace(3)* %2015
	%2017 = mul i32 2, 256
	%2018 = add i32 %2017, %0
	%2019 = add i32 2048, %2018
	%2020 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2019
	store i32 %2012, i32 addrspace(3)* %2020
	%2021 = mul i32 2, 256
	%2022 = add i32 %2021, %0
	%2023 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2022
	store i32 0, i32 addrspace(3)* %2023
	%2024 = add i32 %2012, %2016
	%2025 = mul i32 3, 256
	%2026 = add i32 %2025, %0
	%2027 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2026
	%2028 = load i32, i32 addrspace(3)* %2027
	%2029 = mul i32 3, 256
	%2030 = add i32 %2029, %0
	%2031 = add i32 2048, %2030
	%2032 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2031
	store i32 %2024, i32 addrspace(3)* %2032
	%2033 = mul i32 3, 256
	%2034 = add i32 %2033, %0
	%2035 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2034
	store i32 0, i32 addrspace(3)* %2035
	%2036 = add i32 %2024, %2028
	%2037 = mul i32 4, 256
	%2038 = add i32 %2037, %0
	%2039 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2038
	%2040 = load i32, i32 addrspace(3)* %2039
	%2041 = mul i32 4, 256
	%2042 = add i32 %2041, %0
	%2043 = add i32 2048, %2042
	%2044 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2043
	store i32 %2036, i32 addrspace(3)* %2044
	%2045 = mul i32 4, 256
	%2046 = add i32 %2045, %0
	%2047 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2046
	store i32 0, i32 addrspace(3)* %2047
	%2048 = add i32 %2036, %2040
	%2049 = mul i32 5, 256
	%2050 = add i32 %2049, %0
	%2051 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2050
	%2052 = load i32, i32 addrspace(3)* %2051
	%2053 = mul i32 5, 256
	%2054 = add i32 %2053, %0
	%2055 = add i32 2048, %2054
	%2056 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2055
	store i32 %2048, i32 addrspace(3)* %2056
	%2057 = mul i32 5, 256
	%2058 = add i32 %2057, %0
	%2059 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2058
	store i32 0, i32 addrspace(3)* %2059
	%2060 = add i32 %2048, %2052
	%2061 = mul i32 6, 256
	%2062 = add i32 %2061, %0
	%2063 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2062
	%2064 = load i32, i32 addrspace(3)* %2063
	%2065 = mul i32 6, 256
	%2066 = add i32 %2065, %0
	%2067 = add i32 2048, %2066
	%2068 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2067
	store i32 %2060, i32 addrspace(3)* %2068
	%2069 = mul i32 6, 256
	%2070 = add i32 %2069, %0
	%2071 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2070
	store i32 0, i32 addrspace(3)* %2071
	%2072 = add i32 %2060, %2064
	%2073 = mul i32 7, 256
	%2074 = add i32 %2073, %0
	%2075 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2074
	%2076 = load i32, i32 addrspace(3)* %2075
	%2077 = mul i32 7, 256
	%2078 = add i32 %2077, %0
	%2079 = add i32 2048, %2078
	%2080 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2079
	store i32 %2072, i32 addrspace(3)* %2080
	%2081 = mul i32 7, 256
	%2082 = add i32 %2081, %0
	%2083 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2082
	store i32 0, i32 addrspace(3)* %2083
	%2084 = add i32 %2072, %2076
	call void @llvm.nvvm.barrier0()
	%2085 = select i1 %1693, i32 %1708, i32 0
	%2086 = mul i32 %4, 256
	%2087 = add i32 %2086, %2085
	%2088 = add i32 2048, %2087
	%2089 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2088
	%2090 = load i32, i32 addrspace(3)* %2089
	%2091 = add i32 %1832, %2090
	%2092 = select i1 %1710, i32 %1724, i32 0
	%2093 = mul i32 %4, 256
	%2094 = add i32 %2093, %2092
	%2095 = add i32 2048, %2094
	%2096 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2095
	%2097 = load i32, i32 addrspace(3)* %2096
	%2098 = add i32 %1853, %2097
	%2099 = select i1 %1726, i32 %1740, i32 0
	%2100 = mul i32 %4, 256
	%2101 = add i32 %2100, %2099
	%2102 = add i32 2048, %2101
	%2103 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2102
	%2104 = load i32, i32 addrspace(3)* %2103
	%2105 = add i32 %1874, %2104
	%2106 = select i1 %1742, i32 %1756, i32 0
	%2107 = mul i32 %4, 256
	%2108 = add i32 %2107, %2106
	%2109 = add i32 2048, %2108
	%2110 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2109
	%2111 = load i32, i32 addrspace(3)* %2110
	%2112 = add i32 %1895, %2111
	%2113 = select i1 %1758, i32 %1772, i32 0
	%2114 = mul i32 %4, 256
	%2115 = add i32 %2114, %2113
	%2116 = add i32 2048, %2115
	%2117 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2116
	%2118 = load i32, i32 addrspace(3)* %2117
	%2119 = add i32 %1916, %2118
	%2120 = select i1 %1774, i32 %1788, i32 0
	%2121 = mul i32 %4, 256
	%2122 = add i32 %2121, %2120
	%2123 = add i32 2048, %2122
	%2124 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2123
	%2125 = load i32, i32 addrspace(3)* %2124
	%2126 = add i32 %1937, %2125
	%2127 = select i1 %1790, i32 %1804, i32 0
	%2128 = mul i32 %4, 256
	%2129 = add i32 %2128, %2127
	%2130 = add i32 2048, %2129
	%2131 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2130
	%2132 = load i32, i32 addrspace(3)* %2131
	%2133 = add i32 %1958, %2132
	%2134 = select i1 %1806, i32 %1820, i32 0
	%2135 = mul i32 %4, 256
	%2136 = add i32 %2135, %2134
	%2137 = add i32 2048, %2136
	%2138 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2137
	%2139 = load i32, i32 addrspace(3)* %2138
	%2140 = add i32 %1979, %2139
	%2141 = and i32 %0, 31
	%2142 = lshr i32 %0, 5
	%2143 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2084, i32 1, i32 0)
	%2144 = icmp uge i32 %2141, 1
	%2145 = select i1 %2144, i32 %2143, i32 0
	%2146 = add i32 %2084, %2145
	%2147 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2146, i32 2, i32 0)
	%2148 = icmp uge i32 %2141, 2
	%2149 = select i1 %2148, i32 %2147, i32 0
	%2150 = add i32 %2146, %2149
	%2151 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2150, i32 4, i32 0)
	%2152 = icmp uge i32 %2141, 4
	%2153 = select i1 %2152, i32 %2151, i32 0
	%2154 = add i32 %2150, %2153
	%2155 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2154, i32 8, i32 0)
	%2156 = icmp uge i32 %2141, 8
	%2157 = select i1 %2156, i32 %2155, i32 0
	%2158 = add i32 %2154, %2157
	%2159 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2158, i32 16, i32 0)
	%2160 = icmp uge i32 %2141, 16
	%2161 = select i1 %2160, i32 %2159, i32 0
	%2162 = add i32 %2158, %2161
	%2163 = icmp eq i32 %2141, 31
	br i1 %2163, label %2164, label %2166

2164:
	%2165 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %2142
	store i32 %2162, i32 addrspace(3)* %2165
	br label %2166

2166:
	call void @llvm.nvvm.barrier0()
	%2167 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%2168 = load i32, i32 addrspace(3)* %2167
	%2169 = icmp sgt i32 %2142, 0
	%2170 = select i1 %2169, i32 %2168, i32 0
	%2171 = add i32 0, %2170
	%2172 = add i32 0, %2168
	%2173 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%2174 = load i32, i32 addrspace(3)* %2173
	%2175 = icmp sgt i32 %2142, 1
	%2176 = select i1 %2175, i32 %2174, i32 0
	%2177 = add i32 %2171, %2176
	%2178 = add i32 %2172, %2174
	%2179 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%2180 = load i32, i32 addrspace(3)* %2179
	%2181 = icmp sgt i32 %2142, 2
	%2182 = select i1 %2181, i32 %2180, i32 0
	%2183 = add i32 %2177, %2182
	%2184 = add i32 %2178, %2180
	%2185 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%2186 = load i32, i32 addrspace(3)* %2185
	%2187 = icmp sgt i32 %2142, 3
	%2188 = select i1 %2187, i32 %2186, i32 0
	%2189 = add i32 %2183, %2188
	%2190 = add i32 %2184, %2186
	%2191 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%2192 = load i32, i32 addrspace(3)* %2191
	%2193 = icmp sgt i32 %2142, 4
	%2194 = select i1 %2193, i32 %2192, i32 0
	%2195 = add i32 %2189, %2194
	%2196 = add i32 %2190, %2192
	%2197 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%2198 = load i32, i32 addrspace(3)* %2197
	%2199 = icmp sgt i32 %2142, 5
	%2200 = select i1 %2199, i32 %2198, i32 0
	%2201 = add i32 %2195, %2200
	%2202 = add i32 %2196, %2198
	%2203 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%2204 = load i32, i32 addrspace(3)* %2203
	%2205 = icmp sgt i32 %2142, 6
	%2206 = select i1 %2205, i32 %2204, i32 0
	%2207 = add i32 %2201, %2206
	%2208 = add i32 %2202, %2204
	%2209 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%2210 = load i32, i32 addrspace(3)* %2209
	%2211 = icmp sgt i32 %2142, 7
	%2212 = select i1 %2211, i32 %2210, i32 0
	%2213 = add i32 %2207, %2212
	%2214 = add i32 %2208, %2210
	%2215 = add i32 %2213, %2162
	%2216 = sub i32 %2215, %2084
	%2217 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %2216, i32 addrspace(3)* %2217
	call void @llvm.nvvm.barrier0()
	br i1 %1693, label %2218, label %2226

2218:
	%2219 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1708
	%2220 = load i32, i32 addrspace(3)* %2219
	%2221 = add i32 %2220, %2091
	%2222 = add i32 %2221, u0x1000
	%2223 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2222
	store i32 %1705, i32 addrspace(3)* %2223
	%2224 = add i32 %2221, 6144
	%2225 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2224
	store i32 %1706, i32 addrspace(3)* %2225
	br label %2226

2226:
	br i1 %1710, label %2227, label %2235

2227:
	%2228 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1724
	%2229 = load i32, i32 addrspace(3)* %2228
	%2230 = add i32 %2229, %2098
	%2231 = add i32 %2230, u0x1000
	%2232 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2231
	store i32 %1721, i32 addrspace(3)* %2232
	%2233 = add i32 %2230, 6144
	%2234 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2233
	store i32 %1722, i32 addrspace(3)* %2234
	br label %2235

2235:
	br i1 %1726, label %2236, label %2244

2236:
	%2237 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1740
	%2238 = load i32, i32 addrspace(3)* %2237
	%2239 = add i32 %2238, %2105
	%2240 = add i32 %2239, u0x1000
	%2241 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2240
	store i32 %1737, i32 addrspace(3)* %2241
	%2242 = add i32 %2239, 6144
	%2243 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2242
	store i32 %1738, i32 addrspace(3)* %2243
	br label %2244

2244:
	br i1 %1742, label %2245, label %2253

2245:
	%2246 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1756
	%2247 = load i32, i32 addrspace(3)* %2246
	%2248 = add i32 %2247, %2112
	%2249 = add i32 %2248, u0x1000
	%2250 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2249
	store i32 %1753, i32 addrspace(3)* %2250
	%2251 = add i32 %2248, 6144
	%2252 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2251
	store i32 %1754, i32 addrspace(3)* %2252
	br label %2253

2253:
	br i1 %1758, label %2254, label %2262

2254:
	%2255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1772
	%2256 = load i32, i32 addrspace(3)* %2255
	%2257 = add i32 %2256, %2119
	%2258 = add i32 %2257, u0x1000
	%2259 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2258
	store i32 %1769, i32 addrspace(3)* %2259
	%2260 = add i32 %2257, 6144
	%2261 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2260
	store i32 %1770, i32 addrspace(3)* %2261
	br label %2262

2262:
	br i1 %1774, label %2263, label %2271

2263:
	%2264 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1788
	%2265 = load i32, i32 addrspace(3)* %2264
	%2266 = add i32 %2265, %2126
	%2267 = add i32 %2266, u0x1000
	%2268 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2267
	store i32 %1785, i32 addrspace(3)* %2268
	%2269 = add i32 %2266, 6144
	%2270 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2269
	store i32 %1786, i32 addrspace(3)* %2270
	br label %2271

2271:
	br i1 %1790, label %2272, label %2280

2272:
	%2273 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1804
	%2274 = load i32, i32 addrspace(3)* %2273
	%2275 = add i32 %2274, %2133
	%2276 = add i32 %2275, u0x1000
	%2277 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2276
	store i32 %1801, i32 addrspace(3)* %2277
	%2278 = add i32 %2275, 6144
	%2279 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2278
	store i32 %1802, i32 addrspace(3)* %2279
	br label %2280

2280:
	br i1 %1806, label %2281, label %2289

2281:
	%2282 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1820
	%2283 = load i32, i32 addrspace(3)* %2282
	%2284 = add i32 %2283, %2140
	%2285 = add i32 %2284, u0x1000
	%2286 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2285
	store i32 %1817, i32 addrspace(3)* %2286
	%2287 = add i32 %2284, 6144
	%2288 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2287
	store i32 %1818, i32 addrspace(3)* %2288
	br label %2289

2289:
	call void @llvm.nvvm.barrier0()
	%2290 = sub i32 %9, %1686
	%2291 = icmp slt i32 2048, %2290
	%2292 = select i1 %2291, i32 2048, i32 %2290
	%2293 = add i32 0, %0
	%2294 = icmp slt i32 %2293, %2292
	br i1 %2294, label %2295, label %2315

2295:
	%2296 = add i32 %2293, u0x1000
	%2297 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2296
	%2298 = load i32, i32 addrspace(3)* %2297
	%2299 = lshr i32 %2298, 8
	%2300 = and i32 %2299, 255
	%2301 = add i32 %2300, 256
	%2302 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2301
	%2303 = load i32, i32 addrspace(3)* %2302
	%2304 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2300
	%2305 = load i32, i32 addrspace(3)* %2304
	%2306 = sub i32 %2293, %2305
	%2307 = add i32 %2303, %2306
	%2308 = sext i32 %2307 to i64
	%2309 = getelementptr i32, i32* %44, i64 %2308
	store i32 %2298, i32* %2309
	%2310 = add i32 %2293, 6144
	%2311 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2310
	%2312 = load i32, i32 addrspace(3)* %2311
	%2313 = sext i32 %2307 to i64
	%2314 = getelementptr i32, i32* %15, i64 %2313
	store i32 %2312, i32* %2314
	br label %2315

2315:
	%2316 = add i32 256, %0
	%2317 = icmp slt i32 %2316, %2292
	br i1 %2317, label %2318, label %2338

2318:
	%2319 = add i32 %2316, u0x1000
	%2320 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2319
	%2321 = load i32, i32 addrspace(3)* %2320
	%2322 = lshr i32 %2321, 8
	%2323 = and i32 %2322, 255
	%2324 = add i32 %2323, 256
	%2325 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2324
	%2326 = load i32, i32 addrspace(3)* %2325
	%2327 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2323
	%2328 = load i32, i32 addrspace(3)* %2327
	%2329 = sub i32 %2316, %2328
	%2330 = add i32 %2326, %2329
	%2331 = sext i32 %2330 to i64
	%2332 = getelementptr i32, i32* %44, i64 %2331
	store i32 %2321, i32* %2332
	%2333 = add i32 %2316, 6144
	%2334 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2333
	%2335 = load i32, i32 addrspace(3)* %2334
	%2336 = sext i32 %2330 to i64
	%2337 = getelementptr i32, i32* %15, i64 %2336
	store i32 %2335, i32* %2337
	br label %2338

2338:
	%2339 = add i32 512, %0
	%2340 = icmp slt i32 %2339, %2292
	br i1 %2340, label %2341, label %2361

2341:
	%2342 = add i32 %2339, u0x1000
	%2343 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2342
	%2344 = load i32, i32 addrspace(3)* %2343
	%2345 = lshr i32 %2344, 8
	%2346 = and i32 %2345, 255
	%2347 = add i32 %2346, 256
	%2348 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2347
	%2349 = load i32, i32 addrspace(3)* %2348
	%2350 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2346
	%2351 = load i32, i32 addrspace(3)* %2350
	%2352 = sub i32 %2339, %2351
	%2353 = add i32 %2349, %2352
	%2354 = sext i32 %2353 to i64
	%2355 = getelementptr i32, i32* %44, i64 %2354
	store i32 %2344, i32* %2355
	%2356 = add i32 %2339, 6144
	%2357 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2356
	%2358 = load i32, i32 addrspace(3)* %2357
	%2359 = sext i32 %2353 to i64
	%2360 = getelementptr i32, i32* %15, i64 %2359
	store i32 %2358, i32* %2360
	br label %2361

2361:
	%2362 = add i32 768, %0
	%2363 = icmp slt i32 %2362, %2292
	br i1 %2363, label %2364, label %2384

2364:
	%2365 = add i32 %2362, u0x1000
	%2366 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2365
	%2367 = load i32, i32 addrspace(3)* %2366
	%2368 = lshr i32 %2367, 8
	%2369 = and i32 %2368, 255
	%2370 = add i32 %2369, 256
	%2371 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2370
	%2372 = load i32, i32 addrspace(3)* %2371
	%2373 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2369
	%2374 = load i32, i32 addrspace(3)* %2373
	%2375 = sub i32 %2362, %2374
	%2376 = add i32 %2372, %2375
	%2377 = sext i32 %2376 to i64
	%2378 = getelementptr i32, i32* %44, i64 %2377
	store i32 %2367, i32* %2378
	%2379 = add i32 %2362, 6144
	%2380 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2379
	%2381 = load i32, i32 addrspace(3)* %2380
	%2382 = sext i32 %2376 to i64
	%2383 = getelementptr i32, i32* %15, i64 %2382
	store i32 %2381, i32* %2383
	br label %2384

2384:
	%2385 = add i32 1024, %0
	%2386 = icmp slt i32 %2385, %2292
	br i1 %2386, label %2387, label %2407

2387:
	%2388 = add i32 %2385, u0x1000
	%2389 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2388
	%2390 = load i32, i32 addrspace(3)* %2389
	%2391 = lshr i32 %2390, 8
	%2392 = and i32 %2391, 255
	%2393 = add i32 %2392, 256
	%2394 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2393
	%2395 = load i32, i32 addrspace(3)* %2394
	%2396 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2392
	%2397 = load i32, i32 addrspace(3)* %2396
	%2398 = sub i32 %2385, %2397
	%2399 = add i32 %2395, %2398
	%2400 = sext i32 %2399 to i64
	%2401 = getelementptr i32, i32* %44, i64 %2400
	store i32 %2390, i32* %2401
	%2402 = add i32 %2385, 6144
	%2403 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2402
	%2404 = load i32, i32 addrspace(3)* %2403
	%2405 = sext i32 %2399 to i64
	%2406 = getelementptr i32, i32* %15, i64 %2405
	store i32 %2404, i32* %2406
	br label %2407

2407:
	%2408 = add i32 1280, %0
	%2409 = icmp slt i32 %2408, %2292
	br i1 %2409, label %2410, label %2430

2410:
	%2411 = add i32 %2408, u0x1000
	%2412 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2411
	%2413 = load i32, i32 addrspace(3)* %2412
	%2414 = lshr i32 %2413, 8
	%2415 = and i32 %2414, 255
	%2416 = add i32 %2415, 256
	%2417 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2416
	%2418 = load i32, i32 addrspace(3)* %2417
	%2419 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2415
	%2420 = load i32, i32 addrspace(3)* %2419
	%2421 = sub i32 %2408, %2420
	%2422 = add i32 %2418, %2421
	%2423 = sext i32 %2422 to i64
	%2424 = getelementptr i32, i32* %44, i64 %2423
	store i32 %2413, i32* %2424
	%2425 = add i32 %2408, 6144
	%2426 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2425
	%2427 = load i32, i32 addrspace(3)* %2426
	%2428 = sext i32 %2422 to i64
	%2429 = getelementptr i32, i32* %15, i64 %2428
	store i32 %2427, i32* %2429
	br label %2430

2430:
	%2431 = add i32 1536, %0
	%2432 = icmp slt i32 %2431, %2292
	br i1 %2432, label %2433, label %2453

2433:
	%2434 = add i32 %2431, u0x1000
	%2435 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2434
	%2436 = load i32, i32 addrspace(3)* %2435
	%2437 = lshr i32 %2436, 8
	%2438 = and i32 %2437, 255
	%2439 = add i32 %2438, 256
	%2440 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2439
	%2441 = load i32, i32 addrspace(3)* %2440
	%2442 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2438
	%2443 = load i32, i32 addrspace(3)* %2442
	%2444 = sub i32 %2431, %2443
	%2445 = add i32 %2441, %2444
	%2446 = sext i32 %2445 to i64
	%2447 = getelementptr i32, i32* %44, i64 %2446
	store i32 %2436, i32* %2447
	%2448 = add i32 %2431, 6144
	%2449 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2448
	%2450 = load i32, i32 addrspace(3)* %2449
	%2451 = sext i32 %2445 to i64
	%2452 = getelementptr i32, i32* %15, i64 %2451
	store i32 %2450, i32* %2452
	br label %2453

2453:
	%2454 = add i32 1792, %0
	%2455 = icmp slt i32 %2454, %2292
	br i1 %2455, label %2456, label %2476

2456:
	%2457 = add i32 %2454, u0x1000
	%2458 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2457
	%2459 = load i32, i32 addrspace(3)* %2458
	%2460 = lshr i32 %2459, 8
	%2461 = and i32 %2460, 255
	%2462 = add i32 %2461, 256
	%2463 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2462
	%2464 = load i32, i32 addrspace(3)* %2463
	%2465 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2461
	%2466 = load i32, i32 addrspace(3)* %2465
	%2467 = sub i32 %2454, %2466
	%2468 = add i32 %2464, %2467
	%2469 = sext i32 %2468 to i64
	%2470 = getelementptr i32, i32* %44, i64 %2469
	store i32 %2459, i32* %2470
	%2471 = add i32 %2454, 6144
	%2472 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2471
	%2473 = load i32, i32 addrspace(3)* %2472
	%2474 = sext i32 %2468 to i64
	%2475 = getelementptr i32, i32* %15, i64 %2474
	store i32 %2473, i32* %2475
	br label %2476

2476:
	call void @llvm.nvvm.barrier0()
	%2477 = add i32 %0, 256
	%2478 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2477
	%2479 = load i32, i32 addrspace(3)* %2478
	%2480 = add i32 %2479, %2084
	%2481 = add i32 %0, 256
	%2482 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2481
	store i32 %2480, i32 addrspace(3)* %2482
	%2483 = add i32 %1686, 2048
	br label %1685

2484:
	%2485 = phi i32 [ 0, %1694 ], [ %3282, %3275 ]
	%2486 = icmp slt i32 %2485, %9
	br i1 %2486, label %2487, label %2493

2487:
	%2488 = mul i32 %4, 256
	%2489 = add i32 %2488, %3
	%2490 = add i32 %2485, %2489
	%2491 = add i32 %2490, 0
	%2492 = icmp slt i32 %2491, %9
	br i1 %2492, label %2494, label %2501

2493:
	call void @llvm.nvvm.barrier0()
	br label %3283

2494:
	%2495 = sext i32 %2491 to i64
	%2496 = getelementptr i32, i32* %44, i64 %2495
	%2497 = load i32, i32* %2496
	%2498 = sext i32 %2491 to i64
	%2499 = getelementptr i32, i32* %15, i64 %2498
	%2500 = load i32, i32* %2499
	br label %2501

2501:
	%2502 = phi i32 [ 0, %2487 ], [ %2497, %2494 ]
	%2503 = phi i32 [ 0, %2487 ], [ %2500, %2494 ]
	%2504 = lshr i32 %2502, 16
	%2505 = and i32 %2504, 255
	%2506 = add i32 %2490, 32
	%2507 = icmp slt i32 %2506, %9
	br i1 %2507, label %2508, label %2515

2508:
	%2509 = sext i32 %2506 to i64
	%2510 = getelementptr i32, i32* %44, i64 %2509
	%2511 = load i32, i32* %2510
	%2512 = sext i32 %2506 to i64
	%2513 = getelementptr i32, i32* %15, i64 %2512
	%2514 = load i32, i32* %2513
	br label %2515

2515:
	%2516 = phi i32 [ 0, %2501 ], [ %2511, %2508 ]
	%2517 = phi i32 [ 0, %2501 ], [ %2514, %2508 ]
	%2518 = lshr i32 %2516, 16
	%2519 = and i32 %2518, 255
	%2520 = add i32 %2490, 64
	%2521 = icmp slt i32 %2520, %9
	br i1 %2521, label %2522, label %2529

2522:
	%2523 = sext i32 %2520 to i64
	%2524 = getelementptr i32, i32* %44, i64 %2523
	%2525 = load i32, i32* %2524
	%2526 = sext i32 %2520 to i64
	%2527 = getelementptr i32, i32* %15, i64 %2526
	%2528 = load i32, i32* %2527
	br label %2529

2529:
	%2530 = phi i32 [ 0, %2515 ], [ %2525, %2522 ]
	%2531 = phi i32 [ 0, %2515 ], [ %2528, %2522 ]
	%2532 = lshr i32 %2530, 16
	%2533 = and i32 %2532, 255
	%2534 = add i32 %2490, 96
	%2535 = icmp slt i32 %2534, %9
	br i1 %2535, label %2536, label %2543

2536:
	%2537 = sext i32 %2534 to i64
	%2538 = getelementptr i32, i32* %44, i64 %2537
	%2539 = load i32, i32* %2538
	%2540 = sext i32 %2534 to i64
	%2541 = getelementptr i32, i32* %15, i64 %2540
	%2542 = load i32, i32* %2541
	br label %2543

2543:
	%2544 = phi i32 [ 0, %2529 ], [ %2539, %2536 ]
	%2545 = phi i32 [ 0, %2529 ], [ %2542, %2536 ]
	%2546 = lshr i32 %2544, 16
	%2547 = and i32 %2546, 255
	%2548 = add i32 %2490, 128
	%2549 = icmp slt i32 %2548, %9
	br i1 %2549, label %2550, label %2557

2550:
	%2551 = sext i32 %2548 to i64
	%2552 = getelementptr i32, i32* %44, i64 %2551
	%2553 = load i32, i32* %2552
	%2554 = sext i32 %2548 to i64
	%2555 = getelementptr i32, i32* %15, i64 %2554
	%2556 = load i32, i32* %2555
	br label %2557

2557:
	%2558 = phi i32 [ 0, %2543 ], [ %2553, %2550 ]
	%2559 = phi i32 [ 0, %2543 ], [ %2556, %2550 ]
	%2560 = lshr i32 %2558, 16
	%2561 = and i32 %2560, 255
	%2562 = add i32 %2490, 160
	%2563 = icmp slt i32 %2562, %9
	br i1 %2563, label %2564, label %2571

2564:
	%2565 = sext i32 %2562 to i64
	%2566 = getelementptr i32, i32* %44, i64 %2565
	%2567 = load i32, i32* %2566
	%2568 = sext i32 %2562 to i64
	%2569 = getelementptr i32, i32* %15, i64 %2568
	%2570 = load i32, i32* %2569
	br label %2571

2571:
	%2572 = phi i32 [ 0, %2557 ], [ %2567, %2564 ]
	%2573 = phi i32 [ 0, %2557 ], [ %2570, %2564 ]
	%2574 = lshr i32 %2572, 16
	%2575 = and i32 %2574, 255
	%2576 = add i32 %2490, 192
	%2577 = icmp slt i32 %2576, %9
	br i1 %2577, label %2578, label %2585

2578:
	%2579 = sext i32 %2576 to i64
	%2580 = getelementptr i32, i32* %44, i64 %2579
	%2581 = load i32, i32* %2580
	%2582 = sext i32 %2576 to i64
	%2583 = getelementptr i32, i32* %15, i64 %2582
	%2584 = load i32, i32* %2583
	br label %2585

2585:
	%2586 = phi i32 [ 0, %2571 ], [ %2581, %2578 ]
	%2587 = phi i32 [ 0, %2571 ], [ %2584, %2578 ]
	%2588 = lshr i32 %2586, 16
	%2589 = and i32 %2588, 255
	%2590 = add i32 %2490, 224
	%2591 = icmp slt i32 %2590, %9
	br i1 %2591, label %2592, label %2599

2592:
	%2593 = sext i32 %2590 to i64
	%2594 = getelementptr i32, i32* %44, i64 %2593
	%2595 = load i32, i32* %2594
	%2596 = sext i32 %2590 to i64
	%2597 = getelementptr i32, i32* %15, i64 %2596
	%2598 = load i32, i32* %2597
	br label %2599

2599:
	%2600 = phi i32 [ 0, %2585 ], [ %2595, %2592 ]
	%2601 = phi i32 [ 0, %2585 ], [ %2598, %2592 ]
	%2602 = lshr i32 %2600, 16
	%2603 = and i32 %2602, 255
	%2604 = select i1 %2492, i32 %2505, i32 256
	%2605 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2604)
	%2606 = and i32 %2605, %885
	%2607 = call i32 @llvm.ctpop.i32(i32 %2606)
	br i1 %2492, label %2608, label %2613

2608:
	%2609 = mul i32 %4, 256
	%2610 = add i32 %2609, %2505
	%2611 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2610
	%2612 = load i32, i32 addrspace(3)* %2611
	br label %2613

2613:
	%2614 = phi i32 [ 0, %2599 ], [ %2612, %2608 ]
	%2615 = add i32 %2614, %2607
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2616 = icmp eq i32 %2607, 0
	%2617 = and i1 %2492, %2616
	br i1 %2617, label %2618, label %2624

2618:
	%2619 = call i32 @llvm.ctpop.i32(i32 %2605)
	%2620 = add i32 %2614, %2619
	%2621 = mul i32 %4, 256
	%2622 = add i32 %2621, %2505
	%2623 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2622
	store i32 %2620, i32 addrspace(3)* %2623
	br label %2624

2624:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2625 = select i1 %2507, i32 %2519, i32 256
	%2626 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2625)
	%2627 = and i32 %2626, %885
	%2628 = call i32 @llvm.ctpop.i32(i32 %2627)
	br i1 %2507, label %2629, label %2634

2629:
	%2630 = mul i32 %4, 256
	%2631 = add i32 %2630, %2519
	%2632 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2631
	%2633 = load i32, i32 addrspace(3)* %2632
	br label %2634

2634:
	%2635 = phi i32 [ 0, %2624 ], [ %2633, %2629 ]
	%2636 = add i32 %2635, %2628
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2637 = icmp eq i32 %2628, 0
	%2638 = and i1 %2507, %2637
	br i1 %2638, label %2639, label %2645

2639:
	%2640 = call i32 @llvm.ctpop.i32(i32 %2626)
	%2641 = add i32 %2635, %2640
	%2642 = mul i32 %4, 256
	%2643 = add i32 %2642, %2519
	%2644 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2643
	store i32 %2641, i32 addrspace(3)* %2644
	br label %2645

2645:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2646 = select i1 %2521, i32 %2533, i32 256
	%2647 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2646)
	%2648 = and i32 %2647, %885
	%2649 = call i32 @llvm.ctpop.i32(i32 %2648)
	br i1 %2521, label %2650, label %2655

2650:
	%2651 = mul i32 %4, 256
	%2652 = add i32 %2651, %2533
	%2653 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2652
	%2654 = load i32, i32 addrspace(3)* %2653
	br label %2655

2655:
	%2656 = phi i32 [ 0, %2645 ], [ %2654, %2650 ]
	%2657 = add i32 %2656, %2649
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2658 = icmp eq i32 %2649, 0
	%2659 = and i1 %2521, %2658
	br i1 %2659, label %2660, label %2666

2660:
	%2661 = call i32 @llvm.ctpop.i32(i32 %2647)
	%2662 = add i32 %2656, %2661
	%2663 = mul i32 %4, 256
	%2664 = add i32 %2663, %2533
	%2665 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2664
	store i32 %2662, i32 addrspace(3)* %2665
	br label %2666

2666:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2667 = select i1 %2535, i32 %2547, i32 256
	%2668 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2667)
	%2669 = and i32 %2668, %885
	%2670 = call i32 @llvm.ctpop.i32(i32 %2669)
	br i1 %2535, label %2671, label %2676

2671:
	%2672 = mul i32 %4, 256
	%2673 = add i32 %2672, %2547
	%2674 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2673
	%2675 = load i32, i32 addrspace(3)* %2674
	br label %2676

2676:
	%2677 = phi i32 [ 0, %2666 ], [ %2675, %2671 ]
	%2678 = add i32 %2677, %2670
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2679 = icmp eq i32 %2670, 0
	%2680 = and i1 %2535, %2679
	br i1 %2680, label %2681, label %2687

2681:
	%2682 = call i32 @llvm.ctpop.i32(i32 %2668)
	%2683 = add i32 %2677, %2682
	%2684 = mul i32 %4, 256
	%2685 = add i32 %2684, %2547
	%2686 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2685
	store i32 %2683, i32 addrspace(3)* %2686
	br label %2687

2687:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2688 = select i1 %2549, i32 %2561, i32 256
	%2689 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2688)
	%2690 = and i32 %2689, %885
	%2691 = call i32 @llvm.ctpop.i32(i32 %2690)
	br i1 %2549, label %2692, label %2697

2692:
	%2693 = mul i32 %4, 256
	%2694 = add i32 %2693, %2561
	%2695 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2694
	%2696 = load i32, i32 addrspace(3)* %2695
	br label %2697

2697:
	%2698 = phi i32 [ 0, %2687 ], [ %2696, %2692 ]
	%2699 = add i32 %2698, %2691
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2700 = icmp eq i32 %2691, 0
	%2701 = and i1 %2549, %2700
	br i1 %2701, label %2702, label %2708

2702:
	%2703 = call i32 @llvm.ctpop.i32(i32 %2689)
	%2704 = add i32 %2698, %2703
	%2705 = mul i32 %4, 256
	%2706 = add i32 %2705, %2561
	%2707 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2706
	store i32 %2704, i32 addrspace(3)* %2707
	br label %2708

2708:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2709 = select i1 %2563, i32 %2575, i32 256
	%2710 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2709)
	%2711 = and i32 %2710, %885
	%2712 = call i32 @llvm.ctpop.i32(i32 %2711)
	br i1 %2563, label %2713, label %2718

2713:
	%2714 = mul i32 %4, 256
	%2715 = add i32 %2714, %2575
	%2716 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2715
	%2717 = load i32, i32 addrspace(3)* %2716
	br label %2718

2718:
	%2719 = phi i32 [ 0, %2708 ], [ %2717, %2713 ]
	%2720 = add i32 %2719, %2712
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2721 = icmp eq i32 %2712, 0
	%2722 = and i1 %2563, %2721
	br i1 %2722, label %2723, label %2729

2723:
	%2724 = call i32 @llvm.ctpop.i32(i32 %2710)
	%2725 = add i32 %2719, %2724
	%2726 = mul i32 %4, 256
	%2727 = add i32 %2726, %2575
	%2728 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2727
	store i32 %2725, i32 addrspace(3)* %2728
	br label %2729

2729:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2730 = select i1 %2577, i32 %2589, i32 256
	%2731 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2730)
	%2732 = and i32 %2731, %885
	%2733 = call i32 @llvm.ctpop.i32(i32 %2732)
	br i1 %2577, label %2734, label %2739

2734:
	%2735 = mul i32 %4, 256
	%2736 = add i32 %2735, %2589
	%2737 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2736
	%2738 = load i32, i32 addrspace(3)* %2737
	br label %2739

2739:
	%2740 = phi i32 [ 0, %2729 ], [ %2738, %2734 ]
	%2741 = add i32 %2740, %2733
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2742 = icmp eq i32 %2733, 0
	%2743 = and i1 %2577, %2742
	br i1 %2743, label %2744, label %2750

2744:
	%2745 = call i32 @llvm.ctpop.i32(i32 %2731)
	%2746 = add i32 %2740, %2745
	%2747 = mul i32 %4, 256
	%2748 = add i32 %2747, %2589
	%2749 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2748
	store i32 %2746, i32 addrspace(3)* %2749
	br label %2750

2750:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2751 = select i1 %2591, i32 %2603, i32 256
	%2752 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2751)
	%2753 = and i32 %2752, %885
	%2754 = call i32 @llvm.ctpop.i32(i32 %2753)
	br i1 %2591, label %2755, label %2760

2755:
	%2756 = mul i32 %4, 256
	%2757 = add i32 %2756, %2603
	%2758 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2757
	%2759 = load i32, i32 addrspace(3)* %2758
	br label %2760

2760:
	%2761 = phi i32 [ 0, %2750 ], [ %2759, %2755 ]
	%2762 = add i32 %2761, %2754
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2763 = icmp eq i32 %2754, 0
	%2764 = and i1 %2591, %2763
	br i1 %2764, label %2765, label %2771

2765:
	%2766 = call i32 @llvm.ctpop.i32(i32 %2752)
	%2767 = add i32 %2761, %2766
	%2768 = mul i32 %4, 256
	%2769 = add i32 %2768, %2603
	%2770 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2769
	store i32 %2767, i32 addrspace(3)* %2770
	br label %2771

2771:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%2772 = mul i32 0, 256
	%2773 = add i32 %2772, %0
	%2774 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2773
	%2775 = load i32, i32 addrspace(3)* %2774
	%2776 = mul i32 0, 256
	%2777 = add i32 %2776, %0
	%2778 = add i32 2048, %2777
	%2779 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2778
	store i32 0, i32 addrspace(3)* %2779
	%2780 = mul i32 0, 256
	%2781 = add i32 %2780, %0
	%2782 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2781
	store i32 0, i32 addrspace(3)* %2782
	%2783 = add i32 0, %2775
	%2784 = mul i32 1, 256
	%2785 = add i32 %2784, %0
	%2786 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2785
	%2787 = load i32, i32 addrspace(3)* %2786
	%2788 = mul i32 1, 256
	%2789 = add i32 %2788, %0
	%2790 = add i32 2048, %2789
	%2791 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2790
	store i32 %2783, i32 addrspace(3)* %2791
	%2792 = mul i32 1, 256
	%2793 = add i32 %2792, %0
	%2794 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2793
	store i32 0, i32 addrspace(3)* %2794
	%2795 = add i32 %2783, %2787
	%2796 = mul i32 2, 256
	%2797 = add i32 %2796, %0
	%2798 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2797
	%2799 = load i32, i32 addrspace(3)* %2798
	%2800 = mul i32 2, 256
	%2801 = add i32 %2800, %0
	%2802 = add i32 2048, %2801
	%2803 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2802
	store i32 %2795, i32 addrspace(3)* %2803
	%2804 = mul i32 2, 256
	%2805 = add i32 %2804, %0
	%2806 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2805
	store i32 0, i32 addrspace(3)* %2806
	%2807 = add i32 %2795, %2799
	%2808 = mul i32 3, 256
	%2809 = add i32 %2808, %0
	%2810 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2809
	%2811 = load i32, i32 addrspace(3)* %2810
	%2812 = mul i32 3, 256
	%2813 = add i32 %2812, %0
	%2814 = add i32 2048, %2813
	%2815 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2814
	store i32 %2807, i32 addrspace(3)* %2815
	%2816 = mul i32 3, 256
	%2817 = add i32 %2816, %0
	%2818 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2817
	store i32 0, i32 addrspace(3)* %2818
	%2819 = add i32 %2807, %2811
	%2820 = mul i32 4, 256
	%2821 = add i32 %2820, %0
	%2822 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2821
	%2823 = load i32, i32 addrspace(3)* %2822
	%2824 = mul i32 4, 256
	%2825 = add i32 %2824, %0
	%2826 = add i32 2048, %2825
	%2827 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2826
	store i32 %2819, i32 addrspace(3)* %2827
	%2828 = mul i32 4, 256
	%2829 = add i32 %2828, %0
	%2830 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2829
	store i32 0, i32 addrspace(3)* %2830
	%2831 = add i32 %2819, %2823
	%2832 = mul i32 5, 256
	%2833 = add i32 %2832, %0
	%2834 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2833
	%2835 = load i32, i32 addrspace(3)* %2834
	%2836 = mul i32 5, 256
	%2837 = add i32 %2836, %0
	%2838 = add i32 2048, %2837
	%2839 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2838
	store i32 %2831, i32 addrspace(3)* %2839
	%2840 = mul i32 5, 256
	%2841 = add i32 %2840, %0
	%2842 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2841
	store i32 0, i32 addrspace(3)* %2842
	%2843 = add i32 %2831, %2835
	%2844 = mul i32 6, 256
	%2845 = add i32 %2844, %0
	%2846 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2845
	%2847 = load i32, i32 addrspace(3)* %2846
	%2848 = mul i32 6, 256
	%2849 = add i32 %2848, %0
	%2850 = add i32 2048, %2849
	%2851 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2850
	store i32 %2843, i32 addrspace(3)* %2851
	%2852 = mul i32 6, 256
	%2853 = add i32 %2852, %0
	%2854 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2853
	store i32 0, i32 addrspace(3)* %2854
	%2855 = add i32 %2843, %2847
	%2856 = mul i32 7, 256
	%2857 = add i32 %2856, %0
	%2858 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2857
	%2859 = load i32, i32 addrspace(3)* %2858
	%2860 = mul i32 7, 256
	%2861 = add i32 %2860, %0
	%2862 = add i32 2048, %2861
	%2863 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2862
	store i32 %2855, i32 addrspace(3)* %2863
	%2864 = mul i32 7, 256
	%2865 = add i32 %2864, %0
	%2866 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2865
	store i32 0, i32 addrspace(3)* %2866
	%2867 = add i32 %2855, %2859
	call void @llvm.nvvm.barrier0()
	%2868 = select i1 %2492, i32 %2505, i32 0
	%2869 = mul i32 %4, 256
	%2870 = add i32 %2869, %2868
	%2871 = add i32 2048, %2870
	%2872 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2871
	%2873 = load i32, i32 addrspace(3)* %2872
	%2874 = add i32 %2615, %2873
	%2875 = select i1 %2507, i32 %2519, i32 0
	%2876 = mul i32 %4, 256
	%2877 = add i32 %2876, %2875
	%2878 = add i32 2048, %2877
	%2879 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2878
	%2880 = load i32, i32 addrspace(3)* %2879
	%2881 = add i32 %2636, %2880
	%2882 = select i1 %2521, i32 %2533, i32 0
	%2883 = mul i32 %4, 256
	%2884 = add i32 %2883, %2882
	%2885 = add i32 2048, %2884
	%2886 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2885
	%2887 = load i32, i32 addrspace(3)* %2886
	%2888 = add i32 %2657, %2887
	%2889 = select i1 %2535, i32 %2547, i32 0
	%2890 = mul i32 %4, 256
	%2891 = add i32 %2890, %2889
	%2892 = add i32 2048, %2891
	%2893 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2892
	%2894 = load i32, i32 addrspace(3)* %2893
	%2895 = add i32 %2678, %2894
	%2896 = select i1 %2549, i32 %2561, i32 0
	%2897 = mul i32 %4, 256
	%2898 = add i32 %2897, %2896
	%2899 = add i32 2048, %2898
	%2900 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2899
	%2901 = load i32, i32 addrspace(3)* %2900
	%2902 = add i32 %2699, %2901
	%2903 = select i1 %2563, i32 %2575, i32 0
	%2904 = mul i32 %4, 256
	%2905 = add i32 %2904, %2903
	%2906 = add i32 2048, %2905
	%2907 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2906
	%2908 = load i32, i32 addrspace(3)* %2907
	%2909 = add i32 %2720, %2908
	%2910 = select i1 %2577, i32 %2589, i32 0
	%2911 = mul i32 %4, 256
	%2912 = add i32 %2911, %2910
	%2913 = add i32 2048, %2912
	%2914 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2913
	%2915 = load i32, i32 addrspace(3)* %2914
	%2916 = add i32 %2741, %2915
	%2917 = select i1 %2591, i32 %2603, i32 0
	%2918 = mul i32 %4, 256
	%2919 = add i32 %2918, %2917
	%2920 = add i32 2048, %2919
	%2921 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %2920
	%2922 = load i32, i32 addrspace(3)* %2921
	%2923 = add i32 %2762, %2922
	%2924 = and i32 %0, 31
	%2925 = lshr i32 %0, 5
	%2926 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2867, i32 1, i32 0)
	%2927 = icmp uge i32 %2924, 1
	%2928 = select i1 %2927, i32 %2926, i32 0
	%2929 = add i32 %2867, %2928
	%2930 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2929, i32 2, i32 0)
	%2931 = icmp uge i32 %2924, 2
	%2932 = select i1 %2931, i32 %2930, i32 0
	%2933 = add i32 %2929, %2932
	%2934 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2933, i32 4, i32 0)
	%2935 = icmp uge i32 %2924, 4
	%2936 = select i1 %2935, i32 %2934, i32 0
	%2937 = add i32 %2933, %2936
	%2938 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2937, i32 8, i32 0)
	%2939 = icmp uge i32 %2924, 8
	%2940 = select i1 %2939, i32 %2938, i32 0
	%2941 = add i32 %2937, %2940
	%2942 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2941, i32 16, i32 0)
	%2943 = icmp uge i32 %2924, 16
	%2944 = select i1 %2943, i32 %2942, i32 0
	%2945 = add i32 %2941, %2944
	%2946 = icmp eq i32 %2924, 31
	br i1 %2946, label %2947, label %2949

2947:
	%2948 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %2925
	store i32 %2945, i32 addrspace(3)* %2948
	br label %2949

2949:
	call void @llvm.nvvm.barrier0()
	%2950 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%2951 = load i32, i32 addrspace(3)* %2950
	%2952 = icmp sgt i32 %2925, 0
	%2953 = select i1 %2952, i32 %2951, i32 0
	%2954 = add i32 0, %2953
	%2955 = add i32 0, %2951
	%2956 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%2957 = load i32, i32 addrspace(3)* %2956
	%2958 = icmp sgt i32 %2925, 1
	%2959 = select i1 %2958, i32 %2957, i32 0
	%2960 = add i32 %2954, %2959
	%2961 = add i32 %2955, %2957
	%2962 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%2963 = load i32, i32 addrspace(3)* %2962
	%2964 = icmp sgt i32 %2925, 2
	%2965 = select i1 %2964, i32 %2963, i32 0
	%2966 = add i32 %2960, %2965
	%2967 = add i32 %2961, %2963
	%2968 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%2969 = load i32, i32 addrspace(3)* %2968
	%2970 = icmp sgt i32 %2925, 3
	%2971 = select i1 %2970, i32 %2969, i32 0
	%2972 = add i32 %2966, %2971
	%2973 = add i32 %2967, %2969
	%2974 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%2975 = load i32, i32 addrspace(3)* %2974
	%2976 = icmp sgt i32 %2925, 4
	%2977 = select i1 %2976, i32 %2975, i32 0
	%2978 = add i32 %2972, %2977
	%2979 = add i32 %2973, %2975
	%2980 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%2981 = load i32, i32 addrspace(3)* %2980
	%2982 = icmp sgt i32 %2925, 5
	%2983 = select i1 %2982, i32 %2981, i32 0
	%2984 = add i32 %2978, %2983
	%2985 = add i32 %2979, %2981
	%2986 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%2987 = load i32, i32 addrspace(3)* %2986
	%2988 = icmp sgt i32 %2925, 6
	%2989 = select i1 %2988, i32 %2987, i32 0
	%2990 = add i32 %2984, %2989
	%2991 = add i32 %2985, %2987
	%2992 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%2993 = load i32, i32 addrspace(3)* %2992
	%2994 = icmp sgt i32 %2925, 7
	%2995 = select i1 %2994, i32 %2993, i32 0
	%2996 = add i32 %2990, %2995
	%2997 = add i32 %2991, %2993
	%2998 = add i32 %2996, %2945
	%2999 = sub i32 %2998, %2867
	%3000 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %2999, i32 addrspace(3)* %3000
	call void @llvm.nvvm.barrier0()
	br i1 %2492, label %3001, label %3009

3001:
	%3002 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2505
	%3003 = load i32, i32 addrspace(3)* %3002
	%3004 = add i32 %3003, %2874
	%3005 = add i32 %3004, u0x1000
	%3006 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3005
	store i32 %2502, i32 addrspace(3)* %3006
	%3007 = add i32 %3004, 6144
	%3008 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3007
	store i32 %2503, i32 addrspace(3)* %3008
	br label %3009

3009:
	br i1 %2507, label %3010, label %3018

3010:
	%3011 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2519
	%3012 = load i32, i32 addrspace(3)* %3011
	%3013 = add i32 %3012, %2881
	%3014 = add i32 %3013, u0x1000
	%3015 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3014
	store i32 %2516, i32 addrspace(3)* %3015
	%3016 = add i32 %3013, 6144
	%3017 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3016
	store i32 %2517, i32 addrspace(3)* %3017
	br label %3018

3018:
	br i1 %2521, label %3019, label %3027

3019:
	%3020 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2533
	%3021 = load i32, i32 addrspace(3)* %3020
	%3022 = add i32 %3021, %2888
	%3023 = add i32 %3022, u0x1000
	%3024 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3023
	store i32 %2530, i32 addrspace(3)* %3024
	%3025 = add i32 %3022, 6144
	%3026 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3025
	store i32 %2531, i32 addrspace(3)* %3026
	br label %3027

3027:
	br i1 %2535, label %3028, label %3036

3028:
	%3029 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2547
	%3030 = load i32, i32 addrspace(3)* %3029
	%3031 = add i32 %3030, %2895
	%3032 = add i32 %3031, u0x1000
	%3033 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3032
	store i32 %2544, i32 addrspace(3)* %3033
	%3034 = add i32 %3031, 6144
	%3035 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3034
	store i32 %2545, i32 addrspace(3)* %3035
	br label %3036

3036:
	br i1 %2549, label %3037, label %3045

3037:
	%3038 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2561
	%3039 = load i32, i32 addrspace(3)* %3038
	%3040 = add i32 %3039, %2902
	%3041 = add i32 %3040, u0x1000
	%3042 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3041
	store i32 %2558, i32 addrspace(3)* %3042
	%3043 = add i32 %3040, 6144
	%3044 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3043
	store i32 %2559, i32 addrspace(3)* %3044
	br label %3045

3045:
	br i1 %2563, label %3046, label %3054

3046:
	%3047 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2575
	%3048 = load i32, i32 addrspace(3)* %3047
	%3049 = add i32 %3048, %2909
	%3050 = add i32 %3049, u0x1000
	%3051 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3050
	store i32 %2572, i32 addrspace(3)* %3051
	%3052 = add i32 %3049, 6144
	%3053 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3052
	store i32 %2573, i32 addrspace(3)* %3053
	br label %3054

3054:
	br i1 %2577, label %3055, label %3063

3055:
	%3056 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2589
	%3057 = load i32, i32 addrspace(3)* %3056
	%3058 = add i32 %3057, %2916
	%3059 = add i32 %3058, u0x1000
	%3060 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3059
	store i32 %2586, i32 addrspace(3)* %3060
	%3061 = add i32 %3058, 6144
	%3062 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3061
	store i32 %2587, i32 addrspace(3)* %3062
	br label %3063

3063:
	br i1 %2591, label %3064, label %3072

3064:
	%3065 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2603
	%3066 = load i32, i32 addrspace(3)* %3065
	%3067 = add i32 %3066, %2923
	%3068 = add i32 %3067, u0x1000
	%3069 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3068
	store i32 %2600, i32 addrspace(3)* %3069
	%3070 = add i32 %3067, 6144
	%3071 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3070
	store i32 %2601, i32 addrspace(3)* %3071
	br label %3072

3072:
	call void @llvm.nvvm.barrier0()
	%3073 = sub i32 %9, %2485
	%3074 = icmp slt i32 2048, %3073
	%3075 = select i1 %3074, i32 2048, i32 %3073
	%3076 = add i32 0, %0
	%3077 = icmp slt i32 %3076, %3075
	br i1 %3077, label %3078, label %3100

3078:
	%3079 = add i32 %3076, u0x1000
	%3080 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3079
	%3081 = load i32, i32 addrspace(3)* %3080
	%3082 = lshr i32 %3081, 16
	%3083 = and i32 %3082, 255
	%3084 = add i32 %3083, 512
	%3085 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3084
	%3086 = load i32, i32 addrspace(3)* %3085
	%3087 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3083
	%3088 = load i32, i32 addrspace(3)* %3087
	%3089 = sub i32 %3076, %3088
	%3090 = add i32 %3086, %3089
	%3091 = mul i32 %3090, 2
	%3092 = sext i32 %3091 to i64
	%3093 = getelementptr i32, i32* %50, i64 %3092
	store i32 %3081, i32* %3093
	%3094 = add i32 %3076, 6144
	%3095 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3094
	%3096 = load i32, i32 addrspace(3)* %3095
	%3097 = mul i32 %3090, 2
	%3098 = sext i32 %3097 to i64
	%3099 = getelementptr i32, i32* %49, i64 %3098
	store i32 %3096, i32* %3099
	br label %3100

3100:
	%3101 = add i32 256, %0
	%3102 = icmp slt i32 %3101, %3075
	br i1 %3102, label %3103, label %3125

3103:
	%3104 = add i32 %3101, u0x1000
	%3105 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3104
	%3106 = load i32, i32 addrspace(3)* %3105
	%3107 = lshr i32 %3106, 16
	%3108 = and i32 %3107, 255
	%3109 = add i32 %3108, 512
	%3110 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3109
	%3111 = load i32, i32 addrspace(3)* %3110
	%3112 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3108
	%3113 = load i32, i32 addrspace(3)* %3112
	%3114 = sub i32 %3101, %3113
	%3115 = add i32 %3111, %3114
	%3116 = mul i32 %3115, 2
	%3117 = sext i32 %3116 to i64
	%3118 = getelementptr i32, i32* %50, i64 %3117
	store i32 %3106, i32* %3118
	%3119 = add i32 %3101, 6144
	%3120 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3119
	%3121 = load i32, i32 addrspace(3)* %3120
	%3122 = mul i32 %3115, 2
	%3123 = sext i32 %3122 to i64
	%3124 = getelementptr i32, i32* %49, i64 %3123
	store i32 %3121, i32* %3124
	br label %3125

3125:
	%3126 = add i32 512, %0
	%3127 = icmp slt i32 %3126, %3075
	br i1 %3127, label %3128, label %3150

3128:
	%3129 = add i32 %3126, u0x1000
	%3130 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3129
	%3131 = load i32, i32 addrspace(3)* %3130
	%3132 = lshr i32 %3131, 16
	%3133 = and i32 %3132, 255
	%3134 = add i32 %3133, 512
	%3135 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3134
	%3136 = load i32, i32 addrspace(3)* %3135
	%3137 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3133
	%3138 = load i32, i32 addrspace(3)* %3137
	%3139 = sub i32 %3126, %3138
	%3140 = add i32 %3136, %3139
	%3141 = mul i32 %3140, 2
	%3142 = sext i32 %3141 to i64
	%3143 = getelementptr i32, i32* %50, i64 %3142
	store i32 %3131, i32* %3143
	%3144 = add i32 %3126, 6144
	%3145 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3144
	%3146 = load i32, i32 addrspace(3)* %3145
	%3147 = mul i32 %3140, 2
	%3148 = sext i32 %3147 to i64
	%3149 = getelementptr i32, i32* %49, i64 %3148
	store i32 %3146, i32* %3149
	br label %3150

3150:
	%3151 = add i32 768, %0
	%3152 = icmp slt i32 %3151, %3075
	br i1 %3152, label %3153, label %3175

3153:
	%3154 = add i32 %3151, u0x1000
	%3155 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3154
	%3156 = load i32, i32 addrspace(3)* %3155
	%3157 = lshr i32 %3156, 16
	%3158 = and i32 %3157, 255
	%3159 = add i32 %3158, 512
	%3160 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3159
	%3161 = load i32, i32 addrspace(3)* %3160
	%3162 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3158
	%3163 = load i32, i32 addrspace(3)* %3162
	%3164 = sub i32 %3151, %3163
	%3165 = add i32 %3161, %3164
	%3166 = mul i32 %3165, 2
	%3167 = sext i32 %3166 to i64
	%3168 = getelementptr i32, i32* %50, i64 %3167
	store i32 %3156, i32* %3168
	%3169 = add i32 %3151, 6144
	%3170 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3169
	%3171 = load i32, i32 addrspace(3)* %3170
	%3172 = mul i32 %3165, 2
	%3173 = sext i32 %3172 to i64
	%3174 = getelementptr i32, i32* %49, i64 %3173
	store i32 %3171, i32* %3174
	br label %3175

3175:
	%3176 = add i32 1024, %0
	%3177 = icmp slt i32 %3176, %3075
	br i1 %3177, label %3178, label %3200

3178:
	%3179 = add i32 %3176, u0x1000
	%3180 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3179
	%3181 = load i32, i32 addrspace(3)* %3180
	%3182 = lshr i32 %3181, 16
	%3183 = and i32 %3182, 255
	%3184 = add i32 %3183, 512
	%3185 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3184
	%3186 = load i32, i32 addrspace(3)* %3185
	%3187 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3183
	%3188 = load i32, i32 addrspace(3)* %3187
	%3189 = sub i32 %3176, %3188
	%3190 = add i32 %3186, %3189
	%3191 = mul i32 %3190, 2
	%3192 = sext i32 %3191 to i64
	%3193 = getelementptr i32, i32* %50, i64 %3192
	store i32 %3181, i32* %3193
	%3194 = add i32 %3176, 6144
	%3195 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3194
	%3196 = load i32, i32 addrspace(3)* %3195
	%3197 = mul i32 %3190, 2
	%3198 = sext i32 %3197 to i64
	%3199 = getelementptr i32, i32* %49, i64 %3198
	store i32 %3196, i32* %3199
	br label %3200

3200:
	%3201 = add i32 1280, %0
	%3202 = icmp slt i32 %3201, %3075
	br i1 %3202, label %3203, label %3225

3203:
	%3204 = add i32 %3201, u0x1000
	%3205 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3204
	%3206 = load i32, i32 addrspace(3)* %3205
	%3207 = lshr i32 %3206, 16
	%3208 = and i32 %3207, 255
	%3209 = add i32 %3208, 512
	%3210 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3209
	%3211 = load i32, i32 addrspace(3)* %3210
	%3212 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3208
	%3213 = load i32, i32 addrspace(3)* %3212
	%3214 = sub i32 %3201, %3213
	%3215 = add i32 %3211, %3214
	%3216 = mul i32 %3215, 2
	%3217 = sext i32 %3216 to i64
	%3218 = getelementptr i32, i32* %50, i64 %3217
	store i32 %3206, i32* %3218
	%3219 = add i32 %3201, 6144
	%3220 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3219
	%3221 = load i32, i32 addrspace(3)* %3220
	%3222 = mul i32 %3215, 2
	%3223 = sext i32 %3222 to i64
	%3224 = getelementptr i32, i32* %49, i64 %3223
	store i32 %3221, i32* %3224
	br label %3225

3225:
	%3226 = add i32 1536, %0
	%3227 = icmp slt i32 %3226, %3075
	br i1 %3227, label %3228, label %3250

3228:
	%3229 = add i32 %3226, u0x1000
	%3230 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3229
	%3231 = load i32, i32 addrspace(3)* %3230
	%3232 = lshr i32 %3231, 16
	%3233 = and i32 %3232, 255
	%3234 = add i32 %3233, 512
	%3235 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3234
	%3236 = load i32, i32 addrspace(3)* %3235
	%3237 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3233
	%3238 = load i32, i32 addrspace(3)* %3237
	%3239 = sub i32 %3226, %3238
	%3240 = add i32 %3236, %3239
	%3241 = mul i32 %3240, 2
	%3242 = sext i32 %3241 to i64
	%3243 = getelementptr i32, i32* %50, i64 %3242
	store i32 %3231, i32* %3243
	%3244 = add i32 %3226, 6144
	%3245 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3244
	%3246 = load i32, i32 addrspace(3)* %3245
	%3247 = mul i32 %3240, 2
	%3248 = sext i32 %3247 to i64
	%3249 = getelementptr i32, i32* %49, i64 %3248
	store i32 %3246, i32* %3249
	br label %3250

3250:
	%3251 = add i32 1792, %0
	%3252 = icmp slt i32 %3251, %3075
	br i1 %3252, label %3253, label %3275

3253:
	%3254 = add i32 %3251, u0x1000
	%3255 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3254
	%3256 = load i32, i32 addrspace(3)* %3255
	%3257 = lshr i32 %3256, 16
	%3258 = and i32 %3257, 255
	%3259 = add i32 %3258, 512
	%3260 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3259
	%3261 = load i32, i32 addrspace(3)* %3260
	%3262 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3258
	%3263 = load i32, i32 addrspace(3)* %3262
	%3264 = sub i32 %3251, %3263
	%3265 = add i32 %3261, %3264
	%3266 = mul i32 %3265, 2
	%3267 = sext i32 %3266 to i64
	%3268 = getelementptr i32, i32* %50, i64 %3267
	store i32 %3256, i32* %3268
	%3269 = add i32 %3251, 6144
	%3270 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3269
	%3271 = load i32, i32 addrspace(3)* %3270
	%3272 = mul i32 %3265, 2
	%3273 = sext i32 %3272 to i64
	%3274 = getelementptr i32, i32* %49, i64 %3273
	store i32 %3271, i32* %3274
	br label %3275

3275:
	call void @llvm.nvvm.barrier0()
	%3276 = add i32 %0, 512
	%3277 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3276
	%3278 = load i32, i32 addrspace(3)* %3277
	%3279 = add i32 %3278, %2867
	%3280 = add i32 %0, 512
	%3281 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3280
	store i32 %3279, i32 addrspace(3)* %3281
	%3282 = add i32 %2485, 2048
	br label %2484

3283:
	%3284 = phi i32 [ 0, %2493 ], [ %4081, %4074 ]
	%3285 = icmp slt i32 %3284, %9
	br i1 %3285, label %3286, label %3292

3286:
	%3287 = mul i32 %4, 256
	%3288 = add i32 %3287, %3
	%3289 = add i32 %3284, %3288
	%3290 = add i32 %3289, 0
	%3291 = icmp slt i32 %3290, %9
	br i1 %3291, label %3293, label %3302

3292:
	call void @llvm.nvvm.barrier0()
	ret void

3293:
	%3294 = mul i32 %3290, 2
	%3295 = sext i32 %3294 to i64
	%3296 = getelementptr i32, i32* %50, i64 %3295
	%3297 = load i32, i32* %3296
	%3298 = mul i32 %3290, 2
	%3299 = sext i32 %3298 to i64
	%3300 = getelementptr i32, i32* %49, i64 %3299
	%3301 = load i32, i32* %3300
	br label %3302

3302:
	%3303 = phi i32 [ 0, %3286 ], [ %3297, %3293 ]
	%3304 = phi i32 [ 0, %3286 ], [ %3301, %3293 ]
	%3305 = lshr i32 %3303, 24
	%3306 = and i32 %3305, 255
	%3307 = add i32 %3289, 32
	%3308 = icmp slt i32 %3307, %9
	br i1 %3308, label %3309, label %3318

3309:
	%3310 = mul i32 %3307, 2
	%3311 = sext i32 %3310 to i64
	%3312 = getelementptr i32, i32* %50, i64 %3311
	%3313 = load i32, i32* %3312
	%3314 = mul i32 %3307, 2
	%3315 = sext i32 %3314 to i64
	%3316 = getelementptr i32, i32* %49, i64 %3315
	%3317 = load i32, i32* %3316
	br label %3318

3318:
	%3319 = phi i32 [ 0, %3302 ], [ %3313, %3309 ]
	%3320 = phi i32 [ 0, %3302 ], [ %3317, %3309 ]
	%3321 = lshr i32 %3319, 24
	%3322 = and i32 %3321, 255
	%3323 = add i32 %3289, 64
	%3324 = icmp slt i32 %3323, %9
	br i1 %3324, label %3325, label %3334

3325:
	%3326 = mul i32 %3323, 2
	%3327 = sext i32 %3326 to i64
	%3328 = getelementptr i32, i32* %50, i64 %3327
	%3329 = load i32, i32* %3328
	%3330 = mul i32 %3323, 2
	%3331 = sext i32 %3330 to i64
	%3332 = getelementptr i32, i32* %49, i64 %3331
	%3333 = load i32, i32* %3332
	br label %3334

3334:
	%3335 = phi i32 [ 0, %3318 ], [ %3329, %3325 ]
	%3336 = phi i32 [ 0, %3318 ], [ %3333, %3325 ]
	%3337 = lshr i32 %3335, 24
	%3338 = and i32 %3337, 255
	%3339 = add i32 %3289, 96
	%3340 = icmp slt i32 %3339, %9
	br i1 %3340, label %3341, label %3350

3341:
	%3342 = mul i32 %3339, 2
	%3343 = sext i32 %3342 to i64
	%3344 = getelementptr i32, i32* %50, i64 %3343
	%3345 = load i32, i32* %3344
	%3346 = mul i32 %3339, 2
	%3347 = sext i32 %3346 to i64
	%3348 = getelementptr i32, i32* %49, i64 %3347
	%3349 = load i32, i32* %3348
	br label %3350

3350:
	%3351 = phi i32 [ 0, %3334 ], [ %3345, %3341 ]
	%3352 = phi i32 [ 0, %3334 ], [ %3349, %3341 ]
	%3353 = lshr i32 %3351, 24
	%3354 = and i32 %3353, 255
	%3355 = add i32 %3289, 128
	%3356 = icmp slt i32 %3355, %9
	br i1 %3356, label %3357, label %3366

3357:
	%3358 = mul i32 %3355, 2
	%3359 = sext i32 %3358 to i64
	%3360 = getelementptr i32, i32* %50, i64 %3359
	%3361 = load i32, i32* %3360
	%3362 = mul i32 %3355, 2
	%3363 = sext i32 %3362 to i64
	%3364 = getelementptr i32, i32* %49, i64 %3363
	%3365 = load i32, i32* %3364
	br label %3366

3366:
	%3367 = phi i32 [ 0, %3350 ], [ %3361, %3357 ]
	%3368 = phi i32 [ 0, %3350 ], [ %3365, %3357 ]
	%3369 = lshr i32 %3367, 24
	%3370 = and i32 %3369, 255
	%3371 = add i32 %3289, 160
	%3372 = icmp slt i32 %3371, %9
	br i1 %3372, label %3373, label %3382

3373:
	%3374 = mul i32 %3371, 2
	%3375 = sext i32 %3374 to i64
	%3376 = getelementptr i32, i32* %50, i64 %3375
	%3377 = load i32, i32* %3376
	%3378 = mul i32 %3371, 2
	%3379 = sext i32 %3378 to i64
	%3380 = getelementptr i32, i32* %49, i64 %3379
	%3381 = load i32, i32* %3380
	br label %3382

3382:
	%3383 = phi i32 [ 0, %3366 ], [ %3377, %3373 ]
	%3384 = phi i32 [ 0, %3366 ], [ %3381, %3373 ]
	%3385 = lshr i32 %3383, 24
	%3386 = and i32 %3385, 255
	%3387 = add i32 %3289, 192
	%3388 = icmp slt i32 %3387, %9
	br i1 %3388, label %3389, label %3398

3389:
	%3390 = mul i32 %3387, 2
	%3391 = sext i32 %3390 to i64
	%3392 = getelementptr i32, i32* %50, i64 %3391
	%3393 = load i32, i32* %3392
	%3394 = mul i32 %3387, 2
	%3395 = sext i32 %3394 to i64
	%3396 = getelementptr i32, i32* %49, i64 %3395
	%3397 = load i32, i32* %3396
	br label %3398

3398:
	%3399 = phi i32 [ 0, %3382 ], [ %3393, %3389 ]
	%3400 = phi i32 [ 0, %3382 ], [ %3397, %3389 ]
	%3401 = lshr i32 %3399, 24
	%3402 = and i32 %3401, 255
	%3403 = add i32 %3289, 224
	%3404 = icmp slt i32 %3403, %9
	br i1 %3404, label %3405, label %3414

3405:
	%3406 = mul i32 %3403, 2
	%3407 = sext i32 %3406 to i64
	%3408 = getelementptr i32, i32* %50, i64 %3407
	%3409 = load i32, i32* %3408
	%3410 = mul i32 %3403, 2
	%3411 = sext i32 %3410 to i64
	%3412 = getelementptr i32, i32* %49, i64 %3411
	%3413 = load i32, i32* %3412
	br label %3414

3414:
	%3415 = phi i32 [ 0, %3398 ], [ %3409, %3405 ]
	%3416 = phi i32 [ 0, %3398 ], [ %3413, %3405 ]
	%3417 = lshr i32 %3415, 24
	%3418 = and i32 %3417, 255
	%3419 = select i1 %3291, i32 %3306, i32 256
	%3420 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3419)
	%3421 = and i32 %3420, %885
	%3422 = call i32 @llvm.ctpop.i32(i32 %3421)
	br i1 %3291, label %3423, label %3428

3423:
	%3424 = mul i32 %4, 256
	%3425 = add i32 %3424, %3306
	%3426 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3425
	%3427 = load i32, i32 addrspace(3)* %3426
	br label %3428

3428:
	%3429 = phi i32 [ 0, %3414 ], [ %3427, %3423 ]
	%3430 = add i32 %3429, %3422
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3431 = icmp eq i32 %3422, 0
	%3432 = and i1 %3291, %3431
	br i1 %3432, label %3433, label %3439

3433:
	%3434 = call i32 @llvm.ctpop.i32(i32 %3420)
	%3435 = add i32 %3429, %3434
	%3436 = mul i32 %4, 256
	%3437 = add i32 %3436, %3306
	%3438 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3437
	store i32 %3435, i32 addrspace(3)* %3438
	br label %3439

3439:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3440 = select i1 %3308, i32 %3322, i32 256
	%3441 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3440)
	%3442 = and i32 %3441, %885
	%3443 = call i32 @llvm.ctpop.i32(i32 %3442)
	br i1 %3308, label %3444, label %3449

3444:
	%3445 = mul i32 %4, 256
	%3446 = add i32 %3445, %3322
	%3447 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3446
	%3448 = load i32, i32 addrspace(3)* %3447
	br label %3449

3449:
	%3450 = phi i32 [ 0, %3439 ], [ %3448, %3444 ]
	%3451 = add i32 %3450, %3443
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3452 = icmp eq i32 %3443, 0
	%3453 = and i1 %3308, %3452
	br i1 %3453, label %3454, label %3460

3454:
	%3455 = call i32 @llvm.ctpop.i32(i32 %3441)
	%3456 = add i32 %3450, %3455
	%3457 = mul i32 %4, 256
	%3458 = add i32 %3457, %3322
	%3459 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3458
	store i32 %3456, i32 addrspace(3)* %3459
	br label %3460

3460:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3461 = select i1 %3324, i32 %3338, i32 256
	%3462 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3461)
	%3463 = and i32 %3462, %885
	%3464 = call i32 @llvm.ctpop.i32(i32 %3463)
	br i1 %3324, label %3465, label %3470

3465:
	%3466 = mul i32 %4, 256
	%3467 = add i32 %3466, %3338
	%3468 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3467
	%3469 = load i32, i32 addrspace(3)* %3468
	br label %3470

3470:
	%3471 = phi i32 [ 0, %3460 ], [ %3469, %3465 ]
	%3472 = add i32 %3471, %3464
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3473 = icmp eq i32 %3464, 0
	%3474 = and i1 %3324, %3473
	br i1 %3474, label %3475, label %3481

3475:
	%3476 = call i32 @llvm.ctpop.i32(i32 %3462)
	%3477 = add i32 %3471, %3476
	%3478 = mul i32 %4, 256
	%3479 = add i32 %3478, %3338
	%3480 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3479
	store i32 %3477, i32 addrspace(3)* %3480
	br label %3481

3481:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3482 = select i1 %3340, i32 %3354, i32 256
	%3483 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3482)
	%3484 = and i32 %3483, %885
	%3485 = call i32 @llvm.ctpop.i32(i32 %3484)
	br i1 %3340, label %3486, label %3491

3486:
	%3487 = mul i32 %4, 256
	%3488 = add i32 %3487, %3354
	%3489 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3488
	%3490 = load i32, i32 addrspace(3)* %3489
	br label %3491

3491:
	%3492 = phi i32 [ 0, %3481 ], [ %3490, %3486 ]
	%3493 = add i32 %3492, %3485
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3494 = icmp eq i32 %3485, 0
	%3495 = and i1 %3340, %3494
	br i1 %3495, label %3496, label %3502

3496:
	%3497 = call i32 @llvm.ctpop.i32(i32 %3483)
	%3498 = add i32 %3492, %3497
	%3499 = mul i32 %4, 256
	%3500 = add i32 %3499, %3354
	%3501 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3500
	store i32 %3498, i32 addrspace(3)* %3501
	br label %3502

3502:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3503 = select i1 %3356, i32 %3370, i32 256
	%3504 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3503)
	%3505 = and i32 %3504, %885
	%3506 = call i32 @llvm.ctpop.i32(i32 %3505)
	br i1 %3356, label %3507, label %3512

3507:
	%3508 = mul i32 %4, 256
	%3509 = add i32 %3508, %3370
	%3510 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3509
	%3511 = load i32, i32 addrspace(3)* %3510
	br label %3512

3512:
	%3513 = phi i32 [ 0, %3502 ], [ %3511, %3507 ]
	%3514 = add i32 %3513, %3506
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3515 = icmp eq i32 %3506, 0
	%3516 = and i1 %3356, %3515
	br i1 %3516, label %3517, label %3523

3517:
	%3518 = call i32 @llvm.ctpop.i32(i32 %3504)
	%3519 = add i32 %3513, %3518
	%3520 = mul i32 %4, 256
	%3521 = add i32 %3520, %3370
	%3522 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3521
	store i32 %3519, i32 addrspace(3)* %3522
	br label %3523

3523:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3524 = select i1 %3372, i32 %3386, i32 256
	%3525 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3524)
	%3526 = and i32 %3525, %885
	%3527 = call i32 @llvm.ctpop.i32(i32 %3526)
	br i1 %3372, label %3528, label %3533

3528:
	%3529 = mul i32 %4, 256
	%3530 = add i32 %3529, %3386
	%3531 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3530
	%3532 = load i32, i32 addrspace(3)* %3531
	br label %3533

3533:
	%3534 = phi i32 [ 0, %3523 ], [ %3532, %3528 ]
	%3535 = add i32 %3534, %3527
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3536 = icmp eq i32 %3527, 0
	%3537 = and i1 %3372, %3536
	br i1 %3537, label %3538, label %3544

3538:
	%3539 = call i32 @llvm.ctpop.i32(i32 %3525)
	%3540 = add i32 %3534, %3539
	%3541 = mul i32 %4, 256
	%3542 = add i32 %3541, %3386
	%3543 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3542
	store i32 %3540, i32 addrspace(3)* %3543
	br label %3544

3544:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3545 = select i1 %3388, i32 %3402, i32 256
	%3546 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3545)
	%3547 = and i32 %3546, %885
	%3548 = call i32 @llvm.ctpop.i32(i32 %3547)
	br i1 %3388, label %3549, label %3554

3549:
	%3550 = mul i32 %4, 256
	%3551 = add i32 %3550, %3402
	%3552 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3551
	%3553 = load i32, i32 addrspace(3)* %3552
	br label %3554

3554:
	%3555 = phi i32 [ 0, %3544 ], [ %3553, %3549 ]
	%3556 = add i32 %3555, %3548
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3557 = icmp eq i32 %3548, 0
	%3558 = and i1 %3388, %3557
	br i1 %3558, label %3559, label %3565

3559:
	%3560 = call i32 @llvm.ctpop.i32(i32 %3546)
	%3561 = add i32 %3555, %3560
	%3562 = mul i32 %4, 256
	%3563 = add i32 %3562, %3402
	%3564 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3563
	store i32 %3561, i32 addrspace(3)* %3564
	br label %3565

3565:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3566 = select i1 %3404, i32 %3418, i32 256
	%3567 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3566)
	%3568 = and i32 %3567, %885
	%3569 = call i32 @llvm.ctpop.i32(i32 %3568)
	br i1 %3404, label %3570, label %3575

3570:
	%3571 = mul i32 %4, 256
	%3572 = add i32 %3571, %3418
	%3573 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3572
	%3574 = load i32, i32 addrspace(3)* %3573
	br label %3575

3575:
	%3576 = phi i32 [ 0, %3565 ], [ %3574, %3570 ]
	%3577 = add i32 %3576, %3569
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3578 = icmp eq i32 %3569, 0
	%3579 = and i1 %3404, %3578
	br i1 %3579, label %3580, label %3586

3580:
	%3581 = call i32 @llvm.ctpop.i32(i32 %3567)
	%3582 = add i32 %3576, %3581
	%3583 = mul i32 %4, 256
	%3584 = add i32 %3583, %3418
	%3585 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3584
	store i32 %3582, i32 addrspace(3)* %3585
	br label %3586

3586:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%3587 = mul i32 0, 256
	%3588 = add i32 %3587, %0
	%3589 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3588
	%3590 = load i32, i32 addrspace(3)* %3589
	%3591 = mul i32 0, 256
	%3592 = add i32 %3591, %0
	%3593 = add i32 2048, %3592
	%3594 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3593
	store i32 0, i32 addrspace(3)* %3594
	%3595 = mul i32 0, 256
	%3596 = add i32 %3595, %0
	%3597 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3596
	store i32 0, i32 addrspace(3)* %3597
	%3598 = add i32 0, %3590
	%3599 = mul i32 1, 256
	%3600 = add i32 %3599, %0
	%3601 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3600
	%3602 = load i32, i32 addrspace(3)* %3601
	%3603 = mul i32 1, 256
	%3604 = add i32 %3603, %0
	%3605 = add i32 2048, %3604
	%3606 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3605
	store i32 %3598, i32 addrspace(3)* %3606
	%3607 = mul i32 1, 256
	%3608 = add i32 %3607, %0
	%3609 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3608
	store i32 0, i32 addrspace(3)* %3609
	%3610 = add i32 %3598, %3602
	%3611 = mul i32 2, 256
	%3612 = add i32 %3611, %0
	%3613 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3612
	%3614 = load i32, i32 addrspace(3)* %3613
	%3615 = mul i32 2, 256
	%3616 = add i32 %3615, %0
	%3617 = add i32 2048, %3616
	%3618 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3617
	store i32 %3610, i32 addrspace(3)* %3618
	%3619 = mul i32 2, 256
	%3620 = add i32 %3619, %0
	%3621 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3620
	store i32 0, i32 addrspace(3)* %3621
	%3622 = add i32 %3610, %3614
	%3623 = mul i32 3, 256
	%3624 = add i32 %3623, %0
	%3625 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3624
	%3626 = load i32, i32 addrspace(3)* %3625
	%3627 = mul i32 3, 256
	%3628 = add i32 %3627, %0
	%3629 = add i32 2048, %3628
	%3630 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3629
	store i32 %3622, i32 addrspace(3)* %3630
	%3631 = mul i32 3, 256
	%3632 = add i32 %3631, %0
	%3633 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3632
	store i32 0, i32 addrspace(3)* %3633
	%3634 = add i32 %3622, %3626
	%3635 = mul i32 4, 256
	%3636 = add i32 %3635, %0
	%3637 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3636
	%3638 = load i32, i32 addrspace(3)* %3637
	%3639 = mul i32 4, 256
	%3640 = add i32 %3639, %0
	%3641 = add i32 2048, %3640
	%3642 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3641
	store i32 %3634, i32 addrspace(3)* %3642
	%3643 = mul i32 4, 256
	%3644 = add i32 %3643, %0
	%3645 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3644
	store i32 0, i32 addrspace(3)* %3645
	%3646 = add i32 %3634, %3638
	%3647 = mul i32 5, 256
	%3648 = add i32 %3647, %0
	%3649 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3648
	%3650 = load i32, i32 addrspace(3)* %3649
	%3651 = mul i32 5, 256
	%3652 = add i32 %3651, %0
	%3653 = add i32 2048, %3652
	%3654 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3653
	store i32 %3646, i32 addrspace(3)* %3654
	%3655 = mul i32 5, 256
	%3656 = add i32 %3655, %0
	%3657 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3656
	store i32 0, i32 addrspace(3)* %3657
	%3658 = add i32 %3646, %3650
	%3659 = mul i32 6, 256
	%3660 = add i32 %3659, %0
	%3661 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3660
	%3662 = load i32, i32 addrspace(3)* %3661
	%3663 = mul i32 6, 256
	%3664 = add i32 %3663, %0
	%3665 = add i32 2048, %3664
	%3666 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3665
	store i32 %3658, i32 addrspace(3)* %3666
	%3667 = mul i32 6, 256
	%3668 = add i32 %3667, %0
	%3669 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3668
	store i32 0, i32 addrspace(3)* %3669
	%3670 = add i32 %3658, %3662
	%3671 = mul i32 7, 256
	%3672 = add i32 %3671, %0
	%3673 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3672
	%3674 = load i32, i32 addrspace(3)* %3673
	%3675 = mul i32 7, 256
	%3676 = add i32 %3675, %0
	%3677 = add i32 2048, %3676
	%3678 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3677
	store i32 %3670, i32 addrspace(3)* %3678
	%3679 = mul i32 7, 256
	%3680 = add i32 %3679, %0
	%3681 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3680
	store i32 0, i32 addrspace(3)* %3681
	%3682 = add i32 %3670, %3674
	call void @llvm.nvvm.barrier0()
	%3683 = select i1 %3291, i32 %3306, i32 0
	%3684 = mul i32 %4, 256
	%3685 = add i32 %3684, %3683
	%3686 = add i32 2048, %3685
	%3687 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3686
	%3688 = load i32, i32 addrspace(3)* %3687
	%3689 = add i32 %3430, %3688
	%3690 = select i1 %3308, i32 %3322, i32 0
	%3691 = mul i32 %4, 256
	%3692 = add i32 %3691, %3690
	%3693 = add i32 2048, %3692
	%3694 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3693
	%3695 = load i32, i32 addrspace(3)* %3694
	%3696 = add i32 %3451, %3695
	%3697 = select i1 %3324, i32 %3338, i32 0
	%3698 = mul i32 %4, 256
	%3699 = add i32 %3698, %3697
	%3700 = add i32 2048, %3699
	%3701 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3700
	%3702 = load i32, i32 addrspace(3)* %3701
	%3703 = add i32 %3472, %3702
	%3704 = select i1 %3340, i32 %3354, i32 0
	%3705 = mul i32 %4, 256
	%3706 = add i32 %3705, %3704
	%3707 = add i32 2048, %3706
	%3708 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3707
	%3709 = load i32, i32 addrspace(3)* %3708
	%3710 = add i32 %3493, %3709
	%3711 = select i1 %3356, i32 %3370, i32 0
	%3712 = mul i32 %4, 256
	%3713 = add i32 %3712, %3711
	%3714 = add i32 2048, %3713
	%3715 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3714
	%3716 = load i32, i32 addrspace(3)* %3715
	%3717 = add i32 %3514, %3716
	%3718 = select i1 %3372, i32 %3386, i32 0
	%3719 = mul i32 %4, 256
	%3720 = add i32 %3719, %3718
	%3721 = add i32 2048, %3720
	%3722 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3721
	%3723 = load i32, i32 addrspace(3)* %3722
	%3724 = add i32 %3535, %3723
	%3725 = select i1 %3388, i32 %3402, i32 0
	%3726 = mul i32 %4, 256
	%3727 = add i32 %3726, %3725
	%3728 = add i32 2048, %3727
	%3729 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3728
	%3730 = load i32, i32 addrspace(3)* %3729
	%3731 = add i32 %3556, %3730
	%3732 = select i1 %3404, i32 %3418, i32 0
	%3733 = mul i32 %4, 256
	%3734 = add i32 %3733, %3732
	%3735 = add i32 2048, %3734
	%3736 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3735
	%3737 = load i32, i32 addrspace(3)* %3736
	%3738 = add i32 %3577, %3737
	%3739 = and i32 %0, 31
	%3740 = lshr i32 %0, 5
	%3741 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3682, i32 1, i32 0)
	%3742 = icmp uge i32 %3739, 1
	%3743 = select i1 %3742, i32 %3741, i32 0
	%3744 = add i32 %3682, %3743
	%3745 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3744, i32 2, i32 0)
	%3746 = icmp uge i32 %3739, 2
	%3747 = select i1 %3746, i32 %3745, i32 0
	%3748 = add i32 %3744, %3747
	%3749 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3748, i32 4, i32 0)
	%3750 = icmp uge i32 %3739, 4
	%3751 = select i1 %3750, i32 %3749, i32 0
	%3752 = add i32 %3748, %3751
	%3753 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3752, i32 8, i32 0)
	%3754 = icmp uge i32 %3739, 8
	%3755 = select i1 %3754, i32 %3753, i32 0
	%3756 = add i32 %3752, %3755
	%3757 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3756, i32 16, i32 0)
	%3758 = icmp uge i32 %3739, 16
	%3759 = select i1 %3758, i32 %3757, i32 0
	%3760 = add i32 %3756, %3759
	%3761 = icmp eq i32 %3739, 31
	br i1 %3761, label %3762, label %3764

3762:
	%3763 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %3740
	store i32 %3760, i32 addrspace(3)* %3763
	br label %3764

3764:
	call void @llvm.nvvm.barrier0()
	%3765 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%3766 = load i32, i32 addrspace(3)* %3765
	%3767 = icmp sgt i32 %3740, 0
	%3768 = select i1 %3767, i32 %3766, i32 0
	%3769 = add i32 0, %3768
	%3770 = add i32 0, %3766
	%3771 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%3772 = load i32, i32 addrspace(3)* %3771
	%3773 = icmp sgt i32 %3740, 1
	%3774 = select i1 %3773, i32 %3772, i32 0
	%3775 = add i32 %3769, %3774
	%3776 = add i32 %3770, %3772
	%3777 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%3778 = load i32, i32 addrspace(3)* %3777
	%3779 = icmp sgt i32 %3740, 2
	%3780 = select i1 %3779, i32 %3778, i32 0
	%3781 = add i32 %3775, %3780
	%3782 = add i32 %3776, %3778
	%3783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%3784 = load i32, i32 addrspace(3)* %3783
	%3785 = icmp sgt i32 %3740, 3
	%3786 = select i1 %3785, i32 %3784, i32 0
	%3787 = add i32 %3781, %3786
	%3788 = add i32 %3782, %3784
	%3789 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%3790 = load i32, i32 addrspace(3)* %3789
	%3791 = icmp sgt i32 %3740, 4
	%3792 = select i1 %3791, i32 %3790, i32 0
	%3793 = add i32 %3787, %3792
	%3794 = add i32 %3788, %3790
	%3795 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%3796 = load i32, i32 addrspace(3)* %3795
	%3797 = icmp sgt i32 %3740, 5
	%3798 = select i1 %3797, i32 %3796, i32 0
	%3799 = add i32 %3793, %3798
	%3800 = add i32 %3794, %3796
	%3801 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%3802 = load i32, i32 addrspace(3)* %3801
	%3803 = icmp sgt i32 %3740, 6
	%3804 = select i1 %3803, i32 %3802, i32 0
	%3805 = add i32 %3799, %3804
	%3806 = add i32 %3800, %3802
	%3807 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%3808 = load i32, i32 addrspace(3)* %3807
	%3809 = icmp sgt i32 %3740, 7
	%3810 = select i1 %3809, i32 %3808, i32 0
	%3811 = add i32 %3805, %3810
	%3812 = add i32 %3806, %3808
	%3813 = add i32 %3811, %3760
	%3814 = sub i32 %3813, %3682
	%3815 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %3814, i32 addrspace(3)* %3815
	call void @llvm.nvvm.barrier0()
	br i1 %3291, label %3816, label %3824

3816:
	%3817 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3306
	%3818 = load i32, i32 addrspace(3)* %3817
	%3819 = add i32 %3818, %3689
	%3820 = add i32 %3819, u0x1000
	%3821 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3820
	store i32 %3303, i32 addrspace(3)* %3821
	%3822 = add i32 %3819, 6144
	%3823 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3822
	store i32 %3304, i32 addrspace(3)* %3823
	br label %3824

3824:
	br i1 %3308, label %3825, label %3833

3825:
	%3826 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3322
	%3827 = load i32, i32 addrspace(3)* %3826
	%3828 = add i32 %3827, %3696
	%3829 = add i32 %3828, u0x1000
	%3830 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3829
	store i32 %3319, i32 addrspace(3)* %3830
	%3831 = add i32 %3828, 6144
	%3832 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3831
	store i32 %3320, i32 addrspace(3)* %3832
	br label %3833

3833:
	br i1 %3324, label %3834, label %3842

3834:
	%3835 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3338
	%3836 = load i32, i32 addrspace(3)* %3835
	%3837 = add i32 %3836, %3703
	%3838 = add i32 %3837, u0x1000
	%3839 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3838
	store i32 %3335, i32 addrspace(3)* %3839
	%3840 = add i32 %3837, 6144
	%3841 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3840
	store i32 %3336, i32 addrspace(3)* %3841
	br label %3842

3842:
	br i1 %3340, label %3843, label %3851

3843:
	%3844 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3354
	%3845 = load i32, i32 addrspace(3)* %3844
	%3846 = add i32 %3845, %3710
	%3847 = add i32 %3846, u0x1000
	%3848 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3847
	store i32 %3351, i32 addrspace(3)* %3848
	%3849 = add i32 %3846, 6144
	%3850 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3849
	store i32 %3352, i32 addrspace(3)* %3850
	br label %3851

3851:
	br i1 %3356, label %3852, label %3860

3852:
	%3853 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3370
	%3854 = load i32, i32 addrspace(3)* %3853
	%3855 = add i32 %3854, %3717
	%3856 = add i32 %3855, u0x1000
	%3857 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3856
	store i32 %3367, i32 addrspace(3)* %3857
	%3858 = add i32 %3855, 6144
	%3859 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3858
	store i32 %3368, i32 addrspace(3)* %3859
	br label %3860

3860:
	br i1 %3372, label %3861, label %3869

3861:
	%3862 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3386
	%3863 = load i32, i32 addrspace(3)* %3862
	%3864 = add i32 %3863, %3724
	%3865 = add i32 %3864, u0x1000
	%3866 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3865
	store i32 %3383, i32 addrspace(3)* %3866
	%3867 = add i32 %3864, 6144
	%3868 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3867
	store i32 %3384, i32 addrspace(3)* %3868
	br label %3869

3869:
	br i1 %3388, label %3870, label %3878

3870:
	%3871 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3402
	%3872 = load i32, i32 addrspace(3)* %3871
	%3873 = add i32 %3872, %3731
	%3874 = add i32 %3873, u0x1000
	%3875 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3874
	store i32 %3399, i32 addrspace(3)* %3875
	%3876 = add i32 %3873, 6144
	%3877 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3876
	store i32 %3400, i32 addrspace(3)* %3877
	br label %3878

3878:
	br i1 %3404, label %3879, label %3887

3879:
	%3880 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3418
	%3881 = load i32, i32 addrspace(3)* %3880
	%3882 = add i32 %3881, %3738
	%3883 = add i32 %3882, u0x1000
	%3884 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3883
	store i32 %3415, i32 addrspace(3)* %3884
	%3885 = add i32 %3882, 6144
	%3886 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3885
	store i32 %3416, i32 addrspace(3)* %3886
	br label %3887

3887:
	call void @llvm.nvvm.barrier0()
	%3888 = sub i32 %9, %3284
	%3889 = icmp slt i32 2048, %3888
	%3890 = select i1 %3889, i32 2048, i32 %3888
	%3891 = add i32 0, %0
	%3892 = icmp slt i32 %3891, %3890
	br i1 %3892, label %3893, label %3913

3893:
	%3894 = add i32 %3891, u0x1000
	%3895 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3894
	%3896 = load i32, i32 addrspace(3)* %3895
	%3897 = lshr i32 %3896, 24
	%3898 = and i32 %3897, 255
	%3899 = add i32 %3898, 768
	%3900 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3899
	%3901 = load i32, i32 addrspace(3)* %3900
	%3902 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3898
	%3903 = load i32, i32 addrspace(3)* %3902
	%3904 = sub i32 %3891, %3903
	%3905 = add i32 %3901, %3904
	%3906 = sext i32 %3905 to i64
	%3907 = getelementptr i32, i32* %44, i64 %3906
	store i32 %3896, i32* %3907
	%3908 = add i32 %3891, 6144
	%3909 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3908
	%3910 = load i32, i32 addrspace(3)* %3909
	%3911 = sext i32 %3905 to i64
	%3912 = getelementptr i32, i32* %15, i64 %3911
	store i32 %3910, i32* %3912
	br label %3913

3913:
	%3914 = add i32 256, %0
	%3915 = icmp slt i32 %3914, %3890
	br i1 %3915, label %3916, label %3936

3916:
	%3917 = add i32 %3914, u0x1000
	%3918 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3917
	%3919 = load i32, i32 addrspace(3)* %3918
	%3920 = lshr i32 %3919, 24
	%3921 = and i32 %3920, 255
	%3922 = add i32 %3921, 768
	%3923 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3922
	%3924 = load i32, i32 addrspace(3)* %3923
	%3925 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3921
	%3926 = load i32, i32 addrspace(3)* %3925
	%3927 = sub i32 %3914, %3926
	%3928 = add i32 %3924, %3927
	%3929 = sext i32 %3928 to i64
	%3930 = getelementptr i32, i32* %44, i64 %3929
	store i32 %3919, i32* %3930
	%3931 = add i32 %3914, 6144
	%3932 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3931
	%3933 = load i32, i32 addrspace(3)* %3932
	%3934 = sext i32 %3928 to i64
	%3935 = getelementptr i32, i32* %15, i64 %3934
	store i32 %3933, i32* %3935
	br label %3936

3936:
	%3937 = add i32 512, %0
	%3938 = icmp slt i32 %3937, %3890
	br i1 %3938, label %3939, label %3959

3939:
	%3940 = add i32 %3937, u0x1000
	%3941 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3940
	%3942 = load i32, i32 addrspace(3)* %3941
	%3943 = lshr i32 %3942, 24
	%3944 = and i32 %3943, 255
	%3945 = add i32 %3944, 768
	%3946 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3945
	%3947 = load i32, i32 addrspace(3)* %3946
	%3948 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3944
	%3949 = load i32, i32 addrspace(3)* %3948
	%3950 = sub i32 %3937, %3949
	%3951 = add i32 %3947, %3950
	%3952 = sext i32 %3951 to i64
	%3953 = getelementptr i32, i32* %44, i64 %3952
	store i32 %3942, i32* %3953
	%3954 = add i32 %3937, 6144
	%3955 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3954
	%3956 = load i32, i32 addrspace(3)* %3955
	%3957 = sext i32 %3951 to i64
	%3958 = getelementptr i32, i32* %15, i64 %3957
	store i32 %3956, i32* %3958
	br label %3959

3959:
	%3960 = add i32 768, %0
	%3961 = icmp slt i32 %3960, %3890
	br i1 %3961, label %3962, label %3982

3962:
	%3963 = add i32 %3960, u0x1000
	%3964 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3963
	%3965 = load i32, i32 addrspace(3)* %3964
	%3966 = lshr i32 %3965, 24
	%3967 = and i32 %3966, 255
	%3968 = add i32 %3967, 768
	%3969 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3968
	%3970 = load i32, i32 addrspace(3)* %3969
	%3971 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3967
	%3972 = load i32, i32 addrspace(3)* %3971
	%3973 = sub i32 %3960, %3972
	%3974 = add i32 %3970, %3973
	%3975 = sext i32 %3974 to i64
	%3976 = getelementptr i32, i32* %44, i64 %3975
	store i32 %3965, i32* %3976
	%3977 = add i32 %3960, 6144
	%3978 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3977
	%3979 = load i32, i32 addrspace(3)* %3978
	%3980 = sext i32 %3974 to i64
	%3981 = getelementptr i32, i32* %15, i64 %3980
	store i32 %3979, i32* %3981
	br label %3982

3982:
	%3983 = add i32 1024, %0
	%3984 = icmp slt i32 %3983, %3890
	br i1 %3984, label %3985, label %4005

3985:
	%3986 = add i32 %3983, u0x1000
	%3987 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %3986
	%3988 = load i32, i32 addrspace(3)* %3987
	%3989 = lshr i32 %3988, 24
	%3990 = and i32 %3989, 255
	%3991 = add i32 %3990, 768
	%3992 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3991
	%3993 = load i32, i32 addrspace(3)* %3992
	%3994 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3990
	%3995 = load i32, i32 addrspace(3)* %3994
	%3996 = sub i32 %3983, %3995
	%3997 = add i32 %3993, %3996
	%3998 = sext i32 %3997 to i64
	%3999 = getelementptr i32, i32* %44, i64 %3998
	store i32 %3988, i32* %3999
	%4000 = add i32 %3983, 6144
	%4001 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4000
	%4002 = load i32, i32 addrspace(3)* %4001
	%4003 = sext i32 %3997 to i64
	%4004 = getelementptr i32, i32* %15, i64 %4003
	store i32 %4002, i32* %4004
	br label %4005

4005:
	%4006 = add i32 1280, %0
	%4007 = icmp slt i32 %4006, %3890
	br i1 %4007, label %4008, label %4028

4008:
	%4009 = add i32 %4006, u0x1000
	%4010 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4009
	%4011 = load i32, i32 addrspace(3)* %4010
	%4012 = lshr i32 %4011, 24
	%4013 = and i32 %4012, 255
	%4014 = add i32 %4013, 768
	%4015 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4014
	%4016 = load i32, i32 addrspace(3)* %4015
	%4017 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4013
	%4018 = load i32, i32 addrspace(3)* %4017
	%4019 = sub i32 %4006, %4018
	%4020 = add i32 %4016, %4019
	%4021 = sext i32 %4020 to i64
	%4022 = getelementptr i32, i32* %44, i64 %4021
	store i32 %4011, i32* %4022
	%4023 = add i32 %4006, 6144
	%4024 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4023
	%4025 = load i32, i32 addrspace(3)* %4024
	%4026 = sext i32 %4020 to i64
	%4027 = getelementptr i32, i32* %15, i64 %4026
	store i32 %4025, i32* %4027
	br label %4028

4028:
	%4029 = add i32 1536, %0
	%4030 = icmp slt i32 %4029, %3890
	br i1 %4030, label %4031, label %4051

4031:
	%4032 = add i32 %4029, u0x1000
	%4033 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4032
	%4034 = load i32, i32 addrspace(3)* %4033
	%4035 = lshr i32 %4034, 24
	%4036 = and i32 %4035, 255
	%4037 = add i32 %4036, 768
	%4038 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4037
	%4039 = load i32, i32 addrspace(3)* %4038
	%4040 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4036
	%4041 = load i32, i32 addrspace(3)* %4040
	%4042 = sub i32 %4029, %4041
	%4043 = add i32 %4039, %4042
	%4044 = sext i32 %4043 to i64
	%4045 = getelementptr i32, i32* %44, i64 %4044
	store i32 %4034, i32* %4045
	%4046 = add i32 %4029, 6144
	%4047 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4046
	%4048 = load i32, i32 addrspace(3)* %4047
	%4049 = sext i32 %4043 to i64
	%4050 = getelementptr i32, i32* %15, i64 %4049
	store i32 %4048, i32* %4050
	br label %4051

4051:
	%4052 = add i32 1792, %0
	%4053 = icmp slt i32 %4052, %3890
	br i1 %4053, label %4054, label %4074

4054:
	%4055 = add i32 %4052, u0x1000
	%4056 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4055
	%4057 = load i32, i32 addrspace(3)* %4056
	%4058 = lshr i32 %4057, 24
	%4059 = and i32 %4058, 255
	%4060 = add i32 %4059, 768
	%4061 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4060
	%4062 = load i32, i32 addrspace(3)* %4061
	%4063 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4059
	%4064 = load i32, i32 addrspace(3)* %4063
	%4065 = sub i32 %4052, %4064
	%4066 = add i32 %4062, %4065
	%4067 = sext i32 %4066 to i64
	%4068 = getelementptr i32, i32* %44, i64 %4067
	store i32 %4057, i32* %4068
	%4069 = add i32 %4052, 6144
	%4070 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @s2o_permute0_big, i32 0, i32 %4069
	%4071 = load i32, i32 addrspace(3)* %4070
	%4072 = sext i32 %4066 to i64
	%4073 = getelementptr i32, i32* %15, i64 %4072
	store i32 %4071, i32* %4073
	br label %4074

4074:
	call void @llvm.nvvm.barrier0()
	%4075 = add i32 %0, 768
	%4076 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4075
	%4077 = load i32, i32 addrspace(3)* %4076
	%4078 = add i32 %4077, %3682
	%4079 = add i32 %0, 768
	%4080 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4079
	store i32 %4078, i32 addrspace(3)* %4080
	%4081 = add i32 %3284, 2048
	br label %3283
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
