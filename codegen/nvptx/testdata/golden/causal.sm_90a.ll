; prefill
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@prefill_attn0_smem = internal addrspace(3) global [49152 x i8] undef, align 1024

define ptx_kernel void @prefill_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [49152 x i8] addrspace(3)* @prefill_attn0_smem to i32
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
	%14 = sub i32 %NQ, 1
	%15 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%16 = sub i32 %14, %15
	%17 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%18 = sdiv i32 %17, %group
	%19 = mul i32 %16, 64
	%20 = mul i32 %17, %M
	%21 = mul i32 %20, 128
	%22 = sext i32 %21 to i64
	%23 = getelementptr i16, i16* %q, i64 %22
	%24 = mul i32 %18, %N
	%25 = mul i32 %24, 128
	%26 = sext i32 %25 to i64
	%27 = getelementptr i16, i16* %k, i64 %26
	%28 = mul i32 %18, %N
	%29 = mul i32 %28, 128
	%30 = sext i32 %29 to i64
	%31 = getelementptr i16, i16* %v, i64 %30
	%32 = udiv i32 %17, %lh
	%33 = mul i32 %32, %NQ
	%34 = add i32 %33, %16
	%35 = mul i32 %34, 2
	%36 = mul i32 %35, %NK
	%37 = mul i32 %17, %ch
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %16
	%40 = mul i32 %39, %NK
	%41 = add i32 %36, 0
	%42 = sext i32 %41 to i64
	%43 = getelementptr i32, i32* %list, i64 %42
	%44 = load i32, i32* %43
	%45 = icmp sgt i32 %NK, 0
	%46 = icmp sge i32 %44, 0
	%47 = and i1 %45, %46
	%48 = lshr i32 %9, 4
	%49 = and i32 %9, 15
	%50 = lshr i32 %49, 3
	%51 = mul i32 %50, u0x2000
	%52 = and i32 %49, 7
	%53 = and i32 %48, 7
	%54 = xor i32 %52, %53
	%55 = mul i32 %48, 128
	%56 = shl i32 %54, 4
	%57 = add i32 %55, %56
	%58 = add i32 %51, %57
	%59 = add i32 %2, %58
	%60 = add i32 %19, %48
	%61 = mul i32 %60, 128
	%62 = mul i32 %49, 8
	%63 = add i32 %61, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i16, i16* %23, i64 %64
	%66 = add i32 %60, 0
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %65, i64 0
	%69 = select i1 %67, i16* %68, i16* %23
	%70 = add i32 %59, 0
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %60, 8
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %65, i64 1024
	%75 = select i1 %73, i16* %74, i16* %23
	%76 = add i32 %59, 1024
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %60, 16
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %65, i64 2048
	%81 = select i1 %79, i16* %80, i16* %23
	%82 = add i32 %59, 2048
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %60, 24
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %65, i64 3072
	%87 = select i1 %85, i16* %86, i16* %23
	%88 = add i32 %59, 3072
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %60, 32
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %65, i64 u0x1000
	%93 = select i1 %91, i16* %92, i16* %23
	%94 = add i32 %59, u0x1000
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %60, 40
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %65, i64 5120
	%99 = select i1 %97, i16* %98, i16* %23
	%100 = add i32 %59, 5120
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	%102 = add i32 %60, 48
	%103 = icmp slt i32 %102, %M
	%104 = getelementptr i16, i16* %65, i64 6144
	%105 = select i1 %103, i16* %104, i16* %23
	%106 = add i32 %59, 6144
	%107 = select i1 %103, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %106, i16* %105, i32 %107)
	%108 = add i32 %60, 56
	%109 = icmp slt i32 %108, %M
	%110 = getelementptr i16, i16* %65, i64 7168
	%111 = select i1 %109, i16* %110, i16* %23
	%112 = add i32 %59, 7168
	%113 = select i1 %109, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %112, i16* %111, i32 %113)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %47, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%114 = and i32 %11, 7
	%115 = lshr i32 %11, 3
	%116 = and i32 %115, 1
	%117 = shl i32 %116, 3
	%118 = add i32 %114, %117
	%119 = lshr i32 %11, 4
	%120 = mul i32 %10, 16
	%121 = add i32 %118, 0
	%122 = add i32 %120, %121
	%123 = mul i32 %122, 256
	%124 = add i32 %2, %123
	%125 = and i32 %11, 7
	%126 = xor i32 %119, %125
	%127 = shl i32 %126, 4
	%128 = add i32 %124, %127
	%129 = mul i32 %44, 64
	%130 = lshr i32 %9, 4
	%131 = and i32 %9, 15
	%132 = lshr i32 %131, 3
	%133 = mul i32 %132, u0x2000
	%134 = and i32 %131, 7
	%135 = and i32 %130, 7
	%136 = xor i32 %134, %135
	%137 = mul i32 %130, 128
	%138 = shl i32 %136, 4
	%139 = add i32 %137, %138
	%140 = add i32 %133, %139
	%141 = add i32 %0, %140
	%142 = add i32 %129, %130
	%143 = mul i32 %142, 128
	%144 = mul i32 %131, 8
	%145 = add i32 %143, %144
	%146 = sext i32 %145 to i64
	%147 = getelementptr i16, i16* %27, i64 %146
	%148 = add i32 %142, 0
	%149 = icmp slt i32 %148, %N
	%150 = getelementptr i16, i16* %147, i64 0
	%151 = select i1 %149, i16* %150, i16* %27
	%152 = add i32 %141, 0
	%153 = select i1 %149, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %152, i16* %151, i32 %153)
	%154 = add i32 %142, 8
	%155 = icmp slt i32 %154, %N
	%156 = getelementptr i16, i16* %147, i64 1024
	%157 = select i1 %155, i16* %156, i16* %27
	%158 = add i32 %141, 1024
	%159 = select i1 %155, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %158, i16* %157, i32 %159)
	%160 = add i32 %142, 16
	%161 = icmp slt i32 %160, %N
	%162 = getelementptr i16, i16* %147, i64 2048
	%163 = select i1 %161, i16* %162, i16* %27
	%164 = add i32 %141, 2048
	%165 = select i1 %161, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %164, i16* %163, i32 %165)
	%166 = add i32 %142, 24
	%167 = icmp slt i32 %166, %N
	%168 = getelementptr i16, i16* %147, i64 3072
	%169 = select i1 %167, i16* %168, i16* %27
	%170 = add i32 %141, 3072
	%171 = select i1 %167, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %170, i16* %169, i32 %171)
	%172 = add i32 %142, 32
	%173 = icmp slt i32 %172, %N
	%174 = getelementptr i16, i16* %147, i64 u0x1000
	%175 = select i1 %173, i16* %174, i16* %27
	%176 = add i32 %141, u0x1000
	%177 = select i1 %173, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %176, i16* %175, i32 %177)
	%178 = add i32 %142, 40
	%179 = icmp slt i32 %178, %N
	%180 = getelementptr i16, i16* %147, i64 5120
	%181 = select i1 %179, i16* %180, i16* %27
	%182 = add i32 %141, 5120
	%183 = select i1 %179, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %182, i16* %181, i32 %183)
	%184 = add i32 %142, 48
	%185 = icmp slt i32 %184, %N
	%186 = getelementptr i16, i16* %147, i64 6144
	%187 = select i1 %185, i16* %186, i16* %27
	%188 = add i32 %141, 6144
	%189 = select i1 %185, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %188, i16* %187, i32 %189)
	%190 = add i32 %142, 56
	%191 = icmp slt i32 %190, %N
	%192 = getelementptr i16, i16* %147, i64 7168
	%193 = select i1 %191, i16* %192, i16* %27
	%194 = add i32 %141, 7168
	%195 = select i1 %191, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %194, i16* %193, i32 %195)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%196 = phi i32 [ 0, %prologue ], [ %1513, %pv ]
	%197 = phi i32 [ %44, %prologue ], [ %1520, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1888, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1889, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1890, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1891, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1892, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1893, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1894, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1895, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1896, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1897, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1898, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1899, %pv ]
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
	%262 = phi float [ 0xFFF0000000000000, %prologue ], [ %1409, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %1460, %pv ]
	%264 = phi float [ 0xFFF0000000000000, %prologue ], [ %1461, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %1512, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%266 = mul i32 %197, 64
	%267 = lshr i32 %9, 4
	%268 = and i32 %9, 15
	%269 = lshr i32 %268, 3
	%270 = mul i32 %269, u0x2000
	%271 = and i32 %268, 7
	%272 = and i32 %267, 7
	%273 = xor i32 %271, %272
	%274 = mul i32 %267, 128
	%275 = shl i32 %273, 4
	%276 = add i32 %274, %275
	%277 = add i32 %270, %276
	%278 = add i32 %1, %277
	%279 = add i32 %266, %267
	%280 = mul i32 %279, 128
	%281 = mul i32 %268, 8
	%282 = add i32 %280, %281
	%283 = sext i32 %282 to i64
	%284 = getelementptr i16, i16* %31, i64 %283
	%285 = add i32 %279, 0
	%286 = icmp slt i32 %285, %N
	%287 = getelementptr i16, i16* %284, i64 0
	%288 = select i1 %286, i16* %287, i16* %31
	%289 = add i32 %278, 0
	%290 = select i1 %286, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %289, i16* %288, i32 %290)
	%291 = add i32 %279, 8
	%292 = icmp slt i32 %291, %N
	%293 = getelementptr i16, i16* %284, i64 1024
	%294 = select i1 %292, i16* %293, i16* %31
	%295 = add i32 %278, 1024
	%296 = select i1 %292, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %295, i16* %294, i32 %296)
	%297 = add i32 %279, 16
	%298 = icmp slt i32 %297, %N
	%299 = getelementptr i16, i16* %284, i64 2048
	%300 = select i1 %298, i16* %299, i16* %31
	%301 = add i32 %278, 2048
	%302 = select i1 %298, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %301, i16* %300, i32 %302)
	%303 = add i32 %279, 24
	%304 = icmp slt i32 %303, %N
	%305 = getelementptr i16, i16* %284, i64 3072
	%306 = select i1 %304, i16* %305, i16* %31
	%307 = add i32 %278, 3072
	%308 = select i1 %304, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %307, i16* %306, i32 %308)
	%309 = add i32 %279, 32
	%310 = icmp slt i32 %309, %N
	%311 = getelementptr i16, i16* %284, i64 u0x1000
	%312 = select i1 %310, i16* %311, i16* %31
	%313 = add i32 %278, u0x1000
	%314 = select i1 %310, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %313, i16* %312, i32 %314)
	%315 = add i32 %279, 40
	%316 = icmp slt i32 %315, %N
	%317 = getelementptr i16, i16* %284, i64 5120
	%318 = select i1 %316, i16* %317, i16* %31
	%319 = add i32 %278, 5120
	%320 = select i1 %316, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %319, i16* %318, i32 %320)
	%321 = add i32 %279, 48
	%322 = icmp slt i32 %321, %N
	%323 = getelementptr i16, i16* %284, i64 6144
	%324 = select i1 %322, i16* %323, i16* %31
	%325 = add i32 %278, 6144
	%326 = select i1 %322, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %325, i16* %324, i32 %326)
	%327 = add i32 %279, 56
	%328 = icmp slt i32 %327, %N
	%329 = getelementptr i16, i16* %284, i64 7168
	%330 = select i1 %328, i16* %329, i16* %31
	%331 = add i32 %278, 7168
	%332 = select i1 %328, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %331, i16* %330, i32 %332)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%333 = add i32 %4, 0
	%334 = zext i32 %333 to i64
	%335 = or i64 %334, u0x4000004000010000
	%336 = add i32 %6, 0
	%337 = zext i32 %336 to i64
	%338 = or i64 %337, u0x4000004000010000
	%339 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %335, i64 %338, i32 1)
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 3
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 4
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 5
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 6
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 7
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 8
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 9
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 10
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 11
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 12
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 13
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 14
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 15
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 16
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 17
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 18
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 19
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 20
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 21
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 22
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 23
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 24
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 25
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 26
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 27
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 28
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 29
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 30
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %339, 31
	%372 = add i32 %4, 2
	%373 = zext i32 %372 to i64
	%374 = or i64 %373, u0x4000004000010000
	%375 = add i32 %6, 2
	%376 = zext i32 %375 to i64
	%377 = or i64 %376, u0x4000004000010000
	%378 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, i64 %374, i64 %377, i32 1)
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 0
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 1
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 2
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 3
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 4
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 5
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 6
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 7
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 8
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 9
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 10
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 11
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 12
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 13
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 14
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 15
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 16
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 17
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 18
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 19
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 20
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 21
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 22
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 23
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 24
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 25
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 26
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 27
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 28
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 29
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 30
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %378, 31
	%411 = add i32 %4, 4
	%412 = zext i32 %411 to i64
	%413 = or i64 %412, u0x4000004000010000
	%414 = add i32 %6, 4
	%415 = zext i32 %414 to i64
	%416 = or i64 %415, u0x4000004000010000
	%417 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, i64 %413, i64 %416, i32 1)
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 0
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 1
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 2
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 3
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 4
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 5
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 6
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 7
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 8
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 9
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 10
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 11
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 12
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 13
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 14
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 15
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 16
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 17
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 18
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 19
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 20
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 21
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 22
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 23
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 24
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 25
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 26
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 27
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 28
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 29
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 30
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %417, 31
	%450 = add i32 %4, 6
	%451 = zext i32 %450 to i64
	%452 = or i64 %451, u0x4000004000010000
	%453 = add i32 %6, 6
	%454 = zext i32 %453 to i64
	%455 = or i64 %454, u0x4000004000010000
	%456 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, i64 %452, i64 %455, i32 1)
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 0
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 1
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 2
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 3
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 4
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 5
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 6
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 7
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 8
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 9
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 10
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 11
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 12
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 13
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 14
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 15
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 16
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 17
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 18
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 19
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 20
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 21
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 22
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 23
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 24
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 25
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 26
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 27
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 28
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 29
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 30
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %456, 31
	%489 = add i32 %4, 512
	%490 = zext i32 %489 to i64
	%491 = or i64 %490, u0x4000004000010000
	%492 = add i32 %6, 512
	%493 = zext i32 %492 to i64
	%494 = or i64 %493, u0x4000004000010000
	%495 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, i64 %491, i64 %494, i32 1)
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 0
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 1
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 2
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 3
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 4
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 5
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 6
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 7
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 8
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 9
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 10
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 11
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 12
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 13
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 14
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 15
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 16
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 17
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 18
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 19
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 20
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 21
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 22
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 23
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 24
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 25
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 26
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 27
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 28
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 29
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 30
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %495, 31
	%528 = add i32 %4, 514
	%529 = zext i32 %528 to i64
	%530 = or i64 %529, u0x4000004000010000
	%531 = add i32 %6, 514
	%532 = zext i32 %531 to i64
	%533 = or i64 %532, u0x4000004000010000
	%534 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %496, float %497, float %498, float %499, float %500, float %501, float %502, float %503, float %504, float %505, float %506, float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, i64 %530, i64 %533, i32 1)
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 0
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 1
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 2
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 3
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 4
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 5
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 6
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 7
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 8
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 9
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 10
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 11
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 12
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 13
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 14
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 15
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 16
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 17
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 18
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 19
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 20
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 21
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 22
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 23
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 24
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 25
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 26
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 27
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 28
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 29
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 30
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %534, 31
	%567 = add i32 %4, 516
	%568 = zext i32 %567 to i64
	%569 = or i64 %568, u0x4000004000010000
	%570 = add i32 %6, 516
	%571 = zext i32 %570 to i64
	%572 = or i64 %571, u0x4000004000010000
	%573 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, i64 %569, i64 %572, i32 1)
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 0
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 1
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 2
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 3
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 4
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 5
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 6
	%581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 7
	%582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 8
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 9
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 10
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 11
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 12
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 13
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 14
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 15
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 16
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 17
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 18
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 19
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 20
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 21
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 22
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 23
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 24
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 25
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 26
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 27
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 28
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 29
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 30
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %573, 31
	%606 = add i32 %4, 518
	%607 = zext i32 %606 to i64
	%608 = or i64 %607, u0x4000004000010000
	%609 = add i32 %6, 518
	%610 = zext i32 %609 to i64
	%611 = or i64 %610, u0x4000004000010000
	%612 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, i64 %608, i64 %611, i32 1)
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 0
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 1
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 2
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 3
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 4
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 5
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 6
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 7
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 8
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 9
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 10
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 11
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 12
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 13
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 14
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 15
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 16
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 17
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 18
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 19
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 20
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 21
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 22
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 23
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 24
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 25
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 26
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 27
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 28
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 29
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 30
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %612, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%645 = call float asm sideeffect "", "=f,0"(float %613)
	%646 = call float asm sideeffect "", "=f,0"(float %614)
	%647 = call float asm sideeffect "", "=f,0"(float %615)
	%648 = call float asm sideeffect "", "=f,0"(float %616)
	%649 = call float asm sideeffect "", "=f,0"(float %617)
	%650 = call float asm sideeffect "", "=f,0"(float %618)
	%651 = call float asm sideeffect "", "=f,0"(float %619)
	%652 = call float asm sideeffect "", "=f,0"(float %620)
	%653 = call float asm sideeffect "", "=f,0"(float %621)
	%654 = call float asm sideeffect "", "=f,0"(float %622)
	%655 = call float asm sideeffect "", "=f,0"(float %623)
	%656 = call float asm sideeffect "", "=f,0"(float %624)
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
	%677 = mul i32 %10, 16
	%678 = add i32 %19, %677
	%679 = add i32 %12, 0
	%680 = add i32 %678, %679
	%681 = mul i32 %10, 16
	%682 = add i32 %19, %681
	%683 = add i32 %12, 8
	%684 = add i32 %682, %683
	%685 = sitofp i32 %17 to float
	%686 = add i32 %40, %197
	%687 = sext i32 %686 to i64
	%688 = getelementptr i8, i8* %cls, i64 %687
	%689 = load i8, i8* %688
	%690 = icmp ne i8 %689, 2
	br i1 %690, label %partial, label %softmax

