define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
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
	%182 = phi i32 [ 0, %prologue ], [ %243, %1376 ]
	%183 = phi i32 [ %59, %prologue ], [ %250, %1376 ]
	%184 = phi float [ 0.0, %prologue ], [ %1377, %1376 ]
	%185 = phi float [ 0.0, %prologue ], [ %1378, %1376 ]
	%186 = phi float [ 0.0, %prologue ], [ %1379, %1376 ]
	%187 = phi float [ 0.0, %prologue ], [ %1380, %1376 ]
	%188 = phi float [ 0.0, %prologue ], [ %1381, %1376 ]
	%189 = phi float [ 0.0, %prologue ], [ %1382, %1376 ]
	%190 = phi float [ 0.0, %prologue ], [ %1383, %1376 ]
	%191 = phi float [ 0.0, %prologue ], [ %1384, %1376 ]
	%192 = phi float [ 0.0, %prologue ], [ %1385, %1376 ]
	%193 = phi float [ 0.0, %prologue ], [ %1386, %1376 ]
	%194 = phi float [ 0.0, %prologue ], [ %1387, %1376 ]
	%195 = phi float [ 0.0, %prologue ], [ %1388, %1376 ]
	%196 = phi float [ 0.0, %prologue ], [ %1389, %1376 ]
	%197 = phi float [ 0.0, %prologue ], [ %1390, %1376 ]
	%198 = phi float [ 0.0, %prologue ], [ %1391, %1376 ]
	%199 = phi float [ 0.0, %prologue ], [ %1392, %1376 ]
	%200 = phi float [ 0.0, %prologue ], [ %1393, %1376 ]
	%201 = phi float [ 0.0, %prologue ], [ %1394, %1376 ]
	%202 = phi float [ 0.0, %prologue ], [ %1395, %1376 ]
	%203 = phi float [ 0.0, %prologue ], [ %1396, %1376 ]
	%204 = phi float [ 0.0, %prologue ], [ %1397, %1376 ]
	%205 = phi float [ 0.0, %prologue ], [ %1398, %1376 ]
	%206 = phi float [ 0.0, %prologue ], [ %1399, %1376 ]
	%207 = phi float [ 0.0, %prologue ], [ %1400, %1376 ]
	%208 = phi float [ 0.0, %prologue ], [ %1401, %1376 ]
	%209 = phi float [ 0.0, %prologue ], [ %1402, %1376 ]
	%210 = phi float [ 0.0, %prologue ], [ %1403, %1376 ]
	%211 = phi float [ 0.0, %prologue ], [ %1404, %1376 ]
	%212 = phi float [ 0.0, %prologue ], [ %1405, %1376 ]
	%213 = phi float [ 0.0, %prologue ], [ %1406, %1376 ]
	%214 = phi float [ 0.0, %prologue ], [ %1407, %1376 ]
	%215 = phi float [ 0.0, %prologue ], [ %1408, %1376 ]
	%216 = phi float [ 0xFFF0000000000000, %prologue ], [ %1207, %1376 ]
	%217 = phi float [ 0.0, %prologue ], [ %1258, %1376 ]
	%218 = phi float [ 0xFFF0000000000000, %prologue ], [ %1259, %1376 ]
	%219 = phi float [ 0.0, %prologue ], [ %1310, %1376 ]
	%220 = phi i32 [ 0, %prologue ], [ %1409, %1376 ]
	%221 = phi i32 [ 0, %prologue ], [ %1410, %1376 ]
	%222 = phi i32 [ 0, %prologue ], [ %1411, %1376 ]
	%223 = phi i32 [ 0, %prologue ], [ %1412, %1376 ]
	%224 = phi i32 [ 0, %prologue ], [ %1413, %1376 ]
	%225 = phi i32 [ 0, %prologue ], [ %1414, %1376 ]
	%226 = phi i32 [ 0, %prologue ], [ %1415, %1376 ]
	%227 = phi i32 [ 0, %prologue ], [ %1416, %1376 ]
	%228 = phi i32 [ 0, %prologue ], [ %1417, %1376 ]
	%229 = phi i32 [ 0, %prologue ], [ %1418, %1376 ]
	%230 = phi i32 [ 0, %prologue ], [ %1419, %1376 ]
	%231 = phi i32 [ 0, %prologue ], [ %1420, %1376 ]
	%232 = phi i32 [ 0, %prologue ], [ %1421, %1376 ]
	%233 = phi i32 [ 0, %prologue ], [ %1422, %1376 ]
	%234 = phi i32 [ 0, %prologue ], [ %1423, %1376 ]
	%235 = phi i32 [ 0, %prologue ], [ %1424, %1376 ]
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
	%284 = phi float [ 0.0, %entry ], [ %1258, %drain ]
	%285 = phi float [ 0.0, %entry ], [ %1310, %drain ]
	%286 = phi i32 [ 0, %entry ], [ %243, %drain ]
	%287 = phi float [ 0.0, %entry ], [ %1569, %drain ]
	%288 = phi float [ 0.0, %entry ], [ %1570, %drain ]
	%289 = phi float [ 0.0, %entry ], [ %1571, %drain ]
	%290 = phi float [ 0.0, %entry ], [ %1572, %drain ]
	%291 = phi float [ 0.0, %entry ], [ %1573, %drain ]
	%292 = phi float [ 0.0, %entry ], [ %1574, %drain ]
	%293 = phi float [ 0.0, %entry ], [ %1575, %drain ]
	%294 = phi float [ 0.0, %entry ], [ %1576, %drain ]
	%295 = phi float [ 0.0, %entry ], [ %1577, %drain ]
	%296 = phi float [ 0.0, %entry ], [ %1578, %drain ]
	%297 = phi float [ 0.0, %entry ], [ %1579, %drain ]
	%298 = phi float [ 0.0, %entry ], [ %1580, %drain ]
	%299 = phi float [ 0.0, %entry ], [ %1581, %drain ]
	%300 = phi float [ 0.0, %entry ], [ %1582, %drain ]
	%301 = phi float [ 0.0, %entry ], [ %1583, %drain ]
	%302 = phi float [ 0.0, %entry ], [ %1584, %drain ]
	%303 = phi float [ 0.0, %entry ], [ %1585, %drain ]
	%304 = phi float [ 0.0, %entry ], [ %1586, %drain ]
	%305 = phi float [ 0.0, %entry ], [ %1587, %drain ]
	%306 = phi float [ 0.0, %entry ], [ %1588, %drain ]
	%307 = phi float [ 0.0, %entry ], [ %1589, %drain ]
	%308 = phi float [ 0.0, %entry ], [ %1590, %drain ]
	%309 = phi float [ 0.0, %entry ], [ %1591, %drain ]
	%310 = phi float [ 0.0, %entry ], [ %1592, %drain ]
	%311 = phi float [ 0.0, %entry ], [ %1593, %drain ]
	%312 = phi float [ 0.0, %entry ], [ %1594, %drain ]
	%313 = phi float [ 0.0, %entry ], [ %1595, %drain ]
	%314 = phi float [ 0.0, %entry ], [ %1596, %drain ]
	%315 = phi float [ 0.0, %entry ], [ %1597, %drain ]
	%316 = phi float [ 0.0, %entry ], [ %1598, %drain ]
	%317 = phi float [ 0.0, %entry ], [ %1599, %drain ]
	%318 = phi float [ 0.0, %entry ], [ %1600, %drain ]
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
	%386 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %382, i64 %385, i32 1)
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
	%425 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, i64 %421, i64 %424, i32 1)
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
	%464 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, i64 %460, i64 %463, i32 1)
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
	%503 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, i64 %499, i64 %502, i32 1)
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
	%539 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %184, float %185, float %186, float %187, float %188, float %189, float %190, float %191, float %192, float %193, float %194, float %195, float %196, float %197, float %198, float %199, float %200, float %201, float %202, float %203, float %204, float %205, float %206, float %207, float %208, float %209, float %210, float %211, float %212, float %213, float %214, float %215, i32 %220, i32 %221, i32 %222, i32 %223, i64 %538, i32 1)
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
	%575 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, i32 %224, i32 %225, i32 %226, i32 %227, i64 %574, i32 1)
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
	%611 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, i32 %228, i32 %229, i32 %230, i32 %231, i64 %610, i32 1)
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
	%647 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %612, float %613, float %614, float %615, float %616, float %617, float %618, float %619, float %620, float %621, float %622, float %623, float %624, float %625, float %626, float %627, float %628, float %629, float %630, float %631, float %632, float %633, float %634, float %635, float %636, float %637, float %638, float %639, float %640, float %641, float %642, float %643, i32 %232, i32 %233, i32 %234, i32 %235, i64 %646, i32 1)
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
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %715 to float
	%732 = sitofp i32 %730 to float
	%733 = fcmp ole float %732, %731
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %729, %735
	%737 = select i1 %736, float %680, float 0xFFF0000000000000
	%738 = shl i32 %16, 1
	%739 = add i32 1, %738
	%740 = add i32 %236, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, i32 %740, i32 0
	%743 = sitofp i32 %715 to float
	%744 = sitofp i32 %742 to float
	%745 = fcmp ole float %744, %743
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %741, %747
	%749 = select i1 %748, float %681, float 0xFFF0000000000000
	%750 = shl i32 %16, 1
	%751 = add i32 0, %750
	%752 = add i32 %236, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %719 to float
	%756 = sitofp i32 %754 to float
	%757 = fcmp ole float %756, %755
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %753, %759
	%761 = select i1 %760, float %682, float 0xFFF0000000000000
	%762 = shl i32 %16, 1
	%763 = add i32 1, %762
	%764 = add i32 %236, %763
	%765 = icmp slt i32 %764, %N
	%766 = select i1 %765, i32 %764, i32 0
	%767 = sitofp i32 %719 to float
	%768 = sitofp i32 %766 to float
	%769 = fcmp ole float %768, %767
	%770 = uitofp i1 %769 to float
	%771 = fcmp une float %770, 0.0
	%772 = and i1 %765, %771
	%773 = select i1 %772, float %683, float 0xFFF0000000000000
	%774 = shl i32 %16, 1
	%775 = add i32 8, %774
	%776 = add i32 %236, %775
	%777 = icmp slt i32 %776, %N
	%778 = select i1 %777, i32 %776, i32 0
	%779 = sitofp i32 %715 to float
	%780 = sitofp i32 %778 to float
	%781 = fcmp ole float %780, %779
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %777, %783
	%785 = select i1 %784, float %684, float 0xFFF0000000000000
	%786 = shl i32 %16, 1
	%787 = add i32 9, %786
	%788 = add i32 %236, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %715 to float
	%792 = sitofp i32 %790 to float
	%793 = fcmp ole float %792, %791
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %789, %795
	%797 = select i1 %796, float %685, float 0xFFF0000000000000
	%798 = shl i32 %16, 1
	%799 = add i32 8, %798
	%800 = add i32 %236, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %719 to float
	%804 = sitofp i32 %802 to float
	%805 = fcmp ole float %804, %803
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %801, %807
	%809 = select i1 %808, float %686, float 0xFFF0000000000000
	%810 = shl i32 %16, 1
	%811 = add i32 9, %810
	%812 = add i32 %236, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %719 to float
	%816 = sitofp i32 %814 to float
	%817 = fcmp ole float %816, %815
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %813, %819
	%821 = select i1 %820, float %687, float 0xFFF0000000000000
	%822 = shl i32 %16, 1
	%823 = add i32 16, %822
	%824 = add i32 %236, %823
	%825 = icmp slt i32 %824, %N
	%826 = select i1 %825, i32 %824, i32 0
	%827 = sitofp i32 %715 to float
	%828 = sitofp i32 %826 to float
	%829 = fcmp ole float %828, %827
	%830 = uitofp i1 %829 to float
	%831 = fcmp une float %830, 0.0
	%832 = and i1 %825, %831
	%833 = select i1 %832, float %688, float 0xFFF0000000000000
	%834 = shl i32 %16, 1
	%835 = add i32 17, %834
	%836 = add i32 %236, %835
	%837 = icmp slt i32 %836, %N
	%838 = select i1 %837, i32 %836, i32 0
	%839 = sitofp i32 %715 to float
	%840 = sitofp i32 %838 to float
	%841 = fcmp ole float %840, %839
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %837, %843
	%845 = select i1 %844, float %689, float 0xFFF0000000000000
	%846 = shl i32 %16, 1
	%847 = add i32 16, %846
	%848 = add i32 %236, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %719 to float
	%852 = sitofp i32 %850 to float
	%853 = fcmp ole float %852, %851
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %849, %855
	%857 = select i1 %856, float %690, float 0xFFF0000000000000
	%858 = shl i32 %16, 1
	%859 = add i32 17, %858
	%860 = add i32 %236, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %719 to float
	%864 = sitofp i32 %862 to float
	%865 = fcmp ole float %864, %863
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %861, %867
	%869 = select i1 %868, float %691, float 0xFFF0000000000000
	%870 = shl i32 %16, 1
	%871 = add i32 24, %870
	%872 = add i32 %236, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %715 to float
	%876 = sitofp i32 %874 to float
	%877 = fcmp ole float %876, %875
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %873, %879
	%881 = select i1 %880, float %692, float 0xFFF0000000000000
	%882 = shl i32 %16, 1
	%883 = add i32 25, %882
	%884 = add i32 %236, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %715 to float
	%888 = sitofp i32 %886 to float
	%889 = fcmp ole float %888, %887
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = and i1 %885, %891
	%893 = select i1 %892, float %693, float 0xFFF0000000000000
	%894 = shl i32 %16, 1
	%895 = add i32 24, %894
	%896 = add i32 %236, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %719 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %897, %903
	%905 = select i1 %904, float %694, float 0xFFF0000000000000
	%906 = shl i32 %16, 1
	%907 = add i32 25, %906
	%908 = add i32 %236, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %719 to float
	%912 = sitofp i32 %910 to float
	%913 = fcmp ole float %912, %911
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %909, %915
	%917 = select i1 %916, float %695, float 0xFFF0000000000000
	%918 = shl i32 %16, 1
	%919 = add i32 32, %918
	%920 = add i32 %236, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %715 to float
	%924 = sitofp i32 %922 to float
	%925 = fcmp ole float %924, %923
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %921, %927
	%929 = select i1 %928, float %696, float 0xFFF0000000000000
	%930 = shl i32 %16, 1
	%931 = add i32 33, %930
	%932 = add i32 %236, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %715 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %933, %939
	%941 = select i1 %940, float %697, float 0xFFF0000000000000
	%942 = shl i32 %16, 1
	%943 = add i32 32, %942
	%944 = add i32 %236, %943
	%945 = icmp slt i32 %944, %N
	%946 = select i1 %945, i32 %944, i32 0
	%947 = sitofp i32 %719 to float
	%948 = sitofp i32 %946 to float
	%949 = fcmp ole float %948, %947
	%950 = uitofp i1 %949 to float
	%951 = fcmp une float %950, 0.0
	%952 = and i1 %945, %951
	%953 = select i1 %952, float %698, float 0xFFF0000000000000
	%954 = shl i32 %16, 1
	%955 = add i32 33, %954
	%956 = add i32 %236, %955
	%957 = icmp slt i32 %956, %N
	%958 = select i1 %957, i32 %956, i32 0
	%959 = sitofp i32 %719 to float
	%960 = sitofp i32 %958 to float
	%961 = fcmp ole float %960, %959
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = and i1 %957, %963
	%965 = select i1 %964, float %699, float 0xFFF0000000000000
	%966 = shl i32 %16, 1
	%967 = add i32 40, %966
	%968 = add i32 %236, %967
	%969 = icmp slt i32 %968, %N
	%970 = select i1 %969, i32 %968, i32 0
	%971 = sitofp i32 %715 to float
	%972 = sitofp i32 %970 to float
	%973 = fcmp ole float %972, %971
	%974 = uitofp i1 %973 to float
	%975 = fcmp une float %974, 0.0
	%976 = and i1 %969, %975
	%977 = select i1 %976, float %700, float 0xFFF0000000000000
	%978 = shl i32 %16, 1
	%979 = add i32 41, %978
	%980 = add i32 %236, %979
	%981 = icmp slt i32 %980, %N
	%982 = select i1 %981, i32 %980, i32 0
	%983 = sitofp i32 %715 to float
	%984 = sitofp i32 %982 to float
	%985 = fcmp ole float %984, %983
	%986 = uitofp i1 %985 to float
	%987 = fcmp une float %986, 0.0
	%988 = and i1 %981, %987
	%989 = select i1 %988, float %701, float 0xFFF0000000000000
	%990 = shl i32 %16, 1
	%991 = add i32 40, %990
	%992 = add i32 %236, %991
	%993 = icmp slt i32 %992, %N
	%994 = select i1 %993, i32 %992, i32 0
	%995 = sitofp i32 %719 to float
	%996 = sitofp i32 %994 to float
	%997 = fcmp ole float %996, %995
	%998 = uitofp i1 %997 to float
	%999 = fcmp une float %998, 0.0
	%1000 = and i1 %993, %999
	%1001 = select i1 %1000, float %702, float 0xFFF0000000000000
	%1002 = shl i32 %16, 1
	%1003 = add i32 41, %1002
	%1004 = add i32 %236, %1003
	%1005 = icmp slt i32 %1004, %N
	%1006 = select i1 %1005, i32 %1004, i32 0
	%1007 = sitofp i32 %719 to float
	%1008 = sitofp i32 %1006 to float
	%1009 = fcmp ole float %1008, %1007
	%1010 = uitofp i1 %1009 to float
	%1011 = fcmp une float %1010, 0.0
	%1012 = and i1 %1005, %1011
	%1013 = select i1 %1012, float %703, float 0xFFF0000000000000
	%1014 = shl i32 %16, 1
	%1015 = add i32 48, %1014
	%1016 = add i32 %236, %1015
	%1017 = icmp slt i32 %1016, %N
	%1018 = select i1 %1017, i32 %1016, i32 0
	%1019 = sitofp i32 %715 to float
	%1020 = sitofp i32 %1018 to float
	%1021 = fcmp ole float %1020, %1019
	%1022 = uitofp i1 %1021 to float
	%1023 = fcmp une float %1022, 0.0
	%1024 = and i1 %1017, %1023
	%1025 = select i1 %1024, float %704, float 0xFFF0000000000000
	%1026 = shl i32 %16, 1
	%1027 = add i32 49, %1026
	%1028 = add i32 %236, %1027
	%1029 = icmp slt i32 %1028, %N
	%1030 = select i1 %1029, i32 %1028, i32 0
	%1031 = sitofp i32 %715 to float
	%1032 = sitofp i32 %1030 to float
	%1033 = fcmp ole float %1032, %1031
	%1034 = uitofp i1 %1033 to float
	%1035 = fcmp une float %1034, 0.0
	%1036 = and i1 %1029, %1035
	%1037 = select i1 %1036, float %705, float 0xFFF0000000000000
	%1038 = shl i32 %16, 1
	%1039 = add i32 48, %1038
	%1040 = add i32 %236, %1039
	%1041 = icmp slt i32 %1040, %N
	%1042 = select i1 %1041, i32 %1040, i32 0
	%1043 = sitofp i32 %719 to float
	%1044 = sitofp i32 %1042 to float
	%1045 = fcmp ole float %1044, %1043
	%1046 = uitofp i1 %1045 to float
	%1047 = fcmp une float %1046, 0.0
	%1048 = and i1 %1041, %1047
	%1049 = select i1 %1048, float %706, float 0xFFF0000000000000
	%1050 = shl i32 %16, 1
	%1051 = add i32 49, %1050
	%1052 = add i32 %236, %1051
	%1053 = icmp slt i32 %1052, %N
	%1054 = select i1 %1053, i32 %1052, i32 0
	%1055 = sitofp i32 %719 to float
	%1056 = sitofp i32 %1054 to float
	%1057 = fcmp ole float %1056, %1055
	%1058 = uitofp i1 %1057 to float
	%1059 = fcmp une float %1058, 0.0
	%1060 = and i1 %1053, %1059
	%1061 = select i1 %1060, float %707, float 0xFFF0000000000000
	%1062 = shl i32 %16, 1
	%1063 = add i32 56, %1062
	%1064 = add i32 %236, %1063
	%1065 = icmp slt i32 %1064, %N
	%1066 = select i1 %1065, i32 %1064, i32 0
	%1067 = sitofp i32 %715 to float
	%1068 = sitofp i32 %1066 to float
	%1069 = fcmp ole float %1068, %1067
	%1070 = uitofp i1 %1069 to float
	%1071 = fcmp une float %1070, 0.0
	%1072 = and i1 %1065, %1071
	%1073 = select i1 %1072, float %708, float 0xFFF0000000000000
	%1074 = shl i32 %16, 1
	%1075 = add i32 57, %1074
	%1076 = add i32 %236, %1075
	%1077 = icmp slt i32 %1076, %N
	%1078 = select i1 %1077, i32 %1076, i32 0
	%1079 = sitofp i32 %715 to float
	%1080 = sitofp i32 %1078 to float
	%1081 = fcmp ole float %1080, %1079
	%1082 = uitofp i1 %1081 to float
	%1083 = fcmp une float %1082, 0.0
	%1084 = and i1 %1077, %1083
	%1085 = select i1 %1084, float %709, float 0xFFF0000000000000
	%1086 = shl i32 %16, 1
	%1087 = add i32 56, %1086
	%1088 = add i32 %236, %1087
	%1089 = icmp slt i32 %1088, %N
	%1090 = select i1 %1089, i32 %1088, i32 0
	%1091 = sitofp i32 %719 to float
	%1092 = sitofp i32 %1090 to float
	%1093 = fcmp ole float %1092, %1091
	%1094 = uitofp i1 %1093 to float
	%1095 = fcmp une float %1094, 0.0
	%1096 = and i1 %1089, %1095
	%1097 = select i1 %1096, float %710, float 0xFFF0000000000000
	%1098 = shl i32 %16, 1
	%1099 = add i32 57, %1098
	%1100 = add i32 %236, %1099
	%1101 = icmp slt i32 %1100, %N
	%1102 = select i1 %1101, i32 %1100, i32 0
	%1103 = sitofp i32 %719 to float
	%1104 = sitofp i32 %1102 to float
	%1105 = fcmp ole float %1104, %1103
	%1106 = uitofp i1 %1105 to float
	%1107 = fcmp une float %1106, 0.0
	%1108 = and i1 %1101, %1107
	%1109 = select i1 %1108, float %711, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1110 = phi float [ %680, %body ], [ %737, %partial ]
	%1111 = phi float [ %681, %body ], [ %749, %partial ]
	%1112 = phi float [ %682, %body ], [ %761, %partial ]
	%1113 = phi float [ %683, %body ], [ %773, %partial ]
	%1114 = phi float [ %684, %body ], [ %785, %partial ]
	%1115 = phi float [ %685, %body ], [ %797, %partial ]
	%1116 = phi float [ %686, %body ], [ %809, %partial ]
	%1117 = phi float [ %687, %body ], [ %821, %partial ]
	%1118 = phi float [ %688, %body ], [ %833, %partial ]
	%1119 = phi float [ %689, %body ], [ %845, %partial ]
	%1120 = phi float [ %690, %body ], [ %857, %partial ]
	%1121 = phi float [ %691, %body ], [ %869, %partial ]
	%1122 = phi float [ %692, %body ], [ %881, %partial ]
	%1123 = phi float [ %693, %body ], [ %893, %partial ]
	%1124 = phi float [ %694, %body ], [ %905, %partial ]
	%1125 = phi float [ %695, %body ], [ %917, %partial ]
	%1126 = phi float [ %696, %body ], [ %929, %partial ]
	%1127 = phi float [ %697, %body ], [ %941, %partial ]
	%1128 = phi float [ %698, %body ], [ %953, %partial ]
	%1129 = phi float [ %699, %body ], [ %965, %partial ]
	%1130 = phi float [ %700, %body ], [ %977, %partial ]
	%1131 = phi float [ %701, %body ], [ %989, %partial ]
	%1132 = phi float [ %702, %body ], [ %1001, %partial ]
	%1133 = phi float [ %703, %body ], [ %1013, %partial ]
	%1134 = phi float [ %704, %body ], [ %1025, %partial ]
	%1135 = phi float [ %705, %body ], [ %1037, %partial ]
	%1136 = phi float [ %706, %body ], [ %1049, %partial ]
	%1137 = phi float [ %707, %body ], [ %1061, %partial ]
	%1138 = phi float [ %708, %body ], [ %1073, %partial ]
	%1139 = phi float [ %709, %body ], [ %1085, %partial ]
	%1140 = phi float [ %710, %body ], [ %1097, %partial ]
	%1141 = phi float [ %711, %body ], [ %1109, %partial ]
	%1142 = call float @llvm.nvvm.fmax.f(float %1110, float %1111)
	%1143 = call float @llvm.nvvm.fmax.f(float %1114, float %1115)
	%1144 = call float @llvm.nvvm.fmax.f(float %1118, float %1119)
	%1145 = call float @llvm.nvvm.fmax.f(float %1122, float %1123)
	%1146 = call float @llvm.nvvm.fmax.f(float %1126, float %1127)
	%1147 = call float @llvm.nvvm.fmax.f(float %1130, float %1131)
	%1148 = call float @llvm.nvvm.fmax.f(float %1134, float %1135)
	%1149 = call float @llvm.nvvm.fmax.f(float %1138, float %1139)
	%1150 = call float @llvm.nvvm.fmax.f(float %1142, float %1143)
	%1151 = call float @llvm.nvvm.fmax.f(float %1144, float %1145)
	%1152 = call float @llvm.nvvm.fmax.f(float %1146, float %1147)
	%1153 = call float @llvm.nvvm.fmax.f(float %1148, float %1149)
	%1154 = call float @llvm.nvvm.fmax.f(float %1150, float %1151)
	%1155 = call float @llvm.nvvm.fmax.f(float %1152, float %1153)
	%1156 = call float @llvm.nvvm.fmax.f(float %1154, float %1155)
	%1157 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1156, i32 1, i32 31)
	%1158 = call float @llvm.nvvm.fmax.f(float %1156, float %1157)
	%1159 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1158, i32 2, i32 31)
	%1160 = call float @llvm.nvvm.fmax.f(float %1158, float %1159)
	%1161 = fmul float %1160, 0x3FC7154760000000
	%1162 = call float @llvm.nvvm.fmax.f(float %216, float %1161)
	%1163 = fadd float %216, 8.0
	%1164 = fcmp ogt float %1162, %1163
	%1165 = or i1 false, %1164
	%1166 = call float @llvm.nvvm.fmax.f(float %1112, float %1113)
	%1167 = call float @llvm.nvvm.fmax.f(float %1116, float %1117)
	%1168 = call float @llvm.nvvm.fmax.f(float %1120, float %1121)
	%1169 = call float @llvm.nvvm.fmax.f(float %1124, float %1125)
	%1170 = call float @llvm.nvvm.fmax.f(float %1128, float %1129)
	%1171 = call float @llvm.nvvm.fmax.f(float %1132, float %1133)
	%1172 = call float @llvm.nvvm.fmax.f(float %1136, float %1137)
	%1173 = call float @llvm.nvvm.fmax.f(float %1140, float %1141)
	%1174 = call float @llvm.nvvm.fmax.f(float %1166, float %1167)
	%1175 = call float @llvm.nvvm.fmax.f(float %1168, float %1169)
	%1176 = call float @llvm.nvvm.fmax.f(float %1170, float %1171)
	%1177 = call float @llvm.nvvm.fmax.f(float %1172, float %1173)
	%1178 = call float @llvm.nvvm.fmax.f(float %1174, float %1175)
	%1179 = call float @llvm.nvvm.fmax.f(float %1176, float %1177)
	%1180 = call float @llvm.nvvm.fmax.f(float %1178, float %1179)
	%1181 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1180, i32 1, i32 31)
	%1182 = call float @llvm.nvvm.fmax.f(float %1180, float %1181)
	%1183 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1182, i32 2, i32 31)
	%1184 = call float @llvm.nvvm.fmax.f(float %1182, float %1183)
	%1185 = fmul float %1184, 0x3FC7154760000000
	%1186 = call float @llvm.nvvm.fmax.f(float %218, float %1185)
	%1187 = fadd float %218, 8.0
	%1188 = fcmp ogt float %1186, %1187
	%1189 = or i1 %1165, %1188
	%1190 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1189)
	br i1 %1190, label %1191, label %1202

