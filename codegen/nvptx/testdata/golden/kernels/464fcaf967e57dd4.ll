define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [49152 x i8] addrspace(3)* @$K_smem to i32
	%1 = add i32 %0, u0x2000
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
	%12 = lshr i32 %10, 2
	%13 = mul i32 %12, 512
	%14 = add i32 %4, %13
	%15 = lshr i32 %11, 2
	%16 = and i32 %11, 3
	%17 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%18 = mul i32 %17, %NQ
	%19 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%20 = add i32 %18, %19
	%21 = mul i32 %hg, %NQ
	%22 = udiv i32 %20, %21
	%23 = urem i32 %20, %21
	%24 = mul i32 %22, %hg
	%25 = sub i32 %H, %24
	%26 = icmp slt i32 %hg, %25
	%27 = select i1 %26, i32 %hg, i32 %25
	%28 = sub i32 %NQ, 1
	%29 = udiv i32 %23, %27
	%30 = sub i32 %28, %29
	%31 = urem i32 %23, %27
	%32 = add i32 %24, %31
	%33 = sdiv i32 %32, %group
	%34 = mul i32 %30, 128
	%35 = mul i32 %32, %M
	%36 = mul i32 %35, 64
	%37 = sext i32 %36 to i64
	%38 = getelementptr i16, i16* %q, i64 %37
	%39 = mul i32 %33, %N
	%40 = mul i32 %39, 64
	%41 = sext i32 %40 to i64
	%42 = getelementptr i16, i16* %k, i64 %41
	%43 = mul i32 %33, %N
	%44 = mul i32 %43, 64
	%45 = sext i32 %44 to i64
	%46 = getelementptr i16, i16* %v, i64 %45
	%47 = udiv i32 %32, %lh
	%48 = mul i32 %47, %NQ
	%49 = add i32 %48, %30
	%50 = mul i32 %49, 2
	%51 = mul i32 %50, %NK
	%52 = mul i32 %32, %ch
	%53 = mul i32 %52, %NQ
	%54 = add i32 %53, %30
	%55 = mul i32 %54, %NK
	%56 = add i32 %51, 0
	%57 = sext i32 %56 to i64
	%58 = getelementptr i32, i32* %list, i64 %57
	%59 = load i32, i32* %58
	%60 = icmp sgt i32 %NK, 0
	%61 = icmp sge i32 %59, 0
	%62 = and i1 %60, %61
	%63 = icmp slt i32 1, %NK
	%64 = and i1 %62, %63
	%65 = select i1 %64, i32 1, i32 0
	%66 = add i32 %51, %65
	%67 = sext i32 %66 to i64
	%68 = getelementptr i32, i32* %list, i64 %67
	%69 = load i32, i32* %68
	%70 = select i1 %64, i32 %69, i32 -1
	%71 = icmp sge i32 %59, 0
	%72 = icmp slt i32 %59, %NK
	%73 = and i1 %71, %72
	%74 = select i1 %73, i32 %59, i32 0
	%75 = add i32 %55, %74
	%76 = sext i32 %75 to i64
	%77 = getelementptr i8, i8* %cls, i64 %76
	%78 = load i8, i8* %77
	%79 = lshr i32 %9, 3
	%80 = and i32 %9, 7
	%81 = lshr i32 %80, 3
	%82 = mul i32 %81, u0x4000
	%83 = and i32 %80, 7
	%84 = and i32 %79, 7
	%85 = xor i32 %83, %84
	%86 = mul i32 %79, 128
	%87 = shl i32 %85, 4
	%88 = add i32 %86, %87
	%89 = add i32 %82, %88
	%90 = add i32 %2, %89
	%91 = add i32 %34, %79
	%92 = mul i32 %91, 64
	%93 = mul i32 %80, 8
	%94 = add i32 %92, %93
	%95 = sext i32 %94 to i64
	%96 = getelementptr i16, i16* %38, i64 %95
	%97 = add i32 %91, 0
	%98 = icmp slt i32 %97, %M
	%99 = getelementptr i16, i16* %96, i64 0
	%100 = select i1 %98, i16* %99, i16* %38
	%101 = add i32 %90, 0
	%102 = select i1 %98, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %101, i16* %100, i32 %102)
	%103 = add i32 %91, 32
	%104 = icmp slt i32 %103, %M
	%105 = getelementptr i16, i16* %96, i64 2048
	%106 = select i1 %104, i16* %105, i16* %38
	%107 = add i32 %90, u0x1000
	%108 = select i1 %104, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %107, i16* %106, i32 %108)
	%109 = add i32 %91, 64
	%110 = icmp slt i32 %109, %M
	%111 = getelementptr i16, i16* %96, i64 u0x1000
	%112 = select i1 %110, i16* %111, i16* %38
	%113 = add i32 %90, u0x2000
	%114 = select i1 %110, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %113, i16* %112, i32 %114)
	%115 = add i32 %91, 96
	%116 = icmp slt i32 %115, %M
	%117 = getelementptr i16, i16* %96, i64 6144
	%118 = select i1 %116, i16* %117, i16* %38
	%119 = add i32 %90, 12288
	%120 = select i1 %116, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %119, i16* %118, i32 %120)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %62, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%121 = and i32 %11, 7
	%122 = lshr i32 %11, 3
	%123 = and i32 %122, 1
	%124 = shl i32 %123, 3
	%125 = add i32 %121, %124
	%126 = lshr i32 %11, 4
	%127 = mul i32 %10, 16
	%128 = add i32 %125, 0
	%129 = add i32 %127, %128
	%130 = mul i32 %129, 128
	%131 = add i32 %2, %130
	%132 = and i32 %11, 7
	%133 = xor i32 %126, %132
	%134 = shl i32 %133, 4
	%135 = add i32 %131, %134
	%136 = mul i32 %59, 64
	%137 = lshr i32 %9, 3
	%138 = and i32 %9, 7
	%139 = lshr i32 %138, 3
	%140 = mul i32 %139, u0x2000
	%141 = and i32 %138, 7
	%142 = and i32 %137, 7
	%143 = xor i32 %141, %142
	%144 = mul i32 %137, 128
	%145 = shl i32 %143, 4
	%146 = add i32 %144, %145
	%147 = add i32 %140, %146
	%148 = add i32 %0, %147
	%149 = add i32 %136, %137
	%150 = mul i32 %149, 64
	%151 = mul i32 %138, 8
	%152 = add i32 %150, %151
	%153 = sext i32 %152 to i64
	%154 = getelementptr i16, i16* %42, i64 %153
	%155 = add i32 %149, 0
	%156 = icmp slt i32 %155, %N
	%157 = getelementptr i16, i16* %154, i64 0
	%158 = select i1 %156, i16* %157, i16* %42
	%159 = add i32 %148, 0
	%160 = select i1 %156, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %159, i16* %158, i32 %160)
	%161 = add i32 %149, 32
	%162 = icmp slt i32 %161, %N
	%163 = getelementptr i16, i16* %154, i64 2048
	%164 = select i1 %162, i16* %163, i16* %42
	%165 = add i32 %148, u0x1000
	%166 = select i1 %162, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %165, i16* %164, i32 %166)
	%167 = add i32 %1, u0x4000
	%168 = lshr i32 %9, 3
	%169 = and i32 %9, 7
	%170 = lshr i32 %169, 3
	%171 = mul i32 %170, u0x2000
	%172 = and i32 %169, 7
	%173 = and i32 %168, 7
	%174 = xor i32 %172, %173
	%175 = mul i32 %168, 128
	%176 = shl i32 %174, 4
	%177 = add i32 %175, %176
	%178 = add i32 %171, %177
	%179 = add i32 %167, %178
	%180 = add i32 %N, %168
	%181 = mul i32 %180, 64
	%182 = mul i32 %169, 8
	%183 = add i32 %181, %182
	%184 = sext i32 %183 to i64
	%185 = getelementptr i16, i16* %46, i64 %184
	%186 = add i32 %180, 0
	%187 = icmp slt i32 %186, %N
	%188 = getelementptr i16, i16* %185, i64 0
	%189 = select i1 %187, i16* %188, i16* %46
	%190 = add i32 %179, 0
	%191 = select i1 %187, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %190, i16* %189, i32 %191)
	%192 = add i32 %180, 32
	%193 = icmp slt i32 %192, %N
	%194 = getelementptr i16, i16* %185, i64 2048
	%195 = select i1 %193, i16* %194, i16* %46
	%196 = add i32 %179, u0x1000
	%197 = select i1 %193, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %196, i16* %195, i32 %197)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%198 = phi i32 [ 0, %prologue ], [ %261, %1816 ]
	%199 = phi i32 [ %59, %prologue ], [ %200, %1816 ]
	%200 = phi i32 [ %70, %prologue ], [ %271, %1816 ]
	%201 = phi i8 [ %78, %prologue ], [ %279, %1816 ]
	%202 = phi float [ 0.0, %prologue ], [ %1817, %1816 ]
	%203 = phi float [ 0.0, %prologue ], [ %1818, %1816 ]
	%204 = phi float [ 0.0, %prologue ], [ %1819, %1816 ]
	%205 = phi float [ 0.0, %prologue ], [ %1820, %1816 ]
	%206 = phi float [ 0.0, %prologue ], [ %1821, %1816 ]
	%207 = phi float [ 0.0, %prologue ], [ %1822, %1816 ]
	%208 = phi float [ 0.0, %prologue ], [ %1823, %1816 ]
	%209 = phi float [ 0.0, %prologue ], [ %1824, %1816 ]
	%210 = phi float [ 0.0, %prologue ], [ %1825, %1816 ]
	%211 = phi float [ 0.0, %prologue ], [ %1826, %1816 ]
	%212 = phi float [ 0.0, %prologue ], [ %1827, %1816 ]
	%213 = phi float [ 0.0, %prologue ], [ %1828, %1816 ]
	%214 = phi float [ 0.0, %prologue ], [ %1829, %1816 ]
	%215 = phi float [ 0.0, %prologue ], [ %1830, %1816 ]
	%216 = phi float [ 0.0, %prologue ], [ %1831, %1816 ]
	%217 = phi float [ 0.0, %prologue ], [ %1832, %1816 ]
	%218 = phi float [ 0.0, %prologue ], [ %1833, %1816 ]
	%219 = phi float [ 0.0, %prologue ], [ %1834, %1816 ]
	%220 = phi float [ 0.0, %prologue ], [ %1835, %1816 ]
	%221 = phi float [ 0.0, %prologue ], [ %1836, %1816 ]
	%222 = phi float [ 0.0, %prologue ], [ %1837, %1816 ]
	%223 = phi float [ 0.0, %prologue ], [ %1838, %1816 ]
	%224 = phi float [ 0.0, %prologue ], [ %1839, %1816 ]
	%225 = phi float [ 0.0, %prologue ], [ %1840, %1816 ]
	%226 = phi float [ 0.0, %prologue ], [ %1841, %1816 ]
	%227 = phi float [ 0.0, %prologue ], [ %1842, %1816 ]
	%228 = phi float [ 0.0, %prologue ], [ %1843, %1816 ]
	%229 = phi float [ 0.0, %prologue ], [ %1844, %1816 ]
	%230 = phi float [ 0.0, %prologue ], [ %1845, %1816 ]
	%231 = phi float [ 0.0, %prologue ], [ %1846, %1816 ]
	%232 = phi float [ 0.0, %prologue ], [ %1847, %1816 ]
	%233 = phi float [ 0.0, %prologue ], [ %1848, %1816 ]
	%234 = phi float [ 0xFFF0000000000000, %prologue ], [ %1647, %1816 ]
	%235 = phi float [ 0.0, %prologue ], [ %1698, %1816 ]
	%236 = phi float [ 0xFFF0000000000000, %prologue ], [ %1699, %1816 ]
	%237 = phi float [ 0.0, %prologue ], [ %1750, %1816 ]
	%238 = phi i32 [ 0, %prologue ], [ %1849, %1816 ]
	%239 = phi i32 [ 0, %prologue ], [ %1850, %1816 ]
	%240 = phi i32 [ 0, %prologue ], [ %1851, %1816 ]
	%241 = phi i32 [ 0, %prologue ], [ %1852, %1816 ]
	%242 = phi i32 [ 0, %prologue ], [ %1853, %1816 ]
	%243 = phi i32 [ 0, %prologue ], [ %1854, %1816 ]
	%244 = phi i32 [ 0, %prologue ], [ %1855, %1816 ]
	%245 = phi i32 [ 0, %prologue ], [ %1856, %1816 ]
	%246 = phi i32 [ 0, %prologue ], [ %1857, %1816 ]
	%247 = phi i32 [ 0, %prologue ], [ %1858, %1816 ]
	%248 = phi i32 [ 0, %prologue ], [ %1859, %1816 ]
	%249 = phi i32 [ 0, %prologue ], [ %1860, %1816 ]
	%250 = phi i32 [ 0, %prologue ], [ %1861, %1816 ]
	%251 = phi i32 [ 0, %prologue ], [ %1862, %1816 ]
	%252 = phi i32 [ 0, %prologue ], [ %1863, %1816 ]
	%253 = phi i32 [ 0, %prologue ], [ %1864, %1816 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%254 = mul i32 %199, 64
	%255 = and i32 %198, 1
	%256 = mul i32 %255, 1024
	%257 = add i32 %6, %256
	%258 = add i32 %8, %256
	%259 = sub i32 1024, %256
	%260 = add i32 %8, %259
	%261 = add i32 %198, 1
	%262 = icmp sge i32 %200, 0
	%263 = add i32 %198, 2
	%264 = icmp slt i32 %263, %NK
	%265 = and i1 %262, %264
	%266 = select i1 %265, i32 %263, i32 0
	%267 = add i32 %51, %266
	%268 = sext i32 %267 to i64
	%269 = getelementptr i32, i32* %list, i64 %268
	%270 = load i32, i32* %269
	%271 = select i1 %265, i32 %270, i32 -1
	%272 = icmp sge i32 %200, 0
	%273 = icmp slt i32 %200, %NK
	%274 = and i1 %272, %273
	%275 = select i1 %274, i32 %200, i32 0
	%276 = add i32 %55, %275
	%277 = sext i32 %276 to i64
	%278 = getelementptr i8, i8* %cls, i64 %277
	%279 = load i8, i8* %278
	%280 = mul i32 %255, u0x4000
	%281 = add i32 %1, %280
	%282 = lshr i32 %9, 3
	%283 = and i32 %9, 7
	%284 = lshr i32 %283, 3
	%285 = mul i32 %284, u0x2000
	%286 = and i32 %283, 7
	%287 = and i32 %282, 7
	%288 = xor i32 %286, %287
	%289 = mul i32 %282, 128
	%290 = shl i32 %288, 4
	%291 = add i32 %289, %290
	%292 = add i32 %285, %291
	%293 = add i32 %281, %292
	%294 = add i32 %254, %282
	%295 = mul i32 %294, 64
	%296 = mul i32 %283, 8
	%297 = add i32 %295, %296
	%298 = sext i32 %297 to i64
	%299 = getelementptr i16, i16* %46, i64 %298
	%300 = add i32 %294, 0
	%301 = icmp slt i32 %300, %N
	%302 = getelementptr i16, i16* %299, i64 0
	%303 = select i1 %301, i16* %302, i16* %46
	%304 = add i32 %293, 0
	%305 = select i1 %301, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %304, i16* %303, i32 %305)
	%306 = add i32 %294, 32
	%307 = icmp slt i32 %306, %N
	%308 = getelementptr i16, i16* %299, i64 2048
	%309 = select i1 %307, i16* %308, i16* %46
	%310 = add i32 %293, u0x1000
	%311 = select i1 %307, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %310, i16* %309, i32 %311)
	br i1 %262, label %prefetch, label %body

