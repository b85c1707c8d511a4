; prefill
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@prefill_attn0_smem = internal addrspace(3) global [49152 x i8] undef, align 1024

define ptx_kernel void @prefill_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [49152 x i8] addrspace(3)* @prefill_attn0_smem to i32
	%1 = add i32 %0, u0x4000
	%2 = add i32 %0, u0x8000
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%4 = lshr i32 %3, 5
	%5 = and i32 %3, 31
	%6 = lshr i32 %5, 2
	%7 = and i32 %5, 3
	%8 = sub i32 %NQ, 1
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = sub i32 %8, %9
	%11 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%12 = sdiv i32 %11, %group
	%13 = mul i32 %10, 64
	%14 = mul i32 %11, %M
	%15 = mul i32 %14, 128
	%16 = sext i32 %15 to i64
	%17 = getelementptr i16, i16* %q, i64 %16
	%18 = mul i32 %12, %N
	%19 = mul i32 %18, 128
	%20 = sext i32 %19 to i64
	%21 = getelementptr i16, i16* %k, i64 %20
	%22 = mul i32 %12, %N
	%23 = mul i32 %22, 128
	%24 = sext i32 %23 to i64
	%25 = getelementptr i16, i16* %v, i64 %24
	%26 = udiv i32 %11, %lh
	%27 = mul i32 %26, %NQ
	%28 = add i32 %27, %10
	%29 = mul i32 %28, 2
	%30 = mul i32 %29, %NK
	%31 = mul i32 %11, %ch
	%32 = mul i32 %31, %NQ
	%33 = add i32 %32, %10
	%34 = mul i32 %33, %NK
	%35 = add i32 %30, 0
	%36 = sext i32 %35 to i64
	%37 = getelementptr i32, i32* %list, i64 %36
	%38 = load i32, i32* %37
	%39 = icmp sgt i32 %NK, 0
	%40 = icmp sge i32 %38, 0
	%41 = and i1 %39, %40
	%42 = lshr i32 %3, 4
	%43 = and i32 %3, 15
	%44 = and i32 %42, 7
	%45 = xor i32 %43, %44
	%46 = mul i32 %42, 16
	%47 = add i32 %46, %45
	%48 = shl i32 %47, 4
	%49 = add i32 %2, %48
	%50 = add i32 %13, %42
	%51 = mul i32 %50, 128
	%52 = mul i32 %43, 8
	%53 = add i32 %51, %52
	%54 = sext i32 %53 to i64
	%55 = getelementptr i16, i16* %17, i64 %54
	%56 = add i32 %50, 0
	%57 = icmp slt i32 %56, %M
	%58 = getelementptr i16, i16* %55, i64 0
	%59 = select i1 %57, i16* %58, i16* %17
	%60 = add i32 %49, 0
	%61 = select i1 %57, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %60, i16* %59, i32 %61)
	%62 = add i32 %50, 4
	%63 = icmp slt i32 %62, %M
	%64 = getelementptr i16, i16* %55, i64 512
	%65 = select i1 %63, i16* %64, i16* %17
	%66 = add i32 %42, 4
	%67 = and i32 %66, 7
	%68 = xor i32 %43, %67
	%69 = mul i32 %66, 16
	%70 = add i32 %69, %68
	%71 = shl i32 %70, 4
	%72 = add i32 %2, %71
	%73 = select i1 %63, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %72, i16* %65, i32 %73)
	%74 = add i32 %50, 8
	%75 = icmp slt i32 %74, %M
	%76 = getelementptr i16, i16* %55, i64 1024
	%77 = select i1 %75, i16* %76, i16* %17
	%78 = add i32 %42, 8
	%79 = and i32 %78, 7
	%80 = xor i32 %43, %79
	%81 = mul i32 %78, 16
	%82 = add i32 %81, %80
	%83 = shl i32 %82, 4
	%84 = add i32 %2, %83
	%85 = select i1 %75, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %84, i16* %77, i32 %85)
	%86 = add i32 %50, 12
	%87 = icmp slt i32 %86, %M
	%88 = getelementptr i16, i16* %55, i64 1536
	%89 = select i1 %87, i16* %88, i16* %17
	%90 = add i32 %42, 12
	%91 = and i32 %90, 7
	%92 = xor i32 %43, %91
	%93 = mul i32 %90, 16
	%94 = add i32 %93, %92
	%95 = shl i32 %94, 4
	%96 = add i32 %2, %95
	%97 = select i1 %87, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %96, i16* %89, i32 %97)
	%98 = add i32 %50, 16
	%99 = icmp slt i32 %98, %M
	%100 = getelementptr i16, i16* %55, i64 2048
	%101 = select i1 %99, i16* %100, i16* %17
	%102 = add i32 %42, 16
	%103 = and i32 %102, 7
	%104 = xor i32 %43, %103
	%105 = mul i32 %102, 16
	%106 = add i32 %105, %104
	%107 = shl i32 %106, 4
	%108 = add i32 %2, %107
	%109 = select i1 %99, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %108, i16* %101, i32 %109)
	%110 = add i32 %50, 20
	%111 = icmp slt i32 %110, %M
	%112 = getelementptr i16, i16* %55, i64 2560
	%113 = select i1 %111, i16* %112, i16* %17
	%114 = add i32 %42, 20
	%115 = and i32 %114, 7
	%116 = xor i32 %43, %115
	%117 = mul i32 %114, 16
	%118 = add i32 %117, %116
	%119 = shl i32 %118, 4
	%120 = add i32 %2, %119
	%121 = select i1 %111, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %120, i16* %113, i32 %121)
	%122 = add i32 %50, 24
	%123 = icmp slt i32 %122, %M
	%124 = getelementptr i16, i16* %55, i64 3072
	%125 = select i1 %123, i16* %124, i16* %17
	%126 = add i32 %42, 24
	%127 = and i32 %126, 7
	%128 = xor i32 %43, %127
	%129 = mul i32 %126, 16
	%130 = add i32 %129, %128
	%131 = shl i32 %130, 4
	%132 = add i32 %2, %131
	%133 = select i1 %123, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %132, i16* %125, i32 %133)
	%134 = add i32 %50, 28
	%135 = icmp slt i32 %134, %M
	%136 = getelementptr i16, i16* %55, i64 3584
	%137 = select i1 %135, i16* %136, i16* %17
	%138 = add i32 %42, 28
	%139 = and i32 %138, 7
	%140 = xor i32 %43, %139
	%141 = mul i32 %138, 16
	%142 = add i32 %141, %140
	%143 = shl i32 %142, 4
	%144 = add i32 %2, %143
	%145 = select i1 %135, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %144, i16* %137, i32 %145)
	%146 = add i32 %50, 32
	%147 = icmp slt i32 %146, %M
	%148 = getelementptr i16, i16* %55, i64 u0x1000
	%149 = select i1 %147, i16* %148, i16* %17
	%150 = add i32 %42, 32
	%151 = and i32 %150, 7
	%152 = xor i32 %43, %151
	%153 = mul i32 %150, 16
	%154 = add i32 %153, %152
	%155 = shl i32 %154, 4
	%156 = add i32 %2, %155
	%157 = select i1 %147, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %156, i16* %149, i32 %157)
	%158 = add i32 %50, 36
	%159 = icmp slt i32 %158, %M
	%160 = getelementptr i16, i16* %55, i64 4608
	%161 = select i1 %159, i16* %160, i16* %17
	%162 = add i32 %42, 36
	%163 = and i32 %162, 7
	%164 = xor i32 %43, %163
	%165 = mul i32 %162, 16
	%166 = add i32 %165, %164
	%167 = shl i32 %166, 4
	%168 = add i32 %2, %167
	%169 = select i1 %159, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %168, i16* %161, i32 %169)
	%170 = add i32 %50, 40
	%171 = icmp slt i32 %170, %M
	%172 = getelementptr i16, i16* %55, i64 5120
	%173 = select i1 %171, i16* %172, i16* %17
	%174 = add i32 %42, 40
	%175 = and i32 %174, 7
	%176 = xor i32 %43, %175
	%177 = mul i32 %174, 16
	%178 = add i32 %177, %176
	%179 = shl i32 %178, 4
	%180 = add i32 %2, %179
	%181 = select i1 %171, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %180, i16* %173, i32 %181)
	%182 = add i32 %50, 44
	%183 = icmp slt i32 %182, %M
	%184 = getelementptr i16, i16* %55, i64 5632
	%185 = select i1 %183, i16* %184, i16* %17
	%186 = add i32 %42, 44
	%187 = and i32 %186, 7
	%188 = xor i32 %43, %187
	%189 = mul i32 %186, 16
	%190 = add i32 %189, %188
	%191 = shl i32 %190, 4
	%192 = add i32 %2, %191
	%193 = select i1 %183, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %192, i16* %185, i32 %193)
	%194 = add i32 %50, 48
	%195 = icmp slt i32 %194, %M
	%196 = getelementptr i16, i16* %55, i64 6144
	%197 = select i1 %195, i16* %196, i16* %17
	%198 = add i32 %42, 48
	%199 = and i32 %198, 7
	%200 = xor i32 %43, %199
	%201 = mul i32 %198, 16
	%202 = add i32 %201, %200
	%203 = shl i32 %202, 4
	%204 = add i32 %2, %203
	%205 = select i1 %195, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %204, i16* %197, i32 %205)
	%206 = add i32 %50, 52
	%207 = icmp slt i32 %206, %M
	%208 = getelementptr i16, i16* %55, i64 6656
	%209 = select i1 %207, i16* %208, i16* %17
	%210 = add i32 %42, 52
	%211 = and i32 %210, 7
	%212 = xor i32 %43, %211
	%213 = mul i32 %210, 16
	%214 = add i32 %213, %212
	%215 = shl i32 %214, 4
	%216 = add i32 %2, %215
	%217 = select i1 %207, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %216, i16* %209, i32 %217)
	%218 = add i32 %50, 56
	%219 = icmp slt i32 %218, %M
	%220 = getelementptr i16, i16* %55, i64 7168
	%221 = select i1 %219, i16* %220, i16* %17
	%222 = add i32 %42, 56
	%223 = and i32 %222, 7
	%224 = xor i32 %43, %223
	%225 = mul i32 %222, 16
	%226 = add i32 %225, %224
	%227 = shl i32 %226, 4
	%228 = add i32 %2, %227
	%229 = select i1 %219, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %228, i16* %221, i32 %229)
	%230 = add i32 %50, 60
	%231 = icmp slt i32 %230, %M
	%232 = getelementptr i16, i16* %55, i64 7680
	%233 = select i1 %231, i16* %232, i16* %17
	%234 = add i32 %42, 60
	%235 = and i32 %234, 7
	%236 = xor i32 %43, %235
	%237 = mul i32 %234, 16
	%238 = add i32 %237, %236
	%239 = shl i32 %238, 4
	%240 = add i32 %2, %239
	%241 = select i1 %231, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %240, i16* %233, i32 %241)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %41, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%242 = and i32 %5, 7
	%243 = lshr i32 %5, 3
	%244 = and i32 %243, 1
	%245 = shl i32 %244, 3
	%246 = add i32 %242, %245
	%247 = lshr i32 %5, 4
	%248 = mul i32 %4, 32
	%249 = add i32 %246, 0
	%250 = add i32 %248, %249
	%251 = mul i32 %250, 256
	%252 = add i32 %2, %251
	%253 = and i32 %5, 7
	%254 = xor i32 %247, %253
	%255 = shl i32 %254, 4
	%256 = add i32 %252, %255
	%257 = mul i32 %4, 32
	%258 = add i32 %246, 16
	%259 = add i32 %257, %258
	%260 = mul i32 %259, 256
	%261 = add i32 %2, %260
	%262 = and i32 %5, 7
	%263 = xor i32 %247, %262
	%264 = shl i32 %263, 4
	%265 = add i32 %261, %264
	%266 = mul i32 %38, 64
	%267 = lshr i32 %3, 4
	%268 = and i32 %3, 15
	%269 = and i32 %267, 7
	%270 = xor i32 %268, %269
	%271 = mul i32 %267, 16
	%272 = add i32 %271, %270
	%273 = shl i32 %272, 4
	%274 = add i32 %0, %273
	%275 = add i32 %266, %267
	%276 = mul i32 %275, 128
	%277 = mul i32 %268, 8
	%278 = add i32 %276, %277
	%279 = sext i32 %278 to i64
	%280 = getelementptr i16, i16* %21, i64 %279
	%281 = add i32 %275, 0
	%282 = icmp slt i32 %281, %N
	%283 = getelementptr i16, i16* %280, i64 0
	%284 = select i1 %282, i16* %283, i16* %21
	%285 = add i32 %274, 0
	%286 = select i1 %282, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %285, i16* %284, i32 %286)
	%287 = add i32 %275, 4
	%288 = icmp slt i32 %287, %N
	%289 = getelementptr i16, i16* %280, i64 512
	%290 = select i1 %288, i16* %289, i16* %21
	%291 = add i32 %267, 4
	%292 = and i32 %291, 7
	%293 = xor i32 %268, %292
	%294 = mul i32 %291, 16
	%295 = add i32 %294, %293
	%296 = shl i32 %295, 4
	%297 = add i32 %0, %296
	%298 = select i1 %288, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %297, i16* %290, i32 %298)
	%299 = add i32 %275, 8
	%300 = icmp slt i32 %299, %N
	%301 = getelementptr i16, i16* %280, i64 1024
	%302 = select i1 %300, i16* %301, i16* %21
	%303 = add i32 %267, 8
	%304 = and i32 %303, 7
	%305 = xor i32 %268, %304
	%306 = mul i32 %303, 16
	%307 = add i32 %306, %305
	%308 = shl i32 %307, 4
	%309 = add i32 %0, %308
	%310 = select i1 %300, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %309, i16* %302, i32 %310)
	%311 = add i32 %275, 12
	%312 = icmp slt i32 %311, %N
	%313 = getelementptr i16, i16* %280, i64 1536
	%314 = select i1 %312, i16* %313, i16* %21
	%315 = add i32 %267, 12
	%316 = and i32 %315, 7
	%317 = xor i32 %268, %316
	%318 = mul i32 %315, 16
	%319 = add i32 %318, %317
	%320 = shl i32 %319, 4
	%321 = add i32 %0, %320
	%322 = select i1 %312, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %321, i16* %314, i32 %322)
	%323 = add i32 %275, 16
	%324 = icmp slt i32 %323, %N
	%325 = getelementptr i16, i16* %280, i64 2048
	%326 = select i1 %324, i16* %325, i16* %21
	%327 = add i32 %267, 16
	%328 = and i32 %327, 7
	%329 = xor i32 %268, %328
	%330 = mul i32 %327, 16
	%331 = add i32 %330, %329
	%332 = shl i32 %331, 4
	%333 = add i32 %0, %332
	%334 = select i1 %324, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %333, i16* %326, i32 %334)
	%335 = add i32 %275, 20
	%336 = icmp slt i32 %335, %N
	%337 = getelementptr i16, i16* %280, i64 2560
	%338 = select i1 %336, i16* %337, i16* %21
	%339 = add i32 %267, 20
	%340 = and i32 %339, 7
	%341 = xor i32 %268, %340
	%342 = mul i32 %339, 16
	%343 = add i32 %342, %341
	%344 = shl i32 %343, 4
	%345 = add i32 %0, %344
	%346 = select i1 %336, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %345, i16* %338, i32 %346)
	%347 = add i32 %275, 24
	%348 = icmp slt i32 %347, %N
	%349 = getelementptr i16, i16* %280, i64 3072
	%350 = select i1 %348, i16* %349, i16* %21
	%351 = add i32 %267, 24
	%352 = and i32 %351, 7
	%353 = xor i32 %268, %352
	%354 = mul i32 %351, 16
	%355 = add i32 %354, %353
	%356 = shl i32 %355, 4
	%357 = add i32 %0, %356
	%358 = select i1 %348, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %357, i16* %350, i32 %358)
	%359 = add i32 %275, 28
	%360 = icmp slt i32 %359, %N
	%361 = getelementptr i16, i16* %280, i64 3584
	%362 = select i1 %360, i16* %361, i16* %21
	%363 = add i32 %267, 28
	%364 = and i32 %363, 7
	%365 = xor i32 %268, %364
	%366 = mul i32 %363, 16
	%367 = add i32 %366, %365
	%368 = shl i32 %367, 4
	%369 = add i32 %0, %368
	%370 = select i1 %360, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %369, i16* %362, i32 %370)
	%371 = add i32 %275, 32
	%372 = icmp slt i32 %371, %N
	%373 = getelementptr i16, i16* %280, i64 u0x1000
	%374 = select i1 %372, i16* %373, i16* %21
	%375 = add i32 %267, 32
	%376 = and i32 %375, 7
	%377 = xor i32 %268, %376
	%378 = mul i32 %375, 16
	%379 = add i32 %378, %377
	%380 = shl i32 %379, 4
	%381 = add i32 %0, %380
	%382 = select i1 %372, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %381, i16* %374, i32 %382)
	%383 = add i32 %275, 36
	%384 = icmp slt i32 %383, %N
	%385 = getelementptr i16, i16* %280, i64 4608
	%386 = select i1 %384, i16* %385, i16* %21
	%387 = add i32 %267, 36
	%388 = and i32 %387, 7
	%389 = xor i32 %268, %388
	%390 = mul i32 %387, 16
	%391 = add i32 %390, %389
	%392 = shl i32 %391, 4
	%393 = add i32 %0, %392
	%394 = select i1 %384, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %393, i16* %386, i32 %394)
	%395 = add i32 %275, 40
	%396 = icmp slt i32 %395, %N
	%397 = getelementptr i16, i16* %280, i64 5120
	%398 = select i1 %396, i16* %397, i16* %21
	%399 = add i32 %267, 40
	%400 = and i32 %399, 7
	%401 = xor i32 %268, %400
	%402 = mul i32 %399, 16
	%403 = add i32 %402, %401
	%404 = shl i32 %403, 4
	%405 = add i32 %0, %404
	%406 = select i1 %396, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %405, i16* %398, i32 %406)
	%407 = add i32 %275, 44
	%408 = icmp slt i32 %407, %N
	%409 = getelementptr i16, i16* %280, i64 5632
	%410 = select i1 %408, i16* %409, i16* %21
	%411 = add i32 %267, 44
	%412 = and i32 %411, 7
	%413 = xor i32 %268, %412
	%414 = mul i32 %411, 16
	%415 = add i32 %414, %413
	%416 = shl i32 %415, 4
	%417 = add i32 %0, %416
	%418 = select i1 %408, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %417, i16* %410, i32 %418)
	%419 = add i32 %275, 48
	%420 = icmp slt i32 %419, %N
	%421 = getelementptr i16, i16* %280, i64 6144
	%422 = select i1 %420, i16* %421, i16* %21
	%423 = add i32 %267, 48
	%424 = and i32 %423, 7
	%425 = xor i32 %268, %424
	%426 = mul i32 %423, 16
	%427 = add i32 %426, %425
	%428 = shl i32 %427, 4
	%429 = add i32 %0, %428
	%430 = select i1 %420, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %429, i16* %422, i32 %430)
	%431 = add i32 %275, 52
	%432 = icmp slt i32 %431, %N
	%433 = getelementptr i16, i16* %280, i64 6656
	%434 = select i1 %432, i16* %433, i16* %21
	%435 = add i32 %267, 52
	%436 = and i32 %435, 7
	%437 = xor i32 %268, %436
	%438 = mul i32 %435, 16
	%439 = add i32 %438, %437
	%440 = shl i32 %439, 4
	%441 = add i32 %0, %440
	%442 = select i1 %432, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %441, i16* %434, i32 %442)
	%443 = add i32 %275, 56
	%444 = icmp slt i32 %443, %N
	%445 = getelementptr i16, i16* %280, i64 7168
	%446 = select i1 %444, i16* %445, i16* %21
	%447 = add i32 %267, 56
	%448 = and i32 %447, 7
	%449 = xor i32 %268, %448
	%450 = mul i32 %447, 16
	%451 = add i32 %450, %449
	%452 = shl i32 %451, 4
	%453 = add i32 %0, %452
	%454 = select i1 %444, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %453, i16* %446, i32 %454)
	%455 = add i32 %275, 60
	%456 = icmp slt i32 %455, %N
	%457 = getelementptr i16, i16* %280, i64 7680
	%458 = select i1 %456, i16* %457, i16* %21
	%459 = add i32 %267, 60
	%460 = and i32 %459, 7
	%461 = xor i32 %268, %460
	%462 = mul i32 %459, 16
	%463 = add i32 %462, %461
	%464 = shl i32 %463, 4
	%465 = add i32 %0, %464
	%466 = select i1 %456, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %465, i16* %458, i32 %466)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%467 = phi i32 [ 0, %prologue ], [ %3371, %pv ]
	%468 = phi i32 [ %38, %prologue ], [ %3378, %pv ]
	%469 = phi float [ 0.0, %prologue ], [ %4280, %pv ]
	%470 = phi float [ 0.0, %prologue ], [ %4281, %pv ]
	%471 = phi float [ 0.0, %prologue ], [ %4282, %pv ]
	%472 = phi float [ 0.0, %prologue ], [ %4283, %pv ]
	%473 = phi float [ 0.0, %prologue ], [ %4285, %pv ]
	%474 = phi float [ 0.0, %prologue ], [ %4286, %pv ]
	%475 = phi float [ 0.0, %prologue ], [ %4287, %pv ]
	%476 = phi float [ 0.0, %prologue ], [ %4288, %pv ]
	%477 = phi float [ 0.0, %prologue ], [ %4307, %pv ]
	%478 = phi float [ 0.0, %prologue ], [ %4308, %pv ]
	%479 = phi float [ 0.0, %prologue ], [ %4309, %pv ]
	%480 = phi float [ 0.0, %prologue ], [ %4310, %pv ]
	%481 = phi float [ 0.0, %prologue ], [ %4312, %pv ]
	%482 = phi float [ 0.0, %prologue ], [ %4313, %pv ]
	%483 = phi float [ 0.0, %prologue ], [ %4314, %pv ]
	%484 = phi float [ 0.0, %prologue ], [ %4315, %pv ]
	%485 = phi float [ 0.0, %prologue ], [ %4334, %pv ]
	%486 = phi float [ 0.0, %prologue ], [ %4335, %pv ]
	%487 = phi float [ 0.0, %prologue ], [ %4336, %pv ]
	%488 = phi float [ 0.0, %prologue ], [ %4337, %pv ]
	%489 = phi float [ 0.0, %prologue ], [ %4339, %pv ]
	%490 = phi float [ 0.0, %prologue ], [ %4340, %pv ]
	%491 = phi float [ 0.0, %prologue ], [ %4341, %pv ]
	%492 = phi float [ 0.0, %prologue ], [ %4342, %pv ]
	%493 = phi float [ 0.0, %prologue ], [ %4361, %pv ]
	%494 = phi float [ 0.0, %prologue ], [ %4362, %pv ]
	%495 = phi float [ 0.0, %prologue ], [ %4363, %pv ]
	%496 = phi float [ 0.0, %prologue ], [ %4364, %pv ]
	%497 = phi float [ 0.0, %prologue ], [ %4366, %pv ]
	%498 = phi float [ 0.0, %prologue ], [ %4367, %pv ]
	%499 = phi float [ 0.0, %prologue ], [ %4368, %pv ]
	%500 = phi float [ 0.0, %prologue ], [ %4369, %pv ]
	%501 = phi float [ 0.0, %prologue ], [ %4388, %pv ]
	%502 = phi float [ 0.0, %prologue ], [ %4389, %pv ]
	%503 = phi float [ 0.0, %prologue ], [ %4390, %pv ]
	%504 = phi float [ 0.0, %prologue ], [ %4391, %pv ]
	%505 = phi float [ 0.0, %prologue ], [ %4393, %pv ]
	%506 = phi float [ 0.0, %prologue ], [ %4394, %pv ]
	%507 = phi float [ 0.0, %prologue ], [ %4395, %pv ]
	%508 = phi float [ 0.0, %prologue ], [ %4396, %pv ]
	%509 = phi float [ 0.0, %prologue ], [ %4415, %pv ]
	%510 = phi float [ 0.0, %prologue ], [ %4416, %pv ]
	%511 = phi float [ 0.0, %prologue ], [ %4417, %pv ]
	%512 = phi float [ 0.0, %prologue ], [ %4418, %pv ]
	%513 = phi float [ 0.0, %prologue ], [ %4420, %pv ]
	%514 = phi float [ 0.0, %prologue ], [ %4421, %pv ]
	%515 = phi float [ 0.0, %prologue ], [ %4422, %pv ]
	%516 = phi float [ 0.0, %prologue ], [ %4423, %pv ]
	%517 = phi float [ 0.0, %prologue ], [ %4442, %pv ]
	%518 = phi float [ 0.0, %prologue ], [ %4443, %pv ]
	%519 = phi float [ 0.0, %prologue ], [ %4444, %pv ]
	%520 = phi float [ 0.0, %prologue ], [ %4445, %pv ]
	%521 = phi float [ 0.0, %prologue ], [ %4447, %pv ]
	%522 = phi float [ 0.0, %prologue ], [ %4448, %pv ]
	%523 = phi float [ 0.0, %prologue ], [ %4449, %pv ]
	%524 = phi float [ 0.0, %prologue ], [ %4450, %pv ]
	%525 = phi float [ 0.0, %prologue ], [ %4469, %pv ]
	%526 = phi float [ 0.0, %prologue ], [ %4470, %pv ]
	%527 = phi float [ 0.0, %prologue ], [ %4471, %pv ]
	%528 = phi float [ 0.0, %prologue ], [ %4472, %pv ]
	%529 = phi float [ 0.0, %prologue ], [ %4474, %pv ]
	%530 = phi float [ 0.0, %prologue ], [ %4475, %pv ]
	%531 = phi float [ 0.0, %prologue ], [ %4476, %pv ]
	%532 = phi float [ 0.0, %prologue ], [ %4477, %pv ]
	%533 = phi float [ 0.0, %prologue ], [ %4290, %pv ]
	%534 = phi float [ 0.0, %prologue ], [ %4291, %pv ]
	%535 = phi float [ 0.0, %prologue ], [ %4292, %pv ]
	%536 = phi float [ 0.0, %prologue ], [ %4293, %pv ]
	%537 = phi float [ 0.0, %prologue ], [ %4295, %pv ]
	%538 = phi float [ 0.0, %prologue ], [ %4296, %pv ]
	%539 = phi float [ 0.0, %prologue ], [ %4297, %pv ]
	%540 = phi float [ 0.0, %prologue ], [ %4298, %pv ]
	%541 = phi float [ 0.0, %prologue ], [ %4317, %pv ]
	%542 = phi float [ 0.0, %prologue ], [ %4318, %pv ]
	%543 = phi float [ 0.0, %prologue ], [ %4319, %pv ]
	%544 = phi float [ 0.0, %prologue ], [ %4320, %pv ]
	%545 = phi float [ 0.0, %prologue ], [ %4322, %pv ]
	%546 = phi float [ 0.0, %prologue ], [ %4323, %pv ]
	%547 = phi float [ 0.0, %prologue ], [ %4324, %pv ]
	%548 = phi float [ 0.0, %prologue ], [ %4325, %pv ]
	%549 = phi float [ 0.0, %prologue ], [ %4344, %pv ]
	%550 = phi float [ 0.0, %prologue ], [ %4345, %pv ]
	%551 = phi float [ 0.0, %prologue ], [ %4346, %pv ]
	%552 = phi float [ 0.0, %prologue ], [ %4347, %pv ]
	%553 = phi float [ 0.0, %prologue ], [ %4349, %pv ]
	%554 = phi float [ 0.0, %prologue ], [ %4350, %pv ]
	%555 = phi float [ 0.0, %prologue ], [ %4351, %pv ]
	%556 = phi float [ 0.0, %prologue ], [ %4352, %pv ]
	%557 = phi float [ 0.0, %prologue ], [ %4371, %pv ]
	%558 = phi float [ 0.0, %prologue ], [ %4372, %pv ]
	%559 = phi float [ 0.0, %prologue ], [ %4373, %pv ]
	%560 = phi float [ 0.0, %prologue ], [ %4374, %pv ]
	%561 = phi float [ 0.0, %prologue ], [ %4376, %pv ]
	%562 = phi float [ 0.0, %prologue ], [ %4377, %pv ]
	%563 = phi float [ 0.0, %prologue ], [ %4378, %pv ]
	%564 = phi float [ 0.0, %prologue ], [ %4379, %pv ]
	%565 = phi float [ 0.0, %prologue ], [ %4398, %pv ]
	%566 = phi float [ 0.0, %prologue ], [ %4399, %pv ]
	%567 = phi float [ 0.0, %prologue ], [ %4400, %pv ]
	%568 = phi float [ 0.0, %prologue ], [ %4401, %pv ]
	%569 = phi float [ 0.0, %prologue ], [ %4403, %pv ]
	%570 = phi float [ 0.0, %prologue ], [ %4404, %pv ]
	%571 = phi float [ 0.0, %prologue ], [ %4405, %pv ]
	%572 = phi float [ 0.0, %prologue ], [ %4406, %pv ]
	%573 = phi float [ 0.0, %prologue ], [ %4425, %pv ]
	%574 = phi float [ 0.0, %prologue ], [ %4426, %pv ]
	%575 = phi float [ 0.0, %prologue ], [ %4427, %pv ]
	%576 = phi float [ 0.0, %prologue ], [ %4428, %pv ]
	%577 = phi float [ 0.0, %prologue ], [ %4430, %pv ]
	%578 = phi float [ 0.0, %prologue ], [ %4431, %pv ]
	%579 = phi float [ 0.0, %prologue ], [ %4432, %pv ]
	%580 = phi float [ 0.0, %prologue ], [ %4433, %pv ]
	%581 = phi float [ 0.0, %prologue ], [ %4452, %pv ]
	%582 = phi float [ 0.0, %prologue ], [ %4453, %pv ]
	%583 = phi float [ 0.0, %prologue ], [ %4454, %pv ]
	%584 = phi float [ 0.0, %prologue ], [ %4455, %pv ]
	%585 = phi float [ 0.0, %prologue ], [ %4457, %pv ]
	%586 = phi float [ 0.0, %prologue ], [ %4458, %pv ]
	%587 = phi float [ 0.0, %prologue ], [ %4459, %pv ]
	%588 = phi float [ 0.0, %prologue ], [ %4460, %pv ]
	%589 = phi float [ 0.0, %prologue ], [ %4479, %pv ]
	%590 = phi float [ 0.0, %prologue ], [ %4480, %pv ]
	%591 = phi float [ 0.0, %prologue ], [ %4481, %pv ]
	%592 = phi float [ 0.0, %prologue ], [ %4482, %pv ]
	%593 = phi float [ 0.0, %prologue ], [ %4484, %pv ]
	%594 = phi float [ 0.0, %prologue ], [ %4485, %pv ]
	%595 = phi float [ 0.0, %prologue ], [ %4486, %pv ]
	%596 = phi float [ 0.0, %prologue ], [ %4487, %pv ]
	%597 = phi float [ 0xFFF0000000000000, %prologue ], [ %3163, %pv ]
	%598 = phi float [ 0.0, %prologue ], [ %3214, %pv ]
	%599 = phi float [ 0xFFF0000000000000, %prologue ], [ %3215, %pv ]
	%600 = phi float [ 0.0, %prologue ], [ %3266, %pv ]
	%601 = phi float [ 0xFFF0000000000000, %prologue ], [ %3267, %pv ]
	%602 = phi float [ 0.0, %prologue ], [ %3318, %pv ]
	%603 = phi float [ 0xFFF0000000000000, %prologue ], [ %3319, %pv ]
	%604 = phi float [ 0.0, %prologue ], [ %3370, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%605 = mul i32 %468, 64
	%606 = lshr i32 %3, 4
	%607 = and i32 %3, 15
	%608 = and i32 %606, 7
	%609 = xor i32 %607, %608
	%610 = mul i32 %606, 16
	%611 = add i32 %610, %609
	%612 = shl i32 %611, 4
	%613 = add i32 %1, %612
	%614 = add i32 %605, %606
	%615 = mul i32 %614, 128
	%616 = mul i32 %607, 8
	%617 = add i32 %615, %616
	%618 = sext i32 %617 to i64
	%619 = getelementptr i16, i16* %25, i64 %618
	%620 = add i32 %614, 0
	%621 = icmp slt i32 %620, %N
	%622 = getelementptr i16, i16* %619, i64 0
	%623 = select i1 %621, i16* %622, i16* %25
	%624 = add i32 %613, 0
	%625 = select i1 %621, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %624, i16* %623, i32 %625)
	%626 = add i32 %614, 4
	%627 = icmp slt i32 %626, %N
	%628 = getelementptr i16, i16* %619, i64 512
	%629 = select i1 %627, i16* %628, i16* %25
	%630 = add i32 %606, 4
	%631 = and i32 %630, 7
	%632 = xor i32 %607, %631
	%633 = mul i32 %630, 16
	%634 = add i32 %633, %632
	%635 = shl i32 %634, 4
	%636 = add i32 %1, %635
	%637 = select i1 %627, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %636, i16* %629, i32 %637)
	%638 = add i32 %614, 8
	%639 = icmp slt i32 %638, %N
	%640 = getelementptr i16, i16* %619, i64 1024
	%641 = select i1 %639, i16* %640, i16* %25
	%642 = add i32 %606, 8
	%643 = and i32 %642, 7
	%644 = xor i32 %607, %643
	%645 = mul i32 %642, 16
	%646 = add i32 %645, %644
	%647 = shl i32 %646, 4
	%648 = add i32 %1, %647
	%649 = select i1 %639, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %648, i16* %641, i32 %649)
	%650 = add i32 %614, 12
	%651 = icmp slt i32 %650, %N
	%652 = getelementptr i16, i16* %619, i64 1536
	%653 = select i1 %651, i16* %652, i16* %25
	%654 = add i32 %606, 12
	%655 = and i32 %654, 7
	%656 = xor i32 %607, %655
	%657 = mul i32 %654, 16
	%658 = add i32 %657, %656
	%659 = shl i32 %658, 4
	%660 = add i32 %1, %659
	%661 = select i1 %651, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %660, i16* %653, i32 %661)
	%662 = add i32 %614, 16
	%663 = icmp slt i32 %662, %N
	%664 = getelementptr i16, i16* %619, i64 2048
	%665 = select i1 %663, i16* %664, i16* %25
	%666 = add i32 %606, 16
	%667 = and i32 %666, 7
	%668 = xor i32 %607, %667
	%669 = mul i32 %666, 16
	%670 = add i32 %669, %668
	%671 = shl i32 %670, 4
	%672 = add i32 %1, %671
	%673 = select i1 %663, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %672, i16* %665, i32 %673)
	%674 = add i32 %614, 20
	%675 = icmp slt i32 %674, %N
	%676 = getelementptr i16, i16* %619, i64 2560
	%677 = select i1 %675, i16* %676, i16* %25
	%678 = add i32 %606, 20
	%679 = and i32 %678, 7
	%680 = xor i32 %607, %679
	%681 = mul i32 %678, 16
	%682 = add i32 %681, %680
	%683 = shl i32 %682, 4
	%684 = add i32 %1, %683
	%685 = select i1 %675, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %684, i16* %677, i32 %685)
	%686 = add i32 %614, 24
	%687 = icmp slt i32 %686, %N
	%688 = getelementptr i16, i16* %619, i64 3072
	%689 = select i1 %687, i16* %688, i16* %25
	%690 = add i32 %606, 24
	%691 = and i32 %690, 7
	%692 = xor i32 %607, %691
	%693 = mul i32 %690, 16
	%694 = add i32 %693, %692
	%695 = shl i32 %694, 4
	%696 = add i32 %1, %695
	%697 = select i1 %687, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %696, i16* %689, i32 %697)
	%698 = add i32 %614, 28
	%699 = icmp slt i32 %698, %N
	%700 = getelementptr i16, i16* %619, i64 3584
	%701 = select i1 %699, i16* %700, i16* %25
	%702 = add i32 %606, 28
	%703 = and i32 %702, 7
	%704 = xor i32 %607, %703
	%705 = mul i32 %702, 16
	%706 = add i32 %705, %704
	%707 = shl i32 %706, 4
	%708 = add i32 %1, %707
	%709 = select i1 %699, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %708, i16* %701, i32 %709)
	%710 = add i32 %614, 32
	%711 = icmp slt i32 %710, %N
	%712 = getelementptr i16, i16* %619, i64 u0x1000
	%713 = select i1 %711, i16* %712, i16* %25
	%714 = add i32 %606, 32
	%715 = and i32 %714, 7
	%716 = xor i32 %607, %715
	%717 = mul i32 %714, 16
	%718 = add i32 %717, %716
	%719 = shl i32 %718, 4
	%720 = add i32 %1, %719
	%721 = select i1 %711, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %720, i16* %713, i32 %721)
	%722 = add i32 %614, 36
	%723 = icmp slt i32 %722, %N
	%724 = getelementptr i16, i16* %619, i64 4608
	%725 = select i1 %723, i16* %724, i16* %25
	%726 = add i32 %606, 36
	%727 = and i32 %726, 7
	%728 = xor i32 %607, %727
	%729 = mul i32 %726, 16
	%730 = add i32 %729, %728
	%731 = shl i32 %730, 4
	%732 = add i32 %1, %731
	%733 = select i1 %723, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %732, i16* %725, i32 %733)
	%734 = add i32 %614, 40
	%735 = icmp slt i32 %734, %N
	%736 = getelementptr i16, i16* %619, i64 5120
	%737 = select i1 %735, i16* %736, i16* %25
	%738 = add i32 %606, 40
	%739 = and i32 %738, 7
	%740 = xor i32 %607, %739
	%741 = mul i32 %738, 16
	%742 = add i32 %741, %740
	%743 = shl i32 %742, 4
	%744 = add i32 %1, %743
	%745 = select i1 %735, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %744, i16* %737, i32 %745)
	%746 = add i32 %614, 44
	%747 = icmp slt i32 %746, %N
	%748 = getelementptr i16, i16* %619, i64 5632
	%749 = select i1 %747, i16* %748, i16* %25
	%750 = add i32 %606, 44
	%751 = and i32 %750, 7
	%752 = xor i32 %607, %751
	%753 = mul i32 %750, 16
	%754 = add i32 %753, %752
	%755 = shl i32 %754, 4
	%756 = add i32 %1, %755
	%757 = select i1 %747, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %756, i16* %749, i32 %757)
	%758 = add i32 %614, 48
	%759 = icmp slt i32 %758, %N
	%760 = getelementptr i16, i16* %619, i64 6144
	%761 = select i1 %759, i16* %760, i16* %25
	%762 = add i32 %606, 48
	%763 = and i32 %762, 7
	%764 = xor i32 %607, %763
	%765 = mul i32 %762, 16
	%766 = add i32 %765, %764
	%767 = shl i32 %766, 4
	%768 = add i32 %1, %767
	%769 = select i1 %759, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %768, i16* %761, i32 %769)
	%770 = add i32 %614, 52
	%771 = icmp slt i32 %770, %N
	%772 = getelementptr i16, i16* %619, i64 6656
	%773 = select i1 %771, i16* %772, i16* %25
	%774 = add i32 %606, 52
	%775 = and i32 %774, 7
	%776 = xor i32 %607, %775
	%777 = mul i32 %774, 16
	%778 = add i32 %777, %776
	%779 = shl i32 %778, 4
	%780 = add i32 %1, %779
	%781 = select i1 %771, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %780, i16* %773, i32 %781)
	%782 = add i32 %614, 56
	%783 = icmp slt i32 %782, %N
	%784 = getelementptr i16, i16* %619, i64 7168
	%785 = select i1 %783, i16* %784, i16* %25
	%786 = add i32 %606, 56
	%787 = and i32 %786, 7
	%788 = xor i32 %607, %787
	%789 = mul i32 %786, 16
	%790 = add i32 %789, %788
	%791 = shl i32 %790, 4
	%792 = add i32 %1, %791
	%793 = select i1 %783, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %792, i16* %785, i32 %793)
	%794 = add i32 %614, 60
	%795 = icmp slt i32 %794, %N
	%796 = getelementptr i16, i16* %619, i64 7680
	%797 = select i1 %795, i16* %796, i16* %25
	%798 = add i32 %606, 60
	%799 = and i32 %798, 7
	%800 = xor i32 %607, %799
	%801 = mul i32 %798, 16
	%802 = add i32 %801, %800
	%803 = shl i32 %802, 4
	%804 = add i32 %1, %803
	%805 = select i1 %795, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %804, i16* %797, i32 %805)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%806 = xor i32 %256, 0
	%807 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %806)
	%808 = extractvalue { i32, i32, i32, i32 } %807, 0
	%809 = extractvalue { i32, i32, i32, i32 } %807, 1
	%810 = extractvalue { i32, i32, i32, i32 } %807, 2
	%811 = extractvalue { i32, i32, i32, i32 } %807, 3
	%812 = xor i32 %256, 32
	%813 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %812)
	%814 = extractvalue { i32, i32, i32, i32 } %813, 0
	%815 = extractvalue { i32, i32, i32, i32 } %813, 1
	%816 = extractvalue { i32, i32, i32, i32 } %813, 2
	%817 = extractvalue { i32, i32, i32, i32 } %813, 3
	%818 = xor i32 %256, 64
	%819 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %818)
	%820 = extractvalue { i32, i32, i32, i32 } %819, 0
	%821 = extractvalue { i32, i32, i32, i32 } %819, 1
	%822 = extractvalue { i32, i32, i32, i32 } %819, 2
	%823 = extractvalue { i32, i32, i32, i32 } %819, 3
	%824 = xor i32 %256, 96
	%825 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %824)
	%826 = extractvalue { i32, i32, i32, i32 } %825, 0
	%827 = extractvalue { i32, i32, i32, i32 } %825, 1
	%828 = extractvalue { i32, i32, i32, i32 } %825, 2
	%829 = extractvalue { i32, i32, i32, i32 } %825, 3
	%830 = xor i32 %256, 128
	%831 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %830)
	%832 = extractvalue { i32, i32, i32, i32 } %831, 0
	%833 = extractvalue { i32, i32, i32, i32 } %831, 1
	%834 = extractvalue { i32, i32, i32, i32 } %831, 2
	%835 = extractvalue { i32, i32, i32, i32 } %831, 3
	%836 = xor i32 %256, 160
	%837 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %836)
	%838 = extractvalue { i32, i32, i32, i32 } %837, 0
	%839 = extractvalue { i32, i32, i32, i32 } %837, 1
	%840 = extractvalue { i32, i32, i32, i32 } %837, 2
	%841 = extractvalue { i32, i32, i32, i32 } %837, 3
	%842 = xor i32 %256, 192
	%843 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %842)
	%844 = extractvalue { i32, i32, i32, i32 } %843, 0
	%845 = extractvalue { i32, i32, i32, i32 } %843, 1
	%846 = extractvalue { i32, i32, i32, i32 } %843, 2
	%847 = extractvalue { i32, i32, i32, i32 } %843, 3
	%848 = xor i32 %256, 224
	%849 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %848)
	%850 = extractvalue { i32, i32, i32, i32 } %849, 0
	%851 = extractvalue { i32, i32, i32, i32 } %849, 1
	%852 = extractvalue { i32, i32, i32, i32 } %849, 2
	%853 = extractvalue { i32, i32, i32, i32 } %849, 3
	%854 = xor i32 %265, 0
	%855 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %854)
	%856 = extractvalue { i32, i32, i32, i32 } %855, 0
	%857 = extractvalue { i32, i32, i32, i32 } %855, 1
	%858 = extractvalue { i32, i32, i32, i32 } %855, 2
	%859 = extractvalue { i32, i32, i32, i32 } %855, 3
	%860 = xor i32 %265, 32
	%861 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %860)
	%862 = extractvalue { i32, i32, i32, i32 } %861, 0
	%863 = extractvalue { i32, i32, i32, i32 } %861, 1
	%864 = extractvalue { i32, i32, i32, i32 } %861, 2
	%865 = extractvalue { i32, i32, i32, i32 } %861, 3
	%866 = xor i32 %265, 64
	%867 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %866)
	%868 = extractvalue { i32, i32, i32, i32 } %867, 0
	%869 = extractvalue { i32, i32, i32, i32 } %867, 1
	%870 = extractvalue { i32, i32, i32, i32 } %867, 2
	%871 = extractvalue { i32, i32, i32, i32 } %867, 3
	%872 = xor i32 %265, 96
	%873 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %872)
	%874 = extractvalue { i32, i32, i32, i32 } %873, 0
	%875 = extractvalue { i32, i32, i32, i32 } %873, 1
	%876 = extractvalue { i32, i32, i32, i32 } %873, 2
	%877 = extractvalue { i32, i32, i32, i32 } %873, 3
	%878 = xor i32 %265, 128
	%879 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %878)
	%880 = extractvalue { i32, i32, i32, i32 } %879, 0
	%881 = extractvalue { i32, i32, i32, i32 } %879, 1
	%882 = extractvalue { i32, i32, i32, i32 } %879, 2
	%883 = extractvalue { i32, i32, i32, i32 } %879, 3
	%884 = xor i32 %265, 160
	%885 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %884)
	%886 = extractvalue { i32, i32, i32, i32 } %885, 0
	%887 = extractvalue { i32, i32, i32, i32 } %885, 1
	%888 = extractvalue { i32, i32, i32, i32 } %885, 2
	%889 = extractvalue { i32, i32, i32, i32 } %885, 3
	%890 = xor i32 %265, 192
	%891 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %890)
	%892 = extractvalue { i32, i32, i32, i32 } %891, 0
	%893 = extractvalue { i32, i32, i32, i32 } %891, 1
	%894 = extractvalue { i32, i32, i32, i32 } %891, 2
	%895 = extractvalue { i32, i32, i32, i32 } %891, 3
	%896 = xor i32 %265, 224
	%897 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %896)
	%898 = extractvalue { i32, i32, i32, i32 } %897, 0
	%899 = extractvalue { i32, i32, i32, i32 } %897, 1
	%900 = extractvalue { i32, i32, i32, i32 } %897, 2
	%901 = extractvalue { i32, i32, i32, i32 } %897, 3
	%902 = and i32 %5, 7
	%903 = shl i32 %247, 3
	%904 = add i32 %902, %903
	%905 = lshr i32 %5, 3
	%906 = and i32 %905, 1
	%907 = mul i32 %904, 256
	%908 = add i32 %0, %907
	%909 = and i32 %5, 7
	%910 = xor i32 %906, %909
	%911 = shl i32 %910, 4
	%912 = add i32 %908, %911
	%913 = xor i32 %912, 0
	%914 = add i32 %913, 0
	%915 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %914)
	%916 = extractvalue { i32, i32, i32, i32 } %915, 0
	%917 = extractvalue { i32, i32, i32, i32 } %915, 1
	%918 = extractvalue { i32, i32, i32, i32 } %915, 2
	%919 = extractvalue { i32, i32, i32, i32 } %915, 3
	%920 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %916, i32 %917, float 0.0, float 0.0, float 0.0, float 0.0)
	%921 = extractvalue { float, float, float, float } %920, 0
	%922 = extractvalue { float, float, float, float } %920, 1
	%923 = extractvalue { float, float, float, float } %920, 2
	%924 = extractvalue { float, float, float, float } %920, 3
	%925 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %918, i32 %919, float 0.0, float 0.0, float 0.0, float 0.0)
	%926 = extractvalue { float, float, float, float } %925, 0
	%927 = extractvalue { float, float, float, float } %925, 1
	%928 = extractvalue { float, float, float, float } %925, 2
	%929 = extractvalue { float, float, float, float } %925, 3
	%930 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %916, i32 %917, float 0.0, float 0.0, float 0.0, float 0.0)
	%931 = extractvalue { float, float, float, float } %930, 0
	%932 = extractvalue { float, float, float, float } %930, 1
	%933 = extractvalue { float, float, float, float } %930, 2
	%934 = extractvalue { float, float, float, float } %930, 3
	%935 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %918, i32 %919, float 0.0, float 0.0, float 0.0, float 0.0)
	%936 = extractvalue { float, float, float, float } %935, 0
	%937 = extractvalue { float, float, float, float } %935, 1
	%938 = extractvalue { float, float, float, float } %935, 2
	%939 = extractvalue { float, float, float, float } %935, 3
	%940 = add i32 %913, u0x1000
	%941 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %940)
	%942 = extractvalue { i32, i32, i32, i32 } %941, 0
	%943 = extractvalue { i32, i32, i32, i32 } %941, 1
	%944 = extractvalue { i32, i32, i32, i32 } %941, 2
	%945 = extractvalue { i32, i32, i32, i32 } %941, 3
	%946 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %942, i32 %943, float 0.0, float 0.0, float 0.0, float 0.0)
	%947 = extractvalue { float, float, float, float } %946, 0
	%948 = extractvalue { float, float, float, float } %946, 1
	%949 = extractvalue { float, float, float, float } %946, 2
	%950 = extractvalue { float, float, float, float } %946, 3
	%951 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %944, i32 %945, float 0.0, float 0.0, float 0.0, float 0.0)
	%952 = extractvalue { float, float, float, float } %951, 0
	%953 = extractvalue { float, float, float, float } %951, 1
	%954 = extractvalue { float, float, float, float } %951, 2
	%955 = extractvalue { float, float, float, float } %951, 3
	%956 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %942, i32 %943, float 0.0, float 0.0, float 0.0, float 0.0)
	%957 = extractvalue { float, float, float, float } %956, 0
	%958 = extractvalue { float, float, float, float } %956, 1
	%959 = extractvalue { float, float, float, float } %956, 2
	%960 = extractvalue { float, float, float, float } %956, 3
	%961 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %944, i32 %945, float 0.0, float 0.0, float 0.0, float 0.0)
	%962 = extractvalue { float, float, float, float } %961, 0
	%963 = extractvalue { float, float, float, float } %961, 1
	%964 = extractvalue { float, float, float, float } %961, 2
	%965 = extractvalue { float, float, float, float } %961, 3
	%966 = add i32 %913, u0x2000
	%967 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %966)
	%968 = extractvalue { i32, i32, i32, i32 } %967, 0
	%969 = extractvalue { i32, i32, i32, i32 } %967, 1
	%970 = extractvalue { i32, i32, i32, i32 } %967, 2
	%971 = extractvalue { i32, i32, i32, i32 } %967, 3
	%972 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %968, i32 %969, float 0.0, float 0.0, float 0.0, float 0.0)
	%973 = extractvalue { float, float, float, float } %972, 0
	%974 = extractvalue { float, float, float, float } %972, 1
	%975 = extractvalue { float, float, float, float } %972, 2
	%976 = extractvalue { float, float, float, float } %972, 3
	%977 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %970, i32 %971, float 0.0, float 0.0, float 0.0, float 0.0)
	%978 = extractvalue { float, float, float, float } %977, 0
	%979 = extractvalue { float, float, float, float } %977, 1
	%980 = extractvalue { float, float, float, float } %977, 2
	%981 = extractvalue { float, float, float, float } %977, 3
	%982 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %968, i32 %969, float 0.0, float 0.0, float 0.0, float 0.0)
	%983 = extractvalue { float, float, float, float } %982, 0
	%984 = extractvalue { float, float, float, float } %982, 1
	%985 = extractvalue { float, float, float, float } %982, 2
	%986 = extractvalue { float, float, float, float } %982, 3
	%987 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %970, i32 %971, float 0.0, float 0.0, float 0.0, float 0.0)
	%988 = extractvalue { float, float, float, float } %987, 0
	%989 = extractvalue { float, float, float, float } %987, 1
	%990 = extractvalue { float, float, float, float } %987, 2
	%991 = extractvalue { float, float, float, float } %987, 3
	%992 = add i32 %913, 12288
	%993 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %992)
	%994 = extractvalue { i32, i32, i32, i32 } %993, 0
	%995 = extractvalue { i32, i32, i32, i32 } %993, 1
	%996 = extractvalue { i32, i32, i32, i32 } %993, 2
	%997 = extractvalue { i32, i32, i32, i32 } %993, 3
	%998 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %994, i32 %995, float 0.0, float 0.0, float 0.0, float 0.0)
	%999 = extractvalue { float, float, float, float } %998, 0
	%1000 = extractvalue { float, float, float, float } %998, 1
	%1001 = extractvalue { float, float, float, float } %998, 2
	%1002 = extractvalue { float, float, float, float } %998, 3
	%1003 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %996, i32 %997, float 0.0, float 0.0, float 0.0, float 0.0)
	%1004 = extractvalue { float, float, float, float } %1003, 0
	%1005 = extractvalue { float, float, float, float } %1003, 1
	%1006 = extractvalue { float, float, float, float } %1003, 2
	%1007 = extractvalue { float, float, float, float } %1003, 3
	%1008 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %994, i32 %995, float 0.0, float 0.0, float 0.0, float 0.0)
	%1009 = extractvalue { float, float, float, float } %1008, 0
	%1010 = extractvalue { float, float, float, float } %1008, 1
	%1011 = extractvalue { float, float, float, float } %1008, 2
	%1012 = extractvalue { float, float, float, float } %1008, 3
	%1013 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %996, i32 %997, float 0.0, float 0.0, float 0.0, float 0.0)
	%1014 = extractvalue { float, float, float, float } %1013, 0
	%1015 = extractvalue { float, float, float, float } %1013, 1
	%1016 = extractvalue { float, float, float, float } %1013, 2
	%1017 = extractvalue { float, float, float, float } %1013, 3
	%1018 = xor i32 %912, 32
	%1019 = add i32 %1018, 0
	%1020 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1019)
	%1021 = extractvalue { i32, i32, i32, i32 } %1020, 0
	%1022 = extractvalue { i32, i32, i32, i32 } %1020, 1
	%1023 = extractvalue { i32, i32, i32, i32 } %1020, 2
	%1024 = extractvalue { i32, i32, i32, i32 } %1020, 3
	%1025 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1021, i32 %1022, float %921, float %922, float %923, float %924)
	%1026 = extractvalue { float, float, float, float } %1025, 0
	%1027 = extractvalue { float, float, float, float } %1025, 1
	%1028 = extractvalue { float, float, float, float } %1025, 2
	%1029 = extractvalue { float, float, float, float } %1025, 3
	%1030 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1023, i32 %1024, float %926, float %927, float %928, float %929)
	%1031 = extractvalue { float, float, float, float } %1030, 0
	%1032 = extractvalue { float, float, float, float } %1030, 1
	%1033 = extractvalue { float, float, float, float } %1030, 2
	%1034 = extractvalue { float, float, float, float } %1030, 3
	%1035 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1021, i32 %1022, float %931, float %932, float %933, float %934)
	%1036 = extractvalue { float, float, float, float } %1035, 0
	%1037 = extractvalue { float, float, float, float } %1035, 1
	%1038 = extractvalue { float, float, float, float } %1035, 2
	%1039 = extractvalue { float, float, float, float } %1035, 3
	%1040 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1023, i32 %1024, float %936, float %937, float %938, float %939)
	%1041 = extractvalue { float, float, float, float } %1040, 0
	%1042 = extractvalue { float, float, float, float } %1040, 1
	%1043 = extractvalue { float, float, float, float } %1040, 2
	%1044 = extractvalue { float, float, float, float } %1040, 3
	%1045 = add i32 %1018, u0x1000
	%1046 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1045)
	%1047 = extractvalue { i32, i32, i32, i32 } %1046, 0
	%1048 = extractvalue { i32, i32, i32, i32 } %1046, 1
	%1049 = extractvalue { i32, i32, i32, i32 } %1046, 2
	%1050 = extractvalue { i32, i32, i32, i32 } %1046, 3
	%1051 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1047, i32 %1048, float %947, float %948, float %949, float %950)
	%1052 = extractvalue { float, float, float, float } %1051, 0
	%1053 = extractvalue { float, float, float, float } %1051, 1
	%1054 = extractvalue { float, float, float, float } %1051, 2
	%1055 = extractvalue { float, float, float, float } %1051, 3
	%1056 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1049, i32 %1050, float %952, float %953, float %954, float %955)
	%1057 = extractvalue { float, float, float, float } %1056, 0
	%1058 = extractvalue { float, float, float, float } %1056, 1
	%1059 = extractvalue { float, float, float, float } %1056, 2
	%1060 = extractvalue { float, float, float, float } %1056, 3
	%1061 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1047, i32 %1048, float %957, float %958, float %959, float %960)
	%1062 = extractvalue { float, float, float, float } %1061, 0
	%1063 = extractvalue { float, float, float, float } %1061, 1
	%1064 = extractvalue { float, float, float, float } %1061, 2
	%1065 = extractvalue { float, float, float, float } %1061, 3
	%1066 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1049, i32 %1050, float %962, float %963, float %964, float %965)
	%1067 = extractvalue { float, float, float, float } %1066, 0
	%1068 = extractvalue { float, float, float, float } %1066, 1
	%1069 = extractvalue { float, float, float, float } %1066, 2
	%1070 = extractvalue { float, float, float, float } %1066, 3
	%1071 = add i32 %1018, u0x2000
	%1072 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1071)
	%1073 = extractvalue { i32, i32, i32, i32 } %1072, 0
	%1074 = extractvalue { i32, i32, i32, i32 } %1072, 1
	%1075 = extractvalue { i32, i32, i32, i32 } %1072, 2
	%1076 = extractvalue { i32, i32, i32, i32 } %1072, 3
	%1077 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1073, i32 %1074, float %973, float %974, float %975, float %976)
	%1078 = extractvalue { float, float, float, float } %1077, 0
	%1079 = extractvalue { float, float, float, float } %1077, 1
	%1080 = extractvalue { float, float, float, float } %1077, 2
	%1081 = extractvalue { float, float, float, float } %1077, 3
	%1082 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1075, i32 %1076, float %978, float %979, float %980, float %981)
	%1083 = extractvalue { float, float, float, float } %1082, 0
	%1084 = extractvalue { float, float, float, float } %1082, 1
	%1085 = extractvalue { float, float, float, float } %1082, 2
	%1086 = extractvalue { float, float, float, float } %1082, 3
	%1087 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1073, i32 %1074, float %983, float %984, float %985, float %986)
	%1088 = extractvalue { float, float, float, float } %1087, 0
	%1089 = extractvalue { float, float, float, float } %1087, 1
	%1090 = extractvalue { float, float, float, float } %1087, 2
	%1091 = extractvalue { float, float, float, float } %1087, 3
	%1092 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1075, i32 %1076, float %988, float %989, float %990, float %991)
	%1093 = extractvalue { float, float, float, float } %1092, 0
	%1094 = extractvalue { float, float, float, float } %1092, 1
	%1095 = extractvalue { float, float, float, float } %1092, 2
	%1096 = extractvalue { float, float, float, float } %1092, 3
	%1097 = add i32 %1018, 12288
	%1098 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1097)
	%1099 = extractvalue { i32, i32, i32, i32 } %1098, 0
	%1100 = extractvalue { i32, i32, i32, i32 } %1098, 1
	%1101 = extractvalue { i32, i32, i32, i32 } %1098, 2
	%1102 = extractvalue { i32, i32, i32, i32 } %1098, 3
	%1103 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1099, i32 %1100, float %999, float %1000, float %1001, float %1002)
	%1104 = extractvalue { float, float, float, float } %1103, 0
	%1105 = extractvalue { float, float, float, float } %1103, 1
	%1106 = extractvalue { float, float, float, float } %1103, 2
	%1107 = extractvalue { float, float, float, float } %1103, 3
	%1108 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1101, i32 %1102, float %1004, float %1005, float %1006, float %1007)
	%1109 = extractvalue { float, float, float, float } %1108, 0
	%1110 = extractvalue { float, float, float, float } %1108, 1
	%1111 = extractvalue { float, float, float, float } %1108, 2
	%1112 = extractvalue { float, float, float, float } %1108, 3
	%1113 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1099, i32 %1100, float %1009, float %1010, float %1011, float %1012)
	%1114 = extractvalue { float, float, float, float } %1113, 0
	%1115 = extractvalue { float, float, float, float } %1113, 1
	%1116 = extractvalue { float, float, float, float } %1113, 2
	%1117 = extractvalue { float, float, float, float } %1113, 3
	%1118 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1101, i32 %1102, float %1014, float %1015, float %1016, float %1017)
	%1119 = extractvalue { float, float, float, float } %1118, 0
	%1120 = extractvalue { float, float, float, float } %1118, 1
	%1121 = extractvalue { float, float, float, float } %1118, 2
	%1122 = extractvalue { float, float, float, float } %1118, 3
	%1123 = xor i32 %912, 64
	%1124 = add i32 %1123, 0
	%1125 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1124)
	%1126 = extractvalue { i32, i32, i32, i32 } %1125, 0
	%1127 = extractvalue { i32, i32, i32, i32 } %1125, 1
	%1128 = extractvalue { i32, i32, i32, i32 } %1125, 2
	%1129 = extractvalue { i32, i32, i32, i32 } %1125, 3
	%1130 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1126, i32 %1127, float %1026, float %1027, float %1028, float %1029)
	%1131 = extractvalue { float, float, float, float } %1130, 0
	%1132 = extractvalue { float, float, float, float } %1130, 1
	%1133 = extractvalue { float, float, float, float } %1130, 2
	%1134 = extractvalue { float, float, float, float } %1130, 3
	%1135 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1128, i32 %1129, float %1031, float %1032, float %1033, float %1034)
	%1136 = extractvalue { float, float, float, float } %1135, 0
	%1137 = extractvalue { float, float, float, float } %1135, 1
	%1138 = extractvalue { float, float, float, float } %1135, 2
	%1139 = extractvalue { float, float, float, float } %1135, 3
	%1140 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1126, i32 %1127, float %1036, float %1037, float %1038, float %1039)
	%1141 = extractvalue { float, float, float, float } %1140, 0
	%1142 = extractvalue { float, float, float, float } %1140, 1
	%1143 = extractvalue { float, float, float, float } %1140, 2
	%1144 = extractvalue { float, float, float, float } %1140, 3
	%1145 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1128, i32 %1129, float %1041, float %1042, float %1043, float %1044)
	%1146 = extractvalue { float, float, float, float } %1145, 0
	%1147 = extractvalue { float, float, float, float } %1145, 1
	%1148 = extractvalue { float, float, float, float } %1145, 2
	%1149 = extractvalue { float, float, float, float } %1145, 3
	%1150 = add i32 %1123, u0x1000
	%1151 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1150)
	%1152 = extractvalue { i32, i32, i32, i32 } %1151, 0
	%1153 = extractvalue { i32, i32, i32, i32 } %1151, 1
	%1154 = extractvalue { i32, i32, i32, i32 } %1151, 2
	%1155 = extractvalue { i32, i32, i32, i32 } %1151, 3
	%1156 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1152, i32 %1153, float %1052, float %1053, float %1054, float %1055)
	%1157 = extractvalue { float, float, float, float } %1156, 0
	%1158 = extractvalue { float, float, float, float } %1156, 1
	%1159 = extractvalue { float, float, float, float } %1156, 2
	%1160 = extractvalue { float, float, float, float } %1156, 3
	%1161 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1154, i32 %1155, float %1057, float %1058, float %1059, float %1060)
	%1162 = extractvalue { float, float, float, float } %1161, 0
	%1163 = extractvalue { float, float, float, float } %1161, 1
	%1164 = extractvalue { float, float, float, float } %1161, 2
	%1165 = extractvalue { float, float, float, float } %1161, 3
	%1166 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1152, i32 %1153, float %1062, float %1063, float %1064, float %1065)
	%1167 = extractvalue { float, float, float, float } %1166, 0
	%1168 = extractvalue { float, float, float, float } %1166, 1
	%1169 = extractvalue { float, float, float, float } %1166, 2
	%1170 = extractvalue { float, float, float, float } %1166, 3
	%1171 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1154, i32 %1155, float %1067, float %1068, float %1069, float %1070)
	%1172 = extractvalue { float, float, float, float } %1171, 0
	%1173 = extractvalue { float, float, float, float } %1171, 1
	%1174 = extractvalue { float, float, float, float } %1171, 2
	%1175 = extractvalue { float, float, float, float } %1171, 3
	%1176 = add i32 %1123, u0x2000
	%1177 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1176)
	%1178 = extractvalue { i32, i32, i32, i32 } %1177, 0
	%1179 = extractvalue { i32, i32, i32, i32 } %1177, 1
	%1180 = extractvalue { i32, i32, i32, i32 } %1177, 2
	%1181 = extractvalue { i32, i32, i32, i32 } %1177, 3
	%1182 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1178, i32 %1179, float %1078, float %1079, float %1080, float %1081)
	%1183 = extractvalue { float, float, float, float } %1182, 0
	%1184 = extractvalue { float, float, float, float } %1182, 1
	%1185 = extractvalue { float, float, float, float } %1182, 2
	%1186 = extractvalue { float, float, float, float } %1182, 3
	%1187 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1180, i32 %1181, float %1083, float %1084, float %1085, float %1086)
	%1188 = extractvalue { float, float, float, float } %1187, 0
	%1189 = extractvalue { float, float, float, float } %1187, 1
	%1190 = extractvalue { float, float, float, float } %1187, 2
	%1191 = extractvalue { float, float, float, float } %1187, 3
	%1192 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1178, i32 %1179, float %1088, float %1089, float %1090, float %1091)
	%1193 = extractvalue { float, float, float, float } %1192, 0
	%1194 = extractvalue { float, float, float, float } %1192, 1
	%1195 = extractvalue { float, float, float, float } %1192, 2
	%1196 = extractvalue { float, float, float, float } %1192, 3
	%1197 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1180, i32 %1181, float %1093, float %1094, float %1095, float %1096)
	%1198 = extractvalue { float, float, float, float } %1197, 0
	%1199 = extractvalue { float, float, float, float } %1197, 1
	%1200 = extractvalue { float, float, float, float } %1197, 2
	%1201 = extractvalue { float, float, float, float } %1197, 3
	%1202 = add i32 %1123, 12288
	%1203 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1202)
	%1204 = extractvalue { i32, i32, i32, i32 } %1203, 0
	%1205 = extractvalue { i32, i32, i32, i32 } %1203, 1
	%1206 = extractvalue { i32, i32, i32, i32 } %1203, 2
	%1207 = extractvalue { i32, i32, i32, i32 } %1203, 3
	%1208 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1204, i32 %1205, float %1104, float %1105, float %1106, float %1107)
	%1209 = extractvalue { float, float, float, float } %1208, 0
	%1210 = extractvalue { float, float, float, float } %1208, 1
	%1211 = extractvalue { float, float, float, float } %1208, 2
	%1212 = extractvalue { float, float, float, float } %1208, 3
	%1213 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1206, i32 %1207, float %1109, float %1110, float %1111, float %1112)
	%1214 = extractvalue { float, float, float, float } %1213, 0
	%1215 = extractvalue { float, float, float, float } %1213, 1
	%1216 = extractvalue { float, float, float, float } %1213, 2
	%1217 = extractvalue { float, float, float, float } %1213, 3
	%1218 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1204, i32 %1205, float %1114, float %1115, float %1116, float %1117)
	%1219 = extractvalue { float, float, float, float } %1218, 0
	%1220 = extractvalue { float, float, float, float } %1218, 1
	%1221 = extractvalue { float, float, float, float } %1218, 2
	%1222 = extractvalue { float, float, float, float } %1218, 3
	%1223 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1206, i32 %1207, float %1119, float %1120, float %1121, float %1122)
	%1224 = extractvalue { float, float, float, float } %1223, 0
	%1225 = extractvalue { float, float, float, float } %1223, 1
	%1226 = extractvalue { float, float, float, float } %1223, 2
	%1227 = extractvalue { float, float, float, float } %1223, 3
	%1228 = xor i32 %912, 96
	%1229 = add i32 %1228, 0
	%1230 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1229)
	%1231 = extractvalue { i32, i32, i32, i32 } %1230, 0
	%1232 = extractvalue { i32, i32, i32, i32 } %1230, 1
	%1233 = extractvalue { i32, i32, i32, i32 } %1230, 2
	%1234 = extractvalue { i32, i32, i32, i32 } %1230, 3
	%1235 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1231, i32 %1232, float %1131, float %1132, float %1133, float %1134)
	%1236 = extractvalue { float, float, float, float } %1235, 0
	%1237 = extractvalue { float, float, float, float } %1235, 1
	%1238 = extractvalue { float, float, float, float } %1235, 2
	%1239 = extractvalue { float, float, float, float } %1235, 3
	%1240 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1233, i32 %1234, float %1136, float %1137, float %1138, float %1139)
	%1241 = extractvalue { float, float, float, float } %1240, 0
	%1242 = extractvalue { float, float, float, float } %1240, 1
	%1243 = extractvalue { float, float, float, float } %1240, 2
	%1244 = extractvalue { float, float, float, float } %1240, 3
	%1245 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1231, i32 %1232, float %1141, float %1142, float %1143, float %1144)
	%1246 = extractvalue { float, float, float, float } %1245, 0
	%1247 = extractvalue { float, float, float, float } %1245, 1
	%1248 = extractvalue { float, float, float, float } %1245, 2
	%1249 = extractvalue { float, float, float, float } %1245, 3
	%1250 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1233, i32 %1234, float %1146, float %1147, float %1148, float %1149)
	%1251 = extractvalue { float, float, float, float } %1250, 0
	%1252 = extractvalue { float, float, float, float } %1250, 1
	%1253 = extractvalue { float, float, float, float } %1250, 2
	%1254 = extractvalue { float, float, float, float } %1250, 3
	%1255 = add i32 %1228, u0x1000
	%1256 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1255)
	%1257 = extractvalue { i32, i32, i32, i32 } %1256, 0
	%1258 = extractvalue { i32, i32, i32, i32 } %1256, 1
	%1259 = extractvalue { i32, i32, i32, i32 } %1256, 2
	%1260 = extractvalue { i32, i32, i32, i32 } %1256, 3
	%1261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1257, i32 %1258, float %1157, float %1158, float %1159, float %1160)
	%1262 = extractvalue { float, float, float, float } %1261, 0
	%1263 = extractvalue { float, float, float, float } %1261, 1
	%1264 = extractvalue { float, float, float, float } %1261, 2
	%1265 = extractvalue { float, float, float, float } %1261, 3
	%1266 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1259, i32 %1260, float %1162, float %1163, float %1164, float %1165)
	%1267 = extractvalue { float, float, float, float } %1266, 0
	%1268 = extractvalue { float, float, float, float } %1266, 1
	%1269 = extractvalue { float, float, float, float } %1266, 2
	%1270 = extractvalue { float, float, float, float } %1266, 3
	%1271 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1257, i32 %1258, float %1167, float %1168, float %1169, float %1170)
	%1272 = extractvalue { float, float, float, float } %1271, 0
	%1273 = extractvalue { float, float, float, float } %1271, 1
	%1274 = extractvalue { float, float, float, float } %1271, 2
	%1275 = extractvalue { float, float, float, float } %1271, 3
	%1276 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1259, i32 %1260, float %1172, float %1173, float %1174, float %1175)
	%1277 = extractvalue { float, float, float, float } %1276, 0
	%1278 = extractvalue { float, float, float, float } %1276, 1
	%1279 = extractvalue { float, float, float, float } %1276, 2
	%1280 = extractvalue { float, float, float, float } %1276, 3
	%1281 = add i32 %1228, u0x2000
	%1282 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1281)
	%1283 = extractvalue { i32, i32, i32, i32 } %1282, 0
	%1284 = extractvalue { i32, i32, i32, i32 } %1282, 1
	%1285 = extractvalue { i32, i32, i32, i32 } %1282, 2
	%1286 = extractvalue { i32, i32, i32, i32 } %1282, 3
	%1287 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1283, i32 %1284, float %1183, float %1184, float %1185, float %1186)
	%1288 = extractvalue { float, float, float, float } %1287, 0
	%1289 = extractvalue { float, float, float, float } %1287, 1
	%1290 = extractvalue { float, float, float, float } %1287, 2
	%1291 = extractvalue { float, float, float, float } %1287, 3
	%1292 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1285, i32 %1286, float %1188, float %1189, float %1190, float %1191)
	%1293 = extractvalue { float, float, float, float } %1292, 0
	%1294 = extractvalue { float, float, float, float } %1292, 1
	%1295 = extractvalue { float, float, float, float } %1292, 2
	%1296 = extractvalue { float, float, float, float } %1292, 3
	%1297 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1283, i32 %1284, float %1193, float %1194, float %1195, float %1196)
	%1298 = extractvalue { float, float, float, float } %1297, 0
	%1299 = extractvalue { float, float, float, float } %1297, 1
	%1300 = extractvalue { float, float, float, float } %1297, 2
	%1301 = extractvalue { float, float, float, float } %1297, 3
	%1302 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1285, i32 %1286, float %1198, float %1199, float %1200, float %1201)
	%1303 = extractvalue { float, float, float, float } %1302, 0
	%1304 = extractvalue { float, float, float, float } %1302, 1
	%1305 = extractvalue { float, float, float, float } %1302, 2
	%1306 = extractvalue { float, float, float, float } %1302, 3
	%1307 = add i32 %1228, 12288
	%1308 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1307)
	%1309 = extractvalue { i32, i32, i32, i32 } %1308, 0
	%1310 = extractvalue { i32, i32, i32, i32 } %1308, 1
	%1311 = extractvalue { i32, i32, i32, i32 } %1308, 2
	%1312 = extractvalue { i32, i32, i32, i32 } %1308, 3
	%1313 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1309, i32 %1310, float %1209, float %1210, float %1211, float %1212)
	%1314 = extractvalue { float, float, float, float } %1313, 0
	%1315 = extractvalue { float, float, float, float } %1313, 1
	%1316 = extractvalue { float, float, float, float } %1313, 2
	%1317 = extractvalue { float, float, float, float } %1313, 3
	%1318 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1311, i32 %1312, float %1214, float %1215, float %1216, float %1217)
	%1319 = extractvalue { float, float, float, float } %1318, 0
	%1320 = extractvalue { float, float, float, float } %1318, 1
	%1321 = extractvalue { float, float, float, float } %1318, 2
	%1322 = extractvalue { float, float, float, float } %1318, 3
	%1323 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1309, i32 %1310, float %1219, float %1220, float %1221, float %1222)
	%1324 = extractvalue { float, float, float, float } %1323, 0
	%1325 = extractvalue { float, float, float, float } %1323, 1
	%1326 = extractvalue { float, float, float, float } %1323, 2
	%1327 = extractvalue { float, float, float, float } %1323, 3
	%1328 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1311, i32 %1312, float %1224, float %1225, float %1226, float %1227)
	%1329 = extractvalue { float, float, float, float } %1328, 0
	%1330 = extractvalue { float, float, float, float } %1328, 1
	%1331 = extractvalue { float, float, float, float } %1328, 2
	%1332 = extractvalue { float, float, float, float } %1328, 3
	%1333 = xor i32 %912, 128
	%1334 = add i32 %1333, 0
	%1335 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1334)
	%1336 = extractvalue { i32, i32, i32, i32 } %1335, 0
	%1337 = extractvalue { i32, i32, i32, i32 } %1335, 1
	%1338 = extractvalue { i32, i32, i32, i32 } %1335, 2
	%1339 = extractvalue { i32, i32, i32, i32 } %1335, 3
	%1340 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1336, i32 %1337, float %1236, float %1237, float %1238, float %1239)
	%1341 = extractvalue { float, float, float, float } %1340, 0
	%1342 = extractvalue { float, float, float, float } %1340, 1
	%1343 = extractvalue { float, float, float, float } %1340, 2
	%1344 = extractvalue { float, float, float, float } %1340, 3
	%1345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1338, i32 %1339, float %1241, float %1242, float %1243, float %1244)
	%1346 = extractvalue { float, float, float, float } %1345, 0
	%1347 = extractvalue { float, float, float, float } %1345, 1
	%1348 = extractvalue { float, float, float, float } %1345, 2
	%1349 = extractvalue { float, float, float, float } %1345, 3
	%1350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1336, i32 %1337, float %1246, float %1247, float %1248, float %1249)
	%1351 = extractvalue { float, float, float, float } %1350, 0
	%1352 = extractvalue { float, float, float, float } %1350, 1
	%1353 = extractvalue { float, float, float, float } %1350, 2
	%1354 = extractvalue { float, float, float, float } %1350, 3
	%1355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1338, i32 %1339, float %1251, float %1252, float %1253, float %1254)
	%1356 = extractvalue { float, float, float, float } %1355, 0
	%1357 = extractvalue { float, float, float, float } %1355, 1
	%1358 = extractvalue { float, float, float, float } %1355, 2
	%1359 = extractvalue { float, float, float, float } %1355, 3
	%1360 = add i32 %1333, u0x1000
	%1361 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1360)
	%1362 = extractvalue { i32, i32, i32, i32 } %1361, 0
	%1363 = extractvalue { i32, i32, i32, i32 } %1361, 1
	%1364 = extractvalue { i32, i32, i32, i32 } %1361, 2
	%1365 = extractvalue { i32, i32, i32, i32 } %1361, 3
	%1366 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1362, i32 %1363, float %1262, float %1263, float %1264, float %1265)
	%1367 = extractvalue { float, float, float, float } %1366, 0
	%1368 = extractvalue { float, float, float, float } %1366, 1
	%1369 = extractvalue { float, float, float, float } %1366, 2
	%1370 = extractvalue { float, float, float, float } %1366, 3
	%1371 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1364, i32 %1365, float %1267, float %1268, float %1269, float %1270)
	%1372 = extractvalue { float, float, float, float } %1371, 0
	%1373 = extractvalue { float, float, float, float } %1371, 1
	%1374 = extractvalue { float, float, float, float } %1371, 2
	%1375 = extractvalue { float, float, float, float } %1371, 3
	%1376 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1362, i32 %1363, float %1272, float %1273, float %1274, float %1275)
	%1377 = extractvalue { float, float, float, float } %1376, 0
	%1378 = extractvalue { float, float, float, float } %1376, 1
	%1379 = extractvalue { float, float, float, float } %1376, 2
	%1380 = extractvalue { float, float, float, float } %1376, 3
	%1381 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1364, i32 %1365, float %1277, float %1278, float %1279, float %1280)
	%1382 = extractvalue { float, float, float, float } %1381, 0
	%1383 = extractvalue { float, float, float, float } %1381, 1
	%1384 = extractvalue { float, float, float, float } %1381, 2
	%1385 = extractvalue { float, float, float, float } %1381, 3
	%1386 = add i32 %1333, u0x2000
	%1387 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1386)
	%1388 = extractvalue { i32, i32, i32, i32 } %1387, 0
	%1389 = extractvalue { i32, i32, i32, i32 } %1387, 1
	%1390 = extractvalue { i32, i32, i32, i32 } %1387, 2
	%1391 = extractvalue { i32, i32, i32, i32 } %1387, 3
	%1392 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1388, i32 %1389, float %1288, float %1289, float %1290, float %1291)
	%1393 = extractvalue { float, float, float, float } %1392, 0
	%1394 = extractvalue { float, float, float, float } %1392, 1
	%1395 = extractvalue { float, float, float, float } %1392, 2
	%1396 = extractvalue { float, float, float, float } %1392, 3
	%1397 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1390, i32 %1391, float %1293, float %1294, float %1295, float %1296)
	%1398 = extractvalue { float, float, float, float } %1397, 0
	%1399 = extractvalue { float, float, float, float } %1397, 1
	%1400 = extractvalue { float, float, float, float } %1397, 2
	%1401 = extractvalue { float, float, float, float } %1397, 3
	%1402 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1388, i32 %1389, float %1298, float %1299, float %1300, float %1301)
	%1403 = extractvalue { float, float, float, float } %1402, 0
	%1404 = extractvalue { float, float, float, float } %1402, 1
	%1405 = extractvalue { float, float, float, float } %1402, 2
	%1406 = extractvalue { float, float, float, float } %1402, 3
	%1407 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1390, i32 %1391, float %1303, float %1304, float %1305, float %1306)
	%1408 = extractvalue { float, float, float, float } %1407, 0
	%1409 = extractvalue { float, float, float, float } %1407, 1
	%1410 = extractvalue { float, float, float, float } %1407, 2
	%1411 = extractvalue { float, float, float, float } %1407, 3
	%1412 = add i32 %1333, 12288
	%1413 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1412)
	%1414 = extractvalue { i32, i32, i32, i32 } %1413, 0
	%1415 = extractvalue { i32, i32, i32, i32 } %1413, 1
	%1416 = extractvalue { i32, i32, i32, i32 } %1413, 2
	%1417 = extractvalue { i32, i32, i32, i32 } %1413, 3
	%1418 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1414, i32 %1415, float %1314, float %1315, float %1316, float %1317)
	%1419 = extractvalue { float, float, float, float } %1418, 0
	%1420 = extractvalue { float, float, float, float } %1418, 1
	%1421 = extractvalue { float, float, float, float } %1418, 2
	%1422 = extractvalue { float, float, float, float } %1418, 3
	%1423 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1416, i32 %1417, float %1319, float %1320, float %1321, float %1322)
	%1424 = extractvalue { float, float, float, float } %1423, 0
	%1425 = extractvalue { float, float, float, float } %1423, 1
	%1426 = extractvalue { float, float, float, float } %1423, 2
	%1427 = extractvalue { float, float, float, float } %1423, 3
	%1428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1414, i32 %1415, float %1324, float %1325, float %1326, float %1327)
	%1429 = extractvalue { float, float, float, float } %1428, 0
	%1430 = extractvalue { float, float, float, float } %1428, 1
	%1431 = extractvalue { float, float, float, float } %1428, 2
	%1432 = extractvalue { float, float, float, float } %1428, 3
	%1433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1416, i32 %1417, float %1329, float %1330, float %1331, float %1332)
	%1434 = extractvalue { float, float, float, float } %1433, 0
	%1435 = extractvalue { float, float, float, float } %1433, 1
	%1436 = extractvalue { float, float, float, float } %1433, 2
	%1437 = extractvalue { float, float, float, float } %1433, 3
	%1438 = xor i32 %912, 160
	%1439 = add i32 %1438, 0
	%1440 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1439)
	%1441 = extractvalue { i32, i32, i32, i32 } %1440, 0
	%1442 = extractvalue { i32, i32, i32, i32 } %1440, 1
	%1443 = extractvalue { i32, i32, i32, i32 } %1440, 2
	%1444 = extractvalue { i32, i32, i32, i32 } %1440, 3
	%1445 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1441, i32 %1442, float %1341, float %1342, float %1343, float %1344)
	%1446 = extractvalue { float, float, float, float } %1445, 0
	%1447 = extractvalue { float, float, float, float } %1445, 1
	%1448 = extractvalue { float, float, float, float } %1445, 2
	%1449 = extractvalue { float, float, float, float } %1445, 3
	%1450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1443, i32 %1444, float %1346, float %1347, float %1348, float %1349)
	%1451 = extractvalue { float, float, float, float } %1450, 0
	%1452 = extractvalue { float, float, float, float } %1450, 1
	%1453 = extractvalue { float, float, float, float } %1450, 2
	%1454 = extractvalue { float, float, float, float } %1450, 3
	%1455 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1441, i32 %1442, float %1351, float %1352, float %1353, float %1354)
	%1456 = extractvalue { float, float, float, float } %1455, 0
	%1457 = extractvalue { float, float, float, float } %1455, 1
	%1458 = extractvalue { float, float, float, float } %1455, 2
	%1459 = extractvalue { float, float, float, float } %1455, 3
	%1460 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1443, i32 %1444, float %1356, float %1357, float %1358, float %1359)
	%1461 = extractvalue { float, float, float, float } %1460, 0
	%1462 = extractvalue { float, float, float, float } %1460, 1
	%1463 = extractvalue { float, float, float, float } %1460, 2
	%1464 = extractvalue { float, float, float, float } %1460, 3
	%1465 = add i32 %1438, u0x1000
	%1466 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1465)
	%1467 = extractvalue { i32, i32, i32, i32 } %1466, 0
	%1468 = extractvalue { i32, i32, i32, i32 } %1466, 1
	%1469 = extractvalue { i32, i32, i32, i32 } %1466, 2
	%1470 = extractvalue { i32, i32, i32, i32 } %1466, 3
	%1471 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1467, i32 %1468, float %1367, float %1368, float %1369, float %1370)
	%1472 = extractvalue { float, float, float, float } %1471, 0
	%1473 = extractvalue { float, float, float, float } %1471, 1
	%1474 = extractvalue { float, float, float, float } %1471, 2
	%1475 = extractvalue { float, float, float, float } %1471, 3
	%1476 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1469, i32 %1470, float %1372, float %1373, float %1374, float %1375)
	%1477 = extractvalue { float, float, float, float } %1476, 0
	%1478 = extractvalue { float, float, float, float } %1476, 1
	%1479 = extractvalue { float, float, float, float } %1476, 2
	%1480 = extractvalue { float, float, float, float } %1476, 3
	%1481 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1467, i32 %1468, float %1377, float %1378, float %1379, float %1380)
	%1482 = extractvalue { float, float, float, float } %1481, 0
	%1483 = extractvalue { float, float, float, float } %1481, 1
	%1484 = extractvalue { float, float, float, float } %1481, 2
	%1485 = extractvalue { float, float, float, float } %1481, 3
	%1486 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1469, i32 %1470, float %1382, float %1383, float %1384, float %1385)
	%1487 = extractvalue { float, float, float, float } %1486, 0
	%1488 = extractvalue { float, float, float, float } %1486, 1
	%1489 = extractvalue { float, float, float, float } %1486, 2
	%1490 = extractvalue { float, float, float, float } %1486, 3
	%1491 = add i32 %1438, u0x2000
	%1492 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1491)
	%1493 = extractvalue { i32, i32, i32, i32 } %1492, 0
	%1494 = extractvalue { i32, i32, i32, i32 } %1492, 1
	%1495 = extractvalue { i32, i32, i32, i32 } %1492, 2
	%1496 = extractvalue { i32, i32, i32, i32 } %1492, 3
	%1497 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1493, i32 %1494, float %1393, float %1394, float %1395, float %1396)
	%1498 = extractvalue { float, float, float, float } %1497, 0
	%1499 = extractvalue { float, float, float, float } %1497, 1
	%1500 = extractvalue { float, float, float, float } %1497, 2
	%1501 = extractvalue { float, float, float, float } %1497, 3
	%1502 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1495, i32 %1496, float %1398, float %1399, float %1400, float %1401)
	%1503 = extractvalue { float, float, float, float } %1502, 0
	%1504 = extractvalue { float, float, float, float } %1502, 1
	%1505 = extractvalue { float, float, float, float } %1502, 2
	%1506 = extractvalue { float, float, float, float } %1502, 3
	%1507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1493, i32 %1494, float %1403, float %1404, float %1405, float %1406)
	%1508 = extractvalue { float, float, float, float } %1507, 0
	%1509 = extractvalue { float, float, float, float } %1507, 1
	%1510 = extractvalue { float, float, float, float } %1507, 2
	%1511 = extractvalue { float, float, float, float } %1507, 3
	%1512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1495, i32 %1496, float %1408, float %1409, float %1410, float %1411)
	%1513 = extractvalue { float, float, float, float } %1512, 0
	%1514 = extractvalue { float, float, float, float } %1512, 1
	%1515 = extractvalue { float, float, float, float } %1512, 2
	%1516 = extractvalue { float, float, float, float } %1512, 3
	%1517 = add i32 %1438, 12288
	%1518 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1517)
	%1519 = extractvalue { i32, i32, i32, i32 } %1518, 0
	%1520 = extractvalue { i32, i32, i32, i32 } %1518, 1
	%1521 = extractvalue { i32, i32, i32, i32 } %1518, 2
	%1522 = extractvalue { i32, i32, i32, i32 } %1518, 3
	%1523 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1519, i32 %1520, float %1419, float %1420, float %1421, float %1422)
	%1524 = extractvalue { float, float, float, float } %1523, 0
	%1525 = extractvalue { float, float, float, float } %1523, 1
	%1526 = extractvalue { float, float, float, float } %1523, 2
	%1527 = extractvalue { float, float, float, float } %1523, 3
	%1528 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1521, i32 %1522, float %1424, float %1425, float %1426, float %1427)
	%1529 = extractvalue { float, float, float, float } %1528, 0
	%1530 = extractvalue { float, float, float, float } %1528, 1
	%1531 = extractvalue { float, float, float, float } %1528, 2
	%1532 = extractvalue { float, float, float, float } %1528, 3
	%1533 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1519, i32 %1520, float %1429, float %1430, float %1431, float %1432)
	%1534 = extractvalue { float, float, float, float } %1533, 0
	%1535 = extractvalue { float, float, float, float } %1533, 1
	%1536 = extractvalue { float, float, float, float } %1533, 2
	%1537 = extractvalue { float, float, float, float } %1533, 3
	%1538 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1521, i32 %1522, float %1434, float %1435, float %1436, float %1437)
	%1539 = extractvalue { float, float, float, float } %1538, 0
	%1540 = extractvalue { float, float, float, float } %1538, 1
	%1541 = extractvalue { float, float, float, float } %1538, 2
	%1542 = extractvalue { float, float, float, float } %1538, 3
	%1543 = xor i32 %912, 192
	%1544 = add i32 %1543, 0
	%1545 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1544)
	%1546 = extractvalue { i32, i32, i32, i32 } %1545, 0
	%1547 = extractvalue { i32, i32, i32, i32 } %1545, 1
	%1548 = extractvalue { i32, i32, i32, i32 } %1545, 2
	%1549 = extractvalue { i32, i32, i32, i32 } %1545, 3
	%1550 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1546, i32 %1547, float %1446, float %1447, float %1448, float %1449)
	%1551 = extractvalue { float, float, float, float } %1550, 0
	%1552 = extractvalue { float, float, float, float } %1550, 1
	%1553 = extractvalue { float, float, float, float } %1550, 2
	%1554 = extractvalue { float, float, float, float } %1550, 3
	%1555 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1548, i32 %1549, float %1451, float %1452, float %1453, float %1454)
	%1556 = extractvalue { float, float, float, float } %1555, 0
	%1557 = extractvalue { float, float, float, float } %1555, 1
	%1558 = extractvalue { float, float, float, float } %1555, 2
	%1559 = extractvalue { float, float, float, float } %1555, 3
	%1560 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1546, i32 %1547, float %1456, float %1457, float %1458, float %1459)
	%1561 = extractvalue { float, float, float, float } %1560, 0
	%1562 = extractvalue { float, float, float, float } %1560, 1
	%1563 = extractvalue { float, float, float, float } %1560, 2
	%1564 = extractvalue { float, float, float, float } %1560, 3
	%1565 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1548, i32 %1549, float %1461, float %1462, float %1463, float %1464)
	%1566 = extractvalue { float, float, float, float } %1565, 0
	%1567 = extractvalue { float, float, float, float } %1565, 1
	%1568 = extractvalue { float, float, float, float } %1565, 2
	%1569 = extractvalue { float, float, float, float } %1565, 3
	%1570 = add i32 %1543, u0x1000
	%1571 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1570)
	%1572 = extractvalue { i32, i32, i32, i32 } %1571, 0
	%1573 = extractvalue { i32, i32, i32, i32 } %1571, 1
	%1574 = extractvalue { i32, i32, i32, i32 } %1571, 2
	%1575 = extractvalue { i32, i32, i32, i32 } %1571, 3
	%1576 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1572, i32 %1573, float %1472, float %1473, float %1474, float %1475)
	%1577 = extractvalue { float, float, float, float } %1576, 0
	%1578 = extractvalue { float, float, float, float } %1576, 1
	%1579 = extractvalue { float, float, float, float } %1576, 2
	%1580 = extractvalue { float, float, float, float } %1576, 3
	%1581 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1574, i32 %1575, float %1477, float %1478, float %1479, float %1480)
	%1582 = extractvalue { float, float, float, float } %1581, 0
	%1583 = extractvalue { float, float, float, float } %1581, 1
	%1584 = extractvalue { float, float, float, float } %1581, 2
	%1585 = extractvalue { float, float, float, float } %1581, 3
	%1586 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1572, i32 %1573, float %1482, float %1483, float %1484, float %1485)
	%1587 = extractvalue { float, float, float, float } %1586, 0
	%1588 = extractvalue { float, float, float, float } %1586, 1
	%1589 = extractvalue { float, float, float, float } %1586, 2
	%1590 = extractvalue { float, float, float, float } %1586, 3
	%1591 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1574, i32 %1575, float %1487, float %1488, float %1489, float %1490)
	%1592 = extractvalue { float, float, float, float } %1591, 0
	%1593 = extractvalue { float, float, float, float } %1591, 1
	%1594 = extractvalue { float, float, float, float } %1591, 2
	%1595 = extractvalue { float, float, float, float } %1591, 3
	%1596 = add i32 %1543, u0x2000
	%1597 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1596)
	%1598 = extractvalue { i32, i32, i32, i32 } %1597, 0
	%1599 = extractvalue { i32, i32, i32, i32 } %1597, 1
	%1600 = extractvalue { i32, i32, i32, i32 } %1597, 2
	%1601 = extractvalue { i32, i32, i32, i32 } %1597, 3
	%1602 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1598, i32 %1599, float %1498, float %1499, float %1500, float %1501)
	%1603 = extractvalue { float, float, float, float } %1602, 0
	%1604 = extractvalue { float, float, float, float } %1602, 1
	%1605 = extractvalue { float, float, float, float } %1602, 2
	%1606 = extractvalue { float, float, float, float } %1602, 3
	%1607 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1600, i32 %1601, float %1503, float %1504, float %1505, float %1506)
	%1608 = extractvalue { float, float, float, float } %1607, 0
	%1609 = extractvalue { float, float, float, float } %1607, 1
	%1610 = extractvalue { float, float, float, float } %1607, 2
	%1611 = extractvalue { float, float, float, float } %1607, 3
	%1612 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1598, i32 %1599, float %1508, float %1509, float %1510, float %1511)
	%1613 = extractvalue { float, float, float, float } %1612, 0
	%1614 = extractvalue { float, float, float, float } %1612, 1
	%1615 = extractvalue { float, float, float, float } %1612, 2
	%1616 = extractvalue { float, float, float, float } %1612, 3
	%1617 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1600, i32 %1601, float %1513, float %1514, float %1515, float %1516)
	%1618 = extractvalue { float, float, float, float } %1617, 0
	%1619 = extractvalue { float, float, float, float } %1617, 1
	%1620 = extractvalue { float, float, float, float } %1617, 2
	%1621 = extractvalue { float, float, float, float } %1617, 3
	%1622 = add i32 %1543, 12288
	%1623 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1622)
	%1624 = extractvalue { i32, i32, i32, i32 } %1623, 0
	%1625 = extractvalue { i32, i32, i32, i32 } %1623, 1
	%1626 = extractvalue { i32, i32, i32, i32 } %1623, 2
	%1627 = extractvalue { i32, i32, i32, i32 } %1623, 3
	%1628 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1624, i32 %1625, float %1524, float %1525, float %1526, float %1527)
	%1629 = extractvalue { float, float, float, float } %1628, 0
	%1630 = extractvalue { float, float, float, float } %1628, 1
	%1631 = extractvalue { float, float, float, float } %1628, 2
	%1632 = extractvalue { float, float, float, float } %1628, 3
	%1633 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1626, i32 %1627, float %1529, float %1530, float %1531, float %1532)
	%1634 = extractvalue { float, float, float, float } %1633, 0
	%1635 = extractvalue { float, float, float, float } %1633, 1
	%1636 = extractvalue { float, float, float, float } %1633, 2
	%1637 = extractvalue { float, float, float, float } %1633, 3
	%1638 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1624, i32 %1625, float %1534, float %1535, float %1536, float %1537)
	%1639 = extractvalue { float, float, float, float } %1638, 0
	%1640 = extractvalue { float, float, float, float } %1638, 1
	%1641 = extractvalue { float, float, float, float } %1638, 2
	%1642 = extractvalue { float, float, float, float } %1638, 3
	%1643 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1626, i32 %1627, float %1539, float %1540, float %1541, float %1542)
	%1644 = extractvalue { float, float, float, float } %1643, 0
	%1645 = extractvalue { float, float, float, float } %1643, 1
	%1646 = extractvalue { float, float, float, float } %1643, 2
	%1647 = extractvalue { float, float, float, float } %1643, 3
	%1648 = xor i32 %912, 224
	%1649 = add i32 %1648, 0
	%1650 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1649)
	%1651 = extractvalue { i32, i32, i32, i32 } %1650, 0
	%1652 = extractvalue { i32, i32, i32, i32 } %1650, 1
	%1653 = extractvalue { i32, i32, i32, i32 } %1650, 2
	%1654 = extractvalue { i32, i32, i32, i32 } %1650, 3
	%1655 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1651, i32 %1652, float %1551, float %1552, float %1553, float %1554)
	%1656 = extractvalue { float, float, float, float } %1655, 0
	%1657 = extractvalue { float, float, float, float } %1655, 1
	%1658 = extractvalue { float, float, float, float } %1655, 2
	%1659 = extractvalue { float, float, float, float } %1655, 3
	%1660 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1653, i32 %1654, float %1556, float %1557, float %1558, float %1559)
	%1661 = extractvalue { float, float, float, float } %1660, 0
	%1662 = extractvalue { float, float, float, float } %1660, 1
	%1663 = extractvalue { float, float, float, float } %1660, 2
	%1664 = extractvalue { float, float, float, float } %1660, 3
	%1665 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1651, i32 %1652, float %1561, float %1562, float %1563, float %1564)
	%1666 = extractvalue { float, float, float, float } %1665, 0
	%1667 = extractvalue { float, float, float, float } %1665, 1
	%1668 = extractvalue { float, float, float, float } %1665, 2
	%1669 = extractvalue { float, float, float, float } %1665, 3
	%1670 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1653, i32 %1654, float %1566, float %1567, float %1568, float %1569)
	%1671 = extractvalue { float, float, float, float } %1670, 0
	%1672 = extractvalue { float, float, float, float } %1670, 1
	%1673 = extractvalue { float, float, float, float } %1670, 2
	%1674 = extractvalue { float, float, float, float } %1670, 3
	%1675 = add i32 %1648, u0x1000
	%1676 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1675)
	%1677 = extractvalue { i32, i32, i32, i32 } %1676, 0
	%1678 = extractvalue { i32, i32, i32, i32 } %1676, 1
	%1679 = extractvalue { i32, i32, i32, i32 } %1676, 2
	%1680 = extractvalue { i32, i32, i32, i32 } %1676, 3
	%1681 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1677, i32 %1678, float %1577, float %1578, float %1579, float %1580)
	%1682 = extractvalue { float, float, float, float } %1681, 0
	%1683 = extractvalue { float, float, float, float } %1681, 1
	%1684 = extractvalue { float, float, float, float } %1681, 2
	%1685 = extractvalue { float, float, float, float } %1681, 3
	%1686 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1679, i32 %1680, float %1582, float %1583, float %1584, float %1585)
	%1687 = extractvalue { float, float, float, float } %1686, 0
	%1688 = extractvalue { float, float, float, float } %1686, 1
	%1689 = extractvalue { float, float, float, float } %1686, 2
	%1690 = extractvalue { float, float, float, float } %1686, 3
	%1691 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1677, i32 %1678, float %1587, float %1588, float %1589, float %1590)
	%1692 = extractvalue { float, float, float, float } %1691, 0
	%1693 = extractvalue { float, float, float, float } %1691, 1
	%1694 = extractvalue { float, float, float, float } %1691, 2
	%1695 = extractvalue { float, float, float, float } %1691, 3
	%1696 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1679, i32 %1680, float %1592, float %1593, float %1594, float %1595)
	%1697 = extractvalue { float, float, float, float } %1696, 0
	%1698 = extractvalue { float, float, float, float } %1696, 1
	%1699 = extractvalue { float, float, float, float } %1696, 2
	%1700 = extractvalue { float, float, float, float } %1696, 3
	%1701 = add i32 %1648, u0x2000
	%1702 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1701)
	%1703 = extractvalue { i32, i32, i32, i32 } %1702, 0
	%1704 = extractvalue { i32, i32, i32, i32 } %1702, 1
	%1705 = extractvalue { i32, i32, i32, i32 } %1702, 2
	%1706 = extractvalue { i32, i32, i32, i32 } %1702, 3
	%1707 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1703, i32 %1704, float %1603, float %1604, float %1605, float %1606)
	%1708 = extractvalue { float, float, float, float } %1707, 0
	%1709 = extractvalue { float, float, float, float } %1707, 1
	%1710 = extractvalue { float, float, float, float } %1707, 2
	%1711 = extractvalue { float, float, float, float } %1707, 3
	%1712 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1705, i32 %1706, float %1608, float %1609, float %1610, float %1611)
	%1713 = extractvalue { float, float, float, float } %1712, 0
	%1714 = extractvalue { float, float, float, float } %1712, 1
	%1715 = extractvalue { float, float, float, float } %1712, 2
	%1716 = extractvalue { float, float, float, float } %1712, 3
	%1717 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1703, i32 %1704, float %1613, float %1614, float %1615, float %1616)
	%1718 = extractvalue { float, float, float, float } %1717, 0
	%1719 = extractvalue { float, float, float, float } %1717, 1
	%1720 = extractvalue { float, float, float, float } %1717, 2
	%1721 = extractvalue { float, float, float, float } %1717, 3
	%1722 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1705, i32 %1706, float %1618, float %1619, float %1620, float %1621)
	%1723 = extractvalue { float, float, float, float } %1722, 0
	%1724 = extractvalue { float, float, float, float } %1722, 1
	%1725 = extractvalue { float, float, float, float } %1722, 2
	%1726 = extractvalue { float, float, float, float } %1722, 3
	%1727 = add i32 %1648, 12288
	%1728 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1727)
	%1729 = extractvalue { i32, i32, i32, i32 } %1728, 0
	%1730 = extractvalue { i32, i32, i32, i32 } %1728, 1
	%1731 = extractvalue { i32, i32, i32, i32 } %1728, 2
	%1732 = extractvalue { i32, i32, i32, i32 } %1728, 3
	%1733 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1729, i32 %1730, float %1629, float %1630, float %1631, float %1632)
	%1734 = extractvalue { float, float, float, float } %1733, 0
	%1735 = extractvalue { float, float, float, float } %1733, 1
	%1736 = extractvalue { float, float, float, float } %1733, 2
	%1737 = extractvalue { float, float, float, float } %1733, 3
	%1738 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1731, i32 %1732, float %1634, float %1635, float %1636, float %1637)
	%1739 = extractvalue { float, float, float, float } %1738, 0
	%1740 = extractvalue { float, float, float, float } %1738, 1
	%1741 = extractvalue { float, float, float, float } %1738, 2
	%1742 = extractvalue { float, float, float, float } %1738, 3
	%1743 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1729, i32 %1730, float %1639, float %1640, float %1641, float %1642)
	%1744 = extractvalue { float, float, float, float } %1743, 0
	%1745 = extractvalue { float, float, float, float } %1743, 1
	%1746 = extractvalue { float, float, float, float } %1743, 2
	%1747 = extractvalue { float, float, float, float } %1743, 3
	%1748 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1731, i32 %1732, float %1644, float %1645, float %1646, float %1647)
	%1749 = extractvalue { float, float, float, float } %1748, 0
	%1750 = extractvalue { float, float, float, float } %1748, 1
	%1751 = extractvalue { float, float, float, float } %1748, 2
	%1752 = extractvalue { float, float, float, float } %1748, 3
	%1753 = mul i32 %4, 32
	%1754 = add i32 %13, %1753
	%1755 = add i32 %6, 0
	%1756 = add i32 %1754, %1755
	%1757 = mul i32 %4, 32
	%1758 = add i32 %13, %1757
	%1759 = add i32 %6, 8
	%1760 = add i32 %1758, %1759
	%1761 = mul i32 %4, 32
	%1762 = add i32 %13, %1761
	%1763 = add i32 %6, 16
	%1764 = add i32 %1762, %1763
	%1765 = mul i32 %4, 32
	%1766 = add i32 %13, %1765
	%1767 = add i32 %6, 24
	%1768 = add i32 %1766, %1767
	%1769 = sitofp i32 %11 to float
	%1770 = add i32 %34, %468
	%1771 = sext i32 %1770 to i64
	%1772 = getelementptr i8, i8* %cls, i64 %1771
	%1773 = load i8, i8* %1772
	%1774 = icmp ne i8 %1773, 2
	br i1 %1774, label %partial, label %softmax

