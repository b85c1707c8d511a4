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
	%60 = lshr i32 %9, 4
	%61 = and i32 %9, 15
	%62 = lshr i32 %61, 3
	%63 = mul i32 %62, u0x2000
	%64 = and i32 %61, 7
	%65 = and i32 %60, 7
	%66 = xor i32 %64, %65
	%67 = mul i32 %60, 128
	%68 = shl i32 %66, 4
	%69 = add i32 %67, %68
	%70 = add i32 %63, %69
	%71 = add i32 %2, %70
	%72 = add i32 %31, %60
	%73 = mul i32 %72, 128
	%74 = mul i32 %61, 8
	%75 = add i32 %73, %74
	%76 = sext i32 %75 to i64
	%77 = getelementptr i16, i16* %35, i64 %76
	%78 = add i32 %72, 0
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %77, i64 0
	%81 = select i1 %79, i16* %80, i16* %35
	%82 = add i32 %71, 0
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %72, 8
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %77, i64 1024
	%87 = select i1 %85, i16* %86, i16* %35
	%88 = add i32 %71, 1024
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %72, 16
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %77, i64 2048
	%93 = select i1 %91, i16* %92, i16* %35
	%94 = add i32 %71, 2048
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %72, 24
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %77, i64 3072
	%99 = select i1 %97, i16* %98, i16* %35
	%100 = add i32 %71, 3072
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	%102 = add i32 %72, 32
	%103 = icmp slt i32 %102, %M
	%104 = getelementptr i16, i16* %77, i64 u0x1000
	%105 = select i1 %103, i16* %104, i16* %35
	%106 = add i32 %71, u0x1000
	%107 = select i1 %103, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %106, i16* %105, i32 %107)
	%108 = add i32 %72, 40
	%109 = icmp slt i32 %108, %M
	%110 = getelementptr i16, i16* %77, i64 5120
	%111 = select i1 %109, i16* %110, i16* %35
	%112 = add i32 %71, 5120
	%113 = select i1 %109, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %112, i16* %111, i32 %113)
	%114 = add i32 %72, 48
	%115 = icmp slt i32 %114, %M
	%116 = getelementptr i16, i16* %77, i64 6144
	%117 = select i1 %115, i16* %116, i16* %35
	%118 = add i32 %71, 6144
	%119 = select i1 %115, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %118, i16* %117, i32 %119)
	%120 = add i32 %72, 56
	%121 = icmp slt i32 %120, %M
	%122 = getelementptr i16, i16* %77, i64 7168
	%123 = select i1 %121, i16* %122, i16* %35
	%124 = add i32 %71, 7168
	%125 = select i1 %121, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %124, i16* %123, i32 %125)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%126 = and i32 %11, 7
	%127 = lshr i32 %11, 3
	%128 = and i32 %127, 1
	%129 = shl i32 %128, 3
	%130 = add i32 %126, %129
	%131 = lshr i32 %11, 4
	%132 = mul i32 %10, 16
	%133 = add i32 %130, 0
	%134 = add i32 %132, %133
	%135 = mul i32 %134, 256
	%136 = add i32 %2, %135
	%137 = and i32 %11, 7
	%138 = xor i32 %131, %137
	%139 = shl i32 %138, 4
	%140 = add i32 %136, %139
	%141 = mul i32 %56, 64
	%142 = lshr i32 %9, 4
	%143 = and i32 %9, 15
	%144 = lshr i32 %143, 3
	%145 = mul i32 %144, u0x2000
	%146 = and i32 %143, 7
	%147 = and i32 %142, 7
	%148 = xor i32 %146, %147
	%149 = mul i32 %142, 128
	%150 = shl i32 %148, 4
	%151 = add i32 %149, %150
	%152 = add i32 %145, %151
	%153 = add i32 %0, %152
	%154 = add i32 %141, %142
	%155 = mul i32 %154, 128
	%156 = mul i32 %143, 8
	%157 = add i32 %155, %156
	%158 = sext i32 %157 to i64
	%159 = getelementptr i16, i16* %39, i64 %158
	%160 = add i32 %154, 0
	%161 = icmp slt i32 %160, %N
	%162 = getelementptr i16, i16* %159, i64 0
	%163 = select i1 %161, i16* %162, i16* %39
	%164 = add i32 %153, 0
	%165 = select i1 %161, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %164, i16* %163, i32 %165)
	%166 = add i32 %154, 8
	%167 = icmp slt i32 %166, %N
	%168 = getelementptr i16, i16* %159, i64 1024
	%169 = select i1 %167, i16* %168, i16* %39
	%170 = add i32 %153, 1024
	%171 = select i1 %167, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %170, i16* %169, i32 %171)
	%172 = add i32 %154, 16
	%173 = icmp slt i32 %172, %N
	%174 = getelementptr i16, i16* %159, i64 2048
	%175 = select i1 %173, i16* %174, i16* %39
	%176 = add i32 %153, 2048
	%177 = select i1 %173, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %176, i16* %175, i32 %177)
	%178 = add i32 %154, 24
	%179 = icmp slt i32 %178, %N
	%180 = getelementptr i16, i16* %159, i64 3072
	%181 = select i1 %179, i16* %180, i16* %39
	%182 = add i32 %153, 3072
	%183 = select i1 %179, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %182, i16* %181, i32 %183)
	%184 = add i32 %154, 32
	%185 = icmp slt i32 %184, %N
	%186 = getelementptr i16, i16* %159, i64 u0x1000
	%187 = select i1 %185, i16* %186, i16* %39
	%188 = add i32 %153, u0x1000
	%189 = select i1 %185, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %188, i16* %187, i32 %189)
	%190 = add i32 %154, 40
	%191 = icmp slt i32 %190, %N
	%192 = getelementptr i16, i16* %159, i64 5120
	%193 = select i1 %191, i16* %192, i16* %39
	%194 = add i32 %153, 5120
	%195 = select i1 %191, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %194, i16* %193, i32 %195)
	%196 = add i32 %154, 48
	%197 = icmp slt i32 %196, %N
	%198 = getelementptr i16, i16* %159, i64 6144
	%199 = select i1 %197, i16* %198, i16* %39
	%200 = add i32 %153, 6144
	%201 = select i1 %197, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %200, i16* %199, i32 %201)
	%202 = add i32 %154, 56
	%203 = icmp slt i32 %202, %N
	%204 = getelementptr i16, i16* %159, i64 7168
	%205 = select i1 %203, i16* %204, i16* %39
	%206 = add i32 %153, 7168
	%207 = select i1 %203, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %206, i16* %205, i32 %207)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%208 = phi i32 [ 0, %prologue ], [ %1525, %pv ]
	%209 = phi i32 [ %56, %prologue ], [ %1532, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1900, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1901, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1902, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1903, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1904, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1905, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1906, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1907, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1908, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1909, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1910, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1911, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1912, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1913, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1914, %pv ]
	%225 = phi float [ 0.0, %prologue ], [ %1915, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1916, %pv ]
	%227 = phi float [ 0.0, %prologue ], [ %1917, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1918, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1919, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1920, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1921, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %1922, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1923, %pv ]
	%234 = phi float [ 0.0, %prologue ], [ %1924, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1925, %pv ]
	%236 = phi float [ 0.0, %prologue ], [ %1926, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %1927, %pv ]
	%238 = phi float [ 0.0, %prologue ], [ %1928, %pv ]
	%239 = phi float [ 0.0, %prologue ], [ %1929, %pv ]
	%240 = phi float [ 0.0, %prologue ], [ %1930, %pv ]
	%241 = phi float [ 0.0, %prologue ], [ %1931, %pv ]
	%242 = phi float [ 0.0, %prologue ], [ %1932, %pv ]
	%243 = phi float [ 0.0, %prologue ], [ %1933, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %1934, %pv ]
	%245 = phi float [ 0.0, %prologue ], [ %1935, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %1936, %pv ]
	%247 = phi float [ 0.0, %prologue ], [ %1937, %pv ]
	%248 = phi float [ 0.0, %prologue ], [ %1938, %pv ]
	%249 = phi float [ 0.0, %prologue ], [ %1939, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %1940, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %1941, %pv ]
	%252 = phi float [ 0.0, %prologue ], [ %1942, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %1943, %pv ]
	%254 = phi float [ 0.0, %prologue ], [ %1944, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %1945, %pv ]
	%256 = phi float [ 0.0, %prologue ], [ %1946, %pv ]
	%257 = phi float [ 0.0, %prologue ], [ %1947, %pv ]
	%258 = phi float [ 0.0, %prologue ], [ %1948, %pv ]
	%259 = phi float [ 0.0, %prologue ], [ %1949, %pv ]
	%260 = phi float [ 0.0, %prologue ], [ %1950, %pv ]
	%261 = phi float [ 0.0, %prologue ], [ %1951, %pv ]
	%262 = phi float [ 0.0, %prologue ], [ %1952, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %1953, %pv ]
	%264 = phi float [ 0.0, %prologue ], [ %1954, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %1955, %pv ]
	%266 = phi float [ 0.0, %prologue ], [ %1956, %pv ]
	%267 = phi float [ 0.0, %prologue ], [ %1957, %pv ]
	%268 = phi float [ 0.0, %prologue ], [ %1958, %pv ]
	%269 = phi float [ 0.0, %prologue ], [ %1959, %pv ]
	%270 = phi float [ 0.0, %prologue ], [ %1960, %pv ]
	%271 = phi float [ 0.0, %prologue ], [ %1961, %pv ]
	%272 = phi float [ 0.0, %prologue ], [ %1962, %pv ]
	%273 = phi float [ 0.0, %prologue ], [ %1963, %pv ]
	%274 = phi float [ 0xFFF0000000000000, %prologue ], [ %1421, %pv ]
	%275 = phi float [ 0.0, %prologue ], [ %1472, %pv ]
	%276 = phi float [ 0xFFF0000000000000, %prologue ], [ %1473, %pv ]
	%277 = phi float [ 0.0, %prologue ], [ %1524, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%278 = mul i32 %209, 64
	%279 = lshr i32 %9, 4
	%280 = and i32 %9, 15
	%281 = lshr i32 %280, 3
	%282 = mul i32 %281, u0x2000
	%283 = and i32 %280, 7
	%284 = and i32 %279, 7
	%285 = xor i32 %283, %284
	%286 = mul i32 %279, 128
	%287 = shl i32 %285, 4
	%288 = add i32 %286, %287
	%289 = add i32 %282, %288
	%290 = add i32 %1, %289
	%291 = add i32 %278, %279
	%292 = mul i32 %291, 128
	%293 = mul i32 %280, 8
	%294 = add i32 %292, %293
	%295 = sext i32 %294 to i64
	%296 = getelementptr i16, i16* %43, i64 %295
	%297 = add i32 %291, 0
	%298 = icmp slt i32 %297, %N
	%299 = getelementptr i16, i16* %296, i64 0
	%300 = select i1 %298, i16* %299, i16* %43
	%301 = add i32 %290, 0
	%302 = select i1 %298, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %301, i16* %300, i32 %302)
	%303 = add i32 %291, 8
	%304 = icmp slt i32 %303, %N
	%305 = getelementptr i16, i16* %296, i64 1024
	%306 = select i1 %304, i16* %305, i16* %43
	%307 = add i32 %290, 1024
	%308 = select i1 %304, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %307, i16* %306, i32 %308)
	%309 = add i32 %291, 16
	%310 = icmp slt i32 %309, %N
	%311 = getelementptr i16, i16* %296, i64 2048
	%312 = select i1 %310, i16* %311, i16* %43
	%313 = add i32 %290, 2048
	%314 = select i1 %310, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %313, i16* %312, i32 %314)
	%315 = add i32 %291, 24
	%316 = icmp slt i32 %315, %N
	%317 = getelementptr i16, i16* %296, i64 3072
	%318 = select i1 %316, i16* %317, i16* %43
	%319 = add i32 %290, 3072
	%320 = select i1 %316, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %319, i16* %318, i32 %320)
	%321 = add i32 %291, 32
	%322 = icmp slt i32 %321, %N
	%323 = getelementptr i16, i16* %296, i64 u0x1000
	%324 = select i1 %322, i16* %323, i16* %43
	%325 = add i32 %290, u0x1000
	%326 = select i1 %322, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %325, i16* %324, i32 %326)
	%327 = add i32 %291, 40
	%328 = icmp slt i32 %327, %N
	%329 = getelementptr i16, i16* %296, i64 5120
	%330 = select i1 %328, i16* %329, i16* %43
	%331 = add i32 %290, 5120
	%332 = select i1 %328, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %331, i16* %330, i32 %332)
	%333 = add i32 %291, 48
	%334 = icmp slt i32 %333, %N
	%335 = getelementptr i16, i16* %296, i64 6144
	%336 = select i1 %334, i16* %335, i16* %43
	%337 = add i32 %290, 6144
	%338 = select i1 %334, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %337, i16* %336, i32 %338)
	%339 = add i32 %291, 56
	%340 = icmp slt i32 %339, %N
	%341 = getelementptr i16, i16* %296, i64 7168
	%342 = select i1 %340, i16* %341, i16* %43
	%343 = add i32 %290, 7168
	%344 = select i1 %340, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %343, i16* %342, i32 %344)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%345 = add i32 %4, 0
	%346 = zext i32 %345 to i64
	%347 = or i64 %346, u0x4000004000010000
	%348 = add i32 %6, 0
	%349 = zext i32 %348 to i64
	%350 = or i64 %349, u0x4000004000010000
	%351 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %347, i64 %350, i32 1)
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 0
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 1
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 2
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 3
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 4
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 5
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 6
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 7
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 8
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 9
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 10
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 11
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 12
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 13
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 14
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 15
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 16
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 17
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 18
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 19
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 20
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 21
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 22
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 23
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 24
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 25
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 26
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 27
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 28
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 29
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 30
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 31
	%384 = add i32 %4, 2
	%385 = zext i32 %384 to i64
	%386 = or i64 %385, u0x4000004000010000
	%387 = add i32 %6, 2
	%388 = zext i32 %387 to i64
	%389 = or i64 %388, u0x4000004000010000
	%390 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, i64 %386, i64 %389, i32 1)
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 0
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 1
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 2
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 3
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 4
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 5
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 6
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 7
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 8
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 9
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 10
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 11
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 12
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 13
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 14
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 15
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 16
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 17
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 18
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 19
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 20
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 21
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 22
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 23
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 24
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 25
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 26
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 27
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 28
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 29
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 30
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 31
	%423 = add i32 %4, 4
	%424 = zext i32 %423 to i64
	%425 = or i64 %424, u0x4000004000010000
	%426 = add i32 %6, 4
	%427 = zext i32 %426 to i64
	%428 = or i64 %427, u0x4000004000010000
	%429 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, i64 %425, i64 %428, i32 1)
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 0
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 1
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 2
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 3
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 4
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 5
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 6
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 7
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 8
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 9
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 10
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 11
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 12
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 13
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 14
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 15
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 16
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 17
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 18
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 19
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 20
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 21
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 22
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 23
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 24
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 25
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 26
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 27
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 28
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 29
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 30
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 31
	%462 = add i32 %4, 6
	%463 = zext i32 %462 to i64
	%464 = or i64 %463, u0x4000004000010000
	%465 = add i32 %6, 6
	%466 = zext i32 %465 to i64
	%467 = or i64 %466, u0x4000004000010000
	%468 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, i64 %464, i64 %467, i32 1)
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 0
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 1
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 2
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 3
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 4
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 5
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 6
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 7
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 8
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 9
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 10
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 11
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 12
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 13
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 14
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 15
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 16
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 17
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 18
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 19
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 20
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 21
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 22
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 23
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 24
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 25
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 26
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 27
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 28
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 29
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 30
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 31
	%501 = add i32 %4, 512
	%502 = zext i32 %501 to i64
	%503 = or i64 %502, u0x4000004000010000
	%504 = add i32 %6, 512
	%505 = zext i32 %504 to i64
	%506 = or i64 %505, u0x4000004000010000
	%507 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, i64 %503, i64 %506, i32 1)
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 3
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 4
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 5
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 6
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 7
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 8
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 9
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 10
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 11
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 12
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 13
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 14
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 15
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 16
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 17
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 18
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 19
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 20
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 21
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 22
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 23
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 24
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 25
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 26
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 27
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 28
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 29
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 30
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 31
	%540 = add i32 %4, 514
	%541 = zext i32 %540 to i64
	%542 = or i64 %541, u0x4000004000010000
	%543 = add i32 %6, 514
	%544 = zext i32 %543 to i64
	%545 = or i64 %544, u0x4000004000010000
	%546 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, i64 %542, i64 %545, i32 1)
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 0
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 1
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 2
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 3
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 4
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 5
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 6
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 7
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 8
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 9
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 10
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 11
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 12
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 13
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 14
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 15
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 16
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 17
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 18
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 19
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 20
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 21
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 22
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 23
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 24
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 25
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 26
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 27
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 28
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 29
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 30
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 31
	%579 = add i32 %4, 516
	%580 = zext i32 %579 to i64
	%581 = or i64 %580, u0x4000004000010000
	%582 = add i32 %6, 516
	%583 = zext i32 %582 to i64
	%584 = or i64 %583, u0x4000004000010000
	%585 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, i64 %581, i64 %584, i32 1)
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 0
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 1
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 2
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 3
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 4
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 5
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 6
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 7
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 8
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 9
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 10
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 11
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 12
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 13
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 14
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 15
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 16
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 17
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 18
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 19
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 20
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 21
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 22
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 23
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 24
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 25
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 26
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 27
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 28
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 29
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 30
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 31
	%618 = add i32 %4, 518
	%619 = zext i32 %618 to i64
	%620 = or i64 %619, u0x4000004000010000
	%621 = add i32 %6, 518
	%622 = zext i32 %621 to i64
	%623 = or i64 %622, u0x4000004000010000
	%624 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, float %616, float %617, i64 %620, i64 %623, i32 1)
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 0
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 1
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 2
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 3
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 4
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 5
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 6
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 7
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 8
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 9
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 10
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 11
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 12
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 13
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 14
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 15
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 16
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 17
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 18
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 19
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 20
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 21
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 22
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 23
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 24
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 25
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 26
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 27
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 28
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 29
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 30
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%657 = call float asm sideeffect "", "=f,0"(float %625)
	%658 = call float asm sideeffect "", "=f,0"(float %626)
	%659 = call float asm sideeffect "", "=f,0"(float %627)
	%660 = call float asm sideeffect "", "=f,0"(float %628)
	%661 = call float asm sideeffect "", "=f,0"(float %629)
	%662 = call float asm sideeffect "", "=f,0"(float %630)
	%663 = call float asm sideeffect "", "=f,0"(float %631)
	%664 = call float asm sideeffect "", "=f,0"(float %632)
	%665 = call float asm sideeffect "", "=f,0"(float %633)
	%666 = call float asm sideeffect "", "=f,0"(float %634)
	%667 = call float asm sideeffect "", "=f,0"(float %635)
	%668 = call float asm sideeffect "", "=f,0"(float %636)
	%669 = call float asm sideeffect "", "=f,0"(float %637)
	%670 = call float asm sideeffect "", "=f,0"(float %638)
	%671 = call float asm sideeffect "", "=f,0"(float %639)
	%672 = call float asm sideeffect "", "=f,0"(float %640)
	%673 = call float asm sideeffect "", "=f,0"(float %641)
	%674 = call float asm sideeffect "", "=f,0"(float %642)
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
	%689 = mul i32 %10, 16
	%690 = add i32 %31, %689
	%691 = add i32 %12, 0
	%692 = add i32 %690, %691
	%693 = mul i32 %10, 16
	%694 = add i32 %31, %693
	%695 = add i32 %12, 8
	%696 = add i32 %694, %695
	%697 = sitofp i32 %29 to float
	%698 = add i32 %52, %209
	%699 = sext i32 %698 to i64
	%700 = getelementptr i8, i8* %cls, i64 %699
	%701 = load i8, i8* %700
	%702 = icmp ne i8 %701, 2
	br i1 %702, label %partial, label %softmax

