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
	%130 = mul i32 %49, 32
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
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%157 = phi i32 [ 0, %prologue ], [ %705, %pv ]
	%158 = phi i32 [ %49, %prologue ], [ %712, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %836, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %837, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %838, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %839, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %841, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %842, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %843, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %844, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %853, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %854, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %855, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %856, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %858, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %859, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %860, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %861, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %870, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %871, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %872, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %873, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %875, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %876, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %877, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %878, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %887, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %888, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %889, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %890, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %892, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %893, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %894, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %895, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %649, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %676, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %677, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %704, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%195 = mul i32 %158, 32
	%196 = lshr i32 %2, 3
	%197 = and i32 %2, 7
	%198 = and i32 %196, 7
	%199 = xor i32 %197, %198
	%200 = mul i32 %196, 8
	%201 = add i32 %200, %199
	%202 = shl i32 %201, 4
	%203 = add i32 %1, %202
	%204 = add i32 %195, %196
	%205 = mul i32 %204, 64
	%206 = mul i32 %197, 8
	%207 = add i32 %205, %206
	%208 = sext i32 %207 to i64
	%209 = getelementptr i16, i16* %36, i64 %208
	%210 = add i32 %204, 0
	%211 = icmp slt i32 %210, %N
	%212 = getelementptr i16, i16* %209, i64 0
	%213 = select i1 %211, i16* %212, i16* %36
	%214 = add i32 %203, 0
	%215 = select i1 %211, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %214, i16* %213, i32 %215)
	%216 = add i32 %204, 16
	%217 = icmp slt i32 %216, %N
	%218 = getelementptr i16, i16* %209, i64 1024
	%219 = select i1 %217, i16* %218, i16* %36
	%220 = add i32 %203, 2048
	%221 = select i1 %217, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %220, i16* %219, i32 %221)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%222 = and i32 %4, 7
	%223 = shl i32 %96, 3
	%224 = add i32 %222, %223
	%225 = lshr i32 %4, 3
	%226 = and i32 %225, 1
	%227 = mul i32 %224, 128
	%228 = add i32 %0, %227
	%229 = and i32 %4, 7
	%230 = xor i32 %226, %229
	%231 = shl i32 %230, 4
	%232 = add i32 %228, %231
	%233 = xor i32 %232, 0
	%234 = add i32 %233, 0
	%235 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %234)
	%236 = extractvalue { i32, i32, i32, i32 } %235, 0
	%237 = extractvalue { i32, i32, i32, i32 } %235, 1
	%238 = extractvalue { i32, i32, i32, i32 } %235, 2
	%239 = extractvalue { i32, i32, i32, i32 } %235, 3
	%240 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %236, i32 %237, float 0.0, float 0.0, float 0.0, float 0.0)
	%241 = extractvalue { float, float, float, float } %240, 0
	%242 = extractvalue { float, float, float, float } %240, 1
	%243 = extractvalue { float, float, float, float } %240, 2
	%244 = extractvalue { float, float, float, float } %240, 3
	%245 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %238, i32 %239, float 0.0, float 0.0, float 0.0, float 0.0)
	%246 = extractvalue { float, float, float, float } %245, 0
	%247 = extractvalue { float, float, float, float } %245, 1
	%248 = extractvalue { float, float, float, float } %245, 2
	%249 = extractvalue { float, float, float, float } %245, 3
	%250 = add i32 %233, 2048
	%251 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %250)
	%252 = extractvalue { i32, i32, i32, i32 } %251, 0
	%253 = extractvalue { i32, i32, i32, i32 } %251, 1
	%254 = extractvalue { i32, i32, i32, i32 } %251, 2
	%255 = extractvalue { i32, i32, i32, i32 } %251, 3
	%256 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %252, i32 %253, float 0.0, float 0.0, float 0.0, float 0.0)
	%257 = extractvalue { float, float, float, float } %256, 0
	%258 = extractvalue { float, float, float, float } %256, 1
	%259 = extractvalue { float, float, float, float } %256, 2
	%260 = extractvalue { float, float, float, float } %256, 3
	%261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %254, i32 %255, float 0.0, float 0.0, float 0.0, float 0.0)
	%262 = extractvalue { float, float, float, float } %261, 0
	%263 = extractvalue { float, float, float, float } %261, 1
	%264 = extractvalue { float, float, float, float } %261, 2
	%265 = extractvalue { float, float, float, float } %261, 3
	%266 = xor i32 %232, 32
	%267 = add i32 %266, 0
	%268 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %267)
	%269 = extractvalue { i32, i32, i32, i32 } %268, 0
	%270 = extractvalue { i32, i32, i32, i32 } %268, 1
	%271 = extractvalue { i32, i32, i32, i32 } %268, 2
	%272 = extractvalue { i32, i32, i32, i32 } %268, 3
	%273 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %269, i32 %270, float %241, float %242, float %243, float %244)
	%274 = extractvalue { float, float, float, float } %273, 0
	%275 = extractvalue { float, float, float, float } %273, 1
	%276 = extractvalue { float, float, float, float } %273, 2
	%277 = extractvalue { float, float, float, float } %273, 3
	%278 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %271, i32 %272, float %246, float %247, float %248, float %249)
	%279 = extractvalue { float, float, float, float } %278, 0
	%280 = extractvalue { float, float, float, float } %278, 1
	%281 = extractvalue { float, float, float, float } %278, 2
	%282 = extractvalue { float, float, float, float } %278, 3
	%283 = add i32 %266, 2048
	%284 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %283)
	%285 = extractvalue { i32, i32, i32, i32 } %284, 0
	%286 = extractvalue { i32, i32, i32, i32 } %284, 1
	%287 = extractvalue { i32, i32, i32, i32 } %284, 2
	%288 = extractvalue { i32, i32, i32, i32 } %284, 3
	%289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %285, i32 %286, float %257, float %258, float %259, float %260)
	%290 = extractvalue { float, float, float, float } %289, 0
	%291 = extractvalue { float, float, float, float } %289, 1
	%292 = extractvalue { float, float, float, float } %289, 2
	%293 = extractvalue { float, float, float, float } %289, 3
	%294 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %287, i32 %288, float %262, float %263, float %264, float %265)
	%295 = extractvalue { float, float, float, float } %294, 0
	%296 = extractvalue { float, float, float, float } %294, 1
	%297 = extractvalue { float, float, float, float } %294, 2
	%298 = extractvalue { float, float, float, float } %294, 3
	%299 = xor i32 %232, 64
	%300 = add i32 %299, 0
	%301 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %300)
	%302 = extractvalue { i32, i32, i32, i32 } %301, 0
	%303 = extractvalue { i32, i32, i32, i32 } %301, 1
	%304 = extractvalue { i32, i32, i32, i32 } %301, 2
	%305 = extractvalue { i32, i32, i32, i32 } %301, 3
	%306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %302, i32 %303, float %274, float %275, float %276, float %277)
	%307 = extractvalue { float, float, float, float } %306, 0
	%308 = extractvalue { float, float, float, float } %306, 1
	%309 = extractvalue { float, float, float, float } %306, 2
	%310 = extractvalue { float, float, float, float } %306, 3
	%311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %304, i32 %305, float %279, float %280, float %281, float %282)
	%312 = extractvalue { float, float, float, float } %311, 0
	%313 = extractvalue { float, float, float, float } %311, 1
	%314 = extractvalue { float, float, float, float } %311, 2
	%315 = extractvalue { float, float, float, float } %311, 3
	%316 = add i32 %299, 2048
	%317 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %316)
	%318 = extractvalue { i32, i32, i32, i32 } %317, 0
	%319 = extractvalue { i32, i32, i32, i32 } %317, 1
	%320 = extractvalue { i32, i32, i32, i32 } %317, 2
	%321 = extractvalue { i32, i32, i32, i32 } %317, 3
	%322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %318, i32 %319, float %290, float %291, float %292, float %293)
	%323 = extractvalue { float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float } %322, 3
	%327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %320, i32 %321, float %295, float %296, float %297, float %298)
	%328 = extractvalue { float, float, float, float } %327, 0
	%329 = extractvalue { float, float, float, float } %327, 1
	%330 = extractvalue { float, float, float, float } %327, 2
	%331 = extractvalue { float, float, float, float } %327, 3
	%332 = xor i32 %232, 96
	%333 = add i32 %332, 0
	%334 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %333)
	%335 = extractvalue { i32, i32, i32, i32 } %334, 0
	%336 = extractvalue { i32, i32, i32, i32 } %334, 1
	%337 = extractvalue { i32, i32, i32, i32 } %334, 2
	%338 = extractvalue { i32, i32, i32, i32 } %334, 3
	%339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %335, i32 %336, float %307, float %308, float %309, float %310)
	%340 = extractvalue { float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float } %339, 3
	%344 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %337, i32 %338, float %312, float %313, float %314, float %315)
	%345 = extractvalue { float, float, float, float } %344, 0
	%346 = extractvalue { float, float, float, float } %344, 1
	%347 = extractvalue { float, float, float, float } %344, 2
	%348 = extractvalue { float, float, float, float } %344, 3
	%349 = add i32 %332, 2048
	%350 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %349)
	%351 = extractvalue { i32, i32, i32, i32 } %350, 0
	%352 = extractvalue { i32, i32, i32, i32 } %350, 1
	%353 = extractvalue { i32, i32, i32, i32 } %350, 2
	%354 = extractvalue { i32, i32, i32, i32 } %350, 3
	%355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %351, i32 %352, float %323, float %324, float %325, float %326)
	%356 = extractvalue { float, float, float, float } %355, 0
	%357 = extractvalue { float, float, float, float } %355, 1
	%358 = extractvalue { float, float, float, float } %355, 2
	%359 = extractvalue { float, float, float, float } %355, 3
	%360 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %353, i32 %354, float %328, float %329, float %330, float %331)
	%361 = extractvalue { float, float, float, float } %360, 0
	%362 = extractvalue { float, float, float, float } %360, 1
	%363 = extractvalue { float, float, float, float } %360, 2
	%364 = extractvalue { float, float, float, float } %360, 3
	%365 = mul i32 %3, 16
	%366 = add i32 %24, %365
	%367 = add i32 %5, 0
	%368 = add i32 %366, %367
	%369 = mul i32 %3, 16
	%370 = add i32 %24, %369
	%371 = add i32 %5, 8
	%372 = add i32 %370, %371
	%373 = sitofp i32 %22 to float
	%374 = add i32 %45, %158
	%375 = sext i32 %374 to i64
	%376 = getelementptr i8, i8* %cls, i64 %375
	%377 = load i8, i8* %376
	%378 = icmp ne i8 %377, 2
	br i1 %378, label %partial, label %softmax