1191:
	%1192 = fcmp oeq float %1162, 0xFFF0000000000000
	%1193 = select i1 %1192, float 0.0, float %1162
	%1194 = fsub float %216, %1193
	%1195 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1194)
	%1196 = fcmp oeq float %1186, 0xFFF0000000000000
	%1197 = select i1 %1196, float 0.0, float %1186
	%1198 = fsub float %218, %1197
	%1199 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1198)
	%1200 = fmul float %217, %1195
	%1201 = fmul float %219, %1199
	br label %1202

1202:
	%1203 = phi float [ %217, %softmax ], [ %1200, %1191 ]
	%1204 = phi float [ %219, %softmax ], [ %1201, %1191 ]
	%1205 = phi float [ 1.0, %softmax ], [ %1195, %1191 ]
	%1206 = phi float [ 1.0, %softmax ], [ %1199, %1191 ]
	%1207 = select i1 %1190, float %1162, float %216
	%1208 = fcmp oeq float %1207, 0xFFF0000000000000
	%1209 = select i1 %1208, float 0.0, float %1207
	%1210 = fneg float %1209
	%1211 = call float @llvm.fma.f32(float %1110, float 0x3FC7154760000000, float %1210)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = call float @llvm.fma.f32(float %1111, float 0x3FC7154760000000, float %1210)
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = call float @llvm.fma.f32(float %1114, float 0x3FC7154760000000, float %1210)
	%1216 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1215)
	%1217 = call float @llvm.fma.f32(float %1115, float 0x3FC7154760000000, float %1210)
	%1218 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1217)
	%1219 = call float @llvm.fma.f32(float %1118, float 0x3FC7154760000000, float %1210)
	%1220 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1219)
	%1221 = call float @llvm.fma.f32(float %1119, float 0x3FC7154760000000, float %1210)
	%1222 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1221)
	%1223 = call float @llvm.fma.f32(float %1122, float 0x3FC7154760000000, float %1210)
	%1224 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1223)
	%1225 = call float @llvm.fma.f32(float %1123, float 0x3FC7154760000000, float %1210)
	%1226 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1225)
	%1227 = call float @llvm.fma.f32(float %1126, float 0x3FC7154760000000, float %1210)
	%1228 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1227)
	%1229 = call float @llvm.fma.f32(float %1127, float 0x3FC7154760000000, float %1210)
	%1230 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1229)
	%1231 = call float @llvm.fma.f32(float %1130, float 0x3FC7154760000000, float %1210)
	%1232 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1231)
	%1233 = call float @llvm.fma.f32(float %1131, float 0x3FC7154760000000, float %1210)
	%1234 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1233)
	%1235 = call float @llvm.fma.f32(float %1134, float 0x3FC7154760000000, float %1210)
	%1236 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1235)
	%1237 = call float @llvm.fma.f32(float %1135, float 0x3FC7154760000000, float %1210)
	%1238 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1237)
	%1239 = call float @llvm.fma.f32(float %1138, float 0x3FC7154760000000, float %1210)
	%1240 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1239)
	%1241 = call float @llvm.fma.f32(float %1139, float 0x3FC7154760000000, float %1210)
	%1242 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1241)
	%1243 = fadd float %1212, %1214
	%1244 = fadd float %1216, %1218
	%1245 = fadd float %1220, %1222
	%1246 = fadd float %1224, %1226
	%1247 = fadd float %1228, %1230
	%1248 = fadd float %1232, %1234
	%1249 = fadd float %1236, %1238
	%1250 = fadd float %1240, %1242
	%1251 = fadd float %1243, %1244
	%1252 = fadd float %1245, %1246
	%1253 = fadd float %1247, %1248
	%1254 = fadd float %1249, %1250
	%1255 = fadd float %1251, %1252
	%1256 = fadd float %1253, %1254
	%1257 = fadd float %1255, %1256
	%1258 = fadd float %1203, %1257
	%1259 = select i1 %1190, float %1186, float %218
	%1260 = fcmp oeq float %1259, 0xFFF0000000000000
	%1261 = select i1 %1260, float 0.0, float %1259
	%1262 = fneg float %1261
	%1263 = call float @llvm.fma.f32(float %1112, float 0x3FC7154760000000, float %1262)
	%1264 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1263)
	%1265 = call float @llvm.fma.f32(float %1113, float 0x3FC7154760000000, float %1262)
	%1266 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1265)
	%1267 = call float @llvm.fma.f32(float %1116, float 0x3FC7154760000000, float %1262)
	%1268 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1267)
	%1269 = call float @llvm.fma.f32(float %1117, float 0x3FC7154760000000, float %1262)
	%1270 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1269)
	%1271 = call float @llvm.fma.f32(float %1120, float 0x3FC7154760000000, float %1262)
	%1272 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1271)
	%1273 = call float @llvm.fma.f32(float %1121, float 0x3FC7154760000000, float %1262)
	%1274 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1273)
	%1275 = call float @llvm.fma.f32(float %1124, float 0x3FC7154760000000, float %1262)
	%1276 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1275)
	%1277 = call float @llvm.fma.f32(float %1125, float 0x3FC7154760000000, float %1262)
	%1278 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1277)
	%1279 = call float @llvm.fma.f32(float %1128, float 0x3FC7154760000000, float %1262)
	%1280 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1279)
	%1281 = call float @llvm.fma.f32(float %1129, float 0x3FC7154760000000, float %1262)
	%1282 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1281)
	%1283 = call float @llvm.fma.f32(float %1132, float 0x3FC7154760000000, float %1262)
	%1284 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1283)
	%1285 = call float @llvm.fma.f32(float %1133, float 0x3FC7154760000000, float %1262)
	%1286 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1285)
	%1287 = call float @llvm.fma.f32(float %1136, float 0x3FC7154760000000, float %1262)
	%1288 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1287)
	%1289 = call float @llvm.fma.f32(float %1137, float 0x3FC7154760000000, float %1262)
	%1290 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1289)
	%1291 = call float @llvm.fma.f32(float %1140, float 0x3FC7154760000000, float %1262)
	%1292 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1291)
	%1293 = call float @llvm.fma.f32(float %1141, float 0x3FC7154760000000, float %1262)
	%1294 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1293)
	%1295 = fadd float %1264, %1266
	%1296 = fadd float %1268, %1270
	%1297 = fadd float %1272, %1274
	%1298 = fadd float %1276, %1278
	%1299 = fadd float %1280, %1282
	%1300 = fadd float %1284, %1286
	%1301 = fadd float %1288, %1290
	%1302 = fadd float %1292, %1294
	%1303 = fadd float %1295, %1296
	%1304 = fadd float %1297, %1298
	%1305 = fadd float %1299, %1300
	%1306 = fadd float %1301, %1302
	%1307 = fadd float %1303, %1304
	%1308 = fadd float %1305, %1306
	%1309 = fadd float %1307, %1308
	%1310 = fadd float %1204, %1309
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1311 = call float asm sideeffect "", "=f,0"(float %648)
	%1312 = call float asm sideeffect "", "=f,0"(float %649)
	%1313 = call float asm sideeffect "", "=f,0"(float %650)
	%1314 = call float asm sideeffect "", "=f,0"(float %651)
	%1315 = call float asm sideeffect "", "=f,0"(float %652)
	%1316 = call float asm sideeffect "", "=f,0"(float %653)
	%1317 = call float asm sideeffect "", "=f,0"(float %654)
	%1318 = call float asm sideeffect "", "=f,0"(float %655)
	%1319 = call float asm sideeffect "", "=f,0"(float %656)
	%1320 = call float asm sideeffect "", "=f,0"(float %657)
	%1321 = call float asm sideeffect "", "=f,0"(float %658)
	%1322 = call float asm sideeffect "", "=f,0"(float %659)
	%1323 = call float asm sideeffect "", "=f,0"(float %660)
	%1324 = call float asm sideeffect "", "=f,0"(float %661)
	%1325 = call float asm sideeffect "", "=f,0"(float %662)
	%1326 = call float asm sideeffect "", "=f,0"(float %663)
	%1327 = call float asm sideeffect "", "=f,0"(float %664)
	%1328 = call float asm sideeffect "", "=f,0"(float %665)
	%1329 = call float asm sideeffect "", "=f,0"(float %666)
	%1330 = call float asm sideeffect "", "=f,0"(float %667)
	%1331 = call float asm sideeffect "", "=f,0"(float %668)
	%1332 = call float asm sideeffect "", "=f,0"(float %669)
	%1333 = call float asm sideeffect "", "=f,0"(float %670)
	%1334 = call float asm sideeffect "", "=f,0"(float %671)
	%1335 = call float asm sideeffect "", "=f,0"(float %672)
	%1336 = call float asm sideeffect "", "=f,0"(float %673)
	%1337 = call float asm sideeffect "", "=f,0"(float %674)
	%1338 = call float asm sideeffect "", "=f,0"(float %675)
	%1339 = call float asm sideeffect "", "=f,0"(float %676)
	%1340 = call float asm sideeffect "", "=f,0"(float %677)
	%1341 = call float asm sideeffect "", "=f,0"(float %678)
	%1342 = call float asm sideeffect "", "=f,0"(float %679)
	br i1 %1190, label %1343, label %1376

