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
	%63 = lshr i32 %9, 3
	%64 = and i32 %9, 7
	%65 = lshr i32 %64, 3
	%66 = mul i32 %65, u0x4000
	%67 = and i32 %64, 7
	%68 = and i32 %63, 7
	%69 = xor i32 %67, %68
	%70 = mul i32 %63, 128
	%71 = shl i32 %69, 4
	%72 = add i32 %70, %71
	%73 = add i32 %66, %72
	%74 = add i32 %2, %73
	%75 = add i32 %34, %63
	%76 = mul i32 %75, 64
	%77 = mul i32 %64, 8
	%78 = add i32 %76, %77
	%79 = sext i32 %78 to i64
	%80 = getelementptr i16, i16* %38, i64 %79
	%81 = add i32 %75, 0
	%82 = icmp slt i32 %81, %M
	%83 = getelementptr i16, i16* %80, i64 0
	%84 = select i1 %82, i16* %83, i16* %38
	%85 = add i32 %74, 0
	%86 = select i1 %82, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %85, i16* %84, i32 %86)
	%87 = add i32 %75, 32
	%88 = icmp slt i32 %87, %M
	%89 = getelementptr i16, i16* %80, i64 2048
	%90 = select i1 %88, i16* %89, i16* %38
	%91 = add i32 %74, u0x1000
	%92 = select i1 %88, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %91, i16* %90, i32 %92)
	%93 = add i32 %75, 64
	%94 = icmp slt i32 %93, %M
	%95 = getelementptr i16, i16* %80, i64 u0x1000
	%96 = select i1 %94, i16* %95, i16* %38
	%97 = add i32 %74, u0x2000
	%98 = select i1 %94, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %97, i16* %96, i32 %98)
	%99 = add i32 %75, 96
	%100 = icmp slt i32 %99, %M
	%101 = getelementptr i16, i16* %80, i64 6144
	%102 = select i1 %100, i16* %101, i16* %38
	%103 = add i32 %74, 12288
	%104 = select i1 %100, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %103, i16* %102, i32 %104)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %62, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%105 = and i32 %11, 7
	%106 = lshr i32 %11, 3
	%107 = and i32 %106, 1
	%108 = shl i32 %107, 3
	%109 = add i32 %105, %108
	%110 = lshr i32 %11, 4
	%111 = mul i32 %10, 16
	%112 = add i32 %109, 0
	%113 = add i32 %111, %112
	%114 = mul i32 %113, 128
	%115 = add i32 %2, %114
	%116 = and i32 %11, 7
	%117 = xor i32 %110, %116
	%118 = shl i32 %117, 4
	%119 = add i32 %115, %118
	%120 = mul i32 %59, 64
	%121 = lshr i32 %9, 3
	%122 = and i32 %9, 7
	%123 = lshr i32 %122, 3
	%124 = mul i32 %123, u0x2000
	%125 = and i32 %122, 7
	%126 = and i32 %121, 7
	%127 = xor i32 %125, %126
	%128 = mul i32 %121, 128
	%129 = shl i32 %127, 4
	%130 = add i32 %128, %129
	%131 = add i32 %124, %130
	%132 = add i32 %0, %131
	%133 = add i32 %120, %121
	%134 = mul i32 %133, 64
	%135 = mul i32 %122, 8
	%136 = add i32 %134, %135
	%137 = sext i32 %136 to i64
	%138 = getelementptr i16, i16* %42, i64 %137
	%139 = add i32 %133, 0
	%140 = icmp slt i32 %139, %N
	%141 = getelementptr i16, i16* %138, i64 0
	%142 = select i1 %140, i16* %141, i16* %42
	%143 = add i32 %132, 0
	%144 = select i1 %140, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %143, i16* %142, i32 %144)
	%145 = add i32 %133, 32
	%146 = icmp slt i32 %145, %N
	%147 = getelementptr i16, i16* %138, i64 2048
	%148 = select i1 %146, i16* %147, i16* %42
	%149 = add i32 %132, u0x1000
	%150 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = add i32 %1, u0x4000
	%152 = lshr i32 %9, 3
	%153 = and i32 %9, 7
	%154 = lshr i32 %153, 3
	%155 = mul i32 %154, u0x2000
	%156 = and i32 %153, 7
	%157 = and i32 %152, 7
	%158 = xor i32 %156, %157
	%159 = mul i32 %152, 128
	%160 = shl i32 %158, 4
	%161 = add i32 %159, %160
	%162 = add i32 %155, %161
	%163 = add i32 %151, %162
	%164 = add i32 %N, %152
	%165 = mul i32 %164, 64
	%166 = mul i32 %153, 8
	%167 = add i32 %165, %166
	%168 = sext i32 %167 to i64
	%169 = getelementptr i16, i16* %46, i64 %168
	%170 = add i32 %164, 0
	%171 = icmp slt i32 %170, %N
	%172 = getelementptr i16, i16* %169, i64 0
	%173 = select i1 %171, i16* %172, i16* %46
	%174 = add i32 %163, 0
	%175 = select i1 %171, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %174, i16* %173, i32 %175)
	%176 = add i32 %164, 32
	%177 = icmp slt i32 %176, %N
	%178 = getelementptr i16, i16* %169, i64 2048
	%179 = select i1 %177, i16* %178, i16* %46
	%180 = add i32 %163, u0x1000
	%181 = select i1 %177, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %180, i16* %179, i32 %181)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%182 = phi i32 [ 0, %prologue ], [ %243, %1792 ]
	%183 = phi i32 [ %59, %prologue ], [ %250, %1792 ]
	%184 = phi float [ 0.0, %prologue ], [ %1793, %1792 ]
	%185 = phi float [ 0.0, %prologue ], [ %1794, %1792 ]
	%186 = phi float [ 0.0, %prologue ], [ %1795, %1792 ]
	%187 = phi float [ 0.0, %prologue ], [ %1796, %1792 ]
	%188 = phi float [ 0.0, %prologue ], [ %1797, %1792 ]
	%189 = phi float [ 0.0, %prologue ], [ %1798, %1792 ]
	%190 = phi float [ 0.0, %prologue ], [ %1799, %1792 ]
	%191 = phi float [ 0.0, %prologue ], [ %1800, %1792 ]
	%192 = phi float [ 0.0, %prologue ], [ %1801, %1792 ]
	%193 = phi float [ 0.0, %prologue ], [ %1802, %1792 ]
	%194 = phi float [ 0.0, %prologue ], [ %1803, %1792 ]
	%195 = phi float [ 0.0, %prologue ], [ %1804, %1792 ]
	%196 = phi float [ 0.0, %prologue ], [ %1805, %1792 ]
	%197 = phi float [ 0.0, %prologue ], [ %1806, %1792 ]
	%198 = phi float [ 0.0, %prologue ], [ %1807, %1792 ]
	%199 = phi float [ 0.0, %prologue ], [ %1808, %1792 ]
	%200 = phi float [ 0.0, %prologue ], [ %1809, %1792 ]
	%201 = phi float [ 0.0, %prologue ], [ %1810, %1792 ]
	%202 = phi float [ 0.0, %prologue ], [ %1811, %1792 ]
	%203 = phi float [ 0.0, %prologue ], [ %1812, %1792 ]
	%204 = phi float [ 0.0, %prologue ], [ %1813, %1792 ]
	%205 = phi float [ 0.0, %prologue ], [ %1814, %1792 ]
	%206 = phi float [ 0.0, %prologue ], [ %1815, %1792 ]
	%207 = phi float [ 0.0, %prologue ], [ %1816, %1792 ]
	%208 = phi float [ 0.0, %prologue ], [ %1817, %1792 ]
	%209 = phi float [ 0.0, %prologue ], [ %1818, %1792 ]
	%210 = phi float [ 0.0, %prologue ], [ %1819, %1792 ]
	%211 = phi float [ 0.0, %prologue ], [ %1820, %1792 ]
	%212 = phi float [ 0.0, %prologue ], [ %1821, %1792 ]
	%213 = phi float [ 0.0, %prologue ], [ %1822, %1792 ]
	%214 = phi float [ 0.0, %prologue ], [ %1823, %1792 ]
	%215 = phi float [ 0.0, %prologue ], [ %1824, %1792 ]
	%216 = phi float [ 0xFFF0000000000000, %prologue ], [ %1623, %1792 ]
	%217 = phi float [ 0.0, %prologue ], [ %1674, %1792 ]
	%218 = phi float [ 0xFFF0000000000000, %prologue ], [ %1675, %1792 ]
	%219 = phi float [ 0.0, %prologue ], [ %1726, %1792 ]
	%220 = phi i32 [ 0, %prologue ], [ %1825, %1792 ]
	%221 = phi i32 [ 0, %prologue ], [ %1826, %1792 ]
	%222 = phi i32 [ 0, %prologue ], [ %1827, %1792 ]
	%223 = phi i32 [ 0, %prologue ], [ %1828, %1792 ]
	%224 = phi i32 [ 0, %prologue ], [ %1829, %1792 ]
	%225 = phi i32 [ 0, %prologue ], [ %1830, %1792 ]
	%226 = phi i32 [ 0, %prologue ], [ %1831, %1792 ]
	%227 = phi i32 [ 0, %prologue ], [ %1832, %1792 ]
	%228 = phi i32 [ 0, %prologue ], [ %1833, %1792 ]
	%229 = phi i32 [ 0, %prologue ], [ %1834, %1792 ]
	%230 = phi i32 [ 0, %prologue ], [ %1835, %1792 ]
	%231 = phi i32 [ 0, %prologue ], [ %1836, %1792 ]
	%232 = phi i32 [ 0, %prologue ], [ %1837, %1792 ]
	%233 = phi i32 [ 0, %prologue ], [ %1838, %1792 ]
	%234 = phi i32 [ 0, %prologue ], [ %1839, %1792 ]
	%235 = phi i32 [ 0, %prologue ], [ %1840, %1792 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%236 = mul i32 %183, 64
	%237 = and i32 %182, 1
	%238 = mul i32 %237, 1024
	%239 = add i32 %6, %238
	%240 = add i32 %8, %238
	%241 = sub i32 1024, %238
	%242 = add i32 %8, %241
	%243 = add i32 %182, 1
	%244 = icmp slt i32 %243, %NK
	%245 = select i1 %244, i32 %243, i32 0
	%246 = add i32 %51, %245
	%247 = sext i32 %246 to i64
	%248 = getelementptr i32, i32* %list, i64 %247
	%249 = load i32, i32* %248
	%250 = select i1 %244, i32 %249, i32 -1
	%251 = icmp sge i32 %250, 0
	%252 = mul i32 %237, u0x4000
	%253 = add i32 %1, %252
	%254 = lshr i32 %9, 3
	%255 = and i32 %9, 7
	%256 = lshr i32 %255, 3
	%257 = mul i32 %256, u0x2000
	%258 = and i32 %255, 7
	%259 = and i32 %254, 7
	%260 = xor i32 %258, %259
	%261 = mul i32 %254, 128
	%262 = shl i32 %260, 4
	%263 = add i32 %261, %262
	%264 = add i32 %257, %263
	%265 = add i32 %253, %264
	%266 = add i32 %236, %254
	%267 = mul i32 %266, 64
	%268 = mul i32 %255, 8
	%269 = add i32 %267, %268
	%270 = sext i32 %269 to i64
	%271 = getelementptr i16, i16* %46, i64 %270
	%272 = add i32 %266, 0
	%273 = icmp slt i32 %272, %N
	%274 = getelementptr i16, i16* %271, i64 0
	%275 = select i1 %273, i16* %274, i16* %46
	%276 = add i32 %265, 0
	%277 = select i1 %273, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %276, i16* %275, i32 %277)
	%278 = add i32 %266, 32
	%279 = icmp slt i32 %278, %N
	%280 = getelementptr i16, i16* %271, i64 2048
	%281 = select i1 %279, i16* %280, i16* %46
	%282 = add i32 %265, u0x1000
	%283 = select i1 %279, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %282, i16* %281, i32 %283)
	br i1 %251, label %prefetch, label %body