epilogue:
	%691 = phi float [ 0.0, %entry ], [ %1460, %pv ]
	%692 = phi float [ 0.0, %entry ], [ %1512, %pv ]
	%693 = phi i32 [ 0, %entry ], [ %1513, %pv ]
	%694 = phi float [ 0.0, %entry ], [ %1888, %pv ]
	%695 = phi float [ 0.0, %entry ], [ %1889, %pv ]
	%696 = phi float [ 0.0, %entry ], [ %1890, %pv ]
	%697 = phi float [ 0.0, %entry ], [ %1891, %pv ]
	%698 = phi float [ 0.0, %entry ], [ %1892, %pv ]
	%699 = phi float [ 0.0, %entry ], [ %1893, %pv ]
	%700 = phi float [ 0.0, %entry ], [ %1894, %pv ]
	%701 = phi float [ 0.0, %entry ], [ %1895, %pv ]
	%702 = phi float [ 0.0, %entry ], [ %1896, %pv ]
	%703 = phi float [ 0.0, %entry ], [ %1897, %pv ]
	%704 = phi float [ 0.0, %entry ], [ %1898, %pv ]
	%705 = phi float [ 0.0, %entry ], [ %1899, %pv ]
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
	%758 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %691, i32 1, i32 31)
	%759 = fadd float %691, %758
	%760 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %759, i32 2, i32 31)
	%761 = fadd float %759, %760
	%762 = fcmp ogt float %761, 0.0
	%763 = fdiv float 1.0, %761
	%764 = select i1 %762, float %763, float 0.0
	%765 = mul i32 %10, 16
	%766 = add i32 %19, %765
	%767 = add i32 %12, 0
	%768 = add i32 %766, %767
	%769 = fmul float %694, %764
	%770 = fmul float %695, %764
	%771 = fmul float %698, %764
	%772 = fmul float %699, %764
	%773 = fmul float %702, %764
	%774 = fmul float %703, %764
	%775 = fmul float %706, %764
	%776 = fmul float %707, %764
	%777 = fmul float %710, %764
	%778 = fmul float %711, %764
	%779 = fmul float %714, %764
	%780 = fmul float %715, %764
	%781 = fmul float %718, %764
	%782 = fmul float %719, %764
	%783 = fmul float %722, %764
	%784 = fmul float %723, %764
	%785 = fmul float %726, %764
	%786 = fmul float %727, %764
	%787 = fmul float %730, %764
	%788 = fmul float %731, %764
	%789 = fmul float %734, %764
	%790 = fmul float %735, %764
	%791 = fmul float %738, %764
	%792 = fmul float %739, %764
	%793 = fmul float %742, %764
	%794 = fmul float %743, %764
	%795 = fmul float %746, %764
	%796 = fmul float %747, %764
	%797 = fmul float %750, %764
	%798 = fmul float %751, %764
	%799 = fmul float %754, %764
	%800 = fmul float %755, %764
	%801 = icmp slt i32 %768, %M
	br i1 %801, label %store0, label %stored0

