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
@s2o_perm_scores1_sums = internal addrspace(3) global [1024 x float] undef, align 16
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
	%236 = phi i32 [ 0, %232 ], [ %985, %978 ]
	%237 = icmp slt i32 %236, %9
	br i1 %237, label %238, label %244

238:
	%239 = mul i32 %4, 256
	%240 = add i32 %239, %3
	%241 = add i32 %236, %240
	%242 = add i32 %241, 0
	%243 = icmp slt i32 %242, %9
	br i1 %243, label %245, label %252

244:
	call void @llvm.nvvm.barrier0()
	br label %986

245:
	%246 = sext i32 %242 to i64
	%247 = getelementptr i32, i32* %44, i64 %246
	%248 = load i32, i32* %247
	%249 = sext i32 %242 to i64
	%250 = getelementptr i32, i32* %15, i64 %249
	%251 = load i32, i32* %250
	br label %252

252:
	%253 = phi i32 [ 0, %238 ], [ %248, %245 ]
	%254 = phi i32 [ 0, %238 ], [ %251, %245 ]
	%255 = lshr i32 %253, 0
	%256 = and i32 %255, 255
	%257 = add i32 %241, 32
	%258 = icmp slt i32 %257, %9
	br i1 %258, label %259, label %266

259:
	%260 = sext i32 %257 to i64
	%261 = getelementptr i32, i32* %44, i64 %260
	%262 = load i32, i32* %261
	%263 = sext i32 %257 to i64
	%264 = getelementptr i32, i32* %15, i64 %263
	%265 = load i32, i32* %264
	br label %266

266:
	%267 = phi i32 [ 0, %252 ], [ %262, %259 ]
	%268 = phi i32 [ 0, %252 ], [ %265, %259 ]
	%269 = lshr i32 %267, 0
	%270 = and i32 %269, 255
	%271 = add i32 %241, 64
	%272 = icmp slt i32 %271, %9
	br i1 %272, label %273, label %280

273:
	%274 = sext i32 %271 to i64
	%275 = getelementptr i32, i32* %44, i64 %274
	%276 = load i32, i32* %275
	%277 = sext i32 %271 to i64
	%278 = getelementptr i32, i32* %15, i64 %277
	%279 = load i32, i32* %278
	br label %280

280:
	%281 = phi i32 [ 0, %266 ], [ %276, %273 ]
	%282 = phi i32 [ 0, %266 ], [ %279, %273 ]
	%283 = lshr i32 %281, 0
	%284 = and i32 %283, 255
	%285 = add i32 %241, 96
	%286 = icmp slt i32 %285, %9
	br i1 %286, label %287, label %294

287:
	%288 = sext i32 %285 to i64
	%289 = getelementptr i32, i32* %44, i64 %288
	%290 = load i32, i32* %289
	%291 = sext i32 %285 to i64
	%292 = getelementptr i32, i32* %15, i64 %291
	%293 = load i32, i32* %292
	br label %294

294:
	%295 = phi i32 [ 0, %280 ], [ %290, %287 ]
	%296 = phi i32 [ 0, %280 ], [ %293, %287 ]
	%297 = lshr i32 %295, 0
	%298 = and i32 %297, 255
	%299 = add i32 %241, 128
	%300 = icmp slt i32 %299, %9
	br i1 %300, label %301, label %308

301:
	%302 = sext i32 %299 to i64
	%303 = getelementptr i32, i32* %44, i64 %302
	%304 = load i32, i32* %303
	%305 = sext i32 %299 to i64
	%306 = getelementptr i32, i32* %15, i64 %305
	%307 = load i32, i32* %306
	br label %308

308:
	%309 = phi i32 [ 0, %294 ], [ %304, %301 ]
	%310 = phi i32 [ 0, %294 ], [ %307, %301 ]
	%311 = lshr i32 %309, 0
	%312 = and i32 %311, 255
	%313 = add i32 %241, 160
	%314 = icmp slt i32 %313, %9
	br i1 %314, label %315, label %322

315:
	%316 = sext i32 %313 to i64
	%317 = getelementptr i32, i32* %44, i64 %316
	%318 = load i32, i32* %317
	%319 = sext i32 %313 to i64
	%320 = getelementptr i32, i32* %15, i64 %319
	%321 = load i32, i32* %320
	br label %322

322:
	%323 = phi i32 [ 0, %308 ], [ %318, %315 ]
	%324 = phi i32 [ 0, %308 ], [ %321, %315 ]
	%325 = lshr i32 %323, 0
	%326 = and i32 %325, 255
	%327 = add i32 %241, 192
	%328 = icmp slt i32 %327, %9
	br i1 %328, label %329, label %336

329:
	%330 = sext i32 %327 to i64
	%331 = getelementptr i32, i32* %44, i64 %330
	%332 = load i32, i32* %331
	%333 = sext i32 %327 to i64
	%334 = getelementptr i32, i32* %15, i64 %333
	%335 = load i32, i32* %334
	br label %336

336:
	%337 = phi i32 [ 0, %322 ], [ %332, %329 ]
	%338 = phi i32 [ 0, %322 ], [ %335, %329 ]
	%339 = lshr i32 %337, 0
	%340 = and i32 %339, 255
	%341 = add i32 %241, 224
	%342 = icmp slt i32 %341, %9
	br i1 %342, label %343, label %350

343:
	%344 = sext i32 %341 to i64
	%345 = getelementptr i32, i32* %44, i64 %344
	%346 = load i32, i32* %345
	%347 = sext i32 %341 to i64
	%348 = getelementptr i32, i32* %15, i64 %347
	%349 = load i32, i32* %348
	br label %350

350:
	%351 = phi i32 [ 0, %336 ], [ %346, %343 ]
	%352 = phi i32 [ 0, %336 ], [ %349, %343 ]
	%353 = lshr i32 %351, 0
	%354 = and i32 %353, 255
	%355 = select i1 %243, i32 %256, i32 256
	%356 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %355)
	%357 = and i32 %356, %234
	%358 = call i32 @llvm.ctpop.i32(i32 %357)
	br i1 %243, label %359, label %364

359:
	%360 = mul i32 %4, 256
	%361 = add i32 %360, %256
	%362 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %361
	%363 = load i32, i32 addrspace(3)* %362
	br label %364

364:
	%365 = phi i32 [ 0, %350 ], [ %363, %359 ]
	%366 = add i32 %365, %358
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%367 = icmp eq i32 %358, 0
	%368 = and i1 %243, %367
	br i1 %368, label %369, label %375

369:
	%370 = call i32 @llvm.ctpop.i32(i32 %356)
	%371 = add i32 %365, %370
	%372 = mul i32 %4, 256
	%373 = add i32 %372, %256
	%374 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %373
	store i32 %371, i32 addrspace(3)* %374
	br label %375

375:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%376 = select i1 %258, i32 %270, i32 256
	%377 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %376)
	%378 = and i32 %377, %234
	%379 = call i32 @llvm.ctpop.i32(i32 %378)
	br i1 %258, label %380, label %385

380:
	%381 = mul i32 %4, 256
	%382 = add i32 %381, %270
	%383 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %382
	%384 = load i32, i32 addrspace(3)* %383
	br label %385

385:
	%386 = phi i32 [ 0, %375 ], [ %384, %380 ]
	%387 = add i32 %386, %379
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%388 = icmp eq i32 %379, 0
	%389 = and i1 %258, %388
	br i1 %389, label %390, label %396

390:
	%391 = call i32 @llvm.ctpop.i32(i32 %377)
	%392 = add i32 %386, %391
	%393 = mul i32 %4, 256
	%394 = add i32 %393, %270
	%395 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %394
	store i32 %392, i32 addrspace(3)* %395
	br label %396

396:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%397 = select i1 %272, i32 %284, i32 256
	%398 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %397)
	%399 = and i32 %398, %234
	%400 = call i32 @llvm.ctpop.i32(i32 %399)
	br i1 %272, label %401, label %406

401:
	%402 = mul i32 %4, 256
	%403 = add i32 %402, %284
	%404 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %403
	%405 = load i32, i32 addrspace(3)* %404
	br label %406

406:
	%407 = phi i32 [ 0, %396 ], [ %405, %401 ]
	%408 = add i32 %407, %400
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%409 = icmp eq i32 %400, 0
	%410 = and i1 %272, %409
	br i1 %410, label %411, label %417

411:
	%412 = call i32 @llvm.ctpop.i32(i32 %398)
	%413 = add i32 %407, %412
	%414 = mul i32 %4, 256
	%415 = add i32 %414, %284
	%416 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %415
	store i32 %413, i32 addrspace(3)* %416
	br label %417

417:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%418 = select i1 %286, i32 %298, i32 256
	%419 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %418)
	%420 = and i32 %419, %234
	%421 = call i32 @llvm.ctpop.i32(i32 %420)
	br i1 %286, label %422, label %427

422:
	%423 = mul i32 %4, 256
	%424 = add i32 %423, %298
	%425 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %424
	%426 = load i32, i32 addrspace(3)* %425
	br label %427

427:
	%428 = phi i32 [ 0, %417 ], [ %426, %422 ]
	%429 = add i32 %428, %421
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%430 = icmp eq i32 %421, 0
	%431 = and i1 %286, %430
	br i1 %431, label %432, label %438

432:
	%433 = call i32 @llvm.ctpop.i32(i32 %419)
	%434 = add i32 %428, %433
	%435 = mul i32 %4, 256
	%436 = add i32 %435, %298
	%437 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %436
	store i32 %434, i32 addrspace(3)* %437
	br label %438

438:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%439 = select i1 %300, i32 %312, i32 256
	%440 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %439)
	%441 = and i32 %440, %234
	%442 = call i32 @llvm.ctpop.i32(i32 %441)
	br i1 %300, label %443, label %448

443:
	%444 = mul i32 %4, 256
	%445 = add i32 %444, %312
	%446 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %445
	%447 = load i32, i32 addrspace(3)* %446
	br label %448

448:
	%449 = phi i32 [ 0, %438 ], [ %447, %443 ]
	%450 = add i32 %449, %442
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%451 = icmp eq i32 %442, 0
	%452 = and i1 %300, %451
	br i1 %452, label %453, label %459

453:
	%454 = call i32 @llvm.ctpop.i32(i32 %440)
	%455 = add i32 %449, %454
	%456 = mul i32 %4, 256
	%457 = add i32 %456, %312
	%458 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %457
	store i32 %455, i32 addrspace(3)* %458
	br label %459

459:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%460 = select i1 %314, i32 %326, i32 256
	%461 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %460)
	%462 = and i32 %461, %234
	%463 = call i32 @llvm.ctpop.i32(i32 %462)
	br i1 %314, label %464, label %469

464:
	%465 = mul i32 %4, 256
	%466 = add i32 %465, %326
	%467 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %466
	%468 = load i32, i32 addrspace(3)* %467
	br label %469

469:
	%470 = phi i32 [ 0, %459 ], [ %468, %464 ]
	%471 = add i32 %470, %463
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%472 = icmp eq i32 %463, 0
	%473 = and i1 %314, %472
	br i1 %473, label %474, label %480

474:
	%475 = call i32 @llvm.ctpop.i32(i32 %461)
	%476 = add i32 %470, %475
	%477 = mul i32 %4, 256
	%478 = add i32 %477, %326
	%479 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %478
	store i32 %476, i32 addrspace(3)* %479
	br label %480

480:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%481 = select i1 %328, i32 %340, i32 256
	%482 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %481)
	%483 = and i32 %482, %234
	%484 = call i32 @llvm.ctpop.i32(i32 %483)
	br i1 %328, label %485, label %490

485:
	%486 = mul i32 %4, 256
	%487 = add i32 %486, %340
	%488 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %487
	%489 = load i32, i32 addrspace(3)* %488
	br label %490

490:
	%491 = phi i32 [ 0, %480 ], [ %489, %485 ]
	%492 = add i32 %491, %484
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%493 = icmp eq i32 %484, 0
	%494 = and i1 %328, %493
	br i1 %494, label %495, label %501

495:
	%496 = call i32 @llvm.ctpop.i32(i32 %482)
	%497 = add i32 %491, %496
	%498 = mul i32 %4, 256
	%499 = add i32 %498, %340
	%500 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %499
	store i32 %497, i32 addrspace(3)* %500
	br label %501

501:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%502 = select i1 %342, i32 %354, i32 256
	%503 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %502)
	%504 = and i32 %503, %234
	%505 = call i32 @llvm.ctpop.i32(i32 %504)
	br i1 %342, label %506, label %511

506:
	%507 = mul i32 %4, 256
	%508 = add i32 %507, %354
	%509 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %508
	%510 = load i32, i32 addrspace(3)* %509
	br label %511

511:
	%512 = phi i32 [ 0, %501 ], [ %510, %506 ]
	%513 = add i32 %512, %505
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%514 = icmp eq i32 %505, 0
	%515 = and i1 %342, %514
	br i1 %515, label %516, label %522

516:
	%517 = call i32 @llvm.ctpop.i32(i32 %503)
	%518 = add i32 %512, %517
	%519 = mul i32 %4, 256
	%520 = add i32 %519, %354
	%521 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %520
	store i32 %518, i32 addrspace(3)* %521
	br label %522

522:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%523 = mul i32 0, 256
	%524 = add i32 %523, %0
	%525 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %524
	%526 = load i32, i32 addrspace(3)* %525
	%527 = mul i32 0, 256
	%528 = add i32 %527, %0
	%529 = add i32 2048, %528
	%530 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %529
	store i32 0, i32 addrspace(3)* %530
	%531 = mul i32 0, 256
	%532 = add i32 %531, %0
	%533 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %532
	store i32 0, i32 addrspace(3)* %533
	%534 = add i32 0, %526
	%535 = mul i32 1, 256
	%536 = add i32 %535, %0
	%537 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %536
	%538 = load i32, i32 addrspace(3)* %537
	%539 = mul i32 1, 256
	%540 = add i32 %539, %0
	%541 = add i32 2048, %540
	%542 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %541
	store i32 %534, i32 addrspace(3)* %542
	%543 = mul i32 1, 256
	%544 = add i32 %543, %0
	%545 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %544
	store i32 0, i32 addrspace(3)* %545
	%546 = add i32 %534, %538
	%547 = mul i32 2, 256
	%548 = add i32 %547, %0
	%549 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %548
	%550 = load i32, i32 addrspace(3)* %549
	%551 = mul i32 2, 256
	%552 = add i32 %551, %0
	%553 = add i32 2048, %552
	%554 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %553
	store i32 %546, i32 addrspace(3)* %554
	%555 = mul i32 2, 256
	%556 = add i32 %555, %0
	%557 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %556
	store i32 0, i32 addrspace(3)* %557
	%558 = add i32 %546, %550
	%559 = mul i32 3, 256
	%560 = add i32 %559, %0
	%561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %560
	%562 = load i32, i32 addrspace(3)* %561
	%563 = mul i32 3, 256
	%564 = add i32 %563, %0
	%565 = add i32 2048, %564
	%566 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %565
	store i32 %558, i32 addrspace(3)* %566
	%567 = mul i32 3, 256
	%568 = add i32 %567, %0
	%569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %568
	store i32 0, i32 addrspace(3)* %569
	%570 = add i32 %558, %562
	%571 = mul i32 4, 256
	%572 = add i32 %571, %0
	%573 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %572
	%574 = load i32, i32 addrspace(3)* %573
	%575 = mul i32 4, 256
	%576 = add i32 %575, %0
	%577 = add i32 2048, %576
	%578 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %577
	store i32 %570, i32 addrspace(3)* %578
	%579 = mul i32 4, 256
	%580 = add i32 %579, %0
	%581 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %580
	store i32 0, i32 addrspace(3)* %581
	%582 = add i32 %570, %574
	%583 = mul i32 5, 256
	%584 = add i32 %583, %0
	%585 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %584
	%586 = load i32, i32 addrspace(3)* %585
	%587 = mul i32 5, 256
	%588 = add i32 %587, %0
	%589 = add i32 2048, %588
	%590 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %589
	store i32 %582, i32 addrspace(3)* %590
	%591 = mul i32 5, 256
	%592 = add i32 %591, %0
	%593 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %592
	store i32 0, i32 addrspace(3)* %593
	%594 = add i32 %582, %586
	%595 = mul i32 6, 256
	%596 = add i32 %595, %0
	%597 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %596
	%598 = load i32, i32 addrspace(3)* %597
	%599 = mul i32 6, 256
	%600 = add i32 %599, %0
	%601 = add i32 2048, %600
	%602 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %601
	store i32 %594, i32 addrspace(3)* %602
	%603 = mul i32 6, 256
	%604 = add i32 %603, %0
	%605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %604
	store i32 0, i32 addrspace(3)* %605
	%606 = add i32 %594, %598
	%607 = mul i32 7, 256
	%608 = add i32 %607, %0
	%609 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %608
	%610 = load i32, i32 addrspace(3)* %609
	%611 = mul i32 7, 256
	%612 = add i32 %611, %0
	%613 = add i32 2048, %612
	%614 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %613
	store i32 %606, i32 addrspace(3)* %614
	%615 = mul i32 7, 256
	%616 = add i32 %615, %0
	%617 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %616
	store i32 0, i32 addrspace(3)* %617
	%618 = add i32 %606, %610
	call void @llvm.nvvm.barrier0()
	%619 = select i1 %243, i32 %256, i32 0
	%620 = mul i32 %4, 256
	%621 = add i32 %620, %619
	%622 = add i32 2048, %621
	%623 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %622
	%624 = load i32, i32 addrspace(3)* %623
	%625 = add i32 %366, %624
	%626 = select i1 %258, i32 %270, i32 0
	%627 = mul i32 %4, 256
	%628 = add i32 %627, %626
	%629 = add i32 2048, %628
	%630 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %629
	%631 = load i32, i32 addrspace(3)* %630
	%632 = add i32 %387, %631
	%633 = select i1 %272, i32 %284, i32 0
	%634 = mul i32 %4, 256
	%635 = add i32 %634, %633
	%636 = add i32 2048, %635
	%637 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %636
	%638 = load i32, i32 addrspace(3)* %637
	%639 = add i32 %408, %638
	%640 = select i1 %286, i32 %298, i32 0
	%641 = mul i32 %4, 256
	%642 = add i32 %641, %640
	%643 = add i32 2048, %642
	%644 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %643
	%645 = load i32, i32 addrspace(3)* %644
	%646 = add i32 %429, %645
	%647 = select i1 %300, i32 %312, i32 0
	%648 = mul i32 %4, 256
	%649 = add i32 %648, %647
	%650 = add i32 2048, %649
	%651 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %650
	%652 = load i32, i32 addrspace(3)* %651
	%653 = add i32 %450, %652
	%654 = select i1 %314, i32 %326, i32 0
	%655 = mul i32 %4, 256
	%656 = add i32 %655, %654
	%657 = add i32 2048, %656
	%658 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %657
	%659 = load i32, i32 addrspace(3)* %658
	%660 = add i32 %471, %659
	%661 = select i1 %328, i32 %340, i32 0
	%662 = mul i32 %4, 256
	%663 = add i32 %662, %661
	%664 = add i32 2048, %663
	%665 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %664
	%666 = load i32, i32 addrspace(3)* %665
	%667 = add i32 %492, %666
	%668 = select i1 %342, i32 %354, i32 0
	%669 = mul i32 %4, 256
	%670 = add i32 %669, %668
	%671 = add i32 2048, %670
	%672 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %671
	%673 = load i32, i32 addrspace(3)* %672
	%674 = add i32 %513, %673
	%675 = and i32 %0, 31
	%676 = lshr i32 %0, 5
	%677 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %618, i32 1, i32 0)
	%678 = icmp uge i32 %675, 1
	%679 = select i1 %678, i32 %677, i32 0
	%680 = add i32 %618, %679
	%681 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %680, i32 2, i32 0)
	%682 = icmp uge i32 %675, 2
	%683 = select i1 %682, i32 %681, i32 0
	%684 = add i32 %680, %683
	%685 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %684, i32 4, i32 0)
	%686 = icmp uge i32 %675, 4
	%687 = select i1 %686, i32 %685, i32 0
	%688 = add i32 %684, %687
	%689 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %688, i32 8, i32 0)
	%690 = icmp uge i32 %675, 8
	%691 = select i1 %690, i32 %689, i32 0
	%692 = add i32 %688, %691
	%693 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %692, i32 16, i32 0)
	%694 = icmp uge i32 %675, 16
	%695 = select i1 %694, i32 %693, i32 0
	%696 = add i32 %692, %695
	%697 = icmp eq i32 %675, 31
	br i1 %697, label %698, label %700

698:
	%699 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %676
	store i32 %696, i32 addrspace(3)* %699
	br label %700

700:
	call void @llvm.nvvm.barrier0()
	%701 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%702 = load i32, i32 addrspace(3)* %701
	%703 = icmp sgt i32 %676, 0
	%704 = select i1 %703, i32 %702, i32 0
	%705 = add i32 0, %704
	%706 = add i32 0, %702
	%707 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%708 = load i32, i32 addrspace(3)* %707
	%709 = icmp sgt i32 %676, 1
	%710 = select i1 %709, i32 %708, i32 0
	%711 = add i32 %705, %710
	%712 = add i32 %706, %708
	%713 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%714 = load i32, i32 addrspace(3)* %713
	%715 = icmp sgt i32 %676, 2
	%716 = select i1 %715, i32 %714, i32 0
	%717 = add i32 %711, %716
	%718 = add i32 %712, %714
	%719 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%720 = load i32, i32 addrspace(3)* %719
	%721 = icmp sgt i32 %676, 3
	%722 = select i1 %721, i32 %720, i32 0
	%723 = add i32 %717, %722
	%724 = add i32 %718, %720
	%725 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%726 = load i32, i32 addrspace(3)* %725
	%727 = icmp sgt i32 %676, 4
	%728 = select i1 %727, i32 %726, i32 0
	%729 = add i32 %723, %728
	%730 = add i32 %724, %726
	%731 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%732 = load i32, i32 addrspace(3)* %731
	%733 = icmp sgt i32 %676, 5
	%734 = select i1 %733, i32 %732, i32 0
	%735 = add i32 %729, %734
	%736 = add i32 %730, %732
	%737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%738 = load i32, i32 addrspace(3)* %737
	%739 = icmp sgt i32 %676, 6
	%740 = select i1 %739, i32 %738, i32 0
	%741 = add i32 %735, %740
	%742 = add i32 %736, %738
	%743 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%744 = load i32, i32 addrspace(3)* %743
	%745 = icmp sgt i32 %676, 7
	%746 = select i1 %745, i32 %744, i32 0
	%747 = add i32 %741, %746
	%748 = add i32 %742, %744
	%749 = add i32 %747, %696
	%750 = sub i32 %749, %618
	%751 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %750, i32 addrspace(3)* %751
	call void @llvm.nvvm.barrier0()
	br i1 %243, label %752, label %758

752:
	%753 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %256
	%754 = load i32, i32 addrspace(3)* %753
	%755 = add i32 %754, %625
	%756 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %755
	store i32 %253, i32 addrspace(3)* %756
	%757 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %755
	store i32 %254, i32 addrspace(3)* %757
	br label %758

758:
	br i1 %258, label %759, label %765

759:
	%760 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %270
	%761 = load i32, i32 addrspace(3)* %760
	%762 = add i32 %761, %632
	%763 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %762
	store i32 %267, i32 addrspace(3)* %763
	%764 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %762
	store i32 %268, i32 addrspace(3)* %764
	br label %765

765:
	br i1 %272, label %766, label %772

766:
	%767 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %284
	%768 = load i32, i32 addrspace(3)* %767
	%769 = add i32 %768, %639
	%770 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %769
	store i32 %281, i32 addrspace(3)* %770
	%771 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %769
	store i32 %282, i32 addrspace(3)* %771
	br label %772

772:
	br i1 %286, label %773, label %779

773:
	%774 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %298
	%775 = load i32, i32 addrspace(3)* %774
	%776 = add i32 %775, %646
	%777 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %776
	store i32 %295, i32 addrspace(3)* %777
	%778 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %776
	store i32 %296, i32 addrspace(3)* %778
	br label %779

779:
	br i1 %300, label %780, label %786

780:
	%781 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %312
	%782 = load i32, i32 addrspace(3)* %781
	%783 = add i32 %782, %653
	%784 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %783
	store i32 %309, i32 addrspace(3)* %784
	%785 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %783
	store i32 %310, i32 addrspace(3)* %785
	br label %786

786:
	br i1 %314, label %787, label %793

787:
	%788 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %326
	%789 = load i32, i32 addrspace(3)* %788
	%790 = add i32 %789, %660
	%791 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %790
	store i32 %323, i32 addrspace(3)* %791
	%792 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %790
	store i32 %324, i32 addrspace(3)* %792
	br label %793

793:
	br i1 %328, label %794, label %800

794:
	%795 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %340
	%796 = load i32, i32 addrspace(3)* %795
	%797 = add i32 %796, %667
	%798 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %797
	store i32 %337, i32 addrspace(3)* %798
	%799 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %797
	store i32 %338, i32 addrspace(3)* %799
	br label %800

800:
	br i1 %342, label %801, label %807

801:
	%802 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %354
	%803 = load i32, i32 addrspace(3)* %802
	%804 = add i32 %803, %674
	%805 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %804
	store i32 %351, i32 addrspace(3)* %805
	%806 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %804
	store i32 %352, i32 addrspace(3)* %806
	br label %807

807:
	call void @llvm.nvvm.barrier0()
	%808 = sub i32 %9, %236
	%809 = icmp slt i32 2048, %808
	%810 = select i1 %809, i32 2048, i32 %808
	%811 = add i32 0, %0
	%812 = icmp slt i32 %811, %810
	br i1 %812, label %813, label %831

813:
	%814 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %811
	%815 = load i32, i32 addrspace(3)* %814
	%816 = lshr i32 %815, 0
	%817 = and i32 %816, 255
	%818 = add i32 %817, 0
	%819 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %818
	%820 = load i32, i32 addrspace(3)* %819
	%821 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %817
	%822 = load i32, i32 addrspace(3)* %821
	%823 = sub i32 %811, %822
	%824 = add i32 %820, %823
	%825 = sext i32 %824 to i64
	%826 = getelementptr i32, i32* %46, i64 %825
	store i32 %815, i32* %826
	%827 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %811
	%828 = load i32, i32 addrspace(3)* %827
	%829 = sext i32 %824 to i64
	%830 = getelementptr i32, i32* %49, i64 %829
	store i32 %828, i32* %830
	br label %831

831:
	%832 = add i32 256, %0
	%833 = icmp slt i32 %832, %810
	br i1 %833, label %834, label %852

834:
	%835 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %832
	%836 = load i32, i32 addrspace(3)* %835
	%837 = lshr i32 %836, 0
	%838 = and i32 %837, 255
	%839 = add i32 %838, 0
	%840 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %839
	%841 = load i32, i32 addrspace(3)* %840
	%842 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %838
	%843 = load i32, i32 addrspace(3)* %842
	%844 = sub i32 %832, %843
	%845 = add i32 %841, %844
	%846 = sext i32 %845 to i64
	%847 = getelementptr i32, i32* %46, i64 %846
	store i32 %836, i32* %847
	%848 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %832
	%849 = load i32, i32 addrspace(3)* %848
	%850 = sext i32 %845 to i64
	%851 = getelementptr i32, i32* %49, i64 %850
	store i32 %849, i32* %851
	br label %852

852:
	%853 = add i32 512, %0
	%854 = icmp slt i32 %853, %810
	br i1 %854, label %855, label %873

855:
	%856 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %853
	%857 = load i32, i32 addrspace(3)* %856
	%858 = lshr i32 %857, 0
	%859 = and i32 %858, 255
	%860 = add i32 %859, 0
	%861 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %860
	%862 = load i32, i32 addrspace(3)* %861
	%863 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %859
	%864 = load i32, i32 addrspace(3)* %863
	%865 = sub i32 %853, %864
	%866 = add i32 %862, %865
	%867 = sext i32 %866 to i64
	%868 = getelementptr i32, i32* %46, i64 %867
	store i32 %857, i32* %868
	%869 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %853
	%870 = load i32, i32 addrspace(3)* %869
	%871 = sext i32 %866 to i64
	%872 = getelementptr i32, i32* %49, i64 %871
	store i32 %870, i32* %872
	br label %873

873:
	%874 = add i32 768, %0
	%875 = icmp slt i32 %874, %810
	br i1 %875, label %876, label %894

876:
	%877 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %874
	%878 = load i32, i32 addrspace(3)* %877
	%879 = lshr i32 %878, 0
	%880 = and i32 %879, 255
	%881 = add i32 %880, 0
	%882 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %881
	%883 = load i32, i32 addrspace(3)* %882
	%884 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %880
	%885 = load i32, i32 addrspace(3)* %884
	%886 = sub i32 %874, %885
	%887 = add i32 %883, %886
	%888 = sext i32 %887 to i64
	%889 = getelementptr i32, i32* %46, i64 %888
	store i32 %878, i32* %889
	%890 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %874
	%891 = load i32, i32 addrspace(3)* %890
	%892 = sext i32 %887 to i64
	%893 = getelementptr i32, i32* %49, i64 %892
	store i32 %891, i32* %893
	br label %894