epilogue:
	%703 = phi float [ 0.0, %entry ], [ %1472, %pv ]
	%704 = phi float [ 0.0, %entry ], [ %1524, %pv ]
	%705 = phi i32 [ 0, %entry ], [ %1525, %pv ]
	%706 = phi float [ 0.0, %entry ], [ %1900, %pv ]
	%707 = phi float [ 0.0, %entry ], [ %1901, %pv ]
	%708 = phi float [ 0.0, %entry ], [ %1902, %pv ]
	%709 = phi float [ 0.0, %entry ], [ %1903, %pv ]
	%710 = phi float [ 0.0, %entry ], [ %1904, %pv ]
	%711 = phi float [ 0.0, %entry ], [ %1905, %pv ]
	%712 = phi float [ 0.0, %entry ], [ %1906, %pv ]
	%713 = phi float [ 0.0, %entry ], [ %1907, %pv ]
	%714 = phi float [ 0.0, %entry ], [ %1908, %pv ]
	%715 = phi float [ 0.0, %entry ], [ %1909, %pv ]
	%716 = phi float [ 0.0, %entry ], [ %1910, %pv ]
	%717 = phi float [ 0.0, %entry ], [ %1911, %pv ]
	%718 = phi float [ 0.0, %entry ], [ %1912, %pv ]
	%719 = phi float [ 0.0, %entry ], [ %1913, %pv ]
	%720 = phi float [ 0.0, %entry ], [ %1914, %pv ]
	%721 = phi float [ 0.0, %entry ], [ %1915, %pv ]
	%722 = phi float [ 0.0, %entry ], [ %1916, %pv ]
	%723 = phi float [ 0.0, %entry ], [ %1917, %pv ]
	%724 = phi float [ 0.0, %entry ], [ %1918, %pv ]
	%725 = phi float [ 0.0, %entry ], [ %1919, %pv ]
	%726 = phi float [ 0.0, %entry ], [ %1920, %pv ]
	%727 = phi float [ 0.0, %entry ], [ %1921, %pv ]
	%728 = phi float [ 0.0, %entry ], [ %1922, %pv ]
	%729 = phi float [ 0.0, %entry ], [ %1923, %pv ]
	%730 = phi float [ 0.0, %entry ], [ %1924, %pv ]
	%731 = phi float [ 0.0, %entry ], [ %1925, %pv ]
	%732 = phi float [ 0.0, %entry ], [ %1926, %pv ]
	%733 = phi float [ 0.0, %entry ], [ %1927, %pv ]
	%734 = phi float [ 0.0, %entry ], [ %1928, %pv ]
	%735 = phi float [ 0.0, %entry ], [ %1929, %pv ]
	%736 = phi float [ 0.0, %entry ], [ %1930, %pv ]
	%737 = phi float [ 0.0, %entry ], [ %1931, %pv ]
	%738 = phi float [ 0.0, %entry ], [ %1932, %pv ]
	%739 = phi float [ 0.0, %entry ], [ %1933, %pv ]
	%740 = phi float [ 0.0, %entry ], [ %1934, %pv ]
	%741 = phi float [ 0.0, %entry ], [ %1935, %pv ]
	%742 = phi float [ 0.0, %entry ], [ %1936, %pv ]
	%743 = phi float [ 0.0, %entry ], [ %1937, %pv ]
	%744 = phi float [ 0.0, %entry ], [ %1938, %pv ]
	%745 = phi float [ 0.0, %entry ], [ %1939, %pv ]
	%746 = phi float [ 0.0, %entry ], [ %1940, %pv ]
	%747 = phi float [ 0.0, %entry ], [ %1941, %pv ]
	%748 = phi float [ 0.0, %entry ], [ %1942, %pv ]
	%749 = phi float [ 0.0, %entry ], [ %1943, %pv ]
	%750 = phi float [ 0.0, %entry ], [ %1944, %pv ]
	%751 = phi float [ 0.0, %entry ], [ %1945, %pv ]
	%752 = phi float [ 0.0, %entry ], [ %1946, %pv ]
	%753 = phi float [ 0.0, %entry ], [ %1947, %pv ]
	%754 = phi float [ 0.0, %entry ], [ %1948, %pv ]
	%755 = phi float [ 0.0, %entry ], [ %1949, %pv ]
	%756 = phi float [ 0.0, %entry ], [ %1950, %pv ]
	%757 = phi float [ 0.0, %entry ], [ %1951, %pv ]
	%758 = phi float [ 0.0, %entry ], [ %1952, %pv ]
	%759 = phi float [ 0.0, %entry ], [ %1953, %pv ]
	%760 = phi float [ 0.0, %entry ], [ %1954, %pv ]
	%761 = phi float [ 0.0, %entry ], [ %1955, %pv ]
	%762 = phi float [ 0.0, %entry ], [ %1956, %pv ]
	%763 = phi float [ 0.0, %entry ], [ %1957, %pv ]
	%764 = phi float [ 0.0, %entry ], [ %1958, %pv ]
	%765 = phi float [ 0.0, %entry ], [ %1959, %pv ]
	%766 = phi float [ 0.0, %entry ], [ %1960, %pv ]
	%767 = phi float [ 0.0, %entry ], [ %1961, %pv ]
	%768 = phi float [ 0.0, %entry ], [ %1962, %pv ]
	%769 = phi float [ 0.0, %entry ], [ %1963, %pv ]
	%770 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %703, i32 1, i32 31)
	%771 = fadd float %703, %770
	%772 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %771, i32 2, i32 31)
	%773 = fadd float %771, %772
	%774 = fcmp ogt float %773, 0.0
	%775 = fdiv float 1.0, %773
	%776 = select i1 %774, float %775, float 0.0
	%777 = mul i32 %10, 16
	%778 = add i32 %31, %777
	%779 = add i32 %12, 0
	%780 = add i32 %778, %779
	%781 = fmul float %706, %776
	%782 = fmul float %707, %776
	%783 = fmul float %710, %776
	%784 = fmul float %711, %776
	%785 = fmul float %714, %776
	%786 = fmul float %715, %776
	%787 = fmul float %718, %776
	%788 = fmul float %719, %776
	%789 = fmul float %722, %776
	%790 = fmul float %723, %776
	%791 = fmul float %726, %776
	%792 = fmul float %727, %776
	%793 = fmul float %730, %776
	%794 = fmul float %731, %776
	%795 = fmul float %734, %776
	%796 = fmul float %735, %776
	%797 = fmul float %738, %776
	%798 = fmul float %739, %776
	%799 = fmul float %742, %776
	%800 = fmul float %743, %776
	%801 = fmul float %746, %776
	%802 = fmul float %747, %776
	%803 = fmul float %750, %776
	%804 = fmul float %751, %776
	%805 = fmul float %754, %776
	%806 = fmul float %755, %776
	%807 = fmul float %758, %776
	%808 = fmul float %759, %776
	%809 = fmul float %762, %776
	%810 = fmul float %763, %776
	%811 = fmul float %766, %776
	%812 = fmul float %767, %776
	%813 = icmp slt i32 %780, %M
	br i1 %813, label %store0, label %stored0

