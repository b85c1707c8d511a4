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
	%73 = add i32 %61, 32
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %66, i64 2048
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %60, u0x1000
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %61, 64
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %66, i64 u0x1000
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %60, u0x2000
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %61, 96
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %66, i64 6144
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %60, 12288
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
	%151 = add i32 %139, 32
	%152 = icmp slt i32 %151, %N
	%153 = getelementptr i16, i16* %144, i64 2048
	%154 = select i1 %152, i16* %153, i16* %32
	%155 = add i32 %138, u0x1000
	%156 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%157 = phi i32 [ 0, %prologue ], [ %1217, %pv ]
	%158 = phi i32 [ %49, %prologue ], [ %1224, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1492, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1493, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1494, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1495, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1497, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1498, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1499, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1500, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1509, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1510, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1511, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1512, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1514, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1515, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1516, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1517, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1526, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1527, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1528, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1529, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1531, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1532, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1533, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1534, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1543, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1544, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1545, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1546, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1548, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1549, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1550, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1551, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %1113, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1164, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %1165, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1216, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%195 = mul i32 %158, 64
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
	%216 = add i32 %204, 32
	%217 = icmp slt i32 %216, %N
	%218 = getelementptr i16, i16* %209, i64 2048
	%219 = select i1 %217, i16* %218, i16* %36
	%220 = add i32 %203, u0x1000
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
	%266 = add i32 %233, u0x1000
	%267 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %266)
	%268 = extractvalue { i32, i32, i32, i32 } %267, 0
	%269 = extractvalue { i32, i32, i32, i32 } %267, 1
	%270 = extractvalue { i32, i32, i32, i32 } %267, 2
	%271 = extractvalue { i32, i32, i32, i32 } %267, 3
	%272 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %268, i32 %269, float 0.0, float 0.0, float 0.0, float 0.0)
	%273 = extractvalue { float, float, float, float } %272, 0
	%274 = extractvalue { float, float, float, float } %272, 1
	%275 = extractvalue { float, float, float, float } %272, 2
	%276 = extractvalue { float, float, float, float } %272, 3
	%277 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %270, i32 %271, float 0.0, float 0.0, float 0.0, float 0.0)
	%278 = extractvalue { float, float, float, float } %277, 0
	%279 = extractvalue { float, float, float, float } %277, 1
	%280 = extractvalue { float, float, float, float } %277, 2
	%281 = extractvalue { float, float, float, float } %277, 3
	%282 = add i32 %233, 6144
	%283 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %282)
	%284 = extractvalue { i32, i32, i32, i32 } %283, 0
	%285 = extractvalue { i32, i32, i32, i32 } %283, 1
	%286 = extractvalue { i32, i32, i32, i32 } %283, 2
	%287 = extractvalue { i32, i32, i32, i32 } %283, 3
	%288 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %284, i32 %285, float 0.0, float 0.0, float 0.0, float 0.0)
	%289 = extractvalue { float, float, float, float } %288, 0
	%290 = extractvalue { float, float, float, float } %288, 1
	%291 = extractvalue { float, float, float, float } %288, 2
	%292 = extractvalue { float, float, float, float } %288, 3
	%293 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %286, i32 %287, float 0.0, float 0.0, float 0.0, float 0.0)
	%294 = extractvalue { float, float, float, float } %293, 0
	%295 = extractvalue { float, float, float, float } %293, 1
	%296 = extractvalue { float, float, float, float } %293, 2
	%297 = extractvalue { float, float, float, float } %293, 3
	%298 = xor i32 %232, 32
	%299 = add i32 %298, 0
	%300 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %299)
	%301 = extractvalue { i32, i32, i32, i32 } %300, 0
	%302 = extractvalue { i32, i32, i32, i32 } %300, 1
	%303 = extractvalue { i32, i32, i32, i32 } %300, 2
	%304 = extractvalue { i32, i32, i32, i32 } %300, 3
	%305 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %301, i32 %302, float %241, float %242, float %243, float %244)
	%306 = extractvalue { float, float, float, float } %305, 0
	%307 = extractvalue { float, float, float, float } %305, 1
	%308 = extractvalue { float, float, float, float } %305, 2
	%309 = extractvalue { float, float, float, float } %305, 3
	%310 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %303, i32 %304, float %246, float %247, float %248, float %249)
	%311 = extractvalue { float, float, float, float } %310, 0
	%312 = extractvalue { float, float, float, float } %310, 1
	%313 = extractvalue { float, float, float, float } %310, 2
	%314 = extractvalue { float, float, float, float } %310, 3
	%315 = add i32 %298, 2048
	%316 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %315)
	%317 = extractvalue { i32, i32, i32, i32 } %316, 0
	%318 = extractvalue { i32, i32, i32, i32 } %316, 1
	%319 = extractvalue { i32, i32, i32, i32 } %316, 2
	%320 = extractvalue { i32, i32, i32, i32 } %316, 3
	%321 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %317, i32 %318, float %257, float %258, float %259, float %260)
	%322 = extractvalue { float, float, float, float } %321, 0
	%323 = extractvalue { float, float, float, float } %321, 1
	%324 = extractvalue { float, float, float, float } %321, 2
	%325 = extractvalue { float, float, float, float } %321, 3
	%326 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %319, i32 %320, float %262, float %263, float %264, float %265)
	%327 = extractvalue { float, float, float, float } %326, 0
	%328 = extractvalue { float, float, float, float } %326, 1
	%329 = extractvalue { float, float, float, float } %326, 2
	%330 = extractvalue { float, float, float, float } %326, 3
	%331 = add i32 %298, u0x1000
	%332 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %331)
	%333 = extractvalue { i32, i32, i32, i32 } %332, 0
	%334 = extractvalue { i32, i32, i32, i32 } %332, 1
	%335 = extractvalue { i32, i32, i32, i32 } %332, 2
	%336 = extractvalue { i32, i32, i32, i32 } %332, 3
	%337 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %333, i32 %334, float %273, float %274, float %275, float %276)
	%338 = extractvalue { float, float, float, float } %337, 0
	%339 = extractvalue { float, float, float, float } %337, 1
	%340 = extractvalue { float, float, float, float } %337, 2
	%341 = extractvalue { float, float, float, float } %337, 3
	%342 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %335, i32 %336, float %278, float %279, float %280, float %281)
	%343 = extractvalue { float, float, float, float } %342, 0
	%344 = extractvalue { float, float, float, float } %342, 1
	%345 = extractvalue { float, float, float, float } %342, 2
	%346 = extractvalue { float, float, float, float } %342, 3
	%347 = add i32 %298, 6144
	%348 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %347)
	%349 = extractvalue { i32, i32, i32, i32 } %348, 0
	%350 = extractvalue { i32, i32, i32, i32 } %348, 1
	%351 = extractvalue { i32, i32, i32, i32 } %348, 2
	%352 = extractvalue { i32, i32, i32, i32 } %348, 3
	%353 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %349, i32 %350, float %289, float %290, float %291, float %292)
	%354 = extractvalue { float, float, float, float } %353, 0
	%355 = extractvalue { float, float, float, float } %353, 1
	%356 = extractvalue { float, float, float, float } %353, 2
	%357 = extractvalue { float, float, float, float } %353, 3
	%358 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %351, i32 %352, float %294, float %295, float %296, float %297)
	%359 = extractvalue { float, float, float, float } %358, 0
	%360 = extractvalue { float, float, float, float } %358, 1
	%361 = extractvalue { float, float, float, float } %358, 2
	%362 = extractvalue { float, float, float, float } %358, 3
	%363 = xor i32 %232, 64
	%364 = add i32 %363, 0
	%365 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %364)
	%366 = extractvalue { i32, i32, i32, i32 } %365, 0
	%367 = extractvalue { i32, i32, i32, i32 } %365, 1
	%368 = extractvalue { i32, i32, i32, i32 } %365, 2
	%369 = extractvalue { i32, i32, i32, i32 } %365, 3
	%370 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %366, i32 %367, float %306, float %307, float %308, float %309)
	%371 = extractvalue { float, float, float, float } %370, 0
	%372 = extractvalue { float, float, float, float } %370, 1
	%373 = extractvalue { float, float, float, float } %370, 2
	%374 = extractvalue { float, float, float, float } %370, 3
	%375 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %368, i32 %369, float %311, float %312, float %313, float %314)
	%376 = extractvalue { float, float, float, float } %375, 0
	%377 = extractvalue { float, float, float, float } %375, 1
	%378 = extractvalue { float, float, float, float } %375, 2
	%379 = extractvalue { float, float, float, float } %375, 3
	%380 = add i32 %363, 2048
	%381 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %380)
	%382 = extractvalue { i32, i32, i32, i32 } %381, 0
	%383 = extractvalue { i32, i32, i32, i32 } %381, 1
	%384 = extractvalue { i32, i32, i32, i32 } %381, 2
	%385 = extractvalue { i32, i32, i32, i32 } %381, 3
	%386 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %382, i32 %383, float %322, float %323, float %324, float %325)
	%387 = extractvalue { float, float, float, float } %386, 0
	%388 = extractvalue { float, float, float, float } %386, 1
	%389 = extractvalue { float, float, float, float } %386, 2
	%390 = extractvalue { float, float, float, float } %386, 3
	%391 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %384, i32 %385, float %327, float %328, float %329, float %330)
	%392 = extractvalue { float, float, float, float } %391, 0
	%393 = extractvalue { float, float, float, float } %391, 1
	%394 = extractvalue { float, float, float, float } %391, 2
	%395 = extractvalue { float, float, float, float } %391, 3
	%396 = add i32 %363, u0x1000
	%397 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %396)
	%398 = extractvalue { i32, i32, i32, i32 } %397, 0
	%399 = extractvalue { i32, i32, i32, i32 } %397, 1
	%400 = extractvalue { i32, i32, i32, i32 } %397, 2
	%401 = extractvalue { i32, i32, i32, i32 } %397, 3
	%402 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %398, i32 %399, float %338, float %339, float %340, float %341)
	%403 = extractvalue { float, float, float, float } %402, 0
	%404 = extractvalue { float, float, float, float } %402, 1
	%405 = extractvalue { float, float, float, float } %402, 2
	%406 = extractvalue { float, float, float, float } %402, 3
	%407 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %400, i32 %401, float %343, float %344, float %345, float %346)
	%408 = extractvalue { float, float, float, float } %407, 0
	%409 = extractvalue { float, float, float, float } %407, 1
	%410 = extractvalue { float, float, float, float } %407, 2
	%411 = extractvalue { float, float, float, float } %407, 3
	%412 = add i32 %363, 6144
	%413 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %412)
	%414 = extractvalue { i32, i32, i32, i32 } %413, 0
	%415 = extractvalue { i32, i32, i32, i32 } %413, 1
	%416 = extractvalue { i32, i32, i32, i32 } %413, 2
	%417 = extractvalue { i32, i32, i32, i32 } %413, 3
	%418 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %414, i32 %415, float %354, float %355, float %356, float %357)
	%419 = extractvalue { float, float, float, float } %418, 0
	%420 = extractvalue { float, float, float, float } %418, 1
	%421 = extractvalue { float, float, float, float } %418, 2
	%422 = extractvalue { float, float, float, float } %418, 3
	%423 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %416, i32 %417, float %359, float %360, float %361, float %362)
	%424 = extractvalue { float, float, float, float } %423, 0
	%425 = extractvalue { float, float, float, float } %423, 1
	%426 = extractvalue { float, float, float, float } %423, 2
	%427 = extractvalue { float, float, float, float } %423, 3
	%428 = xor i32 %232, 96
	%429 = add i32 %428, 0
	%430 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %429)
	%431 = extractvalue { i32, i32, i32, i32 } %430, 0
	%432 = extractvalue { i32, i32, i32, i32 } %430, 1
	%433 = extractvalue { i32, i32, i32, i32 } %430, 2
	%434 = extractvalue { i32, i32, i32, i32 } %430, 3
	%435 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %431, i32 %432, float %371, float %372, float %373, float %374)
	%436 = extractvalue { float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float } %435, 3
	%440 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %433, i32 %434, float %376, float %377, float %378, float %379)
	%441 = extractvalue { float, float, float, float } %440, 0
	%442 = extractvalue { float, float, float, float } %440, 1
	%443 = extractvalue { float, float, float, float } %440, 2
	%444 = extractvalue { float, float, float, float } %440, 3
	%445 = add i32 %428, 2048
	%446 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %445)
	%447 = extractvalue { i32, i32, i32, i32 } %446, 0
	%448 = extractvalue { i32, i32, i32, i32 } %446, 1
	%449 = extractvalue { i32, i32, i32, i32 } %446, 2
	%450 = extractvalue { i32, i32, i32, i32 } %446, 3
	%451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %447, i32 %448, float %387, float %388, float %389, float %390)
	%452 = extractvalue { float, float, float, float } %451, 0
	%453 = extractvalue { float, float, float, float } %451, 1
	%454 = extractvalue { float, float, float, float } %451, 2
	%455 = extractvalue { float, float, float, float } %451, 3
	%456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %449, i32 %450, float %392, float %393, float %394, float %395)
	%457 = extractvalue { float, float, float, float } %456, 0
	%458 = extractvalue { float, float, float, float } %456, 1
	%459 = extractvalue { float, float, float, float } %456, 2
	%460 = extractvalue { float, float, float, float } %456, 3
	%461 = add i32 %428, u0x1000
	%462 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %461)
	%463 = extractvalue { i32, i32, i32, i32 } %462, 0
	%464 = extractvalue { i32, i32, i32, i32 } %462, 1
	%465 = extractvalue { i32, i32, i32, i32 } %462, 2
	%466 = extractvalue { i32, i32, i32, i32 } %462, 3
	%467 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %463, i32 %464, float %403, float %404, float %405, float %406)
	%468 = extractvalue { float, float, float, float } %467, 0
	%469 = extractvalue { float, float, float, float } %467, 1
	%470 = extractvalue { float, float, float, float } %467, 2
	%471 = extractvalue { float, float, float, float } %467, 3
	%472 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %465, i32 %466, float %408, float %409, float %410, float %411)
	%473 = extractvalue { float, float, float, float } %472, 0
	%474 = extractvalue { float, float, float, float } %472, 1
	%475 = extractvalue { float, float, float, float } %472, 2
	%476 = extractvalue { float, float, float, float } %472, 3
	%477 = add i32 %428, 6144
	%478 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %477)
	%479 = extractvalue { i32, i32, i32, i32 } %478, 0
	%480 = extractvalue { i32, i32, i32, i32 } %478, 1
	%481 = extractvalue { i32, i32, i32, i32 } %478, 2
	%482 = extractvalue { i32, i32, i32, i32 } %478, 3
	%483 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %479, i32 %480, float %419, float %420, float %421, float %422)
	%484 = extractvalue { float, float, float, float } %483, 0
	%485 = extractvalue { float, float, float, float } %483, 1
	%486 = extractvalue { float, float, float, float } %483, 2
	%487 = extractvalue { float, float, float, float } %483, 3
	%488 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %481, i32 %482, float %424, float %425, float %426, float %427)
	%489 = extractvalue { float, float, float, float } %488, 0
	%490 = extractvalue { float, float, float, float } %488, 1
	%491 = extractvalue { float, float, float, float } %488, 2
	%492 = extractvalue { float, float, float, float } %488, 3
	%493 = mul i32 %3, 16
	%494 = add i32 %24, %493
	%495 = add i32 %5, 0
	%496 = add i32 %494, %495
	%497 = mul i32 %3, 16
	%498 = add i32 %24, %497
	%499 = add i32 %5, 8
	%500 = add i32 %498, %499
	%501 = sitofp i32 %22 to float
	%502 = add i32 %45, %158
	%503 = sext i32 %502 to i64
	%504 = getelementptr i8, i8* %cls, i64 %503
	%505 = load i8, i8* %504
	%506 = icmp ne i8 %505, 2
	br i1 %506, label %partial, label %softmax

