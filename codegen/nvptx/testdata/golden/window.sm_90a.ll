; window
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@window_attn0_smem = internal addrspace(3) global [49152 x i8] undef, align 1024

define ptx_kernel void @window_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
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
	%17 = sub i32 %NQ, 1
	%18 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%19 = sub i32 %17, %18
	%20 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%21 = sdiv i32 %20, %group
	%22 = mul i32 %19, 128
	%23 = mul i32 %20, %M
	%24 = mul i32 %23, 64
	%25 = sext i32 %24 to i64
	%26 = getelementptr i16, i16* %q, i64 %25
	%27 = mul i32 %21, %N
	%28 = mul i32 %27, 64
	%29 = sext i32 %28 to i64
	%30 = getelementptr i16, i16* %k, i64 %29
	%31 = mul i32 %21, %N
	%32 = mul i32 %31, 64
	%33 = sext i32 %32 to i64
	%34 = getelementptr i16, i16* %v, i64 %33
	%35 = udiv i32 %20, %lh
	%36 = mul i32 %35, %NQ
	%37 = add i32 %36, %19
	%38 = mul i32 %37, 2
	%39 = mul i32 %38, %NK
	%40 = mul i32 %20, %ch
	%41 = mul i32 %40, %NQ
	%42 = add i32 %41, %19
	%43 = mul i32 %42, %NK
	%44 = add i32 %39, 0
	%45 = sext i32 %44 to i64
	%46 = getelementptr i32, i32* %list, i64 %45
	%47 = load i32, i32* %46
	%48 = icmp sgt i32 %NK, 0
	%49 = icmp sge i32 %47, 0
	%50 = and i1 %48, %49
	%51 = lshr i32 %9, 3
	%52 = and i32 %9, 7
	%53 = lshr i32 %52, 3
	%54 = mul i32 %53, u0x4000
	%55 = and i32 %52, 7
	%56 = and i32 %51, 7
	%57 = xor i32 %55, %56
	%58 = mul i32 %51, 128
	%59 = shl i32 %57, 4
	%60 = add i32 %58, %59
	%61 = add i32 %54, %60
	%62 = add i32 %2, %61
	%63 = add i32 %22, %51
	%64 = mul i32 %63, 64
	%65 = mul i32 %52, 8
	%66 = add i32 %64, %65
	%67 = sext i32 %66 to i64
	%68 = getelementptr i16, i16* %26, i64 %67
	%69 = add i32 %63, 0
	%70 = icmp slt i32 %69, %M
	%71 = getelementptr i16, i16* %68, i64 0
	%72 = select i1 %70, i16* %71, i16* %26
	%73 = add i32 %62, 0
	%74 = select i1 %70, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %73, i16* %72, i32 %74)
	%75 = add i32 %63, 32
	%76 = icmp slt i32 %75, %M
	%77 = getelementptr i16, i16* %68, i64 2048
	%78 = select i1 %76, i16* %77, i16* %26
	%79 = add i32 %62, u0x1000
	%80 = select i1 %76, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %79, i16* %78, i32 %80)
	%81 = add i32 %63, 64
	%82 = icmp slt i32 %81, %M
	%83 = getelementptr i16, i16* %68, i64 u0x1000
	%84 = select i1 %82, i16* %83, i16* %26
	%85 = add i32 %62, u0x2000
	%86 = select i1 %82, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %85, i16* %84, i32 %86)
	%87 = add i32 %63, 96
	%88 = icmp slt i32 %87, %M
	%89 = getelementptr i16, i16* %68, i64 6144
	%90 = select i1 %88, i16* %89, i16* %26
	%91 = add i32 %62, 12288
	%92 = select i1 %88, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %91, i16* %90, i32 %92)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %50, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%93 = and i32 %11, 7
	%94 = lshr i32 %11, 3
	%95 = and i32 %94, 1
	%96 = shl i32 %95, 3
	%97 = add i32 %93, %96
	%98 = lshr i32 %11, 4
	%99 = mul i32 %10, 16
	%100 = add i32 %97, 0
	%101 = add i32 %99, %100
	%102 = mul i32 %101, 128
	%103 = add i32 %2, %102
	%104 = and i32 %11, 7
	%105 = xor i32 %98, %104
	%106 = shl i32 %105, 4
	%107 = add i32 %103, %106
	%108 = mul i32 %47, 64
	%109 = lshr i32 %9, 3
	%110 = and i32 %9, 7
	%111 = lshr i32 %110, 3
	%112 = mul i32 %111, u0x2000
	%113 = and i32 %110, 7
	%114 = and i32 %109, 7
	%115 = xor i32 %113, %114
	%116 = mul i32 %109, 128
	%117 = shl i32 %115, 4
	%118 = add i32 %116, %117
	%119 = add i32 %112, %118
	%120 = add i32 %0, %119
	%121 = add i32 %108, %109
	%122 = mul i32 %121, 64
	%123 = mul i32 %110, 8
	%124 = add i32 %122, %123
	%125 = sext i32 %124 to i64
	%126 = getelementptr i16, i16* %30, i64 %125
	%127 = add i32 %121, 0
	%128 = icmp slt i32 %127, %N
	%129 = getelementptr i16, i16* %126, i64 0
	%130 = select i1 %128, i16* %129, i16* %30
	%131 = add i32 %120, 0
	%132 = select i1 %128, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %131, i16* %130, i32 %132)
	%133 = add i32 %121, 32
	%134 = icmp slt i32 %133, %N
	%135 = getelementptr i16, i16* %126, i64 2048
	%136 = select i1 %134, i16* %135, i16* %30
	%137 = add i32 %120, u0x1000
	%138 = select i1 %134, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %137, i16* %136, i32 %138)
	%139 = mul i32 %47, 64
	%140 = lshr i32 %9, 3
	%141 = and i32 %9, 7
	%142 = lshr i32 %141, 3
	%143 = mul i32 %142, u0x2000
	%144 = and i32 %141, 7
	%145 = and i32 %140, 7
	%146 = xor i32 %144, %145
	%147 = mul i32 %140, 128
	%148 = shl i32 %146, 4
	%149 = add i32 %147, %148
	%150 = add i32 %143, %149
	%151 = add i32 %1, %150
	%152 = add i32 %139, %140
	%153 = mul i32 %152, 64
	%154 = mul i32 %141, 8
	%155 = add i32 %153, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr i16, i16* %34, i64 %156
	%158 = add i32 %152, 0
	%159 = icmp slt i32 %158, %N
	%160 = getelementptr i16, i16* %157, i64 0
	%161 = select i1 %159, i16* %160, i16* %34
	%162 = add i32 %151, 0
	%163 = select i1 %159, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %162, i16* %161, i32 %163)
	%164 = add i32 %152, 32
	%165 = icmp slt i32 %164, %N
	%166 = getelementptr i16, i16* %157, i64 2048
	%167 = select i1 %165, i16* %166, i16* %34
	%168 = add i32 %151, u0x1000
	%169 = select i1 %165, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %168, i16* %167, i32 %169)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%170 = phi i32 [ 0, %prologue ], [ %213, %1477 ]
	%171 = phi i32 [ %47, %prologue ], [ %220, %1477 ]
	%172 = phi float [ 0.0, %prologue ], [ %1787, %1477 ]
	%173 = phi float [ 0.0, %prologue ], [ %1788, %1477 ]
	%174 = phi float [ 0.0, %prologue ], [ %1789, %1477 ]
	%175 = phi float [ 0.0, %prologue ], [ %1790, %1477 ]
	%176 = phi float [ 0.0, %prologue ], [ %1791, %1477 ]
	%177 = phi float [ 0.0, %prologue ], [ %1792, %1477 ]
	%178 = phi float [ 0.0, %prologue ], [ %1793, %1477 ]
	%179 = phi float [ 0.0, %prologue ], [ %1794, %1477 ]
	%180 = phi float [ 0.0, %prologue ], [ %1795, %1477 ]
	%181 = phi float [ 0.0, %prologue ], [ %1796, %1477 ]
	%182 = phi float [ 0.0, %prologue ], [ %1797, %1477 ]
	%183 = phi float [ 0.0, %prologue ], [ %1798, %1477 ]
	%184 = phi float [ 0.0, %prologue ], [ %1799, %1477 ]
	%185 = phi float [ 0.0, %prologue ], [ %1800, %1477 ]
	%186 = phi float [ 0.0, %prologue ], [ %1801, %1477 ]
	%187 = phi float [ 0.0, %prologue ], [ %1802, %1477 ]
	%188 = phi float [ 0.0, %prologue ], [ %1803, %1477 ]
	%189 = phi float [ 0.0, %prologue ], [ %1804, %1477 ]
	%190 = phi float [ 0.0, %prologue ], [ %1805, %1477 ]
	%191 = phi float [ 0.0, %prologue ], [ %1806, %1477 ]
	%192 = phi float [ 0.0, %prologue ], [ %1807, %1477 ]
	%193 = phi float [ 0.0, %prologue ], [ %1808, %1477 ]
	%194 = phi float [ 0.0, %prologue ], [ %1809, %1477 ]
	%195 = phi float [ 0.0, %prologue ], [ %1810, %1477 ]
	%196 = phi float [ 0.0, %prologue ], [ %1811, %1477 ]
	%197 = phi float [ 0.0, %prologue ], [ %1812, %1477 ]
	%198 = phi float [ 0.0, %prologue ], [ %1813, %1477 ]
	%199 = phi float [ 0.0, %prologue ], [ %1814, %1477 ]
	%200 = phi float [ 0.0, %prologue ], [ %1815, %1477 ]
	%201 = phi float [ 0.0, %prologue ], [ %1816, %1477 ]
	%202 = phi float [ 0.0, %prologue ], [ %1817, %1477 ]
	%203 = phi float [ 0.0, %prologue ], [ %1818, %1477 ]
	%204 = phi float [ 0xFFF0000000000000, %prologue ], [ %1512, %1477 ]
	%205 = phi float [ 0.0, %prologue ], [ %1563, %1477 ]
	%206 = phi float [ 0xFFF0000000000000, %prologue ], [ %1564, %1477 ]
	%207 = phi float [ 0.0, %prologue ], [ %1615, %1477 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%208 = mul i32 %171, 64
	%209 = and i32 %170, 1
	%210 = mul i32 %209, 1024
	%211 = add i32 %6, %210
	%212 = add i32 %8, %210
	%213 = add i32 %170, 1
	%214 = icmp slt i32 %213, %NK
	%215 = select i1 %214, i32 %213, i32 0
	%216 = add i32 %39, %215
	%217 = sext i32 %216 to i64
	%218 = getelementptr i32, i32* %list, i64 %217
	%219 = load i32, i32* %218
	%220 = select i1 %214, i32 %219, i32 -1
	%221 = icmp sge i32 %220, 0
	br i1 %221, label %prefetch, label %body

epilogue:
	%222 = phi float [ 0.0, %entry ], [ %1563, %1477 ]
	%223 = phi float [ 0.0, %entry ], [ %1615, %1477 ]
	%224 = phi i32 [ 0, %entry ], [ %213, %1477 ]
	%225 = phi float [ 0.0, %entry ], [ %1787, %1477 ]
	%226 = phi float [ 0.0, %entry ], [ %1788, %1477 ]
	%227 = phi float [ 0.0, %entry ], [ %1789, %1477 ]
	%228 = phi float [ 0.0, %entry ], [ %1790, %1477 ]
	%229 = phi float [ 0.0, %entry ], [ %1791, %1477 ]
	%230 = phi float [ 0.0, %entry ], [ %1792, %1477 ]
	%231 = phi float [ 0.0, %entry ], [ %1793, %1477 ]
	%232 = phi float [ 0.0, %entry ], [ %1794, %1477 ]
	%233 = phi float [ 0.0, %entry ], [ %1795, %1477 ]
	%234 = phi float [ 0.0, %entry ], [ %1796, %1477 ]
	%235 = phi float [ 0.0, %entry ], [ %1797, %1477 ]
	%236 = phi float [ 0.0, %entry ], [ %1798, %1477 ]
	%237 = phi float [ 0.0, %entry ], [ %1799, %1477 ]
	%238 = phi float [ 0.0, %entry ], [ %1800, %1477 ]
	%239 = phi float [ 0.0, %entry ], [ %1801, %1477 ]
	%240 = phi float [ 0.0, %entry ], [ %1802, %1477 ]
	%241 = phi float [ 0.0, %entry ], [ %1803, %1477 ]
	%242 = phi float [ 0.0, %entry ], [ %1804, %1477 ]
	%243 = phi float [ 0.0, %entry ], [ %1805, %1477 ]
	%244 = phi float [ 0.0, %entry ], [ %1806, %1477 ]
	%245 = phi float [ 0.0, %entry ], [ %1807, %1477 ]
	%246 = phi float [ 0.0, %entry ], [ %1808, %1477 ]
	%247 = phi float [ 0.0, %entry ], [ %1809, %1477 ]
	%248 = phi float [ 0.0, %entry ], [ %1810, %1477 ]
	%249 = phi float [ 0.0, %entry ], [ %1811, %1477 ]
	%250 = phi float [ 0.0, %entry ], [ %1812, %1477 ]
	%251 = phi float [ 0.0, %entry ], [ %1813, %1477 ]
	%252 = phi float [ 0.0, %entry ], [ %1814, %1477 ]
	%253 = phi float [ 0.0, %entry ], [ %1815, %1477 ]
	%254 = phi float [ 0.0, %entry ], [ %1816, %1477 ]
	%255 = phi float [ 0.0, %entry ], [ %1817, %1477 ]
	%256 = phi float [ 0.0, %entry ], [ %1818, %1477 ]
	%257 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %222, i32 1, i32 31)
	%258 = fadd float %222, %257
	%259 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %258, i32 2, i32 31)
	%260 = fadd float %258, %259
	%261 = fcmp ogt float %260, 0.0
	%262 = fdiv float 1.0, %260
	%263 = select i1 %261, float %262, float 0.0
	%264 = mul i32 %10, 16
	%265 = add i32 %22, %264
	%266 = add i32 %15, 0
	%267 = add i32 %265, %266
	%268 = fmul float %225, %263
	%269 = fmul float %226, %263
	%270 = fmul float %229, %263
	%271 = fmul float %230, %263
	%272 = fmul float %233, %263
	%273 = fmul float %234, %263
	%274 = fmul float %237, %263
	%275 = fmul float %238, %263
	%276 = fmul float %241, %263
	%277 = fmul float %242, %263
	%278 = fmul float %245, %263
	%279 = fmul float %246, %263
	%280 = fmul float %249, %263
	%281 = fmul float %250, %263
	%282 = fmul float %253, %263
	%283 = fmul float %254, %263
	%284 = icmp slt i32 %267, %M
	br i1 %284, label %store0, label %stored0

