define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [8192 x i8] addrspace(3)* @$K_smem to i32
	%1 = add i32 %0, u0x1000
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
	%89 = add i32 %77, 16
	%90 = icmp slt i32 %89, %M
	%91 = getelementptr i16, i16* %82, i64 1024
	%92 = select i1 %90, i16* %91, i16* %28
	%93 = add i32 %76, 2048
	%94 = select i1 %90, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %93, i16* %92, i32 %94)
	%95 = add i32 %77, 32
	%96 = icmp slt i32 %95, %M
	%97 = getelementptr i16, i16* %82, i64 2048
	%98 = select i1 %96, i16* %97, i16* %28
	%99 = add i32 %76, u0x1000
	%100 = select i1 %96, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %99, i16* %98, i32 %100)
	%101 = add i32 %77, 48
	%102 = icmp slt i32 %101, %M
	%103 = getelementptr i16, i16* %82, i64 3072
	%104 = select i1 %102, i16* %103, i16* %28
	%105 = add i32 %76, 6144
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
	%146 = mul i32 %49, 32
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
	%167 = add i32 %155, 16
	%168 = icmp slt i32 %167, %N
	%169 = getelementptr i16, i16* %160, i64 1024
	%170 = select i1 %168, i16* %169, i16* %32
	%171 = add i32 %154, 2048
	%172 = select i1 %168, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%173 = phi i32 [ 0, %prologue ], [ %831, %pv ]
	%174 = phi i32 [ %49, %prologue ], [ %175, %pv ]
	%175 = phi i32 [ %60, %prologue ], [ %841, %pv ]
	%176 = phi i8 [ %68, %prologue ], [ %849, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %972, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %973, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %974, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %975, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %977, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %978, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %979, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %980, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %989, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %990, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %991, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %992, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %994, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %995, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %996, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %997, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1006, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1007, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1008, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1009, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1011, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1012, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1013, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1014, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1023, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1024, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1025, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1026, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1028, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1029, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1030, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1031, %pv ]
	%209 = phi float [ 0xFFF0000000000000, %prologue ], [ %775, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %802, %pv ]
	%211 = phi float [ 0xFFF0000000000000, %prologue ], [ %803, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %830, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%213 = mul i32 %174, 32
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
	%234 = add i32 %222, 16
	%235 = icmp slt i32 %234, %N
	%236 = getelementptr i16, i16* %227, i64 1024
	%237 = select i1 %235, i16* %236, i16* %36
	%238 = add i32 %221, 2048
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
	%284 = xor i32 %250, 32
	%285 = add i32 %284, 0
	%286 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %285)
	%287 = extractvalue { i32, i32, i32, i32 } %286, 0
	%288 = extractvalue { i32, i32, i32, i32 } %286, 1
	%289 = extractvalue { i32, i32, i32, i32 } %286, 2
	%290 = extractvalue { i32, i32, i32, i32 } %286, 3
	%291 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %287, i32 %288, float %259, float %260, float %261, float %262)
	%292 = extractvalue { float, float, float, float } %291, 0
	%293 = extractvalue { float, float, float, float } %291, 1
	%294 = extractvalue { float, float, float, float } %291, 2
	%295 = extractvalue { float, float, float, float } %291, 3
	%296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %289, i32 %290, float %264, float %265, float %266, float %267)
	%297 = extractvalue { float, float, float, float } %296, 0
	%298 = extractvalue { float, float, float, float } %296, 1
	%299 = extractvalue { float, float, float, float } %296, 2
	%300 = extractvalue { float, float, float, float } %296, 3
	%301 = add i32 %284, 2048
	%302 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %301)
	%303 = extractvalue { i32, i32, i32, i32 } %302, 0
	%304 = extractvalue { i32, i32, i32, i32 } %302, 1
	%305 = extractvalue { i32, i32, i32, i32 } %302, 2
	%306 = extractvalue { i32, i32, i32, i32 } %302, 3
	%307 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %303, i32 %304, float %275, float %276, float %277, float %278)
	%308 = extractvalue { float, float, float, float } %307, 0
	%309 = extractvalue { float, float, float, float } %307, 1
	%310 = extractvalue { float, float, float, float } %307, 2
	%311 = extractvalue { float, float, float, float } %307, 3
	%312 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %305, i32 %306, float %280, float %281, float %282, float %283)
	%313 = extractvalue { float, float, float, float } %312, 0
	%314 = extractvalue { float, float, float, float } %312, 1
	%315 = extractvalue { float, float, float, float } %312, 2
	%316 = extractvalue { float, float, float, float } %312, 3
	%317 = xor i32 %250, 64
	%318 = add i32 %317, 0
	%319 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %318)
	%320 = extractvalue { i32, i32, i32, i32 } %319, 0
	%321 = extractvalue { i32, i32, i32, i32 } %319, 1
	%322 = extractvalue { i32, i32, i32, i32 } %319, 2
	%323 = extractvalue { i32, i32, i32, i32 } %319, 3
	%324 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %320, i32 %321, float %292, float %293, float %294, float %295)
	%325 = extractvalue { float, float, float, float } %324, 0
	%326 = extractvalue { float, float, float, float } %324, 1
	%327 = extractvalue { float, float, float, float } %324, 2
	%328 = extractvalue { float, float, float, float } %324, 3
	%329 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %322, i32 %323, float %297, float %298, float %299, float %300)
	%330 = extractvalue { float, float, float, float } %329, 0
	%331 = extractvalue { float, float, float, float } %329, 1
	%332 = extractvalue { float, float, float, float } %329, 2
	%333 = extractvalue { float, float, float, float } %329, 3
	%334 = add i32 %317, 2048
	%335 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %334)
	%336 = extractvalue { i32, i32, i32, i32 } %335, 0
	%337 = extractvalue { i32, i32, i32, i32 } %335, 1
	%338 = extractvalue { i32, i32, i32, i32 } %335, 2
	%339 = extractvalue { i32, i32, i32, i32 } %335, 3
	%340 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %336, i32 %337, float %308, float %309, float %310, float %311)
	%341 = extractvalue { float, float, float, float } %340, 0
	%342 = extractvalue { float, float, float, float } %340, 1
	%343 = extractvalue { float, float, float, float } %340, 2
	%344 = extractvalue { float, float, float, float } %340, 3
	%345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %338, i32 %339, float %313, float %314, float %315, float %316)
	%346 = extractvalue { float, float, float, float } %345, 0
	%347 = extractvalue { float, float, float, float } %345, 1
	%348 = extractvalue { float, float, float, float } %345, 2
	%349 = extractvalue { float, float, float, float } %345, 3
	%350 = xor i32 %250, 96
	%351 = add i32 %350, 0
	%352 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %351)
	%353 = extractvalue { i32, i32, i32, i32 } %352, 0
	%354 = extractvalue { i32, i32, i32, i32 } %352, 1
	%355 = extractvalue { i32, i32, i32, i32 } %352, 2
	%356 = extractvalue { i32, i32, i32, i32 } %352, 3
	%357 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %353, i32 %354, float %325, float %326, float %327, float %328)
	%358 = extractvalue { float, float, float, float } %357, 0
	%359 = extractvalue { float, float, float, float } %357, 1
	%360 = extractvalue { float, float, float, float } %357, 2
	%361 = extractvalue { float, float, float, float } %357, 3
	%362 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %355, i32 %356, float %330, float %331, float %332, float %333)
	%363 = extractvalue { float, float, float, float } %362, 0
	%364 = extractvalue { float, float, float, float } %362, 1
	%365 = extractvalue { float, float, float, float } %362, 2
	%366 = extractvalue { float, float, float, float } %362, 3
	%367 = add i32 %350, 2048
	%368 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %367)
	%369 = extractvalue { i32, i32, i32, i32 } %368, 0
	%370 = extractvalue { i32, i32, i32, i32 } %368, 1
	%371 = extractvalue { i32, i32, i32, i32 } %368, 2
	%372 = extractvalue { i32, i32, i32, i32 } %368, 3
	%373 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %369, i32 %370, float %341, float %342, float %343, float %344)
	%374 = extractvalue { float, float, float, float } %373, 0
	%375 = extractvalue { float, float, float, float } %373, 1
	%376 = extractvalue { float, float, float, float } %373, 2
	%377 = extractvalue { float, float, float, float } %373, 3
	%378 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %371, i32 %372, float %346, float %347, float %348, float %349)
	%379 = extractvalue { float, float, float, float } %378, 0
	%380 = extractvalue { float, float, float, float } %378, 1
	%381 = extractvalue { float, float, float, float } %378, 2
	%382 = extractvalue { float, float, float, float } %378, 3
	%383 = mul i32 %3, 16
	%384 = add i32 %24, %383
	%385 = add i32 %5, 0
	%386 = add i32 %384, %385
	%387 = mul i32 %3, 16
	%388 = add i32 %24, %387
	%389 = add i32 %5, 8
	%390 = add i32 %388, %389
	%391 = sitofp i32 %22 to float
	%392 = icmp ne i8 %176, 2
	br i1 %392, label %partial, label %softmax

