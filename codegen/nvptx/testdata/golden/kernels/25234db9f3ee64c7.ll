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
	%63 = icmp slt i32 1, %NK
	%64 = and i1 %62, %63
	%65 = select i1 %64, i32 1, i32 0
	%66 = add i32 %51, %65
	%67 = sext i32 %66 to i64
	%68 = getelementptr i32, i32* %list, i64 %67
	%69 = load i32, i32* %68
	%70 = select i1 %64, i32 %69, i32 -1
	%71 = icmp sge i32 %59, 0
	%72 = icmp slt i32 %59, %NK
	%73 = and i1 %71, %72
	%74 = select i1 %73, i32 %59, i32 0
	%75 = add i32 %55, %74
	%76 = sext i32 %75 to i64
	%77 = getelementptr i8, i8* %cls, i64 %76
	%78 = load i8, i8* %77
	%79 = lshr i32 %9, 3
	%80 = and i32 %9, 7
	%81 = lshr i32 %80, 3
	%82 = mul i32 %81, u0x4000
	%83 = and i32 %80, 7
	%84 = and i32 %79, 7
	%85 = xor i32 %83, %84
	%86 = mul i32 %79, 128
	%87 = shl i32 %85, 4
	%88 = add i32 %86, %87
	%89 = add i32 %82, %88
	%90 = add i32 %2, %89
	%91 = add i32 %34, %79
	%92 = mul i32 %91, 64
	%93 = mul i32 %80, 8
	%94 = add i32 %92, %93
	%95 = sext i32 %94 to i64
	%96 = getelementptr i16, i16* %38, i64 %95
	%97 = add i32 %91, 0
	%98 = icmp slt i32 %97, %M
	%99 = getelementptr i16, i16* %96, i64 0
	%100 = select i1 %98, i16* %99, i16* %38
	%101 = add i32 %90, 0
	%102 = select i1 %98, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %101, i16* %100, i32 %102)
	%103 = add i32 %91, 32
	%104 = icmp slt i32 %103, %M
	%105 = getelementptr i16, i16* %96, i64 2048
	%106 = select i1 %104, i16* %105, i16* %38
	%107 = add i32 %90, u0x1000
	%108 = select i1 %104, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %107, i16* %106, i32 %108)
	%109 = add i32 %91, 64
	%110 = icmp slt i32 %109, %M
	%111 = getelementptr i16, i16* %96, i64 u0x1000
	%112 = select i1 %110, i16* %111, i16* %38
	%113 = add i32 %90, u0x2000
	%114 = select i1 %110, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %113, i16* %112, i32 %114)
	%115 = add i32 %91, 96
	%116 = icmp slt i32 %115, %M
	%117 = getelementptr i16, i16* %96, i64 6144
	%118 = select i1 %116, i16* %117, i16* %38
	%119 = add i32 %90, 12288
	%120 = select i1 %116, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %119, i16* %118, i32 %120)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %62, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%121 = and i32 %11, 7
	%122 = lshr i32 %11, 3
	%123 = and i32 %122, 1
	%124 = shl i32 %123, 3
	%125 = add i32 %121, %124
	%126 = lshr i32 %11, 4
	%127 = mul i32 %10, 16
	%128 = add i32 %125, 0
	%129 = add i32 %127, %128
	%130 = mul i32 %129, 128
	%131 = add i32 %2, %130
	%132 = and i32 %11, 7
	%133 = xor i32 %126, %132
	%134 = shl i32 %133, 4
	%135 = add i32 %131, %134
	%136 = mul i32 %59, 64
	%137 = lshr i32 %9, 3
	%138 = and i32 %9, 7
	%139 = lshr i32 %138, 3
	%140 = mul i32 %139, u0x2000
	%141 = and i32 %138, 7
	%142 = and i32 %137, 7
	%143 = xor i32 %141, %142
	%144 = mul i32 %137, 128
	%145 = shl i32 %143, 4
	%146 = add i32 %144, %145
	%147 = add i32 %140, %146
	%148 = add i32 %0, %147
	%149 = add i32 %136, %137
	%150 = mul i32 %149, 64
	%151 = mul i32 %138, 8
	%152 = add i32 %150, %151
	%153 = sext i32 %152 to i64
	%154 = getelementptr i16, i16* %42, i64 %153
	%155 = add i32 %149, 0
	%156 = icmp slt i32 %155, %N
	%157 = getelementptr i16, i16* %154, i64 0
	%158 = select i1 %156, i16* %157, i16* %42
	%159 = add i32 %148, 0
	%160 = select i1 %156, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %159, i16* %158, i32 %160)
	%161 = add i32 %149, 32
	%162 = icmp slt i32 %161, %N
	%163 = getelementptr i16, i16* %154, i64 2048
	%164 = select i1 %162, i16* %163, i16* %42
	%165 = add i32 %148, u0x1000
	%166 = select i1 %162, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %165, i16* %164, i32 %166)
	%167 = add i32 %1, u0x4000
	%168 = lshr i32 %9, 3
	%169 = and i32 %9, 7
	%170 = lshr i32 %169, 3
	%171 = mul i32 %170, u0x2000
	%172 = and i32 %169, 7
	%173 = and i32 %168, 7
	%174 = xor i32 %172, %173
	%175 = mul i32 %168, 128
	%176 = shl i32 %174, 4
	%177 = add i32 %175, %176
	%178 = add i32 %171, %177
	%179 = add i32 %167, %178
	%180 = add i32 %N, %168
	%181 = mul i32 %180, 64
	%182 = mul i32 %169, 8
	%183 = add i32 %181, %182
	%184 = sext i32 %183 to i64
	%185 = getelementptr i16, i16* %46, i64 %184
	%186 = add i32 %180, 0
	%187 = icmp slt i32 %186, %N
	%188 = getelementptr i16, i16* %185, i64 0
	%189 = select i1 %187, i16* %188, i16* %46
	%190 = add i32 %179, 0
	%191 = select i1 %187, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %190, i16* %189, i32 %191)
	%192 = add i32 %180, 32
	%193 = icmp slt i32 %192, %N
	%194 = getelementptr i16, i16* %185, i64 2048
	%195 = select i1 %193, i16* %194, i16* %46
	%196 = add i32 %179, u0x1000
	%197 = select i1 %193, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %196, i16* %195, i32 %197)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%198 = phi i32 [ 0, %prologue ], [ %261, %1400 ]
	%199 = phi i32 [ %59, %prologue ], [ %200, %1400 ]
	%200 = phi i32 [ %70, %prologue ], [ %271, %1400 ]
	%201 = phi i8 [ %78, %prologue ], [ %279, %1400 ]
	%202 = phi float [ 0.0, %prologue ], [ %1401, %1400 ]
	%203 = phi float [ 0.0, %prologue ], [ %1402, %1400 ]
	%204 = phi float [ 0.0, %prologue ], [ %1403, %1400 ]
	%205 = phi float [ 0.0, %prologue ], [ %1404, %1400 ]
	%206 = phi float [ 0.0, %prologue ], [ %1405, %1400 ]
	%207 = phi float [ 0.0, %prologue ], [ %1406, %1400 ]
	%208 = phi float [ 0.0, %prologue ], [ %1407, %1400 ]
	%209 = phi float [ 0.0, %prologue ], [ %1408, %1400 ]
	%210 = phi float [ 0.0, %prologue ], [ %1409, %1400 ]
	%211 = phi float [ 0.0, %prologue ], [ %1410, %1400 ]
	%212 = phi float [ 0.0, %prologue ], [ %1411, %1400 ]
	%213 = phi float [ 0.0, %prologue ], [ %1412, %1400 ]
	%214 = phi float [ 0.0, %prologue ], [ %1413, %1400 ]
	%215 = phi float [ 0.0, %prologue ], [ %1414, %1400 ]
	%216 = phi float [ 0.0, %prologue ], [ %1415, %1400 ]
	%217 = phi float [ 0.0, %prologue ], [ %1416, %1400 ]
	%218 = phi float [ 0.0, %prologue ], [ %1417, %1400 ]
	%219 = phi float [ 0.0, %prologue ], [ %1418, %1400 ]
	%220 = phi float [ 0.0, %prologue ], [ %1419, %1400 ]
	%221 = phi float [ 0.0, %prologue ], [ %1420, %1400 ]
	%222 = phi float [ 0.0, %prologue ], [ %1421, %1400 ]
	%223 = phi float [ 0.0, %prologue ], [ %1422, %1400 ]
	%224 = phi float [ 0.0, %prologue ], [ %1423, %1400 ]
	%225 = phi float [ 0.0, %prologue ], [ %1424, %1400 ]
	%226 = phi float [ 0.0, %prologue ], [ %1425, %1400 ]
	%227 = phi float [ 0.0, %prologue ], [ %1426, %1400 ]
	%228 = phi float [ 0.0, %prologue ], [ %1427, %1400 ]
	%229 = phi float [ 0.0, %prologue ], [ %1428, %1400 ]
	%230 = phi float [ 0.0, %prologue ], [ %1429, %1400 ]
	%231 = phi float [ 0.0, %prologue ], [ %1430, %1400 ]
	%232 = phi float [ 0.0, %prologue ], [ %1431, %1400 ]
	%233 = phi float [ 0.0, %prologue ], [ %1432, %1400 ]
	%234 = phi float [ 0xFFF0000000000000, %prologue ], [ %1231, %1400 ]
	%235 = phi float [ 0.0, %prologue ], [ %1282, %1400 ]
	%236 = phi float [ 0xFFF0000000000000, %prologue ], [ %1283, %1400 ]
	%237 = phi float [ 0.0, %prologue ], [ %1334, %1400 ]
	%238 = phi i32 [ 0, %prologue ], [ %1433, %1400 ]
	%239 = phi i32 [ 0, %prologue ], [ %1434, %1400 ]
	%240 = phi i32 [ 0, %prologue ], [ %1435, %1400 ]
	%241 = phi i32 [ 0, %prologue ], [ %1436, %1400 ]
	%242 = phi i32 [ 0, %prologue ], [ %1437, %1400 ]
	%243 = phi i32 [ 0, %prologue ], [ %1438, %1400 ]
	%244 = phi i32 [ 0, %prologue ], [ %1439, %1400 ]
	%245 = phi i32 [ 0, %prologue ], [ %1440, %1400 ]
	%246 = phi i32 [ 0, %prologue ], [ %1441, %1400 ]
	%247 = phi i32 [ 0, %prologue ], [ %1442, %1400 ]
	%248 = phi i32 [ 0, %prologue ], [ %1443, %1400 ]
	%249 = phi i32 [ 0, %prologue ], [ %1444, %1400 ]
	%250 = phi i32 [ 0, %prologue ], [ %1445, %1400 ]
	%251 = phi i32 [ 0, %prologue ], [ %1446, %1400 ]
	%252 = phi i32 [ 0, %prologue ], [ %1447, %1400 ]
	%253 = phi i32 [ 0, %prologue ], [ %1448, %1400 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%254 = mul i32 %199, 64
	%255 = and i32 %198, 1
	%256 = mul i32 %255, 1024
	%257 = add i32 %6, %256
	%258 = add i32 %8, %256
	%259 = sub i32 1024, %256
	%260 = add i32 %8, %259
	%261 = add i32 %198, 1
	%262 = icmp sge i32 %200, 0
	%263 = add i32 %198, 2
	%264 = icmp slt i32 %263, %NK
	%265 = and i1 %262, %264
	%266 = select i1 %265, i32 %263, i32 0
	%267 = add i32 %51, %266
	%268 = sext i32 %267 to i64
	%269 = getelementptr i32, i32* %list, i64 %268
	%270 = load i32, i32* %269
	%271 = select i1 %265, i32 %270, i32 -1
	%272 = icmp sge i32 %200, 0
	%273 = icmp slt i32 %200, %NK
	%274 = and i1 %272, %273
	%275 = select i1 %274, i32 %200, i32 0
	%276 = add i32 %55, %275
	%277 = sext i32 %276 to i64
	%278 = getelementptr i8, i8* %cls, i64 %277
	%279 = load i8, i8* %278
	%280 = mul i32 %255, u0x4000
	%281 = add i32 %1, %280
	%282 = lshr i32 %9, 3
	%283 = and i32 %9, 7
	%284 = lshr i32 %283, 3
	%285 = mul i32 %284, u0x2000
	%286 = and i32 %283, 7
	%287 = and i32 %282, 7
	%288 = xor i32 %286, %287
	%289 = mul i32 %282, 128
	%290 = shl i32 %288, 4
	%291 = add i32 %289, %290
	%292 = add i32 %285, %291
	%293 = add i32 %281, %292
	%294 = add i32 %254, %282
	%295 = mul i32 %294, 64
	%296 = mul i32 %283, 8
	%297 = add i32 %295, %296
	%298 = sext i32 %297 to i64
	%299 = getelementptr i16, i16* %46, i64 %298
	%300 = add i32 %294, 0
	%301 = icmp slt i32 %300, %N
	%302 = getelementptr i16, i16* %299, i64 0
	%303 = select i1 %301, i16* %302, i16* %46
	%304 = add i32 %293, 0
	%305 = select i1 %301, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %304, i16* %303, i32 %305)
	%306 = add i32 %294, 32
	%307 = icmp slt i32 %306, %N
	%308 = getelementptr i16, i16* %299, i64 2048
	%309 = select i1 %307, i16* %308, i16* %46
	%310 = add i32 %293, u0x1000
	%311 = select i1 %307, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %310, i16* %309, i32 %311)
	br i1 %262, label %prefetch, label %body

