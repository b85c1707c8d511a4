define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [49152 x i8] addrspace(3)* @$K_smem to i32
	%1 = add i32 %0, u0x4000
	%2 = add i32 %0, u0x8000
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%4 = lshr i32 %3, 5
	%5 = and i32 %3, 31
	%6 = lshr i32 %5, 2
	%7 = and i32 %5, 3
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%9 = mul i32 %8, %NQ
	%10 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%11 = add i32 %9, %10
	%12 = mul i32 %hg, %NQ
	%13 = udiv i32 %11, %12
	%14 = urem i32 %11, %12
	%15 = mul i32 %13, %hg
	%16 = sub i32 %H, %15
	%17 = icmp slt i32 %hg, %16
	%18 = select i1 %17, i32 %hg, i32 %16
	%19 = sub i32 %NQ, 1
	%20 = udiv i32 %14, %18
	%21 = sub i32 %19, %20
	%22 = urem i32 %14, %18
	%23 = add i32 %15, %22
	%24 = sdiv i32 %23, %group
	%25 = mul i32 %21, 64
	%26 = mul i32 %23, %M
	%27 = mul i32 %26, 128
	%28 = sext i32 %27 to i64
	%29 = getelementptr i16, i16* %q, i64 %28
	%30 = mul i32 %24, %N
	%31 = mul i32 %30, 128
	%32 = sext i32 %31 to i64
	%33 = getelementptr i16, i16* %k, i64 %32
	%34 = mul i32 %24, %N
	%35 = mul i32 %34, 128
	%36 = sext i32 %35 to i64
	%37 = getelementptr i16, i16* %v, i64 %36
	%38 = udiv i32 %23, %lh
	%39 = mul i32 %38, %NQ
	%40 = add i32 %39, %21
	%41 = mul i32 %40, 2
	%42 = mul i32 %41, %NK
	%43 = mul i32 %23, %ch
	%44 = mul i32 %43, %NQ
	%45 = add i32 %44, %21
	%46 = mul i32 %45, %NK
	%47 = add i32 %42, 0
	%48 = sext i32 %47 to i64
	%49 = getelementptr i32, i32* %list, i64 %48
	%50 = load i32, i32* %49
	%51 = icmp sgt i32 %NK, 0
	%52 = icmp sge i32 %50, 0
	%53 = and i1 %51, %52
	%54 = lshr i32 %3, 4
	%55 = and i32 %3, 15
	%56 = and i32 %54, 7
	%57 = xor i32 %55, %56
	%58 = mul i32 %54, 16
	%59 = add i32 %58, %57
	%60 = shl i32 %59, 4
	%61 = add i32 %2, %60
	%62 = add i32 %25, %54
	%63 = mul i32 %62, 128
	%64 = mul i32 %55, 8
	%65 = add i32 %63, %64
	%66 = sext i32 %65 to i64
	%67 = getelementptr i16, i16* %29, i64 %66
	%68 = add i32 %62, 0
	%69 = icmp slt i32 %68, %M
	%70 = getelementptr i16, i16* %67, i64 0
	%71 = select i1 %69, i16* %70, i16* %29
	%72 = add i32 %61, 0
	%73 = select i1 %69, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %72, i16* %71, i32 %73)
	%74 = add i32 %62, 4
	%75 = icmp slt i32 %74, %M
	%76 = getelementptr i16, i16* %67, i64 512
	%77 = select i1 %75, i16* %76, i16* %29
	%78 = add i32 %54, 4
	%79 = and i32 %78, 7
	%80 = xor i32 %55, %79
	%81 = mul i32 %78, 16
	%82 = add i32 %81, %80
	%83 = shl i32 %82, 4
	%84 = add i32 %2, %83
	%85 = select i1 %75, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %84, i16* %77, i32 %85)
	%86 = add i32 %62, 8
	%87 = icmp slt i32 %86, %M
	%88 = getelementptr i16, i16* %67, i64 1024
	%89 = select i1 %87, i16* %88, i16* %29
	%90 = add i32 %54, 8
	%91 = and i32 %90, 7
	%92 = xor i32 %55, %91
	%93 = mul i32 %90, 16
	%94 = add i32 %93, %92
	%95 = shl i32 %94, 4
	%96 = add i32 %2, %95
	%97 = select i1 %87, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %96, i16* %89, i32 %97)
	%98 = add i32 %62, 12
	%99 = icmp slt i32 %98, %M
	%100 = getelementptr i16, i16* %67, i64 1536
	%101 = select i1 %99, i16* %100, i16* %29
	%102 = add i32 %54, 12
	%103 = and i32 %102, 7
	%104 = xor i32 %55, %103
	%105 = mul i32 %102, 16
	%106 = add i32 %105, %104
	%107 = shl i32 %106, 4
	%108 = add i32 %2, %107
	%109 = select i1 %99, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %108, i16* %101, i32 %109)
	%110 = add i32 %62, 16
	%111 = icmp slt i32 %110, %M
	%112 = getelementptr i16, i16* %67, i64 2048
	%113 = select i1 %111, i16* %112, i16* %29
	%114 = add i32 %54, 16
	%115 = and i32 %114, 7
	%116 = xor i32 %55, %115
	%117 = mul i32 %114, 16
	%118 = add i32 %117, %116
	%119 = shl i32 %118, 4
	%120 = add i32 %2, %119
	%121 = select i1 %111, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %120, i16* %113, i32 %121)
	%122 = add i32 %62, 20
	%123 = icmp slt i32 %122, %M
	%124 = getelementptr i16, i16* %67, i64 2560
	%125 = select i1 %123, i16* %124, i16* %29
	%126 = add i32 %54, 20
	%127 = and i32 %126, 7
	%128 = xor i32 %55, %127
	%129 = mul i32 %126, 16
	%130 = add i32 %129, %128
	%131 = shl i32 %130, 4
	%132 = add i32 %2, %131
	%133 = select i1 %123, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %132, i16* %125, i32 %133)
	%134 = add i32 %62, 24
	%135 = icmp slt i32 %134, %M
	%136 = getelementptr i16, i16* %67, i64 3072
	%137 = select i1 %135, i16* %136, i16* %29
	%138 = add i32 %54, 24
	%139 = and i32 %138, 7
	%140 = xor i32 %55, %139
	%141 = mul i32 %138, 16
	%142 = add i32 %141, %140
	%143 = shl i32 %142, 4
	%144 = add i32 %2, %143
	%145 = select i1 %135, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %144, i16* %137, i32 %145)
	%146 = add i32 %62, 28
	%147 = icmp slt i32 %146, %M
	%148 = getelementptr i16, i16* %67, i64 3584
	%149 = select i1 %147, i16* %148, i16* %29
	%150 = add i32 %54, 28
	%151 = and i32 %150, 7
	%152 = xor i32 %55, %151
	%153 = mul i32 %150, 16
	%154 = add i32 %153, %152
	%155 = shl i32 %154, 4
	%156 = add i32 %2, %155
	%157 = select i1 %147, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %156, i16* %149, i32 %157)
	%158 = add i32 %62, 32
	%159 = icmp slt i32 %158, %M
	%160 = getelementptr i16, i16* %67, i64 u0x1000
	%161 = select i1 %159, i16* %160, i16* %29
	%162 = add i32 %54, 32
	%163 = and i32 %162, 7
	%164 = xor i32 %55, %163
	%165 = mul i32 %162, 16
	%166 = add i32 %165, %164
	%167 = shl i32 %166, 4
	%168 = add i32 %2, %167
	%169 = select i1 %159, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %168, i16* %161, i32 %169)
	%170 = add i32 %62, 36
	%171 = icmp slt i32 %170, %M
	%172 = getelementptr i16, i16* %67, i64 4608
	%173 = select i1 %171, i16* %172, i16* %29
	%174 = add i32 %54, 36
	%175 = and i32 %174, 7
	%176 = xor i32 %55, %175
	%177 = mul i32 %174, 16
	%178 = add i32 %177, %176
	%179 = shl i32 %178, 4
	%180 = add i32 %2, %179
	%181 = select i1 %171, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %180, i16* %173, i32 %181)
	%182 = add i32 %62, 40
	%183 = icmp slt i32 %182, %M
	%184 = getelementptr i16, i16* %67, i64 5120
	%185 = select i1 %183, i16* %184, i16* %29
	%186 = add i32 %54, 40
	%187 = and i32 %186, 7
	%188 = xor i32 %55, %187
	%189 = mul i32 %186, 16
	%190 = add i32 %189, %188
	%191 = shl i32 %190, 4
	%192 = add i32 %2, %191
	%193 = select i1 %183, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %192, i16* %185, i32 %193)
	%194 = add i32 %62, 44
	%195 = icmp slt i32 %194, %M
	%196 = getelementptr i16, i16* %67, i64 5632
	%197 = select i1 %195, i16* %196, i16* %29
	%198 = add i32 %54, 44
	%199 = and i32 %198, 7
	%200 = xor i32 %55, %199
	%201 = mul i32 %198, 16
	%202 = add i32 %201, %200
	%203 = shl i32 %202, 4
	%204 = add i32 %2, %203
	%205 = select i1 %195, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %204, i16* %197, i32 %205)
	%206 = add i32 %62, 48
	%207 = icmp slt i32 %206, %M
	%208 = getelementptr i16, i16* %67, i64 6144
	%209 = select i1 %207, i16* %208, i16* %29
	%210 = add i32 %54, 48
	%211 = and i32 %210, 7
	%212 = xor i32 %55, %211
	%213 = mul i32 %210, 16
	%214 = add i32 %213, %212
	%215 = shl i32 %214, 4
	%216 = add i32 %2, %215
	%217 = select i1 %207, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %216, i16* %209, i32 %217)
	%218 = add i32 %62, 52
	%219 = icmp slt i32 %218, %M
	%220 = getelementptr i16, i16* %67, i64 6656
	%221 = select i1 %219, i16* %220, i16* %29
	%222 = add i32 %54, 52
	%223 = and i32 %222, 7
	%224 = xor i32 %55, %223
	%225 = mul i32 %222, 16
	%226 = add i32 %225, %224
	%227 = shl i32 %226, 4
	%228 = add i32 %2, %227
	%229 = select i1 %219, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %228, i16* %221, i32 %229)
	%230 = add i32 %62, 56
	%231 = icmp slt i32 %230, %M
	%232 = getelementptr i16, i16* %67, i64 7168
	%233 = select i1 %231, i16* %232, i16* %29
	%234 = add i32 %54, 56
	%235 = and i32 %234, 7
	%236 = xor i32 %55, %235
	%237 = mul i32 %234, 16
	%238 = add i32 %237, %236
	%239 = shl i32 %238, 4
	%240 = add i32 %2, %239
	%241 = select i1 %231, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %240, i16* %233, i32 %241)
	%242 = add i32 %62, 60
	%243 = icmp slt i32 %242, %M
	%244 = getelementptr i16, i16* %67, i64 7680
	%245 = select i1 %243, i16* %244, i16* %29
	%246 = add i32 %54, 60
	%247 = and i32 %246, 7
	%248 = xor i32 %55, %247
	%249 = mul i32 %246, 16
	%250 = add i32 %249, %248
	%251 = shl i32 %250, 4
	%252 = add i32 %2, %251
	%253 = select i1 %243, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %252, i16* %245, i32 %253)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %53, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%254 = and i32 %5, 7
	%255 = lshr i32 %5, 3
	%256 = and i32 %255, 1
	%257 = shl i32 %256, 3
	%258 = add i32 %254, %257
	%259 = lshr i32 %5, 4
	%260 = mul i32 %4, 32
	%261 = add i32 %258, 0
	%262 = add i32 %260, %261
	%263 = mul i32 %262, 256
	%264 = add i32 %2, %263
	%265 = and i32 %5, 7
	%266 = xor i32 %259, %265
	%267 = shl i32 %266, 4
	%268 = add i32 %264, %267
	%269 = mul i32 %4, 32
	%270 = add i32 %258, 16
	%271 = add i32 %269, %270
	%272 = mul i32 %271, 256
	%273 = add i32 %2, %272
	%274 = and i32 %5, 7
	%275 = xor i32 %259, %274
	%276 = shl i32 %275, 4
	%277 = add i32 %273, %276
	%278 = mul i32 %50, 64
	%279 = lshr i32 %3, 4
	%280 = and i32 %3, 15
	%281 = and i32 %279, 7
	%282 = xor i32 %280, %281
	%283 = mul i32 %279, 16
	%284 = add i32 %283, %282
	%285 = shl i32 %284, 4
	%286 = add i32 %0, %285
	%287 = add i32 %278, %279
	%288 = mul i32 %287, 128
	%289 = mul i32 %280, 8
	%290 = add i32 %288, %289
	%291 = sext i32 %290 to i64
	%292 = getelementptr i16, i16* %33, i64 %291
	%293 = add i32 %287, 0
	%294 = icmp slt i32 %293, %N
	%295 = getelementptr i16, i16* %292, i64 0
	%296 = select i1 %294, i16* %295, i16* %33
	%297 = add i32 %286, 0
	%298 = select i1 %294, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %297, i16* %296, i32 %298)
	%299 = add i32 %287, 4
	%300 = icmp slt i32 %299, %N
	%301 = getelementptr i16, i16* %292, i64 512
	%302 = select i1 %300, i16* %301, i16* %33
	%303 = add i32 %279, 4
	%304 = and i32 %303, 7
	%305 = xor i32 %280, %304
	%306 = mul i32 %303, 16
	%307 = add i32 %306, %305
	%308 = shl i32 %307, 4
	%309 = add i32 %0, %308
	%310 = select i1 %300, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %309, i16* %302, i32 %310)
	%311 = add i32 %287, 8
	%312 = icmp slt i32 %311, %N
	%313 = getelementptr i16, i16* %292, i64 1024
	%314 = select i1 %312, i16* %313, i16* %33
	%315 = add i32 %279, 8
	%316 = and i32 %315, 7
	%317 = xor i32 %280, %316
	%318 = mul i32 %315, 16
	%319 = add i32 %318, %317
	%320 = shl i32 %319, 4
	%321 = add i32 %0, %320
	%322 = select i1 %312, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %321, i16* %314, i32 %322)
	%323 = add i32 %287, 12
	%324 = icmp slt i32 %323, %N
	%325 = getelementptr i16, i16* %292, i64 1536
	%326 = select i1 %324, i16* %325, i16* %33
	%327 = add i32 %279, 12
	%328 = and i32 %327, 7
	%329 = xor i32 %280, %328
	%330 = mul i32 %327, 16
	%331 = add i32 %330, %329
	%332 = shl i32 %331, 4
	%333 = add i32 %0, %332
	%334 = select i1 %324, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %333, i16* %326, i32 %334)
	%335 = add i32 %287, 16
	%336 = icmp slt i32 %335, %N
	%337 = getelementptr i16, i16* %292, i64 2048
	%338 = select i1 %336, i16* %337, i16* %33
	%339 = add i32 %279, 16
	%340 = and i32 %339, 7
	%341 = xor i32 %280, %340
	%342 = mul i32 %339, 16
	%343 = add i32 %342, %341
	%344 = shl i32 %343, 4
	%345 = add i32 %0, %344
	%346 = select i1 %336, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %345, i16* %338, i32 %346)
	%347 = add i32 %287, 20
	%348 = icmp slt i32 %347, %N
	%349 = getelementptr i16, i16* %292, i64 2560
	%350 = select i1 %348, i16* %349, i16* %33
	%351 = add i32 %279, 20
	%352 = and i32 %351, 7
	%353 = xor i32 %280, %352
	%354 = mul i32 %351, 16
	%355 = add i32 %354, %353
	%356 = shl i32 %355, 4
	%357 = add i32 %0, %356
	%358 = select i1 %348, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %357, i16* %350, i32 %358)
	%359 = add i32 %287, 24
	%360 = icmp slt i32 %359, %N
	%361 = getelementptr i16, i16* %292, i64 3072
	%362 = select i1 %360, i16* %361, i16* %33
	%363 = add i32 %279, 24
	%364 = and i32 %363, 7
	%365 = xor i32 %280, %364
	%366 = mul i32 %363, 16
	%367 = add i32 %366, %365
	%368 = shl i32 %367, 4
	%369 = add i32 %0, %368
	%370 = select i1 %360, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %369, i16* %362, i32 %370)
	%371 = add i32 %287, 28
	%372 = icmp slt i32 %371, %N
	%373 = getelementptr i16, i16* %292, i64 3584
	%374 = select i1 %372, i16* %373, i16* %33
	%375 = add i32 %279, 28
	%376 = and i32 %375, 7
	%377 = xor i32 %280, %376
	%378 = mul i32 %375, 16
	%379 = add i32 %378, %377
	%380 = shl i32 %379, 4
	%381 = add i32 %0, %380
	%382 = select i1 %372, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %381, i16* %374, i32 %382)
	%383 = add i32 %287, 32
	%384 = icmp slt i32 %383, %N
	%385 = getelementptr i16, i16* %292, i64 u0x1000
	%386 = select i1 %384, i16* %385, i16* %33
	%387 = add i32 %279, 32
	%388 = and i32 %387, 7
	%389 = xor i32 %280, %388
	%390 = mul i32 %387, 16
	%391 = add i32 %390, %389
	%392 = shl i32 %391, 4
	%393 = add i32 %0, %392
	%394 = select i1 %384, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %393, i16* %386, i32 %394)
	%395 = add i32 %287, 36
	%396 = icmp slt i32 %395, %N
	%397 = getelementptr i16, i16* %292, i64 4608
	%398 = select i1 %396, i16* %397, i16* %33
	%399 = add i32 %279, 36
	%400 = and i32 %399, 7
	%401 = xor i32 %280, %400
	%402 = mul i32 %399, 16
	%403 = add i32 %402, %401
	%404 = shl i32 %403, 4
	%405 = add i32 %0, %404
	%406 = select i1 %396, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %405, i16* %398, i32 %406)
	%407 = add i32 %287, 40
	%408 = icmp slt i32 %407, %N
	%409 = getelementptr i16, i16* %292, i64 5120
	%410 = select i1 %408, i16* %409, i16* %33
	%411 = add i32 %279, 40
	%412 = and i32 %411, 7
	%413 = xor i32 %280, %412
	%414 = mul i32 %411, 16
	%415 = add i32 %414, %413
	%416 = shl i32 %415, 4
	%417 = add i32 %0, %416
	%418 = select i1 %408, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %417, i16* %410, i32 %418)
	%419 = add i32 %287, 44
	%420 = icmp slt i32 %419, %N
	%421 = getelementptr i16, i16* %292, i64 5632
	%422 = select i1 %420, i16* %421, i16* %33
	%423 = add i32 %279, 44
	%424 = and i32 %423, 7
	%425 = xor i32 %280, %424
	%426 = mul i32 %423, 16
	%427 = add i32 %426, %425
	%428 = shl i32 %427, 4
	%429 = add i32 %0, %428
	%430 = select i1 %420, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %429, i16* %422, i32 %430)
	%431 = add i32 %287, 48
	%432 = icmp slt i32 %431, %N
	%433 = getelementptr i16, i16* %292, i64 6144
	%434 = select i1 %432, i16* %433, i16* %33
	%435 = add i32 %279, 48
	%436 = and i32 %435, 7
	%437 = xor i32 %280, %436
	%438 = mul i32 %435, 16
	%439 = add i32 %438, %437
	%440 = shl i32 %439, 4
	%441 = add i32 %0, %440
	%442 = select i1 %432, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %441, i16* %434, i32 %442)
	%443 = add i32 %287, 52
	%444 = icmp slt i32 %443, %N
	%445 = getelementptr i16, i16* %292, i64 6656
	%446 = select i1 %444, i16* %445, i16* %33
	%447 = add i32 %279, 52
	%448 = and i32 %447, 7
	%449 = xor i32 %280, %448
	%450 = mul i32 %447, 16
	%451 = add i32 %450, %449
	%452 = shl i32 %451, 4
	%453 = add i32 %0, %452
	%454 = select i1 %444, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %453, i16* %446, i32 %454)
	%455 = add i32 %287, 56
	%456 = icmp slt i32 %455, %N
	%457 = getelementptr i16, i16* %292, i64 7168
	%458 = select i1 %456, i16* %457, i16* %33
	%459 = add i32 %279, 56
	%460 = and i32 %459, 7
	%461 = xor i32 %280, %460
	%462 = mul i32 %459, 16
	%463 = add i32 %462, %461
	%464 = shl i32 %463, 4
	%465 = add i32 %0, %464
	%466 = select i1 %456, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %465, i16* %458, i32 %466)
	%467 = add i32 %287, 60
	%468 = icmp slt i32 %467, %N
	%469 = getelementptr i16, i16* %292, i64 7680
	%470 = select i1 %468, i16* %469, i16* %33
	%471 = add i32 %279, 60
	%472 = and i32 %471, 7
	%473 = xor i32 %280, %472
	%474 = mul i32 %471, 16
	%475 = add i32 %474, %473
	%476 = shl i32 %475, 4
	%477 = add i32 %0, %476
	%478 = select i1 %468, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %477, i16* %470, i32 %478)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%479 = phi i32 [ 0, %prologue ], [ %3383, %pv ]
	%480 = phi i32 [ %50, %prologue ], [ %3390, %pv ]
	%481 = phi float [ 0.0, %prologue ], [ %4292, %pv ]
	%482 = phi float [ 0.0, %prologue ], [ %4293, %pv ]
	%483 = phi float [ 0.0, %prologue ], [ %4294, %pv ]
	%484 = phi float [ 0.0, %prologue ], [ %4295, %pv ]
	%485 = phi float [ 0.0, %prologue ], [ %4297, %pv ]
	%486 = phi float [ 0.0, %prologue ], [ %4298, %pv ]
	%487 = phi float [ 0.0, %prologue ], [ %4299, %pv ]
	%488 = phi float [ 0.0, %prologue ], [ %4300, %pv ]
	%489 = phi float [ 0.0, %prologue ], [ %4319, %pv ]
	%490 = phi float [ 0.0, %prologue ], [ %4320, %pv ]
	%491 = phi float [ 0.0, %prologue ], [ %4321, %pv ]
	%492 = phi float [ 0.0, %prologue ], [ %4322, %pv ]
	%493 = phi float [ 0.0, %prologue ], [ %4324, %pv ]
	%494 = phi float [ 0.0, %prologue ], [ %4325, %pv ]
	%495 = phi float [ 0.0, %prologue ], [ %4326, %pv ]
	%496 = phi float [ 0.0, %prologue ], [ %4327, %pv ]
	%497 = phi float [ 0.0, %prologue ], [ %4346, %pv ]
	%498 = phi float [ 0.0, %prologue ], [ %4347, %pv ]
	%499 = phi float [ 0.0, %prologue ], [ %4348, %pv ]
	%500 = phi float [ 0.0, %prologue ], [ %4349, %pv ]
	%501 = phi float [ 0.0, %prologue ], [ %4351, %pv ]
	%502 = phi float [ 0.0, %prologue ], [ %4352, %pv ]
	%503 = phi float [ 0.0, %prologue ], [ %4353, %pv ]
	%504 = phi float [ 0.0, %prologue ], [ %4354, %pv ]
	%505 = phi float [ 0.0, %prologue ], [ %4373, %pv ]
	%506 = phi float [ 0.0, %prologue ], [ %4374, %pv ]
	%507 = phi float [ 0.0, %prologue ], [ %4375, %pv ]
	%508 = phi float [ 0.0, %prologue ], [ %4376, %pv ]
	%509 = phi float [ 0.0, %prologue ], [ %4378, %pv ]
	%510 = phi float [ 0.0, %prologue ], [ %4379, %pv ]
	%511 = phi float [ 0.0, %prologue ], [ %4380, %pv ]
	%512 = phi float [ 0.0, %prologue ], [ %4381, %pv ]
	%513 = phi float [ 0.0, %prologue ], [ %4400, %pv ]
	%514 = phi float [ 0.0, %prologue ], [ %4401, %pv ]
	%515 = phi float [ 0.0, %prologue ], [ %4402, %pv ]
	%516 = phi float [ 0.0, %prologue ], [ %4403, %pv ]
	%517 = phi float [ 0.0, %prologue ], [ %4405, %pv ]
	%518 = phi float [ 0.0, %prologue ], [ %4406, %pv ]
	%519 = phi float [ 0.0, %prologue ], [ %4407, %pv ]
	%520 = phi float [ 0.0, %prologue ], [ %4408, %pv ]
	%521 = phi float [ 0.0, %prologue ], [ %4427, %pv ]
	%522 = phi float [ 0.0, %prologue ], [ %4428, %pv ]
	%523 = phi float [ 0.0, %prologue ], [ %4429, %pv ]
	%524 = phi float [ 0.0, %prologue ], [ %4430, %pv ]
	%525 = phi float [ 0.0, %prologue ], [ %4432, %pv ]
	%526 = phi float [ 0.0, %prologue ], [ %4433, %pv ]
	%527 = phi float [ 0.0, %prologue ], [ %4434, %pv ]
	%528 = phi float [ 0.0, %prologue ], [ %4435, %pv ]
	%529 = phi float [ 0.0, %prologue ], [ %4454, %pv ]
	%530 = phi float [ 0.0, %prologue ], [ %4455, %pv ]
	%531 = phi float [ 0.0, %prologue ], [ %4456, %pv ]
	%532 = phi float [ 0.0, %prologue ], [ %4457, %pv ]
	%533 = phi float [ 0.0, %prologue ], [ %4459, %pv ]
	%534 = phi float [ 0.0, %prologue ], [ %4460, %pv ]
	%535 = phi float [ 0.0, %prologue ], [ %4461, %pv ]
	%536 = phi float [ 0.0, %prologue ], [ %4462, %pv ]
	%537 = phi float [ 0.0, %prologue ], [ %4481, %pv ]
	%538 = phi float [ 0.0, %prologue ], [ %4482, %pv ]
	%539 = phi float [ 0.0, %prologue ], [ %4483, %pv ]
	%540 = phi float [ 0.0, %prologue ], [ %4484, %pv ]
	%541 = phi float [ 0.0, %prologue ], [ %4486, %pv ]
	%542 = phi float [ 0.0, %prologue ], [ %4487, %pv ]
	%543 = phi float [ 0.0, %prologue ], [ %4488, %pv ]
	%544 = phi float [ 0.0, %prologue ], [ %4489, %pv ]
	%545 = phi float [ 0.0, %prologue ], [ %4302, %pv ]
	%546 = phi float [ 0.0, %prologue ], [ %4303, %pv ]
	%547 = phi float [ 0.0, %prologue ], [ %4304, %pv ]
	%548 = phi float [ 0.0, %prologue ], [ %4305, %pv ]
	%549 = phi float [ 0.0, %prologue ], [ %4307, %pv ]
	%550 = phi float [ 0.0, %prologue ], [ %4308, %pv ]
	%551 = phi float [ 0.0, %prologue ], [ %4309, %pv ]
	%552 = phi float [ 0.0, %prologue ], [ %4310, %pv ]
	%553 = phi float [ 0.0, %prologue ], [ %4329, %pv ]
	%554 = phi float [ 0.0, %prologue ], [ %4330, %pv ]
	%555 = phi float [ 0.0, %prologue ], [ %4331, %pv ]
	%556 = phi float [ 0.0, %prologue ], [ %4332, %pv ]
	%557 = phi float [ 0.0, %prologue ], [ %4334, %pv ]
	%558 = phi float [ 0.0, %prologue ], [ %4335, %pv ]
	%559 = phi float [ 0.0, %prologue ], [ %4336, %pv ]
	%560 = phi float [ 0.0, %prologue ], [ %4337, %pv ]
	%561 = phi float [ 0.0, %prologue ], [ %4356, %pv ]
	%562 = phi float [ 0.0, %prologue ], [ %4357, %pv ]
	%563 = phi float [ 0.0, %prologue ], [ %4358, %pv ]
	%564 = phi float [ 0.0, %prologue ], [ %4359, %pv ]
	%565 = phi float [ 0.0, %prologue ], [ %4361, %pv ]
	%566 = phi float [ 0.0, %prologue ], [ %4362, %pv ]
	%567 = phi float [ 0.0, %prologue ], [ %4363, %pv ]
	%568 = phi float [ 0.0, %prologue ], [ %4364, %pv ]
	%569 = phi float [ 0.0, %prologue ], [ %4383, %pv ]
	%570 = phi float [ 0.0, %prologue ], [ %4384, %pv ]
	%571 = phi float [ 0.0, %prologue ], [ %4385, %pv ]
	%572 = phi float [ 0.0, %prologue ], [ %4386, %pv ]
	%573 = phi float [ 0.0, %prologue ], [ %4388, %pv ]
	%574 = phi float [ 0.0, %prologue ], [ %4389, %pv ]
	%575 = phi float [ 0.0, %prologue ], [ %4390, %pv ]
	%576 = phi float [ 0.0, %prologue ], [ %4391, %pv ]
	%577 = phi float [ 0.0, %prologue ], [ %4410, %pv ]
	%578 = phi float [ 0.0, %prologue ], [ %4411, %pv ]
	%579 = phi float [ 0.0, %prologue ], [ %4412, %pv ]
	%580 = phi float [ 0.0, %prologue ], [ %4413, %pv ]
	%581 = phi float [ 0.0, %prologue ], [ %4415, %pv ]
	%582 = phi float [ 0.0, %prologue ], [ %4416, %pv ]
	%583 = phi float [ 0.0, %prologue ], [ %4417, %pv ]
	%584 = phi float [ 0.0, %prologue ], [ %4418, %pv ]
	%585 = phi float [ 0.0, %prologue ], [ %4437, %pv ]
	%586 = phi float [ 0.0, %prologue ], [ %4438, %pv ]
	%587 = phi float [ 0.0, %prologue ], [ %4439, %pv ]
	%588 = phi float [ 0.0, %prologue ], [ %4440, %pv ]
	%589 = phi float [ 0.0, %prologue ], [ %4442, %pv ]
	%590 = phi float [ 0.0, %prologue ], [ %4443, %pv ]
	%591 = phi float [ 0.0, %prologue ], [ %4444, %pv ]
	%592 = phi float [ 0.0, %prologue ], [ %4445, %pv ]
	%593 = phi float [ 0.0, %prologue ], [ %4464, %pv ]
	%594 = phi float [ 0.0, %prologue ], [ %4465, %pv ]
	%595 = phi float [ 0.0, %prologue ], [ %4466, %pv ]
	%596 = phi float [ 0.0, %prologue ], [ %4467, %pv ]
	%597 = phi float [ 0.0, %prologue ], [ %4469, %pv ]
	%598 = phi float [ 0.0, %prologue ], [ %4470, %pv ]
	%599 = phi float [ 0.0, %prologue ], [ %4471, %pv ]
	%600 = phi float [ 0.0, %prologue ], [ %4472, %pv ]
	%601 = phi float [ 0.0, %prologue ], [ %4491, %pv ]
	%602 = phi float [ 0.0, %prologue ], [ %4492, %pv ]
	%603 = phi float [ 0.0, %prologue ], [ %4493, %pv ]
	%604 = phi float [ 0.0, %prologue ], [ %4494, %pv ]
	%605 = phi float [ 0.0, %prologue ], [ %4496, %pv ]
	%606 = phi float [ 0.0, %prologue ], [ %4497, %pv ]
	%607 = phi float [ 0.0, %prologue ], [ %4498, %pv ]
	%608 = phi float [ 0.0, %prologue ], [ %4499, %pv ]
	%609 = phi float [ 0xFFF0000000000000, %prologue ], [ %3175, %pv ]
	%610 = phi float [ 0.0, %prologue ], [ %3226, %pv ]
	%611 = phi float [ 0xFFF0000000000000, %prologue ], [ %3227, %pv ]
	%612 = phi float [ 0.0, %prologue ], [ %3278, %pv ]
	%613 = phi float [ 0xFFF0000000000000, %prologue ], [ %3279, %pv ]
	%614 = phi float [ 0.0, %prologue ], [ %3330, %pv ]
	%615 = phi float [ 0xFFF0000000000000, %prologue ], [ %3331, %pv ]
	%616 = phi float [ 0.0, %prologue ], [ %3382, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%617 = mul i32 %480, 64
	%618 = lshr i32 %3, 4
	%619 = and i32 %3, 15
	%620 = and i32 %618, 7
	%621 = xor i32 %619, %620
	%622 = mul i32 %618, 16
	%623 = add i32 %622, %621
	%624 = shl i32 %623, 4
	%625 = add i32 %1, %624
	%626 = add i32 %617, %618
	%627 = mul i32 %626, 128
	%628 = mul i32 %619, 8
	%629 = add i32 %627, %628
	%630 = sext i32 %629 to i64
	%631 = getelementptr i16, i16* %37, i64 %630
	%632 = add i32 %626, 0
	%633 = icmp slt i32 %632, %N
	%634 = getelementptr i16, i16* %631, i64 0
	%635 = select i1 %633, i16* %634, i16* %37
	%636 = add i32 %625, 0
	%637 = select i1 %633, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %636, i16* %635, i32 %637)
	%638 = add i32 %626, 4
	%639 = icmp slt i32 %638, %N
	%640 = getelementptr i16, i16* %631, i64 512
	%641 = select i1 %639, i16* %640, i16* %37
	%642 = add i32 %618, 4
	%643 = and i32 %642, 7
	%644 = xor i32 %619, %643
	%645 = mul i32 %642, 16
	%646 = add i32 %645, %644
	%647 = shl i32 %646, 4
	%648 = add i32 %1, %647
	%649 = select i1 %639, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %648, i16* %641, i32 %649)
	%650 = add i32 %626, 8
	%651 = icmp slt i32 %650, %N
	%652 = getelementptr i16, i16* %631, i64 1024
	%653 = select i1 %651, i16* %652, i16* %37
	%654 = add i32 %618, 8
	%655 = and i32 %654, 7
	%656 = xor i32 %619, %655
	%657 = mul i32 %654, 16
	%658 = add i32 %657, %656
	%659 = shl i32 %658, 4
	%660 = add i32 %1, %659
	%661 = select i1 %651, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %660, i16* %653, i32 %661)
	%662 = add i32 %626, 12
	%663 = icmp slt i32 %662, %N
	%664 = getelementptr i16, i16* %631, i64 1536
	%665 = select i1 %663, i16* %664, i16* %37
	%666 = add i32 %618, 12
	%667 = and i32 %666, 7
	%668 = xor i32 %619, %667
	%669 = mul i32 %666, 16
	%670 = add i32 %669, %668
	%671 = shl i32 %670, 4
	%672 = add i32 %1, %671
	%673 = select i1 %663, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %672, i16* %665, i32 %673)
	%674 = add i32 %626, 16
	%675 = icmp slt i32 %674, %N
	%676 = getelementptr i16, i16* %631, i64 2048
	%677 = select i1 %675, i16* %676, i16* %37
	%678 = add i32 %618, 16
	%679 = and i32 %678, 7
	%680 = xor i32 %619, %679
	%681 = mul i32 %678, 16
	%682 = add i32 %681, %680
	%683 = shl i32 %682, 4
	%684 = add i32 %1, %683
	%685 = select i1 %675, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %684, i16* %677, i32 %685)
	%686 = add i32 %626, 20
	%687 = icmp slt i32 %686, %N
	%688 = getelementptr i16, i16* %631, i64 2560
	%689 = select i1 %687, i16* %688, i16* %37
	%690 = add i32 %618, 20
	%691 = and i32 %690, 7
	%692 = xor i32 %619, %691
	%693 = mul i32 %690, 16
	%694 = add i32 %693, %692
	%695 = shl i32 %694, 4
	%696 = add i32 %1, %695
	%697 = select i1 %687, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %696, i16* %689, i32 %697)
	%698 = add i32 %626, 24
	%699 = icmp slt i32 %698, %N
	%700 = getelementptr i16, i16* %631, i64 3072
	%701 = select i1 %699, i16* %700, i16* %37
	%702 = add i32 %618, 24
	%703 = and i32 %702, 7
	%704 = xor i32 %619, %703
	%705 = mul i32 %702, 16
	%706 = add i32 %705, %704
	%707 = shl i32 %706, 4
	%708 = add i32 %1, %707
	%709 = select i1 %699, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %708, i16* %701, i32 %709)
	%710 = add i32 %626, 28
	%711 = icmp slt i32 %710, %N
	%712 = getelementptr i16, i16* %631, i64 3584
	%713 = select i1 %711, i16* %712, i16* %37
	%714 = add i32 %618, 28
	%715 = and i32 %714, 7
	%716 = xor i32 %619, %715
	%717 = mul i32 %714, 16
	%718 = add i32 %717, %716
	%719 = shl i32 %718, 4
	%720 = add i32 %1, %719
	%721 = select i1 %711, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %720, i16* %713, i32 %721)
	%722 = add i32 %626, 32
	%723 = icmp slt i32 %722, %N
	%724 = getelementptr i16, i16* %631, i64 u0x1000
	%725 = select i1 %723, i16* %724, i16* %37
	%726 = add i32 %618, 32
	%727 = and i32 %726, 7
	%728 = xor i32 %619, %727
	%729 = mul i32 %726, 16
	%730 = add i32 %729, %728
	%731 = shl i32 %730, 4
	%732 = add i32 %1, %731
	%733 = select i1 %723, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %732, i16* %725, i32 %733)
	%734 = add i32 %626, 36
	%735 = icmp slt i32 %734, %N
	%736 = getelementptr i16, i16* %631, i64 4608
	%737 = select i1 %735, i16* %736, i16* %37
	%738 = add i32 %618, 36
	%739 = and i32 %738, 7
	%740 = xor i32 %619, %739
	%741 = mul i32 %738, 16
	%742 = add i32 %741, %740
	%743 = shl i32 %742, 4
	%744 = add i32 %1, %743
	%745 = select i1 %735, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %744, i16* %737, i32 %745)
	%746 = add i32 %626, 40
	%747 = icmp slt i32 %746, %N
	%748 = getelementptr i16, i16* %631, i64 5120
	%749 = select i1 %747, i16* %748, i16* %37
	%750 = add i32 %618, 40
	%751 = and i32 %750, 7
	%752 = xor i32 %619, %751
	%753 = mul i32 %750, 16
	%754 = add i32 %753, %752
	%755 = shl i32 %754, 4
	%756 = add i32 %1, %755
	%757 = select i1 %747, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %756, i16* %749, i32 %757)
	%758 = add i32 %626, 44
	%759 = icmp slt i32 %758, %N
	%760 = getelementptr i16, i16* %631, i64 5632
	%761 = select i1 %759, i16* %760, i16* %37
	%762 = add i32 %618, 44
	%763 = and i32 %762, 7
	%764 = xor i32 %619, %763
	%765 = mul i32 %762, 16
	%766 = add i32 %765, %764
	%767 = shl i32 %766, 4
	%768 = add i32 %1, %767
	%769 = select i1 %759, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %768, i16* %761, i32 %769)
	%770 = add i32 %626, 48
	%771 = icmp slt i32 %770, %N
	%772 = getelementptr i16, i16* %631, i64 6144
	%773 = select i1 %771, i16* %772, i16* %37
	%774 = add i32 %618, 48
	%775 = and i32 %774, 7
	%776 = xor i32 %619, %775
	%777 = mul i32 %774, 16
	%778 = add i32 %777, %776
	%779 = shl i32 %778, 4
	%780 = add i32 %1, %779
	%781 = select i1 %771, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %780, i16* %773, i32 %781)
	%782 = add i32 %626, 52
	%783 = icmp slt i32 %782, %N
	%784 = getelementptr i16, i16* %631, i64 6656
	%785 = select i1 %783, i16* %784, i16* %37
	%786 = add i32 %618, 52
	%787 = and i32 %786, 7
	%788 = xor i32 %619, %787
	%789 = mul i32 %786, 16
	%790 = add i32 %789, %788
	%791 = shl i32 %790, 4
	%792 = add i32 %1, %791
	%793 = select i1 %783, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %792, i16* %785, i32 %793)
	%794 = add i32 %626, 56
	%795 = icmp slt i32 %794, %N
	%796 = getelementptr i16, i16* %631, i64 7168
	%797 = select i1 %795, i16* %796, i16* %37
	%798 = add i32 %618, 56
	%799 = and i32 %798, 7
	%800 = xor i32 %619, %799
	%801 = mul i32 %798, 16
	%802 = add i32 %801, %800
	%803 = shl i32 %802, 4
	%804 = add i32 %1, %803
	%805 = select i1 %795, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %804, i16* %797, i32 %805)
	%806 = add i32 %626, 60
	%807 = icmp slt i32 %806, %N
	%808 = getelementptr i16, i16* %631, i64 7680
	%809 = select i1 %807, i16* %808, i16* %37
	%810 = add i32 %618, 60
	%811 = and i32 %810, 7
	%812 = xor i32 %619, %811
	%813 = mul i32 %810, 16
	%814 = add i32 %813, %812
	%815 = shl i32 %814, 4
	%816 = add i32 %1, %815
	%817 = select i1 %807, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %816, i16* %809, i32 %817)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%818 = xor i32 %268, 0
	%819 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %818)
	%820 = extractvalue { i32, i32, i32, i32 } %819, 0
	%821 = extractvalue { i32, i32, i32, i32 } %819, 1
	%822 = extractvalue { i32, i32, i32, i32 } %819, 2
	%823 = extractvalue { i32, i32, i32, i32 } %819, 3
	%824 = xor i32 %268, 32
	%825 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %824)
	%826 = extractvalue { i32, i32, i32, i32 } %825, 0
	%827 = extractvalue { i32, i32, i32, i32 } %825, 1
	%828 = extractvalue { i32, i32, i32, i32 } %825, 2
	%829 = extractvalue { i32, i32, i32, i32 } %825, 3
	%830 = xor i32 %268, 64
	%831 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %830)
	%832 = extractvalue { i32, i32, i32, i32 } %831, 0
	%833 = extractvalue { i32, i32, i32, i32 } %831, 1
	%834 = extractvalue { i32, i32, i32, i32 } %831, 2
	%835 = extractvalue { i32, i32, i32, i32 } %831, 3
	%836 = xor i32 %268, 96
	%837 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %836)
	%838 = extractvalue { i32, i32, i32, i32 } %837, 0
	%839 = extractvalue { i32, i32, i32, i32 } %837, 1
	%840 = extractvalue { i32, i32, i32, i32 } %837, 2
	%841 = extractvalue { i32, i32, i32, i32 } %837, 3
	%842 = xor i32 %268, 128
	%843 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %842)
	%844 = extractvalue { i32, i32, i32, i32 } %843, 0
	%845 = extractvalue { i32, i32, i32, i32 } %843, 1
	%846 = extractvalue { i32, i32, i32, i32 } %843, 2
	%847 = extractvalue { i32, i32, i32, i32 } %843, 3
	%848 = xor i32 %268, 160
	%849 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %848)
	%850 = extractvalue { i32, i32, i32, i32 } %849, 0
	%851 = extractvalue { i32, i32, i32, i32 } %849, 1
	%852 = extractvalue { i32, i32, i32, i32 } %849, 2
	%853 = extractvalue { i32, i32, i32, i32 } %849, 3
	%854 = xor i32 %268, 192
	%855 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %854)
	%856 = extractvalue { i32, i32, i32, i32 } %855, 0
	%857 = extractvalue { i32, i32, i32, i32 } %855, 1
	%858 = extractvalue { i32, i32, i32, i32 } %855, 2
	%859 = extractvalue { i32, i32, i32, i32 } %855, 3
	%860 = xor i32 %268, 224
	%861 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %860)
	%862 = extractvalue { i32, i32, i32, i32 } %861, 0
	%863 = extractvalue { i32, i32, i32, i32 } %861, 1
	%864 = extractvalue { i32, i32, i32, i32 } %861, 2
	%865 = extractvalue { i32, i32, i32, i32 } %861, 3
	%866 = xor i32 %277, 0
	%867 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %866)
	%868 = extractvalue { i32, i32, i32, i32 } %867, 0
	%869 = extractvalue { i32, i32, i32, i32 } %867, 1
	%870 = extractvalue { i32, i32, i32, i32 } %867, 2
	%871 = extractvalue { i32, i32, i32, i32 } %867, 3
	%872 = xor i32 %277, 32
	%873 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %872)
	%874 = extractvalue { i32, i32, i32, i32 } %873, 0
	%875 = extractvalue { i32, i32, i32, i32 } %873, 1
	%876 = extractvalue { i32, i32, i32, i32 } %873, 2
	%877 = extractvalue { i32, i32, i32, i32 } %873, 3
	%878 = xor i32 %277, 64
	%879 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %878)
	%880 = extractvalue { i32, i32, i32, i32 } %879, 0
	%881 = extractvalue { i32, i32, i32, i32 } %879, 1
	%882 = extractvalue { i32, i32, i32, i32 } %879, 2
	%883 = extractvalue { i32, i32, i32, i32 } %879, 3
	%884 = xor i32 %277, 96
	%885 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %884)
	%886 = extractvalue { i32, i32, i32, i32 } %885, 0
	%887 = extractvalue { i32, i32, i32, i32 } %885, 1
	%888 = extractvalue { i32, i32, i32, i32 } %885, 2
	%889 = extractvalue { i32, i32, i32, i32 } %885, 3
	%890 = xor i32 %277, 128
	%891 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %890)
	%892 = extractvalue { i32, i32, i32, i32 } %891, 0
	%893 = extractvalue { i32, i32, i32, i32 } %891, 1
	%894 = extractvalue { i32, i32, i32, i32 } %891, 2
	%895 = extractvalue { i32, i32, i32, i32 } %891, 3
	%896 = xor i32 %277, 160
	%897 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %896)
	%898 = extractvalue { i32, i32, i32, i32 } %897, 0
	%899 = extractvalue { i32, i32, i32, i32 } %897, 1
	%900 = extractvalue { i32, i32, i32, i32 } %897, 2
	%901 = extractvalue { i32, i32, i32, i32 } %897, 3
	%902 = xor i32 %277, 192
	%903 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %902)
	%904 = extractvalue { i32, i32, i32, i32 } %903, 0
	%905 = extractvalue { i32, i32, i32, i32 } %903, 1
	%906 = extractvalue { i32, i32, i32, i32 } %903, 2
	%907 = extractvalue { i32, i32, i32, i32 } %903, 3
	%908 = xor i32 %277, 224
	%909 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %908)
	%910 = extractvalue { i32, i32, i32, i32 } %909, 0
	%911 = extractvalue { i32, i32, i32, i32 } %909, 1
	%912 = extractvalue { i32, i32, i32, i32 } %909, 2
	%913 = extractvalue { i32, i32, i32, i32 } %909, 3
	%914 = and i32 %5, 7
	%915 = shl i32 %259, 3
	%916 = add i32 %914, %915
	%917 = lshr i32 %5, 3
	%918 = and i32 %917, 1
	%919 = mul i32 %916, 256
	%920 = add i32 %0, %919
	%921 = and i32 %5, 7
	%922 = xor i32 %918, %921
	%923 = shl i32 %922, 4
	%924 = add i32 %920, %923
	%925 = xor i32 %924, 0
	%926 = add i32 %925, 0
	%927 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %926)
	%928 = extractvalue { i32, i32, i32, i32 } %927, 0
	%929 = extractvalue { i32, i32, i32, i32 } %927, 1
	%930 = extractvalue { i32, i32, i32, i32 } %927, 2
	%931 = extractvalue { i32, i32, i32, i32 } %927, 3
	%932 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %928, i32 %929, float 0.0, float 0.0, float 0.0, float 0.0)
	%933 = extractvalue { float, float, float, float } %932, 0
	%934 = extractvalue { float, float, float, float } %932, 1
	%935 = extractvalue { float, float, float, float } %932, 2
	%936 = extractvalue { float, float, float, float } %932, 3
	%937 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %930, i32 %931, float 0.0, float 0.0, float 0.0, float 0.0)
	%938 = extractvalue { float, float, float, float } %937, 0
	%939 = extractvalue { float, float, float, float } %937, 1
	%940 = extractvalue { float, float, float, float } %937, 2
	%941 = extractvalue { float, float, float, float } %937, 3
	%942 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %928, i32 %929, float 0.0, float 0.0, float 0.0, float 0.0)
	%943 = extractvalue { float, float, float, float } %942, 0
	%944 = extractvalue { float, float, float, float } %942, 1
	%945 = extractvalue { float, float, float, float } %942, 2
	%946 = extractvalue { float, float, float, float } %942, 3
	%947 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %930, i32 %931, float 0.0, float 0.0, float 0.0, float 0.0)
	%948 = extractvalue { float, float, float, float } %947, 0
	%949 = extractvalue { float, float, float, float } %947, 1
	%950 = extractvalue { float, float, float, float } %947, 2
	%951 = extractvalue { float, float, float, float } %947, 3
	%952 = add i32 %925, u0x1000
	%953 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %952)
	%954 = extractvalue { i32, i32, i32, i32 } %953, 0
	%955 = extractvalue { i32, i32, i32, i32 } %953, 1
	%956 = extractvalue { i32, i32, i32, i32 } %953, 2
	%957 = extractvalue { i32, i32, i32, i32 } %953, 3
	%958 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %954, i32 %955, float 0.0, float 0.0, float 0.0, float 0.0)
	%959 = extractvalue { float, float, float, float } %958, 0
	%960 = extractvalue { float, float, float, float } %958, 1
	%961 = extractvalue { float, float, float, float } %958, 2
	%962 = extractvalue { float, float, float, float } %958, 3
	%963 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %956, i32 %957, float 0.0, float 0.0, float 0.0, float 0.0)
	%964 = extractvalue { float, float, float, float } %963, 0
	%965 = extractvalue { float, float, float, float } %963, 1
	%966 = extractvalue { float, float, float, float } %963, 2
	%967 = extractvalue { float, float, float, float } %963, 3
	%968 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %954, i32 %955, float 0.0, float 0.0, float 0.0, float 0.0)
	%969 = extractvalue { float, float, float, float } %968, 0
	%970 = extractvalue { float, float, float, float } %968, 1
	%971 = extractvalue { float, float, float, float } %968, 2
	%972 = extractvalue { float, float, float, float } %968, 3
	%973 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %956, i32 %957, float 0.0, float 0.0, float 0.0, float 0.0)
	%974 = extractvalue { float, float, float, float } %973, 0
	%975 = extractvalue { float, float, float, float } %973, 1
	%976 = extractvalue { float, float, float, float } %973, 2
	%977 = extractvalue { float, float, float, float } %973, 3
	%978 = add i32 %925, u0x2000
	%979 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %978)
	%980 = extractvalue { i32, i32, i32, i32 } %979, 0
	%981 = extractvalue { i32, i32, i32, i32 } %979, 1
	%982 = extractvalue { i32, i32, i32, i32 } %979, 2
	%983 = extractvalue { i32, i32, i32, i32 } %979, 3
	%984 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %980, i32 %981, float 0.0, float 0.0, float 0.0, float 0.0)
	%985 = extractvalue { float, float, float, float } %984, 0
	%986 = extractvalue { float, float, float, float } %984, 1
	%987 = extractvalue { float, float, float, float } %984, 2
	%988 = extractvalue { float, float, float, float } %984, 3
	%989 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %982, i32 %983, float 0.0, float 0.0, float 0.0, float 0.0)
	%990 = extractvalue { float, float, float, float } %989, 0
	%991 = extractvalue { float, float, float, float } %989, 1
	%992 = extractvalue { float, float, float, float } %989, 2
	%993 = extractvalue { float, float, float, float } %989, 3
	%994 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %980, i32 %981, float 0.0, float 0.0, float 0.0, float 0.0)
	%995 = extractvalue { float, float, float, float } %994, 0
	%996 = extractvalue { float, float, float, float } %994, 1
	%997 = extractvalue { float, float, float, float } %994, 2
	%998 = extractvalue { float, float, float, float } %994, 3
	%999 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %982, i32 %983, float 0.0, float 0.0, float 0.0, float 0.0)
	%1000 = extractvalue { float, float, float, float } %999, 0
	%1001 = extractvalue { float, float, float, float } %999, 1
	%1002 = extractvalue { float, float, float, float } %999, 2
	%1003 = extractvalue { float, float, float, float } %999, 3
	%1004 = add i32 %925, 12288
	%1005 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1004)
	%1006 = extractvalue { i32, i32, i32, i32 } %1005, 0
	%1007 = extractvalue { i32, i32, i32, i32 } %1005, 1
	%1008 = extractvalue { i32, i32, i32, i32 } %1005, 2
	%1009 = extractvalue { i32, i32, i32, i32 } %1005, 3
	%1010 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1006, i32 %1007, float 0.0, float 0.0, float 0.0, float 0.0)
	%1011 = extractvalue { float, float, float, float } %1010, 0
	%1012 = extractvalue { float, float, float, float } %1010, 1
	%1013 = extractvalue { float, float, float, float } %1010, 2
	%1014 = extractvalue { float, float, float, float } %1010, 3
	%1015 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1008, i32 %1009, float 0.0, float 0.0, float 0.0, float 0.0)
	%1016 = extractvalue { float, float, float, float } %1015, 0
	%1017 = extractvalue { float, float, float, float } %1015, 1
	%1018 = extractvalue { float, float, float, float } %1015, 2
	%1019 = extractvalue { float, float, float, float } %1015, 3
	%1020 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1006, i32 %1007, float 0.0, float 0.0, float 0.0, float 0.0)
	%1021 = extractvalue { float, float, float, float } %1020, 0
	%1022 = extractvalue { float, float, float, float } %1020, 1
	%1023 = extractvalue { float, float, float, float } %1020, 2
	%1024 = extractvalue { float, float, float, float } %1020, 3
	%1025 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1008, i32 %1009, float 0.0, float 0.0, float 0.0, float 0.0)
	%1026 = extractvalue { float, float, float, float } %1025, 0
	%1027 = extractvalue { float, float, float, float } %1025, 1
	%1028 = extractvalue { float, float, float, float } %1025, 2
	%1029 = extractvalue { float, float, float, float } %1025, 3
	%1030 = xor i32 %924, 32
	%1031 = add i32 %1030, 0
	%1032 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1031)
	%1033 = extractvalue { i32, i32, i32, i32 } %1032, 0
	%1034 = extractvalue { i32, i32, i32, i32 } %1032, 1
	%1035 = extractvalue { i32, i32, i32, i32 } %1032, 2
	%1036 = extractvalue { i32, i32, i32, i32 } %1032, 3
	%1037 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1033, i32 %1034, float %933, float %934, float %935, float %936)
	%1038 = extractvalue { float, float, float, float } %1037, 0
	%1039 = extractvalue { float, float, float, float } %1037, 1
	%1040 = extractvalue { float, float, float, float } %1037, 2
	%1041 = extractvalue { float, float, float, float } %1037, 3
	%1042 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1035, i32 %1036, float %938, float %939, float %940, float %941)
	%1043 = extractvalue { float, float, float, float } %1042, 0
	%1044 = extractvalue { float, float, float, float } %1042, 1
	%1045 = extractvalue { float, float, float, float } %1042, 2
	%1046 = extractvalue { float, float, float, float } %1042, 3
	%1047 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1033, i32 %1034, float %943, float %944, float %945, float %946)
	%1048 = extractvalue { float, float, float, float } %1047, 0
	%1049 = extractvalue { float, float, float, float } %1047, 1
	%1050 = extractvalue { float, float, float, float } %1047, 2
	%1051 = extractvalue { float, float, float, float } %1047, 3
	%1052 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1035, i32 %1036, float %948, float %949, float %950, float %951)
	%1053 = extractvalue { float, float, float, float } %1052, 0
	%1054 = extractvalue { float, float, float, float } %1052, 1
	%1055 = extractvalue { float, float, float, float } %1052, 2
	%1056 = extractvalue { float, float, float, float } %1052, 3
	%1057 = add i32 %1030, u0x1000
	%1058 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1057)
	%1059 = extractvalue { i32, i32, i32, i32 } %1058, 0
	%1060 = extractvalue { i32, i32, i32, i32 } %1058, 1
	%1061 = extractvalue { i32, i32, i32, i32 } %1058, 2
	%1062 = extractvalue { i32, i32, i32, i32 } %1058, 3
	%1063 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1059, i32 %1060, float %959, float %960, float %961, float %962)
	%1064 = extractvalue { float, float, float, float } %1063, 0
	%1065 = extractvalue { float, float, float, float } %1063, 1
	%1066 = extractvalue { float, float, float, float } %1063, 2
	%1067 = extractvalue { float, float, float, float } %1063, 3
	%1068 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1061, i32 %1062, float %964, float %965, float %966, float %967)
	%1069 = extractvalue { float, float, float, float } %1068, 0
	%1070 = extractvalue { float, float, float, float } %1068, 1
	%1071 = extractvalue { float, float, float, float } %1068, 2
	%1072 = extractvalue { float, float, float, float } %1068, 3
	%1073 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1059, i32 %1060, float %969, float %970, float %971, float %972)
	%1074 = extractvalue { float, float, float, float } %1073, 0
	%1075 = extractvalue { float, float, float, float } %1073, 1
	%1076 = extractvalue { float, float, float, float } %1073, 2
	%1077 = extractvalue { float, float, float, float } %1073, 3
	%1078 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1061, i32 %1062, float %974, float %975, float %976, float %977)
	%1079 = extractvalue { float, float, float, float } %1078, 0
	%1080 = extractvalue { float, float, float, float } %1078, 1
	%1081 = extractvalue { float, float, float, float } %1078, 2
	%1082 = extractvalue { float, float, float, float } %1078, 3
	%1083 = add i32 %1030, u0x2000
	%1084 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1083)
	%1085 = extractvalue { i32, i32, i32, i32 } %1084, 0
	%1086 = extractvalue { i32, i32, i32, i32 } %1084, 1
	%1087 = extractvalue { i32, i32, i32, i32 } %1084, 2
	%1088 = extractvalue { i32, i32, i32, i32 } %1084, 3
	%1089 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1085, i32 %1086, float %985, float %986, float %987, float %988)
	%1090 = extractvalue { float, float, float, float } %1089, 0
	%1091 = extractvalue { float, float, float, float } %1089, 1
	%1092 = extractvalue { float, float, float, float } %1089, 2
	%1093 = extractvalue { float, float, float, float } %1089, 3
	%1094 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1087, i32 %1088, float %990, float %991, float %992, float %993)
	%1095 = extractvalue { float, float, float, float } %1094, 0
	%1096 = extractvalue { float, float, float, float } %1094, 1
	%1097 = extractvalue { float, float, float, float } %1094, 2
	%1098 = extractvalue { float, float, float, float } %1094, 3
	%1099 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1085, i32 %1086, float %995, float %996, float %997, float %998)
	%1100 = extractvalue { float, float, float, float } %1099, 0
	%1101 = extractvalue { float, float, float, float } %1099, 1
	%1102 = extractvalue { float, float, float, float } %1099, 2
	%1103 = extractvalue { float, float, float, float } %1099, 3
	%1104 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1087, i32 %1088, float %1000, float %1001, float %1002, float %1003)
	%1105 = extractvalue { float, float, float, float } %1104, 0
	%1106 = extractvalue { float, float, float, float } %1104, 1
	%1107 = extractvalue { float, float, float, float } %1104, 2
	%1108 = extractvalue { float, float, float, float } %1104, 3
	%1109 = add i32 %1030, 12288
	%1110 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1109)
	%1111 = extractvalue { i32, i32, i32, i32 } %1110, 0
	%1112 = extractvalue { i32, i32, i32, i32 } %1110, 1
	%1113 = extractvalue { i32, i32, i32, i32 } %1110, 2
	%1114 = extractvalue { i32, i32, i32, i32 } %1110, 3
	%1115 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1111, i32 %1112, float %1011, float %1012, float %1013, float %1014)
	%1116 = extractvalue { float, float, float, float } %1115, 0
	%1117 = extractvalue { float, float, float, float } %1115, 1
	%1118 = extractvalue { float, float, float, float } %1115, 2
	%1119 = extractvalue { float, float, float, float } %1115, 3
	%1120 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1113, i32 %1114, float %1016, float %1017, float %1018, float %1019)
	%1121 = extractvalue { float, float, float, float } %1120, 0
	%1122 = extractvalue { float, float, float, float } %1120, 1
	%1123 = extractvalue { float, float, float, float } %1120, 2
	%1124 = extractvalue { float, float, float, float } %1120, 3
	%1125 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1111, i32 %1112, float %1021, float %1022, float %1023, float %1024)
	%1126 = extractvalue { float, float, float, float } %1125, 0
	%1127 = extractvalue { float, float, float, float } %1125, 1
	%1128 = extractvalue { float, float, float, float } %1125, 2
	%1129 = extractvalue { float, float, float, float } %1125, 3
	%1130 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1113, i32 %1114, float %1026, float %1027, float %1028, float %1029)
	%1131 = extractvalue { float, float, float, float } %1130, 0
	%1132 = extractvalue { float, float, float, float } %1130, 1
	%1133 = extractvalue { float, float, float, float } %1130, 2
	%1134 = extractvalue { float, float, float, float } %1130, 3
	%1135 = xor i32 %924, 64
	%1136 = add i32 %1135, 0
	%1137 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1136)
	%1138 = extractvalue { i32, i32, i32, i32 } %1137, 0
	%1139 = extractvalue { i32, i32, i32, i32 } %1137, 1
	%1140 = extractvalue { i32, i32, i32, i32 } %1137, 2
	%1141 = extractvalue { i32, i32, i32, i32 } %1137, 3
	%1142 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1138, i32 %1139, float %1038, float %1039, float %1040, float %1041)
	%1143 = extractvalue { float, float, float, float } %1142, 0
	%1144 = extractvalue { float, float, float, float } %1142, 1
	%1145 = extractvalue { float, float, float, float } %1142, 2
	%1146 = extractvalue { float, float, float, float } %1142, 3
	%1147 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1140, i32 %1141, float %1043, float %1044, float %1045, float %1046)
	%1148 = extractvalue { float, float, float, float } %1147, 0
	%1149 = extractvalue { float, float, float, float } %1147, 1
	%1150 = extractvalue { float, float, float, float } %1147, 2
	%1151 = extractvalue { float, float, float, float } %1147, 3
	%1152 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1138, i32 %1139, float %1048, float %1049, float %1050, float %1051)
	%1153 = extractvalue { float, float, float, float } %1152, 0
	%1154 = extractvalue { float, float, float, float } %1152, 1
	%1155 = extractvalue { float, float, float, float } %1152, 2
	%1156 = extractvalue { float, float, float, float } %1152, 3
	%1157 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1140, i32 %1141, float %1053, float %1054, float %1055, float %1056)
	%1158 = extractvalue { float, float, float, float } %1157, 0
	%1159 = extractvalue { float, float, float, float } %1157, 1
	%1160 = extractvalue { float, float, float, float } %1157, 2
	%1161 = extractvalue { float, float, float, float } %1157, 3
	%1162 = add i32 %1135, u0x1000
	%1163 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1162)
	%1164 = extractvalue { i32, i32, i32, i32 } %1163, 0
	%1165 = extractvalue { i32, i32, i32, i32 } %1163, 1
	%1166 = extractvalue { i32, i32, i32, i32 } %1163, 2
	%1167 = extractvalue { i32, i32, i32, i32 } %1163, 3
	%1168 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1164, i32 %1165, float %1064, float %1065, float %1066, float %1067)
	%1169 = extractvalue { float, float, float, float } %1168, 0
	%1170 = extractvalue { float, float, float, float } %1168, 1
	%1171 = extractvalue { float, float, float, float } %1168, 2
	%1172 = extractvalue { float, float, float, float } %1168, 3
	%1173 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1166, i32 %1167, float %1069, float %1070, float %1071, float %1072)
	%1174 = extractvalue { float, float, float, float } %1173, 0
	%1175 = extractvalue { float, float, float, float } %1173, 1
	%1176 = extractvalue { float, float, float, float } %1173, 2
	%1177 = extractvalue { float, float, float, float } %1173, 3
	%1178 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1164, i32 %1165, float %1074, float %1075, float %1076, float %1077)
	%1179 = extractvalue { float, float, float, float } %1178, 0
	%1180 = extractvalue { float, float, float, float } %1178, 1
	%1181 = extractvalue { float, float, float, float } %1178, 2
	%1182 = extractvalue { float, float, float, float } %1178, 3
	%1183 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1166, i32 %1167, float %1079, float %1080, float %1081, float %1082)
	%1184 = extractvalue { float, float, float, float } %1183, 0
	%1185 = extractvalue { float, float, float, float } %1183, 1
	%1186 = extractvalue { float, float, float, float } %1183, 2
	%1187 = extractvalue { float, float, float, float } %1183, 3
	%1188 = add i32 %1135, u0x2000
	%1189 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1188)
	%1190 = extractvalue { i32, i32, i32, i32 } %1189, 0
	%1191 = extractvalue { i32, i32, i32, i32 } %1189, 1
	%1192 = extractvalue { i32, i32, i32, i32 } %1189, 2
	%1193 = extractvalue { i32, i32, i32, i32 } %1189, 3
	%1194 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1190, i32 %1191, float %1090, float %1091, float %1092, float %1093)
	%1195 = extractvalue { float, float, float, float } %1194, 0
	%1196 = extractvalue { float, float, float, float } %1194, 1
	%1197 = extractvalue { float, float, float, float } %1194, 2
	%1198 = extractvalue { float, float, float, float } %1194, 3
	%1199 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1192, i32 %1193, float %1095, float %1096, float %1097, float %1098)
	%1200 = extractvalue { float, float, float, float } %1199, 0
	%1201 = extractvalue { float, float, float, float } %1199, 1
	%1202 = extractvalue { float, float, float, float } %1199, 2
	%1203 = extractvalue { float, float, float, float } %1199, 3
	%1204 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1190, i32 %1191, float %1100, float %1101, float %1102, float %1103)
	%1205 = extractvalue { float, float, float, float } %1204, 0
	%1206 = extractvalue { float, float, float, float } %1204, 1
	%1207 = extractvalue { float, float, float, float } %1204, 2
	%1208 = extractvalue { float, float, float, float } %1204, 3
	%1209 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1192, i32 %1193, float %1105, float %1106, float %1107, float %1108)
	%1210 = extractvalue { float, float, float, float } %1209, 0
	%1211 = extractvalue { float, float, float, float } %1209, 1
	%1212 = extractvalue { float, float, float, float } %1209, 2
	%1213 = extractvalue { float, float, float, float } %1209, 3
	%1214 = add i32 %1135, 12288
	%1215 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1214)
	%1216 = extractvalue { i32, i32, i32, i32 } %1215, 0
	%1217 = extractvalue { i32, i32, i32, i32 } %1215, 1
	%1218 = extractvalue { i32, i32, i32, i32 } %1215, 2
	%1219 = extractvalue { i32, i32, i32, i32 } %1215, 3
	%1220 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1216, i32 %1217, float %1116, float %1117, float %1118, float %1119)
	%1221 = extractvalue { float, float, float, float } %1220, 0
	%1222 = extractvalue { float, float, float, float } %1220, 1
	%1223 = extractvalue { float, float, float, float } %1220, 2
	%1224 = extractvalue { float, float, float, float } %1220, 3
	%1225 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1218, i32 %1219, float %1121, float %1122, float %1123, float %1124)
	%1226 = extractvalue { float, float, float, float } %1225, 0
	%1227 = extractvalue { float, float, float, float } %1225, 1
	%1228 = extractvalue { float, float, float, float } %1225, 2
	%1229 = extractvalue { float, float, float, float } %1225, 3
	%1230 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1216, i32 %1217, float %1126, float %1127, float %1128, float %1129)
	%1231 = extractvalue { float, float, float, float } %1230, 0
	%1232 = extractvalue { float, float, float, float } %1230, 1
	%1233 = extractvalue { float, float, float, float } %1230, 2
	%1234 = extractvalue { float, float, float, float } %1230, 3
	%1235 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1218, i32 %1219, float %1131, float %1132, float %1133, float %1134)
	%1236 = extractvalue { float, float, float, float } %1235, 0
	%1237 = extractvalue { float, float, float, float } %1235, 1
	%1238 = extractvalue { float, float, float, float } %1235, 2
	%1239 = extractvalue { float, float, float, float } %1235, 3
	%1240 = xor i32 %924, 96
	%1241 = add i32 %1240, 0
	%1242 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1241)
	%1243 = extractvalue { i32, i32, i32, i32 } %1242, 0
	%1244 = extractvalue { i32, i32, i32, i32 } %1242, 1
	%1245 = extractvalue { i32, i32, i32, i32 } %1242, 2
	%1246 = extractvalue { i32, i32, i32, i32 } %1242, 3
	%1247 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1243, i32 %1244, float %1143, float %1144, float %1145, float %1146)
	%1248 = extractvalue { float, float, float, float } %1247, 0
	%1249 = extractvalue { float, float, float, float } %1247, 1
	%1250 = extractvalue { float, float, float, float } %1247, 2
	%1251 = extractvalue { float, float, float, float } %1247, 3
	%1252 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1245, i32 %1246, float %1148, float %1149, float %1150, float %1151)
	%1253 = extractvalue { float, float, float, float } %1252, 0
	%1254 = extractvalue { float, float, float, float } %1252, 1
	%1255 = extractvalue { float, float, float, float } %1252, 2
	%1256 = extractvalue { float, float, float, float } %1252, 3
	%1257 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1243, i32 %1244, float %1153, float %1154, float %1155, float %1156)
	%1258 = extractvalue { float, float, float, float } %1257, 0
	%1259 = extractvalue { float, float, float, float } %1257, 1
	%1260 = extractvalue { float, float, float, float } %1257, 2
	%1261 = extractvalue { float, float, float, float } %1257, 3
	%1262 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1245, i32 %1246, float %1158, float %1159, float %1160, float %1161)
	%1263 = extractvalue { float, float, float, float } %1262, 0
	%1264 = extractvalue { float, float, float, float } %1262, 1
	%1265 = extractvalue { float, float, float, float } %1262, 2
	%1266 = extractvalue { float, float, float, float } %1262, 3
	%1267 = add i32 %1240, u0x1000
	%1268 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1267)
	%1269 = extractvalue { i32, i32, i32, i32 } %1268, 0
	%1270 = extractvalue { i32, i32, i32, i32 } %1268, 1
	%1271 = extractvalue { i32, i32, i32, i32 } %1268, 2
	%1272 = extractvalue { i32, i32, i32, i32 } %1268, 3
	%1273 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1269, i32 %1270, float %1169, float %1170, float %1171, float %1172)
	%1274 = extractvalue { float, float, float, float } %1273, 0
	%1275 = extractvalue { float, float, float, float } %1273, 1
	%1276 = extractvalue { float, float, float, float } %1273, 2
	%1277 = extractvalue { float, float, float, float } %1273, 3
	%1278 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1271, i32 %1272, float %1174, float %1175, float %1176, float %1177)
	%1279 = extractvalue { float, float, float, float } %1278, 0
	%1280 = extractvalue { float, float, float, float } %1278, 1
	%1281 = extractvalue { float, float, float, float } %1278, 2
	%1282 = extractvalue { float, float, float, float } %1278, 3
	%1283 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1269, i32 %1270, float %1179, float %1180, float %1181, float %1182)
	%1284 = extractvalue { float, float, float, float } %1283, 0
	%1285 = extractvalue { float, float, float, float } %1283, 1
	%1286 = extractvalue { float, float, float, float } %1283, 2
	%1287 = extractvalue { float, float, float, float } %1283, 3
	%1288 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1271, i32 %1272, float %1184, float %1185, float %1186, float %1187)
	%1289 = extractvalue { float, float, float, float } %1288, 0
	%1290 = extractvalue { float, float, float, float } %1288, 1
	%1291 = extractvalue { float, float, float, float } %1288, 2
	%1292 = extractvalue { float, float, float, float } %1288, 3
	%1293 = add i32 %1240, u0x2000
	%1294 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1293)
	%1295 = extractvalue { i32, i32, i32, i32 } %1294, 0
	%1296 = extractvalue { i32, i32, i32, i32 } %1294, 1
	%1297 = extractvalue { i32, i32, i32, i32 } %1294, 2
	%1298 = extractvalue { i32, i32, i32, i32 } %1294, 3
	%1299 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1295, i32 %1296, float %1195, float %1196, float %1197, float %1198)
	%1300 = extractvalue { float, float, float, float } %1299, 0
	%1301 = extractvalue { float, float, float, float } %1299, 1
	%1302 = extractvalue { float, float, float, float } %1299, 2
	%1303 = extractvalue { float, float, float, float } %1299, 3
	%1304 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1297, i32 %1298, float %1200, float %1201, float %1202, float %1203)
	%1305 = extractvalue { float, float, float, float } %1304, 0
	%1306 = extractvalue { float, float, float, float } %1304, 1
	%1307 = extractvalue { float, float, float, float } %1304, 2
	%1308 = extractvalue { float, float, float, float } %1304, 3
	%1309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1295, i32 %1296, float %1205, float %1206, float %1207, float %1208)
	%1310 = extractvalue { float, float, float, float } %1309, 0
	%1311 = extractvalue { float, float, float, float } %1309, 1
	%1312 = extractvalue { float, float, float, float } %1309, 2
	%1313 = extractvalue { float, float, float, float } %1309, 3
	%1314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1297, i32 %1298, float %1210, float %1211, float %1212, float %1213)
	%1315 = extractvalue { float, float, float, float } %1314, 0
	%1316 = extractvalue { float, float, float, float } %1314, 1
	%1317 = extractvalue { float, float, float, float } %1314, 2
	%1318 = extractvalue { float, float, float, float } %1314, 3
	%1319 = add i32 %1240, 12288
	%1320 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1319)
	%1321 = extractvalue { i32, i32, i32, i32 } %1320, 0
	%1322 = extractvalue { i32, i32, i32, i32 } %1320, 1
	%1323 = extractvalue { i32, i32, i32, i32 } %1320, 2
	%1324 = extractvalue { i32, i32, i32, i32 } %1320, 3
	%1325 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1321, i32 %1322, float %1221, float %1222, float %1223, float %1224)
	%1326 = extractvalue { float, float, float, float } %1325, 0
	%1327 = extractvalue { float, float, float, float } %1325, 1
	%1328 = extractvalue { float, float, float, float } %1325, 2
	%1329 = extractvalue { float, float, float, float } %1325, 3
	%1330 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1323, i32 %1324, float %1226, float %1227, float %1228, float %1229)
	%1331 = extractvalue { float, float, float, float } %1330, 0
	%1332 = extractvalue { float, float, float, float } %1330, 1
	%1333 = extractvalue { float, float, float, float } %1330, 2
	%1334 = extractvalue { float, float, float, float } %1330, 3
	%1335 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1321, i32 %1322, float %1231, float %1232, float %1233, float %1234)
	%1336 = extractvalue { float, float, float, float } %1335, 0
	%1337 = extractvalue { float, float, float, float } %1335, 1
	%1338 = extractvalue { float, float, float, float } %1335, 2
	%1339 = extractvalue { float, float, float, float } %1335, 3
	%1340 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1323, i32 %1324, float %1236, float %1237, float %1238, float %1239)
	%1341 = extractvalue { float, float, float, float } %1340, 0
	%1342 = extractvalue { float, float, float, float } %1340, 1
	%1343 = extractvalue { float, float, float, float } %1340, 2
	%1344 = extractvalue { float, float, float, float } %1340, 3
	%1345 = xor i32 %924, 128
	%1346 = add i32 %1345, 0
	%1347 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1346)
	%1348 = extractvalue { i32, i32, i32, i32 } %1347, 0
	%1349 = extractvalue { i32, i32, i32, i32 } %1347, 1
	%1350 = extractvalue { i32, i32, i32, i32 } %1347, 2
	%1351 = extractvalue { i32, i32, i32, i32 } %1347, 3
	%1352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1348, i32 %1349, float %1248, float %1249, float %1250, float %1251)
	%1353 = extractvalue { float, float, float, float } %1352, 0
	%1354 = extractvalue { float, float, float, float } %1352, 1
	%1355 = extractvalue { float, float, float, float } %1352, 2
	%1356 = extractvalue { float, float, float, float } %1352, 3
	%1357 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1350, i32 %1351, float %1253, float %1254, float %1255, float %1256)
	%1358 = extractvalue { float, float, float, float } %1357, 0
	%1359 = extractvalue { float, float, float, float } %1357, 1
	%1360 = extractvalue { float, float, float, float } %1357, 2
	%1361 = extractvalue { float, float, float, float } %1357, 3
	%1362 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1348, i32 %1349, float %1258, float %1259, float %1260, float %1261)
	%1363 = extractvalue { float, float, float, float } %1362, 0
	%1364 = extractvalue { float, float, float, float } %1362, 1
	%1365 = extractvalue { float, float, float, float } %1362, 2
	%1366 = extractvalue { float, float, float, float } %1362, 3
	%1367 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1350, i32 %1351, float %1263, float %1264, float %1265, float %1266)
	%1368 = extractvalue { float, float, float, float } %1367, 0
	%1369 = extractvalue { float, float, float, float } %1367, 1
	%1370 = extractvalue { float, float, float, float } %1367, 2
	%1371 = extractvalue { float, float, float, float } %1367, 3
	%1372 = add i32 %1345, u0x1000
	%1373 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1372)
	%1374 = extractvalue { i32, i32, i32, i32 } %1373, 0
	%1375 = extractvalue { i32, i32, i32, i32 } %1373, 1
	%1376 = extractvalue { i32, i32, i32, i32 } %1373, 2
	%1377 = extractvalue { i32, i32, i32, i32 } %1373, 3
	%1378 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1374, i32 %1375, float %1274, float %1275, float %1276, float %1277)
	%1379 = extractvalue { float, float, float, float } %1378, 0
	%1380 = extractvalue { float, float, float, float } %1378, 1
	%1381 = extractvalue { float, float, float, float } %1378, 2
	%1382 = extractvalue { float, float, float, float } %1378, 3
	%1383 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1376, i32 %1377, float %1279, float %1280, float %1281, float %1282)
	%1384 = extractvalue { float, float, float, float } %1383, 0
	%1385 = extractvalue { float, float, float, float } %1383, 1
	%1386 = extractvalue { float, float, float, float } %1383, 2
	%1387 = extractvalue { float, float, float, float } %1383, 3
	%1388 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1374, i32 %1375, float %1284, float %1285, float %1286, float %1287)
	%1389 = extractvalue { float, float, float, float } %1388, 0
	%1390 = extractvalue { float, float, float, float } %1388, 1
	%1391 = extractvalue { float, float, float, float } %1388, 2
	%1392 = extractvalue { float, float, float, float } %1388, 3
	%1393 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1376, i32 %1377, float %1289, float %1290, float %1291, float %1292)
	%1394 = extractvalue { float, float, float, float } %1393, 0
	%1395 = extractvalue { float, float, float, float } %1393, 1
	%1396 = extractvalue { float, float, float, float } %1393, 2
	%1397 = extractvalue { float, float, float, float } %1393, 3
	%1398 = add i32 %1345, u0x2000
	%1399 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1398)
	%1400 = extractvalue { i32, i32, i32, i32 } %1399, 0
	%1401 = extractvalue { i32, i32, i32, i32 } %1399, 1
	%1402 = extractvalue { i32, i32, i32, i32 } %1399, 2
	%1403 = extractvalue { i32, i32, i32, i32 } %1399, 3
	%1404 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1400, i32 %1401, float %1300, float %1301, float %1302, float %1303)
	%1405 = extractvalue { float, float, float, float } %1404, 0
	%1406 = extractvalue { float, float, float, float } %1404, 1
	%1407 = extractvalue { float, float, float, float } %1404, 2
	%1408 = extractvalue { float, float, float, float } %1404, 3
	%1409 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1402, i32 %1403, float %1305, float %1306, float %1307, float %1308)
	%1410 = extractvalue { float, float, float, float } %1409, 0
	%1411 = extractvalue { float, float, float, float } %1409, 1
	%1412 = extractvalue { float, float, float, float } %1409, 2
	%1413 = extractvalue { float, float, float, float } %1409, 3
	%1414 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1400, i32 %1401, float %1310, float %1311, float %1312, float %1313)
	%1415 = extractvalue { float, float, float, float } %1414, 0
	%1416 = extractvalue { float, float, float, float } %1414, 1
	%1417 = extractvalue { float, float, float, float } %1414, 2
	%1418 = extractvalue { float, float, float, float } %1414, 3
	%1419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1402, i32 %1403, float %1315, float %1316, float %1317, float %1318)
	%1420 = extractvalue { float, float, float, float } %1419, 0
	%1421 = extractvalue { float, float, float, float } %1419, 1
	%1422 = extractvalue { float, float, float, float } %1419, 2
	%1423 = extractvalue { float, float, float, float } %1419, 3
	%1424 = add i32 %1345, 12288
	%1425 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1424)
	%1426 = extractvalue { i32, i32, i32, i32 } %1425, 0
	%1427 = extractvalue { i32, i32, i32, i32 } %1425, 1
	%1428 = extractvalue { i32, i32, i32, i32 } %1425, 2
	%1429 = extractvalue { i32, i32, i32, i32 } %1425, 3
	%1430 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1426, i32 %1427, float %1326, float %1327, float %1328, float %1329)
	%1431 = extractvalue { float, float, float, float } %1430, 0
	%1432 = extractvalue { float, float, float, float } %1430, 1
	%1433 = extractvalue { float, float, float, float } %1430, 2
	%1434 = extractvalue { float, float, float, float } %1430, 3
	%1435 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1428, i32 %1429, float %1331, float %1332, float %1333, float %1334)
	%1436 = extractvalue { float, float, float, float } %1435, 0
	%1437 = extractvalue { float, float, float, float } %1435, 1
	%1438 = extractvalue { float, float, float, float } %1435, 2
	%1439 = extractvalue { float, float, float, float } %1435, 3
	%1440 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1426, i32 %1427, float %1336, float %1337, float %1338, float %1339)
	%1441 = extractvalue { float, float, float, float } %1440, 0
	%1442 = extractvalue { float, float, float, float } %1440, 1
	%1443 = extractvalue { float, float, float, float } %1440, 2
	%1444 = extractvalue { float, float, float, float } %1440, 3
	%1445 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1428, i32 %1429, float %1341, float %1342, float %1343, float %1344)
	%1446 = extractvalue { float, float, float, float } %1445, 0
	%1447 = extractvalue { float, float, float, float } %1445, 1
	%1448 = extractvalue { float, float, float, float } %1445, 2
	%1449 = extractvalue { float, float, float, float } %1445, 3
	%1450 = xor i32 %924, 160
	%1451 = add i32 %1450, 0
	%1452 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1451)
	%1453 = extractvalue { i32, i32, i32, i32 } %1452, 0
	%1454 = extractvalue { i32, i32, i32, i32 } %1452, 1
	%1455 = extractvalue { i32, i32, i32, i32 } %1452, 2
	%1456 = extractvalue { i32, i32, i32, i32 } %1452, 3
	%1457 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1453, i32 %1454, float %1353, float %1354, float %1355, float %1356)
	%1458 = extractvalue { float, float, float, float } %1457, 0
	%1459 = extractvalue { float, float, float, float } %1457, 1
	%1460 = extractvalue { float, float, float, float } %1457, 2
	%1461 = extractvalue { float, float, float, float } %1457, 3
	%1462 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1455, i32 %1456, float %1358, float %1359, float %1360, float %1361)
	%1463 = extractvalue { float, float, float, float } %1462, 0
	%1464 = extractvalue { float, float, float, float } %1462, 1
	%1465 = extractvalue { float, float, float, float } %1462, 2
	%1466 = extractvalue { float, float, float, float } %1462, 3
	%1467 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1453, i32 %1454, float %1363, float %1364, float %1365, float %1366)
	%1468 = extractvalue { float, float, float, float } %1467, 0
	%1469 = extractvalue { float, float, float, float } %1467, 1
	%1470 = extractvalue { float, float, float, float } %1467, 2
	%1471 = extractvalue { float, float, float, float } %1467, 3
	%1472 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1455, i32 %1456, float %1368, float %1369, float %1370, float %1371)
	%1473 = extractvalue { float, float, float, float } %1472, 0
	%1474 = extractvalue { float, float, float, float } %1472, 1
	%1475 = extractvalue { float, float, float, float } %1472, 2
	%1476 = extractvalue { float, float, float, float } %1472, 3
	%1477 = add i32 %1450, u0x1000
	%1478 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1477)
	%1479 = extractvalue { i32, i32, i32, i32 } %1478, 0
	%1480 = extractvalue { i32, i32, i32, i32 } %1478, 1
	%1481 = extractvalue { i32, i32, i32, i32 } %1478, 2
	%1482 = extractvalue { i32, i32, i32, i32 } %1478, 3
	%1483 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1479, i32 %1480, float %1379, float %1380, float %1381, float %1382)
	%1484 = extractvalue { float, float, float, float } %1483, 0
	%1485 = extractvalue { float, float, float, float } %1483, 1
	%1486 = extractvalue { float, float, float, float } %1483, 2
	%1487 = extractvalue { float, float, float, float } %1483, 3
	%1488 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1481, i32 %1482, float %1384, float %1385, float %1386, float %1387)
	%1489 = extractvalue { float, float, float, float } %1488, 0
	%1490 = extractvalue { float, float, float, float } %1488, 1
	%1491 = extractvalue { float, float, float, float } %1488, 2
	%1492 = extractvalue { float, float, float, float } %1488, 3
	%1493 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1479, i32 %1480, float %1389, float %1390, float %1391, float %1392)
	%1494 = extractvalue { float, float, float, float } %1493, 0
	%1495 = extractvalue { float, float, float, float } %1493, 1
	%1496 = extractvalue { float, float, float, float } %1493, 2
	%1497 = extractvalue { float, float, float, float } %1493, 3
	%1498 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1481, i32 %1482, float %1394, float %1395, float %1396, float %1397)
	%1499 = extractvalue { float, float, float, float } %1498, 0
	%1500 = extractvalue { float, float, float, float } %1498, 1
	%1501 = extractvalue { float, float, float, float } %1498, 2
	%1502 = extractvalue { float, float, float, float } %1498, 3
	%1503 = add i32 %1450, u0x2000
	%1504 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1503)
	%1505 = extractvalue { i32, i32, i32, i32 } %1504, 0
	%1506 = extractvalue { i32, i32, i32, i32 } %1504, 1
	%1507 = extractvalue { i32, i32, i32, i32 } %1504, 2
	%1508 = extractvalue { i32, i32, i32, i32 } %1504, 3
	%1509 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1505, i32 %1506, float %1405, float %1406, float %1407, float %1408)
	%1510 = extractvalue { float, float, float, float } %1509, 0
	%1511 = extractvalue { float, float, float, float } %1509, 1
	%1512 = extractvalue { float, float, float, float } %1509, 2
	%1513 = extractvalue { float, float, float, float } %1509, 3
	%1514 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1507, i32 %1508, float %1410, float %1411, float %1412, float %1413)
	%1515 = extractvalue { float, float, float, float } %1514, 0
	%1516 = extractvalue { float, float, float, float } %1514, 1
	%1517 = extractvalue { float, float, float, float } %1514, 2
	%1518 = extractvalue { float, float, float, float } %1514, 3
	%1519 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1505, i32 %1506, float %1415, float %1416, float %1417, float %1418)
	%1520 = extractvalue { float, float, float, float } %1519, 0
	%1521 = extractvalue { float, float, float, float } %1519, 1
	%1522 = extractvalue { float, float, float, float } %1519, 2
	%1523 = extractvalue { float, float, float, float } %1519, 3
	%1524 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1507, i32 %1508, float %1420, float %1421, float %1422, float %1423)
	%1525 = extractvalue { float, float, float, float } %1524, 0
	%1526 = extractvalue { float, float, float, float } %1524, 1
	%1527 = extractvalue { float, float, float, float } %1524, 2
	%1528 = extractvalue { float, float, float, float } %1524, 3
	%1529 = add i32 %1450, 12288
	%1530 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1529)
	%1531 = extractvalue { i32, i32, i32, i32 } %1530, 0
	%1532 = extractvalue { i32, i32, i32, i32 } %1530, 1
	%1533 = extractvalue { i32, i32, i32, i32 } %1530, 2
	%1534 = extractvalue { i32, i32, i32, i32 } %1530, 3
	%1535 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1531, i32 %1532, float %1431, float %1432, float %1433, float %1434)
	%1536 = extractvalue { float, float, float, float } %1535, 0
	%1537 = extractvalue { float, float, float, float } %1535, 1
	%1538 = extractvalue { float, float, float, float } %1535, 2
	%1539 = extractvalue { float, float, float, float } %1535, 3
	%1540 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1533, i32 %1534, float %1436, float %1437, float %1438, float %1439)
	%1541 = extractvalue { float, float, float, float } %1540, 0
	%1542 = extractvalue { float, float, float, float } %1540, 1
	%1543 = extractvalue { float, float, float, float } %1540, 2
	%1544 = extractvalue { float, float, float, float } %1540, 3
	%1545 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1531, i32 %1532, float %1441, float %1442, float %1443, float %1444)
	%1546 = extractvalue { float, float, float, float } %1545, 0
	%1547 = extractvalue { float, float, float, float } %1545, 1
	%1548 = extractvalue { float, float, float, float } %1545, 2
	%1549 = extractvalue { float, float, float, float } %1545, 3
	%1550 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1533, i32 %1534, float %1446, float %1447, float %1448, float %1449)
	%1551 = extractvalue { float, float, float, float } %1550, 0
	%1552 = extractvalue { float, float, float, float } %1550, 1
	%1553 = extractvalue { float, float, float, float } %1550, 2
	%1554 = extractvalue { float, float, float, float } %1550, 3
	%1555 = xor i32 %924, 192
	%1556 = add i32 %1555, 0
	%1557 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1556)
	%1558 = extractvalue { i32, i32, i32, i32 } %1557, 0
	%1559 = extractvalue { i32, i32, i32, i32 } %1557, 1
	%1560 = extractvalue { i32, i32, i32, i32 } %1557, 2
	%1561 = extractvalue { i32, i32, i32, i32 } %1557, 3
	%1562 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1558, i32 %1559, float %1458, float %1459, float %1460, float %1461)
	%1563 = extractvalue { float, float, float, float } %1562, 0
	%1564 = extractvalue { float, float, float, float } %1562, 1
	%1565 = extractvalue { float, float, float, float } %1562, 2
	%1566 = extractvalue { float, float, float, float } %1562, 3
	%1567 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1560, i32 %1561, float %1463, float %1464, float %1465, float %1466)
	%1568 = extractvalue { float, float, float, float } %1567, 0
	%1569 = extractvalue { float, float, float, float } %1567, 1
	%1570 = extractvalue { float, float, float, float } %1567, 2
	%1571 = extractvalue { float, float, float, float } %1567, 3
	%1572 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1558, i32 %1559, float %1468, float %1469, float %1470, float %1471)
	%1573 = extractvalue { float, float, float, float } %1572, 0
	%1574 = extractvalue { float, float, float, float } %1572, 1
	%1575 = extractvalue { float, float, float, float } %1572, 2
	%1576 = extractvalue { float, float, float, float } %1572, 3
	%1577 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1560, i32 %1561, float %1473, float %1474, float %1475, float %1476)
	%1578 = extractvalue { float, float, float, float } %1577, 0
	%1579 = extractvalue { float, float, float, float } %1577, 1
	%1580 = extractvalue { float, float, float, float } %1577, 2
	%1581 = extractvalue { float, float, float, float } %1577, 3
	%1582 = add i32 %1555, u0x1000
	%1583 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1582)
	%1584 = extractvalue { i32, i32, i32, i32 } %1583, 0
	%1585 = extractvalue { i32, i32, i32, i32 } %1583, 1
	%1586 = extractvalue { i32, i32, i32, i32 } %1583, 2
	%1587 = extractvalue { i32, i32, i32, i32 } %1583, 3
	%1588 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1584, i32 %1585, float %1484, float %1485, float %1486, float %1487)
	%1589 = extractvalue { float, float, float, float } %1588, 0
	%1590 = extractvalue { float, float, float, float } %1588, 1
	%1591 = extractvalue { float, float, float, float } %1588, 2
	%1592 = extractvalue { float, float, float, float } %1588, 3
	%1593 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1586, i32 %1587, float %1489, float %1490, float %1491, float %1492)
	%1594 = extractvalue { float, float, float, float } %1593, 0
	%1595 = extractvalue { float, float, float, float } %1593, 1
	%1596 = extractvalue { float, float, float, float } %1593, 2
	%1597 = extractvalue { float, float, float, float } %1593, 3
	%1598 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1584, i32 %1585, float %1494, float %1495, float %1496, float %1497)
	%1599 = extractvalue { float, float, float, float } %1598, 0
	%1600 = extractvalue { float, float, float, float } %1598, 1
	%1601 = extractvalue { float, float, float, float } %1598, 2
	%1602 = extractvalue { float, float, float, float } %1598, 3
	%1603 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1586, i32 %1587, float %1499, float %1500, float %1501, float %1502)
	%1604 = extractvalue { float, float, float, float } %1603, 0
	%1605 = extractvalue { float, float, float, float } %1603, 1
	%1606 = extractvalue { float, float, float, float } %1603, 2
	%1607 = extractvalue { float, float, float, float } %1603, 3
	%1608 = add i32 %1555, u0x2000
	%1609 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1608)
	%1610 = extractvalue { i32, i32, i32, i32 } %1609, 0
	%1611 = extractvalue { i32, i32, i32, i32 } %1609, 1
	%1612 = extractvalue { i32, i32, i32, i32 } %1609, 2
	%1613 = extractvalue { i32, i32, i32, i32 } %1609, 3
	%1614 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1610, i32 %1611, float %1510, float %1511, float %1512, float %1513)
	%1615 = extractvalue { float, float, float, float } %1614, 0
	%1616 = extractvalue { float, float, float, float } %1614, 1
	%1617 = extractvalue { float, float, float, float } %1614, 2
	%1618 = extractvalue { float, float, float, float } %1614, 3
	%1619 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1612, i32 %1613, float %1515, float %1516, float %1517, float %1518)
	%1620 = extractvalue { float, float, float, float } %1619, 0
	%1621 = extractvalue { float, float, float, float } %1619, 1
	%1622 = extractvalue { float, float, float, float } %1619, 2
	%1623 = extractvalue { float, float, float, float } %1619, 3
	%1624 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1610, i32 %1611, float %1520, float %1521, float %1522, float %1523)
	%1625 = extractvalue { float, float, float, float } %1624, 0
	%1626 = extractvalue { float, float, float, float } %1624, 1
	%1627 = extractvalue { float, float, float, float } %1624, 2
	%1628 = extractvalue { float, float, float, float } %1624, 3
	%1629 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1612, i32 %1613, float %1525, float %1526, float %1527, float %1528)
	%1630 = extractvalue { float, float, float, float } %1629, 0
	%1631 = extractvalue { float, float, float, float } %1629, 1
	%1632 = extractvalue { float, float, float, float } %1629, 2
	%1633 = extractvalue { float, float, float, float } %1629, 3
	%1634 = add i32 %1555, 12288
	%1635 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1634)
	%1636 = extractvalue { i32, i32, i32, i32 } %1635, 0
	%1637 = extractvalue { i32, i32, i32, i32 } %1635, 1
	%1638 = extractvalue { i32, i32, i32, i32 } %1635, 2
	%1639 = extractvalue { i32, i32, i32, i32 } %1635, 3
	%1640 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1636, i32 %1637, float %1536, float %1537, float %1538, float %1539)
	%1641 = extractvalue { float, float, float, float } %1640, 0
	%1642 = extractvalue { float, float, float, float } %1640, 1
	%1643 = extractvalue { float, float, float, float } %1640, 2
	%1644 = extractvalue { float, float, float, float } %1640, 3
	%1645 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1638, i32 %1639, float %1541, float %1542, float %1543, float %1544)
	%1646 = extractvalue { float, float, float, float } %1645, 0
	%1647 = extractvalue { float, float, float, float } %1645, 1
	%1648 = extractvalue { float, float, float, float } %1645, 2
	%1649 = extractvalue { float, float, float, float } %1645, 3
	%1650 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1636, i32 %1637, float %1546, float %1547, float %1548, float %1549)
	%1651 = extractvalue { float, float, float, float } %1650, 0
	%1652 = extractvalue { float, float, float, float } %1650, 1
	%1653 = extractvalue { float, float, float, float } %1650, 2
	%1654 = extractvalue { float, float, float, float } %1650, 3
	%1655 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1638, i32 %1639, float %1551, float %1552, float %1553, float %1554)
	%1656 = extractvalue { float, float, float, float } %1655, 0
	%1657 = extractvalue { float, float, float, float } %1655, 1
	%1658 = extractvalue { float, float, float, float } %1655, 2
	%1659 = extractvalue { float, float, float, float } %1655, 3
	%1660 = xor i32 %924, 224
	%1661 = add i32 %1660, 0
	%1662 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1661)
	%1663 = extractvalue { i32, i32, i32, i32 } %1662, 0
	%1664 = extractvalue { i32, i32, i32, i32 } %1662, 1
	%1665 = extractvalue { i32, i32, i32, i32 } %1662, 2
	%1666 = extractvalue { i32, i32, i32, i32 } %1662, 3
	%1667 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1663, i32 %1664, float %1563, float %1564, float %1565, float %1566)
	%1668 = extractvalue { float, float, float, float } %1667, 0
	%1669 = extractvalue { float, float, float, float } %1667, 1
	%1670 = extractvalue { float, float, float, float } %1667, 2
	%1671 = extractvalue { float, float, float, float } %1667, 3
	%1672 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1665, i32 %1666, float %1568, float %1569, float %1570, float %1571)
	%1673 = extractvalue { float, float, float, float } %1672, 0
	%1674 = extractvalue { float, float, float, float } %1672, 1
	%1675 = extractvalue { float, float, float, float } %1672, 2
	%1676 = extractvalue { float, float, float, float } %1672, 3
	%1677 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1663, i32 %1664, float %1573, float %1574, float %1575, float %1576)
	%1678 = extractvalue { float, float, float, float } %1677, 0
	%1679 = extractvalue { float, float, float, float } %1677, 1
	%1680 = extractvalue { float, float, float, float } %1677, 2
	%1681 = extractvalue { float, float, float, float } %1677, 3
	%1682 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1665, i32 %1666, float %1578, float %1579, float %1580, float %1581)
	%1683 = extractvalue { float, float, float, float } %1682, 0
	%1684 = extractvalue { float, float, float, float } %1682, 1
	%1685 = extractvalue { float, float, float, float } %1682, 2
	%1686 = extractvalue { float, float, float, float } %1682, 3
	%1687 = add i32 %1660, u0x1000
	%1688 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1687)
	%1689 = extractvalue { i32, i32, i32, i32 } %1688, 0
	%1690 = extractvalue { i32, i32, i32, i32 } %1688, 1
	%1691 = extractvalue { i32, i32, i32, i32 } %1688, 2
	%1692 = extractvalue { i32, i32, i32, i32 } %1688, 3
	%1693 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1689, i32 %1690, float %1589, float %1590, float %1591, float %1592)
	%1694 = extractvalue { float, float, float, float } %1693, 0
	%1695 = extractvalue { float, float, float, float } %1693, 1
	%1696 = extractvalue { float, float, float, float } %1693, 2
	%1697 = extractvalue { float, float, float, float } %1693, 3
	%1698 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1691, i32 %1692, float %1594, float %1595, float %1596, float %1597)
	%1699 = extractvalue { float, float, float, float } %1698, 0
	%1700 = extractvalue { float, float, float, float } %1698, 1
	%1701 = extractvalue { float, float, float, float } %1698, 2
	%1702 = extractvalue { float, float, float, float } %1698, 3
	%1703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1689, i32 %1690, float %1599, float %1600, float %1601, float %1602)
	%1704 = extractvalue { float, float, float, float } %1703, 0
	%1705 = extractvalue { float, float, float, float } %1703, 1
	%1706 = extractvalue { float, float, float, float } %1703, 2
	%1707 = extractvalue { float, float, float, float } %1703, 3
	%1708 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1691, i32 %1692, float %1604, float %1605, float %1606, float %1607)
	%1709 = extractvalue { float, float, float, float } %1708, 0
	%1710 = extractvalue { float, float, float, float } %1708, 1
	%1711 = extractvalue { float, float, float, float } %1708, 2
	%1712 = extractvalue { float, float, float, float } %1708, 3
	%1713 = add i32 %1660, u0x2000
	%1714 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1713)
	%1715 = extractvalue { i32, i32, i32, i32 } %1714, 0
	%1716 = extractvalue { i32, i32, i32, i32 } %1714, 1
	%1717 = extractvalue { i32, i32, i32, i32 } %1714, 2
	%1718 = extractvalue { i32, i32, i32, i32 } %1714, 3
	%1719 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1715, i32 %1716, float %1615, float %1616, float %1617, float %1618)
	%1720 = extractvalue { float, float, float, float } %1719, 0
	%1721 = extractvalue { float, float, float, float } %1719, 1
	%1722 = extractvalue { float, float, float, float } %1719, 2
	%1723 = extractvalue { float, float, float, float } %1719, 3
	%1724 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1717, i32 %1718, float %1620, float %1621, float %1622, float %1623)
	%1725 = extractvalue { float, float, float, float } %1724, 0
	%1726 = extractvalue { float, float, float, float } %1724, 1
	%1727 = extractvalue { float, float, float, float } %1724, 2
	%1728 = extractvalue { float, float, float, float } %1724, 3
	%1729 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1715, i32 %1716, float %1625, float %1626, float %1627, float %1628)
	%1730 = extractvalue { float, float, float, float } %1729, 0
	%1731 = extractvalue { float, float, float, float } %1729, 1
	%1732 = extractvalue { float, float, float, float } %1729, 2
	%1733 = extractvalue { float, float, float, float } %1729, 3
	%1734 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1717, i32 %1718, float %1630, float %1631, float %1632, float %1633)
	%1735 = extractvalue { float, float, float, float } %1734, 0
	%1736 = extractvalue { float, float, float, float } %1734, 1
	%1737 = extractvalue { float, float, float, float } %1734, 2
	%1738 = extractvalue { float, float, float, float } %1734, 3
	%1739 = add i32 %1660, 12288
	%1740 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1739)
	%1741 = extractvalue { i32, i32, i32, i32 } %1740, 0
	%1742 = extractvalue { i32, i32, i32, i32 } %1740, 1
	%1743 = extractvalue { i32, i32, i32, i32 } %1740, 2
	%1744 = extractvalue { i32, i32, i32, i32 } %1740, 3
	%1745 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1741, i32 %1742, float %1641, float %1642, float %1643, float %1644)
	%1746 = extractvalue { float, float, float, float } %1745, 0
	%1747 = extractvalue { float, float, float, float } %1745, 1
	%1748 = extractvalue { float, float, float, float } %1745, 2
	%1749 = extractvalue { float, float, float, float } %1745, 3
	%1750 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1743, i32 %1744, float %1646, float %1647, float %1648, float %1649)
	%1751 = extractvalue { float, float, float, float } %1750, 0
	%1752 = extractvalue { float, float, float, float } %1750, 1
	%1753 = extractvalue { float, float, float, float } %1750, 2
	%1754 = extractvalue { float, float, float, float } %1750, 3
	%1755 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1741, i32 %1742, float %1651, float %1652, float %1653, float %1654)
	%1756 = extractvalue { float, float, float, float } %1755, 0
	%1757 = extractvalue { float, float, float, float } %1755, 1
	%1758 = extractvalue { float, float, float, float } %1755, 2
	%1759 = extractvalue { float, float, float, float } %1755, 3
	%1760 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1743, i32 %1744, float %1656, float %1657, float %1658, float %1659)
	%1761 = extractvalue { float, float, float, float } %1760, 0
	%1762 = extractvalue { float, float, float, float } %1760, 1
	%1763 = extractvalue { float, float, float, float } %1760, 2
	%1764 = extractvalue { float, float, float, float } %1760, 3
	%1765 = mul i32 %4, 32
	%1766 = add i32 %25, %1765
	%1767 = add i32 %6, 0
	%1768 = add i32 %1766, %1767
	%1769 = mul i32 %4, 32
	%1770 = add i32 %25, %1769
	%1771 = add i32 %6, 8
	%1772 = add i32 %1770, %1771
	%1773 = mul i32 %4, 32
	%1774 = add i32 %25, %1773
	%1775 = add i32 %6, 16
	%1776 = add i32 %1774, %1775
	%1777 = mul i32 %4, 32
	%1778 = add i32 %25, %1777
	%1779 = add i32 %6, 24
	%1780 = add i32 %1778, %1779
	%1781 = sitofp i32 %23 to float
	%1782 = add i32 %46, %480
	%1783 = sext i32 %1782 to i64
	%1784 = getelementptr i8, i8* %cls, i64 %1783
	%1785 = load i8, i8* %1784
	%1786 = icmp ne i8 %1785, 2
	br i1 %1786, label %partial, label %softmax

