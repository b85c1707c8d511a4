define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [49152 x i8] addrspace(3)* @$K_smem to i32
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
	%151 = add i32 %1, u0x4000
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
	%163 = add i32 %151, %162
	%164 = add i32 %N, %152
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
	%182 = phi i32 [ 0, %prologue ], [ %243, %1152 ]
	%183 = phi i32 [ %59, %prologue ], [ %250, %1152 ]
	%184 = phi float [ 0.0, %prologue ], [ %1153, %1152 ]
	%185 = phi float [ 0.0, %prologue ], [ %1154, %1152 ]
	%186 = phi float [ 0.0, %prologue ], [ %1155, %1152 ]
	%187 = phi float [ 0.0, %prologue ], [ %1156, %1152 ]
	%188 = phi float [ 0.0, %prologue ], [ %1157, %1152 ]
	%189 = phi float [ 0.0, %prologue ], [ %1158, %1152 ]
	%190 = phi float [ 0.0, %prologue ], [ %1159, %1152 ]
	%191 = phi float [ 0.0, %prologue ], [ %1160, %1152 ]
	%192 = phi float [ 0.0, %prologue ], [ %1161, %1152 ]
	%193 = phi float [ 0.0, %prologue ], [ %1162, %1152 ]
	%194 = phi float [ 0.0, %prologue ], [ %1163, %1152 ]
	%195 = phi float [ 0.0, %prologue ], [ %1164, %1152 ]
	%196 = phi float [ 0.0, %prologue ], [ %1165, %1152 ]
	%197 = phi float [ 0.0, %prologue ], [ %1166, %1152 ]
	%198 = phi float [ 0.0, %prologue ], [ %1167, %1152 ]
	%199 = phi float [ 0.0, %prologue ], [ %1168, %1152 ]
	%200 = phi float [ 0.0, %prologue ], [ %1169, %1152 ]
	%201 = phi float [ 0.0, %prologue ], [ %1170, %1152 ]
	%202 = phi float [ 0.0, %prologue ], [ %1171, %1152 ]
	%203 = phi float [ 0.0, %prologue ], [ %1172, %1152 ]
	%204 = phi float [ 0.0, %prologue ], [ %1173, %1152 ]
	%205 = phi float [ 0.0, %prologue ], [ %1174, %1152 ]
	%206 = phi float [ 0.0, %prologue ], [ %1175, %1152 ]
	%207 = phi float [ 0.0, %prologue ], [ %1176, %1152 ]
	%208 = phi float [ 0.0, %prologue ], [ %1177, %1152 ]
	%209 = phi float [ 0.0, %prologue ], [ %1178, %1152 ]
	%210 = phi float [ 0.0, %prologue ], [ %1179, %1152 ]
	%211 = phi float [ 0.0, %prologue ], [ %1180, %1152 ]
	%212 = phi float [ 0.0, %prologue ], [ %1181, %1152 ]
	%213 = phi float [ 0.0, %prologue ], [ %1182, %1152 ]
	%214 = phi float [ 0.0, %prologue ], [ %1183, %1152 ]
	%215 = phi float [ 0.0, %prologue ], [ %1184, %1152 ]
	%216 = phi float [ 0xFFF0000000000000, %prologue ], [ %983, %1152 ]
	%217 = phi float [ 0.0, %prologue ], [ %1034, %1152 ]
	%218 = phi float [ 0xFFF0000000000000, %prologue ], [ %1035, %1152 ]
	%219 = phi float [ 0.0, %prologue ], [ %1086, %1152 ]
	%220 = phi i32 [ 0, %prologue ], [ %1185, %1152 ]
	%221 = phi i32 [ 0, %prologue ], [ %1186, %1152 ]
	%222 = phi i32 [ 0, %prologue ], [ %1187, %1152 ]
	%223 = phi i32 [ 0, %prologue ], [ %1188, %1152 ]
	%224 = phi i32 [ 0, %prologue ], [ %1189, %1152 ]
	%225 = phi i32 [ 0, %prologue ], [ %1190, %1152 ]
	%226 = phi i32 [ 0, %prologue ], [ %1191, %1152 ]
	%227 = phi i32 [ 0, %prologue ], [ %1192, %1152 ]
	%228 = phi i32 [ 0, %prologue ], [ %1193, %1152 ]
	%229 = phi i32 [ 0, %prologue ], [ %1194, %1152 ]
	%230 = phi i32 [ 0, %prologue ], [ %1195, %1152 ]
	%231 = phi i32 [ 0, %prologue ], [ %1196, %1152 ]
	%232 = phi i32 [ 0, %prologue ], [ %1197, %1152 ]
	%233 = phi i32 [ 0, %prologue ], [ %1198, %1152 ]
	%234 = phi i32 [ 0, %prologue ], [ %1199, %1152 ]
	%235 = phi i32 [ 0, %prologue ], [ %1200, %1152 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%236 = mul i32 %183, 64
	%237 = and i32 %182, 1
	%238 = mul i32 %237, 1024
	%239 = add i32 %6, %238
	%240 = add i32 %8, %238
	%241 = sub i32 1024, %238
	%242 = add i32 %8, %241
	%243 = add i32 %182, 1
	%244 = icmp slt i32 %243, %NK
	%245 = select i1 %244, i32 %243, i32 0
	%246 = add i32 %51, %245
	%247 = sext i32 %246 to i64
	%248 = getelementptr i32, i32* %list, i64 %247
	%249 = load i32, i32* %248
	%250 = select i1 %244, i32 %249, i32 -1
	%251 = icmp sge i32 %250, 0
	%252 = mul i32 %237, u0x4000
	%253 = add i32 %1, %252
	%254 = lshr i32 %9, 3
	%255 = and i32 %9, 7
	%256 = lshr i32 %255, 3
	%257 = mul i32 %256, u0x2000
	%258 = and i32 %255, 7
	%259 = and i32 %254, 7
	%260 = xor i32 %258, %259
	%261 = mul i32 %254, 128
	%262 = shl i32 %260, 4
	%263 = add i32 %261, %262
	%264 = add i32 %257, %263
	%265 = add i32 %253, %264
	%266 = add i32 %236, %254
	%267 = mul i32 %266, 64
	%268 = mul i32 %255, 8
	%269 = add i32 %267, %268
	%270 = sext i32 %269 to i64
	%271 = getelementptr i16, i16* %46, i64 %270
	%272 = add i32 %266, 0
	%273 = icmp slt i32 %272, %N
	%274 = getelementptr i16, i16* %271, i64 0
	%275 = select i1 %273, i16* %274, i16* %46
	%276 = add i32 %265, 0
	%277 = select i1 %273, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %276, i16* %275, i32 %277)
	%278 = add i32 %266, 32
	%279 = icmp slt i32 %278, %N
	%280 = getelementptr i16, i16* %271, i64 2048
	%281 = select i1 %279, i16* %280, i16* %46
	%282 = add i32 %265, u0x1000
	%283 = select i1 %279, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %282, i16* %281, i32 %283)
	br i1 %251, label %prefetch, label %body