894:
	%895 = add i32 1024, %0
	%896 = icmp slt i32 %895, %810
	br i1 %896, label %897, label %915

897:
	%898 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %895
	%899 = load i32, i32 addrspace(3)* %898
	%900 = lshr i32 %899, 0
	%901 = and i32 %900, 255
	%902 = add i32 %901, 0
	%903 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %902
	%904 = load i32, i32 addrspace(3)* %903
	%905 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %901
	%906 = load i32, i32 addrspace(3)* %905
	%907 = sub i32 %895, %906
	%908 = add i32 %904, %907
	%909 = sext i32 %908 to i64
	%910 = getelementptr i32, i32* %46, i64 %909
	store i32 %899, i32* %910
	%911 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %895
	%912 = load i32, i32 addrspace(3)* %911
	%913 = sext i32 %908 to i64
	%914 = getelementptr i32, i32* %49, i64 %913
	store i32 %912, i32* %914
	br label %915

915:
	%916 = add i32 1280, %0
	%917 = icmp slt i32 %916, %810
	br i1 %917, label %918, label %936

918:
	%919 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %916
	%920 = load i32, i32 addrspace(3)* %919
	%921 = lshr i32 %920, 0
	%922 = and i32 %921, 255
	%923 = add i32 %922, 0
	%924 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %923
	%925 = load i32, i32 addrspace(3)* %924
	%926 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %922
	%927 = load i32, i32 addrspace(3)* %926
	%928 = sub i32 %916, %927
	%929 = add i32 %925, %928
	%930 = sext i32 %929 to i64
	%931 = getelementptr i32, i32* %46, i64 %930
	store i32 %920, i32* %931
	%932 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %916
	%933 = load i32, i32 addrspace(3)* %932
	%934 = sext i32 %929 to i64
	%935 = getelementptr i32, i32* %49, i64 %934
	store i32 %933, i32* %935
	br label %936

936:
	%937 = add i32 1536, %0
	%938 = icmp slt i32 %937, %810
	br i1 %938, label %939, label %957

939:
	%940 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %937
	%941 = load i32, i32 addrspace(3)* %940
	%942 = lshr i32 %941, 0
	%943 = and i32 %942, 255
	%944 = add i32 %943, 0
	%945 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %944
	%946 = load i32, i32 addrspace(3)* %945
	%947 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %943
	%948 = load i32, i32 addrspace(3)* %947
	%949 = sub i32 %937, %948
	%950 = add i32 %946, %949
	%951 = sext i32 %950 to i64
	%952 = getelementptr i32, i32* %46, i64 %951
	store i32 %941, i32* %952
	%953 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %937
	%954 = load i32, i32 addrspace(3)* %953
	%955 = sext i32 %950 to i64
	%956 = getelementptr i32, i32* %49, i64 %955
	store i32 %954, i32* %956
	br label %957

957:
	%958 = add i32 1792, %0
	%959 = icmp slt i32 %958, %810
	br i1 %959, label %960, label %978

960:
	%961 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %958
	%962 = load i32, i32 addrspace(3)* %961
	%963 = lshr i32 %962, 0
	%964 = and i32 %963, 255
	%965 = add i32 %964, 0
	%966 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %965
	%967 = load i32, i32 addrspace(3)* %966
	%968 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %964
	%969 = load i32, i32 addrspace(3)* %968
	%970 = sub i32 %958, %969
	%971 = add i32 %967, %970
	%972 = sext i32 %971 to i64
	%973 = getelementptr i32, i32* %46, i64 %972
	store i32 %962, i32* %973
	%974 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %958
	%975 = load i32, i32 addrspace(3)* %974
	%976 = sext i32 %971 to i64
	%977 = getelementptr i32, i32* %49, i64 %976
	store i32 %975, i32* %977
	br label %978

978:
	call void @llvm.nvvm.barrier0()
	%979 = add i32 %0, 0
	%980 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %979
	%981 = load i32, i32 addrspace(3)* %980
	%982 = add i32 %981, %618
	%983 = add i32 %0, 0
	%984 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %983
	store i32 %982, i32 addrspace(3)* %984
	%985 = add i32 %236, 2048
	br label %235

986:
	%987 = phi i32 [ 0, %244 ], [ %1736, %1729 ]
	%988 = icmp slt i32 %987, %9
	br i1 %988, label %989, label %995

989:
	%990 = mul i32 %4, 256
	%991 = add i32 %990, %3
	%992 = add i32 %987, %991
	%993 = add i32 %992, 0
	%994 = icmp slt i32 %993, %9
	br i1 %994, label %996, label %1003

995:
	call void @llvm.nvvm.barrier0()
	br label %1737

996:
	%997 = sext i32 %993 to i64
	%998 = getelementptr i32, i32* %46, i64 %997
	%999 = load i32, i32* %998
	%1000 = sext i32 %993 to i64
	%1001 = getelementptr i32, i32* %49, i64 %1000
	%1002 = load i32, i32* %1001
	br label %1003

1003:
	%1004 = phi i32 [ 0, %989 ], [ %999, %996 ]
	%1005 = phi i32 [ 0, %989 ], [ %1002, %996 ]
	%1006 = lshr i32 %1004, 8
	%1007 = and i32 %1006, 255
	%1008 = add i32 %992, 32
	%1009 = icmp slt i32 %1008, %9
	br i1 %1009, label %1010, label %1017

1010:
	%1011 = sext i32 %1008 to i64
	%1012 = getelementptr i32, i32* %46, i64 %1011
	%1013 = load i32, i32* %1012
	%1014 = sext i32 %1008 to i64
	%1015 = getelementptr i32, i32* %49, i64 %1014
	%1016 = load i32, i32* %1015
	br label %1017

1017:
	%1018 = phi i32 [ 0, %1003 ], [ %1013, %1010 ]
	%1019 = phi i32 [ 0, %1003 ], [ %1016, %1010 ]
	%1020 = lshr i32 %1018, 8
	%1021 = and i32 %1020, 255
	%1022 = add i32 %992, 64
	%1023 = icmp slt i32 %1022, %9
	br i1 %1023, label %1024, label %1031

1024:
	%1025 = sext i32 %1022 to i64
	%1026 = getelementptr i32, i32* %46, i64 %1025
	%1027 = load i32, i32* %1026
	%1028 = sext i32 %1022 to i64
	%1029 = getelementptr i32, i32* %49, i64 %1028
	%1030 = load i32, i32* %1029
	br label %1031

1031:
	%1032 = phi i32 [ 0, %1017 ], [ %1027, %1024 ]
	%1033 = phi i32 [ 0, %1017 ], [ %1030, %1024 ]
	%1034 = lshr i32 %1032, 8
	%1035 = and i32 %1034, 255
	%1036 = add i32 %992, 96
	%1037 = icmp slt i32 %1036, %9
	br i1 %1037, label %1038, label %1045

1038:
	%1039 = sext i32 %1036 to i64
	%1040 = getelementptr i32, i32* %46, i64 %1039
	%1041 = load i32, i32* %1040
	%1042 = sext i32 %1036 to i64
	%1043 = getelementptr i32, i32* %49, i64 %1042
	%1044 = load i32, i32* %1043
	br label %1045

1045:
	%1046 = phi i32 [ 0, %1031 ], [ %1041, %1038 ]
	%1047 = phi i32 [ 0, %1031 ], [ %1044, %1038 ]
	%1048 = lshr i32 %1046, 8
	%1049 = and i32 %1048, 255
	%1050 = add i32 %992, 128
	%1051 = icmp slt i32 %1050, %9
	br i1 %1051, label %1052, label %1059

1052:
	%1053 = sext i32 %1050 to i64
	%1054 = getelementptr i32, i32* %46, i64 %1053
	%1055 = load i32, i32* %1054
	%1056 = sext i32 %1050 to i64
	%1057 = getelementptr i32, i32* %49, i64 %1056
	%1058 = load i32, i32* %1057
	br label %1059

1059:
	%1060 = phi i32 [ 0, %1045 ], [ %1055, %1052 ]
	%1061 = phi i32 [ 0, %1045 ], [ %1058, %1052 ]
	%1062 = lshr i32 %1060, 8
	%1063 = and i32 %1062, 255
	%1064 = add i32 %992, 160
	%1065 = icmp slt i32 %1064, %9
	br i1 %1065, label %1066, label %1073

1066:
	%1067 = sext i32 %1064 to i64
	%1068 = getelementptr i32, i32* %46, i64 %1067
	%1069 = load i32, i32* %1068
	%1070 = sext i32 %1064 to i64
	%1071 = getelementptr i32, i32* %49, i64 %1070
	%1072 = load i32, i32* %1071
	br label %1073

1073:
	%1074 = phi i32 [ 0, %1059 ], [ %1069, %1066 ]
	%1075 = phi i32 [ 0, %1059 ], [ %1072, %1066 ]
	%1076 = lshr i32 %1074, 8
	%1077 = and i32 %1076, 255
	%1078 = add i32 %992, 192
	%1079 = icmp slt i32 %1078, %9
	br i1 %1079, label %1080, label %1087

1080:
	%1081 = sext i32 %1078 to i64
	%1082 = getelementptr i32, i32* %46, i64 %1081
	%1083 = load i32, i32* %1082
	%1084 = sext i32 %1078 to i64
	%1085 = getelementptr i32, i32* %49, i64 %1084
	%1086 = load i32, i32* %1085
	br label %1087

1087:
	%1088 = phi i32 [ 0, %1073 ], [ %1083, %1080 ]
	%1089 = phi i32 [ 0, %1073 ], [ %1086, %1080 ]
	%1090 = lshr i32 %1088, 8
	%1091 = and i32 %1090, 255
	%1092 = add i32 %992, 224
	%1093 = icmp slt i32 %1092, %9
	br i1 %1093, label %1094, label %1101

1094:
	%1095 = sext i32 %1092 to i64
	%1096 = getelementptr i32, i32* %46, i64 %1095
	%1097 = load i32, i32* %1096
	%1098 = sext i32 %1092 to i64
	%1099 = getelementptr i32, i32* %49, i64 %1098
	%1100 = load i32, i32* %1099
	br label %1101

1101:
	%1102 = phi i32 [ 0, %1087 ], [ %1097, %1094 ]
	%1103 = phi i32 [ 0, %1087 ], [ %1100, %1094 ]
	%1104 = lshr i32 %1102, 8
	%1105 = and i32 %1104, 255
	%1106 = select i1 %994, i32 %1007, i32 256
	%1107 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1106)
	%1108 = and i32 %1107, %234
	%1109 = call i32 @llvm.ctpop.i32(i32 %1108)
	br i1 %994, label %1110, label %1115

1110:
	%1111 = mul i32 %4, 256
	%1112 = add i32 %1111, %1007
	%1113 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1112
	%1114 = load i32, i32 addrspace(3)* %1113
	br label %1115

1115:
	%1116 = phi i32 [ 0, %1101 ], [ %1114, %1110 ]
	%1117 = add i32 %1116, %1109
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1118 = icmp eq i32 %1109, 0
	%1119 = and i1 %994, %1118
	br i1 %1119, label %1120, label %1126

1120:
	%1121 = call i32 @llvm.ctpop.i32(i32 %1107)
	%1122 = add i32 %1116, %1121
	%1123 = mul i32 %4, 256
	%1124 = add i32 %1123, %1007
	%1125 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1124
	store i32 %1122, i32 addrspace(3)* %1125
	br label %1126

1126:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1127 = select i1 %1009, i32 %1021, i32 256
	%1128 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1127)
	%1129 = and i32 %1128, %234
	%1130 = call i32 @llvm.ctpop.i32(i32 %1129)
	br i1 %1009, label %1131, label %1136

1131:
	%1132 = mul i32 %4, 256
	%1133 = add i32 %1132, %1021
	%1134 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1133
	%1135 = load i32, i32 addrspace(3)* %1134
	br label %1136

1136:
	%1137 = phi i32 [ 0, %1126 ], [ %1135, %1131 ]
	%1138 = add i32 %1137, %1130
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1139 = icmp eq i32 %1130, 0
	%1140 = and i1 %1009, %1139
	br i1 %1140, label %1141, label %1147

1141:
	%1142 = call i32 @llvm.ctpop.i32(i32 %1128)
	%1143 = add i32 %1137, %1142
	%1144 = mul i32 %4, 256
	%1145 = add i32 %1144, %1021
	%1146 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1145
	store i32 %1143, i32 addrspace(3)* %1146
	br label %1147

1147:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1148 = select i1 %1023, i32 %1035, i32 256
	%1149 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1148)
	%1150 = and i32 %1149, %234
	%1151 = call i32 @llvm.ctpop.i32(i32 %1150)
	br i1 %1023, label %1152, label %1157

1152:
	%1153 = mul i32 %4, 256
	%1154 = add i32 %1153, %1035
	%1155 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1154
	%1156 = load i32, i32 addrspace(3)* %1155
	br label %1157

1157:
	%1158 = phi i32 [ 0, %1147 ], [ %1156, %1152 ]
	%1159 = add i32 %1158, %1151
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1160 = icmp eq i32 %1151, 0
	%1161 = and i1 %1023, %1160
	br i1 %1161, label %1162, label %1168

1162:
	%1163 = call i32 @llvm.ctpop.i32(i32 %1149)
	%1164 = add i32 %1158, %1163
	%1165 = mul i32 %4, 256
	%1166 = add i32 %1165, %1035
	%1167 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1166
	store i32 %1164, i32 addrspace(3)* %1167
	br label %1168

1168:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1169 = select i1 %1037, i32 %1049, i32 256
	%1170 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1169)
	%1171 = and i32 %1170, %234
	%1172 = call i32 @llvm.ctpop.i32(i32 %1171)
	br i1 %1037, label %1173, label %1178

1173:
	%1174 = mul i32 %4, 256
	%1175 = add i32 %1174, %1049
	%1176 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1175
	%1177 = load i32, i32 addrspace(3)* %1176
	br label %1178

1178:
	%1179 = phi i32 [ 0, %1168 ], [ %1177, %1173 ]
	%1180 = add i32 %1179, %1172
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1181 = icmp eq i32 %1172, 0
	%1182 = and i1 %1037, %1181
	br i1 %1182, label %1183, label %1189

1183:
	%1184 = call i32 @llvm.ctpop.i32(i32 %1170)
	%1185 = add i32 %1179, %1184
	%1186 = mul i32 %4, 256
	%1187 = add i32 %1186, %1049
	%1188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1187
	store i32 %1185, i32 addrspace(3)* %1188
	br label %1189

1189:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1190 = select i1 %1051, i32 %1063, i32 256
	%1191 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1190)
	%1192 = and i32 %1191, %234
	%1193 = call i32 @llvm.ctpop.i32(i32 %1192)
	br i1 %1051, label %1194, label %1199

1194:
	%1195 = mul i32 %4, 256
	%1196 = add i32 %1195, %1063
	%1197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1196
	%1198 = load i32, i32 addrspace(3)* %1197
	br label %1199

1199:
	%1200 = phi i32 [ 0, %1189 ], [ %1198, %1194 ]
	%1201 = add i32 %1200, %1193
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1202 = icmp eq i32 %1193, 0
	%1203 = and i1 %1051, %1202
	br i1 %1203, label %1204, label %1210

1204:
	%1205 = call i32 @llvm.ctpop.i32(i32 %1191)
	%1206 = add i32 %1200, %1205
	%1207 = mul i32 %4, 256
	%1208 = add i32 %1207, %1063
	%1209 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1208
	store i32 %1206, i32 addrspace(3)* %1209
	br label %1210

1210:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1211 = select i1 %1065, i32 %1077, i32 256
	%1212 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1211)
	%1213 = and i32 %1212, %234
	%1214 = call i32 @llvm.ctpop.i32(i32 %1213)
	br i1 %1065, label %1215, label %1220

1215:
	%1216 = mul i32 %4, 256
	%1217 = add i32 %1216, %1077
	%1218 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1217
	%1219 = load i32, i32 addrspace(3)* %1218
	br label %1220

1220:
	%1221 = phi i32 [ 0, %1210 ], [ %1219, %1215 ]
	%1222 = add i32 %1221, %1214
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1223 = icmp eq i32 %1214, 0
	%1224 = and i1 %1065, %1223
	br i1 %1224, label %1225, label %1231

1225:
	%1226 = call i32 @llvm.ctpop.i32(i32 %1212)
	%1227 = add i32 %1221, %1226
	%1228 = mul i32 %4, 256
	%1229 = add i32 %1228, %1077
	%1230 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1229
	store i32 %1227, i32 addrspace(3)* %1230
	br label %1231

1231:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1232 = select i1 %1079, i32 %1091, i32 256
	%1233 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1232)
	%1234 = and i32 %1233, %234
	%1235 = call i32 @llvm.ctpop.i32(i32 %1234)
	br i1 %1079, label %1236, label %1241

1236:
	%1237 = mul i32 %4, 256
	%1238 = add i32 %1237, %1091
	%1239 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1238
	%1240 = load i32, i32 addrspace(3)* %1239
	br label %1241

1241:
	%1242 = phi i32 [ 0, %1231 ], [ %1240, %1236 ]
	%1243 = add i32 %1242, %1235
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1244 = icmp eq i32 %1235, 0
	%1245 = and i1 %1079, %1244
	br i1 %1245, label %1246, label %1252

1246:
	%1247 = call i32 @llvm.ctpop.i32(i32 %1233)
	%1248 = add i32 %1242, %1247
	%1249 = mul i32 %4, 256
	%1250 = add i32 %1249, %1091
	%1251 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1250
	store i32 %1248, i32 addrspace(3)* %1251
	br label %1252

1252:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1253 = select i1 %1093, i32 %1105, i32 256
	%1254 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1253)
	%1255 = and i32 %1254, %234
	%1256 = call i32 @llvm.ctpop.i32(i32 %1255)
	br i1 %1093, label %1257, label %1262

1257:
	%1258 = mul i32 %4, 256
	%1259 = add i32 %1258, %1105
	%1260 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1259
	%1261 = load i32, i32 addrspace(3)* %1260
	br label %1262

1262:
	%1263 = phi i32 [ 0, %1252 ], [ %1261, %1257 ]
	%1264 = add i32 %1263, %1256
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1265 = icmp eq i32 %1256, 0
	%1266 = and i1 %1093, %1265
	br i1 %1266, label %1267, label %1273

1267:
	%1268 = call i32 @llvm.ctpop.i32(i32 %1254)
	%1269 = add i32 %1263, %1268
	%1270 = mul i32 %4, 256
	%1271 = add i32 %1270, %1105
	%1272 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1271
	store i32 %1269, i32 addrspace(3)* %1272
	br label %1273

1273:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%1274 = mul i32 0, 256
	%1275 = add i32 %1274, %0
	%1276 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1275
	%1277 = load i32, i32 addrspace(3)* %1276
	%1278 = mul i32 0, 256
	%1279 = add i32 %1278, %0
	%1280 = add i32 2048, %1279
	%1281 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1280
	store i32 0, i32 addrspace(3)* %1281
	%1282 = mul i32 0, 256
	%1283 = add i32 %1282, %0
	%1284 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1283
	store i32 0, i32 addrspace(3)* %1284
	%1285 = add i32 0, %1277
	%1286 = mul i32 1, 256
	%1287 = add i32 %1286, %0
	%1288 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1287
	%1289 = load i32, i32 addrspace(3)* %1288
	%1290 = mul i32 1, 256
	%1291 = add i32 %1290, %0
	%1292 = add i32 2048, %1291
	%1293 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1292
	store i32 %1285, i32 addrspace(3)* %1293
	%1294 = mul i32 1, 256
	%1295 = add i32 %1294, %0
	%1296 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1295
	store i32 0, i32 addrspace(3)* %1296
	%1297 = add i32 %1285, %1289
	%1298 = mul i32 2, 256
	%1299 = add i32 %1298, %0
	%1300 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1299
	%1301 = load i32, i32 addrspace(3)* %1300
	%1302 = mul i32 2, 256
	%1303 = add i32 %1302, %0
	%1304 = add i32 2048, %1303
	%1305 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1304
	store i32 %1297, i32 addrspace(3)* %1305
	%1306 = mul i32 2, 256
	%1307 = add i32 %1306, %0
	%1308 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1307
	store i32 0, i32 addrspace(3)* %1308
	%1309 = add i32 %1297, %1301
	%1310 = mul i32 3, 256
	%1311 = add i32 %1310, %0
	%1312 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1311
	%1313 = load i32, i32 addrspace(3)* %1312
	%1314 = mul i32 3, 256
	%1315 = add i32 %1314, %0
	%1316 = add i32 2048, %1315
	%1317 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1316
	store i32 %1309, i32 addrspace(3)* %1317
	%1318 = mul i32 3, 256
	%1319 = add i32 %1318, %0
	%1320 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1319
	store i32 0, i32 addrspace(3)* %1320
	%1321 = add i32 %1309, %1313
	%1322 = mul i32 4, 256
	%1323 = add i32 %1322, %0
	%1324 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1323
	%1325 = load i32, i32 addrspace(3)* %1324
	%1326 = mul i32 4, 256
	%1327 = add i32 %1326, %0
	%1328 = add i32 2048, %1327
	%1329 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1328
	store i32 %1321, i32 addrspace(3)* %1329
	%1330 = mul i32 4, 256
	%1331 = add i32 %1330, %0
	%1332 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1331
	store i32 0, i32 addrspace(3)* %1332
	%1333 = add i32 %1321, %1325
	%1334 = mul i32 5, 256
	%1335 = add i32 %1334, %0
	%1336 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1335
	%1337 = load i32, i32 addrspace(3)* %1336
	%1338 = mul i32 5, 256
	%1339 = add i32 %1338, %0
	%1340 = add i32 2048, %1339
	%1341 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1340
	store i32 %1333, i32 addrspace(3)* %1341
	%1342 = mul i32 5, 256
	%1343 = add i32 %1342, %0
	%1344 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1343
	store i32 0, i32 addrspace(3)* %1344
	%1345 = add i32 %1333, %1337
	%1346 = mul i32 6, 256
	%1347 = add i32 %1346, %0
	%1348 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1347
	%1349 = load i32, i32 addrspace(3)* %1348
	%1350 = mul i32 6, 256
	%1351 = add i32 %1350, %0
	%1352 = add i32 2048, %1351
	%1353 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1352
	store i32 %1345, i32 addrspace(3)* %1353
	%1354 = mul i32 6, 256
	%1355 = add i32 %1354, %0
	%1356 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1355
	store i32 0, i32 addrspace(3)* %1356
	%1357 = add i32 %1345, %1349
	%1358 = mul i32 7, 256
	%1359 = add i32 %1358, %0
	%1360 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1359
	%1361 = load i32, i32 addrspace(3)* %1360
	%1362 = mul i32 7, 256
	%1363 = add i32 %1362, %0
	%1364 = add i32 2048, %1363
	%1365 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1364
	store i32 %1357, i32 addrspace(3)* %1365
	%1366 = mul i32 7, 256
	%1367 = add i32 %1366, %0
	%1368 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1367
	store i32 0, i32 addrspace(3)* %1368
	%1369 = add i32 %1357, %1361
	call void @llvm.nvvm.barrier0()
	%1370 = select i1 %994, i32 %1007, i32 0
	%1371 = mul i32 %4, 256
	%1372 = add i32 %1371, %1370
	%1373 = add i32 2048, %1372
	%1374 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1373
	%1375 = load i32, i32 addrspace(3)* %1374
	%1376 = add i32 %1117, %1375
	%1377 = select i1 %1009, i32 %1021, i32 0
	%1378 = mul i32 %4, 256
	%1379 = add i32 %1378, %1377
	%1380 = add i32 2048, %1379
	%1381 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1380
	%1382 = load i32, i32 addrspace(3)* %1381
	%1383 = add i32 %1138, %1382
	%1384 = select i1 %1023, i32 %1035, i32 0
	%1385 = mul i32 %4, 256
	%1386 = add i32 %1385, %1384
	%1387 = add i32 2048, %1386
	%1388 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1387
	%1389 = load i32, i32 addrspace(3)* %1388
	%1390 = add i32 %1159, %1389
	%1391 = select i1 %1037, i32 %1049, i32 0
	%1392 = mul i32 %4, 256
	%1393 = add i32 %1392, %1391
	%1394 = add i32 2048, %1393
	%1395 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1394
	%1396 = load i32, i32 addrspace(3)* %1395
	%1397 = add i32 %1180, %1396
	%1398 = select i1 %1051, i32 %1063, i32 0
	%1399 = mul i32 %4, 256
	%1400 = add i32 %1399, %1398
	%1401 = add i32 2048, %1400
	%1402 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1401
	%1403 = load i32, i32 addrspace(3)* %1402
	%1404 = add i32 %1201, %1403
	%1405 = select i1 %1065, i32 %1077, i32 0
	%1406 = mul i32 %4, 256
	%1407 = add i32 %1406, %1405
	%1408 = add i32 2048, %1407
	%1409 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1408
	%1410 = load i32, i32 addrspace(3)* %1409
	%1411 = add i32 %1222, %1410
	%1412 = select i1 %1079, i32 %1091, i32 0
	%1413 = mul i32 %4, 256
	%1414 = add i32 %1413, %1412
	%1415 = add i32 2048, %1414
	%1416 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1415
	%1417 = load i32, i32 addrspace(3)* %1416
	%1418 = add i32 %1243, %1417
	%1419 = select i1 %1093, i32 %1105, i32 0
	%1420 = mul i32 %4, 256
	%1421 = add i32 %1420, %1419
	%1422 = add i32 2048, %1421
	%1423 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1422
	%1424 = load i32, i32 addrspace(3)* %1423
	%1425 = add i32 %1264, %1424
	%1426 = and i32 %0, 31
	%1427 = lshr i32 %0, 5
	%1428 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1369, i32 1, i32 0)
	%1429 = icmp uge i32 %1426, 1
	%1430 = select i1 %1429, i32 %1428, i32 0
	%1431 = add i32 %1369, %1430
	%1432 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1431, i32 2, i32 0)
	%1433 = icmp uge i32 %1426, 2
	%1434 = select i1 %1433, i32 %1432, i32 0
	%1435 = add i32 %1431, %1434
	%1436 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1435, i32 4, i32 0)
	%1437 = icmp uge i32 %1426, 4
	%1438 = select i1 %1437, i32 %1436, i32 0
	%1439 = add i32 %1435, %1438
	%1440 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1439, i32 8, i32 0)
	%1441 = icmp uge i32 %1426, 8
	%1442 = select i1 %1441, i32 %1440, i32 0
	%1443 = add i32 %1439, %1442
	%1444 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1443, i32 16, i32 0)
	%1445 = icmp uge i32 %1426, 16
	%1446 = select i1 %1445, i32 %1444, i32 0
	%1447 = add i32 %1443, %1446
	%1448 = icmp eq i32 %1426, 31
	br i1 %1448, label %1449, label %1451

1449:
	%1450 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %1427
	store i32 %1447, i32 addrspace(3)* %1450
	br label %1451

1451:
	call void @llvm.nvvm.barrier0()
	%1452 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%1453 = load i32, i32 addrspace(3)* %1452
	%1454 = icmp sgt i32 %1427, 0
	%1455 = select i1 %1454, i32 %1453, i32 0
	%1456 = add i32 0, %1455
	%1457 = add i32 0, %1453
	%1458 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%1459 = load i32, i32 addrspace(3)* %1458
	%1460 = icmp sgt i32 %1427, 1
	%1461 = select i1 %1460, i32 %1459, i32 0
	%1462 = add i32 %1456, %1461
	%1463 = add i32 %1457, %1459
	%1464 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%1465 = load i32, i32 addrspace(3)* %1464
	%1466 = icmp sgt i32 %1427, 2
	%1467 = select i1 %1466, i32 %1465, i32 0
	%1468 = add i32 %1462, %1467
	%1469 = add i32 %1463, %1465
	%1470 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%1471 = load i32, i32 addrspace(3)* %1470
	%1472 = icmp sgt i32 %1427, 3
	%1473 = select i1 %1472, i32 %1471, i32 0
	%1474 = add i32 %1468, %1473
	%1475 = add i32 %1469, %1471
	%1476 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%1477 = load i32, i32 addrspace(3)* %1476
	%1478 = icmp sgt i32 %1427, 4
	%1479 = select i1 %1478, i32 %1477, i32 0
	%1480 = add i32 %1474, %1479
	%1481 = add i32 %1475, %1477
	%1482 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%1483 = load i32, i32 addrspace(3)* %1482
	%1484 = icmp sgt i32 %1427, 5
	%1485 = select i1 %1484, i32 %1483, i32 0
	%1486 = add i32 %1480, %1485
	%1487 = add i32 %1481, %1483
	%1488 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%1489 = load i32, i32 addrspace(3)* %1488
	%1490 = icmp sgt i32 %1427, 6
	%1491 = select i1 %1490, i32 %1489, i32 0
	%1492 = add i32 %1486, %1491
	%1493 = add i32 %1487, %1489
	%1494 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%1495 = load i32, i32 addrspace(3)* %1494
	%1496 = icmp sgt i32 %1427, 7
	%1497 = select i1 %1496, i32 %1495, i32 0
	%1498 = add i32 %1492, %1497
	%1499 = add i32 %1493, %1495
	%1500 = add i32 %1498, %1447
	%1501 = sub i32 %1500, %1369
	%1502 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %1501, i32 addrspace(3)* %1502
	call void @llvm.nvvm.barrier0()
	br i1 %994, label %1503, label %1509

