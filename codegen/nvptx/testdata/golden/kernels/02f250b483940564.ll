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
	%198 = phi i32 [ 0, %prologue ], [ %261, %1176 ]
	%199 = phi i32 [ %59, %prologue ], [ %200, %1176 ]
	%200 = phi i32 [ %70, %prologue ], [ %271, %1176 ]
	%201 = phi i8 [ %78, %prologue ], [ %279, %1176 ]
	%202 = phi float [ 0.0, %prologue ], [ %1177, %1176 ]
	%203 = phi float [ 0.0, %prologue ], [ %1178, %1176 ]
	%204 = phi float [ 0.0, %prologue ], [ %1179, %1176 ]
	%205 = phi float [ 0.0, %prologue ], [ %1180, %1176 ]
	%206 = phi float [ 0.0, %prologue ], [ %1181, %1176 ]
	%207 = phi float [ 0.0, %prologue ], [ %1182, %1176 ]
	%208 = phi float [ 0.0, %prologue ], [ %1183, %1176 ]
	%209 = phi float [ 0.0, %prologue ], [ %1184, %1176 ]
	%210 = phi float [ 0.0, %prologue ], [ %1185, %1176 ]
	%211 = phi float [ 0.0, %prologue ], [ %1186, %1176 ]
	%212 = phi float [ 0.0, %prologue ], [ %1187, %1176 ]
	%213 = phi float [ 0.0, %prologue ], [ %1188, %1176 ]
	%214 = phi float [ 0.0, %prologue ], [ %1189, %1176 ]
	%215 = phi float [ 0.0, %prologue ], [ %1190, %1176 ]
	%216 = phi float [ 0.0, %prologue ], [ %1191, %1176 ]
	%217 = phi float [ 0.0, %prologue ], [ %1192, %1176 ]
	%218 = phi float [ 0.0, %prologue ], [ %1193, %1176 ]
	%219 = phi float [ 0.0, %prologue ], [ %1194, %1176 ]
	%220 = phi float [ 0.0, %prologue ], [ %1195, %1176 ]
	%221 = phi float [ 0.0, %prologue ], [ %1196, %1176 ]
	%222 = phi float [ 0.0, %prologue ], [ %1197, %1176 ]
	%223 = phi float [ 0.0, %prologue ], [ %1198, %1176 ]
	%224 = phi float [ 0.0, %prologue ], [ %1199, %1176 ]
	%225 = phi float [ 0.0, %prologue ], [ %1200, %1176 ]
	%226 = phi float [ 0.0, %prologue ], [ %1201, %1176 ]
	%227 = phi float [ 0.0, %prologue ], [ %1202, %1176 ]
	%228 = phi float [ 0.0, %prologue ], [ %1203, %1176 ]
	%229 = phi float [ 0.0, %prologue ], [ %1204, %1176 ]
	%230 = phi float [ 0.0, %prologue ], [ %1205, %1176 ]
	%231 = phi float [ 0.0, %prologue ], [ %1206, %1176 ]
	%232 = phi float [ 0.0, %prologue ], [ %1207, %1176 ]
	%233 = phi float [ 0.0, %prologue ], [ %1208, %1176 ]
	%234 = phi float [ 0xFFF0000000000000, %prologue ], [ %1007, %1176 ]
	%235 = phi float [ 0.0, %prologue ], [ %1058, %1176 ]
	%236 = phi float [ 0xFFF0000000000000, %prologue ], [ %1059, %1176 ]
	%237 = phi float [ 0.0, %prologue ], [ %1110, %1176 ]
	%238 = phi i32 [ 0, %prologue ], [ %1209, %1176 ]
	%239 = phi i32 [ 0, %prologue ], [ %1210, %1176 ]
	%240 = phi i32 [ 0, %prologue ], [ %1211, %1176 ]
	%241 = phi i32 [ 0, %prologue ], [ %1212, %1176 ]
	%242 = phi i32 [ 0, %prologue ], [ %1213, %1176 ]
	%243 = phi i32 [ 0, %prologue ], [ %1214, %1176 ]
	%244 = phi i32 [ 0, %prologue ], [ %1215, %1176 ]
	%245 = phi i32 [ 0, %prologue ], [ %1216, %1176 ]
	%246 = phi i32 [ 0, %prologue ], [ %1217, %1176 ]
	%247 = phi i32 [ 0, %prologue ], [ %1218, %1176 ]
	%248 = phi i32 [ 0, %prologue ], [ %1219, %1176 ]
	%249 = phi i32 [ 0, %prologue ], [ %1220, %1176 ]
	%250 = phi i32 [ 0, %prologue ], [ %1221, %1176 ]
	%251 = phi i32 [ 0, %prologue ], [ %1222, %1176 ]
	%252 = phi i32 [ 0, %prologue ], [ %1223, %1176 ]
	%253 = phi i32 [ 0, %prologue ], [ %1224, %1176 ]
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
	%312 = phi float [ 0.0, %entry ], [ %1058, %drain ]
	%313 = phi float [ 0.0, %entry ], [ %1110, %drain ]
	%314 = phi i32 [ 0, %entry ], [ %261, %drain ]
	%315 = phi float [ 0.0, %entry ], [ %1369, %drain ]
	%316 = phi float [ 0.0, %entry ], [ %1370, %drain ]
	%317 = phi float [ 0.0, %entry ], [ %1371, %drain ]
	%318 = phi float [ 0.0, %entry ], [ %1372, %drain ]
	%319 = phi float [ 0.0, %entry ], [ %1373, %drain ]
	%320 = phi float [ 0.0, %entry ], [ %1374, %drain ]
	%321 = phi float [ 0.0, %entry ], [ %1375, %drain ]
	%322 = phi float [ 0.0, %entry ], [ %1376, %drain ]
	%323 = phi float [ 0.0, %entry ], [ %1377, %drain ]
	%324 = phi float [ 0.0, %entry ], [ %1378, %drain ]
	%325 = phi float [ 0.0, %entry ], [ %1379, %drain ]
	%326 = phi float [ 0.0, %entry ], [ %1380, %drain ]
	%327 = phi float [ 0.0, %entry ], [ %1381, %drain ]
	%328 = phi float [ 0.0, %entry ], [ %1382, %drain ]
	%329 = phi float [ 0.0, %entry ], [ %1383, %drain ]
	%330 = phi float [ 0.0, %entry ], [ %1384, %drain ]
	%331 = phi float [ 0.0, %entry ], [ %1385, %drain ]
	%332 = phi float [ 0.0, %entry ], [ %1386, %drain ]
	%333 = phi float [ 0.0, %entry ], [ %1387, %drain ]
	%334 = phi float [ 0.0, %entry ], [ %1388, %drain ]
	%335 = phi float [ 0.0, %entry ], [ %1389, %drain ]
	%336 = phi float [ 0.0, %entry ], [ %1390, %drain ]
	%337 = phi float [ 0.0, %entry ], [ %1391, %drain ]
	%338 = phi float [ 0.0, %entry ], [ %1392, %drain ]
	%339 = phi float [ 0.0, %entry ], [ %1393, %drain ]
	%340 = phi float [ 0.0, %entry ], [ %1394, %drain ]
	%341 = phi float [ 0.0, %entry ], [ %1395, %drain ]
	%342 = phi float [ 0.0, %entry ], [ %1396, %drain ]
	%343 = phi float [ 0.0, %entry ], [ %1397, %drain ]
	%344 = phi float [ 0.0, %entry ], [ %1398, %drain ]
	%345 = phi float [ 0.0, %entry ], [ %1399, %drain ]
	%346 = phi float [ 0.0, %entry ], [ %1400, %drain ]
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
	%414 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %410, i64 %413, i32 1)
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
	%453 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, i64 %449, i64 %452, i32 1)
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
	%492 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, i64 %488, i64 %491, i32 1)
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
	%531 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, float %501, float %502, float %503, float %504, float %505, float %506, float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, i64 %527, i64 %530, i32 1)
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
	%567 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %202, float %203, float %204, float %205, float %206, float %207, float %208, float %209, float %210, float %211, float %212, float %213, float %214, float %215, float %216, float %217, float %218, float %219, float %220, float %221, float %222, float %223, float %224, float %225, float %226, float %227, float %228, float %229, float %230, float %231, float %232, float %233, i32 %238, i32 %239, i32 %240, i32 %241, i64 %566, i32 1)
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
	%603 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, i32 %242, i32 %243, i32 %244, i32 %245, i64 %602, i32 1)
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
	%639 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, float %616, float %617, float %618, float %619, float %620, float %621, float %622, float %623, float %624, float %625, float %626, float %627, float %628, float %629, float %630, float %631, float %632, float %633, float %634, float %635, i32 %246, i32 %247, i32 %248, i32 %249, i64 %638, i32 1)
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
	%675 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %640, float %641, float %642, float %643, float %644, float %645, float %646, float %647, float %648, float %649, float %650, float %651, float %652, float %653, float %654, float %655, float %656, float %657, float %658, float %659, float %660, float %661, float %662, float %663, float %664, float %665, float %666, float %667, float %668, float %669, float %670, float %671, i32 %250, i32 %251, i32 %252, i32 %253, i64 %674, i32 1)
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
	%754 = select i1 %753, float %708, float 0xFFF0000000000000
	%755 = shl i32 %16, 1
	%756 = add i32 1, %755
	%757 = add i32 %254, %756
	%758 = icmp slt i32 %757, %N
	%759 = select i1 %758, float %709, float 0xFFF0000000000000
	%760 = shl i32 %16, 1
	%761 = add i32 0, %760
	%762 = add i32 %254, %761
	%763 = icmp slt i32 %762, %N
	%764 = select i1 %763, float %710, float 0xFFF0000000000000
	%765 = shl i32 %16, 1
	%766 = add i32 1, %765
	%767 = add i32 %254, %766
	%768 = icmp slt i32 %767, %N
	%769 = select i1 %768, float %711, float 0xFFF0000000000000
	%770 = shl i32 %16, 1
	%771 = add i32 8, %770
	%772 = add i32 %254, %771
	%773 = icmp slt i32 %772, %N
	%774 = select i1 %773, float %712, float 0xFFF0000000000000
	%775 = shl i32 %16, 1
	%776 = add i32 9, %775
	%777 = add i32 %254, %776
	%778 = icmp slt i32 %777, %N
	%779 = select i1 %778, float %713, float 0xFFF0000000000000
	%780 = shl i32 %16, 1
	%781 = add i32 8, %780
	%782 = add i32 %254, %781
	%783 = icmp slt i32 %782, %N
	%784 = select i1 %783, float %714, float 0xFFF0000000000000
	%785 = shl i32 %16, 1
	%786 = add i32 9, %785
	%787 = add i32 %254, %786
	%788 = icmp slt i32 %787, %N
	%789 = select i1 %788, float %715, float 0xFFF0000000000000
	%790 = shl i32 %16, 1
	%791 = add i32 16, %790
	%792 = add i32 %254, %791
	%793 = icmp slt i32 %792, %N
	%794 = select i1 %793, float %716, float 0xFFF0000000000000
	%795 = shl i32 %16, 1
	%796 = add i32 17, %795
	%797 = add i32 %254, %796
	%798 = icmp slt i32 %797, %N
	%799 = select i1 %798, float %717, float 0xFFF0000000000000
	%800 = shl i32 %16, 1
	%801 = add i32 16, %800
	%802 = add i32 %254, %801
	%803 = icmp slt i32 %802, %N
	%804 = select i1 %803, float %718, float 0xFFF0000000000000
	%805 = shl i32 %16, 1
	%806 = add i32 17, %805
	%807 = add i32 %254, %806
	%808 = icmp slt i32 %807, %N
	%809 = select i1 %808, float %719, float 0xFFF0000000000000
	%810 = shl i32 %16, 1
	%811 = add i32 24, %810
	%812 = add i32 %254, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, float %720, float 0xFFF0000000000000
	%815 = shl i32 %16, 1
	%816 = add i32 25, %815
	%817 = add i32 %254, %816
	%818 = icmp slt i32 %817, %N
	%819 = select i1 %818, float %721, float 0xFFF0000000000000
	%820 = shl i32 %16, 1
	%821 = add i32 24, %820
	%822 = add i32 %254, %821
	%823 = icmp slt i32 %822, %N
	%824 = select i1 %823, float %722, float 0xFFF0000000000000
	%825 = shl i32 %16, 1
	%826 = add i32 25, %825
	%827 = add i32 %254, %826
	%828 = icmp slt i32 %827, %N
	%829 = select i1 %828, float %723, float 0xFFF0000000000000
	%830 = shl i32 %16, 1
	%831 = add i32 32, %830
	%832 = add i32 %254, %831
	%833 = icmp slt i32 %832, %N
	%834 = select i1 %833, float %724, float 0xFFF0000000000000
	%835 = shl i32 %16, 1
	%836 = add i32 33, %835
	%837 = add i32 %254, %836
	%838 = icmp slt i32 %837, %N
	%839 = select i1 %838, float %725, float 0xFFF0000000000000
	%840 = shl i32 %16, 1
	%841 = add i32 32, %840
	%842 = add i32 %254, %841
	%843 = icmp slt i32 %842, %N
	%844 = select i1 %843, float %726, float 0xFFF0000000000000
	%845 = shl i32 %16, 1
	%846 = add i32 33, %845
	%847 = add i32 %254, %846
	%848 = icmp slt i32 %847, %N
	%849 = select i1 %848, float %727, float 0xFFF0000000000000
	%850 = shl i32 %16, 1
	%851 = add i32 40, %850
	%852 = add i32 %254, %851
	%853 = icmp slt i32 %852, %N
	%854 = select i1 %853, float %728, float 0xFFF0000000000000
	%855 = shl i32 %16, 1
	%856 = add i32 41, %855
	%857 = add i32 %254, %856
	%858 = icmp slt i32 %857, %N
	%859 = select i1 %858, float %729, float 0xFFF0000000000000
	%860 = shl i32 %16, 1
	%861 = add i32 40, %860
	%862 = add i32 %254, %861
	%863 = icmp slt i32 %862, %N
	%864 = select i1 %863, float %730, float 0xFFF0000000000000
	%865 = shl i32 %16, 1
	%866 = add i32 41, %865
	%867 = add i32 %254, %866
	%868 = icmp slt i32 %867, %N
	%869 = select i1 %868, float %731, float 0xFFF0000000000000
	%870 = shl i32 %16, 1
	%871 = add i32 48, %870
	%872 = add i32 %254, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, float %732, float 0xFFF0000000000000
	%875 = shl i32 %16, 1
	%876 = add i32 49, %875
	%877 = add i32 %254, %876
	%878 = icmp slt i32 %877, %N
	%879 = select i1 %878, float %733, float 0xFFF0000000000000
	%880 = shl i32 %16, 1
	%881 = add i32 48, %880
	%882 = add i32 %254, %881
	%883 = icmp slt i32 %882, %N
	%884 = select i1 %883, float %734, float 0xFFF0000000000000
	%885 = shl i32 %16, 1
	%886 = add i32 49, %885
	%887 = add i32 %254, %886
	%888 = icmp slt i32 %887, %N
	%889 = select i1 %888, float %735, float 0xFFF0000000000000
	%890 = shl i32 %16, 1
	%891 = add i32 56, %890
	%892 = add i32 %254, %891
	%893 = icmp slt i32 %892, %N
	%894 = select i1 %893, float %736, float 0xFFF0000000000000
	%895 = shl i32 %16, 1
	%896 = add i32 57, %895
	%897 = add i32 %254, %896
	%898 = icmp slt i32 %897, %N
	%899 = select i1 %898, float %737, float 0xFFF0000000000000
	%900 = shl i32 %16, 1
	%901 = add i32 56, %900
	%902 = add i32 %254, %901
	%903 = icmp slt i32 %902, %N
	%904 = select i1 %903, float %738, float 0xFFF0000000000000
	%905 = shl i32 %16, 1
	%906 = add i32 57, %905
	%907 = add i32 %254, %906
	%908 = icmp slt i32 %907, %N
	%909 = select i1 %908, float %739, float 0xFFF0000000000000
	br label %softmax