epilogue:
	%312 = phi float [ 0.0, %entry ], [ %1698, %drain ]
	%313 = phi float [ 0.0, %entry ], [ %1750, %drain ]
	%314 = phi i32 [ 0, %entry ], [ %261, %drain ]
	%315 = phi float [ 0.0, %entry ], [ %2009, %drain ]
	%316 = phi float [ 0.0, %entry ], [ %2010, %drain ]
	%317 = phi float [ 0.0, %entry ], [ %2011, %drain ]
	%318 = phi float [ 0.0, %entry ], [ %2012, %drain ]
	%319 = phi float [ 0.0, %entry ], [ %2013, %drain ]
	%320 = phi float [ 0.0, %entry ], [ %2014, %drain ]
	%321 = phi float [ 0.0, %entry ], [ %2015, %drain ]
	%322 = phi float [ 0.0, %entry ], [ %2016, %drain ]
	%323 = phi float [ 0.0, %entry ], [ %2017, %drain ]
	%324 = phi float [ 0.0, %entry ], [ %2018, %drain ]
	%325 = phi float [ 0.0, %entry ], [ %2019, %drain ]
	%326 = phi float [ 0.0, %entry ], [ %2020, %drain ]
	%327 = phi float [ 0.0, %entry ], [ %2021, %drain ]
	%328 = phi float [ 0.0, %entry ], [ %2022, %drain ]
	%329 = phi float [ 0.0, %entry ], [ %2023, %drain ]
	%330 = phi float [ 0.0, %entry ], [ %2024, %drain ]
	%331 = phi float [ 0.0, %entry ], [ %2025, %drain ]
	%332 = phi float [ 0.0, %entry ], [ %2026, %drain ]
	%333 = phi float [ 0.0, %entry ], [ %2027, %drain ]
	%334 = phi float [ 0.0, %entry ], [ %2028, %drain ]
	%335 = phi float [ 0.0, %entry ], [ %2029, %drain ]
	%336 = phi float [ 0.0, %entry ], [ %2030, %drain ]
	%337 = phi float [ 0.0, %entry ], [ %2031, %drain ]
	%338 = phi float [ 0.0, %entry ], [ %2032, %drain ]
	%339 = phi float [ 0.0, %entry ], [ %2033, %drain ]
	%340 = phi float [ 0.0, %entry ], [ %2034, %drain ]
	%341 = phi float [ 0.0, %entry ], [ %2035, %drain ]
	%342 = phi float [ 0.0, %entry ], [ %2036, %drain ]
	%343 = phi float [ 0.0, %entry ], [ %2037, %drain ]
	%344 = phi float [ 0.0, %entry ], [ %2038, %drain ]
	%345 = phi float [ 0.0, %entry ], [ %2039, %drain ]
	%346 = phi float [ 0.0, %entry ], [ %2040, %drain ]
	%347 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %312, i32 1, i32 31)
	%348 = fadd float %312, %347
	%349 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %348, i32 2, i32 31)
	%350 = fadd float %348, %349
	%351 = fcmp ogt float %350, 0.0
	%352 = fdiv float 1.0, %350
	%353 = select i1 %351, float %352, float 0.0
	%354 = mul i32 %10, 16
	%355 = add i32 %34, %354
	%356 = add i32 %15, 0
	%357 = add i32 %355, %356
	%358 = fmul float %315, %353
	%359 = fmul float %316, %353
	%360 = fmul float %319, %353
	%361 = fmul float %320, %353
	%362 = fmul float %323, %353
	%363 = fmul float %324, %353
	%364 = fmul float %327, %353
	%365 = fmul float %328, %353
	%366 = fmul float %331, %353
	%367 = fmul float %332, %353
	%368 = fmul float %335, %353
	%369 = fmul float %336, %353
	%370 = fmul float %339, %353
	%371 = fmul float %340, %353
	%372 = fmul float %343, %353
	%373 = fmul float %344, %353
	%374 = icmp slt i32 %357, %M
	br i1 %374, label %store0, label %stored0

prefetch:
	%375 = sub i32 u0x4000, %280
	%376 = add i32 %0, %375
	%377 = mul i32 %200, 64
	%378 = lshr i32 %9, 3
	%379 = and i32 %9, 7
	%380 = lshr i32 %379, 3
	%381 = mul i32 %380, u0x2000
	%382 = and i32 %379, 7
	%383 = and i32 %378, 7
	%384 = xor i32 %382, %383
	%385 = mul i32 %378, 128
	%386 = shl i32 %384, 4
	%387 = add i32 %385, %386
	%388 = add i32 %381, %387
	%389 = add i32 %376, %388
	%390 = add i32 %377, %378
	%391 = mul i32 %390, 64
	%392 = mul i32 %379, 8
	%393 = add i32 %391, %392
	%394 = sext i32 %393 to i64
	%395 = getelementptr i16, i16* %42, i64 %394
	%396 = add i32 %390, 0
	%397 = icmp slt i32 %396, %N
	%398 = getelementptr i16, i16* %395, i64 0
	%399 = select i1 %397, i16* %398, i16* %42
	%400 = add i32 %389, 0
	%401 = select i1 %397, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %400, i16* %399, i32 %401)
	%402 = add i32 %390, 32
	%403 = icmp slt i32 %402, %N
	%404 = getelementptr i16, i16* %395, i64 2048
	%405 = select i1 %403, i16* %404, i16* %42
	%406 = add i32 %389, u0x1000
	%407 = select i1 %403, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %406, i16* %405, i32 %407)
	br label %body

body:
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%408 = add i32 %14, 0
	%409 = zext i32 %408 to i64
	%410 = or i64 %409, u0x4000004000010000
	%411 = add i32 %257, 0
	%412 = zext i32 %411 to i64
	%413 = or i64 %412, u0x4000004000010000
	%414 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %410, i64 %413, i32 1)
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 0
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 1
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 2
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 3
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 4
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 5
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 6
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 7
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 8
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 9
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 10
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 11
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 12
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 13
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 14
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 15
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 16
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 17
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 18
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 19
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 20
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 21
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 22
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 23
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 24
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 25
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 26
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 27
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 28
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 29
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 30
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 31
	%447 = add i32 %14, 2
	%448 = zext i32 %447 to i64
	%449 = or i64 %448, u0x4000004000010000
	%450 = add i32 %257, 2
	%451 = zext i32 %450 to i64
	%452 = or i64 %451, u0x4000004000010000
	%453 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, i64 %449, i64 %452, i32 1)
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 0
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 1
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 2
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 3
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 4
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 5
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 6
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 7
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 8
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 9
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 10
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 11
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 12
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 13
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 14
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 15
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 16
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 17
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 18
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 19
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 20
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 21
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 22
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 23
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 24
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 25
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 26
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 27
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 28
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 29
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 30
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %453, 31
	%486 = add i32 %14, 4
	%487 = zext i32 %486 to i64
	%488 = or i64 %487, u0x4000004000010000
	%489 = add i32 %257, 4
	%490 = zext i32 %489 to i64
	%491 = or i64 %490, u0x4000004000010000
	%492 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, i64 %488, i64 %491, i32 1)
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 0
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 1
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 2
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 3
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 4
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 5
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 6
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 7
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 8
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 9
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 10
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 11
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 12
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 13
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 14
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 15
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 16
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 17
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 18
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 19
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 20
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 21
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 22
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 23
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 24
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 25
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 26
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 27
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 28
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 29
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 30
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %492, 31
	%525 = add i32 %14, 6
	%526 = zext i32 %525 to i64
	%527 = or i64 %526, u0x4000004000010000
	%528 = add i32 %257, 6
	%529 = zext i32 %528 to i64
	%530 = or i64 %529, u0x4000004000010000
	%531 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, float %501, float %502, float %503, float %504, float %505, float %506, float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, i64 %527, i64 %530, i32 1)
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 0
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 1
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 2
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 3
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 4
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 5
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 6
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 7
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 8
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 9
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 10
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 11
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 12
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 13
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 14
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 15
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 16
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 17
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 18
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 19
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 20
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 21
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 22
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 23
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 24
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 25
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 26
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 27
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 28
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 29
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 30
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %531, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	%564 = add i32 %260, 0
	%565 = zext i32 %564 to i64
	%566 = or i64 %565, u0x4000004002000000
	%567 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %202, float %203, float %204, float %205, float %206, float %207, float %208, float %209, float %210, float %211, float %212, float %213, float %214, float %215, float %216, float %217, float %218, float %219, float %220, float %221, float %222, float %223, float %224, float %225, float %226, float %227, float %228, float %229, float %230, float %231, float %232, float %233, i32 %238, i32 %239, i32 %240, i32 %241, i64 %566, i32 1)
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 0
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 1
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 2
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 3
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 4
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 5
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 6
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 7
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 8
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 9
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 10
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 11
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 12
	%581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 13
	%582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 14
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 15
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 16
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 17
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 18
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 19
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 20
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 21
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 22
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 23
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 24
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 25
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 26
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 27
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 28
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 29
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 30
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %567, 31
	%600 = add i32 %260, 128
	%601 = zext i32 %600 to i64
	%602 = or i64 %601, u0x4000004002000000
	%603 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, i32 %242, i32 %243, i32 %244, i32 %245, i64 %602, i32 1)
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
	%636 = add i32 %260, 256
	%637 = zext i32 %636 to i64
	%638 = or i64 %637, u0x4000004002000000
	%639 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, float %616, float %617, float %618, float %619, float %620, float %621, float %622, float %623, float %624, float %625, float %626, float %627, float %628, float %629, float %630, float %631, float %632, float %633, float %634, float %635, i32 %246, i32 %247, i32 %248, i32 %249, i64 %638, i32 1)
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 0
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 1
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 2
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 3
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 4
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 5
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 6
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 7
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 8
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 9
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 10
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 11
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 12
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 13
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 14
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 15
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 16
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 17
	%658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 18
	%659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 19
	%660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 20
	%661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 21
	%662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 22
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 23
	%664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 24
	%665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 25
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 26
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 27
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 28
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 29
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 30
	%671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %639, 31
	%672 = add i32 %260, 384
	%673 = zext i32 %672 to i64
	%674 = or i64 %673, u0x4000004002000000
	%675 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %640, float %641, float %642, float %643, float %644, float %645, float %646, float %647, float %648, float %649, float %650, float %651, float %652, float %653, float %654, float %655, float %656, float %657, float %658, float %659, float %660, float %661, float %662, float %663, float %664, float %665, float %666, float %667, float %668, float %669, float %670, float %671, i32 %250, i32 %251, i32 %252, i32 %253, i64 %674, i32 1)
	%676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 0
	%677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 1
	%678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 2
	%679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 3
	%680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 4
	%681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 5
	%682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 6
	%683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 7
	%684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 8
	%685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 9
	%686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 10
	%687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 11
	%688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 12
	%689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 13
	%690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 14
	%691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 15
	%692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 16
	%693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 17
	%694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 18
	%695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 19
	%696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 20
	%697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 21
	%698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 22
	%699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 23
	%700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 24
	%701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 25
	%702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 26
	%703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 27
	%704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 28
	%705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 29
	%706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 30
	%707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %675, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 1;", ""()
	%708 = call float asm sideeffect "", "=f,0"(float %532)
	%709 = call float asm sideeffect "", "=f,0"(float %533)
	%710 = call float asm sideeffect "", "=f,0"(float %534)
	%711 = call float asm sideeffect "", "=f,0"(float %535)
	%712 = call float asm sideeffect "", "=f,0"(float %536)
	%713 = call float asm sideeffect "", "=f,0"(float %537)
	%714 = call float asm sideeffect "", "=f,0"(float %538)
	%715 = call float asm sideeffect "", "=f,0"(float %539)
	%716 = call float asm sideeffect "", "=f,0"(float %540)
	%717 = call float asm sideeffect "", "=f,0"(float %541)
	%718 = call float asm sideeffect "", "=f,0"(float %542)
	%719 = call float asm sideeffect "", "=f,0"(float %543)
	%720 = call float asm sideeffect "", "=f,0"(float %544)
	%721 = call float asm sideeffect "", "=f,0"(float %545)
	%722 = call float asm sideeffect "", "=f,0"(float %546)
	%723 = call float asm sideeffect "", "=f,0"(float %547)
	%724 = call float asm sideeffect "", "=f,0"(float %548)
	%725 = call float asm sideeffect "", "=f,0"(float %549)
	%726 = call float asm sideeffect "", "=f,0"(float %550)
	%727 = call float asm sideeffect "", "=f,0"(float %551)
	%728 = call float asm sideeffect "", "=f,0"(float %552)
	%729 = call float asm sideeffect "", "=f,0"(float %553)
	%730 = call float asm sideeffect "", "=f,0"(float %554)
	%731 = call float asm sideeffect "", "=f,0"(float %555)
	%732 = call float asm sideeffect "", "=f,0"(float %556)
	%733 = call float asm sideeffect "", "=f,0"(float %557)
	%734 = call float asm sideeffect "", "=f,0"(float %558)
	%735 = call float asm sideeffect "", "=f,0"(float %559)
	%736 = call float asm sideeffect "", "=f,0"(float %560)
	%737 = call float asm sideeffect "", "=f,0"(float %561)
	%738 = call float asm sideeffect "", "=f,0"(float %562)
	%739 = call float asm sideeffect "", "=f,0"(float %563)
	%740 = mul i32 %10, 16
	%741 = add i32 %34, %740
	%742 = add i32 %15, 0
	%743 = add i32 %741, %742
	%744 = mul i32 %10, 16
	%745 = add i32 %34, %744
	%746 = add i32 %15, 8
	%747 = add i32 %745, %746
	%748 = sitofp i32 %32 to float
	%749 = icmp ne i8 %201, 2
	br i1 %749, label %partial, label %softmax

