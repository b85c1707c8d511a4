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
	%196 = phi i32 [ 0, %prologue ], [ %333, %1418 ]
	%197 = phi i32 [ %44, %prologue ], [ %340, %1418 ]
	%198 = phi float [ 0.0, %prologue ], [ %1888, %1418 ]
	%199 = phi float [ 0.0, %prologue ], [ %1889, %1418 ]
	%200 = phi float [ 0.0, %prologue ], [ %1890, %1418 ]
	%201 = phi float [ 0.0, %prologue ], [ %1891, %1418 ]
	%202 = phi float [ 0.0, %prologue ], [ %1892, %1418 ]
	%203 = phi float [ 0.0, %prologue ], [ %1893, %1418 ]
	%204 = phi float [ 0.0, %prologue ], [ %1894, %1418 ]
	%205 = phi float [ 0.0, %prologue ], [ %1895, %1418 ]
	%206 = phi float [ 0.0, %prologue ], [ %1896, %1418 ]
	%207 = phi float [ 0.0, %prologue ], [ %1897, %1418 ]
	%208 = phi float [ 0.0, %prologue ], [ %1898, %1418 ]
	%209 = phi float [ 0.0, %prologue ], [ %1899, %1418 ]
	%210 = phi float [ 0.0, %prologue ], [ %1900, %1418 ]
	%211 = phi float [ 0.0, %prologue ], [ %1901, %1418 ]
	%212 = phi float [ 0.0, %prologue ], [ %1902, %1418 ]
	%213 = phi float [ 0.0, %prologue ], [ %1903, %1418 ]
	%214 = phi float [ 0.0, %prologue ], [ %1904, %1418 ]
	%215 = phi float [ 0.0, %prologue ], [ %1905, %1418 ]
	%216 = phi float [ 0.0, %prologue ], [ %1906, %1418 ]
	%217 = phi float [ 0.0, %prologue ], [ %1907, %1418 ]
	%218 = phi float [ 0.0, %prologue ], [ %1908, %1418 ]
	%219 = phi float [ 0.0, %prologue ], [ %1909, %1418 ]
	%220 = phi float [ 0.0, %prologue ], [ %1910, %1418 ]
	%221 = phi float [ 0.0, %prologue ], [ %1911, %1418 ]
	%222 = phi float [ 0.0, %prologue ], [ %1912, %1418 ]
	%223 = phi float [ 0.0, %prologue ], [ %1913, %1418 ]
	%224 = phi float [ 0.0, %prologue ], [ %1914, %1418 ]
	%225 = phi float [ 0.0, %prologue ], [ %1915, %1418 ]
	%226 = phi float [ 0.0, %prologue ], [ %1916, %1418 ]
	%227 = phi float [ 0.0, %prologue ], [ %1917, %1418 ]
	%228 = phi float [ 0.0, %prologue ], [ %1918, %1418 ]
	%229 = phi float [ 0.0, %prologue ], [ %1919, %1418 ]
	%230 = phi float [ 0.0, %prologue ], [ %1920, %1418 ]
	%231 = phi float [ 0.0, %prologue ], [ %1921, %1418 ]
	%232 = phi float [ 0.0, %prologue ], [ %1922, %1418 ]
	%233 = phi float [ 0.0, %prologue ], [ %1923, %1418 ]
	%234 = phi float [ 0.0, %prologue ], [ %1924, %1418 ]
	%235 = phi float [ 0.0, %prologue ], [ %1925, %1418 ]
	%236 = phi float [ 0.0, %prologue ], [ %1926, %1418 ]
	%237 = phi float [ 0.0, %prologue ], [ %1927, %1418 ]
	%238 = phi float [ 0.0, %prologue ], [ %1928, %1418 ]
	%239 = phi float [ 0.0, %prologue ], [ %1929, %1418 ]
	%240 = phi float [ 0.0, %prologue ], [ %1930, %1418 ]
	%241 = phi float [ 0.0, %prologue ], [ %1931, %1418 ]
	%242 = phi float [ 0.0, %prologue ], [ %1932, %1418 ]
	%243 = phi float [ 0.0, %prologue ], [ %1933, %1418 ]
	%244 = phi float [ 0.0, %prologue ], [ %1934, %1418 ]
	%245 = phi float [ 0.0, %prologue ], [ %1935, %1418 ]
	%246 = phi float [ 0.0, %prologue ], [ %1936, %1418 ]
	%247 = phi float [ 0.0, %prologue ], [ %1937, %1418 ]
	%248 = phi float [ 0.0, %prologue ], [ %1938, %1418 ]
	%249 = phi float [ 0.0, %prologue ], [ %1939, %1418 ]
	%250 = phi float [ 0.0, %prologue ], [ %1940, %1418 ]
	%251 = phi float [ 0.0, %prologue ], [ %1941, %1418 ]
	%252 = phi float [ 0.0, %prologue ], [ %1942, %1418 ]
	%253 = phi float [ 0.0, %prologue ], [ %1943, %1418 ]
	%254 = phi float [ 0.0, %prologue ], [ %1944, %1418 ]
	%255 = phi float [ 0.0, %prologue ], [ %1945, %1418 ]
	%256 = phi float [ 0.0, %prologue ], [ %1946, %1418 ]
	%257 = phi float [ 0.0, %prologue ], [ %1947, %1418 ]
	%258 = phi float [ 0.0, %prologue ], [ %1948, %1418 ]
	%259 = phi float [ 0.0, %prologue ], [ %1949, %1418 ]
	%260 = phi float [ 0.0, %prologue ], [ %1950, %1418 ]
	%261 = phi float [ 0.0, %prologue ], [ %1951, %1418 ]
	%262 = phi float [ 0xFFF0000000000000, %prologue ], [ %1485, %1418 ]
	%263 = phi float [ 0.0, %prologue ], [ %1536, %1418 ]
	%264 = phi float [ 0xFFF0000000000000, %prologue ], [ %1537, %1418 ]
	%265 = phi float [ 0.0, %prologue ], [ %1588, %1418 ]
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
	%333 = add i32 %196, 1
	%334 = icmp slt i32 %333, %NK
	%335 = select i1 %334, i32 %333, i32 0
	%336 = add i32 %36, %335
	%337 = sext i32 %336 to i64
	%338 = getelementptr i32, i32* %list, i64 %337
	%339 = load i32, i32* %338
	%340 = select i1 %334, i32 %339, i32 -1
	%341 = icmp sge i32 %340, 0
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%342 = add i32 %4, 0
	%343 = zext i32 %342 to i64
	%344 = or i64 %343, u0x4000004000010000
	%345 = add i32 %6, 0
	%346 = zext i32 %345 to i64
	%347 = or i64 %346, u0x4000004000010000
	%348 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %344, i64 %347, i32 1)
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 0
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 1
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 2
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 3
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 4
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 5
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 6
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 7
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 8
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 9
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 10
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 11
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 12
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 13
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 14
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 15
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 16
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 17
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 18
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 19
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 20
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 21
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 22
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 23
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 24
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 25
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 26
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 27
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 28
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 29
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 30
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %348, 31
	%381 = add i32 %4, 2
	%382 = zext i32 %381 to i64
	%383 = or i64 %382, u0x4000004000010000
	%384 = add i32 %6, 2
	%385 = zext i32 %384 to i64
	%386 = or i64 %385, u0x4000004000010000
	%387 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, i64 %383, i64 %386, i32 1)
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 0
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 1
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 2
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 3
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 4
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 5
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 6
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 7
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 8
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 9
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 10
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 11
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 12
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 13
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 14
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 15
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 16
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 17
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 18
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 19
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 20
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 21
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 22
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 23
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 24
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 25
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 26
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 27
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 28
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 29
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 30
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %387, 31
	%420 = add i32 %4, 4
	%421 = zext i32 %420 to i64
	%422 = or i64 %421, u0x4000004000010000
	%423 = add i32 %6, 4
	%424 = zext i32 %423 to i64
	%425 = or i64 %424, u0x4000004000010000
	%426 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, i64 %422, i64 %425, i32 1)
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 0
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 1
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 2
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 3
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 4
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 5
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 6
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 7
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 8
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 9
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 10
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 11
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 12
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 13
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 14
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 15
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 16
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 17
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 18
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 19
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 20
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 21
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 22
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 23
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 24
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 25
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 26
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 27
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 28
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 29
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 30
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %426, 31
	%459 = add i32 %4, 6
	%460 = zext i32 %459 to i64
	%461 = or i64 %460, u0x4000004000010000
	%462 = add i32 %6, 6
	%463 = zext i32 %462 to i64
	%464 = or i64 %463, u0x4000004000010000
	%465 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, i64 %461, i64 %464, i32 1)
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 0
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 1
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 2
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 3
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 4
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 5
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 6
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 7
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 8
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 9
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 10
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 11
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 12
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 13
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 14
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 15
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 16
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 17
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 18
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 19
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 20
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 21
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 22
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 23
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 24
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 25
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 26
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 27
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 28
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 29
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 30
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %465, 31
	%498 = add i32 %4, 512
	%499 = zext i32 %498 to i64
	%500 = or i64 %499, u0x4000004000010000
	%501 = add i32 %6, 512
	%502 = zext i32 %501 to i64
	%503 = or i64 %502, u0x4000004000010000
	%504 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, i64 %500, i64 %503, i32 1)
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 0
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 1
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 2
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 3
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 4
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 5
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 6
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 7
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 8
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 9
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 10
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 11
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 12
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 13
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 14
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 15
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 16
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 17
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 18
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 19
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 20
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 21
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 22
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 23
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 24
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 25
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 26
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 27
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 28
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 29
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 30
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %504, 31
	%537 = add i32 %4, 514
	%538 = zext i32 %537 to i64
	%539 = or i64 %538, u0x4000004000010000
	%540 = add i32 %6, 514
	%541 = zext i32 %540 to i64
	%542 = or i64 %541, u0x4000004000010000
	%543 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %505, float %506, float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, i64 %539, i64 %542, i32 1)
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 0
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 1
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 2
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 3
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 4
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 5
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 6
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 7
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 8
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 9
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 10
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 11
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 12
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 13
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 14
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 15
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 16
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 17
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 18
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 19
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 20
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 21
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 22
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 23
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 24
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 25
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 26
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 27
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 28
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 29
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 30
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %543, 31
	%576 = add i32 %4, 516
	%577 = zext i32 %576 to i64
	%578 = or i64 %577, u0x4000004000010000
	%579 = add i32 %6, 516
	%580 = zext i32 %579 to i64
	%581 = or i64 %580, u0x4000004000010000
	%582 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, i64 %578, i64 %581, i32 1)
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 0
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 1
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 2
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 3
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 4
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 5
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 6
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 7
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 8
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 9
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 10
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 11
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 12
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 13
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 14
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 15
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 16
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 17
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 18
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 19
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 20
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 21
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 22
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 23
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 24
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 25
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 26
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 27
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 28
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 29
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 30
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 31
	%615 = add i32 %4, 518
	%616 = zext i32 %615 to i64
	%617 = or i64 %616, u0x4000004000010000
	%618 = add i32 %6, 518
	%619 = zext i32 %618 to i64
	%620 = or i64 %619, u0x4000004000010000
	%621 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, i64 %617, i64 %620, i32 1)
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 0
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 1
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 2
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 3
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 4
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 5
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 6
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 7
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 8
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 9
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 10
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 11
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 12
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 13
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 14
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 15
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 16
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 17
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 18
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 19
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 20
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 21
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 22
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 23
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 24
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 25
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 26
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 27
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 28
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 29
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 30
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %621, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%677 = call float asm sideeffect "", "=f,0"(float %645)
	%678 = call float asm sideeffect "", "=f,0"(float %646)
	%679 = call float asm sideeffect "", "=f,0"(float %647)
	%680 = call float asm sideeffect "", "=f,0"(float %648)
	%681 = call float asm sideeffect "", "=f,0"(float %649)
	%682 = call float asm sideeffect "", "=f,0"(float %650)
	%683 = call float asm sideeffect "", "=f,0"(float %651)
	%684 = call float asm sideeffect "", "=f,0"(float %652)
	%685 = call float asm sideeffect "", "=f,0"(float %653)
	call void @llvm.nvvm.barrier0()
	br i1 %341, label %prefetch, label %prefetched