softmax:
	%910 = phi float [ %708, %body ], [ %754, %partial ]
	%911 = phi float [ %709, %body ], [ %759, %partial ]
	%912 = phi float [ %710, %body ], [ %764, %partial ]
	%913 = phi float [ %711, %body ], [ %769, %partial ]
	%914 = phi float [ %712, %body ], [ %774, %partial ]
	%915 = phi float [ %713, %body ], [ %779, %partial ]
	%916 = phi float [ %714, %body ], [ %784, %partial ]
	%917 = phi float [ %715, %body ], [ %789, %partial ]
	%918 = phi float [ %716, %body ], [ %794, %partial ]
	%919 = phi float [ %717, %body ], [ %799, %partial ]
	%920 = phi float [ %718, %body ], [ %804, %partial ]
	%921 = phi float [ %719, %body ], [ %809, %partial ]
	%922 = phi float [ %720, %body ], [ %814, %partial ]
	%923 = phi float [ %721, %body ], [ %819, %partial ]
	%924 = phi float [ %722, %body ], [ %824, %partial ]
	%925 = phi float [ %723, %body ], [ %829, %partial ]
	%926 = phi float [ %724, %body ], [ %834, %partial ]
	%927 = phi float [ %725, %body ], [ %839, %partial ]
	%928 = phi float [ %726, %body ], [ %844, %partial ]
	%929 = phi float [ %727, %body ], [ %849, %partial ]
	%930 = phi float [ %728, %body ], [ %854, %partial ]
	%931 = phi float [ %729, %body ], [ %859, %partial ]
	%932 = phi float [ %730, %body ], [ %864, %partial ]
	%933 = phi float [ %731, %body ], [ %869, %partial ]
	%934 = phi float [ %732, %body ], [ %874, %partial ]
	%935 = phi float [ %733, %body ], [ %879, %partial ]
	%936 = phi float [ %734, %body ], [ %884, %partial ]
	%937 = phi float [ %735, %body ], [ %889, %partial ]
	%938 = phi float [ %736, %body ], [ %894, %partial ]
	%939 = phi float [ %737, %body ], [ %899, %partial ]
	%940 = phi float [ %738, %body ], [ %904, %partial ]
	%941 = phi float [ %739, %body ], [ %909, %partial ]
	%942 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%943 = call float @llvm.nvvm.fmax.f(float %914, float %915)
	%944 = call float @llvm.nvvm.fmax.f(float %918, float %919)
	%945 = call float @llvm.nvvm.fmax.f(float %922, float %923)
	%946 = call float @llvm.nvvm.fmax.f(float %926, float %927)
	%947 = call float @llvm.nvvm.fmax.f(float %930, float %931)
	%948 = call float @llvm.nvvm.fmax.f(float %934, float %935)
	%949 = call float @llvm.nvvm.fmax.f(float %938, float %939)
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
	%962 = call float @llvm.nvvm.fmax.f(float %234, float %961)
	%963 = fadd float %234, 8.0
	%964 = fcmp ogt float %962, %963
	%965 = or i1 false, %964
	%966 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%967 = call float @llvm.nvvm.fmax.f(float %916, float %917)
	%968 = call float @llvm.nvvm.fmax.f(float %920, float %921)
	%969 = call float @llvm.nvvm.fmax.f(float %924, float %925)
	%970 = call float @llvm.nvvm.fmax.f(float %928, float %929)
	%971 = call float @llvm.nvvm.fmax.f(float %932, float %933)
	%972 = call float @llvm.nvvm.fmax.f(float %936, float %937)
	%973 = call float @llvm.nvvm.fmax.f(float %940, float %941)
	%974 = call float @llvm.nvvm.fmax.f(float %966, float %967)
	%975 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%976 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%977 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%978 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%979 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%980 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%981 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %980, i32 1, i32 31)
	%982 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%983 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %982, i32 2, i32 31)
	%984 = call float @llvm.nvvm.fmax.f(float %982, float %983)
	%985 = fmul float %984, 0x3FC7154760000000
	%986 = call float @llvm.nvvm.fmax.f(float %236, float %985)
	%987 = fadd float %236, 8.0
	%988 = fcmp ogt float %986, %987
	%989 = or i1 %965, %988
	%990 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %989)
	br i1 %990, label %991, label %1002

