define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @$K_smem to i32
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
	%46 = add i32 %41, 0
	%47 = sext i32 %46 to i64
	%48 = getelementptr i32, i32* %list, i64 %47
	%49 = load i32, i32* %48
	%50 = icmp sgt i32 %NK, 0
	%51 = icmp sge i32 %49, 0
	%52 = and i1 %50, %51
	%53 = lshr i32 %2, 3
	%54 = and i32 %2, 7
	%55 = and i32 %53, 7
	%56 = xor i32 %54, %55
	%57 = mul i32 %53, 8
	%58 = add i32 %57, %56
	%59 = shl i32 %58, 4
	%60 = add i32 %0, %59
	%61 = add i32 %24, %53
	%62 = mul i32 %61, 64
	%63 = mul i32 %54, 8
	%64 = add i32 %62, %63
	%65 = sext i32 %64 to i64
	%66 = getelementptr i16, i16* %28, i64 %65
	%67 = add i32 %61, 0
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %66, i64 0
	%70 = select i1 %68, i16* %69, i16* %28
	%71 = add i32 %60, 0
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %61, 16
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %66, i64 1024
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %60, 2048
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %61, 32
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %66, i64 2048
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %60, u0x1000
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %61, 48
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %66, i64 3072
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %60, 6144
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %52, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%91 = and i32 %4, 7
	%92 = lshr i32 %4, 3
	%93 = and i32 %92, 1
	%94 = shl i32 %93, 3
	%95 = add i32 %91, %94
	%96 = lshr i32 %4, 4
	%97 = mul i32 %3, 16
	%98 = add i32 %95, 0
	%99 = add i32 %97, %98
	%100 = mul i32 %99, 128
	%101 = add i32 %0, %100
	%102 = and i32 %4, 7
	%103 = xor i32 %96, %102
	%104 = shl i32 %103, 4
	%105 = add i32 %101, %104
	%106 = xor i32 %105, 0
	%107 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %105, 32
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	%118 = xor i32 %105, 64
	%119 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	%124 = xor i32 %105, 96
	%125 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %124)
	%126 = extractvalue { i32, i32, i32, i32 } %125, 0
	%127 = extractvalue { i32, i32, i32, i32 } %125, 1
	%128 = extractvalue { i32, i32, i32, i32 } %125, 2
	%129 = extractvalue { i32, i32, i32, i32 } %125, 3
	call void @llvm.nvvm.barrier0()
	%130 = mul i32 %49, 64
	%131 = lshr i32 %2, 3
	%132 = and i32 %2, 7
	%133 = and i32 %131, 7
	%134 = xor i32 %132, %133
	%135 = mul i32 %131, 8
	%136 = add i32 %135, %134
	%137 = shl i32 %136, 4
	%138 = add i32 %0, %137
	%139 = add i32 %130, %131
	%140 = mul i32 %139, 64
	%141 = mul i32 %132, 8
	%142 = add i32 %140, %141
	%143 = sext i32 %142 to i64
	%144 = getelementptr i16, i16* %32, i64 %143
	%145 = add i32 %139, 0
	%146 = icmp slt i32 %145, %N
	%147 = getelementptr i16, i16* %144, i64 0
	%148 = select i1 %146, i16* %147, i16* %32
	%149 = add i32 %138, 0
	%150 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = add i32 %139, 16
	%152 = icmp slt i32 %151, %N
	%153 = getelementptr i16, i16* %144, i64 1024
	%154 = select i1 %152, i16* %153, i16* %32
	%155 = add i32 %138, 2048
	%156 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	%157 = add i32 %139, 32
	%158 = icmp slt i32 %157, %N
	%159 = getelementptr i16, i16* %144, i64 2048
	%160 = select i1 %158, i16* %159, i16* %32
	%161 = add i32 %138, u0x1000
	%162 = select i1 %158, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %161, i16* %160, i32 %162)
	%163 = add i32 %139, 48
	%164 = icmp slt i32 %163, %N
	%165 = getelementptr i16, i16* %144, i64 3072
	%166 = select i1 %164, i16* %165, i16* %32
	%167 = add i32 %138, 6144
	%168 = select i1 %164, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %167, i16* %166, i32 %168)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%169 = phi i32 [ 0, %prologue ], [ %1017, %pv ]
	%170 = phi i32 [ %49, %prologue ], [ %1024, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1304, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1305, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1306, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1307, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1309, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1310, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1311, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1312, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1321, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1322, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1323, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1324, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1326, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1327, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1328, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1329, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1338, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1339, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1340, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1341, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1343, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1344, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1345, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1346, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1355, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1356, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1357, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1358, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1360, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1361, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1362, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1363, %pv ]
	%203 = phi float [ 0xFFF0000000000000, %prologue ], [ %913, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %964, %pv ]
	%205 = phi float [ 0xFFF0000000000000, %prologue ], [ %965, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1016, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%207 = mul i32 %170, 64
	%208 = lshr i32 %2, 3
	%209 = and i32 %2, 7
	%210 = and i32 %208, 7
	%211 = xor i32 %209, %210
	%212 = mul i32 %208, 8
	%213 = add i32 %212, %211
	%214 = shl i32 %213, 4
	%215 = add i32 %1, %214
	%216 = add i32 %207, %208
	%217 = mul i32 %216, 64
	%218 = mul i32 %209, 8
	%219 = add i32 %217, %218
	%220 = sext i32 %219 to i64
	%221 = getelementptr i16, i16* %36, i64 %220
	%222 = add i32 %216, 0
	%223 = icmp slt i32 %222, %N
	%224 = getelementptr i16, i16* %221, i64 0
	%225 = select i1 %223, i16* %224, i16* %36
	%226 = add i32 %215, 0
	%227 = select i1 %223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %226, i16* %225, i32 %227)
	%228 = add i32 %216, 16
	%229 = icmp slt i32 %228, %N
	%230 = getelementptr i16, i16* %221, i64 1024
	%231 = select i1 %229, i16* %230, i16* %36
	%232 = add i32 %215, 2048
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	%234 = add i32 %216, 32
	%235 = icmp slt i32 %234, %N
	%236 = getelementptr i16, i16* %221, i64 2048
	%237 = select i1 %235, i16* %236, i16* %36
	%238 = add i32 %215, u0x1000
	%239 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %238, i16* %237, i32 %239)
	%240 = add i32 %216, 48
	%241 = icmp slt i32 %240, %N
	%242 = getelementptr i16, i16* %221, i64 3072
	%243 = select i1 %241, i16* %242, i16* %36
	%244 = add i32 %215, 6144
	%245 = select i1 %241, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %244, i16* %243, i32 %245)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%246 = and i32 %4, 7
	%247 = shl i32 %96, 3
	%248 = add i32 %246, %247
	%249 = lshr i32 %4, 3
	%250 = and i32 %249, 1
	%251 = mul i32 %248, 128
	%252 = add i32 %0, %251
	%253 = and i32 %4, 7
	%254 = xor i32 %250, %253
	%255 = shl i32 %254, 4
	%256 = add i32 %252, %255
	%257 = xor i32 %256, 0
	%258 = add i32 %257, 0
	%259 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %258)
	%260 = extractvalue { i32, i32, i32, i32 } %259, 0
	%261 = extractvalue { i32, i32, i32, i32 } %259, 1
	%262 = extractvalue { i32, i32, i32, i32 } %259, 2
	%263 = extractvalue { i32, i32, i32, i32 } %259, 3
	%264 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %260, i32 %261, float 0.0, float 0.0, float 0.0, float 0.0)
	%265 = extractvalue { float, float, float, float } %264, 0
	%266 = extractvalue { float, float, float, float } %264, 1
	%267 = extractvalue { float, float, float, float } %264, 2
	%268 = extractvalue { float, float, float, float } %264, 3
	%269 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %262, i32 %263, float 0.0, float 0.0, float 0.0, float 0.0)
	%270 = extractvalue { float, float, float, float } %269, 0
	%271 = extractvalue { float, float, float, float } %269, 1
	%272 = extractvalue { float, float, float, float } %269, 2
	%273 = extractvalue { float, float, float, float } %269, 3
	%274 = add i32 %257, 2048
	%275 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %274)
	%276 = extractvalue { i32, i32, i32, i32 } %275, 0
	%277 = extractvalue { i32, i32, i32, i32 } %275, 1
	%278 = extractvalue { i32, i32, i32, i32 } %275, 2
	%279 = extractvalue { i32, i32, i32, i32 } %275, 3
	%280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %276, i32 %277, float 0.0, float 0.0, float 0.0, float 0.0)
	%281 = extractvalue { float, float, float, float } %280, 0
	%282 = extractvalue { float, float, float, float } %280, 1
	%283 = extractvalue { float, float, float, float } %280, 2
	%284 = extractvalue { float, float, float, float } %280, 3
	%285 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %278, i32 %279, float 0.0, float 0.0, float 0.0, float 0.0)
	%286 = extractvalue { float, float, float, float } %285, 0
	%287 = extractvalue { float, float, float, float } %285, 1
	%288 = extractvalue { float, float, float, float } %285, 2
	%289 = extractvalue { float, float, float, float } %285, 3
	%290 = add i32 %257, u0x1000
	%291 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %290)
	%292 = extractvalue { i32, i32, i32, i32 } %291, 0
	%293 = extractvalue { i32, i32, i32, i32 } %291, 1
	%294 = extractvalue { i32, i32, i32, i32 } %291, 2
	%295 = extractvalue { i32, i32, i32, i32 } %291, 3
	%296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %292, i32 %293, float 0.0, float 0.0, float 0.0, float 0.0)
	%297 = extractvalue { float, float, float, float } %296, 0
	%298 = extractvalue { float, float, float, float } %296, 1
	%299 = extractvalue { float, float, float, float } %296, 2
	%300 = extractvalue { float, float, float, float } %296, 3
	%301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %294, i32 %295, float 0.0, float 0.0, float 0.0, float 0.0)
	%302 = extractvalue { float, float, float, float } %301, 0
	%303 = extractvalue { float, float, float, float } %301, 1
	%304 = extractvalue { float, float, float, float } %301, 2
	%305 = extractvalue { float, float, float, float } %301, 3
	%306 = add i32 %257, 6144
	%307 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %306)
	%308 = extractvalue { i32, i32, i32, i32 } %307, 0
	%309 = extractvalue { i32, i32, i32, i32 } %307, 1
	%310 = extractvalue { i32, i32, i32, i32 } %307, 2
	%311 = extractvalue { i32, i32, i32, i32 } %307, 3
	%312 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %308, i32 %309, float 0.0, float 0.0, float 0.0, float 0.0)
	%313 = extractvalue { float, float, float, float } %312, 0
	%314 = extractvalue { float, float, float, float } %312, 1
	%315 = extractvalue { float, float, float, float } %312, 2
	%316 = extractvalue { float, float, float, float } %312, 3
	%317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %310, i32 %311, float 0.0, float 0.0, float 0.0, float 0.0)
	%318 = extractvalue { float, float, float, float } %317, 0
	%319 = extractvalue { float, float, float, float } %317, 1
	%320 = extractvalue { float, float, float, float } %317, 2
	%321 = extractvalue { float, float, float, float } %317, 3
	%322 = xor i32 %256, 32
	%323 = add i32 %322, 0
	%324 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %323)
	%325 = extractvalue { i32, i32, i32, i32 } %324, 0
	%326 = extractvalue { i32, i32, i32, i32 } %324, 1
	%327 = extractvalue { i32, i32, i32, i32 } %324, 2
	%328 = extractvalue { i32, i32, i32, i32 } %324, 3
	%329 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %325, i32 %326, float %265, float %266, float %267, float %268)
	%330 = extractvalue { float, float, float, float } %329, 0
	%331 = extractvalue { float, float, float, float } %329, 1
	%332 = extractvalue { float, float, float, float } %329, 2
	%333 = extractvalue { float, float, float, float } %329, 3
	%334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %327, i32 %328, float %270, float %271, float %272, float %273)
	%335 = extractvalue { float, float, float, float } %334, 0
	%336 = extractvalue { float, float, float, float } %334, 1
	%337 = extractvalue { float, float, float, float } %334, 2
	%338 = extractvalue { float, float, float, float } %334, 3
	%339 = add i32 %322, 2048
	%340 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %339)
	%341 = extractvalue { i32, i32, i32, i32 } %340, 0
	%342 = extractvalue { i32, i32, i32, i32 } %340, 1
	%343 = extractvalue { i32, i32, i32, i32 } %340, 2
	%344 = extractvalue { i32, i32, i32, i32 } %340, 3
	%345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %341, i32 %342, float %281, float %282, float %283, float %284)
	%346 = extractvalue { float, float, float, float } %345, 0
	%347 = extractvalue { float, float, float, float } %345, 1
	%348 = extractvalue { float, float, float, float } %345, 2
	%349 = extractvalue { float, float, float, float } %345, 3
	%350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %343, i32 %344, float %286, float %287, float %288, float %289)
	%351 = extractvalue { float, float, float, float } %350, 0
	%352 = extractvalue { float, float, float, float } %350, 1
	%353 = extractvalue { float, float, float, float } %350, 2
	%354 = extractvalue { float, float, float, float } %350, 3
	%355 = add i32 %322, u0x1000
	%356 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %355)
	%357 = extractvalue { i32, i32, i32, i32 } %356, 0
	%358 = extractvalue { i32, i32, i32, i32 } %356, 1
	%359 = extractvalue { i32, i32, i32, i32 } %356, 2
	%360 = extractvalue { i32, i32, i32, i32 } %356, 3
	%361 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %357, i32 %358, float %297, float %298, float %299, float %300)
	%362 = extractvalue { float, float, float, float } %361, 0
	%363 = extractvalue { float, float, float, float } %361, 1
	%364 = extractvalue { float, float, float, float } %361, 2
	%365 = extractvalue { float, float, float, float } %361, 3
	%366 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %359, i32 %360, float %302, float %303, float %304, float %305)
	%367 = extractvalue { float, float, float, float } %366, 0
	%368 = extractvalue { float, float, float, float } %366, 1
	%369 = extractvalue { float, float, float, float } %366, 2
	%370 = extractvalue { float, float, float, float } %366, 3
	%371 = add i32 %322, 6144
	%372 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %371)
	%373 = extractvalue { i32, i32, i32, i32 } %372, 0
	%374 = extractvalue { i32, i32, i32, i32 } %372, 1
	%375 = extractvalue { i32, i32, i32, i32 } %372, 2
	%376 = extractvalue { i32, i32, i32, i32 } %372, 3
	%377 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %373, i32 %374, float %313, float %314, float %315, float %316)
	%378 = extractvalue { float, float, float, float } %377, 0
	%379 = extractvalue { float, float, float, float } %377, 1
	%380 = extractvalue { float, float, float, float } %377, 2
	%381 = extractvalue { float, float, float, float } %377, 3
	%382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %375, i32 %376, float %318, float %319, float %320, float %321)
	%383 = extractvalue { float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float } %382, 3
	%387 = xor i32 %256, 64
	%388 = add i32 %387, 0
	%389 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %388)
	%390 = extractvalue { i32, i32, i32, i32 } %389, 0
	%391 = extractvalue { i32, i32, i32, i32 } %389, 1
	%392 = extractvalue { i32, i32, i32, i32 } %389, 2
	%393 = extractvalue { i32, i32, i32, i32 } %389, 3
	%394 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %390, i32 %391, float %330, float %331, float %332, float %333)
	%395 = extractvalue { float, float, float, float } %394, 0
	%396 = extractvalue { float, float, float, float } %394, 1
	%397 = extractvalue { float, float, float, float } %394, 2
	%398 = extractvalue { float, float, float, float } %394, 3
	%399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %392, i32 %393, float %335, float %336, float %337, float %338)
	%400 = extractvalue { float, float, float, float } %399, 0
	%401 = extractvalue { float, float, float, float } %399, 1
	%402 = extractvalue { float, float, float, float } %399, 2
	%403 = extractvalue { float, float, float, float } %399, 3
	%404 = add i32 %387, 2048
	%405 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %404)
	%406 = extractvalue { i32, i32, i32, i32 } %405, 0
	%407 = extractvalue { i32, i32, i32, i32 } %405, 1
	%408 = extractvalue { i32, i32, i32, i32 } %405, 2
	%409 = extractvalue { i32, i32, i32, i32 } %405, 3
	%410 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %406, i32 %407, float %346, float %347, float %348, float %349)
	%411 = extractvalue { float, float, float, float } %410, 0
	%412 = extractvalue { float, float, float, float } %410, 1
	%413 = extractvalue { float, float, float, float } %410, 2
	%414 = extractvalue { float, float, float, float } %410, 3
	%415 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %408, i32 %409, float %351, float %352, float %353, float %354)
	%416 = extractvalue { float, float, float, float } %415, 0
	%417 = extractvalue { float, float, float, float } %415, 1
	%418 = extractvalue { float, float, float, float } %415, 2
	%419 = extractvalue { float, float, float, float } %415, 3
	%420 = add i32 %387, u0x1000
	%421 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %420)
	%422 = extractvalue { i32, i32, i32, i32 } %421, 0
	%423 = extractvalue { i32, i32, i32, i32 } %421, 1
	%424 = extractvalue { i32, i32, i32, i32 } %421, 2
	%425 = extractvalue { i32, i32, i32, i32 } %421, 3
	%426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %422, i32 %423, float %362, float %363, float %364, float %365)
	%427 = extractvalue { float, float, float, float } %426, 0
	%428 = extractvalue { float, float, float, float } %426, 1
	%429 = extractvalue { float, float, float, float } %426, 2
	%430 = extractvalue { float, float, float, float } %426, 3
	%431 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %424, i32 %425, float %367, float %368, float %369, float %370)
	%432 = extractvalue { float, float, float, float } %431, 0
	%433 = extractvalue { float, float, float, float } %431, 1
	%434 = extractvalue { float, float, float, float } %431, 2
	%435 = extractvalue { float, float, float, float } %431, 3
	%436 = add i32 %387, 6144
	%437 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %436)
	%438 = extractvalue { i32, i32, i32, i32 } %437, 0
	%439 = extractvalue { i32, i32, i32, i32 } %437, 1
	%440 = extractvalue { i32, i32, i32, i32 } %437, 2
	%441 = extractvalue { i32, i32, i32, i32 } %437, 3
	%442 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %438, i32 %439, float %378, float %379, float %380, float %381)
	%443 = extractvalue { float, float, float, float } %442, 0
	%444 = extractvalue { float, float, float, float } %442, 1
	%445 = extractvalue { float, float, float, float } %442, 2
	%446 = extractvalue { float, float, float, float } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %440, i32 %441, float %383, float %384, float %385, float %386)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = xor i32 %256, 96
	%453 = add i32 %452, 0
	%454 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %453)
	%455 = extractvalue { i32, i32, i32, i32 } %454, 0
	%456 = extractvalue { i32, i32, i32, i32 } %454, 1
	%457 = extractvalue { i32, i32, i32, i32 } %454, 2
	%458 = extractvalue { i32, i32, i32, i32 } %454, 3
	%459 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %455, i32 %456, float %395, float %396, float %397, float %398)
	%460 = extractvalue { float, float, float, float } %459, 0
	%461 = extractvalue { float, float, float, float } %459, 1
	%462 = extractvalue { float, float, float, float } %459, 2
	%463 = extractvalue { float, float, float, float } %459, 3
	%464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %457, i32 %458, float %400, float %401, float %402, float %403)
	%465 = extractvalue { float, float, float, float } %464, 0
	%466 = extractvalue { float, float, float, float } %464, 1
	%467 = extractvalue { float, float, float, float } %464, 2
	%468 = extractvalue { float, float, float, float } %464, 3
	%469 = add i32 %452, 2048
	%470 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %469)
	%471 = extractvalue { i32, i32, i32, i32 } %470, 0
	%472 = extractvalue { i32, i32, i32, i32 } %470, 1
	%473 = extractvalue { i32, i32, i32, i32 } %470, 2
	%474 = extractvalue { i32, i32, i32, i32 } %470, 3
	%475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %471, i32 %472, float %411, float %412, float %413, float %414)
	%476 = extractvalue { float, float, float, float } %475, 0
	%477 = extractvalue { float, float, float, float } %475, 1
	%478 = extractvalue { float, float, float, float } %475, 2
	%479 = extractvalue { float, float, float, float } %475, 3
	%480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %473, i32 %474, float %416, float %417, float %418, float %419)
	%481 = extractvalue { float, float, float, float } %480, 0
	%482 = extractvalue { float, float, float, float } %480, 1
	%483 = extractvalue { float, float, float, float } %480, 2
	%484 = extractvalue { float, float, float, float } %480, 3
	%485 = add i32 %452, u0x1000
	%486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %485)
	%487 = extractvalue { i32, i32, i32, i32 } %486, 0
	%488 = extractvalue { i32, i32, i32, i32 } %486, 1
	%489 = extractvalue { i32, i32, i32, i32 } %486, 2
	%490 = extractvalue { i32, i32, i32, i32 } %486, 3
	%491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %487, i32 %488, float %427, float %428, float %429, float %430)
	%492 = extractvalue { float, float, float, float } %491, 0
	%493 = extractvalue { float, float, float, float } %491, 1
	%494 = extractvalue { float, float, float, float } %491, 2
	%495 = extractvalue { float, float, float, float } %491, 3
	%496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %489, i32 %490, float %432, float %433, float %434, float %435)
	%497 = extractvalue { float, float, float, float } %496, 0
	%498 = extractvalue { float, float, float, float } %496, 1
	%499 = extractvalue { float, float, float, float } %496, 2
	%500 = extractvalue { float, float, float, float } %496, 3
	%501 = add i32 %452, 6144
	%502 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %501)
	%503 = extractvalue { i32, i32, i32, i32 } %502, 0
	%504 = extractvalue { i32, i32, i32, i32 } %502, 1
	%505 = extractvalue { i32, i32, i32, i32 } %502, 2
	%506 = extractvalue { i32, i32, i32, i32 } %502, 3
	%507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %503, i32 %504, float %443, float %444, float %445, float %446)
	%508 = extractvalue { float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float } %507, 3
	%512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %505, i32 %506, float %448, float %449, float %450, float %451)
	%513 = extractvalue { float, float, float, float } %512, 0
	%514 = extractvalue { float, float, float, float } %512, 1
	%515 = extractvalue { float, float, float, float } %512, 2
	%516 = extractvalue { float, float, float, float } %512, 3
	%517 = mul i32 %3, 16
	%518 = add i32 %24, %517
	%519 = add i32 %5, 0
	%520 = add i32 %518, %519
	%521 = mul i32 %3, 16
	%522 = add i32 %24, %521
	%523 = add i32 %5, 8
	%524 = add i32 %522, %523
	%525 = sitofp i32 %22 to float
	%526 = add i32 %45, %170
	%527 = sext i32 %526 to i64
	%528 = getelementptr i8, i8* %cls, i64 %527
	%529 = load i8, i8* %528
	%530 = icmp ne i8 %529, 2
	br i1 %530, label %partial, label %softmax

