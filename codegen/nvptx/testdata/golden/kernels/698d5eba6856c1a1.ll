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
	%66 = icmp slt i32 1, %NK
	%67 = and i1 %65, %66
	%68 = select i1 %67, i32 1, i32 0
	%69 = add i32 %48, %68
	%70 = sext i32 %69 to i64
	%71 = getelementptr i32, i32* %list, i64 %70
	%72 = load i32, i32* %71
	%73 = select i1 %67, i32 %72, i32 -1
	%74 = icmp sge i32 %62, 0
	%75 = icmp slt i32 %62, %NK
	%76 = and i1 %74, %75
	%77 = select i1 %76, i32 %62, i32 0
	%78 = add i32 %52, %77
	%79 = sext i32 %78 to i64
	%80 = getelementptr i8, i8* %cls, i64 %79
	%81 = load i8, i8* %80
	%82 = lshr i32 %9, 3
	%83 = and i32 %9, 7
	%84 = lshr i32 %83, 3
	%85 = mul i32 %84, u0x2000
	%86 = and i32 %83, 7
	%87 = and i32 %82, 7
	%88 = xor i32 %86, %87
	%89 = mul i32 %82, 128
	%90 = shl i32 %88, 4
	%91 = add i32 %89, %90
	%92 = add i32 %85, %91
	%93 = add i32 %2, %92
	%94 = add i32 %31, %82
	%95 = mul i32 %94, 64
	%96 = mul i32 %83, 8
	%97 = add i32 %95, %96
	%98 = sext i32 %97 to i64
	%99 = getelementptr i16, i16* %35, i64 %98
	%100 = add i32 %94, 0
	%101 = icmp slt i32 %100, %M
	%102 = getelementptr i16, i16* %99, i64 0
	%103 = select i1 %101, i16* %102, i16* %35
	%104 = add i32 %93, 0
	%105 = select i1 %101, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %104, i16* %103, i32 %105)
	%106 = add i32 %94, 16
	%107 = icmp slt i32 %106, %M
	%108 = getelementptr i16, i16* %99, i64 1024
	%109 = select i1 %107, i16* %108, i16* %35
	%110 = add i32 %93, 2048
	%111 = select i1 %107, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %110, i16* %109, i32 %111)
	%112 = add i32 %94, 32
	%113 = icmp slt i32 %112, %M
	%114 = getelementptr i16, i16* %99, i64 2048
	%115 = select i1 %113, i16* %114, i16* %35
	%116 = add i32 %93, u0x1000
	%117 = select i1 %113, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %116, i16* %115, i32 %117)
	%118 = add i32 %94, 48
	%119 = icmp slt i32 %118, %M
	%120 = getelementptr i16, i16* %99, i64 3072
	%121 = select i1 %119, i16* %120, i16* %35
	%122 = add i32 %93, 6144
	%123 = select i1 %119, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %122, i16* %121, i32 %123)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %65, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%124 = and i32 %11, 7
	%125 = lshr i32 %11, 3
	%126 = and i32 %125, 1
	%127 = shl i32 %126, 3
	%128 = add i32 %124, %127
	%129 = lshr i32 %11, 4
	%130 = mul i32 %10, 16
	%131 = add i32 %128, 0
	%132 = add i32 %130, %131
	%133 = mul i32 %132, 128
	%134 = add i32 %2, %133
	%135 = and i32 %11, 7
	%136 = xor i32 %129, %135
	%137 = shl i32 %136, 4
	%138 = add i32 %134, %137
	%139 = mul i32 %62, 64
	%140 = lshr i32 %9, 3
	%141 = add i32 %139, %140
	%142 = add i32 %141, 0
	%143 = icmp slt i32 %142, %N
	%144 = select i1 %143, i32 %142, i32 0
	%145 = sext i32 %144 to i64
	%146 = getelementptr i32, i32* %58, i64 %145
	%147 = load i32, i32* %146
	%148 = add i32 %141, 16
	%149 = icmp slt i32 %148, %N
	%150 = select i1 %149, i32 %148, i32 0
	%151 = sext i32 %150 to i64
	%152 = getelementptr i32, i32* %58, i64 %151
	%153 = load i32, i32* %152
	%154 = add i32 %141, 32
	%155 = icmp slt i32 %154, %N
	%156 = select i1 %155, i32 %154, i32 0
	%157 = sext i32 %156 to i64
	%158 = getelementptr i32, i32* %58, i64 %157
	%159 = load i32, i32* %158
	%160 = add i32 %141, 48
	%161 = icmp slt i32 %160, %N
	%162 = select i1 %161, i32 %160, i32 0
	%163 = sext i32 %162 to i64
	%164 = getelementptr i32, i32* %58, i64 %163
	%165 = load i32, i32* %164
	%166 = mul i32 %62, 64
	%167 = lshr i32 %9, 3
	%168 = and i32 %9, 7
	%169 = lshr i32 %168, 3
	%170 = mul i32 %169, u0x2000
	%171 = and i32 %168, 7
	%172 = and i32 %167, 7
	%173 = xor i32 %171, %172
	%174 = mul i32 %167, 128
	%175 = shl i32 %173, 4
	%176 = add i32 %174, %175
	%177 = add i32 %170, %176
	%178 = add i32 %0, %177
	%179 = add i32 %166, %167
	%180 = add i32 %179, 0
	%181 = icmp slt i32 %180, %N
	%182 = mul i32 %147, 64
	%183 = mul i32 %168, 8
	%184 = add i32 %182, %183
	%185 = sext i32 %184 to i64
	%186 = getelementptr i16, i16* %39, i64 %185
	%187 = add i32 %178, 0
	%188 = select i1 %181, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %187, i16* %186, i32 %188)
	%189 = add i32 %179, 16
	%190 = icmp slt i32 %189, %N
	%191 = mul i32 %153, 64
	%192 = mul i32 %168, 8
	%193 = add i32 %191, %192
	%194 = sext i32 %193 to i64
	%195 = getelementptr i16, i16* %39, i64 %194
	%196 = add i32 %178, 2048
	%197 = select i1 %190, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %196, i16* %195, i32 %197)
	%198 = add i32 %179, 32
	%199 = icmp slt i32 %198, %N
	%200 = mul i32 %159, 64
	%201 = mul i32 %168, 8
	%202 = add i32 %200, %201
	%203 = sext i32 %202 to i64
	%204 = getelementptr i16, i16* %39, i64 %203
	%205 = add i32 %178, u0x1000
	%206 = select i1 %199, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %205, i16* %204, i32 %206)
	%207 = add i32 %179, 48
	%208 = icmp slt i32 %207, %N
	%209 = mul i32 %165, 64
	%210 = mul i32 %168, 8
	%211 = add i32 %209, %210
	%212 = sext i32 %211 to i64
	%213 = getelementptr i16, i16* %39, i64 %212
	%214 = add i32 %178, 6144
	%215 = select i1 %208, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %214, i16* %213, i32 %215)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%216 = phi i32 [ 0, %prologue ], [ %1314, %pv ]
	%217 = phi i32 [ %62, %prologue ], [ %218, %pv ]
	%218 = phi i32 [ %73, %prologue ], [ %1324, %pv ]
	%219 = phi i8 [ %81, %prologue ], [ %1332, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1582, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1583, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1584, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1585, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1586, %pv ]
	%225 = phi float [ 0.0, %prologue ], [ %1587, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1588, %pv ]
	%227 = phi float [ 0.0, %prologue ], [ %1589, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1590, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1591, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1592, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1593, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %1594, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1595, %pv ]
	%234 = phi float [ 0.0, %prologue ], [ %1596, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1597, %pv ]
	%236 = phi float [ 0.0, %prologue ], [ %1598, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %1599, %pv ]
	%238 = phi float [ 0.0, %prologue ], [ %1600, %pv ]
	%239 = phi float [ 0.0, %prologue ], [ %1601, %pv ]
	%240 = phi float [ 0.0, %prologue ], [ %1602, %pv ]
	%241 = phi float [ 0.0, %prologue ], [ %1603, %pv ]
	%242 = phi float [ 0.0, %prologue ], [ %1604, %pv ]
	%243 = phi float [ 0.0, %prologue ], [ %1605, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %1606, %pv ]
	%245 = phi float [ 0.0, %prologue ], [ %1607, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %1608, %pv ]
	%247 = phi float [ 0.0, %prologue ], [ %1609, %pv ]
	%248 = phi float [ 0.0, %prologue ], [ %1610, %pv ]
	%249 = phi float [ 0.0, %prologue ], [ %1611, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %1612, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %1613, %pv ]
	%252 = phi float [ 0xFFF0000000000000, %prologue ], [ %1210, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %1261, %pv ]
	%254 = phi float [ 0xFFF0000000000000, %prologue ], [ %1262, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %1313, %pv ]
	%256 = phi i32 [ %147, %prologue ], [ %1342, %pv ]
	%257 = phi i32 [ %153, %prologue ], [ %1348, %pv ]
	%258 = phi i32 [ %159, %prologue ], [ %1354, %pv ]
	%259 = phi i32 [ %165, %prologue ], [ %1360, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%260 = mul i32 %217, 64
	%261 = lshr i32 %9, 3
	%262 = and i32 %9, 7
	%263 = lshr i32 %262, 3
	%264 = mul i32 %263, u0x2000
	%265 = and i32 %262, 7
	%266 = and i32 %261, 7
	%267 = xor i32 %265, %266
	%268 = mul i32 %261, 128
	%269 = shl i32 %267, 4
	%270 = add i32 %268, %269
	%271 = add i32 %264, %270
	%272 = add i32 %1, %271
	%273 = add i32 %260, %261
	%274 = add i32 %273, 0
	%275 = icmp slt i32 %274, %N
	%276 = mul i32 %256, 64
	%277 = mul i32 %262, 8
	%278 = add i32 %276, %277
	%279 = sext i32 %278 to i64
	%280 = getelementptr i16, i16* %43, i64 %279
	%281 = add i32 %272, 0
	%282 = select i1 %275, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %281, i16* %280, i32 %282)
	%283 = add i32 %273, 16
	%284 = icmp slt i32 %283, %N
	%285 = mul i32 %257, 64
	%286 = mul i32 %262, 8
	%287 = add i32 %285, %286
	%288 = sext i32 %287 to i64
	%289 = getelementptr i16, i16* %43, i64 %288
	%290 = add i32 %272, 2048
	%291 = select i1 %284, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %290, i16* %289, i32 %291)
	%292 = add i32 %273, 32
	%293 = icmp slt i32 %292, %N
	%294 = mul i32 %258, 64
	%295 = mul i32 %262, 8
	%296 = add i32 %294, %295
	%297 = sext i32 %296 to i64
	%298 = getelementptr i16, i16* %43, i64 %297
	%299 = add i32 %272, u0x1000
	%300 = select i1 %293, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %299, i16* %298, i32 %300)
	%301 = add i32 %273, 48
	%302 = icmp slt i32 %301, %N
	%303 = mul i32 %259, 64
	%304 = mul i32 %262, 8
	%305 = add i32 %303, %304
	%306 = sext i32 %305 to i64
	%307 = getelementptr i16, i16* %43, i64 %306
	%308 = add i32 %272, 6144
	%309 = select i1 %302, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %308, i16* %307, i32 %309)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%310 = add i32 %4, 0
	%311 = zext i32 %310 to i64
	%312 = or i64 %311, u0x4000004000010000
	%313 = add i32 %6, 0
	%314 = zext i32 %313 to i64
	%315 = or i64 %314, u0x4000004000010000
	%316 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %312, i64 %315, i32 1)
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 0
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 1
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 2
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 3
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 4
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 5
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 6
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 7
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 8
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 9
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 10
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 11
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 12
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 13
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 14
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 15
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 16
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 17
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 18
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 19
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 20
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 21
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 22
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 23
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 24
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 25
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 26
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 27
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 28
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 29
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 30
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %316, 31
	%349 = add i32 %4, 2
	%350 = zext i32 %349 to i64
	%351 = or i64 %350, u0x4000004000010000
	%352 = add i32 %6, 2
	%353 = zext i32 %352 to i64
	%354 = or i64 %353, u0x4000004000010000
	%355 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, i64 %351, i64 %354, i32 1)
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 0
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 1
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 2
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 3
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 4
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 5
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 6
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 7
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 8
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 9
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 10
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 11
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 12
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 13
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 14
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 15
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 16
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 17
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 18
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 19
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 20
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 21
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 22
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 23
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 24
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 25
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 26
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 27
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 28
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 29
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 30
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %355, 31
	%388 = add i32 %4, 4
	%389 = zext i32 %388 to i64
	%390 = or i64 %389, u0x4000004000010000
	%391 = add i32 %6, 4
	%392 = zext i32 %391 to i64
	%393 = or i64 %392, u0x4000004000010000
	%394 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, i64 %390, i64 %393, i32 1)
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 0
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 1
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 2
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 3
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 4
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 5
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 6
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 7
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 8
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 9
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 10
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 11
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 12
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 13
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 14
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 15
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 16
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 17
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 18
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 19
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 20
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 21
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 22
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 23
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 24
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 25
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 26
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 27
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 28
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 29
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 30
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %394, 31
	%427 = add i32 %4, 6
	%428 = zext i32 %427 to i64
	%429 = or i64 %428, u0x4000004000010000
	%430 = add i32 %6, 6
	%431 = zext i32 %430 to i64
	%432 = or i64 %431, u0x4000004000010000
	%433 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, i64 %429, i64 %432, i32 1)
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 0
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 1
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 2
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 3
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 4
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 5
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 6
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 7
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 8
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 9
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 10
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 11
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 12
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 13
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 14
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 15
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 16
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 17
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 18
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 19
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 20
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 21
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 22
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 23
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 24
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 25
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 26
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 27
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 28
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 29
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 30
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %433, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%481 = call float asm sideeffect "", "=f,0"(float %449)
	%482 = call float asm sideeffect "", "=f,0"(float %450)
	%483 = call float asm sideeffect "", "=f,0"(float %451)
	%484 = call float asm sideeffect "", "=f,0"(float %452)
	%485 = call float asm sideeffect "", "=f,0"(float %453)
	%486 = call float asm sideeffect "", "=f,0"(float %454)
	%487 = call float asm sideeffect "", "=f,0"(float %455)
	%488 = call float asm sideeffect "", "=f,0"(float %456)
	%489 = call float asm sideeffect "", "=f,0"(float %457)
	%490 = call float asm sideeffect "", "=f,0"(float %458)
	%491 = call float asm sideeffect "", "=f,0"(float %459)
	%492 = call float asm sideeffect "", "=f,0"(float %460)
	%493 = call float asm sideeffect "", "=f,0"(float %461)
	%494 = call float asm sideeffect "", "=f,0"(float %462)
	%495 = call float asm sideeffect "", "=f,0"(float %463)
	%496 = call float asm sideeffect "", "=f,0"(float %464)
	%497 = call float asm sideeffect "", "=f,0"(float %465)
	%498 = mul i32 %10, 16
	%499 = add i32 %31, %498
	%500 = add i32 %12, 0
	%501 = add i32 %499, %500
	%502 = mul i32 %10, 16
	%503 = add i32 %31, %502
	%504 = add i32 %12, 8
	%505 = add i32 %503, %504
	%506 = sitofp i32 %29 to float
	%507 = icmp ne i8 %219, 2
	br i1 %507, label %partial, label %softmax