partial:
	%814 = shl i32 %13, 1
	%815 = add i32 0, %814
	%816 = add i32 %278, %815
	%817 = icmp slt i32 %816, %N
	%818 = select i1 %817, i32 %816, i32 0
	%819 = sitofp i32 %692 to float
	%820 = sitofp i32 %818 to float
	%821 = fcmp ole float %820, %819
	%822 = uitofp i1 %821 to float
	%823 = fcmp une float %822, 0.0
	%824 = and i1 %817, %823
	%825 = select i1 %824, float %657, float 0xFFF0000000000000
	%826 = shl i32 %13, 1
	%827 = add i32 1, %826
	%828 = add i32 %278, %827
	%829 = icmp slt i32 %828, %N
	%830 = select i1 %829, i32 %828, i32 0
	%831 = sitofp i32 %692 to float
	%832 = sitofp i32 %830 to float
	%833 = fcmp ole float %832, %831
	%834 = uitofp i1 %833 to float
	%835 = fcmp une float %834, 0.0
	%836 = and i1 %829, %835
	%837 = select i1 %836, float %658, float 0xFFF0000000000000
	%838 = shl i32 %13, 1
	%839 = add i32 0, %838
	%840 = add i32 %278, %839
	%841 = icmp slt i32 %840, %N
	%842 = select i1 %841, i32 %840, i32 0
	%843 = sitofp i32 %696 to float
	%844 = sitofp i32 %842 to float
	%845 = fcmp ole float %844, %843
	%846 = uitofp i1 %845 to float
	%847 = fcmp une float %846, 0.0
	%848 = and i1 %841, %847
	%849 = select i1 %848, float %659, float 0xFFF0000000000000
	%850 = shl i32 %13, 1
	%851 = add i32 1, %850
	%852 = add i32 %278, %851
	%853 = icmp slt i32 %852, %N
	%854 = select i1 %853, i32 %852, i32 0
	%855 = sitofp i32 %696 to float
	%856 = sitofp i32 %854 to float
	%857 = fcmp ole float %856, %855
	%858 = uitofp i1 %857 to float
	%859 = fcmp une float %858, 0.0
	%860 = and i1 %853, %859
	%861 = select i1 %860, float %660, float 0xFFF0000000000000
	%862 = shl i32 %13, 1
	%863 = add i32 8, %862
	%864 = add i32 %278, %863
	%865 = icmp slt i32 %864, %N
	%866 = select i1 %865, i32 %864, i32 0
	%867 = sitofp i32 %692 to float
	%868 = sitofp i32 %866 to float
	%869 = fcmp ole float %868, %867
	%870 = uitofp i1 %869 to float
	%871 = fcmp une float %870, 0.0
	%872 = and i1 %865, %871
	%873 = select i1 %872, float %661, float 0xFFF0000000000000
	%874 = shl i32 %13, 1
	%875 = add i32 9, %874
	%876 = add i32 %278, %875
	%877 = icmp slt i32 %876, %N
	%878 = select i1 %877, i32 %876, i32 0
	%879 = sitofp i32 %692 to float
	%880 = sitofp i32 %878 to float
	%881 = fcmp ole float %880, %879
	%882 = uitofp i1 %881 to float
	%883 = fcmp une float %882, 0.0
	%884 = and i1 %877, %883
	%885 = select i1 %884, float %662, float 0xFFF0000000000000
	%886 = shl i32 %13, 1
	%887 = add i32 8, %886
	%888 = add i32 %278, %887
	%889 = icmp slt i32 %888, %N
	%890 = select i1 %889, i32 %888, i32 0
	%891 = sitofp i32 %696 to float
	%892 = sitofp i32 %890 to float
	%893 = fcmp ole float %892, %891
	%894 = uitofp i1 %893 to float
	%895 = fcmp une float %894, 0.0
	%896 = and i1 %889, %895
	%897 = select i1 %896, float %663, float 0xFFF0000000000000
	%898 = shl i32 %13, 1
	%899 = add i32 9, %898
	%900 = add i32 %278, %899
	%901 = icmp slt i32 %900, %N
	%902 = select i1 %901, i32 %900, i32 0
	%903 = sitofp i32 %696 to float
	%904 = sitofp i32 %902 to float
	%905 = fcmp ole float %904, %903
	%906 = uitofp i1 %905 to float
	%907 = fcmp une float %906, 0.0
	%908 = and i1 %901, %907
	%909 = select i1 %908, float %664, float 0xFFF0000000000000
	%910 = shl i32 %13, 1
	%911 = add i32 16, %910
	%912 = add i32 %278, %911
	%913 = icmp slt i32 %912, %N
	%914 = select i1 %913, i32 %912, i32 0
	%915 = sitofp i32 %692 to float
	%916 = sitofp i32 %914 to float
	%917 = fcmp ole float %916, %915
	%918 = uitofp i1 %917 to float
	%919 = fcmp une float %918, 0.0
	%920 = and i1 %913, %919
	%921 = select i1 %920, float %665, float 0xFFF0000000000000
	%922 = shl i32 %13, 1
	%923 = add i32 17, %922
	%924 = add i32 %278, %923
	%925 = icmp slt i32 %924, %N
	%926 = select i1 %925, i32 %924, i32 0
	%927 = sitofp i32 %692 to float
	%928 = sitofp i32 %926 to float
	%929 = fcmp ole float %928, %927
	%930 = uitofp i1 %929 to float
	%931 = fcmp une float %930, 0.0
	%932 = and i1 %925, %931
	%933 = select i1 %932, float %666, float 0xFFF0000000000000
	%934 = shl i32 %13, 1
	%935 = add i32 16, %934
	%936 = add i32 %278, %935
	%937 = icmp slt i32 %936, %N
	%938 = select i1 %937, i32 %936, i32 0
	%939 = sitofp i32 %696 to float
	%940 = sitofp i32 %938 to float
	%941 = fcmp ole float %940, %939
	%942 = uitofp i1 %941 to float
	%943 = fcmp une float %942, 0.0
	%944 = and i1 %937, %943
	%945 = select i1 %944, float %667, float 0xFFF0000000000000
	%946 = shl i32 %13, 1
	%947 = add i32 17, %946
	%948 = add i32 %278, %947
	%949 = icmp slt i32 %948, %N
	%950 = select i1 %949, i32 %948, i32 0
	%951 = sitofp i32 %696 to float
	%952 = sitofp i32 %950 to float
	%953 = fcmp ole float %952, %951
	%954 = uitofp i1 %953 to float
	%955 = fcmp une float %954, 0.0
	%956 = and i1 %949, %955
	%957 = select i1 %956, float %668, float 0xFFF0000000000000
	%958 = shl i32 %13, 1
	%959 = add i32 24, %958
	%960 = add i32 %278, %959
	%961 = icmp slt i32 %960, %N
	%962 = select i1 %961, i32 %960, i32 0
	%963 = sitofp i32 %692 to float
	%964 = sitofp i32 %962 to float
	%965 = fcmp ole float %964, %963
	%966 = uitofp i1 %965 to float
	%967 = fcmp une float %966, 0.0
	%968 = and i1 %961, %967
	%969 = select i1 %968, float %669, float 0xFFF0000000000000
	%970 = shl i32 %13, 1
	%971 = add i32 25, %970
	%972 = add i32 %278, %971
	%973 = icmp slt i32 %972, %N
	%974 = select i1 %973, i32 %972, i32 0
	%975 = sitofp i32 %692 to float
	%976 = sitofp i32 %974 to float
	%977 = fcmp ole float %976, %975
	%978 = uitofp i1 %977 to float
	%979 = fcmp une float %978, 0.0
	%980 = and i1 %973, %979
	%981 = select i1 %980, float %670, float 0xFFF0000000000000
	%982 = shl i32 %13, 1
	%983 = add i32 24, %982
	%984 = add i32 %278, %983
	%985 = icmp slt i32 %984, %N
	%986 = select i1 %985, i32 %984, i32 0
	%987 = sitofp i32 %696 to float
	%988 = sitofp i32 %986 to float
	%989 = fcmp ole float %988, %987
	%990 = uitofp i1 %989 to float
	%991 = fcmp une float %990, 0.0
	%992 = and i1 %985, %991
	%993 = select i1 %992, float %671, float 0xFFF0000000000000
	%994 = shl i32 %13, 1
	%995 = add i32 25, %994
	%996 = add i32 %278, %995
	%997 = icmp slt i32 %996, %N
	%998 = select i1 %997, i32 %996, i32 0
	%999 = sitofp i32 %696 to float
	%1000 = sitofp i32 %998 to float
	%1001 = fcmp ole float %1000, %999
	%1002 = uitofp i1 %1001 to float
	%1003 = fcmp une float %1002, 0.0
	%1004 = and i1 %997, %1003
	%1005 = select i1 %1004, float %672, float 0xFFF0000000000000
	%1006 = shl i32 %13, 1
	%1007 = add i32 32, %1006
	%1008 = add i32 %278, %1007
	%1009 = icmp slt i32 %1008, %N
	%1010 = select i1 %1009, i32 %1008, i32 0
	%1011 = sitofp i32 %692 to float
	%1012 = sitofp i32 %1010 to float
	%1013 = fcmp ole float %1012, %1011
	%1014 = uitofp i1 %1013 to float
	%1015 = fcmp une float %1014, 0.0
	%1016 = and i1 %1009, %1015
	%1017 = select i1 %1016, float %673, float 0xFFF0000000000000
	%1018 = shl i32 %13, 1
	%1019 = add i32 33, %1018
	%1020 = add i32 %278, %1019
	%1021 = icmp slt i32 %1020, %N
	%1022 = select i1 %1021, i32 %1020, i32 0
	%1023 = sitofp i32 %692 to float
	%1024 = sitofp i32 %1022 to float
	%1025 = fcmp ole float %1024, %1023
	%1026 = uitofp i1 %1025 to float
	%1027 = fcmp une float %1026, 0.0
	%1028 = and i1 %1021, %1027
	%1029 = select i1 %1028, float %674, float 0xFFF0000000000000
	%1030 = shl i32 %13, 1
	%1031 = add i32 32, %1030
	%1032 = add i32 %278, %1031
	%1033 = icmp slt i32 %1032, %N
	%1034 = select i1 %1033, i32 %1032, i32 0
	%1035 = sitofp i32 %696 to float
	%1036 = sitofp i32 %1034 to float
	%1037 = fcmp ole float %1036, %1035
	%1038 = uitofp i1 %1037 to float
	%1039 = fcmp une float %1038, 0.0
	%1040 = and i1 %1033, %1039
	%1041 = select i1 %1040, float %675, float 0xFFF0000000000000
	%1042 = shl i32 %13, 1
	%1043 = add i32 33, %1042
	%1044 = add i32 %278, %1043
	%1045 = icmp slt i32 %1044, %N
	%1046 = select i1 %1045, i32 %1044, i32 0
	%1047 = sitofp i32 %696 to float
	%1048 = sitofp i32 %1046 to float
	%1049 = fcmp ole float %1048, %1047
	%1050 = uitofp i1 %1049 to float
	%1051 = fcmp une float %1050, 0.0
	%1052 = and i1 %1045, %1051
	%1053 = select i1 %1052, float %676, float 0xFFF0000000000000
	%1054 = shl i32 %13, 1
	%1055 = add i32 40, %1054
	%1056 = add i32 %278, %1055
	%1057 = icmp slt i32 %1056, %N
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = sitofp i32 %692 to float
	%1060 = sitofp i32 %1058 to float
	%1061 = fcmp ole float %1060, %1059
	%1062 = uitofp i1 %1061 to float
	%1063 = fcmp une float %1062, 0.0
	%1064 = and i1 %1057, %1063
	%1065 = select i1 %1064, float %677, float 0xFFF0000000000000
	%1066 = shl i32 %13, 1
	%1067 = add i32 41, %1066
	%1068 = add i32 %278, %1067
	%1069 = icmp slt i32 %1068, %N
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = sitofp i32 %692 to float
	%1072 = sitofp i32 %1070 to float
	%1073 = fcmp ole float %1072, %1071
	%1074 = uitofp i1 %1073 to float
	%1075 = fcmp une float %1074, 0.0
	%1076 = and i1 %1069, %1075
	%1077 = select i1 %1076, float %678, float 0xFFF0000000000000
	%1078 = shl i32 %13, 1
	%1079 = add i32 40, %1078
	%1080 = add i32 %278, %1079
	%1081 = icmp slt i32 %1080, %N
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = sitofp i32 %696 to float
	%1084 = sitofp i32 %1082 to float
	%1085 = fcmp ole float %1084, %1083
	%1086 = uitofp i1 %1085 to float
	%1087 = fcmp une float %1086, 0.0
	%1088 = and i1 %1081, %1087
	%1089 = select i1 %1088, float %679, float 0xFFF0000000000000
	%1090 = shl i32 %13, 1
	%1091 = add i32 41, %1090
	%1092 = add i32 %278, %1091
	%1093 = icmp slt i32 %1092, %N
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = sitofp i32 %696 to float
	%1096 = sitofp i32 %1094 to float
	%1097 = fcmp ole float %1096, %1095
	%1098 = uitofp i1 %1097 to float
	%1099 = fcmp une float %1098, 0.0
	%1100 = and i1 %1093, %1099
	%1101 = select i1 %1100, float %680, float 0xFFF0000000000000
	%1102 = shl i32 %13, 1
	%1103 = add i32 48, %1102
	%1104 = add i32 %278, %1103
	%1105 = icmp slt i32 %1104, %N
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = sitofp i32 %692 to float
	%1108 = sitofp i32 %1106 to float
	%1109 = fcmp ole float %1108, %1107
	%1110 = uitofp i1 %1109 to float
	%1111 = fcmp une float %1110, 0.0
	%1112 = and i1 %1105, %1111
	%1113 = select i1 %1112, float %681, float 0xFFF0000000000000
	%1114 = shl i32 %13, 1
	%1115 = add i32 49, %1114
	%1116 = add i32 %278, %1115
	%1117 = icmp slt i32 %1116, %N
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = sitofp i32 %692 to float
	%1120 = sitofp i32 %1118 to float
	%1121 = fcmp ole float %1120, %1119
	%1122 = uitofp i1 %1121 to float
	%1123 = fcmp une float %1122, 0.0
	%1124 = and i1 %1117, %1123
	%1125 = select i1 %1124, float %682, float 0xFFF0000000000000
	%1126 = shl i32 %13, 1
	%1127 = add i32 48, %1126
	%1128 = add i32 %278, %1127
	%1129 = icmp slt i32 %1128, %N
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = sitofp i32 %696 to float
	%1132 = sitofp i32 %1130 to float
	%1133 = fcmp ole float %1132, %1131
	%1134 = uitofp i1 %1133 to float
	%1135 = fcmp une float %1134, 0.0
	%1136 = and i1 %1129, %1135
	%1137 = select i1 %1136, float %683, float 0xFFF0000000000000
	%1138 = shl i32 %13, 1
	%1139 = add i32 49, %1138
	%1140 = add i32 %278, %1139
	%1141 = icmp slt i32 %1140, %N
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = sitofp i32 %696 to float
	%1144 = sitofp i32 %1142 to float
	%1145 = fcmp ole float %1144, %1143
	%1146 = uitofp i1 %1145 to float
	%1147 = fcmp une float %1146, 0.0
	%1148 = and i1 %1141, %1147
	%1149 = select i1 %1148, float %684, float 0xFFF0000000000000
	%1150 = shl i32 %13, 1
	%1151 = add i32 56, %1150
	%1152 = add i32 %278, %1151
	%1153 = icmp slt i32 %1152, %N
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = sitofp i32 %692 to float
	%1156 = sitofp i32 %1154 to float
	%1157 = fcmp ole float %1156, %1155
	%1158 = uitofp i1 %1157 to float
	%1159 = fcmp une float %1158, 0.0
	%1160 = and i1 %1153, %1159
	%1161 = select i1 %1160, float %685, float 0xFFF0000000000000
	%1162 = shl i32 %13, 1
	%1163 = add i32 57, %1162
	%1164 = add i32 %278, %1163
	%1165 = icmp slt i32 %1164, %N
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = sitofp i32 %692 to float
	%1168 = sitofp i32 %1166 to float
	%1169 = fcmp ole float %1168, %1167
	%1170 = uitofp i1 %1169 to float
	%1171 = fcmp une float %1170, 0.0
	%1172 = and i1 %1165, %1171
	%1173 = select i1 %1172, float %686, float 0xFFF0000000000000
	%1174 = shl i32 %13, 1
	%1175 = add i32 56, %1174
	%1176 = add i32 %278, %1175
	%1177 = icmp slt i32 %1176, %N
	%1178 = select i1 %1177, i32 %1176, i32 0
	%1179 = sitofp i32 %696 to float
	%1180 = sitofp i32 %1178 to float
	%1181 = fcmp ole float %1180, %1179
	%1182 = uitofp i1 %1181 to float
	%1183 = fcmp une float %1182, 0.0
	%1184 = and i1 %1177, %1183
	%1185 = select i1 %1184, float %687, float 0xFFF0000000000000
	%1186 = shl i32 %13, 1
	%1187 = add i32 57, %1186
	%1188 = add i32 %278, %1187
	%1189 = icmp slt i32 %1188, %N
	%1190 = select i1 %1189, i32 %1188, i32 0
	%1191 = sitofp i32 %696 to float
	%1192 = sitofp i32 %1190 to float
	%1193 = fcmp ole float %1192, %1191
	%1194 = uitofp i1 %1193 to float
	%1195 = fcmp une float %1194, 0.0
	%1196 = and i1 %1189, %1195
	%1197 = select i1 %1196, float %688, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1198 = phi float [ %657, %loop ], [ %825, %partial ]
	%1199 = phi float [ %658, %loop ], [ %837, %partial ]
	%1200 = phi float [ %659, %loop ], [ %849, %partial ]
	%1201 = phi float [ %660, %loop ], [ %861, %partial ]
	%1202 = phi float [ %661, %loop ], [ %873, %partial ]
	%1203 = phi float [ %662, %loop ], [ %885, %partial ]
	%1204 = phi float [ %663, %loop ], [ %897, %partial ]
	%1205 = phi float [ %664, %loop ], [ %909, %partial ]
	%1206 = phi float [ %665, %loop ], [ %921, %partial ]
	%1207 = phi float [ %666, %loop ], [ %933, %partial ]
	%1208 = phi float [ %667, %loop ], [ %945, %partial ]
	%1209 = phi float [ %668, %loop ], [ %957, %partial ]
	%1210 = phi float [ %669, %loop ], [ %969, %partial ]
	%1211 = phi float [ %670, %loop ], [ %981, %partial ]
	%1212 = phi float [ %671, %loop ], [ %993, %partial ]
	%1213 = phi float [ %672, %loop ], [ %1005, %partial ]
	%1214 = phi float [ %673, %loop ], [ %1017, %partial ]
	%1215 = phi float [ %674, %loop ], [ %1029, %partial ]
	%1216 = phi float [ %675, %loop ], [ %1041, %partial ]
	%1217 = phi float [ %676, %loop ], [ %1053, %partial ]
	%1218 = phi float [ %677, %loop ], [ %1065, %partial ]
	%1219 = phi float [ %678, %loop ], [ %1077, %partial ]
	%1220 = phi float [ %679, %loop ], [ %1089, %partial ]
	%1221 = phi float [ %680, %loop ], [ %1101, %partial ]
	%1222 = phi float [ %681, %loop ], [ %1113, %partial ]
	%1223 = phi float [ %682, %loop ], [ %1125, %partial ]
	%1224 = phi float [ %683, %loop ], [ %1137, %partial ]
	%1225 = phi float [ %684, %loop ], [ %1149, %partial ]
	%1226 = phi float [ %685, %loop ], [ %1161, %partial ]
	%1227 = phi float [ %686, %loop ], [ %1173, %partial ]
	%1228 = phi float [ %687, %loop ], [ %1185, %partial ]
	%1229 = phi float [ %688, %loop ], [ %1197, %partial ]
	%1230 = call float @llvm.nvvm.fmax.f(float %1198, float %1199)
	%1231 = call float @llvm.nvvm.fmax.f(float %1202, float %1203)
	%1232 = call float @llvm.nvvm.fmax.f(float %1206, float %1207)
	%1233 = call float @llvm.nvvm.fmax.f(float %1210, float %1211)
	%1234 = call float @llvm.nvvm.fmax.f(float %1214, float %1215)
	%1235 = call float @llvm.nvvm.fmax.f(float %1218, float %1219)
	%1236 = call float @llvm.nvvm.fmax.f(float %1222, float %1223)
	%1237 = call float @llvm.nvvm.fmax.f(float %1226, float %1227)
	%1238 = call float @llvm.nvvm.fmax.f(float %1230, float %1231)
	%1239 = call float @llvm.nvvm.fmax.f(float %1232, float %1233)
	%1240 = call float @llvm.nvvm.fmax.f(float %1234, float %1235)
	%1241 = call float @llvm.nvvm.fmax.f(float %1236, float %1237)
	%1242 = call float @llvm.nvvm.fmax.f(float %1238, float %1239)
	%1243 = call float @llvm.nvvm.fmax.f(float %1240, float %1241)
	%1244 = call float @llvm.nvvm.fmax.f(float %1242, float %1243)
	%1245 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1244, i32 1, i32 31)
	%1246 = call float @llvm.nvvm.fmax.f(float %1244, float %1245)
	%1247 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1246, i32 2, i32 31)
	%1248 = call float @llvm.nvvm.fmax.f(float %1246, float %1247)
	%1249 = fmul float %1248, 0x3FC0527DC0000000
	%1250 = call float @llvm.nvvm.fmax.f(float %274, float %1249)
	%1251 = fadd float %274, 8.0
	%1252 = fcmp ogt float %1250, %1251
	%1253 = or i1 false, %1252
	%1254 = call float @llvm.nvvm.fmax.f(float %1200, float %1201)
	%1255 = call float @llvm.nvvm.fmax.f(float %1204, float %1205)
	%1256 = call float @llvm.nvvm.fmax.f(float %1208, float %1209)
	%1257 = call float @llvm.nvvm.fmax.f(float %1212, float %1213)
	%1258 = call float @llvm.nvvm.fmax.f(float %1216, float %1217)
	%1259 = call float @llvm.nvvm.fmax.f(float %1220, float %1221)
	%1260 = call float @llvm.nvvm.fmax.f(float %1224, float %1225)
	%1261 = call float @llvm.nvvm.fmax.f(float %1228, float %1229)
	%1262 = call float @llvm.nvvm.fmax.f(float %1254, float %1255)
	%1263 = call float @llvm.nvvm.fmax.f(float %1256, float %1257)
	%1264 = call float @llvm.nvvm.fmax.f(float %1258, float %1259)
	%1265 = call float @llvm.nvvm.fmax.f(float %1260, float %1261)
	%1266 = call float @llvm.nvvm.fmax.f(float %1262, float %1263)
	%1267 = call float @llvm.nvvm.fmax.f(float %1264, float %1265)
	%1268 = call float @llvm.nvvm.fmax.f(float %1266, float %1267)
	%1269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1268, i32 1, i32 31)
	%1270 = call float @llvm.nvvm.fmax.f(float %1268, float %1269)
	%1271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1270, i32 2, i32 31)
	%1272 = call float @llvm.nvvm.fmax.f(float %1270, float %1271)
	%1273 = fmul float %1272, 0x3FC0527DC0000000
	%1274 = call float @llvm.nvvm.fmax.f(float %276, float %1273)
	%1275 = fadd float %276, 8.0
	%1276 = fcmp ogt float %1274, %1275
	%1277 = or i1 %1253, %1276
	%1278 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1277)
	br i1 %1278, label %1279, label %1354

