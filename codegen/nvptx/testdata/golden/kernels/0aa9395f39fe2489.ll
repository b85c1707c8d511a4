define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i32* %perm, i32 %NS, i32 %segment) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @$K_smem to i32
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
	%200 = phi i32 [ 0, %prologue ], [ %1300, %pv ]
	%201 = phi i32 [ %62, %prologue ], [ %1307, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1558, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1559, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1560, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1561, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1562, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1563, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1564, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1565, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1566, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1567, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1568, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1569, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1570, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1571, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1572, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1573, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1574, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1575, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1576, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1577, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1578, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1579, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1580, %pv ]
	%225 = phi float [ 0.0, %prologue ], [ %1581, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1582, %pv ]
	%227 = phi float [ 0.0, %prologue ], [ %1583, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1584, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1585, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1586, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1587, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %1588, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1589, %pv ]
	%234 = phi float [ 0xFFF0000000000000, %prologue ], [ %1196, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1247, %pv ]
	%236 = phi float [ 0xFFF0000000000000, %prologue ], [ %1248, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %1299, %pv ]
	%238 = phi i32 [ %131, %prologue ], [ %1318, %pv ]
	%239 = phi i32 [ %137, %prologue ], [ %1324, %pv ]
	%240 = phi i32 [ %143, %prologue ], [ %1330, %pv ]
	%241 = phi i32 [ %149, %prologue ], [ %1336, %pv ]
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
	%496 = phi i32 [ 0, %entry ], [ %1300, %pv ]
	%497 = phi float [ 0.0, %entry ], [ %1558, %pv ]
	%498 = phi float [ 0.0, %entry ], [ %1559, %pv ]
	%499 = phi float [ 0.0, %entry ], [ %1560, %pv ]
	%500 = phi float [ 0.0, %entry ], [ %1561, %pv ]
	%501 = phi float [ 0.0, %entry ], [ %1562, %pv ]
	%502 = phi float [ 0.0, %entry ], [ %1563, %pv ]
	%503 = phi float [ 0.0, %entry ], [ %1564, %pv ]
	%504 = phi float [ 0.0, %entry ], [ %1565, %pv ]
	%505 = phi float [ 0.0, %entry ], [ %1566, %pv ]
	%506 = phi float [ 0.0, %entry ], [ %1567, %pv ]
	%507 = phi float [ 0.0, %entry ], [ %1568, %pv ]
	%508 = phi float [ 0.0, %entry ], [ %1569, %pv ]
	%509 = phi float [ 0.0, %entry ], [ %1570, %pv ]
	%510 = phi float [ 0.0, %entry ], [ %1571, %pv ]
	%511 = phi float [ 0.0, %entry ], [ %1572, %pv ]
	%512 = phi float [ 0.0, %entry ], [ %1573, %pv ]
	%513 = phi float [ 0.0, %entry ], [ %1574, %pv ]
	%514 = phi float [ 0.0, %entry ], [ %1575, %pv ]
	%515 = phi float [ 0.0, %entry ], [ %1576, %pv ]
	%516 = phi float [ 0.0, %entry ], [ %1577, %pv ]
	%517 = phi float [ 0.0, %entry ], [ %1578, %pv ]
	%518 = phi float [ 0.0, %entry ], [ %1579, %pv ]
	%519 = phi float [ 0.0, %entry ], [ %1580, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1581, %pv ]
	%521 = phi float [ 0.0, %entry ], [ %1582, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1583, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1584, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1585, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1586, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1587, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1588, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1589, %pv ]
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
	%1300 = add i32 %200, 1
	%1301 = icmp slt i32 %1300, %NK
	%1302 = select i1 %1301, i32 %1300, i32 0
	%1303 = add i32 %48, %1302
	%1304 = sext i32 %1303 to i64
	%1305 = getelementptr i32, i32* %list, i64 %1304
	%1306 = load i32, i32* %1305
	%1307 = select i1 %1301, i32 %1306, i32 -1
	%1308 = icmp sge i32 %1307, 0
	%1309 = select i1 %1308, i32 %1307, i32 0
	%1310 = mul i32 %1309, 64
	%1311 = lshr i32 %9, 3
	%1312 = add i32 %1310, %1311
	%1313 = add i32 %1312, 0
	%1314 = icmp slt i32 %1313, %N
	%1315 = select i1 %1314, i32 %1313, i32 0
	%1316 = sext i32 %1315 to i64
	%1317 = getelementptr i32, i32* %58, i64 %1316
	%1318 = load i32, i32* %1317
	%1319 = add i32 %1312, 16
	%1320 = icmp slt i32 %1319, %N
	%1321 = select i1 %1320, i32 %1319, i32 0
	%1322 = sext i32 %1321 to i64
	%1323 = getelementptr i32, i32* %58, i64 %1322
	%1324 = load i32, i32* %1323
	%1325 = add i32 %1312, 32
	%1326 = icmp slt i32 %1325, %N
	%1327 = select i1 %1326, i32 %1325, i32 0
	%1328 = sext i32 %1327 to i64
	%1329 = getelementptr i32, i32* %58, i64 %1328
	%1330 = load i32, i32* %1329
	%1331 = add i32 %1312, 48
	%1332 = icmp slt i32 %1331, %N
	%1333 = select i1 %1332, i32 %1331, i32 0
	%1334 = sext i32 %1333 to i64
	%1335 = getelementptr i32, i32* %58, i64 %1334
	%1336 = load i32, i32* %1335
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1308, label %prefetch, label %pv

