; window
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@window_attn0_smem = internal addrspace(3) global [49152 x i8] undef, align 1024

define ptx_kernel void @window_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [49152 x i8] addrspace(3)* @window_attn0_smem to i32
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
	%151 = mul i32 %59, 64
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
	%163 = add i32 %1, %162
	%164 = add i32 %151, %152
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
	%182 = phi i32 [ 0, %prologue ], [ %225, %1489 ]
	%183 = phi i32 [ %59, %prologue ], [ %232, %1489 ]
	%184 = phi float [ 0.0, %prologue ], [ %1799, %1489 ]
	%185 = phi float [ 0.0, %prologue ], [ %1800, %1489 ]
	%186 = phi float [ 0.0, %prologue ], [ %1801, %1489 ]
	%187 = phi float [ 0.0, %prologue ], [ %1802, %1489 ]
	%188 = phi float [ 0.0, %prologue ], [ %1803, %1489 ]
	%189 = phi float [ 0.0, %prologue ], [ %1804, %1489 ]
	%190 = phi float [ 0.0, %prologue ], [ %1805, %1489 ]
	%191 = phi float [ 0.0, %prologue ], [ %1806, %1489 ]
	%192 = phi float [ 0.0, %prologue ], [ %1807, %1489 ]
	%193 = phi float [ 0.0, %prologue ], [ %1808, %1489 ]
	%194 = phi float [ 0.0, %prologue ], [ %1809, %1489 ]
	%195 = phi float [ 0.0, %prologue ], [ %1810, %1489 ]
	%196 = phi float [ 0.0, %prologue ], [ %1811, %1489 ]
	%197 = phi float [ 0.0, %prologue ], [ %1812, %1489 ]
	%198 = phi float [ 0.0, %prologue ], [ %1813, %1489 ]
	%199 = phi float [ 0.0, %prologue ], [ %1814, %1489 ]
	%200 = phi float [ 0.0, %prologue ], [ %1815, %1489 ]
	%201 = phi float [ 0.0, %prologue ], [ %1816, %1489 ]
	%202 = phi float [ 0.0, %prologue ], [ %1817, %1489 ]
	%203 = phi float [ 0.0, %prologue ], [ %1818, %1489 ]
	%204 = phi float [ 0.0, %prologue ], [ %1819, %1489 ]
	%205 = phi float [ 0.0, %prologue ], [ %1820, %1489 ]
	%206 = phi float [ 0.0, %prologue ], [ %1821, %1489 ]
	%207 = phi float [ 0.0, %prologue ], [ %1822, %1489 ]
	%208 = phi float [ 0.0, %prologue ], [ %1823, %1489 ]
	%209 = phi float [ 0.0, %prologue ], [ %1824, %1489 ]
	%210 = phi float [ 0.0, %prologue ], [ %1825, %1489 ]
	%211 = phi float [ 0.0, %prologue ], [ %1826, %1489 ]
	%212 = phi float [ 0.0, %prologue ], [ %1827, %1489 ]
	%213 = phi float [ 0.0, %prologue ], [ %1828, %1489 ]
	%214 = phi float [ 0.0, %prologue ], [ %1829, %1489 ]
	%215 = phi float [ 0.0, %prologue ], [ %1830, %1489 ]
	%216 = phi float [ 0xFFF0000000000000, %prologue ], [ %1524, %1489 ]
	%217 = phi float [ 0.0, %prologue ], [ %1575, %1489 ]
	%218 = phi float [ 0xFFF0000000000000, %prologue ], [ %1576, %1489 ]
	%219 = phi float [ 0.0, %prologue ], [ %1627, %1489 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%220 = mul i32 %183, 64
	%221 = and i32 %182, 1
	%222 = mul i32 %221, 1024
	%223 = add i32 %6, %222
	%224 = add i32 %8, %222
	%225 = add i32 %182, 1
	%226 = icmp slt i32 %225, %NK
	%227 = select i1 %226, i32 %225, i32 0
	%228 = add i32 %51, %227
	%229 = sext i32 %228 to i64
	%230 = getelementptr i32, i32* %list, i64 %229
	%231 = load i32, i32* %230
	%232 = select i1 %226, i32 %231, i32 -1
	%233 = icmp sge i32 %232, 0
	br i1 %233, label %prefetch, label %body

epilogue:
	%234 = phi float [ 0.0, %entry ], [ %1575, %1489 ]
	%235 = phi float [ 0.0, %entry ], [ %1627, %1489 ]
	%236 = phi i32 [ 0, %entry ], [ %225, %1489 ]
	%237 = phi float [ 0.0, %entry ], [ %1799, %1489 ]
	%238 = phi float [ 0.0, %entry ], [ %1800, %1489 ]
	%239 = phi float [ 0.0, %entry ], [ %1801, %1489 ]
	%240 = phi float [ 0.0, %entry ], [ %1802, %1489 ]
	%241 = phi float [ 0.0, %entry ], [ %1803, %1489 ]
	%242 = phi float [ 0.0, %entry ], [ %1804, %1489 ]
	%243 = phi float [ 0.0, %entry ], [ %1805, %1489 ]
	%244 = phi float [ 0.0, %entry ], [ %1806, %1489 ]
	%245 = phi float [ 0.0, %entry ], [ %1807, %1489 ]
	%246 = phi float [ 0.0, %entry ], [ %1808, %1489 ]
	%247 = phi float [ 0.0, %entry ], [ %1809, %1489 ]
	%248 = phi float [ 0.0, %entry ], [ %1810, %1489 ]
	%249 = phi float [ 0.0, %entry ], [ %1811, %1489 ]
	%250 = phi float [ 0.0, %entry ], [ %1812, %1489 ]
	%251 = phi float [ 0.0, %entry ], [ %1813, %1489 ]
	%252 = phi float [ 0.0, %entry ], [ %1814, %1489 ]
	%253 = phi float [ 0.0, %entry ], [ %1815, %1489 ]
	%254 = phi float [ 0.0, %entry ], [ %1816, %1489 ]
	%255 = phi float [ 0.0, %entry ], [ %1817, %1489 ]
	%256 = phi float [ 0.0, %entry ], [ %1818, %1489 ]
	%257 = phi float [ 0.0, %entry ], [ %1819, %1489 ]
	%258 = phi float [ 0.0, %entry ], [ %1820, %1489 ]
	%259 = phi float [ 0.0, %entry ], [ %1821, %1489 ]
	%260 = phi float [ 0.0, %entry ], [ %1822, %1489 ]
	%261 = phi float [ 0.0, %entry ], [ %1823, %1489 ]
	%262 = phi float [ 0.0, %entry ], [ %1824, %1489 ]
	%263 = phi float [ 0.0, %entry ], [ %1825, %1489 ]
	%264 = phi float [ 0.0, %entry ], [ %1826, %1489 ]
	%265 = phi float [ 0.0, %entry ], [ %1827, %1489 ]
	%266 = phi float [ 0.0, %entry ], [ %1828, %1489 ]
	%267 = phi float [ 0.0, %entry ], [ %1829, %1489 ]
	%268 = phi float [ 0.0, %entry ], [ %1830, %1489 ]
	%269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %234, i32 1, i32 31)
	%270 = fadd float %234, %269
	%271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %270, i32 2, i32 31)
	%272 = fadd float %270, %271
	%273 = fcmp ogt float %272, 0.0
	%274 = fdiv float 1.0, %272
	%275 = select i1 %273, float %274, float 0.0
	%276 = mul i32 %10, 16
	%277 = add i32 %34, %276
	%278 = add i32 %15, 0
	%279 = add i32 %277, %278
	%280 = fmul float %237, %275
	%281 = fmul float %238, %275
	%282 = fmul float %241, %275
	%283 = fmul float %242, %275
	%284 = fmul float %245, %275
	%285 = fmul float %246, %275
	%286 = fmul float %249, %275
	%287 = fmul float %250, %275
	%288 = fmul float %253, %275
	%289 = fmul float %254, %275
	%290 = fmul float %257, %275
	%291 = fmul float %258, %275
	%292 = fmul float %261, %275
	%293 = fmul float %262, %275
	%294 = fmul float %265, %275
	%295 = fmul float %266, %275
	%296 = icmp slt i32 %279, %M
	br i1 %296, label %store0, label %stored0

prefetch:
	%297 = xor i32 %221, 1
	%298 = mul i32 %297, u0x4000
	%299 = add i32 %0, %298
	%300 = mul i32 %232, 64
	%301 = lshr i32 %9, 3
	%302 = and i32 %9, 7
	%303 = lshr i32 %302, 3
	%304 = mul i32 %303, u0x2000
	%305 = and i32 %302, 7
	%306 = and i32 %301, 7
	%307 = xor i32 %305, %306
	%308 = mul i32 %301, 128
	%309 = shl i32 %307, 4
	%310 = add i32 %308, %309
	%311 = add i32 %304, %310
	%312 = add i32 %299, %311
	%313 = add i32 %300, %301
	%314 = mul i32 %313, 64
	%315 = mul i32 %302, 8
	%316 = add i32 %314, %315
	%317 = sext i32 %316 to i64
	%318 = getelementptr i16, i16* %42, i64 %317
	%319 = add i32 %313, 0
	%320 = icmp slt i32 %319, %N
	%321 = getelementptr i16, i16* %318, i64 0
	%322 = select i1 %320, i16* %321, i16* %42
	%323 = add i32 %312, 0
	%324 = select i1 %320, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %323, i16* %322, i32 %324)
	%325 = add i32 %313, 32
	%326 = icmp slt i32 %325, %N
	%327 = getelementptr i16, i16* %318, i64 2048
	%328 = select i1 %326, i16* %327, i16* %42
	%329 = add i32 %312, u0x1000
	%330 = select i1 %326, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %329, i16* %328, i32 %330)
	%331 = add i32 %1, %298
	%332 = mul i32 %232, 64
	%333 = lshr i32 %9, 3
	%334 = and i32 %9, 7
	%335 = lshr i32 %334, 3
	%336 = mul i32 %335, u0x2000
	%337 = and i32 %334, 7
	%338 = and i32 %333, 7
	%339 = xor i32 %337, %338
	%340 = mul i32 %333, 128
	%341 = shl i32 %339, 4
	%342 = add i32 %340, %341
	%343 = add i32 %336, %342
	%344 = add i32 %331, %343
	%345 = add i32 %332, %333
	%346 = mul i32 %345, 64
	%347 = mul i32 %334, 8
	%348 = add i32 %346, %347
	%349 = sext i32 %348 to i64
	%350 = getelementptr i16, i16* %46, i64 %349
	%351 = add i32 %345, 0
	%352 = icmp slt i32 %351, %N
	%353 = getelementptr i16, i16* %350, i64 0
	%354 = select i1 %352, i16* %353, i16* %46
	%355 = add i32 %344, 0
	%356 = select i1 %352, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %355, i16* %354, i32 %356)
	%357 = add i32 %345, 32
	%358 = icmp slt i32 %357, %N
	%359 = getelementptr i16, i16* %350, i64 2048
	%360 = select i1 %358, i16* %359, i16* %46
	%361 = add i32 %344, u0x1000
	%362 = select i1 %358, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %361, i16* %360, i32 %362)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %body