partial:
	%802 = shl i32 %13, 1
	%803 = add i32 0, %802
	%804 = add i32 %266, %803
	%805 = icmp slt i32 %804, %N
	%806 = select i1 %805, i32 %804, i32 0
	%807 = sitofp i32 %680 to float
	%808 = sitofp i32 %806 to float
	%809 = fcmp ole float %808, %807
	%810 = uitofp i1 %809 to float
	%811 = fcmp une float %810, 0.0
	%812 = and i1 %805, %811
	%813 = select i1 %812, float %645, float 0xFFF0000000000000
	%814 = shl i32 %13, 1
	%815 = add i32 1, %814
	%816 = add i32 %266, %815
	%817 = icmp slt i32 %816, %N
	%818 = select i1 %817, i32 %816, i32 0
	%819 = sitofp i32 %680 to float
	%820 = sitofp i32 %818 to float
	%821 = fcmp ole float %820, %819
	%822 = uitofp i1 %821 to float
	%823 = fcmp une float %822, 0.0
	%824 = and i1 %817, %823
	%825 = select i1 %824, float %646, float 0xFFF0000000000000
	%826 = shl i32 %13, 1
	%827 = add i32 0, %826
	%828 = add i32 %266, %827
	%829 = icmp slt i32 %828, %N
	%830 = select i1 %829, i32 %828, i32 0
	%831 = sitofp i32 %684 to float
	%832 = sitofp i32 %830 to float
	%833 = fcmp ole float %832, %831
	%834 = uitofp i1 %833 to float
	%835 = fcmp une float %834, 0.0
	%836 = and i1 %829, %835
	%837 = select i1 %836, float %647, float 0xFFF0000000000000
	%838 = shl i32 %13, 1
	%839 = add i32 1, %838
	%840 = add i32 %266, %839
	%841 = icmp slt i32 %840, %N
	%842 = select i1 %841, i32 %840, i32 0
	%843 = sitofp i32 %684 to float
	%844 = sitofp i32 %842 to float
	%845 = fcmp ole float %844, %843
	%846 = uitofp i1 %845 to float
	%847 = fcmp une float %846, 0.0
	%848 = and i1 %841, %847
	%849 = select i1 %848, float %648, float 0xFFF0000000000000
	%850 = shl i32 %13, 1
	%851 = add i32 8, %850
	%852 = add i32 %266, %851
	%853 = icmp slt i32 %852, %N
	%854 = select i1 %853, i32 %852, i32 0
	%855 = sitofp i32 %680 to float
	%856 = sitofp i32 %854 to float
	%857 = fcmp ole float %856, %855
	%858 = uitofp i1 %857 to float
	%859 = fcmp une float %858, 0.0
	%860 = and i1 %853, %859
	%861 = select i1 %860, float %649, float 0xFFF0000000000000
	%862 = shl i32 %13, 1
	%863 = add i32 9, %862
	%864 = add i32 %266, %863
	%865 = icmp slt i32 %864, %N
	%866 = select i1 %865, i32 %864, i32 0
	%867 = sitofp i32 %680 to float
	%868 = sitofp i32 %866 to float
	%869 = fcmp ole float %868, %867
	%870 = uitofp i1 %869 to float
	%871 = fcmp une float %870, 0.0
	%872 = and i1 %865, %871
	%873 = select i1 %872, float %650, float 0xFFF0000000000000
	%874 = shl i32 %13, 1
	%875 = add i32 8, %874
	%876 = add i32 %266, %875
	%877 = icmp slt i32 %876, %N
	%878 = select i1 %877, i32 %876, i32 0
	%879 = sitofp i32 %684 to float
	%880 = sitofp i32 %878 to float
	%881 = fcmp ole float %880, %879
	%882 = uitofp i1 %881 to float
	%883 = fcmp une float %882, 0.0
	%884 = and i1 %877, %883
	%885 = select i1 %884, float %651, float 0xFFF0000000000000
	%886 = shl i32 %13, 1
	%887 = add i32 9, %886
	%888 = add i32 %266, %887
	%889 = icmp slt i32 %888, %N
	%890 = select i1 %889, i32 %888, i32 0
	%891 = sitofp i32 %684 to float
	%892 = sitofp i32 %890 to float
	%893 = fcmp ole float %892, %891
	%894 = uitofp i1 %893 to float
	%895 = fcmp une float %894, 0.0
	%896 = and i1 %889, %895
	%897 = select i1 %896, float %652, float 0xFFF0000000000000
	%898 = shl i32 %13, 1
	%899 = add i32 16, %898
	%900 = add i32 %266, %899
	%901 = icmp slt i32 %900, %N
	%902 = select i1 %901, i32 %900, i32 0
	%903 = sitofp i32 %680 to float
	%904 = sitofp i32 %902 to float
	%905 = fcmp ole float %904, %903
	%906 = uitofp i1 %905 to float
	%907 = fcmp une float %906, 0.0
	%908 = and i1 %901, %907
	%909 = select i1 %908, float %653, float 0xFFF0000000000000
	%910 = shl i32 %13, 1
	%911 = add i32 17, %910
	%912 = add i32 %266, %911
	%913 = icmp slt i32 %912, %N
	%914 = select i1 %913, i32 %912, i32 0
	%915 = sitofp i32 %680 to float
	%916 = sitofp i32 %914 to float
	%917 = fcmp ole float %916, %915
	%918 = uitofp i1 %917 to float
	%919 = fcmp une float %918, 0.0
	%920 = and i1 %913, %919
	%921 = select i1 %920, float %654, float 0xFFF0000000000000
	%922 = shl i32 %13, 1
	%923 = add i32 16, %922
	%924 = add i32 %266, %923
	%925 = icmp slt i32 %924, %N
	%926 = select i1 %925, i32 %924, i32 0
	%927 = sitofp i32 %684 to float
	%928 = sitofp i32 %926 to float
	%929 = fcmp ole float %928, %927
	%930 = uitofp i1 %929 to float
	%931 = fcmp une float %930, 0.0
	%932 = and i1 %925, %931
	%933 = select i1 %932, float %655, float 0xFFF0000000000000
	%934 = shl i32 %13, 1
	%935 = add i32 17, %934
	%936 = add i32 %266, %935
	%937 = icmp slt i32 %936, %N
	%938 = select i1 %937, i32 %936, i32 0
	%939 = sitofp i32 %684 to float
	%940 = sitofp i32 %938 to float
	%941 = fcmp ole float %940, %939
	%942 = uitofp i1 %941 to float
	%943 = fcmp une float %942, 0.0
	%944 = and i1 %937, %943
	%945 = select i1 %944, float %656, float 0xFFF0000000000000
	%946 = shl i32 %13, 1
	%947 = add i32 24, %946
	%948 = add i32 %266, %947
	%949 = icmp slt i32 %948, %N
	%950 = select i1 %949, i32 %948, i32 0
	%951 = sitofp i32 %680 to float
	%952 = sitofp i32 %950 to float
	%953 = fcmp ole float %952, %951
	%954 = uitofp i1 %953 to float
	%955 = fcmp une float %954, 0.0
	%956 = and i1 %949, %955
	%957 = select i1 %956, float %657, float 0xFFF0000000000000
	%958 = shl i32 %13, 1
	%959 = add i32 25, %958
	%960 = add i32 %266, %959
	%961 = icmp slt i32 %960, %N
	%962 = select i1 %961, i32 %960, i32 0
	%963 = sitofp i32 %680 to float
	%964 = sitofp i32 %962 to float
	%965 = fcmp ole float %964, %963
	%966 = uitofp i1 %965 to float
	%967 = fcmp une float %966, 0.0
	%968 = and i1 %961, %967
	%969 = select i1 %968, float %658, float 0xFFF0000000000000
	%970 = shl i32 %13, 1
	%971 = add i32 24, %970
	%972 = add i32 %266, %971
	%973 = icmp slt i32 %972, %N
	%974 = select i1 %973, i32 %972, i32 0
	%975 = sitofp i32 %684 to float
	%976 = sitofp i32 %974 to float
	%977 = fcmp ole float %976, %975
	%978 = uitofp i1 %977 to float
	%979 = fcmp une float %978, 0.0
	%980 = and i1 %973, %979
	%981 = select i1 %980, float %659, float 0xFFF0000000000000
	%982 = shl i32 %13, 1
	%983 = add i32 25, %982
	%984 = add i32 %266, %983
	%985 = icmp slt i32 %984, %N
	%986 = select i1 %985, i32 %984, i32 0
	%987 = sitofp i32 %684 to float
	%988 = sitofp i32 %986 to float
	%989 = fcmp ole float %988, %987
	%990 = uitofp i1 %989 to float
	%991 = fcmp une float %990, 0.0
	%992 = and i1 %985, %991
	%993 = select i1 %992, float %660, float 0xFFF0000000000000
	%994 = shl i32 %13, 1
	%995 = add i32 32, %994
	%996 = add i32 %266, %995
	%997 = icmp slt i32 %996, %N
	%998 = select i1 %997, i32 %996, i32 0
	%999 = sitofp i32 %680 to float
	%1000 = sitofp i32 %998 to float
	%1001 = fcmp ole float %1000, %999
	%1002 = uitofp i1 %1001 to float
	%1003 = fcmp une float %1002, 0.0
	%1004 = and i1 %997, %1003
	%1005 = select i1 %1004, float %661, float 0xFFF0000000000000
	%1006 = shl i32 %13, 1
	%1007 = add i32 33, %1006
	%1008 = add i32 %266, %1007
	%1009 = icmp slt i32 %1008, %N
	%1010 = select i1 %1009, i32 %1008, i32 0
	%1011 = sitofp i32 %680 to float
	%1012 = sitofp i32 %1010 to float
	%1013 = fcmp ole float %1012, %1011
	%1014 = uitofp i1 %1013 to float
	%1015 = fcmp une float %1014, 0.0
	%1016 = and i1 %1009, %1015
	%1017 = select i1 %1016, float %662, float 0xFFF0000000000000
	%1018 = shl i32 %13, 1
	%1019 = add i32 32, %1018
	%1020 = add i32 %266, %1019
	%1021 = icmp slt i32 %1020, %N
	%1022 = select i1 %1021, i32 %1020, i32 0
	%1023 = sitofp i32 %684 to float
	%1024 = sitofp i32 %1022 to float
	%1025 = fcmp ole float %1024, %1023
	%1026 = uitofp i1 %1025 to float
	%1027 = fcmp une float %1026, 0.0
	%1028 = and i1 %1021, %1027
	%1029 = select i1 %1028, float %663, float 0xFFF0000000000000
	%1030 = shl i32 %13, 1
	%1031 = add i32 33, %1030
	%1032 = add i32 %266, %1031
	%1033 = icmp slt i32 %1032, %N
	%1034 = select i1 %1033, i32 %1032, i32 0
	%1035 = sitofp i32 %684 to float
	%1036 = sitofp i32 %1034 to float
	%1037 = fcmp ole float %1036, %1035
	%1038 = uitofp i1 %1037 to float
	%1039 = fcmp une float %1038, 0.0
	%1040 = and i1 %1033, %1039
	%1041 = select i1 %1040, float %664, float 0xFFF0000000000000
	%1042 = shl i32 %13, 1
	%1043 = add i32 40, %1042
	%1044 = add i32 %266, %1043
	%1045 = icmp slt i32 %1044, %N
	%1046 = select i1 %1045, i32 %1044, i32 0
	%1047 = sitofp i32 %680 to float
	%1048 = sitofp i32 %1046 to float
	%1049 = fcmp ole float %1048, %1047
	%1050 = uitofp i1 %1049 to float
	%1051 = fcmp une float %1050, 0.0
	%1052 = and i1 %1045, %1051
	%1053 = select i1 %1052, float %665, float 0xFFF0000000000000
	%1054 = shl i32 %13, 1
	%1055 = add i32 41, %1054
	%1056 = add i32 %266, %1055
	%1057 = icmp slt i32 %1056, %N
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = sitofp i32 %680 to float
	%1060 = sitofp i32 %1058 to float
	%1061 = fcmp ole float %1060, %1059
	%1062 = uitofp i1 %1061 to float
	%1063 = fcmp une float %1062, 0.0
	%1064 = and i1 %1057, %1063
	%1065 = select i1 %1064, float %666, float 0xFFF0000000000000
	%1066 = shl i32 %13, 1
	%1067 = add i32 40, %1066
	%1068 = add i32 %266, %1067
	%1069 = icmp slt i32 %1068, %N
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = sitofp i32 %684 to float
	%1072 = sitofp i32 %1070 to float
	%1073 = fcmp ole float %1072, %1071
	%1074 = uitofp i1 %1073 to float
	%1075 = fcmp une float %1074, 0.0
	%1076 = and i1 %1069, %1075
	%1077 = select i1 %1076, float %667, float 0xFFF0000000000000
	%1078 = shl i32 %13, 1
	%1079 = add i32 41, %1078
	%1080 = add i32 %266, %1079
	%1081 = icmp slt i32 %1080, %N
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = sitofp i32 %684 to float
	%1084 = sitofp i32 %1082 to float
	%1085 = fcmp ole float %1084, %1083
	%1086 = uitofp i1 %1085 to float
	%1087 = fcmp une float %1086, 0.0
	%1088 = and i1 %1081, %1087
	%1089 = select i1 %1088, float %668, float 0xFFF0000000000000
	%1090 = shl i32 %13, 1
	%1091 = add i32 48, %1090
	%1092 = add i32 %266, %1091
	%1093 = icmp slt i32 %1092, %N
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = sitofp i32 %680 to float
	%1096 = sitofp i32 %1094 to float
	%1097 = fcmp ole float %1096, %1095
	%1098 = uitofp i1 %1097 to float
	%1099 = fcmp une float %1098, 0.0
	%1100 = and i1 %1093, %1099
	%1101 = select i1 %1100, float %669, float 0xFFF0000000000000
	%1102 = shl i32 %13, 1
	%1103 = add i32 49, %1102
	%1104 = add i32 %266, %1103
	%1105 = icmp slt i32 %1104, %N
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = sitofp i32 %680 to float
	%1108 = sitofp i32 %1106 to float
	%1109 = fcmp ole float %1108, %1107
	%1110 = uitofp i1 %1109 to float
	%1111 = fcmp une float %1110, 0.0
	%1112 = and i1 %1105, %1111
	%1113 = select i1 %1112, float %670, float 0xFFF0000000000000
	%1114 = shl i32 %13, 1
	%1115 = add i32 48, %1114
	%1116 = add i32 %266, %1115
	%1117 = icmp slt i32 %1116, %N
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = sitofp i32 %684 to float
	%1120 = sitofp i32 %1118 to float
	%1121 = fcmp ole float %1120, %1119
	%1122 = uitofp i1 %1121 to float
	%1123 = fcmp une float %1122, 0.0
	%1124 = and i1 %1117, %1123
	%1125 = select i1 %1124, float %671, float 0xFFF0000000000000
	%1126 = shl i32 %13, 1
	%1127 = add i32 49, %1126
	%1128 = add i32 %266, %1127
	%1129 = icmp slt i32 %1128, %N
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = sitofp i32 %684 to float
	%1132 = sitofp i32 %1130 to float
	%1133 = fcmp ole float %1132, %1131
	%1134 = uitofp i1 %1133 to float
	%1135 = fcmp une float %1134, 0.0
	%1136 = and i1 %1129, %1135
	%1137 = select i1 %1136, float %672, float 0xFFF0000000000000
	%1138 = shl i32 %13, 1
	%1139 = add i32 56, %1138
	%1140 = add i32 %266, %1139
	%1141 = icmp slt i32 %1140, %N
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = sitofp i32 %680 to float
	%1144 = sitofp i32 %1142 to float
	%1145 = fcmp ole float %1144, %1143
	%1146 = uitofp i1 %1145 to float
	%1147 = fcmp une float %1146, 0.0
	%1148 = and i1 %1141, %1147
	%1149 = select i1 %1148, float %673, float 0xFFF0000000000000
	%1150 = shl i32 %13, 1
	%1151 = add i32 57, %1150
	%1152 = add i32 %266, %1151
	%1153 = icmp slt i32 %1152, %N
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = sitofp i32 %680 to float
	%1156 = sitofp i32 %1154 to float
	%1157 = fcmp ole float %1156, %1155
	%1158 = uitofp i1 %1157 to float
	%1159 = fcmp une float %1158, 0.0
	%1160 = and i1 %1153, %1159
	%1161 = select i1 %1160, float %674, float 0xFFF0000000000000
	%1162 = shl i32 %13, 1
	%1163 = add i32 56, %1162
	%1164 = add i32 %266, %1163
	%1165 = icmp slt i32 %1164, %N
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = sitofp i32 %684 to float
	%1168 = sitofp i32 %1166 to float
	%1169 = fcmp ole float %1168, %1167
	%1170 = uitofp i1 %1169 to float
	%1171 = fcmp une float %1170, 0.0
	%1172 = and i1 %1165, %1171
	%1173 = select i1 %1172, float %675, float 0xFFF0000000000000
	%1174 = shl i32 %13, 1
	%1175 = add i32 57, %1174
	%1176 = add i32 %266, %1175
	%1177 = icmp slt i32 %1176, %N
	%1178 = select i1 %1177, i32 %1176, i32 0
	%1179 = sitofp i32 %684 to float
	%1180 = sitofp i32 %1178 to float
	%1181 = fcmp ole float %1180, %1179
	%1182 = uitofp i1 %1181 to float
	%1183 = fcmp une float %1182, 0.0
	%1184 = and i1 %1177, %1183
	%1185 = select i1 %1184, float %676, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1186 = phi float [ %645, %loop ], [ %813, %partial ]
	%1187 = phi float [ %646, %loop ], [ %825, %partial ]
	%1188 = phi float [ %647, %loop ], [ %837, %partial ]
	%1189 = phi float [ %648, %loop ], [ %849, %partial ]
	%1190 = phi float [ %649, %loop ], [ %861, %partial ]
	%1191 = phi float [ %650, %loop ], [ %873, %partial ]
	%1192 = phi float [ %651, %loop ], [ %885, %partial ]
	%1193 = phi float [ %652, %loop ], [ %897, %partial ]
	%1194 = phi float [ %653, %loop ], [ %909, %partial ]
	%1195 = phi float [ %654, %loop ], [ %921, %partial ]
	%1196 = phi float [ %655, %loop ], [ %933, %partial ]
	%1197 = phi float [ %656, %loop ], [ %945, %partial ]
	%1198 = phi float [ %657, %loop ], [ %957, %partial ]
	%1199 = phi float [ %658, %loop ], [ %969, %partial ]
	%1200 = phi float [ %659, %loop ], [ %981, %partial ]
	%1201 = phi float [ %660, %loop ], [ %993, %partial ]
	%1202 = phi float [ %661, %loop ], [ %1005, %partial ]
	%1203 = phi float [ %662, %loop ], [ %1017, %partial ]
	%1204 = phi float [ %663, %loop ], [ %1029, %partial ]
	%1205 = phi float [ %664, %loop ], [ %1041, %partial ]
	%1206 = phi float [ %665, %loop ], [ %1053, %partial ]
	%1207 = phi float [ %666, %loop ], [ %1065, %partial ]
	%1208 = phi float [ %667, %loop ], [ %1077, %partial ]
	%1209 = phi float [ %668, %loop ], [ %1089, %partial ]
	%1210 = phi float [ %669, %loop ], [ %1101, %partial ]
	%1211 = phi float [ %670, %loop ], [ %1113, %partial ]
	%1212 = phi float [ %671, %loop ], [ %1125, %partial ]
	%1213 = phi float [ %672, %loop ], [ %1137, %partial ]
	%1214 = phi float [ %673, %loop ], [ %1149, %partial ]
	%1215 = phi float [ %674, %loop ], [ %1161, %partial ]
	%1216 = phi float [ %675, %loop ], [ %1173, %partial ]
	%1217 = phi float [ %676, %loop ], [ %1185, %partial ]
	%1218 = call float @llvm.nvvm.fmax.f(float %1186, float %1187)
	%1219 = call float @llvm.nvvm.fmax.f(float %1190, float %1191)
	%1220 = call float @llvm.nvvm.fmax.f(float %1194, float %1195)
	%1221 = call float @llvm.nvvm.fmax.f(float %1198, float %1199)
	%1222 = call float @llvm.nvvm.fmax.f(float %1202, float %1203)
	%1223 = call float @llvm.nvvm.fmax.f(float %1206, float %1207)
	%1224 = call float @llvm.nvvm.fmax.f(float %1210, float %1211)
	%1225 = call float @llvm.nvvm.fmax.f(float %1214, float %1215)
	%1226 = call float @llvm.nvvm.fmax.f(float %1218, float %1219)
	%1227 = call float @llvm.nvvm.fmax.f(float %1220, float %1221)
	%1228 = call float @llvm.nvvm.fmax.f(float %1222, float %1223)
	%1229 = call float @llvm.nvvm.fmax.f(float %1224, float %1225)
	%1230 = call float @llvm.nvvm.fmax.f(float %1226, float %1227)
	%1231 = call float @llvm.nvvm.fmax.f(float %1228, float %1229)
	%1232 = call float @llvm.nvvm.fmax.f(float %1230, float %1231)
	%1233 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1232, i32 1, i32 31)
	%1234 = call float @llvm.nvvm.fmax.f(float %1232, float %1233)
	%1235 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1234, i32 2, i32 31)
	%1236 = call float @llvm.nvvm.fmax.f(float %1234, float %1235)
	%1237 = fmul float %1236, 0x3FC0527DC0000000
	%1238 = call float @llvm.nvvm.fmax.f(float %262, float %1237)
	%1239 = fadd float %262, 8.0
	%1240 = fcmp ogt float %1238, %1239
	%1241 = or i1 false, %1240
	%1242 = call float @llvm.nvvm.fmax.f(float %1188, float %1189)
	%1243 = call float @llvm.nvvm.fmax.f(float %1192, float %1193)
	%1244 = call float @llvm.nvvm.fmax.f(float %1196, float %1197)
	%1245 = call float @llvm.nvvm.fmax.f(float %1200, float %1201)
	%1246 = call float @llvm.nvvm.fmax.f(float %1204, float %1205)
	%1247 = call float @llvm.nvvm.fmax.f(float %1208, float %1209)
	%1248 = call float @llvm.nvvm.fmax.f(float %1212, float %1213)
	%1249 = call float @llvm.nvvm.fmax.f(float %1216, float %1217)
	%1250 = call float @llvm.nvvm.fmax.f(float %1242, float %1243)
	%1251 = call float @llvm.nvvm.fmax.f(float %1244, float %1245)
	%1252 = call float @llvm.nvvm.fmax.f(float %1246, float %1247)
	%1253 = call float @llvm.nvvm.fmax.f(float %1248, float %1249)
	%1254 = call float @llvm.nvvm.fmax.f(float %1250, float %1251)
	%1255 = call float @llvm.nvvm.fmax.f(float %1252, float %1253)
	%1256 = call float @llvm.nvvm.fmax.f(float %1254, float %1255)
	%1257 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1256, i32 1, i32 31)
	%1258 = call float @llvm.nvvm.fmax.f(float %1256, float %1257)
	%1259 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1258, i32 2, i32 31)
	%1260 = call float @llvm.nvvm.fmax.f(float %1258, float %1259)
	%1261 = fmul float %1260, 0x3FC0527DC0000000
	%1262 = call float @llvm.nvvm.fmax.f(float %264, float %1261)
	%1263 = fadd float %264, 8.0
	%1264 = fcmp ogt float %1262, %1263
	%1265 = or i1 %1241, %1264
	%1266 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1265)
	br i1 %1266, label %1267, label %1342

