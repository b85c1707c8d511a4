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
@s2o_permute0_pf = external addrspace(3) global [0 x i8], align 16
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
	%235 = mul i32 %4, 256
	%236 = add i32 %235, %3
	%237 = add i32 %236, 0
	%238 = add i32 0, %237
	%239 = icmp slt i32 %238, %9
	%240 = select i1 %239, i32 %238, i32 0
	%241 = select i1 %239, i32 4, i32 0
	%242 = mul i32 0, u0x1000
	%243 = add i32 %236, 0
	%244 = add i32 0, %243
	%245 = add i32 %242, %244
	%246 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%247 = mul i32 %245, 4
	%248 = getelementptr i8, i8 addrspace(3)* %246, i32 %247
	%249 = bitcast i8 addrspace(3)* %248 to i32 addrspace(3)*
	%250 = ptrtoint i32 addrspace(3)* %249 to i32
	%251 = sext i32 %240 to i64
	%252 = getelementptr i32, i32* %44, i64 %251
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %250, i32* %252, i32 %241)
	%253 = mul i32 0, u0x1000
	%254 = add i32 %236, 0
	%255 = add i32 2048, %254
	%256 = add i32 %253, %255
	%257 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%258 = mul i32 %256, 4
	%259 = getelementptr i8, i8 addrspace(3)* %257, i32 %258
	%260 = bitcast i8 addrspace(3)* %259 to i32 addrspace(3)*
	%261 = ptrtoint i32 addrspace(3)* %260 to i32
	%262 = sext i32 %240 to i64
	%263 = getelementptr i32, i32* %15, i64 %262
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %261, i32* %263, i32 %241)
	%264 = add i32 %236, 32
	%265 = add i32 0, %264
	%266 = icmp slt i32 %265, %9
	%267 = select i1 %266, i32 %265, i32 0
	%268 = select i1 %266, i32 4, i32 0
	%269 = mul i32 0, u0x1000
	%270 = add i32 %236, 32
	%271 = add i32 0, %270
	%272 = add i32 %269, %271
	%273 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%274 = mul i32 %272, 4
	%275 = getelementptr i8, i8 addrspace(3)* %273, i32 %274
	%276 = bitcast i8 addrspace(3)* %275 to i32 addrspace(3)*
	%277 = ptrtoint i32 addrspace(3)* %276 to i32
	%278 = sext i32 %267 to i64
	%279 = getelementptr i32, i32* %44, i64 %278
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %277, i32* %279, i32 %268)
	%280 = mul i32 0, u0x1000
	%281 = add i32 %236, 32
	%282 = add i32 2048, %281
	%283 = add i32 %280, %282
	%284 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%285 = mul i32 %283, 4
	%286 = getelementptr i8, i8 addrspace(3)* %284, i32 %285
	%287 = bitcast i8 addrspace(3)* %286 to i32 addrspace(3)*
	%288 = ptrtoint i32 addrspace(3)* %287 to i32
	%289 = sext i32 %267 to i64
	%290 = getelementptr i32, i32* %15, i64 %289
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %288, i32* %290, i32 %268)
	%291 = add i32 %236, 64
	%292 = add i32 0, %291
	%293 = icmp slt i32 %292, %9
	%294 = select i1 %293, i32 %292, i32 0
	%295 = select i1 %293, i32 4, i32 0
	%296 = mul i32 0, u0x1000
	%297 = add i32 %236, 64
	%298 = add i32 0, %297
	%299 = add i32 %296, %298
	%300 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%301 = mul i32 %299, 4
	%302 = getelementptr i8, i8 addrspace(3)* %300, i32 %301
	%303 = bitcast i8 addrspace(3)* %302 to i32 addrspace(3)*
	%304 = ptrtoint i32 addrspace(3)* %303 to i32
	%305 = sext i32 %294 to i64
	%306 = getelementptr i32, i32* %44, i64 %305
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %304, i32* %306, i32 %295)
	%307 = mul i32 0, u0x1000
	%308 = add i32 %236, 64
	%309 = add i32 2048, %308
	%310 = add i32 %307, %309
	%311 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%312 = mul i32 %310, 4
	%313 = getelementptr i8, i8 addrspace(3)* %311, i32 %312
	%314 = bitcast i8 addrspace(3)* %313 to i32 addrspace(3)*
	%315 = ptrtoint i32 addrspace(3)* %314 to i32
	%316 = sext i32 %294 to i64
	%317 = getelementptr i32, i32* %15, i64 %316
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %315, i32* %317, i32 %295)
	%318 = add i32 %236, 96
	%319 = add i32 0, %318
	%320 = icmp slt i32 %319, %9
	%321 = select i1 %320, i32 %319, i32 0
	%322 = select i1 %320, i32 4, i32 0
	%323 = mul i32 0, u0x1000
	%324 = add i32 %236, 96
	%325 = add i32 0, %324
	%326 = add i32 %323, %325
	%327 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%328 = mul i32 %326, 4
	%329 = getelementptr i8, i8 addrspace(3)* %327, i32 %328
	%330 = bitcast i8 addrspace(3)* %329 to i32 addrspace(3)*
	%331 = ptrtoint i32 addrspace(3)* %330 to i32
	%332 = sext i32 %321 to i64
	%333 = getelementptr i32, i32* %44, i64 %332
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %331, i32* %333, i32 %322)
	%334 = mul i32 0, u0x1000
	%335 = add i32 %236, 96
	%336 = add i32 2048, %335
	%337 = add i32 %334, %336
	%338 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%339 = mul i32 %337, 4
	%340 = getelementptr i8, i8 addrspace(3)* %338, i32 %339
	%341 = bitcast i8 addrspace(3)* %340 to i32 addrspace(3)*
	%342 = ptrtoint i32 addrspace(3)* %341 to i32
	%343 = sext i32 %321 to i64
	%344 = getelementptr i32, i32* %15, i64 %343
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %342, i32* %344, i32 %322)
	%345 = add i32 %236, 128
	%346 = add i32 0, %345
	%347 = icmp slt i32 %346, %9
	%348 = select i1 %347, i32 %346, i32 0
	%349 = select i1 %347, i32 4, i32 0
	%350 = mul i32 0, u0x1000
	%351 = add i32 %236, 128
	%352 = add i32 0, %351
	%353 = add i32 %350, %352
	%354 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%355 = mul i32 %353, 4
	%356 = getelementptr i8, i8 addrspace(3)* %354, i32 %355
	%357 = bitcast i8 addrspace(3)* %356 to i32 addrspace(3)*
	%358 = ptrtoint i32 addrspace(3)* %357 to i32
	%359 = sext i32 %348 to i64
	%360 = getelementptr i32, i32* %44, i64 %359
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %358, i32* %360, i32 %349)
	%361 = mul i32 0, u0x1000
	%362 = add i32 %236, 128
	%363 = add i32 2048, %362
	%364 = add i32 %361, %363
	%365 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%366 = mul i32 %364, 4
	%367 = getelementptr i8, i8 addrspace(3)* %365, i32 %366
	%368 = bitcast i8 addrspace(3)* %367 to i32 addrspace(3)*
	%369 = ptrtoint i32 addrspace(3)* %368 to i32
	%370 = sext i32 %348 to i64
	%371 = getelementptr i32, i32* %15, i64 %370
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %369, i32* %371, i32 %349)
	%372 = add i32 %236, 160
	%373 = add i32 0, %372
	%374 = icmp slt i32 %373, %9
	%375 = select i1 %374, i32 %373, i32 0
	%376 = select i1 %374, i32 4, i32 0
	%377 = mul i32 0, u0x1000
	%378 = add i32 %236, 160
	%379 = add i32 0, %378
	%380 = add i32 %377, %379
	%381 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%382 = mul i32 %380, 4
	%383 = getelementptr i8, i8 addrspace(3)* %381, i32 %382
	%384 = bitcast i8 addrspace(3)* %383 to i32 addrspace(3)*
	%385 = ptrtoint i32 addrspace(3)* %384 to i32
	%386 = sext i32 %375 to i64
	%387 = getelementptr i32, i32* %44, i64 %386
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %385, i32* %387, i32 %376)
	%388 = mul i32 0, u0x1000
	%389 = add i32 %236, 160
	%390 = add i32 2048, %389
	%391 = add i32 %388, %390
	%392 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%393 = mul i32 %391, 4
	%394 = getelementptr i8, i8 addrspace(3)* %392, i32 %393
	%395 = bitcast i8 addrspace(3)* %394 to i32 addrspace(3)*
	%396 = ptrtoint i32 addrspace(3)* %395 to i32
	%397 = sext i32 %375 to i64
	%398 = getelementptr i32, i32* %15, i64 %397
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %396, i32* %398, i32 %376)
	%399 = add i32 %236, 192
	%400 = add i32 0, %399
	%401 = icmp slt i32 %400, %9
	%402 = select i1 %401, i32 %400, i32 0
	%403 = select i1 %401, i32 4, i32 0
	%404 = mul i32 0, u0x1000
	%405 = add i32 %236, 192
	%406 = add i32 0, %405
	%407 = add i32 %404, %406
	%408 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%409 = mul i32 %407, 4
	%410 = getelementptr i8, i8 addrspace(3)* %408, i32 %409
	%411 = bitcast i8 addrspace(3)* %410 to i32 addrspace(3)*
	%412 = ptrtoint i32 addrspace(3)* %411 to i32
	%413 = sext i32 %402 to i64
	%414 = getelementptr i32, i32* %44, i64 %413
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %412, i32* %414, i32 %403)
	%415 = mul i32 0, u0x1000
	%416 = add i32 %236, 192
	%417 = add i32 2048, %416
	%418 = add i32 %415, %417
	%419 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%420 = mul i32 %418, 4
	%421 = getelementptr i8, i8 addrspace(3)* %419, i32 %420
	%422 = bitcast i8 addrspace(3)* %421 to i32 addrspace(3)*
	%423 = ptrtoint i32 addrspace(3)* %422 to i32
	%424 = sext i32 %402 to i64
	%425 = getelementptr i32, i32* %15, i64 %424
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %423, i32* %425, i32 %403)
	%426 = add i32 %236, 224
	%427 = add i32 0, %426
	%428 = icmp slt i32 %427, %9
	%429 = select i1 %428, i32 %427, i32 0
	%430 = select i1 %428, i32 4, i32 0
	%431 = mul i32 0, u0x1000
	%432 = add i32 %236, 224
	%433 = add i32 0, %432
	%434 = add i32 %431, %433
	%435 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%436 = mul i32 %434, 4
	%437 = getelementptr i8, i8 addrspace(3)* %435, i32 %436
	%438 = bitcast i8 addrspace(3)* %437 to i32 addrspace(3)*
	%439 = ptrtoint i32 addrspace(3)* %438 to i32
	%440 = sext i32 %429 to i64
	%441 = getelementptr i32, i32* %44, i64 %440
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %439, i32* %441, i32 %430)
	%442 = mul i32 0, u0x1000
	%443 = add i32 %236, 224
	%444 = add i32 2048, %443
	%445 = add i32 %442, %444
	%446 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%447 = mul i32 %445, 4
	%448 = getelementptr i8, i8 addrspace(3)* %446, i32 %447
	%449 = bitcast i8 addrspace(3)* %448 to i32 addrspace(3)*
	%450 = ptrtoint i32 addrspace(3)* %449 to i32
	%451 = sext i32 %429 to i64
	%452 = getelementptr i32, i32* %15, i64 %451
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %450, i32* %452, i32 %430)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %453

453:
	%454 = phi i32 [ 0, %232 ], [ %1711, %1703 ]
	%455 = phi i32 [ 0, %232 ], [ %1710, %1703 ]
	%456 = icmp slt i32 %454, %9
	br i1 %456, label %457, label %644

457:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%458 = add i32 %236, 0
	%459 = add i32 %454, %458
	%460 = icmp slt i32 %459, %9
	%461 = mul i32 %455, u0x1000
	%462 = add i32 %236, 0
	%463 = add i32 0, %462
	%464 = add i32 %461, %463
	%465 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%466 = mul i32 %464, 4
	%467 = getelementptr i8, i8 addrspace(3)* %465, i32 %466
	%468 = bitcast i8 addrspace(3)* %467 to i32 addrspace(3)*
	%469 = load i32, i32 addrspace(3)* %468
	%470 = mul i32 %455, u0x1000
	%471 = add i32 %236, 0
	%472 = add i32 2048, %471
	%473 = add i32 %470, %472
	%474 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%475 = mul i32 %473, 4
	%476 = getelementptr i8, i8 addrspace(3)* %474, i32 %475
	%477 = bitcast i8 addrspace(3)* %476 to i32 addrspace(3)*
	%478 = load i32, i32 addrspace(3)* %477
	%479 = lshr i32 %469, 0
	%480 = and i32 %479, 255
	%481 = add i32 %236, 32
	%482 = add i32 %454, %481
	%483 = icmp slt i32 %482, %9
	%484 = mul i32 %455, u0x1000
	%485 = add i32 %236, 32
	%486 = add i32 0, %485
	%487 = add i32 %484, %486
	%488 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%489 = mul i32 %487, 4
	%490 = getelementptr i8, i8 addrspace(3)* %488, i32 %489
	%491 = bitcast i8 addrspace(3)* %490 to i32 addrspace(3)*
	%492 = load i32, i32 addrspace(3)* %491
	%493 = mul i32 %455, u0x1000
	%494 = add i32 %236, 32
	%495 = add i32 2048, %494
	%496 = add i32 %493, %495
	%497 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%498 = mul i32 %496, 4
	%499 = getelementptr i8, i8 addrspace(3)* %497, i32 %498
	%500 = bitcast i8 addrspace(3)* %499 to i32 addrspace(3)*
	%501 = load i32, i32 addrspace(3)* %500
	%502 = lshr i32 %492, 0
	%503 = and i32 %502, 255
	%504 = add i32 %236, 64
	%505 = add i32 %454, %504
	%506 = icmp slt i32 %505, %9
	%507 = mul i32 %455, u0x1000
	%508 = add i32 %236, 64
	%509 = add i32 0, %508
	%510 = add i32 %507, %509
	%511 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%512 = mul i32 %510, 4
	%513 = getelementptr i8, i8 addrspace(3)* %511, i32 %512
	%514 = bitcast i8 addrspace(3)* %513 to i32 addrspace(3)*
	%515 = load i32, i32 addrspace(3)* %514
	%516 = mul i32 %455, u0x1000
	%517 = add i32 %236, 64
	%518 = add i32 2048, %517
	%519 = add i32 %516, %518
	%520 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%521 = mul i32 %519, 4
	%522 = getelementptr i8, i8 addrspace(3)* %520, i32 %521
	%523 = bitcast i8 addrspace(3)* %522 to i32 addrspace(3)*
	%524 = load i32, i32 addrspace(3)* %523
	%525 = lshr i32 %515, 0
	%526 = and i32 %525, 255
	%527 = add i32 %236, 96
	%528 = add i32 %454, %527
	%529 = icmp slt i32 %528, %9
	%530 = mul i32 %455, u0x1000
	%531 = add i32 %236, 96
	%532 = add i32 0, %531
	%533 = add i32 %530, %532
	%534 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%535 = mul i32 %533, 4
	%536 = getelementptr i8, i8 addrspace(3)* %534, i32 %535
	%537 = bitcast i8 addrspace(3)* %536 to i32 addrspace(3)*
	%538 = load i32, i32 addrspace(3)* %537
	%539 = mul i32 %455, u0x1000
	%540 = add i32 %236, 96
	%541 = add i32 2048, %540
	%542 = add i32 %539, %541
	%543 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%544 = mul i32 %542, 4
	%545 = getelementptr i8, i8 addrspace(3)* %543, i32 %544
	%546 = bitcast i8 addrspace(3)* %545 to i32 addrspace(3)*
	%547 = load i32, i32 addrspace(3)* %546
	%548 = lshr i32 %538, 0
	%549 = and i32 %548, 255
	%550 = add i32 %236, 128
	%551 = add i32 %454, %550
	%552 = icmp slt i32 %551, %9
	%553 = mul i32 %455, u0x1000
	%554 = add i32 %236, 128
	%555 = add i32 0, %554
	%556 = add i32 %553, %555
	%557 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%558 = mul i32 %556, 4
	%559 = getelementptr i8, i8 addrspace(3)* %557, i32 %558
	%560 = bitcast i8 addrspace(3)* %559 to i32 addrspace(3)*
	%561 = load i32, i32 addrspace(3)* %560
	%562 = mul i32 %455, u0x1000
	%563 = add i32 %236, 128
	%564 = add i32 2048, %563
	%565 = add i32 %562, %564
	%566 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%567 = mul i32 %565, 4
	%568 = getelementptr i8, i8 addrspace(3)* %566, i32 %567
	%569 = bitcast i8 addrspace(3)* %568 to i32 addrspace(3)*
	%570 = load i32, i32 addrspace(3)* %569
	%571 = lshr i32 %561, 0
	%572 = and i32 %571, 255
	%573 = add i32 %236, 160
	%574 = add i32 %454, %573
	%575 = icmp slt i32 %574, %9
	%576 = mul i32 %455, u0x1000
	%577 = add i32 %236, 160
	%578 = add i32 0, %577
	%579 = add i32 %576, %578
	%580 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%581 = mul i32 %579, 4
	%582 = getelementptr i8, i8 addrspace(3)* %580, i32 %581
	%583 = bitcast i8 addrspace(3)* %582 to i32 addrspace(3)*
	%584 = load i32, i32 addrspace(3)* %583
	%585 = mul i32 %455, u0x1000
	%586 = add i32 %236, 160
	%587 = add i32 2048, %586
	%588 = add i32 %585, %587
	%589 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%590 = mul i32 %588, 4
	%591 = getelementptr i8, i8 addrspace(3)* %589, i32 %590
	%592 = bitcast i8 addrspace(3)* %591 to i32 addrspace(3)*
	%593 = load i32, i32 addrspace(3)* %592
	%594 = lshr i32 %584, 0
	%595 = and i32 %594, 255
	%596 = add i32 %236, 192
	%597 = add i32 %454, %596
	%598 = icmp slt i32 %597, %9
	%599 = mul i32 %455, u0x1000
	%600 = add i32 %236, 192
	%601 = add i32 0, %600
	%602 = add i32 %599, %601
	%603 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%604 = mul i32 %602, 4
	%605 = getelementptr i8, i8 addrspace(3)* %603, i32 %604
	%606 = bitcast i8 addrspace(3)* %605 to i32 addrspace(3)*
	%607 = load i32, i32 addrspace(3)* %606
	%608 = mul i32 %455, u0x1000
	%609 = add i32 %236, 192
	%610 = add i32 2048, %609
	%611 = add i32 %608, %610
	%612 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%613 = mul i32 %611, 4
	%614 = getelementptr i8, i8 addrspace(3)* %612, i32 %613
	%615 = bitcast i8 addrspace(3)* %614 to i32 addrspace(3)*
	%616 = load i32, i32 addrspace(3)* %615
	%617 = lshr i32 %607, 0
	%618 = and i32 %617, 255
	%619 = add i32 %236, 224
	%620 = add i32 %454, %619
	%621 = icmp slt i32 %620, %9
	%622 = mul i32 %455, u0x1000
	%623 = add i32 %236, 224
	%624 = add i32 0, %623
	%625 = add i32 %622, %624
	%626 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%627 = mul i32 %625, 4
	%628 = getelementptr i8, i8 addrspace(3)* %626, i32 %627
	%629 = bitcast i8 addrspace(3)* %628 to i32 addrspace(3)*
	%630 = load i32, i32 addrspace(3)* %629
	%631 = mul i32 %455, u0x1000
	%632 = add i32 %236, 224
	%633 = add i32 2048, %632
	%634 = add i32 %631, %633
	%635 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%636 = mul i32 %634, 4
	%637 = getelementptr i8, i8 addrspace(3)* %635, i32 %636
	%638 = bitcast i8 addrspace(3)* %637 to i32 addrspace(3)*
	%639 = load i32, i32 addrspace(3)* %638
	%640 = lshr i32 %630, 0
	%641 = and i32 %640, 255
	%642 = add i32 %454, 2048
	%643 = icmp slt i32 %642, %9
	br i1 %643, label %861, label %1079

644:
	call void @llvm.nvvm.barrier0()
	%645 = add i32 %236, 0
	%646 = add i32 0, %645
	%647 = icmp slt i32 %646, %9
	%648 = select i1 %647, i32 %646, i32 0
	%649 = select i1 %647, i32 4, i32 0
	%650 = mul i32 0, u0x1000
	%651 = add i32 %236, 0
	%652 = add i32 0, %651
	%653 = add i32 %650, %652
	%654 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%655 = mul i32 %653, 4
	%656 = getelementptr i8, i8 addrspace(3)* %654, i32 %655
	%657 = bitcast i8 addrspace(3)* %656 to i32 addrspace(3)*
	%658 = ptrtoint i32 addrspace(3)* %657 to i32
	%659 = sext i32 %648 to i64
	%660 = getelementptr i32, i32* %46, i64 %659
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %658, i32* %660, i32 %649)
	%661 = mul i32 0, u0x1000
	%662 = add i32 %236, 0
	%663 = add i32 2048, %662
	%664 = add i32 %661, %663
	%665 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%666 = mul i32 %664, 4
	%667 = getelementptr i8, i8 addrspace(3)* %665, i32 %666
	%668 = bitcast i8 addrspace(3)* %667 to i32 addrspace(3)*
	%669 = ptrtoint i32 addrspace(3)* %668 to i32
	%670 = sext i32 %648 to i64
	%671 = getelementptr i32, i32* %49, i64 %670
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %669, i32* %671, i32 %649)
	%672 = add i32 %236, 32
	%673 = add i32 0, %672
	%674 = icmp slt i32 %673, %9
	%675 = select i1 %674, i32 %673, i32 0
	%676 = select i1 %674, i32 4, i32 0
	%677 = mul i32 0, u0x1000
	%678 = add i32 %236, 32
	%679 = add i32 0, %678
	%680 = add i32 %677, %679
	%681 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%682 = mul i32 %680, 4
	%683 = getelementptr i8, i8 addrspace(3)* %681, i32 %682
	%684 = bitcast i8 addrspace(3)* %683 to i32 addrspace(3)*
	%685 = ptrtoint i32 addrspace(3)* %684 to i32
	%686 = sext i32 %675 to i64
	%687 = getelementptr i32, i32* %46, i64 %686
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %685, i32* %687, i32 %676)
	%688 = mul i32 0, u0x1000
	%689 = add i32 %236, 32
	%690 = add i32 2048, %689
	%691 = add i32 %688, %690
	%692 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%693 = mul i32 %691, 4
	%694 = getelementptr i8, i8 addrspace(3)* %692, i32 %693
	%695 = bitcast i8 addrspace(3)* %694 to i32 addrspace(3)*
	%696 = ptrtoint i32 addrspace(3)* %695 to i32
	%697 = sext i32 %675 to i64
	%698 = getelementptr i32, i32* %49, i64 %697
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %696, i32* %698, i32 %676)
	%699 = add i32 %236, 64
	%700 = add i32 0, %699
	%701 = icmp slt i32 %700, %9
	%702 = select i1 %701, i32 %700, i32 0
	%703 = select i1 %701, i32 4, i32 0
	%704 = mul i32 0, u0x1000
	%705 = add i32 %236, 64
	%706 = add i32 0, %705
	%707 = add i32 %704, %706
	%708 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%709 = mul i32 %707, 4
	%710 = getelementptr i8, i8 addrspace(3)* %708, i32 %709
	%711 = bitcast i8 addrspace(3)* %710 to i32 addrspace(3)*
	%712 = ptrtoint i32 addrspace(3)* %711 to i32
	%713 = sext i32 %702 to i64
	%714 = getelementptr i32, i32* %46, i64 %713
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %712, i32* %714, i32 %703)
	%715 = mul i32 0, u0x1000
	%716 = add i32 %236, 64
	%717 = add i32 2048, %716
	%718 = add i32 %715, %717
	%719 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%720 = mul i32 %718, 4
	%721 = getelementptr i8, i8 addrspace(3)* %719, i32 %720
	%722 = bitcast i8 addrspace(3)* %721 to i32 addrspace(3)*
	%723 = ptrtoint i32 addrspace(3)* %722 to i32
	%724 = sext i32 %702 to i64
	%725 = getelementptr i32, i32* %49, i64 %724
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %723, i32* %725, i32 %703)
	%726 = add i32 %236, 96
	%727 = add i32 0, %726
	%728 = icmp slt i32 %727, %9
	%729 = select i1 %728, i32 %727, i32 0
	%730 = select i1 %728, i32 4, i32 0
	%731 = mul i32 0, u0x1000
	%732 = add i32 %236, 96
	%733 = add i32 0, %732
	%734 = add i32 %731, %733
	%735 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%736 = mul i32 %734, 4
	%737 = getelementptr i8, i8 addrspace(3)* %735, i32 %736
	%738 = bitcast i8 addrspace(3)* %737 to i32 addrspace(3)*
	%739 = ptrtoint i32 addrspace(3)* %738 to i32
	%740 = sext i32 %729 to i64
	%741 = getelementptr i32, i32* %46, i64 %740
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %739, i32* %741, i32 %730)
	%742 = mul i32 0, u0x1000
	%743 = add i32 %236, 96
	%744 = add i32 2048, %743
	%745 = add i32 %742, %744
	%746 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%747 = mul i32 %745, 4
	%748 = getelementptr i8, i8 addrspace(3)* %746, i32 %747
	%749 = bitcast i8 addrspace(3)* %748 to i32 addrspace(3)*
	%750 = ptrtoint i32 addrspace(3)* %749 to i32
	%751 = sext i32 %729 to i64
	%752 = getelementptr i32, i32* %49, i64 %751
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %750, i32* %752, i32 %730)
	%753 = add i32 %236, 128
	%754 = add i32 0, %753
	%755 = icmp slt i32 %754, %9
	%756 = select i1 %755, i32 %754, i32 0
	%757 = select i1 %755, i32 4, i32 0
	%758 = mul i32 0, u0x1000
	%759 = add i32 %236, 128
	%760 = add i32 0, %759
	%761 = add i32 %758, %760
	%762 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%763 = mul i32 %761, 4
	%764 = getelementptr i8, i8 addrspace(3)* %762, i32 %763
	%765 = bitcast i8 addrspace(3)* %764 to i32 addrspace(3)*
	%766 = ptrtoint i32 addrspace(3)* %765 to i32
	%767 = sext i32 %756 to i64
	%768 = getelementptr i32, i32* %46, i64 %767
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %766, i32* %768, i32 %757)
	%769 = mul i32 0, u0x1000
	%770 = add i32 %236, 128
	%771 = add i32 2048, %770
	%772 = add i32 %769, %771
	%773 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%774 = mul i32 %772, 4
	%775 = getelementptr i8, i8 addrspace(3)* %773, i32 %774
	%776 = bitcast i8 addrspace(3)* %775 to i32 addrspace(3)*
	%777 = ptrtoint i32 addrspace(3)* %776 to i32
	%778 = sext i32 %756 to i64
	%779 = getelementptr i32, i32* %49, i64 %778
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %777, i32* %779, i32 %757)
	%780 = add i32 %236, 160
	%781 = add i32 0, %780
	%782 = icmp slt i32 %781, %9
	%783 = select i1 %782, i32 %781, i32 0
	%784 = select i1 %782, i32 4, i32 0
	%785 = mul i32 0, u0x1000
	%786 = add i32 %236, 160
	%787 = add i32 0, %786
	%788 = add i32 %785, %787
	%789 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%790 = mul i32 %788, 4
	%791 = getelementptr i8, i8 addrspace(3)* %789, i32 %790
	%792 = bitcast i8 addrspace(3)* %791 to i32 addrspace(3)*
	%793 = ptrtoint i32 addrspace(3)* %792 to i32
	%794 = sext i32 %783 to i64
	%795 = getelementptr i32, i32* %46, i64 %794
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %793, i32* %795, i32 %784)
	%796 = mul i32 0, u0x1000
	%797 = add i32 %236, 160
	%798 = add i32 2048, %797
	%799 = add i32 %796, %798
	%800 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%801 = mul i32 %799, 4
	%802 = getelementptr i8, i8 addrspace(3)* %800, i32 %801
	%803 = bitcast i8 addrspace(3)* %802 to i32 addrspace(3)*
	%804 = ptrtoint i32 addrspace(3)* %803 to i32
	%805 = sext i32 %783 to i64
	%806 = getelementptr i32, i32* %49, i64 %805
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %804, i32* %806, i32 %784)
	%807 = add i32 %236, 192
	%808 = add i32 0, %807
	%809 = icmp slt i32 %808, %9
	%810 = select i1 %809, i32 %808, i32 0
	%811 = select i1 %809, i32 4, i32 0
	%812 = mul i32 0, u0x1000
	%813 = add i32 %236, 192
	%814 = add i32 0, %813
	%815 = add i32 %812, %814
	%816 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%817 = mul i32 %815, 4
	%818 = getelementptr i8, i8 addrspace(3)* %816, i32 %817
	%819 = bitcast i8 addrspace(3)* %818 to i32 addrspace(3)*
	%820 = ptrtoint i32 addrspace(3)* %819 to i32
	%821 = sext i32 %810 to i64
	%822 = getelementptr i32, i32* %46, i64 %821
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %820, i32* %822, i32 %811)
	%823 = mul i32 0, u0x1000
	%824 = add i32 %236, 192
	%825 = add i32 2048, %824
	%826 = add i32 %823, %825
	%827 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%828 = mul i32 %826, 4
	%829 = getelementptr i8, i8 addrspace(3)* %827, i32 %828
	%830 = bitcast i8 addrspace(3)* %829 to i32 addrspace(3)*
	%831 = ptrtoint i32 addrspace(3)* %830 to i32
	%832 = sext i32 %810 to i64
	%833 = getelementptr i32, i32* %49, i64 %832
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %831, i32* %833, i32 %811)
	%834 = add i32 %236, 224
	%835 = add i32 0, %834
	%836 = icmp slt i32 %835, %9
	%837 = select i1 %836, i32 %835, i32 0
	%838 = select i1 %836, i32 4, i32 0
	%839 = mul i32 0, u0x1000
	%840 = add i32 %236, 224
	%841 = add i32 0, %840
	%842 = add i32 %839, %841
	%843 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%844 = mul i32 %842, 4
	%845 = getelementptr i8, i8 addrspace(3)* %843, i32 %844
	%846 = bitcast i8 addrspace(3)* %845 to i32 addrspace(3)*
	%847 = ptrtoint i32 addrspace(3)* %846 to i32
	%848 = sext i32 %837 to i64
	%849 = getelementptr i32, i32* %46, i64 %848
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %847, i32* %849, i32 %838)
	%850 = mul i32 0, u0x1000
	%851 = add i32 %236, 224
	%852 = add i32 2048, %851
	%853 = add i32 %850, %852
	%854 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%855 = mul i32 %853, 4
	%856 = getelementptr i8, i8 addrspace(3)* %854, i32 %855
	%857 = bitcast i8 addrspace(3)* %856 to i32 addrspace(3)*
	%858 = ptrtoint i32 addrspace(3)* %857 to i32
	%859 = sext i32 %837 to i64
	%860 = getelementptr i32, i32* %49, i64 %859
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %858, i32* %860, i32 %838)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %1712

