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
	%64 = icmp slt i32 1, %NK
	%65 = and i1 %63, %64
	%66 = select i1 %65, i32 1, i32 0
	%67 = add i32 %41, %66
	%68 = sext i32 %67 to i64
	%69 = getelementptr i32, i32* %list, i64 %68
	%70 = load i32, i32* %69
	%71 = select i1 %65, i32 %70, i32 -1
	%72 = icmp sge i32 %60, 0
	%73 = icmp slt i32 %60, %NK
	%74 = and i1 %72, %73
	%75 = select i1 %74, i32 %60, i32 0
	%76 = add i32 %45, %75
	%77 = sext i32 %76 to i64
	%78 = getelementptr i8, i8* %cls, i64 %77
	%79 = load i8, i8* %78
	%80 = lshr i32 %2, 3
	%81 = and i32 %2, 7
	%82 = and i32 %80, 7
	%83 = xor i32 %81, %82
	%84 = mul i32 %80, 8
	%85 = add i32 %84, %83
	%86 = shl i32 %85, 4
	%87 = add i32 %0, %86
	%88 = add i32 %24, %80
	%89 = mul i32 %88, 64
	%90 = mul i32 %81, 8
	%91 = add i32 %89, %90
	%92 = sext i32 %91 to i64
	%93 = getelementptr i16, i16* %28, i64 %92
	%94 = add i32 %88, 0
	%95 = icmp slt i32 %94, %M
	%96 = getelementptr i16, i16* %93, i64 0
	%97 = select i1 %95, i16* %96, i16* %28
	%98 = add i32 %87, 0
	%99 = select i1 %95, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %98, i16* %97, i32 %99)
	%100 = add i32 %88, 16
	%101 = icmp slt i32 %100, %M
	%102 = getelementptr i16, i16* %93, i64 1024
	%103 = select i1 %101, i16* %102, i16* %28
	%104 = add i32 %87, 2048
	%105 = select i1 %101, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %104, i16* %103, i32 %105)
	%106 = add i32 %88, 32
	%107 = icmp slt i32 %106, %M
	%108 = getelementptr i16, i16* %93, i64 2048
	%109 = select i1 %107, i16* %108, i16* %28
	%110 = add i32 %87, u0x1000
	%111 = select i1 %107, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %110, i16* %109, i32 %111)
	%112 = add i32 %88, 48
	%113 = icmp slt i32 %112, %M
	%114 = getelementptr i16, i16* %93, i64 3072
	%115 = select i1 %113, i16* %114, i16* %28
	%116 = add i32 %87, 6144
	%117 = select i1 %113, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %116, i16* %115, i32 %117)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %63, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%118 = and i32 %4, 7
	%119 = lshr i32 %4, 3
	%120 = and i32 %119, 1
	%121 = shl i32 %120, 3
	%122 = add i32 %118, %121
	%123 = lshr i32 %4, 4
	%124 = mul i32 %3, 16
	%125 = add i32 %122, 0
	%126 = add i32 %124, %125
	%127 = mul i32 %126, 128
	%128 = add i32 %0, %127
	%129 = and i32 %4, 7
	%130 = xor i32 %123, %129
	%131 = shl i32 %130, 4
	%132 = add i32 %128, %131
	%133 = xor i32 %132, 0
	%134 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %133)
	%135 = extractvalue { i32, i32, i32, i32 } %134, 0
	%136 = extractvalue { i32, i32, i32, i32 } %134, 1
	%137 = extractvalue { i32, i32, i32, i32 } %134, 2
	%138 = extractvalue { i32, i32, i32, i32 } %134, 3
	%139 = xor i32 %132, 32
	%140 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %139)
	%141 = extractvalue { i32, i32, i32, i32 } %140, 0
	%142 = extractvalue { i32, i32, i32, i32 } %140, 1
	%143 = extractvalue { i32, i32, i32, i32 } %140, 2
	%144 = extractvalue { i32, i32, i32, i32 } %140, 3
	%145 = xor i32 %132, 64
	%146 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %145)
	%147 = extractvalue { i32, i32, i32, i32 } %146, 0
	%148 = extractvalue { i32, i32, i32, i32 } %146, 1
	%149 = extractvalue { i32, i32, i32, i32 } %146, 2
	%150 = extractvalue { i32, i32, i32, i32 } %146, 3
	%151 = xor i32 %132, 96
	%152 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %151)
	%153 = extractvalue { i32, i32, i32, i32 } %152, 0
	%154 = extractvalue { i32, i32, i32, i32 } %152, 1
	%155 = extractvalue { i32, i32, i32, i32 } %152, 2
	%156 = extractvalue { i32, i32, i32, i32 } %152, 3
	call void @llvm.nvvm.barrier0()
	%157 = icmp sge i32 %60, %NK
	%158 = select i1 %157, i16* %49, i16* %32
	%159 = sub i32 %60, %NK
	%160 = select i1 %157, i32 %159, i32 %60
	%161 = mul i32 %160, 64
	%162 = select i1 %157, i32 %NK, i32 %N
	%163 = lshr i32 %2, 3
	%164 = and i32 %2, 7
	%165 = and i32 %163, 7
	%166 = xor i32 %164, %165
	%167 = mul i32 %163, 8
	%168 = add i32 %167, %166
	%169 = shl i32 %168, 4
	%170 = add i32 %0, %169
	%171 = add i32 %161, %163
	%172 = mul i32 %171, 64
	%173 = mul i32 %164, 8
	%174 = add i32 %172, %173
	%175 = sext i32 %174 to i64
	%176 = getelementptr i16, i16* %158, i64 %175
	%177 = add i32 %171, 0
	%178 = icmp slt i32 %177, %162
	%179 = getelementptr i16, i16* %176, i64 0
	%180 = select i1 %178, i16* %179, i16* %158
	%181 = add i32 %170, 0
	%182 = select i1 %178, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %181, i16* %180, i32 %182)
	%183 = add i32 %171, 16
	%184 = icmp slt i32 %183, %162
	%185 = getelementptr i16, i16* %176, i64 1024
	%186 = select i1 %184, i16* %185, i16* %158
	%187 = add i32 %170, 2048
	%188 = select i1 %184, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %187, i16* %186, i32 %188)
	%189 = add i32 %171, 32
	%190 = icmp slt i32 %189, %162
	%191 = getelementptr i16, i16* %176, i64 2048
	%192 = select i1 %190, i16* %191, i16* %158
	%193 = add i32 %170, u0x1000
	%194 = select i1 %190, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %193, i16* %192, i32 %194)
	%195 = add i32 %171, 48
	%196 = icmp slt i32 %195, %162
	%197 = getelementptr i16, i16* %176, i64 3072
	%198 = select i1 %196, i16* %197, i16* %158
	%199 = add i32 %170, 6144
	%200 = select i1 %196, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %199, i16* %198, i32 %200)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%201 = phi i32 [ 0, %prologue ], [ %1620, %pv ]
	%202 = phi i32 [ %60, %prologue ], [ %203, %pv ]
	%203 = phi i32 [ %71, %prologue ], [ %1630, %pv ]
	%204 = phi i8 [ %79, %prologue ], [ %1638, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1922, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1923, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1924, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1925, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1927, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1928, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1929, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1930, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1939, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1940, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1941, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1942, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1944, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1945, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1946, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1947, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1956, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1957, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1958, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1959, %pv ]
	%225 = phi float [ 0.0, %prologue ], [ %1961, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1962, %pv ]
	%227 = phi float [ 0.0, %prologue ], [ %1963, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1964, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1973, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1974, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1975, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %1976, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1978, %pv ]
	%234 = phi float [ 0.0, %prologue ], [ %1979, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1980, %pv ]
	%236 = phi float [ 0.0, %prologue ], [ %1981, %pv ]
	%237 = phi float [ 0xFFF0000000000000, %prologue ], [ %1516, %pv ]
	%238 = phi float [ 0.0, %prologue ], [ %1567, %pv ]
	%239 = phi float [ 0xFFF0000000000000, %prologue ], [ %1568, %pv ]
	%240 = phi float [ 0.0, %prologue ], [ %1619, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%241 = mul i32 %202, 64
	%242 = icmp sge i32 %202, %NK
	%243 = select i1 %242, i16* %53, i16* %36
	%244 = sub i32 %202, %NK
	%245 = select i1 %242, i32 %244, i32 %202
	%246 = mul i32 %245, 64
	%247 = select i1 %242, i32 %NK, i32 %N
	%248 = lshr i32 %2, 3
	%249 = and i32 %2, 7
	%250 = and i32 %248, 7
	%251 = xor i32 %249, %250
	%252 = mul i32 %248, 8
	%253 = add i32 %252, %251
	%254 = shl i32 %253, 4
	%255 = add i32 %1, %254
	%256 = add i32 %246, %248
	%257 = mul i32 %256, 64
	%258 = mul i32 %249, 8
	%259 = add i32 %257, %258
	%260 = sext i32 %259 to i64
	%261 = getelementptr i16, i16* %243, i64 %260
	%262 = add i32 %256, 0
	%263 = icmp slt i32 %262, %247
	%264 = getelementptr i16, i16* %261, i64 0
	%265 = select i1 %263, i16* %264, i16* %243
	%266 = add i32 %255, 0
	%267 = select i1 %263, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %266, i16* %265, i32 %267)
	%268 = add i32 %256, 16
	%269 = icmp slt i32 %268, %247
	%270 = getelementptr i16, i16* %261, i64 1024
	%271 = select i1 %269, i16* %270, i16* %243
	%272 = add i32 %255, 2048
	%273 = select i1 %269, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %272, i16* %271, i32 %273)
	%274 = add i32 %256, 32
	%275 = icmp slt i32 %274, %247
	%276 = getelementptr i16, i16* %261, i64 2048
	%277 = select i1 %275, i16* %276, i16* %243
	%278 = add i32 %255, u0x1000
	%279 = select i1 %275, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %278, i16* %277, i32 %279)
	%280 = add i32 %256, 48
	%281 = icmp slt i32 %280, %247
	%282 = getelementptr i16, i16* %261, i64 3072
	%283 = select i1 %281, i16* %282, i16* %243
	%284 = add i32 %255, 6144
	%285 = select i1 %281, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %284, i16* %283, i32 %285)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%286 = and i32 %4, 7
	%287 = shl i32 %123, 3
	%288 = add i32 %286, %287
	%289 = lshr i32 %4, 3
	%290 = and i32 %289, 1
	%291 = mul i32 %288, 128
	%292 = add i32 %0, %291
	%293 = and i32 %4, 7
	%294 = xor i32 %290, %293
	%295 = shl i32 %294, 4
	%296 = add i32 %292, %295
	%297 = xor i32 %296, 0
	%298 = add i32 %297, 0
	%299 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %298)
	%300 = extractvalue { i32, i32, i32, i32 } %299, 0
	%301 = extractvalue { i32, i32, i32, i32 } %299, 1
	%302 = extractvalue { i32, i32, i32, i32 } %299, 2
	%303 = extractvalue { i32, i32, i32, i32 } %299, 3
	%304 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %135, i32 %136, i32 %137, i32 %138, i32 %300, i32 %301, float 0.0, float 0.0, float 0.0, float 0.0)
	%305 = extractvalue { float, float, float, float } %304, 0
	%306 = extractvalue { float, float, float, float } %304, 1
	%307 = extractvalue { float, float, float, float } %304, 2
	%308 = extractvalue { float, float, float, float } %304, 3
	%309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %135, i32 %136, i32 %137, i32 %138, i32 %302, i32 %303, float 0.0, float 0.0, float 0.0, float 0.0)
	%310 = extractvalue { float, float, float, float } %309, 0
	%311 = extractvalue { float, float, float, float } %309, 1
	%312 = extractvalue { float, float, float, float } %309, 2
	%313 = extractvalue { float, float, float, float } %309, 3
	%314 = add i32 %297, 2048
	%315 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %314)
	%316 = extractvalue { i32, i32, i32, i32 } %315, 0
	%317 = extractvalue { i32, i32, i32, i32 } %315, 1
	%318 = extractvalue { i32, i32, i32, i32 } %315, 2
	%319 = extractvalue { i32, i32, i32, i32 } %315, 3
	%320 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %135, i32 %136, i32 %137, i32 %138, i32 %316, i32 %317, float 0.0, float 0.0, float 0.0, float 0.0)
	%321 = extractvalue { float, float, float, float } %320, 0
	%322 = extractvalue { float, float, float, float } %320, 1
	%323 = extractvalue { float, float, float, float } %320, 2
	%324 = extractvalue { float, float, float, float } %320, 3
	%325 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %135, i32 %136, i32 %137, i32 %138, i32 %318, i32 %319, float 0.0, float 0.0, float 0.0, float 0.0)
	%326 = extractvalue { float, float, float, float } %325, 0
	%327 = extractvalue { float, float, float, float } %325, 1
	%328 = extractvalue { float, float, float, float } %325, 2
	%329 = extractvalue { float, float, float, float } %325, 3
	%330 = add i32 %297, u0x1000
	%331 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %330)
	%332 = extractvalue { i32, i32, i32, i32 } %331, 0
	%333 = extractvalue { i32, i32, i32, i32 } %331, 1
	%334 = extractvalue { i32, i32, i32, i32 } %331, 2
	%335 = extractvalue { i32, i32, i32, i32 } %331, 3
	%336 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %135, i32 %136, i32 %137, i32 %138, i32 %332, i32 %333, float 0.0, float 0.0, float 0.0, float 0.0)
	%337 = extractvalue { float, float, float, float } %336, 0
	%338 = extractvalue { float, float, float, float } %336, 1
	%339 = extractvalue { float, float, float, float } %336, 2
	%340 = extractvalue { float, float, float, float } %336, 3
	%341 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %135, i32 %136, i32 %137, i32 %138, i32 %334, i32 %335, float 0.0, float 0.0, float 0.0, float 0.0)
	%342 = extractvalue { float, float, float, float } %341, 0
	%343 = extractvalue { float, float, float, float } %341, 1
	%344 = extractvalue { float, float, float, float } %341, 2
	%345 = extractvalue { float, float, float, float } %341, 3
	%346 = add i32 %297, 6144
	%347 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %346)
	%348 = extractvalue { i32, i32, i32, i32 } %347, 0
	%349 = extractvalue { i32, i32, i32, i32 } %347, 1
	%350 = extractvalue { i32, i32, i32, i32 } %347, 2
	%351 = extractvalue { i32, i32, i32, i32 } %347, 3
	%352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %135, i32 %136, i32 %137, i32 %138, i32 %348, i32 %349, float 0.0, float 0.0, float 0.0, float 0.0)
	%353 = extractvalue { float, float, float, float } %352, 0
	%354 = extractvalue { float, float, float, float } %352, 1
	%355 = extractvalue { float, float, float, float } %352, 2
	%356 = extractvalue { float, float, float, float } %352, 3
	%357 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %135, i32 %136, i32 %137, i32 %138, i32 %350, i32 %351, float 0.0, float 0.0, float 0.0, float 0.0)
	%358 = extractvalue { float, float, float, float } %357, 0
	%359 = extractvalue { float, float, float, float } %357, 1
	%360 = extractvalue { float, float, float, float } %357, 2
	%361 = extractvalue { float, float, float, float } %357, 3
	%362 = xor i32 %296, 32
	%363 = add i32 %362, 0
	%364 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %363)
	%365 = extractvalue { i32, i32, i32, i32 } %364, 0
	%366 = extractvalue { i32, i32, i32, i32 } %364, 1
	%367 = extractvalue { i32, i32, i32, i32 } %364, 2
	%368 = extractvalue { i32, i32, i32, i32 } %364, 3
	%369 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %141, i32 %142, i32 %143, i32 %144, i32 %365, i32 %366, float %305, float %306, float %307, float %308)
	%370 = extractvalue { float, float, float, float } %369, 0
	%371 = extractvalue { float, float, float, float } %369, 1
	%372 = extractvalue { float, float, float, float } %369, 2
	%373 = extractvalue { float, float, float, float } %369, 3
	%374 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %141, i32 %142, i32 %143, i32 %144, i32 %367, i32 %368, float %310, float %311, float %312, float %313)
	%375 = extractvalue { float, float, float, float } %374, 0
	%376 = extractvalue { float, float, float, float } %374, 1
	%377 = extractvalue { float, float, float, float } %374, 2
	%378 = extractvalue { float, float, float, float } %374, 3
	%379 = add i32 %362, 2048
	%380 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %379)
	%381 = extractvalue { i32, i32, i32, i32 } %380, 0
	%382 = extractvalue { i32, i32, i32, i32 } %380, 1
	%383 = extractvalue { i32, i32, i32, i32 } %380, 2
	%384 = extractvalue { i32, i32, i32, i32 } %380, 3
	%385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %141, i32 %142, i32 %143, i32 %144, i32 %381, i32 %382, float %321, float %322, float %323, float %324)
	%386 = extractvalue { float, float, float, float } %385, 0
	%387 = extractvalue { float, float, float, float } %385, 1
	%388 = extractvalue { float, float, float, float } %385, 2
	%389 = extractvalue { float, float, float, float } %385, 3
	%390 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %141, i32 %142, i32 %143, i32 %144, i32 %383, i32 %384, float %326, float %327, float %328, float %329)
	%391 = extractvalue { float, float, float, float } %390, 0
	%392 = extractvalue { float, float, float, float } %390, 1
	%393 = extractvalue { float, float, float, float } %390, 2
	%394 = extractvalue { float, float, float, float } %390, 3
	%395 = add i32 %362, u0x1000
	%396 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %395)
	%397 = extractvalue { i32, i32, i32, i32 } %396, 0
	%398 = extractvalue { i32, i32, i32, i32 } %396, 1
	%399 = extractvalue { i32, i32, i32, i32 } %396, 2
	%400 = extractvalue { i32, i32, i32, i32 } %396, 3
	%401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %141, i32 %142, i32 %143, i32 %144, i32 %397, i32 %398, float %337, float %338, float %339, float %340)
	%402 = extractvalue { float, float, float, float } %401, 0
	%403 = extractvalue { float, float, float, float } %401, 1
	%404 = extractvalue { float, float, float, float } %401, 2
	%405 = extractvalue { float, float, float, float } %401, 3
	%406 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %141, i32 %142, i32 %143, i32 %144, i32 %399, i32 %400, float %342, float %343, float %344, float %345)
	%407 = extractvalue { float, float, float, float } %406, 0
	%408 = extractvalue { float, float, float, float } %406, 1
	%409 = extractvalue { float, float, float, float } %406, 2
	%410 = extractvalue { float, float, float, float } %406, 3
	%411 = add i32 %362, 6144
	%412 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %411)
	%413 = extractvalue { i32, i32, i32, i32 } %412, 0
	%414 = extractvalue { i32, i32, i32, i32 } %412, 1
	%415 = extractvalue { i32, i32, i32, i32 } %412, 2
	%416 = extractvalue { i32, i32, i32, i32 } %412, 3
	%417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %141, i32 %142, i32 %143, i32 %144, i32 %413, i32 %414, float %353, float %354, float %355, float %356)
	%418 = extractvalue { float, float, float, float } %417, 0
	%419 = extractvalue { float, float, float, float } %417, 1
	%420 = extractvalue { float, float, float, float } %417, 2
	%421 = extractvalue { float, float, float, float } %417, 3
	%422 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %141, i32 %142, i32 %143, i32 %144, i32 %415, i32 %416, float %358, float %359, float %360, float %361)
	%423 = extractvalue { float, float, float, float } %422, 0
	%424 = extractvalue { float, float, float, float } %422, 1
	%425 = extractvalue { float, float, float, float } %422, 2
	%426 = extractvalue { float, float, float, float } %422, 3
	%427 = xor i32 %296, 64
	%428 = add i32 %427, 0
	%429 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %428)
	%430 = extractvalue { i32, i32, i32, i32 } %429, 0
	%431 = extractvalue { i32, i32, i32, i32 } %429, 1
	%432 = extractvalue { i32, i32, i32, i32 } %429, 2
	%433 = extractvalue { i32, i32, i32, i32 } %429, 3
	%434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %147, i32 %148, i32 %149, i32 %150, i32 %430, i32 %431, float %370, float %371, float %372, float %373)
	%435 = extractvalue { float, float, float, float } %434, 0
	%436 = extractvalue { float, float, float, float } %434, 1
	%437 = extractvalue { float, float, float, float } %434, 2
	%438 = extractvalue { float, float, float, float } %434, 3
	%439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %147, i32 %148, i32 %149, i32 %150, i32 %432, i32 %433, float %375, float %376, float %377, float %378)
	%440 = extractvalue { float, float, float, float } %439, 0
	%441 = extractvalue { float, float, float, float } %439, 1
	%442 = extractvalue { float, float, float, float } %439, 2
	%443 = extractvalue { float, float, float, float } %439, 3
	%444 = add i32 %427, 2048
	%445 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %444)
	%446 = extractvalue { i32, i32, i32, i32 } %445, 0
	%447 = extractvalue { i32, i32, i32, i32 } %445, 1
	%448 = extractvalue { i32, i32, i32, i32 } %445, 2
	%449 = extractvalue { i32, i32, i32, i32 } %445, 3
	%450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %147, i32 %148, i32 %149, i32 %150, i32 %446, i32 %447, float %386, float %387, float %388, float %389)
	%451 = extractvalue { float, float, float, float } %450, 0
	%452 = extractvalue { float, float, float, float } %450, 1
	%453 = extractvalue { float, float, float, float } %450, 2
	%454 = extractvalue { float, float, float, float } %450, 3
	%455 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %147, i32 %148, i32 %149, i32 %150, i32 %448, i32 %449, float %391, float %392, float %393, float %394)
	%456 = extractvalue { float, float, float, float } %455, 0
	%457 = extractvalue { float, float, float, float } %455, 1
	%458 = extractvalue { float, float, float, float } %455, 2
	%459 = extractvalue { float, float, float, float } %455, 3
	%460 = add i32 %427, u0x1000
	%461 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %460)
	%462 = extractvalue { i32, i32, i32, i32 } %461, 0
	%463 = extractvalue { i32, i32, i32, i32 } %461, 1
	%464 = extractvalue { i32, i32, i32, i32 } %461, 2
	%465 = extractvalue { i32, i32, i32, i32 } %461, 3
	%466 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %147, i32 %148, i32 %149, i32 %150, i32 %462, i32 %463, float %402, float %403, float %404, float %405)
	%467 = extractvalue { float, float, float, float } %466, 0
	%468 = extractvalue { float, float, float, float } %466, 1
	%469 = extractvalue { float, float, float, float } %466, 2
	%470 = extractvalue { float, float, float, float } %466, 3
	%471 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %147, i32 %148, i32 %149, i32 %150, i32 %464, i32 %465, float %407, float %408, float %409, float %410)
	%472 = extractvalue { float, float, float, float } %471, 0
	%473 = extractvalue { float, float, float, float } %471, 1
	%474 = extractvalue { float, float, float, float } %471, 2
	%475 = extractvalue { float, float, float, float } %471, 3
	%476 = add i32 %427, 6144
	%477 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %476)
	%478 = extractvalue { i32, i32, i32, i32 } %477, 0
	%479 = extractvalue { i32, i32, i32, i32 } %477, 1
	%480 = extractvalue { i32, i32, i32, i32 } %477, 2
	%481 = extractvalue { i32, i32, i32, i32 } %477, 3
	%482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %147, i32 %148, i32 %149, i32 %150, i32 %478, i32 %479, float %418, float %419, float %420, float %421)
	%483 = extractvalue { float, float, float, float } %482, 0
	%484 = extractvalue { float, float, float, float } %482, 1
	%485 = extractvalue { float, float, float, float } %482, 2
	%486 = extractvalue { float, float, float, float } %482, 3
	%487 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %147, i32 %148, i32 %149, i32 %150, i32 %480, i32 %481, float %423, float %424, float %425, float %426)
	%488 = extractvalue { float, float, float, float } %487, 0
	%489 = extractvalue { float, float, float, float } %487, 1
	%490 = extractvalue { float, float, float, float } %487, 2
	%491 = extractvalue { float, float, float, float } %487, 3
	%492 = xor i32 %296, 96
	%493 = add i32 %492, 0
	%494 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %493)
	%495 = extractvalue { i32, i32, i32, i32 } %494, 0
	%496 = extractvalue { i32, i32, i32, i32 } %494, 1
	%497 = extractvalue { i32, i32, i32, i32 } %494, 2
	%498 = extractvalue { i32, i32, i32, i32 } %494, 3
	%499 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %153, i32 %154, i32 %155, i32 %156, i32 %495, i32 %496, float %435, float %436, float %437, float %438)
	%500 = extractvalue { float, float, float, float } %499, 0
	%501 = extractvalue { float, float, float, float } %499, 1
	%502 = extractvalue { float, float, float, float } %499, 2
	%503 = extractvalue { float, float, float, float } %499, 3
	%504 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %153, i32 %154, i32 %155, i32 %156, i32 %497, i32 %498, float %440, float %441, float %442, float %443)
	%505 = extractvalue { float, float, float, float } %504, 0
	%506 = extractvalue { float, float, float, float } %504, 1
	%507 = extractvalue { float, float, float, float } %504, 2
	%508 = extractvalue { float, float, float, float } %504, 3
	%509 = add i32 %492, 2048
	%510 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %509)
	%511 = extractvalue { i32, i32, i32, i32 } %510, 0
	%512 = extractvalue { i32, i32, i32, i32 } %510, 1
	%513 = extractvalue { i32, i32, i32, i32 } %510, 2
	%514 = extractvalue { i32, i32, i32, i32 } %510, 3
	%515 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %153, i32 %154, i32 %155, i32 %156, i32 %511, i32 %512, float %451, float %452, float %453, float %454)
	%516 = extractvalue { float, float, float, float } %515, 0
	%517 = extractvalue { float, float, float, float } %515, 1
	%518 = extractvalue { float, float, float, float } %515, 2
	%519 = extractvalue { float, float, float, float } %515, 3
	%520 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %153, i32 %154, i32 %155, i32 %156, i32 %513, i32 %514, float %456, float %457, float %458, float %459)
	%521 = extractvalue { float, float, float, float } %520, 0
	%522 = extractvalue { float, float, float, float } %520, 1
	%523 = extractvalue { float, float, float, float } %520, 2
	%524 = extractvalue { float, float, float, float } %520, 3
	%525 = add i32 %492, u0x1000
	%526 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %525)
	%527 = extractvalue { i32, i32, i32, i32 } %526, 0
	%528 = extractvalue { i32, i32, i32, i32 } %526, 1
	%529 = extractvalue { i32, i32, i32, i32 } %526, 2
	%530 = extractvalue { i32, i32, i32, i32 } %526, 3
	%531 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %153, i32 %154, i32 %155, i32 %156, i32 %527, i32 %528, float %467, float %468, float %469, float %470)
	%532 = extractvalue { float, float, float, float } %531, 0
	%533 = extractvalue { float, float, float, float } %531, 1
	%534 = extractvalue { float, float, float, float } %531, 2
	%535 = extractvalue { float, float, float, float } %531, 3
	%536 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %153, i32 %154, i32 %155, i32 %156, i32 %529, i32 %530, float %472, float %473, float %474, float %475)
	%537 = extractvalue { float, float, float, float } %536, 0
	%538 = extractvalue { float, float, float, float } %536, 1
	%539 = extractvalue { float, float, float, float } %536, 2
	%540 = extractvalue { float, float, float, float } %536, 3
	%541 = add i32 %492, 6144
	%542 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %541)
	%543 = extractvalue { i32, i32, i32, i32 } %542, 0
	%544 = extractvalue { i32, i32, i32, i32 } %542, 1
	%545 = extractvalue { i32, i32, i32, i32 } %542, 2
	%546 = extractvalue { i32, i32, i32, i32 } %542, 3
	%547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %153, i32 %154, i32 %155, i32 %156, i32 %543, i32 %544, float %483, float %484, float %485, float %486)
	%548 = extractvalue { float, float, float, float } %547, 0
	%549 = extractvalue { float, float, float, float } %547, 1
	%550 = extractvalue { float, float, float, float } %547, 2
	%551 = extractvalue { float, float, float, float } %547, 3
	%552 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %153, i32 %154, i32 %155, i32 %156, i32 %545, i32 %546, float %488, float %489, float %490, float %491)
	%553 = extractvalue { float, float, float, float } %552, 0
	%554 = extractvalue { float, float, float, float } %552, 1
	%555 = extractvalue { float, float, float, float } %552, 2
	%556 = extractvalue { float, float, float, float } %552, 3
	%557 = mul i32 %3, 16
	%558 = add i32 %24, %557
	%559 = add i32 %5, 0
	%560 = add i32 %558, %559
	%561 = mul i32 %3, 16
	%562 = add i32 %24, %561
	%563 = add i32 %5, 8
	%564 = add i32 %562, %563
	%565 = sitofp i32 %22 to float
	%566 = icmp sge i32 %202, %NK
	br i1 %566, label %meankeys, label %classify