epilogue:
	%507 = phi float [ 0.0, %entry ], [ %1164, %pv ]
	%508 = phi float [ 0.0, %entry ], [ %1216, %pv ]
	%509 = phi i32 [ 0, %entry ], [ %1217, %pv ]
	%510 = phi float [ 0.0, %entry ], [ %1492, %pv ]
	%511 = phi float [ 0.0, %entry ], [ %1493, %pv ]
	%512 = phi float [ 0.0, %entry ], [ %1494, %pv ]
	%513 = phi float [ 0.0, %entry ], [ %1495, %pv ]
	%514 = phi float [ 0.0, %entry ], [ %1497, %pv ]
	%515 = phi float [ 0.0, %entry ], [ %1498, %pv ]
	%516 = phi float [ 0.0, %entry ], [ %1499, %pv ]
	%517 = phi float [ 0.0, %entry ], [ %1500, %pv ]
	%518 = phi float [ 0.0, %entry ], [ %1509, %pv ]
	%519 = phi float [ 0.0, %entry ], [ %1510, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1511, %pv ]
	%521 = phi float [ 0.0, %entry ], [ %1512, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1514, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1515, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1516, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1517, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1526, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1527, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1528, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1529, %pv ]
	%530 = phi float [ 0.0, %entry ], [ %1531, %pv ]
	%531 = phi float [ 0.0, %entry ], [ %1532, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1533, %pv ]
	%533 = phi float [ 0.0, %entry ], [ %1534, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1543, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1544, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1545, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1546, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1548, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1549, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1550, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1551, %pv ]
	%542 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %507, i32 1, i32 31)
	%543 = fadd float %507, %542
	%544 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %543, i32 2, i32 31)
	%545 = fadd float %543, %544
	%546 = fcmp ogt float %545, 0.0
	%547 = fdiv float 1.0, %545
	%548 = select i1 %546, float %547, float 0.0
	%549 = mul i32 %3, 16
	%550 = add i32 %24, %549
	%551 = add i32 %5, 0
	%552 = add i32 %550, %551
	%553 = fmul float %510, %548
	%554 = fmul float %511, %548
	%555 = fmul float %514, %548
	%556 = fmul float %515, %548
	%557 = fmul float %518, %548
	%558 = fmul float %519, %548
	%559 = fmul float %522, %548
	%560 = fmul float %523, %548
	%561 = fmul float %526, %548
	%562 = fmul float %527, %548
	%563 = fmul float %530, %548
	%564 = fmul float %531, %548
	%565 = fmul float %534, %548
	%566 = fmul float %535, %548
	%567 = fmul float %538, %548
	%568 = fmul float %539, %548
	%569 = icmp slt i32 %552, %M
	br i1 %569, label %store0, label %stored0