body:
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%363 = add i32 %14, 0
	%364 = zext i32 %363 to i64
	%365 = or i64 %364, u0x4000004000010000
	%366 = add i32 %223, 0
	%367 = zext i32 %366 to i64
	%368 = or i64 %367, u0x4000004000010000
	%369 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %365, i64 %368, i32 1)
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
	%402 = add i32 %14, 2
	%403 = zext i32 %402 to i64
	%404 = or i64 %403, u0x4000004000010000
	%405 = add i32 %223, 2
	%406 = zext i32 %405 to i64
	%407 = or i64 %406, u0x4000004000010000
	%408 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, i64 %404, i64 %407, i32 1)
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
	%441 = add i32 %14, 4
	%442 = zext i32 %441 to i64
	%443 = or i64 %442, u0x4000004000010000
	%444 = add i32 %223, 4
	%445 = zext i32 %444 to i64
	%446 = or i64 %445, u0x4000004000010000
	%447 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, i64 %443, i64 %446, i32 1)
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
	%480 = add i32 %14, 6
	%481 = zext i32 %480 to i64
	%482 = or i64 %481, u0x4000004000010000
	%483 = add i32 %223, 6
	%484 = zext i32 %483 to i64
	%485 = or i64 %484, u0x4000004000010000
	%486 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, i64 %482, i64 %485, i32 1)
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
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%519 = call float asm sideeffect "", "=f,0"(float %487)
	%520 = call float asm sideeffect "", "=f,0"(float %488)
	%521 = call float asm sideeffect "", "=f,0"(float %489)
	%522 = call float asm sideeffect "", "=f,0"(float %490)
	%523 = call float asm sideeffect "", "=f,0"(float %491)
	%524 = call float asm sideeffect "", "=f,0"(float %492)
	%525 = call float asm sideeffect "", "=f,0"(float %493)
	%526 = call float asm sideeffect "", "=f,0"(float %494)
	%527 = call float asm sideeffect "", "=f,0"(float %495)
	%528 = call float asm sideeffect "", "=f,0"(float %496)
	%529 = call float asm sideeffect "", "=f,0"(float %497)
	%530 = call float asm sideeffect "", "=f,0"(float %498)
	%531 = call float asm sideeffect "", "=f,0"(float %499)
	%532 = call float asm sideeffect "", "=f,0"(float %500)
	%533 = call float asm sideeffect "", "=f,0"(float %501)
	%534 = call float asm sideeffect "", "=f,0"(float %502)
	%535 = call float asm sideeffect "", "=f,0"(float %503)
	%536 = call float asm sideeffect "", "=f,0"(float %504)
	%537 = call float asm sideeffect "", "=f,0"(float %505)
	%538 = call float asm sideeffect "", "=f,0"(float %506)
	%539 = call float asm sideeffect "", "=f,0"(float %507)
	%540 = call float asm sideeffect "", "=f,0"(float %508)
	%541 = call float asm sideeffect "", "=f,0"(float %509)
	%542 = call float asm sideeffect "", "=f,0"(float %510)
	%543 = call float asm sideeffect "", "=f,0"(float %511)
	%544 = call float asm sideeffect "", "=f,0"(float %512)
	%545 = call float asm sideeffect "", "=f,0"(float %513)
	%546 = call float asm sideeffect "", "=f,0"(float %514)
	%547 = call float asm sideeffect "", "=f,0"(float %515)
	%548 = call float asm sideeffect "", "=f,0"(float %516)
	%549 = call float asm sideeffect "", "=f,0"(float %517)
	%550 = call float asm sideeffect "", "=f,0"(float %518)
	%551 = mul i32 %10, 16
	%552 = add i32 %34, %551
	%553 = add i32 %15, 0
	%554 = add i32 %552, %553
	%555 = mul i32 %10, 16
	%556 = add i32 %34, %555
	%557 = add i32 %15, 8
	%558 = add i32 %556, %557
	%559 = sitofp i32 %32 to float
	%560 = add i32 %55, %183
	%561 = sext i32 %560 to i64
	%562 = getelementptr i8, i8* %cls, i64 %561
	%563 = load i8, i8* %562
	%564 = icmp ne i8 %563, 2
	br i1 %564, label %partial, label %softmax