epilogue:
	%1787 = phi float [ 0.0, %entry ], [ %3226, %pv ]
	%1788 = phi float [ 0.0, %entry ], [ %3278, %pv ]
	%1789 = phi float [ 0.0, %entry ], [ %3330, %pv ]
	%1790 = phi float [ 0.0, %entry ], [ %3382, %pv ]
	%1791 = phi i32 [ 0, %entry ], [ %3383, %pv ]
	%1792 = phi float [ 0.0, %entry ], [ %4292, %pv ]
	%1793 = phi float [ 0.0, %entry ], [ %4293, %pv ]
	%1794 = phi float [ 0.0, %entry ], [ %4294, %pv ]
	%1795 = phi float [ 0.0, %entry ], [ %4295, %pv ]
	%1796 = phi float [ 0.0, %entry ], [ %4297, %pv ]
	%1797 = phi float [ 0.0, %entry ], [ %4298, %pv ]
	%1798 = phi float [ 0.0, %entry ], [ %4299, %pv ]
	%1799 = phi float [ 0.0, %entry ], [ %4300, %pv ]
	%1800 = phi float [ 0.0, %entry ], [ %4319, %pv ]
	%1801 = phi float [ 0.0, %entry ], [ %4320, %pv ]
	%1802 = phi float [ 0.0, %entry ], [ %4321, %pv ]
	%1803 = phi float [ 0.0, %entry ], [ %4322, %pv ]
	%1804 = phi float [ 0.0, %entry ], [ %4324, %pv ]
	%1805 = phi float [ 0.0, %entry ], [ %4325, %pv ]
	%1806 = phi float [ 0.0, %entry ], [ %4326, %pv ]
	%1807 = phi float [ 0.0, %entry ], [ %4327, %pv ]
	%1808 = phi float [ 0.0, %entry ], [ %4346, %pv ]
	%1809 = phi float [ 0.0, %entry ], [ %4347, %pv ]
	%1810 = phi float [ 0.0, %entry ], [ %4348, %pv ]
	%1811 = phi float [ 0.0, %entry ], [ %4349, %pv ]
	%1812 = phi float [ 0.0, %entry ], [ %4351, %pv ]
	%1813 = phi float [ 0.0, %entry ], [ %4352, %pv ]
	%1814 = phi float [ 0.0, %entry ], [ %4353, %pv ]
	%1815 = phi float [ 0.0, %entry ], [ %4354, %pv ]
	%1816 = phi float [ 0.0, %entry ], [ %4373, %pv ]
	%1817 = phi float [ 0.0, %entry ], [ %4374, %pv ]
	%1818 = phi float [ 0.0, %entry ], [ %4375, %pv ]
	%1819 = phi float [ 0.0, %entry ], [ %4376, %pv ]
	%1820 = phi float [ 0.0, %entry ], [ %4378, %pv ]
	%1821 = phi float [ 0.0, %entry ], [ %4379, %pv ]
	%1822 = phi float [ 0.0, %entry ], [ %4380, %pv ]
	%1823 = phi float [ 0.0, %entry ], [ %4381, %pv ]
	%1824 = phi float [ 0.0, %entry ], [ %4400, %pv ]
	%1825 = phi float [ 0.0, %entry ], [ %4401, %pv ]
	%1826 = phi float [ 0.0, %entry ], [ %4402, %pv ]
	%1827 = phi float [ 0.0, %entry ], [ %4403, %pv ]
	%1828 = phi float [ 0.0, %entry ], [ %4405, %pv ]
	%1829 = phi float [ 0.0, %entry ], [ %4406, %pv ]
	%1830 = phi float [ 0.0, %entry ], [ %4407, %pv ]
	%1831 = phi float [ 0.0, %entry ], [ %4408, %pv ]
	%1832 = phi float [ 0.0, %entry ], [ %4427, %pv ]
	%1833 = phi float [ 0.0, %entry ], [ %4428, %pv ]
	%1834 = phi float [ 0.0, %entry ], [ %4429, %pv ]
	%1835 = phi float [ 0.0, %entry ], [ %4430, %pv ]
	%1836 = phi float [ 0.0, %entry ], [ %4432, %pv ]
	%1837 = phi float [ 0.0, %entry ], [ %4433, %pv ]
	%1838 = phi float [ 0.0, %entry ], [ %4434, %pv ]
	%1839 = phi float [ 0.0, %entry ], [ %4435, %pv ]
	%1840 = phi float [ 0.0, %entry ], [ %4454, %pv ]
	%1841 = phi float [ 0.0, %entry ], [ %4455, %pv ]
	%1842 = phi float [ 0.0, %entry ], [ %4456, %pv ]
	%1843 = phi float [ 0.0, %entry ], [ %4457, %pv ]
	%1844 = phi float [ 0.0, %entry ], [ %4459, %pv ]
	%1845 = phi float [ 0.0, %entry ], [ %4460, %pv ]
	%1846 = phi float [ 0.0, %entry ], [ %4461, %pv ]
	%1847 = phi float [ 0.0, %entry ], [ %4462, %pv ]
	%1848 = phi float [ 0.0, %entry ], [ %4481, %pv ]
	%1849 = phi float [ 0.0, %entry ], [ %4482, %pv ]
	%1850 = phi float [ 0.0, %entry ], [ %4483, %pv ]
	%1851 = phi float [ 0.0, %entry ], [ %4484, %pv ]
	%1852 = phi float [ 0.0, %entry ], [ %4486, %pv ]
	%1853 = phi float [ 0.0, %entry ], [ %4487, %pv ]
	%1854 = phi float [ 0.0, %entry ], [ %4488, %pv ]
	%1855 = phi float [ 0.0, %entry ], [ %4489, %pv ]
	%1856 = phi float [ 0.0, %entry ], [ %4302, %pv ]
	%1857 = phi float [ 0.0, %entry ], [ %4303, %pv ]
	%1858 = phi float [ 0.0, %entry ], [ %4304, %pv ]
	%1859 = phi float [ 0.0, %entry ], [ %4305, %pv ]
	%1860 = phi float [ 0.0, %entry ], [ %4307, %pv ]
	%1861 = phi float [ 0.0, %entry ], [ %4308, %pv ]
	%1862 = phi float [ 0.0, %entry ], [ %4309, %pv ]
	%1863 = phi float [ 0.0, %entry ], [ %4310, %pv ]
	%1864 = phi float [ 0.0, %entry ], [ %4329, %pv ]
	%1865 = phi float [ 0.0, %entry ], [ %4330, %pv ]
	%1866 = phi float [ 0.0, %entry ], [ %4331, %pv ]
	%1867 = phi float [ 0.0, %entry ], [ %4332, %pv ]
	%1868 = phi float [ 0.0, %entry ], [ %4334, %pv ]
	%1869 = phi float [ 0.0, %entry ], [ %4335, %pv ]
	%1870 = phi float [ 0.0, %entry ], [ %4336, %pv ]
	%1871 = phi float [ 0.0, %entry ], [ %4337, %pv ]
	%1872 = phi float [ 0.0, %entry ], [ %4356, %pv ]
	%1873 = phi float [ 0.0, %entry ], [ %4357, %pv ]
	%1874 = phi float [ 0.0, %entry ], [ %4358, %pv ]
	%1875 = phi float [ 0.0, %entry ], [ %4359, %pv ]
	%1876 = phi float [ 0.0, %entry ], [ %4361, %pv ]
	%1877 = phi float [ 0.0, %entry ], [ %4362, %pv ]
	%1878 = phi float [ 0.0, %entry ], [ %4363, %pv ]
	%1879 = phi float [ 0.0, %entry ], [ %4364, %pv ]
	%1880 = phi float [ 0.0, %entry ], [ %4383, %pv ]
	%1881 = phi float [ 0.0, %entry ], [ %4384, %pv ]
	%1882 = phi float [ 0.0, %entry ], [ %4385, %pv ]
	%1883 = phi float [ 0.0, %entry ], [ %4386, %pv ]
	%1884 = phi float [ 0.0, %entry ], [ %4388, %pv ]
	%1885 = phi float [ 0.0, %entry ], [ %4389, %pv ]
	%1886 = phi float [ 0.0, %entry ], [ %4390, %pv ]
	%1887 = phi float [ 0.0, %entry ], [ %4391, %pv ]
	%1888 = phi float [ 0.0, %entry ], [ %4410, %pv ]
	%1889 = phi float [ 0.0, %entry ], [ %4411, %pv ]
	%1890 = phi float [ 0.0, %entry ], [ %4412, %pv ]
	%1891 = phi float [ 0.0, %entry ], [ %4413, %pv ]
	%1892 = phi float [ 0.0, %entry ], [ %4415, %pv ]
	%1893 = phi float [ 0.0, %entry ], [ %4416, %pv ]
	%1894 = phi float [ 0.0, %entry ], [ %4417, %pv ]
	%1895 = phi float [ 0.0, %entry ], [ %4418, %pv ]
	%1896 = phi float [ 0.0, %entry ], [ %4437, %pv ]
	%1897 = phi float [ 0.0, %entry ], [ %4438, %pv ]
	%1898 = phi float [ 0.0, %entry ], [ %4439, %pv ]
	%1899 = phi float [ 0.0, %entry ], [ %4440, %pv ]
	%1900 = phi float [ 0.0, %entry ], [ %4442, %pv ]
	%1901 = phi float [ 0.0, %entry ], [ %4443, %pv ]
	%1902 = phi float [ 0.0, %entry ], [ %4444, %pv ]
	%1903 = phi float [ 0.0, %entry ], [ %4445, %pv ]
	%1904 = phi float [ 0.0, %entry ], [ %4464, %pv ]
	%1905 = phi float [ 0.0, %entry ], [ %4465, %pv ]
	%1906 = phi float [ 0.0, %entry ], [ %4466, %pv ]
	%1907 = phi float [ 0.0, %entry ], [ %4467, %pv ]
	%1908 = phi float [ 0.0, %entry ], [ %4469, %pv ]
	%1909 = phi float [ 0.0, %entry ], [ %4470, %pv ]
	%1910 = phi float [ 0.0, %entry ], [ %4471, %pv ]
	%1911 = phi float [ 0.0, %entry ], [ %4472, %pv ]
	%1912 = phi float [ 0.0, %entry ], [ %4491, %pv ]
	%1913 = phi float [ 0.0, %entry ], [ %4492, %pv ]
	%1914 = phi float [ 0.0, %entry ], [ %4493, %pv ]
	%1915 = phi float [ 0.0, %entry ], [ %4494, %pv ]
	%1916 = phi float [ 0.0, %entry ], [ %4496, %pv ]
	%1917 = phi float [ 0.0, %entry ], [ %4497, %pv ]
	%1918 = phi float [ 0.0, %entry ], [ %4498, %pv ]
	%1919 = phi float [ 0.0, %entry ], [ %4499, %pv ]
	%1920 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1787, i32 1, i32 31)
	%1921 = fadd float %1787, %1920
	%1922 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1921, i32 2, i32 31)
	%1923 = fadd float %1921, %1922
	%1924 = fcmp ogt float %1923, 0.0
	%1925 = fdiv float 1.0, %1923
	%1926 = select i1 %1924, float %1925, float 0.0
	%1927 = mul i32 %4, 32
	%1928 = add i32 %25, %1927
	%1929 = add i32 %6, 0
	%1930 = add i32 %1928, %1929
	%1931 = fmul float %1792, %1926
	%1932 = fmul float %1793, %1926
	%1933 = fmul float %1796, %1926
	%1934 = fmul float %1797, %1926
	%1935 = fmul float %1800, %1926
	%1936 = fmul float %1801, %1926
	%1937 = fmul float %1804, %1926
	%1938 = fmul float %1805, %1926
	%1939 = fmul float %1808, %1926
	%1940 = fmul float %1809, %1926
	%1941 = fmul float %1812, %1926
	%1942 = fmul float %1813, %1926
	%1943 = fmul float %1816, %1926
	%1944 = fmul float %1817, %1926
	%1945 = fmul float %1820, %1926
	%1946 = fmul float %1821, %1926
	%1947 = fmul float %1824, %1926
	%1948 = fmul float %1825, %1926
	%1949 = fmul float %1828, %1926
	%1950 = fmul float %1829, %1926
	%1951 = fmul float %1832, %1926
	%1952 = fmul float %1833, %1926
	%1953 = fmul float %1836, %1926
	%1954 = fmul float %1837, %1926
	%1955 = fmul float %1840, %1926
	%1956 = fmul float %1841, %1926
	%1957 = fmul float %1844, %1926
	%1958 = fmul float %1845, %1926
	%1959 = fmul float %1848, %1926
	%1960 = fmul float %1849, %1926
	%1961 = fmul float %1852, %1926
	%1962 = fmul float %1853, %1926
	%1963 = icmp slt i32 %1930, %M
	br i1 %1963, label %store0, label %stored0