epilogue:
	%508 = phi float [ 0.0, %entry ], [ %1261, %pv ]
	%509 = phi float [ 0.0, %entry ], [ %1313, %pv ]
	%510 = phi i32 [ 0, %entry ], [ %1314, %pv ]
	%511 = phi float [ 0.0, %entry ], [ %1582, %pv ]
	%512 = phi float [ 0.0, %entry ], [ %1583, %pv ]
	%513 = phi float [ 0.0, %entry ], [ %1584, %pv ]
	%514 = phi float [ 0.0, %entry ], [ %1585, %pv ]
	%515 = phi float [ 0.0, %entry ], [ %1586, %pv ]
	%516 = phi float [ 0.0, %entry ], [ %1587, %pv ]
	%517 = phi float [ 0.0, %entry ], [ %1588, %pv ]
	%518 = phi float [ 0.0, %entry ], [ %1589, %pv ]
	%519 = phi float [ 0.0, %entry ], [ %1590, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1591, %pv ]
	%521 = phi float [ 0.0, %entry ], [ %1592, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1593, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1594, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1595, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1596, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1597, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1598, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1599, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1600, %pv ]
	%530 = phi float [ 0.0, %entry ], [ %1601, %pv ]
	%531 = phi float [ 0.0, %entry ], [ %1602, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1603, %pv ]
	%533 = phi float [ 0.0, %entry ], [ %1604, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1605, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1606, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1607, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1608, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1609, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1610, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1611, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1612, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1613, %pv ]
	%543 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %508, i32 1, i32 31)
	%544 = fadd float %508, %543
	%545 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %544, i32 2, i32 31)
	%546 = fadd float %544, %545
	%547 = fcmp ogt float %546, 0.0
	%548 = fdiv float 1.0, %546
	%549 = select i1 %547, float %548, float 0.0
	%550 = mul i32 %10, 16
	%551 = add i32 %31, %550
	%552 = add i32 %12, 0
	%553 = add i32 %551, %552
	%554 = fmul float %511, %549
	%555 = fmul float %512, %549
	%556 = fmul float %515, %549
	%557 = fmul float %516, %549
	%558 = fmul float %519, %549
	%559 = fmul float %520, %549
	%560 = fmul float %523, %549
	%561 = fmul float %524, %549
	%562 = fmul float %527, %549
	%563 = fmul float %528, %549
	%564 = fmul float %531, %549
	%565 = fmul float %532, %549
	%566 = fmul float %535, %549
	%567 = fmul float %536, %549
	%568 = fmul float %539, %549
	%569 = fmul float %540, %549
	%570 = icmp slt i32 %553, %M
	br i1 %570, label %store0, label %stored0