prefetch:
	%285 = xor i32 %209, 1
	%286 = mul i32 %285, u0x4000
	%287 = add i32 %0, %286
	%288 = mul i32 %220, 64
	%289 = lshr i32 %9, 3
	%290 = and i32 %9, 7
	%291 = lshr i32 %290, 3
	%292 = mul i32 %291, u0x2000
	%293 = and i32 %290, 7
	%294 = and i32 %289, 7
	%295 = xor i32 %293, %294
	%296 = mul i32 %289, 128
	%297 = shl i32 %295, 4
	%298 = add i32 %296, %297
	%299 = add i32 %292, %298
	%300 = add i32 %287, %299
	%301 = add i32 %288, %289
	%302 = mul i32 %301, 64
	%303 = mul i32 %290, 8
	%304 = add i32 %302, %303
	%305 = sext i32 %304 to i64
	%306 = getelementptr i16, i16* %30, i64 %305
	%307 = add i32 %301, 0
	%308 = icmp slt i32 %307, %N
	%309 = getelementptr i16, i16* %306, i64 0
	%310 = select i1 %308, i16* %309, i16* %30
	%311 = add i32 %300, 0
	%312 = select i1 %308, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %311, i16* %310, i32 %312)
	%313 = add i32 %301, 32
	%314 = icmp slt i32 %313, %N
	%315 = getelementptr i16, i16* %306, i64 2048
	%316 = select i1 %314, i16* %315, i16* %30
	%317 = add i32 %300, u0x1000
	%318 = select i1 %314, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %317, i16* %316, i32 %318)
	%319 = add i32 %1, %286
	%320 = mul i32 %220, 64
	%321 = lshr i32 %9, 3
	%322 = and i32 %9, 7
	%323 = lshr i32 %322, 3
	%324 = mul i32 %323, u0x2000
	%325 = and i32 %322, 7
	%326 = and i32 %321, 7
	%327 = xor i32 %325, %326
	%328 = mul i32 %321, 128
	%329 = shl i32 %327, 4
	%330 = add i32 %328, %329
	%331 = add i32 %324, %330
	%332 = add i32 %319, %331
	%333 = add i32 %320, %321
	%334 = mul i32 %333, 64
	%335 = mul i32 %322, 8
	%336 = add i32 %334, %335
	%337 = sext i32 %336 to i64
	%338 = getelementptr i16, i16* %34, i64 %337
	%339 = add i32 %333, 0
	%340 = icmp slt i32 %339, %N
	%341 = getelementptr i16, i16* %338, i64 0
	%342 = select i1 %340, i16* %341, i16* %34
	%343 = add i32 %332, 0
	%344 = select i1 %340, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %343, i16* %342, i32 %344)
	%345 = add i32 %333, 32
	%346 = icmp slt i32 %345, %N
	%347 = getelementptr i16, i16* %338, i64 2048
	%348 = select i1 %346, i16* %347, i16* %34
	%349 = add i32 %332, u0x1000
	%350 = select i1 %346, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %349, i16* %348, i32 %350)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %body

body:
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%351 = add i32 %14, 0
	%352 = zext i32 %351 to i64
	%353 = or i64 %352, u0x4000004000010000
	%354 = add i32 %211, 0
	%355 = zext i32 %354 to i64
	%356 = or i64 %355, u0x4000004000010000
	%357 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %353, i64 %356, i32 1)
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 0
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 1
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 2
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 3
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 4
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 5
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 6
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 7
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 8
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 9
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 10
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 11
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 12
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 13
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 14
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 15
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 16
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 17
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 18
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 19
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 20
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 21
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 22
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 23
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 24
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 25
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 26
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 27
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 28
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 29
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 30
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 31
	%390 = add i32 %14, 2
	%391 = zext i32 %390 to i64
	%392 = or i64 %391, u0x4000004000010000
	%393 = add i32 %211, 2
	%394 = zext i32 %393 to i64
	%395 = or i64 %394, u0x4000004000010000
	%396 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, i64 %392, i64 %395, i32 1)
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 0
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 1
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 2
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 3
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 4
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 5
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 6
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 7
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 8
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 9
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 10
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 11
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 12
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 13
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 14
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 15
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 16
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 17
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 18
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 19
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 20
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 21
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 22
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 23
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 24
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 25
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 26
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 27
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 28
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 29
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 30
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 31
	%429 = add i32 %14, 4
	%430 = zext i32 %429 to i64
	%431 = or i64 %430, u0x4000004000010000
	%432 = add i32 %211, 4
	%433 = zext i32 %432 to i64
	%434 = or i64 %433, u0x4000004000010000
	%435 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, i64 %431, i64 %434, i32 1)
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 3
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 4
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 5
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 6
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 7
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 8
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 9
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 10
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 11
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 12
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 13
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 14
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 15
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 16
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 17
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 18
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 19
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 20
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 21
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 22
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 23
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 24
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 25
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 26
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 27
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 28
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 29
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 30
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 31
	%468 = add i32 %14, 6
	%469 = zext i32 %468 to i64
	%470 = or i64 %469, u0x4000004000010000
	%471 = add i32 %211, 6
	%472 = zext i32 %471 to i64
	%473 = or i64 %472, u0x4000004000010000
	%474 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, i64 %470, i64 %473, i32 1)
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 0
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 1
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 2
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 3
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 4
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 5
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 6
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 7
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 8
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 9
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 10
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 11
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 12
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 13
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 14
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 15
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 16
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 17
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 18
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 19
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 20
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 21
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 22
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 23
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 24
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 25
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 26
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 27
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 28
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 29
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 30
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%507 = call float asm sideeffect "", "=f,0"(float %475)
	%508 = call float asm sideeffect "", "=f,0"(float %476)
	%509 = call float asm sideeffect "", "=f,0"(float %477)
	%510 = call float asm sideeffect "", "=f,0"(float %478)
	%511 = call float asm sideeffect "", "=f,0"(float %479)
	%512 = call float asm sideeffect "", "=f,0"(float %480)
	%513 = call float asm sideeffect "", "=f,0"(float %481)
	%514 = call float asm sideeffect "", "=f,0"(float %482)
	%515 = call float asm sideeffect "", "=f,0"(float %483)
	%516 = call float asm sideeffect "", "=f,0"(float %484)
	%517 = call float asm sideeffect "", "=f,0"(float %485)
	%518 = call float asm sideeffect "", "=f,0"(float %486)
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
	%539 = mul i32 %10, 16
	%540 = add i32 %22, %539
	%541 = add i32 %15, 0
	%542 = add i32 %540, %541
	%543 = mul i32 %10, 16
	%544 = add i32 %22, %543
	%545 = add i32 %15, 8
	%546 = add i32 %544, %545
	%547 = sitofp i32 %20 to float
	%548 = add i32 %43, %171
	%549 = sext i32 %548 to i64
	%550 = getelementptr i8, i8* %cls, i64 %549
	%551 = load i8, i8* %550
	%552 = icmp ne i8 %551, 2
	br i1 %552, label %partial, label %softmax

