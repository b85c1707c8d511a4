define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [49152 x i8] addrspace(3)* @$K_smem to i32
	%1 = add i32 %0, u0x4000
	%2 = add i32 %0, u0x8000
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
	%33 = mul i32 %32, 128
	%34 = sext i32 %33 to i64
	%35 = getelementptr i16, i16* %q, i64 %34
	%36 = mul i32 %30, %N
	%37 = mul i32 %36, 128
	%38 = sext i32 %37 to i64
	%39 = getelementptr i16, i16* %k, i64 %38
	%40 = mul i32 %30, %N
	%41 = mul i32 %40, 128
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
	%53 = add i32 %48, 0
	%54 = sext i32 %53 to i64
	%55 = getelementptr i32, i32* %list, i64 %54
	%56 = load i32, i32* %55
	%57 = icmp sgt i32 %NK, 0
	%58 = icmp sge i32 %56, 0
	%59 = and i1 %57, %58
	%60 = icmp slt i32 1, %NK
	%61 = and i1 %59, %60
	%62 = select i1 %61, i32 1, i32 0
	%63 = add i32 %48, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i32, i32* %list, i64 %64
	%66 = load i32, i32* %65
	%67 = select i1 %61, i32 %66, i32 -1
	%68 = icmp sge i32 %56, 0
	%69 = icmp slt i32 %56, %NK
	%70 = and i1 %68, %69
	%71 = select i1 %70, i32 %56, i32 0
	%72 = add i32 %52, %71
	%73 = sext i32 %72 to i64
	%74 = getelementptr i8, i8* %cls, i64 %73
	%75 = load i8, i8* %74
	%76 = lshr i32 %9, 4
	%77 = and i32 %9, 15
	%78 = lshr i32 %77, 3
	%79 = mul i32 %78, u0x2000
	%80 = and i32 %77, 7
	%81 = and i32 %76, 7
	%82 = xor i32 %80, %81
	%83 = mul i32 %76, 128
	%84 = shl i32 %82, 4
	%85 = add i32 %83, %84
	%86 = add i32 %79, %85
	%87 = add i32 %2, %86
	%88 = add i32 %31, %76
	%89 = mul i32 %88, 128
	%90 = mul i32 %77, 8
	%91 = add i32 %89, %90
	%92 = sext i32 %91 to i64
	%93 = getelementptr i16, i16* %35, i64 %92
	%94 = add i32 %88, 0
	%95 = icmp slt i32 %94, %M
	%96 = getelementptr i16, i16* %93, i64 0
	%97 = select i1 %95, i16* %96, i16* %35
	%98 = add i32 %87, 0
	%99 = select i1 %95, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %98, i16* %97, i32 %99)
	%100 = add i32 %88, 8
	%101 = icmp slt i32 %100, %M
	%102 = getelementptr i16, i16* %93, i64 1024
	%103 = select i1 %101, i16* %102, i16* %35
	%104 = add i32 %87, 1024
	%105 = select i1 %101, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %104, i16* %103, i32 %105)
	%106 = add i32 %88, 16
	%107 = icmp slt i32 %106, %M
	%108 = getelementptr i16, i16* %93, i64 2048
	%109 = select i1 %107, i16* %108, i16* %35
	%110 = add i32 %87, 2048
	%111 = select i1 %107, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %110, i16* %109, i32 %111)
	%112 = add i32 %88, 24
	%113 = icmp slt i32 %112, %M
	%114 = getelementptr i16, i16* %93, i64 3072
	%115 = select i1 %113, i16* %114, i16* %35
	%116 = add i32 %87, 3072
	%117 = select i1 %113, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %116, i16* %115, i32 %117)
	%118 = add i32 %88, 32
	%119 = icmp slt i32 %118, %M
	%120 = getelementptr i16, i16* %93, i64 u0x1000
	%121 = select i1 %119, i16* %120, i16* %35
	%122 = add i32 %87, u0x1000
	%123 = select i1 %119, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %122, i16* %121, i32 %123)
	%124 = add i32 %88, 40
	%125 = icmp slt i32 %124, %M
	%126 = getelementptr i16, i16* %93, i64 5120
	%127 = select i1 %125, i16* %126, i16* %35
	%128 = add i32 %87, 5120
	%129 = select i1 %125, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %128, i16* %127, i32 %129)
	%130 = add i32 %88, 48
	%131 = icmp slt i32 %130, %M
	%132 = getelementptr i16, i16* %93, i64 6144
	%133 = select i1 %131, i16* %132, i16* %35
	%134 = add i32 %87, 6144
	%135 = select i1 %131, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %134, i16* %133, i32 %135)
	%136 = add i32 %88, 56
	%137 = icmp slt i32 %136, %M
	%138 = getelementptr i16, i16* %93, i64 7168
	%139 = select i1 %137, i16* %138, i16* %35
	%140 = add i32 %87, 7168
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%142 = and i32 %11, 7
	%143 = lshr i32 %11, 3
	%144 = and i32 %143, 1
	%145 = shl i32 %144, 3
	%146 = add i32 %142, %145
	%147 = lshr i32 %11, 4
	%148 = mul i32 %10, 16
	%149 = add i32 %146, 0
	%150 = add i32 %148, %149
	%151 = mul i32 %150, 256
	%152 = add i32 %2, %151
	%153 = and i32 %11, 7
	%154 = xor i32 %147, %153
	%155 = shl i32 %154, 4
	%156 = add i32 %152, %155
	%157 = mul i32 %56, 64
	%158 = lshr i32 %9, 4
	%159 = and i32 %9, 15
	%160 = lshr i32 %159, 3
	%161 = mul i32 %160, u0x2000
	%162 = and i32 %159, 7
	%163 = and i32 %158, 7
	%164 = xor i32 %162, %163
	%165 = mul i32 %158, 128
	%166 = shl i32 %164, 4
	%167 = add i32 %165, %166
	%168 = add i32 %161, %167
	%169 = add i32 %0, %168
	%170 = add i32 %157, %158
	%171 = mul i32 %170, 128
	%172 = mul i32 %159, 8
	%173 = add i32 %171, %172
	%174 = sext i32 %173 to i64
	%175 = getelementptr i16, i16* %39, i64 %174
	%176 = add i32 %170, 0
	%177 = icmp slt i32 %176, %N
	%178 = getelementptr i16, i16* %175, i64 0
	%179 = select i1 %177, i16* %178, i16* %39
	%180 = add i32 %169, 0
	%181 = select i1 %177, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %180, i16* %179, i32 %181)
	%182 = add i32 %170, 8
	%183 = icmp slt i32 %182, %N
	%184 = getelementptr i16, i16* %175, i64 1024
	%185 = select i1 %183, i16* %184, i16* %39
	%186 = add i32 %169, 1024
	%187 = select i1 %183, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %186, i16* %185, i32 %187)
	%188 = add i32 %170, 16
	%189 = icmp slt i32 %188, %N
	%190 = getelementptr i16, i16* %175, i64 2048
	%191 = select i1 %189, i16* %190, i16* %39
	%192 = add i32 %169, 2048
	%193 = select i1 %189, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %192, i16* %191, i32 %193)
	%194 = add i32 %170, 24
	%195 = icmp slt i32 %194, %N
	%196 = getelementptr i16, i16* %175, i64 3072
	%197 = select i1 %195, i16* %196, i16* %39
	%198 = add i32 %169, 3072
	%199 = select i1 %195, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %198, i16* %197, i32 %199)
	%200 = add i32 %170, 32
	%201 = icmp slt i32 %200, %N
	%202 = getelementptr i16, i16* %175, i64 u0x1000
	%203 = select i1 %201, i16* %202, i16* %39
	%204 = add i32 %169, u0x1000
	%205 = select i1 %201, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %204, i16* %203, i32 %205)
	%206 = add i32 %170, 40
	%207 = icmp slt i32 %206, %N
	%208 = getelementptr i16, i16* %175, i64 5120
	%209 = select i1 %207, i16* %208, i16* %39
	%210 = add i32 %169, 5120
	%211 = select i1 %207, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %210, i16* %209, i32 %211)
	%212 = add i32 %170, 48
	%213 = icmp slt i32 %212, %N
	%214 = getelementptr i16, i16* %175, i64 6144
	%215 = select i1 %213, i16* %214, i16* %39
	%216 = add i32 %169, 6144
	%217 = select i1 %213, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %216, i16* %215, i32 %217)
	%218 = add i32 %170, 56
	%219 = icmp slt i32 %218, %N
	%220 = getelementptr i16, i16* %175, i64 7168
	%221 = select i1 %219, i16* %220, i16* %39
	%222 = add i32 %169, 7168
	%223 = select i1 %219, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %222, i16* %221, i32 %223)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%224 = phi i32 [ 0, %prologue ], [ %1539, %pv ]
	%225 = phi i32 [ %56, %prologue ], [ %226, %pv ]
	%226 = phi i32 [ %67, %prologue ], [ %1549, %pv ]
	%227 = phi i8 [ %75, %prologue ], [ %1557, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1924, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1925, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1926, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1927, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %1928, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1929, %pv ]
	%234 = phi float [ 0.0, %prologue ], [ %1930, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1931, %pv ]
	%236 = phi float [ 0.0, %prologue ], [ %1932, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %1933, %pv ]
	%238 = phi float [ 0.0, %prologue ], [ %1934, %pv ]
	%239 = phi float [ 0.0, %prologue ], [ %1935, %pv ]
	%240 = phi float [ 0.0, %prologue ], [ %1936, %pv ]
	%241 = phi float [ 0.0, %prologue ], [ %1937, %pv ]
	%242 = phi float [ 0.0, %prologue ], [ %1938, %pv ]
	%243 = phi float [ 0.0, %prologue ], [ %1939, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %1940, %pv ]
	%245 = phi float [ 0.0, %prologue ], [ %1941, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %1942, %pv ]
	%247 = phi float [ 0.0, %prologue ], [ %1943, %pv ]
	%248 = phi float [ 0.0, %prologue ], [ %1944, %pv ]
	%249 = phi float [ 0.0, %prologue ], [ %1945, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %1946, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %1947, %pv ]
	%252 = phi float [ 0.0, %prologue ], [ %1948, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %1949, %pv ]
	%254 = phi float [ 0.0, %prologue ], [ %1950, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %1951, %pv ]
	%256 = phi float [ 0.0, %prologue ], [ %1952, %pv ]
	%257 = phi float [ 0.0, %prologue ], [ %1953, %pv ]
	%258 = phi float [ 0.0, %prologue ], [ %1954, %pv ]
	%259 = phi float [ 0.0, %prologue ], [ %1955, %pv ]
	%260 = phi float [ 0.0, %prologue ], [ %1956, %pv ]
	%261 = phi float [ 0.0, %prologue ], [ %1957, %pv ]
	%262 = phi float [ 0.0, %prologue ], [ %1958, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %1959, %pv ]
	%264 = phi float [ 0.0, %prologue ], [ %1960, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %1961, %pv ]
	%266 = phi float [ 0.0, %prologue ], [ %1962, %pv ]
	%267 = phi float [ 0.0, %prologue ], [ %1963, %pv ]
	%268 = phi float [ 0.0, %prologue ], [ %1964, %pv ]
	%269 = phi float [ 0.0, %prologue ], [ %1965, %pv ]
	%270 = phi float [ 0.0, %prologue ], [ %1966, %pv ]
	%271 = phi float [ 0.0, %prologue ], [ %1967, %pv ]
	%272 = phi float [ 0.0, %prologue ], [ %1968, %pv ]
	%273 = phi float [ 0.0, %prologue ], [ %1969, %pv ]
	%274 = phi float [ 0.0, %prologue ], [ %1970, %pv ]
	%275 = phi float [ 0.0, %prologue ], [ %1971, %pv ]
	%276 = phi float [ 0.0, %prologue ], [ %1972, %pv ]
	%277 = phi float [ 0.0, %prologue ], [ %1973, %pv ]
	%278 = phi float [ 0.0, %prologue ], [ %1974, %pv ]
	%279 = phi float [ 0.0, %prologue ], [ %1975, %pv ]
	%280 = phi float [ 0.0, %prologue ], [ %1976, %pv ]
	%281 = phi float [ 0.0, %prologue ], [ %1977, %pv ]
	%282 = phi float [ 0.0, %prologue ], [ %1978, %pv ]
	%283 = phi float [ 0.0, %prologue ], [ %1979, %pv ]
	%284 = phi float [ 0.0, %prologue ], [ %1980, %pv ]
	%285 = phi float [ 0.0, %prologue ], [ %1981, %pv ]
	%286 = phi float [ 0.0, %prologue ], [ %1982, %pv ]
	%287 = phi float [ 0.0, %prologue ], [ %1983, %pv ]
	%288 = phi float [ 0.0, %prologue ], [ %1984, %pv ]
	%289 = phi float [ 0.0, %prologue ], [ %1985, %pv ]
	%290 = phi float [ 0.0, %prologue ], [ %1986, %pv ]
	%291 = phi float [ 0.0, %prologue ], [ %1987, %pv ]
	%292 = phi float [ 0xFFF0000000000000, %prologue ], [ %1435, %pv ]
	%293 = phi float [ 0.0, %prologue ], [ %1486, %pv ]
	%294 = phi float [ 0xFFF0000000000000, %prologue ], [ %1487, %pv ]
	%295 = phi float [ 0.0, %prologue ], [ %1538, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%296 = mul i32 %225, 64
	%297 = lshr i32 %9, 4
	%298 = and i32 %9, 15
	%299 = lshr i32 %298, 3
	%300 = mul i32 %299, u0x2000
	%301 = and i32 %298, 7
	%302 = and i32 %297, 7
	%303 = xor i32 %301, %302
	%304 = mul i32 %297, 128
	%305 = shl i32 %303, 4
	%306 = add i32 %304, %305
	%307 = add i32 %300, %306
	%308 = add i32 %1, %307
	%309 = add i32 %296, %297
	%310 = mul i32 %309, 128
	%311 = mul i32 %298, 8
	%312 = add i32 %310, %311
	%313 = sext i32 %312 to i64
	%314 = getelementptr i16, i16* %43, i64 %313
	%315 = add i32 %309, 0
	%316 = icmp slt i32 %315, %N
	%317 = getelementptr i16, i16* %314, i64 0
	%318 = select i1 %316, i16* %317, i16* %43
	%319 = add i32 %308, 0
	%320 = select i1 %316, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %319, i16* %318, i32 %320)
	%321 = add i32 %309, 8
	%322 = icmp slt i32 %321, %N
	%323 = getelementptr i16, i16* %314, i64 1024
	%324 = select i1 %322, i16* %323, i16* %43
	%325 = add i32 %308, 1024
	%326 = select i1 %322, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %325, i16* %324, i32 %326)
	%327 = add i32 %309, 16
	%328 = icmp slt i32 %327, %N
	%329 = getelementptr i16, i16* %314, i64 2048
	%330 = select i1 %328, i16* %329, i16* %43
	%331 = add i32 %308, 2048
	%332 = select i1 %328, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %331, i16* %330, i32 %332)
	%333 = add i32 %309, 24
	%334 = icmp slt i32 %333, %N
	%335 = getelementptr i16, i16* %314, i64 3072
	%336 = select i1 %334, i16* %335, i16* %43
	%337 = add i32 %308, 3072
	%338 = select i1 %334, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %337, i16* %336, i32 %338)
	%339 = add i32 %309, 32
	%340 = icmp slt i32 %339, %N
	%341 = getelementptr i16, i16* %314, i64 u0x1000
	%342 = select i1 %340, i16* %341, i16* %43
	%343 = add i32 %308, u0x1000
	%344 = select i1 %340, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %343, i16* %342, i32 %344)
	%345 = add i32 %309, 40
	%346 = icmp slt i32 %345, %N
	%347 = getelementptr i16, i16* %314, i64 5120
	%348 = select i1 %346, i16* %347, i16* %43
	%349 = add i32 %308, 5120
	%350 = select i1 %346, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %349, i16* %348, i32 %350)
	%351 = add i32 %309, 48
	%352 = icmp slt i32 %351, %N
	%353 = getelementptr i16, i16* %314, i64 6144
	%354 = select i1 %352, i16* %353, i16* %43
	%355 = add i32 %308, 6144
	%356 = select i1 %352, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %355, i16* %354, i32 %356)
	%357 = add i32 %309, 56
	%358 = icmp slt i32 %357, %N
	%359 = getelementptr i16, i16* %314, i64 7168
	%360 = select i1 %358, i16* %359, i16* %43
	%361 = add i32 %308, 7168
	%362 = select i1 %358, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %361, i16* %360, i32 %362)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%363 = add i32 %4, 0
	%364 = zext i32 %363 to i64
	%365 = or i64 %364, u0x4000004000010000
	%366 = add i32 %6, 0
	%367 = zext i32 %366 to i64
	%368 = or i64 %367, u0x4000004000010000
	%369 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %365, i64 %368, i32 1)
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 0
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 1
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 2
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 3
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 4
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 5
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 6
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 7
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 8
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 9
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 10
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 11
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 12
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 13
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 14
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 15
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 16
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 17
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 18
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 19
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 20
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 21
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 22
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 23
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 24
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 25
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 26
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 27
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 28
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 29
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 30
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 31
	%402 = add i32 %4, 2
	%403 = zext i32 %402 to i64
	%404 = or i64 %403, u0x4000004000010000
	%405 = add i32 %6, 2
	%406 = zext i32 %405 to i64
	%407 = or i64 %406, u0x4000004000010000
	%408 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, i64 %404, i64 %407, i32 1)
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 0
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 1
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 2
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 3
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 4
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 5
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 6
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 7
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 8
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 9
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 10
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 11
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 12
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 13
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 14
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 15
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 16
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 17
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 18
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 19
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 20
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 21
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 22
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 23
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 24
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 25
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 26
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 27
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 28
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 29
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 30
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 31
	%441 = add i32 %4, 4
	%442 = zext i32 %441 to i64
	%443 = or i64 %442, u0x4000004000010000
	%444 = add i32 %6, 4
	%445 = zext i32 %444 to i64
	%446 = or i64 %445, u0x4000004000010000
	%447 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, i64 %443, i64 %446, i32 1)
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 3
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 4
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 5
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 6
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 7
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 8
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 9
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 10
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 11
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 12
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 13
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 14
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 15
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 16
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 17
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 18
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 19
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 20
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 21
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 22
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 23
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 24
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 25
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 26
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 27
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 28
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 29
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 30
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 31
	%480 = add i32 %4, 6
	%481 = zext i32 %480 to i64
	%482 = or i64 %481, u0x4000004000010000
	%483 = add i32 %6, 6
	%484 = zext i32 %483 to i64
	%485 = or i64 %484, u0x4000004000010000
	%486 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, i64 %482, i64 %485, i32 1)
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 0
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 1
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 2
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 3
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 4
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 5
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 6
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 7
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 8
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 9
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 10
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 11
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 12
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 13
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 14
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 15
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 16
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 17
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 18
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 19
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 20
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 21
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 22
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 23
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 24
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 25
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 26
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 27
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 28
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 29
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 30
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 31
	%519 = add i32 %4, 512
	%520 = zext i32 %519 to i64
	%521 = or i64 %520, u0x4000004000010000
	%522 = add i32 %6, 512
	%523 = zext i32 %522 to i64
	%524 = or i64 %523, u0x4000004000010000
	%525 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, float %501, float %502, float %503, float %504, float %505, float %506, float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, i64 %521, i64 %524, i32 1)
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 0
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 1
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 2
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 3
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 4
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 5
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 6
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 7
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 8
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 9
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 10
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 11
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 12
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 13
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 14
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 15
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 16
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 17
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 18
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 19
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 20
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 21
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 22
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 23
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 24
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 25
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 26
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 27
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 28
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 29
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 30
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %525, 31
	%558 = add i32 %4, 514
	%559 = zext i32 %558 to i64
	%560 = or i64 %559, u0x4000004000010000
	%561 = add i32 %6, 514
	%562 = zext i32 %561 to i64
	%563 = or i64 %562, u0x4000004000010000
	%564 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, i64 %560, i64 %563, i32 1)
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 0
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 1
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 2
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 3
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 4
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 5
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 6
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 7
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 8
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 9
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 10
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 11
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 12
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 13
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 14
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 15
	%581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 16
	%582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 17
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 18
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 19
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 20
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 21
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 22
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 23
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 24
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 25
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 26
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 27
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 28
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 29
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 30
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %564, 31
	%597 = add i32 %4, 516
	%598 = zext i32 %597 to i64
	%599 = or i64 %598, u0x4000004000010000
	%600 = add i32 %6, 516
	%601 = zext i32 %600 to i64
	%602 = or i64 %601, u0x4000004000010000
	%603 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, i64 %599, i64 %602, i32 1)
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 0
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 1
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 2
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 3
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 4
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 5
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 6
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 7
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 8
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 9
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 10
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 11
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 12
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 13
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 14
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 15
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 16
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 17
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 18
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 19
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 20
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 21
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 22
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 23
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 24
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 25
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 26
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 27
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 28
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 29
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 30
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %603, 31
	%636 = add i32 %4, 518
	%637 = zext i32 %636 to i64
	%638 = or i64 %637, u0x4000004000010000
	%639 = add i32 %6, 518
	%640 = zext i32 %639 to i64
	%641 = or i64 %640, u0x4000004000010000
	%642 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, float %616, float %617, float %618, float %619, float %620, float %621, float %622, float %623, float %624, float %625, float %626, float %627, float %628, float %629, float %630, float %631, float %632, float %633, float %634, float %635, i64 %638, i64 %641, i32 1)
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 0
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 1
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 2
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 3
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 4
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 5
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 6
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 7
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 8
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 9
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 10
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 11
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 12
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 13
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 14
	%658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 15
	%659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 16
	%660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 17
	%661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 18
	%662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 19
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 20
	%664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 21
	%665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 22
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 23
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 24
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 25
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 26
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 27
	%671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 28
	%672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 29
	%673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 30
	%674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %642, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%675 = call float asm sideeffect "", "=f,0"(float %643)
	%676 = call float asm sideeffect "", "=f,0"(float %644)
	%677 = call float asm sideeffect "", "=f,0"(float %645)
	%678 = call float asm sideeffect "", "=f,0"(float %646)
	%679 = call float asm sideeffect "", "=f,0"(float %647)
	%680 = call float asm sideeffect "", "=f,0"(float %648)
	%681 = call float asm sideeffect "", "=f,0"(float %649)
	%682 = call float asm sideeffect "", "=f,0"(float %650)
	%683 = call float asm sideeffect "", "=f,0"(float %651)
	%684 = call float asm sideeffect "", "=f,0"(float %652)
	%685 = call float asm sideeffect "", "=f,0"(float %653)
	%686 = call float asm sideeffect "", "=f,0"(float %654)
	%687 = call float asm sideeffect "", "=f,0"(float %655)
	%688 = call float asm sideeffect "", "=f,0"(float %656)
	%689 = call float asm sideeffect "", "=f,0"(float %657)
	%690 = call float asm sideeffect "", "=f,0"(float %658)
	%691 = call float asm sideeffect "", "=f,0"(float %659)
	%692 = call float asm sideeffect "", "=f,0"(float %660)
	%693 = call float asm sideeffect "", "=f,0"(float %661)
	%694 = call float asm sideeffect "", "=f,0"(float %662)
	%695 = call float asm sideeffect "", "=f,0"(float %663)
	%696 = call float asm sideeffect "", "=f,0"(float %664)
	%697 = call float asm sideeffect "", "=f,0"(float %665)
	%698 = call float asm sideeffect "", "=f,0"(float %666)
	%699 = call float asm sideeffect "", "=f,0"(float %667)
	%700 = call float asm sideeffect "", "=f,0"(float %668)
	%701 = call float asm sideeffect "", "=f,0"(float %669)
	%702 = call float asm sideeffect "", "=f,0"(float %670)
	%703 = call float asm sideeffect "", "=f,0"(float %671)
	%704 = call float asm sideeffect "", "=f,0"(float %672)
	%705 = call float asm sideeffect "", "=f,0"(float %673)
	%706 = call float asm sideeffect "", "=f,0"(float %674)
	%707 = mul i32 %10, 16
	%708 = add i32 %31, %707
	%709 = add i32 %12, 0
	%710 = add i32 %708, %709
	%711 = mul i32 %10, 16
	%712 = add i32 %31, %711
	%713 = add i32 %12, 8
	%714 = add i32 %712, %713
	%715 = sitofp i32 %29 to float
	%716 = icmp ne i8 %227, 2
	br i1 %716, label %partial, label %softmax