epilogue:
	%312 = phi float [ 0.0, %entry ], [ %1282, %drain ]
	%313 = phi float [ 0.0, %entry ], [ %1334, %drain ]
	%314 = phi i32 [ 0, %entry ], [ %261, %drain ]
	%315 = phi float [ 0.0, %entry ], [ %1593, %drain ]
	%316 = phi float [ 0.0, %entry ], [ %1594, %drain ]
	%317 = phi float [ 0.0, %entry ], [ %1595, %drain ]
	%318 = phi float [ 0.0, %entry ], [ %1596, %drain ]
	%319 = phi float [ 0.0, %entry ], [ %1597, %drain ]
	%320 = phi float [ 0.0, %entry ], [ %1598, %drain ]
	%321 = phi float [ 0.0, %entry ], [ %1599, %drain ]
	%322 = phi float [ 0.0, %entry ], [ %1600, %drain ]
	%323 = phi float [ 0.0, %entry ], [ %1601, %drain ]
	%324 = phi float [ 0.0, %entry ], [ %1602, %drain ]
	%325 = phi float [ 0.0, %entry ], [ %1603, %drain ]
	%326 = phi float [ 0.0, %entry ], [ %1604, %drain ]
	%327 = phi float [ 0.0, %entry ], [ %1605, %drain ]
	%328 = phi float [ 0.0, %entry ], [ %1606, %drain ]
	%329 = phi float [ 0.0, %entry ], [ %1607, %drain ]
	%330 = phi float [ 0.0, %entry ], [ %1608, %drain ]
	%331 = phi float [ 0.0, %entry ], [ %1609, %drain ]
	%332 = phi float [ 0.0, %entry ], [ %1610, %drain ]
	%333 = phi float [ 0.0, %entry ], [ %1611, %drain ]
	%334 = phi float [ 0.0, %entry ], [ %1612, %drain ]
	%335 = phi float [ 0.0, %entry ], [ %1613, %drain ]
	%336 = phi float [ 0.0, %entry ], [ %1614, %drain ]
	%337 = phi float [ 0.0, %entry ], [ %1615, %drain ]
	%338 = phi float [ 0.0, %entry ], [ %1616, %drain ]
	%339 = phi float [ 0.0, %entry ], [ %1617, %drain ]
	%340 = phi float [ 0.0, %entry ], [ %1618, %drain ]
	%341 = phi float [ 0.0, %entry ], [ %1619, %drain ]
	%342 = phi float [ 0.0, %entry ], [ %1620, %drain ]
	%343 = phi float [ 0.0, %entry ], [ %1621, %drain ]
	%344 = phi float [ 0.0, %entry ], [ %1622, %drain ]
	%345 = phi float [ 0.0, %entry ], [ %1623, %drain ]
	%346 = phi float [ 0.0, %entry ], [ %1624, %drain ]
	%347 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %312, i32 1, i32 31)
	%348 = fadd float %312, %347
	%349 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %348, i32 2, i32 31)
	%350 = fadd float %348, %349
	%351 = fcmp ogt float %350, 0.0
	%352 = fdiv float 1.0, %350
	%353 = select i1 %351, float %352, float 0.0
	%354 = mul i32 %10, 16
	%355 = add i32 %34, %354
	%356 = add i32 %15, 0
	%357 = add i32 %355, %356
	%358 = fmul float %315, %353
	%359 = fmul float %316, %353
	%360 = fmul float %319, %353
	%361 = fmul float %320, %353
	%362 = fmul float %323, %353
	%363 = fmul float %324, %353
	%364 = fmul float %327, %353
	%365 = fmul float %328, %353
	%366 = fmul float %331, %353
	%367 = fmul float %332, %353
	%368 = fmul float %335, %353
	%369 = fmul float %336, %353
	%370 = fmul float %339, %353
	%371 = fmul float %340, %353
	%372 = fmul float %343, %353
	%373 = fmul float %344, %353
	%374 = icmp slt i32 %357, %M
	br i1 %374, label %store0, label %stored0

prefetch:
	%375 = sub i32 u0x4000, %280
	%376 = add i32 %0, %375
	%377 = mul i32 %200, 64
	%378 = lshr i32 %9, 3
	%379 = and i32 %9, 7
	%380 = lshr i32 %379, 3
	%381 = mul i32 %380, u0x2000
	%382 = and i32 %379, 7
	%383 = and i32 %378, 7
	%384 = xor i32 %382, %383
	%385 = mul i32 %378, 128
	%386 = shl i32 %384, 4
	%387 = add i32 %385, %386
	%388 = add i32 %381, %387
	%389 = add i32 %376, %388
	%390 = add i32 %377, %378
	%391 = mul i32 %390, 64
	%392 = mul i32 %379, 8
	%393 = add i32 %391, %392
	%394 = sext i32 %393 to i64
	%395 = getelementptr i16, i16* %42, i64 %394
	%396 = add i32 %390, 0
	%397 = icmp slt i32 %396, %N
	%398 = getelementptr i16, i16* %395, i64 0
	%399 = select i1 %397, i16* %398, i16* %42
	%400 = add i32 %389, 0
	%401 = select i1 %397, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %400, i16* %399, i32 %401)
	%402 = add i32 %390, 32
	%403 = icmp slt i32 %402, %N
	%404 = getelementptr i16, i16* %395, i64 2048
	%405 = select i1 %403, i16* %404, i16* %42
	%406 = add i32 %389, u0x1000
	%407 = select i1 %403, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %406, i16* %405, i32 %407)
	br label %body

