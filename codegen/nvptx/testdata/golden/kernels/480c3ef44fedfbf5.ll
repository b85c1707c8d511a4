define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i16* %kbar, i16* %vbar, i8* %comp) {
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
	%46 = mul i32 %23, %NK
	%47 = mul i32 %46, 64
	%48 = sext i32 %47 to i64
	%49 = getelementptr i16, i16* %kbar, i64 %48
	%50 = mul i32 %23, %NK
	%51 = mul i32 %50, 64
	%52 = sext i32 %51 to i64
	%53 = getelementptr i16, i16* %vbar, i64 %52
	%54 = mul i32 %22, %NQ
	%55 = add i32 %54, %20
	%56 = mul i32 %55, %NK
	%57 = add i32 %41, 0
	%58 = sext i32 %57 to i64
	%59 = getelementptr i32, i32* %list, i64 %58
	%60 = load i32, i32* %59
	%61 = icmp sgt i32 %NK, 0
	%62 = icmp sge i32 %60, 0
	%63 = and i1 %61, %62
	%64 = lshr i32 %2, 3
	%65 = and i32 %2, 7
	%66 = and i32 %64, 7
	%67 = xor i32 %65, %66
	%68 = mul i32 %64, 8
	%69 = add i32 %68, %67
	%70 = shl i32 %69, 4
	%71 = add i32 %0, %70
	%72 = add i32 %24, %64
	%73 = mul i32 %72, 64
	%74 = mul i32 %65, 8
	%75 = add i32 %73, %74
	%76 = sext i32 %75 to i64
	%77 = getelementptr i16, i16* %28, i64 %76
	%78 = add i32 %72, 0
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %77, i64 0
	%81 = select i1 %79, i16* %80, i16* %28
	%82 = add i32 %71, 0
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %72, 16
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %77, i64 1024
	%87 = select i1 %85, i16* %86, i16* %28
	%88 = add i32 %71, 2048
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %72, 32
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %77, i64 2048
	%93 = select i1 %91, i16* %92, i16* %28
	%94 = add i32 %71, u0x1000
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %72, 48
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %77, i64 3072
	%99 = select i1 %97, i16* %98, i16* %28
	%100 = add i32 %71, 6144
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %63, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%102 = and i32 %4, 7
	%103 = lshr i32 %4, 3
	%104 = and i32 %103, 1
	%105 = shl i32 %104, 3
	%106 = add i32 %102, %105
	%107 = lshr i32 %4, 4
	%108 = mul i32 %3, 16
	%109 = add i32 %106, 0
	%110 = add i32 %108, %109
	%111 = mul i32 %110, 128
	%112 = add i32 %0, %111
	%113 = and i32 %4, 7
	%114 = xor i32 %107, %113
	%115 = shl i32 %114, 4
	%116 = add i32 %112, %115
	%117 = xor i32 %116, 0
	%118 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %117)
	%119 = extractvalue { i32, i32, i32, i32 } %118, 0
	%120 = extractvalue { i32, i32, i32, i32 } %118, 1
	%121 = extractvalue { i32, i32, i32, i32 } %118, 2
	%122 = extractvalue { i32, i32, i32, i32 } %118, 3
	%123 = xor i32 %116, 32
	%124 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %123)
	%125 = extractvalue { i32, i32, i32, i32 } %124, 0
	%126 = extractvalue { i32, i32, i32, i32 } %124, 1
	%127 = extractvalue { i32, i32, i32, i32 } %124, 2
	%128 = extractvalue { i32, i32, i32, i32 } %124, 3
	%129 = xor i32 %116, 64
	%130 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %129)
	%131 = extractvalue { i32, i32, i32, i32 } %130, 0
	%132 = extractvalue { i32, i32, i32, i32 } %130, 1
	%133 = extractvalue { i32, i32, i32, i32 } %130, 2
	%134 = extractvalue { i32, i32, i32, i32 } %130, 3
	%135 = xor i32 %116, 96
	%136 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %135)
	%137 = extractvalue { i32, i32, i32, i32 } %136, 0
	%138 = extractvalue { i32, i32, i32, i32 } %136, 1
	%139 = extractvalue { i32, i32, i32, i32 } %136, 2
	%140 = extractvalue { i32, i32, i32, i32 } %136, 3
	call void @llvm.nvvm.barrier0()
	%141 = icmp sge i32 %60, %NK
	%142 = select i1 %141, i16* %49, i16* %32
	%143 = sub i32 %60, %NK
	%144 = select i1 %141, i32 %143, i32 %60
	%145 = mul i32 %144, 64
	%146 = select i1 %141, i32 %NK, i32 %N
	%147 = lshr i32 %2, 3
	%148 = and i32 %2, 7
	%149 = and i32 %147, 7
	%150 = xor i32 %148, %149
	%151 = mul i32 %147, 8
	%152 = add i32 %151, %150
	%153 = shl i32 %152, 4
	%154 = add i32 %0, %153
	%155 = add i32 %145, %147
	%156 = mul i32 %155, 64
	%157 = mul i32 %148, 8
	%158 = add i32 %156, %157
	%159 = sext i32 %158 to i64
	%160 = getelementptr i16, i16* %142, i64 %159
	%161 = add i32 %155, 0
	%162 = icmp slt i32 %161, %146
	%163 = getelementptr i16, i16* %160, i64 0
	%164 = select i1 %162, i16* %163, i16* %142
	%165 = add i32 %154, 0
	%166 = select i1 %162, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %165, i16* %164, i32 %166)
	%167 = add i32 %155, 16
	%168 = icmp slt i32 %167, %146
	%169 = getelementptr i16, i16* %160, i64 1024
	%170 = select i1 %168, i16* %169, i16* %142
	%171 = add i32 %154, 2048
	%172 = select i1 %168, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	%173 = add i32 %155, 32
	%174 = icmp slt i32 %173, %146
	%175 = getelementptr i16, i16* %160, i64 2048
	%176 = select i1 %174, i16* %175, i16* %142
	%177 = add i32 %154, u0x1000
	%178 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %177, i16* %176, i32 %178)
	%179 = add i32 %155, 48
	%180 = icmp slt i32 %179, %146
	%181 = getelementptr i16, i16* %160, i64 3072
	%182 = select i1 %180, i16* %181, i16* %142
	%183 = add i32 %154, 6144
	%184 = select i1 %180, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %183, i16* %182, i32 %184)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%185 = phi i32 [ 0, %prologue ], [ %1606, %pv ]
	%186 = phi i32 [ %60, %prologue ], [ %1613, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1898, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1899, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1900, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1901, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1903, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1904, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1905, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1906, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1915, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1916, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1917, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1918, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1920, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1921, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1922, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1923, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1932, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1933, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1934, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1935, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1937, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1938, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1939, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1940, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1949, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1950, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1951, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1952, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1954, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1955, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1956, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1957, %pv ]
	%219 = phi float [ 0xFFF0000000000000, %prologue ], [ %1502, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1553, %pv ]
	%221 = phi float [ 0xFFF0000000000000, %prologue ], [ %1554, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1605, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%223 = mul i32 %186, 64
	%224 = icmp sge i32 %186, %NK
	%225 = select i1 %224, i16* %53, i16* %36
	%226 = sub i32 %186, %NK
	%227 = select i1 %224, i32 %226, i32 %186
	%228 = mul i32 %227, 64
	%229 = select i1 %224, i32 %NK, i32 %N
	%230 = lshr i32 %2, 3
	%231 = and i32 %2, 7
	%232 = and i32 %230, 7
	%233 = xor i32 %231, %232
	%234 = mul i32 %230, 8
	%235 = add i32 %234, %233
	%236 = shl i32 %235, 4
	%237 = add i32 %1, %236
	%238 = add i32 %228, %230
	%239 = mul i32 %238, 64
	%240 = mul i32 %231, 8
	%241 = add i32 %239, %240
	%242 = sext i32 %241 to i64
	%243 = getelementptr i16, i16* %225, i64 %242
	%244 = add i32 %238, 0
	%245 = icmp slt i32 %244, %229
	%246 = getelementptr i16, i16* %243, i64 0
	%247 = select i1 %245, i16* %246, i16* %225
	%248 = add i32 %237, 0
	%249 = select i1 %245, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %248, i16* %247, i32 %249)
	%250 = add i32 %238, 16
	%251 = icmp slt i32 %250, %229
	%252 = getelementptr i16, i16* %243, i64 1024
	%253 = select i1 %251, i16* %252, i16* %225
	%254 = add i32 %237, 2048
	%255 = select i1 %251, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %254, i16* %253, i32 %255)
	%256 = add i32 %238, 32
	%257 = icmp slt i32 %256, %229
	%258 = getelementptr i16, i16* %243, i64 2048
	%259 = select i1 %257, i16* %258, i16* %225
	%260 = add i32 %237, u0x1000
	%261 = select i1 %257, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %260, i16* %259, i32 %261)
	%262 = add i32 %238, 48
	%263 = icmp slt i32 %262, %229
	%264 = getelementptr i16, i16* %243, i64 3072
	%265 = select i1 %263, i16* %264, i16* %225
	%266 = add i32 %237, 6144
	%267 = select i1 %263, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %266, i16* %265, i32 %267)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%268 = and i32 %4, 7
	%269 = shl i32 %107, 3
	%270 = add i32 %268, %269
	%271 = lshr i32 %4, 3
	%272 = and i32 %271, 1
	%273 = mul i32 %270, 128
	%274 = add i32 %0, %273
	%275 = and i32 %4, 7
	%276 = xor i32 %272, %275
	%277 = shl i32 %276, 4
	%278 = add i32 %274, %277
	%279 = xor i32 %278, 0
	%280 = add i32 %279, 0
	%281 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %280)
	%282 = extractvalue { i32, i32, i32, i32 } %281, 0
	%283 = extractvalue { i32, i32, i32, i32 } %281, 1
	%284 = extractvalue { i32, i32, i32, i32 } %281, 2
	%285 = extractvalue { i32, i32, i32, i32 } %281, 3
	%286 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %282, i32 %283, float 0.0, float 0.0, float 0.0, float 0.0)
	%287 = extractvalue { float, float, float, float } %286, 0
	%288 = extractvalue { float, float, float, float } %286, 1
	%289 = extractvalue { float, float, float, float } %286, 2
	%290 = extractvalue { float, float, float, float } %286, 3
	%291 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %284, i32 %285, float 0.0, float 0.0, float 0.0, float 0.0)
	%292 = extractvalue { float, float, float, float } %291, 0
	%293 = extractvalue { float, float, float, float } %291, 1
	%294 = extractvalue { float, float, float, float } %291, 2
	%295 = extractvalue { float, float, float, float } %291, 3
	%296 = add i32 %279, 2048
	%297 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %296)
	%298 = extractvalue { i32, i32, i32, i32 } %297, 0
	%299 = extractvalue { i32, i32, i32, i32 } %297, 1
	%300 = extractvalue { i32, i32, i32, i32 } %297, 2
	%301 = extractvalue { i32, i32, i32, i32 } %297, 3
	%302 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %298, i32 %299, float 0.0, float 0.0, float 0.0, float 0.0)
	%303 = extractvalue { float, float, float, float } %302, 0
	%304 = extractvalue { float, float, float, float } %302, 1
	%305 = extractvalue { float, float, float, float } %302, 2
	%306 = extractvalue { float, float, float, float } %302, 3
	%307 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %300, i32 %301, float 0.0, float 0.0, float 0.0, float 0.0)
	%308 = extractvalue { float, float, float, float } %307, 0
	%309 = extractvalue { float, float, float, float } %307, 1
	%310 = extractvalue { float, float, float, float } %307, 2
	%311 = extractvalue { float, float, float, float } %307, 3
	%312 = add i32 %279, u0x1000
	%313 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %312)
	%314 = extractvalue { i32, i32, i32, i32 } %313, 0
	%315 = extractvalue { i32, i32, i32, i32 } %313, 1
	%316 = extractvalue { i32, i32, i32, i32 } %313, 2
	%317 = extractvalue { i32, i32, i32, i32 } %313, 3
	%318 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %314, i32 %315, float 0.0, float 0.0, float 0.0, float 0.0)
	%319 = extractvalue { float, float, float, float } %318, 0
	%320 = extractvalue { float, float, float, float } %318, 1
	%321 = extractvalue { float, float, float, float } %318, 2
	%322 = extractvalue { float, float, float, float } %318, 3
	%323 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %316, i32 %317, float 0.0, float 0.0, float 0.0, float 0.0)
	%324 = extractvalue { float, float, float, float } %323, 0
	%325 = extractvalue { float, float, float, float } %323, 1
	%326 = extractvalue { float, float, float, float } %323, 2
	%327 = extractvalue { float, float, float, float } %323, 3
	%328 = add i32 %279, 6144
	%329 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %328)
	%330 = extractvalue { i32, i32, i32, i32 } %329, 0
	%331 = extractvalue { i32, i32, i32, i32 } %329, 1
	%332 = extractvalue { i32, i32, i32, i32 } %329, 2
	%333 = extractvalue { i32, i32, i32, i32 } %329, 3
	%334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %330, i32 %331, float 0.0, float 0.0, float 0.0, float 0.0)
	%335 = extractvalue { float, float, float, float } %334, 0
	%336 = extractvalue { float, float, float, float } %334, 1
	%337 = extractvalue { float, float, float, float } %334, 2
	%338 = extractvalue { float, float, float, float } %334, 3
	%339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %332, i32 %333, float 0.0, float 0.0, float 0.0, float 0.0)
	%340 = extractvalue { float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float } %339, 3
	%344 = xor i32 %278, 32
	%345 = add i32 %344, 0
	%346 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %345)
	%347 = extractvalue { i32, i32, i32, i32 } %346, 0
	%348 = extractvalue { i32, i32, i32, i32 } %346, 1
	%349 = extractvalue { i32, i32, i32, i32 } %346, 2
	%350 = extractvalue { i32, i32, i32, i32 } %346, 3
	%351 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %347, i32 %348, float %287, float %288, float %289, float %290)
	%352 = extractvalue { float, float, float, float } %351, 0
	%353 = extractvalue { float, float, float, float } %351, 1
	%354 = extractvalue { float, float, float, float } %351, 2
	%355 = extractvalue { float, float, float, float } %351, 3
	%356 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %349, i32 %350, float %292, float %293, float %294, float %295)
	%357 = extractvalue { float, float, float, float } %356, 0
	%358 = extractvalue { float, float, float, float } %356, 1
	%359 = extractvalue { float, float, float, float } %356, 2
	%360 = extractvalue { float, float, float, float } %356, 3
	%361 = add i32 %344, 2048
	%362 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %361)
	%363 = extractvalue { i32, i32, i32, i32 } %362, 0
	%364 = extractvalue { i32, i32, i32, i32 } %362, 1
	%365 = extractvalue { i32, i32, i32, i32 } %362, 2
	%366 = extractvalue { i32, i32, i32, i32 } %362, 3
	%367 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %363, i32 %364, float %303, float %304, float %305, float %306)
	%368 = extractvalue { float, float, float, float } %367, 0
	%369 = extractvalue { float, float, float, float } %367, 1
	%370 = extractvalue { float, float, float, float } %367, 2
	%371 = extractvalue { float, float, float, float } %367, 3
	%372 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %365, i32 %366, float %308, float %309, float %310, float %311)
	%373 = extractvalue { float, float, float, float } %372, 0
	%374 = extractvalue { float, float, float, float } %372, 1
	%375 = extractvalue { float, float, float, float } %372, 2
	%376 = extractvalue { float, float, float, float } %372, 3
	%377 = add i32 %344, u0x1000
	%378 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %377)
	%379 = extractvalue { i32, i32, i32, i32 } %378, 0
	%380 = extractvalue { i32, i32, i32, i32 } %378, 1
	%381 = extractvalue { i32, i32, i32, i32 } %378, 2
	%382 = extractvalue { i32, i32, i32, i32 } %378, 3
	%383 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %379, i32 %380, float %319, float %320, float %321, float %322)
	%384 = extractvalue { float, float, float, float } %383, 0
	%385 = extractvalue { float, float, float, float } %383, 1
	%386 = extractvalue { float, float, float, float } %383, 2
	%387 = extractvalue { float, float, float, float } %383, 3
	%388 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %381, i32 %382, float %324, float %325, float %326, float %327)
	%389 = extractvalue { float, float, float, float } %388, 0
	%390 = extractvalue { float, float, float, float } %388, 1
	%391 = extractvalue { float, float, float, float } %388, 2
	%392 = extractvalue { float, float, float, float } %388, 3
	%393 = add i32 %344, 6144
	%394 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %393)
	%395 = extractvalue { i32, i32, i32, i32 } %394, 0
	%396 = extractvalue { i32, i32, i32, i32 } %394, 1
	%397 = extractvalue { i32, i32, i32, i32 } %394, 2
	%398 = extractvalue { i32, i32, i32, i32 } %394, 3
	%399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %395, i32 %396, float %335, float %336, float %337, float %338)
	%400 = extractvalue { float, float, float, float } %399, 0
	%401 = extractvalue { float, float, float, float } %399, 1
	%402 = extractvalue { float, float, float, float } %399, 2
	%403 = extractvalue { float, float, float, float } %399, 3
	%404 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %397, i32 %398, float %340, float %341, float %342, float %343)
	%405 = extractvalue { float, float, float, float } %404, 0
	%406 = extractvalue { float, float, float, float } %404, 1
	%407 = extractvalue { float, float, float, float } %404, 2
	%408 = extractvalue { float, float, float, float } %404, 3
	%409 = xor i32 %278, 64
	%410 = add i32 %409, 0
	%411 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %410)
	%412 = extractvalue { i32, i32, i32, i32 } %411, 0
	%413 = extractvalue { i32, i32, i32, i32 } %411, 1
	%414 = extractvalue { i32, i32, i32, i32 } %411, 2
	%415 = extractvalue { i32, i32, i32, i32 } %411, 3
	%416 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %412, i32 %413, float %352, float %353, float %354, float %355)
	%417 = extractvalue { float, float, float, float } %416, 0
	%418 = extractvalue { float, float, float, float } %416, 1
	%419 = extractvalue { float, float, float, float } %416, 2
	%420 = extractvalue { float, float, float, float } %416, 3
	%421 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %414, i32 %415, float %357, float %358, float %359, float %360)
	%422 = extractvalue { float, float, float, float } %421, 0
	%423 = extractvalue { float, float, float, float } %421, 1
	%424 = extractvalue { float, float, float, float } %421, 2
	%425 = extractvalue { float, float, float, float } %421, 3
	%426 = add i32 %409, 2048
	%427 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %426)
	%428 = extractvalue { i32, i32, i32, i32 } %427, 0
	%429 = extractvalue { i32, i32, i32, i32 } %427, 1
	%430 = extractvalue { i32, i32, i32, i32 } %427, 2
	%431 = extractvalue { i32, i32, i32, i32 } %427, 3
	%432 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %428, i32 %429, float %368, float %369, float %370, float %371)
	%433 = extractvalue { float, float, float, float } %432, 0
	%434 = extractvalue { float, float, float, float } %432, 1
	%435 = extractvalue { float, float, float, float } %432, 2
	%436 = extractvalue { float, float, float, float } %432, 3
	%437 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %430, i32 %431, float %373, float %374, float %375, float %376)
	%438 = extractvalue { float, float, float, float } %437, 0
	%439 = extractvalue { float, float, float, float } %437, 1
	%440 = extractvalue { float, float, float, float } %437, 2
	%441 = extractvalue { float, float, float, float } %437, 3
	%442 = add i32 %409, u0x1000
	%443 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %442)
	%444 = extractvalue { i32, i32, i32, i32 } %443, 0
	%445 = extractvalue { i32, i32, i32, i32 } %443, 1
	%446 = extractvalue { i32, i32, i32, i32 } %443, 2
	%447 = extractvalue { i32, i32, i32, i32 } %443, 3
	%448 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %444, i32 %445, float %384, float %385, float %386, float %387)
	%449 = extractvalue { float, float, float, float } %448, 0
	%450 = extractvalue { float, float, float, float } %448, 1
	%451 = extractvalue { float, float, float, float } %448, 2
	%452 = extractvalue { float, float, float, float } %448, 3
	%453 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %446, i32 %447, float %389, float %390, float %391, float %392)
	%454 = extractvalue { float, float, float, float } %453, 0
	%455 = extractvalue { float, float, float, float } %453, 1
	%456 = extractvalue { float, float, float, float } %453, 2
	%457 = extractvalue { float, float, float, float } %453, 3
	%458 = add i32 %409, 6144
	%459 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %458)
	%460 = extractvalue { i32, i32, i32, i32 } %459, 0
	%461 = extractvalue { i32, i32, i32, i32 } %459, 1
	%462 = extractvalue { i32, i32, i32, i32 } %459, 2
	%463 = extractvalue { i32, i32, i32, i32 } %459, 3
	%464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %460, i32 %461, float %400, float %401, float %402, float %403)
	%465 = extractvalue { float, float, float, float } %464, 0
	%466 = extractvalue { float, float, float, float } %464, 1
	%467 = extractvalue { float, float, float, float } %464, 2
	%468 = extractvalue { float, float, float, float } %464, 3
	%469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %462, i32 %463, float %405, float %406, float %407, float %408)
	%470 = extractvalue { float, float, float, float } %469, 0
	%471 = extractvalue { float, float, float, float } %469, 1
	%472 = extractvalue { float, float, float, float } %469, 2
	%473 = extractvalue { float, float, float, float } %469, 3
	%474 = xor i32 %278, 96
	%475 = add i32 %474, 0
	%476 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %475)
	%477 = extractvalue { i32, i32, i32, i32 } %476, 0
	%478 = extractvalue { i32, i32, i32, i32 } %476, 1
	%479 = extractvalue { i32, i32, i32, i32 } %476, 2
	%480 = extractvalue { i32, i32, i32, i32 } %476, 3
	%481 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %477, i32 %478, float %417, float %418, float %419, float %420)
	%482 = extractvalue { float, float, float, float } %481, 0
	%483 = extractvalue { float, float, float, float } %481, 1
	%484 = extractvalue { float, float, float, float } %481, 2
	%485 = extractvalue { float, float, float, float } %481, 3
	%486 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %479, i32 %480, float %422, float %423, float %424, float %425)
	%487 = extractvalue { float, float, float, float } %486, 0
	%488 = extractvalue { float, float, float, float } %486, 1
	%489 = extractvalue { float, float, float, float } %486, 2
	%490 = extractvalue { float, float, float, float } %486, 3
	%491 = add i32 %474, 2048
	%492 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %491)
	%493 = extractvalue { i32, i32, i32, i32 } %492, 0
	%494 = extractvalue { i32, i32, i32, i32 } %492, 1
	%495 = extractvalue { i32, i32, i32, i32 } %492, 2
	%496 = extractvalue { i32, i32, i32, i32 } %492, 3
	%497 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %493, i32 %494, float %433, float %434, float %435, float %436)
	%498 = extractvalue { float, float, float, float } %497, 0
	%499 = extractvalue { float, float, float, float } %497, 1
	%500 = extractvalue { float, float, float, float } %497, 2
	%501 = extractvalue { float, float, float, float } %497, 3
	%502 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %495, i32 %496, float %438, float %439, float %440, float %441)
	%503 = extractvalue { float, float, float, float } %502, 0
	%504 = extractvalue { float, float, float, float } %502, 1
	%505 = extractvalue { float, float, float, float } %502, 2
	%506 = extractvalue { float, float, float, float } %502, 3
	%507 = add i32 %474, u0x1000
	%508 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %507)
	%509 = extractvalue { i32, i32, i32, i32 } %508, 0
	%510 = extractvalue { i32, i32, i32, i32 } %508, 1
	%511 = extractvalue { i32, i32, i32, i32 } %508, 2
	%512 = extractvalue { i32, i32, i32, i32 } %508, 3
	%513 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %509, i32 %510, float %449, float %450, float %451, float %452)
	%514 = extractvalue { float, float, float, float } %513, 0
	%515 = extractvalue { float, float, float, float } %513, 1
	%516 = extractvalue { float, float, float, float } %513, 2
	%517 = extractvalue { float, float, float, float } %513, 3
	%518 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %511, i32 %512, float %454, float %455, float %456, float %457)
	%519 = extractvalue { float, float, float, float } %518, 0
	%520 = extractvalue { float, float, float, float } %518, 1
	%521 = extractvalue { float, float, float, float } %518, 2
	%522 = extractvalue { float, float, float, float } %518, 3
	%523 = add i32 %474, 6144
	%524 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %523)
	%525 = extractvalue { i32, i32, i32, i32 } %524, 0
	%526 = extractvalue { i32, i32, i32, i32 } %524, 1
	%527 = extractvalue { i32, i32, i32, i32 } %524, 2
	%528 = extractvalue { i32, i32, i32, i32 } %524, 3
	%529 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %525, i32 %526, float %465, float %466, float %467, float %468)
	%530 = extractvalue { float, float, float, float } %529, 0
	%531 = extractvalue { float, float, float, float } %529, 1
	%532 = extractvalue { float, float, float, float } %529, 2
	%533 = extractvalue { float, float, float, float } %529, 3
	%534 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %527, i32 %528, float %470, float %471, float %472, float %473)
	%535 = extractvalue { float, float, float, float } %534, 0
	%536 = extractvalue { float, float, float, float } %534, 1
	%537 = extractvalue { float, float, float, float } %534, 2
	%538 = extractvalue { float, float, float, float } %534, 3
	%539 = mul i32 %3, 16
	%540 = add i32 %24, %539
	%541 = add i32 %5, 0
	%542 = add i32 %540, %541
	%543 = mul i32 %3, 16
	%544 = add i32 %24, %543
	%545 = add i32 %5, 8
	%546 = add i32 %544, %545
	%547 = sitofp i32 %22 to float
	%548 = icmp sge i32 %186, %NK
	br i1 %548, label %meankeys, label %classify