991:
	%992 = fcmp oeq float %962, 0xFFF0000000000000
	%993 = select i1 %992, float 0.0, float %962
	%994 = fsub float %234, %993
	%995 = call float @llvm.nvvm.ex2.approx.ftz.f(float %994)
	%996 = fcmp oeq float %986, 0xFFF0000000000000
	%997 = select i1 %996, float 0.0, float %986
	%998 = fsub float %236, %997
	%999 = call float @llvm.nvvm.ex2.approx.ftz.f(float %998)
	%1000 = fmul float %235, %995
	%1001 = fmul float %237, %999
	br label %1002

1002:
	%1003 = phi float [ %235, %softmax ], [ %1000, %991 ]
	%1004 = phi float [ %237, %softmax ], [ %1001, %991 ]
	%1005 = phi float [ 1.0, %softmax ], [ %995, %991 ]
	%1006 = phi float [ 1.0, %softmax ], [ %999, %991 ]
	%1007 = select i1 %990, float %962, float %234
	%1008 = fcmp oeq float %1007, 0xFFF0000000000000
	%1009 = select i1 %1008, float 0.0, float %1007
	%1010 = fneg float %1009
	%1011 = call float @llvm.fma.f32(float %910, float 0x3FC7154760000000, float %1010)
	%1012 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1011)
	%1013 = call float @llvm.fma.f32(float %911, float 0x3FC7154760000000, float %1010)
	%1014 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1013)
	%1015 = call float @llvm.fma.f32(float %914, float 0x3FC7154760000000, float %1010)
	%1016 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1015)
	%1017 = call float @llvm.fma.f32(float %915, float 0x3FC7154760000000, float %1010)
	%1018 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1017)
	%1019 = call float @llvm.fma.f32(float %918, float 0x3FC7154760000000, float %1010)
	%1020 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1019)
	%1021 = call float @llvm.fma.f32(float %919, float 0x3FC7154760000000, float %1010)
	%1022 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1021)
	%1023 = call float @llvm.fma.f32(float %922, float 0x3FC7154760000000, float %1010)
	%1024 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1023)
	%1025 = call float @llvm.fma.f32(float %923, float 0x3FC7154760000000, float %1010)
	%1026 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1025)
	%1027 = call float @llvm.fma.f32(float %926, float 0x3FC7154760000000, float %1010)
	%1028 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1027)
	%1029 = call float @llvm.fma.f32(float %927, float 0x3FC7154760000000, float %1010)
	%1030 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1029)
	%1031 = call float @llvm.fma.f32(float %930, float 0x3FC7154760000000, float %1010)
	%1032 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1031)
	%1033 = call float @llvm.fma.f32(float %931, float 0x3FC7154760000000, float %1010)
	%1034 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1033)
	%1035 = call float @llvm.fma.f32(float %934, float 0x3FC7154760000000, float %1010)
	%1036 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1035)
	%1037 = call float @llvm.fma.f32(float %935, float 0x3FC7154760000000, float %1010)
	%1038 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1037)
	%1039 = call float @llvm.fma.f32(float %938, float 0x3FC7154760000000, float %1010)
	%1040 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1039)
	%1041 = call float @llvm.fma.f32(float %939, float 0x3FC7154760000000, float %1010)
	%1042 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1041)
	%1043 = fadd float %1012, %1014
	%1044 = fadd float %1016, %1018
	%1045 = fadd float %1020, %1022
	%1046 = fadd float %1024, %1026
	%1047 = fadd float %1028, %1030
	%1048 = fadd float %1032, %1034
	%1049 = fadd float %1036, %1038
	%1050 = fadd float %1040, %1042
	%1051 = fadd float %1043, %1044
	%1052 = fadd float %1045, %1046
	%1053 = fadd float %1047, %1048
	%1054 = fadd float %1049, %1050
	%1055 = fadd float %1051, %1052
	%1056 = fadd float %1053, %1054
	%1057 = fadd float %1055, %1056
	%1058 = fadd float %1003, %1057
	%1059 = select i1 %990, float %986, float %236
	%1060 = fcmp oeq float %1059, 0xFFF0000000000000
	%1061 = select i1 %1060, float 0.0, float %1059
	%1062 = fneg float %1061
	%1063 = call float @llvm.fma.f32(float %912, float 0x3FC7154760000000, float %1062)
	%1064 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1063)
	%1065 = call float @llvm.fma.f32(float %913, float 0x3FC7154760000000, float %1062)
	%1066 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1065)
	%1067 = call float @llvm.fma.f32(float %916, float 0x3FC7154760000000, float %1062)
	%1068 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1067)
	%1069 = call float @llvm.fma.f32(float %917, float 0x3FC7154760000000, float %1062)
	%1070 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1069)
	%1071 = call float @llvm.fma.f32(float %920, float 0x3FC7154760000000, float %1062)
	%1072 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1071)
	%1073 = call float @llvm.fma.f32(float %921, float 0x3FC7154760000000, float %1062)
	%1074 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1073)
	%1075 = call float @llvm.fma.f32(float %924, float 0x3FC7154760000000, float %1062)
	%1076 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1075)
	%1077 = call float @llvm.fma.f32(float %925, float 0x3FC7154760000000, float %1062)
	%1078 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1077)
	%1079 = call float @llvm.fma.f32(float %928, float 0x3FC7154760000000, float %1062)
	%1080 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1079)
	%1081 = call float @llvm.fma.f32(float %929, float 0x3FC7154760000000, float %1062)
	%1082 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1081)
	%1083 = call float @llvm.fma.f32(float %932, float 0x3FC7154760000000, float %1062)
	%1084 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1083)
	%1085 = call float @llvm.fma.f32(float %933, float 0x3FC7154760000000, float %1062)
	%1086 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1085)
	%1087 = call float @llvm.fma.f32(float %936, float 0x3FC7154760000000, float %1062)
	%1088 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1087)
	%1089 = call float @llvm.fma.f32(float %937, float 0x3FC7154760000000, float %1062)
	%1090 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1089)
	%1091 = call float @llvm.fma.f32(float %940, float 0x3FC7154760000000, float %1062)
	%1092 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1091)
	%1093 = call float @llvm.fma.f32(float %941, float 0x3FC7154760000000, float %1062)
	%1094 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1093)
	%1095 = fadd float %1064, %1066
	%1096 = fadd float %1068, %1070
	%1097 = fadd float %1072, %1074
	%1098 = fadd float %1076, %1078
	%1099 = fadd float %1080, %1082
	%1100 = fadd float %1084, %1086
	%1101 = fadd float %1088, %1090
	%1102 = fadd float %1092, %1094
	%1103 = fadd float %1095, %1096
	%1104 = fadd float %1097, %1098
	%1105 = fadd float %1099, %1100
	%1106 = fadd float %1101, %1102
	%1107 = fadd float %1103, %1104
	%1108 = fadd float %1105, %1106
	%1109 = fadd float %1107, %1108
	%1110 = fadd float %1004, %1109
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1111 = call float asm sideeffect "", "=f,0"(float %676)
	%1112 = call float asm sideeffect "", "=f,0"(float %677)
	%1113 = call float asm sideeffect "", "=f,0"(float %678)
	%1114 = call float asm sideeffect "", "=f,0"(float %679)
	%1115 = call float asm sideeffect "", "=f,0"(float %680)
	%1116 = call float asm sideeffect "", "=f,0"(float %681)
	%1117 = call float asm sideeffect "", "=f,0"(float %682)
	%1118 = call float asm sideeffect "", "=f,0"(float %683)
	%1119 = call float asm sideeffect "", "=f,0"(float %684)
	%1120 = call float asm sideeffect "", "=f,0"(float %685)
	%1121 = call float asm sideeffect "", "=f,0"(float %686)
	%1122 = call float asm sideeffect "", "=f,0"(float %687)
	%1123 = call float asm sideeffect "", "=f,0"(float %688)
	%1124 = call float asm sideeffect "", "=f,0"(float %689)
	%1125 = call float asm sideeffect "", "=f,0"(float %690)
	%1126 = call float asm sideeffect "", "=f,0"(float %691)
	%1127 = call float asm sideeffect "", "=f,0"(float %692)
	%1128 = call float asm sideeffect "", "=f,0"(float %693)
	%1129 = call float asm sideeffect "", "=f,0"(float %694)
	%1130 = call float asm sideeffect "", "=f,0"(float %695)
	%1131 = call float asm sideeffect "", "=f,0"(float %696)
	%1132 = call float asm sideeffect "", "=f,0"(float %697)
	%1133 = call float asm sideeffect "", "=f,0"(float %698)
	%1134 = call float asm sideeffect "", "=f,0"(float %699)
	%1135 = call float asm sideeffect "", "=f,0"(float %700)
	%1136 = call float asm sideeffect "", "=f,0"(float %701)
	%1137 = call float asm sideeffect "", "=f,0"(float %702)
	%1138 = call float asm sideeffect "", "=f,0"(float %703)
	%1139 = call float asm sideeffect "", "=f,0"(float %704)
	%1140 = call float asm sideeffect "", "=f,0"(float %705)
	%1141 = call float asm sideeffect "", "=f,0"(float %706)
	%1142 = call float asm sideeffect "", "=f,0"(float %707)
	br i1 %990, label %1143, label %1176