body:
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%408 = add i32 %14, 0
	%409 = zext i32 %408 to i64
	%410 = or i64 %409, u0x4000004000010000
	%411 = add i32 %257, 0
	%412 = zext i32 %411 to i64
	%413 = or i64 %412, u0x4000004000010000
	%414 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %410, i64 %413, i32 1)
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 0
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 1
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 2
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 3
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 4
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 5
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 6
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 7
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 8
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 9
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 10
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 11
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 12
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 13
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 14
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 15
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 16
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 17
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 18
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 19
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 20
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 21
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 22
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 23
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 24
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 25
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 26
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 27
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 28
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 29
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 30
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 31
	%447 = add i32 %14, 2
	%448 = zext i32 %447 to i64
	%449 = or i64 %448, u0x4000004000010000
	%450 = add i32 %257, 2
	%451 = zext i32 %450 to i64
	%452 = or i64 %451, u0x4000004000010000
	%453 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, i64 %449, i64 %452, i32 1)
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 0
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 1
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 2
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 3
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 4
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 5
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 6
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 7
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 8
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 9
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 10
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 11
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 12
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 13
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 14
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 15
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 16
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 17
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 18
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 19
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 20
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 21
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 22
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 23
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 24
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 25
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 26
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 27
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 28
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 29
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 30
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 31
	%486 = add i32 %14, 4
	%487 = zext i32 %486 to i64
	%488 = or i64 %487, u0x4000004000010000
	%489 = add i32 %257, 4
	%490 = zext i32 %489 to i64
	%491 = or i64 %490, u0x4000004000010000
	%492 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, i64 %488, i64 %491, i32 1)
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 0
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 1
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 2
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 3
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 4
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 5
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 6
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 7
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 8
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 9
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 10
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 11
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 12
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 13
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 14
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 15
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 16
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 17
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 18
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 19
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 20
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 21
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 22
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 23
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 24
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 25
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 26
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 27
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 28
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 29
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 30
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 31
	%525 = add i32 %14, 6
	%526 = zext i32 %525 to i64
	%527 = or i64 %526, u0x4000004000010000
	%528 = add i32 %257, 6
	%529 = zext i32 %528 to i64
	%530 = or i64 %529, u0x4000004000010000
	%531 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, float %501, float %502, float %503, float %504, float %505, float %506, float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, i64 %527, i64 %530, i32 1)
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 0
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 1
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 2
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 3
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 4
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 5
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 6
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 7
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 8
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 9
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 10
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 11
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 12
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 13
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 14
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 15
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 16
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 17
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 18
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 19
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 20
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 21
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 22
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 23
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 24
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 25
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 26
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 27
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 28
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 29
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 30
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	%564 = add i32 %260, 0
	%565 = zext i32 %564 to i64
	%566 = or i64 %565, u0x4000004002000000
	%567 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %202, float %203, float %204, float %205, float %206, float %207, float %208, float %209, float %210, float %211, float %212, float %213, float %214, float %215, float %216, float %217, float %218, float %219, float %220, float %221, float %222, float %223, float %224, float %225, float %226, float %227, float %228, float %229, float %230, float %231, float %232, float %233, i32 %238, i32 %239, i32 %240, i32 %241, i64 %566, i32 1)
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 0
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 1
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 2
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 3
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 4
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 5
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 6
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 7
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 8
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 9
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 10
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 11
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 12
	%581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 13
	%582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 14
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 15
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 16
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 17
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 18
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 19
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 20
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 21
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 22
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 23
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 24
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 25
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 26
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 27
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 28
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 29
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 30
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 31
	%600 = add i32 %260, 128
	%601 = zext i32 %600 to i64
	%602 = or i64 %601, u0x4000004002000000
	%603 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, i32 %242, i32 %243, i32 %244, i32 %245, i64 %602, i32 1)
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 0
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 1
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 2
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 3
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 4
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 5
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 6
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 7
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 8
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 9
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 10
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 11
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 12
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 13
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 14
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 15
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 16
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 17
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 18
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 19
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 20
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 21
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 22
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 23
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 24
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 25
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 26
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 27
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 28
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 29
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 30
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 31
	%636 = add i32 %260, 256
	%637 = zext i32 %636 to i64
	%638 = or i64 %637, u0x4000004002000000
	%639 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, float %616, float %617, float %618, float %619, float %620, float %621, float %622, float %623, float %624, float %625, float %626, float %627, float %628, float %629, float %630, float %631, float %632, float %633, float %634, float %635, i32 %246, i32 %247, i32 %248, i32 %249, i64 %638, i32 1)
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 0
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 1
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 2
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 3
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 4
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 5
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 6
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 7
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 8
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 9
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 10
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 11
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 12
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 13
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 14
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 15
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 16
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 17
	%658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 18
	%659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 19
	%660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 20
	%661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 21
	%662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 22
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 23
	%664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 24
	%665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 25
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 26
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 27
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 28
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 29
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 30
	%671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 31
	%672 = add i32 %260, 384
	%673 = zext i32 %672 to i64
	%674 = or i64 %673, u0x4000004002000000
	%675 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %640, float %641, float %642, float %643, float %644, float %645, float %646, float %647, float %648, float %649, float %650, float %651, float %652, float %653, float %654, float %655, float %656, float %657, float %658, float %659, float %660, float %661, float %662, float %663, float %664, float %665, float %666, float %667, float %668, float %669, float %670, float %671, i32 %250, i32 %251, i32 %252, i32 %253, i64 %674, i32 1)
	%676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 0
	%677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 1
	%678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 2
	%679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 3
	%680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 4
	%681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 5
	%682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 6
	%683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 7
	%684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 8
	%685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 9
	%686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 10
	%687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 11
	%688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 12
	%689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 13
	%690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 14
	%691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 15
	%692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 16
	%693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 17
	%694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 18
	%695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 19
	%696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 20
	%697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 21
	%698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 22
	%699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 23
	%700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 24
	%701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 25
	%702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 26
	%703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 27
	%704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 28
	%705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 29
	%706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 30
	%707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 1;", ""()
	%708 = call float asm sideeffect "", "=f,0"(float %532)
	%709 = call float asm sideeffect "", "=f,0"(float %533)
	%710 = call float asm sideeffect "", "=f,0"(float %534)
	%711 = call float asm sideeffect "", "=f,0"(float %535)
	%712 = call float asm sideeffect "", "=f,0"(float %536)
	%713 = call float asm sideeffect "", "=f,0"(float %537)
	%714 = call float asm sideeffect "", "=f,0"(float %538)
	%715 = call float asm sideeffect "", "=f,0"(float %539)
	%716 = call float asm sideeffect "", "=f,0"(float %540)
	%717 = call float asm sideeffect "", "=f,0"(float %541)
	%718 = call float asm sideeffect "", "=f,0"(float %542)
	%719 = call float asm sideeffect "", "=f,0"(float %543)
	%720 = call float asm sideeffect "", "=f,0"(float %544)
	%721 = call float asm sideeffect "", "=f,0"(float %545)
	%722 = call float asm sideeffect "", "=f,0"(float %546)
	%723 = call float asm sideeffect "", "=f,0"(float %547)
	%724 = call float asm sideeffect "", "=f,0"(float %548)
	%725 = call float asm sideeffect "", "=f,0"(float %549)
	%726 = call float asm sideeffect "", "=f,0"(float %550)
	%727 = call float asm sideeffect "", "=f,0"(float %551)
	%728 = call float asm sideeffect "", "=f,0"(float %552)
	%729 = call float asm sideeffect "", "=f,0"(float %553)
	%730 = call float asm sideeffect "", "=f,0"(float %554)
	%731 = call float asm sideeffect "", "=f,0"(float %555)
	%732 = call float asm sideeffect "", "=f,0"(float %556)
	%733 = call float asm sideeffect "", "=f,0"(float %557)
	%734 = call float asm sideeffect "", "=f,0"(float %558)
	%735 = call float asm sideeffect "", "=f,0"(float %559)
	%736 = call float asm sideeffect "", "=f,0"(float %560)
	%737 = call float asm sideeffect "", "=f,0"(float %561)
	%738 = call float asm sideeffect "", "=f,0"(float %562)
	%739 = call float asm sideeffect "", "=f,0"(float %563)
	%740 = mul i32 %10, 16
	%741 = add i32 %34, %740
	%742 = add i32 %15, 0
	%743 = add i32 %741, %742
	%744 = mul i32 %10, 16
	%745 = add i32 %34, %744
	%746 = add i32 %15, 8
	%747 = add i32 %745, %746
	%748 = sitofp i32 %32 to float
	%749 = icmp ne i8 %201, 2
	br i1 %749, label %partial, label %softmax

