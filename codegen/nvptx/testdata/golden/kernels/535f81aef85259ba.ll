define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i32* %perm, i32 %NS, i32 %segment, i32* %visits) {
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
	%216 = phi i32 [ 0, %prologue ], [ %1380, %pv ]
	%217 = phi i32 [ %62, %prologue ], [ %218, %pv ]
	%218 = phi i32 [ %73, %prologue ], [ %1390, %pv ]
	%219 = phi i8 [ %81, %prologue ], [ %1398, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1700, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1701, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1702, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1703, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1704, %pv ]
	%225 = phi float [ 0.0, %prologue ], [ %1705, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1706, %pv ]
	%227 = phi float [ 0.0, %prologue ], [ %1707, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1708, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1709, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1710, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1711, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %1712, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1713, %pv ]
	%234 = phi float [ 0.0, %prologue ], [ %1714, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1715, %pv ]
	%236 = phi float [ 0.0, %prologue ], [ %1716, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %1717, %pv ]
	%238 = phi float [ 0.0, %prologue ], [ %1718, %pv ]
	%239 = phi float [ 0.0, %prologue ], [ %1719, %pv ]
	%240 = phi float [ 0.0, %prologue ], [ %1720, %pv ]
	%241 = phi float [ 0.0, %prologue ], [ %1721, %pv ]
	%242 = phi float [ 0.0, %prologue ], [ %1722, %pv ]
	%243 = phi float [ 0.0, %prologue ], [ %1723, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %1724, %pv ]
	%245 = phi float [ 0.0, %prologue ], [ %1725, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %1726, %pv ]
	%247 = phi float [ 0.0, %prologue ], [ %1727, %pv ]
	%248 = phi float [ 0.0, %prologue ], [ %1728, %pv ]
	%249 = phi float [ 0.0, %prologue ], [ %1729, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %1730, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %1731, %pv ]
	%252 = phi float [ 0xFFF0000000000000, %prologue ], [ %1210, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %1261, %pv ]
	%254 = phi float [ 0xFFF0000000000000, %prologue ], [ %1262, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %1313, %pv ]
	%256 = phi i32 [ %147, %prologue ], [ %1408, %pv ]
	%257 = phi i32 [ %153, %prologue ], [ %1414, %pv ]
	%258 = phi i32 [ %159, %prologue ], [ %1420, %pv ]
	%259 = phi i32 [ %165, %prologue ], [ %1426, %pv ]
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
	%510 = phi i32 [ 0, %entry ], [ %1380, %pv ]
	%511 = phi float [ 0.0, %entry ], [ %1700, %pv ]
	%512 = phi float [ 0.0, %entry ], [ %1701, %pv ]
	%513 = phi float [ 0.0, %entry ], [ %1702, %pv ]
	%514 = phi float [ 0.0, %entry ], [ %1703, %pv ]
	%515 = phi float [ 0.0, %entry ], [ %1704, %pv ]
	%516 = phi float [ 0.0, %entry ], [ %1705, %pv ]
	%517 = phi float [ 0.0, %entry ], [ %1706, %pv ]
	%518 = phi float [ 0.0, %entry ], [ %1707, %pv ]
	%519 = phi float [ 0.0, %entry ], [ %1708, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1709, %pv ]
	%521 = phi float [ 0.0, %entry ], [ %1710, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1711, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1712, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1713, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1714, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1715, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1716, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1717, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1718, %pv ]
	%530 = phi float [ 0.0, %entry ], [ %1719, %pv ]
	%531 = phi float [ 0.0, %entry ], [ %1720, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1721, %pv ]
	%533 = phi float [ 0.0, %entry ], [ %1722, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1723, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1724, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1725, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1726, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1727, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1728, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1729, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1730, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1731, %pv ]
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
	%1314 = icmp eq i32 %13, 0
	%1315 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1260, i32 1, i32 31)
	%1316 = fadd float %1260, %1315
	%1317 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1316, i32 2, i32 31)
	%1318 = fadd float %1316, %1317
	%1319 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1261, i32 1, i32 31)
	%1320 = fadd float %1261, %1319
	%1321 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1320, i32 2, i32 31)
	%1322 = fadd float %1320, %1321
	%1323 = fcmp ogt float %1322, 0.0
	%1324 = icmp slt i32 %501, %M
	%1325 = and i1 %1323, %1324
	%1326 = select i1 %1325, float %1322, float 1.0
	%1327 = fdiv float %1318, %1326
	%1328 = call float @llvm.nvvm.fmax.f(float 0.0, float %1327)
	%1329 = select i1 %1325, float %1328, float 0.0
	%1330 = and i1 %1325, %1314
	%1331 = fadd float 0.0, 1.0
	%1332 = select i1 %1330, float %1331, float 0.0
	%1333 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1312, i32 1, i32 31)
	%1334 = fadd float %1312, %1333
	%1335 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1334, i32 2, i32 31)
	%1336 = fadd float %1334, %1335
	%1337 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1313, i32 1, i32 31)
	%1338 = fadd float %1313, %1337
	%1339 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1338, i32 2, i32 31)
	%1340 = fadd float %1338, %1339
	%1341 = fcmp ogt float %1340, 0.0
	%1342 = icmp slt i32 %505, %M
	%1343 = and i1 %1341, %1342
	%1344 = select i1 %1343, float %1340, float 1.0
	%1345 = fdiv float %1336, %1344
	%1346 = call float @llvm.nvvm.fmax.f(float %1329, float %1345)
	%1347 = select i1 %1343, float %1346, float %1329
	%1348 = and i1 %1343, %1314
	%1349 = fadd float %1332, 1.0
	%1350 = select i1 %1348, float %1349, float %1332
	%1351 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1347, i32 16, i32 31)
	%1352 = call float @llvm.nvvm.fmax.f(float %1347, float %1351)
	%1353 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1350, i32 16, i32 31)
	%1354 = fadd float %1350, %1353
	%1355 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1352, i32 8, i32 31)
	%1356 = call float @llvm.nvvm.fmax.f(float %1352, float %1355)
	%1357 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1354, i32 8, i32 31)
	%1358 = fadd float %1354, %1357
	%1359 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1356, i32 4, i32 31)
	%1360 = call float @llvm.nvvm.fmax.f(float %1356, float %1359)
	%1361 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1358, i32 4, i32 31)
	%1362 = fadd float %1358, %1361
	%1363 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1360, i32 2, i32 31)
	%1364 = call float @llvm.nvvm.fmax.f(float %1360, float %1363)
	%1365 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1362, i32 2, i32 31)
	%1366 = fadd float %1362, %1365
	%1367 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1364, i32 1, i32 31)
	%1368 = call float @llvm.nvvm.fmax.f(float %1364, float %1367)
	%1369 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1366, i32 1, i32 31)
	%1370 = fadd float %1366, %1369
	%1371 = icmp eq i32 %11, 0
	br i1 %1371, label %1372, label %1379