epilogue:
	%531 = phi float [ 0.0, %entry ], [ %964, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1016, %pv ]
	%533 = phi i32 [ 0, %entry ], [ %1017, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1304, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1305, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1306, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1307, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1309, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1310, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1311, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1312, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1321, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1322, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1323, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1324, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1326, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1327, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1328, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1329, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1338, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1339, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1340, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1341, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1343, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1344, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1345, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1346, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1355, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1356, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1357, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1358, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1360, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1361, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1362, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1363, %pv ]
	%566 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %531, i32 1, i32 31)
	%567 = fadd float %531, %566
	%568 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %567, i32 2, i32 31)
	%569 = fadd float %567, %568
	%570 = fcmp ogt float %569, 0.0
	%571 = fdiv float 1.0, %569
	%572 = select i1 %570, float %571, float 0.0
	%573 = mul i32 %3, 16
	%574 = add i32 %24, %573
	%575 = add i32 %5, 0
	%576 = add i32 %574, %575
	%577 = fmul float %534, %572
	%578 = fmul float %535, %572
	%579 = fmul float %538, %572
	%580 = fmul float %539, %572
	%581 = fmul float %542, %572
	%582 = fmul float %543, %572
	%583 = fmul float %546, %572
	%584 = fmul float %547, %572
	%585 = fmul float %550, %572
	%586 = fmul float %551, %572
	%587 = fmul float %554, %572
	%588 = fmul float %555, %572
	%589 = fmul float %558, %572
	%590 = fmul float %559, %572
	%591 = fmul float %562, %572
	%592 = fmul float %563, %572
	%593 = icmp slt i32 %576, %M
	br i1 %593, label %store0, label %stored0