prefetch:
	%1337 = mul i32 %1307, 64
	%1338 = lshr i32 %9, 3
	%1339 = and i32 %9, 7
	%1340 = lshr i32 %1339, 3
	%1341 = mul i32 %1340, u0x2000
	%1342 = and i32 %1339, 7
	%1343 = and i32 %1338, 7
	%1344 = xor i32 %1342, %1343
	%1345 = mul i32 %1338, 128
	%1346 = shl i32 %1344, 4
	%1347 = add i32 %1345, %1346
	%1348 = add i32 %1341, %1347
	%1349 = add i32 %0, %1348
	%1350 = add i32 %1337, %1338
	%1351 = add i32 %1350, 0
	%1352 = icmp slt i32 %1351, %N
	%1353 = mul i32 %1318, 64
	%1354 = mul i32 %1339, 8
	%1355 = add i32 %1353, %1354
	%1356 = sext i32 %1355 to i64
	%1357 = getelementptr i16, i16* %39, i64 %1356
	%1358 = add i32 %1349, 0
	%1359 = select i1 %1352, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1358, i16* %1357, i32 %1359)
	%1360 = add i32 %1350, 16
	%1361 = icmp slt i32 %1360, %N
	%1362 = mul i32 %1324, 64
	%1363 = mul i32 %1339, 8
	%1364 = add i32 %1362, %1363
	%1365 = sext i32 %1364 to i64
	%1366 = getelementptr i16, i16* %39, i64 %1365
	%1367 = add i32 %1349, 2048
	%1368 = select i1 %1361, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1367, i16* %1366, i32 %1368)
	%1369 = add i32 %1350, 32
	%1370 = icmp slt i32 %1369, %N
	%1371 = mul i32 %1330, 64
	%1372 = mul i32 %1339, 8
	%1373 = add i32 %1371, %1372
	%1374 = sext i32 %1373 to i64
	%1375 = getelementptr i16, i16* %39, i64 %1374
	%1376 = add i32 %1349, u0x1000
	%1377 = select i1 %1370, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1376, i16* %1375, i32 %1377)
	%1378 = add i32 %1350, 48
	%1379 = icmp slt i32 %1378, %N
	%1380 = mul i32 %1336, 64
	%1381 = mul i32 %1339, 8
	%1382 = add i32 %1380, %1381
	%1383 = sext i32 %1382 to i64
	%1384 = getelementptr i16, i16* %39, i64 %1383
	%1385 = add i32 %1349, 6144
	%1386 = select i1 %1379, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1385, i16* %1384, i32 %1386)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1387 = and i32 %11, 7
	%1388 = lshr i32 %11, 3
	%1389 = and i32 %1388, 1
	%1390 = shl i32 %1389, 3
	%1391 = add i32 %1387, %1390
	%1392 = mul i32 %1391, 128
	%1393 = add i32 %1, %1392
	%1394 = and i32 %11, 7
	%1395 = xor i32 %113, %1394
	%1396 = shl i32 %1395, 4
	%1397 = add i32 %1393, %1396
	%1398 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1203, float %1201)
	%1399 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1255, float %1253)
	%1400 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1207, float %1205)
	%1401 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1259, float %1257)
	%1402 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1211, float %1209)
	%1403 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1263, float %1261)
	%1404 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1215, float %1213)
	%1405 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1267, float %1265)
	%1406 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1219, float %1217)
	%1407 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1271, float %1269)
	%1408 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1223, float %1221)
	%1409 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1275, float %1273)
	%1410 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1227, float %1225)
	%1411 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1279, float %1277)
	%1412 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1231, float %1229)
	%1413 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1283, float %1281)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1414 = add i32 %8, 0
	%1415 = zext i32 %1414 to i64
	%1416 = or i64 %1415, u0x4000004002000000
	%1417 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1162, float %1163, float %1164, float %1165, float %1166, float %1167, float %1168, float %1169, float %1170, float %1171, float %1172, float %1173, float %1174, float %1175, float %1176, float %1177, float %1178, float %1179, float %1180, float %1181, float %1182, float %1183, float %1184, float %1185, float %1186, float %1187, float %1188, float %1189, float %1190, float %1191, float %1192, float %1193, i32 %1398, i32 %1399, i32 %1400, i32 %1401, i64 %1416, i32 1)
	%1418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 0
	%1419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 1
	%1420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 2
	%1421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 3
	%1422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 4
	%1423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 5
	%1424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 6
	%1425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 7
	%1426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 8
	%1427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 9
	%1428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 10
	%1429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 11
	%1430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 12
	%1431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 13
	%1432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 14
	%1433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 15
	%1434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 16
	%1435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 17
	%1436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 18
	%1437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 19
	%1438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 20
	%1439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 21
	%1440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 22
	%1441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 23
	%1442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 24
	%1443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 25
	%1444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 26
	%1445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 27
	%1446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 28
	%1447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 29
	%1448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 30
	%1449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1417, 31
	%1450 = add i32 %8, 128
	%1451 = zext i32 %1450 to i64
	%1452 = or i64 %1451, u0x4000004002000000
	%1453 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1418, float %1419, float %1420, float %1421, float %1422, float %1423, float %1424, float %1425, float %1426, float %1427, float %1428, float %1429, float %1430, float %1431, float %1432, float %1433, float %1434, float %1435, float %1436, float %1437, float %1438, float %1439, float %1440, float %1441, float %1442, float %1443, float %1444, float %1445, float %1446, float %1447, float %1448, float %1449, i32 %1402, i32 %1403, i32 %1404, i32 %1405, i64 %1452, i32 1)
	%1454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 0
	%1455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 1
	%1456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 2
	%1457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 3
	%1458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 4
	%1459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 5
	%1460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 6
	%1461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 7
	%1462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 8
	%1463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 9
	%1464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 10
	%1465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 11
	%1466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 12
	%1467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 13
	%1468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 14
	%1469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 15
	%1470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 16
	%1471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 17
	%1472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 18
	%1473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 19
	%1474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 20
	%1475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 21
	%1476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 22
	%1477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 23
	%1478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 24
	%1479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 25
	%1480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 26
	%1481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 27
	%1482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 28
	%1483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 29
	%1484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 30
	%1485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1453, 31
	%1486 = add i32 %8, 256
	%1487 = zext i32 %1486 to i64
	%1488 = or i64 %1487, u0x4000004002000000
	%1489 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1454, float %1455, float %1456, float %1457, float %1458, float %1459, float %1460, float %1461, float %1462, float %1463, float %1464, float %1465, float %1466, float %1467, float %1468, float %1469, float %1470, float %1471, float %1472, float %1473, float %1474, float %1475, float %1476, float %1477, float %1478, float %1479, float %1480, float %1481, float %1482, float %1483, float %1484, float %1485, i32 %1406, i32 %1407, i32 %1408, i32 %1409, i64 %1488, i32 1)
	%1490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 0
	%1491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 1
	%1492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 2
	%1493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 3
	%1494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 4
	%1495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 5
	%1496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 6
	%1497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 7
	%1498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 8
	%1499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 9
	%1500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 10
	%1501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 11
	%1502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 12
	%1503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 13
	%1504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 14
	%1505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 15
	%1506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 16
	%1507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 17
	%1508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 18
	%1509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 19
	%1510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 20
	%1511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 21
	%1512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 22
	%1513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 23
	%1514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 24
	%1515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 25
	%1516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 26
	%1517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 27
	%1518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 28
	%1519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 29
	%1520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 30
	%1521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1489, 31
	%1522 = add i32 %8, 384
	%1523 = zext i32 %1522 to i64
	%1524 = or i64 %1523, u0x4000004002000000
	%1525 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1490, float %1491, float %1492, float %1493, float %1494, float %1495, float %1496, float %1497, float %1498, float %1499, float %1500, float %1501, float %1502, float %1503, float %1504, float %1505, float %1506, float %1507, float %1508, float %1509, float %1510, float %1511, float %1512, float %1513, float %1514, float %1515, float %1516, float %1517, float %1518, float %1519, float %1520, float %1521, i32 %1410, i32 %1411, i32 %1412, i32 %1413, i64 %1524, i32 1)
	%1526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 0
	%1527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 1
	%1528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 2
	%1529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 3
	%1530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 4
	%1531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 5
	%1532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 6
	%1533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 7
	%1534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 8
	%1535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 9
	%1536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 10
	%1537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 11
	%1538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 12
	%1539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 13
	%1540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 14
	%1541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 15
	%1542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 16
	%1543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 17
	%1544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 18
	%1545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 19
	%1546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 20
	%1547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 21
	%1548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 22
	%1549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 23
	%1550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 24
	%1551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 25
	%1552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 26
	%1553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 27
	%1554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 28
	%1555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 29
	%1556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 30
	%1557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1525, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1558 = call float asm sideeffect "", "=f,0"(float %1526)
	%1559 = call float asm sideeffect "", "=f,0"(float %1527)
	%1560 = call float asm sideeffect "", "=f,0"(float %1528)
	%1561 = call float asm sideeffect "", "=f,0"(float %1529)
	%1562 = call float asm sideeffect "", "=f,0"(float %1530)
	%1563 = call float asm sideeffect "", "=f,0"(float %1531)
	%1564 = call float asm sideeffect "", "=f,0"(float %1532)
	%1565 = call float asm sideeffect "", "=f,0"(float %1533)
	%1566 = call float asm sideeffect "", "=f,0"(float %1534)
	%1567 = call float asm sideeffect "", "=f,0"(float %1535)
	%1568 = call float asm sideeffect "", "=f,0"(float %1536)
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
	br i1 %1308, label %loop, label %epilogue

