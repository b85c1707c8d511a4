; f32out
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@f32out_attn0_smem = internal addrspace(3) global [49152 x i8] undef, align 1024

define ptx_kernel void @f32out_attn0(i16* %q, i16* %k, i16* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
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
	%17 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%18 = mul i32 %17, %NQ
	%19 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%20 = add i32 %18, %19
	%21 = mul i32 %hg, %NQ
	%22 = udiv i32 %20, %21
	%23 = urem i32 %20, %21
	%24 = mul i32 %22, %hg
	%25 = sub i32 %H, %24
	%26 = icmp slt i32 %hg, %25
	%27 = select i1 %26, i32 %hg, i32 %25
	%28 = sub i32 %NQ, 1
	%29 = udiv i32 %23, %27
	%30 = sub i32 %28, %29
	%31 = urem i32 %23, %27
	%32 = add i32 %24, %31
	%33 = sdiv i32 %32, %group
	%34 = mul i32 %30, 128
	%35 = mul i32 %32, %M
	%36 = mul i32 %35, 64
	%37 = sext i32 %36 to i64
	%38 = getelementptr i16, i16* %q, i64 %37
	%39 = mul i32 %33, %N
	%40 = mul i32 %39, 64
	%41 = sext i32 %40 to i64
	%42 = getelementptr i16, i16* %k, i64 %41
	%43 = mul i32 %33, %N
	%44 = mul i32 %43, 64
	%45 = sext i32 %44 to i64
	%46 = getelementptr i16, i16* %v, i64 %45
	%47 = udiv i32 %32, %lh
	%48 = mul i32 %47, %NQ
	%49 = add i32 %48, %30
	%50 = mul i32 %49, 2
	%51 = mul i32 %50, %NK
	%52 = mul i32 %32, %ch
	%53 = mul i32 %52, %NQ
	%54 = add i32 %53, %30
	%55 = mul i32 %54, %NK
	%56 = add i32 %51, 0
	%57 = sext i32 %56 to i64
	%58 = getelementptr i32, i32* %list, i64 %57
	%59 = load i32, i32* %58
	%60 = icmp sgt i32 %NK, 0
	%61 = icmp sge i32 %59, 0
	%62 = and i1 %60, %61
	%63 = lshr i32 %9, 3
	%64 = and i32 %9, 7
	%65 = lshr i32 %64, 3
	%66 = mul i32 %65, u0x4000
	%67 = and i32 %64, 7
	%68 = and i32 %63, 7
	%69 = xor i32 %67, %68
	%70 = mul i32 %63, 128
	%71 = shl i32 %69, 4
	%72 = add i32 %70, %71
	%73 = add i32 %66, %72
	%74 = add i32 %2, %73
	%75 = add i32 %34, %63
	%76 = mul i32 %75, 64
	%77 = mul i32 %64, 8
	%78 = add i32 %76, %77
	%79 = sext i32 %78 to i64
	%80 = getelementptr i16, i16* %38, i64 %79
	%81 = add i32 %75, 0
	%82 = icmp slt i32 %81, %M
	%83 = getelementptr i16, i16* %80, i64 0
	%84 = select i1 %82, i16* %83, i16* %38
	%85 = add i32 %74, 0
	%86 = select i1 %82, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %85, i16* %84, i32 %86)
	%87 = add i32 %75, 32
	%88 = icmp slt i32 %87, %M
	%89 = getelementptr i16, i16* %80, i64 2048
	%90 = select i1 %88, i16* %89, i16* %38
	%91 = add i32 %74, u0x1000
	%92 = select i1 %88, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %91, i16* %90, i32 %92)
	%93 = add i32 %75, 64
	%94 = icmp slt i32 %93, %M
	%95 = getelementptr i16, i16* %80, i64 u0x1000
	%96 = select i1 %94, i16* %95, i16* %38
	%97 = add i32 %74, u0x2000
	%98 = select i1 %94, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %97, i16* %96, i32 %98)
	%99 = add i32 %75, 96
	%100 = icmp slt i32 %99, %M
	%101 = getelementptr i16, i16* %80, i64 6144
	%102 = select i1 %100, i16* %101, i16* %38
	%103 = add i32 %74, 12288
	%104 = select i1 %100, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %103, i16* %102, i32 %104)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %62, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%105 = and i32 %11, 7
	%106 = lshr i32 %11, 3
	%107 = and i32 %106, 1
	%108 = shl i32 %107, 3
	%109 = add i32 %105, %108
	%110 = lshr i32 %11, 4
	%111 = mul i32 %10, 16
	%112 = add i32 %109, 0
	%113 = add i32 %111, %112
	%114 = mul i32 %113, 128
	%115 = add i32 %2, %114
	%116 = and i32 %11, 7
	%117 = xor i32 %110, %116
	%118 = shl i32 %117, 4
	%119 = add i32 %115, %118
	%120 = mul i32 %59, 64
	%121 = lshr i32 %9, 3
	%122 = and i32 %9, 7
	%123 = lshr i32 %122, 3
	%124 = mul i32 %123, u0x2000
	%125 = and i32 %122, 7
	%126 = and i32 %121, 7
	%127 = xor i32 %125, %126
	%128 = mul i32 %121, 128
	%129 = shl i32 %127, 4
	%130 = add i32 %128, %129
	%131 = add i32 %124, %130
	%132 = add i32 %0, %131
	%133 = add i32 %120, %121
	%134 = mul i32 %133, 64
	%135 = mul i32 %122, 8
	%136 = add i32 %134, %135
	%137 = sext i32 %136 to i64
	%138 = getelementptr i16, i16* %42, i64 %137
	%139 = add i32 %133, 0
	%140 = icmp slt i32 %139, %N
	%141 = getelementptr i16, i16* %138, i64 0
	%142 = select i1 %140, i16* %141, i16* %42
	%143 = add i32 %132, 0
	%144 = select i1 %140, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %143, i16* %142, i32 %144)
	%145 = add i32 %133, 32
	%146 = icmp slt i32 %145, %N
	%147 = getelementptr i16, i16* %138, i64 2048
	%148 = select i1 %146, i16* %147, i16* %42
	%149 = add i32 %132, u0x1000
	%150 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = mul i32 %59, 64
	%152 = lshr i32 %9, 3
	%153 = and i32 %9, 7
	%154 = lshr i32 %153, 3
	%155 = mul i32 %154, u0x2000
	%156 = and i32 %153, 7
	%157 = and i32 %152, 7
	%158 = xor i32 %156, %157
	%159 = mul i32 %152, 128
	%160 = shl i32 %158, 4
	%161 = add i32 %159, %160
	%162 = add i32 %155, %161
	%163 = add i32 %1, %162
	%164 = add i32 %151, %152
	%165 = mul i32 %164, 64
	%166 = mul i32 %153, 8
	%167 = add i32 %165, %166
	%168 = sext i32 %167 to i64
	%169 = getelementptr i16, i16* %46, i64 %168
	%170 = add i32 %164, 0
	%171 = icmp slt i32 %170, %N
	%172 = getelementptr i16, i16* %169, i64 0
	%173 = select i1 %171, i16* %172, i16* %46
	%174 = add i32 %163, 0
	%175 = select i1 %171, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %174, i16* %173, i32 %175)
	%176 = add i32 %164, 32
	%177 = icmp slt i32 %176, %N
	%178 = getelementptr i16, i16* %169, i64 2048
	%179 = select i1 %177, i16* %178, i16* %46
	%180 = add i32 %163, u0x1000
	%181 = select i1 %177, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %180, i16* %179, i32 %181)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%182 = phi i32 [ 0, %prologue ], [ %225, %849 ]
	%183 = phi i32 [ %59, %prologue ], [ %232, %849 ]
	%184 = phi float [ 0.0, %prologue ], [ %1159, %849 ]
	%185 = phi float [ 0.0, %prologue ], [ %1160, %849 ]
	%186 = phi float [ 0.0, %prologue ], [ %1161, %849 ]
	%187 = phi float [ 0.0, %prologue ], [ %1162, %849 ]
	%188 = phi float [ 0.0, %prologue ], [ %1163, %849 ]
	%189 = phi float [ 0.0, %prologue ], [ %1164, %849 ]
	%190 = phi float [ 0.0, %prologue ], [ %1165, %849 ]
	%191 = phi float [ 0.0, %prologue ], [ %1166, %849 ]
	%192 = phi float [ 0.0, %prologue ], [ %1167, %849 ]
	%193 = phi float [ 0.0, %prologue ], [ %1168, %849 ]
	%194 = phi float [ 0.0, %prologue ], [ %1169, %849 ]
	%195 = phi float [ 0.0, %prologue ], [ %1170, %849 ]
	%196 = phi float [ 0.0, %prologue ], [ %1171, %849 ]
	%197 = phi float [ 0.0, %prologue ], [ %1172, %849 ]
	%198 = phi float [ 0.0, %prologue ], [ %1173, %849 ]
	%199 = phi float [ 0.0, %prologue ], [ %1174, %849 ]
	%200 = phi float [ 0.0, %prologue ], [ %1175, %849 ]
	%201 = phi float [ 0.0, %prologue ], [ %1176, %849 ]
	%202 = phi float [ 0.0, %prologue ], [ %1177, %849 ]
	%203 = phi float [ 0.0, %prologue ], [ %1178, %849 ]
	%204 = phi float [ 0.0, %prologue ], [ %1179, %849 ]
	%205 = phi float [ 0.0, %prologue ], [ %1180, %849 ]
	%206 = phi float [ 0.0, %prologue ], [ %1181, %849 ]
	%207 = phi float [ 0.0, %prologue ], [ %1182, %849 ]
	%208 = phi float [ 0.0, %prologue ], [ %1183, %849 ]
	%209 = phi float [ 0.0, %prologue ], [ %1184, %849 ]
	%210 = phi float [ 0.0, %prologue ], [ %1185, %849 ]
	%211 = phi float [ 0.0, %prologue ], [ %1186, %849 ]
	%212 = phi float [ 0.0, %prologue ], [ %1187, %849 ]
	%213 = phi float [ 0.0, %prologue ], [ %1188, %849 ]
	%214 = phi float [ 0.0, %prologue ], [ %1189, %849 ]
	%215 = phi float [ 0.0, %prologue ], [ %1190, %849 ]
	%216 = phi float [ 0xFFF0000000000000, %prologue ], [ %884, %849 ]
	%217 = phi float [ 0.0, %prologue ], [ %935, %849 ]
	%218 = phi float [ 0xFFF0000000000000, %prologue ], [ %936, %849 ]
	%219 = phi float [ 0.0, %prologue ], [ %987, %849 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%220 = mul i32 %183, 64
	%221 = and i32 %182, 1
	%222 = mul i32 %221, 1024
	%223 = add i32 %6, %222
	%224 = add i32 %8, %222
	%225 = add i32 %182, 1
	%226 = icmp slt i32 %225, %NK
	%227 = select i1 %226, i32 %225, i32 0
	%228 = add i32 %51, %227
	%229 = sext i32 %228 to i64
	%230 = getelementptr i32, i32* %list, i64 %229
	%231 = load i32, i32* %230
	%232 = select i1 %226, i32 %231, i32 -1
	%233 = icmp sge i32 %232, 0
	br i1 %233, label %prefetch, label %body

epilogue:
	%234 = phi float [ 0.0, %entry ], [ %935, %849 ]
	%235 = phi float [ 0.0, %entry ], [ %987, %849 ]
	%236 = phi i32 [ 0, %entry ], [ %225, %849 ]
	%237 = phi float [ 0.0, %entry ], [ %1159, %849 ]
	%238 = phi float [ 0.0, %entry ], [ %1160, %849 ]
	%239 = phi float [ 0.0, %entry ], [ %1161, %849 ]
	%240 = phi float [ 0.0, %entry ], [ %1162, %849 ]
	%241 = phi float [ 0.0, %entry ], [ %1163, %849 ]
	%242 = phi float [ 0.0, %entry ], [ %1164, %849 ]
	%243 = phi float [ 0.0, %entry ], [ %1165, %849 ]
	%244 = phi float [ 0.0, %entry ], [ %1166, %849 ]
	%245 = phi float [ 0.0, %entry ], [ %1167, %849 ]
	%246 = phi float [ 0.0, %entry ], [ %1168, %849 ]
	%247 = phi float [ 0.0, %entry ], [ %1169, %849 ]
	%248 = phi float [ 0.0, %entry ], [ %1170, %849 ]
	%249 = phi float [ 0.0, %entry ], [ %1171, %849 ]
	%250 = phi float [ 0.0, %entry ], [ %1172, %849 ]
	%251 = phi float [ 0.0, %entry ], [ %1173, %849 ]
	%252 = phi float [ 0.0, %entry ], [ %1174, %849 ]
	%253 = phi float [ 0.0, %entry ], [ %1175, %849 ]
	%254 = phi float [ 0.0, %entry ], [ %1176, %849 ]
	%255 = phi float [ 0.0, %entry ], [ %1177, %849 ]
	%256 = phi float [ 0.0, %entry ], [ %1178, %849 ]
	%257 = phi float [ 0.0, %entry ], [ %1179, %849 ]
	%258 = phi float [ 0.0, %entry ], [ %1180, %849 ]
	%259 = phi float [ 0.0, %entry ], [ %1181, %849 ]
	%260 = phi float [ 0.0, %entry ], [ %1182, %849 ]
	%261 = phi float [ 0.0, %entry ], [ %1183, %849 ]
	%262 = phi float [ 0.0, %entry ], [ %1184, %849 ]
	%263 = phi float [ 0.0, %entry ], [ %1185, %849 ]
	%264 = phi float [ 0.0, %entry ], [ %1186, %849 ]
	%265 = phi float [ 0.0, %entry ], [ %1187, %849 ]
	%266 = phi float [ 0.0, %entry ], [ %1188, %849 ]
	%267 = phi float [ 0.0, %entry ], [ %1189, %849 ]
	%268 = phi float [ 0.0, %entry ], [ %1190, %849 ]
	%269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %234, i32 1, i32 31)
	%270 = fadd float %234, %269
	%271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %270, i32 2, i32 31)
	%272 = fadd float %270, %271
	%273 = fcmp ogt float %272, 0.0
	%274 = fdiv float 1.0, %272
	%275 = select i1 %273, float %274, float 0.0
	%276 = mul i32 %10, 16
	%277 = add i32 %34, %276
	%278 = add i32 %15, 0
	%279 = add i32 %277, %278
	%280 = fmul float %237, %275
	%281 = fmul float %238, %275
	%282 = fmul float %241, %275
	%283 = fmul float %242, %275
	%284 = fmul float %245, %275
	%285 = fmul float %246, %275
	%286 = fmul float %249, %275
	%287 = fmul float %250, %275
	%288 = fmul float %253, %275
	%289 = fmul float %254, %275
	%290 = fmul float %257, %275
	%291 = fmul float %258, %275
	%292 = fmul float %261, %275
	%293 = fmul float %262, %275
	%294 = fmul float %265, %275
	%295 = fmul float %266, %275
	%296 = icmp slt i32 %279, %M
	br i1 %296, label %store0, label %stored0