epilogue:
	%284 = phi float [ 0.0, %entry ], [ %1034, %drain ]
	%285 = phi float [ 0.0, %entry ], [ %1086, %drain ]
	%286 = phi i32 [ 0, %entry ], [ %243, %drain ]
	%287 = phi float [ 0.0, %entry ], [ %1345, %drain ]
	%288 = phi float [ 0.0, %entry ], [ %1346, %drain ]
	%289 = phi float [ 0.0, %entry ], [ %1347, %drain ]
	%290 = phi float [ 0.0, %entry ], [ %1348, %drain ]
	%291 = phi float [ 0.0, %entry ], [ %1349, %drain ]
	%292 = phi float [ 0.0, %entry ], [ %1350, %drain ]
	%293 = phi float [ 0.0, %entry ], [ %1351, %drain ]
	%294 = phi float [ 0.0, %entry ], [ %1352, %drain ]
	%295 = phi float [ 0.0, %entry ], [ %1353, %drain ]
	%296 = phi float [ 0.0, %entry ], [ %1354, %drain ]
	%297 = phi float [ 0.0, %entry ], [ %1355, %drain ]
	%298 = phi float [ 0.0, %entry ], [ %1356, %drain ]
	%299 = phi float [ 0.0, %entry ], [ %1357, %drain ]
	%300 = phi float [ 0.0, %entry ], [ %1358, %drain ]
	%301 = phi float [ 0.0, %entry ], [ %1359, %drain ]
	%302 = phi float [ 0.0, %entry ], [ %1360, %drain ]
	%303 = phi float [ 0.0, %entry ], [ %1361, %drain ]
	%304 = phi float [ 0.0, %entry ], [ %1362, %drain ]
	%305 = phi float [ 0.0, %entry ], [ %1363, %drain ]
	%306 = phi float [ 0.0, %entry ], [ %1364, %drain ]
	%307 = phi float [ 0.0, %entry ], [ %1365, %drain ]
	%308 = phi float [ 0.0, %entry ], [ %1366, %drain ]
	%309 = phi float [ 0.0, %entry ], [ %1367, %drain ]
	%310 = phi float [ 0.0, %entry ], [ %1368, %drain ]
	%311 = phi float [ 0.0, %entry ], [ %1369, %drain ]
	%312 = phi float [ 0.0, %entry ], [ %1370, %drain ]
	%313 = phi float [ 0.0, %entry ], [ %1371, %drain ]
	%314 = phi float [ 0.0, %entry ], [ %1372, %drain ]
	%315 = phi float [ 0.0, %entry ], [ %1373, %drain ]
	%316 = phi float [ 0.0, %entry ], [ %1374, %drain ]
	%317 = phi float [ 0.0, %entry ], [ %1375, %drain ]
	%318 = phi float [ 0.0, %entry ], [ %1376, %drain ]
	%319 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %284, i32 1, i32 31)
	%320 = fadd float %284, %319
	%321 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %320, i32 2, i32 31)
	%322 = fadd float %320, %321
	%323 = fcmp ogt float %322, 0.0
	%324 = fdiv float 1.0, %322
	%325 = select i1 %323, float %324, float 0.0
	%326 = mul i32 %10, 16
	%327 = add i32 %34, %326
	%328 = add i32 %15, 0
	%329 = add i32 %327, %328
	%330 = fmul float %287, %325
	%331 = fmul float %288, %325
	%332 = fmul float %291, %325
	%333 = fmul float %292, %325
	%334 = fmul float %295, %325
	%335 = fmul float %296, %325
	%336 = fmul float %299, %325
	%337 = fmul float %300, %325
	%338 = fmul float %303, %325
	%339 = fmul float %304, %325
	%340 = fmul float %307, %325
	%341 = fmul float %308, %325
	%342 = fmul float %311, %325
	%343 = fmul float %312, %325
	%344 = fmul float %315, %325
	%345 = fmul float %316, %325
	%346 = icmp slt i32 %329, %M
	br i1 %346, label %store0, label %stored0

prefetch:
	%347 = sub i32 u0x4000, %252
	%348 = add i32 %0, %347
	%349 = mul i32 %250, 64
	%350 = lshr i32 %9, 3
	%351 = and i32 %9, 7
	%352 = lshr i32 %351, 3
	%353 = mul i32 %352, u0x2000
	%354 = and i32 %351, 7
	%355 = and i32 %350, 7
	%356 = xor i32 %354, %355
	%357 = mul i32 %350, 128
	%358 = shl i32 %356, 4
	%359 = add i32 %357, %358
	%360 = add i32 %353, %359
	%361 = add i32 %348, %360
	%362 = add i32 %349, %350
	%363 = mul i32 %362, 64
	%364 = mul i32 %351, 8
	%365 = add i32 %363, %364
	%366 = sext i32 %365 to i64
	%367 = getelementptr i16, i16* %42, i64 %366
	%368 = add i32 %362, 0
	%369 = icmp slt i32 %368, %N
	%370 = getelementptr i16, i16* %367, i64 0
	%371 = select i1 %369, i16* %370, i16* %42
	%372 = add i32 %361, 0
	%373 = select i1 %369, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %372, i16* %371, i32 %373)
	%374 = add i32 %362, 32
	%375 = icmp slt i32 %374, %N
	%376 = getelementptr i16, i16* %367, i64 2048
	%377 = select i1 %375, i16* %376, i16* %42
	%378 = add i32 %361, u0x1000
	%379 = select i1 %375, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %378, i16* %377, i32 %379)
	br label %body