epilogue:
	%686 = phi float [ 0.0, %entry ], [ %1536, %1418 ]
	%687 = phi float [ 0.0, %entry ], [ %1588, %1418 ]
	%688 = phi i32 [ 0, %entry ], [ %333, %1418 ]
	%689 = phi float [ 0.0, %entry ], [ %1888, %1418 ]
	%690 = phi float [ 0.0, %entry ], [ %1889, %1418 ]
	%691 = phi float [ 0.0, %entry ], [ %1890, %1418 ]
	%692 = phi float [ 0.0, %entry ], [ %1891, %1418 ]
	%693 = phi float [ 0.0, %entry ], [ %1892, %1418 ]
	%694 = phi float [ 0.0, %entry ], [ %1893, %1418 ]
	%695 = phi float [ 0.0, %entry ], [ %1894, %1418 ]
	%696 = phi float [ 0.0, %entry ], [ %1895, %1418 ]
	%697 = phi float [ 0.0, %entry ], [ %1896, %1418 ]
	%698 = phi float [ 0.0, %entry ], [ %1897, %1418 ]
	%699 = phi float [ 0.0, %entry ], [ %1898, %1418 ]
	%700 = phi float [ 0.0, %entry ], [ %1899, %1418 ]
	%701 = phi float [ 0.0, %entry ], [ %1900, %1418 ]
	%702 = phi float [ 0.0, %entry ], [ %1901, %1418 ]
	%703 = phi float [ 0.0, %entry ], [ %1902, %1418 ]
	%704 = phi float [ 0.0, %entry ], [ %1903, %1418 ]
	%705 = phi float [ 0.0, %entry ], [ %1904, %1418 ]
	%706 = phi float [ 0.0, %entry ], [ %1905, %1418 ]
	%707 = phi float [ 0.0, %entry ], [ %1906, %1418 ]
	%708 = phi float [ 0.0, %entry ], [ %1907, %1418 ]
	%709 = phi float [ 0.0, %entry ], [ %1908, %1418 ]
	%710 = phi float [ 0.0, %entry ], [ %1909, %1418 ]
	%711 = phi float [ 0.0, %entry ], [ %1910, %1418 ]
	%712 = phi float [ 0.0, %entry ], [ %1911, %1418 ]
	%713 = phi float [ 0.0, %entry ], [ %1912, %1418 ]
	%714 = phi float [ 0.0, %entry ], [ %1913, %1418 ]
	%715 = phi float [ 0.0, %entry ], [ %1914, %1418 ]
	%716 = phi float [ 0.0, %entry ], [ %1915, %1418 ]
	%717 = phi float [ 0.0, %entry ], [ %1916, %1418 ]
	%718 = phi float [ 0.0, %entry ], [ %1917, %1418 ]
	%719 = phi float [ 0.0, %entry ], [ %1918, %1418 ]
	%720 = phi float [ 0.0, %entry ], [ %1919, %1418 ]
	%721 = phi float [ 0.0, %entry ], [ %1920, %1418 ]
	%722 = phi float [ 0.0, %entry ], [ %1921, %1418 ]
	%723 = phi float [ 0.0, %entry ], [ %1922, %1418 ]
	%724 = phi float [ 0.0, %entry ], [ %1923, %1418 ]
	%725 = phi float [ 0.0, %entry ], [ %1924, %1418 ]
	%726 = phi float [ 0.0, %entry ], [ %1925, %1418 ]
	%727 = phi float [ 0.0, %entry ], [ %1926, %1418 ]
	%728 = phi float [ 0.0, %entry ], [ %1927, %1418 ]
	%729 = phi float [ 0.0, %entry ], [ %1928, %1418 ]
	%730 = phi float [ 0.0, %entry ], [ %1929, %1418 ]
	%731 = phi float [ 0.0, %entry ], [ %1930, %1418 ]
	%732 = phi float [ 0.0, %entry ], [ %1931, %1418 ]
	%733 = phi float [ 0.0, %entry ], [ %1932, %1418 ]
	%734 = phi float [ 0.0, %entry ], [ %1933, %1418 ]
	%735 = phi float [ 0.0, %entry ], [ %1934, %1418 ]
	%736 = phi float [ 0.0, %entry ], [ %1935, %1418 ]
	%737 = phi float [ 0.0, %entry ], [ %1936, %1418 ]
	%738 = phi float [ 0.0, %entry ], [ %1937, %1418 ]
	%739 = phi float [ 0.0, %entry ], [ %1938, %1418 ]
	%740 = phi float [ 0.0, %entry ], [ %1939, %1418 ]
	%741 = phi float [ 0.0, %entry ], [ %1940, %1418 ]
	%742 = phi float [ 0.0, %entry ], [ %1941, %1418 ]
	%743 = phi float [ 0.0, %entry ], [ %1942, %1418 ]
	%744 = phi float [ 0.0, %entry ], [ %1943, %1418 ]
	%745 = phi float [ 0.0, %entry ], [ %1944, %1418 ]
	%746 = phi float [ 0.0, %entry ], [ %1945, %1418 ]
	%747 = phi float [ 0.0, %entry ], [ %1946, %1418 ]
	%748 = phi float [ 0.0, %entry ], [ %1947, %1418 ]
	%749 = phi float [ 0.0, %entry ], [ %1948, %1418 ]
	%750 = phi float [ 0.0, %entry ], [ %1949, %1418 ]
	%751 = phi float [ 0.0, %entry ], [ %1950, %1418 ]
	%752 = phi float [ 0.0, %entry ], [ %1951, %1418 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%753 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %686, i32 1, i32 31)
	%754 = fadd float %686, %753
	%755 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %754, i32 2, i32 31)
	%756 = fadd float %754, %755
	%757 = fcmp ogt float %756, 0.0
	%758 = fdiv float 1.0, %756
	%759 = select i1 %757, float %758, float 0.0
	%760 = mul i32 %10, 16
	%761 = add i32 %19, %760
	%762 = add i32 %12, 0
	%763 = add i32 %761, %762
	%764 = fmul float %689, %759
	%765 = fmul float %690, %759
	%766 = fmul float %693, %759
	%767 = fmul float %694, %759
	%768 = fmul float %697, %759
	%769 = fmul float %698, %759
	%770 = fmul float %701, %759
	%771 = fmul float %702, %759
	%772 = fmul float %705, %759
	%773 = fmul float %706, %759
	%774 = fmul float %709, %759
	%775 = fmul float %710, %759
	%776 = fmul float %713, %759
	%777 = fmul float %714, %759
	%778 = fmul float %717, %759
	%779 = fmul float %718, %759
	%780 = fmul float %721, %759
	%781 = fmul float %722, %759
	%782 = fmul float %725, %759
	%783 = fmul float %726, %759
	%784 = fmul float %729, %759
	%785 = fmul float %730, %759
	%786 = fmul float %733, %759
	%787 = fmul float %734, %759
	%788 = fmul float %737, %759
	%789 = fmul float %738, %759
	%790 = fmul float %741, %759
	%791 = fmul float %742, %759
	%792 = fmul float %745, %759
	%793 = fmul float %746, %759
	%794 = fmul float %749, %759
	%795 = fmul float %750, %759
	%796 = icmp slt i32 %763, %M
	br i1 %796, label %store0, label %stored0