partial:
	%750 = shl i32 %16, 1
	%751 = add i32 0, %750
	%752 = add i32 %254, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %743 to float
	%756 = sitofp i32 %754 to float
	%757 = fcmp ole float %756, %755
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = fsub float %755, %756
	%761 = fcmp olt float %760, 256.0
	%762 = uitofp i1 %761 to float
	%763 = fcmp une float %762, 0.0
	%764 = fcmp olt float %756, 4.0
	%765 = uitofp i1 %764 to float
	%766 = fcmp une float %765, 0.0
	%767 = or i1 %763, %766
	%768 = uitofp i1 %767 to float
	%769 = fcmp une float %768, 0.0
	%770 = and i1 %759, %769
	%771 = uitofp i1 %770 to float
	%772 = fcmp une float %771, 0.0
	%773 = and i1 %753, %772
	%774 = select i1 %773, float %708, float 0xFFF0000000000000
	%775 = shl i32 %16, 1
	%776 = add i32 1, %775
	%777 = add i32 %254, %776
	%778 = icmp slt i32 %777, %N
	%779 = select i1 %778, i32 %777, i32 0
	%780 = sitofp i32 %743 to float
	%781 = sitofp i32 %779 to float
	%782 = fcmp ole float %781, %780
	%783 = uitofp i1 %782 to float
	%784 = fcmp une float %783, 0.0
	%785 = fsub float %780, %781
	%786 = fcmp olt float %785, 256.0
	%787 = uitofp i1 %786 to float
	%788 = fcmp une float %787, 0.0
	%789 = fcmp olt float %781, 4.0
	%790 = uitofp i1 %789 to float
	%791 = fcmp une float %790, 0.0
	%792 = or i1 %788, %791
	%793 = uitofp i1 %792 to float
	%794 = fcmp une float %793, 0.0
	%795 = and i1 %784, %794
	%796 = uitofp i1 %795 to float
	%797 = fcmp une float %796, 0.0
	%798 = and i1 %778, %797
	%799 = select i1 %798, float %709, float 0xFFF0000000000000
	%800 = shl i32 %16, 1
	%801 = add i32 0, %800
	%802 = add i32 %254, %801
	%803 = icmp slt i32 %802, %N
	%804 = select i1 %803, i32 %802, i32 0
	%805 = sitofp i32 %747 to float
	%806 = sitofp i32 %804 to float
	%807 = fcmp ole float %806, %805
	%808 = uitofp i1 %807 to float
	%809 = fcmp une float %808, 0.0
	%810 = fsub float %805, %806
	%811 = fcmp olt float %810, 256.0
	%812 = uitofp i1 %811 to float
	%813 = fcmp une float %812, 0.0
	%814 = fcmp olt float %806, 4.0
	%815 = uitofp i1 %814 to float
	%816 = fcmp une float %815, 0.0
	%817 = or i1 %813, %816
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %809, %819
	%821 = uitofp i1 %820 to float
	%822 = fcmp une float %821, 0.0
	%823 = and i1 %803, %822
	%824 = select i1 %823, float %710, float 0xFFF0000000000000
	%825 = shl i32 %16, 1
	%826 = add i32 1, %825
	%827 = add i32 %254, %826
	%828 = icmp slt i32 %827, %N
	%829 = select i1 %828, i32 %827, i32 0
	%830 = sitofp i32 %747 to float
	%831 = sitofp i32 %829 to float
	%832 = fcmp ole float %831, %830
	%833 = uitofp i1 %832 to float
	%834 = fcmp une float %833, 0.0
	%835 = fsub float %830, %831
	%836 = fcmp olt float %835, 256.0
	%837 = uitofp i1 %836 to float
	%838 = fcmp une float %837, 0.0
	%839 = fcmp olt float %831, 4.0
	%840 = uitofp i1 %839 to float
	%841 = fcmp une float %840, 0.0
	%842 = or i1 %838, %841
	%843 = uitofp i1 %842 to float
	%844 = fcmp une float %843, 0.0
	%845 = and i1 %834, %844
	%846 = uitofp i1 %845 to float
	%847 = fcmp une float %846, 0.0
	%848 = and i1 %828, %847
	%849 = select i1 %848, float %711, float 0xFFF0000000000000
	%850 = shl i32 %16, 1
	%851 = add i32 8, %850
	%852 = add i32 %254, %851
	%853 = icmp slt i32 %852, %N
	%854 = select i1 %853, i32 %852, i32 0
	%855 = sitofp i32 %743 to float
	%856 = sitofp i32 %854 to float
	%857 = fcmp ole float %856, %855
	%858 = uitofp i1 %857 to float
	%859 = fcmp une float %858, 0.0
	%860 = fsub float %855, %856
	%861 = fcmp olt float %860, 256.0
	%862 = uitofp i1 %861 to float
	%863 = fcmp une float %862, 0.0
	%864 = fcmp olt float %856, 4.0
	%865 = uitofp i1 %864 to float
	%866 = fcmp une float %865, 0.0
	%867 = or i1 %863, %866
	%868 = uitofp i1 %867 to float
	%869 = fcmp une float %868, 0.0
	%870 = and i1 %859, %869
	%871 = uitofp i1 %870 to float
	%872 = fcmp une float %871, 0.0
	%873 = and i1 %853, %872
	%874 = select i1 %873, float %712, float 0xFFF0000000000000
	%875 = shl i32 %16, 1
	%876 = add i32 9, %875
	%877 = add i32 %254, %876
	%878 = icmp slt i32 %877, %N
	%879 = select i1 %878, i32 %877, i32 0
	%880 = sitofp i32 %743 to float
	%881 = sitofp i32 %879 to float
	%882 = fcmp ole float %881, %880
	%883 = uitofp i1 %882 to float
	%884 = fcmp une float %883, 0.0
	%885 = fsub float %880, %881
	%886 = fcmp olt float %885, 256.0
	%887 = uitofp i1 %886 to float
	%888 = fcmp une float %887, 0.0
	%889 = fcmp olt float %881, 4.0
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = or i1 %888, %891
	%893 = uitofp i1 %892 to float
	%894 = fcmp une float %893, 0.0
	%895 = and i1 %884, %894
	%896 = uitofp i1 %895 to float
	%897 = fcmp une float %896, 0.0
	%898 = and i1 %878, %897
	%899 = select i1 %898, float %713, float 0xFFF0000000000000
	%900 = shl i32 %16, 1
	%901 = add i32 8, %900
	%902 = add i32 %254, %901
	%903 = icmp slt i32 %902, %N
	%904 = select i1 %903, i32 %902, i32 0
	%905 = sitofp i32 %747 to float
	%906 = sitofp i32 %904 to float
	%907 = fcmp ole float %906, %905
	%908 = uitofp i1 %907 to float
	%909 = fcmp une float %908, 0.0
	%910 = fsub float %905, %906
	%911 = fcmp olt float %910, 256.0
	%912 = uitofp i1 %911 to float
	%913 = fcmp une float %912, 0.0
	%914 = fcmp olt float %906, 4.0
	%915 = uitofp i1 %914 to float
	%916 = fcmp une float %915, 0.0
	%917 = or i1 %913, %916
	%918 = uitofp i1 %917 to float
	%919 = fcmp une float %918, 0.0
	%920 = and i1 %909, %919
	%921 = uitofp i1 %920 to float
	%922 = fcmp une float %921, 0.0
	%923 = and i1 %903, %922
	%924 = select i1 %923, float %714, float 0xFFF0000000000000
	%925 = shl i32 %16, 1
	%926 = add i32 9, %925
	%927 = add i32 %254, %926
	%928 = icmp slt i32 %927, %N
	%929 = select i1 %928, i32 %927, i32 0
	%930 = sitofp i32 %747 to float
	%931 = sitofp i32 %929 to float
	%932 = fcmp ole float %931, %930
	%933 = uitofp i1 %932 to float
	%934 = fcmp une float %933, 0.0
	%935 = fsub float %930, %931
	%936 = fcmp olt float %935, 256.0
	%937 = uitofp i1 %936 to float
	%938 = fcmp une float %937, 0.0
	%939 = fcmp olt float %931, 4.0
	%940 = uitofp i1 %939 to float
	%941 = fcmp une float %940, 0.0
	%942 = or i1 %938, %941
	%943 = uitofp i1 %942 to float
	%944 = fcmp une float %943, 0.0
	%945 = and i1 %934, %944
	%946 = uitofp i1 %945 to float
	%947 = fcmp une float %946, 0.0
	%948 = and i1 %928, %947
	%949 = select i1 %948, float %715, float 0xFFF0000000000000
	%950 = shl i32 %16, 1
	%951 = add i32 16, %950
	%952 = add i32 %254, %951
	%953 = icmp slt i32 %952, %N
	%954 = select i1 %953, i32 %952, i32 0
	%955 = sitofp i32 %743 to float
	%956 = sitofp i32 %954 to float
	%957 = fcmp ole float %956, %955
	%958 = uitofp i1 %957 to float
	%959 = fcmp une float %958, 0.0
	%960 = fsub float %955, %956
	%961 = fcmp olt float %960, 256.0
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = fcmp olt float %956, 4.0
	%965 = uitofp i1 %964 to float
	%966 = fcmp une float %965, 0.0
	%967 = or i1 %963, %966
	%968 = uitofp i1 %967 to float
	%969 = fcmp une float %968, 0.0
	%970 = and i1 %959, %969
	%971 = uitofp i1 %970 to float
	%972 = fcmp une float %971, 0.0
	%973 = and i1 %953, %972
	%974 = select i1 %973, float %716, float 0xFFF0000000000000
	%975 = shl i32 %16, 1
	%976 = add i32 17, %975
	%977 = add i32 %254, %976
	%978 = icmp slt i32 %977, %N
	%979 = select i1 %978, i32 %977, i32 0
	%980 = sitofp i32 %743 to float
	%981 = sitofp i32 %979 to float
	%982 = fcmp ole float %981, %980
	%983 = uitofp i1 %982 to float
	%984 = fcmp une float %983, 0.0
	%985 = fsub float %980, %981
	%986 = fcmp olt float %985, 256.0
	%987 = uitofp i1 %986 to float
	%988 = fcmp une float %987, 0.0
	%989 = fcmp olt float %981, 4.0
	%990 = uitofp i1 %989 to float
	%991 = fcmp une float %990, 0.0
	%992 = or i1 %988, %991
	%993 = uitofp i1 %992 to float
	%994 = fcmp une float %993, 0.0
	%995 = and i1 %984, %994
	%996 = uitofp i1 %995 to float
	%997 = fcmp une float %996, 0.0
	%998 = and i1 %978, %997
	%999 = select i1 %998, float %717, float 0xFFF0000000000000
	%1000 = shl i32 %16, 1
	%1001 = add i32 16, %1000
	%1002 = add i32 %254, %1001
	%1003 = icmp slt i32 %1002, %N
	%1004 = select i1 %1003, i32 %1002, i32 0
	%1005 = sitofp i32 %747 to float
	%1006 = sitofp i32 %1004 to float
	%1007 = fcmp ole float %1006, %1005
	%1008 = uitofp i1 %1007 to float
	%1009 = fcmp une float %1008, 0.0
	%1010 = fsub float %1005, %1006
	%1011 = fcmp olt float %1010, 256.0
	%1012 = uitofp i1 %1011 to float
	%1013 = fcmp une float %1012, 0.0
	%1014 = fcmp olt float %1006, 4.0
	%1015 = uitofp i1 %1014 to float
	%1016 = fcmp une float %1015, 0.0
	%1017 = or i1 %1013, %1016
	%1018 = uitofp i1 %1017 to float
	%1019 = fcmp une float %1018, 0.0
	%1020 = and i1 %1009, %1019
	%1021 = uitofp i1 %1020 to float
	%1022 = fcmp une float %1021, 0.0
	%1023 = and i1 %1003, %1022
	%1024 = select i1 %1023, float %718, float 0xFFF0000000000000
	%1025 = shl i32 %16, 1
	%1026 = add i32 17, %1025
	%1027 = add i32 %254, %1026
	%1028 = icmp slt i32 %1027, %N
	%1029 = select i1 %1028, i32 %1027, i32 0
	%1030 = sitofp i32 %747 to float
	%1031 = sitofp i32 %1029 to float
	%1032 = fcmp ole float %1031, %1030
	%1033 = uitofp i1 %1032 to float
	%1034 = fcmp une float %1033, 0.0
	%1035 = fsub float %1030, %1031
	%1036 = fcmp olt float %1035, 256.0
	%1037 = uitofp i1 %1036 to float
	%1038 = fcmp une float %1037, 0.0
	%1039 = fcmp olt float %1031, 4.0
	%1040 = uitofp i1 %1039 to float
	%1041 = fcmp une float %1040, 0.0
	%1042 = or i1 %1038, %1041
	%1043 = uitofp i1 %1042 to float
	%1044 = fcmp une float %1043, 0.0
	%1045 = and i1 %1034, %1044
	%1046 = uitofp i1 %1045 to float
	%1047 = fcmp une float %1046, 0.0
	%1048 = and i1 %1028, %1047
	%1049 = select i1 %1048, float %719, float 0xFFF0000000000000
	%1050 = shl i32 %16, 1
	%1051 = add i32 24, %1050
	%1052 = add i32 %254, %1051
	%1053 = icmp slt i32 %1052, %N
	%1054 = select i1 %1053, i32 %1052, i32 0
	%1055 = sitofp i32 %743 to float
	%1056 = sitofp i32 %1054 to float
	%1057 = fcmp ole float %1056, %1055
	%1058 = uitofp i1 %1057 to float
	%1059 = fcmp une float %1058, 0.0
	%1060 = fsub float %1055, %1056
	%1061 = fcmp olt float %1060, 256.0
	%1062 = uitofp i1 %1061 to float
	%1063 = fcmp une float %1062, 0.0
	%1064 = fcmp olt float %1056, 4.0
	%1065 = uitofp i1 %1064 to float
	%1066 = fcmp une float %1065, 0.0
	%1067 = or i1 %1063, %1066
	%1068 = uitofp i1 %1067 to float
	%1069 = fcmp une float %1068, 0.0
	%1070 = and i1 %1059, %1069
	%1071 = uitofp i1 %1070 to float
	%1072 = fcmp une float %1071, 0.0
	%1073 = and i1 %1053, %1072
	%1074 = select i1 %1073, float %720, float 0xFFF0000000000000
	%1075 = shl i32 %16, 1
	%1076 = add i32 25, %1075
	%1077 = add i32 %254, %1076
	%1078 = icmp slt i32 %1077, %N
	%1079 = select i1 %1078, i32 %1077, i32 0
	%1080 = sitofp i32 %743 to float
	%1081 = sitofp i32 %1079 to float
	%1082 = fcmp ole float %1081, %1080
	%1083 = uitofp i1 %1082 to float
	%1084 = fcmp une float %1083, 0.0
	%1085 = fsub float %1080, %1081
	%1086 = fcmp olt float %1085, 256.0
	%1087 = uitofp i1 %1086 to float
	%1088 = fcmp une float %1087, 0.0
	%1089 = fcmp olt float %1081, 4.0
	%1090 = uitofp i1 %1089 to float
	%1091 = fcmp une float %1090, 0.0
	%1092 = or i1 %1088, %1091
	%1093 = uitofp i1 %1092 to float
	%1094 = fcmp une float %1093, 0.0
	%1095 = and i1 %1084, %1094
	%1096 = uitofp i1 %1095 to float
	%1097 = fcmp une float %1096, 0.0
	%1098 = and i1 %1078, %1097
	%1099 = select i1 %1098, float %721, float 0xFFF0000000000000
	%1100 = shl i32 %16, 1
	%1101 = add i32 24, %1100
	%1102 = add i32 %254, %1101
	%1103 = icmp slt i32 %1102, %N
	%1104 = select i1 %1103, i32 %1102, i32 0
	%1105 = sitofp i32 %747 to float
	%1106 = sitofp i32 %1104 to float
	%1107 = fcmp ole float %1106, %1105
	%1108 = uitofp i1 %1107 to float
	%1109 = fcmp une float %1108, 0.0
	%1110 = fsub float %1105, %1106
	%1111 = fcmp olt float %1110, 256.0
	%1112 = uitofp i1 %1111 to float
	%1113 = fcmp une float %1112, 0.0
	%1114 = fcmp olt float %1106, 4.0
	%1115 = uitofp i1 %1114 to float
	%1116 = fcmp une float %1115, 0.0
	%1117 = or i1 %1113, %1116
	%1118 = uitofp i1 %1117 to float
	%1119 = fcmp une float %1118, 0.0
	%1120 = and i1 %1109, %1119
	%1121 = uitofp i1 %1120 to float
	%1122 = fcmp une float %1121, 0.0
	%1123 = and i1 %1103, %1122
	%1124 = select i1 %1123, float %722, float 0xFFF0000000000000
	%1125 = shl i32 %16, 1
	%1126 = add i32 25, %1125
	%1127 = add i32 %254, %1126
	%1128 = icmp slt i32 %1127, %N
	%1129 = select i1 %1128, i32 %1127, i32 0
	%1130 = sitofp i32 %747 to float
	%1131 = sitofp i32 %1129 to float
	%1132 = fcmp ole float %1131, %1130
	%1133 = uitofp i1 %1132 to float
	%1134 = fcmp une float %1133, 0.0
	%1135 = fsub float %1130, %1131
	%1136 = fcmp olt float %1135, 256.0
	%1137 = uitofp i1 %1136 to float
	%1138 = fcmp une float %1137, 0.0
	%1139 = fcmp olt float %1131, 4.0
	%1140 = uitofp i1 %1139 to float
	%1141 = fcmp une float %1140, 0.0
	%1142 = or i1 %1138, %1141
	%1143 = uitofp i1 %1142 to float
	%1144 = fcmp une float %1143, 0.0
	%1145 = and i1 %1134, %1144
	%1146 = uitofp i1 %1145 to float
	%1147 = fcmp une float %1146, 0.0
	%1148 = and i1 %1128, %1147
	%1149 = select i1 %1148, float %723, float 0xFFF0000000000000
	%1150 = shl i32 %16, 1
	%1151 = add i32 32, %1150
	%1152 = add i32 %254, %1151
	%1153 = icmp slt i32 %1152, %N
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = sitofp i32 %743 to float
	%1156 = sitofp i32 %1154 to float
	%1157 = fcmp ole float %1156, %1155
	%1158 = uitofp i1 %1157 to float
	%1159 = fcmp une float %1158, 0.0
	%1160 = fsub float %1155, %1156
	%1161 = fcmp olt float %1160, 256.0
	%1162 = uitofp i1 %1161 to float
	%1163 = fcmp une float %1162, 0.0
	%1164 = fcmp olt float %1156, 4.0
	%1165 = uitofp i1 %1164 to float
	%1166 = fcmp une float %1165, 0.0
	%1167 = or i1 %1163, %1166
	%1168 = uitofp i1 %1167 to float
	%1169 = fcmp une float %1168, 0.0
	%1170 = and i1 %1159, %1169
	%1171 = uitofp i1 %1170 to float
	%1172 = fcmp une float %1171, 0.0
	%1173 = and i1 %1153, %1172
	%1174 = select i1 %1173, float %724, float 0xFFF0000000000000
	%1175 = shl i32 %16, 1
	%1176 = add i32 33, %1175
	%1177 = add i32 %254, %1176
	%1178 = icmp slt i32 %1177, %N
	%1179 = select i1 %1178, i32 %1177, i32 0
	%1180 = sitofp i32 %743 to float
	%1181 = sitofp i32 %1179 to float
	%1182 = fcmp ole float %1181, %1180
	%1183 = uitofp i1 %1182 to float
	%1184 = fcmp une float %1183, 0.0
	%1185 = fsub float %1180, %1181
	%1186 = fcmp olt float %1185, 256.0
	%1187 = uitofp i1 %1186 to float
	%1188 = fcmp une float %1187, 0.0
	%1189 = fcmp olt float %1181, 4.0
	%1190 = uitofp i1 %1189 to float
	%1191 = fcmp une float %1190, 0.0
	%1192 = or i1 %1188, %1191
	%1193 = uitofp i1 %1192 to float
	%1194 = fcmp une float %1193, 0.0
	%1195 = and i1 %1184, %1194
	%1196 = uitofp i1 %1195 to float
	%1197 = fcmp une float %1196, 0.0
	%1198 = and i1 %1178, %1197
	%1199 = select i1 %1198, float %725, float 0xFFF0000000000000
	%1200 = shl i32 %16, 1
	%1201 = add i32 32, %1200
	%1202 = add i32 %254, %1201
	%1203 = icmp slt i32 %1202, %N
	%1204 = select i1 %1203, i32 %1202, i32 0
	%1205 = sitofp i32 %747 to float
	%1206 = sitofp i32 %1204 to float
	%1207 = fcmp ole float %1206, %1205
	%1208 = uitofp i1 %1207 to float
	%1209 = fcmp une float %1208, 0.0
	%1210 = fsub float %1205, %1206
	%1211 = fcmp olt float %1210, 256.0
	%1212 = uitofp i1 %1211 to float
	%1213 = fcmp une float %1212, 0.0
	%1214 = fcmp olt float %1206, 4.0
	%1215 = uitofp i1 %1214 to float
	%1216 = fcmp une float %1215, 0.0
	%1217 = or i1 %1213, %1216
	%1218 = uitofp i1 %1217 to float
	%1219 = fcmp une float %1218, 0.0
	%1220 = and i1 %1209, %1219
	%1221 = uitofp i1 %1220 to float
	%1222 = fcmp une float %1221, 0.0
	%1223 = and i1 %1203, %1222
	%1224 = select i1 %1223, float %726, float 0xFFF0000000000000
	%1225 = shl i32 %16, 1
	%1226 = add i32 33, %1225
	%1227 = add i32 %254, %1226
	%1228 = icmp slt i32 %1227, %N
	%1229 = select i1 %1228, i32 %1227, i32 0
	%1230 = sitofp i32 %747 to float
	%1231 = sitofp i32 %1229 to float
	%1232 = fcmp ole float %1231, %1230
	%1233 = uitofp i1 %1232 to float
	%1234 = fcmp une float %1233, 0.0
	%1235 = fsub float %1230, %1231
	%1236 = fcmp olt float %1235, 256.0
	%1237 = uitofp i1 %1236 to float
	%1238 = fcmp une float %1237, 0.0
	%1239 = fcmp olt float %1231, 4.0
	%1240 = uitofp i1 %1239 to float
	%1241 = fcmp une float %1240, 0.0
	%1242 = or i1 %1238, %1241
	%1243 = uitofp i1 %1242 to float
	%1244 = fcmp une float %1243, 0.0
	%1245 = and i1 %1234, %1244
	%1246 = uitofp i1 %1245 to float
	%1247 = fcmp une float %1246, 0.0
	%1248 = and i1 %1228, %1247
	%1249 = select i1 %1248, float %727, float 0xFFF0000000000000
	%1250 = shl i32 %16, 1
	%1251 = add i32 40, %1250
	%1252 = add i32 %254, %1251
	%1253 = icmp slt i32 %1252, %N
	%1254 = select i1 %1253, i32 %1252, i32 0
	%1255 = sitofp i32 %743 to float
	%1256 = sitofp i32 %1254 to float
	%1257 = fcmp ole float %1256, %1255
	%1258 = uitofp i1 %1257 to float
	%1259 = fcmp une float %1258, 0.0
	%1260 = fsub float %1255, %1256
	%1261 = fcmp olt float %1260, 256.0
	%1262 = uitofp i1 %1261 to float
	%1263 = fcmp une float %1262, 0.0
	%1264 = fcmp olt float %1256, 4.0
	%1265 = uitofp i1 %1264 to float
	%1266 = fcmp une float %1265, 0.0
	%1267 = or i1 %1263, %1266
	%1268 = uitofp i1 %1267 to float
	%1269 = fcmp une float %1268, 0.0
	%1270 = and i1 %1259, %1269
	%1271 = uitofp i1 %1270 to float
	%1272 = fcmp une float %1271, 0.0
	%1273 = and i1 %1253, %1272
	%1274 = select i1 %1273, float %728, float 0xFFF0000000000000
	%1275 = shl i32 %16, 1
	%1276 = add i32 41, %1275
	%1277 = add i32 %254, %1276
	%1278 = icmp slt i32 %1277, %N
	%1279 = select i1 %1278, i32 %1277, i32 0
	%1280 = sitofp i32 %743 to float
	%1281 = sitofp i32 %1279 to float
	%1282 = fcmp ole float %1281, %1280
	%1283 = uitofp i1 %1282 to float
	%1284 = fcmp une float %1283, 0.0
	%1285 = fsub float %1280, %1281
	%1286 = fcmp olt float %1285, 256.0
	%1287 = uitofp i1 %1286 to float
	%1288 = fcmp une float %1287, 0.0
	%1289 = fcmp olt float %1281, 4.0
	%1290 = uitofp i1 %1289 to float
	%1291 = fcmp une float %1290, 0.0
	%1292 = or i1 %1288, %1291
	%1293 = uitofp i1 %1292 to float
	%1294 = fcmp une float %1293, 0.0
	%1295 = and i1 %1284, %1294
	%1296 = uitofp i1 %1295 to float
	%1297 = fcmp une float %1296, 0.0
	%1298 = and i1 %1278, %1297
	%1299 = select i1 %1298, float %729, float 0xFFF0000000000000
	%1300 = shl i32 %16, 1
	%1301 = add i32 40, %1300
	%1302 = add i32 %254, %1301
	%1303 = icmp slt i32 %1302, %N
	%1304 = select i1 %1303, i32 %1302, i32 0
	%1305 = sitofp i32 %747 to float
	%1306 = sitofp i32 %1304 to float
	%1307 = fcmp ole float %1306, %1305
	%1308 = uitofp i1 %1307 to float
	%1309 = fcmp une float %1308, 0.0
	%1310 = fsub float %1305, %1306
	%1311 = fcmp olt float %1310, 256.0
	%1312 = uitofp i1 %1311 to float
	%1313 = fcmp une float %1312, 0.0
	%1314 = fcmp olt float %1306, 4.0
	%1315 = uitofp i1 %1314 to float
	%1316 = fcmp une float %1315, 0.0
	%1317 = or i1 %1313, %1316
	%1318 = uitofp i1 %1317 to float
	%1319 = fcmp une float %1318, 0.0
	%1320 = and i1 %1309, %1319
	%1321 = uitofp i1 %1320 to float
	%1322 = fcmp une float %1321, 0.0
	%1323 = and i1 %1303, %1322
	%1324 = select i1 %1323, float %730, float 0xFFF0000000000000
	%1325 = shl i32 %16, 1
	%1326 = add i32 41, %1325
	%1327 = add i32 %254, %1326
	%1328 = icmp slt i32 %1327, %N
	%1329 = select i1 %1328, i32 %1327, i32 0
	%1330 = sitofp i32 %747 to float
	%1331 = sitofp i32 %1329 to float
	%1332 = fcmp ole float %1331, %1330
	%1333 = uitofp i1 %1332 to float
	%1334 = fcmp une float %1333, 0.0
	%1335 = fsub float %1330, %1331
	%1336 = fcmp olt float %1335, 256.0
	%1337 = uitofp i1 %1336 to float
	%1338 = fcmp une float %1337, 0.0
	%1339 = fcmp olt float %1331, 4.0
	%1340 = uitofp i1 %1339 to float
	%1341 = fcmp une float %1340, 0.0
	%1342 = or i1 %1338, %1341
	%1343 = uitofp i1 %1342 to float
	%1344 = fcmp une float %1343, 0.0
	%1345 = and i1 %1334, %1344
	%1346 = uitofp i1 %1345 to float
	%1347 = fcmp une float %1346, 0.0
	%1348 = and i1 %1328, %1347
	%1349 = select i1 %1348, float %731, float 0xFFF0000000000000
	%1350 = shl i32 %16, 1
	%1351 = add i32 48, %1350
	%1352 = add i32 %254, %1351
	%1353 = icmp slt i32 %1352, %N
	%1354 = select i1 %1353, i32 %1352, i32 0
	%1355 = sitofp i32 %743 to float
	%1356 = sitofp i32 %1354 to float
	%1357 = fcmp ole float %1356, %1355
	%1358 = uitofp i1 %1357 to float
	%1359 = fcmp une float %1358, 0.0
	%1360 = fsub float %1355, %1356
	%1361 = fcmp olt float %1360, 256.0
	%1362 = uitofp i1 %1361 to float
	%1363 = fcmp une float %1362, 0.0
	%1364 = fcmp olt float %1356, 4.0
	%1365 = uitofp i1 %1364 to float
	%1366 = fcmp une float %1365, 0.0
	%1367 = or i1 %1363, %1366
	%1368 = uitofp i1 %1367 to float
	%1369 = fcmp une float %1368, 0.0
	%1370 = and i1 %1359, %1369
	%1371 = uitofp i1 %1370 to float
	%1372 = fcmp une float %1371, 0.0
	%1373 = and i1 %1353, %1372
	%1374 = select i1 %1373, float %732, float 0xFFF0000000000000
	%1375 = shl i32 %16, 1
	%1376 = add i32 49, %1375
	%1377 = add i32 %254, %1376
	%1378 = icmp slt i32 %1377, %N
	%1379 = select i1 %1378, i32 %1377, i32 0
	%1380 = sitofp i32 %743 to float
	%1381 = sitofp i32 %1379 to float
	%1382 = fcmp ole float %1381, %1380
	%1383 = uitofp i1 %1382 to float
	%1384 = fcmp une float %1383, 0.0
	%1385 = fsub float %1380, %1381
	%1386 = fcmp olt float %1385, 256.0
	%1387 = uitofp i1 %1386 to float
	%1388 = fcmp une float %1387, 0.0
	%1389 = fcmp olt float %1381, 4.0
	%1390 = uitofp i1 %1389 to float
	%1391 = fcmp une float %1390, 0.0
	%1392 = or i1 %1388, %1391
	%1393 = uitofp i1 %1392 to float
	%1394 = fcmp une float %1393, 0.0
	%1395 = and i1 %1384, %1394
	%1396 = uitofp i1 %1395 to float
	%1397 = fcmp une float %1396, 0.0
	%1398 = and i1 %1378, %1397
	%1399 = select i1 %1398, float %733, float 0xFFF0000000000000
	%1400 = shl i32 %16, 1
	%1401 = add i32 48, %1400
	%1402 = add i32 %254, %1401
	%1403 = icmp slt i32 %1402, %N
	%1404 = select i1 %1403, i32 %1402, i32 0
	%1405 = sitofp i32 %747 to float
	%1406 = sitofp i32 %1404 to float
	%1407 = fcmp ole float %1406, %1405
	%1408 = uitofp i1 %1407 to float
	%1409 = fcmp une float %1408, 0.0
	%1410 = fsub float %1405, %1406
	%1411 = fcmp olt float %1410, 256.0
	%1412 = uitofp i1 %1411 to float
	%1413 = fcmp une float %1412, 0.0
	%1414 = fcmp olt float %1406, 4.0
	%1415 = uitofp i1 %1414 to float
	%1416 = fcmp une float %1415, 0.0
	%1417 = or i1 %1413, %1416
	%1418 = uitofp i1 %1417 to float
	%1419 = fcmp une float %1418, 0.0
	%1420 = and i1 %1409, %1419
	%1421 = uitofp i1 %1420 to float
	%1422 = fcmp une float %1421, 0.0
	%1423 = and i1 %1403, %1422
	%1424 = select i1 %1423, float %734, float 0xFFF0000000000000
	%1425 = shl i32 %16, 1
	%1426 = add i32 49, %1425
	%1427 = add i32 %254, %1426
	%1428 = icmp slt i32 %1427, %N
	%1429 = select i1 %1428, i32 %1427, i32 0
	%1430 = sitofp i32 %747 to float
	%1431 = sitofp i32 %1429 to float
	%1432 = fcmp ole float %1431, %1430
	%1433 = uitofp i1 %1432 to float
	%1434 = fcmp une float %1433, 0.0
	%1435 = fsub float %1430, %1431
	%1436 = fcmp olt float %1435, 256.0
	%1437 = uitofp i1 %1436 to float
	%1438 = fcmp une float %1437, 0.0
	%1439 = fcmp olt float %1431, 4.0
	%1440 = uitofp i1 %1439 to float
	%1441 = fcmp une float %1440, 0.0
	%1442 = or i1 %1438, %1441
	%1443 = uitofp i1 %1442 to float
	%1444 = fcmp une float %1443, 0.0
	%1445 = and i1 %1434, %1444
	%1446 = uitofp i1 %1445 to float
	%1447 = fcmp une float %1446, 0.0
	%1448 = and i1 %1428, %1447
	%1449 = select i1 %1448, float %735, float 0xFFF0000000000000
	%1450 = shl i32 %16, 1
	%1451 = add i32 56, %1450
	%1452 = add i32 %254, %1451
	%1453 = icmp slt i32 %1452, %N
	%1454 = select i1 %1453, i32 %1452, i32 0
	%1455 = sitofp i32 %743 to float
	%1456 = sitofp i32 %1454 to float
	%1457 = fcmp ole float %1456, %1455
	%1458 = uitofp i1 %1457 to float
	%1459 = fcmp une float %1458, 0.0
	%1460 = fsub float %1455, %1456
	%1461 = fcmp olt float %1460, 256.0
	%1462 = uitofp i1 %1461 to float
	%1463 = fcmp une float %1462, 0.0
	%1464 = fcmp olt float %1456, 4.0
	%1465 = uitofp i1 %1464 to float
	%1466 = fcmp une float %1465, 0.0
	%1467 = or i1 %1463, %1466
	%1468 = uitofp i1 %1467 to float
	%1469 = fcmp une float %1468, 0.0
	%1470 = and i1 %1459, %1469
	%1471 = uitofp i1 %1470 to float
	%1472 = fcmp une float %1471, 0.0
	%1473 = and i1 %1453, %1472
	%1474 = select i1 %1473, float %736, float 0xFFF0000000000000
	%1475 = shl i32 %16, 1
	%1476 = add i32 57, %1475
	%1477 = add i32 %254, %1476
	%1478 = icmp slt i32 %1477, %N
	%1479 = select i1 %1478, i32 %1477, i32 0
	%1480 = sitofp i32 %743 to float
	%1481 = sitofp i32 %1479 to float
	%1482 = fcmp ole float %1481, %1480
	%1483 = uitofp i1 %1482 to float
	%1484 = fcmp une float %1483, 0.0
	%1485 = fsub float %1480, %1481
	%1486 = fcmp olt float %1485, 256.0
	%1487 = uitofp i1 %1486 to float
	%1488 = fcmp une float %1487, 0.0
	%1489 = fcmp olt float %1481, 4.0
	%1490 = uitofp i1 %1489 to float
	%1491 = fcmp une float %1490, 0.0
	%1492 = or i1 %1488, %1491
	%1493 = uitofp i1 %1492 to float
	%1494 = fcmp une float %1493, 0.0
	%1495 = and i1 %1484, %1494
	%1496 = uitofp i1 %1495 to float
	%1497 = fcmp une float %1496, 0.0
	%1498 = and i1 %1478, %1497
	%1499 = select i1 %1498, float %737, float 0xFFF0000000000000
	%1500 = shl i32 %16, 1
	%1501 = add i32 56, %1500
	%1502 = add i32 %254, %1501
	%1503 = icmp slt i32 %1502, %N
	%1504 = select i1 %1503, i32 %1502, i32 0
	%1505 = sitofp i32 %747 to float
	%1506 = sitofp i32 %1504 to float
	%1507 = fcmp ole float %1506, %1505
	%1508 = uitofp i1 %1507 to float
	%1509 = fcmp une float %1508, 0.0
	%1510 = fsub float %1505, %1506
	%1511 = fcmp olt float %1510, 256.0
	%1512 = uitofp i1 %1511 to float
	%1513 = fcmp une float %1512, 0.0
	%1514 = fcmp olt float %1506, 4.0
	%1515 = uitofp i1 %1514 to float
	%1516 = fcmp une float %1515, 0.0
	%1517 = or i1 %1513, %1516
	%1518 = uitofp i1 %1517 to float
	%1519 = fcmp une float %1518, 0.0
	%1520 = and i1 %1509, %1519
	%1521 = uitofp i1 %1520 to float
	%1522 = fcmp une float %1521, 0.0
	%1523 = and i1 %1503, %1522
	%1524 = select i1 %1523, float %738, float 0xFFF0000000000000
	%1525 = shl i32 %16, 1
	%1526 = add i32 57, %1525
	%1527 = add i32 %254, %1526
	%1528 = icmp slt i32 %1527, %N
	%1529 = select i1 %1528, i32 %1527, i32 0
	%1530 = sitofp i32 %747 to float
	%1531 = sitofp i32 %1529 to float
	%1532 = fcmp ole float %1531, %1530
	%1533 = uitofp i1 %1532 to float
	%1534 = fcmp une float %1533, 0.0
	%1535 = fsub float %1530, %1531
	%1536 = fcmp olt float %1535, 256.0
	%1537 = uitofp i1 %1536 to float
	%1538 = fcmp une float %1537, 0.0
	%1539 = fcmp olt float %1531, 4.0
	%1540 = uitofp i1 %1539 to float
	%1541 = fcmp une float %1540, 0.0
	%1542 = or i1 %1538, %1541
	%1543 = uitofp i1 %1542 to float
	%1544 = fcmp une float %1543, 0.0
	%1545 = and i1 %1534, %1544
	%1546 = uitofp i1 %1545 to float
	%1547 = fcmp une float %1546, 0.0
	%1548 = and i1 %1528, %1547
	%1549 = select i1 %1548, float %739, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1550 = phi float [ %708, %body ], [ %774, %partial ]
	%1551 = phi float [ %709, %body ], [ %799, %partial ]
	%1552 = phi float [ %710, %body ], [ %824, %partial ]
	%1553 = phi float [ %711, %body ], [ %849, %partial ]
	%1554 = phi float [ %712, %body ], [ %874, %partial ]
	%1555 = phi float [ %713, %body ], [ %899, %partial ]
	%1556 = phi float [ %714, %body ], [ %924, %partial ]
	%1557 = phi float [ %715, %body ], [ %949, %partial ]
	%1558 = phi float [ %716, %body ], [ %974, %partial ]
	%1559 = phi float [ %717, %body ], [ %999, %partial ]
	%1560 = phi float [ %718, %body ], [ %1024, %partial ]
	%1561 = phi float [ %719, %body ], [ %1049, %partial ]
	%1562 = phi float [ %720, %body ], [ %1074, %partial ]
	%1563 = phi float [ %721, %body ], [ %1099, %partial ]
	%1564 = phi float [ %722, %body ], [ %1124, %partial ]
	%1565 = phi float [ %723, %body ], [ %1149, %partial ]
	%1566 = phi float [ %724, %body ], [ %1174, %partial ]
	%1567 = phi float [ %725, %body ], [ %1199, %partial ]
	%1568 = phi float [ %726, %body ], [ %1224, %partial ]
	%1569 = phi float [ %727, %body ], [ %1249, %partial ]
	%1570 = phi float [ %728, %body ], [ %1274, %partial ]
	%1571 = phi float [ %729, %body ], [ %1299, %partial ]
	%1572 = phi float [ %730, %body ], [ %1324, %partial ]
	%1573 = phi float [ %731, %body ], [ %1349, %partial ]
	%1574 = phi float [ %732, %body ], [ %1374, %partial ]
	%1575 = phi float [ %733, %body ], [ %1399, %partial ]
	%1576 = phi float [ %734, %body ], [ %1424, %partial ]
	%1577 = phi float [ %735, %body ], [ %1449, %partial ]
	%1578 = phi float [ %736, %body ], [ %1474, %partial ]
	%1579 = phi float [ %737, %body ], [ %1499, %partial ]
	%1580 = phi float [ %738, %body ], [ %1524, %partial ]
	%1581 = phi float [ %739, %body ], [ %1549, %partial ]
	%1582 = call float @llvm.nvvm.fmax.f(float %1550, float %1551)
	%1583 = call float @llvm.nvvm.fmax.f(float %1554, float %1555)
	%1584 = call float @llvm.nvvm.fmax.f(float %1558, float %1559)
	%1585 = call float @llvm.nvvm.fmax.f(float %1562, float %1563)
	%1586 = call float @llvm.nvvm.fmax.f(float %1566, float %1567)
	%1587 = call float @llvm.nvvm.fmax.f(float %1570, float %1571)
	%1588 = call float @llvm.nvvm.fmax.f(float %1574, float %1575)
	%1589 = call float @llvm.nvvm.fmax.f(float %1578, float %1579)
	%1590 = call float @llvm.nvvm.fmax.f(float %1582, float %1583)
	%1591 = call float @llvm.nvvm.fmax.f(float %1584, float %1585)
	%1592 = call float @llvm.nvvm.fmax.f(float %1586, float %1587)
	%1593 = call float @llvm.nvvm.fmax.f(float %1588, float %1589)
	%1594 = call float @llvm.nvvm.fmax.f(float %1590, float %1591)
	%1595 = call float @llvm.nvvm.fmax.f(float %1592, float %1593)
	%1596 = call float @llvm.nvvm.fmax.f(float %1594, float %1595)
	%1597 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1596, i32 1, i32 31)
	%1598 = call float @llvm.nvvm.fmax.f(float %1596, float %1597)
	%1599 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1598, i32 2, i32 31)
	%1600 = call float @llvm.nvvm.fmax.f(float %1598, float %1599)
	%1601 = fmul float %1600, 0x3FC7154760000000
	%1602 = call float @llvm.nvvm.fmax.f(float %234, float %1601)
	%1603 = fadd float %234, 8.0
	%1604 = fcmp ogt float %1602, %1603
	%1605 = or i1 false, %1604
	%1606 = call float @llvm.nvvm.fmax.f(float %1552, float %1553)
	%1607 = call float @llvm.nvvm.fmax.f(float %1556, float %1557)
	%1608 = call float @llvm.nvvm.fmax.f(float %1560, float %1561)
	%1609 = call float @llvm.nvvm.fmax.f(float %1564, float %1565)
	%1610 = call float @llvm.nvvm.fmax.f(float %1568, float %1569)
	%1611 = call float @llvm.nvvm.fmax.f(float %1572, float %1573)
	%1612 = call float @llvm.nvvm.fmax.f(float %1576, float %1577)
	%1613 = call float @llvm.nvvm.fmax.f(float %1580, float %1581)
	%1614 = call float @llvm.nvvm.fmax.f(float %1606, float %1607)
	%1615 = call float @llvm.nvvm.fmax.f(float %1608, float %1609)
	%1616 = call float @llvm.nvvm.fmax.f(float %1610, float %1611)
	%1617 = call float @llvm.nvvm.fmax.f(float %1612, float %1613)
	%1618 = call float @llvm.nvvm.fmax.f(float %1614, float %1615)
	%1619 = call float @llvm.nvvm.fmax.f(float %1616, float %1617)
	%1620 = call float @llvm.nvvm.fmax.f(float %1618, float %1619)
	%1621 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1620, i32 1, i32 31)
	%1622 = call float @llvm.nvvm.fmax.f(float %1620, float %1621)
	%1623 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1622, i32 2, i32 31)
	%1624 = call float @llvm.nvvm.fmax.f(float %1622, float %1623)
	%1625 = fmul float %1624, 0x3FC7154760000000
	%1626 = call float @llvm.nvvm.fmax.f(float %236, float %1625)
	%1627 = fadd float %236, 8.0
	%1628 = fcmp ogt float %1626, %1627
	%1629 = or i1 %1605, %1628
	%1630 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1629)
	br i1 %1630, label %1631, label %1642