partial:
	%1964 = shl i32 %7, 1
	%1965 = add i32 0, %1964
	%1966 = add i32 %617, %1965
	%1967 = icmp slt i32 %1966, %N
	%1968 = select i1 %1967, i32 %1966, i32 0
	%1969 = sitofp i32 %1768 to float
	%1970 = sitofp i32 %1968 to float
	%1971 = fcmp ole float %1970, %1969
	%1972 = uitofp i1 %1971 to float
	%1973 = fcmp une float %1972, 0.0
	%1974 = and i1 %1967, %1973
	%1975 = select i1 %1974, float %1668, float 0xFFF0000000000000
	%1976 = shl i32 %7, 1
	%1977 = add i32 1, %1976
	%1978 = add i32 %617, %1977
	%1979 = icmp slt i32 %1978, %N
	%1980 = select i1 %1979, i32 %1978, i32 0
	%1981 = sitofp i32 %1768 to float
	%1982 = sitofp i32 %1980 to float
	%1983 = fcmp ole float %1982, %1981
	%1984 = uitofp i1 %1983 to float
	%1985 = fcmp une float %1984, 0.0
	%1986 = and i1 %1979, %1985
	%1987 = select i1 %1986, float %1669, float 0xFFF0000000000000
	%1988 = shl i32 %7, 1
	%1989 = add i32 0, %1988
	%1990 = add i32 %617, %1989
	%1991 = icmp slt i32 %1990, %N
	%1992 = select i1 %1991, i32 %1990, i32 0
	%1993 = sitofp i32 %1772 to float
	%1994 = sitofp i32 %1992 to float
	%1995 = fcmp ole float %1994, %1993
	%1996 = uitofp i1 %1995 to float
	%1997 = fcmp une float %1996, 0.0
	%1998 = and i1 %1991, %1997
	%1999 = select i1 %1998, float %1670, float 0xFFF0000000000000
	%2000 = shl i32 %7, 1
	%2001 = add i32 1, %2000
	%2002 = add i32 %617, %2001
	%2003 = icmp slt i32 %2002, %N
	%2004 = select i1 %2003, i32 %2002, i32 0
	%2005 = sitofp i32 %1772 to float
	%2006 = sitofp i32 %2004 to float
	%2007 = fcmp ole float %2006, %2005
	%2008 = uitofp i1 %2007 to float
	%2009 = fcmp une float %2008, 0.0
	%2010 = and i1 %2003, %2009
	%2011 = select i1 %2010, float %1671, float 0xFFF0000000000000
	%2012 = shl i32 %7, 1
	%2013 = add i32 8, %2012
	%2014 = add i32 %617, %2013
	%2015 = icmp slt i32 %2014, %N
	%2016 = select i1 %2015, i32 %2014, i32 0
	%2017 = sitofp i32 %1768 to float
	%2018 = sitofp i32 %2016 to float
	%2019 = fcmp ole float %2018, %2017
	%2020 = uitofp i1 %2019 to float
	%2021 = fcmp une float %2020, 0.0
	%2022 = and i1 %2015, %2021
	%2023 = select i1 %2022, float %1673, float 0xFFF0000000000000
	%2024 = shl i32 %7, 1
	%2025 = add i32 9, %2024
	%2026 = add i32 %617, %2025
	%2027 = icmp slt i32 %2026, %N
	%2028 = select i1 %2027, i32 %2026, i32 0
	%2029 = sitofp i32 %1768 to float
	%2030 = sitofp i32 %2028 to float
	%2031 = fcmp ole float %2030, %2029
	%2032 = uitofp i1 %2031 to float
	%2033 = fcmp une float %2032, 0.0
	%2034 = and i1 %2027, %2033
	%2035 = select i1 %2034, float %1674, float 0xFFF0000000000000
	%2036 = shl i32 %7, 1
	%2037 = add i32 8, %2036
	%2038 = add i32 %617, %2037
	%2039 = icmp slt i32 %2038, %N
	%2040 = select i1 %2039, i32 %2038, i32 0
	%2041 = sitofp i32 %1772 to float
	%2042 = sitofp i32 %2040 to float
	%2043 = fcmp ole float %2042, %2041
	%2044 = uitofp i1 %2043 to float
	%2045 = fcmp une float %2044, 0.0
	%2046 = and i1 %2039, %2045
	%2047 = select i1 %2046, float %1675, float 0xFFF0000000000000
	%2048 = shl i32 %7, 1
	%2049 = add i32 9, %2048
	%2050 = add i32 %617, %2049
	%2051 = icmp slt i32 %2050, %N
	%2052 = select i1 %2051, i32 %2050, i32 0
	%2053 = sitofp i32 %1772 to float
	%2054 = sitofp i32 %2052 to float
	%2055 = fcmp ole float %2054, %2053
	%2056 = uitofp i1 %2055 to float
	%2057 = fcmp une float %2056, 0.0
	%2058 = and i1 %2051, %2057
	%2059 = select i1 %2058, float %1676, float 0xFFF0000000000000
	%2060 = shl i32 %7, 1
	%2061 = add i32 16, %2060
	%2062 = add i32 %617, %2061
	%2063 = icmp slt i32 %2062, %N
	%2064 = select i1 %2063, i32 %2062, i32 0
	%2065 = sitofp i32 %1768 to float
	%2066 = sitofp i32 %2064 to float
	%2067 = fcmp ole float %2066, %2065
	%2068 = uitofp i1 %2067 to float
	%2069 = fcmp une float %2068, 0.0
	%2070 = and i1 %2063, %2069
	%2071 = select i1 %2070, float %1694, float 0xFFF0000000000000
	%2072 = shl i32 %7, 1
	%2073 = add i32 17, %2072
	%2074 = add i32 %617, %2073
	%2075 = icmp slt i32 %2074, %N
	%2076 = select i1 %2075, i32 %2074, i32 0
	%2077 = sitofp i32 %1768 to float
	%2078 = sitofp i32 %2076 to float
	%2079 = fcmp ole float %2078, %2077
	%2080 = uitofp i1 %2079 to float
	%2081 = fcmp une float %2080, 0.0
	%2082 = and i1 %2075, %2081
	%2083 = select i1 %2082, float %1695, float 0xFFF0000000000000
	%2084 = shl i32 %7, 1
	%2085 = add i32 16, %2084
	%2086 = add i32 %617, %2085
	%2087 = icmp slt i32 %2086, %N
	%2088 = select i1 %2087, i32 %2086, i32 0
	%2089 = sitofp i32 %1772 to float
	%2090 = sitofp i32 %2088 to float
	%2091 = fcmp ole float %2090, %2089
	%2092 = uitofp i1 %2091 to float
	%2093 = fcmp une float %2092, 0.0
	%2094 = and i1 %2087, %2093
	%2095 = select i1 %2094, float %1696, float 0xFFF0000000000000
	%2096 = shl i32 %7, 1
	%2097 = add i32 17, %2096
	%2098 = add i32 %617, %2097
	%2099 = icmp slt i32 %2098, %N
	%2100 = select i1 %2099, i32 %2098, i32 0
	%2101 = sitofp i32 %1772 to float
	%2102 = sitofp i32 %2100 to float
	%2103 = fcmp ole float %2102, %2101
	%2104 = uitofp i1 %2103 to float
	%2105 = fcmp une float %2104, 0.0
	%2106 = and i1 %2099, %2105
	%2107 = select i1 %2106, float %1697, float 0xFFF0000000000000
	%2108 = shl i32 %7, 1
	%2109 = add i32 24, %2108
	%2110 = add i32 %617, %2109
	%2111 = icmp slt i32 %2110, %N
	%2112 = select i1 %2111, i32 %2110, i32 0
	%2113 = sitofp i32 %1768 to float
	%2114 = sitofp i32 %2112 to float
	%2115 = fcmp ole float %2114, %2113
	%2116 = uitofp i1 %2115 to float
	%2117 = fcmp une float %2116, 0.0
	%2118 = and i1 %2111, %2117
	%2119 = select i1 %2118, float %1699, float 0xFFF0000000000000
	%2120 = shl i32 %7, 1
	%2121 = add i32 25, %2120
	%2122 = add i32 %617, %2121
	%2123 = icmp slt i32 %2122, %N
	%2124 = select i1 %2123, i32 %2122, i32 0
	%2125 = sitofp i32 %1768 to float
	%2126 = sitofp i32 %2124 to float
	%2127 = fcmp ole float %2126, %2125
	%2128 = uitofp i1 %2127 to float
	%2129 = fcmp une float %2128, 0.0
	%2130 = and i1 %2123, %2129
	%2131 = select i1 %2130, float %1700, float 0xFFF0000000000000
	%2132 = shl i32 %7, 1
	%2133 = add i32 24, %2132
	%2134 = add i32 %617, %2133
	%2135 = icmp slt i32 %2134, %N
	%2136 = select i1 %2135, i32 %2134, i32 0
	%2137 = sitofp i32 %1772 to float
	%2138 = sitofp i32 %2136 to float
	%2139 = fcmp ole float %2138, %2137
	%2140 = uitofp i1 %2139 to float
	%2141 = fcmp une float %2140, 0.0
	%2142 = and i1 %2135, %2141
	%2143 = select i1 %2142, float %1701, float 0xFFF0000000000000
	%2144 = shl i32 %7, 1
	%2145 = add i32 25, %2144
	%2146 = add i32 %617, %2145
	%2147 = icmp slt i32 %2146, %N
	%2148 = select i1 %2147, i32 %2146, i32 0
	%2149 = sitofp i32 %1772 to float
	%2150 = sitofp i32 %2148 to float
	%2151 = fcmp ole float %2150, %2149
	%2152 = uitofp i1 %2151 to float
	%2153 = fcmp une float %2152, 0.0
	%2154 = and i1 %2147, %2153
	%2155 = select i1 %2154, float %1702, float 0xFFF0000000000000
	%2156 = shl i32 %7, 1
	%2157 = add i32 32, %2156
	%2158 = add i32 %617, %2157
	%2159 = icmp slt i32 %2158, %N
	%2160 = select i1 %2159, i32 %2158, i32 0
	%2161 = sitofp i32 %1768 to float
	%2162 = sitofp i32 %2160 to float
	%2163 = fcmp ole float %2162, %2161
	%2164 = uitofp i1 %2163 to float
	%2165 = fcmp une float %2164, 0.0
	%2166 = and i1 %2159, %2165
	%2167 = select i1 %2166, float %1720, float 0xFFF0000000000000
	%2168 = shl i32 %7, 1
	%2169 = add i32 33, %2168
	%2170 = add i32 %617, %2169
	%2171 = icmp slt i32 %2170, %N
	%2172 = select i1 %2171, i32 %2170, i32 0
	%2173 = sitofp i32 %1768 to float
	%2174 = sitofp i32 %2172 to float
	%2175 = fcmp ole float %2174, %2173
	%2176 = uitofp i1 %2175 to float
	%2177 = fcmp une float %2176, 0.0
	%2178 = and i1 %2171, %2177
	%2179 = select i1 %2178, float %1721, float 0xFFF0000000000000
	%2180 = shl i32 %7, 1
	%2181 = add i32 32, %2180
	%2182 = add i32 %617, %2181
	%2183 = icmp slt i32 %2182, %N
	%2184 = select i1 %2183, i32 %2182, i32 0
	%2185 = sitofp i32 %1772 to float
	%2186 = sitofp i32 %2184 to float
	%2187 = fcmp ole float %2186, %2185
	%2188 = uitofp i1 %2187 to float
	%2189 = fcmp une float %2188, 0.0
	%2190 = and i1 %2183, %2189
	%2191 = select i1 %2190, float %1722, float 0xFFF0000000000000
	%2192 = shl i32 %7, 1
	%2193 = add i32 33, %2192
	%2194 = add i32 %617, %2193
	%2195 = icmp slt i32 %2194, %N
	%2196 = select i1 %2195, i32 %2194, i32 0
	%2197 = sitofp i32 %1772 to float
	%2198 = sitofp i32 %2196 to float
	%2199 = fcmp ole float %2198, %2197
	%2200 = uitofp i1 %2199 to float
	%2201 = fcmp une float %2200, 0.0
	%2202 = and i1 %2195, %2201
	%2203 = select i1 %2202, float %1723, float 0xFFF0000000000000
	%2204 = shl i32 %7, 1
	%2205 = add i32 40, %2204
	%2206 = add i32 %617, %2205
	%2207 = icmp slt i32 %2206, %N
	%2208 = select i1 %2207, i32 %2206, i32 0
	%2209 = sitofp i32 %1768 to float
	%2210 = sitofp i32 %2208 to float
	%2211 = fcmp ole float %2210, %2209
	%2212 = uitofp i1 %2211 to float
	%2213 = fcmp une float %2212, 0.0
	%2214 = and i1 %2207, %2213
	%2215 = select i1 %2214, float %1725, float 0xFFF0000000000000
	%2216 = shl i32 %7, 1
	%2217 = add i32 41, %2216
	%2218 = add i32 %617, %2217
	%2219 = icmp slt i32 %2218, %N
	%2220 = select i1 %2219, i32 %2218, i32 0
	%2221 = sitofp i32 %1768 to float
	%2222 = sitofp i32 %2220 to float
	%2223 = fcmp ole float %2222, %2221
	%2224 = uitofp i1 %2223 to float
	%2225 = fcmp une float %2224, 0.0
	%2226 = and i1 %2219, %2225
	%2227 = select i1 %2226, float %1726, float 0xFFF0000000000000
	%2228 = shl i32 %7, 1
	%2229 = add i32 40, %2228
	%2230 = add i32 %617, %2229
	%2231 = icmp slt i32 %2230, %N
	%2232 = select i1 %2231, i32 %2230, i32 0
	%2233 = sitofp i32 %1772 to float
	%2234 = sitofp i32 %2232 to float
	%2235 = fcmp ole float %2234, %2233
	%2236 = uitofp i1 %2235 to float
	%2237 = fcmp une float %2236, 0.0
	%2238 = and i1 %2231, %2237
	%2239 = select i1 %2238, float %1727, float 0xFFF0000000000000
	%2240 = shl i32 %7, 1
	%2241 = add i32 41, %2240
	%2242 = add i32 %617, %2241
	%2243 = icmp slt i32 %2242, %N
	%2244 = select i1 %2243, i32 %2242, i32 0
	%2245 = sitofp i32 %1772 to float
	%2246 = sitofp i32 %2244 to float
	%2247 = fcmp ole float %2246, %2245
	%2248 = uitofp i1 %2247 to float
	%2249 = fcmp une float %2248, 0.0
	%2250 = and i1 %2243, %2249
	%2251 = select i1 %2250, float %1728, float 0xFFF0000000000000
	%2252 = shl i32 %7, 1
	%2253 = add i32 48, %2252
	%2254 = add i32 %617, %2253
	%2255 = icmp slt i32 %2254, %N
	%2256 = select i1 %2255, i32 %2254, i32 0
	%2257 = sitofp i32 %1768 to float
	%2258 = sitofp i32 %2256 to float
	%2259 = fcmp ole float %2258, %2257
	%2260 = uitofp i1 %2259 to float
	%2261 = fcmp une float %2260, 0.0
	%2262 = and i1 %2255, %2261
	%2263 = select i1 %2262, float %1746, float 0xFFF0000000000000
	%2264 = shl i32 %7, 1
	%2265 = add i32 49, %2264
	%2266 = add i32 %617, %2265
	%2267 = icmp slt i32 %2266, %N
	%2268 = select i1 %2267, i32 %2266, i32 0
	%2269 = sitofp i32 %1768 to float
	%2270 = sitofp i32 %2268 to float
	%2271 = fcmp ole float %2270, %2269
	%2272 = uitofp i1 %2271 to float
	%2273 = fcmp une float %2272, 0.0
	%2274 = and i1 %2267, %2273
	%2275 = select i1 %2274, float %1747, float 0xFFF0000000000000
	%2276 = shl i32 %7, 1
	%2277 = add i32 48, %2276
	%2278 = add i32 %617, %2277
	%2279 = icmp slt i32 %2278, %N
	%2280 = select i1 %2279, i32 %2278, i32 0
	%2281 = sitofp i32 %1772 to float
	%2282 = sitofp i32 %2280 to float
	%2283 = fcmp ole float %2282, %2281
	%2284 = uitofp i1 %2283 to float
	%2285 = fcmp une float %2284, 0.0
	%2286 = and i1 %2279, %2285
	%2287 = select i1 %2286, float %1748, float 0xFFF0000000000000
	%2288 = shl i32 %7, 1
	%2289 = add i32 49, %2288
	%2290 = add i32 %617, %2289
	%2291 = icmp slt i32 %2290, %N
	%2292 = select i1 %2291, i32 %2290, i32 0
	%2293 = sitofp i32 %1772 to float
	%2294 = sitofp i32 %2292 to float
	%2295 = fcmp ole float %2294, %2293
	%2296 = uitofp i1 %2295 to float
	%2297 = fcmp une float %2296, 0.0
	%2298 = and i1 %2291, %2297
	%2299 = select i1 %2298, float %1749, float 0xFFF0000000000000
	%2300 = shl i32 %7, 1
	%2301 = add i32 56, %2300
	%2302 = add i32 %617, %2301
	%2303 = icmp slt i32 %2302, %N
	%2304 = select i1 %2303, i32 %2302, i32 0
	%2305 = sitofp i32 %1768 to float
	%2306 = sitofp i32 %2304 to float
	%2307 = fcmp ole float %2306, %2305
	%2308 = uitofp i1 %2307 to float
	%2309 = fcmp une float %2308, 0.0
	%2310 = and i1 %2303, %2309
	%2311 = select i1 %2310, float %1751, float 0xFFF0000000000000
	%2312 = shl i32 %7, 1
	%2313 = add i32 57, %2312
	%2314 = add i32 %617, %2313
	%2315 = icmp slt i32 %2314, %N
	%2316 = select i1 %2315, i32 %2314, i32 0
	%2317 = sitofp i32 %1768 to float
	%2318 = sitofp i32 %2316 to float
	%2319 = fcmp ole float %2318, %2317
	%2320 = uitofp i1 %2319 to float
	%2321 = fcmp une float %2320, 0.0
	%2322 = and i1 %2315, %2321
	%2323 = select i1 %2322, float %1752, float 0xFFF0000000000000
	%2324 = shl i32 %7, 1
	%2325 = add i32 56, %2324
	%2326 = add i32 %617, %2325
	%2327 = icmp slt i32 %2326, %N
	%2328 = select i1 %2327, i32 %2326, i32 0
	%2329 = sitofp i32 %1772 to float
	%2330 = sitofp i32 %2328 to float
	%2331 = fcmp ole float %2330, %2329
	%2332 = uitofp i1 %2331 to float
	%2333 = fcmp une float %2332, 0.0
	%2334 = and i1 %2327, %2333
	%2335 = select i1 %2334, float %1753, float 0xFFF0000000000000
	%2336 = shl i32 %7, 1
	%2337 = add i32 57, %2336
	%2338 = add i32 %617, %2337
	%2339 = icmp slt i32 %2338, %N
	%2340 = select i1 %2339, i32 %2338, i32 0
	%2341 = sitofp i32 %1772 to float
	%2342 = sitofp i32 %2340 to float
	%2343 = fcmp ole float %2342, %2341
	%2344 = uitofp i1 %2343 to float
	%2345 = fcmp une float %2344, 0.0
	%2346 = and i1 %2339, %2345
	%2347 = select i1 %2346, float %1754, float 0xFFF0000000000000
	%2348 = shl i32 %7, 1
	%2349 = add i32 0, %2348
	%2350 = add i32 %617, %2349
	%2351 = icmp slt i32 %2350, %N
	%2352 = select i1 %2351, i32 %2350, i32 0
	%2353 = sitofp i32 %1776 to float
	%2354 = sitofp i32 %2352 to float
	%2355 = fcmp ole float %2354, %2353
	%2356 = uitofp i1 %2355 to float
	%2357 = fcmp une float %2356, 0.0
	%2358 = and i1 %2351, %2357
	%2359 = select i1 %2358, float %1678, float 0xFFF0000000000000
	%2360 = shl i32 %7, 1
	%2361 = add i32 1, %2360
	%2362 = add i32 %617, %2361
	%2363 = icmp slt i32 %2362, %N
	%2364 = select i1 %2363, i32 %2362, i32 0
	%2365 = sitofp i32 %1776 to float
	%2366 = sitofp i32 %2364 to float
	%2367 = fcmp ole float %2366, %2365
	%2368 = uitofp i1 %2367 to float
	%2369 = fcmp une float %2368, 0.0
	%2370 = and i1 %2363, %2369
	%2371 = select i1 %2370, float %1679, float 0xFFF0000000000000
	%2372 = shl i32 %7, 1
	%2373 = add i32 0, %2372
	%2374 = add i32 %617, %2373
	%2375 = icmp slt i32 %2374, %N
	%2376 = select i1 %2375, i32 %2374, i32 0
	%2377 = sitofp i32 %1780 to float
	%2378 = sitofp i32 %2376 to float
	%2379 = fcmp ole float %2378, %2377
	%2380 = uitofp i1 %2379 to float
	%2381 = fcmp une float %2380, 0.0
	%2382 = and i1 %2375, %2381
	%2383 = select i1 %2382, float %1680, float 0xFFF0000000000000
	%2384 = shl i32 %7, 1
	%2385 = add i32 1, %2384
	%2386 = add i32 %617, %2385
	%2387 = icmp slt i32 %2386, %N
	%2388 = select i1 %2387, i32 %2386, i32 0
	%2389 = sitofp i32 %1780 to float
	%2390 = sitofp i32 %2388 to float
	%2391 = fcmp ole float %2390, %2389
	%2392 = uitofp i1 %2391 to float
	%2393 = fcmp une float %2392, 0.0
	%2394 = and i1 %2387, %2393
	%2395 = select i1 %2394, float %1681, float 0xFFF0000000000000
	%2396 = shl i32 %7, 1
	%2397 = add i32 8, %2396
	%2398 = add i32 %617, %2397
	%2399 = icmp slt i32 %2398, %N
	%2400 = select i1 %2399, i32 %2398, i32 0
	%2401 = sitofp i32 %1776 to float
	%2402 = sitofp i32 %2400 to float
	%2403 = fcmp ole float %2402, %2401
	%2404 = uitofp i1 %2403 to float
	%2405 = fcmp une float %2404, 0.0
	%2406 = and i1 %2399, %2405
	%2407 = select i1 %2406, float %1683, float 0xFFF0000000000000
	%2408 = shl i32 %7, 1
	%2409 = add i32 9, %2408
	%2410 = add i32 %617, %2409
	%2411 = icmp slt i32 %2410, %N
	%2412 = select i1 %2411, i32 %2410, i32 0
	%2413 = sitofp i32 %1776 to float
	%2414 = sitofp i32 %2412 to float
	%2415 = fcmp ole float %2414, %2413
	%2416 = uitofp i1 %2415 to float
	%2417 = fcmp une float %2416, 0.0
	%2418 = and i1 %2411, %2417
	%2419 = select i1 %2418, float %1684, float 0xFFF0000000000000
	%2420 = shl i32 %7, 1
	%2421 = add i32 8, %2420
	%2422 = add i32 %617, %2421
	%2423 = icmp slt i32 %2422, %N
	%2424 = select i1 %2423, i32 %2422, i32 0
	%2425 = sitofp i32 %1780 to float
	%2426 = sitofp i32 %2424 to float
	%2427 = fcmp ole float %2426, %2425
	%2428 = uitofp i1 %2427 to float
	%2429 = fcmp une float %2428, 0.0
	%2430 = and i1 %2423, %2429
	%2431 = select i1 %2430, float %1685, float 0xFFF0000000000000
	%2432 = shl i32 %7, 1
	%2433 = add i32 9, %2432
	%2434 = add i32 %617, %2433
	%2435 = icmp slt i32 %2434, %N
	%2436 = select i1 %2435, i32 %2434, i32 0
	%2437 = sitofp i32 %1780 to float
	%2438 = sitofp i32 %2436 to float
	%2439 = fcmp ole float %2438, %2437
	%2440 = uitofp i1 %2439 to float
	%2441 = fcmp une float %2440, 0.0
	%2442 = and i1 %2435, %2441
	%2443 = select i1 %2442, float %1686, float 0xFFF0000000000000
	%2444 = shl i32 %7, 1
	%2445 = add i32 16, %2444
	%2446 = add i32 %617, %2445
	%2447 = icmp slt i32 %2446, %N
	%2448 = select i1 %2447, i32 %2446, i32 0
	%2449 = sitofp i32 %1776 to float
	%2450 = sitofp i32 %2448 to float
	%2451 = fcmp ole float %2450, %2449
	%2452 = uitofp i1 %2451 to float
	%2453 = fcmp une float %2452, 0.0
	%2454 = and i1 %2447, %2453
	%2455 = select i1 %2454, float %1704, float 0xFFF0000000000000
	%2456 = shl i32 %7, 1
	%2457 = add i32 17, %2456
	%2458 = add i32 %617, %2457
	%2459 = icmp slt i32 %2458, %N
	%2460 = select i1 %2459, i32 %2458, i32 0
	%2461 = sitofp i32 %1776 to float
	%2462 = sitofp i32 %2460 to float
	%2463 = fcmp ole float %2462, %2461
	%2464 = uitofp i1 %2463 to float
	%2465 = fcmp une float %2464, 0.0
	%2466 = and i1 %2459, %2465
	%2467 = select i1 %2466, float %1705, float 0xFFF0000000000000
	%2468 = shl i32 %7, 1
	%2469 = add i32 16, %2468
	%2470 = add i32 %617, %2469
	%2471 = icmp slt i32 %2470, %N
	%2472 = select i1 %2471, i32 %2470, i32 0
	%2473 = sitofp i32 %1780 to float
	%2474 = sitofp i32 %2472 to float
	%2475 = fcmp ole float %2474, %2473
	%2476 = uitofp i1 %2475 to float
	%2477 = fcmp une float %2476, 0.0
	%2478 = and i1 %2471, %2477
	%2479 = select i1 %2478, float %1706, float 0xFFF0000000000000
	%2480 = shl i32 %7, 1
	%2481 = add i32 17, %2480
	%2482 = add i32 %617, %2481
	%2483 = icmp slt i32 %2482, %N
	%2484 = select i1 %2483, i32 %2482, i32 0
	%2485 = sitofp i32 %1780 to float
	%2486 = sitofp i32 %2484 to float
	%2487 = fcmp ole float %2486, %2485
	%2488 = uitofp i1 %2487 to float
	%2489 = fcmp une float %2488, 0.0
	%2490 = and i1 %2483, %2489
	%2491 = select i1 %2490, float %1707, float 0xFFF0000000000000
	%2492 = shl i32 %7, 1
	%2493 = add i32 24, %2492
	%2494 = add i32 %617, %2493
	%2495 = icmp slt i32 %2494, %N
	%2496 = select i1 %2495, i32 %2494, i32 0
	%2497 = sitofp i32 %1776 to float
	%2498 = sitofp i32 %2496 to float
	%2499 = fcmp ole float %2498, %2497
	%2500 = uitofp i1 %2499 to float
	%2501 = fcmp une float %2500, 0.0
	%2502 = and i1 %2495, %2501
	%2503 = select i1 %2502, float %1709, float 0xFFF0000000000000
	%2504 = shl i32 %7, 1
	%2505 = add i32 25, %2504
	%2506 = add i32 %617, %2505
	%2507 = icmp slt i32 %2506, %N
	%2508 = select i1 %2507, i32 %2506, i32 0
	%2509 = sitofp i32 %1776 to float
	%2510 = sitofp i32 %2508 to float
	%2511 = fcmp ole float %2510, %2509
	%2512 = uitofp i1 %2511 to float
	%2513 = fcmp une float %2512, 0.0
	%2514 = and i1 %2507, %2513
	%2515 = select i1 %2514, float %1710, float 0xFFF0000000000000
	%2516 = shl i32 %7, 1
	%2517 = add i32 24, %2516
	%2518 = add i32 %617, %2517
	%2519 = icmp slt i32 %2518, %N
	%2520 = select i1 %2519, i32 %2518, i32 0
	%2521 = sitofp i32 %1780 to float
	%2522 = sitofp i32 %2520 to float
	%2523 = fcmp ole float %2522, %2521
	%2524 = uitofp i1 %2523 to float
	%2525 = fcmp une float %2524, 0.0
	%2526 = and i1 %2519, %2525
	%2527 = select i1 %2526, float %1711, float 0xFFF0000000000000
	%2528 = shl i32 %7, 1
	%2529 = add i32 25, %2528
	%2530 = add i32 %617, %2529
	%2531 = icmp slt i32 %2530, %N
	%2532 = select i1 %2531, i32 %2530, i32 0
	%2533 = sitofp i32 %1780 to float
	%2534 = sitofp i32 %2532 to float
	%2535 = fcmp ole float %2534, %2533
	%2536 = uitofp i1 %2535 to float
	%2537 = fcmp une float %2536, 0.0
	%2538 = and i1 %2531, %2537
	%2539 = select i1 %2538, float %1712, float 0xFFF0000000000000
	%2540 = shl i32 %7, 1
	%2541 = add i32 32, %2540
	%2542 = add i32 %617, %2541
	%2543 = icmp slt i32 %2542, %N
	%2544 = select i1 %2543, i32 %2542, i32 0
	%2545 = sitofp i32 %1776 to float
	%2546 = sitofp i32 %2544 to float
	%2547 = fcmp ole float %2546, %2545
	%2548 = uitofp i1 %2547 to float
	%2549 = fcmp une float %2548, 0.0
	%2550 = and i1 %2543, %2549
	%2551 = select i1 %2550, float %1730, float 0xFFF0000000000000
	%2552 = shl i32 %7, 1
	%2553 = add i32 33, %2552
	%2554 = add i32 %617, %2553
	%2555 = icmp slt i32 %2554, %N
	%2556 = select i1 %2555, i32 %2554, i32 0
	%2557 = sitofp i32 %1776 to float
	%2558 = sitofp i32 %2556 to float
	%2559 = fcmp ole float %2558, %2557
	%2560 = uitofp i1 %2559 to float
	%2561 = fcmp une float %2560, 0.0
	%2562 = and i1 %2555, %2561
	%2563 = select i1 %2562, float %1731, float 0xFFF0000000000000
	%2564 = shl i32 %7, 1
	%2565 = add i32 32, %2564
	%2566 = add i32 %617, %2565
	%2567 = icmp slt i32 %2566, %N
	%2568 = select i1 %2567, i32 %2566, i32 0
	%2569 = sitofp i32 %1780 to float
	%2570 = sitofp i32 %2568 to float
	%2571 = fcmp ole float %2570, %2569
	%2572 = uitofp i1 %2571 to float
	%2573 = fcmp une float %2572, 0.0
	%2574 = and i1 %2567, %2573
	%2575 = select i1 %2574, float %1732, float 0xFFF0000000000000
	%2576 = shl i32 %7, 1
	%2577 = add i32 33, %2576
	%2578 = add i32 %617, %2577
	%2579 = icmp slt i32 %2578, %N
	%2580 = select i1 %2579, i32 %2578, i32 0
	%2581 = sitofp i32 %1780 to float
	%2582 = sitofp i32 %2580 to float
	%2583 = fcmp ole float %2582, %2581
	%2584 = uitofp i1 %2583 to float
	%2585 = fcmp une float %2584, 0.0
	%2586 = and i1 %2579, %2585
	%2587 = select i1 %2586, float %1733, float 0xFFF0000000000000
	%2588 = shl i32 %7, 1
	%2589 = add i32 40, %2588
	%2590 = add i32 %617, %2589
	%2591 = icmp slt i32 %2590, %N
	%2592 = select i1 %2591, i32 %2590, i32 0
	%2593 = sitofp i32 %1776 to float
	%2594 = sitofp i32 %2592 to float
	%2595 = fcmp ole float %2594, %2593
	%2596 = uitofp i1 %2595 to float
	%2597 = fcmp une float %2596, 0.0
	%2598 = and i1 %2591, %2597
	%2599 = select i1 %2598, float %1735, float 0xFFF0000000000000
	%2600 = shl i32 %7, 1
	%2601 = add i32 41, %2600
	%2602 = add i32 %617, %2601
	%2603 = icmp slt i32 %2602, %N
	%2604 = select i1 %2603, i32 %2602, i32 0
	%2605 = sitofp i32 %1776 to float
	%2606 = sitofp i32 %2604 to float
	%2607 = fcmp ole float %2606, %2605
	%2608 = uitofp i1 %2607 to float
	%2609 = fcmp une float %2608, 0.0
	%2610 = and i1 %2603, %2609
	%2611 = select i1 %2610, float %1736, float 0xFFF0000000000000
	%2612 = shl i32 %7, 1
	%2613 = add i32 40, %2612
	%2614 = add i32 %617, %2613
	%2615 = icmp slt i32 %2614, %N
	%2616 = select i1 %2615, i32 %2614, i32 0
	%2617 = sitofp i32 %1780 to float
	%2618 = sitofp i32 %2616 to float
	%2619 = fcmp ole float %2618, %2617
	%2620 = uitofp i1 %2619 to float
	%2621 = fcmp une float %2620, 0.0
	%2622 = and i1 %2615, %2621
	%2623 = select i1 %2622, float %1737, float 0xFFF0000000000000
	%2624 = shl i32 %7, 1
	%2625 = add i32 41, %2624
	%2626 = add i32 %617, %2625
	%2627 = icmp slt i32 %2626, %N
	%2628 = select i1 %2627, i32 %2626, i32 0
	%2629 = sitofp i32 %1780 to float
	%2630 = sitofp i32 %2628 to float
	%2631 = fcmp ole float %2630, %2629
	%2632 = uitofp i1 %2631 to float
	%2633 = fcmp une float %2632, 0.0
	%2634 = and i1 %2627, %2633
	%2635 = select i1 %2634, float %1738, float 0xFFF0000000000000
	%2636 = shl i32 %7, 1
	%2637 = add i32 48, %2636
	%2638 = add i32 %617, %2637
	%2639 = icmp slt i32 %2638, %N
	%2640 = select i1 %2639, i32 %2638, i32 0
	%2641 = sitofp i32 %1776 to float
	%2642 = sitofp i32 %2640 to float
	%2643 = fcmp ole float %2642, %2641
	%2644 = uitofp i1 %2643 to float
	%2645 = fcmp une float %2644, 0.0
	%2646 = and i1 %2639, %2645
	%2647 = select i1 %2646, float %1756, float 0xFFF0000000000000
	%2648 = shl i32 %7, 1
	%2649 = add i32 49, %2648
	%2650 = add i32 %617, %2649
	%2651 = icmp slt i32 %2650, %N
	%2652 = select i1 %2651, i32 %2650, i32 0
	%2653 = sitofp i32 %1776 to float
	%2654 = sitofp i32 %2652 to float
	%2655 = fcmp ole float %2654, %2653
	%2656 = uitofp i1 %2655 to float
	%2657 = fcmp une float %2656, 0.0
	%2658 = and i1 %2651, %2657
	%2659 = select i1 %2658, float %1757, float 0xFFF0000000000000
	%2660 = shl i32 %7, 1
	%2661 = add i32 48, %2660
	%2662 = add i32 %617, %2661
	%2663 = icmp slt i32 %2662, %N
	%2664 = select i1 %2663, i32 %2662, i32 0
	%2665 = sitofp i32 %1780 to float
	%2666 = sitofp i32 %2664 to float
	%2667 = fcmp ole float %2666, %2665
	%2668 = uitofp i1 %2667 to float
	%2669 = fcmp une float %2668, 0.0
	%2670 = and i1 %2663, %2669
	%2671 = select i1 %2670, float %1758, float 0xFFF0000000000000
	%2672 = shl i32 %7, 1
	%2673 = add i32 49, %2672
	%2674 = add i32 %617, %2673
	%2675 = icmp slt i32 %2674, %N
	%2676 = select i1 %2675, i32 %2674, i32 0
	%2677 = sitofp i32 %1780 to float
	%2678 = sitofp i32 %2676 to float
	%2679 = fcmp ole float %2678, %2677
	%2680 = uitofp i1 %2679 to float
	%2681 = fcmp une float %2680, 0.0
	%2682 = and i1 %2675, %2681
	%2683 = select i1 %2682, float %1759, float 0xFFF0000000000000
	%2684 = shl i32 %7, 1
	%2685 = add i32 56, %2684
	%2686 = add i32 %617, %2685
	%2687 = icmp slt i32 %2686, %N
	%2688 = select i1 %2687, i32 %2686, i32 0
	%2689 = sitofp i32 %1776 to float
	%2690 = sitofp i32 %2688 to float
	%2691 = fcmp ole float %2690, %2689
	%2692 = uitofp i1 %2691 to float
	%2693 = fcmp une float %2692, 0.0
	%2694 = and i1 %2687, %2693
	%2695 = select i1 %2694, float %1761, float 0xFFF0000000000000
	%2696 = shl i32 %7, 1
	%2697 = add i32 57, %2696
	%2698 = add i32 %617, %2697
	%2699 = icmp slt i32 %2698, %N
	%2700 = select i1 %2699, i32 %2698, i32 0
	%2701 = sitofp i32 %1776 to float
	%2702 = sitofp i32 %2700 to float
	%2703 = fcmp ole float %2702, %2701
	%2704 = uitofp i1 %2703 to float
	%2705 = fcmp une float %2704, 0.0
	%2706 = and i1 %2699, %2705
	%2707 = select i1 %2706, float %1762, float 0xFFF0000000000000
	%2708 = shl i32 %7, 1
	%2709 = add i32 56, %2708
	%2710 = add i32 %617, %2709
	%2711 = icmp slt i32 %2710, %N
	%2712 = select i1 %2711, i32 %2710, i32 0
	%2713 = sitofp i32 %1780 to float
	%2714 = sitofp i32 %2712 to float
	%2715 = fcmp ole float %2714, %2713
	%2716 = uitofp i1 %2715 to float
	%2717 = fcmp une float %2716, 0.0
	%2718 = and i1 %2711, %2717
	%2719 = select i1 %2718, float %1763, float 0xFFF0000000000000
	%2720 = shl i32 %7, 1
	%2721 = add i32 57, %2720
	%2722 = add i32 %617, %2721
	%2723 = icmp slt i32 %2722, %N
	%2724 = select i1 %2723, i32 %2722, i32 0
	%2725 = sitofp i32 %1780 to float
	%2726 = sitofp i32 %2724 to float
	%2727 = fcmp ole float %2726, %2725
	%2728 = uitofp i1 %2727 to float
	%2729 = fcmp une float %2728, 0.0
	%2730 = and i1 %2723, %2729
	%2731 = select i1 %2730, float %1764, float 0xFFF0000000000000
	br label %softmax