store0:
	%1590 = mul i32 %29, %M
	%1591 = add i32 %1590, %539
	%1592 = mul i32 %1591, 64
	%1593 = shl i32 %13, 1
	%1594 = add i32 0, %1593
	%1595 = add i32 %1592, %1594
	%1596 = sext i32 %1595 to i64
	%1597 = getelementptr i16, i16* %out, i64 %1596
	%1598 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %541, float %540)
	%1599 = bitcast i16* %1597 to i32*
	store i32 %1598, i32* %1599
	%1600 = shl i32 %13, 1
	%1601 = add i32 8, %1600
	%1602 = add i32 %1592, %1601
	%1603 = sext i32 %1602 to i64
	%1604 = getelementptr i16, i16* %out, i64 %1603
	%1605 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %543, float %542)
	%1606 = bitcast i16* %1604 to i32*
	store i32 %1605, i32* %1606
	%1607 = shl i32 %13, 1
	%1608 = add i32 16, %1607
	%1609 = add i32 %1592, %1608
	%1610 = sext i32 %1609 to i64
	%1611 = getelementptr i16, i16* %out, i64 %1610
	%1612 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %545, float %544)
	%1613 = bitcast i16* %1611 to i32*
	store i32 %1612, i32* %1613
	%1614 = shl i32 %13, 1
	%1615 = add i32 24, %1614
	%1616 = add i32 %1592, %1615
	%1617 = sext i32 %1616 to i64
	%1618 = getelementptr i16, i16* %out, i64 %1617
	%1619 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %547, float %546)
	%1620 = bitcast i16* %1618 to i32*
	store i32 %1619, i32* %1620
	%1621 = shl i32 %13, 1
	%1622 = add i32 32, %1621
	%1623 = add i32 %1592, %1622
	%1624 = sext i32 %1623 to i64
	%1625 = getelementptr i16, i16* %out, i64 %1624
	%1626 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %549, float %548)
	%1627 = bitcast i16* %1625 to i32*
	store i32 %1626, i32* %1627
	%1628 = shl i32 %13, 1
	%1629 = add i32 40, %1628
	%1630 = add i32 %1592, %1629
	%1631 = sext i32 %1630 to i64
	%1632 = getelementptr i16, i16* %out, i64 %1631
	%1633 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %551, float %550)
	%1634 = bitcast i16* %1632 to i32*
	store i32 %1633, i32* %1634
	%1635 = shl i32 %13, 1
	%1636 = add i32 48, %1635
	%1637 = add i32 %1592, %1636
	%1638 = sext i32 %1637 to i64
	%1639 = getelementptr i16, i16* %out, i64 %1638
	%1640 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %553, float %552)
	%1641 = bitcast i16* %1639 to i32*
	store i32 %1640, i32* %1641
	%1642 = shl i32 %13, 1
	%1643 = add i32 56, %1642
	%1644 = add i32 %1592, %1643
	%1645 = sext i32 %1644 to i64
	%1646 = getelementptr i16, i16* %out, i64 %1645
	%1647 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %555, float %554)
	%1648 = bitcast i16* %1646 to i32*
	store i32 %1647, i32* %1648
	br label %stored0