1267:
	%1268 = fcmp oeq float %1238, 0xFFF0000000000000
	%1269 = select i1 %1268, float 0.0, float %1238
	%1270 = fsub float %262, %1269
	%1271 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1270)
	%1272 = fcmp oeq float %1262, 0xFFF0000000000000
	%1273 = select i1 %1272, float 0.0, float %1262
	%1274 = fsub float %264, %1273
	%1275 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1274)
	%1276 = fmul float %198, %1271
	%1277 = fmul float %199, %1271
	%1278 = fmul float %200, %1275
	%1279 = fmul float %201, %1275
	%1280 = fmul float %202, %1271
	%1281 = fmul float %203, %1271
	%1282 = fmul float %204, %1275
	%1283 = fmul float %205, %1275
	%1284 = fmul float %206, %1271
	%1285 = fmul float %207, %1271
	%1286 = fmul float %208, %1275
	%1287 = fmul float %209, %1275
	%1288 = fmul float %210, %1271
	%1289 = fmul float %211, %1271
	%1290 = fmul float %212, %1275
	%1291 = fmul float %213, %1275
	%1292 = fmul float %214, %1271
	%1293 = fmul float %215, %1271
	%1294 = fmul float %216, %1275
	%1295 = fmul float %217, %1275
	%1296 = fmul float %218, %1271
	%1297 = fmul float %219, %1271
	%1298 = fmul float %220, %1275
	%1299 = fmul float %221, %1275
	%1300 = fmul float %222, %1271
	%1301 = fmul float %223, %1271
	%1302 = fmul float %224, %1275
	%1303 = fmul float %225, %1275
	%1304 = fmul float %226, %1271
	%1305 = fmul float %227, %1271
	%1306 = fmul float %228, %1275
	%1307 = fmul float %229, %1275
	%1308 = fmul float %230, %1271
	%1309 = fmul float %231, %1271
	%1310 = fmul float %232, %1275
	%1311 = fmul float %233, %1275
	%1312 = fmul float %234, %1271
	%1313 = fmul float %235, %1271
	%1314 = fmul float %236, %1275
	%1315 = fmul float %237, %1275
	%1316 = fmul float %238, %1271
	%1317 = fmul float %239, %1271
	%1318 = fmul float %240, %1275
	%1319 = fmul float %241, %1275
	%1320 = fmul float %242, %1271
	%1321 = fmul float %243, %1271
	%1322 = fmul float %244, %1275
	%1323 = fmul float %245, %1275
	%1324 = fmul float %246, %1271
	%1325 = fmul float %247, %1271
	%1326 = fmul float %248, %1275
	%1327 = fmul float %249, %1275
	%1328 = fmul float %250, %1271
	%1329 = fmul float %251, %1271
	%1330 = fmul float %252, %1275
	%1331 = fmul float %253, %1275
	%1332 = fmul float %254, %1271
	%1333 = fmul float %255, %1271
	%1334 = fmul float %256, %1275
	%1335 = fmul float %257, %1275
	%1336 = fmul float %258, %1271
	%1337 = fmul float %259, %1271
	%1338 = fmul float %260, %1275
	%1339 = fmul float %261, %1275
	%1340 = fmul float %263, %1271
	%1341 = fmul float %265, %1275
	br label %1342