1631:
	%1632 = fcmp oeq float %1602, 0xFFF0000000000000
	%1633 = select i1 %1632, float 0.0, float %1602
	%1634 = fsub float %234, %1633
	%1635 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1634)
	%1636 = fcmp oeq float %1626, 0xFFF0000000000000
	%1637 = select i1 %1636, float 0.0, float %1626
	%1638 = fsub float %236, %1637
	%1639 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1638)
	%1640 = fmul float %235, %1635
	%1641 = fmul float %237, %1639
	br label %1642

1642:
	%1643 = phi float [ %235, %softmax ], [ %1640, %1631 ]
	%1644 = phi float [ %237, %softmax ], [ %1641, %1631 ]
	%1645 = phi float [ 1.0, %softmax ], [ %1635, %1631 ]
	%1646 = phi float [ 1.0, %softmax ], [ %1639, %1631 ]
	%1647 = select i1 %1630, float %1602, float %234
	%1648 = fcmp oeq float %1647, 0xFFF0000000000000
	%1649 = select i1 %1648, float 0.0, float %1647
	%1650 = fneg float %1649
	%1651 = call float @llvm.fma.f32(float %1550, float 0x3FC7154760000000, float %1650)
	%1652 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1651)
	%1653 = call float @llvm.fma.f32(float %1551, float 0x3FC7154760000000, float %1650)
	%1654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1653)
	%1655 = call float @llvm.fma.f32(float %1554, float 0x3FC7154760000000, float %1650)
	%1656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1655)
	%1657 = call float @llvm.fma.f32(float %1555, float 0x3FC7154760000000, float %1650)
	%1658 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1657)
	%1659 = call float @llvm.fma.f32(float %1558, float 0x3FC7154760000000, float %1650)
	%1660 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1659)
	%1661 = call float @llvm.fma.f32(float %1559, float 0x3FC7154760000000, float %1650)
	%1662 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1661)
	%1663 = call float @llvm.fma.f32(float %1562, float 0x3FC7154760000000, float %1650)
	%1664 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1663)
	%1665 = call float @llvm.fma.f32(float %1563, float 0x3FC7154760000000, float %1650)
	%1666 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1665)
	%1667 = call float @llvm.fma.f32(float %1566, float 0x3FC7154760000000, float %1650)
	%1668 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1667)
	%1669 = call float @llvm.fma.f32(float %1567, float 0x3FC7154760000000, float %1650)
	%1670 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1669)
	%1671 = call float @llvm.fma.f32(float %1570, float 0x3FC7154760000000, float %1650)
	%1672 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1671)
	%1673 = call float @llvm.fma.f32(float %1571, float 0x3FC7154760000000, float %1650)
	%1674 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1673)
	%1675 = call float @llvm.fma.f32(float %1574, float 0x3FC7154760000000, float %1650)
	%1676 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1675)
	%1677 = call float @llvm.fma.f32(float %1575, float 0x3FC7154760000000, float %1650)
	%1678 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1677)
	%1679 = call float @llvm.fma.f32(float %1578, float 0x3FC7154760000000, float %1650)
	%1680 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1679)
	%1681 = call float @llvm.fma.f32(float %1579, float 0x3FC7154760000000, float %1650)
	%1682 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1681)
	%1683 = fadd float %1652, %1654
	%1684 = fadd float %1656, %1658
	%1685 = fadd float %1660, %1662
	%1686 = fadd float %1664, %1666
	%1687 = fadd float %1668, %1670
	%1688 = fadd float %1672, %1674
	%1689 = fadd float %1676, %1678
	%1690 = fadd float %1680, %1682
	%1691 = fadd float %1683, %1684
	%1692 = fadd float %1685, %1686
	%1693 = fadd float %1687, %1688
	%1694 = fadd float %1689, %1690
	%1695 = fadd float %1691, %1692
	%1696 = fadd float %1693, %1694
	%1697 = fadd float %1695, %1696
	%1698 = fadd float %1643, %1697
	%1699 = select i1 %1630, float %1626, float %236
	%1700 = fcmp oeq float %1699, 0xFFF0000000000000
	%1701 = select i1 %1700, float 0.0, float %1699
	%1702 = fneg float %1701
	%1703 = call float @llvm.fma.f32(float %1552, float 0x3FC7154760000000, float %1702)
	%1704 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1703)
	%1705 = call float @llvm.fma.f32(float %1553, float 0x3FC7154760000000, float %1702)
	%1706 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1705)
	%1707 = call float @llvm.fma.f32(float %1556, float 0x3FC7154760000000, float %1702)
	%1708 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1707)
	%1709 = call float @llvm.fma.f32(float %1557, float 0x3FC7154760000000, float %1702)
	%1710 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1709)
	%1711 = call float @llvm.fma.f32(float %1560, float 0x3FC7154760000000, float %1702)
	%1712 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1711)
	%1713 = call float @llvm.fma.f32(float %1561, float 0x3FC7154760000000, float %1702)
	%1714 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1713)
	%1715 = call float @llvm.fma.f32(float %1564, float 0x3FC7154760000000, float %1702)
	%1716 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1715)
	%1717 = call float @llvm.fma.f32(float %1565, float 0x3FC7154760000000, float %1702)
	%1718 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1717)
	%1719 = call float @llvm.fma.f32(float %1568, float 0x3FC7154760000000, float %1702)
	%1720 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1719)
	%1721 = call float @llvm.fma.f32(float %1569, float 0x3FC7154760000000, float %1702)
	%1722 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1721)
	%1723 = call float @llvm.fma.f32(float %1572, float 0x3FC7154760000000, float %1702)
	%1724 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1723)
	%1725 = call float @llvm.fma.f32(float %1573, float 0x3FC7154760000000, float %1702)
	%1726 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1725)
	%1727 = call float @llvm.fma.f32(float %1576, float 0x3FC7154760000000, float %1702)
	%1728 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1727)
	%1729 = call float @llvm.fma.f32(float %1577, float 0x3FC7154760000000, float %1702)
	%1730 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1729)
	%1731 = call float @llvm.fma.f32(float %1580, float 0x3FC7154760000000, float %1702)
	%1732 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1731)
	%1733 = call float @llvm.fma.f32(float %1581, float 0x3FC7154760000000, float %1702)
	%1734 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1733)
	%1735 = fadd float %1704, %1706
	%1736 = fadd float %1708, %1710
	%1737 = fadd float %1712, %1714
	%1738 = fadd float %1716, %1718
	%1739 = fadd float %1720, %1722
	%1740 = fadd float %1724, %1726
	%1741 = fadd float %1728, %1730
	%1742 = fadd float %1732, %1734
	%1743 = fadd float %1735, %1736
	%1744 = fadd float %1737, %1738
	%1745 = fadd float %1739, %1740
	%1746 = fadd float %1741, %1742
	%1747 = fadd float %1743, %1744
	%1748 = fadd float %1745, %1746
	%1749 = fadd float %1747, %1748
	%1750 = fadd float %1644, %1749
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1751 = call float asm sideeffect "", "=f,0"(float %676)
	%1752 = call float asm sideeffect "", "=f,0"(float %677)
	%1753 = call float asm sideeffect "", "=f,0"(float %678)
	%1754 = call float asm sideeffect "", "=f,0"(float %679)
	%1755 = call float asm sideeffect "", "=f,0"(float %680)
	%1756 = call float asm sideeffect "", "=f,0"(float %681)
	%1757 = call float asm sideeffect "", "=f,0"(float %682)
	%1758 = call float asm sideeffect "", "=f,0"(float %683)
	%1759 = call float asm sideeffect "", "=f,0"(float %684)
	%1760 = call float asm sideeffect "", "=f,0"(float %685)
	%1761 = call float asm sideeffect "", "=f,0"(float %686)
	%1762 = call float asm sideeffect "", "=f,0"(float %687)
	%1763 = call float asm sideeffect "", "=f,0"(float %688)
	%1764 = call float asm sideeffect "", "=f,0"(float %689)
	%1765 = call float asm sideeffect "", "=f,0"(float %690)
	%1766 = call float asm sideeffect "", "=f,0"(float %691)
	%1767 = call float asm sideeffect "", "=f,0"(float %692)
	%1768 = call float asm sideeffect "", "=f,0"(float %693)
	%1769 = call float asm sideeffect "", "=f,0"(float %694)
	%1770 = call float asm sideeffect "", "=f,0"(float %695)
	%1771 = call float asm sideeffect "", "=f,0"(float %696)
	%1772 = call float asm sideeffect "", "=f,0"(float %697)
	%1773 = call float asm sideeffect "", "=f,0"(float %698)
	%1774 = call float asm sideeffect "", "=f,0"(float %699)
	%1775 = call float asm sideeffect "", "=f,0"(float %700)
	%1776 = call float asm sideeffect "", "=f,0"(float %701)
	%1777 = call float asm sideeffect "", "=f,0"(float %702)
	%1778 = call float asm sideeffect "", "=f,0"(float %703)
	%1779 = call float asm sideeffect "", "=f,0"(float %704)
	%1780 = call float asm sideeffect "", "=f,0"(float %705)
	%1781 = call float asm sideeffect "", "=f,0"(float %706)
	%1782 = call float asm sideeffect "", "=f,0"(float %707)
	br i1 %1630, label %1783, label %1816