epilogue:
	%284 = phi float [ 0.0, %entry ], [ %1674, %drain ]
	%285 = phi float [ 0.0, %entry ], [ %1726, %drain ]
	%286 = phi i32 [ 0, %entry ], [ %243, %drain ]
	%287 = phi float [ 0.0, %entry ], [ %1985, %drain ]
	%288 = phi float [ 0.0, %entry ], [ %1986, %drain ]
	%289 = phi float [ 0.0, %entry ], [ %1987, %drain ]
	%290 = phi float [ 0.0, %entry ], [ %1988, %drain ]
	%291 = phi float [ 0.0, %entry ], [ %1989, %drain ]
	%292 = phi float [ 0.0, %entry ], [ %1990, %drain ]
	%293 = phi float [ 0.0, %entry ], [ %1991, %drain ]
	%294 = phi float [ 0.0, %entry ], [ %1992, %drain ]
	%295 = phi float [ 0.0, %entry ], [ %1993, %drain ]
	%296 = phi float [ 0.0, %entry ], [ %1994, %drain ]
	%297 = phi float [ 0.0, %entry ], [ %1995, %drain ]
	%298 = phi float [ 0.0, %entry ], [ %1996, %drain ]
	%299 = phi float [ 0.0, %entry ], [ %1997, %drain ]
	%300 = phi float [ 0.0, %entry ], [ %1998, %drain ]
	%301 = phi float [ 0.0, %entry ], [ %1999, %drain ]
	%302 = phi float [ 0.0, %entry ], [ %2000, %drain ]
	%303 = phi float [ 0.0, %entry ], [ %2001, %drain ]
	%304 = phi float [ 0.0, %entry ], [ %2002, %drain ]
	%305 = phi float [ 0.0, %entry ], [ %2003, %drain ]
	%306 = phi float [ 0.0, %entry ], [ %2004, %drain ]
	%307 = phi float [ 0.0, %entry ], [ %2005, %drain ]
	%308 = phi float [ 0.0, %entry ], [ %2006, %drain ]
	%309 = phi float [ 0.0, %entry ], [ %2007, %drain ]
	%310 = phi float [ 0.0, %entry ], [ %2008, %drain ]
	%311 = phi float [ 0.0, %entry ], [ %2009, %drain ]
	%312 = phi float [ 0.0, %entry ], [ %2010, %drain ]
	%313 = phi float [ 0.0, %entry ], [ %2011, %drain ]
	%314 = phi float [ 0.0, %entry ], [ %2012, %drain ]
	%315 = phi float [ 0.0, %entry ], [ %2013, %drain ]
	%316 = phi float [ 0.0, %entry ], [ %2014, %drain ]
	%317 = phi float [ 0.0, %entry ], [ %2015, %drain ]
	%318 = phi float [ 0.0, %entry ], [ %2016, %drain ]
	%319 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %284, i32 1, i32 31)
	%320 = fadd float %284, %319
	%321 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %320, i32 2, i32 31)
	%322 = fadd float %320, %321
	%323 = fcmp ogt float %322, 0.0
	%324 = fdiv float 1.0, %322
	%325 = select i1 %323, float %324, float 0.0
	%326 = mul i32 %10, 16
	%327 = add i32 %34, %326
	%328 = add i32 %15, 0
	%329 = add i32 %327, %328
	%330 = fmul float %287, %325
	%331 = fmul float %288, %325
	%332 = fmul float %291, %325
	%333 = fmul float %292, %325
	%334 = fmul float %295, %325
	%335 = fmul float %296, %325
	%336 = fmul float %299, %325
	%337 = fmul float %300, %325
	%338 = fmul float %303, %325
	%339 = fmul float %304, %325
	%340 = fmul float %307, %325
	%341 = fmul float %308, %325
	%342 = fmul float %311, %325
	%343 = fmul float %312, %325
	%344 = fmul float %315, %325
	%345 = fmul float %316, %325
	%346 = icmp slt i32 %329, %M
	br i1 %346, label %store0, label %stored0

prefetch:
	%347 = sub i32 u0x4000, %252
	%348 = add i32 %0, %347
	%349 = mul i32 %250, 64
	%350 = lshr i32 %9, 3
	%351 = and i32 %9, 7
	%352 = lshr i32 %351, 3
	%353 = mul i32 %352, u0x2000
	%354 = and i32 %351, 7
	%355 = and i32 %350, 7
	%356 = xor i32 %354, %355
	%357 = mul i32 %350, 128
	%358 = shl i32 %356, 4
	%359 = add i32 %357, %358
	%360 = add i32 %353, %359
	%361 = add i32 %348, %360
	%362 = add i32 %349, %350
	%363 = mul i32 %362, 64
	%364 = mul i32 %351, 8
	%365 = add i32 %363, %364
	%366 = sext i32 %365 to i64
	%367 = getelementptr i16, i16* %42, i64 %366
	%368 = add i32 %362, 0
	%369 = icmp slt i32 %368, %N
	%370 = getelementptr i16, i16* %367, i64 0
	%371 = select i1 %369, i16* %370, i16* %42
	%372 = add i32 %361, 0
	%373 = select i1 %369, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %372, i16* %371, i32 %373)
	%374 = add i32 %362, 32
	%375 = icmp slt i32 %374, %N
	%376 = getelementptr i16, i16* %367, i64 2048
	%377 = select i1 %375, i16* %376, i16* %42
	%378 = add i32 %361, u0x1000
	%379 = select i1 %375, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %378, i16* %377, i32 %379)
	br label %body

body:
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%380 = add i32 %14, 0
	%381 = zext i32 %380 to i64
	%382 = or i64 %381, u0x4000004000010000
	%383 = add i32 %239, 0
	%384 = zext i32 %383 to i64
	%385 = or i64 %384, u0x4000004000010000
	%386 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %382, i64 %385, i32 1)
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 0
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 1
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 2
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 3
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 4
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 5
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 6
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 7
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 8
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 9
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 10
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 11
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 12
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 13
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 14
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 15
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 16
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 17
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 18
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 19
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 20
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 21
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 22
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 23
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 24
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 25
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 26
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 27
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 28
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 29
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 30
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 31
	%419 = add i32 %14, 2
	%420 = zext i32 %419 to i64
	%421 = or i64 %420, u0x4000004000010000
	%422 = add i32 %239, 2
	%423 = zext i32 %422 to i64
	%424 = or i64 %423, u0x4000004000010000
	%425 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, i64 %421, i64 %424, i32 1)
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 0
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 1
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 2
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 3
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 4
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 5
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 6
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 7
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 8
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 9
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 10
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 11
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 12
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 13
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 14
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 15
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 16
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 17
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 18
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 19
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 20
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 21
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 22
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 23
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 24
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 25
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 26
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 27
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 28
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 29
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 30
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 31
	%458 = add i32 %14, 4
	%459 = zext i32 %458 to i64
	%460 = or i64 %459, u0x4000004000010000
	%461 = add i32 %239, 4
	%462 = zext i32 %461 to i64
	%463 = or i64 %462, u0x4000004000010000
	%464 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, i64 %460, i64 %463, i32 1)
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 0
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 1
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 2
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 3
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 4
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 5
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 6
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 7
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 8
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 9
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 10
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 11
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 12
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 13
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 14
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 15
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 16
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 17
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 18
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 19
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 20
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 21
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 22
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 23
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 24
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 25
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 26
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 27
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 28
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 29
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 30
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %464, 31
	%497 = add i32 %14, 6
	%498 = zext i32 %497 to i64
	%499 = or i64 %498, u0x4000004000010000
	%500 = add i32 %239, 6
	%501 = zext i32 %500 to i64
	%502 = or i64 %501, u0x4000004000010000
	%503 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, i64 %499, i64 %502, i32 1)
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 0
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 1
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 2
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 3
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 4
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 5
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 6
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 7
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 8
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 9
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 10
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 11
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 12
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 13
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 14
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 15
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 16
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 17
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 18
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 19
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 20
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 21
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 22
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 23
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 24
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 25
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 26
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 27
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 28
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 29
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 30
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %503, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	%536 = add i32 %242, 0
	%537 = zext i32 %536 to i64
	%538 = or i64 %537, u0x4000004002000000
	%539 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %184, float %185, float %186, float %187, float %188, float %189, float %190, float %191, float %192, float %193, float %194, float %195, float %196, float %197, float %198, float %199, float %200, float %201, float %202, float %203, float %204, float %205, float %206, float %207, float %208, float %209, float %210, float %211, float %212, float %213, float %214, float %215, i32 %220, i32 %221, i32 %222, i32 %223, i64 %538, i32 1)
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 0
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 1
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 2
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 3
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 4
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 5
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 6
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 7
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 8
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 9
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 10
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 11
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 12
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 13
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 14
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 15
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 16
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 17
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 18
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 19
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 20
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 21
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 22
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 23
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 24
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 25
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 26
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 27
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 28
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 29
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 30
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %539, 31
	%572 = add i32 %242, 128
	%573 = zext i32 %572 to i64
	%574 = or i64 %573, u0x4000004002000000
	%575 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, i32 %224, i32 %225, i32 %226, i32 %227, i64 %574, i32 1)
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 0
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 1
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 2
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 3
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 4
	%581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 5
	%582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 6
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 7
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 8
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 9
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 10
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 11
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 12
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 13
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 14
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 15
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 16
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 17
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 18
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 19
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 20
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 21
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 22
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 23
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 24
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 25
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 26
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 27
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 28
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 29
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 30
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %575, 31
	%608 = add i32 %242, 256
	%609 = zext i32 %608 to i64
	%610 = or i64 %609, u0x4000004002000000
	%611 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, i32 %228, i32 %229, i32 %230, i32 %231, i64 %610, i32 1)
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 0
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 1
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 2
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 3
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 4
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 5
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 6
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 7
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 8
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 9
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 10
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 11
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 12
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 13
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 14
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 15
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 16
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 17
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 18
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 19
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 20
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 21
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 22
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 23
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 24
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 25
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 26
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 27
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 28
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 29
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 30
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %611, 31
	%644 = add i32 %242, 384
	%645 = zext i32 %644 to i64
	%646 = or i64 %645, u0x4000004002000000
	%647 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %612, float %613, float %614, float %615, float %616, float %617, float %618, float %619, float %620, float %621, float %622, float %623, float %624, float %625, float %626, float %627, float %628, float %629, float %630, float %631, float %632, float %633, float %634, float %635, float %636, float %637, float %638, float %639, float %640, float %641, float %642, float %643, i32 %232, i32 %233, i32 %234, i32 %235, i64 %646, i32 1)
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 0
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 1
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 2
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 3
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 4
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 5
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 6
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 7
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 8
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 9
	%658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 10
	%659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 11
	%660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 12
	%661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 13
	%662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 14
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 15
	%664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 16
	%665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 17
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 18
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 19
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 20
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 21
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 22
	%671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 23
	%672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 24
	%673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 25
	%674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 26
	%675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 27
	%676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 28
	%677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 29
	%678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 30
	%679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %647, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 1;", ""()
	%680 = call float asm sideeffect "", "=f,0"(float %504)
	%681 = call float asm sideeffect "", "=f,0"(float %505)
	%682 = call float asm sideeffect "", "=f,0"(float %506)
	%683 = call float asm sideeffect "", "=f,0"(float %507)
	%684 = call float asm sideeffect "", "=f,0"(float %508)
	%685 = call float asm sideeffect "", "=f,0"(float %509)
	%686 = call float asm sideeffect "", "=f,0"(float %510)
	%687 = call float asm sideeffect "", "=f,0"(float %511)
	%688 = call float asm sideeffect "", "=f,0"(float %512)
	%689 = call float asm sideeffect "", "=f,0"(float %513)
	%690 = call float asm sideeffect "", "=f,0"(float %514)
	%691 = call float asm sideeffect "", "=f,0"(float %515)
	%692 = call float asm sideeffect "", "=f,0"(float %516)
	%693 = call float asm sideeffect "", "=f,0"(float %517)
	%694 = call float asm sideeffect "", "=f,0"(float %518)
	%695 = call float asm sideeffect "", "=f,0"(float %519)
	%696 = call float asm sideeffect "", "=f,0"(float %520)
	%697 = call float asm sideeffect "", "=f,0"(float %521)
	%698 = call float asm sideeffect "", "=f,0"(float %522)
	%699 = call float asm sideeffect "", "=f,0"(float %523)
	%700 = call float asm sideeffect "", "=f,0"(float %524)
	%701 = call float asm sideeffect "", "=f,0"(float %525)
	%702 = call float asm sideeffect "", "=f,0"(float %526)
	%703 = call float asm sideeffect "", "=f,0"(float %527)
	%704 = call float asm sideeffect "", "=f,0"(float %528)
	%705 = call float asm sideeffect "", "=f,0"(float %529)
	%706 = call float asm sideeffect "", "=f,0"(float %530)
	%707 = call float asm sideeffect "", "=f,0"(float %531)
	%708 = call float asm sideeffect "", "=f,0"(float %532)
	%709 = call float asm sideeffect "", "=f,0"(float %533)
	%710 = call float asm sideeffect "", "=f,0"(float %534)
	%711 = call float asm sideeffect "", "=f,0"(float %535)
	%712 = mul i32 %10, 16
	%713 = add i32 %34, %712
	%714 = add i32 %15, 0
	%715 = add i32 %713, %714
	%716 = mul i32 %10, 16
	%717 = add i32 %34, %716
	%718 = add i32 %15, 8
	%719 = add i32 %717, %718
	%720 = sitofp i32 %32 to float
	%721 = add i32 %55, %183
	%722 = sext i32 %721 to i64
	%723 = getelementptr i8, i8* %cls, i64 %722
	%724 = load i8, i8* %723
	%725 = icmp ne i8 %724, 2
	br i1 %725, label %partial, label %softmax