epilogue:
	%717 = phi float [ 0.0, %entry ], [ %1486, %pv ]
	%718 = phi float [ 0.0, %entry ], [ %1538, %pv ]
	%719 = phi i32 [ 0, %entry ], [ %1539, %pv ]
	%720 = phi float [ 0.0, %entry ], [ %1924, %pv ]
	%721 = phi float [ 0.0, %entry ], [ %1925, %pv ]
	%722 = phi float [ 0.0, %entry ], [ %1926, %pv ]
	%723 = phi float [ 0.0, %entry ], [ %1927, %pv ]
	%724 = phi float [ 0.0, %entry ], [ %1928, %pv ]
	%725 = phi float [ 0.0, %entry ], [ %1929, %pv ]
	%726 = phi float [ 0.0, %entry ], [ %1930, %pv ]
	%727 = phi float [ 0.0, %entry ], [ %1931, %pv ]
	%728 = phi float [ 0.0, %entry ], [ %1932, %pv ]
	%729 = phi float [ 0.0, %entry ], [ %1933, %pv ]
	%730 = phi float [ 0.0, %entry ], [ %1934, %pv ]
	%731 = phi float [ 0.0, %entry ], [ %1935, %pv ]
	%732 = phi float [ 0.0, %entry ], [ %1936, %pv ]
	%733 = phi float [ 0.0, %entry ], [ %1937, %pv ]
	%734 = phi float [ 0.0, %entry ], [ %1938, %pv ]
	%735 = phi float [ 0.0, %entry ], [ %1939, %pv ]
	%736 = phi float [ 0.0, %entry ], [ %1940, %pv ]
	%737 = phi float [ 0.0, %entry ], [ %1941, %pv ]
	%738 = phi float [ 0.0, %entry ], [ %1942, %pv ]
	%739 = phi float [ 0.0, %entry ], [ %1943, %pv ]
	%740 = phi float [ 0.0, %entry ], [ %1944, %pv ]
	%741 = phi float [ 0.0, %entry ], [ %1945, %pv ]
	%742 = phi float [ 0.0, %entry ], [ %1946, %pv ]
	%743 = phi float [ 0.0, %entry ], [ %1947, %pv ]
	%744 = phi float [ 0.0, %entry ], [ %1948, %pv ]
	%745 = phi float [ 0.0, %entry ], [ %1949, %pv ]
	%746 = phi float [ 0.0, %entry ], [ %1950, %pv ]
	%747 = phi float [ 0.0, %entry ], [ %1951, %pv ]
	%748 = phi float [ 0.0, %entry ], [ %1952, %pv ]
	%749 = phi float [ 0.0, %entry ], [ %1953, %pv ]
	%750 = phi float [ 0.0, %entry ], [ %1954, %pv ]
	%751 = phi float [ 0.0, %entry ], [ %1955, %pv ]
	%752 = phi float [ 0.0, %entry ], [ %1956, %pv ]
	%753 = phi float [ 0.0, %entry ], [ %1957, %pv ]
	%754 = phi float [ 0.0, %entry ], [ %1958, %pv ]
	%755 = phi float [ 0.0, %entry ], [ %1959, %pv ]
	%756 = phi float [ 0.0, %entry ], [ %1960, %pv ]
	%757 = phi float [ 0.0, %entry ], [ %1961, %pv ]
	%758 = phi float [ 0.0, %entry ], [ %1962, %pv ]
	%759 = phi float [ 0.0, %entry ], [ %1963, %pv ]
	%760 = phi float [ 0.0, %entry ], [ %1964, %pv ]
	%761 = phi float [ 0.0, %entry ], [ %1965, %pv ]
	%762 = phi float [ 0.0, %entry ], [ %1966, %pv ]
	%763 = phi float [ 0.0, %entry ], [ %1967, %pv ]
	%764 = phi float [ 0.0, %entry ], [ %1968, %pv ]
	%765 = phi float [ 0.0, %entry ], [ %1969, %pv ]
	%766 = phi float [ 0.0, %entry ], [ %1970, %pv ]
	%767 = phi float [ 0.0, %entry ], [ %1971, %pv ]
	%768 = phi float [ 0.0, %entry ], [ %1972, %pv ]
	%769 = phi float [ 0.0, %entry ], [ %1973, %pv ]
	%770 = phi float [ 0.0, %entry ], [ %1974, %pv ]
	%771 = phi float [ 0.0, %entry ], [ %1975, %pv ]
	%772 = phi float [ 0.0, %entry ], [ %1976, %pv ]
	%773 = phi float [ 0.0, %entry ], [ %1977, %pv ]
	%774 = phi float [ 0.0, %entry ], [ %1978, %pv ]
	%775 = phi float [ 0.0, %entry ], [ %1979, %pv ]
	%776 = phi float [ 0.0, %entry ], [ %1980, %pv ]
	%777 = phi float [ 0.0, %entry ], [ %1981, %pv ]
	%778 = phi float [ 0.0, %entry ], [ %1982, %pv ]
	%779 = phi float [ 0.0, %entry ], [ %1983, %pv ]
	%780 = phi float [ 0.0, %entry ], [ %1984, %pv ]
	%781 = phi float [ 0.0, %entry ], [ %1985, %pv ]
	%782 = phi float [ 0.0, %entry ], [ %1986, %pv ]
	%783 = phi float [ 0.0, %entry ], [ %1987, %pv ]
	%784 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %717, i32 1, i32 31)
	%785 = fadd float %717, %784
	%786 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %785, i32 2, i32 31)
	%787 = fadd float %785, %786
	%788 = fcmp ogt float %787, 0.0
	%789 = fdiv float 1.0, %787
	%790 = select i1 %788, float %789, float 0.0
	%791 = mul i32 %10, 16
	%792 = add i32 %31, %791
	%793 = add i32 %12, 0
	%794 = add i32 %792, %793
	%795 = fmul float %720, %790
	%796 = fmul float %721, %790
	%797 = fmul float %724, %790
	%798 = fmul float %725, %790
	%799 = fmul float %728, %790
	%800 = fmul float %729, %790
	%801 = fmul float %732, %790
	%802 = fmul float %733, %790
	%803 = fmul float %736, %790
	%804 = fmul float %737, %790
	%805 = fmul float %740, %790
	%806 = fmul float %741, %790
	%807 = fmul float %744, %790
	%808 = fmul float %745, %790
	%809 = fmul float %748, %790
	%810 = fmul float %749, %790
	%811 = fmul float %752, %790
	%812 = fmul float %753, %790
	%813 = fmul float %756, %790
	%814 = fmul float %757, %790
	%815 = fmul float %760, %790
	%816 = fmul float %761, %790
	%817 = fmul float %764, %790
	%818 = fmul float %765, %790
	%819 = fmul float %768, %790
	%820 = fmul float %769, %790
	%821 = fmul float %772, %790
	%822 = fmul float %773, %790
	%823 = fmul float %776, %790
	%824 = fmul float %777, %790
	%825 = fmul float %780, %790
	%826 = fmul float %781, %790
	%827 = icmp slt i32 %794, %M
	br i1 %827, label %store0, label %stored0