epilogue:
	%393 = phi float [ 0.0, %entry ], [ %802, %pv ]
	%394 = phi float [ 0.0, %entry ], [ %830, %pv ]
	%395 = phi i32 [ 0, %entry ], [ %831, %pv ]
	%396 = phi float [ 0.0, %entry ], [ %972, %pv ]
	%397 = phi float [ 0.0, %entry ], [ %973, %pv ]
	%398 = phi float [ 0.0, %entry ], [ %974, %pv ]
	%399 = phi float [ 0.0, %entry ], [ %975, %pv ]
	%400 = phi float [ 0.0, %entry ], [ %977, %pv ]
	%401 = phi float [ 0.0, %entry ], [ %978, %pv ]
	%402 = phi float [ 0.0, %entry ], [ %979, %pv ]
	%403 = phi float [ 0.0, %entry ], [ %980, %pv ]
	%404 = phi float [ 0.0, %entry ], [ %989, %pv ]
	%405 = phi float [ 0.0, %entry ], [ %990, %pv ]
	%406 = phi float [ 0.0, %entry ], [ %991, %pv ]
	%407 = phi float [ 0.0, %entry ], [ %992, %pv ]
	%408 = phi float [ 0.0, %entry ], [ %994, %pv ]
	%409 = phi float [ 0.0, %entry ], [ %995, %pv ]
	%410 = phi float [ 0.0, %entry ], [ %996, %pv ]
	%411 = phi float [ 0.0, %entry ], [ %997, %pv ]
	%412 = phi float [ 0.0, %entry ], [ %1006, %pv ]
	%413 = phi float [ 0.0, %entry ], [ %1007, %pv ]
	%414 = phi float [ 0.0, %entry ], [ %1008, %pv ]
	%415 = phi float [ 0.0, %entry ], [ %1009, %pv ]
	%416 = phi float [ 0.0, %entry ], [ %1011, %pv ]
	%417 = phi float [ 0.0, %entry ], [ %1012, %pv ]
	%418 = phi float [ 0.0, %entry ], [ %1013, %pv ]
	%419 = phi float [ 0.0, %entry ], [ %1014, %pv ]
	%420 = phi float [ 0.0, %entry ], [ %1023, %pv ]
	%421 = phi float [ 0.0, %entry ], [ %1024, %pv ]
	%422 = phi float [ 0.0, %entry ], [ %1025, %pv ]
	%423 = phi float [ 0.0, %entry ], [ %1026, %pv ]
	%424 = phi float [ 0.0, %entry ], [ %1028, %pv ]
	%425 = phi float [ 0.0, %entry ], [ %1029, %pv ]
	%426 = phi float [ 0.0, %entry ], [ %1030, %pv ]
	%427 = phi float [ 0.0, %entry ], [ %1031, %pv ]
	%428 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %393, i32 1, i32 31)
	%429 = fadd float %393, %428
	%430 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %429, i32 2, i32 31)
	%431 = fadd float %429, %430
	%432 = fcmp ogt float %431, 0.0
	%433 = fdiv float 1.0, %431
	%434 = select i1 %432, float %433, float 0.0
	%435 = mul i32 %3, 16
	%436 = add i32 %24, %435
	%437 = add i32 %5, 0
	%438 = add i32 %436, %437
	%439 = fmul float %396, %434
	%440 = fmul float %397, %434
	%441 = fmul float %400, %434
	%442 = fmul float %401, %434
	%443 = fmul float %404, %434
	%444 = fmul float %405, %434
	%445 = fmul float %408, %434
	%446 = fmul float %409, %434
	%447 = fmul float %412, %434
	%448 = fmul float %413, %434
	%449 = fmul float %416, %434
	%450 = fmul float %417, %434
	%451 = fmul float %420, %434
	%452 = fmul float %421, %434
	%453 = fmul float %424, %434
	%454 = fmul float %425, %434
	%455 = icmp slt i32 %438, %M
	br i1 %455, label %store0, label %stored0