epilogue:
	%567 = phi float [ 0.0, %entry ], [ %1567, %pv ]
	%568 = phi float [ 0.0, %entry ], [ %1619, %pv ]
	%569 = phi i32 [ 0, %entry ], [ %1620, %pv ]
	%570 = phi float [ 0.0, %entry ], [ %1922, %pv ]
	%571 = phi float [ 0.0, %entry ], [ %1923, %pv ]
	%572 = phi float [ 0.0, %entry ], [ %1924, %pv ]
	%573 = phi float [ 0.0, %entry ], [ %1925, %pv ]
	%574 = phi float [ 0.0, %entry ], [ %1927, %pv ]
	%575 = phi float [ 0.0, %entry ], [ %1928, %pv ]
	%576 = phi float [ 0.0, %entry ], [ %1929, %pv ]
	%577 = phi float [ 0.0, %entry ], [ %1930, %pv ]
	%578 = phi float [ 0.0, %entry ], [ %1939, %pv ]
	%579 = phi float [ 0.0, %entry ], [ %1940, %pv ]
	%580 = phi float [ 0.0, %entry ], [ %1941, %pv ]
	%581 = phi float [ 0.0, %entry ], [ %1942, %pv ]
	%582 = phi float [ 0.0, %entry ], [ %1944, %pv ]
	%583 = phi float [ 0.0, %entry ], [ %1945, %pv ]
	%584 = phi float [ 0.0, %entry ], [ %1946, %pv ]
	%585 = phi float [ 0.0, %entry ], [ %1947, %pv ]
	%586 = phi float [ 0.0, %entry ], [ %1956, %pv ]
	%587 = phi float [ 0.0, %entry ], [ %1957, %pv ]
	%588 = phi float [ 0.0, %entry ], [ %1958, %pv ]
	%589 = phi float [ 0.0, %entry ], [ %1959, %pv ]
	%590 = phi float [ 0.0, %entry ], [ %1961, %pv ]
	%591 = phi float [ 0.0, %entry ], [ %1962, %pv ]
	%592 = phi float [ 0.0, %entry ], [ %1963, %pv ]
	%593 = phi float [ 0.0, %entry ], [ %1964, %pv ]
	%594 = phi float [ 0.0, %entry ], [ %1973, %pv ]
	%595 = phi float [ 0.0, %entry ], [ %1974, %pv ]
	%596 = phi float [ 0.0, %entry ], [ %1975, %pv ]
	%597 = phi float [ 0.0, %entry ], [ %1976, %pv ]
	%598 = phi float [ 0.0, %entry ], [ %1978, %pv ]
	%599 = phi float [ 0.0, %entry ], [ %1979, %pv ]
	%600 = phi float [ 0.0, %entry ], [ %1980, %pv ]
	%601 = phi float [ 0.0, %entry ], [ %1981, %pv ]
	%602 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %567, i32 1, i32 31)
	%603 = fadd float %567, %602
	%604 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %603, i32 2, i32 31)
	%605 = fadd float %603, %604
	%606 = fcmp ogt float %605, 0.0
	%607 = fdiv float 1.0, %605
	%608 = select i1 %606, float %607, float 0.0
	%609 = mul i32 %3, 16
	%610 = add i32 %24, %609
	%611 = add i32 %5, 0
	%612 = add i32 %610, %611
	%613 = fmul float %570, %608
	%614 = fmul float %571, %608
	%615 = fmul float %574, %608
	%616 = fmul float %575, %608
	%617 = fmul float %578, %608
	%618 = fmul float %579, %608
	%619 = fmul float %582, %608
	%620 = fmul float %583, %608
	%621 = fmul float %586, %608
	%622 = fmul float %587, %608
	%623 = fmul float %590, %608
	%624 = fmul float %591, %608
	%625 = fmul float %594, %608
	%626 = fmul float %595, %608
	%627 = fmul float %598, %608
	%628 = fmul float %599, %608
	%629 = icmp slt i32 %612, %M
	br i1 %629, label %store0, label %stored0