1372:
	%1373 = mul i32 %10, 2
	%1374 = add i32 %1373, 0
	%1375 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1374
	store float %1368, float addrspace(3)* %1375
	%1376 = mul i32 %10, 2
	%1377 = add i32 %1376, 1
	%1378 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1377
	store float %1370, float addrspace(3)* %1378
	br label %1379

1379:
	%1380 = add i32 %216, 1
	%1381 = icmp sge i32 %218, 0
	%1382 = add i32 %216, 2
	%1383 = icmp slt i32 %1382, %NK
	%1384 = and i1 %1381, %1383
	%1385 = select i1 %1384, i32 %1382, i32 0
	%1386 = add i32 %48, %1385
	%1387 = sext i32 %1386 to i64
	%1388 = getelementptr i32, i32* %list, i64 %1387
	%1389 = load i32, i32* %1388
	%1390 = select i1 %1384, i32 %1389, i32 -1
	%1391 = icmp sge i32 %218, 0
	%1392 = icmp slt i32 %218, %NK
	%1393 = and i1 %1391, %1392
	%1394 = select i1 %1393, i32 %218, i32 0
	%1395 = add i32 %52, %1394
	%1396 = sext i32 %1395 to i64
	%1397 = getelementptr i8, i8* %cls, i64 %1396
	%1398 = load i8, i8* %1397
	%1399 = select i1 %1381, i32 %218, i32 0
	%1400 = mul i32 %1399, 64
	%1401 = lshr i32 %9, 3
	%1402 = add i32 %1400, %1401
	%1403 = add i32 %1402, 0
	%1404 = icmp slt i32 %1403, %N
	%1405 = select i1 %1404, i32 %1403, i32 0
	%1406 = sext i32 %1405 to i64
	%1407 = getelementptr i32, i32* %58, i64 %1406
	%1408 = load i32, i32* %1407
	%1409 = add i32 %1402, 16
	%1410 = icmp slt i32 %1409, %N
	%1411 = select i1 %1410, i32 %1409, i32 0
	%1412 = sext i32 %1411 to i64
	%1413 = getelementptr i32, i32* %58, i64 %1412
	%1414 = load i32, i32* %1413
	%1415 = add i32 %1402, 32
	%1416 = icmp slt i32 %1415, %N
	%1417 = select i1 %1416, i32 %1415, i32 0
	%1418 = sext i32 %1417 to i64
	%1419 = getelementptr i32, i32* %58, i64 %1418
	%1420 = load i32, i32* %1419
	%1421 = add i32 %1402, 48
	%1422 = icmp slt i32 %1421, %N
	%1423 = select i1 %1422, i32 %1421, i32 0
	%1424 = sext i32 %1423 to i64
	%1425 = getelementptr i32, i32* %58, i64 %1424
	%1426 = load i32, i32* %1425
	%1427 = add i32 %NK, %216
	%1428 = add i32 %48, %1427
	%1429 = sext i32 %1428 to i64
	%1430 = getelementptr i32, i32* %list, i64 %1429
	%1431 = load i32, i32* %1430
	%1432 = icmp eq i32 %1431, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%1433 = mul i32 0, 2
	%1434 = add i32 %1433, 0
	%1435 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1434
	%1436 = load float, float addrspace(3)* %1435
	%1437 = call float @llvm.nvvm.fmax.f(float 0.0, float %1436)
	%1438 = mul i32 0, 2
	%1439 = add i32 %1438, 1
	%1440 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1439
	%1441 = load float, float addrspace(3)* %1440
	%1442 = fadd float 0.0, %1441
	%1443 = mul i32 1, 2
	%1444 = add i32 %1443, 0
	%1445 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1444
	%1446 = load float, float addrspace(3)* %1445
	%1447 = call float @llvm.nvvm.fmax.f(float %1437, float %1446)
	%1448 = mul i32 1, 2
	%1449 = add i32 %1448, 1
	%1450 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1449
	%1451 = load float, float addrspace(3)* %1450
	%1452 = fadd float %1442, %1451
	%1453 = mul i32 2, 2
	%1454 = add i32 %1453, 0
	%1455 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1454
	%1456 = load float, float addrspace(3)* %1455
	%1457 = call float @llvm.nvvm.fmax.f(float %1447, float %1456)
	%1458 = mul i32 2, 2
	%1459 = add i32 %1458, 1
	%1460 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1459
	%1461 = load float, float addrspace(3)* %1460
	%1462 = fadd float %1452, %1461
	%1463 = mul i32 3, 2
	%1464 = add i32 %1463, 0
	%1465 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1464
	%1466 = load float, float addrspace(3)* %1465
	%1467 = call float @llvm.nvvm.fmax.f(float %1457, float %1466)
	%1468 = mul i32 3, 2
	%1469 = add i32 %1468, 1
	%1470 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1469
	%1471 = load float, float addrspace(3)* %1470
	%1472 = fadd float %1462, %1471
	%1473 = fcmp ogt float %1472, 0.0
	%1474 = and i1 %1432, %1473
	%1475 = fcmp olt float %1467, 0x3F50624DE0000000
	%1476 = and i1 %1474, %1475
	%1477 = xor i1 %1476, true
	%1478 = and i1 %1381, %1477
	br i1 %1478, label %prefetch, label %pv