partial:
	%828 = shl i32 %13, 1
	%829 = add i32 0, %828
	%830 = add i32 %296, %829
	%831 = icmp slt i32 %830, %N
	%832 = select i1 %831, i32 %830, i32 0
	%833 = sitofp i32 %710 to float
	%834 = sitofp i32 %832 to float
	%835 = fcmp ole float %834, %833
	%836 = uitofp i1 %835 to float
	%837 = fcmp une float %836, 0.0
	%838 = and i1 %831, %837
	%839 = select i1 %838, float %675, float 0xFFF0000000000000
	%840 = shl i32 %13, 1
	%841 = add i32 1, %840
	%842 = add i32 %296, %841
	%843 = icmp slt i32 %842, %N
	%844 = select i1 %843, i32 %842, i32 0
	%845 = sitofp i32 %710 to float
	%846 = sitofp i32 %844 to float
	%847 = fcmp ole float %846, %845
	%848 = uitofp i1 %847 to float
	%849 = fcmp une float %848, 0.0
	%850 = and i1 %843, %849
	%851 = select i1 %850, float %676, float 0xFFF0000000000000
	%852 = shl i32 %13, 1
	%853 = add i32 0, %852
	%854 = add i32 %296, %853
	%855 = icmp slt i32 %854, %N
	%856 = select i1 %855, i32 %854, i32 0
	%857 = sitofp i32 %714 to float
	%858 = sitofp i32 %856 to float
	%859 = fcmp ole float %858, %857
	%860 = uitofp i1 %859 to float
	%861 = fcmp une float %860, 0.0
	%862 = and i1 %855, %861
	%863 = select i1 %862, float %677, float 0xFFF0000000000000
	%864 = shl i32 %13, 1
	%865 = add i32 1, %864
	%866 = add i32 %296, %865
	%867 = icmp slt i32 %866, %N
	%868 = select i1 %867, i32 %866, i32 0
	%869 = sitofp i32 %714 to float
	%870 = sitofp i32 %868 to float
	%871 = fcmp ole float %870, %869
	%872 = uitofp i1 %871 to float
	%873 = fcmp une float %872, 0.0
	%874 = and i1 %867, %873
	%875 = select i1 %874, float %678, float 0xFFF0000000000000
	%876 = shl i32 %13, 1
	%877 = add i32 8, %876
	%878 = add i32 %296, %877
	%879 = icmp slt i32 %878, %N
	%880 = select i1 %879, i32 %878, i32 0
	%881 = sitofp i32 %710 to float
	%882 = sitofp i32 %880 to float
	%883 = fcmp ole float %882, %881
	%884 = uitofp i1 %883 to float
	%885 = fcmp une float %884, 0.0
	%886 = and i1 %879, %885
	%887 = select i1 %886, float %679, float 0xFFF0000000000000
	%888 = shl i32 %13, 1
	%889 = add i32 9, %888
	%890 = add i32 %296, %889
	%891 = icmp slt i32 %890, %N
	%892 = select i1 %891, i32 %890, i32 0
	%893 = sitofp i32 %710 to float
	%894 = sitofp i32 %892 to float
	%895 = fcmp ole float %894, %893
	%896 = uitofp i1 %895 to float
	%897 = fcmp une float %896, 0.0
	%898 = and i1 %891, %897
	%899 = select i1 %898, float %680, float 0xFFF0000000000000
	%900 = shl i32 %13, 1
	%901 = add i32 8, %900
	%902 = add i32 %296, %901
	%903 = icmp slt i32 %902, %N
	%904 = select i1 %903, i32 %902, i32 0
	%905 = sitofp i32 %714 to float
	%906 = sitofp i32 %904 to float
	%907 = fcmp ole float %906, %905
	%908 = uitofp i1 %907 to float
	%909 = fcmp une float %908, 0.0
	%910 = and i1 %903, %909
	%911 = select i1 %910, float %681, float 0xFFF0000000000000
	%912 = shl i32 %13, 1
	%913 = add i32 9, %912
	%914 = add i32 %296, %913
	%915 = icmp slt i32 %914, %N
	%916 = select i1 %915, i32 %914, i32 0
	%917 = sitofp i32 %714 to float
	%918 = sitofp i32 %916 to float
	%919 = fcmp ole float %918, %917
	%920 = uitofp i1 %919 to float
	%921 = fcmp une float %920, 0.0
	%922 = and i1 %915, %921
	%923 = select i1 %922, float %682, float 0xFFF0000000000000
	%924 = shl i32 %13, 1
	%925 = add i32 16, %924
	%926 = add i32 %296, %925
	%927 = icmp slt i32 %926, %N
	%928 = select i1 %927, i32 %926, i32 0
	%929 = sitofp i32 %710 to float
	%930 = sitofp i32 %928 to float
	%931 = fcmp ole float %930, %929
	%932 = uitofp i1 %931 to float
	%933 = fcmp une float %932, 0.0
	%934 = and i1 %927, %933
	%935 = select i1 %934, float %683, float 0xFFF0000000000000
	%936 = shl i32 %13, 1
	%937 = add i32 17, %936
	%938 = add i32 %296, %937
	%939 = icmp slt i32 %938, %N
	%940 = select i1 %939, i32 %938, i32 0
	%941 = sitofp i32 %710 to float
	%942 = sitofp i32 %940 to float
	%943 = fcmp ole float %942, %941
	%944 = uitofp i1 %943 to float
	%945 = fcmp une float %944, 0.0
	%946 = and i1 %939, %945
	%947 = select i1 %946, float %684, float 0xFFF0000000000000
	%948 = shl i32 %13, 1
	%949 = add i32 16, %948
	%950 = add i32 %296, %949
	%951 = icmp slt i32 %950, %N
	%952 = select i1 %951, i32 %950, i32 0
	%953 = sitofp i32 %714 to float
	%954 = sitofp i32 %952 to float
	%955 = fcmp ole float %954, %953
	%956 = uitofp i1 %955 to float
	%957 = fcmp une float %956, 0.0
	%958 = and i1 %951, %957
	%959 = select i1 %958, float %685, float 0xFFF0000000000000
	%960 = shl i32 %13, 1
	%961 = add i32 17, %960
	%962 = add i32 %296, %961
	%963 = icmp slt i32 %962, %N
	%964 = select i1 %963, i32 %962, i32 0
	%965 = sitofp i32 %714 to float
	%966 = sitofp i32 %964 to float
	%967 = fcmp ole float %966, %965
	%968 = uitofp i1 %967 to float
	%969 = fcmp une float %968, 0.0
	%970 = and i1 %963, %969
	%971 = select i1 %970, float %686, float 0xFFF0000000000000
	%972 = shl i32 %13, 1
	%973 = add i32 24, %972
	%974 = add i32 %296, %973
	%975 = icmp slt i32 %974, %N
	%976 = select i1 %975, i32 %974, i32 0
	%977 = sitofp i32 %710 to float
	%978 = sitofp i32 %976 to float
	%979 = fcmp ole float %978, %977
	%980 = uitofp i1 %979 to float
	%981 = fcmp une float %980, 0.0
	%982 = and i1 %975, %981
	%983 = select i1 %982, float %687, float 0xFFF0000000000000
	%984 = shl i32 %13, 1
	%985 = add i32 25, %984
	%986 = add i32 %296, %985
	%987 = icmp slt i32 %986, %N
	%988 = select i1 %987, i32 %986, i32 0
	%989 = sitofp i32 %710 to float
	%990 = sitofp i32 %988 to float
	%991 = fcmp ole float %990, %989
	%992 = uitofp i1 %991 to float
	%993 = fcmp une float %992, 0.0
	%994 = and i1 %987, %993
	%995 = select i1 %994, float %688, float 0xFFF0000000000000
	%996 = shl i32 %13, 1
	%997 = add i32 24, %996
	%998 = add i32 %296, %997
	%999 = icmp slt i32 %998, %N
	%1000 = select i1 %999, i32 %998, i32 0
	%1001 = sitofp i32 %714 to float
	%1002 = sitofp i32 %1000 to float
	%1003 = fcmp ole float %1002, %1001
	%1004 = uitofp i1 %1003 to float
	%1005 = fcmp une float %1004, 0.0
	%1006 = and i1 %999, %1005
	%1007 = select i1 %1006, float %689, float 0xFFF0000000000000
	%1008 = shl i32 %13, 1
	%1009 = add i32 25, %1008
	%1010 = add i32 %296, %1009
	%1011 = icmp slt i32 %1010, %N
	%1012 = select i1 %1011, i32 %1010, i32 0
	%1013 = sitofp i32 %714 to float
	%1014 = sitofp i32 %1012 to float
	%1015 = fcmp ole float %1014, %1013
	%1016 = uitofp i1 %1015 to float
	%1017 = fcmp une float %1016, 0.0
	%1018 = and i1 %1011, %1017
	%1019 = select i1 %1018, float %690, float 0xFFF0000000000000
	%1020 = shl i32 %13, 1
	%1021 = add i32 32, %1020
	%1022 = add i32 %296, %1021
	%1023 = icmp slt i32 %1022, %N
	%1024 = select i1 %1023, i32 %1022, i32 0
	%1025 = sitofp i32 %710 to float
	%1026 = sitofp i32 %1024 to float
	%1027 = fcmp ole float %1026, %1025
	%1028 = uitofp i1 %1027 to float
	%1029 = fcmp une float %1028, 0.0
	%1030 = and i1 %1023, %1029
	%1031 = select i1 %1030, float %691, float 0xFFF0000000000000
	%1032 = shl i32 %13, 1
	%1033 = add i32 33, %1032
	%1034 = add i32 %296, %1033
	%1035 = icmp slt i32 %1034, %N
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = sitofp i32 %710 to float
	%1038 = sitofp i32 %1036 to float
	%1039 = fcmp ole float %1038, %1037
	%1040 = uitofp i1 %1039 to float
	%1041 = fcmp une float %1040, 0.0
	%1042 = and i1 %1035, %1041
	%1043 = select i1 %1042, float %692, float 0xFFF0000000000000
	%1044 = shl i32 %13, 1
	%1045 = add i32 32, %1044
	%1046 = add i32 %296, %1045
	%1047 = icmp slt i32 %1046, %N
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = sitofp i32 %714 to float
	%1050 = sitofp i32 %1048 to float
	%1051 = fcmp ole float %1050, %1049
	%1052 = uitofp i1 %1051 to float
	%1053 = fcmp une float %1052, 0.0
	%1054 = and i1 %1047, %1053
	%1055 = select i1 %1054, float %693, float 0xFFF0000000000000
	%1056 = shl i32 %13, 1
	%1057 = add i32 33, %1056
	%1058 = add i32 %296, %1057
	%1059 = icmp slt i32 %1058, %N
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = sitofp i32 %714 to float
	%1062 = sitofp i32 %1060 to float
	%1063 = fcmp ole float %1062, %1061
	%1064 = uitofp i1 %1063 to float
	%1065 = fcmp une float %1064, 0.0
	%1066 = and i1 %1059, %1065
	%1067 = select i1 %1066, float %694, float 0xFFF0000000000000
	%1068 = shl i32 %13, 1
	%1069 = add i32 40, %1068
	%1070 = add i32 %296, %1069
	%1071 = icmp slt i32 %1070, %N
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = sitofp i32 %710 to float
	%1074 = sitofp i32 %1072 to float
	%1075 = fcmp ole float %1074, %1073
	%1076 = uitofp i1 %1075 to float
	%1077 = fcmp une float %1076, 0.0
	%1078 = and i1 %1071, %1077
	%1079 = select i1 %1078, float %695, float 0xFFF0000000000000
	%1080 = shl i32 %13, 1
	%1081 = add i32 41, %1080
	%1082 = add i32 %296, %1081
	%1083 = icmp slt i32 %1082, %N
	%1084 = select i1 %1083, i32 %1082, i32 0
	%1085 = sitofp i32 %710 to float
	%1086 = sitofp i32 %1084 to float
	%1087 = fcmp ole float %1086, %1085
	%1088 = uitofp i1 %1087 to float
	%1089 = fcmp une float %1088, 0.0
	%1090 = and i1 %1083, %1089
	%1091 = select i1 %1090, float %696, float 0xFFF0000000000000
	%1092 = shl i32 %13, 1
	%1093 = add i32 40, %1092
	%1094 = add i32 %296, %1093
	%1095 = icmp slt i32 %1094, %N
	%1096 = select i1 %1095, i32 %1094, i32 0
	%1097 = sitofp i32 %714 to float
	%1098 = sitofp i32 %1096 to float
	%1099 = fcmp ole float %1098, %1097
	%1100 = uitofp i1 %1099 to float
	%1101 = fcmp une float %1100, 0.0
	%1102 = and i1 %1095, %1101
	%1103 = select i1 %1102, float %697, float 0xFFF0000000000000
	%1104 = shl i32 %13, 1
	%1105 = add i32 41, %1104
	%1106 = add i32 %296, %1105
	%1107 = icmp slt i32 %1106, %N
	%1108 = select i1 %1107, i32 %1106, i32 0
	%1109 = sitofp i32 %714 to float
	%1110 = sitofp i32 %1108 to float
	%1111 = fcmp ole float %1110, %1109
	%1112 = uitofp i1 %1111 to float
	%1113 = fcmp une float %1112, 0.0
	%1114 = and i1 %1107, %1113
	%1115 = select i1 %1114, float %698, float 0xFFF0000000000000
	%1116 = shl i32 %13, 1
	%1117 = add i32 48, %1116
	%1118 = add i32 %296, %1117
	%1119 = icmp slt i32 %1118, %N
	%1120 = select i1 %1119, i32 %1118, i32 0
	%1121 = sitofp i32 %710 to float
	%1122 = sitofp i32 %1120 to float
	%1123 = fcmp ole float %1122, %1121
	%1124 = uitofp i1 %1123 to float
	%1125 = fcmp une float %1124, 0.0
	%1126 = and i1 %1119, %1125
	%1127 = select i1 %1126, float %699, float 0xFFF0000000000000
	%1128 = shl i32 %13, 1
	%1129 = add i32 49, %1128
	%1130 = add i32 %296, %1129
	%1131 = icmp slt i32 %1130, %N
	%1132 = select i1 %1131, i32 %1130, i32 0
	%1133 = sitofp i32 %710 to float
	%1134 = sitofp i32 %1132 to float
	%1135 = fcmp ole float %1134, %1133
	%1136 = uitofp i1 %1135 to float
	%1137 = fcmp une float %1136, 0.0
	%1138 = and i1 %1131, %1137
	%1139 = select i1 %1138, float %700, float 0xFFF0000000000000
	%1140 = shl i32 %13, 1
	%1141 = add i32 48, %1140
	%1142 = add i32 %296, %1141
	%1143 = icmp slt i32 %1142, %N
	%1144 = select i1 %1143, i32 %1142, i32 0
	%1145 = sitofp i32 %714 to float
	%1146 = sitofp i32 %1144 to float
	%1147 = fcmp ole float %1146, %1145
	%1148 = uitofp i1 %1147 to float
	%1149 = fcmp une float %1148, 0.0
	%1150 = and i1 %1143, %1149
	%1151 = select i1 %1150, float %701, float 0xFFF0000000000000
	%1152 = shl i32 %13, 1
	%1153 = add i32 49, %1152
	%1154 = add i32 %296, %1153
	%1155 = icmp slt i32 %1154, %N
	%1156 = select i1 %1155, i32 %1154, i32 0
	%1157 = sitofp i32 %714 to float
	%1158 = sitofp i32 %1156 to float
	%1159 = fcmp ole float %1158, %1157
	%1160 = uitofp i1 %1159 to float
	%1161 = fcmp une float %1160, 0.0
	%1162 = and i1 %1155, %1161
	%1163 = select i1 %1162, float %702, float 0xFFF0000000000000
	%1164 = shl i32 %13, 1
	%1165 = add i32 56, %1164
	%1166 = add i32 %296, %1165
	%1167 = icmp slt i32 %1166, %N
	%1168 = select i1 %1167, i32 %1166, i32 0
	%1169 = sitofp i32 %710 to float
	%1170 = sitofp i32 %1168 to float
	%1171 = fcmp ole float %1170, %1169
	%1172 = uitofp i1 %1171 to float
	%1173 = fcmp une float %1172, 0.0
	%1174 = and i1 %1167, %1173
	%1175 = select i1 %1174, float %703, float 0xFFF0000000000000
	%1176 = shl i32 %13, 1
	%1177 = add i32 57, %1176
	%1178 = add i32 %296, %1177
	%1179 = icmp slt i32 %1178, %N
	%1180 = select i1 %1179, i32 %1178, i32 0
	%1181 = sitofp i32 %710 to float
	%1182 = sitofp i32 %1180 to float
	%1183 = fcmp ole float %1182, %1181
	%1184 = uitofp i1 %1183 to float
	%1185 = fcmp une float %1184, 0.0
	%1186 = and i1 %1179, %1185
	%1187 = select i1 %1186, float %704, float 0xFFF0000000000000
	%1188 = shl i32 %13, 1
	%1189 = add i32 56, %1188
	%1190 = add i32 %296, %1189
	%1191 = icmp slt i32 %1190, %N
	%1192 = select i1 %1191, i32 %1190, i32 0
	%1193 = sitofp i32 %714 to float
	%1194 = sitofp i32 %1192 to float
	%1195 = fcmp ole float %1194, %1193
	%1196 = uitofp i1 %1195 to float
	%1197 = fcmp une float %1196, 0.0
	%1198 = and i1 %1191, %1197
	%1199 = select i1 %1198, float %705, float 0xFFF0000000000000
	%1200 = shl i32 %13, 1
	%1201 = add i32 57, %1200
	%1202 = add i32 %296, %1201
	%1203 = icmp slt i32 %1202, %N
	%1204 = select i1 %1203, i32 %1202, i32 0
	%1205 = sitofp i32 %714 to float
	%1206 = sitofp i32 %1204 to float
	%1207 = fcmp ole float %1206, %1205
	%1208 = uitofp i1 %1207 to float
	%1209 = fcmp une float %1208, 0.0
	%1210 = and i1 %1203, %1209
	%1211 = select i1 %1210, float %706, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1212 = phi float [ %675, %loop ], [ %839, %partial ]
	%1213 = phi float [ %676, %loop ], [ %851, %partial ]
	%1214 = phi float [ %677, %loop ], [ %863, %partial ]
	%1215 = phi float [ %678, %loop ], [ %875, %partial ]
	%1216 = phi float [ %679, %loop ], [ %887, %partial ]
	%1217 = phi float [ %680, %loop ], [ %899, %partial ]
	%1218 = phi float [ %681, %loop ], [ %911, %partial ]
	%1219 = phi float [ %682, %loop ], [ %923, %partial ]
	%1220 = phi float [ %683, %loop ], [ %935, %partial ]
	%1221 = phi float [ %684, %loop ], [ %947, %partial ]
	%1222 = phi float [ %685, %loop ], [ %959, %partial ]
	%1223 = phi float [ %686, %loop ], [ %971, %partial ]
	%1224 = phi float [ %687, %loop ], [ %983, %partial ]
	%1225 = phi float [ %688, %loop ], [ %995, %partial ]
	%1226 = phi float [ %689, %loop ], [ %1007, %partial ]
	%1227 = phi float [ %690, %loop ], [ %1019, %partial ]
	%1228 = phi float [ %691, %loop ], [ %1031, %partial ]
	%1229 = phi float [ %692, %loop ], [ %1043, %partial ]
	%1230 = phi float [ %693, %loop ], [ %1055, %partial ]
	%1231 = phi float [ %694, %loop ], [ %1067, %partial ]
	%1232 = phi float [ %695, %loop ], [ %1079, %partial ]
	%1233 = phi float [ %696, %loop ], [ %1091, %partial ]
	%1234 = phi float [ %697, %loop ], [ %1103, %partial ]
	%1235 = phi float [ %698, %loop ], [ %1115, %partial ]
	%1236 = phi float [ %699, %loop ], [ %1127, %partial ]
	%1237 = phi float [ %700, %loop ], [ %1139, %partial ]
	%1238 = phi float [ %701, %loop ], [ %1151, %partial ]
	%1239 = phi float [ %702, %loop ], [ %1163, %partial ]
	%1240 = phi float [ %703, %loop ], [ %1175, %partial ]
	%1241 = phi float [ %704, %loop ], [ %1187, %partial ]
	%1242 = phi float [ %705, %loop ], [ %1199, %partial ]
	%1243 = phi float [ %706, %loop ], [ %1211, %partial ]
	%1244 = call float @llvm.nvvm.fmax.f(float %1212, float %1213)
	%1245 = call float @llvm.nvvm.fmax.f(float %1216, float %1217)
	%1246 = call float @llvm.nvvm.fmax.f(float %1220, float %1221)
	%1247 = call float @llvm.nvvm.fmax.f(float %1224, float %1225)
	%1248 = call float @llvm.nvvm.fmax.f(float %1228, float %1229)
	%1249 = call float @llvm.nvvm.fmax.f(float %1232, float %1233)
	%1250 = call float @llvm.nvvm.fmax.f(float %1236, float %1237)
	%1251 = call float @llvm.nvvm.fmax.f(float %1240, float %1241)
	%1252 = call float @llvm.nvvm.fmax.f(float %1244, float %1245)
	%1253 = call float @llvm.nvvm.fmax.f(float %1246, float %1247)
	%1254 = call float @llvm.nvvm.fmax.f(float %1248, float %1249)
	%1255 = call float @llvm.nvvm.fmax.f(float %1250, float %1251)
	%1256 = call float @llvm.nvvm.fmax.f(float %1252, float %1253)
	%1257 = call float @llvm.nvvm.fmax.f(float %1254, float %1255)
	%1258 = call float @llvm.nvvm.fmax.f(float %1256, float %1257)
	%1259 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1258, i32 1, i32 31)
	%1260 = call float @llvm.nvvm.fmax.f(float %1258, float %1259)
	%1261 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1260, i32 2, i32 31)
	%1262 = call float @llvm.nvvm.fmax.f(float %1260, float %1261)
	%1263 = fmul float %1262, 0x3FC0527DC0000000
	%1264 = call float @llvm.nvvm.fmax.f(float %292, float %1263)
	%1265 = fadd float %292, 8.0
	%1266 = fcmp ogt float %1264, %1265
	%1267 = or i1 false, %1266
	%1268 = call float @llvm.nvvm.fmax.f(float %1214, float %1215)
	%1269 = call float @llvm.nvvm.fmax.f(float %1218, float %1219)
	%1270 = call float @llvm.nvvm.fmax.f(float %1222, float %1223)
	%1271 = call float @llvm.nvvm.fmax.f(float %1226, float %1227)
	%1272 = call float @llvm.nvvm.fmax.f(float %1230, float %1231)
	%1273 = call float @llvm.nvvm.fmax.f(float %1234, float %1235)
	%1274 = call float @llvm.nvvm.fmax.f(float %1238, float %1239)
	%1275 = call float @llvm.nvvm.fmax.f(float %1242, float %1243)
	%1276 = call float @llvm.nvvm.fmax.f(float %1268, float %1269)
	%1277 = call float @llvm.nvvm.fmax.f(float %1270, float %1271)
	%1278 = call float @llvm.nvvm.fmax.f(float %1272, float %1273)
	%1279 = call float @llvm.nvvm.fmax.f(float %1274, float %1275)
	%1280 = call float @llvm.nvvm.fmax.f(float %1276, float %1277)
	%1281 = call float @llvm.nvvm.fmax.f(float %1278, float %1279)
	%1282 = call float @llvm.nvvm.fmax.f(float %1280, float %1281)
	%1283 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1282, i32 1, i32 31)
	%1284 = call float @llvm.nvvm.fmax.f(float %1282, float %1283)
	%1285 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1284, i32 2, i32 31)
	%1286 = call float @llvm.nvvm.fmax.f(float %1284, float %1285)
	%1287 = fmul float %1286, 0x3FC0527DC0000000
	%1288 = call float @llvm.nvvm.fmax.f(float %294, float %1287)
	%1289 = fadd float %294, 8.0
	%1290 = fcmp ogt float %1288, %1289
	%1291 = or i1 %1267, %1290
	%1292 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1291)
	br i1 %1292, label %1293, label %1368