partial:
	%570 = shl i32 %6, 1
	%571 = add i32 0, %570
	%572 = add i32 %195, %571
	%573 = icmp slt i32 %572, %N
	%574 = select i1 %573, i32 %572, i32 0
	%575 = sitofp i32 %496 to float
	%576 = sitofp i32 %574 to float
	%577 = fcmp ole float %576, %575
	%578 = uitofp i1 %577 to float
	%579 = fcmp une float %578, 0.0
	%580 = and i1 %573, %579
	%581 = select i1 %580, float %436, float 0xFFF0000000000000
	%582 = shl i32 %6, 1
	%583 = add i32 1, %582
	%584 = add i32 %195, %583
	%585 = icmp slt i32 %584, %N
	%586 = select i1 %585, i32 %584, i32 0
	%587 = sitofp i32 %496 to float
	%588 = sitofp i32 %586 to float
	%589 = fcmp ole float %588, %587
	%590 = uitofp i1 %589 to float
	%591 = fcmp une float %590, 0.0
	%592 = and i1 %585, %591
	%593 = select i1 %592, float %437, float 0xFFF0000000000000
	%594 = shl i32 %6, 1
	%595 = add i32 0, %594
	%596 = add i32 %195, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, i32 %596, i32 0
	%599 = sitofp i32 %500 to float
	%600 = sitofp i32 %598 to float
	%601 = fcmp ole float %600, %599
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = and i1 %597, %603
	%605 = select i1 %604, float %438, float 0xFFF0000000000000
	%606 = shl i32 %6, 1
	%607 = add i32 1, %606
	%608 = add i32 %195, %607
	%609 = icmp slt i32 %608, %N
	%610 = select i1 %609, i32 %608, i32 0
	%611 = sitofp i32 %500 to float
	%612 = sitofp i32 %610 to float
	%613 = fcmp ole float %612, %611
	%614 = uitofp i1 %613 to float
	%615 = fcmp une float %614, 0.0
	%616 = and i1 %609, %615
	%617 = select i1 %616, float %439, float 0xFFF0000000000000
	%618 = shl i32 %6, 1
	%619 = add i32 8, %618
	%620 = add i32 %195, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, i32 %620, i32 0
	%623 = sitofp i32 %496 to float
	%624 = sitofp i32 %622 to float
	%625 = fcmp ole float %624, %623
	%626 = uitofp i1 %625 to float
	%627 = fcmp une float %626, 0.0
	%628 = and i1 %621, %627
	%629 = select i1 %628, float %441, float 0xFFF0000000000000
	%630 = shl i32 %6, 1
	%631 = add i32 9, %630
	%632 = add i32 %195, %631
	%633 = icmp slt i32 %632, %N
	%634 = select i1 %633, i32 %632, i32 0
	%635 = sitofp i32 %496 to float
	%636 = sitofp i32 %634 to float
	%637 = fcmp ole float %636, %635
	%638 = uitofp i1 %637 to float
	%639 = fcmp une float %638, 0.0
	%640 = and i1 %633, %639
	%641 = select i1 %640, float %442, float 0xFFF0000000000000
	%642 = shl i32 %6, 1
	%643 = add i32 8, %642
	%644 = add i32 %195, %643
	%645 = icmp slt i32 %644, %N
	%646 = select i1 %645, i32 %644, i32 0
	%647 = sitofp i32 %500 to float
	%648 = sitofp i32 %646 to float
	%649 = fcmp ole float %648, %647
	%650 = uitofp i1 %649 to float
	%651 = fcmp une float %650, 0.0
	%652 = and i1 %645, %651
	%653 = select i1 %652, float %443, float 0xFFF0000000000000
	%654 = shl i32 %6, 1
	%655 = add i32 9, %654
	%656 = add i32 %195, %655
	%657 = icmp slt i32 %656, %N
	%658 = select i1 %657, i32 %656, i32 0
	%659 = sitofp i32 %500 to float
	%660 = sitofp i32 %658 to float
	%661 = fcmp ole float %660, %659
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = and i1 %657, %663
	%665 = select i1 %664, float %444, float 0xFFF0000000000000
	%666 = shl i32 %6, 1
	%667 = add i32 16, %666
	%668 = add i32 %195, %667
	%669 = icmp slt i32 %668, %N
	%670 = select i1 %669, i32 %668, i32 0
	%671 = sitofp i32 %496 to float
	%672 = sitofp i32 %670 to float
	%673 = fcmp ole float %672, %671
	%674 = uitofp i1 %673 to float
	%675 = fcmp une float %674, 0.0
	%676 = and i1 %669, %675
	%677 = select i1 %676, float %452, float 0xFFF0000000000000
	%678 = shl i32 %6, 1
	%679 = add i32 17, %678
	%680 = add i32 %195, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, i32 %680, i32 0
	%683 = sitofp i32 %496 to float
	%684 = sitofp i32 %682 to float
	%685 = fcmp ole float %684, %683
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = and i1 %681, %687
	%689 = select i1 %688, float %453, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 16, %690
	%692 = add i32 %195, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, i32 %692, i32 0
	%695 = sitofp i32 %500 to float
	%696 = sitofp i32 %694 to float
	%697 = fcmp ole float %696, %695
	%698 = uitofp i1 %697 to float
	%699 = fcmp une float %698, 0.0
	%700 = and i1 %693, %699
	%701 = select i1 %700, float %454, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 17, %702
	%704 = add i32 %195, %703
	%705 = icmp slt i32 %704, %N
	%706 = select i1 %705, i32 %704, i32 0
	%707 = sitofp i32 %500 to float
	%708 = sitofp i32 %706 to float
	%709 = fcmp ole float %708, %707
	%710 = uitofp i1 %709 to float
	%711 = fcmp une float %710, 0.0
	%712 = and i1 %705, %711
	%713 = select i1 %712, float %455, float 0xFFF0000000000000
	%714 = shl i32 %6, 1
	%715 = add i32 24, %714
	%716 = add i32 %195, %715
	%717 = icmp slt i32 %716, %N
	%718 = select i1 %717, i32 %716, i32 0
	%719 = sitofp i32 %496 to float
	%720 = sitofp i32 %718 to float
	%721 = fcmp ole float %720, %719
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %717, %723
	%725 = select i1 %724, float %457, float 0xFFF0000000000000
	%726 = shl i32 %6, 1
	%727 = add i32 25, %726
	%728 = add i32 %195, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %496 to float
	%732 = sitofp i32 %730 to float
	%733 = fcmp ole float %732, %731
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %729, %735
	%737 = select i1 %736, float %458, float 0xFFF0000000000000
	%738 = shl i32 %6, 1
	%739 = add i32 24, %738
	%740 = add i32 %195, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, i32 %740, i32 0
	%743 = sitofp i32 %500 to float
	%744 = sitofp i32 %742 to float
	%745 = fcmp ole float %744, %743
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %741, %747
	%749 = select i1 %748, float %459, float 0xFFF0000000000000
	%750 = shl i32 %6, 1
	%751 = add i32 25, %750
	%752 = add i32 %195, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %500 to float
	%756 = sitofp i32 %754 to float
	%757 = fcmp ole float %756, %755
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %753, %759
	%761 = select i1 %760, float %460, float 0xFFF0000000000000
	%762 = shl i32 %6, 1
	%763 = add i32 32, %762
	%764 = add i32 %195, %763
	%765 = icmp slt i32 %764, %N
	%766 = select i1 %765, i32 %764, i32 0
	%767 = sitofp i32 %496 to float
	%768 = sitofp i32 %766 to float
	%769 = fcmp ole float %768, %767
	%770 = uitofp i1 %769 to float
	%771 = fcmp une float %770, 0.0
	%772 = and i1 %765, %771
	%773 = select i1 %772, float %468, float 0xFFF0000000000000
	%774 = shl i32 %6, 1
	%775 = add i32 33, %774
	%776 = add i32 %195, %775
	%777 = icmp slt i32 %776, %N
	%778 = select i1 %777, i32 %776, i32 0
	%779 = sitofp i32 %496 to float
	%780 = sitofp i32 %778 to float
	%781 = fcmp ole float %780, %779
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %777, %783
	%785 = select i1 %784, float %469, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 32, %786
	%788 = add i32 %195, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %500 to float
	%792 = sitofp i32 %790 to float
	%793 = fcmp ole float %792, %791
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %789, %795
	%797 = select i1 %796, float %470, float 0xFFF0000000000000
	%798 = shl i32 %6, 1
	%799 = add i32 33, %798
	%800 = add i32 %195, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %500 to float
	%804 = sitofp i32 %802 to float
	%805 = fcmp ole float %804, %803
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %801, %807
	%809 = select i1 %808, float %471, float 0xFFF0000000000000
	%810 = shl i32 %6, 1
	%811 = add i32 40, %810
	%812 = add i32 %195, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %496 to float
	%816 = sitofp i32 %814 to float
	%817 = fcmp ole float %816, %815
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %813, %819
	%821 = select i1 %820, float %473, float 0xFFF0000000000000
	%822 = shl i32 %6, 1
	%823 = add i32 41, %822
	%824 = add i32 %195, %823
	%825 = icmp slt i32 %824, %N
	%826 = select i1 %825, i32 %824, i32 0
	%827 = sitofp i32 %496 to float
	%828 = sitofp i32 %826 to float
	%829 = fcmp ole float %828, %827
	%830 = uitofp i1 %829 to float
	%831 = fcmp une float %830, 0.0
	%832 = and i1 %825, %831
	%833 = select i1 %832, float %474, float 0xFFF0000000000000
	%834 = shl i32 %6, 1
	%835 = add i32 40, %834
	%836 = add i32 %195, %835
	%837 = icmp slt i32 %836, %N
	%838 = select i1 %837, i32 %836, i32 0
	%839 = sitofp i32 %500 to float
	%840 = sitofp i32 %838 to float
	%841 = fcmp ole float %840, %839
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %837, %843
	%845 = select i1 %844, float %475, float 0xFFF0000000000000
	%846 = shl i32 %6, 1
	%847 = add i32 41, %846
	%848 = add i32 %195, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %500 to float
	%852 = sitofp i32 %850 to float
	%853 = fcmp ole float %852, %851
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %849, %855
	%857 = select i1 %856, float %476, float 0xFFF0000000000000
	%858 = shl i32 %6, 1
	%859 = add i32 48, %858
	%860 = add i32 %195, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %496 to float
	%864 = sitofp i32 %862 to float
	%865 = fcmp ole float %864, %863
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %861, %867
	%869 = select i1 %868, float %484, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 49, %870
	%872 = add i32 %195, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %496 to float
	%876 = sitofp i32 %874 to float
	%877 = fcmp ole float %876, %875
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %873, %879
	%881 = select i1 %880, float %485, float 0xFFF0000000000000
	%882 = shl i32 %6, 1
	%883 = add i32 48, %882
	%884 = add i32 %195, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %500 to float
	%888 = sitofp i32 %886 to float
	%889 = fcmp ole float %888, %887
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = and i1 %885, %891
	%893 = select i1 %892, float %486, float 0xFFF0000000000000
	%894 = shl i32 %6, 1
	%895 = add i32 49, %894
	%896 = add i32 %195, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %500 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %897, %903
	%905 = select i1 %904, float %487, float 0xFFF0000000000000
	%906 = shl i32 %6, 1
	%907 = add i32 56, %906
	%908 = add i32 %195, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %496 to float
	%912 = sitofp i32 %910 to float
	%913 = fcmp ole float %912, %911
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %909, %915
	%917 = select i1 %916, float %489, float 0xFFF0000000000000
	%918 = shl i32 %6, 1
	%919 = add i32 57, %918
	%920 = add i32 %195, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %496 to float
	%924 = sitofp i32 %922 to float
	%925 = fcmp ole float %924, %923
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %921, %927
	%929 = select i1 %928, float %490, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 56, %930
	%932 = add i32 %195, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %500 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %933, %939
	%941 = select i1 %940, float %491, float 0xFFF0000000000000
	%942 = shl i32 %6, 1
	%943 = add i32 57, %942
	%944 = add i32 %195, %943
	%945 = icmp slt i32 %944, %N
	%946 = select i1 %945, i32 %944, i32 0
	%947 = sitofp i32 %500 to float
	%948 = sitofp i32 %946 to float
	%949 = fcmp ole float %948, %947
	%950 = uitofp i1 %949 to float
	%951 = fcmp une float %950, 0.0
	%952 = and i1 %945, %951
	%953 = select i1 %952, float %492, float 0xFFF0000000000000
	br label %softmax