softmax:
	%2732 = phi float [ %1668, %loop ], [ %1975, %partial ]
	%2733 = phi float [ %1669, %loop ], [ %1987, %partial ]
	%2734 = phi float [ %1670, %loop ], [ %1999, %partial ]
	%2735 = phi float [ %1671, %loop ], [ %2011, %partial ]
	%2736 = phi float [ %1673, %loop ], [ %2023, %partial ]
	%2737 = phi float [ %1674, %loop ], [ %2035, %partial ]
	%2738 = phi float [ %1675, %loop ], [ %2047, %partial ]
	%2739 = phi float [ %1676, %loop ], [ %2059, %partial ]
	%2740 = phi float [ %1694, %loop ], [ %2071, %partial ]
	%2741 = phi float [ %1695, %loop ], [ %2083, %partial ]
	%2742 = phi float [ %1696, %loop ], [ %2095, %partial ]
	%2743 = phi float [ %1697, %loop ], [ %2107, %partial ]
	%2744 = phi float [ %1699, %loop ], [ %2119, %partial ]
	%2745 = phi float [ %1700, %loop ], [ %2131, %partial ]
	%2746 = phi float [ %1701, %loop ], [ %2143, %partial ]
	%2747 = phi float [ %1702, %loop ], [ %2155, %partial ]
	%2748 = phi float [ %1720, %loop ], [ %2167, %partial ]
	%2749 = phi float [ %1721, %loop ], [ %2179, %partial ]
	%2750 = phi float [ %1722, %loop ], [ %2191, %partial ]
	%2751 = phi float [ %1723, %loop ], [ %2203, %partial ]
	%2752 = phi float [ %1725, %loop ], [ %2215, %partial ]
	%2753 = phi float [ %1726, %loop ], [ %2227, %partial ]
	%2754 = phi float [ %1727, %loop ], [ %2239, %partial ]
	%2755 = phi float [ %1728, %loop ], [ %2251, %partial ]
	%2756 = phi float [ %1746, %loop ], [ %2263, %partial ]
	%2757 = phi float [ %1747, %loop ], [ %2275, %partial ]
	%2758 = phi float [ %1748, %loop ], [ %2287, %partial ]
	%2759 = phi float [ %1749, %loop ], [ %2299, %partial ]
	%2760 = phi float [ %1751, %loop ], [ %2311, %partial ]
	%2761 = phi float [ %1752, %loop ], [ %2323, %partial ]
	%2762 = phi float [ %1753, %loop ], [ %2335, %partial ]
	%2763 = phi float [ %1754, %loop ], [ %2347, %partial ]
	%2764 = phi float [ %1678, %loop ], [ %2359, %partial ]
	%2765 = phi float [ %1679, %loop ], [ %2371, %partial ]
	%2766 = phi float [ %1680, %loop ], [ %2383, %partial ]
	%2767 = phi float [ %1681, %loop ], [ %2395, %partial ]
	%2768 = phi float [ %1683, %loop ], [ %2407, %partial ]
	%2769 = phi float [ %1684, %loop ], [ %2419, %partial ]
	%2770 = phi float [ %1685, %loop ], [ %2431, %partial ]
	%2771 = phi float [ %1686, %loop ], [ %2443, %partial ]
	%2772 = phi float [ %1704, %loop ], [ %2455, %partial ]
	%2773 = phi float [ %1705, %loop ], [ %2467, %partial ]
	%2774 = phi float [ %1706, %loop ], [ %2479, %partial ]
	%2775 = phi float [ %1707, %loop ], [ %2491, %partial ]
	%2776 = phi float [ %1709, %loop ], [ %2503, %partial ]
	%2777 = phi float [ %1710, %loop ], [ %2515, %partial ]
	%2778 = phi float [ %1711, %loop ], [ %2527, %partial ]
	%2779 = phi float [ %1712, %loop ], [ %2539, %partial ]
	%2780 = phi float [ %1730, %loop ], [ %2551, %partial ]
	%2781 = phi float [ %1731, %loop ], [ %2563, %partial ]
	%2782 = phi float [ %1732, %loop ], [ %2575, %partial ]
	%2783 = phi float [ %1733, %loop ], [ %2587, %partial ]
	%2784 = phi float [ %1735, %loop ], [ %2599, %partial ]
	%2785 = phi float [ %1736, %loop ], [ %2611, %partial ]
	%2786 = phi float [ %1737, %loop ], [ %2623, %partial ]
	%2787 = phi float [ %1738, %loop ], [ %2635, %partial ]
	%2788 = phi float [ %1756, %loop ], [ %2647, %partial ]
	%2789 = phi float [ %1757, %loop ], [ %2659, %partial ]
	%2790 = phi float [ %1758, %loop ], [ %2671, %partial ]
	%2791 = phi float [ %1759, %loop ], [ %2683, %partial ]
	%2792 = phi float [ %1761, %loop ], [ %2695, %partial ]
	%2793 = phi float [ %1762, %loop ], [ %2707, %partial ]
	%2794 = phi float [ %1763, %loop ], [ %2719, %partial ]
	%2795 = phi float [ %1764, %loop ], [ %2731, %partial ]
	%2796 = call float @llvm.nvvm.fmax.f(float %2732, float %2733)
	%2797 = call float @llvm.nvvm.fmax.f(float %2736, float %2737)
	%2798 = call float @llvm.nvvm.fmax.f(float %2740, float %2741)
	%2799 = call float @llvm.nvvm.fmax.f(float %2744, float %2745)
	%2800 = call float @llvm.nvvm.fmax.f(float %2748, float %2749)
	%2801 = call float @llvm.nvvm.fmax.f(float %2752, float %2753)
	%2802 = call float @llvm.nvvm.fmax.f(float %2756, float %2757)
	%2803 = call float @llvm.nvvm.fmax.f(float %2760, float %2761)
	%2804 = call float @llvm.nvvm.fmax.f(float %2796, float %2797)
	%2805 = call float @llvm.nvvm.fmax.f(float %2798, float %2799)
	%2806 = call float @llvm.nvvm.fmax.f(float %2800, float %2801)
	%2807 = call float @llvm.nvvm.fmax.f(float %2802, float %2803)
	%2808 = call float @llvm.nvvm.fmax.f(float %2804, float %2805)
	%2809 = call float @llvm.nvvm.fmax.f(float %2806, float %2807)
	%2810 = call float @llvm.nvvm.fmax.f(float %2808, float %2809)
	%2811 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2810, i32 1, i32 31)
	%2812 = call float @llvm.nvvm.fmax.f(float %2810, float %2811)
	%2813 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2812, i32 2, i32 31)
	%2814 = call float @llvm.nvvm.fmax.f(float %2812, float %2813)
	%2815 = fmul float %2814, 0x3FC0527DC0000000
	%2816 = call float @llvm.nvvm.fmax.f(float %609, float %2815)
	%2817 = fadd float %609, 8.0
	%2818 = fcmp ogt float %2816, %2817
	%2819 = or i1 false, %2818
	%2820 = call float @llvm.nvvm.fmax.f(float %2734, float %2735)
	%2821 = call float @llvm.nvvm.fmax.f(float %2738, float %2739)
	%2822 = call float @llvm.nvvm.fmax.f(float %2742, float %2743)
	%2823 = call float @llvm.nvvm.fmax.f(float %2746, float %2747)
	%2824 = call float @llvm.nvvm.fmax.f(float %2750, float %2751)
	%2825 = call float @llvm.nvvm.fmax.f(float %2754, float %2755)
	%2826 = call float @llvm.nvvm.fmax.f(float %2758, float %2759)
	%2827 = call float @llvm.nvvm.fmax.f(float %2762, float %2763)
	%2828 = call float @llvm.nvvm.fmax.f(float %2820, float %2821)
	%2829 = call float @llvm.nvvm.fmax.f(float %2822, float %2823)
	%2830 = call float @llvm.nvvm.fmax.f(float %2824, float %2825)
	%2831 = call float @llvm.nvvm.fmax.f(float %2826, float %2827)
	%2832 = call float @llvm.nvvm.fmax.f(float %2828, float %2829)
	%2833 = call float @llvm.nvvm.fmax.f(float %2830, float %2831)
	%2834 = call float @llvm.nvvm.fmax.f(float %2832, float %2833)
	%2835 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2834, i32 1, i32 31)
	%2836 = call float @llvm.nvvm.fmax.f(float %2834, float %2835)
	%2837 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2836, i32 2, i32 31)
	%2838 = call float @llvm.nvvm.fmax.f(float %2836, float %2837)
	%2839 = fmul float %2838, 0x3FC0527DC0000000
	%2840 = call float @llvm.nvvm.fmax.f(float %611, float %2839)
	%2841 = fadd float %611, 8.0
	%2842 = fcmp ogt float %2840, %2841
	%2843 = or i1 %2819, %2842
	%2844 = call float @llvm.nvvm.fmax.f(float %2764, float %2765)
	%2845 = call float @llvm.nvvm.fmax.f(float %2768, float %2769)
	%2846 = call float @llvm.nvvm.fmax.f(float %2772, float %2773)
	%2847 = call float @llvm.nvvm.fmax.f(float %2776, float %2777)
	%2848 = call float @llvm.nvvm.fmax.f(float %2780, float %2781)
	%2849 = call float @llvm.nvvm.fmax.f(float %2784, float %2785)
	%2850 = call float @llvm.nvvm.fmax.f(float %2788, float %2789)
	%2851 = call float @llvm.nvvm.fmax.f(float %2792, float %2793)
	%2852 = call float @llvm.nvvm.fmax.f(float %2844, float %2845)
	%2853 = call float @llvm.nvvm.fmax.f(float %2846, float %2847)
	%2854 = call float @llvm.nvvm.fmax.f(float %2848, float %2849)
	%2855 = call float @llvm.nvvm.fmax.f(float %2850, float %2851)
	%2856 = call float @llvm.nvvm.fmax.f(float %2852, float %2853)
	%2857 = call float @llvm.nvvm.fmax.f(float %2854, float %2855)
	%2858 = call float @llvm.nvvm.fmax.f(float %2856, float %2857)
	%2859 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2858, i32 1, i32 31)
	%2860 = call float @llvm.nvvm.fmax.f(float %2858, float %2859)
	%2861 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2860, i32 2, i32 31)
	%2862 = call float @llvm.nvvm.fmax.f(float %2860, float %2861)
	%2863 = fmul float %2862, 0x3FC0527DC0000000
	%2864 = call float @llvm.nvvm.fmax.f(float %613, float %2863)
	%2865 = fadd float %613, 8.0
	%2866 = fcmp ogt float %2864, %2865
	%2867 = or i1 %2843, %2866
	%2868 = call float @llvm.nvvm.fmax.f(float %2766, float %2767)
	%2869 = call float @llvm.nvvm.fmax.f(float %2770, float %2771)
	%2870 = call float @llvm.nvvm.fmax.f(float %2774, float %2775)
	%2871 = call float @llvm.nvvm.fmax.f(float %2778, float %2779)
	%2872 = call float @llvm.nvvm.fmax.f(float %2782, float %2783)
	%2873 = call float @llvm.nvvm.fmax.f(float %2786, float %2787)
	%2874 = call float @llvm.nvvm.fmax.f(float %2790, float %2791)
	%2875 = call float @llvm.nvvm.fmax.f(float %2794, float %2795)
	%2876 = call float @llvm.nvvm.fmax.f(float %2868, float %2869)
	%2877 = call float @llvm.nvvm.fmax.f(float %2870, float %2871)
	%2878 = call float @llvm.nvvm.fmax.f(float %2872, float %2873)
	%2879 = call float @llvm.nvvm.fmax.f(float %2874, float %2875)
	%2880 = call float @llvm.nvvm.fmax.f(float %2876, float %2877)
	%2881 = call float @llvm.nvvm.fmax.f(float %2878, float %2879)
	%2882 = call float @llvm.nvvm.fmax.f(float %2880, float %2881)
	%2883 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2882, i32 1, i32 31)
	%2884 = call float @llvm.nvvm.fmax.f(float %2882, float %2883)
	%2885 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2884, i32 2, i32 31)
	%2886 = call float @llvm.nvvm.fmax.f(float %2884, float %2885)
	%2887 = fmul float %2886, 0x3FC0527DC0000000
	%2888 = call float @llvm.nvvm.fmax.f(float %615, float %2887)
	%2889 = fadd float %615, 8.0
	%2890 = fcmp ogt float %2888, %2889
	%2891 = or i1 %2867, %2890
	%2892 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2891)
	br i1 %2892, label %2893, label %3042