1343:
	%1344 = fmul float %1311, %1205
	%1345 = fmul float %1312, %1205
	%1346 = fmul float %1313, %1206
	%1347 = fmul float %1314, %1206
	%1348 = fmul float %1315, %1205
	%1349 = fmul float %1316, %1205
	%1350 = fmul float %1317, %1206
	%1351 = fmul float %1318, %1206
	%1352 = fmul float %1319, %1205
	%1353 = fmul float %1320, %1205
	%1354 = fmul float %1321, %1206
	%1355 = fmul float %1322, %1206
	%1356 = fmul float %1323, %1205
	%1357 = fmul float %1324, %1205
	%1358 = fmul float %1325, %1206
	%1359 = fmul float %1326, %1206
	%1360 = fmul float %1327, %1205
	%1361 = fmul float %1328, %1205
	%1362 = fmul float %1329, %1206
	%1363 = fmul float %1330, %1206
	%1364 = fmul float %1331, %1205
	%1365 = fmul float %1332, %1205
	%1366 = fmul float %1333, %1206
	%1367 = fmul float %1334, %1206
	%1368 = fmul float %1335, %1205
	%1369 = fmul float %1336, %1205
	%1370 = fmul float %1337, %1206
	%1371 = fmul float %1338, %1206
	%1372 = fmul float %1339, %1205
	%1373 = fmul float %1340, %1205
	%1374 = fmul float %1341, %1206
	%1375 = fmul float %1342, %1206
	br label %1376