body:
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%380 = add i32 %14, 0
	%381 = zext i32 %380 to i64
	%382 = or i64 %381, u0x4000004000010000
	%383 = add i32 %239, 0
	%384 = zext i32 %383 to i64
	%385 = or i64 %384, u0x4000004000010000
	%386 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %382, i64 %385, i32 1)
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 0
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 1
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 2
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 3
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 4
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 5
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 6
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 7
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 8
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 9
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 10
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 11
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 12
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 13
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 14
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 15
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 16
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 17
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 18
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 19
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 20
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 21
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 22
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 23
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 24
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 25
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 26
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 27
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 28
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 29
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 30
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 31
	%419 = add i32 %14, 2
	%420 = zext i32 %419 to i64
	%421 = or i64 %420, u0x4000004000010000
	%422 = add i32 %239, 2
	%423 = zext i32 %422 to i64
	%424 = or i64 %423, u0x4000004000010000
	%425 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, i64 %421, i64 %424, i32 1)
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 0
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 1
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 2
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 3
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 4
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 5
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 6
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 7
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 8
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 9
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 10
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 11
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 12
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 13
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 14
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 15
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 16
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 17
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 18
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 19
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 20
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 21
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 22
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 23
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 24
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 25
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 26
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 27
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 28
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 29
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 30
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 31
	%458 = add i32 %14, 4
	%459 = zext i32 %458 to i64
	%460 = or i64 %459, u0x4000004000010000
	%461 = add i32 %239, 4
	%462 = zext i32 %461 to i64
	%463 = or i64 %462, u0x4000004000010000
	%464 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, i64 %460, i64 %463, i32 1)
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 0
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 1
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 2
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 3
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 4
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 5
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 6
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 7
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 8
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 9
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 10
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 11
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 12
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 13
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 14
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 15
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 16
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 17
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 18
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 19
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 20
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 21
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 22
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 23
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 24
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 25
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 26
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 27
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 28
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 29
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 30
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 31
	%497 = add i32 %14, 6
	%498 = zext i32 %497 to i64
	%499 = or i64 %498, u0x4000004000010000
	%500 = add i32 %239, 6
	%501 = zext i32 %500 to i64
	%502 = or i64 %501, u0x4000004000010000
	%503 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, i64 %499, i64 %502, i32 1)
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 0
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 1
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 2
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 3
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 4
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 5
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 6
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 7
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 8
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 9
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 10
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 11
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 12
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 13
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 14
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 15
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 16
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 17
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 18
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 19
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 20
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 21
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 22
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 23
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 24
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 25
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 26
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 27
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 28
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 29
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 30
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	%536 = add i32 %242, 0
	%537 = zext i32 %536 to i64
	%538 = or i64 %537, u0x4000004002000000
	%539 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %184, float %185, float %186, float %187, float %188, float %189, float %190, float %191, float %192, float %193, float %194, float %195, float %196, float %197, float %198, float %199, float %200, float %201, float %202, float %203, float %204, float %205, float %206, float %207, float %208, float %209, float %210, float %211, float %212, float %213, float %214, float %215, i32 %220, i32 %221, i32 %222, i32 %223, i64 %538, i32 1)
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 0
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 1
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 2
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 3
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 4
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 5
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 6
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 7
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 8
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 9
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 10
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 11
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 12
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 13
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 14
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 15
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 16
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 17
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 18
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 19
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 20
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 21
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 22
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 23
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 24
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 25
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 26
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 27
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 28
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 29
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 30
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 31
	%572 = add i32 %242, 128
	%573 = zext i32 %572 to i64
	%574 = or i64 %573, u0x4000004002000000
	%575 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, i32 %224, i32 %225, i32 %226, i32 %227, i64 %574, i32 1)
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 0
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 1
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 2
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 3
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 4
	%581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 5
	%582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 6
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 7
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 8
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 9
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 10
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 11
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 12
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 13
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 14
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 15
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 16
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 17
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 18
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 19
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 20
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 21
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 22
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 23
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 24
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 25
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 26
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 27
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 28
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 29
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 30
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 31
	%608 = add i32 %242, 256
	%609 = zext i32 %608 to i64
	%610 = or i64 %609, u0x4000004002000000
	%611 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, i32 %228, i32 %229, i32 %230, i32 %231, i64 %610, i32 1)
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 0
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 1
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 2
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 3
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 4
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 5
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 6
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 7
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 8
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 9
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 10
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 11
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 12
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 13
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 14
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 15
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 16
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 17
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 18
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 19
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 20
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 21
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 22
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 23
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 24
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 25
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 26
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 27
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 28
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 29
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 30
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 31
	%644 = add i32 %242, 384
	%645 = zext i32 %644 to i64
	%646 = or i64 %645, u0x4000004002000000
	%647 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %612, float %613, float %614, float %615, float %616, float %617, float %618, float %619, float %620, float %621, float %622, float %623, float %624, float %625, float %626, float %627, float %628, float %629, float %630, float %631, float %632, float %633, float %634, float %635, float %636, float %637, float %638, float %639, float %640, float %641, float %642, float %643, i32 %232, i32 %233, i32 %234, i32 %235, i64 %646, i32 1)
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 0
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 1
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 2
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 3
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 4
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 5
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 6
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 7
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 8
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 9
	%658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 10
	%659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 11
	%660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 12
	%661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 13
	%662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 14
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 15
	%664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 16
	%665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 17
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 18
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 19
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 20
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 21
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 22
	%671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 23
	%672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 24
	%673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 25
	%674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 26
	%675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 27
	%676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 28
	%677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 29
	%678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 30
	%679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 1;", ""()
	%680 = call float asm sideeffect "", "=f,0"(float %504)
	%681 = call float asm sideeffect "", "=f,0"(float %505)
	%682 = call float asm sideeffect "", "=f,0"(float %506)
	%683 = call float asm sideeffect "", "=f,0"(float %507)
	%684 = call float asm sideeffect "", "=f,0"(float %508)
	%685 = call float asm sideeffect "", "=f,0"(float %509)
	%686 = call float asm sideeffect "", "=f,0"(float %510)
	%687 = call float asm sideeffect "", "=f,0"(float %511)
	%688 = call float asm sideeffect "", "=f,0"(float %512)
	%689 = call float asm sideeffect "", "=f,0"(float %513)
	%690 = call float asm sideeffect "", "=f,0"(float %514)
	%691 = call float asm sideeffect "", "=f,0"(float %515)
	%692 = call float asm sideeffect "", "=f,0"(float %516)
	%693 = call float asm sideeffect "", "=f,0"(float %517)
	%694 = call float asm sideeffect "", "=f,0"(float %518)
	%695 = call float asm sideeffect "", "=f,0"(float %519)
	%696 = call float asm sideeffect "", "=f,0"(float %520)
	%697 = call float asm sideeffect "", "=f,0"(float %521)
	%698 = call float asm sideeffect "", "=f,0"(float %522)
	%699 = call float asm sideeffect "", "=f,0"(float %523)
	%700 = call float asm sideeffect "", "=f,0"(float %524)
	%701 = call float asm sideeffect "", "=f,0"(float %525)
	%702 = call float asm sideeffect "", "=f,0"(float %526)
	%703 = call float asm sideeffect "", "=f,0"(float %527)
	%704 = call float asm sideeffect "", "=f,0"(float %528)
	%705 = call float asm sideeffect "", "=f,0"(float %529)
	%706 = call float asm sideeffect "", "=f,0"(float %530)
	%707 = call float asm sideeffect "", "=f,0"(float %531)
	%708 = call float asm sideeffect "", "=f,0"(float %532)
	%709 = call float asm sideeffect "", "=f,0"(float %533)
	%710 = call float asm sideeffect "", "=f,0"(float %534)
	%711 = call float asm sideeffect "", "=f,0"(float %535)
	%712 = mul i32 %10, 16
	%713 = add i32 %34, %712
	%714 = add i32 %15, 0
	%715 = add i32 %713, %714
	%716 = mul i32 %10, 16
	%717 = add i32 %34, %716
	%718 = add i32 %15, 8
	%719 = add i32 %717, %718
	%720 = sitofp i32 %32 to float
	%721 = add i32 %55, %183
	%722 = sext i32 %721 to i64
	%723 = getelementptr i8, i8* %cls, i64 %722
	%724 = load i8, i8* %723
	%725 = icmp ne i8 %724, 2
	br i1 %725, label %partial, label %softmax