epilogue:
	%549 = phi float [ 0.0, %entry ], [ %1553, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1605, %pv ]
	%551 = phi i32 [ 0, %entry ], [ %1606, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1898, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1899, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1900, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1901, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1903, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1904, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1905, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1906, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1915, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1916, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1917, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1918, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1920, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1921, %pv ]
	%566 = phi float [ 0.0, %entry ], [ %1922, %pv ]
	%567 = phi float [ 0.0, %entry ], [ %1923, %pv ]
	%568 = phi float [ 0.0, %entry ], [ %1932, %pv ]
	%569 = phi float [ 0.0, %entry ], [ %1933, %pv ]
	%570 = phi float [ 0.0, %entry ], [ %1934, %pv ]
	%571 = phi float [ 0.0, %entry ], [ %1935, %pv ]
	%572 = phi float [ 0.0, %entry ], [ %1937, %pv ]
	%573 = phi float [ 0.0, %entry ], [ %1938, %pv ]
	%574 = phi float [ 0.0, %entry ], [ %1939, %pv ]
	%575 = phi float [ 0.0, %entry ], [ %1940, %pv ]
	%576 = phi float [ 0.0, %entry ], [ %1949, %pv ]
	%577 = phi float [ 0.0, %entry ], [ %1950, %pv ]
	%578 = phi float [ 0.0, %entry ], [ %1951, %pv ]
	%579 = phi float [ 0.0, %entry ], [ %1952, %pv ]
	%580 = phi float [ 0.0, %entry ], [ %1954, %pv ]
	%581 = phi float [ 0.0, %entry ], [ %1955, %pv ]
	%582 = phi float [ 0.0, %entry ], [ %1956, %pv ]
	%583 = phi float [ 0.0, %entry ], [ %1957, %pv ]
	%584 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %549, i32 1, i32 31)
	%585 = fadd float %549, %584
	%586 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %585, i32 2, i32 31)
	%587 = fadd float %585, %586
	%588 = fcmp ogt float %587, 0.0
	%589 = fdiv float 1.0, %587
	%590 = select i1 %588, float %589, float 0.0
	%591 = mul i32 %3, 16
	%592 = add i32 %24, %591
	%593 = add i32 %5, 0
	%594 = add i32 %592, %593
	%595 = fmul float %552, %590
	%596 = fmul float %553, %590
	%597 = fmul float %556, %590
	%598 = fmul float %557, %590
	%599 = fmul float %560, %590
	%600 = fmul float %561, %590
	%601 = fmul float %564, %590
	%602 = fmul float %565, %590
	%603 = fmul float %568, %590
	%604 = fmul float %569, %590
	%605 = fmul float %572, %590
	%606 = fmul float %573, %590
	%607 = fmul float %576, %590
	%608 = fmul float %577, %590
	%609 = fmul float %580, %590
	%610 = fmul float %581, %590
	%611 = icmp slt i32 %594, %M
	br i1 %611, label %store0, label %stored0