partial:
	%553 = shl i32 %16, 1
	%554 = add i32 0, %553
	%555 = add i32 %208, %554
	%556 = icmp slt i32 %555, %N
	%557 = select i1 %556, i32 %555, i32 0
	%558 = sitofp i32 %542 to float
	%559 = sitofp i32 %557 to float
	%560 = fcmp ole float %559, %558
	%561 = uitofp i1 %560 to float
	%562 = fcmp une float %561, 0.0
	%563 = fsub float %558, %559
	%564 = fcmp olt float %563, 256.0
	%565 = uitofp i1 %564 to float
	%566 = fcmp une float %565, 0.0
	%567 = fcmp olt float %559, 4.0
	%568 = uitofp i1 %567 to float
	%569 = fcmp une float %568, 0.0
	%570 = or i1 %566, %569
	%571 = uitofp i1 %570 to float
	%572 = fcmp une float %571, 0.0
	%573 = and i1 %562, %572
	%574 = uitofp i1 %573 to float
	%575 = fcmp une float %574, 0.0
	%576 = and i1 %556, %575
	%577 = select i1 %576, float %507, float 0xFFF0000000000000
	%578 = shl i32 %16, 1
	%579 = add i32 1, %578
	%580 = add i32 %208, %579
	%581 = icmp slt i32 %580, %N
	%582 = select i1 %581, i32 %580, i32 0
	%583 = sitofp i32 %542 to float
	%584 = sitofp i32 %582 to float
	%585 = fcmp ole float %584, %583
	%586 = uitofp i1 %585 to float
	%587 = fcmp une float %586, 0.0
	%588 = fsub float %583, %584
	%589 = fcmp olt float %588, 256.0
	%590 = uitofp i1 %589 to float
	%591 = fcmp une float %590, 0.0
	%592 = fcmp olt float %584, 4.0
	%593 = uitofp i1 %592 to float
	%594 = fcmp une float %593, 0.0
	%595 = or i1 %591, %594
	%596 = uitofp i1 %595 to float
	%597 = fcmp une float %596, 0.0
	%598 = and i1 %587, %597
	%599 = uitofp i1 %598 to float
	%600 = fcmp une float %599, 0.0
	%601 = and i1 %581, %600
	%602 = select i1 %601, float %508, float 0xFFF0000000000000
	%603 = shl i32 %16, 1
	%604 = add i32 0, %603
	%605 = add i32 %208, %604
	%606 = icmp slt i32 %605, %N
	%607 = select i1 %606, i32 %605, i32 0
	%608 = sitofp i32 %546 to float
	%609 = sitofp i32 %607 to float
	%610 = fcmp ole float %609, %608
	%611 = uitofp i1 %610 to float
	%612 = fcmp une float %611, 0.0
	%613 = fsub float %608, %609
	%614 = fcmp olt float %613, 256.0
	%615 = uitofp i1 %614 to float
	%616 = fcmp une float %615, 0.0
	%617 = fcmp olt float %609, 4.0
	%618 = uitofp i1 %617 to float
	%619 = fcmp une float %618, 0.0
	%620 = or i1 %616, %619
	%621 = uitofp i1 %620 to float
	%622 = fcmp une float %621, 0.0
	%623 = and i1 %612, %622
	%624 = uitofp i1 %623 to float
	%625 = fcmp une float %624, 0.0
	%626 = and i1 %606, %625
	%627 = select i1 %626, float %509, float 0xFFF0000000000000
	%628 = shl i32 %16, 1
	%629 = add i32 1, %628
	%630 = add i32 %208, %629
	%631 = icmp slt i32 %630, %N
	%632 = select i1 %631, i32 %630, i32 0
	%633 = sitofp i32 %546 to float
	%634 = sitofp i32 %632 to float
	%635 = fcmp ole float %634, %633
	%636 = uitofp i1 %635 to float
	%637 = fcmp une float %636, 0.0
	%638 = fsub float %633, %634
	%639 = fcmp olt float %638, 256.0
	%640 = uitofp i1 %639 to float
	%641 = fcmp une float %640, 0.0
	%642 = fcmp olt float %634, 4.0
	%643 = uitofp i1 %642 to float
	%644 = fcmp une float %643, 0.0
	%645 = or i1 %641, %644
	%646 = uitofp i1 %645 to float
	%647 = fcmp une float %646, 0.0
	%648 = and i1 %637, %647
	%649 = uitofp i1 %648 to float
	%650 = fcmp une float %649, 0.0
	%651 = and i1 %631, %650
	%652 = select i1 %651, float %510, float 0xFFF0000000000000
	%653 = shl i32 %16, 1
	%654 = add i32 8, %653
	%655 = add i32 %208, %654
	%656 = icmp slt i32 %655, %N
	%657 = select i1 %656, i32 %655, i32 0
	%658 = sitofp i32 %542 to float
	%659 = sitofp i32 %657 to float
	%660 = fcmp ole float %659, %658
	%661 = uitofp i1 %660 to float
	%662 = fcmp une float %661, 0.0
	%663 = fsub float %658, %659
	%664 = fcmp olt float %663, 256.0
	%665 = uitofp i1 %664 to float
	%666 = fcmp une float %665, 0.0
	%667 = fcmp olt float %659, 4.0
	%668 = uitofp i1 %667 to float
	%669 = fcmp une float %668, 0.0
	%670 = or i1 %666, %669
	%671 = uitofp i1 %670 to float
	%672 = fcmp une float %671, 0.0
	%673 = and i1 %662, %672
	%674 = uitofp i1 %673 to float
	%675 = fcmp une float %674, 0.0
	%676 = and i1 %656, %675
	%677 = select i1 %676, float %511, float 0xFFF0000000000000
	%678 = shl i32 %16, 1
	%679 = add i32 9, %678
	%680 = add i32 %208, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, i32 %680, i32 0
	%683 = sitofp i32 %542 to float
	%684 = sitofp i32 %682 to float
	%685 = fcmp ole float %684, %683
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = fsub float %683, %684
	%689 = fcmp olt float %688, 256.0
	%690 = uitofp i1 %689 to float
	%691 = fcmp une float %690, 0.0
	%692 = fcmp olt float %684, 4.0
	%693 = uitofp i1 %692 to float
	%694 = fcmp une float %693, 0.0
	%695 = or i1 %691, %694
	%696 = uitofp i1 %695 to float
	%697 = fcmp une float %696, 0.0
	%698 = and i1 %687, %697
	%699 = uitofp i1 %698 to float
	%700 = fcmp une float %699, 0.0
	%701 = and i1 %681, %700
	%702 = select i1 %701, float %512, float 0xFFF0000000000000
	%703 = shl i32 %16, 1
	%704 = add i32 8, %703
	%705 = add i32 %208, %704
	%706 = icmp slt i32 %705, %N
	%707 = select i1 %706, i32 %705, i32 0
	%708 = sitofp i32 %546 to float
	%709 = sitofp i32 %707 to float
	%710 = fcmp ole float %709, %708
	%711 = uitofp i1 %710 to float
	%712 = fcmp une float %711, 0.0
	%713 = fsub float %708, %709
	%714 = fcmp olt float %713, 256.0
	%715 = uitofp i1 %714 to float
	%716 = fcmp une float %715, 0.0
	%717 = fcmp olt float %709, 4.0
	%718 = uitofp i1 %717 to float
	%719 = fcmp une float %718, 0.0
	%720 = or i1 %716, %719
	%721 = uitofp i1 %720 to float
	%722 = fcmp une float %721, 0.0
	%723 = and i1 %712, %722
	%724 = uitofp i1 %723 to float
	%725 = fcmp une float %724, 0.0
	%726 = and i1 %706, %725
	%727 = select i1 %726, float %513, float 0xFFF0000000000000
	%728 = shl i32 %16, 1
	%729 = add i32 9, %728
	%730 = add i32 %208, %729
	%731 = icmp slt i32 %730, %N
	%732 = select i1 %731, i32 %730, i32 0
	%733 = sitofp i32 %546 to float
	%734 = sitofp i32 %732 to float
	%735 = fcmp ole float %734, %733
	%736 = uitofp i1 %735 to float
	%737 = fcmp une float %736, 0.0
	%738 = fsub float %733, %734
	%739 = fcmp olt float %738, 256.0
	%740 = uitofp i1 %739 to float
	%741 = fcmp une float %740, 0.0
	%742 = fcmp olt float %734, 4.0
	%743 = uitofp i1 %742 to float
	%744 = fcmp une float %743, 0.0
	%745 = or i1 %741, %744
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %737, %747
	%749 = uitofp i1 %748 to float
	%750 = fcmp une float %749, 0.0
	%751 = and i1 %731, %750
	%752 = select i1 %751, float %514, float 0xFFF0000000000000
	%753 = shl i32 %16, 1
	%754 = add i32 16, %753
	%755 = add i32 %208, %754
	%756 = icmp slt i32 %755, %N
	%757 = select i1 %756, i32 %755, i32 0
	%758 = sitofp i32 %542 to float
	%759 = sitofp i32 %757 to float
	%760 = fcmp ole float %759, %758
	%761 = uitofp i1 %760 to float
	%762 = fcmp une float %761, 0.0
	%763 = fsub float %758, %759
	%764 = fcmp olt float %763, 256.0
	%765 = uitofp i1 %764 to float
	%766 = fcmp une float %765, 0.0
	%767 = fcmp olt float %759, 4.0
	%768 = uitofp i1 %767 to float
	%769 = fcmp une float %768, 0.0
	%770 = or i1 %766, %769
	%771 = uitofp i1 %770 to float
	%772 = fcmp une float %771, 0.0
	%773 = and i1 %762, %772
	%774 = uitofp i1 %773 to float
	%775 = fcmp une float %774, 0.0
	%776 = and i1 %756, %775
	%777 = select i1 %776, float %515, float 0xFFF0000000000000
	%778 = shl i32 %16, 1
	%779 = add i32 17, %778
	%780 = add i32 %208, %779
	%781 = icmp slt i32 %780, %N
	%782 = select i1 %781, i32 %780, i32 0
	%783 = sitofp i32 %542 to float
	%784 = sitofp i32 %782 to float
	%785 = fcmp ole float %784, %783
	%786 = uitofp i1 %785 to float
	%787 = fcmp une float %786, 0.0
	%788 = fsub float %783, %784
	%789 = fcmp olt float %788, 256.0
	%790 = uitofp i1 %789 to float
	%791 = fcmp une float %790, 0.0
	%792 = fcmp olt float %784, 4.0
	%793 = uitofp i1 %792 to float
	%794 = fcmp une float %793, 0.0
	%795 = or i1 %791, %794
	%796 = uitofp i1 %795 to float
	%797 = fcmp une float %796, 0.0
	%798 = and i1 %787, %797
	%799 = uitofp i1 %798 to float
	%800 = fcmp une float %799, 0.0
	%801 = and i1 %781, %800
	%802 = select i1 %801, float %516, float 0xFFF0000000000000
	%803 = shl i32 %16, 1
	%804 = add i32 16, %803
	%805 = add i32 %208, %804
	%806 = icmp slt i32 %805, %N
	%807 = select i1 %806, i32 %805, i32 0
	%808 = sitofp i32 %546 to float
	%809 = sitofp i32 %807 to float
	%810 = fcmp ole float %809, %808
	%811 = uitofp i1 %810 to float
	%812 = fcmp une float %811, 0.0
	%813 = fsub float %808, %809
	%814 = fcmp olt float %813, 256.0
	%815 = uitofp i1 %814 to float
	%816 = fcmp une float %815, 0.0
	%817 = fcmp olt float %809, 4.0
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = or i1 %816, %819
	%821 = uitofp i1 %820 to float
	%822 = fcmp une float %821, 0.0
	%823 = and i1 %812, %822
	%824 = uitofp i1 %823 to float
	%825 = fcmp une float %824, 0.0
	%826 = and i1 %806, %825
	%827 = select i1 %826, float %517, float 0xFFF0000000000000
	%828 = shl i32 %16, 1
	%829 = add i32 17, %828
	%830 = add i32 %208, %829
	%831 = icmp slt i32 %830, %N
	%832 = select i1 %831, i32 %830, i32 0
	%833 = sitofp i32 %546 to float
	%834 = sitofp i32 %832 to float
	%835 = fcmp ole float %834, %833
	%836 = uitofp i1 %835 to float
	%837 = fcmp une float %836, 0.0
	%838 = fsub float %833, %834
	%839 = fcmp olt float %838, 256.0
	%840 = uitofp i1 %839 to float
	%841 = fcmp une float %840, 0.0
	%842 = fcmp olt float %834, 4.0
	%843 = uitofp i1 %842 to float
	%844 = fcmp une float %843, 0.0
	%845 = or i1 %841, %844
	%846 = uitofp i1 %845 to float
	%847 = fcmp une float %846, 0.0
	%848 = and i1 %837, %847
	%849 = uitofp i1 %848 to float
	%850 = fcmp une float %849, 0.0
	%851 = and i1 %831, %850
	%852 = select i1 %851, float %518, float 0xFFF0000000000000
	%853 = shl i32 %16, 1
	%854 = add i32 24, %853
	%855 = add i32 %208, %854
	%856 = icmp slt i32 %855, %N
	%857 = select i1 %856, i32 %855, i32 0
	%858 = sitofp i32 %542 to float
	%859 = sitofp i32 %857 to float
	%860 = fcmp ole float %859, %858
	%861 = uitofp i1 %860 to float
	%862 = fcmp une float %861, 0.0
	%863 = fsub float %858, %859
	%864 = fcmp olt float %863, 256.0
	%865 = uitofp i1 %864 to float
	%866 = fcmp une float %865, 0.0
	%867 = fcmp olt float %859, 4.0
	%868 = uitofp i1 %867 to float
	%869 = fcmp une float %868, 0.0
	%870 = or i1 %866, %869
	%871 = uitofp i1 %870 to float
	%872 = fcmp une float %871, 0.0
	%873 = and i1 %862, %872
	%874 = uitofp i1 %873 to float
	%875 = fcmp une float %874, 0.0
	%876 = and i1 %856, %875
	%877 = select i1 %876, float %519, float 0xFFF0000000000000
	%878 = shl i32 %16, 1
	%879 = add i32 25, %878
	%880 = add i32 %208, %879
	%881 = icmp slt i32 %880, %N
	%882 = select i1 %881, i32 %880, i32 0
	%883 = sitofp i32 %542 to float
	%884 = sitofp i32 %882 to float
	%885 = fcmp ole float %884, %883
	%886 = uitofp i1 %885 to float
	%887 = fcmp une float %886, 0.0
	%888 = fsub float %883, %884
	%889 = fcmp olt float %888, 256.0
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = fcmp olt float %884, 4.0
	%893 = uitofp i1 %892 to float
	%894 = fcmp une float %893, 0.0
	%895 = or i1 %891, %894
	%896 = uitofp i1 %895 to float
	%897 = fcmp une float %896, 0.0
	%898 = and i1 %887, %897
	%899 = uitofp i1 %898 to float
	%900 = fcmp une float %899, 0.0
	%901 = and i1 %881, %900
	%902 = select i1 %901, float %520, float 0xFFF0000000000000
	%903 = shl i32 %16, 1
	%904 = add i32 24, %903
	%905 = add i32 %208, %904
	%906 = icmp slt i32 %905, %N
	%907 = select i1 %906, i32 %905, i32 0
	%908 = sitofp i32 %546 to float
	%909 = sitofp i32 %907 to float
	%910 = fcmp ole float %909, %908
	%911 = uitofp i1 %910 to float
	%912 = fcmp une float %911, 0.0
	%913 = fsub float %908, %909
	%914 = fcmp olt float %913, 256.0
	%915 = uitofp i1 %914 to float
	%916 = fcmp une float %915, 0.0
	%917 = fcmp olt float %909, 4.0
	%918 = uitofp i1 %917 to float
	%919 = fcmp une float %918, 0.0
	%920 = or i1 %916, %919
	%921 = uitofp i1 %920 to float
	%922 = fcmp une float %921, 0.0
	%923 = and i1 %912, %922
	%924 = uitofp i1 %923 to float
	%925 = fcmp une float %924, 0.0
	%926 = and i1 %906, %925
	%927 = select i1 %926, float %521, float 0xFFF0000000000000
	%928 = shl i32 %16, 1
	%929 = add i32 25, %928
	%930 = add i32 %208, %929
	%931 = icmp slt i32 %930, %N
	%932 = select i1 %931, i32 %930, i32 0
	%933 = sitofp i32 %546 to float
	%934 = sitofp i32 %932 to float
	%935 = fcmp ole float %934, %933
	%936 = uitofp i1 %935 to float
	%937 = fcmp une float %936, 0.0
	%938 = fsub float %933, %934
	%939 = fcmp olt float %938, 256.0
	%940 = uitofp i1 %939 to float
	%941 = fcmp une float %940, 0.0
	%942 = fcmp olt float %934, 4.0
	%943 = uitofp i1 %942 to float
	%944 = fcmp une float %943, 0.0
	%945 = or i1 %941, %944
	%946 = uitofp i1 %945 to float
	%947 = fcmp une float %946, 0.0
	%948 = and i1 %937, %947
	%949 = uitofp i1 %948 to float
	%950 = fcmp une float %949, 0.0
	%951 = and i1 %931, %950
	%952 = select i1 %951, float %522, float 0xFFF0000000000000
	%953 = shl i32 %16, 1
	%954 = add i32 32, %953
	%955 = add i32 %208, %954
	%956 = icmp slt i32 %955, %N
	%957 = select i1 %956, i32 %955, i32 0
	%958 = sitofp i32 %542 to float
	%959 = sitofp i32 %957 to float
	%960 = fcmp ole float %959, %958
	%961 = uitofp i1 %960 to float
	%962 = fcmp une float %961, 0.0
	%963 = fsub float %958, %959
	%964 = fcmp olt float %963, 256.0
	%965 = uitofp i1 %964 to float
	%966 = fcmp une float %965, 0.0
	%967 = fcmp olt float %959, 4.0
	%968 = uitofp i1 %967 to float
	%969 = fcmp une float %968, 0.0
	%970 = or i1 %966, %969
	%971 = uitofp i1 %970 to float
	%972 = fcmp une float %971, 0.0
	%973 = and i1 %962, %972
	%974 = uitofp i1 %973 to float
	%975 = fcmp une float %974, 0.0
	%976 = and i1 %956, %975
	%977 = select i1 %976, float %523, float 0xFFF0000000000000
	%978 = shl i32 %16, 1
	%979 = add i32 33, %978
	%980 = add i32 %208, %979
	%981 = icmp slt i32 %980, %N
	%982 = select i1 %981, i32 %980, i32 0
	%983 = sitofp i32 %542 to float
	%984 = sitofp i32 %982 to float
	%985 = fcmp ole float %984, %983
	%986 = uitofp i1 %985 to float
	%987 = fcmp une float %986, 0.0
	%988 = fsub float %983, %984
	%989 = fcmp olt float %988, 256.0
	%990 = uitofp i1 %989 to float
	%991 = fcmp une float %990, 0.0
	%992 = fcmp olt float %984, 4.0
	%993 = uitofp i1 %992 to float
	%994 = fcmp une float %993, 0.0
	%995 = or i1 %991, %994
	%996 = uitofp i1 %995 to float
	%997 = fcmp une float %996, 0.0
	%998 = and i1 %987, %997
	%999 = uitofp i1 %998 to float
	%1000 = fcmp une float %999, 0.0
	%1001 = and i1 %981, %1000
	%1002 = select i1 %1001, float %524, float 0xFFF0000000000000
	%1003 = shl i32 %16, 1
	%1004 = add i32 32, %1003
	%1005 = add i32 %208, %1004
	%1006 = icmp slt i32 %1005, %N
	%1007 = select i1 %1006, i32 %1005, i32 0
	%1008 = sitofp i32 %546 to float
	%1009 = sitofp i32 %1007 to float
	%1010 = fcmp ole float %1009, %1008
	%1011 = uitofp i1 %1010 to float
	%1012 = fcmp une float %1011, 0.0
	%1013 = fsub float %1008, %1009
	%1014 = fcmp olt float %1013, 256.0
	%1015 = uitofp i1 %1014 to float
	%1016 = fcmp une float %1015, 0.0
	%1017 = fcmp olt float %1009, 4.0
	%1018 = uitofp i1 %1017 to float
	%1019 = fcmp une float %1018, 0.0
	%1020 = or i1 %1016, %1019
	%1021 = uitofp i1 %1020 to float
	%1022 = fcmp une float %1021, 0.0
	%1023 = and i1 %1012, %1022
	%1024 = uitofp i1 %1023 to float
	%1025 = fcmp une float %1024, 0.0
	%1026 = and i1 %1006, %1025
	%1027 = select i1 %1026, float %525, float 0xFFF0000000000000
	%1028 = shl i32 %16, 1
	%1029 = add i32 33, %1028
	%1030 = add i32 %208, %1029
	%1031 = icmp slt i32 %1030, %N
	%1032 = select i1 %1031, i32 %1030, i32 0
	%1033 = sitofp i32 %546 to float
	%1034 = sitofp i32 %1032 to float
	%1035 = fcmp ole float %1034, %1033
	%1036 = uitofp i1 %1035 to float
	%1037 = fcmp une float %1036, 0.0
	%1038 = fsub float %1033, %1034
	%1039 = fcmp olt float %1038, 256.0
	%1040 = uitofp i1 %1039 to float
	%1041 = fcmp une float %1040, 0.0
	%1042 = fcmp olt float %1034, 4.0
	%1043 = uitofp i1 %1042 to float
	%1044 = fcmp une float %1043, 0.0
	%1045 = or i1 %1041, %1044
	%1046 = uitofp i1 %1045 to float
	%1047 = fcmp une float %1046, 0.0
	%1048 = and i1 %1037, %1047
	%1049 = uitofp i1 %1048 to float
	%1050 = fcmp une float %1049, 0.0
	%1051 = and i1 %1031, %1050
	%1052 = select i1 %1051, float %526, float 0xFFF0000000000000
	%1053 = shl i32 %16, 1
	%1054 = add i32 40, %1053
	%1055 = add i32 %208, %1054
	%1056 = icmp slt i32 %1055, %N
	%1057 = select i1 %1056, i32 %1055, i32 0
	%1058 = sitofp i32 %542 to float
	%1059 = sitofp i32 %1057 to float
	%1060 = fcmp ole float %1059, %1058
	%1061 = uitofp i1 %1060 to float
	%1062 = fcmp une float %1061, 0.0
	%1063 = fsub float %1058, %1059
	%1064 = fcmp olt float %1063, 256.0
	%1065 = uitofp i1 %1064 to float
	%1066 = fcmp une float %1065, 0.0
	%1067 = fcmp olt float %1059, 4.0
	%1068 = uitofp i1 %1067 to float
	%1069 = fcmp une float %1068, 0.0
	%1070 = or i1 %1066, %1069
	%1071 = uitofp i1 %1070 to float
	%1072 = fcmp une float %1071, 0.0
	%1073 = and i1 %1062, %1072
	%1074 = uitofp i1 %1073 to float
	%1075 = fcmp une float %1074, 0.0
	%1076 = and i1 %1056, %1075
	%1077 = select i1 %1076, float %527, float 0xFFF0000000000000
	%1078 = shl i32 %16, 1
	%1079 = add i32 41, %1078
	%1080 = add i32 %208, %1079
	%1081 = icmp slt i32 %1080, %N
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = sitofp i32 %542 to float
	%1084 = sitofp i32 %1082 to float
	%1085 = fcmp ole float %1084, %1083
	%1086 = uitofp i1 %1085 to float
	%1087 = fcmp une float %1086, 0.0
	%1088 = fsub float %1083, %1084
	%1089 = fcmp olt float %1088, 256.0
	%1090 = uitofp i1 %1089 to float
	%1091 = fcmp une float %1090, 0.0
	%1092 = fcmp olt float %1084, 4.0
	%1093 = uitofp i1 %1092 to float
	%1094 = fcmp une float %1093, 0.0
	%1095 = or i1 %1091, %1094
	%1096 = uitofp i1 %1095 to float
	%1097 = fcmp une float %1096, 0.0
	%1098 = and i1 %1087, %1097
	%1099 = uitofp i1 %1098 to float
	%1100 = fcmp une float %1099, 0.0
	%1101 = and i1 %1081, %1100
	%1102 = select i1 %1101, float %528, float 0xFFF0000000000000
	%1103 = shl i32 %16, 1
	%1104 = add i32 40, %1103
	%1105 = add i32 %208, %1104
	%1106 = icmp slt i32 %1105, %N
	%1107 = select i1 %1106, i32 %1105, i32 0
	%1108 = sitofp i32 %546 to float
	%1109 = sitofp i32 %1107 to float
	%1110 = fcmp ole float %1109, %1108
	%1111 = uitofp i1 %1110 to float
	%1112 = fcmp une float %1111, 0.0
	%1113 = fsub float %1108, %1109
	%1114 = fcmp olt float %1113, 256.0
	%1115 = uitofp i1 %1114 to float
	%1116 = fcmp une float %1115, 0.0
	%1117 = fcmp olt float %1109, 4.0
	%1118 = uitofp i1 %1117 to float
	%1119 = fcmp une float %1118, 0.0
	%1120 = or i1 %1116, %1119
	%1121 = uitofp i1 %1120 to float
	%1122 = fcmp une float %1121, 0.0
	%1123 = and i1 %1112, %1122
	%1124 = uitofp i1 %1123 to float
	%1125 = fcmp une float %1124, 0.0
	%1126 = and i1 %1106, %1125
	%1127 = select i1 %1126, float %529, float 0xFFF0000000000000
	%1128 = shl i32 %16, 1
	%1129 = add i32 41, %1128
	%1130 = add i32 %208, %1129
	%1131 = icmp slt i32 %1130, %N
	%1132 = select i1 %1131, i32 %1130, i32 0
	%1133 = sitofp i32 %546 to float
	%1134 = sitofp i32 %1132 to float
	%1135 = fcmp ole float %1134, %1133
	%1136 = uitofp i1 %1135 to float
	%1137 = fcmp une float %1136, 0.0
	%1138 = fsub float %1133, %1134
	%1139 = fcmp olt float %1138, 256.0
	%1140 = uitofp i1 %1139 to float
	%1141 = fcmp une float %1140, 0.0
	%1142 = fcmp olt float %1134, 4.0
	%1143 = uitofp i1 %1142 to float
	%1144 = fcmp une float %1143, 0.0
	%1145 = or i1 %1141, %1144
	%1146 = uitofp i1 %1145 to float
	%1147 = fcmp une float %1146, 0.0
	%1148 = and i1 %1137, %1147
	%1149 = uitofp i1 %1148 to float
	%1150 = fcmp une float %1149, 0.0
	%1151 = and i1 %1131, %1150
	%1152 = select i1 %1151, float %530, float 0xFFF0000000000000
	%1153 = shl i32 %16, 1
	%1154 = add i32 48, %1153
	%1155 = add i32 %208, %1154
	%1156 = icmp slt i32 %1155, %N
	%1157 = select i1 %1156, i32 %1155, i32 0
	%1158 = sitofp i32 %542 to float
	%1159 = sitofp i32 %1157 to float
	%1160 = fcmp ole float %1159, %1158
	%1161 = uitofp i1 %1160 to float
	%1162 = fcmp une float %1161, 0.0
	%1163 = fsub float %1158, %1159
	%1164 = fcmp olt float %1163, 256.0
	%1165 = uitofp i1 %1164 to float
	%1166 = fcmp une float %1165, 0.0
	%1167 = fcmp olt float %1159, 4.0
	%1168 = uitofp i1 %1167 to float
	%1169 = fcmp une float %1168, 0.0
	%1170 = or i1 %1166, %1169
	%1171 = uitofp i1 %1170 to float
	%1172 = fcmp une float %1171, 0.0
	%1173 = and i1 %1162, %1172
	%1174 = uitofp i1 %1173 to float
	%1175 = fcmp une float %1174, 0.0
	%1176 = and i1 %1156, %1175
	%1177 = select i1 %1176, float %531, float 0xFFF0000000000000
	%1178 = shl i32 %16, 1
	%1179 = add i32 49, %1178
	%1180 = add i32 %208, %1179
	%1181 = icmp slt i32 %1180, %N
	%1182 = select i1 %1181, i32 %1180, i32 0
	%1183 = sitofp i32 %542 to float
	%1184 = sitofp i32 %1182 to float
	%1185 = fcmp ole float %1184, %1183
	%1186 = uitofp i1 %1185 to float
	%1187 = fcmp une float %1186, 0.0
	%1188 = fsub float %1183, %1184
	%1189 = fcmp olt float %1188, 256.0
	%1190 = uitofp i1 %1189 to float
	%1191 = fcmp une float %1190, 0.0
	%1192 = fcmp olt float %1184, 4.0
	%1193 = uitofp i1 %1192 to float
	%1194 = fcmp une float %1193, 0.0
	%1195 = or i1 %1191, %1194
	%1196 = uitofp i1 %1195 to float
	%1197 = fcmp une float %1196, 0.0
	%1198 = and i1 %1187, %1197
	%1199 = uitofp i1 %1198 to float
	%1200 = fcmp une float %1199, 0.0
	%1201 = and i1 %1181, %1200
	%1202 = select i1 %1201, float %532, float 0xFFF0000000000000
	%1203 = shl i32 %16, 1
	%1204 = add i32 48, %1203
	%1205 = add i32 %208, %1204
	%1206 = icmp slt i32 %1205, %N
	%1207 = select i1 %1206, i32 %1205, i32 0
	%1208 = sitofp i32 %546 to float
	%1209 = sitofp i32 %1207 to float
	%1210 = fcmp ole float %1209, %1208
	%1211 = uitofp i1 %1210 to float
	%1212 = fcmp une float %1211, 0.0
	%1213 = fsub float %1208, %1209
	%1214 = fcmp olt float %1213, 256.0
	%1215 = uitofp i1 %1214 to float
	%1216 = fcmp une float %1215, 0.0
	%1217 = fcmp olt float %1209, 4.0
	%1218 = uitofp i1 %1217 to float
	%1219 = fcmp une float %1218, 0.0
	%1220 = or i1 %1216, %1219
	%1221 = uitofp i1 %1220 to float
	%1222 = fcmp une float %1221, 0.0
	%1223 = and i1 %1212, %1222
	%1224 = uitofp i1 %1223 to float
	%1225 = fcmp une float %1224, 0.0
	%1226 = and i1 %1206, %1225
	%1227 = select i1 %1226, float %533, float 0xFFF0000000000000
	%1228 = shl i32 %16, 1
	%1229 = add i32 49, %1228
	%1230 = add i32 %208, %1229
	%1231 = icmp slt i32 %1230, %N
	%1232 = select i1 %1231, i32 %1230, i32 0
	%1233 = sitofp i32 %546 to float
	%1234 = sitofp i32 %1232 to float
	%1235 = fcmp ole float %1234, %1233
	%1236 = uitofp i1 %1235 to float
	%1237 = fcmp une float %1236, 0.0
	%1238 = fsub float %1233, %1234
	%1239 = fcmp olt float %1238, 256.0
	%1240 = uitofp i1 %1239 to float
	%1241 = fcmp une float %1240, 0.0
	%1242 = fcmp olt float %1234, 4.0
	%1243 = uitofp i1 %1242 to float
	%1244 = fcmp une float %1243, 0.0
	%1245 = or i1 %1241, %1244
	%1246 = uitofp i1 %1245 to float
	%1247 = fcmp une float %1246, 0.0
	%1248 = and i1 %1237, %1247
	%1249 = uitofp i1 %1248 to float
	%1250 = fcmp une float %1249, 0.0
	%1251 = and i1 %1231, %1250
	%1252 = select i1 %1251, float %534, float 0xFFF0000000000000
	%1253 = shl i32 %16, 1
	%1254 = add i32 56, %1253
	%1255 = add i32 %208, %1254
	%1256 = icmp slt i32 %1255, %N
	%1257 = select i1 %1256, i32 %1255, i32 0
	%1258 = sitofp i32 %542 to float
	%1259 = sitofp i32 %1257 to float
	%1260 = fcmp ole float %1259, %1258
	%1261 = uitofp i1 %1260 to float
	%1262 = fcmp une float %1261, 0.0
	%1263 = fsub float %1258, %1259
	%1264 = fcmp olt float %1263, 256.0
	%1265 = uitofp i1 %1264 to float
	%1266 = fcmp une float %1265, 0.0
	%1267 = fcmp olt float %1259, 4.0
	%1268 = uitofp i1 %1267 to float
	%1269 = fcmp une float %1268, 0.0
	%1270 = or i1 %1266, %1269
	%1271 = uitofp i1 %1270 to float
	%1272 = fcmp une float %1271, 0.0
	%1273 = and i1 %1262, %1272
	%1274 = uitofp i1 %1273 to float
	%1275 = fcmp une float %1274, 0.0
	%1276 = and i1 %1256, %1275
	%1277 = select i1 %1276, float %535, float 0xFFF0000000000000
	%1278 = shl i32 %16, 1
	%1279 = add i32 57, %1278
	%1280 = add i32 %208, %1279
	%1281 = icmp slt i32 %1280, %N
	%1282 = select i1 %1281, i32 %1280, i32 0
	%1283 = sitofp i32 %542 to float
	%1284 = sitofp i32 %1282 to float
	%1285 = fcmp ole float %1284, %1283
	%1286 = uitofp i1 %1285 to float
	%1287 = fcmp une float %1286, 0.0
	%1288 = fsub float %1283, %1284
	%1289 = fcmp olt float %1288, 256.0
	%1290 = uitofp i1 %1289 to float
	%1291 = fcmp une float %1290, 0.0
	%1292 = fcmp olt float %1284, 4.0
	%1293 = uitofp i1 %1292 to float
	%1294 = fcmp une float %1293, 0.0
	%1295 = or i1 %1291, %1294
	%1296 = uitofp i1 %1295 to float
	%1297 = fcmp une float %1296, 0.0
	%1298 = and i1 %1287, %1297
	%1299 = uitofp i1 %1298 to float
	%1300 = fcmp une float %1299, 0.0
	%1301 = and i1 %1281, %1300
	%1302 = select i1 %1301, float %536, float 0xFFF0000000000000
	%1303 = shl i32 %16, 1
	%1304 = add i32 56, %1303
	%1305 = add i32 %208, %1304
	%1306 = icmp slt i32 %1305, %N
	%1307 = select i1 %1306, i32 %1305, i32 0
	%1308 = sitofp i32 %546 to float
	%1309 = sitofp i32 %1307 to float
	%1310 = fcmp ole float %1309, %1308
	%1311 = uitofp i1 %1310 to float
	%1312 = fcmp une float %1311, 0.0
	%1313 = fsub float %1308, %1309
	%1314 = fcmp olt float %1313, 256.0
	%1315 = uitofp i1 %1314 to float
	%1316 = fcmp une float %1315, 0.0
	%1317 = fcmp olt float %1309, 4.0
	%1318 = uitofp i1 %1317 to float
	%1319 = fcmp une float %1318, 0.0
	%1320 = or i1 %1316, %1319
	%1321 = uitofp i1 %1320 to float
	%1322 = fcmp une float %1321, 0.0
	%1323 = and i1 %1312, %1322
	%1324 = uitofp i1 %1323 to float
	%1325 = fcmp une float %1324, 0.0
	%1326 = and i1 %1306, %1325
	%1327 = select i1 %1326, float %537, float 0xFFF0000000000000
	%1328 = shl i32 %16, 1
	%1329 = add i32 57, %1328
	%1330 = add i32 %208, %1329
	%1331 = icmp slt i32 %1330, %N
	%1332 = select i1 %1331, i32 %1330, i32 0
	%1333 = sitofp i32 %546 to float
	%1334 = sitofp i32 %1332 to float
	%1335 = fcmp ole float %1334, %1333
	%1336 = uitofp i1 %1335 to float
	%1337 = fcmp une float %1336, 0.0
	%1338 = fsub float %1333, %1334
	%1339 = fcmp olt float %1338, 256.0
	%1340 = uitofp i1 %1339 to float
	%1341 = fcmp une float %1340, 0.0
	%1342 = fcmp olt float %1334, 4.0
	%1343 = uitofp i1 %1342 to float
	%1344 = fcmp une float %1343, 0.0
	%1345 = or i1 %1341, %1344
	%1346 = uitofp i1 %1345 to float
	%1347 = fcmp une float %1346, 0.0
	%1348 = and i1 %1337, %1347
	%1349 = uitofp i1 %1348 to float
	%1350 = fcmp une float %1349, 0.0
	%1351 = and i1 %1331, %1350
	%1352 = select i1 %1351, float %538, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1353 = phi float [ %507, %body ], [ %577, %partial ]
	%1354 = phi float [ %508, %body ], [ %602, %partial ]
	%1355 = phi float [ %509, %body ], [ %627, %partial ]
	%1356 = phi float [ %510, %body ], [ %652, %partial ]
	%1357 = phi float [ %511, %body ], [ %677, %partial ]
	%1358 = phi float [ %512, %body ], [ %702, %partial ]
	%1359 = phi float [ %513, %body ], [ %727, %partial ]
	%1360 = phi float [ %514, %body ], [ %752, %partial ]
	%1361 = phi float [ %515, %body ], [ %777, %partial ]
	%1362 = phi float [ %516, %body ], [ %802, %partial ]
	%1363 = phi float [ %517, %body ], [ %827, %partial ]
	%1364 = phi float [ %518, %body ], [ %852, %partial ]
	%1365 = phi float [ %519, %body ], [ %877, %partial ]
	%1366 = phi float [ %520, %body ], [ %902, %partial ]
	%1367 = phi float [ %521, %body ], [ %927, %partial ]
	%1368 = phi float [ %522, %body ], [ %952, %partial ]
	%1369 = phi float [ %523, %body ], [ %977, %partial ]
	%1370 = phi float [ %524, %body ], [ %1002, %partial ]
	%1371 = phi float [ %525, %body ], [ %1027, %partial ]
	%1372 = phi float [ %526, %body ], [ %1052, %partial ]
	%1373 = phi float [ %527, %body ], [ %1077, %partial ]
	%1374 = phi float [ %528, %body ], [ %1102, %partial ]
	%1375 = phi float [ %529, %body ], [ %1127, %partial ]
	%1376 = phi float [ %530, %body ], [ %1152, %partial ]
	%1377 = phi float [ %531, %body ], [ %1177, %partial ]
	%1378 = phi float [ %532, %body ], [ %1202, %partial ]
	%1379 = phi float [ %533, %body ], [ %1227, %partial ]
	%1380 = phi float [ %534, %body ], [ %1252, %partial ]
	%1381 = phi float [ %535, %body ], [ %1277, %partial ]
	%1382 = phi float [ %536, %body ], [ %1302, %partial ]
	%1383 = phi float [ %537, %body ], [ %1327, %partial ]
	%1384 = phi float [ %538, %body ], [ %1352, %partial ]
	%1385 = call float @llvm.nvvm.fmax.f(float %1353, float %1354)
	%1386 = call float @llvm.nvvm.fmax.f(float %1357, float %1358)
	%1387 = call float @llvm.nvvm.fmax.f(float %1361, float %1362)
	%1388 = call float @llvm.nvvm.fmax.f(float %1365, float %1366)
	%1389 = call float @llvm.nvvm.fmax.f(float %1369, float %1370)
	%1390 = call float @llvm.nvvm.fmax.f(float %1373, float %1374)
	%1391 = call float @llvm.nvvm.fmax.f(float %1377, float %1378)
	%1392 = call float @llvm.nvvm.fmax.f(float %1381, float %1382)
	%1393 = call float @llvm.nvvm.fmax.f(float %1385, float %1386)
	%1394 = call float @llvm.nvvm.fmax.f(float %1387, float %1388)
	%1395 = call float @llvm.nvvm.fmax.f(float %1389, float %1390)
	%1396 = call float @llvm.nvvm.fmax.f(float %1391, float %1392)
	%1397 = call float @llvm.nvvm.fmax.f(float %1393, float %1394)
	%1398 = call float @llvm.nvvm.fmax.f(float %1395, float %1396)
	%1399 = call float @llvm.nvvm.fmax.f(float %1397, float %1398)
	%1400 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1399, i32 1, i32 31)
	%1401 = call float @llvm.nvvm.fmax.f(float %1399, float %1400)
	%1402 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1401, i32 2, i32 31)
	%1403 = call float @llvm.nvvm.fmax.f(float %1401, float %1402)
	%1404 = fmul float %1403, 0x3FC7154760000000
	%1405 = call float @llvm.nvvm.fmax.f(float %204, float %1404)
	%1406 = fadd float %204, 8.0
	%1407 = fcmp ogt float %1405, %1406
	%1408 = or i1 false, %1407
	%1409 = call float @llvm.nvvm.fmax.f(float %1355, float %1356)
	%1410 = call float @llvm.nvvm.fmax.f(float %1359, float %1360)
	%1411 = call float @llvm.nvvm.fmax.f(float %1363, float %1364)
	%1412 = call float @llvm.nvvm.fmax.f(float %1367, float %1368)
	%1413 = call float @llvm.nvvm.fmax.f(float %1371, float %1372)
	%1414 = call float @llvm.nvvm.fmax.f(float %1375, float %1376)
	%1415 = call float @llvm.nvvm.fmax.f(float %1379, float %1380)
	%1416 = call float @llvm.nvvm.fmax.f(float %1383, float %1384)
	%1417 = call float @llvm.nvvm.fmax.f(float %1409, float %1410)
	%1418 = call float @llvm.nvvm.fmax.f(float %1411, float %1412)
	%1419 = call float @llvm.nvvm.fmax.f(float %1413, float %1414)
	%1420 = call float @llvm.nvvm.fmax.f(float %1415, float %1416)
	%1421 = call float @llvm.nvvm.fmax.f(float %1417, float %1418)
	%1422 = call float @llvm.nvvm.fmax.f(float %1419, float %1420)
	%1423 = call float @llvm.nvvm.fmax.f(float %1421, float %1422)
	%1424 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1423, i32 1, i32 31)
	%1425 = call float @llvm.nvvm.fmax.f(float %1423, float %1424)
	%1426 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1425, i32 2, i32 31)
	%1427 = call float @llvm.nvvm.fmax.f(float %1425, float %1426)
	%1428 = fmul float %1427, 0x3FC7154760000000
	%1429 = call float @llvm.nvvm.fmax.f(float %206, float %1428)
	%1430 = fadd float %206, 8.0
	%1431 = fcmp ogt float %1429, %1430
	%1432 = or i1 %1408, %1431
	%1433 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1432)
	br i1 %1433, label %1434, label %1477