prefetch:
	%797 = mul i32 %340, 64
	%798 = lshr i32 %9, 4
	%799 = and i32 %9, 15
	%800 = lshr i32 %799, 3
	%801 = mul i32 %800, u0x2000
	%802 = and i32 %799, 7
	%803 = and i32 %798, 7
	%804 = xor i32 %802, %803
	%805 = mul i32 %798, 128
	%806 = shl i32 %804, 4
	%807 = add i32 %805, %806
	%808 = add i32 %801, %807
	%809 = add i32 %0, %808
	%810 = add i32 %797, %798
	%811 = mul i32 %810, 128
	%812 = mul i32 %799, 8
	%813 = add i32 %811, %812
	%814 = sext i32 %813 to i64
	%815 = getelementptr i16, i16* %27, i64 %814
	%816 = add i32 %810, 0
	%817 = icmp slt i32 %816, %N
	%818 = getelementptr i16, i16* %815, i64 0
	%819 = select i1 %817, i16* %818, i16* %27
	%820 = add i32 %809, 0
	%821 = select i1 %817, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %820, i16* %819, i32 %821)
	%822 = add i32 %810, 8
	%823 = icmp slt i32 %822, %N
	%824 = getelementptr i16, i16* %815, i64 1024
	%825 = select i1 %823, i16* %824, i16* %27
	%826 = add i32 %809, 1024
	%827 = select i1 %823, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %826, i16* %825, i32 %827)
	%828 = add i32 %810, 16
	%829 = icmp slt i32 %828, %N
	%830 = getelementptr i16, i16* %815, i64 2048
	%831 = select i1 %829, i16* %830, i16* %27
	%832 = add i32 %809, 2048
	%833 = select i1 %829, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %832, i16* %831, i32 %833)
	%834 = add i32 %810, 24
	%835 = icmp slt i32 %834, %N
	%836 = getelementptr i16, i16* %815, i64 3072
	%837 = select i1 %835, i16* %836, i16* %27
	%838 = add i32 %809, 3072
	%839 = select i1 %835, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %838, i16* %837, i32 %839)
	%840 = add i32 %810, 32
	%841 = icmp slt i32 %840, %N
	%842 = getelementptr i16, i16* %815, i64 u0x1000
	%843 = select i1 %841, i16* %842, i16* %27
	%844 = add i32 %809, u0x1000
	%845 = select i1 %841, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %844, i16* %843, i32 %845)
	%846 = add i32 %810, 40
	%847 = icmp slt i32 %846, %N
	%848 = getelementptr i16, i16* %815, i64 5120
	%849 = select i1 %847, i16* %848, i16* %27
	%850 = add i32 %809, 5120
	%851 = select i1 %847, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %850, i16* %849, i32 %851)
	%852 = add i32 %810, 48
	%853 = icmp slt i32 %852, %N
	%854 = getelementptr i16, i16* %815, i64 6144
	%855 = select i1 %853, i16* %854, i16* %27
	%856 = add i32 %809, 6144
	%857 = select i1 %853, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %856, i16* %855, i32 %857)
	%858 = add i32 %810, 56
	%859 = icmp slt i32 %858, %N
	%860 = getelementptr i16, i16* %815, i64 7168
	%861 = select i1 %859, i16* %860, i16* %27
	%862 = add i32 %809, 7168
	%863 = select i1 %859, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %862, i16* %861, i32 %863)
	br label %prefetched

prefetched:
	call void asm sideeffect "cp.async.commit_group;", ""()
	%864 = mul i32 %10, 16
	%865 = add i32 %19, %864
	%866 = add i32 %12, 0
	%867 = add i32 %865, %866
	%868 = mul i32 %10, 16
	%869 = add i32 %19, %868
	%870 = add i32 %12, 8
	%871 = add i32 %869, %870
	%872 = sitofp i32 %17 to float
	%873 = add i32 %40, %197
	%874 = sext i32 %873 to i64
	%875 = getelementptr i8, i8* %cls, i64 %874
	%876 = load i8, i8* %875
	%877 = icmp ne i8 %876, 2
	br i1 %877, label %partial, label %softmax