epilogue:
	%379 = phi float [ 0.0, %entry ], [ %676, %pv ]
	%380 = phi float [ 0.0, %entry ], [ %704, %pv ]
	%381 = phi i32 [ 0, %entry ], [ %705, %pv ]
	%382 = phi float [ 0.0, %entry ], [ %836, %pv ]
	%383 = phi float [ 0.0, %entry ], [ %837, %pv ]
	%384 = phi float [ 0.0, %entry ], [ %838, %pv ]
	%385 = phi float [ 0.0, %entry ], [ %839, %pv ]
	%386 = phi float [ 0.0, %entry ], [ %841, %pv ]
	%387 = phi float [ 0.0, %entry ], [ %842, %pv ]
	%388 = phi float [ 0.0, %entry ], [ %843, %pv ]
	%389 = phi float [ 0.0, %entry ], [ %844, %pv ]
	%390 = phi float [ 0.0, %entry ], [ %853, %pv ]
	%391 = phi float [ 0.0, %entry ], [ %854, %pv ]
	%392 = phi float [ 0.0, %entry ], [ %855, %pv ]
	%393 = phi float [ 0.0, %entry ], [ %856, %pv ]
	%394 = phi float [ 0.0, %entry ], [ %858, %pv ]
	%395 = phi float [ 0.0, %entry ], [ %859, %pv ]
	%396 = phi float [ 0.0, %entry ], [ %860, %pv ]
	%397 = phi float [ 0.0, %entry ], [ %861, %pv ]
	%398 = phi float [ 0.0, %entry ], [ %870, %pv ]
	%399 = phi float [ 0.0, %entry ], [ %871, %pv ]
	%400 = phi float [ 0.0, %entry ], [ %872, %pv ]
	%401 = phi float [ 0.0, %entry ], [ %873, %pv ]
	%402 = phi float [ 0.0, %entry ], [ %875, %pv ]
	%403 = phi float [ 0.0, %entry ], [ %876, %pv ]
	%404 = phi float [ 0.0, %entry ], [ %877, %pv ]
	%405 = phi float [ 0.0, %entry ], [ %878, %pv ]
	%406 = phi float [ 0.0, %entry ], [ %887, %pv ]
	%407 = phi float [ 0.0, %entry ], [ %888, %pv ]
	%408 = phi float [ 0.0, %entry ], [ %889, %pv ]
	%409 = phi float [ 0.0, %entry ], [ %890, %pv ]
	%410 = phi float [ 0.0, %entry ], [ %892, %pv ]
	%411 = phi float [ 0.0, %entry ], [ %893, %pv ]
	%412 = phi float [ 0.0, %entry ], [ %894, %pv ]
	%413 = phi float [ 0.0, %entry ], [ %895, %pv ]
	%414 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %379, i32 1, i32 31)
	%415 = fadd float %379, %414
	%416 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %415, i32 2, i32 31)
	%417 = fadd float %415, %416
	%418 = fcmp ogt float %417, 0.0
	%419 = fdiv float 1.0, %417
	%420 = select i1 %418, float %419, float 0.0
	%421 = mul i32 %3, 16
	%422 = add i32 %24, %421
	%423 = add i32 %5, 0
	%424 = add i32 %422, %423
	%425 = fmul float %382, %420
	%426 = fmul float %383, %420
	%427 = fmul float %386, %420
	%428 = fmul float %387, %420
	%429 = fmul float %390, %420
	%430 = fmul float %391, %420
	%431 = fmul float %394, %420
	%432 = fmul float %395, %420
	%433 = fmul float %398, %420
	%434 = fmul float %399, %420
	%435 = fmul float %402, %420
	%436 = fmul float %403, %420
	%437 = fmul float %406, %420
	%438 = fmul float %407, %420
	%439 = fmul float %410, %420
	%440 = fmul float %411, %420
	%441 = icmp slt i32 %424, %M
	br i1 %441, label %store0, label %stored0