partial:
	%726 = shl i32 %16, 1
	%727 = add i32 0, %726
	%728 = add i32 %236, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, float %680, float 0xFFF0000000000000
	%731 = shl i32 %16, 1
	%732 = add i32 1, %731
	%733 = add i32 %236, %732
	%734 = icmp slt i32 %733, %N
	%735 = select i1 %734, float %681, float 0xFFF0000000000000
	%736 = shl i32 %16, 1
	%737 = add i32 0, %736
	%738 = add i32 %236, %737
	%739 = icmp slt i32 %738, %N
	%740 = select i1 %739, float %682, float 0xFFF0000000000000
	%741 = shl i32 %16, 1
	%742 = add i32 1, %741
	%743 = add i32 %236, %742
	%744 = icmp slt i32 %743, %N
	%745 = select i1 %744, float %683, float 0xFFF0000000000000
	%746 = shl i32 %16, 1
	%747 = add i32 8, %746
	%748 = add i32 %236, %747
	%749 = icmp slt i32 %748, %N
	%750 = select i1 %749, float %684, float 0xFFF0000000000000
	%751 = shl i32 %16, 1
	%752 = add i32 9, %751
	%753 = add i32 %236, %752
	%754 = icmp slt i32 %753, %N
	%755 = select i1 %754, float %685, float 0xFFF0000000000000
	%756 = shl i32 %16, 1
	%757 = add i32 8, %756
	%758 = add i32 %236, %757
	%759 = icmp slt i32 %758, %N
	%760 = select i1 %759, float %686, float 0xFFF0000000000000
	%761 = shl i32 %16, 1
	%762 = add i32 9, %761
	%763 = add i32 %236, %762
	%764 = icmp slt i32 %763, %N
	%765 = select i1 %764, float %687, float 0xFFF0000000000000
	%766 = shl i32 %16, 1
	%767 = add i32 16, %766
	%768 = add i32 %236, %767
	%769 = icmp slt i32 %768, %N
	%770 = select i1 %769, float %688, float 0xFFF0000000000000
	%771 = shl i32 %16, 1
	%772 = add i32 17, %771
	%773 = add i32 %236, %772
	%774 = icmp slt i32 %773, %N
	%775 = select i1 %774, float %689, float 0xFFF0000000000000
	%776 = shl i32 %16, 1
	%777 = add i32 16, %776
	%778 = add i32 %236, %777
	%779 = icmp slt i32 %778, %N
	%780 = select i1 %779, float %690, float 0xFFF0000000000000
	%781 = shl i32 %16, 1
	%782 = add i32 17, %781
	%783 = add i32 %236, %782
	%784 = icmp slt i32 %783, %N
	%785 = select i1 %784, float %691, float 0xFFF0000000000000
	%786 = shl i32 %16, 1
	%787 = add i32 24, %786
	%788 = add i32 %236, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, float %692, float 0xFFF0000000000000
	%791 = shl i32 %16, 1
	%792 = add i32 25, %791
	%793 = add i32 %236, %792
	%794 = icmp slt i32 %793, %N
	%795 = select i1 %794, float %693, float 0xFFF0000000000000
	%796 = shl i32 %16, 1
	%797 = add i32 24, %796
	%798 = add i32 %236, %797
	%799 = icmp slt i32 %798, %N
	%800 = select i1 %799, float %694, float 0xFFF0000000000000
	%801 = shl i32 %16, 1
	%802 = add i32 25, %801
	%803 = add i32 %236, %802
	%804 = icmp slt i32 %803, %N
	%805 = select i1 %804, float %695, float 0xFFF0000000000000
	%806 = shl i32 %16, 1
	%807 = add i32 32, %806
	%808 = add i32 %236, %807
	%809 = icmp slt i32 %808, %N
	%810 = select i1 %809, float %696, float 0xFFF0000000000000
	%811 = shl i32 %16, 1
	%812 = add i32 33, %811
	%813 = add i32 %236, %812
	%814 = icmp slt i32 %813, %N
	%815 = select i1 %814, float %697, float 0xFFF0000000000000
	%816 = shl i32 %16, 1
	%817 = add i32 32, %816
	%818 = add i32 %236, %817
	%819 = icmp slt i32 %818, %N
	%820 = select i1 %819, float %698, float 0xFFF0000000000000
	%821 = shl i32 %16, 1
	%822 = add i32 33, %821
	%823 = add i32 %236, %822
	%824 = icmp slt i32 %823, %N
	%825 = select i1 %824, float %699, float 0xFFF0000000000000
	%826 = shl i32 %16, 1
	%827 = add i32 40, %826
	%828 = add i32 %236, %827
	%829 = icmp slt i32 %828, %N
	%830 = select i1 %829, float %700, float 0xFFF0000000000000
	%831 = shl i32 %16, 1
	%832 = add i32 41, %831
	%833 = add i32 %236, %832
	%834 = icmp slt i32 %833, %N
	%835 = select i1 %834, float %701, float 0xFFF0000000000000
	%836 = shl i32 %16, 1
	%837 = add i32 40, %836
	%838 = add i32 %236, %837
	%839 = icmp slt i32 %838, %N
	%840 = select i1 %839, float %702, float 0xFFF0000000000000
	%841 = shl i32 %16, 1
	%842 = add i32 41, %841
	%843 = add i32 %236, %842
	%844 = icmp slt i32 %843, %N
	%845 = select i1 %844, float %703, float 0xFFF0000000000000
	%846 = shl i32 %16, 1
	%847 = add i32 48, %846
	%848 = add i32 %236, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, float %704, float 0xFFF0000000000000
	%851 = shl i32 %16, 1
	%852 = add i32 49, %851
	%853 = add i32 %236, %852
	%854 = icmp slt i32 %853, %N
	%855 = select i1 %854, float %705, float 0xFFF0000000000000
	%856 = shl i32 %16, 1
	%857 = add i32 48, %856
	%858 = add i32 %236, %857
	%859 = icmp slt i32 %858, %N
	%860 = select i1 %859, float %706, float 0xFFF0000000000000
	%861 = shl i32 %16, 1
	%862 = add i32 49, %861
	%863 = add i32 %236, %862
	%864 = icmp slt i32 %863, %N
	%865 = select i1 %864, float %707, float 0xFFF0000000000000
	%866 = shl i32 %16, 1
	%867 = add i32 56, %866
	%868 = add i32 %236, %867
	%869 = icmp slt i32 %868, %N
	%870 = select i1 %869, float %708, float 0xFFF0000000000000
	%871 = shl i32 %16, 1
	%872 = add i32 57, %871
	%873 = add i32 %236, %872
	%874 = icmp slt i32 %873, %N
	%875 = select i1 %874, float %709, float 0xFFF0000000000000
	%876 = shl i32 %16, 1
	%877 = add i32 56, %876
	%878 = add i32 %236, %877
	%879 = icmp slt i32 %878, %N
	%880 = select i1 %879, float %710, float 0xFFF0000000000000
	%881 = shl i32 %16, 1
	%882 = add i32 57, %881
	%883 = add i32 %236, %882
	%884 = icmp slt i32 %883, %N
	%885 = select i1 %884, float %711, float 0xFFF0000000000000
	br label %softmax

softmax:
	%886 = phi float [ %680, %body ], [ %730, %partial ]
	%887 = phi float [ %681, %body ], [ %735, %partial ]
	%888 = phi float [ %682, %body ], [ %740, %partial ]
	%889 = phi float [ %683, %body ], [ %745, %partial ]
	%890 = phi float [ %684, %body ], [ %750, %partial ]
	%891 = phi float [ %685, %body ], [ %755, %partial ]
	%892 = phi float [ %686, %body ], [ %760, %partial ]
	%893 = phi float [ %687, %body ], [ %765, %partial ]
	%894 = phi float [ %688, %body ], [ %770, %partial ]
	%895 = phi float [ %689, %body ], [ %775, %partial ]
	%896 = phi float [ %690, %body ], [ %780, %partial ]
	%897 = phi float [ %691, %body ], [ %785, %partial ]
	%898 = phi float [ %692, %body ], [ %790, %partial ]
	%899 = phi float [ %693, %body ], [ %795, %partial ]
	%900 = phi float [ %694, %body ], [ %800, %partial ]
	%901 = phi float [ %695, %body ], [ %805, %partial ]
	%902 = phi float [ %696, %body ], [ %810, %partial ]
	%903 = phi float [ %697, %body ], [ %815, %partial ]
	%904 = phi float [ %698, %body ], [ %820, %partial ]
	%905 = phi float [ %699, %body ], [ %825, %partial ]
	%906 = phi float [ %700, %body ], [ %830, %partial ]
	%907 = phi float [ %701, %body ], [ %835, %partial ]
	%908 = phi float [ %702, %body ], [ %840, %partial ]
	%909 = phi float [ %703, %body ], [ %845, %partial ]
	%910 = phi float [ %704, %body ], [ %850, %partial ]
	%911 = phi float [ %705, %body ], [ %855, %partial ]
	%912 = phi float [ %706, %body ], [ %860, %partial ]
	%913 = phi float [ %707, %body ], [ %865, %partial ]
	%914 = phi float [ %708, %body ], [ %870, %partial ]
	%915 = phi float [ %709, %body ], [ %875, %partial ]
	%916 = phi float [ %710, %body ], [ %880, %partial ]
	%917 = phi float [ %711, %body ], [ %885, %partial ]
	%918 = call float @llvm.nvvm.fmax.f(float %886, float %887)
	%919 = call float @llvm.nvvm.fmax.f(float %890, float %891)
	%920 = call float @llvm.nvvm.fmax.f(float %894, float %895)
	%921 = call float @llvm.nvvm.fmax.f(float %898, float %899)
	%922 = call float @llvm.nvvm.fmax.f(float %902, float %903)
	%923 = call float @llvm.nvvm.fmax.f(float %906, float %907)
	%924 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%925 = call float @llvm.nvvm.fmax.f(float %914, float %915)
	%926 = call float @llvm.nvvm.fmax.f(float %918, float %919)
	%927 = call float @llvm.nvvm.fmax.f(float %920, float %921)
	%928 = call float @llvm.nvvm.fmax.f(float %922, float %923)
	%929 = call float @llvm.nvvm.fmax.f(float %924, float %925)
	%930 = call float @llvm.nvvm.fmax.f(float %926, float %927)
	%931 = call float @llvm.nvvm.fmax.f(float %928, float %929)
	%932 = call float @llvm.nvvm.fmax.f(float %930, float %931)
	%933 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %932, i32 1, i32 31)
	%934 = call float @llvm.nvvm.fmax.f(float %932, float %933)
	%935 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %934, i32 2, i32 31)
	%936 = call float @llvm.nvvm.fmax.f(float %934, float %935)
	%937 = fmul float %936, 0x3FC7154760000000
	%938 = call float @llvm.nvvm.fmax.f(float %216, float %937)
	%939 = fadd float %216, 8.0
	%940 = fcmp ogt float %938, %939
	%941 = or i1 false, %940
	%942 = call float @llvm.nvvm.fmax.f(float %888, float %889)
	%943 = call float @llvm.nvvm.fmax.f(float %892, float %893)
	%944 = call float @llvm.nvvm.fmax.f(float %896, float %897)
	%945 = call float @llvm.nvvm.fmax.f(float %900, float %901)
	%946 = call float @llvm.nvvm.fmax.f(float %904, float %905)
	%947 = call float @llvm.nvvm.fmax.f(float %908, float %909)
	%948 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%949 = call float @llvm.nvvm.fmax.f(float %916, float %917)
	%950 = call float @llvm.nvvm.fmax.f(float %942, float %943)
	%951 = call float @llvm.nvvm.fmax.f(float %944, float %945)
	%952 = call float @llvm.nvvm.fmax.f(float %946, float %947)
	%953 = call float @llvm.nvvm.fmax.f(float %948, float %949)
	%954 = call float @llvm.nvvm.fmax.f(float %950, float %951)
	%955 = call float @llvm.nvvm.fmax.f(float %952, float %953)
	%956 = call float @llvm.nvvm.fmax.f(float %954, float %955)
	%957 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %956, i32 1, i32 31)
	%958 = call float @llvm.nvvm.fmax.f(float %956, float %957)
	%959 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %958, i32 2, i32 31)
	%960 = call float @llvm.nvvm.fmax.f(float %958, float %959)
	%961 = fmul float %960, 0x3FC7154760000000
	%962 = call float @llvm.nvvm.fmax.f(float %218, float %961)
	%963 = fadd float %218, 8.0
	%964 = fcmp ogt float %962, %963
	%965 = or i1 %941, %964
	%966 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %965)
	br i1 %966, label %967, label %978

