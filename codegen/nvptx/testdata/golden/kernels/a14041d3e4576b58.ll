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
	%157 = phi i32 [ 0, %prologue ], [ %817, %pv ]
	%158 = phi i32 [ %49, %prologue ], [ %824, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %948, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %949, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %950, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %951, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %953, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %954, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %955, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %956, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %965, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %966, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %967, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %968, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %970, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %971, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %972, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %973, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %982, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %983, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %984, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %985, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %987, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %988, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %989, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %990, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %999, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1000, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1001, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1002, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1004, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1005, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1006, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1007, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %761, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %788, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %789, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %816, %pv ]
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
	%240 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %236, i32 %237, float 0.0, float 0.0, float 0.0, float 0.0)
	%241 = extractvalue { float, float, float, float } %240, 0
	%242 = extractvalue { float, float, float, float } %240, 1
	%243 = extractvalue { float, float, float, float } %240, 2
	%244 = extractvalue { float, float, float, float } %240, 3
	%245 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %238, i32 %239, float 0.0, float 0.0, float 0.0, float 0.0)
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
	%256 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %252, i32 %253, float 0.0, float 0.0, float 0.0, float 0.0)
	%257 = extractvalue { float, float, float, float } %256, 0
	%258 = extractvalue { float, float, float, float } %256, 1
	%259 = extractvalue { float, float, float, float } %256, 2
	%260 = extractvalue { float, float, float, float } %256, 3
	%261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %254, i32 %255, float 0.0, float 0.0, float 0.0, float 0.0)
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
	%273 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %269, i32 %270, float %241, float %242, float %243, float %244)
	%274 = extractvalue { float, float, float, float } %273, 0
	%275 = extractvalue { float, float, float, float } %273, 1
	%276 = extractvalue { float, float, float, float } %273, 2
	%277 = extractvalue { float, float, float, float } %273, 3
	%278 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %271, i32 %272, float %246, float %247, float %248, float %249)
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
	%289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %285, i32 %286, float %257, float %258, float %259, float %260)
	%290 = extractvalue { float, float, float, float } %289, 0
	%291 = extractvalue { float, float, float, float } %289, 1
	%292 = extractvalue { float, float, float, float } %289, 2
	%293 = extractvalue { float, float, float, float } %289, 3
	%294 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %287, i32 %288, float %262, float %263, float %264, float %265)
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
	%306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %302, i32 %303, float %274, float %275, float %276, float %277)
	%307 = extractvalue { float, float, float, float } %306, 0
	%308 = extractvalue { float, float, float, float } %306, 1
	%309 = extractvalue { float, float, float, float } %306, 2
	%310 = extractvalue { float, float, float, float } %306, 3
	%311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %304, i32 %305, float %279, float %280, float %281, float %282)
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
	%322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %318, i32 %319, float %290, float %291, float %292, float %293)
	%323 = extractvalue { float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float } %322, 3
	%327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %320, i32 %321, float %295, float %296, float %297, float %298)
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
	%339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %335, i32 %336, float %307, float %308, float %309, float %310)
	%340 = extractvalue { float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float } %339, 3
	%344 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %337, i32 %338, float %312, float %313, float %314, float %315)
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
	%355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %351, i32 %352, float %323, float %324, float %325, float %326)
	%356 = extractvalue { float, float, float, float } %355, 0
	%357 = extractvalue { float, float, float, float } %355, 1
	%358 = extractvalue { float, float, float, float } %355, 2
	%359 = extractvalue { float, float, float, float } %355, 3
	%360 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %353, i32 %354, float %328, float %329, float %330, float %331)
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
	%379 = phi float [ 0.0, %entry ], [ %788, %pv ]
	%380 = phi float [ 0.0, %entry ], [ %816, %pv ]
	%381 = phi i32 [ 0, %entry ], [ %817, %pv ]
	%382 = phi float [ 0.0, %entry ], [ %948, %pv ]
	%383 = phi float [ 0.0, %entry ], [ %949, %pv ]
	%384 = phi float [ 0.0, %entry ], [ %950, %pv ]
	%385 = phi float [ 0.0, %entry ], [ %951, %pv ]
	%386 = phi float [ 0.0, %entry ], [ %953, %pv ]
	%387 = phi float [ 0.0, %entry ], [ %954, %pv ]
	%388 = phi float [ 0.0, %entry ], [ %955, %pv ]
	%389 = phi float [ 0.0, %entry ], [ %956, %pv ]
	%390 = phi float [ 0.0, %entry ], [ %965, %pv ]
	%391 = phi float [ 0.0, %entry ], [ %966, %pv ]
	%392 = phi float [ 0.0, %entry ], [ %967, %pv ]
	%393 = phi float [ 0.0, %entry ], [ %968, %pv ]
	%394 = phi float [ 0.0, %entry ], [ %970, %pv ]
	%395 = phi float [ 0.0, %entry ], [ %971, %pv ]
	%396 = phi float [ 0.0, %entry ], [ %972, %pv ]
	%397 = phi float [ 0.0, %entry ], [ %973, %pv ]
	%398 = phi float [ 0.0, %entry ], [ %982, %pv ]
	%399 = phi float [ 0.0, %entry ], [ %983, %pv ]
	%400 = phi float [ 0.0, %entry ], [ %984, %pv ]
	%401 = phi float [ 0.0, %entry ], [ %985, %pv ]
	%402 = phi float [ 0.0, %entry ], [ %987, %pv ]
	%403 = phi float [ 0.0, %entry ], [ %988, %pv ]
	%404 = phi float [ 0.0, %entry ], [ %989, %pv ]
	%405 = phi float [ 0.0, %entry ], [ %990, %pv ]
	%406 = phi float [ 0.0, %entry ], [ %999, %pv ]
	%407 = phi float [ 0.0, %entry ], [ %1000, %pv ]
	%408 = phi float [ 0.0, %entry ], [ %1001, %pv ]
	%409 = phi float [ 0.0, %entry ], [ %1002, %pv ]
	%410 = phi float [ 0.0, %entry ], [ %1004, %pv ]
	%411 = phi float [ 0.0, %entry ], [ %1005, %pv ]
	%412 = phi float [ 0.0, %entry ], [ %1006, %pv ]
	%413 = phi float [ 0.0, %entry ], [ %1007, %pv ]
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
	%446 = select i1 %445, i32 %444, i32 0
	%447 = sitofp i32 %368 to float
	%448 = sitofp i32 %446 to float
	%449 = fcmp ole float %448, %447
	%450 = uitofp i1 %449 to float
	%451 = fcmp une float %450, 0.0
	%452 = and i1 %445, %451
	%453 = select i1 %452, float %340, float 0xFFF0000000000000
	%454 = shl i32 %6, 1
	%455 = add i32 1, %454
	%456 = add i32 %195, %455
	%457 = icmp slt i32 %456, %N
	%458 = select i1 %457, i32 %456, i32 0
	%459 = sitofp i32 %368 to float
	%460 = sitofp i32 %458 to float
	%461 = fcmp ole float %460, %459
	%462 = uitofp i1 %461 to float
	%463 = fcmp une float %462, 0.0
	%464 = and i1 %457, %463
	%465 = select i1 %464, float %341, float 0xFFF0000000000000
	%466 = shl i32 %6, 1
	%467 = add i32 0, %466
	%468 = add i32 %195, %467
	%469 = icmp slt i32 %468, %N
	%470 = select i1 %469, i32 %468, i32 0
	%471 = sitofp i32 %372 to float
	%472 = sitofp i32 %470 to float
	%473 = fcmp ole float %472, %471
	%474 = uitofp i1 %473 to float
	%475 = fcmp une float %474, 0.0
	%476 = and i1 %469, %475
	%477 = select i1 %476, float %342, float 0xFFF0000000000000
	%478 = shl i32 %6, 1
	%479 = add i32 1, %478
	%480 = add i32 %195, %479
	%481 = icmp slt i32 %480, %N
	%482 = select i1 %481, i32 %480, i32 0
	%483 = sitofp i32 %372 to float
	%484 = sitofp i32 %482 to float
	%485 = fcmp ole float %484, %483
	%486 = uitofp i1 %485 to float
	%487 = fcmp une float %486, 0.0
	%488 = and i1 %481, %487
	%489 = select i1 %488, float %343, float 0xFFF0000000000000
	%490 = shl i32 %6, 1
	%491 = add i32 8, %490
	%492 = add i32 %195, %491
	%493 = icmp slt i32 %492, %N
	%494 = select i1 %493, i32 %492, i32 0
	%495 = sitofp i32 %368 to float
	%496 = sitofp i32 %494 to float
	%497 = fcmp ole float %496, %495
	%498 = uitofp i1 %497 to float
	%499 = fcmp une float %498, 0.0
	%500 = and i1 %493, %499
	%501 = select i1 %500, float %345, float 0xFFF0000000000000
	%502 = shl i32 %6, 1
	%503 = add i32 9, %502
	%504 = add i32 %195, %503
	%505 = icmp slt i32 %504, %N
	%506 = select i1 %505, i32 %504, i32 0
	%507 = sitofp i32 %368 to float
	%508 = sitofp i32 %506 to float
	%509 = fcmp ole float %508, %507
	%510 = uitofp i1 %509 to float
	%511 = fcmp une float %510, 0.0
	%512 = and i1 %505, %511
	%513 = select i1 %512, float %346, float 0xFFF0000000000000
	%514 = shl i32 %6, 1
	%515 = add i32 8, %514
	%516 = add i32 %195, %515
	%517 = icmp slt i32 %516, %N
	%518 = select i1 %517, i32 %516, i32 0
	%519 = sitofp i32 %372 to float
	%520 = sitofp i32 %518 to float
	%521 = fcmp ole float %520, %519
	%522 = uitofp i1 %521 to float
	%523 = fcmp une float %522, 0.0
	%524 = and i1 %517, %523
	%525 = select i1 %524, float %347, float 0xFFF0000000000000
	%526 = shl i32 %6, 1
	%527 = add i32 9, %526
	%528 = add i32 %195, %527
	%529 = icmp slt i32 %528, %N
	%530 = select i1 %529, i32 %528, i32 0
	%531 = sitofp i32 %372 to float
	%532 = sitofp i32 %530 to float
	%533 = fcmp ole float %532, %531
	%534 = uitofp i1 %533 to float
	%535 = fcmp une float %534, 0.0
	%536 = and i1 %529, %535
	%537 = select i1 %536, float %348, float 0xFFF0000000000000
	%538 = shl i32 %6, 1
	%539 = add i32 16, %538
	%540 = add i32 %195, %539
	%541 = icmp slt i32 %540, %N
	%542 = select i1 %541, i32 %540, i32 0
	%543 = sitofp i32 %368 to float
	%544 = sitofp i32 %542 to float
	%545 = fcmp ole float %544, %543
	%546 = uitofp i1 %545 to float
	%547 = fcmp une float %546, 0.0
	%548 = and i1 %541, %547
	%549 = select i1 %548, float %356, float 0xFFF0000000000000
	%550 = shl i32 %6, 1
	%551 = add i32 17, %550
	%552 = add i32 %195, %551
	%553 = icmp slt i32 %552, %N
	%554 = select i1 %553, i32 %552, i32 0
	%555 = sitofp i32 %368 to float
	%556 = sitofp i32 %554 to float
	%557 = fcmp ole float %556, %555
	%558 = uitofp i1 %557 to float
	%559 = fcmp une float %558, 0.0
	%560 = and i1 %553, %559
	%561 = select i1 %560, float %357, float 0xFFF0000000000000
	%562 = shl i32 %6, 1
	%563 = add i32 16, %562
	%564 = add i32 %195, %563
	%565 = icmp slt i32 %564, %N
	%566 = select i1 %565, i32 %564, i32 0
	%567 = sitofp i32 %372 to float
	%568 = sitofp i32 %566 to float
	%569 = fcmp ole float %568, %567
	%570 = uitofp i1 %569 to float
	%571 = fcmp une float %570, 0.0
	%572 = and i1 %565, %571
	%573 = select i1 %572, float %358, float 0xFFF0000000000000
	%574 = shl i32 %6, 1
	%575 = add i32 17, %574
	%576 = add i32 %195, %575
	%577 = icmp slt i32 %576, %N
	%578 = select i1 %577, i32 %576, i32 0
	%579 = sitofp i32 %372 to float
	%580 = sitofp i32 %578 to float
	%581 = fcmp ole float %580, %579
	%582 = uitofp i1 %581 to float
	%583 = fcmp une float %582, 0.0
	%584 = and i1 %577, %583
	%585 = select i1 %584, float %359, float 0xFFF0000000000000
	%586 = shl i32 %6, 1
	%587 = add i32 24, %586
	%588 = add i32 %195, %587
	%589 = icmp slt i32 %588, %N
	%590 = select i1 %589, i32 %588, i32 0
	%591 = sitofp i32 %368 to float
	%592 = sitofp i32 %590 to float
	%593 = fcmp ole float %592, %591
	%594 = uitofp i1 %593 to float
	%595 = fcmp une float %594, 0.0
	%596 = and i1 %589, %595
	%597 = select i1 %596, float %361, float 0xFFF0000000000000
	%598 = shl i32 %6, 1
	%599 = add i32 25, %598
	%600 = add i32 %195, %599
	%601 = icmp slt i32 %600, %N
	%602 = select i1 %601, i32 %600, i32 0
	%603 = sitofp i32 %368 to float
	%604 = sitofp i32 %602 to float
	%605 = fcmp ole float %604, %603
	%606 = uitofp i1 %605 to float
	%607 = fcmp une float %606, 0.0
	%608 = and i1 %601, %607
	%609 = select i1 %608, float %362, float 0xFFF0000000000000
	%610 = shl i32 %6, 1
	%611 = add i32 24, %610
	%612 = add i32 %195, %611
	%613 = icmp slt i32 %612, %N
	%614 = select i1 %613, i32 %612, i32 0
	%615 = sitofp i32 %372 to float
	%616 = sitofp i32 %614 to float
	%617 = fcmp ole float %616, %615
	%618 = uitofp i1 %617 to float
	%619 = fcmp une float %618, 0.0
	%620 = and i1 %613, %619
	%621 = select i1 %620, float %363, float 0xFFF0000000000000
	%622 = shl i32 %6, 1
	%623 = add i32 25, %622
	%624 = add i32 %195, %623
	%625 = icmp slt i32 %624, %N
	%626 = select i1 %625, i32 %624, i32 0
	%627 = sitofp i32 %372 to float
	%628 = sitofp i32 %626 to float
	%629 = fcmp ole float %628, %627
	%630 = uitofp i1 %629 to float
	%631 = fcmp une float %630, 0.0
	%632 = and i1 %625, %631
	%633 = select i1 %632, float %364, float 0xFFF0000000000000
	br label %softmax