partial:
	%456 = shl i32 %6, 1
	%457 = add i32 0, %456
	%458 = add i32 %213, %457
	%459 = icmp slt i32 %458, %N
	%460 = select i1 %459, i32 %458, i32 0
	%461 = sitofp i32 %386 to float
	%462 = sitofp i32 %460 to float
	%463 = fcmp ole float %462, %461
	%464 = uitofp i1 %463 to float
	%465 = fcmp une float %464, 0.0
	%466 = and i1 %459, %465
	%467 = select i1 %466, float %358, float 0xFFF0000000000000
	%468 = shl i32 %6, 1
	%469 = add i32 1, %468
	%470 = add i32 %213, %469
	%471 = icmp slt i32 %470, %N
	%472 = select i1 %471, i32 %470, i32 0
	%473 = sitofp i32 %386 to float
	%474 = sitofp i32 %472 to float
	%475 = fcmp ole float %474, %473
	%476 = uitofp i1 %475 to float
	%477 = fcmp une float %476, 0.0
	%478 = and i1 %471, %477
	%479 = select i1 %478, float %359, float 0xFFF0000000000000
	%480 = shl i32 %6, 1
	%481 = add i32 0, %480
	%482 = add i32 %213, %481
	%483 = icmp slt i32 %482, %N
	%484 = select i1 %483, i32 %482, i32 0
	%485 = sitofp i32 %390 to float
	%486 = sitofp i32 %484 to float
	%487 = fcmp ole float %486, %485
	%488 = uitofp i1 %487 to float
	%489 = fcmp une float %488, 0.0
	%490 = and i1 %483, %489
	%491 = select i1 %490, float %360, float 0xFFF0000000000000
	%492 = shl i32 %6, 1
	%493 = add i32 1, %492
	%494 = add i32 %213, %493
	%495 = icmp slt i32 %494, %N
	%496 = select i1 %495, i32 %494, i32 0
	%497 = sitofp i32 %390 to float
	%498 = sitofp i32 %496 to float
	%499 = fcmp ole float %498, %497
	%500 = uitofp i1 %499 to float
	%501 = fcmp une float %500, 0.0
	%502 = and i1 %495, %501
	%503 = select i1 %502, float %361, float 0xFFF0000000000000
	%504 = shl i32 %6, 1
	%505 = add i32 8, %504
	%506 = add i32 %213, %505
	%507 = icmp slt i32 %506, %N
	%508 = select i1 %507, i32 %506, i32 0
	%509 = sitofp i32 %386 to float
	%510 = sitofp i32 %508 to float
	%511 = fcmp ole float %510, %509
	%512 = uitofp i1 %511 to float
	%513 = fcmp une float %512, 0.0
	%514 = and i1 %507, %513
	%515 = select i1 %514, float %363, float 0xFFF0000000000000
	%516 = shl i32 %6, 1
	%517 = add i32 9, %516
	%518 = add i32 %213, %517
	%519 = icmp slt i32 %518, %N
	%520 = select i1 %519, i32 %518, i32 0
	%521 = sitofp i32 %386 to float
	%522 = sitofp i32 %520 to float
	%523 = fcmp ole float %522, %521
	%524 = uitofp i1 %523 to float
	%525 = fcmp une float %524, 0.0
	%526 = and i1 %519, %525
	%527 = select i1 %526, float %364, float 0xFFF0000000000000
	%528 = shl i32 %6, 1
	%529 = add i32 8, %528
	%530 = add i32 %213, %529
	%531 = icmp slt i32 %530, %N
	%532 = select i1 %531, i32 %530, i32 0
	%533 = sitofp i32 %390 to float
	%534 = sitofp i32 %532 to float
	%535 = fcmp ole float %534, %533
	%536 = uitofp i1 %535 to float
	%537 = fcmp une float %536, 0.0
	%538 = and i1 %531, %537
	%539 = select i1 %538, float %365, float 0xFFF0000000000000
	%540 = shl i32 %6, 1
	%541 = add i32 9, %540
	%542 = add i32 %213, %541
	%543 = icmp slt i32 %542, %N
	%544 = select i1 %543, i32 %542, i32 0
	%545 = sitofp i32 %390 to float
	%546 = sitofp i32 %544 to float
	%547 = fcmp ole float %546, %545
	%548 = uitofp i1 %547 to float
	%549 = fcmp une float %548, 0.0
	%550 = and i1 %543, %549
	%551 = select i1 %550, float %366, float 0xFFF0000000000000
	%552 = shl i32 %6, 1
	%553 = add i32 16, %552
	%554 = add i32 %213, %553
	%555 = icmp slt i32 %554, %N
	%556 = select i1 %555, i32 %554, i32 0
	%557 = sitofp i32 %386 to float
	%558 = sitofp i32 %556 to float
	%559 = fcmp ole float %558, %557
	%560 = uitofp i1 %559 to float
	%561 = fcmp une float %560, 0.0
	%562 = and i1 %555, %561
	%563 = select i1 %562, float %374, float 0xFFF0000000000000
	%564 = shl i32 %6, 1
	%565 = add i32 17, %564
	%566 = add i32 %213, %565
	%567 = icmp slt i32 %566, %N
	%568 = select i1 %567, i32 %566, i32 0
	%569 = sitofp i32 %386 to float
	%570 = sitofp i32 %568 to float
	%571 = fcmp ole float %570, %569
	%572 = uitofp i1 %571 to float
	%573 = fcmp une float %572, 0.0
	%574 = and i1 %567, %573
	%575 = select i1 %574, float %375, float 0xFFF0000000000000
	%576 = shl i32 %6, 1
	%577 = add i32 16, %576
	%578 = add i32 %213, %577
	%579 = icmp slt i32 %578, %N
	%580 = select i1 %579, i32 %578, i32 0
	%581 = sitofp i32 %390 to float
	%582 = sitofp i32 %580 to float
	%583 = fcmp ole float %582, %581
	%584 = uitofp i1 %583 to float
	%585 = fcmp une float %584, 0.0
	%586 = and i1 %579, %585
	%587 = select i1 %586, float %376, float 0xFFF0000000000000
	%588 = shl i32 %6, 1
	%589 = add i32 17, %588
	%590 = add i32 %213, %589
	%591 = icmp slt i32 %590, %N
	%592 = select i1 %591, i32 %590, i32 0
	%593 = sitofp i32 %390 to float
	%594 = sitofp i32 %592 to float
	%595 = fcmp ole float %594, %593
	%596 = uitofp i1 %595 to float
	%597 = fcmp une float %596, 0.0
	%598 = and i1 %591, %597
	%599 = select i1 %598, float %377, float 0xFFF0000000000000
	%600 = shl i32 %6, 1
	%601 = add i32 24, %600
	%602 = add i32 %213, %601
	%603 = icmp slt i32 %602, %N
	%604 = select i1 %603, i32 %602, i32 0
	%605 = sitofp i32 %386 to float
	%606 = sitofp i32 %604 to float
	%607 = fcmp ole float %606, %605
	%608 = uitofp i1 %607 to float
	%609 = fcmp une float %608, 0.0
	%610 = and i1 %603, %609
	%611 = select i1 %610, float %379, float 0xFFF0000000000000
	%612 = shl i32 %6, 1
	%613 = add i32 25, %612
	%614 = add i32 %213, %613
	%615 = icmp slt i32 %614, %N
	%616 = select i1 %615, i32 %614, i32 0
	%617 = sitofp i32 %386 to float
	%618 = sitofp i32 %616 to float
	%619 = fcmp ole float %618, %617
	%620 = uitofp i1 %619 to float
	%621 = fcmp une float %620, 0.0
	%622 = and i1 %615, %621
	%623 = select i1 %622, float %380, float 0xFFF0000000000000
	%624 = shl i32 %6, 1
	%625 = add i32 24, %624
	%626 = add i32 %213, %625
	%627 = icmp slt i32 %626, %N
	%628 = select i1 %627, i32 %626, i32 0
	%629 = sitofp i32 %390 to float
	%630 = sitofp i32 %628 to float
	%631 = fcmp ole float %630, %629
	%632 = uitofp i1 %631 to float
	%633 = fcmp une float %632, 0.0
	%634 = and i1 %627, %633
	%635 = select i1 %634, float %381, float 0xFFF0000000000000
	%636 = shl i32 %6, 1
	%637 = add i32 25, %636
	%638 = add i32 %213, %637
	%639 = icmp slt i32 %638, %N
	%640 = select i1 %639, i32 %638, i32 0
	%641 = sitofp i32 %390 to float
	%642 = sitofp i32 %640 to float
	%643 = fcmp ole float %642, %641
	%644 = uitofp i1 %643 to float
	%645 = fcmp une float %644, 0.0
	%646 = and i1 %639, %645
	%647 = select i1 %646, float %382, float 0xFFF0000000000000
	br label %softmax