1783:
	%1784 = fmul float %1751, %1645
	%1785 = fmul float %1752, %1645
	%1786 = fmul float %1753, %1646
	%1787 = fmul float %1754, %1646
	%1788 = fmul float %1755, %1645
	%1789 = fmul float %1756, %1645
	%1790 = fmul float %1757, %1646
	%1791 = fmul float %1758, %1646
	%1792 = fmul float %1759, %1645
	%1793 = fmul float %1760, %1645
	%1794 = fmul float %1761, %1646
	%1795 = fmul float %1762, %1646
	%1796 = fmul float %1763, %1645
	%1797 = fmul float %1764, %1645
	%1798 = fmul float %1765, %1646
	%1799 = fmul float %1766, %1646
	%1800 = fmul float %1767, %1645
	%1801 = fmul float %1768, %1645
	%1802 = fmul float %1769, %1646
	%1803 = fmul float %1770, %1646
	%1804 = fmul float %1771, %1645
	%1805 = fmul float %1772, %1645
	%1806 = fmul float %1773, %1646
	%1807 = fmul float %1774, %1646
	%1808 = fmul float %1775, %1645
	%1809 = fmul float %1776, %1645
	%1810 = fmul float %1777, %1646
	%1811 = fmul float %1778, %1646
	%1812 = fmul float %1779, %1645
	%1813 = fmul float %1780, %1645
	%1814 = fmul float %1781, %1646
	%1815 = fmul float %1782, %1646
	br label %1816