1293:
	%1294 = fcmp oeq float %1264, 0xFFF0000000000000
	%1295 = select i1 %1294, float 0.0, float %1264
	%1296 = fsub float %292, %1295
	%1297 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1296)
	%1298 = fcmp oeq float %1288, 0xFFF0000000000000
	%1299 = select i1 %1298, float 0.0, float %1288
	%1300 = fsub float %294, %1299
	%1301 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1300)
	%1302 = fmul float %228, %1297
	%1303 = fmul float %229, %1297
	%1304 = fmul float %230, %1301
	%1305 = fmul float %231, %1301
	%1306 = fmul float %232, %1297
	%1307 = fmul float %233, %1297
	%1308 = fmul float %234, %1301
	%1309 = fmul float %235, %1301
	%1310 = fmul float %236, %1297
	%1311 = fmul float %237, %1297
	%1312 = fmul float %238, %1301
	%1313 = fmul float %239, %1301
	%1314 = fmul float %240, %1297
	%1315 = fmul float %241, %1297
	%1316 = fmul float %242, %1301
	%1317 = fmul float %243, %1301
	%1318 = fmul float %244, %1297
	%1319 = fmul float %245, %1297
	%1320 = fmul float %246, %1301
	%1321 = fmul float %247, %1301
	%1322 = fmul float %248, %1297
	%1323 = fmul float %249, %1297
	%1324 = fmul float %250, %1301
	%1325 = fmul float %251, %1301
	%1326 = fmul float %252, %1297
	%1327 = fmul float %253, %1297
	%1328 = fmul float %254, %1301
	%1329 = fmul float %255, %1301
	%1330 = fmul float %256, %1297
	%1331 = fmul float %257, %1297
	%1332 = fmul float %258, %1301
	%1333 = fmul float %259, %1301
	%1334 = fmul float %260, %1297
	%1335 = fmul float %261, %1297
	%1336 = fmul float %262, %1301
	%1337 = fmul float %263, %1301
	%1338 = fmul float %264, %1297
	%1339 = fmul float %265, %1297
	%1340 = fmul float %266, %1301
	%1341 = fmul float %267, %1301
	%1342 = fmul float %268, %1297
	%1343 = fmul float %269, %1297
	%1344 = fmul float %270, %1301
	%1345 = fmul float %271, %1301
	%1346 = fmul float %272, %1297
	%1347 = fmul float %273, %1297
	%1348 = fmul float %274, %1301
	%1349 = fmul float %275, %1301
	%1350 = fmul float %276, %1297
	%1351 = fmul float %277, %1297
	%1352 = fmul float %278, %1301
	%1353 = fmul float %279, %1301
	%1354 = fmul float %280, %1297
	%1355 = fmul float %281, %1297
	%1356 = fmul float %282, %1301
	%1357 = fmul float %283, %1301
	%1358 = fmul float %284, %1297
	%1359 = fmul float %285, %1297
	%1360 = fmul float %286, %1301
	%1361 = fmul float %287, %1301
	%1362 = fmul float %288, %1297
	%1363 = fmul float %289, %1297
	%1364 = fmul float %290, %1301
	%1365 = fmul float %291, %1301
	%1366 = fmul float %293, %1297
	%1367 = fmul float %295, %1301
	br label %1368