epilogue:
	%1775 = phi float [ 0.0, %entry ], [ %3214, %pv ]
	%1776 = phi float [ 0.0, %entry ], [ %3266, %pv ]
	%1777 = phi float [ 0.0, %entry ], [ %3318, %pv ]
	%1778 = phi float [ 0.0, %entry ], [ %3370, %pv ]
	%1779 = phi i32 [ 0, %entry ], [ %3371, %pv ]
	%1780 = phi float [ 0.0, %entry ], [ %4280, %pv ]
	%1781 = phi float [ 0.0, %entry ], [ %4281, %pv ]
	%1782 = phi float [ 0.0, %entry ], [ %4282, %pv ]
	%1783 = phi float [ 0.0, %entry ], [ %4283, %pv ]
	%1784 = phi float [ 0.0, %entry ], [ %4285, %pv ]
	%1785 = phi float [ 0.0, %entry ], [ %4286, %pv ]
	%1786 = phi float [ 0.0, %entry ], [ %4287, %pv ]
	%1787 = phi float [ 0.0, %entry ], [ %4288, %pv ]
	%1788 = phi float [ 0.0, %entry ], [ %4307, %pv ]
	%1789 = phi float [ 0.0, %entry ], [ %4308, %pv ]
	%1790 = phi float [ 0.0, %entry ], [ %4309, %pv ]
	%1791 = phi float [ 0.0, %entry ], [ %4310, %pv ]
	%1792 = phi float [ 0.0, %entry ], [ %4312, %pv ]
	%1793 = phi float [ 0.0, %entry ], [ %4313, %pv ]
	%1794 = phi float [ 0.0, %entry ], [ %4314, %pv ]
	%1795 = phi float [ 0.0, %entry ], [ %4315, %pv ]
	%1796 = phi float [ 0.0, %entry ], [ %4334, %pv ]
	%1797 = phi float [ 0.0, %entry ], [ %4335, %pv ]
	%1798 = phi float [ 0.0, %entry ], [ %4336, %pv ]
	%1799 = phi float [ 0.0, %entry ], [ %4337, %pv ]
	%1800 = phi float [ 0.0, %entry ], [ %4339, %pv ]
	%1801 = phi float [ 0.0, %entry ], [ %4340, %pv ]
	%1802 = phi float [ 0.0, %entry ], [ %4341, %pv ]
	%1803 = phi float [ 0.0, %entry ], [ %4342, %pv ]
	%1804 = phi float [ 0.0, %entry ], [ %4361, %pv ]
	%1805 = phi float [ 0.0, %entry ], [ %4362, %pv ]
	%1806 = phi float [ 0.0, %entry ], [ %4363, %pv ]
	%1807 = phi float [ 0.0, %entry ], [ %4364, %pv ]
	%1808 = phi float [ 0.0, %entry ], [ %4366, %pv ]
	%1809 = phi float [ 0.0, %entry ], [ %4367, %pv ]
	%1810 = phi float [ 0.0, %entry ], [ %4368, %pv ]
	%1811 = phi float [ 0.0, %entry ], [ %4369, %pv ]
	%1812 = phi float [ 0.0, %entry ], [ %4388, %pv ]
	%1813 = phi float [ 0.0, %entry ], [ %4389, %pv ]
	%1814 = phi float [ 0.0, %entry ], [ %4390, %pv ]
	%1815 = phi float [ 0.0, %entry ], [ %4391, %pv ]
	%1816 = phi float [ 0.0, %entry ], [ %4393, %pv ]
	%1817 = phi float [ 0.0, %entry ], [ %4394, %pv ]
	%1818 = phi float [ 0.0, %entry ], [ %4395, %pv ]
	%1819 = phi float [ 0.0, %entry ], [ %4396, %pv ]
	%1820 = phi float [ 0.0, %entry ], [ %4415, %pv ]
	%1821 = phi float [ 0.0, %entry ], [ %4416, %pv ]
	%1822 = phi float [ 0.0, %entry ], [ %4417, %pv ]
	%1823 = phi float [ 0.0, %entry ], [ %4418, %pv ]
	%1824 = phi float [ 0.0, %entry ], [ %4420, %pv ]
	%1825 = phi float [ 0.0, %entry ], [ %4421, %pv ]
	%1826 = phi float [ 0.0, %entry ], [ %4422, %pv ]
	%1827 = phi float [ 0.0, %entry ], [ %4423, %pv ]
	%1828 = phi float [ 0.0, %entry ], [ %4442, %pv ]
	%1829 = phi float [ 0.0, %entry ], [ %4443, %pv ]
	%1830 = phi float [ 0.0, %entry ], [ %4444, %pv ]
	%1831 = phi float [ 0.0, %entry ], [ %4445, %pv ]
	%1832 = phi float [ 0.0, %entry ], [ %4447, %pv ]
	%1833 = phi float [ 0.0, %entry ], [ %4448, %pv ]
	%1834 = phi float [ 0.0, %entry ], [ %4449, %pv ]
	%1835 = phi float [ 0.0, %entry ], [ %4450, %pv ]
	%1836 = phi float [ 0.0, %entry ], [ %4469, %pv ]
	%1837 = phi float [ 0.0, %entry ], [ %4470, %pv ]
	%1838 = phi float [ 0.0, %entry ], [ %4471, %pv ]
	%1839 = phi float [ 0.0, %entry ], [ %4472, %pv ]
	%1840 = phi float [ 0.0, %entry ], [ %4474, %pv ]
	%1841 = phi float [ 0.0, %entry ], [ %4475, %pv ]
	%1842 = phi float [ 0.0, %entry ], [ %4476, %pv ]
	%1843 = phi float [ 0.0, %entry ], [ %4477, %pv ]
	%1844 = phi float [ 0.0, %entry ], [ %4290, %pv ]
	%1845 = phi float [ 0.0, %entry ], [ %4291, %pv ]
	%1846 = phi float [ 0.0, %entry ], [ %4292, %pv ]
	%1847 = phi float [ 0.0, %entry ], [ %4293, %pv ]
	%1848 = phi float [ 0.0, %entry ], [ %4295, %pv ]
	%1849 = phi float [ 0.0, %entry ], [ %4296, %pv ]
	%1850 = phi float [ 0.0, %entry ], [ %4297, %pv ]
	%1851 = phi float [ 0.0, %entry ], [ %4298, %pv ]
	%1852 = phi float [ 0.0, %entry ], [ %4317, %pv ]
	%1853 = phi float [ 0.0, %entry ], [ %4318, %pv ]
	%1854 = phi float [ 0.0, %entry ], [ %4319, %pv ]
	%1855 = phi float [ 0.0, %entry ], [ %4320, %pv ]
	%1856 = phi float [ 0.0, %entry ], [ %4322, %pv ]
	%1857 = phi float [ 0.0, %entry ], [ %4323, %pv ]
	%1858 = phi float [ 0.0, %entry ], [ %4324, %pv ]
	%1859 = phi float [ 0.0, %entry ], [ %4325, %pv ]
	%1860 = phi float [ 0.0, %entry ], [ %4344, %pv ]
	%1861 = phi float [ 0.0, %entry ], [ %4345, %pv ]
	%1862 = phi float [ 0.0, %entry ], [ %4346, %pv ]
	%1863 = phi float [ 0.0, %entry ], [ %4347, %pv ]
	%1864 = phi float [ 0.0, %entry ], [ %4349, %pv ]
	%1865 = phi float [ 0.0, %entry ], [ %4350, %pv ]
	%1866 = phi float [ 0.0, %entry ], [ %4351, %pv ]
	%1867 = phi float [ 0.0, %entry ], [ %4352, %pv ]
	%1868 = phi float [ 0.0, %entry ], [ %4371, %pv ]
	%1869 = phi float [ 0.0, %entry ], [ %4372, %pv ]
	%1870 = phi float [ 0.0, %entry ], [ %4373, %pv ]
	%1871 = phi float [ 0.0, %entry ], [ %4374, %pv ]
	%1872 = phi float [ 0.0, %entry ], [ %4376, %pv ]
	%1873 = phi float [ 0.0, %entry ], [ %4377, %pv ]
	%1874 = phi float [ 0.0, %entry ], [ %4378, %pv ]
	%1875 = phi float [ 0.0, %entry ], [ %4379, %pv ]
	%1876 = phi float [ 0.0, %entry ], [ %4398, %pv ]
	%1877 = phi float [ 0.0, %entry ], [ %4399, %pv ]
	%1878 = phi float [ 0.0, %entry ], [ %4400, %pv ]
	%1879 = phi float [ 0.0, %entry ], [ %4401, %pv ]
	%1880 = phi float [ 0.0, %entry ], [ %4403, %pv ]
	%1881 = phi float [ 0.0, %entry ], [ %4404, %pv ]
	%1882 = phi float [ 0.0, %entry ], [ %4405, %pv ]
	%1883 = phi float [ 0.0, %entry ], [ %4406, %pv ]
	%1884 = phi float [ 0.0, %entry ], [ %4425, %pv ]
	%1885 = phi float [ 0.0, %entry ], [ %4426, %pv ]
	%1886 = phi float [ 0.0, %entry ], [ %4427, %pv ]
	%1887 = phi float [ 0.0, %entry ], [ %4428, %pv ]
	%1888 = phi float [ 0.0, %entry ], [ %4430, %pv ]
	%1889 = phi float [ 0.0, %entry ], [ %4431, %pv ]
	%1890 = phi float [ 0.0, %entry ], [ %4432, %pv ]
	%1891 = phi float [ 0.0, %entry ], [ %4433, %pv ]
	%1892 = phi float [ 0.0, %entry ], [ %4452, %pv ]
	%1893 = phi float [ 0.0, %entry ], [ %4453, %pv ]
	%1894 = phi float [ 0.0, %entry ], [ %4454, %pv ]
	%1895 = phi float [ 0.0, %entry ], [ %4455, %pv ]
	%1896 = phi float [ 0.0, %entry ], [ %4457, %pv ]
	%1897 = phi float [ 0.0, %entry ], [ %4458, %pv ]
	%1898 = phi float [ 0.0, %entry ], [ %4459, %pv ]
	%1899 = phi float [ 0.0, %entry ], [ %4460, %pv ]
	%1900 = phi float [ 0.0, %entry ], [ %4479, %pv ]
	%1901 = phi float [ 0.0, %entry ], [ %4480, %pv ]
	%1902 = phi float [ 0.0, %entry ], [ %4481, %pv ]
	%1903 = phi float [ 0.0, %entry ], [ %4482, %pv ]
	%1904 = phi float [ 0.0, %entry ], [ %4484, %pv ]
	%1905 = phi float [ 0.0, %entry ], [ %4485, %pv ]
	%1906 = phi float [ 0.0, %entry ], [ %4486, %pv ]
	%1907 = phi float [ 0.0, %entry ], [ %4487, %pv ]
	%1908 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1775, i32 1, i32 31)
	%1909 = fadd float %1775, %1908
	%1910 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1909, i32 2, i32 31)
	%1911 = fadd float %1909, %1910
	%1912 = fcmp ogt float %1911, 0.0
	%1913 = fdiv float 1.0, %1911
	%1914 = select i1 %1912, float %1913, float 0.0
	%1915 = mul i32 %4, 32
	%1916 = add i32 %13, %1915
	%1917 = add i32 %6, 0
	%1918 = add i32 %1916, %1917
	%1919 = fmul float %1780, %1914
	%1920 = fmul float %1781, %1914
	%1921 = fmul float %1784, %1914
	%1922 = fmul float %1785, %1914
	%1923 = fmul float %1788, %1914
	%1924 = fmul float %1789, %1914
	%1925 = fmul float %1792, %1914
	%1926 = fmul float %1793, %1914
	%1927 = fmul float %1796, %1914
	%1928 = fmul float %1797, %1914
	%1929 = fmul float %1800, %1914
	%1930 = fmul float %1801, %1914
	%1931 = fmul float %1804, %1914
	%1932 = fmul float %1805, %1914
	%1933 = fmul float %1808, %1914
	%1934 = fmul float %1809, %1914
	%1935 = fmul float %1812, %1914
	%1936 = fmul float %1813, %1914
	%1937 = fmul float %1816, %1914
	%1938 = fmul float %1817, %1914
	%1939 = fmul float %1820, %1914
	%1940 = fmul float %1821, %1914
	%1941 = fmul float %1824, %1914
	%1942 = fmul float %1825, %1914
	%1943 = fmul float %1828, %1914
	%1944 = fmul float %1829, %1914
	%1945 = fmul float %1832, %1914
	%1946 = fmul float %1833, %1914
	%1947 = fmul float %1836, %1914
	%1948 = fmul float %1837, %1914
	%1949 = fmul float %1840, %1914
	%1950 = fmul float %1841, %1914
	%1951 = icmp slt i32 %1918, %M
	br i1 %1951, label %store0, label %stored0