partial:
	%571 = shl i32 %13, 1
	%572 = add i32 0, %571
	%573 = add i32 %260, %572
	%574 = icmp slt i32 %573, %N
	%575 = select i1 %574, i32 %573, i32 0
	%576 = sitofp i32 %501 to float
	%577 = sext i32 %575 to i64
	%578 = getelementptr i32, i32* %58, i64 %577
	%579 = load i32, i32* %578
	%580 = sitofp i32 %579 to float
	%581 = fcmp ole float %580, %576
	%582 = uitofp i1 %581 to float
	%583 = fcmp une float %582, 0.0
	%584 = and i1 %574, %583
	%585 = select i1 %584, float %466, float 0xFFF0000000000000
	%586 = shl i32 %13, 1
	%587 = add i32 1, %586
	%588 = add i32 %260, %587
	%589 = icmp slt i32 %588, %N
	%590 = select i1 %589, i32 %588, i32 0
	%591 = sitofp i32 %501 to float
	%592 = sext i32 %590 to i64
	%593 = getelementptr i32, i32* %58, i64 %592
	%594 = load i32, i32* %593
	%595 = sitofp i32 %594 to float
	%596 = fcmp ole float %595, %591
	%597 = uitofp i1 %596 to float
	%598 = fcmp une float %597, 0.0
	%599 = and i1 %589, %598
	%600 = select i1 %599, float %467, float 0xFFF0000000000000
	%601 = shl i32 %13, 1
	%602 = add i32 0, %601
	%603 = add i32 %260, %602
	%604 = icmp slt i32 %603, %N
	%605 = select i1 %604, i32 %603, i32 0
	%606 = sitofp i32 %505 to float
	%607 = sext i32 %605 to i64
	%608 = getelementptr i32, i32* %58, i64 %607
	%609 = load i32, i32* %608
	%610 = sitofp i32 %609 to float
	%611 = fcmp ole float %610, %606
	%612 = uitofp i1 %611 to float
	%613 = fcmp une float %612, 0.0
	%614 = and i1 %604, %613
	%615 = select i1 %614, float %468, float 0xFFF0000000000000
	%616 = shl i32 %13, 1
	%617 = add i32 1, %616
	%618 = add i32 %260, %617
	%619 = icmp slt i32 %618, %N
	%620 = select i1 %619, i32 %618, i32 0
	%621 = sitofp i32 %505 to float
	%622 = sext i32 %620 to i64
	%623 = getelementptr i32, i32* %58, i64 %622
	%624 = load i32, i32* %623
	%625 = sitofp i32 %624 to float
	%626 = fcmp ole float %625, %621
	%627 = uitofp i1 %626 to float
	%628 = fcmp une float %627, 0.0
	%629 = and i1 %619, %628
	%630 = select i1 %629, float %469, float 0xFFF0000000000000
	%631 = shl i32 %13, 1
	%632 = add i32 8, %631
	%633 = add i32 %260, %632
	%634 = icmp slt i32 %633, %N
	%635 = select i1 %634, i32 %633, i32 0
	%636 = sitofp i32 %501 to float
	%637 = sext i32 %635 to i64
	%638 = getelementptr i32, i32* %58, i64 %637
	%639 = load i32, i32* %638
	%640 = sitofp i32 %639 to float
	%641 = fcmp ole float %640, %636
	%642 = uitofp i1 %641 to float
	%643 = fcmp une float %642, 0.0
	%644 = and i1 %634, %643
	%645 = select i1 %644, float %470, float 0xFFF0000000000000
	%646 = shl i32 %13, 1
	%647 = add i32 9, %646
	%648 = add i32 %260, %647
	%649 = icmp slt i32 %648, %N
	%650 = select i1 %649, i32 %648, i32 0
	%651 = sitofp i32 %501 to float
	%652 = sext i32 %650 to i64
	%653 = getelementptr i32, i32* %58, i64 %652
	%654 = load i32, i32* %653
	%655 = sitofp i32 %654 to float
	%656 = fcmp ole float %655, %651
	%657 = uitofp i1 %656 to float
	%658 = fcmp une float %657, 0.0
	%659 = and i1 %649, %658
	%660 = select i1 %659, float %471, float 0xFFF0000000000000
	%661 = shl i32 %13, 1
	%662 = add i32 8, %661
	%663 = add i32 %260, %662
	%664 = icmp slt i32 %663, %N
	%665 = select i1 %664, i32 %663, i32 0
	%666 = sitofp i32 %505 to float
	%667 = sext i32 %665 to i64
	%668 = getelementptr i32, i32* %58, i64 %667
	%669 = load i32, i32* %668
	%670 = sitofp i32 %669 to float
	%671 = fcmp ole float %670, %666
	%672 = uitofp i1 %671 to float
	%673 = fcmp une float %672, 0.0
	%674 = and i1 %664, %673
	%675 = select i1 %674, float %472, float 0xFFF0000000000000
	%676 = shl i32 %13, 1
	%677 = add i32 9, %676
	%678 = add i32 %260, %677
	%679 = icmp slt i32 %678, %N
	%680 = select i1 %679, i32 %678, i32 0
	%681 = sitofp i32 %505 to float
	%682 = sext i32 %680 to i64
	%683 = getelementptr i32, i32* %58, i64 %682
	%684 = load i32, i32* %683
	%685 = sitofp i32 %684 to float
	%686 = fcmp ole float %685, %681
	%687 = uitofp i1 %686 to float
	%688 = fcmp une float %687, 0.0
	%689 = and i1 %679, %688
	%690 = select i1 %689, float %473, float 0xFFF0000000000000
	%691 = shl i32 %13, 1
	%692 = add i32 16, %691
	%693 = add i32 %260, %692
	%694 = icmp slt i32 %693, %N
	%695 = select i1 %694, i32 %693, i32 0
	%696 = sitofp i32 %501 to float
	%697 = sext i32 %695 to i64
	%698 = getelementptr i32, i32* %58, i64 %697
	%699 = load i32, i32* %698
	%700 = sitofp i32 %699 to float
	%701 = fcmp ole float %700, %696
	%702 = uitofp i1 %701 to float
	%703 = fcmp une float %702, 0.0
	%704 = and i1 %694, %703
	%705 = select i1 %704, float %474, float 0xFFF0000000000000
	%706 = shl i32 %13, 1
	%707 = add i32 17, %706
	%708 = add i32 %260, %707
	%709 = icmp slt i32 %708, %N
	%710 = select i1 %709, i32 %708, i32 0
	%711 = sitofp i32 %501 to float
	%712 = sext i32 %710 to i64
	%713 = getelementptr i32, i32* %58, i64 %712
	%714 = load i32, i32* %713
	%715 = sitofp i32 %714 to float
	%716 = fcmp ole float %715, %711
	%717 = uitofp i1 %716 to float
	%718 = fcmp une float %717, 0.0
	%719 = and i1 %709, %718
	%720 = select i1 %719, float %475, float 0xFFF0000000000000
	%721 = shl i32 %13, 1
	%722 = add i32 16, %721
	%723 = add i32 %260, %722
	%724 = icmp slt i32 %723, %N
	%725 = select i1 %724, i32 %723, i32 0
	%726 = sitofp i32 %505 to float
	%727 = sext i32 %725 to i64
	%728 = getelementptr i32, i32* %58, i64 %727
	%729 = load i32, i32* %728
	%730 = sitofp i32 %729 to float
	%731 = fcmp ole float %730, %726
	%732 = uitofp i1 %731 to float
	%733 = fcmp une float %732, 0.0
	%734 = and i1 %724, %733
	%735 = select i1 %734, float %476, float 0xFFF0000000000000
	%736 = shl i32 %13, 1
	%737 = add i32 17, %736
	%738 = add i32 %260, %737
	%739 = icmp slt i32 %738, %N
	%740 = select i1 %739, i32 %738, i32 0
	%741 = sitofp i32 %505 to float
	%742 = sext i32 %740 to i64
	%743 = getelementptr i32, i32* %58, i64 %742
	%744 = load i32, i32* %743
	%745 = sitofp i32 %744 to float
	%746 = fcmp ole float %745, %741
	%747 = uitofp i1 %746 to float
	%748 = fcmp une float %747, 0.0
	%749 = and i1 %739, %748
	%750 = select i1 %749, float %477, float 0xFFF0000000000000
	%751 = shl i32 %13, 1
	%752 = add i32 24, %751
	%753 = add i32 %260, %752
	%754 = icmp slt i32 %753, %N
	%755 = select i1 %754, i32 %753, i32 0
	%756 = sitofp i32 %501 to float
	%757 = sext i32 %755 to i64
	%758 = getelementptr i32, i32* %58, i64 %757
	%759 = load i32, i32* %758
	%760 = sitofp i32 %759 to float
	%761 = fcmp ole float %760, %756
	%762 = uitofp i1 %761 to float
	%763 = fcmp une float %762, 0.0
	%764 = and i1 %754, %763
	%765 = select i1 %764, float %478, float 0xFFF0000000000000
	%766 = shl i32 %13, 1
	%767 = add i32 25, %766
	%768 = add i32 %260, %767
	%769 = icmp slt i32 %768, %N
	%770 = select i1 %769, i32 %768, i32 0
	%771 = sitofp i32 %501 to float
	%772 = sext i32 %770 to i64
	%773 = getelementptr i32, i32* %58, i64 %772
	%774 = load i32, i32* %773
	%775 = sitofp i32 %774 to float
	%776 = fcmp ole float %775, %771
	%777 = uitofp i1 %776 to float
	%778 = fcmp une float %777, 0.0
	%779 = and i1 %769, %778
	%780 = select i1 %779, float %479, float 0xFFF0000000000000
	%781 = shl i32 %13, 1
	%782 = add i32 24, %781
	%783 = add i32 %260, %782
	%784 = icmp slt i32 %783, %N
	%785 = select i1 %784, i32 %783, i32 0
	%786 = sitofp i32 %505 to float
	%787 = sext i32 %785 to i64
	%788 = getelementptr i32, i32* %58, i64 %787
	%789 = load i32, i32* %788
	%790 = sitofp i32 %789 to float
	%791 = fcmp ole float %790, %786
	%792 = uitofp i1 %791 to float
	%793 = fcmp une float %792, 0.0
	%794 = and i1 %784, %793
	%795 = select i1 %794, float %480, float 0xFFF0000000000000
	%796 = shl i32 %13, 1
	%797 = add i32 25, %796
	%798 = add i32 %260, %797
	%799 = icmp slt i32 %798, %N
	%800 = select i1 %799, i32 %798, i32 0
	%801 = sitofp i32 %505 to float
	%802 = sext i32 %800 to i64
	%803 = getelementptr i32, i32* %58, i64 %802
	%804 = load i32, i32* %803
	%805 = sitofp i32 %804 to float
	%806 = fcmp ole float %805, %801
	%807 = uitofp i1 %806 to float
	%808 = fcmp une float %807, 0.0
	%809 = and i1 %799, %808
	%810 = select i1 %809, float %481, float 0xFFF0000000000000
	%811 = shl i32 %13, 1
	%812 = add i32 32, %811
	%813 = add i32 %260, %812
	%814 = icmp slt i32 %813, %N
	%815 = select i1 %814, i32 %813, i32 0
	%816 = sitofp i32 %501 to float
	%817 = sext i32 %815 to i64
	%818 = getelementptr i32, i32* %58, i64 %817
	%819 = load i32, i32* %818
	%820 = sitofp i32 %819 to float
	%821 = fcmp ole float %820, %816
	%822 = uitofp i1 %821 to float
	%823 = fcmp une float %822, 0.0
	%824 = and i1 %814, %823
	%825 = select i1 %824, float %482, float 0xFFF0000000000000
	%826 = shl i32 %13, 1
	%827 = add i32 33, %826
	%828 = add i32 %260, %827
	%829 = icmp slt i32 %828, %N
	%830 = select i1 %829, i32 %828, i32 0
	%831 = sitofp i32 %501 to float
	%832 = sext i32 %830 to i64
	%833 = getelementptr i32, i32* %58, i64 %832
	%834 = load i32, i32* %833
	%835 = sitofp i32 %834 to float
	%836 = fcmp ole float %835, %831
	%837 = uitofp i1 %836 to float
	%838 = fcmp une float %837, 0.0
	%839 = and i1 %829, %838
	%840 = select i1 %839, float %483, float 0xFFF0000000000000
	%841 = shl i32 %13, 1
	%842 = add i32 32, %841
	%843 = add i32 %260, %842
	%844 = icmp slt i32 %843, %N
	%845 = select i1 %844, i32 %843, i32 0
	%846 = sitofp i32 %505 to float
	%847 = sext i32 %845 to i64
	%848 = getelementptr i32, i32* %58, i64 %847
	%849 = load i32, i32* %848
	%850 = sitofp i32 %849 to float
	%851 = fcmp ole float %850, %846
	%852 = uitofp i1 %851 to float
	%853 = fcmp une float %852, 0.0
	%854 = and i1 %844, %853
	%855 = select i1 %854, float %484, float 0xFFF0000000000000
	%856 = shl i32 %13, 1
	%857 = add i32 33, %856
	%858 = add i32 %260, %857
	%859 = icmp slt i32 %858, %N
	%860 = select i1 %859, i32 %858, i32 0
	%861 = sitofp i32 %505 to float
	%862 = sext i32 %860 to i64
	%863 = getelementptr i32, i32* %58, i64 %862
	%864 = load i32, i32* %863
	%865 = sitofp i32 %864 to float
	%866 = fcmp ole float %865, %861
	%867 = uitofp i1 %866 to float
	%868 = fcmp une float %867, 0.0
	%869 = and i1 %859, %868
	%870 = select i1 %869, float %485, float 0xFFF0000000000000
	%871 = shl i32 %13, 1
	%872 = add i32 40, %871
	%873 = add i32 %260, %872
	%874 = icmp slt i32 %873, %N
	%875 = select i1 %874, i32 %873, i32 0
	%876 = sitofp i32 %501 to float
	%877 = sext i32 %875 to i64
	%878 = getelementptr i32, i32* %58, i64 %877
	%879 = load i32, i32* %878
	%880 = sitofp i32 %879 to float
	%881 = fcmp ole float %880, %876
	%882 = uitofp i1 %881 to float
	%883 = fcmp une float %882, 0.0
	%884 = and i1 %874, %883
	%885 = select i1 %884, float %486, float 0xFFF0000000000000
	%886 = shl i32 %13, 1
	%887 = add i32 41, %886
	%888 = add i32 %260, %887
	%889 = icmp slt i32 %888, %N
	%890 = select i1 %889, i32 %888, i32 0
	%891 = sitofp i32 %501 to float
	%892 = sext i32 %890 to i64
	%893 = getelementptr i32, i32* %58, i64 %892
	%894 = load i32, i32* %893
	%895 = sitofp i32 %894 to float
	%896 = fcmp ole float %895, %891
	%897 = uitofp i1 %896 to float
	%898 = fcmp une float %897, 0.0
	%899 = and i1 %889, %898
	%900 = select i1 %899, float %487, float 0xFFF0000000000000
	%901 = shl i32 %13, 1
	%902 = add i32 40, %901
	%903 = add i32 %260, %902
	%904 = icmp slt i32 %903, %N
	%905 = select i1 %904, i32 %903, i32 0
	%906 = sitofp i32 %505 to float
	%907 = sext i32 %905 to i64
	%908 = getelementptr i32, i32* %58, i64 %907
	%909 = load i32, i32* %908
	%910 = sitofp i32 %909 to float
	%911 = fcmp ole float %910, %906
	%912 = uitofp i1 %911 to float
	%913 = fcmp une float %912, 0.0
	%914 = and i1 %904, %913
	%915 = select i1 %914, float %488, float 0xFFF0000000000000
	%916 = shl i32 %13, 1
	%917 = add i32 41, %916
	%918 = add i32 %260, %917
	%919 = icmp slt i32 %918, %N
	%920 = select i1 %919, i32 %918, i32 0
	%921 = sitofp i32 %505 to float
	%922 = sext i32 %920 to i64
	%923 = getelementptr i32, i32* %58, i64 %922
	%924 = load i32, i32* %923
	%925 = sitofp i32 %924 to float
	%926 = fcmp ole float %925, %921
	%927 = uitofp i1 %926 to float
	%928 = fcmp une float %927, 0.0
	%929 = and i1 %919, %928
	%930 = select i1 %929, float %489, float 0xFFF0000000000000
	%931 = shl i32 %13, 1
	%932 = add i32 48, %931
	%933 = add i32 %260, %932
	%934 = icmp slt i32 %933, %N
	%935 = select i1 %934, i32 %933, i32 0
	%936 = sitofp i32 %501 to float
	%937 = sext i32 %935 to i64
	%938 = getelementptr i32, i32* %58, i64 %937
	%939 = load i32, i32* %938
	%940 = sitofp i32 %939 to float
	%941 = fcmp ole float %940, %936
	%942 = uitofp i1 %941 to float
	%943 = fcmp une float %942, 0.0
	%944 = and i1 %934, %943
	%945 = select i1 %944, float %490, float 0xFFF0000000000000
	%946 = shl i32 %13, 1
	%947 = add i32 49, %946
	%948 = add i32 %260, %947
	%949 = icmp slt i32 %948, %N
	%950 = select i1 %949, i32 %948, i32 0
	%951 = sitofp i32 %501 to float
	%952 = sext i32 %950 to i64
	%953 = getelementptr i32, i32* %58, i64 %952
	%954 = load i32, i32* %953
	%955 = sitofp i32 %954 to float
	%956 = fcmp ole float %955, %951
	%957 = uitofp i1 %956 to float
	%958 = fcmp une float %957, 0.0
	%959 = and i1 %949, %958
	%960 = select i1 %959, float %491, float 0xFFF0000000000000
	%961 = shl i32 %13, 1
	%962 = add i32 48, %961
	%963 = add i32 %260, %962
	%964 = icmp slt i32 %963, %N
	%965 = select i1 %964, i32 %963, i32 0
	%966 = sitofp i32 %505 to float
	%967 = sext i32 %965 to i64
	%968 = getelementptr i32, i32* %58, i64 %967
	%969 = load i32, i32* %968
	%970 = sitofp i32 %969 to float
	%971 = fcmp ole float %970, %966
	%972 = uitofp i1 %971 to float
	%973 = fcmp une float %972, 0.0
	%974 = and i1 %964, %973
	%975 = select i1 %974, float %492, float 0xFFF0000000000000
	%976 = shl i32 %13, 1
	%977 = add i32 49, %976
	%978 = add i32 %260, %977
	%979 = icmp slt i32 %978, %N
	%980 = select i1 %979, i32 %978, i32 0
	%981 = sitofp i32 %505 to float
	%982 = sext i32 %980 to i64
	%983 = getelementptr i32, i32* %58, i64 %982
	%984 = load i32, i32* %983
	%985 = sitofp i32 %984 to float
	%986 = fcmp ole float %985, %981
	%987 = uitofp i1 %986 to float
	%988 = fcmp une float %987, 0.0
	%989 = and i1 %979, %988
	%990 = select i1 %989, float %493, float 0xFFF0000000000000
	%991 = shl i32 %13, 1
	%992 = add i32 56, %991
	%993 = add i32 %260, %992
	%994 = icmp slt i32 %993, %N
	%995 = select i1 %994, i32 %993, i32 0
	%996 = sitofp i32 %501 to float
	%997 = sext i32 %995 to i64
	%998 = getelementptr i32, i32* %58, i64 %997
	%999 = load i32, i32* %998
	%1000 = sitofp i32 %999 to float
	%1001 = fcmp ole float %1000, %996
	%1002 = uitofp i1 %1001 to float
	%1003 = fcmp une float %1002, 0.0
	%1004 = and i1 %994, %1003
	%1005 = select i1 %1004, float %494, float 0xFFF0000000000000
	%1006 = shl i32 %13, 1
	%1007 = add i32 57, %1006
	%1008 = add i32 %260, %1007
	%1009 = icmp slt i32 %1008, %N
	%1010 = select i1 %1009, i32 %1008, i32 0
	%1011 = sitofp i32 %501 to float
	%1012 = sext i32 %1010 to i64
	%1013 = getelementptr i32, i32* %58, i64 %1012
	%1014 = load i32, i32* %1013
	%1015 = sitofp i32 %1014 to float
	%1016 = fcmp ole float %1015, %1011
	%1017 = uitofp i1 %1016 to float
	%1018 = fcmp une float %1017, 0.0
	%1019 = and i1 %1009, %1018
	%1020 = select i1 %1019, float %495, float 0xFFF0000000000000
	%1021 = shl i32 %13, 1
	%1022 = add i32 56, %1021
	%1023 = add i32 %260, %1022
	%1024 = icmp slt i32 %1023, %N
	%1025 = select i1 %1024, i32 %1023, i32 0
	%1026 = sitofp i32 %505 to float
	%1027 = sext i32 %1025 to i64
	%1028 = getelementptr i32, i32* %58, i64 %1027
	%1029 = load i32, i32* %1028
	%1030 = sitofp i32 %1029 to float
	%1031 = fcmp ole float %1030, %1026
	%1032 = uitofp i1 %1031 to float
	%1033 = fcmp une float %1032, 0.0
	%1034 = and i1 %1024, %1033
	%1035 = select i1 %1034, float %496, float 0xFFF0000000000000
	%1036 = shl i32 %13, 1
	%1037 = add i32 57, %1036
	%1038 = add i32 %260, %1037
	%1039 = icmp slt i32 %1038, %N
	%1040 = select i1 %1039, i32 %1038, i32 0
	%1041 = sitofp i32 %505 to float
	%1042 = sext i32 %1040 to i64
	%1043 = getelementptr i32, i32* %58, i64 %1042
	%1044 = load i32, i32* %1043
	%1045 = sitofp i32 %1044 to float
	%1046 = fcmp ole float %1045, %1041
	%1047 = uitofp i1 %1046 to float
	%1048 = fcmp une float %1047, 0.0
	%1049 = and i1 %1039, %1048
	%1050 = select i1 %1049, float %497, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1051 = phi float [ %466, %loop ], [ %585, %partial ]
	%1052 = phi float [ %467, %loop ], [ %600, %partial ]
	%1053 = phi float [ %468, %loop ], [ %615, %partial ]
	%1054 = phi float [ %469, %loop ], [ %630, %partial ]
	%1055 = phi float [ %470, %loop ], [ %645, %partial ]
	%1056 = phi float [ %471, %loop ], [ %660, %partial ]
	%1057 = phi float [ %472, %loop ], [ %675, %partial ]
	%1058 = phi float [ %473, %loop ], [ %690, %partial ]
	%1059 = phi float [ %474, %loop ], [ %705, %partial ]
	%1060 = phi float [ %475, %loop ], [ %720, %partial ]
	%1061 = phi float [ %476, %loop ], [ %735, %partial ]
	%1062 = phi float [ %477, %loop ], [ %750, %partial ]
	%1063 = phi float [ %478, %loop ], [ %765, %partial ]
	%1064 = phi float [ %479, %loop ], [ %780, %partial ]
	%1065 = phi float [ %480, %loop ], [ %795, %partial ]
	%1066 = phi float [ %481, %loop ], [ %810, %partial ]
	%1067 = phi float [ %482, %loop ], [ %825, %partial ]
	%1068 = phi float [ %483, %loop ], [ %840, %partial ]
	%1069 = phi float [ %484, %loop ], [ %855, %partial ]
	%1070 = phi float [ %485, %loop ], [ %870, %partial ]
	%1071 = phi float [ %486, %loop ], [ %885, %partial ]
	%1072 = phi float [ %487, %loop ], [ %900, %partial ]
	%1073 = phi float [ %488, %loop ], [ %915, %partial ]
	%1074 = phi float [ %489, %loop ], [ %930, %partial ]
	%1075 = phi float [ %490, %loop ], [ %945, %partial ]
	%1076 = phi float [ %491, %loop ], [ %960, %partial ]
	%1077 = phi float [ %492, %loop ], [ %975, %partial ]
	%1078 = phi float [ %493, %loop ], [ %990, %partial ]
	%1079 = phi float [ %494, %loop ], [ %1005, %partial ]
	%1080 = phi float [ %495, %loop ], [ %1020, %partial ]
	%1081 = phi float [ %496, %loop ], [ %1035, %partial ]
	%1082 = phi float [ %497, %loop ], [ %1050, %partial ]
	%1083 = call float @llvm.nvvm.fmax.f(float %1051, float %1052)
	%1084 = call float @llvm.nvvm.fmax.f(float %1055, float %1056)
	%1085 = call float @llvm.nvvm.fmax.f(float %1059, float %1060)
	%1086 = call float @llvm.nvvm.fmax.f(float %1063, float %1064)
	%1087 = call float @llvm.nvvm.fmax.f(float %1067, float %1068)
	%1088 = call float @llvm.nvvm.fmax.f(float %1071, float %1072)
	%1089 = call float @llvm.nvvm.fmax.f(float %1075, float %1076)
	%1090 = call float @llvm.nvvm.fmax.f(float %1079, float %1080)
	%1091 = call float @llvm.nvvm.fmax.f(float %1083, float %1084)
	%1092 = call float @llvm.nvvm.fmax.f(float %1085, float %1086)
	%1093 = call float @llvm.nvvm.fmax.f(float %1087, float %1088)
	%1094 = call float @llvm.nvvm.fmax.f(float %1089, float %1090)
	%1095 = call float @llvm.nvvm.fmax.f(float %1091, float %1092)
	%1096 = call float @llvm.nvvm.fmax.f(float %1093, float %1094)
	%1097 = call float @llvm.nvvm.fmax.f(float %1095, float %1096)
	%1098 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1097, i32 1, i32 31)
	%1099 = call float @llvm.nvvm.fmax.f(float %1097, float %1098)
	%1100 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1099, i32 2, i32 31)
	%1101 = call float @llvm.nvvm.fmax.f(float %1099, float %1100)
	%1102 = fmul float %1101, 0x3FC7154760000000
	%1103 = call float @llvm.nvvm.fmax.f(float %252, float %1102)
	%1104 = fadd float %252, 8.0
	%1105 = fcmp ogt float %1103, %1104
	%1106 = or i1 false, %1105
	%1107 = call float @llvm.nvvm.fmax.f(float %1053, float %1054)
	%1108 = call float @llvm.nvvm.fmax.f(float %1057, float %1058)
	%1109 = call float @llvm.nvvm.fmax.f(float %1061, float %1062)
	%1110 = call float @llvm.nvvm.fmax.f(float %1065, float %1066)
	%1111 = call float @llvm.nvvm.fmax.f(float %1069, float %1070)
	%1112 = call float @llvm.nvvm.fmax.f(float %1073, float %1074)
	%1113 = call float @llvm.nvvm.fmax.f(float %1077, float %1078)
	%1114 = call float @llvm.nvvm.fmax.f(float %1081, float %1082)
	%1115 = call float @llvm.nvvm.fmax.f(float %1107, float %1108)
	%1116 = call float @llvm.nvvm.fmax.f(float %1109, float %1110)
	%1117 = call float @llvm.nvvm.fmax.f(float %1111, float %1112)
	%1118 = call float @llvm.nvvm.fmax.f(float %1113, float %1114)
	%1119 = call float @llvm.nvvm.fmax.f(float %1115, float %1116)
	%1120 = call float @llvm.nvvm.fmax.f(float %1117, float %1118)
	%1121 = call float @llvm.nvvm.fmax.f(float %1119, float %1120)
	%1122 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1121, i32 1, i32 31)
	%1123 = call float @llvm.nvvm.fmax.f(float %1121, float %1122)
	%1124 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1123, i32 2, i32 31)
	%1125 = call float @llvm.nvvm.fmax.f(float %1123, float %1124)
	%1126 = fmul float %1125, 0x3FC7154760000000
	%1127 = call float @llvm.nvvm.fmax.f(float %254, float %1126)
	%1128 = fadd float %254, 8.0
	%1129 = fcmp ogt float %1127, %1128
	%1130 = or i1 %1106, %1129
	%1131 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1130)
	br i1 %1131, label %1132, label %1175