1376:
	%1377 = phi float [ %1311, %1202 ], [ %1344, %1343 ]
	%1378 = phi float [ %1312, %1202 ], [ %1345, %1343 ]
	%1379 = phi float [ %1313, %1202 ], [ %1346, %1343 ]
	%1380 = phi float [ %1314, %1202 ], [ %1347, %1343 ]
	%1381 = phi float [ %1315, %1202 ], [ %1348, %1343 ]
	%1382 = phi float [ %1316, %1202 ], [ %1349, %1343 ]
	%1383 = phi float [ %1317, %1202 ], [ %1350, %1343 ]
	%1384 = phi float [ %1318, %1202 ], [ %1351, %1343 ]
	%1385 = phi float [ %1319, %1202 ], [ %1352, %1343 ]
	%1386 = phi float [ %1320, %1202 ], [ %1353, %1343 ]
	%1387 = phi float [ %1321, %1202 ], [ %1354, %1343 ]
	%1388 = phi float [ %1322, %1202 ], [ %1355, %1343 ]
	%1389 = phi float [ %1323, %1202 ], [ %1356, %1343 ]
	%1390 = phi float [ %1324, %1202 ], [ %1357, %1343 ]
	%1391 = phi float [ %1325, %1202 ], [ %1358, %1343 ]
	%1392 = phi float [ %1326, %1202 ], [ %1359, %1343 ]
	%1393 = phi float [ %1327, %1202 ], [ %1360, %1343 ]
	%1394 = phi float [ %1328, %1202 ], [ %1361, %1343 ]
	%1395 = phi float [ %1329, %1202 ], [ %1362, %1343 ]
	%1396 = phi float [ %1330, %1202 ], [ %1363, %1343 ]
	%1397 = phi float [ %1331, %1202 ], [ %1364, %1343 ]
	%1398 = phi float [ %1332, %1202 ], [ %1365, %1343 ]
	%1399 = phi float [ %1333, %1202 ], [ %1366, %1343 ]
	%1400 = phi float [ %1334, %1202 ], [ %1367, %1343 ]
	%1401 = phi float [ %1335, %1202 ], [ %1368, %1343 ]
	%1402 = phi float [ %1336, %1202 ], [ %1369, %1343 ]
	%1403 = phi float [ %1337, %1202 ], [ %1370, %1343 ]
	%1404 = phi float [ %1338, %1202 ], [ %1371, %1343 ]
	%1405 = phi float [ %1339, %1202 ], [ %1372, %1343 ]
	%1406 = phi float [ %1340, %1202 ], [ %1373, %1343 ]
	%1407 = phi float [ %1341, %1202 ], [ %1374, %1343 ]
	%1408 = phi float [ %1342, %1202 ], [ %1375, %1343 ]
	%1409 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1214, float %1212)
	%1410 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1266, float %1264)
	%1411 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1218, float %1216)
	%1412 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1270, float %1268)
	%1413 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1222, float %1220)
	%1414 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1274, float %1272)
	%1415 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1226, float %1224)
	%1416 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1278, float %1276)
	%1417 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1230, float %1228)
	%1418 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1282, float %1280)
	%1419 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1234, float %1232)
	%1420 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1286, float %1284)
	%1421 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1238, float %1236)
	%1422 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1290, float %1288)
	%1423 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1242, float %1240)
	%1424 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1294, float %1292)
	br i1 %251, label %loop, label %drain