partial:
	%726 = shl i32 %16, 1
	%727 = add i32 0, %726
	%728 = add i32 %236, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %715 to float
	%732 = sitofp i32 %730 to float
	%733 = fcmp ole float %732, %731
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = fsub float %731, %732
	%737 = fcmp olt float %736, 256.0
	%738 = uitofp i1 %737 to float
	%739 = fcmp une float %738, 0.0
	%740 = fcmp olt float %732, 4.0
	%741 = uitofp i1 %740 to float
	%742 = fcmp une float %741, 0.0
	%743 = or i1 %739, %742
	%744 = uitofp i1 %743 to float
	%745 = fcmp une float %744, 0.0
	%746 = and i1 %735, %745
	%747 = uitofp i1 %746 to float
	%748 = fcmp une float %747, 0.0
	%749 = and i1 %729, %748
	%750 = select i1 %749, float %680, float 0xFFF0000000000000
	%751 = shl i32 %16, 1
	%752 = add i32 1, %751
	%753 = add i32 %236, %752
	%754 = icmp slt i32 %753, %N
	%755 = select i1 %754, i32 %753, i32 0
	%756 = sitofp i32 %715 to float
	%757 = sitofp i32 %755 to float
	%758 = fcmp ole float %757, %756
	%759 = uitofp i1 %758 to float
	%760 = fcmp une float %759, 0.0
	%761 = fsub float %756, %757
	%762 = fcmp olt float %761, 256.0
	%763 = uitofp i1 %762 to float
	%764 = fcmp une float %763, 0.0
	%765 = fcmp olt float %757, 4.0
	%766 = uitofp i1 %765 to float
	%767 = fcmp une float %766, 0.0
	%768 = or i1 %764, %767
	%769 = uitofp i1 %768 to float
	%770 = fcmp une float %769, 0.0
	%771 = and i1 %760, %770
	%772 = uitofp i1 %771 to float
	%773 = fcmp une float %772, 0.0
	%774 = and i1 %754, %773
	%775 = select i1 %774, float %681, float 0xFFF0000000000000
	%776 = shl i32 %16, 1
	%777 = add i32 0, %776
	%778 = add i32 %236, %777
	%779 = icmp slt i32 %778, %N
	%780 = select i1 %779, i32 %778, i32 0
	%781 = sitofp i32 %719 to float
	%782 = sitofp i32 %780 to float
	%783 = fcmp ole float %782, %781
	%784 = uitofp i1 %783 to float
	%785 = fcmp une float %784, 0.0
	%786 = fsub float %781, %782
	%787 = fcmp olt float %786, 256.0
	%788 = uitofp i1 %787 to float
	%789 = fcmp une float %788, 0.0
	%790 = fcmp olt float %782, 4.0
	%791 = uitofp i1 %790 to float
	%792 = fcmp une float %791, 0.0
	%793 = or i1 %789, %792
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %785, %795
	%797 = uitofp i1 %796 to float
	%798 = fcmp une float %797, 0.0
	%799 = and i1 %779, %798
	%800 = select i1 %799, float %682, float 0xFFF0000000000000
	%801 = shl i32 %16, 1
	%802 = add i32 1, %801
	%803 = add i32 %236, %802
	%804 = icmp slt i32 %803, %N
	%805 = select i1 %804, i32 %803, i32 0
	%806 = sitofp i32 %719 to float
	%807 = sitofp i32 %805 to float
	%808 = fcmp ole float %807, %806
	%809 = uitofp i1 %808 to float
	%810 = fcmp une float %809, 0.0
	%811 = fsub float %806, %807
	%812 = fcmp olt float %811, 256.0
	%813 = uitofp i1 %812 to float
	%814 = fcmp une float %813, 0.0
	%815 = fcmp olt float %807, 4.0
	%816 = uitofp i1 %815 to float
	%817 = fcmp une float %816, 0.0
	%818 = or i1 %814, %817
	%819 = uitofp i1 %818 to float
	%820 = fcmp une float %819, 0.0
	%821 = and i1 %810, %820
	%822 = uitofp i1 %821 to float
	%823 = fcmp une float %822, 0.0
	%824 = and i1 %804, %823
	%825 = select i1 %824, float %683, float 0xFFF0000000000000
	%826 = shl i32 %16, 1
	%827 = add i32 8, %826
	%828 = add i32 %236, %827
	%829 = icmp slt i32 %828, %N
	%830 = select i1 %829, i32 %828, i32 0
	%831 = sitofp i32 %715 to float
	%832 = sitofp i32 %830 to float
	%833 = fcmp ole float %832, %831
	%834 = uitofp i1 %833 to float
	%835 = fcmp une float %834, 0.0
	%836 = fsub float %831, %832
	%837 = fcmp olt float %836, 256.0
	%838 = uitofp i1 %837 to float
	%839 = fcmp une float %838, 0.0
	%840 = fcmp olt float %832, 4.0
	%841 = uitofp i1 %840 to float
	%842 = fcmp une float %841, 0.0
	%843 = or i1 %839, %842
	%844 = uitofp i1 %843 to float
	%845 = fcmp une float %844, 0.0
	%846 = and i1 %835, %845
	%847 = uitofp i1 %846 to float
	%848 = fcmp une float %847, 0.0
	%849 = and i1 %829, %848
	%850 = select i1 %849, float %684, float 0xFFF0000000000000
	%851 = shl i32 %16, 1
	%852 = add i32 9, %851
	%853 = add i32 %236, %852
	%854 = icmp slt i32 %853, %N
	%855 = select i1 %854, i32 %853, i32 0
	%856 = sitofp i32 %715 to float
	%857 = sitofp i32 %855 to float
	%858 = fcmp ole float %857, %856
	%859 = uitofp i1 %858 to float
	%860 = fcmp une float %859, 0.0
	%861 = fsub float %856, %857
	%862 = fcmp olt float %861, 256.0
	%863 = uitofp i1 %862 to float
	%864 = fcmp une float %863, 0.0
	%865 = fcmp olt float %857, 4.0
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = or i1 %864, %867
	%869 = uitofp i1 %868 to float
	%870 = fcmp une float %869, 0.0
	%871 = and i1 %860, %870
	%872 = uitofp i1 %871 to float
	%873 = fcmp une float %872, 0.0
	%874 = and i1 %854, %873
	%875 = select i1 %874, float %685, float 0xFFF0000000000000
	%876 = shl i32 %16, 1
	%877 = add i32 8, %876
	%878 = add i32 %236, %877
	%879 = icmp slt i32 %878, %N
	%880 = select i1 %879, i32 %878, i32 0
	%881 = sitofp i32 %719 to float
	%882 = sitofp i32 %880 to float
	%883 = fcmp ole float %882, %881
	%884 = uitofp i1 %883 to float
	%885 = fcmp une float %884, 0.0
	%886 = fsub float %881, %882
	%887 = fcmp olt float %886, 256.0
	%888 = uitofp i1 %887 to float
	%889 = fcmp une float %888, 0.0
	%890 = fcmp olt float %882, 4.0
	%891 = uitofp i1 %890 to float
	%892 = fcmp une float %891, 0.0
	%893 = or i1 %889, %892
	%894 = uitofp i1 %893 to float
	%895 = fcmp une float %894, 0.0
	%896 = and i1 %885, %895
	%897 = uitofp i1 %896 to float
	%898 = fcmp une float %897, 0.0
	%899 = and i1 %879, %898
	%900 = select i1 %899, float %686, float 0xFFF0000000000000
	%901 = shl i32 %16, 1
	%902 = add i32 9, %901
	%903 = add i32 %236, %902
	%904 = icmp slt i32 %903, %N
	%905 = select i1 %904, i32 %903, i32 0
	%906 = sitofp i32 %719 to float
	%907 = sitofp i32 %905 to float
	%908 = fcmp ole float %907, %906
	%909 = uitofp i1 %908 to float
	%910 = fcmp une float %909, 0.0
	%911 = fsub float %906, %907
	%912 = fcmp olt float %911, 256.0
	%913 = uitofp i1 %912 to float
	%914 = fcmp une float %913, 0.0
	%915 = fcmp olt float %907, 4.0
	%916 = uitofp i1 %915 to float
	%917 = fcmp une float %916, 0.0
	%918 = or i1 %914, %917
	%919 = uitofp i1 %918 to float
	%920 = fcmp une float %919, 0.0
	%921 = and i1 %910, %920
	%922 = uitofp i1 %921 to float
	%923 = fcmp une float %922, 0.0
	%924 = and i1 %904, %923
	%925 = select i1 %924, float %687, float 0xFFF0000000000000
	%926 = shl i32 %16, 1
	%927 = add i32 16, %926
	%928 = add i32 %236, %927
	%929 = icmp slt i32 %928, %N
	%930 = select i1 %929, i32 %928, i32 0
	%931 = sitofp i32 %715 to float
	%932 = sitofp i32 %930 to float
	%933 = fcmp ole float %932, %931
	%934 = uitofp i1 %933 to float
	%935 = fcmp une float %934, 0.0
	%936 = fsub float %931, %932
	%937 = fcmp olt float %936, 256.0
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = fcmp olt float %932, 4.0
	%941 = uitofp i1 %940 to float
	%942 = fcmp une float %941, 0.0
	%943 = or i1 %939, %942
	%944 = uitofp i1 %943 to float
	%945 = fcmp une float %944, 0.0
	%946 = and i1 %935, %945
	%947 = uitofp i1 %946 to float
	%948 = fcmp une float %947, 0.0
	%949 = and i1 %929, %948
	%950 = select i1 %949, float %688, float 0xFFF0000000000000
	%951 = shl i32 %16, 1
	%952 = add i32 17, %951
	%953 = add i32 %236, %952
	%954 = icmp slt i32 %953, %N
	%955 = select i1 %954, i32 %953, i32 0
	%956 = sitofp i32 %715 to float
	%957 = sitofp i32 %955 to float
	%958 = fcmp ole float %957, %956
	%959 = uitofp i1 %958 to float
	%960 = fcmp une float %959, 0.0
	%961 = fsub float %956, %957
	%962 = fcmp olt float %961, 256.0
	%963 = uitofp i1 %962 to float
	%964 = fcmp une float %963, 0.0
	%965 = fcmp olt float %957, 4.0
	%966 = uitofp i1 %965 to float
	%967 = fcmp une float %966, 0.0
	%968 = or i1 %964, %967
	%969 = uitofp i1 %968 to float
	%970 = fcmp une float %969, 0.0
	%971 = and i1 %960, %970
	%972 = uitofp i1 %971 to float
	%973 = fcmp une float %972, 0.0
	%974 = and i1 %954, %973
	%975 = select i1 %974, float %689, float 0xFFF0000000000000
	%976 = shl i32 %16, 1
	%977 = add i32 16, %976
	%978 = add i32 %236, %977
	%979 = icmp slt i32 %978, %N
	%980 = select i1 %979, i32 %978, i32 0
	%981 = sitofp i32 %719 to float
	%982 = sitofp i32 %980 to float
	%983 = fcmp ole float %982, %981
	%984 = uitofp i1 %983 to float
	%985 = fcmp une float %984, 0.0
	%986 = fsub float %981, %982
	%987 = fcmp olt float %986, 256.0
	%988 = uitofp i1 %987 to float
	%989 = fcmp une float %988, 0.0
	%990 = fcmp olt float %982, 4.0
	%991 = uitofp i1 %990 to float
	%992 = fcmp une float %991, 0.0
	%993 = or i1 %989, %992
	%994 = uitofp i1 %993 to float
	%995 = fcmp une float %994, 0.0
	%996 = and i1 %985, %995
	%997 = uitofp i1 %996 to float
	%998 = fcmp une float %997, 0.0
	%999 = and i1 %979, %998
	%1000 = select i1 %999, float %690, float 0xFFF0000000000000
	%1001 = shl i32 %16, 1
	%1002 = add i32 17, %1001
	%1003 = add i32 %236, %1002
	%1004 = icmp slt i32 %1003, %N
	%1005 = select i1 %1004, i32 %1003, i32 0
	%1006 = sitofp i32 %719 to float
	%1007 = sitofp i32 %1005 to float
	%1008 = fcmp ole float %1007, %1006
	%1009 = uitofp i1 %1008 to float
	%1010 = fcmp une float %1009, 0.0
	%1011 = fsub float %1006, %1007
	%1012 = fcmp olt float %1011, 256.0
	%1013 = uitofp i1 %1012 to float
	%1014 = fcmp une float %1013, 0.0
	%1015 = fcmp olt float %1007, 4.0
	%1016 = uitofp i1 %1015 to float
	%1017 = fcmp une float %1016, 0.0
	%1018 = or i1 %1014, %1017
	%1019 = uitofp i1 %1018 to float
	%1020 = fcmp une float %1019, 0.0
	%1021 = and i1 %1010, %1020
	%1022 = uitofp i1 %1021 to float
	%1023 = fcmp une float %1022, 0.0
	%1024 = and i1 %1004, %1023
	%1025 = select i1 %1024, float %691, float 0xFFF0000000000000
	%1026 = shl i32 %16, 1
	%1027 = add i32 24, %1026
	%1028 = add i32 %236, %1027
	%1029 = icmp slt i32 %1028, %N
	%1030 = select i1 %1029, i32 %1028, i32 0
	%1031 = sitofp i32 %715 to float
	%1032 = sitofp i32 %1030 to float
	%1033 = fcmp ole float %1032, %1031
	%1034 = uitofp i1 %1033 to float
	%1035 = fcmp une float %1034, 0.0
	%1036 = fsub float %1031, %1032
	%1037 = fcmp olt float %1036, 256.0
	%1038 = uitofp i1 %1037 to float
	%1039 = fcmp une float %1038, 0.0
	%1040 = fcmp olt float %1032, 4.0
	%1041 = uitofp i1 %1040 to float
	%1042 = fcmp une float %1041, 0.0
	%1043 = or i1 %1039, %1042
	%1044 = uitofp i1 %1043 to float
	%1045 = fcmp une float %1044, 0.0
	%1046 = and i1 %1035, %1045
	%1047 = uitofp i1 %1046 to float
	%1048 = fcmp une float %1047, 0.0
	%1049 = and i1 %1029, %1048
	%1050 = select i1 %1049, float %692, float 0xFFF0000000000000
	%1051 = shl i32 %16, 1
	%1052 = add i32 25, %1051
	%1053 = add i32 %236, %1052
	%1054 = icmp slt i32 %1053, %N
	%1055 = select i1 %1054, i32 %1053, i32 0
	%1056 = sitofp i32 %715 to float
	%1057 = sitofp i32 %1055 to float
	%1058 = fcmp ole float %1057, %1056
	%1059 = uitofp i1 %1058 to float
	%1060 = fcmp une float %1059, 0.0
	%1061 = fsub float %1056, %1057
	%1062 = fcmp olt float %1061, 256.0
	%1063 = uitofp i1 %1062 to float
	%1064 = fcmp une float %1063, 0.0
	%1065 = fcmp olt float %1057, 4.0
	%1066 = uitofp i1 %1065 to float
	%1067 = fcmp une float %1066, 0.0
	%1068 = or i1 %1064, %1067
	%1069 = uitofp i1 %1068 to float
	%1070 = fcmp une float %1069, 0.0
	%1071 = and i1 %1060, %1070
	%1072 = uitofp i1 %1071 to float
	%1073 = fcmp une float %1072, 0.0
	%1074 = and i1 %1054, %1073
	%1075 = select i1 %1074, float %693, float 0xFFF0000000000000
	%1076 = shl i32 %16, 1
	%1077 = add i32 24, %1076
	%1078 = add i32 %236, %1077
	%1079 = icmp slt i32 %1078, %N
	%1080 = select i1 %1079, i32 %1078, i32 0
	%1081 = sitofp i32 %719 to float
	%1082 = sitofp i32 %1080 to float
	%1083 = fcmp ole float %1082, %1081
	%1084 = uitofp i1 %1083 to float
	%1085 = fcmp une float %1084, 0.0
	%1086 = fsub float %1081, %1082
	%1087 = fcmp olt float %1086, 256.0
	%1088 = uitofp i1 %1087 to float
	%1089 = fcmp une float %1088, 0.0
	%1090 = fcmp olt float %1082, 4.0
	%1091 = uitofp i1 %1090 to float
	%1092 = fcmp une float %1091, 0.0
	%1093 = or i1 %1089, %1092
	%1094 = uitofp i1 %1093 to float
	%1095 = fcmp une float %1094, 0.0
	%1096 = and i1 %1085, %1095
	%1097 = uitofp i1 %1096 to float
	%1098 = fcmp une float %1097, 0.0
	%1099 = and i1 %1079, %1098
	%1100 = select i1 %1099, float %694, float 0xFFF0000000000000
	%1101 = shl i32 %16, 1
	%1102 = add i32 25, %1101
	%1103 = add i32 %236, %1102
	%1104 = icmp slt i32 %1103, %N
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = sitofp i32 %719 to float
	%1107 = sitofp i32 %1105 to float
	%1108 = fcmp ole float %1107, %1106
	%1109 = uitofp i1 %1108 to float
	%1110 = fcmp une float %1109, 0.0
	%1111 = fsub float %1106, %1107
	%1112 = fcmp olt float %1111, 256.0
	%1113 = uitofp i1 %1112 to float
	%1114 = fcmp une float %1113, 0.0
	%1115 = fcmp olt float %1107, 4.0
	%1116 = uitofp i1 %1115 to float
	%1117 = fcmp une float %1116, 0.0
	%1118 = or i1 %1114, %1117
	%1119 = uitofp i1 %1118 to float
	%1120 = fcmp une float %1119, 0.0
	%1121 = and i1 %1110, %1120
	%1122 = uitofp i1 %1121 to float
	%1123 = fcmp une float %1122, 0.0
	%1124 = and i1 %1104, %1123
	%1125 = select i1 %1124, float %695, float 0xFFF0000000000000
	%1126 = shl i32 %16, 1
	%1127 = add i32 32, %1126
	%1128 = add i32 %236, %1127
	%1129 = icmp slt i32 %1128, %N
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = sitofp i32 %715 to float
	%1132 = sitofp i32 %1130 to float
	%1133 = fcmp ole float %1132, %1131
	%1134 = uitofp i1 %1133 to float
	%1135 = fcmp une float %1134, 0.0
	%1136 = fsub float %1131, %1132
	%1137 = fcmp olt float %1136, 256.0
	%1138 = uitofp i1 %1137 to float
	%1139 = fcmp une float %1138, 0.0
	%1140 = fcmp olt float %1132, 4.0
	%1141 = uitofp i1 %1140 to float
	%1142 = fcmp une float %1141, 0.0
	%1143 = or i1 %1139, %1142
	%1144 = uitofp i1 %1143 to float
	%1145 = fcmp une float %1144, 0.0
	%1146 = and i1 %1135, %1145
	%1147 = uitofp i1 %1146 to float
	%1148 = fcmp une float %1147, 0.0
	%1149 = and i1 %1129, %1148
	%1150 = select i1 %1149, float %696, float 0xFFF0000000000000
	%1151 = shl i32 %16, 1
	%1152 = add i32 33, %1151
	%1153 = add i32 %236, %1152
	%1154 = icmp slt i32 %1153, %N
	%1155 = select i1 %1154, i32 %1153, i32 0
	%1156 = sitofp i32 %715 to float
	%1157 = sitofp i32 %1155 to float
	%1158 = fcmp ole float %1157, %1156
	%1159 = uitofp i1 %1158 to float
	%1160 = fcmp une float %1159, 0.0
	%1161 = fsub float %1156, %1157
	%1162 = fcmp olt float %1161, 256.0
	%1163 = uitofp i1 %1162 to float
	%1164 = fcmp une float %1163, 0.0
	%1165 = fcmp olt float %1157, 4.0
	%1166 = uitofp i1 %1165 to float
	%1167 = fcmp une float %1166, 0.0
	%1168 = or i1 %1164, %1167
	%1169 = uitofp i1 %1168 to float
	%1170 = fcmp une float %1169, 0.0
	%1171 = and i1 %1160, %1170
	%1172 = uitofp i1 %1171 to float
	%1173 = fcmp une float %1172, 0.0
	%1174 = and i1 %1154, %1173
	%1175 = select i1 %1174, float %697, float 0xFFF0000000000000
	%1176 = shl i32 %16, 1
	%1177 = add i32 32, %1176
	%1178 = add i32 %236, %1177
	%1179 = icmp slt i32 %1178, %N
	%1180 = select i1 %1179, i32 %1178, i32 0
	%1181 = sitofp i32 %719 to float
	%1182 = sitofp i32 %1180 to float
	%1183 = fcmp ole float %1182, %1181
	%1184 = uitofp i1 %1183 to float
	%1185 = fcmp une float %1184, 0.0
	%1186 = fsub float %1181, %1182
	%1187 = fcmp olt float %1186, 256.0
	%1188 = uitofp i1 %1187 to float
	%1189 = fcmp une float %1188, 0.0
	%1190 = fcmp olt float %1182, 4.0
	%1191 = uitofp i1 %1190 to float
	%1192 = fcmp une float %1191, 0.0
	%1193 = or i1 %1189, %1192
	%1194 = uitofp i1 %1193 to float
	%1195 = fcmp une float %1194, 0.0
	%1196 = and i1 %1185, %1195
	%1197 = uitofp i1 %1196 to float
	%1198 = fcmp une float %1197, 0.0
	%1199 = and i1 %1179, %1198
	%1200 = select i1 %1199, float %698, float 0xFFF0000000000000
	%1201 = shl i32 %16, 1
	%1202 = add i32 33, %1201
	%1203 = add i32 %236, %1202
	%1204 = icmp slt i32 %1203, %N
	%1205 = select i1 %1204, i32 %1203, i32 0
	%1206 = sitofp i32 %719 to float
	%1207 = sitofp i32 %1205 to float
	%1208 = fcmp ole float %1207, %1206
	%1209 = uitofp i1 %1208 to float
	%1210 = fcmp une float %1209, 0.0
	%1211 = fsub float %1206, %1207
	%1212 = fcmp olt float %1211, 256.0
	%1213 = uitofp i1 %1212 to float
	%1214 = fcmp une float %1213, 0.0
	%1215 = fcmp olt float %1207, 4.0
	%1216 = uitofp i1 %1215 to float
	%1217 = fcmp une float %1216, 0.0
	%1218 = or i1 %1214, %1217
	%1219 = uitofp i1 %1218 to float
	%1220 = fcmp une float %1219, 0.0
	%1221 = and i1 %1210, %1220
	%1222 = uitofp i1 %1221 to float
	%1223 = fcmp une float %1222, 0.0
	%1224 = and i1 %1204, %1223
	%1225 = select i1 %1224, float %699, float 0xFFF0000000000000
	%1226 = shl i32 %16, 1
	%1227 = add i32 40, %1226
	%1228 = add i32 %236, %1227
	%1229 = icmp slt i32 %1228, %N
	%1230 = select i1 %1229, i32 %1228, i32 0
	%1231 = sitofp i32 %715 to float
	%1232 = sitofp i32 %1230 to float
	%1233 = fcmp ole float %1232, %1231
	%1234 = uitofp i1 %1233 to float
	%1235 = fcmp une float %1234, 0.0
	%1236 = fsub float %1231, %1232
	%1237 = fcmp olt float %1236, 256.0
	%1238 = uitofp i1 %1237 to float
	%1239 = fcmp une float %1238, 0.0
	%1240 = fcmp olt float %1232, 4.0
	%1241 = uitofp i1 %1240 to float
	%1242 = fcmp une float %1241, 0.0
	%1243 = or i1 %1239, %1242
	%1244 = uitofp i1 %1243 to float
	%1245 = fcmp une float %1244, 0.0
	%1246 = and i1 %1235, %1245
	%1247 = uitofp i1 %1246 to float
	%1248 = fcmp une float %1247, 0.0
	%1249 = and i1 %1229, %1248
	%1250 = select i1 %1249, float %700, float 0xFFF0000000000000
	%1251 = shl i32 %16, 1
	%1252 = add i32 41, %1251
	%1253 = add i32 %236, %1252
	%1254 = icmp slt i32 %1253, %N
	%1255 = select i1 %1254, i32 %1253, i32 0
	%1256 = sitofp i32 %715 to float
	%1257 = sitofp i32 %1255 to float
	%1258 = fcmp ole float %1257, %1256
	%1259 = uitofp i1 %1258 to float
	%1260 = fcmp une float %1259, 0.0
	%1261 = fsub float %1256, %1257
	%1262 = fcmp olt float %1261, 256.0
	%1263 = uitofp i1 %1262 to float
	%1264 = fcmp une float %1263, 0.0
	%1265 = fcmp olt float %1257, 4.0
	%1266 = uitofp i1 %1265 to float
	%1267 = fcmp une float %1266, 0.0
	%1268 = or i1 %1264, %1267
	%1269 = uitofp i1 %1268 to float
	%1270 = fcmp une float %1269, 0.0
	%1271 = and i1 %1260, %1270
	%1272 = uitofp i1 %1271 to float
	%1273 = fcmp une float %1272, 0.0
	%1274 = and i1 %1254, %1273
	%1275 = select i1 %1274, float %701, float 0xFFF0000000000000
	%1276 = shl i32 %16, 1
	%1277 = add i32 40, %1276
	%1278 = add i32 %236, %1277
	%1279 = icmp slt i32 %1278, %N
	%1280 = select i1 %1279, i32 %1278, i32 0
	%1281 = sitofp i32 %719 to float
	%1282 = sitofp i32 %1280 to float
	%1283 = fcmp ole float %1282, %1281
	%1284 = uitofp i1 %1283 to float
	%1285 = fcmp une float %1284, 0.0
	%1286 = fsub float %1281, %1282
	%1287 = fcmp olt float %1286, 256.0
	%1288 = uitofp i1 %1287 to float
	%1289 = fcmp une float %1288, 0.0
	%1290 = fcmp olt float %1282, 4.0
	%1291 = uitofp i1 %1290 to float
	%1292 = fcmp une float %1291, 0.0
	%1293 = or i1 %1289, %1292
	%1294 = uitofp i1 %1293 to float
	%1295 = fcmp une float %1294, 0.0
	%1296 = and i1 %1285, %1295
	%1297 = uitofp i1 %1296 to float
	%1298 = fcmp une float %1297, 0.0
	%1299 = and i1 %1279, %1298
	%1300 = select i1 %1299, float %702, float 0xFFF0000000000000
	%1301 = shl i32 %16, 1
	%1302 = add i32 41, %1301
	%1303 = add i32 %236, %1302
	%1304 = icmp slt i32 %1303, %N
	%1305 = select i1 %1304, i32 %1303, i32 0
	%1306 = sitofp i32 %719 to float
	%1307 = sitofp i32 %1305 to float
	%1308 = fcmp ole float %1307, %1306
	%1309 = uitofp i1 %1308 to float
	%1310 = fcmp une float %1309, 0.0
	%1311 = fsub float %1306, %1307
	%1312 = fcmp olt float %1311, 256.0
	%1313 = uitofp i1 %1312 to float
	%1314 = fcmp une float %1313, 0.0
	%1315 = fcmp olt float %1307, 4.0
	%1316 = uitofp i1 %1315 to float
	%1317 = fcmp une float %1316, 0.0
	%1318 = or i1 %1314, %1317
	%1319 = uitofp i1 %1318 to float
	%1320 = fcmp une float %1319, 0.0
	%1321 = and i1 %1310, %1320
	%1322 = uitofp i1 %1321 to float
	%1323 = fcmp une float %1322, 0.0
	%1324 = and i1 %1304, %1323
	%1325 = select i1 %1324, float %703, float 0xFFF0000000000000
	%1326 = shl i32 %16, 1
	%1327 = add i32 48, %1326
	%1328 = add i32 %236, %1327
	%1329 = icmp slt i32 %1328, %N
	%1330 = select i1 %1329, i32 %1328, i32 0
	%1331 = sitofp i32 %715 to float
	%1332 = sitofp i32 %1330 to float
	%1333 = fcmp ole float %1332, %1331
	%1334 = uitofp i1 %1333 to float
	%1335 = fcmp une float %1334, 0.0
	%1336 = fsub float %1331, %1332
	%1337 = fcmp olt float %1336, 256.0
	%1338 = uitofp i1 %1337 to float
	%1339 = fcmp une float %1338, 0.0
	%1340 = fcmp olt float %1332, 4.0
	%1341 = uitofp i1 %1340 to float
	%1342 = fcmp une float %1341, 0.0
	%1343 = or i1 %1339, %1342
	%1344 = uitofp i1 %1343 to float
	%1345 = fcmp une float %1344, 0.0
	%1346 = and i1 %1335, %1345
	%1347 = uitofp i1 %1346 to float
	%1348 = fcmp une float %1347, 0.0
	%1349 = and i1 %1329, %1348
	%1350 = select i1 %1349, float %704, float 0xFFF0000000000000
	%1351 = shl i32 %16, 1
	%1352 = add i32 49, %1351
	%1353 = add i32 %236, %1352
	%1354 = icmp slt i32 %1353, %N
	%1355 = select i1 %1354, i32 %1353, i32 0
	%1356 = sitofp i32 %715 to float
	%1357 = sitofp i32 %1355 to float
	%1358 = fcmp ole float %1357, %1356
	%1359 = uitofp i1 %1358 to float
	%1360 = fcmp une float %1359, 0.0
	%1361 = fsub float %1356, %1357
	%1362 = fcmp olt float %1361, 256.0
	%1363 = uitofp i1 %1362 to float
	%1364 = fcmp une float %1363, 0.0
	%1365 = fcmp olt float %1357, 4.0
	%1366 = uitofp i1 %1365 to float
	%1367 = fcmp une float %1366, 0.0
	%1368 = or i1 %1364, %1367
	%1369 = uitofp i1 %1368 to float
	%1370 = fcmp une float %1369, 0.0
	%1371 = and i1 %1360, %1370
	%1372 = uitofp i1 %1371 to float
	%1373 = fcmp une float %1372, 0.0
	%1374 = and i1 %1354, %1373
	%1375 = select i1 %1374, float %705, float 0xFFF0000000000000
	%1376 = shl i32 %16, 1
	%1377 = add i32 48, %1376
	%1378 = add i32 %236, %1377
	%1379 = icmp slt i32 %1378, %N
	%1380 = select i1 %1379, i32 %1378, i32 0
	%1381 = sitofp i32 %719 to float
	%1382 = sitofp i32 %1380 to float
	%1383 = fcmp ole float %1382, %1381
	%1384 = uitofp i1 %1383 to float
	%1385 = fcmp une float %1384, 0.0
	%1386 = fsub float %1381, %1382
	%1387 = fcmp olt float %1386, 256.0
	%1388 = uitofp i1 %1387 to float
	%1389 = fcmp une float %1388, 0.0
	%1390 = fcmp olt float %1382, 4.0
	%1391 = uitofp i1 %1390 to float
	%1392 = fcmp une float %1391, 0.0
	%1393 = or i1 %1389, %1392
	%1394 = uitofp i1 %1393 to float
	%1395 = fcmp une float %1394, 0.0
	%1396 = and i1 %1385, %1395
	%1397 = uitofp i1 %1396 to float
	%1398 = fcmp une float %1397, 0.0
	%1399 = and i1 %1379, %1398
	%1400 = select i1 %1399, float %706, float 0xFFF0000000000000
	%1401 = shl i32 %16, 1
	%1402 = add i32 49, %1401
	%1403 = add i32 %236, %1402
	%1404 = icmp slt i32 %1403, %N
	%1405 = select i1 %1404, i32 %1403, i32 0
	%1406 = sitofp i32 %719 to float
	%1407 = sitofp i32 %1405 to float
	%1408 = fcmp ole float %1407, %1406
	%1409 = uitofp i1 %1408 to float
	%1410 = fcmp une float %1409, 0.0
	%1411 = fsub float %1406, %1407
	%1412 = fcmp olt float %1411, 256.0
	%1413 = uitofp i1 %1412 to float
	%1414 = fcmp une float %1413, 0.0
	%1415 = fcmp olt float %1407, 4.0
	%1416 = uitofp i1 %1415 to float
	%1417 = fcmp une float %1416, 0.0
	%1418 = or i1 %1414, %1417
	%1419 = uitofp i1 %1418 to float
	%1420 = fcmp une float %1419, 0.0
	%1421 = and i1 %1410, %1420
	%1422 = uitofp i1 %1421 to float
	%1423 = fcmp une float %1422, 0.0
	%1424 = and i1 %1404, %1423
	%1425 = select i1 %1424, float %707, float 0xFFF0000000000000
	%1426 = shl i32 %16, 1
	%1427 = add i32 56, %1426
	%1428 = add i32 %236, %1427
	%1429 = icmp slt i32 %1428, %N
	%1430 = select i1 %1429, i32 %1428, i32 0
	%1431 = sitofp i32 %715 to float
	%1432 = sitofp i32 %1430 to float
	%1433 = fcmp ole float %1432, %1431
	%1434 = uitofp i1 %1433 to float
	%1435 = fcmp une float %1434, 0.0
	%1436 = fsub float %1431, %1432
	%1437 = fcmp olt float %1436, 256.0
	%1438 = uitofp i1 %1437 to float
	%1439 = fcmp une float %1438, 0.0
	%1440 = fcmp olt float %1432, 4.0
	%1441 = uitofp i1 %1440 to float
	%1442 = fcmp une float %1441, 0.0
	%1443 = or i1 %1439, %1442
	%1444 = uitofp i1 %1443 to float
	%1445 = fcmp une float %1444, 0.0
	%1446 = and i1 %1435, %1445
	%1447 = uitofp i1 %1446 to float
	%1448 = fcmp une float %1447, 0.0
	%1449 = and i1 %1429, %1448
	%1450 = select i1 %1449, float %708, float 0xFFF0000000000000
	%1451 = shl i32 %16, 1
	%1452 = add i32 57, %1451
	%1453 = add i32 %236, %1452
	%1454 = icmp slt i32 %1453, %N
	%1455 = select i1 %1454, i32 %1453, i32 0
	%1456 = sitofp i32 %715 to float
	%1457 = sitofp i32 %1455 to float
	%1458 = fcmp ole float %1457, %1456
	%1459 = uitofp i1 %1458 to float
	%1460 = fcmp une float %1459, 0.0
	%1461 = fsub float %1456, %1457
	%1462 = fcmp olt float %1461, 256.0
	%1463 = uitofp i1 %1462 to float
	%1464 = fcmp une float %1463, 0.0
	%1465 = fcmp olt float %1457, 4.0
	%1466 = uitofp i1 %1465 to float
	%1467 = fcmp une float %1466, 0.0
	%1468 = or i1 %1464, %1467
	%1469 = uitofp i1 %1468 to float
	%1470 = fcmp une float %1469, 0.0
	%1471 = and i1 %1460, %1470
	%1472 = uitofp i1 %1471 to float
	%1473 = fcmp une float %1472, 0.0
	%1474 = and i1 %1454, %1473
	%1475 = select i1 %1474, float %709, float 0xFFF0000000000000
	%1476 = shl i32 %16, 1
	%1477 = add i32 56, %1476
	%1478 = add i32 %236, %1477
	%1479 = icmp slt i32 %1478, %N
	%1480 = select i1 %1479, i32 %1478, i32 0
	%1481 = sitofp i32 %719 to float
	%1482 = sitofp i32 %1480 to float
	%1483 = fcmp ole float %1482, %1481
	%1484 = uitofp i1 %1483 to float
	%1485 = fcmp une float %1484, 0.0
	%1486 = fsub float %1481, %1482
	%1487 = fcmp olt float %1486, 256.0
	%1488 = uitofp i1 %1487 to float
	%1489 = fcmp une float %1488, 0.0
	%1490 = fcmp olt float %1482, 4.0
	%1491 = uitofp i1 %1490 to float
	%1492 = fcmp une float %1491, 0.0
	%1493 = or i1 %1489, %1492
	%1494 = uitofp i1 %1493 to float
	%1495 = fcmp une float %1494, 0.0
	%1496 = and i1 %1485, %1495
	%1497 = uitofp i1 %1496 to float
	%1498 = fcmp une float %1497, 0.0
	%1499 = and i1 %1479, %1498
	%1500 = select i1 %1499, float %710, float 0xFFF0000000000000
	%1501 = shl i32 %16, 1
	%1502 = add i32 57, %1501
	%1503 = add i32 %236, %1502
	%1504 = icmp slt i32 %1503, %N
	%1505 = select i1 %1504, i32 %1503, i32 0
	%1506 = sitofp i32 %719 to float
	%1507 = sitofp i32 %1505 to float
	%1508 = fcmp ole float %1507, %1506
	%1509 = uitofp i1 %1508 to float
	%1510 = fcmp une float %1509, 0.0
	%1511 = fsub float %1506, %1507
	%1512 = fcmp olt float %1511, 256.0
	%1513 = uitofp i1 %1512 to float
	%1514 = fcmp une float %1513, 0.0
	%1515 = fcmp olt float %1507, 4.0
	%1516 = uitofp i1 %1515 to float
	%1517 = fcmp une float %1516, 0.0
	%1518 = or i1 %1514, %1517
	%1519 = uitofp i1 %1518 to float
	%1520 = fcmp une float %1519, 0.0
	%1521 = and i1 %1510, %1520
	%1522 = uitofp i1 %1521 to float
	%1523 = fcmp une float %1522, 0.0
	%1524 = and i1 %1504, %1523
	%1525 = select i1 %1524, float %711, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1526 = phi float [ %680, %body ], [ %750, %partial ]
	%1527 = phi float [ %681, %body ], [ %775, %partial ]
	%1528 = phi float [ %682, %body ], [ %800, %partial ]
	%1529 = phi float [ %683, %body ], [ %825, %partial ]
	%1530 = phi float [ %684, %body ], [ %850, %partial ]
	%1531 = phi float [ %685, %body ], [ %875, %partial ]
	%1532 = phi float [ %686, %body ], [ %900, %partial ]
	%1533 = phi float [ %687, %body ], [ %925, %partial ]
	%1534 = phi float [ %688, %body ], [ %950, %partial ]
	%1535 = phi float [ %689, %body ], [ %975, %partial ]
	%1536 = phi float [ %690, %body ], [ %1000, %partial ]
	%1537 = phi float [ %691, %body ], [ %1025, %partial ]
	%1538 = phi float [ %692, %body ], [ %1050, %partial ]
	%1539 = phi float [ %693, %body ], [ %1075, %partial ]
	%1540 = phi float [ %694, %body ], [ %1100, %partial ]
	%1541 = phi float [ %695, %body ], [ %1125, %partial ]
	%1542 = phi float [ %696, %body ], [ %1150, %partial ]
	%1543 = phi float [ %697, %body ], [ %1175, %partial ]
	%1544 = phi float [ %698, %body ], [ %1200, %partial ]
	%1545 = phi float [ %699, %body ], [ %1225, %partial ]
	%1546 = phi float [ %700, %body ], [ %1250, %partial ]
	%1547 = phi float [ %701, %body ], [ %1275, %partial ]
	%1548 = phi float [ %702, %body ], [ %1300, %partial ]
	%1549 = phi float [ %703, %body ], [ %1325, %partial ]
	%1550 = phi float [ %704, %body ], [ %1350, %partial ]
	%1551 = phi float [ %705, %body ], [ %1375, %partial ]
	%1552 = phi float [ %706, %body ], [ %1400, %partial ]
	%1553 = phi float [ %707, %body ], [ %1425, %partial ]
	%1554 = phi float [ %708, %body ], [ %1450, %partial ]
	%1555 = phi float [ %709, %body ], [ %1475, %partial ]
	%1556 = phi float [ %710, %body ], [ %1500, %partial ]
	%1557 = phi float [ %711, %body ], [ %1525, %partial ]
	%1558 = call float @llvm.nvvm.fmax.f(float %1526, float %1527)
	%1559 = call float @llvm.nvvm.fmax.f(float %1530, float %1531)
	%1560 = call float @llvm.nvvm.fmax.f(float %1534, float %1535)
	%1561 = call float @llvm.nvvm.fmax.f(float %1538, float %1539)
	%1562 = call float @llvm.nvvm.fmax.f(float %1542, float %1543)
	%1563 = call float @llvm.nvvm.fmax.f(float %1546, float %1547)
	%1564 = call float @llvm.nvvm.fmax.f(float %1550, float %1551)
	%1565 = call float @llvm.nvvm.fmax.f(float %1554, float %1555)
	%1566 = call float @llvm.nvvm.fmax.f(float %1558, float %1559)
	%1567 = call float @llvm.nvvm.fmax.f(float %1560, float %1561)
	%1568 = call float @llvm.nvvm.fmax.f(float %1562, float %1563)
	%1569 = call float @llvm.nvvm.fmax.f(float %1564, float %1565)
	%1570 = call float @llvm.nvvm.fmax.f(float %1566, float %1567)
	%1571 = call float @llvm.nvvm.fmax.f(float %1568, float %1569)
	%1572 = call float @llvm.nvvm.fmax.f(float %1570, float %1571)
	%1573 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1572, i32 1, i32 31)
	%1574 = call float @llvm.nvvm.fmax.f(float %1572, float %1573)
	%1575 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1574, i32 2, i32 31)
	%1576 = call float @llvm.nvvm.fmax.f(float %1574, float %1575)
	%1577 = fmul float %1576, 0x3FC7154760000000
	%1578 = call float @llvm.nvvm.fmax.f(float %216, float %1577)
	%1579 = fadd float %216, 8.0
	%1580 = fcmp ogt float %1578, %1579
	%1581 = or i1 false, %1580
	%1582 = call float @llvm.nvvm.fmax.f(float %1528, float %1529)
	%1583 = call float @llvm.nvvm.fmax.f(float %1532, float %1533)
	%1584 = call float @llvm.nvvm.fmax.f(float %1536, float %1537)
	%1585 = call float @llvm.nvvm.fmax.f(float %1540, float %1541)
	%1586 = call float @llvm.nvvm.fmax.f(float %1544, float %1545)
	%1587 = call float @llvm.nvvm.fmax.f(float %1548, float %1549)
	%1588 = call float @llvm.nvvm.fmax.f(float %1552, float %1553)
	%1589 = call float @llvm.nvvm.fmax.f(float %1556, float %1557)
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
	%1602 = call float @llvm.nvvm.fmax.f(float %218, float %1601)
	%1603 = fadd float %218, 8.0
	%1604 = fcmp ogt float %1602, %1603
	%1605 = or i1 %1581, %1604
	%1606 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1605)
	br i1 %1606, label %1607, label %1618