prefetch:
	%1479 = mul i32 %218, 64
	%1480 = lshr i32 %9, 3
	%1481 = and i32 %9, 7
	%1482 = lshr i32 %1481, 3
	%1483 = mul i32 %1482, u0x2000
	%1484 = and i32 %1481, 7
	%1485 = and i32 %1480, 7
	%1486 = xor i32 %1484, %1485
	%1487 = mul i32 %1480, 128
	%1488 = shl i32 %1486, 4
	%1489 = add i32 %1487, %1488
	%1490 = add i32 %1483, %1489
	%1491 = add i32 %0, %1490
	%1492 = add i32 %1479, %1480
	%1493 = add i32 %1492, 0
	%1494 = icmp slt i32 %1493, %N
	%1495 = mul i32 %1408, 64
	%1496 = mul i32 %1481, 8
	%1497 = add i32 %1495, %1496
	%1498 = sext i32 %1497 to i64
	%1499 = getelementptr i16, i16* %39, i64 %1498
	%1500 = add i32 %1491, 0
	%1501 = select i1 %1494, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1500, i16* %1499, i32 %1501)
	%1502 = add i32 %1492, 16
	%1503 = icmp slt i32 %1502, %N
	%1504 = mul i32 %1414, 64
	%1505 = mul i32 %1481, 8
	%1506 = add i32 %1504, %1505
	%1507 = sext i32 %1506 to i64
	%1508 = getelementptr i16, i16* %39, i64 %1507
	%1509 = add i32 %1491, 2048
	%1510 = select i1 %1503, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1509, i16* %1508, i32 %1510)
	%1511 = add i32 %1492, 32
	%1512 = icmp slt i32 %1511, %N
	%1513 = mul i32 %1420, 64
	%1514 = mul i32 %1481, 8
	%1515 = add i32 %1513, %1514
	%1516 = sext i32 %1515 to i64
	%1517 = getelementptr i16, i16* %39, i64 %1516
	%1518 = add i32 %1491, u0x1000
	%1519 = select i1 %1512, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1518, i16* %1517, i32 %1519)
	%1520 = add i32 %1492, 48
	%1521 = icmp slt i32 %1520, %N
	%1522 = mul i32 %1426, 64
	%1523 = mul i32 %1481, 8
	%1524 = add i32 %1522, %1523
	%1525 = sext i32 %1524 to i64
	%1526 = getelementptr i16, i16* %39, i64 %1525
	%1527 = add i32 %1491, 6144
	%1528 = select i1 %1521, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1527, i16* %1526, i32 %1528)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1529 = and i32 %11, 7
	%1530 = lshr i32 %11, 3
	%1531 = and i32 %1530, 1
	%1532 = shl i32 %1531, 3
	%1533 = add i32 %1529, %1532
	%1534 = mul i32 %1533, 128
	%1535 = add i32 %1, %1534
	%1536 = and i32 %11, 7
	%1537 = xor i32 %129, %1536
	%1538 = shl i32 %1537, 4
	%1539 = add i32 %1535, %1538
	%1540 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1217, float %1215)
	%1541 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1269, float %1267)
	%1542 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1221, float %1219)
	%1543 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1273, float %1271)
	%1544 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1225, float %1223)
	%1545 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1277, float %1275)
	%1546 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1229, float %1227)
	%1547 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1281, float %1279)
	%1548 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1233, float %1231)
	%1549 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1285, float %1283)
	%1550 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1237, float %1235)
	%1551 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1289, float %1287)
	%1552 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1241, float %1239)
	%1553 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1293, float %1291)
	%1554 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1245, float %1243)
	%1555 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1297, float %1295)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1556 = add i32 %8, 0
	%1557 = zext i32 %1556 to i64
	%1558 = or i64 %1557, u0x4000004002000000
	%1559 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1176, float %1177, float %1178, float %1179, float %1180, float %1181, float %1182, float %1183, float %1184, float %1185, float %1186, float %1187, float %1188, float %1189, float %1190, float %1191, float %1192, float %1193, float %1194, float %1195, float %1196, float %1197, float %1198, float %1199, float %1200, float %1201, float %1202, float %1203, float %1204, float %1205, float %1206, float %1207, i32 %1540, i32 %1541, i32 %1542, i32 %1543, i64 %1558, i32 1)
	%1560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 0
	%1561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 1
	%1562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 2
	%1563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 3
	%1564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 4
	%1565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 5
	%1566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 6
	%1567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 7
	%1568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 8
	%1569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 9
	%1570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 10
	%1571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 11
	%1572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 12
	%1573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 13
	%1574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 14
	%1575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 15
	%1576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 16
	%1577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 17
	%1578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 18
	%1579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 19
	%1580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 20
	%1581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 21
	%1582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 22
	%1583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 23
	%1584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 24
	%1585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 25
	%1586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 26
	%1587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 27
	%1588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 28
	%1589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 29
	%1590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 30
	%1591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1559, 31
	%1592 = add i32 %8, 128
	%1593 = zext i32 %1592 to i64
	%1594 = or i64 %1593, u0x4000004002000000
	%1595 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1560, float %1561, float %1562, float %1563, float %1564, float %1565, float %1566, float %1567, float %1568, float %1569, float %1570, float %1571, float %1572, float %1573, float %1574, float %1575, float %1576, float %1577, float %1578, float %1579, float %1580, float %1581, float %1582, float %1583, float %1584, float %1585, float %1586, float %1587, float %1588, float %1589, float %1590, float %1591, i32 %1544, i32 %1545, i32 %1546, i32 %1547, i64 %1594, i32 1)
	%1596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 0
	%1597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 1
	%1598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 2
	%1599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 3
	%1600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 4
	%1601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 5
	%1602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 6
	%1603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 7
	%1604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 8
	%1605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 9
	%1606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 10
	%1607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 11
	%1608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 12
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 13
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 14
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 15
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 16
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 17
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 18
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 19
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 20
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 21
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 22
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 23
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 24
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 25
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 26
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 27
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 28
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 29
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 30
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1595, 31
	%1628 = add i32 %8, 256
	%1629 = zext i32 %1628 to i64
	%1630 = or i64 %1629, u0x4000004002000000
	%1631 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1596, float %1597, float %1598, float %1599, float %1600, float %1601, float %1602, float %1603, float %1604, float %1605, float %1606, float %1607, float %1608, float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, i32 %1548, i32 %1549, i32 %1550, i32 %1551, i64 %1630, i32 1)
	%1632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 0
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 1
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 2
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 3
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 4
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 5
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 6
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 7
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 8
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 9
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 10
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 11
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 12
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 13
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 14
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 15
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 16
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 17
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 18
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 19
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 20
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 21
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 22
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 23
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 24
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 25
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 26
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 27
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 28
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 29
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 30
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 31
	%1664 = add i32 %8, 384
	%1665 = zext i32 %1664 to i64
	%1666 = or i64 %1665, u0x4000004002000000
	%1667 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1632, float %1633, float %1634, float %1635, float %1636, float %1637, float %1638, float %1639, float %1640, float %1641, float %1642, float %1643, float %1644, float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, i32 %1552, i32 %1553, i32 %1554, i32 %1555, i64 %1666, i32 1)
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 0
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 1
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 2
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 3
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 4
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 5
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 6
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 7
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 8
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 9
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 10
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 11
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 12
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 13
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 14
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 15
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 16
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 17
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 18
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 19
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 20
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 21
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 22
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 23
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 24
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 25
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 26
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 27
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 28
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 29
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 30
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1667, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1700 = call float asm sideeffect "", "=f,0"(float %1668)
	%1701 = call float asm sideeffect "", "=f,0"(float %1669)
	%1702 = call float asm sideeffect "", "=f,0"(float %1670)
	%1703 = call float asm sideeffect "", "=f,0"(float %1671)
	%1704 = call float asm sideeffect "", "=f,0"(float %1672)
	%1705 = call float asm sideeffect "", "=f,0"(float %1673)
	%1706 = call float asm sideeffect "", "=f,0"(float %1674)
	%1707 = call float asm sideeffect "", "=f,0"(float %1675)
	%1708 = call float asm sideeffect "", "=f,0"(float %1676)
	%1709 = call float asm sideeffect "", "=f,0"(float %1677)
	%1710 = call float asm sideeffect "", "=f,0"(float %1678)
	%1711 = call float asm sideeffect "", "=f,0"(float %1679)
	%1712 = call float asm sideeffect "", "=f,0"(float %1680)
	%1713 = call float asm sideeffect "", "=f,0"(float %1681)
	%1714 = call float asm sideeffect "", "=f,0"(float %1682)
	%1715 = call float asm sideeffect "", "=f,0"(float %1683)
	%1716 = call float asm sideeffect "", "=f,0"(float %1684)
	%1717 = call float asm sideeffect "", "=f,0"(float %1685)
	%1718 = call float asm sideeffect "", "=f,0"(float %1686)
	%1719 = call float asm sideeffect "", "=f,0"(float %1687)
	%1720 = call float asm sideeffect "", "=f,0"(float %1688)
	%1721 = call float asm sideeffect "", "=f,0"(float %1689)
	%1722 = call float asm sideeffect "", "=f,0"(float %1690)
	%1723 = call float asm sideeffect "", "=f,0"(float %1691)
	%1724 = call float asm sideeffect "", "=f,0"(float %1692)
	%1725 = call float asm sideeffect "", "=f,0"(float %1693)
	%1726 = call float asm sideeffect "", "=f,0"(float %1694)
	%1727 = call float asm sideeffect "", "=f,0"(float %1695)
	%1728 = call float asm sideeffect "", "=f,0"(float %1696)
	%1729 = call float asm sideeffect "", "=f,0"(float %1697)
	%1730 = call float asm sideeffect "", "=f,0"(float %1698)
	%1731 = call float asm sideeffect "", "=f,0"(float %1699)
	br i1 %1478, label %loop, label %epilogue