967:
	%968 = fcmp oeq float %938, 0xFFF0000000000000
	%969 = select i1 %968, float 0.0, float %938
	%970 = fsub float %216, %969
	%971 = call float @llvm.nvvm.ex2.approx.ftz.f(float %970)
	%972 = fcmp oeq float %962, 0xFFF0000000000000
	%973 = select i1 %972, float 0.0, float %962
	%974 = fsub float %218, %973
	%975 = call float @llvm.nvvm.ex2.approx.ftz.f(float %974)
	%976 = fmul float %217, %971
	%977 = fmul float %219, %975
	br label %978

978:
	%979 = phi float [ %217, %softmax ], [ %976, %967 ]
	%980 = phi float [ %219, %softmax ], [ %977, %967 ]
	%981 = phi float [ 1.0, %softmax ], [ %971, %967 ]
	%982 = phi float [ 1.0, %softmax ], [ %975, %967 ]
	%983 = select i1 %966, float %938, float %216
	%984 = fcmp oeq float %983, 0xFFF0000000000000
	%985 = select i1 %984, float 0.0, float %983
	%986 = fneg float %985
	%987 = call float @llvm.fma.f32(float %886, float 0x3FC7154760000000, float %986)
	%988 = call float @llvm.nvvm.ex2.approx.ftz.f(float %987)
	%989 = call float @llvm.fma.f32(float %887, float 0x3FC7154760000000, float %986)
	%990 = call float @llvm.nvvm.ex2.approx.ftz.f(float %989)
	%991 = call float @llvm.fma.f32(float %890, float 0x3FC7154760000000, float %986)
	%992 = call float @llvm.nvvm.ex2.approx.ftz.f(float %991)
	%993 = call float @llvm.fma.f32(float %891, float 0x3FC7154760000000, float %986)
	%994 = call float @llvm.nvvm.ex2.approx.ftz.f(float %993)
	%995 = call float @llvm.fma.f32(float %894, float 0x3FC7154760000000, float %986)
	%996 = call float @llvm.nvvm.ex2.approx.ftz.f(float %995)
	%997 = call float @llvm.fma.f32(float %895, float 0x3FC7154760000000, float %986)
	%998 = call float @llvm.nvvm.ex2.approx.ftz.f(float %997)
	%999 = call float @llvm.fma.f32(float %898, float 0x3FC7154760000000, float %986)
	%1000 = call float @llvm.nvvm.ex2.approx.ftz.f(float %999)
	%1001 = call float @llvm.fma.f32(float %899, float 0x3FC7154760000000, float %986)
	%1002 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1001)
	%1003 = call float @llvm.fma.f32(float %902, float 0x3FC7154760000000, float %986)
	%1004 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1003)
	%1005 = call float @llvm.fma.f32(float %903, float 0x3FC7154760000000, float %986)
	%1006 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1005)
	%1007 = call float @llvm.fma.f32(float %906, float 0x3FC7154760000000, float %986)
	%1008 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1007)
	%1009 = call float @llvm.fma.f32(float %907, float 0x3FC7154760000000, float %986)
	%1010 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1009)
	%1011 = call float @llvm.fma.f32(float %910, float 0x3FC7154760000000, float %986)
	%1012 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1011)
	%1013 = call float @llvm.fma.f32(float %911, float 0x3FC7154760000000, float %986)
	%1014 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1013)
	%1015 = call float @llvm.fma.f32(float %914, float 0x3FC7154760000000, float %986)
	%1016 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1015)
	%1017 = call float @llvm.fma.f32(float %915, float 0x3FC7154760000000, float %986)
	%1018 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1017)
	%1019 = fadd float %988, %990
	%1020 = fadd float %992, %994
	%1021 = fadd float %996, %998
	%1022 = fadd float %1000, %1002
	%1023 = fadd float %1004, %1006
	%1024 = fadd float %1008, %1010
	%1025 = fadd float %1012, %1014
	%1026 = fadd float %1016, %1018
	%1027 = fadd float %1019, %1020
	%1028 = fadd float %1021, %1022
	%1029 = fadd float %1023, %1024
	%1030 = fadd float %1025, %1026
	%1031 = fadd float %1027, %1028
	%1032 = fadd float %1029, %1030
	%1033 = fadd float %1031, %1032
	%1034 = fadd float %979, %1033
	%1035 = select i1 %966, float %962, float %218
	%1036 = fcmp oeq float %1035, 0xFFF0000000000000
	%1037 = select i1 %1036, float 0.0, float %1035
	%1038 = fneg float %1037
	%1039 = call float @llvm.fma.f32(float %888, float 0x3FC7154760000000, float %1038)
	%1040 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1039)
	%1041 = call float @llvm.fma.f32(float %889, float 0x3FC7154760000000, float %1038)
	%1042 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1041)
	%1043 = call float @llvm.fma.f32(float %892, float 0x3FC7154760000000, float %1038)
	%1044 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1043)
	%1045 = call float @llvm.fma.f32(float %893, float 0x3FC7154760000000, float %1038)
	%1046 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1045)
	%1047 = call float @llvm.fma.f32(float %896, float 0x3FC7154760000000, float %1038)
	%1048 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1047)
	%1049 = call float @llvm.fma.f32(float %897, float 0x3FC7154760000000, float %1038)
	%1050 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1049)
	%1051 = call float @llvm.fma.f32(float %900, float 0x3FC7154760000000, float %1038)
	%1052 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1051)
	%1053 = call float @llvm.fma.f32(float %901, float 0x3FC7154760000000, float %1038)
	%1054 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1053)
	%1055 = call float @llvm.fma.f32(float %904, float 0x3FC7154760000000, float %1038)
	%1056 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1055)
	%1057 = call float @llvm.fma.f32(float %905, float 0x3FC7154760000000, float %1038)
	%1058 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1057)
	%1059 = call float @llvm.fma.f32(float %908, float 0x3FC7154760000000, float %1038)
	%1060 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1059)
	%1061 = call float @llvm.fma.f32(float %909, float 0x3FC7154760000000, float %1038)
	%1062 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1061)
	%1063 = call float @llvm.fma.f32(float %912, float 0x3FC7154760000000, float %1038)
	%1064 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1063)
	%1065 = call float @llvm.fma.f32(float %913, float 0x3FC7154760000000, float %1038)
	%1066 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1065)
	%1067 = call float @llvm.fma.f32(float %916, float 0x3FC7154760000000, float %1038)
	%1068 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1067)
	%1069 = call float @llvm.fma.f32(float %917, float 0x3FC7154760000000, float %1038)
	%1070 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1069)
	%1071 = fadd float %1040, %1042
	%1072 = fadd float %1044, %1046
	%1073 = fadd float %1048, %1050
	%1074 = fadd float %1052, %1054
	%1075 = fadd float %1056, %1058
	%1076 = fadd float %1060, %1062
	%1077 = fadd float %1064, %1066
	%1078 = fadd float %1068, %1070
	%1079 = fadd float %1071, %1072
	%1080 = fadd float %1073, %1074
	%1081 = fadd float %1075, %1076
	%1082 = fadd float %1077, %1078
	%1083 = fadd float %1079, %1080
	%1084 = fadd float %1081, %1082
	%1085 = fadd float %1083, %1084
	%1086 = fadd float %980, %1085
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1087 = call float asm sideeffect "", "=f,0"(float %648)
	%1088 = call float asm sideeffect "", "=f,0"(float %649)
	%1089 = call float asm sideeffect "", "=f,0"(float %650)
	%1090 = call float asm sideeffect "", "=f,0"(float %651)
	%1091 = call float asm sideeffect "", "=f,0"(float %652)
	%1092 = call float asm sideeffect "", "=f,0"(float %653)
	%1093 = call float asm sideeffect "", "=f,0"(float %654)
	%1094 = call float asm sideeffect "", "=f,0"(float %655)
	%1095 = call float asm sideeffect "", "=f,0"(float %656)
	%1096 = call float asm sideeffect "", "=f,0"(float %657)
	%1097 = call float asm sideeffect "", "=f,0"(float %658)
	%1098 = call float asm sideeffect "", "=f,0"(float %659)
	%1099 = call float asm sideeffect "", "=f,0"(float %660)
	%1100 = call float asm sideeffect "", "=f,0"(float %661)
	%1101 = call float asm sideeffect "", "=f,0"(float %662)
	%1102 = call float asm sideeffect "", "=f,0"(float %663)
	%1103 = call float asm sideeffect "", "=f,0"(float %664)
	%1104 = call float asm sideeffect "", "=f,0"(float %665)
	%1105 = call float asm sideeffect "", "=f,0"(float %666)
	%1106 = call float asm sideeffect "", "=f,0"(float %667)
	%1107 = call float asm sideeffect "", "=f,0"(float %668)
	%1108 = call float asm sideeffect "", "=f,0"(float %669)
	%1109 = call float asm sideeffect "", "=f,0"(float %670)
	%1110 = call float asm sideeffect "", "=f,0"(float %671)
	%1111 = call float asm sideeffect "", "=f,0"(float %672)
	%1112 = call float asm sideeffect "", "=f,0"(float %673)
	%1113 = call float asm sideeffect "", "=f,0"(float %674)
	%1114 = call float asm sideeffect "", "=f,0"(float %675)
	%1115 = call float asm sideeffect "", "=f,0"(float %676)
	%1116 = call float asm sideeffect "", "=f,0"(float %677)
	%1117 = call float asm sideeffect "", "=f,0"(float %678)
	%1118 = call float asm sideeffect "", "=f,0"(float %679)
	br i1 %966, label %1119, label %1152