meankeys:
	%612 = sub i32 %NK, 1
	%613 = mul i32 %612, 64
	%614 = sub i32 %N, %613
	%615 = sitofp i32 %614 to float
	%616 = call float @llvm.nvvm.lg2.approx.ftz.f(float %615)
	%617 = fmul float %616, 0x40162E4300000000
	%618 = shl i32 %6, 1
	%619 = add i32 0, %618
	%620 = add i32 %223, %619
	%621 = mul i32 %NK, 64
	%622 = sub i32 %620, %621
	%623 = icmp ult i32 %622, %NK
	%624 = select i1 %623, i32 %622, i32 0
	%625 = add i32 %56, %624
	%626 = sext i32 %625 to i64
	%627 = getelementptr i8, i8* %comp, i64 %626
	%628 = load i8, i8* %627
	%629 = icmp ne i8 %628, 0
	%630 = and i1 %623, %629
	%631 = fmul float 6.0, 0x40162E4300000000
	%632 = add i32 %622, 1
	%633 = icmp eq i32 %632, %NK
	%634 = select i1 %633, float %617, float %631
	%635 = fadd float %482, %634
	%636 = select i1 %630, float %635, float 0xFFF0000000000000
	%637 = shl i32 %6, 1
	%638 = add i32 1, %637
	%639 = add i32 %223, %638
	%640 = mul i32 %NK, 64
	%641 = sub i32 %639, %640
	%642 = icmp ult i32 %641, %NK
	%643 = select i1 %642, i32 %641, i32 0
	%644 = add i32 %56, %643
	%645 = sext i32 %644 to i64
	%646 = getelementptr i8, i8* %comp, i64 %645
	%647 = load i8, i8* %646
	%648 = icmp ne i8 %647, 0
	%649 = and i1 %642, %648
	%650 = fmul float 6.0, 0x40162E4300000000
	%651 = add i32 %641, 1
	%652 = icmp eq i32 %651, %NK
	%653 = select i1 %652, float %617, float %650
	%654 = fadd float %483, %653
	%655 = select i1 %649, float %654, float 0xFFF0000000000000
	%656 = fadd float %484, %634
	%657 = select i1 %630, float %656, float 0xFFF0000000000000
	%658 = fadd float %485, %653
	%659 = select i1 %649, float %658, float 0xFFF0000000000000
	%660 = shl i32 %6, 1
	%661 = add i32 8, %660
	%662 = add i32 %223, %661
	%663 = mul i32 %NK, 64
	%664 = sub i32 %662, %663
	%665 = icmp ult i32 %664, %NK
	%666 = select i1 %665, i32 %664, i32 0
	%667 = add i32 %56, %666
	%668 = sext i32 %667 to i64
	%669 = getelementptr i8, i8* %comp, i64 %668
	%670 = load i8, i8* %669
	%671 = icmp ne i8 %670, 0
	%672 = and i1 %665, %671
	%673 = fmul float 6.0, 0x40162E4300000000
	%674 = add i32 %664, 1
	%675 = icmp eq i32 %674, %NK
	%676 = select i1 %675, float %617, float %673
	%677 = fadd float %487, %676
	%678 = select i1 %672, float %677, float 0xFFF0000000000000
	%679 = shl i32 %6, 1
	%680 = add i32 9, %679
	%681 = add i32 %223, %680
	%682 = mul i32 %NK, 64
	%683 = sub i32 %681, %682
	%684 = icmp ult i32 %683, %NK
	%685 = select i1 %684, i32 %683, i32 0
	%686 = add i32 %56, %685
	%687 = sext i32 %686 to i64
	%688 = getelementptr i8, i8* %comp, i64 %687
	%689 = load i8, i8* %688
	%690 = icmp ne i8 %689, 0
	%691 = and i1 %684, %690
	%692 = fmul float 6.0, 0x40162E4300000000
	%693 = add i32 %683, 1
	%694 = icmp eq i32 %693, %NK
	%695 = select i1 %694, float %617, float %692
	%696 = fadd float %488, %695
	%697 = select i1 %691, float %696, float 0xFFF0000000000000
	%698 = fadd float %489, %676
	%699 = select i1 %672, float %698, float 0xFFF0000000000000
	%700 = fadd float %490, %695
	%701 = select i1 %691, float %700, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 16, %702
	%704 = add i32 %223, %703
	%705 = mul i32 %NK, 64
	%706 = sub i32 %704, %705
	%707 = icmp ult i32 %706, %NK
	%708 = select i1 %707, i32 %706, i32 0
	%709 = add i32 %56, %708
	%710 = sext i32 %709 to i64
	%711 = getelementptr i8, i8* %comp, i64 %710
	%712 = load i8, i8* %711
	%713 = icmp ne i8 %712, 0
	%714 = and i1 %707, %713
	%715 = fmul float 6.0, 0x40162E4300000000
	%716 = add i32 %706, 1
	%717 = icmp eq i32 %716, %NK
	%718 = select i1 %717, float %617, float %715
	%719 = fadd float %498, %718
	%720 = select i1 %714, float %719, float 0xFFF0000000000000
	%721 = shl i32 %6, 1
	%722 = add i32 17, %721
	%723 = add i32 %223, %722
	%724 = mul i32 %NK, 64
	%725 = sub i32 %723, %724
	%726 = icmp ult i32 %725, %NK
	%727 = select i1 %726, i32 %725, i32 0
	%728 = add i32 %56, %727
	%729 = sext i32 %728 to i64
	%730 = getelementptr i8, i8* %comp, i64 %729
	%731 = load i8, i8* %730
	%732 = icmp ne i8 %731, 0
	%733 = and i1 %726, %732
	%734 = fmul float 6.0, 0x40162E4300000000
	%735 = add i32 %725, 1
	%736 = icmp eq i32 %735, %NK
	%737 = select i1 %736, float %617, float %734
	%738 = fadd float %499, %737
	%739 = select i1 %733, float %738, float 0xFFF0000000000000
	%740 = fadd float %500, %718
	%741 = select i1 %714, float %740, float 0xFFF0000000000000
	%742 = fadd float %501, %737
	%743 = select i1 %733, float %742, float 0xFFF0000000000000
	%744 = shl i32 %6, 1
	%745 = add i32 24, %744
	%746 = add i32 %223, %745
	%747 = mul i32 %NK, 64
	%748 = sub i32 %746, %747
	%749 = icmp ult i32 %748, %NK
	%750 = select i1 %749, i32 %748, i32 0
	%751 = add i32 %56, %750
	%752 = sext i32 %751 to i64
	%753 = getelementptr i8, i8* %comp, i64 %752
	%754 = load i8, i8* %753
	%755 = icmp ne i8 %754, 0
	%756 = and i1 %749, %755
	%757 = fmul float 6.0, 0x40162E4300000000
	%758 = add i32 %748, 1
	%759 = icmp eq i32 %758, %NK
	%760 = select i1 %759, float %617, float %757
	%761 = fadd float %503, %760
	%762 = select i1 %756, float %761, float 0xFFF0000000000000
	%763 = shl i32 %6, 1
	%764 = add i32 25, %763
	%765 = add i32 %223, %764
	%766 = mul i32 %NK, 64
	%767 = sub i32 %765, %766
	%768 = icmp ult i32 %767, %NK
	%769 = select i1 %768, i32 %767, i32 0
	%770 = add i32 %56, %769
	%771 = sext i32 %770 to i64
	%772 = getelementptr i8, i8* %comp, i64 %771
	%773 = load i8, i8* %772
	%774 = icmp ne i8 %773, 0
	%775 = and i1 %768, %774
	%776 = fmul float 6.0, 0x40162E4300000000
	%777 = add i32 %767, 1
	%778 = icmp eq i32 %777, %NK
	%779 = select i1 %778, float %617, float %776
	%780 = fadd float %504, %779
	%781 = select i1 %775, float %780, float 0xFFF0000000000000
	%782 = fadd float %505, %760
	%783 = select i1 %756, float %782, float 0xFFF0000000000000
	%784 = fadd float %506, %779
	%785 = select i1 %775, float %784, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 32, %786
	%788 = add i32 %223, %787
	%789 = mul i32 %NK, 64
	%790 = sub i32 %788, %789
	%791 = icmp ult i32 %790, %NK
	%792 = select i1 %791, i32 %790, i32 0
	%793 = add i32 %56, %792
	%794 = sext i32 %793 to i64
	%795 = getelementptr i8, i8* %comp, i64 %794
	%796 = load i8, i8* %795
	%797 = icmp ne i8 %796, 0
	%798 = and i1 %791, %797
	%799 = fmul float 6.0, 0x40162E4300000000
	%800 = add i32 %790, 1
	%801 = icmp eq i32 %800, %NK
	%802 = select i1 %801, float %617, float %799
	%803 = fadd float %514, %802
	%804 = select i1 %798, float %803, float 0xFFF0000000000000
	%805 = shl i32 %6, 1
	%806 = add i32 33, %805
	%807 = add i32 %223, %806
	%808 = mul i32 %NK, 64
	%809 = sub i32 %807, %808
	%810 = icmp ult i32 %809, %NK
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %56, %811
	%813 = sext i32 %812 to i64
	%814 = getelementptr i8, i8* %comp, i64 %813
	%815 = load i8, i8* %814
	%816 = icmp ne i8 %815, 0
	%817 = and i1 %810, %816
	%818 = fmul float 6.0, 0x40162E4300000000
	%819 = add i32 %809, 1
	%820 = icmp eq i32 %819, %NK
	%821 = select i1 %820, float %617, float %818
	%822 = fadd float %515, %821
	%823 = select i1 %817, float %822, float 0xFFF0000000000000
	%824 = fadd float %516, %802
	%825 = select i1 %798, float %824, float 0xFFF0000000000000
	%826 = fadd float %517, %821
	%827 = select i1 %817, float %826, float 0xFFF0000000000000
	%828 = shl i32 %6, 1
	%829 = add i32 40, %828
	%830 = add i32 %223, %829
	%831 = mul i32 %NK, 64
	%832 = sub i32 %830, %831
	%833 = icmp ult i32 %832, %NK
	%834 = select i1 %833, i32 %832, i32 0
	%835 = add i32 %56, %834
	%836 = sext i32 %835 to i64
	%837 = getelementptr i8, i8* %comp, i64 %836
	%838 = load i8, i8* %837
	%839 = icmp ne i8 %838, 0
	%840 = and i1 %833, %839
	%841 = fmul float 6.0, 0x40162E4300000000
	%842 = add i32 %832, 1
	%843 = icmp eq i32 %842, %NK
	%844 = select i1 %843, float %617, float %841
	%845 = fadd float %519, %844
	%846 = select i1 %840, float %845, float 0xFFF0000000000000
	%847 = shl i32 %6, 1
	%848 = add i32 41, %847
	%849 = add i32 %223, %848
	%850 = mul i32 %NK, 64
	%851 = sub i32 %849, %850
	%852 = icmp ult i32 %851, %NK
	%853 = select i1 %852, i32 %851, i32 0
	%854 = add i32 %56, %853
	%855 = sext i32 %854 to i64
	%856 = getelementptr i8, i8* %comp, i64 %855
	%857 = load i8, i8* %856
	%858 = icmp ne i8 %857, 0
	%859 = and i1 %852, %858
	%860 = fmul float 6.0, 0x40162E4300000000
	%861 = add i32 %851, 1
	%862 = icmp eq i32 %861, %NK
	%863 = select i1 %862, float %617, float %860
	%864 = fadd float %520, %863
	%865 = select i1 %859, float %864, float 0xFFF0000000000000
	%866 = fadd float %521, %844
	%867 = select i1 %840, float %866, float 0xFFF0000000000000
	%868 = fadd float %522, %863
	%869 = select i1 %859, float %868, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 48, %870
	%872 = add i32 %223, %871
	%873 = mul i32 %NK, 64
	%874 = sub i32 %872, %873
	%875 = icmp ult i32 %874, %NK
	%876 = select i1 %875, i32 %874, i32 0
	%877 = add i32 %56, %876
	%878 = sext i32 %877 to i64
	%879 = getelementptr i8, i8* %comp, i64 %878
	%880 = load i8, i8* %879
	%881 = icmp ne i8 %880, 0
	%882 = and i1 %875, %881
	%883 = fmul float 6.0, 0x40162E4300000000
	%884 = add i32 %874, 1
	%885 = icmp eq i32 %884, %NK
	%886 = select i1 %885, float %617, float %883
	%887 = fadd float %530, %886
	%888 = select i1 %882, float %887, float 0xFFF0000000000000
	%889 = shl i32 %6, 1
	%890 = add i32 49, %889
	%891 = add i32 %223, %890
	%892 = mul i32 %NK, 64
	%893 = sub i32 %891, %892
	%894 = icmp ult i32 %893, %NK
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %56, %895
	%897 = sext i32 %896 to i64
	%898 = getelementptr i8, i8* %comp, i64 %897
	%899 = load i8, i8* %898
	%900 = icmp ne i8 %899, 0
	%901 = and i1 %894, %900
	%902 = fmul float 6.0, 0x40162E4300000000
	%903 = add i32 %893, 1
	%904 = icmp eq i32 %903, %NK
	%905 = select i1 %904, float %617, float %902
	%906 = fadd float %531, %905
	%907 = select i1 %901, float %906, float 0xFFF0000000000000
	%908 = fadd float %532, %886
	%909 = select i1 %882, float %908, float 0xFFF0000000000000
	%910 = fadd float %533, %905
	%911 = select i1 %901, float %910, float 0xFFF0000000000000
	%912 = shl i32 %6, 1
	%913 = add i32 56, %912
	%914 = add i32 %223, %913
	%915 = mul i32 %NK, 64
	%916 = sub i32 %914, %915
	%917 = icmp ult i32 %916, %NK
	%918 = select i1 %917, i32 %916, i32 0
	%919 = add i32 %56, %918
	%920 = sext i32 %919 to i64
	%921 = getelementptr i8, i8* %comp, i64 %920
	%922 = load i8, i8* %921
	%923 = icmp ne i8 %922, 0
	%924 = and i1 %917, %923
	%925 = fmul float 6.0, 0x40162E4300000000
	%926 = add i32 %916, 1
	%927 = icmp eq i32 %926, %NK
	%928 = select i1 %927, float %617, float %925
	%929 = fadd float %535, %928
	%930 = select i1 %924, float %929, float 0xFFF0000000000000
	%931 = shl i32 %6, 1
	%932 = add i32 57, %931
	%933 = add i32 %223, %932
	%934 = mul i32 %NK, 64
	%935 = sub i32 %933, %934
	%936 = icmp ult i32 %935, %NK
	%937 = select i1 %936, i32 %935, i32 0
	%938 = add i32 %56, %937
	%939 = sext i32 %938 to i64
	%940 = getelementptr i8, i8* %comp, i64 %939
	%941 = load i8, i8* %940
	%942 = icmp ne i8 %941, 0
	%943 = and i1 %936, %942
	%944 = fmul float 6.0, 0x40162E4300000000
	%945 = add i32 %935, 1
	%946 = icmp eq i32 %945, %NK
	%947 = select i1 %946, float %617, float %944
	%948 = fadd float %536, %947
	%949 = select i1 %943, float %948, float 0xFFF0000000000000
	%950 = fadd float %537, %928
	%951 = select i1 %924, float %950, float 0xFFF0000000000000
	%952 = fadd float %538, %947
	%953 = select i1 %943, float %952, float 0xFFF0000000000000
	br label %softmax