meankeys:
	%630 = sub i32 %NK, 1
	%631 = mul i32 %630, 64
	%632 = sub i32 %N, %631
	%633 = sitofp i32 %632 to float
	%634 = call float @llvm.nvvm.lg2.approx.ftz.f(float %633)
	%635 = fmul float %634, 0x40162E4300000000
	%636 = shl i32 %6, 1
	%637 = add i32 0, %636
	%638 = add i32 %241, %637
	%639 = mul i32 %NK, 64
	%640 = sub i32 %638, %639
	%641 = icmp ult i32 %640, %NK
	%642 = select i1 %641, i32 %640, i32 0
	%643 = add i32 %56, %642
	%644 = sext i32 %643 to i64
	%645 = getelementptr i8, i8* %comp, i64 %644
	%646 = load i8, i8* %645
	%647 = icmp ne i8 %646, 0
	%648 = and i1 %641, %647
	%649 = fmul float 6.0, 0x40162E4300000000
	%650 = add i32 %640, 1
	%651 = icmp eq i32 %650, %NK
	%652 = select i1 %651, float %635, float %649
	%653 = fadd float %500, %652
	%654 = select i1 %648, float %653, float 0xFFF0000000000000
	%655 = shl i32 %6, 1
	%656 = add i32 1, %655
	%657 = add i32 %241, %656
	%658 = mul i32 %NK, 64
	%659 = sub i32 %657, %658
	%660 = icmp ult i32 %659, %NK
	%661 = select i1 %660, i32 %659, i32 0
	%662 = add i32 %56, %661
	%663 = sext i32 %662 to i64
	%664 = getelementptr i8, i8* %comp, i64 %663
	%665 = load i8, i8* %664
	%666 = icmp ne i8 %665, 0
	%667 = and i1 %660, %666
	%668 = fmul float 6.0, 0x40162E4300000000
	%669 = add i32 %659, 1
	%670 = icmp eq i32 %669, %NK
	%671 = select i1 %670, float %635, float %668
	%672 = fadd float %501, %671
	%673 = select i1 %667, float %672, float 0xFFF0000000000000
	%674 = fadd float %502, %652
	%675 = select i1 %648, float %674, float 0xFFF0000000000000
	%676 = fadd float %503, %671
	%677 = select i1 %667, float %676, float 0xFFF0000000000000
	%678 = shl i32 %6, 1
	%679 = add i32 8, %678
	%680 = add i32 %241, %679
	%681 = mul i32 %NK, 64
	%682 = sub i32 %680, %681
	%683 = icmp ult i32 %682, %NK
	%684 = select i1 %683, i32 %682, i32 0
	%685 = add i32 %56, %684
	%686 = sext i32 %685 to i64
	%687 = getelementptr i8, i8* %comp, i64 %686
	%688 = load i8, i8* %687
	%689 = icmp ne i8 %688, 0
	%690 = and i1 %683, %689
	%691 = fmul float 6.0, 0x40162E4300000000
	%692 = add i32 %682, 1
	%693 = icmp eq i32 %692, %NK
	%694 = select i1 %693, float %635, float %691
	%695 = fadd float %505, %694
	%696 = select i1 %690, float %695, float 0xFFF0000000000000
	%697 = shl i32 %6, 1
	%698 = add i32 9, %697
	%699 = add i32 %241, %698
	%700 = mul i32 %NK, 64
	%701 = sub i32 %699, %700
	%702 = icmp ult i32 %701, %NK
	%703 = select i1 %702, i32 %701, i32 0
	%704 = add i32 %56, %703
	%705 = sext i32 %704 to i64
	%706 = getelementptr i8, i8* %comp, i64 %705
	%707 = load i8, i8* %706
	%708 = icmp ne i8 %707, 0
	%709 = and i1 %702, %708
	%710 = fmul float 6.0, 0x40162E4300000000
	%711 = add i32 %701, 1
	%712 = icmp eq i32 %711, %NK
	%713 = select i1 %712, float %635, float %710
	%714 = fadd float %506, %713
	%715 = select i1 %709, float %714, float 0xFFF0000000000000
	%716 = fadd float %507, %694
	%717 = select i1 %690, float %716, float 0xFFF0000000000000
	%718 = fadd float %508, %713
	%719 = select i1 %709, float %718, float 0xFFF0000000000000
	%720 = shl i32 %6, 1
	%721 = add i32 16, %720
	%722 = add i32 %241, %721
	%723 = mul i32 %NK, 64
	%724 = sub i32 %722, %723
	%725 = icmp ult i32 %724, %NK
	%726 = select i1 %725, i32 %724, i32 0
	%727 = add i32 %56, %726
	%728 = sext i32 %727 to i64
	%729 = getelementptr i8, i8* %comp, i64 %728
	%730 = load i8, i8* %729
	%731 = icmp ne i8 %730, 0
	%732 = and i1 %725, %731
	%733 = fmul float 6.0, 0x40162E4300000000
	%734 = add i32 %724, 1
	%735 = icmp eq i32 %734, %NK
	%736 = select i1 %735, float %635, float %733
	%737 = fadd float %516, %736
	%738 = select i1 %732, float %737, float 0xFFF0000000000000
	%739 = shl i32 %6, 1
	%740 = add i32 17, %739
	%741 = add i32 %241, %740
	%742 = mul i32 %NK, 64
	%743 = sub i32 %741, %742
	%744 = icmp ult i32 %743, %NK
	%745 = select i1 %744, i32 %743, i32 0
	%746 = add i32 %56, %745
	%747 = sext i32 %746 to i64
	%748 = getelementptr i8, i8* %comp, i64 %747
	%749 = load i8, i8* %748
	%750 = icmp ne i8 %749, 0
	%751 = and i1 %744, %750
	%752 = fmul float 6.0, 0x40162E4300000000
	%753 = add i32 %743, 1
	%754 = icmp eq i32 %753, %NK
	%755 = select i1 %754, float %635, float %752
	%756 = fadd float %517, %755
	%757 = select i1 %751, float %756, float 0xFFF0000000000000
	%758 = fadd float %518, %736
	%759 = select i1 %732, float %758, float 0xFFF0000000000000
	%760 = fadd float %519, %755
	%761 = select i1 %751, float %760, float 0xFFF0000000000000
	%762 = shl i32 %6, 1
	%763 = add i32 24, %762
	%764 = add i32 %241, %763
	%765 = mul i32 %NK, 64
	%766 = sub i32 %764, %765
	%767 = icmp ult i32 %766, %NK
	%768 = select i1 %767, i32 %766, i32 0
	%769 = add i32 %56, %768
	%770 = sext i32 %769 to i64
	%771 = getelementptr i8, i8* %comp, i64 %770
	%772 = load i8, i8* %771
	%773 = icmp ne i8 %772, 0
	%774 = and i1 %767, %773
	%775 = fmul float 6.0, 0x40162E4300000000
	%776 = add i32 %766, 1
	%777 = icmp eq i32 %776, %NK
	%778 = select i1 %777, float %635, float %775
	%779 = fadd float %521, %778
	%780 = select i1 %774, float %779, float 0xFFF0000000000000
	%781 = shl i32 %6, 1
	%782 = add i32 25, %781
	%783 = add i32 %241, %782
	%784 = mul i32 %NK, 64
	%785 = sub i32 %783, %784
	%786 = icmp ult i32 %785, %NK
	%787 = select i1 %786, i32 %785, i32 0
	%788 = add i32 %56, %787
	%789 = sext i32 %788 to i64
	%790 = getelementptr i8, i8* %comp, i64 %789
	%791 = load i8, i8* %790
	%792 = icmp ne i8 %791, 0
	%793 = and i1 %786, %792
	%794 = fmul float 6.0, 0x40162E4300000000
	%795 = add i32 %785, 1
	%796 = icmp eq i32 %795, %NK
	%797 = select i1 %796, float %635, float %794
	%798 = fadd float %522, %797
	%799 = select i1 %793, float %798, float 0xFFF0000000000000
	%800 = fadd float %523, %778
	%801 = select i1 %774, float %800, float 0xFFF0000000000000
	%802 = fadd float %524, %797
	%803 = select i1 %793, float %802, float 0xFFF0000000000000
	%804 = shl i32 %6, 1
	%805 = add i32 32, %804
	%806 = add i32 %241, %805
	%807 = mul i32 %NK, 64
	%808 = sub i32 %806, %807
	%809 = icmp ult i32 %808, %NK
	%810 = select i1 %809, i32 %808, i32 0
	%811 = add i32 %56, %810
	%812 = sext i32 %811 to i64
	%813 = getelementptr i8, i8* %comp, i64 %812
	%814 = load i8, i8* %813
	%815 = icmp ne i8 %814, 0
	%816 = and i1 %809, %815
	%817 = fmul float 6.0, 0x40162E4300000000
	%818 = add i32 %808, 1
	%819 = icmp eq i32 %818, %NK
	%820 = select i1 %819, float %635, float %817
	%821 = fadd float %532, %820
	%822 = select i1 %816, float %821, float 0xFFF0000000000000
	%823 = shl i32 %6, 1
	%824 = add i32 33, %823
	%825 = add i32 %241, %824
	%826 = mul i32 %NK, 64
	%827 = sub i32 %825, %826
	%828 = icmp ult i32 %827, %NK
	%829 = select i1 %828, i32 %827, i32 0
	%830 = add i32 %56, %829
	%831 = sext i32 %830 to i64
	%832 = getelementptr i8, i8* %comp, i64 %831
	%833 = load i8, i8* %832
	%834 = icmp ne i8 %833, 0
	%835 = and i1 %828, %834
	%836 = fmul float 6.0, 0x40162E4300000000
	%837 = add i32 %827, 1
	%838 = icmp eq i32 %837, %NK
	%839 = select i1 %838, float %635, float %836
	%840 = fadd float %533, %839
	%841 = select i1 %835, float %840, float 0xFFF0000000000000
	%842 = fadd float %534, %820
	%843 = select i1 %816, float %842, float 0xFFF0000000000000
	%844 = fadd float %535, %839
	%845 = select i1 %835, float %844, float 0xFFF0000000000000
	%846 = shl i32 %6, 1
	%847 = add i32 40, %846
	%848 = add i32 %241, %847
	%849 = mul i32 %NK, 64
	%850 = sub i32 %848, %849
	%851 = icmp ult i32 %850, %NK
	%852 = select i1 %851, i32 %850, i32 0
	%853 = add i32 %56, %852
	%854 = sext i32 %853 to i64
	%855 = getelementptr i8, i8* %comp, i64 %854
	%856 = load i8, i8* %855
	%857 = icmp ne i8 %856, 0
	%858 = and i1 %851, %857
	%859 = fmul float 6.0, 0x40162E4300000000
	%860 = add i32 %850, 1
	%861 = icmp eq i32 %860, %NK
	%862 = select i1 %861, float %635, float %859
	%863 = fadd float %537, %862
	%864 = select i1 %858, float %863, float 0xFFF0000000000000
	%865 = shl i32 %6, 1
	%866 = add i32 41, %865
	%867 = add i32 %241, %866
	%868 = mul i32 %NK, 64
	%869 = sub i32 %867, %868
	%870 = icmp ult i32 %869, %NK
	%871 = select i1 %870, i32 %869, i32 0
	%872 = add i32 %56, %871
	%873 = sext i32 %872 to i64
	%874 = getelementptr i8, i8* %comp, i64 %873
	%875 = load i8, i8* %874
	%876 = icmp ne i8 %875, 0
	%877 = and i1 %870, %876
	%878 = fmul float 6.0, 0x40162E4300000000
	%879 = add i32 %869, 1
	%880 = icmp eq i32 %879, %NK
	%881 = select i1 %880, float %635, float %878
	%882 = fadd float %538, %881
	%883 = select i1 %877, float %882, float 0xFFF0000000000000
	%884 = fadd float %539, %862
	%885 = select i1 %858, float %884, float 0xFFF0000000000000
	%886 = fadd float %540, %881
	%887 = select i1 %877, float %886, float 0xFFF0000000000000
	%888 = shl i32 %6, 1
	%889 = add i32 48, %888
	%890 = add i32 %241, %889
	%891 = mul i32 %NK, 64
	%892 = sub i32 %890, %891
	%893 = icmp ult i32 %892, %NK
	%894 = select i1 %893, i32 %892, i32 0
	%895 = add i32 %56, %894
	%896 = sext i32 %895 to i64
	%897 = getelementptr i8, i8* %comp, i64 %896
	%898 = load i8, i8* %897
	%899 = icmp ne i8 %898, 0
	%900 = and i1 %893, %899
	%901 = fmul float 6.0, 0x40162E4300000000
	%902 = add i32 %892, 1
	%903 = icmp eq i32 %902, %NK
	%904 = select i1 %903, float %635, float %901
	%905 = fadd float %548, %904
	%906 = select i1 %900, float %905, float 0xFFF0000000000000
	%907 = shl i32 %6, 1
	%908 = add i32 49, %907
	%909 = add i32 %241, %908
	%910 = mul i32 %NK, 64
	%911 = sub i32 %909, %910
	%912 = icmp ult i32 %911, %NK
	%913 = select i1 %912, i32 %911, i32 0
	%914 = add i32 %56, %913
	%915 = sext i32 %914 to i64
	%916 = getelementptr i8, i8* %comp, i64 %915
	%917 = load i8, i8* %916
	%918 = icmp ne i8 %917, 0
	%919 = and i1 %912, %918
	%920 = fmul float 6.0, 0x40162E4300000000
	%921 = add i32 %911, 1
	%922 = icmp eq i32 %921, %NK
	%923 = select i1 %922, float %635, float %920
	%924 = fadd float %549, %923
	%925 = select i1 %919, float %924, float 0xFFF0000000000000
	%926 = fadd float %550, %904
	%927 = select i1 %900, float %926, float 0xFFF0000000000000
	%928 = fadd float %551, %923
	%929 = select i1 %919, float %928, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 56, %930
	%932 = add i32 %241, %931
	%933 = mul i32 %NK, 64
	%934 = sub i32 %932, %933
	%935 = icmp ult i32 %934, %NK
	%936 = select i1 %935, i32 %934, i32 0
	%937 = add i32 %56, %936
	%938 = sext i32 %937 to i64
	%939 = getelementptr i8, i8* %comp, i64 %938
	%940 = load i8, i8* %939
	%941 = icmp ne i8 %940, 0
	%942 = and i1 %935, %941
	%943 = fmul float 6.0, 0x40162E4300000000
	%944 = add i32 %934, 1
	%945 = icmp eq i32 %944, %NK
	%946 = select i1 %945, float %635, float %943
	%947 = fadd float %553, %946
	%948 = select i1 %942, float %947, float 0xFFF0000000000000
	%949 = shl i32 %6, 1
	%950 = add i32 57, %949
	%951 = add i32 %241, %950
	%952 = mul i32 %NK, 64
	%953 = sub i32 %951, %952
	%954 = icmp ult i32 %953, %NK
	%955 = select i1 %954, i32 %953, i32 0
	%956 = add i32 %56, %955
	%957 = sext i32 %956 to i64
	%958 = getelementptr i8, i8* %comp, i64 %957
	%959 = load i8, i8* %958
	%960 = icmp ne i8 %959, 0
	%961 = and i1 %954, %960
	%962 = fmul float 6.0, 0x40162E4300000000
	%963 = add i32 %953, 1
	%964 = icmp eq i32 %963, %NK
	%965 = select i1 %964, float %635, float %962
	%966 = fadd float %554, %965
	%967 = select i1 %961, float %966, float 0xFFF0000000000000
	%968 = fadd float %555, %946
	%969 = select i1 %942, float %968, float 0xFFF0000000000000
	%970 = fadd float %556, %965
	%971 = select i1 %961, float %970, float 0xFFF0000000000000
	br label %softmax