1434:
	%1435 = fcmp oeq float %1405, 0xFFF0000000000000
	%1436 = select i1 %1435, float 0.0, float %1405
	%1437 = fsub float %204, %1436
	%1438 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1437)
	%1439 = fcmp oeq float %1429, 0xFFF0000000000000
	%1440 = select i1 %1439, float 0.0, float %1429
	%1441 = fsub float %206, %1440
	%1442 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1441)
	%1443 = fmul float %172, %1438
	%1444 = fmul float %173, %1438
	%1445 = fmul float %174, %1442
	%1446 = fmul float %175, %1442
	%1447 = fmul float %176, %1438
	%1448 = fmul float %177, %1438
	%1449 = fmul float %178, %1442
	%1450 = fmul float %179, %1442
	%1451 = fmul float %180, %1438
	%1452 = fmul float %181, %1438
	%1453 = fmul float %182, %1442
	%1454 = fmul float %183, %1442
	%1455 = fmul float %184, %1438
	%1456 = fmul float %185, %1438
	%1457 = fmul float %186, %1442
	%1458 = fmul float %187, %1442
	%1459 = fmul float %188, %1438
	%1460 = fmul float %189, %1438
	%1461 = fmul float %190, %1442
	%1462 = fmul float %191, %1442
	%1463 = fmul float %192, %1438
	%1464 = fmul float %193, %1438
	%1465 = fmul float %194, %1442
	%1466 = fmul float %195, %1442
	%1467 = fmul float %196, %1438
	%1468 = fmul float %197, %1438
	%1469 = fmul float %198, %1442
	%1470 = fmul float %199, %1442
	%1471 = fmul float %200, %1438
	%1472 = fmul float %201, %1438
	%1473 = fmul float %202, %1442
	%1474 = fmul float %203, %1442
	%1475 = fmul float %205, %1438
	%1476 = fmul float %207, %1442
	br label %1477