861:
	%862 = xor i32 %455, 1
	%863 = add i32 %236, 0
	%864 = add i32 %642, %863
	%865 = icmp slt i32 %864, %9
	%866 = select i1 %865, i32 %864, i32 0
	%867 = select i1 %865, i32 4, i32 0
	%868 = mul i32 %862, u0x1000
	%869 = add i32 %236, 0
	%870 = add i32 0, %869
	%871 = add i32 %868, %870
	%872 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%873 = mul i32 %871, 4
	%874 = getelementptr i8, i8 addrspace(3)* %872, i32 %873
	%875 = bitcast i8 addrspace(3)* %874 to i32 addrspace(3)*
	%876 = ptrtoint i32 addrspace(3)* %875 to i32
	%877 = sext i32 %866 to i64
	%878 = getelementptr i32, i32* %44, i64 %877
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %876, i32* %878, i32 %867)
	%879 = mul i32 %862, u0x1000
	%880 = add i32 %236, 0
	%881 = add i32 2048, %880
	%882 = add i32 %879, %881
	%883 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%884 = mul i32 %882, 4
	%885 = getelementptr i8, i8 addrspace(3)* %883, i32 %884
	%886 = bitcast i8 addrspace(3)* %885 to i32 addrspace(3)*
	%887 = ptrtoint i32 addrspace(3)* %886 to i32
	%888 = sext i32 %866 to i64
	%889 = getelementptr i32, i32* %15, i64 %888
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %887, i32* %889, i32 %867)
	%890 = add i32 %236, 32
	%891 = add i32 %642, %890
	%892 = icmp slt i32 %891, %9
	%893 = select i1 %892, i32 %891, i32 0
	%894 = select i1 %892, i32 4, i32 0
	%895 = mul i32 %862, u0x1000
	%896 = add i32 %236, 32
	%897 = add i32 0, %896
	%898 = add i32 %895, %897
	%899 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%900 = mul i32 %898, 4
	%901 = getelementptr i8, i8 addrspace(3)* %899, i32 %900
	%902 = bitcast i8 addrspace(3)* %901 to i32 addrspace(3)*
	%903 = ptrtoint i32 addrspace(3)* %902 to i32
	%904 = sext i32 %893 to i64
	%905 = getelementptr i32, i32* %44, i64 %904
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %903, i32* %905, i32 %894)
	%906 = mul i32 %862, u0x1000
	%907 = add i32 %236, 32
	%908 = add i32 2048, %907
	%909 = add i32 %906, %908
	%910 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%911 = mul i32 %909, 4
	%912 = getelementptr i8, i8 addrspace(3)* %910, i32 %911
	%913 = bitcast i8 addrspace(3)* %912 to i32 addrspace(3)*
	%914 = ptrtoint i32 addrspace(3)* %913 to i32
	%915 = sext i32 %893 to i64
	%916 = getelementptr i32, i32* %15, i64 %915
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %914, i32* %916, i32 %894)
	%917 = add i32 %236, 64
	%918 = add i32 %642, %917
	%919 = icmp slt i32 %918, %9
	%920 = select i1 %919, i32 %918, i32 0
	%921 = select i1 %919, i32 4, i32 0
	%922 = mul i32 %862, u0x1000
	%923 = add i32 %236, 64
	%924 = add i32 0, %923
	%925 = add i32 %922, %924
	%926 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%927 = mul i32 %925, 4
	%928 = getelementptr i8, i8 addrspace(3)* %926, i32 %927
	%929 = bitcast i8 addrspace(3)* %928 to i32 addrspace(3)*
	%930 = ptrtoint i32 addrspace(3)* %929 to i32
	%931 = sext i32 %920 to i64
	%932 = getelementptr i32, i32* %44, i64 %931
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %930, i32* %932, i32 %921)
	%933 = mul i32 %862, u0x1000
	%934 = add i32 %236, 64
	%935 = add i32 2048, %934
	%936 = add i32 %933, %935
	%937 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%938 = mul i32 %936, 4
	%939 = getelementptr i8, i8 addrspace(3)* %937, i32 %938
	%940 = bitcast i8 addrspace(3)* %939 to i32 addrspace(3)*
	%941 = ptrtoint i32 addrspace(3)* %940 to i32
	%942 = sext i32 %920 to i64
	%943 = getelementptr i32, i32* %15, i64 %942
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %941, i32* %943, i32 %921)
	%944 = add i32 %236, 96
	%945 = add i32 %642, %944
	%946 = icmp slt i32 %945, %9
	%947 = select i1 %946, i32 %945, i32 0
	%948 = select i1 %946, i32 4, i32 0
	%949 = mul i32 %862, u0x1000
	%950 = add i32 %236, 96
	%951 = add i32 0, %950
	%952 = add i32 %949, %951
	%953 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%954 = mul i32 %952, 4
	%955 = getelementptr i8, i8 addrspace(3)* %953, i32 %954
	%956 = bitcast i8 addrspace(3)* %955 to i32 addrspace(3)*
	%957 = ptrtoint i32 addrspace(3)* %956 to i32
	%958 = sext i32 %947 to i64
	%959 = getelementptr i32, i32* %44, i64 %958
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %957, i32* %959, i32 %948)
	%960 = mul i32 %862, u0x1000
	%961 = add i32 %236, 96
	%962 = add i32 2048, %961
	%963 = add i32 %960, %962
	%964 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%965 = mul i32 %963, 4
	%966 = getelementptr i8, i8 addrspace(3)* %964, i32 %965
	%967 = bitcast i8 addrspace(3)* %966 to i32 addrspace(3)*
	%968 = ptrtoint i32 addrspace(3)* %967 to i32
	%969 = sext i32 %947 to i64
	%970 = getelementptr i32, i32* %15, i64 %969
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %968, i32* %970, i32 %948)
	%971 = add i32 %236, 128
	%972 = add i32 %642, %971
	%973 = icmp slt i32 %972, %9
	%974 = select i1 %973, i32 %972, i32 0
	%975 = select i1 %973, i32 4, i32 0
	%976 = mul i32 %862, u0x1000
	%977 = add i32 %236, 128
	%978 = add i32 0, %977
	%979 = add i32 %976, %978
	%980 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%981 = mul i32 %979, 4
	%982 = getelementptr i8, i8 addrspace(3)* %980, i32 %981
	%983 = bitcast i8 addrspace(3)* %982 to i32 addrspace(3)*
	%984 = ptrtoint i32 addrspace(3)* %983 to i32
	%985 = sext i32 %974 to i64
	%986 = getelementptr i32, i32* %44, i64 %985
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %984, i32* %986, i32 %975)
	%987 = mul i32 %862, u0x1000
	%988 = add i32 %236, 128
	%989 = add i32 2048, %988
	%990 = add i32 %987, %989
	%991 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%992 = mul i32 %990, 4
	%993 = getelementptr i8, i8 addrspace(3)* %991, i32 %992
	%994 = bitcast i8 addrspace(3)* %993 to i32 addrspace(3)*
	%995 = ptrtoint i32 addrspace(3)* %994 to i32
	%996 = sext i32 %974 to i64
	%997 = getelementptr i32, i32* %15, i64 %996
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %995, i32* %997, i32 %975)
	%998 = add i32 %236, 160
	%999 = add i32 %642, %998
	%1000 = icmp slt i32 %999, %9
	%1001 = select i1 %1000, i32 %999, i32 0
	%1002 = select i1 %1000, i32 4, i32 0
	%1003 = mul i32 %862, u0x1000
	%1004 = add i32 %236, 160
	%1005 = add i32 0, %1004
	%1006 = add i32 %1003, %1005
	%1007 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1008 = mul i32 %1006, 4
	%1009 = getelementptr i8, i8 addrspace(3)* %1007, i32 %1008
	%1010 = bitcast i8 addrspace(3)* %1009 to i32 addrspace(3)*
	%1011 = ptrtoint i32 addrspace(3)* %1010 to i32
	%1012 = sext i32 %1001 to i64
	%1013 = getelementptr i32, i32* %44, i64 %1012
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1011, i32* %1013, i32 %1002)
	%1014 = mul i32 %862, u0x1000
	%1015 = add i32 %236, 160
	%1016 = add i32 2048, %1015
	%1017 = add i32 %1014, %1016
	%1018 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1019 = mul i32 %1017, 4
	%1020 = getelementptr i8, i8 addrspace(3)* %1018, i32 %1019
	%1021 = bitcast i8 addrspace(3)* %1020 to i32 addrspace(3)*
	%1022 = ptrtoint i32 addrspace(3)* %1021 to i32
	%1023 = sext i32 %1001 to i64
	%1024 = getelementptr i32, i32* %15, i64 %1023
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1022, i32* %1024, i32 %1002)
	%1025 = add i32 %236, 192
	%1026 = add i32 %642, %1025
	%1027 = icmp slt i32 %1026, %9
	%1028 = select i1 %1027, i32 %1026, i32 0
	%1029 = select i1 %1027, i32 4, i32 0
	%1030 = mul i32 %862, u0x1000
	%1031 = add i32 %236, 192
	%1032 = add i32 0, %1031
	%1033 = add i32 %1030, %1032
	%1034 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1035 = mul i32 %1033, 4
	%1036 = getelementptr i8, i8 addrspace(3)* %1034, i32 %1035
	%1037 = bitcast i8 addrspace(3)* %1036 to i32 addrspace(3)*
	%1038 = ptrtoint i32 addrspace(3)* %1037 to i32
	%1039 = sext i32 %1028 to i64
	%1040 = getelementptr i32, i32* %44, i64 %1039
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1038, i32* %1040, i32 %1029)
	%1041 = mul i32 %862, u0x1000
	%1042 = add i32 %236, 192
	%1043 = add i32 2048, %1042
	%1044 = add i32 %1041, %1043
	%1045 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1046 = mul i32 %1044, 4
	%1047 = getelementptr i8, i8 addrspace(3)* %1045, i32 %1046
	%1048 = bitcast i8 addrspace(3)* %1047 to i32 addrspace(3)*
	%1049 = ptrtoint i32 addrspace(3)* %1048 to i32
	%1050 = sext i32 %1028 to i64
	%1051 = getelementptr i32, i32* %15, i64 %1050
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1049, i32* %1051, i32 %1029)
	%1052 = add i32 %236, 224
	%1053 = add i32 %642, %1052
	%1054 = icmp slt i32 %1053, %9
	%1055 = select i1 %1054, i32 %1053, i32 0
	%1056 = select i1 %1054, i32 4, i32 0
	%1057 = mul i32 %862, u0x1000
	%1058 = add i32 %236, 224
	%1059 = add i32 0, %1058
	%1060 = add i32 %1057, %1059
	%1061 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1062 = mul i32 %1060, 4
	%1063 = getelementptr i8, i8 addrspace(3)* %1061, i32 %1062
	%1064 = bitcast i8 addrspace(3)* %1063 to i32 addrspace(3)*
	%1065 = ptrtoint i32 addrspace(3)* %1064 to i32
	%1066 = sext i32 %1055 to i64
	%1067 = getelementptr i32, i32* %44, i64 %1066
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1065, i32* %1067, i32 %1056)
	%1068 = mul i32 %862, u0x1000
	%1069 = add i32 %236, 224
	%1070 = add i32 2048, %1069
	%1071 = add i32 %1068, %1070
	%1072 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1073 = mul i32 %1071, 4
	%1074 = getelementptr i8, i8 addrspace(3)* %1072, i32 %1073
	%1075 = bitcast i8 addrspace(3)* %1074 to i32 addrspace(3)*
	%1076 = ptrtoint i32 addrspace(3)* %1075 to i32
	%1077 = sext i32 %1055 to i64
	%1078 = getelementptr i32, i32* %15, i64 %1077
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1076, i32* %1078, i32 %1056)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %1079

1079:
	%1080 = select i1 %460, i32 %480, i32 256
	%1081 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1080)
	%1082 = and i32 %1081, %234
	%1083 = call i32 @llvm.ctpop.i32(i32 %1082)
	br i1 %460, label %1084, label %1089

1084:
	%1085 = mul i32 %4, 256
	%1086 = add i32 %1085, %480
	%1087 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1086
	%1088 = load i32, i32 addrspace(3)* %1087
	br label %1089

1089:
	%1090 = phi i32 [ 0, %1079 ], [ %1088, %1084 ]
	%1091 = add i32 %1090, %1083
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1092 = icmp eq i32 %1083, 0
	%1093 = and i1 %460, %1092
	br i1 %1093, label %1094, label %1100

1094:
	%1095 = call i32 @llvm.ctpop.i32(i32 %1081)
	%1096 = add i32 %1090, %1095
	%1097 = mul i32 %4, 256
	%1098 = add i32 %1097, %480
	%1099 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1098
	store i32 %1096, i32 addrspace(3)* %1099
	br label %1100

1100:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1101 = select i1 %483, i32 %503, i32 256
	%1102 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1101)
	%1103 = and i32 %1102, %234
	%1104 = call i32 @llvm.ctpop.i32(i32 %1103)
	br i1 %483, label %1105, label %1110

1105:
	%1106 = mul i32 %4, 256
	%1107 = add i32 %1106, %503
	%1108 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1107
	%1109 = load i32, i32 addrspace(3)* %1108
	br label %1110

1110:
	%1111 = phi i32 [ 0, %1100 ], [ %1109, %1105 ]
	%1112 = add i32 %1111, %1104
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1113 = icmp eq i32 %1104, 0
	%1114 = and i1 %483, %1113
	br i1 %1114, label %1115, label %1121

1115:
	%1116 = call i32 @llvm.ctpop.i32(i32 %1102)
	%1117 = add i32 %1111, %1116
	%1118 = mul i32 %4, 256
	%1119 = add i32 %1118, %503
	%1120 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1119
	store i32 %1117, i32 addrspace(3)* %1120
	br label %1121

1121:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1122 = select i1 %506, i32 %526, i32 256
	%1123 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1122)
	%1124 = and i32 %1123, %234
	%1125 = call i32 @llvm.ctpop.i32(i32 %1124)
	br i1 %506, label %1126, label %1131

1126:
	%1127 = mul i32 %4, 256
	%1128 = add i32 %1127, %526
	%1129 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1128
	%1130 = load i32, i32 addrspace(3)* %1129
	br label %1131

1131:
	%1132 = phi i32 [ 0, %1121 ], [ %1130, %1126 ]
	%1133 = add i32 %1132, %1125
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1134 = icmp eq i32 %1125, 0
	%1135 = and i1 %506, %1134
	br i1 %1135, label %1136, label %1142

1136:
	%1137 = call i32 @llvm.ctpop.i32(i32 %1123)
	%1138 = add i32 %1132, %1137
	%1139 = mul i32 %4, 256
	%1140 = add i32 %1139, %526
	%1141 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1140
	store i32 %1138, i32 addrspace(3)* %1141
	br label %1142

1142:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1143 = select i1 %529, i32 %549, i32 256
	%1144 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1143)
	%1145 = and i32 %1144, %234
	%1146 = call i32 @llvm.ctpop.i32(i32 %1145)
	br i1 %529, label %1147, label %1152

1147:
	%1148 = mul i32 %4, 256
	%1149 = add i32 %1148, %549
	%1150 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1149
	%1151 = load i32, i32 addrspace(3)* %1150
	br label %1152

1152:
	%1153 = phi i32 [ 0, %1142 ], [ %1151, %1147 ]
	%1154 = add i32 %1153, %1146
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1155 = icmp eq i32 %1146, 0
	%1156 = and i1 %529, %1155
	br i1 %1156, label %1157, label %1163

1157:
	%1158 = call i32 @llvm.ctpop.i32(i32 %1144)
	%1159 = add i32 %1153, %1158
	%1160 = mul i32 %4, 256
	%1161 = add i32 %1160, %549
	%1162 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1161
	store i32 %1159, i32 addrspace(3)* %1162
	br label %1163

1163:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1164 = select i1 %552, i32 %572, i32 256
	%1165 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1164)
	%1166 = and i32 %1165, %234
	%1167 = call i32 @llvm.ctpop.i32(i32 %1166)
	br i1 %552, label %1168, label %1173

1168:
	%1169 = mul i32 %4, 256
	%1170 = add i32 %1169, %572
	%1171 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1170
	%1172 = load i32, i32 addrspace(3)* %1171
	br label %1173

1173:
	%1174 = phi i32 [ 0, %1163 ], [ %1172, %1168 ]
	%1175 = add i32 %1174, %1167
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1176 = icmp eq i32 %1167, 0
	%1177 = and i1 %552, %1176
	br i1 %1177, label %1178, label %1184

1178:
	%1179 = call i32 @llvm.ctpop.i32(i32 %1165)
	%1180 = add i32 %1174, %1179
	%1181 = mul i32 %4, 256
	%1182 = add i32 %1181, %572
	%1183 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1182
	store i32 %1180, i32 addrspace(3)* %1183
	br label %1184

1184:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1185 = select i1 %575, i32 %595, i32 256
	%1186 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1185)
	%1187 = and i32 %1186, %234
	%1188 = call i32 @llvm.ctpop.i32(i32 %1187)
	br i1 %575, label %1189, label %1194

1189:
	%1190 = mul i32 %4, 256
	%1191 = add i32 %1190, %595
	%1192 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1191
	%1193 = load i32, i32 addrspace(3)* %1192
	br label %1194

1194:
	%1195 = phi i32 [ 0, %1184 ], [ %1193, %1189 ]
	%1196 = add i32 %1195, %1188
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1197 = icmp eq i32 %1188, 0
	%1198 = and i1 %575, %1197
	br i1 %1198, label %1199, label %1205

1199:
	%1200 = call i32 @llvm.ctpop.i32(i32 %1186)
	%1201 = add i32 %1195, %1200
	%1202 = mul i32 %4, 256
	%1203 = add i32 %1202, %595
	%1204 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1203
	store i32 %1201, i32 addrspace(3)* %1204
	br label %1205

1205:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1206 = select i1 %598, i32 %618, i32 256
	%1207 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1206)
	%1208 = and i32 %1207, %234
	%1209 = call i32 @llvm.ctpop.i32(i32 %1208)
	br i1 %598, label %1210, label %1215

1210:
	%1211 = mul i32 %4, 256
	%1212 = add i32 %1211, %618
	%1213 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1212
	%1214 = load i32, i32 addrspace(3)* %1213
	br label %1215

1215:
	%1216 = phi i32 [ 0, %1205 ], [ %1214, %1210 ]
	%1217 = add i32 %1216, %1209
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1218 = icmp eq i32 %1209, 0
	%1219 = and i1 %598, %1218
	br i1 %1219, label %1220, label %1226

1220:
	%1221 = call i32 @llvm.ctpop.i32(i32 %1207)
	%1222 = add i32 %1216, %1221
	%1223 = mul i32 %4, 256
	%1224 = add i32 %1223, %618
	%1225 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1224
	store i32 %1222, i32 addrspace(3)* %1225
	br label %1226

1226:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1227 = select i1 %621, i32 %641, i32 256
	%1228 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1227)
	%1229 = and i32 %1228, %234
	%1230 = call i32 @llvm.ctpop.i32(i32 %1229)
	br i1 %621, label %1231, label %1236

1231:
	%1232 = mul i32 %4, 256
	%1233 = add i32 %1232, %641
	%1234 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1233
	%1235 = load i32, i32 addrspace(3)* %1234
	br label %1236

1236:
	%1237 = phi i32 [ 0, %1226 ], [ %1235, %1231 ]
	%1238 = add i32 %1237, %1230
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1239 = icmp eq i32 %1230, 0
	%1240 = and i1 %621, %1239
	br i1 %1240, label %1241, label %1247

1241:
	%1242 = call i32 @llvm.ctpop.i32(i32 %1228)
	%1243 = add i32 %1237, %1242
	%1244 = mul i32 %4, 256
	%1245 = add i32 %1244, %641
	%1246 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1245
	store i32 %1243, i32 addrspace(3)* %1246
	br label %1247

1247:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%1248 = mul i32 0, 256
	%1249 = add i32 %1248, %0
	%1250 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1249
	%1251 = load i32, i32 addrspace(3)* %1250
	%1252 = mul i32 0, 256
	%1253 = add i32 %1252, %0
	%1254 = add i32 2048, %1253
	%1255 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1254
	store i32 0, i32 addrspace(3)* %1255
	%1256 = mul i32 0, 256
	%1257 = add i32 %1256, %0
	%1258 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1257
	store i32 0, i32 addrspace(3)* %1258
	%1259 = add i32 0, %1251
	%1260 = mul i32 1, 256
	%1261 = add i32 %1260, %0
	%1262 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1261
	%1263 = load i32, i32 addrspace(3)* %1262
	%1264 = mul i32 1, 256
	%1265 = add i32 %1264, %0
	%1266 = add i32 2048, %1265
	%1267 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1266
	store i32 %1259, i32 addrspace(3)* %1267
	%1268 = mul i32 1, 256
	%1269 = add i32 %1268, %0
	%1270 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1269
	store i32 0, i32 addrspace(3)* %1270
	%1271 = add i32 %1259, %1263
	%1272 = mul i32 2, 256
	%1273 = add i32 %1272, %0
	%1274 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1273
	%1275 = load i32, i32 addrspace(3)* %1274
	%1276 = mul i32 2, 256
	%1277 = add i32 %1276, %0
	%1278 = add i32 2048, %1277
	%1279 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1278
	store i32 %1271, i32 addrspace(3)* %1279
	%1280 = mul i32 2, 256
	%1281 = add i32 %1280, %0
	%1282 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1281
	store i32 0, i32 addrspace(3)* %1282
	%1283 = add i32 %1271, %1275
	%1284 = mul i32 3, 256
	%1285 = add i32 %1284, %0
	%1286 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1285
	%1287 = load i32, i32 addrspace(3)* %1286
	%1288 = mul i32 3, 256
	%1289 = add i32 %1288, %0
	%1290 = add i32 2048, %1289
	%1291 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1290
	store i32 %1283, i32 addrspace(3)* %1291
	%1292 = mul i32 3, 256
	%1293 = add i32 %1292, %0
	%1294 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1293
	store i32 0, i32 addrspace(3)* %1294
	%1295 = add i32 %1283, %1287
	%1296 = mul i32 4, 256
	%1297 = add i32 %1296, %0
	%1298 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1297
	%1299 = load i32, i32 addrspace(3)* %1298
	%1300 = mul i32 4, 256
	%1301 = add i32 %1300, %0
	%1302 = add i32 2048, %1301
	%1303 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1302
	store i32 %1295, i32 addrspace(3)* %1303
	%1304 = mul i32 4, 256
	%1305 = add i32 %1304, %0
	%1306 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1305
	store i32 0, i32 addrspace(3)* %1306
	%1307 = add i32 %1295, %1299
	%1308 = mul i32 5, 256
	%1309 = add i32 %1308, %0
	%1310 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1309
	%1311 = load i32, i32 addrspace(3)* %1310
	%1312 = mul i32 5, 256
	%1313 = add i32 %1312, %0
	%1314 = add i32 2048, %1313
	%1315 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1314
	store i32 %1307, i32 addrspace(3)* %1315
	%1316 = mul i32 5, 256
	%1317 = add i32 %1316, %0
	%1318 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1317
	store i32 0, i32 addrspace(3)* %1318
	%1319 = add i32 %1307, %1311
	%1320 = mul i32 6, 256
	%1321 = add i32 %1320, %0
	%1322 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1321
	%1323 = load i32, i32 addrspace(3)* %1322
	%1324 = mul i32 6, 256
	%1325 = add i32 %1324, %0
	%1326 = add i32 2048, %1325
	%1327 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1326
	store i32 %1319, i32 addrspace(3)* %1327
	%1328 = mul i32 6, 256
	%1329 = add i32 %1328, %0
	%1330 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1329
	store i32 0, i32 addrspace(3)* %1330
	%1331 = add i32 %1319, %1323
	%1332 = mul i32 7, 256
	%1333 = add i32 %1332, %0
	%1334 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1333
	%1335 = load i32, i32 addrspace(3)* %1334
	%1336 = mul i32 7, 256
	%1337 = add i32 %1336, %0
	%1338 = add i32 2048, %1337
	%1339 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1338
	store i32 %1331, i32 addrspace(3)* %1339
	%1340 = mul i32 7, 256
	%1341 = add i32 %1340, %0
	%1342 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1341
	store i32 0, i32 addrspace(3)* %1342
	%1343 = add i32 %1331, %1335
	call void @llvm.nvvm.barrier0()
	%1344 = select i1 %460, i32 %480, i32 0
	%1345 = mul i32 %4, 256
	%1346 = add i32 %1345, %1344
	%1347 = add i32 2048, %1346
	%1348 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1347
	%1349 = load i32, i32 addrspace(3)* %1348
	%1350 = add i32 %1091, %1349
	%1351 = select i1 %483, i32 %503, i32 0
	%1352 = mul i32 %4, 256
	%1353 = add i32 %1352, %1351
	%1354 = add i32 2048, %1353
	%1355 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1354
	%1356 = load i32, i32 addrspace(3)* %1355
	%1357 = add i32 %1112, %1356
	%1358 = select i1 %506, i32 %526, i32 0
	%1359 = mul i32 %4, 256
	%1360 = add i32 %1359, %1358
	%1361 = add i32 2048, %1360
	%1362 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1361
	%1363 = load i32, i32 addrspace(3)* %1362
	%1364 = add i32 %1133, %1363
	%1365 = select i1 %529, i32 %549, i32 0
	%1366 = mul i32 %4, 256
	%1367 = add i32 %1366, %1365
	%1368 = add i32 2048, %1367
	%1369 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1368
	%1370 = load i32, i32 addrspace(3)* %1369
	%1371 = add i32 %1154, %1370
	%1372 = select i1 %552, i32 %572, i32 0
	%1373 = mul i32 %4, 256
	%1374 = add i32 %1373, %1372
	%1375 = add i32 2048, %1374
	%1376 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1375
	%1377 = load i32, i32 addrspace(3)* %1376
	%1378 = add i32 %1175, %1377
	%1379 = select i1 %575, i32 %595, i32 0
	%1380 = mul i32 %4, 256
	%1381 = add i32 %1380, %1379
	%1382 = add i32 2048, %1381
	%1383 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1382
	%1384 = load i32, i32 addrspace(3)* %1383
	%1385 = add i32 %1196, %1384
	%1386 = select i1 %598, i32 %618, i32 0
	%1387 = mul i32 %4, 256
	%1388 = add i32 %1387, %1386
	%1389 = add i32 2048, %1388
	%1390 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1389
	%1391 = load i32, i32 addrspace(3)* %1390
	%1392 = add i32 %1217, %1391
	%1393 = select i1 %621, i32 %641, i32 0
	%1394 = mul i32 %4, 256
	%1395 = add i32 %1394, %1393
	%1396 = add i32 2048, %1395
	%1397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %1396
	%1398 = load i32, i32 addrspace(3)* %1397
	%1399 = add i32 %1238, %1398
	%1400 = and i32 %0, 31
	%1401 = lshr i32 %0, 5
	%1402 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1343, i32 1, i32 0)
	%1403 = icmp uge i32 %1400, 1
	%1404 = select i1 %1403, i32 %1402, i32 0
	%1405 = add i32 %1343, %1404
	%1406 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1405, i32 2, i32 0)
	%1407 = icmp uge i32 %1400, 2
	%1408 = select i1 %1407, i32 %1406, i32 0
	%1409 = add i32 %1405, %1408
	%1410 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1409, i32 4, i32 0)
	%1411 = icmp uge i32 %1400, 4
	%1412 = select i1 %1411, i32 %1410, i32 0
	%1413 = add i32 %1409, %1412
	%1414 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1413, i32 8, i32 0)
	%1415 = icmp uge i32 %1400, 8
	%1416 = select i1 %1415, i32 %1414, i32 0
	%1417 = add i32 %1413, %1416
	%1418 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1417, i32 16, i32 0)
	%1419 = icmp uge i32 %1400, 16
	%1420 = select i1 %1419, i32 %1418, i32 0
	%1421 = add i32 %1417, %1420
	%1422 = icmp eq i32 %1400, 31
	br i1 %1422, label %1423, label %1425

1423:
	%1424 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %1401
	store i32 %1421, i32 addrspace(3)* %1424
	br label %1425

1425:
	call void @llvm.nvvm.barrier0()
	%1426 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%1427 = load i32, i32 addrspace(3)* %1426
	%1428 = icmp sgt i32 %1401, 0
	%1429 = select i1 %1428, i32 %1427, i32 0
	%1430 = add i32 0, %1429
	%1431 = add i32 0, %1427
	%1432 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%1433 = load i32, i32 addrspace(3)* %1432
	%1434 = icmp sgt i32 %1401, 1
	%1435 = select i1 %1434, i32 %1433, i32 0
	%1436 = add i32 %1430, %1435
	%1437 = add i32 %1431, %1433
	%1438 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%1439 = load i32, i32 addrspace(3)* %1438
	%1440 = icmp sgt i32 %1401, 2
	%1441 = select i1 %1440, i32 %1439, i32 0
	%1442 = add i32 %1436, %1441
	%1443 = add i32 %1437, %1439
	%1444 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%1445 = load i32, i32 addrspace(3)* %1444
	%1446 = icmp sgt i32 %1401, 3
	%1447 = select i1 %1446, i32 %1445, i32 0
	%1448 = add i32 %1442, %1447
	%1449 = add i32 %1443, %1445
	%1450 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%1451 = load i32, i32 addrspace(3)* %1450
	%1452 = icmp sgt i32 %1401, 4
	%1453 = select i1 %1452, i32 %1451, i32 0
	%1454 = add i32 %1448, %1453
	%1455 = add i32 %1449, %1451
	%1456 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%1457 = load i32, i32 addrspace(3)* %1456
	%1458 = icmp sgt i32 %1401, 5
	%1459 = select i1 %1458, i32 %1457, i32 0
	%1460 = add i32 %1454, %1459
	%1461 = add i32 %1455, %1457
	%1462 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%1463 = load i32, i32 addrspace(3)* %1462
	%1464 = icmp sgt i32 %1401, 6
	%1465 = select i1 %1464, i32 %1463, i32 0
	%1466 = add i32 %1460, %1465
	%1467 = add i32 %1461, %1463
	%1468 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%1469 = load i32, i32 addrspace(3)* %1468
	%1470 = icmp sgt i32 %1401, 7
	%1471 = select i1 %1470, i32 %1469, i32 0
	%1472 = add i32 %1466, %1471
	%1473 = add i32 %1467, %1469
	%1474 = add i32 %1472, %1421
	%1475 = sub i32 %1474, %1343
	%1476 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %1475, i32 addrspace(3)* %1476
	call void @llvm.nvvm.barrier0()
	br i1 %460, label %1477, label %1483

1477:
	%1478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %480
	%1479 = load i32, i32 addrspace(3)* %1478
	%1480 = add i32 %1479, %1350
	%1481 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1480
	store i32 %469, i32 addrspace(3)* %1481
	%1482 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1480
	store i32 %478, i32 addrspace(3)* %1482
	br label %1483

1483:
	br i1 %483, label %1484, label %1490

1484:
	%1485 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %503
	%1486 = load i32, i32 addrspace(3)* %1485
	%1487 = add i32 %1486, %1357
	%1488 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1487
	store i32 %492, i32 addrspace(3)* %1488
	%1489 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1487
	store i32 %501, i32 addrspace(3)* %1489
	br label %1490

1490:
	br i1 %506, label %1491, label %1497

1491:
	%1492 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %526
	%1493 = load i32, i32 addrspace(3)* %1492
	%1494 = add i32 %1493, %1364
	%1495 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1494
	store i32 %515, i32 addrspace(3)* %1495
	%1496 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1494
	store i32 %524, i32 addrspace(3)* %1496
	br label %1497

1497:
	br i1 %529, label %1498, label %1504

1498:
	%1499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %549
	%1500 = load i32, i32 addrspace(3)* %1499
	%1501 = add i32 %1500, %1371
	%1502 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1501
	store i32 %538, i32 addrspace(3)* %1502
	%1503 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1501
	store i32 %547, i32 addrspace(3)* %1503
	br label %1504

1504:
	br i1 %552, label %1505, label %1511

1505:
	%1506 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %572
	%1507 = load i32, i32 addrspace(3)* %1506
	%1508 = add i32 %1507, %1378
	%1509 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1508
	store i32 %561, i32 addrspace(3)* %1509
	%1510 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1508
	store i32 %570, i32 addrspace(3)* %1510
	br label %1511

1511:
	br i1 %575, label %1512, label %1518

1512:
	%1513 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %595
	%1514 = load i32, i32 addrspace(3)* %1513
	%1515 = add i32 %1514, %1385
	%1516 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1515
	store i32 %584, i32 addrspace(3)* %1516
	%1517 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1515
	store i32 %593, i32 addrspace(3)* %1517
	br label %1518

1518:
	br i1 %598, label %1519, label %1525

1519:
	%1520 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %618
	%1521 = load i32, i32 addrspace(3)* %1520
	%1522 = add i32 %1521, %1392
	%1523 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1522
	store i32 %607, i32 addrspace(3)* %1523
	%1524 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1522
	store i32 %616, i32 addrspace(3)* %1524
	br label %1525