stored0:
	%1649 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %495, i32 1, i32 31)
	%1650 = fadd float %495, %1649
	%1651 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1650, i32 2, i32 31)
	%1652 = fadd float %1650, %1651
	%1653 = fcmp ogt float %1652, 0.0
	%1654 = fdiv float 1.0, %1652
	%1655 = select i1 %1653, float %1654, float 0.0
	%1656 = mul i32 %10, 16
	%1657 = add i32 %31, %1656
	%1658 = add i32 %12, 8
	%1659 = add i32 %1657, %1658
	%1660 = fmul float %499, %1655
	%1661 = fmul float %500, %1655
	%1662 = fmul float %503, %1655
	%1663 = fmul float %504, %1655
	%1664 = fmul float %507, %1655
	%1665 = fmul float %508, %1655
	%1666 = fmul float %511, %1655
	%1667 = fmul float %512, %1655
	%1668 = fmul float %515, %1655
	%1669 = fmul float %516, %1655
	%1670 = fmul float %519, %1655
	%1671 = fmul float %520, %1655
	%1672 = fmul float %523, %1655
	%1673 = fmul float %524, %1655
	%1674 = fmul float %527, %1655
	%1675 = fmul float %528, %1655
	%1676 = icmp slt i32 %1659, %M
	br i1 %1676, label %store1, label %stored1