partial:
	%1952 = shl i32 %7, 1
	%1953 = add i32 0, %1952
	%1954 = add i32 %605, %1953
	%1955 = icmp slt i32 %1954, %N
	%1956 = select i1 %1955, i32 %1954, i32 0
	%1957 = sitofp i32 %1756 to float
	%1958 = sitofp i32 %1956 to float
	%1959 = fcmp ole float %1958, %1957
	%1960 = uitofp i1 %1959 to float
	%1961 = fcmp une float %1960, 0.0
	%1962 = and i1 %1955, %1961
	%1963 = select i1 %1962, float %1656, float 0xFFF0000000000000
	%1964 = shl i32 %7, 1
	%1965 = add i32 1, %1964
	%1966 = add i32 %605, %1965
	%1967 = icmp slt i32 %1966, %N
	%1968 = select i1 %1967, i32 %1966, i32 0
	%1969 = sitofp i32 %1756 to float
	%1970 = sitofp i32 %1968 to float
	%1971 = fcmp ole float %1970, %1969
	%1972 = uitofp i1 %1971 to float
	%1973 = fcmp une float %1972, 0.0
	%1974 = and i1 %1967, %1973
	%1975 = select i1 %1974, float %1657, float 0xFFF0000000000000
	%1976 = shl i32 %7, 1
	%1977 = add i32 0, %1976
	%1978 = add i32 %605, %1977
	%1979 = icmp slt i32 %1978, %N
	%1980 = select i1 %1979, i32 %1978, i32 0
	%1981 = sitofp i32 %1760 to float
	%1982 = sitofp i32 %1980 to float
	%1983 = fcmp ole float %1982, %1981
	%1984 = uitofp i1 %1983 to float
	%1985 = fcmp une float %1984, 0.0
	%1986 = and i1 %1979, %1985
	%1987 = select i1 %1986, float %1658, float 0xFFF0000000000000
	%1988 = shl i32 %7, 1
	%1989 = add i32 1, %1988
	%1990 = add i32 %605, %1989
	%1991 = icmp slt i32 %1990, %N
	%1992 = select i1 %1991, i32 %1990, i32 0
	%1993 = sitofp i32 %1760 to float
	%1994 = sitofp i32 %1992 to float
	%1995 = fcmp ole float %1994, %1993
	%1996 = uitofp i1 %1995 to float
	%1997 = fcmp une float %1996, 0.0
	%1998 = and i1 %1991, %1997
	%1999 = select i1 %1998, float %1659, float 0xFFF0000000000000
	%2000 = shl i32 %7, 1
	%2001 = add i32 8, %2000
	%2002 = add i32 %605, %2001
	%2003 = icmp slt i32 %2002, %N
	%2004 = select i1 %2003, i32 %2002, i32 0
	%2005 = sitofp i32 %1756 to float
	%2006 = sitofp i32 %2004 to float
	%2007 = fcmp ole float %2006, %2005
	%2008 = uitofp i1 %2007 to float
	%2009 = fcmp une float %2008, 0.0
	%2010 = and i1 %2003, %2009
	%2011 = select i1 %2010, float %1661, float 0xFFF0000000000000
	%2012 = shl i32 %7, 1
	%2013 = add i32 9, %2012
	%2014 = add i32 %605, %2013
	%2015 = icmp slt i32 %2014, %N
	%2016 = select i1 %2015, i32 %2014, i32 0
	%2017 = sitofp i32 %1756 to float
	%2018 = sitofp i32 %2016 to float
	%2019 = fcmp ole float %2018, %2017
	%2020 = uitofp i1 %2019 to float
	%2021 = fcmp une float %2020, 0.0
	%2022 = and i1 %2015, %2021
	%2023 = select i1 %2022, float %1662, float 0xFFF0000000000000
	%2024 = shl i32 %7, 1
	%2025 = add i32 8, %2024
	%2026 = add i32 %605, %2025
	%2027 = icmp slt i32 %2026, %N
	%2028 = select i1 %2027, i32 %2026, i32 0
	%2029 = sitofp i32 %1760 to float
	%2030 = sitofp i32 %2028 to float
	%2031 = fcmp ole float %2030, %2029
	%2032 = uitofp i1 %2031 to float
	%2033 = fcmp une float %2032, 0.0
	%2034 = and i1 %2027, %2033
	%2035 = select i1 %2034, float %1663, float 0xFFF0000000000000
	%2036 = shl i32 %7, 1
	%2037 = add i32 9, %2036
	%2038 = add i32 %605, %2037
	%2039 = icmp slt i32 %2038, %N
	%2040 = select i1 %2039, i32 %2038, i32 0
	%2041 = sitofp i32 %1760 to float
	%2042 = sitofp i32 %2040 to float
	%2043 = fcmp ole float %2042, %2041
	%2044 = uitofp i1 %2043 to float
	%2045 = fcmp une float %2044, 0.0
	%2046 = and i1 %2039, %2045
	%2047 = select i1 %2046, float %1664, float 0xFFF0000000000000
	%2048 = shl i32 %7, 1
	%2049 = add i32 16, %2048
	%2050 = add i32 %605, %2049
	%2051 = icmp slt i32 %2050, %N
	%2052 = select i1 %2051, i32 %2050, i32 0
	%2053 = sitofp i32 %1756 to float
	%2054 = sitofp i32 %2052 to float
	%2055 = fcmp ole float %2054, %2053
	%2056 = uitofp i1 %2055 to float
	%2057 = fcmp une float %2056, 0.0
	%2058 = and i1 %2051, %2057
	%2059 = select i1 %2058, float %1682, float 0xFFF0000000000000
	%2060 = shl i32 %7, 1
	%2061 = add i32 17, %2060
	%2062 = add i32 %605, %2061
	%2063 = icmp slt i32 %2062, %N
	%2064 = select i1 %2063, i32 %2062, i32 0
	%2065 = sitofp i32 %1756 to float
	%2066 = sitofp i32 %2064 to float
	%2067 = fcmp ole float %2066, %2065
	%2068 = uitofp i1 %2067 to float
	%2069 = fcmp une float %2068, 0.0
	%2070 = and i1 %2063, %2069
	%2071 = select i1 %2070, float %1683, float 0xFFF0000000000000
	%2072 = shl i32 %7, 1
	%2073 = add i32 16, %2072
	%2074 = add i32 %605, %2073
	%2075 = icmp slt i32 %2074, %N
	%2076 = select i1 %2075, i32 %2074, i32 0
	%2077 = sitofp i32 %1760 to float
	%2078 = sitofp i32 %2076 to float
	%2079 = fcmp ole float %2078, %2077
	%2080 = uitofp i1 %2079 to float
	%2081 = fcmp une float %2080, 0.0
	%2082 = and i1 %2075, %2081
	%2083 = select i1 %2082, float %1684, float 0xFFF0000000000000
	%2084 = shl i32 %7, 1
	%2085 = add i32 17, %2084
	%2086 = add i32 %605, %2085
	%2087 = icmp slt i32 %2086, %N
	%2088 = select i1 %2087, i32 %2086, i32 0
	%2089 = sitofp i32 %1760 to float
	%2090 = sitofp i32 %2088 to float
	%2091 = fcmp ole float %2090, %2089
	%2092 = uitofp i1 %2091 to float
	%2093 = fcmp une float %2092, 0.0
	%2094 = and i1 %2087, %2093
	%2095 = select i1 %2094, float %1685, float 0xFFF0000000000000
	%2096 = shl i32 %7, 1
	%2097 = add i32 24, %2096
	%2098 = add i32 %605, %2097
	%2099 = icmp slt i32 %2098, %N
	%2100 = select i1 %2099, i32 %2098, i32 0
	%2101 = sitofp i32 %1756 to float
	%2102 = sitofp i32 %2100 to float
	%2103 = fcmp ole float %2102, %2101
	%2104 = uitofp i1 %2103 to float
	%2105 = fcmp une float %2104, 0.0
	%2106 = and i1 %2099, %2105
	%2107 = select i1 %2106, float %1687, float 0xFFF0000000000000
	%2108 = shl i32 %7, 1
	%2109 = add i32 25, %2108
	%2110 = add i32 %605, %2109
	%2111 = icmp slt i32 %2110, %N
	%2112 = select i1 %2111, i32 %2110, i32 0
	%2113 = sitofp i32 %1756 to float
	%2114 = sitofp i32 %2112 to float
	%2115 = fcmp ole float %2114, %2113
	%2116 = uitofp i1 %2115 to float
	%2117 = fcmp une float %2116, 0.0
	%2118 = and i1 %2111, %2117
	%2119 = select i1 %2118, float %1688, float 0xFFF0000000000000
	%2120 = shl i32 %7, 1
	%2121 = add i32 24, %2120
	%2122 = add i32 %605, %2121
	%2123 = icmp slt i32 %2122, %N
	%2124 = select i1 %2123, i32 %2122, i32 0
	%2125 = sitofp i32 %1760 to float
	%2126 = sitofp i32 %2124 to float
	%2127 = fcmp ole float %2126, %2125
	%2128 = uitofp i1 %2127 to float
	%2129 = fcmp une float %2128, 0.0
	%2130 = and i1 %2123, %2129
	%2131 = select i1 %2130, float %1689, float 0xFFF0000000000000
	%2132 = shl i32 %7, 1
	%2133 = add i32 25, %2132
	%2134 = add i32 %605, %2133
	%2135 = icmp slt i32 %2134, %N
	%2136 = select i1 %2135, i32 %2134, i32 0
	%2137 = sitofp i32 %1760 to float
	%2138 = sitofp i32 %2136 to float
	%2139 = fcmp ole float %2138, %2137
	%2140 = uitofp i1 %2139 to float
	%2141 = fcmp une float %2140, 0.0
	%2142 = and i1 %2135, %2141
	%2143 = select i1 %2142, float %1690, float 0xFFF0000000000000
	%2144 = shl i32 %7, 1
	%2145 = add i32 32, %2144
	%2146 = add i32 %605, %2145
	%2147 = icmp slt i32 %2146, %N
	%2148 = select i1 %2147, i32 %2146, i32 0
	%2149 = sitofp i32 %1756 to float
	%2150 = sitofp i32 %2148 to float
	%2151 = fcmp ole float %2150, %2149
	%2152 = uitofp i1 %2151 to float
	%2153 = fcmp une float %2152, 0.0
	%2154 = and i1 %2147, %2153
	%2155 = select i1 %2154, float %1708, float 0xFFF0000000000000
	%2156 = shl i32 %7, 1
	%2157 = add i32 33, %2156
	%2158 = add i32 %605, %2157
	%2159 = icmp slt i32 %2158, %N
	%2160 = select i1 %2159, i32 %2158, i32 0
	%2161 = sitofp i32 %1756 to float
	%2162 = sitofp i32 %2160 to float
	%2163 = fcmp ole float %2162, %2161
	%2164 = uitofp i1 %2163 to float
	%2165 = fcmp une float %2164, 0.0
	%2166 = and i1 %2159, %2165
	%2167 = select i1 %2166, float %1709, float 0xFFF0000000000000
	%2168 = shl i32 %7, 1
	%2169 = add i32 32, %2168
	%2170 = add i32 %605, %2169
	%2171 = icmp slt i32 %2170, %N
	%2172 = select i1 %2171, i32 %2170, i32 0
	%2173 = sitofp i32 %1760 to float
	%2174 = sitofp i32 %2172 to float
	%2175 = fcmp ole float %2174, %2173
	%2176 = uitofp i1 %2175 to float
	%2177 = fcmp une float %2176, 0.0
	%2178 = and i1 %2171, %2177
	%2179 = select i1 %2178, float %1710, float 0xFFF0000000000000
	%2180 = shl i32 %7, 1
	%2181 = add i32 33, %2180
	%2182 = add i32 %605, %2181
	%2183 = icmp slt i32 %2182, %N
	%2184 = select i1 %2183, i32 %2182, i32 0
	%2185 = sitofp i32 %1760 to float
	%2186 = sitofp i32 %2184 to float
	%2187 = fcmp ole float %2186, %2185
	%2188 = uitofp i1 %2187 to float
	%2189 = fcmp une float %2188, 0.0
	%2190 = and i1 %2183, %2189
	%2191 = select i1 %2190, float %1711, float 0xFFF0000000000000
	%2192 = shl i32 %7, 1
	%2193 = add i32 40, %2192
	%2194 = add i32 %605, %2193
	%2195 = icmp slt i32 %2194, %N
	%2196 = select i1 %2195, i32 %2194, i32 0
	%2197 = sitofp i32 %1756 to float
	%2198 = sitofp i32 %2196 to float
	%2199 = fcmp ole float %2198, %2197
	%2200 = uitofp i1 %2199 to float
	%2201 = fcmp une float %2200, 0.0
	%2202 = and i1 %2195, %2201
	%2203 = select i1 %2202, float %1713, float 0xFFF0000000000000
	%2204 = shl i32 %7, 1
	%2205 = add i32 41, %2204
	%2206 = add i32 %605, %2205
	%2207 = icmp slt i32 %2206, %N
	%2208 = select i1 %2207, i32 %2206, i32 0
	%2209 = sitofp i32 %1756 to float
	%2210 = sitofp i32 %2208 to float
	%2211 = fcmp ole float %2210, %2209
	%2212 = uitofp i1 %2211 to float
	%2213 = fcmp une float %2212, 0.0
	%2214 = and i1 %2207, %2213
	%2215 = select i1 %2214, float %1714, float 0xFFF0000000000000
	%2216 = shl i32 %7, 1
	%2217 = add i32 40, %2216
	%2218 = add i32 %605, %2217
	%2219 = icmp slt i32 %2218, %N
	%2220 = select i1 %2219, i32 %2218, i32 0
	%2221 = sitofp i32 %1760 to float
	%2222 = sitofp i32 %2220 to float
	%2223 = fcmp ole float %2222, %2221
	%2224 = uitofp i1 %2223 to float
	%2225 = fcmp une float %2224, 0.0
	%2226 = and i1 %2219, %2225
	%2227 = select i1 %2226, float %1715, float 0xFFF0000000000000
	%2228 = shl i32 %7, 1
	%2229 = add i32 41, %2228
	%2230 = add i32 %605, %2229
	%2231 = icmp slt i32 %2230, %N
	%2232 = select i1 %2231, i32 %2230, i32 0
	%2233 = sitofp i32 %1760 to float
	%2234 = sitofp i32 %2232 to float
	%2235 = fcmp ole float %2234, %2233
	%2236 = uitofp i1 %2235 to float
	%2237 = fcmp une float %2236, 0.0
	%2238 = and i1 %2231, %2237
	%2239 = select i1 %2238, float %1716, float 0xFFF0000000000000
	%2240 = shl i32 %7, 1
	%2241 = add i32 48, %2240
	%2242 = add i32 %605, %2241
	%2243 = icmp slt i32 %2242, %N
	%2244 = select i1 %2243, i32 %2242, i32 0
	%2245 = sitofp i32 %1756 to float
	%2246 = sitofp i32 %2244 to float
	%2247 = fcmp ole float %2246, %2245
	%2248 = uitofp i1 %2247 to float
	%2249 = fcmp une float %2248, 0.0
	%2250 = and i1 %2243, %2249
	%2251 = select i1 %2250, float %1734, float 0xFFF0000000000000
	%2252 = shl i32 %7, 1
	%2253 = add i32 49, %2252
	%2254 = add i32 %605, %2253
	%2255 = icmp slt i32 %2254, %N
	%2256 = select i1 %2255, i32 %2254, i32 0
	%2257 = sitofp i32 %1756 to float
	%2258 = sitofp i32 %2256 to float
	%2259 = fcmp ole float %2258, %2257
	%2260 = uitofp i1 %2259 to float
	%2261 = fcmp une float %2260, 0.0
	%2262 = and i1 %2255, %2261
	%2263 = select i1 %2262, float %1735, float 0xFFF0000000000000
	%2264 = shl i32 %7, 1
	%2265 = add i32 48, %2264
	%2266 = add i32 %605, %2265
	%2267 = icmp slt i32 %2266, %N
	%2268 = select i1 %2267, i32 %2266, i32 0
	%2269 = sitofp i32 %1760 to float
	%2270 = sitofp i32 %2268 to float
	%2271 = fcmp ole float %2270, %2269
	%2272 = uitofp i1 %2271 to float
	%2273 = fcmp une float %2272, 0.0
	%2274 = and i1 %2267, %2273
	%2275 = select i1 %2274, float %1736, float 0xFFF0000000000000
	%2276 = shl i32 %7, 1
	%2277 = add i32 49, %2276
	%2278 = add i32 %605, %2277
	%2279 = icmp slt i32 %2278, %N
	%2280 = select i1 %2279, i32 %2278, i32 0
	%2281 = sitofp i32 %1760 to float
	%2282 = sitofp i32 %2280 to float
	%2283 = fcmp ole float %2282, %2281
	%2284 = uitofp i1 %2283 to float
	%2285 = fcmp une float %2284, 0.0
	%2286 = and i1 %2279, %2285
	%2287 = select i1 %2286, float %1737, float 0xFFF0000000000000
	%2288 = shl i32 %7, 1
	%2289 = add i32 56, %2288
	%2290 = add i32 %605, %2289
	%2291 = icmp slt i32 %2290, %N
	%2292 = select i1 %2291, i32 %2290, i32 0
	%2293 = sitofp i32 %1756 to float
	%2294 = sitofp i32 %2292 to float
	%2295 = fcmp ole float %2294, %2293
	%2296 = uitofp i1 %2295 to float
	%2297 = fcmp une float %2296, 0.0
	%2298 = and i1 %2291, %2297
	%2299 = select i1 %2298, float %1739, float 0xFFF0000000000000
	%2300 = shl i32 %7, 1
	%2301 = add i32 57, %2300
	%2302 = add i32 %605, %2301
	%2303 = icmp slt i32 %2302, %N
	%2304 = select i1 %2303, i32 %2302, i32 0
	%2305 = sitofp i32 %1756 to float
	%2306 = sitofp i32 %2304 to float
	%2307 = fcmp ole float %2306, %2305
	%2308 = uitofp i1 %2307 to float
	%2309 = fcmp une float %2308, 0.0
	%2310 = and i1 %2303, %2309
	%2311 = select i1 %2310, float %1740, float 0xFFF0000000000000
	%2312 = shl i32 %7, 1
	%2313 = add i32 56, %2312
	%2314 = add i32 %605, %2313
	%2315 = icmp slt i32 %2314, %N
	%2316 = select i1 %2315, i32 %2314, i32 0
	%2317 = sitofp i32 %1760 to float
	%2318 = sitofp i32 %2316 to float
	%2319 = fcmp ole float %2318, %2317
	%2320 = uitofp i1 %2319 to float
	%2321 = fcmp une float %2320, 0.0
	%2322 = and i1 %2315, %2321
	%2323 = select i1 %2322, float %1741, float 0xFFF0000000000000
	%2324 = shl i32 %7, 1
	%2325 = add i32 57, %2324
	%2326 = add i32 %605, %2325
	%2327 = icmp slt i32 %2326, %N
	%2328 = select i1 %2327, i32 %2326, i32 0
	%2329 = sitofp i32 %1760 to float
	%2330 = sitofp i32 %2328 to float
	%2331 = fcmp ole float %2330, %2329
	%2332 = uitofp i1 %2331 to float
	%2333 = fcmp une float %2332, 0.0
	%2334 = and i1 %2327, %2333
	%2335 = select i1 %2334, float %1742, float 0xFFF0000000000000
	%2336 = shl i32 %7, 1
	%2337 = add i32 0, %2336
	%2338 = add i32 %605, %2337
	%2339 = icmp slt i32 %2338, %N
	%2340 = select i1 %2339, i32 %2338, i32 0
	%2341 = sitofp i32 %1764 to float
	%2342 = sitofp i32 %2340 to float
	%2343 = fcmp ole float %2342, %2341
	%2344 = uitofp i1 %2343 to float
	%2345 = fcmp une float %2344, 0.0
	%2346 = and i1 %2339, %2345
	%2347 = select i1 %2346, float %1666, float 0xFFF0000000000000
	%2348 = shl i32 %7, 1
	%2349 = add i32 1, %2348
	%2350 = add i32 %605, %2349
	%2351 = icmp slt i32 %2350, %N
	%2352 = select i1 %2351, i32 %2350, i32 0
	%2353 = sitofp i32 %1764 to float
	%2354 = sitofp i32 %2352 to float
	%2355 = fcmp ole float %2354, %2353
	%2356 = uitofp i1 %2355 to float
	%2357 = fcmp une float %2356, 0.0
	%2358 = and i1 %2351, %2357
	%2359 = select i1 %2358, float %1667, float 0xFFF0000000000000
	%2360 = shl i32 %7, 1
	%2361 = add i32 0, %2360
	%2362 = add i32 %605, %2361
	%2363 = icmp slt i32 %2362, %N
	%2364 = select i1 %2363, i32 %2362, i32 0
	%2365 = sitofp i32 %1768 to float
	%2366 = sitofp i32 %2364 to float
	%2367 = fcmp ole float %2366, %2365
	%2368 = uitofp i1 %2367 to float
	%2369 = fcmp une float %2368, 0.0
	%2370 = and i1 %2363, %2369
	%2371 = select i1 %2370, float %1668, float 0xFFF0000000000000
	%2372 = shl i32 %7, 1
	%2373 = add i32 1, %2372
	%2374 = add i32 %605, %2373
	%2375 = icmp slt i32 %2374, %N
	%2376 = select i1 %2375, i32 %2374, i32 0
	%2377 = sitofp i32 %1768 to float
	%2378 = sitofp i32 %2376 to float
	%2379 = fcmp ole float %2378, %2377
	%2380 = uitofp i1 %2379 to float
	%2381 = fcmp une float %2380, 0.0
	%2382 = and i1 %2375, %2381
	%2383 = select i1 %2382, float %1669, float 0xFFF0000000000000
	%2384 = shl i32 %7, 1
	%2385 = add i32 8, %2384
	%2386 = add i32 %605, %2385
	%2387 = icmp slt i32 %2386, %N
	%2388 = select i1 %2387, i32 %2386, i32 0
	%2389 = sitofp i32 %1764 to float
	%2390 = sitofp i32 %2388 to float
	%2391 = fcmp ole float %2390, %2389
	%2392 = uitofp i1 %2391 to float
	%2393 = fcmp une float %2392, 0.0
	%2394 = and i1 %2387, %2393
	%2395 = select i1 %2394, float %1671, float 0xFFF0000000000000
	%2396 = shl i32 %7, 1
	%2397 = add i32 9, %2396
	%2398 = add i32 %605, %2397
	%2399 = icmp slt i32 %2398, %N
	%2400 = select i1 %2399, i32 %2398, i32 0
	%2401 = sitofp i32 %1764 to float
	%2402 = sitofp i32 %2400 to float
	%2403 = fcmp ole float %2402, %2401
	%2404 = uitofp i1 %2403 to float
	%2405 = fcmp une float %2404, 0.0
	%2406 = and i1 %2399, %2405
	%2407 = select i1 %2406, float %1672, float 0xFFF0000000000000
	%2408 = shl i32 %7, 1
	%2409 = add i32 8, %2408
	%2410 = add i32 %605, %2409
	%2411 = icmp slt i32 %2410, %N
	%2412 = select i1 %2411, i32 %2410, i32 0
	%2413 = sitofp i32 %1768 to float
	%2414 = sitofp i32 %2412 to float
	%2415 = fcmp ole float %2414, %2413
	%2416 = uitofp i1 %2415 to float
	%2417 = fcmp une float %2416, 0.0
	%2418 = and i1 %2411, %2417
	%2419 = select i1 %2418, float %1673, float 0xFFF0000000000000
	%2420 = shl i32 %7, 1
	%2421 = add i32 9, %2420
	%2422 = add i32 %605, %2421
	%2423 = icmp slt i32 %2422, %N
	%2424 = select i1 %2423, i32 %2422, i32 0
	%2425 = sitofp i32 %1768 to float
	%2426 = sitofp i32 %2424 to float
	%2427 = fcmp ole float %2426, %2425
	%2428 = uitofp i1 %2427 to float
	%2429 = fcmp une float %2428, 0.0
	%2430 = and i1 %2423, %2429
	%2431 = select i1 %2430, float %1674, float 0xFFF0000000000000
	%2432 = shl i32 %7, 1
	%2433 = add i32 16, %2432
	%2434 = add i32 %605, %2433
	%2435 = icmp slt i32 %2434, %N
	%2436 = select i1 %2435, i32 %2434, i32 0
	%2437 = sitofp i32 %1764 to float
	%2438 = sitofp i32 %2436 to float
	%2439 = fcmp ole float %2438, %2437
	%2440 = uitofp i1 %2439 to float
	%2441 = fcmp une float %2440, 0.0
	%2442 = and i1 %2435, %2441
	%2443 = select i1 %2442, float %1692, float 0xFFF0000000000000
	%2444 = shl i32 %7, 1
	%2445 = add i32 17, %2444
	%2446 = add i32 %605, %2445
	%2447 = icmp slt i32 %2446, %N
	%2448 = select i1 %2447, i32 %2446, i32 0
	%2449 = sitofp i32 %1764 to float
	%2450 = sitofp i32 %2448 to float
	%2451 = fcmp ole float %2450, %2449
	%2452 = uitofp i1 %2451 to float
	%2453 = fcmp une float %2452, 0.0
	%2454 = and i1 %2447, %2453
	%2455 = select i1 %2454, float %1693, float 0xFFF0000000000000
	%2456 = shl i32 %7, 1
	%2457 = add i32 16, %2456
	%2458 = add i32 %605, %2457
	%2459 = icmp slt i32 %2458, %N
	%2460 = select i1 %2459, i32 %2458, i32 0
	%2461 = sitofp i32 %1768 to float
	%2462 = sitofp i32 %2460 to float
	%2463 = fcmp ole float %2462, %2461
	%2464 = uitofp i1 %2463 to float
	%2465 = fcmp une float %2464, 0.0
	%2466 = and i1 %2459, %2465
	%2467 = select i1 %2466, float %1694, float 0xFFF0000000000000
	%2468 = shl i32 %7, 1
	%2469 = add i32 17, %2468
	%2470 = add i32 %605, %2469
	%2471 = icmp slt i32 %2470, %N
	%2472 = select i1 %2471, i32 %2470, i32 0
	%2473 = sitofp i32 %1768 to float
	%2474 = sitofp i32 %2472 to float
	%2475 = fcmp ole float %2474, %2473
	%2476 = uitofp i1 %2475 to float
	%2477 = fcmp une float %2476, 0.0
	%2478 = and i1 %2471, %2477
	%2479 = select i1 %2478, float %1695, float 0xFFF0000000000000
	%2480 = shl i32 %7, 1
	%2481 = add i32 24, %2480
	%2482 = add i32 %605, %2481
	%2483 = icmp slt i32 %2482, %N
	%2484 = select i1 %2483, i32 %2482, i32 0
	%2485 = sitofp i32 %1764 to float
	%2486 = sitofp i32 %2484 to float
	%2487 = fcmp ole float %2486, %2485
	%2488 = uitofp i1 %2487 to float
	%2489 = fcmp une float %2488, 0.0
	%2490 = and i1 %2483, %2489
	%2491 = select i1 %2490, float %1697, float 0xFFF0000000000000
	%2492 = shl i32 %7, 1
	%2493 = add i32 25, %2492
	%2494 = add i32 %605, %2493
	%2495 = icmp slt i32 %2494, %N
	%2496 = select i1 %2495, i32 %2494, i32 0
	%2497 = sitofp i32 %1764 to float
	%2498 = sitofp i32 %2496 to float
	%2499 = fcmp ole float %2498, %2497
	%2500 = uitofp i1 %2499 to float
	%2501 = fcmp une float %2500, 0.0
	%2502 = and i1 %2495, %2501
	%2503 = select i1 %2502, float %1698, float 0xFFF0000000000000
	%2504 = shl i32 %7, 1
	%2505 = add i32 24, %2504
	%2506 = add i32 %605, %2505
	%2507 = icmp slt i32 %2506, %N
	%2508 = select i1 %2507, i32 %2506, i32 0
	%2509 = sitofp i32 %1768 to float
	%2510 = sitofp i32 %2508 to float
	%2511 = fcmp ole float %2510, %2509
	%2512 = uitofp i1 %2511 to float
	%2513 = fcmp une float %2512, 0.0
	%2514 = and i1 %2507, %2513
	%2515 = select i1 %2514, float %1699, float 0xFFF0000000000000
	%2516 = shl i32 %7, 1
	%2517 = add i32 25, %2516
	%2518 = add i32 %605, %2517
	%2519 = icmp slt i32 %2518, %N
	%2520 = select i1 %2519, i32 %2518, i32 0
	%2521 = sitofp i32 %1768 to float
	%2522 = sitofp i32 %2520 to float
	%2523 = fcmp ole float %2522, %2521
	%2524 = uitofp i1 %2523 to float
	%2525 = fcmp une float %2524, 0.0
	%2526 = and i1 %2519, %2525
	%2527 = select i1 %2526, float %1700, float 0xFFF0000000000000
	%2528 = shl i32 %7, 1
	%2529 = add i32 32, %2528
	%2530 = add i32 %605, %2529
	%2531 = icmp slt i32 %2530, %N
	%2532 = select i1 %2531, i32 %2530, i32 0
	%2533 = sitofp i32 %1764 to float
	%2534 = sitofp i32 %2532 to float
	%2535 = fcmp ole float %2534, %2533
	%2536 = uitofp i1 %2535 to float
	%2537 = fcmp une float %2536, 0.0
	%2538 = and i1 %2531, %2537
	%2539 = select i1 %2538, float %1718, float 0xFFF0000000000000
	%2540 = shl i32 %7, 1
	%2541 = add i32 33, %2540
	%2542 = add i32 %605, %2541
	%2543 = icmp slt i32 %2542, %N
	%2544 = select i1 %2543, i32 %2542, i32 0
	%2545 = sitofp i32 %1764 to float
	%2546 = sitofp i32 %2544 to float
	%2547 = fcmp ole float %2546, %2545
	%2548 = uitofp i1 %2547 to float
	%2549 = fcmp une float %2548, 0.0
	%2550 = and i1 %2543, %2549
	%2551 = select i1 %2550, float %1719, float 0xFFF0000000000000
	%2552 = shl i32 %7, 1
	%2553 = add i32 32, %2552
	%2554 = add i32 %605, %2553
	%2555 = icmp slt i32 %2554, %N
	%2556 = select i1 %2555, i32 %2554, i32 0
	%2557 = sitofp i32 %1768 to float
	%2558 = sitofp i32 %2556 to float
	%2559 = fcmp ole float %2558, %2557
	%2560 = uitofp i1 %2559 to float
	%2561 = fcmp une float %2560, 0.0
	%2562 = and i1 %2555, %2561
	%2563 = select i1 %2562, float %1720, float 0xFFF0000000000000
	%2564 = shl i32 %7, 1
	%2565 = add i32 33, %2564
	%2566 = add i32 %605, %2565
	%2567 = icmp slt i32 %2566, %N
	%2568 = select i1 %2567, i32 %2566, i32 0
	%2569 = sitofp i32 %1768 to float
	%2570 = sitofp i32 %2568 to float
	%2571 = fcmp ole float %2570, %2569
	%2572 = uitofp i1 %2571 to float
	%2573 = fcmp une float %2572, 0.0
	%2574 = and i1 %2567, %2573
	%2575 = select i1 %2574, float %1721, float 0xFFF0000000000000
	%2576 = shl i32 %7, 1
	%2577 = add i32 40, %2576
	%2578 = add i32 %605, %2577
	%2579 = icmp slt i32 %2578, %N
	%2580 = select i1 %2579, i32 %2578, i32 0
	%2581 = sitofp i32 %1764 to float
	%2582 = sitofp i32 %2580 to float
	%2583 = fcmp ole float %2582, %2581
	%2584 = uitofp i1 %2583 to float
	%2585 = fcmp une float %2584, 0.0
	%2586 = and i1 %2579, %2585
	%2587 = select i1 %2586, float %1723, float 0xFFF0000000000000
	%2588 = shl i32 %7, 1
	%2589 = add i32 41, %2588
	%2590 = add i32 %605, %2589
	%2591 = icmp slt i32 %2590, %N
	%2592 = select i1 %2591, i32 %2590, i32 0
	%2593 = sitofp i32 %1764 to float
	%2594 = sitofp i32 %2592 to float
	%2595 = fcmp ole float %2594, %2593
	%2596 = uitofp i1 %2595 to float
	%2597 = fcmp une float %2596, 0.0
	%2598 = and i1 %2591, %2597
	%2599 = select i1 %2598, float %1724, float 0xFFF0000000000000
	%2600 = shl i32 %7, 1
	%2601 = add i32 40, %2600
	%2602 = add i32 %605, %2601
	%2603 = icmp slt i32 %2602, %N
	%2604 = select i1 %2603, i32 %2602, i32 0
	%2605 = sitofp i32 %1768 to float
	%2606 = sitofp i32 %2604 to float
	%2607 = fcmp ole float %2606, %2605
	%2608 = uitofp i1 %2607 to float
	%2609 = fcmp une float %2608, 0.0
	%2610 = and i1 %2603, %2609
	%2611 = select i1 %2610, float %1725, float 0xFFF0000000000000
	%2612 = shl i32 %7, 1
	%2613 = add i32 41, %2612
	%2614 = add i32 %605, %2613
	%2615 = icmp slt i32 %2614, %N
	%2616 = select i1 %2615, i32 %2614, i32 0
	%2617 = sitofp i32 %1768 to float
	%2618 = sitofp i32 %2616 to float
	%2619 = fcmp ole float %2618, %2617
	%2620 = uitofp i1 %2619 to float
	%2621 = fcmp une float %2620, 0.0
	%2622 = and i1 %2615, %2621
	%2623 = select i1 %2622, float %1726, float 0xFFF0000000000000
	%2624 = shl i32 %7, 1
	%2625 = add i32 48, %2624
	%2626 = add i32 %605, %2625
	%2627 = icmp slt i32 %2626, %N
	%2628 = select i1 %2627, i32 %2626, i32 0
	%2629 = sitofp i32 %1764 to float
	%2630 = sitofp i32 %2628 to float
	%2631 = fcmp ole float %2630, %2629
	%2632 = uitofp i1 %2631 to float
	%2633 = fcmp une float %2632, 0.0
	%2634 = and i1 %2627, %2633
	%2635 = select i1 %2634, float %1744, float 0xFFF0000000000000
	%2636 = shl i32 %7, 1
	%2637 = add i32 49, %2636
	%2638 = add i32 %605, %2637
	%2639 = icmp slt i32 %2638, %N
	%2640 = select i1 %2639, i32 %2638, i32 0
	%2641 = sitofp i32 %1764 to float
	%2642 = sitofp i32 %2640 to float
	%2643 = fcmp ole float %2642, %2641
	%2644 = uitofp i1 %2643 to float
	%2645 = fcmp une float %2644, 0.0
	%2646 = and i1 %2639, %2645
	%2647 = select i1 %2646, float %1745, float 0xFFF0000000000000
	%2648 = shl i32 %7, 1
	%2649 = add i32 48, %2648
	%2650 = add i32 %605, %2649
	%2651 = icmp slt i32 %2650, %N
	%2652 = select i1 %2651, i32 %2650, i32 0
	%2653 = sitofp i32 %1768 to float
	%2654 = sitofp i32 %2652 to float
	%2655 = fcmp ole float %2654, %2653
	%2656 = uitofp i1 %2655 to float
	%2657 = fcmp une float %2656, 0.0
	%2658 = and i1 %2651, %2657
	%2659 = select i1 %2658, float %1746, float 0xFFF0000000000000
	%2660 = shl i32 %7, 1
	%2661 = add i32 49, %2660
	%2662 = add i32 %605, %2661
	%2663 = icmp slt i32 %2662, %N
	%2664 = select i1 %2663, i32 %2662, i32 0
	%2665 = sitofp i32 %1768 to float
	%2666 = sitofp i32 %2664 to float
	%2667 = fcmp ole float %2666, %2665
	%2668 = uitofp i1 %2667 to float
	%2669 = fcmp une float %2668, 0.0
	%2670 = and i1 %2663, %2669
	%2671 = select i1 %2670, float %1747, float 0xFFF0000000000000
	%2672 = shl i32 %7, 1
	%2673 = add i32 56, %2672
	%2674 = add i32 %605, %2673
	%2675 = icmp slt i32 %2674, %N
	%2676 = select i1 %2675, i32 %2674, i32 0
	%2677 = sitofp i32 %1764 to float
	%2678 = sitofp i32 %2676 to float
	%2679 = fcmp ole float %2678, %2677
	%2680 = uitofp i1 %2679 to float
	%2681 = fcmp une float %2680, 0.0
	%2682 = and i1 %2675, %2681
	%2683 = select i1 %2682, float %1749, float 0xFFF0000000000000
	%2684 = shl i32 %7, 1
	%2685 = add i32 57, %2684
	%2686 = add i32 %605, %2685
	%2687 = icmp slt i32 %2686, %N
	%2688 = select i1 %2687, i32 %2686, i32 0
	%2689 = sitofp i32 %1764 to float
	%2690 = sitofp i32 %2688 to float
	%2691 = fcmp ole float %2690, %2689
	%2692 = uitofp i1 %2691 to float
	%2693 = fcmp une float %2692, 0.0
	%2694 = and i1 %2687, %2693
	%2695 = select i1 %2694, float %1750, float 0xFFF0000000000000
	%2696 = shl i32 %7, 1
	%2697 = add i32 56, %2696
	%2698 = add i32 %605, %2697
	%2699 = icmp slt i32 %2698, %N
	%2700 = select i1 %2699, i32 %2698, i32 0
	%2701 = sitofp i32 %1768 to float
	%2702 = sitofp i32 %2700 to float
	%2703 = fcmp ole float %2702, %2701
	%2704 = uitofp i1 %2703 to float
	%2705 = fcmp une float %2704, 0.0
	%2706 = and i1 %2699, %2705
	%2707 = select i1 %2706, float %1751, float 0xFFF0000000000000
	%2708 = shl i32 %7, 1
	%2709 = add i32 57, %2708
	%2710 = add i32 %605, %2709
	%2711 = icmp slt i32 %2710, %N
	%2712 = select i1 %2711, i32 %2710, i32 0
	%2713 = sitofp i32 %1768 to float
	%2714 = sitofp i32 %2712 to float
	%2715 = fcmp ole float %2714, %2713
	%2716 = uitofp i1 %2715 to float
	%2717 = fcmp une float %2716, 0.0
	%2718 = and i1 %2711, %2717
	%2719 = select i1 %2718, float %1752, float 0xFFF0000000000000
	br label %softmax