1279:
	%1280 = fcmp oeq float %1250, 0xFFF0000000000000
	%1281 = select i1 %1280, float 0.0, float %1250
	%1282 = fsub float %274, %1281
	%1283 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1282)
	%1284 = fcmp oeq float %1274, 0xFFF0000000000000
	%1285 = select i1 %1284, float 0.0, float %1274
	%1286 = fsub float %276, %1285
	%1287 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1286)
	%1288 = fmul float %210, %1283
	%1289 = fmul float %211, %1283
	%1290 = fmul float %212, %1287
	%1291 = fmul float %213, %1287
	%1292 = fmul float %214, %1283
	%1293 = fmul float %215, %1283
	%1294 = fmul float %216, %1287
	%1295 = fmul float %217, %1287
	%1296 = fmul float %218, %1283
	%1297 = fmul float %219, %1283
	%1298 = fmul float %220, %1287
	%1299 = fmul float %221, %1287
	%1300 = fmul float %222, %1283
	%1301 = fmul float %223, %1283
	%1302 = fmul float %224, %1287
	%1303 = fmul float %225, %1287
	%1304 = fmul float %226, %1283
	%1305 = fmul float %227, %1283
	%1306 = fmul float %228, %1287
	%1307 = fmul float %229, %1287
	%1308 = fmul float %230, %1283
	%1309 = fmul float %231, %1283
	%1310 = fmul float %232, %1287
	%1311 = fmul float %233, %1287
	%1312 = fmul float %234, %1283
	%1313 = fmul float %235, %1283
	%1314 = fmul float %236, %1287
	%1315 = fmul float %237, %1287
	%1316 = fmul float %238, %1283
	%1317 = fmul float %239, %1283
	%1318 = fmul float %240, %1287
	%1319 = fmul float %241, %1287
	%1320 = fmul float %242, %1283
	%1321 = fmul float %243, %1283
	%1322 = fmul float %244, %1287
	%1323 = fmul float %245, %1287
	%1324 = fmul float %246, %1283
	%1325 = fmul float %247, %1283
	%1326 = fmul float %248, %1287
	%1327 = fmul float %249, %1287
	%1328 = fmul float %250, %1283
	%1329 = fmul float %251, %1283
	%1330 = fmul float %252, %1287
	%1331 = fmul float %253, %1287
	%1332 = fmul float %254, %1283
	%1333 = fmul float %255, %1283
	%1334 = fmul float %256, %1287
	%1335 = fmul float %257, %1287
	%1336 = fmul float %258, %1283
	%1337 = fmul float %259, %1283
	%1338 = fmul float %260, %1287
	%1339 = fmul float %261, %1287
	%1340 = fmul float %262, %1283
	%1341 = fmul float %263, %1283
	%1342 = fmul float %264, %1287
	%1343 = fmul float %265, %1287
	%1344 = fmul float %266, %1283
	%1345 = fmul float %267, %1283
	%1346 = fmul float %268, %1287
	%1347 = fmul float %269, %1287
	%1348 = fmul float %270, %1283
	%1349 = fmul float %271, %1283
	%1350 = fmul float %272, %1287
	%1351 = fmul float %273, %1287
	%1352 = fmul float %275, %1283
	%1353 = fmul float %277, %1287
	br label %1354