softmax:
	%634 = phi float [ %340, %loop ], [ %453, %partial ]
	%635 = phi float [ %341, %loop ], [ %465, %partial ]
	%636 = phi float [ %342, %loop ], [ %477, %partial ]
	%637 = phi float [ %343, %loop ], [ %489, %partial ]
	%638 = phi float [ %345, %loop ], [ %501, %partial ]
	%639 = phi float [ %346, %loop ], [ %513, %partial ]
	%640 = phi float [ %347, %loop ], [ %525, %partial ]
	%641 = phi float [ %348, %loop ], [ %537, %partial ]
	%642 = phi float [ %356, %loop ], [ %549, %partial ]
	%643 = phi float [ %357, %loop ], [ %561, %partial ]
	%644 = phi float [ %358, %loop ], [ %573, %partial ]
	%645 = phi float [ %359, %loop ], [ %585, %partial ]
	%646 = phi float [ %361, %loop ], [ %597, %partial ]
	%647 = phi float [ %362, %loop ], [ %609, %partial ]
	%648 = phi float [ %363, %loop ], [ %621, %partial ]
	%649 = phi float [ %364, %loop ], [ %633, %partial ]
	%650 = call float @llvm.nvvm.fmax.f(float %634, float %635)
	%651 = call float @llvm.nvvm.fmax.f(float %638, float %639)
	%652 = call float @llvm.nvvm.fmax.f(float %642, float %643)
	%653 = call float @llvm.nvvm.fmax.f(float %646, float %647)
	%654 = call float @llvm.nvvm.fmax.f(float %650, float %651)
	%655 = call float @llvm.nvvm.fmax.f(float %652, float %653)
	%656 = call float @llvm.nvvm.fmax.f(float %654, float %655)
	%657 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %656, i32 1, i32 31)
	%658 = call float @llvm.nvvm.fmax.f(float %656, float %657)
	%659 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %658, i32 2, i32 31)
	%660 = call float @llvm.nvvm.fmax.f(float %658, float %659)
	%661 = fmul float %660, 0x3FC7154760000000
	%662 = call float @llvm.nvvm.fmax.f(float %191, float %661)
	%663 = fadd float %191, 8.0
	%664 = fcmp ogt float %662, %663
	%665 = or i1 false, %664
	%666 = call float @llvm.nvvm.fmax.f(float %636, float %637)
	%667 = call float @llvm.nvvm.fmax.f(float %640, float %641)
	%668 = call float @llvm.nvvm.fmax.f(float %644, float %645)
	%669 = call float @llvm.nvvm.fmax.f(float %648, float %649)
	%670 = call float @llvm.nvvm.fmax.f(float %666, float %667)
	%671 = call float @llvm.nvvm.fmax.f(float %668, float %669)
	%672 = call float @llvm.nvvm.fmax.f(float %670, float %671)
	%673 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %672, i32 1, i32 31)
	%674 = call float @llvm.nvvm.fmax.f(float %672, float %673)
	%675 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %674, i32 2, i32 31)
	%676 = call float @llvm.nvvm.fmax.f(float %674, float %675)
	%677 = fmul float %676, 0x3FC7154760000000
	%678 = call float @llvm.nvvm.fmax.f(float %193, float %677)
	%679 = fadd float %193, 8.0
	%680 = fcmp ogt float %678, %679
	%681 = or i1 %665, %680
	%682 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %681)
	br i1 %682, label %683, label %726