1607:
	%1608 = fcmp oeq float %1578, 0xFFF0000000000000
	%1609 = select i1 %1608, float 0.0, float %1578
	%1610 = fsub float %216, %1609
	%1611 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1610)
	%1612 = fcmp oeq float %1602, 0xFFF0000000000000
	%1613 = select i1 %1612, float 0.0, float %1602
	%1614 = fsub float %218, %1613
	%1615 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1614)
	%1616 = fmul float %217, %1611
	%1617 = fmul float %219, %1615
	br label %1618

1618:
	%1619 = phi float [ %217, %softmax ], [ %1616, %1607 ]
	%1620 = phi float [ %219, %softmax ], [ %1617, %1607 ]
	%1621 = phi float [ 1.0, %softmax ], [ %1611, %1607 ]
	%1622 = phi float [ 1.0, %softmax ], [ %1615, %1607 ]
	%1623 = select i1 %1606, float %1578, float %216
	%1624 = fcmp oeq float %1623, 0xFFF0000000000000
	%1625 = select i1 %1624, float 0.0, float %1623
	%1626 = fneg float %1625
	%1627 = call float @llvm.fma.f32(float %1526, float 0x3FC7154760000000, float %1626)
	%1628 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1627)
	%1629 = call float @llvm.fma.f32(float %1527, float 0x3FC7154760000000, float %1626)
	%1630 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1629)
	%1631 = call float @llvm.fma.f32(float %1530, float 0x3FC7154760000000, float %1626)
	%1632 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1631)
	%1633 = call float @llvm.fma.f32(float %1531, float 0x3FC7154760000000, float %1626)
	%1634 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1633)
	%1635 = call float @llvm.fma.f32(float %1534, float 0x3FC7154760000000, float %1626)
	%1636 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1635)
	%1637 = call float @llvm.fma.f32(float %1535, float 0x3FC7154760000000, float %1626)
	%1638 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1637)
	%1639 = call float @llvm.fma.f32(float %1538, float 0x3FC7154760000000, float %1626)
	%1640 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1639)
	%1641 = call float @llvm.fma.f32(float %1539, float 0x3FC7154760000000, float %1626)
	%1642 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1641)
	%1643 = call float @llvm.fma.f32(float %1542, float 0x3FC7154760000000, float %1626)
	%1644 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1643)
	%1645 = call float @llvm.fma.f32(float %1543, float 0x3FC7154760000000, float %1626)
	%1646 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1645)
	%1647 = call float @llvm.fma.f32(float %1546, float 0x3FC7154760000000, float %1626)
	%1648 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1647)
	%1649 = call float @llvm.fma.f32(float %1547, float 0x3FC7154760000000, float %1626)
	%1650 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1649)
	%1651 = call float @llvm.fma.f32(float %1550, float 0x3FC7154760000000, float %1626)
	%1652 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1651)
	%1653 = call float @llvm.fma.f32(float %1551, float 0x3FC7154760000000, float %1626)
	%1654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1653)
	%1655 = call float @llvm.fma.f32(float %1554, float 0x3FC7154760000000, float %1626)
	%1656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1655)
	%1657 = call float @llvm.fma.f32(float %1555, float 0x3FC7154760000000, float %1626)
	%1658 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1657)
	%1659 = fadd float %1628, %1630
	%1660 = fadd float %1632, %1634
	%1661 = fadd float %1636, %1638
	%1662 = fadd float %1640, %1642
	%1663 = fadd float %1644, %1646
	%1664 = fadd float %1648, %1650
	%1665 = fadd float %1652, %1654
	%1666 = fadd float %1656, %1658
	%1667 = fadd float %1659, %1660
	%1668 = fadd float %1661, %1662
	%1669 = fadd float %1663, %1664
	%1670 = fadd float %1665, %1666
	%1671 = fadd float %1667, %1668
	%1672 = fadd float %1669, %1670
	%1673 = fadd float %1671, %1672
	%1674 = fadd float %1619, %1673
	%1675 = select i1 %1606, float %1602, float %218
	%1676 = fcmp oeq float %1675, 0xFFF0000000000000
	%1677 = select i1 %1676, float 0.0, float %1675
	%1678 = fneg float %1677
	%1679 = call float @llvm.fma.f32(float %1528, float 0x3FC7154760000000, float %1678)
	%1680 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1679)
	%1681 = call float @llvm.fma.f32(float %1529, float 0x3FC7154760000000, float %1678)
	%1682 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1681)
	%1683 = call float @llvm.fma.f32(float %1532, float 0x3FC7154760000000, float %1678)
	%1684 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1683)
	%1685 = call float @llvm.fma.f32(float %1533, float 0x3FC7154760000000, float %1678)
	%1686 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1685)
	%1687 = call float @llvm.fma.f32(float %1536, float 0x3FC7154760000000, float %1678)
	%1688 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1687)
	%1689 = call float @llvm.fma.f32(float %1537, float 0x3FC7154760000000, float %1678)
	%1690 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1689)
	%1691 = call float @llvm.fma.f32(float %1540, float 0x3FC7154760000000, float %1678)
	%1692 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1691)
	%1693 = call float @llvm.fma.f32(float %1541, float 0x3FC7154760000000, float %1678)
	%1694 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1693)
	%1695 = call float @llvm.fma.f32(float %1544, float 0x3FC7154760000000, float %1678)
	%1696 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1695)
	%1697 = call float @llvm.fma.f32(float %1545, float 0x3FC7154760000000, float %1678)
	%1698 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1697)
	%1699 = call float @llvm.fma.f32(float %1548, float 0x3FC7154760000000, float %1678)
	%1700 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1699)
	%1701 = call float @llvm.fma.f32(float %1549, float 0x3FC7154760000000, float %1678)
	%1702 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1701)
	%1703 = call float @llvm.fma.f32(float %1552, float 0x3FC7154760000000, float %1678)
	%1704 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1703)
	%1705 = call float @llvm.fma.f32(float %1553, float 0x3FC7154760000000, float %1678)
	%1706 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1705)
	%1707 = call float @llvm.fma.f32(float %1556, float 0x3FC7154760000000, float %1678)
	%1708 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1707)
	%1709 = call float @llvm.fma.f32(float %1557, float 0x3FC7154760000000, float %1678)
	%1710 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1709)
	%1711 = fadd float %1680, %1682
	%1712 = fadd float %1684, %1686
	%1713 = fadd float %1688, %1690
	%1714 = fadd float %1692, %1694
	%1715 = fadd float %1696, %1698
	%1716 = fadd float %1700, %1702
	%1717 = fadd float %1704, %1706
	%1718 = fadd float %1708, %1710
	%1719 = fadd float %1711, %1712
	%1720 = fadd float %1713, %1714
	%1721 = fadd float %1715, %1716
	%1722 = fadd float %1717, %1718
	%1723 = fadd float %1719, %1720
	%1724 = fadd float %1721, %1722
	%1725 = fadd float %1723, %1724
	%1726 = fadd float %1620, %1725
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1727 = call float asm sideeffect "", "=f,0"(float %648)
	%1728 = call float asm sideeffect "", "=f,0"(float %649)
	%1729 = call float asm sideeffect "", "=f,0"(float %650)
	%1730 = call float asm sideeffect "", "=f,0"(float %651)
	%1731 = call float asm sideeffect "", "=f,0"(float %652)
	%1732 = call float asm sideeffect "", "=f,0"(float %653)
	%1733 = call float asm sideeffect "", "=f,0"(float %654)
	%1734 = call float asm sideeffect "", "=f,0"(float %655)
	%1735 = call float asm sideeffect "", "=f,0"(float %656)
	%1736 = call float asm sideeffect "", "=f,0"(float %657)
	%1737 = call float asm sideeffect "", "=f,0"(float %658)
	%1738 = call float asm sideeffect "", "=f,0"(float %659)
	%1739 = call float asm sideeffect "", "=f,0"(float %660)
	%1740 = call float asm sideeffect "", "=f,0"(float %661)
	%1741 = call float asm sideeffect "", "=f,0"(float %662)
	%1742 = call float asm sideeffect "", "=f,0"(float %663)
	%1743 = call float asm sideeffect "", "=f,0"(float %664)
	%1744 = call float asm sideeffect "", "=f,0"(float %665)
	%1745 = call float asm sideeffect "", "=f,0"(float %666)
	%1746 = call float asm sideeffect "", "=f,0"(float %667)
	%1747 = call float asm sideeffect "", "=f,0"(float %668)
	%1748 = call float asm sideeffect "", "=f,0"(float %669)
	%1749 = call float asm sideeffect "", "=f,0"(float %670)
	%1750 = call float asm sideeffect "", "=f,0"(float %671)
	%1751 = call float asm sideeffect "", "=f,0"(float %672)
	%1752 = call float asm sideeffect "", "=f,0"(float %673)
	%1753 = call float asm sideeffect "", "=f,0"(float %674)
	%1754 = call float asm sideeffect "", "=f,0"(float %675)
	%1755 = call float asm sideeffect "", "=f,0"(float %676)
	%1756 = call float asm sideeffect "", "=f,0"(float %677)
	%1757 = call float asm sideeffect "", "=f,0"(float %678)
	%1758 = call float asm sideeffect "", "=f,0"(float %679)
	br i1 %1606, label %1759, label %1792