partial:
	%878 = shl i32 %13, 1
	%879 = add i32 0, %878
	%880 = add i32 %266, %879
	%881 = icmp slt i32 %880, %N
	%882 = select i1 %881, i32 %880, i32 0
	%883 = sitofp i32 %867 to float
	%884 = sitofp i32 %882 to float
	%885 = fcmp ole float %884, %883
	%886 = uitofp i1 %885 to float
	%887 = fcmp une float %886, 0.0
	%888 = and i1 %881, %887
	%889 = select i1 %888, float %654, float 0xFFF0000000000000
	%890 = shl i32 %13, 1
	%891 = add i32 1, %890
	%892 = add i32 %266, %891
	%893 = icmp slt i32 %892, %N
	%894 = select i1 %893, i32 %892, i32 0
	%895 = sitofp i32 %867 to float
	%896 = sitofp i32 %894 to float
	%897 = fcmp ole float %896, %895
	%898 = uitofp i1 %897 to float
	%899 = fcmp une float %898, 0.0
	%900 = and i1 %893, %899
	%901 = select i1 %900, float %655, float 0xFFF0000000000000
	%902 = shl i32 %13, 1
	%903 = add i32 0, %902
	%904 = add i32 %266, %903
	%905 = icmp slt i32 %904, %N
	%906 = select i1 %905, i32 %904, i32 0
	%907 = sitofp i32 %871 to float
	%908 = sitofp i32 %906 to float
	%909 = fcmp ole float %908, %907
	%910 = uitofp i1 %909 to float
	%911 = fcmp une float %910, 0.0
	%912 = and i1 %905, %911
	%913 = select i1 %912, float %656, float 0xFFF0000000000000
	%914 = shl i32 %13, 1
	%915 = add i32 1, %914
	%916 = add i32 %266, %915
	%917 = icmp slt i32 %916, %N
	%918 = select i1 %917, i32 %916, i32 0
	%919 = sitofp i32 %871 to float
	%920 = sitofp i32 %918 to float
	%921 = fcmp ole float %920, %919
	%922 = uitofp i1 %921 to float
	%923 = fcmp une float %922, 0.0
	%924 = and i1 %917, %923
	%925 = select i1 %924, float %657, float 0xFFF0000000000000
	%926 = shl i32 %13, 1
	%927 = add i32 8, %926
	%928 = add i32 %266, %927
	%929 = icmp slt i32 %928, %N
	%930 = select i1 %929, i32 %928, i32 0
	%931 = sitofp i32 %867 to float
	%932 = sitofp i32 %930 to float
	%933 = fcmp ole float %932, %931
	%934 = uitofp i1 %933 to float
	%935 = fcmp une float %934, 0.0
	%936 = and i1 %929, %935
	%937 = select i1 %936, float %658, float 0xFFF0000000000000
	%938 = shl i32 %13, 1
	%939 = add i32 9, %938
	%940 = add i32 %266, %939
	%941 = icmp slt i32 %940, %N
	%942 = select i1 %941, i32 %940, i32 0
	%943 = sitofp i32 %867 to float
	%944 = sitofp i32 %942 to float
	%945 = fcmp ole float %944, %943
	%946 = uitofp i1 %945 to float
	%947 = fcmp une float %946, 0.0
	%948 = and i1 %941, %947
	%949 = select i1 %948, float %659, float 0xFFF0000000000000
	%950 = shl i32 %13, 1
	%951 = add i32 8, %950
	%952 = add i32 %266, %951
	%953 = icmp slt i32 %952, %N
	%954 = select i1 %953, i32 %952, i32 0
	%955 = sitofp i32 %871 to float
	%956 = sitofp i32 %954 to float
	%957 = fcmp ole float %956, %955
	%958 = uitofp i1 %957 to float
	%959 = fcmp une float %958, 0.0
	%960 = and i1 %953, %959
	%961 = select i1 %960, float %660, float 0xFFF0000000000000
	%962 = shl i32 %13, 1
	%963 = add i32 9, %962
	%964 = add i32 %266, %963
	%965 = icmp slt i32 %964, %N
	%966 = select i1 %965, i32 %964, i32 0
	%967 = sitofp i32 %871 to float
	%968 = sitofp i32 %966 to float
	%969 = fcmp ole float %968, %967
	%970 = uitofp i1 %969 to float
	%971 = fcmp une float %970, 0.0
	%972 = and i1 %965, %971
	%973 = select i1 %972, float %661, float 0xFFF0000000000000
	%974 = shl i32 %13, 1
	%975 = add i32 16, %974
	%976 = add i32 %266, %975
	%977 = icmp slt i32 %976, %N
	%978 = select i1 %977, i32 %976, i32 0
	%979 = sitofp i32 %867 to float
	%980 = sitofp i32 %978 to float
	%981 = fcmp ole float %980, %979
	%982 = uitofp i1 %981 to float
	%983 = fcmp une float %982, 0.0
	%984 = and i1 %977, %983
	%985 = select i1 %984, float %662, float 0xFFF0000000000000
	%986 = shl i32 %13, 1
	%987 = add i32 17, %986
	%988 = add i32 %266, %987
	%989 = icmp slt i32 %988, %N
	%990 = select i1 %989, i32 %988, i32 0
	%991 = sitofp i32 %867 to float
	%992 = sitofp i32 %990 to float
	%993 = fcmp ole float %992, %991
	%994 = uitofp i1 %993 to float
	%995 = fcmp une float %994, 0.0
	%996 = and i1 %989, %995
	%997 = select i1 %996, float %663, float 0xFFF0000000000000
	%998 = shl i32 %13, 1
	%999 = add i32 16, %998
	%1000 = add i32 %266, %999
	%1001 = icmp slt i32 %1000, %N
	%1002 = select i1 %1001, i32 %1000, i32 0
	%1003 = sitofp i32 %871 to float
	%1004 = sitofp i32 %1002 to float
	%1005 = fcmp ole float %1004, %1003
	%1006 = uitofp i1 %1005 to float
	%1007 = fcmp une float %1006, 0.0
	%1008 = and i1 %1001, %1007
	%1009 = select i1 %1008, float %664, float 0xFFF0000000000000
	%1010 = shl i32 %13, 1
	%1011 = add i32 17, %1010
	%1012 = add i32 %266, %1011
	%1013 = icmp slt i32 %1012, %N
	%1014 = select i1 %1013, i32 %1012, i32 0
	%1015 = sitofp i32 %871 to float
	%1016 = sitofp i32 %1014 to float
	%1017 = fcmp ole float %1016, %1015
	%1018 = uitofp i1 %1017 to float
	%1019 = fcmp une float %1018, 0.0
	%1020 = and i1 %1013, %1019
	%1021 = select i1 %1020, float %665, float 0xFFF0000000000000
	%1022 = shl i32 %13, 1
	%1023 = add i32 24, %1022
	%1024 = add i32 %266, %1023
	%1025 = icmp slt i32 %1024, %N
	%1026 = select i1 %1025, i32 %1024, i32 0
	%1027 = sitofp i32 %867 to float
	%1028 = sitofp i32 %1026 to float
	%1029 = fcmp ole float %1028, %1027
	%1030 = uitofp i1 %1029 to float
	%1031 = fcmp une float %1030, 0.0
	%1032 = and i1 %1025, %1031
	%1033 = select i1 %1032, float %666, float 0xFFF0000000000000
	%1034 = shl i32 %13, 1
	%1035 = add i32 25, %1034
	%1036 = add i32 %266, %1035
	%1037 = icmp slt i32 %1036, %N
	%1038 = select i1 %1037, i32 %1036, i32 0
	%1039 = sitofp i32 %867 to float
	%1040 = sitofp i32 %1038 to float
	%1041 = fcmp ole float %1040, %1039
	%1042 = uitofp i1 %1041 to float
	%1043 = fcmp une float %1042, 0.0
	%1044 = and i1 %1037, %1043
	%1045 = select i1 %1044, float %667, float 0xFFF0000000000000
	%1046 = shl i32 %13, 1
	%1047 = add i32 24, %1046
	%1048 = add i32 %266, %1047
	%1049 = icmp slt i32 %1048, %N
	%1050 = select i1 %1049, i32 %1048, i32 0
	%1051 = sitofp i32 %871 to float
	%1052 = sitofp i32 %1050 to float
	%1053 = fcmp ole float %1052, %1051
	%1054 = uitofp i1 %1053 to float
	%1055 = fcmp une float %1054, 0.0
	%1056 = and i1 %1049, %1055
	%1057 = select i1 %1056, float %668, float 0xFFF0000000000000
	%1058 = shl i32 %13, 1
	%1059 = add i32 25, %1058
	%1060 = add i32 %266, %1059
	%1061 = icmp slt i32 %1060, %N
	%1062 = select i1 %1061, i32 %1060, i32 0
	%1063 = sitofp i32 %871 to float
	%1064 = sitofp i32 %1062 to float
	%1065 = fcmp ole float %1064, %1063
	%1066 = uitofp i1 %1065 to float
	%1067 = fcmp une float %1066, 0.0
	%1068 = and i1 %1061, %1067
	%1069 = select i1 %1068, float %669, float 0xFFF0000000000000
	%1070 = shl i32 %13, 1
	%1071 = add i32 32, %1070
	%1072 = add i32 %266, %1071
	%1073 = icmp slt i32 %1072, %N
	%1074 = select i1 %1073, i32 %1072, i32 0
	%1075 = sitofp i32 %867 to float
	%1076 = sitofp i32 %1074 to float
	%1077 = fcmp ole float %1076, %1075
	%1078 = uitofp i1 %1077 to float
	%1079 = fcmp une float %1078, 0.0
	%1080 = and i1 %1073, %1079
	%1081 = select i1 %1080, float %670, float 0xFFF0000000000000
	%1082 = shl i32 %13, 1
	%1083 = add i32 33, %1082
	%1084 = add i32 %266, %1083
	%1085 = icmp slt i32 %1084, %N
	%1086 = select i1 %1085, i32 %1084, i32 0
	%1087 = sitofp i32 %867 to float
	%1088 = sitofp i32 %1086 to float
	%1089 = fcmp ole float %1088, %1087
	%1090 = uitofp i1 %1089 to float
	%1091 = fcmp une float %1090, 0.0
	%1092 = and i1 %1085, %1091
	%1093 = select i1 %1092, float %671, float 0xFFF0000000000000
	%1094 = shl i32 %13, 1
	%1095 = add i32 32, %1094
	%1096 = add i32 %266, %1095
	%1097 = icmp slt i32 %1096, %N
	%1098 = select i1 %1097, i32 %1096, i32 0
	%1099 = sitofp i32 %871 to float
	%1100 = sitofp i32 %1098 to float
	%1101 = fcmp ole float %1100, %1099
	%1102 = uitofp i1 %1101 to float
	%1103 = fcmp une float %1102, 0.0
	%1104 = and i1 %1097, %1103
	%1105 = select i1 %1104, float %672, float 0xFFF0000000000000
	%1106 = shl i32 %13, 1
	%1107 = add i32 33, %1106
	%1108 = add i32 %266, %1107
	%1109 = icmp slt i32 %1108, %N
	%1110 = select i1 %1109, i32 %1108, i32 0
	%1111 = sitofp i32 %871 to float
	%1112 = sitofp i32 %1110 to float
	%1113 = fcmp ole float %1112, %1111
	%1114 = uitofp i1 %1113 to float
	%1115 = fcmp une float %1114, 0.0
	%1116 = and i1 %1109, %1115
	%1117 = select i1 %1116, float %673, float 0xFFF0000000000000
	%1118 = shl i32 %13, 1
	%1119 = add i32 40, %1118
	%1120 = add i32 %266, %1119
	%1121 = icmp slt i32 %1120, %N
	%1122 = select i1 %1121, i32 %1120, i32 0
	%1123 = sitofp i32 %867 to float
	%1124 = sitofp i32 %1122 to float
	%1125 = fcmp ole float %1124, %1123
	%1126 = uitofp i1 %1125 to float
	%1127 = fcmp une float %1126, 0.0
	%1128 = and i1 %1121, %1127
	%1129 = select i1 %1128, float %674, float 0xFFF0000000000000
	%1130 = shl i32 %13, 1
	%1131 = add i32 41, %1130
	%1132 = add i32 %266, %1131
	%1133 = icmp slt i32 %1132, %N
	%1134 = select i1 %1133, i32 %1132, i32 0
	%1135 = sitofp i32 %867 to float
	%1136 = sitofp i32 %1134 to float
	%1137 = fcmp ole float %1136, %1135
	%1138 = uitofp i1 %1137 to float
	%1139 = fcmp une float %1138, 0.0
	%1140 = and i1 %1133, %1139
	%1141 = select i1 %1140, float %675, float 0xFFF0000000000000
	%1142 = shl i32 %13, 1
	%1143 = add i32 40, %1142
	%1144 = add i32 %266, %1143
	%1145 = icmp slt i32 %1144, %N
	%1146 = select i1 %1145, i32 %1144, i32 0
	%1147 = sitofp i32 %871 to float
	%1148 = sitofp i32 %1146 to float
	%1149 = fcmp ole float %1148, %1147
	%1150 = uitofp i1 %1149 to float
	%1151 = fcmp une float %1150, 0.0
	%1152 = and i1 %1145, %1151
	%1153 = select i1 %1152, float %676, float 0xFFF0000000000000
	%1154 = shl i32 %13, 1
	%1155 = add i32 41, %1154
	%1156 = add i32 %266, %1155
	%1157 = icmp slt i32 %1156, %N
	%1158 = select i1 %1157, i32 %1156, i32 0
	%1159 = sitofp i32 %871 to float
	%1160 = sitofp i32 %1158 to float
	%1161 = fcmp ole float %1160, %1159
	%1162 = uitofp i1 %1161 to float
	%1163 = fcmp une float %1162, 0.0
	%1164 = and i1 %1157, %1163
	%1165 = select i1 %1164, float %677, float 0xFFF0000000000000
	%1166 = shl i32 %13, 1
	%1167 = add i32 48, %1166
	%1168 = add i32 %266, %1167
	%1169 = icmp slt i32 %1168, %N
	%1170 = select i1 %1169, i32 %1168, i32 0
	%1171 = sitofp i32 %867 to float
	%1172 = sitofp i32 %1170 to float
	%1173 = fcmp ole float %1172, %1171
	%1174 = uitofp i1 %1173 to float
	%1175 = fcmp une float %1174, 0.0
	%1176 = and i1 %1169, %1175
	%1177 = select i1 %1176, float %678, float 0xFFF0000000000000
	%1178 = shl i32 %13, 1
	%1179 = add i32 49, %1178
	%1180 = add i32 %266, %1179
	%1181 = icmp slt i32 %1180, %N
	%1182 = select i1 %1181, i32 %1180, i32 0
	%1183 = sitofp i32 %867 to float
	%1184 = sitofp i32 %1182 to float
	%1185 = fcmp ole float %1184, %1183
	%1186 = uitofp i1 %1185 to float
	%1187 = fcmp une float %1186, 0.0
	%1188 = and i1 %1181, %1187
	%1189 = select i1 %1188, float %679, float 0xFFF0000000000000
	%1190 = shl i32 %13, 1
	%1191 = add i32 48, %1190
	%1192 = add i32 %266, %1191
	%1193 = icmp slt i32 %1192, %N
	%1194 = select i1 %1193, i32 %1192, i32 0
	%1195 = sitofp i32 %871 to float
	%1196 = sitofp i32 %1194 to float
	%1197 = fcmp ole float %1196, %1195
	%1198 = uitofp i1 %1197 to float
	%1199 = fcmp une float %1198, 0.0
	%1200 = and i1 %1193, %1199
	%1201 = select i1 %1200, float %680, float 0xFFF0000000000000
	%1202 = shl i32 %13, 1
	%1203 = add i32 49, %1202
	%1204 = add i32 %266, %1203
	%1205 = icmp slt i32 %1204, %N
	%1206 = select i1 %1205, i32 %1204, i32 0
	%1207 = sitofp i32 %871 to float
	%1208 = sitofp i32 %1206 to float
	%1209 = fcmp ole float %1208, %1207
	%1210 = uitofp i1 %1209 to float
	%1211 = fcmp une float %1210, 0.0
	%1212 = and i1 %1205, %1211
	%1213 = select i1 %1212, float %681, float 0xFFF0000000000000
	%1214 = shl i32 %13, 1
	%1215 = add i32 56, %1214
	%1216 = add i32 %266, %1215
	%1217 = icmp slt i32 %1216, %N
	%1218 = select i1 %1217, i32 %1216, i32 0
	%1219 = sitofp i32 %867 to float
	%1220 = sitofp i32 %1218 to float
	%1221 = fcmp ole float %1220, %1219
	%1222 = uitofp i1 %1221 to float
	%1223 = fcmp une float %1222, 0.0
	%1224 = and i1 %1217, %1223
	%1225 = select i1 %1224, float %682, float 0xFFF0000000000000
	%1226 = shl i32 %13, 1
	%1227 = add i32 57, %1226
	%1228 = add i32 %266, %1227
	%1229 = icmp slt i32 %1228, %N
	%1230 = select i1 %1229, i32 %1228, i32 0
	%1231 = sitofp i32 %867 to float
	%1232 = sitofp i32 %1230 to float
	%1233 = fcmp ole float %1232, %1231
	%1234 = uitofp i1 %1233 to float
	%1235 = fcmp une float %1234, 0.0
	%1236 = and i1 %1229, %1235
	%1237 = select i1 %1236, float %683, float 0xFFF0000000000000
	%1238 = shl i32 %13, 1
	%1239 = add i32 56, %1238
	%1240 = add i32 %266, %1239
	%1241 = icmp slt i32 %1240, %N
	%1242 = select i1 %1241, i32 %1240, i32 0
	%1243 = sitofp i32 %871 to float
	%1244 = sitofp i32 %1242 to float
	%1245 = fcmp ole float %1244, %1243
	%1246 = uitofp i1 %1245 to float
	%1247 = fcmp une float %1246, 0.0
	%1248 = and i1 %1241, %1247
	%1249 = select i1 %1248, float %684, float 0xFFF0000000000000
	%1250 = shl i32 %13, 1
	%1251 = add i32 57, %1250
	%1252 = add i32 %266, %1251
	%1253 = icmp slt i32 %1252, %N
	%1254 = select i1 %1253, i32 %1252, i32 0
	%1255 = sitofp i32 %871 to float
	%1256 = sitofp i32 %1254 to float
	%1257 = fcmp ole float %1256, %1255
	%1258 = uitofp i1 %1257 to float
	%1259 = fcmp une float %1258, 0.0
	%1260 = and i1 %1253, %1259
	%1261 = select i1 %1260, float %685, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1262 = phi float [ %654, %prefetched ], [ %889, %partial ]
	%1263 = phi float [ %655, %prefetched ], [ %901, %partial ]
	%1264 = phi float [ %656, %prefetched ], [ %913, %partial ]
	%1265 = phi float [ %657, %prefetched ], [ %925, %partial ]
	%1266 = phi float [ %658, %prefetched ], [ %937, %partial ]
	%1267 = phi float [ %659, %prefetched ], [ %949, %partial ]
	%1268 = phi float [ %660, %prefetched ], [ %961, %partial ]
	%1269 = phi float [ %661, %prefetched ], [ %973, %partial ]
	%1270 = phi float [ %662, %prefetched ], [ %985, %partial ]
	%1271 = phi float [ %663, %prefetched ], [ %997, %partial ]
	%1272 = phi float [ %664, %prefetched ], [ %1009, %partial ]
	%1273 = phi float [ %665, %prefetched ], [ %1021, %partial ]
	%1274 = phi float [ %666, %prefetched ], [ %1033, %partial ]
	%1275 = phi float [ %667, %prefetched ], [ %1045, %partial ]
	%1276 = phi float [ %668, %prefetched ], [ %1057, %partial ]
	%1277 = phi float [ %669, %prefetched ], [ %1069, %partial ]
	%1278 = phi float [ %670, %prefetched ], [ %1081, %partial ]
	%1279 = phi float [ %671, %prefetched ], [ %1093, %partial ]
	%1280 = phi float [ %672, %prefetched ], [ %1105, %partial ]
	%1281 = phi float [ %673, %prefetched ], [ %1117, %partial ]
	%1282 = phi float [ %674, %prefetched ], [ %1129, %partial ]
	%1283 = phi float [ %675, %prefetched ], [ %1141, %partial ]
	%1284 = phi float [ %676, %prefetched ], [ %1153, %partial ]
	%1285 = phi float [ %677, %prefetched ], [ %1165, %partial ]
	%1286 = phi float [ %678, %prefetched ], [ %1177, %partial ]
	%1287 = phi float [ %679, %prefetched ], [ %1189, %partial ]
	%1288 = phi float [ %680, %prefetched ], [ %1201, %partial ]
	%1289 = phi float [ %681, %prefetched ], [ %1213, %partial ]
	%1290 = phi float [ %682, %prefetched ], [ %1225, %partial ]
	%1291 = phi float [ %683, %prefetched ], [ %1237, %partial ]
	%1292 = phi float [ %684, %prefetched ], [ %1249, %partial ]
	%1293 = phi float [ %685, %prefetched ], [ %1261, %partial ]
	%1294 = call float @llvm.nvvm.fmax.f(float %1262, float %1263)
	%1295 = call float @llvm.nvvm.fmax.f(float %1266, float %1267)
	%1296 = call float @llvm.nvvm.fmax.f(float %1270, float %1271)
	%1297 = call float @llvm.nvvm.fmax.f(float %1274, float %1275)
	%1298 = call float @llvm.nvvm.fmax.f(float %1278, float %1279)
	%1299 = call float @llvm.nvvm.fmax.f(float %1282, float %1283)
	%1300 = call float @llvm.nvvm.fmax.f(float %1286, float %1287)
	%1301 = call float @llvm.nvvm.fmax.f(float %1290, float %1291)
	%1302 = call float @llvm.nvvm.fmax.f(float %1294, float %1295)
	%1303 = call float @llvm.nvvm.fmax.f(float %1296, float %1297)
	%1304 = call float @llvm.nvvm.fmax.f(float %1298, float %1299)
	%1305 = call float @llvm.nvvm.fmax.f(float %1300, float %1301)
	%1306 = call float @llvm.nvvm.fmax.f(float %1302, float %1303)
	%1307 = call float @llvm.nvvm.fmax.f(float %1304, float %1305)
	%1308 = call float @llvm.nvvm.fmax.f(float %1306, float %1307)
	%1309 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1308, i32 1, i32 31)
	%1310 = call float @llvm.nvvm.fmax.f(float %1308, float %1309)
	%1311 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1310, i32 2, i32 31)
	%1312 = call float @llvm.nvvm.fmax.f(float %1310, float %1311)
	%1313 = fmul float %1312, 0x3FC0527DC0000000
	%1314 = call float @llvm.nvvm.fmax.f(float %262, float %1313)
	%1315 = fadd float %262, 8.0
	%1316 = fcmp ogt float %1314, %1315
	%1317 = or i1 false, %1316
	%1318 = call float @llvm.nvvm.fmax.f(float %1264, float %1265)
	%1319 = call float @llvm.nvvm.fmax.f(float %1268, float %1269)
	%1320 = call float @llvm.nvvm.fmax.f(float %1272, float %1273)
	%1321 = call float @llvm.nvvm.fmax.f(float %1276, float %1277)
	%1322 = call float @llvm.nvvm.fmax.f(float %1280, float %1281)
	%1323 = call float @llvm.nvvm.fmax.f(float %1284, float %1285)
	%1324 = call float @llvm.nvvm.fmax.f(float %1288, float %1289)
	%1325 = call float @llvm.nvvm.fmax.f(float %1292, float %1293)
	%1326 = call float @llvm.nvvm.fmax.f(float %1318, float %1319)
	%1327 = call float @llvm.nvvm.fmax.f(float %1320, float %1321)
	%1328 = call float @llvm.nvvm.fmax.f(float %1322, float %1323)
	%1329 = call float @llvm.nvvm.fmax.f(float %1324, float %1325)
	%1330 = call float @llvm.nvvm.fmax.f(float %1326, float %1327)
	%1331 = call float @llvm.nvvm.fmax.f(float %1328, float %1329)
	%1332 = call float @llvm.nvvm.fmax.f(float %1330, float %1331)
	%1333 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1332, i32 1, i32 31)
	%1334 = call float @llvm.nvvm.fmax.f(float %1332, float %1333)
	%1335 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1334, i32 2, i32 31)
	%1336 = call float @llvm.nvvm.fmax.f(float %1334, float %1335)
	%1337 = fmul float %1336, 0x3FC0527DC0000000
	%1338 = call float @llvm.nvvm.fmax.f(float %264, float %1337)
	%1339 = fadd float %264, 8.0
	%1340 = fcmp ogt float %1338, %1339
	%1341 = or i1 %1317, %1340
	%1342 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1341)
	br i1 %1342, label %1343, label %1418