683:
	%684 = fcmp oeq float %662, 0xFFF0000000000000
	%685 = select i1 %684, float 0.0, float %662
	%686 = fsub float %191, %685
	%687 = call float @llvm.nvvm.ex2.approx.ftz.f(float %686)
	%688 = fcmp oeq float %678, 0xFFF0000000000000
	%689 = select i1 %688, float 0.0, float %678
	%690 = fsub float %193, %689
	%691 = call float @llvm.nvvm.ex2.approx.ftz.f(float %690)
	%692 = fmul float %159, %687
	%693 = fmul float %160, %687
	%694 = fmul float %161, %691
	%695 = fmul float %162, %691
	%696 = fmul float %163, %687
	%697 = fmul float %164, %687
	%698 = fmul float %165, %691
	%699 = fmul float %166, %691
	%700 = fmul float %167, %687
	%701 = fmul float %168, %687
	%702 = fmul float %169, %691
	%703 = fmul float %170, %691
	%704 = fmul float %171, %687
	%705 = fmul float %172, %687
	%706 = fmul float %173, %691
	%707 = fmul float %174, %691
	%708 = fmul float %175, %687
	%709 = fmul float %176, %687
	%710 = fmul float %177, %691
	%711 = fmul float %178, %691
	%712 = fmul float %179, %687
	%713 = fmul float %180, %687
	%714 = fmul float %181, %691
	%715 = fmul float %182, %691
	%716 = fmul float %183, %687
	%717 = fmul float %184, %687
	%718 = fmul float %185, %691
	%719 = fmul float %186, %691
	%720 = fmul float %187, %687
	%721 = fmul float %188, %687
	%722 = fmul float %189, %691
	%723 = fmul float %190, %691
	%724 = fmul float %192, %687
	%725 = fmul float %194, %691
	br label %726