partial:
	%594 = shl i32 %6, 1
	%595 = add i32 0, %594
	%596 = add i32 %207, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, float %460, float 0xFFF0000000000000
	%599 = shl i32 %6, 1
	%600 = add i32 1, %599
	%601 = add i32 %207, %600
	%602 = icmp slt i32 %601, %N
	%603 = select i1 %602, float %461, float 0xFFF0000000000000
	%604 = shl i32 %6, 1
	%605 = add i32 0, %604
	%606 = add i32 %207, %605
	%607 = icmp slt i32 %606, %N
	%608 = select i1 %607, float %462, float 0xFFF0000000000000
	%609 = shl i32 %6, 1
	%610 = add i32 1, %609
	%611 = add i32 %207, %610
	%612 = icmp slt i32 %611, %N
	%613 = select i1 %612, float %463, float 0xFFF0000000000000
	%614 = shl i32 %6, 1
	%615 = add i32 8, %614
	%616 = add i32 %207, %615
	%617 = icmp slt i32 %616, %N
	%618 = select i1 %617, float %465, float 0xFFF0000000000000
	%619 = shl i32 %6, 1
	%620 = add i32 9, %619
	%621 = add i32 %207, %620
	%622 = icmp slt i32 %621, %N
	%623 = select i1 %622, float %466, float 0xFFF0000000000000
	%624 = shl i32 %6, 1
	%625 = add i32 8, %624
	%626 = add i32 %207, %625
	%627 = icmp slt i32 %626, %N
	%628 = select i1 %627, float %467, float 0xFFF0000000000000
	%629 = shl i32 %6, 1
	%630 = add i32 9, %629
	%631 = add i32 %207, %630
	%632 = icmp slt i32 %631, %N
	%633 = select i1 %632, float %468, float 0xFFF0000000000000
	%634 = shl i32 %6, 1
	%635 = add i32 16, %634
	%636 = add i32 %207, %635
	%637 = icmp slt i32 %636, %N
	%638 = select i1 %637, float %476, float 0xFFF0000000000000
	%639 = shl i32 %6, 1
	%640 = add i32 17, %639
	%641 = add i32 %207, %640
	%642 = icmp slt i32 %641, %N
	%643 = select i1 %642, float %477, float 0xFFF0000000000000
	%644 = shl i32 %6, 1
	%645 = add i32 16, %644
	%646 = add i32 %207, %645
	%647 = icmp slt i32 %646, %N
	%648 = select i1 %647, float %478, float 0xFFF0000000000000
	%649 = shl i32 %6, 1
	%650 = add i32 17, %649
	%651 = add i32 %207, %650
	%652 = icmp slt i32 %651, %N
	%653 = select i1 %652, float %479, float 0xFFF0000000000000
	%654 = shl i32 %6, 1
	%655 = add i32 24, %654
	%656 = add i32 %207, %655
	%657 = icmp slt i32 %656, %N
	%658 = select i1 %657, float %481, float 0xFFF0000000000000
	%659 = shl i32 %6, 1
	%660 = add i32 25, %659
	%661 = add i32 %207, %660
	%662 = icmp slt i32 %661, %N
	%663 = select i1 %662, float %482, float 0xFFF0000000000000
	%664 = shl i32 %6, 1
	%665 = add i32 24, %664
	%666 = add i32 %207, %665
	%667 = icmp slt i32 %666, %N
	%668 = select i1 %667, float %483, float 0xFFF0000000000000
	%669 = shl i32 %6, 1
	%670 = add i32 25, %669
	%671 = add i32 %207, %670
	%672 = icmp slt i32 %671, %N
	%673 = select i1 %672, float %484, float 0xFFF0000000000000
	%674 = shl i32 %6, 1
	%675 = add i32 32, %674
	%676 = add i32 %207, %675
	%677 = icmp slt i32 %676, %N
	%678 = select i1 %677, float %492, float 0xFFF0000000000000
	%679 = shl i32 %6, 1
	%680 = add i32 33, %679
	%681 = add i32 %207, %680
	%682 = icmp slt i32 %681, %N
	%683 = select i1 %682, float %493, float 0xFFF0000000000000
	%684 = shl i32 %6, 1
	%685 = add i32 32, %684
	%686 = add i32 %207, %685
	%687 = icmp slt i32 %686, %N
	%688 = select i1 %687, float %494, float 0xFFF0000000000000
	%689 = shl i32 %6, 1
	%690 = add i32 33, %689
	%691 = add i32 %207, %690
	%692 = icmp slt i32 %691, %N
	%693 = select i1 %692, float %495, float 0xFFF0000000000000
	%694 = shl i32 %6, 1
	%695 = add i32 40, %694
	%696 = add i32 %207, %695
	%697 = icmp slt i32 %696, %N
	%698 = select i1 %697, float %497, float 0xFFF0000000000000
	%699 = shl i32 %6, 1
	%700 = add i32 41, %699
	%701 = add i32 %207, %700
	%702 = icmp slt i32 %701, %N
	%703 = select i1 %702, float %498, float 0xFFF0000000000000
	%704 = shl i32 %6, 1
	%705 = add i32 40, %704
	%706 = add i32 %207, %705
	%707 = icmp slt i32 %706, %N
	%708 = select i1 %707, float %499, float 0xFFF0000000000000
	%709 = shl i32 %6, 1
	%710 = add i32 41, %709
	%711 = add i32 %207, %710
	%712 = icmp slt i32 %711, %N
	%713 = select i1 %712, float %500, float 0xFFF0000000000000
	%714 = shl i32 %6, 1
	%715 = add i32 48, %714
	%716 = add i32 %207, %715
	%717 = icmp slt i32 %716, %N
	%718 = select i1 %717, float %508, float 0xFFF0000000000000
	%719 = shl i32 %6, 1
	%720 = add i32 49, %719
	%721 = add i32 %207, %720
	%722 = icmp slt i32 %721, %N
	%723 = select i1 %722, float %509, float 0xFFF0000000000000
	%724 = shl i32 %6, 1
	%725 = add i32 48, %724
	%726 = add i32 %207, %725
	%727 = icmp slt i32 %726, %N
	%728 = select i1 %727, float %510, float 0xFFF0000000000000
	%729 = shl i32 %6, 1
	%730 = add i32 49, %729
	%731 = add i32 %207, %730
	%732 = icmp slt i32 %731, %N
	%733 = select i1 %732, float %511, float 0xFFF0000000000000
	%734 = shl i32 %6, 1
	%735 = add i32 56, %734
	%736 = add i32 %207, %735
	%737 = icmp slt i32 %736, %N
	%738 = select i1 %737, float %513, float 0xFFF0000000000000
	%739 = shl i32 %6, 1
	%740 = add i32 57, %739
	%741 = add i32 %207, %740
	%742 = icmp slt i32 %741, %N
	%743 = select i1 %742, float %514, float 0xFFF0000000000000
	%744 = shl i32 %6, 1
	%745 = add i32 56, %744
	%746 = add i32 %207, %745
	%747 = icmp slt i32 %746, %N
	%748 = select i1 %747, float %515, float 0xFFF0000000000000
	%749 = shl i32 %6, 1
	%750 = add i32 57, %749
	%751 = add i32 %207, %750
	%752 = icmp slt i32 %751, %N
	%753 = select i1 %752, float %516, float 0xFFF0000000000000
	br label %softmax