partial:
	%565 = shl i32 %16, 1
	%566 = add i32 0, %565
	%567 = add i32 %220, %566
	%568 = icmp slt i32 %567, %N
	%569 = select i1 %568, i32 %567, i32 0
	%570 = sitofp i32 %554 to float
	%571 = sitofp i32 %569 to float
	%572 = fcmp ole float %571, %570
	%573 = uitofp i1 %572 to float
	%574 = fcmp une float %573, 0.0
	%575 = fsub float %570, %571
	%576 = fcmp olt float %575, 256.0
	%577 = uitofp i1 %576 to float
	%578 = fcmp une float %577, 0.0
	%579 = fcmp olt float %571, 4.0
	%580 = uitofp i1 %579 to float
	%581 = fcmp une float %580, 0.0
	%582 = or i1 %578, %581
	%583 = uitofp i1 %582 to float
	%584 = fcmp une float %583, 0.0
	%585 = and i1 %574, %584
	%586 = uitofp i1 %585 to float
	%587 = fcmp une float %586, 0.0
	%588 = and i1 %568, %587
	%589 = select i1 %588, float %519, float 0xFFF0000000000000
	%590 = shl i32 %16, 1
	%591 = add i32 1, %590
	%592 = add i32 %220, %591
	%593 = icmp slt i32 %592, %N
	%594 = select i1 %593, i32 %592, i32 0
	%595 = sitofp i32 %554 to float
	%596 = sitofp i32 %594 to float
	%597 = fcmp ole float %596, %595
	%598 = uitofp i1 %597 to float
	%599 = fcmp une float %598, 0.0
	%600 = fsub float %595, %596
	%601 = fcmp olt float %600, 256.0
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = fcmp olt float %596, 4.0
	%605 = uitofp i1 %604 to float
	%606 = fcmp une float %605, 0.0
	%607 = or i1 %603, %606
	%608 = uitofp i1 %607 to float
	%609 = fcmp une float %608, 0.0
	%610 = and i1 %599, %609
	%611 = uitofp i1 %610 to float
	%612 = fcmp une float %611, 0.0
	%613 = and i1 %593, %612
	%614 = select i1 %613, float %520, float 0xFFF0000000000000
	%615 = shl i32 %16, 1
	%616 = add i32 0, %615
	%617 = add i32 %220, %616
	%618 = icmp slt i32 %617, %N
	%619 = select i1 %618, i32 %617, i32 0
	%620 = sitofp i32 %558 to float
	%621 = sitofp i32 %619 to float
	%622 = fcmp ole float %621, %620
	%623 = uitofp i1 %622 to float
	%624 = fcmp une float %623, 0.0
	%625 = fsub float %620, %621
	%626 = fcmp olt float %625, 256.0
	%627 = uitofp i1 %626 to float
	%628 = fcmp une float %627, 0.0
	%629 = fcmp olt float %621, 4.0
	%630 = uitofp i1 %629 to float
	%631 = fcmp une float %630, 0.0
	%632 = or i1 %628, %631
	%633 = uitofp i1 %632 to float
	%634 = fcmp une float %633, 0.0
	%635 = and i1 %624, %634
	%636 = uitofp i1 %635 to float
	%637 = fcmp une float %636, 0.0
	%638 = and i1 %618, %637
	%639 = select i1 %638, float %521, float 0xFFF0000000000000
	%640 = shl i32 %16, 1
	%641 = add i32 1, %640
	%642 = add i32 %220, %641
	%643 = icmp slt i32 %642, %N
	%644 = select i1 %643, i32 %642, i32 0
	%645 = sitofp i32 %558 to float
	%646 = sitofp i32 %644 to float
	%647 = fcmp ole float %646, %645
	%648 = uitofp i1 %647 to float
	%649 = fcmp une float %648, 0.0
	%650 = fsub float %645, %646
	%651 = fcmp olt float %650, 256.0
	%652 = uitofp i1 %651 to float
	%653 = fcmp une float %652, 0.0
	%654 = fcmp olt float %646, 4.0
	%655 = uitofp i1 %654 to float
	%656 = fcmp une float %655, 0.0
	%657 = or i1 %653, %656
	%658 = uitofp i1 %657 to float
	%659 = fcmp une float %658, 0.0
	%660 = and i1 %649, %659
	%661 = uitofp i1 %660 to float
	%662 = fcmp une float %661, 0.0
	%663 = and i1 %643, %662
	%664 = select i1 %663, float %522, float 0xFFF0000000000000
	%665 = shl i32 %16, 1
	%666 = add i32 8, %665
	%667 = add i32 %220, %666
	%668 = icmp slt i32 %667, %N
	%669 = select i1 %668, i32 %667, i32 0
	%670 = sitofp i32 %554 to float
	%671 = sitofp i32 %669 to float
	%672 = fcmp ole float %671, %670
	%673 = uitofp i1 %672 to float
	%674 = fcmp une float %673, 0.0
	%675 = fsub float %670, %671
	%676 = fcmp olt float %675, 256.0
	%677 = uitofp i1 %676 to float
	%678 = fcmp une float %677, 0.0
	%679 = fcmp olt float %671, 4.0
	%680 = uitofp i1 %679 to float
	%681 = fcmp une float %680, 0.0
	%682 = or i1 %678, %681
	%683 = uitofp i1 %682 to float
	%684 = fcmp une float %683, 0.0
	%685 = and i1 %674, %684
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = and i1 %668, %687
	%689 = select i1 %688, float %523, float 0xFFF0000000000000
	%690 = shl i32 %16, 1
	%691 = add i32 9, %690
	%692 = add i32 %220, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, i32 %692, i32 0
	%695 = sitofp i32 %554 to float
	%696 = sitofp i32 %694 to float
	%697 = fcmp ole float %696, %695
	%698 = uitofp i1 %697 to float
	%699 = fcmp une float %698, 0.0
	%700 = fsub float %695, %696
	%701 = fcmp olt float %700, 256.0
	%702 = uitofp i1 %701 to float
	%703 = fcmp une float %702, 0.0
	%704 = fcmp olt float %696, 4.0
	%705 = uitofp i1 %704 to float
	%706 = fcmp une float %705, 0.0
	%707 = or i1 %703, %706
	%708 = uitofp i1 %707 to float
	%709 = fcmp une float %708, 0.0
	%710 = and i1 %699, %709
	%711 = uitofp i1 %710 to float
	%712 = fcmp une float %711, 0.0
	%713 = and i1 %693, %712
	%714 = select i1 %713, float %524, float 0xFFF0000000000000
	%715 = shl i32 %16, 1
	%716 = add i32 8, %715
	%717 = add i32 %220, %716
	%718 = icmp slt i32 %717, %N
	%719 = select i1 %718, i32 %717, i32 0
	%720 = sitofp i32 %558 to float
	%721 = sitofp i32 %719 to float
	%722 = fcmp ole float %721, %720
	%723 = uitofp i1 %722 to float
	%724 = fcmp une float %723, 0.0
	%725 = fsub float %720, %721
	%726 = fcmp olt float %725, 256.0
	%727 = uitofp i1 %726 to float
	%728 = fcmp une float %727, 0.0
	%729 = fcmp olt float %721, 4.0
	%730 = uitofp i1 %729 to float
	%731 = fcmp une float %730, 0.0
	%732 = or i1 %728, %731
	%733 = uitofp i1 %732 to float
	%734 = fcmp une float %733, 0.0
	%735 = and i1 %724, %734
	%736 = uitofp i1 %735 to float
	%737 = fcmp une float %736, 0.0
	%738 = and i1 %718, %737
	%739 = select i1 %738, float %525, float 0xFFF0000000000000
	%740 = shl i32 %16, 1
	%741 = add i32 9, %740
	%742 = add i32 %220, %741
	%743 = icmp slt i32 %742, %N
	%744 = select i1 %743, i32 %742, i32 0
	%745 = sitofp i32 %558 to float
	%746 = sitofp i32 %744 to float
	%747 = fcmp ole float %746, %745
	%748 = uitofp i1 %747 to float
	%749 = fcmp une float %748, 0.0
	%750 = fsub float %745, %746
	%751 = fcmp olt float %750, 256.0
	%752 = uitofp i1 %751 to float
	%753 = fcmp une float %752, 0.0
	%754 = fcmp olt float %746, 4.0
	%755 = uitofp i1 %754 to float
	%756 = fcmp une float %755, 0.0
	%757 = or i1 %753, %756
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %749, %759
	%761 = uitofp i1 %760 to float
	%762 = fcmp une float %761, 0.0
	%763 = and i1 %743, %762
	%764 = select i1 %763, float %526, float 0xFFF0000000000000
	%765 = shl i32 %16, 1
	%766 = add i32 16, %765
	%767 = add i32 %220, %766
	%768 = icmp slt i32 %767, %N
	%769 = select i1 %768, i32 %767, i32 0
	%770 = sitofp i32 %554 to float
	%771 = sitofp i32 %769 to float
	%772 = fcmp ole float %771, %770
	%773 = uitofp i1 %772 to float
	%774 = fcmp une float %773, 0.0
	%775 = fsub float %770, %771
	%776 = fcmp olt float %775, 256.0
	%777 = uitofp i1 %776 to float
	%778 = fcmp une float %777, 0.0
	%779 = fcmp olt float %771, 4.0
	%780 = uitofp i1 %779 to float
	%781 = fcmp une float %780, 0.0
	%782 = or i1 %778, %781
	%783 = uitofp i1 %782 to float
	%784 = fcmp une float %783, 0.0
	%785 = and i1 %774, %784
	%786 = uitofp i1 %785 to float
	%787 = fcmp une float %786, 0.0
	%788 = and i1 %768, %787
	%789 = select i1 %788, float %527, float 0xFFF0000000000000
	%790 = shl i32 %16, 1
	%791 = add i32 17, %790
	%792 = add i32 %220, %791
	%793 = icmp slt i32 %792, %N
	%794 = select i1 %793, i32 %792, i32 0
	%795 = sitofp i32 %554 to float
	%796 = sitofp i32 %794 to float
	%797 = fcmp ole float %796, %795
	%798 = uitofp i1 %797 to float
	%799 = fcmp une float %798, 0.0
	%800 = fsub float %795, %796
	%801 = fcmp olt float %800, 256.0
	%802 = uitofp i1 %801 to float
	%803 = fcmp une float %802, 0.0
	%804 = fcmp olt float %796, 4.0
	%805 = uitofp i1 %804 to float
	%806 = fcmp une float %805, 0.0
	%807 = or i1 %803, %806
	%808 = uitofp i1 %807 to float
	%809 = fcmp une float %808, 0.0
	%810 = and i1 %799, %809
	%811 = uitofp i1 %810 to float
	%812 = fcmp une float %811, 0.0
	%813 = and i1 %793, %812
	%814 = select i1 %813, float %528, float 0xFFF0000000000000
	%815 = shl i32 %16, 1
	%816 = add i32 16, %815
	%817 = add i32 %220, %816
	%818 = icmp slt i32 %817, %N
	%819 = select i1 %818, i32 %817, i32 0
	%820 = sitofp i32 %558 to float
	%821 = sitofp i32 %819 to float
	%822 = fcmp ole float %821, %820
	%823 = uitofp i1 %822 to float
	%824 = fcmp une float %823, 0.0
	%825 = fsub float %820, %821
	%826 = fcmp olt float %825, 256.0
	%827 = uitofp i1 %826 to float
	%828 = fcmp une float %827, 0.0
	%829 = fcmp olt float %821, 4.0
	%830 = uitofp i1 %829 to float
	%831 = fcmp une float %830, 0.0
	%832 = or i1 %828, %831
	%833 = uitofp i1 %832 to float
	%834 = fcmp une float %833, 0.0
	%835 = and i1 %824, %834
	%836 = uitofp i1 %835 to float
	%837 = fcmp une float %836, 0.0
	%838 = and i1 %818, %837
	%839 = select i1 %838, float %529, float 0xFFF0000000000000
	%840 = shl i32 %16, 1
	%841 = add i32 17, %840
	%842 = add i32 %220, %841
	%843 = icmp slt i32 %842, %N
	%844 = select i1 %843, i32 %842, i32 0
	%845 = sitofp i32 %558 to float
	%846 = sitofp i32 %844 to float
	%847 = fcmp ole float %846, %845
	%848 = uitofp i1 %847 to float
	%849 = fcmp une float %848, 0.0
	%850 = fsub float %845, %846
	%851 = fcmp olt float %850, 256.0
	%852 = uitofp i1 %851 to float
	%853 = fcmp une float %852, 0.0
	%854 = fcmp olt float %846, 4.0
	%855 = uitofp i1 %854 to float
	%856 = fcmp une float %855, 0.0
	%857 = or i1 %853, %856
	%858 = uitofp i1 %857 to float
	%859 = fcmp une float %858, 0.0
	%860 = and i1 %849, %859
	%861 = uitofp i1 %860 to float
	%862 = fcmp une float %861, 0.0
	%863 = and i1 %843, %862
	%864 = select i1 %863, float %530, float 0xFFF0000000000000
	%865 = shl i32 %16, 1
	%866 = add i32 24, %865
	%867 = add i32 %220, %866
	%868 = icmp slt i32 %867, %N
	%869 = select i1 %868, i32 %867, i32 0
	%870 = sitofp i32 %554 to float
	%871 = sitofp i32 %869 to float
	%872 = fcmp ole float %871, %870
	%873 = uitofp i1 %872 to float
	%874 = fcmp une float %873, 0.0
	%875 = fsub float %870, %871
	%876 = fcmp olt float %875, 256.0
	%877 = uitofp i1 %876 to float
	%878 = fcmp une float %877, 0.0
	%879 = fcmp olt float %871, 4.0
	%880 = uitofp i1 %879 to float
	%881 = fcmp une float %880, 0.0
	%882 = or i1 %878, %881
	%883 = uitofp i1 %882 to float
	%884 = fcmp une float %883, 0.0
	%885 = and i1 %874, %884
	%886 = uitofp i1 %885 to float
	%887 = fcmp une float %886, 0.0
	%888 = and i1 %868, %887
	%889 = select i1 %888, float %531, float 0xFFF0000000000000
	%890 = shl i32 %16, 1
	%891 = add i32 25, %890
	%892 = add i32 %220, %891
	%893 = icmp slt i32 %892, %N
	%894 = select i1 %893, i32 %892, i32 0
	%895 = sitofp i32 %554 to float
	%896 = sitofp i32 %894 to float
	%897 = fcmp ole float %896, %895
	%898 = uitofp i1 %897 to float
	%899 = fcmp une float %898, 0.0
	%900 = fsub float %895, %896
	%901 = fcmp olt float %900, 256.0
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = fcmp olt float %896, 4.0
	%905 = uitofp i1 %904 to float
	%906 = fcmp une float %905, 0.0
	%907 = or i1 %903, %906
	%908 = uitofp i1 %907 to float
	%909 = fcmp une float %908, 0.0
	%910 = and i1 %899, %909
	%911 = uitofp i1 %910 to float
	%912 = fcmp une float %911, 0.0
	%913 = and i1 %893, %912
	%914 = select i1 %913, float %532, float 0xFFF0000000000000
	%915 = shl i32 %16, 1
	%916 = add i32 24, %915
	%917 = add i32 %220, %916
	%918 = icmp slt i32 %917, %N
	%919 = select i1 %918, i32 %917, i32 0
	%920 = sitofp i32 %558 to float
	%921 = sitofp i32 %919 to float
	%922 = fcmp ole float %921, %920
	%923 = uitofp i1 %922 to float
	%924 = fcmp une float %923, 0.0
	%925 = fsub float %920, %921
	%926 = fcmp olt float %925, 256.0
	%927 = uitofp i1 %926 to float
	%928 = fcmp une float %927, 0.0
	%929 = fcmp olt float %921, 4.0
	%930 = uitofp i1 %929 to float
	%931 = fcmp une float %930, 0.0
	%932 = or i1 %928, %931
	%933 = uitofp i1 %932 to float
	%934 = fcmp une float %933, 0.0
	%935 = and i1 %924, %934
	%936 = uitofp i1 %935 to float
	%937 = fcmp une float %936, 0.0
	%938 = and i1 %918, %937
	%939 = select i1 %938, float %533, float 0xFFF0000000000000
	%940 = shl i32 %16, 1
	%941 = add i32 25, %940
	%942 = add i32 %220, %941
	%943 = icmp slt i32 %942, %N
	%944 = select i1 %943, i32 %942, i32 0
	%945 = sitofp i32 %558 to float
	%946 = sitofp i32 %944 to float
	%947 = fcmp ole float %946, %945
	%948 = uitofp i1 %947 to float
	%949 = fcmp une float %948, 0.0
	%950 = fsub float %945, %946
	%951 = fcmp olt float %950, 256.0
	%952 = uitofp i1 %951 to float
	%953 = fcmp une float %952, 0.0
	%954 = fcmp olt float %946, 4.0
	%955 = uitofp i1 %954 to float
	%956 = fcmp une float %955, 0.0
	%957 = or i1 %953, %956
	%958 = uitofp i1 %957 to float
	%959 = fcmp une float %958, 0.0
	%960 = and i1 %949, %959
	%961 = uitofp i1 %960 to float
	%962 = fcmp une float %961, 0.0
	%963 = and i1 %943, %962
	%964 = select i1 %963, float %534, float 0xFFF0000000000000
	%965 = shl i32 %16, 1
	%966 = add i32 32, %965
	%967 = add i32 %220, %966
	%968 = icmp slt i32 %967, %N
	%969 = select i1 %968, i32 %967, i32 0
	%970 = sitofp i32 %554 to float
	%971 = sitofp i32 %969 to float
	%972 = fcmp ole float %971, %970
	%973 = uitofp i1 %972 to float
	%974 = fcmp une float %973, 0.0
	%975 = fsub float %970, %971
	%976 = fcmp olt float %975, 256.0
	%977 = uitofp i1 %976 to float
	%978 = fcmp une float %977, 0.0
	%979 = fcmp olt float %971, 4.0
	%980 = uitofp i1 %979 to float
	%981 = fcmp une float %980, 0.0
	%982 = or i1 %978, %981
	%983 = uitofp i1 %982 to float
	%984 = fcmp une float %983, 0.0
	%985 = and i1 %974, %984
	%986 = uitofp i1 %985 to float
	%987 = fcmp une float %986, 0.0
	%988 = and i1 %968, %987
	%989 = select i1 %988, float %535, float 0xFFF0000000000000
	%990 = shl i32 %16, 1
	%991 = add i32 33, %990
	%992 = add i32 %220, %991
	%993 = icmp slt i32 %992, %N
	%994 = select i1 %993, i32 %992, i32 0
	%995 = sitofp i32 %554 to float
	%996 = sitofp i32 %994 to float
	%997 = fcmp ole float %996, %995
	%998 = uitofp i1 %997 to float
	%999 = fcmp une float %998, 0.0
	%1000 = fsub float %995, %996
	%1001 = fcmp olt float %1000, 256.0
	%1002 = uitofp i1 %1001 to float
	%1003 = fcmp une float %1002, 0.0
	%1004 = fcmp olt float %996, 4.0
	%1005 = uitofp i1 %1004 to float
	%1006 = fcmp une float %1005, 0.0
	%1007 = or i1 %1003, %1006
	%1008 = uitofp i1 %1007 to float
	%1009 = fcmp une float %1008, 0.0
	%1010 = and i1 %999, %1009
	%1011 = uitofp i1 %1010 to float
	%1012 = fcmp une float %1011, 0.0
	%1013 = and i1 %993, %1012
	%1014 = select i1 %1013, float %536, float 0xFFF0000000000000
	%1015 = shl i32 %16, 1
	%1016 = add i32 32, %1015
	%1017 = add i32 %220, %1016
	%1018 = icmp slt i32 %1017, %N
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = sitofp i32 %558 to float
	%1021 = sitofp i32 %1019 to float
	%1022 = fcmp ole float %1021, %1020
	%1023 = uitofp i1 %1022 to float
	%1024 = fcmp une float %1023, 0.0
	%1025 = fsub float %1020, %1021
	%1026 = fcmp olt float %1025, 256.0
	%1027 = uitofp i1 %1026 to float
	%1028 = fcmp une float %1027, 0.0
	%1029 = fcmp olt float %1021, 4.0
	%1030 = uitofp i1 %1029 to float
	%1031 = fcmp une float %1030, 0.0
	%1032 = or i1 %1028, %1031
	%1033 = uitofp i1 %1032 to float
	%1034 = fcmp une float %1033, 0.0
	%1035 = and i1 %1024, %1034
	%1036 = uitofp i1 %1035 to float
	%1037 = fcmp une float %1036, 0.0
	%1038 = and i1 %1018, %1037
	%1039 = select i1 %1038, float %537, float 0xFFF0000000000000
	%1040 = shl i32 %16, 1
	%1041 = add i32 33, %1040
	%1042 = add i32 %220, %1041
	%1043 = icmp slt i32 %1042, %N
	%1044 = select i1 %1043, i32 %1042, i32 0
	%1045 = sitofp i32 %558 to float
	%1046 = sitofp i32 %1044 to float
	%1047 = fcmp ole float %1046, %1045
	%1048 = uitofp i1 %1047 to float
	%1049 = fcmp une float %1048, 0.0
	%1050 = fsub float %1045, %1046
	%1051 = fcmp olt float %1050, 256.0
	%1052 = uitofp i1 %1051 to float
	%1053 = fcmp une float %1052, 0.0
	%1054 = fcmp olt float %1046, 4.0
	%1055 = uitofp i1 %1054 to float
	%1056 = fcmp une float %1055, 0.0
	%1057 = or i1 %1053, %1056
	%1058 = uitofp i1 %1057 to float
	%1059 = fcmp une float %1058, 0.0
	%1060 = and i1 %1049, %1059
	%1061 = uitofp i1 %1060 to float
	%1062 = fcmp une float %1061, 0.0
	%1063 = and i1 %1043, %1062
	%1064 = select i1 %1063, float %538, float 0xFFF0000000000000
	%1065 = shl i32 %16, 1
	%1066 = add i32 40, %1065
	%1067 = add i32 %220, %1066
	%1068 = icmp slt i32 %1067, %N
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = sitofp i32 %554 to float
	%1071 = sitofp i32 %1069 to float
	%1072 = fcmp ole float %1071, %1070
	%1073 = uitofp i1 %1072 to float
	%1074 = fcmp une float %1073, 0.0
	%1075 = fsub float %1070, %1071
	%1076 = fcmp olt float %1075, 256.0
	%1077 = uitofp i1 %1076 to float
	%1078 = fcmp une float %1077, 0.0
	%1079 = fcmp olt float %1071, 4.0
	%1080 = uitofp i1 %1079 to float
	%1081 = fcmp une float %1080, 0.0
	%1082 = or i1 %1078, %1081
	%1083 = uitofp i1 %1082 to float
	%1084 = fcmp une float %1083, 0.0
	%1085 = and i1 %1074, %1084
	%1086 = uitofp i1 %1085 to float
	%1087 = fcmp une float %1086, 0.0
	%1088 = and i1 %1068, %1087
	%1089 = select i1 %1088, float %539, float 0xFFF0000000000000
	%1090 = shl i32 %16, 1
	%1091 = add i32 41, %1090
	%1092 = add i32 %220, %1091
	%1093 = icmp slt i32 %1092, %N
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = sitofp i32 %554 to float
	%1096 = sitofp i32 %1094 to float
	%1097 = fcmp ole float %1096, %1095
	%1098 = uitofp i1 %1097 to float
	%1099 = fcmp une float %1098, 0.0
	%1100 = fsub float %1095, %1096
	%1101 = fcmp olt float %1100, 256.0
	%1102 = uitofp i1 %1101 to float
	%1103 = fcmp une float %1102, 0.0
	%1104 = fcmp olt float %1096, 4.0
	%1105 = uitofp i1 %1104 to float
	%1106 = fcmp une float %1105, 0.0
	%1107 = or i1 %1103, %1106
	%1108 = uitofp i1 %1107 to float
	%1109 = fcmp une float %1108, 0.0
	%1110 = and i1 %1099, %1109
	%1111 = uitofp i1 %1110 to float
	%1112 = fcmp une float %1111, 0.0
	%1113 = and i1 %1093, %1112
	%1114 = select i1 %1113, float %540, float 0xFFF0000000000000
	%1115 = shl i32 %16, 1
	%1116 = add i32 40, %1115
	%1117 = add i32 %220, %1116
	%1118 = icmp slt i32 %1117, %N
	%1119 = select i1 %1118, i32 %1117, i32 0
	%1120 = sitofp i32 %558 to float
	%1121 = sitofp i32 %1119 to float
	%1122 = fcmp ole float %1121, %1120
	%1123 = uitofp i1 %1122 to float
	%1124 = fcmp une float %1123, 0.0
	%1125 = fsub float %1120, %1121
	%1126 = fcmp olt float %1125, 256.0
	%1127 = uitofp i1 %1126 to float
	%1128 = fcmp une float %1127, 0.0
	%1129 = fcmp olt float %1121, 4.0
	%1130 = uitofp i1 %1129 to float
	%1131 = fcmp une float %1130, 0.0
	%1132 = or i1 %1128, %1131
	%1133 = uitofp i1 %1132 to float
	%1134 = fcmp une float %1133, 0.0
	%1135 = and i1 %1124, %1134
	%1136 = uitofp i1 %1135 to float
	%1137 = fcmp une float %1136, 0.0
	%1138 = and i1 %1118, %1137
	%1139 = select i1 %1138, float %541, float 0xFFF0000000000000
	%1140 = shl i32 %16, 1
	%1141 = add i32 41, %1140
	%1142 = add i32 %220, %1141
	%1143 = icmp slt i32 %1142, %N
	%1144 = select i1 %1143, i32 %1142, i32 0
	%1145 = sitofp i32 %558 to float
	%1146 = sitofp i32 %1144 to float
	%1147 = fcmp ole float %1146, %1145
	%1148 = uitofp i1 %1147 to float
	%1149 = fcmp une float %1148, 0.0
	%1150 = fsub float %1145, %1146
	%1151 = fcmp olt float %1150, 256.0
	%1152 = uitofp i1 %1151 to float
	%1153 = fcmp une float %1152, 0.0
	%1154 = fcmp olt float %1146, 4.0
	%1155 = uitofp i1 %1154 to float
	%1156 = fcmp une float %1155, 0.0
	%1157 = or i1 %1153, %1156
	%1158 = uitofp i1 %1157 to float
	%1159 = fcmp une float %1158, 0.0
	%1160 = and i1 %1149, %1159
	%1161 = uitofp i1 %1160 to float
	%1162 = fcmp une float %1161, 0.0
	%1163 = and i1 %1143, %1162
	%1164 = select i1 %1163, float %542, float 0xFFF0000000000000
	%1165 = shl i32 %16, 1
	%1166 = add i32 48, %1165
	%1167 = add i32 %220, %1166
	%1168 = icmp slt i32 %1167, %N
	%1169 = select i1 %1168, i32 %1167, i32 0
	%1170 = sitofp i32 %554 to float
	%1171 = sitofp i32 %1169 to float
	%1172 = fcmp ole float %1171, %1170
	%1173 = uitofp i1 %1172 to float
	%1174 = fcmp une float %1173, 0.0
	%1175 = fsub float %1170, %1171
	%1176 = fcmp olt float %1175, 256.0
	%1177 = uitofp i1 %1176 to float
	%1178 = fcmp une float %1177, 0.0
	%1179 = fcmp olt float %1171, 4.0
	%1180 = uitofp i1 %1179 to float
	%1181 = fcmp une float %1180, 0.0
	%1182 = or i1 %1178, %1181
	%1183 = uitofp i1 %1182 to float
	%1184 = fcmp une float %1183, 0.0
	%1185 = and i1 %1174, %1184
	%1186 = uitofp i1 %1185 to float
	%1187 = fcmp une float %1186, 0.0
	%1188 = and i1 %1168, %1187
	%1189 = select i1 %1188, float %543, float 0xFFF0000000000000
	%1190 = shl i32 %16, 1
	%1191 = add i32 49, %1190
	%1192 = add i32 %220, %1191
	%1193 = icmp slt i32 %1192, %N
	%1194 = select i1 %1193, i32 %1192, i32 0
	%1195 = sitofp i32 %554 to float
	%1196 = sitofp i32 %1194 to float
	%1197 = fcmp ole float %1196, %1195
	%1198 = uitofp i1 %1197 to float
	%1199 = fcmp une float %1198, 0.0
	%1200 = fsub float %1195, %1196
	%1201 = fcmp olt float %1200, 256.0
	%1202 = uitofp i1 %1201 to float
	%1203 = fcmp une float %1202, 0.0
	%1204 = fcmp olt float %1196, 4.0
	%1205 = uitofp i1 %1204 to float
	%1206 = fcmp une float %1205, 0.0
	%1207 = or i1 %1203, %1206
	%1208 = uitofp i1 %1207 to float
	%1209 = fcmp une float %1208, 0.0
	%1210 = and i1 %1199, %1209
	%1211 = uitofp i1 %1210 to float
	%1212 = fcmp une float %1211, 0.0
	%1213 = and i1 %1193, %1212
	%1214 = select i1 %1213, float %544, float 0xFFF0000000000000
	%1215 = shl i32 %16, 1
	%1216 = add i32 48, %1215
	%1217 = add i32 %220, %1216
	%1218 = icmp slt i32 %1217, %N
	%1219 = select i1 %1218, i32 %1217, i32 0
	%1220 = sitofp i32 %558 to float
	%1221 = sitofp i32 %1219 to float
	%1222 = fcmp ole float %1221, %1220
	%1223 = uitofp i1 %1222 to float
	%1224 = fcmp une float %1223, 0.0
	%1225 = fsub float %1220, %1221
	%1226 = fcmp olt float %1225, 256.0
	%1227 = uitofp i1 %1226 to float
	%1228 = fcmp une float %1227, 0.0
	%1229 = fcmp olt float %1221, 4.0
	%1230 = uitofp i1 %1229 to float
	%1231 = fcmp une float %1230, 0.0
	%1232 = or i1 %1228, %1231
	%1233 = uitofp i1 %1232 to float
	%1234 = fcmp une float %1233, 0.0
	%1235 = and i1 %1224, %1234
	%1236 = uitofp i1 %1235 to float
	%1237 = fcmp une float %1236, 0.0
	%1238 = and i1 %1218, %1237
	%1239 = select i1 %1238, float %545, float 0xFFF0000000000000
	%1240 = shl i32 %16, 1
	%1241 = add i32 49, %1240
	%1242 = add i32 %220, %1241
	%1243 = icmp slt i32 %1242, %N
	%1244 = select i1 %1243, i32 %1242, i32 0
	%1245 = sitofp i32 %558 to float
	%1246 = sitofp i32 %1244 to float
	%1247 = fcmp ole float %1246, %1245
	%1248 = uitofp i1 %1247 to float
	%1249 = fcmp une float %1248, 0.0
	%1250 = fsub float %1245, %1246
	%1251 = fcmp olt float %1250, 256.0
	%1252 = uitofp i1 %1251 to float
	%1253 = fcmp une float %1252, 0.0
	%1254 = fcmp olt float %1246, 4.0
	%1255 = uitofp i1 %1254 to float
	%1256 = fcmp une float %1255, 0.0
	%1257 = or i1 %1253, %1256
	%1258 = uitofp i1 %1257 to float
	%1259 = fcmp une float %1258, 0.0
	%1260 = and i1 %1249, %1259
	%1261 = uitofp i1 %1260 to float
	%1262 = fcmp une float %1261, 0.0
	%1263 = and i1 %1243, %1262
	%1264 = select i1 %1263, float %546, float 0xFFF0000000000000
	%1265 = shl i32 %16, 1
	%1266 = add i32 56, %1265
	%1267 = add i32 %220, %1266
	%1268 = icmp slt i32 %1267, %N
	%1269 = select i1 %1268, i32 %1267, i32 0
	%1270 = sitofp i32 %554 to float
	%1271 = sitofp i32 %1269 to float
	%1272 = fcmp ole float %1271, %1270
	%1273 = uitofp i1 %1272 to float
	%1274 = fcmp une float %1273, 0.0
	%1275 = fsub float %1270, %1271
	%1276 = fcmp olt float %1275, 256.0
	%1277 = uitofp i1 %1276 to float
	%1278 = fcmp une float %1277, 0.0
	%1279 = fcmp olt float %1271, 4.0
	%1280 = uitofp i1 %1279 to float
	%1281 = fcmp une float %1280, 0.0
	%1282 = or i1 %1278, %1281
	%1283 = uitofp i1 %1282 to float
	%1284 = fcmp une float %1283, 0.0
	%1285 = and i1 %1274, %1284
	%1286 = uitofp i1 %1285 to float
	%1287 = fcmp une float %1286, 0.0
	%1288 = and i1 %1268, %1287
	%1289 = select i1 %1288, float %547, float 0xFFF0000000000000
	%1290 = shl i32 %16, 1
	%1291 = add i32 57, %1290
	%1292 = add i32 %220, %1291
	%1293 = icmp slt i32 %1292, %N
	%1294 = select i1 %1293, i32 %1292, i32 0
	%1295 = sitofp i32 %554 to float
	%1296 = sitofp i32 %1294 to float
	%1297 = fcmp ole float %1296, %1295
	%1298 = uitofp i1 %1297 to float
	%1299 = fcmp une float %1298, 0.0
	%1300 = fsub float %1295, %1296
	%1301 = fcmp olt float %1300, 256.0
	%1302 = uitofp i1 %1301 to float
	%1303 = fcmp une float %1302, 0.0
	%1304 = fcmp olt float %1296, 4.0
	%1305 = uitofp i1 %1304 to float
	%1306 = fcmp une float %1305, 0.0
	%1307 = or i1 %1303, %1306
	%1308 = uitofp i1 %1307 to float
	%1309 = fcmp une float %1308, 0.0
	%1310 = and i1 %1299, %1309
	%1311 = uitofp i1 %1310 to float
	%1312 = fcmp une float %1311, 0.0
	%1313 = and i1 %1293, %1312
	%1314 = select i1 %1313, float %548, float 0xFFF0000000000000
	%1315 = shl i32 %16, 1
	%1316 = add i32 56, %1315
	%1317 = add i32 %220, %1316
	%1318 = icmp slt i32 %1317, %N
	%1319 = select i1 %1318, i32 %1317, i32 0
	%1320 = sitofp i32 %558 to float
	%1321 = sitofp i32 %1319 to float
	%1322 = fcmp ole float %1321, %1320
	%1323 = uitofp i1 %1322 to float
	%1324 = fcmp une float %1323, 0.0
	%1325 = fsub float %1320, %1321
	%1326 = fcmp olt float %1325, 256.0
	%1327 = uitofp i1 %1326 to float
	%1328 = fcmp une float %1327, 0.0
	%1329 = fcmp olt float %1321, 4.0
	%1330 = uitofp i1 %1329 to float
	%1331 = fcmp une float %1330, 0.0
	%1332 = or i1 %1328, %1331
	%1333 = uitofp i1 %1332 to float
	%1334 = fcmp une float %1333, 0.0
	%1335 = and i1 %1324, %1334
	%1336 = uitofp i1 %1335 to float
	%1337 = fcmp une float %1336, 0.0
	%1338 = and i1 %1318, %1337
	%1339 = select i1 %1338, float %549, float 0xFFF0000000000000
	%1340 = shl i32 %16, 1
	%1341 = add i32 57, %1340
	%1342 = add i32 %220, %1341
	%1343 = icmp slt i32 %1342, %N
	%1344 = select i1 %1343, i32 %1342, i32 0
	%1345 = sitofp i32 %558 to float
	%1346 = sitofp i32 %1344 to float
	%1347 = fcmp ole float %1346, %1345
	%1348 = uitofp i1 %1347 to float
	%1349 = fcmp une float %1348, 0.0
	%1350 = fsub float %1345, %1346
	%1351 = fcmp olt float %1350, 256.0
	%1352 = uitofp i1 %1351 to float
	%1353 = fcmp une float %1352, 0.0
	%1354 = fcmp olt float %1346, 4.0
	%1355 = uitofp i1 %1354 to float
	%1356 = fcmp une float %1355, 0.0
	%1357 = or i1 %1353, %1356
	%1358 = uitofp i1 %1357 to float
	%1359 = fcmp une float %1358, 0.0
	%1360 = and i1 %1349, %1359
	%1361 = uitofp i1 %1360 to float
	%1362 = fcmp une float %1361, 0.0
	%1363 = and i1 %1343, %1362
	%1364 = select i1 %1363, float %550, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1365 = phi float [ %519, %body ], [ %589, %partial ]
	%1366 = phi float [ %520, %body ], [ %614, %partial ]
	%1367 = phi float [ %521, %body ], [ %639, %partial ]
	%1368 = phi float [ %522, %body ], [ %664, %partial ]
	%1369 = phi float [ %523, %body ], [ %689, %partial ]
	%1370 = phi float [ %524, %body ], [ %714, %partial ]
	%1371 = phi float [ %525, %body ], [ %739, %partial ]
	%1372 = phi float [ %526, %body ], [ %764, %partial ]
	%1373 = phi float [ %527, %body ], [ %789, %partial ]
	%1374 = phi float [ %528, %body ], [ %814, %partial ]
	%1375 = phi float [ %529, %body ], [ %839, %partial ]
	%1376 = phi float [ %530, %body ], [ %864, %partial ]
	%1377 = phi float [ %531, %body ], [ %889, %partial ]
	%1378 = phi float [ %532, %body ], [ %914, %partial ]
	%1379 = phi float [ %533, %body ], [ %939, %partial ]
	%1380 = phi float [ %534, %body ], [ %964, %partial ]
	%1381 = phi float [ %535, %body ], [ %989, %partial ]
	%1382 = phi float [ %536, %body ], [ %1014, %partial ]
	%1383 = phi float [ %537, %body ], [ %1039, %partial ]
	%1384 = phi float [ %538, %body ], [ %1064, %partial ]
	%1385 = phi float [ %539, %body ], [ %1089, %partial ]
	%1386 = phi float [ %540, %body ], [ %1114, %partial ]
	%1387 = phi float [ %541, %body ], [ %1139, %partial ]
	%1388 = phi float [ %542, %body ], [ %1164, %partial ]
	%1389 = phi float [ %543, %body ], [ %1189, %partial ]
	%1390 = phi float [ %544, %body ], [ %1214, %partial ]
	%1391 = phi float [ %545, %body ], [ %1239, %partial ]
	%1392 = phi float [ %546, %body ], [ %1264, %partial ]
	%1393 = phi float [ %547, %body ], [ %1289, %partial ]
	%1394 = phi float [ %548, %body ], [ %1314, %partial ]
	%1395 = phi float [ %549, %body ], [ %1339, %partial ]
	%1396 = phi float [ %550, %body ], [ %1364, %partial ]
	%1397 = call float @llvm.nvvm.fmax.f(float %1365, float %1366)
	%1398 = call float @llvm.nvvm.fmax.f(float %1369, float %1370)
	%1399 = call float @llvm.nvvm.fmax.f(float %1373, float %1374)
	%1400 = call float @llvm.nvvm.fmax.f(float %1377, float %1378)
	%1401 = call float @llvm.nvvm.fmax.f(float %1381, float %1382)
	%1402 = call float @llvm.nvvm.fmax.f(float %1385, float %1386)
	%1403 = call float @llvm.nvvm.fmax.f(float %1389, float %1390)
	%1404 = call float @llvm.nvvm.fmax.f(float %1393, float %1394)
	%1405 = call float @llvm.nvvm.fmax.f(float %1397, float %1398)
	%1406 = call float @llvm.nvvm.fmax.f(float %1399, float %1400)
	%1407 = call float @llvm.nvvm.fmax.f(float %1401, float %1402)
	%1408 = call float @llvm.nvvm.fmax.f(float %1403, float %1404)
	%1409 = call float @llvm.nvvm.fmax.f(float %1405, float %1406)
	%1410 = call float @llvm.nvvm.fmax.f(float %1407, float %1408)
	%1411 = call float @llvm.nvvm.fmax.f(float %1409, float %1410)
	%1412 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1411, i32 1, i32 31)
	%1413 = call float @llvm.nvvm.fmax.f(float %1411, float %1412)
	%1414 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1413, i32 2, i32 31)
	%1415 = call float @llvm.nvvm.fmax.f(float %1413, float %1414)
	%1416 = fmul float %1415, 0x3FC7154760000000
	%1417 = call float @llvm.nvvm.fmax.f(float %216, float %1416)
	%1418 = fadd float %216, 8.0
	%1419 = fcmp ogt float %1417, %1418
	%1420 = or i1 false, %1419
	%1421 = call float @llvm.nvvm.fmax.f(float %1367, float %1368)
	%1422 = call float @llvm.nvvm.fmax.f(float %1371, float %1372)
	%1423 = call float @llvm.nvvm.fmax.f(float %1375, float %1376)
	%1424 = call float @llvm.nvvm.fmax.f(float %1379, float %1380)
	%1425 = call float @llvm.nvvm.fmax.f(float %1383, float %1384)
	%1426 = call float @llvm.nvvm.fmax.f(float %1387, float %1388)
	%1427 = call float @llvm.nvvm.fmax.f(float %1391, float %1392)
	%1428 = call float @llvm.nvvm.fmax.f(float %1395, float %1396)
	%1429 = call float @llvm.nvvm.fmax.f(float %1421, float %1422)
	%1430 = call float @llvm.nvvm.fmax.f(float %1423, float %1424)
	%1431 = call float @llvm.nvvm.fmax.f(float %1425, float %1426)
	%1432 = call float @llvm.nvvm.fmax.f(float %1427, float %1428)
	%1433 = call float @llvm.nvvm.fmax.f(float %1429, float %1430)
	%1434 = call float @llvm.nvvm.fmax.f(float %1431, float %1432)
	%1435 = call float @llvm.nvvm.fmax.f(float %1433, float %1434)
	%1436 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1435, i32 1, i32 31)
	%1437 = call float @llvm.nvvm.fmax.f(float %1435, float %1436)
	%1438 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1437, i32 2, i32 31)
	%1439 = call float @llvm.nvvm.fmax.f(float %1437, float %1438)
	%1440 = fmul float %1439, 0x3FC7154760000000
	%1441 = call float @llvm.nvvm.fmax.f(float %218, float %1440)
	%1442 = fadd float %218, 8.0
	%1443 = fcmp ogt float %1441, %1442
	%1444 = or i1 %1420, %1443
	%1445 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1444)
	br i1 %1445, label %1446, label %1489