2893:
	%2894 = fcmp oeq float %2816, 0xFFF0000000000000
	%2895 = select i1 %2894, float 0.0, float %2816
	%2896 = fsub float %609, %2895
	%2897 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2896)
	%2898 = fcmp oeq float %2840, 0xFFF0000000000000
	%2899 = select i1 %2898, float 0.0, float %2840
	%2900 = fsub float %611, %2899
	%2901 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2900)
	%2902 = fcmp oeq float %2864, 0xFFF0000000000000
	%2903 = select i1 %2902, float 0.0, float %2864
	%2904 = fsub float %613, %2903
	%2905 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2904)
	%2906 = fcmp oeq float %2888, 0xFFF0000000000000
	%2907 = select i1 %2906, float 0.0, float %2888
	%2908 = fsub float %615, %2907
	%2909 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2908)
	%2910 = fmul float %481, %2897
	%2911 = fmul float %482, %2897
	%2912 = fmul float %483, %2901
	%2913 = fmul float %484, %2901
	%2914 = fmul float %485, %2897
	%2915 = fmul float %486, %2897
	%2916 = fmul float %487, %2901
	%2917 = fmul float %488, %2901
	%2918 = fmul float %489, %2897
	%2919 = fmul float %490, %2897
	%2920 = fmul float %491, %2901
	%2921 = fmul float %492, %2901
	%2922 = fmul float %493, %2897
	%2923 = fmul float %494, %2897
	%2924 = fmul float %495, %2901
	%2925 = fmul float %496, %2901
	%2926 = fmul float %497, %2897
	%2927 = fmul float %498, %2897
	%2928 = fmul float %499, %2901
	%2929 = fmul float %500, %2901
	%2930 = fmul float %501, %2897
	%2931 = fmul float %502, %2897
	%2932 = fmul float %503, %2901
	%2933 = fmul float %504, %2901
	%2934 = fmul float %505, %2897
	%2935 = fmul float %506, %2897
	%2936 = fmul float %507, %2901
	%2937 = fmul float %508, %2901
	%2938 = fmul float %509, %2897
	%2939 = fmul float %510, %2897
	%2940 = fmul float %511, %2901
	%2941 = fmul float %512, %2901
	%2942 = fmul float %513, %2897
	%2943 = fmul float %514, %2897
	%2944 = fmul float %515, %2901
	%2945 = fmul float %516, %2901
	%2946 = fmul float %517, %2897
	%2947 = fmul float %518, %2897
	%2948 = fmul float %519, %2901
	%2949 = fmul float %520, %2901
	%2950 = fmul float %521, %2897
	%2951 = fmul float %522, %2897
	%2952 = fmul float %523, %2901
	%2953 = fmul float %524, %2901
	%2954 = fmul float %525, %2897
	%2955 = fmul float %526, %2897
	%2956 = fmul float %527, %2901
	%2957 = fmul float %528, %2901
	%2958 = fmul float %529, %2897
	%2959 = fmul float %530, %2897
	%2960 = fmul float %531, %2901
	%2961 = fmul float %532, %2901
	%2962 = fmul float %533, %2897
	%2963 = fmul float %534, %2897
	%2964 = fmul float %535, %2901
	%2965 = fmul float %536, %2901
	%2966 = fmul float %537, %2897
	%2967 = fmul float %538, %2897
	%2968 = fmul float %539, %2901
	%2969 = fmul float %540, %2901
	%2970 = fmul float %541, %2897
	%2971 = fmul float %542, %2897
	%2972 = fmul float %543, %2901
	%2973 = fmul float %544, %2901
	%2974 = fmul float %545, %2905
	%2975 = fmul float %546, %2905
	%2976 = fmul float %547, %2909
	%2977 = fmul float %548, %2909
	%2978 = fmul float %549, %2905
	%2979 = fmul float %550, %2905
	%2980 = fmul float %551, %2909
	%2981 = fmul float %552, %2909
	%2982 = fmul float %553, %2905
	%2983 = fmul float %554, %2905
	%2984 = fmul float %555, %2909
	%2985 = fmul float %556, %2909
	%2986 = fmul float %557, %2905
	%2987 = fmul float %558, %2905
	%2988 = fmul float %559, %2909
	%2989 = fmul float %560, %2909
	%2990 = fmul float %561, %2905
	%2991 = fmul float %562, %2905
	%2992 = fmul float %563, %2909
	%2993 = fmul float %564, %2909
	%2994 = fmul float %565, %2905
	%2995 = fmul float %566, %2905
	%2996 = fmul float %567, %2909
	%2997 = fmul float %568, %2909
	%2998 = fmul float %569, %2905
	%2999 = fmul float %570, %2905
	%3000 = fmul float %571, %2909
	%3001 = fmul float %572, %2909
	%3002 = fmul float %573, %2905
	%3003 = fmul float %574, %2905
	%3004 = fmul float %575, %2909
	%3005 = fmul float %576, %2909
	%3006 = fmul float %577, %2905
	%3007 = fmul float %578, %2905
	%3008 = fmul float %579, %2909
	%3009 = fmul float %580, %2909
	%3010 = fmul float %581, %2905
	%3011 = fmul float %582, %2905
	%3012 = fmul float %583, %2909
	%3013 = fmul float %584, %2909
	%3014 = fmul float %585, %2905
	%3015 = fmul float %586, %2905
	%3016 = fmul float %587, %2909
	%3017 = fmul float %588, %2909
	%3018 = fmul float %589, %2905
	%3019 = fmul float %590, %2905
	%3020 = fmul float %591, %2909
	%3021 = fmul float %592, %2909
	%3022 = fmul float %593, %2905
	%3023 = fmul float %594, %2905
	%3024 = fmul float %595, %2909
	%3025 = fmul float %596, %2909
	%3026 = fmul float %597, %2905
	%3027 = fmul float %598, %2905
	%3028 = fmul float %599, %2909
	%3029 = fmul float %600, %2909
	%3030 = fmul float %601, %2905
	%3031 = fmul float %602, %2905
	%3032 = fmul float %603, %2909
	%3033 = fmul float %604, %2909
	%3034 = fmul float %605, %2905
	%3035 = fmul float %606, %2905
	%3036 = fmul float %607, %2909
	%3037 = fmul float %608, %2909
	%3038 = fmul float %610, %2897
	%3039 = fmul float %612, %2901
	%3040 = fmul float %614, %2905
	%3041 = fmul float %616, %2909
	br label %3042

3042:
	%3043 = phi float [ %481, %softmax ], [ %2910, %2893 ]
	%3044 = phi float [ %482, %softmax ], [ %2911, %2893 ]
	%3045 = phi float [ %483, %softmax ], [ %2912, %2893 ]
	%3046 = phi float [ %484, %softmax ], [ %2913, %2893 ]
	%3047 = phi float [ %485, %softmax ], [ %2914, %2893 ]
	%3048 = phi float [ %486, %softmax ], [ %2915, %2893 ]
	%3049 = phi float [ %487, %softmax ], [ %2916, %2893 ]
	%3050 = phi float [ %488, %softmax ], [ %2917, %2893 ]
	%3051 = phi float [ %489, %softmax ], [ %2918, %2893 ]
	%3052 = phi float [ %490, %softmax ], [ %2919, %2893 ]
	%3053 = phi float [ %491, %softmax ], [ %2920, %2893 ]
	%3054 = phi float [ %492, %softmax ], [ %2921, %2893 ]
	%3055 = phi float [ %493, %softmax ], [ %2922, %2893 ]
	%3056 = phi float [ %494, %softmax ], [ %2923, %2893 ]
	%3057 = phi float [ %495, %softmax ], [ %2924, %2893 ]
	%3058 = phi float [ %496, %softmax ], [ %2925, %2893 ]
	%3059 = phi float [ %497, %softmax ], [ %2926, %2893 ]
	%3060 = phi float [ %498, %softmax ], [ %2927, %2893 ]
	%3061 = phi float [ %499, %softmax ], [ %2928, %2893 ]
	%3062 = phi float [ %500, %softmax ], [ %2929, %2893 ]
	%3063 = phi float [ %501, %softmax ], [ %2930, %2893 ]
	%3064 = phi float [ %502, %softmax ], [ %2931, %2893 ]
	%3065 = phi float [ %503, %softmax ], [ %2932, %2893 ]
	%3066 = phi float [ %504, %softmax ], [ %2933, %2893 ]
	%3067 = phi float [ %505, %softmax ], [ %2934, %2893 ]
	%3068 = phi float [ %506, %softmax ], [ %2935, %2893 ]
	%3069 = phi float [ %507, %softmax ], [ %2936, %2893 ]
	%3070 = phi float [ %508, %softmax ], [ %2937, %2893 ]
	%3071 = phi float [ %509, %softmax ], [ %2938, %2893 ]
	%3072 = phi float [ %510, %softmax ], [ %2939, %2893 ]
	%3073 = phi float [ %511, %softmax ], [ %2940, %2893 ]
	%3074 = phi float [ %512, %softmax ], [ %2941, %2893 ]
	%3075 = phi float [ %513, %softmax ], [ %2942, %2893 ]
	%3076 = phi float [ %514, %softmax ], [ %2943, %2893 ]
	%3077 = phi float [ %515, %softmax ], [ %2944, %2893 ]
	%3078 = phi float [ %516, %softmax ], [ %2945, %2893 ]
	%3079 = phi float [ %517, %softmax ], [ %2946, %2893 ]
	%3080 = phi float [ %518, %softmax ], [ %2947, %2893 ]
	%3081 = phi float [ %519, %softmax ], [ %2948, %2893 ]
	%3082 = phi float [ %520, %softmax ], [ %2949, %2893 ]
	%3083 = phi float [ %521, %softmax ], [ %2950, %2893 ]
	%3084 = phi float [ %522, %softmax ], [ %2951, %2893 ]
	%3085 = phi float [ %523, %softmax ], [ %2952, %2893 ]
	%3086 = phi float [ %524, %softmax ], [ %2953, %2893 ]
	%3087 = phi float [ %525, %softmax ], [ %2954, %2893 ]
	%3088 = phi float [ %526, %softmax ], [ %2955, %2893 ]
	%3089 = phi float [ %527, %softmax ], [ %2956, %2893 ]
	%3090 = phi float [ %528, %softmax ], [ %2957, %2893 ]
	%3091 = phi float [ %529, %softmax ], [ %2958, %2893 ]
	%3092 = phi float [ %530, %softmax ], [ %2959, %2893 ]
	%3093 = phi float [ %531, %softmax ], [ %2960, %2893 ]
	%3094 = phi float [ %532, %softmax ], [ %2961, %2893 ]
	%3095 = phi float [ %533, %softmax ], [ %2962, %2893 ]
	%3096 = phi float [ %534, %softmax ], [ %2963, %2893 ]
	%3097 = phi float [ %535, %softmax ], [ %2964, %2893 ]
	%3098 = phi float [ %536, %softmax ], [ %2965, %2893 ]
	%3099 = phi float [ %537, %softmax ], [ %2966, %2893 ]
	%3100 = phi float [ %538, %softmax ], [ %2967, %2893 ]
	%3101 = phi float [ %539, %softmax ], [ %2968, %2893 ]
	%3102 = phi float [ %540, %softmax ], [ %2969, %2893 ]
	%3103 = phi float [ %541, %softmax ], [ %2970, %2893 ]
	%3104 = phi float [ %542, %softmax ], [ %2971, %2893 ]
	%3105 = phi float [ %543, %softmax ], [ %2972, %2893 ]
	%3106 = phi float [ %544, %softmax ], [ %2973, %2893 ]
	%3107 = phi float [ %545, %softmax ], [ %2974, %2893 ]
	%3108 = phi float [ %546, %softmax ], [ %2975, %2893 ]
	%3109 = phi float [ %547, %softmax ], [ %2976, %2893 ]
	%3110 = phi float [ %548, %softmax ], [ %2977, %2893 ]
	%3111 = phi float [ %549, %softmax ], [ %2978, %2893 ]
	%3112 = phi float [ %550, %softmax ], [ %2979, %2893 ]
	%3113 = phi float [ %551, %softmax ], [ %2980, %2893 ]
	%3114 = phi float [ %552, %softmax ], [ %2981, %2893 ]
	%3115 = phi float [ %553, %softmax ], [ %2982, %2893 ]
	%3116 = phi float [ %554, %softmax ], [ %2983, %2893 ]
	%3117 = phi float [ %555, %softmax ], [ %2984, %2893 ]
	%3118 = phi float [ %556, %softmax ], [ %2985, %2893 ]
	%3119 = phi float [ %557, %softmax ], [ %2986, %2893 ]
	%3120 = phi float [ %558, %softmax ], [ %2987, %2893 ]
	%3121 = phi float [ %559, %softmax ], [ %2988, %2893 ]
	%3122 = phi float [ %560, %softmax ], [ %2989, %2893 ]
	%3123 = phi float [ %561, %softmax ], [ %2990, %2893 ]
	%3124 = phi float [ %562, %softmax ], [ %2991, %2893 ]
	%3125 = phi float [ %563, %softmax ], [ %2992, %2893 ]
	%3126 = phi float [ %564, %softmax ], [ %2993, %2893 ]
	%3127 = phi float [ %565, %softmax ], [ %2994, %2893 ]
	%3128 = phi float [ %566, %softmax ], [ %2995, %2893 ]
	%3129 = phi float [ %567, %softmax ], [ %2996, %2893 ]
	%3130 = phi float [ %568, %softmax ], [ %2997, %2893 ]
	%3131 = phi float [ %569, %softmax ], [ %2998, %2893 ]
	%3132 = phi float [ %570, %softmax ], [ %2999, %2893 ]
	%3133 = phi float [ %571, %softmax ], [ %3000, %2893 ]
	%3134 = phi float [ %572, %softmax ], [ %3001, %2893 ]
	%3135 = phi float [ %573, %softmax ], [ %3002, %2893 ]
	%3136 = phi float [ %574, %softmax ], [ %3003, %2893 ]
	%3137 = phi float [ %575, %softmax ], [ %3004, %2893 ]
	%3138 = phi float [ %576, %softmax ], [ %3005, %2893 ]
	%3139 = phi float [ %577, %softmax ], [ %3006, %2893 ]
	%3140 = phi float [ %578, %softmax ], [ %3007, %2893 ]
	%3141 = phi float [ %579, %softmax ], [ %3008, %2893 ]
	%3142 = phi float [ %580, %softmax ], [ %3009, %2893 ]
	%3143 = phi float [ %581, %softmax ], [ %3010, %2893 ]
	%3144 = phi float [ %582, %softmax ], [ %3011, %2893 ]
	%3145 = phi float [ %583, %softmax ], [ %3012, %2893 ]
	%3146 = phi float [ %584, %softmax ], [ %3013, %2893 ]
	%3147 = phi float [ %585, %softmax ], [ %3014, %2893 ]
	%3148 = phi float [ %586, %softmax ], [ %3015, %2893 ]
	%3149 = phi float [ %587, %softmax ], [ %3016, %2893 ]
	%3150 = phi float [ %588, %softmax ], [ %3017, %2893 ]
	%3151 = phi float [ %589, %softmax ], [ %3018, %2893 ]
	%3152 = phi float [ %590, %softmax ], [ %3019, %2893 ]
	%3153 = phi float [ %591, %softmax ], [ %3020, %2893 ]
	%3154 = phi float [ %592, %softmax ], [ %3021, %2893 ]
	%3155 = phi float [ %593, %softmax ], [ %3022, %2893 ]
	%3156 = phi float [ %594, %softmax ], [ %3023, %2893 ]
	%3157 = phi float [ %595, %softmax ], [ %3024, %2893 ]
	%3158 = phi float [ %596, %softmax ], [ %3025, %2893 ]
	%3159 = phi float [ %597, %softmax ], [ %3026, %2893 ]
	%3160 = phi float [ %598, %softmax ], [ %3027, %2893 ]
	%3161 = phi float [ %599, %softmax ], [ %3028, %2893 ]
	%3162 = phi float [ %600, %softmax ], [ %3029, %2893 ]
	%3163 = phi float [ %601, %softmax ], [ %3030, %2893 ]
	%3164 = phi float [ %602, %softmax ], [ %3031, %2893 ]
	%3165 = phi float [ %603, %softmax ], [ %3032, %2893 ]
	%3166 = phi float [ %604, %softmax ], [ %3033, %2893 ]
	%3167 = phi float [ %605, %softmax ], [ %3034, %2893 ]
	%3168 = phi float [ %606, %softmax ], [ %3035, %2893 ]
	%3169 = phi float [ %607, %softmax ], [ %3036, %2893 ]
	%3170 = phi float [ %608, %softmax ], [ %3037, %2893 ]
	%3171 = phi float [ %610, %softmax ], [ %3038, %2893 ]
	%3172 = phi float [ %612, %softmax ], [ %3039, %2893 ]
	%3173 = phi float [ %614, %softmax ], [ %3040, %2893 ]
	%3174 = phi float [ %616, %softmax ], [ %3041, %2893 ]
	%3175 = select i1 %2892, float %2816, float %609
	%3176 = fcmp oeq float %3175, 0xFFF0000000000000
	%3177 = select i1 %3176, float 0.0, float %3175
	%3178 = fneg float %3177
	%3179 = call float @llvm.fma.f32(float %2732, float 0x3FC0527DC0000000, float %3178)
	%3180 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3179)
	%3181 = call float @llvm.fma.f32(float %2733, float 0x3FC0527DC0000000, float %3178)
	%3182 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3181)
	%3183 = call float @llvm.fma.f32(float %2736, float 0x3FC0527DC0000000, float %3178)
	%3184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3183)
	%3185 = call float @llvm.fma.f32(float %2737, float 0x3FC0527DC0000000, float %3178)
	%3186 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3185)
	%3187 = call float @llvm.fma.f32(float %2740, float 0x3FC0527DC0000000, float %3178)
	%3188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3187)
	%3189 = call float @llvm.fma.f32(float %2741, float 0x3FC0527DC0000000, float %3178)
	%3190 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3189)
	%3191 = call float @llvm.fma.f32(float %2744, float 0x3FC0527DC0000000, float %3178)
	%3192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3191)
	%3193 = call float @llvm.fma.f32(float %2745, float 0x3FC0527DC0000000, float %3178)
	%3194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3193)
	%3195 = call float @llvm.fma.f32(float %2748, float 0x3FC0527DC0000000, float %3178)
	%3196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3195)
	%3197 = call float @llvm.fma.f32(float %2749, float 0x3FC0527DC0000000, float %3178)
	%3198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3197)
	%3199 = call float @llvm.fma.f32(float %2752, float 0x3FC0527DC0000000, float %3178)
	%3200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3199)
	%3201 = call float @llvm.fma.f32(float %2753, float 0x3FC0527DC0000000, float %3178)
	%3202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3201)
	%3203 = call float @llvm.fma.f32(float %2756, float 0x3FC0527DC0000000, float %3178)
	%3204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3203)
	%3205 = call float @llvm.fma.f32(float %2757, float 0x3FC0527DC0000000, float %3178)
	%3206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3205)
	%3207 = call float @llvm.fma.f32(float %2760, float 0x3FC0527DC0000000, float %3178)
	%3208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3207)
	%3209 = call float @llvm.fma.f32(float %2761, float 0x3FC0527DC0000000, float %3178)
	%3210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3209)
	%3211 = fadd float %3180, %3182
	%3212 = fadd float %3184, %3186
	%3213 = fadd float %3188, %3190
	%3214 = fadd float %3192, %3194
	%3215 = fadd float %3196, %3198
	%3216 = fadd float %3200, %3202
	%3217 = fadd float %3204, %3206
	%3218 = fadd float %3208, %3210
	%3219 = fadd float %3211, %3212
	%3220 = fadd float %3213, %3214
	%3221 = fadd float %3215, %3216
	%3222 = fadd float %3217, %3218
	%3223 = fadd float %3219, %3220
	%3224 = fadd float %3221, %3222
	%3225 = fadd float %3223, %3224
	%3226 = fadd float %3171, %3225
	%3227 = select i1 %2892, float %2840, float %611
	%3228 = fcmp oeq float %3227, 0xFFF0000000000000
	%3229 = select i1 %3228, float 0.0, float %3227
	%3230 = fneg float %3229
	%3231 = call float @llvm.fma.f32(float %2734, float 0x3FC0527DC0000000, float %3230)
	%3232 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3231)
	%3233 = call float @llvm.fma.f32(float %2735, float 0x3FC0527DC0000000, float %3230)
	%3234 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3233)
	%3235 = call float @llvm.fma.f32(float %2738, float 0x3FC0527DC0000000, float %3230)
	%3236 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3235)
	%3237 = call float @llvm.fma.f32(float %2739, float 0x3FC0527DC0000000, float %3230)
	%3238 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3237)
	%3239 = call float @llvm.fma.f32(float %2742, float 0x3FC0527DC0000000, float %3230)
	%3240 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3239)
	%3241 = call float @llvm.fma.f32(float %2743, float 0x3FC0527DC0000000, float %3230)
	%3242 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3241)
	%3243 = call float @llvm.fma.f32(float %2746, float 0x3FC0527DC0000000, float %3230)
	%3244 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3243)
	%3245 = call float @llvm.fma.f32(float %2747, float 0x3FC0527DC0000000, float %3230)
	%3246 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3245)
	%3247 = call float @llvm.fma.f32(float %2750, float 0x3FC0527DC0000000, float %3230)
	%3248 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3247)
	%3249 = call float @llvm.fma.f32(float %2751, float 0x3FC0527DC0000000, float %3230)
	%3250 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3249)
	%3251 = call float @llvm.fma.f32(float %2754, float 0x3FC0527DC0000000, float %3230)
	%3252 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3251)
	%3253 = call float @llvm.fma.f32(float %2755, float 0x3FC0527DC0000000, float %3230)
	%3254 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3253)
	%3255 = call float @llvm.fma.f32(float %2758, float 0x3FC0527DC0000000, float %3230)
	%3256 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3255)
	%3257 = call float @llvm.fma.f32(float %2759, float 0x3FC0527DC0000000, float %3230)
	%3258 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3257)
	%3259 = call float @llvm.fma.f32(float %2762, float 0x3FC0527DC0000000, float %3230)
	%3260 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3259)
	%3261 = call float @llvm.fma.f32(float %2763, float 0x3FC0527DC0000000, float %3230)
	%3262 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3261)
	%3263 = fadd float %3232, %3234
	%3264 = fadd float %3236, %3238
	%3265 = fadd float %3240, %3242
	%3266 = fadd float %3244, %3246
	%3267 = fadd float %3248, %3250
	%3268 = fadd float %3252, %3254
	%3269 = fadd float %3256, %3258
	%3270 = fadd float %3260, %3262
	%3271 = fadd float %3263, %3264
	%3272 = fadd float %3265, %3266
	%3273 = fadd float %3267, %3268
	%3274 = fadd float %3269, %3270
	%3275 = fadd float %3271, %3272
	%3276 = fadd float %3273, %3274
	%3277 = fadd float %3275, %3276
	%3278 = fadd float %3172, %3277
	%3279 = select i1 %2892, float %2864, float %613
	%3280 = fcmp oeq float %3279, 0xFFF0000000000000
	%3281 = select i1 %3280, float 0.0, float %3279
	%3282 = fneg float %3281
	%3283 = call float @llvm.fma.f32(float %2764, float 0x3FC0527DC0000000, float %3282)
	%3284 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3283)
	%3285 = call float @llvm.fma.f32(float %2765, float 0x3FC0527DC0000000, float %3282)
	%3286 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3285)
	%3287 = call float @llvm.fma.f32(float %2768, float 0x3FC0527DC0000000, float %3282)
	%3288 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3287)
	%3289 = call float @llvm.fma.f32(float %2769, float 0x3FC0527DC0000000, float %3282)
	%3290 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3289)
	%3291 = call float @llvm.fma.f32(float %2772, float 0x3FC0527DC0000000, float %3282)
	%3292 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3291)
	%3293 = call float @llvm.fma.f32(float %2773, float 0x3FC0527DC0000000, float %3282)
	%3294 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3293)
	%3295 = call float @llvm.fma.f32(float %2776, float 0x3FC0527DC0000000, float %3282)
	%3296 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3295)
	%3297 = call float @llvm.fma.f32(float %2777, float 0x3FC0527DC0000000, float %3282)
	%3298 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3297)
	%3299 = call float @llvm.fma.f32(float %2780, float 0x3FC0527DC0000000, float %3282)
	%3300 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3299)
	%3301 = call float @llvm.fma.f32(float %2781, float 0x3FC0527DC0000000, float %3282)
	%3302 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3301)
	%3303 = call float @llvm.fma.f32(float %2784, float 0x3FC0527DC0000000, float %3282)
	%3304 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3303)
	%3305 = call float @llvm.fma.f32(float %2785, float 0x3FC0527DC0000000, float %3282)
	%3306 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3305)
	%3307 = call float @llvm.fma.f32(float %2788, float 0x3FC0527DC0000000, float %3282)
	%3308 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3307)
	%3309 = call float @llvm.fma.f32(float %2789, float 0x3FC0527DC0000000, float %3282)
	%3310 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3309)
	%3311 = call float @llvm.fma.f32(float %2792, float 0x3FC0527DC0000000, float %3282)
	%3312 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3311)
	%3313 = call float @llvm.fma.f32(float %2793, float 0x3FC0527DC0000000, float %3282)
	%3314 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3313)
	%3315 = fadd float %3284, %3286
	%3316 = fadd float %3288, %3290
	%3317 = fadd float %3292, %3294
	%3318 = fadd float %3296, %3298
	%3319 = fadd float %3300, %3302
	%3320 = fadd float %3304, %3306
	%3321 = fadd float %3308, %3310
	%3322 = fadd float %3312, %3314
	%3323 = fadd float %3315, %3316
	%3324 = fadd float %3317, %3318
	%3325 = fadd float %3319, %3320
	%3326 = fadd float %3321, %3322
	%3327 = fadd float %3323, %3324
	%3328 = fadd float %3325, %3326
	%3329 = fadd float %3327, %3328
	%3330 = fadd float %3173, %3329
	%3331 = select i1 %2892, float %2888, float %615
	%3332 = fcmp oeq float %3331, 0xFFF0000000000000
	%3333 = select i1 %3332, float 0.0, float %3331
	%3334 = fneg float %3333
	%3335 = call float @llvm.fma.f32(float %2766, float 0x3FC0527DC0000000, float %3334)
	%3336 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3335)
	%3337 = call float @llvm.fma.f32(float %2767, float 0x3FC0527DC0000000, float %3334)
	%3338 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3337)
	%3339 = call float @llvm.fma.f32(float %2770, float 0x3FC0527DC0000000, float %3334)
	%3340 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3339)
	%3341 = call float @llvm.fma.f32(float %2771, float 0x3FC0527DC0000000, float %3334)
	%3342 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3341)
	%3343 = call float @llvm.fma.f32(float %2774, float 0x3FC0527DC0000000, float %3334)
	%3344 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3343)
	%3345 = call float @llvm.fma.f32(float %2775, float 0x3FC0527DC0000000, float %3334)
	%3346 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3345)
	%3347 = call float @llvm.fma.f32(float %2778, float 0x3FC0527DC0000000, float %3334)
	%3348 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3347)
	%3349 = call float @llvm.fma.f32(float %2779, float 0x3FC0527DC0000000, float %3334)
	%3350 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3349)
	%3351 = call float @llvm.fma.f32(float %2782, float 0x3FC0527DC0000000, float %3334)
	%3352 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3351)
	%3353 = call float @llvm.fma.f32(float %2783, float 0x3FC0527DC0000000, float %3334)
	%3354 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3353)
	%3355 = call float @llvm.fma.f32(float %2786, float 0x3FC0527DC0000000, float %3334)
	%3356 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3355)
	%3357 = call float @llvm.fma.f32(float %2787, float 0x3FC0527DC0000000, float %3334)
	%3358 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3357)
	%3359 = call float @llvm.fma.f32(float %2790, float 0x3FC0527DC0000000, float %3334)
	%3360 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3359)
	%3361 = call float @llvm.fma.f32(float %2791, float 0x3FC0527DC0000000, float %3334)
	%3362 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3361)
	%3363 = call float @llvm.fma.f32(float %2794, float 0x3FC0527DC0000000, float %3334)
	%3364 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3363)
	%3365 = call float @llvm.fma.f32(float %2795, float 0x3FC0527DC0000000, float %3334)
	%3366 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3365)
	%3367 = fadd float %3336, %3338
	%3368 = fadd float %3340, %3342
	%3369 = fadd float %3344, %3346
	%3370 = fadd float %3348, %3350
	%3371 = fadd float %3352, %3354
	%3372 = fadd float %3356, %3358
	%3373 = fadd float %3360, %3362
	%3374 = fadd float %3364, %3366
	%3375 = fadd float %3367, %3368
	%3376 = fadd float %3369, %3370
	%3377 = fadd float %3371, %3372
	%3378 = fadd float %3373, %3374
	%3379 = fadd float %3375, %3376
	%3380 = fadd float %3377, %3378
	%3381 = fadd float %3379, %3380
	%3382 = fadd float %3174, %3381
	%3383 = add i32 %479, 1
	%3384 = icmp slt i32 %3383, %NK
	%3385 = select i1 %3384, i32 %3383, i32 0
	%3386 = add i32 %42, %3385
	%3387 = sext i32 %3386 to i64
	%3388 = getelementptr i32, i32* %list, i64 %3387
	%3389 = load i32, i32* %3388
	%3390 = select i1 %3384, i32 %3389, i32 -1
	%3391 = icmp sge i32 %3390, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %3391, label %prefetch, label %pv