softmax:
	%2720 = phi float [ %1656, %loop ], [ %1963, %partial ]
	%2721 = phi float [ %1657, %loop ], [ %1975, %partial ]
	%2722 = phi float [ %1658, %loop ], [ %1987, %partial ]
	%2723 = phi float [ %1659, %loop ], [ %1999, %partial ]
	%2724 = phi float [ %1661, %loop ], [ %2011, %partial ]
	%2725 = phi float [ %1662, %loop ], [ %2023, %partial ]
	%2726 = phi float [ %1663, %loop ], [ %2035, %partial ]
	%2727 = phi float [ %1664, %loop ], [ %2047, %partial ]
	%2728 = phi float [ %1682, %loop ], [ %2059, %partial ]
	%2729 = phi float [ %1683, %loop ], [ %2071, %partial ]
	%2730 = phi float [ %1684, %loop ], [ %2083, %partial ]
	%2731 = phi float [ %1685, %loop ], [ %2095, %partial ]
	%2732 = phi float [ %1687, %loop ], [ %2107, %partial ]
	%2733 = phi float [ %1688, %loop ], [ %2119, %partial ]
	%2734 = phi float [ %1689, %loop ], [ %2131, %partial ]
	%2735 = phi float [ %1690, %loop ], [ %2143, %partial ]
	%2736 = phi float [ %1708, %loop ], [ %2155, %partial ]
	%2737 = phi float [ %1709, %loop ], [ %2167, %partial ]
	%2738 = phi float [ %1710, %loop ], [ %2179, %partial ]
	%2739 = phi float [ %1711, %loop ], [ %2191, %partial ]
	%2740 = phi float [ %1713, %loop ], [ %2203, %partial ]
	%2741 = phi float [ %1714, %loop ], [ %2215, %partial ]
	%2742 = phi float [ %1715, %loop ], [ %2227, %partial ]
	%2743 = phi float [ %1716, %loop ], [ %2239, %partial ]
	%2744 = phi float [ %1734, %loop ], [ %2251, %partial ]
	%2745 = phi float [ %1735, %loop ], [ %2263, %partial ]
	%2746 = phi float [ %1736, %loop ], [ %2275, %partial ]
	%2747 = phi float [ %1737, %loop ], [ %2287, %partial ]
	%2748 = phi float [ %1739, %loop ], [ %2299, %partial ]
	%2749 = phi float [ %1740, %loop ], [ %2311, %partial ]
	%2750 = phi float [ %1741, %loop ], [ %2323, %partial ]
	%2751 = phi float [ %1742, %loop ], [ %2335, %partial ]
	%2752 = phi float [ %1666, %loop ], [ %2347, %partial ]
	%2753 = phi float [ %1667, %loop ], [ %2359, %partial ]
	%2754 = phi float [ %1668, %loop ], [ %2371, %partial ]
	%2755 = phi float [ %1669, %loop ], [ %2383, %partial ]
	%2756 = phi float [ %1671, %loop ], [ %2395, %partial ]
	%2757 = phi float [ %1672, %loop ], [ %2407, %partial ]
	%2758 = phi float [ %1673, %loop ], [ %2419, %partial ]
	%2759 = phi float [ %1674, %loop ], [ %2431, %partial ]
	%2760 = phi float [ %1692, %loop ], [ %2443, %partial ]
	%2761 = phi float [ %1693, %loop ], [ %2455, %partial ]
	%2762 = phi float [ %1694, %loop ], [ %2467, %partial ]
	%2763 = phi float [ %1695, %loop ], [ %2479, %partial ]
	%2764 = phi float [ %1697, %loop ], [ %2491, %partial ]
	%2765 = phi float [ %1698, %loop ], [ %2503, %partial ]
	%2766 = phi float [ %1699, %loop ], [ %2515, %partial ]
	%2767 = phi float [ %1700, %loop ], [ %2527, %partial ]
	%2768 = phi float [ %1718, %loop ], [ %2539, %partial ]
	%2769 = phi float [ %1719, %loop ], [ %2551, %partial ]
	%2770 = phi float [ %1720, %loop ], [ %2563, %partial ]
	%2771 = phi float [ %1721, %loop ], [ %2575, %partial ]
	%2772 = phi float [ %1723, %loop ], [ %2587, %partial ]
	%2773 = phi float [ %1724, %loop ], [ %2599, %partial ]
	%2774 = phi float [ %1725, %loop ], [ %2611, %partial ]
	%2775 = phi float [ %1726, %loop ], [ %2623, %partial ]
	%2776 = phi float [ %1744, %loop ], [ %2635, %partial ]
	%2777 = phi float [ %1745, %loop ], [ %2647, %partial ]
	%2778 = phi float [ %1746, %loop ], [ %2659, %partial ]
	%2779 = phi float [ %1747, %loop ], [ %2671, %partial ]
	%2780 = phi float [ %1749, %loop ], [ %2683, %partial ]
	%2781 = phi float [ %1750, %loop ], [ %2695, %partial ]
	%2782 = phi float [ %1751, %loop ], [ %2707, %partial ]
	%2783 = phi float [ %1752, %loop ], [ %2719, %partial ]
	%2784 = call float @llvm.nvvm.fmax.f(float %2720, float %2721)
	%2785 = call float @llvm.nvvm.fmax.f(float %2724, float %2725)
	%2786 = call float @llvm.nvvm.fmax.f(float %2728, float %2729)
	%2787 = call float @llvm.nvvm.fmax.f(float %2732, float %2733)
	%2788 = call float @llvm.nvvm.fmax.f(float %2736, float %2737)
	%2789 = call float @llvm.nvvm.fmax.f(float %2740, float %2741)
	%2790 = call float @llvm.nvvm.fmax.f(float %2744, float %2745)
	%2791 = call float @llvm.nvvm.fmax.f(float %2748, float %2749)
	%2792 = call float @llvm.nvvm.fmax.f(float %2784, float %2785)
	%2793 = call float @llvm.nvvm.fmax.f(float %2786, float %2787)
	%2794 = call float @llvm.nvvm.fmax.f(float %2788, float %2789)
	%2795 = call float @llvm.nvvm.fmax.f(float %2790, float %2791)
	%2796 = call float @llvm.nvvm.fmax.f(float %2792, float %2793)
	%2797 = call float @llvm.nvvm.fmax.f(float %2794, float %2795)
	%2798 = call float @llvm.nvvm.fmax.f(float %2796, float %2797)
	%2799 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2798, i32 1, i32 31)
	%2800 = call float @llvm.nvvm.fmax.f(float %2798, float %2799)
	%2801 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2800, i32 2, i32 31)
	%2802 = call float @llvm.nvvm.fmax.f(float %2800, float %2801)
	%2803 = fmul float %2802, 0x3FC0527DC0000000
	%2804 = call float @llvm.nvvm.fmax.f(float %597, float %2803)
	%2805 = fadd float %597, 8.0
	%2806 = fcmp ogt float %2804, %2805
	%2807 = or i1 false, %2806
	%2808 = call float @llvm.nvvm.fmax.f(float %2722, float %2723)
	%2809 = call float @llvm.nvvm.fmax.f(float %2726, float %2727)
	%2810 = call float @llvm.nvvm.fmax.f(float %2730, float %2731)
	%2811 = call float @llvm.nvvm.fmax.f(float %2734, float %2735)
	%2812 = call float @llvm.nvvm.fmax.f(float %2738, float %2739)
	%2813 = call float @llvm.nvvm.fmax.f(float %2742, float %2743)
	%2814 = call float @llvm.nvvm.fmax.f(float %2746, float %2747)
	%2815 = call float @llvm.nvvm.fmax.f(float %2750, float %2751)
	%2816 = call float @llvm.nvvm.fmax.f(float %2808, float %2809)
	%2817 = call float @llvm.nvvm.fmax.f(float %2810, float %2811)
	%2818 = call float @llvm.nvvm.fmax.f(float %2812, float %2813)
	%2819 = call float @llvm.nvvm.fmax.f(float %2814, float %2815)
	%2820 = call float @llvm.nvvm.fmax.f(float %2816, float %2817)
	%2821 = call float @llvm.nvvm.fmax.f(float %2818, float %2819)
	%2822 = call float @llvm.nvvm.fmax.f(float %2820, float %2821)
	%2823 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2822, i32 1, i32 31)
	%2824 = call float @llvm.nvvm.fmax.f(float %2822, float %2823)
	%2825 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2824, i32 2, i32 31)
	%2826 = call float @llvm.nvvm.fmax.f(float %2824, float %2825)
	%2827 = fmul float %2826, 0x3FC0527DC0000000
	%2828 = call float @llvm.nvvm.fmax.f(float %599, float %2827)
	%2829 = fadd float %599, 8.0
	%2830 = fcmp ogt float %2828, %2829
	%2831 = or i1 %2807, %2830
	%2832 = call float @llvm.nvvm.fmax.f(float %2752, float %2753)
	%2833 = call float @llvm.nvvm.fmax.f(float %2756, float %2757)
	%2834 = call float @llvm.nvvm.fmax.f(float %2760, float %2761)
	%2835 = call float @llvm.nvvm.fmax.f(float %2764, float %2765)
	%2836 = call float @llvm.nvvm.fmax.f(float %2768, float %2769)
	%2837 = call float @llvm.nvvm.fmax.f(float %2772, float %2773)
	%2838 = call float @llvm.nvvm.fmax.f(float %2776, float %2777)
	%2839 = call float @llvm.nvvm.fmax.f(float %2780, float %2781)
	%2840 = call float @llvm.nvvm.fmax.f(float %2832, float %2833)
	%2841 = call float @llvm.nvvm.fmax.f(float %2834, float %2835)
	%2842 = call float @llvm.nvvm.fmax.f(float %2836, float %2837)
	%2843 = call float @llvm.nvvm.fmax.f(float %2838, float %2839)
	%2844 = call float @llvm.nvvm.fmax.f(float %2840, float %2841)
	%2845 = call float @llvm.nvvm.fmax.f(float %2842, float %2843)
	%2846 = call float @llvm.nvvm.fmax.f(float %2844, float %2845)
	%2847 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2846, i32 1, i32 31)
	%2848 = call float @llvm.nvvm.fmax.f(float %2846, float %2847)
	%2849 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2848, i32 2, i32 31)
	%2850 = call float @llvm.nvvm.fmax.f(float %2848, float %2849)
	%2851 = fmul float %2850, 0x3FC0527DC0000000
	%2852 = call float @llvm.nvvm.fmax.f(float %601, float %2851)
	%2853 = fadd float %601, 8.0
	%2854 = fcmp ogt float %2852, %2853
	%2855 = or i1 %2831, %2854
	%2856 = call float @llvm.nvvm.fmax.f(float %2754, float %2755)
	%2857 = call float @llvm.nvvm.fmax.f(float %2758, float %2759)
	%2858 = call float @llvm.nvvm.fmax.f(float %2762, float %2763)
	%2859 = call float @llvm.nvvm.fmax.f(float %2766, float %2767)
	%2860 = call float @llvm.nvvm.fmax.f(float %2770, float %2771)
	%2861 = call float @llvm.nvvm.fmax.f(float %2774, float %2775)
	%2862 = call float @llvm.nvvm.fmax.f(float %2778, float %2779)
	%2863 = call float @llvm.nvvm.fmax.f(float %2782, float %2783)
	%2864 = call float @llvm.nvvm.fmax.f(float %2856, float %2857)
	%2865 = call float @llvm.nvvm.fmax.f(float %2858, float %2859)
	%2866 = call float @llvm.nvvm.fmax.f(float %2860, float %2861)
	%2867 = call float @llvm.nvvm.fmax.f(float %2862, float %2863)
	%2868 = call float @llvm.nvvm.fmax.f(float %2864, float %2865)
	%2869 = call float @llvm.nvvm.fmax.f(float %2866, float %2867)
	%2870 = call float @llvm.nvvm.fmax.f(float %2868, float %2869)
	%2871 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2870, i32 1, i32 31)
	%2872 = call float @llvm.nvvm.fmax.f(float %2870, float %2871)
	%2873 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2872, i32 2, i32 31)
	%2874 = call float @llvm.nvvm.fmax.f(float %2872, float %2873)
	%2875 = fmul float %2874, 0x3FC0527DC0000000
	%2876 = call float @llvm.nvvm.fmax.f(float %603, float %2875)
	%2877 = fadd float %603, 8.0
	%2878 = fcmp ogt float %2876, %2877
	%2879 = or i1 %2855, %2878
	%2880 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2879)
	br i1 %2880, label %2881, label %3030