classify:
	%972 = icmp ne i8 %204, 2
	br i1 %972, label %partial, label %softmax

partial:
	%973 = shl i32 %6, 1
	%974 = add i32 0, %973
	%975 = add i32 %241, %974
	%976 = icmp slt i32 %975, %N
	%977 = select i1 %976, i32 %975, i32 0
	%978 = sitofp i32 %560 to float
	%979 = sitofp i32 %977 to float
	%980 = fcmp ole float %979, %978
	%981 = uitofp i1 %980 to float
	%982 = fcmp une float %981, 0.0
	%983 = and i1 %976, %982
	%984 = select i1 %983, float %500, float 0xFFF0000000000000
	%985 = shl i32 %6, 1
	%986 = add i32 1, %985
	%987 = add i32 %241, %986
	%988 = icmp slt i32 %987, %N
	%989 = select i1 %988, i32 %987, i32 0
	%990 = sitofp i32 %560 to float
	%991 = sitofp i32 %989 to float
	%992 = fcmp ole float %991, %990
	%993 = uitofp i1 %992 to float
	%994 = fcmp une float %993, 0.0
	%995 = and i1 %988, %994
	%996 = select i1 %995, float %501, float 0xFFF0000000000000
	%997 = shl i32 %6, 1
	%998 = add i32 0, %997
	%999 = add i32 %241, %998
	%1000 = icmp slt i32 %999, %N
	%1001 = select i1 %1000, i32 %999, i32 0
	%1002 = sitofp i32 %564 to float
	%1003 = sitofp i32 %1001 to float
	%1004 = fcmp ole float %1003, %1002
	%1005 = uitofp i1 %1004 to float
	%1006 = fcmp une float %1005, 0.0
	%1007 = and i1 %1000, %1006
	%1008 = select i1 %1007, float %502, float 0xFFF0000000000000
	%1009 = shl i32 %6, 1
	%1010 = add i32 1, %1009
	%1011 = add i32 %241, %1010
	%1012 = icmp slt i32 %1011, %N
	%1013 = select i1 %1012, i32 %1011, i32 0
	%1014 = sitofp i32 %564 to float
	%1015 = sitofp i32 %1013 to float
	%1016 = fcmp ole float %1015, %1014
	%1017 = uitofp i1 %1016 to float
	%1018 = fcmp une float %1017, 0.0
	%1019 = and i1 %1012, %1018
	%1020 = select i1 %1019, float %503, float 0xFFF0000000000000
	%1021 = shl i32 %6, 1
	%1022 = add i32 8, %1021
	%1023 = add i32 %241, %1022
	%1024 = icmp slt i32 %1023, %N
	%1025 = select i1 %1024, i32 %1023, i32 0
	%1026 = sitofp i32 %560 to float
	%1027 = sitofp i32 %1025 to float
	%1028 = fcmp ole float %1027, %1026
	%1029 = uitofp i1 %1028 to float
	%1030 = fcmp une float %1029, 0.0
	%1031 = and i1 %1024, %1030
	%1032 = select i1 %1031, float %505, float 0xFFF0000000000000
	%1033 = shl i32 %6, 1
	%1034 = add i32 9, %1033
	%1035 = add i32 %241, %1034
	%1036 = icmp slt i32 %1035, %N
	%1037 = select i1 %1036, i32 %1035, i32 0
	%1038 = sitofp i32 %560 to float
	%1039 = sitofp i32 %1037 to float
	%1040 = fcmp ole float %1039, %1038
	%1041 = uitofp i1 %1040 to float
	%1042 = fcmp une float %1041, 0.0
	%1043 = and i1 %1036, %1042
	%1044 = select i1 %1043, float %506, float 0xFFF0000000000000
	%1045 = shl i32 %6, 1
	%1046 = add i32 8, %1045
	%1047 = add i32 %241, %1046
	%1048 = icmp slt i32 %1047, %N
	%1049 = select i1 %1048, i32 %1047, i32 0
	%1050 = sitofp i32 %564 to float
	%1051 = sitofp i32 %1049 to float
	%1052 = fcmp ole float %1051, %1050
	%1053 = uitofp i1 %1052 to float
	%1054 = fcmp une float %1053, 0.0
	%1055 = and i1 %1048, %1054
	%1056 = select i1 %1055, float %507, float 0xFFF0000000000000
	%1057 = shl i32 %6, 1
	%1058 = add i32 9, %1057
	%1059 = add i32 %241, %1058
	%1060 = icmp slt i32 %1059, %N
	%1061 = select i1 %1060, i32 %1059, i32 0
	%1062 = sitofp i32 %564 to float
	%1063 = sitofp i32 %1061 to float
	%1064 = fcmp ole float %1063, %1062
	%1065 = uitofp i1 %1064 to float
	%1066 = fcmp une float %1065, 0.0
	%1067 = and i1 %1060, %1066
	%1068 = select i1 %1067, float %508, float 0xFFF0000000000000
	%1069 = shl i32 %6, 1
	%1070 = add i32 16, %1069
	%1071 = add i32 %241, %1070
	%1072 = icmp slt i32 %1071, %N
	%1073 = select i1 %1072, i32 %1071, i32 0
	%1074 = sitofp i32 %560 to float
	%1075 = sitofp i32 %1073 to float
	%1076 = fcmp ole float %1075, %1074
	%1077 = uitofp i1 %1076 to float
	%1078 = fcmp une float %1077, 0.0
	%1079 = and i1 %1072, %1078
	%1080 = select i1 %1079, float %516, float 0xFFF0000000000000
	%1081 = shl i32 %6, 1
	%1082 = add i32 17, %1081
	%1083 = add i32 %241, %1082
	%1084 = icmp slt i32 %1083, %N
	%1085 = select i1 %1084, i32 %1083, i32 0
	%1086 = sitofp i32 %560 to float
	%1087 = sitofp i32 %1085 to float
	%1088 = fcmp ole float %1087, %1086
	%1089 = uitofp i1 %1088 to float
	%1090 = fcmp une float %1089, 0.0
	%1091 = and i1 %1084, %1090
	%1092 = select i1 %1091, float %517, float 0xFFF0000000000000
	%1093 = shl i32 %6, 1
	%1094 = add i32 16, %1093
	%1095 = add i32 %241, %1094
	%1096 = icmp slt i32 %1095, %N
	%1097 = select i1 %1096, i32 %1095, i32 0
	%1098 = sitofp i32 %564 to float
	%1099 = sitofp i32 %1097 to float
	%1100 = fcmp ole float %1099, %1098
	%1101 = uitofp i1 %1100 to float
	%1102 = fcmp une float %1101, 0.0
	%1103 = and i1 %1096, %1102
	%1104 = select i1 %1103, float %518, float 0xFFF0000000000000
	%1105 = shl i32 %6, 1
	%1106 = add i32 17, %1105
	%1107 = add i32 %241, %1106
	%1108 = icmp slt i32 %1107, %N
	%1109 = select i1 %1108, i32 %1107, i32 0
	%1110 = sitofp i32 %564 to float
	%1111 = sitofp i32 %1109 to float
	%1112 = fcmp ole float %1111, %1110
	%1113 = uitofp i1 %1112 to float
	%1114 = fcmp une float %1113, 0.0
	%1115 = and i1 %1108, %1114
	%1116 = select i1 %1115, float %519, float 0xFFF0000000000000
	%1117 = shl i32 %6, 1
	%1118 = add i32 24, %1117
	%1119 = add i32 %241, %1118
	%1120 = icmp slt i32 %1119, %N
	%1121 = select i1 %1120, i32 %1119, i32 0
	%1122 = sitofp i32 %560 to float
	%1123 = sitofp i32 %1121 to float
	%1124 = fcmp ole float %1123, %1122
	%1125 = uitofp i1 %1124 to float
	%1126 = fcmp une float %1125, 0.0
	%1127 = and i1 %1120, %1126
	%1128 = select i1 %1127, float %521, float 0xFFF0000000000000
	%1129 = shl i32 %6, 1
	%1130 = add i32 25, %1129
	%1131 = add i32 %241, %1130
	%1132 = icmp slt i32 %1131, %N
	%1133 = select i1 %1132, i32 %1131, i32 0
	%1134 = sitofp i32 %560 to float
	%1135 = sitofp i32 %1133 to float
	%1136 = fcmp ole float %1135, %1134
	%1137 = uitofp i1 %1136 to float
	%1138 = fcmp une float %1137, 0.0
	%1139 = and i1 %1132, %1138
	%1140 = select i1 %1139, float %522, float 0xFFF0000000000000
	%1141 = shl i32 %6, 1
	%1142 = add i32 24, %1141
	%1143 = add i32 %241, %1142
	%1144 = icmp slt i32 %1143, %N
	%1145 = select i1 %1144, i32 %1143, i32 0
	%1146 = sitofp i32 %564 to float
	%1147 = sitofp i32 %1145 to float
	%1148 = fcmp ole float %1147, %1146
	%1149 = uitofp i1 %1148 to float
	%1150 = fcmp une float %1149, 0.0
	%1151 = and i1 %1144, %1150
	%1152 = select i1 %1151, float %523, float 0xFFF0000000000000
	%1153 = shl i32 %6, 1
	%1154 = add i32 25, %1153
	%1155 = add i32 %241, %1154
	%1156 = icmp slt i32 %1155, %N
	%1157 = select i1 %1156, i32 %1155, i32 0
	%1158 = sitofp i32 %564 to float
	%1159 = sitofp i32 %1157 to float
	%1160 = fcmp ole float %1159, %1158
	%1161 = uitofp i1 %1160 to float
	%1162 = fcmp une float %1161, 0.0
	%1163 = and i1 %1156, %1162
	%1164 = select i1 %1163, float %524, float 0xFFF0000000000000
	%1165 = shl i32 %6, 1
	%1166 = add i32 32, %1165
	%1167 = add i32 %241, %1166
	%1168 = icmp slt i32 %1167, %N
	%1169 = select i1 %1168, i32 %1167, i32 0
	%1170 = sitofp i32 %560 to float
	%1171 = sitofp i32 %1169 to float
	%1172 = fcmp ole float %1171, %1170
	%1173 = uitofp i1 %1172 to float
	%1174 = fcmp une float %1173, 0.0
	%1175 = and i1 %1168, %1174
	%1176 = select i1 %1175, float %532, float 0xFFF0000000000000
	%1177 = shl i32 %6, 1
	%1178 = add i32 33, %1177
	%1179 = add i32 %241, %1178
	%1180 = icmp slt i32 %1179, %N
	%1181 = select i1 %1180, i32 %1179, i32 0
	%1182 = sitofp i32 %560 to float
	%1183 = sitofp i32 %1181 to float
	%1184 = fcmp ole float %1183, %1182
	%1185 = uitofp i1 %1184 to float
	%1186 = fcmp une float %1185, 0.0
	%1187 = and i1 %1180, %1186
	%1188 = select i1 %1187, float %533, float 0xFFF0000000000000
	%1189 = shl i32 %6, 1
	%1190 = add i32 32, %1189
	%1191 = add i32 %241, %1190
	%1192 = icmp slt i32 %1191, %N
	%1193 = select i1 %1192, i32 %1191, i32 0
	%1194 = sitofp i32 %564 to float
	%1195 = sitofp i32 %1193 to float
	%1196 = fcmp ole float %1195, %1194
	%1197 = uitofp i1 %1196 to float
	%1198 = fcmp une float %1197, 0.0
	%1199 = and i1 %1192, %1198
	%1200 = select i1 %1199, float %534, float 0xFFF0000000000000
	%1201 = shl i32 %6, 1
	%1202 = add i32 33, %1201
	%1203 = add i32 %241, %1202
	%1204 = icmp slt i32 %1203, %N
	%1205 = select i1 %1204, i32 %1203, i32 0
	%1206 = sitofp i32 %564 to float
	%1207 = sitofp i32 %1205 to float
	%1208 = fcmp ole float %1207, %1206
	%1209 = uitofp i1 %1208 to float
	%1210 = fcmp une float %1209, 0.0
	%1211 = and i1 %1204, %1210
	%1212 = select i1 %1211, float %535, float 0xFFF0000000000000
	%1213 = shl i32 %6, 1
	%1214 = add i32 40, %1213
	%1215 = add i32 %241, %1214
	%1216 = icmp slt i32 %1215, %N
	%1217 = select i1 %1216, i32 %1215, i32 0
	%1218 = sitofp i32 %560 to float
	%1219 = sitofp i32 %1217 to float
	%1220 = fcmp ole float %1219, %1218
	%1221 = uitofp i1 %1220 to float
	%1222 = fcmp une float %1221, 0.0
	%1223 = and i1 %1216, %1222
	%1224 = select i1 %1223, float %537, float 0xFFF0000000000000
	%1225 = shl i32 %6, 1
	%1226 = add i32 41, %1225
	%1227 = add i32 %241, %1226
	%1228 = icmp slt i32 %1227, %N
	%1229 = select i1 %1228, i32 %1227, i32 0
	%1230 = sitofp i32 %560 to float
	%1231 = sitofp i32 %1229 to float
	%1232 = fcmp ole float %1231, %1230
	%1233 = uitofp i1 %1232 to float
	%1234 = fcmp une float %1233, 0.0
	%1235 = and i1 %1228, %1234
	%1236 = select i1 %1235, float %538, float 0xFFF0000000000000
	%1237 = shl i32 %6, 1
	%1238 = add i32 40, %1237
	%1239 = add i32 %241, %1238
	%1240 = icmp slt i32 %1239, %N
	%1241 = select i1 %1240, i32 %1239, i32 0
	%1242 = sitofp i32 %564 to float
	%1243 = sitofp i32 %1241 to float
	%1244 = fcmp ole float %1243, %1242
	%1245 = uitofp i1 %1244 to float
	%1246 = fcmp une float %1245, 0.0
	%1247 = and i1 %1240, %1246
	%1248 = select i1 %1247, float %539, float 0xFFF0000000000000
	%1249 = shl i32 %6, 1
	%1250 = add i32 41, %1249
	%1251 = add i32 %241, %1250
	%1252 = icmp slt i32 %1251, %N
	%1253 = select i1 %1252, i32 %1251, i32 0
	%1254 = sitofp i32 %564 to float
	%1255 = sitofp i32 %1253 to float
	%1256 = fcmp ole float %1255, %1254
	%1257 = uitofp i1 %1256 to float
	%1258 = fcmp une float %1257, 0.0
	%1259 = and i1 %1252, %1258
	%1260 = select i1 %1259, float %540, float 0xFFF0000000000000
	%1261 = shl i32 %6, 1
	%1262 = add i32 48, %1261
	%1263 = add i32 %241, %1262
	%1264 = icmp slt i32 %1263, %N
	%1265 = select i1 %1264, i32 %1263, i32 0
	%1266 = sitofp i32 %560 to float
	%1267 = sitofp i32 %1265 to float
	%1268 = fcmp ole float %1267, %1266
	%1269 = uitofp i1 %1268 to float
	%1270 = fcmp une float %1269, 0.0
	%1271 = and i1 %1264, %1270
	%1272 = select i1 %1271, float %548, float 0xFFF0000000000000
	%1273 = shl i32 %6, 1
	%1274 = add i32 49, %1273
	%1275 = add i32 %241, %1274
	%1276 = icmp slt i32 %1275, %N
	%1277 = select i1 %1276, i32 %1275, i32 0
	%1278 = sitofp i32 %560 to float
	%1279 = sitofp i32 %1277 to float
	%1280 = fcmp ole float %1279, %1278
	%1281 = uitofp i1 %1280 to float
	%1282 = fcmp une float %1281, 0.0
	%1283 = and i1 %1276, %1282
	%1284 = select i1 %1283, float %549, float 0xFFF0000000000000
	%1285 = shl i32 %6, 1
	%1286 = add i32 48, %1285
	%1287 = add i32 %241, %1286
	%1288 = icmp slt i32 %1287, %N
	%1289 = select i1 %1288, i32 %1287, i32 0
	%1290 = sitofp i32 %564 to float
	%1291 = sitofp i32 %1289 to float
	%1292 = fcmp ole float %1291, %1290
	%1293 = uitofp i1 %1292 to float
	%1294 = fcmp une float %1293, 0.0
	%1295 = and i1 %1288, %1294
	%1296 = select i1 %1295, float %550, float 0xFFF0000000000000
	%1297 = shl i32 %6, 1
	%1298 = add i32 49, %1297
	%1299 = add i32 %241, %1298
	%1300 = icmp slt i32 %1299, %N
	%1301 = select i1 %1300, i32 %1299, i32 0
	%1302 = sitofp i32 %564 to float
	%1303 = sitofp i32 %1301 to float
	%1304 = fcmp ole float %1303, %1302
	%1305 = uitofp i1 %1304 to float
	%1306 = fcmp une float %1305, 0.0
	%1307 = and i1 %1300, %1306
	%1308 = select i1 %1307, float %551, float 0xFFF0000000000000
	%1309 = shl i32 %6, 1
	%1310 = add i32 56, %1309
	%1311 = add i32 %241, %1310
	%1312 = icmp slt i32 %1311, %N
	%1313 = select i1 %1312, i32 %1311, i32 0
	%1314 = sitofp i32 %560 to float
	%1315 = sitofp i32 %1313 to float
	%1316 = fcmp ole float %1315, %1314
	%1317 = uitofp i1 %1316 to float
	%1318 = fcmp une float %1317, 0.0
	%1319 = and i1 %1312, %1318
	%1320 = select i1 %1319, float %553, float 0xFFF0000000000000
	%1321 = shl i32 %6, 1
	%1322 = add i32 57, %1321
	%1323 = add i32 %241, %1322
	%1324 = icmp slt i32 %1323, %N
	%1325 = select i1 %1324, i32 %1323, i32 0
	%1326 = sitofp i32 %560 to float
	%1327 = sitofp i32 %1325 to float
	%1328 = fcmp ole float %1327, %1326
	%1329 = uitofp i1 %1328 to float
	%1330 = fcmp une float %1329, 0.0
	%1331 = and i1 %1324, %1330
	%1332 = select i1 %1331, float %554, float 0xFFF0000000000000
	%1333 = shl i32 %6, 1
	%1334 = add i32 56, %1333
	%1335 = add i32 %241, %1334
	%1336 = icmp slt i32 %1335, %N
	%1337 = select i1 %1336, i32 %1335, i32 0
	%1338 = sitofp i32 %564 to float
	%1339 = sitofp i32 %1337 to float
	%1340 = fcmp ole float %1339, %1338
	%1341 = uitofp i1 %1340 to float
	%1342 = fcmp une float %1341, 0.0
	%1343 = and i1 %1336, %1342
	%1344 = select i1 %1343, float %555, float 0xFFF0000000000000
	%1345 = shl i32 %6, 1
	%1346 = add i32 57, %1345
	%1347 = add i32 %241, %1346
	%1348 = icmp slt i32 %1347, %N
	%1349 = select i1 %1348, i32 %1347, i32 0
	%1350 = sitofp i32 %564 to float
	%1351 = sitofp i32 %1349 to float
	%1352 = fcmp ole float %1351, %1350
	%1353 = uitofp i1 %1352 to float
	%1354 = fcmp une float %1353, 0.0
	%1355 = and i1 %1348, %1354
	%1356 = select i1 %1355, float %556, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1357 = phi float [ %500, %classify ], [ %984, %partial ], [ %654, %meankeys ]
	%1358 = phi float [ %501, %classify ], [ %996, %partial ], [ %673, %meankeys ]
	%1359 = phi float [ %502, %classify ], [ %1008, %partial ], [ %675, %meankeys ]
	%1360 = phi float [ %503, %classify ], [ %1020, %partial ], [ %677, %meankeys ]
	%1361 = phi float [ %505, %classify ], [ %1032, %partial ], [ %696, %meankeys ]
	%1362 = phi float [ %506, %classify ], [ %1044, %partial ], [ %715, %meankeys ]
	%1363 = phi float [ %507, %classify ], [ %1056, %partial ], [ %717, %meankeys ]
	%1364 = phi float [ %508, %classify ], [ %1068, %partial ], [ %719, %meankeys ]
	%1365 = phi float [ %516, %classify ], [ %1080, %partial ], [ %738, %meankeys ]
	%1366 = phi float [ %517, %classify ], [ %1092, %partial ], [ %757, %meankeys ]
	%1367 = phi float [ %518, %classify ], [ %1104, %partial ], [ %759, %meankeys ]
	%1368 = phi float [ %519, %classify ], [ %1116, %partial ], [ %761, %meankeys ]
	%1369 = phi float [ %521, %classify ], [ %1128, %partial ], [ %780, %meankeys ]
	%1370 = phi float [ %522, %classify ], [ %1140, %partial ], [ %799, %meankeys ]
	%1371 = phi float [ %523, %classify ], [ %1152, %partial ], [ %801, %meankeys ]
	%1372 = phi float [ %524, %classify ], [ %1164, %partial ], [ %803, %meankeys ]
	%1373 = phi float [ %532, %classify ], [ %1176, %partial ], [ %822, %meankeys ]
	%1374 = phi float [ %533, %classify ], [ %1188, %partial ], [ %841, %meankeys ]
	%1375 = phi float [ %534, %classify ], [ %1200, %partial ], [ %843, %meankeys ]
	%1376 = phi float [ %535, %classify ], [ %1212, %partial ], [ %845, %meankeys ]
	%1377 = phi float [ %537, %classify ], [ %1224, %partial ], [ %864, %meankeys ]
	%1378 = phi float [ %538, %classify ], [ %1236, %partial ], [ %883, %meankeys ]
	%1379 = phi float [ %539, %classify ], [ %1248, %partial ], [ %885, %meankeys ]
	%1380 = phi float [ %540, %classify ], [ %1260, %partial ], [ %887, %meankeys ]
	%1381 = phi float [ %548, %classify ], [ %1272, %partial ], [ %906, %meankeys ]
	%1382 = phi float [ %549, %classify ], [ %1284, %partial ], [ %925, %meankeys ]
	%1383 = phi float [ %550, %classify ], [ %1296, %partial ], [ %927, %meankeys ]
	%1384 = phi float [ %551, %classify ], [ %1308, %partial ], [ %929, %meankeys ]
	%1385 = phi float [ %553, %classify ], [ %1320, %partial ], [ %948, %meankeys ]
	%1386 = phi float [ %554, %classify ], [ %1332, %partial ], [ %967, %meankeys ]
	%1387 = phi float [ %555, %classify ], [ %1344, %partial ], [ %969, %meankeys ]
	%1388 = phi float [ %556, %classify ], [ %1356, %partial ], [ %971, %meankeys ]
	%1389 = call float @llvm.nvvm.fmax.f(float %1357, float %1358)
	%1390 = call float @llvm.nvvm.fmax.f(float %1361, float %1362)
	%1391 = call float @llvm.nvvm.fmax.f(float %1365, float %1366)
	%1392 = call float @llvm.nvvm.fmax.f(float %1369, float %1370)
	%1393 = call float @llvm.nvvm.fmax.f(float %1373, float %1374)
	%1394 = call float @llvm.nvvm.fmax.f(float %1377, float %1378)
	%1395 = call float @llvm.nvvm.fmax.f(float %1381, float %1382)
	%1396 = call float @llvm.nvvm.fmax.f(float %1385, float %1386)
	%1397 = call float @llvm.nvvm.fmax.f(float %1389, float %1390)
	%1398 = call float @llvm.nvvm.fmax.f(float %1391, float %1392)
	%1399 = call float @llvm.nvvm.fmax.f(float %1393, float %1394)
	%1400 = call float @llvm.nvvm.fmax.f(float %1395, float %1396)
	%1401 = call float @llvm.nvvm.fmax.f(float %1397, float %1398)
	%1402 = call float @llvm.nvvm.fmax.f(float %1399, float %1400)
	%1403 = call float @llvm.nvvm.fmax.f(float %1401, float %1402)
	%1404 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1403, i32 1, i32 31)
	%1405 = call float @llvm.nvvm.fmax.f(float %1403, float %1404)
	%1406 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1405, i32 2, i32 31)
	%1407 = call float @llvm.nvvm.fmax.f(float %1405, float %1406)
	%1408 = fmul float %1407, 0x3FC7154760000000
	%1409 = call float @llvm.nvvm.fmax.f(float %237, float %1408)
	%1410 = fadd float %237, 8.0
	%1411 = fcmp ogt float %1409, %1410
	%1412 = or i1 false, %1411
	%1413 = call float @llvm.nvvm.fmax.f(float %1359, float %1360)
	%1414 = call float @llvm.nvvm.fmax.f(float %1363, float %1364)
	%1415 = call float @llvm.nvvm.fmax.f(float %1367, float %1368)
	%1416 = call float @llvm.nvvm.fmax.f(float %1371, float %1372)
	%1417 = call float @llvm.nvvm.fmax.f(float %1375, float %1376)
	%1418 = call float @llvm.nvvm.fmax.f(float %1379, float %1380)
	%1419 = call float @llvm.nvvm.fmax.f(float %1383, float %1384)
	%1420 = call float @llvm.nvvm.fmax.f(float %1387, float %1388)
	%1421 = call float @llvm.nvvm.fmax.f(float %1413, float %1414)
	%1422 = call float @llvm.nvvm.fmax.f(float %1415, float %1416)
	%1423 = call float @llvm.nvvm.fmax.f(float %1417, float %1418)
	%1424 = call float @llvm.nvvm.fmax.f(float %1419, float %1420)
	%1425 = call float @llvm.nvvm.fmax.f(float %1421, float %1422)
	%1426 = call float @llvm.nvvm.fmax.f(float %1423, float %1424)
	%1427 = call float @llvm.nvvm.fmax.f(float %1425, float %1426)
	%1428 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1427, i32 1, i32 31)
	%1429 = call float @llvm.nvvm.fmax.f(float %1427, float %1428)
	%1430 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1429, i32 2, i32 31)
	%1431 = call float @llvm.nvvm.fmax.f(float %1429, float %1430)
	%1432 = fmul float %1431, 0x3FC7154760000000
	%1433 = call float @llvm.nvvm.fmax.f(float %239, float %1432)
	%1434 = fadd float %239, 8.0
	%1435 = fcmp ogt float %1433, %1434
	%1436 = or i1 %1412, %1435
	%1437 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1436)
	br i1 %1437, label %1438, label %1481