1343:
	%1344 = fcmp oeq float %1314, 0xFFF0000000000000
	%1345 = select i1 %1344, float 0.0, float %1314
	%1346 = fsub float %262, %1345
	%1347 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1346)
	%1348 = fcmp oeq float %1338, 0xFFF0000000000000
	%1349 = select i1 %1348, float 0.0, float %1338
	%1350 = fsub float %264, %1349
	%1351 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1350)
	%1352 = fmul float %198, %1347
	%1353 = fmul float %199, %1347
	%1354 = fmul float %200, %1351
	%1355 = fmul float %201, %1351
	%1356 = fmul float %202, %1347
	%1357 = fmul float %203, %1347
	%1358 = fmul float %204, %1351
	%1359 = fmul float %205, %1351
	%1360 = fmul float %206, %1347
	%1361 = fmul float %207, %1347
	%1362 = fmul float %208, %1351
	%1363 = fmul float %209, %1351
	%1364 = fmul float %210, %1347
	%1365 = fmul float %211, %1347
	%1366 = fmul float %212, %1351
	%1367 = fmul float %213, %1351
	%1368 = fmul float %214, %1347
	%1369 = fmul float %215, %1347
	%1370 = fmul float %216, %1351
	%1371 = fmul float %217, %1351
	%1372 = fmul float %218, %1347
	%1373 = fmul float %219, %1347
	%1374 = fmul float %220, %1351
	%1375 = fmul float %221, %1351
	%1376 = fmul float %222, %1347
	%1377 = fmul float %223, %1347
	%1378 = fmul float %224, %1351
	%1379 = fmul float %225, %1351
	%1380 = fmul float %226, %1347
	%1381 = fmul float %227, %1347
	%1382 = fmul float %228, %1351
	%1383 = fmul float %229, %1351
	%1384 = fmul float %230, %1347
	%1385 = fmul float %231, %1347
	%1386 = fmul float %232, %1351
	%1387 = fmul float %233, %1351
	%1388 = fmul float %234, %1347
	%1389 = fmul float %235, %1347
	%1390 = fmul float %236, %1351
	%1391 = fmul float %237, %1351
	%1392 = fmul float %238, %1347
	%1393 = fmul float %239, %1347
	%1394 = fmul float %240, %1351
	%1395 = fmul float %241, %1351
	%1396 = fmul float %242, %1347
	%1397 = fmul float %243, %1347
	%1398 = fmul float %244, %1351
	%1399 = fmul float %245, %1351
	%1400 = fmul float %246, %1347
	%1401 = fmul float %247, %1347
	%1402 = fmul float %248, %1351
	%1403 = fmul float %249, %1351
	%1404 = fmul float %250, %1347
	%1405 = fmul float %251, %1347
	%1406 = fmul float %252, %1351
	%1407 = fmul float %253, %1351
	%1408 = fmul float %254, %1347
	%1409 = fmul float %255, %1347
	%1410 = fmul float %256, %1351
	%1411 = fmul float %257, %1351
	%1412 = fmul float %258, %1347
	%1413 = fmul float %259, %1347
	%1414 = fmul float %260, %1351
	%1415 = fmul float %261, %1351
	%1416 = fmul float %263, %1347
	%1417 = fmul float %265, %1351
	br label %1418

