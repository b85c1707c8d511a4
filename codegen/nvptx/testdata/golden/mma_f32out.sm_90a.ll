; f32out
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@f32out_attn0_smem = internal addrspace(3) global [49152 x i8] undef, align 1024

define ptx_kernel void @f32out_attn0(i16* %q, i16* %k, i16* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [49152 x i8] addrspace(3)* @f32out_attn0_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x8000
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = lshr i32 %9, 5
	%11 = and i32 %9, 31
	%12 = lshr i32 %10, 2
	%13 = mul i32 %12, 512
	%14 = add i32 %4, %13
	%15 = lshr i32 %11, 2
	%16 = and i32 %11, 3
	%17 = sub i32 %NQ, 1
	%18 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%19 = sub i32 %17, %18
	%20 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%21 = sdiv i32 %20, %group
	%22 = mul i32 %19, 128
	%23 = mul i32 %20, %M
	%24 = mul i32 %23, 64
	%25 = sext i32 %24 to i64
	%26 = getelementptr i16, i16* %q, i64 %25
	%27 = mul i32 %21, %N
	%28 = mul i32 %27, 64
	%29 = sext i32 %28 to i64
	%30 = getelementptr i16, i16* %k, i64 %29
	%31 = mul i32 %21, %N
	%32 = mul i32 %31, 64
	%33 = sext i32 %32 to i64
	%34 = getelementptr i16, i16* %v, i64 %33
	%35 = udiv i32 %20, %lh
	%36 = mul i32 %35, %NQ
	%37 = add i32 %36, %19
	%38 = mul i32 %37, 2
	%39 = mul i32 %38, %NK
	%40 = mul i32 %20, %ch
	%41 = mul i32 %40, %NQ
	%42 = add i32 %41, %19
	%43 = mul i32 %42, %NK
	%44 = add i32 %39, 0
	%45 = sext i32 %44 to i64
	%46 = getelementptr i32, i32* %list, i64 %45
	%47 = load i32, i32* %46
	%48 = icmp sgt i32 %NK, 0
	%49 = icmp sge i32 %47, 0
	%50 = and i1 %48, %49
	%51 = lshr i32 %9, 3
	%52 = and i32 %9, 7
	%53 = lshr i32 %52, 3
	%54 = mul i32 %53, u0x4000
	%55 = and i32 %52, 7
	%56 = and i32 %51, 7
	%57 = xor i32 %55, %56
	%58 = mul i32 %51, 128
	%59 = shl i32 %57, 4
	%60 = add i32 %58, %59
	%61 = add i32 %54, %60
	%62 = add i32 %2, %61
	%63 = add i32 %22, %51
	%64 = mul i32 %63, 64
	%65 = mul i32 %52, 8
	%66 = add i32 %64, %65
	%67 = sext i32 %66 to i64
	%68 = getelementptr i16, i16* %26, i64 %67
	%69 = add i32 %63, 0
	%70 = icmp slt i32 %69, %M
	%71 = getelementptr i16, i16* %68, i64 0
	%72 = select i1 %70, i16* %71, i16* %26
	%73 = add i32 %62, 0
	%74 = select i1 %70, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %73, i16* %72, i32 %74)
	%75 = add i32 %63, 32
	%76 = icmp slt i32 %75, %M
	%77 = getelementptr i16, i16* %68, i64 2048
	%78 = select i1 %76, i16* %77, i16* %26
	%79 = add i32 %62, u0x1000
	%80 = select i1 %76, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %79, i16* %78, i32 %80)
	%81 = add i32 %63, 64
	%82 = icmp slt i32 %81, %M
	%83 = getelementptr i16, i16* %68, i64 u0x1000
	%84 = select i1 %82, i16* %83, i16* %26
	%85 = add i32 %62, u0x2000
	%86 = select i1 %82, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %85, i16* %84, i32 %86)
	%87 = add i32 %63, 96
	%88 = icmp slt i32 %87, %M
	%89 = getelementptr i16, i16* %68, i64 6144
	%90 = select i1 %88, i16* %89, i16* %26
	%91 = add i32 %62, 12288
	%92 = select i1 %88, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %91, i16* %90, i32 %92)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %50, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%93 = and i32 %11, 7
	%94 = lshr i32 %11, 3
	%95 = and i32 %94, 1
	%96 = shl i32 %95, 3
	%97 = add i32 %93, %96
	%98 = lshr i32 %11, 4
	%99 = mul i32 %10, 16
	%100 = add i32 %97, 0
	%101 = add i32 %99, %100
	%102 = mul i32 %101, 128
	%103 = add i32 %2, %102
	%104 = and i32 %11, 7
	%105 = xor i32 %98, %104
	%106 = shl i32 %105, 4
	%107 = add i32 %103, %106
	%108 = mul i32 %47, 64
	%109 = lshr i32 %9, 3
	%110 = and i32 %9, 7
	%111 = lshr i32 %110, 3
	%112 = mul i32 %111, u0x2000
	%113 = and i32 %110, 7
	%114 = and i32 %109, 7
	%115 = xor i32 %113, %114
	%116 = mul i32 %109, 128
	%117 = shl i32 %115, 4
	%118 = add i32 %116, %117
	%119 = add i32 %112, %118
	%120 = add i32 %0, %119
	%121 = add i32 %108, %109
	%122 = mul i32 %121, 64
	%123 = mul i32 %110, 8
	%124 = add i32 %122, %123
	%125 = sext i32 %124 to i64
	%126 = getelementptr i16, i16* %30, i64 %125
	%127 = add i32 %121, 0
	%128 = icmp slt i32 %127, %N
	%129 = getelementptr i16, i16* %126, i64 0
	%130 = select i1 %128, i16* %129, i16* %30
	%131 = add i32 %120, 0
	%132 = select i1 %128, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %131, i16* %130, i32 %132)
	%133 = add i32 %121, 32
	%134 = icmp slt i32 %133, %N
	%135 = getelementptr i16, i16* %126, i64 2048
	%136 = select i1 %134, i16* %135, i16* %30
	%137 = add i32 %120, u0x1000
	%138 = select i1 %134, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %137, i16* %136, i32 %138)
	%139 = mul i32 %47, 64
	%140 = lshr i32 %9, 3
	%141 = and i32 %9, 7
	%142 = lshr i32 %141, 3
	%143 = mul i32 %142, u0x2000
	%144 = and i32 %141, 7
	%145 = and i32 %140, 7
	%146 = xor i32 %144, %145
	%147 = mul i32 %140, 128
	%148 = shl i32 %146, 4
	%149 = add i32 %147, %148
	%150 = add i32 %143, %149
	%151 = add i32 %1, %150
	%152 = add i32 %139, %140
	%153 = mul i32 %152, 64
	%154 = mul i32 %141, 8
	%155 = add i32 %153, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr i16, i16* %34, i64 %156
	%158 = add i32 %152, 0
	%159 = icmp slt i32 %158, %N
	%160 = getelementptr i16, i16* %157, i64 0
	%161 = select i1 %159, i16* %160, i16* %34
	%162 = add i32 %151, 0
	%163 = select i1 %159, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %162, i16* %161, i32 %163)
	%164 = add i32 %152, 32
	%165 = icmp slt i32 %164, %N
	%166 = getelementptr i16, i16* %157, i64 2048
	%167 = select i1 %165, i16* %166, i16* %34
	%168 = add i32 %151, u0x1000
	%169 = select i1 %165, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %168, i16* %167, i32 %169)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%170 = phi i32 [ 0, %prologue ], [ %213, %837 ]
	%171 = phi i32 [ %47, %prologue ], [ %220, %837 ]
	%172 = phi float [ 0.0, %prologue ], [ %1147, %837 ]
	%173 = phi float [ 0.0, %prologue ], [ %1148, %837 ]
	%174 = phi float [ 0.0, %prologue ], [ %1149, %837 ]
	%175 = phi float [ 0.0, %prologue ], [ %1150, %837 ]
	%176 = phi float [ 0.0, %prologue ], [ %1151, %837 ]
	%177 = phi float [ 0.0, %prologue ], [ %1152, %837 ]
	%178 = phi float [ 0.0, %prologue ], [ %1153, %837 ]
	%179 = phi float [ 0.0, %prologue ], [ %1154, %837 ]
	%180 = phi float [ 0.0, %prologue ], [ %1155, %837 ]
	%181 = phi float [ 0.0, %prologue ], [ %1156, %837 ]
	%182 = phi float [ 0.0, %prologue ], [ %1157, %837 ]
	%183 = phi float [ 0.0, %prologue ], [ %1158, %837 ]
	%184 = phi float [ 0.0, %prologue ], [ %1159, %837 ]
	%185 = phi float [ 0.0, %prologue ], [ %1160, %837 ]
	%186 = phi float [ 0.0, %prologue ], [ %1161, %837 ]
	%187 = phi float [ 0.0, %prologue ], [ %1162, %837 ]
	%188 = phi float [ 0.0, %prologue ], [ %1163, %837 ]
	%189 = phi float [ 0.0, %prologue ], [ %1164, %837 ]
	%190 = phi float [ 0.0, %prologue ], [ %1165, %837 ]
	%191 = phi float [ 0.0, %prologue ], [ %1166, %837 ]
	%192 = phi float [ 0.0, %prologue ], [ %1167, %837 ]
	%193 = phi float [ 0.0, %prologue ], [ %1168, %837 ]
	%194 = phi float [ 0.0, %prologue ], [ %1169, %837 ]
	%195 = phi float [ 0.0, %prologue ], [ %1170, %837 ]
	%196 = phi float [ 0.0, %prologue ], [ %1171, %837 ]
	%197 = phi float [ 0.0, %prologue ], [ %1172, %837 ]
	%198 = phi float [ 0.0, %prologue ], [ %1173, %837 ]
	%199 = phi float [ 0.0, %prologue ], [ %1174, %837 ]
	%200 = phi float [ 0.0, %prologue ], [ %1175, %837 ]
	%201 = phi float [ 0.0, %prologue ], [ %1176, %837 ]
	%202 = phi float [ 0.0, %prologue ], [ %1177, %837 ]
	%203 = phi float [ 0.0, %prologue ], [ %1178, %837 ]
	%204 = phi float [ 0xFFF0000000000000, %prologue ], [ %872, %837 ]
	%205 = phi float [ 0.0, %prologue ], [ %923, %837 ]
	%206 = phi float [ 0xFFF0000000000000, %prologue ], [ %924, %837 ]
	%207 = phi float [ 0.0, %prologue ], [ %975, %837 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%208 = mul i32 %171, 64
	%209 = and i32 %170, 1
	%210 = mul i32 %209, 1024
	%211 = add i32 %6, %210
	%212 = add i32 %8, %210
	%213 = add i32 %170, 1
	%214 = icmp slt i32 %213, %NK
	%215 = select i1 %214, i32 %213, i32 0
	%216 = add i32 %39, %215
	%217 = sext i32 %216 to i64
	%218 = getelementptr i32, i32* %list, i64 %217
	%219 = load i32, i32* %218
	%220 = select i1 %214, i32 %219, i32 -1
	%221 = icmp sge i32 %220, 0
	br i1 %221, label %prefetch, label %body

epilogue:
	%222 = phi float [ 0.0, %entry ], [ %923, %837 ]
	%223 = phi float [ 0.0, %entry ], [ %975, %837 ]
	%224 = phi i32 [ 0, %entry ], [ %213, %837 ]
	%225 = phi float [ 0.0, %entry ], [ %1147, %837 ]
	%226 = phi float [ 0.0, %entry ], [ %1148, %837 ]
	%227 = phi float [ 0.0, %entry ], [ %1149, %837 ]
	%228 = phi float [ 0.0, %entry ], [ %1150, %837 ]
	%229 = phi float [ 0.0, %entry ], [ %1151, %837 ]
	%230 = phi float [ 0.0, %entry ], [ %1152, %837 ]
	%231 = phi float [ 0.0, %entry ], [ %1153, %837 ]
	%232 = phi float [ 0.0, %entry ], [ %1154, %837 ]
	%233 = phi float [ 0.0, %entry ], [ %1155, %837 ]
	%234 = phi float [ 0.0, %entry ], [ %1156, %837 ]
	%235 = phi float [ 0.0, %entry ], [ %1157, %837 ]
	%236 = phi float [ 0.0, %entry ], [ %1158, %837 ]
	%237 = phi float [ 0.0, %entry ], [ %1159, %837 ]
	%238 = phi float [ 0.0, %entry ], [ %1160, %837 ]
	%239 = phi float [ 0.0, %entry ], [ %1161, %837 ]
	%240 = phi float [ 0.0, %entry ], [ %1162, %837 ]
	%241 = phi float [ 0.0, %entry ], [ %1163, %837 ]
	%242 = phi float [ 0.0, %entry ], [ %1164, %837 ]
	%243 = phi float [ 0.0, %entry ], [ %1165, %837 ]
	%244 = phi float [ 0.0, %entry ], [ %1166, %837 ]
	%245 = phi float [ 0.0, %entry ], [ %1167, %837 ]
	%246 = phi float [ 0.0, %entry ], [ %1168, %837 ]
	%247 = phi float [ 0.0, %entry ], [ %1169, %837 ]
	%248 = phi float [ 0.0, %entry ], [ %1170, %837 ]
	%249 = phi float [ 0.0, %entry ], [ %1171, %837 ]
	%250 = phi float [ 0.0, %entry ], [ %1172, %837 ]
	%251 = phi float [ 0.0, %entry ], [ %1173, %837 ]
	%252 = phi float [ 0.0, %entry ], [ %1174, %837 ]
	%253 = phi float [ 0.0, %entry ], [ %1175, %837 ]
	%254 = phi float [ 0.0, %entry ], [ %1176, %837 ]
	%255 = phi float [ 0.0, %entry ], [ %1177, %837 ]
	%256 = phi float [ 0.0, %entry ], [ %1178, %837 ]
	%257 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %222, i32 1, i32 31)
	%258 = fadd float %222, %257
	%259 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %258, i32 2, i32 31)
	%260 = fadd float %258, %259
	%261 = fcmp ogt float %260, 0.0
	%262 = fdiv float 1.0, %260
	%263 = select i1 %261, float %262, float 0.0
	%264 = mul i32 %10, 16
	%265 = add i32 %22, %264
	%266 = add i32 %15, 0
	%267 = add i32 %265, %266
	%268 = fmul float %225, %263
	%269 = fmul float %226, %263
	%270 = fmul float %229, %263
	%271 = fmul float %230, %263
	%272 = fmul float %233, %263
	%273 = fmul float %234, %263
	%274 = fmul float %237, %263
	%275 = fmul float %238, %263
	%276 = fmul float %241, %263
	%277 = fmul float %242, %263
	%278 = fmul float %245, %263
	%279 = fmul float %246, %263
	%280 = fmul float %249, %263
	%281 = fmul float %250, %263
	%282 = fmul float %253, %263
	%283 = fmul float %254, %263
	%284 = icmp slt i32 %267, %M
	br i1 %284, label %store0, label %stored0