1438:
	%1439 = fcmp oeq float %1409, 0xFFF0000000000000
	%1440 = select i1 %1439, float 0.0, float %1409
	%1441 = fsub float %237, %1440
	%1442 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1441)
	%1443 = fcmp oeq float %1433, 0xFFF0000000000000
	%1444 = select i1 %1443, float 0.0, float %1433
	%1445 = fsub float %239, %1444
	%1446 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1445)
	%1447 = fmul float %205, %1442
	%1448 = fmul float %206, %1442
	%1449 = fmul float %207, %1446
	%1450 = fmul float %208, %1446
	%1451 = fmul float %209, %1442
	%1452 = fmul float %210, %1442
	%1453 = fmul float %211, %1446
	%1454 = fmul float %212, %1446
	%1455 = fmul float %213, %1442
	%1456 = fmul float %214, %1442
	%1457 = fmul float %215, %1446
	%1458 = fmul float %216, %1446
	%1459 = fmul float %217, %1442
	%1460 = fmul float %218, %1442
	%1461 = fmul float %219, %1446
	%1462 = fmul float %220, %1446
	%1463 = fmul float %221, %1442
	%1464 = fmul float %222, %1442
	%1465 = fmul float %223, %1446
	%1466 = fmul float %224, %1446
	%1467 = fmul float %225, %1442
	%1468 = fmul float %226, %1442
	%1469 = fmul float %227, %1446
	%1470 = fmul float %228, %1446
	%1471 = fmul float %229, %1442
	%1472 = fmul float %230, %1442
	%1473 = fmul float %231, %1446
	%1474 = fmul float %232, %1446
	%1475 = fmul float %233, %1442
	%1476 = fmul float %234, %1442
	%1477 = fmul float %235, %1446
	%1478 = fmul float %236, %1446
	%1479 = fmul float %238, %1442
	%1480 = fmul float %240, %1446
	br label %1481