1143:
	%1144 = fmul float %1111, %1005
	%1145 = fmul float %1112, %1005
	%1146 = fmul float %1113, %1006
	%1147 = fmul float %1114, %1006
	%1148 = fmul float %1115, %1005
	%1149 = fmul float %1116, %1005
	%1150 = fmul float %1117, %1006
	%1151 = fmul float %1118, %1006
	%1152 = fmul float %1119, %1005
	%1153 = fmul float %1120, %1005
	%1154 = fmul float %1121, %1006
	%1155 = fmul float %1122, %1006
	%1156 = fmul float %1123, %1005
	%1157 = fmul float %1124, %1005
	%1158 = fmul float %1125, %1006
	%1159 = fmul float %1126, %1006
	%1160 = fmul float %1127, %1005
	%1161 = fmul float %1128, %1005
	%1162 = fmul float %1129, %1006
	%1163 = fmul float %1130, %1006
	%1164 = fmul float %1131, %1005
	%1165 = fmul float %1132, %1005
	%1166 = fmul float %1133, %1006
	%1167 = fmul float %1134, %1006
	%1168 = fmul float %1135, %1005
	%1169 = fmul float %1136, %1005
	%1170 = fmul float %1137, %1006
	%1171 = fmul float %1138, %1006
	%1172 = fmul float %1139, %1005
	%1173 = fmul float %1140, %1005
	%1174 = fmul float %1141, %1006
	%1175 = fmul float %1142, %1006
	br label %1176