1503:
	%1504 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1007
	%1505 = load i32, i32 addrspace(3)* %1504
	%1506 = add i32 %1505, %1376
	%1507 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1506
	store i32 %1004, i32 addrspace(3)* %1507
	%1508 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1506
	store i32 %1005, i32 addrspace(3)* %1508
	br label %1509

1509:
	br i1 %1009, label %1510, label %1516

1510:
	%1511 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1021
	%1512 = load i32, i32 addrspace(3)* %1511
	%1513 = add i32 %1512, %1383
	%1514 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1513
	store i32 %1018, i32 addrspace(3)* %1514
	%1515 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1513
	store i32 %1019, i32 addrspace(3)* %1515
	br label %1516

1516:
	br i1 %1023, label %1517, label %1523

1517:
	%1518 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1035
	%1519 = load i32, i32 addrspace(3)* %1518
	%1520 = add i32 %1519, %1390
	%1521 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1520
	store i32 %1032, i32 addrspace(3)* %1521
	%1522 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1520
	store i32 %1033, i32 addrspace(3)* %1522
	br label %1523

1523:
	br i1 %1037, label %1524, label %1530

1524:
	%1525 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1049
	%1526 = load i32, i32 addrspace(3)* %1525
	%1527 = add i32 %1526, %1397
	%1528 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1527
	store i32 %1046, i32 addrspace(3)* %1528
	%1529 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1527
	store i32 %1047, i32 addrspace(3)* %1529
	br label %1530

1530:
	br i1 %1051, label %1531, label %1537

1531:
	%1532 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1063
	%1533 = load i32, i32 addrspace(3)* %1532
	%1534 = add i32 %1533, %1404
	%1535 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1534
	store i32 %1060, i32 addrspace(3)* %1535
	%1536 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1534
	store i32 %1061, i32 addrspace(3)* %1536
	br label %1537

1537:
	br i1 %1065, label %1538, label %1544

1538:
	%1539 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1077
	%1540 = load i32, i32 addrspace(3)* %1539
	%1541 = add i32 %1540, %1411
	%1542 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1541
	store i32 %1074, i32 addrspace(3)* %1542
	%1543 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1541
	store i32 %1075, i32 addrspace(3)* %1543
	br label %1544

1544:
	br i1 %1079, label %1545, label %1551

1545:
	%1546 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1091
	%1547 = load i32, i32 addrspace(3)* %1546
	%1548 = add i32 %1547, %1418
	%1549 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1548
	store i32 %1088, i32 addrspace(3)* %1549
	%1550 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1548
	store i32 %1089, i32 addrspace(3)* %1550
	br label %1551

1551:
	br i1 %1093, label %1552, label %1558

1552:
	%1553 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1105
	%1554 = load i32, i32 addrspace(3)* %1553
	%1555 = add i32 %1554, %1425
	%1556 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1555
	store i32 %1102, i32 addrspace(3)* %1556
	%1557 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1555
	store i32 %1103, i32 addrspace(3)* %1557
	br label %1558

1558:
	call void @llvm.nvvm.barrier0()
	%1559 = sub i32 %9, %987
	%1560 = icmp slt i32 2048, %1559
	%1561 = select i1 %1560, i32 2048, i32 %1559
	%1562 = add i32 0, %0
	%1563 = icmp slt i32 %1562, %1561
	br i1 %1563, label %1564, label %1582

1564:
	%1565 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1562
	%1566 = load i32, i32 addrspace(3)* %1565
	%1567 = lshr i32 %1566, 8
	%1568 = and i32 %1567, 255
	%1569 = add i32 %1568, 256
	%1570 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1569
	%1571 = load i32, i32 addrspace(3)* %1570
	%1572 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1568
	%1573 = load i32, i32 addrspace(3)* %1572
	%1574 = sub i32 %1562, %1573
	%1575 = add i32 %1571, %1574
	%1576 = sext i32 %1575 to i64
	%1577 = getelementptr i32, i32* %44, i64 %1576
	store i32 %1566, i32* %1577
	%1578 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1562
	%1579 = load i32, i32 addrspace(3)* %1578
	%1580 = sext i32 %1575 to i64
	%1581 = getelementptr i32, i32* %15, i64 %1580
	store i32 %1579, i32* %1581
	br label %1582

1582:
	%1583 = add i32 256, %0
	%1584 = icmp slt i32 %1583, %1561
	br i1 %1584, label %1585, label %1603

1585:
	%1586 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1583
	%1587 = load i32, i32 addrspace(3)* %1586
	%1588 = lshr i32 %1587, 8
	%1589 = and i32 %1588, 255
	%1590 = add i32 %1589, 256
	%1591 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1590
	%1592 = load i32, i32 addrspace(3)* %1591
	%1593 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1589
	%1594 = load i32, i32 addrspace(3)* %1593
	%1595 = sub i32 %1583, %1594
	%1596 = add i32 %1592, %1595
	%1597 = sext i32 %1596 to i64
	%1598 = getelementptr i32, i32* %44, i64 %1597
	store i32 %1587, i32* %1598
	%1599 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1583
	%1600 = load i32, i32 addrspace(3)* %1599
	%1601 = sext i32 %1596 to i64
	%1602 = getelementptr i32, i32* %15, i64 %1601
	store i32 %1600, i32* %1602
	br label %1603

1603:
	%1604 = add i32 512, %0
	%1605 = icmp slt i32 %1604, %1561
	br i1 %1605, label %1606, label %1624

1606:
	%1607 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1604
	%1608 = load i32, i32 addrspace(3)* %1607
	%1609 = lshr i32 %1608, 8
	%1610 = and i32 %1609, 255
	%1611 = add i32 %1610, 256
	%1612 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1611
	%1613 = load i32, i32 addrspace(3)* %1612
	%1614 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1610
	%1615 = load i32, i32 addrspace(3)* %1614
	%1616 = sub i32 %1604, %1615
	%1617 = add i32 %1613, %1616
	%1618 = sext i32 %1617 to i64
	%1619 = getelementptr i32, i32* %44, i64 %1618
	store i32 %1608, i32* %1619
	%1620 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1604
	%1621 = load i32, i32 addrspace(3)* %1620
	%1622 = sext i32 %1617 to i64
	%1623 = getelementptr i32, i32* %15, i64 %1622
	store i32 %1621, i32* %1623
	br label %1624

1624:
	%1625 = add i32 768, %0
	%1626 = icmp slt i32 %1625, %1561
	br i1 %1626, label %1627, label %1645

1627:
	%1628 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1625
	%1629 = load i32, i32 addrspace(3)* %1628
	%1630 = lshr i32 %1629, 8
	%1631 = and i32 %1630, 255
	%1632 = add i32 %1631, 256
	%1633 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1632
	%1634 = load i32, i32 addrspace(3)* %1633
	%1635 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1631
	%1636 = load i32, i32 addrspace(3)* %1635
	%1637 = sub i32 %1625, %1636
	%1638 = add i32 %1634, %1637
	%1639 = sext i32 %1638 to i64
	%1640 = getelementptr i32, i32* %44, i64 %1639
	store i32 %1629, i32* %1640
	%1641 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1625
	%1642 = load i32, i32 addrspace(3)* %1641
	%1643 = sext i32 %1638 to i64
	%1644 = getelementptr i32, i32* %15, i64 %1643
	store i32 %1642, i32* %1644
	br label %1645

1645:
	%1646 = add i32 1024, %0
	%1647 = icmp slt i32 %1646, %1561
	br i1 %1647, label %1648, label %1666

1648:
	%1649 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1646
	%1650 = load i32, i32 addrspace(3)* %1649
	%1651 = lshr i32 %1650, 8
	%1652 = and i32 %1651, 255
	%1653 = add i32 %1652, 256
	%1654 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1653
	%1655 = load i32, i32 addrspace(3)* %1654
	%1656 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1652
	%1657 = load i32, i32 addrspace(3)* %1656
	%1658 = sub i32 %1646, %1657
	%1659 = add i32 %1655, %1658
	%1660 = sext i32 %1659 to i64
	%1661 = getelementptr i32, i32* %44, i64 %1660
	store i32 %1650, i32* %1661
	%1662 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1646
	%1663 = load i32, i32 addrspace(3)* %1662
	%1664 = sext i32 %1659 to i64
	%1665 = getelementptr i32, i32* %15, i64 %1664
	store i32 %1663, i32* %1665
	br label %1666

1666:
	%1667 = add i32 1280, %0
	%1668 = icmp slt i32 %1667, %1561
	br i1 %1668, label %1669, label %1687

1669:
	%1670 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1667
	%1671 = load i32, i32 addrspace(3)* %1670
	%1672 = lshr i32 %1671, 8
	%1673 = and i32 %1672, 255
	%1674 = add i32 %1673, 256
	%1675 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1674
	%1676 = load i32, i32 addrspace(3)* %1675
	%1677 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1673
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = sub i32 %1667, %1678
	%1680 = add i32 %1676, %1679
	%1681 = sext i32 %1680 to i64
	%1682 = getelementptr i32, i32* %44, i64 %1681
	store i32 %1671, i32* %1682
	%1683 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1667
	%1684 = load i32, i32 addrspace(3)* %1683
	%1685 = sext i32 %1680 to i64
	%1686 = getelementptr i32, i32* %15, i64 %1685
	store i32 %1684, i32* %1686
	br label %1687

1687:
	%1688 = add i32 1536, %0
	%1689 = icmp slt i32 %1688, %1561
	br i1 %1689, label %1690, label %1708

1690:
	%1691 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1688
	%1692 = load i32, i32 addrspace(3)* %1691
	%1693 = lshr i32 %1692, 8
	%1694 = and i32 %1693, 255
	%1695 = add i32 %1694, 256
	%1696 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1695
	%1697 = load i32, i32 addrspace(3)* %1696
	%1698 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1694
	%1699 = load i32, i32 addrspace(3)* %1698
	%1700 = sub i32 %1688, %1699
	%1701 = add i32 %1697, %1700
	%1702 = sext i32 %1701 to i64
	%1703 = getelementptr i32, i32* %44, i64 %1702
	store i32 %1692, i32* %1703
	%1704 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1688
	%1705 = load i32, i32 addrspace(3)* %1704
	%1706 = sext i32 %1701 to i64
	%1707 = getelementptr i32, i32* %15, i64 %1706
	store i32 %1705, i32* %1707
	br label %1708

1708:
	%1709 = add i32 1792, %0
	%1710 = icmp slt i32 %1709, %1561
	br i1 %1710, label %1711, label %1729

1711:
	%1712 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1709
	%1713 = load i32, i32 addrspace(3)* %1712
	%1714 = lshr i32 %1713, 8
	%1715 = and i32 %1714, 255
	%1716 = add i32 %1715, 256
	%1717 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1716
	%1718 = load i32, i32 addrspace(3)* %1717
	%1719 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1715
	%1720 = load i32, i32 addrspace(3)* %1719
	%1721 = sub i32 %1709, %1720
	%1722 = add i32 %1718, %1721
	%1723 = sext i32 %1722 to i64
	%1724 = getelementptr i32, i32* %44, i64 %1723
	store i32 %1713, i32* %1724
	%1725 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1709
	%1726 = load i32, i32 addrspace(3)* %1725
	%1727 = sext i32 %1722 to i64
	%1728 = getelementptr i32, i32* %15, i64 %1727
	store i32 %1726, i32* %1728
	br label %1729

1729:
	call void @llvm.nvvm.barrier0()
	%1730 = add i32 %0, 256
	%1731 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1730
	%1732 = load i32, i32 addrspace(3)* %1731
	%1733 = add i32 %1732, %1369
	%1734 = add i32 %0, 256
	%1735 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1734
	store i32 %1733, i32 addrspace(3)* %1735
	%1736 = add i32 %987, 2048
	br label %986

1737:
	%1738 = phi i32 [ 0, %995 ], [ %2487, %2480 ]
	%1739 = icmp slt i32 %1738, %9
	br i1 %1739, label %1740, label %1746

1740:
	%1741 = mul i32 %4, 256
	%1742 = add i32 %1741, %3
	%1743 = add i32 %1738, %1742
	%1744 = add i32 %1743, 0
	%1745 = icmp slt i32 %1744, %9
	br i1 %1745, label %1747, label %1754

1746:
	call void @llvm.nvvm.barrier0()
	br label %2488

1747:
	%1748 = sext i32 %1744 to i64
	%1749 = getelementptr i32, i32* %44, i64 %1748
	%1750 = load i32, i32* %1749
	%1751 = sext i32 %1744 to i64
	%1752 = getelementptr i32, i32* %15, i64 %1751
	%1753 = load i32, i32* %1752
	br label %1754

1754:
	%1755 = phi i32 [ 0, %1740 ], [ %1750, %1747 ]
	%1756 = phi i32 [ 0, %1740 ], [ %1753, %1747 ]
	%1757 = lshr i32 %1755, 16
	%1758 = and i32 %1757, 255
	%1759 = add i32 %1743, 32
	%1760 = icmp slt i32 %1759, %9
	br i1 %1760, label %1761, label %1768

1761:
	%1762 = sext i32 %1759 to i64
	%1763 = getelementptr i32, i32* %44, i64 %1762
	%1764 = load i32, i32* %1763
	%1765 = sext i32 %1759 to i64
	%1766 = getelementptr i32, i32* %15, i64 %1765
	%1767 = load i32, i32* %1766
	br label %1768

1768:
	%1769 = phi i32 [ 0, %1754 ], [ %1764, %1761 ]
	%1770 = phi i32 [ 0, %1754 ], [ %1767, %1761 ]
	%1771 = lshr i32 %1769, 16
	%1772 = and i32 %1771, 255
	%1773 = add i32 %1743, 64
	%1774 = icmp slt i32 %1773, %9
	br i1 %1774, label %1775, label %1782

1775:
	%1776 = sext i32 %1773 to i64
	%1777 = getelementptr i32, i32* %44, i64 %1776
	%1778 = load i32, i32* %1777
	%1779 = sext i32 %1773 to i64
	%1780 = getelementptr i32, i32* %15, i64 %1779
	%1781 = load i32, i32* %1780
	br label %1782

1782:
	%1783 = phi i32 [ 0, %1768 ], [ %1778, %1775 ]
	%1784 = phi i32 [ 0, %1768 ], [ %1781, %1775 ]
	%1785 = lshr i32 %1783, 16
	%1786 = and i32 %1785, 255
	%1787 = add i32 %1743, 96
	%1788 = icmp slt i32 %1787, %9
	br i1 %1788, label %1789, label %1796

1789:
	%1790 = sext i32 %1787 to i64
	%1791 = getelementptr i32, i32* %44, i64 %1790
	%1792 = load i32, i32* %1791
	%1793 = sext i32 %1787 to i64
	%1794 = getelementptr i32, i32* %15, i64 %1793
	%1795 = load i32, i32* %1794
	br label %1796

1796:
	%1797 = phi i32 [ 0, %1782 ], [ %1792, %1789 ]
	%1798 = phi i32 [ 0, %1782 ], [ %1795, %1789 ]
	%1799 = lshr i32 %1797, 16
	%1800 = and i32 %1799, 255
	%1801 = add i32 %1743, 128
	%1802 = icmp slt i32 %1801, %9
	br i1 %1802, label %1803, label %1810

1803:
	%1804 = sext i32 %1801 to i64
	%1805 = getelementptr i32, i32* %44, i64 %1804
	%1806 = load i32, i32* %1805
	%1807 = sext i32 %1801 to i64
	%1808 = getelementptr i32, i32* %15, i64 %1807
	%1809 = load i32, i32* %1808
	br label %1810

1810:
	%1811 = phi i32 [ 0, %1796 ], [ %1806, %1803 ]
	%1812 = phi i32 [ 0, %1796 ], [ %1809, %1803 ]
	%1813 = lshr i32 %1811, 16
	%1814 = and i32 %1813, 255
	%1815 = add i32 %1743, 160
	%1816 = icmp slt i32 %1815, %9
	br i1 %1816, label %1817, label %1824

1817:
	%1818 = sext i32 %1815 to i64
	%1819 = getelementptr i32, i32* %44, i64 %1818
	%1820 = load i32, i32* %1819
	%1821 = sext i32 %1815 to i64
	%1822 = getelementptr i32, i32* %15, i64 %1821
	%1823 = load i32, i32* %1822
	br label %1824

1824:
	%1825 = phi i32 [ 0, %1810 ], [ %1820, %1817 ]
	%1826 = phi i32 [ 0, %1810 ], [ %1823, %1817 ]
	%1827 = lshr i32 %1825, 16
	%1828 = and i32 %1827, 255
	%1829 = add i32 %1743, 192
	%1830 = icmp slt i32 %1829, %9
	br i1 %1830, label %1831, label %1838

1831:
	%1832 = sext i32 %1829 to i64
	%1833 = getelementptr i32, i32* %44, i64 %1832
	%1834 = load i32, i32* %1833
	%1835 = sext i32 %1829 to i64
	%1836 = getelementptr i32, i32* %15, i64 %1835
	%1837 = load i32, i32* %1836
	br label %1838

1838:
	%1839 = phi i32 [ 0, %1824 ], [ %1834, %1831 ]
	%1840 = phi i32 [ 0, %1824 ], [ %1837, %1831 ]
	%1841 = lshr i32 %1839, 16
	%1842 = and i32 %1841, 255
	%1843 = add i32 %1743, 224
	%1844 = icmp slt i32 %1843, %9
	br i1 %1844, label %1845, label %1852

1845:
	%1846 = sext i32 %1843 to i64
	%1847 = getelementptr i32, i32* %44, i64 %1846
	%1848 = load i32, i32* %1847
	%1849 = sext i32 %1843 to i64
	%1850 = getelementptr i32, i32* %15, i64 %1849
	%1851 = load i32, i32* %1850
	br label %1852

1852:
	%1853 = phi i32 [ 0, %1838 ], [ %1848, %1845 ]
	%1854 = phi i32 [ 0, %1838 ], [ %1851, %1845 ]
	%1855 = lshr i32 %1853, 16
	%1856 = and i32 %1855, 255
	%1857 = select i1 %1745, i32 %1758, i32 256
	%1858 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1857)
	%1859 = and i32 %1858, %234
	%1860 = call i32 @llvm.ctpop.i32(i32 %1859)
	br i1 %1745, label %1861, label %1866

1861:
	%1862 = mul i32 %4, 256
	%1863 = add i32 %1862, %1758
	%1864 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1863
	%1865 = load i32, i32 addrspace(3)* %1864
	br label %1866

1866:
	%1867 = phi i32 [ 0, %1852 ], [ %1865, %1861 ]
	%1868 = add i32 %1867, %1860
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1869 = icmp eq i32 %1860, 0
	%1870 = and i1 %1745, %1869
	br i1 %1870, label %1871, label %1877

1871:
	%1872 = call i32 @llvm.ctpop.i32(i32 %1858)
	%1873 = add i32 %1867, %1872
	%1874 = mul i32 %4, 256
	%1875 = add i32 %1874, %1758
	%1876 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1875
	store i32 %1873, i32 addrspace(3)* %1876
	br label %1877

1877:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1878 = select i1 %1760, i32 %1772, i32 256
	%1879 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1878)
	%1880 = and i32 %1879, %234
	%1881 = call i32 @llvm.ctpop.i32(i32 %1880)
	br i1 %1760, label %1882, label %1887

1882:
	%1883 = mul i32 %4, 256
	%1884 = add i32 %1883, %1772
	%1885 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1884
	%1886 = load i32, i32 addrspace(3)* %1885
	br label %1887

1887:
	%1888 = phi i32 [ 0, %1877 ], [ %1886, %1882 ]
	%1889 = add i32 %1888, %1881
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1890 = icmp eq i32 %1881, 0
	%1891 = and i1 %1760, %1890
	br i1 %1891, label %1892, label %1898

1892:
	%1893 = call i32 @llvm.ctpop.i32(i32 %1879)
	%1894 = add i32 %1888, %1893
	%1895 = mul i32 %4, 256
	%1896 = add i32 %1895, %1772
	%1897 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1896
	store i32 %1894, i32 addrspace(3)* %1897
	br label %1898

1898:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1899 = select i1 %1774, i32 %1786, i32 256
	%1900 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1899)
	%1901 = and i32 %1900, %234
	%1902 = call i32 @llvm.ctpop.i32(i32 %1901)
	br i1 %1774, label %1903, label %1908

1903:
	%1904 = mul i32 %4, 256
	%1905 = add i32 %1904, %1786
	%1906 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1905
	%1907 = load i32, i32 addrspace(3)* %1906
	br label %1908

1908:
	%1909 = phi i32 [ 0, %1898 ], [ %1907, %1903 ]
	%1910 = add i32 %1909, %1902
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1911 = icmp eq i32 %1902, 0
	%1912 = and i1 %1774, %1911
	br i1 %1912, label %1913, label %1919

1913:
	%1914 = call i32 @llvm.ctpop.i32(i32 %1900)
	%1915 = add i32 %1909, %1914
	%1916 = mul i32 %4, 256
	%1917 = add i32 %1916, %1786
	%1918 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1917
	store i32 %1915, i32 addrspace(3)* %1918
	br label %1919

1919:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1920 = select i1 %1788, i32 %1800, i32 256
	%1921 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1920)
	%1922 = and i32 %1921, %234
	%1923 = call i32 @llvm.ctpop.i32(i32 %1922)
	br i1 %1788, label %1924, label %1929

1924:
	%1925 = mul i32 %4, 256
	%1926 = add i32 %1925, %1800
	%1927 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1926
	%1928 = load i32, i32 addrspace(3)* %1927
	br label %1929

1929:
	%1930 = phi i32 [ 0, %1919 ], [ %1928, %1924 ]
	%1931 = add i32 %1930, %1923
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1932 = icmp eq i32 %1923, 0
	%1933 = and i1 %1788, %1932
	br i1 %1933, label %1934, label %1940

1934:
	%1935 = call i32 @llvm.ctpop.i32(i32 %1921)
	%1936 = add i32 %1930, %1935
	%1937 = mul i32 %4, 256
	%1938 = add i32 %1937, %1800
	%1939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1938
	store i32 %1936, i32 addrspace(3)* %1939
	br label %1940

1940:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1941 = select i1 %1802, i32 %1814, i32 256
	%1942 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1941)
	%1943 = and i32 %1942, %234
	%1944 = call i32 @llvm.ctpop.i32(i32 %1943)
	br i1 %1802, label %1945, label %1950

1945:
	%1946 = mul i32 %4, 256
	%1947 = add i32 %1946, %1814
	%1948 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1947
	%1949 = load i32, i32 addrspace(3)* %1948
	br label %1950

1950:
	%1951 = phi i32 [ 0, %1940 ], [ %1949, %1945 ]
	%1952 = add i32 %1951, %1944
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1953 = icmp eq i32 %1944, 0
	%1954 = and i1 %1802, %1953
	br i1 %1954, label %1955, label %1961

1955:
	%1956 = call i32 @llvm.ctpop.i32(i32 %1942)
	%1957 = add i32 %1951, %1956
	%1958 = mul i32 %4, 256
	%1959 = add i32 %1958, %1814
	%1960 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1959
	store i32 %1957, i32 addrspace(3)* %1960
	br label %1961

1961:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1962 = select i1 %1816, i32 %1828, i32 256
	%1963 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1962)
	%1964 = and i32 %1963, %234
	%1965 = call i32 @llvm.ctpop.i32(i32 %1964)
	br i1 %1816, label %1966, label %1971

1966:
	%1967 = mul i32 %4, 256
	%1968 = add i32 %1967, %1828
	%1969 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1968
	%1970 = load i32, i32 addrspace(3)* %1969
	br label %1971

1971:
	%1972 = phi i32 [ 0, %1961 ], [ %1970, %1966 ]
	%1973 = add i32 %1972, %1965
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1974 = icmp eq i32 %1965, 0
	%1975 = and i1 %1816, %1974
	br i1 %1975, label %1976, label %1982

1976:
	%1977 = call i32 @llvm.ctpop.i32(i32 %1963)
	%1978 = add i32 %1972, %1977
	%1979 = mul i32 %4, 256
	%1980 = add i32 %1979, %1828
	%1981 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1980
	store i32 %1978, i32 addrspace(3)* %1981
	br label %1982

1982:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1983 = select i1 %1830, i32 %1842, i32 256
	%1984 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1983)
	%1985 = and i32 %1984, %234
	%1986 = call i32 @llvm.ctpop.i32(i32 %1985)
	br i1 %1830, label %1987, label %1992

1987:
	%1988 = mul i32 %4, 256
	%1989 = add i32 %1988, %1842
	%1990 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1989
	%1991 = load i32, i32 addrspace(3)* %1990
	br label %1992

1992:
	%1993 = phi i32 [ 0, %1982 ], [ %1991, %1987 ]
	%1994 = add i32 %1993, %1986
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1995 = icmp eq i32 %1986, 0
	%1996 = and i1 %1830, %1995
	br i1 %1996, label %1997, label %2003

1997:
	%1998 = call i32 @llvm.ctpop.i32(i32 %1984)
	%1999 = add i32 %1993, %1998
	%2000 = mul i32 %4, 256
	%2001 = add i32 %2000, %1842
	%2002 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2001
	store i32 %1999, i32 addrspace(3)* %2002
	br label %2003

2003:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2004 = select i1 %1844, i32 %1856, i32 256
	%2005 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2004)
	%2006 = and i32 %2005, %234
	%2007 = call i32 @llvm.ctpop.i32(i32 %2006)
	br i1 %1844, label %2008, label %2013

2008:
	%2009 = mul i32 %4, 256
	%2010 = add i32 %2009, %1856
	%2011 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2010
	%2012 = load i32, i32 addrspace(3)* %2011
	br label %2013

2013:
	%2014 = phi i32 [ 0, %2003 ], [ %2012, %2008 ]
	%2015 = add i32 %2014, %2007
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2016 = icmp eq i32 %2007, 0
	%2017 = and i1 %1844, %2016
	br i1 %2017, label %2018, label %2024

2018:
	%2019 = call i32 @llvm.ctpop.i32(i32 %2005)
	%2020 = add i32 %2014, %2019
	%2021 = mul i32 %4, 256
	%2022 = add i32 %2021, %1856
	%2023 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2022
	store i32 %2020, i32 addrspace(3)* %2023
	br label %2024