1525:
	br i1 %621, label %1526, label %1532

1526:
	%1527 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %641
	%1528 = load i32, i32 addrspace(3)* %1527
	%1529 = add i32 %1528, %1399
	%1530 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1529
	store i32 %630, i32 addrspace(3)* %1530
	%1531 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1529
	store i32 %639, i32 addrspace(3)* %1531
	br label %1532

1532:
	call void @llvm.nvvm.barrier0()
	%1533 = sub i32 %9, %454
	%1534 = icmp slt i32 2048, %1533
	%1535 = select i1 %1534, i32 2048, i32 %1533
	%1536 = add i32 0, %0
	%1537 = icmp slt i32 %1536, %1535
	br i1 %1537, label %1538, label %1556

1538:
	%1539 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1536
	%1540 = load i32, i32 addrspace(3)* %1539
	%1541 = lshr i32 %1540, 0
	%1542 = and i32 %1541, 255
	%1543 = add i32 %1542, 0
	%1544 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1543
	%1545 = load i32, i32 addrspace(3)* %1544
	%1546 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1542
	%1547 = load i32, i32 addrspace(3)* %1546
	%1548 = sub i32 %1536, %1547
	%1549 = add i32 %1545, %1548
	%1550 = sext i32 %1549 to i64
	%1551 = getelementptr i32, i32* %46, i64 %1550
	store i32 %1540, i32* %1551
	%1552 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1536
	%1553 = load i32, i32 addrspace(3)* %1552
	%1554 = sext i32 %1549 to i64
	%1555 = getelementptr i32, i32* %49, i64 %1554
	store i32 %1553, i32* %1555
	br label %1556

1556:
	%1557 = add i32 256, %0
	%1558 = icmp slt i32 %1557, %1535
	br i1 %1558, label %1559, label %1577

1559:
	%1560 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1557
	%1561 = load i32, i32 addrspace(3)* %1560
	%1562 = lshr i32 %1561, 0
	%1563 = and i32 %1562, 255
	%1564 = add i32 %1563, 0
	%1565 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1564
	%1566 = load i32, i32 addrspace(3)* %1565
	%1567 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1563
	%1568 = load i32, i32 addrspace(3)* %1567
	%1569 = sub i32 %1557, %1568
	%1570 = add i32 %1566, %1569
	%1571 = sext i32 %1570 to i64
	%1572 = getelementptr i32, i32* %46, i64 %1571
	store i32 %1561, i32* %1572
	%1573 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1557
	%1574 = load i32, i32 addrspace(3)* %1573
	%1575 = sext i32 %1570 to i64
	%1576 = getelementptr i32, i32* %49, i64 %1575
	store i32 %1574, i32* %1576
	br label %1577

1577:
	%1578 = add i32 512, %0
	%1579 = icmp slt i32 %1578, %1535
	br i1 %1579, label %1580, label %1598

1580:
	%1581 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1578
	%1582 = load i32, i32 addrspace(3)* %1581
	%1583 = lshr i32 %1582, 0
	%1584 = and i32 %1583, 255
	%1585 = add i32 %1584, 0
	%1586 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1585
	%1587 = load i32, i32 addrspace(3)* %1586
	%1588 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1584
	%1589 = load i32, i32 addrspace(3)* %1588
	%1590 = sub i32 %1578, %1589
	%1591 = add i32 %1587, %1590
	%1592 = sext i32 %1591 to i64
	%1593 = getelementptr i32, i32* %46, i64 %1592
	store i32 %1582, i32* %1593
	%1594 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1578
	%1595 = load i32, i32 addrspace(3)* %1594
	%1596 = sext i32 %1591 to i64
	%1597 = getelementptr i32, i32* %49, i64 %1596
	store i32 %1595, i32* %1597
	br label %1598

1598:
	%1599 = add i32 768, %0
	%1600 = icmp slt i32 %1599, %1535
	br i1 %1600, label %1601, label %1619

1601:
	%1602 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1599
	%1603 = load i32, i32 addrspace(3)* %1602
	%1604 = lshr i32 %1603, 0
	%1605 = and i32 %1604, 255
	%1606 = add i32 %1605, 0
	%1607 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1606
	%1608 = load i32, i32 addrspace(3)* %1607
	%1609 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1605
	%1610 = load i32, i32 addrspace(3)* %1609
	%1611 = sub i32 %1599, %1610
	%1612 = add i32 %1608, %1611
	%1613 = sext i32 %1612 to i64
	%1614 = getelementptr i32, i32* %46, i64 %1613
	store i32 %1603, i32* %1614
	%1615 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1599
	%1616 = load i32, i32 addrspace(3)* %1615
	%1617 = sext i32 %1612 to i64
	%1618 = getelementptr i32, i32* %49, i64 %1617
	store i32 %1616, i32* %1618
	br label %1619

1619:
	%1620 = add i32 1024, %0
	%1621 = icmp slt i32 %1620, %1535
	br i1 %1621, label %1622, label %1640

1622:
	%1623 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1620
	%1624 = load i32, i32 addrspace(3)* %1623
	%1625 = lshr i32 %1624, 0
	%1626 = and i32 %1625, 255
	%1627 = add i32 %1626, 0
	%1628 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1627
	%1629 = load i32, i32 addrspace(3)* %1628
	%1630 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1626
	%1631 = load i32, i32 addrspace(3)* %1630
	%1632 = sub i32 %1620, %1631
	%1633 = add i32 %1629, %1632
	%1634 = sext i32 %1633 to i64
	%1635 = getelementptr i32, i32* %46, i64 %1634
	store i32 %1624, i32* %1635
	%1636 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1620
	%1637 = load i32, i32 addrspace(3)* %1636
	%1638 = sext i32 %1633 to i64
	%1639 = getelementptr i32, i32* %49, i64 %1638
	store i32 %1637, i32* %1639
	br label %1640

1640:
	%1641 = add i32 1280, %0
	%1642 = icmp slt i32 %1641, %1535
	br i1 %1642, label %1643, label %1661

1643:
	%1644 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1641
	%1645 = load i32, i32 addrspace(3)* %1644
	%1646 = lshr i32 %1645, 0
	%1647 = and i32 %1646, 255
	%1648 = add i32 %1647, 0
	%1649 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1648
	%1650 = load i32, i32 addrspace(3)* %1649
	%1651 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1647
	%1652 = load i32, i32 addrspace(3)* %1651
	%1653 = sub i32 %1641, %1652
	%1654 = add i32 %1650, %1653
	%1655 = sext i32 %1654 to i64
	%1656 = getelementptr i32, i32* %46, i64 %1655
	store i32 %1645, i32* %1656
	%1657 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1641
	%1658 = load i32, i32 addrspace(3)* %1657
	%1659 = sext i32 %1654 to i64
	%1660 = getelementptr i32, i32* %49, i64 %1659
	store i32 %1658, i32* %1660
	br label %1661

1661:
	%1662 = add i32 1536, %0
	%1663 = icmp slt i32 %1662, %1535
	br i1 %1663, label %1664, label %1682

1664:
	%1665 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1662
	%1666 = load i32, i32 addrspace(3)* %1665
	%1667 = lshr i32 %1666, 0
	%1668 = and i32 %1667, 255
	%1669 = add i32 %1668, 0
	%1670 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1669
	%1671 = load i32, i32 addrspace(3)* %1670
	%1672 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1668
	%1673 = load i32, i32 addrspace(3)* %1672
	%1674 = sub i32 %1662, %1673
	%1675 = add i32 %1671, %1674
	%1676 = sext i32 %1675 to i64
	%1677 = getelementptr i32, i32* %46, i64 %1676
	store i32 %1666, i32* %1677
	%1678 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1662
	%1679 = load i32, i32 addrspace(3)* %1678
	%1680 = sext i32 %1675 to i64
	%1681 = getelementptr i32, i32* %49, i64 %1680
	store i32 %1679, i32* %1681
	br label %1682

1682:
	%1683 = add i32 1792, %0
	%1684 = icmp slt i32 %1683, %1535
	br i1 %1684, label %1685, label %1703

1685:
	%1686 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %1683
	%1687 = load i32, i32 addrspace(3)* %1686
	%1688 = lshr i32 %1687, 0
	%1689 = and i32 %1688, 255
	%1690 = add i32 %1689, 0
	%1691 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1690
	%1692 = load i32, i32 addrspace(3)* %1691
	%1693 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1689
	%1694 = load i32, i32 addrspace(3)* %1693
	%1695 = sub i32 %1683, %1694
	%1696 = add i32 %1692, %1695
	%1697 = sext i32 %1696 to i64
	%1698 = getelementptr i32, i32* %46, i64 %1697
	store i32 %1687, i32* %1698
	%1699 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %1683
	%1700 = load i32, i32 addrspace(3)* %1699
	%1701 = sext i32 %1696 to i64
	%1702 = getelementptr i32, i32* %49, i64 %1701
	store i32 %1700, i32* %1702
	br label %1703

1703:
	call void @llvm.nvvm.barrier0()
	%1704 = add i32 %0, 0
	%1705 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1704
	%1706 = load i32, i32 addrspace(3)* %1705
	%1707 = add i32 %1706, %1343
	%1708 = add i32 %0, 0
	%1709 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %1708
	store i32 %1707, i32 addrspace(3)* %1709
	%1710 = xor i32 %455, 1
	%1711 = add i32 %454, 2048
	br label %453

1712:
	%1713 = phi i32 [ 0, %644 ], [ %2970, %2962 ]
	%1714 = phi i32 [ 0, %644 ], [ %2969, %2962 ]
	%1715 = icmp slt i32 %1713, %9
	br i1 %1715, label %1716, label %1903

1716:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%1717 = add i32 %236, 0
	%1718 = add i32 %1713, %1717
	%1719 = icmp slt i32 %1718, %9
	%1720 = mul i32 %1714, u0x1000
	%1721 = add i32 %236, 0
	%1722 = add i32 0, %1721
	%1723 = add i32 %1720, %1722
	%1724 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1725 = mul i32 %1723, 4
	%1726 = getelementptr i8, i8 addrspace(3)* %1724, i32 %1725
	%1727 = bitcast i8 addrspace(3)* %1726 to i32 addrspace(3)*
	%1728 = load i32, i32 addrspace(3)* %1727
	%1729 = mul i32 %1714, u0x1000
	%1730 = add i32 %236, 0
	%1731 = add i32 2048, %1730
	%1732 = add i32 %1729, %1731
	%1733 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1734 = mul i32 %1732, 4
	%1735 = getelementptr i8, i8 addrspace(3)* %1733, i32 %1734
	%1736 = bitcast i8 addrspace(3)* %1735 to i32 addrspace(3)*
	%1737 = load i32, i32 addrspace(3)* %1736
	%1738 = lshr i32 %1728, 8
	%1739 = and i32 %1738, 255
	%1740 = add i32 %236, 32
	%1741 = add i32 %1713, %1740
	%1742 = icmp slt i32 %1741, %9
	%1743 = mul i32 %1714, u0x1000
	%1744 = add i32 %236, 32
	%1745 = add i32 0, %1744
	%1746 = add i32 %1743, %1745
	%1747 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1748 = mul i32 %1746, 4
	%1749 = getelementptr i8, i8 addrspace(3)* %1747, i32 %1748
	%1750 = bitcast i8 addrspace(3)* %1749 to i32 addrspace(3)*
	%1751 = load i32, i32 addrspace(3)* %1750
	%1752 = mul i32 %1714, u0x1000
	%1753 = add i32 %236, 32
	%1754 = add i32 2048, %1753
	%1755 = add i32 %1752, %1754
	%1756 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1757 = mul i32 %1755, 4
	%1758 = getelementptr i8, i8 addrspace(3)* %1756, i32 %1757
	%1759 = bitcast i8 addrspace(3)* %1758 to i32 addrspace(3)*
	%1760 = load i32, i32 addrspace(3)* %1759
	%1761 = lshr i32 %1751, 8
	%1762 = and i32 %1761, 255
	%1763 = add i32 %236, 64
	%1764 = add i32 %1713, %1763
	%1765 = icmp slt i32 %1764, %9
	%1766 = mul i32 %1714, u0x1000
	%1767 = add i32 %236, 64
	%1768 = add i32 0, %1767
	%1769 = add i32 %1766, %1768
	%1770 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1771 = mul i32 %1769, 4
	%1772 = getelementptr i8, i8 addrspace(3)* %1770, i32 %1771
	%1773 = bitcast i8 addrspace(3)* %1772 to i32 addrspace(3)*
	%1774 = load i32, i32 addrspace(3)* %1773
	%1775 = mul i32 %1714, u0x1000
	%1776 = add i32 %236, 64
	%1777 = add i32 2048, %1776
	%1778 = add i32 %1775, %1777
	%1779 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1780 = mul i32 %1778, 4
	%1781 = getelementptr i8, i8 addrspace(3)* %1779, i32 %1780
	%1782 = bitcast i8 addrspace(3)* %1781 to i32 addrspace(3)*
	%1783 = load i32, i32 addrspace(3)* %1782
	%1784 = lshr i32 %1774, 8
	%1785 = and i32 %1784, 255
	%1786 = add i32 %236, 96
	%1787 = add i32 %1713, %1786
	%1788 = icmp slt i32 %1787, %9
	%1789 = mul i32 %1714, u0x1000
	%1790 = add i32 %236, 96
	%1791 = add i32 0, %1790
	%1792 = add i32 %1789, %1791
	%1793 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1794 = mul i32 %1792, 4
	%1795 = getelementptr i8, i8 addrspace(3)* %1793, i32 %1794
	%1796 = bitcast i8 addrspace(3)* %1795 to i32 addrspace(3)*
	%1797 = load i32, i32 addrspace(3)* %1796
	%1798 = mul i32 %1714, u0x1000
	%1799 = add i32 %236, 96
	%1800 = add i32 2048, %1799
	%1801 = add i32 %1798, %1800
	%1802 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1803 = mul i32 %1801, 4
	%1804 = getelementptr i8, i8 addrspace(3)* %1802, i32 %1803
	%1805 = bitcast i8 addrspace(3)* %1804 to i32 addrspace(3)*
	%1806 = load i32, i32 addrspace(3)* %1805
	%1807 = lshr i32 %1797, 8
	%1808 = and i32 %1807, 255
	%1809 = add i32 %236, 128
	%1810 = add i32 %1713, %1809
	%1811 = icmp slt i32 %1810, %9
	%1812 = mul i32 %1714, u0x1000
	%1813 = add i32 %236, 128
	%1814 = add i32 0, %1813
	%1815 = add i32 %1812, %1814
	%1816 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1817 = mul i32 %1815, 4
	%1818 = getelementptr i8, i8 addrspace(3)* %1816, i32 %1817
	%1819 = bitcast i8 addrspace(3)* %1818 to i32 addrspace(3)*
	%1820 = load i32, i32 addrspace(3)* %1819
	%1821 = mul i32 %1714, u0x1000
	%1822 = add i32 %236, 128
	%1823 = add i32 2048, %1822
	%1824 = add i32 %1821, %1823
	%1825 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1826 = mul i32 %1824, 4
	%1827 = getelementptr i8, i8 addrspace(3)* %1825, i32 %1826
	%1828 = bitcast i8 addrspace(3)* %1827 to i32 addrspace(3)*
	%1829 = load i32, i32 addrspace(3)* %1828
	%1830 = lshr i32 %1820, 8
	%1831 = and i32 %1830, 255
	%1832 = add i32 %236, 160
	%1833 = add i32 %1713, %1832
	%1834 = icmp slt i32 %1833, %9
	%1835 = mul i32 %1714, u0x1000
	%1836 = add i32 %236, 160
	%1837 = add i32 0, %1836
	%1838 = add i32 %1835, %1837
	%1839 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1840 = mul i32 %1838, 4
	%1841 = getelementptr i8, i8 addrspace(3)* %1839, i32 %1840
	%1842 = bitcast i8 addrspace(3)* %1841 to i32 addrspace(3)*
	%1843 = load i32, i32 addrspace(3)* %1842
	%1844 = mul i32 %1714, u0x1000
	%1845 = add i32 %236, 160
	%1846 = add i32 2048, %1845
	%1847 = add i32 %1844, %1846
	%1848 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1849 = mul i32 %1847, 4
	%1850 = getelementptr i8, i8 addrspace(3)* %1848, i32 %1849
	%1851 = bitcast i8 addrspace(3)* %1850 to i32 addrspace(3)*
	%1852 = load i32, i32 addrspace(3)* %1851
	%1853 = lshr i32 %1843, 8
	%1854 = and i32 %1853, 255
	%1855 = add i32 %236, 192
	%1856 = add i32 %1713, %1855
	%1857 = icmp slt i32 %1856, %9
	%1858 = mul i32 %1714, u0x1000
	%1859 = add i32 %236, 192
	%1860 = add i32 0, %1859
	%1861 = add i32 %1858, %1860
	%1862 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1863 = mul i32 %1861, 4
	%1864 = getelementptr i8, i8 addrspace(3)* %1862, i32 %1863
	%1865 = bitcast i8 addrspace(3)* %1864 to i32 addrspace(3)*
	%1866 = load i32, i32 addrspace(3)* %1865
	%1867 = mul i32 %1714, u0x1000
	%1868 = add i32 %236, 192
	%1869 = add i32 2048, %1868
	%1870 = add i32 %1867, %1869
	%1871 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1872 = mul i32 %1870, 4
	%1873 = getelementptr i8, i8 addrspace(3)* %1871, i32 %1872
	%1874 = bitcast i8 addrspace(3)* %1873 to i32 addrspace(3)*
	%1875 = load i32, i32 addrspace(3)* %1874
	%1876 = lshr i32 %1866, 8
	%1877 = and i32 %1876, 255
	%1878 = add i32 %236, 224
	%1879 = add i32 %1713, %1878
	%1880 = icmp slt i32 %1879, %9
	%1881 = mul i32 %1714, u0x1000
	%1882 = add i32 %236, 224
	%1883 = add i32 0, %1882
	%1884 = add i32 %1881, %1883
	%1885 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1886 = mul i32 %1884, 4
	%1887 = getelementptr i8, i8 addrspace(3)* %1885, i32 %1886
	%1888 = bitcast i8 addrspace(3)* %1887 to i32 addrspace(3)*
	%1889 = load i32, i32 addrspace(3)* %1888
	%1890 = mul i32 %1714, u0x1000
	%1891 = add i32 %236, 224
	%1892 = add i32 2048, %1891
	%1893 = add i32 %1890, %1892
	%1894 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1895 = mul i32 %1893, 4
	%1896 = getelementptr i8, i8 addrspace(3)* %1894, i32 %1895
	%1897 = bitcast i8 addrspace(3)* %1896 to i32 addrspace(3)*
	%1898 = load i32, i32 addrspace(3)* %1897
	%1899 = lshr i32 %1889, 8
	%1900 = and i32 %1899, 255
	%1901 = add i32 %1713, 2048
	%1902 = icmp slt i32 %1901, %9
	br i1 %1902, label %2120, label %2338

1903:
	call void @llvm.nvvm.barrier0()
	%1904 = add i32 %236, 0
	%1905 = add i32 0, %1904
	%1906 = icmp slt i32 %1905, %9
	%1907 = select i1 %1906, i32 %1905, i32 0
	%1908 = select i1 %1906, i32 4, i32 0
	%1909 = mul i32 0, u0x1000
	%1910 = add i32 %236, 0
	%1911 = add i32 0, %1910
	%1912 = add i32 %1909, %1911
	%1913 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1914 = mul i32 %1912, 4
	%1915 = getelementptr i8, i8 addrspace(3)* %1913, i32 %1914
	%1916 = bitcast i8 addrspace(3)* %1915 to i32 addrspace(3)*
	%1917 = ptrtoint i32 addrspace(3)* %1916 to i32
	%1918 = sext i32 %1907 to i64
	%1919 = getelementptr i32, i32* %44, i64 %1918
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1917, i32* %1919, i32 %1908)
	%1920 = mul i32 0, u0x1000
	%1921 = add i32 %236, 0
	%1922 = add i32 2048, %1921
	%1923 = add i32 %1920, %1922
	%1924 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1925 = mul i32 %1923, 4
	%1926 = getelementptr i8, i8 addrspace(3)* %1924, i32 %1925
	%1927 = bitcast i8 addrspace(3)* %1926 to i32 addrspace(3)*
	%1928 = ptrtoint i32 addrspace(3)* %1927 to i32
	%1929 = sext i32 %1907 to i64
	%1930 = getelementptr i32, i32* %15, i64 %1929
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1928, i32* %1930, i32 %1908)
	%1931 = add i32 %236, 32
	%1932 = add i32 0, %1931
	%1933 = icmp slt i32 %1932, %9
	%1934 = select i1 %1933, i32 %1932, i32 0
	%1935 = select i1 %1933, i32 4, i32 0
	%1936 = mul i32 0, u0x1000
	%1937 = add i32 %236, 32
	%1938 = add i32 0, %1937
	%1939 = add i32 %1936, %1938
	%1940 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1941 = mul i32 %1939, 4
	%1942 = getelementptr i8, i8 addrspace(3)* %1940, i32 %1941
	%1943 = bitcast i8 addrspace(3)* %1942 to i32 addrspace(3)*
	%1944 = ptrtoint i32 addrspace(3)* %1943 to i32
	%1945 = sext i32 %1934 to i64
	%1946 = getelementptr i32, i32* %44, i64 %1945
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1944, i32* %1946, i32 %1935)
	%1947 = mul i32 0, u0x1000
	%1948 = add i32 %236, 32
	%1949 = add i32 2048, %1948
	%1950 = add i32 %1947, %1949
	%1951 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1952 = mul i32 %1950, 4
	%1953 = getelementptr i8, i8 addrspace(3)* %1951, i32 %1952
	%1954 = bitcast i8 addrspace(3)* %1953 to i32 addrspace(3)*
	%1955 = ptrtoint i32 addrspace(3)* %1954 to i32
	%1956 = sext i32 %1934 to i64
	%1957 = getelementptr i32, i32* %15, i64 %1956
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1955, i32* %1957, i32 %1935)
	%1958 = add i32 %236, 64
	%1959 = add i32 0, %1958
	%1960 = icmp slt i32 %1959, %9
	%1961 = select i1 %1960, i32 %1959, i32 0
	%1962 = select i1 %1960, i32 4, i32 0
	%1963 = mul i32 0, u0x1000
	%1964 = add i32 %236, 64
	%1965 = add i32 0, %1964
	%1966 = add i32 %1963, %1965
	%1967 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1968 = mul i32 %1966, 4
	%1969 = getelementptr i8, i8 addrspace(3)* %1967, i32 %1968
	%1970 = bitcast i8 addrspace(3)* %1969 to i32 addrspace(3)*
	%1971 = ptrtoint i32 addrspace(3)* %1970 to i32
	%1972 = sext i32 %1961 to i64
	%1973 = getelementptr i32, i32* %44, i64 %1972
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1971, i32* %1973, i32 %1962)
	%1974 = mul i32 0, u0x1000
	%1975 = add i32 %236, 64
	%1976 = add i32 2048, %1975
	%1977 = add i32 %1974, %1976
	%1978 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1979 = mul i32 %1977, 4
	%1980 = getelementptr i8, i8 addrspace(3)* %1978, i32 %1979
	%1981 = bitcast i8 addrspace(3)* %1980 to i32 addrspace(3)*
	%1982 = ptrtoint i32 addrspace(3)* %1981 to i32
	%1983 = sext i32 %1961 to i64
	%1984 = getelementptr i32, i32* %15, i64 %1983
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1982, i32* %1984, i32 %1962)
	%1985 = add i32 %236, 96
	%1986 = add i32 0, %1985
	%1987 = icmp slt i32 %1986, %9
	%1988 = select i1 %1987, i32 %1986, i32 0
	%1989 = select i1 %1987, i32 4, i32 0
	%1990 = mul i32 0, u0x1000
	%1991 = add i32 %236, 96
	%1992 = add i32 0, %1991
	%1993 = add i32 %1990, %1992
	%1994 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%1995 = mul i32 %1993, 4
	%1996 = getelementptr i8, i8 addrspace(3)* %1994, i32 %1995
	%1997 = bitcast i8 addrspace(3)* %1996 to i32 addrspace(3)*
	%1998 = ptrtoint i32 addrspace(3)* %1997 to i32
	%1999 = sext i32 %1988 to i64
	%2000 = getelementptr i32, i32* %44, i64 %1999
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %1998, i32* %2000, i32 %1989)
	%2001 = mul i32 0, u0x1000
	%2002 = add i32 %236, 96
	%2003 = add i32 2048, %2002
	%2004 = add i32 %2001, %2003
	%2005 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2006 = mul i32 %2004, 4
	%2007 = getelementptr i8, i8 addrspace(3)* %2005, i32 %2006
	%2008 = bitcast i8 addrspace(3)* %2007 to i32 addrspace(3)*
	%2009 = ptrtoint i32 addrspace(3)* %2008 to i32
	%2010 = sext i32 %1988 to i64
	%2011 = getelementptr i32, i32* %15, i64 %2010
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2009, i32* %2011, i32 %1989)
	%2012 = add i32 %236, 128
	%2013 = add i32 0, %2012
	%2014 = icmp slt i32 %2013, %9
	%2015 = select i1 %2014, i32 %2013, i32 0
	%2016 = select i1 %2014, i32 4, i32 0
	%2017 = mul i32 0, u0x1000
	%2018 = add i32 %236, 128
	%2019 = add i32 0, %2018
	%2020 = add i32 %2017, %2019
	%2021 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2022 = mul i32 %2020, 4
	%2023 = getelementptr i8, i8 addrspace(3)* %2021, i32 %2022
	%2024 = bitcast i8 addrspace(3)* %2023 to i32 addrspace(3)*
	%2025 = ptrtoint i32 addrspace(3)* %2024 to i32
	%2026 = sext i32 %2015 to i64
	%2027 = getelementptr i32, i32* %44, i64 %2026
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2025, i32* %2027, i32 %2016)
	%2028 = mul i32 0, u0x1000
	%2029 = add i32 %236, 128
	%2030 = add i32 2048, %2029
	%2031 = add i32 %2028, %2030
	%2032 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2033 = mul i32 %2031, 4
	%2034 = getelementptr i8, i8 addrspace(3)* %2032, i32 %2033
	%2035 = bitcast i8 addrspace(3)* %2034 to i32 addrspace(3)*
	%2036 = ptrtoint i32 addrspace(3)* %2035 to i32
	%2037 = sext i32 %2015 to i64
	%2038 = getelementptr i32, i32* %15, i64 %2037
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2036, i32* %2038, i32 %2016)
	%2039 = add i32 %236, 160
	%2040 = add i32 0, %2039
	%2041 = icmp slt i32 %2040, %9
	%2042 = select i1 %2041, i32 %2040, i32 0
	%2043 = select i1 %2041, i32 4, i32 0
	%2044 = mul i32 0, u0x1000
	%2045 = add i32 %236, 160
	%2046 = add i32 0, %2045
	%2047 = add i32 %2044, %2046
	%2048 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2049 = mul i32 %2047, 4
	%2050 = getelementptr i8, i8 addrspace(3)* %2048, i32 %2049
	%2051 = bitcast i8 addrspace(3)* %2050 to i32 addrspace(3)*
	%2052 = ptrtoint i32 addrspace(3)* %2051 to i32
	%2053 = sext i32 %2042 to i64
	%2054 = getelementptr i32, i32* %44, i64 %2053
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2052, i32* %2054, i32 %2043)
	%2055 = mul i32 0, u0x1000
	%2056 = add i32 %236, 160
	%2057 = add i32 2048, %2056
	%2058 = add i32 %2055, %2057
	%2059 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2060 = mul i32 %2058, 4
	%2061 = getelementptr i8, i8 addrspace(3)* %2059, i32 %2060
	%2062 = bitcast i8 addrspace(3)* %2061 to i32 addrspace(3)*
	%2063 = ptrtoint i32 addrspace(3)* %2062 to i32
	%2064 = sext i32 %2042 to i64
	%2065 = getelementptr i32, i32* %15, i64 %2064
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2063, i32* %2065, i32 %2043)
	%2066 = add i32 %236, 192
	%2067 = add i32 0, %2066
	%2068 = icmp slt i32 %2067, %9
	%2069 = select i1 %2068, i32 %2067, i32 0
	%2070 = select i1 %2068, i32 4, i32 0
	%2071 = mul i32 0, u0x1000
	%2072 = add i32 %236, 192
	%2073 = add i32 0, %2072
	%2074 = add i32 %2071, %2073
	%2075 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2076 = mul i32 %2074, 4
	%2077 = getelementptr i8, i8 addrspace(3)* %2075, i32 %2076
	%2078 = bitcast i8 addrspace(3)* %2077 to i32 addrspace(3)*
	%2079 = ptrtoint i32 addrspace(3)* %2078 to i32
	%2080 = sext i32 %2069 to i64
	%2081 = getelementptr i32, i32* %44, i64 %2080
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2079, i32* %2081, i32 %2070)
	%2082 = mul i32 0, u0x1000
	%2083 = add i32 %236, 192
	%2084 = add i32 2048, %2083
	%2085 = add i32 %2082, %2084
	%2086 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2087 = mul i32 %2085, 4
	%2088 = getelementptr i8, i8 addrspace(3)* %2086, i32 %2087
	%2089 = bitcast i8 addrspace(3)* %2088 to i32 addrspace(3)*
	%2090 = ptrtoint i32 addrspace(3)* %2089 to i32
	%2091 = sext i32 %2069 to i64
	%2092 = getelementptr i32, i32* %15, i64 %2091
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2090, i32* %2092, i32 %2070)
	%2093 = add i32 %236, 224
	%2094 = add i32 0, %2093
	%2095 = icmp slt i32 %2094, %9
	%2096 = select i1 %2095, i32 %2094, i32 0
	%2097 = select i1 %2095, i32 4, i32 0
	%2098 = mul i32 0, u0x1000
	%2099 = add i32 %236, 224
	%2100 = add i32 0, %2099
	%2101 = add i32 %2098, %2100
	%2102 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2103 = mul i32 %2101, 4
	%2104 = getelementptr i8, i8 addrspace(3)* %2102, i32 %2103
	%2105 = bitcast i8 addrspace(3)* %2104 to i32 addrspace(3)*
	%2106 = ptrtoint i32 addrspace(3)* %2105 to i32
	%2107 = sext i32 %2096 to i64
	%2108 = getelementptr i32, i32* %44, i64 %2107
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2106, i32* %2108, i32 %2097)
	%2109 = mul i32 0, u0x1000
	%2110 = add i32 %236, 224
	%2111 = add i32 2048, %2110
	%2112 = add i32 %2109, %2111
	%2113 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2114 = mul i32 %2112, 4
	%2115 = getelementptr i8, i8 addrspace(3)* %2113, i32 %2114
	%2116 = bitcast i8 addrspace(3)* %2115 to i32 addrspace(3)*
	%2117 = ptrtoint i32 addrspace(3)* %2116 to i32
	%2118 = sext i32 %2096 to i64
	%2119 = getelementptr i32, i32* %15, i64 %2118
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2117, i32* %2119, i32 %2097)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %2971