1446:
	%1447 = fcmp oeq float %1417, 0xFFF0000000000000
	%1448 = select i1 %1447, float 0.0, float %1417
	%1449 = fsub float %216, %1448
	%1450 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1449)
	%1451 = fcmp oeq float %1441, 0xFFF0000000000000
	%1452 = select i1 %1451, float 0.0, float %1441
	%1453 = fsub float %218, %1452
	%1454 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1453)
	%1455 = fmul float %184, %1450
	%1456 = fmul float %185, %1450
	%1457 = fmul float %186, %1454
	%1458 = fmul float %187, %1454
	%1459 = fmul float %188, %1450
	%1460 = fmul float %189, %1450
	%1461 = fmul float %190, %1454
	%1462 = fmul float %191, %1454
	%1463 = fmul float %192, %1450
	%1464 = fmul float %193, %1450
	%1465 = fmul float %194, %1454
	%1466 = fmul float %195, %1454
	%1467 = fmul float %196, %1450
	%1468 = fmul float %197, %1450
	%1469 = fmul float %198, %1454
	%1470 = fmul float %199, %1454
	%1471 = fmul float %200, %1450
	%1472 = fmul float %201, %1450
	%1473 = fmul float %202, %1454
	%1474 = fmul float %203, %1454
	%1475 = fmul float %204, %1450
	%1476 = fmul float %205, %1450
	%1477 = fmul float %206, %1454
	%1478 = fmul float %207, %1454
	%1479 = fmul float %208, %1450
	%1480 = fmul float %209, %1450
	%1481 = fmul float %210, %1454
	%1482 = fmul float %211, %1454
	%1483 = fmul float %212, %1450
	%1484 = fmul float %213, %1450
	%1485 = fmul float %214, %1454
	%1486 = fmul float %215, %1454
	%1487 = fmul float %217, %1450
	%1488 = fmul float %219, %1454
	br label %1489