partial:
	%442 = shl i32 %6, 1
	%443 = add i32 0, %442
	%444 = add i32 %195, %443
	%445 = icmp slt i32 %444, %N
	%446 = select i1 %445, float %340, float 0xFFF0000000000000
	%447 = shl i32 %6, 1
	%448 = add i32 1, %447
	%449 = add i32 %195, %448
	%450 = icmp slt i32 %449, %N
	%451 = select i1 %450, float %341, float 0xFFF0000000000000
	%452 = shl i32 %6, 1
	%453 = add i32 0, %452
	%454 = add i32 %195, %453
	%455 = icmp slt i32 %454, %N
	%456 = select i1 %455, float %342, float 0xFFF0000000000000
	%457 = shl i32 %6, 1
	%458 = add i32 1, %457
	%459 = add i32 %195, %458
	%460 = icmp slt i32 %459, %N
	%461 = select i1 %460, float %343, float 0xFFF0000000000000
	%462 = shl i32 %6, 1
	%463 = add i32 8, %462
	%464 = add i32 %195, %463
	%465 = icmp slt i32 %464, %N
	%466 = select i1 %465, float %345, float 0xFFF0000000000000
	%467 = shl i32 %6, 1
	%468 = add i32 9, %467
	%469 = add i32 %195, %468
	%470 = icmp slt i32 %469, %N
	%471 = select i1 %470, float %346, float 0xFFF0000000000000
	%472 = shl i32 %6, 1
	%473 = add i32 8, %472
	%474 = add i32 %195, %473
	%475 = icmp slt i32 %474, %N
	%476 = select i1 %475, float %347, float 0xFFF0000000000000
	%477 = shl i32 %6, 1
	%478 = add i32 9, %477
	%479 = add i32 %195, %478
	%480 = icmp slt i32 %479, %N
	%481 = select i1 %480, float %348, float 0xFFF0000000000000
	%482 = shl i32 %6, 1
	%483 = add i32 16, %482
	%484 = add i32 %195, %483
	%485 = icmp slt i32 %484, %N
	%486 = select i1 %485, float %356, float 0xFFF0000000000000
	%487 = shl i32 %6, 1
	%488 = add i32 17, %487
	%489 = add i32 %195, %488
	%490 = icmp slt i32 %489, %N
	%491 = select i1 %490, float %357, float 0xFFF0000000000000
	%492 = shl i32 %6, 1
	%493 = add i32 16, %492
	%494 = add i32 %195, %493
	%495 = icmp slt i32 %494, %N
	%496 = select i1 %495, float %358, float 0xFFF0000000000000
	%497 = shl i32 %6, 1
	%498 = add i32 17, %497
	%499 = add i32 %195, %498
	%500 = icmp slt i32 %499, %N
	%501 = select i1 %500, float %359, float 0xFFF0000000000000
	%502 = shl i32 %6, 1
	%503 = add i32 24, %502
	%504 = add i32 %195, %503
	%505 = icmp slt i32 %504, %N
	%506 = select i1 %505, float %361, float 0xFFF0000000000000
	%507 = shl i32 %6, 1
	%508 = add i32 25, %507
	%509 = add i32 %195, %508
	%510 = icmp slt i32 %509, %N
	%511 = select i1 %510, float %362, float 0xFFF0000000000000
	%512 = shl i32 %6, 1
	%513 = add i32 24, %512
	%514 = add i32 %195, %513
	%515 = icmp slt i32 %514, %N
	%516 = select i1 %515, float %363, float 0xFFF0000000000000
	%517 = shl i32 %6, 1
	%518 = add i32 25, %517
	%519 = add i32 %195, %518
	%520 = icmp slt i32 %519, %N
	%521 = select i1 %520, float %364, float 0xFFF0000000000000
	br label %softmax