1477:
	%1478 = phi float [ %172, %softmax ], [ %1443, %1434 ]
	%1479 = phi float [ %173, %softmax ], [ %1444, %1434 ]
	%1480 = phi float [ %174, %softmax ], [ %1445, %1434 ]
	%1481 = phi float [ %175, %softmax ], [ %1446, %1434 ]
	%1482 = phi float [ %176, %softmax ], [ %1447, %1434 ]
	%1483 = phi float [ %177, %softmax ], [ %1448, %1434 ]
	%1484 = phi float [ %178, %softmax ], [ %1449, %1434 ]
	%1485 = phi float [ %179, %softmax ], [ %1450, %1434 ]
	%1486 = phi float [ %180, %softmax ], [ %1451, %1434 ]
	%1487 = phi float [ %181, %softmax ], [ %1452, %1434 ]
	%1488 = phi float [ %182, %softmax ], [ %1453, %1434 ]
	%1489 = phi float [ %183, %softmax ], [ %1454, %1434 ]
	%1490 = phi float [ %184, %softmax ], [ %1455, %1434 ]
	%1491 = phi float [ %185, %softmax ], [ %1456, %1434 ]
	%1492 = phi float [ %186, %softmax ], [ %1457, %1434 ]
	%1493 = phi float [ %187, %softmax ], [ %1458, %1434 ]
	%1494 = phi float [ %188, %softmax ], [ %1459, %1434 ]
	%1495 = phi float [ %189, %softmax ], [ %1460, %1434 ]
	%1496 = phi float [ %190, %softmax ], [ %1461, %1434 ]
	%1497 = phi float [ %191, %softmax ], [ %1462, %1434 ]
	%1498 = phi float [ %192, %softmax ], [ %1463, %1434 ]
	%1499 = phi float [ %193, %softmax ], [ %1464, %1434 ]
	%1500 = phi float [ %194, %softmax ], [ %1465, %1434 ]
	%1501 = phi float [ %195, %softmax ], [ %1466, %1434 ]
	%1502 = phi float [ %196, %softmax ], [ %1467, %1434 ]
	%1503 = phi float [ %197, %softmax ], [ %1468, %1434 ]
	%1504 = phi float [ %198, %softmax ], [ %1469, %1434 ]
	%1505 = phi float [ %199, %softmax ], [ %1470, %1434 ]
	%1506 = phi float [ %200, %softmax ], [ %1471, %1434 ]
	%1507 = phi float [ %201, %softmax ], [ %1472, %1434 ]
	%1508 = phi float [ %202, %softmax ], [ %1473, %1434 ]
	%1509 = phi float [ %203, %softmax ], [ %1474, %1434 ]
	%1510 = phi float [ %205, %softmax ], [ %1475, %1434 ]
	%1511 = phi float [ %207, %softmax ], [ %1476, %1434 ]
	%1512 = select i1 %1433, float %1405, float %204
	%1513 = fcmp oeq float %1512, 0xFFF0000000000000
	%1514 = select i1 %1513, float 0.0, float %1512
	%1515 = fneg float %1514
	%1516 = call float @llvm.fma.f32(float %1353, float 0x3FC7154760000000, float %1515)
	%1517 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1516)
	%1518 = call float @llvm.fma.f32(float %1354, float 0x3FC7154760000000, float %1515)
	%1519 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1518)
	%1520 = call float @llvm.fma.f32(float %1357, float 0x3FC7154760000000, float %1515)
	%1521 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1520)
	%1522 = call float @llvm.fma.f32(float %1358, float 0x3FC7154760000000, float %1515)
	%1523 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1522)
	%1524 = call float @llvm.fma.f32(float %1361, float 0x3FC7154760000000, float %1515)
	%1525 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1524)
	%1526 = call float @llvm.fma.f32(float %1362, float 0x3FC7154760000000, float %1515)
	%1527 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1526)
	%1528 = call float @llvm.fma.f32(float %1365, float 0x3FC7154760000000, float %1515)
	%1529 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1528)
	%1530 = call float @llvm.fma.f32(float %1366, float 0x3FC7154760000000, float %1515)
	%1531 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1530)
	%1532 = call float @llvm.fma.f32(float %1369, float 0x3FC7154760000000, float %1515)
	%1533 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1532)
	%1534 = call float @llvm.fma.f32(float %1370, float 0x3FC7154760000000, float %1515)
	%1535 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1534)
	%1536 = call float @llvm.fma.f32(float %1373, float 0x3FC7154760000000, float %1515)
	%1537 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1536)
	%1538 = call float @llvm.fma.f32(float %1374, float 0x3FC7154760000000, float %1515)
	%1539 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1538)
	%1540 = call float @llvm.fma.f32(float %1377, float 0x3FC7154760000000, float %1515)
	%1541 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1540)
	%1542 = call float @llvm.fma.f32(float %1378, float 0x3FC7154760000000, float %1515)
	%1543 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1542)
	%1544 = call float @llvm.fma.f32(float %1381, float 0x3FC7154760000000, float %1515)
	%1545 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1544)
	%1546 = call float @llvm.fma.f32(float %1382, float 0x3FC7154760000000, float %1515)
	%1547 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1546)
	%1548 = fadd float %1517, %1519
	%1549 = fadd float %1521, %1523
	%1550 = fadd float %1525, %1527
	%1551 = fadd float %1529, %1531
	%1552 = fadd float %1533, %1535
	%1553 = fadd float %1537, %1539
	%1554 = fadd float %1541, %1543
	%1555 = fadd float %1545, %1547
	%1556 = fadd float %1548, %1549
	%1557 = fadd float %1550, %1551
	%1558 = fadd float %1552, %1553
	%1559 = fadd float %1554, %1555
	%1560 = fadd float %1556, %1557
	%1561 = fadd float %1558, %1559
	%1562 = fadd float %1560, %1561
	%1563 = fadd float %1510, %1562
	%1564 = select i1 %1433, float %1429, float %206
	%1565 = fcmp oeq float %1564, 0xFFF0000000000000
	%1566 = select i1 %1565, float 0.0, float %1564
	%1567 = fneg float %1566
	%1568 = call float @llvm.fma.f32(float %1355, float 0x3FC7154760000000, float %1567)
	%1569 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1568)
	%1570 = call float @llvm.fma.f32(float %1356, float 0x3FC7154760000000, float %1567)
	%1571 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1570)
	%1572 = call float @llvm.fma.f32(float %1359, float 0x3FC7154760000000, float %1567)
	%1573 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1572)
	%1574 = call float @llvm.fma.f32(float %1360, float 0x3FC7154760000000, float %1567)
	%1575 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1574)
	%1576 = call float @llvm.fma.f32(float %1363, float 0x3FC7154760000000, float %1567)
	%1577 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1576)
	%1578 = call float @llvm.fma.f32(float %1364, float 0x3FC7154760000000, float %1567)
	%1579 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1578)
	%1580 = call float @llvm.fma.f32(float %1367, float 0x3FC7154760000000, float %1567)
	%1581 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1580)
	%1582 = call float @llvm.fma.f32(float %1368, float 0x3FC7154760000000, float %1567)
	%1583 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1582)
	%1584 = call float @llvm.fma.f32(float %1371, float 0x3FC7154760000000, float %1567)
	%1585 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1584)
	%1586 = call float @llvm.fma.f32(float %1372, float 0x3FC7154760000000, float %1567)
	%1587 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1586)
	%1588 = call float @llvm.fma.f32(float %1375, float 0x3FC7154760000000, float %1567)
	%1589 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1588)
	%1590 = call float @llvm.fma.f32(float %1376, float 0x3FC7154760000000, float %1567)
	%1591 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1590)
	%1592 = call float @llvm.fma.f32(float %1379, float 0x3FC7154760000000, float %1567)
	%1593 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1592)
	%1594 = call float @llvm.fma.f32(float %1380, float 0x3FC7154760000000, float %1567)
	%1595 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1594)
	%1596 = call float @llvm.fma.f32(float %1383, float 0x3FC7154760000000, float %1567)
	%1597 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1596)
	%1598 = call float @llvm.fma.f32(float %1384, float 0x3FC7154760000000, float %1567)
	%1599 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1598)
	%1600 = fadd float %1569, %1571
	%1601 = fadd float %1573, %1575
	%1602 = fadd float %1577, %1579
	%1603 = fadd float %1581, %1583
	%1604 = fadd float %1585, %1587
	%1605 = fadd float %1589, %1591
	%1606 = fadd float %1593, %1595
	%1607 = fadd float %1597, %1599
	%1608 = fadd float %1600, %1601
	%1609 = fadd float %1602, %1603
	%1610 = fadd float %1604, %1605
	%1611 = fadd float %1606, %1607
	%1612 = fadd float %1608, %1609
	%1613 = fadd float %1610, %1611
	%1614 = fadd float %1612, %1613
	%1615 = fadd float %1511, %1614
	%1616 = and i32 %11, 7
	%1617 = lshr i32 %11, 3
	%1618 = and i32 %1617, 1
	%1619 = shl i32 %1618, 3
	%1620 = add i32 %1616, %1619
	%1621 = mul i32 %1620, 128
	%1622 = add i32 %1, %1621
	%1623 = and i32 %11, 7
	%1624 = xor i32 %98, %1623
	%1625 = shl i32 %1624, 4
	%1626 = add i32 %1622, %1625
	%1627 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1519, float %1517)
	%1628 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1571, float %1569)
	%1629 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1523, float %1521)
	%1630 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1575, float %1573)
	%1631 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1527, float %1525)
	%1632 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1579, float %1577)
	%1633 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1531, float %1529)
	%1634 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1583, float %1581)
	%1635 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1535, float %1533)
	%1636 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1587, float %1585)
	%1637 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1539, float %1537)
	%1638 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1591, float %1589)
	%1639 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1543, float %1541)
	%1640 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1595, float %1593)
	%1641 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1547, float %1545)
	%1642 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1599, float %1597)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1643 = add i32 %212, 0
	%1644 = zext i32 %1643 to i64
	%1645 = or i64 %1644, u0x4000004002000000
	%1646 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1478, float %1479, float %1480, float %1481, float %1482, float %1483, float %1484, float %1485, float %1486, float %1487, float %1488, float %1489, float %1490, float %1491, float %1492, float %1493, float %1494, float %1495, float %1496, float %1497, float %1498, float %1499, float %1500, float %1501, float %1502, float %1503, float %1504, float %1505, float %1506, float %1507, float %1508, float %1509, i32 %1627, i32 %1628, i32 %1629, i32 %1630, i64 %1645, i32 1)
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 0
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 1
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 2
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 3
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 4
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 5
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 6
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 7
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 8
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 9
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 10
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 11
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 12
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 13
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 14
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 15
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 16
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 17
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 18
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 19
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 20
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 21
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 22
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 23
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 24
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 25
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 26
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 27
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 28
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 29
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 30
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1646, 31
	%1679 = add i32 %212, 128
	%1680 = zext i32 %1679 to i64
	%1681 = or i64 %1680, u0x4000004002000000
	%1682 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, float %1672, float %1673, float %1674, float %1675, float %1676, float %1677, float %1678, i32 %1631, i32 %1632, i32 %1633, i32 %1634, i64 %1681, i32 1)
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 0
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 1
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 2
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 3
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 4
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 5
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 6
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 7
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 8
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 9
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 10
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 11
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 12
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 13
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 14
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 15
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 16
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 17
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 18
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 19
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 20
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 21
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 22
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 23
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 24
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 25
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 26
	%1710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 27
	%1711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 28
	%1712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 29
	%1713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 30
	%1714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 31
	%1715 = add i32 %212, 256
	%1716 = zext i32 %1715 to i64
	%1717 = or i64 %1716, u0x4000004002000000
	%1718 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1683, float %1684, float %1685, float %1686, float %1687, float %1688, float %1689, float %1690, float %1691, float %1692, float %1693, float %1694, float %1695, float %1696, float %1697, float %1698, float %1699, float %1700, float %1701, float %1702, float %1703, float %1704, float %1705, float %1706, float %1707, float %1708, float %1709, float %1710, float %1711, float %1712, float %1713, float %1714, i32 %1635, i32 %1636, i32 %1637, i32 %1638, i64 %1717, i32 1)
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 0
	%1720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 1
	%1721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 2
	%1722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 3
	%1723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 4
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 5
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 6
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 7
	%1727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 8
	%1728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 9
	%1729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 10
	%1730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 11
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 12
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 13
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 14
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 15
	%1735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 16
	%1736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 17
	%1737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 18
	%1738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 19
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 20
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 21
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 22
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 23
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 24
	%1744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 25
	%1745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 26
	%1746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 27
	%1747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 28
	%1748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 29
	%1749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 30
	%1750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1718, 31
	%1751 = add i32 %212, 384
	%1752 = zext i32 %1751 to i64
	%1753 = or i64 %1752, u0x4000004002000000
	%1754 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1719, float %1720, float %1721, float %1722, float %1723, float %1724, float %1725, float %1726, float %1727, float %1728, float %1729, float %1730, float %1731, float %1732, float %1733, float %1734, float %1735, float %1736, float %1737, float %1738, float %1739, float %1740, float %1741, float %1742, float %1743, float %1744, float %1745, float %1746, float %1747, float %1748, float %1749, float %1750, i32 %1639, i32 %1640, i32 %1641, i32 %1642, i64 %1753, i32 1)
	%1755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 0
	%1756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 1
	%1757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 2
	%1758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 3
	%1759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 4
	%1760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 5
	%1761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 6
	%1762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 7
	%1763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 8
	%1764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 9
	%1765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 10
	%1766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 11
	%1767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 12
	%1768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 13
	%1769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 14
	%1770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 15
	%1771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 16
	%1772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 17
	%1773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 18
	%1774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 19
	%1775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 20
	%1776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 21
	%1777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 22
	%1778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 23
	%1779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 24
	%1780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 25
	%1781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 26
	%1782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 27
	%1783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 28
	%1784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 29
	%1785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 30
	%1786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1754, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1787 = call float asm sideeffect "", "=f,0"(float %1755)
	%1788 = call float asm sideeffect "", "=f,0"(float %1756)
	%1789 = call float asm sideeffect "", "=f,0"(float %1757)
	%1790 = call float asm sideeffect "", "=f,0"(float %1758)
	%1791 = call float asm sideeffect "", "=f,0"(float %1759)
	%1792 = call float asm sideeffect "", "=f,0"(float %1760)
	%1793 = call float asm sideeffect "", "=f,0"(float %1761)
	%1794 = call float asm sideeffect "", "=f,0"(float %1762)
	%1795 = call float asm sideeffect "", "=f,0"(float %1763)
	%1796 = call float asm sideeffect "", "=f,0"(float %1764)
	%1797 = call float asm sideeffect "", "=f,0"(float %1765)
	%1798 = call float asm sideeffect "", "=f,0"(float %1766)
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
	br i1 %221, label %loop, label %epilogue