prefetch:
	%285 = xor i32 %209, 1
	%286 = mul i32 %285, u0x4000
	%287 = add i32 %0, %286
	%288 = mul i32 %220, 64
	%289 = lshr i32 %9, 3
	%290 = and i32 %9, 7
	%291 = lshr i32 %290, 3
	%292 = mul i32 %291, u0x2000
	%293 = and i32 %290, 7
	%294 = and i32 %289, 7
	%295 = xor i32 %293, %294
	%296 = mul i32 %289, 128
	%297 = shl i32 %295, 4
	%298 = add i32 %296, %297
	%299 = add i32 %292, %298
	%300 = add i32 %287, %299
	%301 = add i32 %288, %289
	%302 = mul i32 %301, 64
	%303 = mul i32 %290, 8
	%304 = add i32 %302, %303
	%305 = sext i32 %304 to i64
	%306 = getelementptr i16, i16* %30, i64 %305
	%307 = add i32 %301, 0
	%308 = icmp slt i32 %307, %N
	%309 = getelementptr i16, i16* %306, i64 0
	%310 = select i1 %308, i16* %309, i16* %30
	%311 = add i32 %300, 0
	%312 = select i1 %308, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %311, i16* %310, i32 %312)
	%313 = add i32 %301, 32
	%314 = icmp slt i32 %313, %N
	%315 = getelementptr i16, i16* %306, i64 2048
	%316 = select i1 %314, i16* %315, i16* %30
	%317 = add i32 %300, u0x1000
	%318 = select i1 %314, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %317, i16* %316, i32 %318)
	%319 = add i32 %1, %286
	%320 = mul i32 %220, 64
	%321 = lshr i32 %9, 3
	%322 = and i32 %9, 7
	%323 = lshr i32 %322, 3
	%324 = mul i32 %323, u0x2000
	%325 = and i32 %322, 7
	%326 = and i32 %321, 7
	%327 = xor i32 %325, %326
	%328 = mul i32 %321, 128
	%329 = shl i32 %327, 4
	%330 = add i32 %328, %329
	%331 = add i32 %324, %330
	%332 = add i32 %319, %331
	%333 = add i32 %320, %321
	%334 = mul i32 %333, 64
	%335 = mul i32 %322, 8
	%336 = add i32 %334, %335
	%337 = sext i32 %336 to i64
	%338 = getelementptr i16, i16* %34, i64 %337
	%339 = add i32 %333, 0
	%340 = icmp slt i32 %339, %N
	%341 = getelementptr i16, i16* %338, i64 0
	%342 = select i1 %340, i16* %341, i16* %34
	%343 = add i32 %332, 0
	%344 = select i1 %340, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %343, i16* %342, i32 %344)
	%345 = add i32 %333, 32
	%346 = icmp slt i32 %345, %N
	%347 = getelementptr i16, i16* %338, i64 2048
	%348 = select i1 %346, i16* %347, i16* %34
	%349 = add i32 %332, u0x1000
	%350 = select i1 %346, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %349, i16* %348, i32 %350)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %body