drain:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1425 = add i32 %240, 0
	%1426 = zext i32 %1425 to i64
	%1427 = or i64 %1426, u0x4000004002000000
	%1428 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1377, float %1378, float %1379, float %1380, float %1381, float %1382, float %1383, float %1384, float %1385, float %1386, float %1387, float %1388, float %1389, float %1390, float %1391, float %1392, float %1393, float %1394, float %1395, float %1396, float %1397, float %1398, float %1399, float %1400, float %1401, float %1402, float %1403, float %1404, float %1405, float %1406, float %1407, float %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1412, i64 %1427, i32 1)
	%1429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 0
	%1430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 1
	%1431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 2
	%1432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 3
	%1433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 4
	%1434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 5
	%1435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 6
	%1436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 7
	%1437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 8
	%1438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 9
	%1439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 10
	%1440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 11
	%1441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 12
	%1442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 13
	%1443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 14
	%1444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 15
	%1445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 16
	%1446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 17
	%1447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 18
	%1448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 19
	%1449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 20
	%1450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 21
	%1451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 22
	%1452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 23
	%1453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 24
	%1454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 25
	%1455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 26
	%1456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 27
	%1457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 28
	%1458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 29
	%1459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 30
	%1460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1428, 31
	%1461 = add i32 %240, 128
	%1462 = zext i32 %1461 to i64
	%1463 = or i64 %1462, u0x4000004002000000
	%1464 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1429, float %1430, float %1431, float %1432, float %1433, float %1434, float %1435, float %1436, float %1437, float %1438, float %1439, float %1440, float %1441, float %1442, float %1443, float %1444, float %1445, float %1446, float %1447, float %1448, float %1449, float %1450, float %1451, float %1452, float %1453, float %1454, float %1455, float %1456, float %1457, float %1458, float %1459, float %1460, i32 %1413, i32 %1414, i32 %1415, i32 %1416, i64 %1463, i32 1)
	%1465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 0
	%1466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 1
	%1467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 2
	%1468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 3
	%1469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 4
	%1470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 5
	%1471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 6
	%1472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 7
	%1473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 8
	%1474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 9
	%1475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 10
	%1476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 11
	%1477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 12
	%1478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 13
	%1479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 14
	%1480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 15
	%1481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 16
	%1482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 17
	%1483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 18
	%1484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 19
	%1485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 20
	%1486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 21
	%1487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 22
	%1488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 23
	%1489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 24
	%1490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 25
	%1491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 26
	%1492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 27
	%1493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 28
	%1494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 29
	%1495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 30
	%1496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1464, 31
	%1497 = add i32 %240, 256
	%1498 = zext i32 %1497 to i64
	%1499 = or i64 %1498, u0x4000004002000000
	%1500 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1465, float %1466, float %1467, float %1468, float %1469, float %1470, float %1471, float %1472, float %1473, float %1474, float %1475, float %1476, float %1477, float %1478, float %1479, float %1480, float %1481, float %1482, float %1483, float %1484, float %1485, float %1486, float %1487, float %1488, float %1489, float %1490, float %1491, float %1492, float %1493, float %1494, float %1495, float %1496, i32 %1417, i32 %1418, i32 %1419, i32 %1420, i64 %1499, i32 1)
	%1501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 0
	%1502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 1
	%1503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 2
	%1504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 3
	%1505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 4
	%1506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 5
	%1507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 6
	%1508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 7
	%1509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 8
	%1510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 9
	%1511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 10
	%1512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 11
	%1513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 12
	%1514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 13
	%1515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 14
	%1516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 15
	%1517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 16
	%1518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 17
	%1519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 18
	%1520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 19
	%1521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 20
	%1522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 21
	%1523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 22
	%1524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 23
	%1525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 24
	%1526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 25
	%1527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 26
	%1528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 27
	%1529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 28
	%1530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 29
	%1531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 30
	%1532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1500, 31
	%1533 = add i32 %240, 384
	%1534 = zext i32 %1533 to i64
	%1535 = or i64 %1534, u0x4000004002000000
	%1536 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1501, float %1502, float %1503, float %1504, float %1505, float %1506, float %1507, float %1508, float %1509, float %1510, float %1511, float %1512, float %1513, float %1514, float %1515, float %1516, float %1517, float %1518, float %1519, float %1520, float %1521, float %1522, float %1523, float %1524, float %1525, float %1526, float %1527, float %1528, float %1529, float %1530, float %1531, float %1532, i32 %1421, i32 %1422, i32 %1423, i32 %1424, i64 %1535, i32 1)
	%1537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 0
	%1538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 1
	%1539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 2
	%1540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 3
	%1541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 4
	%1542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 5
	%1543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 6
	%1544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 7
	%1545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 8
	%1546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 9
	%1547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 10
	%1548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 11
	%1549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 12
	%1550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 13
	%1551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 14
	%1552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 15
	%1553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 16
	%1554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 17
	%1555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 18
	%1556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 19
	%1557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 20
	%1558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 21
	%1559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 22
	%1560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 23
	%1561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 24
	%1562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 25
	%1563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 26
	%1564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 27
	%1565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 28
	%1566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 29
	%1567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 30
	%1568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1536, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1569 = call float asm sideeffect "", "=f,0"(float %1537)
	%1570 = call float asm sideeffect "", "=f,0"(float %1538)
	%1571 = call float asm sideeffect "", "=f,0"(float %1539)
	%1572 = call float asm sideeffect "", "=f,0"(float %1540)
	%1573 = call float asm sideeffect "", "=f,0"(float %1541)
	%1574 = call float asm sideeffect "", "=f,0"(float %1542)
	%1575 = call float asm sideeffect "", "=f,0"(float %1543)
	%1576 = call float asm sideeffect "", "=f,0"(float %1544)
	%1577 = call float asm sideeffect "", "=f,0"(float %1545)
	%1578 = call float asm sideeffect "", "=f,0"(float %1546)
	%1579 = call float asm sideeffect "", "=f,0"(float %1547)
	%1580 = call float asm sideeffect "", "=f,0"(float %1548)
	%1581 = call float asm sideeffect "", "=f,0"(float %1549)
	%1582 = call float asm sideeffect "", "=f,0"(float %1550)
	%1583 = call float asm sideeffect "", "=f,0"(float %1551)
	%1584 = call float asm sideeffect "", "=f,0"(float %1552)
	%1585 = call float asm sideeffect "", "=f,0"(float %1553)
	%1586 = call float asm sideeffect "", "=f,0"(float %1554)
	%1587 = call float asm sideeffect "", "=f,0"(float %1555)
	%1588 = call float asm sideeffect "", "=f,0"(float %1556)
	%1589 = call float asm sideeffect "", "=f,0"(float %1557)
	%1590 = call float asm sideeffect "", "=f,0"(float %1558)
	%1591 = call float asm sideeffect "", "=f,0"(float %1559)
	%1592 = call float asm sideeffect "", "=f,0"(float %1560)
	%1593 = call float asm sideeffect "", "=f,0"(float %1561)
	%1594 = call float asm sideeffect "", "=f,0"(float %1562)
	%1595 = call float asm sideeffect "", "=f,0"(float %1563)
	%1596 = call float asm sideeffect "", "=f,0"(float %1564)
	%1597 = call float asm sideeffect "", "=f,0"(float %1565)
	%1598 = call float asm sideeffect "", "=f,0"(float %1566)
	%1599 = call float asm sideeffect "", "=f,0"(float %1567)
	%1600 = call float asm sideeffect "", "=f,0"(float %1568)
	br label %epilogue