1759:
	%1760 = fmul float %1727, %1621
	%1761 = fmul float %1728, %1621
	%1762 = fmul float %1729, %1622
	%1763 = fmul float %1730, %1622
	%1764 = fmul float %1731, %1621
	%1765 = fmul float %1732, %1621
	%1766 = fmul float %1733, %1622
	%1767 = fmul float %1734, %1622
	%1768 = fmul float %1735, %1621
	%1769 = fmul float %1736, %1621
	%1770 = fmul float %1737, %1622
	%1771 = fmul float %1738, %1622
	%1772 = fmul float %1739, %1621
	%1773 = fmul float %1740, %1621
	%1774 = fmul float %1741, %1622
	%1775 = fmul float %1742, %1622
	%1776 = fmul float %1743, %1621
	%1777 = fmul float %1744, %1621
	%1778 = fmul float %1745, %1622
	%1779 = fmul float %1746, %1622
	%1780 = fmul float %1747, %1621
	%1781 = fmul float %1748, %1621
	%1782 = fmul float %1749, %1622
	%1783 = fmul float %1750, %1622
	%1784 = fmul float %1751, %1621
	%1785 = fmul float %1752, %1621
	%1786 = fmul float %1753, %1622
	%1787 = fmul float %1754, %1622
	%1788 = fmul float %1755, %1621
	%1789 = fmul float %1756, %1621
	%1790 = fmul float %1757, %1622
	%1791 = fmul float %1758, %1622
	br label %1792