body:
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%351 = add i32 %14, 0
	%352 = zext i32 %351 to i64
	%353 = or i64 %352, u0x4000004000010000
	%354 = add i32 %211, 0
	%355 = zext i32 %354 to i64
	%356 = or i64 %355, u0x4000004000010000
	%357 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %353, i64 %356, i32 1)
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 0
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 1
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 2
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 3
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 4
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 5
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 6
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 7
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 8
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 9
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 10
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 11
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 12
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 13
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 14
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 15
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 16
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 17
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 18
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 19
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 20
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 21
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 22
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 23
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 24
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 25
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 26
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 27
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 28
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 29
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 30
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 31
	%390 = add i32 %14, 2
	%391 = zext i32 %390 to i64
	%392 = or i64 %391, u0x4000004000010000
	%393 = add i32 %211, 2
	%394 = zext i32 %393 to i64
	%395 = or i64 %394, u0x4000004000010000
	%396 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, i64 %392, i64 %395, i32 1)
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 0
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 1
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 2
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 3
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 4
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 5
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 6
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 7
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 8
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 9
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 10
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 11
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 12
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 13
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 14
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 15
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 16
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 17
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 18
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 19
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 20
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 21
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 22
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 23
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 24
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 25
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 26
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 27
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 28
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 29
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 30
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 31
	%429 = add i32 %14, 4
	%430 = zext i32 %429 to i64
	%431 = or i64 %430, u0x4000004000010000
	%432 = add i32 %211, 4
	%433 = zext i32 %432 to i64
	%434 = or i64 %433, u0x4000004000010000
	%435 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, i64 %431, i64 %434, i32 1)
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 3
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 4
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 5
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 6
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 7
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 8
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 9
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 10
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 11
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 12
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 13
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 14
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 15
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 16
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 17
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 18
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 19
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 20
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 21
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 22
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 23
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 24
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 25
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 26
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 27
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 28
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 29
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 30
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 31
	%468 = add i32 %14, 6
	%469 = zext i32 %468 to i64
	%470 = or i64 %469, u0x4000004000010000
	%471 = add i32 %211, 6
	%472 = zext i32 %471 to i64
	%473 = or i64 %472, u0x4000004000010000
	%474 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, i64 %470, i64 %473, i32 1)
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 0
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 1
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 2
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 3
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 4
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 5
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 6
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 7
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 8
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 9
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 10
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 11
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 12
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 13
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 14
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 15
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 16
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 17
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 18
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 19
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 20
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 21
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 22
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 23
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 24
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 25
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 26
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 27
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 28
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 29
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 30
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%507 = call float asm sideeffect "", "=f,0"(float %475)
	%508 = call float asm sideeffect "", "=f,0"(float %476)
	%509 = call float asm sideeffect "", "=f,0"(float %477)
	%510 = call float asm sideeffect "", "=f,0"(float %478)
	%511 = call float asm sideeffect "", "=f,0"(float %479)
	%512 = call float asm sideeffect "", "=f,0"(float %480)
	%513 = call float asm sideeffect "", "=f,0"(float %481)
	%514 = call float asm sideeffect "", "=f,0"(float %482)
	%515 = call float asm sideeffect "", "=f,0"(float %483)
	%516 = call float asm sideeffect "", "=f,0"(float %484)
	%517 = call float asm sideeffect "", "=f,0"(float %485)
	%518 = call float asm sideeffect "", "=f,0"(float %486)
	%519 = call float asm sideeffect "", "=f,0"(float %487)
	%520 = call float asm sideeffect "", "=f,0"(float %488)
	%521 = call float asm sideeffect "", "=f,0"(float %489)
	%522 = call float asm sideeffect "", "=f,0"(float %490)
	%523 = call float asm sideeffect "", "=f,0"(float %491)
	%524 = call float asm sideeffect "", "=f,0"(float %492)
	%525 = call float asm sideeffect "", "=f,0"(float %493)
	%526 = call float asm sideeffect "", "=f,0"(float %494)
	%527 = call float asm sideeffect "", "=f,0"(float %495)
	%528 = call float asm sideeffect "", "=f,0"(float %496)
	%529 = call float asm sideeffect "", "=f,0"(float %497)
	%530 = call float asm sideeffect "", "=f,0"(float %498)
	%531 = call float asm sideeffect "", "=f,0"(float %499)
	%532 = call float asm sideeffect "", "=f,0"(float %500)
	%533 = call float asm sideeffect "", "=f,0"(float %501)
	%534 = call float asm sideeffect "", "=f,0"(float %502)
	%535 = call float asm sideeffect "", "=f,0"(float %503)
	%536 = call float asm sideeffect "", "=f,0"(float %504)
	%537 = call float asm sideeffect "", "=f,0"(float %505)
	%538 = call float asm sideeffect "", "=f,0"(float %506)
	%539 = mul i32 %10, 16
	%540 = add i32 %22, %539
	%541 = add i32 %15, 0
	%542 = add i32 %540, %541
	%543 = mul i32 %10, 16
	%544 = add i32 %22, %543
	%545 = add i32 %15, 8
	%546 = add i32 %544, %545
	%547 = sitofp i32 %20 to float
	%548 = add i32 %43, %171
	%549 = sext i32 %548 to i64
	%550 = getelementptr i8, i8* %cls, i64 %549
	%551 = load i8, i8* %550
	%552 = icmp ne i8 %551, 2
	br i1 %552, label %partial, label %softmax