prefetch:
	%297 = xor i32 %221, 1
	%298 = mul i32 %297, u0x4000
	%299 = add i32 %0, %298
	%300 = mul i32 %232, 64
	%301 = lshr i32 %9, 3
	%302 = and i32 %9, 7
	%303 = lshr i32 %302, 3
	%304 = mul i32 %303, u0x2000
	%305 = and i32 %302, 7
	%306 = and i32 %301, 7
	%307 = xor i32 %305, %306
	%308 = mul i32 %301, 128
	%309 = shl i32 %307, 4
	%310 = add i32 %308, %309
	%311 = add i32 %304, %310
	%312 = add i32 %299, %311
	%313 = add i32 %300, %301
	%314 = mul i32 %313, 64
	%315 = mul i32 %302, 8
	%316 = add i32 %314, %315
	%317 = sext i32 %316 to i64
	%318 = getelementptr i16, i16* %42, i64 %317
	%319 = add i32 %313, 0
	%320 = icmp slt i32 %319, %N
	%321 = getelementptr i16, i16* %318, i64 0
	%322 = select i1 %320, i16* %321, i16* %42
	%323 = add i32 %312, 0
	%324 = select i1 %320, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %323, i16* %322, i32 %324)
	%325 = add i32 %313, 32
	%326 = icmp slt i32 %325, %N
	%327 = getelementptr i16, i16* %318, i64 2048
	%328 = select i1 %326, i16* %327, i16* %42
	%329 = add i32 %312, u0x1000
	%330 = select i1 %326, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %329, i16* %328, i32 %330)
	%331 = add i32 %1, %298
	%332 = mul i32 %232, 64
	%333 = lshr i32 %9, 3
	%334 = and i32 %9, 7
	%335 = lshr i32 %334, 3
	%336 = mul i32 %335, u0x2000
	%337 = and i32 %334, 7
	%338 = and i32 %333, 7
	%339 = xor i32 %337, %338
	%340 = mul i32 %333, 128
	%341 = shl i32 %339, 4
	%342 = add i32 %340, %341
	%343 = add i32 %336, %342
	%344 = add i32 %331, %343
	%345 = add i32 %332, %333
	%346 = mul i32 %345, 64
	%347 = mul i32 %334, 8
	%348 = add i32 %346, %347
	%349 = sext i32 %348 to i64
	%350 = getelementptr i16, i16* %46, i64 %349
	%351 = add i32 %345, 0
	%352 = icmp slt i32 %351, %N
	%353 = getelementptr i16, i16* %350, i64 0
	%354 = select i1 %352, i16* %353, i16* %46
	%355 = add i32 %344, 0
	%356 = select i1 %352, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %355, i16* %354, i32 %356)
	%357 = add i32 %345, 32
	%358 = icmp slt i32 %357, %N
	%359 = getelementptr i16, i16* %350, i64 2048
	%360 = select i1 %358, i16* %359, i16* %46
	%361 = add i32 %344, u0x1000
	%362 = select i1 %358, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %361, i16* %360, i32 %362)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %body