1354:
	%1355 = phi float [ %210, %softmax ], [ %1288, %1279 ]
	%1356 = phi float [ %211, %softmax ], [ %1289, %1279 ]
	%1357 = phi float [ %212, %softmax ], [ %1290, %1279 ]
	%1358 = phi float [ %213, %softmax ], [ %1291, %1279 ]
	%1359 = phi float [ %214, %softmax ], [ %1292, %1279 ]
	%1360 = phi float [ %215, %softmax ], [ %1293, %1279 ]
	%1361 = phi float [ %216, %softmax ], [ %1294, %1279 ]
	%1362 = phi float [ %217, %softmax ], [ %1295, %1279 ]
	%1363 = phi float [ %218, %softmax ], [ %1296, %1279 ]
	%1364 = phi float [ %219, %softmax ], [ %1297, %1279 ]
	%1365 = phi float [ %220, %softmax ], [ %1298, %1279 ]
	%1366 = phi float [ %221, %softmax ], [ %1299, %1279 ]
	%1367 = phi float [ %222, %softmax ], [ %1300, %1279 ]
	%1368 = phi float [ %223, %softmax ], [ %1301, %1279 ]
	%1369 = phi float [ %224, %softmax ], [ %1302, %1279 ]
	%1370 = phi float [ %225, %softmax ], [ %1303, %1279 ]
	%1371 = phi float [ %226, %softmax ], [ %1304, %1279 ]
	%1372 = phi float [ %227, %softmax ], [ %1305, %1279 ]
	%1373 = phi float [ %228, %softmax ], [ %1306, %1279 ]
	%1374 = phi float [ %229, %softmax ], [ %1307, %1279 ]
	%1375 = phi float [ %230, %softmax ], [ %1308, %1279 ]
	%1376 = phi float [ %231, %softmax ], [ %1309, %1279 ]
	%1377 = phi float [ %232, %softmax ], [ %1310, %1279 ]
	%1378 = phi float [ %233, %softmax ], [ %1311, %1279 ]
	%1379 = phi float [ %234, %softmax ], [ %1312, %1279 ]
	%1380 = phi float [ %235, %softmax ], [ %1313, %1279 ]
	%1381 = phi float [ %236, %softmax ], [ %1314, %1279 ]
	%1382 = phi float [ %237, %softmax ], [ %1315, %1279 ]
	%1383 = phi float [ %238, %softmax ], [ %1316, %1279 ]
	%1384 = phi float [ %239, %softmax ], [ %1317, %1279 ]
	%1385 = phi float [ %240, %softmax ], [ %1318, %1279 ]
	%1386 = phi float [ %241, %softmax ], [ %1319, %1279 ]
	%1387 = phi float [ %242, %softmax ], [ %1320, %1279 ]
	%1388 = phi float [ %243, %softmax ], [ %1321, %1279 ]
	%1389 = phi float [ %244, %softmax ], [ %1322, %1279 ]
	%1390 = phi float [ %245, %softmax ], [ %1323, %1279 ]
	%1391 = phi float [ %246, %softmax ], [ %1324, %1279 ]
	%1392 = phi float [ %247, %softmax ], [ %1325, %1279 ]
	%1393 = phi float [ %248, %softmax ], [ %1326, %1279 ]
	%1394 = phi float [ %249, %softmax ], [ %1327, %1279 ]
	%1395 = phi float [ %250, %softmax ], [ %1328, %1279 ]
	%1396 = phi float [ %251, %softmax ], [ %1329, %1279 ]
	%1397 = phi float [ %252, %softmax ], [ %1330, %1279 ]
	%1398 = phi float [ %253, %softmax ], [ %1331, %1279 ]
	%1399 = phi float [ %254, %softmax ], [ %1332, %1279 ]
	%1400 = phi float [ %255, %softmax ], [ %1333, %1279 ]
	%1401 = phi float [ %256, %softmax ], [ %1334, %1279 ]
	%1402 = phi float [ %257, %softmax ], [ %1335, %1279 ]
	%1403 = phi float [ %258, %softmax ], [ %1336, %1279 ]
	%1404 = phi float [ %259, %softmax ], [ %1337, %1279 ]
	%1405 = phi float [ %260, %softmax ], [ %1338, %1279 ]
	%1406 = phi float [ %261, %softmax ], [ %1339, %1279 ]
	%1407 = phi float [ %262, %softmax ], [ %1340, %1279 ]
	%1408 = phi float [ %263, %softmax ], [ %1341, %1279 ]
	%1409 = phi float [ %264, %softmax ], [ %1342, %1279 ]
	%1410 = phi float [ %265, %softmax ], [ %1343, %1279 ]
	%1411 = phi float [ %266, %softmax ], [ %1344, %1279 ]
	%1412 = phi float [ %267, %softmax ], [ %1345, %1279 ]
	%1413 = phi float [ %268, %softmax ], [ %1346, %1279 ]
	%1414 = phi float [ %269, %softmax ], [ %1347, %1279 ]
	%1415 = phi float [ %270, %softmax ], [ %1348, %1279 ]
	%1416 = phi float [ %271, %softmax ], [ %1349, %1279 ]
	%1417 = phi float [ %272, %softmax ], [ %1350, %1279 ]
	%1418 = phi float [ %273, %softmax ], [ %1351, %1279 ]
	%1419 = phi float [ %275, %softmax ], [ %1352, %1279 ]
	%1420 = phi float [ %277, %softmax ], [ %1353, %1279 ]
	%1421 = select i1 %1278, float %1250, float %274
	%1422 = fcmp oeq float %1421, 0xFFF0000000000000
	%1423 = select i1 %1422, float 0.0, float %1421
	%1424 = fneg float %1423
	%1425 = call float @llvm.fma.f32(float %1198, float 0x3FC0527DC0000000, float %1424)
	%1426 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1425)
	%1427 = call float @llvm.fma.f32(float %1199, float 0x3FC0527DC0000000, float %1424)
	%1428 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1427)
	%1429 = call float @llvm.fma.f32(float %1202, float 0x3FC0527DC0000000, float %1424)
	%1430 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1429)
	%1431 = call float @llvm.fma.f32(float %1203, float 0x3FC0527DC0000000, float %1424)
	%1432 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1431)
	%1433 = call float @llvm.fma.f32(float %1206, float 0x3FC0527DC0000000, float %1424)
	%1434 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1433)
	%1435 = call float @llvm.fma.f32(float %1207, float 0x3FC0527DC0000000, float %1424)
	%1436 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1435)
	%1437 = call float @llvm.fma.f32(float %1210, float 0x3FC0527DC0000000, float %1424)
	%1438 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1437)
	%1439 = call float @llvm.fma.f32(float %1211, float 0x3FC0527DC0000000, float %1424)
	%1440 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1439)
	%1441 = call float @llvm.fma.f32(float %1214, float 0x3FC0527DC0000000, float %1424)
	%1442 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1441)
	%1443 = call float @llvm.fma.f32(float %1215, float 0x3FC0527DC0000000, float %1424)
	%1444 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1443)
	%1445 = call float @llvm.fma.f32(float %1218, float 0x3FC0527DC0000000, float %1424)
	%1446 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1445)
	%1447 = call float @llvm.fma.f32(float %1219, float 0x3FC0527DC0000000, float %1424)
	%1448 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1447)
	%1449 = call float @llvm.fma.f32(float %1222, float 0x3FC0527DC0000000, float %1424)
	%1450 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1449)
	%1451 = call float @llvm.fma.f32(float %1223, float 0x3FC0527DC0000000, float %1424)
	%1452 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1451)
	%1453 = call float @llvm.fma.f32(float %1226, float 0x3FC0527DC0000000, float %1424)
	%1454 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1453)
	%1455 = call float @llvm.fma.f32(float %1227, float 0x3FC0527DC0000000, float %1424)
	%1456 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1455)
	%1457 = fadd float %1426, %1428
	%1458 = fadd float %1430, %1432
	%1459 = fadd float %1434, %1436
	%1460 = fadd float %1438, %1440
	%1461 = fadd float %1442, %1444
	%1462 = fadd float %1446, %1448
	%1463 = fadd float %1450, %1452
	%1464 = fadd float %1454, %1456
	%1465 = fadd float %1457, %1458
	%1466 = fadd float %1459, %1460
	%1467 = fadd float %1461, %1462
	%1468 = fadd float %1463, %1464
	%1469 = fadd float %1465, %1466
	%1470 = fadd float %1467, %1468
	%1471 = fadd float %1469, %1470
	%1472 = fadd float %1419, %1471
	%1473 = select i1 %1278, float %1274, float %276
	%1474 = fcmp oeq float %1473, 0xFFF0000000000000
	%1475 = select i1 %1474, float 0.0, float %1473
	%1476 = fneg float %1475
	%1477 = call float @llvm.fma.f32(float %1200, float 0x3FC0527DC0000000, float %1476)
	%1478 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1477)
	%1479 = call float @llvm.fma.f32(float %1201, float 0x3FC0527DC0000000, float %1476)
	%1480 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1479)
	%1481 = call float @llvm.fma.f32(float %1204, float 0x3FC0527DC0000000, float %1476)
	%1482 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1481)
	%1483 = call float @llvm.fma.f32(float %1205, float 0x3FC0527DC0000000, float %1476)
	%1484 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1483)
	%1485 = call float @llvm.fma.f32(float %1208, float 0x3FC0527DC0000000, float %1476)
	%1486 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1485)
	%1487 = call float @llvm.fma.f32(float %1209, float 0x3FC0527DC0000000, float %1476)
	%1488 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1487)
	%1489 = call float @llvm.fma.f32(float %1212, float 0x3FC0527DC0000000, float %1476)
	%1490 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1489)
	%1491 = call float @llvm.fma.f32(float %1213, float 0x3FC0527DC0000000, float %1476)
	%1492 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1491)
	%1493 = call float @llvm.fma.f32(float %1216, float 0x3FC0527DC0000000, float %1476)
	%1494 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1493)
	%1495 = call float @llvm.fma.f32(float %1217, float 0x3FC0527DC0000000, float %1476)
	%1496 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1495)
	%1497 = call float @llvm.fma.f32(float %1220, float 0x3FC0527DC0000000, float %1476)
	%1498 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1497)
	%1499 = call float @llvm.fma.f32(float %1221, float 0x3FC0527DC0000000, float %1476)
	%1500 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1499)
	%1501 = call float @llvm.fma.f32(float %1224, float 0x3FC0527DC0000000, float %1476)
	%1502 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1501)
	%1503 = call float @llvm.fma.f32(float %1225, float 0x3FC0527DC0000000, float %1476)
	%1504 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1503)
	%1505 = call float @llvm.fma.f32(float %1228, float 0x3FC0527DC0000000, float %1476)
	%1506 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1505)
	%1507 = call float @llvm.fma.f32(float %1229, float 0x3FC0527DC0000000, float %1476)
	%1508 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1507)
	%1509 = fadd float %1478, %1480
	%1510 = fadd float %1482, %1484
	%1511 = fadd float %1486, %1488
	%1512 = fadd float %1490, %1492
	%1513 = fadd float %1494, %1496
	%1514 = fadd float %1498, %1500
	%1515 = fadd float %1502, %1504
	%1516 = fadd float %1506, %1508
	%1517 = fadd float %1509, %1510
	%1518 = fadd float %1511, %1512
	%1519 = fadd float %1513, %1514
	%1520 = fadd float %1515, %1516
	%1521 = fadd float %1517, %1518
	%1522 = fadd float %1519, %1520
	%1523 = fadd float %1521, %1522
	%1524 = fadd float %1420, %1523
	%1525 = add i32 %208, 1
	%1526 = icmp slt i32 %1525, %NK
	%1527 = select i1 %1526, i32 %1525, i32 0
	%1528 = add i32 %48, %1527
	%1529 = sext i32 %1528 to i64
	%1530 = getelementptr i32, i32* %list, i64 %1529
	%1531 = load i32, i32* %1530
	%1532 = select i1 %1526, i32 %1531, i32 -1
	%1533 = icmp sge i32 %1532, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1533, label %prefetch, label %pv