softmax:
	%648 = phi float [ %358, %loop ], [ %467, %partial ]
	%649 = phi float [ %359, %loop ], [ %479, %partial ]
	%650 = phi float [ %360, %loop ], [ %491, %partial ]
	%651 = phi float [ %361, %loop ], [ %503, %partial ]
	%652 = phi float [ %363, %loop ], [ %515, %partial ]
	%653 = phi float [ %364, %loop ], [ %527, %partial ]
	%654 = phi float [ %365, %loop ], [ %539, %partial ]
	%655 = phi float [ %366, %loop ], [ %551, %partial ]
	%656 = phi float [ %374, %loop ], [ %563, %partial ]
	%657 = phi float [ %375, %loop ], [ %575, %partial ]
	%658 = phi float [ %376, %loop ], [ %587, %partial ]
	%659 = phi float [ %377, %loop ], [ %599, %partial ]
	%660 = phi float [ %379, %loop ], [ %611, %partial ]
	%661 = phi float [ %380, %loop ], [ %623, %partial ]
	%662 = phi float [ %381, %loop ], [ %635, %partial ]
	%663 = phi float [ %382, %loop ], [ %647, %partial ]
	%664 = call float @llvm.nvvm.fmax.f(float %648, float %649)
	%665 = call float @llvm.nvvm.fmax.f(float %652, float %653)
	%666 = call float @llvm.nvvm.fmax.f(float %656, float %657)
	%667 = call float @llvm.nvvm.fmax.f(float %660, float %661)
	%668 = call float @llvm.nvvm.fmax.f(float %664, float %665)
	%669 = call float @llvm.nvvm.fmax.f(float %666, float %667)
	%670 = call float @llvm.nvvm.fmax.f(float %668, float %669)
	%671 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %670, i32 1, i32 31)
	%672 = call float @llvm.nvvm.fmax.f(float %670, float %671)
	%673 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %672, i32 2, i32 31)
	%674 = call float @llvm.nvvm.fmax.f(float %672, float %673)
	%675 = fmul float %674, 0x3FC7154760000000
	%676 = call float @llvm.nvvm.fmax.f(float %209, float %675)
	%677 = fadd float %209, 8.0
	%678 = fcmp ogt float %676, %677
	%679 = or i1 false, %678
	%680 = call float @llvm.nvvm.fmax.f(float %650, float %651)
	%681 = call float @llvm.nvvm.fmax.f(float %654, float %655)
	%682 = call float @llvm.nvvm.fmax.f(float %658, float %659)
	%683 = call float @llvm.nvvm.fmax.f(float %662, float %663)
	%684 = call float @llvm.nvvm.fmax.f(float %680, float %681)
	%685 = call float @llvm.nvvm.fmax.f(float %682, float %683)
	%686 = call float @llvm.nvvm.fmax.f(float %684, float %685)
	%687 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %686, i32 1, i32 31)
	%688 = call float @llvm.nvvm.fmax.f(float %686, float %687)
	%689 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %688, i32 2, i32 31)
	%690 = call float @llvm.nvvm.fmax.f(float %688, float %689)
	%691 = fmul float %690, 0x3FC7154760000000
	%692 = call float @llvm.nvvm.fmax.f(float %211, float %691)
	%693 = fadd float %211, 8.0
	%694 = fcmp ogt float %692, %693
	%695 = or i1 %679, %694
	%696 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %695)
	br i1 %696, label %697, label %740

697:
	%698 = fcmp oeq float %676, 0xFFF0000000000000
	%699 = select i1 %698, float 0.0, float %676
	%700 = fsub float %209, %699
	%701 = call float @llvm.nvvm.ex2.approx.ftz.f(float %700)
	%702 = fcmp oeq float %692, 0xFFF0000000000000
	%703 = select i1 %702, float 0.0, float %692
	%704 = fsub float %211, %703
	%705 = call float @llvm.nvvm.ex2.approx.ftz.f(float %704)
	%706 = fmul float %177, %701
	%707 = fmul float %178, %701
	%708 = fmul float %179, %705
	%709 = fmul float %180, %705
	%710 = fmul float %181, %701
	%711 = fmul float %182, %701
	%712 = fmul float %183, %705
	%713 = fmul float %184, %705
	%714 = fmul float %185, %701
	%715 = fmul float %186, %701
	%716 = fmul float %187, %705
	%717 = fmul float %188, %705
	%718 = fmul float %189, %701
	%719 = fmul float %190, %701
	%720 = fmul float %191, %705
	%721 = fmul float %192, %705
	%722 = fmul float %193, %701
	%723 = fmul float %194, %701
	%724 = fmul float %195, %705
	%725 = fmul float %196, %705
	%726 = fmul float %197, %701
	%727 = fmul float %198, %701
	%728 = fmul float %199, %705
	%729 = fmul float %200, %705
	%730 = fmul float %201, %701
	%731 = fmul float %202, %701
	%732 = fmul float %203, %705
	%733 = fmul float %204, %705
	%734 = fmul float %205, %701
	%735 = fmul float %206, %701
	%736 = fmul float %207, %705
	%737 = fmul float %208, %705
	%738 = fmul float %210, %701
	%739 = fmul float %212, %705
	br label %740