body:
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%363 = add i32 %14, 0
	%364 = zext i32 %363 to i64
	%365 = or i64 %364, u0x4000004000010000
	%366 = add i32 %223, 0
	%367 = zext i32 %366 to i64
	%368 = or i64 %367, u0x4000004000010000
	%369 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %365, i64 %368, i32 1)
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 0
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 1
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 2
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 3
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 4
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 5
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 6
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 7
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 8
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 9
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 10
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 11
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 12
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 13
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 14
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 15
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 16
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 17
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 18
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 19
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 20
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 21
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 22
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 23
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 24
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 25
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 26
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 27
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 28
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 29
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 30
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 31
	%402 = add i32 %14, 2
	%403 = zext i32 %402 to i64
	%404 = or i64 %403, u0x4000004000010000
	%405 = add i32 %223, 2
	%406 = zext i32 %405 to i64
	%407 = or i64 %406, u0x4000004000010000
	%408 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, i64 %404, i64 %407, i32 1)
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 0
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 1
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 2
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 3
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 4
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 5
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 6
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 7
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 8
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 9
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 10
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 11
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 12
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 13
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 14
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 15
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 16
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 17
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 18
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 19
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 20
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 21
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 22
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 23
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 24
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 25
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 26
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 27
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 28
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 29
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 30
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 31
	%441 = add i32 %14, 4
	%442 = zext i32 %441 to i64
	%443 = or i64 %442, u0x4000004000010000
	%444 = add i32 %223, 4
	%445 = zext i32 %444 to i64
	%446 = or i64 %445, u0x4000004000010000
	%447 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, i64 %443, i64 %446, i32 1)
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 3
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 4
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 5
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 6
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 7
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 8
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 9
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 10
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 11
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 12
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 13
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 14
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 15
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 16
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 17
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 18
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 19
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 20
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 21
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 22
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 23
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 24
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 25
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 26
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 27
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 28
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 29
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 30
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 31
	%480 = add i32 %14, 6
	%481 = zext i32 %480 to i64
	%482 = or i64 %481, u0x4000004000010000
	%483 = add i32 %223, 6
	%484 = zext i32 %483 to i64
	%485 = or i64 %484, u0x4000004000010000
	%486 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, i64 %482, i64 %485, i32 1)
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 0
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 1
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 2
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 3
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 4
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 5
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 6
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 7
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 8
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 9
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 10
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 11
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 12
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 13
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 14
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 15
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 16
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 17
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 18
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 19
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 20
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 21
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 22
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 23
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 24
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 25
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 26
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 27
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 28
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 29
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 30
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%539 = call float asm sideeffect "", "=f,0"(float %507)
	%540 = call float asm sideeffect "", "=f,0"(float %508)
	%541 = call float asm sideeffect "", "=f,0"(float %509)
	%542 = call float asm sideeffect "", "=f,0"(float %510)
	%543 = call float asm sideeffect "", "=f,0"(float %511)
	%544 = call float asm sideeffect "", "=f,0"(float %512)
	%545 = call float asm sideeffect "", "=f,0"(float %513)
	%546 = call float asm sideeffect "", "=f,0"(float %514)
	%547 = call float asm sideeffect "", "=f,0"(float %515)
	%548 = call float asm sideeffect "", "=f,0"(float %516)
	%549 = call float asm sideeffect "", "=f,0"(float %517)
	%550 = call float asm sideeffect "", "=f,0"(float %518)
	%551 = mul i32 %10, 16
	%552 = add i32 %34, %551
	%553 = add i32 %15, 0
	%554 = add i32 %552, %553
	%555 = mul i32 %10, 16
	%556 = add i32 %34, %555
	%557 = add i32 %15, 8
	%558 = add i32 %556, %557
	%559 = sitofp i32 %32 to float
	%560 = add i32 %55, %183
	%561 = sext i32 %560 to i64
	%562 = getelementptr i8, i8* %cls, i64 %561
	%563 = load i8, i8* %562
	%564 = icmp ne i8 %563, 2
	br i1 %564, label %partial, label %softmax