2881:
	%2882 = fcmp oeq float %2804, 0xFFF0000000000000
	%2883 = select i1 %2882, float 0.0, float %2804
	%2884 = fsub float %597, %2883
	%2885 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2884)
	%2886 = fcmp oeq float %2828, 0xFFF0000000000000
	%2887 = select i1 %2886, float 0.0, float %2828
	%2888 = fsub float %599, %2887
	%2889 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2888)
	%2890 = fcmp oeq float %2852, 0xFFF0000000000000
	%2891 = select i1 %2890, float 0.0, float %2852
	%2892 = fsub float %601, %2891
	%2893 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2892)
	%2894 = fcmp oeq float %2876, 0xFFF0000000000000
	%2895 = select i1 %2894, float 0.0, float %2876
	%2896 = fsub float %603, %2895
	%2897 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2896)
	%2898 = fmul float %469, %2885
	%2899 = fmul float %470, %2885
	%2900 = fmul float %471, %2889
	%2901 = fmul float %472, %2889
	%2902 = fmul float %473, %2885
	%2903 = fmul float %474, %2885
	%2904 = fmul float %475, %2889
	%2905 = fmul float %476, %2889
	%2906 = fmul float %477, %2885
	%2907 = fmul float %478, %2885
	%2908 = fmul float %479, %2889
	%2909 = fmul float %480, %2889
	%2910 = fmul float %481, %2885
	%2911 = fmul float %482, %2885
	%2912 = fmul float %483, %2889
	%2913 = fmul float %484, %2889
	%2914 = fmul float %485, %2885
	%2915 = fmul float %486, %2885
	%2916 = fmul float %487, %2889
	%2917 = fmul float %488, %2889
	%2918 = fmul float %489, %2885
	%2919 = fmul float %490, %2885
	%2920 = fmul float %491, %2889
	%2921 = fmul float %492, %2889
	%2922 = fmul float %493, %2885
	%2923 = fmul float %494, %2885
	%2924 = fmul float %495, %2889
	%2925 = fmul float %496, %2889
	%2926 = fmul float %497, %2885
	%2927 = fmul float %498, %2885
	%2928 = fmul float %499, %2889
	%2929 = fmul float %500, %2889
	%2930 = fmul float %501, %2885
	%2931 = fmul float %502, %2885
	%2932 = fmul float %503, %2889
	%2933 = fmul float %504, %2889
	%2934 = fmul float %505, %2885
	%2935 = fmul float %506, %2885
	%2936 = fmul float %507, %2889
	%2937 = fmul float %508, %2889
	%2938 = fmul float %509, %2885
	%2939 = fmul float %510, %2885
	%2940 = fmul float %511, %2889
	%2941 = fmul float %512, %2889
	%2942 = fmul float %513, %2885
	%2943 = fmul float %514, %2885
	%2944 = fmul float %515, %2889
	%2945 = fmul float %516, %2889
	%2946 = fmul float %517, %2885
	%2947 = fmul float %518, %2885
	%2948 = fmul float %519, %2889
	%2949 = fmul float %520, %2889
	%2950 = fmul float %521, %2885
	%2951 = fmul float %522, %2885
	%2952 = fmul float %523, %2889
	%2953 = fmul float %524, %2889
	%2954 = fmul float %525, %2885
	%2955 = fmul float %526, %2885
	%2956 = fmul float %527, %2889
	%2957 = fmul float %528, %2889
	%2958 = fmul float %529, %2885
	%2959 = fmul float %530, %2885
	%2960 = fmul float %531, %2889
	%2961 = fmul float %532, %2889
	%2962 = fmul float %533, %2893
	%2963 = fmul float %534, %2893
	%2964 = fmul float %535, %2897
	%2965 = fmul float %536, %2897
	%2966 = fmul float %537, %2893
	%2967 = fmul float %538, %2893
	%2968 = fmul float %539, %2897
	%2969 = fmul float %540, %2897
	%2970 = fmul float %541, %2893
	%2971 = fmul float %542, %2893
	%2972 = fmul float %543, %2897
	%2973 = fmul float %544, %2897
	%2974 = fmul float %545, %2893
	%2975 = fmul float %546, %2893
	%2976 = fmul float %547, %2897
	%2977 = fmul float %548, %2897
	%2978 = fmul float %549, %2893
	%2979 = fmul float %550, %2893
	%2980 = fmul float %551, %2897
	%2981 = fmul float %552, %2897
	%2982 = fmul float %553, %2893
	%2983 = fmul float %554, %2893
	%2984 = fmul float %555, %2897
	%2985 = fmul float %556, %2897
	%2986 = fmul float %557, %2893
	%2987 = fmul float %558, %2893
	%2988 = fmul float %559, %2897
	%2989 = fmul float %560, %2897
	%2990 = fmul float %561, %2893
	%2991 = fmul float %562, %2893
	%2992 = fmul float %563, %2897
	%2993 = fmul float %564, %2897
	%2994 = fmul float %565, %2893
	%2995 = fmul float %566, %2893
	%2996 = fmul float %567, %2897
	%2997 = fmul float %568, %2897
	%2998 = fmul float %569, %2893
	%2999 = fmul float %570, %2893
	%3000 = fmul float %571, %2897
	%3001 = fmul float %572, %2897
	%3002 = fmul float %573, %2893
	%3003 = fmul float %574, %2893
	%3004 = fmul float %575, %2897
	%3005 = fmul float %576, %2897
	%3006 = fmul float %577, %2893
	%3007 = fmul float %578, %2893
	%3008 = fmul float %579, %2897
	%3009 = fmul float %580, %2897
	%3010 = fmul float %581, %2893
	%3011 = fmul float %582, %2893
	%3012 = fmul float %583, %2897
	%3013 = fmul float %584, %2897
	%3014 = fmul float %585, %2893
	%3015 = fmul float %586, %2893
	%3016 = fmul float %587, %2897
	%3017 = fmul float %588, %2897
	%3018 = fmul float %589, %2893
	%3019 = fmul float %590, %2893
	%3020 = fmul float %591, %2897
	%3021 = fmul float %592, %2897
	%3022 = fmul float %593, %2893
	%3023 = fmul float %594, %2893
	%3024 = fmul float %595, %2897
	%3025 = fmul float %596, %2897
	%3026 = fmul float %598, %2885
	%3027 = fmul float %600, %2889
	%3028 = fmul float %602, %2893
	%3029 = fmul float %604, %2897
	br label %3030

3030:
	%3031 = phi float [ %469, %softmax ], [ %2898, %2881 ]
	%3032 = phi float [ %470, %softmax ], [ %2899, %2881 ]
	%3033 = phi float [ %471, %softmax ], [ %2900, %2881 ]
	%3034 = phi float [ %472, %softmax ], [ %2901, %2881 ]
	%3035 = phi float [ %473, %softmax ], [ %2902, %2881 ]
	%3036 = phi float [ %474, %softmax ], [ %2903, %2881 ]
	%3037 = phi float [ %475, %softmax ], [ %2904, %2881 ]
	%3038 = phi float [ %476, %softmax ], [ %2905, %2881 ]
	%3039 = phi float [ %477, %softmax ], [ %2906, %2881 ]
	%3040 = phi float [ %478, %softmax ], [ %2907, %2881 ]
	%3041 = phi float [ %479, %softmax ], [ %2908, %2881 ]
	%3042 = phi float [ %480, %softmax ], [ %2909, %2881 ]
	%3043 = phi float [ %481, %softmax ], [ %2910, %2881 ]
	%3044 = phi float [ %482, %softmax ], [ %2911, %2881 ]
	%3045 = phi float [ %483, %softmax ], [ %2912, %2881 ]
	%3046 = phi float [ %484, %softmax ], [ %2913, %2881 ]
	%3047 = phi float [ %485, %softmax ], [ %2914, %2881 ]
	%3048 = phi float [ %486, %softmax ], [ %2915, %2881 ]
	%3049 = phi float [ %487, %softmax ], [ %2916, %2881 ]
	%3050 = phi float [ %488, %softmax ], [ %2917, %2881 ]
	%3051 = phi float [ %489, %softmax ], [ %2918, %2881 ]
	%3052 = phi float [ %490, %softmax ], [ %2919, %2881 ]
	%3053 = phi float [ %491, %softmax ], [ %2920, %2881 ]
	%3054 = phi float [ %492, %softmax ], [ %2921, %2881 ]
	%3055 = phi float [ %493, %softmax ], [ %2922, %2881 ]
	%3056 = phi float [ %494, %softmax ], [ %2923, %2881 ]
	%3057 = phi float [ %495, %softmax ], [ %2924, %2881 ]
	%3058 = phi float [ %496, %softmax ], [ %2925, %2881 ]
	%3059 = phi float [ %497, %softmax ], [ %2926, %2881 ]
	%3060 = phi float [ %498, %softmax ], [ %2927, %2881 ]
	%3061 = phi float [ %499, %softmax ], [ %2928, %2881 ]
	%3062 = phi float [ %500, %softmax ], [ %2929, %2881 ]
	%3063 = phi float [ %501, %softmax ], [ %2930, %2881 ]
	%3064 = phi float [ %502, %softmax ], [ %2931, %2881 ]
	%3065 = phi float [ %503, %softmax ], [ %2932, %2881 ]
	%3066 = phi float [ %504, %softmax ], [ %2933, %2881 ]
	%3067 = phi float [ %505, %softmax ], [ %2934, %2881 ]
	%3068 = phi float [ %506, %softmax ], [ %2935, %2881 ]
	%3069 = phi float [ %507, %softmax ], [ %2936, %2881 ]
	%3070 = phi float [ %508, %softmax ], [ %2937, %2881 ]
	%3071 = phi float [ %509, %softmax ], [ %2938, %2881 ]
	%3072 = phi float [ %510, %softmax ], [ %2939, %2881 ]
	%3073 = phi float [ %511, %softmax ], [ %2940, %2881 ]
	%3074 = phi float [ %512, %softmax ], [ %2941, %2881 ]
	%3075 = phi float [ %513, %softmax ], [ %2942, %2881 ]
	%3076 = phi float [ %514, %softmax ], [ %2943, %2881 ]
	%3077 = phi float [ %515, %softmax ], [ %2944, %2881 ]
	%3078 = phi float [ %516, %softmax ], [ %2945, %2881 ]
	%3079 = phi float [ %517, %softmax ], [ %2946, %2881 ]
	%3080 = phi float [ %518, %softmax ], [ %2947, %2881 ]
	%3081 = phi float [ %519, %softmax ], [ %2948, %2881 ]
	%3082 = phi float [ %520, %softmax ], [ %2949, %2881 ]
	%3083 = phi float [ %521, %softmax ], [ %2950, %2881 ]
	%3084 = phi float [ %522, %softmax ], [ %2951, %2881 ]
	%3085 = phi float [ %523, %softmax ], [ %2952, %2881 ]
	%3086 = phi float [ %524, %softmax ], [ %2953, %2881 ]
	%3087 = phi float [ %525, %softmax ], [ %2954, %2881 ]
	%3088 = phi float [ %526, %softmax ], [ %2955, %2881 ]
	%3089 = phi float [ %527, %softmax ], [ %2956, %2881 ]
	%3090 = phi float [ %528, %softmax ], [ %2957, %2881 ]
	%3091 = phi float [ %529, %softmax ], [ %2958, %2881 ]
	%3092 = phi float [ %530, %softmax ], [ %2959, %2881 ]
	%3093 = phi float [ %531, %softmax ], [ %2960, %2881 ]
	%3094 = phi float [ %532, %softmax ], [ %2961, %2881 ]
	%3095 = phi float [ %533, %softmax ], [ %2962, %2881 ]
	%3096 = phi float [ %534, %softmax ], [ %2963, %2881 ]
	%3097 = phi float [ %535, %softmax ], [ %2964, %2881 ]
	%3098 = phi float [ %536, %softmax ], [ %2965, %2881 ]
	%3099 = phi float [ %537, %softmax ], [ %2966, %2881 ]
	%3100 = phi float [ %538, %softmax ], [ %2967, %2881 ]
	%3101 = phi float [ %539, %softmax ], [ %2968, %2881 ]
	%3102 = phi float [ %540, %softmax ], [ %2969, %2881 ]
	%3103 = phi float [ %541, %softmax ], [ %2970, %2881 ]
	%3104 = phi float [ %542, %softmax ], [ %2971, %2881 ]
	%3105 = phi float [ %543, %softmax ], [ %2972, %2881 ]
	%3106 = phi float [ %544, %softmax ], [ %2973, %2881 ]
	%3107 = phi float [ %545, %softmax ], [ %2974, %2881 ]
	%3108 = phi float [ %546, %softmax ], [ %2975, %2881 ]
	%3109 = phi float [ %547, %softmax ], [ %2976, %2881 ]
	%3110 = phi float [ %548, %softmax ], [ %2977, %2881 ]
	%3111 = phi float [ %549, %softmax ], [ %2978, %2881 ]
	%3112 = phi float [ %550, %softmax ], [ %2979, %2881 ]
	%3113 = phi float [ %551, %softmax ], [ %2980, %2881 ]
	%3114 = phi float [ %552, %softmax ], [ %2981, %2881 ]
	%3115 = phi float [ %553, %softmax ], [ %2982, %2881 ]
	%3116 = phi float [ %554, %softmax ], [ %2983, %2881 ]
	%3117 = phi float [ %555, %softmax ], [ %2984, %2881 ]
	%3118 = phi float [ %556, %softmax ], [ %2985, %2881 ]
	%3119 = phi float [ %557, %softmax ], [ %2986, %2881 ]
	%3120 = phi float [ %558, %softmax ], [ %2987, %2881 ]
	%3121 = phi float [ %559, %softmax ], [ %2988, %2881 ]
	%3122 = phi float [ %560, %softmax ], [ %2989, %2881 ]
	%3123 = phi float [ %561, %softmax ], [ %2990, %2881 ]
	%3124 = phi float [ %562, %softmax ], [ %2991, %2881 ]
	%3125 = phi float [ %563, %softmax ], [ %2992, %2881 ]
	%3126 = phi float [ %564, %softmax ], [ %2993, %2881 ]
	%3127 = phi float [ %565, %softmax ], [ %2994, %2881 ]
	%3128 = phi float [ %566, %softmax ], [ %2995, %2881 ]
	%3129 = phi float [ %567, %softmax ], [ %2996, %2881 ]
	%3130 = phi float [ %568, %softmax ], [ %2997, %2881 ]
	%3131 = phi float [ %569, %softmax ], [ %2998, %2881 ]
	%3132 = phi float [ %570, %softmax ], [ %2999, %2881 ]
	%3133 = phi float [ %571, %softmax ], [ %3000, %2881 ]
	%3134 = phi float [ %572, %softmax ], [ %3001, %2881 ]
	%3135 = phi float [ %573, %softmax ], [ %3002, %2881 ]
	%3136 = phi float [ %574, %softmax ], [ %3003, %2881 ]
	%3137 = phi float [ %575, %softmax ], [ %3004, %2881 ]
	%3138 = phi float [ %576, %softmax ], [ %3005, %2881 ]
	%3139 = phi float [ %577, %softmax ], [ %3006, %2881 ]
	%3140 = phi float [ %578, %softmax ], [ %3007, %2881 ]
	%3141 = phi float [ %579, %softmax ], [ %3008, %2881 ]
	%3142 = phi float [ %580, %softmax ], [ %3009, %2881 ]
	%3143 = phi float [ %581, %softmax ], [ %3010, %2881 ]
	%3144 = phi float [ %582, %softmax ], [ %3011, %2881 ]
	%3145 = phi float [ %583, %softmax ], [ %3012, %2881 ]
	%3146 = phi float [ %584, %softmax ], [ %3013, %2881 ]
	%3147 = phi float [ %585, %softmax ], [ %3014, %2881 ]
	%3148 = phi float [ %586, %softmax ], [ %3015, %2881 ]
	%3149 = phi float [ %587, %softmax ], [ %3016, %2881 ]
	%3150 = phi float [ %588, %softmax ], [ %3017, %2881 ]
	%3151 = phi float [ %589, %softmax ], [ %3018, %2881 ]
	%3152 = phi float [ %590, %softmax ], [ %3019, %2881 ]
	%3153 = phi float [ %591, %softmax ], [ %3020, %2881 ]
	%3154 = phi float [ %592, %softmax ], [ %3021, %2881 ]
	%3155 = phi float [ %593, %softmax ], [ %3022, %2881 ]
	%3156 = phi float [ %594, %softmax ], [ %3023, %2881 ]
	%3157 = phi float [ %595, %softmax ], [ %3024, %2881 ]
	%3158 = phi float [ %596, %softmax ], [ %3025, %2881 ]
	%3159 = phi float [ %598, %softmax ], [ %3026, %2881 ]
	%3160 = phi float [ %600, %softmax ], [ %3027, %2881 ]
	%3161 = phi float [ %602, %softmax ], [ %3028, %2881 ]
	%3162 = phi float [ %604, %softmax ], [ %3029, %2881 ]
	%3163 = select i1 %2880, float %2804, float %597
	%3164 = fcmp oeq float %3163, 0xFFF0000000000000
	%3165 = select i1 %3164, float 0.0, float %3163
	%3166 = fneg float %3165
	%3167 = call float @llvm.fma.f32(float %2720, float 0x3FC0527DC0000000, float %3166)
	%3168 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3167)
	%3169 = call float @llvm.fma.f32(float %2721, float 0x3FC0527DC0000000, float %3166)
	%3170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3169)
	%3171 = call float @llvm.fma.f32(float %2724, float 0x3FC0527DC0000000, float %3166)
	%3172 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3171)
	%3173 = call float @llvm.fma.f32(float %2725, float 0x3FC0527DC0000000, float %3166)
	%3174 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3173)
	%3175 = call float @llvm.fma.f32(float %2728, float 0x3FC0527DC0000000, float %3166)
	%3176 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3175)
	%3177 = call float @llvm.fma.f32(float %2729, float 0x3FC0527DC0000000, float %3166)
	%3178 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3177)
	%3179 = call float @llvm.fma.f32(float %2732, float 0x3FC0527DC0000000, float %3166)
	%3180 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3179)
	%3181 = call float @llvm.fma.f32(float %2733, float 0x3FC0527DC0000000, float %3166)
	%3182 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3181)
	%3183 = call float @llvm.fma.f32(float %2736, float 0x3FC0527DC0000000, float %3166)
	%3184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3183)
	%3185 = call float @llvm.fma.f32(float %2737, float 0x3FC0527DC0000000, float %3166)
	%3186 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3185)
	%3187 = call float @llvm.fma.f32(float %2740, float 0x3FC0527DC0000000, float %3166)
	%3188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3187)
	%3189 = call float @llvm.fma.f32(float %2741, float 0x3FC0527DC0000000, float %3166)
	%3190 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3189)
	%3191 = call float @llvm.fma.f32(float %2744, float 0x3FC0527DC0000000, float %3166)
	%3192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3191)
	%3193 = call float @llvm.fma.f32(float %2745, float 0x3FC0527DC0000000, float %3166)
	%3194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3193)
	%3195 = call float @llvm.fma.f32(float %2748, float 0x3FC0527DC0000000, float %3166)
	%3196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3195)
	%3197 = call float @llvm.fma.f32(float %2749, float 0x3FC0527DC0000000, float %3166)
	%3198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3197)
	%3199 = fadd float %3168, %3170
	%3200 = fadd float %3172, %3174
	%3201 = fadd float %3176, %3178
	%3202 = fadd float %3180, %3182
	%3203 = fadd float %3184, %3186
	%3204 = fadd float %3188, %3190
	%3205 = fadd float %3192, %3194
	%3206 = fadd float %3196, %3198
	%3207 = fadd float %3199, %3200
	%3208 = fadd float %3201, %3202
	%3209 = fadd float %3203, %3204
	%3210 = fadd float %3205, %3206
	%3211 = fadd float %3207, %3208
	%3212 = fadd float %3209, %3210
	%3213 = fadd float %3211, %3212
	%3214 = fadd float %3159, %3213
	%3215 = select i1 %2880, float %2828, float %599
	%3216 = fcmp oeq float %3215, 0xFFF0000000000000
	%3217 = select i1 %3216, float 0.0, float %3215
	%3218 = fneg float %3217
	%3219 = call float @llvm.fma.f32(float %2722, float 0x3FC0527DC0000000, float %3218)
	%3220 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3219)
	%3221 = call float @llvm.fma.f32(float %2723, float 0x3FC0527DC0000000, float %3218)
	%3222 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3221)
	%3223 = call float @llvm.fma.f32(float %2726, float 0x3FC0527DC0000000, float %3218)
	%3224 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3223)
	%3225 = call float @llvm.fma.f32(float %2727, float 0x3FC0527DC0000000, float %3218)
	%3226 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3225)
	%3227 = call float @llvm.fma.f32(float %2730, float 0x3FC0527DC0000000, float %3218)
	%3228 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3227)
	%3229 = call float @llvm.fma.f32(float %2731, float 0x3FC0527DC0000000, float %3218)
	%3230 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3229)
	%3231 = call float @llvm.fma.f32(float %2734, float 0x3FC0527DC0000000, float %3218)
	%3232 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3231)
	%3233 = call float @llvm.fma.f32(float %2735, float 0x3FC0527DC0000000, float %3218)
	%3234 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3233)
	%3235 = call float @llvm.fma.f32(float %2738, float 0x3FC0527DC0000000, float %3218)
	%3236 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3235)
	%3237 = call float @llvm.fma.f32(float %2739, float 0x3FC0527DC0000000, float %3218)
	%3238 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3237)
	%3239 = call float @llvm.fma.f32(float %2742, float 0x3FC0527DC0000000, float %3218)
	%3240 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3239)
	%3241 = call float @llvm.fma.f32(float %2743, float 0x3FC0527DC0000000, float %3218)
	%3242 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3241)
	%3243 = call float @llvm.fma.f32(float %2746, float 0x3FC0527DC0000000, float %3218)
	%3244 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3243)
	%3245 = call float @llvm.fma.f32(float %2747, float 0x3FC0527DC0000000, float %3218)
	%3246 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3245)
	%3247 = call float @llvm.fma.f32(float %2750, float 0x3FC0527DC0000000, float %3218)
	%3248 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3247)
	%3249 = call float @llvm.fma.f32(float %2751, float 0x3FC0527DC0000000, float %3218)
	%3250 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3249)
	%3251 = fadd float %3220, %3222
	%3252 = fadd float %3224, %3226
	%3253 = fadd float %3228, %3230
	%3254 = fadd float %3232, %3234
	%3255 = fadd float %3236, %3238
	%3256 = fadd float %3240, %3242
	%3257 = fadd float %3244, %3246
	%3258 = fadd float %3248, %3250
	%3259 = fadd float %3251, %3252
	%3260 = fadd float %3253, %3254
	%3261 = fadd float %3255, %3256
	%3262 = fadd float %3257, %3258
	%3263 = fadd float %3259, %3260
	%3264 = fadd float %3261, %3262
	%3265 = fadd float %3263, %3264
	%3266 = fadd float %3160, %3265
	%3267 = select i1 %2880, float %2852, float %601
	%3268 = fcmp oeq float %3267, 0xFFF0000000000000
	%3269 = select i1 %3268, float 0.0, float %3267
	%3270 = fneg float %3269
	%3271 = call float @llvm.fma.f32(float %2752, float 0x3FC0527DC0000000, float %3270)
	%3272 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3271)
	%3273 = call float @llvm.fma.f32(float %2753, float 0x3FC0527DC0000000, float %3270)
	%3274 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3273)
	%3275 = call float @llvm.fma.f32(float %2756, float 0x3FC0527DC0000000, float %3270)
	%3276 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3275)
	%3277 = call float @llvm.fma.f32(float %2757, float 0x3FC0527DC0000000, float %3270)
	%3278 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3277)
	%3279 = call float @llvm.fma.f32(float %2760, float 0x3FC0527DC0000000, float %3270)
	%3280 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3279)
	%3281 = call float @llvm.fma.f32(float %2761, float 0x3FC0527DC0000000, float %3270)
	%3282 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3281)
	%3283 = call float @llvm.fma.f32(float %2764, float 0x3FC0527DC0000000, float %3270)
	%3284 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3283)
	%3285 = call float @llvm.fma.f32(float %2765, float 0x3FC0527DC0000000, float %3270)
	%3286 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3285)
	%3287 = call float @llvm.fma.f32(float %2768, float 0x3FC0527DC0000000, float %3270)
	%3288 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3287)
	%3289 = call float @llvm.fma.f32(float %2769, float 0x3FC0527DC0000000, float %3270)
	%3290 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3289)
	%3291 = call float @llvm.fma.f32(float %2772, float 0x3FC0527DC0000000, float %3270)
	%3292 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3291)
	%3293 = call float @llvm.fma.f32(float %2773, float 0x3FC0527DC0000000, float %3270)
	%3294 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3293)
	%3295 = call float @llvm.fma.f32(float %2776, float 0x3FC0527DC0000000, float %3270)
	%3296 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3295)
	%3297 = call float @llvm.fma.f32(float %2777, float 0x3FC0527DC0000000, float %3270)
	%3298 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3297)
	%3299 = call float @llvm.fma.f32(float %2780, float 0x3FC0527DC0000000, float %3270)
	%3300 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3299)
	%3301 = call float @llvm.fma.f32(float %2781, float 0x3FC0527DC0000000, float %3270)
	%3302 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3301)
	%3303 = fadd float %3272, %3274
	%3304 = fadd float %3276, %3278
	%3305 = fadd float %3280, %3282
	%3306 = fadd float %3284, %3286
	%3307 = fadd float %3288, %3290
	%3308 = fadd float %3292, %3294
	%3309 = fadd float %3296, %3298
	%3310 = fadd float %3300, %3302
	%3311 = fadd float %3303, %3304
	%3312 = fadd float %3305, %3306
	%3313 = fadd float %3307, %3308
	%3314 = fadd float %3309, %3310
	%3315 = fadd float %3311, %3312
	%3316 = fadd float %3313, %3314
	%3317 = fadd float %3315, %3316
	%3318 = fadd float %3161, %3317
	%3319 = select i1 %2880, float %2876, float %603
	%3320 = fcmp oeq float %3319, 0xFFF0000000000000
	%3321 = select i1 %3320, float 0.0, float %3319
	%3322 = fneg float %3321
	%3323 = call float @llvm.fma.f32(float %2754, float 0x3FC0527DC0000000, float %3322)
	%3324 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3323)
	%3325 = call float @llvm.fma.f32(float %2755, float 0x3FC0527DC0000000, float %3322)
	%3326 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3325)
	%3327 = call float @llvm.fma.f32(float %2758, float 0x3FC0527DC0000000, float %3322)
	%3328 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3327)
	%3329 = call float @llvm.fma.f32(float %2759, float 0x3FC0527DC0000000, float %3322)
	%3330 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3329)
	%3331 = call float @llvm.fma.f32(float %2762, float 0x3FC0527DC0000000, float %3322)
	%3332 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3331)
	%3333 = call float @llvm.fma.f32(float %2763, float 0x3FC0527DC0000000, float %3322)
	%3334 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3333)
	%3335 = call float @llvm.fma.f32(float %2766, float 0x3FC0527DC0000000, float %3322)
	%3336 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3335)
	%3337 = call float @llvm.fma.f32(float %2767, float 0x3FC0527DC0000000, float %3322)
	%3338 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3337)
	%3339 = call float @llvm.fma.f32(float %2770, float 0x3FC0527DC0000000, float %3322)
	%3340 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3339)
	%3341 = call float @llvm.fma.f32(float %2771, float 0x3FC0527DC0000000, float %3322)
	%3342 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3341)
	%3343 = call float @llvm.fma.f32(float %2774, float 0x3FC0527DC0000000, float %3322)
	%3344 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3343)
	%3345 = call float @llvm.fma.f32(float %2775, float 0x3FC0527DC0000000, float %3322)
	%3346 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3345)
	%3347 = call float @llvm.fma.f32(float %2778, float 0x3FC0527DC0000000, float %3322)
	%3348 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3347)
	%3349 = call float @llvm.fma.f32(float %2779, float 0x3FC0527DC0000000, float %3322)
	%3350 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3349)
	%3351 = call float @llvm.fma.f32(float %2782, float 0x3FC0527DC0000000, float %3322)
	%3352 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3351)
	%3353 = call float @llvm.fma.f32(float %2783, float 0x3FC0527DC0000000, float %3322)
	%3354 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3353)
	%3355 = fadd float %3324, %3326
	%3356 = fadd float %3328, %3330
	%3357 = fadd float %3332, %3334
	%3358 = fadd float %3336, %3338
	%3359 = fadd float %3340, %3342
	%3360 = fadd float %3344, %3346
	%3361 = fadd float %3348, %3350
	%3362 = fadd float %3352, %3354
	%3363 = fadd float %3355, %3356
	%3364 = fadd float %3357, %3358
	%3365 = fadd float %3359, %3360
	%3366 = fadd float %3361, %3362
	%3367 = fadd float %3363, %3364
	%3368 = fadd float %3365, %3366
	%3369 = fadd float %3367, %3368
	%3370 = fadd float %3162, %3369
	%3371 = add i32 %467, 1
	%3372 = icmp slt i32 %3371, %NK
	%3373 = select i1 %3372, i32 %3371, i32 0
	%3374 = add i32 %30, %3373
	%3375 = sext i32 %3374 to i64
	%3376 = getelementptr i32, i32* %list, i64 %3375
	%3377 = load i32, i32* %3376
	%3378 = select i1 %3372, i32 %3377, i32 -1
	%3379 = icmp sge i32 %3378, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %3379, label %prefetch, label %pv