1481:
	%1482 = phi float [ %205, %softmax ], [ %1447, %1438 ]
	%1483 = phi float [ %206, %softmax ], [ %1448, %1438 ]
	%1484 = phi float [ %207, %softmax ], [ %1449, %1438 ]
	%1485 = phi float [ %208, %softmax ], [ %1450, %1438 ]
	%1486 = phi float [ %209, %softmax ], [ %1451, %1438 ]
	%1487 = phi float [ %210, %softmax ], [ %1452, %1438 ]
	%1488 = phi float [ %211, %softmax ], [ %1453, %1438 ]
	%1489 = phi float [ %212, %softmax ], [ %1454, %1438 ]
	%1490 = phi float [ %213, %softmax ], [ %1455, %1438 ]
	%1491 = phi float [ %214, %softmax ], [ %1456, %1438 ]
	%1492 = phi float [ %215, %softmax ], [ %1457, %1438 ]
	%1493 = phi float [ %216, %softmax ], [ %1458, %1438 ]
	%1494 = phi float [ %217, %softmax ], [ %1459, %1438 ]
	%1495 = phi float [ %218, %softmax ], [ %1460, %1438 ]
	%1496 = phi float [ %219, %softmax ], [ %1461, %1438 ]
	%1497 = phi float [ %220, %softmax ], [ %1462, %1438 ]
	%1498 = phi float [ %221, %softmax ], [ %1463, %1438 ]
	%1499 = phi float [ %222, %softmax ], [ %1464, %1438 ]
	%1500 = phi float [ %223, %softmax ], [ %1465, %1438 ]
	%1501 = phi float [ %224, %softmax ], [ %1466, %1438 ]
	%1502 = phi float [ %225, %softmax ], [ %1467, %1438 ]
	%1503 = phi float [ %226, %softmax ], [ %1468, %1438 ]
	%1504 = phi float [ %227, %softmax ], [ %1469, %1438 ]
	%1505 = phi float [ %228, %softmax ], [ %1470, %1438 ]
	%1506 = phi float [ %229, %softmax ], [ %1471, %1438 ]
	%1507 = phi float [ %230, %softmax ], [ %1472, %1438 ]
	%1508 = phi float [ %231, %softmax ], [ %1473, %1438 ]
	%1509 = phi float [ %232, %softmax ], [ %1474, %1438 ]
	%1510 = phi float [ %233, %softmax ], [ %1475, %1438 ]
	%1511 = phi float [ %234, %softmax ], [ %1476, %1438 ]
	%1512 = phi float [ %235, %softmax ], [ %1477, %1438 ]
	%1513 = phi float [ %236, %softmax ], [ %1478, %1438 ]
	%1514 = phi float [ %238, %softmax ], [ %1479, %1438 ]
	%1515 = phi float [ %240, %softmax ], [ %1480, %1438 ]
	%1516 = select i1 %1437, float %1409, float %237
	%1517 = fcmp oeq float %1516, 0xFFF0000000000000
	%1518 = select i1 %1517, float 0.0, float %1516
	%1519 = fneg float %1518
	%1520 = call float @llvm.fma.f32(float %1357, float 0x3FC7154760000000, float %1519)
	%1521 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1520)
	%1522 = call float @llvm.fma.f32(float %1358, float 0x3FC7154760000000, float %1519)
	%1523 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1522)
	%1524 = call float @llvm.fma.f32(float %1361, float 0x3FC7154760000000, float %1519)
	%1525 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1524)
	%1526 = call float @llvm.fma.f32(float %1362, float 0x3FC7154760000000, float %1519)
	%1527 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1526)
	%1528 = call float @llvm.fma.f32(float %1365, float 0x3FC7154760000000, float %1519)
	%1529 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1528)
	%1530 = call float @llvm.fma.f32(float %1366, float 0x3FC7154760000000, float %1519)
	%1531 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1530)
	%1532 = call float @llvm.fma.f32(float %1369, float 0x3FC7154760000000, float %1519)
	%1533 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1532)
	%1534 = call float @llvm.fma.f32(float %1370, float 0x3FC7154760000000, float %1519)
	%1535 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1534)
	%1536 = call float @llvm.fma.f32(float %1373, float 0x3FC7154760000000, float %1519)
	%1537 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1536)
	%1538 = call float @llvm.fma.f32(float %1374, float 0x3FC7154760000000, float %1519)
	%1539 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1538)
	%1540 = call float @llvm.fma.f32(float %1377, float 0x3FC7154760000000, float %1519)
	%1541 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1540)
	%1542 = call float @llvm.fma.f32(float %1378, float 0x3FC7154760000000, float %1519)
	%1543 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1542)
	%1544 = call float @llvm.fma.f32(float %1381, float 0x3FC7154760000000, float %1519)
	%1545 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1544)
	%1546 = call float @llvm.fma.f32(float %1382, float 0x3FC7154760000000, float %1519)
	%1547 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1546)
	%1548 = call float @llvm.fma.f32(float %1385, float 0x3FC7154760000000, float %1519)
	%1549 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1548)
	%1550 = call float @llvm.fma.f32(float %1386, float 0x3FC7154760000000, float %1519)
	%1551 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1550)
	%1552 = fadd float %1521, %1523
	%1553 = fadd float %1525, %1527
	%1554 = fadd float %1529, %1531
	%1555 = fadd float %1533, %1535
	%1556 = fadd float %1537, %1539
	%1557 = fadd float %1541, %1543
	%1558 = fadd float %1545, %1547
	%1559 = fadd float %1549, %1551
	%1560 = fadd float %1552, %1553
	%1561 = fadd float %1554, %1555
	%1562 = fadd float %1556, %1557
	%1563 = fadd float %1558, %1559
	%1564 = fadd float %1560, %1561
	%1565 = fadd float %1562, %1563
	%1566 = fadd float %1564, %1565
	%1567 = fadd float %1514, %1566
	%1568 = select i1 %1437, float %1433, float %239
	%1569 = fcmp oeq float %1568, 0xFFF0000000000000
	%1570 = select i1 %1569, float 0.0, float %1568
	%1571 = fneg float %1570
	%1572 = call float @llvm.fma.f32(float %1359, float 0x3FC7154760000000, float %1571)
	%1573 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1572)
	%1574 = call float @llvm.fma.f32(float %1360, float 0x3FC7154760000000, float %1571)
	%1575 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1574)
	%1576 = call float @llvm.fma.f32(float %1363, float 0x3FC7154760000000, float %1571)
	%1577 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1576)
	%1578 = call float @llvm.fma.f32(float %1364, float 0x3FC7154760000000, float %1571)
	%1579 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1578)
	%1580 = call float @llvm.fma.f32(float %1367, float 0x3FC7154760000000, float %1571)
	%1581 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1580)
	%1582 = call float @llvm.fma.f32(float %1368, float 0x3FC7154760000000, float %1571)
	%1583 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1582)
	%1584 = call float @llvm.fma.f32(float %1371, float 0x3FC7154760000000, float %1571)
	%1585 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1584)
	%1586 = call float @llvm.fma.f32(float %1372, float 0x3FC7154760000000, float %1571)
	%1587 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1586)
	%1588 = call float @llvm.fma.f32(float %1375, float 0x3FC7154760000000, float %1571)
	%1589 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1588)
	%1590 = call float @llvm.fma.f32(float %1376, float 0x3FC7154760000000, float %1571)
	%1591 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1590)
	%1592 = call float @llvm.fma.f32(float %1379, float 0x3FC7154760000000, float %1571)
	%1593 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1592)
	%1594 = call float @llvm.fma.f32(float %1380, float 0x3FC7154760000000, float %1571)
	%1595 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1594)
	%1596 = call float @llvm.fma.f32(float %1383, float 0x3FC7154760000000, float %1571)
	%1597 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1596)
	%1598 = call float @llvm.fma.f32(float %1384, float 0x3FC7154760000000, float %1571)
	%1599 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1598)
	%1600 = call float @llvm.fma.f32(float %1387, float 0x3FC7154760000000, float %1571)
	%1601 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1600)
	%1602 = call float @llvm.fma.f32(float %1388, float 0x3FC7154760000000, float %1571)
	%1603 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1602)
	%1604 = fadd float %1573, %1575
	%1605 = fadd float %1577, %1579
	%1606 = fadd float %1581, %1583
	%1607 = fadd float %1585, %1587
	%1608 = fadd float %1589, %1591
	%1609 = fadd float %1593, %1595
	%1610 = fadd float %1597, %1599
	%1611 = fadd float %1601, %1603
	%1612 = fadd float %1604, %1605
	%1613 = fadd float %1606, %1607
	%1614 = fadd float %1608, %1609
	%1615 = fadd float %1610, %1611
	%1616 = fadd float %1612, %1613
	%1617 = fadd float %1614, %1615
	%1618 = fadd float %1616, %1617
	%1619 = fadd float %1515, %1618
	%1620 = add i32 %201, 1
	%1621 = icmp sge i32 %203, 0
	%1622 = add i32 %201, 2
	%1623 = icmp slt i32 %1622, %NK
	%1624 = and i1 %1621, %1623
	%1625 = select i1 %1624, i32 %1622, i32 0
	%1626 = add i32 %41, %1625
	%1627 = sext i32 %1626 to i64
	%1628 = getelementptr i32, i32* %list, i64 %1627
	%1629 = load i32, i32* %1628
	%1630 = select i1 %1624, i32 %1629, i32 -1
	%1631 = icmp sge i32 %203, 0
	%1632 = icmp slt i32 %203, %NK
	%1633 = and i1 %1631, %1632
	%1634 = select i1 %1633, i32 %203, i32 0
	%1635 = add i32 %45, %1634
	%1636 = sext i32 %1635 to i64
	%1637 = getelementptr i8, i8* %cls, i64 %1636
	%1638 = load i8, i8* %1637
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1621, label %prefetch, label %pv