partial:
	%565 = shl i32 %16, 1
	%566 = add i32 0, %565
	%567 = add i32 %220, %566
	%568 = icmp slt i32 %567, %N
	%569 = select i1 %568, float %519, float 0xFFF0000000000000
	%570 = shl i32 %16, 1
	%571 = add i32 1, %570
	%572 = add i32 %220, %571
	%573 = icmp slt i32 %572, %N
	%574 = select i1 %573, float %520, float 0xFFF0000000000000
	%575 = shl i32 %16, 1
	%576 = add i32 0, %575
	%577 = add i32 %220, %576
	%578 = icmp slt i32 %577, %N
	%579 = select i1 %578, float %521, float 0xFFF0000000000000
	%580 = shl i32 %16, 1
	%581 = add i32 1, %580
	%582 = add i32 %220, %581
	%583 = icmp slt i32 %582, %N
	%584 = select i1 %583, float %522, float 0xFFF0000000000000
	%585 = shl i32 %16, 1
	%586 = add i32 8, %585
	%587 = add i32 %220, %586
	%588 = icmp slt i32 %587, %N
	%589 = select i1 %588, float %523, float 0xFFF0000000000000
	%590 = shl i32 %16, 1
	%591 = add i32 9, %590
	%592 = add i32 %220, %591
	%593 = icmp slt i32 %592, %N
	%594 = select i1 %593, float %524, float 0xFFF0000000000000
	%595 = shl i32 %16, 1
	%596 = add i32 8, %595
	%597 = add i32 %220, %596
	%598 = icmp slt i32 %597, %N
	%599 = select i1 %598, float %525, float 0xFFF0000000000000
	%600 = shl i32 %16, 1
	%601 = add i32 9, %600
	%602 = add i32 %220, %601
	%603 = icmp slt i32 %602, %N
	%604 = select i1 %603, float %526, float 0xFFF0000000000000
	%605 = shl i32 %16, 1
	%606 = add i32 16, %605
	%607 = add i32 %220, %606
	%608 = icmp slt i32 %607, %N
	%609 = select i1 %608, float %527, float 0xFFF0000000000000
	%610 = shl i32 %16, 1
	%611 = add i32 17, %610
	%612 = add i32 %220, %611
	%613 = icmp slt i32 %612, %N
	%614 = select i1 %613, float %528, float 0xFFF0000000000000
	%615 = shl i32 %16, 1
	%616 = add i32 16, %615
	%617 = add i32 %220, %616
	%618 = icmp slt i32 %617, %N
	%619 = select i1 %618, float %529, float 0xFFF0000000000000
	%620 = shl i32 %16, 1
	%621 = add i32 17, %620
	%622 = add i32 %220, %621
	%623 = icmp slt i32 %622, %N
	%624 = select i1 %623, float %530, float 0xFFF0000000000000
	%625 = shl i32 %16, 1
	%626 = add i32 24, %625
	%627 = add i32 %220, %626
	%628 = icmp slt i32 %627, %N
	%629 = select i1 %628, float %531, float 0xFFF0000000000000
	%630 = shl i32 %16, 1
	%631 = add i32 25, %630
	%632 = add i32 %220, %631
	%633 = icmp slt i32 %632, %N
	%634 = select i1 %633, float %532, float 0xFFF0000000000000
	%635 = shl i32 %16, 1
	%636 = add i32 24, %635
	%637 = add i32 %220, %636
	%638 = icmp slt i32 %637, %N
	%639 = select i1 %638, float %533, float 0xFFF0000000000000
	%640 = shl i32 %16, 1
	%641 = add i32 25, %640
	%642 = add i32 %220, %641
	%643 = icmp slt i32 %642, %N
	%644 = select i1 %643, float %534, float 0xFFF0000000000000
	%645 = shl i32 %16, 1
	%646 = add i32 32, %645
	%647 = add i32 %220, %646
	%648 = icmp slt i32 %647, %N
	%649 = select i1 %648, float %535, float 0xFFF0000000000000
	%650 = shl i32 %16, 1
	%651 = add i32 33, %650
	%652 = add i32 %220, %651
	%653 = icmp slt i32 %652, %N
	%654 = select i1 %653, float %536, float 0xFFF0000000000000
	%655 = shl i32 %16, 1
	%656 = add i32 32, %655
	%657 = add i32 %220, %656
	%658 = icmp slt i32 %657, %N
	%659 = select i1 %658, float %537, float 0xFFF0000000000000
	%660 = shl i32 %16, 1
	%661 = add i32 33, %660
	%662 = add i32 %220, %661
	%663 = icmp slt i32 %662, %N
	%664 = select i1 %663, float %538, float 0xFFF0000000000000
	%665 = shl i32 %16, 1
	%666 = add i32 40, %665
	%667 = add i32 %220, %666
	%668 = icmp slt i32 %667, %N
	%669 = select i1 %668, float %539, float 0xFFF0000000000000
	%670 = shl i32 %16, 1
	%671 = add i32 41, %670
	%672 = add i32 %220, %671
	%673 = icmp slt i32 %672, %N
	%674 = select i1 %673, float %540, float 0xFFF0000000000000
	%675 = shl i32 %16, 1
	%676 = add i32 40, %675
	%677 = add i32 %220, %676
	%678 = icmp slt i32 %677, %N
	%679 = select i1 %678, float %541, float 0xFFF0000000000000
	%680 = shl i32 %16, 1
	%681 = add i32 41, %680
	%682 = add i32 %220, %681
	%683 = icmp slt i32 %682, %N
	%684 = select i1 %683, float %542, float 0xFFF0000000000000
	%685 = shl i32 %16, 1
	%686 = add i32 48, %685
	%687 = add i32 %220, %686
	%688 = icmp slt i32 %687, %N
	%689 = select i1 %688, float %543, float 0xFFF0000000000000
	%690 = shl i32 %16, 1
	%691 = add i32 49, %690
	%692 = add i32 %220, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, float %544, float 0xFFF0000000000000
	%695 = shl i32 %16, 1
	%696 = add i32 48, %695
	%697 = add i32 %220, %696
	%698 = icmp slt i32 %697, %N
	%699 = select i1 %698, float %545, float 0xFFF0000000000000
	%700 = shl i32 %16, 1
	%701 = add i32 49, %700
	%702 = add i32 %220, %701
	%703 = icmp slt i32 %702, %N
	%704 = select i1 %703, float %546, float 0xFFF0000000000000
	%705 = shl i32 %16, 1
	%706 = add i32 56, %705
	%707 = add i32 %220, %706
	%708 = icmp slt i32 %707, %N
	%709 = select i1 %708, float %547, float 0xFFF0000000000000
	%710 = shl i32 %16, 1
	%711 = add i32 57, %710
	%712 = add i32 %220, %711
	%713 = icmp slt i32 %712, %N
	%714 = select i1 %713, float %548, float 0xFFF0000000000000
	%715 = shl i32 %16, 1
	%716 = add i32 56, %715
	%717 = add i32 %220, %716
	%718 = icmp slt i32 %717, %N
	%719 = select i1 %718, float %549, float 0xFFF0000000000000
	%720 = shl i32 %16, 1
	%721 = add i32 57, %720
	%722 = add i32 %220, %721
	%723 = icmp slt i32 %722, %N
	%724 = select i1 %723, float %550, float 0xFFF0000000000000
	br label %softmax