softmax:
	%954 = phi float [ %436, %loop ], [ %581, %partial ]
	%955 = phi float [ %437, %loop ], [ %593, %partial ]
	%956 = phi float [ %438, %loop ], [ %605, %partial ]
	%957 = phi float [ %439, %loop ], [ %617, %partial ]
	%958 = phi float [ %441, %loop ], [ %629, %partial ]
	%959 = phi float [ %442, %loop ], [ %641, %partial ]
	%960 = phi float [ %443, %loop ], [ %653, %partial ]
	%961 = phi float [ %444, %loop ], [ %665, %partial ]
	%962 = phi float [ %452, %loop ], [ %677, %partial ]
	%963 = phi float [ %453, %loop ], [ %689, %partial ]
	%964 = phi float [ %454, %loop ], [ %701, %partial ]
	%965 = phi float [ %455, %loop ], [ %713, %partial ]
	%966 = phi float [ %457, %loop ], [ %725, %partial ]
	%967 = phi float [ %458, %loop ], [ %737, %partial ]
	%968 = phi float [ %459, %loop ], [ %749, %partial ]
	%969 = phi float [ %460, %loop ], [ %761, %partial ]
	%970 = phi float [ %468, %loop ], [ %773, %partial ]
	%971 = phi float [ %469, %loop ], [ %785, %partial ]
	%972 = phi float [ %470, %loop ], [ %797, %partial ]
	%973 = phi float [ %471, %loop ], [ %809, %partial ]
	%974 = phi float [ %473, %loop ], [ %821, %partial ]
	%975 = phi float [ %474, %loop ], [ %833, %partial ]
	%976 = phi float [ %475, %loop ], [ %845, %partial ]
	%977 = phi float [ %476, %loop ], [ %857, %partial ]
	%978 = phi float [ %484, %loop ], [ %869, %partial ]
	%979 = phi float [ %485, %loop ], [ %881, %partial ]
	%980 = phi float [ %486, %loop ], [ %893, %partial ]
	%981 = phi float [ %487, %loop ], [ %905, %partial ]
	%982 = phi float [ %489, %loop ], [ %917, %partial ]
	%983 = phi float [ %490, %loop ], [ %929, %partial ]
	%984 = phi float [ %491, %loop ], [ %941, %partial ]
	%985 = phi float [ %492, %loop ], [ %953, %partial ]
	%986 = call float @llvm.nvvm.fmax.f(float %954, float %955)
	%987 = call float @llvm.nvvm.fmax.f(float %958, float %959)
	%988 = call float @llvm.nvvm.fmax.f(float %962, float %963)
	%989 = call float @llvm.nvvm.fmax.f(float %966, float %967)
	%990 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%991 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%992 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%993 = call float @llvm.nvvm.fmax.f(float %982, float %983)
	%994 = call float @llvm.nvvm.fmax.f(float %986, float %987)
	%995 = call float @llvm.nvvm.fmax.f(float %988, float %989)
	%996 = call float @llvm.nvvm.fmax.f(float %990, float %991)
	%997 = call float @llvm.nvvm.fmax.f(float %992, float %993)
	%998 = call float @llvm.nvvm.fmax.f(float %994, float %995)
	%999 = call float @llvm.nvvm.fmax.f(float %996, float %997)
	%1000 = call float @llvm.nvvm.fmax.f(float %998, float %999)
	%1001 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1000, i32 1, i32 31)
	%1002 = call float @llvm.nvvm.fmax.f(float %1000, float %1001)
	%1003 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1002, i32 2, i32 31)
	%1004 = call float @llvm.nvvm.fmax.f(float %1002, float %1003)
	%1005 = fmul float %1004, 0x3FC7154760000000
	%1006 = call float @llvm.nvvm.fmax.f(float %191, float %1005)
	%1007 = fadd float %191, 8.0
	%1008 = fcmp ogt float %1006, %1007
	%1009 = or i1 false, %1008
	%1010 = call float @llvm.nvvm.fmax.f(float %956, float %957)
	%1011 = call float @llvm.nvvm.fmax.f(float %960, float %961)
	%1012 = call float @llvm.nvvm.fmax.f(float %964, float %965)
	%1013 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%1014 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%1015 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%1016 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%1017 = call float @llvm.nvvm.fmax.f(float %984, float %985)
	%1018 = call float @llvm.nvvm.fmax.f(float %1010, float %1011)
	%1019 = call float @llvm.nvvm.fmax.f(float %1012, float %1013)
	%1020 = call float @llvm.nvvm.fmax.f(float %1014, float %1015)
	%1021 = call float @llvm.nvvm.fmax.f(float %1016, float %1017)
	%1022 = call float @llvm.nvvm.fmax.f(float %1018, float %1019)
	%1023 = call float @llvm.nvvm.fmax.f(float %1020, float %1021)
	%1024 = call float @llvm.nvvm.fmax.f(float %1022, float %1023)
	%1025 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1024, i32 1, i32 31)
	%1026 = call float @llvm.nvvm.fmax.f(float %1024, float %1025)
	%1027 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1026, i32 2, i32 31)
	%1028 = call float @llvm.nvvm.fmax.f(float %1026, float %1027)
	%1029 = fmul float %1028, 0x3FC7154760000000
	%1030 = call float @llvm.nvvm.fmax.f(float %193, float %1029)
	%1031 = fadd float %193, 8.0
	%1032 = fcmp ogt float %1030, %1031
	%1033 = or i1 %1009, %1032
	%1034 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1033)
	br i1 %1034, label %1035, label %1078

1035:
	%1036 = fcmp oeq float %1006, 0xFFF0000000000000
	%1037 = select i1 %1036, float 0.0, float %1006
	%1038 = fsub float %191, %1037
	%1039 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1038)
	%1040 = fcmp oeq float %1030, 0xFFF0000000000000
	%1041 = select i1 %1040, float 0.0, float %1030
	%1042 = fsub float %193, %1041
	%1043 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1042)
	%1044 = fmul float %159, %1039
	%1045 = fmul float %160, %1039
	%1046 = fmul float %161, %1043
	%1047 = fmul float %162, %1043
	%1048 = fmul float %163, %1039
	%1049 = fmul float %164, %1039
	%1050 = fmul float %165, %1043
	%1051 = fmul float %166, %1043
	%1052 = fmul float %167, %1039
	%1053 = fmul float %168, %1039
	%1054 = fmul float %169, %1043
	%1055 = fmul float %170, %1043
	%1056 = fmul float %171, %1039
	%1057 = fmul float %172, %1039
	%1058 = fmul float %173, %1043
	%1059 = fmul float %174, %1043
	%1060 = fmul float %175, %1039
	%1061 = fmul float %176, %1039
	%1062 = fmul float %177, %1043
	%1063 = fmul float %178, %1043
	%1064 = fmul float %179, %1039
	%1065 = fmul float %180, %1039
	%1066 = fmul float %181, %1043
	%1067 = fmul float %182, %1043
	%1068 = fmul float %183, %1039
	%1069 = fmul float %184, %1039
	%1070 = fmul float %185, %1043
	%1071 = fmul float %186, %1043
	%1072 = fmul float %187, %1039
	%1073 = fmul float %188, %1039
	%1074 = fmul float %189, %1043
	%1075 = fmul float %190, %1043
	%1076 = fmul float %192, %1039
	%1077 = fmul float %194, %1043
	br label %1078

