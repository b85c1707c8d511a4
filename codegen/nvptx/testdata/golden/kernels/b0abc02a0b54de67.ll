define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
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
	%24 = mul i32 %20, 128
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
	%53 = icmp slt i32 1, %NK
	%54 = and i1 %52, %53
	%55 = select i1 %54, i32 1, i32 0
	%56 = add i32 %41, %55
	%57 = sext i32 %56 to i64
	%58 = getelementptr i32, i32* %list, i64 %57
	%59 = load i32, i32* %58
	%60 = select i1 %54, i32 %59, i32 -1
	%61 = icmp sge i32 %49, 0
	%62 = icmp slt i32 %49, %NK
	%63 = and i1 %61, %62
	%64 = select i1 %63, i32 %49, i32 0
	%65 = add i32 %45, %64
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = lshr i32 %2, 3
	%70 = and i32 %2, 7
	%71 = and i32 %69, 7
	%72 = xor i32 %70, %71
	%73 = mul i32 %69, 8
	%74 = add i32 %73, %72
	%75 = shl i32 %74, 4
	%76 = add i32 %0, %75
	%77 = add i32 %24, %69
	%78 = mul i32 %77, 64
	%79 = mul i32 %70, 8
	%80 = add i32 %78, %79
	%81 = sext i32 %80 to i64
	%82 = getelementptr i16, i16* %28, i64 %81
	%83 = add i32 %77, 0
	%84 = icmp slt i32 %83, %M
	%85 = getelementptr i16, i16* %82, i64 0
	%86 = select i1 %84, i16* %85, i16* %28
	%87 = add i32 %76, 0
	%88 = select i1 %84, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %87, i16* %86, i32 %88)
	%89 = add i32 %77, 32
	%90 = icmp slt i32 %89, %M
	%91 = getelementptr i16, i16* %82, i64 2048
	%92 = select i1 %90, i16* %91, i16* %28
	%93 = add i32 %76, u0x1000
	%94 = select i1 %90, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %93, i16* %92, i32 %94)
	%95 = add i32 %77, 64
	%96 = icmp slt i32 %95, %M
	%97 = getelementptr i16, i16* %82, i64 u0x1000
	%98 = select i1 %96, i16* %97, i16* %28
	%99 = add i32 %76, u0x2000
	%100 = select i1 %96, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %99, i16* %98, i32 %100)
	%101 = add i32 %77, 96
	%102 = icmp slt i32 %101, %M
	%103 = getelementptr i16, i16* %82, i64 6144
	%104 = select i1 %102, i16* %103, i16* %28
	%105 = add i32 %76, 12288
	%106 = select i1 %102, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %105, i16* %104, i32 %106)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %52, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%107 = and i32 %4, 7
	%108 = lshr i32 %4, 3
	%109 = and i32 %108, 1
	%110 = shl i32 %109, 3
	%111 = add i32 %107, %110
	%112 = lshr i32 %4, 4
	%113 = mul i32 %3, 16
	%114 = add i32 %111, 0
	%115 = add i32 %113, %114
	%116 = mul i32 %115, 128
	%117 = add i32 %0, %116
	%118 = and i32 %4, 7
	%119 = xor i32 %112, %118
	%120 = shl i32 %119, 4
	%121 = add i32 %117, %120
	%122 = xor i32 %121, 0
	%123 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %122)
	%124 = extractvalue { i32, i32, i32, i32 } %123, 0
	%125 = extractvalue { i32, i32, i32, i32 } %123, 1
	%126 = extractvalue { i32, i32, i32, i32 } %123, 2
	%127 = extractvalue { i32, i32, i32, i32 } %123, 3
	%128 = xor i32 %121, 32
	%129 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %128)
	%130 = extractvalue { i32, i32, i32, i32 } %129, 0
	%131 = extractvalue { i32, i32, i32, i32 } %129, 1
	%132 = extractvalue { i32, i32, i32, i32 } %129, 2
	%133 = extractvalue { i32, i32, i32, i32 } %129, 3
	%134 = xor i32 %121, 64
	%135 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %134)
	%136 = extractvalue { i32, i32, i32, i32 } %135, 0
	%137 = extractvalue { i32, i32, i32, i32 } %135, 1
	%138 = extractvalue { i32, i32, i32, i32 } %135, 2
	%139 = extractvalue { i32, i32, i32, i32 } %135, 3
	%140 = xor i32 %121, 96
	%141 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %140)
	%142 = extractvalue { i32, i32, i32, i32 } %141, 0
	%143 = extractvalue { i32, i32, i32, i32 } %141, 1
	%144 = extractvalue { i32, i32, i32, i32 } %141, 2
	%145 = extractvalue { i32, i32, i32, i32 } %141, 3
	call void @llvm.nvvm.barrier0()
	%146 = mul i32 %49, 64
	%147 = lshr i32 %2, 3
	%148 = and i32 %2, 7
	%149 = and i32 %147, 7
	%150 = xor i32 %148, %149
	%151 = mul i32 %147, 8
	%152 = add i32 %151, %150
	%153 = shl i32 %152, 4
	%154 = add i32 %0, %153
	%155 = add i32 %146, %147
	%156 = mul i32 %155, 64
	%157 = mul i32 %148, 8
	%158 = add i32 %156, %157
	%159 = sext i32 %158 to i64
	%160 = getelementptr i16, i16* %32, i64 %159
	%161 = add i32 %155, 0
	%162 = icmp slt i32 %161, %N
	%163 = getelementptr i16, i16* %160, i64 0
	%164 = select i1 %162, i16* %163, i16* %32
	%165 = add i32 %154, 0
	%166 = select i1 %162, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %165, i16* %164, i32 %166)
	%167 = add i32 %155, 32
	%168 = icmp slt i32 %167, %N
	%169 = getelementptr i16, i16* %160, i64 2048
	%170 = select i1 %168, i16* %169, i16* %32
	%171 = add i32 %154, u0x1000
	%172 = select i1 %168, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%173 = phi i32 [ 0, %prologue ], [ %1231, %pv ]
	%174 = phi i32 [ %49, %prologue ], [ %175, %pv ]
	%175 = phi i32 [ %60, %prologue ], [ %1241, %pv ]
	%176 = phi i8 [ %68, %prologue ], [ %1249, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1516, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1517, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1518, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1519, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1521, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1522, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1523, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1524, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1533, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1534, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1535, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1536, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1538, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1539, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1540, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1541, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1550, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1551, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1552, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1553, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1555, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1556, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1557, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1558, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1567, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1568, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1569, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1570, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1572, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1573, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1574, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1575, %pv ]
	%209 = phi float [ 0xFFF0000000000000, %prologue ], [ %1127, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1178, %pv ]
	%211 = phi float [ 0xFFF0000000000000, %prologue ], [ %1179, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1230, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%213 = mul i32 %174, 64
	%214 = lshr i32 %2, 3
	%215 = and i32 %2, 7
	%216 = and i32 %214, 7
	%217 = xor i32 %215, %216
	%218 = mul i32 %214, 8
	%219 = add i32 %218, %217
	%220 = shl i32 %219, 4
	%221 = add i32 %1, %220
	%222 = add i32 %213, %214
	%223 = mul i32 %222, 64
	%224 = mul i32 %215, 8
	%225 = add i32 %223, %224
	%226 = sext i32 %225 to i64
	%227 = getelementptr i16, i16* %36, i64 %226
	%228 = add i32 %222, 0
	%229 = icmp slt i32 %228, %N
	%230 = getelementptr i16, i16* %227, i64 0
	%231 = select i1 %229, i16* %230, i16* %36
	%232 = add i32 %221, 0
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	%234 = add i32 %222, 32
	%235 = icmp slt i32 %234, %N
	%236 = getelementptr i16, i16* %227, i64 2048
	%237 = select i1 %235, i16* %236, i16* %36
	%238 = add i32 %221, u0x1000
	%239 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %238, i16* %237, i32 %239)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%240 = and i32 %4, 7
	%241 = shl i32 %112, 3
	%242 = add i32 %240, %241
	%243 = lshr i32 %4, 3
	%244 = and i32 %243, 1
	%245 = mul i32 %242, 128
	%246 = add i32 %0, %245
	%247 = and i32 %4, 7
	%248 = xor i32 %244, %247
	%249 = shl i32 %248, 4
	%250 = add i32 %246, %249
	%251 = xor i32 %250, 0
	%252 = add i32 %251, 0
	%253 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %252)
	%254 = extractvalue { i32, i32, i32, i32 } %253, 0
	%255 = extractvalue { i32, i32, i32, i32 } %253, 1
	%256 = extractvalue { i32, i32, i32, i32 } %253, 2
	%257 = extractvalue { i32, i32, i32, i32 } %253, 3
	%258 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %254, i32 %255, float 0.0, float 0.0, float 0.0, float 0.0)
	%259 = extractvalue { float, float, float, float } %258, 0
	%260 = extractvalue { float, float, float, float } %258, 1
	%261 = extractvalue { float, float, float, float } %258, 2
	%262 = extractvalue { float, float, float, float } %258, 3
	%263 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %256, i32 %257, float 0.0, float 0.0, float 0.0, float 0.0)
	%264 = extractvalue { float, float, float, float } %263, 0
	%265 = extractvalue { float, float, float, float } %263, 1
	%266 = extractvalue { float, float, float, float } %263, 2
	%267 = extractvalue { float, float, float, float } %263, 3
	%268 = add i32 %251, 2048
	%269 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %268)
	%270 = extractvalue { i32, i32, i32, i32 } %269, 0
	%271 = extractvalue { i32, i32, i32, i32 } %269, 1
	%272 = extractvalue { i32, i32, i32, i32 } %269, 2
	%273 = extractvalue { i32, i32, i32, i32 } %269, 3
	%274 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %270, i32 %271, float 0.0, float 0.0, float 0.0, float 0.0)
	%275 = extractvalue { float, float, float, float } %274, 0
	%276 = extractvalue { float, float, float, float } %274, 1
	%277 = extractvalue { float, float, float, float } %274, 2
	%278 = extractvalue { float, float, float, float } %274, 3
	%279 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %272, i32 %273, float 0.0, float 0.0, float 0.0, float 0.0)
	%280 = extractvalue { float, float, float, float } %279, 0
	%281 = extractvalue { float, float, float, float } %279, 1
	%282 = extractvalue { float, float, float, float } %279, 2
	%283 = extractvalue { float, float, float, float } %279, 3
	%284 = add i32 %251, u0x1000
	%285 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %284)
	%286 = extractvalue { i32, i32, i32, i32 } %285, 0
	%287 = extractvalue { i32, i32, i32, i32 } %285, 1
	%288 = extractvalue { i32, i32, i32, i32 } %285, 2
	%289 = extractvalue { i32, i32, i32, i32 } %285, 3
	%290 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %286, i32 %287, float 0.0, float 0.0, float 0.0, float 0.0)
	%291 = extractvalue { float, float, float, float } %290, 0
	%292 = extractvalue { float, float, float, float } %290, 1
	%293 = extractvalue { float, float, float, float } %290, 2
	%294 = extractvalue { float, float, float, float } %290, 3
	%295 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %288, i32 %289, float 0.0, float 0.0, float 0.0, float 0.0)
	%296 = extractvalue { float, float, float, float } %295, 0
	%297 = extractvalue { float, float, float, float } %295, 1
	%298 = extractvalue { float, float, float, float } %295, 2
	%299 = extractvalue { float, float, float, float } %295, 3
	%300 = add i32 %251, 6144
	%301 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %300)
	%302 = extractvalue { i32, i32, i32, i32 } %301, 0
	%303 = extractvalue { i32, i32, i32, i32 } %301, 1
	%304 = extractvalue { i32, i32, i32, i32 } %301, 2
	%305 = extractvalue { i32, i32, i32, i32 } %301, 3
	%306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %302, i32 %303, float 0.0, float 0.0, float 0.0, float 0.0)
	%307 = extractvalue { float, float, float, float } %306, 0
	%308 = extractvalue { float, float, float, float } %306, 1
	%309 = extractvalue { float, float, float, float } %306, 2
	%310 = extractvalue { float, float, float, float } %306, 3
	%311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %304, i32 %305, float 0.0, float 0.0, float 0.0, float 0.0)
	%312 = extractvalue { float, float, float, float } %311, 0
	%313 = extractvalue { float, float, float, float } %311, 1
	%314 = extractvalue { float, float, float, float } %311, 2
	%315 = extractvalue { float, float, float, float } %311, 3
	%316 = xor i32 %250, 32
	%317 = add i32 %316, 0
	%318 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %317)
	%319 = extractvalue { i32, i32, i32, i32 } %318, 0
	%320 = extractvalue { i32, i32, i32, i32 } %318, 1
	%321 = extractvalue { i32, i32, i32, i32 } %318, 2
	%322 = extractvalue { i32, i32, i32, i32 } %318, 3
	%323 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %319, i32 %320, float %259, float %260, float %261, float %262)
	%324 = extractvalue { float, float, float, float } %323, 0
	%325 = extractvalue { float, float, float, float } %323, 1
	%326 = extractvalue { float, float, float, float } %323, 2
	%327 = extractvalue { float, float, float, float } %323, 3
	%328 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %321, i32 %322, float %264, float %265, float %266, float %267)
	%329 = extractvalue { float, float, float, float } %328, 0
	%330 = extractvalue { float, float, float, float } %328, 1
	%331 = extractvalue { float, float, float, float } %328, 2
	%332 = extractvalue { float, float, float, float } %328, 3
	%333 = add i32 %316, 2048
	%334 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %333)
	%335 = extractvalue { i32, i32, i32, i32 } %334, 0
	%336 = extractvalue { i32, i32, i32, i32 } %334, 1
	%337 = extractvalue { i32, i32, i32, i32 } %334, 2
	%338 = extractvalue { i32, i32, i32, i32 } %334, 3
	%339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %335, i32 %336, float %275, float %276, float %277, float %278)
	%340 = extractvalue { float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float } %339, 3
	%344 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %337, i32 %338, float %280, float %281, float %282, float %283)
	%345 = extractvalue { float, float, float, float } %344, 0
	%346 = extractvalue { float, float, float, float } %344, 1
	%347 = extractvalue { float, float, float, float } %344, 2
	%348 = extractvalue { float, float, float, float } %344, 3
	%349 = add i32 %316, u0x1000
	%350 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %349)
	%351 = extractvalue { i32, i32, i32, i32 } %350, 0
	%352 = extractvalue { i32, i32, i32, i32 } %350, 1
	%353 = extractvalue { i32, i32, i32, i32 } %350, 2
	%354 = extractvalue { i32, i32, i32, i32 } %350, 3
	%355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %351, i32 %352, float %291, float %292, float %293, float %294)
	%356 = extractvalue { float, float, float, float } %355, 0
	%357 = extractvalue { float, float, float, float } %355, 1
	%358 = extractvalue { float, float, float, float } %355, 2
	%359 = extractvalue { float, float, float, float } %355, 3
	%360 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %353, i32 %354, float %296, float %297, float %298, float %299)
	%361 = extractvalue { float, float, float, float } %360, 0
	%362 = extractvalue { float, float, float, float } %360, 1
	%363 = extractvalue { float, float, float, float } %360, 2
	%364 = extractvalue { float, float, float, float } %360, 3
	%365 = add i32 %316, 6144
	%366 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %365)
	%367 = extractvalue { i32, i32, i32, i32 } %366, 0
	%368 = extractvalue { i32, i32, i32, i32 } %366, 1
	%369 = extractvalue { i32, i32, i32, i32 } %366, 2
	%370 = extractvalue { i32, i32, i32, i32 } %366, 3
	%371 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %367, i32 %368, float %307, float %308, float %309, float %310)
	%372 = extractvalue { float, float, float, float } %371, 0
	%373 = extractvalue { float, float, float, float } %371, 1
	%374 = extractvalue { float, float, float, float } %371, 2
	%375 = extractvalue { float, float, float, float } %371, 3
	%376 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %369, i32 %370, float %312, float %313, float %314, float %315)
	%377 = extractvalue { float, float, float, float } %376, 0
	%378 = extractvalue { float, float, float, float } %376, 1
	%379 = extractvalue { float, float, float, float } %376, 2
	%380 = extractvalue { float, float, float, float } %376, 3
	%381 = xor i32 %250, 64
	%382 = add i32 %381, 0
	%383 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %382)
	%384 = extractvalue { i32, i32, i32, i32 } %383, 0
	%385 = extractvalue { i32, i32, i32, i32 } %383, 1
	%386 = extractvalue { i32, i32, i32, i32 } %383, 2
	%387 = extractvalue { i32, i32, i32, i32 } %383, 3
	%388 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %384, i32 %385, float %324, float %325, float %326, float %327)
	%389 = extractvalue { float, float, float, float } %388, 0
	%390 = extractvalue { float, float, float, float } %388, 1
	%391 = extractvalue { float, float, float, float } %388, 2
	%392 = extractvalue { float, float, float, float } %388, 3
	%393 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %386, i32 %387, float %329, float %330, float %331, float %332)
	%394 = extractvalue { float, float, float, float } %393, 0
	%395 = extractvalue { float, float, float, float } %393, 1
	%396 = extractvalue { float, float, float, float } %393, 2
	%397 = extractvalue { float, float, float, float } %393, 3
	%398 = add i32 %381, 2048
	%399 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %398)
	%400 = extractvalue { i32, i32, i32, i32 } %399, 0
	%401 = extractvalue { i32, i32, i32, i32 } %399, 1
	%402 = extractvalue { i32, i32, i32, i32 } %399, 2
	%403 = extractvalue { i32, i32, i32, i32 } %399, 3
	%404 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %400, i32 %401, float %340, float %341, float %342, float %343)
	%405 = extractvalue { float, float, float, float } %404, 0
	%406 = extractvalue { float, float, float, float } %404, 1
	%407 = extractvalue { float, float, float, float } %404, 2
	%408 = extractvalue { float, float, float, float } %404, 3
	%409 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %402, i32 %403, float %345, float %346, float %347, float %348)
	%410 = extractvalue { float, float, float, float } %409, 0
	%411 = extractvalue { float, float, float, float } %409, 1
	%412 = extractvalue { float, float, float, float } %409, 2
	%413 = extractvalue { float, float, float, float } %409, 3
	%414 = add i32 %381, u0x1000
	%415 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %414)
	%416 = extractvalue { i32, i32, i32, i32 } %415, 0
	%417 = extractvalue { i32, i32, i32, i32 } %415, 1
	%418 = extractvalue { i32, i32, i32, i32 } %415, 2
	%419 = extractvalue { i32, i32, i32, i32 } %415, 3
	%420 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %416, i32 %417, float %356, float %357, float %358, float %359)
	%421 = extractvalue { float, float, float, float } %420, 0
	%422 = extractvalue { float, float, float, float } %420, 1
	%423 = extractvalue { float, float, float, float } %420, 2
	%424 = extractvalue { float, float, float, float } %420, 3
	%425 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %418, i32 %419, float %361, float %362, float %363, float %364)
	%426 = extractvalue { float, float, float, float } %425, 0
	%427 = extractvalue { float, float, float, float } %425, 1
	%428 = extractvalue { float, float, float, float } %425, 2
	%429 = extractvalue { float, float, float, float } %425, 3
	%430 = add i32 %381, 6144
	%431 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %430)
	%432 = extractvalue { i32, i32, i32, i32 } %431, 0
	%433 = extractvalue { i32, i32, i32, i32 } %431, 1
	%434 = extractvalue { i32, i32, i32, i32 } %431, 2
	%435 = extractvalue { i32, i32, i32, i32 } %431, 3
	%436 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %432, i32 %433, float %372, float %373, float %374, float %375)
	%437 = extractvalue { float, float, float, float } %436, 0
	%438 = extractvalue { float, float, float, float } %436, 1
	%439 = extractvalue { float, float, float, float } %436, 2
	%440 = extractvalue { float, float, float, float } %436, 3
	%441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %434, i32 %435, float %377, float %378, float %379, float %380)
	%442 = extractvalue { float, float, float, float } %441, 0
	%443 = extractvalue { float, float, float, float } %441, 1
	%444 = extractvalue { float, float, float, float } %441, 2
	%445 = extractvalue { float, float, float, float } %441, 3
	%446 = xor i32 %250, 96
	%447 = add i32 %446, 0
	%448 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %447)
	%449 = extractvalue { i32, i32, i32, i32 } %448, 0
	%450 = extractvalue { i32, i32, i32, i32 } %448, 1
	%451 = extractvalue { i32, i32, i32, i32 } %448, 2
	%452 = extractvalue { i32, i32, i32, i32 } %448, 3
	%453 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %449, i32 %450, float %389, float %390, float %391, float %392)
	%454 = extractvalue { float, float, float, float } %453, 0
	%455 = extractvalue { float, float, float, float } %453, 1
	%456 = extractvalue { float, float, float, float } %453, 2
	%457 = extractvalue { float, float, float, float } %453, 3
	%458 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %451, i32 %452, float %394, float %395, float %396, float %397)
	%459 = extractvalue { float, float, float, float } %458, 0
	%460 = extractvalue { float, float, float, float } %458, 1
	%461 = extractvalue { float, float, float, float } %458, 2
	%462 = extractvalue { float, float, float, float } %458, 3
	%463 = add i32 %446, 2048
	%464 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %463)
	%465 = extractvalue { i32, i32, i32, i32 } %464, 0
	%466 = extractvalue { i32, i32, i32, i32 } %464, 1
	%467 = extractvalue { i32, i32, i32, i32 } %464, 2
	%468 = extractvalue { i32, i32, i32, i32 } %464, 3
	%469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %465, i32 %466, float %405, float %406, float %407, float %408)
	%470 = extractvalue { float, float, float, float } %469, 0
	%471 = extractvalue { float, float, float, float } %469, 1
	%472 = extractvalue { float, float, float, float } %469, 2
	%473 = extractvalue { float, float, float, float } %469, 3
	%474 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %467, i32 %468, float %410, float %411, float %412, float %413)
	%475 = extractvalue { float, float, float, float } %474, 0
	%476 = extractvalue { float, float, float, float } %474, 1
	%477 = extractvalue { float, float, float, float } %474, 2
	%478 = extractvalue { float, float, float, float } %474, 3
	%479 = add i32 %446, u0x1000
	%480 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %479)
	%481 = extractvalue { i32, i32, i32, i32 } %480, 0
	%482 = extractvalue { i32, i32, i32, i32 } %480, 1
	%483 = extractvalue { i32, i32, i32, i32 } %480, 2
	%484 = extractvalue { i32, i32, i32, i32 } %480, 3
	%485 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %481, i32 %482, float %421, float %422, float %423, float %424)
	%486 = extractvalue { float, float, float, float } %485, 0
	%487 = extractvalue { float, float, float, float } %485, 1
	%488 = extractvalue { float, float, float, float } %485, 2
	%489 = extractvalue { float, float, float, float } %485, 3
	%490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %483, i32 %484, float %426, float %427, float %428, float %429)
	%491 = extractvalue { float, float, float, float } %490, 0
	%492 = extractvalue { float, float, float, float } %490, 1
	%493 = extractvalue { float, float, float, float } %490, 2
	%494 = extractvalue { float, float, float, float } %490, 3
	%495 = add i32 %446, 6144
	%496 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %495)
	%497 = extractvalue { i32, i32, i32, i32 } %496, 0
	%498 = extractvalue { i32, i32, i32, i32 } %496, 1
	%499 = extractvalue { i32, i32, i32, i32 } %496, 2
	%500 = extractvalue { i32, i32, i32, i32 } %496, 3
	%501 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %497, i32 %498, float %437, float %438, float %439, float %440)
	%502 = extractvalue { float, float, float, float } %501, 0
	%503 = extractvalue { float, float, float, float } %501, 1
	%504 = extractvalue { float, float, float, float } %501, 2
	%505 = extractvalue { float, float, float, float } %501, 3
	%506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %499, i32 %500, float %442, float %443, float %444, float %445)
	%507 = extractvalue { float, float, float, float } %506, 0
	%508 = extractvalue { float, float, float, float } %506, 1
	%509 = extractvalue { float, float, float, float } %506, 2
	%510 = extractvalue { float, float, float, float } %506, 3
	%511 = mul i32 %3, 16
	%512 = add i32 %24, %511
	%513 = add i32 %5, 0
	%514 = add i32 %512, %513
	%515 = mul i32 %3, 16
	%516 = add i32 %24, %515
	%517 = add i32 %5, 8
	%518 = add i32 %516, %517
	%519 = sitofp i32 %22 to float
	%520 = icmp ne i8 %176, 2
	br i1 %520, label %partial, label %softmax