1418:
	%1419 = phi float [ %198, %softmax ], [ %1352, %1343 ]
	%1420 = phi float [ %199, %softmax ], [ %1353, %1343 ]
	%1421 = phi float [ %200, %softmax ], [ %1354, %1343 ]
	%1422 = phi float [ %201, %softmax ], [ %1355, %1343 ]
	%1423 = phi float [ %202, %softmax ], [ %1356, %1343 ]
	%1424 = phi float [ %203, %softmax ], [ %1357, %1343 ]
	%1425 = phi float [ %204, %softmax ], [ %1358, %1343 ]
	%1426 = phi float [ %205, %softmax ], [ %1359, %1343 ]
	%1427 = phi float [ %206, %softmax ], [ %1360, %1343 ]
	%1428 = phi float [ %207, %softmax ], [ %1361, %1343 ]
	%1429 = phi float [ %208, %softmax ], [ %1362, %1343 ]
	%1430 = phi float [ %209, %softmax ], [ %1363, %1343 ]
	%1431 = phi float [ %210, %softmax ], [ %1364, %1343 ]
	%1432 = phi float [ %211, %softmax ], [ %1365, %1343 ]
	%1433 = phi float [ %212, %softmax ], [ %1366, %1343 ]
	%1434 = phi float [ %213, %softmax ], [ %1367, %1343 ]
	%1435 = phi float [ %214, %softmax ], [ %1368, %1343 ]
	%1436 = phi float [ %215, %softmax ], [ %1369, %1343 ]
	%1437 = phi float [ %216, %softmax ], [ %1370, %1343 ]
	%1438 = phi float [ %217, %softmax ], [ %1371, %1343 ]
	%1439 = phi float [ %218, %softmax ], [ %1372, %1343 ]
	%1440 = phi float [ %219, %softmax ], [ %1373, %1343 ]
	%1441 = phi float [ %220, %softmax ], [ %1374, %1343 ]
	%1442 = phi float [ %221, %softmax ], [ %1375, %1343 ]
	%1443 = phi float [ %222, %softmax ], [ %1376, %1343 ]
	%1444 = phi float [ %223, %softmax ], [ %1377, %1343 ]
	%1445 = phi float [ %224, %softmax ], [ %1378, %1343 ]
	%1446 = phi float [ %225, %softmax ], [ %1379, %1343 ]
	%1447 = phi float [ %226, %softmax ], [ %1380, %1343 ]
	%1448 = phi float [ %227, %softmax ], [ %1381, %1343 ]
	%1449 = phi float [ %228, %softmax ], [ %1382, %1343 ]
	%1450 = phi float [ %229, %softmax ], [ %1383, %1343 ]
	%1451 = phi float [ %230, %softmax ], [ %1384, %1343 ]
	%1452 = phi float [ %231, %softmax ], [ %1385, %1343 ]
	%1453 = phi float [ %232, %softmax ], [ %1386, %1343 ]
	%1454 = phi float [ %233, %softmax ], [ %1387, %1343 ]
	%1455 = phi float [ %234, %softmax ], [ %1388, %1343 ]
	%1456 = phi float [ %235, %softmax ], [ %1389, %1343 ]
	%1457 = phi float [ %236, %softmax ], [ %1390, %1343 ]
	%1458 = phi float [ %237, %softmax ], [ %1391, %1343 ]
	%1459 = phi float [ %238, %softmax ], [ %1392, %1343 ]
	%1460 = phi float [ %239, %softmax ], [ %1393, %1343 ]
	%1461 = phi float [ %240, %softmax ], [ %1394, %1343 ]
	%1462 = phi float [ %241, %softmax ], [ %1395, %1343 ]
	%1463 = phi float [ %242, %softmax ], [ %1396, %1343 ]
	%1464 = phi float [ %243, %softmax ], [ %1397, %1343 ]
	%1465 = phi float [ %244, %softmax ], [ %1398, %1343 ]
	%1466 = phi float [ %245, %softmax ], [ %1399, %1343 ]
	%1467 = phi float [ %246, %softmax ], [ %1400, %1343 ]
	%1468 = phi float [ %247, %softmax ], [ %1401, %1343 ]
	%1469 = phi float [ %248, %softmax ], [ %1402, %1343 ]
	%1470 = phi float [ %249, %softmax ], [ %1403, %1343 ]
	%1471 = phi float [ %250, %softmax ], [ %1404, %1343 ]
	%1472 = phi float [ %251, %softmax ], [ %1405, %1343 ]
	%1473 = phi float [ %252, %softmax ], [ %1406, %1343 ]
	%1474 = phi float [ %253, %softmax ], [ %1407, %1343 ]
	%1475 = phi float [ %254, %softmax ], [ %1408, %1343 ]
	%1476 = phi float [ %255, %softmax ], [ %1409, %1343 ]
	%1477 = phi float [ %256, %softmax ], [ %1410, %1343 ]
	%1478 = phi float [ %257, %softmax ], [ %1411, %1343 ]
	%1479 = phi float [ %258, %softmax ], [ %1412, %1343 ]
	%1480 = phi float [ %259, %softmax ], [ %1413, %1343 ]
	%1481 = phi float [ %260, %softmax ], [ %1414, %1343 ]
	%1482 = phi float [ %261, %softmax ], [ %1415, %1343 ]
	%1483 = phi float [ %263, %softmax ], [ %1416, %1343 ]
	%1484 = phi float [ %265, %softmax ], [ %1417, %1343 ]
	%1485 = select i1 %1342, float %1314, float %262
	%1486 = fcmp oeq float %1485, 0xFFF0000000000000
	%1487 = select i1 %1486, float 0.0, float %1485
	%1488 = fneg float %1487
	%1489 = call float @llvm.fma.f32(float %1262, float 0x3FC0527DC0000000, float %1488)
	%1490 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1489)
	%1491 = call float @llvm.fma.f32(float %1263, float 0x3FC0527DC0000000, float %1488)
	%1492 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1491)
	%1493 = call float @llvm.fma.f32(float %1266, float 0x3FC0527DC0000000, float %1488)
	%1494 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1493)
	%1495 = call float @llvm.fma.f32(float %1267, float 0x3FC0527DC0000000, float %1488)
	%1496 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1495)
	%1497 = call float @llvm.fma.f32(float %1270, float 0x3FC0527DC0000000, float %1488)
	%1498 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1497)
	%1499 = call float @llvm.fma.f32(float %1271, float 0x3FC0527DC0000000, float %1488)
	%1500 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1499)
	%1501 = call float @llvm.fma.f32(float %1274, float 0x3FC0527DC0000000, float %1488)
	%1502 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1501)
	%1503 = call float @llvm.fma.f32(float %1275, float 0x3FC0527DC0000000, float %1488)
	%1504 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1503)
	%1505 = call float @llvm.fma.f32(float %1278, float 0x3FC0527DC0000000, float %1488)
	%1506 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1505)
	%1507 = call float @llvm.fma.f32(float %1279, float 0x3FC0527DC0000000, float %1488)
	%1508 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1507)
	%1509 = call float @llvm.fma.f32(float %1282, float 0x3FC0527DC0000000, float %1488)
	%1510 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1509)
	%1511 = call float @llvm.fma.f32(float %1283, float 0x3FC0527DC0000000, float %1488)
	%1512 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1511)
	%1513 = call float @llvm.fma.f32(float %1286, float 0x3FC0527DC0000000, float %1488)
	%1514 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1513)
	%1515 = call float @llvm.fma.f32(float %1287, float 0x3FC0527DC0000000, float %1488)
	%1516 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1515)
	%1517 = call float @llvm.fma.f32(float %1290, float 0x3FC0527DC0000000, float %1488)
	%1518 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1517)
	%1519 = call float @llvm.fma.f32(float %1291, float 0x3FC0527DC0000000, float %1488)
	%1520 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1519)
	%1521 = fadd float %1490, %1492
	%1522 = fadd float %1494, %1496
	%1523 = fadd float %1498, %1500
	%1524 = fadd float %1502, %1504
	%1525 = fadd float %1506, %1508
	%1526 = fadd float %1510, %1512
	%1527 = fadd float %1514, %1516
	%1528 = fadd float %1518, %1520
	%1529 = fadd float %1521, %1522
	%1530 = fadd float %1523, %1524
	%1531 = fadd float %1525, %1526
	%1532 = fadd float %1527, %1528
	%1533 = fadd float %1529, %1530
	%1534 = fadd float %1531, %1532
	%1535 = fadd float %1533, %1534
	%1536 = fadd float %1483, %1535
	%1537 = select i1 %1342, float %1338, float %264
	%1538 = fcmp oeq float %1537, 0xFFF0000000000000
	%1539 = select i1 %1538, float 0.0, float %1537
	%1540 = fneg float %1539
	%1541 = call float @llvm.fma.f32(float %1264, float 0x3FC0527DC0000000, float %1540)
	%1542 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1541)
	%1543 = call float @llvm.fma.f32(float %1265, float 0x3FC0527DC0000000, float %1540)
	%1544 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1543)
	%1545 = call float @llvm.fma.f32(float %1268, float 0x3FC0527DC0000000, float %1540)
	%1546 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1545)
	%1547 = call float @llvm.fma.f32(float %1269, float 0x3FC0527DC0000000, float %1540)
	%1548 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1547)
	%1549 = call float @llvm.fma.f32(float %1272, float 0x3FC0527DC0000000, float %1540)
	%1550 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1549)
	%1551 = call float @llvm.fma.f32(float %1273, float 0x3FC0527DC0000000, float %1540)
	%1552 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1551)
	%1553 = call float @llvm.fma.f32(float %1276, float 0x3FC0527DC0000000, float %1540)
	%1554 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1553)
	%1555 = call float @llvm.fma.f32(float %1277, float 0x3FC0527DC0000000, float %1540)
	%1556 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1555)
	%1557 = call float @llvm.fma.f32(float %1280, float 0x3FC0527DC0000000, float %1540)
	%1558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1557)
	%1559 = call float @llvm.fma.f32(float %1281, float 0x3FC0527DC0000000, float %1540)
	%1560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1559)
	%1561 = call float @llvm.fma.f32(float %1284, float 0x3FC0527DC0000000, float %1540)
	%1562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1561)
	%1563 = call float @llvm.fma.f32(float %1285, float 0x3FC0527DC0000000, float %1540)
	%1564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1563)
	%1565 = call float @llvm.fma.f32(float %1288, float 0x3FC0527DC0000000, float %1540)
	%1566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1565)
	%1567 = call float @llvm.fma.f32(float %1289, float 0x3FC0527DC0000000, float %1540)
	%1568 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1567)
	%1569 = call float @llvm.fma.f32(float %1292, float 0x3FC0527DC0000000, float %1540)
	%1570 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1569)
	%1571 = call float @llvm.fma.f32(float %1293, float 0x3FC0527DC0000000, float %1540)
	%1572 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1571)
	%1573 = fadd float %1542, %1544
	%1574 = fadd float %1546, %1548
	%1575 = fadd float %1550, %1552
	%1576 = fadd float %1554, %1556
	%1577 = fadd float %1558, %1560
	%1578 = fadd float %1562, %1564
	%1579 = fadd float %1566, %1568
	%1580 = fadd float %1570, %1572
	%1581 = fadd float %1573, %1574
	%1582 = fadd float %1575, %1576
	%1583 = fadd float %1577, %1578
	%1584 = fadd float %1579, %1580
	%1585 = fadd float %1581, %1582
	%1586 = fadd float %1583, %1584
	%1587 = fadd float %1585, %1586
	%1588 = fadd float %1484, %1587
	call void asm sideeffect "cp.async.wait_group 1;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
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
	%1600 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1492, float %1490)
	%1601 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1544, float %1542)
	%1602 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1496, float %1494)
	%1603 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1548, float %1546)
	%1604 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1500, float %1498)
	%1605 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1552, float %1550)
	%1606 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1504, float %1502)
	%1607 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1556, float %1554)
	%1608 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1508, float %1506)
	%1609 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1560, float %1558)
	%1610 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1512, float %1510)
	%1611 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1564, float %1562)
	%1612 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1516, float %1514)
	%1613 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1568, float %1566)
	%1614 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1520, float %1518)
	%1615 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1572, float %1570)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1616 = add i32 %8, 0
	%1617 = zext i32 %1616 to i64
	%1618 = or i64 %1617, u0x4000004002000000
	%1619 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1419, float %1420, float %1421, float %1422, float %1423, float %1424, float %1425, float %1426, float %1427, float %1428, float %1429, float %1430, float %1431, float %1432, float %1433, float %1434, float %1435, float %1436, float %1437, float %1438, float %1439, float %1440, float %1441, float %1442, float %1443, float %1444, float %1445, float %1446, float %1447, float %1448, float %1449, float %1450, float %1451, float %1452, float %1453, float %1454, float %1455, float %1456, float %1457, float %1458, float %1459, float %1460, float %1461, float %1462, float %1463, float %1464, float %1465, float %1466, float %1467, float %1468, float %1469, float %1470, float %1471, float %1472, float %1473, float %1474, float %1475, float %1476, float %1477, float %1478, float %1479, float %1480, float %1481, float %1482, i32 %1600, i32 %1601, i32 %1602, i32 %1603, i64 %1618, i32 1)
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
	br i1 %341, label %loop, label %epilogue