2024:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%2025 = mul i32 0, 256
	%2026 = add i32 %2025, %0
	%2027 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2026
	%2028 = load i32, i32 addrspace(3)* %2027
	%2029 = mul i32 0, 256
	%2030 = add i32 %2029, %0
	%2031 = add i32 2048, %2030
	%2032 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2031
	store i32 0, i32 addrspace(3)* %2032
	%2033 = mul i32 0, 256
	%2034 = add i32 %2033, %0
	%2035 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2034
	store i32 0, i32 addrspace(3)* %2035
	%2036 = add i32 0, %2028
	%2037 = mul i32 1, 256
	%2038 = add i32 %2037, %0
	%2039 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2038
	%2040 = load i32, i32 addrspace(3)* %2039
	%2041 = mul i32 1, 256
	%2042 = add i32 %2041, %0
	%2043 = add i32 2048, %2042
	%2044 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2043
	store i32 %2036, i32 addrspace(3)* %2044
	%2045 = mul i32 1, 256
	%2046 = add i32 %2045, %0
	%2047 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2046
	store i32 0, i32 addrspace(3)* %2047
	%2048 = add i32 %2036, %2040
	%2049 = mul i32 2, 256
	%2050 = add i32 %2049, %0
	%2051 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2050
	%2052 = load i32, i32 addrspace(3)* %2051
	%2053 = mul i32 2, 256
	%2054 = add i32 %2053, %0
	%2055 = add i32 2048, %2054
	%2056 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2055
	store i32 %2048, i32 addrspace(3)* %2056
	%2057 = mul i32 2, 256
	%2058 = add i32 %2057, %0
	%2059 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2058
	store i32 0, i32 addrspace(3)* %2059
	%2060 = add i32 %2048, %2052
	%2061 = mul i32 3, 256
	%2062 = add i32 %2061, %0
	%2063 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2062
	%2064 = load i32, i32 addrspace(3)* %2063
	%2065 = mul i32 3, 256
	%2066 = add i32 %2065, %0
	%2067 = add i32 2048, %2066
	%2068 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2067
	store i32 %2060, i32 addrspace(3)* %2068
	%2069 = mul i32 3, 256
	%2070 = add i32 %2069, %0
	%2071 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2070
	store i32 0, i32 addrspace(3)* %2071
	%2072 = add i32 %2060, %2064
	%2073 = mul i32 4, 256
	%2074 = add i32 %2073, %0
	%2075 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2074
	%2076 = load i32, i32 addrspace(3)* %2075
	%2077 = mul i32 4, 256
	%2078 = add i32 %2077, %0
	%2079 = add i32 2048, %2078
	%2080 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2079
	store i32 %2072, i32 addrspace(3)* %2080
	%2081 = mul i32 4, 256
	%2082 = add i32 %2081, %0
	%2083 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2082
	store i32 0, i32 addrspace(3)* %2083
	%2084 = add i32 %2072, %2076
	%2085 = mul i32 5, 256
	%2086 = add i32 %2085, %0
	%2087 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2086
	%2088 = load i32, i32 addrspace(3)* %2087
	%2089 = mul i32 5, 256
	%2090 = add i32 %2089, %0
	%2091 = add i32 2048, %2090
	%2092 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2091
	store i32 %2084, i32 addrspace(3)* %2092
	%2093 = mul i32 5, 256
	%2094 = add i32 %2093, %0
	%2095 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2094
	store i32 0, i32 addrspace(3)* %2095
	%2096 = add i32 %2084, %2088
	%2097 = mul i32 6, 256
	%2098 = add i32 %2097, %0
	%2099 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2098
	%2100 = load i32, i32 addrspace(3)* %2099
	%2101 = mul i32 6, 256
	%2102 = add i32 %2101, %0
	%2103 = add i32 2048, %2102
	%2104 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2103
	store i32 %2096, i32 addrspace(3)* %2104
	%2105 = mul i32 6, 256
	%2106 = add i32 %2105, %0
	%2107 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2106
	store i32 0, i32 addrspace(3)* %2107
	%2108 = add i32 %2096, %2100
	%2109 = mul i32 7, 256
	%2110 = add i32 %2109, %0
	%2111 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2110
	%2112 = load i32, i32 addrspace(3)* %2111
	%2113 = mul i32 7, 256
	%2114 = add i32 %2113, %0
	%2115 = add i32 2048, %2114
	%2116 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2115
	store i32 %2108, i32 addrspace(3)* %2116
	%2117 = mul i32 7, 256
	%2118 = add i32 %2117, %0
	%2119 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2118
	store i32 0, i32 addrspace(3)* %2119
	%2120 = add i32 %2108, %2112
	call void @llvm.nvvm.barrier0()
	%2121 = select i1 %1745, i32 %1758, i32 0
	%2122 = mul i32 %4, 256
	%2123 = add i32 %2122, %2121
	%2124 = add i32 2048, %2123
	%2125 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2124
	%2126 = load i32, i32 addrspace(3)* %2125
	%2127 = add i32 %1868, %2126
	%2128 = select i1 %1760, i32 %1772, i32 0
	%2129 = mul i32 %4, 256
	%2130 = add i32 %2129, %2128
	%2131 = add i32 2048, %2130
	%2132 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2131
	%2133 = load i32, i32 addrspace(3)* %2132
	%2134 = add i32 %1889, %2133
	%2135 = select i1 %1774, i32 %1786, i32 0
	%2136 = mul i32 %4, 256
	%2137 = add i32 %2136, %2135
	%2138 = add i32 2048, %2137
	%2139 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2138
	%2140 = load i32, i32 addrspace(3)* %2139
	%2141 = add i32 %1910, %2140
	%2142 = select i1 %1788, i32 %1800, i32 0
	%2143 = mul i32 %4, 256
	%2144 = add i32 %2143, %2142
	%2145 = add i32 2048, %2144
	%2146 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2145
	%2147 = load i32, i32 addrspace(3)* %2146
	%2148 = add i32 %1931, %2147
	%2149 = select i1 %1802, i32 %1814, i32 0
	%2150 = mul i32 %4, 256
	%2151 = add i32 %2150, %2149
	%2152 = add i32 2048, %2151
	%2153 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2152
	%2154 = load i32, i32 addrspace(3)* %2153
	%2155 = add i32 %1952, %2154
	%2156 = select i1 %1816, i32 %1828, i32 0
	%2157 = mul i32 %4, 256
	%2158 = add i32 %2157, %2156
	%2159 = add i32 2048, %2158
	%2160 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2159
	%2161 = load i32, i32 addrspace(3)* %2160
	%2162 = add i32 %1973, %2161
	%2163 = select i1 %1830, i32 %1842, i32 0
	%2164 = mul i32 %4, 256
	%2165 = add i32 %2164, %2163
	%2166 = add i32 2048, %2165
	%2167 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2166
	%2168 = load i32, i32 addrspace(3)* %2167
	%2169 = add i32 %1994, %2168
	%2170 = select i1 %1844, i32 %1856, i32 0
	%2171 = mul i32 %4, 256
	%2172 = add i32 %2171, %2170
	%2173 = add i32 2048, %2172
	%2174 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2173
	%2175 = load i32, i32 addrspace(3)* %2174
	%2176 = add i32 %2015, %2175
	%2177 = and i32 %0, 31
	%2178 = lshr i32 %0, 5
	%2179 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2120, i32 1, i32 0)
	%2180 = icmp uge i32 %2177, 1
	%2181 = select i1 %2180, i32 %2179, i32 0
	%2182 = add i32 %2120, %2181
	%2183 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2182, i32 2, i32 0)
	%2184 = icmp uge i32 %2177, 2
	%2185 = select i1 %2184, i32 %2183, i32 0
	%2186 = add i32 %2182, %2185
	%2187 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2186, i32 4, i32 0)
	%2188 = icmp uge i32 %2177, 4
	%2189 = select i1 %2188, i32 %2187, i32 0
	%2190 = add i32 %2186, %2189
	%2191 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2190, i32 8, i32 0)
	%2192 = icmp uge i32 %2177, 8
	%2193 = select i1 %2192, i32 %2191, i32 0
	%2194 = add i32 %2190, %2193
	%2195 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2194, i32 16, i32 0)
	%2196 = icmp uge i32 %2177, 16
	%2197 = select i1 %2196, i32 %2195, i32 0
	%2198 = add i32 %2194, %2197
	%2199 = icmp eq i32 %2177, 31
	br i1 %2199, label %2200, label %2202

2200:
	%2201 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %2178
	store i32 %2198, i32 addrspace(3)* %2201
	br label %2202

2202:
	call void @llvm.nvvm.barrier0()
	%2203 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%2204 = load i32, i32 addrspace(3)* %2203
	%2205 = icmp sgt i32 %2178, 0
	%2206 = select i1 %2205, i32 %2204, i32 0
	%2207 = add i32 0, %2206
	%2208 = add i32 0, %2204
	%2209 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%2210 = load i32, i32 addrspace(3)* %2209
	%2211 = icmp sgt i32 %2178, 1
	%2212 = select i1 %2211, i32 %2210, i32 0
	%2213 = add i32 %2207, %2212
	%2214 = add i32 %2208, %2210
	%2215 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%2216 = load i32, i32 addrspace(3)* %2215
	%2217 = icmp sgt i32 %2178, 2
	%2218 = select i1 %2217, i32 %2216, i32 0
	%2219 = add i32 %2213, %2218
	%2220 = add i32 %2214, %2216
	%2221 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%2222 = load i32, i32 addrspace(3)* %2221
	%2223 = icmp sgt i32 %2178, 3
	%2224 = select i1 %2223, i32 %2222, i32 0
	%2225 = add i32 %2219, %2224
	%2226 = add i32 %2220, %2222
	%2227 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%2228 = load i32, i32 addrspace(3)* %2227
	%2229 = icmp sgt i32 %2178, 4
	%2230 = select i1 %2229, i32 %2228, i32 0
	%2231 = add i32 %2225, %2230
	%2232 = add i32 %2226, %2228
	%2233 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%2234 = load i32, i32 addrspace(3)* %2233
	%2235 = icmp sgt i32 %2178, 5
	%2236 = select i1 %2235, i32 %2234, i32 0
	%2237 = add i32 %2231, %2236
	%2238 = add i32 %2232, %2234
	%2239 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%2240 = load i32, i32 addrspace(3)* %2239
	%2241 = icmp sgt i32 %2178, 6
	%2242 = select i1 %2241, i32 %2240, i32 0
	%2243 = add i32 %2237, %2242
	%2244 = add i32 %2238, %2240
	%2245 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%2246 = load i32, i32 addrspace(3)* %2245
	%2247 = icmp sgt i32 %2178, 7
	%2248 = select i1 %2247, i32 %2246, i32 0
	%2249 = add i32 %2243, %2248
	%2250 = add i32 %2244, %2246
	%2251 = add i32 %2249, %2198
	%2252 = sub i32 %2251, %2120
	%2253 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %2252, i32 addrspace(3)* %2253
	call void @llvm.nvvm.barrier0()
	br i1 %1745, label %2254, label %2260

2254:
	%2255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1758
	%2256 = load i32, i32 addrspace(3)* %2255
	%2257 = add i32 %2256, %2127
	%2258 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2257
	store i32 %1755, i32 addrspace(3)* %2258
	%2259 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2257
	store i32 %1756, i32 addrspace(3)* %2259
	br label %2260

2260:
	br i1 %1760, label %2261, label %2267

2261:
	%2262 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1772
	%2263 = load i32, i32 addrspace(3)* %2262
	%2264 = add i32 %2263, %2134
	%2265 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2264
	store i32 %1769, i32 addrspace(3)* %2265
	%2266 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2264
	store i32 %1770, i32 addrspace(3)* %2266
	br label %2267

2267:
	br i1 %1774, label %2268, label %2274

2268:
	%2269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1786
	%2270 = load i32, i32 addrspace(3)* %2269
	%2271 = add i32 %2270, %2141
	%2272 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2271
	store i32 %1783, i32 addrspace(3)* %2272
	%2273 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2271
	store i32 %1784, i32 addrspace(3)* %2273
	br label %2274

2274:
	br i1 %1788, label %2275, label %2281

2275:
	%2276 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1800
	%2277 = load i32, i32 addrspace(3)* %2276
	%2278 = add i32 %2277, %2148
	%2279 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2278
	store i32 %1797, i32 addrspace(3)* %2279
	%2280 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2278
	store i32 %1798, i32 addrspace(3)* %2280
	br label %2281

2281:
	br i1 %1802, label %2282, label %2288

2282:
	%2283 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1814
	%2284 = load i32, i32 addrspace(3)* %2283
	%2285 = add i32 %2284, %2155
	%2286 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2285
	store i32 %1811, i32 addrspace(3)* %2286
	%2287 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2285
	store i32 %1812, i32 addrspace(3)* %2287
	br label %2288

2288:
	br i1 %1816, label %2289, label %2295

2289:
	%2290 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1828
	%2291 = load i32, i32 addrspace(3)* %2290
	%2292 = add i32 %2291, %2162
	%2293 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2292
	store i32 %1825, i32 addrspace(3)* %2293
	%2294 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2292
	store i32 %1826, i32 addrspace(3)* %2294
	br label %2295

2295:
	br i1 %1830, label %2296, label %2302

2296:
	%2297 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1842
	%2298 = load i32, i32 addrspace(3)* %2297
	%2299 = add i32 %2298, %2169
	%2300 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2299
	store i32 %1839, i32 addrspace(3)* %2300
	%2301 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2299
	store i32 %1840, i32 addrspace(3)* %2301
	br label %2302

2302:
	br i1 %1844, label %2303, label %2309

2303:
	%2304 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1856
	%2305 = load i32, i32 addrspace(3)* %2304
	%2306 = add i32 %2305, %2176
	%2307 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2306
	store i32 %1853, i32 addrspace(3)* %2307
	%2308 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2306
	store i32 %1854, i32 addrspace(3)* %2308
	br label %2309

2309:
	call void @llvm.nvvm.barrier0()
	%2310 = sub i32 %9, %1738
	%2311 = icmp slt i32 2048, %2310
	%2312 = select i1 %2311, i32 2048, i32 %2310
	%2313 = add i32 0, %0
	%2314 = icmp slt i32 %2313, %2312
	br i1 %2314, label %2315, label %2333

2315:
	%2316 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2313
	%2317 = load i32, i32 addrspace(3)* %2316
	%2318 = lshr i32 %2317, 16
	%2319 = and i32 %2318, 255
	%2320 = add i32 %2319, 512
	%2321 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2320
	%2322 = load i32, i32 addrspace(3)* %2321
	%2323 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2319
	%2324 = load i32, i32 addrspace(3)* %2323
	%2325 = sub i32 %2313, %2324
	%2326 = add i32 %2322, %2325
	%2327 = sext i32 %2326 to i64
	%2328 = getelementptr i32, i32* %46, i64 %2327
	store i32 %2317, i32* %2328
	%2329 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2313
	%2330 = load i32, i32 addrspace(3)* %2329
	%2331 = sext i32 %2326 to i64
	%2332 = getelementptr i32, i32* %49, i64 %2331
	store i32 %2330, i32* %2332
	br label %2333

2333:
	%2334 = add i32 256, %0
	%2335 = icmp slt i32 %2334, %2312
	br i1 %2335, label %2336, label %2354

2336:
	%2337 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2334
	%2338 = load i32, i32 addrspace(3)* %2337
	%2339 = lshr i32 %2338, 16
	%2340 = and i32 %2339, 255
	%2341 = add i32 %2340, 512
	%2342 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2341
	%2343 = load i32, i32 addrspace(3)* %2342
	%2344 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2340
	%2345 = load i32, i32 addrspace(3)* %2344
	%2346 = sub i32 %2334, %2345
	%2347 = add i32 %2343, %2346
	%2348 = sext i32 %2347 to i64
	%2349 = getelementptr i32, i32* %46, i64 %2348
	store i32 %2338, i32* %2349
	%2350 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2334
	%2351 = load i32, i32 addrspace(3)* %2350
	%2352 = sext i32 %2347 to i64
	%2353 = getelementptr i32, i32* %49, i64 %2352
	store i32 %2351, i32* %2353
	br label %2354

2354:
	%2355 = add i32 512, %0
	%2356 = icmp slt i32 %2355, %2312
	br i1 %2356, label %2357, label %2375

2357:
	%2358 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2355
	%2359 = load i32, i32 addrspace(3)* %2358
	%2360 = lshr i32 %2359, 16
	%2361 = and i32 %2360, 255
	%2362 = add i32 %2361, 512
	%2363 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2362
	%2364 = load i32, i32 addrspace(3)* %2363
	%2365 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2361
	%2366 = load i32, i32 addrspace(3)* %2365
	%2367 = sub i32 %2355, %2366
	%2368 = add i32 %2364, %2367
	%2369 = sext i32 %2368 to i64
	%2370 = getelementptr i32, i32* %46, i64 %2369
	store i32 %2359, i32* %2370
	%2371 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2355
	%2372 = load i32, i32 addrspace(3)* %2371
	%2373 = sext i32 %2368 to i64
	%2374 = getelementptr i32, i32* %49, i64 %2373
	store i32 %2372, i32* %2374
	br label %2375

2375:
	%2376 = add i32 768, %0
	%2377 = icmp slt i32 %2376, %2312
	br i1 %2377, label %2378, label %2396

2378:
	%2379 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2376
	%2380 = load i32, i32 addrspace(3)* %2379
	%2381 = lshr i32 %2380, 16
	%2382 = and i32 %2381, 255
	%2383 = add i32 %2382, 512
	%2384 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2383
	%2385 = load i32, i32 addrspace(3)* %2384
	%2386 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2382
	%2387 = load i32, i32 addrspace(3)* %2386
	%2388 = sub i32 %2376, %2387
	%2389 = add i32 %2385, %2388
	%2390 = sext i32 %2389 to i64
	%2391 = getelementptr i32, i32* %46, i64 %2390
	store i32 %2380, i32* %2391
	%2392 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2376
	%2393 = load i32, i32 addrspace(3)* %2392
	%2394 = sext i32 %2389 to i64
	%2395 = getelementptr i32, i32* %49, i64 %2394
	store i32 %2393, i32* %2395
	br label %2396

2396:
	%2397 = add i32 1024, %0
	%2398 = icmp slt i32 %2397, %2312
	br i1 %2398, label %2399, label %2417

2399:
	%2400 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2397
	%2401 = load i32, i32 addrspace(3)* %2400
	%2402 = lshr i32 %2401, 16
	%2403 = and i32 %2402, 255
	%2404 = add i32 %2403, 512
	%2405 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2404
	%2406 = load i32, i32 addrspace(3)* %2405
	%2407 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2403
	%2408 = load i32, i32 addrspace(3)* %2407
	%2409 = sub i32 %2397, %2408
	%2410 = add i32 %2406, %2409
	%2411 = sext i32 %2410 to i64
	%2412 = getelementptr i32, i32* %46, i64 %2411
	store i32 %2401, i32* %2412
	%2413 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2397
	%2414 = load i32, i32 addrspace(3)* %2413
	%2415 = sext i32 %2410 to i64
	%2416 = getelementptr i32, i32* %49, i64 %2415
	store i32 %2414, i32* %2416
	br label %2417

2417:
	%2418 = add i32 1280, %0
	%2419 = icmp slt i32 %2418, %2312
	br i1 %2419, label %2420, label %2438

2420:
	%2421 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2418
	%2422 = load i32, i32 addrspace(3)* %2421
	%2423 = lshr i32 %2422, 16
	%2424 = and i32 %2423, 255
	%2425 = add i32 %2424, 512
	%2426 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2425
	%2427 = load i32, i32 addrspace(3)* %2426
	%2428 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2424
	%2429 = load i32, i32 addrspace(3)* %2428
	%2430 = sub i32 %2418, %2429
	%2431 = add i32 %2427, %2430
	%2432 = sext i32 %2431 to i64
	%2433 = getelementptr i32, i32* %46, i64 %2432
	store i32 %2422, i32* %2433
	%2434 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2418
	%2435 = load i32, i32 addrspace(3)* %2434
	%2436 = sext i32 %2431 to i64
	%2437 = getelementptr i32, i32* %49, i64 %2436
	store i32 %2435, i32* %2437
	br label %2438

2438:
	%2439 = add i32 1536, %0
	%2440 = icmp slt i32 %2439, %2312
	br i1 %2440, label %2441, label %2459

2441:
	%2442 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2439
	%2443 = load i32, i32 addrspace(3)* %2442
	%2444 = lshr i32 %2443, 16
	%2445 = and i32 %2444, 255
	%2446 = add i32 %2445, 512
	%2447 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2446
	%2448 = load i32, i32 addrspace(3)* %2447
	%2449 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2445
	%2450 = load i32, i32 addrspace(3)* %2449
	%2451 = sub i32 %2439, %2450
	%2452 = add i32 %2448, %2451
	%2453 = sext i32 %2452 to i64
	%2454 = getelementptr i32, i32* %46, i64 %2453
	store i32 %2443, i32* %2454
	%2455 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2439
	%2456 = load i32, i32 addrspace(3)* %2455
	%2457 = sext i32 %2452 to i64
	%2458 = getelementptr i32, i32* %49, i64 %2457
	store i32 %2456, i32* %2458
	br label %2459

2459:
	%2460 = add i32 1792, %0
	%2461 = icmp slt i32 %2460, %2312
	br i1 %2461, label %2462, label %2480

2462:
	%2463 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2460
	%2464 = load i32, i32 addrspace(3)* %2463
	%2465 = lshr i32 %2464, 16
	%2466 = and i32 %2465, 255
	%2467 = add i32 %2466, 512
	%2468 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2467
	%2469 = load i32, i32 addrspace(3)* %2468
	%2470 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2466
	%2471 = load i32, i32 addrspace(3)* %2470
	%2472 = sub i32 %2460, %2471
	%2473 = add i32 %2469, %2472
	%2474 = sext i32 %2473 to i64
	%2475 = getelementptr i32, i32* %46, i64 %2474
	store i32 %2464, i32* %2475
	%2476 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2460
	%2477 = load i32, i32 addrspace(3)* %2476
	%2478 = sext i32 %2473 to i64
	%2479 = getelementptr i32, i32* %49, i64 %2478
	store i32 %2477, i32* %2479
	br label %2480

2480:
	call void @llvm.nvvm.barrier0()
	%2481 = add i32 %0, 512
	%2482 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2481
	%2483 = load i32, i32 addrspace(3)* %2482
	%2484 = add i32 %2483, %2120
	%2485 = add i32 %0, 512
	%2486 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2485
	store i32 %2484, i32 addrspace(3)* %2486
	%2487 = add i32 %1738, 2048
	br label %1737

2488:
	%2489 = phi i32 [ 0, %1746 ], [ %3238, %3231 ]
	%2490 = icmp slt i32 %2489, %9
	br i1 %2490, label %2491, label %2497

2491:
	%2492 = mul i32 %4, 256
	%2493 = add i32 %2492, %3
	%2494 = add i32 %2489, %2493
	%2495 = add i32 %2494, 0
	%2496 = icmp slt i32 %2495, %9
	br i1 %2496, label %2498, label %2505

2497:
	call void @llvm.nvvm.barrier0()
	ret void

2498:
	%2499 = sext i32 %2495 to i64
	%2500 = getelementptr i32, i32* %46, i64 %2499
	%2501 = load i32, i32* %2500
	%2502 = sext i32 %2495 to i64
	%2503 = getelementptr i32, i32* %49, i64 %2502
	%2504 = load i32, i32* %2503
	br label %2505

2505:
	%2506 = phi i32 [ 0, %2491 ], [ %2501, %2498 ]
	%2507 = phi i32 [ 0, %2491 ], [ %2504, %2498 ]
	%2508 = lshr i32 %2506, 24
	%2509 = and i32 %2508, 255
	%2510 = add i32 %2494, 32
	%2511 = icmp slt i32 %2510, %9
	br i1 %2511, label %2512, label %2519

2512:
	%2513 = sext i32 %2510 to i64
	%2514 = getelementptr i32, i32* %46, i64 %2513
	%2515 = load i32, i32* %2514
	%2516 = sext i32 %2510 to i64
	%2517 = getelementptr i32, i32* %49, i64 %2516
	%2518 = load i32, i32* %2517
	br label %2519

2519:
	%2520 = phi i32 [ 0, %2505 ], [ %2515, %2512 ]
	%2521 = phi i32 [ 0, %2505 ], [ %2518, %2512 ]
	%2522 = lshr i32 %2520, 24
	%2523 = and i32 %2522, 255
	%2524 = add i32 %2494, 64
	%2525 = icmp slt i32 %2524, %9
	br i1 %2525, label %2526, label %2533

2526:
	%2527 = sext i32 %2524 to i64
	%2528 = getelementptr i32, i32* %46, i64 %2527
	%2529 = load i32, i32* %2528
	%2530 = sext i32 %2524 to i64
	%2531 = getelementptr i32, i32* %49, i64 %2530
	%2532 = load i32, i32* %2531
	br label %2533

2533:
	%2534 = phi i32 [ 0, %2519 ], [ %2529, %2526 ]
	%2535 = phi i32 [ 0, %2519 ], [ %2532, %2526 ]
	%2536 = lshr i32 %2534, 24
	%2537 = and i32 %2536, 255
	%2538 = add i32 %2494, 96
	%2539 = icmp slt i32 %2538, %9
	br i1 %2539, label %2540, label %2547

2540:
	%2541 = sext i32 %2538 to i64
	%2542 = getelementptr i32, i32* %46, i64 %2541
	%2543 = load i32, i32* %2542
	%2544 = sext i32 %2538 to i64
	%2545 = getelementptr i32, i32* %49, i64 %2544
	%2546 = load i32, i32* %2545
	br label %2547

2547:
	%2548 = phi i32 [ 0, %2533 ], [ %2543, %2540 ]
	%2549 = phi i32 [ 0, %2533 ], [ %2546, %2540 ]
	%2550 = lshr i32 %2548, 24
	%2551 = and i32 %2550, 255
	%2552 = add i32 %2494, 128
	%2553 = icmp slt i32 %2552, %9
	br i1 %2553, label %2554, label %2561

2554:
	%2555 = sext i32 %2552 to i64
	%2556 = getelementptr i32, i32* %46, i64 %2555
	%2557 = load i32, i32* %2556
	%2558 = sext i32 %2552 to i64
	%2559 = getelementptr i32, i32* %49, i64 %2558
	%2560 = load i32, i32* %2559
	br label %2561

2561:
	%2562 = phi i32 [ 0, %2547 ], [ %2557, %2554 ]
	%2563 = phi i32 [ 0, %2547 ], [ %2560, %2554 ]
	%2564 = lshr i32 %2562, 24
	%2565 = and i32 %2564, 255
	%2566 = add i32 %2494, 160
	%2567 = icmp slt i32 %2566, %9
	br i1 %2567, label %2568, label %2575

2568:
	%2569 = sext i32 %2566 to i64
	%2570 = getelementptr i32, i32* %46, i64 %2569
	%2571 = load i32, i32* %2570
	%2572 = sext i32 %2566 to i64
	%2573 = getelementptr i32, i32* %49, i64 %2572
	%2574 = load i32, i32* %2573
	br label %2575

2575:
	%2576 = phi i32 [ 0, %2561 ], [ %2571, %2568 ]
	%2577 = phi i32 [ 0, %2561 ], [ %2574, %2568 ]
	%2578 = lshr i32 %2576, 24
	%2579 = and i32 %2578, 255
	%2580 = add i32 %2494, 192
	%2581 = icmp slt i32 %2580, %9
	br i1 %2581, label %2582, label %2589

2582:
	%2583 = sext i32 %2580 to i64
	%2584 = getelementptr i32, i32* %46, i64 %2583
	%2585 = load i32, i32* %2584
	%2586 = sext i32 %2580 to i64
	%2587 = getelementptr i32, i32* %49, i64 %2586
	%2588 = load i32, i32* %2587
	br label %2589

2589:
	%2590 = phi i32 [ 0, %2575 ], [ %2585, %2582 ]
	%2591 = phi i32 [ 0, %2575 ], [ %2588, %2582 ]
	%2592 = lshr i32 %2590, 24
	%2593 = and i32 %2592, 255
	%2594 = add i32 %2494, 224
	%2595 = icmp slt i32 %2594, %9
	br i1 %2595, label %2596, label %2603

2596:
	%2597 = sext i32 %2594 to i64
	%2598 = getelementptr i32, i32* %46, i64 %2597
	%2599 = load i32, i32* %2598
	%2600 = sext i32 %2594 to i64
	%2601 = getelementptr i32, i32* %49, i64 %2600
	%2602 = load i32, i32* %2601
	br label %2603

2603:
	%2604 = phi i32 [ 0, %2589 ], [ %2599, %2596 ]
	%2605 = phi i32 [ 0, %2589 ], [ %2602, %2596 ]
	%2606 = lshr i32 %2604, 24
	%2607 = and i32 %2606, 255
	%2608 = select i1 %2496, i32 %2509, i32 256
	%2609 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2608)
	%2610 = and i32 %2609, %234
	%2611 = call i32 @llvm.ctpop.i32(i32 %2610)
	br i1 %2496, label %2612, label %2617

2612:
	%2613 = mul i32 %4, 256
	%2614 = add i32 %2613, %2509
	%2615 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2614
	%2616 = load i32, i32 addrspace(3)* %2615
	br label %2617

2617:
	%2618 = phi i32 [ 0, %2603 ], [ %2616, %2612 ]
	%2619 = add i32 %2618, %2611
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2620 = icmp eq i32 %2611, 0
	%2621 = and i1 %2496, %2620
	br i1 %2621, label %2622, label %2628

2622:
	%2623 = call i32 @llvm.ctpop.i32(i32 %2609)
	%2624 = add i32 %2618, %2623
	%2625 = mul i32 %4, 256
	%2626 = add i32 %2625, %2509
	%2627 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2626
	store i32 %2624, i32 addrspace(3)* %2627
	br label %2628

2628:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2629 = select i1 %2511, i32 %2523, i32 256
	%2630 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2629)
	%2631 = and i32 %2630, %234
	%2632 = call i32 @llvm.ctpop.i32(i32 %2631)
	br i1 %2511, label %2633, label %2638

2633:
	%2634 = mul i32 %4, 256
	%2635 = add i32 %2634, %2523
	%2636 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2635
	%2637 = load i32, i32 addrspace(3)* %2636
	br label %2638

2638:
	%2639 = phi i32 [ 0, %2628 ], [ %2637, %2633 ]
	%2640 = add i32 %2639, %2632
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2641 = icmp eq i32 %2632, 0
	%2642 = and i1 %2511, %2641
	br i1 %2642, label %2643, label %2649