epilogue:
	%521 = phi float [ 0.0, %entry ], [ %1178, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1230, %pv ]
	%523 = phi i32 [ 0, %entry ], [ %1231, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1516, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1517, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1518, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1519, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1521, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1522, %pv ]
	%530 = phi float [ 0.0, %entry ], [ %1523, %pv ]
	%531 = phi float [ 0.0, %entry ], [ %1524, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1533, %pv ]
	%533 = phi float [ 0.0, %entry ], [ %1534, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1535, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1536, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1538, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1539, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1540, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1541, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1550, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1551, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1552, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1553, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1555, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1556, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1557, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1558, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1567, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1568, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1569, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1570, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1572, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1573, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1574, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1575, %pv ]
	%556 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %521, i32 1, i32 31)
	%557 = fadd float %521, %556
	%558 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %557, i32 2, i32 31)
	%559 = fadd float %557, %558
	%560 = fcmp ogt float %559, 0.0
	%561 = fdiv float 1.0, %559
	%562 = select i1 %560, float %561, float 0.0
	%563 = mul i32 %3, 16
	%564 = add i32 %24, %563
	%565 = add i32 %5, 0
	%566 = add i32 %564, %565
	%567 = fmul float %524, %562
	%568 = fmul float %525, %562
	%569 = fmul float %528, %562
	%570 = fmul float %529, %562
	%571 = fmul float %532, %562
	%572 = fmul float %533, %562
	%573 = fmul float %536, %562
	%574 = fmul float %537, %562
	%575 = fmul float %540, %562
	%576 = fmul float %541, %562
	%577 = fmul float %544, %562
	%578 = fmul float %545, %562
	%579 = fmul float %548, %562
	%580 = fmul float %549, %562
	%581 = fmul float %552, %562
	%582 = fmul float %553, %562
	%583 = icmp slt i32 %566, %M
	br i1 %583, label %store0, label %stored0