1489:
	%1490 = phi float [ %184, %softmax ], [ %1455, %1446 ]
	%1491 = phi float [ %185, %softmax ], [ %1456, %1446 ]
	%1492 = phi float [ %186, %softmax ], [ %1457, %1446 ]
	%1493 = phi float [ %187, %softmax ], [ %1458, %1446 ]
	%1494 = phi float [ %188, %softmax ], [ %1459, %1446 ]
	%1495 = phi float [ %189, %softmax ], [ %1460, %1446 ]
	%1496 = phi float [ %190, %softmax ], [ %1461, %1446 ]
	%1497 = phi float [ %191, %softmax ], [ %1462, %1446 ]
	%1498 = phi float [ %192, %softmax ], [ %1463, %1446 ]
	%1499 = phi float [ %193, %softmax ], [ %1464, %1446 ]
	%1500 = phi float [ %194, %softmax ], [ %1465, %1446 ]
	%1501 = phi float [ %195, %softmax ], [ %1466, %1446 ]
	%1502 = phi float [ %196, %softmax ], [ %1467, %1446 ]
	%1503 = phi float [ %197, %softmax ], [ %1468, %1446 ]
	%1504 = phi float [ %198, %softmax ], [ %1469, %1446 ]
	%1505 = phi float [ %199, %softmax ], [ %1470, %1446 ]
	%1506 = phi float [ %200, %softmax ], [ %1471, %1446 ]
	%1507 = phi float [ %201, %softmax ], [ %1472, %1446 ]
	%1508 = phi float [ %202, %softmax ], [ %1473, %1446 ]
	%1509 = phi float [ %203, %softmax ], [ %1474, %1446 ]
	%1510 = phi float [ %204, %softmax ], [ %1475, %1446 ]
	%1511 = phi float [ %205, %softmax ], [ %1476, %1446 ]
	%1512 = phi float [ %206, %softmax ], [ %1477, %1446 ]
	%1513 = phi float [ %207, %softmax ], [ %1478, %1446 ]
	%1514 = phi float [ %208, %softmax ], [ %1479, %1446 ]
	%1515 = phi float [ %209, %softmax ], [ %1480, %1446 ]
	%1516 = phi float [ %210, %softmax ], [ %1481, %1446 ]
	%1517 = phi float [ %211, %softmax ], [ %1482, %1446 ]
	%1518 = phi float [ %212, %softmax ], [ %1483, %1446 ]
	%1519 = phi float [ %213, %softmax ], [ %1484, %1446 ]
	%1520 = phi float [ %214, %softmax ], [ %1485, %1446 ]
	%1521 = phi float [ %215, %softmax ], [ %1486, %1446 ]
	%1522 = phi float [ %217, %softmax ], [ %1487, %1446 ]
	%1523 = phi float [ %219, %softmax ], [ %1488, %1446 ]
	%1524 = select i1 %1445, float %1417, float %216
	%1525 = fcmp oeq float %1524, 0xFFF0000000000000
	%1526 = select i1 %1525, float 0.0, float %1524
	%1527 = fneg float %1526
	%1528 = call float @llvm.fma.f32(float %1365, float 0x3FC7154760000000, float %1527)
	%1529 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1528)
	%1530 = call float @llvm.fma.f32(float %1366, float 0x3FC7154760000000, float %1527)
	%1531 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1530)
	%1532 = call float @llvm.fma.f32(float %1369, float 0x3FC7154760000000, float %1527)
	%1533 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1532)
	%1534 = call float @llvm.fma.f32(float %1370, float 0x3FC7154760000000, float %1527)
	%1535 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1534)
	%1536 = call float @llvm.fma.f32(float %1373, float 0x3FC7154760000000, float %1527)
	%1537 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1536)
	%1538 = call float @llvm.fma.f32(float %1374, float 0x3FC7154760000000, float %1527)
	%1539 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1538)
	%1540 = call float @llvm.fma.f32(float %1377, float 0x3FC7154760000000, float %1527)
	%1541 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1540)
	%1542 = call float @llvm.fma.f32(float %1378, float 0x3FC7154760000000, float %1527)
	%1543 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1542)
	%1544 = call float @llvm.fma.f32(float %1381, float 0x3FC7154760000000, float %1527)
	%1545 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1544)
	%1546 = call float @llvm.fma.f32(float %1382, float 0x3FC7154760000000, float %1527)
	%1547 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1546)
	%1548 = call float @llvm.fma.f32(float %1385, float 0x3FC7154760000000, float %1527)
	%1549 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1548)
	%1550 = call float @llvm.fma.f32(float %1386, float 0x3FC7154760000000, float %1527)
	%1551 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1550)
	%1552 = call float @llvm.fma.f32(float %1389, float 0x3FC7154760000000, float %1527)
	%1553 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1552)
	%1554 = call float @llvm.fma.f32(float %1390, float 0x3FC7154760000000, float %1527)
	%1555 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1554)
	%1556 = call float @llvm.fma.f32(float %1393, float 0x3FC7154760000000, float %1527)
	%1557 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1556)
	%1558 = call float @llvm.fma.f32(float %1394, float 0x3FC7154760000000, float %1527)
	%1559 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1558)
	%1560 = fadd float %1529, %1531
	%1561 = fadd float %1533, %1535
	%1562 = fadd float %1537, %1539
	%1563 = fadd float %1541, %1543
	%1564 = fadd float %1545, %1547
	%1565 = fadd float %1549, %1551
	%1566 = fadd float %1553, %1555
	%1567 = fadd float %1557, %1559
	%1568 = fadd float %1560, %1561
	%1569 = fadd float %1562, %1563
	%1570 = fadd float %1564, %1565
	%1571 = fadd float %1566, %1567
	%1572 = fadd float %1568, %1569
	%1573 = fadd float %1570, %1571
	%1574 = fadd float %1572, %1573
	%1575 = fadd float %1522, %1574
	%1576 = select i1 %1445, float %1441, float %218
	%1577 = fcmp oeq float %1576, 0xFFF0000000000000
	%1578 = select i1 %1577, float 0.0, float %1576
	%1579 = fneg float %1578
	%1580 = call float @llvm.fma.f32(float %1367, float 0x3FC7154760000000, float %1579)
	%1581 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1580)
	%1582 = call float @llvm.fma.f32(float %1368, float 0x3FC7154760000000, float %1579)
	%1583 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1582)
	%1584 = call float @llvm.fma.f32(float %1371, float 0x3FC7154760000000, float %1579)
	%1585 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1584)
	%1586 = call float @llvm.fma.f32(float %1372, float 0x3FC7154760000000, float %1579)
	%1587 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1586)
	%1588 = call float @llvm.fma.f32(float %1375, float 0x3FC7154760000000, float %1579)
	%1589 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1588)
	%1590 = call float @llvm.fma.f32(float %1376, float 0x3FC7154760000000, float %1579)
	%1591 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1590)
	%1592 = call float @llvm.fma.f32(float %1379, float 0x3FC7154760000000, float %1579)
	%1593 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1592)
	%1594 = call float @llvm.fma.f32(float %1380, float 0x3FC7154760000000, float %1579)
	%1595 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1594)
	%1596 = call float @llvm.fma.f32(float %1383, float 0x3FC7154760000000, float %1579)
	%1597 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1596)
	%1598 = call float @llvm.fma.f32(float %1384, float 0x3FC7154760000000, float %1579)
	%1599 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1598)
	%1600 = call float @llvm.fma.f32(float %1387, float 0x3FC7154760000000, float %1579)
	%1601 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1600)
	%1602 = call float @llvm.fma.f32(float %1388, float 0x3FC7154760000000, float %1579)
	%1603 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1602)
	%1604 = call float @llvm.fma.f32(float %1391, float 0x3FC7154760000000, float %1579)
	%1605 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1604)
	%1606 = call float @llvm.fma.f32(float %1392, float 0x3FC7154760000000, float %1579)
	%1607 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1606)
	%1608 = call float @llvm.fma.f32(float %1395, float 0x3FC7154760000000, float %1579)
	%1609 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1608)
	%1610 = call float @llvm.fma.f32(float %1396, float 0x3FC7154760000000, float %1579)
	%1611 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1610)
	%1612 = fadd float %1581, %1583
	%1613 = fadd float %1585, %1587
	%1614 = fadd float %1589, %1591
	%1615 = fadd float %1593, %1595
	%1616 = fadd float %1597, %1599
	%1617 = fadd float %1601, %1603
	%1618 = fadd float %1605, %1607
	%1619 = fadd float %1609, %1611
	%1620 = fadd float %1612, %1613
	%1621 = fadd float %1614, %1615
	%1622 = fadd float %1616, %1617
	%1623 = fadd float %1618, %1619
	%1624 = fadd float %1620, %1621
	%1625 = fadd float %1622, %1623
	%1626 = fadd float %1624, %1625
	%1627 = fadd float %1523, %1626
	%1628 = and i32 %11, 7
	%1629 = lshr i32 %11, 3
	%1630 = and i32 %1629, 1
	%1631 = shl i32 %1630, 3
	%1632 = add i32 %1628, %1631
	%1633 = mul i32 %1632, 128
	%1634 = add i32 %1, %1633
	%1635 = and i32 %11, 7
	%1636 = xor i32 %110, %1635
	%1637 = shl i32 %1636, 4
	%1638 = add i32 %1634, %1637
	%1639 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1531, float %1529)
	%1640 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1583, float %1581)
	%1641 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1535, float %1533)
	%1642 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1587, float %1585)
	%1643 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1539, float %1537)
	%1644 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1591, float %1589)
	%1645 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1543, float %1541)
	%1646 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1595, float %1593)
	%1647 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1547, float %1545)
	%1648 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1599, float %1597)
	%1649 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1551, float %1549)
	%1650 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1603, float %1601)
	%1651 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1555, float %1553)
	%1652 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1607, float %1605)
	%1653 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1559, float %1557)
	%1654 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1611, float %1609)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1655 = add i32 %224, 0
	%1656 = zext i32 %1655 to i64
	%1657 = or i64 %1656, u0x4000004002000000
	%1658 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1490, float %1491, float %1492, float %1493, float %1494, float %1495, float %1496, float %1497, float %1498, float %1499, float %1500, float %1501, float %1502, float %1503, float %1504, float %1505, float %1506, float %1507, float %1508, float %1509, float %1510, float %1511, float %1512, float %1513, float %1514, float %1515, float %1516, float %1517, float %1518, float %1519, float %1520, float %1521, i32 %1639, i32 %1640, i32 %1641, i32 %1642, i64 %1657, i32 1)
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 0
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 1
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 2
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 3
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 4
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 5
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 6
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 7
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 8
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 9
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 10
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 11
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 12
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 13
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 14
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 15
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 16
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 17
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 18
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 19
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 20
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 21
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 22
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 23
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 24
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 25
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 26
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 27
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 28
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 29
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 30
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1658, 31
	%1691 = add i32 %224, 128
	%1692 = zext i32 %1691 to i64
	%1693 = or i64 %1692, u0x4000004002000000
	%1694 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, float %1672, float %1673, float %1674, float %1675, float %1676, float %1677, float %1678, float %1679, float %1680, float %1681, float %1682, float %1683, float %1684, float %1685, float %1686, float %1687, float %1688, float %1689, float %1690, i32 %1643, i32 %1644, i32 %1645, i32 %1646, i64 %1693, i32 1)
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 0
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 1
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 2
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 3
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 4
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 5
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 6
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 7
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 8
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 9
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 10
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 11
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 12
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 13
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 14
	%1710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 15
	%1711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 16
	%1712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 17
	%1713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 18
	%1714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 19
	%1715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 20
	%1716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 21
	%1717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 22
	%1718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 23
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 24
	%1720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 25
	%1721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 26
	%1722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 27
	%1723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 28
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 29
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 30
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1694, 31
	%1727 = add i32 %224, 256
	%1728 = zext i32 %1727 to i64
	%1729 = or i64 %1728, u0x4000004002000000
	%1730 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1695, float %1696, float %1697, float %1698, float %1699, float %1700, float %1701, float %1702, float %1703, float %1704, float %1705, float %1706, float %1707, float %1708, float %1709, float %1710, float %1711, float %1712, float %1713, float %1714, float %1715, float %1716, float %1717, float %1718, float %1719, float %1720, float %1721, float %1722, float %1723, float %1724, float %1725, float %1726, i32 %1647, i32 %1648, i32 %1649, i32 %1650, i64 %1729, i32 1)
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 0
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 1
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 2
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 3
	%1735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 4
	%1736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 5
	%1737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 6
	%1738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 7
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 8
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 9
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 10
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 11
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 12
	%1744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 13
	%1745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 14
	%1746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 15
	%1747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 16
	%1748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 17
	%1749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 18
	%1750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 19
	%1751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 20
	%1752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 21
	%1753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 22
	%1754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 23
	%1755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 24
	%1756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 25
	%1757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 26
	%1758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 27
	%1759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 28
	%1760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 29
	%1761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 30
	%1762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1730, 31
	%1763 = add i32 %224, 384
	%1764 = zext i32 %1763 to i64
	%1765 = or i64 %1764, u0x4000004002000000
	%1766 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1731, float %1732, float %1733, float %1734, float %1735, float %1736, float %1737, float %1738, float %1739, float %1740, float %1741, float %1742, float %1743, float %1744, float %1745, float %1746, float %1747, float %1748, float %1749, float %1750, float %1751, float %1752, float %1753, float %1754, float %1755, float %1756, float %1757, float %1758, float %1759, float %1760, float %1761, float %1762, i32 %1651, i32 %1652, i32 %1653, i32 %1654, i64 %1765, i32 1)
	%1767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 0
	%1768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 1
	%1769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 2
	%1770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 3
	%1771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 4
	%1772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 5
	%1773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 6
	%1774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 7
	%1775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 8
	%1776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 9
	%1777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 10
	%1778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 11
	%1779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 12
	%1780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 13
	%1781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 14
	%1782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 15
	%1783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 16
	%1784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 17
	%1785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 18
	%1786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 19
	%1787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 20
	%1788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 21
	%1789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 22
	%1790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 23
	%1791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 24
	%1792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 25
	%1793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 26
	%1794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 27
	%1795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 28
	%1796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 29
	%1797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 30
	%1798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1766, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1799 = call float asm sideeffect "", "=f,0"(float %1767)
	%1800 = call float asm sideeffect "", "=f,0"(float %1768)
	%1801 = call float asm sideeffect "", "=f,0"(float %1769)
	%1802 = call float asm sideeffect "", "=f,0"(float %1770)
	%1803 = call float asm sideeffect "", "=f,0"(float %1771)
	%1804 = call float asm sideeffect "", "=f,0"(float %1772)
	%1805 = call float asm sideeffect "", "=f,0"(float %1773)
	%1806 = call float asm sideeffect "", "=f,0"(float %1774)
	%1807 = call float asm sideeffect "", "=f,0"(float %1775)
	%1808 = call float asm sideeffect "", "=f,0"(float %1776)
	%1809 = call float asm sideeffect "", "=f,0"(float %1777)
	%1810 = call float asm sideeffect "", "=f,0"(float %1778)
	%1811 = call float asm sideeffect "", "=f,0"(float %1779)
	%1812 = call float asm sideeffect "", "=f,0"(float %1780)
	%1813 = call float asm sideeffect "", "=f,0"(float %1781)
	%1814 = call float asm sideeffect "", "=f,0"(float %1782)
	%1815 = call float asm sideeffect "", "=f,0"(float %1783)
	%1816 = call float asm sideeffect "", "=f,0"(float %1784)
	%1817 = call float asm sideeffect "", "=f,0"(float %1785)
	%1818 = call float asm sideeffect "", "=f,0"(float %1786)
	%1819 = call float asm sideeffect "", "=f,0"(float %1787)
	%1820 = call float asm sideeffect "", "=f,0"(float %1788)
	%1821 = call float asm sideeffect "", "=f,0"(float %1789)
	%1822 = call float asm sideeffect "", "=f,0"(float %1790)
	%1823 = call float asm sideeffect "", "=f,0"(float %1791)
	%1824 = call float asm sideeffect "", "=f,0"(float %1792)
	%1825 = call float asm sideeffect "", "=f,0"(float %1793)
	%1826 = call float asm sideeffect "", "=f,0"(float %1794)
	%1827 = call float asm sideeffect "", "=f,0"(float %1795)
	%1828 = call float asm sideeffect "", "=f,0"(float %1796)
	%1829 = call float asm sideeffect "", "=f,0"(float %1797)
	%1830 = call float asm sideeffect "", "=f,0"(float %1798)
	br i1 %233, label %loop, label %epilogue