classify:
	%954 = add i32 %45, %186
	%955 = sext i32 %954 to i64
	%956 = getelementptr i8, i8* %cls, i64 %955
	%957 = load i8, i8* %956
	%958 = icmp ne i8 %957, 2
	br i1 %958, label %partial, label %softmax

partial:
	%959 = shl i32 %6, 1
	%960 = add i32 0, %959
	%961 = add i32 %223, %960
	%962 = icmp slt i32 %961, %N
	%963 = select i1 %962, i32 %961, i32 0
	%964 = sitofp i32 %542 to float
	%965 = sitofp i32 %963 to float
	%966 = fcmp ole float %965, %964
	%967 = uitofp i1 %966 to float
	%968 = fcmp une float %967, 0.0
	%969 = and i1 %962, %968
	%970 = select i1 %969, float %482, float 0xFFF0000000000000
	%971 = shl i32 %6, 1
	%972 = add i32 1, %971
	%973 = add i32 %223, %972
	%974 = icmp slt i32 %973, %N
	%975 = select i1 %974, i32 %973, i32 0
	%976 = sitofp i32 %542 to float
	%977 = sitofp i32 %975 to float
	%978 = fcmp ole float %977, %976
	%979 = uitofp i1 %978 to float
	%980 = fcmp une float %979, 0.0
	%981 = and i1 %974, %980
	%982 = select i1 %981, float %483, float 0xFFF0000000000000
	%983 = shl i32 %6, 1
	%984 = add i32 0, %983
	%985 = add i32 %223, %984
	%986 = icmp slt i32 %985, %N
	%987 = select i1 %986, i32 %985, i32 0
	%988 = sitofp i32 %546 to float
	%989 = sitofp i32 %987 to float
	%990 = fcmp ole float %989, %988
	%991 = uitofp i1 %990 to float
	%992 = fcmp une float %991, 0.0
	%993 = and i1 %986, %992
	%994 = select i1 %993, float %484, float 0xFFF0000000000000
	%995 = shl i32 %6, 1
	%996 = add i32 1, %995
	%997 = add i32 %223, %996
	%998 = icmp slt i32 %997, %N
	%999 = select i1 %998, i32 %997, i32 0
	%1000 = sitofp i32 %546 to float
	%1001 = sitofp i32 %999 to float
	%1002 = fcmp ole float %1001, %1000
	%1003 = uitofp i1 %1002 to float
	%1004 = fcmp une float %1003, 0.0
	%1005 = and i1 %998, %1004
	%1006 = select i1 %1005, float %485, float 0xFFF0000000000000
	%1007 = shl i32 %6, 1
	%1008 = add i32 8, %1007
	%1009 = add i32 %223, %1008
	%1010 = icmp slt i32 %1009, %N
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = sitofp i32 %542 to float
	%1013 = sitofp i32 %1011 to float
	%1014 = fcmp ole float %1013, %1012
	%1015 = uitofp i1 %1014 to float
	%1016 = fcmp une float %1015, 0.0
	%1017 = and i1 %1010, %1016
	%1018 = select i1 %1017, float %487, float 0xFFF0000000000000
	%1019 = shl i32 %6, 1
	%1020 = add i32 9, %1019
	%1021 = add i32 %223, %1020
	%1022 = icmp slt i32 %1021, %N
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = sitofp i32 %542 to float
	%1025 = sitofp i32 %1023 to float
	%1026 = fcmp ole float %1025, %1024
	%1027 = uitofp i1 %1026 to float
	%1028 = fcmp une float %1027, 0.0
	%1029 = and i1 %1022, %1028
	%1030 = select i1 %1029, float %488, float 0xFFF0000000000000
	%1031 = shl i32 %6, 1
	%1032 = add i32 8, %1031
	%1033 = add i32 %223, %1032
	%1034 = icmp slt i32 %1033, %N
	%1035 = select i1 %1034, i32 %1033, i32 0
	%1036 = sitofp i32 %546 to float
	%1037 = sitofp i32 %1035 to float
	%1038 = fcmp ole float %1037, %1036
	%1039 = uitofp i1 %1038 to float
	%1040 = fcmp une float %1039, 0.0
	%1041 = and i1 %1034, %1040
	%1042 = select i1 %1041, float %489, float 0xFFF0000000000000
	%1043 = shl i32 %6, 1
	%1044 = add i32 9, %1043
	%1045 = add i32 %223, %1044
	%1046 = icmp slt i32 %1045, %N
	%1047 = select i1 %1046, i32 %1045, i32 0
	%1048 = sitofp i32 %546 to float
	%1049 = sitofp i32 %1047 to float
	%1050 = fcmp ole float %1049, %1048
	%1051 = uitofp i1 %1050 to float
	%1052 = fcmp une float %1051, 0.0
	%1053 = and i1 %1046, %1052
	%1054 = select i1 %1053, float %490, float 0xFFF0000000000000
	%1055 = shl i32 %6, 1
	%1056 = add i32 16, %1055
	%1057 = add i32 %223, %1056
	%1058 = icmp slt i32 %1057, %N
	%1059 = select i1 %1058, i32 %1057, i32 0
	%1060 = sitofp i32 %542 to float
	%1061 = sitofp i32 %1059 to float
	%1062 = fcmp ole float %1061, %1060
	%1063 = uitofp i1 %1062 to float
	%1064 = fcmp une float %1063, 0.0
	%1065 = and i1 %1058, %1064
	%1066 = select i1 %1065, float %498, float 0xFFF0000000000000
	%1067 = shl i32 %6, 1
	%1068 = add i32 17, %1067
	%1069 = add i32 %223, %1068
	%1070 = icmp slt i32 %1069, %N
	%1071 = select i1 %1070, i32 %1069, i32 0
	%1072 = sitofp i32 %542 to float
	%1073 = sitofp i32 %1071 to float
	%1074 = fcmp ole float %1073, %1072
	%1075 = uitofp i1 %1074 to float
	%1076 = fcmp une float %1075, 0.0
	%1077 = and i1 %1070, %1076
	%1078 = select i1 %1077, float %499, float 0xFFF0000000000000
	%1079 = shl i32 %6, 1
	%1080 = add i32 16, %1079
	%1081 = add i32 %223, %1080
	%1082 = icmp slt i32 %1081, %N
	%1083 = select i1 %1082, i32 %1081, i32 0
	%1084 = sitofp i32 %546 to float
	%1085 = sitofp i32 %1083 to float
	%1086 = fcmp ole float %1085, %1084
	%1087 = uitofp i1 %1086 to float
	%1088 = fcmp une float %1087, 0.0
	%1089 = and i1 %1082, %1088
	%1090 = select i1 %1089, float %500, float 0xFFF0000000000000
	%1091 = shl i32 %6, 1
	%1092 = add i32 17, %1091
	%1093 = add i32 %223, %1092
	%1094 = icmp slt i32 %1093, %N
	%1095 = select i1 %1094, i32 %1093, i32 0
	%1096 = sitofp i32 %546 to float
	%1097 = sitofp i32 %1095 to float
	%1098 = fcmp ole float %1097, %1096
	%1099 = uitofp i1 %1098 to float
	%1100 = fcmp une float %1099, 0.0
	%1101 = and i1 %1094, %1100
	%1102 = select i1 %1101, float %501, float 0xFFF0000000000000
	%1103 = shl i32 %6, 1
	%1104 = add i32 24, %1103
	%1105 = add i32 %223, %1104
	%1106 = icmp slt i32 %1105, %N
	%1107 = select i1 %1106, i32 %1105, i32 0
	%1108 = sitofp i32 %542 to float
	%1109 = sitofp i32 %1107 to float
	%1110 = fcmp ole float %1109, %1108
	%1111 = uitofp i1 %1110 to float
	%1112 = fcmp une float %1111, 0.0
	%1113 = and i1 %1106, %1112
	%1114 = select i1 %1113, float %503, float 0xFFF0000000000000
	%1115 = shl i32 %6, 1
	%1116 = add i32 25, %1115
	%1117 = add i32 %223, %1116
	%1118 = icmp slt i32 %1117, %N
	%1119 = select i1 %1118, i32 %1117, i32 0
	%1120 = sitofp i32 %542 to float
	%1121 = sitofp i32 %1119 to float
	%1122 = fcmp ole float %1121, %1120
	%1123 = uitofp i1 %1122 to float
	%1124 = fcmp une float %1123, 0.0
	%1125 = and i1 %1118, %1124
	%1126 = select i1 %1125, float %504, float 0xFFF0000000000000
	%1127 = shl i32 %6, 1
	%1128 = add i32 24, %1127
	%1129 = add i32 %223, %1128
	%1130 = icmp slt i32 %1129, %N
	%1131 = select i1 %1130, i32 %1129, i32 0
	%1132 = sitofp i32 %546 to float
	%1133 = sitofp i32 %1131 to float
	%1134 = fcmp ole float %1133, %1132
	%1135 = uitofp i1 %1134 to float
	%1136 = fcmp une float %1135, 0.0
	%1137 = and i1 %1130, %1136
	%1138 = select i1 %1137, float %505, float 0xFFF0000000000000
	%1139 = shl i32 %6, 1
	%1140 = add i32 25, %1139
	%1141 = add i32 %223, %1140
	%1142 = icmp slt i32 %1141, %N
	%1143 = select i1 %1142, i32 %1141, i32 0
	%1144 = sitofp i32 %546 to float
	%1145 = sitofp i32 %1143 to float
	%1146 = fcmp ole float %1145, %1144
	%1147 = uitofp i1 %1146 to float
	%1148 = fcmp une float %1147, 0.0
	%1149 = and i1 %1142, %1148
	%1150 = select i1 %1149, float %506, float 0xFFF0000000000000
	%1151 = shl i32 %6, 1
	%1152 = add i32 32, %1151
	%1153 = add i32 %223, %1152
	%1154 = icmp slt i32 %1153, %N
	%1155 = select i1 %1154, i32 %1153, i32 0
	%1156 = sitofp i32 %542 to float
	%1157 = sitofp i32 %1155 to float
	%1158 = fcmp ole float %1157, %1156
	%1159 = uitofp i1 %1158 to float
	%1160 = fcmp une float %1159, 0.0
	%1161 = and i1 %1154, %1160
	%1162 = select i1 %1161, float %514, float 0xFFF0000000000000
	%1163 = shl i32 %6, 1
	%1164 = add i32 33, %1163
	%1165 = add i32 %223, %1164
	%1166 = icmp slt i32 %1165, %N
	%1167 = select i1 %1166, i32 %1165, i32 0
	%1168 = sitofp i32 %542 to float
	%1169 = sitofp i32 %1167 to float
	%1170 = fcmp ole float %1169, %1168
	%1171 = uitofp i1 %1170 to float
	%1172 = fcmp une float %1171, 0.0
	%1173 = and i1 %1166, %1172
	%1174 = select i1 %1173, float %515, float 0xFFF0000000000000
	%1175 = shl i32 %6, 1
	%1176 = add i32 32, %1175
	%1177 = add i32 %223, %1176
	%1178 = icmp slt i32 %1177, %N
	%1179 = select i1 %1178, i32 %1177, i32 0
	%1180 = sitofp i32 %546 to float
	%1181 = sitofp i32 %1179 to float
	%1182 = fcmp ole float %1181, %1180
	%1183 = uitofp i1 %1182 to float
	%1184 = fcmp une float %1183, 0.0
	%1185 = and i1 %1178, %1184
	%1186 = select i1 %1185, float %516, float 0xFFF0000000000000
	%1187 = shl i32 %6, 1
	%1188 = add i32 33, %1187
	%1189 = add i32 %223, %1188
	%1190 = icmp slt i32 %1189, %N
	%1191 = select i1 %1190, i32 %1189, i32 0
	%1192 = sitofp i32 %546 to float
	%1193 = sitofp i32 %1191 to float
	%1194 = fcmp ole float %1193, %1192
	%1195 = uitofp i1 %1194 to float
	%1196 = fcmp une float %1195, 0.0
	%1197 = and i1 %1190, %1196
	%1198 = select i1 %1197, float %517, float 0xFFF0000000000000
	%1199 = shl i32 %6, 1
	%1200 = add i32 40, %1199
	%1201 = add i32 %223, %1200
	%1202 = icmp slt i32 %1201, %N
	%1203 = select i1 %1202, i32 %1201, i32 0
	%1204 = sitofp i32 %542 to float
	%1205 = sitofp i32 %1203 to float
	%1206 = fcmp ole float %1205, %1204
	%1207 = uitofp i1 %1206 to float
	%1208 = fcmp une float %1207, 0.0
	%1209 = and i1 %1202, %1208
	%1210 = select i1 %1209, float %519, float 0xFFF0000000000000
	%1211 = shl i32 %6, 1
	%1212 = add i32 41, %1211
	%1213 = add i32 %223, %1212
	%1214 = icmp slt i32 %1213, %N
	%1215 = select i1 %1214, i32 %1213, i32 0
	%1216 = sitofp i32 %542 to float
	%1217 = sitofp i32 %1215 to float
	%1218 = fcmp ole float %1217, %1216
	%1219 = uitofp i1 %1218 to float
	%1220 = fcmp une float %1219, 0.0
	%1221 = and i1 %1214, %1220
	%1222 = select i1 %1221, float %520, float 0xFFF0000000000000
	%1223 = shl i32 %6, 1
	%1224 = add i32 40, %1223
	%1225 = add i32 %223, %1224
	%1226 = icmp slt i32 %1225, %N
	%1227 = select i1 %1226, i32 %1225, i32 0
	%1228 = sitofp i32 %546 to float
	%1229 = sitofp i32 %1227 to float
	%1230 = fcmp ole float %1229, %1228
	%1231 = uitofp i1 %1230 to float
	%1232 = fcmp une float %1231, 0.0
	%1233 = and i1 %1226, %1232
	%1234 = select i1 %1233, float %521, float 0xFFF0000000000000
	%1235 = shl i32 %6, 1
	%1236 = add i32 41, %1235
	%1237 = add i32 %223, %1236
	%1238 = icmp slt i32 %1237, %N
	%1239 = select i1 %1238, i32 %1237, i32 0
	%1240 = sitofp i32 %546 to float
	%1241 = sitofp i32 %1239 to float
	%1242 = fcmp ole float %1241, %1240
	%1243 = uitofp i1 %1242 to float
	%1244 = fcmp une float %1243, 0.0
	%1245 = and i1 %1238, %1244
	%1246 = select i1 %1245, float %522, float 0xFFF0000000000000
	%1247 = shl i32 %6, 1
	%1248 = add i32 48, %1247
	%1249 = add i32 %223, %1248
	%1250 = icmp slt i32 %1249, %N
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = sitofp i32 %542 to float
	%1253 = sitofp i32 %1251 to float
	%1254 = fcmp ole float %1253, %1252
	%1255 = uitofp i1 %1254 to float
	%1256 = fcmp une float %1255, 0.0
	%1257 = and i1 %1250, %1256
	%1258 = select i1 %1257, float %530, float 0xFFF0000000000000
	%1259 = shl i32 %6, 1
	%1260 = add i32 49, %1259
	%1261 = add i32 %223, %1260
	%1262 = icmp slt i32 %1261, %N
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = sitofp i32 %542 to float
	%1265 = sitofp i32 %1263 to float
	%1266 = fcmp ole float %1265, %1264
	%1267 = uitofp i1 %1266 to float
	%1268 = fcmp une float %1267, 0.0
	%1269 = and i1 %1262, %1268
	%1270 = select i1 %1269, float %531, float 0xFFF0000000000000
	%1271 = shl i32 %6, 1
	%1272 = add i32 48, %1271
	%1273 = add i32 %223, %1272
	%1274 = icmp slt i32 %1273, %N
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = sitofp i32 %546 to float
	%1277 = sitofp i32 %1275 to float
	%1278 = fcmp ole float %1277, %1276
	%1279 = uitofp i1 %1278 to float
	%1280 = fcmp une float %1279, 0.0
	%1281 = and i1 %1274, %1280
	%1282 = select i1 %1281, float %532, float 0xFFF0000000000000
	%1283 = shl i32 %6, 1
	%1284 = add i32 49, %1283
	%1285 = add i32 %223, %1284
	%1286 = icmp slt i32 %1285, %N
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = sitofp i32 %546 to float
	%1289 = sitofp i32 %1287 to float
	%1290 = fcmp ole float %1289, %1288
	%1291 = uitofp i1 %1290 to float
	%1292 = fcmp une float %1291, 0.0
	%1293 = and i1 %1286, %1292
	%1294 = select i1 %1293, float %533, float 0xFFF0000000000000
	%1295 = shl i32 %6, 1
	%1296 = add i32 56, %1295
	%1297 = add i32 %223, %1296
	%1298 = icmp slt i32 %1297, %N
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = sitofp i32 %542 to float
	%1301 = sitofp i32 %1299 to float
	%1302 = fcmp ole float %1301, %1300
	%1303 = uitofp i1 %1302 to float
	%1304 = fcmp une float %1303, 0.0
	%1305 = and i1 %1298, %1304
	%1306 = select i1 %1305, float %535, float 0xFFF0000000000000
	%1307 = shl i32 %6, 1
	%1308 = add i32 57, %1307
	%1309 = add i32 %223, %1308
	%1310 = icmp slt i32 %1309, %N
	%1311 = select i1 %1310, i32 %1309, i32 0
	%1312 = sitofp i32 %542 to float
	%1313 = sitofp i32 %1311 to float
	%1314 = fcmp ole float %1313, %1312
	%1315 = uitofp i1 %1314 to float
	%1316 = fcmp une float %1315, 0.0
	%1317 = and i1 %1310, %1316
	%1318 = select i1 %1317, float %536, float 0xFFF0000000000000
	%1319 = shl i32 %6, 1
	%1320 = add i32 56, %1319
	%1321 = add i32 %223, %1320
	%1322 = icmp slt i32 %1321, %N
	%1323 = select i1 %1322, i32 %1321, i32 0
	%1324 = sitofp i32 %546 to float
	%1325 = sitofp i32 %1323 to float
	%1326 = fcmp ole float %1325, %1324
	%1327 = uitofp i1 %1326 to float
	%1328 = fcmp une float %1327, 0.0
	%1329 = and i1 %1322, %1328
	%1330 = select i1 %1329, float %537, float 0xFFF0000000000000
	%1331 = shl i32 %6, 1
	%1332 = add i32 57, %1331
	%1333 = add i32 %223, %1332
	%1334 = icmp slt i32 %1333, %N
	%1335 = select i1 %1334, i32 %1333, i32 0
	%1336 = sitofp i32 %546 to float
	%1337 = sitofp i32 %1335 to float
	%1338 = fcmp ole float %1337, %1336
	%1339 = uitofp i1 %1338 to float
	%1340 = fcmp une float %1339, 0.0
	%1341 = and i1 %1334, %1340
	%1342 = select i1 %1341, float %538, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1343 = phi float [ %482, %classify ], [ %970, %partial ], [ %636, %meankeys ]
	%1344 = phi float [ %483, %classify ], [ %982, %partial ], [ %655, %meankeys ]
	%1345 = phi float [ %484, %classify ], [ %994, %partial ], [ %657, %meankeys ]
	%1346 = phi float [ %485, %classify ], [ %1006, %partial ], [ %659, %meankeys ]
	%1347 = phi float [ %487, %classify ], [ %1018, %partial ], [ %678, %meankeys ]
	%1348 = phi float [ %488, %classify ], [ %1030, %partial ], [ %697, %meankeys ]
	%1349 = phi float [ %489, %classify ], [ %1042, %partial ], [ %699, %meankeys ]
	%1350 = phi float [ %490, %classify ], [ %1054, %partial ], [ %701, %meankeys ]
	%1351 = phi float [ %498, %classify ], [ %1066, %partial ], [ %720, %meankeys ]
	%1352 = phi float [ %499, %classify ], [ %1078, %partial ], [ %739, %meankeys ]
	%1353 = phi float [ %500, %classify ], [ %1090, %partial ], [ %741, %meankeys ]
	%1354 = phi float [ %501, %classify ], [ %1102, %partial ], [ %743, %meankeys ]
	%1355 = phi float [ %503, %classify ], [ %1114, %partial ], [ %762, %meankeys ]
	%1356 = phi float [ %504, %classify ], [ %1126, %partial ], [ %781, %meankeys ]
	%1357 = phi float [ %505, %classify ], [ %1138, %partial ], [ %783, %meankeys ]
	%1358 = phi float [ %506, %classify ], [ %1150, %partial ], [ %785, %meankeys ]
	%1359 = phi float [ %514, %classify ], [ %1162, %partial ], [ %804, %meankeys ]
	%1360 = phi float [ %515, %classify ], [ %1174, %partial ], [ %823, %meankeys ]
	%1361 = phi float [ %516, %classify ], [ %1186, %partial ], [ %825, %meankeys ]
	%1362 = phi float [ %517, %classify ], [ %1198, %partial ], [ %827, %meankeys ]
	%1363 = phi float [ %519, %classify ], [ %1210, %partial ], [ %846, %meankeys ]
	%1364 = phi float [ %520, %classify ], [ %1222, %partial ], [ %865, %meankeys ]
	%1365 = phi float [ %521, %classify ], [ %1234, %partial ], [ %867, %meankeys ]
	%1366 = phi float [ %522, %classify ], [ %1246, %partial ], [ %869, %meankeys ]
	%1367 = phi float [ %530, %classify ], [ %1258, %partial ], [ %888, %meankeys ]
	%1368 = phi float [ %531, %classify ], [ %1270, %partial ], [ %907, %meankeys ]
	%1369 = phi float [ %532, %classify ], [ %1282, %partial ], [ %909, %meankeys ]
	%1370 = phi float [ %533, %classify ], [ %1294, %partial ], [ %911, %meankeys ]
	%1371 = phi float [ %535, %classify ], [ %1306, %partial ], [ %930, %meankeys ]
	%1372 = phi float [ %536, %classify ], [ %1318, %partial ], [ %949, %meankeys ]
	%1373 = phi float [ %537, %classify ], [ %1330, %partial ], [ %951, %meankeys ]
	%1374 = phi float [ %538, %classify ], [ %1342, %partial ], [ %953, %meankeys ]
	%1375 = call float @llvm.nvvm.fmax.f(float %1343, float %1344)
	%1376 = call float @llvm.nvvm.fmax.f(float %1347, float %1348)
	%1377 = call float @llvm.nvvm.fmax.f(float %1351, float %1352)
	%1378 = call float @llvm.nvvm.fmax.f(float %1355, float %1356)
	%1379 = call float @llvm.nvvm.fmax.f(float %1359, float %1360)
	%1380 = call float @llvm.nvvm.fmax.f(float %1363, float %1364)
	%1381 = call float @llvm.nvvm.fmax.f(float %1367, float %1368)
	%1382 = call float @llvm.nvvm.fmax.f(float %1371, float %1372)
	%1383 = call float @llvm.nvvm.fmax.f(float %1375, float %1376)
	%1384 = call float @llvm.nvvm.fmax.f(float %1377, float %1378)
	%1385 = call float @llvm.nvvm.fmax.f(float %1379, float %1380)
	%1386 = call float @llvm.nvvm.fmax.f(float %1381, float %1382)
	%1387 = call float @llvm.nvvm.fmax.f(float %1383, float %1384)
	%1388 = call float @llvm.nvvm.fmax.f(float %1385, float %1386)
	%1389 = call float @llvm.nvvm.fmax.f(float %1387, float %1388)
	%1390 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1389, i32 1, i32 31)
	%1391 = call float @llvm.nvvm.fmax.f(float %1389, float %1390)
	%1392 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1391, i32 2, i32 31)
	%1393 = call float @llvm.nvvm.fmax.f(float %1391, float %1392)
	%1394 = fmul float %1393, 0x3FC7154760000000
	%1395 = call float @llvm.nvvm.fmax.f(float %219, float %1394)
	%1396 = fadd float %219, 8.0
	%1397 = fcmp ogt float %1395, %1396
	%1398 = or i1 false, %1397
	%1399 = call float @llvm.nvvm.fmax.f(float %1345, float %1346)
	%1400 = call float @llvm.nvvm.fmax.f(float %1349, float %1350)
	%1401 = call float @llvm.nvvm.fmax.f(float %1353, float %1354)
	%1402 = call float @llvm.nvvm.fmax.f(float %1357, float %1358)
	%1403 = call float @llvm.nvvm.fmax.f(float %1361, float %1362)
	%1404 = call float @llvm.nvvm.fmax.f(float %1365, float %1366)
	%1405 = call float @llvm.nvvm.fmax.f(float %1369, float %1370)
	%1406 = call float @llvm.nvvm.fmax.f(float %1373, float %1374)
	%1407 = call float @llvm.nvvm.fmax.f(float %1399, float %1400)
	%1408 = call float @llvm.nvvm.fmax.f(float %1401, float %1402)
	%1409 = call float @llvm.nvvm.fmax.f(float %1403, float %1404)
	%1410 = call float @llvm.nvvm.fmax.f(float %1405, float %1406)
	%1411 = call float @llvm.nvvm.fmax.f(float %1407, float %1408)
	%1412 = call float @llvm.nvvm.fmax.f(float %1409, float %1410)
	%1413 = call float @llvm.nvvm.fmax.f(float %1411, float %1412)
	%1414 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1413, i32 1, i32 31)
	%1415 = call float @llvm.nvvm.fmax.f(float %1413, float %1414)
	%1416 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1415, i32 2, i32 31)
	%1417 = call float @llvm.nvvm.fmax.f(float %1415, float %1416)
	%1418 = fmul float %1417, 0x3FC7154760000000
	%1419 = call float @llvm.nvvm.fmax.f(float %221, float %1418)
	%1420 = fadd float %221, 8.0
	%1421 = fcmp ogt float %1419, %1420
	%1422 = or i1 %1398, %1421
	%1423 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1422)
	br i1 %1423, label %1424, label %1467