1132:
	%1133 = fcmp oeq float %1103, 0xFFF0000000000000
	%1134 = select i1 %1133, float 0.0, float %1103
	%1135 = fsub float %252, %1134
	%1136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1135)
	%1137 = fcmp oeq float %1127, 0xFFF0000000000000
	%1138 = select i1 %1137, float 0.0, float %1127
	%1139 = fsub float %254, %1138
	%1140 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1139)
	%1141 = fmul float %220, %1136
	%1142 = fmul float %221, %1136
	%1143 = fmul float %222, %1140
	%1144 = fmul float %223, %1140
	%1145 = fmul float %224, %1136
	%1146 = fmul float %225, %1136
	%1147 = fmul float %226, %1140
	%1148 = fmul float %227, %1140
	%1149 = fmul float %228, %1136
	%1150 = fmul float %229, %1136
	%1151 = fmul float %230, %1140
	%1152 = fmul float %231, %1140
	%1153 = fmul float %232, %1136
	%1154 = fmul float %233, %1136
	%1155 = fmul float %234, %1140
	%1156 = fmul float %235, %1140
	%1157 = fmul float %236, %1136
	%1158 = fmul float %237, %1136
	%1159 = fmul float %238, %1140
	%1160 = fmul float %239, %1140
	%1161 = fmul float %240, %1136
	%1162 = fmul float %241, %1136
	%1163 = fmul float %242, %1140
	%1164 = fmul float %243, %1140
	%1165 = fmul float %244, %1136
	%1166 = fmul float %245, %1136
	%1167 = fmul float %246, %1140
	%1168 = fmul float %247, %1140
	%1169 = fmul float %248, %1136
	%1170 = fmul float %249, %1136
	%1171 = fmul float %250, %1140
	%1172 = fmul float %251, %1140
	%1173 = fmul float %253, %1136
	%1174 = fmul float %255, %1140
	br label %1175