store0:
	%1601 = mul i32 %32, %M
	%1602 = add i32 %1601, %329
	%1603 = mul i32 %1602, 64
	%1604 = shl i32 %16, 1
	%1605 = add i32 0, %1604
	%1606 = add i32 %1603, %1605
	%1607 = sext i32 %1606 to i64
	%1608 = getelementptr i16, i16* %out, i64 %1607
	%1609 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %331, float %330)
	%1610 = bitcast i16* %1608 to i32*
	store i32 %1609, i32* %1610
	%1611 = shl i32 %16, 1
	%1612 = add i32 8, %1611
	%1613 = add i32 %1603, %1612
	%1614 = sext i32 %1613 to i64
	%1615 = getelementptr i16, i16* %out, i64 %1614
	%1616 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %333, float %332)
	%1617 = bitcast i16* %1615 to i32*
	store i32 %1616, i32* %1617
	%1618 = shl i32 %16, 1
	%1619 = add i32 16, %1618
	%1620 = add i32 %1603, %1619
	%1621 = sext i32 %1620 to i64
	%1622 = getelementptr i16, i16* %out, i64 %1621
	%1623 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %335, float %334)
	%1624 = bitcast i16* %1622 to i32*
	store i32 %1623, i32* %1624
	%1625 = shl i32 %16, 1
	%1626 = add i32 24, %1625
	%1627 = add i32 %1603, %1626
	%1628 = sext i32 %1627 to i64
	%1629 = getelementptr i16, i16* %out, i64 %1628
	%1630 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %337, float %336)
	%1631 = bitcast i16* %1629 to i32*
	store i32 %1630, i32* %1631
	%1632 = shl i32 %16, 1
	%1633 = add i32 32, %1632
	%1634 = add i32 %1603, %1633
	%1635 = sext i32 %1634 to i64
	%1636 = getelementptr i16, i16* %out, i64 %1635
	%1637 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %339, float %338)
	%1638 = bitcast i16* %1636 to i32*
	store i32 %1637, i32* %1638
	%1639 = shl i32 %16, 1
	%1640 = add i32 40, %1639
	%1641 = add i32 %1603, %1640
	%1642 = sext i32 %1641 to i64
	%1643 = getelementptr i16, i16* %out, i64 %1642
	%1644 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %341, float %340)
	%1645 = bitcast i16* %1643 to i32*
	store i32 %1644, i32* %1645
	%1646 = shl i32 %16, 1
	%1647 = add i32 48, %1646
	%1648 = add i32 %1603, %1647
	%1649 = sext i32 %1648 to i64
	%1650 = getelementptr i16, i16* %out, i64 %1649
	%1651 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %343, float %342)
	%1652 = bitcast i16* %1650 to i32*
	store i32 %1651, i32* %1652
	%1653 = shl i32 %16, 1
	%1654 = add i32 56, %1653
	%1655 = add i32 %1603, %1654
	%1656 = sext i32 %1655 to i64
	%1657 = getelementptr i16, i16* %out, i64 %1656
	%1658 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %345, float %344)
	%1659 = bitcast i16* %1657 to i32*
	store i32 %1658, i32* %1659
	br label %stored0