store0:
	%1952 = mul i32 %17, %M
	%1953 = add i32 %1952, %763
	%1954 = mul i32 %1953, 128
	%1955 = shl i32 %13, 1
	%1956 = add i32 0, %1955
	%1957 = add i32 %1954, %1956
	%1958 = sext i32 %1957 to i64
	%1959 = getelementptr i16, i16* %out, i64 %1958
	%1960 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %765, float %764)
	%1961 = bitcast i16* %1959 to i32*
	store i32 %1960, i32* %1961
	%1962 = shl i32 %13, 1
	%1963 = add i32 8, %1962
	%1964 = add i32 %1954, %1963
	%1965 = sext i32 %1964 to i64
	%1966 = getelementptr i16, i16* %out, i64 %1965
	%1967 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %767, float %766)
	%1968 = bitcast i16* %1966 to i32*
	store i32 %1967, i32* %1968
	%1969 = shl i32 %13, 1
	%1970 = add i32 16, %1969
	%1971 = add i32 %1954, %1970
	%1972 = sext i32 %1971 to i64
	%1973 = getelementptr i16, i16* %out, i64 %1972
	%1974 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %769, float %768)
	%1975 = bitcast i16* %1973 to i32*
	store i32 %1974, i32* %1975
	%1976 = shl i32 %13, 1
	%1977 = add i32 24, %1976
	%1978 = add i32 %1954, %1977
	%1979 = sext i32 %1978 to i64
	%1980 = getelementptr i16, i16* %out, i64 %1979
	%1981 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %771, float %770)
	%1982 = bitcast i16* %1980 to i32*
	store i32 %1981, i32* %1982
	%1983 = shl i32 %13, 1
	%1984 = add i32 32, %1983
	%1985 = add i32 %1954, %1984
	%1986 = sext i32 %1985 to i64
	%1987 = getelementptr i16, i16* %out, i64 %1986
	%1988 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %773, float %772)
	%1989 = bitcast i16* %1987 to i32*
	store i32 %1988, i32* %1989
	%1990 = shl i32 %13, 1
	%1991 = add i32 40, %1990
	%1992 = add i32 %1954, %1991
	%1993 = sext i32 %1992 to i64
	%1994 = getelementptr i16, i16* %out, i64 %1993
	%1995 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %775, float %774)
	%1996 = bitcast i16* %1994 to i32*
	store i32 %1995, i32* %1996
	%1997 = shl i32 %13, 1
	%1998 = add i32 48, %1997
	%1999 = add i32 %1954, %1998
	%2000 = sext i32 %1999 to i64
	%2001 = getelementptr i16, i16* %out, i64 %2000
	%2002 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %777, float %776)
	%2003 = bitcast i16* %2001 to i32*
	store i32 %2002, i32* %2003
	%2004 = shl i32 %13, 1
	%2005 = add i32 56, %2004
	%2006 = add i32 %1954, %2005
	%2007 = sext i32 %2006 to i64
	%2008 = getelementptr i16, i16* %out, i64 %2007
	%2009 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %779, float %778)
	%2010 = bitcast i16* %2008 to i32*
	store i32 %2009, i32* %2010
	%2011 = shl i32 %13, 1
	%2012 = add i32 64, %2011
	%2013 = add i32 %1954, %2012
	%2014 = sext i32 %2013 to i64
	%2015 = getelementptr i16, i16* %out, i64 %2014
	%2016 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %781, float %780)
	%2017 = bitcast i16* %2015 to i32*
	store i32 %2016, i32* %2017
	%2018 = shl i32 %13, 1
	%2019 = add i32 72, %2018
	%2020 = add i32 %1954, %2019
	%2021 = sext i32 %2020 to i64
	%2022 = getelementptr i16, i16* %out, i64 %2021
	%2023 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %783, float %782)
	%2024 = bitcast i16* %2022 to i32*
	store i32 %2023, i32* %2024
	%2025 = shl i32 %13, 1
	%2026 = add i32 80, %2025
	%2027 = add i32 %1954, %2026
	%2028 = sext i32 %2027 to i64
	%2029 = getelementptr i16, i16* %out, i64 %2028
	%2030 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %785, float %784)
	%2031 = bitcast i16* %2029 to i32*
	store i32 %2030, i32* %2031
	%2032 = shl i32 %13, 1
	%2033 = add i32 88, %2032
	%2034 = add i32 %1954, %2033
	%2035 = sext i32 %2034 to i64
	%2036 = getelementptr i16, i16* %out, i64 %2035
	%2037 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %787, float %786)
	%2038 = bitcast i16* %2036 to i32*
	store i32 %2037, i32* %2038
	%2039 = shl i32 %13, 1
	%2040 = add i32 96, %2039
	%2041 = add i32 %1954, %2040
	%2042 = sext i32 %2041 to i64
	%2043 = getelementptr i16, i16* %out, i64 %2042
	%2044 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %789, float %788)
	%2045 = bitcast i16* %2043 to i32*
	store i32 %2044, i32* %2045
	%2046 = shl i32 %13, 1
	%2047 = add i32 104, %2046
	%2048 = add i32 %1954, %2047
	%2049 = sext i32 %2048 to i64
	%2050 = getelementptr i16, i16* %out, i64 %2049
	%2051 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %791, float %790)
	%2052 = bitcast i16* %2050 to i32*
	store i32 %2051, i32* %2052
	%2053 = shl i32 %13, 1
	%2054 = add i32 112, %2053
	%2055 = add i32 %1954, %2054
	%2056 = sext i32 %2055 to i64
	%2057 = getelementptr i16, i16* %out, i64 %2056
	%2058 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %793, float %792)
	%2059 = bitcast i16* %2057 to i32*
	store i32 %2058, i32* %2059
	%2060 = shl i32 %13, 1
	%2061 = add i32 120, %2060
	%2062 = add i32 %1954, %2061
	%2063 = sext i32 %2062 to i64
	%2064 = getelementptr i16, i16* %out, i64 %2063
	%2065 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %795, float %794)
	%2066 = bitcast i16* %2064 to i32*
	store i32 %2065, i32* %2066
	br label %stored0