store0:
	%1819 = mul i32 %20, %M
	%1820 = add i32 %1819, %267
	%1821 = mul i32 %1820, 64
	%1822 = shl i32 %16, 1
	%1823 = add i32 0, %1822
	%1824 = add i32 %1821, %1823
	%1825 = sext i32 %1824 to i64
	%1826 = getelementptr i16, i16* %out, i64 %1825
	%1827 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %269, float %268)
	%1828 = bitcast i16* %1826 to i32*
	store i32 %1827, i32* %1828
	%1829 = shl i32 %16, 1
	%1830 = add i32 8, %1829
	%1831 = add i32 %1821, %1830
	%1832 = sext i32 %1831 to i64
	%1833 = getelementptr i16, i16* %out, i64 %1832
	%1834 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %271, float %270)
	%1835 = bitcast i16* %1833 to i32*
	store i32 %1834, i32* %1835
	%1836 = shl i32 %16, 1
	%1837 = add i32 16, %1836
	%1838 = add i32 %1821, %1837
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr i16, i16* %out, i64 %1839
	%1841 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %273, float %272)
	%1842 = bitcast i16* %1840 to i32*
	store i32 %1841, i32* %1842
	%1843 = shl i32 %16, 1
	%1844 = add i32 24, %1843
	%1845 = add i32 %1821, %1844
	%1846 = sext i32 %1845 to i64
	%1847 = getelementptr i16, i16* %out, i64 %1846
	%1848 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %275, float %274)
	%1849 = bitcast i16* %1847 to i32*
	store i32 %1848, i32* %1849
	%1850 = shl i32 %16, 1
	%1851 = add i32 32, %1850
	%1852 = add i32 %1821, %1851
	%1853 = sext i32 %1852 to i64
	%1854 = getelementptr i16, i16* %out, i64 %1853
	%1855 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %277, float %276)
	%1856 = bitcast i16* %1854 to i32*
	store i32 %1855, i32* %1856
	%1857 = shl i32 %16, 1
	%1858 = add i32 40, %1857
	%1859 = add i32 %1821, %1858
	%1860 = sext i32 %1859 to i64
	%1861 = getelementptr i16, i16* %out, i64 %1860
	%1862 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %279, float %278)
	%1863 = bitcast i16* %1861 to i32*
	store i32 %1862, i32* %1863
	%1864 = shl i32 %16, 1
	%1865 = add i32 48, %1864
	%1866 = add i32 %1821, %1865
	%1867 = sext i32 %1866 to i64
	%1868 = getelementptr i16, i16* %out, i64 %1867
	%1869 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %281, float %280)
	%1870 = bitcast i16* %1868 to i32*
	store i32 %1869, i32* %1870
	%1871 = shl i32 %16, 1
	%1872 = add i32 56, %1871
	%1873 = add i32 %1821, %1872
	%1874 = sext i32 %1873 to i64
	%1875 = getelementptr i16, i16* %out, i64 %1874
	%1876 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %283, float %282)
	%1877 = bitcast i16* %1875 to i32*
	store i32 %1876, i32* %1877
	br label %stored0