partial:
	%750 = shl i32 %16, 1
	%751 = add i32 0, %750
	%752 = add i32 %254, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %743 to float
	%756 = sitofp i32 %754 to float
	%757 = fcmp ole float %756, %755
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %753, %759
	%761 = select i1 %760, float %708, float 0xFFF0000000000000
	%762 = shl i32 %16, 1
	%763 = add i32 1, %762
	%764 = add i32 %254, %763
	%765 = icmp slt i32 %764, %N
	%766 = select i1 %765, i32 %764, i32 0
	%767 = sitofp i32 %743 to float
	%768 = sitofp i32 %766 to float
	%769 = fcmp ole float %768, %767
	%770 = uitofp i1 %769 to float
	%771 = fcmp une float %770, 0.0
	%772 = and i1 %765, %771
	%773 = select i1 %772, float %709, float 0xFFF0000000000000
	%774 = shl i32 %16, 1
	%775 = add i32 0, %774
	%776 = add i32 %254, %775
	%777 = icmp slt i32 %776, %N
	%778 = select i1 %777, i32 %776, i32 0
	%779 = sitofp i32 %747 to float
	%780 = sitofp i32 %778 to float
	%781 = fcmp ole float %780, %779
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %777, %783
	%785 = select i1 %784, float %710, float 0xFFF0000000000000
	%786 = shl i32 %16, 1
	%787 = add i32 1, %786
	%788 = add i32 %254, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %747 to float
	%792 = sitofp i32 %790 to float
	%793 = fcmp ole float %792, %791
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %789, %795
	%797 = select i1 %796, float %711, float 0xFFF0000000000000
	%798 = shl i32 %16, 1
	%799 = add i32 8, %798
	%800 = add i32 %254, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %743 to float
	%804 = sitofp i32 %802 to float
	%805 = fcmp ole float %804, %803
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %801, %807
	%809 = select i1 %808, float %712, float 0xFFF0000000000000
	%810 = shl i32 %16, 1
	%811 = add i32 9, %810
	%812 = add i32 %254, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %743 to float
	%816 = sitofp i32 %814 to float
	%817 = fcmp ole float %816, %815
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %813, %819
	%821 = select i1 %820, float %713, float 0xFFF0000000000000
	%822 = shl i32 %16, 1
	%823 = add i32 8, %822
	%824 = add i32 %254, %823
	%825 = icmp slt i32 %824, %N
	%826 = select i1 %825, i32 %824, i32 0
	%827 = sitofp i32 %747 to float
	%828 = sitofp i32 %826 to float
	%829 = fcmp ole float %828, %827
	%830 = uitofp i1 %829 to float
	%831 = fcmp une float %830, 0.0
	%832 = and i1 %825, %831
	%833 = select i1 %832, float %714, float 0xFFF0000000000000
	%834 = shl i32 %16, 1
	%835 = add i32 9, %834
	%836 = add i32 %254, %835
	%837 = icmp slt i32 %836, %N
	%838 = select i1 %837, i32 %836, i32 0
	%839 = sitofp i32 %747 to float
	%840 = sitofp i32 %838 to float
	%841 = fcmp ole float %840, %839
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %837, %843
	%845 = select i1 %844, float %715, float 0xFFF0000000000000
	%846 = shl i32 %16, 1
	%847 = add i32 16, %846
	%848 = add i32 %254, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %743 to float
	%852 = sitofp i32 %850 to float
	%853 = fcmp ole float %852, %851
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %849, %855
	%857 = select i1 %856, float %716, float 0xFFF0000000000000
	%858 = shl i32 %16, 1
	%859 = add i32 17, %858
	%860 = add i32 %254, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %743 to float
	%864 = sitofp i32 %862 to float
	%865 = fcmp ole float %864, %863
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %861, %867
	%869 = select i1 %868, float %717, float 0xFFF0000000000000
	%870 = shl i32 %16, 1
	%871 = add i32 16, %870
	%872 = add i32 %254, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %747 to float
	%876 = sitofp i32 %874 to float
	%877 = fcmp ole float %876, %875
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %873, %879
	%881 = select i1 %880, float %718, float 0xFFF0000000000000
	%882 = shl i32 %16, 1
	%883 = add i32 17, %882
	%884 = add i32 %254, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %747 to float
	%888 = sitofp i32 %886 to float
	%889 = fcmp ole float %888, %887
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = and i1 %885, %891
	%893 = select i1 %892, float %719, float 0xFFF0000000000000
	%894 = shl i32 %16, 1
	%895 = add i32 24, %894
	%896 = add i32 %254, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %743 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %897, %903
	%905 = select i1 %904, float %720, float 0xFFF0000000000000
	%906 = shl i32 %16, 1
	%907 = add i32 25, %906
	%908 = add i32 %254, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %743 to float
	%912 = sitofp i32 %910 to float
	%913 = fcmp ole float %912, %911
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %909, %915
	%917 = select i1 %916, float %721, float 0xFFF0000000000000
	%918 = shl i32 %16, 1
	%919 = add i32 24, %918
	%920 = add i32 %254, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %747 to float
	%924 = sitofp i32 %922 to float
	%925 = fcmp ole float %924, %923
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %921, %927
	%929 = select i1 %928, float %722, float 0xFFF0000000000000
	%930 = shl i32 %16, 1
	%931 = add i32 25, %930
	%932 = add i32 %254, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %747 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %933, %939
	%941 = select i1 %940, float %723, float 0xFFF0000000000000
	%942 = shl i32 %16, 1
	%943 = add i32 32, %942
	%944 = add i32 %254, %943
	%945 = icmp slt i32 %944, %N
	%946 = select i1 %945, i32 %944, i32 0
	%947 = sitofp i32 %743 to float
	%948 = sitofp i32 %946 to float
	%949 = fcmp ole float %948, %947
	%950 = uitofp i1 %949 to float
	%951 = fcmp une float %950, 0.0
	%952 = and i1 %945, %951
	%953 = select i1 %952, float %724, float 0xFFF0000000000000
	%954 = shl i32 %16, 1
	%955 = add i32 33, %954
	%956 = add i32 %254, %955
	%957 = icmp slt i32 %956, %N
	%958 = select i1 %957, i32 %956, i32 0
	%959 = sitofp i32 %743 to float
	%960 = sitofp i32 %958 to float
	%961 = fcmp ole float %960, %959
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = and i1 %957, %963
	%965 = select i1 %964, float %725, float 0xFFF0000000000000
	%966 = shl i32 %16, 1
	%967 = add i32 32, %966
	%968 = add i32 %254, %967
	%969 = icmp slt i32 %968, %N
	%970 = select i1 %969, i32 %968, i32 0
	%971 = sitofp i32 %747 to float
	%972 = sitofp i32 %970 to float
	%973 = fcmp ole float %972, %971
	%974 = uitofp i1 %973 to float
	%975 = fcmp une float %974, 0.0
	%976 = and i1 %969, %975
	%977 = select i1 %976, float %726, float 0xFFF0000000000000
	%978 = shl i32 %16, 1
	%979 = add i32 33, %978
	%980 = add i32 %254, %979
	%981 = icmp slt i32 %980, %N
	%982 = select i1 %981, i32 %980, i32 0
	%983 = sitofp i32 %747 to float
	%984 = sitofp i32 %982 to float
	%985 = fcmp ole float %984, %983
	%986 = uitofp i1 %985 to float
	%987 = fcmp une float %986, 0.0
	%988 = and i1 %981, %987
	%989 = select i1 %988, float %727, float 0xFFF0000000000000
	%990 = shl i32 %16, 1
	%991 = add i32 40, %990
	%992 = add i32 %254, %991
	%993 = icmp slt i32 %992, %N
	%994 = select i1 %993, i32 %992, i32 0
	%995 = sitofp i32 %743 to float
	%996 = sitofp i32 %994 to float
	%997 = fcmp ole float %996, %995
	%998 = uitofp i1 %997 to float
	%999 = fcmp une float %998, 0.0
	%1000 = and i1 %993, %999
	%1001 = select i1 %1000, float %728, float 0xFFF0000000000000
	%1002 = shl i32 %16, 1
	%1003 = add i32 41, %1002
	%1004 = add i32 %254, %1003
	%1005 = icmp slt i32 %1004, %N
	%1006 = select i1 %1005, i32 %1004, i32 0
	%1007 = sitofp i32 %743 to float
	%1008 = sitofp i32 %1006 to float
	%1009 = fcmp ole float %1008, %1007
	%1010 = uitofp i1 %1009 to float
	%1011 = fcmp une float %1010, 0.0
	%1012 = and i1 %1005, %1011
	%1013 = select i1 %1012, float %729, float 0xFFF0000000000000
	%1014 = shl i32 %16, 1
	%1015 = add i32 40, %1014
	%1016 = add i32 %254, %1015
	%1017 = icmp slt i32 %1016, %N
	%1018 = select i1 %1017, i32 %1016, i32 0
	%1019 = sitofp i32 %747 to float
	%1020 = sitofp i32 %1018 to float
	%1021 = fcmp ole float %1020, %1019
	%1022 = uitofp i1 %1021 to float
	%1023 = fcmp une float %1022, 0.0
	%1024 = and i1 %1017, %1023
	%1025 = select i1 %1024, float %730, float 0xFFF0000000000000
	%1026 = shl i32 %16, 1
	%1027 = add i32 41, %1026
	%1028 = add i32 %254, %1027
	%1029 = icmp slt i32 %1028, %N
	%1030 = select i1 %1029, i32 %1028, i32 0
	%1031 = sitofp i32 %747 to float
	%1032 = sitofp i32 %1030 to float
	%1033 = fcmp ole float %1032, %1031
	%1034 = uitofp i1 %1033 to float
	%1035 = fcmp une float %1034, 0.0
	%1036 = and i1 %1029, %1035
	%1037 = select i1 %1036, float %731, float 0xFFF0000000000000
	%1038 = shl i32 %16, 1
	%1039 = add i32 48, %1038
	%1040 = add i32 %254, %1039
	%1041 = icmp slt i32 %1040, %N
	%1042 = select i1 %1041, i32 %1040, i32 0
	%1043 = sitofp i32 %743 to float
	%1044 = sitofp i32 %1042 to float
	%1045 = fcmp ole float %1044, %1043
	%1046 = uitofp i1 %1045 to float
	%1047 = fcmp une float %1046, 0.0
	%1048 = and i1 %1041, %1047
	%1049 = select i1 %1048, float %732, float 0xFFF0000000000000
	%1050 = shl i32 %16, 1
	%1051 = add i32 49, %1050
	%1052 = add i32 %254, %1051
	%1053 = icmp slt i32 %1052, %N
	%1054 = select i1 %1053, i32 %1052, i32 0
	%1055 = sitofp i32 %743 to float
	%1056 = sitofp i32 %1054 to float
	%1057 = fcmp ole float %1056, %1055
	%1058 = uitofp i1 %1057 to float
	%1059 = fcmp une float %1058, 0.0
	%1060 = and i1 %1053, %1059
	%1061 = select i1 %1060, float %733, float 0xFFF0000000000000
	%1062 = shl i32 %16, 1
	%1063 = add i32 48, %1062
	%1064 = add i32 %254, %1063
	%1065 = icmp slt i32 %1064, %N
	%1066 = select i1 %1065, i32 %1064, i32 0
	%1067 = sitofp i32 %747 to float
	%1068 = sitofp i32 %1066 to float
	%1069 = fcmp ole float %1068, %1067
	%1070 = uitofp i1 %1069 to float
	%1071 = fcmp une float %1070, 0.0
	%1072 = and i1 %1065, %1071
	%1073 = select i1 %1072, float %734, float 0xFFF0000000000000
	%1074 = shl i32 %16, 1
	%1075 = add i32 49, %1074
	%1076 = add i32 %254, %1075
	%1077 = icmp slt i32 %1076, %N
	%1078 = select i1 %1077, i32 %1076, i32 0
	%1079 = sitofp i32 %747 to float
	%1080 = sitofp i32 %1078 to float
	%1081 = fcmp ole float %1080, %1079
	%1082 = uitofp i1 %1081 to float
	%1083 = fcmp une float %1082, 0.0
	%1084 = and i1 %1077, %1083
	%1085 = select i1 %1084, float %735, float 0xFFF0000000000000
	%1086 = shl i32 %16, 1
	%1087 = add i32 56, %1086
	%1088 = add i32 %254, %1087
	%1089 = icmp slt i32 %1088, %N
	%1090 = select i1 %1089, i32 %1088, i32 0
	%1091 = sitofp i32 %743 to float
	%1092 = sitofp i32 %1090 to float
	%1093 = fcmp ole float %1092, %1091
	%1094 = uitofp i1 %1093 to float
	%1095 = fcmp une float %1094, 0.0
	%1096 = and i1 %1089, %1095
	%1097 = select i1 %1096, float %736, float 0xFFF0000000000000
	%1098 = shl i32 %16, 1
	%1099 = add i32 57, %1098
	%1100 = add i32 %254, %1099
	%1101 = icmp slt i32 %1100, %N
	%1102 = select i1 %1101, i32 %1100, i32 0
	%1103 = sitofp i32 %743 to float
	%1104 = sitofp i32 %1102 to float
	%1105 = fcmp ole float %1104, %1103
	%1106 = uitofp i1 %1105 to float
	%1107 = fcmp une float %1106, 0.0
	%1108 = and i1 %1101, %1107
	%1109 = select i1 %1108, float %737, float 0xFFF0000000000000
	%1110 = shl i32 %16, 1
	%1111 = add i32 56, %1110
	%1112 = add i32 %254, %1111
	%1113 = icmp slt i32 %1112, %N
	%1114 = select i1 %1113, i32 %1112, i32 0
	%1115 = sitofp i32 %747 to float
	%1116 = sitofp i32 %1114 to float
	%1117 = fcmp ole float %1116, %1115
	%1118 = uitofp i1 %1117 to float
	%1119 = fcmp une float %1118, 0.0
	%1120 = and i1 %1113, %1119
	%1121 = select i1 %1120, float %738, float 0xFFF0000000000000
	%1122 = shl i32 %16, 1
	%1123 = add i32 57, %1122
	%1124 = add i32 %254, %1123
	%1125 = icmp slt i32 %1124, %N
	%1126 = select i1 %1125, i32 %1124, i32 0
	%1127 = sitofp i32 %747 to float
	%1128 = sitofp i32 %1126 to float
	%1129 = fcmp ole float %1128, %1127
	%1130 = uitofp i1 %1129 to float
	%1131 = fcmp une float %1130, 0.0
	%1132 = and i1 %1125, %1131
	%1133 = select i1 %1132, float %739, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1134 = phi float [ %708, %body ], [ %761, %partial ]
	%1135 = phi float [ %709, %body ], [ %773, %partial ]
	%1136 = phi float [ %710, %body ], [ %785, %partial ]
	%1137 = phi float [ %711, %body ], [ %797, %partial ]
	%1138 = phi float [ %712, %body ], [ %809, %partial ]
	%1139 = phi float [ %713, %body ], [ %821, %partial ]
	%1140 = phi float [ %714, %body ], [ %833, %partial ]
	%1141 = phi float [ %715, %body ], [ %845, %partial ]
	%1142 = phi float [ %716, %body ], [ %857, %partial ]
	%1143 = phi float [ %717, %body ], [ %869, %partial ]
	%1144 = phi float [ %718, %body ], [ %881, %partial ]
	%1145 = phi float [ %719, %body ], [ %893, %partial ]
	%1146 = phi float [ %720, %body ], [ %905, %partial ]
	%1147 = phi float [ %721, %body ], [ %917, %partial ]
	%1148 = phi float [ %722, %body ], [ %929, %partial ]
	%1149 = phi float [ %723, %body ], [ %941, %partial ]
	%1150 = phi float [ %724, %body ], [ %953, %partial ]
	%1151 = phi float [ %725, %body ], [ %965, %partial ]
	%1152 = phi float [ %726, %body ], [ %977, %partial ]
	%1153 = phi float [ %727, %body ], [ %989, %partial ]
	%1154 = phi float [ %728, %body ], [ %1001, %partial ]
	%1155 = phi float [ %729, %body ], [ %1013, %partial ]
	%1156 = phi float [ %730, %body ], [ %1025, %partial ]
	%1157 = phi float [ %731, %body ], [ %1037, %partial ]
	%1158 = phi float [ %732, %body ], [ %1049, %partial ]
	%1159 = phi float [ %733, %body ], [ %1061, %partial ]
	%1160 = phi float [ %734, %body ], [ %1073, %partial ]
	%1161 = phi float [ %735, %body ], [ %1085, %partial ]
	%1162 = phi float [ %736, %body ], [ %1097, %partial ]
	%1163 = phi float [ %737, %body ], [ %1109, %partial ]
	%1164 = phi float [ %738, %body ], [ %1121, %partial ]
	%1165 = phi float [ %739, %body ], [ %1133, %partial ]
	%1166 = call float @llvm.nvvm.fmax.f(float %1134, float %1135)
	%1167 = call float @llvm.nvvm.fmax.f(float %1138, float %1139)
	%1168 = call float @llvm.nvvm.fmax.f(float %1142, float %1143)
	%1169 = call float @llvm.nvvm.fmax.f(float %1146, float %1147)
	%1170 = call float @llvm.nvvm.fmax.f(float %1150, float %1151)
	%1171 = call float @llvm.nvvm.fmax.f(float %1154, float %1155)
	%1172 = call float @llvm.nvvm.fmax.f(float %1158, float %1159)
	%1173 = call float @llvm.nvvm.fmax.f(float %1162, float %1163)
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
	%1186 = call float @llvm.nvvm.fmax.f(float %234, float %1185)
	%1187 = fadd float %234, 8.0
	%1188 = fcmp ogt float %1186, %1187
	%1189 = or i1 false, %1188
	%1190 = call float @llvm.nvvm.fmax.f(float %1136, float %1137)
	%1191 = call float @llvm.nvvm.fmax.f(float %1140, float %1141)
	%1192 = call float @llvm.nvvm.fmax.f(float %1144, float %1145)
	%1193 = call float @llvm.nvvm.fmax.f(float %1148, float %1149)
	%1194 = call float @llvm.nvvm.fmax.f(float %1152, float %1153)
	%1195 = call float @llvm.nvvm.fmax.f(float %1156, float %1157)
	%1196 = call float @llvm.nvvm.fmax.f(float %1160, float %1161)
	%1197 = call float @llvm.nvvm.fmax.f(float %1164, float %1165)
	%1198 = call float @llvm.nvvm.fmax.f(float %1190, float %1191)
	%1199 = call float @llvm.nvvm.fmax.f(float %1192, float %1193)
	%1200 = call float @llvm.nvvm.fmax.f(float %1194, float %1195)
	%1201 = call float @llvm.nvvm.fmax.f(float %1196, float %1197)
	%1202 = call float @llvm.nvvm.fmax.f(float %1198, float %1199)
	%1203 = call float @llvm.nvvm.fmax.f(float %1200, float %1201)
	%1204 = call float @llvm.nvvm.fmax.f(float %1202, float %1203)
	%1205 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1204, i32 1, i32 31)
	%1206 = call float @llvm.nvvm.fmax.f(float %1204, float %1205)
	%1207 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1206, i32 2, i32 31)
	%1208 = call float @llvm.nvvm.fmax.f(float %1206, float %1207)
	%1209 = fmul float %1208, 0x3FC7154760000000
	%1210 = call float @llvm.nvvm.fmax.f(float %236, float %1209)
	%1211 = fadd float %236, 8.0
	%1212 = fcmp ogt float %1210, %1211
	%1213 = or i1 %1189, %1212
	%1214 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1213)
	br i1 %1214, label %1215, label %1226