store0:
	%1732 = mul i32 %29, %M
	%1733 = add i32 %1732, %553
	%1734 = mul i32 %1733, 64
	%1735 = shl i32 %13, 1
	%1736 = add i32 0, %1735
	%1737 = add i32 %1734, %1736
	%1738 = sext i32 %1737 to i64
	%1739 = getelementptr i16, i16* %out, i64 %1738
	%1740 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %555, float %554)
	%1741 = bitcast i16* %1739 to i32*
	store i32 %1740, i32* %1741
	%1742 = shl i32 %13, 1
	%1743 = add i32 8, %1742
	%1744 = add i32 %1734, %1743
	%1745 = sext i32 %1744 to i64
	%1746 = getelementptr i16, i16* %out, i64 %1745
	%1747 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %557, float %556)
	%1748 = bitcast i16* %1746 to i32*
	store i32 %1747, i32* %1748
	%1749 = shl i32 %13, 1
	%1750 = add i32 16, %1749
	%1751 = add i32 %1734, %1750
	%1752 = sext i32 %1751 to i64
	%1753 = getelementptr i16, i16* %out, i64 %1752
	%1754 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %559, float %558)
	%1755 = bitcast i16* %1753 to i32*
	store i32 %1754, i32* %1755
	%1756 = shl i32 %13, 1
	%1757 = add i32 24, %1756
	%1758 = add i32 %1734, %1757
	%1759 = sext i32 %1758 to i64
	%1760 = getelementptr i16, i16* %out, i64 %1759
	%1761 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %561, float %560)
	%1762 = bitcast i16* %1760 to i32*
	store i32 %1761, i32* %1762
	%1763 = shl i32 %13, 1
	%1764 = add i32 32, %1763
	%1765 = add i32 %1734, %1764
	%1766 = sext i32 %1765 to i64
	%1767 = getelementptr i16, i16* %out, i64 %1766
	%1768 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %563, float %562)
	%1769 = bitcast i16* %1767 to i32*
	store i32 %1768, i32* %1769
	%1770 = shl i32 %13, 1
	%1771 = add i32 40, %1770
	%1772 = add i32 %1734, %1771
	%1773 = sext i32 %1772 to i64
	%1774 = getelementptr i16, i16* %out, i64 %1773
	%1775 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %565, float %564)
	%1776 = bitcast i16* %1774 to i32*
	store i32 %1775, i32* %1776
	%1777 = shl i32 %13, 1
	%1778 = add i32 48, %1777
	%1779 = add i32 %1734, %1778
	%1780 = sext i32 %1779 to i64
	%1781 = getelementptr i16, i16* %out, i64 %1780
	%1782 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %567, float %566)
	%1783 = bitcast i16* %1781 to i32*
	store i32 %1782, i32* %1783
	%1784 = shl i32 %13, 1
	%1785 = add i32 56, %1784
	%1786 = add i32 %1734, %1785
	%1787 = sext i32 %1786 to i64
	%1788 = getelementptr i16, i16* %out, i64 %1787
	%1789 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %569, float %568)
	%1790 = bitcast i16* %1788 to i32*
	store i32 %1789, i32* %1790
	br label %stored0