stored0:
	%1878 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %223, i32 1, i32 31)
	%1879 = fadd float %223, %1878
	%1880 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1879, i32 2, i32 31)
	%1881 = fadd float %1879, %1880
	%1882 = fcmp ogt float %1881, 0.0
	%1883 = fdiv float 1.0, %1881
	%1884 = select i1 %1882, float %1883, float 0.0
	%1885 = mul i32 %10, 16
	%1886 = add i32 %22, %1885
	%1887 = add i32 %15, 8
	%1888 = add i32 %1886, %1887
	%1889 = fmul float %227, %1884
	%1890 = fmul float %228, %1884
	%1891 = fmul float %231, %1884
	%1892 = fmul float %232, %1884
	%1893 = fmul float %235, %1884
	%1894 = fmul float %236, %1884
	%1895 = fmul float %239, %1884
	%1896 = fmul float %240, %1884
	%1897 = fmul float %243, %1884
	%1898 = fmul float %244, %1884
	%1899 = fmul float %247, %1884
	%1900 = fmul float %248, %1884
	%1901 = fmul float %251, %1884
	%1902 = fmul float %252, %1884
	%1903 = fmul float %255, %1884
	%1904 = fmul float %256, %1884
	%1905 = icmp slt i32 %1888, %M
	br i1 %1905, label %store1, label %stored1