1176:
	%1177 = phi float [ %1111, %1002 ], [ %1144, %1143 ]
	%1178 = phi float [ %1112, %1002 ], [ %1145, %1143 ]
	%1179 = phi float [ %1113, %1002 ], [ %1146, %1143 ]
	%1180 = phi float [ %1114, %1002 ], [ %1147, %1143 ]
	%1181 = phi float [ %1115, %1002 ], [ %1148, %1143 ]
	%1182 = phi float [ %1116, %1002 ], [ %1149, %1143 ]
	%1183 = phi float [ %1117, %1002 ], [ %1150, %1143 ]
	%1184 = phi float [ %1118, %1002 ], [ %1151, %1143 ]
	%1185 = phi float [ %1119, %1002 ], [ %1152, %1143 ]
	%1186 = phi float [ %1120, %1002 ], [ %1153, %1143 ]
	%1187 = phi float [ %1121, %1002 ], [ %1154, %1143 ]
	%1188 = phi float [ %1122, %1002 ], [ %1155, %1143 ]
	%1189 = phi float [ %1123, %1002 ], [ %1156, %1143 ]
	%1190 = phi float [ %1124, %1002 ], [ %1157, %1143 ]
	%1191 = phi float [ %1125, %1002 ], [ %1158, %1143 ]
	%1192 = phi float [ %1126, %1002 ], [ %1159, %1143 ]
	%1193 = phi float [ %1127, %1002 ], [ %1160, %1143 ]
	%1194 = phi float [ %1128, %1002 ], [ %1161, %1143 ]
	%1195 = phi float [ %1129, %1002 ], [ %1162, %1143 ]
	%1196 = phi float [ %1130, %1002 ], [ %1163, %1143 ]
	%1197 = phi float [ %1131, %1002 ], [ %1164, %1143 ]
	%1198 = phi float [ %1132, %1002 ], [ %1165, %1143 ]
	%1199 = phi float [ %1133, %1002 ], [ %1166, %1143 ]
	%1200 = phi float [ %1134, %1002 ], [ %1167, %1143 ]
	%1201 = phi float [ %1135, %1002 ], [ %1168, %1143 ]
	%1202 = phi float [ %1136, %1002 ], [ %1169, %1143 ]
	%1203 = phi float [ %1137, %1002 ], [ %1170, %1143 ]
	%1204 = phi float [ %1138, %1002 ], [ %1171, %1143 ]
	%1205 = phi float [ %1139, %1002 ], [ %1172, %1143 ]
	%1206 = phi float [ %1140, %1002 ], [ %1173, %1143 ]
	%1207 = phi float [ %1141, %1002 ], [ %1174, %1143 ]
	%1208 = phi float [ %1142, %1002 ], [ %1175, %1143 ]
	%1209 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1014, float %1012)
	%1210 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1066, float %1064)
	%1211 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1018, float %1016)
	%1212 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1070, float %1068)
	%1213 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1022, float %1020)
	%1214 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1074, float %1072)
	%1215 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1026, float %1024)
	%1216 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1078, float %1076)
	%1217 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1030, float %1028)
	%1218 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1082, float %1080)
	%1219 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1034, float %1032)
	%1220 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1086, float %1084)
	%1221 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1038, float %1036)
	%1222 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1090, float %1088)
	%1223 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1042, float %1040)
	%1224 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1094, float %1092)
	br i1 %262, label %loop, label %drain