partial:
	%553 = shl i32 %16, 1
	%554 = add i32 0, %553
	%555 = add i32 %208, %554
	%556 = icmp slt i32 %555, %N
	%557 = select i1 %556, float %507, float 0xFFF0000000000000
	%558 = shl i32 %16, 1
	%559 = add i32 1, %558
	%560 = add i32 %208, %559
	%561 = icmp slt i32 %560, %N
	%562 = select i1 %561, float %508, float 0xFFF0000000000000
	%563 = shl i32 %16, 1
	%564 = add i32 0, %563
	%565 = add i32 %208, %564
	%566 = icmp slt i32 %565, %N
	%567 = select i1 %566, float %509, float 0xFFF0000000000000
	%568 = shl i32 %16, 1
	%569 = add i32 1, %568
	%570 = add i32 %208, %569
	%571 = icmp slt i32 %570, %N
	%572 = select i1 %571, float %510, float 0xFFF0000000000000
	%573 = shl i32 %16, 1
	%574 = add i32 8, %573
	%575 = add i32 %208, %574
	%576 = icmp slt i32 %575, %N
	%577 = select i1 %576, float %511, float 0xFFF0000000000000
	%578 = shl i32 %16, 1
	%579 = add i32 9, %578
	%580 = add i32 %208, %579
	%581 = icmp slt i32 %580, %N
	%582 = select i1 %581, float %512, float 0xFFF0000000000000
	%583 = shl i32 %16, 1
	%584 = add i32 8, %583
	%585 = add i32 %208, %584
	%586 = icmp slt i32 %585, %N
	%587 = select i1 %586, float %513, float 0xFFF0000000000000
	%588 = shl i32 %16, 1
	%589 = add i32 9, %588
	%590 = add i32 %208, %589
	%591 = icmp slt i32 %590, %N
	%592 = select i1 %591, float %514, float 0xFFF0000000000000
	%593 = shl i32 %16, 1
	%594 = add i32 16, %593
	%595 = add i32 %208, %594
	%596 = icmp slt i32 %595, %N
	%597 = select i1 %596, float %515, float 0xFFF0000000000000
	%598 = shl i32 %16, 1
	%599 = add i32 17, %598
	%600 = add i32 %208, %599
	%601 = icmp slt i32 %600, %N
	%602 = select i1 %601, float %516, float 0xFFF0000000000000
	%603 = shl i32 %16, 1
	%604 = add i32 16, %603
	%605 = add i32 %208, %604
	%606 = icmp slt i32 %605, %N
	%607 = select i1 %606, float %517, float 0xFFF0000000000000
	%608 = shl i32 %16, 1
	%609 = add i32 17, %608
	%610 = add i32 %208, %609
	%611 = icmp slt i32 %610, %N
	%612 = select i1 %611, float %518, float 0xFFF0000000000000
	%613 = shl i32 %16, 1
	%614 = add i32 24, %613
	%615 = add i32 %208, %614
	%616 = icmp slt i32 %615, %N
	%617 = select i1 %616, float %519, float 0xFFF0000000000000
	%618 = shl i32 %16, 1
	%619 = add i32 25, %618
	%620 = add i32 %208, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, float %520, float 0xFFF0000000000000
	%623 = shl i32 %16, 1
	%624 = add i32 24, %623
	%625 = add i32 %208, %624
	%626 = icmp slt i32 %625, %N
	%627 = select i1 %626, float %521, float 0xFFF0000000000000
	%628 = shl i32 %16, 1
	%629 = add i32 25, %628
	%630 = add i32 %208, %629
	%631 = icmp slt i32 %630, %N
	%632 = select i1 %631, float %522, float 0xFFF0000000000000
	%633 = shl i32 %16, 1
	%634 = add i32 32, %633
	%635 = add i32 %208, %634
	%636 = icmp slt i32 %635, %N
	%637 = select i1 %636, float %523, float 0xFFF0000000000000
	%638 = shl i32 %16, 1
	%639 = add i32 33, %638
	%640 = add i32 %208, %639
	%641 = icmp slt i32 %640, %N
	%642 = select i1 %641, float %524, float 0xFFF0000000000000
	%643 = shl i32 %16, 1
	%644 = add i32 32, %643
	%645 = add i32 %208, %644
	%646 = icmp slt i32 %645, %N
	%647 = select i1 %646, float %525, float 0xFFF0000000000000
	%648 = shl i32 %16, 1
	%649 = add i32 33, %648
	%650 = add i32 %208, %649
	%651 = icmp slt i32 %650, %N
	%652 = select i1 %651, float %526, float 0xFFF0000000000000
	%653 = shl i32 %16, 1
	%654 = add i32 40, %653
	%655 = add i32 %208, %654
	%656 = icmp slt i32 %655, %N
	%657 = select i1 %656, float %527, float 0xFFF0000000000000
	%658 = shl i32 %16, 1
	%659 = add i32 41, %658
	%660 = add i32 %208, %659
	%661 = icmp slt i32 %660, %N
	%662 = select i1 %661, float %528, float 0xFFF0000000000000
	%663 = shl i32 %16, 1
	%664 = add i32 40, %663
	%665 = add i32 %208, %664
	%666 = icmp slt i32 %665, %N
	%667 = select i1 %666, float %529, float 0xFFF0000000000000
	%668 = shl i32 %16, 1
	%669 = add i32 41, %668
	%670 = add i32 %208, %669
	%671 = icmp slt i32 %670, %N
	%672 = select i1 %671, float %530, float 0xFFF0000000000000
	%673 = shl i32 %16, 1
	%674 = add i32 48, %673
	%675 = add i32 %208, %674
	%676 = icmp slt i32 %675, %N
	%677 = select i1 %676, float %531, float 0xFFF0000000000000
	%678 = shl i32 %16, 1
	%679 = add i32 49, %678
	%680 = add i32 %208, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, float %532, float 0xFFF0000000000000
	%683 = shl i32 %16, 1
	%684 = add i32 48, %683
	%685 = add i32 %208, %684
	%686 = icmp slt i32 %685, %N
	%687 = select i1 %686, float %533, float 0xFFF0000000000000
	%688 = shl i32 %16, 1
	%689 = add i32 49, %688
	%690 = add i32 %208, %689
	%691 = icmp slt i32 %690, %N
	%692 = select i1 %691, float %534, float 0xFFF0000000000000
	%693 = shl i32 %16, 1
	%694 = add i32 56, %693
	%695 = add i32 %208, %694
	%696 = icmp slt i32 %695, %N
	%697 = select i1 %696, float %535, float 0xFFF0000000000000
	%698 = shl i32 %16, 1
	%699 = add i32 57, %698
	%700 = add i32 %208, %699
	%701 = icmp slt i32 %700, %N
	%702 = select i1 %701, float %536, float 0xFFF0000000000000
	%703 = shl i32 %16, 1
	%704 = add i32 56, %703
	%705 = add i32 %208, %704
	%706 = icmp slt i32 %705, %N
	%707 = select i1 %706, float %537, float 0xFFF0000000000000
	%708 = shl i32 %16, 1
	%709 = add i32 57, %708
	%710 = add i32 %208, %709
	%711 = icmp slt i32 %710, %N
	%712 = select i1 %711, float %538, float 0xFFF0000000000000
	br label %softmax