1078:
	%1079 = phi float [ %159, %softmax ], [ %1044, %1035 ]
	%1080 = phi float [ %160, %softmax ], [ %1045, %1035 ]
	%1081 = phi float [ %161, %softmax ], [ %1046, %1035 ]
	%1082 = phi float [ %162, %softmax ], [ %1047, %1035 ]
	%1083 = phi float [ %163, %softmax ], [ %1048, %1035 ]
	%1084 = phi float [ %164, %softmax ], [ %1049, %1035 ]
	%1085 = phi float [ %165, %softmax ], [ %1050, %1035 ]
	%1086 = phi float [ %166, %softmax ], [ %1051, %1035 ]
	%1087 = phi float [ %167, %softmax ], [ %1052, %1035 ]
	%1088 = phi float [ %168, %softmax ], [ %1053, %1035 ]
	%1089 = phi float [ %169, %softmax ], [ %1054, %1035 ]
	%1090 = phi float [ %170, %softmax ], [ %1055, %1035 ]
	%1091 = phi float [ %171, %softmax ], [ %1056, %1035 ]
	%1092 = phi float [ %172, %softmax ], [ %1057, %1035 ]
	%1093 = phi float [ %173, %softmax ], [ %1058, %1035 ]
	%1094 = phi float [ %174, %softmax ], [ %1059, %1035 ]
	%1095 = phi float [ %175, %softmax ], [ %1060, %1035 ]
	%1096 = phi float [ %176, %softmax ], [ %1061, %1035 ]
	%1097 = phi float [ %177, %softmax ], [ %1062, %1035 ]
	%1098 = phi float [ %178, %softmax ], [ %1063, %1035 ]
	%1099 = phi float [ %179, %softmax ], [ %1064, %1035 ]
	%1100 = phi float [ %180, %softmax ], [ %1065, %1035 ]
	%1101 = phi float [ %181, %softmax ], [ %1066, %1035 ]
	%1102 = phi float [ %182, %softmax ], [ %1067, %1035 ]
	%1103 = phi float [ %183, %softmax ], [ %1068, %1035 ]
	%1104 = phi float [ %184, %softmax ], [ %1069, %1035 ]
	%1105 = phi float [ %185, %softmax ], [ %1070, %1035 ]
	%1106 = phi float [ %186, %softmax ], [ %1071, %1035 ]
	%1107 = phi float [ %187, %softmax ], [ %1072, %1035 ]
	%1108 = phi float [ %188, %softmax ], [ %1073, %1035 ]
	%1109 = phi float [ %189, %softmax ], [ %1074, %1035 ]
	%1110 = phi float [ %190, %softmax ], [ %1075, %1035 ]
	%1111 = phi float [ %192, %softmax ], [ %1076, %1035 ]
	%1112 = phi float [ %194, %softmax ], [ %1077, %1035 ]
	%1113 = select i1 %1034, float %1006, float %191
	%1114 = fcmp oeq float %1113, 0xFFF0000000000000
	%1115 = select i1 %1114, float 0.0, float %1113
	%1116 = fneg float %1115
	%1117 = call float @llvm.fma.f32(float %954, float 0x3FC7154760000000, float %1116)
	%1118 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1117)
	%1119 = call float @llvm.fma.f32(float %955, float 0x3FC7154760000000, float %1116)
	%1120 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1119)
	%1121 = call float @llvm.fma.f32(float %958, float 0x3FC7154760000000, float %1116)
	%1122 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1121)
	%1123 = call float @llvm.fma.f32(float %959, float 0x3FC7154760000000, float %1116)
	%1124 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1123)
	%1125 = call float @llvm.fma.f32(float %962, float 0x3FC7154760000000, float %1116)
	%1126 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1125)
	%1127 = call float @llvm.fma.f32(float %963, float 0x3FC7154760000000, float %1116)
	%1128 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1127)
	%1129 = call float @llvm.fma.f32(float %966, float 0x3FC7154760000000, float %1116)
	%1130 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1129)
	%1131 = call float @llvm.fma.f32(float %967, float 0x3FC7154760000000, float %1116)
	%1132 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1131)
	%1133 = call float @llvm.fma.f32(float %970, float 0x3FC7154760000000, float %1116)
	%1134 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1133)
	%1135 = call float @llvm.fma.f32(float %971, float 0x3FC7154760000000, float %1116)
	%1136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1135)
	%1137 = call float @llvm.fma.f32(float %974, float 0x3FC7154760000000, float %1116)
	%1138 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1137)
	%1139 = call float @llvm.fma.f32(float %975, float 0x3FC7154760000000, float %1116)
	%1140 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1139)
	%1141 = call float @llvm.fma.f32(float %978, float 0x3FC7154760000000, float %1116)
	%1142 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1141)
	%1143 = call float @llvm.fma.f32(float %979, float 0x3FC7154760000000, float %1116)
	%1144 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1143)
	%1145 = call float @llvm.fma.f32(float %982, float 0x3FC7154760000000, float %1116)
	%1146 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1145)
	%1147 = call float @llvm.fma.f32(float %983, float 0x3FC7154760000000, float %1116)
	%1148 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1147)
	%1149 = fadd float %1118, %1120
	%1150 = fadd float %1122, %1124
	%1151 = fadd float %1126, %1128
	%1152 = fadd float %1130, %1132
	%1153 = fadd float %1134, %1136
	%1154 = fadd float %1138, %1140
	%1155 = fadd float %1142, %1144
	%1156 = fadd float %1146, %1148
	%1157 = fadd float %1149, %1150
	%1158 = fadd float %1151, %1152
	%1159 = fadd float %1153, %1154
	%1160 = fadd float %1155, %1156
	%1161 = fadd float %1157, %1158
	%1162 = fadd float %1159, %1160
	%1163 = fadd float %1161, %1162
	%1164 = fadd float %1111, %1163
	%1165 = select i1 %1034, float %1030, float %193
	%1166 = fcmp oeq float %1165, 0xFFF0000000000000
	%1167 = select i1 %1166, float 0.0, float %1165
	%1168 = fneg float %1167
	%1169 = call float @llvm.fma.f32(float %956, float 0x3FC7154760000000, float %1168)
	%1170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1169)
	%1171 = call float @llvm.fma.f32(float %957, float 0x3FC7154760000000, float %1168)
	%1172 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1171)
	%1173 = call float @llvm.fma.f32(float %960, float 0x3FC7154760000000, float %1168)
	%1174 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1173)
	%1175 = call float @llvm.fma.f32(float %961, float 0x3FC7154760000000, float %1168)
	%1176 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1175)
	%1177 = call float @llvm.fma.f32(float %964, float 0x3FC7154760000000, float %1168)
	%1178 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1177)
	%1179 = call float @llvm.fma.f32(float %965, float 0x3FC7154760000000, float %1168)
	%1180 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1179)
	%1181 = call float @llvm.fma.f32(float %968, float 0x3FC7154760000000, float %1168)
	%1182 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1181)
	%1183 = call float @llvm.fma.f32(float %969, float 0x3FC7154760000000, float %1168)
	%1184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1183)
	%1185 = call float @llvm.fma.f32(float %972, float 0x3FC7154760000000, float %1168)
	%1186 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1185)
	%1187 = call float @llvm.fma.f32(float %973, float 0x3FC7154760000000, float %1168)
	%1188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1187)
	%1189 = call float @llvm.fma.f32(float %976, float 0x3FC7154760000000, float %1168)
	%1190 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1189)
	%1191 = call float @llvm.fma.f32(float %977, float 0x3FC7154760000000, float %1168)
	%1192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1191)
	%1193 = call float @llvm.fma.f32(float %980, float 0x3FC7154760000000, float %1168)
	%1194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1193)
	%1195 = call float @llvm.fma.f32(float %981, float 0x3FC7154760000000, float %1168)
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = call float @llvm.fma.f32(float %984, float 0x3FC7154760000000, float %1168)
	%1198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1197)
	%1199 = call float @llvm.fma.f32(float %985, float 0x3FC7154760000000, float %1168)
	%1200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1199)
	%1201 = fadd float %1170, %1172
	%1202 = fadd float %1174, %1176
	%1203 = fadd float %1178, %1180
	%1204 = fadd float %1182, %1184
	%1205 = fadd float %1186, %1188
	%1206 = fadd float %1190, %1192
	%1207 = fadd float %1194, %1196
	%1208 = fadd float %1198, %1200
	%1209 = fadd float %1201, %1202
	%1210 = fadd float %1203, %1204
	%1211 = fadd float %1205, %1206
	%1212 = fadd float %1207, %1208
	%1213 = fadd float %1209, %1210
	%1214 = fadd float %1211, %1212
	%1215 = fadd float %1213, %1214
	%1216 = fadd float %1112, %1215
	%1217 = add i32 %157, 1
	%1218 = icmp slt i32 %1217, %NK
	%1219 = select i1 %1218, i32 %1217, i32 0
	%1220 = add i32 %41, %1219
	%1221 = sext i32 %1220 to i64
	%1222 = getelementptr i32, i32* %list, i64 %1221
	%1223 = load i32, i32* %1222
	%1224 = select i1 %1218, i32 %1223, i32 -1
	%1225 = icmp sge i32 %1224, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1225, label %prefetch, label %pv