prefetch:
	%3392 = mul i32 %3390, 64
	%3393 = lshr i32 %3, 4
	%3394 = and i32 %3, 15
	%3395 = and i32 %3393, 7
	%3396 = xor i32 %3394, %3395
	%3397 = mul i32 %3393, 16
	%3398 = add i32 %3397, %3396
	%3399 = shl i32 %3398, 4
	%3400 = add i32 %0, %3399
	%3401 = add i32 %3392, %3393
	%3402 = mul i32 %3401, 128
	%3403 = mul i32 %3394, 8
	%3404 = add i32 %3402, %3403
	%3405 = sext i32 %3404 to i64
	%3406 = getelementptr i16, i16* %33, i64 %3405
	%3407 = add i32 %3401, 0
	%3408 = icmp slt i32 %3407, %N
	%3409 = getelementptr i16, i16* %3406, i64 0
	%3410 = select i1 %3408, i16* %3409, i16* %33
	%3411 = add i32 %3400, 0
	%3412 = select i1 %3408, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3411, i16* %3410, i32 %3412)
	%3413 = add i32 %3401, 4
	%3414 = icmp slt i32 %3413, %N
	%3415 = getelementptr i16, i16* %3406, i64 512
	%3416 = select i1 %3414, i16* %3415, i16* %33
	%3417 = add i32 %3393, 4
	%3418 = and i32 %3417, 7
	%3419 = xor i32 %3394, %3418
	%3420 = mul i32 %3417, 16
	%3421 = add i32 %3420, %3419
	%3422 = shl i32 %3421, 4
	%3423 = add i32 %0, %3422
	%3424 = select i1 %3414, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3423, i16* %3416, i32 %3424)
	%3425 = add i32 %3401, 8
	%3426 = icmp slt i32 %3425, %N
	%3427 = getelementptr i16, i16* %3406, i64 1024
	%3428 = select i1 %3426, i16* %3427, i16* %33
	%3429 = add i32 %3393, 8
	%3430 = and i32 %3429, 7
	%3431 = xor i32 %3394, %3430
	%3432 = mul i32 %3429, 16
	%3433 = add i32 %3432, %3431
	%3434 = shl i32 %3433, 4
	%3435 = add i32 %0, %3434
	%3436 = select i1 %3426, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3435, i16* %3428, i32 %3436)
	%3437 = add i32 %3401, 12
	%3438 = icmp slt i32 %3437, %N
	%3439 = getelementptr i16, i16* %3406, i64 1536
	%3440 = select i1 %3438, i16* %3439, i16* %33
	%3441 = add i32 %3393, 12
	%3442 = and i32 %3441, 7
	%3443 = xor i32 %3394, %3442
	%3444 = mul i32 %3441, 16
	%3445 = add i32 %3444, %3443
	%3446 = shl i32 %3445, 4
	%3447 = add i32 %0, %3446
	%3448 = select i1 %3438, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3447, i16* %3440, i32 %3448)
	%3449 = add i32 %3401, 16
	%3450 = icmp slt i32 %3449, %N
	%3451 = getelementptr i16, i16* %3406, i64 2048
	%3452 = select i1 %3450, i16* %3451, i16* %33
	%3453 = add i32 %3393, 16
	%3454 = and i32 %3453, 7
	%3455 = xor i32 %3394, %3454
	%3456 = mul i32 %3453, 16
	%3457 = add i32 %3456, %3455
	%3458 = shl i32 %3457, 4
	%3459 = add i32 %0, %3458
	%3460 = select i1 %3450, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3459, i16* %3452, i32 %3460)
	%3461 = add i32 %3401, 20
	%3462 = icmp slt i32 %3461, %N
	%3463 = getelementptr i16, i16* %3406, i64 2560
	%3464 = select i1 %3462, i16* %3463, i16* %33
	%3465 = add i32 %3393, 20
	%3466 = and i32 %3465, 7
	%3467 = xor i32 %3394, %3466
	%3468 = mul i32 %3465, 16
	%3469 = add i32 %3468, %3467
	%3470 = shl i32 %3469, 4
	%3471 = add i32 %0, %3470
	%3472 = select i1 %3462, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3471, i16* %3464, i32 %3472)
	%3473 = add i32 %3401, 24
	%3474 = icmp slt i32 %3473, %N
	%3475 = getelementptr i16, i16* %3406, i64 3072
	%3476 = select i1 %3474, i16* %3475, i16* %33
	%3477 = add i32 %3393, 24
	%3478 = and i32 %3477, 7
	%3479 = xor i32 %3394, %3478
	%3480 = mul i32 %3477, 16
	%3481 = add i32 %3480, %3479
	%3482 = shl i32 %3481, 4
	%3483 = add i32 %0, %3482
	%3484 = select i1 %3474, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3483, i16* %3476, i32 %3484)
	%3485 = add i32 %3401, 28
	%3486 = icmp slt i32 %3485, %N
	%3487 = getelementptr i16, i16* %3406, i64 3584
	%3488 = select i1 %3486, i16* %3487, i16* %33
	%3489 = add i32 %3393, 28
	%3490 = and i32 %3489, 7
	%3491 = xor i32 %3394, %3490
	%3492 = mul i32 %3489, 16
	%3493 = add i32 %3492, %3491
	%3494 = shl i32 %3493, 4
	%3495 = add i32 %0, %3494
	%3496 = select i1 %3486, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3495, i16* %3488, i32 %3496)
	%3497 = add i32 %3401, 32
	%3498 = icmp slt i32 %3497, %N
	%3499 = getelementptr i16, i16* %3406, i64 u0x1000
	%3500 = select i1 %3498, i16* %3499, i16* %33
	%3501 = add i32 %3393, 32
	%3502 = and i32 %3501, 7
	%3503 = xor i32 %3394, %3502
	%3504 = mul i32 %3501, 16
	%3505 = add i32 %3504, %3503
	%3506 = shl i32 %3505, 4
	%3507 = add i32 %0, %3506
	%3508 = select i1 %3498, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3507, i16* %3500, i32 %3508)
	%3509 = add i32 %3401, 36
	%3510 = icmp slt i32 %3509, %N
	%3511 = getelementptr i16, i16* %3406, i64 4608
	%3512 = select i1 %3510, i16* %3511, i16* %33
	%3513 = add i32 %3393, 36
	%3514 = and i32 %3513, 7
	%3515 = xor i32 %3394, %3514
	%3516 = mul i32 %3513, 16
	%3517 = add i32 %3516, %3515
	%3518 = shl i32 %3517, 4
	%3519 = add i32 %0, %3518
	%3520 = select i1 %3510, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3519, i16* %3512, i32 %3520)
	%3521 = add i32 %3401, 40
	%3522 = icmp slt i32 %3521, %N
	%3523 = getelementptr i16, i16* %3406, i64 5120
	%3524 = select i1 %3522, i16* %3523, i16* %33
	%3525 = add i32 %3393, 40
	%3526 = and i32 %3525, 7
	%3527 = xor i32 %3394, %3526
	%3528 = mul i32 %3525, 16
	%3529 = add i32 %3528, %3527
	%3530 = shl i32 %3529, 4
	%3531 = add i32 %0, %3530
	%3532 = select i1 %3522, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3531, i16* %3524, i32 %3532)
	%3533 = add i32 %3401, 44
	%3534 = icmp slt i32 %3533, %N
	%3535 = getelementptr i16, i16* %3406, i64 5632
	%3536 = select i1 %3534, i16* %3535, i16* %33
	%3537 = add i32 %3393, 44
	%3538 = and i32 %3537, 7
	%3539 = xor i32 %3394, %3538
	%3540 = mul i32 %3537, 16
	%3541 = add i32 %3540, %3539
	%3542 = shl i32 %3541, 4
	%3543 = add i32 %0, %3542
	%3544 = select i1 %3534, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3543, i16* %3536, i32 %3544)
	%3545 = add i32 %3401, 48
	%3546 = icmp slt i32 %3545, %N
	%3547 = getelementptr i16, i16* %3406, i64 6144
	%3548 = select i1 %3546, i16* %3547, i16* %33
	%3549 = add i32 %3393, 48
	%3550 = and i32 %3549, 7
	%3551 = xor i32 %3394, %3550
	%3552 = mul i32 %3549, 16
	%3553 = add i32 %3552, %3551
	%3554 = shl i32 %3553, 4
	%3555 = add i32 %0, %3554
	%3556 = select i1 %3546, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3555, i16* %3548, i32 %3556)
	%3557 = add i32 %3401, 52
	%3558 = icmp slt i32 %3557, %N
	%3559 = getelementptr i16, i16* %3406, i64 6656
	%3560 = select i1 %3558, i16* %3559, i16* %33
	%3561 = add i32 %3393, 52
	%3562 = and i32 %3561, 7
	%3563 = xor i32 %3394, %3562
	%3564 = mul i32 %3561, 16
	%3565 = add i32 %3564, %3563
	%3566 = shl i32 %3565, 4
	%3567 = add i32 %0, %3566
	%3568 = select i1 %3558, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3567, i16* %3560, i32 %3568)
	%3569 = add i32 %3401, 56
	%3570 = icmp slt i32 %3569, %N
	%3571 = getelementptr i16, i16* %3406, i64 7168
	%3572 = select i1 %3570, i16* %3571, i16* %33
	%3573 = add i32 %3393, 56
	%3574 = and i32 %3573, 7
	%3575 = xor i32 %3394, %3574
	%3576 = mul i32 %3573, 16
	%3577 = add i32 %3576, %3575
	%3578 = shl i32 %3577, 4
	%3579 = add i32 %0, %3578
	%3580 = select i1 %3570, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3579, i16* %3572, i32 %3580)
	%3581 = add i32 %3401, 60
	%3582 = icmp slt i32 %3581, %N
	%3583 = getelementptr i16, i16* %3406, i64 7680
	%3584 = select i1 %3582, i16* %3583, i16* %33
	%3585 = add i32 %3393, 60
	%3586 = and i32 %3585, 7
	%3587 = xor i32 %3394, %3586
	%3588 = mul i32 %3585, 16
	%3589 = add i32 %3588, %3587
	%3590 = shl i32 %3589, 4
	%3591 = add i32 %0, %3590
	%3592 = select i1 %3582, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3591, i16* %3584, i32 %3592)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%3593 = and i32 %5, 7
	%3594 = lshr i32 %5, 3
	%3595 = and i32 %3594, 1
	%3596 = shl i32 %3595, 3
	%3597 = add i32 %3593, %3596
	%3598 = mul i32 %3597, 256
	%3599 = add i32 %1, %3598
	%3600 = and i32 %5, 7
	%3601 = xor i32 %259, %3600
	%3602 = shl i32 %3601, 4
	%3603 = add i32 %3599, %3602
	%3604 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3182, float %3180)
	%3605 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3234, float %3232)
	%3606 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3186, float %3184)
	%3607 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3238, float %3236)
	%3608 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3286, float %3284)
	%3609 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3338, float %3336)
	%3610 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3290, float %3288)
	%3611 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3342, float %3340)
	%3612 = xor i32 %3603, 0
	%3613 = add i32 %3612, 0
	%3614 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3613)
	%3615 = extractvalue { i32, i32, i32, i32 } %3614, 0
	%3616 = extractvalue { i32, i32, i32, i32 } %3614, 1
	%3617 = extractvalue { i32, i32, i32, i32 } %3614, 2
	%3618 = extractvalue { i32, i32, i32, i32 } %3614, 3
	%3619 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3615, i32 %3616, float %3043, float %3044, float %3045, float %3046)
	%3620 = extractvalue { float, float, float, float } %3619, 0
	%3621 = extractvalue { float, float, float, float } %3619, 1
	%3622 = extractvalue { float, float, float, float } %3619, 2
	%3623 = extractvalue { float, float, float, float } %3619, 3
	%3624 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3617, i32 %3618, float %3047, float %3048, float %3049, float %3050)
	%3625 = extractvalue { float, float, float, float } %3624, 0
	%3626 = extractvalue { float, float, float, float } %3624, 1
	%3627 = extractvalue { float, float, float, float } %3624, 2
	%3628 = extractvalue { float, float, float, float } %3624, 3
	%3629 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3615, i32 %3616, float %3107, float %3108, float %3109, float %3110)
	%3630 = extractvalue { float, float, float, float } %3629, 0
	%3631 = extractvalue { float, float, float, float } %3629, 1
	%3632 = extractvalue { float, float, float, float } %3629, 2
	%3633 = extractvalue { float, float, float, float } %3629, 3
	%3634 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3617, i32 %3618, float %3111, float %3112, float %3113, float %3114)
	%3635 = extractvalue { float, float, float, float } %3634, 0
	%3636 = extractvalue { float, float, float, float } %3634, 1
	%3637 = extractvalue { float, float, float, float } %3634, 2
	%3638 = extractvalue { float, float, float, float } %3634, 3
	%3639 = xor i32 %3603, 32
	%3640 = add i32 %3639, 0
	%3641 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3640)
	%3642 = extractvalue { i32, i32, i32, i32 } %3641, 0
	%3643 = extractvalue { i32, i32, i32, i32 } %3641, 1
	%3644 = extractvalue { i32, i32, i32, i32 } %3641, 2
	%3645 = extractvalue { i32, i32, i32, i32 } %3641, 3
	%3646 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3642, i32 %3643, float %3051, float %3052, float %3053, float %3054)
	%3647 = extractvalue { float, float, float, float } %3646, 0
	%3648 = extractvalue { float, float, float, float } %3646, 1
	%3649 = extractvalue { float, float, float, float } %3646, 2
	%3650 = extractvalue { float, float, float, float } %3646, 3
	%3651 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3644, i32 %3645, float %3055, float %3056, float %3057, float %3058)
	%3652 = extractvalue { float, float, float, float } %3651, 0
	%3653 = extractvalue { float, float, float, float } %3651, 1
	%3654 = extractvalue { float, float, float, float } %3651, 2
	%3655 = extractvalue { float, float, float, float } %3651, 3
	%3656 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3642, i32 %3643, float %3115, float %3116, float %3117, float %3118)
	%3657 = extractvalue { float, float, float, float } %3656, 0
	%3658 = extractvalue { float, float, float, float } %3656, 1
	%3659 = extractvalue { float, float, float, float } %3656, 2
	%3660 = extractvalue { float, float, float, float } %3656, 3
	%3661 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3644, i32 %3645, float %3119, float %3120, float %3121, float %3122)
	%3662 = extractvalue { float, float, float, float } %3661, 0
	%3663 = extractvalue { float, float, float, float } %3661, 1
	%3664 = extractvalue { float, float, float, float } %3661, 2
	%3665 = extractvalue { float, float, float, float } %3661, 3
	%3666 = xor i32 %3603, 64
	%3667 = add i32 %3666, 0
	%3668 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3667)
	%3669 = extractvalue { i32, i32, i32, i32 } %3668, 0
	%3670 = extractvalue { i32, i32, i32, i32 } %3668, 1
	%3671 = extractvalue { i32, i32, i32, i32 } %3668, 2
	%3672 = extractvalue { i32, i32, i32, i32 } %3668, 3
	%3673 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3669, i32 %3670, float %3059, float %3060, float %3061, float %3062)
	%3674 = extractvalue { float, float, float, float } %3673, 0
	%3675 = extractvalue { float, float, float, float } %3673, 1
	%3676 = extractvalue { float, float, float, float } %3673, 2
	%3677 = extractvalue { float, float, float, float } %3673, 3
	%3678 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3671, i32 %3672, float %3063, float %3064, float %3065, float %3066)
	%3679 = extractvalue { float, float, float, float } %3678, 0
	%3680 = extractvalue { float, float, float, float } %3678, 1
	%3681 = extractvalue { float, float, float, float } %3678, 2
	%3682 = extractvalue { float, float, float, float } %3678, 3
	%3683 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3669, i32 %3670, float %3123, float %3124, float %3125, float %3126)
	%3684 = extractvalue { float, float, float, float } %3683, 0
	%3685 = extractvalue { float, float, float, float } %3683, 1
	%3686 = extractvalue { float, float, float, float } %3683, 2
	%3687 = extractvalue { float, float, float, float } %3683, 3
	%3688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3671, i32 %3672, float %3127, float %3128, float %3129, float %3130)
	%3689 = extractvalue { float, float, float, float } %3688, 0
	%3690 = extractvalue { float, float, float, float } %3688, 1
	%3691 = extractvalue { float, float, float, float } %3688, 2
	%3692 = extractvalue { float, float, float, float } %3688, 3
	%3693 = xor i32 %3603, 96
	%3694 = add i32 %3693, 0
	%3695 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3694)
	%3696 = extractvalue { i32, i32, i32, i32 } %3695, 0
	%3697 = extractvalue { i32, i32, i32, i32 } %3695, 1
	%3698 = extractvalue { i32, i32, i32, i32 } %3695, 2
	%3699 = extractvalue { i32, i32, i32, i32 } %3695, 3
	%3700 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3696, i32 %3697, float %3067, float %3068, float %3069, float %3070)
	%3701 = extractvalue { float, float, float, float } %3700, 0
	%3702 = extractvalue { float, float, float, float } %3700, 1
	%3703 = extractvalue { float, float, float, float } %3700, 2
	%3704 = extractvalue { float, float, float, float } %3700, 3
	%3705 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3698, i32 %3699, float %3071, float %3072, float %3073, float %3074)
	%3706 = extractvalue { float, float, float, float } %3705, 0
	%3707 = extractvalue { float, float, float, float } %3705, 1
	%3708 = extractvalue { float, float, float, float } %3705, 2
	%3709 = extractvalue { float, float, float, float } %3705, 3
	%3710 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3696, i32 %3697, float %3131, float %3132, float %3133, float %3134)
	%3711 = extractvalue { float, float, float, float } %3710, 0
	%3712 = extractvalue { float, float, float, float } %3710, 1
	%3713 = extractvalue { float, float, float, float } %3710, 2
	%3714 = extractvalue { float, float, float, float } %3710, 3
	%3715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3698, i32 %3699, float %3135, float %3136, float %3137, float %3138)
	%3716 = extractvalue { float, float, float, float } %3715, 0
	%3717 = extractvalue { float, float, float, float } %3715, 1
	%3718 = extractvalue { float, float, float, float } %3715, 2
	%3719 = extractvalue { float, float, float, float } %3715, 3
	%3720 = xor i32 %3603, 128
	%3721 = add i32 %3720, 0
	%3722 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3721)
	%3723 = extractvalue { i32, i32, i32, i32 } %3722, 0
	%3724 = extractvalue { i32, i32, i32, i32 } %3722, 1
	%3725 = extractvalue { i32, i32, i32, i32 } %3722, 2
	%3726 = extractvalue { i32, i32, i32, i32 } %3722, 3
	%3727 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3723, i32 %3724, float %3075, float %3076, float %3077, float %3078)
	%3728 = extractvalue { float, float, float, float } %3727, 0
	%3729 = extractvalue { float, float, float, float } %3727, 1
	%3730 = extractvalue { float, float, float, float } %3727, 2
	%3731 = extractvalue { float, float, float, float } %3727, 3
	%3732 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3725, i32 %3726, float %3079, float %3080, float %3081, float %3082)
	%3733 = extractvalue { float, float, float, float } %3732, 0
	%3734 = extractvalue { float, float, float, float } %3732, 1
	%3735 = extractvalue { float, float, float, float } %3732, 2
	%3736 = extractvalue { float, float, float, float } %3732, 3
	%3737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3723, i32 %3724, float %3139, float %3140, float %3141, float %3142)
	%3738 = extractvalue { float, float, float, float } %3737, 0
	%3739 = extractvalue { float, float, float, float } %3737, 1
	%3740 = extractvalue { float, float, float, float } %3737, 2
	%3741 = extractvalue { float, float, float, float } %3737, 3
	%3742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3725, i32 %3726, float %3143, float %3144, float %3145, float %3146)
	%3743 = extractvalue { float, float, float, float } %3742, 0
	%3744 = extractvalue { float, float, float, float } %3742, 1
	%3745 = extractvalue { float, float, float, float } %3742, 2
	%3746 = extractvalue { float, float, float, float } %3742, 3
	%3747 = xor i32 %3603, 160
	%3748 = add i32 %3747, 0
	%3749 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3748)
	%3750 = extractvalue { i32, i32, i32, i32 } %3749, 0
	%3751 = extractvalue { i32, i32, i32, i32 } %3749, 1
	%3752 = extractvalue { i32, i32, i32, i32 } %3749, 2
	%3753 = extractvalue { i32, i32, i32, i32 } %3749, 3
	%3754 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3750, i32 %3751, float %3083, float %3084, float %3085, float %3086)
	%3755 = extractvalue { float, float, float, float } %3754, 0
	%3756 = extractvalue { float, float, float, float } %3754, 1
	%3757 = extractvalue { float, float, float, float } %3754, 2
	%3758 = extractvalue { float, float, float, float } %3754, 3
	%3759 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3752, i32 %3753, float %3087, float %3088, float %3089, float %3090)
	%3760 = extractvalue { float, float, float, float } %3759, 0
	%3761 = extractvalue { float, float, float, float } %3759, 1
	%3762 = extractvalue { float, float, float, float } %3759, 2
	%3763 = extractvalue { float, float, float, float } %3759, 3
	%3764 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3750, i32 %3751, float %3147, float %3148, float %3149, float %3150)
	%3765 = extractvalue { float, float, float, float } %3764, 0
	%3766 = extractvalue { float, float, float, float } %3764, 1
	%3767 = extractvalue { float, float, float, float } %3764, 2
	%3768 = extractvalue { float, float, float, float } %3764, 3
	%3769 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3752, i32 %3753, float %3151, float %3152, float %3153, float %3154)
	%3770 = extractvalue { float, float, float, float } %3769, 0
	%3771 = extractvalue { float, float, float, float } %3769, 1
	%3772 = extractvalue { float, float, float, float } %3769, 2
	%3773 = extractvalue { float, float, float, float } %3769, 3
	%3774 = xor i32 %3603, 192
	%3775 = add i32 %3774, 0
	%3776 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3775)
	%3777 = extractvalue { i32, i32, i32, i32 } %3776, 0
	%3778 = extractvalue { i32, i32, i32, i32 } %3776, 1
	%3779 = extractvalue { i32, i32, i32, i32 } %3776, 2
	%3780 = extractvalue { i32, i32, i32, i32 } %3776, 3
	%3781 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3777, i32 %3778, float %3091, float %3092, float %3093, float %3094)
	%3782 = extractvalue { float, float, float, float } %3781, 0
	%3783 = extractvalue { float, float, float, float } %3781, 1
	%3784 = extractvalue { float, float, float, float } %3781, 2
	%3785 = extractvalue { float, float, float, float } %3781, 3
	%3786 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3779, i32 %3780, float %3095, float %3096, float %3097, float %3098)
	%3787 = extractvalue { float, float, float, float } %3786, 0
	%3788 = extractvalue { float, float, float, float } %3786, 1
	%3789 = extractvalue { float, float, float, float } %3786, 2
	%3790 = extractvalue { float, float, float, float } %3786, 3
	%3791 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3777, i32 %3778, float %3155, float %3156, float %3157, float %3158)
	%3792 = extractvalue { float, float, float, float } %3791, 0
	%3793 = extractvalue { float, float, float, float } %3791, 1
	%3794 = extractvalue { float, float, float, float } %3791, 2
	%3795 = extractvalue { float, float, float, float } %3791, 3
	%3796 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3779, i32 %3780, float %3159, float %3160, float %3161, float %3162)
	%3797 = extractvalue { float, float, float, float } %3796, 0
	%3798 = extractvalue { float, float, float, float } %3796, 1
	%3799 = extractvalue { float, float, float, float } %3796, 2
	%3800 = extractvalue { float, float, float, float } %3796, 3
	%3801 = xor i32 %3603, 224
	%3802 = add i32 %3801, 0
	%3803 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3802)
	%3804 = extractvalue { i32, i32, i32, i32 } %3803, 0
	%3805 = extractvalue { i32, i32, i32, i32 } %3803, 1
	%3806 = extractvalue { i32, i32, i32, i32 } %3803, 2
	%3807 = extractvalue { i32, i32, i32, i32 } %3803, 3
	%3808 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3804, i32 %3805, float %3099, float %3100, float %3101, float %3102)
	%3809 = extractvalue { float, float, float, float } %3808, 0
	%3810 = extractvalue { float, float, float, float } %3808, 1
	%3811 = extractvalue { float, float, float, float } %3808, 2
	%3812 = extractvalue { float, float, float, float } %3808, 3
	%3813 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3604, i32 %3605, i32 %3606, i32 %3607, i32 %3806, i32 %3807, float %3103, float %3104, float %3105, float %3106)
	%3814 = extractvalue { float, float, float, float } %3813, 0
	%3815 = extractvalue { float, float, float, float } %3813, 1
	%3816 = extractvalue { float, float, float, float } %3813, 2
	%3817 = extractvalue { float, float, float, float } %3813, 3
	%3818 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3804, i32 %3805, float %3163, float %3164, float %3165, float %3166)
	%3819 = extractvalue { float, float, float, float } %3818, 0
	%3820 = extractvalue { float, float, float, float } %3818, 1
	%3821 = extractvalue { float, float, float, float } %3818, 2
	%3822 = extractvalue { float, float, float, float } %3818, 3
	%3823 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3608, i32 %3609, i32 %3610, i32 %3611, i32 %3806, i32 %3807, float %3167, float %3168, float %3169, float %3170)
	%3824 = extractvalue { float, float, float, float } %3823, 0
	%3825 = extractvalue { float, float, float, float } %3823, 1
	%3826 = extractvalue { float, float, float, float } %3823, 2
	%3827 = extractvalue { float, float, float, float } %3823, 3
	%3828 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3190, float %3188)
	%3829 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3242, float %3240)
	%3830 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3194, float %3192)
	%3831 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3246, float %3244)
	%3832 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3294, float %3292)
	%3833 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3346, float %3344)
	%3834 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3298, float %3296)
	%3835 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3350, float %3348)
	%3836 = xor i32 %3603, 0
	%3837 = add i32 %3836, u0x1000
	%3838 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3837)
	%3839 = extractvalue { i32, i32, i32, i32 } %3838, 0
	%3840 = extractvalue { i32, i32, i32, i32 } %3838, 1
	%3841 = extractvalue { i32, i32, i32, i32 } %3838, 2
	%3842 = extractvalue { i32, i32, i32, i32 } %3838, 3
	%3843 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3839, i32 %3840, float %3620, float %3621, float %3622, float %3623)
	%3844 = extractvalue { float, float, float, float } %3843, 0
	%3845 = extractvalue { float, float, float, float } %3843, 1
	%3846 = extractvalue { float, float, float, float } %3843, 2
	%3847 = extractvalue { float, float, float, float } %3843, 3
	%3848 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3841, i32 %3842, float %3625, float %3626, float %3627, float %3628)
	%3849 = extractvalue { float, float, float, float } %3848, 0
	%3850 = extractvalue { float, float, float, float } %3848, 1
	%3851 = extractvalue { float, float, float, float } %3848, 2
	%3852 = extractvalue { float, float, float, float } %3848, 3
	%3853 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3839, i32 %3840, float %3630, float %3631, float %3632, float %3633)
	%3854 = extractvalue { float, float, float, float } %3853, 0
	%3855 = extractvalue { float, float, float, float } %3853, 1
	%3856 = extractvalue { float, float, float, float } %3853, 2
	%3857 = extractvalue { float, float, float, float } %3853, 3
	%3858 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3841, i32 %3842, float %3635, float %3636, float %3637, float %3638)
	%3859 = extractvalue { float, float, float, float } %3858, 0
	%3860 = extractvalue { float, float, float, float } %3858, 1
	%3861 = extractvalue { float, float, float, float } %3858, 2
	%3862 = extractvalue { float, float, float, float } %3858, 3
	%3863 = xor i32 %3603, 32
	%3864 = add i32 %3863, u0x1000
	%3865 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3864)
	%3866 = extractvalue { i32, i32, i32, i32 } %3865, 0
	%3867 = extractvalue { i32, i32, i32, i32 } %3865, 1
	%3868 = extractvalue { i32, i32, i32, i32 } %3865, 2
	%3869 = extractvalue { i32, i32, i32, i32 } %3865, 3
	%3870 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3866, i32 %3867, float %3647, float %3648, float %3649, float %3650)
	%3871 = extractvalue { float, float, float, float } %3870, 0
	%3872 = extractvalue { float, float, float, float } %3870, 1
	%3873 = extractvalue { float, float, float, float } %3870, 2
	%3874 = extractvalue { float, float, float, float } %3870, 3
	%3875 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3868, i32 %3869, float %3652, float %3653, float %3654, float %3655)
	%3876 = extractvalue { float, float, float, float } %3875, 0
	%3877 = extractvalue { float, float, float, float } %3875, 1
	%3878 = extractvalue { float, float, float, float } %3875, 2
	%3879 = extractvalue { float, float, float, float } %3875, 3
	%3880 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3866, i32 %3867, float %3657, float %3658, float %3659, float %3660)
	%3881 = extractvalue { float, float, float, float } %3880, 0
	%3882 = extractvalue { float, float, float, float } %3880, 1
	%3883 = extractvalue { float, float, float, float } %3880, 2
	%3884 = extractvalue { float, float, float, float } %3880, 3
	%3885 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3868, i32 %3869, float %3662, float %3663, float %3664, float %3665)
	%3886 = extractvalue { float, float, float, float } %3885, 0
	%3887 = extractvalue { float, float, float, float } %3885, 1
	%3888 = extractvalue { float, float, float, float } %3885, 2
	%3889 = extractvalue { float, float, float, float } %3885, 3
	%3890 = xor i32 %3603, 64
	%3891 = add i32 %3890, u0x1000
	%3892 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3891)
	%3893 = extractvalue { i32, i32, i32, i32 } %3892, 0
	%3894 = extractvalue { i32, i32, i32, i32 } %3892, 1
	%3895 = extractvalue { i32, i32, i32, i32 } %3892, 2
	%3896 = extractvalue { i32, i32, i32, i32 } %3892, 3
	%3897 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3893, i32 %3894, float %3674, float %3675, float %3676, float %3677)
	%3898 = extractvalue { float, float, float, float } %3897, 0
	%3899 = extractvalue { float, float, float, float } %3897, 1
	%3900 = extractvalue { float, float, float, float } %3897, 2
	%3901 = extractvalue { float, float, float, float } %3897, 3
	%3902 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3895, i32 %3896, float %3679, float %3680, float %3681, float %3682)
	%3903 = extractvalue { float, float, float, float } %3902, 0
	%3904 = extractvalue { float, float, float, float } %3902, 1
	%3905 = extractvalue { float, float, float, float } %3902, 2
	%3906 = extractvalue { float, float, float, float } %3902, 3
	%3907 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3893, i32 %3894, float %3684, float %3685, float %3686, float %3687)
	%3908 = extractvalue { float, float, float, float } %3907, 0
	%3909 = extractvalue { float, float, float, float } %3907, 1
	%3910 = extractvalue { float, float, float, float } %3907, 2
	%3911 = extractvalue { float, float, float, float } %3907, 3
	%3912 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3895, i32 %3896, float %3689, float %3690, float %3691, float %3692)
	%3913 = extractvalue { float, float, float, float } %3912, 0
	%3914 = extractvalue { float, float, float, float } %3912, 1
	%3915 = extractvalue { float, float, float, float } %3912, 2
	%3916 = extractvalue { float, float, float, float } %3912, 3
	%3917 = xor i32 %3603, 96
	%3918 = add i32 %3917, u0x1000
	%3919 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3918)
	%3920 = extractvalue { i32, i32, i32, i32 } %3919, 0
	%3921 = extractvalue { i32, i32, i32, i32 } %3919, 1
	%3922 = extractvalue { i32, i32, i32, i32 } %3919, 2
	%3923 = extractvalue { i32, i32, i32, i32 } %3919, 3
	%3924 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3920, i32 %3921, float %3701, float %3702, float %3703, float %3704)
	%3925 = extractvalue { float, float, float, float } %3924, 0
	%3926 = extractvalue { float, float, float, float } %3924, 1
	%3927 = extractvalue { float, float, float, float } %3924, 2
	%3928 = extractvalue { float, float, float, float } %3924, 3
	%3929 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3922, i32 %3923, float %3706, float %3707, float %3708, float %3709)
	%3930 = extractvalue { float, float, float, float } %3929, 0
	%3931 = extractvalue { float, float, float, float } %3929, 1
	%3932 = extractvalue { float, float, float, float } %3929, 2
	%3933 = extractvalue { float, float, float, float } %3929, 3
	%3934 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3920, i32 %3921, float %3711, float %3712, float %3713, float %3714)
	%3935 = extractvalue { float, float, float, float } %3934, 0
	%3936 = extractvalue { float, float, float, float } %3934, 1
	%3937 = extractvalue { float, float, float, float } %3934, 2
	%3938 = extractvalue { float, float, float, float } %3934, 3
	%3939 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3922, i32 %3923, float %3716, float %3717, float %3718, float %3719)
	%3940 = extractvalue { float, float, float, float } %3939, 0
	%3941 = extractvalue { float, float, float, float } %3939, 1
	%3942 = extractvalue { float, float, float, float } %3939, 2
	%3943 = extractvalue { float, float, float, float } %3939, 3
	%3944 = xor i32 %3603, 128
	%3945 = add i32 %3944, u0x1000
	%3946 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3945)
	%3947 = extractvalue { i32, i32, i32, i32 } %3946, 0
	%3948 = extractvalue { i32, i32, i32, i32 } %3946, 1
	%3949 = extractvalue { i32, i32, i32, i32 } %3946, 2
	%3950 = extractvalue { i32, i32, i32, i32 } %3946, 3
	%3951 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3947, i32 %3948, float %3728, float %3729, float %3730, float %3731)
	%3952 = extractvalue { float, float, float, float } %3951, 0
	%3953 = extractvalue { float, float, float, float } %3951, 1
	%3954 = extractvalue { float, float, float, float } %3951, 2
	%3955 = extractvalue { float, float, float, float } %3951, 3
	%3956 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3949, i32 %3950, float %3733, float %3734, float %3735, float %3736)
	%3957 = extractvalue { float, float, float, float } %3956, 0
	%3958 = extractvalue { float, float, float, float } %3956, 1
	%3959 = extractvalue { float, float, float, float } %3956, 2
	%3960 = extractvalue { float, float, float, float } %3956, 3
	%3961 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3947, i32 %3948, float %3738, float %3739, float %3740, float %3741)
	%3962 = extractvalue { float, float, float, float } %3961, 0
	%3963 = extractvalue { float, float, float, float } %3961, 1
	%3964 = extractvalue { float, float, float, float } %3961, 2
	%3965 = extractvalue { float, float, float, float } %3961, 3
	%3966 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3949, i32 %3950, float %3743, float %3744, float %3745, float %3746)
	%3967 = extractvalue { float, float, float, float } %3966, 0
	%3968 = extractvalue { float, float, float, float } %3966, 1
	%3969 = extractvalue { float, float, float, float } %3966, 2
	%3970 = extractvalue { float, float, float, float } %3966, 3
	%3971 = xor i32 %3603, 160
	%3972 = add i32 %3971, u0x1000
	%3973 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3972)
	%3974 = extractvalue { i32, i32, i32, i32 } %3973, 0
	%3975 = extractvalue { i32, i32, i32, i32 } %3973, 1
	%3976 = extractvalue { i32, i32, i32, i32 } %3973, 2
	%3977 = extractvalue { i32, i32, i32, i32 } %3973, 3
	%3978 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3974, i32 %3975, float %3755, float %3756, float %3757, float %3758)
	%3979 = extractvalue { float, float, float, float } %3978, 0
	%3980 = extractvalue { float, float, float, float } %3978, 1
	%3981 = extractvalue { float, float, float, float } %3978, 2
	%3982 = extractvalue { float, float, float, float } %3978, 3
	%3983 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %3976, i32 %3977, float %3760, float %3761, float %3762, float %3763)
	%3984 = extractvalue { float, float, float, float } %3983, 0
	%3985 = extractvalue { float, float, float, float } %3983, 1
	%3986 = extractvalue { float, float, float, float } %3983, 2
	%3987 = extractvalue { float, float, float, float } %3983, 3
	%3988 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3974, i32 %3975, float %3765, float %3766, float %3767, float %3768)
	%3989 = extractvalue { float, float, float, float } %3988, 0
	%3990 = extractvalue { float, float, float, float } %3988, 1
	%3991 = extractvalue { float, float, float, float } %3988, 2
	%3992 = extractvalue { float, float, float, float } %3988, 3
	%3993 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %3976, i32 %3977, float %3770, float %3771, float %3772, float %3773)
	%3994 = extractvalue { float, float, float, float } %3993, 0
	%3995 = extractvalue { float, float, float, float } %3993, 1
	%3996 = extractvalue { float, float, float, float } %3993, 2
	%3997 = extractvalue { float, float, float, float } %3993, 3
	%3998 = xor i32 %3603, 192
	%3999 = add i32 %3998, u0x1000
	%4000 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3999)
	%4001 = extractvalue { i32, i32, i32, i32 } %4000, 0
	%4002 = extractvalue { i32, i32, i32, i32 } %4000, 1
	%4003 = extractvalue { i32, i32, i32, i32 } %4000, 2
	%4004 = extractvalue { i32, i32, i32, i32 } %4000, 3
	%4005 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %4001, i32 %4002, float %3782, float %3783, float %3784, float %3785)
	%4006 = extractvalue { float, float, float, float } %4005, 0
	%4007 = extractvalue { float, float, float, float } %4005, 1
	%4008 = extractvalue { float, float, float, float } %4005, 2
	%4009 = extractvalue { float, float, float, float } %4005, 3
	%4010 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %4003, i32 %4004, float %3787, float %3788, float %3789, float %3790)
	%4011 = extractvalue { float, float, float, float } %4010, 0
	%4012 = extractvalue { float, float, float, float } %4010, 1
	%4013 = extractvalue { float, float, float, float } %4010, 2
	%4014 = extractvalue { float, float, float, float } %4010, 3
	%4015 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %4001, i32 %4002, float %3792, float %3793, float %3794, float %3795)
	%4016 = extractvalue { float, float, float, float } %4015, 0
	%4017 = extractvalue { float, float, float, float } %4015, 1
	%4018 = extractvalue { float, float, float, float } %4015, 2
	%4019 = extractvalue { float, float, float, float } %4015, 3
	%4020 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %4003, i32 %4004, float %3797, float %3798, float %3799, float %3800)
	%4021 = extractvalue { float, float, float, float } %4020, 0
	%4022 = extractvalue { float, float, float, float } %4020, 1
	%4023 = extractvalue { float, float, float, float } %4020, 2
	%4024 = extractvalue { float, float, float, float } %4020, 3
	%4025 = xor i32 %3603, 224
	%4026 = add i32 %4025, u0x1000
	%4027 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4026)
	%4028 = extractvalue { i32, i32, i32, i32 } %4027, 0
	%4029 = extractvalue { i32, i32, i32, i32 } %4027, 1
	%4030 = extractvalue { i32, i32, i32, i32 } %4027, 2
	%4031 = extractvalue { i32, i32, i32, i32 } %4027, 3
	%4032 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %4028, i32 %4029, float %3809, float %3810, float %3811, float %3812)
	%4033 = extractvalue { float, float, float, float } %4032, 0
	%4034 = extractvalue { float, float, float, float } %4032, 1
	%4035 = extractvalue { float, float, float, float } %4032, 2
	%4036 = extractvalue { float, float, float, float } %4032, 3
	%4037 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3828, i32 %3829, i32 %3830, i32 %3831, i32 %4030, i32 %4031, float %3814, float %3815, float %3816, float %3817)
	%4038 = extractvalue { float, float, float, float } %4037, 0
	%4039 = extractvalue { float, float, float, float } %4037, 1
	%4040 = extractvalue { float, float, float, float } %4037, 2
	%4041 = extractvalue { float, float, float, float } %4037, 3
	%4042 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %4028, i32 %4029, float %3819, float %3820, float %3821, float %3822)
	%4043 = extractvalue { float, float, float, float } %4042, 0
	%4044 = extractvalue { float, float, float, float } %4042, 1
	%4045 = extractvalue { float, float, float, float } %4042, 2
	%4046 = extractvalue { float, float, float, float } %4042, 3
	%4047 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3832, i32 %3833, i32 %3834, i32 %3835, i32 %4030, i32 %4031, float %3824, float %3825, float %3826, float %3827)
	%4048 = extractvalue { float, float, float, float } %4047, 0
	%4049 = extractvalue { float, float, float, float } %4047, 1
	%4050 = extractvalue { float, float, float, float } %4047, 2
	%4051 = extractvalue { float, float, float, float } %4047, 3
	%4052 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3198, float %3196)
	%4053 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3250, float %3248)
	%4054 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3202, float %3200)
	%4055 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3254, float %3252)
	%4056 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3302, float %3300)
	%4057 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3354, float %3352)
	%4058 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3306, float %3304)
	%4059 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3358, float %3356)
	%4060 = xor i32 %3603, 0
	%4061 = add i32 %4060, u0x2000
	%4062 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4061)
	%4063 = extractvalue { i32, i32, i32, i32 } %4062, 0
	%4064 = extractvalue { i32, i32, i32, i32 } %4062, 1
	%4065 = extractvalue { i32, i32, i32, i32 } %4062, 2
	%4066 = extractvalue { i32, i32, i32, i32 } %4062, 3
	%4067 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4063, i32 %4064, float %3844, float %3845, float %3846, float %3847)
	%4068 = extractvalue { float, float, float, float } %4067, 0
	%4069 = extractvalue { float, float, float, float } %4067, 1
	%4070 = extractvalue { float, float, float, float } %4067, 2
	%4071 = extractvalue { float, float, float, float } %4067, 3
	%4072 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4065, i32 %4066, float %3849, float %3850, float %3851, float %3852)
	%4073 = extractvalue { float, float, float, float } %4072, 0
	%4074 = extractvalue { float, float, float, float } %4072, 1
	%4075 = extractvalue { float, float, float, float } %4072, 2
	%4076 = extractvalue { float, float, float, float } %4072, 3
	%4077 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4063, i32 %4064, float %3854, float %3855, float %3856, float %3857)
	%4078 = extractvalue { float, float, float, float } %4077, 0
	%4079 = extractvalue { float, float, float, float } %4077, 1
	%4080 = extractvalue { float, float, float, float } %4077, 2
	%4081 = extractvalue { float, float, float, float } %4077, 3
	%4082 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4065, i32 %4066, float %3859, float %3860, float %3861, float %3862)
	%4083 = extractvalue { float, float, float, float } %4082, 0
	%4084 = extractvalue { float, float, float, float } %4082, 1
	%4085 = extractvalue { float, float, float, float } %4082, 2
	%4086 = extractvalue { float, float, float, float } %4082, 3
	%4087 = xor i32 %3603, 32
	%4088 = add i32 %4087, u0x2000
	%4089 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4088)
	%4090 = extractvalue { i32, i32, i32, i32 } %4089, 0
	%4091 = extractvalue { i32, i32, i32, i32 } %4089, 1
	%4092 = extractvalue { i32, i32, i32, i32 } %4089, 2
	%4093 = extractvalue { i32, i32, i32, i32 } %4089, 3
	%4094 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4090, i32 %4091, float %3871, float %3872, float %3873, float %3874)
	%4095 = extractvalue { float, float, float, float } %4094, 0
	%4096 = extractvalue { float, float, float, float } %4094, 1
	%4097 = extractvalue { float, float, float, float } %4094, 2
	%4098 = extractvalue { float, float, float, float } %4094, 3
	%4099 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4092, i32 %4093, float %3876, float %3877, float %3878, float %3879)
	%4100 = extractvalue { float, float, float, float } %4099, 0
	%4101 = extractvalue { float, float, float, float } %4099, 1
	%4102 = extractvalue { float, float, float, float } %4099, 2
	%4103 = extractvalue { float, float, float, float } %4099, 3
	%4104 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4090, i32 %4091, float %3881, float %3882, float %3883, float %3884)
	%4105 = extractvalue { float, float, float, float } %4104, 0
	%4106 = extractvalue { float, float, float, float } %4104, 1
	%4107 = extractvalue { float, float, float, float } %4104, 2
	%4108 = extractvalue { float, float, float, float } %4104, 3
	%4109 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4092, i32 %4093, float %3886, float %3887, float %3888, float %3889)
	%4110 = extractvalue { float, float, float, float } %4109, 0
	%4111 = extractvalue { float, float, float, float } %4109, 1
	%4112 = extractvalue { float, float, float, float } %4109, 2
	%4113 = extractvalue { float, float, float, float } %4109, 3
	%4114 = xor i32 %3603, 64
	%4115 = add i32 %4114, u0x2000
	%4116 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4115)
	%4117 = extractvalue { i32, i32, i32, i32 } %4116, 0
	%4118 = extractvalue { i32, i32, i32, i32 } %4116, 1
	%4119 = extractvalue { i32, i32, i32, i32 } %4116, 2
	%4120 = extractvalue { i32, i32, i32, i32 } %4116, 3
	%4121 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4117, i32 %4118, float %3898, float %3899, float %3900, float %3901)
	%4122 = extractvalue { float, float, float, float } %4121, 0
	%4123 = extractvalue { float, float, float, float } %4121, 1
	%4124 = extractvalue { float, float, float, float } %4121, 2
	%4125 = extractvalue { float, float, float, float } %4121, 3
	%4126 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4119, i32 %4120, float %3903, float %3904, float %3905, float %3906)
	%4127 = extractvalue { float, float, float, float } %4126, 0
	%4128 = extractvalue { float, float, float, float } %4126, 1
	%4129 = extractvalue { float, float, float, float } %4126, 2
	%4130 = extractvalue { float, float, float, float } %4126, 3
	%4131 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4117, i32 %4118, float %3908, float %3909, float %3910, float %3911)
	%4132 = extractvalue { float, float, float, float } %4131, 0
	%4133 = extractvalue { float, float, float, float } %4131, 1
	%4134 = extractvalue { float, float, float, float } %4131, 2
	%4135 = extractvalue { float, float, float, float } %4131, 3
	%4136 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4119, i32 %4120, float %3913, float %3914, float %3915, float %3916)
	%4137 = extractvalue { float, float, float, float } %4136, 0
	%4138 = extractvalue { float, float, float, float } %4136, 1
	%4139 = extractvalue { float, float, float, float } %4136, 2
	%4140 = extractvalue { float, float, float, float } %4136, 3
	%4141 = xor i32 %3603, 96
	%4142 = add i32 %4141, u0x2000
	%4143 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4142)
	%4144 = extractvalue { i32, i32, i32, i32 } %4143, 0
	%4145 = extractvalue { i32, i32, i32, i32 } %4143, 1
	%4146 = extractvalue { i32, i32, i32, i32 } %4143, 2
	%4147 = extractvalue { i32, i32, i32, i32 } %4143, 3
	%4148 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4144, i32 %4145, float %3925, float %3926, float %3927, float %3928)
	%4149 = extractvalue { float, float, float, float } %4148, 0
	%4150 = extractvalue { float, float, float, float } %4148, 1
	%4151 = extractvalue { float, float, float, float } %4148, 2
	%4152 = extractvalue { float, float, float, float } %4148, 3
	%4153 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4146, i32 %4147, float %3930, float %3931, float %3932, float %3933)
	%4154 = extractvalue { float, float, float, float } %4153, 0
	%4155 = extractvalue { float, float, float, float } %4153, 1
	%4156 = extractvalue { float, float, float, float } %4153, 2
	%4157 = extractvalue { float, float, float, float } %4153, 3
	%4158 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4144, i32 %4145, float %3935, float %3936, float %3937, float %3938)
	%4159 = extractvalue { float, float, float, float } %4158, 0
	%4160 = extractvalue { float, float, float, float } %4158, 1
	%4161 = extractvalue { float, float, float, float } %4158, 2
	%4162 = extractvalue { float, float, float, float } %4158, 3
	%4163 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4146, i32 %4147, float %3940, float %3941, float %3942, float %3943)
	%4164 = extractvalue { float, float, float, float } %4163, 0
	%4165 = extractvalue { float, float, float, float } %4163, 1
	%4166 = extractvalue { float, float, float, float } %4163, 2
	%4167 = extractvalue { float, float, float, float } %4163, 3
	%4168 = xor i32 %3603, 128
	%4169 = add i32 %4168, u0x2000
	%4170 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4169)
	%4171 = extractvalue { i32, i32, i32, i32 } %4170, 0
	%4172 = extractvalue { i32, i32, i32, i32 } %4170, 1
	%4173 = extractvalue { i32, i32, i32, i32 } %4170, 2
	%4174 = extractvalue { i32, i32, i32, i32 } %4170, 3
	%4175 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4171, i32 %4172, float %3952, float %3953, float %3954, float %3955)
	%4176 = extractvalue { float, float, float, float } %4175, 0
	%4177 = extractvalue { float, float, float, float } %4175, 1
	%4178 = extractvalue { float, float, float, float } %4175, 2
	%4179 = extractvalue { float, float, float, float } %4175, 3
	%4180 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4173, i32 %4174, float %3957, float %3958, float %3959, float %3960)
	%4181 = extractvalue { float, float, float, float } %4180, 0
	%4182 = extractvalue { float, float, float, float } %4180, 1
	%4183 = extractvalue { float, float, float, float } %4180, 2
	%4184 = extractvalue { float, float, float, float } %4180, 3
	%4185 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4171, i32 %4172, float %3962, float %3963, float %3964, float %3965)
	%4186 = extractvalue { float, float, float, float } %4185, 0
	%4187 = extractvalue { float, float, float, float } %4185, 1
	%4188 = extractvalue { float, float, float, float } %4185, 2
	%4189 = extractvalue { float, float, float, float } %4185, 3
	%4190 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4173, i32 %4174, float %3967, float %3968, float %3969, float %3970)
	%4191 = extractvalue { float, float, float, float } %4190, 0
	%4192 = extractvalue { float, float, float, float } %4190, 1
	%4193 = extractvalue { float, float, float, float } %4190, 2
	%4194 = extractvalue { float, float, float, float } %4190, 3
	%4195 = xor i32 %3603, 160
	%4196 = add i32 %4195, u0x2000
	%4197 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4196)
	%4198 = extractvalue { i32, i32, i32, i32 } %4197, 0
	%4199 = extractvalue { i32, i32, i32, i32 } %4197, 1
	%4200 = extractvalue { i32, i32, i32, i32 } %4197, 2
	%4201 = extractvalue { i32, i32, i32, i32 } %4197, 3
	%4202 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4198, i32 %4199, float %3979, float %3980, float %3981, float %3982)
	%4203 = extractvalue { float, float, float, float } %4202, 0
	%4204 = extractvalue { float, float, float, float } %4202, 1
	%4205 = extractvalue { float, float, float, float } %4202, 2
	%4206 = extractvalue { float, float, float, float } %4202, 3
	%4207 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4200, i32 %4201, float %3984, float %3985, float %3986, float %3987)
	%4208 = extractvalue { float, float, float, float } %4207, 0
	%4209 = extractvalue { float, float, float, float } %4207, 1
	%4210 = extractvalue { float, float, float, float } %4207, 2
	%4211 = extractvalue { float, float, float, float } %4207, 3
	%4212 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4198, i32 %4199, float %3989, float %3990, float %3991, float %3992)
	%4213 = extractvalue { float, float, float, float } %4212, 0
	%4214 = extractvalue { float, float, float, float } %4212, 1
	%4215 = extractvalue { float, float, float, float } %4212, 2
	%4216 = extractvalue { float, float, float, float } %4212, 3
	%4217 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4200, i32 %4201, float %3994, float %3995, float %3996, float %3997)
	%4218 = extractvalue { float, float, float, float } %4217, 0
	%4219 = extractvalue { float, float, float, float } %4217, 1
	%4220 = extractvalue { float, float, float, float } %4217, 2
	%4221 = extractvalue { float, float, float, float } %4217, 3
	%4222 = xor i32 %3603, 192
	%4223 = add i32 %4222, u0x2000
	%4224 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4223)
	%4225 = extractvalue { i32, i32, i32, i32 } %4224, 0
	%4226 = extractvalue { i32, i32, i32, i32 } %4224, 1
	%4227 = extractvalue { i32, i32, i32, i32 } %4224, 2
	%4228 = extractvalue { i32, i32, i32, i32 } %4224, 3
	%4229 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4225, i32 %4226, float %4006, float %4007, float %4008, float %4009)
	%4230 = extractvalue { float, float, float, float } %4229, 0
	%4231 = extractvalue { float, float, float, float } %4229, 1
	%4232 = extractvalue { float, float, float, float } %4229, 2
	%4233 = extractvalue { float, float, float, float } %4229, 3
	%4234 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4227, i32 %4228, float %4011, float %4012, float %4013, float %4014)
	%4235 = extractvalue { float, float, float, float } %4234, 0
	%4236 = extractvalue { float, float, float, float } %4234, 1
	%4237 = extractvalue { float, float, float, float } %4234, 2
	%4238 = extractvalue { float, float, float, float } %4234, 3
	%4239 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4225, i32 %4226, float %4016, float %4017, float %4018, float %4019)
	%4240 = extractvalue { float, float, float, float } %4239, 0
	%4241 = extractvalue { float, float, float, float } %4239, 1
	%4242 = extractvalue { float, float, float, float } %4239, 2
	%4243 = extractvalue { float, float, float, float } %4239, 3
	%4244 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4227, i32 %4228, float %4021, float %4022, float %4023, float %4024)
	%4245 = extractvalue { float, float, float, float } %4244, 0
	%4246 = extractvalue { float, float, float, float } %4244, 1
	%4247 = extractvalue { float, float, float, float } %4244, 2
	%4248 = extractvalue { float, float, float, float } %4244, 3
	%4249 = xor i32 %3603, 224
	%4250 = add i32 %4249, u0x2000
	%4251 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4250)
	%4252 = extractvalue { i32, i32, i32, i32 } %4251, 0
	%4253 = extractvalue { i32, i32, i32, i32 } %4251, 1
	%4254 = extractvalue { i32, i32, i32, i32 } %4251, 2
	%4255 = extractvalue { i32, i32, i32, i32 } %4251, 3
	%4256 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4252, i32 %4253, float %4033, float %4034, float %4035, float %4036)
	%4257 = extractvalue { float, float, float, float } %4256, 0
	%4258 = extractvalue { float, float, float, float } %4256, 1
	%4259 = extractvalue { float, float, float, float } %4256, 2
	%4260 = extractvalue { float, float, float, float } %4256, 3
	%4261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4052, i32 %4053, i32 %4054, i32 %4055, i32 %4254, i32 %4255, float %4038, float %4039, float %4040, float %4041)
	%4262 = extractvalue { float, float, float, float } %4261, 0
	%4263 = extractvalue { float, float, float, float } %4261, 1
	%4264 = extractvalue { float, float, float, float } %4261, 2
	%4265 = extractvalue { float, float, float, float } %4261, 3
	%4266 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4252, i32 %4253, float %4043, float %4044, float %4045, float %4046)
	%4267 = extractvalue { float, float, float, float } %4266, 0
	%4268 = extractvalue { float, float, float, float } %4266, 1
	%4269 = extractvalue { float, float, float, float } %4266, 2
	%4270 = extractvalue { float, float, float, float } %4266, 3
	%4271 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4056, i32 %4057, i32 %4058, i32 %4059, i32 %4254, i32 %4255, float %4048, float %4049, float %4050, float %4051)
	%4272 = extractvalue { float, float, float, float } %4271, 0
	%4273 = extractvalue { float, float, float, float } %4271, 1
	%4274 = extractvalue { float, float, float, float } %4271, 2
	%4275 = extractvalue { float, float, float, float } %4271, 3
	%4276 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3206, float %3204)
	%4277 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3258, float %3256)
	%4278 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3210, float %3208)
	%4279 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3262, float %3260)
	%4280 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3310, float %3308)
	%4281 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3362, float %3360)
	%4282 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3314, float %3312)
	%4283 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3366, float %3364)
	%4284 = xor i32 %3603, 0
	%4285 = add i32 %4284, 12288
	%4286 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4285)
	%4287 = extractvalue { i32, i32, i32, i32 } %4286, 0
	%4288 = extractvalue { i32, i32, i32, i32 } %4286, 1
	%4289 = extractvalue { i32, i32, i32, i32 } %4286, 2
	%4290 = extractvalue { i32, i32, i32, i32 } %4286, 3
	%4291 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4287, i32 %4288, float %4068, float %4069, float %4070, float %4071)
	%4292 = extractvalue { float, float, float, float } %4291, 0
	%4293 = extractvalue { float, float, float, float } %4291, 1
	%4294 = extractvalue { float, float, float, float } %4291, 2
	%4295 = extractvalue { float, float, float, float } %4291, 3
	%4296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4289, i32 %4290, float %4073, float %4074, float %4075, float %4076)
	%4297 = extractvalue { float, float, float, float } %4296, 0
	%4298 = extractvalue { float, float, float, float } %4296, 1
	%4299 = extractvalue { float, float, float, float } %4296, 2
	%4300 = extractvalue { float, float, float, float } %4296, 3
	%4301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4287, i32 %4288, float %4078, float %4079, float %4080, float %4081)
	%4302 = extractvalue { float, float, float, float } %4301, 0
	%4303 = extractvalue { float, float, float, float } %4301, 1
	%4304 = extractvalue { float, float, float, float } %4301, 2
	%4305 = extractvalue { float, float, float, float } %4301, 3
	%4306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4289, i32 %4290, float %4083, float %4084, float %4085, float %4086)
	%4307 = extractvalue { float, float, float, float } %4306, 0
	%4308 = extractvalue { float, float, float, float } %4306, 1
	%4309 = extractvalue { float, float, float, float } %4306, 2
	%4310 = extractvalue { float, float, float, float } %4306, 3
	%4311 = xor i32 %3603, 32
	%4312 = add i32 %4311, 12288
	%4313 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4312)
	%4314 = extractvalue { i32, i32, i32, i32 } %4313, 0
	%4315 = extractvalue { i32, i32, i32, i32 } %4313, 1
	%4316 = extractvalue { i32, i32, i32, i32 } %4313, 2
	%4317 = extractvalue { i32, i32, i32, i32 } %4313, 3
	%4318 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4314, i32 %4315, float %4095, float %4096, float %4097, float %4098)
	%4319 = extractvalue { float, float, float, float } %4318, 0
	%4320 = extractvalue { float, float, float, float } %4318, 1
	%4321 = extractvalue { float, float, float, float } %4318, 2
	%4322 = extractvalue { float, float, float, float } %4318, 3
	%4323 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4316, i32 %4317, float %4100, float %4101, float %4102, float %4103)
	%4324 = extractvalue { float, float, float, float } %4323, 0
	%4325 = extractvalue { float, float, float, float } %4323, 1
	%4326 = extractvalue { float, float, float, float } %4323, 2
	%4327 = extractvalue { float, float, float, float } %4323, 3
	%4328 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4314, i32 %4315, float %4105, float %4106, float %4107, float %4108)
	%4329 = extractvalue { float, float, float, float } %4328, 0
	%4330 = extractvalue { float, float, float, float } %4328, 1
	%4331 = extractvalue { float, float, float, float } %4328, 2
	%4332 = extractvalue { float, float, float, float } %4328, 3
	%4333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4316, i32 %4317, float %4110, float %4111, float %4112, float %4113)
	%4334 = extractvalue { float, float, float, float } %4333, 0
	%4335 = extractvalue { float, float, float, float } %4333, 1
	%4336 = extractvalue { float, float, float, float } %4333, 2
	%4337 = extractvalue { float, float, float, float } %4333, 3
	%4338 = xor i32 %3603, 64
	%4339 = add i32 %4338, 12288
	%4340 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4339)
	%4341 = extractvalue { i32, i32, i32, i32 } %4340, 0
	%4342 = extractvalue { i32, i32, i32, i32 } %4340, 1
	%4343 = extractvalue { i32, i32, i32, i32 } %4340, 2
	%4344 = extractvalue { i32, i32, i32, i32 } %4340, 3
	%4345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4341, i32 %4342, float %4122, float %4123, float %4124, float %4125)
	%4346 = extractvalue { float, float, float, float } %4345, 0
	%4347 = extractvalue { float, float, float, float } %4345, 1
	%4348 = extractvalue { float, float, float, float } %4345, 2
	%4349 = extractvalue { float, float, float, float } %4345, 3
	%4350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4343, i32 %4344, float %4127, float %4128, float %4129, float %4130)
	%4351 = extractvalue { float, float, float, float } %4350, 0
	%4352 = extractvalue { float, float, float, float } %4350, 1
	%4353 = extractvalue { float, float, float, float } %4350, 2
	%4354 = extractvalue { float, float, float, float } %4350, 3
	%4355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4341, i32 %4342, float %4132, float %4133, float %4134, float %4135)
	%4356 = extractvalue { float, float, float, float } %4355, 0
	%4357 = extractvalue { float, float, float, float } %4355, 1
	%4358 = extractvalue { float, float, float, float } %4355, 2
	%4359 = extractvalue { float, float, float, float } %4355, 3
	%4360 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4343, i32 %4344, float %4137, float %4138, float %4139, float %4140)
	%4361 = extractvalue { float, float, float, float } %4360, 0
	%4362 = extractvalue { float, float, float, float } %4360, 1
	%4363 = extractvalue { float, float, float, float } %4360, 2
	%4364 = extractvalue { float, float, float, float } %4360, 3
	%4365 = xor i32 %3603, 96
	%4366 = add i32 %4365, 12288
	%4367 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4366)
	%4368 = extractvalue { i32, i32, i32, i32 } %4367, 0
	%4369 = extractvalue { i32, i32, i32, i32 } %4367, 1
	%4370 = extractvalue { i32, i32, i32, i32 } %4367, 2
	%4371 = extractvalue { i32, i32, i32, i32 } %4367, 3
	%4372 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4368, i32 %4369, float %4149, float %4150, float %4151, float %4152)
	%4373 = extractvalue { float, float, float, float } %4372, 0
	%4374 = extractvalue { float, float, float, float } %4372, 1
	%4375 = extractvalue { float, float, float, float } %4372, 2
	%4376 = extractvalue { float, float, float, float } %4372, 3
	%4377 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4370, i32 %4371, float %4154, float %4155, float %4156, float %4157)
	%4378 = extractvalue { float, float, float, float } %4377, 0
	%4379 = extractvalue { float, float, float, float } %4377, 1
	%4380 = extractvalue { float, float, float, float } %4377, 2
	%4381 = extractvalue { float, float, float, float } %4377, 3
	%4382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4368, i32 %4369, float %4159, float %4160, float %4161, float %4162)
	%4383 = extractvalue { float, float, float, float } %4382, 0
	%4384 = extractvalue { float, float, float, float } %4382, 1
	%4385 = extractvalue { float, float, float, float } %4382, 2
	%4386 = extractvalue { float, float, float, float } %4382, 3
	%4387 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4370, i32 %4371, float %4164, float %4165, float %4166, float %4167)
	%4388 = extractvalue { float, float, float, float } %4387, 0
	%4389 = extractvalue { float, float, float, float } %4387, 1
	%4390 = extractvalue { float, float, float, float } %4387, 2
	%4391 = extractvalue { float, float, float, float } %4387, 3
	%4392 = xor i32 %3603, 128
	%4393 = add i32 %4392, 12288
	%4394 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4393)
	%4395 = extractvalue { i32, i32, i32, i32 } %4394, 0
	%4396 = extractvalue { i32, i32, i32, i32 } %4394, 1
	%4397 = extractvalue { i32, i32, i32, i32 } %4394, 2
	%4398 = extractvalue { i32, i32, i32, i32 } %4394, 3
	%4399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4395, i32 %4396, float %4176, float %4177, float %4178, float %4179)
	%4400 = extractvalue { float, float, float, float } %4399, 0
	%4401 = extractvalue { float, float, float, float } %4399, 1
	%4402 = extractvalue { float, float, float, float } %4399, 2
	%4403 = extractvalue { float, float, float, float } %4399, 3
	%4404 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4397, i32 %4398, float %4181, float %4182, float %4183, float %4184)
	%4405 = extractvalue { float, float, float, float } %4404, 0
	%4406 = extractvalue { float, float, float, float } %4404, 1
	%4407 = extractvalue { float, float, float, float } %4404, 2
	%4408 = extractvalue { float, float, float, float } %4404, 3
	%4409 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4395, i32 %4396, float %4186, float %4187, float %4188, float %4189)
	%4410 = extractvalue { float, float, float, float } %4409, 0
	%4411 = extractvalue { float, float, float, float } %4409, 1
	%4412 = extractvalue { float, float, float, float } %4409, 2
	%4413 = extractvalue { float, float, float, float } %4409, 3
	%4414 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4397, i32 %4398, float %4191, float %4192, float %4193, float %4194)
	%4415 = extractvalue { float, float, float, float } %4414, 0
	%4416 = extractvalue { float, float, float, float } %4414, 1
	%4417 = extractvalue { float, float, float, float } %4414, 2
	%4418 = extractvalue { float, float, float, float } %4414, 3
	%4419 = xor i32 %3603, 160
	%4420 = add i32 %4419, 12288
	%4421 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4420)
	%4422 = extractvalue { i32, i32, i32, i32 } %4421, 0
	%4423 = extractvalue { i32, i32, i32, i32 } %4421, 1
	%4424 = extractvalue { i32, i32, i32, i32 } %4421, 2
	%4425 = extractvalue { i32, i32, i32, i32 } %4421, 3
	%4426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4422, i32 %4423, float %4203, float %4204, float %4205, float %4206)
	%4427 = extractvalue { float, float, float, float } %4426, 0
	%4428 = extractvalue { float, float, float, float } %4426, 1
	%4429 = extractvalue { float, float, float, float } %4426, 2
	%4430 = extractvalue { float, float, float, float } %4426, 3
	%4431 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4424, i32 %4425, float %4208, float %4209, float %4210, float %4211)
	%4432 = extractvalue { float, float, float, float } %4431, 0
	%4433 = extractvalue { float, float, float, float } %4431, 1
	%4434 = extractvalue { float, float, float, float } %4431, 2
	%4435 = extractvalue { float, float, float, float } %4431, 3
	%4436 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4422, i32 %4423, float %4213, float %4214, float %4215, float %4216)
	%4437 = extractvalue { float, float, float, float } %4436, 0
	%4438 = extractvalue { float, float, float, float } %4436, 1
	%4439 = extractvalue { float, float, float, float } %4436, 2
	%4440 = extractvalue { float, float, float, float } %4436, 3
	%4441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4424, i32 %4425, float %4218, float %4219, float %4220, float %4221)
	%4442 = extractvalue { float, float, float, float } %4441, 0
	%4443 = extractvalue { float, float, float, float } %4441, 1
	%4444 = extractvalue { float, float, float, float } %4441, 2
	%4445 = extractvalue { float, float, float, float } %4441, 3
	%4446 = xor i32 %3603, 192
	%4447 = add i32 %4446, 12288
	%4448 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4447)
	%4449 = extractvalue { i32, i32, i32, i32 } %4448, 0
	%4450 = extractvalue { i32, i32, i32, i32 } %4448, 1
	%4451 = extractvalue { i32, i32, i32, i32 } %4448, 2
	%4452 = extractvalue { i32, i32, i32, i32 } %4448, 3
	%4453 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4449, i32 %4450, float %4230, float %4231, float %4232, float %4233)
	%4454 = extractvalue { float, float, float, float } %4453, 0
	%4455 = extractvalue { float, float, float, float } %4453, 1
	%4456 = extractvalue { float, float, float, float } %4453, 2
	%4457 = extractvalue { float, float, float, float } %4453, 3
	%4458 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4451, i32 %4452, float %4235, float %4236, float %4237, float %4238)
	%4459 = extractvalue { float, float, float, float } %4458, 0
	%4460 = extractvalue { float, float, float, float } %4458, 1
	%4461 = extractvalue { float, float, float, float } %4458, 2
	%4462 = extractvalue { float, float, float, float } %4458, 3
	%4463 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4449, i32 %4450, float %4240, float %4241, float %4242, float %4243)
	%4464 = extractvalue { float, float, float, float } %4463, 0
	%4465 = extractvalue { float, float, float, float } %4463, 1
	%4466 = extractvalue { float, float, float, float } %4463, 2
	%4467 = extractvalue { float, float, float, float } %4463, 3
	%4468 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4451, i32 %4452, float %4245, float %4246, float %4247, float %4248)
	%4469 = extractvalue { float, float, float, float } %4468, 0
	%4470 = extractvalue { float, float, float, float } %4468, 1
	%4471 = extractvalue { float, float, float, float } %4468, 2
	%4472 = extractvalue { float, float, float, float } %4468, 3
	%4473 = xor i32 %3603, 224
	%4474 = add i32 %4473, 12288
	%4475 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4474)
	%4476 = extractvalue { i32, i32, i32, i32 } %4475, 0
	%4477 = extractvalue { i32, i32, i32, i32 } %4475, 1
	%4478 = extractvalue { i32, i32, i32, i32 } %4475, 2
	%4479 = extractvalue { i32, i32, i32, i32 } %4475, 3
	%4480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4476, i32 %4477, float %4257, float %4258, float %4259, float %4260)
	%4481 = extractvalue { float, float, float, float } %4480, 0
	%4482 = extractvalue { float, float, float, float } %4480, 1
	%4483 = extractvalue { float, float, float, float } %4480, 2
	%4484 = extractvalue { float, float, float, float } %4480, 3
	%4485 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4276, i32 %4277, i32 %4278, i32 %4279, i32 %4478, i32 %4479, float %4262, float %4263, float %4264, float %4265)
	%4486 = extractvalue { float, float, float, float } %4485, 0
	%4487 = extractvalue { float, float, float, float } %4485, 1
	%4488 = extractvalue { float, float, float, float } %4485, 2
	%4489 = extractvalue { float, float, float, float } %4485, 3
	%4490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4476, i32 %4477, float %4267, float %4268, float %4269, float %4270)
	%4491 = extractvalue { float, float, float, float } %4490, 0
	%4492 = extractvalue { float, float, float, float } %4490, 1
	%4493 = extractvalue { float, float, float, float } %4490, 2
	%4494 = extractvalue { float, float, float, float } %4490, 3
	%4495 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4280, i32 %4281, i32 %4282, i32 %4283, i32 %4478, i32 %4479, float %4272, float %4273, float %4274, float %4275)
	%4496 = extractvalue { float, float, float, float } %4495, 0
	%4497 = extractvalue { float, float, float, float } %4495, 1
	%4498 = extractvalue { float, float, float, float } %4495, 2
	%4499 = extractvalue { float, float, float, float } %4495, 3
	br i1 %3391, label %loop, label %epilogue