softmax:
	%522 = phi float [ %340, %loop ], [ %446, %partial ]
	%523 = phi float [ %341, %loop ], [ %451, %partial ]
	%524 = phi float [ %342, %loop ], [ %456, %partial ]
	%525 = phi float [ %343, %loop ], [ %461, %partial ]
	%526 = phi float [ %345, %loop ], [ %466, %partial ]
	%527 = phi float [ %346, %loop ], [ %471, %partial ]
	%528 = phi float [ %347, %loop ], [ %476, %partial ]
	%529 = phi float [ %348, %loop ], [ %481, %partial ]
	%530 = phi float [ %356, %loop ], [ %486, %partial ]
	%531 = phi float [ %357, %loop ], [ %491, %partial ]
	%532 = phi float [ %358, %loop ], [ %496, %partial ]
	%533 = phi float [ %359, %loop ], [ %501, %partial ]
	%534 = phi float [ %361, %loop ], [ %506, %partial ]
	%535 = phi float [ %362, %loop ], [ %511, %partial ]
	%536 = phi float [ %363, %loop ], [ %516, %partial ]
	%537 = phi float [ %364, %loop ], [ %521, %partial ]
	%538 = call float @llvm.nvvm.fmax.f(float %522, float %523)
	%539 = call float @llvm.nvvm.fmax.f(float %526, float %527)
	%540 = call float @llvm.nvvm.fmax.f(float %530, float %531)
	%541 = call float @llvm.nvvm.fmax.f(float %534, float %535)
	%542 = call float @llvm.nvvm.fmax.f(float %538, float %539)
	%543 = call float @llvm.nvvm.fmax.f(float %540, float %541)
	%544 = call float @llvm.nvvm.fmax.f(float %542, float %543)
	%545 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %544, i32 1, i32 31)
	%546 = call float @llvm.nvvm.fmax.f(float %544, float %545)
	%547 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %546, i32 2, i32 31)
	%548 = call float @llvm.nvvm.fmax.f(float %546, float %547)
	%549 = fmul float %548, 0x3FC7154760000000
	%550 = call float @llvm.nvvm.fmax.f(float %191, float %549)
	%551 = fadd float %191, 8.0
	%552 = fcmp ogt float %550, %551
	%553 = or i1 false, %552
	%554 = call float @llvm.nvvm.fmax.f(float %524, float %525)
	%555 = call float @llvm.nvvm.fmax.f(float %528, float %529)
	%556 = call float @llvm.nvvm.fmax.f(float %532, float %533)
	%557 = call float @llvm.nvvm.fmax.f(float %536, float %537)
	%558 = call float @llvm.nvvm.fmax.f(float %554, float %555)
	%559 = call float @llvm.nvvm.fmax.f(float %556, float %557)
	%560 = call float @llvm.nvvm.fmax.f(float %558, float %559)
	%561 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %560, i32 1, i32 31)
	%562 = call float @llvm.nvvm.fmax.f(float %560, float %561)
	%563 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %562, i32 2, i32 31)
	%564 = call float @llvm.nvvm.fmax.f(float %562, float %563)
	%565 = fmul float %564, 0x3FC7154760000000
	%566 = call float @llvm.nvvm.fmax.f(float %193, float %565)
	%567 = fadd float %193, 8.0
	%568 = fcmp ogt float %566, %567
	%569 = or i1 %553, %568
	%570 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %569)
	br i1 %570, label %571, label %614

571:
	%572 = fcmp oeq float %550, 0xFFF0000000000000
	%573 = select i1 %572, float 0.0, float %550
	%574 = fsub float %191, %573
	%575 = call float @llvm.nvvm.ex2.approx.ftz.f(float %574)
	%576 = fcmp oeq float %566, 0xFFF0000000000000
	%577 = select i1 %576, float 0.0, float %566
	%578 = fsub float %193, %577
	%579 = call float @llvm.nvvm.ex2.approx.ftz.f(float %578)
	%580 = fmul float %159, %575
	%581 = fmul float %160, %575
	%582 = fmul float %161, %579
	%583 = fmul float %162, %579
	%584 = fmul float %163, %575
	%585 = fmul float %164, %575
	%586 = fmul float %165, %579
	%587 = fmul float %166, %579
	%588 = fmul float %167, %575
	%589 = fmul float %168, %575
	%590 = fmul float %169, %579
	%591 = fmul float %170, %579
	%592 = fmul float %171, %575
	%593 = fmul float %172, %575
	%594 = fmul float %173, %579
	%595 = fmul float %174, %579
	%596 = fmul float %175, %575
	%597 = fmul float %176, %575
	%598 = fmul float %177, %579
	%599 = fmul float %178, %579
	%600 = fmul float %179, %575
	%601 = fmul float %180, %575
	%602 = fmul float %181, %579
	%603 = fmul float %182, %579
	%604 = fmul float %183, %575
	%605 = fmul float %184, %575
	%606 = fmul float %185, %579
	%607 = fmul float %186, %579
	%608 = fmul float %187, %575
	%609 = fmul float %188, %575
	%610 = fmul float %189, %579
	%611 = fmul float %190, %579
	%612 = fmul float %192, %575
	%613 = fmul float %194, %579
	br label %614