1424:
	%1425 = fcmp oeq float %1395, 0xFFF0000000000000
	%1426 = select i1 %1425, float 0.0, float %1395
	%1427 = fsub float %219, %1426
	%1428 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1427)
	%1429 = fcmp oeq float %1419, 0xFFF0000000000000
	%1430 = select i1 %1429, float 0.0, float %1419
	%1431 = fsub float %221, %1430
	%1432 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1431)
	%1433 = fmul float %187, %1428
	%1434 = fmul float %188, %1428
	%1435 = fmul float %189, %1432
	%1436 = fmul float %190, %1432
	%1437 = fmul float %191, %1428
	%1438 = fmul float %192, %1428
	%1439 = fmul float %193, %1432
	%1440 = fmul float %194, %1432
	%1441 = fmul float %195, %1428
	%1442 = fmul float %196, %1428
	%1443 = fmul float %197, %1432
	%1444 = fmul float %198, %1432
	%1445 = fmul float %199, %1428
	%1446 = fmul float %200, %1428
	%1447 = fmul float %201, %1432
	%1448 = fmul float %202, %1432
	%1449 = fmul float %203, %1428
	%1450 = fmul float %204, %1428
	%1451 = fmul float %205, %1432
	%1452 = fmul float %206, %1432
	%1453 = fmul float %207, %1428
	%1454 = fmul float %208, %1428
	%1455 = fmul float %209, %1432
	%1456 = fmul float %210, %1432
	%1457 = fmul float %211, %1428
	%1458 = fmul float %212, %1428
	%1459 = fmul float %213, %1432
	%1460 = fmul float %214, %1432
	%1461 = fmul float %215, %1428
	%1462 = fmul float %216, %1428
	%1463 = fmul float %217, %1432
	%1464 = fmul float %218, %1432
	%1465 = fmul float %220, %1428
	%1466 = fmul float %222, %1432
	br label %1467