prefetch:
	%3380 = mul i32 %3378, 64
	%3381 = lshr i32 %3, 4
	%3382 = and i32 %3, 15
	%3383 = and i32 %3381, 7
	%3384 = xor i32 %3382, %3383
	%3385 = mul i32 %3381, 16
	%3386 = add i32 %3385, %3384
	%3387 = shl i32 %3386, 4
	%3388 = add i32 %0, %3387
	%3389 = add i32 %3380, %3381
	%3390 = mul i32 %3389, 128
	%3391 = mul i32 %3382, 8
	%3392 = add i32 %3390, %3391
	%3393 = sext i32 %3392 to i64
	%3394 = getelementptr i16, i16* %21, i64 %3393
	%3395 = add i32 %3389, 0
	%3396 = icmp slt i32 %3395, %N
	%3397 = getelementptr i16, i16* %3394, i64 0
	%3398 = select i1 %3396, i16* %3397, i16* %21
	%3399 = add i32 %3388, 0
	%3400 = select i1 %3396, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3399, i16* %3398, i32 %3400)
	%3401 = add i32 %3389, 4
	%3402 = icmp slt i32 %3401, %N
	%3403 = getelementptr i16, i16* %3394, i64 512
	%3404 = select i1 %3402, i16* %3403, i16* %21
	%3405 = add i32 %3381, 4
	%3406 = and i32 %3405, 7
	%3407 = xor i32 %3382, %3406
	%3408 = mul i32 %3405, 16
	%3409 = add i32 %3408, %3407
	%3410 = shl i32 %3409, 4
	%3411 = add i32 %0, %3410
	%3412 = select i1 %3402, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3411, i16* %3404, i32 %3412)
	%3413 = add i32 %3389, 8
	%3414 = icmp slt i32 %3413, %N
	%3415 = getelementptr i16, i16* %3394, i64 1024
	%3416 = select i1 %3414, i16* %3415, i16* %21
	%3417 = add i32 %3381, 8
	%3418 = and i32 %3417, 7
	%3419 = xor i32 %3382, %3418
	%3420 = mul i32 %3417, 16
	%3421 = add i32 %3420, %3419
	%3422 = shl i32 %3421, 4
	%3423 = add i32 %0, %3422
	%3424 = select i1 %3414, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3423, i16* %3416, i32 %3424)
	%3425 = add i32 %3389, 12
	%3426 = icmp slt i32 %3425, %N
	%3427 = getelementptr i16, i16* %3394, i64 1536
	%3428 = select i1 %3426, i16* %3427, i16* %21
	%3429 = add i32 %3381, 12
	%3430 = and i32 %3429, 7
	%3431 = xor i32 %3382, %3430
	%3432 = mul i32 %3429, 16
	%3433 = add i32 %3432, %3431
	%3434 = shl i32 %3433, 4
	%3435 = add i32 %0, %3434
	%3436 = select i1 %3426, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3435, i16* %3428, i32 %3436)
	%3437 = add i32 %3389, 16
	%3438 = icmp slt i32 %3437, %N
	%3439 = getelementptr i16, i16* %3394, i64 2048
	%3440 = select i1 %3438, i16* %3439, i16* %21
	%3441 = add i32 %3381, 16
	%3442 = and i32 %3441, 7
	%3443 = xor i32 %3382, %3442
	%3444 = mul i32 %3441, 16
	%3445 = add i32 %3444, %3443
	%3446 = shl i32 %3445, 4
	%3447 = add i32 %0, %3446
	%3448 = select i1 %3438, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3447, i16* %3440, i32 %3448)
	%3449 = add i32 %3389, 20
	%3450 = icmp slt i32 %3449, %N
	%3451 = getelementptr i16, i16* %3394, i64 2560
	%3452 = select i1 %3450, i16* %3451, i16* %21
	%3453 = add i32 %3381, 20
	%3454 = and i32 %3453, 7
	%3455 = xor i32 %3382, %3454
	%3456 = mul i32 %3453, 16
	%3457 = add i32 %3456, %3455
	%3458 = shl i32 %3457, 4
	%3459 = add i32 %0, %3458
	%3460 = select i1 %3450, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3459, i16* %3452, i32 %3460)
	%3461 = add i32 %3389, 24
	%3462 = icmp slt i32 %3461, %N
	%3463 = getelementptr i16, i16* %3394, i64 3072
	%3464 = select i1 %3462, i16* %3463, i16* %21
	%3465 = add i32 %3381, 24
	%3466 = and i32 %3465, 7
	%3467 = xor i32 %3382, %3466
	%3468 = mul i32 %3465, 16
	%3469 = add i32 %3468, %3467
	%3470 = shl i32 %3469, 4
	%3471 = add i32 %0, %3470
	%3472 = select i1 %3462, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3471, i16* %3464, i32 %3472)
	%3473 = add i32 %3389, 28
	%3474 = icmp slt i32 %3473, %N
	%3475 = getelementptr i16, i16* %3394, i64 3584
	%3476 = select i1 %3474, i16* %3475, i16* %21
	%3477 = add i32 %3381, 28
	%3478 = and i32 %3477, 7
	%3479 = xor i32 %3382, %3478
	%3480 = mul i32 %3477, 16
	%3481 = add i32 %3480, %3479
	%3482 = shl i32 %3481, 4
	%3483 = add i32 %0, %3482
	%3484 = select i1 %3474, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3483, i16* %3476, i32 %3484)
	%3485 = add i32 %3389, 32
	%3486 = icmp slt i32 %3485, %N
	%3487 = getelementptr i16, i16* %3394, i64 u0x1000
	%3488 = select i1 %3486, i16* %3487, i16* %21
	%3489 = add i32 %3381, 32
	%3490 = and i32 %3489, 7
	%3491 = xor i32 %3382, %3490
	%3492 = mul i32 %3489, 16
	%3493 = add i32 %3492, %3491
	%3494 = shl i32 %3493, 4
	%3495 = add i32 %0, %3494
	%3496 = select i1 %3486, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3495, i16* %3488, i32 %3496)
	%3497 = add i32 %3389, 36
	%3498 = icmp slt i32 %3497, %N
	%3499 = getelementptr i16, i16* %3394, i64 4608
	%3500 = select i1 %3498, i16* %3499, i16* %21
	%3501 = add i32 %3381, 36
	%3502 = and i32 %3501, 7
	%3503 = xor i32 %3382, %3502
	%3504 = mul i32 %3501, 16
	%3505 = add i32 %3504, %3503
	%3506 = shl i32 %3505, 4
	%3507 = add i32 %0, %3506
	%3508 = select i1 %3498, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3507, i16* %3500, i32 %3508)
	%3509 = add i32 %3389, 40
	%3510 = icmp slt i32 %3509, %N
	%3511 = getelementptr i16, i16* %3394, i64 5120
	%3512 = select i1 %3510, i16* %3511, i16* %21
	%3513 = add i32 %3381, 40
	%3514 = and i32 %3513, 7
	%3515 = xor i32 %3382, %3514
	%3516 = mul i32 %3513, 16
	%3517 = add i32 %3516, %3515
	%3518 = shl i32 %3517, 4
	%3519 = add i32 %0, %3518
	%3520 = select i1 %3510, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3519, i16* %3512, i32 %3520)
	%3521 = add i32 %3389, 44
	%3522 = icmp slt i32 %3521, %N
	%3523 = getelementptr i16, i16* %3394, i64 5632
	%3524 = select i1 %3522, i16* %3523, i16* %21
	%3525 = add i32 %3381, 44
	%3526 = and i32 %3525, 7
	%3527 = xor i32 %3382, %3526
	%3528 = mul i32 %3525, 16
	%3529 = add i32 %3528, %3527
	%3530 = shl i32 %3529, 4
	%3531 = add i32 %0, %3530
	%3532 = select i1 %3522, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3531, i16* %3524, i32 %3532)
	%3533 = add i32 %3389, 48
	%3534 = icmp slt i32 %3533, %N
	%3535 = getelementptr i16, i16* %3394, i64 6144
	%3536 = select i1 %3534, i16* %3535, i16* %21
	%3537 = add i32 %3381, 48
	%3538 = and i32 %3537, 7
	%3539 = xor i32 %3382, %3538
	%3540 = mul i32 %3537, 16
	%3541 = add i32 %3540, %3539
	%3542 = shl i32 %3541, 4
	%3543 = add i32 %0, %3542
	%3544 = select i1 %3534, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3543, i16* %3536, i32 %3544)
	%3545 = add i32 %3389, 52
	%3546 = icmp slt i32 %3545, %N
	%3547 = getelementptr i16, i16* %3394, i64 6656
	%3548 = select i1 %3546, i16* %3547, i16* %21
	%3549 = add i32 %3381, 52
	%3550 = and i32 %3549, 7
	%3551 = xor i32 %3382, %3550
	%3552 = mul i32 %3549, 16
	%3553 = add i32 %3552, %3551
	%3554 = shl i32 %3553, 4
	%3555 = add i32 %0, %3554
	%3556 = select i1 %3546, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3555, i16* %3548, i32 %3556)
	%3557 = add i32 %3389, 56
	%3558 = icmp slt i32 %3557, %N
	%3559 = getelementptr i16, i16* %3394, i64 7168
	%3560 = select i1 %3558, i16* %3559, i16* %21
	%3561 = add i32 %3381, 56
	%3562 = and i32 %3561, 7
	%3563 = xor i32 %3382, %3562
	%3564 = mul i32 %3561, 16
	%3565 = add i32 %3564, %3563
	%3566 = shl i32 %3565, 4
	%3567 = add i32 %0, %3566
	%3568 = select i1 %3558, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3567, i16* %3560, i32 %3568)
	%3569 = add i32 %3389, 60
	%3570 = icmp slt i32 %3569, %N
	%3571 = getelementptr i16, i16* %3394, i64 7680
	%3572 = select i1 %3570, i16* %3571, i16* %21
	%3573 = add i32 %3381, 60
	%3574 = and i32 %3573, 7
	%3575 = xor i32 %3382, %3574
	%3576 = mul i32 %3573, 16
	%3577 = add i32 %3576, %3575
	%3578 = shl i32 %3577, 4
	%3579 = add i32 %0, %3578
	%3580 = select i1 %3570, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3579, i16* %3572, i32 %3580)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%3581 = and i32 %5, 7
	%3582 = lshr i32 %5, 3
	%3583 = and i32 %3582, 1
	%3584 = shl i32 %3583, 3
	%3585 = add i32 %3581, %3584
	%3586 = mul i32 %3585, 256
	%3587 = add i32 %1, %3586
	%3588 = and i32 %5, 7
	%3589 = xor i32 %247, %3588
	%3590 = shl i32 %3589, 4
	%3591 = add i32 %3587, %3590
	%3592 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3170, float %3168)
	%3593 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3222, float %3220)
	%3594 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3174, float %3172)
	%3595 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3226, float %3224)
	%3596 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3274, float %3272)
	%3597 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3326, float %3324)
	%3598 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3278, float %3276)
	%3599 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3330, float %3328)
	%3600 = xor i32 %3591, 0
	%3601 = add i32 %3600, 0
	%3602 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3601)
	%3603 = extractvalue { i32, i32, i32, i32 } %3602, 0
	%3604 = extractvalue { i32, i32, i32, i32 } %3602, 1
	%3605 = extractvalue { i32, i32, i32, i32 } %3602, 2
	%3606 = extractvalue { i32, i32, i32, i32 } %3602, 3
	%3607 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3603, i32 %3604, float %3031, float %3032, float %3033, float %3034)
	%3608 = extractvalue { float, float, float, float } %3607, 0
	%3609 = extractvalue { float, float, float, float } %3607, 1
	%3610 = extractvalue { float, float, float, float } %3607, 2
	%3611 = extractvalue { float, float, float, float } %3607, 3
	%3612 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3605, i32 %3606, float %3035, float %3036, float %3037, float %3038)
	%3613 = extractvalue { float, float, float, float } %3612, 0
	%3614 = extractvalue { float, float, float, float } %3612, 1
	%3615 = extractvalue { float, float, float, float } %3612, 2
	%3616 = extractvalue { float, float, float, float } %3612, 3
	%3617 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3603, i32 %3604, float %3095, float %3096, float %3097, float %3098)
	%3618 = extractvalue { float, float, float, float } %3617, 0
	%3619 = extractvalue { float, float, float, float } %3617, 1
	%3620 = extractvalue { float, float, float, float } %3617, 2
	%3621 = extractvalue { float, float, float, float } %3617, 3
	%3622 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3605, i32 %3606, float %3099, float %3100, float %3101, float %3102)
	%3623 = extractvalue { float, float, float, float } %3622, 0
	%3624 = extractvalue { float, float, float, float } %3622, 1
	%3625 = extractvalue { float, float, float, float } %3622, 2
	%3626 = extractvalue { float, float, float, float } %3622, 3
	%3627 = xor i32 %3591, 32
	%3628 = add i32 %3627, 0
	%3629 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3628)
	%3630 = extractvalue { i32, i32, i32, i32 } %3629, 0
	%3631 = extractvalue { i32, i32, i32, i32 } %3629, 1
	%3632 = extractvalue { i32, i32, i32, i32 } %3629, 2
	%3633 = extractvalue { i32, i32, i32, i32 } %3629, 3
	%3634 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3630, i32 %3631, float %3039, float %3040, float %3041, float %3042)
	%3635 = extractvalue { float, float, float, float } %3634, 0
	%3636 = extractvalue { float, float, float, float } %3634, 1
	%3637 = extractvalue { float, float, float, float } %3634, 2
	%3638 = extractvalue { float, float, float, float } %3634, 3
	%3639 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3632, i32 %3633, float %3043, float %3044, float %3045, float %3046)
	%3640 = extractvalue { float, float, float, float } %3639, 0
	%3641 = extractvalue { float, float, float, float } %3639, 1
	%3642 = extractvalue { float, float, float, float } %3639, 2
	%3643 = extractvalue { float, float, float, float } %3639, 3
	%3644 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3630, i32 %3631, float %3103, float %3104, float %3105, float %3106)
	%3645 = extractvalue { float, float, float, float } %3644, 0
	%3646 = extractvalue { float, float, float, float } %3644, 1
	%3647 = extractvalue { float, float, float, float } %3644, 2
	%3648 = extractvalue { float, float, float, float } %3644, 3
	%3649 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3632, i32 %3633, float %3107, float %3108, float %3109, float %3110)
	%3650 = extractvalue { float, float, float, float } %3649, 0
	%3651 = extractvalue { float, float, float, float } %3649, 1
	%3652 = extractvalue { float, float, float, float } %3649, 2
	%3653 = extractvalue { float, float, float, float } %3649, 3
	%3654 = xor i32 %3591, 64
	%3655 = add i32 %3654, 0
	%3656 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3655)
	%3657 = extractvalue { i32, i32, i32, i32 } %3656, 0
	%3658 = extractvalue { i32, i32, i32, i32 } %3656, 1
	%3659 = extractvalue { i32, i32, i32, i32 } %3656, 2
	%3660 = extractvalue { i32, i32, i32, i32 } %3656, 3
	%3661 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3657, i32 %3658, float %3047, float %3048, float %3049, float %3050)
	%3662 = extractvalue { float, float, float, float } %3661, 0
	%3663 = extractvalue { float, float, float, float } %3661, 1
	%3664 = extractvalue { float, float, float, float } %3661, 2
	%3665 = extractvalue { float, float, float, float } %3661, 3
	%3666 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3659, i32 %3660, float %3051, float %3052, float %3053, float %3054)
	%3667 = extractvalue { float, float, float, float } %3666, 0
	%3668 = extractvalue { float, float, float, float } %3666, 1
	%3669 = extractvalue { float, float, float, float } %3666, 2
	%3670 = extractvalue { float, float, float, float } %3666, 3
	%3671 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3657, i32 %3658, float %3111, float %3112, float %3113, float %3114)
	%3672 = extractvalue { float, float, float, float } %3671, 0
	%3673 = extractvalue { float, float, float, float } %3671, 1
	%3674 = extractvalue { float, float, float, float } %3671, 2
	%3675 = extractvalue { float, float, float, float } %3671, 3
	%3676 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3659, i32 %3660, float %3115, float %3116, float %3117, float %3118)
	%3677 = extractvalue { float, float, float, float } %3676, 0
	%3678 = extractvalue { float, float, float, float } %3676, 1
	%3679 = extractvalue { float, float, float, float } %3676, 2
	%3680 = extractvalue { float, float, float, float } %3676, 3
	%3681 = xor i32 %3591, 96
	%3682 = add i32 %3681, 0
	%3683 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3682)
	%3684 = extractvalue { i32, i32, i32, i32 } %3683, 0
	%3685 = extractvalue { i32, i32, i32, i32 } %3683, 1
	%3686 = extractvalue { i32, i32, i32, i32 } %3683, 2
	%3687 = extractvalue { i32, i32, i32, i32 } %3683, 3
	%3688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3684, i32 %3685, float %3055, float %3056, float %3057, float %3058)
	%3689 = extractvalue { float, float, float, float } %3688, 0
	%3690 = extractvalue { float, float, float, float } %3688, 1
	%3691 = extractvalue { float, float, float, float } %3688, 2
	%3692 = extractvalue { float, float, float, float } %3688, 3
	%3693 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3686, i32 %3687, float %3059, float %3060, float %3061, float %3062)
	%3694 = extractvalue { float, float, float, float } %3693, 0
	%3695 = extractvalue { float, float, float, float } %3693, 1
	%3696 = extractvalue { float, float, float, float } %3693, 2
	%3697 = extractvalue { float, float, float, float } %3693, 3
	%3698 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3684, i32 %3685, float %3119, float %3120, float %3121, float %3122)
	%3699 = extractvalue { float, float, float, float } %3698, 0
	%3700 = extractvalue { float, float, float, float } %3698, 1
	%3701 = extractvalue { float, float, float, float } %3698, 2
	%3702 = extractvalue { float, float, float, float } %3698, 3
	%3703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3686, i32 %3687, float %3123, float %3124, float %3125, float %3126)
	%3704 = extractvalue { float, float, float, float } %3703, 0
	%3705 = extractvalue { float, float, float, float } %3703, 1
	%3706 = extractvalue { float, float, float, float } %3703, 2
	%3707 = extractvalue { float, float, float, float } %3703, 3
	%3708 = xor i32 %3591, 128
	%3709 = add i32 %3708, 0
	%3710 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3709)
	%3711 = extractvalue { i32, i32, i32, i32 } %3710, 0
	%3712 = extractvalue { i32, i32, i32, i32 } %3710, 1
	%3713 = extractvalue { i32, i32, i32, i32 } %3710, 2
	%3714 = extractvalue { i32, i32, i32, i32 } %3710, 3
	%3715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3711, i32 %3712, float %3063, float %3064, float %3065, float %3066)
	%3716 = extractvalue { float, float, float, float } %3715, 0
	%3717 = extractvalue { float, float, float, float } %3715, 1
	%3718 = extractvalue { float, float, float, float } %3715, 2
	%3719 = extractvalue { float, float, float, float } %3715, 3
	%3720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3713, i32 %3714, float %3067, float %3068, float %3069, float %3070)
	%3721 = extractvalue { float, float, float, float } %3720, 0
	%3722 = extractvalue { float, float, float, float } %3720, 1
	%3723 = extractvalue { float, float, float, float } %3720, 2
	%3724 = extractvalue { float, float, float, float } %3720, 3
	%3725 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3711, i32 %3712, float %3127, float %3128, float %3129, float %3130)
	%3726 = extractvalue { float, float, float, float } %3725, 0
	%3727 = extractvalue { float, float, float, float } %3725, 1
	%3728 = extractvalue { float, float, float, float } %3725, 2
	%3729 = extractvalue { float, float, float, float } %3725, 3
	%3730 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3713, i32 %3714, float %3131, float %3132, float %3133, float %3134)
	%3731 = extractvalue { float, float, float, float } %3730, 0
	%3732 = extractvalue { float, float, float, float } %3730, 1
	%3733 = extractvalue { float, float, float, float } %3730, 2
	%3734 = extractvalue { float, float, float, float } %3730, 3
	%3735 = xor i32 %3591, 160
	%3736 = add i32 %3735, 0
	%3737 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3736)
	%3738 = extractvalue { i32, i32, i32, i32 } %3737, 0
	%3739 = extractvalue { i32, i32, i32, i32 } %3737, 1
	%3740 = extractvalue { i32, i32, i32, i32 } %3737, 2
	%3741 = extractvalue { i32, i32, i32, i32 } %3737, 3
	%3742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3738, i32 %3739, float %3071, float %3072, float %3073, float %3074)
	%3743 = extractvalue { float, float, float, float } %3742, 0
	%3744 = extractvalue { float, float, float, float } %3742, 1
	%3745 = extractvalue { float, float, float, float } %3742, 2
	%3746 = extractvalue { float, float, float, float } %3742, 3
	%3747 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3740, i32 %3741, float %3075, float %3076, float %3077, float %3078)
	%3748 = extractvalue { float, float, float, float } %3747, 0
	%3749 = extractvalue { float, float, float, float } %3747, 1
	%3750 = extractvalue { float, float, float, float } %3747, 2
	%3751 = extractvalue { float, float, float, float } %3747, 3
	%3752 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3738, i32 %3739, float %3135, float %3136, float %3137, float %3138)
	%3753 = extractvalue { float, float, float, float } %3752, 0
	%3754 = extractvalue { float, float, float, float } %3752, 1
	%3755 = extractvalue { float, float, float, float } %3752, 2
	%3756 = extractvalue { float, float, float, float } %3752, 3
	%3757 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3740, i32 %3741, float %3139, float %3140, float %3141, float %3142)
	%3758 = extractvalue { float, float, float, float } %3757, 0
	%3759 = extractvalue { float, float, float, float } %3757, 1
	%3760 = extractvalue { float, float, float, float } %3757, 2
	%3761 = extractvalue { float, float, float, float } %3757, 3
	%3762 = xor i32 %3591, 192
	%3763 = add i32 %3762, 0
	%3764 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3763)
	%3765 = extractvalue { i32, i32, i32, i32 } %3764, 0
	%3766 = extractvalue { i32, i32, i32, i32 } %3764, 1
	%3767 = extractvalue { i32, i32, i32, i32 } %3764, 2
	%3768 = extractvalue { i32, i32, i32, i32 } %3764, 3
	%3769 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3765, i32 %3766, float %3079, float %3080, float %3081, float %3082)
	%3770 = extractvalue { float, float, float, float } %3769, 0
	%3771 = extractvalue { float, float, float, float } %3769, 1
	%3772 = extractvalue { float, float, float, float } %3769, 2
	%3773 = extractvalue { float, float, float, float } %3769, 3
	%3774 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3767, i32 %3768, float %3083, float %3084, float %3085, float %3086)
	%3775 = extractvalue { float, float, float, float } %3774, 0
	%3776 = extractvalue { float, float, float, float } %3774, 1
	%3777 = extractvalue { float, float, float, float } %3774, 2
	%3778 = extractvalue { float, float, float, float } %3774, 3
	%3779 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3765, i32 %3766, float %3143, float %3144, float %3145, float %3146)
	%3780 = extractvalue { float, float, float, float } %3779, 0
	%3781 = extractvalue { float, float, float, float } %3779, 1
	%3782 = extractvalue { float, float, float, float } %3779, 2
	%3783 = extractvalue { float, float, float, float } %3779, 3
	%3784 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3767, i32 %3768, float %3147, float %3148, float %3149, float %3150)
	%3785 = extractvalue { float, float, float, float } %3784, 0
	%3786 = extractvalue { float, float, float, float } %3784, 1
	%3787 = extractvalue { float, float, float, float } %3784, 2
	%3788 = extractvalue { float, float, float, float } %3784, 3
	%3789 = xor i32 %3591, 224
	%3790 = add i32 %3789, 0
	%3791 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3790)
	%3792 = extractvalue { i32, i32, i32, i32 } %3791, 0
	%3793 = extractvalue { i32, i32, i32, i32 } %3791, 1
	%3794 = extractvalue { i32, i32, i32, i32 } %3791, 2
	%3795 = extractvalue { i32, i32, i32, i32 } %3791, 3
	%3796 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3792, i32 %3793, float %3087, float %3088, float %3089, float %3090)
	%3797 = extractvalue { float, float, float, float } %3796, 0
	%3798 = extractvalue { float, float, float, float } %3796, 1
	%3799 = extractvalue { float, float, float, float } %3796, 2
	%3800 = extractvalue { float, float, float, float } %3796, 3
	%3801 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3794, i32 %3795, float %3091, float %3092, float %3093, float %3094)
	%3802 = extractvalue { float, float, float, float } %3801, 0
	%3803 = extractvalue { float, float, float, float } %3801, 1
	%3804 = extractvalue { float, float, float, float } %3801, 2
	%3805 = extractvalue { float, float, float, float } %3801, 3
	%3806 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3792, i32 %3793, float %3151, float %3152, float %3153, float %3154)
	%3807 = extractvalue { float, float, float, float } %3806, 0
	%3808 = extractvalue { float, float, float, float } %3806, 1
	%3809 = extractvalue { float, float, float, float } %3806, 2
	%3810 = extractvalue { float, float, float, float } %3806, 3
	%3811 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3794, i32 %3795, float %3155, float %3156, float %3157, float %3158)
	%3812 = extractvalue { float, float, float, float } %3811, 0
	%3813 = extractvalue { float, float, float, float } %3811, 1
	%3814 = extractvalue { float, float, float, float } %3811, 2
	%3815 = extractvalue { float, float, float, float } %3811, 3
	%3816 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3178, float %3176)
	%3817 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3230, float %3228)
	%3818 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3182, float %3180)
	%3819 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3234, float %3232)
	%3820 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3282, float %3280)
	%3821 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3334, float %3332)
	%3822 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3286, float %3284)
	%3823 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3338, float %3336)
	%3824 = xor i32 %3591, 0
	%3825 = add i32 %3824, u0x1000
	%3826 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3825)
	%3827 = extractvalue { i32, i32, i32, i32 } %3826, 0
	%3828 = extractvalue { i32, i32, i32, i32 } %3826, 1
	%3829 = extractvalue { i32, i32, i32, i32 } %3826, 2
	%3830 = extractvalue { i32, i32, i32, i32 } %3826, 3
	%3831 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3827, i32 %3828, float %3608, float %3609, float %3610, float %3611)
	%3832 = extractvalue { float, float, float, float } %3831, 0
	%3833 = extractvalue { float, float, float, float } %3831, 1
	%3834 = extractvalue { float, float, float, float } %3831, 2
	%3835 = extractvalue { float, float, float, float } %3831, 3
	%3836 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3829, i32 %3830, float %3613, float %3614, float %3615, float %3616)
	%3837 = extractvalue { float, float, float, float } %3836, 0
	%3838 = extractvalue { float, float, float, float } %3836, 1
	%3839 = extractvalue { float, float, float, float } %3836, 2
	%3840 = extractvalue { float, float, float, float } %3836, 3
	%3841 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3827, i32 %3828, float %3618, float %3619, float %3620, float %3621)
	%3842 = extractvalue { float, float, float, float } %3841, 0
	%3843 = extractvalue { float, float, float, float } %3841, 1
	%3844 = extractvalue { float, float, float, float } %3841, 2
	%3845 = extractvalue { float, float, float, float } %3841, 3
	%3846 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3829, i32 %3830, float %3623, float %3624, float %3625, float %3626)
	%3847 = extractvalue { float, float, float, float } %3846, 0
	%3848 = extractvalue { float, float, float, float } %3846, 1
	%3849 = extractvalue { float, float, float, float } %3846, 2
	%3850 = extractvalue { float, float, float, float } %3846, 3
	%3851 = xor i32 %3591, 32
	%3852 = add i32 %3851, u0x1000
	%3853 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3852)
	%3854 = extractvalue { i32, i32, i32, i32 } %3853, 0
	%3855 = extractvalue { i32, i32, i32, i32 } %3853, 1
	%3856 = extractvalue { i32, i32, i32, i32 } %3853, 2
	%3857 = extractvalue { i32, i32, i32, i32 } %3853, 3
	%3858 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3854, i32 %3855, float %3635, float %3636, float %3637, float %3638)
	%3859 = extractvalue { float, float, float, float } %3858, 0
	%3860 = extractvalue { float, float, float, float } %3858, 1
	%3861 = extractvalue { float, float, float, float } %3858, 2
	%3862 = extractvalue { float, float, float, float } %3858, 3
	%3863 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3856, i32 %3857, float %3640, float %3641, float %3642, float %3643)
	%3864 = extractvalue { float, float, float, float } %3863, 0
	%3865 = extractvalue { float, float, float, float } %3863, 1
	%3866 = extractvalue { float, float, float, float } %3863, 2
	%3867 = extractvalue { float, float, float, float } %3863, 3
	%3868 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3854, i32 %3855, float %3645, float %3646, float %3647, float %3648)
	%3869 = extractvalue { float, float, float, float } %3868, 0
	%3870 = extractvalue { float, float, float, float } %3868, 1
	%3871 = extractvalue { float, float, float, float } %3868, 2
	%3872 = extractvalue { float, float, float, float } %3868, 3
	%3873 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3856, i32 %3857, float %3650, float %3651, float %3652, float %3653)
	%3874 = extractvalue { float, float, float, float } %3873, 0
	%3875 = extractvalue { float, float, float, float } %3873, 1
	%3876 = extractvalue { float, float, float, float } %3873, 2
	%3877 = extractvalue { float, float, float, float } %3873, 3
	%3878 = xor i32 %3591, 64
	%3879 = add i32 %3878, u0x1000
	%3880 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3879)
	%3881 = extractvalue { i32, i32, i32, i32 } %3880, 0
	%3882 = extractvalue { i32, i32, i32, i32 } %3880, 1
	%3883 = extractvalue { i32, i32, i32, i32 } %3880, 2
	%3884 = extractvalue { i32, i32, i32, i32 } %3880, 3
	%3885 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3881, i32 %3882, float %3662, float %3663, float %3664, float %3665)
	%3886 = extractvalue { float, float, float, float } %3885, 0
	%3887 = extractvalue { float, float, float, float } %3885, 1
	%3888 = extractvalue { float, float, float, float } %3885, 2
	%3889 = extractvalue { float, float, float, float } %3885, 3
	%3890 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3883, i32 %3884, float %3667, float %3668, float %3669, float %3670)
	%3891 = extractvalue { float, float, float, float } %3890, 0
	%3892 = extractvalue { float, float, float, float } %3890, 1
	%3893 = extractvalue { float, float, float, float } %3890, 2
	%3894 = extractvalue { float, float, float, float } %3890, 3
	%3895 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3881, i32 %3882, float %3672, float %3673, float %3674, float %3675)
	%3896 = extractvalue { float, float, float, float } %3895, 0
	%3897 = extractvalue { float, float, float, float } %3895, 1
	%3898 = extractvalue { float, float, float, float } %3895, 2
	%3899 = extractvalue { float, float, float, float } %3895, 3
	%3900 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3883, i32 %3884, float %3677, float %3678, float %3679, float %3680)
	%3901 = extractvalue { float, float, float, float } %3900, 0
	%3902 = extractvalue { float, float, float, float } %3900, 1
	%3903 = extractvalue { float, float, float, float } %3900, 2
	%3904 = extractvalue { float, float, float, float } %3900, 3
	%3905 = xor i32 %3591, 96
	%3906 = add i32 %3905, u0x1000
	%3907 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3906)
	%3908 = extractvalue { i32, i32, i32, i32 } %3907, 0
	%3909 = extractvalue { i32, i32, i32, i32 } %3907, 1
	%3910 = extractvalue { i32, i32, i32, i32 } %3907, 2
	%3911 = extractvalue { i32, i32, i32, i32 } %3907, 3
	%3912 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3908, i32 %3909, float %3689, float %3690, float %3691, float %3692)
	%3913 = extractvalue { float, float, float, float } %3912, 0
	%3914 = extractvalue { float, float, float, float } %3912, 1
	%3915 = extractvalue { float, float, float, float } %3912, 2
	%3916 = extractvalue { float, float, float, float } %3912, 3
	%3917 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3910, i32 %3911, float %3694, float %3695, float %3696, float %3697)
	%3918 = extractvalue { float, float, float, float } %3917, 0
	%3919 = extractvalue { float, float, float, float } %3917, 1
	%3920 = extractvalue { float, float, float, float } %3917, 2
	%3921 = extractvalue { float, float, float, float } %3917, 3
	%3922 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3908, i32 %3909, float %3699, float %3700, float %3701, float %3702)
	%3923 = extractvalue { float, float, float, float } %3922, 0
	%3924 = extractvalue { float, float, float, float } %3922, 1
	%3925 = extractvalue { float, float, float, float } %3922, 2
	%3926 = extractvalue { float, float, float, float } %3922, 3
	%3927 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3910, i32 %3911, float %3704, float %3705, float %3706, float %3707)
	%3928 = extractvalue { float, float, float, float } %3927, 0
	%3929 = extractvalue { float, float, float, float } %3927, 1
	%3930 = extractvalue { float, float, float, float } %3927, 2
	%3931 = extractvalue { float, float, float, float } %3927, 3
	%3932 = xor i32 %3591, 128
	%3933 = add i32 %3932, u0x1000
	%3934 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3933)
	%3935 = extractvalue { i32, i32, i32, i32 } %3934, 0
	%3936 = extractvalue { i32, i32, i32, i32 } %3934, 1
	%3937 = extractvalue { i32, i32, i32, i32 } %3934, 2
	%3938 = extractvalue { i32, i32, i32, i32 } %3934, 3
	%3939 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3935, i32 %3936, float %3716, float %3717, float %3718, float %3719)
	%3940 = extractvalue { float, float, float, float } %3939, 0
	%3941 = extractvalue { float, float, float, float } %3939, 1
	%3942 = extractvalue { float, float, float, float } %3939, 2
	%3943 = extractvalue { float, float, float, float } %3939, 3
	%3944 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3937, i32 %3938, float %3721, float %3722, float %3723, float %3724)
	%3945 = extractvalue { float, float, float, float } %3944, 0
	%3946 = extractvalue { float, float, float, float } %3944, 1
	%3947 = extractvalue { float, float, float, float } %3944, 2
	%3948 = extractvalue { float, float, float, float } %3944, 3
	%3949 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3935, i32 %3936, float %3726, float %3727, float %3728, float %3729)
	%3950 = extractvalue { float, float, float, float } %3949, 0
	%3951 = extractvalue { float, float, float, float } %3949, 1
	%3952 = extractvalue { float, float, float, float } %3949, 2
	%3953 = extractvalue { float, float, float, float } %3949, 3
	%3954 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3937, i32 %3938, float %3731, float %3732, float %3733, float %3734)
	%3955 = extractvalue { float, float, float, float } %3954, 0
	%3956 = extractvalue { float, float, float, float } %3954, 1
	%3957 = extractvalue { float, float, float, float } %3954, 2
	%3958 = extractvalue { float, float, float, float } %3954, 3
	%3959 = xor i32 %3591, 160
	%3960 = add i32 %3959, u0x1000
	%3961 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3960)
	%3962 = extractvalue { i32, i32, i32, i32 } %3961, 0
	%3963 = extractvalue { i32, i32, i32, i32 } %3961, 1
	%3964 = extractvalue { i32, i32, i32, i32 } %3961, 2
	%3965 = extractvalue { i32, i32, i32, i32 } %3961, 3
	%3966 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3962, i32 %3963, float %3743, float %3744, float %3745, float %3746)
	%3967 = extractvalue { float, float, float, float } %3966, 0
	%3968 = extractvalue { float, float, float, float } %3966, 1
	%3969 = extractvalue { float, float, float, float } %3966, 2
	%3970 = extractvalue { float, float, float, float } %3966, 3
	%3971 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3964, i32 %3965, float %3748, float %3749, float %3750, float %3751)
	%3972 = extractvalue { float, float, float, float } %3971, 0
	%3973 = extractvalue { float, float, float, float } %3971, 1
	%3974 = extractvalue { float, float, float, float } %3971, 2
	%3975 = extractvalue { float, float, float, float } %3971, 3
	%3976 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3962, i32 %3963, float %3753, float %3754, float %3755, float %3756)
	%3977 = extractvalue { float, float, float, float } %3976, 0
	%3978 = extractvalue { float, float, float, float } %3976, 1
	%3979 = extractvalue { float, float, float, float } %3976, 2
	%3980 = extractvalue { float, float, float, float } %3976, 3
	%3981 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3964, i32 %3965, float %3758, float %3759, float %3760, float %3761)
	%3982 = extractvalue { float, float, float, float } %3981, 0
	%3983 = extractvalue { float, float, float, float } %3981, 1
	%3984 = extractvalue { float, float, float, float } %3981, 2
	%3985 = extractvalue { float, float, float, float } %3981, 3
	%3986 = xor i32 %3591, 192
	%3987 = add i32 %3986, u0x1000
	%3988 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3987)
	%3989 = extractvalue { i32, i32, i32, i32 } %3988, 0
	%3990 = extractvalue { i32, i32, i32, i32 } %3988, 1
	%3991 = extractvalue { i32, i32, i32, i32 } %3988, 2
	%3992 = extractvalue { i32, i32, i32, i32 } %3988, 3
	%3993 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3989, i32 %3990, float %3770, float %3771, float %3772, float %3773)
	%3994 = extractvalue { float, float, float, float } %3993, 0
	%3995 = extractvalue { float, float, float, float } %3993, 1
	%3996 = extractvalue { float, float, float, float } %3993, 2
	%3997 = extractvalue { float, float, float, float } %3993, 3
	%3998 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3991, i32 %3992, float %3775, float %3776, float %3777, float %3778)
	%3999 = extractvalue { float, float, float, float } %3998, 0
	%4000 = extractvalue { float, float, float, float } %3998, 1
	%4001 = extractvalue { float, float, float, float } %3998, 2
	%4002 = extractvalue { float, float, float, float } %3998, 3
	%4003 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3989, i32 %3990, float %3780, float %3781, float %3782, float %3783)
	%4004 = extractvalue { float, float, float, float } %4003, 0
	%4005 = extractvalue { float, float, float, float } %4003, 1
	%4006 = extractvalue { float, float, float, float } %4003, 2
	%4007 = extractvalue { float, float, float, float } %4003, 3
	%4008 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3991, i32 %3992, float %3785, float %3786, float %3787, float %3788)
	%4009 = extractvalue { float, float, float, float } %4008, 0
	%4010 = extractvalue { float, float, float, float } %4008, 1
	%4011 = extractvalue { float, float, float, float } %4008, 2
	%4012 = extractvalue { float, float, float, float } %4008, 3
	%4013 = xor i32 %3591, 224
	%4014 = add i32 %4013, u0x1000
	%4015 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4014)
	%4016 = extractvalue { i32, i32, i32, i32 } %4015, 0
	%4017 = extractvalue { i32, i32, i32, i32 } %4015, 1
	%4018 = extractvalue { i32, i32, i32, i32 } %4015, 2
	%4019 = extractvalue { i32, i32, i32, i32 } %4015, 3
	%4020 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %4016, i32 %4017, float %3797, float %3798, float %3799, float %3800)
	%4021 = extractvalue { float, float, float, float } %4020, 0
	%4022 = extractvalue { float, float, float, float } %4020, 1
	%4023 = extractvalue { float, float, float, float } %4020, 2
	%4024 = extractvalue { float, float, float, float } %4020, 3
	%4025 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %4018, i32 %4019, float %3802, float %3803, float %3804, float %3805)
	%4026 = extractvalue { float, float, float, float } %4025, 0
	%4027 = extractvalue { float, float, float, float } %4025, 1
	%4028 = extractvalue { float, float, float, float } %4025, 2
	%4029 = extractvalue { float, float, float, float } %4025, 3
	%4030 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %4016, i32 %4017, float %3807, float %3808, float %3809, float %3810)
	%4031 = extractvalue { float, float, float, float } %4030, 0
	%4032 = extractvalue { float, float, float, float } %4030, 1
	%4033 = extractvalue { float, float, float, float } %4030, 2
	%4034 = extractvalue { float, float, float, float } %4030, 3
	%4035 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %4018, i32 %4019, float %3812, float %3813, float %3814, float %3815)
	%4036 = extractvalue { float, float, float, float } %4035, 0
	%4037 = extractvalue { float, float, float, float } %4035, 1
	%4038 = extractvalue { float, float, float, float } %4035, 2
	%4039 = extractvalue { float, float, float, float } %4035, 3
	%4040 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3186, float %3184)
	%4041 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3238, float %3236)
	%4042 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3190, float %3188)
	%4043 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3242, float %3240)
	%4044 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3290, float %3288)
	%4045 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3342, float %3340)
	%4046 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3294, float %3292)
	%4047 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3346, float %3344)
	%4048 = xor i32 %3591, 0
	%4049 = add i32 %4048, u0x2000
	%4050 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4049)
	%4051 = extractvalue { i32, i32, i32, i32 } %4050, 0
	%4052 = extractvalue { i32, i32, i32, i32 } %4050, 1
	%4053 = extractvalue { i32, i32, i32, i32 } %4050, 2
	%4054 = extractvalue { i32, i32, i32, i32 } %4050, 3
	%4055 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4051, i32 %4052, float %3832, float %3833, float %3834, float %3835)
	%4056 = extractvalue { float, float, float, float } %4055, 0
	%4057 = extractvalue { float, float, float, float } %4055, 1
	%4058 = extractvalue { float, float, float, float } %4055, 2
	%4059 = extractvalue { float, float, float, float } %4055, 3
	%4060 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4053, i32 %4054, float %3837, float %3838, float %3839, float %3840)
	%4061 = extractvalue { float, float, float, float } %4060, 0
	%4062 = extractvalue { float, float, float, float } %4060, 1
	%4063 = extractvalue { float, float, float, float } %4060, 2
	%4064 = extractvalue { float, float, float, float } %4060, 3
	%4065 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4051, i32 %4052, float %3842, float %3843, float %3844, float %3845)
	%4066 = extractvalue { float, float, float, float } %4065, 0
	%4067 = extractvalue { float, float, float, float } %4065, 1
	%4068 = extractvalue { float, float, float, float } %4065, 2
	%4069 = extractvalue { float, float, float, float } %4065, 3
	%4070 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4053, i32 %4054, float %3847, float %3848, float %3849, float %3850)
	%4071 = extractvalue { float, float, float, float } %4070, 0
	%4072 = extractvalue { float, float, float, float } %4070, 1
	%4073 = extractvalue { float, float, float, float } %4070, 2
	%4074 = extractvalue { float, float, float, float } %4070, 3
	%4075 = xor i32 %3591, 32
	%4076 = add i32 %4075, u0x2000
	%4077 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4076)
	%4078 = extractvalue { i32, i32, i32, i32 } %4077, 0
	%4079 = extractvalue { i32, i32, i32, i32 } %4077, 1
	%4080 = extractvalue { i32, i32, i32, i32 } %4077, 2
	%4081 = extractvalue { i32, i32, i32, i32 } %4077, 3
	%4082 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4078, i32 %4079, float %3859, float %3860, float %3861, float %3862)
	%4083 = extractvalue { float, float, float, float } %4082, 0
	%4084 = extractvalue { float, float, float, float } %4082, 1
	%4085 = extractvalue { float, float, float, float } %4082, 2
	%4086 = extractvalue { float, float, float, float } %4082, 3
	%4087 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4080, i32 %4081, float %3864, float %3865, float %3866, float %3867)
	%4088 = extractvalue { float, float, float, float } %4087, 0
	%4089 = extractvalue { float, float, float, float } %4087, 1
	%4090 = extractvalue { float, float, float, float } %4087, 2
	%4091 = extractvalue { float, float, float, float } %4087, 3
	%4092 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4078, i32 %4079, float %3869, float %3870, float %3871, float %3872)
	%4093 = extractvalue { float, float, float, float } %4092, 0
	%4094 = extractvalue { float, float, float, float } %4092, 1
	%4095 = extractvalue { float, float, float, float } %4092, 2
	%4096 = extractvalue { float, float, float, float } %4092, 3
	%4097 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4080, i32 %4081, float %3874, float %3875, float %3876, float %3877)
	%4098 = extractvalue { float, float, float, float } %4097, 0
	%4099 = extractvalue { float, float, float, float } %4097, 1
	%4100 = extractvalue { float, float, float, float } %4097, 2
	%4101 = extractvalue { float, float, float, float } %4097, 3
	%4102 = xor i32 %3591, 64
	%4103 = add i32 %4102, u0x2000
	%4104 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4103)
	%4105 = extractvalue { i32, i32, i32, i32 } %4104, 0
	%4106 = extractvalue { i32, i32, i32, i32 } %4104, 1
	%4107 = extractvalue { i32, i32, i32, i32 } %4104, 2
	%4108 = extractvalue { i32, i32, i32, i32 } %4104, 3
	%4109 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4105, i32 %4106, float %3886, float %3887, float %3888, float %3889)
	%4110 = extractvalue { float, float, float, float } %4109, 0
	%4111 = extractvalue { float, float, float, float } %4109, 1
	%4112 = extractvalue { float, float, float, float } %4109, 2
	%4113 = extractvalue { float, float, float, float } %4109, 3
	%4114 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4107, i32 %4108, float %3891, float %3892, float %3893, float %3894)
	%4115 = extractvalue { float, float, float, float } %4114, 0
	%4116 = extractvalue { float, float, float, float } %4114, 1
	%4117 = extractvalue { float, float, float, float } %4114, 2
	%4118 = extractvalue { float, float, float, float } %4114, 3
	%4119 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4105, i32 %4106, float %3896, float %3897, float %3898, float %3899)
	%4120 = extractvalue { float, float, float, float } %4119, 0
	%4121 = extractvalue { float, float, float, float } %4119, 1
	%4122 = extractvalue { float, float, float, float } %4119, 2
	%4123 = extractvalue { float, float, float, float } %4119, 3
	%4124 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4107, i32 %4108, float %3901, float %3902, float %3903, float %3904)
	%4125 = extractvalue { float, float, float, float } %4124, 0
	%4126 = extractvalue { float, float, float, float } %4124, 1
	%4127 = extractvalue { float, float, float, float } %4124, 2
	%4128 = extractvalue { float, float, float, float } %4124, 3
	%4129 = xor i32 %3591, 96
	%4130 = add i32 %4129, u0x2000
	%4131 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4130)
	%4132 = extractvalue { i32, i32, i32, i32 } %4131, 0
	%4133 = extractvalue { i32, i32, i32, i32 } %4131, 1
	%4134 = extractvalue { i32, i32, i32, i32 } %4131, 2
	%4135 = extractvalue { i32, i32, i32, i32 } %4131, 3
	%4136 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4132, i32 %4133, float %3913, float %3914, float %3915, float %3916)
	%4137 = extractvalue { float, float, float, float } %4136, 0
	%4138 = extractvalue { float, float, float, float } %4136, 1
	%4139 = extractvalue { float, float, float, float } %4136, 2
	%4140 = extractvalue { float, float, float, float } %4136, 3
	%4141 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4134, i32 %4135, float %3918, float %3919, float %3920, float %3921)
	%4142 = extractvalue { float, float, float, float } %4141, 0
	%4143 = extractvalue { float, float, float, float } %4141, 1
	%4144 = extractvalue { float, float, float, float } %4141, 2
	%4145 = extractvalue { float, float, float, float } %4141, 3
	%4146 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4132, i32 %4133, float %3923, float %3924, float %3925, float %3926)
	%4147 = extractvalue { float, float, float, float } %4146, 0
	%4148 = extractvalue { float, float, float, float } %4146, 1
	%4149 = extractvalue { float, float, float, float } %4146, 2
	%4150 = extractvalue { float, float, float, float } %4146, 3
	%4151 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4134, i32 %4135, float %3928, float %3929, float %3930, float %3931)
	%4152 = extractvalue { float, float, float, float } %4151, 0
	%4153 = extractvalue { float, float, float, float } %4151, 1
	%4154 = extractvalue { float, float, float, float } %4151, 2
	%4155 = extractvalue { float, float, float, float } %4151, 3
	%4156 = xor i32 %3591, 128
	%4157 = add i32 %4156, u0x2000
	%4158 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4157)
	%4159 = extractvalue { i32, i32, i32, i32 } %4158, 0
	%4160 = extractvalue { i32, i32, i32, i32 } %4158, 1
	%4161 = extractvalue { i32, i32, i32, i32 } %4158, 2
	%4162 = extractvalue { i32, i32, i32, i32 } %4158, 3
	%4163 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4159, i32 %4160, float %3940, float %3941, float %3942, float %3943)
	%4164 = extractvalue { float, float, float, float } %4163, 0
	%4165 = extractvalue { float, float, float, float } %4163, 1
	%4166 = extractvalue { float, float, float, float } %4163, 2
	%4167 = extractvalue { float, float, float, float } %4163, 3
	%4168 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4161, i32 %4162, float %3945, float %3946, float %3947, float %3948)
	%4169 = extractvalue { float, float, float, float } %4168, 0
	%4170 = extractvalue { float, float, float, float } %4168, 1
	%4171 = extractvalue { float, float, float, float } %4168, 2
	%4172 = extractvalue { float, float, float, float } %4168, 3
	%4173 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4159, i32 %4160, float %3950, float %3951, float %3952, float %3953)
	%4174 = extractvalue { float, float, float, float } %4173, 0
	%4175 = extractvalue { float, float, float, float } %4173, 1
	%4176 = extractvalue { float, float, float, float } %4173, 2
	%4177 = extractvalue { float, float, float, float } %4173, 3
	%4178 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4161, i32 %4162, float %3955, float %3956, float %3957, float %3958)
	%4179 = extractvalue { float, float, float, float } %4178, 0
	%4180 = extractvalue { float, float, float, float } %4178, 1
	%4181 = extractvalue { float, float, float, float } %4178, 2
	%4182 = extractvalue { float, float, float, float } %4178, 3
	%4183 = xor i32 %3591, 160
	%4184 = add i32 %4183, u0x2000
	%4185 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4184)
	%4186 = extractvalue { i32, i32, i32, i32 } %4185, 0
	%4187 = extractvalue { i32, i32, i32, i32 } %4185, 1
	%4188 = extractvalue { i32, i32, i32, i32 } %4185, 2
	%4189 = extractvalue { i32, i32, i32, i32 } %4185, 3
	%4190 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4186, i32 %4187, float %3967, float %3968, float %3969, float %3970)
	%4191 = extractvalue { float, float, float, float } %4190, 0
	%4192 = extractvalue { float, float, float, float } %4190, 1
	%4193 = extractvalue { float, float, float, float } %4190, 2
	%4194 = extractvalue { float, float, float, float } %4190, 3
	%4195 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4188, i32 %4189, float %3972, float %3973, float %3974, float %3975)
	%4196 = extractvalue { float, float, float, float } %4195, 0
	%4197 = extractvalue { float, float, float, float } %4195, 1
	%4198 = extractvalue { float, float, float, float } %4195, 2
	%4199 = extractvalue { float, float, float, float } %4195, 3
	%4200 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4186, i32 %4187, float %3977, float %3978, float %3979, float %3980)
	%4201 = extractvalue { float, float, float, float } %4200, 0
	%4202 = extractvalue { float, float, float, float } %4200, 1
	%4203 = extractvalue { float, float, float, float } %4200, 2
	%4204 = extractvalue { float, float, float, float } %4200, 3
	%4205 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4188, i32 %4189, float %3982, float %3983, float %3984, float %3985)
	%4206 = extractvalue { float, float, float, float } %4205, 0
	%4207 = extractvalue { float, float, float, float } %4205, 1
	%4208 = extractvalue { float, float, float, float } %4205, 2
	%4209 = extractvalue { float, float, float, float } %4205, 3
	%4210 = xor i32 %3591, 192
	%4211 = add i32 %4210, u0x2000
	%4212 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4211)
	%4213 = extractvalue { i32, i32, i32, i32 } %4212, 0
	%4214 = extractvalue { i32, i32, i32, i32 } %4212, 1
	%4215 = extractvalue { i32, i32, i32, i32 } %4212, 2
	%4216 = extractvalue { i32, i32, i32, i32 } %4212, 3
	%4217 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4213, i32 %4214, float %3994, float %3995, float %3996, float %3997)
	%4218 = extractvalue { float, float, float, float } %4217, 0
	%4219 = extractvalue { float, float, float, float } %4217, 1
	%4220 = extractvalue { float, float, float, float } %4217, 2
	%4221 = extractvalue { float, float, float, float } %4217, 3
	%4222 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4215, i32 %4216, float %3999, float %4000, float %4001, float %4002)
	%4223 = extractvalue { float, float, float, float } %4222, 0
	%4224 = extractvalue { float, float, float, float } %4222, 1
	%4225 = extractvalue { float, float, float, float } %4222, 2
	%4226 = extractvalue { float, float, float, float } %4222, 3
	%4227 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4213, i32 %4214, float %4004, float %4005, float %4006, float %4007)
	%4228 = extractvalue { float, float, float, float } %4227, 0
	%4229 = extractvalue { float, float, float, float } %4227, 1
	%4230 = extractvalue { float, float, float, float } %4227, 2
	%4231 = extractvalue { float, float, float, float } %4227, 3
	%4232 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4215, i32 %4216, float %4009, float %4010, float %4011, float %4012)
	%4233 = extractvalue { float, float, float, float } %4232, 0
	%4234 = extractvalue { float, float, float, float } %4232, 1
	%4235 = extractvalue { float, float, float, float } %4232, 2
	%4236 = extractvalue { float, float, float, float } %4232, 3
	%4237 = xor i32 %3591, 224
	%4238 = add i32 %4237, u0x2000
	%4239 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4238)
	%4240 = extractvalue { i32, i32, i32, i32 } %4239, 0
	%4241 = extractvalue { i32, i32, i32, i32 } %4239, 1
	%4242 = extractvalue { i32, i32, i32, i32 } %4239, 2
	%4243 = extractvalue { i32, i32, i32, i32 } %4239, 3
	%4244 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4240, i32 %4241, float %4021, float %4022, float %4023, float %4024)
	%4245 = extractvalue { float, float, float, float } %4244, 0
	%4246 = extractvalue { float, float, float, float } %4244, 1
	%4247 = extractvalue { float, float, float, float } %4244, 2
	%4248 = extractvalue { float, float, float, float } %4244, 3
	%4249 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4242, i32 %4243, float %4026, float %4027, float %4028, float %4029)
	%4250 = extractvalue { float, float, float, float } %4249, 0
	%4251 = extractvalue { float, float, float, float } %4249, 1
	%4252 = extractvalue { float, float, float, float } %4249, 2
	%4253 = extractvalue { float, float, float, float } %4249, 3
	%4254 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4240, i32 %4241, float %4031, float %4032, float %4033, float %4034)
	%4255 = extractvalue { float, float, float, float } %4254, 0
	%4256 = extractvalue { float, float, float, float } %4254, 1
	%4257 = extractvalue { float, float, float, float } %4254, 2
	%4258 = extractvalue { float, float, float, float } %4254, 3
	%4259 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4242, i32 %4243, float %4036, float %4037, float %4038, float %4039)
	%4260 = extractvalue { float, float, float, float } %4259, 0
	%4261 = extractvalue { float, float, float, float } %4259, 1
	%4262 = extractvalue { float, float, float, float } %4259, 2
	%4263 = extractvalue { float, float, float, float } %4259, 3
	%4264 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3194, float %3192)
	%4265 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3246, float %3244)
	%4266 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3198, float %3196)
	%4267 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3250, float %3248)
	%4268 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3298, float %3296)
	%4269 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3350, float %3348)
	%4270 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3302, float %3300)
	%4271 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3354, float %3352)
	%4272 = xor i32 %3591, 0
	%4273 = add i32 %4272, 12288
	%4274 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4273)
	%4275 = extractvalue { i32, i32, i32, i32 } %4274, 0
	%4276 = extractvalue { i32, i32, i32, i32 } %4274, 1
	%4277 = extractvalue { i32, i32, i32, i32 } %4274, 2
	%4278 = extractvalue { i32, i32, i32, i32 } %4274, 3
	%4279 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4275, i32 %4276, float %4056, float %4057, float %4058, float %4059)
	%4280 = extractvalue { float, float, float, float } %4279, 0
	%4281 = extractvalue { float, float, float, float } %4279, 1
	%4282 = extractvalue { float, float, float, float } %4279, 2
	%4283 = extractvalue { float, float, float, float } %4279, 3
	%4284 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4277, i32 %4278, float %4061, float %4062, float %4063, float %4064)
	%4285 = extractvalue { float, float, float, float } %4284, 0
	%4286 = extractvalue { float, float, float, float } %4284, 1
	%4287 = extractvalue { float, float, float, float } %4284, 2
	%4288 = extractvalue { float, float, float, float } %4284, 3
	%4289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4275, i32 %4276, float %4066, float %4067, float %4068, float %4069)
	%4290 = extractvalue { float, float, float, float } %4289, 0
	%4291 = extractvalue { float, float, float, float } %4289, 1
	%4292 = extractvalue { float, float, float, float } %4289, 2
	%4293 = extractvalue { float, float, float, float } %4289, 3
	%4294 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4277, i32 %4278, float %4071, float %4072, float %4073, float %4074)
	%4295 = extractvalue { float, float, float, float } %4294, 0
	%4296 = extractvalue { float, float, float, float } %4294, 1
	%4297 = extractvalue { float, float, float, float } %4294, 2
	%4298 = extractvalue { float, float, float, float } %4294, 3
	%4299 = xor i32 %3591, 32
	%4300 = add i32 %4299, 12288
	%4301 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4300)
	%4302 = extractvalue { i32, i32, i32, i32 } %4301, 0
	%4303 = extractvalue { i32, i32, i32, i32 } %4301, 1
	%4304 = extractvalue { i32, i32, i32, i32 } %4301, 2
	%4305 = extractvalue { i32, i32, i32, i32 } %4301, 3
	%4306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4302, i32 %4303, float %4083, float %4084, float %4085, float %4086)
	%4307 = extractvalue { float, float, float, float } %4306, 0
	%4308 = extractvalue { float, float, float, float } %4306, 1
	%4309 = extractvalue { float, float, float, float } %4306, 2
	%4310 = extractvalue { float, float, float, float } %4306, 3
	%4311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4304, i32 %4305, float %4088, float %4089, float %4090, float %4091)
	%4312 = extractvalue { float, float, float, float } %4311, 0
	%4313 = extractvalue { float, float, float, float } %4311, 1
	%4314 = extractvalue { float, float, float, float } %4311, 2
	%4315 = extractvalue { float, float, float, float } %4311, 3
	%4316 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4302, i32 %4303, float %4093, float %4094, float %4095, float %4096)
	%4317 = extractvalue { float, float, float, float } %4316, 0
	%4318 = extractvalue { float, float, float, float } %4316, 1
	%4319 = extractvalue { float, float, float, float } %4316, 2
	%4320 = extractvalue { float, float, float, float } %4316, 3
	%4321 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4304, i32 %4305, float %4098, float %4099, float %4100, float %4101)
	%4322 = extractvalue { float, float, float, float } %4321, 0
	%4323 = extractvalue { float, float, float, float } %4321, 1
	%4324 = extractvalue { float, float, float, float } %4321, 2
	%4325 = extractvalue { float, float, float, float } %4321, 3
	%4326 = xor i32 %3591, 64
	%4327 = add i32 %4326, 12288
	%4328 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4327)
	%4329 = extractvalue { i32, i32, i32, i32 } %4328, 0
	%4330 = extractvalue { i32, i32, i32, i32 } %4328, 1
	%4331 = extractvalue { i32, i32, i32, i32 } %4328, 2
	%4332 = extractvalue { i32, i32, i32, i32 } %4328, 3
	%4333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4329, i32 %4330, float %4110, float %4111, float %4112, float %4113)
	%4334 = extractvalue { float, float, float, float } %4333, 0
	%4335 = extractvalue { float, float, float, float } %4333, 1
	%4336 = extractvalue { float, float, float, float } %4333, 2
	%4337 = extractvalue { float, float, float, float } %4333, 3
	%4338 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4331, i32 %4332, float %4115, float %4116, float %4117, float %4118)
	%4339 = extractvalue { float, float, float, float } %4338, 0
	%4340 = extractvalue { float, float, float, float } %4338, 1
	%4341 = extractvalue { float, float, float, float } %4338, 2
	%4342 = extractvalue { float, float, float, float } %4338, 3
	%4343 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4329, i32 %4330, float %4120, float %4121, float %4122, float %4123)
	%4344 = extractvalue { float, float, float, float } %4343, 0
	%4345 = extractvalue { float, float, float, float } %4343, 1
	%4346 = extractvalue { float, float, float, float } %4343, 2
	%4347 = extractvalue { float, float, float, float } %4343, 3
	%4348 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4331, i32 %4332, float %4125, float %4126, float %4127, float %4128)
	%4349 = extractvalue { float, float, float, float } %4348, 0
	%4350 = extractvalue { float, float, float, float } %4348, 1
	%4351 = extractvalue { float, float, float, float } %4348, 2
	%4352 = extractvalue { float, float, float, float } %4348, 3
	%4353 = xor i32 %3591, 96
	%4354 = add i32 %4353, 12288
	%4355 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4354)
	%4356 = extractvalue { i32, i32, i32, i32 } %4355, 0
	%4357 = extractvalue { i32, i32, i32, i32 } %4355, 1
	%4358 = extractvalue { i32, i32, i32, i32 } %4355, 2
	%4359 = extractvalue { i32, i32, i32, i32 } %4355, 3
	%4360 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4356, i32 %4357, float %4137, float %4138, float %4139, float %4140)
	%4361 = extractvalue { float, float, float, float } %4360, 0
	%4362 = extractvalue { float, float, float, float } %4360, 1
	%4363 = extractvalue { float, float, float, float } %4360, 2
	%4364 = extractvalue { float, float, float, float } %4360, 3
	%4365 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4358, i32 %4359, float %4142, float %4143, float %4144, float %4145)
	%4366 = extractvalue { float, float, float, float } %4365, 0
	%4367 = extractvalue { float, float, float, float } %4365, 1
	%4368 = extractvalue { float, float, float, float } %4365, 2
	%4369 = extractvalue { float, float, float, float } %4365, 3
	%4370 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4356, i32 %4357, float %4147, float %4148, float %4149, float %4150)
	%4371 = extractvalue { float, float, float, float } %4370, 0
	%4372 = extractvalue { float, float, float, float } %4370, 1
	%4373 = extractvalue { float, float, float, float } %4370, 2
	%4374 = extractvalue { float, float, float, float } %4370, 3
	%4375 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4358, i32 %4359, float %4152, float %4153, float %4154, float %4155)
	%4376 = extractvalue { float, float, float, float } %4375, 0
	%4377 = extractvalue { float, float, float, float } %4375, 1
	%4378 = extractvalue { float, float, float, float } %4375, 2
	%4379 = extractvalue { float, float, float, float } %4375, 3
	%4380 = xor i32 %3591, 128
	%4381 = add i32 %4380, 12288
	%4382 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4381)
	%4383 = extractvalue { i32, i32, i32, i32 } %4382, 0
	%4384 = extractvalue { i32, i32, i32, i32 } %4382, 1
	%4385 = extractvalue { i32, i32, i32, i32 } %4382, 2
	%4386 = extractvalue { i32, i32, i32, i32 } %4382, 3
	%4387 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4383, i32 %4384, float %4164, float %4165, float %4166, float %4167)
	%4388 = extractvalue { float, float, float, float } %4387, 0
	%4389 = extractvalue { float, float, float, float } %4387, 1
	%4390 = extractvalue { float, float, float, float } %4387, 2
	%4391 = extractvalue { float, float, float, float } %4387, 3
	%4392 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4385, i32 %4386, float %4169, float %4170, float %4171, float %4172)
	%4393 = extractvalue { float, float, float, float } %4392, 0
	%4394 = extractvalue { float, float, float, float } %4392, 1
	%4395 = extractvalue { float, float, float, float } %4392, 2
	%4396 = extractvalue { float, float, float, float } %4392, 3
	%4397 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4383, i32 %4384, float %4174, float %4175, float %4176, float %4177)
	%4398 = extractvalue { float, float, float, float } %4397, 0
	%4399 = extractvalue { float, float, float, float } %4397, 1
	%4400 = extractvalue { float, float, float, float } %4397, 2
	%4401 = extractvalue { float, float, float, float } %4397, 3
	%4402 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4385, i32 %4386, float %4179, float %4180, float %4181, float %4182)
	%4403 = extractvalue { float, float, float, float } %4402, 0
	%4404 = extractvalue { float, float, float, float } %4402, 1
	%4405 = extractvalue { float, float, float, float } %4402, 2
	%4406 = extractvalue { float, float, float, float } %4402, 3
	%4407 = xor i32 %3591, 160
	%4408 = add i32 %4407, 12288
	%4409 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4408)
	%4410 = extractvalue { i32, i32, i32, i32 } %4409, 0
	%4411 = extractvalue { i32, i32, i32, i32 } %4409, 1
	%4412 = extractvalue { i32, i32, i32, i32 } %4409, 2
	%4413 = extractvalue { i32, i32, i32, i32 } %4409, 3
	%4414 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4410, i32 %4411, float %4191, float %4192, float %4193, float %4194)
	%4415 = extractvalue { float, float, float, float } %4414, 0
	%4416 = extractvalue { float, float, float, float } %4414, 1
	%4417 = extractvalue { float, float, float, float } %4414, 2
	%4418 = extractvalue { float, float, float, float } %4414, 3
	%4419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4412, i32 %4413, float %4196, float %4197, float %4198, float %4199)
	%4420 = extractvalue { float, float, float, float } %4419, 0
	%4421 = extractvalue { float, float, float, float } %4419, 1
	%4422 = extractvalue { float, float, float, float } %4419, 2
	%4423 = extractvalue { float, float, float, float } %4419, 3
	%4424 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4410, i32 %4411, float %4201, float %4202, float %4203, float %4204)
	%4425 = extractvalue { float, float, float, float } %4424, 0
	%4426 = extractvalue { float, float, float, float } %4424, 1
	%4427 = extractvalue { float, float, float, float } %4424, 2
	%4428 = extractvalue { float, float, float, float } %4424, 3
	%4429 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4412, i32 %4413, float %4206, float %4207, float %4208, float %4209)
	%4430 = extractvalue { float, float, float, float } %4429, 0
	%4431 = extractvalue { float, float, float, float } %4429, 1
	%4432 = extractvalue { float, float, float, float } %4429, 2
	%4433 = extractvalue { float, float, float, float } %4429, 3
	%4434 = xor i32 %3591, 192
	%4435 = add i32 %4434, 12288
	%4436 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4435)
	%4437 = extractvalue { i32, i32, i32, i32 } %4436, 0
	%4438 = extractvalue { i32, i32, i32, i32 } %4436, 1
	%4439 = extractvalue { i32, i32, i32, i32 } %4436, 2
	%4440 = extractvalue { i32, i32, i32, i32 } %4436, 3
	%4441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4437, i32 %4438, float %4218, float %4219, float %4220, float %4221)
	%4442 = extractvalue { float, float, float, float } %4441, 0
	%4443 = extractvalue { float, float, float, float } %4441, 1
	%4444 = extractvalue { float, float, float, float } %4441, 2
	%4445 = extractvalue { float, float, float, float } %4441, 3
	%4446 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4439, i32 %4440, float %4223, float %4224, float %4225, float %4226)
	%4447 = extractvalue { float, float, float, float } %4446, 0
	%4448 = extractvalue { float, float, float, float } %4446, 1
	%4449 = extractvalue { float, float, float, float } %4446, 2
	%4450 = extractvalue { float, float, float, float } %4446, 3
	%4451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4437, i32 %4438, float %4228, float %4229, float %4230, float %4231)
	%4452 = extractvalue { float, float, float, float } %4451, 0
	%4453 = extractvalue { float, float, float, float } %4451, 1
	%4454 = extractvalue { float, float, float, float } %4451, 2
	%4455 = extractvalue { float, float, float, float } %4451, 3
	%4456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4439, i32 %4440, float %4233, float %4234, float %4235, float %4236)
	%4457 = extractvalue { float, float, float, float } %4456, 0
	%4458 = extractvalue { float, float, float, float } %4456, 1
	%4459 = extractvalue { float, float, float, float } %4456, 2
	%4460 = extractvalue { float, float, float, float } %4456, 3
	%4461 = xor i32 %3591, 224
	%4462 = add i32 %4461, 12288
	%4463 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4462)
	%4464 = extractvalue { i32, i32, i32, i32 } %4463, 0
	%4465 = extractvalue { i32, i32, i32, i32 } %4463, 1
	%4466 = extractvalue { i32, i32, i32, i32 } %4463, 2
	%4467 = extractvalue { i32, i32, i32, i32 } %4463, 3
	%4468 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4464, i32 %4465, float %4245, float %4246, float %4247, float %4248)
	%4469 = extractvalue { float, float, float, float } %4468, 0
	%4470 = extractvalue { float, float, float, float } %4468, 1
	%4471 = extractvalue { float, float, float, float } %4468, 2
	%4472 = extractvalue { float, float, float, float } %4468, 3
	%4473 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4466, i32 %4467, float %4250, float %4251, float %4252, float %4253)
	%4474 = extractvalue { float, float, float, float } %4473, 0
	%4475 = extractvalue { float, float, float, float } %4473, 1
	%4476 = extractvalue { float, float, float, float } %4473, 2
	%4477 = extractvalue { float, float, float, float } %4473, 3
	%4478 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4464, i32 %4465, float %4255, float %4256, float %4257, float %4258)
	%4479 = extractvalue { float, float, float, float } %4478, 0
	%4480 = extractvalue { float, float, float, float } %4478, 1
	%4481 = extractvalue { float, float, float, float } %4478, 2
	%4482 = extractvalue { float, float, float, float } %4478, 3
	%4483 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4466, i32 %4467, float %4260, float %4261, float %4262, float %4263)
	%4484 = extractvalue { float, float, float, float } %4483, 0
	%4485 = extractvalue { float, float, float, float } %4483, 1
	%4486 = extractvalue { float, float, float, float } %4483, 2
	%4487 = extractvalue { float, float, float, float } %4483, 3
	br i1 %3379, label %loop, label %epilogue