614:
	%615 = phi float [ %159, %softmax ], [ %580, %571 ]
	%616 = phi float [ %160, %softmax ], [ %581, %571 ]
	%617 = phi float [ %161, %softmax ], [ %582, %571 ]
	%618 = phi float [ %162, %softmax ], [ %583, %571 ]
	%619 = phi float [ %163, %softmax ], [ %584, %571 ]
	%620 = phi float [ %164, %softmax ], [ %585, %571 ]
	%621 = phi float [ %165, %softmax ], [ %586, %571 ]
	%622 = phi float [ %166, %softmax ], [ %587, %571 ]
	%623 = phi float [ %167, %softmax ], [ %588, %571 ]
	%624 = phi float [ %168, %softmax ], [ %589, %571 ]
	%625 = phi float [ %169, %softmax ], [ %590, %571 ]
	%626 = phi float [ %170, %softmax ], [ %591, %571 ]
	%627 = phi float [ %171, %softmax ], [ %592, %571 ]
	%628 = phi float [ %172, %softmax ], [ %593, %571 ]
	%629 = phi float [ %173, %softmax ], [ %594, %571 ]
	%630 = phi float [ %174, %softmax ], [ %595, %571 ]
	%631 = phi float [ %175, %softmax ], [ %596, %571 ]
	%632 = phi float [ %176, %softmax ], [ %597, %571 ]
	%633 = phi float [ %177, %softmax ], [ %598, %571 ]
	%634 = phi float [ %178, %softmax ], [ %599, %571 ]
	%635 = phi float [ %179, %softmax ], [ %600, %571 ]
	%636 = phi float [ %180, %softmax ], [ %601, %571 ]
	%637 = phi float [ %181, %softmax ], [ %602, %571 ]
	%638 = phi float [ %182, %softmax ], [ %603, %571 ]
	%639 = phi float [ %183, %softmax ], [ %604, %571 ]
	%640 = phi float [ %184, %softmax ], [ %605, %571 ]
	%641 = phi float [ %185, %softmax ], [ %606, %571 ]
	%642 = phi float [ %186, %softmax ], [ %607, %571 ]
	%643 = phi float [ %187, %softmax ], [ %608, %571 ]
	%644 = phi float [ %188, %softmax ], [ %609, %571 ]
	%645 = phi float [ %189, %softmax ], [ %610, %571 ]
	%646 = phi float [ %190, %softmax ], [ %611, %571 ]
	%647 = phi float [ %192, %softmax ], [ %612, %571 ]
	%648 = phi float [ %194, %softmax ], [ %613, %571 ]
	%649 = select i1 %570, float %550, float %191
	%650 = fcmp oeq float %649, 0xFFF0000000000000
	%651 = select i1 %650, float 0.0, float %649
	%652 = fneg float %651
	%653 = call float @llvm.fma.f32(float %522, float 0x3FC7154760000000, float %652)
	%654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %653)
	%655 = call float @llvm.fma.f32(float %523, float 0x3FC7154760000000, float %652)
	%656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %655)
	%657 = call float @llvm.fma.f32(float %526, float 0x3FC7154760000000, float %652)
	%658 = call float @llvm.nvvm.ex2.approx.ftz.f(float %657)
	%659 = call float @llvm.fma.f32(float %527, float 0x3FC7154760000000, float %652)
	%660 = call float @llvm.nvvm.ex2.approx.ftz.f(float %659)
	%661 = call float @llvm.fma.f32(float %530, float 0x3FC7154760000000, float %652)
	%662 = call float @llvm.nvvm.ex2.approx.ftz.f(float %661)
	%663 = call float @llvm.fma.f32(float %531, float 0x3FC7154760000000, float %652)
	%664 = call float @llvm.nvvm.ex2.approx.ftz.f(float %663)
	%665 = call float @llvm.fma.f32(float %534, float 0x3FC7154760000000, float %652)
	%666 = call float @llvm.nvvm.ex2.approx.ftz.f(float %665)
	%667 = call float @llvm.fma.f32(float %535, float 0x3FC7154760000000, float %652)
	%668 = call float @llvm.nvvm.ex2.approx.ftz.f(float %667)
	%669 = fadd float %654, %656
	%670 = fadd float %658, %660
	%671 = fadd float %662, %664
	%672 = fadd float %666, %668
	%673 = fadd float %669, %670
	%674 = fadd float %671, %672
	%675 = fadd float %673, %674
	%676 = fadd float %647, %675
	%677 = select i1 %570, float %566, float %193
	%678 = fcmp oeq float %677, 0xFFF0000000000000
	%679 = select i1 %678, float 0.0, float %677
	%680 = fneg float %679
	%681 = call float @llvm.fma.f32(float %524, float 0x3FC7154760000000, float %680)
	%682 = call float @llvm.nvvm.ex2.approx.ftz.f(float %681)
	%683 = call float @llvm.fma.f32(float %525, float 0x3FC7154760000000, float %680)
	%684 = call float @llvm.nvvm.ex2.approx.ftz.f(float %683)
	%685 = call float @llvm.fma.f32(float %528, float 0x3FC7154760000000, float %680)
	%686 = call float @llvm.nvvm.ex2.approx.ftz.f(float %685)
	%687 = call float @llvm.fma.f32(float %529, float 0x3FC7154760000000, float %680)
	%688 = call float @llvm.nvvm.ex2.approx.ftz.f(float %687)
	%689 = call float @llvm.fma.f32(float %532, float 0x3FC7154760000000, float %680)
	%690 = call float @llvm.nvvm.ex2.approx.ftz.f(float %689)
	%691 = call float @llvm.fma.f32(float %533, float 0x3FC7154760000000, float %680)
	%692 = call float @llvm.nvvm.ex2.approx.ftz.f(float %691)
	%693 = call float @llvm.fma.f32(float %536, float 0x3FC7154760000000, float %680)
	%694 = call float @llvm.nvvm.ex2.approx.ftz.f(float %693)
	%695 = call float @llvm.fma.f32(float %537, float 0x3FC7154760000000, float %680)
	%696 = call float @llvm.nvvm.ex2.approx.ftz.f(float %695)
	%697 = fadd float %682, %684
	%698 = fadd float %686, %688
	%699 = fadd float %690, %692
	%700 = fadd float %694, %696
	%701 = fadd float %697, %698
	%702 = fadd float %699, %700
	%703 = fadd float %701, %702
	%704 = fadd float %648, %703
	%705 = add i32 %157, 1
	%706 = icmp slt i32 %705, %NK
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %41, %707
	%709 = sext i32 %708 to i64
	%710 = getelementptr i32, i32* %list, i64 %709
	%711 = load i32, i32* %710
	%712 = select i1 %706, i32 %711, i32 -1
	%713 = icmp sge i32 %712, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %713, label %prefetch, label %pv