1175:
	%1176 = phi float [ %220, %softmax ], [ %1141, %1132 ]
	%1177 = phi float [ %221, %softmax ], [ %1142, %1132 ]
	%1178 = phi float [ %222, %softmax ], [ %1143, %1132 ]
	%1179 = phi float [ %223, %softmax ], [ %1144, %1132 ]
	%1180 = phi float [ %224, %softmax ], [ %1145, %1132 ]
	%1181 = phi float [ %225, %softmax ], [ %1146, %1132 ]
	%1182 = phi float [ %226, %softmax ], [ %1147, %1132 ]
	%1183 = phi float [ %227, %softmax ], [ %1148, %1132 ]
	%1184 = phi float [ %228, %softmax ], [ %1149, %1132 ]
	%1185 = phi float [ %229, %softmax ], [ %1150, %1132 ]
	%1186 = phi float [ %230, %softmax ], [ %1151, %1132 ]
	%1187 = phi float [ %231, %softmax ], [ %1152, %1132 ]
	%1188 = phi float [ %232, %softmax ], [ %1153, %1132 ]
	%1189 = phi float [ %233, %softmax ], [ %1154, %1132 ]
	%1190 = phi float [ %234, %softmax ], [ %1155, %1132 ]
	%1191 = phi float [ %235, %softmax ], [ %1156, %1132 ]
	%1192 = phi float [ %236, %softmax ], [ %1157, %1132 ]
	%1193 = phi float [ %237, %softmax ], [ %1158, %1132 ]
	%1194 = phi float [ %238, %softmax ], [ %1159, %1132 ]
	%1195 = phi float [ %239, %softmax ], [ %1160, %1132 ]
	%1196 = phi float [ %240, %softmax ], [ %1161, %1132 ]
	%1197 = phi float [ %241, %softmax ], [ %1162, %1132 ]
	%1198 = phi float [ %242, %softmax ], [ %1163, %1132 ]
	%1199 = phi float [ %243, %softmax ], [ %1164, %1132 ]
	%1200 = phi float [ %244, %softmax ], [ %1165, %1132 ]
	%1201 = phi float [ %245, %softmax ], [ %1166, %1132 ]
	%1202 = phi float [ %246, %softmax ], [ %1167, %1132 ]
	%1203 = phi float [ %247, %softmax ], [ %1168, %1132 ]
	%1204 = phi float [ %248, %softmax ], [ %1169, %1132 ]
	%1205 = phi float [ %249, %softmax ], [ %1170, %1132 ]
	%1206 = phi float [ %250, %softmax ], [ %1171, %1132 ]
	%1207 = phi float [ %251, %softmax ], [ %1172, %1132 ]
	%1208 = phi float [ %253, %softmax ], [ %1173, %1132 ]
	%1209 = phi float [ %255, %softmax ], [ %1174, %1132 ]
	%1210 = select i1 %1131, float %1103, float %252
	%1211 = fcmp oeq float %1210, 0xFFF0000000000000
	%1212 = select i1 %1211, float 0.0, float %1210
	%1213 = fneg float %1212
	%1214 = call float @llvm.fma.f32(float %1051, float 0x3FC7154760000000, float %1213)
	%1215 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1214)
	%1216 = call float @llvm.fma.f32(float %1052, float 0x3FC7154760000000, float %1213)
	%1217 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1216)
	%1218 = call float @llvm.fma.f32(float %1055, float 0x3FC7154760000000, float %1213)
	%1219 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1218)
	%1220 = call float @llvm.fma.f32(float %1056, float 0x3FC7154760000000, float %1213)
	%1221 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1220)
	%1222 = call float @llvm.fma.f32(float %1059, float 0x3FC7154760000000, float %1213)
	%1223 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1222)
	%1224 = call float @llvm.fma.f32(float %1060, float 0x3FC7154760000000, float %1213)
	%1225 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1224)
	%1226 = call float @llvm.fma.f32(float %1063, float 0x3FC7154760000000, float %1213)
	%1227 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1226)
	%1228 = call float @llvm.fma.f32(float %1064, float 0x3FC7154760000000, float %1213)
	%1229 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1228)
	%1230 = call float @llvm.fma.f32(float %1067, float 0x3FC7154760000000, float %1213)
	%1231 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1230)
	%1232 = call float @llvm.fma.f32(float %1068, float 0x3FC7154760000000, float %1213)
	%1233 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1232)
	%1234 = call float @llvm.fma.f32(float %1071, float 0x3FC7154760000000, float %1213)
	%1235 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1234)
	%1236 = call float @llvm.fma.f32(float %1072, float 0x3FC7154760000000, float %1213)
	%1237 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1236)
	%1238 = call float @llvm.fma.f32(float %1075, float 0x3FC7154760000000, float %1213)
	%1239 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1238)
	%1240 = call float @llvm.fma.f32(float %1076, float 0x3FC7154760000000, float %1213)
	%1241 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1240)
	%1242 = call float @llvm.fma.f32(float %1079, float 0x3FC7154760000000, float %1213)
	%1243 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1242)
	%1244 = call float @llvm.fma.f32(float %1080, float 0x3FC7154760000000, float %1213)
	%1245 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1244)
	%1246 = fadd float %1215, %1217
	%1247 = fadd float %1219, %1221
	%1248 = fadd float %1223, %1225
	%1249 = fadd float %1227, %1229
	%1250 = fadd float %1231, %1233
	%1251 = fadd float %1235, %1237
	%1252 = fadd float %1239, %1241
	%1253 = fadd float %1243, %1245
	%1254 = fadd float %1246, %1247
	%1255 = fadd float %1248, %1249
	%1256 = fadd float %1250, %1251
	%1257 = fadd float %1252, %1253
	%1258 = fadd float %1254, %1255
	%1259 = fadd float %1256, %1257
	%1260 = fadd float %1258, %1259
	%1261 = fadd float %1208, %1260
	%1262 = select i1 %1131, float %1127, float %254
	%1263 = fcmp oeq float %1262, 0xFFF0000000000000
	%1264 = select i1 %1263, float 0.0, float %1262
	%1265 = fneg float %1264
	%1266 = call float @llvm.fma.f32(float %1053, float 0x3FC7154760000000, float %1265)
	%1267 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1266)
	%1268 = call float @llvm.fma.f32(float %1054, float 0x3FC7154760000000, float %1265)
	%1269 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1268)
	%1270 = call float @llvm.fma.f32(float %1057, float 0x3FC7154760000000, float %1265)
	%1271 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1270)
	%1272 = call float @llvm.fma.f32(float %1058, float 0x3FC7154760000000, float %1265)
	%1273 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1272)
	%1274 = call float @llvm.fma.f32(float %1061, float 0x3FC7154760000000, float %1265)
	%1275 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1274)
	%1276 = call float @llvm.fma.f32(float %1062, float 0x3FC7154760000000, float %1265)
	%1277 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1276)
	%1278 = call float @llvm.fma.f32(float %1065, float 0x3FC7154760000000, float %1265)
	%1279 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1278)
	%1280 = call float @llvm.fma.f32(float %1066, float 0x3FC7154760000000, float %1265)
	%1281 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1280)
	%1282 = call float @llvm.fma.f32(float %1069, float 0x3FC7154760000000, float %1265)
	%1283 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1282)
	%1284 = call float @llvm.fma.f32(float %1070, float 0x3FC7154760000000, float %1265)
	%1285 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1284)
	%1286 = call float @llvm.fma.f32(float %1073, float 0x3FC7154760000000, float %1265)
	%1287 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1286)
	%1288 = call float @llvm.fma.f32(float %1074, float 0x3FC7154760000000, float %1265)
	%1289 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1288)
	%1290 = call float @llvm.fma.f32(float %1077, float 0x3FC7154760000000, float %1265)
	%1291 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1290)
	%1292 = call float @llvm.fma.f32(float %1078, float 0x3FC7154760000000, float %1265)
	%1293 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1292)
	%1294 = call float @llvm.fma.f32(float %1081, float 0x3FC7154760000000, float %1265)
	%1295 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1294)
	%1296 = call float @llvm.fma.f32(float %1082, float 0x3FC7154760000000, float %1265)
	%1297 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1296)
	%1298 = fadd float %1267, %1269
	%1299 = fadd float %1271, %1273
	%1300 = fadd float %1275, %1277
	%1301 = fadd float %1279, %1281
	%1302 = fadd float %1283, %1285
	%1303 = fadd float %1287, %1289
	%1304 = fadd float %1291, %1293
	%1305 = fadd float %1295, %1297
	%1306 = fadd float %1298, %1299
	%1307 = fadd float %1300, %1301
	%1308 = fadd float %1302, %1303
	%1309 = fadd float %1304, %1305
	%1310 = fadd float %1306, %1307
	%1311 = fadd float %1308, %1309
	%1312 = fadd float %1310, %1311
	%1313 = fadd float %1209, %1312
	%1314 = add i32 %216, 1
	%1315 = icmp sge i32 %218, 0
	%1316 = add i32 %216, 2
	%1317 = icmp slt i32 %1316, %NK
	%1318 = and i1 %1315, %1317
	%1319 = select i1 %1318, i32 %1316, i32 0
	%1320 = add i32 %48, %1319
	%1321 = sext i32 %1320 to i64
	%1322 = getelementptr i32, i32* %list, i64 %1321
	%1323 = load i32, i32* %1322
	%1324 = select i1 %1318, i32 %1323, i32 -1
	%1325 = icmp sge i32 %218, 0
	%1326 = icmp slt i32 %218, %NK
	%1327 = and i1 %1325, %1326
	%1328 = select i1 %1327, i32 %218, i32 0
	%1329 = add i32 %52, %1328
	%1330 = sext i32 %1329 to i64
	%1331 = getelementptr i8, i8* %cls, i64 %1330
	%1332 = load i8, i8* %1331
	%1333 = select i1 %1315, i32 %218, i32 0
	%1334 = mul i32 %1333, 64
	%1335 = lshr i32 %9, 3
	%1336 = add i32 %1334, %1335
	%1337 = add i32 %1336, 0
	%1338 = icmp slt i32 %1337, %N
	%1339 = select i1 %1338, i32 %1337, i32 0
	%1340 = sext i32 %1339 to i64
	%1341 = getelementptr i32, i32* %58, i64 %1340
	%1342 = load i32, i32* %1341
	%1343 = add i32 %1336, 16
	%1344 = icmp slt i32 %1343, %N
	%1345 = select i1 %1344, i32 %1343, i32 0
	%1346 = sext i32 %1345 to i64
	%1347 = getelementptr i32, i32* %58, i64 %1346
	%1348 = load i32, i32* %1347
	%1349 = add i32 %1336, 32
	%1350 = icmp slt i32 %1349, %N
	%1351 = select i1 %1350, i32 %1349, i32 0
	%1352 = sext i32 %1351 to i64
	%1353 = getelementptr i32, i32* %58, i64 %1352
	%1354 = load i32, i32* %1353
	%1355 = add i32 %1336, 48
	%1356 = icmp slt i32 %1355, %N
	%1357 = select i1 %1356, i32 %1355, i32 0
	%1358 = sext i32 %1357 to i64
	%1359 = getelementptr i32, i32* %58, i64 %1358
	%1360 = load i32, i32* %1359
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1315, label %prefetch, label %pv