1368:
	%1369 = phi float [ %228, %softmax ], [ %1302, %1293 ]
	%1370 = phi float [ %229, %softmax ], [ %1303, %1293 ]
	%1371 = phi float [ %230, %softmax ], [ %1304, %1293 ]
	%1372 = phi float [ %231, %softmax ], [ %1305, %1293 ]
	%1373 = phi float [ %232, %softmax ], [ %1306, %1293 ]
	%1374 = phi float [ %233, %softmax ], [ %1307, %1293 ]
	%1375 = phi float [ %234, %softmax ], [ %1308, %1293 ]
	%1376 = phi float [ %235, %softmax ], [ %1309, %1293 ]
	%1377 = phi float [ %236, %softmax ], [ %1310, %1293 ]
	%1378 = phi float [ %237, %softmax ], [ %1311, %1293 ]
	%1379 = phi float [ %238, %softmax ], [ %1312, %1293 ]
	%1380 = phi float [ %239, %softmax ], [ %1313, %1293 ]
	%1381 = phi float [ %240, %softmax ], [ %1314, %1293 ]
	%1382 = phi float [ %241, %softmax ], [ %1315, %1293 ]
	%1383 = phi float [ %242, %softmax ], [ %1316, %1293 ]
	%1384 = phi float [ %243, %softmax ], [ %1317, %1293 ]
	%1385 = phi float [ %244, %softmax ], [ %1318, %1293 ]
	%1386 = phi float [ %245, %softmax ], [ %1319, %1293 ]
	%1387 = phi float [ %246, %softmax ], [ %1320, %1293 ]
	%1388 = phi float [ %247, %softmax ], [ %1321, %1293 ]
	%1389 = phi float [ %248, %softmax ], [ %1322, %1293 ]
	%1390 = phi float [ %249, %softmax ], [ %1323, %1293 ]
	%1391 = phi float [ %250, %softmax ], [ %1324, %1293 ]
	%1392 = phi float [ %251, %softmax ], [ %1325, %1293 ]
	%1393 = phi float [ %252, %softmax ], [ %1326, %1293 ]
	%1394 = phi float [ %253, %softmax ], [ %1327, %1293 ]
	%1395 = phi float [ %254, %softmax ], [ %1328, %1293 ]
	%1396 = phi float [ %255, %softmax ], [ %1329, %1293 ]
	%1397 = phi float [ %256, %softmax ], [ %1330, %1293 ]
	%1398 = phi float [ %257, %softmax ], [ %1331, %1293 ]
	%1399 = phi float [ %258, %softmax ], [ %1332, %1293 ]
	%1400 = phi float [ %259, %softmax ], [ %1333, %1293 ]
	%1401 = phi float [ %260, %softmax ], [ %1334, %1293 ]
	%1402 = phi float [ %261, %softmax ], [ %1335, %1293 ]
	%1403 = phi float [ %262, %softmax ], [ %1336, %1293 ]
	%1404 = phi float [ %263, %softmax ], [ %1337, %1293 ]
	%1405 = phi float [ %264, %softmax ], [ %1338, %1293 ]
	%1406 = phi float [ %265, %softmax ], [ %1339, %1293 ]
	%1407 = phi float [ %266, %softmax ], [ %1340, %1293 ]
	%1408 = phi float [ %267, %softmax ], [ %1341, %1293 ]
	%1409 = phi float [ %268, %softmax ], [ %1342, %1293 ]
	%1410 = phi float [ %269, %softmax ], [ %1343, %1293 ]
	%1411 = phi float [ %270, %softmax ], [ %1344, %1293 ]
	%1412 = phi float [ %271, %softmax ], [ %1345, %1293 ]
	%1413 = phi float [ %272, %softmax ], [ %1346, %1293 ]
	%1414 = phi float [ %273, %softmax ], [ %1347, %1293 ]
	%1415 = phi float [ %274, %softmax ], [ %1348, %1293 ]
	%1416 = phi float [ %275, %softmax ], [ %1349, %1293 ]
	%1417 = phi float [ %276, %softmax ], [ %1350, %1293 ]
	%1418 = phi float [ %277, %softmax ], [ %1351, %1293 ]
	%1419 = phi float [ %278, %softmax ], [ %1352, %1293 ]
	%1420 = phi float [ %279, %softmax ], [ %1353, %1293 ]
	%1421 = phi float [ %280, %softmax ], [ %1354, %1293 ]
	%1422 = phi float [ %281, %softmax ], [ %1355, %1293 ]
	%1423 = phi float [ %282, %softmax ], [ %1356, %1293 ]
	%1424 = phi float [ %283, %softmax ], [ %1357, %1293 ]
	%1425 = phi float [ %284, %softmax ], [ %1358, %1293 ]
	%1426 = phi float [ %285, %softmax ], [ %1359, %1293 ]
	%1427 = phi float [ %286, %softmax ], [ %1360, %1293 ]
	%1428 = phi float [ %287, %softmax ], [ %1361, %1293 ]
	%1429 = phi float [ %288, %softmax ], [ %1362, %1293 ]
	%1430 = phi float [ %289, %softmax ], [ %1363, %1293 ]
	%1431 = phi float [ %290, %softmax ], [ %1364, %1293 ]
	%1432 = phi float [ %291, %softmax ], [ %1365, %1293 ]
	%1433 = phi float [ %293, %softmax ], [ %1366, %1293 ]
	%1434 = phi float [ %295, %softmax ], [ %1367, %1293 ]
	%1435 = select i1 %1292, float %1264, float %292
	%1436 = fcmp oeq float %1435, 0xFFF0000000000000
	%1437 = select i1 %1436, float 0.0, float %1435
	%1438 = fneg float %1437
	%1439 = call float @llvm.fma.f32(float %1212, float 0x3FC0527DC0000000, float %1438)
	%1440 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1439)
	%1441 = call float @llvm.fma.f32(float %1213, float 0x3FC0527DC0000000, float %1438)
	%1442 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1441)
	%1443 = call float @llvm.fma.f32(float %1216, float 0x3FC0527DC0000000, float %1438)
	%1444 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1443)
	%1445 = call float @llvm.fma.f32(float %1217, float 0x3FC0527DC0000000, float %1438)
	%1446 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1445)
	%1447 = call float @llvm.fma.f32(float %1220, float 0x3FC0527DC0000000, float %1438)
	%1448 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1447)
	%1449 = call float @llvm.fma.f32(float %1221, float 0x3FC0527DC0000000, float %1438)
	%1450 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1449)
	%1451 = call float @llvm.fma.f32(float %1224, float 0x3FC0527DC0000000, float %1438)
	%1452 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1451)
	%1453 = call float @llvm.fma.f32(float %1225, float 0x3FC0527DC0000000, float %1438)
	%1454 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1453)
	%1455 = call float @llvm.fma.f32(float %1228, float 0x3FC0527DC0000000, float %1438)
	%1456 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1455)
	%1457 = call float @llvm.fma.f32(float %1229, float 0x3FC0527DC0000000, float %1438)
	%1458 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1457)
	%1459 = call float @llvm.fma.f32(float %1232, float 0x3FC0527DC0000000, float %1438)
	%1460 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1459)
	%1461 = call float @llvm.fma.f32(float %1233, float 0x3FC0527DC0000000, float %1438)
	%1462 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1461)
	%1463 = call float @llvm.fma.f32(float %1236, float 0x3FC0527DC0000000, float %1438)
	%1464 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1463)
	%1465 = call float @llvm.fma.f32(float %1237, float 0x3FC0527DC0000000, float %1438)
	%1466 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1465)
	%1467 = call float @llvm.fma.f32(float %1240, float 0x3FC0527DC0000000, float %1438)
	%1468 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1467)
	%1469 = call float @llvm.fma.f32(float %1241, float 0x3FC0527DC0000000, float %1438)
	%1470 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1469)
	%1471 = fadd float %1440, %1442
	%1472 = fadd float %1444, %1446
	%1473 = fadd float %1448, %1450
	%1474 = fadd float %1452, %1454
	%1475 = fadd float %1456, %1458
	%1476 = fadd float %1460, %1462
	%1477 = fadd float %1464, %1466
	%1478 = fadd float %1468, %1470
	%1479 = fadd float %1471, %1472
	%1480 = fadd float %1473, %1474
	%1481 = fadd float %1475, %1476
	%1482 = fadd float %1477, %1478
	%1483 = fadd float %1479, %1480
	%1484 = fadd float %1481, %1482
	%1485 = fadd float %1483, %1484
	%1486 = fadd float %1433, %1485
	%1487 = select i1 %1292, float %1288, float %294
	%1488 = fcmp oeq float %1487, 0xFFF0000000000000
	%1489 = select i1 %1488, float 0.0, float %1487
	%1490 = fneg float %1489
	%1491 = call float @llvm.fma.f32(float %1214, float 0x3FC0527DC0000000, float %1490)
	%1492 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1491)
	%1493 = call float @llvm.fma.f32(float %1215, float 0x3FC0527DC0000000, float %1490)
	%1494 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1493)
	%1495 = call float @llvm.fma.f32(float %1218, float 0x3FC0527DC0000000, float %1490)
	%1496 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1495)
	%1497 = call float @llvm.fma.f32(float %1219, float 0x3FC0527DC0000000, float %1490)
	%1498 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1497)
	%1499 = call float @llvm.fma.f32(float %1222, float 0x3FC0527DC0000000, float %1490)
	%1500 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1499)
	%1501 = call float @llvm.fma.f32(float %1223, float 0x3FC0527DC0000000, float %1490)
	%1502 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1501)
	%1503 = call float @llvm.fma.f32(float %1226, float 0x3FC0527DC0000000, float %1490)
	%1504 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1503)
	%1505 = call float @llvm.fma.f32(float %1227, float 0x3FC0527DC0000000, float %1490)
	%1506 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1505)
	%1507 = call float @llvm.fma.f32(float %1230, float 0x3FC0527DC0000000, float %1490)
	%1508 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1507)
	%1509 = call float @llvm.fma.f32(float %1231, float 0x3FC0527DC0000000, float %1490)
	%1510 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1509)
	%1511 = call float @llvm.fma.f32(float %1234, float 0x3FC0527DC0000000, float %1490)
	%1512 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1511)
	%1513 = call float @llvm.fma.f32(float %1235, float 0x3FC0527DC0000000, float %1490)
	%1514 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1513)
	%1515 = call float @llvm.fma.f32(float %1238, float 0x3FC0527DC0000000, float %1490)
	%1516 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1515)
	%1517 = call float @llvm.fma.f32(float %1239, float 0x3FC0527DC0000000, float %1490)
	%1518 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1517)
	%1519 = call float @llvm.fma.f32(float %1242, float 0x3FC0527DC0000000, float %1490)
	%1520 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1519)
	%1521 = call float @llvm.fma.f32(float %1243, float 0x3FC0527DC0000000, float %1490)
	%1522 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1521)
	%1523 = fadd float %1492, %1494
	%1524 = fadd float %1496, %1498
	%1525 = fadd float %1500, %1502
	%1526 = fadd float %1504, %1506
	%1527 = fadd float %1508, %1510
	%1528 = fadd float %1512, %1514
	%1529 = fadd float %1516, %1518
	%1530 = fadd float %1520, %1522
	%1531 = fadd float %1523, %1524
	%1532 = fadd float %1525, %1526
	%1533 = fadd float %1527, %1528
	%1534 = fadd float %1529, %1530
	%1535 = fadd float %1531, %1532
	%1536 = fadd float %1533, %1534
	%1537 = fadd float %1535, %1536
	%1538 = fadd float %1434, %1537
	%1539 = add i32 %224, 1
	%1540 = icmp sge i32 %226, 0
	%1541 = add i32 %224, 2
	%1542 = icmp slt i32 %1541, %NK
	%1543 = and i1 %1540, %1542
	%1544 = select i1 %1543, i32 %1541, i32 0
	%1545 = add i32 %48, %1544
	%1546 = sext i32 %1545 to i64
	%1547 = getelementptr i32, i32* %list, i64 %1546
	%1548 = load i32, i32* %1547
	%1549 = select i1 %1543, i32 %1548, i32 -1
	%1550 = icmp sge i32 %226, 0
	%1551 = icmp slt i32 %226, %NK
	%1552 = and i1 %1550, %1551
	%1553 = select i1 %1552, i32 %226, i32 0
	%1554 = add i32 %52, %1553
	%1555 = sext i32 %1554 to i64
	%1556 = getelementptr i8, i8* %cls, i64 %1555
	%1557 = load i8, i8* %1556
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1540, label %prefetch, label %pv