store0:
	%1831 = mul i32 %32, %M
	%1832 = add i32 %1831, %279
	%1833 = mul i32 %1832, 64
	%1834 = shl i32 %16, 1
	%1835 = add i32 0, %1834
	%1836 = add i32 %1833, %1835
	%1837 = sext i32 %1836 to i64
	%1838 = getelementptr i16, i16* %out, i64 %1837
	%1839 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %281, float %280)
	%1840 = bitcast i16* %1838 to i32*
	store i32 %1839, i32* %1840
	%1841 = shl i32 %16, 1
	%1842 = add i32 8, %1841
	%1843 = add i32 %1833, %1842
	%1844 = sext i32 %1843 to i64
	%1845 = getelementptr i16, i16* %out, i64 %1844
	%1846 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %283, float %282)
	%1847 = bitcast i16* %1845 to i32*
	store i32 %1846, i32* %1847
	%1848 = shl i32 %16, 1
	%1849 = add i32 16, %1848
	%1850 = add i32 %1833, %1849
	%1851 = sext i32 %1850 to i64
	%1852 = getelementptr i16, i16* %out, i64 %1851
	%1853 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %285, float %284)
	%1854 = bitcast i16* %1852 to i32*
	store i32 %1853, i32* %1854
	%1855 = shl i32 %16, 1
	%1856 = add i32 24, %1855
	%1857 = add i32 %1833, %1856
	%1858 = sext i32 %1857 to i64
	%1859 = getelementptr i16, i16* %out, i64 %1858
	%1860 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %287, float %286)
	%1861 = bitcast i16* %1859 to i32*
	store i32 %1860, i32* %1861
	%1862 = shl i32 %16, 1
	%1863 = add i32 32, %1862
	%1864 = add i32 %1833, %1863
	%1865 = sext i32 %1864 to i64
	%1866 = getelementptr i16, i16* %out, i64 %1865
	%1867 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %289, float %288)
	%1868 = bitcast i16* %1866 to i32*
	store i32 %1867, i32* %1868
	%1869 = shl i32 %16, 1
	%1870 = add i32 40, %1869
	%1871 = add i32 %1833, %1870
	%1872 = sext i32 %1871 to i64
	%1873 = getelementptr i16, i16* %out, i64 %1872
	%1874 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %291, float %290)
	%1875 = bitcast i16* %1873 to i32*
	store i32 %1874, i32* %1875
	%1876 = shl i32 %16, 1
	%1877 = add i32 48, %1876
	%1878 = add i32 %1833, %1877
	%1879 = sext i32 %1878 to i64
	%1880 = getelementptr i16, i16* %out, i64 %1879
	%1881 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %293, float %292)
	%1882 = bitcast i16* %1880 to i32*
	store i32 %1881, i32* %1882
	%1883 = shl i32 %16, 1
	%1884 = add i32 56, %1883
	%1885 = add i32 %1833, %1884
	%1886 = sext i32 %1885 to i64
	%1887 = getelementptr i16, i16* %out, i64 %1886
	%1888 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %295, float %294)
	%1889 = bitcast i16* %1887 to i32*
	store i32 %1888, i32* %1889
	br label %stored0