softmax:
	%725 = phi float [ %519, %body ], [ %569, %partial ]
	%726 = phi float [ %520, %body ], [ %574, %partial ]
	%727 = phi float [ %521, %body ], [ %579, %partial ]
	%728 = phi float [ %522, %body ], [ %584, %partial ]
	%729 = phi float [ %523, %body ], [ %589, %partial ]
	%730 = phi float [ %524, %body ], [ %594, %partial ]
	%731 = phi float [ %525, %body ], [ %599, %partial ]
	%732 = phi float [ %526, %body ], [ %604, %partial ]
	%733 = phi float [ %527, %body ], [ %609, %partial ]
	%734 = phi float [ %528, %body ], [ %614, %partial ]
	%735 = phi float [ %529, %body ], [ %619, %partial ]
	%736 = phi float [ %530, %body ], [ %624, %partial ]
	%737 = phi float [ %531, %body ], [ %629, %partial ]
	%738 = phi float [ %532, %body ], [ %634, %partial ]
	%739 = phi float [ %533, %body ], [ %639, %partial ]
	%740 = phi float [ %534, %body ], [ %644, %partial ]
	%741 = phi float [ %535, %body ], [ %649, %partial ]
	%742 = phi float [ %536, %body ], [ %654, %partial ]
	%743 = phi float [ %537, %body ], [ %659, %partial ]
	%744 = phi float [ %538, %body ], [ %664, %partial ]
	%745 = phi float [ %539, %body ], [ %669, %partial ]
	%746 = phi float [ %540, %body ], [ %674, %partial ]
	%747 = phi float [ %541, %body ], [ %679, %partial ]
	%748 = phi float [ %542, %body ], [ %684, %partial ]
	%749 = phi float [ %543, %body ], [ %689, %partial ]
	%750 = phi float [ %544, %body ], [ %694, %partial ]
	%751 = phi float [ %545, %body ], [ %699, %partial ]
	%752 = phi float [ %546, %body ], [ %704, %partial ]
	%753 = phi float [ %547, %body ], [ %709, %partial ]
	%754 = phi float [ %548, %body ], [ %714, %partial ]
	%755 = phi float [ %549, %body ], [ %719, %partial ]
	%756 = phi float [ %550, %body ], [ %724, %partial ]
	%757 = call float @llvm.nvvm.fmax.f(float %725, float %726)
	%758 = call float @llvm.nvvm.fmax.f(float %729, float %730)
	%759 = call float @llvm.nvvm.fmax.f(float %733, float %734)
	%760 = call float @llvm.nvvm.fmax.f(float %737, float %738)
	%761 = call float @llvm.nvvm.fmax.f(float %741, float %742)
	%762 = call float @llvm.nvvm.fmax.f(float %745, float %746)
	%763 = call float @llvm.nvvm.fmax.f(float %749, float %750)
	%764 = call float @llvm.nvvm.fmax.f(float %753, float %754)
	%765 = call float @llvm.nvvm.fmax.f(float %757, float %758)
	%766 = call float @llvm.nvvm.fmax.f(float %759, float %760)
	%767 = call float @llvm.nvvm.fmax.f(float %761, float %762)
	%768 = call float @llvm.nvvm.fmax.f(float %763, float %764)
	%769 = call float @llvm.nvvm.fmax.f(float %765, float %766)
	%770 = call float @llvm.nvvm.fmax.f(float %767, float %768)
	%771 = call float @llvm.nvvm.fmax.f(float %769, float %770)
	%772 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %771, i32 1, i32 31)
	%773 = call float @llvm.nvvm.fmax.f(float %771, float %772)
	%774 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %773, i32 2, i32 31)
	%775 = call float @llvm.nvvm.fmax.f(float %773, float %774)
	%776 = fmul float %775, 0x3FC7154760000000
	%777 = call float @llvm.nvvm.fmax.f(float %216, float %776)
	%778 = fadd float %216, 8.0
	%779 = fcmp ogt float %777, %778
	%780 = or i1 false, %779
	%781 = call float @llvm.nvvm.fmax.f(float %727, float %728)
	%782 = call float @llvm.nvvm.fmax.f(float %731, float %732)
	%783 = call float @llvm.nvvm.fmax.f(float %735, float %736)
	%784 = call float @llvm.nvvm.fmax.f(float %739, float %740)
	%785 = call float @llvm.nvvm.fmax.f(float %743, float %744)
	%786 = call float @llvm.nvvm.fmax.f(float %747, float %748)
	%787 = call float @llvm.nvvm.fmax.f(float %751, float %752)
	%788 = call float @llvm.nvvm.fmax.f(float %755, float %756)
	%789 = call float @llvm.nvvm.fmax.f(float %781, float %782)
	%790 = call float @llvm.nvvm.fmax.f(float %783, float %784)
	%791 = call float @llvm.nvvm.fmax.f(float %785, float %786)
	%792 = call float @llvm.nvvm.fmax.f(float %787, float %788)
	%793 = call float @llvm.nvvm.fmax.f(float %789, float %790)
	%794 = call float @llvm.nvvm.fmax.f(float %791, float %792)
	%795 = call float @llvm.nvvm.fmax.f(float %793, float %794)
	%796 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %795, i32 1, i32 31)
	%797 = call float @llvm.nvvm.fmax.f(float %795, float %796)
	%798 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %797, i32 2, i32 31)
	%799 = call float @llvm.nvvm.fmax.f(float %797, float %798)
	%800 = fmul float %799, 0x3FC7154760000000
	%801 = call float @llvm.nvvm.fmax.f(float %218, float %800)
	%802 = fadd float %218, 8.0
	%803 = fcmp ogt float %801, %802
	%804 = or i1 %780, %803
	%805 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %804)
	br i1 %805, label %806, label %849

806:
	%807 = fcmp oeq float %777, 0xFFF0000000000000
	%808 = select i1 %807, float 0.0, float %777
	%809 = fsub float %216, %808
	%810 = call float @llvm.nvvm.ex2.approx.ftz.f(float %809)
	%811 = fcmp oeq float %801, 0xFFF0000000000000
	%812 = select i1 %811, float 0.0, float %801
	%813 = fsub float %218, %812
	%814 = call float @llvm.nvvm.ex2.approx.ftz.f(float %813)
	%815 = fmul float %184, %810
	%816 = fmul float %185, %810
	%817 = fmul float %186, %814
	%818 = fmul float %187, %814
	%819 = fmul float %188, %810
	%820 = fmul float %189, %810
	%821 = fmul float %190, %814
	%822 = fmul float %191, %814
	%823 = fmul float %192, %810
	%824 = fmul float %193, %810
	%825 = fmul float %194, %814
	%826 = fmul float %195, %814
	%827 = fmul float %196, %810
	%828 = fmul float %197, %810
	%829 = fmul float %198, %814
	%830 = fmul float %199, %814
	%831 = fmul float %200, %810
	%832 = fmul float %201, %810
	%833 = fmul float %202, %814
	%834 = fmul float %203, %814
	%835 = fmul float %204, %810
	%836 = fmul float %205, %810
	%837 = fmul float %206, %814
	%838 = fmul float %207, %814
	%839 = fmul float %208, %810
	%840 = fmul float %209, %810
	%841 = fmul float %210, %814
	%842 = fmul float %211, %814
	%843 = fmul float %212, %810
	%844 = fmul float %213, %810
	%845 = fmul float %214, %814
	%846 = fmul float %215, %814
	%847 = fmul float %217, %810
	%848 = fmul float %219, %814
	br label %849