1215:
	%1216 = fcmp oeq float %1186, 0xFFF0000000000000
	%1217 = select i1 %1216, float 0.0, float %1186
	%1218 = fsub float %234, %1217
	%1219 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1218)
	%1220 = fcmp oeq float %1210, 0xFFF0000000000000
	%1221 = select i1 %1220, float 0.0, float %1210
	%1222 = fsub float %236, %1221
	%1223 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1222)
	%1224 = fmul float %235, %1219
	%1225 = fmul float %237, %1223
	br label %1226

1226:
	%1227 = phi float [ %235, %softmax ], [ %1224, %1215 ]
	%1228 = phi float [ %237, %softmax ], [ %1225, %1215 ]
	%1229 = phi float [ 1.0, %softmax ], [ %1219, %1215 ]
	%1230 = phi float [ 1.0, %softmax ], [ %1223, %1215 ]
	%1231 = select i1 %1214, float %1186, float %234
	%1232 = fcmp oeq float %1231, 0xFFF0000000000000
	%1233 = select i1 %1232, float 0.0, float %1231
	%1234 = fneg float %1233
	%1235 = call float @llvm.fma.f32(float %1134, float 0x3FC7154760000000, float %1234)
	%1236 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1235)
	%1237 = call float @llvm.fma.f32(float %1135, float 0x3FC7154760000000, float %1234)
	%1238 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1237)
	%1239 = call float @llvm.fma.f32(float %1138, float 0x3FC7154760000000, float %1234)
	%1240 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1239)
	%1241 = call float @llvm.fma.f32(float %1139, float 0x3FC7154760000000, float %1234)
	%1242 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1241)
	%1243 = call float @llvm.fma.f32(float %1142, float 0x3FC7154760000000, float %1234)
	%1244 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1243)
	%1245 = call float @llvm.fma.f32(float %1143, float 0x3FC7154760000000, float %1234)
	%1246 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1245)
	%1247 = call float @llvm.fma.f32(float %1146, float 0x3FC7154760000000, float %1234)
	%1248 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1247)
	%1249 = call float @llvm.fma.f32(float %1147, float 0x3FC7154760000000, float %1234)
	%1250 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1249)
	%1251 = call float @llvm.fma.f32(float %1150, float 0x3FC7154760000000, float %1234)
	%1252 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1251)
	%1253 = call float @llvm.fma.f32(float %1151, float 0x3FC7154760000000, float %1234)
	%1254 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1253)
	%1255 = call float @llvm.fma.f32(float %1154, float 0x3FC7154760000000, float %1234)
	%1256 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1255)
	%1257 = call float @llvm.fma.f32(float %1155, float 0x3FC7154760000000, float %1234)
	%1258 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1257)
	%1259 = call float @llvm.fma.f32(float %1158, float 0x3FC7154760000000, float %1234)
	%1260 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1259)
	%1261 = call float @llvm.fma.f32(float %1159, float 0x3FC7154760000000, float %1234)
	%1262 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1261)
	%1263 = call float @llvm.fma.f32(float %1162, float 0x3FC7154760000000, float %1234)
	%1264 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1263)
	%1265 = call float @llvm.fma.f32(float %1163, float 0x3FC7154760000000, float %1234)
	%1266 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1265)
	%1267 = fadd float %1236, %1238
	%1268 = fadd float %1240, %1242
	%1269 = fadd float %1244, %1246
	%1270 = fadd float %1248, %1250
	%1271 = fadd float %1252, %1254
	%1272 = fadd float %1256, %1258
	%1273 = fadd float %1260, %1262
	%1274 = fadd float %1264, %1266
	%1275 = fadd float %1267, %1268
	%1276 = fadd float %1269, %1270
	%1277 = fadd float %1271, %1272
	%1278 = fadd float %1273, %1274
	%1279 = fadd float %1275, %1276
	%1280 = fadd float %1277, %1278
	%1281 = fadd float %1279, %1280
	%1282 = fadd float %1227, %1281
	%1283 = select i1 %1214, float %1210, float %236
	%1284 = fcmp oeq float %1283, 0xFFF0000000000000
	%1285 = select i1 %1284, float 0.0, float %1283
	%1286 = fneg float %1285
	%1287 = call float @llvm.fma.f32(float %1136, float 0x3FC7154760000000, float %1286)
	%1288 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1287)
	%1289 = call float @llvm.fma.f32(float %1137, float 0x3FC7154760000000, float %1286)
	%1290 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1289)
	%1291 = call float @llvm.fma.f32(float %1140, float 0x3FC7154760000000, float %1286)
	%1292 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1291)
	%1293 = call float @llvm.fma.f32(float %1141, float 0x3FC7154760000000, float %1286)
	%1294 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1293)
	%1295 = call float @llvm.fma.f32(float %1144, float 0x3FC7154760000000, float %1286)
	%1296 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1295)
	%1297 = call float @llvm.fma.f32(float %1145, float 0x3FC7154760000000, float %1286)
	%1298 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1297)
	%1299 = call float @llvm.fma.f32(float %1148, float 0x3FC7154760000000, float %1286)
	%1300 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1299)
	%1301 = call float @llvm.fma.f32(float %1149, float 0x3FC7154760000000, float %1286)
	%1302 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1301)
	%1303 = call float @llvm.fma.f32(float %1152, float 0x3FC7154760000000, float %1286)
	%1304 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1303)
	%1305 = call float @llvm.fma.f32(float %1153, float 0x3FC7154760000000, float %1286)
	%1306 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1305)
	%1307 = call float @llvm.fma.f32(float %1156, float 0x3FC7154760000000, float %1286)
	%1308 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1307)
	%1309 = call float @llvm.fma.f32(float %1157, float 0x3FC7154760000000, float %1286)
	%1310 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1309)
	%1311 = call float @llvm.fma.f32(float %1160, float 0x3FC7154760000000, float %1286)
	%1312 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1311)
	%1313 = call float @llvm.fma.f32(float %1161, float 0x3FC7154760000000, float %1286)
	%1314 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1313)
	%1315 = call float @llvm.fma.f32(float %1164, float 0x3FC7154760000000, float %1286)
	%1316 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1315)
	%1317 = call float @llvm.fma.f32(float %1165, float 0x3FC7154760000000, float %1286)
	%1318 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1317)
	%1319 = fadd float %1288, %1290
	%1320 = fadd float %1292, %1294
	%1321 = fadd float %1296, %1298
	%1322 = fadd float %1300, %1302
	%1323 = fadd float %1304, %1306
	%1324 = fadd float %1308, %1310
	%1325 = fadd float %1312, %1314
	%1326 = fadd float %1316, %1318
	%1327 = fadd float %1319, %1320
	%1328 = fadd float %1321, %1322
	%1329 = fadd float %1323, %1324
	%1330 = fadd float %1325, %1326
	%1331 = fadd float %1327, %1328
	%1332 = fadd float %1329, %1330
	%1333 = fadd float %1331, %1332
	%1334 = fadd float %1228, %1333
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1335 = call float asm sideeffect "", "=f,0"(float %676)
	%1336 = call float asm sideeffect "", "=f,0"(float %677)
	%1337 = call float asm sideeffect "", "=f,0"(float %678)
	%1338 = call float asm sideeffect "", "=f,0"(float %679)
	%1339 = call float asm sideeffect "", "=f,0"(float %680)
	%1340 = call float asm sideeffect "", "=f,0"(float %681)
	%1341 = call float asm sideeffect "", "=f,0"(float %682)
	%1342 = call float asm sideeffect "", "=f,0"(float %683)
	%1343 = call float asm sideeffect "", "=f,0"(float %684)
	%1344 = call float asm sideeffect "", "=f,0"(float %685)
	%1345 = call float asm sideeffect "", "=f,0"(float %686)
	%1346 = call float asm sideeffect "", "=f,0"(float %687)
	%1347 = call float asm sideeffect "", "=f,0"(float %688)
	%1348 = call float asm sideeffect "", "=f,0"(float %689)
	%1349 = call float asm sideeffect "", "=f,0"(float %690)
	%1350 = call float asm sideeffect "", "=f,0"(float %691)
	%1351 = call float asm sideeffect "", "=f,0"(float %692)
	%1352 = call float asm sideeffect "", "=f,0"(float %693)
	%1353 = call float asm sideeffect "", "=f,0"(float %694)
	%1354 = call float asm sideeffect "", "=f,0"(float %695)
	%1355 = call float asm sideeffect "", "=f,0"(float %696)
	%1356 = call float asm sideeffect "", "=f,0"(float %697)
	%1357 = call float asm sideeffect "", "=f,0"(float %698)
	%1358 = call float asm sideeffect "", "=f,0"(float %699)
	%1359 = call float asm sideeffect "", "=f,0"(float %700)
	%1360 = call float asm sideeffect "", "=f,0"(float %701)
	%1361 = call float asm sideeffect "", "=f,0"(float %702)
	%1362 = call float asm sideeffect "", "=f,0"(float %703)
	%1363 = call float asm sideeffect "", "=f,0"(float %704)
	%1364 = call float asm sideeffect "", "=f,0"(float %705)
	%1365 = call float asm sideeffect "", "=f,0"(float %706)
	%1366 = call float asm sideeffect "", "=f,0"(float %707)
	br i1 %1214, label %1367, label %1400