partial:
	%584 = shl i32 %6, 1
	%585 = add i32 0, %584
	%586 = add i32 %213, %585
	%587 = icmp slt i32 %586, %N
	%588 = select i1 %587, i32 %586, i32 0
	%589 = sitofp i32 %514 to float
	%590 = sitofp i32 %588 to float
	%591 = fcmp ole float %590, %589
	%592 = uitofp i1 %591 to float
	%593 = fcmp une float %592, 0.0
	%594 = and i1 %587, %593
	%595 = select i1 %594, float %454, float 0xFFF0000000000000
	%596 = shl i32 %6, 1
	%597 = add i32 1, %596
	%598 = add i32 %213, %597
	%599 = icmp slt i32 %598, %N
	%600 = select i1 %599, i32 %598, i32 0
	%601 = sitofp i32 %514 to float
	%602 = sitofp i32 %600 to float
	%603 = fcmp ole float %602, %601
	%604 = uitofp i1 %603 to float
	%605 = fcmp une float %604, 0.0
	%606 = and i1 %599, %605
	%607 = select i1 %606, float %455, float 0xFFF0000000000000
	%608 = shl i32 %6, 1
	%609 = add i32 0, %608
	%610 = add i32 %213, %609
	%611 = icmp slt i32 %610, %N
	%612 = select i1 %611, i32 %610, i32 0
	%613 = sitofp i32 %518 to float
	%614 = sitofp i32 %612 to float
	%615 = fcmp ole float %614, %613
	%616 = uitofp i1 %615 to float
	%617 = fcmp une float %616, 0.0
	%618 = and i1 %611, %617
	%619 = select i1 %618, float %456, float 0xFFF0000000000000
	%620 = shl i32 %6, 1
	%621 = add i32 1, %620
	%622 = add i32 %213, %621
	%623 = icmp slt i32 %622, %N
	%624 = select i1 %623, i32 %622, i32 0
	%625 = sitofp i32 %518 to float
	%626 = sitofp i32 %624 to float
	%627 = fcmp ole float %626, %625
	%628 = uitofp i1 %627 to float
	%629 = fcmp une float %628, 0.0
	%630 = and i1 %623, %629
	%631 = select i1 %630, float %457, float 0xFFF0000000000000
	%632 = shl i32 %6, 1
	%633 = add i32 8, %632
	%634 = add i32 %213, %633
	%635 = icmp slt i32 %634, %N
	%636 = select i1 %635, i32 %634, i32 0
	%637 = sitofp i32 %514 to float
	%638 = sitofp i32 %636 to float
	%639 = fcmp ole float %638, %637
	%640 = uitofp i1 %639 to float
	%641 = fcmp une float %640, 0.0
	%642 = and i1 %635, %641
	%643 = select i1 %642, float %459, float 0xFFF0000000000000
	%644 = shl i32 %6, 1
	%645 = add i32 9, %644
	%646 = add i32 %213, %645
	%647 = icmp slt i32 %646, %N
	%648 = select i1 %647, i32 %646, i32 0
	%649 = sitofp i32 %514 to float
	%650 = sitofp i32 %648 to float
	%651 = fcmp ole float %650, %649
	%652 = uitofp i1 %651 to float
	%653 = fcmp une float %652, 0.0
	%654 = and i1 %647, %653
	%655 = select i1 %654, float %460, float 0xFFF0000000000000
	%656 = shl i32 %6, 1
	%657 = add i32 8, %656
	%658 = add i32 %213, %657
	%659 = icmp slt i32 %658, %N
	%660 = select i1 %659, i32 %658, i32 0
	%661 = sitofp i32 %518 to float
	%662 = sitofp i32 %660 to float
	%663 = fcmp ole float %662, %661
	%664 = uitofp i1 %663 to float
	%665 = fcmp une float %664, 0.0
	%666 = and i1 %659, %665
	%667 = select i1 %666, float %461, float 0xFFF0000000000000
	%668 = shl i32 %6, 1
	%669 = add i32 9, %668
	%670 = add i32 %213, %669
	%671 = icmp slt i32 %670, %N
	%672 = select i1 %671, i32 %670, i32 0
	%673 = sitofp i32 %518 to float
	%674 = sitofp i32 %672 to float
	%675 = fcmp ole float %674, %673
	%676 = uitofp i1 %675 to float
	%677 = fcmp une float %676, 0.0
	%678 = and i1 %671, %677
	%679 = select i1 %678, float %462, float 0xFFF0000000000000
	%680 = shl i32 %6, 1
	%681 = add i32 16, %680
	%682 = add i32 %213, %681
	%683 = icmp slt i32 %682, %N
	%684 = select i1 %683, i32 %682, i32 0
	%685 = sitofp i32 %514 to float
	%686 = sitofp i32 %684 to float
	%687 = fcmp ole float %686, %685
	%688 = uitofp i1 %687 to float
	%689 = fcmp une float %688, 0.0
	%690 = and i1 %683, %689
	%691 = select i1 %690, float %470, float 0xFFF0000000000000
	%692 = shl i32 %6, 1
	%693 = add i32 17, %692
	%694 = add i32 %213, %693
	%695 = icmp slt i32 %694, %N
	%696 = select i1 %695, i32 %694, i32 0
	%697 = sitofp i32 %514 to float
	%698 = sitofp i32 %696 to float
	%699 = fcmp ole float %698, %697
	%700 = uitofp i1 %699 to float
	%701 = fcmp une float %700, 0.0
	%702 = and i1 %695, %701
	%703 = select i1 %702, float %471, float 0xFFF0000000000000
	%704 = shl i32 %6, 1
	%705 = add i32 16, %704
	%706 = add i32 %213, %705
	%707 = icmp slt i32 %706, %N
	%708 = select i1 %707, i32 %706, i32 0
	%709 = sitofp i32 %518 to float
	%710 = sitofp i32 %708 to float
	%711 = fcmp ole float %710, %709
	%712 = uitofp i1 %711 to float
	%713 = fcmp une float %712, 0.0
	%714 = and i1 %707, %713
	%715 = select i1 %714, float %472, float 0xFFF0000000000000
	%716 = shl i32 %6, 1
	%717 = add i32 17, %716
	%718 = add i32 %213, %717
	%719 = icmp slt i32 %718, %N
	%720 = select i1 %719, i32 %718, i32 0
	%721 = sitofp i32 %518 to float
	%722 = sitofp i32 %720 to float
	%723 = fcmp ole float %722, %721
	%724 = uitofp i1 %723 to float
	%725 = fcmp une float %724, 0.0
	%726 = and i1 %719, %725
	%727 = select i1 %726, float %473, float 0xFFF0000000000000
	%728 = shl i32 %6, 1
	%729 = add i32 24, %728
	%730 = add i32 %213, %729
	%731 = icmp slt i32 %730, %N
	%732 = select i1 %731, i32 %730, i32 0
	%733 = sitofp i32 %514 to float
	%734 = sitofp i32 %732 to float
	%735 = fcmp ole float %734, %733
	%736 = uitofp i1 %735 to float
	%737 = fcmp une float %736, 0.0
	%738 = and i1 %731, %737
	%739 = select i1 %738, float %475, float 0xFFF0000000000000
	%740 = shl i32 %6, 1
	%741 = add i32 25, %740
	%742 = add i32 %213, %741
	%743 = icmp slt i32 %742, %N
	%744 = select i1 %743, i32 %742, i32 0
	%745 = sitofp i32 %514 to float
	%746 = sitofp i32 %744 to float
	%747 = fcmp ole float %746, %745
	%748 = uitofp i1 %747 to float
	%749 = fcmp une float %748, 0.0
	%750 = and i1 %743, %749
	%751 = select i1 %750, float %476, float 0xFFF0000000000000
	%752 = shl i32 %6, 1
	%753 = add i32 24, %752
	%754 = add i32 %213, %753
	%755 = icmp slt i32 %754, %N
	%756 = select i1 %755, i32 %754, i32 0
	%757 = sitofp i32 %518 to float
	%758 = sitofp i32 %756 to float
	%759 = fcmp ole float %758, %757
	%760 = uitofp i1 %759 to float
	%761 = fcmp une float %760, 0.0
	%762 = and i1 %755, %761
	%763 = select i1 %762, float %477, float 0xFFF0000000000000
	%764 = shl i32 %6, 1
	%765 = add i32 25, %764
	%766 = add i32 %213, %765
	%767 = icmp slt i32 %766, %N
	%768 = select i1 %767, i32 %766, i32 0
	%769 = sitofp i32 %518 to float
	%770 = sitofp i32 %768 to float
	%771 = fcmp ole float %770, %769
	%772 = uitofp i1 %771 to float
	%773 = fcmp une float %772, 0.0
	%774 = and i1 %767, %773
	%775 = select i1 %774, float %478, float 0xFFF0000000000000
	%776 = shl i32 %6, 1
	%777 = add i32 32, %776
	%778 = add i32 %213, %777
	%779 = icmp slt i32 %778, %N
	%780 = select i1 %779, i32 %778, i32 0
	%781 = sitofp i32 %514 to float
	%782 = sitofp i32 %780 to float
	%783 = fcmp ole float %782, %781
	%784 = uitofp i1 %783 to float
	%785 = fcmp une float %784, 0.0
	%786 = and i1 %779, %785
	%787 = select i1 %786, float %486, float 0xFFF0000000000000
	%788 = shl i32 %6, 1
	%789 = add i32 33, %788
	%790 = add i32 %213, %789
	%791 = icmp slt i32 %790, %N
	%792 = select i1 %791, i32 %790, i32 0
	%793 = sitofp i32 %514 to float
	%794 = sitofp i32 %792 to float
	%795 = fcmp ole float %794, %793
	%796 = uitofp i1 %795 to float
	%797 = fcmp une float %796, 0.0
	%798 = and i1 %791, %797
	%799 = select i1 %798, float %487, float 0xFFF0000000000000
	%800 = shl i32 %6, 1
	%801 = add i32 32, %800
	%802 = add i32 %213, %801
	%803 = icmp slt i32 %802, %N
	%804 = select i1 %803, i32 %802, i32 0
	%805 = sitofp i32 %518 to float
	%806 = sitofp i32 %804 to float
	%807 = fcmp ole float %806, %805
	%808 = uitofp i1 %807 to float
	%809 = fcmp une float %808, 0.0
	%810 = and i1 %803, %809
	%811 = select i1 %810, float %488, float 0xFFF0000000000000
	%812 = shl i32 %6, 1
	%813 = add i32 33, %812
	%814 = add i32 %213, %813
	%815 = icmp slt i32 %814, %N
	%816 = select i1 %815, i32 %814, i32 0
	%817 = sitofp i32 %518 to float
	%818 = sitofp i32 %816 to float
	%819 = fcmp ole float %818, %817
	%820 = uitofp i1 %819 to float
	%821 = fcmp une float %820, 0.0
	%822 = and i1 %815, %821
	%823 = select i1 %822, float %489, float 0xFFF0000000000000
	%824 = shl i32 %6, 1
	%825 = add i32 40, %824
	%826 = add i32 %213, %825
	%827 = icmp slt i32 %826, %N
	%828 = select i1 %827, i32 %826, i32 0
	%829 = sitofp i32 %514 to float
	%830 = sitofp i32 %828 to float
	%831 = fcmp ole float %830, %829
	%832 = uitofp i1 %831 to float
	%833 = fcmp une float %832, 0.0
	%834 = and i1 %827, %833
	%835 = select i1 %834, float %491, float 0xFFF0000000000000
	%836 = shl i32 %6, 1
	%837 = add i32 41, %836
	%838 = add i32 %213, %837
	%839 = icmp slt i32 %838, %N
	%840 = select i1 %839, i32 %838, i32 0
	%841 = sitofp i32 %514 to float
	%842 = sitofp i32 %840 to float
	%843 = fcmp ole float %842, %841
	%844 = uitofp i1 %843 to float
	%845 = fcmp une float %844, 0.0
	%846 = and i1 %839, %845
	%847 = select i1 %846, float %492, float 0xFFF0000000000000
	%848 = shl i32 %6, 1
	%849 = add i32 40, %848
	%850 = add i32 %213, %849
	%851 = icmp slt i32 %850, %N
	%852 = select i1 %851, i32 %850, i32 0
	%853 = sitofp i32 %518 to float
	%854 = sitofp i32 %852 to float
	%855 = fcmp ole float %854, %853
	%856 = uitofp i1 %855 to float
	%857 = fcmp une float %856, 0.0
	%858 = and i1 %851, %857
	%859 = select i1 %858, float %493, float 0xFFF0000000000000
	%860 = shl i32 %6, 1
	%861 = add i32 41, %860
	%862 = add i32 %213, %861
	%863 = icmp slt i32 %862, %N
	%864 = select i1 %863, i32 %862, i32 0
	%865 = sitofp i32 %518 to float
	%866 = sitofp i32 %864 to float
	%867 = fcmp ole float %866, %865
	%868 = uitofp i1 %867 to float
	%869 = fcmp une float %868, 0.0
	%870 = and i1 %863, %869
	%871 = select i1 %870, float %494, float 0xFFF0000000000000
	%872 = shl i32 %6, 1
	%873 = add i32 48, %872
	%874 = add i32 %213, %873
	%875 = icmp slt i32 %874, %N
	%876 = select i1 %875, i32 %874, i32 0
	%877 = sitofp i32 %514 to float
	%878 = sitofp i32 %876 to float
	%879 = fcmp ole float %878, %877
	%880 = uitofp i1 %879 to float
	%881 = fcmp une float %880, 0.0
	%882 = and i1 %875, %881
	%883 = select i1 %882, float %502, float 0xFFF0000000000000
	%884 = shl i32 %6, 1
	%885 = add i32 49, %884
	%886 = add i32 %213, %885
	%887 = icmp slt i32 %886, %N
	%888 = select i1 %887, i32 %886, i32 0
	%889 = sitofp i32 %514 to float
	%890 = sitofp i32 %888 to float
	%891 = fcmp ole float %890, %889
	%892 = uitofp i1 %891 to float
	%893 = fcmp une float %892, 0.0
	%894 = and i1 %887, %893
	%895 = select i1 %894, float %503, float 0xFFF0000000000000
	%896 = shl i32 %6, 1
	%897 = add i32 48, %896
	%898 = add i32 %213, %897
	%899 = icmp slt i32 %898, %N
	%900 = select i1 %899, i32 %898, i32 0
	%901 = sitofp i32 %518 to float
	%902 = sitofp i32 %900 to float
	%903 = fcmp ole float %902, %901
	%904 = uitofp i1 %903 to float
	%905 = fcmp une float %904, 0.0
	%906 = and i1 %899, %905
	%907 = select i1 %906, float %504, float 0xFFF0000000000000
	%908 = shl i32 %6, 1
	%909 = add i32 49, %908
	%910 = add i32 %213, %909
	%911 = icmp slt i32 %910, %N
	%912 = select i1 %911, i32 %910, i32 0
	%913 = sitofp i32 %518 to float
	%914 = sitofp i32 %912 to float
	%915 = fcmp ole float %914, %913
	%916 = uitofp i1 %915 to float
	%917 = fcmp une float %916, 0.0
	%918 = and i1 %911, %917
	%919 = select i1 %918, float %505, float 0xFFF0000000000000
	%920 = shl i32 %6, 1
	%921 = add i32 56, %920
	%922 = add i32 %213, %921
	%923 = icmp slt i32 %922, %N
	%924 = select i1 %923, i32 %922, i32 0
	%925 = sitofp i32 %514 to float
	%926 = sitofp i32 %924 to float
	%927 = fcmp ole float %926, %925
	%928 = uitofp i1 %927 to float
	%929 = fcmp une float %928, 0.0
	%930 = and i1 %923, %929
	%931 = select i1 %930, float %507, float 0xFFF0000000000000
	%932 = shl i32 %6, 1
	%933 = add i32 57, %932
	%934 = add i32 %213, %933
	%935 = icmp slt i32 %934, %N
	%936 = select i1 %935, i32 %934, i32 0
	%937 = sitofp i32 %514 to float
	%938 = sitofp i32 %936 to float
	%939 = fcmp ole float %938, %937
	%940 = uitofp i1 %939 to float
	%941 = fcmp une float %940, 0.0
	%942 = and i1 %935, %941
	%943 = select i1 %942, float %508, float 0xFFF0000000000000
	%944 = shl i32 %6, 1
	%945 = add i32 56, %944
	%946 = add i32 %213, %945
	%947 = icmp slt i32 %946, %N
	%948 = select i1 %947, i32 %946, i32 0
	%949 = sitofp i32 %518 to float
	%950 = sitofp i32 %948 to float
	%951 = fcmp ole float %950, %949
	%952 = uitofp i1 %951 to float
	%953 = fcmp une float %952, 0.0
	%954 = and i1 %947, %953
	%955 = select i1 %954, float %509, float 0xFFF0000000000000
	%956 = shl i32 %6, 1
	%957 = add i32 57, %956
	%958 = add i32 %213, %957
	%959 = icmp slt i32 %958, %N
	%960 = select i1 %959, i32 %958, i32 0
	%961 = sitofp i32 %518 to float
	%962 = sitofp i32 %960 to float
	%963 = fcmp ole float %962, %961
	%964 = uitofp i1 %963 to float
	%965 = fcmp une float %964, 0.0
	%966 = and i1 %959, %965
	%967 = select i1 %966, float %510, float 0xFFF0000000000000
	br label %softmax