1792:
	%1793 = phi float [ %1727, %1618 ], [ %1760, %1759 ]
	%1794 = phi float [ %1728, %1618 ], [ %1761, %1759 ]
	%1795 = phi float [ %1729, %1618 ], [ %1762, %1759 ]
	%1796 = phi float [ %1730, %1618 ], [ %1763, %1759 ]
	%1797 = phi float [ %1731, %1618 ], [ %1764, %1759 ]
	%1798 = phi float [ %1732, %1618 ], [ %1765, %1759 ]
	%1799 = phi float [ %1733, %1618 ], [ %1766, %1759 ]
	%1800 = phi float [ %1734, %1618 ], [ %1767, %1759 ]
	%1801 = phi float [ %1735, %1618 ], [ %1768, %1759 ]
	%1802 = phi float [ %1736, %1618 ], [ %1769, %1759 ]
	%1803 = phi float [ %1737, %1618 ], [ %1770, %1759 ]
	%1804 = phi float [ %1738, %1618 ], [ %1771, %1759 ]
	%1805 = phi float [ %1739, %1618 ], [ %1772, %1759 ]
	%1806 = phi float [ %1740, %1618 ], [ %1773, %1759 ]
	%1807 = phi float [ %1741, %1618 ], [ %1774, %1759 ]
	%1808 = phi float [ %1742, %1618 ], [ %1775, %1759 ]
	%1809 = phi float [ %1743, %1618 ], [ %1776, %1759 ]
	%1810 = phi float [ %1744, %1618 ], [ %1777, %1759 ]
	%1811 = phi float [ %1745, %1618 ], [ %1778, %1759 ]
	%1812 = phi float [ %1746, %1618 ], [ %1779, %1759 ]
	%1813 = phi float [ %1747, %1618 ], [ %1780, %1759 ]
	%1814 = phi float [ %1748, %1618 ], [ %1781, %1759 ]
	%1815 = phi float [ %1749, %1618 ], [ %1782, %1759 ]
	%1816 = phi float [ %1750, %1618 ], [ %1783, %1759 ]
	%1817 = phi float [ %1751, %1618 ], [ %1784, %1759 ]
	%1818 = phi float [ %1752, %1618 ], [ %1785, %1759 ]
	%1819 = phi float [ %1753, %1618 ], [ %1786, %1759 ]
	%1820 = phi float [ %1754, %1618 ], [ %1787, %1759 ]
	%1821 = phi float [ %1755, %1618 ], [ %1788, %1759 ]
	%1822 = phi float [ %1756, %1618 ], [ %1789, %1759 ]
	%1823 = phi float [ %1757, %1618 ], [ %1790, %1759 ]
	%1824 = phi float [ %1758, %1618 ], [ %1791, %1759 ]
	%1825 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1630, float %1628)
	%1826 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1682, float %1680)
	%1827 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1634, float %1632)
	%1828 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1686, float %1684)
	%1829 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1638, float %1636)
	%1830 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1690, float %1688)
	%1831 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1642, float %1640)
	%1832 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1694, float %1692)
	%1833 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1646, float %1644)
	%1834 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1698, float %1696)
	%1835 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1650, float %1648)
	%1836 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1702, float %1700)
	%1837 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1654, float %1652)
	%1838 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1706, float %1704)
	%1839 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1658, float %1656)
	%1840 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1710, float %1708)
	br i1 %251, label %loop, label %drain