1119:
	%1120 = fmul float %1087, %981
	%1121 = fmul float %1088, %981
	%1122 = fmul float %1089, %982
	%1123 = fmul float %1090, %982
	%1124 = fmul float %1091, %981
	%1125 = fmul float %1092, %981
	%1126 = fmul float %1093, %982
	%1127 = fmul float %1094, %982
	%1128 = fmul float %1095, %981
	%1129 = fmul float %1096, %981
	%1130 = fmul float %1097, %982
	%1131 = fmul float %1098, %982
	%1132 = fmul float %1099, %981
	%1133 = fmul float %1100, %981
	%1134 = fmul float %1101, %982
	%1135 = fmul float %1102, %982
	%1136 = fmul float %1103, %981
	%1137 = fmul float %1104, %981
	%1138 = fmul float %1105, %982
	%1139 = fmul float %1106, %982
	%1140 = fmul float %1107, %981
	%1141 = fmul float %1108, %981
	%1142 = fmul float %1109, %982
	%1143 = fmul float %1110, %982
	%1144 = fmul float %1111, %981
	%1145 = fmul float %1112, %981
	%1146 = fmul float %1113, %982
	%1147 = fmul float %1114, %982
	%1148 = fmul float %1115, %981
	%1149 = fmul float %1116, %981
	%1150 = fmul float %1117, %982
	%1151 = fmul float %1118, %982
	br label %1152

1152:
	%1153 = phi float [ %1087, %978 ], [ %1120, %1119 ]
	%1154 = phi float [ %1088, %978 ], [ %1121, %1119 ]
	%1155 = phi float [ %1089, %978 ], [ %1122, %1119 ]
	%1156 = phi float [ %1090, %978 ], [ %1123, %1119 ]
	%1157 = phi float [ %1091, %978 ], [ %1124, %1119 ]
	%1158 = phi float [ %1092, %978 ], [ %1125, %1119 ]
	%1159 = phi float [ %1093, %978 ], [ %1126, %1119 ]
	%1160 = phi float [ %1094, %978 ], [ %1127, %1119 ]
	%1161 = phi float [ %1095, %978 ], [ %1128, %1119 ]
	%1162 = phi float [ %1096, %978 ], [ %1129, %1119 ]
	%1163 = phi float [ %1097, %978 ], [ %1130, %1119 ]
	%1164 = phi float [ %1098, %978 ], [ %1131, %1119 ]
	%1165 = phi float [ %1099, %978 ], [ %1132, %1119 ]
	%1166 = phi float [ %1100, %978 ], [ %1133, %1119 ]
	%1167 = phi float [ %1101, %978 ], [ %1134, %1119 ]
	%1168 = phi float [ %1102, %978 ], [ %1135, %1119 ]
	%1169 = phi float [ %1103, %978 ], [ %1136, %1119 ]
	%1170 = phi float [ %1104, %978 ], [ %1137, %1119 ]
	%1171 = phi float [ %1105, %978 ], [ %1138, %1119 ]
	%1172 = phi float [ %1106, %978 ], [ %1139, %1119 ]
	%1173 = phi float [ %1107, %978 ], [ %1140, %1119 ]
	%1174 = phi float [ %1108, %978 ], [ %1141, %1119 ]
	%1175 = phi float [ %1109, %978 ], [ %1142, %1119 ]
	%1176 = phi float [ %1110, %978 ], [ %1143, %1119 ]
	%1177 = phi float [ %1111, %978 ], [ %1144, %1119 ]
	%1178 = phi float [ %1112, %978 ], [ %1145, %1119 ]
	%1179 = phi float [ %1113, %978 ], [ %1146, %1119 ]
	%1180 = phi float [ %1114, %978 ], [ %1147, %1119 ]
	%1181 = phi float [ %1115, %978 ], [ %1148, %1119 ]
	%1182 = phi float [ %1116, %978 ], [ %1149, %1119 ]
	%1183 = phi float [ %1117, %978 ], [ %1150, %1119 ]
	%1184 = phi float [ %1118, %978 ], [ %1151, %1119 ]
	%1185 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %990, float %988)
	%1186 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1042, float %1040)
	%1187 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %994, float %992)
	%1188 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1046, float %1044)
	%1189 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %998, float %996)
	%1190 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1050, float %1048)
	%1191 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1002, float %1000)
	%1192 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1054, float %1052)
	%1193 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1006, float %1004)
	%1194 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1058, float %1056)
	%1195 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1010, float %1008)
	%1196 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1062, float %1060)
	%1197 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1014, float %1012)
	%1198 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1066, float %1064)
	%1199 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1018, float %1016)
	%1200 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1070, float %1068)
	br i1 %251, label %loop, label %drain