softmax:
	%713 = phi float [ %507, %body ], [ %557, %partial ]
	%714 = phi float [ %508, %body ], [ %562, %partial ]
	%715 = phi float [ %509, %body ], [ %567, %partial ]
	%716 = phi float [ %510, %body ], [ %572, %partial ]
	%717 = phi float [ %511, %body ], [ %577, %partial ]
	%718 = phi float [ %512, %body ], [ %582, %partial ]
	%719 = phi float [ %513, %body ], [ %587, %partial ]
	%720 = phi float [ %514, %body ], [ %592, %partial ]
	%721 = phi float [ %515, %body ], [ %597, %partial ]
	%722 = phi float [ %516, %body ], [ %602, %partial ]
	%723 = phi float [ %517, %body ], [ %607, %partial ]
	%724 = phi float [ %518, %body ], [ %612, %partial ]
	%725 = phi float [ %519, %body ], [ %617, %partial ]
	%726 = phi float [ %520, %body ], [ %622, %partial ]
	%727 = phi float [ %521, %body ], [ %627, %partial ]
	%728 = phi float [ %522, %body ], [ %632, %partial ]
	%729 = phi float [ %523, %body ], [ %637, %partial ]
	%730 = phi float [ %524, %body ], [ %642, %partial ]
	%731 = phi float [ %525, %body ], [ %647, %partial ]
	%732 = phi float [ %526, %body ], [ %652, %partial ]
	%733 = phi float [ %527, %body ], [ %657, %partial ]
	%734 = phi float [ %528, %body ], [ %662, %partial ]
	%735 = phi float [ %529, %body ], [ %667, %partial ]
	%736 = phi float [ %530, %body ], [ %672, %partial ]
	%737 = phi float [ %531, %body ], [ %677, %partial ]
	%738 = phi float [ %532, %body ], [ %682, %partial ]
	%739 = phi float [ %533, %body ], [ %687, %partial ]
	%740 = phi float [ %534, %body ], [ %692, %partial ]
	%741 = phi float [ %535, %body ], [ %697, %partial ]
	%742 = phi float [ %536, %body ], [ %702, %partial ]
	%743 = phi float [ %537, %body ], [ %707, %partial ]
	%744 = phi float [ %538, %body ], [ %712, %partial ]
	%745 = call float @llvm.nvvm.fmax.f(float %713, float %714)
	%746 = call float @llvm.nvvm.fmax.f(float %717, float %718)
	%747 = call float @llvm.nvvm.fmax.f(float %721, float %722)
	%748 = call float @llvm.nvvm.fmax.f(float %725, float %726)
	%749 = call float @llvm.nvvm.fmax.f(float %729, float %730)
	%750 = call float @llvm.nvvm.fmax.f(float %733, float %734)
	%751 = call float @llvm.nvvm.fmax.f(float %737, float %738)
	%752 = call float @llvm.nvvm.fmax.f(float %741, float %742)
	%753 = call float @llvm.nvvm.fmax.f(float %745, float %746)
	%754 = call float @llvm.nvvm.fmax.f(float %747, float %748)
	%755 = call float @llvm.nvvm.fmax.f(float %749, float %750)
	%756 = call float @llvm.nvvm.fmax.f(float %751, float %752)
	%757 = call float @llvm.nvvm.fmax.f(float %753, float %754)
	%758 = call float @llvm.nvvm.fmax.f(float %755, float %756)
	%759 = call float @llvm.nvvm.fmax.f(float %757, float %758)
	%760 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %759, i32 1, i32 31)
	%761 = call float @llvm.nvvm.fmax.f(float %759, float %760)
	%762 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %761, i32 2, i32 31)
	%763 = call float @llvm.nvvm.fmax.f(float %761, float %762)
	%764 = fmul float %763, 0x3FC7154760000000
	%765 = call float @llvm.nvvm.fmax.f(float %204, float %764)
	%766 = fadd float %204, 8.0
	%767 = fcmp ogt float %765, %766
	%768 = or i1 false, %767
	%769 = call float @llvm.nvvm.fmax.f(float %715, float %716)
	%770 = call float @llvm.nvvm.fmax.f(float %719, float %720)
	%771 = call float @llvm.nvvm.fmax.f(float %723, float %724)
	%772 = call float @llvm.nvvm.fmax.f(float %727, float %728)
	%773 = call float @llvm.nvvm.fmax.f(float %731, float %732)
	%774 = call float @llvm.nvvm.fmax.f(float %735, float %736)
	%775 = call float @llvm.nvvm.fmax.f(float %739, float %740)
	%776 = call float @llvm.nvvm.fmax.f(float %743, float %744)
	%777 = call float @llvm.nvvm.fmax.f(float %769, float %770)
	%778 = call float @llvm.nvvm.fmax.f(float %771, float %772)
	%779 = call float @llvm.nvvm.fmax.f(float %773, float %774)
	%780 = call float @llvm.nvvm.fmax.f(float %775, float %776)
	%781 = call float @llvm.nvvm.fmax.f(float %777, float %778)
	%782 = call float @llvm.nvvm.fmax.f(float %779, float %780)
	%783 = call float @llvm.nvvm.fmax.f(float %781, float %782)
	%784 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %783, i32 1, i32 31)
	%785 = call float @llvm.nvvm.fmax.f(float %783, float %784)
	%786 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %785, i32 2, i32 31)
	%787 = call float @llvm.nvvm.fmax.f(float %785, float %786)
	%788 = fmul float %787, 0x3FC7154760000000
	%789 = call float @llvm.nvvm.fmax.f(float %206, float %788)
	%790 = fadd float %206, 8.0
	%791 = fcmp ogt float %789, %790
	%792 = or i1 %768, %791
	%793 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %792)
	br i1 %793, label %794, label %837

794:
	%795 = fcmp oeq float %765, 0xFFF0000000000000
	%796 = select i1 %795, float 0.0, float %765
	%797 = fsub float %204, %796
	%798 = call float @llvm.nvvm.ex2.approx.ftz.f(float %797)
	%799 = fcmp oeq float %789, 0xFFF0000000000000
	%800 = select i1 %799, float 0.0, float %789
	%801 = fsub float %206, %800
	%802 = call float @llvm.nvvm.ex2.approx.ftz.f(float %801)
	%803 = fmul float %172, %798
	%804 = fmul float %173, %798
	%805 = fmul float %174, %802
	%806 = fmul float %175, %802
	%807 = fmul float %176, %798
	%808 = fmul float %177, %798
	%809 = fmul float %178, %802
	%810 = fmul float %179, %802
	%811 = fmul float %180, %798
	%812 = fmul float %181, %798
	%813 = fmul float %182, %802
	%814 = fmul float %183, %802
	%815 = fmul float %184, %798
	%816 = fmul float %185, %798
	%817 = fmul float %186, %802
	%818 = fmul float %187, %802
	%819 = fmul float %188, %798
	%820 = fmul float %189, %798
	%821 = fmul float %190, %802
	%822 = fmul float %191, %802
	%823 = fmul float %192, %798
	%824 = fmul float %193, %798
	%825 = fmul float %194, %802
	%826 = fmul float %195, %802
	%827 = fmul float %196, %798
	%828 = fmul float %197, %798
	%829 = fmul float %198, %802
	%830 = fmul float %199, %802
	%831 = fmul float %200, %798
	%832 = fmul float %201, %798
	%833 = fmul float %202, %802
	%834 = fmul float %203, %802
	%835 = fmul float %205, %798
	%836 = fmul float %207, %802
	br label %837