726:
	%727 = phi float [ %159, %softmax ], [ %692, %683 ]
	%728 = phi float [ %160, %softmax ], [ %693, %683 ]
	%729 = phi float [ %161, %softmax ], [ %694, %683 ]
	%730 = phi float [ %162, %softmax ], [ %695, %683 ]
	%731 = phi float [ %163, %softmax ], [ %696, %683 ]
	%732 = phi float [ %164, %softmax ], [ %697, %683 ]
	%733 = phi float [ %165, %softmax ], [ %698, %683 ]
	%734 = phi float [ %166, %softmax ], [ %699, %683 ]
	%735 = phi float [ %167, %softmax ], [ %700, %683 ]
	%736 = phi float [ %168, %softmax ], [ %701, %683 ]
	%737 = phi float [ %169, %softmax ], [ %702, %683 ]
	%738 = phi float [ %170, %softmax ], [ %703, %683 ]
	%739 = phi float [ %171, %softmax ], [ %704, %683 ]
	%740 = phi float [ %172, %softmax ], [ %705, %683 ]
	%741 = phi float [ %173, %softmax ], [ %706, %683 ]
	%742 = phi float [ %174, %softmax ], [ %707, %683 ]
	%743 = phi float [ %175, %softmax ], [ %708, %683 ]
	%744 = phi float [ %176, %softmax ], [ %709, %683 ]
	%745 = phi float [ %177, %softmax ], [ %710, %683 ]
	%746 = phi float [ %178, %softmax ], [ %711, %683 ]
	%747 = phi float [ %179, %softmax ], [ %712, %683 ]
	%748 = phi float [ %180, %softmax ], [ %713, %683 ]
	%749 = phi float [ %181, %softmax ], [ %714, %683 ]
	%750 = phi float [ %182, %softmax ], [ %715, %683 ]
	%751 = phi float [ %183, %softmax ], [ %716, %683 ]
	%752 = phi float [ %184, %softmax ], [ %717, %683 ]
	%753 = phi float [ %185, %softmax ], [ %718, %683 ]
	%754 = phi float [ %186, %softmax ], [ %719, %683 ]
	%755 = phi float [ %187, %softmax ], [ %720, %683 ]
	%756 = phi float [ %188, %softmax ], [ %721, %683 ]
	%757 = phi float [ %189, %softmax ], [ %722, %683 ]
	%758 = phi float [ %190, %softmax ], [ %723, %683 ]
	%759 = phi float [ %192, %softmax ], [ %724, %683 ]
	%760 = phi float [ %194, %softmax ], [ %725, %683 ]
	%761 = select i1 %682, float %662, float %191
	%762 = fcmp oeq float %761, 0xFFF0000000000000
	%763 = select i1 %762, float 0.0, float %761
	%764 = fneg float %763
	%765 = call float @llvm.fma.f32(float %634, float 0x3FC7154760000000, float %764)
	%766 = call float @llvm.nvvm.ex2.approx.ftz.f(float %765)
	%767 = call float @llvm.fma.f32(float %635, float 0x3FC7154760000000, float %764)
	%768 = call float @llvm.nvvm.ex2.approx.ftz.f(float %767)
	%769 = call float @llvm.fma.f32(float %638, float 0x3FC7154760000000, float %764)
	%770 = call float @llvm.nvvm.ex2.approx.ftz.f(float %769)
	%771 = call float @llvm.fma.f32(float %639, float 0x3FC7154760000000, float %764)
	%772 = call float @llvm.nvvm.ex2.approx.ftz.f(float %771)
	%773 = call float @llvm.fma.f32(float %642, float 0x3FC7154760000000, float %764)
	%774 = call float @llvm.nvvm.ex2.approx.ftz.f(float %773)
	%775 = call float @llvm.fma.f32(float %643, float 0x3FC7154760000000, float %764)
	%776 = call float @llvm.nvvm.ex2.approx.ftz.f(float %775)
	%777 = call float @llvm.fma.f32(float %646, float 0x3FC7154760000000, float %764)
	%778 = call float @llvm.nvvm.ex2.approx.ftz.f(float %777)
	%779 = call float @llvm.fma.f32(float %647, float 0x3FC7154760000000, float %764)
	%780 = call float @llvm.nvvm.ex2.approx.ftz.f(float %779)
	%781 = fadd float %766, %768
	%782 = fadd float %770, %772
	%783 = fadd float %774, %776
	%784 = fadd float %778, %780
	%785 = fadd float %781, %782
	%786 = fadd float %783, %784
	%787 = fadd float %785, %786
	%788 = fadd float %759, %787
	%789 = select i1 %682, float %678, float %193
	%790 = fcmp oeq float %789, 0xFFF0000000000000
	%791 = select i1 %790, float 0.0, float %789
	%792 = fneg float %791
	%793 = call float @llvm.fma.f32(float %636, float 0x3FC7154760000000, float %792)
	%794 = call float @llvm.nvvm.ex2.approx.ftz.f(float %793)
	%795 = call float @llvm.fma.f32(float %637, float 0x3FC7154760000000, float %792)
	%796 = call float @llvm.nvvm.ex2.approx.ftz.f(float %795)
	%797 = call float @llvm.fma.f32(float %640, float 0x3FC7154760000000, float %792)
	%798 = call float @llvm.nvvm.ex2.approx.ftz.f(float %797)
	%799 = call float @llvm.fma.f32(float %641, float 0x3FC7154760000000, float %792)
	%800 = call float @llvm.nvvm.ex2.approx.ftz.f(float %799)
	%801 = call float @llvm.fma.f32(float %644, float 0x3FC7154760000000, float %792)
	%802 = call float @llvm.nvvm.ex2.approx.ftz.f(float %801)
	%803 = call float @llvm.fma.f32(float %645, float 0x3FC7154760000000, float %792)
	%804 = call float @llvm.nvvm.ex2.approx.ftz.f(float %803)
	%805 = call float @llvm.fma.f32(float %648, float 0x3FC7154760000000, float %792)
	%806 = call float @llvm.nvvm.ex2.approx.ftz.f(float %805)
	%807 = call float @llvm.fma.f32(float %649, float 0x3FC7154760000000, float %792)
	%808 = call float @llvm.nvvm.ex2.approx.ftz.f(float %807)
	%809 = fadd float %794, %796
	%810 = fadd float %798, %800
	%811 = fadd float %802, %804
	%812 = fadd float %806, %808
	%813 = fadd float %809, %810
	%814 = fadd float %811, %812
	%815 = fadd float %813, %814
	%816 = fadd float %760, %815
	%817 = add i32 %157, 1
	%818 = icmp slt i32 %817, %NK
	%819 = select i1 %818, i32 %817, i32 0
	%820 = add i32 %41, %819
	%821 = sext i32 %820 to i64
	%822 = getelementptr i32, i32* %list, i64 %821
	%823 = load i32, i32* %822
	%824 = select i1 %818, i32 %823, i32 -1
	%825 = icmp sge i32 %824, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %825, label %prefetch, label %pv