prefetch:
	%1534 = mul i32 %1532, 64
	%1535 = lshr i32 %9, 4
	%1536 = and i32 %9, 15
	%1537 = lshr i32 %1536, 3
	%1538 = mul i32 %1537, u0x2000
	%1539 = and i32 %1536, 7
	%1540 = and i32 %1535, 7
	%1541 = xor i32 %1539, %1540
	%1542 = mul i32 %1535, 128
	%1543 = shl i32 %1541, 4
	%1544 = add i32 %1542, %1543
	%1545 = add i32 %1538, %1544
	%1546 = add i32 %0, %1545
	%1547 = add i32 %1534, %1535
	%1548 = mul i32 %1547, 128
	%1549 = mul i32 %1536, 8
	%1550 = add i32 %1548, %1549
	%1551 = sext i32 %1550 to i64
	%1552 = getelementptr i16, i16* %39, i64 %1551
	%1553 = add i32 %1547, 0
	%1554 = icmp slt i32 %1553, %N
	%1555 = getelementptr i16, i16* %1552, i64 0
	%1556 = select i1 %1554, i16* %1555, i16* %39
	%1557 = add i32 %1546, 0
	%1558 = select i1 %1554, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1557, i16* %1556, i32 %1558)
	%1559 = add i32 %1547, 8
	%1560 = icmp slt i32 %1559, %N
	%1561 = getelementptr i16, i16* %1552, i64 1024
	%1562 = select i1 %1560, i16* %1561, i16* %39
	%1563 = add i32 %1546, 1024
	%1564 = select i1 %1560, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1563, i16* %1562, i32 %1564)
	%1565 = add i32 %1547, 16
	%1566 = icmp slt i32 %1565, %N
	%1567 = getelementptr i16, i16* %1552, i64 2048
	%1568 = select i1 %1566, i16* %1567, i16* %39
	%1569 = add i32 %1546, 2048
	%1570 = select i1 %1566, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1569, i16* %1568, i32 %1570)
	%1571 = add i32 %1547, 24
	%1572 = icmp slt i32 %1571, %N
	%1573 = getelementptr i16, i16* %1552, i64 3072
	%1574 = select i1 %1572, i16* %1573, i16* %39
	%1575 = add i32 %1546, 3072
	%1576 = select i1 %1572, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1575, i16* %1574, i32 %1576)
	%1577 = add i32 %1547, 32
	%1578 = icmp slt i32 %1577, %N
	%1579 = getelementptr i16, i16* %1552, i64 u0x1000
	%1580 = select i1 %1578, i16* %1579, i16* %39
	%1581 = add i32 %1546, u0x1000
	%1582 = select i1 %1578, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1581, i16* %1580, i32 %1582)
	%1583 = add i32 %1547, 40
	%1584 = icmp slt i32 %1583, %N
	%1585 = getelementptr i16, i16* %1552, i64 5120
	%1586 = select i1 %1584, i16* %1585, i16* %39
	%1587 = add i32 %1546, 5120
	%1588 = select i1 %1584, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1587, i16* %1586, i32 %1588)
	%1589 = add i32 %1547, 48
	%1590 = icmp slt i32 %1589, %N
	%1591 = getelementptr i16, i16* %1552, i64 6144
	%1592 = select i1 %1590, i16* %1591, i16* %39
	%1593 = add i32 %1546, 6144
	%1594 = select i1 %1590, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1593, i16* %1592, i32 %1594)
	%1595 = add i32 %1547, 56
	%1596 = icmp slt i32 %1595, %N
	%1597 = getelementptr i16, i16* %1552, i64 7168
	%1598 = select i1 %1596, i16* %1597, i16* %39
	%1599 = add i32 %1546, 7168
	%1600 = select i1 %1596, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1599, i16* %1598, i32 %1600)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1601 = and i32 %11, 7
	%1602 = lshr i32 %11, 3
	%1603 = and i32 %1602, 1
	%1604 = shl i32 %1603, 3
	%1605 = add i32 %1601, %1604
	%1606 = mul i32 %1605, 256
	%1607 = add i32 %1, %1606
	%1608 = and i32 %11, 7
	%1609 = xor i32 %131, %1608
	%1610 = shl i32 %1609, 4
	%1611 = add i32 %1607, %1610
	%1612 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1428, float %1426)
	%1613 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1480, float %1478)
	%1614 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1432, float %1430)
	%1615 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1484, float %1482)
	%1616 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1436, float %1434)
	%1617 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1488, float %1486)
	%1618 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1440, float %1438)
	%1619 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1492, float %1490)
	%1620 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1444, float %1442)
	%1621 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1496, float %1494)
	%1622 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1448, float %1446)
	%1623 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1500, float %1498)
	%1624 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1452, float %1450)
	%1625 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1504, float %1502)
	%1626 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1456, float %1454)
	%1627 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1508, float %1506)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1628 = add i32 %8, 0
	%1629 = zext i32 %1628 to i64
	%1630 = or i64 %1629, u0x4000004002000000
	%1631 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1355, float %1356, float %1357, float %1358, float %1359, float %1360, float %1361, float %1362, float %1363, float %1364, float %1365, float %1366, float %1367, float %1368, float %1369, float %1370, float %1371, float %1372, float %1373, float %1374, float %1375, float %1376, float %1377, float %1378, float %1379, float %1380, float %1381, float %1382, float %1383, float %1384, float %1385, float %1386, float %1387, float %1388, float %1389, float %1390, float %1391, float %1392, float %1393, float %1394, float %1395, float %1396, float %1397, float %1398, float %1399, float %1400, float %1401, float %1402, float %1403, float %1404, float %1405, float %1406, float %1407, float %1408, float %1409, float %1410, float %1411, float %1412, float %1413, float %1414, float %1415, float %1416, float %1417, float %1418, i32 %1612, i32 %1613, i32 %1614, i32 %1615, i64 %1630, i32 1)
	%1632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 0
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 1
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 2
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 3
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 4
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 5
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 6
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 7
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 8
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 9
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 10
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 11
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 12
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 13
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 14
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 15
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 16
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 17
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 18
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 19
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 20
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 21
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 22
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 23
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 24
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 25
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 26
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 27
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 28
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 29
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 30
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 31
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 32
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 33
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 34
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 35
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 36
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 37
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 38
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 39
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 40
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 41
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 42
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 43
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 44
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 45
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 46
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 47
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 48
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 49
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 50
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 51
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 52
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 53
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 54
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 55
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 56
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 57
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 58
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 59
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 60
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 61
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 62
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 63
	%1696 = add i32 %8, 128
	%1697 = zext i32 %1696 to i64
	%1698 = or i64 %1697, u0x4000004002000000
	%1699 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1632, float %1633, float %1634, float %1635, float %1636, float %1637, float %1638, float %1639, float %1640, float %1641, float %1642, float %1643, float %1644, float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, float %1672, float %1673, float %1674, float %1675, float %1676, float %1677, float %1678, float %1679, float %1680, float %1681, float %1682, float %1683, float %1684, float %1685, float %1686, float %1687, float %1688, float %1689, float %1690, float %1691, float %1692, float %1693, float %1694, float %1695, i32 %1616, i32 %1617, i32 %1618, i32 %1619, i64 %1698, i32 1)
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 0
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 1
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 2
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 3
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 4
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 5
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 6
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 7
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 8
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 9
	%1710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 10
	%1711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 11
	%1712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 12
	%1713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 13
	%1714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 14
	%1715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 15
	%1716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 16
	%1717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 17
	%1718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 18
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 19
	%1720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 20
	%1721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 21
	%1722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 22
	%1723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 23
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 24
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 25
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 26
	%1727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 27
	%1728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 28
	%1729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 29
	%1730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 30
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 31
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 32
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 33
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 34
	%1735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 35
	%1736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 36
	%1737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 37
	%1738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 38
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 39
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 40
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 41
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 42
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 43
	%1744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 44
	%1745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 45
	%1746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 46
	%1747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 47
	%1748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 48
	%1749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 49
	%1750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 50
	%1751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 51
	%1752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 52
	%1753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 53
	%1754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 54
	%1755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 55
	%1756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 56
	%1757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 57
	%1758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 58
	%1759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 59
	%1760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 60
	%1761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 61
	%1762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 62
	%1763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 63
	%1764 = add i32 %8, 256
	%1765 = zext i32 %1764 to i64
	%1766 = or i64 %1765, u0x4000004002000000
	%1767 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1700, float %1701, float %1702, float %1703, float %1704, float %1705, float %1706, float %1707, float %1708, float %1709, float %1710, float %1711, float %1712, float %1713, float %1714, float %1715, float %1716, float %1717, float %1718, float %1719, float %1720, float %1721, float %1722, float %1723, float %1724, float %1725, float %1726, float %1727, float %1728, float %1729, float %1730, float %1731, float %1732, float %1733, float %1734, float %1735, float %1736, float %1737, float %1738, float %1739, float %1740, float %1741, float %1742, float %1743, float %1744, float %1745, float %1746, float %1747, float %1748, float %1749, float %1750, float %1751, float %1752, float %1753, float %1754, float %1755, float %1756, float %1757, float %1758, float %1759, float %1760, float %1761, float %1762, float %1763, i32 %1620, i32 %1621, i32 %1622, i32 %1623, i64 %1766, i32 1)
	%1768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 0
	%1769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 1
	%1770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 2
	%1771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 3
	%1772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 4
	%1773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 5
	%1774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 6
	%1775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 7
	%1776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 8
	%1777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 9
	%1778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 10
	%1779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 11
	%1780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 12
	%1781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 13
	%1782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 14
	%1783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 15
	%1784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 16
	%1785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 17
	%1786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 18
	%1787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 19
	%1788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 20
	%1789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 21
	%1790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 22
	%1791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 23
	%1792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 24
	%1793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 25
	%1794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 26
	%1795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 27
	%1796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 28
	%1797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 29
	%1798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 30
	%1799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 31
	%1800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 32
	%1801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 33
	%1802 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 34
	%1803 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 35
	%1804 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 36
	%1805 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 37
	%1806 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 38
	%1807 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 39
	%1808 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 40
	%1809 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 41
	%1810 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 42
	%1811 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 43
	%1812 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 44
	%1813 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 45
	%1814 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 46
	%1815 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 47
	%1816 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 48
	%1817 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 49
	%1818 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 50
	%1819 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 51
	%1820 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 52
	%1821 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 53
	%1822 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 54
	%1823 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 55
	%1824 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 56
	%1825 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 57
	%1826 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 58
	%1827 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 59
	%1828 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 60
	%1829 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 61
	%1830 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 62
	%1831 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 63
	%1832 = add i32 %8, 384
	%1833 = zext i32 %1832 to i64
	%1834 = or i64 %1833, u0x4000004002000000
	%1835 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1768, float %1769, float %1770, float %1771, float %1772, float %1773, float %1774, float %1775, float %1776, float %1777, float %1778, float %1779, float %1780, float %1781, float %1782, float %1783, float %1784, float %1785, float %1786, float %1787, float %1788, float %1789, float %1790, float %1791, float %1792, float %1793, float %1794, float %1795, float %1796, float %1797, float %1798, float %1799, float %1800, float %1801, float %1802, float %1803, float %1804, float %1805, float %1806, float %1807, float %1808, float %1809, float %1810, float %1811, float %1812, float %1813, float %1814, float %1815, float %1816, float %1817, float %1818, float %1819, float %1820, float %1821, float %1822, float %1823, float %1824, float %1825, float %1826, float %1827, float %1828, float %1829, float %1830, float %1831, i32 %1624, i32 %1625, i32 %1626, i32 %1627, i64 %1834, i32 1)
	%1836 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 0
	%1837 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 1
	%1838 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 2
	%1839 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 3
	%1840 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 4
	%1841 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 5
	%1842 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 6
	%1843 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 7
	%1844 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 8
	%1845 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 9
	%1846 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 10
	%1847 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 11
	%1848 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 12
	%1849 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 13
	%1850 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 14
	%1851 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 15
	%1852 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 16
	%1853 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 17
	%1854 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 18
	%1855 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 19
	%1856 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 20
	%1857 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 21
	%1858 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 22
	%1859 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 23
	%1860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 24
	%1861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 25
	%1862 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 26
	%1863 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 27
	%1864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 28
	%1865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 29
	%1866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 30
	%1867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 31
	%1868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 32
	%1869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 33
	%1870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 34
	%1871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 35
	%1872 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 36
	%1873 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 37
	%1874 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 38
	%1875 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 39
	%1876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 40
	%1877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 41
	%1878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 42
	%1879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 43
	%1880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 44
	%1881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 45
	%1882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 46
	%1883 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 47
	%1884 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 48
	%1885 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 49
	%1886 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 50
	%1887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 51
	%1888 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 52
	%1889 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 53
	%1890 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 54
	%1891 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 55
	%1892 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 56
	%1893 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 57
	%1894 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 58
	%1895 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 59
	%1896 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 60
	%1897 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 61
	%1898 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 62
	%1899 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1900 = call float asm sideeffect "", "=f,0"(float %1836)
	%1901 = call float asm sideeffect "", "=f,0"(float %1837)
	%1902 = call float asm sideeffect "", "=f,0"(float %1838)
	%1903 = call float asm sideeffect "", "=f,0"(float %1839)
	%1904 = call float asm sideeffect "", "=f,0"(float %1840)
	%1905 = call float asm sideeffect "", "=f,0"(float %1841)
	%1906 = call float asm sideeffect "", "=f,0"(float %1842)
	%1907 = call float asm sideeffect "", "=f,0"(float %1843)
	%1908 = call float asm sideeffect "", "=f,0"(float %1844)
	%1909 = call float asm sideeffect "", "=f,0"(float %1845)
	%1910 = call float asm sideeffect "", "=f,0"(float %1846)
	%1911 = call float asm sideeffect "", "=f,0"(float %1847)
	%1912 = call float asm sideeffect "", "=f,0"(float %1848)
	%1913 = call float asm sideeffect "", "=f,0"(float %1849)
	%1914 = call float asm sideeffect "", "=f,0"(float %1850)
	%1915 = call float asm sideeffect "", "=f,0"(float %1851)
	%1916 = call float asm sideeffect "", "=f,0"(float %1852)
	%1917 = call float asm sideeffect "", "=f,0"(float %1853)
	%1918 = call float asm sideeffect "", "=f,0"(float %1854)
	%1919 = call float asm sideeffect "", "=f,0"(float %1855)
	%1920 = call float asm sideeffect "", "=f,0"(float %1856)
	%1921 = call float asm sideeffect "", "=f,0"(float %1857)
	%1922 = call float asm sideeffect "", "=f,0"(float %1858)
	%1923 = call float asm sideeffect "", "=f,0"(float %1859)
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
	br i1 %1533, label %loop, label %epilogue