softmax:
	%754 = phi float [ %460, %loop ], [ %598, %partial ]
	%755 = phi float [ %461, %loop ], [ %603, %partial ]
	%756 = phi float [ %462, %loop ], [ %608, %partial ]
	%757 = phi float [ %463, %loop ], [ %613, %partial ]
	%758 = phi float [ %465, %loop ], [ %618, %partial ]
	%759 = phi float [ %466, %loop ], [ %623, %partial ]
	%760 = phi float [ %467, %loop ], [ %628, %partial ]
	%761 = phi float [ %468, %loop ], [ %633, %partial ]
	%762 = phi float [ %476, %loop ], [ %638, %partial ]
	%763 = phi float [ %477, %loop ], [ %643, %partial ]
	%764 = phi float [ %478, %loop ], [ %648, %partial ]
	%765 = phi float [ %479, %loop ], [ %653, %partial ]
	%766 = phi float [ %481, %loop ], [ %658, %partial ]
	%767 = phi float [ %482, %loop ], [ %663, %partial ]
	%768 = phi float [ %483, %loop ], [ %668, %partial ]
	%769 = phi float [ %484, %loop ], [ %673, %partial ]
	%770 = phi float [ %492, %loop ], [ %678, %partial ]
	%771 = phi float [ %493, %loop ], [ %683, %partial ]
	%772 = phi float [ %494, %loop ], [ %688, %partial ]
	%773 = phi float [ %495, %loop ], [ %693, %partial ]
	%774 = phi float [ %497, %loop ], [ %698, %partial ]
	%775 = phi float [ %498, %loop ], [ %703, %partial ]
	%776 = phi float [ %499, %loop ], [ %708, %partial ]
	%777 = phi float [ %500, %loop ], [ %713, %partial ]
	%778 = phi float [ %508, %loop ], [ %718, %partial ]
	%779 = phi float [ %509, %loop ], [ %723, %partial ]
	%780 = phi float [ %510, %loop ], [ %728, %partial ]
	%781 = phi float [ %511, %loop ], [ %733, %partial ]
	%782 = phi float [ %513, %loop ], [ %738, %partial ]
	%783 = phi float [ %514, %loop ], [ %743, %partial ]
	%784 = phi float [ %515, %loop ], [ %748, %partial ]
	%785 = phi float [ %516, %loop ], [ %753, %partial ]
	%786 = call float @llvm.nvvm.fmax.f(float %754, float %755)
	%787 = call float @llvm.nvvm.fmax.f(float %758, float %759)
	%788 = call float @llvm.nvvm.fmax.f(float %762, float %763)
	%789 = call float @llvm.nvvm.fmax.f(float %766, float %767)
	%790 = call float @llvm.nvvm.fmax.f(float %770, float %771)
	%791 = call float @llvm.nvvm.fmax.f(float %774, float %775)
	%792 = call float @llvm.nvvm.fmax.f(float %778, float %779)
	%793 = call float @llvm.nvvm.fmax.f(float %782, float %783)
	%794 = call float @llvm.nvvm.fmax.f(float %786, float %787)
	%795 = call float @llvm.nvvm.fmax.f(float %788, float %789)
	%796 = call float @llvm.nvvm.fmax.f(float %790, float %791)
	%797 = call float @llvm.nvvm.fmax.f(float %792, float %793)
	%798 = call float @llvm.nvvm.fmax.f(float %794, float %795)
	%799 = call float @llvm.nvvm.fmax.f(float %796, float %797)
	%800 = call float @llvm.nvvm.fmax.f(float %798, float %799)
	%801 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %800, i32 1, i32 31)
	%802 = call float @llvm.nvvm.fmax.f(float %800, float %801)
	%803 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %802, i32 2, i32 31)
	%804 = call float @llvm.nvvm.fmax.f(float %802, float %803)
	%805 = fmul float %804, 0x3FC7154760000000
	%806 = call float @llvm.nvvm.fmax.f(float %203, float %805)
	%807 = fadd float %203, 8.0
	%808 = fcmp ogt float %806, %807
	%809 = or i1 false, %808
	%810 = call float @llvm.nvvm.fmax.f(float %756, float %757)
	%811 = call float @llvm.nvvm.fmax.f(float %760, float %761)
	%812 = call float @llvm.nvvm.fmax.f(float %764, float %765)
	%813 = call float @llvm.nvvm.fmax.f(float %768, float %769)
	%814 = call float @llvm.nvvm.fmax.f(float %772, float %773)
	%815 = call float @llvm.nvvm.fmax.f(float %776, float %777)
	%816 = call float @llvm.nvvm.fmax.f(float %780, float %781)
	%817 = call float @llvm.nvvm.fmax.f(float %784, float %785)
	%818 = call float @llvm.nvvm.fmax.f(float %810, float %811)
	%819 = call float @llvm.nvvm.fmax.f(float %812, float %813)
	%820 = call float @llvm.nvvm.fmax.f(float %814, float %815)
	%821 = call float @llvm.nvvm.fmax.f(float %816, float %817)
	%822 = call float @llvm.nvvm.fmax.f(float %818, float %819)
	%823 = call float @llvm.nvvm.fmax.f(float %820, float %821)
	%824 = call float @llvm.nvvm.fmax.f(float %822, float %823)
	%825 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %824, i32 1, i32 31)
	%826 = call float @llvm.nvvm.fmax.f(float %824, float %825)
	%827 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %826, i32 2, i32 31)
	%828 = call float @llvm.nvvm.fmax.f(float %826, float %827)
	%829 = fmul float %828, 0x3FC7154760000000
	%830 = call float @llvm.nvvm.fmax.f(float %205, float %829)
	%831 = fadd float %205, 8.0
	%832 = fcmp ogt float %830, %831
	%833 = or i1 %809, %832
	%834 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %833)
	br i1 %834, label %835, label %878

835:
	%836 = fcmp oeq float %806, 0xFFF0000000000000
	%837 = select i1 %836, float 0.0, float %806
	%838 = fsub float %203, %837
	%839 = call float @llvm.nvvm.ex2.approx.ftz.f(float %838)
	%840 = fcmp oeq float %830, 0xFFF0000000000000
	%841 = select i1 %840, float 0.0, float %830
	%842 = fsub float %205, %841
	%843 = call float @llvm.nvvm.ex2.approx.ftz.f(float %842)
	%844 = fmul float %171, %839
	%845 = fmul float %172, %839
	%846 = fmul float %173, %843
	%847 = fmul float %174, %843
	%848 = fmul float %175, %839
	%849 = fmul float %176, %839
	%850 = fmul float %177, %843
	%851 = fmul float %178, %843
	%852 = fmul float %179, %839
	%853 = fmul float %180, %839
	%854 = fmul float %181, %843
	%855 = fmul float %182, %843
	%856 = fmul float %183, %839
	%857 = fmul float %184, %839
	%858 = fmul float %185, %843
	%859 = fmul float %186, %843
	%860 = fmul float %187, %839
	%861 = fmul float %188, %839
	%862 = fmul float %189, %843
	%863 = fmul float %190, %843
	%864 = fmul float %191, %839
	%865 = fmul float %192, %839
	%866 = fmul float %193, %843
	%867 = fmul float %194, %843
	%868 = fmul float %195, %839
	%869 = fmul float %196, %839
	%870 = fmul float %197, %843
	%871 = fmul float %198, %843
	%872 = fmul float %199, %839
	%873 = fmul float %200, %839
	%874 = fmul float %201, %843
	%875 = fmul float %202, %843
	%876 = fmul float %204, %839
	%877 = fmul float %206, %843
	br label %878