1367:
	%1368 = fmul float %1335, %1229
	%1369 = fmul float %1336, %1229
	%1370 = fmul float %1337, %1230
	%1371 = fmul float %1338, %1230
	%1372 = fmul float %1339, %1229
	%1373 = fmul float %1340, %1229
	%1374 = fmul float %1341, %1230
	%1375 = fmul float %1342, %1230
	%1376 = fmul float %1343, %1229
	%1377 = fmul float %1344, %1229
	%1378 = fmul float %1345, %1230
	%1379 = fmul float %1346, %1230
	%1380 = fmul float %1347, %1229
	%1381 = fmul float %1348, %1229
	%1382 = fmul float %1349, %1230
	%1383 = fmul float %1350, %1230
	%1384 = fmul float %1351, %1229
	%1385 = fmul float %1352, %1229
	%1386 = fmul float %1353, %1230
	%1387 = fmul float %1354, %1230
	%1388 = fmul float %1355, %1229
	%1389 = fmul float %1356, %1229
	%1390 = fmul float %1357, %1230
	%1391 = fmul float %1358, %1230
	%1392 = fmul float %1359, %1229
	%1393 = fmul float %1360, %1229
	%1394 = fmul float %1361, %1230
	%1395 = fmul float %1362, %1230
	%1396 = fmul float %1363, %1229
	%1397 = fmul float %1364, %1229
	%1398 = fmul float %1365, %1230
	%1399 = fmul float %1366, %1230
	br label %1400