740:
	%741 = phi float [ %177, %softmax ], [ %706, %697 ]
	%742 = phi float [ %178, %softmax ], [ %707, %697 ]
	%743 = phi float [ %179, %softmax ], [ %708, %697 ]
	%744 = phi float [ %180, %softmax ], [ %709, %697 ]
	%745 = phi float [ %181, %softmax ], [ %710, %697 ]
	%746 = phi float [ %182, %softmax ], [ %711, %697 ]
	%747 = phi float [ %183, %softmax ], [ %712, %697 ]
	%748 = phi float [ %184, %softmax ], [ %713, %697 ]
	%749 = phi float [ %185, %softmax ], [ %714, %697 ]
	%750 = phi float [ %186, %softmax ], [ %715, %697 ]
	%751 = phi float [ %187, %softmax ], [ %716, %697 ]
	%752 = phi float [ %188, %softmax ], [ %717, %697 ]
	%753 = phi float [ %189, %softmax ], [ %718, %697 ]
	%754 = phi float [ %190, %softmax ], [ %719, %697 ]
	%755 = phi float [ %191, %softmax ], [ %720, %697 ]
	%756 = phi float [ %192, %softmax ], [ %721, %697 ]
	%757 = phi float [ %193, %softmax ], [ %722, %697 ]
	%758 = phi float [ %194, %softmax ], [ %723, %697 ]
	%759 = phi float [ %195, %softmax ], [ %724, %697 ]
	%760 = phi float [ %196, %softmax ], [ %725, %697 ]
	%761 = phi float [ %197, %softmax ], [ %726, %697 ]
	%762 = phi float [ %198, %softmax ], [ %727, %697 ]
	%763 = phi float [ %199, %softmax ], [ %728, %697 ]
	%764 = phi float [ %200, %softmax ], [ %729, %697 ]
	%765 = phi float [ %201, %softmax ], [ %730, %697 ]
	%766 = phi float [ %202, %softmax ], [ %731, %697 ]
	%767 = phi float [ %203, %softmax ], [ %732, %697 ]
	%768 = phi float [ %204, %softmax ], [ %733, %697 ]
	%769 = phi float [ %205, %softmax ], [ %734, %697 ]
	%770 = phi float [ %206, %softmax ], [ %735, %697 ]
	%771 = phi float [ %207, %softmax ], [ %736, %697 ]
	%772 = phi float [ %208, %softmax ], [ %737, %697 ]
	%773 = phi float [ %210, %softmax ], [ %738, %697 ]
	%774 = phi float [ %212, %softmax ], [ %739, %697 ]
	%775 = select i1 %696, float %676, float %209
	%776 = fcmp oeq float %775, 0xFFF0000000000000
	%777 = select i1 %776, float 0.0, float %775
	%778 = fneg float %777
	%779 = call float @llvm.fma.f32(float %648, float 0x3FC7154760000000, float %778)
	%780 = call float @llvm.nvvm.ex2.approx.ftz.f(float %779)
	%781 = call float @llvm.fma.f32(float %649, float 0x3FC7154760000000, float %778)
	%782 = call float @llvm.nvvm.ex2.approx.ftz.f(float %781)
	%783 = call float @llvm.fma.f32(float %652, float 0x3FC7154760000000, float %778)
	%784 = call float @llvm.nvvm.ex2.approx.ftz.f(float %783)
	%785 = call float @llvm.fma.f32(float %653, float 0x3FC7154760000000, float %778)
	%786 = call float @llvm.nvvm.ex2.approx.ftz.f(float %785)
	%787 = call float @llvm.fma.f32(float %656, float 0x3FC7154760000000, float %778)
	%788 = call float @llvm.nvvm.ex2.approx.ftz.f(float %787)
	%789 = call float @llvm.fma.f32(float %657, float 0x3FC7154760000000, float %778)
	%790 = call float @llvm.nvvm.ex2.approx.ftz.f(float %789)
	%791 = call float @llvm.fma.f32(float %660, float 0x3FC7154760000000, float %778)
	%792 = call float @llvm.nvvm.ex2.approx.ftz.f(float %791)
	%793 = call float @llvm.fma.f32(float %661, float 0x3FC7154760000000, float %778)
	%794 = call float @llvm.nvvm.ex2.approx.ftz.f(float %793)
	%795 = fadd float %780, %782
	%796 = fadd float %784, %786
	%797 = fadd float %788, %790
	%798 = fadd float %792, %794
	%799 = fadd float %795, %796
	%800 = fadd float %797, %798
	%801 = fadd float %799, %800
	%802 = fadd float %773, %801
	%803 = select i1 %696, float %692, float %211
	%804 = fcmp oeq float %803, 0xFFF0000000000000
	%805 = select i1 %804, float 0.0, float %803
	%806 = fneg float %805
	%807 = call float @llvm.fma.f32(float %650, float 0x3FC7154760000000, float %806)
	%808 = call float @llvm.nvvm.ex2.approx.ftz.f(float %807)
	%809 = call float @llvm.fma.f32(float %651, float 0x3FC7154760000000, float %806)
	%810 = call float @llvm.nvvm.ex2.approx.ftz.f(float %809)
	%811 = call float @llvm.fma.f32(float %654, float 0x3FC7154760000000, float %806)
	%812 = call float @llvm.nvvm.ex2.approx.ftz.f(float %811)
	%813 = call float @llvm.fma.f32(float %655, float 0x3FC7154760000000, float %806)
	%814 = call float @llvm.nvvm.ex2.approx.ftz.f(float %813)
	%815 = call float @llvm.fma.f32(float %658, float 0x3FC7154760000000, float %806)
	%816 = call float @llvm.nvvm.ex2.approx.ftz.f(float %815)
	%817 = call float @llvm.fma.f32(float %659, float 0x3FC7154760000000, float %806)
	%818 = call float @llvm.nvvm.ex2.approx.ftz.f(float %817)
	%819 = call float @llvm.fma.f32(float %662, float 0x3FC7154760000000, float %806)
	%820 = call float @llvm.nvvm.ex2.approx.ftz.f(float %819)
	%821 = call float @llvm.fma.f32(float %663, float 0x3FC7154760000000, float %806)
	%822 = call float @llvm.nvvm.ex2.approx.ftz.f(float %821)
	%823 = fadd float %808, %810
	%824 = fadd float %812, %814
	%825 = fadd float %816, %818
	%826 = fadd float %820, %822
	%827 = fadd float %823, %824
	%828 = fadd float %825, %826
	%829 = fadd float %827, %828
	%830 = fadd float %774, %829
	%831 = add i32 %173, 1
	%832 = icmp sge i32 %175, 0
	%833 = add i32 %173, 2
	%834 = icmp slt i32 %833, %NK
	%835 = and i1 %832, %834
	%836 = select i1 %835, i32 %833, i32 0
	%837 = add i32 %41, %836
	%838 = sext i32 %837 to i64
	%839 = getelementptr i32, i32* %list, i64 %838
	%840 = load i32, i32* %839
	%841 = select i1 %835, i32 %840, i32 -1
	%842 = icmp sge i32 %175, 0
	%843 = icmp slt i32 %175, %NK
	%844 = and i1 %842, %843
	%845 = select i1 %844, i32 %175, i32 0
	%846 = add i32 %45, %845
	%847 = sext i32 %846 to i64
	%848 = getelementptr i8, i8* %cls, i64 %847
	%849 = load i8, i8* %848
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %832, label %prefetch, label %pv