prefetch:
	%826 = mul i32 %824, 32
	%827 = lshr i32 %2, 3
	%828 = and i32 %2, 7
	%829 = and i32 %827, 7
	%830 = xor i32 %828, %829
	%831 = mul i32 %827, 8
	%832 = add i32 %831, %830
	%833 = shl i32 %832, 4
	%834 = add i32 %0, %833
	%835 = add i32 %826, %827
	%836 = mul i32 %835, 64
	%837 = mul i32 %828, 8
	%838 = add i32 %836, %837
	%839 = sext i32 %838 to i64
	%840 = getelementptr i16, i16* %32, i64 %839
	%841 = add i32 %835, 0
	%842 = icmp slt i32 %841, %N
	%843 = getelementptr i16, i16* %840, i64 0
	%844 = select i1 %842, i16* %843, i16* %32
	%845 = add i32 %834, 0
	%846 = select i1 %842, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %845, i16* %844, i32 %846)
	%847 = add i32 %835, 16
	%848 = icmp slt i32 %847, %N
	%849 = getelementptr i16, i16* %840, i64 1024
	%850 = select i1 %848, i16* %849, i16* %32
	%851 = add i32 %834, 2048
	%852 = select i1 %848, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %851, i16* %850, i32 %852)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%853 = and i32 %4, 7
	%854 = lshr i32 %4, 3
	%855 = and i32 %854, 1
	%856 = shl i32 %855, 3
	%857 = add i32 %853, %856
	%858 = mul i32 %857, 128
	%859 = add i32 %1, %858
	%860 = and i32 %4, 7
	%861 = xor i32 %96, %860
	%862 = shl i32 %861, 4
	%863 = add i32 %859, %862
	%864 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %768, float %766)
	%865 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %796, float %794)
	%866 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %772, float %770)
	%867 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %800, float %798)
	%868 = xor i32 %863, 0
	%869 = add i32 %868, 0
	%870 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %869)
	%871 = extractvalue { i32, i32, i32, i32 } %870, 0
	%872 = extractvalue { i32, i32, i32, i32 } %870, 1
	%873 = extractvalue { i32, i32, i32, i32 } %870, 2
	%874 = extractvalue { i32, i32, i32, i32 } %870, 3
	%875 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %871, i32 %872, float %727, float %728, float %729, float %730)
	%876 = extractvalue { float, float, float, float } %875, 0
	%877 = extractvalue { float, float, float, float } %875, 1
	%878 = extractvalue { float, float, float, float } %875, 2
	%879 = extractvalue { float, float, float, float } %875, 3
	%880 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %873, i32 %874, float %731, float %732, float %733, float %734)
	%881 = extractvalue { float, float, float, float } %880, 0
	%882 = extractvalue { float, float, float, float } %880, 1
	%883 = extractvalue { float, float, float, float } %880, 2
	%884 = extractvalue { float, float, float, float } %880, 3
	%885 = xor i32 %863, 32
	%886 = add i32 %885, 0
	%887 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %886)
	%888 = extractvalue { i32, i32, i32, i32 } %887, 0
	%889 = extractvalue { i32, i32, i32, i32 } %887, 1
	%890 = extractvalue { i32, i32, i32, i32 } %887, 2
	%891 = extractvalue { i32, i32, i32, i32 } %887, 3
	%892 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %888, i32 %889, float %735, float %736, float %737, float %738)
	%893 = extractvalue { float, float, float, float } %892, 0
	%894 = extractvalue { float, float, float, float } %892, 1
	%895 = extractvalue { float, float, float, float } %892, 2
	%896 = extractvalue { float, float, float, float } %892, 3
	%897 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %890, i32 %891, float %739, float %740, float %741, float %742)
	%898 = extractvalue { float, float, float, float } %897, 0
	%899 = extractvalue { float, float, float, float } %897, 1
	%900 = extractvalue { float, float, float, float } %897, 2
	%901 = extractvalue { float, float, float, float } %897, 3
	%902 = xor i32 %863, 64
	%903 = add i32 %902, 0
	%904 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %903)
	%905 = extractvalue { i32, i32, i32, i32 } %904, 0
	%906 = extractvalue { i32, i32, i32, i32 } %904, 1
	%907 = extractvalue { i32, i32, i32, i32 } %904, 2
	%908 = extractvalue { i32, i32, i32, i32 } %904, 3
	%909 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %905, i32 %906, float %743, float %744, float %745, float %746)
	%910 = extractvalue { float, float, float, float } %909, 0
	%911 = extractvalue { float, float, float, float } %909, 1
	%912 = extractvalue { float, float, float, float } %909, 2
	%913 = extractvalue { float, float, float, float } %909, 3
	%914 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %907, i32 %908, float %747, float %748, float %749, float %750)
	%915 = extractvalue { float, float, float, float } %914, 0
	%916 = extractvalue { float, float, float, float } %914, 1
	%917 = extractvalue { float, float, float, float } %914, 2
	%918 = extractvalue { float, float, float, float } %914, 3
	%919 = xor i32 %863, 96
	%920 = add i32 %919, 0
	%921 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %920)
	%922 = extractvalue { i32, i32, i32, i32 } %921, 0
	%923 = extractvalue { i32, i32, i32, i32 } %921, 1
	%924 = extractvalue { i32, i32, i32, i32 } %921, 2
	%925 = extractvalue { i32, i32, i32, i32 } %921, 3
	%926 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %922, i32 %923, float %751, float %752, float %753, float %754)
	%927 = extractvalue { float, float, float, float } %926, 0
	%928 = extractvalue { float, float, float, float } %926, 1
	%929 = extractvalue { float, float, float, float } %926, 2
	%930 = extractvalue { float, float, float, float } %926, 3
	%931 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %924, i32 %925, float %755, float %756, float %757, float %758)
	%932 = extractvalue { float, float, float, float } %931, 0
	%933 = extractvalue { float, float, float, float } %931, 1
	%934 = extractvalue { float, float, float, float } %931, 2
	%935 = extractvalue { float, float, float, float } %931, 3
	%936 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %776, float %774)
	%937 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %804, float %802)
	%938 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %780, float %778)
	%939 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %808, float %806)
	%940 = xor i32 %863, 0
	%941 = add i32 %940, 2048
	%942 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %941)
	%943 = extractvalue { i32, i32, i32, i32 } %942, 0
	%944 = extractvalue { i32, i32, i32, i32 } %942, 1
	%945 = extractvalue { i32, i32, i32, i32 } %942, 2
	%946 = extractvalue { i32, i32, i32, i32 } %942, 3
	%947 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %943, i32 %944, float %876, float %877, float %878, float %879)
	%948 = extractvalue { float, float, float, float } %947, 0
	%949 = extractvalue { float, float, float, float } %947, 1
	%950 = extractvalue { float, float, float, float } %947, 2
	%951 = extractvalue { float, float, float, float } %947, 3
	%952 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %945, i32 %946, float %881, float %882, float %883, float %884)
	%953 = extractvalue { float, float, float, float } %952, 0
	%954 = extractvalue { float, float, float, float } %952, 1
	%955 = extractvalue { float, float, float, float } %952, 2
	%956 = extractvalue { float, float, float, float } %952, 3
	%957 = xor i32 %863, 32
	%958 = add i32 %957, 2048
	%959 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %958)
	%960 = extractvalue { i32, i32, i32, i32 } %959, 0
	%961 = extractvalue { i32, i32, i32, i32 } %959, 1
	%962 = extractvalue { i32, i32, i32, i32 } %959, 2
	%963 = extractvalue { i32, i32, i32, i32 } %959, 3
	%964 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %960, i32 %961, float %893, float %894, float %895, float %896)
	%965 = extractvalue { float, float, float, float } %964, 0
	%966 = extractvalue { float, float, float, float } %964, 1
	%967 = extractvalue { float, float, float, float } %964, 2
	%968 = extractvalue { float, float, float, float } %964, 3
	%969 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %962, i32 %963, float %898, float %899, float %900, float %901)
	%970 = extractvalue { float, float, float, float } %969, 0
	%971 = extractvalue { float, float, float, float } %969, 1
	%972 = extractvalue { float, float, float, float } %969, 2
	%973 = extractvalue { float, float, float, float } %969, 3
	%974 = xor i32 %863, 64
	%975 = add i32 %974, 2048
	%976 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %975)
	%977 = extractvalue { i32, i32, i32, i32 } %976, 0
	%978 = extractvalue { i32, i32, i32, i32 } %976, 1
	%979 = extractvalue { i32, i32, i32, i32 } %976, 2
	%980 = extractvalue { i32, i32, i32, i32 } %976, 3
	%981 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %977, i32 %978, float %910, float %911, float %912, float %913)
	%982 = extractvalue { float, float, float, float } %981, 0
	%983 = extractvalue { float, float, float, float } %981, 1
	%984 = extractvalue { float, float, float, float } %981, 2
	%985 = extractvalue { float, float, float, float } %981, 3
	%986 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %979, i32 %980, float %915, float %916, float %917, float %918)
	%987 = extractvalue { float, float, float, float } %986, 0
	%988 = extractvalue { float, float, float, float } %986, 1
	%989 = extractvalue { float, float, float, float } %986, 2
	%990 = extractvalue { float, float, float, float } %986, 3
	%991 = xor i32 %863, 96
	%992 = add i32 %991, 2048
	%993 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %992)
	%994 = extractvalue { i32, i32, i32, i32 } %993, 0
	%995 = extractvalue { i32, i32, i32, i32 } %993, 1
	%996 = extractvalue { i32, i32, i32, i32 } %993, 2
	%997 = extractvalue { i32, i32, i32, i32 } %993, 3
	%998 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %994, i32 %995, float %927, float %928, float %929, float %930)
	%999 = extractvalue { float, float, float, float } %998, 0
	%1000 = extractvalue { float, float, float, float } %998, 1
	%1001 = extractvalue { float, float, float, float } %998, 2
	%1002 = extractvalue { float, float, float, float } %998, 3
	%1003 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %996, i32 %997, float %932, float %933, float %934, float %935)
	%1004 = extractvalue { float, float, float, float } %1003, 0
	%1005 = extractvalue { float, float, float, float } %1003, 1
	%1006 = extractvalue { float, float, float, float } %1003, 2
	%1007 = extractvalue { float, float, float, float } %1003, 3
	br i1 %825, label %loop, label %epilogue