1816:
	%1817 = phi float [ %1751, %1642 ], [ %1784, %1783 ]
	%1818 = phi float [ %1752, %1642 ], [ %1785, %1783 ]
	%1819 = phi float [ %1753, %1642 ], [ %1786, %1783 ]
	%1820 = phi float [ %1754, %1642 ], [ %1787, %1783 ]
	%1821 = phi float [ %1755, %1642 ], [ %1788, %1783 ]
	%1822 = phi float [ %1756, %1642 ], [ %1789, %1783 ]
	%1823 = phi float [ %1757, %1642 ], [ %1790, %1783 ]
	%1824 = phi float [ %1758, %1642 ], [ %1791, %1783 ]
	%1825 = phi float [ %1759, %1642 ], [ %1792, %1783 ]
	%1826 = phi float [ %1760, %1642 ], [ %1793, %1783 ]
	%1827 = phi float [ %1761, %1642 ], [ %1794, %1783 ]
	%1828 = phi float [ %1762, %1642 ], [ %1795, %1783 ]
	%1829 = phi float [ %1763, %1642 ], [ %1796, %1783 ]
	%1830 = phi float [ %1764, %1642 ], [ %1797, %1783 ]
	%1831 = phi float [ %1765, %1642 ], [ %1798, %1783 ]
	%1832 = phi float [ %1766, %1642 ], [ %1799, %1783 ]
	%1833 = phi float [ %1767, %1642 ], [ %1800, %1783 ]
	%1834 = phi float [ %1768, %1642 ], [ %1801, %1783 ]
	%1835 = phi float [ %1769, %1642 ], [ %1802, %1783 ]
	%1836 = phi float [ %1770, %1642 ], [ %1803, %1783 ]
	%1837 = phi float [ %1771, %1642 ], [ %1804, %1783 ]
	%1838 = phi float [ %1772, %1642 ], [ %1805, %1783 ]
	%1839 = phi float [ %1773, %1642 ], [ %1806, %1783 ]
	%1840 = phi float [ %1774, %1642 ], [ %1807, %1783 ]
	%1841 = phi float [ %1775, %1642 ], [ %1808, %1783 ]
	%1842 = phi float [ %1776, %1642 ], [ %1809, %1783 ]
	%1843 = phi float [ %1777, %1642 ], [ %1810, %1783 ]
	%1844 = phi float [ %1778, %1642 ], [ %1811, %1783 ]
	%1845 = phi float [ %1779, %1642 ], [ %1812, %1783 ]
	%1846 = phi float [ %1780, %1642 ], [ %1813, %1783 ]
	%1847 = phi float [ %1781, %1642 ], [ %1814, %1783 ]
	%1848 = phi float [ %1782, %1642 ], [ %1815, %1783 ]
	%1849 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1654, float %1652)
	%1850 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1706, float %1704)
	%1851 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1658, float %1656)
	%1852 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1710, float %1708)
	%1853 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1662, float %1660)
	%1854 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1714, float %1712)
	%1855 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1666, float %1664)
	%1856 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1718, float %1716)
	%1857 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1670, float %1668)
	%1858 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1722, float %1720)
	%1859 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1674, float %1672)
	%1860 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1726, float %1724)
	%1861 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1678, float %1676)
	%1862 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1730, float %1728)
	%1863 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1682, float %1680)
	%1864 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1734, float %1732)
	br i1 %262, label %loop, label %drain