store0:
	%1964 = mul i32 %29, %M
	%1965 = add i32 %1964, %780
	%1966 = mul i32 %1965, 128
	%1967 = shl i32 %13, 1
	%1968 = add i32 0, %1967
	%1969 = add i32 %1966, %1968
	%1970 = sext i32 %1969 to i64
	%1971 = getelementptr i16, i16* %out, i64 %1970
	%1972 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %782, float %781)
	%1973 = bitcast i16* %1971 to i32*
	store i32 %1972, i32* %1973
	%1974 = shl i32 %13, 1
	%1975 = add i32 8, %1974
	%1976 = add i32 %1966, %1975
	%1977 = sext i32 %1976 to i64
	%1978 = getelementptr i16, i16* %out, i64 %1977
	%1979 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %784, float %783)
	%1980 = bitcast i16* %1978 to i32*
	store i32 %1979, i32* %1980
	%1981 = shl i32 %13, 1
	%1982 = add i32 16, %1981
	%1983 = add i32 %1966, %1982
	%1984 = sext i32 %1983 to i64
	%1985 = getelementptr i16, i16* %out, i64 %1984
	%1986 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %786, float %785)
	%1987 = bitcast i16* %1985 to i32*
	store i32 %1986, i32* %1987
	%1988 = shl i32 %13, 1
	%1989 = add i32 24, %1988
	%1990 = add i32 %1966, %1989
	%1991 = sext i32 %1990 to i64
	%1992 = getelementptr i16, i16* %out, i64 %1991
	%1993 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %788, float %787)
	%1994 = bitcast i16* %1992 to i32*
	store i32 %1993, i32* %1994
	%1995 = shl i32 %13, 1
	%1996 = add i32 32, %1995
	%1997 = add i32 %1966, %1996
	%1998 = sext i32 %1997 to i64
	%1999 = getelementptr i16, i16* %out, i64 %1998
	%2000 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %790, float %789)
	%2001 = bitcast i16* %1999 to i32*
	store i32 %2000, i32* %2001
	%2002 = shl i32 %13, 1
	%2003 = add i32 40, %2002
	%2004 = add i32 %1966, %2003
	%2005 = sext i32 %2004 to i64
	%2006 = getelementptr i16, i16* %out, i64 %2005
	%2007 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %792, float %791)
	%2008 = bitcast i16* %2006 to i32*
	store i32 %2007, i32* %2008
	%2009 = shl i32 %13, 1
	%2010 = add i32 48, %2009
	%2011 = add i32 %1966, %2010
	%2012 = sext i32 %2011 to i64
	%2013 = getelementptr i16, i16* %out, i64 %2012
	%2014 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %794, float %793)
	%2015 = bitcast i16* %2013 to i32*
	store i32 %2014, i32* %2015
	%2016 = shl i32 %13, 1
	%2017 = add i32 56, %2016
	%2018 = add i32 %1966, %2017
	%2019 = sext i32 %2018 to i64
	%2020 = getelementptr i16, i16* %out, i64 %2019
	%2021 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %796, float %795)
	%2022 = bitcast i16* %2020 to i32*
	store i32 %2021, i32* %2022
	%2023 = shl i32 %13, 1
	%2024 = add i32 64, %2023
	%2025 = add i32 %1966, %2024
	%2026 = sext i32 %2025 to i64
	%2027 = getelementptr i16, i16* %out, i64 %2026
	%2028 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %798, float %797)
	%2029 = bitcast i16* %2027 to i32*
	store i32 %2028, i32* %2029
	%2030 = shl i32 %13, 1
	%2031 = add i32 72, %2030
	%2032 = add i32 %1966, %2031
	%2033 = sext i32 %2032 to i64
	%2034 = getelementptr i16, i16* %out, i64 %2033
	%2035 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %800, float %799)
	%2036 = bitcast i16* %2034 to i32*
	store i32 %2035, i32* %2036
	%2037 = shl i32 %13, 1
	%2038 = add i32 80, %2037
	%2039 = add i32 %1966, %2038
	%2040 = sext i32 %2039 to i64
	%2041 = getelementptr i16, i16* %out, i64 %2040
	%2042 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %802, float %801)
	%2043 = bitcast i16* %2041 to i32*
	store i32 %2042, i32* %2043
	%2044 = shl i32 %13, 1
	%2045 = add i32 88, %2044
	%2046 = add i32 %1966, %2045
	%2047 = sext i32 %2046 to i64
	%2048 = getelementptr i16, i16* %out, i64 %2047
	%2049 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %804, float %803)
	%2050 = bitcast i16* %2048 to i32*
	store i32 %2049, i32* %2050
	%2051 = shl i32 %13, 1
	%2052 = add i32 96, %2051
	%2053 = add i32 %1966, %2052
	%2054 = sext i32 %2053 to i64
	%2055 = getelementptr i16, i16* %out, i64 %2054
	%2056 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %806, float %805)
	%2057 = bitcast i16* %2055 to i32*
	store i32 %2056, i32* %2057
	%2058 = shl i32 %13, 1
	%2059 = add i32 104, %2058
	%2060 = add i32 %1966, %2059
	%2061 = sext i32 %2060 to i64
	%2062 = getelementptr i16, i16* %out, i64 %2061
	%2063 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %808, float %807)
	%2064 = bitcast i16* %2062 to i32*
	store i32 %2063, i32* %2064
	%2065 = shl i32 %13, 1
	%2066 = add i32 112, %2065
	%2067 = add i32 %1966, %2066
	%2068 = sext i32 %2067 to i64
	%2069 = getelementptr i16, i16* %out, i64 %2068
	%2070 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %810, float %809)
	%2071 = bitcast i16* %2069 to i32*
	store i32 %2070, i32* %2071
	%2072 = shl i32 %13, 1
	%2073 = add i32 120, %2072
	%2074 = add i32 %1966, %2073
	%2075 = sext i32 %2074 to i64
	%2076 = getelementptr i16, i16* %out, i64 %2075
	%2077 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %812, float %811)
	%2078 = bitcast i16* %2076 to i32*
	store i32 %2077, i32* %2078
	br label %stored0