store0:
	%1008 = mul i32 %22, %M
	%1009 = add i32 %1008, %424
	%1010 = mul i32 %1009, 64
	%1011 = shl i32 %6, 1
	%1012 = add i32 0, %1011
	%1013 = add i32 %1010, %1012
	%1014 = sext i32 %1013 to i64
	%1015 = getelementptr i16, i16* %out, i64 %1014
	%1016 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %426, float %425)
	%1017 = bitcast i16* %1015 to i32*
	store i32 %1016, i32* %1017
	%1018 = shl i32 %6, 1
	%1019 = add i32 8, %1018
	%1020 = add i32 %1010, %1019
	%1021 = sext i32 %1020 to i64
	%1022 = getelementptr i16, i16* %out, i64 %1021
	%1023 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %428, float %427)
	%1024 = bitcast i16* %1022 to i32*
	store i32 %1023, i32* %1024
	%1025 = shl i32 %6, 1
	%1026 = add i32 16, %1025
	%1027 = add i32 %1010, %1026
	%1028 = sext i32 %1027 to i64
	%1029 = getelementptr i16, i16* %out, i64 %1028
	%1030 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %430, float %429)
	%1031 = bitcast i16* %1029 to i32*
	store i32 %1030, i32* %1031
	%1032 = shl i32 %6, 1
	%1033 = add i32 24, %1032
	%1034 = add i32 %1010, %1033
	%1035 = sext i32 %1034 to i64
	%1036 = getelementptr i16, i16* %out, i64 %1035
	%1037 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %432, float %431)
	%1038 = bitcast i16* %1036 to i32*
	store i32 %1037, i32* %1038
	%1039 = shl i32 %6, 1
	%1040 = add i32 32, %1039
	%1041 = add i32 %1010, %1040
	%1042 = sext i32 %1041 to i64
	%1043 = getelementptr i16, i16* %out, i64 %1042
	%1044 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %434, float %433)
	%1045 = bitcast i16* %1043 to i32*
	store i32 %1044, i32* %1045
	%1046 = shl i32 %6, 1
	%1047 = add i32 40, %1046
	%1048 = add i32 %1010, %1047
	%1049 = sext i32 %1048 to i64
	%1050 = getelementptr i16, i16* %out, i64 %1049
	%1051 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %436, float %435)
	%1052 = bitcast i16* %1050 to i32*
	store i32 %1051, i32* %1052
	%1053 = shl i32 %6, 1
	%1054 = add i32 48, %1053
	%1055 = add i32 %1010, %1054
	%1056 = sext i32 %1055 to i64
	%1057 = getelementptr i16, i16* %out, i64 %1056
	%1058 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %438, float %437)
	%1059 = bitcast i16* %1057 to i32*
	store i32 %1058, i32* %1059
	%1060 = shl i32 %6, 1
	%1061 = add i32 56, %1060
	%1062 = add i32 %1010, %1061
	%1063 = sext i32 %1062 to i64
	%1064 = getelementptr i16, i16* %out, i64 %1063
	%1065 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %440, float %439)
	%1066 = bitcast i16* %1064 to i32*
	store i32 %1065, i32* %1066
	br label %stored0