849:
	%850 = phi float [ %184, %softmax ], [ %815, %806 ]
	%851 = phi float [ %185, %softmax ], [ %816, %806 ]
	%852 = phi float [ %186, %softmax ], [ %817, %806 ]
	%853 = phi float [ %187, %softmax ], [ %818, %806 ]
	%854 = phi float [ %188, %softmax ], [ %819, %806 ]
	%855 = phi float [ %189, %softmax ], [ %820, %806 ]
	%856 = phi float [ %190, %softmax ], [ %821, %806 ]
	%857 = phi float [ %191, %softmax ], [ %822, %806 ]
	%858 = phi float [ %192, %softmax ], [ %823, %806 ]
	%859 = phi float [ %193, %softmax ], [ %824, %806 ]
	%860 = phi float [ %194, %softmax ], [ %825, %806 ]
	%861 = phi float [ %195, %softmax ], [ %826, %806 ]
	%862 = phi float [ %196, %softmax ], [ %827, %806 ]
	%863 = phi float [ %197, %softmax ], [ %828, %806 ]
	%864 = phi float [ %198, %softmax ], [ %829, %806 ]
	%865 = phi float [ %199, %softmax ], [ %830, %806 ]
	%866 = phi float [ %200, %softmax ], [ %831, %806 ]
	%867 = phi float [ %201, %softmax ], [ %832, %806 ]
	%868 = phi float [ %202, %softmax ], [ %833, %806 ]
	%869 = phi float [ %203, %softmax ], [ %834, %806 ]
	%870 = phi float [ %204, %softmax ], [ %835, %806 ]
	%871 = phi float [ %205, %softmax ], [ %836, %806 ]
	%872 = phi float [ %206, %softmax ], [ %837, %806 ]
	%873 = phi float [ %207, %softmax ], [ %838, %806 ]
	%874 = phi float [ %208, %softmax ], [ %839, %806 ]
	%875 = phi float [ %209, %softmax ], [ %840, %806 ]
	%876 = phi float [ %210, %softmax ], [ %841, %806 ]
	%877 = phi float [ %211, %softmax ], [ %842, %806 ]
	%878 = phi float [ %212, %softmax ], [ %843, %806 ]
	%879 = phi float [ %213, %softmax ], [ %844, %806 ]
	%880 = phi float [ %214, %softmax ], [ %845, %806 ]
	%881 = phi float [ %215, %softmax ], [ %846, %806 ]
	%882 = phi float [ %217, %softmax ], [ %847, %806 ]
	%883 = phi float [ %219, %softmax ], [ %848, %806 ]
	%884 = select i1 %805, float %777, float %216
	%885 = fcmp oeq float %884, 0xFFF0000000000000
	%886 = select i1 %885, float 0.0, float %884
	%887 = fneg float %886
	%888 = call float @llvm.fma.f32(float %725, float 0x3FC7154760000000, float %887)
	%889 = call float @llvm.nvvm.ex2.approx.ftz.f(float %888)
	%890 = call float @llvm.fma.f32(float %726, float 0x3FC7154760000000, float %887)
	%891 = call float @llvm.nvvm.ex2.approx.ftz.f(float %890)
	%892 = call float @llvm.fma.f32(float %729, float 0x3FC7154760000000, float %887)
	%893 = call float @llvm.nvvm.ex2.approx.ftz.f(float %892)
	%894 = call float @llvm.fma.f32(float %730, float 0x3FC7154760000000, float %887)
	%895 = call float @llvm.nvvm.ex2.approx.ftz.f(float %894)
	%896 = call float @llvm.fma.f32(float %733, float 0x3FC7154760000000, float %887)
	%897 = call float @llvm.nvvm.ex2.approx.ftz.f(float %896)
	%898 = call float @llvm.fma.f32(float %734, float 0x3FC7154760000000, float %887)
	%899 = call float @llvm.nvvm.ex2.approx.ftz.f(float %898)
	%900 = call float @llvm.fma.f32(float %737, float 0x3FC7154760000000, float %887)
	%901 = call float @llvm.nvvm.ex2.approx.ftz.f(float %900)
	%902 = call float @llvm.fma.f32(float %738, float 0x3FC7154760000000, float %887)
	%903 = call float @llvm.nvvm.ex2.approx.ftz.f(float %902)
	%904 = call float @llvm.fma.f32(float %741, float 0x3FC7154760000000, float %887)
	%905 = call float @llvm.nvvm.ex2.approx.ftz.f(float %904)
	%906 = call float @llvm.fma.f32(float %742, float 0x3FC7154760000000, float %887)
	%907 = call float @llvm.nvvm.ex2.approx.ftz.f(float %906)
	%908 = call float @llvm.fma.f32(float %745, float 0x3FC7154760000000, float %887)
	%909 = call float @llvm.nvvm.ex2.approx.ftz.f(float %908)
	%910 = call float @llvm.fma.f32(float %746, float 0x3FC7154760000000, float %887)
	%911 = call float @llvm.nvvm.ex2.approx.ftz.f(float %910)
	%912 = call float @llvm.fma.f32(float %749, float 0x3FC7154760000000, float %887)
	%913 = call float @llvm.nvvm.ex2.approx.ftz.f(float %912)
	%914 = call float @llvm.fma.f32(float %750, float 0x3FC7154760000000, float %887)
	%915 = call float @llvm.nvvm.ex2.approx.ftz.f(float %914)
	%916 = call float @llvm.fma.f32(float %753, float 0x3FC7154760000000, float %887)
	%917 = call float @llvm.nvvm.ex2.approx.ftz.f(float %916)
	%918 = call float @llvm.fma.f32(float %754, float 0x3FC7154760000000, float %887)
	%919 = call float @llvm.nvvm.ex2.approx.ftz.f(float %918)
	%920 = fadd float %889, %891
	%921 = fadd float %893, %895
	%922 = fadd float %897, %899
	%923 = fadd float %901, %903
	%924 = fadd float %905, %907
	%925 = fadd float %909, %911
	%926 = fadd float %913, %915
	%927 = fadd float %917, %919
	%928 = fadd float %920, %921
	%929 = fadd float %922, %923
	%930 = fadd float %924, %925
	%931 = fadd float %926, %927
	%932 = fadd float %928, %929
	%933 = fadd float %930, %931
	%934 = fadd float %932, %933
	%935 = fadd float %882, %934
	%936 = select i1 %805, float %801, float %218
	%937 = fcmp oeq float %936, 0xFFF0000000000000
	%938 = select i1 %937, float 0.0, float %936
	%939 = fneg float %938
	%940 = call float @llvm.fma.f32(float %727, float 0x3FC7154760000000, float %939)
	%941 = call float @llvm.nvvm.ex2.approx.ftz.f(float %940)
	%942 = call float @llvm.fma.f32(float %728, float 0x3FC7154760000000, float %939)
	%943 = call float @llvm.nvvm.ex2.approx.ftz.f(float %942)
	%944 = call float @llvm.fma.f32(float %731, float 0x3FC7154760000000, float %939)
	%945 = call float @llvm.nvvm.ex2.approx.ftz.f(float %944)
	%946 = call float @llvm.fma.f32(float %732, float 0x3FC7154760000000, float %939)
	%947 = call float @llvm.nvvm.ex2.approx.ftz.f(float %946)
	%948 = call float @llvm.fma.f32(float %735, float 0x3FC7154760000000, float %939)
	%949 = call float @llvm.nvvm.ex2.approx.ftz.f(float %948)
	%950 = call float @llvm.fma.f32(float %736, float 0x3FC7154760000000, float %939)
	%951 = call float @llvm.nvvm.ex2.approx.ftz.f(float %950)
	%952 = call float @llvm.fma.f32(float %739, float 0x3FC7154760000000, float %939)
	%953 = call float @llvm.nvvm.ex2.approx.ftz.f(float %952)
	%954 = call float @llvm.fma.f32(float %740, float 0x3FC7154760000000, float %939)
	%955 = call float @llvm.nvvm.ex2.approx.ftz.f(float %954)
	%956 = call float @llvm.fma.f32(float %743, float 0x3FC7154760000000, float %939)
	%957 = call float @llvm.nvvm.ex2.approx.ftz.f(float %956)
	%958 = call float @llvm.fma.f32(float %744, float 0x3FC7154760000000, float %939)
	%959 = call float @llvm.nvvm.ex2.approx.ftz.f(float %958)
	%960 = call float @llvm.fma.f32(float %747, float 0x3FC7154760000000, float %939)
	%961 = call float @llvm.nvvm.ex2.approx.ftz.f(float %960)
	%962 = call float @llvm.fma.f32(float %748, float 0x3FC7154760000000, float %939)
	%963 = call float @llvm.nvvm.ex2.approx.ftz.f(float %962)
	%964 = call float @llvm.fma.f32(float %751, float 0x3FC7154760000000, float %939)
	%965 = call float @llvm.nvvm.ex2.approx.ftz.f(float %964)
	%966 = call float @llvm.fma.f32(float %752, float 0x3FC7154760000000, float %939)
	%967 = call float @llvm.nvvm.ex2.approx.ftz.f(float %966)
	%968 = call float @llvm.fma.f32(float %755, float 0x3FC7154760000000, float %939)
	%969 = call float @llvm.nvvm.ex2.approx.ftz.f(float %968)
	%970 = call float @llvm.fma.f32(float %756, float 0x3FC7154760000000, float %939)
	%971 = call float @llvm.nvvm.ex2.approx.ftz.f(float %970)
	%972 = fadd float %941, %943
	%973 = fadd float %945, %947
	%974 = fadd float %949, %951
	%975 = fadd float %953, %955
	%976 = fadd float %957, %959
	%977 = fadd float %961, %963
	%978 = fadd float %965, %967
	%979 = fadd float %969, %971
	%980 = fadd float %972, %973
	%981 = fadd float %974, %975
	%982 = fadd float %976, %977
	%983 = fadd float %978, %979
	%984 = fadd float %980, %981
	%985 = fadd float %982, %983
	%986 = fadd float %984, %985
	%987 = fadd float %883, %986
	%988 = and i32 %11, 7
	%989 = lshr i32 %11, 3
	%990 = and i32 %989, 1
	%991 = shl i32 %990, 3
	%992 = add i32 %988, %991
	%993 = mul i32 %992, 128
	%994 = add i32 %1, %993
	%995 = and i32 %11, 7
	%996 = xor i32 %110, %995
	%997 = shl i32 %996, 4
	%998 = add i32 %994, %997
	%999 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %891, float %889)
	%1000 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %943, float %941)
	%1001 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %895, float %893)
	%1002 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %947, float %945)
	%1003 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %899, float %897)
	%1004 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %951, float %949)
	%1005 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %903, float %901)
	%1006 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %955, float %953)
	%1007 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %907, float %905)
	%1008 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %959, float %957)
	%1009 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %911, float %909)
	%1010 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %963, float %961)
	%1011 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %915, float %913)
	%1012 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %967, float %965)
	%1013 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %919, float %917)
	%1014 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %971, float %969)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1015 = add i32 %224, 0
	%1016 = zext i32 %1015 to i64
	%1017 = or i64 %1016, u0x4000004002000000
	%1018 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %850, float %851, float %852, float %853, float %854, float %855, float %856, float %857, float %858, float %859, float %860, float %861, float %862, float %863, float %864, float %865, float %866, float %867, float %868, float %869, float %870, float %871, float %872, float %873, float %874, float %875, float %876, float %877, float %878, float %879, float %880, float %881, i32 %999, i32 %1000, i32 %1001, i32 %1002, i64 %1017, i32 1)
	%1019 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 0
	%1020 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 1
	%1021 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 2
	%1022 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 3
	%1023 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 4
	%1024 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 5
	%1025 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 6
	%1026 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 7
	%1027 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 8
	%1028 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 9
	%1029 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 10
	%1030 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 11
	%1031 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 12
	%1032 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 13
	%1033 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 14
	%1034 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 15
	%1035 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 16
	%1036 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 17
	%1037 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 18
	%1038 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 19
	%1039 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 20
	%1040 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 21
	%1041 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 22
	%1042 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 23
	%1043 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 24
	%1044 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 25
	%1045 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 26
	%1046 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 27
	%1047 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 28
	%1048 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 29
	%1049 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 30
	%1050 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1018, 31
	%1051 = add i32 %224, 128
	%1052 = zext i32 %1051 to i64
	%1053 = or i64 %1052, u0x4000004002000000
	%1054 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1019, float %1020, float %1021, float %1022, float %1023, float %1024, float %1025, float %1026, float %1027, float %1028, float %1029, float %1030, float %1031, float %1032, float %1033, float %1034, float %1035, float %1036, float %1037, float %1038, float %1039, float %1040, float %1041, float %1042, float %1043, float %1044, float %1045, float %1046, float %1047, float %1048, float %1049, float %1050, i32 %1003, i32 %1004, i32 %1005, i32 %1006, i64 %1053, i32 1)
	%1055 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 0
	%1056 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 1
	%1057 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 2
	%1058 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 3
	%1059 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 4
	%1060 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 5
	%1061 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 6
	%1062 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 7
	%1063 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 8
	%1064 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 9
	%1065 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 10
	%1066 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 11
	%1067 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 12
	%1068 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 13
	%1069 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 14
	%1070 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 15
	%1071 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 16
	%1072 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 17
	%1073 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 18
	%1074 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 19
	%1075 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 20
	%1076 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 21
	%1077 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 22
	%1078 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 23
	%1079 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 24
	%1080 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 25
	%1081 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 26
	%1082 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 27
	%1083 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 28
	%1084 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 29
	%1085 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 30
	%1086 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1054, 31
	%1087 = add i32 %224, 256
	%1088 = zext i32 %1087 to i64
	%1089 = or i64 %1088, u0x4000004002000000
	%1090 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1055, float %1056, float %1057, float %1058, float %1059, float %1060, float %1061, float %1062, float %1063, float %1064, float %1065, float %1066, float %1067, float %1068, float %1069, float %1070, float %1071, float %1072, float %1073, float %1074, float %1075, float %1076, float %1077, float %1078, float %1079, float %1080, float %1081, float %1082, float %1083, float %1084, float %1085, float %1086, i32 %1007, i32 %1008, i32 %1009, i32 %1010, i64 %1089, i32 1)
	%1091 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 0
	%1092 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 1
	%1093 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 2
	%1094 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 3
	%1095 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 4
	%1096 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 5
	%1097 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 6
	%1098 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 7
	%1099 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 8
	%1100 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 9
	%1101 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 10
	%1102 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 11
	%1103 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 12
	%1104 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 13
	%1105 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 14
	%1106 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 15
	%1107 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 16
	%1108 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 17
	%1109 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 18
	%1110 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 19
	%1111 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 20
	%1112 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 21
	%1113 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 22
	%1114 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 23
	%1115 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 24
	%1116 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 25
	%1117 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 26
	%1118 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 27
	%1119 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 28
	%1120 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 29
	%1121 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 30
	%1122 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1090, 31
	%1123 = add i32 %224, 384
	%1124 = zext i32 %1123 to i64
	%1125 = or i64 %1124, u0x4000004002000000
	%1126 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1091, float %1092, float %1093, float %1094, float %1095, float %1096, float %1097, float %1098, float %1099, float %1100, float %1101, float %1102, float %1103, float %1104, float %1105, float %1106, float %1107, float %1108, float %1109, float %1110, float %1111, float %1112, float %1113, float %1114, float %1115, float %1116, float %1117, float %1118, float %1119, float %1120, float %1121, float %1122, i32 %1011, i32 %1012, i32 %1013, i32 %1014, i64 %1125, i32 1)
	%1127 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 0
	%1128 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 1
	%1129 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 2
	%1130 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 3
	%1131 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 4
	%1132 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 5
	%1133 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 6
	%1134 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 7
	%1135 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 8
	%1136 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 9
	%1137 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 10
	%1138 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 11
	%1139 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 12
	%1140 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 13
	%1141 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 14
	%1142 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 15
	%1143 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 16
	%1144 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 17
	%1145 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 18
	%1146 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 19
	%1147 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 20
	%1148 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 21
	%1149 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 22
	%1150 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 23
	%1151 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 24
	%1152 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 25
	%1153 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 26
	%1154 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 27
	%1155 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 28
	%1156 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 29
	%1157 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 30
	%1158 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1126, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%1179 = call float asm sideeffect "", "=f,0"(float %1147)
	%1180 = call float asm sideeffect "", "=f,0"(float %1148)
	%1181 = call float asm sideeffect "", "=f,0"(float %1149)
	%1182 = call float asm sideeffect "", "=f,0"(float %1150)
	%1183 = call float asm sideeffect "", "=f,0"(float %1151)
	%1184 = call float asm sideeffect "", "=f,0"(float %1152)
	%1185 = call float asm sideeffect "", "=f,0"(float %1153)
	%1186 = call float asm sideeffect "", "=f,0"(float %1154)
	%1187 = call float asm sideeffect "", "=f,0"(float %1155)
	%1188 = call float asm sideeffect "", "=f,0"(float %1156)
	%1189 = call float asm sideeffect "", "=f,0"(float %1157)
	%1190 = call float asm sideeffect "", "=f,0"(float %1158)
	br i1 %233, label %loop, label %epilogue