2643:
	%2644 = call i32 @llvm.ctpop.i32(i32 %2630)
	%2645 = add i32 %2639, %2644
	%2646 = mul i32 %4, 256
	%2647 = add i32 %2646, %2523
	%2648 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2647
	store i32 %2645, i32 addrspace(3)* %2648
	br label %2649

2649:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2650 = select i1 %2525, i32 %2537, i32 256
	%2651 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2650)
	%2652 = and i32 %2651, %234
	%2653 = call i32 @llvm.ctpop.i32(i32 %2652)
	br i1 %2525, label %2654, label %2659

2654:
	%2655 = mul i32 %4, 256
	%2656 = add i32 %2655, %2537
	%2657 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2656
	%2658 = load i32, i32 addrspace(3)* %2657
	br label %2659

2659:
	%2660 = phi i32 [ 0, %2649 ], [ %2658, %2654 ]
	%2661 = add i32 %2660, %2653
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2662 = icmp eq i32 %2653, 0
	%2663 = and i1 %2525, %2662
	br i1 %2663, label %2664, label %2670

2664:
	%2665 = call i32 @llvm.ctpop.i32(i32 %2651)
	%2666 = add i32 %2660, %2665
	%2667 = mul i32 %4, 256
	%2668 = add i32 %2667, %2537
	%2669 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2668
	store i32 %2666, i32 addrspace(3)* %2669
	br label %2670

2670:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2671 = select i1 %2539, i32 %2551, i32 256
	%2672 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2671)
	%2673 = and i32 %2672, %234
	%2674 = call i32 @llvm.ctpop.i32(i32 %2673)
	br i1 %2539, label %2675, label %2680

2675:
	%2676 = mul i32 %4, 256
	%2677 = add i32 %2676, %2551
	%2678 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2677
	%2679 = load i32, i32 addrspace(3)* %2678
	br label %2680

2680:
	%2681 = phi i32 [ 0, %2670 ], [ %2679, %2675 ]
	%2682 = add i32 %2681, %2674
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2683 = icmp eq i32 %2674, 0
	%2684 = and i1 %2539, %2683
	br i1 %2684, label %2685, label %2691

2685:
	%2686 = call i32 @llvm.ctpop.i32(i32 %2672)
	%2687 = add i32 %2681, %2686
	%2688 = mul i32 %4, 256
	%2689 = add i32 %2688, %2551
	%2690 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2689
	store i32 %2687, i32 addrspace(3)* %2690
	br label %2691

2691:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2692 = select i1 %2553, i32 %2565, i32 256
	%2693 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2692)
	%2694 = and i32 %2693, %234
	%2695 = call i32 @llvm.ctpop.i32(i32 %2694)
	br i1 %2553, label %2696, label %2701

2696:
	%2697 = mul i32 %4, 256
	%2698 = add i32 %2697, %2565
	%2699 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2698
	%2700 = load i32, i32 addrspace(3)* %2699
	br label %2701

2701:
	%2702 = phi i32 [ 0, %2691 ], [ %2700, %2696 ]
	%2703 = add i32 %2702, %2695
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2704 = icmp eq i32 %2695, 0
	%2705 = and i1 %2553, %2704
	br i1 %2705, label %2706, label %2712

2706:
	%2707 = call i32 @llvm.ctpop.i32(i32 %2693)
	%2708 = add i32 %2702, %2707
	%2709 = mul i32 %4, 256
	%2710 = add i32 %2709, %2565
	%2711 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2710
	store i32 %2708, i32 addrspace(3)* %2711
	br label %2712

2712:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2713 = select i1 %2567, i32 %2579, i32 256
	%2714 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2713)
	%2715 = and i32 %2714, %234
	%2716 = call i32 @llvm.ctpop.i32(i32 %2715)
	br i1 %2567, label %2717, label %2722

2717:
	%2718 = mul i32 %4, 256
	%2719 = add i32 %2718, %2579
	%2720 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2719
	%2721 = load i32, i32 addrspace(3)* %2720
	br label %2722

2722:
	%2723 = phi i32 [ 0, %2712 ], [ %2721, %2717 ]
	%2724 = add i32 %2723, %2716
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2725 = icmp eq i32 %2716, 0
	%2726 = and i1 %2567, %2725
	br i1 %2726, label %2727, label %2733

2727:
	%2728 = call i32 @llvm.ctpop.i32(i32 %2714)
	%2729 = add i32 %2723, %2728
	%2730 = mul i32 %4, 256
	%2731 = add i32 %2730, %2579
	%2732 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2731
	store i32 %2729, i32 addrspace(3)* %2732
	br label %2733

2733:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2734 = select i1 %2581, i32 %2593, i32 256
	%2735 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2734)
	%2736 = and i32 %2735, %234
	%2737 = call i32 @llvm.ctpop.i32(i32 %2736)
	br i1 %2581, label %2738, label %2743

2738:
	%2739 = mul i32 %4, 256
	%2740 = add i32 %2739, %2593
	%2741 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2740
	%2742 = load i32, i32 addrspace(3)* %2741
	br label %2743

2743:
	%2744 = phi i32 [ 0, %2733 ], [ %2742, %2738 ]
	%2745 = add i32 %2744, %2737
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2746 = icmp eq i32 %2737, 0
	%2747 = and i1 %2581, %2746
	br i1 %2747, label %2748, label %2754

2748:
	%2749 = call i32 @llvm.ctpop.i32(i32 %2735)
	%2750 = add i32 %2744, %2749
	%2751 = mul i32 %4, 256
	%2752 = add i32 %2751, %2593
	%2753 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2752
	store i32 %2750, i32 addrspace(3)* %2753
	br label %2754

2754:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2755 = select i1 %2595, i32 %2607, i32 256
	%2756 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2755)
	%2757 = and i32 %2756, %234
	%2758 = call i32 @llvm.ctpop.i32(i32 %2757)
	br i1 %2595, label %2759, label %2764

2759:
	%2760 = mul i32 %4, 256
	%2761 = add i32 %2760, %2607
	%2762 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2761
	%2763 = load i32, i32 addrspace(3)* %2762
	br label %2764

2764:
	%2765 = phi i32 [ 0, %2754 ], [ %2763, %2759 ]
	%2766 = add i32 %2765, %2758
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2767 = icmp eq i32 %2758, 0
	%2768 = and i1 %2595, %2767
	br i1 %2768, label %2769, label %2775

2769:
	%2770 = call i32 @llvm.ctpop.i32(i32 %2756)
	%2771 = add i32 %2765, %2770
	%2772 = mul i32 %4, 256
	%2773 = add i32 %2772, %2607
	%2774 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2773
	store i32 %2771, i32 addrspace(3)* %2774
	br label %2775

2775:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%2776 = mul i32 0, 256
	%2777 = add i32 %2776, %0
	%2778 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2777
	%2779 = load i32, i32 addrspace(3)* %2778
	%2780 = mul i32 0, 256
	%2781 = add i32 %2780, %0
	%2782 = add i32 2048, %2781
	%2783 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2782
	store i32 0, i32 addrspace(3)* %2783
	%2784 = mul i32 0, 256
	%2785 = add i32 %2784, %0
	%2786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2785
	store i32 0, i32 addrspace(3)* %2786
	%2787 = add i32 0, %2779
	%2788 = mul i32 1, 256
	%2789 = add i32 %2788, %0
	%2790 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2789
	%2791 = load i32, i32 addrspace(3)* %2790
	%2792 = mul i32 1, 256
	%2793 = add i32 %2792, %0
	%2794 = add i32 2048, %2793
	%2795 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2794
	store i32 %2787, i32 addrspace(3)* %2795
	%2796 = mul i32 1, 256
	%2797 = add i32 %2796, %0
	%2798 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2797
	store i32 0, i32 addrspace(3)* %2798
	%2799 = add i32 %2787, %2791
	%2800 = mul i32 2, 256
	%2801 = add i32 %2800, %0
	%2802 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2801
	%2803 = load i32, i32 addrspace(3)* %2802
	%2804 = mul i32 2, 256
	%2805 = add i32 %2804, %0
	%2806 = add i32 2048, %2805
	%2807 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2806
	store i32 %2799, i32 addrspace(3)* %2807
	%2808 = mul i32 2, 256
	%2809 = add i32 %2808, %0
	%2810 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2809
	store i32 0, i32 addrspace(3)* %2810
	%2811 = add i32 %2799, %2803
	%2812 = mul i32 3, 256
	%2813 = add i32 %2812, %0
	%2814 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2813
	%2815 = load i32, i32 addrspace(3)* %2814
	%2816 = mul i32 3, 256
	%2817 = add i32 %2816, %0
	%2818 = add i32 2048, %2817
	%2819 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2818
	store i32 %2811, i32 addrspace(3)* %2819
	%2820 = mul i32 3, 256
	%2821 = add i32 %2820, %0
	%2822 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2821
	store i32 0, i32 addrspace(3)* %2822
	%2823 = add i32 %2811, %2815
	%2824 = mul i32 4, 256
	%2825 = add i32 %2824, %0
	%2826 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2825
	%2827 = load i32, i32 addrspace(3)* %2826
	%2828 = mul i32 4, 256
	%2829 = add i32 %2828, %0
	%2830 = add i32 2048, %2829
	%2831 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2830
	store i32 %2823, i32 addrspace(3)* %2831
	%2832 = mul i32 4, 256
	%2833 = add i32 %2832, %0
	%2834 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2833
	store i32 0, i32 addrspace(3)* %2834
	%2835 = add i32 %2823, %2827
	%2836 = mul i32 5, 256
	%2837 = add i32 %2836, %0
	%2838 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2837
	%2839 = load i32, i32 addrspace(3)* %2838
	%2840 = mul i32 5, 256
	%2841 = add i32 %2840, %0
	%2842 = add i32 2048, %2841
	%2843 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2842
	store i32 %2835, i32 addrspace(3)* %2843
	%2844 = mul i32 5, 256
	%2845 = add i32 %2844, %0
	%2846 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2845
	store i32 0, i32 addrspace(3)* %2846
	%2847 = add i32 %2835, %2839
	%2848 = mul i32 6, 256
	%2849 = add i32 %2848, %0
	%2850 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2849
	%2851 = load i32, i32 addrspace(3)* %2850
	%2852 = mul i32 6, 256
	%2853 = add i32 %2852, %0
	%2854 = add i32 2048, %2853
	%2855 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2854
	store i32 %2847, i32 addrspace(3)* %2855
	%2856 = mul i32 6, 256
	%2857 = add i32 %2856, %0
	%2858 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2857
	store i32 0, i32 addrspace(3)* %2858
	%2859 = add i32 %2847, %2851
	%2860 = mul i32 7, 256
	%2861 = add i32 %2860, %0
	%2862 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2861
	%2863 = load i32, i32 addrspace(3)* %2862
	%2864 = mul i32 7, 256
	%2865 = add i32 %2864, %0
	%2866 = add i32 2048, %2865
	%2867 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2866
	store i32 %2859, i32 addrspace(3)* %2867
	%2868 = mul i32 7, 256
	%2869 = add i32 %2868, %0
	%2870 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2869
	store i32 0, i32 addrspace(3)* %2870
	%2871 = add i32 %2859, %2863
	call void @llvm.nvvm.barrier0()
	%2872 = select i1 %2496, i32 %2509, i32 0
	%2873 = mul i32 %4, 256
	%2874 = add i32 %2873, %2872
	%2875 = add i32 2048, %2874
	%2876 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2875
	%2877 = load i32, i32 addrspace(3)* %2876
	%2878 = add i32 %2619, %2877
	%2879 = select i1 %2511, i32 %2523, i32 0
	%2880 = mul i32 %4, 256
	%2881 = add i32 %2880, %2879
	%2882 = add i32 2048, %2881
	%2883 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2882
	%2884 = load i32, i32 addrspace(3)* %2883
	%2885 = add i32 %2640, %2884
	%2886 = select i1 %2525, i32 %2537, i32 0
	%2887 = mul i32 %4, 256
	%2888 = add i32 %2887, %2886
	%2889 = add i32 2048, %2888
	%2890 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2889
	%2891 = load i32, i32 addrspace(3)* %2890
	%2892 = add i32 %2661, %2891
	%2893 = select i1 %2539, i32 %2551, i32 0
	%2894 = mul i32 %4, 256
	%2895 = add i32 %2894, %2893
	%2896 = add i32 2048, %2895
	%2897 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2896
	%2898 = load i32, i32 addrspace(3)* %2897
	%2899 = add i32 %2682, %2898
	%2900 = select i1 %2553, i32 %2565, i32 0
	%2901 = mul i32 %4, 256
	%2902 = add i32 %2901, %2900
	%2903 = add i32 2048, %2902
	%2904 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2903
	%2905 = load i32, i32 addrspace(3)* %2904
	%2906 = add i32 %2703, %2905
	%2907 = select i1 %2567, i32 %2579, i32 0
	%2908 = mul i32 %4, 256
	%2909 = add i32 %2908, %2907
	%2910 = add i32 2048, %2909
	%2911 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2910
	%2912 = load i32, i32 addrspace(3)* %2911
	%2913 = add i32 %2724, %2912
	%2914 = select i1 %2581, i32 %2593, i32 0
	%2915 = mul i32 %4, 256
	%2916 = add i32 %2915, %2914
	%2917 = add i32 2048, %2916
	%2918 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2917
	%2919 = load i32, i32 addrspace(3)* %2918
	%2920 = add i32 %2745, %2919
	%2921 = select i1 %2595, i32 %2607, i32 0
	%2922 = mul i32 %4, 256
	%2923 = add i32 %2922, %2921
	%2924 = add i32 2048, %2923
	%2925 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2924
	%2926 = load i32, i32 addrspace(3)* %2925
	%2927 = add i32 %2766, %2926
	%2928 = and i32 %0, 31
	%2929 = lshr i32 %0, 5
	%2930 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2871, i32 1, i32 0)
	%2931 = icmp uge i32 %2928, 1
	%2932 = select i1 %2931, i32 %2930, i32 0
	%2933 = add i32 %2871, %2932
	%2934 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2933, i32 2, i32 0)
	%2935 = icmp uge i32 %2928, 2
	%2936 = select i1 %2935, i32 %2934, i32 0
	%2937 = add i32 %2933, %2936
	%2938 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2937, i32 4, i32 0)
	%2939 = icmp uge i32 %2928, 4
	%2940 = select i1 %2939, i32 %2938, i32 0
	%2941 = add i32 %2937, %2940
	%2942 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2941, i32 8, i32 0)
	%2943 = icmp uge i32 %2928, 8
	%2944 = select i1 %2943, i32 %2942, i32 0
	%2945 = add i32 %2941, %2944
	%2946 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2945, i32 16, i32 0)
	%2947 = icmp uge i32 %2928, 16
	%2948 = select i1 %2947, i32 %2946, i32 0
	%2949 = add i32 %2945, %2948
	%2950 = icmp eq i32 %2928, 31
	br i1 %2950, label %2951, label %2953

2951:
	%2952 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %2929
	store i32 %2949, i32 addrspace(3)* %2952
	br label %2953

2953:
	call void @llvm.nvvm.barrier0()
	%2954 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%2955 = load i32, i32 addrspace(3)* %2954
	%2956 = icmp sgt i32 %2929, 0
	%2957 = select i1 %2956, i32 %2955, i32 0
	%2958 = add i32 0, %2957
	%2959 = add i32 0, %2955
	%2960 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%2961 = load i32, i32 addrspace(3)* %2960
	%2962 = icmp sgt i32 %2929, 1
	%2963 = select i1 %2962, i32 %2961, i32 0
	%2964 = add i32 %2958, %2963
	%2965 = add i32 %2959, %2961
	%2966 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%2967 = load i32, i32 addrspace(3)* %2966
	%2968 = icmp sgt i32 %2929, 2
	%2969 = select i1 %2968, i32 %2967, i32 0
	%2970 = add i32 %2964, %2969
	%2971 = add i32 %2965, %2967
	%2972 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%2973 = load i32, i32 addrspace(3)* %2972
	%2974 = icmp sgt i32 %2929, 3
	%2975 = select i1 %2974, i32 %2973, i32 0
	%2976 = add i32 %2970, %2975
	%2977 = add i32 %2971, %2973
	%2978 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%2979 = load i32, i32 addrspace(3)* %2978
	%2980 = icmp sgt i32 %2929, 4
	%2981 = select i1 %2980, i32 %2979, i32 0
	%2982 = add i32 %2976, %2981
	%2983 = add i32 %2977, %2979
	%2984 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%2985 = load i32, i32 addrspace(3)* %2984
	%2986 = icmp sgt i32 %2929, 5
	%2987 = select i1 %2986, i32 %2985, i32 0
	%2988 = add i32 %2982, %2987
	%2989 = add i32 %2983, %2985
	%2990 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%2991 = load i32, i32 addrspace(3)* %2990
	%2992 = icmp sgt i32 %2929, 6
	%2993 = select i1 %2992, i32 %2991, i32 0
	%2994 = add i32 %2988, %2993
	%2995 = add i32 %2989, %2991
	%2996 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%2997 = load i32, i32 addrspace(3)* %2996
	%2998 = icmp sgt i32 %2929, 7
	%2999 = select i1 %2998, i32 %2997, i32 0
	%3000 = add i32 %2994, %2999
	%3001 = add i32 %2995, %2997
	%3002 = add i32 %3000, %2949
	%3003 = sub i32 %3002, %2871
	%3004 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %3003, i32 addrspace(3)* %3004
	call void @llvm.nvvm.barrier0()
	br i1 %2496, label %3005, label %3011

3005:
	%3006 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2509
	%3007 = load i32, i32 addrspace(3)* %3006
	%3008 = add i32 %3007, %2878
	%3009 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3008
	store i32 %2506, i32 addrspace(3)* %3009
	%3010 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3008
	store i32 %2507, i32 addrspace(3)* %3010
	br label %3011

3011:
	br i1 %2511, label %3012, label %3018

3012:
	%3013 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2523
	%3014 = load i32, i32 addrspace(3)* %3013
	%3015 = add i32 %3014, %2885
	%3016 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3015
	store i32 %2520, i32 addrspace(3)* %3016
	%3017 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3015
	store i32 %2521, i32 addrspace(3)* %3017
	br label %3018

3018:
	br i1 %2525, label %3019, label %3025

3019:
	%3020 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2537
	%3021 = load i32, i32 addrspace(3)* %3020
	%3022 = add i32 %3021, %2892
	%3023 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3022
	store i32 %2534, i32 addrspace(3)* %3023
	%3024 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3022
	store i32 %2535, i32 addrspace(3)* %3024
	br label %3025

3025:
	br i1 %2539, label %3026, label %3032

3026:
	%3027 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2551
	%3028 = load i32, i32 addrspace(3)* %3027
	%3029 = add i32 %3028, %2899
	%3030 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3029
	store i32 %2548, i32 addrspace(3)* %3030
	%3031 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3029
	store i32 %2549, i32 addrspace(3)* %3031
	br label %3032

3032:
	br i1 %2553, label %3033, label %3039

3033:
	%3034 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2565
	%3035 = load i32, i32 addrspace(3)* %3034
	%3036 = add i32 %3035, %2906
	%3037 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3036
	store i32 %2562, i32 addrspace(3)* %3037
	%3038 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3036
	store i32 %2563, i32 addrspace(3)* %3038
	br label %3039

3039:
	br i1 %2567, label %3040, label %3046

3040:
	%3041 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2579
	%3042 = load i32, i32 addrspace(3)* %3041
	%3043 = add i32 %3042, %2913
	%3044 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3043
	store i32 %2576, i32 addrspace(3)* %3044
	%3045 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3043
	store i32 %2577, i32 addrspace(3)* %3045
	br label %3046

3046:
	br i1 %2581, label %3047, label %3053

3047:
	%3048 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2593
	%3049 = load i32, i32 addrspace(3)* %3048
	%3050 = add i32 %3049, %2920
	%3051 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3050
	store i32 %2590, i32 addrspace(3)* %3051
	%3052 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3050
	store i32 %2591, i32 addrspace(3)* %3052
	br label %3053

3053:
	br i1 %2595, label %3054, label %3060

3054:
	%3055 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2607
	%3056 = load i32, i32 addrspace(3)* %3055
	%3057 = add i32 %3056, %2927
	%3058 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3057
	store i32 %2604, i32 addrspace(3)* %3058
	%3059 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3057
	store i32 %2605, i32 addrspace(3)* %3059
	br label %3060

3060:
	call void @llvm.nvvm.barrier0()
	%3061 = sub i32 %9, %2489
	%3062 = icmp slt i32 2048, %3061
	%3063 = select i1 %3062, i32 2048, i32 %3061
	%3064 = add i32 0, %0
	%3065 = icmp slt i32 %3064, %3063
	br i1 %3065, label %3066, label %3084

3066:
	%3067 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3064
	%3068 = load i32, i32 addrspace(3)* %3067
	%3069 = lshr i32 %3068, 24
	%3070 = and i32 %3069, 255
	%3071 = add i32 %3070, 768
	%3072 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3071
	%3073 = load i32, i32 addrspace(3)* %3072
	%3074 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3070
	%3075 = load i32, i32 addrspace(3)* %3074
	%3076 = sub i32 %3064, %3075
	%3077 = add i32 %3073, %3076
	%3078 = sext i32 %3077 to i64
	%3079 = getelementptr i32, i32* %44, i64 %3078
	store i32 %3068, i32* %3079
	%3080 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3064
	%3081 = load i32, i32 addrspace(3)* %3080
	%3082 = sext i32 %3077 to i64
	%3083 = getelementptr i32, i32* %15, i64 %3082
	store i32 %3081, i32* %3083
	br label %3084

3084:
	%3085 = add i32 256, %0
	%3086 = icmp slt i32 %3085, %3063
	br i1 %3086, label %3087, label %3105

3087:
	%3088 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3085
	%3089 = load i32, i32 addrspace(3)* %3088
	%3090 = lshr i32 %3089, 24
	%3091 = and i32 %3090, 255
	%3092 = add i32 %3091, 768
	%3093 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3092
	%3094 = load i32, i32 addrspace(3)* %3093
	%3095 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3091
	%3096 = load i32, i32 addrspace(3)* %3095
	%3097 = sub i32 %3085, %3096
	%3098 = add i32 %3094, %3097
	%3099 = sext i32 %3098 to i64
	%3100 = getelementptr i32, i32* %44, i64 %3099
	store i32 %3089, i32* %3100
	%3101 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3085
	%3102 = load i32, i32 addrspace(3)* %3101
	%3103 = sext i32 %3098 to i64
	%3104 = getelementptr i32, i32* %15, i64 %3103
	store i32 %3102, i32* %3104
	br label %3105

3105:
	%3106 = add i32 512, %0
	%3107 = icmp slt i32 %3106, %3063
	br i1 %3107, label %3108, label %3126

3108:
	%3109 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3106
	%3110 = load i32, i32 addrspace(3)* %3109
	%3111 = lshr i32 %3110, 24
	%3112 = and i32 %3111, 255
	%3113 = add i32 %3112, 768
	%3114 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3113
	%3115 = load i32, i32 addrspace(3)* %3114
	%3116 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3112
	%3117 = load i32, i32 addrspace(3)* %3116
	%3118 = sub i32 %3106, %3117
	%3119 = add i32 %3115, %3118
	%3120 = sext i32 %3119 to i64
	%3121 = getelementptr i32, i32* %44, i64 %3120
	store i32 %3110, i32* %3121
	%3122 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3106
	%3123 = load i32, i32 addrspace(3)* %3122
	%3124 = sext i32 %3119 to i64
	%3125 = getelementptr i32, i32* %15, i64 %3124
	store i32 %3123, i32* %3125
	br label %3126

3126:
	%3127 = add i32 768, %0
	%3128 = icmp slt i32 %3127, %3063
	br i1 %3128, label %3129, label %3147

3129:
	%3130 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3127
	%3131 = load i32, i32 addrspace(3)* %3130
	%3132 = lshr i32 %3131, 24
	%3133 = and i32 %3132, 255
	%3134 = add i32 %3133, 768
	%3135 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3134
	%3136 = load i32, i32 addrspace(3)* %3135
	%3137 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3133
	%3138 = load i32, i32 addrspace(3)* %3137
	%3139 = sub i32 %3127, %3138
	%3140 = add i32 %3136, %3139
	%3141 = sext i32 %3140 to i64
	%3142 = getelementptr i32, i32* %44, i64 %3141
	store i32 %3131, i32* %3142
	%3143 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3127
	%3144 = load i32, i32 addrspace(3)* %3143
	%3145 = sext i32 %3140 to i64
	%3146 = getelementptr i32, i32* %15, i64 %3145
	store i32 %3144, i32* %3146
	br label %3147

3147:
	%3148 = add i32 1024, %0
	%3149 = icmp slt i32 %3148, %3063
	br i1 %3149, label %3150, label %3168

3150:
	%3151 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3148
	%3152 = load i32, i32 addrspace(3)* %3151
	%3153 = lshr i32 %3152, 24
	%3154 = and i32 %3153, 255
	%3155 = add i32 %3154, 768
	%3156 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3155
	%3157 = load i32, i32 addrspace(3)* %3156
	%3158 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3154
	%3159 = load i32, i32 addrspace(3)* %3158
	%3160 = sub i32 %3148, %3159
	%3161 = add i32 %3157, %3160
	%3162 = sext i32 %3161 to i64
	%3163 = getelementptr i32, i32* %44, i64 %3162
	store i32 %3152, i32* %3163
	%3164 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3148
	%3165 = load i32, i32 addrspace(3)* %3164
	%3166 = sext i32 %3161 to i64
	%3167 = getelementptr i32, i32* %15, i64 %3166
	store i32 %3165, i32* %3167
	br label %3168

3168:
	%3169 = add i32 1280, %0
	%3170 = icmp slt i32 %3169, %3063
	br i1 %3170, label %3171, label %3189

3171:
	%3172 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3169
	%3173 = load i32, i32 addrspace(3)* %3172
	%3174 = lshr i32 %3173, 24
	%3175 = and i32 %3174, 255
	%3176 = add i32 %3175, 768
	%3177 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3176
	%3178 = load i32, i32 addrspace(3)* %3177
	%3179 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3175
	%3180 = load i32, i32 addrspace(3)* %3179
	%3181 = sub i32 %3169, %3180
	%3182 = add i32 %3178, %3181
	%3183 = sext i32 %3182 to i64
	%3184 = getelementptr i32, i32* %44, i64 %3183
	store i32 %3173, i32* %3184
	%3185 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3169
	%3186 = load i32, i32 addrspace(3)* %3185
	%3187 = sext i32 %3182 to i64
	%3188 = getelementptr i32, i32* %15, i64 %3187
	store i32 %3186, i32* %3188
	br label %3189

3189:
	%3190 = add i32 1536, %0
	%3191 = icmp slt i32 %3190, %3063
	br i1 %3191, label %3192, label %3210

3192:
	%3193 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3190
	%3194 = load i32, i32 addrspace(3)* %3193
	%3195 = lshr i32 %3194, 24
	%3196 = and i32 %3195, 255
	%3197 = add i32 %3196, 768
	%3198 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3197
	%3199 = load i32, i32 addrspace(3)* %3198
	%3200 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3196
	%3201 = load i32, i32 addrspace(3)* %3200
	%3202 = sub i32 %3190, %3201
	%3203 = add i32 %3199, %3202
	%3204 = sext i32 %3203 to i64
	%3205 = getelementptr i32, i32* %44, i64 %3204
	store i32 %3194, i32* %3205
	%3206 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3190
	%3207 = load i32, i32 addrspace(3)* %3206
	%3208 = sext i32 %3203 to i64
	%3209 = getelementptr i32, i32* %15, i64 %3208
	store i32 %3207, i32* %3209
	br label %3210

3210:
	%3211 = add i32 1792, %0
	%3212 = icmp slt i32 %3211, %3063
	br i1 %3212, label %3213, label %3231

3213:
	%3214 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3211
	%3215 = load i32, i32 addrspace(3)* %3214
	%3216 = lshr i32 %3215, 24
	%3217 = and i32 %3216, 255
	%3218 = add i32 %3217, 768
	%3219 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3218
	%3220 = load i32, i32 addrspace(3)* %3219
	%3221 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3217
	%3222 = load i32, i32 addrspace(3)* %3221
	%3223 = sub i32 %3211, %3222
	%3224 = add i32 %3220, %3223
	%3225 = sext i32 %3224 to i64
	%3226 = getelementptr i32, i32* %44, i64 %3225
	store i32 %3215, i32* %3226
	%3227 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3211
	%3228 = load i32, i32 addrspace(3)* %3227
	%3229 = sext i32 %3224 to i64
	%3230 = getelementptr i32, i32* %15, i64 %3229
	store i32 %3228, i32* %3230
	br label %3231