stored0:
	%1067 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %380, i32 1, i32 31)
	%1068 = fadd float %380, %1067
	%1069 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1068, i32 2, i32 31)
	%1070 = fadd float %1068, %1069
	%1071 = fcmp ogt float %1070, 0.0
	%1072 = fdiv float 1.0, %1070
	%1073 = select i1 %1071, float %1072, float 0.0
	%1074 = mul i32 %3, 16
	%1075 = add i32 %24, %1074
	%1076 = add i32 %5, 8
	%1077 = add i32 %1075, %1076
	%1078 = fmul float %384, %1073
	%1079 = fmul float %385, %1073
	%1080 = fmul float %388, %1073
	%1081 = fmul float %389, %1073
	%1082 = fmul float %392, %1073
	%1083 = fmul float %393, %1073
	%1084 = fmul float %396, %1073
	%1085 = fmul float %397, %1073
	%1086 = fmul float %400, %1073
	%1087 = fmul float %401, %1073
	%1088 = fmul float %404, %1073
	%1089 = fmul float %405, %1073
	%1090 = fmul float %408, %1073
	%1091 = fmul float %409, %1073
	%1092 = fmul float %412, %1073
	%1093 = fmul float %413, %1073
	%1094 = icmp slt i32 %1077, %M
	br i1 %1094, label %store1, label %stored1