stored0:
	%1890 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %235, i32 1, i32 31)
	%1891 = fadd float %235, %1890
	%1892 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1891, i32 2, i32 31)
	%1893 = fadd float %1891, %1892
	%1894 = fcmp ogt float %1893, 0.0
	%1895 = fdiv float 1.0, %1893
	%1896 = select i1 %1894, float %1895, float 0.0
	%1897 = mul i32 %10, 16
	%1898 = add i32 %34, %1897
	%1899 = add i32 %15, 8
	%1900 = add i32 %1898, %1899
	%1901 = fmul float %239, %1896
	%1902 = fmul float %240, %1896
	%1903 = fmul float %243, %1896
	%1904 = fmul float %244, %1896
	%1905 = fmul float %247, %1896
	%1906 = fmul float %248, %1896
	%1907 = fmul float %251, %1896
	%1908 = fmul float %252, %1896
	%1909 = fmul float %255, %1896
	%1910 = fmul float %256, %1896
	%1911 = fmul float %259, %1896
	%1912 = fmul float %260, %1896
	%1913 = fmul float %263, %1896
	%1914 = fmul float %264, %1896
	%1915 = fmul float %267, %1896
	%1916 = fmul float %268, %1896
	%1917 = icmp slt i32 %1900, %M
	br i1 %1917, label %store1, label %stored1