stored0:
	%2067 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %687, i32 1, i32 31)
	%2068 = fadd float %687, %2067
	%2069 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2068, i32 2, i32 31)
	%2070 = fadd float %2068, %2069
	%2071 = fcmp ogt float %2070, 0.0
	%2072 = fdiv float 1.0, %2070
	%2073 = select i1 %2071, float %2072, float 0.0
	%2074 = mul i32 %10, 16
	%2075 = add i32 %19, %2074
	%2076 = add i32 %12, 8
	%2077 = add i32 %2075, %2076
	%2078 = fmul float %691, %2073
	%2079 = fmul float %692, %2073
	%2080 = fmul float %695, %2073
	%2081 = fmul float %696, %2073
	%2082 = fmul float %699, %2073
	%2083 = fmul float %700, %2073
	%2084 = fmul float %703, %2073
	%2085 = fmul float %704, %2073
	%2086 = fmul float %707, %2073
	%2087 = fmul float %708, %2073
	%2088 = fmul float %711, %2073
	%2089 = fmul float %712, %2073
	%2090 = fmul float %715, %2073
	%2091 = fmul float %716, %2073
	%2092 = fmul float %719, %2073
	%2093 = fmul float %720, %2073
	%2094 = fmul float %723, %2073
	%2095 = fmul float %724, %2073
	%2096 = fmul float %727, %2073
	%2097 = fmul float %728, %2073
	%2098 = fmul float %731, %2073
	%2099 = fmul float %732, %2073
	%2100 = fmul float %735, %2073
	%2101 = fmul float %736, %2073
	%2102 = fmul float %739, %2073
	%2103 = fmul float %740, %2073
	%2104 = fmul float %743, %2073
	%2105 = fmul float %744, %2073
	%2106 = fmul float %747, %2073
	%2107 = fmul float %748, %2073
	%2108 = fmul float %751, %2073
	%2109 = fmul float %752, %2073
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
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @prefill_attn0, !"minctasm", i32 3}