drain:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1201 = add i32 %240, 0
	%1202 = zext i32 %1201 to i64
	%1203 = or i64 %1202, u0x4000004002000000
	%1204 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1153, float %1154, float %1155, float %1156, float %1157, float %1158, float %1159, float %1160, float %1161, float %1162, float %1163, float %1164, float %1165, float %1166, float %1167, float %1168, float %1169, float %1170, float %1171, float %1172, float %1173, float %1174, float %1175, float %1176, float %1177, float %1178, float %1179, float %1180, float %1181, float %1182, float %1183, float %1184, i32 %1185, i32 %1186, i32 %1187, i32 %1188, i64 %1203, i32 1)
	%1205 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 0
	%1206 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 1
	%1207 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 2
	%1208 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 3
	%1209 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 4
	%1210 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 5
	%1211 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 6
	%1212 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 7
	%1213 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 8
	%1214 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 9
	%1215 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 10
	%1216 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 11
	%1217 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 12
	%1218 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 13
	%1219 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 14
	%1220 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 15
	%1221 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 16
	%1222 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 17
	%1223 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 18
	%1224 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 19
	%1225 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 20
	%1226 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 21
	%1227 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 22
	%1228 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 23
	%1229 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 24
	%1230 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 25
	%1231 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 26
	%1232 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 27
	%1233 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 28
	%1234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 29
	%1235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 30
	%1236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1204, 31
	%1237 = add i32 %240, 128
	%1238 = zext i32 %1237 to i64
	%1239 = or i64 %1238, u0x4000004002000000
	%1240 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1205, float %1206, float %1207, float %1208, float %1209, float %1210, float %1211, float %1212, float %1213, float %1214, float %1215, float %1216, float %1217, float %1218, float %1219, float %1220, float %1221, float %1222, float %1223, float %1224, float %1225, float %1226, float %1227, float %1228, float %1229, float %1230, float %1231, float %1232, float %1233, float %1234, float %1235, float %1236, i32 %1189, i32 %1190, i32 %1191, i32 %1192, i64 %1239, i32 1)
	%1241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 0
	%1242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 1
	%1243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 2
	%1244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 3
	%1245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 4
	%1246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 5
	%1247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 6
	%1248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 7
	%1249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 8
	%1250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 9
	%1251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 10
	%1252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 11
	%1253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 12
	%1254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 13
	%1255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 14
	%1256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 15
	%1257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 16
	%1258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 17
	%1259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 18
	%1260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 19
	%1261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 20
	%1262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 21
	%1263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 22
	%1264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 23
	%1265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 24
	%1266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 25
	%1267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 26
	%1268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 27
	%1269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 28
	%1270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 29
	%1271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 30
	%1272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1240, 31
	%1273 = add i32 %240, 256
	%1274 = zext i32 %1273 to i64
	%1275 = or i64 %1274, u0x4000004002000000
	%1276 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1241, float %1242, float %1243, float %1244, float %1245, float %1246, float %1247, float %1248, float %1249, float %1250, float %1251, float %1252, float %1253, float %1254, float %1255, float %1256, float %1257, float %1258, float %1259, float %1260, float %1261, float %1262, float %1263, float %1264, float %1265, float %1266, float %1267, float %1268, float %1269, float %1270, float %1271, float %1272, i32 %1193, i32 %1194, i32 %1195, i32 %1196, i64 %1275, i32 1)
	%1277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 0
	%1278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 1
	%1279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 2
	%1280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 3
	%1281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 4
	%1282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 5
	%1283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 6
	%1284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 7
	%1285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 8
	%1286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 9
	%1287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 10
	%1288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 11
	%1289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 12
	%1290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 13
	%1291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 14
	%1292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 15
	%1293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 16
	%1294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 17
	%1295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 18
	%1296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 19
	%1297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 20
	%1298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 21
	%1299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 22
	%1300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 23
	%1301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 24
	%1302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 25
	%1303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 26
	%1304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 27
	%1305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 28
	%1306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 29
	%1307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 30
	%1308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1276, 31
	%1309 = add i32 %240, 384
	%1310 = zext i32 %1309 to i64
	%1311 = or i64 %1310, u0x4000004002000000
	%1312 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1277, float %1278, float %1279, float %1280, float %1281, float %1282, float %1283, float %1284, float %1285, float %1286, float %1287, float %1288, float %1289, float %1290, float %1291, float %1292, float %1293, float %1294, float %1295, float %1296, float %1297, float %1298, float %1299, float %1300, float %1301, float %1302, float %1303, float %1304, float %1305, float %1306, float %1307, float %1308, i32 %1197, i32 %1198, i32 %1199, i32 %1200, i64 %1311, i32 1)
	%1313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 0
	%1314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 1
	%1315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 2
	%1316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 3
	%1317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 4
	%1318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 5
	%1319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 6
	%1320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 7
	%1321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 8
	%1322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 9
	%1323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 10
	%1324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 11
	%1325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 12
	%1326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 13
	%1327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 14
	%1328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 15
	%1329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 16
	%1330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 17
	%1331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 18
	%1332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 19
	%1333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 20
	%1334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 21
	%1335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 22
	%1336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 23
	%1337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 24
	%1338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 25
	%1339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 26
	%1340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 27
	%1341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 28
	%1342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 29
	%1343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 30
	%1344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1312, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1345 = call float asm sideeffect "", "=f,0"(float %1313)
	%1346 = call float asm sideeffect "", "=f,0"(float %1314)
	%1347 = call float asm sideeffect "", "=f,0"(float %1315)
	%1348 = call float asm sideeffect "", "=f,0"(float %1316)
	%1349 = call float asm sideeffect "", "=f,0"(float %1317)
	%1350 = call float asm sideeffect "", "=f,0"(float %1318)
	%1351 = call float asm sideeffect "", "=f,0"(float %1319)
	%1352 = call float asm sideeffect "", "=f,0"(float %1320)
	%1353 = call float asm sideeffect "", "=f,0"(float %1321)
	%1354 = call float asm sideeffect "", "=f,0"(float %1322)
	%1355 = call float asm sideeffect "", "=f,0"(float %1323)
	%1356 = call float asm sideeffect "", "=f,0"(float %1324)
	%1357 = call float asm sideeffect "", "=f,0"(float %1325)
	%1358 = call float asm sideeffect "", "=f,0"(float %1326)
	%1359 = call float asm sideeffect "", "=f,0"(float %1327)
	%1360 = call float asm sideeffect "", "=f,0"(float %1328)
	%1361 = call float asm sideeffect "", "=f,0"(float %1329)
	%1362 = call float asm sideeffect "", "=f,0"(float %1330)
	%1363 = call float asm sideeffect "", "=f,0"(float %1331)
	%1364 = call float asm sideeffect "", "=f,0"(float %1332)
	%1365 = call float asm sideeffect "", "=f,0"(float %1333)
	%1366 = call float asm sideeffect "", "=f,0"(float %1334)
	%1367 = call float asm sideeffect "", "=f,0"(float %1335)
	%1368 = call float asm sideeffect "", "=f,0"(float %1336)
	%1369 = call float asm sideeffect "", "=f,0"(float %1337)
	%1370 = call float asm sideeffect "", "=f,0"(float %1338)
	%1371 = call float asm sideeffect "", "=f,0"(float %1339)
	%1372 = call float asm sideeffect "", "=f,0"(float %1340)
	%1373 = call float asm sideeffect "", "=f,0"(float %1341)
	%1374 = call float asm sideeffect "", "=f,0"(float %1342)
	%1375 = call float asm sideeffect "", "=f,0"(float %1343)
	%1376 = call float asm sideeffect "", "=f,0"(float %1344)
	br label %epilogue