prefetch:
	%714 = mul i32 %712, 32
	%715 = lshr i32 %2, 3
	%716 = and i32 %2, 7
	%717 = and i32 %715, 7
	%718 = xor i32 %716, %717
	%719 = mul i32 %715, 8
	%720 = add i32 %719, %718
	%721 = shl i32 %720, 4
	%722 = add i32 %0, %721
	%723 = add i32 %714, %715
	%724 = mul i32 %723, 64
	%725 = mul i32 %716, 8
	%726 = add i32 %724, %725
	%727 = sext i32 %726 to i64
	%728 = getelementptr i16, i16* %32, i64 %727
	%729 = add i32 %723, 0
	%730 = icmp slt i32 %729, %N
	%731 = getelementptr i16, i16* %728, i64 0
	%732 = select i1 %730, i16* %731, i16* %32
	%733 = add i32 %722, 0
	%734 = select i1 %730, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %733, i16* %732, i32 %734)
	%735 = add i32 %723, 16
	%736 = icmp slt i32 %735, %N
	%737 = getelementptr i16, i16* %728, i64 1024
	%738 = select i1 %736, i16* %737, i16* %32
	%739 = add i32 %722, 2048
	%740 = select i1 %736, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %739, i16* %738, i32 %740)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%741 = and i32 %4, 7
	%742 = lshr i32 %4, 3
	%743 = and i32 %742, 1
	%744 = shl i32 %743, 3
	%745 = add i32 %741, %744
	%746 = mul i32 %745, 128
	%747 = add i32 %1, %746
	%748 = and i32 %4, 7
	%749 = xor i32 %96, %748
	%750 = shl i32 %749, 4
	%751 = add i32 %747, %750
	%752 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %656, float %654)
	%753 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %684, float %682)
	%754 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %660, float %658)
	%755 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %688, float %686)
	%756 = xor i32 %751, 0
	%757 = add i32 %756, 0
	%758 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %757)
	%759 = extractvalue { i32, i32, i32, i32 } %758, 0
	%760 = extractvalue { i32, i32, i32, i32 } %758, 1
	%761 = extractvalue { i32, i32, i32, i32 } %758, 2
	%762 = extractvalue { i32, i32, i32, i32 } %758, 3
	%763 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %759, i32 %760, float %615, float %616, float %617, float %618)
	%764 = extractvalue { float, float, float, float } %763, 0
	%765 = extractvalue { float, float, float, float } %763, 1
	%766 = extractvalue { float, float, float, float } %763, 2
	%767 = extractvalue { float, float, float, float } %763, 3
	%768 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %761, i32 %762, float %619, float %620, float %621, float %622)
	%769 = extractvalue { float, float, float, float } %768, 0
	%770 = extractvalue { float, float, float, float } %768, 1
	%771 = extractvalue { float, float, float, float } %768, 2
	%772 = extractvalue { float, float, float, float } %768, 3
	%773 = xor i32 %751, 32
	%774 = add i32 %773, 0
	%775 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %774)
	%776 = extractvalue { i32, i32, i32, i32 } %775, 0
	%777 = extractvalue { i32, i32, i32, i32 } %775, 1
	%778 = extractvalue { i32, i32, i32, i32 } %775, 2
	%779 = extractvalue { i32, i32, i32, i32 } %775, 3
	%780 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %776, i32 %777, float %623, float %624, float %625, float %626)
	%781 = extractvalue { float, float, float, float } %780, 0
	%782 = extractvalue { float, float, float, float } %780, 1
	%783 = extractvalue { float, float, float, float } %780, 2
	%784 = extractvalue { float, float, float, float } %780, 3
	%785 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %778, i32 %779, float %627, float %628, float %629, float %630)
	%786 = extractvalue { float, float, float, float } %785, 0
	%787 = extractvalue { float, float, float, float } %785, 1
	%788 = extractvalue { float, float, float, float } %785, 2
	%789 = extractvalue { float, float, float, float } %785, 3
	%790 = xor i32 %751, 64
	%791 = add i32 %790, 0
	%792 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %791)
	%793 = extractvalue { i32, i32, i32, i32 } %792, 0
	%794 = extractvalue { i32, i32, i32, i32 } %792, 1
	%795 = extractvalue { i32, i32, i32, i32 } %792, 2
	%796 = extractvalue { i32, i32, i32, i32 } %792, 3
	%797 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %793, i32 %794, float %631, float %632, float %633, float %634)
	%798 = extractvalue { float, float, float, float } %797, 0
	%799 = extractvalue { float, float, float, float } %797, 1
	%800 = extractvalue { float, float, float, float } %797, 2
	%801 = extractvalue { float, float, float, float } %797, 3
	%802 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %795, i32 %796, float %635, float %636, float %637, float %638)
	%803 = extractvalue { float, float, float, float } %802, 0
	%804 = extractvalue { float, float, float, float } %802, 1
	%805 = extractvalue { float, float, float, float } %802, 2
	%806 = extractvalue { float, float, float, float } %802, 3
	%807 = xor i32 %751, 96
	%808 = add i32 %807, 0
	%809 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %808)
	%810 = extractvalue { i32, i32, i32, i32 } %809, 0
	%811 = extractvalue { i32, i32, i32, i32 } %809, 1
	%812 = extractvalue { i32, i32, i32, i32 } %809, 2
	%813 = extractvalue { i32, i32, i32, i32 } %809, 3
	%814 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %810, i32 %811, float %639, float %640, float %641, float %642)
	%815 = extractvalue { float, float, float, float } %814, 0
	%816 = extractvalue { float, float, float, float } %814, 1
	%817 = extractvalue { float, float, float, float } %814, 2
	%818 = extractvalue { float, float, float, float } %814, 3
	%819 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %812, i32 %813, float %643, float %644, float %645, float %646)
	%820 = extractvalue { float, float, float, float } %819, 0
	%821 = extractvalue { float, float, float, float } %819, 1
	%822 = extractvalue { float, float, float, float } %819, 2
	%823 = extractvalue { float, float, float, float } %819, 3
	%824 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %664, float %662)
	%825 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %692, float %690)
	%826 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %668, float %666)
	%827 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %696, float %694)
	%828 = xor i32 %751, 0
	%829 = add i32 %828, 2048
	%830 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %829)
	%831 = extractvalue { i32, i32, i32, i32 } %830, 0
	%832 = extractvalue { i32, i32, i32, i32 } %830, 1
	%833 = extractvalue { i32, i32, i32, i32 } %830, 2
	%834 = extractvalue { i32, i32, i32, i32 } %830, 3
	%835 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %831, i32 %832, float %764, float %765, float %766, float %767)
	%836 = extractvalue { float, float, float, float } %835, 0
	%837 = extractvalue { float, float, float, float } %835, 1
	%838 = extractvalue { float, float, float, float } %835, 2
	%839 = extractvalue { float, float, float, float } %835, 3
	%840 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %833, i32 %834, float %769, float %770, float %771, float %772)
	%841 = extractvalue { float, float, float, float } %840, 0
	%842 = extractvalue { float, float, float, float } %840, 1
	%843 = extractvalue { float, float, float, float } %840, 2
	%844 = extractvalue { float, float, float, float } %840, 3
	%845 = xor i32 %751, 32
	%846 = add i32 %845, 2048
	%847 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %846)
	%848 = extractvalue { i32, i32, i32, i32 } %847, 0
	%849 = extractvalue { i32, i32, i32, i32 } %847, 1
	%850 = extractvalue { i32, i32, i32, i32 } %847, 2
	%851 = extractvalue { i32, i32, i32, i32 } %847, 3
	%852 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %848, i32 %849, float %781, float %782, float %783, float %784)
	%853 = extractvalue { float, float, float, float } %852, 0
	%854 = extractvalue { float, float, float, float } %852, 1
	%855 = extractvalue { float, float, float, float } %852, 2
	%856 = extractvalue { float, float, float, float } %852, 3
	%857 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %850, i32 %851, float %786, float %787, float %788, float %789)
	%858 = extractvalue { float, float, float, float } %857, 0
	%859 = extractvalue { float, float, float, float } %857, 1
	%860 = extractvalue { float, float, float, float } %857, 2
	%861 = extractvalue { float, float, float, float } %857, 3
	%862 = xor i32 %751, 64
	%863 = add i32 %862, 2048
	%864 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %863)
	%865 = extractvalue { i32, i32, i32, i32 } %864, 0
	%866 = extractvalue { i32, i32, i32, i32 } %864, 1
	%867 = extractvalue { i32, i32, i32, i32 } %864, 2
	%868 = extractvalue { i32, i32, i32, i32 } %864, 3
	%869 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %865, i32 %866, float %798, float %799, float %800, float %801)
	%870 = extractvalue { float, float, float, float } %869, 0
	%871 = extractvalue { float, float, float, float } %869, 1
	%872 = extractvalue { float, float, float, float } %869, 2
	%873 = extractvalue { float, float, float, float } %869, 3
	%874 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %867, i32 %868, float %803, float %804, float %805, float %806)
	%875 = extractvalue { float, float, float, float } %874, 0
	%876 = extractvalue { float, float, float, float } %874, 1
	%877 = extractvalue { float, float, float, float } %874, 2
	%878 = extractvalue { float, float, float, float } %874, 3
	%879 = xor i32 %751, 96
	%880 = add i32 %879, 2048
	%881 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %880)
	%882 = extractvalue { i32, i32, i32, i32 } %881, 0
	%883 = extractvalue { i32, i32, i32, i32 } %881, 1
	%884 = extractvalue { i32, i32, i32, i32 } %881, 2
	%885 = extractvalue { i32, i32, i32, i32 } %881, 3
	%886 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %882, i32 %883, float %815, float %816, float %817, float %818)
	%887 = extractvalue { float, float, float, float } %886, 0
	%888 = extractvalue { float, float, float, float } %886, 1
	%889 = extractvalue { float, float, float, float } %886, 2
	%890 = extractvalue { float, float, float, float } %886, 3
	%891 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %884, i32 %885, float %820, float %821, float %822, float %823)
	%892 = extractvalue { float, float, float, float } %891, 0
	%893 = extractvalue { float, float, float, float } %891, 1
	%894 = extractvalue { float, float, float, float } %891, 2
	%895 = extractvalue { float, float, float, float } %891, 3
	br i1 %713, label %loop, label %epilogue