837:
	%838 = phi float [ %172, %softmax ], [ %803, %794 ]
	%839 = phi float [ %173, %softmax ], [ %804, %794 ]
	%840 = phi float [ %174, %softmax ], [ %805, %794 ]
	%841 = phi float [ %175, %softmax ], [ %806, %794 ]
	%842 = phi float [ %176, %softmax ], [ %807, %794 ]
	%843 = phi float [ %177, %softmax ], [ %808, %794 ]
	%844 = phi float [ %178, %softmax ], [ %809, %794 ]
	%845 = phi float [ %179, %softmax ], [ %810, %794 ]
	%846 = phi float [ %180, %softmax ], [ %811, %794 ]
	%847 = phi float [ %181, %softmax ], [ %812, %794 ]
	%848 = phi float [ %182, %softmax ], [ %813, %794 ]
	%849 = phi float [ %183, %softmax ], [ %814, %794 ]
	%850 = phi float [ %184, %softmax ], [ %815, %794 ]
	%851 = phi float [ %185, %softmax ], [ %816, %794 ]
	%852 = phi float [ %186, %softmax ], [ %817, %794 ]
	%853 = phi float [ %187, %softmax ], [ %818, %794 ]
	%854 = phi float [ %188, %softmax ], [ %819, %794 ]
	%855 = phi float [ %189, %softmax ], [ %820, %794 ]
	%856 = phi float [ %190, %softmax ], [ %821, %794 ]
	%857 = phi float [ %191, %softmax ], [ %822, %794 ]
	%858 = phi float [ %192, %softmax ], [ %823, %794 ]
	%859 = phi float [ %193, %softmax ], [ %824, %794 ]
	%860 = phi float [ %194, %softmax ], [ %825, %794 ]
	%861 = phi float [ %195, %softmax ], [ %826, %794 ]
	%862 = phi float [ %196, %softmax ], [ %827, %794 ]
	%863 = phi float [ %197, %softmax ], [ %828, %794 ]
	%864 = phi float [ %198, %softmax ], [ %829, %794 ]
	%865 = phi float [ %199, %softmax ], [ %830, %794 ]
	%866 = phi float [ %200, %softmax ], [ %831, %794 ]
	%867 = phi float [ %201, %softmax ], [ %832, %794 ]
	%868 = phi float [ %202, %softmax ], [ %833, %794 ]
	%869 = phi float [ %203, %softmax ], [ %834, %794 ]
	%870 = phi float [ %205, %softmax ], [ %835, %794 ]
	%871 = phi float [ %207, %softmax ], [ %836, %794 ]
	%872 = select i1 %793, float %765, float %204
	%873 = fcmp oeq float %872, 0xFFF0000000000000
	%874 = select i1 %873, float 0.0, float %872
	%875 = fneg float %874
	%876 = call float @llvm.fma.f32(float %713, float 0x3FC7154760000000, float %875)
	%877 = call float @llvm.nvvm.ex2.approx.ftz.f(float %876)
	%878 = call float @llvm.fma.f32(float %714, float 0x3FC7154760000000, float %875)
	%879 = call float @llvm.nvvm.ex2.approx.ftz.f(float %878)
	%880 = call float @llvm.fma.f32(float %717, float 0x3FC7154760000000, float %875)
	%881 = call float @llvm.nvvm.ex2.approx.ftz.f(float %880)
	%882 = call float @llvm.fma.f32(float %718, float 0x3FC7154760000000, float %875)
	%883 = call float @llvm.nvvm.ex2.approx.ftz.f(float %882)
	%884 = call float @llvm.fma.f32(float %721, float 0x3FC7154760000000, float %875)
	%885 = call float @llvm.nvvm.ex2.approx.ftz.f(float %884)
	%886 = call float @llvm.fma.f32(float %722, float 0x3FC7154760000000, float %875)
	%887 = call float @llvm.nvvm.ex2.approx.ftz.f(float %886)
	%888 = call float @llvm.fma.f32(float %725, float 0x3FC7154760000000, float %875)
	%889 = call float @llvm.nvvm.ex2.approx.ftz.f(float %888)
	%890 = call float @llvm.fma.f32(float %726, float 0x3FC7154760000000, float %875)
	%891 = call float @llvm.nvvm.ex2.approx.ftz.f(float %890)
	%892 = call float @llvm.fma.f32(float %729, float 0x3FC7154760000000, float %875)
	%893 = call float @llvm.nvvm.ex2.approx.ftz.f(float %892)
	%894 = call float @llvm.fma.f32(float %730, float 0x3FC7154760000000, float %875)
	%895 = call float @llvm.nvvm.ex2.approx.ftz.f(float %894)
	%896 = call float @llvm.fma.f32(float %733, float 0x3FC7154760000000, float %875)
	%897 = call float @llvm.nvvm.ex2.approx.ftz.f(float %896)
	%898 = call float @llvm.fma.f32(float %734, float 0x3FC7154760000000, float %875)
	%899 = call float @llvm.nvvm.ex2.approx.ftz.f(float %898)
	%900 = call float @llvm.fma.f32(float %737, float 0x3FC7154760000000, float %875)
	%901 = call float @llvm.nvvm.ex2.approx.ftz.f(float %900)
	%902 = call float @llvm.fma.f32(float %738, float 0x3FC7154760000000, float %875)
	%903 = call float @llvm.nvvm.ex2.approx.ftz.f(float %902)
	%904 = call float @llvm.fma.f32(float %741, float 0x3FC7154760000000, float %875)
	%905 = call float @llvm.nvvm.ex2.approx.ftz.f(float %904)
	%906 = call float @llvm.fma.f32(float %742, float 0x3FC7154760000000, float %875)
	%907 = call float @llvm.nvvm.ex2.approx.ftz.f(float %906)
	%908 = fadd float %877, %879
	%909 = fadd float %881, %883
	%910 = fadd float %885, %887
	%911 = fadd float %889, %891
	%912 = fadd float %893, %895
	%913 = fadd float %897, %899
	%914 = fadd float %901, %903
	%915 = fadd float %905, %907
	%916 = fadd float %908, %909
	%917 = fadd float %910, %911
	%918 = fadd float %912, %913
	%919 = fadd float %914, %915
	%920 = fadd float %916, %917
	%921 = fadd float %918, %919
	%922 = fadd float %920, %921
	%923 = fadd float %870, %922
	%924 = select i1 %793, float %789, float %206
	%925 = fcmp oeq float %924, 0xFFF0000000000000
	%926 = select i1 %925, float 0.0, float %924
	%927 = fneg float %926
	%928 = call float @llvm.fma.f32(float %715, float 0x3FC7154760000000, float %927)
	%929 = call float @llvm.nvvm.ex2.approx.ftz.f(float %928)
	%930 = call float @llvm.fma.f32(float %716, float 0x3FC7154760000000, float %927)
	%931 = call float @llvm.nvvm.ex2.approx.ftz.f(float %930)
	%932 = call float @llvm.fma.f32(float %719, float 0x3FC7154760000000, float %927)
	%933 = call float @llvm.nvvm.ex2.approx.ftz.f(float %932)
	%934 = call float @llvm.fma.f32(float %720, float 0x3FC7154760000000, float %927)
	%935 = call float @llvm.nvvm.ex2.approx.ftz.f(float %934)
	%936 = call float @llvm.fma.f32(float %723, float 0x3FC7154760000000, float %927)
	%937 = call float @llvm.nvvm.ex2.approx.ftz.f(float %936)
	%938 = call float @llvm.fma.f32(float %724, float 0x3FC7154760000000, float %927)
	%939 = call float @llvm.nvvm.ex2.approx.ftz.f(float %938)
	%940 = call float @llvm.fma.f32(float %727, float 0x3FC7154760000000, float %927)
	%941 = call float @llvm.nvvm.ex2.approx.ftz.f(float %940)
	%942 = call float @llvm.fma.f32(float %728, float 0x3FC7154760000000, float %927)
	%943 = call float @llvm.nvvm.ex2.approx.ftz.f(float %942)
	%944 = call float @llvm.fma.f32(float %731, float 0x3FC7154760000000, float %927)
	%945 = call float @llvm.nvvm.ex2.approx.ftz.f(float %944)
	%946 = call float @llvm.fma.f32(float %732, float 0x3FC7154760000000, float %927)
	%947 = call float @llvm.nvvm.ex2.approx.ftz.f(float %946)
	%948 = call float @llvm.fma.f32(float %735, float 0x3FC7154760000000, float %927)
	%949 = call float @llvm.nvvm.ex2.approx.ftz.f(float %948)
	%950 = call float @llvm.fma.f32(float %736, float 0x3FC7154760000000, float %927)
	%951 = call float @llvm.nvvm.ex2.approx.ftz.f(float %950)
	%952 = call float @llvm.fma.f32(float %739, float 0x3FC7154760000000, float %927)
	%953 = call float @llvm.nvvm.ex2.approx.ftz.f(float %952)
	%954 = call float @llvm.fma.f32(float %740, float 0x3FC7154760000000, float %927)
	%955 = call float @llvm.nvvm.ex2.approx.ftz.f(float %954)
	%956 = call float @llvm.fma.f32(float %743, float 0x3FC7154760000000, float %927)
	%957 = call float @llvm.nvvm.ex2.approx.ftz.f(float %956)
	%958 = call float @llvm.fma.f32(float %744, float 0x3FC7154760000000, float %927)
	%959 = call float @llvm.nvvm.ex2.approx.ftz.f(float %958)
	%960 = fadd float %929, %931
	%961 = fadd float %933, %935
	%962 = fadd float %937, %939
	%963 = fadd float %941, %943
	%964 = fadd float %945, %947
	%965 = fadd float %949, %951
	%966 = fadd float %953, %955
	%967 = fadd float %957, %959
	%968 = fadd float %960, %961
	%969 = fadd float %962, %963
	%970 = fadd float %964, %965
	%971 = fadd float %966, %967
	%972 = fadd float %968, %969
	%973 = fadd float %970, %971
	%974 = fadd float %972, %973
	%975 = fadd float %871, %974
	%976 = and i32 %11, 7
	%977 = lshr i32 %11, 3
	%978 = and i32 %977, 1
	%979 = shl i32 %978, 3
	%980 = add i32 %976, %979
	%981 = mul i32 %980, 128
	%982 = add i32 %1, %981
	%983 = and i32 %11, 7
	%984 = xor i32 %98, %983
	%985 = shl i32 %984, 4
	%986 = add i32 %982, %985
	%987 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %879, float %877)
	%988 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %931, float %929)
	%989 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %883, float %881)
	%990 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %935, float %933)
	%991 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %887, float %885)
	%992 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %939, float %937)
	%993 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %891, float %889)
	%994 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %943, float %941)
	%995 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %895, float %893)
	%996 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %947, float %945)
	%997 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %899, float %897)
	%998 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %951, float %949)
	%999 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %903, float %901)
	%1000 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %955, float %953)
	%1001 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %907, float %905)
	%1002 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %959, float %957)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1003 = add i32 %212, 0
	%1004 = zext i32 %1003 to i64
	%1005 = or i64 %1004, u0x4000004002000000
	%1006 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %838, float %839, float %840, float %841, float %842, float %843, float %844, float %845, float %846, float %847, float %848, float %849, float %850, float %851, float %852, float %853, float %854, float %855, float %856, float %857, float %858, float %859, float %860, float %861, float %862, float %863, float %864, float %865, float %866, float %867, float %868, float %869, i32 %987, i32 %988, i32 %989, i32 %990, i64 %1005, i32 1)
	%1007 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 0
	%1008 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 1
	%1009 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 2
	%1010 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 3
	%1011 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 4
	%1012 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 5
	%1013 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 6
	%1014 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 7
	%1015 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 8
	%1016 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 9
	%1017 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 10
	%1018 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 11
	%1019 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 12
	%1020 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 13
	%1021 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 14
	%1022 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 15
	%1023 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 16
	%1024 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 17
	%1025 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 18
	%1026 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 19
	%1027 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 20
	%1028 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 21
	%1029 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 22
	%1030 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 23
	%1031 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 24
	%1032 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 25
	%1033 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 26
	%1034 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 27
	%1035 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 28
	%1036 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 29
	%1037 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 30
	%1038 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1006, 31
	%1039 = add i32 %212, 128
	%1040 = zext i32 %1039 to i64
	%1041 = or i64 %1040, u0x4000004002000000
	%1042 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1007, float %1008, float %1009, float %1010, float %1011, float %1012, float %1013, float %1014, float %1015, float %1016, float %1017, float %1018, float %1019, float %1020, float %1021, float %1022, float %1023, float %1024, float %1025, float %1026, float %1027, float %1028, float %1029, float %1030, float %1031, float %1032, float %1033, float %1034, float %1035, float %1036, float %1037, float %1038, i32 %991, i32 %992, i32 %993, i32 %994, i64 %1041, i32 1)
	%1043 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 0
	%1044 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 1
	%1045 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 2
	%1046 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 3
	%1047 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 4
	%1048 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 5
	%1049 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 6
	%1050 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 7
	%1051 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 8
	%1052 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 9
	%1053 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 10
	%1054 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 11
	%1055 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 12
	%1056 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 13
	%1057 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 14
	%1058 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 15
	%1059 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 16
	%1060 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 17
	%1061 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 18
	%1062 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 19
	%1063 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 20
	%1064 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 21
	%1065 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 22
	%1066 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 23
	%1067 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 24
	%1068 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 25
	%1069 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 26
	%1070 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 27
	%1071 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 28
	%1072 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 29
	%1073 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 30
	%1074 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1042, 31
	%1075 = add i32 %212, 256
	%1076 = zext i32 %1075 to i64
	%1077 = or i64 %1076, u0x4000004002000000
	%1078 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1043, float %1044, float %1045, float %1046, float %1047, float %1048, float %1049, float %1050, float %1051, float %1052, float %1053, float %1054, float %1055, float %1056, float %1057, float %1058, float %1059, float %1060, float %1061, float %1062, float %1063, float %1064, float %1065, float %1066, float %1067, float %1068, float %1069, float %1070, float %1071, float %1072, float %1073, float %1074, i32 %995, i32 %996, i32 %997, i32 %998, i64 %1077, i32 1)
	%1079 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 0
	%1080 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 1
	%1081 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 2
	%1082 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 3
	%1083 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 4
	%1084 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 5
	%1085 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 6
	%1086 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 7
	%1087 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 8
	%1088 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 9
	%1089 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 10
	%1090 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 11
	%1091 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 12
	%1092 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 13
	%1093 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 14
	%1094 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 15
	%1095 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 16
	%1096 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 17
	%1097 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 18
	%1098 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 19
	%1099 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 20
	%1100 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 21
	%1101 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 22
	%1102 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 23
	%1103 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 24
	%1104 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 25
	%1105 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 26
	%1106 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 27
	%1107 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 28
	%1108 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 29
	%1109 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 30
	%1110 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1078, 31
	%1111 = add i32 %212, 384
	%1112 = zext i32 %1111 to i64
	%1113 = or i64 %1112, u0x4000004002000000
	%1114 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1079, float %1080, float %1081, float %1082, float %1083, float %1084, float %1085, float %1086, float %1087, float %1088, float %1089, float %1090, float %1091, float %1092, float %1093, float %1094, float %1095, float %1096, float %1097, float %1098, float %1099, float %1100, float %1101, float %1102, float %1103, float %1104, float %1105, float %1106, float %1107, float %1108, float %1109, float %1110, i32 %999, i32 %1000, i32 %1001, i32 %1002, i64 %1113, i32 1)
	%1115 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 0
	%1116 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 1
	%1117 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 2
	%1118 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 3
	%1119 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 4
	%1120 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 5
	%1121 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 6
	%1122 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 7
	%1123 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 8
	%1124 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 9
	%1125 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 10
	%1126 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 11
	%1127 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 12
	%1128 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 13
	%1129 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 14
	%1130 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 15
	%1131 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 16
	%1132 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 17
	%1133 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 18
	%1134 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 19
	%1135 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 20
	%1136 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 21
	%1137 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 22
	%1138 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 23
	%1139 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 24
	%1140 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 25
	%1141 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 26
	%1142 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 27
	%1143 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 28
	%1144 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 29
	%1145 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 30
	%1146 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1114, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1147 = call float asm sideeffect "", "=f,0"(float %1115)
	%1148 = call float asm sideeffect "", "=f,0"(float %1116)
	%1149 = call float asm sideeffect "", "=f,0"(float %1117)
	%1150 = call float asm sideeffect "", "=f,0"(float %1118)
	%1151 = call float asm sideeffect "", "=f,0"(float %1119)
	%1152 = call float asm sideeffect "", "=f,0"(float %1120)
	%1153 = call float asm sideeffect "", "=f,0"(float %1121)
	%1154 = call float asm sideeffect "", "=f,0"(float %1122)
	%1155 = call float asm sideeffect "", "=f,0"(float %1123)
	%1156 = call float asm sideeffect "", "=f,0"(float %1124)
	%1157 = call float asm sideeffect "", "=f,0"(float %1125)
	%1158 = call float asm sideeffect "", "=f,0"(float %1126)
	%1159 = call float asm sideeffect "", "=f,0"(float %1127)
	%1160 = call float asm sideeffect "", "=f,0"(float %1128)
	%1161 = call float asm sideeffect "", "=f,0"(float %1129)
	%1162 = call float asm sideeffect "", "=f,0"(float %1130)
	%1163 = call float asm sideeffect "", "=f,0"(float %1131)
	%1164 = call float asm sideeffect "", "=f,0"(float %1132)
	%1165 = call float asm sideeffect "", "=f,0"(float %1133)
	%1166 = call float asm sideeffect "", "=f,0"(float %1134)
	%1167 = call float asm sideeffect "", "=f,0"(float %1135)
	%1168 = call float asm sideeffect "", "=f,0"(float %1136)
	%1169 = call float asm sideeffect "", "=f,0"(float %1137)
	%1170 = call float asm sideeffect "", "=f,0"(float %1138)
	%1171 = call float asm sideeffect "", "=f,0"(float %1139)
	%1172 = call float asm sideeffect "", "=f,0"(float %1140)
	%1173 = call float asm sideeffect "", "=f,0"(float %1141)
	%1174 = call float asm sideeffect "", "=f,0"(float %1142)
	%1175 = call float asm sideeffect "", "=f,0"(float %1143)
	%1176 = call float asm sideeffect "", "=f,0"(float %1144)
	%1177 = call float asm sideeffect "", "=f,0"(float %1145)
	%1178 = call float asm sideeffect "", "=f,0"(float %1146)
	br i1 %221, label %loop, label %epilogue