drain:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1225 = add i32 %258, 0
	%1226 = zext i32 %1225 to i64
	%1227 = or i64 %1226, u0x4000004002000000
	%1228 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1177, float %1178, float %1179, float %1180, float %1181, float %1182, float %1183, float %1184, float %1185, float %1186, float %1187, float %1188, float %1189, float %1190, float %1191, float %1192, float %1193, float %1194, float %1195, float %1196, float %1197, float %1198, float %1199, float %1200, float %1201, float %1202, float %1203, float %1204, float %1205, float %1206, float %1207, float %1208, i32 %1209, i32 %1210, i32 %1211, i32 %1212, i64 %1227, i32 1)
	%1229 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 0
	%1230 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 1
	%1231 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 2
	%1232 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 3
	%1233 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 4
	%1234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 5
	%1235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 6
	%1236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 7
	%1237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 8
	%1238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 9
	%1239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 10
	%1240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 11
	%1241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 12
	%1242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 13
	%1243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 14
	%1244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 15
	%1245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 16
	%1246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 17
	%1247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 18
	%1248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 19
	%1249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 20
	%1250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 21
	%1251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 22
	%1252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 23
	%1253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 24
	%1254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 25
	%1255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 26
	%1256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 27
	%1257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 28
	%1258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 29
	%1259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 30
	%1260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1228, 31
	%1261 = add i32 %258, 128
	%1262 = zext i32 %1261 to i64
	%1263 = or i64 %1262, u0x4000004002000000
	%1264 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1229, float %1230, float %1231, float %1232, float %1233, float %1234, float %1235, float %1236, float %1237, float %1238, float %1239, float %1240, float %1241, float %1242, float %1243, float %1244, float %1245, float %1246, float %1247, float %1248, float %1249, float %1250, float %1251, float %1252, float %1253, float %1254, float %1255, float %1256, float %1257, float %1258, float %1259, float %1260, i32 %1213, i32 %1214, i32 %1215, i32 %1216, i64 %1263, i32 1)
	%1265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 0
	%1266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 1
	%1267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 2
	%1268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 3
	%1269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 4
	%1270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 5
	%1271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 6
	%1272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 7
	%1273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 8
	%1274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 9
	%1275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 10
	%1276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 11
	%1277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 12
	%1278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 13
	%1279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 14
	%1280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 15
	%1281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 16
	%1282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 17
	%1283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 18
	%1284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 19
	%1285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 20
	%1286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 21
	%1287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 22
	%1288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 23
	%1289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 24
	%1290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 25
	%1291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 26
	%1292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 27
	%1293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 28
	%1294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 29
	%1295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 30
	%1296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1264, 31
	%1297 = add i32 %258, 256
	%1298 = zext i32 %1297 to i64
	%1299 = or i64 %1298, u0x4000004002000000
	%1300 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1265, float %1266, float %1267, float %1268, float %1269, float %1270, float %1271, float %1272, float %1273, float %1274, float %1275, float %1276, float %1277, float %1278, float %1279, float %1280, float %1281, float %1282, float %1283, float %1284, float %1285, float %1286, float %1287, float %1288, float %1289, float %1290, float %1291, float %1292, float %1293, float %1294, float %1295, float %1296, i32 %1217, i32 %1218, i32 %1219, i32 %1220, i64 %1299, i32 1)
	%1301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 0
	%1302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 1
	%1303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 2
	%1304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 3
	%1305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 4
	%1306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 5
	%1307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 6
	%1308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 7
	%1309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 8
	%1310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 9
	%1311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 10
	%1312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 11
	%1313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 12
	%1314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 13
	%1315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 14
	%1316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 15
	%1317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 16
	%1318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 17
	%1319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 18
	%1320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 19
	%1321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 20
	%1322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 21
	%1323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 22
	%1324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 23
	%1325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 24
	%1326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 25
	%1327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 26
	%1328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 27
	%1329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 28
	%1330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 29
	%1331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 30
	%1332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 31
	%1333 = add i32 %258, 384
	%1334 = zext i32 %1333 to i64
	%1335 = or i64 %1334, u0x4000004002000000
	%1336 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1301, float %1302, float %1303, float %1304, float %1305, float %1306, float %1307, float %1308, float %1309, float %1310, float %1311, float %1312, float %1313, float %1314, float %1315, float %1316, float %1317, float %1318, float %1319, float %1320, float %1321, float %1322, float %1323, float %1324, float %1325, float %1326, float %1327, float %1328, float %1329, float %1330, float %1331, float %1332, i32 %1221, i32 %1222, i32 %1223, i32 %1224, i64 %1335, i32 1)
	%1337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 0
	%1338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 1
	%1339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 2
	%1340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 3
	%1341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 4
	%1342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 5
	%1343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 6
	%1344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 7
	%1345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 8
	%1346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 9
	%1347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 10
	%1348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 11
	%1349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 12
	%1350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 13
	%1351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 14
	%1352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 15
	%1353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 16
	%1354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 17
	%1355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 18
	%1356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 19
	%1357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 20
	%1358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 21
	%1359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 22
	%1360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 23
	%1361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 24
	%1362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 25
	%1363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 26
	%1364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 27
	%1365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 28
	%1366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 29
	%1367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 30
	%1368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1336, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1369 = call float asm sideeffect "", "=f,0"(float %1337)
	%1370 = call float asm sideeffect "", "=f,0"(float %1338)
	%1371 = call float asm sideeffect "", "=f,0"(float %1339)
	%1372 = call float asm sideeffect "", "=f,0"(float %1340)
	%1373 = call float asm sideeffect "", "=f,0"(float %1341)
	%1374 = call float asm sideeffect "", "=f,0"(float %1342)
	%1375 = call float asm sideeffect "", "=f,0"(float %1343)
	%1376 = call float asm sideeffect "", "=f,0"(float %1344)
	%1377 = call float asm sideeffect "", "=f,0"(float %1345)
	%1378 = call float asm sideeffect "", "=f,0"(float %1346)
	%1379 = call float asm sideeffect "", "=f,0"(float %1347)
	%1380 = call float asm sideeffect "", "=f,0"(float %1348)
	%1381 = call float asm sideeffect "", "=f,0"(float %1349)
	%1382 = call float asm sideeffect "", "=f,0"(float %1350)
	%1383 = call float asm sideeffect "", "=f,0"(float %1351)
	%1384 = call float asm sideeffect "", "=f,0"(float %1352)
	%1385 = call float asm sideeffect "", "=f,0"(float %1353)
	%1386 = call float asm sideeffect "", "=f,0"(float %1354)
	%1387 = call float asm sideeffect "", "=f,0"(float %1355)
	%1388 = call float asm sideeffect "", "=f,0"(float %1356)
	%1389 = call float asm sideeffect "", "=f,0"(float %1357)
	%1390 = call float asm sideeffect "", "=f,0"(float %1358)
	%1391 = call float asm sideeffect "", "=f,0"(float %1359)
	%1392 = call float asm sideeffect "", "=f,0"(float %1360)
	%1393 = call float asm sideeffect "", "=f,0"(float %1361)
	%1394 = call float asm sideeffect "", "=f,0"(float %1362)
	%1395 = call float asm sideeffect "", "=f,0"(float %1363)
	%1396 = call float asm sideeffect "", "=f,0"(float %1364)
	%1397 = call float asm sideeffect "", "=f,0"(float %1365)
	%1398 = call float asm sideeffect "", "=f,0"(float %1366)
	%1399 = call float asm sideeffect "", "=f,0"(float %1367)
	%1400 = call float asm sideeffect "", "=f,0"(float %1368)
	br label %epilogue