1467:
	%1468 = phi float [ %187, %softmax ], [ %1433, %1424 ]
	%1469 = phi float [ %188, %softmax ], [ %1434, %1424 ]
	%1470 = phi float [ %189, %softmax ], [ %1435, %1424 ]
	%1471 = phi float [ %190, %softmax ], [ %1436, %1424 ]
	%1472 = phi float [ %191, %softmax ], [ %1437, %1424 ]
	%1473 = phi float [ %192, %softmax ], [ %1438, %1424 ]
	%1474 = phi float [ %193, %softmax ], [ %1439, %1424 ]
	%1475 = phi float [ %194, %softmax ], [ %1440, %1424 ]
	%1476 = phi float [ %195, %softmax ], [ %1441, %1424 ]
	%1477 = phi float [ %196, %softmax ], [ %1442, %1424 ]
	%1478 = phi float [ %197, %softmax ], [ %1443, %1424 ]
	%1479 = phi float [ %198, %softmax ], [ %1444, %1424 ]
	%1480 = phi float [ %199, %softmax ], [ %1445, %1424 ]
	%1481 = phi float [ %200, %softmax ], [ %1446, %1424 ]
	%1482 = phi float [ %201, %softmax ], [ %1447, %1424 ]
	%1483 = phi float [ %202, %softmax ], [ %1448, %1424 ]
	%1484 = phi float [ %203, %softmax ], [ %1449, %1424 ]
	%1485 = phi float [ %204, %softmax ], [ %1450, %1424 ]
	%1486 = phi float [ %205, %softmax ], [ %1451, %1424 ]
	%1487 = phi float [ %206, %softmax ], [ %1452, %1424 ]
	%1488 = phi float [ %207, %softmax ], [ %1453, %1424 ]
	%1489 = phi float [ %208, %softmax ], [ %1454, %1424 ]
	%1490 = phi float [ %209, %softmax ], [ %1455, %1424 ]
	%1491 = phi float [ %210, %softmax ], [ %1456, %1424 ]
	%1492 = phi float [ %211, %softmax ], [ %1457, %1424 ]
	%1493 = phi float [ %212, %softmax ], [ %1458, %1424 ]
	%1494 = phi float [ %213, %softmax ], [ %1459, %1424 ]
	%1495 = phi float [ %214, %softmax ], [ %1460, %1424 ]
	%1496 = phi float [ %215, %softmax ], [ %1461, %1424 ]
	%1497 = phi float [ %216, %softmax ], [ %1462, %1424 ]
	%1498 = phi float [ %217, %softmax ], [ %1463, %1424 ]
	%1499 = phi float [ %218, %softmax ], [ %1464, %1424 ]
	%1500 = phi float [ %220, %softmax ], [ %1465, %1424 ]
	%1501 = phi float [ %222, %softmax ], [ %1466, %1424 ]
	%1502 = select i1 %1423, float %1395, float %219
	%1503 = fcmp oeq float %1502, 0xFFF0000000000000
	%1504 = select i1 %1503, float 0.0, float %1502
	%1505 = fneg float %1504
	%1506 = call float @llvm.fma.f32(float %1343, float 0x3FC7154760000000, float %1505)
	%1507 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1506)
	%1508 = call float @llvm.fma.f32(float %1344, float 0x3FC7154760000000, float %1505)
	%1509 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1508)
	%1510 = call float @llvm.fma.f32(float %1347, float 0x3FC7154760000000, float %1505)
	%1511 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1510)
	%1512 = call float @llvm.fma.f32(float %1348, float 0x3FC7154760000000, float %1505)
	%1513 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1512)
	%1514 = call float @llvm.fma.f32(float %1351, float 0x3FC7154760000000, float %1505)
	%1515 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1514)
	%1516 = call float @llvm.fma.f32(float %1352, float 0x3FC7154760000000, float %1505)
	%1517 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1516)
	%1518 = call float @llvm.fma.f32(float %1355, float 0x3FC7154760000000, float %1505)
	%1519 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1518)
	%1520 = call float @llvm.fma.f32(float %1356, float 0x3FC7154760000000, float %1505)
	%1521 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1520)
	%1522 = call float @llvm.fma.f32(float %1359, float 0x3FC7154760000000, float %1505)
	%1523 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1522)
	%1524 = call float @llvm.fma.f32(float %1360, float 0x3FC7154760000000, float %1505)
	%1525 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1524)
	%1526 = call float @llvm.fma.f32(float %1363, float 0x3FC7154760000000, float %1505)
	%1527 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1526)
	%1528 = call float @llvm.fma.f32(float %1364, float 0x3FC7154760000000, float %1505)
	%1529 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1528)
	%1530 = call float @llvm.fma.f32(float %1367, float 0x3FC7154760000000, float %1505)
	%1531 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1530)
	%1532 = call float @llvm.fma.f32(float %1368, float 0x3FC7154760000000, float %1505)
	%1533 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1532)
	%1534 = call float @llvm.fma.f32(float %1371, float 0x3FC7154760000000, float %1505)
	%1535 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1534)
	%1536 = call float @llvm.fma.f32(float %1372, float 0x3FC7154760000000, float %1505)
	%1537 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1536)
	%1538 = fadd float %1507, %1509
	%1539 = fadd float %1511, %1513
	%1540 = fadd float %1515, %1517
	%1541 = fadd float %1519, %1521
	%1542 = fadd float %1523, %1525
	%1543 = fadd float %1527, %1529
	%1544 = fadd float %1531, %1533
	%1545 = fadd float %1535, %1537
	%1546 = fadd float %1538, %1539
	%1547 = fadd float %1540, %1541
	%1548 = fadd float %1542, %1543
	%1549 = fadd float %1544, %1545
	%1550 = fadd float %1546, %1547
	%1551 = fadd float %1548, %1549
	%1552 = fadd float %1550, %1551
	%1553 = fadd float %1500, %1552
	%1554 = select i1 %1423, float %1419, float %221
	%1555 = fcmp oeq float %1554, 0xFFF0000000000000
	%1556 = select i1 %1555, float 0.0, float %1554
	%1557 = fneg float %1556
	%1558 = call float @llvm.fma.f32(float %1345, float 0x3FC7154760000000, float %1557)
	%1559 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1558)
	%1560 = call float @llvm.fma.f32(float %1346, float 0x3FC7154760000000, float %1557)
	%1561 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1560)
	%1562 = call float @llvm.fma.f32(float %1349, float 0x3FC7154760000000, float %1557)
	%1563 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1562)
	%1564 = call float @llvm.fma.f32(float %1350, float 0x3FC7154760000000, float %1557)
	%1565 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1564)
	%1566 = call float @llvm.fma.f32(float %1353, float 0x3FC7154760000000, float %1557)
	%1567 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1566)
	%1568 = call float @llvm.fma.f32(float %1354, float 0x3FC7154760000000, float %1557)
	%1569 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1568)
	%1570 = call float @llvm.fma.f32(float %1357, float 0x3FC7154760000000, float %1557)
	%1571 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1570)
	%1572 = call float @llvm.fma.f32(float %1358, float 0x3FC7154760000000, float %1557)
	%1573 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1572)
	%1574 = call float @llvm.fma.f32(float %1361, float 0x3FC7154760000000, float %1557)
	%1575 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1574)
	%1576 = call float @llvm.fma.f32(float %1362, float 0x3FC7154760000000, float %1557)
	%1577 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1576)
	%1578 = call float @llvm.fma.f32(float %1365, float 0x3FC7154760000000, float %1557)
	%1579 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1578)
	%1580 = call float @llvm.fma.f32(float %1366, float 0x3FC7154760000000, float %1557)
	%1581 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1580)
	%1582 = call float @llvm.fma.f32(float %1369, float 0x3FC7154760000000, float %1557)
	%1583 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1582)
	%1584 = call float @llvm.fma.f32(float %1370, float 0x3FC7154760000000, float %1557)
	%1585 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1584)
	%1586 = call float @llvm.fma.f32(float %1373, float 0x3FC7154760000000, float %1557)
	%1587 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1586)
	%1588 = call float @llvm.fma.f32(float %1374, float 0x3FC7154760000000, float %1557)
	%1589 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1588)
	%1590 = fadd float %1559, %1561
	%1591 = fadd float %1563, %1565
	%1592 = fadd float %1567, %1569
	%1593 = fadd float %1571, %1573
	%1594 = fadd float %1575, %1577
	%1595 = fadd float %1579, %1581
	%1596 = fadd float %1583, %1585
	%1597 = fadd float %1587, %1589
	%1598 = fadd float %1590, %1591
	%1599 = fadd float %1592, %1593
	%1600 = fadd float %1594, %1595
	%1601 = fadd float %1596, %1597
	%1602 = fadd float %1598, %1599
	%1603 = fadd float %1600, %1601
	%1604 = fadd float %1602, %1603
	%1605 = fadd float %1501, %1604
	%1606 = add i32 %185, 1
	%1607 = icmp slt i32 %1606, %NK
	%1608 = select i1 %1607, i32 %1606, i32 0
	%1609 = add i32 %41, %1608
	%1610 = sext i32 %1609 to i64
	%1611 = getelementptr i32, i32* %list, i64 %1610
	%1612 = load i32, i32* %1611
	%1613 = select i1 %1607, i32 %1612, i32 -1
	%1614 = icmp sge i32 %1613, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1614, label %prefetch, label %pv