store1:
	%1906 = mul i32 %20, %M
	%1907 = add i32 %1906, %1888
	%1908 = mul i32 %1907, 64
	%1909 = shl i32 %16, 1
	%1910 = add i32 0, %1909
	%1911 = add i32 %1908, %1910
	%1912 = sext i32 %1911 to i64
	%1913 = getelementptr i16, i16* %out, i64 %1912
	%1914 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1890, float %1889)
	%1915 = bitcast i16* %1913 to i32*
	store i32 %1914, i32* %1915
	%1916 = shl i32 %16, 1
	%1917 = add i32 8, %1916
	%1918 = add i32 %1908, %1917
	%1919 = sext i32 %1918 to i64
	%1920 = getelementptr i16, i16* %out, i64 %1919
	%1921 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1892, float %1891)
	%1922 = bitcast i16* %1920 to i32*
	store i32 %1921, i32* %1922
	%1923 = shl i32 %16, 1
	%1924 = add i32 16, %1923
	%1925 = add i32 %1908, %1924
	%1926 = sext i32 %1925 to i64
	%1927 = getelementptr i16, i16* %out, i64 %1926
	%1928 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1894, float %1893)
	%1929 = bitcast i16* %1927 to i32*
	store i32 %1928, i32* %1929
	%1930 = shl i32 %16, 1
	%1931 = add i32 24, %1930
	%1932 = add i32 %1908, %1931
	%1933 = sext i32 %1932 to i64
	%1934 = getelementptr i16, i16* %out, i64 %1933
	%1935 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1896, float %1895)
	%1936 = bitcast i16* %1934 to i32*
	store i32 %1935, i32* %1936
	%1937 = shl i32 %16, 1
	%1938 = add i32 32, %1937
	%1939 = add i32 %1908, %1938
	%1940 = sext i32 %1939 to i64
	%1941 = getelementptr i16, i16* %out, i64 %1940
	%1942 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1898, float %1897)
	%1943 = bitcast i16* %1941 to i32*
	store i32 %1942, i32* %1943
	%1944 = shl i32 %16, 1
	%1945 = add i32 40, %1944
	%1946 = add i32 %1908, %1945
	%1947 = sext i32 %1946 to i64
	%1948 = getelementptr i16, i16* %out, i64 %1947
	%1949 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1900, float %1899)
	%1950 = bitcast i16* %1948 to i32*
	store i32 %1949, i32* %1950
	%1951 = shl i32 %16, 1
	%1952 = add i32 48, %1951
	%1953 = add i32 %1908, %1952
	%1954 = sext i32 %1953 to i64
	%1955 = getelementptr i16, i16* %out, i64 %1954
	%1956 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1902, float %1901)
	%1957 = bitcast i16* %1955 to i32*
	store i32 %1956, i32* %1957
	%1958 = shl i32 %16, 1
	%1959 = add i32 56, %1958
	%1960 = add i32 %1908, %1959
	%1961 = sext i32 %1960 to i64
	%1962 = getelementptr i16, i16* %out, i64 %1961
	%1963 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1904, float %1903)
	%1964 = bitcast i16* %1962 to i32*
	store i32 %1963, i32* %1964
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
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @window_attn0, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @window_attn0, !"minctasm", i32 2}