store0:
	%1401 = mul i32 %32, %M
	%1402 = add i32 %1401, %357
	%1403 = mul i32 %1402, 64
	%1404 = shl i32 %16, 1
	%1405 = add i32 0, %1404
	%1406 = add i32 %1403, %1405
	%1407 = sext i32 %1406 to i64
	%1408 = getelementptr float, float* %out, i64 %1407
	store float %358, float* %1408
	%1409 = getelementptr float, float* %1408, i32 1
	store float %359, float* %1409
	%1410 = shl i32 %16, 1
	%1411 = add i32 8, %1410
	%1412 = add i32 %1403, %1411
	%1413 = sext i32 %1412 to i64
	%1414 = getelementptr float, float* %out, i64 %1413
	store float %360, float* %1414
	%1415 = getelementptr float, float* %1414, i32 1
	store float %361, float* %1415
	%1416 = shl i32 %16, 1
	%1417 = add i32 16, %1416
	%1418 = add i32 %1403, %1417
	%1419 = sext i32 %1418 to i64
	%1420 = getelementptr float, float* %out, i64 %1419
	store float %362, float* %1420
	%1421 = getelementptr float, float* %1420, i32 1
	store float %363, float* %1421
	%1422 = shl i32 %16, 1
	%1423 = add i32 24, %1422
	%1424 = add i32 %1403, %1423
	%1425 = sext i32 %1424 to i64
	%1426 = getelementptr float, float* %out, i64 %1425
	store float %364, float* %1426
	%1427 = getelementptr float, float* %1426, i32 1
	store float %365, float* %1427
	%1428 = shl i32 %16, 1
	%1429 = add i32 32, %1428
	%1430 = add i32 %1403, %1429
	%1431 = sext i32 %1430 to i64
	%1432 = getelementptr float, float* %out, i64 %1431
	store float %366, float* %1432
	%1433 = getelementptr float, float* %1432, i32 1
	store float %367, float* %1433
	%1434 = shl i32 %16, 1
	%1435 = add i32 40, %1434
	%1436 = add i32 %1403, %1435
	%1437 = sext i32 %1436 to i64
	%1438 = getelementptr float, float* %out, i64 %1437
	store float %368, float* %1438
	%1439 = getelementptr float, float* %1438, i32 1
	store float %369, float* %1439
	%1440 = shl i32 %16, 1
	%1441 = add i32 48, %1440
	%1442 = add i32 %1403, %1441
	%1443 = sext i32 %1442 to i64
	%1444 = getelementptr float, float* %out, i64 %1443
	store float %370, float* %1444
	%1445 = getelementptr float, float* %1444, i32 1
	store float %371, float* %1445
	%1446 = shl i32 %16, 1
	%1447 = add i32 56, %1446
	%1448 = add i32 %1403, %1447
	%1449 = sext i32 %1448 to i64
	%1450 = getelementptr float, float* %out, i64 %1449
	store float %372, float* %1450
	%1451 = getelementptr float, float* %1450, i32 1
	store float %373, float* %1451
	br label %stored0