2120:
	%2121 = xor i32 %1714, 1
	%2122 = add i32 %236, 0
	%2123 = add i32 %1901, %2122
	%2124 = icmp slt i32 %2123, %9
	%2125 = select i1 %2124, i32 %2123, i32 0
	%2126 = select i1 %2124, i32 4, i32 0
	%2127 = mul i32 %2121, u0x1000
	%2128 = add i32 %236, 0
	%2129 = add i32 0, %2128
	%2130 = add i32 %2127, %2129
	%2131 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2132 = mul i32 %2130, 4
	%2133 = getelementptr i8, i8 addrspace(3)* %2131, i32 %2132
	%2134 = bitcast i8 addrspace(3)* %2133 to i32 addrspace(3)*
	%2135 = ptrtoint i32 addrspace(3)* %2134 to i32
	%2136 = sext i32 %2125 to i64
	%2137 = getelementptr i32, i32* %46, i64 %2136
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2135, i32* %2137, i32 %2126)
	%2138 = mul i32 %2121, u0x1000
	%2139 = add i32 %236, 0
	%2140 = add i32 2048, %2139
	%2141 = add i32 %2138, %2140
	%2142 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2143 = mul i32 %2141, 4
	%2144 = getelementptr i8, i8 addrspace(3)* %2142, i32 %2143
	%2145 = bitcast i8 addrspace(3)* %2144 to i32 addrspace(3)*
	%2146 = ptrtoint i32 addrspace(3)* %2145 to i32
	%2147 = sext i32 %2125 to i64
	%2148 = getelementptr i32, i32* %49, i64 %2147
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2146, i32* %2148, i32 %2126)
	%2149 = add i32 %236, 32
	%2150 = add i32 %1901, %2149
	%2151 = icmp slt i32 %2150, %9
	%2152 = select i1 %2151, i32 %2150, i32 0
	%2153 = select i1 %2151, i32 4, i32 0
	%2154 = mul i32 %2121, u0x1000
	%2155 = add i32 %236, 32
	%2156 = add i32 0, %2155
	%2157 = add i32 %2154, %2156
	%2158 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2159 = mul i32 %2157, 4
	%2160 = getelementptr i8, i8 addrspace(3)* %2158, i32 %2159
	%2161 = bitcast i8 addrspace(3)* %2160 to i32 addrspace(3)*
	%2162 = ptrtoint i32 addrspace(3)* %2161 to i32
	%2163 = sext i32 %2152 to i64
	%2164 = getelementptr i32, i32* %46, i64 %2163
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2162, i32* %2164, i32 %2153)
	%2165 = mul i32 %2121, u0x1000
	%2166 = add i32 %236, 32
	%2167 = add i32 2048, %2166
	%2168 = add i32 %2165, %2167
	%2169 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2170 = mul i32 %2168, 4
	%2171 = getelementptr i8, i8 addrspace(3)* %2169, i32 %2170
	%2172 = bitcast i8 addrspace(3)* %2171 to i32 addrspace(3)*
	%2173 = ptrtoint i32 addrspace(3)* %2172 to i32
	%2174 = sext i32 %2152 to i64
	%2175 = getelementptr i32, i32* %49, i64 %2174
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2173, i32* %2175, i32 %2153)
	%2176 = add i32 %236, 64
	%2177 = add i32 %1901, %2176
	%2178 = icmp slt i32 %2177, %9
	%2179 = select i1 %2178, i32 %2177, i32 0
	%2180 = select i1 %2178, i32 4, i32 0
	%2181 = mul i32 %2121, u0x1000
	%2182 = add i32 %236, 64
	%2183 = add i32 0, %2182
	%2184 = add i32 %2181, %2183
	%2185 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2186 = mul i32 %2184, 4
	%2187 = getelementptr i8, i8 addrspace(3)* %2185, i32 %2186
	%2188 = bitcast i8 addrspace(3)* %2187 to i32 addrspace(3)*
	%2189 = ptrtoint i32 addrspace(3)* %2188 to i32
	%2190 = sext i32 %2179 to i64
	%2191 = getelementptr i32, i32* %46, i64 %2190
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2189, i32* %2191, i32 %2180)
	%2192 = mul i32 %2121, u0x1000
	%2193 = add i32 %236, 64
	%2194 = add i32 2048, %2193
	%2195 = add i32 %2192, %2194
	%2196 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2197 = mul i32 %2195, 4
	%2198 = getelementptr i8, i8 addrspace(3)* %2196, i32 %2197
	%2199 = bitcast i8 addrspace(3)* %2198 to i32 addrspace(3)*
	%2200 = ptrtoint i32 addrspace(3)* %2199 to i32
	%2201 = sext i32 %2179 to i64
	%2202 = getelementptr i32, i32* %49, i64 %2201
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2200, i32* %2202, i32 %2180)
	%2203 = add i32 %236, 96
	%2204 = add i32 %1901, %2203
	%2205 = icmp slt i32 %2204, %9
	%2206 = select i1 %2205, i32 %2204, i32 0
	%2207 = select i1 %2205, i32 4, i32 0
	%2208 = mul i32 %2121, u0x1000
	%2209 = add i32 %236, 96
	%2210 = add i32 0, %2209
	%2211 = add i32 %2208, %2210
	%2212 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2213 = mul i32 %2211, 4
	%2214 = getelementptr i8, i8 addrspace(3)* %2212, i32 %2213
	%2215 = bitcast i8 addrspace(3)* %2214 to i32 addrspace(3)*
	%2216 = ptrtoint i32 addrspace(3)* %2215 to i32
	%2217 = sext i32 %2206 to i64
	%2218 = getelementptr i32, i32* %46, i64 %2217
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2216, i32* %2218, i32 %2207)
	%2219 = mul i32 %2121, u0x1000
	%2220 = add i32 %236, 96
	%2221 = add i32 2048, %2220
	%2222 = add i32 %2219, %2221
	%2223 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2224 = mul i32 %2222, 4
	%2225 = getelementptr i8, i8 addrspace(3)* %2223, i32 %2224
	%2226 = bitcast i8 addrspace(3)* %2225 to i32 addrspace(3)*
	%2227 = ptrtoint i32 addrspace(3)* %2226 to i32
	%2228 = sext i32 %2206 to i64
	%2229 = getelementptr i32, i32* %49, i64 %2228
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2227, i32* %2229, i32 %2207)
	%2230 = add i32 %236, 128
	%2231 = add i32 %1901, %2230
	%2232 = icmp slt i32 %2231, %9
	%2233 = select i1 %2232, i32 %2231, i32 0
	%2234 = select i1 %2232, i32 4, i32 0
	%2235 = mul i32 %2121, u0x1000
	%2236 = add i32 %236, 128
	%2237 = add i32 0, %2236
	%2238 = add i32 %2235, %2237
	%2239 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2240 = mul i32 %2238, 4
	%2241 = getelementptr i8, i8 addrspace(3)* %2239, i32 %2240
	%2242 = bitcast i8 addrspace(3)* %2241 to i32 addrspace(3)*
	%2243 = ptrtoint i32 addrspace(3)* %2242 to i32
	%2244 = sext i32 %2233 to i64
	%2245 = getelementptr i32, i32* %46, i64 %2244
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2243, i32* %2245, i32 %2234)
	%2246 = mul i32 %2121, u0x1000
	%2247 = add i32 %236, 128
	%2248 = add i32 2048, %2247
	%2249 = add i32 %2246, %2248
	%2250 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2251 = mul i32 %2249, 4
	%2252 = getelementptr i8, i8 addrspace(3)* %2250, i32 %2251
	%2253 = bitcast i8 addrspace(3)* %2252 to i32 addrspace(3)*
	%2254 = ptrtoint i32 addrspace(3)* %2253 to i32
	%2255 = sext i32 %2233 to i64
	%2256 = getelementptr i32, i32* %49, i64 %2255
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2254, i32* %2256, i32 %2234)
	%2257 = add i32 %236, 160
	%2258 = add i32 %1901, %2257
	%2259 = icmp slt i32 %2258, %9
	%2260 = select i1 %2259, i32 %2258, i32 0
	%2261 = select i1 %2259, i32 4, i32 0
	%2262 = mul i32 %2121, u0x1000
	%2263 = add i32 %236, 160
	%2264 = add i32 0, %2263
	%2265 = add i32 %2262, %2264
	%2266 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2267 = mul i32 %2265, 4
	%2268 = getelementptr i8, i8 addrspace(3)* %2266, i32 %2267
	%2269 = bitcast i8 addrspace(3)* %2268 to i32 addrspace(3)*
	%2270 = ptrtoint i32 addrspace(3)* %2269 to i32
	%2271 = sext i32 %2260 to i64
	%2272 = getelementptr i32, i32* %46, i64 %2271
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2270, i32* %2272, i32 %2261)
	%2273 = mul i32 %2121, u0x1000
	%2274 = add i32 %236, 160
	%2275 = add i32 2048, %2274
	%2276 = add i32 %2273, %2275
	%2277 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2278 = mul i32 %2276, 4
	%2279 = getelementptr i8, i8 addrspace(3)* %2277, i32 %2278
	%2280 = bitcast i8 addrspace(3)* %2279 to i32 addrspace(3)*
	%2281 = ptrtoint i32 addrspace(3)* %2280 to i32
	%2282 = sext i32 %2260 to i64
	%2283 = getelementptr i32, i32* %49, i64 %2282
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2281, i32* %2283, i32 %2261)
	%2284 = add i32 %236, 192
	%2285 = add i32 %1901, %2284
	%2286 = icmp slt i32 %2285, %9
	%2287 = select i1 %2286, i32 %2285, i32 0
	%2288 = select i1 %2286, i32 4, i32 0
	%2289 = mul i32 %2121, u0x1000
	%2290 = add i32 %236, 192
	%2291 = add i32 0, %2290
	%2292 = add i32 %2289, %2291
	%2293 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2294 = mul i32 %2292, 4
	%2295 = getelementptr i8, i8 addrspace(3)* %2293, i32 %2294
	%2296 = bitcast i8 addrspace(3)* %2295 to i32 addrspace(3)*
	%2297 = ptrtoint i32 addrspace(3)* %2296 to i32
	%2298 = sext i32 %2287 to i64
	%2299 = getelementptr i32, i32* %46, i64 %2298
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2297, i32* %2299, i32 %2288)
	%2300 = mul i32 %2121, u0x1000
	%2301 = add i32 %236, 192
	%2302 = add i32 2048, %2301
	%2303 = add i32 %2300, %2302
	%2304 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2305 = mul i32 %2303, 4
	%2306 = getelementptr i8, i8 addrspace(3)* %2304, i32 %2305
	%2307 = bitcast i8 addrspace(3)* %2306 to i32 addrspace(3)*
	%2308 = ptrtoint i32 addrspace(3)* %2307 to i32
	%2309 = sext i32 %2287 to i64
	%2310 = getelementptr i32, i32* %49, i64 %2309
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2308, i32* %2310, i32 %2288)
	%2311 = add i32 %236, 224
	%2312 = add i32 %1901, %2311
	%2313 = icmp slt i32 %2312, %9
	%2314 = select i1 %2313, i32 %2312, i32 0
	%2315 = select i1 %2313, i32 4, i32 0
	%2316 = mul i32 %2121, u0x1000
	%2317 = add i32 %236, 224
	%2318 = add i32 0, %2317
	%2319 = add i32 %2316, %2318
	%2320 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2321 = mul i32 %2319, 4
	%2322 = getelementptr i8, i8 addrspace(3)* %2320, i32 %2321
	%2323 = bitcast i8 addrspace(3)* %2322 to i32 addrspace(3)*
	%2324 = ptrtoint i32 addrspace(3)* %2323 to i32
	%2325 = sext i32 %2314 to i64
	%2326 = getelementptr i32, i32* %46, i64 %2325
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2324, i32* %2326, i32 %2315)
	%2327 = mul i32 %2121, u0x1000
	%2328 = add i32 %236, 224
	%2329 = add i32 2048, %2328
	%2330 = add i32 %2327, %2329
	%2331 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2332 = mul i32 %2330, 4
	%2333 = getelementptr i8, i8 addrspace(3)* %2331, i32 %2332
	%2334 = bitcast i8 addrspace(3)* %2333 to i32 addrspace(3)*
	%2335 = ptrtoint i32 addrspace(3)* %2334 to i32
	%2336 = sext i32 %2314 to i64
	%2337 = getelementptr i32, i32* %49, i64 %2336
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %2335, i32* %2337, i32 %2315)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %2338

2338:
	%2339 = select i1 %1719, i32 %1739, i32 256
	%2340 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2339)
	%2341 = and i32 %2340, %234
	%2342 = call i32 @llvm.ctpop.i32(i32 %2341)
	br i1 %1719, label %2343, label %2348

2343:
	%2344 = mul i32 %4, 256
	%2345 = add i32 %2344, %1739
	%2346 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2345
	%2347 = load i32, i32 addrspace(3)* %2346
	br label %2348

2348:
	%2349 = phi i32 [ 0, %2338 ], [ %2347, %2343 ]
	%2350 = add i32 %2349, %2342
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2351 = icmp eq i32 %2342, 0
	%2352 = and i1 %1719, %2351
	br i1 %2352, label %2353, label %2359

2353:
	%2354 = call i32 @llvm.ctpop.i32(i32 %2340)
	%2355 = add i32 %2349, %2354
	%2356 = mul i32 %4, 256
	%2357 = add i32 %2356, %1739
	%2358 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2357
	store i32 %2355, i32 addrspace(3)* %2358
	br label %2359

2359:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2360 = select i1 %1742, i32 %1762, i32 256
	%2361 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2360)
	%2362 = and i32 %2361, %234
	%2363 = call i32 @llvm.ctpop.i32(i32 %2362)
	br i1 %1742, label %2364, label %2369

2364:
	%2365 = mul i32 %4, 256
	%2366 = add i32 %2365, %1762
	%2367 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2366
	%2368 = load i32, i32 addrspace(3)* %2367
	br label %2369

2369:
	%2370 = phi i32 [ 0, %2359 ], [ %2368, %2364 ]
	%2371 = add i32 %2370, %2363
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2372 = icmp eq i32 %2363, 0
	%2373 = and i1 %1742, %2372
	br i1 %2373, label %2374, label %2380

2374:
	%2375 = call i32 @llvm.ctpop.i32(i32 %2361)
	%2376 = add i32 %2370, %2375
	%2377 = mul i32 %4, 256
	%2378 = add i32 %2377, %1762
	%2379 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2378
	store i32 %2376, i32 addrspace(3)* %2379
	br label %2380

2380:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2381 = select i1 %1765, i32 %1785, i32 256
	%2382 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2381)
	%2383 = and i32 %2382, %234
	%2384 = call i32 @llvm.ctpop.i32(i32 %2383)
	br i1 %1765, label %2385, label %2390

2385:
	%2386 = mul i32 %4, 256
	%2387 = add i32 %2386, %1785
	%2388 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2387
	%2389 = load i32, i32 addrspace(3)* %2388
	br label %2390

2390:
	%2391 = phi i32 [ 0, %2380 ], [ %2389, %2385 ]
	%2392 = add i32 %2391, %2384
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2393 = icmp eq i32 %2384, 0
	%2394 = and i1 %1765, %2393
	br i1 %2394, label %2395, label %2401

2395:
	%2396 = call i32 @llvm.ctpop.i32(i32 %2382)
	%2397 = add i32 %2391, %2396
	%2398 = mul i32 %4, 256
	%2399 = add i32 %2398, %1785
	%2400 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2399
	store i32 %2397, i32 addrspace(3)* %2400
	br label %2401

2401:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2402 = select i1 %1788, i32 %1808, i32 256
	%2403 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2402)
	%2404 = and i32 %2403, %234
	%2405 = call i32 @llvm.ctpop.i32(i32 %2404)
	br i1 %1788, label %2406, label %2411

2406:
	%2407 = mul i32 %4, 256
	%2408 = add i32 %2407, %1808
	%2409 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2408
	%2410 = load i32, i32 addrspace(3)* %2409
	br label %2411

2411:
	%2412 = phi i32 [ 0, %2401 ], [ %2410, %2406 ]
	%2413 = add i32 %2412, %2405
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2414 = icmp eq i32 %2405, 0
	%2415 = and i1 %1788, %2414
	br i1 %2415, label %2416, label %2422

2416:
	%2417 = call i32 @llvm.ctpop.i32(i32 %2403)
	%2418 = add i32 %2412, %2417
	%2419 = mul i32 %4, 256
	%2420 = add i32 %2419, %1808
	%2421 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2420
	store i32 %2418, i32 addrspace(3)* %2421
	br label %2422

2422:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2423 = select i1 %1811, i32 %1831, i32 256
	%2424 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2423)
	%2425 = and i32 %2424, %234
	%2426 = call i32 @llvm.ctpop.i32(i32 %2425)
	br i1 %1811, label %2427, label %2432

2427:
	%2428 = mul i32 %4, 256
	%2429 = add i32 %2428, %1831
	%2430 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2429
	%2431 = load i32, i32 addrspace(3)* %2430
	br label %2432

2432:
	%2433 = phi i32 [ 0, %2422 ], [ %2431, %2427 ]
	%2434 = add i32 %2433, %2426
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2435 = icmp eq i32 %2426, 0
	%2436 = and i1 %1811, %2435
	br i1 %2436, label %2437, label %2443

2437:
	%2438 = call i32 @llvm.ctpop.i32(i32 %2424)
	%2439 = add i32 %2433, %2438
	%2440 = mul i32 %4, 256
	%2441 = add i32 %2440, %1831
	%2442 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2441
	store i32 %2439, i32 addrspace(3)* %2442
	br label %2443

2443:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2444 = select i1 %1834, i32 %1854, i32 256
	%2445 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2444)
	%2446 = and i32 %2445, %234
	%2447 = call i32 @llvm.ctpop.i32(i32 %2446)
	br i1 %1834, label %2448, label %2453

2448:
	%2449 = mul i32 %4, 256
	%2450 = add i32 %2449, %1854
	%2451 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2450
	%2452 = load i32, i32 addrspace(3)* %2451
	br label %2453

2453:
	%2454 = phi i32 [ 0, %2443 ], [ %2452, %2448 ]
	%2455 = add i32 %2454, %2447
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2456 = icmp eq i32 %2447, 0
	%2457 = and i1 %1834, %2456
	br i1 %2457, label %2458, label %2464

2458:
	%2459 = call i32 @llvm.ctpop.i32(i32 %2445)
	%2460 = add i32 %2454, %2459
	%2461 = mul i32 %4, 256
	%2462 = add i32 %2461, %1854
	%2463 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2462
	store i32 %2460, i32 addrspace(3)* %2463
	br label %2464

2464:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2465 = select i1 %1857, i32 %1877, i32 256
	%2466 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2465)
	%2467 = and i32 %2466, %234
	%2468 = call i32 @llvm.ctpop.i32(i32 %2467)
	br i1 %1857, label %2469, label %2474

2469:
	%2470 = mul i32 %4, 256
	%2471 = add i32 %2470, %1877
	%2472 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2471
	%2473 = load i32, i32 addrspace(3)* %2472
	br label %2474

2474:
	%2475 = phi i32 [ 0, %2464 ], [ %2473, %2469 ]
	%2476 = add i32 %2475, %2468
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2477 = icmp eq i32 %2468, 0
	%2478 = and i1 %1857, %2477
	br i1 %2478, label %2479, label %2485

2479:
	%2480 = call i32 @llvm.ctpop.i32(i32 %2466)
	%2481 = add i32 %2475, %2480
	%2482 = mul i32 %4, 256
	%2483 = add i32 %2482, %1877
	%2484 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2483
	store i32 %2481, i32 addrspace(3)* %2484
	br label %2485

2485:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2486 = select i1 %1880, i32 %1900, i32 256
	%2487 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2486)
	%2488 = and i32 %2487, %234
	%2489 = call i32 @llvm.ctpop.i32(i32 %2488)
	br i1 %1880, label %2490, label %2495

2490:
	%2491 = mul i32 %4, 256
	%2492 = add i32 %2491, %1900
	%2493 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2492
	%2494 = load i32, i32 addrspace(3)* %2493
	br label %2495

2495:
	%2496 = phi i32 [ 0, %2485 ], [ %2494, %2490 ]
	%2497 = add i32 %2496, %2489
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2498 = icmp eq i32 %2489, 0
	%2499 = and i1 %1880, %2498
	br i1 %2499, label %2500, label %2506

2500:
	%2501 = call i32 @llvm.ctpop.i32(i32 %2487)
	%2502 = add i32 %2496, %2501
	%2503 = mul i32 %4, 256
	%2504 = add i32 %2503, %1900
	%2505 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2504
	store i32 %2502, i32 addrspace(3)* %2505
	br label %2506

2506:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%2507 = mul i32 0, 256
	%2508 = add i32 %2507, %0
	%2509 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2508
	%2510 = load i32, i32 addrspace(3)* %2509
	%2511 = mul i32 0, 256
	%2512 = add i32 %2511, %0
	%2513 = add i32 2048, %2512
	%2514 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2513
	store i32 0, i32 addrspace(3)* %2514
	%2515 = mul i32 0, 256
	%2516 = add i32 %2515, %0
	%2517 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2516
	store i32 0, i32 addrspace(3)* %2517
	%2518 = add i32 0, %2510
	%2519 = mul i32 1, 256
	%2520 = add i32 %2519, %0
	%2521 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2520
	%2522 = load i32, i32 addrspace(3)* %2521
	%2523 = mul i32 1, 256
	%2524 = add i32 %2523, %0
	%2525 = add i32 2048, %2524
	%2526 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2525
	store i32 %2518, i32 addrspace(3)* %2526
	%2527 = mul i32 1, 256
	%2528 = add i32 %2527, %0
	%2529 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2528
	store i32 0, i32 addrspace(3)* %2529
	%2530 = add i32 %2518, %2522
	%2531 = mul i32 2, 256
	%2532 = add i32 %2531, %0
	%2533 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2532
	%2534 = load i32, i32 addrspace(3)* %2533
	%2535 = mul i32 2, 256
	%2536 = add i32 %2535, %0
	%2537 = add i32 2048, %2536
	%2538 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2537
	store i32 %2530, i32 addrspace(3)* %2538
	%2539 = mul i32 2, 256
	%2540 = add i32 %2539, %0
	%2541 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2540
	store i32 0, i32 addrspace(3)* %2541
	%2542 = add i32 %2530, %2534
	%2543 = mul i32 3, 256
	%2544 = add i32 %2543, %0
	%2545 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2544
	%2546 = load i32, i32 addrspace(3)* %2545
	%2547 = mul i32 3, 256
	%2548 = add i32 %2547, %0
	%2549 = add i32 2048, %2548
	%2550 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2549
	store i32 %2542, i32 addrspace(3)* %2550
	%2551 = mul i32 3, 256
	%2552 = add i32 %2551, %0
	%2553 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2552
	store i32 0, i32 addrspace(3)* %2553
	%2554 = add i32 %2542, %2546
	%2555 = mul i32 4, 256
	%2556 = add i32 %2555, %0
	%2557 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2556
	%2558 = load i32, i32 addrspace(3)* %2557
	%2559 = mul i32 4, 256
	%2560 = add i32 %2559, %0
	%2561 = add i32 2048, %2560
	%2562 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2561
	store i32 %2554, i32 addrspace(3)* %2562
	%2563 = mul i32 4, 256
	%2564 = add i32 %2563, %0
	%2565 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2564
	store i32 0, i32 addrspace(3)* %2565
	%2566 = add i32 %2554, %2558
	%2567 = mul i32 5, 256
	%2568 = add i32 %2567, %0
	%2569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2568
	%2570 = load i32, i32 addrspace(3)* %2569
	%2571 = mul i32 5, 256
	%2572 = add i32 %2571, %0
	%2573 = add i32 2048, %2572
	%2574 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2573
	store i32 %2566, i32 addrspace(3)* %2574
	%2575 = mul i32 5, 256
	%2576 = add i32 %2575, %0
	%2577 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2576
	store i32 0, i32 addrspace(3)* %2577
	%2578 = add i32 %2566, %2570
	%2579 = mul i32 6, 256
	%2580 = add i32 %2579, %0
	%2581 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2580
	%2582 = load i32, i32 addrspace(3)* %2581
	%2583 = mul i32 6, 256
	%2584 = add i32 %2583, %0
	%2585 = add i32 2048, %2584
	%2586 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2585
	store i32 %2578, i32 addrspace(3)* %2586
	%2587 = mul i32 6, 256
	%2588 = add i32 %2587, %0
	%2589 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2588
	store i32 0, i32 addrspace(3)* %2589
	%2590 = add i32 %2578, %2582
	%2591 = mul i32 7, 256
	%2592 = add i32 %2591, %0
	%2593 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2592
	%2594 = load i32, i32 addrspace(3)* %2593
	%2595 = mul i32 7, 256
	%2596 = add i32 %2595, %0
	%2597 = add i32 2048, %2596
	%2598 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2597
	store i32 %2590, i32 addrspace(3)* %2598
	%2599 = mul i32 7, 256
	%2600 = add i32 %2599, %0
	%2601 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2600
	store i32 0, i32 addrspace(3)* %2601
	%2602 = add i32 %2590, %2594
	call void @llvm.nvvm.barrier0()
	%2603 = select i1 %1719, i32 %1739, i32 0
	%2604 = mul i32 %4, 256
	%2605 = add i32 %2604, %2603
	%2606 = add i32 2048, %2605
	%2607 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2606
	%2608 = load i32, i32 addrspace(3)* %2607
	%2609 = add i32 %2350, %2608
	%2610 = select i1 %1742, i32 %1762, i32 0
	%2611 = mul i32 %4, 256
	%2612 = add i32 %2611, %2610
	%2613 = add i32 2048, %2612
	%2614 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2613
	%2615 = load i32, i32 addrspace(3)* %2614
	%2616 = add i32 %2371, %2615
	%2617 = select i1 %1765, i32 %1785, i32 0
	%2618 = mul i32 %4, 256
	%2619 = add i32 %2618, %2617
	%2620 = add i32 2048, %2619
	%2621 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2620
	%2622 = load i32, i32 addrspace(3)* %2621
	%2623 = add i32 %2392, %2622
	%2624 = select i1 %1788, i32 %1808, i32 0
	%2625 = mul i32 %4, 256
	%2626 = add i32 %2625, %2624
	%2627 = add i32 2048, %2626
	%2628 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2627
	%2629 = load i32, i32 addrspace(3)* %2628
	%2630 = add i32 %2413, %2629
	%2631 = select i1 %1811, i32 %1831, i32 0
	%2632 = mul i32 %4, 256
	%2633 = add i32 %2632, %2631
	%2634 = add i32 2048, %2633
	%2635 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2634
	%2636 = load i32, i32 addrspace(3)* %2635
	%2637 = add i32 %2434, %2636
	%2638 = select i1 %1834, i32 %1854, i32 0
	%2639 = mul i32 %4, 256
	%2640 = add i32 %2639, %2638
	%2641 = add i32 2048, %2640
	%2642 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2641
	%2643 = load i32, i32 addrspace(3)* %2642
	%2644 = add i32 %2455, %2643
	%2645 = select i1 %1857, i32 %1877, i32 0
	%2646 = mul i32 %4, 256
	%2647 = add i32 %2646, %2645
	%2648 = add i32 2048, %2647
	%2649 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2648
	%2650 = load i32, i32 addrspace(3)* %2649
	%2651 = add i32 %2476, %2650
	%2652 = select i1 %1880, i32 %1900, i32 0
	%2653 = mul i32 %4, 256
	%2654 = add i32 %2653, %2652
	%2655 = add i32 2048, %2654
	%2656 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %2655
	%2657 = load i32, i32 addrspace(3)* %2656
	%2658 = add i32 %2497, %2657
	%2659 = and i32 %0, 31
	%2660 = lshr i32 %0, 5
	%2661 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2602, i32 1, i32 0)
	%2662 = icmp uge i32 %2659, 1
	%2663 = select i1 %2662, i32 %2661, i32 0
	%2664 = add i32 %2602, %2663
	%2665 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2664, i32 2, i32 0)
	%2666 = icmp uge i32 %2659, 2
	%2667 = select i1 %2666, i32 %2665, i32 0
	%2668 = add i32 %2664, %2667
	%2669 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2668, i32 4, i32 0)
	%2670 = icmp uge i32 %2659, 4
	%2671 = select i1 %2670, i32 %2669, i32 0
	%2672 = add i32 %2668, %2671
	%2673 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2672, i32 8, i32 0)
	%2674 = icmp uge i32 %2659, 8
	%2675 = select i1 %2674, i32 %2673, i32 0
	%2676 = add i32 %2672, %2675
	%2677 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2676, i32 16, i32 0)
	%2678 = icmp uge i32 %2659, 16
	%2679 = select i1 %2678, i32 %2677, i32 0
	%2680 = add i32 %2676, %2679
	%2681 = icmp eq i32 %2659, 31
	br i1 %2681, label %2682, label %2684

2682:
	%2683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %2660
	store i32 %2680, i32 addrspace(3)* %2683
	br label %2684

2684:
	call void @llvm.nvvm.barrier0()
	%2685 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%2686 = load i32, i32 addrspace(3)* %2685
	%2687 = icmp sgt i32 %2660, 0
	%2688 = select i1 %2687, i32 %2686, i32 0
	%2689 = add i32 0, %2688
	%2690 = add i32 0, %2686
	%2691 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%2692 = load i32, i32 addrspace(3)* %2691
	%2693 = icmp sgt i32 %2660, 1
	%2694 = select i1 %2693, i32 %2692, i32 0
	%2695 = add i32 %2689, %2694
	%2696 = add i32 %2690, %2692
	%2697 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%2698 = load i32, i32 addrspace(3)* %2697
	%2699 = icmp sgt i32 %2660, 2
	%2700 = select i1 %2699, i32 %2698, i32 0
	%2701 = add i32 %2695, %2700
	%2702 = add i32 %2696, %2698
	%2703 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%2704 = load i32, i32 addrspace(3)* %2703
	%2705 = icmp sgt i32 %2660, 3
	%2706 = select i1 %2705, i32 %2704, i32 0
	%2707 = add i32 %2701, %2706
	%2708 = add i32 %2702, %2704
	%2709 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%2710 = load i32, i32 addrspace(3)* %2709
	%2711 = icmp sgt i32 %2660, 4
	%2712 = select i1 %2711, i32 %2710, i32 0
	%2713 = add i32 %2707, %2712
	%2714 = add i32 %2708, %2710
	%2715 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%2716 = load i32, i32 addrspace(3)* %2715
	%2717 = icmp sgt i32 %2660, 5
	%2718 = select i1 %2717, i32 %2716, i32 0
	%2719 = add i32 %2713, %2718
	%2720 = add i32 %2714, %2716
	%2721 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%2722 = load i32, i32 addrspace(3)* %2721
	%2723 = icmp sgt i32 %2660, 6
	%2724 = select i1 %2723, i32 %2722, i32 0
	%2725 = add i32 %2719, %2724
	%2726 = add i32 %2720, %2722
	%2727 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%2728 = load i32, i32 addrspace(3)* %2727
	%2729 = icmp sgt i32 %2660, 7
	%2730 = select i1 %2729, i32 %2728, i32 0
	%2731 = add i32 %2725, %2730
	%2732 = add i32 %2726, %2728
	%2733 = add i32 %2731, %2680
	%2734 = sub i32 %2733, %2602
	%2735 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %2734, i32 addrspace(3)* %2735
	call void @llvm.nvvm.barrier0()
	br i1 %1719, label %2736, label %2742

2736:
	%2737 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1739
	%2738 = load i32, i32 addrspace(3)* %2737
	%2739 = add i32 %2738, %2609
	%2740 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2739
	store i32 %1728, i32 addrspace(3)* %2740
	%2741 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2739
	store i32 %1737, i32 addrspace(3)* %2741
	br label %2742

2742:
	br i1 %1742, label %2743, label %2749

2743:
	%2744 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1762
	%2745 = load i32, i32 addrspace(3)* %2744
	%2746 = add i32 %2745, %2616
	%2747 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2746
	store i32 %1751, i32 addrspace(3)* %2747
	%2748 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2746
	store i32 %1760, i32 addrspace(3)* %2748
	br label %2749

2749:
	br i1 %1765, label %2750, label %2756

2750:
	%2751 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1785
	%2752 = load i32, i32 addrspace(3)* %2751
	%2753 = add i32 %2752, %2623
	%2754 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2753
	store i32 %1774, i32 addrspace(3)* %2754
	%2755 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2753
	store i32 %1783, i32 addrspace(3)* %2755
	br label %2756

2756:
	br i1 %1788, label %2757, label %2763

2757:
	%2758 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1808
	%2759 = load i32, i32 addrspace(3)* %2758
	%2760 = add i32 %2759, %2630
	%2761 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2760
	store i32 %1797, i32 addrspace(3)* %2761
	%2762 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2760
	store i32 %1806, i32 addrspace(3)* %2762
	br label %2763

2763:
	br i1 %1811, label %2764, label %2770

2764:
	%2765 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1831
	%2766 = load i32, i32 addrspace(3)* %2765
	%2767 = add i32 %2766, %2637
	%2768 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2767
	store i32 %1820, i32 addrspace(3)* %2768
	%2769 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2767
	store i32 %1829, i32 addrspace(3)* %2769
	br label %2770