stored0:
	%1791 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %509, i32 1, i32 31)
	%1792 = fadd float %509, %1791
	%1793 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1792, i32 2, i32 31)
	%1794 = fadd float %1792, %1793
	%1795 = fcmp ogt float %1794, 0.0
	%1796 = fdiv float 1.0, %1794
	%1797 = select i1 %1795, float %1796, float 0.0
	%1798 = mul i32 %10, 16
	%1799 = add i32 %31, %1798
	%1800 = add i32 %12, 8
	%1801 = add i32 %1799, %1800
	%1802 = fmul float %513, %1797
	%1803 = fmul float %514, %1797
	%1804 = fmul float %517, %1797
	%1805 = fmul float %518, %1797
	%1806 = fmul float %521, %1797
	%1807 = fmul float %522, %1797
	%1808 = fmul float %525, %1797
	%1809 = fmul float %526, %1797
	%1810 = fmul float %529, %1797
	%1811 = fmul float %530, %1797
	%1812 = fmul float %533, %1797
	%1813 = fmul float %534, %1797
	%1814 = fmul float %537, %1797
	%1815 = fmul float %538, %1797
	%1816 = fmul float %541, %1797
	%1817 = fmul float %542, %1797
	%1818 = icmp slt i32 %1801, %M
	br i1 %1818, label %store1, label %stored1