prefetch:
	%1639 = icmp sge i32 %203, %NK
	%1640 = select i1 %1639, i16* %49, i16* %32
	%1641 = sub i32 %203, %NK
	%1642 = select i1 %1639, i32 %1641, i32 %203
	%1643 = mul i32 %1642, 64
	%1644 = select i1 %1639, i32 %NK, i32 %N
	%1645 = lshr i32 %2, 3
	%1646 = and i32 %2, 7
	%1647 = and i32 %1645, 7
	%1648 = xor i32 %1646, %1647
	%1649 = mul i32 %1645, 8
	%1650 = add i32 %1649, %1648
	%1651 = shl i32 %1650, 4
	%1652 = add i32 %0, %1651
	%1653 = add i32 %1643, %1645
	%1654 = mul i32 %1653, 64
	%1655 = mul i32 %1646, 8
	%1656 = add i32 %1654, %1655
	%1657 = sext i32 %1656 to i64
	%1658 = getelementptr i16, i16* %1640, i64 %1657
	%1659 = add i32 %1653, 0
	%1660 = icmp slt i32 %1659, %1644
	%1661 = getelementptr i16, i16* %1658, i64 0
	%1662 = select i1 %1660, i16* %1661, i16* %1640
	%1663 = add i32 %1652, 0
	%1664 = select i1 %1660, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1663, i16* %1662, i32 %1664)
	%1665 = add i32 %1653, 16
	%1666 = icmp slt i32 %1665, %1644
	%1667 = getelementptr i16, i16* %1658, i64 1024
	%1668 = select i1 %1666, i16* %1667, i16* %1640
	%1669 = add i32 %1652, 2048
	%1670 = select i1 %1666, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1669, i16* %1668, i32 %1670)
	%1671 = add i32 %1653, 32
	%1672 = icmp slt i32 %1671, %1644
	%1673 = getelementptr i16, i16* %1658, i64 2048
	%1674 = select i1 %1672, i16* %1673, i16* %1640
	%1675 = add i32 %1652, u0x1000
	%1676 = select i1 %1672, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1675, i16* %1674, i32 %1676)
	%1677 = add i32 %1653, 48
	%1678 = icmp slt i32 %1677, %1644
	%1679 = getelementptr i16, i16* %1658, i64 3072
	%1680 = select i1 %1678, i16* %1679, i16* %1640
	%1681 = add i32 %1652, 6144
	%1682 = select i1 %1678, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1681, i16* %1680, i32 %1682)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1683 = and i32 %4, 7
	%1684 = lshr i32 %4, 3
	%1685 = and i32 %1684, 1
	%1686 = shl i32 %1685, 3
	%1687 = add i32 %1683, %1686
	%1688 = mul i32 %1687, 128
	%1689 = add i32 %1, %1688
	%1690 = and i32 %4, 7
	%1691 = xor i32 %123, %1690
	%1692 = shl i32 %1691, 4
	%1693 = add i32 %1689, %1692
	%1694 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1523, float %1521)
	%1695 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1575, float %1573)
	%1696 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1527, float %1525)
	%1697 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1579, float %1577)
	%1698 = xor i32 %1693, 0
	%1699 = add i32 %1698, 0
	%1700 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1699)
	%1701 = extractvalue { i32, i32, i32, i32 } %1700, 0
	%1702 = extractvalue { i32, i32, i32, i32 } %1700, 1
	%1703 = extractvalue { i32, i32, i32, i32 } %1700, 2
	%1704 = extractvalue { i32, i32, i32, i32 } %1700, 3
	%1705 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1694, i32 %1695, i32 %1696, i32 %1697, i32 %1701, i32 %1702, float %1482, float %1483, float %1484, float %1485)
	%1706 = extractvalue { float, float, float, float } %1705, 0
	%1707 = extractvalue { float, float, float, float } %1705, 1
	%1708 = extractvalue { float, float, float, float } %1705, 2
	%1709 = extractvalue { float, float, float, float } %1705, 3
	%1710 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1694, i32 %1695, i32 %1696, i32 %1697, i32 %1703, i32 %1704, float %1486, float %1487, float %1488, float %1489)
	%1711 = extractvalue { float, float, float, float } %1710, 0
	%1712 = extractvalue { float, float, float, float } %1710, 1
	%1713 = extractvalue { float, float, float, float } %1710, 2
	%1714 = extractvalue { float, float, float, float } %1710, 3
	%1715 = xor i32 %1693, 32
	%1716 = add i32 %1715, 0
	%1717 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1716)
	%1718 = extractvalue { i32, i32, i32, i32 } %1717, 0
	%1719 = extractvalue { i32, i32, i32, i32 } %1717, 1
	%1720 = extractvalue { i32, i32, i32, i32 } %1717, 2
	%1721 = extractvalue { i32, i32, i32, i32 } %1717, 3
	%1722 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1694, i32 %1695, i32 %1696, i32 %1697, i32 %1718, i32 %1719, float %1490, float %1491, float %1492, float %1493)
	%1723 = extractvalue { float, float, float, float } %1722, 0
	%1724 = extractvalue { float, float, float, float } %1722, 1
	%1725 = extractvalue { float, float, float, float } %1722, 2
	%1726 = extractvalue { float, float, float, float } %1722, 3
	%1727 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1694, i32 %1695, i32 %1696, i32 %1697, i32 %1720, i32 %1721, float %1494, float %1495, float %1496, float %1497)
	%1728 = extractvalue { float, float, float, float } %1727, 0
	%1729 = extractvalue { float, float, float, float } %1727, 1
	%1730 = extractvalue { float, float, float, float } %1727, 2
	%1731 = extractvalue { float, float, float, float } %1727, 3
	%1732 = xor i32 %1693, 64
	%1733 = add i32 %1732, 0
	%1734 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1733)
	%1735 = extractvalue { i32, i32, i32, i32 } %1734, 0
	%1736 = extractvalue { i32, i32, i32, i32 } %1734, 1
	%1737 = extractvalue { i32, i32, i32, i32 } %1734, 2
	%1738 = extractvalue { i32, i32, i32, i32 } %1734, 3
	%1739 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1694, i32 %1695, i32 %1696, i32 %1697, i32 %1735, i32 %1736, float %1498, float %1499, float %1500, float %1501)
	%1740 = extractvalue { float, float, float, float } %1739, 0
	%1741 = extractvalue { float, float, float, float } %1739, 1
	%1742 = extractvalue { float, float, float, float } %1739, 2
	%1743 = extractvalue { float, float, float, float } %1739, 3
	%1744 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1694, i32 %1695, i32 %1696, i32 %1697, i32 %1737, i32 %1738, float %1502, float %1503, float %1504, float %1505)
	%1745 = extractvalue { float, float, float, float } %1744, 0
	%1746 = extractvalue { float, float, float, float } %1744, 1
	%1747 = extractvalue { float, float, float, float } %1744, 2
	%1748 = extractvalue { float, float, float, float } %1744, 3
	%1749 = xor i32 %1693, 96
	%1750 = add i32 %1749, 0
	%1751 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1750)
	%1752 = extractvalue { i32, i32, i32, i32 } %1751, 0
	%1753 = extractvalue { i32, i32, i32, i32 } %1751, 1
	%1754 = extractvalue { i32, i32, i32, i32 } %1751, 2
	%1755 = extractvalue { i32, i32, i32, i32 } %1751, 3
	%1756 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1694, i32 %1695, i32 %1696, i32 %1697, i32 %1752, i32 %1753, float %1506, float %1507, float %1508, float %1509)
	%1757 = extractvalue { float, float, float, float } %1756, 0
	%1758 = extractvalue { float, float, float, float } %1756, 1
	%1759 = extractvalue { float, float, float, float } %1756, 2
	%1760 = extractvalue { float, float, float, float } %1756, 3
	%1761 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1694, i32 %1695, i32 %1696, i32 %1697, i32 %1754, i32 %1755, float %1510, float %1511, float %1512, float %1513)
	%1762 = extractvalue { float, float, float, float } %1761, 0
	%1763 = extractvalue { float, float, float, float } %1761, 1
	%1764 = extractvalue { float, float, float, float } %1761, 2
	%1765 = extractvalue { float, float, float, float } %1761, 3
	%1766 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1531, float %1529)
	%1767 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1583, float %1581)
	%1768 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1535, float %1533)
	%1769 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1587, float %1585)
	%1770 = xor i32 %1693, 0
	%1771 = add i32 %1770, 2048
	%1772 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1771)
	%1773 = extractvalue { i32, i32, i32, i32 } %1772, 0
	%1774 = extractvalue { i32, i32, i32, i32 } %1772, 1
	%1775 = extractvalue { i32, i32, i32, i32 } %1772, 2
	%1776 = extractvalue { i32, i32, i32, i32 } %1772, 3
	%1777 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1766, i32 %1767, i32 %1768, i32 %1769, i32 %1773, i32 %1774, float %1706, float %1707, float %1708, float %1709)
	%1778 = extractvalue { float, float, float, float } %1777, 0
	%1779 = extractvalue { float, float, float, float } %1777, 1
	%1780 = extractvalue { float, float, float, float } %1777, 2
	%1781 = extractvalue { float, float, float, float } %1777, 3
	%1782 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1766, i32 %1767, i32 %1768, i32 %1769, i32 %1775, i32 %1776, float %1711, float %1712, float %1713, float %1714)
	%1783 = extractvalue { float, float, float, float } %1782, 0
	%1784 = extractvalue { float, float, float, float } %1782, 1
	%1785 = extractvalue { float, float, float, float } %1782, 2
	%1786 = extractvalue { float, float, float, float } %1782, 3
	%1787 = xor i32 %1693, 32
	%1788 = add i32 %1787, 2048
	%1789 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1788)
	%1790 = extractvalue { i32, i32, i32, i32 } %1789, 0
	%1791 = extractvalue { i32, i32, i32, i32 } %1789, 1
	%1792 = extractvalue { i32, i32, i32, i32 } %1789, 2
	%1793 = extractvalue { i32, i32, i32, i32 } %1789, 3
	%1794 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1766, i32 %1767, i32 %1768, i32 %1769, i32 %1790, i32 %1791, float %1723, float %1724, float %1725, float %1726)
	%1795 = extractvalue { float, float, float, float } %1794, 0
	%1796 = extractvalue { float, float, float, float } %1794, 1
	%1797 = extractvalue { float, float, float, float } %1794, 2
	%1798 = extractvalue { float, float, float, float } %1794, 3
	%1799 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1766, i32 %1767, i32 %1768, i32 %1769, i32 %1792, i32 %1793, float %1728, float %1729, float %1730, float %1731)
	%1800 = extractvalue { float, float, float, float } %1799, 0
	%1801 = extractvalue { float, float, float, float } %1799, 1
	%1802 = extractvalue { float, float, float, float } %1799, 2
	%1803 = extractvalue { float, float, float, float } %1799, 3
	%1804 = xor i32 %1693, 64
	%1805 = add i32 %1804, 2048
	%1806 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1805)
	%1807 = extractvalue { i32, i32, i32, i32 } %1806, 0
	%1808 = extractvalue { i32, i32, i32, i32 } %1806, 1
	%1809 = extractvalue { i32, i32, i32, i32 } %1806, 2
	%1810 = extractvalue { i32, i32, i32, i32 } %1806, 3
	%1811 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1766, i32 %1767, i32 %1768, i32 %1769, i32 %1807, i32 %1808, float %1740, float %1741, float %1742, float %1743)
	%1812 = extractvalue { float, float, float, float } %1811, 0
	%1813 = extractvalue { float, float, float, float } %1811, 1
	%1814 = extractvalue { float, float, float, float } %1811, 2
	%1815 = extractvalue { float, float, float, float } %1811, 3
	%1816 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1766, i32 %1767, i32 %1768, i32 %1769, i32 %1809, i32 %1810, float %1745, float %1746, float %1747, float %1748)
	%1817 = extractvalue { float, float, float, float } %1816, 0
	%1818 = extractvalue { float, float, float, float } %1816, 1
	%1819 = extractvalue { float, float, float, float } %1816, 2
	%1820 = extractvalue { float, float, float, float } %1816, 3
	%1821 = xor i32 %1693, 96
	%1822 = add i32 %1821, 2048
	%1823 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1822)
	%1824 = extractvalue { i32, i32, i32, i32 } %1823, 0
	%1825 = extractvalue { i32, i32, i32, i32 } %1823, 1
	%1826 = extractvalue { i32, i32, i32, i32 } %1823, 2
	%1827 = extractvalue { i32, i32, i32, i32 } %1823, 3
	%1828 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1766, i32 %1767, i32 %1768, i32 %1769, i32 %1824, i32 %1825, float %1757, float %1758, float %1759, float %1760)
	%1829 = extractvalue { float, float, float, float } %1828, 0
	%1830 = extractvalue { float, float, float, float } %1828, 1
	%1831 = extractvalue { float, float, float, float } %1828, 2
	%1832 = extractvalue { float, float, float, float } %1828, 3
	%1833 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1766, i32 %1767, i32 %1768, i32 %1769, i32 %1826, i32 %1827, float %1762, float %1763, float %1764, float %1765)
	%1834 = extractvalue { float, float, float, float } %1833, 0
	%1835 = extractvalue { float, float, float, float } %1833, 1
	%1836 = extractvalue { float, float, float, float } %1833, 2
	%1837 = extractvalue { float, float, float, float } %1833, 3
	%1838 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1539, float %1537)
	%1839 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1591, float %1589)
	%1840 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1543, float %1541)
	%1841 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1595, float %1593)
	%1842 = xor i32 %1693, 0
	%1843 = add i32 %1842, u0x1000
	%1844 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1843)
	%1845 = extractvalue { i32, i32, i32, i32 } %1844, 0
	%1846 = extractvalue { i32, i32, i32, i32 } %1844, 1
	%1847 = extractvalue { i32, i32, i32, i32 } %1844, 2
	%1848 = extractvalue { i32, i32, i32, i32 } %1844, 3
	%1849 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1838, i32 %1839, i32 %1840, i32 %1841, i32 %1845, i32 %1846, float %1778, float %1779, float %1780, float %1781)
	%1850 = extractvalue { float, float, float, float } %1849, 0
	%1851 = extractvalue { float, float, float, float } %1849, 1
	%1852 = extractvalue { float, float, float, float } %1849, 2
	%1853 = extractvalue { float, float, float, float } %1849, 3
	%1854 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1838, i32 %1839, i32 %1840, i32 %1841, i32 %1847, i32 %1848, float %1783, float %1784, float %1785, float %1786)
	%1855 = extractvalue { float, float, float, float } %1854, 0
	%1856 = extractvalue { float, float, float, float } %1854, 1
	%1857 = extractvalue { float, float, float, float } %1854, 2
	%1858 = extractvalue { float, float, float, float } %1854, 3
	%1859 = xor i32 %1693, 32
	%1860 = add i32 %1859, u0x1000
	%1861 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1860)
	%1862 = extractvalue { i32, i32, i32, i32 } %1861, 0
	%1863 = extractvalue { i32, i32, i32, i32 } %1861, 1
	%1864 = extractvalue { i32, i32, i32, i32 } %1861, 2
	%1865 = extractvalue { i32, i32, i32, i32 } %1861, 3
	%1866 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1838, i32 %1839, i32 %1840, i32 %1841, i32 %1862, i32 %1863, float %1795, float %1796, float %1797, float %1798)
	%1867 = extractvalue { float, float, float, float } %1866, 0
	%1868 = extractvalue { float, float, float, float } %1866, 1
	%1869 = extractvalue { float, float, float, float } %1866, 2
	%1870 = extractvalue { float, float, float, float } %1866, 3
	%1871 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1838, i32 %1839, i32 %1840, i32 %1841, i32 %1864, i32 %1865, float %1800, float %1801, float %1802, float %1803)
	%1872 = extractvalue { float, float, float, float } %1871, 0
	%1873 = extractvalue { float, float, float, float } %1871, 1
	%1874 = extractvalue { float, float, float, float } %1871, 2
	%1875 = extractvalue { float, float, float, float } %1871, 3
	%1876 = xor i32 %1693, 64
	%1877 = add i32 %1876, u0x1000
	%1878 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1877)
	%1879 = extractvalue { i32, i32, i32, i32 } %1878, 0
	%1880 = extractvalue { i32, i32, i32, i32 } %1878, 1
	%1881 = extractvalue { i32, i32, i32, i32 } %1878, 2
	%1882 = extractvalue { i32, i32, i32, i32 } %1878, 3
	%1883 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1838, i32 %1839, i32 %1840, i32 %1841, i32 %1879, i32 %1880, float %1812, float %1813, float %1814, float %1815)
	%1884 = extractvalue { float, float, float, float } %1883, 0
	%1885 = extractvalue { float, float, float, float } %1883, 1
	%1886 = extractvalue { float, float, float, float } %1883, 2
	%1887 = extractvalue { float, float, float, float } %1883, 3
	%1888 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1838, i32 %1839, i32 %1840, i32 %1841, i32 %1881, i32 %1882, float %1817, float %1818, float %1819, float %1820)
	%1889 = extractvalue { float, float, float, float } %1888, 0
	%1890 = extractvalue { float, float, float, float } %1888, 1
	%1891 = extractvalue { float, float, float, float } %1888, 2
	%1892 = extractvalue { float, float, float, float } %1888, 3
	%1893 = xor i32 %1693, 96
	%1894 = add i32 %1893, u0x1000
	%1895 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1894)
	%1896 = extractvalue { i32, i32, i32, i32 } %1895, 0
	%1897 = extractvalue { i32, i32, i32, i32 } %1895, 1
	%1898 = extractvalue { i32, i32, i32, i32 } %1895, 2
	%1899 = extractvalue { i32, i32, i32, i32 } %1895, 3
	%1900 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1838, i32 %1839, i32 %1840, i32 %1841, i32 %1896, i32 %1897, float %1829, float %1830, float %1831, float %1832)
	%1901 = extractvalue { float, float, float, float } %1900, 0
	%1902 = extractvalue { float, float, float, float } %1900, 1
	%1903 = extractvalue { float, float, float, float } %1900, 2
	%1904 = extractvalue { float, float, float, float } %1900, 3
	%1905 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1838, i32 %1839, i32 %1840, i32 %1841, i32 %1898, i32 %1899, float %1834, float %1835, float %1836, float %1837)
	%1906 = extractvalue { float, float, float, float } %1905, 0
	%1907 = extractvalue { float, float, float, float } %1905, 1
	%1908 = extractvalue { float, float, float, float } %1905, 2
	%1909 = extractvalue { float, float, float, float } %1905, 3
	%1910 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1547, float %1545)
	%1911 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1599, float %1597)
	%1912 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1551, float %1549)
	%1913 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1603, float %1601)
	%1914 = xor i32 %1693, 0
	%1915 = add i32 %1914, 6144
	%1916 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1915)
	%1917 = extractvalue { i32, i32, i32, i32 } %1916, 0
	%1918 = extractvalue { i32, i32, i32, i32 } %1916, 1
	%1919 = extractvalue { i32, i32, i32, i32 } %1916, 2
	%1920 = extractvalue { i32, i32, i32, i32 } %1916, 3
	%1921 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1910, i32 %1911, i32 %1912, i32 %1913, i32 %1917, i32 %1918, float %1850, float %1851, float %1852, float %1853)
	%1922 = extractvalue { float, float, float, float } %1921, 0
	%1923 = extractvalue { float, float, float, float } %1921, 1
	%1924 = extractvalue { float, float, float, float } %1921, 2
	%1925 = extractvalue { float, float, float, float } %1921, 3
	%1926 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1910, i32 %1911, i32 %1912, i32 %1913, i32 %1919, i32 %1920, float %1855, float %1856, float %1857, float %1858)
	%1927 = extractvalue { float, float, float, float } %1926, 0
	%1928 = extractvalue { float, float, float, float } %1926, 1
	%1929 = extractvalue { float, float, float, float } %1926, 2
	%1930 = extractvalue { float, float, float, float } %1926, 3
	%1931 = xor i32 %1693, 32
	%1932 = add i32 %1931, 6144
	%1933 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1932)
	%1934 = extractvalue { i32, i32, i32, i32 } %1933, 0
	%1935 = extractvalue { i32, i32, i32, i32 } %1933, 1
	%1936 = extractvalue { i32, i32, i32, i32 } %1933, 2
	%1937 = extractvalue { i32, i32, i32, i32 } %1933, 3
	%1938 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1910, i32 %1911, i32 %1912, i32 %1913, i32 %1934, i32 %1935, float %1867, float %1868, float %1869, float %1870)
	%1939 = extractvalue { float, float, float, float } %1938, 0
	%1940 = extractvalue { float, float, float, float } %1938, 1
	%1941 = extractvalue { float, float, float, float } %1938, 2
	%1942 = extractvalue { float, float, float, float } %1938, 3
	%1943 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1910, i32 %1911, i32 %1912, i32 %1913, i32 %1936, i32 %1937, float %1872, float %1873, float %1874, float %1875)
	%1944 = extractvalue { float, float, float, float } %1943, 0
	%1945 = extractvalue { float, float, float, float } %1943, 1
	%1946 = extractvalue { float, float, float, float } %1943, 2
	%1947 = extractvalue { float, float, float, float } %1943, 3
	%1948 = xor i32 %1693, 64
	%1949 = add i32 %1948, 6144
	%1950 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1949)
	%1951 = extractvalue { i32, i32, i32, i32 } %1950, 0
	%1952 = extractvalue { i32, i32, i32, i32 } %1950, 1
	%1953 = extractvalue { i32, i32, i32, i32 } %1950, 2
	%1954 = extractvalue { i32, i32, i32, i32 } %1950, 3
	%1955 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1910, i32 %1911, i32 %1912, i32 %1913, i32 %1951, i32 %1952, float %1884, float %1885, float %1886, float %1887)
	%1956 = extractvalue { float, float, float, float } %1955, 0
	%1957 = extractvalue { float, float, float, float } %1955, 1
	%1958 = extractvalue { float, float, float, float } %1955, 2
	%1959 = extractvalue { float, float, float, float } %1955, 3
	%1960 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1910, i32 %1911, i32 %1912, i32 %1913, i32 %1953, i32 %1954, float %1889, float %1890, float %1891, float %1892)
	%1961 = extractvalue { float, float, float, float } %1960, 0
	%1962 = extractvalue { float, float, float, float } %1960, 1
	%1963 = extractvalue { float, float, float, float } %1960, 2
	%1964 = extractvalue { float, float, float, float } %1960, 3
	%1965 = xor i32 %1693, 96
	%1966 = add i32 %1965, 6144
	%1967 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1966)
	%1968 = extractvalue { i32, i32, i32, i32 } %1967, 0
	%1969 = extractvalue { i32, i32, i32, i32 } %1967, 1
	%1970 = extractvalue { i32, i32, i32, i32 } %1967, 2
	%1971 = extractvalue { i32, i32, i32, i32 } %1967, 3
	%1972 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1910, i32 %1911, i32 %1912, i32 %1913, i32 %1968, i32 %1969, float %1901, float %1902, float %1903, float %1904)
	%1973 = extractvalue { float, float, float, float } %1972, 0
	%1974 = extractvalue { float, float, float, float } %1972, 1
	%1975 = extractvalue { float, float, float, float } %1972, 2
	%1976 = extractvalue { float, float, float, float } %1972, 3
	%1977 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1910, i32 %1911, i32 %1912, i32 %1913, i32 %1970, i32 %1971, float %1906, float %1907, float %1908, float %1909)
	%1978 = extractvalue { float, float, float, float } %1977, 0
	%1979 = extractvalue { float, float, float, float } %1977, 1
	%1980 = extractvalue { float, float, float, float } %1977, 2
	%1981 = extractvalue { float, float, float, float } %1977, 3
	br i1 %1621, label %loop, label %epilogue