878:
	%879 = phi float [ %171, %softmax ], [ %844, %835 ]
	%880 = phi float [ %172, %softmax ], [ %845, %835 ]
	%881 = phi float [ %173, %softmax ], [ %846, %835 ]
	%882 = phi float [ %174, %softmax ], [ %847, %835 ]
	%883 = phi float [ %175, %softmax ], [ %848, %835 ]
	%884 = phi float [ %176, %softmax ], [ %849, %835 ]
	%885 = phi float [ %177, %softmax ], [ %850, %835 ]
	%886 = phi float [ %178, %softmax ], [ %851, %835 ]
	%887 = phi float [ %179, %softmax ], [ %852, %835 ]
	%888 = phi float [ %180, %softmax ], [ %853, %835 ]
	%889 = phi float [ %181, %softmax ], [ %854, %835 ]
	%890 = phi float [ %182, %softmax ], [ %855, %835 ]
	%891 = phi float [ %183, %softmax ], [ %856, %835 ]
	%892 = phi float [ %184, %softmax ], [ %857, %835 ]
	%893 = phi float [ %185, %softmax ], [ %858, %835 ]
	%894 = phi float [ %186, %softmax ], [ %859, %835 ]
	%895 = phi float [ %187, %softmax ], [ %860, %835 ]
	%896 = phi float [ %188, %softmax ], [ %861, %835 ]
	%897 = phi float [ %189, %softmax ], [ %862, %835 ]
	%898 = phi float [ %190, %softmax ], [ %863, %835 ]
	%899 = phi float [ %191, %softmax ], [ %864, %835 ]
	%900 = phi float [ %192, %softmax ], [ %865, %835 ]
	%901 = phi float [ %193, %softmax ], [ %866, %835 ]
	%902 = phi float [ %194, %softmax ], [ %867, %835 ]
	%903 = phi float [ %195, %softmax ], [ %868, %835 ]
	%904 = phi float [ %196, %softmax ], [ %869, %835 ]
	%905 = phi float [ %197, %softmax ], [ %870, %835 ]
	%906 = phi float [ %198, %softmax ], [ %871, %835 ]
	%907 = phi float [ %199, %softmax ], [ %872, %835 ]
	%908 = phi float [ %200, %softmax ], [ %873, %835 ]
	%909 = phi float [ %201, %softmax ], [ %874, %835 ]
	%910 = phi float [ %202, %softmax ], [ %875, %835 ]
	%911 = phi float [ %204, %softmax ], [ %876, %835 ]
	%912 = phi float [ %206, %softmax ], [ %877, %835 ]
	%913 = select i1 %834, float %806, float %203
	%914 = fcmp oeq float %913, 0xFFF0000000000000
	%915 = select i1 %914, float 0.0, float %913
	%916 = fneg float %915
	%917 = call float @llvm.fma.f32(float %754, float 0x3FC7154760000000, float %916)
	%918 = call float @llvm.nvvm.ex2.approx.ftz.f(float %917)
	%919 = call float @llvm.fma.f32(float %755, float 0x3FC7154760000000, float %916)
	%920 = call float @llvm.nvvm.ex2.approx.ftz.f(float %919)
	%921 = call float @llvm.fma.f32(float %758, float 0x3FC7154760000000, float %916)
	%922 = call float @llvm.nvvm.ex2.approx.ftz.f(float %921)
	%923 = call float @llvm.fma.f32(float %759, float 0x3FC7154760000000, float %916)
	%924 = call float @llvm.nvvm.ex2.approx.ftz.f(float %923)
	%925 = call float @llvm.fma.f32(float %762, float 0x3FC7154760000000, float %916)
	%926 = call float @llvm.nvvm.ex2.approx.ftz.f(float %925)
	%927 = call float @llvm.fma.f32(float %763, float 0x3FC7154760000000, float %916)
	%928 = call float @llvm.nvvm.ex2.approx.ftz.f(float %927)
	%929 = call float @llvm.fma.f32(float %766, float 0x3FC7154760000000, float %916)
	%930 = call float @llvm.nvvm.ex2.approx.ftz.f(float %929)
	%931 = call float @llvm.fma.f32(float %767, float 0x3FC7154760000000, float %916)
	%932 = call float @llvm.nvvm.ex2.approx.ftz.f(float %931)
	%933 = call float @llvm.fma.f32(float %770, float 0x3FC7154760000000, float %916)
	%934 = call float @llvm.nvvm.ex2.approx.ftz.f(float %933)
	%935 = call float @llvm.fma.f32(float %771, float 0x3FC7154760000000, float %916)
	%936 = call float @llvm.nvvm.ex2.approx.ftz.f(float %935)
	%937 = call float @llvm.fma.f32(float %774, float 0x3FC7154760000000, float %916)
	%938 = call float @llvm.nvvm.ex2.approx.ftz.f(float %937)
	%939 = call float @llvm.fma.f32(float %775, float 0x3FC7154760000000, float %916)
	%940 = call float @llvm.nvvm.ex2.approx.ftz.f(float %939)
	%941 = call float @llvm.fma.f32(float %778, float 0x3FC7154760000000, float %916)
	%942 = call float @llvm.nvvm.ex2.approx.ftz.f(float %941)
	%943 = call float @llvm.fma.f32(float %779, float 0x3FC7154760000000, float %916)
	%944 = call float @llvm.nvvm.ex2.approx.ftz.f(float %943)
	%945 = call float @llvm.fma.f32(float %782, float 0x3FC7154760000000, float %916)
	%946 = call float @llvm.nvvm.ex2.approx.ftz.f(float %945)
	%947 = call float @llvm.fma.f32(float %783, float 0x3FC7154760000000, float %916)
	%948 = call float @llvm.nvvm.ex2.approx.ftz.f(float %947)
	%949 = fadd float %918, %920
	%950 = fadd float %922, %924
	%951 = fadd float %926, %928
	%952 = fadd float %930, %932
	%953 = fadd float %934, %936
	%954 = fadd float %938, %940
	%955 = fadd float %942, %944
	%956 = fadd float %946, %948
	%957 = fadd float %949, %950
	%958 = fadd float %951, %952
	%959 = fadd float %953, %954
	%960 = fadd float %955, %956
	%961 = fadd float %957, %958
	%962 = fadd float %959, %960
	%963 = fadd float %961, %962
	%964 = fadd float %911, %963
	%965 = select i1 %834, float %830, float %205
	%966 = fcmp oeq float %965, 0xFFF0000000000000
	%967 = select i1 %966, float 0.0, float %965
	%968 = fneg float %967
	%969 = call float @llvm.fma.f32(float %756, float 0x3FC7154760000000, float %968)
	%970 = call float @llvm.nvvm.ex2.approx.ftz.f(float %969)
	%971 = call float @llvm.fma.f32(float %757, float 0x3FC7154760000000, float %968)
	%972 = call float @llvm.nvvm.ex2.approx.ftz.f(float %971)
	%973 = call float @llvm.fma.f32(float %760, float 0x3FC7154760000000, float %968)
	%974 = call float @llvm.nvvm.ex2.approx.ftz.f(float %973)
	%975 = call float @llvm.fma.f32(float %761, float 0x3FC7154760000000, float %968)
	%976 = call float @llvm.nvvm.ex2.approx.ftz.f(float %975)
	%977 = call float @llvm.fma.f32(float %764, float 0x3FC7154760000000, float %968)
	%978 = call float @llvm.nvvm.ex2.approx.ftz.f(float %977)
	%979 = call float @llvm.fma.f32(float %765, float 0x3FC7154760000000, float %968)
	%980 = call float @llvm.nvvm.ex2.approx.ftz.f(float %979)
	%981 = call float @llvm.fma.f32(float %768, float 0x3FC7154760000000, float %968)
	%982 = call float @llvm.nvvm.ex2.approx.ftz.f(float %981)
	%983 = call float @llvm.fma.f32(float %769, float 0x3FC7154760000000, float %968)
	%984 = call float @llvm.nvvm.ex2.approx.ftz.f(float %983)
	%985 = call float @llvm.fma.f32(float %772, float 0x3FC7154760000000, float %968)
	%986 = call float @llvm.nvvm.ex2.approx.ftz.f(float %985)
	%987 = call float @llvm.fma.f32(float %773, float 0x3FC7154760000000, float %968)
	%988 = call float @llvm.nvvm.ex2.approx.ftz.f(float %987)
	%989 = call float @llvm.fma.f32(float %776, float 0x3FC7154760000000, float %968)
	%990 = call float @llvm.nvvm.ex2.approx.ftz.f(float %989)
	%991 = call float @llvm.fma.f32(float %777, float 0x3FC7154760000000, float %968)
	%992 = call float @llvm.nvvm.ex2.approx.ftz.f(float %991)
	%993 = call float @llvm.fma.f32(float %780, float 0x3FC7154760000000, float %968)
	%994 = call float @llvm.nvvm.ex2.approx.ftz.f(float %993)
	%995 = call float @llvm.fma.f32(float %781, float 0x3FC7154760000000, float %968)
	%996 = call float @llvm.nvvm.ex2.approx.ftz.f(float %995)
	%997 = call float @llvm.fma.f32(float %784, float 0x3FC7154760000000, float %968)
	%998 = call float @llvm.nvvm.ex2.approx.ftz.f(float %997)
	%999 = call float @llvm.fma.f32(float %785, float 0x3FC7154760000000, float %968)
	%1000 = call float @llvm.nvvm.ex2.approx.ftz.f(float %999)
	%1001 = fadd float %970, %972
	%1002 = fadd float %974, %976
	%1003 = fadd float %978, %980
	%1004 = fadd float %982, %984
	%1005 = fadd float %986, %988
	%1006 = fadd float %990, %992
	%1007 = fadd float %994, %996
	%1008 = fadd float %998, %1000
	%1009 = fadd float %1001, %1002
	%1010 = fadd float %1003, %1004
	%1011 = fadd float %1005, %1006
	%1012 = fadd float %1007, %1008
	%1013 = fadd float %1009, %1010
	%1014 = fadd float %1011, %1012
	%1015 = fadd float %1013, %1014
	%1016 = fadd float %912, %1015
	%1017 = add i32 %169, 1
	%1018 = icmp slt i32 %1017, %NK
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = add i32 %41, %1019
	%1021 = sext i32 %1020 to i64
	%1022 = getelementptr i32, i32* %list, i64 %1021
	%1023 = load i32, i32* %1022
	%1024 = select i1 %1018, i32 %1023, i32 -1
	%1025 = icmp sge i32 %1024, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1025, label %prefetch, label %pv