prefetch:
	%850 = mul i32 %175, 32
	%851 = lshr i32 %2, 3
	%852 = and i32 %2, 7
	%853 = and i32 %851, 7
	%854 = xor i32 %852, %853
	%855 = mul i32 %851, 8
	%856 = add i32 %855, %854
	%857 = shl i32 %856, 4
	%858 = add i32 %0, %857
	%859 = add i32 %850, %851
	%860 = mul i32 %859, 64
	%861 = mul i32 %852, 8
	%862 = add i32 %860, %861
	%863 = sext i32 %862 to i64
	%864 = getelementptr i16, i16* %32, i64 %863
	%865 = add i32 %859, 0
	%866 = icmp slt i32 %865, %N
	%867 = getelementptr i16, i16* %864, i64 0
	%868 = select i1 %866, i16* %867, i16* %32
	%869 = add i32 %858, 0
	%870 = select i1 %866, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %869, i16* %868, i32 %870)
	%871 = add i32 %859, 16
	%872 = icmp slt i32 %871, %N
	%873 = getelementptr i16, i16* %864, i64 1024
	%874 = select i1 %872, i16* %873, i16* %32
	%875 = add i32 %858, 2048
	%876 = select i1 %872, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %875, i16* %874, i32 %876)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%877 = and i32 %4, 7
	%878 = lshr i32 %4, 3
	%879 = and i32 %878, 1
	%880 = shl i32 %879, 3
	%881 = add i32 %877, %880
	%882 = mul i32 %881, 128
	%883 = add i32 %1, %882
	%884 = and i32 %4, 7
	%885 = xor i32 %112, %884
	%886 = shl i32 %885, 4
	%887 = add i32 %883, %886
	%888 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %782, float %780)
	%889 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %810, float %808)
	%890 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %786, float %784)
	%891 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %814, float %812)
	%892 = xor i32 %887, 0
	%893 = add i32 %892, 0
	%894 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %893)
	%895 = extractvalue { i32, i32, i32, i32 } %894, 0
	%896 = extractvalue { i32, i32, i32, i32 } %894, 1
	%897 = extractvalue { i32, i32, i32, i32 } %894, 2
	%898 = extractvalue { i32, i32, i32, i32 } %894, 3
	%899 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %888, i32 %889, i32 %890, i32 %891, i32 %895, i32 %896, float %741, float %742, float %743, float %744)
	%900 = extractvalue { float, float, float, float } %899, 0
	%901 = extractvalue { float, float, float, float } %899, 1
	%902 = extractvalue { float, float, float, float } %899, 2
	%903 = extractvalue { float, float, float, float } %899, 3
	%904 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %888, i32 %889, i32 %890, i32 %891, i32 %897, i32 %898, float %745, float %746, float %747, float %748)
	%905 = extractvalue { float, float, float, float } %904, 0
	%906 = extractvalue { float, float, float, float } %904, 1
	%907 = extractvalue { float, float, float, float } %904, 2
	%908 = extractvalue { float, float, float, float } %904, 3
	%909 = xor i32 %887, 32
	%910 = add i32 %909, 0
	%911 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %910)
	%912 = extractvalue { i32, i32, i32, i32 } %911, 0
	%913 = extractvalue { i32, i32, i32, i32 } %911, 1
	%914 = extractvalue { i32, i32, i32, i32 } %911, 2
	%915 = extractvalue { i32, i32, i32, i32 } %911, 3
	%916 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %888, i32 %889, i32 %890, i32 %891, i32 %912, i32 %913, float %749, float %750, float %751, float %752)
	%917 = extractvalue { float, float, float, float } %916, 0
	%918 = extractvalue { float, float, float, float } %916, 1
	%919 = extractvalue { float, float, float, float } %916, 2
	%920 = extractvalue { float, float, float, float } %916, 3
	%921 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %888, i32 %889, i32 %890, i32 %891, i32 %914, i32 %915, float %753, float %754, float %755, float %756)
	%922 = extractvalue { float, float, float, float } %921, 0
	%923 = extractvalue { float, float, float, float } %921, 1
	%924 = extractvalue { float, float, float, float } %921, 2
	%925 = extractvalue { float, float, float, float } %921, 3
	%926 = xor i32 %887, 64
	%927 = add i32 %926, 0
	%928 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %927)
	%929 = extractvalue { i32, i32, i32, i32 } %928, 0
	%930 = extractvalue { i32, i32, i32, i32 } %928, 1
	%931 = extractvalue { i32, i32, i32, i32 } %928, 2
	%932 = extractvalue { i32, i32, i32, i32 } %928, 3
	%933 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %888, i32 %889, i32 %890, i32 %891, i32 %929, i32 %930, float %757, float %758, float %759, float %760)
	%934 = extractvalue { float, float, float, float } %933, 0
	%935 = extractvalue { float, float, float, float } %933, 1
	%936 = extractvalue { float, float, float, float } %933, 2
	%937 = extractvalue { float, float, float, float } %933, 3
	%938 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %888, i32 %889, i32 %890, i32 %891, i32 %931, i32 %932, float %761, float %762, float %763, float %764)
	%939 = extractvalue { float, float, float, float } %938, 0
	%940 = extractvalue { float, float, float, float } %938, 1
	%941 = extractvalue { float, float, float, float } %938, 2
	%942 = extractvalue { float, float, float, float } %938, 3
	%943 = xor i32 %887, 96
	%944 = add i32 %943, 0
	%945 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %944)
	%946 = extractvalue { i32, i32, i32, i32 } %945, 0
	%947 = extractvalue { i32, i32, i32, i32 } %945, 1
	%948 = extractvalue { i32, i32, i32, i32 } %945, 2
	%949 = extractvalue { i32, i32, i32, i32 } %945, 3
	%950 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %888, i32 %889, i32 %890, i32 %891, i32 %946, i32 %947, float %765, float %766, float %767, float %768)
	%951 = extractvalue { float, float, float, float } %950, 0
	%952 = extractvalue { float, float, float, float } %950, 1
	%953 = extractvalue { float, float, float, float } %950, 2
	%954 = extractvalue { float, float, float, float } %950, 3
	%955 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %888, i32 %889, i32 %890, i32 %891, i32 %948, i32 %949, float %769, float %770, float %771, float %772)
	%956 = extractvalue { float, float, float, float } %955, 0
	%957 = extractvalue { float, float, float, float } %955, 1
	%958 = extractvalue { float, float, float, float } %955, 2
	%959 = extractvalue { float, float, float, float } %955, 3
	%960 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %790, float %788)
	%961 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %818, float %816)
	%962 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %794, float %792)
	%963 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %822, float %820)
	%964 = xor i32 %887, 0
	%965 = add i32 %964, 2048
	%966 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %965)
	%967 = extractvalue { i32, i32, i32, i32 } %966, 0
	%968 = extractvalue { i32, i32, i32, i32 } %966, 1
	%969 = extractvalue { i32, i32, i32, i32 } %966, 2
	%970 = extractvalue { i32, i32, i32, i32 } %966, 3
	%971 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %960, i32 %961, i32 %962, i32 %963, i32 %967, i32 %968, float %900, float %901, float %902, float %903)
	%972 = extractvalue { float, float, float, float } %971, 0
	%973 = extractvalue { float, float, float, float } %971, 1
	%974 = extractvalue { float, float, float, float } %971, 2
	%975 = extractvalue { float, float, float, float } %971, 3
	%976 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %960, i32 %961, i32 %962, i32 %963, i32 %969, i32 %970, float %905, float %906, float %907, float %908)
	%977 = extractvalue { float, float, float, float } %976, 0
	%978 = extractvalue { float, float, float, float } %976, 1
	%979 = extractvalue { float, float, float, float } %976, 2
	%980 = extractvalue { float, float, float, float } %976, 3
	%981 = xor i32 %887, 32
	%982 = add i32 %981, 2048
	%983 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %982)
	%984 = extractvalue { i32, i32, i32, i32 } %983, 0
	%985 = extractvalue { i32, i32, i32, i32 } %983, 1
	%986 = extractvalue { i32, i32, i32, i32 } %983, 2
	%987 = extractvalue { i32, i32, i32, i32 } %983, 3
	%988 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %960, i32 %961, i32 %962, i32 %963, i32 %984, i32 %985, float %917, float %918, float %919, float %920)
	%989 = extractvalue { float, float, float, float } %988, 0
	%990 = extractvalue { float, float, float, float } %988, 1
	%991 = extractvalue { float, float, float, float } %988, 2
	%992 = extractvalue { float, float, float, float } %988, 3
	%993 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %960, i32 %961, i32 %962, i32 %963, i32 %986, i32 %987, float %922, float %923, float %924, float %925)
	%994 = extractvalue { float, float, float, float } %993, 0
	%995 = extractvalue { float, float, float, float } %993, 1
	%996 = extractvalue { float, float, float, float } %993, 2
	%997 = extractvalue { float, float, float, float } %993, 3
	%998 = xor i32 %887, 64
	%999 = add i32 %998, 2048
	%1000 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %999)
	%1001 = extractvalue { i32, i32, i32, i32 } %1000, 0
	%1002 = extractvalue { i32, i32, i32, i32 } %1000, 1
	%1003 = extractvalue { i32, i32, i32, i32 } %1000, 2
	%1004 = extractvalue { i32, i32, i32, i32 } %1000, 3
	%1005 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %960, i32 %961, i32 %962, i32 %963, i32 %1001, i32 %1002, float %934, float %935, float %936, float %937)
	%1006 = extractvalue { float, float, float, float } %1005, 0
	%1007 = extractvalue { float, float, float, float } %1005, 1
	%1008 = extractvalue { float, float, float, float } %1005, 2
	%1009 = extractvalue { float, float, float, float } %1005, 3
	%1010 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %960, i32 %961, i32 %962, i32 %963, i32 %1003, i32 %1004, float %939, float %940, float %941, float %942)
	%1011 = extractvalue { float, float, float, float } %1010, 0
	%1012 = extractvalue { float, float, float, float } %1010, 1
	%1013 = extractvalue { float, float, float, float } %1010, 2
	%1014 = extractvalue { float, float, float, float } %1010, 3
	%1015 = xor i32 %887, 96
	%1016 = add i32 %1015, 2048
	%1017 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1016)
	%1018 = extractvalue { i32, i32, i32, i32 } %1017, 0
	%1019 = extractvalue { i32, i32, i32, i32 } %1017, 1
	%1020 = extractvalue { i32, i32, i32, i32 } %1017, 2
	%1021 = extractvalue { i32, i32, i32, i32 } %1017, 3
	%1022 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %960, i32 %961, i32 %962, i32 %963, i32 %1018, i32 %1019, float %951, float %952, float %953, float %954)
	%1023 = extractvalue { float, float, float, float } %1022, 0
	%1024 = extractvalue { float, float, float, float } %1022, 1
	%1025 = extractvalue { float, float, float, float } %1022, 2
	%1026 = extractvalue { float, float, float, float } %1022, 3
	%1027 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %960, i32 %961, i32 %962, i32 %963, i32 %1020, i32 %1021, float %956, float %957, float %958, float %959)
	%1028 = extractvalue { float, float, float, float } %1027, 0
	%1029 = extractvalue { float, float, float, float } %1027, 1
	%1030 = extractvalue { float, float, float, float } %1027, 2
	%1031 = extractvalue { float, float, float, float } %1027, 3
	br i1 %832, label %loop, label %epilogue