stored0:
	%2079 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %704, i32 1, i32 31)
	%2080 = fadd float %704, %2079
	%2081 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2080, i32 2, i32 31)
	%2082 = fadd float %2080, %2081
	%2083 = fcmp ogt float %2082, 0.0
	%2084 = fdiv float 1.0, %2082
	%2085 = select i1 %2083, float %2084, float 0.0
	%2086 = mul i32 %10, 16
	%2087 = add i32 %31, %2086
	%2088 = add i32 %12, 8
	%2089 = add i32 %2087, %2088
	%2090 = fmul float %708, %2085
	%2091 = fmul float %709, %2085
	%2092 = fmul float %712, %2085
	%2093 = fmul float %713, %2085
	%2094 = fmul float %716, %2085
	%2095 = fmul float %717, %2085
	%2096 = fmul float %720, %2085
	%2097 = fmul float %721, %2085
	%2098 = fmul float %724, %2085
	%2099 = fmul float %725, %2085
	%2100 = fmul float %728, %2085
	%2101 = fmul float %729, %2085
	%2102 = fmul float %732, %2085
	%2103 = fmul float %733, %2085
	%2104 = fmul float %736, %2085
	%2105 = fmul float %737, %2085
	%2106 = fmul float %740, %2085
	%2107 = fmul float %741, %2085
	%2108 = fmul float %744, %2085
	%2109 = fmul float %745, %2085
	%2110 = fmul float %748, %2085
	%2111 = fmul float %749, %2085
	%2112 = fmul float %752, %2085
	%2113 = fmul float %753, %2085
	%2114 = fmul float %756, %2085
	%2115 = fmul float %757, %2085
	%2116 = fmul float %760, %2085
	%2117 = fmul float %761, %2085
	%2118 = fmul float %764, %2085
	%2119 = fmul float %765, %2085
	%2120 = fmul float %768, %2085
	%2121 = fmul float %769, %2085
	%2122 = icmp slt i32 %2089, %M
	br i1 %2122, label %store1, label %stored1

store1:
	%2123 = mul i32 %29, %M
	%2124 = add i32 %2123, %2089
	%2125 = mul i32 %2124, 128
	%2126 = shl i32 %13, 1
	%2127 = add i32 0, %2126
	%2128 = add i32 %2125, %2127
	%2129 = sext i32 %2128 to i64
	%2130 = getelementptr i16, i16* %out, i64 %2129
	%2131 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2091, float %2090)
	%2132 = bitcast i16* %2130 to i32*
	store i32 %2131, i32* %2132
	%2133 = shl i32 %13, 1
	%2134 = add i32 8, %2133
	%2135 = add i32 %2125, %2134
	%2136 = sext i32 %2135 to i64
	%2137 = getelementptr i16, i16* %out, i64 %2136
	%2138 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2093, float %2092)
	%2139 = bitcast i16* %2137 to i32*
	store i32 %2138, i32* %2139
	%2140 = shl i32 %13, 1
	%2141 = add i32 16, %2140
	%2142 = add i32 %2125, %2141
	%2143 = sext i32 %2142 to i64
	%2144 = getelementptr i16, i16* %out, i64 %2143
	%2145 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2095, float %2094)
	%2146 = bitcast i16* %2144 to i32*
	store i32 %2145, i32* %2146
	%2147 = shl i32 %13, 1
	%2148 = add i32 24, %2147
	%2149 = add i32 %2125, %2148
	%2150 = sext i32 %2149 to i64
	%2151 = getelementptr i16, i16* %out, i64 %2150
	%2152 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2097, float %2096)
	%2153 = bitcast i16* %2151 to i32*
	store i32 %2152, i32* %2153
	%2154 = shl i32 %13, 1
	%2155 = add i32 32, %2154
	%2156 = add i32 %2125, %2155
	%2157 = sext i32 %2156 to i64
	%2158 = getelementptr i16, i16* %out, i64 %2157
	%2159 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2099, float %2098)
	%2160 = bitcast i16* %2158 to i32*
	store i32 %2159, i32* %2160
	%2161 = shl i32 %13, 1
	%2162 = add i32 40, %2161
	%2163 = add i32 %2125, %2162
	%2164 = sext i32 %2163 to i64
	%2165 = getelementptr i16, i16* %out, i64 %2164
	%2166 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2101, float %2100)
	%2167 = bitcast i16* %2165 to i32*
	store i32 %2166, i32* %2167
	%2168 = shl i32 %13, 1
	%2169 = add i32 48, %2168
	%2170 = add i32 %2125, %2169
	%2171 = sext i32 %2170 to i64
	%2172 = getelementptr i16, i16* %out, i64 %2171
	%2173 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2103, float %2102)
	%2174 = bitcast i16* %2172 to i32*
	store i32 %2173, i32* %2174
	%2175 = shl i32 %13, 1
	%2176 = add i32 56, %2175
	%2177 = add i32 %2125, %2176
	%2178 = sext i32 %2177 to i64
	%2179 = getelementptr i16, i16* %out, i64 %2178
	%2180 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2105, float %2104)
	%2181 = bitcast i16* %2179 to i32*
	store i32 %2180, i32* %2181
	%2182 = shl i32 %13, 1
	%2183 = add i32 64, %2182
	%2184 = add i32 %2125, %2183
	%2185 = sext i32 %2184 to i64
	%2186 = getelementptr i16, i16* %out, i64 %2185
	%2187 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2107, float %2106)
	%2188 = bitcast i16* %2186 to i32*
	store i32 %2187, i32* %2188
	%2189 = shl i32 %13, 1
	%2190 = add i32 72, %2189
	%2191 = add i32 %2125, %2190
	%2192 = sext i32 %2191 to i64
	%2193 = getelementptr i16, i16* %out, i64 %2192
	%2194 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2109, float %2108)
	%2195 = bitcast i16* %2193 to i32*
	store i32 %2194, i32* %2195
	%2196 = shl i32 %13, 1
	%2197 = add i32 80, %2196
	%2198 = add i32 %2125, %2197
	%2199 = sext i32 %2198 to i64
	%2200 = getelementptr i16, i16* %out, i64 %2199
	%2201 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2111, float %2110)
	%2202 = bitcast i16* %2200 to i32*
	store i32 %2201, i32* %2202
	%2203 = shl i32 %13, 1
	%2204 = add i32 88, %2203
	%2205 = add i32 %2125, %2204
	%2206 = sext i32 %2205 to i64
	%2207 = getelementptr i16, i16* %out, i64 %2206
	%2208 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2113, float %2112)
	%2209 = bitcast i16* %2207 to i32*
	store i32 %2208, i32* %2209
	%2210 = shl i32 %13, 1
	%2211 = add i32 96, %2210
	%2212 = add i32 %2125, %2211
	%2213 = sext i32 %2212 to i64
	%2214 = getelementptr i16, i16* %out, i64 %2213
	%2215 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2115, float %2114)
	%2216 = bitcast i16* %2214 to i32*
	store i32 %2215, i32* %2216
	%2217 = shl i32 %13, 1
	%2218 = add i32 104, %2217
	%2219 = add i32 %2125, %2218
	%2220 = sext i32 %2219 to i64
	%2221 = getelementptr i16, i16* %out, i64 %2220
	%2222 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2117, float %2116)
	%2223 = bitcast i16* %2221 to i32*
	store i32 %2222, i32* %2223
	%2224 = shl i32 %13, 1
	%2225 = add i32 112, %2224
	%2226 = add i32 %2125, %2225
	%2227 = sext i32 %2226 to i64
	%2228 = getelementptr i16, i16* %out, i64 %2227
	%2229 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2119, float %2118)
	%2230 = bitcast i16* %2228 to i32*
	store i32 %2229, i32* %2230
	%2231 = shl i32 %13, 1
	%2232 = add i32 120, %2231
	%2233 = add i32 %2125, %2232
	%2234 = sext i32 %2233 to i64
	%2235 = getelementptr i16, i16* %out, i64 %2234
	%2236 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2121, float %2120)
	%2237 = bitcast i16* %2235 to i32*
	store i32 %2236, i32* %2237
	br label %stored1

stored1:
	ret void
}