store0:
	%4500 = mul i32 %23, %M
	%4501 = add i32 %4500, %1930
	%4502 = mul i32 %4501, 128
	%4503 = shl i32 %7, 1
	%4504 = add i32 0, %4503
	%4505 = add i32 %4502, %4504
	%4506 = sext i32 %4505 to i64
	%4507 = getelementptr i16, i16* %out, i64 %4506
	%4508 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1932, float %1931)
	%4509 = bitcast i16* %4507 to i32*
	store i32 %4508, i32* %4509
	%4510 = shl i32 %7, 1
	%4511 = add i32 8, %4510
	%4512 = add i32 %4502, %4511
	%4513 = sext i32 %4512 to i64
	%4514 = getelementptr i16, i16* %out, i64 %4513
	%4515 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1934, float %1933)
	%4516 = bitcast i16* %4514 to i32*
	store i32 %4515, i32* %4516
	%4517 = shl i32 %7, 1
	%4518 = add i32 16, %4517
	%4519 = add i32 %4502, %4518
	%4520 = sext i32 %4519 to i64
	%4521 = getelementptr i16, i16* %out, i64 %4520
	%4522 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1936, float %1935)
	%4523 = bitcast i16* %4521 to i32*
	store i32 %4522, i32* %4523
	%4524 = shl i32 %7, 1
	%4525 = add i32 24, %4524
	%4526 = add i32 %4502, %4525
	%4527 = sext i32 %4526 to i64
	%4528 = getelementptr i16, i16* %out, i64 %4527
	%4529 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1938, float %1937)
	%4530 = bitcast i16* %4528 to i32*
	store i32 %4529, i32* %4530
	%4531 = shl i32 %7, 1
	%4532 = add i32 32, %4531
	%4533 = add i32 %4502, %4532
	%4534 = sext i32 %4533 to i64
	%4535 = getelementptr i16, i16* %out, i64 %4534
	%4536 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1940, float %1939)
	%4537 = bitcast i16* %4535 to i32*
	store i32 %4536, i32* %4537
	%4538 = shl i32 %7, 1
	%4539 = add i32 40, %4538
	%4540 = add i32 %4502, %4539
	%4541 = sext i32 %4540 to i64
	%4542 = getelementptr i16, i16* %out, i64 %4541
	%4543 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1942, float %1941)
	%4544 = bitcast i16* %4542 to i32*
	store i32 %4543, i32* %4544
	%4545 = shl i32 %7, 1
	%4546 = add i32 48, %4545
	%4547 = add i32 %4502, %4546
	%4548 = sext i32 %4547 to i64
	%4549 = getelementptr i16, i16* %out, i64 %4548
	%4550 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1944, float %1943)
	%4551 = bitcast i16* %4549 to i32*
	store i32 %4550, i32* %4551
	%4552 = shl i32 %7, 1
	%4553 = add i32 56, %4552
	%4554 = add i32 %4502, %4553
	%4555 = sext i32 %4554 to i64
	%4556 = getelementptr i16, i16* %out, i64 %4555
	%4557 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1946, float %1945)
	%4558 = bitcast i16* %4556 to i32*
	store i32 %4557, i32* %4558
	%4559 = shl i32 %7, 1
	%4560 = add i32 64, %4559
	%4561 = add i32 %4502, %4560
	%4562 = sext i32 %4561 to i64
	%4563 = getelementptr i16, i16* %out, i64 %4562
	%4564 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1948, float %1947)
	%4565 = bitcast i16* %4563 to i32*
	store i32 %4564, i32* %4565
	%4566 = shl i32 %7, 1
	%4567 = add i32 72, %4566
	%4568 = add i32 %4502, %4567
	%4569 = sext i32 %4568 to i64
	%4570 = getelementptr i16, i16* %out, i64 %4569
	%4571 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1950, float %1949)
	%4572 = bitcast i16* %4570 to i32*
	store i32 %4571, i32* %4572
	%4573 = shl i32 %7, 1
	%4574 = add i32 80, %4573
	%4575 = add i32 %4502, %4574
	%4576 = sext i32 %4575 to i64
	%4577 = getelementptr i16, i16* %out, i64 %4576
	%4578 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1952, float %1951)
	%4579 = bitcast i16* %4577 to i32*
	store i32 %4578, i32* %4579
	%4580 = shl i32 %7, 1
	%4581 = add i32 88, %4580
	%4582 = add i32 %4502, %4581
	%4583 = sext i32 %4582 to i64
	%4584 = getelementptr i16, i16* %out, i64 %4583
	%4585 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1954, float %1953)
	%4586 = bitcast i16* %4584 to i32*
	store i32 %4585, i32* %4586
	%4587 = shl i32 %7, 1
	%4588 = add i32 96, %4587
	%4589 = add i32 %4502, %4588
	%4590 = sext i32 %4589 to i64
	%4591 = getelementptr i16, i16* %out, i64 %4590
	%4592 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1956, float %1955)
	%4593 = bitcast i16* %4591 to i32*
	store i32 %4592, i32* %4593
	%4594 = shl i32 %7, 1
	%4595 = add i32 104, %4594
	%4596 = add i32 %4502, %4595
	%4597 = sext i32 %4596 to i64
	%4598 = getelementptr i16, i16* %out, i64 %4597
	%4599 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1958, float %1957)
	%4600 = bitcast i16* %4598 to i32*
	store i32 %4599, i32* %4600
	%4601 = shl i32 %7, 1
	%4602 = add i32 112, %4601
	%4603 = add i32 %4502, %4602
	%4604 = sext i32 %4603 to i64
	%4605 = getelementptr i16, i16* %out, i64 %4604
	%4606 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1960, float %1959)
	%4607 = bitcast i16* %4605 to i32*
	store i32 %4606, i32* %4607
	%4608 = shl i32 %7, 1
	%4609 = add i32 120, %4608
	%4610 = add i32 %4502, %4609
	%4611 = sext i32 %4610 to i64
	%4612 = getelementptr i16, i16* %out, i64 %4611
	%4613 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1962, float %1961)
	%4614 = bitcast i16* %4612 to i32*
	store i32 %4613, i32* %4614
	br label %stored0