prefetch:
	%1361 = mul i32 %218, 64
	%1362 = lshr i32 %9, 3
	%1363 = and i32 %9, 7
	%1364 = lshr i32 %1363, 3
	%1365 = mul i32 %1364, u0x2000
	%1366 = and i32 %1363, 7
	%1367 = and i32 %1362, 7
	%1368 = xor i32 %1366, %1367
	%1369 = mul i32 %1362, 128
	%1370 = shl i32 %1368, 4
	%1371 = add i32 %1369, %1370
	%1372 = add i32 %1365, %1371
	%1373 = add i32 %0, %1372
	%1374 = add i32 %1361, %1362
	%1375 = add i32 %1374, 0
	%1376 = icmp slt i32 %1375, %N
	%1377 = mul i32 %1342, 64
	%1378 = mul i32 %1363, 8
	%1379 = add i32 %1377, %1378
	%1380 = sext i32 %1379 to i64
	%1381 = getelementptr i16, i16* %39, i64 %1380
	%1382 = add i32 %1373, 0
	%1383 = select i1 %1376, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1382, i16* %1381, i32 %1383)
	%1384 = add i32 %1374, 16
	%1385 = icmp slt i32 %1384, %N
	%1386 = mul i32 %1348, 64
	%1387 = mul i32 %1363, 8
	%1388 = add i32 %1386, %1387
	%1389 = sext i32 %1388 to i64
	%1390 = getelementptr i16, i16* %39, i64 %1389
	%1391 = add i32 %1373, 2048
	%1392 = select i1 %1385, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1391, i16* %1390, i32 %1392)
	%1393 = add i32 %1374, 32
	%1394 = icmp slt i32 %1393, %N
	%1395 = mul i32 %1354, 64
	%1396 = mul i32 %1363, 8
	%1397 = add i32 %1395, %1396
	%1398 = sext i32 %1397 to i64
	%1399 = getelementptr i16, i16* %39, i64 %1398
	%1400 = add i32 %1373, u0x1000
	%1401 = select i1 %1394, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1400, i16* %1399, i32 %1401)
	%1402 = add i32 %1374, 48
	%1403 = icmp slt i32 %1402, %N
	%1404 = mul i32 %1360, 64
	%1405 = mul i32 %1363, 8
	%1406 = add i32 %1404, %1405
	%1407 = sext i32 %1406 to i64
	%1408 = getelementptr i16, i16* %39, i64 %1407
	%1409 = add i32 %1373, 6144
	%1410 = select i1 %1403, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1409, i16* %1408, i32 %1410)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1411 = and i32 %11, 7
	%1412 = lshr i32 %11, 3
	%1413 = and i32 %1412, 1
	%1414 = shl i32 %1413, 3
	%1415 = add i32 %1411, %1414
	%1416 = mul i32 %1415, 128
	%1417 = add i32 %1, %1416
	%1418 = and i32 %11, 7
	%1419 = xor i32 %129, %1418
	%1420 = shl i32 %1419, 4
	%1421 = add i32 %1417, %1420
	%1422 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1217, float %1215)
	%1423 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1269, float %1267)
	%1424 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1221, float %1219)
	%1425 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1273, float %1271)
	%1426 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1225, float %1223)
	%1427 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1277, float %1275)
	%1428 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1229, float %1227)
	%1429 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1281, float %1279)
	%1430 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1233, float %1231)
	%1431 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1285, float %1283)
	%1432 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1237, float %1235)
	%1433 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1289, float %1287)
	%1434 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1241, float %1239)
	%1435 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1293, float %1291)
	%1436 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1245, float %1243)
	%1437 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1297, float %1295)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1438 = add i32 %8, 0
	%1439 = zext i32 %1438 to i64
	%1440 = or i64 %1439, u0x4000004002000000
	%1441 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1176, float %1177, float %1178, float %1179, float %1180, float %1181, float %1182, float %1183, float %1184, float %1185, float %1186, float %1187, float %1188, float %1189, float %1190, float %1191, float %1192, float %1193, float %1194, float %1195, float %1196, float %1197, float %1198, float %1199, float %1200, float %1201, float %1202, float %1203, float %1204, float %1205, float %1206, float %1207, i32 %1422, i32 %1423, i32 %1424, i32 %1425, i64 %1440, i32 1)
	%1442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 0
	%1443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 1
	%1444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 2
	%1445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 3
	%1446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 4
	%1447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 5
	%1448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 6
	%1449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 7
	%1450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 8
	%1451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 9
	%1452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 10
	%1453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 11
	%1454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 12
	%1455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 13
	%1456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 14
	%1457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 15
	%1458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 16
	%1459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 17
	%1460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 18
	%1461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 19
	%1462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 20
	%1463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 21
	%1464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 22
	%1465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 23
	%1466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 24
	%1467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 25
	%1468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 26
	%1469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 27
	%1470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 28
	%1471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 29
	%1472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 30
	%1473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1441, 31
	%1474 = add i32 %8, 128
	%1475 = zext i32 %1474 to i64
	%1476 = or i64 %1475, u0x4000004002000000
	%1477 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1442, float %1443, float %1444, float %1445, float %1446, float %1447, float %1448, float %1449, float %1450, float %1451, float %1452, float %1453, float %1454, float %1455, float %1456, float %1457, float %1458, float %1459, float %1460, float %1461, float %1462, float %1463, float %1464, float %1465, float %1466, float %1467, float %1468, float %1469, float %1470, float %1471, float %1472, float %1473, i32 %1426, i32 %1427, i32 %1428, i32 %1429, i64 %1476, i32 1)
	%1478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 0
	%1479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 1
	%1480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 2
	%1481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 3
	%1482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 4
	%1483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 5
	%1484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 6
	%1485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 7
	%1486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 8
	%1487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 9
	%1488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 10
	%1489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 11
	%1490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 12
	%1491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 13
	%1492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 14
	%1493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 15
	%1494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 16
	%1495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 17
	%1496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 18
	%1497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 19
	%1498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 20
	%1499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 21
	%1500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 22
	%1501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 23
	%1502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 24
	%1503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 25
	%1504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 26
	%1505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 27
	%1506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 28
	%1507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 29
	%1508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 30
	%1509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1477, 31
	%1510 = add i32 %8, 256
	%1511 = zext i32 %1510 to i64
	%1512 = or i64 %1511, u0x4000004002000000
	%1513 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1478, float %1479, float %1480, float %1481, float %1482, float %1483, float %1484, float %1485, float %1486, float %1487, float %1488, float %1489, float %1490, float %1491, float %1492, float %1493, float %1494, float %1495, float %1496, float %1497, float %1498, float %1499, float %1500, float %1501, float %1502, float %1503, float %1504, float %1505, float %1506, float %1507, float %1508, float %1509, i32 %1430, i32 %1431, i32 %1432, i32 %1433, i64 %1512, i32 1)
	%1514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 0
	%1515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 1
	%1516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 2
	%1517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 3
	%1518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 4
	%1519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 5
	%1520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 6
	%1521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 7
	%1522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 8
	%1523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 9
	%1524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 10
	%1525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 11
	%1526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 12
	%1527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 13
	%1528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 14
	%1529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 15
	%1530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 16
	%1531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 17
	%1532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 18
	%1533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 19
	%1534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 20
	%1535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 21
	%1536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 22
	%1537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 23
	%1538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 24
	%1539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 25
	%1540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 26
	%1541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 27
	%1542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 28
	%1543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 29
	%1544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 30
	%1545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 31
	%1546 = add i32 %8, 384
	%1547 = zext i32 %1546 to i64
	%1548 = or i64 %1547, u0x4000004002000000
	%1549 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1514, float %1515, float %1516, float %1517, float %1518, float %1519, float %1520, float %1521, float %1522, float %1523, float %1524, float %1525, float %1526, float %1527, float %1528, float %1529, float %1530, float %1531, float %1532, float %1533, float %1534, float %1535, float %1536, float %1537, float %1538, float %1539, float %1540, float %1541, float %1542, float %1543, float %1544, float %1545, i32 %1434, i32 %1435, i32 %1436, i32 %1437, i64 %1548, i32 1)
	%1550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 0
	%1551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 1
	%1552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 2
	%1553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 3
	%1554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 4
	%1555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 5
	%1556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 6
	%1557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 7
	%1558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 8
	%1559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 9
	%1560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 10
	%1561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 11
	%1562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 12
	%1563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 13
	%1564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 14
	%1565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 15
	%1566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 16
	%1567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 17
	%1568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 18
	%1569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 19
	%1570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 20
	%1571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 21
	%1572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 22
	%1573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 23
	%1574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 24
	%1575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 25
	%1576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 26
	%1577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 27
	%1578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 28
	%1579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 29
	%1580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 30
	%1581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1549, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	br i1 %1315, label %loop, label %epilogue