1342:
	%1343 = phi float [ %198, %softmax ], [ %1276, %1267 ]
	%1344 = phi float [ %199, %softmax ], [ %1277, %1267 ]
	%1345 = phi float [ %200, %softmax ], [ %1278, %1267 ]
	%1346 = phi float [ %201, %softmax ], [ %1279, %1267 ]
	%1347 = phi float [ %202, %softmax ], [ %1280, %1267 ]
	%1348 = phi float [ %203, %softmax ], [ %1281, %1267 ]
	%1349 = phi float [ %204, %softmax ], [ %1282, %1267 ]
	%1350 = phi float [ %205, %softmax ], [ %1283, %1267 ]
	%1351 = phi float [ %206, %softmax ], [ %1284, %1267 ]
	%1352 = phi float [ %207, %softmax ], [ %1285, %1267 ]
	%1353 = phi float [ %208, %softmax ], [ %1286, %1267 ]
	%1354 = phi float [ %209, %softmax ], [ %1287, %1267 ]
	%1355 = phi float [ %210, %softmax ], [ %1288, %1267 ]
	%1356 = phi float [ %211, %softmax ], [ %1289, %1267 ]
	%1357 = phi float [ %212, %softmax ], [ %1290, %1267 ]
	%1358 = phi float [ %213, %softmax ], [ %1291, %1267 ]
	%1359 = phi float [ %214, %softmax ], [ %1292, %1267 ]
	%1360 = phi float [ %215, %softmax ], [ %1293, %1267 ]
	%1361 = phi float [ %216, %softmax ], [ %1294, %1267 ]
	%1362 = phi float [ %217, %softmax ], [ %1295, %1267 ]
	%1363 = phi float [ %218, %softmax ], [ %1296, %1267 ]
	%1364 = phi float [ %219, %softmax ], [ %1297, %1267 ]
	%1365 = phi float [ %220, %softmax ], [ %1298, %1267 ]
	%1366 = phi float [ %221, %softmax ], [ %1299, %1267 ]
	%1367 = phi float [ %222, %softmax ], [ %1300, %1267 ]
	%1368 = phi float [ %223, %softmax ], [ %1301, %1267 ]
	%1369 = phi float [ %224, %softmax ], [ %1302, %1267 ]
	%1370 = phi float [ %225, %softmax ], [ %1303, %1267 ]
	%1371 = phi float [ %226, %softmax ], [ %1304, %1267 ]
	%1372 = phi float [ %227, %softmax ], [ %1305, %1267 ]
	%1373 = phi float [ %228, %softmax ], [ %1306, %1267 ]
	%1374 = phi float [ %229, %softmax ], [ %1307, %1267 ]
	%1375 = phi float [ %230, %softmax ], [ %1308, %1267 ]
	%1376 = phi float [ %231, %softmax ], [ %1309, %1267 ]
	%1377 = phi float [ %232, %softmax ], [ %1310, %1267 ]
	%1378 = phi float [ %233, %softmax ], [ %1311, %1267 ]
	%1379 = phi float [ %234, %softmax ], [ %1312, %1267 ]
	%1380 = phi float [ %235, %softmax ], [ %1313, %1267 ]
	%1381 = phi float [ %236, %softmax ], [ %1314, %1267 ]
	%1382 = phi float [ %237, %softmax ], [ %1315, %1267 ]
	%1383 = phi float [ %238, %softmax ], [ %1316, %1267 ]
	%1384 = phi float [ %239, %softmax ], [ %1317, %1267 ]
	%1385 = phi float [ %240, %softmax ], [ %1318, %1267 ]
	%1386 = phi float [ %241, %softmax ], [ %1319, %1267 ]
	%1387 = phi float [ %242, %softmax ], [ %1320, %1267 ]
	%1388 = phi float [ %243, %softmax ], [ %1321, %1267 ]
	%1389 = phi float [ %244, %softmax ], [ %1322, %1267 ]
	%1390 = phi float [ %245, %softmax ], [ %1323, %1267 ]
	%1391 = phi float [ %246, %softmax ], [ %1324, %1267 ]
	%1392 = phi float [ %247, %softmax ], [ %1325, %1267 ]
	%1393 = phi float [ %248, %softmax ], [ %1326, %1267 ]
	%1394 = phi float [ %249, %softmax ], [ %1327, %1267 ]
	%1395 = phi float [ %250, %softmax ], [ %1328, %1267 ]
	%1396 = phi float [ %251, %softmax ], [ %1329, %1267 ]
	%1397 = phi float [ %252, %softmax ], [ %1330, %1267 ]
	%1398 = phi float [ %253, %softmax ], [ %1331, %1267 ]
	%1399 = phi float [ %254, %softmax ], [ %1332, %1267 ]
	%1400 = phi float [ %255, %softmax ], [ %1333, %1267 ]
	%1401 = phi float [ %256, %softmax ], [ %1334, %1267 ]
	%1402 = phi float [ %257, %softmax ], [ %1335, %1267 ]
	%1403 = phi float [ %258, %softmax ], [ %1336, %1267 ]
	%1404 = phi float [ %259, %softmax ], [ %1337, %1267 ]
	%1405 = phi float [ %260, %softmax ], [ %1338, %1267 ]
	%1406 = phi float [ %261, %softmax ], [ %1339, %1267 ]
	%1407 = phi float [ %263, %softmax ], [ %1340, %1267 ]
	%1408 = phi float [ %265, %softmax ], [ %1341, %1267 ]
	%1409 = select i1 %1266, float %1238, float %262
	%1410 = fcmp oeq float %1409, 0xFFF0000000000000
	%1411 = select i1 %1410, float 0.0, float %1409
	%1412 = fneg float %1411
	%1413 = call float @llvm.fma.f32(float %1186, float 0x3FC0527DC0000000, float %1412)
	%1414 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1413)
	%1415 = call float @llvm.fma.f32(float %1187, float 0x3FC0527DC0000000, float %1412)
	%1416 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1415)
	%1417 = call float @llvm.fma.f32(float %1190, float 0x3FC0527DC0000000, float %1412)
	%1418 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1417)
	%1419 = call float @llvm.fma.f32(float %1191, float 0x3FC0527DC0000000, float %1412)
	%1420 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1419)
	%1421 = call float @llvm.fma.f32(float %1194, float 0x3FC0527DC0000000, float %1412)
	%1422 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1421)
	%1423 = call float @llvm.fma.f32(float %1195, float 0x3FC0527DC0000000, float %1412)
	%1424 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1423)
	%1425 = call float @llvm.fma.f32(float %1198, float 0x3FC0527DC0000000, float %1412)
	%1426 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1425)
	%1427 = call float @llvm.fma.f32(float %1199, float 0x3FC0527DC0000000, float %1412)
	%1428 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1427)
	%1429 = call float @llvm.fma.f32(float %1202, float 0x3FC0527DC0000000, float %1412)
	%1430 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1429)
	%1431 = call float @llvm.fma.f32(float %1203, float 0x3FC0527DC0000000, float %1412)
	%1432 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1431)
	%1433 = call float @llvm.fma.f32(float %1206, float 0x3FC0527DC0000000, float %1412)
	%1434 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1433)
	%1435 = call float @llvm.fma.f32(float %1207, float 0x3FC0527DC0000000, float %1412)
	%1436 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1435)
	%1437 = call float @llvm.fma.f32(float %1210, float 0x3FC0527DC0000000, float %1412)
	%1438 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1437)
	%1439 = call float @llvm.fma.f32(float %1211, float 0x3FC0527DC0000000, float %1412)
	%1440 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1439)
	%1441 = call float @llvm.fma.f32(float %1214, float 0x3FC0527DC0000000, float %1412)
	%1442 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1441)
	%1443 = call float @llvm.fma.f32(float %1215, float 0x3FC0527DC0000000, float %1412)
	%1444 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1443)
	%1445 = fadd float %1414, %1416
	%1446 = fadd float %1418, %1420
	%1447 = fadd float %1422, %1424
	%1448 = fadd float %1426, %1428
	%1449 = fadd float %1430, %1432
	%1450 = fadd float %1434, %1436
	%1451 = fadd float %1438, %1440
	%1452 = fadd float %1442, %1444
	%1453 = fadd float %1445, %1446
	%1454 = fadd float %1447, %1448
	%1455 = fadd float %1449, %1450
	%1456 = fadd float %1451, %1452
	%1457 = fadd float %1453, %1454
	%1458 = fadd float %1455, %1456
	%1459 = fadd float %1457, %1458
	%1460 = fadd float %1407, %1459
	%1461 = select i1 %1266, float %1262, float %264
	%1462 = fcmp oeq float %1461, 0xFFF0000000000000
	%1463 = select i1 %1462, float 0.0, float %1461
	%1464 = fneg float %1463
	%1465 = call float @llvm.fma.f32(float %1188, float 0x3FC0527DC0000000, float %1464)
	%1466 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1465)
	%1467 = call float @llvm.fma.f32(float %1189, float 0x3FC0527DC0000000, float %1464)
	%1468 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1467)
	%1469 = call float @llvm.fma.f32(float %1192, float 0x3FC0527DC0000000, float %1464)
	%1470 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1469)
	%1471 = call float @llvm.fma.f32(float %1193, float 0x3FC0527DC0000000, float %1464)
	%1472 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1471)
	%1473 = call float @llvm.fma.f32(float %1196, float 0x3FC0527DC0000000, float %1464)
	%1474 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1473)
	%1475 = call float @llvm.fma.f32(float %1197, float 0x3FC0527DC0000000, float %1464)
	%1476 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1475)
	%1477 = call float @llvm.fma.f32(float %1200, float 0x3FC0527DC0000000, float %1464)
	%1478 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1477)
	%1479 = call float @llvm.fma.f32(float %1201, float 0x3FC0527DC0000000, float %1464)
	%1480 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1479)
	%1481 = call float @llvm.fma.f32(float %1204, float 0x3FC0527DC0000000, float %1464)
	%1482 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1481)
	%1483 = call float @llvm.fma.f32(float %1205, float 0x3FC0527DC0000000, float %1464)
	%1484 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1483)
	%1485 = call float @llvm.fma.f32(float %1208, float 0x3FC0527DC0000000, float %1464)
	%1486 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1485)
	%1487 = call float @llvm.fma.f32(float %1209, float 0x3FC0527DC0000000, float %1464)
	%1488 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1487)
	%1489 = call float @llvm.fma.f32(float %1212, float 0x3FC0527DC0000000, float %1464)
	%1490 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1489)
	%1491 = call float @llvm.fma.f32(float %1213, float 0x3FC0527DC0000000, float %1464)
	%1492 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1491)
	%1493 = call float @llvm.fma.f32(float %1216, float 0x3FC0527DC0000000, float %1464)
	%1494 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1493)
	%1495 = call float @llvm.fma.f32(float %1217, float 0x3FC0527DC0000000, float %1464)
	%1496 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1495)
	%1497 = fadd float %1466, %1468
	%1498 = fadd float %1470, %1472
	%1499 = fadd float %1474, %1476
	%1500 = fadd float %1478, %1480
	%1501 = fadd float %1482, %1484
	%1502 = fadd float %1486, %1488
	%1503 = fadd float %1490, %1492
	%1504 = fadd float %1494, %1496
	%1505 = fadd float %1497, %1498
	%1506 = fadd float %1499, %1500
	%1507 = fadd float %1501, %1502
	%1508 = fadd float %1503, %1504
	%1509 = fadd float %1505, %1506
	%1510 = fadd float %1507, %1508
	%1511 = fadd float %1509, %1510
	%1512 = fadd float %1408, %1511
	%1513 = add i32 %196, 1
	%1514 = icmp slt i32 %1513, %NK
	%1515 = select i1 %1514, i32 %1513, i32 0
	%1516 = add i32 %36, %1515
	%1517 = sext i32 %1516 to i64
	%1518 = getelementptr i32, i32* %list, i64 %1517
	%1519 = load i32, i32* %1518
	%1520 = select i1 %1514, i32 %1519, i32 -1
	%1521 = icmp sge i32 %1520, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1521, label %prefetch, label %pv