stored0:
	%1660 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %285, i32 1, i32 31)
	%1661 = fadd float %285, %1660
	%1662 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1661, i32 2, i32 31)
	%1663 = fadd float %1661, %1662
	%1664 = fcmp ogt float %1663, 0.0
	%1665 = fdiv float 1.0, %1663
	%1666 = select i1 %1664, float %1665, float 0.0
	%1667 = mul i32 %10, 16
	%1668 = add i32 %34, %1667
	%1669 = add i32 %15, 8
	%1670 = add i32 %1668, %1669
	%1671 = fmul float %289, %1666
	%1672 = fmul float %290, %1666
	%1673 = fmul float %293, %1666
	%1674 = fmul float %294, %1666
	%1675 = fmul float %297, %1666
	%1676 = fmul float %298, %1666
	%1677 = fmul float %301, %1666
	%1678 = fmul float %302, %1666
	%1679 = fmul float %305, %1666
	%1680 = fmul float %306, %1666
	%1681 = fmul float %309, %1666
	%1682 = fmul float %310, %1666
	%1683 = fmul float %313, %1666
	%1684 = fmul float %314, %1666
	%1685 = fmul float %317, %1666
	%1686 = fmul float %318, %1666
	%1687 = icmp slt i32 %1670, %M
	br i1 %1687, label %store1, label %stored1