store0:
	%1982 = mul i32 %22, %M
	%1983 = add i32 %1982, %612
	%1984 = mul i32 %1983, 64
	%1985 = shl i32 %6, 1
	%1986 = add i32 0, %1985
	%1987 = add i32 %1984, %1986
	%1988 = sext i32 %1987 to i64
	%1989 = getelementptr i16, i16* %out, i64 %1988
	%1990 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %614, float %613)
	%1991 = bitcast i16* %1989 to i32*
	store i32 %1990, i32* %1991
	%1992 = shl i32 %6, 1
	%1993 = add i32 8, %1992
	%1994 = add i32 %1984, %1993
	%1995 = sext i32 %1994 to i64
	%1996 = getelementptr i16, i16* %out, i64 %1995
	%1997 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %616, float %615)
	%1998 = bitcast i16* %1996 to i32*
	store i32 %1997, i32* %1998
	%1999 = shl i32 %6, 1
	%2000 = add i32 16, %1999
	%2001 = add i32 %1984, %2000
	%2002 = sext i32 %2001 to i64
	%2003 = getelementptr i16, i16* %out, i64 %2002
	%2004 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %618, float %617)
	%2005 = bitcast i16* %2003 to i32*
	store i32 %2004, i32* %2005
	%2006 = shl i32 %6, 1
	%2007 = add i32 24, %2006
	%2008 = add i32 %1984, %2007
	%2009 = sext i32 %2008 to i64
	%2010 = getelementptr i16, i16* %out, i64 %2009
	%2011 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %620, float %619)
	%2012 = bitcast i16* %2010 to i32*
	store i32 %2011, i32* %2012
	%2013 = shl i32 %6, 1
	%2014 = add i32 32, %2013
	%2015 = add i32 %1984, %2014
	%2016 = sext i32 %2015 to i64
	%2017 = getelementptr i16, i16* %out, i64 %2016
	%2018 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %622, float %621)
	%2019 = bitcast i16* %2017 to i32*
	store i32 %2018, i32* %2019
	%2020 = shl i32 %6, 1
	%2021 = add i32 40, %2020
	%2022 = add i32 %1984, %2021
	%2023 = sext i32 %2022 to i64
	%2024 = getelementptr i16, i16* %out, i64 %2023
	%2025 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %624, float %623)
	%2026 = bitcast i16* %2024 to i32*
	store i32 %2025, i32* %2026
	%2027 = shl i32 %6, 1
	%2028 = add i32 48, %2027
	%2029 = add i32 %1984, %2028
	%2030 = sext i32 %2029 to i64
	%2031 = getelementptr i16, i16* %out, i64 %2030
	%2032 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %626, float %625)
	%2033 = bitcast i16* %2031 to i32*
	store i32 %2032, i32* %2033
	%2034 = shl i32 %6, 1
	%2035 = add i32 56, %2034
	%2036 = add i32 %1984, %2035
	%2037 = sext i32 %2036 to i64
	%2038 = getelementptr i16, i16* %out, i64 %2037
	%2039 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %628, float %627)
	%2040 = bitcast i16* %2038 to i32*
	store i32 %2039, i32* %2040
	br label %stored0

stored0:
	%2041 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %568, i32 1, i32 31)
	%2042 = fadd float %568, %2041
	%2043 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2042, i32 2, i32 31)
	%2044 = fadd float %2042, %2043
	%2045 = fcmp ogt float %2044, 0.0
	%2046 = fdiv float 1.0, %2044
	%2047 = select i1 %2045, float %2046, float 0.0
	%2048 = mul i32 %3, 16
	%2049 = add i32 %24, %2048
	%2050 = add i32 %5, 8
	%2051 = add i32 %2049, %2050
	%2052 = fmul float %572, %2047
	%2053 = fmul float %573, %2047
	%2054 = fmul float %576, %2047
	%2055 = fmul float %577, %2047
	%2056 = fmul float %580, %2047
	%2057 = fmul float %581, %2047
	%2058 = fmul float %584, %2047
	%2059 = fmul float %585, %2047
	%2060 = fmul float %588, %2047
	%2061 = fmul float %589, %2047
	%2062 = fmul float %592, %2047
	%2063 = fmul float %593, %2047
	%2064 = fmul float %596, %2047
	%2065 = fmul float %597, %2047
	%2066 = fmul float %600, %2047
	%2067 = fmul float %601, %2047
	%2068 = icmp slt i32 %2051, %M
	br i1 %2068, label %store1, label %stored1

store1:
	%2069 = mul i32 %22, %M
	%2070 = add i32 %2069, %2051
	%2071 = mul i32 %2070, 64
	%2072 = shl i32 %6, 1
	%2073 = add i32 0, %2072
	%2074 = add i32 %2071, %2073
	%2075 = sext i32 %2074 to i64
	%2076 = getelementptr i16, i16* %out, i64 %2075
	%2077 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2053, float %2052)
	%2078 = bitcast i16* %2076 to i32*
	store i32 %2077, i32* %2078
	%2079 = shl i32 %6, 1
	%2080 = add i32 8, %2079
	%2081 = add i32 %2071, %2080
	%2082 = sext i32 %2081 to i64
	%2083 = getelementptr i16, i16* %out, i64 %2082
	%2084 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2055, float %2054)
	%2085 = bitcast i16* %2083 to i32*
	store i32 %2084, i32* %2085
	%2086 = shl i32 %6, 1
	%2087 = add i32 16, %2086
	%2088 = add i32 %2071, %2087
	%2089 = sext i32 %2088 to i64
	%2090 = getelementptr i16, i16* %out, i64 %2089
	%2091 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2057, float %2056)
	%2092 = bitcast i16* %2090 to i32*
	store i32 %2091, i32* %2092
	%2093 = shl i32 %6, 1
	%2094 = add i32 24, %2093
	%2095 = add i32 %2071, %2094
	%2096 = sext i32 %2095 to i64
	%2097 = getelementptr i16, i16* %out, i64 %2096
	%2098 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2059, float %2058)
	%2099 = bitcast i16* %2097 to i32*
	store i32 %2098, i32* %2099
	%2100 = shl i32 %6, 1
	%2101 = add i32 32, %2100
	%2102 = add i32 %2071, %2101
	%2103 = sext i32 %2102 to i64
	%2104 = getelementptr i16, i16* %out, i64 %2103
	%2105 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2061, float %2060)
	%2106 = bitcast i16* %2104 to i32*
	store i32 %2105, i32* %2106
	%2107 = shl i32 %6, 1
	%2108 = add i32 40, %2107
	%2109 = add i32 %2071, %2108
	%2110 = sext i32 %2109 to i64
	%2111 = getelementptr i16, i16* %out, i64 %2110
	%2112 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2063, float %2062)
	%2113 = bitcast i16* %2111 to i32*
	store i32 %2112, i32* %2113
	%2114 = shl i32 %6, 1
	%2115 = add i32 48, %2114
	%2116 = add i32 %2071, %2115
	%2117 = sext i32 %2116 to i64
	%2118 = getelementptr i16, i16* %out, i64 %2117
	%2119 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2065, float %2064)
	%2120 = bitcast i16* %2118 to i32*
	store i32 %2119, i32* %2120
	%2121 = shl i32 %6, 1
	%2122 = add i32 56, %2121
	%2123 = add i32 %2071, %2122
	%2124 = sext i32 %2123 to i64
	%2125 = getelementptr i16, i16* %out, i64 %2124
	%2126 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2067, float %2066)
	%2127 = bitcast i16* %2125 to i32*
	store i32 %2126, i32* %2127
	br label %stored1

stored1:
	ret void
}