store0:
	%4488 = mul i32 %11, %M
	%4489 = add i32 %4488, %1918
	%4490 = mul i32 %4489, 128
	%4491 = shl i32 %7, 1
	%4492 = add i32 0, %4491
	%4493 = add i32 %4490, %4492
	%4494 = sext i32 %4493 to i64
	%4495 = getelementptr i16, i16* %out, i64 %4494
	%4496 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1920, float %1919)
	%4497 = bitcast i16* %4495 to i32*
	store i32 %4496, i32* %4497
	%4498 = shl i32 %7, 1
	%4499 = add i32 8, %4498
	%4500 = add i32 %4490, %4499
	%4501 = sext i32 %4500 to i64
	%4502 = getelementptr i16, i16* %out, i64 %4501
	%4503 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1922, float %1921)
	%4504 = bitcast i16* %4502 to i32*
	store i32 %4503, i32* %4504
	%4505 = shl i32 %7, 1
	%4506 = add i32 16, %4505
	%4507 = add i32 %4490, %4506
	%4508 = sext i32 %4507 to i64
	%4509 = getelementptr i16, i16* %out, i64 %4508
	%4510 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1924, float %1923)
	%4511 = bitcast i16* %4509 to i32*
	store i32 %4510, i32* %4511
	%4512 = shl i32 %7, 1
	%4513 = add i32 24, %4512
	%4514 = add i32 %4490, %4513
	%4515 = sext i32 %4514 to i64
	%4516 = getelementptr i16, i16* %out, i64 %4515
	%4517 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1926, float %1925)
	%4518 = bitcast i16* %4516 to i32*
	store i32 %4517, i32* %4518
	%4519 = shl i32 %7, 1
	%4520 = add i32 32, %4519
	%4521 = add i32 %4490, %4520
	%4522 = sext i32 %4521 to i64
	%4523 = getelementptr i16, i16* %out, i64 %4522
	%4524 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1928, float %1927)
	%4525 = bitcast i16* %4523 to i32*
	store i32 %4524, i32* %4525
	%4526 = shl i32 %7, 1
	%4527 = add i32 40, %4526
	%4528 = add i32 %4490, %4527
	%4529 = sext i32 %4528 to i64
	%4530 = getelementptr i16, i16* %out, i64 %4529
	%4531 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1930, float %1929)
	%4532 = bitcast i16* %4530 to i32*
	store i32 %4531, i32* %4532
	%4533 = shl i32 %7, 1
	%4534 = add i32 48, %4533
	%4535 = add i32 %4490, %4534
	%4536 = sext i32 %4535 to i64
	%4537 = getelementptr i16, i16* %out, i64 %4536
	%4538 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1932, float %1931)
	%4539 = bitcast i16* %4537 to i32*
	store i32 %4538, i32* %4539
	%4540 = shl i32 %7, 1
	%4541 = add i32 56, %4540
	%4542 = add i32 %4490, %4541
	%4543 = sext i32 %4542 to i64
	%4544 = getelementptr i16, i16* %out, i64 %4543
	%4545 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1934, float %1933)
	%4546 = bitcast i16* %4544 to i32*
	store i32 %4545, i32* %4546
	%4547 = shl i32 %7, 1
	%4548 = add i32 64, %4547
	%4549 = add i32 %4490, %4548
	%4550 = sext i32 %4549 to i64
	%4551 = getelementptr i16, i16* %out, i64 %4550
	%4552 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1936, float %1935)
	%4553 = bitcast i16* %4551 to i32*
	store i32 %4552, i32* %4553
	%4554 = shl i32 %7, 1
	%4555 = add i32 72, %4554
	%4556 = add i32 %4490, %4555
	%4557 = sext i32 %4556 to i64
	%4558 = getelementptr i16, i16* %out, i64 %4557
	%4559 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1938, float %1937)
	%4560 = bitcast i16* %4558 to i32*
	store i32 %4559, i32* %4560
	%4561 = shl i32 %7, 1
	%4562 = add i32 80, %4561
	%4563 = add i32 %4490, %4562
	%4564 = sext i32 %4563 to i64
	%4565 = getelementptr i16, i16* %out, i64 %4564
	%4566 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1940, float %1939)
	%4567 = bitcast i16* %4565 to i32*
	store i32 %4566, i32* %4567
	%4568 = shl i32 %7, 1
	%4569 = add i32 88, %4568
	%4570 = add i32 %4490, %4569
	%4571 = sext i32 %4570 to i64
	%4572 = getelementptr i16, i16* %out, i64 %4571
	%4573 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1942, float %1941)
	%4574 = bitcast i16* %4572 to i32*
	store i32 %4573, i32* %4574
	%4575 = shl i32 %7, 1
	%4576 = add i32 96, %4575
	%4577 = add i32 %4490, %4576
	%4578 = sext i32 %4577 to i64
	%4579 = getelementptr i16, i16* %out, i64 %4578
	%4580 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1944, float %1943)
	%4581 = bitcast i16* %4579 to i32*
	store i32 %4580, i32* %4581
	%4582 = shl i32 %7, 1
	%4583 = add i32 104, %4582
	%4584 = add i32 %4490, %4583
	%4585 = sext i32 %4584 to i64
	%4586 = getelementptr i16, i16* %out, i64 %4585
	%4587 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1946, float %1945)
	%4588 = bitcast i16* %4586 to i32*
	store i32 %4587, i32* %4588
	%4589 = shl i32 %7, 1
	%4590 = add i32 112, %4589
	%4591 = add i32 %4490, %4590
	%4592 = sext i32 %4591 to i64
	%4593 = getelementptr i16, i16* %out, i64 %4592
	%4594 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1948, float %1947)
	%4595 = bitcast i16* %4593 to i32*
	store i32 %4594, i32* %4595
	%4596 = shl i32 %7, 1
	%4597 = add i32 120, %4596
	%4598 = add i32 %4490, %4597
	%4599 = sext i32 %4598 to i64
	%4600 = getelementptr i16, i16* %out, i64 %4599
	%4601 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1950, float %1949)
	%4602 = bitcast i16* %4600 to i32*
	store i32 %4601, i32* %4602
	br label %stored0