2770:
	br i1 %1834, label %2771, label %2777

2771:
	%2772 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1854
	%2773 = load i32, i32 addrspace(3)* %2772
	%2774 = add i32 %2773, %2644
	%2775 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2774
	store i32 %1843, i32 addrspace(3)* %2775
	%2776 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2774
	store i32 %1852, i32 addrspace(3)* %2776
	br label %2777

2777:
	br i1 %1857, label %2778, label %2784

2778:
	%2779 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1877
	%2780 = load i32, i32 addrspace(3)* %2779
	%2781 = add i32 %2780, %2651
	%2782 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2781
	store i32 %1866, i32 addrspace(3)* %2782
	%2783 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2781
	store i32 %1875, i32 addrspace(3)* %2783
	br label %2784

2784:
	br i1 %1880, label %2785, label %2791

2785:
	%2786 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %1900
	%2787 = load i32, i32 addrspace(3)* %2786
	%2788 = add i32 %2787, %2658
	%2789 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2788
	store i32 %1889, i32 addrspace(3)* %2789
	%2790 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2788
	store i32 %1898, i32 addrspace(3)* %2790
	br label %2791

2791:
	call void @llvm.nvvm.barrier0()
	%2792 = sub i32 %9, %1713
	%2793 = icmp slt i32 2048, %2792
	%2794 = select i1 %2793, i32 2048, i32 %2792
	%2795 = add i32 0, %0
	%2796 = icmp slt i32 %2795, %2794
	br i1 %2796, label %2797, label %2815

2797:
	%2798 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2795
	%2799 = load i32, i32 addrspace(3)* %2798
	%2800 = lshr i32 %2799, 8
	%2801 = and i32 %2800, 255
	%2802 = add i32 %2801, 256
	%2803 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2802
	%2804 = load i32, i32 addrspace(3)* %2803
	%2805 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2801
	%2806 = load i32, i32 addrspace(3)* %2805
	%2807 = sub i32 %2795, %2806
	%2808 = add i32 %2804, %2807
	%2809 = sext i32 %2808 to i64
	%2810 = getelementptr i32, i32* %44, i64 %2809
	store i32 %2799, i32* %2810
	%2811 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2795
	%2812 = load i32, i32 addrspace(3)* %2811
	%2813 = sext i32 %2808 to i64
	%2814 = getelementptr i32, i32* %15, i64 %2813
	store i32 %2812, i32* %2814
	br label %2815

2815:
	%2816 = add i32 256, %0
	%2817 = icmp slt i32 %2816, %2794
	br i1 %2817, label %2818, label %2836

2818:
	%2819 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2816
	%2820 = load i32, i32 addrspace(3)* %2819
	%2821 = lshr i32 %2820, 8
	%2822 = and i32 %2821, 255
	%2823 = add i32 %2822, 256
	%2824 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2823
	%2825 = load i32, i32 addrspace(3)* %2824
	%2826 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2822
	%2827 = load i32, i32 addrspace(3)* %2826
	%2828 = sub i32 %2816, %2827
	%2829 = add i32 %2825, %2828
	%2830 = sext i32 %2829 to i64
	%2831 = getelementptr i32, i32* %44, i64 %2830
	store i32 %2820, i32* %2831
	%2832 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2816
	%2833 = load i32, i32 addrspace(3)* %2832
	%2834 = sext i32 %2829 to i64
	%2835 = getelementptr i32, i32* %15, i64 %2834
	store i32 %2833, i32* %2835
	br label %2836

2836:
	%2837 = add i32 512, %0
	%2838 = icmp slt i32 %2837, %2794
	br i1 %2838, label %2839, label %2857

2839:
	%2840 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2837
	%2841 = load i32, i32 addrspace(3)* %2840
	%2842 = lshr i32 %2841, 8
	%2843 = and i32 %2842, 255
	%2844 = add i32 %2843, 256
	%2845 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2844
	%2846 = load i32, i32 addrspace(3)* %2845
	%2847 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2843
	%2848 = load i32, i32 addrspace(3)* %2847
	%2849 = sub i32 %2837, %2848
	%2850 = add i32 %2846, %2849
	%2851 = sext i32 %2850 to i64
	%2852 = getelementptr i32, i32* %44, i64 %2851
	store i32 %2841, i32* %2852
	%2853 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2837
	%2854 = load i32, i32 addrspace(3)* %2853
	%2855 = sext i32 %2850 to i64
	%2856 = getelementptr i32, i32* %15, i64 %2855
	store i32 %2854, i32* %2856
	br label %2857

2857:
	%2858 = add i32 768, %0
	%2859 = icmp slt i32 %2858, %2794
	br i1 %2859, label %2860, label %2878

2860:
	%2861 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2858
	%2862 = load i32, i32 addrspace(3)* %2861
	%2863 = lshr i32 %2862, 8
	%2864 = and i32 %2863, 255
	%2865 = add i32 %2864, 256
	%2866 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2865
	%2867 = load i32, i32 addrspace(3)* %2866
	%2868 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2864
	%2869 = load i32, i32 addrspace(3)* %2868
	%2870 = sub i32 %2858, %2869
	%2871 = add i32 %2867, %2870
	%2872 = sext i32 %2871 to i64
	%2873 = getelementptr i32, i32* %44, i64 %2872
	store i32 %2862, i32* %2873
	%2874 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2858
	%2875 = load i32, i32 addrspace(3)* %2874
	%2876 = sext i32 %2871 to i64
	%2877 = getelementptr i32, i32* %15, i64 %2876
	store i32 %2875, i32* %2877
	br label %2878

2878:
	%2879 = add i32 1024, %0
	%2880 = icmp slt i32 %2879, %2794
	br i1 %2880, label %2881, label %2899

2881:
	%2882 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2879
	%2883 = load i32, i32 addrspace(3)* %2882
	%2884 = lshr i32 %2883, 8
	%2885 = and i32 %2884, 255
	%2886 = add i32 %2885, 256
	%2887 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2886
	%2888 = load i32, i32 addrspace(3)* %2887
	%2889 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2885
	%2890 = load i32, i32 addrspace(3)* %2889
	%2891 = sub i32 %2879, %2890
	%2892 = add i32 %2888, %2891
	%2893 = sext i32 %2892 to i64
	%2894 = getelementptr i32, i32* %44, i64 %2893
	store i32 %2883, i32* %2894
	%2895 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2879
	%2896 = load i32, i32 addrspace(3)* %2895
	%2897 = sext i32 %2892 to i64
	%2898 = getelementptr i32, i32* %15, i64 %2897
	store i32 %2896, i32* %2898
	br label %2899

2899:
	%2900 = add i32 1280, %0
	%2901 = icmp slt i32 %2900, %2794
	br i1 %2901, label %2902, label %2920

2902:
	%2903 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2900
	%2904 = load i32, i32 addrspace(3)* %2903
	%2905 = lshr i32 %2904, 8
	%2906 = and i32 %2905, 255
	%2907 = add i32 %2906, 256
	%2908 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2907
	%2909 = load i32, i32 addrspace(3)* %2908
	%2910 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2906
	%2911 = load i32, i32 addrspace(3)* %2910
	%2912 = sub i32 %2900, %2911
	%2913 = add i32 %2909, %2912
	%2914 = sext i32 %2913 to i64
	%2915 = getelementptr i32, i32* %44, i64 %2914
	store i32 %2904, i32* %2915
	%2916 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2900
	%2917 = load i32, i32 addrspace(3)* %2916
	%2918 = sext i32 %2913 to i64
	%2919 = getelementptr i32, i32* %15, i64 %2918
	store i32 %2917, i32* %2919
	br label %2920

2920:
	%2921 = add i32 1536, %0
	%2922 = icmp slt i32 %2921, %2794
	br i1 %2922, label %2923, label %2941

2923:
	%2924 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2921
	%2925 = load i32, i32 addrspace(3)* %2924
	%2926 = lshr i32 %2925, 8
	%2927 = and i32 %2926, 255
	%2928 = add i32 %2927, 256
	%2929 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2928
	%2930 = load i32, i32 addrspace(3)* %2929
	%2931 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2927
	%2932 = load i32, i32 addrspace(3)* %2931
	%2933 = sub i32 %2921, %2932
	%2934 = add i32 %2930, %2933
	%2935 = sext i32 %2934 to i64
	%2936 = getelementptr i32, i32* %44, i64 %2935
	store i32 %2925, i32* %2936
	%2937 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2921
	%2938 = load i32, i32 addrspace(3)* %2937
	%2939 = sext i32 %2934 to i64
	%2940 = getelementptr i32, i32* %15, i64 %2939
	store i32 %2938, i32* %2940
	br label %2941

2941:
	%2942 = add i32 1792, %0
	%2943 = icmp slt i32 %2942, %2794
	br i1 %2943, label %2944, label %2962

2944:
	%2945 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %2942
	%2946 = load i32, i32 addrspace(3)* %2945
	%2947 = lshr i32 %2946, 8
	%2948 = and i32 %2947, 255
	%2949 = add i32 %2948, 256
	%2950 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2949
	%2951 = load i32, i32 addrspace(3)* %2950
	%2952 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2948
	%2953 = load i32, i32 addrspace(3)* %2952
	%2954 = sub i32 %2942, %2953
	%2955 = add i32 %2951, %2954
	%2956 = sext i32 %2955 to i64
	%2957 = getelementptr i32, i32* %44, i64 %2956
	store i32 %2946, i32* %2957
	%2958 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %2942
	%2959 = load i32, i32 addrspace(3)* %2958
	%2960 = sext i32 %2955 to i64
	%2961 = getelementptr i32, i32* %15, i64 %2960
	store i32 %2959, i32* %2961
	br label %2962

2962:
	call void @llvm.nvvm.barrier0()
	%2963 = add i32 %0, 256
	%2964 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2963
	%2965 = load i32, i32 addrspace(3)* %2964
	%2966 = add i32 %2965, %2602
	%2967 = add i32 %0, 256
	%2968 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %2967
	store i32 %2966, i32 addrspace(3)* %2968
	%2969 = xor i32 %1714, 1
	%2970 = add i32 %1713, 2048
	br label %1712

2971:
	%2972 = phi i32 [ 0, %1903 ], [ %4229, %4221 ]
	%2973 = phi i32 [ 0, %1903 ], [ %4228, %4221 ]
	%2974 = icmp slt i32 %2972, %9
	br i1 %2974, label %2975, label %3162

2975:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%2976 = add i32 %236, 0
	%2977 = add i32 %2972, %2976
	%2978 = icmp slt i32 %2977, %9
	%2979 = mul i32 %2973, u0x1000
	%2980 = add i32 %236, 0
	%2981 = add i32 0, %2980
	%2982 = add i32 %2979, %2981
	%2983 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2984 = mul i32 %2982, 4
	%2985 = getelementptr i8, i8 addrspace(3)* %2983, i32 %2984
	%2986 = bitcast i8 addrspace(3)* %2985 to i32 addrspace(3)*
	%2987 = load i32, i32 addrspace(3)* %2986
	%2988 = mul i32 %2973, u0x1000
	%2989 = add i32 %236, 0
	%2990 = add i32 2048, %2989
	%2991 = add i32 %2988, %2990
	%2992 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%2993 = mul i32 %2991, 4
	%2994 = getelementptr i8, i8 addrspace(3)* %2992, i32 %2993
	%2995 = bitcast i8 addrspace(3)* %2994 to i32 addrspace(3)*
	%2996 = load i32, i32 addrspace(3)* %2995
	%2997 = lshr i32 %2987, 16
	%2998 = and i32 %2997, 255
	%2999 = add i32 %236, 32
	%3000 = add i32 %2972, %2999
	%3001 = icmp slt i32 %3000, %9
	%3002 = mul i32 %2973, u0x1000
	%3003 = add i32 %236, 32
	%3004 = add i32 0, %3003
	%3005 = add i32 %3002, %3004
	%3006 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3007 = mul i32 %3005, 4
	%3008 = getelementptr i8, i8 addrspace(3)* %3006, i32 %3007
	%3009 = bitcast i8 addrspace(3)* %3008 to i32 addrspace(3)*
	%3010 = load i32, i32 addrspace(3)* %3009
	%3011 = mul i32 %2973, u0x1000
	%3012 = add i32 %236, 32
	%3013 = add i32 2048, %3012
	%3014 = add i32 %3011, %3013
	%3015 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3016 = mul i32 %3014, 4
	%3017 = getelementptr i8, i8 addrspace(3)* %3015, i32 %3016
	%3018 = bitcast i8 addrspace(3)* %3017 to i32 addrspace(3)*
	%3019 = load i32, i32 addrspace(3)* %3018
	%3020 = lshr i32 %3010, 16
	%3021 = and i32 %3020, 255
	%3022 = add i32 %236, 64
	%3023 = add i32 %2972, %3022
	%3024 = icmp slt i32 %3023, %9
	%3025 = mul i32 %2973, u0x1000
	%3026 = add i32 %236, 64
	%3027 = add i32 0, %3026
	%3028 = add i32 %3025, %3027
	%3029 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3030 = mul i32 %3028, 4
	%3031 = getelementptr i8, i8 addrspace(3)* %3029, i32 %3030
	%3032 = bitcast i8 addrspace(3)* %3031 to i32 addrspace(3)*
	%3033 = load i32, i32 addrspace(3)* %3032
	%3034 = mul i32 %2973, u0x1000
	%3035 = add i32 %236, 64
	%3036 = add i32 2048, %3035
	%3037 = add i32 %3034, %3036
	%3038 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3039 = mul i32 %3037, 4
	%3040 = getelementptr i8, i8 addrspace(3)* %3038, i32 %3039
	%3041 = bitcast i8 addrspace(3)* %3040 to i32 addrspace(3)*
	%3042 = load i32, i32 addrspace(3)* %3041
	%3043 = lshr i32 %3033, 16
	%3044 = and i32 %3043, 255
	%3045 = add i32 %236, 96
	%3046 = add i32 %2972, %3045
	%3047 = icmp slt i32 %3046, %9
	%3048 = mul i32 %2973, u0x1000
	%3049 = add i32 %236, 96
	%3050 = add i32 0, %3049
	%3051 = add i32 %3048, %3050
	%3052 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3053 = mul i32 %3051, 4
	%3054 = getelementptr i8, i8 addrspace(3)* %3052, i32 %3053
	%3055 = bitcast i8 addrspace(3)* %3054 to i32 addrspace(3)*
	%3056 = load i32, i32 addrspace(3)* %3055
	%3057 = mul i32 %2973, u0x1000
	%3058 = add i32 %236, 96
	%3059 = add i32 2048, %3058
	%3060 = add i32 %3057, %3059
	%3061 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3062 = mul i32 %3060, 4
	%3063 = getelementptr i8, i8 addrspace(3)* %3061, i32 %3062
	%3064 = bitcast i8 addrspace(3)* %3063 to i32 addrspace(3)*
	%3065 = load i32, i32 addrspace(3)* %3064
	%3066 = lshr i32 %3056, 16
	%3067 = and i32 %3066, 255
	%3068 = add i32 %236, 128
	%3069 = add i32 %2972, %3068
	%3070 = icmp slt i32 %3069, %9
	%3071 = mul i32 %2973, u0x1000
	%3072 = add i32 %236, 128
	%3073 = add i32 0, %3072
	%3074 = add i32 %3071, %3073
	%3075 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3076 = mul i32 %3074, 4
	%3077 = getelementptr i8, i8 addrspace(3)* %3075, i32 %3076
	%3078 = bitcast i8 addrspace(3)* %3077 to i32 addrspace(3)*
	%3079 = load i32, i32 addrspace(3)* %3078
	%3080 = mul i32 %2973, u0x1000
	%3081 = add i32 %236, 128
	%3082 = add i32 2048, %3081
	%3083 = add i32 %3080, %3082
	%3084 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3085 = mul i32 %3083, 4
	%3086 = getelementptr i8, i8 addrspace(3)* %3084, i32 %3085
	%3087 = bitcast i8 addrspace(3)* %3086 to i32 addrspace(3)*
	%3088 = load i32, i32 addrspace(3)* %3087
	%3089 = lshr i32 %3079, 16
	%3090 = and i32 %3089, 255
	%3091 = add i32 %236, 160
	%3092 = add i32 %2972, %3091
	%3093 = icmp slt i32 %3092, %9
	%3094 = mul i32 %2973, u0x1000
	%3095 = add i32 %236, 160
	%3096 = add i32 0, %3095
	%3097 = add i32 %3094, %3096
	%3098 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3099 = mul i32 %3097, 4
	%3100 = getelementptr i8, i8 addrspace(3)* %3098, i32 %3099
	%3101 = bitcast i8 addrspace(3)* %3100 to i32 addrspace(3)*
	%3102 = load i32, i32 addrspace(3)* %3101
	%3103 = mul i32 %2973, u0x1000
	%3104 = add i32 %236, 160
	%3105 = add i32 2048, %3104
	%3106 = add i32 %3103, %3105
	%3107 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3108 = mul i32 %3106, 4
	%3109 = getelementptr i8, i8 addrspace(3)* %3107, i32 %3108
	%3110 = bitcast i8 addrspace(3)* %3109 to i32 addrspace(3)*
	%3111 = load i32, i32 addrspace(3)* %3110
	%3112 = lshr i32 %3102, 16
	%3113 = and i32 %3112, 255
	%3114 = add i32 %236, 192
	%3115 = add i32 %2972, %3114
	%3116 = icmp slt i32 %3115, %9
	%3117 = mul i32 %2973, u0x1000
	%3118 = add i32 %236, 192
	%3119 = add i32 0, %3118
	%3120 = add i32 %3117, %3119
	%3121 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3122 = mul i32 %3120, 4
	%3123 = getelementptr i8, i8 addrspace(3)* %3121, i32 %3122
	%3124 = bitcast i8 addrspace(3)* %3123 to i32 addrspace(3)*
	%3125 = load i32, i32 addrspace(3)* %3124
	%3126 = mul i32 %2973, u0x1000
	%3127 = add i32 %236, 192
	%3128 = add i32 2048, %3127
	%3129 = add i32 %3126, %3128
	%3130 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3131 = mul i32 %3129, 4
	%3132 = getelementptr i8, i8 addrspace(3)* %3130, i32 %3131
	%3133 = bitcast i8 addrspace(3)* %3132 to i32 addrspace(3)*
	%3134 = load i32, i32 addrspace(3)* %3133
	%3135 = lshr i32 %3125, 16
	%3136 = and i32 %3135, 255
	%3137 = add i32 %236, 224
	%3138 = add i32 %2972, %3137
	%3139 = icmp slt i32 %3138, %9
	%3140 = mul i32 %2973, u0x1000
	%3141 = add i32 %236, 224
	%3142 = add i32 0, %3141
	%3143 = add i32 %3140, %3142
	%3144 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3145 = mul i32 %3143, 4
	%3146 = getelementptr i8, i8 addrspace(3)* %3144, i32 %3145
	%3147 = bitcast i8 addrspace(3)* %3146 to i32 addrspace(3)*
	%3148 = load i32, i32 addrspace(3)* %3147
	%3149 = mul i32 %2973, u0x1000
	%3150 = add i32 %236, 224
	%3151 = add i32 2048, %3150
	%3152 = add i32 %3149, %3151
	%3153 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3154 = mul i32 %3152, 4
	%3155 = getelementptr i8, i8 addrspace(3)* %3153, i32 %3154
	%3156 = bitcast i8 addrspace(3)* %3155 to i32 addrspace(3)*
	%3157 = load i32, i32 addrspace(3)* %3156
	%3158 = lshr i32 %3148, 16
	%3159 = and i32 %3158, 255
	%3160 = add i32 %2972, 2048
	%3161 = icmp slt i32 %3160, %9
	br i1 %3161, label %3379, label %3597

3162:
	call void @llvm.nvvm.barrier0()
	%3163 = add i32 %236, 0
	%3164 = add i32 0, %3163
	%3165 = icmp slt i32 %3164, %9
	%3166 = select i1 %3165, i32 %3164, i32 0
	%3167 = select i1 %3165, i32 4, i32 0
	%3168 = mul i32 0, u0x1000
	%3169 = add i32 %236, 0
	%3170 = add i32 0, %3169
	%3171 = add i32 %3168, %3170
	%3172 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3173 = mul i32 %3171, 4
	%3174 = getelementptr i8, i8 addrspace(3)* %3172, i32 %3173
	%3175 = bitcast i8 addrspace(3)* %3174 to i32 addrspace(3)*
	%3176 = ptrtoint i32 addrspace(3)* %3175 to i32
	%3177 = sext i32 %3166 to i64
	%3178 = getelementptr i32, i32* %46, i64 %3177
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3176, i32* %3178, i32 %3167)
	%3179 = mul i32 0, u0x1000
	%3180 = add i32 %236, 0
	%3181 = add i32 2048, %3180
	%3182 = add i32 %3179, %3181
	%3183 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3184 = mul i32 %3182, 4
	%3185 = getelementptr i8, i8 addrspace(3)* %3183, i32 %3184
	%3186 = bitcast i8 addrspace(3)* %3185 to i32 addrspace(3)*
	%3187 = ptrtoint i32 addrspace(3)* %3186 to i32
	%3188 = sext i32 %3166 to i64
	%3189 = getelementptr i32, i32* %49, i64 %3188
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3187, i32* %3189, i32 %3167)
	%3190 = add i32 %236, 32
	%3191 = add i32 0, %3190
	%3192 = icmp slt i32 %3191, %9
	%3193 = select i1 %3192, i32 %3191, i32 0
	%3194 = select i1 %3192, i32 4, i32 0
	%3195 = mul i32 0, u0x1000
	%3196 = add i32 %236, 32
	%3197 = add i32 0, %3196
	%3198 = add i32 %3195, %3197
	%3199 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3200 = mul i32 %3198, 4
	%3201 = getelementptr i8, i8 addrspace(3)* %3199, i32 %3200
	%3202 = bitcast i8 addrspace(3)* %3201 to i32 addrspace(3)*
	%3203 = ptrtoint i32 addrspace(3)* %3202 to i32
	%3204 = sext i32 %3193 to i64
	%3205 = getelementptr i32, i32* %46, i64 %3204
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3203, i32* %3205, i32 %3194)
	%3206 = mul i32 0, u0x1000
	%3207 = add i32 %236, 32
	%3208 = add i32 2048, %3207
	%3209 = add i32 %3206, %3208
	%3210 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3211 = mul i32 %3209, 4
	%3212 = getelementptr i8, i8 addrspace(3)* %3210, i32 %3211
	%3213 = bitcast i8 addrspace(3)* %3212 to i32 addrspace(3)*
	%3214 = ptrtoint i32 addrspace(3)* %3213 to i32
	%3215 = sext i32 %3193 to i64
	%3216 = getelementptr i32, i32* %49, i64 %3215
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3214, i32* %3216, i32 %3194)
	%3217 = add i32 %236, 64
	%3218 = add i32 0, %3217
	%3219 = icmp slt i32 %3218, %9
	%3220 = select i1 %3219, i32 %3218, i32 0
	%3221 = select i1 %3219, i32 4, i32 0
	%3222 = mul i32 0, u0x1000
	%3223 = add i32 %236, 64
	%3224 = add i32 0, %3223
	%3225 = add i32 %3222, %3224
	%3226 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3227 = mul i32 %3225, 4
	%3228 = getelementptr i8, i8 addrspace(3)* %3226, i32 %3227
	%3229 = bitcast i8 addrspace(3)* %3228 to i32 addrspace(3)*
	%3230 = ptrtoint i32 addrspace(3)* %3229 to i32
	%3231 = sext i32 %3220 to i64
	%3232 = getelementptr i32, i32* %46, i64 %3231
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3230, i32* %3232, i32 %3221)
	%3233 = mul i32 0, u0x1000
	%3234 = add i32 %236, 64
	%3235 = add i32 2048, %3234
	%3236 = add i32 %3233, %3235
	%3237 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3238 = mul i32 %3236, 4
	%3239 = getelementptr i8, i8 addrspace(3)* %3237, i32 %3238
	%3240 = bitcast i8 addrspace(3)* %3239 to i32 addrspace(3)*
	%3241 = ptrtoint i32 addrspace(3)* %3240 to i32
	%3242 = sext i32 %3220 to i64
	%3243 = getelementptr i32, i32* %49, i64 %3242
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3241, i32* %3243, i32 %3221)
	%3244 = add i32 %236, 96
	%3245 = add i32 0, %3244
	%3246 = icmp slt i32 %3245, %9
	%3247 = select i1 %3246, i32 %3245, i32 0
	%3248 = select i1 %3246, i32 4, i32 0
	%3249 = mul i32 0, u0x1000
	%3250 = add i32 %236, 96
	%3251 = add i32 0, %3250
	%3252 = add i32 %3249, %3251
	%3253 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3254 = mul i32 %3252, 4
	%3255 = getelementptr i8, i8 addrspace(3)* %3253, i32 %3254
	%3256 = bitcast i8 addrspace(3)* %3255 to i32 addrspace(3)*
	%3257 = ptrtoint i32 addrspace(3)* %3256 to i32
	%3258 = sext i32 %3247 to i64
	%3259 = getelementptr i32, i32* %46, i64 %3258
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3257, i32* %3259, i32 %3248)
	%3260 = mul i32 0, u0x1000
	%3261 = add i32 %236, 96
	%3262 = add i32 2048, %3261
	%3263 = add i32 %3260, %3262
	%3264 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3265 = mul i32 %3263, 4
	%3266 = getelementptr i8, i8 addrspace(3)* %3264, i32 %3265
	%3267 = bitcast i8 addrspace(3)* %3266 to i32 addrspace(3)*
	%3268 = ptrtoint i32 addrspace(3)* %3267 to i32
	%3269 = sext i32 %3247 to i64
	%3270 = getelementptr i32, i32* %49, i64 %3269
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3268, i32* %3270, i32 %3248)
	%3271 = add i32 %236, 128
	%3272 = add i32 0, %3271
	%3273 = icmp slt i32 %3272, %9
	%3274 = select i1 %3273, i32 %3272, i32 0
	%3275 = select i1 %3273, i32 4, i32 0
	%3276 = mul i32 0, u0x1000
	%3277 = add i32 %236, 128
	%3278 = add i32 0, %3277
	%3279 = add i32 %3276, %3278
	%3280 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3281 = mul i32 %3279, 4
	%3282 = getelementptr i8, i8 addrspace(3)* %3280, i32 %3281
	%3283 = bitcast i8 addrspace(3)* %3282 to i32 addrspace(3)*
	%3284 = ptrtoint i32 addrspace(3)* %3283 to i32
	%3285 = sext i32 %3274 to i64
	%3286 = getelementptr i32, i32* %46, i64 %3285
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3284, i32* %3286, i32 %3275)
	%3287 = mul i32 0, u0x1000
	%3288 = add i32 %236, 128
	%3289 = add i32 2048, %3288
	%3290 = add i32 %3287, %3289
	%3291 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3292 = mul i32 %3290, 4
	%3293 = getelementptr i8, i8 addrspace(3)* %3291, i32 %3292
	%3294 = bitcast i8 addrspace(3)* %3293 to i32 addrspace(3)*
	%3295 = ptrtoint i32 addrspace(3)* %3294 to i32
	%3296 = sext i32 %3274 to i64
	%3297 = getelementptr i32, i32* %49, i64 %3296
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3295, i32* %3297, i32 %3275)
	%3298 = add i32 %236, 160
	%3299 = add i32 0, %3298
	%3300 = icmp slt i32 %3299, %9
	%3301 = select i1 %3300, i32 %3299, i32 0
	%3302 = select i1 %3300, i32 4, i32 0
	%3303 = mul i32 0, u0x1000
	%3304 = add i32 %236, 160
	%3305 = add i32 0, %3304
	%3306 = add i32 %3303, %3305
	%3307 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3308 = mul i32 %3306, 4
	%3309 = getelementptr i8, i8 addrspace(3)* %3307, i32 %3308
	%3310 = bitcast i8 addrspace(3)* %3309 to i32 addrspace(3)*
	%3311 = ptrtoint i32 addrspace(3)* %3310 to i32
	%3312 = sext i32 %3301 to i64
	%3313 = getelementptr i32, i32* %46, i64 %3312
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3311, i32* %3313, i32 %3302)
	%3314 = mul i32 0, u0x1000
	%3315 = add i32 %236, 160
	%3316 = add i32 2048, %3315
	%3317 = add i32 %3314, %3316
	%3318 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3319 = mul i32 %3317, 4
	%3320 = getelementptr i8, i8 addrspace(3)* %3318, i32 %3319
	%3321 = bitcast i8 addrspace(3)* %3320 to i32 addrspace(3)*
	%3322 = ptrtoint i32 addrspace(3)* %3321 to i32
	%3323 = sext i32 %3301 to i64
	%3324 = getelementptr i32, i32* %49, i64 %3323
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3322, i32* %3324, i32 %3302)
	%3325 = add i32 %236, 192
	%3326 = add i32 0, %3325
	%3327 = icmp slt i32 %3326, %9
	%3328 = select i1 %3327, i32 %3326, i32 0
	%3329 = select i1 %3327, i32 4, i32 0
	%3330 = mul i32 0, u0x1000
	%3331 = add i32 %236, 192
	%3332 = add i32 0, %3331
	%3333 = add i32 %3330, %3332
	%3334 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3335 = mul i32 %3333, 4
	%3336 = getelementptr i8, i8 addrspace(3)* %3334, i32 %3335
	%3337 = bitcast i8 addrspace(3)* %3336 to i32 addrspace(3)*
	%3338 = ptrtoint i32 addrspace(3)* %3337 to i32
	%3339 = sext i32 %3328 to i64
	%3340 = getelementptr i32, i32* %46, i64 %3339
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3338, i32* %3340, i32 %3329)
	%3341 = mul i32 0, u0x1000
	%3342 = add i32 %236, 192
	%3343 = add i32 2048, %3342
	%3344 = add i32 %3341, %3343
	%3345 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3346 = mul i32 %3344, 4
	%3347 = getelementptr i8, i8 addrspace(3)* %3345, i32 %3346
	%3348 = bitcast i8 addrspace(3)* %3347 to i32 addrspace(3)*
	%3349 = ptrtoint i32 addrspace(3)* %3348 to i32
	%3350 = sext i32 %3328 to i64
	%3351 = getelementptr i32, i32* %49, i64 %3350
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3349, i32* %3351, i32 %3329)
	%3352 = add i32 %236, 224
	%3353 = add i32 0, %3352
	%3354 = icmp slt i32 %3353, %9
	%3355 = select i1 %3354, i32 %3353, i32 0
	%3356 = select i1 %3354, i32 4, i32 0
	%3357 = mul i32 0, u0x1000
	%3358 = add i32 %236, 224
	%3359 = add i32 0, %3358
	%3360 = add i32 %3357, %3359
	%3361 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3362 = mul i32 %3360, 4
	%3363 = getelementptr i8, i8 addrspace(3)* %3361, i32 %3362
	%3364 = bitcast i8 addrspace(3)* %3363 to i32 addrspace(3)*
	%3365 = ptrtoint i32 addrspace(3)* %3364 to i32
	%3366 = sext i32 %3355 to i64
	%3367 = getelementptr i32, i32* %46, i64 %3366
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3365, i32* %3367, i32 %3356)
	%3368 = mul i32 0, u0x1000
	%3369 = add i32 %236, 224
	%3370 = add i32 2048, %3369
	%3371 = add i32 %3368, %3370
	%3372 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3373 = mul i32 %3371, 4
	%3374 = getelementptr i8, i8 addrspace(3)* %3372, i32 %3373
	%3375 = bitcast i8 addrspace(3)* %3374 to i32 addrspace(3)*
	%3376 = ptrtoint i32 addrspace(3)* %3375 to i32
	%3377 = sext i32 %3355 to i64
	%3378 = getelementptr i32, i32* %49, i64 %3377
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3376, i32* %3378, i32 %3356)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %4230