store0:
	%1377 = mul i32 %32, %M
	%1378 = add i32 %1377, %329
	%1379 = mul i32 %1378, 64
	%1380 = shl i32 %16, 1
	%1381 = add i32 0, %1380
	%1382 = add i32 %1379, %1381
	%1383 = sext i32 %1382 to i64
	%1384 = getelementptr float, float* %out, i64 %1383
	store float %330, float* %1384
	%1385 = getelementptr float, float* %1384, i32 1
	store float %331, float* %1385
	%1386 = shl i32 %16, 1
	%1387 = add i32 8, %1386
	%1388 = add i32 %1379, %1387
	%1389 = sext i32 %1388 to i64
	%1390 = getelementptr float, float* %out, i64 %1389
	store float %332, float* %1390
	%1391 = getelementptr float, float* %1390, i32 1
	store float %333, float* %1391
	%1392 = shl i32 %16, 1
	%1393 = add i32 16, %1392
	%1394 = add i32 %1379, %1393
	%1395 = sext i32 %1394 to i64
	%1396 = getelementptr float, float* %out, i64 %1395
	store float %334, float* %1396
	%1397 = getelementptr float, float* %1396, i32 1
	store float %335, float* %1397
	%1398 = shl i32 %16, 1
	%1399 = add i32 24, %1398
	%1400 = add i32 %1379, %1399
	%1401 = sext i32 %1400 to i64
	%1402 = getelementptr float, float* %out, i64 %1401
	store float %336, float* %1402
	%1403 = getelementptr float, float* %1402, i32 1
	store float %337, float* %1403
	%1404 = shl i32 %16, 1
	%1405 = add i32 32, %1404
	%1406 = add i32 %1379, %1405
	%1407 = sext i32 %1406 to i64
	%1408 = getelementptr float, float* %out, i64 %1407
	store float %338, float* %1408
	%1409 = getelementptr float, float* %1408, i32 1
	store float %339, float* %1409
	%1410 = shl i32 %16, 1
	%1411 = add i32 40, %1410
	%1412 = add i32 %1379, %1411
	%1413 = sext i32 %1412 to i64
	%1414 = getelementptr float, float* %out, i64 %1413
	store float %340, float* %1414
	%1415 = getelementptr float, float* %1414, i32 1
	store float %341, float* %1415
	%1416 = shl i32 %16, 1
	%1417 = add i32 48, %1416
	%1418 = add i32 %1379, %1417
	%1419 = sext i32 %1418 to i64
	%1420 = getelementptr float, float* %out, i64 %1419
	store float %342, float* %1420
	%1421 = getelementptr float, float* %1420, i32 1
	store float %343, float* %1421
	%1422 = shl i32 %16, 1
	%1423 = add i32 56, %1422
	%1424 = add i32 %1379, %1423
	%1425 = sext i32 %1424 to i64
	%1426 = getelementptr float, float* %out, i64 %1425
	store float %344, float* %1426
	%1427 = getelementptr float, float* %1426, i32 1
	store float %345, float* %1427
	br label %stored0

stored0:
	%1428 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %285, i32 1, i32 31)
	%1429 = fadd float %285, %1428
	%1430 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1429, i32 2, i32 31)
	%1431 = fadd float %1429, %1430
	%1432 = fcmp ogt float %1431, 0.0
	%1433 = fdiv float 1.0, %1431
	%1434 = select i1 %1432, float %1433, float 0.0
	%1435 = mul i32 %10, 16
	%1436 = add i32 %34, %1435
	%1437 = add i32 %15, 8
	%1438 = add i32 %1436, %1437
	%1439 = fmul float %289, %1434
	%1440 = fmul float %290, %1434
	%1441 = fmul float %293, %1434
	%1442 = fmul float %294, %1434
	%1443 = fmul float %297, %1434
	%1444 = fmul float %298, %1434
	%1445 = fmul float %301, %1434
	%1446 = fmul float %302, %1434
	%1447 = fmul float %305, %1434
	%1448 = fmul float %306, %1434
	%1449 = fmul float %309, %1434
	%1450 = fmul float %310, %1434
	%1451 = fmul float %313, %1434
	%1452 = fmul float %314, %1434
	%1453 = fmul float %317, %1434
	%1454 = fmul float %318, %1434
	%1455 = icmp slt i32 %1438, %M
	br i1 %1455, label %store1, label %stored1

store1:
	%1456 = mul i32 %32, %M
	%1457 = add i32 %1456, %1438
	%1458 = mul i32 %1457, 64
	%1459 = shl i32 %16, 1
	%1460 = add i32 0, %1459
	%1461 = add i32 %1458, %1460
	%1462 = sext i32 %1461 to i64
	%1463 = getelementptr float, float* %out, i64 %1462
	store float %1439, float* %1463
	%1464 = getelementptr float, float* %1463, i32 1
	store float %1440, float* %1464
	%1465 = shl i32 %16, 1
	%1466 = add i32 8, %1465
	%1467 = add i32 %1458, %1466
	%1468 = sext i32 %1467 to i64
	%1469 = getelementptr float, float* %out, i64 %1468
	store float %1441, float* %1469
	%1470 = getelementptr float, float* %1469, i32 1
	store float %1442, float* %1470
	%1471 = shl i32 %16, 1
	%1472 = add i32 16, %1471
	%1473 = add i32 %1458, %1472
	%1474 = sext i32 %1473 to i64
	%1475 = getelementptr float, float* %out, i64 %1474
	store float %1443, float* %1475
	%1476 = getelementptr float, float* %1475, i32 1
	store float %1444, float* %1476
	%1477 = shl i32 %16, 1
	%1478 = add i32 24, %1477
	%1479 = add i32 %1458, %1478
	%1480 = sext i32 %1479 to i64
	%1481 = getelementptr float, float* %out, i64 %1480
	store float %1445, float* %1481
	%1482 = getelementptr float, float* %1481, i32 1
	store float %1446, float* %1482
	%1483 = shl i32 %16, 1
	%1484 = add i32 32, %1483
	%1485 = add i32 %1458, %1484
	%1486 = sext i32 %1485 to i64
	%1487 = getelementptr float, float* %out, i64 %1486
	store float %1447, float* %1487
	%1488 = getelementptr float, float* %1487, i32 1
	store float %1448, float* %1488
	%1489 = shl i32 %16, 1
	%1490 = add i32 40, %1489
	%1491 = add i32 %1458, %1490
	%1492 = sext i32 %1491 to i64
	%1493 = getelementptr float, float* %out, i64 %1492
	store float %1449, float* %1493
	%1494 = getelementptr float, float* %1493, i32 1
	store float %1450, float* %1494
	%1495 = shl i32 %16, 1
	%1496 = add i32 48, %1495
	%1497 = add i32 %1458, %1496
	%1498 = sext i32 %1497 to i64
	%1499 = getelementptr float, float* %out, i64 %1498
	store float %1451, float* %1499
	%1500 = getelementptr float, float* %1499, i32 1
	store float %1452, float* %1500
	%1501 = shl i32 %16, 1
	%1502 = add i32 56, %1501
	%1503 = add i32 %1458, %1502
	%1504 = sext i32 %1503 to i64
	%1505 = getelementptr float, float* %out, i64 %1504
	store float %1453, float* %1505
	%1506 = getelementptr float, float* %1505, i32 1
	store float %1454, float* %1506
	br label %stored1

stored1:
	ret void
}