drain:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1865 = add i32 %258, 0
	%1866 = zext i32 %1865 to i64
	%1867 = or i64 %1866, u0x4000004002000000
	%1868 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1817, float %1818, float %1819, float %1820, float %1821, float %1822, float %1823, float %1824, float %1825, float %1826, float %1827, float %1828, float %1829, float %1830, float %1831, float %1832, float %1833, float %1834, float %1835, float %1836, float %1837, float %1838, float %1839, float %1840, float %1841, float %1842, float %1843, float %1844, float %1845, float %1846, float %1847, float %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1852, i64 %1867, i32 1)
	%1869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 0
	%1870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 1
	%1871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 2
	%1872 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 3
	%1873 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 4
	%1874 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 5
	%1875 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 6
	%1876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 7
	%1877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 8
	%1878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 9
	%1879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 10
	%1880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 11
	%1881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 12
	%1882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 13
	%1883 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 14
	%1884 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 15
	%1885 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 16
	%1886 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 17
	%1887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 18
	%1888 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 19
	%1889 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 20
	%1890 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 21
	%1891 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 22
	%1892 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 23
	%1893 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 24
	%1894 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 25
	%1895 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 26
	%1896 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 27
	%1897 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 28
	%1898 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 29
	%1899 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 30
	%1900 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1868, 31
	%1901 = add i32 %258, 128
	%1902 = zext i32 %1901 to i64
	%1903 = or i64 %1902, u0x4000004002000000
	%1904 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1869, float %1870, float %1871, float %1872, float %1873, float %1874, float %1875, float %1876, float %1877, float %1878, float %1879, float %1880, float %1881, float %1882, float %1883, float %1884, float %1885, float %1886, float %1887, float %1888, float %1889, float %1890, float %1891, float %1892, float %1893, float %1894, float %1895, float %1896, float %1897, float %1898, float %1899, float %1900, i32 %1853, i32 %1854, i32 %1855, i32 %1856, i64 %1903, i32 1)
	%1905 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 0
	%1906 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 1
	%1907 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 2
	%1908 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 3
	%1909 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 4
	%1910 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 5
	%1911 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 6
	%1912 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 7
	%1913 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 8
	%1914 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 9
	%1915 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 10
	%1916 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 11
	%1917 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 12
	%1918 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 13
	%1919 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 14
	%1920 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 15
	%1921 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 16
	%1922 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 17
	%1923 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 18
	%1924 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 19
	%1925 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 20
	%1926 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 21
	%1927 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 22
	%1928 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 23
	%1929 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 24
	%1930 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 25
	%1931 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 26
	%1932 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 27
	%1933 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 28
	%1934 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 29
	%1935 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 30
	%1936 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1904, 31
	%1937 = add i32 %258, 256
	%1938 = zext i32 %1937 to i64
	%1939 = or i64 %1938, u0x4000004002000000
	%1940 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1905, float %1906, float %1907, float %1908, float %1909, float %1910, float %1911, float %1912, float %1913, float %1914, float %1915, float %1916, float %1917, float %1918, float %1919, float %1920, float %1921, float %1922, float %1923, float %1924, float %1925, float %1926, float %1927, float %1928, float %1929, float %1930, float %1931, float %1932, float %1933, float %1934, float %1935, float %1936, i32 %1857, i32 %1858, i32 %1859, i32 %1860, i64 %1939, i32 1)
	%1941 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 0
	%1942 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 1
	%1943 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 2
	%1944 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 3
	%1945 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 4
	%1946 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 5
	%1947 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 6
	%1948 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 7
	%1949 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 8
	%1950 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 9
	%1951 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 10
	%1952 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 11
	%1953 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 12
	%1954 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 13
	%1955 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 14
	%1956 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 15
	%1957 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 16
	%1958 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 17
	%1959 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 18
	%1960 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 19
	%1961 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 20
	%1962 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 21
	%1963 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 22
	%1964 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 23
	%1965 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 24
	%1966 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 25
	%1967 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 26
	%1968 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 27
	%1969 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 28
	%1970 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 29
	%1971 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 30
	%1972 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1940, 31
	%1973 = add i32 %258, 384
	%1974 = zext i32 %1973 to i64
	%1975 = or i64 %1974, u0x4000004002000000
	%1976 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1941, float %1942, float %1943, float %1944, float %1945, float %1946, float %1947, float %1948, float %1949, float %1950, float %1951, float %1952, float %1953, float %1954, float %1955, float %1956, float %1957, float %1958, float %1959, float %1960, float %1961, float %1962, float %1963, float %1964, float %1965, float %1966, float %1967, float %1968, float %1969, float %1970, float %1971, float %1972, i32 %1861, i32 %1862, i32 %1863, i32 %1864, i64 %1975, i32 1)
	%1977 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 0
	%1978 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 1
	%1979 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 2
	%1980 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 3
	%1981 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 4
	%1982 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 5
	%1983 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 6
	%1984 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 7
	%1985 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 8
	%1986 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 9
	%1987 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 10
	%1988 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 11
	%1989 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 12
	%1990 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 13
	%1991 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 14
	%1992 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 15
	%1993 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 16
	%1994 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 17
	%1995 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 18
	%1996 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 19
	%1997 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 20
	%1998 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 21
	%1999 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 22
	%2000 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 23
	%2001 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 24
	%2002 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 25
	%2003 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 26
	%2004 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 27
	%2005 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 28
	%2006 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 29
	%2007 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 30
	%2008 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1976, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%2009 = call float asm sideeffect "", "=f,0"(float %1977)
	%2010 = call float asm sideeffect "", "=f,0"(float %1978)
	%2011 = call float asm sideeffect "", "=f,0"(float %1979)
	%2012 = call float asm sideeffect "", "=f,0"(float %1980)
	%2013 = call float asm sideeffect "", "=f,0"(float %1981)
	%2014 = call float asm sideeffect "", "=f,0"(float %1982)
	%2015 = call float asm sideeffect "", "=f,0"(float %1983)
	%2016 = call float asm sideeffect "", "=f,0"(float %1984)
	%2017 = call float asm sideeffect "", "=f,0"(float %1985)
	%2018 = call float asm sideeffect "", "=f,0"(float %1986)
	%2019 = call float asm sideeffect "", "=f,0"(float %1987)
	%2020 = call float asm sideeffect "", "=f,0"(float %1988)
	%2021 = call float asm sideeffect "", "=f,0"(float %1989)
	%2022 = call float asm sideeffect "", "=f,0"(float %1990)
	%2023 = call float asm sideeffect "", "=f,0"(float %1991)
	%2024 = call float asm sideeffect "", "=f,0"(float %1992)
	%2025 = call float asm sideeffect "", "=f,0"(float %1993)
	%2026 = call float asm sideeffect "", "=f,0"(float %1994)
	%2027 = call float asm sideeffect "", "=f,0"(float %1995)
	%2028 = call float asm sideeffect "", "=f,0"(float %1996)
	%2029 = call float asm sideeffect "", "=f,0"(float %1997)
	%2030 = call float asm sideeffect "", "=f,0"(float %1998)
	%2031 = call float asm sideeffect "", "=f,0"(float %1999)
	%2032 = call float asm sideeffect "", "=f,0"(float %2000)
	%2033 = call float asm sideeffect "", "=f,0"(float %2001)
	%2034 = call float asm sideeffect "", "=f,0"(float %2002)
	%2035 = call float asm sideeffect "", "=f,0"(float %2003)
	%2036 = call float asm sideeffect "", "=f,0"(float %2004)
	%2037 = call float asm sideeffect "", "=f,0"(float %2005)
	%2038 = call float asm sideeffect "", "=f,0"(float %2006)
	%2039 = call float asm sideeffect "", "=f,0"(float %2007)
	%2040 = call float asm sideeffect "", "=f,0"(float %2008)
	br label %epilogue