prefetch:
	%1226 = mul i32 %1224, 64
	%1227 = lshr i32 %2, 3
	%1228 = and i32 %2, 7
	%1229 = and i32 %1227, 7
	%1230 = xor i32 %1228, %1229
	%1231 = mul i32 %1227, 8
	%1232 = add i32 %1231, %1230
	%1233 = shl i32 %1232, 4
	%1234 = add i32 %0, %1233
	%1235 = add i32 %1226, %1227
	%1236 = mul i32 %1235, 64
	%1237 = mul i32 %1228, 8
	%1238 = add i32 %1236, %1237
	%1239 = sext i32 %1238 to i64
	%1240 = getelementptr i16, i16* %32, i64 %1239
	%1241 = add i32 %1235, 0
	%1242 = icmp slt i32 %1241, %N
	%1243 = getelementptr i16, i16* %1240, i64 0
	%1244 = select i1 %1242, i16* %1243, i16* %32
	%1245 = add i32 %1234, 0
	%1246 = select i1 %1242, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1245, i16* %1244, i32 %1246)
	%1247 = add i32 %1235, 32
	%1248 = icmp slt i32 %1247, %N
	%1249 = getelementptr i16, i16* %1240, i64 2048
	%1250 = select i1 %1248, i16* %1249, i16* %32
	%1251 = add i32 %1234, u0x1000
	%1252 = select i1 %1248, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1251, i16* %1250, i32 %1252)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1253 = and i32 %4, 7
	%1254 = lshr i32 %4, 3
	%1255 = and i32 %1254, 1
	%1256 = shl i32 %1255, 3
	%1257 = add i32 %1253, %1256
	%1258 = mul i32 %1257, 128
	%1259 = add i32 %1, %1258
	%1260 = and i32 %4, 7
	%1261 = xor i32 %96, %1260
	%1262 = shl i32 %1261, 4
	%1263 = add i32 %1259, %1262
	%1264 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1120, float %1118)
	%1265 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1172, float %1170)
	%1266 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1124, float %1122)
	%1267 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1176, float %1174)
	%1268 = xor i32 %1263, 0
	%1269 = add i32 %1268, 0
	%1270 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1269)
	%1271 = extractvalue { i32, i32, i32, i32 } %1270, 0
	%1272 = extractvalue { i32, i32, i32, i32 } %1270, 1
	%1273 = extractvalue { i32, i32, i32, i32 } %1270, 2
	%1274 = extractvalue { i32, i32, i32, i32 } %1270, 3
	%1275 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1271, i32 %1272, float %1079, float %1080, float %1081, float %1082)
	%1276 = extractvalue { float, float, float, float } %1275, 0
	%1277 = extractvalue { float, float, float, float } %1275, 1
	%1278 = extractvalue { float, float, float, float } %1275, 2
	%1279 = extractvalue { float, float, float, float } %1275, 3
	%1280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1273, i32 %1274, float %1083, float %1084, float %1085, float %1086)
	%1281 = extractvalue { float, float, float, float } %1280, 0
	%1282 = extractvalue { float, float, float, float } %1280, 1
	%1283 = extractvalue { float, float, float, float } %1280, 2
	%1284 = extractvalue { float, float, float, float } %1280, 3
	%1285 = xor i32 %1263, 32
	%1286 = add i32 %1285, 0
	%1287 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1286)
	%1288 = extractvalue { i32, i32, i32, i32 } %1287, 0
	%1289 = extractvalue { i32, i32, i32, i32 } %1287, 1
	%1290 = extractvalue { i32, i32, i32, i32 } %1287, 2
	%1291 = extractvalue { i32, i32, i32, i32 } %1287, 3
	%1292 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1288, i32 %1289, float %1087, float %1088, float %1089, float %1090)
	%1293 = extractvalue { float, float, float, float } %1292, 0
	%1294 = extractvalue { float, float, float, float } %1292, 1
	%1295 = extractvalue { float, float, float, float } %1292, 2
	%1296 = extractvalue { float, float, float, float } %1292, 3
	%1297 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1290, i32 %1291, float %1091, float %1092, float %1093, float %1094)
	%1298 = extractvalue { float, float, float, float } %1297, 0
	%1299 = extractvalue { float, float, float, float } %1297, 1
	%1300 = extractvalue { float, float, float, float } %1297, 2
	%1301 = extractvalue { float, float, float, float } %1297, 3
	%1302 = xor i32 %1263, 64
	%1303 = add i32 %1302, 0
	%1304 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1303)
	%1305 = extractvalue { i32, i32, i32, i32 } %1304, 0
	%1306 = extractvalue { i32, i32, i32, i32 } %1304, 1
	%1307 = extractvalue { i32, i32, i32, i32 } %1304, 2
	%1308 = extractvalue { i32, i32, i32, i32 } %1304, 3
	%1309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1305, i32 %1306, float %1095, float %1096, float %1097, float %1098)
	%1310 = extractvalue { float, float, float, float } %1309, 0
	%1311 = extractvalue { float, float, float, float } %1309, 1
	%1312 = extractvalue { float, float, float, float } %1309, 2
	%1313 = extractvalue { float, float, float, float } %1309, 3
	%1314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1307, i32 %1308, float %1099, float %1100, float %1101, float %1102)
	%1315 = extractvalue { float, float, float, float } %1314, 0
	%1316 = extractvalue { float, float, float, float } %1314, 1
	%1317 = extractvalue { float, float, float, float } %1314, 2
	%1318 = extractvalue { float, float, float, float } %1314, 3
	%1319 = xor i32 %1263, 96
	%1320 = add i32 %1319, 0
	%1321 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1320)
	%1322 = extractvalue { i32, i32, i32, i32 } %1321, 0
	%1323 = extractvalue { i32, i32, i32, i32 } %1321, 1
	%1324 = extractvalue { i32, i32, i32, i32 } %1321, 2
	%1325 = extractvalue { i32, i32, i32, i32 } %1321, 3
	%1326 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1322, i32 %1323, float %1103, float %1104, float %1105, float %1106)
	%1327 = extractvalue { float, float, float, float } %1326, 0
	%1328 = extractvalue { float, float, float, float } %1326, 1
	%1329 = extractvalue { float, float, float, float } %1326, 2
	%1330 = extractvalue { float, float, float, float } %1326, 3
	%1331 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1324, i32 %1325, float %1107, float %1108, float %1109, float %1110)
	%1332 = extractvalue { float, float, float, float } %1331, 0
	%1333 = extractvalue { float, float, float, float } %1331, 1
	%1334 = extractvalue { float, float, float, float } %1331, 2
	%1335 = extractvalue { float, float, float, float } %1331, 3
	%1336 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1128, float %1126)
	%1337 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1180, float %1178)
	%1338 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1132, float %1130)
	%1339 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1184, float %1182)
	%1340 = xor i32 %1263, 0
	%1341 = add i32 %1340, 2048
	%1342 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1341)
	%1343 = extractvalue { i32, i32, i32, i32 } %1342, 0
	%1344 = extractvalue { i32, i32, i32, i32 } %1342, 1
	%1345 = extractvalue { i32, i32, i32, i32 } %1342, 2
	%1346 = extractvalue { i32, i32, i32, i32 } %1342, 3
	%1347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1343, i32 %1344, float %1276, float %1277, float %1278, float %1279)
	%1348 = extractvalue { float, float, float, float } %1347, 0
	%1349 = extractvalue { float, float, float, float } %1347, 1
	%1350 = extractvalue { float, float, float, float } %1347, 2
	%1351 = extractvalue { float, float, float, float } %1347, 3
	%1352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1345, i32 %1346, float %1281, float %1282, float %1283, float %1284)
	%1353 = extractvalue { float, float, float, float } %1352, 0
	%1354 = extractvalue { float, float, float, float } %1352, 1
	%1355 = extractvalue { float, float, float, float } %1352, 2
	%1356 = extractvalue { float, float, float, float } %1352, 3
	%1357 = xor i32 %1263, 32
	%1358 = add i32 %1357, 2048
	%1359 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1358)
	%1360 = extractvalue { i32, i32, i32, i32 } %1359, 0
	%1361 = extractvalue { i32, i32, i32, i32 } %1359, 1
	%1362 = extractvalue { i32, i32, i32, i32 } %1359, 2
	%1363 = extractvalue { i32, i32, i32, i32 } %1359, 3
	%1364 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1360, i32 %1361, float %1293, float %1294, float %1295, float %1296)
	%1365 = extractvalue { float, float, float, float } %1364, 0
	%1366 = extractvalue { float, float, float, float } %1364, 1
	%1367 = extractvalue { float, float, float, float } %1364, 2
	%1368 = extractvalue { float, float, float, float } %1364, 3
	%1369 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1362, i32 %1363, float %1298, float %1299, float %1300, float %1301)
	%1370 = extractvalue { float, float, float, float } %1369, 0
	%1371 = extractvalue { float, float, float, float } %1369, 1
	%1372 = extractvalue { float, float, float, float } %1369, 2
	%1373 = extractvalue { float, float, float, float } %1369, 3
	%1374 = xor i32 %1263, 64
	%1375 = add i32 %1374, 2048
	%1376 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1375)
	%1377 = extractvalue { i32, i32, i32, i32 } %1376, 0
	%1378 = extractvalue { i32, i32, i32, i32 } %1376, 1
	%1379 = extractvalue { i32, i32, i32, i32 } %1376, 2
	%1380 = extractvalue { i32, i32, i32, i32 } %1376, 3
	%1381 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1377, i32 %1378, float %1310, float %1311, float %1312, float %1313)
	%1382 = extractvalue { float, float, float, float } %1381, 0
	%1383 = extractvalue { float, float, float, float } %1381, 1
	%1384 = extractvalue { float, float, float, float } %1381, 2
	%1385 = extractvalue { float, float, float, float } %1381, 3
	%1386 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1379, i32 %1380, float %1315, float %1316, float %1317, float %1318)
	%1387 = extractvalue { float, float, float, float } %1386, 0
	%1388 = extractvalue { float, float, float, float } %1386, 1
	%1389 = extractvalue { float, float, float, float } %1386, 2
	%1390 = extractvalue { float, float, float, float } %1386, 3
	%1391 = xor i32 %1263, 96
	%1392 = add i32 %1391, 2048
	%1393 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1392)
	%1394 = extractvalue { i32, i32, i32, i32 } %1393, 0
	%1395 = extractvalue { i32, i32, i32, i32 } %1393, 1
	%1396 = extractvalue { i32, i32, i32, i32 } %1393, 2
	%1397 = extractvalue { i32, i32, i32, i32 } %1393, 3
	%1398 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1394, i32 %1395, float %1327, float %1328, float %1329, float %1330)
	%1399 = extractvalue { float, float, float, float } %1398, 0
	%1400 = extractvalue { float, float, float, float } %1398, 1
	%1401 = extractvalue { float, float, float, float } %1398, 2
	%1402 = extractvalue { float, float, float, float } %1398, 3
	%1403 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1396, i32 %1397, float %1332, float %1333, float %1334, float %1335)
	%1404 = extractvalue { float, float, float, float } %1403, 0
	%1405 = extractvalue { float, float, float, float } %1403, 1
	%1406 = extractvalue { float, float, float, float } %1403, 2
	%1407 = extractvalue { float, float, float, float } %1403, 3
	%1408 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1136, float %1134)
	%1409 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1188, float %1186)
	%1410 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1140, float %1138)
	%1411 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1192, float %1190)
	%1412 = xor i32 %1263, 0
	%1413 = add i32 %1412, u0x1000
	%1414 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1413)
	%1415 = extractvalue { i32, i32, i32, i32 } %1414, 0
	%1416 = extractvalue { i32, i32, i32, i32 } %1414, 1
	%1417 = extractvalue { i32, i32, i32, i32 } %1414, 2
	%1418 = extractvalue { i32, i32, i32, i32 } %1414, 3
	%1419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1415, i32 %1416, float %1348, float %1349, float %1350, float %1351)
	%1420 = extractvalue { float, float, float, float } %1419, 0
	%1421 = extractvalue { float, float, float, float } %1419, 1
	%1422 = extractvalue { float, float, float, float } %1419, 2
	%1423 = extractvalue { float, float, float, float } %1419, 3
	%1424 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1417, i32 %1418, float %1353, float %1354, float %1355, float %1356)
	%1425 = extractvalue { float, float, float, float } %1424, 0
	%1426 = extractvalue { float, float, float, float } %1424, 1
	%1427 = extractvalue { float, float, float, float } %1424, 2
	%1428 = extractvalue { float, float, float, float } %1424, 3
	%1429 = xor i32 %1263, 32
	%1430 = add i32 %1429, u0x1000
	%1431 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1430)
	%1432 = extractvalue { i32, i32, i32, i32 } %1431, 0
	%1433 = extractvalue { i32, i32, i32, i32 } %1431, 1
	%1434 = extractvalue { i32, i32, i32, i32 } %1431, 2
	%1435 = extractvalue { i32, i32, i32, i32 } %1431, 3
	%1436 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1432, i32 %1433, float %1365, float %1366, float %1367, float %1368)
	%1437 = extractvalue { float, float, float, float } %1436, 0
	%1438 = extractvalue { float, float, float, float } %1436, 1
	%1439 = extractvalue { float, float, float, float } %1436, 2
	%1440 = extractvalue { float, float, float, float } %1436, 3
	%1441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1434, i32 %1435, float %1370, float %1371, float %1372, float %1373)
	%1442 = extractvalue { float, float, float, float } %1441, 0
	%1443 = extractvalue { float, float, float, float } %1441, 1
	%1444 = extractvalue { float, float, float, float } %1441, 2
	%1445 = extractvalue { float, float, float, float } %1441, 3
	%1446 = xor i32 %1263, 64
	%1447 = add i32 %1446, u0x1000
	%1448 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1447)
	%1449 = extractvalue { i32, i32, i32, i32 } %1448, 0
	%1450 = extractvalue { i32, i32, i32, i32 } %1448, 1
	%1451 = extractvalue { i32, i32, i32, i32 } %1448, 2
	%1452 = extractvalue { i32, i32, i32, i32 } %1448, 3
	%1453 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1449, i32 %1450, float %1382, float %1383, float %1384, float %1385)
	%1454 = extractvalue { float, float, float, float } %1453, 0
	%1455 = extractvalue { float, float, float, float } %1453, 1
	%1456 = extractvalue { float, float, float, float } %1453, 2
	%1457 = extractvalue { float, float, float, float } %1453, 3
	%1458 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1451, i32 %1452, float %1387, float %1388, float %1389, float %1390)
	%1459 = extractvalue { float, float, float, float } %1458, 0
	%1460 = extractvalue { float, float, float, float } %1458, 1
	%1461 = extractvalue { float, float, float, float } %1458, 2
	%1462 = extractvalue { float, float, float, float } %1458, 3
	%1463 = xor i32 %1263, 96
	%1464 = add i32 %1463, u0x1000
	%1465 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1464)
	%1466 = extractvalue { i32, i32, i32, i32 } %1465, 0
	%1467 = extractvalue { i32, i32, i32, i32 } %1465, 1
	%1468 = extractvalue { i32, i32, i32, i32 } %1465, 2
	%1469 = extractvalue { i32, i32, i32, i32 } %1465, 3
	%1470 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1466, i32 %1467, float %1399, float %1400, float %1401, float %1402)
	%1471 = extractvalue { float, float, float, float } %1470, 0
	%1472 = extractvalue { float, float, float, float } %1470, 1
	%1473 = extractvalue { float, float, float, float } %1470, 2
	%1474 = extractvalue { float, float, float, float } %1470, 3
	%1475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1468, i32 %1469, float %1404, float %1405, float %1406, float %1407)
	%1476 = extractvalue { float, float, float, float } %1475, 0
	%1477 = extractvalue { float, float, float, float } %1475, 1
	%1478 = extractvalue { float, float, float, float } %1475, 2
	%1479 = extractvalue { float, float, float, float } %1475, 3
	%1480 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1144, float %1142)
	%1481 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1196, float %1194)
	%1482 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1148, float %1146)
	%1483 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1200, float %1198)
	%1484 = xor i32 %1263, 0
	%1485 = add i32 %1484, 6144
	%1486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1485)
	%1487 = extractvalue { i32, i32, i32, i32 } %1486, 0
	%1488 = extractvalue { i32, i32, i32, i32 } %1486, 1
	%1489 = extractvalue { i32, i32, i32, i32 } %1486, 2
	%1490 = extractvalue { i32, i32, i32, i32 } %1486, 3
	%1491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1487, i32 %1488, float %1420, float %1421, float %1422, float %1423)
	%1492 = extractvalue { float, float, float, float } %1491, 0
	%1493 = extractvalue { float, float, float, float } %1491, 1
	%1494 = extractvalue { float, float, float, float } %1491, 2
	%1495 = extractvalue { float, float, float, float } %1491, 3
	%1496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1489, i32 %1490, float %1425, float %1426, float %1427, float %1428)
	%1497 = extractvalue { float, float, float, float } %1496, 0
	%1498 = extractvalue { float, float, float, float } %1496, 1
	%1499 = extractvalue { float, float, float, float } %1496, 2
	%1500 = extractvalue { float, float, float, float } %1496, 3
	%1501 = xor i32 %1263, 32
	%1502 = add i32 %1501, 6144
	%1503 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1502)
	%1504 = extractvalue { i32, i32, i32, i32 } %1503, 0
	%1505 = extractvalue { i32, i32, i32, i32 } %1503, 1
	%1506 = extractvalue { i32, i32, i32, i32 } %1503, 2
	%1507 = extractvalue { i32, i32, i32, i32 } %1503, 3
	%1508 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1504, i32 %1505, float %1437, float %1438, float %1439, float %1440)
	%1509 = extractvalue { float, float, float, float } %1508, 0
	%1510 = extractvalue { float, float, float, float } %1508, 1
	%1511 = extractvalue { float, float, float, float } %1508, 2
	%1512 = extractvalue { float, float, float, float } %1508, 3
	%1513 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1506, i32 %1507, float %1442, float %1443, float %1444, float %1445)
	%1514 = extractvalue { float, float, float, float } %1513, 0
	%1515 = extractvalue { float, float, float, float } %1513, 1
	%1516 = extractvalue { float, float, float, float } %1513, 2
	%1517 = extractvalue { float, float, float, float } %1513, 3
	%1518 = xor i32 %1263, 64
	%1519 = add i32 %1518, 6144
	%1520 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1519)
	%1521 = extractvalue { i32, i32, i32, i32 } %1520, 0
	%1522 = extractvalue { i32, i32, i32, i32 } %1520, 1
	%1523 = extractvalue { i32, i32, i32, i32 } %1520, 2
	%1524 = extractvalue { i32, i32, i32, i32 } %1520, 3
	%1525 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1521, i32 %1522, float %1454, float %1455, float %1456, float %1457)
	%1526 = extractvalue { float, float, float, float } %1525, 0
	%1527 = extractvalue { float, float, float, float } %1525, 1
	%1528 = extractvalue { float, float, float, float } %1525, 2
	%1529 = extractvalue { float, float, float, float } %1525, 3
	%1530 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1523, i32 %1524, float %1459, float %1460, float %1461, float %1462)
	%1531 = extractvalue { float, float, float, float } %1530, 0
	%1532 = extractvalue { float, float, float, float } %1530, 1
	%1533 = extractvalue { float, float, float, float } %1530, 2
	%1534 = extractvalue { float, float, float, float } %1530, 3
	%1535 = xor i32 %1263, 96
	%1536 = add i32 %1535, 6144
	%1537 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1536)
	%1538 = extractvalue { i32, i32, i32, i32 } %1537, 0
	%1539 = extractvalue { i32, i32, i32, i32 } %1537, 1
	%1540 = extractvalue { i32, i32, i32, i32 } %1537, 2
	%1541 = extractvalue { i32, i32, i32, i32 } %1537, 3
	%1542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1538, i32 %1539, float %1471, float %1472, float %1473, float %1474)
	%1543 = extractvalue { float, float, float, float } %1542, 0
	%1544 = extractvalue { float, float, float, float } %1542, 1
	%1545 = extractvalue { float, float, float, float } %1542, 2
	%1546 = extractvalue { float, float, float, float } %1542, 3
	%1547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1540, i32 %1541, float %1476, float %1477, float %1478, float %1479)
	%1548 = extractvalue { float, float, float, float } %1547, 0
	%1549 = extractvalue { float, float, float, float } %1547, 1
	%1550 = extractvalue { float, float, float, float } %1547, 2
	%1551 = extractvalue { float, float, float, float } %1547, 3
	br i1 %1225, label %loop, label %epilogue