softmax:
	%968 = phi float [ %454, %loop ], [ %595, %partial ]
	%969 = phi float [ %455, %loop ], [ %607, %partial ]
	%970 = phi float [ %456, %loop ], [ %619, %partial ]
	%971 = phi float [ %457, %loop ], [ %631, %partial ]
	%972 = phi float [ %459, %loop ], [ %643, %partial ]
	%973 = phi float [ %460, %loop ], [ %655, %partial ]
	%974 = phi float [ %461, %loop ], [ %667, %partial ]
	%975 = phi float [ %462, %loop ], [ %679, %partial ]
	%976 = phi float [ %470, %loop ], [ %691, %partial ]
	%977 = phi float [ %471, %loop ], [ %703, %partial ]
	%978 = phi float [ %472, %loop ], [ %715, %partial ]
	%979 = phi float [ %473, %loop ], [ %727, %partial ]
	%980 = phi float [ %475, %loop ], [ %739, %partial ]
	%981 = phi float [ %476, %loop ], [ %751, %partial ]
	%982 = phi float [ %477, %loop ], [ %763, %partial ]
	%983 = phi float [ %478, %loop ], [ %775, %partial ]
	%984 = phi float [ %486, %loop ], [ %787, %partial ]
	%985 = phi float [ %487, %loop ], [ %799, %partial ]
	%986 = phi float [ %488, %loop ], [ %811, %partial ]
	%987 = phi float [ %489, %loop ], [ %823, %partial ]
	%988 = phi float [ %491, %loop ], [ %835, %partial ]
	%989 = phi float [ %492, %loop ], [ %847, %partial ]
	%990 = phi float [ %493, %loop ], [ %859, %partial ]
	%991 = phi float [ %494, %loop ], [ %871, %partial ]
	%992 = phi float [ %502, %loop ], [ %883, %partial ]
	%993 = phi float [ %503, %loop ], [ %895, %partial ]
	%994 = phi float [ %504, %loop ], [ %907, %partial ]
	%995 = phi float [ %505, %loop ], [ %919, %partial ]
	%996 = phi float [ %507, %loop ], [ %931, %partial ]
	%997 = phi float [ %508, %loop ], [ %943, %partial ]
	%998 = phi float [ %509, %loop ], [ %955, %partial ]
	%999 = phi float [ %510, %loop ], [ %967, %partial ]
	%1000 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%1001 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%1002 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%1003 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%1004 = call float @llvm.nvvm.fmax.f(float %984, float %985)
	%1005 = call float @llvm.nvvm.fmax.f(float %988, float %989)
	%1006 = call float @llvm.nvvm.fmax.f(float %992, float %993)
	%1007 = call float @llvm.nvvm.fmax.f(float %996, float %997)
	%1008 = call float @llvm.nvvm.fmax.f(float %1000, float %1001)
	%1009 = call float @llvm.nvvm.fmax.f(float %1002, float %1003)
	%1010 = call float @llvm.nvvm.fmax.f(float %1004, float %1005)
	%1011 = call float @llvm.nvvm.fmax.f(float %1006, float %1007)
	%1012 = call float @llvm.nvvm.fmax.f(float %1008, float %1009)
	%1013 = call float @llvm.nvvm.fmax.f(float %1010, float %1011)
	%1014 = call float @llvm.nvvm.fmax.f(float %1012, float %1013)
	%1015 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1014, i32 1, i32 31)
	%1016 = call float @llvm.nvvm.fmax.f(float %1014, float %1015)
	%1017 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1016, i32 2, i32 31)
	%1018 = call float @llvm.nvvm.fmax.f(float %1016, float %1017)
	%1019 = fmul float %1018, 0x3FC7154760000000
	%1020 = call float @llvm.nvvm.fmax.f(float %209, float %1019)
	%1021 = fadd float %209, 8.0
	%1022 = fcmp ogt float %1020, %1021
	%1023 = or i1 false, %1022
	%1024 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%1025 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%1026 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%1027 = call float @llvm.nvvm.fmax.f(float %982, float %983)
	%1028 = call float @llvm.nvvm.fmax.f(float %986, float %987)
	%1029 = call float @llvm.nvvm.fmax.f(float %990, float %991)
	%1030 = call float @llvm.nvvm.fmax.f(float %994, float %995)
	%1031 = call float @llvm.nvvm.fmax.f(float %998, float %999)
	%1032 = call float @llvm.nvvm.fmax.f(float %1024, float %1025)
	%1033 = call float @llvm.nvvm.fmax.f(float %1026, float %1027)
	%1034 = call float @llvm.nvvm.fmax.f(float %1028, float %1029)
	%1035 = call float @llvm.nvvm.fmax.f(float %1030, float %1031)
	%1036 = call float @llvm.nvvm.fmax.f(float %1032, float %1033)
	%1037 = call float @llvm.nvvm.fmax.f(float %1034, float %1035)
	%1038 = call float @llvm.nvvm.fmax.f(float %1036, float %1037)
	%1039 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1038, i32 1, i32 31)
	%1040 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1041 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1040, i32 2, i32 31)
	%1042 = call float @llvm.nvvm.fmax.f(float %1040, float %1041)
	%1043 = fmul float %1042, 0x3FC7154760000000
	%1044 = call float @llvm.nvvm.fmax.f(float %211, float %1043)
	%1045 = fadd float %211, 8.0
	%1046 = fcmp ogt float %1044, %1045
	%1047 = or i1 %1023, %1046
	%1048 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1047)
	br i1 %1048, label %1049, label %1092