prefetch:
	%1522 = mul i32 %1520, 64
	%1523 = lshr i32 %9, 4
	%1524 = and i32 %9, 15
	%1525 = lshr i32 %1524, 3
	%1526 = mul i32 %1525, u0x2000
	%1527 = and i32 %1524, 7
	%1528 = and i32 %1523, 7
	%1529 = xor i32 %1527, %1528
	%1530 = mul i32 %1523, 128
	%1531 = shl i32 %1529, 4
	%1532 = add i32 %1530, %1531
	%1533 = add i32 %1526, %1532
	%1534 = add i32 %0, %1533
	%1535 = add i32 %1522, %1523
	%1536 = mul i32 %1535, 128
	%1537 = mul i32 %1524, 8
	%1538 = add i32 %1536, %1537
	%1539 = sext i32 %1538 to i64
	%1540 = getelementptr i16, i16* %27, i64 %1539
	%1541 = add i32 %1535, 0
	%1542 = icmp slt i32 %1541, %N
	%1543 = getelementptr i16, i16* %1540, i64 0
	%1544 = select i1 %1542, i16* %1543, i16* %27
	%1545 = add i32 %1534, 0
	%1546 = select i1 %1542, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1545, i16* %1544, i32 %1546)
	%1547 = add i32 %1535, 8
	%1548 = icmp slt i32 %1547, %N
	%1549 = getelementptr i16, i16* %1540, i64 1024
	%1550 = select i1 %1548, i16* %1549, i16* %27
	%1551 = add i32 %1534, 1024
	%1552 = select i1 %1548, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1551, i16* %1550, i32 %1552)
	%1553 = add i32 %1535, 16
	%1554 = icmp slt i32 %1553, %N
	%1555 = getelementptr i16, i16* %1540, i64 2048
	%1556 = select i1 %1554, i16* %1555, i16* %27
	%1557 = add i32 %1534, 2048
	%1558 = select i1 %1554, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1557, i16* %1556, i32 %1558)
	%1559 = add i32 %1535, 24
	%1560 = icmp slt i32 %1559, %N
	%1561 = getelementptr i16, i16* %1540, i64 3072
	%1562 = select i1 %1560, i16* %1561, i16* %27
	%1563 = add i32 %1534, 3072
	%1564 = select i1 %1560, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1563, i16* %1562, i32 %1564)
	%1565 = add i32 %1535, 32
	%1566 = icmp slt i32 %1565, %N
	%1567 = getelementptr i16, i16* %1540, i64 u0x1000
	%1568 = select i1 %1566, i16* %1567, i16* %27
	%1569 = add i32 %1534, u0x1000
	%1570 = select i1 %1566, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1569, i16* %1568, i32 %1570)
	%1571 = add i32 %1535, 40
	%1572 = icmp slt i32 %1571, %N
	%1573 = getelementptr i16, i16* %1540, i64 5120
	%1574 = select i1 %1572, i16* %1573, i16* %27
	%1575 = add i32 %1534, 5120
	%1576 = select i1 %1572, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1575, i16* %1574, i32 %1576)
	%1577 = add i32 %1535, 48
	%1578 = icmp slt i32 %1577, %N
	%1579 = getelementptr i16, i16* %1540, i64 6144
	%1580 = select i1 %1578, i16* %1579, i16* %27
	%1581 = add i32 %1534, 6144
	%1582 = select i1 %1578, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1581, i16* %1580, i32 %1582)
	%1583 = add i32 %1535, 56
	%1584 = icmp slt i32 %1583, %N
	%1585 = getelementptr i16, i16* %1540, i64 7168
	%1586 = select i1 %1584, i16* %1585, i16* %27
	%1587 = add i32 %1534, 7168
	%1588 = select i1 %1584, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1587, i16* %1586, i32 %1588)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1589 = and i32 %11, 7
	%1590 = lshr i32 %11, 3
	%1591 = and i32 %1590, 1
	%1592 = shl i32 %1591, 3
	%1593 = add i32 %1589, %1592
	%1594 = mul i32 %1593, 256
	%1595 = add i32 %1, %1594
	%1596 = and i32 %11, 7
	%1597 = xor i32 %119, %1596
	%1598 = shl i32 %1597, 4
	%1599 = add i32 %1595, %1598
	%1600 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1416, float %1414)
	%1601 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1468, float %1466)
	%1602 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1420, float %1418)
	%1603 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1472, float %1470)
	%1604 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1424, float %1422)
	%1605 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1476, float %1474)
	%1606 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1428, float %1426)
	%1607 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1480, float %1478)
	%1608 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1432, float %1430)
	%1609 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1484, float %1482)
	%1610 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1436, float %1434)
	%1611 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1488, float %1486)
	%1612 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1440, float %1438)
	%1613 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1492, float %1490)
	%1614 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1444, float %1442)
	%1615 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1496, float %1494)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1616 = add i32 %8, 0
	%1617 = zext i32 %1616 to i64
	%1618 = or i64 %1617, u0x4000004002000000
	%1619 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1343, float %1344, float %1345, float %1346, float %1347, float %1348, float %1349, float %1350, float %1351, float %1352, float %1353, float %1354, float %1355, float %1356, float %1357, float %1358, float %1359, float %1360, float %1361, float %1362, float %1363, float %1364, float %1365, float %1366, float %1367, float %1368, float %1369, float %1370, float %1371, float %1372, float %1373, float %1374, float %1375, float %1376, float %1377, float %1378, float %1379, float %1380, float %1381, float %1382, float %1383, float %1384, float %1385, float %1386, float %1387, float %1388, float %1389, float %1390, float %1391, float %1392, float %1393, float %1394, float %1395, float %1396, float %1397, float %1398, float %1399, float %1400, float %1401, float %1402, float %1403, float %1404, float %1405, float %1406, i32 %1600, i32 %1601, i32 %1602, i32 %1603, i64 %1618, i32 1)
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 0
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 1
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 2
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 3
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 4
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 5
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 6
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 7
	%1628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 8
	%1629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 9
	%1630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 10
	%1631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 11
	%1632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 12
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 13
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 14
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 15
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 16
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 17
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 18
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 19
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 20
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 21
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 22
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 23
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 24
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 25
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 26
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 27
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 28
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 29
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 30
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 31
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 32
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 33
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 34
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 35
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 36
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 37
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 38
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 39
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 40
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 41
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 42
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 43
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 44
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 45
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 46
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 47
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 48
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 49
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 50
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 51
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 52
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 53
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 54
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 55
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 56
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 57
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 58
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 59
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 60
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 61
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 62
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1619, 63
	%1684 = add i32 %8, 128
	%1685 = zext i32 %1684 to i64
	%1686 = or i64 %1685, u0x4000004002000000
	%1687 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, float %1628, float %1629, float %1630, float %1631, float %1632, float %1633, float %1634, float %1635, float %1636, float %1637, float %1638, float %1639, float %1640, float %1641, float %1642, float %1643, float %1644, float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, float %1672, float %1673, float %1674, float %1675, float %1676, float %1677, float %1678, float %1679, float %1680, float %1681, float %1682, float %1683, i32 %1604, i32 %1605, i32 %1606, i32 %1607, i64 %1686, i32 1)
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 0
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 1
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 2
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 3
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 4
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 5
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 6
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 7
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 8
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 9
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 10
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 11
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 12
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 13
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 14
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 15
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 16
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 17
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 18
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 19
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 20
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 21
	%1710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 22
	%1711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 23
	%1712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 24
	%1713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 25
	%1714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 26
	%1715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 27
	%1716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 28
	%1717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 29
	%1718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 30
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 31
	%1720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 32
	%1721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 33
	%1722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 34
	%1723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 35
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 36
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 37
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 38
	%1727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 39
	%1728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 40
	%1729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 41
	%1730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 42
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 43
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 44
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 45
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 46
	%1735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 47
	%1736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 48
	%1737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 49
	%1738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 50
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 51
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 52
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 53
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 54
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 55
	%1744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 56
	%1745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 57
	%1746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 58
	%1747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 59
	%1748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 60
	%1749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 61
	%1750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 62
	%1751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1687, 63
	%1752 = add i32 %8, 256
	%1753 = zext i32 %1752 to i64
	%1754 = or i64 %1753, u0x4000004002000000
	%1755 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1688, float %1689, float %1690, float %1691, float %1692, float %1693, float %1694, float %1695, float %1696, float %1697, float %1698, float %1699, float %1700, float %1701, float %1702, float %1703, float %1704, float %1705, float %1706, float %1707, float %1708, float %1709, float %1710, float %1711, float %1712, float %1713, float %1714, float %1715, float %1716, float %1717, float %1718, float %1719, float %1720, float %1721, float %1722, float %1723, float %1724, float %1725, float %1726, float %1727, float %1728, float %1729, float %1730, float %1731, float %1732, float %1733, float %1734, float %1735, float %1736, float %1737, float %1738, float %1739, float %1740, float %1741, float %1742, float %1743, float %1744, float %1745, float %1746, float %1747, float %1748, float %1749, float %1750, float %1751, i32 %1608, i32 %1609, i32 %1610, i32 %1611, i64 %1754, i32 1)
	%1756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 0
	%1757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 1
	%1758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 2
	%1759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 3
	%1760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 4
	%1761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 5
	%1762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 6
	%1763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 7
	%1764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 8
	%1765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 9
	%1766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 10
	%1767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 11
	%1768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 12
	%1769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 13
	%1770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 14
	%1771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 15
	%1772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 16
	%1773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 17
	%1774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 18
	%1775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 19
	%1776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 20
	%1777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 21
	%1778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 22
	%1779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 23
	%1780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 24
	%1781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 25
	%1782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 26
	%1783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 27
	%1784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 28
	%1785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 29
	%1786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 30
	%1787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 31
	%1788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 32
	%1789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 33
	%1790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 34
	%1791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 35
	%1792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 36
	%1793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 37
	%1794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 38
	%1795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 39
	%1796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 40
	%1797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 41
	%1798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 42
	%1799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 43
	%1800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 44
	%1801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 45
	%1802 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 46
	%1803 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 47
	%1804 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 48
	%1805 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 49
	%1806 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 50
	%1807 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 51
	%1808 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 52
	%1809 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 53
	%1810 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 54
	%1811 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 55
	%1812 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 56
	%1813 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 57
	%1814 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 58
	%1815 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 59
	%1816 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 60
	%1817 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 61
	%1818 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 62
	%1819 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1755, 63
	%1820 = add i32 %8, 384
	%1821 = zext i32 %1820 to i64
	%1822 = or i64 %1821, u0x4000004002000000
	%1823 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1756, float %1757, float %1758, float %1759, float %1760, float %1761, float %1762, float %1763, float %1764, float %1765, float %1766, float %1767, float %1768, float %1769, float %1770, float %1771, float %1772, float %1773, float %1774, float %1775, float %1776, float %1777, float %1778, float %1779, float %1780, float %1781, float %1782, float %1783, float %1784, float %1785, float %1786, float %1787, float %1788, float %1789, float %1790, float %1791, float %1792, float %1793, float %1794, float %1795, float %1796, float %1797, float %1798, float %1799, float %1800, float %1801, float %1802, float %1803, float %1804, float %1805, float %1806, float %1807, float %1808, float %1809, float %1810, float %1811, float %1812, float %1813, float %1814, float %1815, float %1816, float %1817, float %1818, float %1819, i32 %1612, i32 %1613, i32 %1614, i32 %1615, i64 %1822, i32 1)
	%1824 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 0
	%1825 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 1
	%1826 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 2
	%1827 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 3
	%1828 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 4
	%1829 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 5
	%1830 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 6
	%1831 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 7
	%1832 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 8
	%1833 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 9
	%1834 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 10
	%1835 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 11
	%1836 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 12
	%1837 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 13
	%1838 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 14
	%1839 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 15
	%1840 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 16
	%1841 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 17
	%1842 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 18
	%1843 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 19
	%1844 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 20
	%1845 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 21
	%1846 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 22
	%1847 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 23
	%1848 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 24
	%1849 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 25
	%1850 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 26
	%1851 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 27
	%1852 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 28
	%1853 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 29
	%1854 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 30
	%1855 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 31
	%1856 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 32
	%1857 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 33
	%1858 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 34
	%1859 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 35
	%1860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 36
	%1861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 37
	%1862 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 38
	%1863 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 39
	%1864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 40
	%1865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 41
	%1866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 42
	%1867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 43
	%1868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 44
	%1869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 45
	%1870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 46
	%1871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 47
	%1872 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 48
	%1873 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 49
	%1874 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 50
	%1875 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 51
	%1876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 52
	%1877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 53
	%1878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 54
	%1879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 55
	%1880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 56
	%1881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 57
	%1882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 58
	%1883 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 59
	%1884 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 60
	%1885 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 61
	%1886 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 62
	%1887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1823, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1888 = call float asm sideeffect "", "=f,0"(float %1824)
	%1889 = call float asm sideeffect "", "=f,0"(float %1825)
	%1890 = call float asm sideeffect "", "=f,0"(float %1826)
	%1891 = call float asm sideeffect "", "=f,0"(float %1827)
	%1892 = call float asm sideeffect "", "=f,0"(float %1828)
	%1893 = call float asm sideeffect "", "=f,0"(float %1829)
	%1894 = call float asm sideeffect "", "=f,0"(float %1830)
	%1895 = call float asm sideeffect "", "=f,0"(float %1831)
	%1896 = call float asm sideeffect "", "=f,0"(float %1832)
	%1897 = call float asm sideeffect "", "=f,0"(float %1833)
	%1898 = call float asm sideeffect "", "=f,0"(float %1834)
	%1899 = call float asm sideeffect "", "=f,0"(float %1835)
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
	br i1 %1521, label %loop, label %epilogue