store0:
	%2041 = mul i32 %32, %M
	%2042 = add i32 %2041, %357
	%2043 = mul i32 %2042, 64
	%2044 = shl i32 %16, 1
	%2045 = add i32 0, %2044
	%2046 = add i32 %2043, %2045
	%2047 = sext i32 %2046 to i64
	%2048 = getelementptr i16, i16* %out, i64 %2047
	%2049 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %359, float %358)
	%2050 = bitcast i16* %2048 to i32*
	store i32 %2049, i32* %2050
	%2051 = shl i32 %16, 1
	%2052 = add i32 8, %2051
	%2053 = add i32 %2043, %2052
	%2054 = sext i32 %2053 to i64
	%2055 = getelementptr i16, i16* %out, i64 %2054
	%2056 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %361, float %360)
	%2057 = bitcast i16* %2055 to i32*
	store i32 %2056, i32* %2057
	%2058 = shl i32 %16, 1
	%2059 = add i32 16, %2058
	%2060 = add i32 %2043, %2059
	%2061 = sext i32 %2060 to i64
	%2062 = getelementptr i16, i16* %out, i64 %2061
	%2063 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %363, float %362)
	%2064 = bitcast i16* %2062 to i32*
	store i32 %2063, i32* %2064
	%2065 = shl i32 %16, 1
	%2066 = add i32 24, %2065
	%2067 = add i32 %2043, %2066
	%2068 = sext i32 %2067 to i64
	%2069 = getelementptr i16, i16* %out, i64 %2068
	%2070 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %365, float %364)
	%2071 = bitcast i16* %2069 to i32*
	store i32 %2070, i32* %2071
	%2072 = shl i32 %16, 1
	%2073 = add i32 32, %2072
	%2074 = add i32 %2043, %2073
	%2075 = sext i32 %2074 to i64
	%2076 = getelementptr i16, i16* %out, i64 %2075
	%2077 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %367, float %366)
	%2078 = bitcast i16* %2076 to i32*
	store i32 %2077, i32* %2078
	%2079 = shl i32 %16, 1
	%2080 = add i32 40, %2079
	%2081 = add i32 %2043, %2080
	%2082 = sext i32 %2081 to i64
	%2083 = getelementptr i16, i16* %out, i64 %2082
	%2084 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %369, float %368)
	%2085 = bitcast i16* %2083 to i32*
	store i32 %2084, i32* %2085
	%2086 = shl i32 %16, 1
	%2087 = add i32 48, %2086
	%2088 = add i32 %2043, %2087
	%2089 = sext i32 %2088 to i64
	%2090 = getelementptr i16, i16* %out, i64 %2089
	%2091 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %371, float %370)
	%2092 = bitcast i16* %2090 to i32*
	store i32 %2091, i32* %2092
	%2093 = shl i32 %16, 1
	%2094 = add i32 56, %2093
	%2095 = add i32 %2043, %2094
	%2096 = sext i32 %2095 to i64
	%2097 = getelementptr i16, i16* %out, i64 %2096
	%2098 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %373, float %372)
	%2099 = bitcast i16* %2097 to i32*
	store i32 %2098, i32* %2099
	br label %stored0

stored0:
	%2100 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %313, i32 1, i32 31)
	%2101 = fadd float %313, %2100
	%2102 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2101, i32 2, i32 31)
	%2103 = fadd float %2101, %2102
	%2104 = fcmp ogt float %2103, 0.0
	%2105 = fdiv float 1.0, %2103
	%2106 = select i1 %2104, float %2105, float 0.0
	%2107 = mul i32 %10, 16
	%2108 = add i32 %34, %2107
	%2109 = add i32 %15, 8
	%2110 = add i32 %2108, %2109
	%2111 = fmul float %317, %2106
	%2112 = fmul float %318, %2106
	%2113 = fmul float %321, %2106
	%2114 = fmul float %322, %2106
	%2115 = fmul float %325, %2106
	%2116 = fmul float %326, %2106
	%2117 = fmul float %329, %2106
	%2118 = fmul float %330, %2106
	%2119 = fmul float %333, %2106
	%2120 = fmul float %334, %2106
	%2121 = fmul float %337, %2106
	%2122 = fmul float %338, %2106
	%2123 = fmul float %341, %2106
	%2124 = fmul float %342, %2106
	%2125 = fmul float %345, %2106
	%2126 = fmul float %346, %2106
	%2127 = icmp slt i32 %2110, %M
	br i1 %2127, label %store1, label %stored1

store1:
	%2128 = mul i32 %32, %M
	%2129 = add i32 %2128, %2110
	%2130 = mul i32 %2129, 64
	%2131 = shl i32 %16, 1
	%2132 = add i32 0, %2131
	%2133 = add i32 %2130, %2132
	%2134 = sext i32 %2133 to i64
	%2135 = getelementptr i16, i16* %out, i64 %2134
	%2136 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2112, float %2111)
	%2137 = bitcast i16* %2135 to i32*
	store i32 %2136, i32* %2137
	%2138 = shl i32 %16, 1
	%2139 = add i32 8, %2138
	%2140 = add i32 %2130, %2139
	%2141 = sext i32 %2140 to i64
	%2142 = getelementptr i16, i16* %out, i64 %2141
	%2143 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2114, float %2113)
	%2144 = bitcast i16* %2142 to i32*
	store i32 %2143, i32* %2144
	%2145 = shl i32 %16, 1
	%2146 = add i32 16, %2145
	%2147 = add i32 %2130, %2146
	%2148 = sext i32 %2147 to i64
	%2149 = getelementptr i16, i16* %out, i64 %2148
	%2150 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2116, float %2115)
	%2151 = bitcast i16* %2149 to i32*
	store i32 %2150, i32* %2151
	%2152 = shl i32 %16, 1
	%2153 = add i32 24, %2152
	%2154 = add i32 %2130, %2153
	%2155 = sext i32 %2154 to i64
	%2156 = getelementptr i16, i16* %out, i64 %2155
	%2157 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2118, float %2117)
	%2158 = bitcast i16* %2156 to i32*
	store i32 %2157, i32* %2158
	%2159 = shl i32 %16, 1
	%2160 = add i32 32, %2159
	%2161 = add i32 %2130, %2160
	%2162 = sext i32 %2161 to i64
	%2163 = getelementptr i16, i16* %out, i64 %2162
	%2164 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2120, float %2119)
	%2165 = bitcast i16* %2163 to i32*
	store i32 %2164, i32* %2165
	%2166 = shl i32 %16, 1
	%2167 = add i32 40, %2166
	%2168 = add i32 %2130, %2167
	%2169 = sext i32 %2168 to i64
	%2170 = getelementptr i16, i16* %out, i64 %2169
	%2171 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2122, float %2121)
	%2172 = bitcast i16* %2170 to i32*
	store i32 %2171, i32* %2172
	%2173 = shl i32 %16, 1
	%2174 = add i32 48, %2173
	%2175 = add i32 %2130, %2174
	%2176 = sext i32 %2175 to i64
	%2177 = getelementptr i16, i16* %out, i64 %2176
	%2178 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2124, float %2123)
	%2179 = bitcast i16* %2177 to i32*
	store i32 %2178, i32* %2179
	%2180 = shl i32 %16, 1
	%2181 = add i32 56, %2180
	%2182 = add i32 %2130, %2181
	%2183 = sext i32 %2182 to i64
	%2184 = getelementptr i16, i16* %out, i64 %2183
	%2185 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2126, float %2125)
	%2186 = bitcast i16* %2184 to i32*
	store i32 %2185, i32* %2186
	br label %stored1

stored1:
	ret void
}