store0:
	%1191 = mul i32 %32, %M
	%1192 = add i32 %1191, %279
	%1193 = mul i32 %1192, 64
	%1194 = shl i32 %16, 1
	%1195 = add i32 0, %1194
	%1196 = add i32 %1193, %1195
	%1197 = sext i32 %1196 to i64
	%1198 = getelementptr float, float* %out, i64 %1197
	store float %280, float* %1198
	%1199 = getelementptr float, float* %1198, i32 1
	store float %281, float* %1199
	%1200 = shl i32 %16, 1
	%1201 = add i32 8, %1200
	%1202 = add i32 %1193, %1201
	%1203 = sext i32 %1202 to i64
	%1204 = getelementptr float, float* %out, i64 %1203
	store float %282, float* %1204
	%1205 = getelementptr float, float* %1204, i32 1
	store float %283, float* %1205
	%1206 = shl i32 %16, 1
	%1207 = add i32 16, %1206
	%1208 = add i32 %1193, %1207
	%1209 = sext i32 %1208 to i64
	%1210 = getelementptr float, float* %out, i64 %1209
	store float %284, float* %1210
	%1211 = getelementptr float, float* %1210, i32 1
	store float %285, float* %1211
	%1212 = shl i32 %16, 1
	%1213 = add i32 24, %1212
	%1214 = add i32 %1193, %1213
	%1215 = sext i32 %1214 to i64
	%1216 = getelementptr float, float* %out, i64 %1215
	store float %286, float* %1216
	%1217 = getelementptr float, float* %1216, i32 1
	store float %287, float* %1217
	%1218 = shl i32 %16, 1
	%1219 = add i32 32, %1218
	%1220 = add i32 %1193, %1219
	%1221 = sext i32 %1220 to i64
	%1222 = getelementptr float, float* %out, i64 %1221
	store float %288, float* %1222
	%1223 = getelementptr float, float* %1222, i32 1
	store float %289, float* %1223
	%1224 = shl i32 %16, 1
	%1225 = add i32 40, %1224
	%1226 = add i32 %1193, %1225
	%1227 = sext i32 %1226 to i64
	%1228 = getelementptr float, float* %out, i64 %1227
	store float %290, float* %1228
	%1229 = getelementptr float, float* %1228, i32 1
	store float %291, float* %1229
	%1230 = shl i32 %16, 1
	%1231 = add i32 48, %1230
	%1232 = add i32 %1193, %1231
	%1233 = sext i32 %1232 to i64
	%1234 = getelementptr float, float* %out, i64 %1233
	store float %292, float* %1234
	%1235 = getelementptr float, float* %1234, i32 1
	store float %293, float* %1235
	%1236 = shl i32 %16, 1
	%1237 = add i32 56, %1236
	%1238 = add i32 %1193, %1237
	%1239 = sext i32 %1238 to i64
	%1240 = getelementptr float, float* %out, i64 %1239
	store float %294, float* %1240
	%1241 = getelementptr float, float* %1240, i32 1
	store float %295, float* %1241
	br label %stored0