1049:
	%1050 = fcmp oeq float %1020, 0xFFF0000000000000
	%1051 = select i1 %1050, float 0.0, float %1020
	%1052 = fsub float %209, %1051
	%1053 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1052)
	%1054 = fcmp oeq float %1044, 0xFFF0000000000000
	%1055 = select i1 %1054, float 0.0, float %1044
	%1056 = fsub float %211, %1055
	%1057 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1056)
	%1058 = fmul float %177, %1053
	%1059 = fmul float %178, %1053
	%1060 = fmul float %179, %1057
	%1061 = fmul float %180, %1057
	%1062 = fmul float %181, %1053
	%1063 = fmul float %182, %1053
	%1064 = fmul float %183, %1057
	%1065 = fmul float %184, %1057
	%1066 = fmul float %185, %1053
	%1067 = fmul float %186, %1053
	%1068 = fmul float %187, %1057
	%1069 = fmul float %188, %1057
	%1070 = fmul float %189, %1053
	%1071 = fmul float %190, %1053
	%1072 = fmul float %191, %1057
	%1073 = fmul float %192, %1057
	%1074 = fmul float %193, %1053
	%1075 = fmul float %194, %1053
	%1076 = fmul float %195, %1057
	%1077 = fmul float %196, %1057
	%1078 = fmul float %197, %1053
	%1079 = fmul float %198, %1053
	%1080 = fmul float %199, %1057
	%1081 = fmul float %200, %1057
	%1082 = fmul float %201, %1053
	%1083 = fmul float %202, %1053
	%1084 = fmul float %203, %1057
	%1085 = fmul float %204, %1057
	%1086 = fmul float %205, %1053
	%1087 = fmul float %206, %1053
	%1088 = fmul float %207, %1057
	%1089 = fmul float %208, %1057
	%1090 = fmul float %210, %1053
	%1091 = fmul float %212, %1057
	br label %1092