store1:
	%1677 = mul i32 %29, %M
	%1678 = add i32 %1677, %1659
	%1679 = mul i32 %1678, 64
	%1680 = shl i32 %13, 1
	%1681 = add i32 0, %1680
	%1682 = add i32 %1679, %1681
	%1683 = sext i32 %1682 to i64
	%1684 = getelementptr i16, i16* %out, i64 %1683
	%1685 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1661, float %1660)
	%1686 = bitcast i16* %1684 to i32*
	store i32 %1685, i32* %1686
	%1687 = shl i32 %13, 1
	%1688 = add i32 8, %1687
	%1689 = add i32 %1679, %1688
	%1690 = sext i32 %1689 to i64
	%1691 = getelementptr i16, i16* %out, i64 %1690
	%1692 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1663, float %1662)
	%1693 = bitcast i16* %1691 to i32*
	store i32 %1692, i32* %1693
	%1694 = shl i32 %13, 1
	%1695 = add i32 16, %1694
	%1696 = add i32 %1679, %1695
	%1697 = sext i32 %1696 to i64
	%1698 = getelementptr i16, i16* %out, i64 %1697
	%1699 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1665, float %1664)
	%1700 = bitcast i16* %1698 to i32*
	store i32 %1699, i32* %1700
	%1701 = shl i32 %13, 1
	%1702 = add i32 24, %1701
	%1703 = add i32 %1679, %1702
	%1704 = sext i32 %1703 to i64
	%1705 = getelementptr i16, i16* %out, i64 %1704
	%1706 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1667, float %1666)
	%1707 = bitcast i16* %1705 to i32*
	store i32 %1706, i32* %1707
	%1708 = shl i32 %13, 1
	%1709 = add i32 32, %1708
	%1710 = add i32 %1679, %1709
	%1711 = sext i32 %1710 to i64
	%1712 = getelementptr i16, i16* %out, i64 %1711
	%1713 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1669, float %1668)
	%1714 = bitcast i16* %1712 to i32*
	store i32 %1713, i32* %1714
	%1715 = shl i32 %13, 1
	%1716 = add i32 40, %1715
	%1717 = add i32 %1679, %1716
	%1718 = sext i32 %1717 to i64
	%1719 = getelementptr i16, i16* %out, i64 %1718
	%1720 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1671, float %1670)
	%1721 = bitcast i16* %1719 to i32*
	store i32 %1720, i32* %1721
	%1722 = shl i32 %13, 1
	%1723 = add i32 48, %1722
	%1724 = add i32 %1679, %1723
	%1725 = sext i32 %1724 to i64
	%1726 = getelementptr i16, i16* %out, i64 %1725
	%1727 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1673, float %1672)
	%1728 = bitcast i16* %1726 to i32*
	store i32 %1727, i32* %1728
	%1729 = shl i32 %13, 1
	%1730 = add i32 56, %1729
	%1731 = add i32 %1679, %1730
	%1732 = sext i32 %1731 to i64
	%1733 = getelementptr i16, i16* %out, i64 %1732
	%1734 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1675, float %1674)
	%1735 = bitcast i16* %1733 to i32*
	store i32 %1734, i32* %1735
	br label %stored1

stored1:
	ret void
}