3379:
	%3380 = xor i32 %2973, 1
	%3381 = add i32 %236, 0
	%3382 = add i32 %3160, %3381
	%3383 = icmp slt i32 %3382, %9
	%3384 = select i1 %3383, i32 %3382, i32 0
	%3385 = select i1 %3383, i32 4, i32 0
	%3386 = mul i32 %3380, u0x1000
	%3387 = add i32 %236, 0
	%3388 = add i32 0, %3387
	%3389 = add i32 %3386, %3388
	%3390 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3391 = mul i32 %3389, 4
	%3392 = getelementptr i8, i8 addrspace(3)* %3390, i32 %3391
	%3393 = bitcast i8 addrspace(3)* %3392 to i32 addrspace(3)*
	%3394 = ptrtoint i32 addrspace(3)* %3393 to i32
	%3395 = sext i32 %3384 to i64
	%3396 = getelementptr i32, i32* %44, i64 %3395
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3394, i32* %3396, i32 %3385)
	%3397 = mul i32 %3380, u0x1000
	%3398 = add i32 %236, 0
	%3399 = add i32 2048, %3398
	%3400 = add i32 %3397, %3399
	%3401 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3402 = mul i32 %3400, 4
	%3403 = getelementptr i8, i8 addrspace(3)* %3401, i32 %3402
	%3404 = bitcast i8 addrspace(3)* %3403 to i32 addrspace(3)*
	%3405 = ptrtoint i32 addrspace(3)* %3404 to i32
	%3406 = sext i32 %3384 to i64
	%3407 = getelementptr i32, i32* %15, i64 %3406
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3405, i32* %3407, i32 %3385)
	%3408 = add i32 %236, 32
	%3409 = add i32 %3160, %3408
	%3410 = icmp slt i32 %3409, %9
	%3411 = select i1 %3410, i32 %3409, i32 0
	%3412 = select i1 %3410, i32 4, i32 0
	%3413 = mul i32 %3380, u0x1000
	%3414 = add i32 %236, 32
	%3415 = add i32 0, %3414
	%3416 = add i32 %3413, %3415
	%3417 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3418 = mul i32 %3416, 4
	%3419 = getelementptr i8, i8 addrspace(3)* %3417, i32 %3418
	%3420 = bitcast i8 addrspace(3)* %3419 to i32 addrspace(3)*
	%3421 = ptrtoint i32 addrspace(3)* %3420 to i32
	%3422 = sext i32 %3411 to i64
	%3423 = getelementptr i32, i32* %44, i64 %3422
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3421, i32* %3423, i32 %3412)
	%3424 = mul i32 %3380, u0x1000
	%3425 = add i32 %236, 32
	%3426 = add i32 2048, %3425
	%3427 = add i32 %3424, %3426
	%3428 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3429 = mul i32 %3427, 4
	%3430 = getelementptr i8, i8 addrspace(3)* %3428, i32 %3429
	%3431 = bitcast i8 addrspace(3)* %3430 to i32 addrspace(3)*
	%3432 = ptrtoint i32 addrspace(3)* %3431 to i32
	%3433 = sext i32 %3411 to i64
	%3434 = getelementptr i32, i32* %15, i64 %3433
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3432, i32* %3434, i32 %3412)
	%3435 = add i32 %236, 64
	%3436 = add i32 %3160, %3435
	%3437 = icmp slt i32 %3436, %9
	%3438 = select i1 %3437, i32 %3436, i32 0
	%3439 = select i1 %3437, i32 4, i32 0
	%3440 = mul i32 %3380, u0x1000
	%3441 = add i32 %236, 64
	%3442 = add i32 0, %3441
	%3443 = add i32 %3440, %3442
	%3444 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3445 = mul i32 %3443, 4
	%3446 = getelementptr i8, i8 addrspace(3)* %3444, i32 %3445
	%3447 = bitcast i8 addrspace(3)* %3446 to i32 addrspace(3)*
	%3448 = ptrtoint i32 addrspace(3)* %3447 to i32
	%3449 = sext i32 %3438 to i64
	%3450 = getelementptr i32, i32* %44, i64 %3449
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3448, i32* %3450, i32 %3439)
	%3451 = mul i32 %3380, u0x1000
	%3452 = add i32 %236, 64
	%3453 = add i32 2048, %3452
	%3454 = add i32 %3451, %3453
	%3455 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3456 = mul i32 %3454, 4
	%3457 = getelementptr i8, i8 addrspace(3)* %3455, i32 %3456
	%3458 = bitcast i8 addrspace(3)* %3457 to i32 addrspace(3)*
	%3459 = ptrtoint i32 addrspace(3)* %3458 to i32
	%3460 = sext i32 %3438 to i64
	%3461 = getelementptr i32, i32* %15, i64 %3460
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3459, i32* %3461, i32 %3439)
	%3462 = add i32 %236, 96
	%3463 = add i32 %3160, %3462
	%3464 = icmp slt i32 %3463, %9
	%3465 = select i1 %3464, i32 %3463, i32 0
	%3466 = select i1 %3464, i32 4, i32 0
	%3467 = mul i32 %3380, u0x1000
	%3468 = add i32 %236, 96
	%3469 = add i32 0, %3468
	%3470 = add i32 %3467, %3469
	%3471 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3472 = mul i32 %3470, 4
	%3473 = getelementptr i8, i8 addrspace(3)* %3471, i32 %3472
	%3474 = bitcast i8 addrspace(3)* %3473 to i32 addrspace(3)*
	%3475 = ptrtoint i32 addrspace(3)* %3474 to i32
	%3476 = sext i32 %3465 to i64
	%3477 = getelementptr i32, i32* %44, i64 %3476
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3475, i32* %3477, i32 %3466)
	%3478 = mul i32 %3380, u0x1000
	%3479 = add i32 %236, 96
	%3480 = add i32 2048, %3479
	%3481 = add i32 %3478, %3480
	%3482 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3483 = mul i32 %3481, 4
	%3484 = getelementptr i8, i8 addrspace(3)* %3482, i32 %3483
	%3485 = bitcast i8 addrspace(3)* %3484 to i32 addrspace(3)*
	%3486 = ptrtoint i32 addrspace(3)* %3485 to i32
	%3487 = sext i32 %3465 to i64
	%3488 = getelementptr i32, i32* %15, i64 %3487
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3486, i32* %3488, i32 %3466)
	%3489 = add i32 %236, 128
	%3490 = add i32 %3160, %3489
	%3491 = icmp slt i32 %3490, %9
	%3492 = select i1 %3491, i32 %3490, i32 0
	%3493 = select i1 %3491, i32 4, i32 0
	%3494 = mul i32 %3380, u0x1000
	%3495 = add i32 %236, 128
	%3496 = add i32 0, %3495
	%3497 = add i32 %3494, %3496
	%3498 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3499 = mul i32 %3497, 4
	%3500 = getelementptr i8, i8 addrspace(3)* %3498, i32 %3499
	%3501 = bitcast i8 addrspace(3)* %3500 to i32 addrspace(3)*
	%3502 = ptrtoint i32 addrspace(3)* %3501 to i32
	%3503 = sext i32 %3492 to i64
	%3504 = getelementptr i32, i32* %44, i64 %3503
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3502, i32* %3504, i32 %3493)
	%3505 = mul i32 %3380, u0x1000
	%3506 = add i32 %236, 128
	%3507 = add i32 2048, %3506
	%3508 = add i32 %3505, %3507
	%3509 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3510 = mul i32 %3508, 4
	%3511 = getelementptr i8, i8 addrspace(3)* %3509, i32 %3510
	%3512 = bitcast i8 addrspace(3)* %3511 to i32 addrspace(3)*
	%3513 = ptrtoint i32 addrspace(3)* %3512 to i32
	%3514 = sext i32 %3492 to i64
	%3515 = getelementptr i32, i32* %15, i64 %3514
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3513, i32* %3515, i32 %3493)
	%3516 = add i32 %236, 160
	%3517 = add i32 %3160, %3516
	%3518 = icmp slt i32 %3517, %9
	%3519 = select i1 %3518, i32 %3517, i32 0
	%3520 = select i1 %3518, i32 4, i32 0
	%3521 = mul i32 %3380, u0x1000
	%3522 = add i32 %236, 160
	%3523 = add i32 0, %3522
	%3524 = add i32 %3521, %3523
	%3525 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3526 = mul i32 %3524, 4
	%3527 = getelementptr i8, i8 addrspace(3)* %3525, i32 %3526
	%3528 = bitcast i8 addrspace(3)* %3527 to i32 addrspace(3)*
	%3529 = ptrtoint i32 addrspace(3)* %3528 to i32
	%3530 = sext i32 %3519 to i64
	%3531 = getelementptr i32, i32* %44, i64 %3530
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3529, i32* %3531, i32 %3520)
	%3532 = mul i32 %3380, u0x1000
	%3533 = add i32 %236, 160
	%3534 = add i32 2048, %3533
	%3535 = add i32 %3532, %3534
	%3536 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3537 = mul i32 %3535, 4
	%3538 = getelementptr i8, i8 addrspace(3)* %3536, i32 %3537
	%3539 = bitcast i8 addrspace(3)* %3538 to i32 addrspace(3)*
	%3540 = ptrtoint i32 addrspace(3)* %3539 to i32
	%3541 = sext i32 %3519 to i64
	%3542 = getelementptr i32, i32* %15, i64 %3541
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3540, i32* %3542, i32 %3520)
	%3543 = add i32 %236, 192
	%3544 = add i32 %3160, %3543
	%3545 = icmp slt i32 %3544, %9
	%3546 = select i1 %3545, i32 %3544, i32 0
	%3547 = select i1 %3545, i32 4, i32 0
	%3548 = mul i32 %3380, u0x1000
	%3549 = add i32 %236, 192
	%3550 = add i32 0, %3549
	%3551 = add i32 %3548, %3550
	%3552 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3553 = mul i32 %3551, 4
	%3554 = getelementptr i8, i8 addrspace(3)* %3552, i32 %3553
	%3555 = bitcast i8 addrspace(3)* %3554 to i32 addrspace(3)*
	%3556 = ptrtoint i32 addrspace(3)* %3555 to i32
	%3557 = sext i32 %3546 to i64
	%3558 = getelementptr i32, i32* %44, i64 %3557
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3556, i32* %3558, i32 %3547)
	%3559 = mul i32 %3380, u0x1000
	%3560 = add i32 %236, 192
	%3561 = add i32 2048, %3560
	%3562 = add i32 %3559, %3561
	%3563 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3564 = mul i32 %3562, 4
	%3565 = getelementptr i8, i8 addrspace(3)* %3563, i32 %3564
	%3566 = bitcast i8 addrspace(3)* %3565 to i32 addrspace(3)*
	%3567 = ptrtoint i32 addrspace(3)* %3566 to i32
	%3568 = sext i32 %3546 to i64
	%3569 = getelementptr i32, i32* %15, i64 %3568
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3567, i32* %3569, i32 %3547)
	%3570 = add i32 %236, 224
	%3571 = add i32 %3160, %3570
	%3572 = icmp slt i32 %3571, %9
	%3573 = select i1 %3572, i32 %3571, i32 0
	%3574 = select i1 %3572, i32 4, i32 0
	%3575 = mul i32 %3380, u0x1000
	%3576 = add i32 %236, 224
	%3577 = add i32 0, %3576
	%3578 = add i32 %3575, %3577
	%3579 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3580 = mul i32 %3578, 4
	%3581 = getelementptr i8, i8 addrspace(3)* %3579, i32 %3580
	%3582 = bitcast i8 addrspace(3)* %3581 to i32 addrspace(3)*
	%3583 = ptrtoint i32 addrspace(3)* %3582 to i32
	%3584 = sext i32 %3573 to i64
	%3585 = getelementptr i32, i32* %44, i64 %3584
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3583, i32* %3585, i32 %3574)
	%3586 = mul i32 %3380, u0x1000
	%3587 = add i32 %236, 224
	%3588 = add i32 2048, %3587
	%3589 = add i32 %3586, %3588
	%3590 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%3591 = mul i32 %3589, 4
	%3592 = getelementptr i8, i8 addrspace(3)* %3590, i32 %3591
	%3593 = bitcast i8 addrspace(3)* %3592 to i32 addrspace(3)*
	%3594 = ptrtoint i32 addrspace(3)* %3593 to i32
	%3595 = sext i32 %3573 to i64
	%3596 = getelementptr i32, i32* %15, i64 %3595
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %3594, i32* %3596, i32 %3574)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %3597

3597:
	%3598 = select i1 %2978, i32 %2998, i32 256
	%3599 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3598)
	%3600 = and i32 %3599, %234
	%3601 = call i32 @llvm.ctpop.i32(i32 %3600)
	br i1 %2978, label %3602, label %3607

3602:
	%3603 = mul i32 %4, 256
	%3604 = add i32 %3603, %2998
	%3605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3604
	%3606 = load i32, i32 addrspace(3)* %3605
	br label %3607

3607:
	%3608 = phi i32 [ 0, %3597 ], [ %3606, %3602 ]
	%3609 = add i32 %3608, %3601
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3610 = icmp eq i32 %3601, 0
	%3611 = and i1 %2978, %3610
	br i1 %3611, label %3612, label %3618

3612:
	%3613 = call i32 @llvm.ctpop.i32(i32 %3599)
	%3614 = add i32 %3608, %3613
	%3615 = mul i32 %4, 256
	%3616 = add i32 %3615, %2998
	%3617 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3616
	store i32 %3614, i32 addrspace(3)* %3617
	br label %3618

3618:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3619 = select i1 %3001, i32 %3021, i32 256
	%3620 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3619)
	%3621 = and i32 %3620, %234
	%3622 = call i32 @llvm.ctpop.i32(i32 %3621)
	br i1 %3001, label %3623, label %3628

3623:
	%3624 = mul i32 %4, 256
	%3625 = add i32 %3624, %3021
	%3626 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3625
	%3627 = load i32, i32 addrspace(3)* %3626
	br label %3628

3628:
	%3629 = phi i32 [ 0, %3618 ], [ %3627, %3623 ]
	%3630 = add i32 %3629, %3622
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3631 = icmp eq i32 %3622, 0
	%3632 = and i1 %3001, %3631
	br i1 %3632, label %3633, label %3639

3633:
	%3634 = call i32 @llvm.ctpop.i32(i32 %3620)
	%3635 = add i32 %3629, %3634
	%3636 = mul i32 %4, 256
	%3637 = add i32 %3636, %3021
	%3638 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3637
	store i32 %3635, i32 addrspace(3)* %3638
	br label %3639

3639:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3640 = select i1 %3024, i32 %3044, i32 256
	%3641 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3640)
	%3642 = and i32 %3641, %234
	%3643 = call i32 @llvm.ctpop.i32(i32 %3642)
	br i1 %3024, label %3644, label %3649

3644:
	%3645 = mul i32 %4, 256
	%3646 = add i32 %3645, %3044
	%3647 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3646
	%3648 = load i32, i32 addrspace(3)* %3647
	br label %3649

3649:
	%3650 = phi i32 [ 0, %3639 ], [ %3648, %3644 ]
	%3651 = add i32 %3650, %3643
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3652 = icmp eq i32 %3643, 0
	%3653 = and i1 %3024, %3652
	br i1 %3653, label %3654, label %3660

3654:
	%3655 = call i32 @llvm.ctpop.i32(i32 %3641)
	%3656 = add i32 %3650, %3655
	%3657 = mul i32 %4, 256
	%3658 = add i32 %3657, %3044
	%3659 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3658
	store i32 %3656, i32 addrspace(3)* %3659
	br label %3660

3660:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3661 = select i1 %3047, i32 %3067, i32 256
	%3662 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3661)
	%3663 = and i32 %3662, %234
	%3664 = call i32 @llvm.ctpop.i32(i32 %3663)
	br i1 %3047, label %3665, label %3670

3665:
	%3666 = mul i32 %4, 256
	%3667 = add i32 %3666, %3067
	%3668 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3667
	%3669 = load i32, i32 addrspace(3)* %3668
	br label %3670

3670:
	%3671 = phi i32 [ 0, %3660 ], [ %3669, %3665 ]
	%3672 = add i32 %3671, %3664
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3673 = icmp eq i32 %3664, 0
	%3674 = and i1 %3047, %3673
	br i1 %3674, label %3675, label %3681

3675:
	%3676 = call i32 @llvm.ctpop.i32(i32 %3662)
	%3677 = add i32 %3671, %3676
	%3678 = mul i32 %4, 256
	%3679 = add i32 %3678, %3067
	%3680 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3679
	store i32 %3677, i32 addrspace(3)* %3680
	br label %3681

3681:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3682 = select i1 %3070, i32 %3090, i32 256
	%3683 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3682)
	%3684 = and i32 %3683, %234
	%3685 = call i32 @llvm.ctpop.i32(i32 %3684)
	br i1 %3070, label %3686, label %3691

3686:
	%3687 = mul i32 %4, 256
	%3688 = add i32 %3687, %3090
	%3689 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3688
	%3690 = load i32, i32 addrspace(3)* %3689
	br label %3691

3691:
	%3692 = phi i32 [ 0, %3681 ], [ %3690, %3686 ]
	%3693 = add i32 %3692, %3685
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3694 = icmp eq i32 %3685, 0
	%3695 = and i1 %3070, %3694
	br i1 %3695, label %3696, label %3702

3696:
	%3697 = call i32 @llvm.ctpop.i32(i32 %3683)
	%3698 = add i32 %3692, %3697
	%3699 = mul i32 %4, 256
	%3700 = add i32 %3699, %3090
	%3701 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3700
	store i32 %3698, i32 addrspace(3)* %3701
	br label %3702

3702:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3703 = select i1 %3093, i32 %3113, i32 256
	%3704 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3703)
	%3705 = and i32 %3704, %234
	%3706 = call i32 @llvm.ctpop.i32(i32 %3705)
	br i1 %3093, label %3707, label %3712

3707:
	%3708 = mul i32 %4, 256
	%3709 = add i32 %3708, %3113
	%3710 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3709
	%3711 = load i32, i32 addrspace(3)* %3710
	br label %3712

3712:
	%3713 = phi i32 [ 0, %3702 ], [ %3711, %3707 ]
	%3714 = add i32 %3713, %3706
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3715 = icmp eq i32 %3706, 0
	%3716 = and i1 %3093, %3715
	br i1 %3716, label %3717, label %3723

3717:
	%3718 = call i32 @llvm.ctpop.i32(i32 %3704)
	%3719 = add i32 %3713, %3718
	%3720 = mul i32 %4, 256
	%3721 = add i32 %3720, %3113
	%3722 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3721
	store i32 %3719, i32 addrspace(3)* %3722
	br label %3723

3723:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3724 = select i1 %3116, i32 %3136, i32 256
	%3725 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3724)
	%3726 = and i32 %3725, %234
	%3727 = call i32 @llvm.ctpop.i32(i32 %3726)
	br i1 %3116, label %3728, label %3733

3728:
	%3729 = mul i32 %4, 256
	%3730 = add i32 %3729, %3136
	%3731 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3730
	%3732 = load i32, i32 addrspace(3)* %3731
	br label %3733

3733:
	%3734 = phi i32 [ 0, %3723 ], [ %3732, %3728 ]
	%3735 = add i32 %3734, %3727
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3736 = icmp eq i32 %3727, 0
	%3737 = and i1 %3116, %3736
	br i1 %3737, label %3738, label %3744

3738:
	%3739 = call i32 @llvm.ctpop.i32(i32 %3725)
	%3740 = add i32 %3734, %3739
	%3741 = mul i32 %4, 256
	%3742 = add i32 %3741, %3136
	%3743 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3742
	store i32 %3740, i32 addrspace(3)* %3743
	br label %3744

3744:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3745 = select i1 %3139, i32 %3159, i32 256
	%3746 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3745)
	%3747 = and i32 %3746, %234
	%3748 = call i32 @llvm.ctpop.i32(i32 %3747)
	br i1 %3139, label %3749, label %3754

3749:
	%3750 = mul i32 %4, 256
	%3751 = add i32 %3750, %3159
	%3752 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3751
	%3753 = load i32, i32 addrspace(3)* %3752
	br label %3754

3754:
	%3755 = phi i32 [ 0, %3744 ], [ %3753, %3749 ]
	%3756 = add i32 %3755, %3748
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3757 = icmp eq i32 %3748, 0
	%3758 = and i1 %3139, %3757
	br i1 %3758, label %3759, label %3765

3759:
	%3760 = call i32 @llvm.ctpop.i32(i32 %3746)
	%3761 = add i32 %3755, %3760
	%3762 = mul i32 %4, 256
	%3763 = add i32 %3762, %3159
	%3764 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3763
	store i32 %3761, i32 addrspace(3)* %3764
	br label %3765

3765:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%3766 = mul i32 0, 256
	%3767 = add i32 %3766, %0
	%3768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3767
	%3769 = load i32, i32 addrspace(3)* %3768
	%3770 = mul i32 0, 256
	%3771 = add i32 %3770, %0
	%3772 = add i32 2048, %3771
	%3773 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3772
	store i32 0, i32 addrspace(3)* %3773
	%3774 = mul i32 0, 256
	%3775 = add i32 %3774, %0
	%3776 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3775
	store i32 0, i32 addrspace(3)* %3776
	%3777 = add i32 0, %3769
	%3778 = mul i32 1, 256
	%3779 = add i32 %3778, %0
	%3780 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3779
	%3781 = load i32, i32 addrspace(3)* %3780
	%3782 = mul i32 1, 256
	%3783 = add i32 %3782, %0
	%3784 = add i32 2048, %3783
	%3785 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3784
	store i32 %3777, i32 addrspace(3)* %3785
	%3786 = mul i32 1, 256
	%3787 = add i32 %3786, %0
	%3788 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3787
	store i32 0, i32 addrspace(3)* %3788
	%3789 = add i32 %3777, %3781
	%3790 = mul i32 2, 256
	%3791 = add i32 %3790, %0
	%3792 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3791
	%3793 = load i32, i32 addrspace(3)* %3792
	%3794 = mul i32 2, 256
	%3795 = add i32 %3794, %0
	%3796 = add i32 2048, %3795
	%3797 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3796
	store i32 %3789, i32 addrspace(3)* %3797
	%3798 = mul i32 2, 256
	%3799 = add i32 %3798, %0
	%3800 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3799
	store i32 0, i32 addrspace(3)* %3800
	%3801 = add i32 %3789, %3793
	%3802 = mul i32 3, 256
	%3803 = add i32 %3802, %0
	%3804 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3803
	%3805 = load i32, i32 addrspace(3)* %3804
	%3806 = mul i32 3, 256
	%3807 = add i32 %3806, %0
	%3808 = add i32 2048, %3807
	%3809 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3808
	store i32 %3801, i32 addrspace(3)* %3809
	%3810 = mul i32 3, 256
	%3811 = add i32 %3810, %0
	%3812 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3811
	store i32 0, i32 addrspace(3)* %3812
	%3813 = add i32 %3801, %3805
	%3814 = mul i32 4, 256
	%3815 = add i32 %3814, %0
	%3816 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3815
	%3817 = load i32, i32 addrspace(3)* %3816
	%3818 = mul i32 4, 256
	%3819 = add i32 %3818, %0
	%3820 = add i32 2048, %3819
	%3821 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3820
	store i32 %3813, i32 addrspace(3)* %3821
	%3822 = mul i32 4, 256
	%3823 = add i32 %3822, %0
	%3824 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3823
	store i32 0, i32 addrspace(3)* %3824
	%3825 = add i32 %3813, %3817
	%3826 = mul i32 5, 256
	%3827 = add i32 %3826, %0
	%3828 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3827
	%3829 = load i32, i32 addrspace(3)* %3828
	%3830 = mul i32 5, 256
	%3831 = add i32 %3830, %0
	%3832 = add i32 2048, %3831
	%3833 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3832
	store i32 %3825, i32 addrspace(3)* %3833
	%3834 = mul i32 5, 256
	%3835 = add i32 %3834, %0
	%3836 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3835
	store i32 0, i32 addrspace(3)* %3836
	%3837 = add i32 %3825, %3829
	%3838 = mul i32 6, 256
	%3839 = add i32 %3838, %0
	%3840 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3839
	%3841 = load i32, i32 addrspace(3)* %3840
	%3842 = mul i32 6, 256
	%3843 = add i32 %3842, %0
	%3844 = add i32 2048, %3843
	%3845 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3844
	store i32 %3837, i32 addrspace(3)* %3845
	%3846 = mul i32 6, 256
	%3847 = add i32 %3846, %0
	%3848 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3847
	store i32 0, i32 addrspace(3)* %3848
	%3849 = add i32 %3837, %3841
	%3850 = mul i32 7, 256
	%3851 = add i32 %3850, %0
	%3852 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3851
	%3853 = load i32, i32 addrspace(3)* %3852
	%3854 = mul i32 7, 256
	%3855 = add i32 %3854, %0
	%3856 = add i32 2048, %3855
	%3857 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3856
	store i32 %3849, i32 addrspace(3)* %3857
	%3858 = mul i32 7, 256
	%3859 = add i32 %3858, %0
	%3860 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3859
	store i32 0, i32 addrspace(3)* %3860
	%3861 = add i32 %3849, %3853
	call void @llvm.nvvm.barrier0()
	%3862 = select i1 %2978, i32 %2998, i32 0
	%3863 = mul i32 %4, 256
	%3864 = add i32 %3863, %3862
	%3865 = add i32 2048, %3864
	%3866 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3865
	%3867 = load i32, i32 addrspace(3)* %3866
	%3868 = add i32 %3609, %3867
	%3869 = select i1 %3001, i32 %3021, i32 0
	%3870 = mul i32 %4, 256
	%3871 = add i32 %3870, %3869
	%3872 = add i32 2048, %3871
	%3873 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3872
	%3874 = load i32, i32 addrspace(3)* %3873
	%3875 = add i32 %3630, %3874
	%3876 = select i1 %3024, i32 %3044, i32 0
	%3877 = mul i32 %4, 256
	%3878 = add i32 %3877, %3876
	%3879 = add i32 2048, %3878
	%3880 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3879
	%3881 = load i32, i32 addrspace(3)* %3880
	%3882 = add i32 %3651, %3881
	%3883 = select i1 %3047, i32 %3067, i32 0
	%3884 = mul i32 %4, 256
	%3885 = add i32 %3884, %3883
	%3886 = add i32 2048, %3885
	%3887 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3886
	%3888 = load i32, i32 addrspace(3)* %3887
	%3889 = add i32 %3672, %3888
	%3890 = select i1 %3070, i32 %3090, i32 0
	%3891 = mul i32 %4, 256
	%3892 = add i32 %3891, %3890
	%3893 = add i32 2048, %3892
	%3894 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3893
	%3895 = load i32, i32 addrspace(3)* %3894
	%3896 = add i32 %3693, %3895
	%3897 = select i1 %3093, i32 %3113, i32 0
	%3898 = mul i32 %4, 256
	%3899 = add i32 %3898, %3897
	%3900 = add i32 2048, %3899
	%3901 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3900
	%3902 = load i32, i32 addrspace(3)* %3901
	%3903 = add i32 %3714, %3902
	%3904 = select i1 %3116, i32 %3136, i32 0
	%3905 = mul i32 %4, 256
	%3906 = add i32 %3905, %3904
	%3907 = add i32 2048, %3906
	%3908 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3907
	%3909 = load i32, i32 addrspace(3)* %3908
	%3910 = add i32 %3735, %3909
	%3911 = select i1 %3139, i32 %3159, i32 0
	%3912 = mul i32 %4, 256
	%3913 = add i32 %3912, %3911
	%3914 = add i32 2048, %3913
	%3915 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %3914
	%3916 = load i32, i32 addrspace(3)* %3915
	%3917 = add i32 %3756, %3916
	%3918 = and i32 %0, 31
	%3919 = lshr i32 %0, 5
	%3920 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3861, i32 1, i32 0)
	%3921 = icmp uge i32 %3918, 1
	%3922 = select i1 %3921, i32 %3920, i32 0
	%3923 = add i32 %3861, %3922
	%3924 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3923, i32 2, i32 0)
	%3925 = icmp uge i32 %3918, 2
	%3926 = select i1 %3925, i32 %3924, i32 0
	%3927 = add i32 %3923, %3926
	%3928 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3927, i32 4, i32 0)
	%3929 = icmp uge i32 %3918, 4
	%3930 = select i1 %3929, i32 %3928, i32 0
	%3931 = add i32 %3927, %3930
	%3932 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3931, i32 8, i32 0)
	%3933 = icmp uge i32 %3918, 8
	%3934 = select i1 %3933, i32 %3932, i32 0
	%3935 = add i32 %3931, %3934
	%3936 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3935, i32 16, i32 0)
	%3937 = icmp uge i32 %3918, 16
	%3938 = select i1 %3937, i32 %3936, i32 0
	%3939 = add i32 %3935, %3938
	%3940 = icmp eq i32 %3918, 31
	br i1 %3940, label %3941, label %3943

3941:
	%3942 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %3919
	store i32 %3939, i32 addrspace(3)* %3942
	br label %3943

3943:
	call void @llvm.nvvm.barrier0()
	%3944 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%3945 = load i32, i32 addrspace(3)* %3944
	%3946 = icmp sgt i32 %3919, 0
	%3947 = select i1 %3946, i32 %3945, i32 0
	%3948 = add i32 0, %3947
	%3949 = add i32 0, %3945
	%3950 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%3951 = load i32, i32 addrspace(3)* %3950
	%3952 = icmp sgt i32 %3919, 1
	%3953 = select i1 %3952, i32 %3951, i32 0
	%3954 = add i32 %3948, %3953
	%3955 = add i32 %3949, %3951
	%3956 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%3957 = load i32, i32 addrspace(3)* %3956
	%3958 = icmp sgt i32 %3919, 2
	%3959 = select i1 %3958, i32 %3957, i32 0
	%3960 = add i32 %3954, %3959
	%3961 = add i32 %3955, %3957
	%3962 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%3963 = load i32, i32 addrspace(3)* %3962
	%3964 = icmp sgt i32 %3919, 3
	%3965 = select i1 %3964, i32 %3963, i32 0
	%3966 = add i32 %3960, %3965
	%3967 = add i32 %3961, %3963
	%3968 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%3969 = load i32, i32 addrspace(3)* %3968
	%3970 = icmp sgt i32 %3919, 4
	%3971 = select i1 %3970, i32 %3969, i32 0
	%3972 = add i32 %3966, %3971
	%3973 = add i32 %3967, %3969
	%3974 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%3975 = load i32, i32 addrspace(3)* %3974
	%3976 = icmp sgt i32 %3919, 5
	%3977 = select i1 %3976, i32 %3975, i32 0
	%3978 = add i32 %3972, %3977
	%3979 = add i32 %3973, %3975
	%3980 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%3981 = load i32, i32 addrspace(3)* %3980
	%3982 = icmp sgt i32 %3919, 6
	%3983 = select i1 %3982, i32 %3981, i32 0
	%3984 = add i32 %3978, %3983
	%3985 = add i32 %3979, %3981
	%3986 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%3987 = load i32, i32 addrspace(3)* %3986
	%3988 = icmp sgt i32 %3919, 7
	%3989 = select i1 %3988, i32 %3987, i32 0
	%3990 = add i32 %3984, %3989
	%3991 = add i32 %3985, %3987
	%3992 = add i32 %3990, %3939
	%3993 = sub i32 %3992, %3861
	%3994 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %3993, i32 addrspace(3)* %3994
	call void @llvm.nvvm.barrier0()
	br i1 %2978, label %3995, label %4001

3995:
	%3996 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %2998
	%3997 = load i32, i32 addrspace(3)* %3996
	%3998 = add i32 %3997, %3868
	%3999 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %3998
	store i32 %2987, i32 addrspace(3)* %3999
	%4000 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %3998
	store i32 %2996, i32 addrspace(3)* %4000
	br label %4001

4001:
	br i1 %3001, label %4002, label %4008

4002:
	%4003 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3021
	%4004 = load i32, i32 addrspace(3)* %4003
	%4005 = add i32 %4004, %3875
	%4006 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4005
	store i32 %3010, i32 addrspace(3)* %4006
	%4007 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4005
	store i32 %3019, i32 addrspace(3)* %4007
	br label %4008

4008:
	br i1 %3024, label %4009, label %4015

4009:
	%4010 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3044
	%4011 = load i32, i32 addrspace(3)* %4010
	%4012 = add i32 %4011, %3882
	%4013 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4012
	store i32 %3033, i32 addrspace(3)* %4013
	%4014 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4012
	store i32 %3042, i32 addrspace(3)* %4014
	br label %4015