stored0:
	%1452 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %313, i32 1, i32 31)
	%1453 = fadd float %313, %1452
	%1454 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1453, i32 2, i32 31)
	%1455 = fadd float %1453, %1454
	%1456 = fcmp ogt float %1455, 0.0
	%1457 = fdiv float 1.0, %1455
	%1458 = select i1 %1456, float %1457, float 0.0
	%1459 = mul i32 %10, 16
	%1460 = add i32 %34, %1459
	%1461 = add i32 %15, 8
	%1462 = add i32 %1460, %1461
	%1463 = fmul float %317, %1458
	%1464 = fmul float %318, %1458
	%1465 = fmul float %321, %1458
	%1466 = fmul float %322, %1458
	%1467 = fmul float %325, %1458
	%1468 = fmul float %326, %1458
	%1469 = fmul float %329, %1458
	%1470 = fmul float %330, %1458
	%1471 = fmul float %333, %1458
	%1472 = fmul float %334, %1458
	%1473 = fmul float %337, %1458
	%1474 = fmul float %338, %1458
	%1475 = fmul float %341, %1458
	%1476 = fmul float %342, %1458
	%1477 = fmul float %345, %1458
	%1478 = fmul float %346, %1458
	%1479 = icmp slt i32 %1462, %M
	br i1 %1479, label %store1, label %stored1

store1:
	%1480 = mul i32 %32, %M
	%1481 = add i32 %1480, %1462
	%1482 = mul i32 %1481, 64
	%1483 = shl i32 %16, 1
	%1484 = add i32 0, %1483
	%1485 = add i32 %1482, %1484
	%1486 = sext i32 %1485 to i64
	%1487 = getelementptr float, float* %out, i64 %1486
	store float %1463, float* %1487
	%1488 = getelementptr float, float* %1487, i32 1
	store float %1464, float* %1488
	%1489 = shl i32 %16, 1
	%1490 = add i32 8, %1489
	%1491 = add i32 %1482, %1490
	%1492 = sext i32 %1491 to i64
	%1493 = getelementptr float, float* %out, i64 %1492
	store float %1465, float* %1493
	%1494 = getelementptr float, float* %1493, i32 1
	store float %1466, float* %1494
	%1495 = shl i32 %16, 1
	%1496 = add i32 16, %1495
	%1497 = add i32 %1482, %1496
	%1498 = sext i32 %1497 to i64
	%1499 = getelementptr float, float* %out, i64 %1498
	store float %1467, float* %1499
	%1500 = getelementptr float, float* %1499, i32 1
	store float %1468, float* %1500
	%1501 = shl i32 %16, 1
	%1502 = add i32 24, %1501
	%1503 = add i32 %1482, %1502
	%1504 = sext i32 %1503 to i64
	%1505 = getelementptr float, float* %out, i64 %1504
	store float %1469, float* %1505
	%1506 = getelementptr float, float* %1505, i32 1
	store float %1470, float* %1506
	%1507 = shl i32 %16, 1
	%1508 = add i32 32, %1507
	%1509 = add i32 %1482, %1508
	%1510 = sext i32 %1509 to i64
	%1511 = getelementptr float, float* %out, i64 %1510
	store float %1471, float* %1511
	%1512 = getelementptr float, float* %1511, i32 1
	store float %1472, float* %1512
	%1513 = shl i32 %16, 1
	%1514 = add i32 40, %1513
	%1515 = add i32 %1482, %1514
	%1516 = sext i32 %1515 to i64
	%1517 = getelementptr float, float* %out, i64 %1516
	store float %1473, float* %1517
	%1518 = getelementptr float, float* %1517, i32 1
	store float %1474, float* %1518
	%1519 = shl i32 %16, 1
	%1520 = add i32 48, %1519
	%1521 = add i32 %1482, %1520
	%1522 = sext i32 %1521 to i64
	%1523 = getelementptr float, float* %out, i64 %1522
	store float %1475, float* %1523
	%1524 = getelementptr float, float* %1523, i32 1
	store float %1476, float* %1524
	%1525 = shl i32 %16, 1
	%1526 = add i32 56, %1525
	%1527 = add i32 %1482, %1526
	%1528 = sext i32 %1527 to i64
	%1529 = getelementptr float, float* %out, i64 %1528
	store float %1477, float* %1529
	%1530 = getelementptr float, float* %1529, i32 1
	store float %1478, float* %1530
	br label %stored1

stored1:
	ret void
}