store0:
	%1614 = mul i32 %29, %M
	%1615 = add i32 %1614, %553
	%1616 = mul i32 %1615, 64
	%1617 = shl i32 %13, 1
	%1618 = add i32 0, %1617
	%1619 = add i32 %1616, %1618
	%1620 = sext i32 %1619 to i64
	%1621 = getelementptr i16, i16* %out, i64 %1620
	%1622 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %555, float %554)
	%1623 = bitcast i16* %1621 to i32*
	store i32 %1622, i32* %1623
	%1624 = shl i32 %13, 1
	%1625 = add i32 8, %1624
	%1626 = add i32 %1616, %1625
	%1627 = sext i32 %1626 to i64
	%1628 = getelementptr i16, i16* %out, i64 %1627
	%1629 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %557, float %556)
	%1630 = bitcast i16* %1628 to i32*
	store i32 %1629, i32* %1630
	%1631 = shl i32 %13, 1
	%1632 = add i32 16, %1631
	%1633 = add i32 %1616, %1632
	%1634 = sext i32 %1633 to i64
	%1635 = getelementptr i16, i16* %out, i64 %1634
	%1636 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %559, float %558)
	%1637 = bitcast i16* %1635 to i32*
	store i32 %1636, i32* %1637
	%1638 = shl i32 %13, 1
	%1639 = add i32 24, %1638
	%1640 = add i32 %1616, %1639
	%1641 = sext i32 %1640 to i64
	%1642 = getelementptr i16, i16* %out, i64 %1641
	%1643 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %561, float %560)
	%1644 = bitcast i16* %1642 to i32*
	store i32 %1643, i32* %1644
	%1645 = shl i32 %13, 1
	%1646 = add i32 32, %1645
	%1647 = add i32 %1616, %1646
	%1648 = sext i32 %1647 to i64
	%1649 = getelementptr i16, i16* %out, i64 %1648
	%1650 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %563, float %562)
	%1651 = bitcast i16* %1649 to i32*
	store i32 %1650, i32* %1651
	%1652 = shl i32 %13, 1
	%1653 = add i32 40, %1652
	%1654 = add i32 %1616, %1653
	%1655 = sext i32 %1654 to i64
	%1656 = getelementptr i16, i16* %out, i64 %1655
	%1657 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %565, float %564)
	%1658 = bitcast i16* %1656 to i32*
	store i32 %1657, i32* %1658
	%1659 = shl i32 %13, 1
	%1660 = add i32 48, %1659
	%1661 = add i32 %1616, %1660
	%1662 = sext i32 %1661 to i64
	%1663 = getelementptr i16, i16* %out, i64 %1662
	%1664 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %567, float %566)
	%1665 = bitcast i16* %1663 to i32*
	store i32 %1664, i32* %1665
	%1666 = shl i32 %13, 1
	%1667 = add i32 56, %1666
	%1668 = add i32 %1616, %1667
	%1669 = sext i32 %1668 to i64
	%1670 = getelementptr i16, i16* %out, i64 %1669
	%1671 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %569, float %568)
	%1672 = bitcast i16* %1670 to i32*
	store i32 %1671, i32* %1672
	br label %stored0