4015:
	br i1 %3047, label %4016, label %4022

4016:
	%4017 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3067
	%4018 = load i32, i32 addrspace(3)* %4017
	%4019 = add i32 %4018, %3889
	%4020 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4019
	store i32 %3056, i32 addrspace(3)* %4020
	%4021 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4019
	store i32 %3065, i32 addrspace(3)* %4021
	br label %4022

4022:
	br i1 %3070, label %4023, label %4029

4023:
	%4024 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3090
	%4025 = load i32, i32 addrspace(3)* %4024
	%4026 = add i32 %4025, %3896
	%4027 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4026
	store i32 %3079, i32 addrspace(3)* %4027
	%4028 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4026
	store i32 %3088, i32 addrspace(3)* %4028
	br label %4029

4029:
	br i1 %3093, label %4030, label %4036

4030:
	%4031 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3113
	%4032 = load i32, i32 addrspace(3)* %4031
	%4033 = add i32 %4032, %3903
	%4034 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4033
	store i32 %3102, i32 addrspace(3)* %4034
	%4035 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4033
	store i32 %3111, i32 addrspace(3)* %4035
	br label %4036

4036:
	br i1 %3116, label %4037, label %4043

4037:
	%4038 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3136
	%4039 = load i32, i32 addrspace(3)* %4038
	%4040 = add i32 %4039, %3910
	%4041 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4040
	store i32 %3125, i32 addrspace(3)* %4041
	%4042 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4040
	store i32 %3134, i32 addrspace(3)* %4042
	br label %4043

4043:
	br i1 %3139, label %4044, label %4050

4044:
	%4045 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %3159
	%4046 = load i32, i32 addrspace(3)* %4045
	%4047 = add i32 %4046, %3917
	%4048 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4047
	store i32 %3148, i32 addrspace(3)* %4048
	%4049 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4047
	store i32 %3157, i32 addrspace(3)* %4049
	br label %4050

4050:
	call void @llvm.nvvm.barrier0()
	%4051 = sub i32 %9, %2972
	%4052 = icmp slt i32 2048, %4051
	%4053 = select i1 %4052, i32 2048, i32 %4051
	%4054 = add i32 0, %0
	%4055 = icmp slt i32 %4054, %4053
	br i1 %4055, label %4056, label %4074

4056:
	%4057 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4054
	%4058 = load i32, i32 addrspace(3)* %4057
	%4059 = lshr i32 %4058, 16
	%4060 = and i32 %4059, 255
	%4061 = add i32 %4060, 512
	%4062 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4061
	%4063 = load i32, i32 addrspace(3)* %4062
	%4064 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4060
	%4065 = load i32, i32 addrspace(3)* %4064
	%4066 = sub i32 %4054, %4065
	%4067 = add i32 %4063, %4066
	%4068 = sext i32 %4067 to i64
	%4069 = getelementptr i32, i32* %46, i64 %4068
	store i32 %4058, i32* %4069
	%4070 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4054
	%4071 = load i32, i32 addrspace(3)* %4070
	%4072 = sext i32 %4067 to i64
	%4073 = getelementptr i32, i32* %49, i64 %4072
	store i32 %4071, i32* %4073
	br label %4074

4074:
	%4075 = add i32 256, %0
	%4076 = icmp slt i32 %4075, %4053
	br i1 %4076, label %4077, label %4095

4077:
	%4078 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4075
	%4079 = load i32, i32 addrspace(3)* %4078
	%4080 = lshr i32 %4079, 16
	%4081 = and i32 %4080, 255
	%4082 = add i32 %4081, 512
	%4083 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4082
	%4084 = load i32, i32 addrspace(3)* %4083
	%4085 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4081
	%4086 = load i32, i32 addrspace(3)* %4085
	%4087 = sub i32 %4075, %4086
	%4088 = add i32 %4084, %4087
	%4089 = sext i32 %4088 to i64
	%4090 = getelementptr i32, i32* %46, i64 %4089
	store i32 %4079, i32* %4090
	%4091 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4075
	%4092 = load i32, i32 addrspace(3)* %4091
	%4093 = sext i32 %4088 to i64
	%4094 = getelementptr i32, i32* %49, i64 %4093
	store i32 %4092, i32* %4094
	br label %4095

4095:
	%4096 = add i32 512, %0
	%4097 = icmp slt i32 %4096, %4053
	br i1 %4097, label %4098, label %4116

4098:
	%4099 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4096
	%4100 = load i32, i32 addrspace(3)* %4099
	%4101 = lshr i32 %4100, 16
	%4102 = and i32 %4101, 255
	%4103 = add i32 %4102, 512
	%4104 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4103
	%4105 = load i32, i32 addrspace(3)* %4104
	%4106 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4102
	%4107 = load i32, i32 addrspace(3)* %4106
	%4108 = sub i32 %4096, %4107
	%4109 = add i32 %4105, %4108
	%4110 = sext i32 %4109 to i64
	%4111 = getelementptr i32, i32* %46, i64 %4110
	store i32 %4100, i32* %4111
	%4112 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4096
	%4113 = load i32, i32 addrspace(3)* %4112
	%4114 = sext i32 %4109 to i64
	%4115 = getelementptr i32, i32* %49, i64 %4114
	store i32 %4113, i32* %4115
	br label %4116

4116:
	%4117 = add i32 768, %0
	%4118 = icmp slt i32 %4117, %4053
	br i1 %4118, label %4119, label %4137

4119:
	%4120 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4117
	%4121 = load i32, i32 addrspace(3)* %4120
	%4122 = lshr i32 %4121, 16
	%4123 = and i32 %4122, 255
	%4124 = add i32 %4123, 512
	%4125 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4124
	%4126 = load i32, i32 addrspace(3)* %4125
	%4127 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4123
	%4128 = load i32, i32 addrspace(3)* %4127
	%4129 = sub i32 %4117, %4128
	%4130 = add i32 %4126, %4129
	%4131 = sext i32 %4130 to i64
	%4132 = getelementptr i32, i32* %46, i64 %4131
	store i32 %4121, i32* %4132
	%4133 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4117
	%4134 = load i32, i32 addrspace(3)* %4133
	%4135 = sext i32 %4130 to i64
	%4136 = getelementptr i32, i32* %49, i64 %4135
	store i32 %4134, i32* %4136
	br label %4137

4137:
	%4138 = add i32 1024, %0
	%4139 = icmp slt i32 %4138, %4053
	br i1 %4139, label %4140, label %4158

4140:
	%4141 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4138
	%4142 = load i32, i32 addrspace(3)* %4141
	%4143 = lshr i32 %4142, 16
	%4144 = and i32 %4143, 255
	%4145 = add i32 %4144, 512
	%4146 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4145
	%4147 = load i32, i32 addrspace(3)* %4146
	%4148 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4144
	%4149 = load i32, i32 addrspace(3)* %4148
	%4150 = sub i32 %4138, %4149
	%4151 = add i32 %4147, %4150
	%4152 = sext i32 %4151 to i64
	%4153 = getelementptr i32, i32* %46, i64 %4152
	store i32 %4142, i32* %4153
	%4154 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4138
	%4155 = load i32, i32 addrspace(3)* %4154
	%4156 = sext i32 %4151 to i64
	%4157 = getelementptr i32, i32* %49, i64 %4156
	store i32 %4155, i32* %4157
	br label %4158

4158:
	%4159 = add i32 1280, %0
	%4160 = icmp slt i32 %4159, %4053
	br i1 %4160, label %4161, label %4179

4161:
	%4162 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4159
	%4163 = load i32, i32 addrspace(3)* %4162
	%4164 = lshr i32 %4163, 16
	%4165 = and i32 %4164, 255
	%4166 = add i32 %4165, 512
	%4167 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4166
	%4168 = load i32, i32 addrspace(3)* %4167
	%4169 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4165
	%4170 = load i32, i32 addrspace(3)* %4169
	%4171 = sub i32 %4159, %4170
	%4172 = add i32 %4168, %4171
	%4173 = sext i32 %4172 to i64
	%4174 = getelementptr i32, i32* %46, i64 %4173
	store i32 %4163, i32* %4174
	%4175 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4159
	%4176 = load i32, i32 addrspace(3)* %4175
	%4177 = sext i32 %4172 to i64
	%4178 = getelementptr i32, i32* %49, i64 %4177
	store i32 %4176, i32* %4178
	br label %4179

4179:
	%4180 = add i32 1536, %0
	%4181 = icmp slt i32 %4180, %4053
	br i1 %4181, label %4182, label %4200

4182:
	%4183 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4180
	%4184 = load i32, i32 addrspace(3)* %4183
	%4185 = lshr i32 %4184, 16
	%4186 = and i32 %4185, 255
	%4187 = add i32 %4186, 512
	%4188 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4187
	%4189 = load i32, i32 addrspace(3)* %4188
	%4190 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4186
	%4191 = load i32, i32 addrspace(3)* %4190
	%4192 = sub i32 %4180, %4191
	%4193 = add i32 %4189, %4192
	%4194 = sext i32 %4193 to i64
	%4195 = getelementptr i32, i32* %46, i64 %4194
	store i32 %4184, i32* %4195
	%4196 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4180
	%4197 = load i32, i32 addrspace(3)* %4196
	%4198 = sext i32 %4193 to i64
	%4199 = getelementptr i32, i32* %49, i64 %4198
	store i32 %4197, i32* %4199
	br label %4200

4200:
	%4201 = add i32 1792, %0
	%4202 = icmp slt i32 %4201, %4053
	br i1 %4202, label %4203, label %4221

4203:
	%4204 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %4201
	%4205 = load i32, i32 addrspace(3)* %4204
	%4206 = lshr i32 %4205, 16
	%4207 = and i32 %4206, 255
	%4208 = add i32 %4207, 512
	%4209 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4208
	%4210 = load i32, i32 addrspace(3)* %4209
	%4211 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4207
	%4212 = load i32, i32 addrspace(3)* %4211
	%4213 = sub i32 %4201, %4212
	%4214 = add i32 %4210, %4213
	%4215 = sext i32 %4214 to i64
	%4216 = getelementptr i32, i32* %46, i64 %4215
	store i32 %4205, i32* %4216
	%4217 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %4201
	%4218 = load i32, i32 addrspace(3)* %4217
	%4219 = sext i32 %4214 to i64
	%4220 = getelementptr i32, i32* %49, i64 %4219
	store i32 %4218, i32* %4220
	br label %4221

4221:
	call void @llvm.nvvm.barrier0()
	%4222 = add i32 %0, 512
	%4223 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4222
	%4224 = load i32, i32 addrspace(3)* %4223
	%4225 = add i32 %4224, %3861
	%4226 = add i32 %0, 512
	%4227 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %4226
	store i32 %4225, i32 addrspace(3)* %4227
	%4228 = xor i32 %2973, 1
	%4229 = add i32 %2972, 2048
	br label %2971

4230:
	%4231 = phi i32 [ 0, %3162 ], [ %5272, %5264 ]
	%4232 = phi i32 [ 0, %3162 ], [ %5271, %5264 ]
	%4233 = icmp slt i32 %4231, %9
	br i1 %4233, label %4234, label %4421

4234:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%4235 = add i32 %236, 0
	%4236 = add i32 %4231, %4235
	%4237 = icmp slt i32 %4236, %9
	%4238 = mul i32 %4232, u0x1000
	%4239 = add i32 %236, 0
	%4240 = add i32 0, %4239
	%4241 = add i32 %4238, %4240
	%4242 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4243 = mul i32 %4241, 4
	%4244 = getelementptr i8, i8 addrspace(3)* %4242, i32 %4243
	%4245 = bitcast i8 addrspace(3)* %4244 to i32 addrspace(3)*
	%4246 = load i32, i32 addrspace(3)* %4245
	%4247 = mul i32 %4232, u0x1000
	%4248 = add i32 %236, 0
	%4249 = add i32 2048, %4248
	%4250 = add i32 %4247, %4249
	%4251 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4252 = mul i32 %4250, 4
	%4253 = getelementptr i8, i8 addrspace(3)* %4251, i32 %4252
	%4254 = bitcast i8 addrspace(3)* %4253 to i32 addrspace(3)*
	%4255 = load i32, i32 addrspace(3)* %4254
	%4256 = lshr i32 %4246, 24
	%4257 = and i32 %4256, 255
	%4258 = add i32 %236, 32
	%4259 = add i32 %4231, %4258
	%4260 = icmp slt i32 %4259, %9
	%4261 = mul i32 %4232, u0x1000
	%4262 = add i32 %236, 32
	%4263 = add i32 0, %4262
	%4264 = add i32 %4261, %4263
	%4265 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4266 = mul i32 %4264, 4
	%4267 = getelementptr i8, i8 addrspace(3)* %4265, i32 %4266
	%4268 = bitcast i8 addrspace(3)* %4267 to i32 addrspace(3)*
	%4269 = load i32, i32 addrspace(3)* %4268
	%4270 = mul i32 %4232, u0x1000
	%4271 = add i32 %236, 32
	%4272 = add i32 2048, %4271
	%4273 = add i32 %4270, %4272
	%4274 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4275 = mul i32 %4273, 4
	%4276 = getelementptr i8, i8 addrspace(3)* %4274, i32 %4275
	%4277 = bitcast i8 addrspace(3)* %4276 to i32 addrspace(3)*
	%4278 = load i32, i32 addrspace(3)* %4277
	%4279 = lshr i32 %4269, 24
	%4280 = and i32 %4279, 255
	%4281 = add i32 %236, 64
	%4282 = add i32 %4231, %4281
	%4283 = icmp slt i32 %4282, %9
	%4284 = mul i32 %4232, u0x1000
	%4285 = add i32 %236, 64
	%4286 = add i32 0, %4285
	%4287 = add i32 %4284, %4286
	%4288 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4289 = mul i32 %4287, 4
	%4290 = getelementptr i8, i8 addrspace(3)* %4288, i32 %4289
	%4291 = bitcast i8 addrspace(3)* %4290 to i32 addrspace(3)*
	%4292 = load i32, i32 addrspace(3)* %4291
	%4293 = mul i32 %4232, u0x1000
	%4294 = add i32 %236, 64
	%4295 = add i32 2048, %4294
	%4296 = add i32 %4293, %4295
	%4297 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4298 = mul i32 %4296, 4
	%4299 = getelementptr i8, i8 addrspace(3)* %4297, i32 %4298
	%4300 = bitcast i8 addrspace(3)* %4299 to i32 addrspace(3)*
	%4301 = load i32, i32 addrspace(3)* %4300
	%4302 = lshr i32 %4292, 24
	%4303 = and i32 %4302, 255
	%4304 = add i32 %236, 96
	%4305 = add i32 %4231, %4304
	%4306 = icmp slt i32 %4305, %9
	%4307 = mul i32 %4232, u0x1000
	%4308 = add i32 %236, 96
	%4309 = add i32 0, %4308
	%4310 = add i32 %4307, %4309
	%4311 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4312 = mul i32 %4310, 4
	%4313 = getelementptr i8, i8 addrspace(3)* %4311, i32 %4312
	%4314 = bitcast i8 addrspace(3)* %4313 to i32 addrspace(3)*
	%4315 = load i32, i32 addrspace(3)* %4314
	%4316 = mul i32 %4232, u0x1000
	%4317 = add i32 %236, 96
	%4318 = add i32 2048, %4317
	%4319 = add i32 %4316, %4318
	%4320 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4321 = mul i32 %4319, 4
	%4322 = getelementptr i8, i8 addrspace(3)* %4320, i32 %4321
	%4323 = bitcast i8 addrspace(3)* %4322 to i32 addrspace(3)*
	%4324 = load i32, i32 addrspace(3)* %4323
	%4325 = lshr i32 %4315, 24
	%4326 = and i32 %4325, 255
	%4327 = add i32 %236, 128
	%4328 = add i32 %4231, %4327
	%4329 = icmp slt i32 %4328, %9
	%4330 = mul i32 %4232, u0x1000
	%4331 = add i32 %236, 128
	%4332 = add i32 0, %4331
	%4333 = add i32 %4330, %4332
	%4334 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4335 = mul i32 %4333, 4
	%4336 = getelementptr i8, i8 addrspace(3)* %4334, i32 %4335
	%4337 = bitcast i8 addrspace(3)* %4336 to i32 addrspace(3)*
	%4338 = load i32, i32 addrspace(3)* %4337
	%4339 = mul i32 %4232, u0x1000
	%4340 = add i32 %236, 128
	%4341 = add i32 2048, %4340
	%4342 = add i32 %4339, %4341
	%4343 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4344 = mul i32 %4342, 4
	%4345 = getelementptr i8, i8 addrspace(3)* %4343, i32 %4344
	%4346 = bitcast i8 addrspace(3)* %4345 to i32 addrspace(3)*
	%4347 = load i32, i32 addrspace(3)* %4346
	%4348 = lshr i32 %4338, 24
	%4349 = and i32 %4348, 255
	%4350 = add i32 %236, 160
	%4351 = add i32 %4231, %4350
	%4352 = icmp slt i32 %4351, %9
	%4353 = mul i32 %4232, u0x1000
	%4354 = add i32 %236, 160
	%4355 = add i32 0, %4354
	%4356 = add i32 %4353, %4355
	%4357 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4358 = mul i32 %4356, 4
	%4359 = getelementptr i8, i8 addrspace(3)* %4357, i32 %4358
	%4360 = bitcast i8 addrspace(3)* %4359 to i32 addrspace(3)*
	%4361 = load i32, i32 addrspace(3)* %4360
	%4362 = mul i32 %4232, u0x1000
	%4363 = add i32 %236, 160
	%4364 = add i32 2048, %4363
	%4365 = add i32 %4362, %4364
	%4366 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4367 = mul i32 %4365, 4
	%4368 = getelementptr i8, i8 addrspace(3)* %4366, i32 %4367
	%4369 = bitcast i8 addrspace(3)* %4368 to i32 addrspace(3)*
	%4370 = load i32, i32 addrspace(3)* %4369
	%4371 = lshr i32 %4361, 24
	%4372 = and i32 %4371, 255
	%4373 = add i32 %236, 192
	%4374 = add i32 %4231, %4373
	%4375 = icmp slt i32 %4374, %9
	%4376 = mul i32 %4232, u0x1000
	%4377 = add i32 %236, 192
	%4378 = add i32 0, %4377
	%4379 = add i32 %4376, %4378
	%4380 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4381 = mul i32 %4379, 4
	%4382 = getelementptr i8, i8 addrspace(3)* %4380, i32 %4381
	%4383 = bitcast i8 addrspace(3)* %4382 to i32 addrspace(3)*
	%4384 = load i32, i32 addrspace(3)* %4383
	%4385 = mul i32 %4232, u0x1000
	%4386 = add i32 %236, 192
	%4387 = add i32 2048, %4386
	%4388 = add i32 %4385, %4387
	%4389 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4390 = mul i32 %4388, 4
	%4391 = getelementptr i8, i8 addrspace(3)* %4389, i32 %4390
	%4392 = bitcast i8 addrspace(3)* %4391 to i32 addrspace(3)*
	%4393 = load i32, i32 addrspace(3)* %4392
	%4394 = lshr i32 %4384, 24
	%4395 = and i32 %4394, 255
	%4396 = add i32 %236, 224
	%4397 = add i32 %4231, %4396
	%4398 = icmp slt i32 %4397, %9
	%4399 = mul i32 %4232, u0x1000
	%4400 = add i32 %236, 224
	%4401 = add i32 0, %4400
	%4402 = add i32 %4399, %4401
	%4403 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4404 = mul i32 %4402, 4
	%4405 = getelementptr i8, i8 addrspace(3)* %4403, i32 %4404
	%4406 = bitcast i8 addrspace(3)* %4405 to i32 addrspace(3)*
	%4407 = load i32, i32 addrspace(3)* %4406
	%4408 = mul i32 %4232, u0x1000
	%4409 = add i32 %236, 224
	%4410 = add i32 2048, %4409
	%4411 = add i32 %4408, %4410
	%4412 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4413 = mul i32 %4411, 4
	%4414 = getelementptr i8, i8 addrspace(3)* %4412, i32 %4413
	%4415 = bitcast i8 addrspace(3)* %4414 to i32 addrspace(3)*
	%4416 = load i32, i32 addrspace(3)* %4415
	%4417 = lshr i32 %4407, 24
	%4418 = and i32 %4417, 255
	%4419 = add i32 %4231, 2048
	%4420 = icmp slt i32 %4419, %9
	br i1 %4420, label %4422, label %4640

4421:
	call void @llvm.nvvm.barrier0()
	ret void

4422:
	%4423 = xor i32 %4232, 1
	%4424 = add i32 %236, 0
	%4425 = add i32 %4419, %4424
	%4426 = icmp slt i32 %4425, %9
	%4427 = select i1 %4426, i32 %4425, i32 0
	%4428 = select i1 %4426, i32 4, i32 0
	%4429 = mul i32 %4423, u0x1000
	%4430 = add i32 %236, 0
	%4431 = add i32 0, %4430
	%4432 = add i32 %4429, %4431
	%4433 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4434 = mul i32 %4432, 4
	%4435 = getelementptr i8, i8 addrspace(3)* %4433, i32 %4434
	%4436 = bitcast i8 addrspace(3)* %4435 to i32 addrspace(3)*
	%4437 = ptrtoint i32 addrspace(3)* %4436 to i32
	%4438 = sext i32 %4427 to i64
	%4439 = getelementptr i32, i32* %46, i64 %4438
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4437, i32* %4439, i32 %4428)
	%4440 = mul i32 %4423, u0x1000
	%4441 = add i32 %236, 0
	%4442 = add i32 2048, %4441
	%4443 = add i32 %4440, %4442
	%4444 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4445 = mul i32 %4443, 4
	%4446 = getelementptr i8, i8 addrspace(3)* %4444, i32 %4445
	%4447 = bitcast i8 addrspace(3)* %4446 to i32 addrspace(3)*
	%4448 = ptrtoint i32 addrspace(3)* %4447 to i32
	%4449 = sext i32 %4427 to i64
	%4450 = getelementptr i32, i32* %49, i64 %4449
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4448, i32* %4450, i32 %4428)
	%4451 = add i32 %236, 32
	%4452 = add i32 %4419, %4451
	%4453 = icmp slt i32 %4452, %9
	%4454 = select i1 %4453, i32 %4452, i32 0
	%4455 = select i1 %4453, i32 4, i32 0
	%4456 = mul i32 %4423, u0x1000
	%4457 = add i32 %236, 32
	%4458 = add i32 0, %4457
	%4459 = add i32 %4456, %4458
	%4460 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4461 = mul i32 %4459, 4
	%4462 = getelementptr i8, i8 addrspace(3)* %4460, i32 %4461
	%4463 = bitcast i8 addrspace(3)* %4462 to i32 addrspace(3)*
	%4464 = ptrtoint i32 addrspace(3)* %4463 to i32
	%4465 = sext i32 %4454 to i64
	%4466 = getelementptr i32, i32* %46, i64 %4465
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4464, i32* %4466, i32 %4455)
	%4467 = mul i32 %4423, u0x1000
	%4468 = add i32 %236, 32
	%4469 = add i32 2048, %4468
	%4470 = add i32 %4467, %4469
	%4471 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4472 = mul i32 %4470, 4
	%4473 = getelementptr i8, i8 addrspace(3)* %4471, i32 %4472
	%4474 = bitcast i8 addrspace(3)* %4473 to i32 addrspace(3)*
	%4475 = ptrtoint i32 addrspace(3)* %4474 to i32
	%4476 = sext i32 %4454 to i64
	%4477 = getelementptr i32, i32* %49, i64 %4476
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4475, i32* %4477, i32 %4455)
	%4478 = add i32 %236, 64
	%4479 = add i32 %4419, %4478
	%4480 = icmp slt i32 %4479, %9
	%4481 = select i1 %4480, i32 %4479, i32 0
	%4482 = select i1 %4480, i32 4, i32 0
	%4483 = mul i32 %4423, u0x1000
	%4484 = add i32 %236, 64
	%4485 = add i32 0, %4484
	%4486 = add i32 %4483, %4485
	%4487 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4488 = mul i32 %4486, 4
	%4489 = getelementptr i8, i8 addrspace(3)* %4487, i32 %4488
	%4490 = bitcast i8 addrspace(3)* %4489 to i32 addrspace(3)*
	%4491 = ptrtoint i32 addrspace(3)* %4490 to i32
	%4492 = sext i32 %4481 to i64
	%4493 = getelementptr i32, i32* %46, i64 %4492
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4491, i32* %4493, i32 %4482)
	%4494 = mul i32 %4423, u0x1000
	%4495 = add i32 %236, 64
	%4496 = add i32 2048, %4495
	%4497 = add i32 %4494, %4496
	%4498 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4499 = mul i32 %4497, 4
	%4500 = getelementptr i8, i8 addrspace(3)* %4498, i32 %4499
	%4501 = bitcast i8 addrspace(3)* %4500 to i32 addrspace(3)*
	%4502 = ptrtoint i32 addrspace(3)* %4501 to i32
	%4503 = sext i32 %4481 to i64
	%4504 = getelementptr i32, i32* %49, i64 %4503
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4502, i32* %4504, i32 %4482)
	%4505 = add i32 %236, 96
	%4506 = add i32 %4419, %4505
	%4507 = icmp slt i32 %4506, %9
	%4508 = select i1 %4507, i32 %4506, i32 0
	%4509 = select i1 %4507, i32 4, i32 0
	%4510 = mul i32 %4423, u0x1000
	%4511 = add i32 %236, 96
	%4512 = add i32 0, %4511
	%4513 = add i32 %4510, %4512
	%4514 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4515 = mul i32 %4513, 4
	%4516 = getelementptr i8, i8 addrspace(3)* %4514, i32 %4515
	%4517 = bitcast i8 addrspace(3)* %4516 to i32 addrspace(3)*
	%4518 = ptrtoint i32 addrspace(3)* %4517 to i32
	%4519 = sext i32 %4508 to i64
	%4520 = getelementptr i32, i32* %46, i64 %4519
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4518, i32* %4520, i32 %4509)
	%4521 = mul i32 %4423, u0x1000
	%4522 = add i32 %236, 96
	%4523 = add i32 2048, %4522
	%4524 = add i32 %4521, %4523
	%4525 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4526 = mul i32 %4524, 4
	%4527 = getelementptr i8, i8 addrspace(3)* %4525, i32 %4526
	%4528 = bitcast i8 addrspace(3)* %4527 to i32 addrspace(3)*
	%4529 = ptrtoint i32 addrspace(3)* %4528 to i32
	%4530 = sext i32 %4508 to i64
	%4531 = getelementptr i32, i32* %49, i64 %4530
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4529, i32* %4531, i32 %4509)
	%4532 = add i32 %236, 128
	%4533 = add i32 %4419, %4532
	%4534 = icmp slt i32 %4533, %9
	%4535 = select i1 %4534, i32 %4533, i32 0
	%4536 = select i1 %4534, i32 4, i32 0
	%4537 = mul i32 %4423, u0x1000
	%4538 = add i32 %236, 128
	%4539 = add i32 0, %4538
	%4540 = add i32 %4537, %4539
	%4541 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4542 = mul i32 %4540, 4
	%4543 = getelementptr i8, i8 addrspace(3)* %4541, i32 %4542
	%4544 = bitcast i8 addrspace(3)* %4543 to i32 addrspace(3)*
	%4545 = ptrtoint i32 addrspace(3)* %4544 to i32
	%4546 = sext i32 %4535 to i64
	%4547 = getelementptr i32, i32* %46, i64 %4546
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4545, i32* %4547, i32 %4536)
	%4548 = mul i32 %4423, u0x1000
	%4549 = add i32 %236, 128
	%4550 = add i32 2048, %4549
	%4551 = add i32 %4548, %4550
	%4552 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4553 = mul i32 %4551, 4
	%4554 = getelementptr i8, i8 addrspace(3)* %4552, i32 %4553
	%4555 = bitcast i8 addrspace(3)* %4554 to i32 addrspace(3)*
	%4556 = ptrtoint i32 addrspace(3)* %4555 to i32
	%4557 = sext i32 %4535 to i64
	%4558 = getelementptr i32, i32* %49, i64 %4557
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4556, i32* %4558, i32 %4536)
	%4559 = add i32 %236, 160
	%4560 = add i32 %4419, %4559
	%4561 = icmp slt i32 %4560, %9
	%4562 = select i1 %4561, i32 %4560, i32 0
	%4563 = select i1 %4561, i32 4, i32 0
	%4564 = mul i32 %4423, u0x1000
	%4565 = add i32 %236, 160
	%4566 = add i32 0, %4565
	%4567 = add i32 %4564, %4566
	%4568 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4569 = mul i32 %4567, 4
	%4570 = getelementptr i8, i8 addrspace(3)* %4568, i32 %4569
	%4571 = bitcast i8 addrspace(3)* %4570 to i32 addrspace(3)*
	%4572 = ptrtoint i32 addrspace(3)* %4571 to i32
	%4573 = sext i32 %4562 to i64
	%4574 = getelementptr i32, i32* %46, i64 %4573
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4572, i32* %4574, i32 %4563)
	%4575 = mul i32 %4423, u0x1000
	%4576 = add i32 %236, 160
	%4577 = add i32 2048, %4576
	%4578 = add i32 %4575, %4577
	%4579 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4580 = mul i32 %4578, 4
	%4581 = getelementptr i8, i8 addrspace(3)* %4579, i32 %4580
	%4582 = bitcast i8 addrspace(3)* %4581 to i32 addrspace(3)*
	%4583 = ptrtoint i32 addrspace(3)* %4582 to i32
	%4584 = sext i32 %4562 to i64
	%4585 = getelementptr i32, i32* %49, i64 %4584
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4583, i32* %4585, i32 %4563)
	%4586 = add i32 %236, 192
	%4587 = add i32 %4419, %4586
	%4588 = icmp slt i32 %4587, %9
	%4589 = select i1 %4588, i32 %4587, i32 0
	%4590 = select i1 %4588, i32 4, i32 0
	%4591 = mul i32 %4423, u0x1000
	%4592 = add i32 %236, 192
	%4593 = add i32 0, %4592
	%4594 = add i32 %4591, %4593
	%4595 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4596 = mul i32 %4594, 4
	%4597 = getelementptr i8, i8 addrspace(3)* %4595, i32 %4596
	%4598 = bitcast i8 addrspace(3)* %4597 to i32 addrspace(3)*
	%4599 = ptrtoint i32 addrspace(3)* %4598 to i32
	%4600 = sext i32 %4589 to i64
	%4601 = getelementptr i32, i32* %46, i64 %4600
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4599, i32* %4601, i32 %4590)
	%4602 = mul i32 %4423, u0x1000
	%4603 = add i32 %236, 192
	%4604 = add i32 2048, %4603
	%4605 = add i32 %4602, %4604
	%4606 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4607 = mul i32 %4605, 4
	%4608 = getelementptr i8, i8 addrspace(3)* %4606, i32 %4607
	%4609 = bitcast i8 addrspace(3)* %4608 to i32 addrspace(3)*
	%4610 = ptrtoint i32 addrspace(3)* %4609 to i32
	%4611 = sext i32 %4589 to i64
	%4612 = getelementptr i32, i32* %49, i64 %4611
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4610, i32* %4612, i32 %4590)
	%4613 = add i32 %236, 224
	%4614 = add i32 %4419, %4613
	%4615 = icmp slt i32 %4614, %9
	%4616 = select i1 %4615, i32 %4614, i32 0
	%4617 = select i1 %4615, i32 4, i32 0
	%4618 = mul i32 %4423, u0x1000
	%4619 = add i32 %236, 224
	%4620 = add i32 0, %4619
	%4621 = add i32 %4618, %4620
	%4622 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4623 = mul i32 %4621, 4
	%4624 = getelementptr i8, i8 addrspace(3)* %4622, i32 %4623
	%4625 = bitcast i8 addrspace(3)* %4624 to i32 addrspace(3)*
	%4626 = ptrtoint i32 addrspace(3)* %4625 to i32
	%4627 = sext i32 %4616 to i64
	%4628 = getelementptr i32, i32* %46, i64 %4627
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4626, i32* %4628, i32 %4617)
	%4629 = mul i32 %4423, u0x1000
	%4630 = add i32 %236, 224
	%4631 = add i32 2048, %4630
	%4632 = add i32 %4629, %4631
	%4633 = bitcast [0 x i8] addrspace(3)* @s2o_permute0_pf to i8 addrspace(3)*
	%4634 = mul i32 %4632, 4
	%4635 = getelementptr i8, i8 addrspace(3)* %4633, i32 %4634
	%4636 = bitcast i8 addrspace(3)* %4635 to i32 addrspace(3)*
	%4637 = ptrtoint i32 addrspace(3)* %4636 to i32
	%4638 = sext i32 %4616 to i64
	%4639 = getelementptr i32, i32* %49, i64 %4638
	call void asm sideeffect "cp.async.ca.shared.global [$0], [$1], 4, $2;", "r,l,r"(i32 %4637, i32* %4639, i32 %4617)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %4640