store1:
	%1688 = mul i32 %32, %M
	%1689 = add i32 %1688, %1670
	%1690 = mul i32 %1689, 64
	%1691 = shl i32 %16, 1
	%1692 = add i32 0, %1691
	%1693 = add i32 %1690, %1692
	%1694 = sext i32 %1693 to i64
	%1695 = getelementptr i16, i16* %out, i64 %1694
	%1696 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1672, float %1671)
	%1697 = bitcast i16* %1695 to i32*
	store i32 %1696, i32* %1697
	%1698 = shl i32 %16, 1
	%1699 = add i32 8, %1698
	%1700 = add i32 %1690, %1699
	%1701 = sext i32 %1700 to i64
	%1702 = getelementptr i16, i16* %out, i64 %1701
	%1703 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1674, float %1673)
	%1704 = bitcast i16* %1702 to i32*
	store i32 %1703, i32* %1704
	%1705 = shl i32 %16, 1
	%1706 = add i32 16, %1705
	%1707 = add i32 %1690, %1706
	%1708 = sext i32 %1707 to i64
	%1709 = getelementptr i16, i16* %out, i64 %1708
	%1710 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1676, float %1675)
	%1711 = bitcast i16* %1709 to i32*
	store i32 %1710, i32* %1711
	%1712 = shl i32 %16, 1
	%1713 = add i32 24, %1712
	%1714 = add i32 %1690, %1713
	%1715 = sext i32 %1714 to i64
	%1716 = getelementptr i16, i16* %out, i64 %1715
	%1717 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1678, float %1677)
	%1718 = bitcast i16* %1716 to i32*
	store i32 %1717, i32* %1718
	%1719 = shl i32 %16, 1
	%1720 = add i32 32, %1719
	%1721 = add i32 %1690, %1720
	%1722 = sext i32 %1721 to i64
	%1723 = getelementptr i16, i16* %out, i64 %1722
	%1724 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1680, float %1679)
	%1725 = bitcast i16* %1723 to i32*
	store i32 %1724, i32* %1725
	%1726 = shl i32 %16, 1
	%1727 = add i32 40, %1726
	%1728 = add i32 %1690, %1727
	%1729 = sext i32 %1728 to i64
	%1730 = getelementptr i16, i16* %out, i64 %1729
	%1731 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1682, float %1681)
	%1732 = bitcast i16* %1730 to i32*
	store i32 %1731, i32* %1732
	%1733 = shl i32 %16, 1
	%1734 = add i32 48, %1733
	%1735 = add i32 %1690, %1734
	%1736 = sext i32 %1735 to i64
	%1737 = getelementptr i16, i16* %out, i64 %1736
	%1738 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1684, float %1683)
	%1739 = bitcast i16* %1737 to i32*
	store i32 %1738, i32* %1739
	%1740 = shl i32 %16, 1
	%1741 = add i32 56, %1740
	%1742 = add i32 %1690, %1741
	%1743 = sext i32 %1742 to i64
	%1744 = getelementptr i16, i16* %out, i64 %1743
	%1745 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1686, float %1685)
	%1746 = bitcast i16* %1744 to i32*
	store i32 %1745, i32* %1746
	br label %stored1

stored1:
	ret void
}