prefetch:
	%1558 = mul i32 %226, 64
	%1559 = lshr i32 %9, 4
	%1560 = and i32 %9, 15
	%1561 = lshr i32 %1560, 3
	%1562 = mul i32 %1561, u0x2000
	%1563 = and i32 %1560, 7
	%1564 = and i32 %1559, 7
	%1565 = xor i32 %1563, %1564
	%1566 = mul i32 %1559, 128
	%1567 = shl i32 %1565, 4
	%1568 = add i32 %1566, %1567
	%1569 = add i32 %1562, %1568
	%1570 = add i32 %0, %1569
	%1571 = add i32 %1558, %1559
	%1572 = mul i32 %1571, 128
	%1573 = mul i32 %1560, 8
	%1574 = add i32 %1572, %1573
	%1575 = sext i32 %1574 to i64
	%1576 = getelementptr i16, i16* %39, i64 %1575
	%1577 = add i32 %1571, 0
	%1578 = icmp slt i32 %1577, %N
	%1579 = getelementptr i16, i16* %1576, i64 0
	%1580 = select i1 %1578, i16* %1579, i16* %39
	%1581 = add i32 %1570, 0
	%1582 = select i1 %1578, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1581, i16* %1580, i32 %1582)
	%1583 = add i32 %1571, 8
	%1584 = icmp slt i32 %1583, %N
	%1585 = getelementptr i16, i16* %1576, i64 1024
	%1586 = select i1 %1584, i16* %1585, i16* %39
	%1587 = add i32 %1570, 1024
	%1588 = select i1 %1584, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1587, i16* %1586, i32 %1588)
	%1589 = add i32 %1571, 16
	%1590 = icmp slt i32 %1589, %N
	%1591 = getelementptr i16, i16* %1576, i64 2048
	%1592 = select i1 %1590, i16* %1591, i16* %39
	%1593 = add i32 %1570, 2048
	%1594 = select i1 %1590, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1593, i16* %1592, i32 %1594)
	%1595 = add i32 %1571, 24
	%1596 = icmp slt i32 %1595, %N
	%1597 = getelementptr i16, i16* %1576, i64 3072
	%1598 = select i1 %1596, i16* %1597, i16* %39
	%1599 = add i32 %1570, 3072
	%1600 = select i1 %1596, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1599, i16* %1598, i32 %1600)
	%1601 = add i32 %1571, 32
	%1602 = icmp slt i32 %1601, %N
	%1603 = getelementptr i16, i16* %1576, i64 u0x1000
	%1604 = select i1 %1602, i16* %1603, i16* %39
	%1605 = add i32 %1570, u0x1000
	%1606 = select i1 %1602, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1605, i16* %1604, i32 %1606)
	%1607 = add i32 %1571, 40
	%1608 = icmp slt i32 %1607, %N
	%1609 = getelementptr i16, i16* %1576, i64 5120
	%1610 = select i1 %1608, i16* %1609, i16* %39
	%1611 = add i32 %1570, 5120
	%1612 = select i1 %1608, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1611, i16* %1610, i32 %1612)
	%1613 = add i32 %1571, 48
	%1614 = icmp slt i32 %1613, %N
	%1615 = getelementptr i16, i16* %1576, i64 6144
	%1616 = select i1 %1614, i16* %1615, i16* %39
	%1617 = add i32 %1570, 6144
	%1618 = select i1 %1614, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1617, i16* %1616, i32 %1618)
	%1619 = add i32 %1571, 56
	%1620 = icmp slt i32 %1619, %N
	%1621 = getelementptr i16, i16* %1576, i64 7168
	%1622 = select i1 %1620, i16* %1621, i16* %39
	%1623 = add i32 %1570, 7168
	%1624 = select i1 %1620, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1623, i16* %1622, i32 %1624)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1625 = and i32 %11, 7
	%1626 = lshr i32 %11, 3
	%1627 = and i32 %1626, 1
	%1628 = shl i32 %1627, 3
	%1629 = add i32 %1625, %1628
	%1630 = mul i32 %1629, 256
	%1631 = add i32 %1, %1630
	%1632 = and i32 %11, 7
	%1633 = xor i32 %147, %1632
	%1634 = shl i32 %1633, 4
	%1635 = add i32 %1631, %1634
	%1636 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1442, float %1440)
	%1637 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1494, float %1492)
	%1638 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1446, float %1444)
	%1639 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1498, float %1496)
	%1640 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1450, float %1448)
	%1641 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1502, float %1500)
	%1642 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1454, float %1452)
	%1643 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1506, float %1504)
	%1644 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1458, float %1456)
	%1645 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1510, float %1508)
	%1646 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1462, float %1460)
	%1647 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1514, float %1512)
	%1648 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1466, float %1464)
	%1649 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1518, float %1516)
	%1650 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1470, float %1468)
	%1651 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1522, float %1520)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1652 = add i32 %8, 0
	%1653 = zext i32 %1652 to i64
	%1654 = or i64 %1653, u0x4000004002000000
	%1655 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1369, float %1370, float %1371, float %1372, float %1373, float %1374, float %1375, float %1376, float %1377, float %1378, float %1379, float %1380, float %1381, float %1382, float %1383, float %1384, float %1385, float %1386, float %1387, float %1388, float %1389, float %1390, float %1391, float %1392, float %1393, float %1394, float %1395, float %1396, float %1397, float %1398, float %1399, float %1400, float %1401, float %1402, float %1403, float %1404, float %1405, float %1406, float %1407, float %1408, float %1409, float %1410, float %1411, float %1412, float %1413, float %1414, float %1415, float %1416, float %1417, float %1418, float %1419, float %1420, float %1421, float %1422, float %1423, float %1424, float %1425, float %1426, float %1427, float %1428, float %1429, float %1430, float %1431, float %1432, i32 %1636, i32 %1637, i32 %1638, i32 %1639, i64 %1654, i32 1)
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 0
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 1
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 2
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 3
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 4
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 5
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 6
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 7
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 8
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 9
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 10
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 11
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 12
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 13
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 14
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 15
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 16
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 17
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 18
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 19
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 20
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 21
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 22
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 23
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 24
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 25
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 26
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 27
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 28
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 29
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 30
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 31
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 32
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 33
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 34
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 35
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 36
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 37
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 38
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 39
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 40
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 41
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 42
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 43
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 44
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 45
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 46
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 47
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 48
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 49
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 50
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 51
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 52
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 53
	%1710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 54
	%1711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 55
	%1712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 56
	%1713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 57
	%1714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 58
	%1715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 59
	%1716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 60
	%1717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 61
	%1718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 62
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1655, 63
	%1720 = add i32 %8, 128
	%1721 = zext i32 %1720 to i64
	%1722 = or i64 %1721, u0x4000004002000000
	%1723 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, float %1672, float %1673, float %1674, float %1675, float %1676, float %1677, float %1678, float %1679, float %1680, float %1681, float %1682, float %1683, float %1684, float %1685, float %1686, float %1687, float %1688, float %1689, float %1690, float %1691, float %1692, float %1693, float %1694, float %1695, float %1696, float %1697, float %1698, float %1699, float %1700, float %1701, float %1702, float %1703, float %1704, float %1705, float %1706, float %1707, float %1708, float %1709, float %1710, float %1711, float %1712, float %1713, float %1714, float %1715, float %1716, float %1717, float %1718, float %1719, i32 %1640, i32 %1641, i32 %1642, i32 %1643, i64 %1722, i32 1)
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 0
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 1
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 2
	%1727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 3
	%1728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 4
	%1729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 5
	%1730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 6
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 7
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 8
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 9
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 10
	%1735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 11
	%1736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 12
	%1737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 13
	%1738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 14
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 15
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 16
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 17
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 18
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 19
	%1744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 20
	%1745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 21
	%1746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 22
	%1747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 23
	%1748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 24
	%1749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 25
	%1750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 26
	%1751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 27
	%1752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 28
	%1753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 29
	%1754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 30
	%1755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 31
	%1756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 32
	%1757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 33
	%1758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 34
	%1759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 35
	%1760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 36
	%1761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 37
	%1762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 38
	%1763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 39
	%1764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 40
	%1765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 41
	%1766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 42
	%1767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 43
	%1768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 44
	%1769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 45
	%1770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 46
	%1771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 47
	%1772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 48
	%1773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 49
	%1774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 50
	%1775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 51
	%1776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 52
	%1777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 53
	%1778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 54
	%1779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 55
	%1780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 56
	%1781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 57
	%1782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 58
	%1783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 59
	%1784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 60
	%1785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 61
	%1786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 62
	%1787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1723, 63
	%1788 = add i32 %8, 256
	%1789 = zext i32 %1788 to i64
	%1790 = or i64 %1789, u0x4000004002000000
	%1791 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1724, float %1725, float %1726, float %1727, float %1728, float %1729, float %1730, float %1731, float %1732, float %1733, float %1734, float %1735, float %1736, float %1737, float %1738, float %1739, float %1740, float %1741, float %1742, float %1743, float %1744, float %1745, float %1746, float %1747, float %1748, float %1749, float %1750, float %1751, float %1752, float %1753, float %1754, float %1755, float %1756, float %1757, float %1758, float %1759, float %1760, float %1761, float %1762, float %1763, float %1764, float %1765, float %1766, float %1767, float %1768, float %1769, float %1770, float %1771, float %1772, float %1773, float %1774, float %1775, float %1776, float %1777, float %1778, float %1779, float %1780, float %1781, float %1782, float %1783, float %1784, float %1785, float %1786, float %1787, i32 %1644, i32 %1645, i32 %1646, i32 %1647, i64 %1790, i32 1)
	%1792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 0
	%1793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 1
	%1794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 2
	%1795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 3
	%1796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 4
	%1797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 5
	%1798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 6
	%1799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 7
	%1800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 8
	%1801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 9
	%1802 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 10
	%1803 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 11
	%1804 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 12
	%1805 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 13
	%1806 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 14
	%1807 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 15
	%1808 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 16
	%1809 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 17
	%1810 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 18
	%1811 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 19
	%1812 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 20
	%1813 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 21
	%1814 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 22
	%1815 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 23
	%1816 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 24
	%1817 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 25
	%1818 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 26
	%1819 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 27
	%1820 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 28
	%1821 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 29
	%1822 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 30
	%1823 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 31
	%1824 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 32
	%1825 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 33
	%1826 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 34
	%1827 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 35
	%1828 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 36
	%1829 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 37
	%1830 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 38
	%1831 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 39
	%1832 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 40
	%1833 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 41
	%1834 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 42
	%1835 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 43
	%1836 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 44
	%1837 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 45
	%1838 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 46
	%1839 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 47
	%1840 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 48
	%1841 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 49
	%1842 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 50
	%1843 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 51
	%1844 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 52
	%1845 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 53
	%1846 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 54
	%1847 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 55
	%1848 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 56
	%1849 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 57
	%1850 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 58
	%1851 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 59
	%1852 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 60
	%1853 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 61
	%1854 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 62
	%1855 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1791, 63
	%1856 = add i32 %8, 384
	%1857 = zext i32 %1856 to i64
	%1858 = or i64 %1857, u0x4000004002000000
	%1859 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1792, float %1793, float %1794, float %1795, float %1796, float %1797, float %1798, float %1799, float %1800, float %1801, float %1802, float %1803, float %1804, float %1805, float %1806, float %1807, float %1808, float %1809, float %1810, float %1811, float %1812, float %1813, float %1814, float %1815, float %1816, float %1817, float %1818, float %1819, float %1820, float %1821, float %1822, float %1823, float %1824, float %1825, float %1826, float %1827, float %1828, float %1829, float %1830, float %1831, float %1832, float %1833, float %1834, float %1835, float %1836, float %1837, float %1838, float %1839, float %1840, float %1841, float %1842, float %1843, float %1844, float %1845, float %1846, float %1847, float %1848, float %1849, float %1850, float %1851, float %1852, float %1853, float %1854, float %1855, i32 %1648, i32 %1649, i32 %1650, i32 %1651, i64 %1858, i32 1)
	%1860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 0
	%1861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 1
	%1862 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 2
	%1863 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 3
	%1864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 4
	%1865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 5
	%1866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 6
	%1867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 7
	%1868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 8
	%1869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 9
	%1870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 10
	%1871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 11
	%1872 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 12
	%1873 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 13
	%1874 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 14
	%1875 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 15
	%1876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 16
	%1877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 17
	%1878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 18
	%1879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 19
	%1880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 20
	%1881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 21
	%1882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 22
	%1883 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 23
	%1884 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 24
	%1885 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 25
	%1886 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 26
	%1887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 27
	%1888 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 28
	%1889 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 29
	%1890 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 30
	%1891 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 31
	%1892 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 32
	%1893 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 33
	%1894 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 34
	%1895 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 35
	%1896 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 36
	%1897 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 37
	%1898 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 38
	%1899 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 39
	%1900 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 40
	%1901 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 41
	%1902 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 42
	%1903 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 43
	%1904 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 44
	%1905 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 45
	%1906 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 46
	%1907 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 47
	%1908 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 48
	%1909 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 49
	%1910 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 50
	%1911 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 51
	%1912 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 52
	%1913 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 53
	%1914 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 54
	%1915 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 55
	%1916 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 56
	%1917 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 57
	%1918 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 58
	%1919 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 59
	%1920 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 60
	%1921 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 61
	%1922 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 62
	%1923 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1859, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1924 = call float asm sideeffect "", "=f,0"(float %1860)
	%1925 = call float asm sideeffect "", "=f,0"(float %1861)
	%1926 = call float asm sideeffect "", "=f,0"(float %1862)
	%1927 = call float asm sideeffect "", "=f,0"(float %1863)
	%1928 = call float asm sideeffect "", "=f,0"(float %1864)
	%1929 = call float asm sideeffect "", "=f,0"(float %1865)
	%1930 = call float asm sideeffect "", "=f,0"(float %1866)
	%1931 = call float asm sideeffect "", "=f,0"(float %1867)
	%1932 = call float asm sideeffect "", "=f,0"(float %1868)
	%1933 = call float asm sideeffect "", "=f,0"(float %1869)
	%1934 = call float asm sideeffect "", "=f,0"(float %1870)
	%1935 = call float asm sideeffect "", "=f,0"(float %1871)
	%1936 = call float asm sideeffect "", "=f,0"(float %1872)
	%1937 = call float asm sideeffect "", "=f,0"(float %1873)
	%1938 = call float asm sideeffect "", "=f,0"(float %1874)
	%1939 = call float asm sideeffect "", "=f,0"(float %1875)
	%1940 = call float asm sideeffect "", "=f,0"(float %1876)
	%1941 = call float asm sideeffect "", "=f,0"(float %1877)
	%1942 = call float asm sideeffect "", "=f,0"(float %1878)
	%1943 = call float asm sideeffect "", "=f,0"(float %1879)
	%1944 = call float asm sideeffect "", "=f,0"(float %1880)
	%1945 = call float asm sideeffect "", "=f,0"(float %1881)
	%1946 = call float asm sideeffect "", "=f,0"(float %1882)
	%1947 = call float asm sideeffect "", "=f,0"(float %1883)
	%1948 = call float asm sideeffect "", "=f,0"(float %1884)
	%1949 = call float asm sideeffect "", "=f,0"(float %1885)
	%1950 = call float asm sideeffect "", "=f,0"(float %1886)
	%1951 = call float asm sideeffect "", "=f,0"(float %1887)
	%1952 = call float asm sideeffect "", "=f,0"(float %1888)
	%1953 = call float asm sideeffect "", "=f,0"(float %1889)
	%1954 = call float asm sideeffect "", "=f,0"(float %1890)
	%1955 = call float asm sideeffect "", "=f,0"(float %1891)
	%1956 = call float asm sideeffect "", "=f,0"(float %1892)
	%1957 = call float asm sideeffect "", "=f,0"(float %1893)
	%1958 = call float asm sideeffect "", "=f,0"(float %1894)
	%1959 = call float asm sideeffect "", "=f,0"(float %1895)
	%1960 = call float asm sideeffect "", "=f,0"(float %1896)
	%1961 = call float asm sideeffect "", "=f,0"(float %1897)
	%1962 = call float asm sideeffect "", "=f,0"(float %1898)
	%1963 = call float asm sideeffect "", "=f,0"(float %1899)
	%1964 = call float asm sideeffect "", "=f,0"(float %1900)
	%1965 = call float asm sideeffect "", "=f,0"(float %1901)
	%1966 = call float asm sideeffect "", "=f,0"(float %1902)
	%1967 = call float asm sideeffect "", "=f,0"(float %1903)
	%1968 = call float asm sideeffect "", "=f,0"(float %1904)
	%1969 = call float asm sideeffect "", "=f,0"(float %1905)
	%1970 = call float asm sideeffect "", "=f,0"(float %1906)
	%1971 = call float asm sideeffect "", "=f,0"(float %1907)
	%1972 = call float asm sideeffect "", "=f,0"(float %1908)
	%1973 = call float asm sideeffect "", "=f,0"(float %1909)
	%1974 = call float asm sideeffect "", "=f,0"(float %1910)
	%1975 = call float asm sideeffect "", "=f,0"(float %1911)
	%1976 = call float asm sideeffect "", "=f,0"(float %1912)
	%1977 = call float asm sideeffect "", "=f,0"(float %1913)
	%1978 = call float asm sideeffect "", "=f,0"(float %1914)
	%1979 = call float asm sideeffect "", "=f,0"(float %1915)
	%1980 = call float asm sideeffect "", "=f,0"(float %1916)
	%1981 = call float asm sideeffect "", "=f,0"(float %1917)
	%1982 = call float asm sideeffect "", "=f,0"(float %1918)
	%1983 = call float asm sideeffect "", "=f,0"(float %1919)
	%1984 = call float asm sideeffect "", "=f,0"(float %1920)
	%1985 = call float asm sideeffect "", "=f,0"(float %1921)
	%1986 = call float asm sideeffect "", "=f,0"(float %1922)
	%1987 = call float asm sideeffect "", "=f,0"(float %1923)
	br i1 %1540, label %loop, label %epilogue