store0:
	%1032 = mul i32 %22, %M
	%1033 = add i32 %1032, %438
	%1034 = mul i32 %1033, 64
	%1035 = shl i32 %6, 1
	%1036 = add i32 0, %1035
	%1037 = add i32 %1034, %1036
	%1038 = sext i32 %1037 to i64
	%1039 = getelementptr i16, i16* %out, i64 %1038
	%1040 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %440, float %439)
	%1041 = bitcast i16* %1039 to i32*
	store i32 %1040, i32* %1041
	%1042 = shl i32 %6, 1
	%1043 = add i32 8, %1042
	%1044 = add i32 %1034, %1043
	%1045 = sext i32 %1044 to i64
	%1046 = getelementptr i16, i16* %out, i64 %1045
	%1047 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %442, float %441)
	%1048 = bitcast i16* %1046 to i32*
	store i32 %1047, i32* %1048
	%1049 = shl i32 %6, 1
	%1050 = add i32 16, %1049
	%1051 = add i32 %1034, %1050
	%1052 = sext i32 %1051 to i64
	%1053 = getelementptr i16, i16* %out, i64 %1052
	%1054 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %444, float %443)
	%1055 = bitcast i16* %1053 to i32*
	store i32 %1054, i32* %1055
	%1056 = shl i32 %6, 1
	%1057 = add i32 24, %1056
	%1058 = add i32 %1034, %1057
	%1059 = sext i32 %1058 to i64
	%1060 = getelementptr i16, i16* %out, i64 %1059
	%1061 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %446, float %445)
	%1062 = bitcast i16* %1060 to i32*
	store i32 %1061, i32* %1062
	%1063 = shl i32 %6, 1
	%1064 = add i32 32, %1063
	%1065 = add i32 %1034, %1064
	%1066 = sext i32 %1065 to i64
	%1067 = getelementptr i16, i16* %out, i64 %1066
	%1068 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %448, float %447)
	%1069 = bitcast i16* %1067 to i32*
	store i32 %1068, i32* %1069
	%1070 = shl i32 %6, 1
	%1071 = add i32 40, %1070
	%1072 = add i32 %1034, %1071
	%1073 = sext i32 %1072 to i64
	%1074 = getelementptr i16, i16* %out, i64 %1073
	%1075 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %450, float %449)
	%1076 = bitcast i16* %1074 to i32*
	store i32 %1075, i32* %1076
	%1077 = shl i32 %6, 1
	%1078 = add i32 48, %1077
	%1079 = add i32 %1034, %1078
	%1080 = sext i32 %1079 to i64
	%1081 = getelementptr i16, i16* %out, i64 %1080
	%1082 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %452, float %451)
	%1083 = bitcast i16* %1081 to i32*
	store i32 %1082, i32* %1083
	%1084 = shl i32 %6, 1
	%1085 = add i32 56, %1084
	%1086 = add i32 %1034, %1085
	%1087 = sext i32 %1086 to i64
	%1088 = getelementptr i16, i16* %out, i64 %1087
	%1089 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %454, float %453)
	%1090 = bitcast i16* %1088 to i32*
	store i32 %1089, i32* %1090
	br label %stored0