prefetch:
	%1615 = icmp sge i32 %1613, %NK
	%1616 = select i1 %1615, i16* %49, i16* %32
	%1617 = sub i32 %1613, %NK
	%1618 = select i1 %1615, i32 %1617, i32 %1613
	%1619 = mul i32 %1618, 64
	%1620 = select i1 %1615, i32 %NK, i32 %N
	%1621 = lshr i32 %2, 3
	%1622 = and i32 %2, 7
	%1623 = and i32 %1621, 7
	%1624 = xor i32 %1622, %1623
	%1625 = mul i32 %1621, 8
	%1626 = add i32 %1625, %1624
	%1627 = shl i32 %1626, 4
	%1628 = add i32 %0, %1627
	%1629 = add i32 %1619, %1621
	%1630 = mul i32 %1629, 64
	%1631 = mul i32 %1622, 8
	%1632 = add i32 %1630, %1631
	%1633 = sext i32 %1632 to i64
	%1634 = getelementptr i16, i16* %1616, i64 %1633
	%1635 = add i32 %1629, 0
	%1636 = icmp slt i32 %1635, %1620
	%1637 = getelementptr i16, i16* %1634, i64 0
	%1638 = select i1 %1636, i16* %1637, i16* %1616
	%1639 = add i32 %1628, 0
	%1640 = select i1 %1636, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1639, i16* %1638, i32 %1640)
	%1641 = add i32 %1629, 16
	%1642 = icmp slt i32 %1641, %1620
	%1643 = getelementptr i16, i16* %1634, i64 1024
	%1644 = select i1 %1642, i16* %1643, i16* %1616
	%1645 = add i32 %1628, 2048
	%1646 = select i1 %1642, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1645, i16* %1644, i32 %1646)
	%1647 = add i32 %1629, 32
	%1648 = icmp slt i32 %1647, %1620
	%1649 = getelementptr i16, i16* %1634, i64 2048
	%1650 = select i1 %1648, i16* %1649, i16* %1616
	%1651 = add i32 %1628, u0x1000
	%1652 = select i1 %1648, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1651, i16* %1650, i32 %1652)
	%1653 = add i32 %1629, 48
	%1654 = icmp slt i32 %1653, %1620
	%1655 = getelementptr i16, i16* %1634, i64 3072
	%1656 = select i1 %1654, i16* %1655, i16* %1616
	%1657 = add i32 %1628, 6144
	%1658 = select i1 %1654, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1657, i16* %1656, i32 %1658)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1659 = and i32 %4, 7
	%1660 = lshr i32 %4, 3
	%1661 = and i32 %1660, 1
	%1662 = shl i32 %1661, 3
	%1663 = add i32 %1659, %1662
	%1664 = mul i32 %1663, 128
	%1665 = add i32 %1, %1664
	%1666 = and i32 %4, 7
	%1667 = xor i32 %107, %1666
	%1668 = shl i32 %1667, 4
	%1669 = add i32 %1665, %1668
	%1670 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1509, float %1507)
	%1671 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1561, float %1559)
	%1672 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1513, float %1511)
	%1673 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1565, float %1563)
	%1674 = xor i32 %1669, 0
	%1675 = add i32 %1674, 0
	%1676 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1675)
	%1677 = extractvalue { i32, i32, i32, i32 } %1676, 0
	%1678 = extractvalue { i32, i32, i32, i32 } %1676, 1
	%1679 = extractvalue { i32, i32, i32, i32 } %1676, 2
	%1680 = extractvalue { i32, i32, i32, i32 } %1676, 3
	%1681 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1677, i32 %1678, float %1468, float %1469, float %1470, float %1471)
	%1682 = extractvalue { float, float, float, float } %1681, 0
	%1683 = extractvalue { float, float, float, float } %1681, 1
	%1684 = extractvalue { float, float, float, float } %1681, 2
	%1685 = extractvalue { float, float, float, float } %1681, 3
	%1686 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1679, i32 %1680, float %1472, float %1473, float %1474, float %1475)
	%1687 = extractvalue { float, float, float, float } %1686, 0
	%1688 = extractvalue { float, float, float, float } %1686, 1
	%1689 = extractvalue { float, float, float, float } %1686, 2
	%1690 = extractvalue { float, float, float, float } %1686, 3
	%1691 = xor i32 %1669, 32
	%1692 = add i32 %1691, 0
	%1693 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1692)
	%1694 = extractvalue { i32, i32, i32, i32 } %1693, 0
	%1695 = extractvalue { i32, i32, i32, i32 } %1693, 1
	%1696 = extractvalue { i32, i32, i32, i32 } %1693, 2
	%1697 = extractvalue { i32, i32, i32, i32 } %1693, 3
	%1698 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1694, i32 %1695, float %1476, float %1477, float %1478, float %1479)
	%1699 = extractvalue { float, float, float, float } %1698, 0
	%1700 = extractvalue { float, float, float, float } %1698, 1
	%1701 = extractvalue { float, float, float, float } %1698, 2
	%1702 = extractvalue { float, float, float, float } %1698, 3
	%1703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1696, i32 %1697, float %1480, float %1481, float %1482, float %1483)
	%1704 = extractvalue { float, float, float, float } %1703, 0
	%1705 = extractvalue { float, float, float, float } %1703, 1
	%1706 = extractvalue { float, float, float, float } %1703, 2
	%1707 = extractvalue { float, float, float, float } %1703, 3
	%1708 = xor i32 %1669, 64
	%1709 = add i32 %1708, 0
	%1710 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1709)
	%1711 = extractvalue { i32, i32, i32, i32 } %1710, 0
	%1712 = extractvalue { i32, i32, i32, i32 } %1710, 1
	%1713 = extractvalue { i32, i32, i32, i32 } %1710, 2
	%1714 = extractvalue { i32, i32, i32, i32 } %1710, 3
	%1715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1711, i32 %1712, float %1484, float %1485, float %1486, float %1487)
	%1716 = extractvalue { float, float, float, float } %1715, 0
	%1717 = extractvalue { float, float, float, float } %1715, 1
	%1718 = extractvalue { float, float, float, float } %1715, 2
	%1719 = extractvalue { float, float, float, float } %1715, 3
	%1720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1713, i32 %1714, float %1488, float %1489, float %1490, float %1491)
	%1721 = extractvalue { float, float, float, float } %1720, 0
	%1722 = extractvalue { float, float, float, float } %1720, 1
	%1723 = extractvalue { float, float, float, float } %1720, 2
	%1724 = extractvalue { float, float, float, float } %1720, 3
	%1725 = xor i32 %1669, 96
	%1726 = add i32 %1725, 0
	%1727 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1726)
	%1728 = extractvalue { i32, i32, i32, i32 } %1727, 0
	%1729 = extractvalue { i32, i32, i32, i32 } %1727, 1
	%1730 = extractvalue { i32, i32, i32, i32 } %1727, 2
	%1731 = extractvalue { i32, i32, i32, i32 } %1727, 3
	%1732 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1728, i32 %1729, float %1492, float %1493, float %1494, float %1495)
	%1733 = extractvalue { float, float, float, float } %1732, 0
	%1734 = extractvalue { float, float, float, float } %1732, 1
	%1735 = extractvalue { float, float, float, float } %1732, 2
	%1736 = extractvalue { float, float, float, float } %1732, 3
	%1737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1730, i32 %1731, float %1496, float %1497, float %1498, float %1499)
	%1738 = extractvalue { float, float, float, float } %1737, 0
	%1739 = extractvalue { float, float, float, float } %1737, 1
	%1740 = extractvalue { float, float, float, float } %1737, 2
	%1741 = extractvalue { float, float, float, float } %1737, 3
	%1742 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1517, float %1515)
	%1743 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1569, float %1567)
	%1744 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1521, float %1519)
	%1745 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1573, float %1571)
	%1746 = xor i32 %1669, 0
	%1747 = add i32 %1746, 2048
	%1748 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1747)
	%1749 = extractvalue { i32, i32, i32, i32 } %1748, 0
	%1750 = extractvalue { i32, i32, i32, i32 } %1748, 1
	%1751 = extractvalue { i32, i32, i32, i32 } %1748, 2
	%1752 = extractvalue { i32, i32, i32, i32 } %1748, 3
	%1753 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1749, i32 %1750, float %1682, float %1683, float %1684, float %1685)
	%1754 = extractvalue { float, float, float, float } %1753, 0
	%1755 = extractvalue { float, float, float, float } %1753, 1
	%1756 = extractvalue { float, float, float, float } %1753, 2
	%1757 = extractvalue { float, float, float, float } %1753, 3
	%1758 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1751, i32 %1752, float %1687, float %1688, float %1689, float %1690)
	%1759 = extractvalue { float, float, float, float } %1758, 0
	%1760 = extractvalue { float, float, float, float } %1758, 1
	%1761 = extractvalue { float, float, float, float } %1758, 2
	%1762 = extractvalue { float, float, float, float } %1758, 3
	%1763 = xor i32 %1669, 32
	%1764 = add i32 %1763, 2048
	%1765 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1764)
	%1766 = extractvalue { i32, i32, i32, i32 } %1765, 0
	%1767 = extractvalue { i32, i32, i32, i32 } %1765, 1
	%1768 = extractvalue { i32, i32, i32, i32 } %1765, 2
	%1769 = extractvalue { i32, i32, i32, i32 } %1765, 3
	%1770 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1766, i32 %1767, float %1699, float %1700, float %1701, float %1702)
	%1771 = extractvalue { float, float, float, float } %1770, 0
	%1772 = extractvalue { float, float, float, float } %1770, 1
	%1773 = extractvalue { float, float, float, float } %1770, 2
	%1774 = extractvalue { float, float, float, float } %1770, 3
	%1775 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1768, i32 %1769, float %1704, float %1705, float %1706, float %1707)
	%1776 = extractvalue { float, float, float, float } %1775, 0
	%1777 = extractvalue { float, float, float, float } %1775, 1
	%1778 = extractvalue { float, float, float, float } %1775, 2
	%1779 = extractvalue { float, float, float, float } %1775, 3
	%1780 = xor i32 %1669, 64
	%1781 = add i32 %1780, 2048
	%1782 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1781)
	%1783 = extractvalue { i32, i32, i32, i32 } %1782, 0
	%1784 = extractvalue { i32, i32, i32, i32 } %1782, 1
	%1785 = extractvalue { i32, i32, i32, i32 } %1782, 2
	%1786 = extractvalue { i32, i32, i32, i32 } %1782, 3
	%1787 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1783, i32 %1784, float %1716, float %1717, float %1718, float %1719)
	%1788 = extractvalue { float, float, float, float } %1787, 0
	%1789 = extractvalue { float, float, float, float } %1787, 1
	%1790 = extractvalue { float, float, float, float } %1787, 2
	%1791 = extractvalue { float, float, float, float } %1787, 3
	%1792 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1785, i32 %1786, float %1721, float %1722, float %1723, float %1724)
	%1793 = extractvalue { float, float, float, float } %1792, 0
	%1794 = extractvalue { float, float, float, float } %1792, 1
	%1795 = extractvalue { float, float, float, float } %1792, 2
	%1796 = extractvalue { float, float, float, float } %1792, 3
	%1797 = xor i32 %1669, 96
	%1798 = add i32 %1797, 2048
	%1799 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1798)
	%1800 = extractvalue { i32, i32, i32, i32 } %1799, 0
	%1801 = extractvalue { i32, i32, i32, i32 } %1799, 1
	%1802 = extractvalue { i32, i32, i32, i32 } %1799, 2
	%1803 = extractvalue { i32, i32, i32, i32 } %1799, 3
	%1804 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1800, i32 %1801, float %1733, float %1734, float %1735, float %1736)
	%1805 = extractvalue { float, float, float, float } %1804, 0
	%1806 = extractvalue { float, float, float, float } %1804, 1
	%1807 = extractvalue { float, float, float, float } %1804, 2
	%1808 = extractvalue { float, float, float, float } %1804, 3
	%1809 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1802, i32 %1803, float %1738, float %1739, float %1740, float %1741)
	%1810 = extractvalue { float, float, float, float } %1809, 0
	%1811 = extractvalue { float, float, float, float } %1809, 1
	%1812 = extractvalue { float, float, float, float } %1809, 2
	%1813 = extractvalue { float, float, float, float } %1809, 3
	%1814 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1525, float %1523)
	%1815 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1577, float %1575)
	%1816 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1529, float %1527)
	%1817 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1581, float %1579)
	%1818 = xor i32 %1669, 0
	%1819 = add i32 %1818, u0x1000
	%1820 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1819)
	%1821 = extractvalue { i32, i32, i32, i32 } %1820, 0
	%1822 = extractvalue { i32, i32, i32, i32 } %1820, 1
	%1823 = extractvalue { i32, i32, i32, i32 } %1820, 2
	%1824 = extractvalue { i32, i32, i32, i32 } %1820, 3
	%1825 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1821, i32 %1822, float %1754, float %1755, float %1756, float %1757)
	%1826 = extractvalue { float, float, float, float } %1825, 0
	%1827 = extractvalue { float, float, float, float } %1825, 1
	%1828 = extractvalue { float, float, float, float } %1825, 2
	%1829 = extractvalue { float, float, float, float } %1825, 3
	%1830 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1823, i32 %1824, float %1759, float %1760, float %1761, float %1762)
	%1831 = extractvalue { float, float, float, float } %1830, 0
	%1832 = extractvalue { float, float, float, float } %1830, 1
	%1833 = extractvalue { float, float, float, float } %1830, 2
	%1834 = extractvalue { float, float, float, float } %1830, 3
	%1835 = xor i32 %1669, 32
	%1836 = add i32 %1835, u0x1000
	%1837 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1836)
	%1838 = extractvalue { i32, i32, i32, i32 } %1837, 0
	%1839 = extractvalue { i32, i32, i32, i32 } %1837, 1
	%1840 = extractvalue { i32, i32, i32, i32 } %1837, 2
	%1841 = extractvalue { i32, i32, i32, i32 } %1837, 3
	%1842 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1838, i32 %1839, float %1771, float %1772, float %1773, float %1774)
	%1843 = extractvalue { float, float, float, float } %1842, 0
	%1844 = extractvalue { float, float, float, float } %1842, 1
	%1845 = extractvalue { float, float, float, float } %1842, 2
	%1846 = extractvalue { float, float, float, float } %1842, 3
	%1847 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1840, i32 %1841, float %1776, float %1777, float %1778, float %1779)
	%1848 = extractvalue { float, float, float, float } %1847, 0
	%1849 = extractvalue { float, float, float, float } %1847, 1
	%1850 = extractvalue { float, float, float, float } %1847, 2
	%1851 = extractvalue { float, float, float, float } %1847, 3
	%1852 = xor i32 %1669, 64
	%1853 = add i32 %1852, u0x1000
	%1854 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1853)
	%1855 = extractvalue { i32, i32, i32, i32 } %1854, 0
	%1856 = extractvalue { i32, i32, i32, i32 } %1854, 1
	%1857 = extractvalue { i32, i32, i32, i32 } %1854, 2
	%1858 = extractvalue { i32, i32, i32, i32 } %1854, 3
	%1859 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1855, i32 %1856, float %1788, float %1789, float %1790, float %1791)
	%1860 = extractvalue { float, float, float, float } %1859, 0
	%1861 = extractvalue { float, float, float, float } %1859, 1
	%1862 = extractvalue { float, float, float, float } %1859, 2
	%1863 = extractvalue { float, float, float, float } %1859, 3
	%1864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1857, i32 %1858, float %1793, float %1794, float %1795, float %1796)
	%1865 = extractvalue { float, float, float, float } %1864, 0
	%1866 = extractvalue { float, float, float, float } %1864, 1
	%1867 = extractvalue { float, float, float, float } %1864, 2
	%1868 = extractvalue { float, float, float, float } %1864, 3
	%1869 = xor i32 %1669, 96
	%1870 = add i32 %1869, u0x1000
	%1871 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1870)
	%1872 = extractvalue { i32, i32, i32, i32 } %1871, 0
	%1873 = extractvalue { i32, i32, i32, i32 } %1871, 1
	%1874 = extractvalue { i32, i32, i32, i32 } %1871, 2
	%1875 = extractvalue { i32, i32, i32, i32 } %1871, 3
	%1876 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1872, i32 %1873, float %1805, float %1806, float %1807, float %1808)
	%1877 = extractvalue { float, float, float, float } %1876, 0
	%1878 = extractvalue { float, float, float, float } %1876, 1
	%1879 = extractvalue { float, float, float, float } %1876, 2
	%1880 = extractvalue { float, float, float, float } %1876, 3
	%1881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1874, i32 %1875, float %1810, float %1811, float %1812, float %1813)
	%1882 = extractvalue { float, float, float, float } %1881, 0
	%1883 = extractvalue { float, float, float, float } %1881, 1
	%1884 = extractvalue { float, float, float, float } %1881, 2
	%1885 = extractvalue { float, float, float, float } %1881, 3
	%1886 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1533, float %1531)
	%1887 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1585, float %1583)
	%1888 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1537, float %1535)
	%1889 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1589, float %1587)
	%1890 = xor i32 %1669, 0
	%1891 = add i32 %1890, 6144
	%1892 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1891)
	%1893 = extractvalue { i32, i32, i32, i32 } %1892, 0
	%1894 = extractvalue { i32, i32, i32, i32 } %1892, 1
	%1895 = extractvalue { i32, i32, i32, i32 } %1892, 2
	%1896 = extractvalue { i32, i32, i32, i32 } %1892, 3
	%1897 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1893, i32 %1894, float %1826, float %1827, float %1828, float %1829)
	%1898 = extractvalue { float, float, float, float } %1897, 0
	%1899 = extractvalue { float, float, float, float } %1897, 1
	%1900 = extractvalue { float, float, float, float } %1897, 2
	%1901 = extractvalue { float, float, float, float } %1897, 3
	%1902 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1895, i32 %1896, float %1831, float %1832, float %1833, float %1834)
	%1903 = extractvalue { float, float, float, float } %1902, 0
	%1904 = extractvalue { float, float, float, float } %1902, 1
	%1905 = extractvalue { float, float, float, float } %1902, 2
	%1906 = extractvalue { float, float, float, float } %1902, 3
	%1907 = xor i32 %1669, 32
	%1908 = add i32 %1907, 6144
	%1909 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1908)
	%1910 = extractvalue { i32, i32, i32, i32 } %1909, 0
	%1911 = extractvalue { i32, i32, i32, i32 } %1909, 1
	%1912 = extractvalue { i32, i32, i32, i32 } %1909, 2
	%1913 = extractvalue { i32, i32, i32, i32 } %1909, 3
	%1914 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1910, i32 %1911, float %1843, float %1844, float %1845, float %1846)
	%1915 = extractvalue { float, float, float, float } %1914, 0
	%1916 = extractvalue { float, float, float, float } %1914, 1
	%1917 = extractvalue { float, float, float, float } %1914, 2
	%1918 = extractvalue { float, float, float, float } %1914, 3
	%1919 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1912, i32 %1913, float %1848, float %1849, float %1850, float %1851)
	%1920 = extractvalue { float, float, float, float } %1919, 0
	%1921 = extractvalue { float, float, float, float } %1919, 1
	%1922 = extractvalue { float, float, float, float } %1919, 2
	%1923 = extractvalue { float, float, float, float } %1919, 3
	%1924 = xor i32 %1669, 64
	%1925 = add i32 %1924, 6144
	%1926 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1925)
	%1927 = extractvalue { i32, i32, i32, i32 } %1926, 0
	%1928 = extractvalue { i32, i32, i32, i32 } %1926, 1
	%1929 = extractvalue { i32, i32, i32, i32 } %1926, 2
	%1930 = extractvalue { i32, i32, i32, i32 } %1926, 3
	%1931 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1927, i32 %1928, float %1860, float %1861, float %1862, float %1863)
	%1932 = extractvalue { float, float, float, float } %1931, 0
	%1933 = extractvalue { float, float, float, float } %1931, 1
	%1934 = extractvalue { float, float, float, float } %1931, 2
	%1935 = extractvalue { float, float, float, float } %1931, 3
	%1936 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1929, i32 %1930, float %1865, float %1866, float %1867, float %1868)
	%1937 = extractvalue { float, float, float, float } %1936, 0
	%1938 = extractvalue { float, float, float, float } %1936, 1
	%1939 = extractvalue { float, float, float, float } %1936, 2
	%1940 = extractvalue { float, float, float, float } %1936, 3
	%1941 = xor i32 %1669, 96
	%1942 = add i32 %1941, 6144
	%1943 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1942)
	%1944 = extractvalue { i32, i32, i32, i32 } %1943, 0
	%1945 = extractvalue { i32, i32, i32, i32 } %1943, 1
	%1946 = extractvalue { i32, i32, i32, i32 } %1943, 2
	%1947 = extractvalue { i32, i32, i32, i32 } %1943, 3
	%1948 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1944, i32 %1945, float %1877, float %1878, float %1879, float %1880)
	%1949 = extractvalue { float, float, float, float } %1948, 0
	%1950 = extractvalue { float, float, float, float } %1948, 1
	%1951 = extractvalue { float, float, float, float } %1948, 2
	%1952 = extractvalue { float, float, float, float } %1948, 3
	%1953 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1946, i32 %1947, float %1882, float %1883, float %1884, float %1885)
	%1954 = extractvalue { float, float, float, float } %1953, 0
	%1955 = extractvalue { float, float, float, float } %1953, 1
	%1956 = extractvalue { float, float, float, float } %1953, 2
	%1957 = extractvalue { float, float, float, float } %1953, 3
	br i1 %1614, label %loop, label %epilogue