store0:
	%896 = mul i32 %22, %M
	%897 = add i32 %896, %424
	%898 = mul i32 %897, 64
	%899 = shl i32 %6, 1
	%900 = add i32 0, %899
	%901 = add i32 %898, %900
	%902 = sext i32 %901 to i64
	%903 = getelementptr i16, i16* %out, i64 %902
	%904 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %426, float %425)
	%905 = bitcast i16* %903 to i32*
	store i32 %904, i32* %905
	%906 = shl i32 %6, 1
	%907 = add i32 8, %906
	%908 = add i32 %898, %907
	%909 = sext i32 %908 to i64
	%910 = getelementptr i16, i16* %out, i64 %909
	%911 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %428, float %427)
	%912 = bitcast i16* %910 to i32*
	store i32 %911, i32* %912
	%913 = shl i32 %6, 1
	%914 = add i32 16, %913
	%915 = add i32 %898, %914
	%916 = sext i32 %915 to i64
	%917 = getelementptr i16, i16* %out, i64 %916
	%918 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %430, float %429)
	%919 = bitcast i16* %917 to i32*
	store i32 %918, i32* %919
	%920 = shl i32 %6, 1
	%921 = add i32 24, %920
	%922 = add i32 %898, %921
	%923 = sext i32 %922 to i64
	%924 = getelementptr i16, i16* %out, i64 %923
	%925 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %432, float %431)
	%926 = bitcast i16* %924 to i32*
	store i32 %925, i32* %926
	%927 = shl i32 %6, 1
	%928 = add i32 32, %927
	%929 = add i32 %898, %928
	%930 = sext i32 %929 to i64
	%931 = getelementptr i16, i16* %out, i64 %930
	%932 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %434, float %433)
	%933 = bitcast i16* %931 to i32*
	store i32 %932, i32* %933
	%934 = shl i32 %6, 1
	%935 = add i32 40, %934
	%936 = add i32 %898, %935
	%937 = sext i32 %936 to i64
	%938 = getelementptr i16, i16* %out, i64 %937
	%939 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %436, float %435)
	%940 = bitcast i16* %938 to i32*
	store i32 %939, i32* %940
	%941 = shl i32 %6, 1
	%942 = add i32 48, %941
	%943 = add i32 %898, %942
	%944 = sext i32 %943 to i64
	%945 = getelementptr i16, i16* %out, i64 %944
	%946 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %438, float %437)
	%947 = bitcast i16* %945 to i32*
	store i32 %946, i32* %947
	%948 = shl i32 %6, 1
	%949 = add i32 56, %948
	%950 = add i32 %898, %949
	%951 = sext i32 %950 to i64
	%952 = getelementptr i16, i16* %out, i64 %951
	%953 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %440, float %439)
	%954 = bitcast i16* %952 to i32*
	store i32 %953, i32* %954
	br label %stored0