store0:
	%1552 = mul i32 %22, %M
	%1553 = add i32 %1552, %552
	%1554 = mul i32 %1553, 64
	%1555 = shl i32 %6, 1
	%1556 = add i32 0, %1555
	%1557 = add i32 %1554, %1556
	%1558 = sext i32 %1557 to i64
	%1559 = getelementptr i16, i16* %out, i64 %1558
	%1560 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %554, float %553)
	%1561 = bitcast i16* %1559 to i32*
	store i32 %1560, i32* %1561
	%1562 = shl i32 %6, 1
	%1563 = add i32 8, %1562
	%1564 = add i32 %1554, %1563
	%1565 = sext i32 %1564 to i64
	%1566 = getelementptr i16, i16* %out, i64 %1565
	%1567 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %556, float %555)
	%1568 = bitcast i16* %1566 to i32*
	store i32 %1567, i32* %1568
	%1569 = shl i32 %6, 1
	%1570 = add i32 16, %1569
	%1571 = add i32 %1554, %1570
	%1572 = sext i32 %1571 to i64
	%1573 = getelementptr i16, i16* %out, i64 %1572
	%1574 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %558, float %557)
	%1575 = bitcast i16* %1573 to i32*
	store i32 %1574, i32* %1575
	%1576 = shl i32 %6, 1
	%1577 = add i32 24, %1576
	%1578 = add i32 %1554, %1577
	%1579 = sext i32 %1578 to i64
	%1580 = getelementptr i16, i16* %out, i64 %1579
	%1581 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %560, float %559)
	%1582 = bitcast i16* %1580 to i32*
	store i32 %1581, i32* %1582
	%1583 = shl i32 %6, 1
	%1584 = add i32 32, %1583
	%1585 = add i32 %1554, %1584
	%1586 = sext i32 %1585 to i64
	%1587 = getelementptr i16, i16* %out, i64 %1586
	%1588 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %562, float %561)
	%1589 = bitcast i16* %1587 to i32*
	store i32 %1588, i32* %1589
	%1590 = shl i32 %6, 1
	%1591 = add i32 40, %1590
	%1592 = add i32 %1554, %1591
	%1593 = sext i32 %1592 to i64
	%1594 = getelementptr i16, i16* %out, i64 %1593
	%1595 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %564, float %563)
	%1596 = bitcast i16* %1594 to i32*
	store i32 %1595, i32* %1596
	%1597 = shl i32 %6, 1
	%1598 = add i32 48, %1597
	%1599 = add i32 %1554, %1598
	%1600 = sext i32 %1599 to i64
	%1601 = getelementptr i16, i16* %out, i64 %1600
	%1602 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %566, float %565)
	%1603 = bitcast i16* %1601 to i32*
	store i32 %1602, i32* %1603
	%1604 = shl i32 %6, 1
	%1605 = add i32 56, %1604
	%1606 = add i32 %1554, %1605
	%1607 = sext i32 %1606 to i64
	%1608 = getelementptr i16, i16* %out, i64 %1607
	%1609 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %568, float %567)
	%1610 = bitcast i16* %1608 to i32*
	store i32 %1609, i32* %1610
	br label %stored0