store0:
	%1952 = mul i32 %17, %M
	%1953 = add i32 %1952, %768
	%1954 = mul i32 %1953, 128
	%1955 = shl i32 %13, 1
	%1956 = add i32 0, %1955
	%1957 = add i32 %1954, %1956
	%1958 = sext i32 %1957 to i64
	%1959 = getelementptr i16, i16* %out, i64 %1958
	%1960 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %770, float %769)
	%1961 = bitcast i16* %1959 to i32*
	store i32 %1960, i32* %1961
	%1962 = shl i32 %13, 1
	%1963 = add i32 8, %1962
	%1964 = add i32 %1954, %1963
	%1965 = sext i32 %1964 to i64
	%1966 = getelementptr i16, i16* %out, i64 %1965
	%1967 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %772, float %771)
	%1968 = bitcast i16* %1966 to i32*
	store i32 %1967, i32* %1968
	%1969 = shl i32 %13, 1
	%1970 = add i32 16, %1969
	%1971 = add i32 %1954, %1970
	%1972 = sext i32 %1971 to i64
	%1973 = getelementptr i16, i16* %out, i64 %1972
	%1974 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %774, float %773)
	%1975 = bitcast i16* %1973 to i32*
	store i32 %1974, i32* %1975
	%1976 = shl i32 %13, 1
	%1977 = add i32 24, %1976
	%1978 = add i32 %1954, %1977
	%1979 = sext i32 %1978 to i64
	%1980 = getelementptr i16, i16* %out, i64 %1979
	%1981 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %776, float %775)
	%1982 = bitcast i16* %1980 to i32*
	store i32 %1981, i32* %1982
	%1983 = shl i32 %13, 1
	%1984 = add i32 32, %1983
	%1985 = add i32 %1954, %1984
	%1986 = sext i32 %1985 to i64
	%1987 = getelementptr i16, i16* %out, i64 %1986
	%1988 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %778, float %777)
	%1989 = bitcast i16* %1987 to i32*
	store i32 %1988, i32* %1989
	%1990 = shl i32 %13, 1
	%1991 = add i32 40, %1990
	%1992 = add i32 %1954, %1991
	%1993 = sext i32 %1992 to i64
	%1994 = getelementptr i16, i16* %out, i64 %1993
	%1995 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %780, float %779)
	%1996 = bitcast i16* %1994 to i32*
	store i32 %1995, i32* %1996
	%1997 = shl i32 %13, 1
	%1998 = add i32 48, %1997
	%1999 = add i32 %1954, %1998
	%2000 = sext i32 %1999 to i64
	%2001 = getelementptr i16, i16* %out, i64 %2000
	%2002 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %782, float %781)
	%2003 = bitcast i16* %2001 to i32*
	store i32 %2002, i32* %2003
	%2004 = shl i32 %13, 1
	%2005 = add i32 56, %2004
	%2006 = add i32 %1954, %2005
	%2007 = sext i32 %2006 to i64
	%2008 = getelementptr i16, i16* %out, i64 %2007
	%2009 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %784, float %783)
	%2010 = bitcast i16* %2008 to i32*
	store i32 %2009, i32* %2010
	%2011 = shl i32 %13, 1
	%2012 = add i32 64, %2011
	%2013 = add i32 %1954, %2012
	%2014 = sext i32 %2013 to i64
	%2015 = getelementptr i16, i16* %out, i64 %2014
	%2016 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %786, float %785)
	%2017 = bitcast i16* %2015 to i32*
	store i32 %2016, i32* %2017
	%2018 = shl i32 %13, 1
	%2019 = add i32 72, %2018
	%2020 = add i32 %1954, %2019
	%2021 = sext i32 %2020 to i64
	%2022 = getelementptr i16, i16* %out, i64 %2021
	%2023 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %788, float %787)
	%2024 = bitcast i16* %2022 to i32*
	store i32 %2023, i32* %2024
	%2025 = shl i32 %13, 1
	%2026 = add i32 80, %2025
	%2027 = add i32 %1954, %2026
	%2028 = sext i32 %2027 to i64
	%2029 = getelementptr i16, i16* %out, i64 %2028
	%2030 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %790, float %789)
	%2031 = bitcast i16* %2029 to i32*
	store i32 %2030, i32* %2031
	%2032 = shl i32 %13, 1
	%2033 = add i32 88, %2032
	%2034 = add i32 %1954, %2033
	%2035 = sext i32 %2034 to i64
	%2036 = getelementptr i16, i16* %out, i64 %2035
	%2037 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %792, float %791)
	%2038 = bitcast i16* %2036 to i32*
	store i32 %2037, i32* %2038
	%2039 = shl i32 %13, 1
	%2040 = add i32 96, %2039
	%2041 = add i32 %1954, %2040
	%2042 = sext i32 %2041 to i64
	%2043 = getelementptr i16, i16* %out, i64 %2042
	%2044 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %794, float %793)
	%2045 = bitcast i16* %2043 to i32*
	store i32 %2044, i32* %2045
	%2046 = shl i32 %13, 1
	%2047 = add i32 104, %2046
	%2048 = add i32 %1954, %2047
	%2049 = sext i32 %2048 to i64
	%2050 = getelementptr i16, i16* %out, i64 %2049
	%2051 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %796, float %795)
	%2052 = bitcast i16* %2050 to i32*
	store i32 %2051, i32* %2052
	%2053 = shl i32 %13, 1
	%2054 = add i32 112, %2053
	%2055 = add i32 %1954, %2054
	%2056 = sext i32 %2055 to i64
	%2057 = getelementptr i16, i16* %out, i64 %2056
	%2058 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %798, float %797)
	%2059 = bitcast i16* %2057 to i32*
	store i32 %2058, i32* %2059
	%2060 = shl i32 %13, 1
	%2061 = add i32 120, %2060
	%2062 = add i32 %1954, %2061
	%2063 = sext i32 %2062 to i64
	%2064 = getelementptr i16, i16* %out, i64 %2063
	%2065 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %800, float %799)
	%2066 = bitcast i16* %2064 to i32*
	store i32 %2065, i32* %2066
	br label %stored0