stored0:
	%1091 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %394, i32 1, i32 31)
	%1092 = fadd float %394, %1091
	%1093 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1092, i32 2, i32 31)
	%1094 = fadd float %1092, %1093
	%1095 = fcmp ogt float %1094, 0.0
	%1096 = fdiv float 1.0, %1094
	%1097 = select i1 %1095, float %1096, float 0.0
	%1098 = mul i32 %3, 16
	%1099 = add i32 %24, %1098
	%1100 = add i32 %5, 8
	%1101 = add i32 %1099, %1100
	%1102 = fmul float %398, %1097
	%1103 = fmul float %399, %1097
	%1104 = fmul float %402, %1097
	%1105 = fmul float %403, %1097
	%1106 = fmul float %406, %1097
	%1107 = fmul float %407, %1097
	%1108 = fmul float %410, %1097
	%1109 = fmul float %411, %1097
	%1110 = fmul float %414, %1097
	%1111 = fmul float %415, %1097
	%1112 = fmul float %418, %1097
	%1113 = fmul float %419, %1097
	%1114 = fmul float %422, %1097
	%1115 = fmul float %423, %1097
	%1116 = fmul float %426, %1097
	%1117 = fmul float %427, %1097
	%1118 = icmp slt i32 %1101, %M
	br i1 %1118, label %store1, label %stored1

store1:
	%1119 = mul i32 %22, %M
	%1120 = add i32 %1119, %1101
	%1121 = mul i32 %1120, 64
	%1122 = shl i32 %6, 1
	%1123 = add i32 0, %1122
	%1124 = add i32 %1121, %1123
	%1125 = sext i32 %1124 to i64
	%1126 = getelementptr i16, i16* %out, i64 %1125
	%1127 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1103, float %1102)
	%1128 = bitcast i16* %1126 to i32*
	store i32 %1127, i32* %1128
	%1129 = shl i32 %6, 1
	%1130 = add i32 8, %1129
	%1131 = add i32 %1121, %1130
	%1132 = sext i32 %1131 to i64
	%1133 = getelementptr i16, i16* %out, i64 %1132
	%1134 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1105, float %1104)
	%1135 = bitcast i16* %1133 to i32*
	store i32 %1134, i32* %1135
	%1136 = shl i32 %6, 1
	%1137 = add i32 16, %1136
	%1138 = add i32 %1121, %1137
	%1139 = sext i32 %1138 to i64
	%1140 = getelementptr i16, i16* %out, i64 %1139
	%1141 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1107, float %1106)
	%1142 = bitcast i16* %1140 to i32*
	store i32 %1141, i32* %1142
	%1143 = shl i32 %6, 1
	%1144 = add i32 24, %1143
	%1145 = add i32 %1121, %1144
	%1146 = sext i32 %1145 to i64
	%1147 = getelementptr i16, i16* %out, i64 %1146
	%1148 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1109, float %1108)
	%1149 = bitcast i16* %1147 to i32*
	store i32 %1148, i32* %1149
	%1150 = shl i32 %6, 1
	%1151 = add i32 32, %1150
	%1152 = add i32 %1121, %1151
	%1153 = sext i32 %1152 to i64
	%1154 = getelementptr i16, i16* %out, i64 %1153
	%1155 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1111, float %1110)
	%1156 = bitcast i16* %1154 to i32*
	store i32 %1155, i32* %1156
	%1157 = shl i32 %6, 1
	%1158 = add i32 40, %1157
	%1159 = add i32 %1121, %1158
	%1160 = sext i32 %1159 to i64
	%1161 = getelementptr i16, i16* %out, i64 %1160
	%1162 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1113, float %1112)
	%1163 = bitcast i16* %1161 to i32*
	store i32 %1162, i32* %1163
	%1164 = shl i32 %6, 1
	%1165 = add i32 48, %1164
	%1166 = add i32 %1121, %1165
	%1167 = sext i32 %1166 to i64
	%1168 = getelementptr i16, i16* %out, i64 %1167
	%1169 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1115, float %1114)
	%1170 = bitcast i16* %1168 to i32*
	store i32 %1169, i32* %1170
	%1171 = shl i32 %6, 1
	%1172 = add i32 56, %1171
	%1173 = add i32 %1121, %1172
	%1174 = sext i32 %1173 to i64
	%1175 = getelementptr i16, i16* %out, i64 %1174
	%1176 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1117, float %1116)
	%1177 = bitcast i16* %1175 to i32*
	store i32 %1176, i32* %1177
	br label %stored1

stored1:
	ret void
}