store0:
	%1988 = mul i32 %29, %M
	%1989 = add i32 %1988, %794
	%1990 = mul i32 %1989, 128
	%1991 = shl i32 %13, 1
	%1992 = add i32 0, %1991
	%1993 = add i32 %1990, %1992
	%1994 = sext i32 %1993 to i64
	%1995 = getelementptr i16, i16* %out, i64 %1994
	%1996 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %796, float %795)
	%1997 = bitcast i16* %1995 to i32*
	store i32 %1996, i32* %1997
	%1998 = shl i32 %13, 1
	%1999 = add i32 8, %1998
	%2000 = add i32 %1990, %1999
	%2001 = sext i32 %2000 to i64
	%2002 = getelementptr i16, i16* %out, i64 %2001
	%2003 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %798, float %797)
	%2004 = bitcast i16* %2002 to i32*
	store i32 %2003, i32* %2004
	%2005 = shl i32 %13, 1
	%2006 = add i32 16, %2005
	%2007 = add i32 %1990, %2006
	%2008 = sext i32 %2007 to i64
	%2009 = getelementptr i16, i16* %out, i64 %2008
	%2010 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %800, float %799)
	%2011 = bitcast i16* %2009 to i32*
	store i32 %2010, i32* %2011
	%2012 = shl i32 %13, 1
	%2013 = add i32 24, %2012
	%2014 = add i32 %1990, %2013
	%2015 = sext i32 %2014 to i64
	%2016 = getelementptr i16, i16* %out, i64 %2015
	%2017 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %802, float %801)
	%2018 = bitcast i16* %2016 to i32*
	store i32 %2017, i32* %2018
	%2019 = shl i32 %13, 1
	%2020 = add i32 32, %2019
	%2021 = add i32 %1990, %2020
	%2022 = sext i32 %2021 to i64
	%2023 = getelementptr i16, i16* %out, i64 %2022
	%2024 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %804, float %803)
	%2025 = bitcast i16* %2023 to i32*
	store i32 %2024, i32* %2025
	%2026 = shl i32 %13, 1
	%2027 = add i32 40, %2026
	%2028 = add i32 %1990, %2027
	%2029 = sext i32 %2028 to i64
	%2030 = getelementptr i16, i16* %out, i64 %2029
	%2031 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %806, float %805)
	%2032 = bitcast i16* %2030 to i32*
	store i32 %2031, i32* %2032
	%2033 = shl i32 %13, 1
	%2034 = add i32 48, %2033
	%2035 = add i32 %1990, %2034
	%2036 = sext i32 %2035 to i64
	%2037 = getelementptr i16, i16* %out, i64 %2036
	%2038 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %808, float %807)
	%2039 = bitcast i16* %2037 to i32*
	store i32 %2038, i32* %2039
	%2040 = shl i32 %13, 1
	%2041 = add i32 56, %2040
	%2042 = add i32 %1990, %2041
	%2043 = sext i32 %2042 to i64
	%2044 = getelementptr i16, i16* %out, i64 %2043
	%2045 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %810, float %809)
	%2046 = bitcast i16* %2044 to i32*
	store i32 %2045, i32* %2046
	%2047 = shl i32 %13, 1
	%2048 = add i32 64, %2047
	%2049 = add i32 %1990, %2048
	%2050 = sext i32 %2049 to i64
	%2051 = getelementptr i16, i16* %out, i64 %2050
	%2052 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %812, float %811)
	%2053 = bitcast i16* %2051 to i32*
	store i32 %2052, i32* %2053
	%2054 = shl i32 %13, 1
	%2055 = add i32 72, %2054
	%2056 = add i32 %1990, %2055
	%2057 = sext i32 %2056 to i64
	%2058 = getelementptr i16, i16* %out, i64 %2057
	%2059 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %814, float %813)
	%2060 = bitcast i16* %2058 to i32*
	store i32 %2059, i32* %2060
	%2061 = shl i32 %13, 1
	%2062 = add i32 80, %2061
	%2063 = add i32 %1990, %2062
	%2064 = sext i32 %2063 to i64
	%2065 = getelementptr i16, i16* %out, i64 %2064
	%2066 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %816, float %815)
	%2067 = bitcast i16* %2065 to i32*
	store i32 %2066, i32* %2067
	%2068 = shl i32 %13, 1
	%2069 = add i32 88, %2068
	%2070 = add i32 %1990, %2069
	%2071 = sext i32 %2070 to i64
	%2072 = getelementptr i16, i16* %out, i64 %2071
	%2073 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %818, float %817)
	%2074 = bitcast i16* %2072 to i32*
	store i32 %2073, i32* %2074
	%2075 = shl i32 %13, 1
	%2076 = add i32 96, %2075
	%2077 = add i32 %1990, %2076
	%2078 = sext i32 %2077 to i64
	%2079 = getelementptr i16, i16* %out, i64 %2078
	%2080 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %820, float %819)
	%2081 = bitcast i16* %2079 to i32*
	store i32 %2080, i32* %2081
	%2082 = shl i32 %13, 1
	%2083 = add i32 104, %2082
	%2084 = add i32 %1990, %2083
	%2085 = sext i32 %2084 to i64
	%2086 = getelementptr i16, i16* %out, i64 %2085
	%2087 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %822, float %821)
	%2088 = bitcast i16* %2086 to i32*
	store i32 %2087, i32* %2088
	%2089 = shl i32 %13, 1
	%2090 = add i32 112, %2089
	%2091 = add i32 %1990, %2090
	%2092 = sext i32 %2091 to i64
	%2093 = getelementptr i16, i16* %out, i64 %2092
	%2094 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %824, float %823)
	%2095 = bitcast i16* %2093 to i32*
	store i32 %2094, i32* %2095
	%2096 = shl i32 %13, 1
	%2097 = add i32 120, %2096
	%2098 = add i32 %1990, %2097
	%2099 = sext i32 %2098 to i64
	%2100 = getelementptr i16, i16* %out, i64 %2099
	%2101 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %826, float %825)
	%2102 = bitcast i16* %2100 to i32*
	store i32 %2101, i32* %2102
	br label %stored0