store1:
	%1095 = mul i32 %22, %M
	%1096 = add i32 %1095, %1077
	%1097 = mul i32 %1096, 64
	%1098 = shl i32 %6, 1
	%1099 = add i32 0, %1098
	%1100 = add i32 %1097, %1099
	%1101 = sext i32 %1100 to i64
	%1102 = getelementptr i16, i16* %out, i64 %1101
	%1103 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1079, float %1078)
	%1104 = bitcast i16* %1102 to i32*
	store i32 %1103, i32* %1104
	%1105 = shl i32 %6, 1
	%1106 = add i32 8, %1105
	%1107 = add i32 %1097, %1106
	%1108 = sext i32 %1107 to i64
	%1109 = getelementptr i16, i16* %out, i64 %1108
	%1110 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1081, float %1080)
	%1111 = bitcast i16* %1109 to i32*
	store i32 %1110, i32* %1111
	%1112 = shl i32 %6, 1
	%1113 = add i32 16, %1112
	%1114 = add i32 %1097, %1113
	%1115 = sext i32 %1114 to i64
	%1116 = getelementptr i16, i16* %out, i64 %1115
	%1117 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1083, float %1082)
	%1118 = bitcast i16* %1116 to i32*
	store i32 %1117, i32* %1118
	%1119 = shl i32 %6, 1
	%1120 = add i32 24, %1119
	%1121 = add i32 %1097, %1120
	%1122 = sext i32 %1121 to i64
	%1123 = getelementptr i16, i16* %out, i64 %1122
	%1124 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1085, float %1084)
	%1125 = bitcast i16* %1123 to i32*
	store i32 %1124, i32* %1125
	%1126 = shl i32 %6, 1
	%1127 = add i32 32, %1126
	%1128 = add i32 %1097, %1127
	%1129 = sext i32 %1128 to i64
	%1130 = getelementptr i16, i16* %out, i64 %1129
	%1131 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1087, float %1086)
	%1132 = bitcast i16* %1130 to i32*
	store i32 %1131, i32* %1132
	%1133 = shl i32 %6, 1
	%1134 = add i32 40, %1133
	%1135 = add i32 %1097, %1134
	%1136 = sext i32 %1135 to i64
	%1137 = getelementptr i16, i16* %out, i64 %1136
	%1138 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1089, float %1088)
	%1139 = bitcast i16* %1137 to i32*
	store i32 %1138, i32* %1139
	%1140 = shl i32 %6, 1
	%1141 = add i32 48, %1140
	%1142 = add i32 %1097, %1141
	%1143 = sext i32 %1142 to i64
	%1144 = getelementptr i16, i16* %out, i64 %1143
	%1145 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1091, float %1090)
	%1146 = bitcast i16* %1144 to i32*
	store i32 %1145, i32* %1146
	%1147 = shl i32 %6, 1
	%1148 = add i32 56, %1147
	%1149 = add i32 %1097, %1148
	%1150 = sext i32 %1149 to i64
	%1151 = getelementptr i16, i16* %out, i64 %1150
	%1152 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1093, float %1092)
	%1153 = bitcast i16* %1151 to i32*
	store i32 %1152, i32* %1153
	br label %stored1

stored1:
	ret void
}