stored0:
	%1242 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %235, i32 1, i32 31)
	%1243 = fadd float %235, %1242
	%1244 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1243, i32 2, i32 31)
	%1245 = fadd float %1243, %1244
	%1246 = fcmp ogt float %1245, 0.0
	%1247 = fdiv float 1.0, %1245
	%1248 = select i1 %1246, float %1247, float 0.0
	%1249 = mul i32 %10, 16
	%1250 = add i32 %34, %1249
	%1251 = add i32 %15, 8
	%1252 = add i32 %1250, %1251
	%1253 = fmul float %239, %1248
	%1254 = fmul float %240, %1248
	%1255 = fmul float %243, %1248
	%1256 = fmul float %244, %1248
	%1257 = fmul float %247, %1248
	%1258 = fmul float %248, %1248
	%1259 = fmul float %251, %1248
	%1260 = fmul float %252, %1248
	%1261 = fmul float %255, %1248
	%1262 = fmul float %256, %1248
	%1263 = fmul float %259, %1248
	%1264 = fmul float %260, %1248
	%1265 = fmul float %263, %1248
	%1266 = fmul float %264, %1248
	%1267 = fmul float %267, %1248
	%1268 = fmul float %268, %1248
	%1269 = icmp slt i32 %1252, %M
	br i1 %1269, label %store1, label %stored1

store1:
	%1270 = mul i32 %32, %M
	%1271 = add i32 %1270, %1252
	%1272 = mul i32 %1271, 64
	%1273 = shl i32 %16, 1
	%1274 = add i32 0, %1273
	%1275 = add i32 %1272, %1274
	%1276 = sext i32 %1275 to i64
	%1277 = getelementptr float, float* %out, i64 %1276
	store float %1253, float* %1277
	%1278 = getelementptr float, float* %1277, i32 1
	store float %1254, float* %1278
	%1279 = shl i32 %16, 1
	%1280 = add i32 8, %1279
	%1281 = add i32 %1272, %1280
	%1282 = sext i32 %1281 to i64
	%1283 = getelementptr float, float* %out, i64 %1282
	store float %1255, float* %1283
	%1284 = getelementptr float, float* %1283, i32 1
	store float %1256, float* %1284
	%1285 = shl i32 %16, 1
	%1286 = add i32 16, %1285
	%1287 = add i32 %1272, %1286
	%1288 = sext i32 %1287 to i64
	%1289 = getelementptr float, float* %out, i64 %1288
	store float %1257, float* %1289
	%1290 = getelementptr float, float* %1289, i32 1
	store float %1258, float* %1290
	%1291 = shl i32 %16, 1
	%1292 = add i32 24, %1291
	%1293 = add i32 %1272, %1292
	%1294 = sext i32 %1293 to i64
	%1295 = getelementptr float, float* %out, i64 %1294
	store float %1259, float* %1295
	%1296 = getelementptr float, float* %1295, i32 1
	store float %1260, float* %1296
	%1297 = shl i32 %16, 1
	%1298 = add i32 32, %1297
	%1299 = add i32 %1272, %1298
	%1300 = sext i32 %1299 to i64
	%1301 = getelementptr float, float* %out, i64 %1300
	store float %1261, float* %1301
	%1302 = getelementptr float, float* %1301, i32 1
	store float %1262, float* %1302
	%1303 = shl i32 %16, 1
	%1304 = add i32 40, %1303
	%1305 = add i32 %1272, %1304
	%1306 = sext i32 %1305 to i64
	%1307 = getelementptr float, float* %out, i64 %1306
	store float %1263, float* %1307
	%1308 = getelementptr float, float* %1307, i32 1
	store float %1264, float* %1308
	%1309 = shl i32 %16, 1
	%1310 = add i32 48, %1309
	%1311 = add i32 %1272, %1310
	%1312 = sext i32 %1311 to i64
	%1313 = getelementptr float, float* %out, i64 %1312
	store float %1265, float* %1313
	%1314 = getelementptr float, float* %1313, i32 1
	store float %1266, float* %1314
	%1315 = shl i32 %16, 1
	%1316 = add i32 56, %1315
	%1317 = add i32 %1272, %1316
	%1318 = sext i32 %1317 to i64
	%1319 = getelementptr float, float* %out, i64 %1318
	store float %1267, float* %1319
	%1320 = getelementptr float, float* %1319, i32 1
	store float %1268, float* %1320
	br label %stored1

stored1:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @f32out_attn0, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @f32out_attn0, !"minctasm", i32 2}