1092:
	%1093 = phi float [ %177, %softmax ], [ %1058, %1049 ]
	%1094 = phi float [ %178, %softmax ], [ %1059, %1049 ]
	%1095 = phi float [ %179, %softmax ], [ %1060, %1049 ]
	%1096 = phi float [ %180, %softmax ], [ %1061, %1049 ]
	%1097 = phi float [ %181, %softmax ], [ %1062, %1049 ]
	%1098 = phi float [ %182, %softmax ], [ %1063, %1049 ]
	%1099 = phi float [ %183, %softmax ], [ %1064, %1049 ]
	%1100 = phi float [ %184, %softmax ], [ %1065, %1049 ]
	%1101 = phi float [ %185, %softmax ], [ %1066, %1049 ]
	%1102 = phi float [ %186, %softmax ], [ %1067, %1049 ]
	%1103 = phi float [ %187, %softmax ], [ %1068, %1049 ]
	%1104 = phi float [ %188, %softmax ], [ %1069, %1049 ]
	%1105 = phi float [ %189, %softmax ], [ %1070, %1049 ]
	%1106 = phi float [ %190, %softmax ], [ %1071, %1049 ]
	%1107 = phi float [ %191, %softmax ], [ %1072, %1049 ]
	%1108 = phi float [ %192, %softmax ], [ %1073, %1049 ]
	%1109 = phi float [ %193, %softmax ], [ %1074, %1049 ]
	%1110 = phi float [ %194, %softmax ], [ %1075, %1049 ]
	%1111 = phi float [ %195, %softmax ], [ %1076, %1049 ]
	%1112 = phi float [ %196, %softmax ], [ %1077, %1049 ]
	%1113 = phi float [ %197, %softmax ], [ %1078, %1049 ]
	%1114 = phi float [ %198, %softmax ], [ %1079, %1049 ]
	%1115 = phi float [ %199, %softmax ], [ %1080, %1049 ]
	%1116 = phi float [ %200, %softmax ], [ %1081, %1049 ]
	%1117 = phi float [ %201, %softmax ], [ %1082, %1049 ]
	%1118 = phi float [ %202, %softmax ], [ %1083, %1049 ]
	%1119 = phi float [ %203, %softmax ], [ %1084, %1049 ]
	%1120 = phi float [ %204, %softmax ], [ %1085, %1049 ]
	%1121 = phi float [ %205, %softmax ], [ %1086, %1049 ]
	%1122 = phi float [ %206, %softmax ], [ %1087, %1049 ]
	%1123 = phi float [ %207, %softmax ], [ %1088, %1049 ]
	%1124 = phi float [ %208, %softmax ], [ %1089, %1049 ]
	%1125 = phi float [ %210, %softmax ], [ %1090, %1049 ]
	%1126 = phi float [ %212, %softmax ], [ %1091, %1049 ]
	%1127 = select i1 %1048, float %1020, float %209
	%1128 = fcmp oeq float %1127, 0xFFF0000000000000
	%1129 = select i1 %1128, float 0.0, float %1127
	%1130 = fneg float %1129
	%1131 = call float @llvm.fma.f32(float %968, float 0x3FC7154760000000, float %1130)
	%1132 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1131)
	%1133 = call float @llvm.fma.f32(float %969, float 0x3FC7154760000000, float %1130)
	%1134 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1133)
	%1135 = call float @llvm.fma.f32(float %972, float 0x3FC7154760000000, float %1130)
	%1136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1135)
	%1137 = call float @llvm.fma.f32(float %973, float 0x3FC7154760000000, float %1130)
	%1138 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1137)
	%1139 = call float @llvm.fma.f32(float %976, float 0x3FC7154760000000, float %1130)
	%1140 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1139)
	%1141 = call float @llvm.fma.f32(float %977, float 0x3FC7154760000000, float %1130)
	%1142 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1141)
	%1143 = call float @llvm.fma.f32(float %980, float 0x3FC7154760000000, float %1130)
	%1144 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1143)
	%1145 = call float @llvm.fma.f32(float %981, float 0x3FC7154760000000, float %1130)
	%1146 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1145)
	%1147 = call float @llvm.fma.f32(float %984, float 0x3FC7154760000000, float %1130)
	%1148 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1147)
	%1149 = call float @llvm.fma.f32(float %985, float 0x3FC7154760000000, float %1130)
	%1150 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1149)
	%1151 = call float @llvm.fma.f32(float %988, float 0x3FC7154760000000, float %1130)
	%1152 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1151)
	%1153 = call float @llvm.fma.f32(float %989, float 0x3FC7154760000000, float %1130)
	%1154 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1153)
	%1155 = call float @llvm.fma.f32(float %992, float 0x3FC7154760000000, float %1130)
	%1156 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1155)
	%1157 = call float @llvm.fma.f32(float %993, float 0x3FC7154760000000, float %1130)
	%1158 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1157)
	%1159 = call float @llvm.fma.f32(float %996, float 0x3FC7154760000000, float %1130)
	%1160 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1159)
	%1161 = call float @llvm.fma.f32(float %997, float 0x3FC7154760000000, float %1130)
	%1162 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1161)
	%1163 = fadd float %1132, %1134
	%1164 = fadd float %1136, %1138
	%1165 = fadd float %1140, %1142
	%1166 = fadd float %1144, %1146
	%1167 = fadd float %1148, %1150
	%1168 = fadd float %1152, %1154
	%1169 = fadd float %1156, %1158
	%1170 = fadd float %1160, %1162
	%1171 = fadd float %1163, %1164
	%1172 = fadd float %1165, %1166
	%1173 = fadd float %1167, %1168
	%1174 = fadd float %1169, %1170
	%1175 = fadd float %1171, %1172
	%1176 = fadd float %1173, %1174
	%1177 = fadd float %1175, %1176
	%1178 = fadd float %1125, %1177
	%1179 = select i1 %1048, float %1044, float %211
	%1180 = fcmp oeq float %1179, 0xFFF0000000000000
	%1181 = select i1 %1180, float 0.0, float %1179
	%1182 = fneg float %1181
	%1183 = call float @llvm.fma.f32(float %970, float 0x3FC7154760000000, float %1182)
	%1184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1183)
	%1185 = call float @llvm.fma.f32(float %971, float 0x3FC7154760000000, float %1182)
	%1186 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1185)
	%1187 = call float @llvm.fma.f32(float %974, float 0x3FC7154760000000, float %1182)
	%1188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1187)
	%1189 = call float @llvm.fma.f32(float %975, float 0x3FC7154760000000, float %1182)
	%1190 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1189)
	%1191 = call float @llvm.fma.f32(float %978, float 0x3FC7154760000000, float %1182)
	%1192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1191)
	%1193 = call float @llvm.fma.f32(float %979, float 0x3FC7154760000000, float %1182)
	%1194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1193)
	%1195 = call float @llvm.fma.f32(float %982, float 0x3FC7154760000000, float %1182)
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = call float @llvm.fma.f32(float %983, float 0x3FC7154760000000, float %1182)
	%1198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1197)
	%1199 = call float @llvm.fma.f32(float %986, float 0x3FC7154760000000, float %1182)
	%1200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1199)
	%1201 = call float @llvm.fma.f32(float %987, float 0x3FC7154760000000, float %1182)
	%1202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1201)
	%1203 = call float @llvm.fma.f32(float %990, float 0x3FC7154760000000, float %1182)
	%1204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1203)
	%1205 = call float @llvm.fma.f32(float %991, float 0x3FC7154760000000, float %1182)
	%1206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1205)
	%1207 = call float @llvm.fma.f32(float %994, float 0x3FC7154760000000, float %1182)
	%1208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1207)
	%1209 = call float @llvm.fma.f32(float %995, float 0x3FC7154760000000, float %1182)
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = call float @llvm.fma.f32(float %998, float 0x3FC7154760000000, float %1182)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = call float @llvm.fma.f32(float %999, float 0x3FC7154760000000, float %1182)
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = fadd float %1184, %1186
	%1216 = fadd float %1188, %1190
	%1217 = fadd float %1192, %1194
	%1218 = fadd float %1196, %1198
	%1219 = fadd float %1200, %1202
	%1220 = fadd float %1204, %1206
	%1221 = fadd float %1208, %1210
	%1222 = fadd float %1212, %1214
	%1223 = fadd float %1215, %1216
	%1224 = fadd float %1217, %1218
	%1225 = fadd float %1219, %1220
	%1226 = fadd float %1221, %1222
	%1227 = fadd float %1223, %1224
	%1228 = fadd float %1225, %1226
	%1229 = fadd float %1227, %1228
	%1230 = fadd float %1126, %1229
	%1231 = add i32 %173, 1
	%1232 = icmp sge i32 %175, 0
	%1233 = add i32 %173, 2
	%1234 = icmp slt i32 %1233, %NK
	%1235 = and i1 %1232, %1234
	%1236 = select i1 %1235, i32 %1233, i32 0
	%1237 = add i32 %41, %1236
	%1238 = sext i32 %1237 to i64
	%1239 = getelementptr i32, i32* %list, i64 %1238
	%1240 = load i32, i32* %1239
	%1241 = select i1 %1235, i32 %1240, i32 -1
	%1242 = icmp sge i32 %175, 0
	%1243 = icmp slt i32 %175, %NK
	%1244 = and i1 %1242, %1243
	%1245 = select i1 %1244, i32 %175, i32 0
	%1246 = add i32 %45, %1245
	%1247 = sext i32 %1246 to i64
	%1248 = getelementptr i8, i8* %cls, i64 %1247
	%1249 = load i8, i8* %1248
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1232, label %prefetch, label %pv