4640:
	%4641 = select i1 %4237, i32 %4257, i32 256
	%4642 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4641)
	%4643 = and i32 %4642, %234
	%4644 = call i32 @llvm.ctpop.i32(i32 %4643)
	br i1 %4237, label %4645, label %4650

4645:
	%4646 = mul i32 %4, 256
	%4647 = add i32 %4646, %4257
	%4648 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4647
	%4649 = load i32, i32 addrspace(3)* %4648
	br label %4650

4650:
	%4651 = phi i32 [ 0, %4640 ], [ %4649, %4645 ]
	%4652 = add i32 %4651, %4644
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4653 = icmp eq i32 %4644, 0
	%4654 = and i1 %4237, %4653
	br i1 %4654, label %4655, label %4661

4655:
	%4656 = call i32 @llvm.ctpop.i32(i32 %4642)
	%4657 = add i32 %4651, %4656
	%4658 = mul i32 %4, 256
	%4659 = add i32 %4658, %4257
	%4660 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4659
	store i32 %4657, i32 addrspace(3)* %4660
	br label %4661

4661:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4662 = select i1 %4260, i32 %4280, i32 256
	%4663 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4662)
	%4664 = and i32 %4663, %234
	%4665 = call i32 @llvm.ctpop.i32(i32 %4664)
	br i1 %4260, label %4666, label %4671

4666:
	%4667 = mul i32 %4, 256
	%4668 = add i32 %4667, %4280
	%4669 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4668
	%4670 = load i32, i32 addrspace(3)* %4669
	br label %4671

4671:
	%4672 = phi i32 [ 0, %4661 ], [ %4670, %4666 ]
	%4673 = add i32 %4672, %4665
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4674 = icmp eq i32 %4665, 0
	%4675 = and i1 %4260, %4674
	br i1 %4675, label %4676, label %4682

4676:
	%4677 = call i32 @llvm.ctpop.i32(i32 %4663)
	%4678 = add i32 %4672, %4677
	%4679 = mul i32 %4, 256
	%4680 = add i32 %4679, %4280
	%4681 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4680
	store i32 %4678, i32 addrspace(3)* %4681
	br label %4682

4682:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4683 = select i1 %4283, i32 %4303, i32 256
	%4684 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4683)
	%4685 = and i32 %4684, %234
	%4686 = call i32 @llvm.ctpop.i32(i32 %4685)
	br i1 %4283, label %4687, label %4692

4687:
	%4688 = mul i32 %4, 256
	%4689 = add i32 %4688, %4303
	%4690 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4689
	%4691 = load i32, i32 addrspace(3)* %4690
	br label %4692

4692:
	%4693 = phi i32 [ 0, %4682 ], [ %4691, %4687 ]
	%4694 = add i32 %4693, %4686
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4695 = icmp eq i32 %4686, 0
	%4696 = and i1 %4283, %4695
	br i1 %4696, label %4697, label %4703

4697:
	%4698 = call i32 @llvm.ctpop.i32(i32 %4684)
	%4699 = add i32 %4693, %4698
	%4700 = mul i32 %4, 256
	%4701 = add i32 %4700, %4303
	%4702 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4701
	store i32 %4699, i32 addrspace(3)* %4702
	br label %4703

4703:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4704 = select i1 %4306, i32 %4326, i32 256
	%4705 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4704)
	%4706 = and i32 %4705, %234
	%4707 = call i32 @llvm.ctpop.i32(i32 %4706)
	br i1 %4306, label %4708, label %4713

4708:
	%4709 = mul i32 %4, 256
	%4710 = add i32 %4709, %4326
	%4711 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4710
	%4712 = load i32, i32 addrspace(3)* %4711
	br label %4713

4713:
	%4714 = phi i32 [ 0, %4703 ], [ %4712, %4708 ]
	%4715 = add i32 %4714, %4707
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4716 = icmp eq i32 %4707, 0
	%4717 = and i1 %4306, %4716
	br i1 %4717, label %4718, label %4724

4718:
	%4719 = call i32 @llvm.ctpop.i32(i32 %4705)
	%4720 = add i32 %4714, %4719
	%4721 = mul i32 %4, 256
	%4722 = add i32 %4721, %4326
	%4723 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4722
	store i32 %4720, i32 addrspace(3)* %4723
	br label %4724

4724:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4725 = select i1 %4329, i32 %4349, i32 256
	%4726 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4725)
	%4727 = and i32 %4726, %234
	%4728 = call i32 @llvm.ctpop.i32(i32 %4727)
	br i1 %4329, label %4729, label %4734

4729:
	%4730 = mul i32 %4, 256
	%4731 = add i32 %4730, %4349
	%4732 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4731
	%4733 = load i32, i32 addrspace(3)* %4732
	br label %4734

4734:
	%4735 = phi i32 [ 0, %4724 ], [ %4733, %4729 ]
	%4736 = add i32 %4735, %4728
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4737 = icmp eq i32 %4728, 0
	%4738 = and i1 %4329, %4737
	br i1 %4738, label %4739, label %4745

4739:
	%4740 = call i32 @llvm.ctpop.i32(i32 %4726)
	%4741 = add i32 %4735, %4740
	%4742 = mul i32 %4, 256
	%4743 = add i32 %4742, %4349
	%4744 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4743
	store i32 %4741, i32 addrspace(3)* %4744
	br label %4745

4745:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4746 = select i1 %4352, i32 %4372, i32 256
	%4747 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4746)
	%4748 = and i32 %4747, %234
	%4749 = call i32 @llvm.ctpop.i32(i32 %4748)
	br i1 %4352, label %4750, label %4755

4750:
	%4751 = mul i32 %4, 256
	%4752 = add i32 %4751, %4372
	%4753 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4752
	%4754 = load i32, i32 addrspace(3)* %4753
	br label %4755

4755:
	%4756 = phi i32 [ 0, %4745 ], [ %4754, %4750 ]
	%4757 = add i32 %4756, %4749
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4758 = icmp eq i32 %4749, 0
	%4759 = and i1 %4352, %4758
	br i1 %4759, label %4760, label %4766

4760:
	%4761 = call i32 @llvm.ctpop.i32(i32 %4747)
	%4762 = add i32 %4756, %4761
	%4763 = mul i32 %4, 256
	%4764 = add i32 %4763, %4372
	%4765 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4764
	store i32 %4762, i32 addrspace(3)* %4765
	br label %4766

4766:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4767 = select i1 %4375, i32 %4395, i32 256
	%4768 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4767)
	%4769 = and i32 %4768, %234
	%4770 = call i32 @llvm.ctpop.i32(i32 %4769)
	br i1 %4375, label %4771, label %4776

4771:
	%4772 = mul i32 %4, 256
	%4773 = add i32 %4772, %4395
	%4774 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4773
	%4775 = load i32, i32 addrspace(3)* %4774
	br label %4776

4776:
	%4777 = phi i32 [ 0, %4766 ], [ %4775, %4771 ]
	%4778 = add i32 %4777, %4770
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4779 = icmp eq i32 %4770, 0
	%4780 = and i1 %4375, %4779
	br i1 %4780, label %4781, label %4787

4781:
	%4782 = call i32 @llvm.ctpop.i32(i32 %4768)
	%4783 = add i32 %4777, %4782
	%4784 = mul i32 %4, 256
	%4785 = add i32 %4784, %4395
	%4786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4785
	store i32 %4783, i32 addrspace(3)* %4786
	br label %4787

4787:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4788 = select i1 %4398, i32 %4418, i32 256
	%4789 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4788)
	%4790 = and i32 %4789, %234
	%4791 = call i32 @llvm.ctpop.i32(i32 %4790)
	br i1 %4398, label %4792, label %4797

4792:
	%4793 = mul i32 %4, 256
	%4794 = add i32 %4793, %4418
	%4795 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4794
	%4796 = load i32, i32 addrspace(3)* %4795
	br label %4797

4797:
	%4798 = phi i32 [ 0, %4787 ], [ %4796, %4792 ]
	%4799 = add i32 %4798, %4791
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4800 = icmp eq i32 %4791, 0
	%4801 = and i1 %4398, %4800
	br i1 %4801, label %4802, label %4808

4802:
	%4803 = call i32 @llvm.ctpop.i32(i32 %4789)
	%4804 = add i32 %4798, %4803
	%4805 = mul i32 %4, 256
	%4806 = add i32 %4805, %4418
	%4807 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4806
	store i32 %4804, i32 addrspace(3)* %4807
	br label %4808

4808:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%4809 = mul i32 0, 256
	%4810 = add i32 %4809, %0
	%4811 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4810
	%4812 = load i32, i32 addrspace(3)* %4811
	%4813 = mul i32 0, 256
	%4814 = add i32 %4813, %0
	%4815 = add i32 2048, %4814
	%4816 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4815
	store i32 0, i32 addrspace(3)* %4816
	%4817 = mul i32 0, 256
	%4818 = add i32 %4817, %0
	%4819 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4818
	store i32 0, i32 addrspace(3)* %4819
	%4820 = add i32 0, %4812
	%4821 = mul i32 1, 256
	%4822 = add i32 %4821, %0
	%4823 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4822
	%4824 = load i32, i32 addrspace(3)* %4823
	%4825 = mul i32 1, 256
	%4826 = add i32 %4825, %0
	%4827 = add i32 2048, %4826
	%4828 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4827
	store i32 %4820, i32 addrspace(3)* %4828
	%4829 = mul i32 1, 256
	%4830 = add i32 %4829, %0
	%4831 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4830
	store i32 0, i32 addrspace(3)* %4831
	%4832 = add i32 %4820, %4824
	%4833 = mul i32 2, 256
	%4834 = add i32 %4833, %0
	%4835 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4834
	%4836 = load i32, i32 addrspace(3)* %4835
	%4837 = mul i32 2, 256
	%4838 = add i32 %4837, %0
	%4839 = add i32 2048, %4838
	%4840 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4839
	store i32 %4832, i32 addrspace(3)* %4840
	%4841 = mul i32 2, 256
	%4842 = add i32 %4841, %0
	%4843 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4842
	store i32 0, i32 addrspace(3)* %4843
	%4844 = add i32 %4832, %4836
	%4845 = mul i32 3, 256
	%4846 = add i32 %4845, %0
	%4847 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4846
	%4848 = load i32, i32 addrspace(3)* %4847
	%4849 = mul i32 3, 256
	%4850 = add i32 %4849, %0
	%4851 = add i32 2048, %4850
	%4852 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4851
	store i32 %4844, i32 addrspace(3)* %4852
	%4853 = mul i32 3, 256
	%4854 = add i32 %4853, %0
	%4855 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4854
	store i32 0, i32 addrspace(3)* %4855
	%4856 = add i32 %4844, %4848
	%4857 = mul i32 4, 256
	%4858 = add i32 %4857, %0
	%4859 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4858
	%4860 = load i32, i32 addrspace(3)* %4859
	%4861 = mul i32 4, 256
	%4862 = add i32 %4861, %0
	%4863 = add i32 2048, %4862
	%4864 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4863
	store i32 %4856, i32 addrspace(3)* %4864
	%4865 = mul i32 4, 256
	%4866 = add i32 %4865, %0
	%4867 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4866
	store i32 0, i32 addrspace(3)* %4867
	%4868 = add i32 %4856, %4860
	%4869 = mul i32 5, 256
	%4870 = add i32 %4869, %0
	%4871 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4870
	%4872 = load i32, i32 addrspace(3)* %4871
	%4873 = mul i32 5, 256
	%4874 = add i32 %4873, %0
	%4875 = add i32 2048, %4874
	%4876 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4875
	store i32 %4868, i32 addrspace(3)* %4876
	%4877 = mul i32 5, 256
	%4878 = add i32 %4877, %0
	%4879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4878
	store i32 0, i32 addrspace(3)* %4879
	%4880 = add i32 %4868, %4872
	%4881 = mul i32 6, 256
	%4882 = add i32 %4881, %0
	%4883 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4882
	%4884 = load i32, i32 addrspace(3)* %4883
	%4885 = mul i32 6, 256
	%4886 = add i32 %4885, %0
	%4887 = add i32 2048, %4886
	%4888 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4887
	store i32 %4880, i32 addrspace(3)* %4888
	%4889 = mul i32 6, 256
	%4890 = add i32 %4889, %0
	%4891 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4890
	store i32 0, i32 addrspace(3)* %4891
	%4892 = add i32 %4880, %4884
	%4893 = mul i32 7, 256
	%4894 = add i32 %4893, %0
	%4895 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4894
	%4896 = load i32, i32 addrspace(3)* %4895
	%4897 = mul i32 7, 256
	%4898 = add i32 %4897, %0
	%4899 = add i32 2048, %4898
	%4900 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4899
	store i32 %4892, i32 addrspace(3)* %4900
	%4901 = mul i32 7, 256
	%4902 = add i32 %4901, %0
	%4903 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4902
	store i32 0, i32 addrspace(3)* %4903
	%4904 = add i32 %4892, %4896
	call void @llvm.nvvm.barrier0()
	%4905 = select i1 %4237, i32 %4257, i32 0
	%4906 = mul i32 %4, 256
	%4907 = add i32 %4906, %4905
	%4908 = add i32 2048, %4907
	%4909 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4908
	%4910 = load i32, i32 addrspace(3)* %4909
	%4911 = add i32 %4652, %4910
	%4912 = select i1 %4260, i32 %4280, i32 0
	%4913 = mul i32 %4, 256
	%4914 = add i32 %4913, %4912
	%4915 = add i32 2048, %4914
	%4916 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4915
	%4917 = load i32, i32 addrspace(3)* %4916
	%4918 = add i32 %4673, %4917
	%4919 = select i1 %4283, i32 %4303, i32 0
	%4920 = mul i32 %4, 256
	%4921 = add i32 %4920, %4919
	%4922 = add i32 2048, %4921
	%4923 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4922
	%4924 = load i32, i32 addrspace(3)* %4923
	%4925 = add i32 %4694, %4924
	%4926 = select i1 %4306, i32 %4326, i32 0
	%4927 = mul i32 %4, 256
	%4928 = add i32 %4927, %4926
	%4929 = add i32 2048, %4928
	%4930 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4929
	%4931 = load i32, i32 addrspace(3)* %4930
	%4932 = add i32 %4715, %4931
	%4933 = select i1 %4329, i32 %4349, i32 0
	%4934 = mul i32 %4, 256
	%4935 = add i32 %4934, %4933
	%4936 = add i32 2048, %4935
	%4937 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4936
	%4938 = load i32, i32 addrspace(3)* %4937
	%4939 = add i32 %4736, %4938
	%4940 = select i1 %4352, i32 %4372, i32 0
	%4941 = mul i32 %4, 256
	%4942 = add i32 %4941, %4940
	%4943 = add i32 2048, %4942
	%4944 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4943
	%4945 = load i32, i32 addrspace(3)* %4944
	%4946 = add i32 %4757, %4945
	%4947 = select i1 %4375, i32 %4395, i32 0
	%4948 = mul i32 %4, 256
	%4949 = add i32 %4948, %4947
	%4950 = add i32 2048, %4949
	%4951 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4950
	%4952 = load i32, i32 addrspace(3)* %4951
	%4953 = add i32 %4778, %4952
	%4954 = select i1 %4398, i32 %4418, i32 0
	%4955 = mul i32 %4, 256
	%4956 = add i32 %4955, %4954
	%4957 = add i32 2048, %4956
	%4958 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @s2o_permute0_cnt, i32 0, i32 %4957
	%4959 = load i32, i32 addrspace(3)* %4958
	%4960 = add i32 %4799, %4959
	%4961 = and i32 %0, 31
	%4962 = lshr i32 %0, 5
	%4963 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4904, i32 1, i32 0)
	%4964 = icmp uge i32 %4961, 1
	%4965 = select i1 %4964, i32 %4963, i32 0
	%4966 = add i32 %4904, %4965
	%4967 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4966, i32 2, i32 0)
	%4968 = icmp uge i32 %4961, 2
	%4969 = select i1 %4968, i32 %4967, i32 0
	%4970 = add i32 %4966, %4969
	%4971 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4970, i32 4, i32 0)
	%4972 = icmp uge i32 %4961, 4
	%4973 = select i1 %4972, i32 %4971, i32 0
	%4974 = add i32 %4970, %4973
	%4975 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4974, i32 8, i32 0)
	%4976 = icmp uge i32 %4961, 8
	%4977 = select i1 %4976, i32 %4975, i32 0
	%4978 = add i32 %4974, %4977
	%4979 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4978, i32 16, i32 0)
	%4980 = icmp uge i32 %4961, 16
	%4981 = select i1 %4980, i32 %4979, i32 0
	%4982 = add i32 %4978, %4981
	%4983 = icmp eq i32 %4961, 31
	br i1 %4983, label %4984, label %4986

4984:
	%4985 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 %4962
	store i32 %4982, i32 addrspace(3)* %4985
	br label %4986

4986:
	call void @llvm.nvvm.barrier0()
	%4987 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 0
	%4988 = load i32, i32 addrspace(3)* %4987
	%4989 = icmp sgt i32 %4962, 0
	%4990 = select i1 %4989, i32 %4988, i32 0
	%4991 = add i32 0, %4990
	%4992 = add i32 0, %4988
	%4993 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 1
	%4994 = load i32, i32 addrspace(3)* %4993
	%4995 = icmp sgt i32 %4962, 1
	%4996 = select i1 %4995, i32 %4994, i32 0
	%4997 = add i32 %4991, %4996
	%4998 = add i32 %4992, %4994
	%4999 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 2
	%5000 = load i32, i32 addrspace(3)* %4999
	%5001 = icmp sgt i32 %4962, 2
	%5002 = select i1 %5001, i32 %5000, i32 0
	%5003 = add i32 %4997, %5002
	%5004 = add i32 %4998, %5000
	%5005 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 3
	%5006 = load i32, i32 addrspace(3)* %5005
	%5007 = icmp sgt i32 %4962, 3
	%5008 = select i1 %5007, i32 %5006, i32 0
	%5009 = add i32 %5003, %5008
	%5010 = add i32 %5004, %5006
	%5011 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 4
	%5012 = load i32, i32 addrspace(3)* %5011
	%5013 = icmp sgt i32 %4962, 4
	%5014 = select i1 %5013, i32 %5012, i32 0
	%5015 = add i32 %5009, %5014
	%5016 = add i32 %5010, %5012
	%5017 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 5
	%5018 = load i32, i32 addrspace(3)* %5017
	%5019 = icmp sgt i32 %4962, 5
	%5020 = select i1 %5019, i32 %5018, i32 0
	%5021 = add i32 %5015, %5020
	%5022 = add i32 %5016, %5018
	%5023 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 6
	%5024 = load i32, i32 addrspace(3)* %5023
	%5025 = icmp sgt i32 %4962, 6
	%5026 = select i1 %5025, i32 %5024, i32 0
	%5027 = add i32 %5021, %5026
	%5028 = add i32 %5022, %5024
	%5029 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @s2o_permute0_scan, i32 0, i32 7
	%5030 = load i32, i32 addrspace(3)* %5029
	%5031 = icmp sgt i32 %4962, 7
	%5032 = select i1 %5031, i32 %5030, i32 0
	%5033 = add i32 %5027, %5032
	%5034 = add i32 %5028, %5030
	%5035 = add i32 %5033, %4982
	%5036 = sub i32 %5035, %4904
	%5037 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %0
	store i32 %5036, i32 addrspace(3)* %5037
	call void @llvm.nvvm.barrier0()
	br i1 %4237, label %5038, label %5044

5038:
	%5039 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4257
	%5040 = load i32, i32 addrspace(3)* %5039
	%5041 = add i32 %5040, %4911
	%5042 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5041
	store i32 %4246, i32 addrspace(3)* %5042
	%5043 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5041
	store i32 %4255, i32 addrspace(3)* %5043
	br label %5044

5044:
	br i1 %4260, label %5045, label %5051

5045:
	%5046 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4280
	%5047 = load i32, i32 addrspace(3)* %5046
	%5048 = add i32 %5047, %4918
	%5049 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5048
	store i32 %4269, i32 addrspace(3)* %5049
	%5050 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5048
	store i32 %4278, i32 addrspace(3)* %5050
	br label %5051

5051:
	br i1 %4283, label %5052, label %5058

5052:
	%5053 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4303
	%5054 = load i32, i32 addrspace(3)* %5053
	%5055 = add i32 %5054, %4925
	%5056 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5055
	store i32 %4292, i32 addrspace(3)* %5056
	%5057 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5055
	store i32 %4301, i32 addrspace(3)* %5057
	br label %5058

5058:
	br i1 %4306, label %5059, label %5065

5059:
	%5060 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4326
	%5061 = load i32, i32 addrspace(3)* %5060
	%5062 = add i32 %5061, %4932
	%5063 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5062
	store i32 %4315, i32 addrspace(3)* %5063
	%5064 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5062
	store i32 %4324, i32 addrspace(3)* %5064
	br label %5065

5065:
	br i1 %4329, label %5066, label %5072

5066:
	%5067 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4349
	%5068 = load i32, i32 addrspace(3)* %5067
	%5069 = add i32 %5068, %4939
	%5070 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5069
	store i32 %4338, i32 addrspace(3)* %5070
	%5071 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5069
	store i32 %4347, i32 addrspace(3)* %5071
	br label %5072

5072:
	br i1 %4352, label %5073, label %5079

5073:
	%5074 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4372
	%5075 = load i32, i32 addrspace(3)* %5074
	%5076 = add i32 %5075, %4946
	%5077 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5076
	store i32 %4361, i32 addrspace(3)* %5077
	%5078 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5076
	store i32 %4370, i32 addrspace(3)* %5078
	br label %5079

5079:
	br i1 %4375, label %5080, label %5086

5080:
	%5081 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4395
	%5082 = load i32, i32 addrspace(3)* %5081
	%5083 = add i32 %5082, %4953
	%5084 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5083
	store i32 %4384, i32 addrspace(3)* %5084
	%5085 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5083
	store i32 %4393, i32 addrspace(3)* %5085
	br label %5086

5086:
	br i1 %4398, label %5087, label %5093

5087:
	%5088 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %4418
	%5089 = load i32, i32 addrspace(3)* %5088
	%5090 = add i32 %5089, %4960
	%5091 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5090
	store i32 %4407, i32 addrspace(3)* %5091
	%5092 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5090
	store i32 %4416, i32 addrspace(3)* %5092
	br label %5093

5093:
	call void @llvm.nvvm.barrier0()
	%5094 = sub i32 %9, %4231
	%5095 = icmp slt i32 2048, %5094
	%5096 = select i1 %5095, i32 2048, i32 %5094
	%5097 = add i32 0, %0
	%5098 = icmp slt i32 %5097, %5096
	br i1 %5098, label %5099, label %5117

5099:
	%5100 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5097
	%5101 = load i32, i32 addrspace(3)* %5100
	%5102 = lshr i32 %5101, 24
	%5103 = and i32 %5102, 255
	%5104 = add i32 %5103, 768
	%5105 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %5104
	%5106 = load i32, i32 addrspace(3)* %5105
	%5107 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %5103
	%5108 = load i32, i32 addrspace(3)* %5107
	%5109 = sub i32 %5097, %5108
	%5110 = add i32 %5106, %5109
	%5111 = sext i32 %5110 to i64
	%5112 = getelementptr i32, i32* %44, i64 %5111
	store i32 %5101, i32* %5112
	%5113 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5097
	%5114 = load i32, i32 addrspace(3)* %5113
	%5115 = sext i32 %5110 to i64
	%5116 = getelementptr i32, i32* %15, i64 %5115
	store i32 %5114, i32* %5116
	br label %5117

5117:
	%5118 = add i32 256, %0
	%5119 = icmp slt i32 %5118, %5096
	br i1 %5119, label %5120, label %5138

5120:
	%5121 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5118
	%5122 = load i32, i32 addrspace(3)* %5121
	%5123 = lshr i32 %5122, 24
	%5124 = and i32 %5123, 255
	%5125 = add i32 %5124, 768
	%5126 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %5125
	%5127 = load i32, i32 addrspace(3)* %5126
	%5128 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %5124
	%5129 = load i32, i32 addrspace(3)* %5128
	%5130 = sub i32 %5118, %5129
	%5131 = add i32 %5127, %5130
	%5132 = sext i32 %5131 to i64
	%5133 = getelementptr i32, i32* %44, i64 %5132
	store i32 %5122, i32* %5133
	%5134 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5118
	%5135 = load i32, i32 addrspace(3)* %5134
	%5136 = sext i32 %5131 to i64
	%5137 = getelementptr i32, i32* %15, i64 %5136
	store i32 %5135, i32* %5137
	br label %5138

5138:
	%5139 = add i32 512, %0
	%5140 = icmp slt i32 %5139, %5096
	br i1 %5140, label %5141, label %5159

5141:
	%5142 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5139
	%5143 = load i32, i32 addrspace(3)* %5142
	%5144 = lshr i32 %5143, 24
	%5145 = and i32 %5144, 255
	%5146 = add i32 %5145, 768
	%5147 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %5146
	%5148 = load i32, i32 addrspace(3)* %5147
	%5149 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %5145
	%5150 = load i32, i32 addrspace(3)* %5149
	%5151 = sub i32 %5139, %5150
	%5152 = add i32 %5148, %5151
	%5153 = sext i32 %5152 to i64
	%5154 = getelementptr i32, i32* %44, i64 %5153
	store i32 %5143, i32* %5154
	%5155 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5139
	%5156 = load i32, i32 addrspace(3)* %5155
	%5157 = sext i32 %5152 to i64
	%5158 = getelementptr i32, i32* %15, i64 %5157
	store i32 %5156, i32* %5158
	br label %5159

5159:
	%5160 = add i32 768, %0
	%5161 = icmp slt i32 %5160, %5096
	br i1 %5161, label %5162, label %5180

5162:
	%5163 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5160
	%5164 = load i32, i32 addrspace(3)* %5163
	%5165 = lshr i32 %5164, 24
	%5166 = and i32 %5165, 255
	%5167 = add i32 %5166, 768
	%5168 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %5167
	%5169 = load i32, i32 addrspace(3)* %5168
	%5170 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %5166
	%5171 = load i32, i32 addrspace(3)* %5170
	%5172 = sub i32 %5160, %5171
	%5173 = add i32 %5169, %5172
	%5174 = sext i32 %5173 to i64
	%5175 = getelementptr i32, i32* %44, i64 %5174
	store i32 %5164, i32* %5175
	%5176 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5160
	%5177 = load i32, i32 addrspace(3)* %5176
	%5178 = sext i32 %5173 to i64
	%5179 = getelementptr i32, i32* %15, i64 %5178
	store i32 %5177, i32* %5179
	br label %5180

5180:
	%5181 = add i32 1024, %0
	%5182 = icmp slt i32 %5181, %5096
	br i1 %5182, label %5183, label %5201

5183:
	%5184 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5181
	%5185 = load i32, i32 addrspace(3)* %5184
	%5186 = lshr i32 %5185, 24
	%5187 = and i32 %5186, 255
	%5188 = add i32 %5187, 768
	%5189 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %5188
	%5190 = load i32, i32 addrspace(3)* %5189
	%5191 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %5187
	%5192 = load i32, i32 addrspace(3)* %5191
	%5193 = sub i32 %5181, %5192
	%5194 = add i32 %5190, %5193
	%5195 = sext i32 %5194 to i64
	%5196 = getelementptr i32, i32* %44, i64 %5195
	store i32 %5185, i32* %5196
	%5197 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5181
	%5198 = load i32, i32 addrspace(3)* %5197
	%5199 = sext i32 %5194 to i64
	%5200 = getelementptr i32, i32* %15, i64 %5199
	store i32 %5198, i32* %5200
	br label %5201

5201:
	%5202 = add i32 1280, %0
	%5203 = icmp slt i32 %5202, %5096
	br i1 %5203, label %5204, label %5222

5204:
	%5205 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5202
	%5206 = load i32, i32 addrspace(3)* %5205
	%5207 = lshr i32 %5206, 24
	%5208 = and i32 %5207, 255
	%5209 = add i32 %5208, 768
	%5210 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %5209
	%5211 = load i32, i32 addrspace(3)* %5210
	%5212 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %5208
	%5213 = load i32, i32 addrspace(3)* %5212
	%5214 = sub i32 %5202, %5213
	%5215 = add i32 %5211, %5214
	%5216 = sext i32 %5215 to i64
	%5217 = getelementptr i32, i32* %44, i64 %5216
	store i32 %5206, i32* %5217
	%5218 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5202
	%5219 = load i32, i32 addrspace(3)* %5218
	%5220 = sext i32 %5215 to i64
	%5221 = getelementptr i32, i32* %15, i64 %5220
	store i32 %5219, i32* %5221
	br label %5222

5222:
	%5223 = add i32 1536, %0
	%5224 = icmp slt i32 %5223, %5096
	br i1 %5224, label %5225, label %5243

5225:
	%5226 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5223
	%5227 = load i32, i32 addrspace(3)* %5226
	%5228 = lshr i32 %5227, 24
	%5229 = and i32 %5228, 255
	%5230 = add i32 %5229, 768
	%5231 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %5230
	%5232 = load i32, i32 addrspace(3)* %5231
	%5233 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %5229
	%5234 = load i32, i32 addrspace(3)* %5233
	%5235 = sub i32 %5223, %5234
	%5236 = add i32 %5232, %5235
	%5237 = sext i32 %5236 to i64
	%5238 = getelementptr i32, i32* %44, i64 %5237
	store i32 %5227, i32* %5238
	%5239 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5223
	%5240 = load i32, i32 addrspace(3)* %5239
	%5241 = sext i32 %5236 to i64
	%5242 = getelementptr i32, i32* %15, i64 %5241
	store i32 %5240, i32* %5242
	br label %5243

5243:
	%5244 = add i32 1792, %0
	%5245 = icmp slt i32 %5244, %5096
	br i1 %5245, label %5246, label %5264

5246:
	%5247 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgk, i32 0, i32 %5244
	%5248 = load i32, i32 addrspace(3)* %5247
	%5249 = lshr i32 %5248, 24
	%5250 = and i32 %5249, 255
	%5251 = add i32 %5250, 768
	%5252 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %5251
	%5253 = load i32, i32 addrspace(3)* %5252
	%5254 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @s2o_permute0_start, i32 0, i32 %5250
	%5255 = load i32, i32 addrspace(3)* %5254
	%5256 = sub i32 %5244, %5255
	%5257 = add i32 %5253, %5256
	%5258 = sext i32 %5257 to i64
	%5259 = getelementptr i32, i32* %44, i64 %5258
	store i32 %5248, i32* %5259
	%5260 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @s2o_permute0_stgv, i32 0, i32 %5244
	%5261 = load i32, i32 addrspace(3)* %5260
	%5262 = sext i32 %5257 to i64
	%5263 = getelementptr i32, i32* %15, i64 %5262
	store i32 %5261, i32* %5263
	br label %5264

5264:
	call void @llvm.nvvm.barrier0()
	%5265 = add i32 %0, 768
	%5266 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %5265
	%5267 = load i32, i32 addrspace(3)* %5266
	%5268 = add i32 %5267, %4904
	%5269 = add i32 %0, 768
	%5270 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @s2o_permute0_hist, i32 0, i32 %5269
	store i32 %5268, i32 addrspace(3)* %5270
	%5271 = xor i32 %4232, 1
	%5272 = add i32 %4231, 2048
	br label %4230
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