prefetch:
	%1026 = mul i32 %1024, 64
	%1027 = lshr i32 %2, 3
	%1028 = and i32 %2, 7
	%1029 = and i32 %1027, 7
	%1030 = xor i32 %1028, %1029
	%1031 = mul i32 %1027, 8
	%1032 = add i32 %1031, %1030
	%1033 = shl i32 %1032, 4
	%1034 = add i32 %0, %1033
	%1035 = add i32 %1026, %1027
	%1036 = mul i32 %1035, 64
	%1037 = mul i32 %1028, 8
	%1038 = add i32 %1036, %1037
	%1039 = sext i32 %1038 to i64
	%1040 = getelementptr i16, i16* %32, i64 %1039
	%1041 = add i32 %1035, 0
	%1042 = icmp slt i32 %1041, %N
	%1043 = getelementptr i16, i16* %1040, i64 0
	%1044 = select i1 %1042, i16* %1043, i16* %32
	%1045 = add i32 %1034, 0
	%1046 = select i1 %1042, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1045, i16* %1044, i32 %1046)
	%1047 = add i32 %1035, 16
	%1048 = icmp slt i32 %1047, %N
	%1049 = getelementptr i16, i16* %1040, i64 1024
	%1050 = select i1 %1048, i16* %1049, i16* %32
	%1051 = add i32 %1034, 2048
	%1052 = select i1 %1048, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1051, i16* %1050, i32 %1052)
	%1053 = add i32 %1035, 32
	%1054 = icmp slt i32 %1053, %N
	%1055 = getelementptr i16, i16* %1040, i64 2048
	%1056 = select i1 %1054, i16* %1055, i16* %32
	%1057 = add i32 %1034, u0x1000
	%1058 = select i1 %1054, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1057, i16* %1056, i32 %1058)
	%1059 = add i32 %1035, 48
	%1060 = icmp slt i32 %1059, %N
	%1061 = getelementptr i16, i16* %1040, i64 3072
	%1062 = select i1 %1060, i16* %1061, i16* %32
	%1063 = add i32 %1034, 6144
	%1064 = select i1 %1060, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1063, i16* %1062, i32 %1064)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1065 = and i32 %4, 7
	%1066 = lshr i32 %4, 3
	%1067 = and i32 %1066, 1
	%1068 = shl i32 %1067, 3
	%1069 = add i32 %1065, %1068
	%1070 = mul i32 %1069, 128
	%1071 = add i32 %1, %1070
	%1072 = and i32 %4, 7
	%1073 = xor i32 %96, %1072
	%1074 = shl i32 %1073, 4
	%1075 = add i32 %1071, %1074
	%1076 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %920, float %918)
	%1077 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %972, float %970)
	%1078 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %924, float %922)
	%1079 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %976, float %974)
	%1080 = xor i32 %1075, 0
	%1081 = add i32 %1080, 0
	%1082 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1081)
	%1083 = extractvalue { i32, i32, i32, i32 } %1082, 0
	%1084 = extractvalue { i32, i32, i32, i32 } %1082, 1
	%1085 = extractvalue { i32, i32, i32, i32 } %1082, 2
	%1086 = extractvalue { i32, i32, i32, i32 } %1082, 3
	%1087 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1076, i32 %1077, i32 %1078, i32 %1079, i32 %1083, i32 %1084, float %879, float %880, float %881, float %882)
	%1088 = extractvalue { float, float, float, float } %1087, 0
	%1089 = extractvalue { float, float, float, float } %1087, 1
	%1090 = extractvalue { float, float, float, float } %1087, 2
	%1091 = extractvalue { float, float, float, float } %1087, 3
	%1092 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1076, i32 %1077, i32 %1078, i32 %1079, i32 %1085, i32 %1086, float %883, float %884, float %885, float %886)
	%1093 = extractvalue { float, float, float, float } %1092, 0
	%1094 = extractvalue { float, float, float, float } %1092, 1
	%1095 = extractvalue { float, float, float, float } %1092, 2
	%1096 = extractvalue { float, float, float, float } %1092, 3
	%1097 = xor i32 %1075, 32
	%1098 = add i32 %1097, 0
	%1099 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1098)
	%1100 = extractvalue { i32, i32, i32, i32 } %1099, 0
	%1101 = extractvalue { i32, i32, i32, i32 } %1099, 1
	%1102 = extractvalue { i32, i32, i32, i32 } %1099, 2
	%1103 = extractvalue { i32, i32, i32, i32 } %1099, 3
	%1104 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1076, i32 %1077, i32 %1078, i32 %1079, i32 %1100, i32 %1101, float %887, float %888, float %889, float %890)
	%1105 = extractvalue { float, float, float, float } %1104, 0
	%1106 = extractvalue { float, float, float, float } %1104, 1
	%1107 = extractvalue { float, float, float, float } %1104, 2
	%1108 = extractvalue { float, float, float, float } %1104, 3
	%1109 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1076, i32 %1077, i32 %1078, i32 %1079, i32 %1102, i32 %1103, float %891, float %892, float %893, float %894)
	%1110 = extractvalue { float, float, float, float } %1109, 0
	%1111 = extractvalue { float, float, float, float } %1109, 1
	%1112 = extractvalue { float, float, float, float } %1109, 2
	%1113 = extractvalue { float, float, float, float } %1109, 3
	%1114 = xor i32 %1075, 64
	%1115 = add i32 %1114, 0
	%1116 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1115)
	%1117 = extractvalue { i32, i32, i32, i32 } %1116, 0
	%1118 = extractvalue { i32, i32, i32, i32 } %1116, 1
	%1119 = extractvalue { i32, i32, i32, i32 } %1116, 2
	%1120 = extractvalue { i32, i32, i32, i32 } %1116, 3
	%1121 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1076, i32 %1077, i32 %1078, i32 %1079, i32 %1117, i32 %1118, float %895, float %896, float %897, float %898)
	%1122 = extractvalue { float, float, float, float } %1121, 0
	%1123 = extractvalue { float, float, float, float } %1121, 1
	%1124 = extractvalue { float, float, float, float } %1121, 2
	%1125 = extractvalue { float, float, float, float } %1121, 3
	%1126 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1076, i32 %1077, i32 %1078, i32 %1079, i32 %1119, i32 %1120, float %899, float %900, float %901, float %902)
	%1127 = extractvalue { float, float, float, float } %1126, 0
	%1128 = extractvalue { float, float, float, float } %1126, 1
	%1129 = extractvalue { float, float, float, float } %1126, 2
	%1130 = extractvalue { float, float, float, float } %1126, 3
	%1131 = xor i32 %1075, 96
	%1132 = add i32 %1131, 0
	%1133 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1132)
	%1134 = extractvalue { i32, i32, i32, i32 } %1133, 0
	%1135 = extractvalue { i32, i32, i32, i32 } %1133, 1
	%1136 = extractvalue { i32, i32, i32, i32 } %1133, 2
	%1137 = extractvalue { i32, i32, i32, i32 } %1133, 3
	%1138 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1076, i32 %1077, i32 %1078, i32 %1079, i32 %1134, i32 %1135, float %903, float %904, float %905, float %906)
	%1139 = extractvalue { float, float, float, float } %1138, 0
	%1140 = extractvalue { float, float, float, float } %1138, 1
	%1141 = extractvalue { float, float, float, float } %1138, 2
	%1142 = extractvalue { float, float, float, float } %1138, 3
	%1143 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1076, i32 %1077, i32 %1078, i32 %1079, i32 %1136, i32 %1137, float %907, float %908, float %909, float %910)
	%1144 = extractvalue { float, float, float, float } %1143, 0
	%1145 = extractvalue { float, float, float, float } %1143, 1
	%1146 = extractvalue { float, float, float, float } %1143, 2
	%1147 = extractvalue { float, float, float, float } %1143, 3
	%1148 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %928, float %926)
	%1149 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %980, float %978)
	%1150 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %932, float %930)
	%1151 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %984, float %982)
	%1152 = xor i32 %1075, 0
	%1153 = add i32 %1152, 2048
	%1154 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1153)
	%1155 = extractvalue { i32, i32, i32, i32 } %1154, 0
	%1156 = extractvalue { i32, i32, i32, i32 } %1154, 1
	%1157 = extractvalue { i32, i32, i32, i32 } %1154, 2
	%1158 = extractvalue { i32, i32, i32, i32 } %1154, 3
	%1159 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1148, i32 %1149, i32 %1150, i32 %1151, i32 %1155, i32 %1156, float %1088, float %1089, float %1090, float %1091)
	%1160 = extractvalue { float, float, float, float } %1159, 0
	%1161 = extractvalue { float, float, float, float } %1159, 1
	%1162 = extractvalue { float, float, float, float } %1159, 2
	%1163 = extractvalue { float, float, float, float } %1159, 3
	%1164 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1148, i32 %1149, i32 %1150, i32 %1151, i32 %1157, i32 %1158, float %1093, float %1094, float %1095, float %1096)
	%1165 = extractvalue { float, float, float, float } %1164, 0
	%1166 = extractvalue { float, float, float, float } %1164, 1
	%1167 = extractvalue { float, float, float, float } %1164, 2
	%1168 = extractvalue { float, float, float, float } %1164, 3
	%1169 = xor i32 %1075, 32
	%1170 = add i32 %1169, 2048
	%1171 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1170)
	%1172 = extractvalue { i32, i32, i32, i32 } %1171, 0
	%1173 = extractvalue { i32, i32, i32, i32 } %1171, 1
	%1174 = extractvalue { i32, i32, i32, i32 } %1171, 2
	%1175 = extractvalue { i32, i32, i32, i32 } %1171, 3
	%1176 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1148, i32 %1149, i32 %1150, i32 %1151, i32 %1172, i32 %1173, float %1105, float %1106, float %1107, float %1108)
	%1177 = extractvalue { float, float, float, float } %1176, 0
	%1178 = extractvalue { float, float, float, float } %1176, 1
	%1179 = extractvalue { float, float, float, float } %1176, 2
	%1180 = extractvalue { float, float, float, float } %1176, 3
	%1181 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1148, i32 %1149, i32 %1150, i32 %1151, i32 %1174, i32 %1175, float %1110, float %1111, float %1112, float %1113)
	%1182 = extractvalue { float, float, float, float } %1181, 0
	%1183 = extractvalue { float, float, float, float } %1181, 1
	%1184 = extractvalue { float, float, float, float } %1181, 2
	%1185 = extractvalue { float, float, float, float } %1181, 3
	%1186 = xor i32 %1075, 64
	%1187 = add i32 %1186, 2048
	%1188 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1187)
	%1189 = extractvalue { i32, i32, i32, i32 } %1188, 0
	%1190 = extractvalue { i32, i32, i32, i32 } %1188, 1
	%1191 = extractvalue { i32, i32, i32, i32 } %1188, 2
	%1192 = extractvalue { i32, i32, i32, i32 } %1188, 3
	%1193 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1148, i32 %1149, i32 %1150, i32 %1151, i32 %1189, i32 %1190, float %1122, float %1123, float %1124, float %1125)
	%1194 = extractvalue { float, float, float, float } %1193, 0
	%1195 = extractvalue { float, float, float, float } %1193, 1
	%1196 = extractvalue { float, float, float, float } %1193, 2
	%1197 = extractvalue { float, float, float, float } %1193, 3
	%1198 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1148, i32 %1149, i32 %1150, i32 %1151, i32 %1191, i32 %1192, float %1127, float %1128, float %1129, float %1130)
	%1199 = extractvalue { float, float, float, float } %1198, 0
	%1200 = extractvalue { float, float, float, float } %1198, 1
	%1201 = extractvalue { float, float, float, float } %1198, 2
	%1202 = extractvalue { float, float, float, float } %1198, 3
	%1203 = xor i32 %1075, 96
	%1204 = add i32 %1203, 2048
	%1205 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1204)
	%1206 = extractvalue { i32, i32, i32, i32 } %1205, 0
	%1207 = extractvalue { i32, i32, i32, i32 } %1205, 1
	%1208 = extractvalue { i32, i32, i32, i32 } %1205, 2
	%1209 = extractvalue { i32, i32, i32, i32 } %1205, 3
	%1210 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1148, i32 %1149, i32 %1150, i32 %1151, i32 %1206, i32 %1207, float %1139, float %1140, float %1141, float %1142)
	%1211 = extractvalue { float, float, float, float } %1210, 0
	%1212 = extractvalue { float, float, float, float } %1210, 1
	%1213 = extractvalue { float, float, float, float } %1210, 2
	%1214 = extractvalue { float, float, float, float } %1210, 3
	%1215 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1148, i32 %1149, i32 %1150, i32 %1151, i32 %1208, i32 %1209, float %1144, float %1145, float %1146, float %1147)
	%1216 = extractvalue { float, float, float, float } %1215, 0
	%1217 = extractvalue { float, float, float, float } %1215, 1
	%1218 = extractvalue { float, float, float, float } %1215, 2
	%1219 = extractvalue { float, float, float, float } %1215, 3
	%1220 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %936, float %934)
	%1221 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %988, float %986)
	%1222 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %940, float %938)
	%1223 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %992, float %990)
	%1224 = xor i32 %1075, 0
	%1225 = add i32 %1224, u0x1000
	%1226 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1225)
	%1227 = extractvalue { i32, i32, i32, i32 } %1226, 0
	%1228 = extractvalue { i32, i32, i32, i32 } %1226, 1
	%1229 = extractvalue { i32, i32, i32, i32 } %1226, 2
	%1230 = extractvalue { i32, i32, i32, i32 } %1226, 3
	%1231 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1220, i32 %1221, i32 %1222, i32 %1223, i32 %1227, i32 %1228, float %1160, float %1161, float %1162, float %1163)
	%1232 = extractvalue { float, float, float, float } %1231, 0
	%1233 = extractvalue { float, float, float, float } %1231, 1
	%1234 = extractvalue { float, float, float, float } %1231, 2
	%1235 = extractvalue { float, float, float, float } %1231, 3
	%1236 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1220, i32 %1221, i32 %1222, i32 %1223, i32 %1229, i32 %1230, float %1165, float %1166, float %1167, float %1168)
	%1237 = extractvalue { float, float, float, float } %1236, 0
	%1238 = extractvalue { float, float, float, float } %1236, 1
	%1239 = extractvalue { float, float, float, float } %1236, 2
	%1240 = extractvalue { float, float, float, float } %1236, 3
	%1241 = xor i32 %1075, 32
	%1242 = add i32 %1241, u0x1000
	%1243 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1242)
	%1244 = extractvalue { i32, i32, i32, i32 } %1243, 0
	%1245 = extractvalue { i32, i32, i32, i32 } %1243, 1
	%1246 = extractvalue { i32, i32, i32, i32 } %1243, 2
	%1247 = extractvalue { i32, i32, i32, i32 } %1243, 3
	%1248 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1220, i32 %1221, i32 %1222, i32 %1223, i32 %1244, i32 %1245, float %1177, float %1178, float %1179, float %1180)
	%1249 = extractvalue { float, float, float, float } %1248, 0
	%1250 = extractvalue { float, float, float, float } %1248, 1
	%1251 = extractvalue { float, float, float, float } %1248, 2
	%1252 = extractvalue { float, float, float, float } %1248, 3
	%1253 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1220, i32 %1221, i32 %1222, i32 %1223, i32 %1246, i32 %1247, float %1182, float %1183, float %1184, float %1185)
	%1254 = extractvalue { float, float, float, float } %1253, 0
	%1255 = extractvalue { float, float, float, float } %1253, 1
	%1256 = extractvalue { float, float, float, float } %1253, 2
	%1257 = extractvalue { float, float, float, float } %1253, 3
	%1258 = xor i32 %1075, 64
	%1259 = add i32 %1258, u0x1000
	%1260 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1259)
	%1261 = extractvalue { i32, i32, i32, i32 } %1260, 0
	%1262 = extractvalue { i32, i32, i32, i32 } %1260, 1
	%1263 = extractvalue { i32, i32, i32, i32 } %1260, 2
	%1264 = extractvalue { i32, i32, i32, i32 } %1260, 3
	%1265 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1220, i32 %1221, i32 %1222, i32 %1223, i32 %1261, i32 %1262, float %1194, float %1195, float %1196, float %1197)
	%1266 = extractvalue { float, float, float, float } %1265, 0
	%1267 = extractvalue { float, float, float, float } %1265, 1
	%1268 = extractvalue { float, float, float, float } %1265, 2
	%1269 = extractvalue { float, float, float, float } %1265, 3
	%1270 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1220, i32 %1221, i32 %1222, i32 %1223, i32 %1263, i32 %1264, float %1199, float %1200, float %1201, float %1202)
	%1271 = extractvalue { float, float, float, float } %1270, 0
	%1272 = extractvalue { float, float, float, float } %1270, 1
	%1273 = extractvalue { float, float, float, float } %1270, 2
	%1274 = extractvalue { float, float, float, float } %1270, 3
	%1275 = xor i32 %1075, 96
	%1276 = add i32 %1275, u0x1000
	%1277 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1276)
	%1278 = extractvalue { i32, i32, i32, i32 } %1277, 0
	%1279 = extractvalue { i32, i32, i32, i32 } %1277, 1
	%1280 = extractvalue { i32, i32, i32, i32 } %1277, 2
	%1281 = extractvalue { i32, i32, i32, i32 } %1277, 3
	%1282 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1220, i32 %1221, i32 %1222, i32 %1223, i32 %1278, i32 %1279, float %1211, float %1212, float %1213, float %1214)
	%1283 = extractvalue { float, float, float, float } %1282, 0
	%1284 = extractvalue { float, float, float, float } %1282, 1
	%1285 = extractvalue { float, float, float, float } %1282, 2
	%1286 = extractvalue { float, float, float, float } %1282, 3
	%1287 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1220, i32 %1221, i32 %1222, i32 %1223, i32 %1280, i32 %1281, float %1216, float %1217, float %1218, float %1219)
	%1288 = extractvalue { float, float, float, float } %1287, 0
	%1289 = extractvalue { float, float, float, float } %1287, 1
	%1290 = extractvalue { float, float, float, float } %1287, 2
	%1291 = extractvalue { float, float, float, float } %1287, 3
	%1292 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %944, float %942)
	%1293 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %996, float %994)
	%1294 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %948, float %946)
	%1295 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1000, float %998)
	%1296 = xor i32 %1075, 0
	%1297 = add i32 %1296, 6144
	%1298 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1297)
	%1299 = extractvalue { i32, i32, i32, i32 } %1298, 0
	%1300 = extractvalue { i32, i32, i32, i32 } %1298, 1
	%1301 = extractvalue { i32, i32, i32, i32 } %1298, 2
	%1302 = extractvalue { i32, i32, i32, i32 } %1298, 3
	%1303 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1292, i32 %1293, i32 %1294, i32 %1295, i32 %1299, i32 %1300, float %1232, float %1233, float %1234, float %1235)
	%1304 = extractvalue { float, float, float, float } %1303, 0
	%1305 = extractvalue { float, float, float, float } %1303, 1
	%1306 = extractvalue { float, float, float, float } %1303, 2
	%1307 = extractvalue { float, float, float, float } %1303, 3
	%1308 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1292, i32 %1293, i32 %1294, i32 %1295, i32 %1301, i32 %1302, float %1237, float %1238, float %1239, float %1240)
	%1309 = extractvalue { float, float, float, float } %1308, 0
	%1310 = extractvalue { float, float, float, float } %1308, 1
	%1311 = extractvalue { float, float, float, float } %1308, 2
	%1312 = extractvalue { float, float, float, float } %1308, 3
	%1313 = xor i32 %1075, 32
	%1314 = add i32 %1313, 6144
	%1315 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1314)
	%1316 = extractvalue { i32, i32, i32, i32 } %1315, 0
	%1317 = extractvalue { i32, i32, i32, i32 } %1315, 1
	%1318 = extractvalue { i32, i32, i32, i32 } %1315, 2
	%1319 = extractvalue { i32, i32, i32, i32 } %1315, 3
	%1320 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1292, i32 %1293, i32 %1294, i32 %1295, i32 %1316, i32 %1317, float %1249, float %1250, float %1251, float %1252)
	%1321 = extractvalue { float, float, float, float } %1320, 0
	%1322 = extractvalue { float, float, float, float } %1320, 1
	%1323 = extractvalue { float, float, float, float } %1320, 2
	%1324 = extractvalue { float, float, float, float } %1320, 3
	%1325 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1292, i32 %1293, i32 %1294, i32 %1295, i32 %1318, i32 %1319, float %1254, float %1255, float %1256, float %1257)
	%1326 = extractvalue { float, float, float, float } %1325, 0
	%1327 = extractvalue { float, float, float, float } %1325, 1
	%1328 = extractvalue { float, float, float, float } %1325, 2
	%1329 = extractvalue { float, float, float, float } %1325, 3
	%1330 = xor i32 %1075, 64
	%1331 = add i32 %1330, 6144
	%1332 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1331)
	%1333 = extractvalue { i32, i32, i32, i32 } %1332, 0
	%1334 = extractvalue { i32, i32, i32, i32 } %1332, 1
	%1335 = extractvalue { i32, i32, i32, i32 } %1332, 2
	%1336 = extractvalue { i32, i32, i32, i32 } %1332, 3
	%1337 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1292, i32 %1293, i32 %1294, i32 %1295, i32 %1333, i32 %1334, float %1266, float %1267, float %1268, float %1269)
	%1338 = extractvalue { float, float, float, float } %1337, 0
	%1339 = extractvalue { float, float, float, float } %1337, 1
	%1340 = extractvalue { float, float, float, float } %1337, 2
	%1341 = extractvalue { float, float, float, float } %1337, 3
	%1342 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1292, i32 %1293, i32 %1294, i32 %1295, i32 %1335, i32 %1336, float %1271, float %1272, float %1273, float %1274)
	%1343 = extractvalue { float, float, float, float } %1342, 0
	%1344 = extractvalue { float, float, float, float } %1342, 1
	%1345 = extractvalue { float, float, float, float } %1342, 2
	%1346 = extractvalue { float, float, float, float } %1342, 3
	%1347 = xor i32 %1075, 96
	%1348 = add i32 %1347, 6144
	%1349 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1348)
	%1350 = extractvalue { i32, i32, i32, i32 } %1349, 0
	%1351 = extractvalue { i32, i32, i32, i32 } %1349, 1
	%1352 = extractvalue { i32, i32, i32, i32 } %1349, 2
	%1353 = extractvalue { i32, i32, i32, i32 } %1349, 3
	%1354 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1292, i32 %1293, i32 %1294, i32 %1295, i32 %1350, i32 %1351, float %1283, float %1284, float %1285, float %1286)
	%1355 = extractvalue { float, float, float, float } %1354, 0
	%1356 = extractvalue { float, float, float, float } %1354, 1
	%1357 = extractvalue { float, float, float, float } %1354, 2
	%1358 = extractvalue { float, float, float, float } %1354, 3
	%1359 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1292, i32 %1293, i32 %1294, i32 %1295, i32 %1352, i32 %1353, float %1288, float %1289, float %1290, float %1291)
	%1360 = extractvalue { float, float, float, float } %1359, 0
	%1361 = extractvalue { float, float, float, float } %1359, 1
	%1362 = extractvalue { float, float, float, float } %1359, 2
	%1363 = extractvalue { float, float, float, float } %1359, 3
	br i1 %1025, label %loop, label %epilogue