stored0:
	%2103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %718, i32 1, i32 31)
	%2104 = fadd float %718, %2103
	%2105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2104, i32 2, i32 31)
	%2106 = fadd float %2104, %2105
	%2107 = fcmp ogt float %2106, 0.0
	%2108 = fdiv float 1.0, %2106
	%2109 = select i1 %2107, float %2108, float 0.0
	%2110 = mul i32 %10, 16
	%2111 = add i32 %31, %2110
	%2112 = add i32 %12, 8
	%2113 = add i32 %2111, %2112
	%2114 = fmul float %722, %2109
	%2115 = fmul float %723, %2109
	%2116 = fmul float %726, %2109
	%2117 = fmul float %727, %2109
	%2118 = fmul float %730, %2109
	%2119 = fmul float %731, %2109
	%2120 = fmul float %734, %2109
	%2121 = fmul float %735, %2109
	%2122 = fmul float %738, %2109
	%2123 = fmul float %739, %2109
	%2124 = fmul float %742, %2109
	%2125 = fmul float %743, %2109
	%2126 = fmul float %746, %2109
	%2127 = fmul float %747, %2109
	%2128 = fmul float %750, %2109
	%2129 = fmul float %751, %2109
	%2130 = fmul float %754, %2109
	%2131 = fmul float %755, %2109
	%2132 = fmul float %758, %2109
	%2133 = fmul float %759, %2109
	%2134 = fmul float %762, %2109
	%2135 = fmul float %763, %2109
	%2136 = fmul float %766, %2109
	%2137 = fmul float %767, %2109
	%2138 = fmul float %770, %2109
	%2139 = fmul float %771, %2109
	%2140 = fmul float %774, %2109
	%2141 = fmul float %775, %2109
	%2142 = fmul float %778, %2109
	%2143 = fmul float %779, %2109
	%2144 = fmul float %782, %2109
	%2145 = fmul float %783, %2109
	%2146 = icmp slt i32 %2113, %M
	br i1 %2146, label %store1, label %stored1

store1:
	%2147 = mul i32 %29, %M
	%2148 = add i32 %2147, %2113
	%2149 = mul i32 %2148, 128
	%2150 = shl i32 %13, 1
	%2151 = add i32 0, %2150
	%2152 = add i32 %2149, %2151
	%2153 = sext i32 %2152 to i64
	%2154 = getelementptr i16, i16* %out, i64 %2153
	%2155 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2115, float %2114)
	%2156 = bitcast i16* %2154 to i32*
	store i32 %2155, i32* %2156
	%2157 = shl i32 %13, 1
	%2158 = add i32 8, %2157
	%2159 = add i32 %2149, %2158
	%2160 = sext i32 %2159 to i64
	%2161 = getelementptr i16, i16* %out, i64 %2160
	%2162 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2117, float %2116)
	%2163 = bitcast i16* %2161 to i32*
	store i32 %2162, i32* %2163
	%2164 = shl i32 %13, 1
	%2165 = add i32 16, %2164
	%2166 = add i32 %2149, %2165
	%2167 = sext i32 %2166 to i64
	%2168 = getelementptr i16, i16* %out, i64 %2167
	%2169 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2119, float %2118)
	%2170 = bitcast i16* %2168 to i32*
	store i32 %2169, i32* %2170
	%2171 = shl i32 %13, 1
	%2172 = add i32 24, %2171
	%2173 = add i32 %2149, %2172
	%2174 = sext i32 %2173 to i64
	%2175 = getelementptr i16, i16* %out, i64 %2174
	%2176 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2121, float %2120)
	%2177 = bitcast i16* %2175 to i32*
	store i32 %2176, i32* %2177
	%2178 = shl i32 %13, 1
	%2179 = add i32 32, %2178
	%2180 = add i32 %2149, %2179
	%2181 = sext i32 %2180 to i64
	%2182 = getelementptr i16, i16* %out, i64 %2181
	%2183 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2123, float %2122)
	%2184 = bitcast i16* %2182 to i32*
	store i32 %2183, i32* %2184
	%2185 = shl i32 %13, 1
	%2186 = add i32 40, %2185
	%2187 = add i32 %2149, %2186
	%2188 = sext i32 %2187 to i64
	%2189 = getelementptr i16, i16* %out, i64 %2188
	%2190 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2125, float %2124)
	%2191 = bitcast i16* %2189 to i32*
	store i32 %2190, i32* %2191
	%2192 = shl i32 %13, 1
	%2193 = add i32 48, %2192
	%2194 = add i32 %2149, %2193
	%2195 = sext i32 %2194 to i64
	%2196 = getelementptr i16, i16* %out, i64 %2195
	%2197 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2127, float %2126)
	%2198 = bitcast i16* %2196 to i32*
	store i32 %2197, i32* %2198
	%2199 = shl i32 %13, 1
	%2200 = add i32 56, %2199
	%2201 = add i32 %2149, %2200
	%2202 = sext i32 %2201 to i64
	%2203 = getelementptr i16, i16* %out, i64 %2202
	%2204 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2129, float %2128)
	%2205 = bitcast i16* %2203 to i32*
	store i32 %2204, i32* %2205
	%2206 = shl i32 %13, 1
	%2207 = add i32 64, %2206
	%2208 = add i32 %2149, %2207
	%2209 = sext i32 %2208 to i64
	%2210 = getelementptr i16, i16* %out, i64 %2209
	%2211 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2131, float %2130)
	%2212 = bitcast i16* %2210 to i32*
	store i32 %2211, i32* %2212
	%2213 = shl i32 %13, 1
	%2214 = add i32 72, %2213
	%2215 = add i32 %2149, %2214
	%2216 = sext i32 %2215 to i64
	%2217 = getelementptr i16, i16* %out, i64 %2216
	%2218 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2133, float %2132)
	%2219 = bitcast i16* %2217 to i32*
	store i32 %2218, i32* %2219
	%2220 = shl i32 %13, 1
	%2221 = add i32 80, %2220
	%2222 = add i32 %2149, %2221
	%2223 = sext i32 %2222 to i64
	%2224 = getelementptr i16, i16* %out, i64 %2223
	%2225 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2135, float %2134)
	%2226 = bitcast i16* %2224 to i32*
	store i32 %2225, i32* %2226
	%2227 = shl i32 %13, 1
	%2228 = add i32 88, %2227
	%2229 = add i32 %2149, %2228
	%2230 = sext i32 %2229 to i64
	%2231 = getelementptr i16, i16* %out, i64 %2230
	%2232 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2137, float %2136)
	%2233 = bitcast i16* %2231 to i32*
	store i32 %2232, i32* %2233
	%2234 = shl i32 %13, 1
	%2235 = add i32 96, %2234
	%2236 = add i32 %2149, %2235
	%2237 = sext i32 %2236 to i64
	%2238 = getelementptr i16, i16* %out, i64 %2237
	%2239 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2139, float %2138)
	%2240 = bitcast i16* %2238 to i32*
	store i32 %2239, i32* %2240
	%2241 = shl i32 %13, 1
	%2242 = add i32 104, %2241
	%2243 = add i32 %2149, %2242
	%2244 = sext i32 %2243 to i64
	%2245 = getelementptr i16, i16* %out, i64 %2244
	%2246 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2141, float %2140)
	%2247 = bitcast i16* %2245 to i32*
	store i32 %2246, i32* %2247
	%2248 = shl i32 %13, 1
	%2249 = add i32 112, %2248
	%2250 = add i32 %2149, %2249
	%2251 = sext i32 %2250 to i64
	%2252 = getelementptr i16, i16* %out, i64 %2251
	%2253 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2143, float %2142)
	%2254 = bitcast i16* %2252 to i32*
	store i32 %2253, i32* %2254
	%2255 = shl i32 %13, 1
	%2256 = add i32 120, %2255
	%2257 = add i32 %2149, %2256
	%2258 = sext i32 %2257 to i64
	%2259 = getelementptr i16, i16* %out, i64 %2258
	%2260 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2145, float %2144)
	%2261 = bitcast i16* %2259 to i32*
	store i32 %2260, i32* %2261
	br label %stored1

stored1:
	ret void
}