1400:
	%1401 = phi float [ %1335, %1226 ], [ %1368, %1367 ]
	%1402 = phi float [ %1336, %1226 ], [ %1369, %1367 ]
	%1403 = phi float [ %1337, %1226 ], [ %1370, %1367 ]
	%1404 = phi float [ %1338, %1226 ], [ %1371, %1367 ]
	%1405 = phi float [ %1339, %1226 ], [ %1372, %1367 ]
	%1406 = phi float [ %1340, %1226 ], [ %1373, %1367 ]
	%1407 = phi float [ %1341, %1226 ], [ %1374, %1367 ]
	%1408 = phi float [ %1342, %1226 ], [ %1375, %1367 ]
	%1409 = phi float [ %1343, %1226 ], [ %1376, %1367 ]
	%1410 = phi float [ %1344, %1226 ], [ %1377, %1367 ]
	%1411 = phi float [ %1345, %1226 ], [ %1378, %1367 ]
	%1412 = phi float [ %1346, %1226 ], [ %1379, %1367 ]
	%1413 = phi float [ %1347, %1226 ], [ %1380, %1367 ]
	%1414 = phi float [ %1348, %1226 ], [ %1381, %1367 ]
	%1415 = phi float [ %1349, %1226 ], [ %1382, %1367 ]
	%1416 = phi float [ %1350, %1226 ], [ %1383, %1367 ]
	%1417 = phi float [ %1351, %1226 ], [ %1384, %1367 ]
	%1418 = phi float [ %1352, %1226 ], [ %1385, %1367 ]
	%1419 = phi float [ %1353, %1226 ], [ %1386, %1367 ]
	%1420 = phi float [ %1354, %1226 ], [ %1387, %1367 ]
	%1421 = phi float [ %1355, %1226 ], [ %1388, %1367 ]
	%1422 = phi float [ %1356, %1226 ], [ %1389, %1367 ]
	%1423 = phi float [ %1357, %1226 ], [ %1390, %1367 ]
	%1424 = phi float [ %1358, %1226 ], [ %1391, %1367 ]
	%1425 = phi float [ %1359, %1226 ], [ %1392, %1367 ]
	%1426 = phi float [ %1360, %1226 ], [ %1393, %1367 ]
	%1427 = phi float [ %1361, %1226 ], [ %1394, %1367 ]
	%1428 = phi float [ %1362, %1226 ], [ %1395, %1367 ]
	%1429 = phi float [ %1363, %1226 ], [ %1396, %1367 ]
	%1430 = phi float [ %1364, %1226 ], [ %1397, %1367 ]
	%1431 = phi float [ %1365, %1226 ], [ %1398, %1367 ]
	%1432 = phi float [ %1366, %1226 ], [ %1399, %1367 ]
	%1433 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1238, float %1236)
	%1434 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1290, float %1288)
	%1435 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1242, float %1240)
	%1436 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1294, float %1292)
	%1437 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1246, float %1244)
	%1438 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1298, float %1296)
	%1439 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1250, float %1248)
	%1440 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1302, float %1300)
	%1441 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1254, float %1252)
	%1442 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1306, float %1304)
	%1443 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1258, float %1256)
	%1444 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1310, float %1308)
	%1445 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1262, float %1260)
	%1446 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1314, float %1312)
	%1447 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1266, float %1264)
	%1448 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1318, float %1316)
	br i1 %262, label %loop, label %drain

drain:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1449 = add i32 %258, 0
	%1450 = zext i32 %1449 to i64
	%1451 = or i64 %1450, u0x4000004002000000
	%1452 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1401, float %1402, float %1403, float %1404, float %1405, float %1406, float %1407, float %1408, float %1409, float %1410, float %1411, float %1412, float %1413, float %1414, float %1415, float %1416, float %1417, float %1418, float %1419, float %1420, float %1421, float %1422, float %1423, float %1424, float %1425, float %1426, float %1427, float %1428, float %1429, float %1430, float %1431, float %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1436, i64 %1451, i32 1)
	%1453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 0
	%1454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 1
	%1455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 2
	%1456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 3
	%1457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 4
	%1458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 5
	%1459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 6
	%1460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 7
	%1461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 8
	%1462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 9
	%1463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 10
	%1464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 11
	%1465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 12
	%1466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 13
	%1467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 14
	%1468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 15
	%1469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 16
	%1470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 17
	%1471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 18
	%1472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 19
	%1473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 20
	%1474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 21
	%1475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 22
	%1476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 23
	%1477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 24
	%1478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 25
	%1479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 26
	%1480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 27
	%1481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 28
	%1482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 29
	%1483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 30
	%1484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1452, 31
	%1485 = add i32 %258, 128
	%1486 = zext i32 %1485 to i64
	%1487 = or i64 %1486, u0x4000004002000000
	%1488 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1453, float %1454, float %1455, float %1456, float %1457, float %1458, float %1459, float %1460, float %1461, float %1462, float %1463, float %1464, float %1465, float %1466, float %1467, float %1468, float %1469, float %1470, float %1471, float %1472, float %1473, float %1474, float %1475, float %1476, float %1477, float %1478, float %1479, float %1480, float %1481, float %1482, float %1483, float %1484, i32 %1437, i32 %1438, i32 %1439, i32 %1440, i64 %1487, i32 1)
	%1489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 0
	%1490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 1
	%1491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 2
	%1492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 3
	%1493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 4
	%1494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 5
	%1495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 6
	%1496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 7
	%1497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 8
	%1498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 9
	%1499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 10
	%1500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 11
	%1501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 12
	%1502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 13
	%1503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 14
	%1504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 15
	%1505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 16
	%1506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 17
	%1507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 18
	%1508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 19
	%1509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 20
	%1510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 21
	%1511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 22
	%1512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 23
	%1513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 24
	%1514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 25
	%1515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 26
	%1516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 27
	%1517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 28
	%1518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 29
	%1519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 30
	%1520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1488, 31
	%1521 = add i32 %258, 256
	%1522 = zext i32 %1521 to i64
	%1523 = or i64 %1522, u0x4000004002000000
	%1524 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1489, float %1490, float %1491, float %1492, float %1493, float %1494, float %1495, float %1496, float %1497, float %1498, float %1499, float %1500, float %1501, float %1502, float %1503, float %1504, float %1505, float %1506, float %1507, float %1508, float %1509, float %1510, float %1511, float %1512, float %1513, float %1514, float %1515, float %1516, float %1517, float %1518, float %1519, float %1520, i32 %1441, i32 %1442, i32 %1443, i32 %1444, i64 %1523, i32 1)
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
	%1557 = add i32 %258, 384
	%1558 = zext i32 %1557 to i64
	%1559 = or i64 %1558, u0x4000004002000000
	%1560 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1525, float %1526, float %1527, float %1528, float %1529, float %1530, float %1531, float %1532, float %1533, float %1534, float %1535, float %1536, float %1537, float %1538, float %1539, float %1540, float %1541, float %1542, float %1543, float %1544, float %1545, float %1546, float %1547, float %1548, float %1549, float %1550, float %1551, float %1552, float %1553, float %1554, float %1555, float %1556, i32 %1445, i32 %1446, i32 %1447, i32 %1448, i64 %1559, i32 1)
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
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1593 = call float asm sideeffect "", "=f,0"(float %1561)
	%1594 = call float asm sideeffect "", "=f,0"(float %1562)
	%1595 = call float asm sideeffect "", "=f,0"(float %1563)
	%1596 = call float asm sideeffect "", "=f,0"(float %1564)
	%1597 = call float asm sideeffect "", "=f,0"(float %1565)
	%1598 = call float asm sideeffect "", "=f,0"(float %1566)
	%1599 = call float asm sideeffect "", "=f,0"(float %1567)
	%1600 = call float asm sideeffect "", "=f,0"(float %1568)
	%1601 = call float asm sideeffect "", "=f,0"(float %1569)
	%1602 = call float asm sideeffect "", "=f,0"(float %1570)
	%1603 = call float asm sideeffect "", "=f,0"(float %1571)
	%1604 = call float asm sideeffect "", "=f,0"(float %1572)
	%1605 = call float asm sideeffect "", "=f,0"(float %1573)
	%1606 = call float asm sideeffect "", "=f,0"(float %1574)
	%1607 = call float asm sideeffect "", "=f,0"(float %1575)
	%1608 = call float asm sideeffect "", "=f,0"(float %1576)
	%1609 = call float asm sideeffect "", "=f,0"(float %1577)
	%1610 = call float asm sideeffect "", "=f,0"(float %1578)
	%1611 = call float asm sideeffect "", "=f,0"(float %1579)
	%1612 = call float asm sideeffect "", "=f,0"(float %1580)
	%1613 = call float asm sideeffect "", "=f,0"(float %1581)
	%1614 = call float asm sideeffect "", "=f,0"(float %1582)
	%1615 = call float asm sideeffect "", "=f,0"(float %1583)
	%1616 = call float asm sideeffect "", "=f,0"(float %1584)
	%1617 = call float asm sideeffect "", "=f,0"(float %1585)
	%1618 = call float asm sideeffect "", "=f,0"(float %1586)
	%1619 = call float asm sideeffect "", "=f,0"(float %1587)
	%1620 = call float asm sideeffect "", "=f,0"(float %1588)
	%1621 = call float asm sideeffect "", "=f,0"(float %1589)
	%1622 = call float asm sideeffect "", "=f,0"(float %1590)
	%1623 = call float asm sideeffect "", "=f,0"(float %1591)
	%1624 = call float asm sideeffect "", "=f,0"(float %1592)
	br label %epilogue