3231:
	call void @llvm.nvvm.barrier0()
	%3232 = add i32 %0, 768
	%3233 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3232
	%3234 = load i32, i32 addrspace(3)* %3233
	%3235 = add i32 %3234, %2871
	%3236 = add i32 %0, 768
	%3237 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %3236
	store i32 %3235, i32 addrspace(3)* %3237
	%3238 = add i32 %2489, 2048
	br label %2488
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
	%323 = phi i32 [ 0, %251 ], [ %505, %502 ]
	%324 = phi i32 [ 0, %251 ], [ %503, %502 ]
	%325 = phi i32 [ 0, %251 ], [ %504, %502 ]
	%326 = icmp slt i32 %323, %16
	br i1 %326, label %327, label %356

327:
	%328 = add i32 %323, %0
	%329 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %328
	%330 = load i32, i32 addrspace(3)* %329
	%331 = icmp eq i32 %330, 1
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
	br label %506

364:
	%365 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 %334
	store i32 %354, i32 addrspace(3)* %365
	br label %366

366:
	call void @llvm.nvvm.barrier0()
	%367 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 0
	%368 = load i32, i32 addrspace(3)* %367
	%369 = icmp sgt i32 %334, 0
	%370 = select i1 %369, i32 %368, i32 0
	%371 = add i32 0, %370
	%372 = add i32 0, %368
	%373 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 1
	%374 = load i32, i32 addrspace(3)* %373
	%375 = icmp sgt i32 %334, 1
	%376 = select i1 %375, i32 %374, i32 0
	%377 = add i32 %371, %376
	%378 = add i32 %372, %374
	%379 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 2
	%380 = load i32, i32 addrspace(3)* %379
	%381 = icmp sgt i32 %334, 2
	%382 = select i1 %381, i32 %380, i32 0
	%383 = add i32 %377, %382
	%384 = add i32 %378, %380
	%385 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 3
	%386 = load i32, i32 addrspace(3)* %385
	%387 = icmp sgt i32 %334, 3
	%388 = select i1 %387, i32 %386, i32 0
	%389 = add i32 %383, %388
	%390 = add i32 %384, %386
	%391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 4
	%392 = load i32, i32 addrspace(3)* %391
	%393 = icmp sgt i32 %334, 4
	%394 = select i1 %393, i32 %392, i32 0
	%395 = add i32 %389, %394
	%396 = add i32 %390, %392
	%397 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 5
	%398 = load i32, i32 addrspace(3)* %397
	%399 = icmp sgt i32 %334, 5
	%400 = select i1 %399, i32 %398, i32 0
	%401 = add i32 %395, %400
	%402 = add i32 %396, %398
	%403 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 6
	%404 = load i32, i32 addrspace(3)* %403
	%405 = icmp sgt i32 %334, 6
	%406 = select i1 %405, i32 %404, i32 0
	%407 = add i32 %401, %406
	%408 = add i32 %402, %404
	%409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scana, i32 0, i32 7
	%410 = load i32, i32 addrspace(3)* %409
	%411 = icmp sgt i32 %334, 7
	%412 = select i1 %411, i32 %410, i32 0
	%413 = add i32 %407, %412
	%414 = add i32 %408, %410
	%415 = add i32 %413, %354
	%416 = sub i32 %415, %332
	%417 = icmp ugt i32 %330, 1
	%418 = add i32 %324, %416
	%419 = icmp slt i32 %418, 0
	%420 = and i1 %331, %419
	%421 = or i1 %417, %420
	%422 = zext i1 %421 to i32
	%423 = and i32 %0, 31
	%424 = lshr i32 %0, 5
	%425 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %422, i32 1, i32 0)
	%426 = icmp uge i32 %423, 1
	%427 = select i1 %426, i32 %425, i32 0
	%428 = add i32 %422, %427
	%429 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %428, i32 2, i32 0)
	%430 = icmp uge i32 %423, 2
	%431 = select i1 %430, i32 %429, i32 0
	%432 = add i32 %428, %431
	%433 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %432, i32 4, i32 0)
	%434 = icmp uge i32 %423, 4
	%435 = select i1 %434, i32 %433, i32 0
	%436 = add i32 %432, %435
	%437 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %436, i32 8, i32 0)
	%438 = icmp uge i32 %423, 8
	%439 = select i1 %438, i32 %437, i32 0
	%440 = add i32 %436, %439
	%441 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %440, i32 16, i32 0)
	%442 = icmp uge i32 %423, 16
	%443 = select i1 %442, i32 %441, i32 0
	%444 = add i32 %440, %443
	%445 = icmp eq i32 %423, 31
	br i1 %445, label %446, label %448

446:
	%447 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 %424
	store i32 %444, i32 addrspace(3)* %447
	br label %448

448:
	call void @llvm.nvvm.barrier0()
	%449 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 0
	%450 = load i32, i32 addrspace(3)* %449
	%451 = icmp sgt i32 %424, 0
	%452 = select i1 %451, i32 %450, i32 0
	%453 = add i32 0, %452
	%454 = add i32 0, %450
	%455 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 1
	%456 = load i32, i32 addrspace(3)* %455
	%457 = icmp sgt i32 %424, 1
	%458 = select i1 %457, i32 %456, i32 0
	%459 = add i32 %453, %458
	%460 = add i32 %454, %456
	%461 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 2
	%462 = load i32, i32 addrspace(3)* %461
	%463 = icmp sgt i32 %424, 2
	%464 = select i1 %463, i32 %462, i32 0
	%465 = add i32 %459, %464
	%466 = add i32 %460, %462
	%467 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 3
	%468 = load i32, i32 addrspace(3)* %467
	%469 = icmp sgt i32 %424, 3
	%470 = select i1 %469, i32 %468, i32 0
	%471 = add i32 %465, %470
	%472 = add i32 %466, %468
	%473 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 4
	%474 = load i32, i32 addrspace(3)* %473
	%475 = icmp sgt i32 %424, 4
	%476 = select i1 %475, i32 %474, i32 0
	%477 = add i32 %471, %476
	%478 = add i32 %472, %474
	%479 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 5
	%480 = load i32, i32 addrspace(3)* %479
	%481 = icmp sgt i32 %424, 5
	%482 = select i1 %481, i32 %480, i32 0
	%483 = add i32 %477, %482
	%484 = add i32 %478, %480
	%485 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 6
	%486 = load i32, i32 addrspace(3)* %485
	%487 = icmp sgt i32 %424, 6
	%488 = select i1 %487, i32 %486, i32 0
	%489 = add i32 %483, %488
	%490 = add i32 %484, %486
	%491 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_select2_scanb, i32 0, i32 7
	%492 = load i32, i32 addrspace(3)* %491
	%493 = icmp sgt i32 %424, 7
	%494 = select i1 %493, i32 %492, i32 0
	%495 = add i32 %489, %494
	%496 = add i32 %490, %492
	%497 = add i32 %495, %444
	%498 = sub i32 %497, %422
	br i1 %421, label %499, label %502

499:
	%500 = add i32 %325, %498
	%501 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %500
	store i32 %328, i32 addrspace(3)* %501
	br label %502

502:
	%503 = add i32 %324, %414
	%504 = add i32 %325, %496
	%505 = add i32 %323, 256
	br label %322

506:
	%507 = phi i32 [ %363, %356 ], [ %511, %509 ]
	%508 = icmp slt i32 %507, %362
	br i1 %508, label %509, label %512

509:
	%510 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %507
	store i32 -1, i32 addrspace(3)* %510
	%511 = add i32 %507, 256
	br label %506

512:
	call void @llvm.nvvm.barrier0()
	%513 = add i32 %361, 1
	br label %514

514:
	%515 = phi i32 [ 1, %512 ], [ %531, %530 ]
	%516 = icmp slt i32 %515, %513
	br i1 %516, label %517, label %519

517:
	%518 = shl i32 1, %515
	br label %520

519:
	br label %572

520:
	%521 = phi i32 [ 0, %517 ], [ %566, %565 ]
	%522 = icmp slt i32 %521, %515
	br i1 %522, label %523, label %530

523:
	%524 = sub i32 %515, 1
	%525 = sub i32 %524, %521
	%526 = shl i32 1, %525
	%527 = sub i32 %515, 1
	%528 = sub i32 %527, %521
	%529 = lshr i32 %362, 1
	br label %532

530:
	%531 = add i32 %515, 1
	br label %514

532:
	%533 = phi i32 [ %0, %523 ], [ %571, %570 ]
	%534 = icmp slt i32 %533, %529
	br i1 %534, label %535, label %565

535:
	%536 = lshr i32 %533, %528
	%537 = add i32 %528, 1
	%538 = shl i32 %536, %537
	%539 = sub i32 %526, 1
	%540 = and i32 %533, %539
	%541 = or i32 %538, %540
	%542 = or i32 %541, %526
	%543 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %541
	%544 = load i32, i32 addrspace(3)* %543
	%545 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %542
	%546 = load i32, i32 addrspace(3)* %545
	%547 = and i32 %541, %518
	%548 = icmp eq i32 %547, 0
	%549 = icmp sge i32 %546, 0
	%550 = select i1 %549, i32 %546, i32 0
	%551 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %550
	%552 = load i32, i32 addrspace(3)* %551
	%553 = select i1 %549, i32 %552, i32 0
	%554 = icmp sge i32 %544, 0
	%555 = select i1 %554, i32 %544, i32 0
	%556 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_x, i32 0, i32 %555
	%557 = load i32, i32 addrspace(3)* %556
	%558 = select i1 %554, i32 %557, i32 0
	%559 = icmp ugt i32 %553, %558
	%560 = icmp eq i32 %553, %558
	%561 = icmp slt i32 %546, %544
	%562 = and i1 %560, %561
	%563 = or i1 %559, %562
	%564 = icmp eq i1 %563, %548
	br i1 %564, label %567, label %570

565:
	call void @llvm.nvvm.barrier0()
	%566 = add i32 %521, 1
	br label %520

567:
	%568 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %541
	store i32 %546, i32 addrspace(3)* %568
	%569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %542
	store i32 %544, i32 addrspace(3)* %569
	br label %570

570:
	%571 = add i32 %533, 256
	br label %532

572:
	%573 = phi i32 [ %0, %519 ], [ %586, %575 ]
	%574 = icmp slt i32 %573, %256
	br i1 %574, label %575, label %587

575:
	%576 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_select2_c, i32 0, i32 %573
	%577 = load i32, i32 addrspace(3)* %576
	%578 = add i32 %253, %573
	%579 = add i32 %13, %578
	%580 = sext i32 %579 to i64
	%581 = getelementptr i32, i32* %list, i64 %580
	store i32 %577, i32* %581
	%582 = add i32 %13, %NK
	%583 = add i32 %582, %578
	%584 = sext i32 %583 to i64
	%585 = getelementptr i32, i32* %list, i64 %584
	store i32 0, i32* %585
	%586 = add i32 %573, 256
	br label %572

587:
	%588 = add i32 %253, %256
	%589 = add i32 %588, %0
	br label %590

590:
	%591 = phi i32 [ %589, %587 ], [ %601, %593 ]
	%592 = icmp slt i32 %591, %NK
	br i1 %592, label %593, label %602

593:
	%594 = add i32 %13, %591
	%595 = sext i32 %594 to i64
	%596 = getelementptr i32, i32* %list, i64 %595
	store i32 -1, i32* %596
	%597 = add i32 %13, %NK
	%598 = add i32 %597, %591
	%599 = sext i32 %598 to i64
	%600 = getelementptr i32, i32* %list, i64 %599
	store i32 -1, i32* %600
	%601 = add i32 %591, 256
	br label %590

602:
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
	%125 = add i32 %123, %124
	%126 = add i32 %125, 0
	%127 = icmp slt i32 %126, %N
	%128 = select i1 %127, i32 %126, i32 0
	%129 = sext i32 %128 to i64
	%130 = getelementptr i32, i32* %58, i64 %129
	%131 = load i32, i32* %130
	%132 = add i32 %125, 16
	%133 = icmp slt i32 %132, %N
	%134 = select i1 %133, i32 %132, i32 0
	%135 = sext i32 %134 to i64
	%136 = getelementptr i32, i32* %58, i64 %135
	%137 = load i32, i32* %136
	%138 = add i32 %125, 32
	%139 = icmp slt i32 %138, %N
	%140 = select i1 %139, i32 %138, i32 0
	%141 = sext i32 %140 to i64
	%142 = getelementptr i32, i32* %58, i64 %141
	%143 = load i32, i32* %142
	%144 = add i32 %125, 48
	%145 = icmp slt i32 %144, %N
	%146 = select i1 %145, i32 %144, i32 0
	%147 = sext i32 %146 to i64
	%148 = getelementptr i32, i32* %58, i64 %147
	%149 = load i32, i32* %148
	%150 = mul i32 %62, 64
	%151 = lshr i32 %9, 3
	%152 = and i32 %9, 7
	%153 = lshr i32 %152, 3
	%154 = mul i32 %153, u0x2000
	%155 = and i32 %152, 7
	%156 = and i32 %151, 7
	%157 = xor i32 %155, %156
	%158 = mul i32 %151, 128
	%159 = shl i32 %157, 4
	%160 = add i32 %158, %159
	%161 = add i32 %154, %160
	%162 = add i32 %0, %161
	%163 = add i32 %150, %151
	%164 = add i32 %163, 0
	%165 = icmp slt i32 %164, %N
	%166 = mul i32 %131, 64
	%167 = mul i32 %152, 8
	%168 = add i32 %166, %167
	%169 = sext i32 %168 to i64
	%170 = getelementptr i16, i16* %39, i64 %169
	%171 = add i32 %162, 0
	%172 = select i1 %165, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	%173 = add i32 %163, 16
	%174 = icmp slt i32 %173, %N
	%175 = mul i32 %137, 64
	%176 = mul i32 %152, 8
	%177 = add i32 %175, %176
	%178 = sext i32 %177 to i64
	%179 = getelementptr i16, i16* %39, i64 %178
	%180 = add i32 %162, 2048
	%181 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %180, i16* %179, i32 %181)
	%182 = add i32 %163, 32
	%183 = icmp slt i32 %182, %N
	%184 = mul i32 %143, 64
	%185 = mul i32 %152, 8
	%186 = add i32 %184, %185
	%187 = sext i32 %186 to i64
	%188 = getelementptr i16, i16* %39, i64 %187
	%189 = add i32 %162, u0x1000
	%190 = select i1 %183, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %189, i16* %188, i32 %190)
	%191 = add i32 %163, 48
	%192 = icmp slt i32 %191, %N
	%193 = mul i32 %149, 64
	%194 = mul i32 %152, 8
	%195 = add i32 %193, %194
	%196 = sext i32 %195 to i64
	%197 = getelementptr i16, i16* %39, i64 %196
	%198 = add i32 %162, 6144
	%199 = select i1 %192, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %198, i16* %197, i32 %199)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%200 = phi i32 [ 0, %prologue ], [ %1366, %pv ]
	%201 = phi i32 [ %62, %prologue ], [ %1373, %pv ]
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
	%223 = phi float [ 0.0, %prologue ], [ %1697, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1698, %pv ]
	%225 = phi float [ 0.0, %prologue ], [ %1699, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1700, %pv ]
	%227 = phi float [ 0.0, %prologue ], [ %1701, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1702, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1703, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1704, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1705, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %1706, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1707, %pv ]
	%234 = phi float [ 0xFFF0000000000000, %prologue ], [ %1196, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1247, %pv ]
	%236 = phi float [ 0xFFF0000000000000, %prologue ], [ %1248, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %1299, %pv ]
	%238 = phi i32 [ %131, %prologue ], [ %1384, %pv ]
	%239 = phi i32 [ %137, %prologue ], [ %1390, %pv ]
	%240 = phi i32 [ %143, %prologue ], [ %1396, %pv ]
	%241 = phi i32 [ %149, %prologue ], [ %1402, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%242 = mul i32 %201, 64
	%243 = lshr i32 %9, 3
	%244 = and i32 %9, 7
	%245 = lshr i32 %244, 3
	%246 = mul i32 %245, u0x2000
	%247 = and i32 %244, 7
	%248 = and i32 %243, 7
	%249 = xor i32 %247, %248
	%250 = mul i32 %243, 128
	%251 = shl i32 %249, 4
	%252 = add i32 %250, %251
	%253 = add i32 %246, %252
	%254 = add i32 %1, %253
	%255 = add i32 %242, %243
	%256 = add i32 %255, 0
	%257 = icmp slt i32 %256, %N
	%258 = mul i32 %238, 64
	%259 = mul i32 %244, 8
	%260 = add i32 %258, %259
	%261 = sext i32 %260 to i64
	%262 = getelementptr i16, i16* %43, i64 %261
	%263 = add i32 %254, 0
	%264 = select i1 %257, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %263, i16* %262, i32 %264)
	%265 = add i32 %255, 16
	%266 = icmp slt i32 %265, %N
	%267 = mul i32 %239, 64
	%268 = mul i32 %244, 8
	%269 = add i32 %267, %268
	%270 = sext i32 %269 to i64
	%271 = getelementptr i16, i16* %43, i64 %270
	%272 = add i32 %254, 2048
	%273 = select i1 %266, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %272, i16* %271, i32 %273)
	%274 = add i32 %255, 32
	%275 = icmp slt i32 %274, %N
	%276 = mul i32 %240, 64
	%277 = mul i32 %244, 8
	%278 = add i32 %276, %277
	%279 = sext i32 %278 to i64
	%280 = getelementptr i16, i16* %43, i64 %279
	%281 = add i32 %254, u0x1000
	%282 = select i1 %275, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %281, i16* %280, i32 %282)
	%283 = add i32 %255, 48
	%284 = icmp slt i32 %283, %N
	%285 = mul i32 %241, 64
	%286 = mul i32 %244, 8
	%287 = add i32 %285, %286
	%288 = sext i32 %287 to i64
	%289 = getelementptr i16, i16* %43, i64 %288
	%290 = add i32 %254, 6144
	%291 = select i1 %284, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %290, i16* %289, i32 %291)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%292 = add i32 %4, 0
	%293 = zext i32 %292 to i64
	%294 = or i64 %293, u0x4000004000010000
	%295 = add i32 %6, 0
	%296 = zext i32 %295 to i64
	%297 = or i64 %296, u0x4000004000010000
	%298 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %294, i64 %297, i32 1)
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 0
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 1
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 2
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 3
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 4
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 5
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 6
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 7
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 8
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 9
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 10
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 11
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 12
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 13
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 14
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 15
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 16
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 17
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 18
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 19
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 20
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 21
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 22
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 23
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 24
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 25
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 26
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 27
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 28
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 29
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 30
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 31
	%331 = add i32 %4, 2
	%332 = zext i32 %331 to i64
	%333 = or i64 %332, u0x4000004000010000
	%334 = add i32 %6, 2
	%335 = zext i32 %334 to i64
	%336 = or i64 %335, u0x4000004000010000
	%337 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, i64 %333, i64 %336, i32 1)
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 0
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 1
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 2
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 3
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 4
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 5
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 6
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 7
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 8
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 9
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 10
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 11
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 12
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 13
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 14
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 15
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 16
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 17
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 18
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 19
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 20
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 21
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 22
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 23
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 24
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 25
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 26
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 27
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 28
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 29
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 30
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 31
	%370 = add i32 %4, 4
	%371 = zext i32 %370 to i64
	%372 = or i64 %371, u0x4000004000010000
	%373 = add i32 %6, 4
	%374 = zext i32 %373 to i64
	%375 = or i64 %374, u0x4000004000010000
	%376 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, i64 %372, i64 %375, i32 1)
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 0
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 1
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 2
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 3
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 4
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 5
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 6
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 7
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 8
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 9
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 10
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 11
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 12
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 13
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 14
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 15
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 16
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 17
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 18
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 19
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 20
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 21
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 22
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 23
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 24
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 25
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 26
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 27
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 28
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 29
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 30
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %376, 31
	%409 = add i32 %4, 6
	%410 = zext i32 %409 to i64
	%411 = or i64 %410, u0x4000004000010000
	%412 = add i32 %6, 6
	%413 = zext i32 %412 to i64
	%414 = or i64 %413, u0x4000004000010000
	%415 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, i64 %411, i64 %414, i32 1)
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 0
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 1
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 2
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 3
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 4
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 5
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 6
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 7
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 8
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 9
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 10
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 11
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 12
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 13
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 14
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 15
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 16
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 17
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 18
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 19
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 20
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 21
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 22
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 23
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 24
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 25
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 26
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 27
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 28
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 29
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 30
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %415, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%448 = call float asm sideeffect "", "=f,0"(float %416)
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
	%480 = mul i32 %10, 16
	%481 = add i32 %31, %480
	%482 = add i32 %12, 0
	%483 = add i32 %481, %482
	%484 = mul i32 %10, 16
	%485 = add i32 %31, %484
	%486 = add i32 %12, 8
	%487 = add i32 %485, %486
	%488 = sitofp i32 %29 to float
	%489 = add i32 %52, %201
	%490 = sext i32 %489 to i64
	%491 = getelementptr i8, i8* %cls, i64 %490
	%492 = load i8, i8* %491
	%493 = icmp ne i8 %492, 2
	br i1 %493, label %partial, label %softmax

epilogue:
	%494 = phi float [ 0.0, %entry ], [ %1247, %pv ]
	%495 = phi float [ 0.0, %entry ], [ %1299, %pv ]
	%496 = phi i32 [ 0, %entry ], [ %1366, %pv ]
	%497 = phi float [ 0.0, %entry ], [ %1676, %pv ]
	%498 = phi float [ 0.0, %entry ], [ %1677, %pv ]
	%499 = phi float [ 0.0, %entry ], [ %1678, %pv ]
	%500 = phi float [ 0.0, %entry ], [ %1679, %pv ]
	%501 = phi float [ 0.0, %entry ], [ %1680, %pv ]
	%502 = phi float [ 0.0, %entry ], [ %1681, %pv ]
	%503 = phi float [ 0.0, %entry ], [ %1682, %pv ]
	%504 = phi float [ 0.0, %entry ], [ %1683, %pv ]
	%505 = phi float [ 0.0, %entry ], [ %1684, %pv ]
	%506 = phi float [ 0.0, %entry ], [ %1685, %pv ]
	%507 = phi float [ 0.0, %entry ], [ %1686, %pv ]
	%508 = phi float [ 0.0, %entry ], [ %1687, %pv ]
	%509 = phi float [ 0.0, %entry ], [ %1688, %pv ]
	%510 = phi float [ 0.0, %entry ], [ %1689, %pv ]
	%511 = phi float [ 0.0, %entry ], [ %1690, %pv ]
	%512 = phi float [ 0.0, %entry ], [ %1691, %pv ]
	%513 = phi float [ 0.0, %entry ], [ %1692, %pv ]
	%514 = phi float [ 0.0, %entry ], [ %1693, %pv ]
	%515 = phi float [ 0.0, %entry ], [ %1694, %pv ]
	%516 = phi float [ 0.0, %entry ], [ %1695, %pv ]
	%517 = phi float [ 0.0, %entry ], [ %1696, %pv ]
	%518 = phi float [ 0.0, %entry ], [ %1697, %pv ]
	%519 = phi float [ 0.0, %entry ], [ %1698, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1699, %pv ]
	%521 = phi float [ 0.0, %entry ], [ %1700, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1701, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1702, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1703, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1704, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1705, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1706, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1707, %pv ]
	%529 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %494, i32 1, i32 31)
	%530 = fadd float %494, %529
	%531 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %530, i32 2, i32 31)
	%532 = fadd float %530, %531
	%533 = fcmp ogt float %532, 0.0
	%534 = fdiv float 1.0, %532
	%535 = select i1 %533, float %534, float 0.0
	%536 = mul i32 %10, 16
	%537 = add i32 %31, %536
	%538 = add i32 %12, 0
	%539 = add i32 %537, %538
	%540 = fmul float %497, %535
	%541 = fmul float %498, %535
	%542 = fmul float %501, %535
	%543 = fmul float %502, %535
	%544 = fmul float %505, %535
	%545 = fmul float %506, %535
	%546 = fmul float %509, %535
	%547 = fmul float %510, %535
	%548 = fmul float %513, %535
	%549 = fmul float %514, %535
	%550 = fmul float %517, %535
	%551 = fmul float %518, %535
	%552 = fmul float %521, %535
	%553 = fmul float %522, %535
	%554 = fmul float %525, %535
	%555 = fmul float %526, %535
	%556 = icmp slt i32 %539, %M
	br i1 %556, label %store0, label %stored0