stored0:
	%955 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %380, i32 1, i32 31)
	%956 = fadd float %380, %955
	%957 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %956, i32 2, i32 31)
	%958 = fadd float %956, %957
	%959 = fcmp ogt float %958, 0.0
	%960 = fdiv float 1.0, %958
	%961 = select i1 %959, float %960, float 0.0
	%962 = mul i32 %3, 16
	%963 = add i32 %24, %962
	%964 = add i32 %5, 8
	%965 = add i32 %963, %964
	%966 = fmul float %384, %961
	%967 = fmul float %385, %961
	%968 = fmul float %388, %961
	%969 = fmul float %389, %961
	%970 = fmul float %392, %961
	%971 = fmul float %393, %961
	%972 = fmul float %396, %961
	%973 = fmul float %397, %961
	%974 = fmul float %400, %961
	%975 = fmul float %401, %961
	%976 = fmul float %404, %961
	%977 = fmul float %405, %961
	%978 = fmul float %408, %961
	%979 = fmul float %409, %961
	%980 = fmul float %412, %961
	%981 = fmul float %413, %961
	%982 = icmp slt i32 %965, %M
	br i1 %982, label %store1, label %stored1

store1:
	%983 = mul i32 %22, %M
	%984 = add i32 %983, %965
	%985 = mul i32 %984, 64
	%986 = shl i32 %6, 1
	%987 = add i32 0, %986
	%988 = add i32 %985, %987
	%989 = sext i32 %988 to i64
	%990 = getelementptr i16, i16* %out, i64 %989
	%991 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %967, float %966)
	%992 = bitcast i16* %990 to i32*
	store i32 %991, i32* %992
	%993 = shl i32 %6, 1
	%994 = add i32 8, %993
	%995 = add i32 %985, %994
	%996 = sext i32 %995 to i64
	%997 = getelementptr i16, i16* %out, i64 %996
	%998 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %969, float %968)
	%999 = bitcast i16* %997 to i32*
	store i32 %998, i32* %999
	%1000 = shl i32 %6, 1
	%1001 = add i32 16, %1000
	%1002 = add i32 %985, %1001
	%1003 = sext i32 %1002 to i64
	%1004 = getelementptr i16, i16* %out, i64 %1003
	%1005 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %971, float %970)
	%1006 = bitcast i16* %1004 to i32*
	store i32 %1005, i32* %1006
	%1007 = shl i32 %6, 1
	%1008 = add i32 24, %1007
	%1009 = add i32 %985, %1008
	%1010 = sext i32 %1009 to i64
	%1011 = getelementptr i16, i16* %out, i64 %1010
	%1012 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %973, float %972)
	%1013 = bitcast i16* %1011 to i32*
	store i32 %1012, i32* %1013
	%1014 = shl i32 %6, 1
	%1015 = add i32 32, %1014
	%1016 = add i32 %985, %1015
	%1017 = sext i32 %1016 to i64
	%1018 = getelementptr i16, i16* %out, i64 %1017
	%1019 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %975, float %974)
	%1020 = bitcast i16* %1018 to i32*
	store i32 %1019, i32* %1020
	%1021 = shl i32 %6, 1
	%1022 = add i32 40, %1021
	%1023 = add i32 %985, %1022
	%1024 = sext i32 %1023 to i64
	%1025 = getelementptr i16, i16* %out, i64 %1024
	%1026 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %977, float %976)
	%1027 = bitcast i16* %1025 to i32*
	store i32 %1026, i32* %1027
	%1028 = shl i32 %6, 1
	%1029 = add i32 48, %1028
	%1030 = add i32 %985, %1029
	%1031 = sext i32 %1030 to i64
	%1032 = getelementptr i16, i16* %out, i64 %1031
	%1033 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %979, float %978)
	%1034 = bitcast i16* %1032 to i32*
	store i32 %1033, i32* %1034
	%1035 = shl i32 %6, 1
	%1036 = add i32 56, %1035
	%1037 = add i32 %985, %1036
	%1038 = sext i32 %1037 to i64
	%1039 = getelementptr i16, i16* %out, i64 %1038
	%1040 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %981, float %980)
	%1041 = bitcast i16* %1039 to i32*
	store i32 %1040, i32* %1041
	br label %stored1

stored1:
	ret void
}