stored0:
	%2067 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %692, i32 1, i32 31)
	%2068 = fadd float %692, %2067
	%2069 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2068, i32 2, i32 31)
	%2070 = fadd float %2068, %2069
	%2071 = fcmp ogt float %2070, 0.0
	%2072 = fdiv float 1.0, %2070
	%2073 = select i1 %2071, float %2072, float 0.0
	%2074 = mul i32 %10, 16
	%2075 = add i32 %19, %2074
	%2076 = add i32 %12, 8
	%2077 = add i32 %2075, %2076
	%2078 = fmul float %696, %2073
	%2079 = fmul float %697, %2073
	%2080 = fmul float %700, %2073
	%2081 = fmul float %701, %2073
	%2082 = fmul float %704, %2073
	%2083 = fmul float %705, %2073
	%2084 = fmul float %708, %2073
	%2085 = fmul float %709, %2073
	%2086 = fmul float %712, %2073
	%2087 = fmul float %713, %2073
	%2088 = fmul float %716, %2073
	%2089 = fmul float %717, %2073
	%2090 = fmul float %720, %2073
	%2091 = fmul float %721, %2073
	%2092 = fmul float %724, %2073
	%2093 = fmul float %725, %2073
	%2094 = fmul float %728, %2073
	%2095 = fmul float %729, %2073
	%2096 = fmul float %732, %2073
	%2097 = fmul float %733, %2073
	%2098 = fmul float %736, %2073
	%2099 = fmul float %737, %2073
	%2100 = fmul float %740, %2073
	%2101 = fmul float %741, %2073
	%2102 = fmul float %744, %2073
	%2103 = fmul float %745, %2073
	%2104 = fmul float %748, %2073
	%2105 = fmul float %749, %2073
	%2106 = fmul float %752, %2073
	%2107 = fmul float %753, %2073
	%2108 = fmul float %756, %2073
	%2109 = fmul float %757, %2073
	%2110 = icmp slt i32 %2077, %M
	br i1 %2110, label %store1, label %stored1

store1:
	%2111 = mul i32 %17, %M
	%2112 = add i32 %2111, %2077
	%2113 = mul i32 %2112, 128
	%2114 = shl i32 %13, 1
	%2115 = add i32 0, %2114
	%2116 = add i32 %2113, %2115
	%2117 = sext i32 %2116 to i64
	%2118 = getelementptr i16, i16* %out, i64 %2117
	%2119 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2079, float %2078)
	%2120 = bitcast i16* %2118 to i32*
	store i32 %2119, i32* %2120
	%2121 = shl i32 %13, 1
	%2122 = add i32 8, %2121
	%2123 = add i32 %2113, %2122
	%2124 = sext i32 %2123 to i64
	%2125 = getelementptr i16, i16* %out, i64 %2124
	%2126 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2081, float %2080)
	%2127 = bitcast i16* %2125 to i32*
	store i32 %2126, i32* %2127
	%2128 = shl i32 %13, 1
	%2129 = add i32 16, %2128
	%2130 = add i32 %2113, %2129
	%2131 = sext i32 %2130 to i64
	%2132 = getelementptr i16, i16* %out, i64 %2131
	%2133 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2083, float %2082)
	%2134 = bitcast i16* %2132 to i32*
	store i32 %2133, i32* %2134
	%2135 = shl i32 %13, 1
	%2136 = add i32 24, %2135
	%2137 = add i32 %2113, %2136
	%2138 = sext i32 %2137 to i64
	%2139 = getelementptr i16, i16* %out, i64 %2138
	%2140 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2085, float %2084)
	%2141 = bitcast i16* %2139 to i32*
	store i32 %2140, i32* %2141
	%2142 = shl i32 %13, 1
	%2143 = add i32 32, %2142
	%2144 = add i32 %2113, %2143
	%2145 = sext i32 %2144 to i64
	%2146 = getelementptr i16, i16* %out, i64 %2145
	%2147 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2087, float %2086)
	%2148 = bitcast i16* %2146 to i32*
	store i32 %2147, i32* %2148
	%2149 = shl i32 %13, 1
	%2150 = add i32 40, %2149
	%2151 = add i32 %2113, %2150
	%2152 = sext i32 %2151 to i64
	%2153 = getelementptr i16, i16* %out, i64 %2152
	%2154 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2089, float %2088)
	%2155 = bitcast i16* %2153 to i32*
	store i32 %2154, i32* %2155
	%2156 = shl i32 %13, 1
	%2157 = add i32 48, %2156
	%2158 = add i32 %2113, %2157
	%2159 = sext i32 %2158 to i64
	%2160 = getelementptr i16, i16* %out, i64 %2159
	%2161 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2091, float %2090)
	%2162 = bitcast i16* %2160 to i32*
	store i32 %2161, i32* %2162
	%2163 = shl i32 %13, 1
	%2164 = add i32 56, %2163
	%2165 = add i32 %2113, %2164
	%2166 = sext i32 %2165 to i64
	%2167 = getelementptr i16, i16* %out, i64 %2166
	%2168 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2093, float %2092)
	%2169 = bitcast i16* %2167 to i32*
	store i32 %2168, i32* %2169
	%2170 = shl i32 %13, 1
	%2171 = add i32 64, %2170
	%2172 = add i32 %2113, %2171
	%2173 = sext i32 %2172 to i64
	%2174 = getelementptr i16, i16* %out, i64 %2173
	%2175 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2095, float %2094)
	%2176 = bitcast i16* %2174 to i32*
	store i32 %2175, i32* %2176
	%2177 = shl i32 %13, 1
	%2178 = add i32 72, %2177
	%2179 = add i32 %2113, %2178
	%2180 = sext i32 %2179 to i64
	%2181 = getelementptr i16, i16* %out, i64 %2180
	%2182 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2097, float %2096)
	%2183 = bitcast i16* %2181 to i32*
	store i32 %2182, i32* %2183
	%2184 = shl i32 %13, 1
	%2185 = add i32 80, %2184
	%2186 = add i32 %2113, %2185
	%2187 = sext i32 %2186 to i64
	%2188 = getelementptr i16, i16* %out, i64 %2187
	%2189 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2099, float %2098)
	%2190 = bitcast i16* %2188 to i32*
	store i32 %2189, i32* %2190
	%2191 = shl i32 %13, 1
	%2192 = add i32 88, %2191
	%2193 = add i32 %2113, %2192
	%2194 = sext i32 %2193 to i64
	%2195 = getelementptr i16, i16* %out, i64 %2194
	%2196 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2101, float %2100)
	%2197 = bitcast i16* %2195 to i32*
	store i32 %2196, i32* %2197
	%2198 = shl i32 %13, 1
	%2199 = add i32 96, %2198
	%2200 = add i32 %2113, %2199
	%2201 = sext i32 %2200 to i64
	%2202 = getelementptr i16, i16* %out, i64 %2201
	%2203 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2103, float %2102)
	%2204 = bitcast i16* %2202 to i32*
	store i32 %2203, i32* %2204
	%2205 = shl i32 %13, 1
	%2206 = add i32 104, %2205
	%2207 = add i32 %2113, %2206
	%2208 = sext i32 %2207 to i64
	%2209 = getelementptr i16, i16* %out, i64 %2208
	%2210 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2105, float %2104)
	%2211 = bitcast i16* %2209 to i32*
	store i32 %2210, i32* %2211
	%2212 = shl i32 %13, 1
	%2213 = add i32 112, %2212
	%2214 = add i32 %2113, %2213
	%2215 = sext i32 %2214 to i64
	%2216 = getelementptr i16, i16* %out, i64 %2215
	%2217 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2107, float %2106)
	%2218 = bitcast i16* %2216 to i32*
	store i32 %2217, i32* %2218
	%2219 = shl i32 %13, 1
	%2220 = add i32 120, %2219
	%2221 = add i32 %2113, %2220
	%2222 = sext i32 %2221 to i64
	%2223 = getelementptr i16, i16* %out, i64 %2222
	%2224 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2109, float %2108)
	%2225 = bitcast i16* %2223 to i32*
	store i32 %2224, i32* %2225
	br label %stored1

stored1:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @prefill_attn0, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @prefill_attn0, !"minctasm", i32 4}