store0:
	%1364 = mul i32 %22, %M
	%1365 = add i32 %1364, %576
	%1366 = mul i32 %1365, 64
	%1367 = shl i32 %6, 1
	%1368 = add i32 0, %1367
	%1369 = add i32 %1366, %1368
	%1370 = sext i32 %1369 to i64
	%1371 = getelementptr float, float* %out, i64 %1370
	store float %577, float* %1371
	%1372 = getelementptr float, float* %1371, i32 1
	store float %578, float* %1372
	%1373 = shl i32 %6, 1
	%1374 = add i32 8, %1373
	%1375 = add i32 %1366, %1374
	%1376 = sext i32 %1375 to i64
	%1377 = getelementptr float, float* %out, i64 %1376
	store float %579, float* %1377
	%1378 = getelementptr float, float* %1377, i32 1
	store float %580, float* %1378
	%1379 = shl i32 %6, 1
	%1380 = add i32 16, %1379
	%1381 = add i32 %1366, %1380
	%1382 = sext i32 %1381 to i64
	%1383 = getelementptr float, float* %out, i64 %1382
	store float %581, float* %1383
	%1384 = getelementptr float, float* %1383, i32 1
	store float %582, float* %1384
	%1385 = shl i32 %6, 1
	%1386 = add i32 24, %1385
	%1387 = add i32 %1366, %1386
	%1388 = sext i32 %1387 to i64
	%1389 = getelementptr float, float* %out, i64 %1388
	store float %583, float* %1389
	%1390 = getelementptr float, float* %1389, i32 1
	store float %584, float* %1390
	%1391 = shl i32 %6, 1
	%1392 = add i32 32, %1391
	%1393 = add i32 %1366, %1392
	%1394 = sext i32 %1393 to i64
	%1395 = getelementptr float, float* %out, i64 %1394
	store float %585, float* %1395
	%1396 = getelementptr float, float* %1395, i32 1
	store float %586, float* %1396
	%1397 = shl i32 %6, 1
	%1398 = add i32 40, %1397
	%1399 = add i32 %1366, %1398
	%1400 = sext i32 %1399 to i64
	%1401 = getelementptr float, float* %out, i64 %1400
	store float %587, float* %1401
	%1402 = getelementptr float, float* %1401, i32 1
	store float %588, float* %1402
	%1403 = shl i32 %6, 1
	%1404 = add i32 48, %1403
	%1405 = add i32 %1366, %1404
	%1406 = sext i32 %1405 to i64
	%1407 = getelementptr float, float* %out, i64 %1406
	store float %589, float* %1407
	%1408 = getelementptr float, float* %1407, i32 1
	store float %590, float* %1408
	%1409 = shl i32 %6, 1
	%1410 = add i32 56, %1409
	%1411 = add i32 %1366, %1410
	%1412 = sext i32 %1411 to i64
	%1413 = getelementptr float, float* %out, i64 %1412
	store float %591, float* %1413
	%1414 = getelementptr float, float* %1413, i32 1
	store float %592, float* %1414
	br label %stored0