prefetch:
	%1250 = mul i32 %175, 64
	%1251 = lshr i32 %2, 3
	%1252 = and i32 %2, 7
	%1253 = and i32 %1251, 7
	%1254 = xor i32 %1252, %1253
	%1255 = mul i32 %1251, 8
	%1256 = add i32 %1255, %1254
	%1257 = shl i32 %1256, 4
	%1258 = add i32 %0, %1257
	%1259 = add i32 %1250, %1251
	%1260 = mul i32 %1259, 64
	%1261 = mul i32 %1252, 8
	%1262 = add i32 %1260, %1261
	%1263 = sext i32 %1262 to i64
	%1264 = getelementptr i16, i16* %32, i64 %1263
	%1265 = add i32 %1259, 0
	%1266 = icmp slt i32 %1265, %N
	%1267 = getelementptr i16, i16* %1264, i64 0
	%1268 = select i1 %1266, i16* %1267, i16* %32
	%1269 = add i32 %1258, 0
	%1270 = select i1 %1266, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1269, i16* %1268, i32 %1270)
	%1271 = add i32 %1259, 32
	%1272 = icmp slt i32 %1271, %N
	%1273 = getelementptr i16, i16* %1264, i64 2048
	%1274 = select i1 %1272, i16* %1273, i16* %32
	%1275 = add i32 %1258, u0x1000
	%1276 = select i1 %1272, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1275, i16* %1274, i32 %1276)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1277 = and i32 %4, 7
	%1278 = lshr i32 %4, 3
	%1279 = and i32 %1278, 1
	%1280 = shl i32 %1279, 3
	%1281 = add i32 %1277, %1280
	%1282 = mul i32 %1281, 128
	%1283 = add i32 %1, %1282
	%1284 = and i32 %4, 7
	%1285 = xor i32 %112, %1284
	%1286 = shl i32 %1285, 4
	%1287 = add i32 %1283, %1286
	%1288 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1134, float %1132)
	%1289 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1186, float %1184)
	%1290 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1138, float %1136)
	%1291 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1190, float %1188)
	%1292 = xor i32 %1287, 0
	%1293 = add i32 %1292, 0
	%1294 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1293)
	%1295 = extractvalue { i32, i32, i32, i32 } %1294, 0
	%1296 = extractvalue { i32, i32, i32, i32 } %1294, 1
	%1297 = extractvalue { i32, i32, i32, i32 } %1294, 2
	%1298 = extractvalue { i32, i32, i32, i32 } %1294, 3
	%1299 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1295, i32 %1296, float %1093, float %1094, float %1095, float %1096)
	%1300 = extractvalue { float, float, float, float } %1299, 0
	%1301 = extractvalue { float, float, float, float } %1299, 1
	%1302 = extractvalue { float, float, float, float } %1299, 2
	%1303 = extractvalue { float, float, float, float } %1299, 3
	%1304 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1297, i32 %1298, float %1097, float %1098, float %1099, float %1100)
	%1305 = extractvalue { float, float, float, float } %1304, 0
	%1306 = extractvalue { float, float, float, float } %1304, 1
	%1307 = extractvalue { float, float, float, float } %1304, 2
	%1308 = extractvalue { float, float, float, float } %1304, 3
	%1309 = xor i32 %1287, 32
	%1310 = add i32 %1309, 0
	%1311 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1310)
	%1312 = extractvalue { i32, i32, i32, i32 } %1311, 0
	%1313 = extractvalue { i32, i32, i32, i32 } %1311, 1
	%1314 = extractvalue { i32, i32, i32, i32 } %1311, 2
	%1315 = extractvalue { i32, i32, i32, i32 } %1311, 3
	%1316 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1312, i32 %1313, float %1101, float %1102, float %1103, float %1104)
	%1317 = extractvalue { float, float, float, float } %1316, 0
	%1318 = extractvalue { float, float, float, float } %1316, 1
	%1319 = extractvalue { float, float, float, float } %1316, 2
	%1320 = extractvalue { float, float, float, float } %1316, 3
	%1321 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1314, i32 %1315, float %1105, float %1106, float %1107, float %1108)
	%1322 = extractvalue { float, float, float, float } %1321, 0
	%1323 = extractvalue { float, float, float, float } %1321, 1
	%1324 = extractvalue { float, float, float, float } %1321, 2
	%1325 = extractvalue { float, float, float, float } %1321, 3
	%1326 = xor i32 %1287, 64
	%1327 = add i32 %1326, 0
	%1328 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1327)
	%1329 = extractvalue { i32, i32, i32, i32 } %1328, 0
	%1330 = extractvalue { i32, i32, i32, i32 } %1328, 1
	%1331 = extractvalue { i32, i32, i32, i32 } %1328, 2
	%1332 = extractvalue { i32, i32, i32, i32 } %1328, 3
	%1333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1329, i32 %1330, float %1109, float %1110, float %1111, float %1112)
	%1334 = extractvalue { float, float, float, float } %1333, 0
	%1335 = extractvalue { float, float, float, float } %1333, 1
	%1336 = extractvalue { float, float, float, float } %1333, 2
	%1337 = extractvalue { float, float, float, float } %1333, 3
	%1338 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1331, i32 %1332, float %1113, float %1114, float %1115, float %1116)
	%1339 = extractvalue { float, float, float, float } %1338, 0
	%1340 = extractvalue { float, float, float, float } %1338, 1
	%1341 = extractvalue { float, float, float, float } %1338, 2
	%1342 = extractvalue { float, float, float, float } %1338, 3
	%1343 = xor i32 %1287, 96
	%1344 = add i32 %1343, 0
	%1345 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1344)
	%1346 = extractvalue { i32, i32, i32, i32 } %1345, 0
	%1347 = extractvalue { i32, i32, i32, i32 } %1345, 1
	%1348 = extractvalue { i32, i32, i32, i32 } %1345, 2
	%1349 = extractvalue { i32, i32, i32, i32 } %1345, 3
	%1350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1346, i32 %1347, float %1117, float %1118, float %1119, float %1120)
	%1351 = extractvalue { float, float, float, float } %1350, 0
	%1352 = extractvalue { float, float, float, float } %1350, 1
	%1353 = extractvalue { float, float, float, float } %1350, 2
	%1354 = extractvalue { float, float, float, float } %1350, 3
	%1355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1348, i32 %1349, float %1121, float %1122, float %1123, float %1124)
	%1356 = extractvalue { float, float, float, float } %1355, 0
	%1357 = extractvalue { float, float, float, float } %1355, 1
	%1358 = extractvalue { float, float, float, float } %1355, 2
	%1359 = extractvalue { float, float, float, float } %1355, 3
	%1360 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1142, float %1140)
	%1361 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1194, float %1192)
	%1362 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1146, float %1144)
	%1363 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1198, float %1196)
	%1364 = xor i32 %1287, 0
	%1365 = add i32 %1364, 2048
	%1366 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1365)
	%1367 = extractvalue { i32, i32, i32, i32 } %1366, 0
	%1368 = extractvalue { i32, i32, i32, i32 } %1366, 1
	%1369 = extractvalue { i32, i32, i32, i32 } %1366, 2
	%1370 = extractvalue { i32, i32, i32, i32 } %1366, 3
	%1371 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1367, i32 %1368, float %1300, float %1301, float %1302, float %1303)
	%1372 = extractvalue { float, float, float, float } %1371, 0
	%1373 = extractvalue { float, float, float, float } %1371, 1
	%1374 = extractvalue { float, float, float, float } %1371, 2
	%1375 = extractvalue { float, float, float, float } %1371, 3
	%1376 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1369, i32 %1370, float %1305, float %1306, float %1307, float %1308)
	%1377 = extractvalue { float, float, float, float } %1376, 0
	%1378 = extractvalue { float, float, float, float } %1376, 1
	%1379 = extractvalue { float, float, float, float } %1376, 2
	%1380 = extractvalue { float, float, float, float } %1376, 3
	%1381 = xor i32 %1287, 32
	%1382 = add i32 %1381, 2048
	%1383 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1382)
	%1384 = extractvalue { i32, i32, i32, i32 } %1383, 0
	%1385 = extractvalue { i32, i32, i32, i32 } %1383, 1
	%1386 = extractvalue { i32, i32, i32, i32 } %1383, 2
	%1387 = extractvalue { i32, i32, i32, i32 } %1383, 3
	%1388 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1384, i32 %1385, float %1317, float %1318, float %1319, float %1320)
	%1389 = extractvalue { float, float, float, float } %1388, 0
	%1390 = extractvalue { float, float, float, float } %1388, 1
	%1391 = extractvalue { float, float, float, float } %1388, 2
	%1392 = extractvalue { float, float, float, float } %1388, 3
	%1393 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1386, i32 %1387, float %1322, float %1323, float %1324, float %1325)
	%1394 = extractvalue { float, float, float, float } %1393, 0
	%1395 = extractvalue { float, float, float, float } %1393, 1
	%1396 = extractvalue { float, float, float, float } %1393, 2
	%1397 = extractvalue { float, float, float, float } %1393, 3
	%1398 = xor i32 %1287, 64
	%1399 = add i32 %1398, 2048
	%1400 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1399)
	%1401 = extractvalue { i32, i32, i32, i32 } %1400, 0
	%1402 = extractvalue { i32, i32, i32, i32 } %1400, 1
	%1403 = extractvalue { i32, i32, i32, i32 } %1400, 2
	%1404 = extractvalue { i32, i32, i32, i32 } %1400, 3
	%1405 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1401, i32 %1402, float %1334, float %1335, float %1336, float %1337)
	%1406 = extractvalue { float, float, float, float } %1405, 0
	%1407 = extractvalue { float, float, float, float } %1405, 1
	%1408 = extractvalue { float, float, float, float } %1405, 2
	%1409 = extractvalue { float, float, float, float } %1405, 3
	%1410 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1403, i32 %1404, float %1339, float %1340, float %1341, float %1342)
	%1411 = extractvalue { float, float, float, float } %1410, 0
	%1412 = extractvalue { float, float, float, float } %1410, 1
	%1413 = extractvalue { float, float, float, float } %1410, 2
	%1414 = extractvalue { float, float, float, float } %1410, 3
	%1415 = xor i32 %1287, 96
	%1416 = add i32 %1415, 2048
	%1417 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1416)
	%1418 = extractvalue { i32, i32, i32, i32 } %1417, 0
	%1419 = extractvalue { i32, i32, i32, i32 } %1417, 1
	%1420 = extractvalue { i32, i32, i32, i32 } %1417, 2
	%1421 = extractvalue { i32, i32, i32, i32 } %1417, 3
	%1422 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1418, i32 %1419, float %1351, float %1352, float %1353, float %1354)
	%1423 = extractvalue { float, float, float, float } %1422, 0
	%1424 = extractvalue { float, float, float, float } %1422, 1
	%1425 = extractvalue { float, float, float, float } %1422, 2
	%1426 = extractvalue { float, float, float, float } %1422, 3
	%1427 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1420, i32 %1421, float %1356, float %1357, float %1358, float %1359)
	%1428 = extractvalue { float, float, float, float } %1427, 0
	%1429 = extractvalue { float, float, float, float } %1427, 1
	%1430 = extractvalue { float, float, float, float } %1427, 2
	%1431 = extractvalue { float, float, float, float } %1427, 3
	%1432 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1150, float %1148)
	%1433 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1202, float %1200)
	%1434 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1154, float %1152)
	%1435 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1206, float %1204)
	%1436 = xor i32 %1287, 0
	%1437 = add i32 %1436, u0x1000
	%1438 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1437)
	%1439 = extractvalue { i32, i32, i32, i32 } %1438, 0
	%1440 = extractvalue { i32, i32, i32, i32 } %1438, 1
	%1441 = extractvalue { i32, i32, i32, i32 } %1438, 2
	%1442 = extractvalue { i32, i32, i32, i32 } %1438, 3
	%1443 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1439, i32 %1440, float %1372, float %1373, float %1374, float %1375)
	%1444 = extractvalue { float, float, float, float } %1443, 0
	%1445 = extractvalue { float, float, float, float } %1443, 1
	%1446 = extractvalue { float, float, float, float } %1443, 2
	%1447 = extractvalue { float, float, float, float } %1443, 3
	%1448 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1441, i32 %1442, float %1377, float %1378, float %1379, float %1380)
	%1449 = extractvalue { float, float, float, float } %1448, 0
	%1450 = extractvalue { float, float, float, float } %1448, 1
	%1451 = extractvalue { float, float, float, float } %1448, 2
	%1452 = extractvalue { float, float, float, float } %1448, 3
	%1453 = xor i32 %1287, 32
	%1454 = add i32 %1453, u0x1000
	%1455 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1454)
	%1456 = extractvalue { i32, i32, i32, i32 } %1455, 0
	%1457 = extractvalue { i32, i32, i32, i32 } %1455, 1
	%1458 = extractvalue { i32, i32, i32, i32 } %1455, 2
	%1459 = extractvalue { i32, i32, i32, i32 } %1455, 3
	%1460 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1456, i32 %1457, float %1389, float %1390, float %1391, float %1392)
	%1461 = extractvalue { float, float, float, float } %1460, 0
	%1462 = extractvalue { float, float, float, float } %1460, 1
	%1463 = extractvalue { float, float, float, float } %1460, 2
	%1464 = extractvalue { float, float, float, float } %1460, 3
	%1465 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1458, i32 %1459, float %1394, float %1395, float %1396, float %1397)
	%1466 = extractvalue { float, float, float, float } %1465, 0
	%1467 = extractvalue { float, float, float, float } %1465, 1
	%1468 = extractvalue { float, float, float, float } %1465, 2
	%1469 = extractvalue { float, float, float, float } %1465, 3
	%1470 = xor i32 %1287, 64
	%1471 = add i32 %1470, u0x1000
	%1472 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1471)
	%1473 = extractvalue { i32, i32, i32, i32 } %1472, 0
	%1474 = extractvalue { i32, i32, i32, i32 } %1472, 1
	%1475 = extractvalue { i32, i32, i32, i32 } %1472, 2
	%1476 = extractvalue { i32, i32, i32, i32 } %1472, 3
	%1477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1473, i32 %1474, float %1406, float %1407, float %1408, float %1409)
	%1478 = extractvalue { float, float, float, float } %1477, 0
	%1479 = extractvalue { float, float, float, float } %1477, 1
	%1480 = extractvalue { float, float, float, float } %1477, 2
	%1481 = extractvalue { float, float, float, float } %1477, 3
	%1482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1475, i32 %1476, float %1411, float %1412, float %1413, float %1414)
	%1483 = extractvalue { float, float, float, float } %1482, 0
	%1484 = extractvalue { float, float, float, float } %1482, 1
	%1485 = extractvalue { float, float, float, float } %1482, 2
	%1486 = extractvalue { float, float, float, float } %1482, 3
	%1487 = xor i32 %1287, 96
	%1488 = add i32 %1487, u0x1000
	%1489 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1488)
	%1490 = extractvalue { i32, i32, i32, i32 } %1489, 0
	%1491 = extractvalue { i32, i32, i32, i32 } %1489, 1
	%1492 = extractvalue { i32, i32, i32, i32 } %1489, 2
	%1493 = extractvalue { i32, i32, i32, i32 } %1489, 3
	%1494 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1490, i32 %1491, float %1423, float %1424, float %1425, float %1426)
	%1495 = extractvalue { float, float, float, float } %1494, 0
	%1496 = extractvalue { float, float, float, float } %1494, 1
	%1497 = extractvalue { float, float, float, float } %1494, 2
	%1498 = extractvalue { float, float, float, float } %1494, 3
	%1499 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1492, i32 %1493, float %1428, float %1429, float %1430, float %1431)
	%1500 = extractvalue { float, float, float, float } %1499, 0
	%1501 = extractvalue { float, float, float, float } %1499, 1
	%1502 = extractvalue { float, float, float, float } %1499, 2
	%1503 = extractvalue { float, float, float, float } %1499, 3
	%1504 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1158, float %1156)
	%1505 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1210, float %1208)
	%1506 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1162, float %1160)
	%1507 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1214, float %1212)
	%1508 = xor i32 %1287, 0
	%1509 = add i32 %1508, 6144
	%1510 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1509)
	%1511 = extractvalue { i32, i32, i32, i32 } %1510, 0
	%1512 = extractvalue { i32, i32, i32, i32 } %1510, 1
	%1513 = extractvalue { i32, i32, i32, i32 } %1510, 2
	%1514 = extractvalue { i32, i32, i32, i32 } %1510, 3
	%1515 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1511, i32 %1512, float %1444, float %1445, float %1446, float %1447)
	%1516 = extractvalue { float, float, float, float } %1515, 0
	%1517 = extractvalue { float, float, float, float } %1515, 1
	%1518 = extractvalue { float, float, float, float } %1515, 2
	%1519 = extractvalue { float, float, float, float } %1515, 3
	%1520 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1513, i32 %1514, float %1449, float %1450, float %1451, float %1452)
	%1521 = extractvalue { float, float, float, float } %1520, 0
	%1522 = extractvalue { float, float, float, float } %1520, 1
	%1523 = extractvalue { float, float, float, float } %1520, 2
	%1524 = extractvalue { float, float, float, float } %1520, 3
	%1525 = xor i32 %1287, 32
	%1526 = add i32 %1525, 6144
	%1527 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1526)
	%1528 = extractvalue { i32, i32, i32, i32 } %1527, 0
	%1529 = extractvalue { i32, i32, i32, i32 } %1527, 1
	%1530 = extractvalue { i32, i32, i32, i32 } %1527, 2
	%1531 = extractvalue { i32, i32, i32, i32 } %1527, 3
	%1532 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1528, i32 %1529, float %1461, float %1462, float %1463, float %1464)
	%1533 = extractvalue { float, float, float, float } %1532, 0
	%1534 = extractvalue { float, float, float, float } %1532, 1
	%1535 = extractvalue { float, float, float, float } %1532, 2
	%1536 = extractvalue { float, float, float, float } %1532, 3
	%1537 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1530, i32 %1531, float %1466, float %1467, float %1468, float %1469)
	%1538 = extractvalue { float, float, float, float } %1537, 0
	%1539 = extractvalue { float, float, float, float } %1537, 1
	%1540 = extractvalue { float, float, float, float } %1537, 2
	%1541 = extractvalue { float, float, float, float } %1537, 3
	%1542 = xor i32 %1287, 64
	%1543 = add i32 %1542, 6144
	%1544 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1543)
	%1545 = extractvalue { i32, i32, i32, i32 } %1544, 0
	%1546 = extractvalue { i32, i32, i32, i32 } %1544, 1
	%1547 = extractvalue { i32, i32, i32, i32 } %1544, 2
	%1548 = extractvalue { i32, i32, i32, i32 } %1544, 3
	%1549 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1545, i32 %1546, float %1478, float %1479, float %1480, float %1481)
	%1550 = extractvalue { float, float, float, float } %1549, 0
	%1551 = extractvalue { float, float, float, float } %1549, 1
	%1552 = extractvalue { float, float, float, float } %1549, 2
	%1553 = extractvalue { float, float, float, float } %1549, 3
	%1554 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1547, i32 %1548, float %1483, float %1484, float %1485, float %1486)
	%1555 = extractvalue { float, float, float, float } %1554, 0
	%1556 = extractvalue { float, float, float, float } %1554, 1
	%1557 = extractvalue { float, float, float, float } %1554, 2
	%1558 = extractvalue { float, float, float, float } %1554, 3
	%1559 = xor i32 %1287, 96
	%1560 = add i32 %1559, 6144
	%1561 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1560)
	%1562 = extractvalue { i32, i32, i32, i32 } %1561, 0
	%1563 = extractvalue { i32, i32, i32, i32 } %1561, 1
	%1564 = extractvalue { i32, i32, i32, i32 } %1561, 2
	%1565 = extractvalue { i32, i32, i32, i32 } %1561, 3
	%1566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1562, i32 %1563, float %1495, float %1496, float %1497, float %1498)
	%1567 = extractvalue { float, float, float, float } %1566, 0
	%1568 = extractvalue { float, float, float, float } %1566, 1
	%1569 = extractvalue { float, float, float, float } %1566, 2
	%1570 = extractvalue { float, float, float, float } %1566, 3
	%1571 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1564, i32 %1565, float %1500, float %1501, float %1502, float %1503)
	%1572 = extractvalue { float, float, float, float } %1571, 0
	%1573 = extractvalue { float, float, float, float } %1571, 1
	%1574 = extractvalue { float, float, float, float } %1571, 2
	%1575 = extractvalue { float, float, float, float } %1571, 3
	br i1 %1232, label %loop, label %epilogue