drain:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1841 = add i32 %240, 0
	%1842 = zext i32 %1841 to i64
	%1843 = or i64 %1842, u0x4000004002000000
	%1844 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1793, float %1794, float %1795, float %1796, float %1797, float %1798, float %1799, float %1800, float %1801, float %1802, float %1803, float %1804, float %1805, float %1806, float %1807, float %1808, float %1809, float %1810, float %1811, float %1812, float %1813, float %1814, float %1815, float %1816, float %1817, float %1818, float %1819, float %1820, float %1821, float %1822, float %1823, float %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1828, i64 %1843, i32 1)
	%1845 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 0
	%1846 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 1
	%1847 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 2
	%1848 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 3
	%1849 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 4
	%1850 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 5
	%1851 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 6
	%1852 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 7
	%1853 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 8
	%1854 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 9
	%1855 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 10
	%1856 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 11
	%1857 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 12
	%1858 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 13
	%1859 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 14
	%1860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 15
	%1861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 16
	%1862 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 17
	%1863 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 18
	%1864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 19
	%1865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 20
	%1866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 21
	%1867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 22
	%1868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 23
	%1869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 24
	%1870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 25
	%1871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 26
	%1872 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 27
	%1873 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 28
	%1874 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 29
	%1875 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 30
	%1876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1844, 31
	%1877 = add i32 %240, 128
	%1878 = zext i32 %1877 to i64
	%1879 = or i64 %1878, u0x4000004002000000
	%1880 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1845, float %1846, float %1847, float %1848, float %1849, float %1850, float %1851, float %1852, float %1853, float %1854, float %1855, float %1856, float %1857, float %1858, float %1859, float %1860, float %1861, float %1862, float %1863, float %1864, float %1865, float %1866, float %1867, float %1868, float %1869, float %1870, float %1871, float %1872, float %1873, float %1874, float %1875, float %1876, i32 %1829, i32 %1830, i32 %1831, i32 %1832, i64 %1879, i32 1)
	%1881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 0
	%1882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 1
	%1883 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 2
	%1884 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 3
	%1885 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 4
	%1886 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 5
	%1887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 6
	%1888 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 7
	%1889 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 8
	%1890 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 9
	%1891 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 10
	%1892 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 11
	%1893 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 12
	%1894 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 13
	%1895 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 14
	%1896 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 15
	%1897 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 16
	%1898 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 17
	%1899 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 18
	%1900 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 19
	%1901 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 20
	%1902 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 21
	%1903 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 22
	%1904 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 23
	%1905 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 24
	%1906 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 25
	%1907 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 26
	%1908 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 27
	%1909 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 28
	%1910 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 29
	%1911 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 30
	%1912 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1880, 31
	%1913 = add i32 %240, 256
	%1914 = zext i32 %1913 to i64
	%1915 = or i64 %1914, u0x4000004002000000
	%1916 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1881, float %1882, float %1883, float %1884, float %1885, float %1886, float %1887, float %1888, float %1889, float %1890, float %1891, float %1892, float %1893, float %1894, float %1895, float %1896, float %1897, float %1898, float %1899, float %1900, float %1901, float %1902, float %1903, float %1904, float %1905, float %1906, float %1907, float %1908, float %1909, float %1910, float %1911, float %1912, i32 %1833, i32 %1834, i32 %1835, i32 %1836, i64 %1915, i32 1)
	%1917 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 0
	%1918 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 1
	%1919 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 2
	%1920 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 3
	%1921 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 4
	%1922 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 5
	%1923 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 6
	%1924 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 7
	%1925 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 8
	%1926 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 9
	%1927 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 10
	%1928 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 11
	%1929 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 12
	%1930 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 13
	%1931 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 14
	%1932 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 15
	%1933 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 16
	%1934 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 17
	%1935 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 18
	%1936 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 19
	%1937 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 20
	%1938 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 21
	%1939 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 22
	%1940 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 23
	%1941 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 24
	%1942 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 25
	%1943 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 26
	%1944 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 27
	%1945 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 28
	%1946 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 29
	%1947 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 30
	%1948 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1916, 31
	%1949 = add i32 %240, 384
	%1950 = zext i32 %1949 to i64
	%1951 = or i64 %1950, u0x4000004002000000
	%1952 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1917, float %1918, float %1919, float %1920, float %1921, float %1922, float %1923, float %1924, float %1925, float %1926, float %1927, float %1928, float %1929, float %1930, float %1931, float %1932, float %1933, float %1934, float %1935, float %1936, float %1937, float %1938, float %1939, float %1940, float %1941, float %1942, float %1943, float %1944, float %1945, float %1946, float %1947, float %1948, i32 %1837, i32 %1838, i32 %1839, i32 %1840, i64 %1951, i32 1)
	%1953 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 0
	%1954 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 1
	%1955 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 2
	%1956 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 3
	%1957 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 4
	%1958 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 5
	%1959 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 6
	%1960 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 7
	%1961 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 8
	%1962 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 9
	%1963 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 10
	%1964 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 11
	%1965 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 12
	%1966 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 13
	%1967 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 14
	%1968 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 15
	%1969 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 16
	%1970 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 17
	%1971 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 18
	%1972 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 19
	%1973 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 20
	%1974 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 21
	%1975 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 22
	%1976 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 23
	%1977 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 24
	%1978 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 25
	%1979 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 26
	%1980 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 27
	%1981 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 28
	%1982 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 29
	%1983 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 30
	%1984 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1952, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1985 = call float asm sideeffect "", "=f,0"(float %1953)
	%1986 = call float asm sideeffect "", "=f,0"(float %1954)
	%1987 = call float asm sideeffect "", "=f,0"(float %1955)
	%1988 = call float asm sideeffect "", "=f,0"(float %1956)
	%1989 = call float asm sideeffect "", "=f,0"(float %1957)
	%1990 = call float asm sideeffect "", "=f,0"(float %1958)
	%1991 = call float asm sideeffect "", "=f,0"(float %1959)
	%1992 = call float asm sideeffect "", "=f,0"(float %1960)
	%1993 = call float asm sideeffect "", "=f,0"(float %1961)
	%1994 = call float asm sideeffect "", "=f,0"(float %1962)
	%1995 = call float asm sideeffect "", "=f,0"(float %1963)
	%1996 = call float asm sideeffect "", "=f,0"(float %1964)
	%1997 = call float asm sideeffect "", "=f,0"(float %1965)
	%1998 = call float asm sideeffect "", "=f,0"(float %1966)
	%1999 = call float asm sideeffect "", "=f,0"(float %1967)
	%2000 = call float asm sideeffect "", "=f,0"(float %1968)
	%2001 = call float asm sideeffect "", "=f,0"(float %1969)
	%2002 = call float asm sideeffect "", "=f,0"(float %1970)
	%2003 = call float asm sideeffect "", "=f,0"(float %1971)
	%2004 = call float asm sideeffect "", "=f,0"(float %1972)
	%2005 = call float asm sideeffect "", "=f,0"(float %1973)
	%2006 = call float asm sideeffect "", "=f,0"(float %1974)
	%2007 = call float asm sideeffect "", "=f,0"(float %1975)
	%2008 = call float asm sideeffect "", "=f,0"(float %1976)
	%2009 = call float asm sideeffect "", "=f,0"(float %1977)
	%2010 = call float asm sideeffect "", "=f,0"(float %1978)
	%2011 = call float asm sideeffect "", "=f,0"(float %1979)
	%2012 = call float asm sideeffect "", "=f,0"(float %1980)
	%2013 = call float asm sideeffect "", "=f,0"(float %1981)
	%2014 = call float asm sideeffect "", "=f,0"(float %1982)
	%2015 = call float asm sideeffect "", "=f,0"(float %1983)
	%2016 = call float asm sideeffect "", "=f,0"(float %1984)
	br label %epilogue