stored0:
	%1415 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %532, i32 1, i32 31)
	%1416 = fadd float %532, %1415
	%1417 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1416, i32 2, i32 31)
	%1418 = fadd float %1416, %1417
	%1419 = fcmp ogt float %1418, 0.0
	%1420 = fdiv float 1.0, %1418
	%1421 = select i1 %1419, float %1420, float 0.0
	%1422 = mul i32 %3, 16
	%1423 = add i32 %24, %1422
	%1424 = add i32 %5, 8
	%1425 = add i32 %1423, %1424
	%1426 = fmul float %536, %1421
	%1427 = fmul float %537, %1421
	%1428 = fmul float %540, %1421
	%1429 = fmul float %541, %1421
	%1430 = fmul float %544, %1421
	%1431 = fmul float %545, %1421
	%1432 = fmul float %548, %1421
	%1433 = fmul float %549, %1421
	%1434 = fmul float %552, %1421
	%1435 = fmul float %553, %1421
	%1436 = fmul float %556, %1421
	%1437 = fmul float %557, %1421
	%1438 = fmul float %560, %1421
	%1439 = fmul float %561, %1421
	%1440 = fmul float %564, %1421
	%1441 = fmul float %565, %1421
	%1442 = icmp slt i32 %1425, %M
	br i1 %1442, label %store1, label %stored1

store1:
	%1443 = mul i32 %22, %M
	%1444 = add i32 %1443, %1425
	%1445 = mul i32 %1444, 64
	%1446 = shl i32 %6, 1
	%1447 = add i32 0, %1446
	%1448 = add i32 %1445, %1447
	%1449 = sext i32 %1448 to i64
	%1450 = getelementptr float, float* %out, i64 %1449
	store float %1426, float* %1450
	%1451 = getelementptr float, float* %1450, i32 1
	store float %1427, float* %1451
	%1452 = shl i32 %6, 1
	%1453 = add i32 8, %1452
	%1454 = add i32 %1445, %1453
	%1455 = sext i32 %1454 to i64
	%1456 = getelementptr float, float* %out, i64 %1455
	store float %1428, float* %1456
	%1457 = getelementptr float, float* %1456, i32 1
	store float %1429, float* %1457
	%1458 = shl i32 %6, 1
	%1459 = add i32 16, %1458
	%1460 = add i32 %1445, %1459
	%1461 = sext i32 %1460 to i64
	%1462 = getelementptr float, float* %out, i64 %1461
	store float %1430, float* %1462
	%1463 = getelementptr float, float* %1462, i32 1
	store float %1431, float* %1463
	%1464 = shl i32 %6, 1
	%1465 = add i32 24, %1464
	%1466 = add i32 %1445, %1465
	%1467 = sext i32 %1466 to i64
	%1468 = getelementptr float, float* %out, i64 %1467
	store float %1432, float* %1468
	%1469 = getelementptr float, float* %1468, i32 1
	store float %1433, float* %1469
	%1470 = shl i32 %6, 1
	%1471 = add i32 32, %1470
	%1472 = add i32 %1445, %1471
	%1473 = sext i32 %1472 to i64
	%1474 = getelementptr float, float* %out, i64 %1473
	store float %1434, float* %1474
	%1475 = getelementptr float, float* %1474, i32 1
	store float %1435, float* %1475
	%1476 = shl i32 %6, 1
	%1477 = add i32 40, %1476
	%1478 = add i32 %1445, %1477
	%1479 = sext i32 %1478 to i64
	%1480 = getelementptr float, float* %out, i64 %1479
	store float %1436, float* %1480
	%1481 = getelementptr float, float* %1480, i32 1
	store float %1437, float* %1481
	%1482 = shl i32 %6, 1
	%1483 = add i32 48, %1482
	%1484 = add i32 %1445, %1483
	%1485 = sext i32 %1484 to i64
	%1486 = getelementptr float, float* %out, i64 %1485
	store float %1438, float* %1486
	%1487 = getelementptr float, float* %1486, i32 1
	store float %1439, float* %1487
	%1488 = shl i32 %6, 1
	%1489 = add i32 56, %1488
	%1490 = add i32 %1445, %1489
	%1491 = sext i32 %1490 to i64
	%1492 = getelementptr float, float* %out, i64 %1491
	store float %1440, float* %1492
	%1493 = getelementptr float, float* %1492, i32 1
	store float %1441, float* %1493
	br label %stored1

stored1:
	ret void
}