stored0:
	%1673 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %509, i32 1, i32 31)
	%1674 = fadd float %509, %1673
	%1675 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1674, i32 2, i32 31)
	%1676 = fadd float %1674, %1675
	%1677 = fcmp ogt float %1676, 0.0
	%1678 = fdiv float 1.0, %1676
	%1679 = select i1 %1677, float %1678, float 0.0
	%1680 = mul i32 %10, 16
	%1681 = add i32 %31, %1680
	%1682 = add i32 %12, 8
	%1683 = add i32 %1681, %1682
	%1684 = fmul float %513, %1679
	%1685 = fmul float %514, %1679
	%1686 = fmul float %517, %1679
	%1687 = fmul float %518, %1679
	%1688 = fmul float %521, %1679
	%1689 = fmul float %522, %1679
	%1690 = fmul float %525, %1679
	%1691 = fmul float %526, %1679
	%1692 = fmul float %529, %1679
	%1693 = fmul float %530, %1679
	%1694 = fmul float %533, %1679
	%1695 = fmul float %534, %1679
	%1696 = fmul float %537, %1679
	%1697 = fmul float %538, %1679
	%1698 = fmul float %541, %1679
	%1699 = fmul float %542, %1679
	%1700 = icmp slt i32 %1683, %M
	br i1 %1700, label %store1, label %stored1

store1:
	%1701 = mul i32 %29, %M
	%1702 = add i32 %1701, %1683
	%1703 = mul i32 %1702, 64
	%1704 = shl i32 %13, 1
	%1705 = add i32 0, %1704
	%1706 = add i32 %1703, %1705
	%1707 = sext i32 %1706 to i64
	%1708 = getelementptr i16, i16* %out, i64 %1707
	%1709 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1685, float %1684)
	%1710 = bitcast i16* %1708 to i32*
	store i32 %1709, i32* %1710
	%1711 = shl i32 %13, 1
	%1712 = add i32 8, %1711
	%1713 = add i32 %1703, %1712
	%1714 = sext i32 %1713 to i64
	%1715 = getelementptr i16, i16* %out, i64 %1714
	%1716 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1687, float %1686)
	%1717 = bitcast i16* %1715 to i32*
	store i32 %1716, i32* %1717
	%1718 = shl i32 %13, 1
	%1719 = add i32 16, %1718
	%1720 = add i32 %1703, %1719
	%1721 = sext i32 %1720 to i64
	%1722 = getelementptr i16, i16* %out, i64 %1721
	%1723 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1689, float %1688)
	%1724 = bitcast i16* %1722 to i32*
	store i32 %1723, i32* %1724
	%1725 = shl i32 %13, 1
	%1726 = add i32 24, %1725
	%1727 = add i32 %1703, %1726
	%1728 = sext i32 %1727 to i64
	%1729 = getelementptr i16, i16* %out, i64 %1728
	%1730 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1691, float %1690)
	%1731 = bitcast i16* %1729 to i32*
	store i32 %1730, i32* %1731
	%1732 = shl i32 %13, 1
	%1733 = add i32 32, %1732
	%1734 = add i32 %1703, %1733
	%1735 = sext i32 %1734 to i64
	%1736 = getelementptr i16, i16* %out, i64 %1735
	%1737 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1693, float %1692)
	%1738 = bitcast i16* %1736 to i32*
	store i32 %1737, i32* %1738
	%1739 = shl i32 %13, 1
	%1740 = add i32 40, %1739
	%1741 = add i32 %1703, %1740
	%1742 = sext i32 %1741 to i64
	%1743 = getelementptr i16, i16* %out, i64 %1742
	%1744 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1695, float %1694)
	%1745 = bitcast i16* %1743 to i32*
	store i32 %1744, i32* %1745
	%1746 = shl i32 %13, 1
	%1747 = add i32 48, %1746
	%1748 = add i32 %1703, %1747
	%1749 = sext i32 %1748 to i64
	%1750 = getelementptr i16, i16* %out, i64 %1749
	%1751 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1697, float %1696)
	%1752 = bitcast i16* %1750 to i32*
	store i32 %1751, i32* %1752
	%1753 = shl i32 %13, 1
	%1754 = add i32 56, %1753
	%1755 = add i32 %1703, %1754
	%1756 = sext i32 %1755 to i64
	%1757 = getelementptr i16, i16* %out, i64 %1756
	%1758 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1699, float %1698)
	%1759 = bitcast i16* %1757 to i32*
	store i32 %1758, i32* %1759
	br label %stored1

stored1:
	ret void
}