store1:
	%1819 = mul i32 %29, %M
	%1820 = add i32 %1819, %1801
	%1821 = mul i32 %1820, 64
	%1822 = shl i32 %13, 1
	%1823 = add i32 0, %1822
	%1824 = add i32 %1821, %1823
	%1825 = sext i32 %1824 to i64
	%1826 = getelementptr i16, i16* %out, i64 %1825
	%1827 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1803, float %1802)
	%1828 = bitcast i16* %1826 to i32*
	store i32 %1827, i32* %1828
	%1829 = shl i32 %13, 1
	%1830 = add i32 8, %1829
	%1831 = add i32 %1821, %1830
	%1832 = sext i32 %1831 to i64
	%1833 = getelementptr i16, i16* %out, i64 %1832
	%1834 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1805, float %1804)
	%1835 = bitcast i16* %1833 to i32*
	store i32 %1834, i32* %1835
	%1836 = shl i32 %13, 1
	%1837 = add i32 16, %1836
	%1838 = add i32 %1821, %1837
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr i16, i16* %out, i64 %1839
	%1841 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1807, float %1806)
	%1842 = bitcast i16* %1840 to i32*
	store i32 %1841, i32* %1842
	%1843 = shl i32 %13, 1
	%1844 = add i32 24, %1843
	%1845 = add i32 %1821, %1844
	%1846 = sext i32 %1845 to i64
	%1847 = getelementptr i16, i16* %out, i64 %1846
	%1848 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1809, float %1808)
	%1849 = bitcast i16* %1847 to i32*
	store i32 %1848, i32* %1849
	%1850 = shl i32 %13, 1
	%1851 = add i32 32, %1850
	%1852 = add i32 %1821, %1851
	%1853 = sext i32 %1852 to i64
	%1854 = getelementptr i16, i16* %out, i64 %1853
	%1855 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1811, float %1810)
	%1856 = bitcast i16* %1854 to i32*
	store i32 %1855, i32* %1856
	%1857 = shl i32 %13, 1
	%1858 = add i32 40, %1857
	%1859 = add i32 %1821, %1858
	%1860 = sext i32 %1859 to i64
	%1861 = getelementptr i16, i16* %out, i64 %1860
	%1862 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1813, float %1812)
	%1863 = bitcast i16* %1861 to i32*
	store i32 %1862, i32* %1863
	%1864 = shl i32 %13, 1
	%1865 = add i32 48, %1864
	%1866 = add i32 %1821, %1865
	%1867 = sext i32 %1866 to i64
	%1868 = getelementptr i16, i16* %out, i64 %1867
	%1869 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1815, float %1814)
	%1870 = bitcast i16* %1868 to i32*
	store i32 %1869, i32* %1870
	%1871 = shl i32 %13, 1
	%1872 = add i32 56, %1871
	%1873 = add i32 %1821, %1872
	%1874 = sext i32 %1873 to i64
	%1875 = getelementptr i16, i16* %out, i64 %1874
	%1876 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1817, float %1816)
	%1877 = bitcast i16* %1875 to i32*
	store i32 %1876, i32* %1877
	br label %stored1

stored1:
	%1878 = icmp eq i32 %9, 0
	br i1 %1878, label %1879, label %1884

1879:
	%1880 = mul i32 %29, %NQ
	%1881 = add i32 %1880, %27
	%1882 = sext i32 %1881 to i64
	%1883 = getelementptr i32, i32* %visits, i64 %1882
	store i32 %510, i32* %1883
	br label %1884

1884:
	ret void
}
