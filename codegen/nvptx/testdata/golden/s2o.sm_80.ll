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