partial:
	%557 = shl i32 %13, 1
	%558 = add i32 0, %557
	%559 = add i32 %242, %558
	%560 = icmp slt i32 %559, %N
	%561 = select i1 %560, i32 %559, i32 0
	%562 = sitofp i32 %483 to float
	%563 = sext i32 %561 to i64
	%564 = getelementptr i32, i32* %58, i64 %563
	%565 = load i32, i32* %564
	%566 = sitofp i32 %565 to float
	%567 = fcmp ole float %566, %562
	%568 = uitofp i1 %567 to float
	%569 = fcmp une float %568, 0.0
	%570 = and i1 %560, %569
	%571 = select i1 %570, float %448, float 0xFFF0000000000000
	%572 = shl i32 %13, 1
	%573 = add i32 1, %572
	%574 = add i32 %242, %573
	%575 = icmp slt i32 %574, %N
	%576 = select i1 %575, i32 %574, i32 0
	%577 = sitofp i32 %483 to float
	%578 = sext i32 %576 to i64
	%579 = getelementptr i32, i32* %58, i64 %578
	%580 = load i32, i32* %579
	%581 = sitofp i32 %580 to float
	%582 = fcmp ole float %581, %577
	%583 = uitofp i1 %582 to float
	%584 = fcmp une float %583, 0.0
	%585 = and i1 %575, %584
	%586 = select i1 %585, float %449, float 0xFFF0000000000000
	%587 = shl i32 %13, 1
	%588 = add i32 0, %587
	%589 = add i32 %242, %588
	%590 = icmp slt i32 %589, %N
	%591 = select i1 %590, i32 %589, i32 0
	%592 = sitofp i32 %487 to float
	%593 = sext i32 %591 to i64
	%594 = getelementptr i32, i32* %58, i64 %593
	%595 = load i32, i32* %594
	%596 = sitofp i32 %595 to float
	%597 = fcmp ole float %596, %592
	%598 = uitofp i1 %597 to float
	%599 = fcmp une float %598, 0.0
	%600 = and i1 %590, %599
	%601 = select i1 %600, float %450, float 0xFFF0000000000000
	%602 = shl i32 %13, 1
	%603 = add i32 1, %602
	%604 = add i32 %242, %603
	%605 = icmp slt i32 %604, %N
	%606 = select i1 %605, i32 %604, i32 0
	%607 = sitofp i32 %487 to float
	%608 = sext i32 %606 to i64
	%609 = getelementptr i32, i32* %58, i64 %608
	%610 = load i32, i32* %609
	%611 = sitofp i32 %610 to float
	%612 = fcmp ole float %611, %607
	%613 = uitofp i1 %612 to float
	%614 = fcmp une float %613, 0.0
	%615 = and i1 %605, %614
	%616 = select i1 %615, float %451, float 0xFFF0000000000000
	%617 = shl i32 %13, 1
	%618 = add i32 8, %617
	%619 = add i32 %242, %618
	%620 = icmp slt i32 %619, %N
	%621 = select i1 %620, i32 %619, i32 0
	%622 = sitofp i32 %483 to float
	%623 = sext i32 %621 to i64
	%624 = getelementptr i32, i32* %58, i64 %623
	%625 = load i32, i32* %624
	%626 = sitofp i32 %625 to float
	%627 = fcmp ole float %626, %622
	%628 = uitofp i1 %627 to float
	%629 = fcmp une float %628, 0.0
	%630 = and i1 %620, %629
	%631 = select i1 %630, float %452, float 0xFFF0000000000000
	%632 = shl i32 %13, 1
	%633 = add i32 9, %632
	%634 = add i32 %242, %633
	%635 = icmp slt i32 %634, %N
	%636 = select i1 %635, i32 %634, i32 0
	%637 = sitofp i32 %483 to float
	%638 = sext i32 %636 to i64
	%639 = getelementptr i32, i32* %58, i64 %638
	%640 = load i32, i32* %639
	%641 = sitofp i32 %640 to float
	%642 = fcmp ole float %641, %637
	%643 = uitofp i1 %642 to float
	%644 = fcmp une float %643, 0.0
	%645 = and i1 %635, %644
	%646 = select i1 %645, float %453, float 0xFFF0000000000000
	%647 = shl i32 %13, 1
	%648 = add i32 8, %647
	%649 = add i32 %242, %648
	%650 = icmp slt i32 %649, %N
	%651 = select i1 %650, i32 %649, i32 0
	%652 = sitofp i32 %487 to float
	%653 = sext i32 %651 to i64
	%654 = getelementptr i32, i32* %58, i64 %653
	%655 = load i32, i32* %654
	%656 = sitofp i32 %655 to float
	%657 = fcmp ole float %656, %652
	%658 = uitofp i1 %657 to float
	%659 = fcmp une float %658, 0.0
	%660 = and i1 %650, %659
	%661 = select i1 %660, float %454, float 0xFFF0000000000000
	%662 = shl i32 %13, 1
	%663 = add i32 9, %662
	%664 = add i32 %242, %663
	%665 = icmp slt i32 %664, %N
	%666 = select i1 %665, i32 %664, i32 0
	%667 = sitofp i32 %487 to float
	%668 = sext i32 %666 to i64
	%669 = getelementptr i32, i32* %58, i64 %668
	%670 = load i32, i32* %669
	%671 = sitofp i32 %670 to float
	%672 = fcmp ole float %671, %667
	%673 = uitofp i1 %672 to float
	%674 = fcmp une float %673, 0.0
	%675 = and i1 %665, %674
	%676 = select i1 %675, float %455, float 0xFFF0000000000000
	%677 = shl i32 %13, 1
	%678 = add i32 16, %677
	%679 = add i32 %242, %678
	%680 = icmp slt i32 %679, %N
	%681 = select i1 %680, i32 %679, i32 0
	%682 = sitofp i32 %483 to float
	%683 = sext i32 %681 to i64
	%684 = getelementptr i32, i32* %58, i64 %683
	%685 = load i32, i32* %684
	%686 = sitofp i32 %685 to float
	%687 = fcmp ole float %686, %682
	%688 = uitofp i1 %687 to float
	%689 = fcmp une float %688, 0.0
	%690 = and i1 %680, %689
	%691 = select i1 %690, float %456, float 0xFFF0000000000000
	%692 = shl i32 %13, 1
	%693 = add i32 17, %692
	%694 = add i32 %242, %693
	%695 = icmp slt i32 %694, %N
	%696 = select i1 %695, i32 %694, i32 0
	%697 = sitofp i32 %483 to float
	%698 = sext i32 %696 to i64
	%699 = getelementptr i32, i32* %58, i64 %698
	%700 = load i32, i32* %699
	%701 = sitofp i32 %700 to float
	%702 = fcmp ole float %701, %697
	%703 = uitofp i1 %702 to float
	%704 = fcmp une float %703, 0.0
	%705 = and i1 %695, %704
	%706 = select i1 %705, float %457, float 0xFFF0000000000000
	%707 = shl i32 %13, 1
	%708 = add i32 16, %707
	%709 = add i32 %242, %708
	%710 = icmp slt i32 %709, %N
	%711 = select i1 %710, i32 %709, i32 0
	%712 = sitofp i32 %487 to float
	%713 = sext i32 %711 to i64
	%714 = getelementptr i32, i32* %58, i64 %713
	%715 = load i32, i32* %714
	%716 = sitofp i32 %715 to float
	%717 = fcmp ole float %716, %712
	%718 = uitofp i1 %717 to float
	%719 = fcmp une float %718, 0.0
	%720 = and i1 %710, %719
	%721 = select i1 %720, float %458, float 0xFFF0000000000000
	%722 = shl i32 %13, 1
	%723 = add i32 17, %722
	%724 = add i32 %242, %723
	%725 = icmp slt i32 %724, %N
	%726 = select i1 %725, i32 %724, i32 0
	%727 = sitofp i32 %487 to float
	%728 = sext i32 %726 to i64
	%729 = getelementptr i32, i32* %58, i64 %728
	%730 = load i32, i32* %729
	%731 = sitofp i32 %730 to float
	%732 = fcmp ole float %731, %727
	%733 = uitofp i1 %732 to float
	%734 = fcmp une float %733, 0.0
	%735 = and i1 %725, %734
	%736 = select i1 %735, float %459, float 0xFFF0000000000000
	%737 = shl i32 %13, 1
	%738 = add i32 24, %737
	%739 = add i32 %242, %738
	%740 = icmp slt i32 %739, %N
	%741 = select i1 %740, i32 %739, i32 0
	%742 = sitofp i32 %483 to float
	%743 = sext i32 %741 to i64
	%744 = getelementptr i32, i32* %58, i64 %743
	%745 = load i32, i32* %744
	%746 = sitofp i32 %745 to float
	%747 = fcmp ole float %746, %742
	%748 = uitofp i1 %747 to float
	%749 = fcmp une float %748, 0.0
	%750 = and i1 %740, %749
	%751 = select i1 %750, float %460, float 0xFFF0000000000000
	%752 = shl i32 %13, 1
	%753 = add i32 25, %752
	%754 = add i32 %242, %753
	%755 = icmp slt i32 %754, %N
	%756 = select i1 %755, i32 %754, i32 0
	%757 = sitofp i32 %483 to float
	%758 = sext i32 %756 to i64
	%759 = getelementptr i32, i32* %58, i64 %758
	%760 = load i32, i32* %759
	%761 = sitofp i32 %760 to float
	%762 = fcmp ole float %761, %757
	%763 = uitofp i1 %762 to float
	%764 = fcmp une float %763, 0.0
	%765 = and i1 %755, %764
	%766 = select i1 %765, float %461, float 0xFFF0000000000000
	%767 = shl i32 %13, 1
	%768 = add i32 24, %767
	%769 = add i32 %242, %768
	%770 = icmp slt i32 %769, %N
	%771 = select i1 %770, i32 %769, i32 0
	%772 = sitofp i32 %487 to float
	%773 = sext i32 %771 to i64
	%774 = getelementptr i32, i32* %58, i64 %773
	%775 = load i32, i32* %774
	%776 = sitofp i32 %775 to float
	%777 = fcmp ole float %776, %772
	%778 = uitofp i1 %777 to float
	%779 = fcmp une float %778, 0.0
	%780 = and i1 %770, %779
	%781 = select i1 %780, float %462, float 0xFFF0000000000000
	%782 = shl i32 %13, 1
	%783 = add i32 25, %782
	%784 = add i32 %242, %783
	%785 = icmp slt i32 %784, %N
	%786 = select i1 %785, i32 %784, i32 0
	%787 = sitofp i32 %487 to float
	%788 = sext i32 %786 to i64
	%789 = getelementptr i32, i32* %58, i64 %788
	%790 = load i32, i32* %789
	%791 = sitofp i32 %790 to float
	%792 = fcmp ole float %791, %787
	%793 = uitofp i1 %792 to float
	%794 = fcmp une float %793, 0.0
	%795 = and i1 %785, %794
	%796 = select i1 %795, float %463, float 0xFFF0000000000000
	%797 = shl i32 %13, 1
	%798 = add i32 32, %797
	%799 = add i32 %242, %798
	%800 = icmp slt i32 %799, %N
	%801 = select i1 %800, i32 %799, i32 0
	%802 = sitofp i32 %483 to float
	%803 = sext i32 %801 to i64
	%804 = getelementptr i32, i32* %58, i64 %803
	%805 = load i32, i32* %804
	%806 = sitofp i32 %805 to float
	%807 = fcmp ole float %806, %802
	%808 = uitofp i1 %807 to float
	%809 = fcmp une float %808, 0.0
	%810 = and i1 %800, %809
	%811 = select i1 %810, float %464, float 0xFFF0000000000000
	%812 = shl i32 %13, 1
	%813 = add i32 33, %812
	%814 = add i32 %242, %813
	%815 = icmp slt i32 %814, %N
	%816 = select i1 %815, i32 %814, i32 0
	%817 = sitofp i32 %483 to float
	%818 = sext i32 %816 to i64
	%819 = getelementptr i32, i32* %58, i64 %818
	%820 = load i32, i32* %819
	%821 = sitofp i32 %820 to float
	%822 = fcmp ole float %821, %817
	%823 = uitofp i1 %822 to float
	%824 = fcmp une float %823, 0.0
	%825 = and i1 %815, %824
	%826 = select i1 %825, float %465, float 0xFFF0000000000000
	%827 = shl i32 %13, 1
	%828 = add i32 32, %827
	%829 = add i32 %242, %828
	%830 = icmp slt i32 %829, %N
	%831 = select i1 %830, i32 %829, i32 0
	%832 = sitofp i32 %487 to float
	%833 = sext i32 %831 to i64
	%834 = getelementptr i32, i32* %58, i64 %833
	%835 = load i32, i32* %834
	%836 = sitofp i32 %835 to float
	%837 = fcmp ole float %836, %832
	%838 = uitofp i1 %837 to float
	%839 = fcmp une float %838, 0.0
	%840 = and i1 %830, %839
	%841 = select i1 %840, float %466, float 0xFFF0000000000000
	%842 = shl i32 %13, 1
	%843 = add i32 33, %842
	%844 = add i32 %242, %843
	%845 = icmp slt i32 %844, %N
	%846 = select i1 %845, i32 %844, i32 0
	%847 = sitofp i32 %487 to float
	%848 = sext i32 %846 to i64
	%849 = getelementptr i32, i32* %58, i64 %848
	%850 = load i32, i32* %849
	%851 = sitofp i32 %850 to float
	%852 = fcmp ole float %851, %847
	%853 = uitofp i1 %852 to float
	%854 = fcmp une float %853, 0.0
	%855 = and i1 %845, %854
	%856 = select i1 %855, float %467, float 0xFFF0000000000000
	%857 = shl i32 %13, 1
	%858 = add i32 40, %857
	%859 = add i32 %242, %858
	%860 = icmp slt i32 %859, %N
	%861 = select i1 %860, i32 %859, i32 0
	%862 = sitofp i32 %483 to float
	%863 = sext i32 %861 to i64
	%864 = getelementptr i32, i32* %58, i64 %863
	%865 = load i32, i32* %864
	%866 = sitofp i32 %865 to float
	%867 = fcmp ole float %866, %862
	%868 = uitofp i1 %867 to float
	%869 = fcmp une float %868, 0.0
	%870 = and i1 %860, %869
	%871 = select i1 %870, float %468, float 0xFFF0000000000000
	%872 = shl i32 %13, 1
	%873 = add i32 41, %872
	%874 = add i32 %242, %873
	%875 = icmp slt i32 %874, %N
	%876 = select i1 %875, i32 %874, i32 0
	%877 = sitofp i32 %483 to float
	%878 = sext i32 %876 to i64
	%879 = getelementptr i32, i32* %58, i64 %878
	%880 = load i32, i32* %879
	%881 = sitofp i32 %880 to float
	%882 = fcmp ole float %881, %877
	%883 = uitofp i1 %882 to float
	%884 = fcmp une float %883, 0.0
	%885 = and i1 %875, %884
	%886 = select i1 %885, float %469, float 0xFFF0000000000000
	%887 = shl i32 %13, 1
	%888 = add i32 40, %887
	%889 = add i32 %242, %888
	%890 = icmp slt i32 %889, %N
	%891 = select i1 %890, i32 %889, i32 0
	%892 = sitofp i32 %487 to float
	%893 = sext i32 %891 to i64
	%894 = getelementptr i32, i32* %58, i64 %893
	%895 = load i32, i32* %894
	%896 = sitofp i32 %895 to float
	%897 = fcmp ole float %896, %892
	%898 = uitofp i1 %897 to float
	%899 = fcmp une float %898, 0.0
	%900 = and i1 %890, %899
	%901 = select i1 %900, float %470, float 0xFFF0000000000000
	%902 = shl i32 %13, 1
	%903 = add i32 41, %902
	%904 = add i32 %242, %903
	%905 = icmp slt i32 %904, %N
	%906 = select i1 %905, i32 %904, i32 0
	%907 = sitofp i32 %487 to float
	%908 = sext i32 %906 to i64
	%909 = getelementptr i32, i32* %58, i64 %908
	%910 = load i32, i32* %909
	%911 = sitofp i32 %910 to float
	%912 = fcmp ole float %911, %907
	%913 = uitofp i1 %912 to float
	%914 = fcmp une float %913, 0.0
	%915 = and i1 %905, %914
	%916 = select i1 %915, float %471, float 0xFFF0000000000000
	%917 = shl i32 %13, 1
	%918 = add i32 48, %917
	%919 = add i32 %242, %918
	%920 = icmp slt i32 %919, %N
	%921 = select i1 %920, i32 %919, i32 0
	%922 = sitofp i32 %483 to float
	%923 = sext i32 %921 to i64
	%924 = getelementptr i32, i32* %58, i64 %923
	%925 = load i32, i32* %924
	%926 = sitofp i32 %925 to float
	%927 = fcmp ole float %926, %922
	%928 = uitofp i1 %927 to float
	%929 = fcmp une float %928, 0.0
	%930 = and i1 %920, %929
	%931 = select i1 %930, float %472, float 0xFFF0000000000000
	%932 = shl i32 %13, 1
	%933 = add i32 49, %932
	%934 = add i32 %242, %933
	%935 = icmp slt i32 %934, %N
	%936 = select i1 %935, i32 %934, i32 0
	%937 = sitofp i32 %483 to float
	%938 = sext i32 %936 to i64
	%939 = getelementptr i32, i32* %58, i64 %938
	%940 = load i32, i32* %939
	%941 = sitofp i32 %940 to float
	%942 = fcmp ole float %941, %937
	%943 = uitofp i1 %942 to float
	%944 = fcmp une float %943, 0.0
	%945 = and i1 %935, %944
	%946 = select i1 %945, float %473, float 0xFFF0000000000000
	%947 = shl i32 %13, 1
	%948 = add i32 48, %947
	%949 = add i32 %242, %948
	%950 = icmp slt i32 %949, %N
	%951 = select i1 %950, i32 %949, i32 0
	%952 = sitofp i32 %487 to float
	%953 = sext i32 %951 to i64
	%954 = getelementptr i32, i32* %58, i64 %953
	%955 = load i32, i32* %954
	%956 = sitofp i32 %955 to float
	%957 = fcmp ole float %956, %952
	%958 = uitofp i1 %957 to float
	%959 = fcmp une float %958, 0.0
	%960 = and i1 %950, %959
	%961 = select i1 %960, float %474, float 0xFFF0000000000000
	%962 = shl i32 %13, 1
	%963 = add i32 49, %962
	%964 = add i32 %242, %963
	%965 = icmp slt i32 %964, %N
	%966 = select i1 %965, i32 %964, i32 0
	%967 = sitofp i32 %487 to float
	%968 = sext i32 %966 to i64
	%969 = getelementptr i32, i32* %58, i64 %968
	%970 = load i32, i32* %969
	%971 = sitofp i32 %970 to float
	%972 = fcmp ole float %971, %967
	%973 = uitofp i1 %972 to float
	%974 = fcmp une float %973, 0.0
	%975 = and i1 %965, %974
	%976 = select i1 %975, float %475, float 0xFFF0000000000000
	%977 = shl i32 %13, 1
	%978 = add i32 56, %977
	%979 = add i32 %242, %978
	%980 = icmp slt i32 %979, %N
	%981 = select i1 %980, i32 %979, i32 0
	%982 = sitofp i32 %483 to float
	%983 = sext i32 %981 to i64
	%984 = getelementptr i32, i32* %58, i64 %983
	%985 = load i32, i32* %984
	%986 = sitofp i32 %985 to float
	%987 = fcmp ole float %986, %982
	%988 = uitofp i1 %987 to float
	%989 = fcmp une float %988, 0.0
	%990 = and i1 %980, %989
	%991 = select i1 %990, float %476, float 0xFFF0000000000000
	%992 = shl i32 %13, 1
	%993 = add i32 57, %992
	%994 = add i32 %242, %993
	%995 = icmp slt i32 %994, %N
	%996 = select i1 %995, i32 %994, i32 0
	%997 = sitofp i32 %483 to float
	%998 = sext i32 %996 to i64
	%999 = getelementptr i32, i32* %58, i64 %998
	%1000 = load i32, i32* %999
	%1001 = sitofp i32 %1000 to float
	%1002 = fcmp ole float %1001, %997
	%1003 = uitofp i1 %1002 to float
	%1004 = fcmp une float %1003, 0.0
	%1005 = and i1 %995, %1004
	%1006 = select i1 %1005, float %477, float 0xFFF0000000000000
	%1007 = shl i32 %13, 1
	%1008 = add i32 56, %1007
	%1009 = add i32 %242, %1008
	%1010 = icmp slt i32 %1009, %N
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = sitofp i32 %487 to float
	%1013 = sext i32 %1011 to i64
	%1014 = getelementptr i32, i32* %58, i64 %1013
	%1015 = load i32, i32* %1014
	%1016 = sitofp i32 %1015 to float
	%1017 = fcmp ole float %1016, %1012
	%1018 = uitofp i1 %1017 to float
	%1019 = fcmp une float %1018, 0.0
	%1020 = and i1 %1010, %1019
	%1021 = select i1 %1020, float %478, float 0xFFF0000000000000
	%1022 = shl i32 %13, 1
	%1023 = add i32 57, %1022
	%1024 = add i32 %242, %1023
	%1025 = icmp slt i32 %1024, %N
	%1026 = select i1 %1025, i32 %1024, i32 0
	%1027 = sitofp i32 %487 to float
	%1028 = sext i32 %1026 to i64
	%1029 = getelementptr i32, i32* %58, i64 %1028
	%1030 = load i32, i32* %1029
	%1031 = sitofp i32 %1030 to float
	%1032 = fcmp ole float %1031, %1027
	%1033 = uitofp i1 %1032 to float
	%1034 = fcmp une float %1033, 0.0
	%1035 = and i1 %1025, %1034
	%1036 = select i1 %1035, float %479, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1037 = phi float [ %448, %loop ], [ %571, %partial ]
	%1038 = phi float [ %449, %loop ], [ %586, %partial ]
	%1039 = phi float [ %450, %loop ], [ %601, %partial ]
	%1040 = phi float [ %451, %loop ], [ %616, %partial ]
	%1041 = phi float [ %452, %loop ], [ %631, %partial ]
	%1042 = phi float [ %453, %loop ], [ %646, %partial ]
	%1043 = phi float [ %454, %loop ], [ %661, %partial ]
	%1044 = phi float [ %455, %loop ], [ %676, %partial ]
	%1045 = phi float [ %456, %loop ], [ %691, %partial ]
	%1046 = phi float [ %457, %loop ], [ %706, %partial ]
	%1047 = phi float [ %458, %loop ], [ %721, %partial ]
	%1048 = phi float [ %459, %loop ], [ %736, %partial ]
	%1049 = phi float [ %460, %loop ], [ %751, %partial ]
	%1050 = phi float [ %461, %loop ], [ %766, %partial ]
	%1051 = phi float [ %462, %loop ], [ %781, %partial ]
	%1052 = phi float [ %463, %loop ], [ %796, %partial ]
	%1053 = phi float [ %464, %loop ], [ %811, %partial ]
	%1054 = phi float [ %465, %loop ], [ %826, %partial ]
	%1055 = phi float [ %466, %loop ], [ %841, %partial ]
	%1056 = phi float [ %467, %loop ], [ %856, %partial ]
	%1057 = phi float [ %468, %loop ], [ %871, %partial ]
	%1058 = phi float [ %469, %loop ], [ %886, %partial ]
	%1059 = phi float [ %470, %loop ], [ %901, %partial ]
	%1060 = phi float [ %471, %loop ], [ %916, %partial ]
	%1061 = phi float [ %472, %loop ], [ %931, %partial ]
	%1062 = phi float [ %473, %loop ], [ %946, %partial ]
	%1063 = phi float [ %474, %loop ], [ %961, %partial ]
	%1064 = phi float [ %475, %loop ], [ %976, %partial ]
	%1065 = phi float [ %476, %loop ], [ %991, %partial ]
	%1066 = phi float [ %477, %loop ], [ %1006, %partial ]
	%1067 = phi float [ %478, %loop ], [ %1021, %partial ]
	%1068 = phi float [ %479, %loop ], [ %1036, %partial ]
	%1069 = call float @llvm.nvvm.fmax.f(float %1037, float %1038)
	%1070 = call float @llvm.nvvm.fmax.f(float %1041, float %1042)
	%1071 = call float @llvm.nvvm.fmax.f(float %1045, float %1046)
	%1072 = call float @llvm.nvvm.fmax.f(float %1049, float %1050)
	%1073 = call float @llvm.nvvm.fmax.f(float %1053, float %1054)
	%1074 = call float @llvm.nvvm.fmax.f(float %1057, float %1058)
	%1075 = call float @llvm.nvvm.fmax.f(float %1061, float %1062)
	%1076 = call float @llvm.nvvm.fmax.f(float %1065, float %1066)
	%1077 = call float @llvm.nvvm.fmax.f(float %1069, float %1070)
	%1078 = call float @llvm.nvvm.fmax.f(float %1071, float %1072)
	%1079 = call float @llvm.nvvm.fmax.f(float %1073, float %1074)
	%1080 = call float @llvm.nvvm.fmax.f(float %1075, float %1076)
	%1081 = call float @llvm.nvvm.fmax.f(float %1077, float %1078)
	%1082 = call float @llvm.nvvm.fmax.f(float %1079, float %1080)
	%1083 = call float @llvm.nvvm.fmax.f(float %1081, float %1082)
	%1084 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1083, i32 1, i32 31)
	%1085 = call float @llvm.nvvm.fmax.f(float %1083, float %1084)
	%1086 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1085, i32 2, i32 31)
	%1087 = call float @llvm.nvvm.fmax.f(float %1085, float %1086)
	%1088 = fmul float %1087, 0x3FC7154760000000
	%1089 = call float @llvm.nvvm.fmax.f(float %234, float %1088)
	%1090 = fadd float %234, 8.0
	%1091 = fcmp ogt float %1089, %1090
	%1092 = or i1 false, %1091
	%1093 = call float @llvm.nvvm.fmax.f(float %1039, float %1040)
	%1094 = call float @llvm.nvvm.fmax.f(float %1043, float %1044)
	%1095 = call float @llvm.nvvm.fmax.f(float %1047, float %1048)
	%1096 = call float @llvm.nvvm.fmax.f(float %1051, float %1052)
	%1097 = call float @llvm.nvvm.fmax.f(float %1055, float %1056)
	%1098 = call float @llvm.nvvm.fmax.f(float %1059, float %1060)
	%1099 = call float @llvm.nvvm.fmax.f(float %1063, float %1064)
	%1100 = call float @llvm.nvvm.fmax.f(float %1067, float %1068)
	%1101 = call float @llvm.nvvm.fmax.f(float %1093, float %1094)
	%1102 = call float @llvm.nvvm.fmax.f(float %1095, float %1096)
	%1103 = call float @llvm.nvvm.fmax.f(float %1097, float %1098)
	%1104 = call float @llvm.nvvm.fmax.f(float %1099, float %1100)
	%1105 = call float @llvm.nvvm.fmax.f(float %1101, float %1102)
	%1106 = call float @llvm.nvvm.fmax.f(float %1103, float %1104)
	%1107 = call float @llvm.nvvm.fmax.f(float %1105, float %1106)
	%1108 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1107, i32 1, i32 31)
	%1109 = call float @llvm.nvvm.fmax.f(float %1107, float %1108)
	%1110 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1109, i32 2, i32 31)
	%1111 = call float @llvm.nvvm.fmax.f(float %1109, float %1110)
	%1112 = fmul float %1111, 0x3FC7154760000000
	%1113 = call float @llvm.nvvm.fmax.f(float %236, float %1112)
	%1114 = fadd float %236, 8.0
	%1115 = fcmp ogt float %1113, %1114
	%1116 = or i1 %1092, %1115
	%1117 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1116)
	br i1 %1117, label %1118, label %1161

1118:
	%1119 = fcmp oeq float %1089, 0xFFF0000000000000
	%1120 = select i1 %1119, float 0.0, float %1089
	%1121 = fsub float %234, %1120
	%1122 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1121)
	%1123 = fcmp oeq float %1113, 0xFFF0000000000000
	%1124 = select i1 %1123, float 0.0, float %1113
	%1125 = fsub float %236, %1124
	%1126 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1125)
	%1127 = fmul float %202, %1122
	%1128 = fmul float %203, %1122
	%1129 = fmul float %204, %1126
	%1130 = fmul float %205, %1126
	%1131 = fmul float %206, %1122
	%1132 = fmul float %207, %1122
	%1133 = fmul float %208, %1126
	%1134 = fmul float %209, %1126
	%1135 = fmul float %210, %1122
	%1136 = fmul float %211, %1122
	%1137 = fmul float %212, %1126
	%1138 = fmul float %213, %1126
	%1139 = fmul float %214, %1122
	%1140 = fmul float %215, %1122
	%1141 = fmul float %216, %1126
	%1142 = fmul float %217, %1126
	%1143 = fmul float %218, %1122
	%1144 = fmul float %219, %1122
	%1145 = fmul float %220, %1126
	%1146 = fmul float %221, %1126
	%1147 = fmul float %222, %1122
	%1148 = fmul float %223, %1122
	%1149 = fmul float %224, %1126
	%1150 = fmul float %225, %1126
	%1151 = fmul float %226, %1122
	%1152 = fmul float %227, %1122
	%1153 = fmul float %228, %1126
	%1154 = fmul float %229, %1126
	%1155 = fmul float %230, %1122
	%1156 = fmul float %231, %1122
	%1157 = fmul float %232, %1126
	%1158 = fmul float %233, %1126
	%1159 = fmul float %235, %1122
	%1160 = fmul float %237, %1126
	br label %1161