stored0:
	%1611 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %508, i32 1, i32 31)
	%1612 = fadd float %508, %1611
	%1613 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1612, i32 2, i32 31)
	%1614 = fadd float %1612, %1613
	%1615 = fcmp ogt float %1614, 0.0
	%1616 = fdiv float 1.0, %1614
	%1617 = select i1 %1615, float %1616, float 0.0
	%1618 = mul i32 %3, 16
	%1619 = add i32 %24, %1618
	%1620 = add i32 %5, 8
	%1621 = add i32 %1619, %1620
	%1622 = fmul float %512, %1617
	%1623 = fmul float %513, %1617
	%1624 = fmul float %516, %1617
	%1625 = fmul float %517, %1617
	%1626 = fmul float %520, %1617
	%1627 = fmul float %521, %1617
	%1628 = fmul float %524, %1617
	%1629 = fmul float %525, %1617
	%1630 = fmul float %528, %1617
	%1631 = fmul float %529, %1617
	%1632 = fmul float %532, %1617
	%1633 = fmul float %533, %1617
	%1634 = fmul float %536, %1617
	%1635 = fmul float %537, %1617
	%1636 = fmul float %540, %1617
	%1637 = fmul float %541, %1617
	%1638 = icmp slt i32 %1621, %M
	br i1 %1638, label %store1, label %stored1

store1:
	%1639 = mul i32 %22, %M
	%1640 = add i32 %1639, %1621
	%1641 = mul i32 %1640, 64
	%1642 = shl i32 %6, 1
	%1643 = add i32 0, %1642
	%1644 = add i32 %1641, %1643
	%1645 = sext i32 %1644 to i64
	%1646 = getelementptr i16, i16* %out, i64 %1645
	%1647 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1623, float %1622)
	%1648 = bitcast i16* %1646 to i32*
	store i32 %1647, i32* %1648
	%1649 = shl i32 %6, 1
	%1650 = add i32 8, %1649
	%1651 = add i32 %1641, %1650
	%1652 = sext i32 %1651 to i64
	%1653 = getelementptr i16, i16* %out, i64 %1652
	%1654 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1625, float %1624)
	%1655 = bitcast i16* %1653 to i32*
	store i32 %1654, i32* %1655
	%1656 = shl i32 %6, 1
	%1657 = add i32 16, %1656
	%1658 = add i32 %1641, %1657
	%1659 = sext i32 %1658 to i64
	%1660 = getelementptr i16, i16* %out, i64 %1659
	%1661 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1627, float %1626)
	%1662 = bitcast i16* %1660 to i32*
	store i32 %1661, i32* %1662
	%1663 = shl i32 %6, 1
	%1664 = add i32 24, %1663
	%1665 = add i32 %1641, %1664
	%1666 = sext i32 %1665 to i64
	%1667 = getelementptr i16, i16* %out, i64 %1666
	%1668 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1629, float %1628)
	%1669 = bitcast i16* %1667 to i32*
	store i32 %1668, i32* %1669
	%1670 = shl i32 %6, 1
	%1671 = add i32 32, %1670
	%1672 = add i32 %1641, %1671
	%1673 = sext i32 %1672 to i64
	%1674 = getelementptr i16, i16* %out, i64 %1673
	%1675 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1631, float %1630)
	%1676 = bitcast i16* %1674 to i32*
	store i32 %1675, i32* %1676
	%1677 = shl i32 %6, 1
	%1678 = add i32 40, %1677
	%1679 = add i32 %1641, %1678
	%1680 = sext i32 %1679 to i64
	%1681 = getelementptr i16, i16* %out, i64 %1680
	%1682 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1633, float %1632)
	%1683 = bitcast i16* %1681 to i32*
	store i32 %1682, i32* %1683
	%1684 = shl i32 %6, 1
	%1685 = add i32 48, %1684
	%1686 = add i32 %1641, %1685
	%1687 = sext i32 %1686 to i64
	%1688 = getelementptr i16, i16* %out, i64 %1687
	%1689 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1635, float %1634)
	%1690 = bitcast i16* %1688 to i32*
	store i32 %1689, i32* %1690
	%1691 = shl i32 %6, 1
	%1692 = add i32 56, %1691
	%1693 = add i32 %1641, %1692
	%1694 = sext i32 %1693 to i64
	%1695 = getelementptr i16, i16* %out, i64 %1694
	%1696 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1637, float %1636)
	%1697 = bitcast i16* %1695 to i32*
	store i32 %1696, i32* %1697
	br label %stored1

stored1:
	ret void
}