store0:
	%1179 = mul i32 %20, %M
	%1180 = add i32 %1179, %267
	%1181 = mul i32 %1180, 64
	%1182 = shl i32 %16, 1
	%1183 = add i32 0, %1182
	%1184 = add i32 %1181, %1183
	%1185 = sext i32 %1184 to i64
	%1186 = getelementptr float, float* %out, i64 %1185
	store float %268, float* %1186
	%1187 = getelementptr float, float* %1186, i32 1
	store float %269, float* %1187
	%1188 = shl i32 %16, 1
	%1189 = add i32 8, %1188
	%1190 = add i32 %1181, %1189
	%1191 = sext i32 %1190 to i64
	%1192 = getelementptr float, float* %out, i64 %1191
	store float %270, float* %1192
	%1193 = getelementptr float, float* %1192, i32 1
	store float %271, float* %1193
	%1194 = shl i32 %16, 1
	%1195 = add i32 16, %1194
	%1196 = add i32 %1181, %1195
	%1197 = sext i32 %1196 to i64
	%1198 = getelementptr float, float* %out, i64 %1197
	store float %272, float* %1198
	%1199 = getelementptr float, float* %1198, i32 1
	store float %273, float* %1199
	%1200 = shl i32 %16, 1
	%1201 = add i32 24, %1200
	%1202 = add i32 %1181, %1201
	%1203 = sext i32 %1202 to i64
	%1204 = getelementptr float, float* %out, i64 %1203
	store float %274, float* %1204
	%1205 = getelementptr float, float* %1204, i32 1
	store float %275, float* %1205
	%1206 = shl i32 %16, 1
	%1207 = add i32 32, %1206
	%1208 = add i32 %1181, %1207
	%1209 = sext i32 %1208 to i64
	%1210 = getelementptr float, float* %out, i64 %1209
	store float %276, float* %1210
	%1211 = getelementptr float, float* %1210, i32 1
	store float %277, float* %1211
	%1212 = shl i32 %16, 1
	%1213 = add i32 40, %1212
	%1214 = add i32 %1181, %1213
	%1215 = sext i32 %1214 to i64
	%1216 = getelementptr float, float* %out, i64 %1215
	store float %278, float* %1216
	%1217 = getelementptr float, float* %1216, i32 1
	store float %279, float* %1217
	%1218 = shl i32 %16, 1
	%1219 = add i32 48, %1218
	%1220 = add i32 %1181, %1219
	%1221 = sext i32 %1220 to i64
	%1222 = getelementptr float, float* %out, i64 %1221
	store float %280, float* %1222
	%1223 = getelementptr float, float* %1222, i32 1
	store float %281, float* %1223
	%1224 = shl i32 %16, 1
	%1225 = add i32 56, %1224
	%1226 = add i32 %1181, %1225
	%1227 = sext i32 %1226 to i64
	%1228 = getelementptr float, float* %out, i64 %1227
	store float %282, float* %1228
	%1229 = getelementptr float, float* %1228, i32 1
	store float %283, float* %1229
	br label %stored0