stored0:
	%4615 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1788, i32 1, i32 31)
	%4616 = fadd float %1788, %4615
	%4617 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4616, i32 2, i32 31)
	%4618 = fadd float %4616, %4617
	%4619 = fcmp ogt float %4618, 0.0
	%4620 = fdiv float 1.0, %4618
	%4621 = select i1 %4619, float %4620, float 0.0
	%4622 = mul i32 %4, 32
	%4623 = add i32 %25, %4622
	%4624 = add i32 %6, 8
	%4625 = add i32 %4623, %4624
	%4626 = fmul float %1794, %4621
	%4627 = fmul float %1795, %4621
	%4628 = fmul float %1798, %4621
	%4629 = fmul float %1799, %4621
	%4630 = fmul float %1802, %4621
	%4631 = fmul float %1803, %4621
	%4632 = fmul float %1806, %4621
	%4633 = fmul float %1807, %4621
	%4634 = fmul float %1810, %4621
	%4635 = fmul float %1811, %4621
	%4636 = fmul float %1814, %4621
	%4637 = fmul float %1815, %4621
	%4638 = fmul float %1818, %4621
	%4639 = fmul float %1819, %4621
	%4640 = fmul float %1822, %4621
	%4641 = fmul float %1823, %4621
	%4642 = fmul float %1826, %4621
	%4643 = fmul float %1827, %4621
	%4644 = fmul float %1830, %4621
	%4645 = fmul float %1831, %4621
	%4646 = fmul float %1834, %4621
	%4647 = fmul float %1835, %4621
	%4648 = fmul float %1838, %4621
	%4649 = fmul float %1839, %4621
	%4650 = fmul float %1842, %4621
	%4651 = fmul float %1843, %4621
	%4652 = fmul float %1846, %4621
	%4653 = fmul float %1847, %4621
	%4654 = fmul float %1850, %4621
	%4655 = fmul float %1851, %4621
	%4656 = fmul float %1854, %4621
	%4657 = fmul float %1855, %4621
	%4658 = icmp slt i32 %4625, %M
	br i1 %4658, label %store1, label %stored1

store1:
	%4659 = mul i32 %23, %M
	%4660 = add i32 %4659, %4625
	%4661 = mul i32 %4660, 128
	%4662 = shl i32 %7, 1
	%4663 = add i32 0, %4662
	%4664 = add i32 %4661, %4663
	%4665 = sext i32 %4664 to i64
	%4666 = getelementptr i16, i16* %out, i64 %4665
	%4667 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4627, float %4626)
	%4668 = bitcast i16* %4666 to i32*
	store i32 %4667, i32* %4668
	%4669 = shl i32 %7, 1
	%4670 = add i32 8, %4669
	%4671 = add i32 %4661, %4670
	%4672 = sext i32 %4671 to i64
	%4673 = getelementptr i16, i16* %out, i64 %4672
	%4674 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4629, float %4628)
	%4675 = bitcast i16* %4673 to i32*
	store i32 %4674, i32* %4675
	%4676 = shl i32 %7, 1
	%4677 = add i32 16, %4676
	%4678 = add i32 %4661, %4677
	%4679 = sext i32 %4678 to i64
	%4680 = getelementptr i16, i16* %out, i64 %4679
	%4681 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4631, float %4630)
	%4682 = bitcast i16* %4680 to i32*
	store i32 %4681, i32* %4682
	%4683 = shl i32 %7, 1
	%4684 = add i32 24, %4683
	%4685 = add i32 %4661, %4684
	%4686 = sext i32 %4685 to i64
	%4687 = getelementptr i16, i16* %out, i64 %4686
	%4688 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4633, float %4632)
	%4689 = bitcast i16* %4687 to i32*
	store i32 %4688, i32* %4689
	%4690 = shl i32 %7, 1
	%4691 = add i32 32, %4690
	%4692 = add i32 %4661, %4691
	%4693 = sext i32 %4692 to i64
	%4694 = getelementptr i16, i16* %out, i64 %4693
	%4695 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4635, float %4634)
	%4696 = bitcast i16* %4694 to i32*
	store i32 %4695, i32* %4696
	%4697 = shl i32 %7, 1
	%4698 = add i32 40, %4697
	%4699 = add i32 %4661, %4698
	%4700 = sext i32 %4699 to i64
	%4701 = getelementptr i16, i16* %out, i64 %4700
	%4702 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4637, float %4636)
	%4703 = bitcast i16* %4701 to i32*
	store i32 %4702, i32* %4703
	%4704 = shl i32 %7, 1
	%4705 = add i32 48, %4704
	%4706 = add i32 %4661, %4705
	%4707 = sext i32 %4706 to i64
	%4708 = getelementptr i16, i16* %out, i64 %4707
	%4709 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4639, float %4638)
	%4710 = bitcast i16* %4708 to i32*
	store i32 %4709, i32* %4710
	%4711 = shl i32 %7, 1
	%4712 = add i32 56, %4711
	%4713 = add i32 %4661, %4712
	%4714 = sext i32 %4713 to i64
	%4715 = getelementptr i16, i16* %out, i64 %4714
	%4716 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4641, float %4640)
	%4717 = bitcast i16* %4715 to i32*
	store i32 %4716, i32* %4717
	%4718 = shl i32 %7, 1
	%4719 = add i32 64, %4718
	%4720 = add i32 %4661, %4719
	%4721 = sext i32 %4720 to i64
	%4722 = getelementptr i16, i16* %out, i64 %4721
	%4723 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4643, float %4642)
	%4724 = bitcast i16* %4722 to i32*
	store i32 %4723, i32* %4724
	%4725 = shl i32 %7, 1
	%4726 = add i32 72, %4725
	%4727 = add i32 %4661, %4726
	%4728 = sext i32 %4727 to i64
	%4729 = getelementptr i16, i16* %out, i64 %4728
	%4730 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4645, float %4644)
	%4731 = bitcast i16* %4729 to i32*
	store i32 %4730, i32* %4731
	%4732 = shl i32 %7, 1
	%4733 = add i32 80, %4732
	%4734 = add i32 %4661, %4733
	%4735 = sext i32 %4734 to i64
	%4736 = getelementptr i16, i16* %out, i64 %4735
	%4737 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4647, float %4646)
	%4738 = bitcast i16* %4736 to i32*
	store i32 %4737, i32* %4738
	%4739 = shl i32 %7, 1
	%4740 = add i32 88, %4739
	%4741 = add i32 %4661, %4740
	%4742 = sext i32 %4741 to i64
	%4743 = getelementptr i16, i16* %out, i64 %4742
	%4744 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4649, float %4648)
	%4745 = bitcast i16* %4743 to i32*
	store i32 %4744, i32* %4745
	%4746 = shl i32 %7, 1
	%4747 = add i32 96, %4746
	%4748 = add i32 %4661, %4747
	%4749 = sext i32 %4748 to i64
	%4750 = getelementptr i16, i16* %out, i64 %4749
	%4751 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4651, float %4650)
	%4752 = bitcast i16* %4750 to i32*
	store i32 %4751, i32* %4752
	%4753 = shl i32 %7, 1
	%4754 = add i32 104, %4753
	%4755 = add i32 %4661, %4754
	%4756 = sext i32 %4755 to i64
	%4757 = getelementptr i16, i16* %out, i64 %4756
	%4758 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4653, float %4652)
	%4759 = bitcast i16* %4757 to i32*
	store i32 %4758, i32* %4759
	%4760 = shl i32 %7, 1
	%4761 = add i32 112, %4760
	%4762 = add i32 %4661, %4761
	%4763 = sext i32 %4762 to i64
	%4764 = getelementptr i16, i16* %out, i64 %4763
	%4765 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4655, float %4654)
	%4766 = bitcast i16* %4764 to i32*
	store i32 %4765, i32* %4766
	%4767 = shl i32 %7, 1
	%4768 = add i32 120, %4767
	%4769 = add i32 %4661, %4768
	%4770 = sext i32 %4769 to i64
	%4771 = getelementptr i16, i16* %out, i64 %4770
	%4772 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4657, float %4656)
	%4773 = bitcast i16* %4771 to i32*
	store i32 %4772, i32* %4773
	br label %stored1

stored1:
	%4774 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1789, i32 1, i32 31)
	%4775 = fadd float %1789, %4774
	%4776 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4775, i32 2, i32 31)
	%4777 = fadd float %4775, %4776
	%4778 = fcmp ogt float %4777, 0.0
	%4779 = fdiv float 1.0, %4777
	%4780 = select i1 %4778, float %4779, float 0.0
	%4781 = mul i32 %4, 32
	%4782 = add i32 %25, %4781
	%4783 = add i32 %6, 16
	%4784 = add i32 %4782, %4783
	%4785 = fmul float %1856, %4780
	%4786 = fmul float %1857, %4780
	%4787 = fmul float %1860, %4780
	%4788 = fmul float %1861, %4780
	%4789 = fmul float %1864, %4780
	%4790 = fmul float %1865, %4780
	%4791 = fmul float %1868, %4780
	%4792 = fmul float %1869, %4780
	%4793 = fmul float %1872, %4780
	%4794 = fmul float %1873, %4780
	%4795 = fmul float %1876, %4780
	%4796 = fmul float %1877, %4780
	%4797 = fmul float %1880, %4780
	%4798 = fmul float %1881, %4780
	%4799 = fmul float %1884, %4780
	%4800 = fmul float %1885, %4780
	%4801 = fmul float %1888, %4780
	%4802 = fmul float %1889, %4780
	%4803 = fmul float %1892, %4780
	%4804 = fmul float %1893, %4780
	%4805 = fmul float %1896, %4780
	%4806 = fmul float %1897, %4780
	%4807 = fmul float %1900, %4780
	%4808 = fmul float %1901, %4780
	%4809 = fmul float %1904, %4780
	%4810 = fmul float %1905, %4780
	%4811 = fmul float %1908, %4780
	%4812 = fmul float %1909, %4780
	%4813 = fmul float %1912, %4780
	%4814 = fmul float %1913, %4780
	%4815 = fmul float %1916, %4780
	%4816 = fmul float %1917, %4780
	%4817 = icmp slt i32 %4784, %M
	br i1 %4817, label %store2, label %stored2

store2:
	%4818 = mul i32 %23, %M
	%4819 = add i32 %4818, %4784
	%4820 = mul i32 %4819, 128
	%4821 = shl i32 %7, 1
	%4822 = add i32 0, %4821
	%4823 = add i32 %4820, %4822
	%4824 = sext i32 %4823 to i64
	%4825 = getelementptr i16, i16* %out, i64 %4824
	%4826 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4786, float %4785)
	%4827 = bitcast i16* %4825 to i32*
	store i32 %4826, i32* %4827
	%4828 = shl i32 %7, 1
	%4829 = add i32 8, %4828
	%4830 = add i32 %4820, %4829
	%4831 = sext i32 %4830 to i64
	%4832 = getelementptr i16, i16* %out, i64 %4831
	%4833 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4788, float %4787)
	%4834 = bitcast i16* %4832 to i32*
	store i32 %4833, i32* %4834
	%4835 = shl i32 %7, 1
	%4836 = add i32 16, %4835
	%4837 = add i32 %4820, %4836
	%4838 = sext i32 %4837 to i64
	%4839 = getelementptr i16, i16* %out, i64 %4838
	%4840 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4790, float %4789)
	%4841 = bitcast i16* %4839 to i32*
	store i32 %4840, i32* %4841
	%4842 = shl i32 %7, 1
	%4843 = add i32 24, %4842
	%4844 = add i32 %4820, %4843
	%4845 = sext i32 %4844 to i64
	%4846 = getelementptr i16, i16* %out, i64 %4845
	%4847 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4792, float %4791)
	%4848 = bitcast i16* %4846 to i32*
	store i32 %4847, i32* %4848
	%4849 = shl i32 %7, 1
	%4850 = add i32 32, %4849
	%4851 = add i32 %4820, %4850
	%4852 = sext i32 %4851 to i64
	%4853 = getelementptr i16, i16* %out, i64 %4852
	%4854 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4794, float %4793)
	%4855 = bitcast i16* %4853 to i32*
	store i32 %4854, i32* %4855
	%4856 = shl i32 %7, 1
	%4857 = add i32 40, %4856
	%4858 = add i32 %4820, %4857
	%4859 = sext i32 %4858 to i64
	%4860 = getelementptr i16, i16* %out, i64 %4859
	%4861 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4796, float %4795)
	%4862 = bitcast i16* %4860 to i32*
	store i32 %4861, i32* %4862
	%4863 = shl i32 %7, 1
	%4864 = add i32 48, %4863
	%4865 = add i32 %4820, %4864
	%4866 = sext i32 %4865 to i64
	%4867 = getelementptr i16, i16* %out, i64 %4866
	%4868 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4798, float %4797)
	%4869 = bitcast i16* %4867 to i32*
	store i32 %4868, i32* %4869
	%4870 = shl i32 %7, 1
	%4871 = add i32 56, %4870
	%4872 = add i32 %4820, %4871
	%4873 = sext i32 %4872 to i64
	%4874 = getelementptr i16, i16* %out, i64 %4873
	%4875 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4800, float %4799)
	%4876 = bitcast i16* %4874 to i32*
	store i32 %4875, i32* %4876
	%4877 = shl i32 %7, 1
	%4878 = add i32 64, %4877
	%4879 = add i32 %4820, %4878
	%4880 = sext i32 %4879 to i64
	%4881 = getelementptr i16, i16* %out, i64 %4880
	%4882 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4802, float %4801)
	%4883 = bitcast i16* %4881 to i32*
	store i32 %4882, i32* %4883
	%4884 = shl i32 %7, 1
	%4885 = add i32 72, %4884
	%4886 = add i32 %4820, %4885
	%4887 = sext i32 %4886 to i64
	%4888 = getelementptr i16, i16* %out, i64 %4887
	%4889 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4804, float %4803)
	%4890 = bitcast i16* %4888 to i32*
	store i32 %4889, i32* %4890
	%4891 = shl i32 %7, 1
	%4892 = add i32 80, %4891
	%4893 = add i32 %4820, %4892
	%4894 = sext i32 %4893 to i64
	%4895 = getelementptr i16, i16* %out, i64 %4894
	%4896 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4806, float %4805)
	%4897 = bitcast i16* %4895 to i32*
	store i32 %4896, i32* %4897
	%4898 = shl i32 %7, 1
	%4899 = add i32 88, %4898
	%4900 = add i32 %4820, %4899
	%4901 = sext i32 %4900 to i64
	%4902 = getelementptr i16, i16* %out, i64 %4901
	%4903 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4808, float %4807)
	%4904 = bitcast i16* %4902 to i32*
	store i32 %4903, i32* %4904
	%4905 = shl i32 %7, 1
	%4906 = add i32 96, %4905
	%4907 = add i32 %4820, %4906
	%4908 = sext i32 %4907 to i64
	%4909 = getelementptr i16, i16* %out, i64 %4908
	%4910 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4810, float %4809)
	%4911 = bitcast i16* %4909 to i32*
	store i32 %4910, i32* %4911
	%4912 = shl i32 %7, 1
	%4913 = add i32 104, %4912
	%4914 = add i32 %4820, %4913
	%4915 = sext i32 %4914 to i64
	%4916 = getelementptr i16, i16* %out, i64 %4915
	%4917 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4812, float %4811)
	%4918 = bitcast i16* %4916 to i32*
	store i32 %4917, i32* %4918
	%4919 = shl i32 %7, 1
	%4920 = add i32 112, %4919
	%4921 = add i32 %4820, %4920
	%4922 = sext i32 %4921 to i64
	%4923 = getelementptr i16, i16* %out, i64 %4922
	%4924 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4814, float %4813)
	%4925 = bitcast i16* %4923 to i32*
	store i32 %4924, i32* %4925
	%4926 = shl i32 %7, 1
	%4927 = add i32 120, %4926
	%4928 = add i32 %4820, %4927
	%4929 = sext i32 %4928 to i64
	%4930 = getelementptr i16, i16* %out, i64 %4929
	%4931 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4816, float %4815)
	%4932 = bitcast i16* %4930 to i32*
	store i32 %4931, i32* %4932
	br label %stored2

stored2:
	%4933 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1790, i32 1, i32 31)
	%4934 = fadd float %1790, %4933
	%4935 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4934, i32 2, i32 31)
	%4936 = fadd float %4934, %4935
	%4937 = fcmp ogt float %4936, 0.0
	%4938 = fdiv float 1.0, %4936
	%4939 = select i1 %4937, float %4938, float 0.0
	%4940 = mul i32 %4, 32
	%4941 = add i32 %25, %4940
	%4942 = add i32 %6, 24
	%4943 = add i32 %4941, %4942
	%4944 = fmul float %1858, %4939
	%4945 = fmul float %1859, %4939
	%4946 = fmul float %1862, %4939
	%4947 = fmul float %1863, %4939
	%4948 = fmul float %1866, %4939
	%4949 = fmul float %1867, %4939
	%4950 = fmul float %1870, %4939
	%4951 = fmul float %1871, %4939
	%4952 = fmul float %1874, %4939
	%4953 = fmul float %1875, %4939
	%4954 = fmul float %1878, %4939
	%4955 = fmul float %1879, %4939
	%4956 = fmul float %1882, %4939
	%4957 = fmul float %1883, %4939
	%4958 = fmul float %1886, %4939
	%4959 = fmul float %1887, %4939
	%4960 = fmul float %1890, %4939
	%4961 = fmul float %1891, %4939
	%4962 = fmul float %1894, %4939
	%4963 = fmul float %1895, %4939
	%4964 = fmul float %1898, %4939
	%4965 = fmul float %1899, %4939
	%4966 = fmul float %1902, %4939
	%4967 = fmul float %1903, %4939
	%4968 = fmul float %1906, %4939
	%4969 = fmul float %1907, %4939
	%4970 = fmul float %1910, %4939
	%4971 = fmul float %1911, %4939
	%4972 = fmul float %1914, %4939
	%4973 = fmul float %1915, %4939
	%4974 = fmul float %1918, %4939
	%4975 = fmul float %1919, %4939
	%4976 = icmp slt i32 %4943, %M
	br i1 %4976, label %store3, label %stored3

store3:
	%4977 = mul i32 %23, %M
	%4978 = add i32 %4977, %4943
	%4979 = mul i32 %4978, 128
	%4980 = shl i32 %7, 1
	%4981 = add i32 0, %4980
	%4982 = add i32 %4979, %4981
	%4983 = sext i32 %4982 to i64
	%4984 = getelementptr i16, i16* %out, i64 %4983
	%4985 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4945, float %4944)
	%4986 = bitcast i16* %4984 to i32*
	store i32 %4985, i32* %4986
	%4987 = shl i32 %7, 1
	%4988 = add i32 8, %4987
	%4989 = add i32 %4979, %4988
	%4990 = sext i32 %4989 to i64
	%4991 = getelementptr i16, i16* %out, i64 %4990
	%4992 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4947, float %4946)
	%4993 = bitcast i16* %4991 to i32*
	store i32 %4992, i32* %4993
	%4994 = shl i32 %7, 1
	%4995 = add i32 16, %4994
	%4996 = add i32 %4979, %4995
	%4997 = sext i32 %4996 to i64
	%4998 = getelementptr i16, i16* %out, i64 %4997
	%4999 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4949, float %4948)
	%5000 = bitcast i16* %4998 to i32*
	store i32 %4999, i32* %5000
	%5001 = shl i32 %7, 1
	%5002 = add i32 24, %5001
	%5003 = add i32 %4979, %5002
	%5004 = sext i32 %5003 to i64
	%5005 = getelementptr i16, i16* %out, i64 %5004
	%5006 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4951, float %4950)
	%5007 = bitcast i16* %5005 to i32*
	store i32 %5006, i32* %5007
	%5008 = shl i32 %7, 1
	%5009 = add i32 32, %5008
	%5010 = add i32 %4979, %5009
	%5011 = sext i32 %5010 to i64
	%5012 = getelementptr i16, i16* %out, i64 %5011
	%5013 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4953, float %4952)
	%5014 = bitcast i16* %5012 to i32*
	store i32 %5013, i32* %5014
	%5015 = shl i32 %7, 1
	%5016 = add i32 40, %5015
	%5017 = add i32 %4979, %5016
	%5018 = sext i32 %5017 to i64
	%5019 = getelementptr i16, i16* %out, i64 %5018
	%5020 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4955, float %4954)
	%5021 = bitcast i16* %5019 to i32*
	store i32 %5020, i32* %5021
	%5022 = shl i32 %7, 1
	%5023 = add i32 48, %5022
	%5024 = add i32 %4979, %5023
	%5025 = sext i32 %5024 to i64
	%5026 = getelementptr i16, i16* %out, i64 %5025
	%5027 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4957, float %4956)
	%5028 = bitcast i16* %5026 to i32*
	store i32 %5027, i32* %5028
	%5029 = shl i32 %7, 1
	%5030 = add i32 56, %5029
	%5031 = add i32 %4979, %5030
	%5032 = sext i32 %5031 to i64
	%5033 = getelementptr i16, i16* %out, i64 %5032
	%5034 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4959, float %4958)
	%5035 = bitcast i16* %5033 to i32*
	store i32 %5034, i32* %5035
	%5036 = shl i32 %7, 1
	%5037 = add i32 64, %5036
	%5038 = add i32 %4979, %5037
	%5039 = sext i32 %5038 to i64
	%5040 = getelementptr i16, i16* %out, i64 %5039
	%5041 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4961, float %4960)
	%5042 = bitcast i16* %5040 to i32*
	store i32 %5041, i32* %5042
	%5043 = shl i32 %7, 1
	%5044 = add i32 72, %5043
	%5045 = add i32 %4979, %5044
	%5046 = sext i32 %5045 to i64
	%5047 = getelementptr i16, i16* %out, i64 %5046
	%5048 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4963, float %4962)
	%5049 = bitcast i16* %5047 to i32*
	store i32 %5048, i32* %5049
	%5050 = shl i32 %7, 1
	%5051 = add i32 80, %5050
	%5052 = add i32 %4979, %5051
	%5053 = sext i32 %5052 to i64
	%5054 = getelementptr i16, i16* %out, i64 %5053
	%5055 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4965, float %4964)
	%5056 = bitcast i16* %5054 to i32*
	store i32 %5055, i32* %5056
	%5057 = shl i32 %7, 1
	%5058 = add i32 88, %5057
	%5059 = add i32 %4979, %5058
	%5060 = sext i32 %5059 to i64
	%5061 = getelementptr i16, i16* %out, i64 %5060
	%5062 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4967, float %4966)
	%5063 = bitcast i16* %5061 to i32*
	store i32 %5062, i32* %5063
	%5064 = shl i32 %7, 1
	%5065 = add i32 96, %5064
	%5066 = add i32 %4979, %5065
	%5067 = sext i32 %5066 to i64
	%5068 = getelementptr i16, i16* %out, i64 %5067
	%5069 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4969, float %4968)
	%5070 = bitcast i16* %5068 to i32*
	store i32 %5069, i32* %5070
	%5071 = shl i32 %7, 1
	%5072 = add i32 104, %5071
	%5073 = add i32 %4979, %5072
	%5074 = sext i32 %5073 to i64
	%5075 = getelementptr i16, i16* %out, i64 %5074
	%5076 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4971, float %4970)
	%5077 = bitcast i16* %5075 to i32*
	store i32 %5076, i32* %5077
	%5078 = shl i32 %7, 1
	%5079 = add i32 112, %5078
	%5080 = add i32 %4979, %5079
	%5081 = sext i32 %5080 to i64
	%5082 = getelementptr i16, i16* %out, i64 %5081
	%5083 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4973, float %4972)
	%5084 = bitcast i16* %5082 to i32*
	store i32 %5083, i32* %5084
	%5085 = shl i32 %7, 1
	%5086 = add i32 120, %5085
	%5087 = add i32 %4979, %5086
	%5088 = sext i32 %5087 to i64
	%5089 = getelementptr i16, i16* %out, i64 %5088
	%5090 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4975, float %4974)
	%5091 = bitcast i16* %5089 to i32*
	store i32 %5090, i32* %5091
	br label %stored3

stored3:
	ret void
}