store0:
	%2017 = mul i32 %32, %M
	%2018 = add i32 %2017, %329
	%2019 = mul i32 %2018, 64
	%2020 = shl i32 %16, 1
	%2021 = add i32 0, %2020
	%2022 = add i32 %2019, %2021
	%2023 = sext i32 %2022 to i64
	%2024 = getelementptr i16, i16* %out, i64 %2023
	%2025 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %331, float %330)
	%2026 = bitcast i16* %2024 to i32*
	store i32 %2025, i32* %2026
	%2027 = shl i32 %16, 1
	%2028 = add i32 8, %2027
	%2029 = add i32 %2019, %2028
	%2030 = sext i32 %2029 to i64
	%2031 = getelementptr i16, i16* %out, i64 %2030
	%2032 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %333, float %332)
	%2033 = bitcast i16* %2031 to i32*
	store i32 %2032, i32* %2033
	%2034 = shl i32 %16, 1
	%2035 = add i32 16, %2034
	%2036 = add i32 %2019, %2035
	%2037 = sext i32 %2036 to i64
	%2038 = getelementptr i16, i16* %out, i64 %2037
	%2039 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %335, float %334)
	%2040 = bitcast i16* %2038 to i32*
	store i32 %2039, i32* %2040
	%2041 = shl i32 %16, 1
	%2042 = add i32 24, %2041
	%2043 = add i32 %2019, %2042
	%2044 = sext i32 %2043 to i64
	%2045 = getelementptr i16, i16* %out, i64 %2044
	%2046 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %337, float %336)
	%2047 = bitcast i16* %2045 to i32*
	store i32 %2046, i32* %2047
	%2048 = shl i32 %16, 1
	%2049 = add i32 32, %2048
	%2050 = add i32 %2019, %2049
	%2051 = sext i32 %2050 to i64
	%2052 = getelementptr i16, i16* %out, i64 %2051
	%2053 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %339, float %338)
	%2054 = bitcast i16* %2052 to i32*
	store i32 %2053, i32* %2054
	%2055 = shl i32 %16, 1
	%2056 = add i32 40, %2055
	%2057 = add i32 %2019, %2056
	%2058 = sext i32 %2057 to i64
	%2059 = getelementptr i16, i16* %out, i64 %2058
	%2060 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %341, float %340)
	%2061 = bitcast i16* %2059 to i32*
	store i32 %2060, i32* %2061
	%2062 = shl i32 %16, 1
	%2063 = add i32 48, %2062
	%2064 = add i32 %2019, %2063
	%2065 = sext i32 %2064 to i64
	%2066 = getelementptr i16, i16* %out, i64 %2065
	%2067 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %343, float %342)
	%2068 = bitcast i16* %2066 to i32*
	store i32 %2067, i32* %2068
	%2069 = shl i32 %16, 1
	%2070 = add i32 56, %2069
	%2071 = add i32 %2019, %2070
	%2072 = sext i32 %2071 to i64
	%2073 = getelementptr i16, i16* %out, i64 %2072
	%2074 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %345, float %344)
	%2075 = bitcast i16* %2073 to i32*
	store i32 %2074, i32* %2075
	br label %stored0

stored0:
	%2076 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %285, i32 1, i32 31)
	%2077 = fadd float %285, %2076
	%2078 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2077, i32 2, i32 31)
	%2079 = fadd float %2077, %2078
	%2080 = fcmp ogt float %2079, 0.0
	%2081 = fdiv float 1.0, %2079
	%2082 = select i1 %2080, float %2081, float 0.0
	%2083 = mul i32 %10, 16
	%2084 = add i32 %34, %2083
	%2085 = add i32 %15, 8
	%2086 = add i32 %2084, %2085
	%2087 = fmul float %289, %2082
	%2088 = fmul float %290, %2082
	%2089 = fmul float %293, %2082
	%2090 = fmul float %294, %2082
	%2091 = fmul float %297, %2082
	%2092 = fmul float %298, %2082
	%2093 = fmul float %301, %2082
	%2094 = fmul float %302, %2082
	%2095 = fmul float %305, %2082
	%2096 = fmul float %306, %2082
	%2097 = fmul float %309, %2082
	%2098 = fmul float %310, %2082
	%2099 = fmul float %313, %2082
	%2100 = fmul float %314, %2082
	%2101 = fmul float %317, %2082
	%2102 = fmul float %318, %2082
	%2103 = icmp slt i32 %2086, %M
	br i1 %2103, label %store1, label %stored1

store1:
	%2104 = mul i32 %32, %M
	%2105 = add i32 %2104, %2086
	%2106 = mul i32 %2105, 64
	%2107 = shl i32 %16, 1
	%2108 = add i32 0, %2107
	%2109 = add i32 %2106, %2108
	%2110 = sext i32 %2109 to i64
	%2111 = getelementptr i16, i16* %out, i64 %2110
	%2112 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2088, float %2087)
	%2113 = bitcast i16* %2111 to i32*
	store i32 %2112, i32* %2113
	%2114 = shl i32 %16, 1
	%2115 = add i32 8, %2114
	%2116 = add i32 %2106, %2115
	%2117 = sext i32 %2116 to i64
	%2118 = getelementptr i16, i16* %out, i64 %2117
	%2119 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2090, float %2089)
	%2120 = bitcast i16* %2118 to i32*
	store i32 %2119, i32* %2120
	%2121 = shl i32 %16, 1
	%2122 = add i32 16, %2121
	%2123 = add i32 %2106, %2122
	%2124 = sext i32 %2123 to i64
	%2125 = getelementptr i16, i16* %out, i64 %2124
	%2126 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2092, float %2091)
	%2127 = bitcast i16* %2125 to i32*
	store i32 %2126, i32* %2127
	%2128 = shl i32 %16, 1
	%2129 = add i32 24, %2128
	%2130 = add i32 %2106, %2129
	%2131 = sext i32 %2130 to i64
	%2132 = getelementptr i16, i16* %out, i64 %2131
	%2133 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2094, float %2093)
	%2134 = bitcast i16* %2132 to i32*
	store i32 %2133, i32* %2134
	%2135 = shl i32 %16, 1
	%2136 = add i32 32, %2135
	%2137 = add i32 %2106, %2136
	%2138 = sext i32 %2137 to i64
	%2139 = getelementptr i16, i16* %out, i64 %2138
	%2140 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2096, float %2095)
	%2141 = bitcast i16* %2139 to i32*
	store i32 %2140, i32* %2141
	%2142 = shl i32 %16, 1
	%2143 = add i32 40, %2142
	%2144 = add i32 %2106, %2143
	%2145 = sext i32 %2144 to i64
	%2146 = getelementptr i16, i16* %out, i64 %2145
	%2147 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2098, float %2097)
	%2148 = bitcast i16* %2146 to i32*
	store i32 %2147, i32* %2148
	%2149 = shl i32 %16, 1
	%2150 = add i32 48, %2149
	%2151 = add i32 %2106, %2150
	%2152 = sext i32 %2151 to i64
	%2153 = getelementptr i16, i16* %out, i64 %2152
	%2154 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2100, float %2099)
	%2155 = bitcast i16* %2153 to i32*
	store i32 %2154, i32* %2155
	%2156 = shl i32 %16, 1
	%2157 = add i32 56, %2156
	%2158 = add i32 %2106, %2157
	%2159 = sext i32 %2158 to i64
	%2160 = getelementptr i16, i16* %out, i64 %2159
	%2161 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2102, float %2101)
	%2162 = bitcast i16* %2160 to i32*
	store i32 %2161, i32* %2162
	br label %stored1

stored1:
	ret void
}