store1:
	%1918 = mul i32 %32, %M
	%1919 = add i32 %1918, %1900
	%1920 = mul i32 %1919, 64
	%1921 = shl i32 %16, 1
	%1922 = add i32 0, %1921
	%1923 = add i32 %1920, %1922
	%1924 = sext i32 %1923 to i64
	%1925 = getelementptr i16, i16* %out, i64 %1924
	%1926 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1902, float %1901)
	%1927 = bitcast i16* %1925 to i32*
	store i32 %1926, i32* %1927
	%1928 = shl i32 %16, 1
	%1929 = add i32 8, %1928
	%1930 = add i32 %1920, %1929
	%1931 = sext i32 %1930 to i64
	%1932 = getelementptr i16, i16* %out, i64 %1931
	%1933 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1904, float %1903)
	%1934 = bitcast i16* %1932 to i32*
	store i32 %1933, i32* %1934
	%1935 = shl i32 %16, 1
	%1936 = add i32 16, %1935
	%1937 = add i32 %1920, %1936
	%1938 = sext i32 %1937 to i64
	%1939 = getelementptr i16, i16* %out, i64 %1938
	%1940 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1906, float %1905)
	%1941 = bitcast i16* %1939 to i32*
	store i32 %1940, i32* %1941
	%1942 = shl i32 %16, 1
	%1943 = add i32 24, %1942
	%1944 = add i32 %1920, %1943
	%1945 = sext i32 %1944 to i64
	%1946 = getelementptr i16, i16* %out, i64 %1945
	%1947 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1908, float %1907)
	%1948 = bitcast i16* %1946 to i32*
	store i32 %1947, i32* %1948
	%1949 = shl i32 %16, 1
	%1950 = add i32 32, %1949
	%1951 = add i32 %1920, %1950
	%1952 = sext i32 %1951 to i64
	%1953 = getelementptr i16, i16* %out, i64 %1952
	%1954 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1910, float %1909)
	%1955 = bitcast i16* %1953 to i32*
	store i32 %1954, i32* %1955
	%1956 = shl i32 %16, 1
	%1957 = add i32 40, %1956
	%1958 = add i32 %1920, %1957
	%1959 = sext i32 %1958 to i64
	%1960 = getelementptr i16, i16* %out, i64 %1959
	%1961 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1912, float %1911)
	%1962 = bitcast i16* %1960 to i32*
	store i32 %1961, i32* %1962
	%1963 = shl i32 %16, 1
	%1964 = add i32 48, %1963
	%1965 = add i32 %1920, %1964
	%1966 = sext i32 %1965 to i64
	%1967 = getelementptr i16, i16* %out, i64 %1966
	%1968 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1914, float %1913)
	%1969 = bitcast i16* %1967 to i32*
	store i32 %1968, i32* %1969
	%1970 = shl i32 %16, 1
	%1971 = add i32 56, %1970
	%1972 = add i32 %1920, %1971
	%1973 = sext i32 %1972 to i64
	%1974 = getelementptr i16, i16* %out, i64 %1973
	%1975 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1916, float %1915)
	%1976 = bitcast i16* %1974 to i32*
	store i32 %1975, i32* %1976
	br label %stored1

stored1:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @window_attn0, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @window_attn0, !"minctasm", i32 2}