1161:
	%1162 = phi float [ %202, %softmax ], [ %1127, %1118 ]
	%1163 = phi float [ %203, %softmax ], [ %1128, %1118 ]
	%1164 = phi float [ %204, %softmax ], [ %1129, %1118 ]
	%1165 = phi float [ %205, %softmax ], [ %1130, %1118 ]
	%1166 = phi float [ %206, %softmax ], [ %1131, %1118 ]
	%1167 = phi float [ %207, %softmax ], [ %1132, %1118 ]
	%1168 = phi float [ %208, %softmax ], [ %1133, %1118 ]
	%1169 = phi float [ %209, %softmax ], [ %1134, %1118 ]
	%1170 = phi float [ %210, %softmax ], [ %1135, %1118 ]
	%1171 = phi float [ %211, %softmax ], [ %1136, %1118 ]
	%1172 = phi float [ %212, %softmax ], [ %1137, %1118 ]
	%1173 = phi float [ %213, %softmax ], [ %1138, %1118 ]
	%1174 = phi float [ %214, %softmax ], [ %1139, %1118 ]
	%1175 = phi float [ %215, %softmax ], [ %1140, %1118 ]
	%1176 = phi float [ %216, %softmax ], [ %1141, %1118 ]
	%1177 = phi float [ %217, %softmax ], [ %1142, %1118 ]
	%1178 = phi float [ %218, %softmax ], [ %1143, %1118 ]
	%1179 = phi float [ %219, %softmax ], [ %1144, %1118 ]
	%1180 = phi float [ %220, %softmax ], [ %1145, %1118 ]
	%1181 = phi float [ %221, %softmax ], [ %1146, %1118 ]
	%1182 = phi float [ %222, %softmax ], [ %1147, %1118 ]
	%1183 = phi float [ %223, %softmax ], [ %1148, %1118 ]
	%1184 = phi float [ %224, %softmax ], [ %1149, %1118 ]
	%1185 = phi float [ %225, %softmax ], [ %1150, %1118 ]
	%1186 = phi float [ %226, %softmax ], [ %1151, %1118 ]
	%1187 = phi float [ %227, %softmax ], [ %1152, %1118 ]
	%1188 = phi float [ %228, %softmax ], [ %1153, %1118 ]
	%1189 = phi float [ %229, %softmax ], [ %1154, %1118 ]
	%1190 = phi float [ %230, %softmax ], [ %1155, %1118 ]
	%1191 = phi float [ %231, %softmax ], [ %1156, %1118 ]
	%1192 = phi float [ %232, %softmax ], [ %1157, %1118 ]
	%1193 = phi float [ %233, %softmax ], [ %1158, %1118 ]
	%1194 = phi float [ %235, %softmax ], [ %1159, %1118 ]
	%1195 = phi float [ %237, %softmax ], [ %1160, %1118 ]
	%1196 = select i1 %1117, float %1089, float %234
	%1197 = fcmp oeq float %1196, 0xFFF0000000000000
	%1198 = select i1 %1197, float 0.0, float %1196
	%1199 = fneg float %1198
	%1200 = call float @llvm.fma.f32(float %1037, float 0x3FC7154760000000, float %1199)
	%1201 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1200)
	%1202 = call float @llvm.fma.f32(float %1038, float 0x3FC7154760000000, float %1199)
	%1203 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1202)
	%1204 = call float @llvm.fma.f32(float %1041, float 0x3FC7154760000000, float %1199)
	%1205 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1204)
	%1206 = call float @llvm.fma.f32(float %1042, float 0x3FC7154760000000, float %1199)
	%1207 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1206)
	%1208 = call float @llvm.fma.f32(float %1045, float 0x3FC7154760000000, float %1199)
	%1209 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1208)
	%1210 = call float @llvm.fma.f32(float %1046, float 0x3FC7154760000000, float %1199)
	%1211 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1210)
	%1212 = call float @llvm.fma.f32(float %1049, float 0x3FC7154760000000, float %1199)
	%1213 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1212)
	%1214 = call float @llvm.fma.f32(float %1050, float 0x3FC7154760000000, float %1199)
	%1215 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1214)
	%1216 = call float @llvm.fma.f32(float %1053, float 0x3FC7154760000000, float %1199)
	%1217 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1216)
	%1218 = call float @llvm.fma.f32(float %1054, float 0x3FC7154760000000, float %1199)
	%1219 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1218)
	%1220 = call float @llvm.fma.f32(float %1057, float 0x3FC7154760000000, float %1199)
	%1221 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1220)
	%1222 = call float @llvm.fma.f32(float %1058, float 0x3FC7154760000000, float %1199)
	%1223 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1222)
	%1224 = call float @llvm.fma.f32(float %1061, float 0x3FC7154760000000, float %1199)
	%1225 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1224)
	%1226 = call float @llvm.fma.f32(float %1062, float 0x3FC7154760000000, float %1199)
	%1227 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1226)
	%1228 = call float @llvm.fma.f32(float %1065, float 0x3FC7154760000000, float %1199)
	%1229 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1228)
	%1230 = call float @llvm.fma.f32(float %1066, float 0x3FC7154760000000, float %1199)
	%1231 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1230)
	%1232 = fadd float %1201, %1203
	%1233 = fadd float %1205, %1207
	%1234 = fadd float %1209, %1211
	%1235 = fadd float %1213, %1215
	%1236 = fadd float %1217, %1219
	%1237 = fadd float %1221, %1223
	%1238 = fadd float %1225, %1227
	%1239 = fadd float %1229, %1231
	%1240 = fadd float %1232, %1233
	%1241 = fadd float %1234, %1235
	%1242 = fadd float %1236, %1237
	%1243 = fadd float %1238, %1239
	%1244 = fadd float %1240, %1241
	%1245 = fadd float %1242, %1243
	%1246 = fadd float %1244, %1245
	%1247 = fadd float %1194, %1246
	%1248 = select i1 %1117, float %1113, float %236
	%1249 = fcmp oeq float %1248, 0xFFF0000000000000
	%1250 = select i1 %1249, float 0.0, float %1248
	%1251 = fneg float %1250
	%1252 = call float @llvm.fma.f32(float %1039, float 0x3FC7154760000000, float %1251)
	%1253 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1252)
	%1254 = call float @llvm.fma.f32(float %1040, float 0x3FC7154760000000, float %1251)
	%1255 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1254)
	%1256 = call float @llvm.fma.f32(float %1043, float 0x3FC7154760000000, float %1251)
	%1257 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1256)
	%1258 = call float @llvm.fma.f32(float %1044, float 0x3FC7154760000000, float %1251)
	%1259 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1258)
	%1260 = call float @llvm.fma.f32(float %1047, float 0x3FC7154760000000, float %1251)
	%1261 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1260)
	%1262 = call float @llvm.fma.f32(float %1048, float 0x3FC7154760000000, float %1251)
	%1263 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1262)
	%1264 = call float @llvm.fma.f32(float %1051, float 0x3FC7154760000000, float %1251)
	%1265 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1264)
	%1266 = call float @llvm.fma.f32(float %1052, float 0x3FC7154760000000, float %1251)
	%1267 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1266)
	%1268 = call float @llvm.fma.f32(float %1055, float 0x3FC7154760000000, float %1251)
	%1269 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1268)
	%1270 = call float @llvm.fma.f32(float %1056, float 0x3FC7154760000000, float %1251)
	%1271 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1270)
	%1272 = call float @llvm.fma.f32(float %1059, float 0x3FC7154760000000, float %1251)
	%1273 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1272)
	%1274 = call float @llvm.fma.f32(float %1060, float 0x3FC7154760000000, float %1251)
	%1275 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1274)
	%1276 = call float @llvm.fma.f32(float %1063, float 0x3FC7154760000000, float %1251)
	%1277 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1276)
	%1278 = call float @llvm.fma.f32(float %1064, float 0x3FC7154760000000, float %1251)
	%1279 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1278)
	%1280 = call float @llvm.fma.f32(float %1067, float 0x3FC7154760000000, float %1251)
	%1281 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1280)
	%1282 = call float @llvm.fma.f32(float %1068, float 0x3FC7154760000000, float %1251)
	%1283 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1282)
	%1284 = fadd float %1253, %1255
	%1285 = fadd float %1257, %1259
	%1286 = fadd float %1261, %1263
	%1287 = fadd float %1265, %1267
	%1288 = fadd float %1269, %1271
	%1289 = fadd float %1273, %1275
	%1290 = fadd float %1277, %1279
	%1291 = fadd float %1281, %1283
	%1292 = fadd float %1284, %1285
	%1293 = fadd float %1286, %1287
	%1294 = fadd float %1288, %1289
	%1295 = fadd float %1290, %1291
	%1296 = fadd float %1292, %1293
	%1297 = fadd float %1294, %1295
	%1298 = fadd float %1296, %1297
	%1299 = fadd float %1195, %1298
	%1300 = icmp eq i32 %13, 0
	%1301 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1246, i32 1, i32 31)
	%1302 = fadd float %1246, %1301
	%1303 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1302, i32 2, i32 31)
	%1304 = fadd float %1302, %1303
	%1305 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1247, i32 1, i32 31)
	%1306 = fadd float %1247, %1305
	%1307 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1306, i32 2, i32 31)
	%1308 = fadd float %1306, %1307
	%1309 = fcmp ogt float %1308, 0.0
	%1310 = icmp slt i32 %483, %M
	%1311 = and i1 %1309, %1310
	%1312 = select i1 %1311, float %1308, float 1.0
	%1313 = fdiv float %1304, %1312
	%1314 = call float @llvm.nvvm.fmax.f(float 0.0, float %1313)
	%1315 = select i1 %1311, float %1314, float 0.0
	%1316 = and i1 %1311, %1300
	%1317 = fadd float 0.0, 1.0
	%1318 = select i1 %1316, float %1317, float 0.0
	%1319 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1298, i32 1, i32 31)
	%1320 = fadd float %1298, %1319
	%1321 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1320, i32 2, i32 31)
	%1322 = fadd float %1320, %1321
	%1323 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1299, i32 1, i32 31)
	%1324 = fadd float %1299, %1323
	%1325 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1324, i32 2, i32 31)
	%1326 = fadd float %1324, %1325
	%1327 = fcmp ogt float %1326, 0.0
	%1328 = icmp slt i32 %487, %M
	%1329 = and i1 %1327, %1328
	%1330 = select i1 %1329, float %1326, float 1.0
	%1331 = fdiv float %1322, %1330
	%1332 = call float @llvm.nvvm.fmax.f(float %1315, float %1331)
	%1333 = select i1 %1329, float %1332, float %1315
	%1334 = and i1 %1329, %1300
	%1335 = fadd float %1318, 1.0
	%1336 = select i1 %1334, float %1335, float %1318
	%1337 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1333, i32 16, i32 31)
	%1338 = call float @llvm.nvvm.fmax.f(float %1333, float %1337)
	%1339 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1336, i32 16, i32 31)
	%1340 = fadd float %1336, %1339
	%1341 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1338, i32 8, i32 31)
	%1342 = call float @llvm.nvvm.fmax.f(float %1338, float %1341)
	%1343 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1340, i32 8, i32 31)
	%1344 = fadd float %1340, %1343
	%1345 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1342, i32 4, i32 31)
	%1346 = call float @llvm.nvvm.fmax.f(float %1342, float %1345)
	%1347 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1344, i32 4, i32 31)
	%1348 = fadd float %1344, %1347
	%1349 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1346, i32 2, i32 31)
	%1350 = call float @llvm.nvvm.fmax.f(float %1346, float %1349)
	%1351 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1348, i32 2, i32 31)
	%1352 = fadd float %1348, %1351
	%1353 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1350, i32 1, i32 31)
	%1354 = call float @llvm.nvvm.fmax.f(float %1350, float %1353)
	%1355 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1352, i32 1, i32 31)
	%1356 = fadd float %1352, %1355
	%1357 = icmp eq i32 %11, 0
	br i1 %1357, label %1358, label %1365

1358:
	%1359 = mul i32 %10, 2
	%1360 = add i32 %1359, 0
	%1361 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1360
	store float %1354, float addrspace(3)* %1361
	%1362 = mul i32 %10, 2
	%1363 = add i32 %1362, 1
	%1364 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1363
	store float %1356, float addrspace(3)* %1364
	br label %1365

1365:
	%1366 = add i32 %200, 1
	%1367 = icmp slt i32 %1366, %NK
	%1368 = select i1 %1367, i32 %1366, i32 0
	%1369 = add i32 %48, %1368
	%1370 = sext i32 %1369 to i64
	%1371 = getelementptr i32, i32* %list, i64 %1370
	%1372 = load i32, i32* %1371
	%1373 = select i1 %1367, i32 %1372, i32 -1
	%1374 = icmp sge i32 %1373, 0
	%1375 = select i1 %1374, i32 %1373, i32 0
	%1376 = mul i32 %1375, 64
	%1377 = lshr i32 %9, 3
	%1378 = add i32 %1376, %1377
	%1379 = add i32 %1378, 0
	%1380 = icmp slt i32 %1379, %N
	%1381 = select i1 %1380, i32 %1379, i32 0
	%1382 = sext i32 %1381 to i64
	%1383 = getelementptr i32, i32* %58, i64 %1382
	%1384 = load i32, i32* %1383
	%1385 = add i32 %1378, 16
	%1386 = icmp slt i32 %1385, %N
	%1387 = select i1 %1386, i32 %1385, i32 0
	%1388 = sext i32 %1387 to i64
	%1389 = getelementptr i32, i32* %58, i64 %1388
	%1390 = load i32, i32* %1389
	%1391 = add i32 %1378, 32
	%1392 = icmp slt i32 %1391, %N
	%1393 = select i1 %1392, i32 %1391, i32 0
	%1394 = sext i32 %1393 to i64
	%1395 = getelementptr i32, i32* %58, i64 %1394
	%1396 = load i32, i32* %1395
	%1397 = add i32 %1378, 48
	%1398 = icmp slt i32 %1397, %N
	%1399 = select i1 %1398, i32 %1397, i32 0
	%1400 = sext i32 %1399 to i64
	%1401 = getelementptr i32, i32* %58, i64 %1400
	%1402 = load i32, i32* %1401
	%1403 = add i32 %NK, %200
	%1404 = add i32 %48, %1403
	%1405 = sext i32 %1404 to i64
	%1406 = getelementptr i32, i32* %list, i64 %1405
	%1407 = load i32, i32* %1406
	%1408 = icmp eq i32 %1407, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%1409 = mul i32 0, 2
	%1410 = add i32 %1409, 0
	%1411 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1410
	%1412 = load float, float addrspace(3)* %1411
	%1413 = call float @llvm.nvvm.fmax.f(float 0.0, float %1412)
	%1414 = mul i32 0, 2
	%1415 = add i32 %1414, 1
	%1416 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1415
	%1417 = load float, float addrspace(3)* %1416
	%1418 = fadd float 0.0, %1417
	%1419 = mul i32 1, 2
	%1420 = add i32 %1419, 0
	%1421 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1420
	%1422 = load float, float addrspace(3)* %1421
	%1423 = call float @llvm.nvvm.fmax.f(float %1413, float %1422)
	%1424 = mul i32 1, 2
	%1425 = add i32 %1424, 1
	%1426 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1425
	%1427 = load float, float addrspace(3)* %1426
	%1428 = fadd float %1418, %1427
	%1429 = mul i32 2, 2
	%1430 = add i32 %1429, 0
	%1431 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1430
	%1432 = load float, float addrspace(3)* %1431
	%1433 = call float @llvm.nvvm.fmax.f(float %1423, float %1432)
	%1434 = mul i32 2, 2
	%1435 = add i32 %1434, 1
	%1436 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1435
	%1437 = load float, float addrspace(3)* %1436
	%1438 = fadd float %1428, %1437
	%1439 = mul i32 3, 2
	%1440 = add i32 %1439, 0
	%1441 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1440
	%1442 = load float, float addrspace(3)* %1441
	%1443 = call float @llvm.nvvm.fmax.f(float %1433, float %1442)
	%1444 = mul i32 3, 2
	%1445 = add i32 %1444, 1
	%1446 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1445
	%1447 = load float, float addrspace(3)* %1446
	%1448 = fadd float %1438, %1447
	%1449 = fcmp ogt float %1448, 0.0
	%1450 = and i1 %1408, %1449
	%1451 = fcmp olt float %1443, 0x3F50624DE0000000
	%1452 = and i1 %1450, %1451
	%1453 = xor i1 %1452, true
	%1454 = and i1 %1374, %1453
	br i1 %1454, label %prefetch, label %pv

prefetch:
	%1455 = mul i32 %1373, 64
	%1456 = lshr i32 %9, 3
	%1457 = and i32 %9, 7
	%1458 = lshr i32 %1457, 3
	%1459 = mul i32 %1458, u0x2000
	%1460 = and i32 %1457, 7
	%1461 = and i32 %1456, 7
	%1462 = xor i32 %1460, %1461
	%1463 = mul i32 %1456, 128
	%1464 = shl i32 %1462, 4
	%1465 = add i32 %1463, %1464
	%1466 = add i32 %1459, %1465
	%1467 = add i32 %0, %1466
	%1468 = add i32 %1455, %1456
	%1469 = add i32 %1468, 0
	%1470 = icmp slt i32 %1469, %N
	%1471 = mul i32 %1384, 64
	%1472 = mul i32 %1457, 8
	%1473 = add i32 %1471, %1472
	%1474 = sext i32 %1473 to i64
	%1475 = getelementptr i16, i16* %39, i64 %1474
	%1476 = add i32 %1467, 0
	%1477 = select i1 %1470, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1476, i16* %1475, i32 %1477)
	%1478 = add i32 %1468, 16
	%1479 = icmp slt i32 %1478, %N
	%1480 = mul i32 %1390, 64
	%1481 = mul i32 %1457, 8
	%1482 = add i32 %1480, %1481
	%1483 = sext i32 %1482 to i64
	%1484 = getelementptr i16, i16* %39, i64 %1483
	%1485 = add i32 %1467, 2048
	%1486 = select i1 %1479, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1485, i16* %1484, i32 %1486)
	%1487 = add i32 %1468, 32
	%1488 = icmp slt i32 %1487, %N
	%1489 = mul i32 %1396, 64
	%1490 = mul i32 %1457, 8
	%1491 = add i32 %1489, %1490
	%1492 = sext i32 %1491 to i64
	%1493 = getelementptr i16, i16* %39, i64 %1492
	%1494 = add i32 %1467, u0x1000
	%1495 = select i1 %1488, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1494, i16* %1493, i32 %1495)
	%1496 = add i32 %1468, 48
	%1497 = icmp slt i32 %1496, %N
	%1498 = mul i32 %1402, 64
	%1499 = mul i32 %1457, 8
	%1500 = add i32 %1498, %1499
	%1501 = sext i32 %1500 to i64
	%1502 = getelementptr i16, i16* %39, i64 %1501
	%1503 = add i32 %1467, 6144
	%1504 = select i1 %1497, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1503, i16* %1502, i32 %1504)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1505 = and i32 %11, 7
	%1506 = lshr i32 %11, 3
	%1507 = and i32 %1506, 1
	%1508 = shl i32 %1507, 3
	%1509 = add i32 %1505, %1508
	%1510 = mul i32 %1509, 128
	%1511 = add i32 %1, %1510
	%1512 = and i32 %11, 7
	%1513 = xor i32 %113, %1512
	%1514 = shl i32 %1513, 4
	%1515 = add i32 %1511, %1514
	%1516 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1203, float %1201)
	%1517 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1255, float %1253)
	%1518 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1207, float %1205)
	%1519 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1259, float %1257)
	%1520 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1211, float %1209)
	%1521 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1263, float %1261)
	%1522 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1215, float %1213)
	%1523 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1267, float %1265)
	%1524 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1219, float %1217)
	%1525 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1271, float %1269)
	%1526 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1223, float %1221)
	%1527 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1275, float %1273)
	%1528 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1227, float %1225)
	%1529 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1279, float %1277)
	%1530 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1231, float %1229)
	%1531 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1283, float %1281)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1532 = add i32 %8, 0
	%1533 = zext i32 %1532 to i64
	%1534 = or i64 %1533, u0x4000004002000000
	%1535 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1162, float %1163, float %1164, float %1165, float %1166, float %1167, float %1168, float %1169, float %1170, float %1171, float %1172, float %1173, float %1174, float %1175, float %1176, float %1177, float %1178, float %1179, float %1180, float %1181, float %1182, float %1183, float %1184, float %1185, float %1186, float %1187, float %1188, float %1189, float %1190, float %1191, float %1192, float %1193, i32 %1516, i32 %1517, i32 %1518, i32 %1519, i64 %1534, i32 1)
	%1536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 0
	%1537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 1
	%1538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 2
	%1539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 3
	%1540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 4
	%1541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 5
	%1542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 6
	%1543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 7
	%1544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 8
	%1545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 9
	%1546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 10
	%1547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 11
	%1548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 12
	%1549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 13
	%1550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 14
	%1551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 15
	%1552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 16
	%1553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 17
	%1554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 18
	%1555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 19
	%1556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 20
	%1557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 21
	%1558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 22
	%1559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 23
	%1560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 24
	%1561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 25
	%1562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 26
	%1563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 27
	%1564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 28
	%1565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 29
	%1566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 30
	%1567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1535, 31
	%1568 = add i32 %8, 128
	%1569 = zext i32 %1568 to i64
	%1570 = or i64 %1569, u0x4000004002000000
	%1571 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1536, float %1537, float %1538, float %1539, float %1540, float %1541, float %1542, float %1543, float %1544, float %1545, float %1546, float %1547, float %1548, float %1549, float %1550, float %1551, float %1552, float %1553, float %1554, float %1555, float %1556, float %1557, float %1558, float %1559, float %1560, float %1561, float %1562, float %1563, float %1564, float %1565, float %1566, float %1567, i32 %1520, i32 %1521, i32 %1522, i32 %1523, i64 %1570, i32 1)
	%1572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 0
	%1573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 1
	%1574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 2
	%1575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 3
	%1576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 4
	%1577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 5
	%1578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 6
	%1579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 7
	%1580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 8
	%1581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 9
	%1582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 10
	%1583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 11
	%1584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 12
	%1585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 13
	%1586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 14
	%1587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 15
	%1588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 16
	%1589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 17
	%1590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 18
	%1591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 19
	%1592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 20
	%1593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 21
	%1594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 22
	%1595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 23
	%1596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 24
	%1597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 25
	%1598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 26
	%1599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 27
	%1600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 28
	%1601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 29
	%1602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 30
	%1603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1571, 31
	%1604 = add i32 %8, 256
	%1605 = zext i32 %1604 to i64
	%1606 = or i64 %1605, u0x4000004002000000
	%1607 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1572, float %1573, float %1574, float %1575, float %1576, float %1577, float %1578, float %1579, float %1580, float %1581, float %1582, float %1583, float %1584, float %1585, float %1586, float %1587, float %1588, float %1589, float %1590, float %1591, float %1592, float %1593, float %1594, float %1595, float %1596, float %1597, float %1598, float %1599, float %1600, float %1601, float %1602, float %1603, i32 %1524, i32 %1525, i32 %1526, i32 %1527, i64 %1606, i32 1)
	%1608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 0
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 1
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 2
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 3
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 4
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 5
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 6
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 7
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 8
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 9
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 10
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 11
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 12
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 13
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 14
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 15
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 16
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 17
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 18
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 19
	%1628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 20
	%1629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 21
	%1630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 22
	%1631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 23
	%1632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 24
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 25
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 26
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 27
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 28
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 29
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 30
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1607, 31
	%1640 = add i32 %8, 384
	%1641 = zext i32 %1640 to i64
	%1642 = or i64 %1641, u0x4000004002000000
	%1643 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1608, float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, float %1628, float %1629, float %1630, float %1631, float %1632, float %1633, float %1634, float %1635, float %1636, float %1637, float %1638, float %1639, i32 %1528, i32 %1529, i32 %1530, i32 %1531, i64 %1642, i32 1)
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 0
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 1
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 2
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 3
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 4
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 5
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 6
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 7
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 8
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 9
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 10
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 11
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 12
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 13
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 14
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 15
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 16
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 17
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 18
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 19
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 20
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 21
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 22
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 23
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 24
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 25
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 26
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 27
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 28
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 29
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 30
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1643, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%1697 = call float asm sideeffect "", "=f,0"(float %1665)
	%1698 = call float asm sideeffect "", "=f,0"(float %1666)
	%1699 = call float asm sideeffect "", "=f,0"(float %1667)
	%1700 = call float asm sideeffect "", "=f,0"(float %1668)
	%1701 = call float asm sideeffect "", "=f,0"(float %1669)
	%1702 = call float asm sideeffect "", "=f,0"(float %1670)
	%1703 = call float asm sideeffect "", "=f,0"(float %1671)
	%1704 = call float asm sideeffect "", "=f,0"(float %1672)
	%1705 = call float asm sideeffect "", "=f,0"(float %1673)
	%1706 = call float asm sideeffect "", "=f,0"(float %1674)
	%1707 = call float asm sideeffect "", "=f,0"(float %1675)
	br i1 %1454, label %loop, label %epilogue

store0:
	%1708 = mul i32 %29, %M
	%1709 = add i32 %1708, %539
	%1710 = mul i32 %1709, 64
	%1711 = shl i32 %13, 1
	%1712 = add i32 0, %1711
	%1713 = add i32 %1710, %1712
	%1714 = sext i32 %1713 to i64
	%1715 = getelementptr i16, i16* %out, i64 %1714
	%1716 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %541, float %540)
	%1717 = bitcast i16* %1715 to i32*
	store i32 %1716, i32* %1717
	%1718 = shl i32 %13, 1
	%1719 = add i32 8, %1718
	%1720 = add i32 %1710, %1719
	%1721 = sext i32 %1720 to i64
	%1722 = getelementptr i16, i16* %out, i64 %1721
	%1723 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %543, float %542)
	%1724 = bitcast i16* %1722 to i32*
	store i32 %1723, i32* %1724
	%1725 = shl i32 %13, 1
	%1726 = add i32 16, %1725
	%1727 = add i32 %1710, %1726
	%1728 = sext i32 %1727 to i64
	%1729 = getelementptr i16, i16* %out, i64 %1728
	%1730 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %545, float %544)
	%1731 = bitcast i16* %1729 to i32*
	store i32 %1730, i32* %1731
	%1732 = shl i32 %13, 1
	%1733 = add i32 24, %1732
	%1734 = add i32 %1710, %1733
	%1735 = sext i32 %1734 to i64
	%1736 = getelementptr i16, i16* %out, i64 %1735
	%1737 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %547, float %546)
	%1738 = bitcast i16* %1736 to i32*
	store i32 %1737, i32* %1738
	%1739 = shl i32 %13, 1
	%1740 = add i32 32, %1739
	%1741 = add i32 %1710, %1740
	%1742 = sext i32 %1741 to i64
	%1743 = getelementptr i16, i16* %out, i64 %1742
	%1744 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %549, float %548)
	%1745 = bitcast i16* %1743 to i32*
	store i32 %1744, i32* %1745
	%1746 = shl i32 %13, 1
	%1747 = add i32 40, %1746
	%1748 = add i32 %1710, %1747
	%1749 = sext i32 %1748 to i64
	%1750 = getelementptr i16, i16* %out, i64 %1749
	%1751 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %551, float %550)
	%1752 = bitcast i16* %1750 to i32*
	store i32 %1751, i32* %1752
	%1753 = shl i32 %13, 1
	%1754 = add i32 48, %1753
	%1755 = add i32 %1710, %1754
	%1756 = sext i32 %1755 to i64
	%1757 = getelementptr i16, i16* %out, i64 %1756
	%1758 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %553, float %552)
	%1759 = bitcast i16* %1757 to i32*
	store i32 %1758, i32* %1759
	%1760 = shl i32 %13, 1
	%1761 = add i32 56, %1760
	%1762 = add i32 %1710, %1761
	%1763 = sext i32 %1762 to i64
	%1764 = getelementptr i16, i16* %out, i64 %1763
	%1765 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %555, float %554)
	%1766 = bitcast i16* %1764 to i32*
	store i32 %1765, i32* %1766
	br label %stored0

stored0:
	%1767 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %495, i32 1, i32 31)
	%1768 = fadd float %495, %1767
	%1769 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1768, i32 2, i32 31)
	%1770 = fadd float %1768, %1769
	%1771 = fcmp ogt float %1770, 0.0
	%1772 = fdiv float 1.0, %1770
	%1773 = select i1 %1771, float %1772, float 0.0
	%1774 = mul i32 %10, 16
	%1775 = add i32 %31, %1774
	%1776 = add i32 %12, 8
	%1777 = add i32 %1775, %1776
	%1778 = fmul float %499, %1773
	%1779 = fmul float %500, %1773
	%1780 = fmul float %503, %1773
	%1781 = fmul float %504, %1773
	%1782 = fmul float %507, %1773
	%1783 = fmul float %508, %1773
	%1784 = fmul float %511, %1773
	%1785 = fmul float %512, %1773
	%1786 = fmul float %515, %1773
	%1787 = fmul float %516, %1773
	%1788 = fmul float %519, %1773
	%1789 = fmul float %520, %1773
	%1790 = fmul float %523, %1773
	%1791 = fmul float %524, %1773
	%1792 = fmul float %527, %1773
	%1793 = fmul float %528, %1773
	%1794 = icmp slt i32 %1777, %M
	br i1 %1794, label %store1, label %stored1

store1:
	%1795 = mul i32 %29, %M
	%1796 = add i32 %1795, %1777
	%1797 = mul i32 %1796, 64
	%1798 = shl i32 %13, 1
	%1799 = add i32 0, %1798
	%1800 = add i32 %1797, %1799
	%1801 = sext i32 %1800 to i64
	%1802 = getelementptr i16, i16* %out, i64 %1801
	%1803 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1779, float %1778)
	%1804 = bitcast i16* %1802 to i32*
	store i32 %1803, i32* %1804
	%1805 = shl i32 %13, 1
	%1806 = add i32 8, %1805
	%1807 = add i32 %1797, %1806
	%1808 = sext i32 %1807 to i64
	%1809 = getelementptr i16, i16* %out, i64 %1808
	%1810 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1781, float %1780)
	%1811 = bitcast i16* %1809 to i32*
	store i32 %1810, i32* %1811
	%1812 = shl i32 %13, 1
	%1813 = add i32 16, %1812
	%1814 = add i32 %1797, %1813
	%1815 = sext i32 %1814 to i64
	%1816 = getelementptr i16, i16* %out, i64 %1815
	%1817 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1783, float %1782)
	%1818 = bitcast i16* %1816 to i32*
	store i32 %1817, i32* %1818
	%1819 = shl i32 %13, 1
	%1820 = add i32 24, %1819
	%1821 = add i32 %1797, %1820
	%1822 = sext i32 %1821 to i64
	%1823 = getelementptr i16, i16* %out, i64 %1822
	%1824 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1785, float %1784)
	%1825 = bitcast i16* %1823 to i32*
	store i32 %1824, i32* %1825
	%1826 = shl i32 %13, 1
	%1827 = add i32 32, %1826
	%1828 = add i32 %1797, %1827
	%1829 = sext i32 %1828 to i64
	%1830 = getelementptr i16, i16* %out, i64 %1829
	%1831 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1787, float %1786)
	%1832 = bitcast i16* %1830 to i32*
	store i32 %1831, i32* %1832
	%1833 = shl i32 %13, 1
	%1834 = add i32 40, %1833
	%1835 = add i32 %1797, %1834
	%1836 = sext i32 %1835 to i64
	%1837 = getelementptr i16, i16* %out, i64 %1836
	%1838 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1789, float %1788)
	%1839 = bitcast i16* %1837 to i32*
	store i32 %1838, i32* %1839
	%1840 = shl i32 %13, 1
	%1841 = add i32 48, %1840
	%1842 = add i32 %1797, %1841
	%1843 = sext i32 %1842 to i64
	%1844 = getelementptr i16, i16* %out, i64 %1843
	%1845 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1791, float %1790)
	%1846 = bitcast i16* %1844 to i32*
	store i32 %1845, i32* %1846
	%1847 = shl i32 %13, 1
	%1848 = add i32 56, %1847
	%1849 = add i32 %1797, %1848
	%1850 = sext i32 %1849 to i64
	%1851 = getelementptr i16, i16* %out, i64 %1850
	%1852 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1793, float %1792)
	%1853 = bitcast i16* %1851 to i32*
	store i32 %1852, i32* %1853
	br label %stored1

stored1:
	%1854 = icmp eq i32 %9, 0
	br i1 %1854, label %1855, label %1860

1855:
	%1856 = mul i32 %29, %NQ
	%1857 = add i32 %1856, %27
	%1858 = sext i32 %1857 to i64
	%1859 = getelementptr i32, i32* %visits, i64 %1858
	store i32 %496, i32* %1859
	br label %1860

1860:
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