store0:
	%1625 = mul i32 %32, %M
	%1626 = add i32 %1625, %357
	%1627 = mul i32 %1626, 64
	%1628 = shl i32 %16, 1
	%1629 = add i32 0, %1628
	%1630 = add i32 %1627, %1629
	%1631 = sext i32 %1630 to i64
	%1632 = getelementptr i16, i16* %out, i64 %1631
	%1633 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %359, float %358)
	%1634 = bitcast i16* %1632 to i32*
	store i32 %1633, i32* %1634
	%1635 = shl i32 %16, 1
	%1636 = add i32 8, %1635
	%1637 = add i32 %1627, %1636
	%1638 = sext i32 %1637 to i64
	%1639 = getelementptr i16, i16* %out, i64 %1638
	%1640 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %361, float %360)
	%1641 = bitcast i16* %1639 to i32*
	store i32 %1640, i32* %1641
	%1642 = shl i32 %16, 1
	%1643 = add i32 16, %1642
	%1644 = add i32 %1627, %1643
	%1645 = sext i32 %1644 to i64
	%1646 = getelementptr i16, i16* %out, i64 %1645
	%1647 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %363, float %362)
	%1648 = bitcast i16* %1646 to i32*
	store i32 %1647, i32* %1648
	%1649 = shl i32 %16, 1
	%1650 = add i32 24, %1649
	%1651 = add i32 %1627, %1650
	%1652 = sext i32 %1651 to i64
	%1653 = getelementptr i16, i16* %out, i64 %1652
	%1654 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %365, float %364)
	%1655 = bitcast i16* %1653 to i32*
	store i32 %1654, i32* %1655
	%1656 = shl i32 %16, 1
	%1657 = add i32 32, %1656
	%1658 = add i32 %1627, %1657
	%1659 = sext i32 %1658 to i64
	%1660 = getelementptr i16, i16* %out, i64 %1659
	%1661 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %367, float %366)
	%1662 = bitcast i16* %1660 to i32*
	store i32 %1661, i32* %1662
	%1663 = shl i32 %16, 1
	%1664 = add i32 40, %1663
	%1665 = add i32 %1627, %1664
	%1666 = sext i32 %1665 to i64
	%1667 = getelementptr i16, i16* %out, i64 %1666
	%1668 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %369, float %368)
	%1669 = bitcast i16* %1667 to i32*
	store i32 %1668, i32* %1669
	%1670 = shl i32 %16, 1
	%1671 = add i32 48, %1670
	%1672 = add i32 %1627, %1671
	%1673 = sext i32 %1672 to i64
	%1674 = getelementptr i16, i16* %out, i64 %1673
	%1675 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %371, float %370)
	%1676 = bitcast i16* %1674 to i32*
	store i32 %1675, i32* %1676
	%1677 = shl i32 %16, 1
	%1678 = add i32 56, %1677
	%1679 = add i32 %1627, %1678
	%1680 = sext i32 %1679 to i64
	%1681 = getelementptr i16, i16* %out, i64 %1680
	%1682 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %373, float %372)
	%1683 = bitcast i16* %1681 to i32*
	store i32 %1682, i32* %1683
	br label %stored0

stored0:
	%1684 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %313, i32 1, i32 31)
	%1685 = fadd float %313, %1684
	%1686 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1685, i32 2, i32 31)
	%1687 = fadd float %1685, %1686
	%1688 = fcmp ogt float %1687, 0.0
	%1689 = fdiv float 1.0, %1687
	%1690 = select i1 %1688, float %1689, float 0.0
	%1691 = mul i32 %10, 16
	%1692 = add i32 %34, %1691
	%1693 = add i32 %15, 8
	%1694 = add i32 %1692, %1693
	%1695 = fmul float %317, %1690
	%1696 = fmul float %318, %1690
	%1697 = fmul float %321, %1690
	%1698 = fmul float %322, %1690
	%1699 = fmul float %325, %1690
	%1700 = fmul float %326, %1690
	%1701 = fmul float %329, %1690
	%1702 = fmul float %330, %1690
	%1703 = fmul float %333, %1690
	%1704 = fmul float %334, %1690
	%1705 = fmul float %337, %1690
	%1706 = fmul float %338, %1690
	%1707 = fmul float %341, %1690
	%1708 = fmul float %342, %1690
	%1709 = fmul float %345, %1690
	%1710 = fmul float %346, %1690
	%1711 = icmp slt i32 %1694, %M
	br i1 %1711, label %store1, label %stored1

store1:
	%1712 = mul i32 %32, %M
	%1713 = add i32 %1712, %1694
	%1714 = mul i32 %1713, 64
	%1715 = shl i32 %16, 1
	%1716 = add i32 0, %1715
	%1717 = add i32 %1714, %1716
	%1718 = sext i32 %1717 to i64
	%1719 = getelementptr i16, i16* %out, i64 %1718
	%1720 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1696, float %1695)
	%1721 = bitcast i16* %1719 to i32*
	store i32 %1720, i32* %1721
	%1722 = shl i32 %16, 1
	%1723 = add i32 8, %1722
	%1724 = add i32 %1714, %1723
	%1725 = sext i32 %1724 to i64
	%1726 = getelementptr i16, i16* %out, i64 %1725
	%1727 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1698, float %1697)
	%1728 = bitcast i16* %1726 to i32*
	store i32 %1727, i32* %1728
	%1729 = shl i32 %16, 1
	%1730 = add i32 16, %1729
	%1731 = add i32 %1714, %1730
	%1732 = sext i32 %1731 to i64
	%1733 = getelementptr i16, i16* %out, i64 %1732
	%1734 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1700, float %1699)
	%1735 = bitcast i16* %1733 to i32*
	store i32 %1734, i32* %1735
	%1736 = shl i32 %16, 1
	%1737 = add i32 24, %1736
	%1738 = add i32 %1714, %1737
	%1739 = sext i32 %1738 to i64
	%1740 = getelementptr i16, i16* %out, i64 %1739
	%1741 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1702, float %1701)
	%1742 = bitcast i16* %1740 to i32*
	store i32 %1741, i32* %1742
	%1743 = shl i32 %16, 1
	%1744 = add i32 32, %1743
	%1745 = add i32 %1714, %1744
	%1746 = sext i32 %1745 to i64
	%1747 = getelementptr i16, i16* %out, i64 %1746
	%1748 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1704, float %1703)
	%1749 = bitcast i16* %1747 to i32*
	store i32 %1748, i32* %1749
	%1750 = shl i32 %16, 1
	%1751 = add i32 40, %1750
	%1752 = add i32 %1714, %1751
	%1753 = sext i32 %1752 to i64
	%1754 = getelementptr i16, i16* %out, i64 %1753
	%1755 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1706, float %1705)
	%1756 = bitcast i16* %1754 to i32*
	store i32 %1755, i32* %1756
	%1757 = shl i32 %16, 1
	%1758 = add i32 48, %1757
	%1759 = add i32 %1714, %1758
	%1760 = sext i32 %1759 to i64
	%1761 = getelementptr i16, i16* %out, i64 %1760
	%1762 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1708, float %1707)
	%1763 = bitcast i16* %1761 to i32*
	store i32 %1762, i32* %1763
	%1764 = shl i32 %16, 1
	%1765 = add i32 56, %1764
	%1766 = add i32 %1714, %1765
	%1767 = sext i32 %1766 to i64
	%1768 = getelementptr i16, i16* %out, i64 %1767
	%1769 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1710, float %1709)
	%1770 = bitcast i16* %1768 to i32*
	store i32 %1769, i32* %1770
	br label %stored1

stored1:
	ret void
}