store0:
	%1576 = mul i32 %22, %M
	%1577 = add i32 %1576, %566
	%1578 = mul i32 %1577, 64
	%1579 = shl i32 %6, 1
	%1580 = add i32 0, %1579
	%1581 = add i32 %1578, %1580
	%1582 = sext i32 %1581 to i64
	%1583 = getelementptr i16, i16* %out, i64 %1582
	%1584 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %568, float %567)
	%1585 = bitcast i16* %1583 to i32*
	store i32 %1584, i32* %1585
	%1586 = shl i32 %6, 1
	%1587 = add i32 8, %1586
	%1588 = add i32 %1578, %1587
	%1589 = sext i32 %1588 to i64
	%1590 = getelementptr i16, i16* %out, i64 %1589
	%1591 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %570, float %569)
	%1592 = bitcast i16* %1590 to i32*
	store i32 %1591, i32* %1592
	%1593 = shl i32 %6, 1
	%1594 = add i32 16, %1593
	%1595 = add i32 %1578, %1594
	%1596 = sext i32 %1595 to i64
	%1597 = getelementptr i16, i16* %out, i64 %1596
	%1598 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %572, float %571)
	%1599 = bitcast i16* %1597 to i32*
	store i32 %1598, i32* %1599
	%1600 = shl i32 %6, 1
	%1601 = add i32 24, %1600
	%1602 = add i32 %1578, %1601
	%1603 = sext i32 %1602 to i64
	%1604 = getelementptr i16, i16* %out, i64 %1603
	%1605 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %574, float %573)
	%1606 = bitcast i16* %1604 to i32*
	store i32 %1605, i32* %1606
	%1607 = shl i32 %6, 1
	%1608 = add i32 32, %1607
	%1609 = add i32 %1578, %1608
	%1610 = sext i32 %1609 to i64
	%1611 = getelementptr i16, i16* %out, i64 %1610
	%1612 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %576, float %575)
	%1613 = bitcast i16* %1611 to i32*
	store i32 %1612, i32* %1613
	%1614 = shl i32 %6, 1
	%1615 = add i32 40, %1614
	%1616 = add i32 %1578, %1615
	%1617 = sext i32 %1616 to i64
	%1618 = getelementptr i16, i16* %out, i64 %1617
	%1619 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %578, float %577)
	%1620 = bitcast i16* %1618 to i32*
	store i32 %1619, i32* %1620
	%1621 = shl i32 %6, 1
	%1622 = add i32 48, %1621
	%1623 = add i32 %1578, %1622
	%1624 = sext i32 %1623 to i64
	%1625 = getelementptr i16, i16* %out, i64 %1624
	%1626 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %580, float %579)
	%1627 = bitcast i16* %1625 to i32*
	store i32 %1626, i32* %1627
	%1628 = shl i32 %6, 1
	%1629 = add i32 56, %1628
	%1630 = add i32 %1578, %1629
	%1631 = sext i32 %1630 to i64
	%1632 = getelementptr i16, i16* %out, i64 %1631
	%1633 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %582, float %581)
	%1634 = bitcast i16* %1632 to i32*
	store i32 %1633, i32* %1634
	br label %stored0

stored0:
	%1635 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %522, i32 1, i32 31)
	%1636 = fadd float %522, %1635
	%1637 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1636, i32 2, i32 31)
	%1638 = fadd float %1636, %1637
	%1639 = fcmp ogt float %1638, 0.0
	%1640 = fdiv float 1.0, %1638
	%1641 = select i1 %1639, float %1640, float 0.0
	%1642 = mul i32 %3, 16
	%1643 = add i32 %24, %1642
	%1644 = add i32 %5, 8
	%1645 = add i32 %1643, %1644
	%1646 = fmul float %526, %1641
	%1647 = fmul float %527, %1641
	%1648 = fmul float %530, %1641
	%1649 = fmul float %531, %1641
	%1650 = fmul float %534, %1641
	%1651 = fmul float %535, %1641
	%1652 = fmul float %538, %1641
	%1653 = fmul float %539, %1641
	%1654 = fmul float %542, %1641
	%1655 = fmul float %543, %1641
	%1656 = fmul float %546, %1641
	%1657 = fmul float %547, %1641
	%1658 = fmul float %550, %1641
	%1659 = fmul float %551, %1641
	%1660 = fmul float %554, %1641
	%1661 = fmul float %555, %1641
	%1662 = icmp slt i32 %1645, %M
	br i1 %1662, label %store1, label %stored1

store1:
	%1663 = mul i32 %22, %M
	%1664 = add i32 %1663, %1645
	%1665 = mul i32 %1664, 64
	%1666 = shl i32 %6, 1
	%1667 = add i32 0, %1666
	%1668 = add i32 %1665, %1667
	%1669 = sext i32 %1668 to i64
	%1670 = getelementptr i16, i16* %out, i64 %1669
	%1671 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1647, float %1646)
	%1672 = bitcast i16* %1670 to i32*
	store i32 %1671, i32* %1672
	%1673 = shl i32 %6, 1
	%1674 = add i32 8, %1673
	%1675 = add i32 %1665, %1674
	%1676 = sext i32 %1675 to i64
	%1677 = getelementptr i16, i16* %out, i64 %1676
	%1678 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1649, float %1648)
	%1679 = bitcast i16* %1677 to i32*
	store i32 %1678, i32* %1679
	%1680 = shl i32 %6, 1
	%1681 = add i32 16, %1680
	%1682 = add i32 %1665, %1681
	%1683 = sext i32 %1682 to i64
	%1684 = getelementptr i16, i16* %out, i64 %1683
	%1685 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1651, float %1650)
	%1686 = bitcast i16* %1684 to i32*
	store i32 %1685, i32* %1686
	%1687 = shl i32 %6, 1
	%1688 = add i32 24, %1687
	%1689 = add i32 %1665, %1688
	%1690 = sext i32 %1689 to i64
	%1691 = getelementptr i16, i16* %out, i64 %1690
	%1692 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1653, float %1652)
	%1693 = bitcast i16* %1691 to i32*
	store i32 %1692, i32* %1693
	%1694 = shl i32 %6, 1
	%1695 = add i32 32, %1694
	%1696 = add i32 %1665, %1695
	%1697 = sext i32 %1696 to i64
	%1698 = getelementptr i16, i16* %out, i64 %1697
	%1699 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1655, float %1654)
	%1700 = bitcast i16* %1698 to i32*
	store i32 %1699, i32* %1700
	%1701 = shl i32 %6, 1
	%1702 = add i32 40, %1701
	%1703 = add i32 %1665, %1702
	%1704 = sext i32 %1703 to i64
	%1705 = getelementptr i16, i16* %out, i64 %1704
	%1706 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1657, float %1656)
	%1707 = bitcast i16* %1705 to i32*
	store i32 %1706, i32* %1707
	%1708 = shl i32 %6, 1
	%1709 = add i32 48, %1708
	%1710 = add i32 %1665, %1709
	%1711 = sext i32 %1710 to i64
	%1712 = getelementptr i16, i16* %out, i64 %1711
	%1713 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1659, float %1658)
	%1714 = bitcast i16* %1712 to i32*
	store i32 %1713, i32* %1714
	%1715 = shl i32 %6, 1
	%1716 = add i32 56, %1715
	%1717 = add i32 %1665, %1716
	%1718 = sext i32 %1717 to i64
	%1719 = getelementptr i16, i16* %out, i64 %1718
	%1720 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1661, float %1660)
	%1721 = bitcast i16* %1719 to i32*
	store i32 %1720, i32* %1721
	br label %stored1

stored1:
	ret void
}