stored0:
	%4603 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1776, i32 1, i32 31)
	%4604 = fadd float %1776, %4603
	%4605 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4604, i32 2, i32 31)
	%4606 = fadd float %4604, %4605
	%4607 = fcmp ogt float %4606, 0.0
	%4608 = fdiv float 1.0, %4606
	%4609 = select i1 %4607, float %4608, float 0.0
	%4610 = mul i32 %4, 32
	%4611 = add i32 %13, %4610
	%4612 = add i32 %6, 8
	%4613 = add i32 %4611, %4612
	%4614 = fmul float %1782, %4609
	%4615 = fmul float %1783, %4609
	%4616 = fmul float %1786, %4609
	%4617 = fmul float %1787, %4609
	%4618 = fmul float %1790, %4609
	%4619 = fmul float %1791, %4609
	%4620 = fmul float %1794, %4609
	%4621 = fmul float %1795, %4609
	%4622 = fmul float %1798, %4609
	%4623 = fmul float %1799, %4609
	%4624 = fmul float %1802, %4609
	%4625 = fmul float %1803, %4609
	%4626 = fmul float %1806, %4609
	%4627 = fmul float %1807, %4609
	%4628 = fmul float %1810, %4609
	%4629 = fmul float %1811, %4609
	%4630 = fmul float %1814, %4609
	%4631 = fmul float %1815, %4609
	%4632 = fmul float %1818, %4609
	%4633 = fmul float %1819, %4609
	%4634 = fmul float %1822, %4609
	%4635 = fmul float %1823, %4609
	%4636 = fmul float %1826, %4609
	%4637 = fmul float %1827, %4609
	%4638 = fmul float %1830, %4609
	%4639 = fmul float %1831, %4609
	%4640 = fmul float %1834, %4609
	%4641 = fmul float %1835, %4609
	%4642 = fmul float %1838, %4609
	%4643 = fmul float %1839, %4609
	%4644 = fmul float %1842, %4609
	%4645 = fmul float %1843, %4609
	%4646 = icmp slt i32 %4613, %M
	br i1 %4646, label %store1, label %stored1

store1:
	%4647 = mul i32 %11, %M
	%4648 = add i32 %4647, %4613
	%4649 = mul i32 %4648, 128
	%4650 = shl i32 %7, 1
	%4651 = add i32 0, %4650
	%4652 = add i32 %4649, %4651
	%4653 = sext i32 %4652 to i64
	%4654 = getelementptr i16, i16* %out, i64 %4653
	%4655 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4615, float %4614)
	%4656 = bitcast i16* %4654 to i32*
	store i32 %4655, i32* %4656
	%4657 = shl i32 %7, 1
	%4658 = add i32 8, %4657
	%4659 = add i32 %4649, %4658
	%4660 = sext i32 %4659 to i64
	%4661 = getelementptr i16, i16* %out, i64 %4660
	%4662 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4617, float %4616)
	%4663 = bitcast i16* %4661 to i32*
	store i32 %4662, i32* %4663
	%4664 = shl i32 %7, 1
	%4665 = add i32 16, %4664
	%4666 = add i32 %4649, %4665
	%4667 = sext i32 %4666 to i64
	%4668 = getelementptr i16, i16* %out, i64 %4667
	%4669 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4619, float %4618)
	%4670 = bitcast i16* %4668 to i32*
	store i32 %4669, i32* %4670
	%4671 = shl i32 %7, 1
	%4672 = add i32 24, %4671
	%4673 = add i32 %4649, %4672
	%4674 = sext i32 %4673 to i64
	%4675 = getelementptr i16, i16* %out, i64 %4674
	%4676 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4621, float %4620)
	%4677 = bitcast i16* %4675 to i32*
	store i32 %4676, i32* %4677
	%4678 = shl i32 %7, 1
	%4679 = add i32 32, %4678
	%4680 = add i32 %4649, %4679
	%4681 = sext i32 %4680 to i64
	%4682 = getelementptr i16, i16* %out, i64 %4681
	%4683 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4623, float %4622)
	%4684 = bitcast i16* %4682 to i32*
	store i32 %4683, i32* %4684
	%4685 = shl i32 %7, 1
	%4686 = add i32 40, %4685
	%4687 = add i32 %4649, %4686
	%4688 = sext i32 %4687 to i64
	%4689 = getelementptr i16, i16* %out, i64 %4688
	%4690 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4625, float %4624)
	%4691 = bitcast i16* %4689 to i32*
	store i32 %4690, i32* %4691
	%4692 = shl i32 %7, 1
	%4693 = add i32 48, %4692
	%4694 = add i32 %4649, %4693
	%4695 = sext i32 %4694 to i64
	%4696 = getelementptr i16, i16* %out, i64 %4695
	%4697 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4627, float %4626)
	%4698 = bitcast i16* %4696 to i32*
	store i32 %4697, i32* %4698
	%4699 = shl i32 %7, 1
	%4700 = add i32 56, %4699
	%4701 = add i32 %4649, %4700
	%4702 = sext i32 %4701 to i64
	%4703 = getelementptr i16, i16* %out, i64 %4702
	%4704 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4629, float %4628)
	%4705 = bitcast i16* %4703 to i32*
	store i32 %4704, i32* %4705
	%4706 = shl i32 %7, 1
	%4707 = add i32 64, %4706
	%4708 = add i32 %4649, %4707
	%4709 = sext i32 %4708 to i64
	%4710 = getelementptr i16, i16* %out, i64 %4709
	%4711 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4631, float %4630)
	%4712 = bitcast i16* %4710 to i32*
	store i32 %4711, i32* %4712
	%4713 = shl i32 %7, 1
	%4714 = add i32 72, %4713
	%4715 = add i32 %4649, %4714
	%4716 = sext i32 %4715 to i64
	%4717 = getelementptr i16, i16* %out, i64 %4716
	%4718 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4633, float %4632)
	%4719 = bitcast i16* %4717 to i32*
	store i32 %4718, i32* %4719
	%4720 = shl i32 %7, 1
	%4721 = add i32 80, %4720
	%4722 = add i32 %4649, %4721
	%4723 = sext i32 %4722 to i64
	%4724 = getelementptr i16, i16* %out, i64 %4723
	%4725 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4635, float %4634)
	%4726 = bitcast i16* %4724 to i32*
	store i32 %4725, i32* %4726
	%4727 = shl i32 %7, 1
	%4728 = add i32 88, %4727
	%4729 = add i32 %4649, %4728
	%4730 = sext i32 %4729 to i64
	%4731 = getelementptr i16, i16* %out, i64 %4730
	%4732 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4637, float %4636)
	%4733 = bitcast i16* %4731 to i32*
	store i32 %4732, i32* %4733
	%4734 = shl i32 %7, 1
	%4735 = add i32 96, %4734
	%4736 = add i32 %4649, %4735
	%4737 = sext i32 %4736 to i64
	%4738 = getelementptr i16, i16* %out, i64 %4737
	%4739 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4639, float %4638)
	%4740 = bitcast i16* %4738 to i32*
	store i32 %4739, i32* %4740
	%4741 = shl i32 %7, 1
	%4742 = add i32 104, %4741
	%4743 = add i32 %4649, %4742
	%4744 = sext i32 %4743 to i64
	%4745 = getelementptr i16, i16* %out, i64 %4744
	%4746 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4641, float %4640)
	%4747 = bitcast i16* %4745 to i32*
	store i32 %4746, i32* %4747
	%4748 = shl i32 %7, 1
	%4749 = add i32 112, %4748
	%4750 = add i32 %4649, %4749
	%4751 = sext i32 %4750 to i64
	%4752 = getelementptr i16, i16* %out, i64 %4751
	%4753 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4643, float %4642)
	%4754 = bitcast i16* %4752 to i32*
	store i32 %4753, i32* %4754
	%4755 = shl i32 %7, 1
	%4756 = add i32 120, %4755
	%4757 = add i32 %4649, %4756
	%4758 = sext i32 %4757 to i64
	%4759 = getelementptr i16, i16* %out, i64 %4758
	%4760 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4645, float %4644)
	%4761 = bitcast i16* %4759 to i32*
	store i32 %4760, i32* %4761
	br label %stored1

stored1:
	%4762 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1777, i32 1, i32 31)
	%4763 = fadd float %1777, %4762
	%4764 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4763, i32 2, i32 31)
	%4765 = fadd float %4763, %4764
	%4766 = fcmp ogt float %4765, 0.0
	%4767 = fdiv float 1.0, %4765
	%4768 = select i1 %4766, float %4767, float 0.0
	%4769 = mul i32 %4, 32
	%4770 = add i32 %13, %4769
	%4771 = add i32 %6, 16
	%4772 = add i32 %4770, %4771
	%4773 = fmul float %1844, %4768
	%4774 = fmul float %1845, %4768
	%4775 = fmul float %1848, %4768
	%4776 = fmul float %1849, %4768
	%4777 = fmul float %1852, %4768
	%4778 = fmul float %1853, %4768
	%4779 = fmul float %1856, %4768
	%4780 = fmul float %1857, %4768
	%4781 = fmul float %1860, %4768
	%4782 = fmul float %1861, %4768
	%4783 = fmul float %1864, %4768
	%4784 = fmul float %1865, %4768
	%4785 = fmul float %1868, %4768
	%4786 = fmul float %1869, %4768
	%4787 = fmul float %1872, %4768
	%4788 = fmul float %1873, %4768
	%4789 = fmul float %1876, %4768
	%4790 = fmul float %1877, %4768
	%4791 = fmul float %1880, %4768
	%4792 = fmul float %1881, %4768
	%4793 = fmul float %1884, %4768
	%4794 = fmul float %1885, %4768
	%4795 = fmul float %1888, %4768
	%4796 = fmul float %1889, %4768
	%4797 = fmul float %1892, %4768
	%4798 = fmul float %1893, %4768
	%4799 = fmul float %1896, %4768
	%4800 = fmul float %1897, %4768
	%4801 = fmul float %1900, %4768
	%4802 = fmul float %1901, %4768
	%4803 = fmul float %1904, %4768
	%4804 = fmul float %1905, %4768
	%4805 = icmp slt i32 %4772, %M
	br i1 %4805, label %store2, label %stored2

store2:
	%4806 = mul i32 %11, %M
	%4807 = add i32 %4806, %4772
	%4808 = mul i32 %4807, 128
	%4809 = shl i32 %7, 1
	%4810 = add i32 0, %4809
	%4811 = add i32 %4808, %4810
	%4812 = sext i32 %4811 to i64
	%4813 = getelementptr i16, i16* %out, i64 %4812
	%4814 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4774, float %4773)
	%4815 = bitcast i16* %4813 to i32*
	store i32 %4814, i32* %4815
	%4816 = shl i32 %7, 1
	%4817 = add i32 8, %4816
	%4818 = add i32 %4808, %4817
	%4819 = sext i32 %4818 to i64
	%4820 = getelementptr i16, i16* %out, i64 %4819
	%4821 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4776, float %4775)
	%4822 = bitcast i16* %4820 to i32*
	store i32 %4821, i32* %4822
	%4823 = shl i32 %7, 1
	%4824 = add i32 16, %4823
	%4825 = add i32 %4808, %4824
	%4826 = sext i32 %4825 to i64
	%4827 = getelementptr i16, i16* %out, i64 %4826
	%4828 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4778, float %4777)
	%4829 = bitcast i16* %4827 to i32*
	store i32 %4828, i32* %4829
	%4830 = shl i32 %7, 1
	%4831 = add i32 24, %4830
	%4832 = add i32 %4808, %4831
	%4833 = sext i32 %4832 to i64
	%4834 = getelementptr i16, i16* %out, i64 %4833
	%4835 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4780, float %4779)
	%4836 = bitcast i16* %4834 to i32*
	store i32 %4835, i32* %4836
	%4837 = shl i32 %7, 1
	%4838 = add i32 32, %4837
	%4839 = add i32 %4808, %4838
	%4840 = sext i32 %4839 to i64
	%4841 = getelementptr i16, i16* %out, i64 %4840
	%4842 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4782, float %4781)
	%4843 = bitcast i16* %4841 to i32*
	store i32 %4842, i32* %4843
	%4844 = shl i32 %7, 1
	%4845 = add i32 40, %4844
	%4846 = add i32 %4808, %4845
	%4847 = sext i32 %4846 to i64
	%4848 = getelementptr i16, i16* %out, i64 %4847
	%4849 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4784, float %4783)
	%4850 = bitcast i16* %4848 to i32*
	store i32 %4849, i32* %4850
	%4851 = shl i32 %7, 1
	%4852 = add i32 48, %4851
	%4853 = add i32 %4808, %4852
	%4854 = sext i32 %4853 to i64
	%4855 = getelementptr i16, i16* %out, i64 %4854
	%4856 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4786, float %4785)
	%4857 = bitcast i16* %4855 to i32*
	store i32 %4856, i32* %4857
	%4858 = shl i32 %7, 1
	%4859 = add i32 56, %4858
	%4860 = add i32 %4808, %4859
	%4861 = sext i32 %4860 to i64
	%4862 = getelementptr i16, i16* %out, i64 %4861
	%4863 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4788, float %4787)
	%4864 = bitcast i16* %4862 to i32*
	store i32 %4863, i32* %4864
	%4865 = shl i32 %7, 1
	%4866 = add i32 64, %4865
	%4867 = add i32 %4808, %4866
	%4868 = sext i32 %4867 to i64
	%4869 = getelementptr i16, i16* %out, i64 %4868
	%4870 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4790, float %4789)
	%4871 = bitcast i16* %4869 to i32*
	store i32 %4870, i32* %4871
	%4872 = shl i32 %7, 1
	%4873 = add i32 72, %4872
	%4874 = add i32 %4808, %4873
	%4875 = sext i32 %4874 to i64
	%4876 = getelementptr i16, i16* %out, i64 %4875
	%4877 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4792, float %4791)
	%4878 = bitcast i16* %4876 to i32*
	store i32 %4877, i32* %4878
	%4879 = shl i32 %7, 1
	%4880 = add i32 80, %4879
	%4881 = add i32 %4808, %4880
	%4882 = sext i32 %4881 to i64
	%4883 = getelementptr i16, i16* %out, i64 %4882
	%4884 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4794, float %4793)
	%4885 = bitcast i16* %4883 to i32*
	store i32 %4884, i32* %4885
	%4886 = shl i32 %7, 1
	%4887 = add i32 88, %4886
	%4888 = add i32 %4808, %4887
	%4889 = sext i32 %4888 to i64
	%4890 = getelementptr i16, i16* %out, i64 %4889
	%4891 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4796, float %4795)
	%4892 = bitcast i16* %4890 to i32*
	store i32 %4891, i32* %4892
	%4893 = shl i32 %7, 1
	%4894 = add i32 96, %4893
	%4895 = add i32 %4808, %4894
	%4896 = sext i32 %4895 to i64
	%4897 = getelementptr i16, i16* %out, i64 %4896
	%4898 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4798, float %4797)
	%4899 = bitcast i16* %4897 to i32*
	store i32 %4898, i32* %4899
	%4900 = shl i32 %7, 1
	%4901 = add i32 104, %4900
	%4902 = add i32 %4808, %4901
	%4903 = sext i32 %4902 to i64
	%4904 = getelementptr i16, i16* %out, i64 %4903
	%4905 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4800, float %4799)
	%4906 = bitcast i16* %4904 to i32*
	store i32 %4905, i32* %4906
	%4907 = shl i32 %7, 1
	%4908 = add i32 112, %4907
	%4909 = add i32 %4808, %4908
	%4910 = sext i32 %4909 to i64
	%4911 = getelementptr i16, i16* %out, i64 %4910
	%4912 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4802, float %4801)
	%4913 = bitcast i16* %4911 to i32*
	store i32 %4912, i32* %4913
	%4914 = shl i32 %7, 1
	%4915 = add i32 120, %4914
	%4916 = add i32 %4808, %4915
	%4917 = sext i32 %4916 to i64
	%4918 = getelementptr i16, i16* %out, i64 %4917
	%4919 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4804, float %4803)
	%4920 = bitcast i16* %4918 to i32*
	store i32 %4919, i32* %4920
	br label %stored2

stored2:
	%4921 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1778, i32 1, i32 31)
	%4922 = fadd float %1778, %4921
	%4923 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4922, i32 2, i32 31)
	%4924 = fadd float %4922, %4923
	%4925 = fcmp ogt float %4924, 0.0
	%4926 = fdiv float 1.0, %4924
	%4927 = select i1 %4925, float %4926, float 0.0
	%4928 = mul i32 %4, 32
	%4929 = add i32 %13, %4928
	%4930 = add i32 %6, 24
	%4931 = add i32 %4929, %4930
	%4932 = fmul float %1846, %4927
	%4933 = fmul float %1847, %4927
	%4934 = fmul float %1850, %4927
	%4935 = fmul float %1851, %4927
	%4936 = fmul float %1854, %4927
	%4937 = fmul float %1855, %4927
	%4938 = fmul float %1858, %4927
	%4939 = fmul float %1859, %4927
	%4940 = fmul float %1862, %4927
	%4941 = fmul float %1863, %4927
	%4942 = fmul float %1866, %4927
	%4943 = fmul float %1867, %4927
	%4944 = fmul float %1870, %4927
	%4945 = fmul float %1871, %4927
	%4946 = fmul float %1874, %4927
	%4947 = fmul float %1875, %4927
	%4948 = fmul float %1878, %4927
	%4949 = fmul float %1879, %4927
	%4950 = fmul float %1882, %4927
	%4951 = fmul float %1883, %4927
	%4952 = fmul float %1886, %4927
	%4953 = fmul float %1887, %4927
	%4954 = fmul float %1890, %4927
	%4955 = fmul float %1891, %4927
	%4956 = fmul float %1894, %4927
	%4957 = fmul float %1895, %4927
	%4958 = fmul float %1898, %4927
	%4959 = fmul float %1899, %4927
	%4960 = fmul float %1902, %4927
	%4961 = fmul float %1903, %4927
	%4962 = fmul float %1906, %4927
	%4963 = fmul float %1907, %4927
	%4964 = icmp slt i32 %4931, %M
	br i1 %4964, label %store3, label %stored3

store3:
	%4965 = mul i32 %11, %M
	%4966 = add i32 %4965, %4931
	%4967 = mul i32 %4966, 128
	%4968 = shl i32 %7, 1
	%4969 = add i32 0, %4968
	%4970 = add i32 %4967, %4969
	%4971 = sext i32 %4970 to i64
	%4972 = getelementptr i16, i16* %out, i64 %4971
	%4973 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4933, float %4932)
	%4974 = bitcast i16* %4972 to i32*
	store i32 %4973, i32* %4974
	%4975 = shl i32 %7, 1
	%4976 = add i32 8, %4975
	%4977 = add i32 %4967, %4976
	%4978 = sext i32 %4977 to i64
	%4979 = getelementptr i16, i16* %out, i64 %4978
	%4980 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4935, float %4934)
	%4981 = bitcast i16* %4979 to i32*
	store i32 %4980, i32* %4981
	%4982 = shl i32 %7, 1
	%4983 = add i32 16, %4982
	%4984 = add i32 %4967, %4983
	%4985 = sext i32 %4984 to i64
	%4986 = getelementptr i16, i16* %out, i64 %4985
	%4987 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4937, float %4936)
	%4988 = bitcast i16* %4986 to i32*
	store i32 %4987, i32* %4988
	%4989 = shl i32 %7, 1
	%4990 = add i32 24, %4989
	%4991 = add i32 %4967, %4990
	%4992 = sext i32 %4991 to i64
	%4993 = getelementptr i16, i16* %out, i64 %4992
	%4994 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4939, float %4938)
	%4995 = bitcast i16* %4993 to i32*
	store i32 %4994, i32* %4995
	%4996 = shl i32 %7, 1
	%4997 = add i32 32, %4996
	%4998 = add i32 %4967, %4997
	%4999 = sext i32 %4998 to i64
	%5000 = getelementptr i16, i16* %out, i64 %4999
	%5001 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4941, float %4940)
	%5002 = bitcast i16* %5000 to i32*
	store i32 %5001, i32* %5002
	%5003 = shl i32 %7, 1
	%5004 = add i32 40, %5003
	%5005 = add i32 %4967, %5004
	%5006 = sext i32 %5005 to i64
	%5007 = getelementptr i16, i16* %out, i64 %5006
	%5008 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4943, float %4942)
	%5009 = bitcast i16* %5007 to i32*
	store i32 %5008, i32* %5009
	%5010 = shl i32 %7, 1
	%5011 = add i32 48, %5010
	%5012 = add i32 %4967, %5011
	%5013 = sext i32 %5012 to i64
	%5014 = getelementptr i16, i16* %out, i64 %5013
	%5015 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4945, float %4944)
	%5016 = bitcast i16* %5014 to i32*
	store i32 %5015, i32* %5016
	%5017 = shl i32 %7, 1
	%5018 = add i32 56, %5017
	%5019 = add i32 %4967, %5018
	%5020 = sext i32 %5019 to i64
	%5021 = getelementptr i16, i16* %out, i64 %5020
	%5022 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4947, float %4946)
	%5023 = bitcast i16* %5021 to i32*
	store i32 %5022, i32* %5023
	%5024 = shl i32 %7, 1
	%5025 = add i32 64, %5024
	%5026 = add i32 %4967, %5025
	%5027 = sext i32 %5026 to i64
	%5028 = getelementptr i16, i16* %out, i64 %5027
	%5029 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4949, float %4948)
	%5030 = bitcast i16* %5028 to i32*
	store i32 %5029, i32* %5030
	%5031 = shl i32 %7, 1
	%5032 = add i32 72, %5031
	%5033 = add i32 %4967, %5032
	%5034 = sext i32 %5033 to i64
	%5035 = getelementptr i16, i16* %out, i64 %5034
	%5036 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4951, float %4950)
	%5037 = bitcast i16* %5035 to i32*
	store i32 %5036, i32* %5037
	%5038 = shl i32 %7, 1
	%5039 = add i32 80, %5038
	%5040 = add i32 %4967, %5039
	%5041 = sext i32 %5040 to i64
	%5042 = getelementptr i16, i16* %out, i64 %5041
	%5043 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4953, float %4952)
	%5044 = bitcast i16* %5042 to i32*
	store i32 %5043, i32* %5044
	%5045 = shl i32 %7, 1
	%5046 = add i32 88, %5045
	%5047 = add i32 %4967, %5046
	%5048 = sext i32 %5047 to i64
	%5049 = getelementptr i16, i16* %out, i64 %5048
	%5050 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4955, float %4954)
	%5051 = bitcast i16* %5049 to i32*
	store i32 %5050, i32* %5051
	%5052 = shl i32 %7, 1
	%5053 = add i32 96, %5052
	%5054 = add i32 %4967, %5053
	%5055 = sext i32 %5054 to i64
	%5056 = getelementptr i16, i16* %out, i64 %5055
	%5057 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4957, float %4956)
	%5058 = bitcast i16* %5056 to i32*
	store i32 %5057, i32* %5058
	%5059 = shl i32 %7, 1
	%5060 = add i32 104, %5059
	%5061 = add i32 %4967, %5060
	%5062 = sext i32 %5061 to i64
	%5063 = getelementptr i16, i16* %out, i64 %5062
	%5064 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4959, float %4958)
	%5065 = bitcast i16* %5063 to i32*
	store i32 %5064, i32* %5065
	%5066 = shl i32 %7, 1
	%5067 = add i32 112, %5066
	%5068 = add i32 %4967, %5067
	%5069 = sext i32 %5068 to i64
	%5070 = getelementptr i16, i16* %out, i64 %5069
	%5071 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4961, float %4960)
	%5072 = bitcast i16* %5070 to i32*
	store i32 %5071, i32* %5072
	%5073 = shl i32 %7, 1
	%5074 = add i32 120, %5073
	%5075 = add i32 %4967, %5074
	%5076 = sext i32 %5075 to i64
	%5077 = getelementptr i16, i16* %out, i64 %5076
	%5078 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4963, float %4962)
	%5079 = bitcast i16* %5077 to i32*
	store i32 %5078, i32* %5079
	br label %stored3

stored3:
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

!nvvm.annotations = !{!0}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @prefill_attn0, !"maxntidx", i32 64}