store0:
	%1958 = mul i32 %22, %M
	%1959 = add i32 %1958, %594
	%1960 = mul i32 %1959, 64
	%1961 = shl i32 %6, 1
	%1962 = add i32 0, %1961
	%1963 = add i32 %1960, %1962
	%1964 = sext i32 %1963 to i64
	%1965 = getelementptr i16, i16* %out, i64 %1964
	%1966 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %596, float %595)
	%1967 = bitcast i16* %1965 to i32*
	store i32 %1966, i32* %1967
	%1968 = shl i32 %6, 1
	%1969 = add i32 8, %1968
	%1970 = add i32 %1960, %1969
	%1971 = sext i32 %1970 to i64
	%1972 = getelementptr i16, i16* %out, i64 %1971
	%1973 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %598, float %597)
	%1974 = bitcast i16* %1972 to i32*
	store i32 %1973, i32* %1974
	%1975 = shl i32 %6, 1
	%1976 = add i32 16, %1975
	%1977 = add i32 %1960, %1976
	%1978 = sext i32 %1977 to i64
	%1979 = getelementptr i16, i16* %out, i64 %1978
	%1980 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %600, float %599)
	%1981 = bitcast i16* %1979 to i32*
	store i32 %1980, i32* %1981
	%1982 = shl i32 %6, 1
	%1983 = add i32 24, %1982
	%1984 = add i32 %1960, %1983
	%1985 = sext i32 %1984 to i64
	%1986 = getelementptr i16, i16* %out, i64 %1985
	%1987 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %602, float %601)
	%1988 = bitcast i16* %1986 to i32*
	store i32 %1987, i32* %1988
	%1989 = shl i32 %6, 1
	%1990 = add i32 32, %1989
	%1991 = add i32 %1960, %1990
	%1992 = sext i32 %1991 to i64
	%1993 = getelementptr i16, i16* %out, i64 %1992
	%1994 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %604, float %603)
	%1995 = bitcast i16* %1993 to i32*
	store i32 %1994, i32* %1995
	%1996 = shl i32 %6, 1
	%1997 = add i32 40, %1996
	%1998 = add i32 %1960, %1997
	%1999 = sext i32 %1998 to i64
	%2000 = getelementptr i16, i16* %out, i64 %1999
	%2001 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %606, float %605)
	%2002 = bitcast i16* %2000 to i32*
	store i32 %2001, i32* %2002
	%2003 = shl i32 %6, 1
	%2004 = add i32 48, %2003
	%2005 = add i32 %1960, %2004
	%2006 = sext i32 %2005 to i64
	%2007 = getelementptr i16, i16* %out, i64 %2006
	%2008 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %608, float %607)
	%2009 = bitcast i16* %2007 to i32*
	store i32 %2008, i32* %2009
	%2010 = shl i32 %6, 1
	%2011 = add i32 56, %2010
	%2012 = add i32 %1960, %2011
	%2013 = sext i32 %2012 to i64
	%2014 = getelementptr i16, i16* %out, i64 %2013
	%2015 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %610, float %609)
	%2016 = bitcast i16* %2014 to i32*
	store i32 %2015, i32* %2016
	br label %stored0

stored0:
	%2017 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %550, i32 1, i32 31)
	%2018 = fadd float %550, %2017
	%2019 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2018, i32 2, i32 31)
	%2020 = fadd float %2018, %2019
	%2021 = fcmp ogt float %2020, 0.0
	%2022 = fdiv float 1.0, %2020
	%2023 = select i1 %2021, float %2022, float 0.0
	%2024 = mul i32 %3, 16
	%2025 = add i32 %24, %2024
	%2026 = add i32 %5, 8
	%2027 = add i32 %2025, %2026
	%2028 = fmul float %554, %2023
	%2029 = fmul float %555, %2023
	%2030 = fmul float %558, %2023
	%2031 = fmul float %559, %2023
	%2032 = fmul float %562, %2023
	%2033 = fmul float %563, %2023
	%2034 = fmul float %566, %2023
	%2035 = fmul float %567, %2023
	%2036 = fmul float %570, %2023
	%2037 = fmul float %571, %2023
	%2038 = fmul float %574, %2023
	%2039 = fmul float %575, %2023
	%2040 = fmul float %578, %2023
	%2041 = fmul float %579, %2023
	%2042 = fmul float %582, %2023
	%2043 = fmul float %583, %2023
	%2044 = icmp slt i32 %2027, %M
	br i1 %2044, label %store1, label %stored1

store1:
	%2045 = mul i32 %22, %M
	%2046 = add i32 %2045, %2027
	%2047 = mul i32 %2046, 64
	%2048 = shl i32 %6, 1
	%2049 = add i32 0, %2048
	%2050 = add i32 %2047, %2049
	%2051 = sext i32 %2050 to i64
	%2052 = getelementptr i16, i16* %out, i64 %2051
	%2053 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2029, float %2028)
	%2054 = bitcast i16* %2052 to i32*
	store i32 %2053, i32* %2054
	%2055 = shl i32 %6, 1
	%2056 = add i32 8, %2055
	%2057 = add i32 %2047, %2056
	%2058 = sext i32 %2057 to i64
	%2059 = getelementptr i16, i16* %out, i64 %2058
	%2060 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2031, float %2030)
	%2061 = bitcast i16* %2059 to i32*
	store i32 %2060, i32* %2061
	%2062 = shl i32 %6, 1
	%2063 = add i32 16, %2062
	%2064 = add i32 %2047, %2063
	%2065 = sext i32 %2064 to i64
	%2066 = getelementptr i16, i16* %out, i64 %2065
	%2067 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2033, float %2032)
	%2068 = bitcast i16* %2066 to i32*
	store i32 %2067, i32* %2068
	%2069 = shl i32 %6, 1
	%2070 = add i32 24, %2069
	%2071 = add i32 %2047, %2070
	%2072 = sext i32 %2071 to i64
	%2073 = getelementptr i16, i16* %out, i64 %2072
	%2074 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2035, float %2034)
	%2075 = bitcast i16* %2073 to i32*
	store i32 %2074, i32* %2075
	%2076 = shl i32 %6, 1
	%2077 = add i32 32, %2076
	%2078 = add i32 %2047, %2077
	%2079 = sext i32 %2078 to i64
	%2080 = getelementptr i16, i16* %out, i64 %2079
	%2081 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2037, float %2036)
	%2082 = bitcast i16* %2080 to i32*
	store i32 %2081, i32* %2082
	%2083 = shl i32 %6, 1
	%2084 = add i32 40, %2083
	%2085 = add i32 %2047, %2084
	%2086 = sext i32 %2085 to i64
	%2087 = getelementptr i16, i16* %out, i64 %2086
	%2088 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2039, float %2038)
	%2089 = bitcast i16* %2087 to i32*
	store i32 %2088, i32* %2089
	%2090 = shl i32 %6, 1
	%2091 = add i32 48, %2090
	%2092 = add i32 %2047, %2091
	%2093 = sext i32 %2092 to i64
	%2094 = getelementptr i16, i16* %out, i64 %2093
	%2095 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2041, float %2040)
	%2096 = bitcast i16* %2094 to i32*
	store i32 %2095, i32* %2096
	%2097 = shl i32 %6, 1
	%2098 = add i32 56, %2097
	%2099 = add i32 %2047, %2098
	%2100 = sext i32 %2099 to i64
	%2101 = getelementptr i16, i16* %out, i64 %2100
	%2102 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2043, float %2042)
	%2103 = bitcast i16* %2101 to i32*
	store i32 %2102, i32* %2103
	br label %stored1

stored1:
	ret void
}