stored0:
	%1230 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %223, i32 1, i32 31)
	%1231 = fadd float %223, %1230
	%1232 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1231, i32 2, i32 31)
	%1233 = fadd float %1231, %1232
	%1234 = fcmp ogt float %1233, 0.0
	%1235 = fdiv float 1.0, %1233
	%1236 = select i1 %1234, float %1235, float 0.0
	%1237 = mul i32 %10, 16
	%1238 = add i32 %22, %1237
	%1239 = add i32 %15, 8
	%1240 = add i32 %1238, %1239
	%1241 = fmul float %227, %1236
	%1242 = fmul float %228, %1236
	%1243 = fmul float %231, %1236
	%1244 = fmul float %232, %1236
	%1245 = fmul float %235, %1236
	%1246 = fmul float %236, %1236
	%1247 = fmul float %239, %1236
	%1248 = fmul float %240, %1236
	%1249 = fmul float %243, %1236
	%1250 = fmul float %244, %1236
	%1251 = fmul float %247, %1236
	%1252 = fmul float %248, %1236
	%1253 = fmul float %251, %1236
	%1254 = fmul float %252, %1236
	%1255 = fmul float %255, %1236
	%1256 = fmul float %256, %1236
	%1257 = icmp slt i32 %1240, %M
	br i1 %1257, label %store1, label %stored1

store1:
	%1258 = mul i32 %20, %M
	%1259 = add i32 %1258, %1240
	%1260 = mul i32 %1259, 64
	%1261 = shl i32 %16, 1
	%1262 = add i32 0, %1261
	%1263 = add i32 %1260, %1262
	%1264 = sext i32 %1263 to i64
	%1265 = getelementptr float, float* %out, i64 %1264
	store float %1241, float* %1265
	%1266 = getelementptr float, float* %1265, i32 1
	store float %1242, float* %1266
	%1267 = shl i32 %16, 1
	%1268 = add i32 8, %1267
	%1269 = add i32 %1260, %1268
	%1270 = sext i32 %1269 to i64
	%1271 = getelementptr float, float* %out, i64 %1270
	store float %1243, float* %1271
	%1272 = getelementptr float, float* %1271, i32 1
	store float %1244, float* %1272
	%1273 = shl i32 %16, 1
	%1274 = add i32 16, %1273
	%1275 = add i32 %1260, %1274
	%1276 = sext i32 %1275 to i64
	%1277 = getelementptr float, float* %out, i64 %1276
	store float %1245, float* %1277
	%1278 = getelementptr float, float* %1277, i32 1
	store float %1246, float* %1278
	%1279 = shl i32 %16, 1
	%1280 = add i32 24, %1279
	%1281 = add i32 %1260, %1280
	%1282 = sext i32 %1281 to i64
	%1283 = getelementptr float, float* %out, i64 %1282
	store float %1247, float* %1283
	%1284 = getelementptr float, float* %1283, i32 1
	store float %1248, float* %1284
	%1285 = shl i32 %16, 1
	%1286 = add i32 32, %1285
	%1287 = add i32 %1260, %1286
	%1288 = sext i32 %1287 to i64
	%1289 = getelementptr float, float* %out, i64 %1288
	store float %1249, float* %1289
	%1290 = getelementptr float, float* %1289, i32 1
	store float %1250, float* %1290
	%1291 = shl i32 %16, 1
	%1292 = add i32 40, %1291
	%1293 = add i32 %1260, %1292
	%1294 = sext i32 %1293 to i64
	%1295 = getelementptr float, float* %out, i64 %1294
	store float %1251, float* %1295
	%1296 = getelementptr float, float* %1295, i32 1
	store float %1252, float* %1296
	%1297 = shl i32 %16, 1
	%1298 = add i32 48, %1297
	%1299 = add i32 %1260, %1298
	%1300 = sext i32 %1299 to i64
	%1301 = getelementptr float, float* %out, i64 %1300
	store float %1253, float* %1301
	%1302 = getelementptr float, float* %1301, i32 1
	store float %1254, float* %1302
	%1303 = shl i32 %16, 1
	%1304 = add i32 56, %1303
	%1305 = add i32 %1260, %1304
	%1306 = sext i32 %1305 to i64
	%1307 = getelementptr float, float* %out, i64 %1306
	store float %1255, float* %1307
	%1308 = getelementptr float, float* %1307, i32 1
	store float %1256, float* %1308
	br label %stored1

stored1:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"minctasm", i32 2}
