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
	%54 = icmp slt i32 1, %NK
	%55 = and i1 %53, %54
	%56 = select i1 %55, i32 1, i32 0
	%57 = add i32 %42, %56
	%58 = sext i32 %57 to i64
	%59 = getelementptr i32, i32* %list, i64 %58
	%60 = load i32, i32* %59
	%61 = select i1 %55, i32 %60, i32 -1
	%62 = icmp sge i32 %50, 0
	%63 = icmp slt i32 %50, %NK
	%64 = and i1 %62, %63
	%65 = select i1 %64, i32 %50, i32 0
	%66 = add i32 %46, %65
	%67 = sext i32 %66 to i64
	%68 = getelementptr i8, i8* %cls, i64 %67
	%69 = load i8, i8* %68
	%70 = lshr i32 %3, 4
	%71 = and i32 %3, 15
	%72 = and i32 %70, 7
	%73 = xor i32 %71, %72
	%74 = mul i32 %70, 16
	%75 = add i32 %74, %73
	%76 = shl i32 %75, 4
	%77 = add i32 %2, %76
	%78 = add i32 %25, %70
	%79 = mul i32 %78, 128
	%80 = mul i32 %71, 8
	%81 = add i32 %79, %80
	%82 = sext i32 %81 to i64
	%83 = getelementptr i16, i16* %29, i64 %82
	%84 = add i32 %78, 0
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %83, i64 0
	%87 = select i1 %85, i16* %86, i16* %29
	%88 = add i32 %77, 0
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %78, 4
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %83, i64 512
	%93 = select i1 %91, i16* %92, i16* %29
	%94 = add i32 %70, 4
	%95 = and i32 %94, 7
	%96 = xor i32 %71, %95
	%97 = mul i32 %94, 16
	%98 = add i32 %97, %96
	%99 = shl i32 %98, 4
	%100 = add i32 %2, %99
	%101 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %93, i32 %101)
	%102 = add i32 %78, 8
	%103 = icmp slt i32 %102, %M
	%104 = getelementptr i16, i16* %83, i64 1024
	%105 = select i1 %103, i16* %104, i16* %29
	%106 = add i32 %70, 8
	%107 = and i32 %106, 7
	%108 = xor i32 %71, %107
	%109 = mul i32 %106, 16
	%110 = add i32 %109, %108
	%111 = shl i32 %110, 4
	%112 = add i32 %2, %111
	%113 = select i1 %103, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %112, i16* %105, i32 %113)
	%114 = add i32 %78, 12
	%115 = icmp slt i32 %114, %M
	%116 = getelementptr i16, i16* %83, i64 1536
	%117 = select i1 %115, i16* %116, i16* %29
	%118 = add i32 %70, 12
	%119 = and i32 %118, 7
	%120 = xor i32 %71, %119
	%121 = mul i32 %118, 16
	%122 = add i32 %121, %120
	%123 = shl i32 %122, 4
	%124 = add i32 %2, %123
	%125 = select i1 %115, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %124, i16* %117, i32 %125)
	%126 = add i32 %78, 16
	%127 = icmp slt i32 %126, %M
	%128 = getelementptr i16, i16* %83, i64 2048
	%129 = select i1 %127, i16* %128, i16* %29
	%130 = add i32 %70, 16
	%131 = and i32 %130, 7
	%132 = xor i32 %71, %131
	%133 = mul i32 %130, 16
	%134 = add i32 %133, %132
	%135 = shl i32 %134, 4
	%136 = add i32 %2, %135
	%137 = select i1 %127, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %136, i16* %129, i32 %137)
	%138 = add i32 %78, 20
	%139 = icmp slt i32 %138, %M
	%140 = getelementptr i16, i16* %83, i64 2560
	%141 = select i1 %139, i16* %140, i16* %29
	%142 = add i32 %70, 20
	%143 = and i32 %142, 7
	%144 = xor i32 %71, %143
	%145 = mul i32 %142, 16
	%146 = add i32 %145, %144
	%147 = shl i32 %146, 4
	%148 = add i32 %2, %147
	%149 = select i1 %139, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %148, i16* %141, i32 %149)
	%150 = add i32 %78, 24
	%151 = icmp slt i32 %150, %M
	%152 = getelementptr i16, i16* %83, i64 3072
	%153 = select i1 %151, i16* %152, i16* %29
	%154 = add i32 %70, 24
	%155 = and i32 %154, 7
	%156 = xor i32 %71, %155
	%157 = mul i32 %154, 16
	%158 = add i32 %157, %156
	%159 = shl i32 %158, 4
	%160 = add i32 %2, %159
	%161 = select i1 %151, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %160, i16* %153, i32 %161)
	%162 = add i32 %78, 28
	%163 = icmp slt i32 %162, %M
	%164 = getelementptr i16, i16* %83, i64 3584
	%165 = select i1 %163, i16* %164, i16* %29
	%166 = add i32 %70, 28
	%167 = and i32 %166, 7
	%168 = xor i32 %71, %167
	%169 = mul i32 %166, 16
	%170 = add i32 %169, %168
	%171 = shl i32 %170, 4
	%172 = add i32 %2, %171
	%173 = select i1 %163, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %172, i16* %165, i32 %173)
	%174 = add i32 %78, 32
	%175 = icmp slt i32 %174, %M
	%176 = getelementptr i16, i16* %83, i64 u0x1000
	%177 = select i1 %175, i16* %176, i16* %29
	%178 = add i32 %70, 32
	%179 = and i32 %178, 7
	%180 = xor i32 %71, %179
	%181 = mul i32 %178, 16
	%182 = add i32 %181, %180
	%183 = shl i32 %182, 4
	%184 = add i32 %2, %183
	%185 = select i1 %175, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %184, i16* %177, i32 %185)
	%186 = add i32 %78, 36
	%187 = icmp slt i32 %186, %M
	%188 = getelementptr i16, i16* %83, i64 4608
	%189 = select i1 %187, i16* %188, i16* %29
	%190 = add i32 %70, 36
	%191 = and i32 %190, 7
	%192 = xor i32 %71, %191
	%193 = mul i32 %190, 16
	%194 = add i32 %193, %192
	%195 = shl i32 %194, 4
	%196 = add i32 %2, %195
	%197 = select i1 %187, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %196, i16* %189, i32 %197)
	%198 = add i32 %78, 40
	%199 = icmp slt i32 %198, %M
	%200 = getelementptr i16, i16* %83, i64 5120
	%201 = select i1 %199, i16* %200, i16* %29
	%202 = add i32 %70, 40
	%203 = and i32 %202, 7
	%204 = xor i32 %71, %203
	%205 = mul i32 %202, 16
	%206 = add i32 %205, %204
	%207 = shl i32 %206, 4
	%208 = add i32 %2, %207
	%209 = select i1 %199, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %208, i16* %201, i32 %209)
	%210 = add i32 %78, 44
	%211 = icmp slt i32 %210, %M
	%212 = getelementptr i16, i16* %83, i64 5632
	%213 = select i1 %211, i16* %212, i16* %29
	%214 = add i32 %70, 44
	%215 = and i32 %214, 7
	%216 = xor i32 %71, %215
	%217 = mul i32 %214, 16
	%218 = add i32 %217, %216
	%219 = shl i32 %218, 4
	%220 = add i32 %2, %219
	%221 = select i1 %211, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %220, i16* %213, i32 %221)
	%222 = add i32 %78, 48
	%223 = icmp slt i32 %222, %M
	%224 = getelementptr i16, i16* %83, i64 6144
	%225 = select i1 %223, i16* %224, i16* %29
	%226 = add i32 %70, 48
	%227 = and i32 %226, 7
	%228 = xor i32 %71, %227
	%229 = mul i32 %226, 16
	%230 = add i32 %229, %228
	%231 = shl i32 %230, 4
	%232 = add i32 %2, %231
	%233 = select i1 %223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %225, i32 %233)
	%234 = add i32 %78, 52
	%235 = icmp slt i32 %234, %M
	%236 = getelementptr i16, i16* %83, i64 6656
	%237 = select i1 %235, i16* %236, i16* %29
	%238 = add i32 %70, 52
	%239 = and i32 %238, 7
	%240 = xor i32 %71, %239
	%241 = mul i32 %238, 16
	%242 = add i32 %241, %240
	%243 = shl i32 %242, 4
	%244 = add i32 %2, %243
	%245 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %244, i16* %237, i32 %245)
	%246 = add i32 %78, 56
	%247 = icmp slt i32 %246, %M
	%248 = getelementptr i16, i16* %83, i64 7168
	%249 = select i1 %247, i16* %248, i16* %29
	%250 = add i32 %70, 56
	%251 = and i32 %250, 7
	%252 = xor i32 %71, %251
	%253 = mul i32 %250, 16
	%254 = add i32 %253, %252
	%255 = shl i32 %254, 4
	%256 = add i32 %2, %255
	%257 = select i1 %247, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %256, i16* %249, i32 %257)
	%258 = add i32 %78, 60
	%259 = icmp slt i32 %258, %M
	%260 = getelementptr i16, i16* %83, i64 7680
	%261 = select i1 %259, i16* %260, i16* %29
	%262 = add i32 %70, 60
	%263 = and i32 %262, 7
	%264 = xor i32 %71, %263
	%265 = mul i32 %262, 16
	%266 = add i32 %265, %264
	%267 = shl i32 %266, 4
	%268 = add i32 %2, %267
	%269 = select i1 %259, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %268, i16* %261, i32 %269)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %53, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%270 = and i32 %5, 7
	%271 = lshr i32 %5, 3
	%272 = and i32 %271, 1
	%273 = shl i32 %272, 3
	%274 = add i32 %270, %273
	%275 = lshr i32 %5, 4
	%276 = mul i32 %4, 32
	%277 = add i32 %274, 0
	%278 = add i32 %276, %277
	%279 = mul i32 %278, 256
	%280 = add i32 %2, %279
	%281 = and i32 %5, 7
	%282 = xor i32 %275, %281
	%283 = shl i32 %282, 4
	%284 = add i32 %280, %283
	%285 = mul i32 %4, 32
	%286 = add i32 %274, 16
	%287 = add i32 %285, %286
	%288 = mul i32 %287, 256
	%289 = add i32 %2, %288
	%290 = and i32 %5, 7
	%291 = xor i32 %275, %290
	%292 = shl i32 %291, 4
	%293 = add i32 %289, %292
	%294 = mul i32 %50, 64
	%295 = lshr i32 %3, 4
	%296 = and i32 %3, 15
	%297 = and i32 %295, 7
	%298 = xor i32 %296, %297
	%299 = mul i32 %295, 16
	%300 = add i32 %299, %298
	%301 = shl i32 %300, 4
	%302 = add i32 %0, %301
	%303 = add i32 %294, %295
	%304 = mul i32 %303, 128
	%305 = mul i32 %296, 8
	%306 = add i32 %304, %305
	%307 = sext i32 %306 to i64
	%308 = getelementptr i16, i16* %33, i64 %307
	%309 = add i32 %303, 0
	%310 = icmp slt i32 %309, %N
	%311 = getelementptr i16, i16* %308, i64 0
	%312 = select i1 %310, i16* %311, i16* %33
	%313 = add i32 %302, 0
	%314 = select i1 %310, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %313, i16* %312, i32 %314)
	%315 = add i32 %303, 4
	%316 = icmp slt i32 %315, %N
	%317 = getelementptr i16, i16* %308, i64 512
	%318 = select i1 %316, i16* %317, i16* %33
	%319 = add i32 %295, 4
	%320 = and i32 %319, 7
	%321 = xor i32 %296, %320
	%322 = mul i32 %319, 16
	%323 = add i32 %322, %321
	%324 = shl i32 %323, 4
	%325 = add i32 %0, %324
	%326 = select i1 %316, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %325, i16* %318, i32 %326)
	%327 = add i32 %303, 8
	%328 = icmp slt i32 %327, %N
	%329 = getelementptr i16, i16* %308, i64 1024
	%330 = select i1 %328, i16* %329, i16* %33
	%331 = add i32 %295, 8
	%332 = and i32 %331, 7
	%333 = xor i32 %296, %332
	%334 = mul i32 %331, 16
	%335 = add i32 %334, %333
	%336 = shl i32 %335, 4
	%337 = add i32 %0, %336
	%338 = select i1 %328, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %337, i16* %330, i32 %338)
	%339 = add i32 %303, 12
	%340 = icmp slt i32 %339, %N
	%341 = getelementptr i16, i16* %308, i64 1536
	%342 = select i1 %340, i16* %341, i16* %33
	%343 = add i32 %295, 12
	%344 = and i32 %343, 7
	%345 = xor i32 %296, %344
	%346 = mul i32 %343, 16
	%347 = add i32 %346, %345
	%348 = shl i32 %347, 4
	%349 = add i32 %0, %348
	%350 = select i1 %340, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %349, i16* %342, i32 %350)
	%351 = add i32 %303, 16
	%352 = icmp slt i32 %351, %N
	%353 = getelementptr i16, i16* %308, i64 2048
	%354 = select i1 %352, i16* %353, i16* %33
	%355 = add i32 %295, 16
	%356 = and i32 %355, 7
	%357 = xor i32 %296, %356
	%358 = mul i32 %355, 16
	%359 = add i32 %358, %357
	%360 = shl i32 %359, 4
	%361 = add i32 %0, %360
	%362 = select i1 %352, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %361, i16* %354, i32 %362)
	%363 = add i32 %303, 20
	%364 = icmp slt i32 %363, %N
	%365 = getelementptr i16, i16* %308, i64 2560
	%366 = select i1 %364, i16* %365, i16* %33
	%367 = add i32 %295, 20
	%368 = and i32 %367, 7
	%369 = xor i32 %296, %368
	%370 = mul i32 %367, 16
	%371 = add i32 %370, %369
	%372 = shl i32 %371, 4
	%373 = add i32 %0, %372
	%374 = select i1 %364, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %373, i16* %366, i32 %374)
	%375 = add i32 %303, 24
	%376 = icmp slt i32 %375, %N
	%377 = getelementptr i16, i16* %308, i64 3072
	%378 = select i1 %376, i16* %377, i16* %33
	%379 = add i32 %295, 24
	%380 = and i32 %379, 7
	%381 = xor i32 %296, %380
	%382 = mul i32 %379, 16
	%383 = add i32 %382, %381
	%384 = shl i32 %383, 4
	%385 = add i32 %0, %384
	%386 = select i1 %376, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %385, i16* %378, i32 %386)
	%387 = add i32 %303, 28
	%388 = icmp slt i32 %387, %N
	%389 = getelementptr i16, i16* %308, i64 3584
	%390 = select i1 %388, i16* %389, i16* %33
	%391 = add i32 %295, 28
	%392 = and i32 %391, 7
	%393 = xor i32 %296, %392
	%394 = mul i32 %391, 16
	%395 = add i32 %394, %393
	%396 = shl i32 %395, 4
	%397 = add i32 %0, %396
	%398 = select i1 %388, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %397, i16* %390, i32 %398)
	%399 = add i32 %303, 32
	%400 = icmp slt i32 %399, %N
	%401 = getelementptr i16, i16* %308, i64 u0x1000
	%402 = select i1 %400, i16* %401, i16* %33
	%403 = add i32 %295, 32
	%404 = and i32 %403, 7
	%405 = xor i32 %296, %404
	%406 = mul i32 %403, 16
	%407 = add i32 %406, %405
	%408 = shl i32 %407, 4
	%409 = add i32 %0, %408
	%410 = select i1 %400, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %409, i16* %402, i32 %410)
	%411 = add i32 %303, 36
	%412 = icmp slt i32 %411, %N
	%413 = getelementptr i16, i16* %308, i64 4608
	%414 = select i1 %412, i16* %413, i16* %33
	%415 = add i32 %295, 36
	%416 = and i32 %415, 7
	%417 = xor i32 %296, %416
	%418 = mul i32 %415, 16
	%419 = add i32 %418, %417
	%420 = shl i32 %419, 4
	%421 = add i32 %0, %420
	%422 = select i1 %412, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %421, i16* %414, i32 %422)
	%423 = add i32 %303, 40
	%424 = icmp slt i32 %423, %N
	%425 = getelementptr i16, i16* %308, i64 5120
	%426 = select i1 %424, i16* %425, i16* %33
	%427 = add i32 %295, 40
	%428 = and i32 %427, 7
	%429 = xor i32 %296, %428
	%430 = mul i32 %427, 16
	%431 = add i32 %430, %429
	%432 = shl i32 %431, 4
	%433 = add i32 %0, %432
	%434 = select i1 %424, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %433, i16* %426, i32 %434)
	%435 = add i32 %303, 44
	%436 = icmp slt i32 %435, %N
	%437 = getelementptr i16, i16* %308, i64 5632
	%438 = select i1 %436, i16* %437, i16* %33
	%439 = add i32 %295, 44
	%440 = and i32 %439, 7
	%441 = xor i32 %296, %440
	%442 = mul i32 %439, 16
	%443 = add i32 %442, %441
	%444 = shl i32 %443, 4
	%445 = add i32 %0, %444
	%446 = select i1 %436, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %445, i16* %438, i32 %446)
	%447 = add i32 %303, 48
	%448 = icmp slt i32 %447, %N
	%449 = getelementptr i16, i16* %308, i64 6144
	%450 = select i1 %448, i16* %449, i16* %33
	%451 = add i32 %295, 48
	%452 = and i32 %451, 7
	%453 = xor i32 %296, %452
	%454 = mul i32 %451, 16
	%455 = add i32 %454, %453
	%456 = shl i32 %455, 4
	%457 = add i32 %0, %456
	%458 = select i1 %448, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %457, i16* %450, i32 %458)
	%459 = add i32 %303, 52
	%460 = icmp slt i32 %459, %N
	%461 = getelementptr i16, i16* %308, i64 6656
	%462 = select i1 %460, i16* %461, i16* %33
	%463 = add i32 %295, 52
	%464 = and i32 %463, 7
	%465 = xor i32 %296, %464
	%466 = mul i32 %463, 16
	%467 = add i32 %466, %465
	%468 = shl i32 %467, 4
	%469 = add i32 %0, %468
	%470 = select i1 %460, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %469, i16* %462, i32 %470)
	%471 = add i32 %303, 56
	%472 = icmp slt i32 %471, %N
	%473 = getelementptr i16, i16* %308, i64 7168
	%474 = select i1 %472, i16* %473, i16* %33
	%475 = add i32 %295, 56
	%476 = and i32 %475, 7
	%477 = xor i32 %296, %476
	%478 = mul i32 %475, 16
	%479 = add i32 %478, %477
	%480 = shl i32 %479, 4
	%481 = add i32 %0, %480
	%482 = select i1 %472, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %481, i16* %474, i32 %482)
	%483 = add i32 %303, 60
	%484 = icmp slt i32 %483, %N
	%485 = getelementptr i16, i16* %308, i64 7680
	%486 = select i1 %484, i16* %485, i16* %33
	%487 = add i32 %295, 60
	%488 = and i32 %487, 7
	%489 = xor i32 %296, %488
	%490 = mul i32 %487, 16
	%491 = add i32 %490, %489
	%492 = shl i32 %491, 4
	%493 = add i32 %0, %492
	%494 = select i1 %484, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %493, i16* %486, i32 %494)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%495 = phi i32 [ 0, %prologue ], [ %3397, %pv ]
	%496 = phi i32 [ %50, %prologue ], [ %497, %pv ]
	%497 = phi i32 [ %61, %prologue ], [ %3407, %pv ]
	%498 = phi i8 [ %69, %prologue ], [ %3415, %pv ]
	%499 = phi float [ 0.0, %prologue ], [ %4316, %pv ]
	%500 = phi float [ 0.0, %prologue ], [ %4317, %pv ]
	%501 = phi float [ 0.0, %prologue ], [ %4318, %pv ]
	%502 = phi float [ 0.0, %prologue ], [ %4319, %pv ]
	%503 = phi float [ 0.0, %prologue ], [ %4321, %pv ]
	%504 = phi float [ 0.0, %prologue ], [ %4322, %pv ]
	%505 = phi float [ 0.0, %prologue ], [ %4323, %pv ]
	%506 = phi float [ 0.0, %prologue ], [ %4324, %pv ]
	%507 = phi float [ 0.0, %prologue ], [ %4343, %pv ]
	%508 = phi float [ 0.0, %prologue ], [ %4344, %pv ]
	%509 = phi float [ 0.0, %prologue ], [ %4345, %pv ]
	%510 = phi float [ 0.0, %prologue ], [ %4346, %pv ]
	%511 = phi float [ 0.0, %prologue ], [ %4348, %pv ]
	%512 = phi float [ 0.0, %prologue ], [ %4349, %pv ]
	%513 = phi float [ 0.0, %prologue ], [ %4350, %pv ]
	%514 = phi float [ 0.0, %prologue ], [ %4351, %pv ]
	%515 = phi float [ 0.0, %prologue ], [ %4370, %pv ]
	%516 = phi float [ 0.0, %prologue ], [ %4371, %pv ]
	%517 = phi float [ 0.0, %prologue ], [ %4372, %pv ]
	%518 = phi float [ 0.0, %prologue ], [ %4373, %pv ]
	%519 = phi float [ 0.0, %prologue ], [ %4375, %pv ]
	%520 = phi float [ 0.0, %prologue ], [ %4376, %pv ]
	%521 = phi float [ 0.0, %prologue ], [ %4377, %pv ]
	%522 = phi float [ 0.0, %prologue ], [ %4378, %pv ]
	%523 = phi float [ 0.0, %prologue ], [ %4397, %pv ]
	%524 = phi float [ 0.0, %prologue ], [ %4398, %pv ]
	%525 = phi float [ 0.0, %prologue ], [ %4399, %pv ]
	%526 = phi float [ 0.0, %prologue ], [ %4400, %pv ]
	%527 = phi float [ 0.0, %prologue ], [ %4402, %pv ]
	%528 = phi float [ 0.0, %prologue ], [ %4403, %pv ]
	%529 = phi float [ 0.0, %prologue ], [ %4404, %pv ]
	%530 = phi float [ 0.0, %prologue ], [ %4405, %pv ]
	%531 = phi float [ 0.0, %prologue ], [ %4424, %pv ]
	%532 = phi float [ 0.0, %prologue ], [ %4425, %pv ]
	%533 = phi float [ 0.0, %prologue ], [ %4426, %pv ]
	%534 = phi float [ 0.0, %prologue ], [ %4427, %pv ]
	%535 = phi float [ 0.0, %prologue ], [ %4429, %pv ]
	%536 = phi float [ 0.0, %prologue ], [ %4430, %pv ]
	%537 = phi float [ 0.0, %prologue ], [ %4431, %pv ]
	%538 = phi float [ 0.0, %prologue ], [ %4432, %pv ]
	%539 = phi float [ 0.0, %prologue ], [ %4451, %pv ]
	%540 = phi float [ 0.0, %prologue ], [ %4452, %pv ]
	%541 = phi float [ 0.0, %prologue ], [ %4453, %pv ]
	%542 = phi float [ 0.0, %prologue ], [ %4454, %pv ]
	%543 = phi float [ 0.0, %prologue ], [ %4456, %pv ]
	%544 = phi float [ 0.0, %prologue ], [ %4457, %pv ]
	%545 = phi float [ 0.0, %prologue ], [ %4458, %pv ]
	%546 = phi float [ 0.0, %prologue ], [ %4459, %pv ]
	%547 = phi float [ 0.0, %prologue ], [ %4478, %pv ]
	%548 = phi float [ 0.0, %prologue ], [ %4479, %pv ]
	%549 = phi float [ 0.0, %prologue ], [ %4480, %pv ]
	%550 = phi float [ 0.0, %prologue ], [ %4481, %pv ]
	%551 = phi float [ 0.0, %prologue ], [ %4483, %pv ]
	%552 = phi float [ 0.0, %prologue ], [ %4484, %pv ]
	%553 = phi float [ 0.0, %prologue ], [ %4485, %pv ]
	%554 = phi float [ 0.0, %prologue ], [ %4486, %pv ]
	%555 = phi float [ 0.0, %prologue ], [ %4505, %pv ]
	%556 = phi float [ 0.0, %prologue ], [ %4506, %pv ]
	%557 = phi float [ 0.0, %prologue ], [ %4507, %pv ]
	%558 = phi float [ 0.0, %prologue ], [ %4508, %pv ]
	%559 = phi float [ 0.0, %prologue ], [ %4510, %pv ]
	%560 = phi float [ 0.0, %prologue ], [ %4511, %pv ]
	%561 = phi float [ 0.0, %prologue ], [ %4512, %pv ]
	%562 = phi float [ 0.0, %prologue ], [ %4513, %pv ]
	%563 = phi float [ 0.0, %prologue ], [ %4326, %pv ]
	%564 = phi float [ 0.0, %prologue ], [ %4327, %pv ]
	%565 = phi float [ 0.0, %prologue ], [ %4328, %pv ]
	%566 = phi float [ 0.0, %prologue ], [ %4329, %pv ]
	%567 = phi float [ 0.0, %prologue ], [ %4331, %pv ]
	%568 = phi float [ 0.0, %prologue ], [ %4332, %pv ]
	%569 = phi float [ 0.0, %prologue ], [ %4333, %pv ]
	%570 = phi float [ 0.0, %prologue ], [ %4334, %pv ]
	%571 = phi float [ 0.0, %prologue ], [ %4353, %pv ]
	%572 = phi float [ 0.0, %prologue ], [ %4354, %pv ]
	%573 = phi float [ 0.0, %prologue ], [ %4355, %pv ]
	%574 = phi float [ 0.0, %prologue ], [ %4356, %pv ]
	%575 = phi float [ 0.0, %prologue ], [ %4358, %pv ]
	%576 = phi float [ 0.0, %prologue ], [ %4359, %pv ]
	%577 = phi float [ 0.0, %prologue ], [ %4360, %pv ]
	%578 = phi float [ 0.0, %prologue ], [ %4361, %pv ]
	%579 = phi float [ 0.0, %prologue ], [ %4380, %pv ]
	%580 = phi float [ 0.0, %prologue ], [ %4381, %pv ]
	%581 = phi float [ 0.0, %prologue ], [ %4382, %pv ]
	%582 = phi float [ 0.0, %prologue ], [ %4383, %pv ]
	%583 = phi float [ 0.0, %prologue ], [ %4385, %pv ]
	%584 = phi float [ 0.0, %prologue ], [ %4386, %pv ]
	%585 = phi float [ 0.0, %prologue ], [ %4387, %pv ]
	%586 = phi float [ 0.0, %prologue ], [ %4388, %pv ]
	%587 = phi float [ 0.0, %prologue ], [ %4407, %pv ]
	%588 = phi float [ 0.0, %prologue ], [ %4408, %pv ]
	%589 = phi float [ 0.0, %prologue ], [ %4409, %pv ]
	%590 = phi float [ 0.0, %prologue ], [ %4410, %pv ]
	%591 = phi float [ 0.0, %prologue ], [ %4412, %pv ]
	%592 = phi float [ 0.0, %prologue ], [ %4413, %pv ]
	%593 = phi float [ 0.0, %prologue ], [ %4414, %pv ]
	%594 = phi float [ 0.0, %prologue ], [ %4415, %pv ]
	%595 = phi float [ 0.0, %prologue ], [ %4434, %pv ]
	%596 = phi float [ 0.0, %prologue ], [ %4435, %pv ]
	%597 = phi float [ 0.0, %prologue ], [ %4436, %pv ]
	%598 = phi float [ 0.0, %prologue ], [ %4437, %pv ]
	%599 = phi float [ 0.0, %prologue ], [ %4439, %pv ]
	%600 = phi float [ 0.0, %prologue ], [ %4440, %pv ]
	%601 = phi float [ 0.0, %prologue ], [ %4441, %pv ]
	%602 = phi float [ 0.0, %prologue ], [ %4442, %pv ]
	%603 = phi float [ 0.0, %prologue ], [ %4461, %pv ]
	%604 = phi float [ 0.0, %prologue ], [ %4462, %pv ]
	%605 = phi float [ 0.0, %prologue ], [ %4463, %pv ]
	%606 = phi float [ 0.0, %prologue ], [ %4464, %pv ]
	%607 = phi float [ 0.0, %prologue ], [ %4466, %pv ]
	%608 = phi float [ 0.0, %prologue ], [ %4467, %pv ]
	%609 = phi float [ 0.0, %prologue ], [ %4468, %pv ]
	%610 = phi float [ 0.0, %prologue ], [ %4469, %pv ]
	%611 = phi float [ 0.0, %prologue ], [ %4488, %pv ]
	%612 = phi float [ 0.0, %prologue ], [ %4489, %pv ]
	%613 = phi float [ 0.0, %prologue ], [ %4490, %pv ]
	%614 = phi float [ 0.0, %prologue ], [ %4491, %pv ]
	%615 = phi float [ 0.0, %prologue ], [ %4493, %pv ]
	%616 = phi float [ 0.0, %prologue ], [ %4494, %pv ]
	%617 = phi float [ 0.0, %prologue ], [ %4495, %pv ]
	%618 = phi float [ 0.0, %prologue ], [ %4496, %pv ]
	%619 = phi float [ 0.0, %prologue ], [ %4515, %pv ]
	%620 = phi float [ 0.0, %prologue ], [ %4516, %pv ]
	%621 = phi float [ 0.0, %prologue ], [ %4517, %pv ]
	%622 = phi float [ 0.0, %prologue ], [ %4518, %pv ]
	%623 = phi float [ 0.0, %prologue ], [ %4520, %pv ]
	%624 = phi float [ 0.0, %prologue ], [ %4521, %pv ]
	%625 = phi float [ 0.0, %prologue ], [ %4522, %pv ]
	%626 = phi float [ 0.0, %prologue ], [ %4523, %pv ]
	%627 = phi float [ 0xFFF0000000000000, %prologue ], [ %3189, %pv ]
	%628 = phi float [ 0.0, %prologue ], [ %3240, %pv ]
	%629 = phi float [ 0xFFF0000000000000, %prologue ], [ %3241, %pv ]
	%630 = phi float [ 0.0, %prologue ], [ %3292, %pv ]
	%631 = phi float [ 0xFFF0000000000000, %prologue ], [ %3293, %pv ]
	%632 = phi float [ 0.0, %prologue ], [ %3344, %pv ]
	%633 = phi float [ 0xFFF0000000000000, %prologue ], [ %3345, %pv ]
	%634 = phi float [ 0.0, %prologue ], [ %3396, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%635 = mul i32 %496, 64
	%636 = lshr i32 %3, 4
	%637 = and i32 %3, 15
	%638 = and i32 %636, 7
	%639 = xor i32 %637, %638
	%640 = mul i32 %636, 16
	%641 = add i32 %640, %639
	%642 = shl i32 %641, 4
	%643 = add i32 %1, %642
	%644 = add i32 %635, %636
	%645 = mul i32 %644, 128
	%646 = mul i32 %637, 8
	%647 = add i32 %645, %646
	%648 = sext i32 %647 to i64
	%649 = getelementptr i16, i16* %37, i64 %648
	%650 = add i32 %644, 0
	%651 = icmp slt i32 %650, %N
	%652 = getelementptr i16, i16* %649, i64 0
	%653 = select i1 %651, i16* %652, i16* %37
	%654 = add i32 %643, 0
	%655 = select i1 %651, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %654, i16* %653, i32 %655)
	%656 = add i32 %644, 4
	%657 = icmp slt i32 %656, %N
	%658 = getelementptr i16, i16* %649, i64 512
	%659 = select i1 %657, i16* %658, i16* %37
	%660 = add i32 %636, 4
	%661 = and i32 %660, 7
	%662 = xor i32 %637, %661
	%663 = mul i32 %660, 16
	%664 = add i32 %663, %662
	%665 = shl i32 %664, 4
	%666 = add i32 %1, %665
	%667 = select i1 %657, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %666, i16* %659, i32 %667)
	%668 = add i32 %644, 8
	%669 = icmp slt i32 %668, %N
	%670 = getelementptr i16, i16* %649, i64 1024
	%671 = select i1 %669, i16* %670, i16* %37
	%672 = add i32 %636, 8
	%673 = and i32 %672, 7
	%674 = xor i32 %637, %673
	%675 = mul i32 %672, 16
	%676 = add i32 %675, %674
	%677 = shl i32 %676, 4
	%678 = add i32 %1, %677
	%679 = select i1 %669, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %678, i16* %671, i32 %679)
	%680 = add i32 %644, 12
	%681 = icmp slt i32 %680, %N
	%682 = getelementptr i16, i16* %649, i64 1536
	%683 = select i1 %681, i16* %682, i16* %37
	%684 = add i32 %636, 12
	%685 = and i32 %684, 7
	%686 = xor i32 %637, %685
	%687 = mul i32 %684, 16
	%688 = add i32 %687, %686
	%689 = shl i32 %688, 4
	%690 = add i32 %1, %689
	%691 = select i1 %681, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %690, i16* %683, i32 %691)
	%692 = add i32 %644, 16
	%693 = icmp slt i32 %692, %N
	%694 = getelementptr i16, i16* %649, i64 2048
	%695 = select i1 %693, i16* %694, i16* %37
	%696 = add i32 %636, 16
	%697 = and i32 %696, 7
	%698 = xor i32 %637, %697
	%699 = mul i32 %696, 16
	%700 = add i32 %699, %698
	%701 = shl i32 %700, 4
	%702 = add i32 %1, %701
	%703 = select i1 %693, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %702, i16* %695, i32 %703)
	%704 = add i32 %644, 20
	%705 = icmp slt i32 %704, %N
	%706 = getelementptr i16, i16* %649, i64 2560
	%707 = select i1 %705, i16* %706, i16* %37
	%708 = add i32 %636, 20
	%709 = and i32 %708, 7
	%710 = xor i32 %637, %709
	%711 = mul i32 %708, 16
	%712 = add i32 %711, %710
	%713 = shl i32 %712, 4
	%714 = add i32 %1, %713
	%715 = select i1 %705, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %714, i16* %707, i32 %715)
	%716 = add i32 %644, 24
	%717 = icmp slt i32 %716, %N
	%718 = getelementptr i16, i16* %649, i64 3072
	%719 = select i1 %717, i16* %718, i16* %37
	%720 = add i32 %636, 24
	%721 = and i32 %720, 7
	%722 = xor i32 %637, %721
	%723 = mul i32 %720, 16
	%724 = add i32 %723, %722
	%725 = shl i32 %724, 4
	%726 = add i32 %1, %725
	%727 = select i1 %717, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %726, i16* %719, i32 %727)
	%728 = add i32 %644, 28
	%729 = icmp slt i32 %728, %N
	%730 = getelementptr i16, i16* %649, i64 3584
	%731 = select i1 %729, i16* %730, i16* %37
	%732 = add i32 %636, 28
	%733 = and i32 %732, 7
	%734 = xor i32 %637, %733
	%735 = mul i32 %732, 16
	%736 = add i32 %735, %734
	%737 = shl i32 %736, 4
	%738 = add i32 %1, %737
	%739 = select i1 %729, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %738, i16* %731, i32 %739)
	%740 = add i32 %644, 32
	%741 = icmp slt i32 %740, %N
	%742 = getelementptr i16, i16* %649, i64 u0x1000
	%743 = select i1 %741, i16* %742, i16* %37
	%744 = add i32 %636, 32
	%745 = and i32 %744, 7
	%746 = xor i32 %637, %745
	%747 = mul i32 %744, 16
	%748 = add i32 %747, %746
	%749 = shl i32 %748, 4
	%750 = add i32 %1, %749
	%751 = select i1 %741, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %750, i16* %743, i32 %751)
	%752 = add i32 %644, 36
	%753 = icmp slt i32 %752, %N
	%754 = getelementptr i16, i16* %649, i64 4608
	%755 = select i1 %753, i16* %754, i16* %37
	%756 = add i32 %636, 36
	%757 = and i32 %756, 7
	%758 = xor i32 %637, %757
	%759 = mul i32 %756, 16
	%760 = add i32 %759, %758
	%761 = shl i32 %760, 4
	%762 = add i32 %1, %761
	%763 = select i1 %753, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %762, i16* %755, i32 %763)
	%764 = add i32 %644, 40
	%765 = icmp slt i32 %764, %N
	%766 = getelementptr i16, i16* %649, i64 5120
	%767 = select i1 %765, i16* %766, i16* %37
	%768 = add i32 %636, 40
	%769 = and i32 %768, 7
	%770 = xor i32 %637, %769
	%771 = mul i32 %768, 16
	%772 = add i32 %771, %770
	%773 = shl i32 %772, 4
	%774 = add i32 %1, %773
	%775 = select i1 %765, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %774, i16* %767, i32 %775)
	%776 = add i32 %644, 44
	%777 = icmp slt i32 %776, %N
	%778 = getelementptr i16, i16* %649, i64 5632
	%779 = select i1 %777, i16* %778, i16* %37
	%780 = add i32 %636, 44
	%781 = and i32 %780, 7
	%782 = xor i32 %637, %781
	%783 = mul i32 %780, 16
	%784 = add i32 %783, %782
	%785 = shl i32 %784, 4
	%786 = add i32 %1, %785
	%787 = select i1 %777, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %786, i16* %779, i32 %787)
	%788 = add i32 %644, 48
	%789 = icmp slt i32 %788, %N
	%790 = getelementptr i16, i16* %649, i64 6144
	%791 = select i1 %789, i16* %790, i16* %37
	%792 = add i32 %636, 48
	%793 = and i32 %792, 7
	%794 = xor i32 %637, %793
	%795 = mul i32 %792, 16
	%796 = add i32 %795, %794
	%797 = shl i32 %796, 4
	%798 = add i32 %1, %797
	%799 = select i1 %789, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %798, i16* %791, i32 %799)
	%800 = add i32 %644, 52
	%801 = icmp slt i32 %800, %N
	%802 = getelementptr i16, i16* %649, i64 6656
	%803 = select i1 %801, i16* %802, i16* %37
	%804 = add i32 %636, 52
	%805 = and i32 %804, 7
	%806 = xor i32 %637, %805
	%807 = mul i32 %804, 16
	%808 = add i32 %807, %806
	%809 = shl i32 %808, 4
	%810 = add i32 %1, %809
	%811 = select i1 %801, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %810, i16* %803, i32 %811)
	%812 = add i32 %644, 56
	%813 = icmp slt i32 %812, %N
	%814 = getelementptr i16, i16* %649, i64 7168
	%815 = select i1 %813, i16* %814, i16* %37
	%816 = add i32 %636, 56
	%817 = and i32 %816, 7
	%818 = xor i32 %637, %817
	%819 = mul i32 %816, 16
	%820 = add i32 %819, %818
	%821 = shl i32 %820, 4
	%822 = add i32 %1, %821
	%823 = select i1 %813, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %822, i16* %815, i32 %823)
	%824 = add i32 %644, 60
	%825 = icmp slt i32 %824, %N
	%826 = getelementptr i16, i16* %649, i64 7680
	%827 = select i1 %825, i16* %826, i16* %37
	%828 = add i32 %636, 60
	%829 = and i32 %828, 7
	%830 = xor i32 %637, %829
	%831 = mul i32 %828, 16
	%832 = add i32 %831, %830
	%833 = shl i32 %832, 4
	%834 = add i32 %1, %833
	%835 = select i1 %825, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %834, i16* %827, i32 %835)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%836 = xor i32 %284, 0
	%837 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %836)
	%838 = extractvalue { i32, i32, i32, i32 } %837, 0
	%839 = extractvalue { i32, i32, i32, i32 } %837, 1
	%840 = extractvalue { i32, i32, i32, i32 } %837, 2
	%841 = extractvalue { i32, i32, i32, i32 } %837, 3
	%842 = xor i32 %284, 32
	%843 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %842)
	%844 = extractvalue { i32, i32, i32, i32 } %843, 0
	%845 = extractvalue { i32, i32, i32, i32 } %843, 1
	%846 = extractvalue { i32, i32, i32, i32 } %843, 2
	%847 = extractvalue { i32, i32, i32, i32 } %843, 3
	%848 = xor i32 %284, 64
	%849 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %848)
	%850 = extractvalue { i32, i32, i32, i32 } %849, 0
	%851 = extractvalue { i32, i32, i32, i32 } %849, 1
	%852 = extractvalue { i32, i32, i32, i32 } %849, 2
	%853 = extractvalue { i32, i32, i32, i32 } %849, 3
	%854 = xor i32 %284, 96
	%855 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %854)
	%856 = extractvalue { i32, i32, i32, i32 } %855, 0
	%857 = extractvalue { i32, i32, i32, i32 } %855, 1
	%858 = extractvalue { i32, i32, i32, i32 } %855, 2
	%859 = extractvalue { i32, i32, i32, i32 } %855, 3
	%860 = xor i32 %284, 128
	%861 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %860)
	%862 = extractvalue { i32, i32, i32, i32 } %861, 0
	%863 = extractvalue { i32, i32, i32, i32 } %861, 1
	%864 = extractvalue { i32, i32, i32, i32 } %861, 2
	%865 = extractvalue { i32, i32, i32, i32 } %861, 3
	%866 = xor i32 %284, 160
	%867 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %866)
	%868 = extractvalue { i32, i32, i32, i32 } %867, 0
	%869 = extractvalue { i32, i32, i32, i32 } %867, 1
	%870 = extractvalue { i32, i32, i32, i32 } %867, 2
	%871 = extractvalue { i32, i32, i32, i32 } %867, 3
	%872 = xor i32 %284, 192
	%873 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %872)
	%874 = extractvalue { i32, i32, i32, i32 } %873, 0
	%875 = extractvalue { i32, i32, i32, i32 } %873, 1
	%876 = extractvalue { i32, i32, i32, i32 } %873, 2
	%877 = extractvalue { i32, i32, i32, i32 } %873, 3
	%878 = xor i32 %284, 224
	%879 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %878)
	%880 = extractvalue { i32, i32, i32, i32 } %879, 0
	%881 = extractvalue { i32, i32, i32, i32 } %879, 1
	%882 = extractvalue { i32, i32, i32, i32 } %879, 2
	%883 = extractvalue { i32, i32, i32, i32 } %879, 3
	%884 = xor i32 %293, 0
	%885 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %884)
	%886 = extractvalue { i32, i32, i32, i32 } %885, 0
	%887 = extractvalue { i32, i32, i32, i32 } %885, 1
	%888 = extractvalue { i32, i32, i32, i32 } %885, 2
	%889 = extractvalue { i32, i32, i32, i32 } %885, 3
	%890 = xor i32 %293, 32
	%891 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %890)
	%892 = extractvalue { i32, i32, i32, i32 } %891, 0
	%893 = extractvalue { i32, i32, i32, i32 } %891, 1
	%894 = extractvalue { i32, i32, i32, i32 } %891, 2
	%895 = extractvalue { i32, i32, i32, i32 } %891, 3
	%896 = xor i32 %293, 64
	%897 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %896)
	%898 = extractvalue { i32, i32, i32, i32 } %897, 0
	%899 = extractvalue { i32, i32, i32, i32 } %897, 1
	%900 = extractvalue { i32, i32, i32, i32 } %897, 2
	%901 = extractvalue { i32, i32, i32, i32 } %897, 3
	%902 = xor i32 %293, 96
	%903 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %902)
	%904 = extractvalue { i32, i32, i32, i32 } %903, 0
	%905 = extractvalue { i32, i32, i32, i32 } %903, 1
	%906 = extractvalue { i32, i32, i32, i32 } %903, 2
	%907 = extractvalue { i32, i32, i32, i32 } %903, 3
	%908 = xor i32 %293, 128
	%909 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %908)
	%910 = extractvalue { i32, i32, i32, i32 } %909, 0
	%911 = extractvalue { i32, i32, i32, i32 } %909, 1
	%912 = extractvalue { i32, i32, i32, i32 } %909, 2
	%913 = extractvalue { i32, i32, i32, i32 } %909, 3
	%914 = xor i32 %293, 160
	%915 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %914)
	%916 = extractvalue { i32, i32, i32, i32 } %915, 0
	%917 = extractvalue { i32, i32, i32, i32 } %915, 1
	%918 = extractvalue { i32, i32, i32, i32 } %915, 2
	%919 = extractvalue { i32, i32, i32, i32 } %915, 3
	%920 = xor i32 %293, 192
	%921 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %920)
	%922 = extractvalue { i32, i32, i32, i32 } %921, 0
	%923 = extractvalue { i32, i32, i32, i32 } %921, 1
	%924 = extractvalue { i32, i32, i32, i32 } %921, 2
	%925 = extractvalue { i32, i32, i32, i32 } %921, 3
	%926 = xor i32 %293, 224
	%927 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %926)
	%928 = extractvalue { i32, i32, i32, i32 } %927, 0
	%929 = extractvalue { i32, i32, i32, i32 } %927, 1
	%930 = extractvalue { i32, i32, i32, i32 } %927, 2
	%931 = extractvalue { i32, i32, i32, i32 } %927, 3
	%932 = and i32 %5, 7
	%933 = shl i32 %275, 3
	%934 = add i32 %932, %933
	%935 = lshr i32 %5, 3
	%936 = and i32 %935, 1
	%937 = mul i32 %934, 256
	%938 = add i32 %0, %937
	%939 = and i32 %5, 7
	%940 = xor i32 %936, %939
	%941 = shl i32 %940, 4
	%942 = add i32 %938, %941
	%943 = xor i32 %942, 0
	%944 = add i32 %943, 0
	%945 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %944)
	%946 = extractvalue { i32, i32, i32, i32 } %945, 0
	%947 = extractvalue { i32, i32, i32, i32 } %945, 1
	%948 = extractvalue { i32, i32, i32, i32 } %945, 2
	%949 = extractvalue { i32, i32, i32, i32 } %945, 3
	%950 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %946, i32 %947, float 0.0, float 0.0, float 0.0, float 0.0)
	%951 = extractvalue { float, float, float, float } %950, 0
	%952 = extractvalue { float, float, float, float } %950, 1
	%953 = extractvalue { float, float, float, float } %950, 2
	%954 = extractvalue { float, float, float, float } %950, 3
	%955 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %948, i32 %949, float 0.0, float 0.0, float 0.0, float 0.0)
	%956 = extractvalue { float, float, float, float } %955, 0
	%957 = extractvalue { float, float, float, float } %955, 1
	%958 = extractvalue { float, float, float, float } %955, 2
	%959 = extractvalue { float, float, float, float } %955, 3
	%960 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %946, i32 %947, float 0.0, float 0.0, float 0.0, float 0.0)
	%961 = extractvalue { float, float, float, float } %960, 0
	%962 = extractvalue { float, float, float, float } %960, 1
	%963 = extractvalue { float, float, float, float } %960, 2
	%964 = extractvalue { float, float, float, float } %960, 3
	%965 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %948, i32 %949, float 0.0, float 0.0, float 0.0, float 0.0)
	%966 = extractvalue { float, float, float, float } %965, 0
	%967 = extractvalue { float, float, float, float } %965, 1
	%968 = extractvalue { float, float, float, float } %965, 2
	%969 = extractvalue { float, float, float, float } %965, 3
	%970 = add i32 %943, u0x1000
	%971 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %970)
	%972 = extractvalue { i32, i32, i32, i32 } %971, 0
	%973 = extractvalue { i32, i32, i32, i32 } %971, 1
	%974 = extractvalue { i32, i32, i32, i32 } %971, 2
	%975 = extractvalue { i32, i32, i32, i32 } %971, 3
	%976 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %972, i32 %973, float 0.0, float 0.0, float 0.0, float 0.0)
	%977 = extractvalue { float, float, float, float } %976, 0
	%978 = extractvalue { float, float, float, float } %976, 1
	%979 = extractvalue { float, float, float, float } %976, 2
	%980 = extractvalue { float, float, float, float } %976, 3
	%981 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %974, i32 %975, float 0.0, float 0.0, float 0.0, float 0.0)
	%982 = extractvalue { float, float, float, float } %981, 0
	%983 = extractvalue { float, float, float, float } %981, 1
	%984 = extractvalue { float, float, float, float } %981, 2
	%985 = extractvalue { float, float, float, float } %981, 3
	%986 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %972, i32 %973, float 0.0, float 0.0, float 0.0, float 0.0)
	%987 = extractvalue { float, float, float, float } %986, 0
	%988 = extractvalue { float, float, float, float } %986, 1
	%989 = extractvalue { float, float, float, float } %986, 2
	%990 = extractvalue { float, float, float, float } %986, 3
	%991 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %974, i32 %975, float 0.0, float 0.0, float 0.0, float 0.0)
	%992 = extractvalue { float, float, float, float } %991, 0
	%993 = extractvalue { float, float, float, float } %991, 1
	%994 = extractvalue { float, float, float, float } %991, 2
	%995 = extractvalue { float, float, float, float } %991, 3
	%996 = add i32 %943, u0x2000
	%997 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %996)
	%998 = extractvalue { i32, i32, i32, i32 } %997, 0
	%999 = extractvalue { i32, i32, i32, i32 } %997, 1
	%1000 = extractvalue { i32, i32, i32, i32 } %997, 2
	%1001 = extractvalue { i32, i32, i32, i32 } %997, 3
	%1002 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %998, i32 %999, float 0.0, float 0.0, float 0.0, float 0.0)
	%1003 = extractvalue { float, float, float, float } %1002, 0
	%1004 = extractvalue { float, float, float, float } %1002, 1
	%1005 = extractvalue { float, float, float, float } %1002, 2
	%1006 = extractvalue { float, float, float, float } %1002, 3
	%1007 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1000, i32 %1001, float 0.0, float 0.0, float 0.0, float 0.0)
	%1008 = extractvalue { float, float, float, float } %1007, 0
	%1009 = extractvalue { float, float, float, float } %1007, 1
	%1010 = extractvalue { float, float, float, float } %1007, 2
	%1011 = extractvalue { float, float, float, float } %1007, 3
	%1012 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %998, i32 %999, float 0.0, float 0.0, float 0.0, float 0.0)
	%1013 = extractvalue { float, float, float, float } %1012, 0
	%1014 = extractvalue { float, float, float, float } %1012, 1
	%1015 = extractvalue { float, float, float, float } %1012, 2
	%1016 = extractvalue { float, float, float, float } %1012, 3
	%1017 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1000, i32 %1001, float 0.0, float 0.0, float 0.0, float 0.0)
	%1018 = extractvalue { float, float, float, float } %1017, 0
	%1019 = extractvalue { float, float, float, float } %1017, 1
	%1020 = extractvalue { float, float, float, float } %1017, 2
	%1021 = extractvalue { float, float, float, float } %1017, 3
	%1022 = add i32 %943, 12288
	%1023 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1022)
	%1024 = extractvalue { i32, i32, i32, i32 } %1023, 0
	%1025 = extractvalue { i32, i32, i32, i32 } %1023, 1
	%1026 = extractvalue { i32, i32, i32, i32 } %1023, 2
	%1027 = extractvalue { i32, i32, i32, i32 } %1023, 3
	%1028 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1024, i32 %1025, float 0.0, float 0.0, float 0.0, float 0.0)
	%1029 = extractvalue { float, float, float, float } %1028, 0
	%1030 = extractvalue { float, float, float, float } %1028, 1
	%1031 = extractvalue { float, float, float, float } %1028, 2
	%1032 = extractvalue { float, float, float, float } %1028, 3
	%1033 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1026, i32 %1027, float 0.0, float 0.0, float 0.0, float 0.0)
	%1034 = extractvalue { float, float, float, float } %1033, 0
	%1035 = extractvalue { float, float, float, float } %1033, 1
	%1036 = extractvalue { float, float, float, float } %1033, 2
	%1037 = extractvalue { float, float, float, float } %1033, 3
	%1038 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1024, i32 %1025, float 0.0, float 0.0, float 0.0, float 0.0)
	%1039 = extractvalue { float, float, float, float } %1038, 0
	%1040 = extractvalue { float, float, float, float } %1038, 1
	%1041 = extractvalue { float, float, float, float } %1038, 2
	%1042 = extractvalue { float, float, float, float } %1038, 3
	%1043 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1026, i32 %1027, float 0.0, float 0.0, float 0.0, float 0.0)
	%1044 = extractvalue { float, float, float, float } %1043, 0
	%1045 = extractvalue { float, float, float, float } %1043, 1
	%1046 = extractvalue { float, float, float, float } %1043, 2
	%1047 = extractvalue { float, float, float, float } %1043, 3
	%1048 = xor i32 %942, 32
	%1049 = add i32 %1048, 0
	%1050 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1049)
	%1051 = extractvalue { i32, i32, i32, i32 } %1050, 0
	%1052 = extractvalue { i32, i32, i32, i32 } %1050, 1
	%1053 = extractvalue { i32, i32, i32, i32 } %1050, 2
	%1054 = extractvalue { i32, i32, i32, i32 } %1050, 3
	%1055 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1051, i32 %1052, float %951, float %952, float %953, float %954)
	%1056 = extractvalue { float, float, float, float } %1055, 0
	%1057 = extractvalue { float, float, float, float } %1055, 1
	%1058 = extractvalue { float, float, float, float } %1055, 2
	%1059 = extractvalue { float, float, float, float } %1055, 3
	%1060 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1053, i32 %1054, float %956, float %957, float %958, float %959)
	%1061 = extractvalue { float, float, float, float } %1060, 0
	%1062 = extractvalue { float, float, float, float } %1060, 1
	%1063 = extractvalue { float, float, float, float } %1060, 2
	%1064 = extractvalue { float, float, float, float } %1060, 3
	%1065 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1051, i32 %1052, float %961, float %962, float %963, float %964)
	%1066 = extractvalue { float, float, float, float } %1065, 0
	%1067 = extractvalue { float, float, float, float } %1065, 1
	%1068 = extractvalue { float, float, float, float } %1065, 2
	%1069 = extractvalue { float, float, float, float } %1065, 3
	%1070 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1053, i32 %1054, float %966, float %967, float %968, float %969)
	%1071 = extractvalue { float, float, float, float } %1070, 0
	%1072 = extractvalue { float, float, float, float } %1070, 1
	%1073 = extractvalue { float, float, float, float } %1070, 2
	%1074 = extractvalue { float, float, float, float } %1070, 3
	%1075 = add i32 %1048, u0x1000
	%1076 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1075)
	%1077 = extractvalue { i32, i32, i32, i32 } %1076, 0
	%1078 = extractvalue { i32, i32, i32, i32 } %1076, 1
	%1079 = extractvalue { i32, i32, i32, i32 } %1076, 2
	%1080 = extractvalue { i32, i32, i32, i32 } %1076, 3
	%1081 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1077, i32 %1078, float %977, float %978, float %979, float %980)
	%1082 = extractvalue { float, float, float, float } %1081, 0
	%1083 = extractvalue { float, float, float, float } %1081, 1
	%1084 = extractvalue { float, float, float, float } %1081, 2
	%1085 = extractvalue { float, float, float, float } %1081, 3
	%1086 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1079, i32 %1080, float %982, float %983, float %984, float %985)
	%1087 = extractvalue { float, float, float, float } %1086, 0
	%1088 = extractvalue { float, float, float, float } %1086, 1
	%1089 = extractvalue { float, float, float, float } %1086, 2
	%1090 = extractvalue { float, float, float, float } %1086, 3
	%1091 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1077, i32 %1078, float %987, float %988, float %989, float %990)
	%1092 = extractvalue { float, float, float, float } %1091, 0
	%1093 = extractvalue { float, float, float, float } %1091, 1
	%1094 = extractvalue { float, float, float, float } %1091, 2
	%1095 = extractvalue { float, float, float, float } %1091, 3
	%1096 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1079, i32 %1080, float %992, float %993, float %994, float %995)
	%1097 = extractvalue { float, float, float, float } %1096, 0
	%1098 = extractvalue { float, float, float, float } %1096, 1
	%1099 = extractvalue { float, float, float, float } %1096, 2
	%1100 = extractvalue { float, float, float, float } %1096, 3
	%1101 = add i32 %1048, u0x2000
	%1102 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1101)
	%1103 = extractvalue { i32, i32, i32, i32 } %1102, 0
	%1104 = extractvalue { i32, i32, i32, i32 } %1102, 1
	%1105 = extractvalue { i32, i32, i32, i32 } %1102, 2
	%1106 = extractvalue { i32, i32, i32, i32 } %1102, 3
	%1107 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1103, i32 %1104, float %1003, float %1004, float %1005, float %1006)
	%1108 = extractvalue { float, float, float, float } %1107, 0
	%1109 = extractvalue { float, float, float, float } %1107, 1
	%1110 = extractvalue { float, float, float, float } %1107, 2
	%1111 = extractvalue { float, float, float, float } %1107, 3
	%1112 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1105, i32 %1106, float %1008, float %1009, float %1010, float %1011)
	%1113 = extractvalue { float, float, float, float } %1112, 0
	%1114 = extractvalue { float, float, float, float } %1112, 1
	%1115 = extractvalue { float, float, float, float } %1112, 2
	%1116 = extractvalue { float, float, float, float } %1112, 3
	%1117 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1103, i32 %1104, float %1013, float %1014, float %1015, float %1016)
	%1118 = extractvalue { float, float, float, float } %1117, 0
	%1119 = extractvalue { float, float, float, float } %1117, 1
	%1120 = extractvalue { float, float, float, float } %1117, 2
	%1121 = extractvalue { float, float, float, float } %1117, 3
	%1122 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1105, i32 %1106, float %1018, float %1019, float %1020, float %1021)
	%1123 = extractvalue { float, float, float, float } %1122, 0
	%1124 = extractvalue { float, float, float, float } %1122, 1
	%1125 = extractvalue { float, float, float, float } %1122, 2
	%1126 = extractvalue { float, float, float, float } %1122, 3
	%1127 = add i32 %1048, 12288
	%1128 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1127)
	%1129 = extractvalue { i32, i32, i32, i32 } %1128, 0
	%1130 = extractvalue { i32, i32, i32, i32 } %1128, 1
	%1131 = extractvalue { i32, i32, i32, i32 } %1128, 2
	%1132 = extractvalue { i32, i32, i32, i32 } %1128, 3
	%1133 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1129, i32 %1130, float %1029, float %1030, float %1031, float %1032)
	%1134 = extractvalue { float, float, float, float } %1133, 0
	%1135 = extractvalue { float, float, float, float } %1133, 1
	%1136 = extractvalue { float, float, float, float } %1133, 2
	%1137 = extractvalue { float, float, float, float } %1133, 3
	%1138 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1131, i32 %1132, float %1034, float %1035, float %1036, float %1037)
	%1139 = extractvalue { float, float, float, float } %1138, 0
	%1140 = extractvalue { float, float, float, float } %1138, 1
	%1141 = extractvalue { float, float, float, float } %1138, 2
	%1142 = extractvalue { float, float, float, float } %1138, 3
	%1143 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1129, i32 %1130, float %1039, float %1040, float %1041, float %1042)
	%1144 = extractvalue { float, float, float, float } %1143, 0
	%1145 = extractvalue { float, float, float, float } %1143, 1
	%1146 = extractvalue { float, float, float, float } %1143, 2
	%1147 = extractvalue { float, float, float, float } %1143, 3
	%1148 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1131, i32 %1132, float %1044, float %1045, float %1046, float %1047)
	%1149 = extractvalue { float, float, float, float } %1148, 0
	%1150 = extractvalue { float, float, float, float } %1148, 1
	%1151 = extractvalue { float, float, float, float } %1148, 2
	%1152 = extractvalue { float, float, float, float } %1148, 3
	%1153 = xor i32 %942, 64
	%1154 = add i32 %1153, 0
	%1155 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1154)
	%1156 = extractvalue { i32, i32, i32, i32 } %1155, 0
	%1157 = extractvalue { i32, i32, i32, i32 } %1155, 1
	%1158 = extractvalue { i32, i32, i32, i32 } %1155, 2
	%1159 = extractvalue { i32, i32, i32, i32 } %1155, 3
	%1160 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1156, i32 %1157, float %1056, float %1057, float %1058, float %1059)
	%1161 = extractvalue { float, float, float, float } %1160, 0
	%1162 = extractvalue { float, float, float, float } %1160, 1
	%1163 = extractvalue { float, float, float, float } %1160, 2
	%1164 = extractvalue { float, float, float, float } %1160, 3
	%1165 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1158, i32 %1159, float %1061, float %1062, float %1063, float %1064)
	%1166 = extractvalue { float, float, float, float } %1165, 0
	%1167 = extractvalue { float, float, float, float } %1165, 1
	%1168 = extractvalue { float, float, float, float } %1165, 2
	%1169 = extractvalue { float, float, float, float } %1165, 3
	%1170 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1156, i32 %1157, float %1066, float %1067, float %1068, float %1069)
	%1171 = extractvalue { float, float, float, float } %1170, 0
	%1172 = extractvalue { float, float, float, float } %1170, 1
	%1173 = extractvalue { float, float, float, float } %1170, 2
	%1174 = extractvalue { float, float, float, float } %1170, 3
	%1175 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1158, i32 %1159, float %1071, float %1072, float %1073, float %1074)
	%1176 = extractvalue { float, float, float, float } %1175, 0
	%1177 = extractvalue { float, float, float, float } %1175, 1
	%1178 = extractvalue { float, float, float, float } %1175, 2
	%1179 = extractvalue { float, float, float, float } %1175, 3
	%1180 = add i32 %1153, u0x1000
	%1181 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1180)
	%1182 = extractvalue { i32, i32, i32, i32 } %1181, 0
	%1183 = extractvalue { i32, i32, i32, i32 } %1181, 1
	%1184 = extractvalue { i32, i32, i32, i32 } %1181, 2
	%1185 = extractvalue { i32, i32, i32, i32 } %1181, 3
	%1186 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1182, i32 %1183, float %1082, float %1083, float %1084, float %1085)
	%1187 = extractvalue { float, float, float, float } %1186, 0
	%1188 = extractvalue { float, float, float, float } %1186, 1
	%1189 = extractvalue { float, float, float, float } %1186, 2
	%1190 = extractvalue { float, float, float, float } %1186, 3
	%1191 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1184, i32 %1185, float %1087, float %1088, float %1089, float %1090)
	%1192 = extractvalue { float, float, float, float } %1191, 0
	%1193 = extractvalue { float, float, float, float } %1191, 1
	%1194 = extractvalue { float, float, float, float } %1191, 2
	%1195 = extractvalue { float, float, float, float } %1191, 3
	%1196 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1182, i32 %1183, float %1092, float %1093, float %1094, float %1095)
	%1197 = extractvalue { float, float, float, float } %1196, 0
	%1198 = extractvalue { float, float, float, float } %1196, 1
	%1199 = extractvalue { float, float, float, float } %1196, 2
	%1200 = extractvalue { float, float, float, float } %1196, 3
	%1201 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1184, i32 %1185, float %1097, float %1098, float %1099, float %1100)
	%1202 = extractvalue { float, float, float, float } %1201, 0
	%1203 = extractvalue { float, float, float, float } %1201, 1
	%1204 = extractvalue { float, float, float, float } %1201, 2
	%1205 = extractvalue { float, float, float, float } %1201, 3
	%1206 = add i32 %1153, u0x2000
	%1207 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1206)
	%1208 = extractvalue { i32, i32, i32, i32 } %1207, 0
	%1209 = extractvalue { i32, i32, i32, i32 } %1207, 1
	%1210 = extractvalue { i32, i32, i32, i32 } %1207, 2
	%1211 = extractvalue { i32, i32, i32, i32 } %1207, 3
	%1212 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1208, i32 %1209, float %1108, float %1109, float %1110, float %1111)
	%1213 = extractvalue { float, float, float, float } %1212, 0
	%1214 = extractvalue { float, float, float, float } %1212, 1
	%1215 = extractvalue { float, float, float, float } %1212, 2
	%1216 = extractvalue { float, float, float, float } %1212, 3
	%1217 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1210, i32 %1211, float %1113, float %1114, float %1115, float %1116)
	%1218 = extractvalue { float, float, float, float } %1217, 0
	%1219 = extractvalue { float, float, float, float } %1217, 1
	%1220 = extractvalue { float, float, float, float } %1217, 2
	%1221 = extractvalue { float, float, float, float } %1217, 3
	%1222 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1208, i32 %1209, float %1118, float %1119, float %1120, float %1121)
	%1223 = extractvalue { float, float, float, float } %1222, 0
	%1224 = extractvalue { float, float, float, float } %1222, 1
	%1225 = extractvalue { float, float, float, float } %1222, 2
	%1226 = extractvalue { float, float, float, float } %1222, 3
	%1227 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1210, i32 %1211, float %1123, float %1124, float %1125, float %1126)
	%1228 = extractvalue { float, float, float, float } %1227, 0
	%1229 = extractvalue { float, float, float, float } %1227, 1
	%1230 = extractvalue { float, float, float, float } %1227, 2
	%1231 = extractvalue { float, float, float, float } %1227, 3
	%1232 = add i32 %1153, 12288
	%1233 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1232)
	%1234 = extractvalue { i32, i32, i32, i32 } %1233, 0
	%1235 = extractvalue { i32, i32, i32, i32 } %1233, 1
	%1236 = extractvalue { i32, i32, i32, i32 } %1233, 2
	%1237 = extractvalue { i32, i32, i32, i32 } %1233, 3
	%1238 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1234, i32 %1235, float %1134, float %1135, float %1136, float %1137)
	%1239 = extractvalue { float, float, float, float } %1238, 0
	%1240 = extractvalue { float, float, float, float } %1238, 1
	%1241 = extractvalue { float, float, float, float } %1238, 2
	%1242 = extractvalue { float, float, float, float } %1238, 3
	%1243 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1236, i32 %1237, float %1139, float %1140, float %1141, float %1142)
	%1244 = extractvalue { float, float, float, float } %1243, 0
	%1245 = extractvalue { float, float, float, float } %1243, 1
	%1246 = extractvalue { float, float, float, float } %1243, 2
	%1247 = extractvalue { float, float, float, float } %1243, 3
	%1248 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1234, i32 %1235, float %1144, float %1145, float %1146, float %1147)
	%1249 = extractvalue { float, float, float, float } %1248, 0
	%1250 = extractvalue { float, float, float, float } %1248, 1
	%1251 = extractvalue { float, float, float, float } %1248, 2
	%1252 = extractvalue { float, float, float, float } %1248, 3
	%1253 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1236, i32 %1237, float %1149, float %1150, float %1151, float %1152)
	%1254 = extractvalue { float, float, float, float } %1253, 0
	%1255 = extractvalue { float, float, float, float } %1253, 1
	%1256 = extractvalue { float, float, float, float } %1253, 2
	%1257 = extractvalue { float, float, float, float } %1253, 3
	%1258 = xor i32 %942, 96
	%1259 = add i32 %1258, 0
	%1260 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1259)
	%1261 = extractvalue { i32, i32, i32, i32 } %1260, 0
	%1262 = extractvalue { i32, i32, i32, i32 } %1260, 1
	%1263 = extractvalue { i32, i32, i32, i32 } %1260, 2
	%1264 = extractvalue { i32, i32, i32, i32 } %1260, 3
	%1265 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1261, i32 %1262, float %1161, float %1162, float %1163, float %1164)
	%1266 = extractvalue { float, float, float, float } %1265, 0
	%1267 = extractvalue { float, float, float, float } %1265, 1
	%1268 = extractvalue { float, float, float, float } %1265, 2
	%1269 = extractvalue { float, float, float, float } %1265, 3
	%1270 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1263, i32 %1264, float %1166, float %1167, float %1168, float %1169)
	%1271 = extractvalue { float, float, float, float } %1270, 0
	%1272 = extractvalue { float, float, float, float } %1270, 1
	%1273 = extractvalue { float, float, float, float } %1270, 2
	%1274 = extractvalue { float, float, float, float } %1270, 3
	%1275 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1261, i32 %1262, float %1171, float %1172, float %1173, float %1174)
	%1276 = extractvalue { float, float, float, float } %1275, 0
	%1277 = extractvalue { float, float, float, float } %1275, 1
	%1278 = extractvalue { float, float, float, float } %1275, 2
	%1279 = extractvalue { float, float, float, float } %1275, 3
	%1280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1263, i32 %1264, float %1176, float %1177, float %1178, float %1179)
	%1281 = extractvalue { float, float, float, float } %1280, 0
	%1282 = extractvalue { float, float, float, float } %1280, 1
	%1283 = extractvalue { float, float, float, float } %1280, 2
	%1284 = extractvalue { float, float, float, float } %1280, 3
	%1285 = add i32 %1258, u0x1000
	%1286 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1285)
	%1287 = extractvalue { i32, i32, i32, i32 } %1286, 0
	%1288 = extractvalue { i32, i32, i32, i32 } %1286, 1
	%1289 = extractvalue { i32, i32, i32, i32 } %1286, 2
	%1290 = extractvalue { i32, i32, i32, i32 } %1286, 3
	%1291 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1287, i32 %1288, float %1187, float %1188, float %1189, float %1190)
	%1292 = extractvalue { float, float, float, float } %1291, 0
	%1293 = extractvalue { float, float, float, float } %1291, 1
	%1294 = extractvalue { float, float, float, float } %1291, 2
	%1295 = extractvalue { float, float, float, float } %1291, 3
	%1296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1289, i32 %1290, float %1192, float %1193, float %1194, float %1195)
	%1297 = extractvalue { float, float, float, float } %1296, 0
	%1298 = extractvalue { float, float, float, float } %1296, 1
	%1299 = extractvalue { float, float, float, float } %1296, 2
	%1300 = extractvalue { float, float, float, float } %1296, 3
	%1301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1287, i32 %1288, float %1197, float %1198, float %1199, float %1200)
	%1302 = extractvalue { float, float, float, float } %1301, 0
	%1303 = extractvalue { float, float, float, float } %1301, 1
	%1304 = extractvalue { float, float, float, float } %1301, 2
	%1305 = extractvalue { float, float, float, float } %1301, 3
	%1306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1289, i32 %1290, float %1202, float %1203, float %1204, float %1205)
	%1307 = extractvalue { float, float, float, float } %1306, 0
	%1308 = extractvalue { float, float, float, float } %1306, 1
	%1309 = extractvalue { float, float, float, float } %1306, 2
	%1310 = extractvalue { float, float, float, float } %1306, 3
	%1311 = add i32 %1258, u0x2000
	%1312 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1311)
	%1313 = extractvalue { i32, i32, i32, i32 } %1312, 0
	%1314 = extractvalue { i32, i32, i32, i32 } %1312, 1
	%1315 = extractvalue { i32, i32, i32, i32 } %1312, 2
	%1316 = extractvalue { i32, i32, i32, i32 } %1312, 3
	%1317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1313, i32 %1314, float %1213, float %1214, float %1215, float %1216)
	%1318 = extractvalue { float, float, float, float } %1317, 0
	%1319 = extractvalue { float, float, float, float } %1317, 1
	%1320 = extractvalue { float, float, float, float } %1317, 2
	%1321 = extractvalue { float, float, float, float } %1317, 3
	%1322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1315, i32 %1316, float %1218, float %1219, float %1220, float %1221)
	%1323 = extractvalue { float, float, float, float } %1322, 0
	%1324 = extractvalue { float, float, float, float } %1322, 1
	%1325 = extractvalue { float, float, float, float } %1322, 2
	%1326 = extractvalue { float, float, float, float } %1322, 3
	%1327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1313, i32 %1314, float %1223, float %1224, float %1225, float %1226)
	%1328 = extractvalue { float, float, float, float } %1327, 0
	%1329 = extractvalue { float, float, float, float } %1327, 1
	%1330 = extractvalue { float, float, float, float } %1327, 2
	%1331 = extractvalue { float, float, float, float } %1327, 3
	%1332 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1315, i32 %1316, float %1228, float %1229, float %1230, float %1231)
	%1333 = extractvalue { float, float, float, float } %1332, 0
	%1334 = extractvalue { float, float, float, float } %1332, 1
	%1335 = extractvalue { float, float, float, float } %1332, 2
	%1336 = extractvalue { float, float, float, float } %1332, 3
	%1337 = add i32 %1258, 12288
	%1338 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1337)
	%1339 = extractvalue { i32, i32, i32, i32 } %1338, 0
	%1340 = extractvalue { i32, i32, i32, i32 } %1338, 1
	%1341 = extractvalue { i32, i32, i32, i32 } %1338, 2
	%1342 = extractvalue { i32, i32, i32, i32 } %1338, 3
	%1343 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1339, i32 %1340, float %1239, float %1240, float %1241, float %1242)
	%1344 = extractvalue { float, float, float, float } %1343, 0
	%1345 = extractvalue { float, float, float, float } %1343, 1
	%1346 = extractvalue { float, float, float, float } %1343, 2
	%1347 = extractvalue { float, float, float, float } %1343, 3
	%1348 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %1341, i32 %1342, float %1244, float %1245, float %1246, float %1247)
	%1349 = extractvalue { float, float, float, float } %1348, 0
	%1350 = extractvalue { float, float, float, float } %1348, 1
	%1351 = extractvalue { float, float, float, float } %1348, 2
	%1352 = extractvalue { float, float, float, float } %1348, 3
	%1353 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1339, i32 %1340, float %1249, float %1250, float %1251, float %1252)
	%1354 = extractvalue { float, float, float, float } %1353, 0
	%1355 = extractvalue { float, float, float, float } %1353, 1
	%1356 = extractvalue { float, float, float, float } %1353, 2
	%1357 = extractvalue { float, float, float, float } %1353, 3
	%1358 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %904, i32 %905, i32 %906, i32 %907, i32 %1341, i32 %1342, float %1254, float %1255, float %1256, float %1257)
	%1359 = extractvalue { float, float, float, float } %1358, 0
	%1360 = extractvalue { float, float, float, float } %1358, 1
	%1361 = extractvalue { float, float, float, float } %1358, 2
	%1362 = extractvalue { float, float, float, float } %1358, 3
	%1363 = xor i32 %942, 128
	%1364 = add i32 %1363, 0
	%1365 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1364)
	%1366 = extractvalue { i32, i32, i32, i32 } %1365, 0
	%1367 = extractvalue { i32, i32, i32, i32 } %1365, 1
	%1368 = extractvalue { i32, i32, i32, i32 } %1365, 2
	%1369 = extractvalue { i32, i32, i32, i32 } %1365, 3
	%1370 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1366, i32 %1367, float %1266, float %1267, float %1268, float %1269)
	%1371 = extractvalue { float, float, float, float } %1370, 0
	%1372 = extractvalue { float, float, float, float } %1370, 1
	%1373 = extractvalue { float, float, float, float } %1370, 2
	%1374 = extractvalue { float, float, float, float } %1370, 3
	%1375 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1368, i32 %1369, float %1271, float %1272, float %1273, float %1274)
	%1376 = extractvalue { float, float, float, float } %1375, 0
	%1377 = extractvalue { float, float, float, float } %1375, 1
	%1378 = extractvalue { float, float, float, float } %1375, 2
	%1379 = extractvalue { float, float, float, float } %1375, 3
	%1380 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1366, i32 %1367, float %1276, float %1277, float %1278, float %1279)
	%1381 = extractvalue { float, float, float, float } %1380, 0
	%1382 = extractvalue { float, float, float, float } %1380, 1
	%1383 = extractvalue { float, float, float, float } %1380, 2
	%1384 = extractvalue { float, float, float, float } %1380, 3
	%1385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1368, i32 %1369, float %1281, float %1282, float %1283, float %1284)
	%1386 = extractvalue { float, float, float, float } %1385, 0
	%1387 = extractvalue { float, float, float, float } %1385, 1
	%1388 = extractvalue { float, float, float, float } %1385, 2
	%1389 = extractvalue { float, float, float, float } %1385, 3
	%1390 = add i32 %1363, u0x1000
	%1391 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1390)
	%1392 = extractvalue { i32, i32, i32, i32 } %1391, 0
	%1393 = extractvalue { i32, i32, i32, i32 } %1391, 1
	%1394 = extractvalue { i32, i32, i32, i32 } %1391, 2
	%1395 = extractvalue { i32, i32, i32, i32 } %1391, 3
	%1396 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1392, i32 %1393, float %1292, float %1293, float %1294, float %1295)
	%1397 = extractvalue { float, float, float, float } %1396, 0
	%1398 = extractvalue { float, float, float, float } %1396, 1
	%1399 = extractvalue { float, float, float, float } %1396, 2
	%1400 = extractvalue { float, float, float, float } %1396, 3
	%1401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1394, i32 %1395, float %1297, float %1298, float %1299, float %1300)
	%1402 = extractvalue { float, float, float, float } %1401, 0
	%1403 = extractvalue { float, float, float, float } %1401, 1
	%1404 = extractvalue { float, float, float, float } %1401, 2
	%1405 = extractvalue { float, float, float, float } %1401, 3
	%1406 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1392, i32 %1393, float %1302, float %1303, float %1304, float %1305)
	%1407 = extractvalue { float, float, float, float } %1406, 0
	%1408 = extractvalue { float, float, float, float } %1406, 1
	%1409 = extractvalue { float, float, float, float } %1406, 2
	%1410 = extractvalue { float, float, float, float } %1406, 3
	%1411 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1394, i32 %1395, float %1307, float %1308, float %1309, float %1310)
	%1412 = extractvalue { float, float, float, float } %1411, 0
	%1413 = extractvalue { float, float, float, float } %1411, 1
	%1414 = extractvalue { float, float, float, float } %1411, 2
	%1415 = extractvalue { float, float, float, float } %1411, 3
	%1416 = add i32 %1363, u0x2000
	%1417 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1416)
	%1418 = extractvalue { i32, i32, i32, i32 } %1417, 0
	%1419 = extractvalue { i32, i32, i32, i32 } %1417, 1
	%1420 = extractvalue { i32, i32, i32, i32 } %1417, 2
	%1421 = extractvalue { i32, i32, i32, i32 } %1417, 3
	%1422 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1418, i32 %1419, float %1318, float %1319, float %1320, float %1321)
	%1423 = extractvalue { float, float, float, float } %1422, 0
	%1424 = extractvalue { float, float, float, float } %1422, 1
	%1425 = extractvalue { float, float, float, float } %1422, 2
	%1426 = extractvalue { float, float, float, float } %1422, 3
	%1427 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1420, i32 %1421, float %1323, float %1324, float %1325, float %1326)
	%1428 = extractvalue { float, float, float, float } %1427, 0
	%1429 = extractvalue { float, float, float, float } %1427, 1
	%1430 = extractvalue { float, float, float, float } %1427, 2
	%1431 = extractvalue { float, float, float, float } %1427, 3
	%1432 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1418, i32 %1419, float %1328, float %1329, float %1330, float %1331)
	%1433 = extractvalue { float, float, float, float } %1432, 0
	%1434 = extractvalue { float, float, float, float } %1432, 1
	%1435 = extractvalue { float, float, float, float } %1432, 2
	%1436 = extractvalue { float, float, float, float } %1432, 3
	%1437 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1420, i32 %1421, float %1333, float %1334, float %1335, float %1336)
	%1438 = extractvalue { float, float, float, float } %1437, 0
	%1439 = extractvalue { float, float, float, float } %1437, 1
	%1440 = extractvalue { float, float, float, float } %1437, 2
	%1441 = extractvalue { float, float, float, float } %1437, 3
	%1442 = add i32 %1363, 12288
	%1443 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1442)
	%1444 = extractvalue { i32, i32, i32, i32 } %1443, 0
	%1445 = extractvalue { i32, i32, i32, i32 } %1443, 1
	%1446 = extractvalue { i32, i32, i32, i32 } %1443, 2
	%1447 = extractvalue { i32, i32, i32, i32 } %1443, 3
	%1448 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1444, i32 %1445, float %1344, float %1345, float %1346, float %1347)
	%1449 = extractvalue { float, float, float, float } %1448, 0
	%1450 = extractvalue { float, float, float, float } %1448, 1
	%1451 = extractvalue { float, float, float, float } %1448, 2
	%1452 = extractvalue { float, float, float, float } %1448, 3
	%1453 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1446, i32 %1447, float %1349, float %1350, float %1351, float %1352)
	%1454 = extractvalue { float, float, float, float } %1453, 0
	%1455 = extractvalue { float, float, float, float } %1453, 1
	%1456 = extractvalue { float, float, float, float } %1453, 2
	%1457 = extractvalue { float, float, float, float } %1453, 3
	%1458 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1444, i32 %1445, float %1354, float %1355, float %1356, float %1357)
	%1459 = extractvalue { float, float, float, float } %1458, 0
	%1460 = extractvalue { float, float, float, float } %1458, 1
	%1461 = extractvalue { float, float, float, float } %1458, 2
	%1462 = extractvalue { float, float, float, float } %1458, 3
	%1463 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %910, i32 %911, i32 %912, i32 %913, i32 %1446, i32 %1447, float %1359, float %1360, float %1361, float %1362)
	%1464 = extractvalue { float, float, float, float } %1463, 0
	%1465 = extractvalue { float, float, float, float } %1463, 1
	%1466 = extractvalue { float, float, float, float } %1463, 2
	%1467 = extractvalue { float, float, float, float } %1463, 3
	%1468 = xor i32 %942, 160
	%1469 = add i32 %1468, 0
	%1470 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1469)
	%1471 = extractvalue { i32, i32, i32, i32 } %1470, 0
	%1472 = extractvalue { i32, i32, i32, i32 } %1470, 1
	%1473 = extractvalue { i32, i32, i32, i32 } %1470, 2
	%1474 = extractvalue { i32, i32, i32, i32 } %1470, 3
	%1475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1471, i32 %1472, float %1371, float %1372, float %1373, float %1374)
	%1476 = extractvalue { float, float, float, float } %1475, 0
	%1477 = extractvalue { float, float, float, float } %1475, 1
	%1478 = extractvalue { float, float, float, float } %1475, 2
	%1479 = extractvalue { float, float, float, float } %1475, 3
	%1480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1473, i32 %1474, float %1376, float %1377, float %1378, float %1379)
	%1481 = extractvalue { float, float, float, float } %1480, 0
	%1482 = extractvalue { float, float, float, float } %1480, 1
	%1483 = extractvalue { float, float, float, float } %1480, 2
	%1484 = extractvalue { float, float, float, float } %1480, 3
	%1485 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %916, i32 %917, i32 %918, i32 %919, i32 %1471, i32 %1472, float %1381, float %1382, float %1383, float %1384)
	%1486 = extractvalue { float, float, float, float } %1485, 0
	%1487 = extractvalue { float, float, float, float } %1485, 1
	%1488 = extractvalue { float, float, float, float } %1485, 2
	%1489 = extractvalue { float, float, float, float } %1485, 3
	%1490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %916, i32 %917, i32 %918, i32 %919, i32 %1473, i32 %1474, float %1386, float %1387, float %1388, float %1389)
	%1491 = extractvalue { float, float, float, float } %1490, 0
	%1492 = extractvalue { float, float, float, float } %1490, 1
	%1493 = extractvalue { float, float, float, float } %1490, 2
	%1494 = extractvalue { float, float, float, float } %1490, 3
	%1495 = add i32 %1468, u0x1000
	%1496 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1495)
	%1497 = extractvalue { i32, i32, i32, i32 } %1496, 0
	%1498 = extractvalue { i32, i32, i32, i32 } %1496, 1
	%1499 = extractvalue { i32, i32, i32, i32 } %1496, 2
	%1500 = extractvalue { i32, i32, i32, i32 } %1496, 3
	%1501 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1497, i32 %1498, float %1397, float %1398, float %1399, float %1400)
	%1502 = extractvalue { float, float, float, float } %1501, 0
	%1503 = extractvalue { float, float, float, float } %1501, 1
	%1504 = extractvalue { float, float, float, float } %1501, 2
	%1505 = extractvalue { float, float, float, float } %1501, 3
	%1506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1499, i32 %1500, float %1402, float %1403, float %1404, float %1405)
	%1507 = extractvalue { float, float, float, float } %1506, 0
	%1508 = extractvalue { float, float, float, float } %1506, 1
	%1509 = extractvalue { float, float, float, float } %1506, 2
	%1510 = extractvalue { float, float, float, float } %1506, 3
	%1511 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %916, i32 %917, i32 %918, i32 %919, i32 %1497, i32 %1498, float %1407, float %1408, float %1409, float %1410)
	%1512 = extractvalue { float, float, float, float } %1511, 0
	%1513 = extractvalue { float, float, float, float } %1511, 1
	%1514 = extractvalue { float, float, float, float } %1511, 2
	%1515 = extractvalue { float, float, float, float } %1511, 3
	%1516 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %916, i32 %917, i32 %918, i32 %919, i32 %1499, i32 %1500, float %1412, float %1413, float %1414, float %1415)
	%1517 = extractvalue { float, float, float, float } %1516, 0
	%1518 = extractvalue { float, float, float, float } %1516, 1
	%1519 = extractvalue { float, float, float, float } %1516, 2
	%1520 = extractvalue { float, float, float, float } %1516, 3
	%1521 = add i32 %1468, u0x2000
	%1522 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1521)
	%1523 = extractvalue { i32, i32, i32, i32 } %1522, 0
	%1524 = extractvalue { i32, i32, i32, i32 } %1522, 1
	%1525 = extractvalue { i32, i32, i32, i32 } %1522, 2
	%1526 = extractvalue { i32, i32, i32, i32 } %1522, 3
	%1527 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1523, i32 %1524, float %1423, float %1424, float %1425, float %1426)
	%1528 = extractvalue { float, float, float, float } %1527, 0
	%1529 = extractvalue { float, float, float, float } %1527, 1
	%1530 = extractvalue { float, float, float, float } %1527, 2
	%1531 = extractvalue { float, float, float, float } %1527, 3
	%1532 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1525, i32 %1526, float %1428, float %1429, float %1430, float %1431)
	%1533 = extractvalue { float, float, float, float } %1532, 0
	%1534 = extractvalue { float, float, float, float } %1532, 1
	%1535 = extractvalue { float, float, float, float } %1532, 2
	%1536 = extractvalue { float, float, float, float } %1532, 3
	%1537 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %916, i32 %917, i32 %918, i32 %919, i32 %1523, i32 %1524, float %1433, float %1434, float %1435, float %1436)
	%1538 = extractvalue { float, float, float, float } %1537, 0
	%1539 = extractvalue { float, float, float, float } %1537, 1
	%1540 = extractvalue { float, float, float, float } %1537, 2
	%1541 = extractvalue { float, float, float, float } %1537, 3
	%1542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %916, i32 %917, i32 %918, i32 %919, i32 %1525, i32 %1526, float %1438, float %1439, float %1440, float %1441)
	%1543 = extractvalue { float, float, float, float } %1542, 0
	%1544 = extractvalue { float, float, float, float } %1542, 1
	%1545 = extractvalue { float, float, float, float } %1542, 2
	%1546 = extractvalue { float, float, float, float } %1542, 3
	%1547 = add i32 %1468, 12288
	%1548 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1547)
	%1549 = extractvalue { i32, i32, i32, i32 } %1548, 0
	%1550 = extractvalue { i32, i32, i32, i32 } %1548, 1
	%1551 = extractvalue { i32, i32, i32, i32 } %1548, 2
	%1552 = extractvalue { i32, i32, i32, i32 } %1548, 3
	%1553 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1549, i32 %1550, float %1449, float %1450, float %1451, float %1452)
	%1554 = extractvalue { float, float, float, float } %1553, 0
	%1555 = extractvalue { float, float, float, float } %1553, 1
	%1556 = extractvalue { float, float, float, float } %1553, 2
	%1557 = extractvalue { float, float, float, float } %1553, 3
	%1558 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1551, i32 %1552, float %1454, float %1455, float %1456, float %1457)
	%1559 = extractvalue { float, float, float, float } %1558, 0
	%1560 = extractvalue { float, float, float, float } %1558, 1
	%1561 = extractvalue { float, float, float, float } %1558, 2
	%1562 = extractvalue { float, float, float, float } %1558, 3
	%1563 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %916, i32 %917, i32 %918, i32 %919, i32 %1549, i32 %1550, float %1459, float %1460, float %1461, float %1462)
	%1564 = extractvalue { float, float, float, float } %1563, 0
	%1565 = extractvalue { float, float, float, float } %1563, 1
	%1566 = extractvalue { float, float, float, float } %1563, 2
	%1567 = extractvalue { float, float, float, float } %1563, 3
	%1568 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %916, i32 %917, i32 %918, i32 %919, i32 %1551, i32 %1552, float %1464, float %1465, float %1466, float %1467)
	%1569 = extractvalue { float, float, float, float } %1568, 0
	%1570 = extractvalue { float, float, float, float } %1568, 1
	%1571 = extractvalue { float, float, float, float } %1568, 2
	%1572 = extractvalue { float, float, float, float } %1568, 3
	%1573 = xor i32 %942, 192
	%1574 = add i32 %1573, 0
	%1575 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1574)
	%1576 = extractvalue { i32, i32, i32, i32 } %1575, 0
	%1577 = extractvalue { i32, i32, i32, i32 } %1575, 1
	%1578 = extractvalue { i32, i32, i32, i32 } %1575, 2
	%1579 = extractvalue { i32, i32, i32, i32 } %1575, 3
	%1580 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1576, i32 %1577, float %1476, float %1477, float %1478, float %1479)
	%1581 = extractvalue { float, float, float, float } %1580, 0
	%1582 = extractvalue { float, float, float, float } %1580, 1
	%1583 = extractvalue { float, float, float, float } %1580, 2
	%1584 = extractvalue { float, float, float, float } %1580, 3
	%1585 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1578, i32 %1579, float %1481, float %1482, float %1483, float %1484)
	%1586 = extractvalue { float, float, float, float } %1585, 0
	%1587 = extractvalue { float, float, float, float } %1585, 1
	%1588 = extractvalue { float, float, float, float } %1585, 2
	%1589 = extractvalue { float, float, float, float } %1585, 3
	%1590 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %922, i32 %923, i32 %924, i32 %925, i32 %1576, i32 %1577, float %1486, float %1487, float %1488, float %1489)
	%1591 = extractvalue { float, float, float, float } %1590, 0
	%1592 = extractvalue { float, float, float, float } %1590, 1
	%1593 = extractvalue { float, float, float, float } %1590, 2
	%1594 = extractvalue { float, float, float, float } %1590, 3
	%1595 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %922, i32 %923, i32 %924, i32 %925, i32 %1578, i32 %1579, float %1491, float %1492, float %1493, float %1494)
	%1596 = extractvalue { float, float, float, float } %1595, 0
	%1597 = extractvalue { float, float, float, float } %1595, 1
	%1598 = extractvalue { float, float, float, float } %1595, 2
	%1599 = extractvalue { float, float, float, float } %1595, 3
	%1600 = add i32 %1573, u0x1000
	%1601 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1600)
	%1602 = extractvalue { i32, i32, i32, i32 } %1601, 0
	%1603 = extractvalue { i32, i32, i32, i32 } %1601, 1
	%1604 = extractvalue { i32, i32, i32, i32 } %1601, 2
	%1605 = extractvalue { i32, i32, i32, i32 } %1601, 3
	%1606 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1602, i32 %1603, float %1502, float %1503, float %1504, float %1505)
	%1607 = extractvalue { float, float, float, float } %1606, 0
	%1608 = extractvalue { float, float, float, float } %1606, 1
	%1609 = extractvalue { float, float, float, float } %1606, 2
	%1610 = extractvalue { float, float, float, float } %1606, 3
	%1611 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1604, i32 %1605, float %1507, float %1508, float %1509, float %1510)
	%1612 = extractvalue { float, float, float, float } %1611, 0
	%1613 = extractvalue { float, float, float, float } %1611, 1
	%1614 = extractvalue { float, float, float, float } %1611, 2
	%1615 = extractvalue { float, float, float, float } %1611, 3
	%1616 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %922, i32 %923, i32 %924, i32 %925, i32 %1602, i32 %1603, float %1512, float %1513, float %1514, float %1515)
	%1617 = extractvalue { float, float, float, float } %1616, 0
	%1618 = extractvalue { float, float, float, float } %1616, 1
	%1619 = extractvalue { float, float, float, float } %1616, 2
	%1620 = extractvalue { float, float, float, float } %1616, 3
	%1621 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %922, i32 %923, i32 %924, i32 %925, i32 %1604, i32 %1605, float %1517, float %1518, float %1519, float %1520)
	%1622 = extractvalue { float, float, float, float } %1621, 0
	%1623 = extractvalue { float, float, float, float } %1621, 1
	%1624 = extractvalue { float, float, float, float } %1621, 2
	%1625 = extractvalue { float, float, float, float } %1621, 3
	%1626 = add i32 %1573, u0x2000
	%1627 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1626)
	%1628 = extractvalue { i32, i32, i32, i32 } %1627, 0
	%1629 = extractvalue { i32, i32, i32, i32 } %1627, 1
	%1630 = extractvalue { i32, i32, i32, i32 } %1627, 2
	%1631 = extractvalue { i32, i32, i32, i32 } %1627, 3
	%1632 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1628, i32 %1629, float %1528, float %1529, float %1530, float %1531)
	%1633 = extractvalue { float, float, float, float } %1632, 0
	%1634 = extractvalue { float, float, float, float } %1632, 1
	%1635 = extractvalue { float, float, float, float } %1632, 2
	%1636 = extractvalue { float, float, float, float } %1632, 3
	%1637 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1630, i32 %1631, float %1533, float %1534, float %1535, float %1536)
	%1638 = extractvalue { float, float, float, float } %1637, 0
	%1639 = extractvalue { float, float, float, float } %1637, 1
	%1640 = extractvalue { float, float, float, float } %1637, 2
	%1641 = extractvalue { float, float, float, float } %1637, 3
	%1642 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %922, i32 %923, i32 %924, i32 %925, i32 %1628, i32 %1629, float %1538, float %1539, float %1540, float %1541)
	%1643 = extractvalue { float, float, float, float } %1642, 0
	%1644 = extractvalue { float, float, float, float } %1642, 1
	%1645 = extractvalue { float, float, float, float } %1642, 2
	%1646 = extractvalue { float, float, float, float } %1642, 3
	%1647 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %922, i32 %923, i32 %924, i32 %925, i32 %1630, i32 %1631, float %1543, float %1544, float %1545, float %1546)
	%1648 = extractvalue { float, float, float, float } %1647, 0
	%1649 = extractvalue { float, float, float, float } %1647, 1
	%1650 = extractvalue { float, float, float, float } %1647, 2
	%1651 = extractvalue { float, float, float, float } %1647, 3
	%1652 = add i32 %1573, 12288
	%1653 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1652)
	%1654 = extractvalue { i32, i32, i32, i32 } %1653, 0
	%1655 = extractvalue { i32, i32, i32, i32 } %1653, 1
	%1656 = extractvalue { i32, i32, i32, i32 } %1653, 2
	%1657 = extractvalue { i32, i32, i32, i32 } %1653, 3
	%1658 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1654, i32 %1655, float %1554, float %1555, float %1556, float %1557)
	%1659 = extractvalue { float, float, float, float } %1658, 0
	%1660 = extractvalue { float, float, float, float } %1658, 1
	%1661 = extractvalue { float, float, float, float } %1658, 2
	%1662 = extractvalue { float, float, float, float } %1658, 3
	%1663 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1656, i32 %1657, float %1559, float %1560, float %1561, float %1562)
	%1664 = extractvalue { float, float, float, float } %1663, 0
	%1665 = extractvalue { float, float, float, float } %1663, 1
	%1666 = extractvalue { float, float, float, float } %1663, 2
	%1667 = extractvalue { float, float, float, float } %1663, 3
	%1668 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %922, i32 %923, i32 %924, i32 %925, i32 %1654, i32 %1655, float %1564, float %1565, float %1566, float %1567)
	%1669 = extractvalue { float, float, float, float } %1668, 0
	%1670 = extractvalue { float, float, float, float } %1668, 1
	%1671 = extractvalue { float, float, float, float } %1668, 2
	%1672 = extractvalue { float, float, float, float } %1668, 3
	%1673 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %922, i32 %923, i32 %924, i32 %925, i32 %1656, i32 %1657, float %1569, float %1570, float %1571, float %1572)
	%1674 = extractvalue { float, float, float, float } %1673, 0
	%1675 = extractvalue { float, float, float, float } %1673, 1
	%1676 = extractvalue { float, float, float, float } %1673, 2
	%1677 = extractvalue { float, float, float, float } %1673, 3
	%1678 = xor i32 %942, 224
	%1679 = add i32 %1678, 0
	%1680 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1679)
	%1681 = extractvalue { i32, i32, i32, i32 } %1680, 0
	%1682 = extractvalue { i32, i32, i32, i32 } %1680, 1
	%1683 = extractvalue { i32, i32, i32, i32 } %1680, 2
	%1684 = extractvalue { i32, i32, i32, i32 } %1680, 3
	%1685 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1681, i32 %1682, float %1581, float %1582, float %1583, float %1584)
	%1686 = extractvalue { float, float, float, float } %1685, 0
	%1687 = extractvalue { float, float, float, float } %1685, 1
	%1688 = extractvalue { float, float, float, float } %1685, 2
	%1689 = extractvalue { float, float, float, float } %1685, 3
	%1690 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1683, i32 %1684, float %1586, float %1587, float %1588, float %1589)
	%1691 = extractvalue { float, float, float, float } %1690, 0
	%1692 = extractvalue { float, float, float, float } %1690, 1
	%1693 = extractvalue { float, float, float, float } %1690, 2
	%1694 = extractvalue { float, float, float, float } %1690, 3
	%1695 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %928, i32 %929, i32 %930, i32 %931, i32 %1681, i32 %1682, float %1591, float %1592, float %1593, float %1594)
	%1696 = extractvalue { float, float, float, float } %1695, 0
	%1697 = extractvalue { float, float, float, float } %1695, 1
	%1698 = extractvalue { float, float, float, float } %1695, 2
	%1699 = extractvalue { float, float, float, float } %1695, 3
	%1700 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %928, i32 %929, i32 %930, i32 %931, i32 %1683, i32 %1684, float %1596, float %1597, float %1598, float %1599)
	%1701 = extractvalue { float, float, float, float } %1700, 0
	%1702 = extractvalue { float, float, float, float } %1700, 1
	%1703 = extractvalue { float, float, float, float } %1700, 2
	%1704 = extractvalue { float, float, float, float } %1700, 3
	%1705 = add i32 %1678, u0x1000
	%1706 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1705)
	%1707 = extractvalue { i32, i32, i32, i32 } %1706, 0
	%1708 = extractvalue { i32, i32, i32, i32 } %1706, 1
	%1709 = extractvalue { i32, i32, i32, i32 } %1706, 2
	%1710 = extractvalue { i32, i32, i32, i32 } %1706, 3
	%1711 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1707, i32 %1708, float %1607, float %1608, float %1609, float %1610)
	%1712 = extractvalue { float, float, float, float } %1711, 0
	%1713 = extractvalue { float, float, float, float } %1711, 1
	%1714 = extractvalue { float, float, float, float } %1711, 2
	%1715 = extractvalue { float, float, float, float } %1711, 3
	%1716 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1709, i32 %1710, float %1612, float %1613, float %1614, float %1615)
	%1717 = extractvalue { float, float, float, float } %1716, 0
	%1718 = extractvalue { float, float, float, float } %1716, 1
	%1719 = extractvalue { float, float, float, float } %1716, 2
	%1720 = extractvalue { float, float, float, float } %1716, 3
	%1721 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %928, i32 %929, i32 %930, i32 %931, i32 %1707, i32 %1708, float %1617, float %1618, float %1619, float %1620)
	%1722 = extractvalue { float, float, float, float } %1721, 0
	%1723 = extractvalue { float, float, float, float } %1721, 1
	%1724 = extractvalue { float, float, float, float } %1721, 2
	%1725 = extractvalue { float, float, float, float } %1721, 3
	%1726 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %928, i32 %929, i32 %930, i32 %931, i32 %1709, i32 %1710, float %1622, float %1623, float %1624, float %1625)
	%1727 = extractvalue { float, float, float, float } %1726, 0
	%1728 = extractvalue { float, float, float, float } %1726, 1
	%1729 = extractvalue { float, float, float, float } %1726, 2
	%1730 = extractvalue { float, float, float, float } %1726, 3
	%1731 = add i32 %1678, u0x2000
	%1732 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1731)
	%1733 = extractvalue { i32, i32, i32, i32 } %1732, 0
	%1734 = extractvalue { i32, i32, i32, i32 } %1732, 1
	%1735 = extractvalue { i32, i32, i32, i32 } %1732, 2
	%1736 = extractvalue { i32, i32, i32, i32 } %1732, 3
	%1737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1733, i32 %1734, float %1633, float %1634, float %1635, float %1636)
	%1738 = extractvalue { float, float, float, float } %1737, 0
	%1739 = extractvalue { float, float, float, float } %1737, 1
	%1740 = extractvalue { float, float, float, float } %1737, 2
	%1741 = extractvalue { float, float, float, float } %1737, 3
	%1742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1735, i32 %1736, float %1638, float %1639, float %1640, float %1641)
	%1743 = extractvalue { float, float, float, float } %1742, 0
	%1744 = extractvalue { float, float, float, float } %1742, 1
	%1745 = extractvalue { float, float, float, float } %1742, 2
	%1746 = extractvalue { float, float, float, float } %1742, 3
	%1747 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %928, i32 %929, i32 %930, i32 %931, i32 %1733, i32 %1734, float %1643, float %1644, float %1645, float %1646)
	%1748 = extractvalue { float, float, float, float } %1747, 0
	%1749 = extractvalue { float, float, float, float } %1747, 1
	%1750 = extractvalue { float, float, float, float } %1747, 2
	%1751 = extractvalue { float, float, float, float } %1747, 3
	%1752 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %928, i32 %929, i32 %930, i32 %931, i32 %1735, i32 %1736, float %1648, float %1649, float %1650, float %1651)
	%1753 = extractvalue { float, float, float, float } %1752, 0
	%1754 = extractvalue { float, float, float, float } %1752, 1
	%1755 = extractvalue { float, float, float, float } %1752, 2
	%1756 = extractvalue { float, float, float, float } %1752, 3
	%1757 = add i32 %1678, 12288
	%1758 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1757)
	%1759 = extractvalue { i32, i32, i32, i32 } %1758, 0
	%1760 = extractvalue { i32, i32, i32, i32 } %1758, 1
	%1761 = extractvalue { i32, i32, i32, i32 } %1758, 2
	%1762 = extractvalue { i32, i32, i32, i32 } %1758, 3
	%1763 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1759, i32 %1760, float %1659, float %1660, float %1661, float %1662)
	%1764 = extractvalue { float, float, float, float } %1763, 0
	%1765 = extractvalue { float, float, float, float } %1763, 1
	%1766 = extractvalue { float, float, float, float } %1763, 2
	%1767 = extractvalue { float, float, float, float } %1763, 3
	%1768 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1761, i32 %1762, float %1664, float %1665, float %1666, float %1667)
	%1769 = extractvalue { float, float, float, float } %1768, 0
	%1770 = extractvalue { float, float, float, float } %1768, 1
	%1771 = extractvalue { float, float, float, float } %1768, 2
	%1772 = extractvalue { float, float, float, float } %1768, 3
	%1773 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %928, i32 %929, i32 %930, i32 %931, i32 %1759, i32 %1760, float %1669, float %1670, float %1671, float %1672)
	%1774 = extractvalue { float, float, float, float } %1773, 0
	%1775 = extractvalue { float, float, float, float } %1773, 1
	%1776 = extractvalue { float, float, float, float } %1773, 2
	%1777 = extractvalue { float, float, float, float } %1773, 3
	%1778 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %928, i32 %929, i32 %930, i32 %931, i32 %1761, i32 %1762, float %1674, float %1675, float %1676, float %1677)
	%1779 = extractvalue { float, float, float, float } %1778, 0
	%1780 = extractvalue { float, float, float, float } %1778, 1
	%1781 = extractvalue { float, float, float, float } %1778, 2
	%1782 = extractvalue { float, float, float, float } %1778, 3
	%1783 = mul i32 %4, 32
	%1784 = add i32 %25, %1783
	%1785 = add i32 %6, 0
	%1786 = add i32 %1784, %1785
	%1787 = mul i32 %4, 32
	%1788 = add i32 %25, %1787
	%1789 = add i32 %6, 8
	%1790 = add i32 %1788, %1789
	%1791 = mul i32 %4, 32
	%1792 = add i32 %25, %1791
	%1793 = add i32 %6, 16
	%1794 = add i32 %1792, %1793
	%1795 = mul i32 %4, 32
	%1796 = add i32 %25, %1795
	%1797 = add i32 %6, 24
	%1798 = add i32 %1796, %1797
	%1799 = sitofp i32 %23 to float
	%1800 = icmp ne i8 %498, 2
	br i1 %1800, label %partial, label %softmax

epilogue:
	%1801 = phi float [ 0.0, %entry ], [ %3240, %pv ]
	%1802 = phi float [ 0.0, %entry ], [ %3292, %pv ]
	%1803 = phi float [ 0.0, %entry ], [ %3344, %pv ]
	%1804 = phi float [ 0.0, %entry ], [ %3396, %pv ]
	%1805 = phi i32 [ 0, %entry ], [ %3397, %pv ]
	%1806 = phi float [ 0.0, %entry ], [ %4316, %pv ]
	%1807 = phi float [ 0.0, %entry ], [ %4317, %pv ]
	%1808 = phi float [ 0.0, %entry ], [ %4318, %pv ]
	%1809 = phi float [ 0.0, %entry ], [ %4319, %pv ]
	%1810 = phi float [ 0.0, %entry ], [ %4321, %pv ]
	%1811 = phi float [ 0.0, %entry ], [ %4322, %pv ]
	%1812 = phi float [ 0.0, %entry ], [ %4323, %pv ]
	%1813 = phi float [ 0.0, %entry ], [ %4324, %pv ]
	%1814 = phi float [ 0.0, %entry ], [ %4343, %pv ]
	%1815 = phi float [ 0.0, %entry ], [ %4344, %pv ]
	%1816 = phi float [ 0.0, %entry ], [ %4345, %pv ]
	%1817 = phi float [ 0.0, %entry ], [ %4346, %pv ]
	%1818 = phi float [ 0.0, %entry ], [ %4348, %pv ]
	%1819 = phi float [ 0.0, %entry ], [ %4349, %pv ]
	%1820 = phi float [ 0.0, %entry ], [ %4350, %pv ]
	%1821 = phi float [ 0.0, %entry ], [ %4351, %pv ]
	%1822 = phi float [ 0.0, %entry ], [ %4370, %pv ]
	%1823 = phi float [ 0.0, %entry ], [ %4371, %pv ]
	%1824 = phi float [ 0.0, %entry ], [ %4372, %pv ]
	%1825 = phi float [ 0.0, %entry ], [ %4373, %pv ]
	%1826 = phi float [ 0.0, %entry ], [ %4375, %pv ]
	%1827 = phi float [ 0.0, %entry ], [ %4376, %pv ]
	%1828 = phi float [ 0.0, %entry ], [ %4377, %pv ]
	%1829 = phi float [ 0.0, %entry ], [ %4378, %pv ]
	%1830 = phi float [ 0.0, %entry ], [ %4397, %pv ]
	%1831 = phi float [ 0.0, %entry ], [ %4398, %pv ]
	%1832 = phi float [ 0.0, %entry ], [ %4399, %pv ]
	%1833 = phi float [ 0.0, %entry ], [ %4400, %pv ]
	%1834 = phi float [ 0.0, %entry ], [ %4402, %pv ]
	%1835 = phi float [ 0.0, %entry ], [ %4403, %pv ]
	%1836 = phi float [ 0.0, %entry ], [ %4404, %pv ]
	%1837 = phi float [ 0.0, %entry ], [ %4405, %pv ]
	%1838 = phi float [ 0.0, %entry ], [ %4424, %pv ]
	%1839 = phi float [ 0.0, %entry ], [ %4425, %pv ]
	%1840 = phi float [ 0.0, %entry ], [ %4426, %pv ]
	%1841 = phi float [ 0.0, %entry ], [ %4427, %pv ]
	%1842 = phi float [ 0.0, %entry ], [ %4429, %pv ]
	%1843 = phi float [ 0.0, %entry ], [ %4430, %pv ]
	%1844 = phi float [ 0.0, %entry ], [ %4431, %pv ]
	%1845 = phi float [ 0.0, %entry ], [ %4432, %pv ]
	%1846 = phi float [ 0.0, %entry ], [ %4451, %pv ]
	%1847 = phi float [ 0.0, %entry ], [ %4452, %pv ]
	%1848 = phi float [ 0.0, %entry ], [ %4453, %pv ]
	%1849 = phi float [ 0.0, %entry ], [ %4454, %pv ]
	%1850 = phi float [ 0.0, %entry ], [ %4456, %pv ]
	%1851 = phi float [ 0.0, %entry ], [ %4457, %pv ]
	%1852 = phi float [ 0.0, %entry ], [ %4458, %pv ]
	%1853 = phi float [ 0.0, %entry ], [ %4459, %pv ]
	%1854 = phi float [ 0.0, %entry ], [ %4478, %pv ]
	%1855 = phi float [ 0.0, %entry ], [ %4479, %pv ]
	%1856 = phi float [ 0.0, %entry ], [ %4480, %pv ]
	%1857 = phi float [ 0.0, %entry ], [ %4481, %pv ]
	%1858 = phi float [ 0.0, %entry ], [ %4483, %pv ]
	%1859 = phi float [ 0.0, %entry ], [ %4484, %pv ]
	%1860 = phi float [ 0.0, %entry ], [ %4485, %pv ]
	%1861 = phi float [ 0.0, %entry ], [ %4486, %pv ]
	%1862 = phi float [ 0.0, %entry ], [ %4505, %pv ]
	%1863 = phi float [ 0.0, %entry ], [ %4506, %pv ]
	%1864 = phi float [ 0.0, %entry ], [ %4507, %pv ]
	%1865 = phi float [ 0.0, %entry ], [ %4508, %pv ]
	%1866 = phi float [ 0.0, %entry ], [ %4510, %pv ]
	%1867 = phi float [ 0.0, %entry ], [ %4511, %pv ]
	%1868 = phi float [ 0.0, %entry ], [ %4512, %pv ]
	%1869 = phi float [ 0.0, %entry ], [ %4513, %pv ]
	%1870 = phi float [ 0.0, %entry ], [ %4326, %pv ]
	%1871 = phi float [ 0.0, %entry ], [ %4327, %pv ]
	%1872 = phi float [ 0.0, %entry ], [ %4328, %pv ]
	%1873 = phi float [ 0.0, %entry ], [ %4329, %pv ]
	%1874 = phi float [ 0.0, %entry ], [ %4331, %pv ]
	%1875 = phi float [ 0.0, %entry ], [ %4332, %pv ]
	%1876 = phi float [ 0.0, %entry ], [ %4333, %pv ]
	%1877 = phi float [ 0.0, %entry ], [ %4334, %pv ]
	%1878 = phi float [ 0.0, %entry ], [ %4353, %pv ]
	%1879 = phi float [ 0.0, %entry ], [ %4354, %pv ]
	%1880 = phi float [ 0.0, %entry ], [ %4355, %pv ]
	%1881 = phi float [ 0.0, %entry ], [ %4356, %pv ]
	%1882 = phi float [ 0.0, %entry ], [ %4358, %pv ]
	%1883 = phi float [ 0.0, %entry ], [ %4359, %pv ]
	%1884 = phi float [ 0.0, %entry ], [ %4360, %pv ]
	%1885 = phi float [ 0.0, %entry ], [ %4361, %pv ]
	%1886 = phi float [ 0.0, %entry ], [ %4380, %pv ]
	%1887 = phi float [ 0.0, %entry ], [ %4381, %pv ]
	%1888 = phi float [ 0.0, %entry ], [ %4382, %pv ]
	%1889 = phi float [ 0.0, %entry ], [ %4383, %pv ]
	%1890 = phi float [ 0.0, %entry ], [ %4385, %pv ]
	%1891 = phi float [ 0.0, %entry ], [ %4386, %pv ]
	%1892 = phi float [ 0.0, %entry ], [ %4387, %pv ]
	%1893 = phi float [ 0.0, %entry ], [ %4388, %pv ]
	%1894 = phi float [ 0.0, %entry ], [ %4407, %pv ]
	%1895 = phi float [ 0.0, %entry ], [ %4408, %pv ]
	%1896 = phi float [ 0.0, %entry ], [ %4409, %pv ]
	%1897 = phi float [ 0.0, %entry ], [ %4410, %pv ]
	%1898 = phi float [ 0.0, %entry ], [ %4412, %pv ]
	%1899 = phi float [ 0.0, %entry ], [ %4413, %pv ]
	%1900 = phi float [ 0.0, %entry ], [ %4414, %pv ]
	%1901 = phi float [ 0.0, %entry ], [ %4415, %pv ]
	%1902 = phi float [ 0.0, %entry ], [ %4434, %pv ]
	%1903 = phi float [ 0.0, %entry ], [ %4435, %pv ]
	%1904 = phi float [ 0.0, %entry ], [ %4436, %pv ]
	%1905 = phi float [ 0.0, %entry ], [ %4437, %pv ]
	%1906 = phi float [ 0.0, %entry ], [ %4439, %pv ]
	%1907 = phi float [ 0.0, %entry ], [ %4440, %pv ]
	%1908 = phi float [ 0.0, %entry ], [ %4441, %pv ]
	%1909 = phi float [ 0.0, %entry ], [ %4442, %pv ]
	%1910 = phi float [ 0.0, %entry ], [ %4461, %pv ]
	%1911 = phi float [ 0.0, %entry ], [ %4462, %pv ]
	%1912 = phi float [ 0.0, %entry ], [ %4463, %pv ]
	%1913 = phi float [ 0.0, %entry ], [ %4464, %pv ]
	%1914 = phi float [ 0.0, %entry ], [ %4466, %pv ]
	%1915 = phi float [ 0.0, %entry ], [ %4467, %pv ]
	%1916 = phi float [ 0.0, %entry ], [ %4468, %pv ]
	%1917 = phi float [ 0.0, %entry ], [ %4469, %pv ]
	%1918 = phi float [ 0.0, %entry ], [ %4488, %pv ]
	%1919 = phi float [ 0.0, %entry ], [ %4489, %pv ]
	%1920 = phi float [ 0.0, %entry ], [ %4490, %pv ]
	%1921 = phi float [ 0.0, %entry ], [ %4491, %pv ]
	%1922 = phi float [ 0.0, %entry ], [ %4493, %pv ]
	%1923 = phi float [ 0.0, %entry ], [ %4494, %pv ]
	%1924 = phi float [ 0.0, %entry ], [ %4495, %pv ]
	%1925 = phi float [ 0.0, %entry ], [ %4496, %pv ]
	%1926 = phi float [ 0.0, %entry ], [ %4515, %pv ]
	%1927 = phi float [ 0.0, %entry ], [ %4516, %pv ]
	%1928 = phi float [ 0.0, %entry ], [ %4517, %pv ]
	%1929 = phi float [ 0.0, %entry ], [ %4518, %pv ]
	%1930 = phi float [ 0.0, %entry ], [ %4520, %pv ]
	%1931 = phi float [ 0.0, %entry ], [ %4521, %pv ]
	%1932 = phi float [ 0.0, %entry ], [ %4522, %pv ]
	%1933 = phi float [ 0.0, %entry ], [ %4523, %pv ]
	%1934 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1801, i32 1, i32 31)
	%1935 = fadd float %1801, %1934
	%1936 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1935, i32 2, i32 31)
	%1937 = fadd float %1935, %1936
	%1938 = fcmp ogt float %1937, 0.0
	%1939 = fdiv float 1.0, %1937
	%1940 = select i1 %1938, float %1939, float 0.0
	%1941 = mul i32 %4, 32
	%1942 = add i32 %25, %1941
	%1943 = add i32 %6, 0
	%1944 = add i32 %1942, %1943
	%1945 = fmul float %1806, %1940
	%1946 = fmul float %1807, %1940
	%1947 = fmul float %1810, %1940
	%1948 = fmul float %1811, %1940
	%1949 = fmul float %1814, %1940
	%1950 = fmul float %1815, %1940
	%1951 = fmul float %1818, %1940
	%1952 = fmul float %1819, %1940
	%1953 = fmul float %1822, %1940
	%1954 = fmul float %1823, %1940
	%1955 = fmul float %1826, %1940
	%1956 = fmul float %1827, %1940
	%1957 = fmul float %1830, %1940
	%1958 = fmul float %1831, %1940
	%1959 = fmul float %1834, %1940
	%1960 = fmul float %1835, %1940
	%1961 = fmul float %1838, %1940
	%1962 = fmul float %1839, %1940
	%1963 = fmul float %1842, %1940
	%1964 = fmul float %1843, %1940
	%1965 = fmul float %1846, %1940
	%1966 = fmul float %1847, %1940
	%1967 = fmul float %1850, %1940
	%1968 = fmul float %1851, %1940
	%1969 = fmul float %1854, %1940
	%1970 = fmul float %1855, %1940
	%1971 = fmul float %1858, %1940
	%1972 = fmul float %1859, %1940
	%1973 = fmul float %1862, %1940
	%1974 = fmul float %1863, %1940
	%1975 = fmul float %1866, %1940
	%1976 = fmul float %1867, %1940
	%1977 = icmp slt i32 %1944, %M
	br i1 %1977, label %store0, label %stored0

partial:
	%1978 = shl i32 %7, 1
	%1979 = add i32 0, %1978
	%1980 = add i32 %635, %1979
	%1981 = icmp slt i32 %1980, %N
	%1982 = select i1 %1981, i32 %1980, i32 0
	%1983 = sitofp i32 %1786 to float
	%1984 = sitofp i32 %1982 to float
	%1985 = fcmp ole float %1984, %1983
	%1986 = uitofp i1 %1985 to float
	%1987 = fcmp une float %1986, 0.0
	%1988 = and i1 %1981, %1987
	%1989 = select i1 %1988, float %1686, float 0xFFF0000000000000
	%1990 = shl i32 %7, 1
	%1991 = add i32 1, %1990
	%1992 = add i32 %635, %1991
	%1993 = icmp slt i32 %1992, %N
	%1994 = select i1 %1993, i32 %1992, i32 0
	%1995 = sitofp i32 %1786 to float
	%1996 = sitofp i32 %1994 to float
	%1997 = fcmp ole float %1996, %1995
	%1998 = uitofp i1 %1997 to float
	%1999 = fcmp une float %1998, 0.0
	%2000 = and i1 %1993, %1999
	%2001 = select i1 %2000, float %1687, float 0xFFF0000000000000
	%2002 = shl i32 %7, 1
	%2003 = add i32 0, %2002
	%2004 = add i32 %635, %2003
	%2005 = icmp slt i32 %2004, %N
	%2006 = select i1 %2005, i32 %2004, i32 0
	%2007 = sitofp i32 %1790 to float
	%2008 = sitofp i32 %2006 to float
	%2009 = fcmp ole float %2008, %2007
	%2010 = uitofp i1 %2009 to float
	%2011 = fcmp une float %2010, 0.0
	%2012 = and i1 %2005, %2011
	%2013 = select i1 %2012, float %1688, float 0xFFF0000000000000
	%2014 = shl i32 %7, 1
	%2015 = add i32 1, %2014
	%2016 = add i32 %635, %2015
	%2017 = icmp slt i32 %2016, %N
	%2018 = select i1 %2017, i32 %2016, i32 0
	%2019 = sitofp i32 %1790 to float
	%2020 = sitofp i32 %2018 to float
	%2021 = fcmp ole float %2020, %2019
	%2022 = uitofp i1 %2021 to float
	%2023 = fcmp une float %2022, 0.0
	%2024 = and i1 %2017, %2023
	%2025 = select i1 %2024, float %1689, float 0xFFF0000000000000
	%2026 = shl i32 %7, 1
	%2027 = add i32 8, %2026
	%2028 = add i32 %635, %2027
	%2029 = icmp slt i32 %2028, %N
	%2030 = select i1 %2029, i32 %2028, i32 0
	%2031 = sitofp i32 %1786 to float
	%2032 = sitofp i32 %2030 to float
	%2033 = fcmp ole float %2032, %2031
	%2034 = uitofp i1 %2033 to float
	%2035 = fcmp une float %2034, 0.0
	%2036 = and i1 %2029, %2035
	%2037 = select i1 %2036, float %1691, float 0xFFF0000000000000
	%2038 = shl i32 %7, 1
	%2039 = add i32 9, %2038
	%2040 = add i32 %635, %2039
	%2041 = icmp slt i32 %2040, %N
	%2042 = select i1 %2041, i32 %2040, i32 0
	%2043 = sitofp i32 %1786 to float
	%2044 = sitofp i32 %2042 to float
	%2045 = fcmp ole float %2044, %2043
	%2046 = uitofp i1 %2045 to float
	%2047 = fcmp une float %2046, 0.0
	%2048 = and i1 %2041, %2047
	%2049 = select i1 %2048, float %1692, float 0xFFF0000000000000
	%2050 = shl i32 %7, 1
	%2051 = add i32 8, %2050
	%2052 = add i32 %635, %2051
	%2053 = icmp slt i32 %2052, %N
	%2054 = select i1 %2053, i32 %2052, i32 0
	%2055 = sitofp i32 %1790 to float
	%2056 = sitofp i32 %2054 to float
	%2057 = fcmp ole float %2056, %2055
	%2058 = uitofp i1 %2057 to float
	%2059 = fcmp une float %2058, 0.0
	%2060 = and i1 %2053, %2059
	%2061 = select i1 %2060, float %1693, float 0xFFF0000000000000
	%2062 = shl i32 %7, 1
	%2063 = add i32 9, %2062
	%2064 = add i32 %635, %2063
	%2065 = icmp slt i32 %2064, %N
	%2066 = select i1 %2065, i32 %2064, i32 0
	%2067 = sitofp i32 %1790 to float
	%2068 = sitofp i32 %2066 to float
	%2069 = fcmp ole float %2068, %2067
	%2070 = uitofp i1 %2069 to float
	%2071 = fcmp une float %2070, 0.0
	%2072 = and i1 %2065, %2071
	%2073 = select i1 %2072, float %1694, float 0xFFF0000000000000
	%2074 = shl i32 %7, 1
	%2075 = add i32 16, %2074
	%2076 = add i32 %635, %2075
	%2077 = icmp slt i32 %2076, %N
	%2078 = select i1 %2077, i32 %2076, i32 0
	%2079 = sitofp i32 %1786 to float
	%2080 = sitofp i32 %2078 to float
	%2081 = fcmp ole float %2080, %2079
	%2082 = uitofp i1 %2081 to float
	%2083 = fcmp une float %2082, 0.0
	%2084 = and i1 %2077, %2083
	%2085 = select i1 %2084, float %1712, float 0xFFF0000000000000
	%2086 = shl i32 %7, 1
	%2087 = add i32 17, %2086
	%2088 = add i32 %635, %2087
	%2089 = icmp slt i32 %2088, %N
	%2090 = select i1 %2089, i32 %2088, i32 0
	%2091 = sitofp i32 %1786 to float
	%2092 = sitofp i32 %2090 to float
	%2093 = fcmp ole float %2092, %2091
	%2094 = uitofp i1 %2093 to float
	%2095 = fcmp une float %2094, 0.0
	%2096 = and i1 %2089, %2095
	%2097 = select i1 %2096, float %1713, float 0xFFF0000000000000
	%2098 = shl i32 %7, 1
	%2099 = add i32 16, %2098
	%2100 = add i32 %635, %2099
	%2101 = icmp slt i32 %2100, %N
	%2102 = select i1 %2101, i32 %2100, i32 0
	%2103 = sitofp i32 %1790 to float
	%2104 = sitofp i32 %2102 to float
	%2105 = fcmp ole float %2104, %2103
	%2106 = uitofp i1 %2105 to float
	%2107 = fcmp une float %2106, 0.0
	%2108 = and i1 %2101, %2107
	%2109 = select i1 %2108, float %1714, float 0xFFF0000000000000
	%2110 = shl i32 %7, 1
	%2111 = add i32 17, %2110
	%2112 = add i32 %635, %2111
	%2113 = icmp slt i32 %2112, %N
	%2114 = select i1 %2113, i32 %2112, i32 0
	%2115 = sitofp i32 %1790 to float
	%2116 = sitofp i32 %2114 to float
	%2117 = fcmp ole float %2116, %2115
	%2118 = uitofp i1 %2117 to float
	%2119 = fcmp une float %2118, 0.0
	%2120 = and i1 %2113, %2119
	%2121 = select i1 %2120, float %1715, float 0xFFF0000000000000
	%2122 = shl i32 %7, 1
	%2123 = add i32 24, %2122
	%2124 = add i32 %635, %2123
	%2125 = icmp slt i32 %2124, %N
	%2126 = select i1 %2125, i32 %2124, i32 0
	%2127 = sitofp i32 %1786 to float
	%2128 = sitofp i32 %2126 to float
	%2129 = fcmp ole float %2128, %2127
	%2130 = uitofp i1 %2129 to float
	%2131 = fcmp une float %2130, 0.0
	%2132 = and i1 %2125, %2131
	%2133 = select i1 %2132, float %1717, float 0xFFF0000000000000
	%2134 = shl i32 %7, 1
	%2135 = add i32 25, %2134
	%2136 = add i32 %635, %2135
	%2137 = icmp slt i32 %2136, %N
	%2138 = select i1 %2137, i32 %2136, i32 0
	%2139 = sitofp i32 %1786 to float
	%2140 = sitofp i32 %2138 to float
	%2141 = fcmp ole float %2140, %2139
	%2142 = uitofp i1 %2141 to float
	%2143 = fcmp une float %2142, 0.0
	%2144 = and i1 %2137, %2143
	%2145 = select i1 %2144, float %1718, float 0xFFF0000000000000
	%2146 = shl i32 %7, 1
	%2147 = add i32 24, %2146
	%2148 = add i32 %635, %2147
	%2149 = icmp slt i32 %2148, %N
	%2150 = select i1 %2149, i32 %2148, i32 0
	%2151 = sitofp i32 %1790 to float
	%2152 = sitofp i32 %2150 to float
	%2153 = fcmp ole float %2152, %2151
	%2154 = uitofp i1 %2153 to float
	%2155 = fcmp une float %2154, 0.0
	%2156 = and i1 %2149, %2155
	%2157 = select i1 %2156, float %1719, float 0xFFF0000000000000
	%2158 = shl i32 %7, 1
	%2159 = add i32 25, %2158
	%2160 = add i32 %635, %2159
	%2161 = icmp slt i32 %2160, %N
	%2162 = select i1 %2161, i32 %2160, i32 0
	%2163 = sitofp i32 %1790 to float
	%2164 = sitofp i32 %2162 to float
	%2165 = fcmp ole float %2164, %2163
	%2166 = uitofp i1 %2165 to float
	%2167 = fcmp une float %2166, 0.0
	%2168 = and i1 %2161, %2167
	%2169 = select i1 %2168, float %1720, float 0xFFF0000000000000
	%2170 = shl i32 %7, 1
	%2171 = add i32 32, %2170
	%2172 = add i32 %635, %2171
	%2173 = icmp slt i32 %2172, %N
	%2174 = select i1 %2173, i32 %2172, i32 0
	%2175 = sitofp i32 %1786 to float
	%2176 = sitofp i32 %2174 to float
	%2177 = fcmp ole float %2176, %2175
	%2178 = uitofp i1 %2177 to float
	%2179 = fcmp une float %2178, 0.0
	%2180 = and i1 %2173, %2179
	%2181 = select i1 %2180, float %1738, float 0xFFF0000000000000
	%2182 = shl i32 %7, 1
	%2183 = add i32 33, %2182
	%2184 = add i32 %635, %2183
	%2185 = icmp slt i32 %2184, %N
	%2186 = select i1 %2185, i32 %2184, i32 0
	%2187 = sitofp i32 %1786 to float
	%2188 = sitofp i32 %2186 to float
	%2189 = fcmp ole float %2188, %2187
	%2190 = uitofp i1 %2189 to float
	%2191 = fcmp une float %2190, 0.0
	%2192 = and i1 %2185, %2191
	%2193 = select i1 %2192, float %1739, float 0xFFF0000000000000
	%2194 = shl i32 %7, 1
	%2195 = add i32 32, %2194
	%2196 = add i32 %635, %2195
	%2197 = icmp slt i32 %2196, %N
	%2198 = select i1 %2197, i32 %2196, i32 0
	%2199 = sitofp i32 %1790 to float
	%2200 = sitofp i32 %2198 to float
	%2201 = fcmp ole float %2200, %2199
	%2202 = uitofp i1 %2201 to float
	%2203 = fcmp une float %2202, 0.0
	%2204 = and i1 %2197, %2203
	%2205 = select i1 %2204, float %1740, float 0xFFF0000000000000
	%2206 = shl i32 %7, 1
	%2207 = add i32 33, %2206
	%2208 = add i32 %635, %2207
	%2209 = icmp slt i32 %2208, %N
	%2210 = select i1 %2209, i32 %2208, i32 0
	%2211 = sitofp i32 %1790 to float
	%2212 = sitofp i32 %2210 to float
	%2213 = fcmp ole float %2212, %2211
	%2214 = uitofp i1 %2213 to float
	%2215 = fcmp une float %2214, 0.0
	%2216 = and i1 %2209, %2215
	%2217 = select i1 %2216, float %1741, float 0xFFF0000000000000
	%2218 = shl i32 %7, 1
	%2219 = add i32 40, %2218
	%2220 = add i32 %635, %2219
	%2221 = icmp slt i32 %2220, %N
	%2222 = select i1 %2221, i32 %2220, i32 0
	%2223 = sitofp i32 %1786 to float
	%2224 = sitofp i32 %2222 to float
	%2225 = fcmp ole float %2224, %2223
	%2226 = uitofp i1 %2225 to float
	%2227 = fcmp une float %2226, 0.0
	%2228 = and i1 %2221, %2227
	%2229 = select i1 %2228, float %1743, float 0xFFF0000000000000
	%2230 = shl i32 %7, 1
	%2231 = add i32 41, %2230
	%2232 = add i32 %635, %2231
	%2233 = icmp slt i32 %2232, %N
	%2234 = select i1 %2233, i32 %2232, i32 0
	%2235 = sitofp i32 %1786 to float
	%2236 = sitofp i32 %2234 to float
	%2237 = fcmp ole float %2236, %2235
	%2238 = uitofp i1 %2237 to float
	%2239 = fcmp une float %2238, 0.0
	%2240 = and i1 %2233, %2239
	%2241 = select i1 %2240, float %1744, float 0xFFF0000000000000
	%2242 = shl i32 %7, 1
	%2243 = add i32 40, %2242
	%2244 = add i32 %635, %2243
	%2245 = icmp slt i32 %2244, %N
	%2246 = select i1 %2245, i32 %2244, i32 0
	%2247 = sitofp i32 %1790 to float
	%2248 = sitofp i32 %2246 to float
	%2249 = fcmp ole float %2248, %2247
	%2250 = uitofp i1 %2249 to float
	%2251 = fcmp une float %2250, 0.0
	%2252 = and i1 %2245, %2251
	%2253 = select i1 %2252, float %1745, float 0xFFF0000000000000
	%2254 = shl i32 %7, 1
	%2255 = add i32 41, %2254
	%2256 = add i32 %635, %2255
	%2257 = icmp slt i32 %2256, %N
	%2258 = select i1 %2257, i32 %2256, i32 0
	%2259 = sitofp i32 %1790 to float
	%2260 = sitofp i32 %2258 to float
	%2261 = fcmp ole float %2260, %2259
	%2262 = uitofp i1 %2261 to float
	%2263 = fcmp une float %2262, 0.0
	%2264 = and i1 %2257, %2263
	%2265 = select i1 %2264, float %1746, float 0xFFF0000000000000
	%2266 = shl i32 %7, 1
	%2267 = add i32 48, %2266
	%2268 = add i32 %635, %2267
	%2269 = icmp slt i32 %2268, %N
	%2270 = select i1 %2269, i32 %2268, i32 0
	%2271 = sitofp i32 %1786 to float
	%2272 = sitofp i32 %2270 to float
	%2273 = fcmp ole float %2272, %2271
	%2274 = uitofp i1 %2273 to float
	%2275 = fcmp une float %2274, 0.0
	%2276 = and i1 %2269, %2275
	%2277 = select i1 %2276, float %1764, float 0xFFF0000000000000
	%2278 = shl i32 %7, 1
	%2279 = add i32 49, %2278
	%2280 = add i32 %635, %2279
	%2281 = icmp slt i32 %2280, %N
	%2282 = select i1 %2281, i32 %2280, i32 0
	%2283 = sitofp i32 %1786 to float
	%2284 = sitofp i32 %2282 to float
	%2285 = fcmp ole float %2284, %2283
	%2286 = uitofp i1 %2285 to float
	%2287 = fcmp une float %2286, 0.0
	%2288 = and i1 %2281, %2287
	%2289 = select i1 %2288, float %1765, float 0xFFF0000000000000
	%2290 = shl i32 %7, 1
	%2291 = add i32 48, %2290
	%2292 = add i32 %635, %2291
	%2293 = icmp slt i32 %2292, %N
	%2294 = select i1 %2293, i32 %2292, i32 0
	%2295 = sitofp i32 %1790 to float
	%2296 = sitofp i32 %2294 to float
	%2297 = fcmp ole float %2296, %2295
	%2298 = uitofp i1 %2297 to float
	%2299 = fcmp une float %2298, 0.0
	%2300 = and i1 %2293, %2299
	%2301 = select i1 %2300, float %1766, float 0xFFF0000000000000
	%2302 = shl i32 %7, 1
	%2303 = add i32 49, %2302
	%2304 = add i32 %635, %2303
	%2305 = icmp slt i32 %2304, %N
	%2306 = select i1 %2305, i32 %2304, i32 0
	%2307 = sitofp i32 %1790 to float
	%2308 = sitofp i32 %2306 to float
	%2309 = fcmp ole float %2308, %2307
	%2310 = uitofp i1 %2309 to float
	%2311 = fcmp une float %2310, 0.0
	%2312 = and i1 %2305, %2311
	%2313 = select i1 %2312, float %1767, float 0xFFF0000000000000
	%2314 = shl i32 %7, 1
	%2315 = add i32 56, %2314
	%2316 = add i32 %635, %2315
	%2317 = icmp slt i32 %2316, %N
	%2318 = select i1 %2317, i32 %2316, i32 0
	%2319 = sitofp i32 %1786 to float
	%2320 = sitofp i32 %2318 to float
	%2321 = fcmp ole float %2320, %2319
	%2322 = uitofp i1 %2321 to float
	%2323 = fcmp une float %2322, 0.0
	%2324 = and i1 %2317, %2323
	%2325 = select i1 %2324, float %1769, float 0xFFF0000000000000
	%2326 = shl i32 %7, 1
	%2327 = add i32 57, %2326
	%2328 = add i32 %635, %2327
	%2329 = icmp slt i32 %2328, %N
	%2330 = select i1 %2329, i32 %2328, i32 0
	%2331 = sitofp i32 %1786 to float
	%2332 = sitofp i32 %2330 to float
	%2333 = fcmp ole float %2332, %2331
	%2334 = uitofp i1 %2333 to float
	%2335 = fcmp une float %2334, 0.0
	%2336 = and i1 %2329, %2335
	%2337 = select i1 %2336, float %1770, float 0xFFF0000000000000
	%2338 = shl i32 %7, 1
	%2339 = add i32 56, %2338
	%2340 = add i32 %635, %2339
	%2341 = icmp slt i32 %2340, %N
	%2342 = select i1 %2341, i32 %2340, i32 0
	%2343 = sitofp i32 %1790 to float
	%2344 = sitofp i32 %2342 to float
	%2345 = fcmp ole float %2344, %2343
	%2346 = uitofp i1 %2345 to float
	%2347 = fcmp une float %2346, 0.0
	%2348 = and i1 %2341, %2347
	%2349 = select i1 %2348, float %1771, float 0xFFF0000000000000
	%2350 = shl i32 %7, 1
	%2351 = add i32 57, %2350
	%2352 = add i32 %635, %2351
	%2353 = icmp slt i32 %2352, %N
	%2354 = select i1 %2353, i32 %2352, i32 0
	%2355 = sitofp i32 %1790 to float
	%2356 = sitofp i32 %2354 to float
	%2357 = fcmp ole float %2356, %2355
	%2358 = uitofp i1 %2357 to float
	%2359 = fcmp une float %2358, 0.0
	%2360 = and i1 %2353, %2359
	%2361 = select i1 %2360, float %1772, float 0xFFF0000000000000
	%2362 = shl i32 %7, 1
	%2363 = add i32 0, %2362
	%2364 = add i32 %635, %2363
	%2365 = icmp slt i32 %2364, %N
	%2366 = select i1 %2365, i32 %2364, i32 0
	%2367 = sitofp i32 %1794 to float
	%2368 = sitofp i32 %2366 to float
	%2369 = fcmp ole float %2368, %2367
	%2370 = uitofp i1 %2369 to float
	%2371 = fcmp une float %2370, 0.0
	%2372 = and i1 %2365, %2371
	%2373 = select i1 %2372, float %1696, float 0xFFF0000000000000
	%2374 = shl i32 %7, 1
	%2375 = add i32 1, %2374
	%2376 = add i32 %635, %2375
	%2377 = icmp slt i32 %2376, %N
	%2378 = select i1 %2377, i32 %2376, i32 0
	%2379 = sitofp i32 %1794 to float
	%2380 = sitofp i32 %2378 to float
	%2381 = fcmp ole float %2380, %2379
	%2382 = uitofp i1 %2381 to float
	%2383 = fcmp une float %2382, 0.0
	%2384 = and i1 %2377, %2383
	%2385 = select i1 %2384, float %1697, float 0xFFF0000000000000
	%2386 = shl i32 %7, 1
	%2387 = add i32 0, %2386
	%2388 = add i32 %635, %2387
	%2389 = icmp slt i32 %2388, %N
	%2390 = select i1 %2389, i32 %2388, i32 0
	%2391 = sitofp i32 %1798 to float
	%2392 = sitofp i32 %2390 to float
	%2393 = fcmp ole float %2392, %2391
	%2394 = uitofp i1 %2393 to float
	%2395 = fcmp une float %2394, 0.0
	%2396 = and i1 %2389, %2395
	%2397 = select i1 %2396, float %1698, float 0xFFF0000000000000
	%2398 = shl i32 %7, 1
	%2399 = add i32 1, %2398
	%2400 = add i32 %635, %2399
	%2401 = icmp slt i32 %2400, %N
	%2402 = select i1 %2401, i32 %2400, i32 0
	%2403 = sitofp i32 %1798 to float
	%2404 = sitofp i32 %2402 to float
	%2405 = fcmp ole float %2404, %2403
	%2406 = uitofp i1 %2405 to float
	%2407 = fcmp une float %2406, 0.0
	%2408 = and i1 %2401, %2407
	%2409 = select i1 %2408, float %1699, float 0xFFF0000000000000
	%2410 = shl i32 %7, 1
	%2411 = add i32 8, %2410
	%2412 = add i32 %635, %2411
	%2413 = icmp slt i32 %2412, %N
	%2414 = select i1 %2413, i32 %2412, i32 0
	%2415 = sitofp i32 %1794 to float
	%2416 = sitofp i32 %2414 to float
	%2417 = fcmp ole float %2416, %2415
	%2418 = uitofp i1 %2417 to float
	%2419 = fcmp une float %2418, 0.0
	%2420 = and i1 %2413, %2419
	%2421 = select i1 %2420, float %1701, float 0xFFF0000000000000
	%2422 = shl i32 %7, 1
	%2423 = add i32 9, %2422
	%2424 = add i32 %635, %2423
	%2425 = icmp slt i32 %2424, %N
	%2426 = select i1 %2425, i32 %2424, i32 0
	%2427 = sitofp i32 %1794 to float
	%2428 = sitofp i32 %2426 to float
	%2429 = fcmp ole float %2428, %2427
	%2430 = uitofp i1 %2429 to float
	%2431 = fcmp une float %2430, 0.0
	%2432 = and i1 %2425, %2431
	%2433 = select i1 %2432, float %1702, float 0xFFF0000000000000
	%2434 = shl i32 %7, 1
	%2435 = add i32 8, %2434
	%2436 = add i32 %635, %2435
	%2437 = icmp slt i32 %2436, %N
	%2438 = select i1 %2437, i32 %2436, i32 0
	%2439 = sitofp i32 %1798 to float
	%2440 = sitofp i32 %2438 to float
	%2441 = fcmp ole float %2440, %2439
	%2442 = uitofp i1 %2441 to float
	%2443 = fcmp une float %2442, 0.0
	%2444 = and i1 %2437, %2443
	%2445 = select i1 %2444, float %1703, float 0xFFF0000000000000
	%2446 = shl i32 %7, 1
	%2447 = add i32 9, %2446
	%2448 = add i32 %635, %2447
	%2449 = icmp slt i32 %2448, %N
	%2450 = select i1 %2449, i32 %2448, i32 0
	%2451 = sitofp i32 %1798 to float
	%2452 = sitofp i32 %2450 to float
	%2453 = fcmp ole float %2452, %2451
	%2454 = uitofp i1 %2453 to float
	%2455 = fcmp une float %2454, 0.0
	%2456 = and i1 %2449, %2455
	%2457 = select i1 %2456, float %1704, float 0xFFF0000000000000
	%2458 = shl i32 %7, 1
	%2459 = add i32 16, %2458
	%2460 = add i32 %635, %2459
	%2461 = icmp slt i32 %2460, %N
	%2462 = select i1 %2461, i32 %2460, i32 0
	%2463 = sitofp i32 %1794 to float
	%2464 = sitofp i32 %2462 to float
	%2465 = fcmp ole float %2464, %2463
	%2466 = uitofp i1 %2465 to float
	%2467 = fcmp une float %2466, 0.0
	%2468 = and i1 %2461, %2467
	%2469 = select i1 %2468, float %1722, float 0xFFF0000000000000
	%2470 = shl i32 %7, 1
	%2471 = add i32 17, %2470
	%2472 = add i32 %635, %2471
	%2473 = icmp slt i32 %2472, %N
	%2474 = select i1 %2473, i32 %2472, i32 0
	%2475 = sitofp i32 %1794 to float
	%2476 = sitofp i32 %2474 to float
	%2477 = fcmp ole float %2476, %2475
	%2478 = uitofp i1 %2477 to float
	%2479 = fcmp une float %2478, 0.0
	%2480 = and i1 %2473, %2479
	%2481 = select i1 %2480, float %1723, float 0xFFF0000000000000
	%2482 = shl i32 %7, 1
	%2483 = add i32 16, %2482
	%2484 = add i32 %635, %2483
	%2485 = icmp slt i32 %2484, %N
	%2486 = select i1 %2485, i32 %2484, i32 0
	%2487 = sitofp i32 %1798 to float
	%2488 = sitofp i32 %2486 to float
	%2489 = fcmp ole float %2488, %2487
	%2490 = uitofp i1 %2489 to float
	%2491 = fcmp une float %2490, 0.0
	%2492 = and i1 %2485, %2491
	%2493 = select i1 %2492, float %1724, float 0xFFF0000000000000
	%2494 = shl i32 %7, 1
	%2495 = add i32 17, %2494
	%2496 = add i32 %635, %2495
	%2497 = icmp slt i32 %2496, %N
	%2498 = select i1 %2497, i32 %2496, i32 0
	%2499 = sitofp i32 %1798 to float
	%2500 = sitofp i32 %2498 to float
	%2501 = fcmp ole float %2500, %2499
	%2502 = uitofp i1 %2501 to float
	%2503 = fcmp une float %2502, 0.0
	%2504 = and i1 %2497, %2503
	%2505 = select i1 %2504, float %1725, float 0xFFF0000000000000
	%2506 = shl i32 %7, 1
	%2507 = add i32 24, %2506
	%2508 = add i32 %635, %2507
	%2509 = icmp slt i32 %2508, %N
	%2510 = select i1 %2509, i32 %2508, i32 0
	%2511 = sitofp i32 %1794 to float
	%2512 = sitofp i32 %2510 to float
	%2513 = fcmp ole float %2512, %2511
	%2514 = uitofp i1 %2513 to float
	%2515 = fcmp une float %2514, 0.0
	%2516 = and i1 %2509, %2515
	%2517 = select i1 %2516, float %1727, float 0xFFF0000000000000
	%2518 = shl i32 %7, 1
	%2519 = add i32 25, %2518
	%2520 = add i32 %635, %2519
	%2521 = icmp slt i32 %2520, %N
	%2522 = select i1 %2521, i32 %2520, i32 0
	%2523 = sitofp i32 %1794 to float
	%2524 = sitofp i32 %2522 to float
	%2525 = fcmp ole float %2524, %2523
	%2526 = uitofp i1 %2525 to float
	%2527 = fcmp une float %2526, 0.0
	%2528 = and i1 %2521, %2527
	%2529 = select i1 %2528, float %1728, float 0xFFF0000000000000
	%2530 = shl i32 %7, 1
	%2531 = add i32 24, %2530
	%2532 = add i32 %635, %2531
	%2533 = icmp slt i32 %2532, %N
	%2534 = select i1 %2533, i32 %2532, i32 0
	%2535 = sitofp i32 %1798 to float
	%2536 = sitofp i32 %2534 to float
	%2537 = fcmp ole float %2536, %2535
	%2538 = uitofp i1 %2537 to float
	%2539 = fcmp une float %2538, 0.0
	%2540 = and i1 %2533, %2539
	%2541 = select i1 %2540, float %1729, float 0xFFF0000000000000
	%2542 = shl i32 %7, 1
	%2543 = add i32 25, %2542
	%2544 = add i32 %635, %2543
	%2545 = icmp slt i32 %2544, %N
	%2546 = select i1 %2545, i32 %2544, i32 0
	%2547 = sitofp i32 %1798 to float
	%2548 = sitofp i32 %2546 to float
	%2549 = fcmp ole float %2548, %2547
	%2550 = uitofp i1 %2549 to float
	%2551 = fcmp une float %2550, 0.0
	%2552 = and i1 %2545, %2551
	%2553 = select i1 %2552, float %1730, float 0xFFF0000000000000
	%2554 = shl i32 %7, 1
	%2555 = add i32 32, %2554
	%2556 = add i32 %635, %2555
	%2557 = icmp slt i32 %2556, %N
	%2558 = select i1 %2557, i32 %2556, i32 0
	%2559 = sitofp i32 %1794 to float
	%2560 = sitofp i32 %2558 to float
	%2561 = fcmp ole float %2560, %2559
	%2562 = uitofp i1 %2561 to float
	%2563 = fcmp une float %2562, 0.0
	%2564 = and i1 %2557, %2563
	%2565 = select i1 %2564, float %1748, float 0xFFF0000000000000
	%2566 = shl i32 %7, 1
	%2567 = add i32 33, %2566
	%2568 = add i32 %635, %2567
	%2569 = icmp slt i32 %2568, %N
	%2570 = select i1 %2569, i32 %2568, i32 0
	%2571 = sitofp i32 %1794 to float
	%2572 = sitofp i32 %2570 to float
	%2573 = fcmp ole float %2572, %2571
	%2574 = uitofp i1 %2573 to float
	%2575 = fcmp une float %2574, 0.0
	%2576 = and i1 %2569, %2575
	%2577 = select i1 %2576, float %1749, float 0xFFF0000000000000
	%2578 = shl i32 %7, 1
	%2579 = add i32 32, %2578
	%2580 = add i32 %635, %2579
	%2581 = icmp slt i32 %2580, %N
	%2582 = select i1 %2581, i32 %2580, i32 0
	%2583 = sitofp i32 %1798 to float
	%2584 = sitofp i32 %2582 to float
	%2585 = fcmp ole float %2584, %2583
	%2586 = uitofp i1 %2585 to float
	%2587 = fcmp une float %2586, 0.0
	%2588 = and i1 %2581, %2587
	%2589 = select i1 %2588, float %1750, float 0xFFF0000000000000
	%2590 = shl i32 %7, 1
	%2591 = add i32 33, %2590
	%2592 = add i32 %635, %2591
	%2593 = icmp slt i32 %2592, %N
	%2594 = select i1 %2593, i32 %2592, i32 0
	%2595 = sitofp i32 %1798 to float
	%2596 = sitofp i32 %2594 to float
	%2597 = fcmp ole float %2596, %2595
	%2598 = uitofp i1 %2597 to float
	%2599 = fcmp une float %2598, 0.0
	%2600 = and i1 %2593, %2599
	%2601 = select i1 %2600, float %1751, float 0xFFF0000000000000
	%2602 = shl i32 %7, 1
	%2603 = add i32 40, %2602
	%2604 = add i32 %635, %2603
	%2605 = icmp slt i32 %2604, %N
	%2606 = select i1 %2605, i32 %2604, i32 0
	%2607 = sitofp i32 %1794 to float
	%2608 = sitofp i32 %2606 to float
	%2609 = fcmp ole float %2608, %2607
	%2610 = uitofp i1 %2609 to float
	%2611 = fcmp une float %2610, 0.0
	%2612 = and i1 %2605, %2611
	%2613 = select i1 %2612, float %1753, float 0xFFF0000000000000
	%2614 = shl i32 %7, 1
	%2615 = add i32 41, %2614
	%2616 = add i32 %635, %2615
	%2617 = icmp slt i32 %2616, %N
	%2618 = select i1 %2617, i32 %2616, i32 0
	%2619 = sitofp i32 %1794 to float
	%2620 = sitofp i32 %2618 to float
	%2621 = fcmp ole float %2620, %2619
	%2622 = uitofp i1 %2621 to float
	%2623 = fcmp une float %2622, 0.0
	%2624 = and i1 %2617, %2623
	%2625 = select i1 %2624, float %1754, float 0xFFF0000000000000
	%2626 = shl i32 %7, 1
	%2627 = add i32 40, %2626
	%2628 = add i32 %635, %2627
	%2629 = icmp slt i32 %2628, %N
	%2630 = select i1 %2629, i32 %2628, i32 0
	%2631 = sitofp i32 %1798 to float
	%2632 = sitofp i32 %2630 to float
	%2633 = fcmp ole float %2632, %2631
	%2634 = uitofp i1 %2633 to float
	%2635 = fcmp une float %2634, 0.0
	%2636 = and i1 %2629, %2635
	%2637 = select i1 %2636, float %1755, float 0xFFF0000000000000
	%2638 = shl i32 %7, 1
	%2639 = add i32 41, %2638
	%2640 = add i32 %635, %2639
	%2641 = icmp slt i32 %2640, %N
	%2642 = select i1 %2641, i32 %2640, i32 0
	%2643 = sitofp i32 %1798 to float
	%2644 = sitofp i32 %2642 to float
	%2645 = fcmp ole float %2644, %2643
	%2646 = uitofp i1 %2645 to float
	%2647 = fcmp une float %2646, 0.0
	%2648 = and i1 %2641, %2647
	%2649 = select i1 %2648, float %1756, float 0xFFF0000000000000
	%2650 = shl i32 %7, 1
	%2651 = add i32 48, %2650
	%2652 = add i32 %635, %2651
	%2653 = icmp slt i32 %2652, %N
	%2654 = select i1 %2653, i32 %2652, i32 0
	%2655 = sitofp i32 %1794 to float
	%2656 = sitofp i32 %2654 to float
	%2657 = fcmp ole float %2656, %2655
	%2658 = uitofp i1 %2657 to float
	%2659 = fcmp une float %2658, 0.0
	%2660 = and i1 %2653, %2659
	%2661 = select i1 %2660, float %1774, float 0xFFF0000000000000
	%2662 = shl i32 %7, 1
	%2663 = add i32 49, %2662
	%2664 = add i32 %635, %2663
	%2665 = icmp slt i32 %2664, %N
	%2666 = select i1 %2665, i32 %2664, i32 0
	%2667 = sitofp i32 %1794 to float
	%2668 = sitofp i32 %2666 to float
	%2669 = fcmp ole float %2668, %2667
	%2670 = uitofp i1 %2669 to float
	%2671 = fcmp une float %2670, 0.0
	%2672 = and i1 %2665, %2671
	%2673 = select i1 %2672, float %1775, float 0xFFF0000000000000
	%2674 = shl i32 %7, 1
	%2675 = add i32 48, %2674
	%2676 = add i32 %635, %2675
	%2677 = icmp slt i32 %2676, %N
	%2678 = select i1 %2677, i32 %2676, i32 0
	%2679 = sitofp i32 %1798 to float
	%2680 = sitofp i32 %2678 to float
	%2681 = fcmp ole float %2680, %2679
	%2682 = uitofp i1 %2681 to float
	%2683 = fcmp une float %2682, 0.0
	%2684 = and i1 %2677, %2683
	%2685 = select i1 %2684, float %1776, float 0xFFF0000000000000
	%2686 = shl i32 %7, 1
	%2687 = add i32 49, %2686
	%2688 = add i32 %635, %2687
	%2689 = icmp slt i32 %2688, %N
	%2690 = select i1 %2689, i32 %2688, i32 0
	%2691 = sitofp i32 %1798 to float
	%2692 = sitofp i32 %2690 to float
	%2693 = fcmp ole float %2692, %2691
	%2694 = uitofp i1 %2693 to float
	%2695 = fcmp une float %2694, 0.0
	%2696 = and i1 %2689, %2695
	%2697 = select i1 %2696, float %1777, float 0xFFF0000000000000
	%2698 = shl i32 %7, 1
	%2699 = add i32 56, %2698
	%2700 = add i32 %635, %2699
	%2701 = icmp slt i32 %2700, %N
	%2702 = select i1 %2701, i32 %2700, i32 0
	%2703 = sitofp i32 %1794 to float
	%2704 = sitofp i32 %2702 to float
	%2705 = fcmp ole float %2704, %2703
	%2706 = uitofp i1 %2705 to float
	%2707 = fcmp une float %2706, 0.0
	%2708 = and i1 %2701, %2707
	%2709 = select i1 %2708, float %1779, float 0xFFF0000000000000
	%2710 = shl i32 %7, 1
	%2711 = add i32 57, %2710
	%2712 = add i32 %635, %2711
	%2713 = icmp slt i32 %2712, %N
	%2714 = select i1 %2713, i32 %2712, i32 0
	%2715 = sitofp i32 %1794 to float
	%2716 = sitofp i32 %2714 to float
	%2717 = fcmp ole float %2716, %2715
	%2718 = uitofp i1 %2717 to float
	%2719 = fcmp une float %2718, 0.0
	%2720 = and i1 %2713, %2719
	%2721 = select i1 %2720, float %1780, float 0xFFF0000000000000
	%2722 = shl i32 %7, 1
	%2723 = add i32 56, %2722
	%2724 = add i32 %635, %2723
	%2725 = icmp slt i32 %2724, %N
	%2726 = select i1 %2725, i32 %2724, i32 0
	%2727 = sitofp i32 %1798 to float
	%2728 = sitofp i32 %2726 to float
	%2729 = fcmp ole float %2728, %2727
	%2730 = uitofp i1 %2729 to float
	%2731 = fcmp une float %2730, 0.0
	%2732 = and i1 %2725, %2731
	%2733 = select i1 %2732, float %1781, float 0xFFF0000000000000
	%2734 = shl i32 %7, 1
	%2735 = add i32 57, %2734
	%2736 = add i32 %635, %2735
	%2737 = icmp slt i32 %2736, %N
	%2738 = select i1 %2737, i32 %2736, i32 0
	%2739 = sitofp i32 %1798 to float
	%2740 = sitofp i32 %2738 to float
	%2741 = fcmp ole float %2740, %2739
	%2742 = uitofp i1 %2741 to float
	%2743 = fcmp une float %2742, 0.0
	%2744 = and i1 %2737, %2743
	%2745 = select i1 %2744, float %1782, float 0xFFF0000000000000
	br label %softmax

softmax:
	%2746 = phi float [ %1686, %loop ], [ %1989, %partial ]
	%2747 = phi float [ %1687, %loop ], [ %2001, %partial ]
	%2748 = phi float [ %1688, %loop ], [ %2013, %partial ]
	%2749 = phi float [ %1689, %loop ], [ %2025, %partial ]
	%2750 = phi float [ %1691, %loop ], [ %2037, %partial ]
	%2751 = phi float [ %1692, %loop ], [ %2049, %partial ]
	%2752 = phi float [ %1693, %loop ], [ %2061, %partial ]
	%2753 = phi float [ %1694, %loop ], [ %2073, %partial ]
	%2754 = phi float [ %1712, %loop ], [ %2085, %partial ]
	%2755 = phi float [ %1713, %loop ], [ %2097, %partial ]
	%2756 = phi float [ %1714, %loop ], [ %2109, %partial ]
	%2757 = phi float [ %1715, %loop ], [ %2121, %partial ]
	%2758 = phi float [ %1717, %loop ], [ %2133, %partial ]
	%2759 = phi float [ %1718, %loop ], [ %2145, %partial ]
	%2760 = phi float [ %1719, %loop ], [ %2157, %partial ]
	%2761 = phi float [ %1720, %loop ], [ %2169, %partial ]
	%2762 = phi float [ %1738, %loop ], [ %2181, %partial ]
	%2763 = phi float [ %1739, %loop ], [ %2193, %partial ]
	%2764 = phi float [ %1740, %loop ], [ %2205, %partial ]
	%2765 = phi float [ %1741, %loop ], [ %2217, %partial ]
	%2766 = phi float [ %1743, %loop ], [ %2229, %partial ]
	%2767 = phi float [ %1744, %loop ], [ %2241, %partial ]
	%2768 = phi float [ %1745, %loop ], [ %2253, %partial ]
	%2769 = phi float [ %1746, %loop ], [ %2265, %partial ]
	%2770 = phi float [ %1764, %loop ], [ %2277, %partial ]
	%2771 = phi float [ %1765, %loop ], [ %2289, %partial ]
	%2772 = phi float [ %1766, %loop ], [ %2301, %partial ]
	%2773 = phi float [ %1767, %loop ], [ %2313, %partial ]
	%2774 = phi float [ %1769, %loop ], [ %2325, %partial ]
	%2775 = phi float [ %1770, %loop ], [ %2337, %partial ]
	%2776 = phi float [ %1771, %loop ], [ %2349, %partial ]
	%2777 = phi float [ %1772, %loop ], [ %2361, %partial ]
	%2778 = phi float [ %1696, %loop ], [ %2373, %partial ]
	%2779 = phi float [ %1697, %loop ], [ %2385, %partial ]
	%2780 = phi float [ %1698, %loop ], [ %2397, %partial ]
	%2781 = phi float [ %1699, %loop ], [ %2409, %partial ]
	%2782 = phi float [ %1701, %loop ], [ %2421, %partial ]
	%2783 = phi float [ %1702, %loop ], [ %2433, %partial ]
	%2784 = phi float [ %1703, %loop ], [ %2445, %partial ]
	%2785 = phi float [ %1704, %loop ], [ %2457, %partial ]
	%2786 = phi float [ %1722, %loop ], [ %2469, %partial ]
	%2787 = phi float [ %1723, %loop ], [ %2481, %partial ]
	%2788 = phi float [ %1724, %loop ], [ %2493, %partial ]
	%2789 = phi float [ %1725, %loop ], [ %2505, %partial ]
	%2790 = phi float [ %1727, %loop ], [ %2517, %partial ]
	%2791 = phi float [ %1728, %loop ], [ %2529, %partial ]
	%2792 = phi float [ %1729, %loop ], [ %2541, %partial ]
	%2793 = phi float [ %1730, %loop ], [ %2553, %partial ]
	%2794 = phi float [ %1748, %loop ], [ %2565, %partial ]
	%2795 = phi float [ %1749, %loop ], [ %2577, %partial ]
	%2796 = phi float [ %1750, %loop ], [ %2589, %partial ]
	%2797 = phi float [ %1751, %loop ], [ %2601, %partial ]
	%2798 = phi float [ %1753, %loop ], [ %2613, %partial ]
	%2799 = phi float [ %1754, %loop ], [ %2625, %partial ]
	%2800 = phi float [ %1755, %loop ], [ %2637, %partial ]
	%2801 = phi float [ %1756, %loop ], [ %2649, %partial ]
	%2802 = phi float [ %1774, %loop ], [ %2661, %partial ]
	%2803 = phi float [ %1775, %loop ], [ %2673, %partial ]
	%2804 = phi float [ %1776, %loop ], [ %2685, %partial ]
	%2805 = phi float [ %1777, %loop ], [ %2697, %partial ]
	%2806 = phi float [ %1779, %loop ], [ %2709, %partial ]
	%2807 = phi float [ %1780, %loop ], [ %2721, %partial ]
	%2808 = phi float [ %1781, %loop ], [ %2733, %partial ]
	%2809 = phi float [ %1782, %loop ], [ %2745, %partial ]
	%2810 = call float @llvm.nvvm.fmax.f(float %2746, float %2747)
	%2811 = call float @llvm.nvvm.fmax.f(float %2750, float %2751)
	%2812 = call float @llvm.nvvm.fmax.f(float %2754, float %2755)
	%2813 = call float @llvm.nvvm.fmax.f(float %2758, float %2759)
	%2814 = call float @llvm.nvvm.fmax.f(float %2762, float %2763)
	%2815 = call float @llvm.nvvm.fmax.f(float %2766, float %2767)
	%2816 = call float @llvm.nvvm.fmax.f(float %2770, float %2771)
	%2817 = call float @llvm.nvvm.fmax.f(float %2774, float %2775)
	%2818 = call float @llvm.nvvm.fmax.f(float %2810, float %2811)
	%2819 = call float @llvm.nvvm.fmax.f(float %2812, float %2813)
	%2820 = call float @llvm.nvvm.fmax.f(float %2814, float %2815)
	%2821 = call float @llvm.nvvm.fmax.f(float %2816, float %2817)
	%2822 = call float @llvm.nvvm.fmax.f(float %2818, float %2819)
	%2823 = call float @llvm.nvvm.fmax.f(float %2820, float %2821)
	%2824 = call float @llvm.nvvm.fmax.f(float %2822, float %2823)
	%2825 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2824, i32 1, i32 31)
	%2826 = call float @llvm.nvvm.fmax.f(float %2824, float %2825)
	%2827 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2826, i32 2, i32 31)
	%2828 = call float @llvm.nvvm.fmax.f(float %2826, float %2827)
	%2829 = fmul float %2828, 0x3FC0527DC0000000
	%2830 = call float @llvm.nvvm.fmax.f(float %627, float %2829)
	%2831 = fadd float %627, 8.0
	%2832 = fcmp ogt float %2830, %2831
	%2833 = or i1 false, %2832
	%2834 = call float @llvm.nvvm.fmax.f(float %2748, float %2749)
	%2835 = call float @llvm.nvvm.fmax.f(float %2752, float %2753)
	%2836 = call float @llvm.nvvm.fmax.f(float %2756, float %2757)
	%2837 = call float @llvm.nvvm.fmax.f(float %2760, float %2761)
	%2838 = call float @llvm.nvvm.fmax.f(float %2764, float %2765)
	%2839 = call float @llvm.nvvm.fmax.f(float %2768, float %2769)
	%2840 = call float @llvm.nvvm.fmax.f(float %2772, float %2773)
	%2841 = call float @llvm.nvvm.fmax.f(float %2776, float %2777)
	%2842 = call float @llvm.nvvm.fmax.f(float %2834, float %2835)
	%2843 = call float @llvm.nvvm.fmax.f(float %2836, float %2837)
	%2844 = call float @llvm.nvvm.fmax.f(float %2838, float %2839)
	%2845 = call float @llvm.nvvm.fmax.f(float %2840, float %2841)
	%2846 = call float @llvm.nvvm.fmax.f(float %2842, float %2843)
	%2847 = call float @llvm.nvvm.fmax.f(float %2844, float %2845)
	%2848 = call float @llvm.nvvm.fmax.f(float %2846, float %2847)
	%2849 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2848, i32 1, i32 31)
	%2850 = call float @llvm.nvvm.fmax.f(float %2848, float %2849)
	%2851 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2850, i32 2, i32 31)
	%2852 = call float @llvm.nvvm.fmax.f(float %2850, float %2851)
	%2853 = fmul float %2852, 0x3FC0527DC0000000
	%2854 = call float @llvm.nvvm.fmax.f(float %629, float %2853)
	%2855 = fadd float %629, 8.0
	%2856 = fcmp ogt float %2854, %2855
	%2857 = or i1 %2833, %2856
	%2858 = call float @llvm.nvvm.fmax.f(float %2778, float %2779)
	%2859 = call float @llvm.nvvm.fmax.f(float %2782, float %2783)
	%2860 = call float @llvm.nvvm.fmax.f(float %2786, float %2787)
	%2861 = call float @llvm.nvvm.fmax.f(float %2790, float %2791)
	%2862 = call float @llvm.nvvm.fmax.f(float %2794, float %2795)
	%2863 = call float @llvm.nvvm.fmax.f(float %2798, float %2799)
	%2864 = call float @llvm.nvvm.fmax.f(float %2802, float %2803)
	%2865 = call float @llvm.nvvm.fmax.f(float %2806, float %2807)
	%2866 = call float @llvm.nvvm.fmax.f(float %2858, float %2859)
	%2867 = call float @llvm.nvvm.fmax.f(float %2860, float %2861)
	%2868 = call float @llvm.nvvm.fmax.f(float %2862, float %2863)
	%2869 = call float @llvm.nvvm.fmax.f(float %2864, float %2865)
	%2870 = call float @llvm.nvvm.fmax.f(float %2866, float %2867)
	%2871 = call float @llvm.nvvm.fmax.f(float %2868, float %2869)
	%2872 = call float @llvm.nvvm.fmax.f(float %2870, float %2871)
	%2873 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2872, i32 1, i32 31)
	%2874 = call float @llvm.nvvm.fmax.f(float %2872, float %2873)
	%2875 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2874, i32 2, i32 31)
	%2876 = call float @llvm.nvvm.fmax.f(float %2874, float %2875)
	%2877 = fmul float %2876, 0x3FC0527DC0000000
	%2878 = call float @llvm.nvvm.fmax.f(float %631, float %2877)
	%2879 = fadd float %631, 8.0
	%2880 = fcmp ogt float %2878, %2879
	%2881 = or i1 %2857, %2880
	%2882 = call float @llvm.nvvm.fmax.f(float %2780, float %2781)
	%2883 = call float @llvm.nvvm.fmax.f(float %2784, float %2785)
	%2884 = call float @llvm.nvvm.fmax.f(float %2788, float %2789)
	%2885 = call float @llvm.nvvm.fmax.f(float %2792, float %2793)
	%2886 = call float @llvm.nvvm.fmax.f(float %2796, float %2797)
	%2887 = call float @llvm.nvvm.fmax.f(float %2800, float %2801)
	%2888 = call float @llvm.nvvm.fmax.f(float %2804, float %2805)
	%2889 = call float @llvm.nvvm.fmax.f(float %2808, float %2809)
	%2890 = call float @llvm.nvvm.fmax.f(float %2882, float %2883)
	%2891 = call float @llvm.nvvm.fmax.f(float %2884, float %2885)
	%2892 = call float @llvm.nvvm.fmax.f(float %2886, float %2887)
	%2893 = call float @llvm.nvvm.fmax.f(float %2888, float %2889)
	%2894 = call float @llvm.nvvm.fmax.f(float %2890, float %2891)
	%2895 = call float @llvm.nvvm.fmax.f(float %2892, float %2893)
	%2896 = call float @llvm.nvvm.fmax.f(float %2894, float %2895)
	%2897 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2896, i32 1, i32 31)
	%2898 = call float @llvm.nvvm.fmax.f(float %2896, float %2897)
	%2899 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2898, i32 2, i32 31)
	%2900 = call float @llvm.nvvm.fmax.f(float %2898, float %2899)
	%2901 = fmul float %2900, 0x3FC0527DC0000000
	%2902 = call float @llvm.nvvm.fmax.f(float %633, float %2901)
	%2903 = fadd float %633, 8.0
	%2904 = fcmp ogt float %2902, %2903
	%2905 = or i1 %2881, %2904
	%2906 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2905)
	br i1 %2906, label %2907, label %3056

2907:
	%2908 = fcmp oeq float %2830, 0xFFF0000000000000
	%2909 = select i1 %2908, float 0.0, float %2830
	%2910 = fsub float %627, %2909
	%2911 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2910)
	%2912 = fcmp oeq float %2854, 0xFFF0000000000000
	%2913 = select i1 %2912, float 0.0, float %2854
	%2914 = fsub float %629, %2913
	%2915 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2914)
	%2916 = fcmp oeq float %2878, 0xFFF0000000000000
	%2917 = select i1 %2916, float 0.0, float %2878
	%2918 = fsub float %631, %2917
	%2919 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2918)
	%2920 = fcmp oeq float %2902, 0xFFF0000000000000
	%2921 = select i1 %2920, float 0.0, float %2902
	%2922 = fsub float %633, %2921
	%2923 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2922)
	%2924 = fmul float %499, %2911
	%2925 = fmul float %500, %2911
	%2926 = fmul float %501, %2915
	%2927 = fmul float %502, %2915
	%2928 = fmul float %503, %2911
	%2929 = fmul float %504, %2911
	%2930 = fmul float %505, %2915
	%2931 = fmul float %506, %2915
	%2932 = fmul float %507, %2911
	%2933 = fmul float %508, %2911
	%2934 = fmul float %509, %2915
	%2935 = fmul float %510, %2915
	%2936 = fmul float %511, %2911
	%2937 = fmul float %512, %2911
	%2938 = fmul float %513, %2915
	%2939 = fmul float %514, %2915
	%2940 = fmul float %515, %2911
	%2941 = fmul float %516, %2911
	%2942 = fmul float %517, %2915
	%2943 = fmul float %518, %2915
	%2944 = fmul float %519, %2911
	%2945 = fmul float %520, %2911
	%2946 = fmul float %521, %2915
	%2947 = fmul float %522, %2915
	%2948 = fmul float %523, %2911
	%2949 = fmul float %524, %2911
	%2950 = fmul float %525, %2915
	%2951 = fmul float %526, %2915
	%2952 = fmul float %527, %2911
	%2953 = fmul float %528, %2911
	%2954 = fmul float %529, %2915
	%2955 = fmul float %530, %2915
	%2956 = fmul float %531, %2911
	%2957 = fmul float %532, %2911
	%2958 = fmul float %533, %2915
	%2959 = fmul float %534, %2915
	%2960 = fmul float %535, %2911
	%2961 = fmul float %536, %2911
	%2962 = fmul float %537, %2915
	%2963 = fmul float %538, %2915
	%2964 = fmul float %539, %2911
	%2965 = fmul float %540, %2911
	%2966 = fmul float %541, %2915
	%2967 = fmul float %542, %2915
	%2968 = fmul float %543, %2911
	%2969 = fmul float %544, %2911
	%2970 = fmul float %545, %2915
	%2971 = fmul float %546, %2915
	%2972 = fmul float %547, %2911
	%2973 = fmul float %548, %2911
	%2974 = fmul float %549, %2915
	%2975 = fmul float %550, %2915
	%2976 = fmul float %551, %2911
	%2977 = fmul float %552, %2911
	%2978 = fmul float %553, %2915
	%2979 = fmul float %554, %2915
	%2980 = fmul float %555, %2911
	%2981 = fmul float %556, %2911
	%2982 = fmul float %557, %2915
	%2983 = fmul float %558, %2915
	%2984 = fmul float %559, %2911
	%2985 = fmul float %560, %2911
	%2986 = fmul float %561, %2915
	%2987 = fmul float %562, %2915
	%2988 = fmul float %563, %2919
	%2989 = fmul float %564, %2919
	%2990 = fmul float %565, %2923
	%2991 = fmul float %566, %2923
	%2992 = fmul float %567, %2919
	%2993 = fmul float %568, %2919
	%2994 = fmul float %569, %2923
	%2995 = fmul float %570, %2923
	%2996 = fmul float %571, %2919
	%2997 = fmul float %572, %2919
	%2998 = fmul float %573, %2923
	%2999 = fmul float %574, %2923
	%3000 = fmul float %575, %2919
	%3001 = fmul float %576, %2919
	%3002 = fmul float %577, %2923
	%3003 = fmul float %578, %2923
	%3004 = fmul float %579, %2919
	%3005 = fmul float %580, %2919
	%3006 = fmul float %581, %2923
	%3007 = fmul float %582, %2923
	%3008 = fmul float %583, %2919
	%3009 = fmul float %584, %2919
	%3010 = fmul float %585, %2923
	%3011 = fmul float %586, %2923
	%3012 = fmul float %587, %2919
	%3013 = fmul float %588, %2919
	%3014 = fmul float %589, %2923
	%3015 = fmul float %590, %2923
	%3016 = fmul float %591, %2919
	%3017 = fmul float %592, %2919
	%3018 = fmul float %593, %2923
	%3019 = fmul float %594, %2923
	%3020 = fmul float %595, %2919
	%3021 = fmul float %596, %2919
	%3022 = fmul float %597, %2923
	%3023 = fmul float %598, %2923
	%3024 = fmul float %599, %2919
	%3025 = fmul float %600, %2919
	%3026 = fmul float %601, %2923
	%3027 = fmul float %602, %2923
	%3028 = fmul float %603, %2919
	%3029 = fmul float %604, %2919
	%3030 = fmul float %605, %2923
	%3031 = fmul float %606, %2923
	%3032 = fmul float %607, %2919
	%3033 = fmul float %608, %2919
	%3034 = fmul float %609, %2923
	%3035 = fmul float %610, %2923
	%3036 = fmul float %611, %2919
	%3037 = fmul float %612, %2919
	%3038 = fmul float %613, %2923
	%3039 = fmul float %614, %2923
	%3040 = fmul float %615, %2919
	%3041 = fmul float %616, %2919
	%3042 = fmul float %617, %2923
	%3043 = fmul float %618, %2923
	%3044 = fmul float %619, %2919
	%3045 = fmul float %620, %2919
	%3046 = fmul float %621, %2923
	%3047 = fmul float %622, %2923
	%3048 = fmul float %623, %2919
	%3049 = fmul float %624, %2919
	%3050 = fmul float %625, %2923
	%3051 = fmul float %626, %2923
	%3052 = fmul float %628, %2911
	%3053 = fmul float %630, %2915
	%3054 = fmul float %632, %2919
	%3055 = fmul float %634, %2923
	br label %3056

3056:
	%3057 = phi float [ %499, %softmax ], [ %2924, %2907 ]
	%3058 = phi float [ %500, %softmax ], [ %2925, %2907 ]
	%3059 = phi float [ %501, %softmax ], [ %2926, %2907 ]
	%3060 = phi float [ %502, %softmax ], [ %2927, %2907 ]
	%3061 = phi float [ %503, %softmax ], [ %2928, %2907 ]
	%3062 = phi float [ %504, %softmax ], [ %2929, %2907 ]
	%3063 = phi float [ %505, %softmax ], [ %2930, %2907 ]
	%3064 = phi float [ %506, %softmax ], [ %2931, %2907 ]
	%3065 = phi float [ %507, %softmax ], [ %2932, %2907 ]
	%3066 = phi float [ %508, %softmax ], [ %2933, %2907 ]
	%3067 = phi float [ %509, %softmax ], [ %2934, %2907 ]
	%3068 = phi float [ %510, %softmax ], [ %2935, %2907 ]
	%3069 = phi float [ %511, %softmax ], [ %2936, %2907 ]
	%3070 = phi float [ %512, %softmax ], [ %2937, %2907 ]
	%3071 = phi float [ %513, %softmax ], [ %2938, %2907 ]
	%3072 = phi float [ %514, %softmax ], [ %2939, %2907 ]
	%3073 = phi float [ %515, %softmax ], [ %2940, %2907 ]
	%3074 = phi float [ %516, %softmax ], [ %2941, %2907 ]
	%3075 = phi float [ %517, %softmax ], [ %2942, %2907 ]
	%3076 = phi float [ %518, %softmax ], [ %2943, %2907 ]
	%3077 = phi float [ %519, %softmax ], [ %2944, %2907 ]
	%3078 = phi float [ %520, %softmax ], [ %2945, %2907 ]
	%3079 = phi float [ %521, %softmax ], [ %2946, %2907 ]
	%3080 = phi float [ %522, %softmax ], [ %2947, %2907 ]
	%3081 = phi float [ %523, %softmax ], [ %2948, %2907 ]
	%3082 = phi float [ %524, %softmax ], [ %2949, %2907 ]
	%3083 = phi float [ %525, %softmax ], [ %2950, %2907 ]
	%3084 = phi float [ %526, %softmax ], [ %2951, %2907 ]
	%3085 = phi float [ %527, %softmax ], [ %2952, %2907 ]
	%3086 = phi float [ %528, %softmax ], [ %2953, %2907 ]
	%3087 = phi float [ %529, %softmax ], [ %2954, %2907 ]
	%3088 = phi float [ %530, %softmax ], [ %2955, %2907 ]
	%3089 = phi float [ %531, %softmax ], [ %2956, %2907 ]
	%3090 = phi float [ %532, %softmax ], [ %2957, %2907 ]
	%3091 = phi float [ %533, %softmax ], [ %2958, %2907 ]
	%3092 = phi float [ %534, %softmax ], [ %2959, %2907 ]
	%3093 = phi float [ %535, %softmax ], [ %2960, %2907 ]
	%3094 = phi float [ %536, %softmax ], [ %2961, %2907 ]
	%3095 = phi float [ %537, %softmax ], [ %2962, %2907 ]
	%3096 = phi float [ %538, %softmax ], [ %2963, %2907 ]
	%3097 = phi float [ %539, %softmax ], [ %2964, %2907 ]
	%3098 = phi float [ %540, %softmax ], [ %2965, %2907 ]
	%3099 = phi float [ %541, %softmax ], [ %2966, %2907 ]
	%3100 = phi float [ %542, %softmax ], [ %2967, %2907 ]
	%3101 = phi float [ %543, %softmax ], [ %2968, %2907 ]
	%3102 = phi float [ %544, %softmax ], [ %2969, %2907 ]
	%3103 = phi float [ %545, %softmax ], [ %2970, %2907 ]
	%3104 = phi float [ %546, %softmax ], [ %2971, %2907 ]
	%3105 = phi float [ %547, %softmax ], [ %2972, %2907 ]
	%3106 = phi float [ %548, %softmax ], [ %2973, %2907 ]
	%3107 = phi float [ %549, %softmax ], [ %2974, %2907 ]
	%3108 = phi float [ %550, %softmax ], [ %2975, %2907 ]
	%3109 = phi float [ %551, %softmax ], [ %2976, %2907 ]
	%3110 = phi float [ %552, %softmax ], [ %2977, %2907 ]
	%3111 = phi float [ %553, %softmax ], [ %2978, %2907 ]
	%3112 = phi float [ %554, %softmax ], [ %2979, %2907 ]
	%3113 = phi float [ %555, %softmax ], [ %2980, %2907 ]
	%3114 = phi float [ %556, %softmax ], [ %2981, %2907 ]
	%3115 = phi float [ %557, %softmax ], [ %2982, %2907 ]
	%3116 = phi float [ %558, %softmax ], [ %2983, %2907 ]
	%3117 = phi float [ %559, %softmax ], [ %2984, %2907 ]
	%3118 = phi float [ %560, %softmax ], [ %2985, %2907 ]
	%3119 = phi float [ %561, %softmax ], [ %2986, %2907 ]
	%3120 = phi float [ %562, %softmax ], [ %2987, %2907 ]
	%3121 = phi float [ %563, %softmax ], [ %2988, %2907 ]
	%3122 = phi float [ %564, %softmax ], [ %2989, %2907 ]
	%3123 = phi float [ %565, %softmax ], [ %2990, %2907 ]
	%3124 = phi float [ %566, %softmax ], [ %2991, %2907 ]
	%3125 = phi float [ %567, %softmax ], [ %2992, %2907 ]
	%3126 = phi float [ %568, %softmax ], [ %2993, %2907 ]
	%3127 = phi float [ %569, %softmax ], [ %2994, %2907 ]
	%3128 = phi float [ %570, %softmax ], [ %2995, %2907 ]
	%3129 = phi float [ %571, %softmax ], [ %2996, %2907 ]
	%3130 = phi float [ %572, %softmax ], [ %2997, %2907 ]
	%3131 = phi float [ %573, %softmax ], [ %2998, %2907 ]
	%3132 = phi float [ %574, %softmax ], [ %2999, %2907 ]
	%3133 = phi float [ %575, %softmax ], [ %3000, %2907 ]
	%3134 = phi float [ %576, %softmax ], [ %3001, %2907 ]
	%3135 = phi float [ %577, %softmax ], [ %3002, %2907 ]
	%3136 = phi float [ %578, %softmax ], [ %3003, %2907 ]
	%3137 = phi float [ %579, %softmax ], [ %3004, %2907 ]
	%3138 = phi float [ %580, %softmax ], [ %3005, %2907 ]
	%3139 = phi float [ %581, %softmax ], [ %3006, %2907 ]
	%3140 = phi float [ %582, %softmax ], [ %3007, %2907 ]
	%3141 = phi float [ %583, %softmax ], [ %3008, %2907 ]
	%3142 = phi float [ %584, %softmax ], [ %3009, %2907 ]
	%3143 = phi float [ %585, %softmax ], [ %3010, %2907 ]
	%3144 = phi float [ %586, %softmax ], [ %3011, %2907 ]
	%3145 = phi float [ %587, %softmax ], [ %3012, %2907 ]
	%3146 = phi float [ %588, %softmax ], [ %3013, %2907 ]
	%3147 = phi float [ %589, %softmax ], [ %3014, %2907 ]
	%3148 = phi float [ %590, %softmax ], [ %3015, %2907 ]
	%3149 = phi float [ %591, %softmax ], [ %3016, %2907 ]
	%3150 = phi float [ %592, %softmax ], [ %3017, %2907 ]
	%3151 = phi float [ %593, %softmax ], [ %3018, %2907 ]
	%3152 = phi float [ %594, %softmax ], [ %3019, %2907 ]
	%3153 = phi float [ %595, %softmax ], [ %3020, %2907 ]
	%3154 = phi float [ %596, %softmax ], [ %3021, %2907 ]
	%3155 = phi float [ %597, %softmax ], [ %3022, %2907 ]
	%3156 = phi float [ %598, %softmax ], [ %3023, %2907 ]
	%3157 = phi float [ %599, %softmax ], [ %3024, %2907 ]
	%3158 = phi float [ %600, %softmax ], [ %3025, %2907 ]
	%3159 = phi float [ %601, %softmax ], [ %3026, %2907 ]
	%3160 = phi float [ %602, %softmax ], [ %3027, %2907 ]
	%3161 = phi float [ %603, %softmax ], [ %3028, %2907 ]
	%3162 = phi float [ %604, %softmax ], [ %3029, %2907 ]
	%3163 = phi float [ %605, %softmax ], [ %3030, %2907 ]
	%3164 = phi float [ %606, %softmax ], [ %3031, %2907 ]
	%3165 = phi float [ %607, %softmax ], [ %3032, %2907 ]
	%3166 = phi float [ %608, %softmax ], [ %3033, %2907 ]
	%3167 = phi float [ %609, %softmax ], [ %3034, %2907 ]
	%3168 = phi float [ %610, %softmax ], [ %3035, %2907 ]
	%3169 = phi float [ %611, %softmax ], [ %3036, %2907 ]
	%3170 = phi float [ %612, %softmax ], [ %3037, %2907 ]
	%3171 = phi float [ %613, %softmax ], [ %3038, %2907 ]
	%3172 = phi float [ %614, %softmax ], [ %3039, %2907 ]
	%3173 = phi float [ %615, %softmax ], [ %3040, %2907 ]
	%3174 = phi float [ %616, %softmax ], [ %3041, %2907 ]
	%3175 = phi float [ %617, %softmax ], [ %3042, %2907 ]
	%3176 = phi float [ %618, %softmax ], [ %3043, %2907 ]
	%3177 = phi float [ %619, %softmax ], [ %3044, %2907 ]
	%3178 = phi float [ %620, %softmax ], [ %3045, %2907 ]
	%3179 = phi float [ %621, %softmax ], [ %3046, %2907 ]
	%3180 = phi float [ %622, %softmax ], [ %3047, %2907 ]
	%3181 = phi float [ %623, %softmax ], [ %3048, %2907 ]
	%3182 = phi float [ %624, %softmax ], [ %3049, %2907 ]
	%3183 = phi float [ %625, %softmax ], [ %3050, %2907 ]
	%3184 = phi float [ %626, %softmax ], [ %3051, %2907 ]
	%3185 = phi float [ %628, %softmax ], [ %3052, %2907 ]
	%3186 = phi float [ %630, %softmax ], [ %3053, %2907 ]
	%3187 = phi float [ %632, %softmax ], [ %3054, %2907 ]
	%3188 = phi float [ %634, %softmax ], [ %3055, %2907 ]
	%3189 = select i1 %2906, float %2830, float %627
	%3190 = fcmp oeq float %3189, 0xFFF0000000000000
	%3191 = select i1 %3190, float 0.0, float %3189
	%3192 = fneg float %3191
	%3193 = call float @llvm.fma.f32(float %2746, float 0x3FC0527DC0000000, float %3192)
	%3194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3193)
	%3195 = call float @llvm.fma.f32(float %2747, float 0x3FC0527DC0000000, float %3192)
	%3196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3195)
	%3197 = call float @llvm.fma.f32(float %2750, float 0x3FC0527DC0000000, float %3192)
	%3198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3197)
	%3199 = call float @llvm.fma.f32(float %2751, float 0x3FC0527DC0000000, float %3192)
	%3200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3199)
	%3201 = call float @llvm.fma.f32(float %2754, float 0x3FC0527DC0000000, float %3192)
	%3202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3201)
	%3203 = call float @llvm.fma.f32(float %2755, float 0x3FC0527DC0000000, float %3192)
	%3204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3203)
	%3205 = call float @llvm.fma.f32(float %2758, float 0x3FC0527DC0000000, float %3192)
	%3206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3205)
	%3207 = call float @llvm.fma.f32(float %2759, float 0x3FC0527DC0000000, float %3192)
	%3208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3207)
	%3209 = call float @llvm.fma.f32(float %2762, float 0x3FC0527DC0000000, float %3192)
	%3210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3209)
	%3211 = call float @llvm.fma.f32(float %2763, float 0x3FC0527DC0000000, float %3192)
	%3212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3211)
	%3213 = call float @llvm.fma.f32(float %2766, float 0x3FC0527DC0000000, float %3192)
	%3214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3213)
	%3215 = call float @llvm.fma.f32(float %2767, float 0x3FC0527DC0000000, float %3192)
	%3216 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3215)
	%3217 = call float @llvm.fma.f32(float %2770, float 0x3FC0527DC0000000, float %3192)
	%3218 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3217)
	%3219 = call float @llvm.fma.f32(float %2771, float 0x3FC0527DC0000000, float %3192)
	%3220 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3219)
	%3221 = call float @llvm.fma.f32(float %2774, float 0x3FC0527DC0000000, float %3192)
	%3222 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3221)
	%3223 = call float @llvm.fma.f32(float %2775, float 0x3FC0527DC0000000, float %3192)
	%3224 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3223)
	%3225 = fadd float %3194, %3196
	%3226 = fadd float %3198, %3200
	%3227 = fadd float %3202, %3204
	%3228 = fadd float %3206, %3208
	%3229 = fadd float %3210, %3212
	%3230 = fadd float %3214, %3216
	%3231 = fadd float %3218, %3220
	%3232 = fadd float %3222, %3224
	%3233 = fadd float %3225, %3226
	%3234 = fadd float %3227, %3228
	%3235 = fadd float %3229, %3230
	%3236 = fadd float %3231, %3232
	%3237 = fadd float %3233, %3234
	%3238 = fadd float %3235, %3236
	%3239 = fadd float %3237, %3238
	%3240 = fadd float %3185, %3239
	%3241 = select i1 %2906, float %2854, float %629
	%3242 = fcmp oeq float %3241, 0xFFF0000000000000
	%3243 = select i1 %3242, float 0.0, float %3241
	%3244 = fneg float %3243
	%3245 = call float @llvm.fma.f32(float %2748, float 0x3FC0527DC0000000, float %3244)
	%3246 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3245)
	%3247 = call float @llvm.fma.f32(float %2749, float 0x3FC0527DC0000000, float %3244)
	%3248 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3247)
	%3249 = call float @llvm.fma.f32(float %2752, float 0x3FC0527DC0000000, float %3244)
	%3250 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3249)
	%3251 = call float @llvm.fma.f32(float %2753, float 0x3FC0527DC0000000, float %3244)
	%3252 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3251)
	%3253 = call float @llvm.fma.f32(float %2756, float 0x3FC0527DC0000000, float %3244)
	%3254 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3253)
	%3255 = call float @llvm.fma.f32(float %2757, float 0x3FC0527DC0000000, float %3244)
	%3256 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3255)
	%3257 = call float @llvm.fma.f32(float %2760, float 0x3FC0527DC0000000, float %3244)
	%3258 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3257)
	%3259 = call float @llvm.fma.f32(float %2761, float 0x3FC0527DC0000000, float %3244)
	%3260 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3259)
	%3261 = call float @llvm.fma.f32(float %2764, float 0x3FC0527DC0000000, float %3244)
	%3262 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3261)
	%3263 = call float @llvm.fma.f32(float %2765, float 0x3FC0527DC0000000, float %3244)
	%3264 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3263)
	%3265 = call float @llvm.fma.f32(float %2768, float 0x3FC0527DC0000000, float %3244)
	%3266 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3265)
	%3267 = call float @llvm.fma.f32(float %2769, float 0x3FC0527DC0000000, float %3244)
	%3268 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3267)
	%3269 = call float @llvm.fma.f32(float %2772, float 0x3FC0527DC0000000, float %3244)
	%3270 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3269)
	%3271 = call float @llvm.fma.f32(float %2773, float 0x3FC0527DC0000000, float %3244)
	%3272 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3271)
	%3273 = call float @llvm.fma.f32(float %2776, float 0x3FC0527DC0000000, float %3244)
	%3274 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3273)
	%3275 = call float @llvm.fma.f32(float %2777, float 0x3FC0527DC0000000, float %3244)
	%3276 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3275)
	%3277 = fadd float %3246, %3248
	%3278 = fadd float %3250, %3252
	%3279 = fadd float %3254, %3256
	%3280 = fadd float %3258, %3260
	%3281 = fadd float %3262, %3264
	%3282 = fadd float %3266, %3268
	%3283 = fadd float %3270, %3272
	%3284 = fadd float %3274, %3276
	%3285 = fadd float %3277, %3278
	%3286 = fadd float %3279, %3280
	%3287 = fadd float %3281, %3282
	%3288 = fadd float %3283, %3284
	%3289 = fadd float %3285, %3286
	%3290 = fadd float %3287, %3288
	%3291 = fadd float %3289, %3290
	%3292 = fadd float %3186, %3291
	%3293 = select i1 %2906, float %2878, float %631
	%3294 = fcmp oeq float %3293, 0xFFF0000000000000
	%3295 = select i1 %3294, float 0.0, float %3293
	%3296 = fneg float %3295
	%3297 = call float @llvm.fma.f32(float %2778, float 0x3FC0527DC0000000, float %3296)
	%3298 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3297)
	%3299 = call float @llvm.fma.f32(float %2779, float 0x3FC0527DC0000000, float %3296)
	%3300 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3299)
	%3301 = call float @llvm.fma.f32(float %2782, float 0x3FC0527DC0000000, float %3296)
	%3302 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3301)
	%3303 = call float @llvm.fma.f32(float %2783, float 0x3FC0527DC0000000, float %3296)
	%3304 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3303)
	%3305 = call float @llvm.fma.f32(float %2786, float 0x3FC0527DC0000000, float %3296)
	%3306 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3305)
	%3307 = call float @llvm.fma.f32(float %2787, float 0x3FC0527DC0000000, float %3296)
	%3308 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3307)
	%3309 = call float @llvm.fma.f32(float %2790, float 0x3FC0527DC0000000, float %3296)
	%3310 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3309)
	%3311 = call float @llvm.fma.f32(float %2791, float 0x3FC0527DC0000000, float %3296)
	%3312 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3311)
	%3313 = call float @llvm.fma.f32(float %2794, float 0x3FC0527DC0000000, float %3296)
	%3314 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3313)
	%3315 = call float @llvm.fma.f32(float %2795, float 0x3FC0527DC0000000, float %3296)
	%3316 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3315)
	%3317 = call float @llvm.fma.f32(float %2798, float 0x3FC0527DC0000000, float %3296)
	%3318 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3317)
	%3319 = call float @llvm.fma.f32(float %2799, float 0x3FC0527DC0000000, float %3296)
	%3320 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3319)
	%3321 = call float @llvm.fma.f32(float %2802, float 0x3FC0527DC0000000, float %3296)
	%3322 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3321)
	%3323 = call float @llvm.fma.f32(float %2803, float 0x3FC0527DC0000000, float %3296)
	%3324 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3323)
	%3325 = call float @llvm.fma.f32(float %2806, float 0x3FC0527DC0000000, float %3296)
	%3326 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3325)
	%3327 = call float @llvm.fma.f32(float %2807, float 0x3FC0527DC0000000, float %3296)
	%3328 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3327)
	%3329 = fadd float %3298, %3300
	%3330 = fadd float %3302, %3304
	%3331 = fadd float %3306, %3308
	%3332 = fadd float %3310, %3312
	%3333 = fadd float %3314, %3316
	%3334 = fadd float %3318, %3320
	%3335 = fadd float %3322, %3324
	%3336 = fadd float %3326, %3328
	%3337 = fadd float %3329, %3330
	%3338 = fadd float %3331, %3332
	%3339 = fadd float %3333, %3334
	%3340 = fadd float %3335, %3336
	%3341 = fadd float %3337, %3338
	%3342 = fadd float %3339, %3340
	%3343 = fadd float %3341, %3342
	%3344 = fadd float %3187, %3343
	%3345 = select i1 %2906, float %2902, float %633
	%3346 = fcmp oeq float %3345, 0xFFF0000000000000
	%3347 = select i1 %3346, float 0.0, float %3345
	%3348 = fneg float %3347
	%3349 = call float @llvm.fma.f32(float %2780, float 0x3FC0527DC0000000, float %3348)
	%3350 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3349)
	%3351 = call float @llvm.fma.f32(float %2781, float 0x3FC0527DC0000000, float %3348)
	%3352 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3351)
	%3353 = call float @llvm.fma.f32(float %2784, float 0x3FC0527DC0000000, float %3348)
	%3354 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3353)
	%3355 = call float @llvm.fma.f32(float %2785, float 0x3FC0527DC0000000, float %3348)
	%3356 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3355)
	%3357 = call float @llvm.fma.f32(float %2788, float 0x3FC0527DC0000000, float %3348)
	%3358 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3357)
	%3359 = call float @llvm.fma.f32(float %2789, float 0x3FC0527DC0000000, float %3348)
	%3360 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3359)
	%3361 = call float @llvm.fma.f32(float %2792, float 0x3FC0527DC0000000, float %3348)
	%3362 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3361)
	%3363 = call float @llvm.fma.f32(float %2793, float 0x3FC0527DC0000000, float %3348)
	%3364 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3363)
	%3365 = call float @llvm.fma.f32(float %2796, float 0x3FC0527DC0000000, float %3348)
	%3366 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3365)
	%3367 = call float @llvm.fma.f32(float %2797, float 0x3FC0527DC0000000, float %3348)
	%3368 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3367)
	%3369 = call float @llvm.fma.f32(float %2800, float 0x3FC0527DC0000000, float %3348)
	%3370 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3369)
	%3371 = call float @llvm.fma.f32(float %2801, float 0x3FC0527DC0000000, float %3348)
	%3372 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3371)
	%3373 = call float @llvm.fma.f32(float %2804, float 0x3FC0527DC0000000, float %3348)
	%3374 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3373)
	%3375 = call float @llvm.fma.f32(float %2805, float 0x3FC0527DC0000000, float %3348)
	%3376 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3375)
	%3377 = call float @llvm.fma.f32(float %2808, float 0x3FC0527DC0000000, float %3348)
	%3378 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3377)
	%3379 = call float @llvm.fma.f32(float %2809, float 0x3FC0527DC0000000, float %3348)
	%3380 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3379)
	%3381 = fadd float %3350, %3352
	%3382 = fadd float %3354, %3356
	%3383 = fadd float %3358, %3360
	%3384 = fadd float %3362, %3364
	%3385 = fadd float %3366, %3368
	%3386 = fadd float %3370, %3372
	%3387 = fadd float %3374, %3376
	%3388 = fadd float %3378, %3380
	%3389 = fadd float %3381, %3382
	%3390 = fadd float %3383, %3384
	%3391 = fadd float %3385, %3386
	%3392 = fadd float %3387, %3388
	%3393 = fadd float %3389, %3390
	%3394 = fadd float %3391, %3392
	%3395 = fadd float %3393, %3394
	%3396 = fadd float %3188, %3395
	%3397 = add i32 %495, 1
	%3398 = icmp sge i32 %497, 0
	%3399 = add i32 %495, 2
	%3400 = icmp slt i32 %3399, %NK
	%3401 = and i1 %3398, %3400
	%3402 = select i1 %3401, i32 %3399, i32 0
	%3403 = add i32 %42, %3402
	%3404 = sext i32 %3403 to i64
	%3405 = getelementptr i32, i32* %list, i64 %3404
	%3406 = load i32, i32* %3405
	%3407 = select i1 %3401, i32 %3406, i32 -1
	%3408 = icmp sge i32 %497, 0
	%3409 = icmp slt i32 %497, %NK
	%3410 = and i1 %3408, %3409
	%3411 = select i1 %3410, i32 %497, i32 0
	%3412 = add i32 %46, %3411
	%3413 = sext i32 %3412 to i64
	%3414 = getelementptr i8, i8* %cls, i64 %3413
	%3415 = load i8, i8* %3414
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %3398, label %prefetch, label %pv

prefetch:
	%3416 = mul i32 %497, 64
	%3417 = lshr i32 %3, 4
	%3418 = and i32 %3, 15
	%3419 = and i32 %3417, 7
	%3420 = xor i32 %3418, %3419
	%3421 = mul i32 %3417, 16
	%3422 = add i32 %3421, %3420
	%3423 = shl i32 %3422, 4
	%3424 = add i32 %0, %3423
	%3425 = add i32 %3416, %3417
	%3426 = mul i32 %3425, 128
	%3427 = mul i32 %3418, 8
	%3428 = add i32 %3426, %3427
	%3429 = sext i32 %3428 to i64
	%3430 = getelementptr i16, i16* %33, i64 %3429
	%3431 = add i32 %3425, 0
	%3432 = icmp slt i32 %3431, %N
	%3433 = getelementptr i16, i16* %3430, i64 0
	%3434 = select i1 %3432, i16* %3433, i16* %33
	%3435 = add i32 %3424, 0
	%3436 = select i1 %3432, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3435, i16* %3434, i32 %3436)
	%3437 = add i32 %3425, 4
	%3438 = icmp slt i32 %3437, %N
	%3439 = getelementptr i16, i16* %3430, i64 512
	%3440 = select i1 %3438, i16* %3439, i16* %33
	%3441 = add i32 %3417, 4
	%3442 = and i32 %3441, 7
	%3443 = xor i32 %3418, %3442
	%3444 = mul i32 %3441, 16
	%3445 = add i32 %3444, %3443
	%3446 = shl i32 %3445, 4
	%3447 = add i32 %0, %3446
	%3448 = select i1 %3438, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3447, i16* %3440, i32 %3448)
	%3449 = add i32 %3425, 8
	%3450 = icmp slt i32 %3449, %N
	%3451 = getelementptr i16, i16* %3430, i64 1024
	%3452 = select i1 %3450, i16* %3451, i16* %33
	%3453 = add i32 %3417, 8
	%3454 = and i32 %3453, 7
	%3455 = xor i32 %3418, %3454
	%3456 = mul i32 %3453, 16
	%3457 = add i32 %3456, %3455
	%3458 = shl i32 %3457, 4
	%3459 = add i32 %0, %3458
	%3460 = select i1 %3450, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3459, i16* %3452, i32 %3460)
	%3461 = add i32 %3425, 12
	%3462 = icmp slt i32 %3461, %N
	%3463 = getelementptr i16, i16* %3430, i64 1536
	%3464 = select i1 %3462, i16* %3463, i16* %33
	%3465 = add i32 %3417, 12
	%3466 = and i32 %3465, 7
	%3467 = xor i32 %3418, %3466
	%3468 = mul i32 %3465, 16
	%3469 = add i32 %3468, %3467
	%3470 = shl i32 %3469, 4
	%3471 = add i32 %0, %3470
	%3472 = select i1 %3462, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3471, i16* %3464, i32 %3472)
	%3473 = add i32 %3425, 16
	%3474 = icmp slt i32 %3473, %N
	%3475 = getelementptr i16, i16* %3430, i64 2048
	%3476 = select i1 %3474, i16* %3475, i16* %33
	%3477 = add i32 %3417, 16
	%3478 = and i32 %3477, 7
	%3479 = xor i32 %3418, %3478
	%3480 = mul i32 %3477, 16
	%3481 = add i32 %3480, %3479
	%3482 = shl i32 %3481, 4
	%3483 = add i32 %0, %3482
	%3484 = select i1 %3474, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3483, i16* %3476, i32 %3484)
	%3485 = add i32 %3425, 20
	%3486 = icmp slt i32 %3485, %N
	%3487 = getelementptr i16, i16* %3430, i64 2560
	%3488 = select i1 %3486, i16* %3487, i16* %33
	%3489 = add i32 %3417, 20
	%3490 = and i32 %3489, 7
	%3491 = xor i32 %3418, %3490
	%3492 = mul i32 %3489, 16
	%3493 = add i32 %3492, %3491
	%3494 = shl i32 %3493, 4
	%3495 = add i32 %0, %3494
	%3496 = select i1 %3486, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3495, i16* %3488, i32 %3496)
	%3497 = add i32 %3425, 24
	%3498 = icmp slt i32 %3497, %N
	%3499 = getelementptr i16, i16* %3430, i64 3072
	%3500 = select i1 %3498, i16* %3499, i16* %33
	%3501 = add i32 %3417, 24
	%3502 = and i32 %3501, 7
	%3503 = xor i32 %3418, %3502
	%3504 = mul i32 %3501, 16
	%3505 = add i32 %3504, %3503
	%3506 = shl i32 %3505, 4
	%3507 = add i32 %0, %3506
	%3508 = select i1 %3498, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3507, i16* %3500, i32 %3508)
	%3509 = add i32 %3425, 28
	%3510 = icmp slt i32 %3509, %N
	%3511 = getelementptr i16, i16* %3430, i64 3584
	%3512 = select i1 %3510, i16* %3511, i16* %33
	%3513 = add i32 %3417, 28
	%3514 = and i32 %3513, 7
	%3515 = xor i32 %3418, %3514
	%3516 = mul i32 %3513, 16
	%3517 = add i32 %3516, %3515
	%3518 = shl i32 %3517, 4
	%3519 = add i32 %0, %3518
	%3520 = select i1 %3510, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3519, i16* %3512, i32 %3520)
	%3521 = add i32 %3425, 32
	%3522 = icmp slt i32 %3521, %N
	%3523 = getelementptr i16, i16* %3430, i64 u0x1000
	%3524 = select i1 %3522, i16* %3523, i16* %33
	%3525 = add i32 %3417, 32
	%3526 = and i32 %3525, 7
	%3527 = xor i32 %3418, %3526
	%3528 = mul i32 %3525, 16
	%3529 = add i32 %3528, %3527
	%3530 = shl i32 %3529, 4
	%3531 = add i32 %0, %3530
	%3532 = select i1 %3522, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3531, i16* %3524, i32 %3532)
	%3533 = add i32 %3425, 36
	%3534 = icmp slt i32 %3533, %N
	%3535 = getelementptr i16, i16* %3430, i64 4608
	%3536 = select i1 %3534, i16* %3535, i16* %33
	%3537 = add i32 %3417, 36
	%3538 = and i32 %3537, 7
	%3539 = xor i32 %3418, %3538
	%3540 = mul i32 %3537, 16
	%3541 = add i32 %3540, %3539
	%3542 = shl i32 %3541, 4
	%3543 = add i32 %0, %3542
	%3544 = select i1 %3534, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3543, i16* %3536, i32 %3544)
	%3545 = add i32 %3425, 40
	%3546 = icmp slt i32 %3545, %N
	%3547 = getelementptr i16, i16* %3430, i64 5120
	%3548 = select i1 %3546, i16* %3547, i16* %33
	%3549 = add i32 %3417, 40
	%3550 = and i32 %3549, 7
	%3551 = xor i32 %3418, %3550
	%3552 = mul i32 %3549, 16
	%3553 = add i32 %3552, %3551
	%3554 = shl i32 %3553, 4
	%3555 = add i32 %0, %3554
	%3556 = select i1 %3546, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3555, i16* %3548, i32 %3556)
	%3557 = add i32 %3425, 44
	%3558 = icmp slt i32 %3557, %N
	%3559 = getelementptr i16, i16* %3430, i64 5632
	%3560 = select i1 %3558, i16* %3559, i16* %33
	%3561 = add i32 %3417, 44
	%3562 = and i32 %3561, 7
	%3563 = xor i32 %3418, %3562
	%3564 = mul i32 %3561, 16
	%3565 = add i32 %3564, %3563
	%3566 = shl i32 %3565, 4
	%3567 = add i32 %0, %3566
	%3568 = select i1 %3558, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3567, i16* %3560, i32 %3568)
	%3569 = add i32 %3425, 48
	%3570 = icmp slt i32 %3569, %N
	%3571 = getelementptr i16, i16* %3430, i64 6144
	%3572 = select i1 %3570, i16* %3571, i16* %33
	%3573 = add i32 %3417, 48
	%3574 = and i32 %3573, 7
	%3575 = xor i32 %3418, %3574
	%3576 = mul i32 %3573, 16
	%3577 = add i32 %3576, %3575
	%3578 = shl i32 %3577, 4
	%3579 = add i32 %0, %3578
	%3580 = select i1 %3570, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3579, i16* %3572, i32 %3580)
	%3581 = add i32 %3425, 52
	%3582 = icmp slt i32 %3581, %N
	%3583 = getelementptr i16, i16* %3430, i64 6656
	%3584 = select i1 %3582, i16* %3583, i16* %33
	%3585 = add i32 %3417, 52
	%3586 = and i32 %3585, 7
	%3587 = xor i32 %3418, %3586
	%3588 = mul i32 %3585, 16
	%3589 = add i32 %3588, %3587
	%3590 = shl i32 %3589, 4
	%3591 = add i32 %0, %3590
	%3592 = select i1 %3582, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3591, i16* %3584, i32 %3592)
	%3593 = add i32 %3425, 56
	%3594 = icmp slt i32 %3593, %N
	%3595 = getelementptr i16, i16* %3430, i64 7168
	%3596 = select i1 %3594, i16* %3595, i16* %33
	%3597 = add i32 %3417, 56
	%3598 = and i32 %3597, 7
	%3599 = xor i32 %3418, %3598
	%3600 = mul i32 %3597, 16
	%3601 = add i32 %3600, %3599
	%3602 = shl i32 %3601, 4
	%3603 = add i32 %0, %3602
	%3604 = select i1 %3594, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3603, i16* %3596, i32 %3604)
	%3605 = add i32 %3425, 60
	%3606 = icmp slt i32 %3605, %N
	%3607 = getelementptr i16, i16* %3430, i64 7680
	%3608 = select i1 %3606, i16* %3607, i16* %33
	%3609 = add i32 %3417, 60
	%3610 = and i32 %3609, 7
	%3611 = xor i32 %3418, %3610
	%3612 = mul i32 %3609, 16
	%3613 = add i32 %3612, %3611
	%3614 = shl i32 %3613, 4
	%3615 = add i32 %0, %3614
	%3616 = select i1 %3606, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3615, i16* %3608, i32 %3616)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%3617 = and i32 %5, 7
	%3618 = lshr i32 %5, 3
	%3619 = and i32 %3618, 1
	%3620 = shl i32 %3619, 3
	%3621 = add i32 %3617, %3620
	%3622 = mul i32 %3621, 256
	%3623 = add i32 %1, %3622
	%3624 = and i32 %5, 7
	%3625 = xor i32 %275, %3624
	%3626 = shl i32 %3625, 4
	%3627 = add i32 %3623, %3626
	%3628 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3196, float %3194)
	%3629 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3248, float %3246)
	%3630 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3200, float %3198)
	%3631 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3252, float %3250)
	%3632 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3300, float %3298)
	%3633 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3352, float %3350)
	%3634 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3304, float %3302)
	%3635 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3356, float %3354)
	%3636 = xor i32 %3627, 0
	%3637 = add i32 %3636, 0
	%3638 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3637)
	%3639 = extractvalue { i32, i32, i32, i32 } %3638, 0
	%3640 = extractvalue { i32, i32, i32, i32 } %3638, 1
	%3641 = extractvalue { i32, i32, i32, i32 } %3638, 2
	%3642 = extractvalue { i32, i32, i32, i32 } %3638, 3
	%3643 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3639, i32 %3640, float %3057, float %3058, float %3059, float %3060)
	%3644 = extractvalue { float, float, float, float } %3643, 0
	%3645 = extractvalue { float, float, float, float } %3643, 1
	%3646 = extractvalue { float, float, float, float } %3643, 2
	%3647 = extractvalue { float, float, float, float } %3643, 3
	%3648 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3641, i32 %3642, float %3061, float %3062, float %3063, float %3064)
	%3649 = extractvalue { float, float, float, float } %3648, 0
	%3650 = extractvalue { float, float, float, float } %3648, 1
	%3651 = extractvalue { float, float, float, float } %3648, 2
	%3652 = extractvalue { float, float, float, float } %3648, 3
	%3653 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3639, i32 %3640, float %3121, float %3122, float %3123, float %3124)
	%3654 = extractvalue { float, float, float, float } %3653, 0
	%3655 = extractvalue { float, float, float, float } %3653, 1
	%3656 = extractvalue { float, float, float, float } %3653, 2
	%3657 = extractvalue { float, float, float, float } %3653, 3
	%3658 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3641, i32 %3642, float %3125, float %3126, float %3127, float %3128)
	%3659 = extractvalue { float, float, float, float } %3658, 0
	%3660 = extractvalue { float, float, float, float } %3658, 1
	%3661 = extractvalue { float, float, float, float } %3658, 2
	%3662 = extractvalue { float, float, float, float } %3658, 3
	%3663 = xor i32 %3627, 32
	%3664 = add i32 %3663, 0
	%3665 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3664)
	%3666 = extractvalue { i32, i32, i32, i32 } %3665, 0
	%3667 = extractvalue { i32, i32, i32, i32 } %3665, 1
	%3668 = extractvalue { i32, i32, i32, i32 } %3665, 2
	%3669 = extractvalue { i32, i32, i32, i32 } %3665, 3
	%3670 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3666, i32 %3667, float %3065, float %3066, float %3067, float %3068)
	%3671 = extractvalue { float, float, float, float } %3670, 0
	%3672 = extractvalue { float, float, float, float } %3670, 1
	%3673 = extractvalue { float, float, float, float } %3670, 2
	%3674 = extractvalue { float, float, float, float } %3670, 3
	%3675 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3668, i32 %3669, float %3069, float %3070, float %3071, float %3072)
	%3676 = extractvalue { float, float, float, float } %3675, 0
	%3677 = extractvalue { float, float, float, float } %3675, 1
	%3678 = extractvalue { float, float, float, float } %3675, 2
	%3679 = extractvalue { float, float, float, float } %3675, 3
	%3680 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3666, i32 %3667, float %3129, float %3130, float %3131, float %3132)
	%3681 = extractvalue { float, float, float, float } %3680, 0
	%3682 = extractvalue { float, float, float, float } %3680, 1
	%3683 = extractvalue { float, float, float, float } %3680, 2
	%3684 = extractvalue { float, float, float, float } %3680, 3
	%3685 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3668, i32 %3669, float %3133, float %3134, float %3135, float %3136)
	%3686 = extractvalue { float, float, float, float } %3685, 0
	%3687 = extractvalue { float, float, float, float } %3685, 1
	%3688 = extractvalue { float, float, float, float } %3685, 2
	%3689 = extractvalue { float, float, float, float } %3685, 3
	%3690 = xor i32 %3627, 64
	%3691 = add i32 %3690, 0
	%3692 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3691)
	%3693 = extractvalue { i32, i32, i32, i32 } %3692, 0
	%3694 = extractvalue { i32, i32, i32, i32 } %3692, 1
	%3695 = extractvalue { i32, i32, i32, i32 } %3692, 2
	%3696 = extractvalue { i32, i32, i32, i32 } %3692, 3
	%3697 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3693, i32 %3694, float %3073, float %3074, float %3075, float %3076)
	%3698 = extractvalue { float, float, float, float } %3697, 0
	%3699 = extractvalue { float, float, float, float } %3697, 1
	%3700 = extractvalue { float, float, float, float } %3697, 2
	%3701 = extractvalue { float, float, float, float } %3697, 3
	%3702 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3695, i32 %3696, float %3077, float %3078, float %3079, float %3080)
	%3703 = extractvalue { float, float, float, float } %3702, 0
	%3704 = extractvalue { float, float, float, float } %3702, 1
	%3705 = extractvalue { float, float, float, float } %3702, 2
	%3706 = extractvalue { float, float, float, float } %3702, 3
	%3707 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3693, i32 %3694, float %3137, float %3138, float %3139, float %3140)
	%3708 = extractvalue { float, float, float, float } %3707, 0
	%3709 = extractvalue { float, float, float, float } %3707, 1
	%3710 = extractvalue { float, float, float, float } %3707, 2
	%3711 = extractvalue { float, float, float, float } %3707, 3
	%3712 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3695, i32 %3696, float %3141, float %3142, float %3143, float %3144)
	%3713 = extractvalue { float, float, float, float } %3712, 0
	%3714 = extractvalue { float, float, float, float } %3712, 1
	%3715 = extractvalue { float, float, float, float } %3712, 2
	%3716 = extractvalue { float, float, float, float } %3712, 3
	%3717 = xor i32 %3627, 96
	%3718 = add i32 %3717, 0
	%3719 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3718)
	%3720 = extractvalue { i32, i32, i32, i32 } %3719, 0
	%3721 = extractvalue { i32, i32, i32, i32 } %3719, 1
	%3722 = extractvalue { i32, i32, i32, i32 } %3719, 2
	%3723 = extractvalue { i32, i32, i32, i32 } %3719, 3
	%3724 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3720, i32 %3721, float %3081, float %3082, float %3083, float %3084)
	%3725 = extractvalue { float, float, float, float } %3724, 0
	%3726 = extractvalue { float, float, float, float } %3724, 1
	%3727 = extractvalue { float, float, float, float } %3724, 2
	%3728 = extractvalue { float, float, float, float } %3724, 3
	%3729 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3722, i32 %3723, float %3085, float %3086, float %3087, float %3088)
	%3730 = extractvalue { float, float, float, float } %3729, 0
	%3731 = extractvalue { float, float, float, float } %3729, 1
	%3732 = extractvalue { float, float, float, float } %3729, 2
	%3733 = extractvalue { float, float, float, float } %3729, 3
	%3734 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3720, i32 %3721, float %3145, float %3146, float %3147, float %3148)
	%3735 = extractvalue { float, float, float, float } %3734, 0
	%3736 = extractvalue { float, float, float, float } %3734, 1
	%3737 = extractvalue { float, float, float, float } %3734, 2
	%3738 = extractvalue { float, float, float, float } %3734, 3
	%3739 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3722, i32 %3723, float %3149, float %3150, float %3151, float %3152)
	%3740 = extractvalue { float, float, float, float } %3739, 0
	%3741 = extractvalue { float, float, float, float } %3739, 1
	%3742 = extractvalue { float, float, float, float } %3739, 2
	%3743 = extractvalue { float, float, float, float } %3739, 3
	%3744 = xor i32 %3627, 128
	%3745 = add i32 %3744, 0
	%3746 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3745)
	%3747 = extractvalue { i32, i32, i32, i32 } %3746, 0
	%3748 = extractvalue { i32, i32, i32, i32 } %3746, 1
	%3749 = extractvalue { i32, i32, i32, i32 } %3746, 2
	%3750 = extractvalue { i32, i32, i32, i32 } %3746, 3
	%3751 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3747, i32 %3748, float %3089, float %3090, float %3091, float %3092)
	%3752 = extractvalue { float, float, float, float } %3751, 0
	%3753 = extractvalue { float, float, float, float } %3751, 1
	%3754 = extractvalue { float, float, float, float } %3751, 2
	%3755 = extractvalue { float, float, float, float } %3751, 3
	%3756 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3749, i32 %3750, float %3093, float %3094, float %3095, float %3096)
	%3757 = extractvalue { float, float, float, float } %3756, 0
	%3758 = extractvalue { float, float, float, float } %3756, 1
	%3759 = extractvalue { float, float, float, float } %3756, 2
	%3760 = extractvalue { float, float, float, float } %3756, 3
	%3761 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3747, i32 %3748, float %3153, float %3154, float %3155, float %3156)
	%3762 = extractvalue { float, float, float, float } %3761, 0
	%3763 = extractvalue { float, float, float, float } %3761, 1
	%3764 = extractvalue { float, float, float, float } %3761, 2
	%3765 = extractvalue { float, float, float, float } %3761, 3
	%3766 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3749, i32 %3750, float %3157, float %3158, float %3159, float %3160)
	%3767 = extractvalue { float, float, float, float } %3766, 0
	%3768 = extractvalue { float, float, float, float } %3766, 1
	%3769 = extractvalue { float, float, float, float } %3766, 2
	%3770 = extractvalue { float, float, float, float } %3766, 3
	%3771 = xor i32 %3627, 160
	%3772 = add i32 %3771, 0
	%3773 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3772)
	%3774 = extractvalue { i32, i32, i32, i32 } %3773, 0
	%3775 = extractvalue { i32, i32, i32, i32 } %3773, 1
	%3776 = extractvalue { i32, i32, i32, i32 } %3773, 2
	%3777 = extractvalue { i32, i32, i32, i32 } %3773, 3
	%3778 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3774, i32 %3775, float %3097, float %3098, float %3099, float %3100)
	%3779 = extractvalue { float, float, float, float } %3778, 0
	%3780 = extractvalue { float, float, float, float } %3778, 1
	%3781 = extractvalue { float, float, float, float } %3778, 2
	%3782 = extractvalue { float, float, float, float } %3778, 3
	%3783 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3776, i32 %3777, float %3101, float %3102, float %3103, float %3104)
	%3784 = extractvalue { float, float, float, float } %3783, 0
	%3785 = extractvalue { float, float, float, float } %3783, 1
	%3786 = extractvalue { float, float, float, float } %3783, 2
	%3787 = extractvalue { float, float, float, float } %3783, 3
	%3788 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3774, i32 %3775, float %3161, float %3162, float %3163, float %3164)
	%3789 = extractvalue { float, float, float, float } %3788, 0
	%3790 = extractvalue { float, float, float, float } %3788, 1
	%3791 = extractvalue { float, float, float, float } %3788, 2
	%3792 = extractvalue { float, float, float, float } %3788, 3
	%3793 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3776, i32 %3777, float %3165, float %3166, float %3167, float %3168)
	%3794 = extractvalue { float, float, float, float } %3793, 0
	%3795 = extractvalue { float, float, float, float } %3793, 1
	%3796 = extractvalue { float, float, float, float } %3793, 2
	%3797 = extractvalue { float, float, float, float } %3793, 3
	%3798 = xor i32 %3627, 192
	%3799 = add i32 %3798, 0
	%3800 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3799)
	%3801 = extractvalue { i32, i32, i32, i32 } %3800, 0
	%3802 = extractvalue { i32, i32, i32, i32 } %3800, 1
	%3803 = extractvalue { i32, i32, i32, i32 } %3800, 2
	%3804 = extractvalue { i32, i32, i32, i32 } %3800, 3
	%3805 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3801, i32 %3802, float %3105, float %3106, float %3107, float %3108)
	%3806 = extractvalue { float, float, float, float } %3805, 0
	%3807 = extractvalue { float, float, float, float } %3805, 1
	%3808 = extractvalue { float, float, float, float } %3805, 2
	%3809 = extractvalue { float, float, float, float } %3805, 3
	%3810 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3803, i32 %3804, float %3109, float %3110, float %3111, float %3112)
	%3811 = extractvalue { float, float, float, float } %3810, 0
	%3812 = extractvalue { float, float, float, float } %3810, 1
	%3813 = extractvalue { float, float, float, float } %3810, 2
	%3814 = extractvalue { float, float, float, float } %3810, 3
	%3815 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3801, i32 %3802, float %3169, float %3170, float %3171, float %3172)
	%3816 = extractvalue { float, float, float, float } %3815, 0
	%3817 = extractvalue { float, float, float, float } %3815, 1
	%3818 = extractvalue { float, float, float, float } %3815, 2
	%3819 = extractvalue { float, float, float, float } %3815, 3
	%3820 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3803, i32 %3804, float %3173, float %3174, float %3175, float %3176)
	%3821 = extractvalue { float, float, float, float } %3820, 0
	%3822 = extractvalue { float, float, float, float } %3820, 1
	%3823 = extractvalue { float, float, float, float } %3820, 2
	%3824 = extractvalue { float, float, float, float } %3820, 3
	%3825 = xor i32 %3627, 224
	%3826 = add i32 %3825, 0
	%3827 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3826)
	%3828 = extractvalue { i32, i32, i32, i32 } %3827, 0
	%3829 = extractvalue { i32, i32, i32, i32 } %3827, 1
	%3830 = extractvalue { i32, i32, i32, i32 } %3827, 2
	%3831 = extractvalue { i32, i32, i32, i32 } %3827, 3
	%3832 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3828, i32 %3829, float %3113, float %3114, float %3115, float %3116)
	%3833 = extractvalue { float, float, float, float } %3832, 0
	%3834 = extractvalue { float, float, float, float } %3832, 1
	%3835 = extractvalue { float, float, float, float } %3832, 2
	%3836 = extractvalue { float, float, float, float } %3832, 3
	%3837 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3628, i32 %3629, i32 %3630, i32 %3631, i32 %3830, i32 %3831, float %3117, float %3118, float %3119, float %3120)
	%3838 = extractvalue { float, float, float, float } %3837, 0
	%3839 = extractvalue { float, float, float, float } %3837, 1
	%3840 = extractvalue { float, float, float, float } %3837, 2
	%3841 = extractvalue { float, float, float, float } %3837, 3
	%3842 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3828, i32 %3829, float %3177, float %3178, float %3179, float %3180)
	%3843 = extractvalue { float, float, float, float } %3842, 0
	%3844 = extractvalue { float, float, float, float } %3842, 1
	%3845 = extractvalue { float, float, float, float } %3842, 2
	%3846 = extractvalue { float, float, float, float } %3842, 3
	%3847 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3632, i32 %3633, i32 %3634, i32 %3635, i32 %3830, i32 %3831, float %3181, float %3182, float %3183, float %3184)
	%3848 = extractvalue { float, float, float, float } %3847, 0
	%3849 = extractvalue { float, float, float, float } %3847, 1
	%3850 = extractvalue { float, float, float, float } %3847, 2
	%3851 = extractvalue { float, float, float, float } %3847, 3
	%3852 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3204, float %3202)
	%3853 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3256, float %3254)
	%3854 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3208, float %3206)
	%3855 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3260, float %3258)
	%3856 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3308, float %3306)
	%3857 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3360, float %3358)
	%3858 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3312, float %3310)
	%3859 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3364, float %3362)
	%3860 = xor i32 %3627, 0
	%3861 = add i32 %3860, u0x1000
	%3862 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3861)
	%3863 = extractvalue { i32, i32, i32, i32 } %3862, 0
	%3864 = extractvalue { i32, i32, i32, i32 } %3862, 1
	%3865 = extractvalue { i32, i32, i32, i32 } %3862, 2
	%3866 = extractvalue { i32, i32, i32, i32 } %3862, 3
	%3867 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %3863, i32 %3864, float %3644, float %3645, float %3646, float %3647)
	%3868 = extractvalue { float, float, float, float } %3867, 0
	%3869 = extractvalue { float, float, float, float } %3867, 1
	%3870 = extractvalue { float, float, float, float } %3867, 2
	%3871 = extractvalue { float, float, float, float } %3867, 3
	%3872 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %3865, i32 %3866, float %3649, float %3650, float %3651, float %3652)
	%3873 = extractvalue { float, float, float, float } %3872, 0
	%3874 = extractvalue { float, float, float, float } %3872, 1
	%3875 = extractvalue { float, float, float, float } %3872, 2
	%3876 = extractvalue { float, float, float, float } %3872, 3
	%3877 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %3863, i32 %3864, float %3654, float %3655, float %3656, float %3657)
	%3878 = extractvalue { float, float, float, float } %3877, 0
	%3879 = extractvalue { float, float, float, float } %3877, 1
	%3880 = extractvalue { float, float, float, float } %3877, 2
	%3881 = extractvalue { float, float, float, float } %3877, 3
	%3882 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %3865, i32 %3866, float %3659, float %3660, float %3661, float %3662)
	%3883 = extractvalue { float, float, float, float } %3882, 0
	%3884 = extractvalue { float, float, float, float } %3882, 1
	%3885 = extractvalue { float, float, float, float } %3882, 2
	%3886 = extractvalue { float, float, float, float } %3882, 3
	%3887 = xor i32 %3627, 32
	%3888 = add i32 %3887, u0x1000
	%3889 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3888)
	%3890 = extractvalue { i32, i32, i32, i32 } %3889, 0
	%3891 = extractvalue { i32, i32, i32, i32 } %3889, 1
	%3892 = extractvalue { i32, i32, i32, i32 } %3889, 2
	%3893 = extractvalue { i32, i32, i32, i32 } %3889, 3
	%3894 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %3890, i32 %3891, float %3671, float %3672, float %3673, float %3674)
	%3895 = extractvalue { float, float, float, float } %3894, 0
	%3896 = extractvalue { float, float, float, float } %3894, 1
	%3897 = extractvalue { float, float, float, float } %3894, 2
	%3898 = extractvalue { float, float, float, float } %3894, 3
	%3899 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %3892, i32 %3893, float %3676, float %3677, float %3678, float %3679)
	%3900 = extractvalue { float, float, float, float } %3899, 0
	%3901 = extractvalue { float, float, float, float } %3899, 1
	%3902 = extractvalue { float, float, float, float } %3899, 2
	%3903 = extractvalue { float, float, float, float } %3899, 3
	%3904 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %3890, i32 %3891, float %3681, float %3682, float %3683, float %3684)
	%3905 = extractvalue { float, float, float, float } %3904, 0
	%3906 = extractvalue { float, float, float, float } %3904, 1
	%3907 = extractvalue { float, float, float, float } %3904, 2
	%3908 = extractvalue { float, float, float, float } %3904, 3
	%3909 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %3892, i32 %3893, float %3686, float %3687, float %3688, float %3689)
	%3910 = extractvalue { float, float, float, float } %3909, 0
	%3911 = extractvalue { float, float, float, float } %3909, 1
	%3912 = extractvalue { float, float, float, float } %3909, 2
	%3913 = extractvalue { float, float, float, float } %3909, 3
	%3914 = xor i32 %3627, 64
	%3915 = add i32 %3914, u0x1000
	%3916 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3915)
	%3917 = extractvalue { i32, i32, i32, i32 } %3916, 0
	%3918 = extractvalue { i32, i32, i32, i32 } %3916, 1
	%3919 = extractvalue { i32, i32, i32, i32 } %3916, 2
	%3920 = extractvalue { i32, i32, i32, i32 } %3916, 3
	%3921 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %3917, i32 %3918, float %3698, float %3699, float %3700, float %3701)
	%3922 = extractvalue { float, float, float, float } %3921, 0
	%3923 = extractvalue { float, float, float, float } %3921, 1
	%3924 = extractvalue { float, float, float, float } %3921, 2
	%3925 = extractvalue { float, float, float, float } %3921, 3
	%3926 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %3919, i32 %3920, float %3703, float %3704, float %3705, float %3706)
	%3927 = extractvalue { float, float, float, float } %3926, 0
	%3928 = extractvalue { float, float, float, float } %3926, 1
	%3929 = extractvalue { float, float, float, float } %3926, 2
	%3930 = extractvalue { float, float, float, float } %3926, 3
	%3931 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %3917, i32 %3918, float %3708, float %3709, float %3710, float %3711)
	%3932 = extractvalue { float, float, float, float } %3931, 0
	%3933 = extractvalue { float, float, float, float } %3931, 1
	%3934 = extractvalue { float, float, float, float } %3931, 2
	%3935 = extractvalue { float, float, float, float } %3931, 3
	%3936 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %3919, i32 %3920, float %3713, float %3714, float %3715, float %3716)
	%3937 = extractvalue { float, float, float, float } %3936, 0
	%3938 = extractvalue { float, float, float, float } %3936, 1
	%3939 = extractvalue { float, float, float, float } %3936, 2
	%3940 = extractvalue { float, float, float, float } %3936, 3
	%3941 = xor i32 %3627, 96
	%3942 = add i32 %3941, u0x1000
	%3943 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3942)
	%3944 = extractvalue { i32, i32, i32, i32 } %3943, 0
	%3945 = extractvalue { i32, i32, i32, i32 } %3943, 1
	%3946 = extractvalue { i32, i32, i32, i32 } %3943, 2
	%3947 = extractvalue { i32, i32, i32, i32 } %3943, 3
	%3948 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %3944, i32 %3945, float %3725, float %3726, float %3727, float %3728)
	%3949 = extractvalue { float, float, float, float } %3948, 0
	%3950 = extractvalue { float, float, float, float } %3948, 1
	%3951 = extractvalue { float, float, float, float } %3948, 2
	%3952 = extractvalue { float, float, float, float } %3948, 3
	%3953 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %3946, i32 %3947, float %3730, float %3731, float %3732, float %3733)
	%3954 = extractvalue { float, float, float, float } %3953, 0
	%3955 = extractvalue { float, float, float, float } %3953, 1
	%3956 = extractvalue { float, float, float, float } %3953, 2
	%3957 = extractvalue { float, float, float, float } %3953, 3
	%3958 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %3944, i32 %3945, float %3735, float %3736, float %3737, float %3738)
	%3959 = extractvalue { float, float, float, float } %3958, 0
	%3960 = extractvalue { float, float, float, float } %3958, 1
	%3961 = extractvalue { float, float, float, float } %3958, 2
	%3962 = extractvalue { float, float, float, float } %3958, 3
	%3963 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %3946, i32 %3947, float %3740, float %3741, float %3742, float %3743)
	%3964 = extractvalue { float, float, float, float } %3963, 0
	%3965 = extractvalue { float, float, float, float } %3963, 1
	%3966 = extractvalue { float, float, float, float } %3963, 2
	%3967 = extractvalue { float, float, float, float } %3963, 3
	%3968 = xor i32 %3627, 128
	%3969 = add i32 %3968, u0x1000
	%3970 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3969)
	%3971 = extractvalue { i32, i32, i32, i32 } %3970, 0
	%3972 = extractvalue { i32, i32, i32, i32 } %3970, 1
	%3973 = extractvalue { i32, i32, i32, i32 } %3970, 2
	%3974 = extractvalue { i32, i32, i32, i32 } %3970, 3
	%3975 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %3971, i32 %3972, float %3752, float %3753, float %3754, float %3755)
	%3976 = extractvalue { float, float, float, float } %3975, 0
	%3977 = extractvalue { float, float, float, float } %3975, 1
	%3978 = extractvalue { float, float, float, float } %3975, 2
	%3979 = extractvalue { float, float, float, float } %3975, 3
	%3980 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %3973, i32 %3974, float %3757, float %3758, float %3759, float %3760)
	%3981 = extractvalue { float, float, float, float } %3980, 0
	%3982 = extractvalue { float, float, float, float } %3980, 1
	%3983 = extractvalue { float, float, float, float } %3980, 2
	%3984 = extractvalue { float, float, float, float } %3980, 3
	%3985 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %3971, i32 %3972, float %3762, float %3763, float %3764, float %3765)
	%3986 = extractvalue { float, float, float, float } %3985, 0
	%3987 = extractvalue { float, float, float, float } %3985, 1
	%3988 = extractvalue { float, float, float, float } %3985, 2
	%3989 = extractvalue { float, float, float, float } %3985, 3
	%3990 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %3973, i32 %3974, float %3767, float %3768, float %3769, float %3770)
	%3991 = extractvalue { float, float, float, float } %3990, 0
	%3992 = extractvalue { float, float, float, float } %3990, 1
	%3993 = extractvalue { float, float, float, float } %3990, 2
	%3994 = extractvalue { float, float, float, float } %3990, 3
	%3995 = xor i32 %3627, 160
	%3996 = add i32 %3995, u0x1000
	%3997 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3996)
	%3998 = extractvalue { i32, i32, i32, i32 } %3997, 0
	%3999 = extractvalue { i32, i32, i32, i32 } %3997, 1
	%4000 = extractvalue { i32, i32, i32, i32 } %3997, 2
	%4001 = extractvalue { i32, i32, i32, i32 } %3997, 3
	%4002 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %3998, i32 %3999, float %3779, float %3780, float %3781, float %3782)
	%4003 = extractvalue { float, float, float, float } %4002, 0
	%4004 = extractvalue { float, float, float, float } %4002, 1
	%4005 = extractvalue { float, float, float, float } %4002, 2
	%4006 = extractvalue { float, float, float, float } %4002, 3
	%4007 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %4000, i32 %4001, float %3784, float %3785, float %3786, float %3787)
	%4008 = extractvalue { float, float, float, float } %4007, 0
	%4009 = extractvalue { float, float, float, float } %4007, 1
	%4010 = extractvalue { float, float, float, float } %4007, 2
	%4011 = extractvalue { float, float, float, float } %4007, 3
	%4012 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %3998, i32 %3999, float %3789, float %3790, float %3791, float %3792)
	%4013 = extractvalue { float, float, float, float } %4012, 0
	%4014 = extractvalue { float, float, float, float } %4012, 1
	%4015 = extractvalue { float, float, float, float } %4012, 2
	%4016 = extractvalue { float, float, float, float } %4012, 3
	%4017 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %4000, i32 %4001, float %3794, float %3795, float %3796, float %3797)
	%4018 = extractvalue { float, float, float, float } %4017, 0
	%4019 = extractvalue { float, float, float, float } %4017, 1
	%4020 = extractvalue { float, float, float, float } %4017, 2
	%4021 = extractvalue { float, float, float, float } %4017, 3
	%4022 = xor i32 %3627, 192
	%4023 = add i32 %4022, u0x1000
	%4024 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4023)
	%4025 = extractvalue { i32, i32, i32, i32 } %4024, 0
	%4026 = extractvalue { i32, i32, i32, i32 } %4024, 1
	%4027 = extractvalue { i32, i32, i32, i32 } %4024, 2
	%4028 = extractvalue { i32, i32, i32, i32 } %4024, 3
	%4029 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %4025, i32 %4026, float %3806, float %3807, float %3808, float %3809)
	%4030 = extractvalue { float, float, float, float } %4029, 0
	%4031 = extractvalue { float, float, float, float } %4029, 1
	%4032 = extractvalue { float, float, float, float } %4029, 2
	%4033 = extractvalue { float, float, float, float } %4029, 3
	%4034 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %4027, i32 %4028, float %3811, float %3812, float %3813, float %3814)
	%4035 = extractvalue { float, float, float, float } %4034, 0
	%4036 = extractvalue { float, float, float, float } %4034, 1
	%4037 = extractvalue { float, float, float, float } %4034, 2
	%4038 = extractvalue { float, float, float, float } %4034, 3
	%4039 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %4025, i32 %4026, float %3816, float %3817, float %3818, float %3819)
	%4040 = extractvalue { float, float, float, float } %4039, 0
	%4041 = extractvalue { float, float, float, float } %4039, 1
	%4042 = extractvalue { float, float, float, float } %4039, 2
	%4043 = extractvalue { float, float, float, float } %4039, 3
	%4044 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %4027, i32 %4028, float %3821, float %3822, float %3823, float %3824)
	%4045 = extractvalue { float, float, float, float } %4044, 0
	%4046 = extractvalue { float, float, float, float } %4044, 1
	%4047 = extractvalue { float, float, float, float } %4044, 2
	%4048 = extractvalue { float, float, float, float } %4044, 3
	%4049 = xor i32 %3627, 224
	%4050 = add i32 %4049, u0x1000
	%4051 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4050)
	%4052 = extractvalue { i32, i32, i32, i32 } %4051, 0
	%4053 = extractvalue { i32, i32, i32, i32 } %4051, 1
	%4054 = extractvalue { i32, i32, i32, i32 } %4051, 2
	%4055 = extractvalue { i32, i32, i32, i32 } %4051, 3
	%4056 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %4052, i32 %4053, float %3833, float %3834, float %3835, float %3836)
	%4057 = extractvalue { float, float, float, float } %4056, 0
	%4058 = extractvalue { float, float, float, float } %4056, 1
	%4059 = extractvalue { float, float, float, float } %4056, 2
	%4060 = extractvalue { float, float, float, float } %4056, 3
	%4061 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3852, i32 %3853, i32 %3854, i32 %3855, i32 %4054, i32 %4055, float %3838, float %3839, float %3840, float %3841)
	%4062 = extractvalue { float, float, float, float } %4061, 0
	%4063 = extractvalue { float, float, float, float } %4061, 1
	%4064 = extractvalue { float, float, float, float } %4061, 2
	%4065 = extractvalue { float, float, float, float } %4061, 3
	%4066 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %4052, i32 %4053, float %3843, float %3844, float %3845, float %3846)
	%4067 = extractvalue { float, float, float, float } %4066, 0
	%4068 = extractvalue { float, float, float, float } %4066, 1
	%4069 = extractvalue { float, float, float, float } %4066, 2
	%4070 = extractvalue { float, float, float, float } %4066, 3
	%4071 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3856, i32 %3857, i32 %3858, i32 %3859, i32 %4054, i32 %4055, float %3848, float %3849, float %3850, float %3851)
	%4072 = extractvalue { float, float, float, float } %4071, 0
	%4073 = extractvalue { float, float, float, float } %4071, 1
	%4074 = extractvalue { float, float, float, float } %4071, 2
	%4075 = extractvalue { float, float, float, float } %4071, 3
	%4076 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3212, float %3210)
	%4077 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3264, float %3262)
	%4078 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3216, float %3214)
	%4079 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3268, float %3266)
	%4080 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3316, float %3314)
	%4081 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3368, float %3366)
	%4082 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3320, float %3318)
	%4083 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3372, float %3370)
	%4084 = xor i32 %3627, 0
	%4085 = add i32 %4084, u0x2000
	%4086 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4085)
	%4087 = extractvalue { i32, i32, i32, i32 } %4086, 0
	%4088 = extractvalue { i32, i32, i32, i32 } %4086, 1
	%4089 = extractvalue { i32, i32, i32, i32 } %4086, 2
	%4090 = extractvalue { i32, i32, i32, i32 } %4086, 3
	%4091 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4087, i32 %4088, float %3868, float %3869, float %3870, float %3871)
	%4092 = extractvalue { float, float, float, float } %4091, 0
	%4093 = extractvalue { float, float, float, float } %4091, 1
	%4094 = extractvalue { float, float, float, float } %4091, 2
	%4095 = extractvalue { float, float, float, float } %4091, 3
	%4096 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4089, i32 %4090, float %3873, float %3874, float %3875, float %3876)
	%4097 = extractvalue { float, float, float, float } %4096, 0
	%4098 = extractvalue { float, float, float, float } %4096, 1
	%4099 = extractvalue { float, float, float, float } %4096, 2
	%4100 = extractvalue { float, float, float, float } %4096, 3
	%4101 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4087, i32 %4088, float %3878, float %3879, float %3880, float %3881)
	%4102 = extractvalue { float, float, float, float } %4101, 0
	%4103 = extractvalue { float, float, float, float } %4101, 1
	%4104 = extractvalue { float, float, float, float } %4101, 2
	%4105 = extractvalue { float, float, float, float } %4101, 3
	%4106 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4089, i32 %4090, float %3883, float %3884, float %3885, float %3886)
	%4107 = extractvalue { float, float, float, float } %4106, 0
	%4108 = extractvalue { float, float, float, float } %4106, 1
	%4109 = extractvalue { float, float, float, float } %4106, 2
	%4110 = extractvalue { float, float, float, float } %4106, 3
	%4111 = xor i32 %3627, 32
	%4112 = add i32 %4111, u0x2000
	%4113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4112)
	%4114 = extractvalue { i32, i32, i32, i32 } %4113, 0
	%4115 = extractvalue { i32, i32, i32, i32 } %4113, 1
	%4116 = extractvalue { i32, i32, i32, i32 } %4113, 2
	%4117 = extractvalue { i32, i32, i32, i32 } %4113, 3
	%4118 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4114, i32 %4115, float %3895, float %3896, float %3897, float %3898)
	%4119 = extractvalue { float, float, float, float } %4118, 0
	%4120 = extractvalue { float, float, float, float } %4118, 1
	%4121 = extractvalue { float, float, float, float } %4118, 2
	%4122 = extractvalue { float, float, float, float } %4118, 3
	%4123 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4116, i32 %4117, float %3900, float %3901, float %3902, float %3903)
	%4124 = extractvalue { float, float, float, float } %4123, 0
	%4125 = extractvalue { float, float, float, float } %4123, 1
	%4126 = extractvalue { float, float, float, float } %4123, 2
	%4127 = extractvalue { float, float, float, float } %4123, 3
	%4128 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4114, i32 %4115, float %3905, float %3906, float %3907, float %3908)
	%4129 = extractvalue { float, float, float, float } %4128, 0
	%4130 = extractvalue { float, float, float, float } %4128, 1
	%4131 = extractvalue { float, float, float, float } %4128, 2
	%4132 = extractvalue { float, float, float, float } %4128, 3
	%4133 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4116, i32 %4117, float %3910, float %3911, float %3912, float %3913)
	%4134 = extractvalue { float, float, float, float } %4133, 0
	%4135 = extractvalue { float, float, float, float } %4133, 1
	%4136 = extractvalue { float, float, float, float } %4133, 2
	%4137 = extractvalue { float, float, float, float } %4133, 3
	%4138 = xor i32 %3627, 64
	%4139 = add i32 %4138, u0x2000
	%4140 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4139)
	%4141 = extractvalue { i32, i32, i32, i32 } %4140, 0
	%4142 = extractvalue { i32, i32, i32, i32 } %4140, 1
	%4143 = extractvalue { i32, i32, i32, i32 } %4140, 2
	%4144 = extractvalue { i32, i32, i32, i32 } %4140, 3
	%4145 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4141, i32 %4142, float %3922, float %3923, float %3924, float %3925)
	%4146 = extractvalue { float, float, float, float } %4145, 0
	%4147 = extractvalue { float, float, float, float } %4145, 1
	%4148 = extractvalue { float, float, float, float } %4145, 2
	%4149 = extractvalue { float, float, float, float } %4145, 3
	%4150 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4143, i32 %4144, float %3927, float %3928, float %3929, float %3930)
	%4151 = extractvalue { float, float, float, float } %4150, 0
	%4152 = extractvalue { float, float, float, float } %4150, 1
	%4153 = extractvalue { float, float, float, float } %4150, 2
	%4154 = extractvalue { float, float, float, float } %4150, 3
	%4155 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4141, i32 %4142, float %3932, float %3933, float %3934, float %3935)
	%4156 = extractvalue { float, float, float, float } %4155, 0
	%4157 = extractvalue { float, float, float, float } %4155, 1
	%4158 = extractvalue { float, float, float, float } %4155, 2
	%4159 = extractvalue { float, float, float, float } %4155, 3
	%4160 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4143, i32 %4144, float %3937, float %3938, float %3939, float %3940)
	%4161 = extractvalue { float, float, float, float } %4160, 0
	%4162 = extractvalue { float, float, float, float } %4160, 1
	%4163 = extractvalue { float, float, float, float } %4160, 2
	%4164 = extractvalue { float, float, float, float } %4160, 3
	%4165 = xor i32 %3627, 96
	%4166 = add i32 %4165, u0x2000
	%4167 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4166)
	%4168 = extractvalue { i32, i32, i32, i32 } %4167, 0
	%4169 = extractvalue { i32, i32, i32, i32 } %4167, 1
	%4170 = extractvalue { i32, i32, i32, i32 } %4167, 2
	%4171 = extractvalue { i32, i32, i32, i32 } %4167, 3
	%4172 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4168, i32 %4169, float %3949, float %3950, float %3951, float %3952)
	%4173 = extractvalue { float, float, float, float } %4172, 0
	%4174 = extractvalue { float, float, float, float } %4172, 1
	%4175 = extractvalue { float, float, float, float } %4172, 2
	%4176 = extractvalue { float, float, float, float } %4172, 3
	%4177 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4170, i32 %4171, float %3954, float %3955, float %3956, float %3957)
	%4178 = extractvalue { float, float, float, float } %4177, 0
	%4179 = extractvalue { float, float, float, float } %4177, 1
	%4180 = extractvalue { float, float, float, float } %4177, 2
	%4181 = extractvalue { float, float, float, float } %4177, 3
	%4182 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4168, i32 %4169, float %3959, float %3960, float %3961, float %3962)
	%4183 = extractvalue { float, float, float, float } %4182, 0
	%4184 = extractvalue { float, float, float, float } %4182, 1
	%4185 = extractvalue { float, float, float, float } %4182, 2
	%4186 = extractvalue { float, float, float, float } %4182, 3
	%4187 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4170, i32 %4171, float %3964, float %3965, float %3966, float %3967)
	%4188 = extractvalue { float, float, float, float } %4187, 0
	%4189 = extractvalue { float, float, float, float } %4187, 1
	%4190 = extractvalue { float, float, float, float } %4187, 2
	%4191 = extractvalue { float, float, float, float } %4187, 3
	%4192 = xor i32 %3627, 128
	%4193 = add i32 %4192, u0x2000
	%4194 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4193)
	%4195 = extractvalue { i32, i32, i32, i32 } %4194, 0
	%4196 = extractvalue { i32, i32, i32, i32 } %4194, 1
	%4197 = extractvalue { i32, i32, i32, i32 } %4194, 2
	%4198 = extractvalue { i32, i32, i32, i32 } %4194, 3
	%4199 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4195, i32 %4196, float %3976, float %3977, float %3978, float %3979)
	%4200 = extractvalue { float, float, float, float } %4199, 0
	%4201 = extractvalue { float, float, float, float } %4199, 1
	%4202 = extractvalue { float, float, float, float } %4199, 2
	%4203 = extractvalue { float, float, float, float } %4199, 3
	%4204 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4197, i32 %4198, float %3981, float %3982, float %3983, float %3984)
	%4205 = extractvalue { float, float, float, float } %4204, 0
	%4206 = extractvalue { float, float, float, float } %4204, 1
	%4207 = extractvalue { float, float, float, float } %4204, 2
	%4208 = extractvalue { float, float, float, float } %4204, 3
	%4209 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4195, i32 %4196, float %3986, float %3987, float %3988, float %3989)
	%4210 = extractvalue { float, float, float, float } %4209, 0
	%4211 = extractvalue { float, float, float, float } %4209, 1
	%4212 = extractvalue { float, float, float, float } %4209, 2
	%4213 = extractvalue { float, float, float, float } %4209, 3
	%4214 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4197, i32 %4198, float %3991, float %3992, float %3993, float %3994)
	%4215 = extractvalue { float, float, float, float } %4214, 0
	%4216 = extractvalue { float, float, float, float } %4214, 1
	%4217 = extractvalue { float, float, float, float } %4214, 2
	%4218 = extractvalue { float, float, float, float } %4214, 3
	%4219 = xor i32 %3627, 160
	%4220 = add i32 %4219, u0x2000
	%4221 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4220)
	%4222 = extractvalue { i32, i32, i32, i32 } %4221, 0
	%4223 = extractvalue { i32, i32, i32, i32 } %4221, 1
	%4224 = extractvalue { i32, i32, i32, i32 } %4221, 2
	%4225 = extractvalue { i32, i32, i32, i32 } %4221, 3
	%4226 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4222, i32 %4223, float %4003, float %4004, float %4005, float %4006)
	%4227 = extractvalue { float, float, float, float } %4226, 0
	%4228 = extractvalue { float, float, float, float } %4226, 1
	%4229 = extractvalue { float, float, float, float } %4226, 2
	%4230 = extractvalue { float, float, float, float } %4226, 3
	%4231 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4224, i32 %4225, float %4008, float %4009, float %4010, float %4011)
	%4232 = extractvalue { float, float, float, float } %4231, 0
	%4233 = extractvalue { float, float, float, float } %4231, 1
	%4234 = extractvalue { float, float, float, float } %4231, 2
	%4235 = extractvalue { float, float, float, float } %4231, 3
	%4236 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4222, i32 %4223, float %4013, float %4014, float %4015, float %4016)
	%4237 = extractvalue { float, float, float, float } %4236, 0
	%4238 = extractvalue { float, float, float, float } %4236, 1
	%4239 = extractvalue { float, float, float, float } %4236, 2
	%4240 = extractvalue { float, float, float, float } %4236, 3
	%4241 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4224, i32 %4225, float %4018, float %4019, float %4020, float %4021)
	%4242 = extractvalue { float, float, float, float } %4241, 0
	%4243 = extractvalue { float, float, float, float } %4241, 1
	%4244 = extractvalue { float, float, float, float } %4241, 2
	%4245 = extractvalue { float, float, float, float } %4241, 3
	%4246 = xor i32 %3627, 192
	%4247 = add i32 %4246, u0x2000
	%4248 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4247)
	%4249 = extractvalue { i32, i32, i32, i32 } %4248, 0
	%4250 = extractvalue { i32, i32, i32, i32 } %4248, 1
	%4251 = extractvalue { i32, i32, i32, i32 } %4248, 2
	%4252 = extractvalue { i32, i32, i32, i32 } %4248, 3
	%4253 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4249, i32 %4250, float %4030, float %4031, float %4032, float %4033)
	%4254 = extractvalue { float, float, float, float } %4253, 0
	%4255 = extractvalue { float, float, float, float } %4253, 1
	%4256 = extractvalue { float, float, float, float } %4253, 2
	%4257 = extractvalue { float, float, float, float } %4253, 3
	%4258 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4251, i32 %4252, float %4035, float %4036, float %4037, float %4038)
	%4259 = extractvalue { float, float, float, float } %4258, 0
	%4260 = extractvalue { float, float, float, float } %4258, 1
	%4261 = extractvalue { float, float, float, float } %4258, 2
	%4262 = extractvalue { float, float, float, float } %4258, 3
	%4263 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4249, i32 %4250, float %4040, float %4041, float %4042, float %4043)
	%4264 = extractvalue { float, float, float, float } %4263, 0
	%4265 = extractvalue { float, float, float, float } %4263, 1
	%4266 = extractvalue { float, float, float, float } %4263, 2
	%4267 = extractvalue { float, float, float, float } %4263, 3
	%4268 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4251, i32 %4252, float %4045, float %4046, float %4047, float %4048)
	%4269 = extractvalue { float, float, float, float } %4268, 0
	%4270 = extractvalue { float, float, float, float } %4268, 1
	%4271 = extractvalue { float, float, float, float } %4268, 2
	%4272 = extractvalue { float, float, float, float } %4268, 3
	%4273 = xor i32 %3627, 224
	%4274 = add i32 %4273, u0x2000
	%4275 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4274)
	%4276 = extractvalue { i32, i32, i32, i32 } %4275, 0
	%4277 = extractvalue { i32, i32, i32, i32 } %4275, 1
	%4278 = extractvalue { i32, i32, i32, i32 } %4275, 2
	%4279 = extractvalue { i32, i32, i32, i32 } %4275, 3
	%4280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4276, i32 %4277, float %4057, float %4058, float %4059, float %4060)
	%4281 = extractvalue { float, float, float, float } %4280, 0
	%4282 = extractvalue { float, float, float, float } %4280, 1
	%4283 = extractvalue { float, float, float, float } %4280, 2
	%4284 = extractvalue { float, float, float, float } %4280, 3
	%4285 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4076, i32 %4077, i32 %4078, i32 %4079, i32 %4278, i32 %4279, float %4062, float %4063, float %4064, float %4065)
	%4286 = extractvalue { float, float, float, float } %4285, 0
	%4287 = extractvalue { float, float, float, float } %4285, 1
	%4288 = extractvalue { float, float, float, float } %4285, 2
	%4289 = extractvalue { float, float, float, float } %4285, 3
	%4290 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4276, i32 %4277, float %4067, float %4068, float %4069, float %4070)
	%4291 = extractvalue { float, float, float, float } %4290, 0
	%4292 = extractvalue { float, float, float, float } %4290, 1
	%4293 = extractvalue { float, float, float, float } %4290, 2
	%4294 = extractvalue { float, float, float, float } %4290, 3
	%4295 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4080, i32 %4081, i32 %4082, i32 %4083, i32 %4278, i32 %4279, float %4072, float %4073, float %4074, float %4075)
	%4296 = extractvalue { float, float, float, float } %4295, 0
	%4297 = extractvalue { float, float, float, float } %4295, 1
	%4298 = extractvalue { float, float, float, float } %4295, 2
	%4299 = extractvalue { float, float, float, float } %4295, 3
	%4300 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3220, float %3218)
	%4301 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3272, float %3270)
	%4302 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3224, float %3222)
	%4303 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3276, float %3274)
	%4304 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3324, float %3322)
	%4305 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3376, float %3374)
	%4306 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3328, float %3326)
	%4307 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3380, float %3378)
	%4308 = xor i32 %3627, 0
	%4309 = add i32 %4308, 12288
	%4310 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4309)
	%4311 = extractvalue { i32, i32, i32, i32 } %4310, 0
	%4312 = extractvalue { i32, i32, i32, i32 } %4310, 1
	%4313 = extractvalue { i32, i32, i32, i32 } %4310, 2
	%4314 = extractvalue { i32, i32, i32, i32 } %4310, 3
	%4315 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4311, i32 %4312, float %4092, float %4093, float %4094, float %4095)
	%4316 = extractvalue { float, float, float, float } %4315, 0
	%4317 = extractvalue { float, float, float, float } %4315, 1
	%4318 = extractvalue { float, float, float, float } %4315, 2
	%4319 = extractvalue { float, float, float, float } %4315, 3
	%4320 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4313, i32 %4314, float %4097, float %4098, float %4099, float %4100)
	%4321 = extractvalue { float, float, float, float } %4320, 0
	%4322 = extractvalue { float, float, float, float } %4320, 1
	%4323 = extractvalue { float, float, float, float } %4320, 2
	%4324 = extractvalue { float, float, float, float } %4320, 3
	%4325 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4311, i32 %4312, float %4102, float %4103, float %4104, float %4105)
	%4326 = extractvalue { float, float, float, float } %4325, 0
	%4327 = extractvalue { float, float, float, float } %4325, 1
	%4328 = extractvalue { float, float, float, float } %4325, 2
	%4329 = extractvalue { float, float, float, float } %4325, 3
	%4330 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4313, i32 %4314, float %4107, float %4108, float %4109, float %4110)
	%4331 = extractvalue { float, float, float, float } %4330, 0
	%4332 = extractvalue { float, float, float, float } %4330, 1
	%4333 = extractvalue { float, float, float, float } %4330, 2
	%4334 = extractvalue { float, float, float, float } %4330, 3
	%4335 = xor i32 %3627, 32
	%4336 = add i32 %4335, 12288
	%4337 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4336)
	%4338 = extractvalue { i32, i32, i32, i32 } %4337, 0
	%4339 = extractvalue { i32, i32, i32, i32 } %4337, 1
	%4340 = extractvalue { i32, i32, i32, i32 } %4337, 2
	%4341 = extractvalue { i32, i32, i32, i32 } %4337, 3
	%4342 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4338, i32 %4339, float %4119, float %4120, float %4121, float %4122)
	%4343 = extractvalue { float, float, float, float } %4342, 0
	%4344 = extractvalue { float, float, float, float } %4342, 1
	%4345 = extractvalue { float, float, float, float } %4342, 2
	%4346 = extractvalue { float, float, float, float } %4342, 3
	%4347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4340, i32 %4341, float %4124, float %4125, float %4126, float %4127)
	%4348 = extractvalue { float, float, float, float } %4347, 0
	%4349 = extractvalue { float, float, float, float } %4347, 1
	%4350 = extractvalue { float, float, float, float } %4347, 2
	%4351 = extractvalue { float, float, float, float } %4347, 3
	%4352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4338, i32 %4339, float %4129, float %4130, float %4131, float %4132)
	%4353 = extractvalue { float, float, float, float } %4352, 0
	%4354 = extractvalue { float, float, float, float } %4352, 1
	%4355 = extractvalue { float, float, float, float } %4352, 2
	%4356 = extractvalue { float, float, float, float } %4352, 3
	%4357 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4340, i32 %4341, float %4134, float %4135, float %4136, float %4137)
	%4358 = extractvalue { float, float, float, float } %4357, 0
	%4359 = extractvalue { float, float, float, float } %4357, 1
	%4360 = extractvalue { float, float, float, float } %4357, 2
	%4361 = extractvalue { float, float, float, float } %4357, 3
	%4362 = xor i32 %3627, 64
	%4363 = add i32 %4362, 12288
	%4364 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4363)
	%4365 = extractvalue { i32, i32, i32, i32 } %4364, 0
	%4366 = extractvalue { i32, i32, i32, i32 } %4364, 1
	%4367 = extractvalue { i32, i32, i32, i32 } %4364, 2
	%4368 = extractvalue { i32, i32, i32, i32 } %4364, 3
	%4369 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4365, i32 %4366, float %4146, float %4147, float %4148, float %4149)
	%4370 = extractvalue { float, float, float, float } %4369, 0
	%4371 = extractvalue { float, float, float, float } %4369, 1
	%4372 = extractvalue { float, float, float, float } %4369, 2
	%4373 = extractvalue { float, float, float, float } %4369, 3
	%4374 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4367, i32 %4368, float %4151, float %4152, float %4153, float %4154)
	%4375 = extractvalue { float, float, float, float } %4374, 0
	%4376 = extractvalue { float, float, float, float } %4374, 1
	%4377 = extractvalue { float, float, float, float } %4374, 2
	%4378 = extractvalue { float, float, float, float } %4374, 3
	%4379 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4365, i32 %4366, float %4156, float %4157, float %4158, float %4159)
	%4380 = extractvalue { float, float, float, float } %4379, 0
	%4381 = extractvalue { float, float, float, float } %4379, 1
	%4382 = extractvalue { float, float, float, float } %4379, 2
	%4383 = extractvalue { float, float, float, float } %4379, 3
	%4384 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4367, i32 %4368, float %4161, float %4162, float %4163, float %4164)
	%4385 = extractvalue { float, float, float, float } %4384, 0
	%4386 = extractvalue { float, float, float, float } %4384, 1
	%4387 = extractvalue { float, float, float, float } %4384, 2
	%4388 = extractvalue { float, float, float, float } %4384, 3
	%4389 = xor i32 %3627, 96
	%4390 = add i32 %4389, 12288
	%4391 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4390)
	%4392 = extractvalue { i32, i32, i32, i32 } %4391, 0
	%4393 = extractvalue { i32, i32, i32, i32 } %4391, 1
	%4394 = extractvalue { i32, i32, i32, i32 } %4391, 2
	%4395 = extractvalue { i32, i32, i32, i32 } %4391, 3
	%4396 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4392, i32 %4393, float %4173, float %4174, float %4175, float %4176)
	%4397 = extractvalue { float, float, float, float } %4396, 0
	%4398 = extractvalue { float, float, float, float } %4396, 1
	%4399 = extractvalue { float, float, float, float } %4396, 2
	%4400 = extractvalue { float, float, float, float } %4396, 3
	%4401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4394, i32 %4395, float %4178, float %4179, float %4180, float %4181)
	%4402 = extractvalue { float, float, float, float } %4401, 0
	%4403 = extractvalue { float, float, float, float } %4401, 1
	%4404 = extractvalue { float, float, float, float } %4401, 2
	%4405 = extractvalue { float, float, float, float } %4401, 3
	%4406 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4392, i32 %4393, float %4183, float %4184, float %4185, float %4186)
	%4407 = extractvalue { float, float, float, float } %4406, 0
	%4408 = extractvalue { float, float, float, float } %4406, 1
	%4409 = extractvalue { float, float, float, float } %4406, 2
	%4410 = extractvalue { float, float, float, float } %4406, 3
	%4411 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4394, i32 %4395, float %4188, float %4189, float %4190, float %4191)
	%4412 = extractvalue { float, float, float, float } %4411, 0
	%4413 = extractvalue { float, float, float, float } %4411, 1
	%4414 = extractvalue { float, float, float, float } %4411, 2
	%4415 = extractvalue { float, float, float, float } %4411, 3
	%4416 = xor i32 %3627, 128
	%4417 = add i32 %4416, 12288
	%4418 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4417)
	%4419 = extractvalue { i32, i32, i32, i32 } %4418, 0
	%4420 = extractvalue { i32, i32, i32, i32 } %4418, 1
	%4421 = extractvalue { i32, i32, i32, i32 } %4418, 2
	%4422 = extractvalue { i32, i32, i32, i32 } %4418, 3
	%4423 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4419, i32 %4420, float %4200, float %4201, float %4202, float %4203)
	%4424 = extractvalue { float, float, float, float } %4423, 0
	%4425 = extractvalue { float, float, float, float } %4423, 1
	%4426 = extractvalue { float, float, float, float } %4423, 2
	%4427 = extractvalue { float, float, float, float } %4423, 3
	%4428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4421, i32 %4422, float %4205, float %4206, float %4207, float %4208)
	%4429 = extractvalue { float, float, float, float } %4428, 0
	%4430 = extractvalue { float, float, float, float } %4428, 1
	%4431 = extractvalue { float, float, float, float } %4428, 2
	%4432 = extractvalue { float, float, float, float } %4428, 3
	%4433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4419, i32 %4420, float %4210, float %4211, float %4212, float %4213)
	%4434 = extractvalue { float, float, float, float } %4433, 0
	%4435 = extractvalue { float, float, float, float } %4433, 1
	%4436 = extractvalue { float, float, float, float } %4433, 2
	%4437 = extractvalue { float, float, float, float } %4433, 3
	%4438 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4421, i32 %4422, float %4215, float %4216, float %4217, float %4218)
	%4439 = extractvalue { float, float, float, float } %4438, 0
	%4440 = extractvalue { float, float, float, float } %4438, 1
	%4441 = extractvalue { float, float, float, float } %4438, 2
	%4442 = extractvalue { float, float, float, float } %4438, 3
	%4443 = xor i32 %3627, 160
	%4444 = add i32 %4443, 12288
	%4445 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4444)
	%4446 = extractvalue { i32, i32, i32, i32 } %4445, 0
	%4447 = extractvalue { i32, i32, i32, i32 } %4445, 1
	%4448 = extractvalue { i32, i32, i32, i32 } %4445, 2
	%4449 = extractvalue { i32, i32, i32, i32 } %4445, 3
	%4450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4446, i32 %4447, float %4227, float %4228, float %4229, float %4230)
	%4451 = extractvalue { float, float, float, float } %4450, 0
	%4452 = extractvalue { float, float, float, float } %4450, 1
	%4453 = extractvalue { float, float, float, float } %4450, 2
	%4454 = extractvalue { float, float, float, float } %4450, 3
	%4455 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4448, i32 %4449, float %4232, float %4233, float %4234, float %4235)
	%4456 = extractvalue { float, float, float, float } %4455, 0
	%4457 = extractvalue { float, float, float, float } %4455, 1
	%4458 = extractvalue { float, float, float, float } %4455, 2
	%4459 = extractvalue { float, float, float, float } %4455, 3
	%4460 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4446, i32 %4447, float %4237, float %4238, float %4239, float %4240)
	%4461 = extractvalue { float, float, float, float } %4460, 0
	%4462 = extractvalue { float, float, float, float } %4460, 1
	%4463 = extractvalue { float, float, float, float } %4460, 2
	%4464 = extractvalue { float, float, float, float } %4460, 3
	%4465 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4448, i32 %4449, float %4242, float %4243, float %4244, float %4245)
	%4466 = extractvalue { float, float, float, float } %4465, 0
	%4467 = extractvalue { float, float, float, float } %4465, 1
	%4468 = extractvalue { float, float, float, float } %4465, 2
	%4469 = extractvalue { float, float, float, float } %4465, 3
	%4470 = xor i32 %3627, 192
	%4471 = add i32 %4470, 12288
	%4472 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4471)
	%4473 = extractvalue { i32, i32, i32, i32 } %4472, 0
	%4474 = extractvalue { i32, i32, i32, i32 } %4472, 1
	%4475 = extractvalue { i32, i32, i32, i32 } %4472, 2
	%4476 = extractvalue { i32, i32, i32, i32 } %4472, 3
	%4477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4473, i32 %4474, float %4254, float %4255, float %4256, float %4257)
	%4478 = extractvalue { float, float, float, float } %4477, 0
	%4479 = extractvalue { float, float, float, float } %4477, 1
	%4480 = extractvalue { float, float, float, float } %4477, 2
	%4481 = extractvalue { float, float, float, float } %4477, 3
	%4482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4475, i32 %4476, float %4259, float %4260, float %4261, float %4262)
	%4483 = extractvalue { float, float, float, float } %4482, 0
	%4484 = extractvalue { float, float, float, float } %4482, 1
	%4485 = extractvalue { float, float, float, float } %4482, 2
	%4486 = extractvalue { float, float, float, float } %4482, 3
	%4487 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4473, i32 %4474, float %4264, float %4265, float %4266, float %4267)
	%4488 = extractvalue { float, float, float, float } %4487, 0
	%4489 = extractvalue { float, float, float, float } %4487, 1
	%4490 = extractvalue { float, float, float, float } %4487, 2
	%4491 = extractvalue { float, float, float, float } %4487, 3
	%4492 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4475, i32 %4476, float %4269, float %4270, float %4271, float %4272)
	%4493 = extractvalue { float, float, float, float } %4492, 0
	%4494 = extractvalue { float, float, float, float } %4492, 1
	%4495 = extractvalue { float, float, float, float } %4492, 2
	%4496 = extractvalue { float, float, float, float } %4492, 3
	%4497 = xor i32 %3627, 224
	%4498 = add i32 %4497, 12288
	%4499 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4498)
	%4500 = extractvalue { i32, i32, i32, i32 } %4499, 0
	%4501 = extractvalue { i32, i32, i32, i32 } %4499, 1
	%4502 = extractvalue { i32, i32, i32, i32 } %4499, 2
	%4503 = extractvalue { i32, i32, i32, i32 } %4499, 3
	%4504 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4500, i32 %4501, float %4281, float %4282, float %4283, float %4284)
	%4505 = extractvalue { float, float, float, float } %4504, 0
	%4506 = extractvalue { float, float, float, float } %4504, 1
	%4507 = extractvalue { float, float, float, float } %4504, 2
	%4508 = extractvalue { float, float, float, float } %4504, 3
	%4509 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4300, i32 %4301, i32 %4302, i32 %4303, i32 %4502, i32 %4503, float %4286, float %4287, float %4288, float %4289)
	%4510 = extractvalue { float, float, float, float } %4509, 0
	%4511 = extractvalue { float, float, float, float } %4509, 1
	%4512 = extractvalue { float, float, float, float } %4509, 2
	%4513 = extractvalue { float, float, float, float } %4509, 3
	%4514 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4500, i32 %4501, float %4291, float %4292, float %4293, float %4294)
	%4515 = extractvalue { float, float, float, float } %4514, 0
	%4516 = extractvalue { float, float, float, float } %4514, 1
	%4517 = extractvalue { float, float, float, float } %4514, 2
	%4518 = extractvalue { float, float, float, float } %4514, 3
	%4519 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4304, i32 %4305, i32 %4306, i32 %4307, i32 %4502, i32 %4503, float %4296, float %4297, float %4298, float %4299)
	%4520 = extractvalue { float, float, float, float } %4519, 0
	%4521 = extractvalue { float, float, float, float } %4519, 1
	%4522 = extractvalue { float, float, float, float } %4519, 2
	%4523 = extractvalue { float, float, float, float } %4519, 3
	br i1 %3398, label %loop, label %epilogue

store0:
	%4524 = mul i32 %23, %M
	%4525 = add i32 %4524, %1944
	%4526 = mul i32 %4525, 128
	%4527 = shl i32 %7, 1
	%4528 = add i32 0, %4527
	%4529 = add i32 %4526, %4528
	%4530 = sext i32 %4529 to i64
	%4531 = getelementptr i16, i16* %out, i64 %4530
	%4532 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1946, float %1945)
	%4533 = bitcast i16* %4531 to i32*
	store i32 %4532, i32* %4533
	%4534 = shl i32 %7, 1
	%4535 = add i32 8, %4534
	%4536 = add i32 %4526, %4535
	%4537 = sext i32 %4536 to i64
	%4538 = getelementptr i16, i16* %out, i64 %4537
	%4539 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1948, float %1947)
	%4540 = bitcast i16* %4538 to i32*
	store i32 %4539, i32* %4540
	%4541 = shl i32 %7, 1
	%4542 = add i32 16, %4541
	%4543 = add i32 %4526, %4542
	%4544 = sext i32 %4543 to i64
	%4545 = getelementptr i16, i16* %out, i64 %4544
	%4546 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1950, float %1949)
	%4547 = bitcast i16* %4545 to i32*
	store i32 %4546, i32* %4547
	%4548 = shl i32 %7, 1
	%4549 = add i32 24, %4548
	%4550 = add i32 %4526, %4549
	%4551 = sext i32 %4550 to i64
	%4552 = getelementptr i16, i16* %out, i64 %4551
	%4553 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1952, float %1951)
	%4554 = bitcast i16* %4552 to i32*
	store i32 %4553, i32* %4554
	%4555 = shl i32 %7, 1
	%4556 = add i32 32, %4555
	%4557 = add i32 %4526, %4556
	%4558 = sext i32 %4557 to i64
	%4559 = getelementptr i16, i16* %out, i64 %4558
	%4560 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1954, float %1953)
	%4561 = bitcast i16* %4559 to i32*
	store i32 %4560, i32* %4561
	%4562 = shl i32 %7, 1
	%4563 = add i32 40, %4562
	%4564 = add i32 %4526, %4563
	%4565 = sext i32 %4564 to i64
	%4566 = getelementptr i16, i16* %out, i64 %4565
	%4567 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1956, float %1955)
	%4568 = bitcast i16* %4566 to i32*
	store i32 %4567, i32* %4568
	%4569 = shl i32 %7, 1
	%4570 = add i32 48, %4569
	%4571 = add i32 %4526, %4570
	%4572 = sext i32 %4571 to i64
	%4573 = getelementptr i16, i16* %out, i64 %4572
	%4574 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1958, float %1957)
	%4575 = bitcast i16* %4573 to i32*
	store i32 %4574, i32* %4575
	%4576 = shl i32 %7, 1
	%4577 = add i32 56, %4576
	%4578 = add i32 %4526, %4577
	%4579 = sext i32 %4578 to i64
	%4580 = getelementptr i16, i16* %out, i64 %4579
	%4581 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1960, float %1959)
	%4582 = bitcast i16* %4580 to i32*
	store i32 %4581, i32* %4582
	%4583 = shl i32 %7, 1
	%4584 = add i32 64, %4583
	%4585 = add i32 %4526, %4584
	%4586 = sext i32 %4585 to i64
	%4587 = getelementptr i16, i16* %out, i64 %4586
	%4588 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1962, float %1961)
	%4589 = bitcast i16* %4587 to i32*
	store i32 %4588, i32* %4589
	%4590 = shl i32 %7, 1
	%4591 = add i32 72, %4590
	%4592 = add i32 %4526, %4591
	%4593 = sext i32 %4592 to i64
	%4594 = getelementptr i16, i16* %out, i64 %4593
	%4595 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1964, float %1963)
	%4596 = bitcast i16* %4594 to i32*
	store i32 %4595, i32* %4596
	%4597 = shl i32 %7, 1
	%4598 = add i32 80, %4597
	%4599 = add i32 %4526, %4598
	%4600 = sext i32 %4599 to i64
	%4601 = getelementptr i16, i16* %out, i64 %4600
	%4602 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1966, float %1965)
	%4603 = bitcast i16* %4601 to i32*
	store i32 %4602, i32* %4603
	%4604 = shl i32 %7, 1
	%4605 = add i32 88, %4604
	%4606 = add i32 %4526, %4605
	%4607 = sext i32 %4606 to i64
	%4608 = getelementptr i16, i16* %out, i64 %4607
	%4609 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1968, float %1967)
	%4610 = bitcast i16* %4608 to i32*
	store i32 %4609, i32* %4610
	%4611 = shl i32 %7, 1
	%4612 = add i32 96, %4611
	%4613 = add i32 %4526, %4612
	%4614 = sext i32 %4613 to i64
	%4615 = getelementptr i16, i16* %out, i64 %4614
	%4616 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1970, float %1969)
	%4617 = bitcast i16* %4615 to i32*
	store i32 %4616, i32* %4617
	%4618 = shl i32 %7, 1
	%4619 = add i32 104, %4618
	%4620 = add i32 %4526, %4619
	%4621 = sext i32 %4620 to i64
	%4622 = getelementptr i16, i16* %out, i64 %4621
	%4623 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1972, float %1971)
	%4624 = bitcast i16* %4622 to i32*
	store i32 %4623, i32* %4624
	%4625 = shl i32 %7, 1
	%4626 = add i32 112, %4625
	%4627 = add i32 %4526, %4626
	%4628 = sext i32 %4627 to i64
	%4629 = getelementptr i16, i16* %out, i64 %4628
	%4630 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1974, float %1973)
	%4631 = bitcast i16* %4629 to i32*
	store i32 %4630, i32* %4631
	%4632 = shl i32 %7, 1
	%4633 = add i32 120, %4632
	%4634 = add i32 %4526, %4633
	%4635 = sext i32 %4634 to i64
	%4636 = getelementptr i16, i16* %out, i64 %4635
	%4637 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1976, float %1975)
	%4638 = bitcast i16* %4636 to i32*
	store i32 %4637, i32* %4638
	br label %stored0

stored0:
	%4639 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1802, i32 1, i32 31)
	%4640 = fadd float %1802, %4639
	%4641 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4640, i32 2, i32 31)
	%4642 = fadd float %4640, %4641
	%4643 = fcmp ogt float %4642, 0.0
	%4644 = fdiv float 1.0, %4642
	%4645 = select i1 %4643, float %4644, float 0.0
	%4646 = mul i32 %4, 32
	%4647 = add i32 %25, %4646
	%4648 = add i32 %6, 8
	%4649 = add i32 %4647, %4648
	%4650 = fmul float %1808, %4645
	%4651 = fmul float %1809, %4645
	%4652 = fmul float %1812, %4645
	%4653 = fmul float %1813, %4645
	%4654 = fmul float %1816, %4645
	%4655 = fmul float %1817, %4645
	%4656 = fmul float %1820, %4645
	%4657 = fmul float %1821, %4645
	%4658 = fmul float %1824, %4645
	%4659 = fmul float %1825, %4645
	%4660 = fmul float %1828, %4645
	%4661 = fmul float %1829, %4645
	%4662 = fmul float %1832, %4645
	%4663 = fmul float %1833, %4645
	%4664 = fmul float %1836, %4645
	%4665 = fmul float %1837, %4645
	%4666 = fmul float %1840, %4645
	%4667 = fmul float %1841, %4645
	%4668 = fmul float %1844, %4645
	%4669 = fmul float %1845, %4645
	%4670 = fmul float %1848, %4645
	%4671 = fmul float %1849, %4645
	%4672 = fmul float %1852, %4645
	%4673 = fmul float %1853, %4645
	%4674 = fmul float %1856, %4645
	%4675 = fmul float %1857, %4645
	%4676 = fmul float %1860, %4645
	%4677 = fmul float %1861, %4645
	%4678 = fmul float %1864, %4645
	%4679 = fmul float %1865, %4645
	%4680 = fmul float %1868, %4645
	%4681 = fmul float %1869, %4645
	%4682 = icmp slt i32 %4649, %M
	br i1 %4682, label %store1, label %stored1

store1:
	%4683 = mul i32 %23, %M
	%4684 = add i32 %4683, %4649
	%4685 = mul i32 %4684, 128
	%4686 = shl i32 %7, 1
	%4687 = add i32 0, %4686
	%4688 = add i32 %4685, %4687
	%4689 = sext i32 %4688 to i64
	%4690 = getelementptr i16, i16* %out, i64 %4689
	%4691 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4651, float %4650)
	%4692 = bitcast i16* %4690 to i32*
	store i32 %4691, i32* %4692
	%4693 = shl i32 %7, 1
	%4694 = add i32 8, %4693
	%4695 = add i32 %4685, %4694
	%4696 = sext i32 %4695 to i64
	%4697 = getelementptr i16, i16* %out, i64 %4696
	%4698 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4653, float %4652)
	%4699 = bitcast i16* %4697 to i32*
	store i32 %4698, i32* %4699
	%4700 = shl i32 %7, 1
	%4701 = add i32 16, %4700
	%4702 = add i32 %4685, %4701
	%4703 = sext i32 %4702 to i64
	%4704 = getelementptr i16, i16* %out, i64 %4703
	%4705 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4655, float %4654)
	%4706 = bitcast i16* %4704 to i32*
	store i32 %4705, i32* %4706
	%4707 = shl i32 %7, 1
	%4708 = add i32 24, %4707
	%4709 = add i32 %4685, %4708
	%4710 = sext i32 %4709 to i64
	%4711 = getelementptr i16, i16* %out, i64 %4710
	%4712 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4657, float %4656)
	%4713 = bitcast i16* %4711 to i32*
	store i32 %4712, i32* %4713
	%4714 = shl i32 %7, 1
	%4715 = add i32 32, %4714
	%4716 = add i32 %4685, %4715
	%4717 = sext i32 %4716 to i64
	%4718 = getelementptr i16, i16* %out, i64 %4717
	%4719 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4659, float %4658)
	%4720 = bitcast i16* %4718 to i32*
	store i32 %4719, i32* %4720
	%4721 = shl i32 %7, 1
	%4722 = add i32 40, %4721
	%4723 = add i32 %4685, %4722
	%4724 = sext i32 %4723 to i64
	%4725 = getelementptr i16, i16* %out, i64 %4724
	%4726 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4661, float %4660)
	%4727 = bitcast i16* %4725 to i32*
	store i32 %4726, i32* %4727
	%4728 = shl i32 %7, 1
	%4729 = add i32 48, %4728
	%4730 = add i32 %4685, %4729
	%4731 = sext i32 %4730 to i64
	%4732 = getelementptr i16, i16* %out, i64 %4731
	%4733 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4663, float %4662)
	%4734 = bitcast i16* %4732 to i32*
	store i32 %4733, i32* %4734
	%4735 = shl i32 %7, 1
	%4736 = add i32 56, %4735
	%4737 = add i32 %4685, %4736
	%4738 = sext i32 %4737 to i64
	%4739 = getelementptr i16, i16* %out, i64 %4738
	%4740 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4665, float %4664)
	%4741 = bitcast i16* %4739 to i32*
	store i32 %4740, i32* %4741
	%4742 = shl i32 %7, 1
	%4743 = add i32 64, %4742
	%4744 = add i32 %4685, %4743
	%4745 = sext i32 %4744 to i64
	%4746 = getelementptr i16, i16* %out, i64 %4745
	%4747 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4667, float %4666)
	%4748 = bitcast i16* %4746 to i32*
	store i32 %4747, i32* %4748
	%4749 = shl i32 %7, 1
	%4750 = add i32 72, %4749
	%4751 = add i32 %4685, %4750
	%4752 = sext i32 %4751 to i64
	%4753 = getelementptr i16, i16* %out, i64 %4752
	%4754 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4669, float %4668)
	%4755 = bitcast i16* %4753 to i32*
	store i32 %4754, i32* %4755
	%4756 = shl i32 %7, 1
	%4757 = add i32 80, %4756
	%4758 = add i32 %4685, %4757
	%4759 = sext i32 %4758 to i64
	%4760 = getelementptr i16, i16* %out, i64 %4759
	%4761 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4671, float %4670)
	%4762 = bitcast i16* %4760 to i32*
	store i32 %4761, i32* %4762
	%4763 = shl i32 %7, 1
	%4764 = add i32 88, %4763
	%4765 = add i32 %4685, %4764
	%4766 = sext i32 %4765 to i64
	%4767 = getelementptr i16, i16* %out, i64 %4766
	%4768 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4673, float %4672)
	%4769 = bitcast i16* %4767 to i32*
	store i32 %4768, i32* %4769
	%4770 = shl i32 %7, 1
	%4771 = add i32 96, %4770
	%4772 = add i32 %4685, %4771
	%4773 = sext i32 %4772 to i64
	%4774 = getelementptr i16, i16* %out, i64 %4773
	%4775 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4675, float %4674)
	%4776 = bitcast i16* %4774 to i32*
	store i32 %4775, i32* %4776
	%4777 = shl i32 %7, 1
	%4778 = add i32 104, %4777
	%4779 = add i32 %4685, %4778
	%4780 = sext i32 %4779 to i64
	%4781 = getelementptr i16, i16* %out, i64 %4780
	%4782 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4677, float %4676)
	%4783 = bitcast i16* %4781 to i32*
	store i32 %4782, i32* %4783
	%4784 = shl i32 %7, 1
	%4785 = add i32 112, %4784
	%4786 = add i32 %4685, %4785
	%4787 = sext i32 %4786 to i64
	%4788 = getelementptr i16, i16* %out, i64 %4787
	%4789 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4679, float %4678)
	%4790 = bitcast i16* %4788 to i32*
	store i32 %4789, i32* %4790
	%4791 = shl i32 %7, 1
	%4792 = add i32 120, %4791
	%4793 = add i32 %4685, %4792
	%4794 = sext i32 %4793 to i64
	%4795 = getelementptr i16, i16* %out, i64 %4794
	%4796 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4681, float %4680)
	%4797 = bitcast i16* %4795 to i32*
	store i32 %4796, i32* %4797
	br label %stored1

stored1:
	%4798 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1803, i32 1, i32 31)
	%4799 = fadd float %1803, %4798
	%4800 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4799, i32 2, i32 31)
	%4801 = fadd float %4799, %4800
	%4802 = fcmp ogt float %4801, 0.0
	%4803 = fdiv float 1.0, %4801
	%4804 = select i1 %4802, float %4803, float 0.0
	%4805 = mul i32 %4, 32
	%4806 = add i32 %25, %4805
	%4807 = add i32 %6, 16
	%4808 = add i32 %4806, %4807
	%4809 = fmul float %1870, %4804
	%4810 = fmul float %1871, %4804
	%4811 = fmul float %1874, %4804
	%4812 = fmul float %1875, %4804
	%4813 = fmul float %1878, %4804
	%4814 = fmul float %1879, %4804
	%4815 = fmul float %1882, %4804
	%4816 = fmul float %1883, %4804
	%4817 = fmul float %1886, %4804
	%4818 = fmul float %1887, %4804
	%4819 = fmul float %1890, %4804
	%4820 = fmul float %1891, %4804
	%4821 = fmul float %1894, %4804
	%4822 = fmul float %1895, %4804
	%4823 = fmul float %1898, %4804
	%4824 = fmul float %1899, %4804
	%4825 = fmul float %1902, %4804
	%4826 = fmul float %1903, %4804
	%4827 = fmul float %1906, %4804
	%4828 = fmul float %1907, %4804
	%4829 = fmul float %1910, %4804
	%4830 = fmul float %1911, %4804
	%4831 = fmul float %1914, %4804
	%4832 = fmul float %1915, %4804
	%4833 = fmul float %1918, %4804
	%4834 = fmul float %1919, %4804
	%4835 = fmul float %1922, %4804
	%4836 = fmul float %1923, %4804
	%4837 = fmul float %1926, %4804
	%4838 = fmul float %1927, %4804
	%4839 = fmul float %1930, %4804
	%4840 = fmul float %1931, %4804
	%4841 = icmp slt i32 %4808, %M
	br i1 %4841, label %store2, label %stored2

store2:
	%4842 = mul i32 %23, %M
	%4843 = add i32 %4842, %4808
	%4844 = mul i32 %4843, 128
	%4845 = shl i32 %7, 1
	%4846 = add i32 0, %4845
	%4847 = add i32 %4844, %4846
	%4848 = sext i32 %4847 to i64
	%4849 = getelementptr i16, i16* %out, i64 %4848
	%4850 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4810, float %4809)
	%4851 = bitcast i16* %4849 to i32*
	store i32 %4850, i32* %4851
	%4852 = shl i32 %7, 1
	%4853 = add i32 8, %4852
	%4854 = add i32 %4844, %4853
	%4855 = sext i32 %4854 to i64
	%4856 = getelementptr i16, i16* %out, i64 %4855
	%4857 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4812, float %4811)
	%4858 = bitcast i16* %4856 to i32*
	store i32 %4857, i32* %4858
	%4859 = shl i32 %7, 1
	%4860 = add i32 16, %4859
	%4861 = add i32 %4844, %4860
	%4862 = sext i32 %4861 to i64
	%4863 = getelementptr i16, i16* %out, i64 %4862
	%4864 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4814, float %4813)
	%4865 = bitcast i16* %4863 to i32*
	store i32 %4864, i32* %4865
	%4866 = shl i32 %7, 1
	%4867 = add i32 24, %4866
	%4868 = add i32 %4844, %4867
	%4869 = sext i32 %4868 to i64
	%4870 = getelementptr i16, i16* %out, i64 %4869
	%4871 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4816, float %4815)
	%4872 = bitcast i16* %4870 to i32*
	store i32 %4871, i32* %4872
	%4873 = shl i32 %7, 1
	%4874 = add i32 32, %4873
	%4875 = add i32 %4844, %4874
	%4876 = sext i32 %4875 to i64
	%4877 = getelementptr i16, i16* %out, i64 %4876
	%4878 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4818, float %4817)
	%4879 = bitcast i16* %4877 to i32*
	store i32 %4878, i32* %4879
	%4880 = shl i32 %7, 1
	%4881 = add i32 40, %4880
	%4882 = add i32 %4844, %4881
	%4883 = sext i32 %4882 to i64
	%4884 = getelementptr i16, i16* %out, i64 %4883
	%4885 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4820, float %4819)
	%4886 = bitcast i16* %4884 to i32*
	store i32 %4885, i32* %4886
	%4887 = shl i32 %7, 1
	%4888 = add i32 48, %4887
	%4889 = add i32 %4844, %4888
	%4890 = sext i32 %4889 to i64
	%4891 = getelementptr i16, i16* %out, i64 %4890
	%4892 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4822, float %4821)
	%4893 = bitcast i16* %4891 to i32*
	store i32 %4892, i32* %4893
	%4894 = shl i32 %7, 1
	%4895 = add i32 56, %4894
	%4896 = add i32 %4844, %4895
	%4897 = sext i32 %4896 to i64
	%4898 = getelementptr i16, i16* %out, i64 %4897
	%4899 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4824, float %4823)
	%4900 = bitcast i16* %4898 to i32*
	store i32 %4899, i32* %4900
	%4901 = shl i32 %7, 1
	%4902 = add i32 64, %4901
	%4903 = add i32 %4844, %4902
	%4904 = sext i32 %4903 to i64
	%4905 = getelementptr i16, i16* %out, i64 %4904
	%4906 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4826, float %4825)
	%4907 = bitcast i16* %4905 to i32*
	store i32 %4906, i32* %4907
	%4908 = shl i32 %7, 1
	%4909 = add i32 72, %4908
	%4910 = add i32 %4844, %4909
	%4911 = sext i32 %4910 to i64
	%4912 = getelementptr i16, i16* %out, i64 %4911
	%4913 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4828, float %4827)
	%4914 = bitcast i16* %4912 to i32*
	store i32 %4913, i32* %4914
	%4915 = shl i32 %7, 1
	%4916 = add i32 80, %4915
	%4917 = add i32 %4844, %4916
	%4918 = sext i32 %4917 to i64
	%4919 = getelementptr i16, i16* %out, i64 %4918
	%4920 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4830, float %4829)
	%4921 = bitcast i16* %4919 to i32*
	store i32 %4920, i32* %4921
	%4922 = shl i32 %7, 1
	%4923 = add i32 88, %4922
	%4924 = add i32 %4844, %4923
	%4925 = sext i32 %4924 to i64
	%4926 = getelementptr i16, i16* %out, i64 %4925
	%4927 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4832, float %4831)
	%4928 = bitcast i16* %4926 to i32*
	store i32 %4927, i32* %4928
	%4929 = shl i32 %7, 1
	%4930 = add i32 96, %4929
	%4931 = add i32 %4844, %4930
	%4932 = sext i32 %4931 to i64
	%4933 = getelementptr i16, i16* %out, i64 %4932
	%4934 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4834, float %4833)
	%4935 = bitcast i16* %4933 to i32*
	store i32 %4934, i32* %4935
	%4936 = shl i32 %7, 1
	%4937 = add i32 104, %4936
	%4938 = add i32 %4844, %4937
	%4939 = sext i32 %4938 to i64
	%4940 = getelementptr i16, i16* %out, i64 %4939
	%4941 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4836, float %4835)
	%4942 = bitcast i16* %4940 to i32*
	store i32 %4941, i32* %4942
	%4943 = shl i32 %7, 1
	%4944 = add i32 112, %4943
	%4945 = add i32 %4844, %4944
	%4946 = sext i32 %4945 to i64
	%4947 = getelementptr i16, i16* %out, i64 %4946
	%4948 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4838, float %4837)
	%4949 = bitcast i16* %4947 to i32*
	store i32 %4948, i32* %4949
	%4950 = shl i32 %7, 1
	%4951 = add i32 120, %4950
	%4952 = add i32 %4844, %4951
	%4953 = sext i32 %4952 to i64
	%4954 = getelementptr i16, i16* %out, i64 %4953
	%4955 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4840, float %4839)
	%4956 = bitcast i16* %4954 to i32*
	store i32 %4955, i32* %4956
	br label %stored2

stored2:
	%4957 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1804, i32 1, i32 31)
	%4958 = fadd float %1804, %4957
	%4959 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4958, i32 2, i32 31)
	%4960 = fadd float %4958, %4959
	%4961 = fcmp ogt float %4960, 0.0
	%4962 = fdiv float 1.0, %4960
	%4963 = select i1 %4961, float %4962, float 0.0
	%4964 = mul i32 %4, 32
	%4965 = add i32 %25, %4964
	%4966 = add i32 %6, 24
	%4967 = add i32 %4965, %4966
	%4968 = fmul float %1872, %4963
	%4969 = fmul float %1873, %4963
	%4970 = fmul float %1876, %4963
	%4971 = fmul float %1877, %4963
	%4972 = fmul float %1880, %4963
	%4973 = fmul float %1881, %4963
	%4974 = fmul float %1884, %4963
	%4975 = fmul float %1885, %4963
	%4976 = fmul float %1888, %4963
	%4977 = fmul float %1889, %4963
	%4978 = fmul float %1892, %4963
	%4979 = fmul float %1893, %4963
	%4980 = fmul float %1896, %4963
	%4981 = fmul float %1897, %4963
	%4982 = fmul float %1900, %4963
	%4983 = fmul float %1901, %4963
	%4984 = fmul float %1904, %4963
	%4985 = fmul float %1905, %4963
	%4986 = fmul float %1908, %4963
	%4987 = fmul float %1909, %4963
	%4988 = fmul float %1912, %4963
	%4989 = fmul float %1913, %4963
	%4990 = fmul float %1916, %4963
	%4991 = fmul float %1917, %4963
	%4992 = fmul float %1920, %4963
	%4993 = fmul float %1921, %4963
	%4994 = fmul float %1924, %4963
	%4995 = fmul float %1925, %4963
	%4996 = fmul float %1928, %4963
	%4997 = fmul float %1929, %4963
	%4998 = fmul float %1932, %4963
	%4999 = fmul float %1933, %4963
	%5000 = icmp slt i32 %4967, %M
	br i1 %5000, label %store3, label %stored3

store3:
	%5001 = mul i32 %23, %M
	%5002 = add i32 %5001, %4967
	%5003 = mul i32 %5002, 128
	%5004 = shl i32 %7, 1
	%5005 = add i32 0, %5004
	%5006 = add i32 %5003, %5005
	%5007 = sext i32 %5006 to i64
	%5008 = getelementptr i16, i16* %out, i64 %5007
	%5009 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4969, float %4968)
	%5010 = bitcast i16* %5008 to i32*
	store i32 %5009, i32* %5010
	%5011 = shl i32 %7, 1
	%5012 = add i32 8, %5011
	%5013 = add i32 %5003, %5012
	%5014 = sext i32 %5013 to i64
	%5015 = getelementptr i16, i16* %out, i64 %5014
	%5016 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4971, float %4970)
	%5017 = bitcast i16* %5015 to i32*
	store i32 %5016, i32* %5017
	%5018 = shl i32 %7, 1
	%5019 = add i32 16, %5018
	%5020 = add i32 %5003, %5019
	%5021 = sext i32 %5020 to i64
	%5022 = getelementptr i16, i16* %out, i64 %5021
	%5023 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4973, float %4972)
	%5024 = bitcast i16* %5022 to i32*
	store i32 %5023, i32* %5024
	%5025 = shl i32 %7, 1
	%5026 = add i32 24, %5025
	%5027 = add i32 %5003, %5026
	%5028 = sext i32 %5027 to i64
	%5029 = getelementptr i16, i16* %out, i64 %5028
	%5030 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4975, float %4974)
	%5031 = bitcast i16* %5029 to i32*
	store i32 %5030, i32* %5031
	%5032 = shl i32 %7, 1
	%5033 = add i32 32, %5032
	%5034 = add i32 %5003, %5033
	%5035 = sext i32 %5034 to i64
	%5036 = getelementptr i16, i16* %out, i64 %5035
	%5037 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4977, float %4976)
	%5038 = bitcast i16* %5036 to i32*
	store i32 %5037, i32* %5038
	%5039 = shl i32 %7, 1
	%5040 = add i32 40, %5039
	%5041 = add i32 %5003, %5040
	%5042 = sext i32 %5041 to i64
	%5043 = getelementptr i16, i16* %out, i64 %5042
	%5044 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4979, float %4978)
	%5045 = bitcast i16* %5043 to i32*
	store i32 %5044, i32* %5045
	%5046 = shl i32 %7, 1
	%5047 = add i32 48, %5046
	%5048 = add i32 %5003, %5047
	%5049 = sext i32 %5048 to i64
	%5050 = getelementptr i16, i16* %out, i64 %5049
	%5051 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4981, float %4980)
	%5052 = bitcast i16* %5050 to i32*
	store i32 %5051, i32* %5052
	%5053 = shl i32 %7, 1
	%5054 = add i32 56, %5053
	%5055 = add i32 %5003, %5054
	%5056 = sext i32 %5055 to i64
	%5057 = getelementptr i16, i16* %out, i64 %5056
	%5058 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4983, float %4982)
	%5059 = bitcast i16* %5057 to i32*
	store i32 %5058, i32* %5059
	%5060 = shl i32 %7, 1
	%5061 = add i32 64, %5060
	%5062 = add i32 %5003, %5061
	%5063 = sext i32 %5062 to i64
	%5064 = getelementptr i16, i16* %out, i64 %5063
	%5065 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4985, float %4984)
	%5066 = bitcast i16* %5064 to i32*
	store i32 %5065, i32* %5066
	%5067 = shl i32 %7, 1
	%5068 = add i32 72, %5067
	%5069 = add i32 %5003, %5068
	%5070 = sext i32 %5069 to i64
	%5071 = getelementptr i16, i16* %out, i64 %5070
	%5072 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4987, float %4986)
	%5073 = bitcast i16* %5071 to i32*
	store i32 %5072, i32* %5073
	%5074 = shl i32 %7, 1
	%5075 = add i32 80, %5074
	%5076 = add i32 %5003, %5075
	%5077 = sext i32 %5076 to i64
	%5078 = getelementptr i16, i16* %out, i64 %5077
	%5079 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4989, float %4988)
	%5080 = bitcast i16* %5078 to i32*
	store i32 %5079, i32* %5080
	%5081 = shl i32 %7, 1
	%5082 = add i32 88, %5081
	%5083 = add i32 %5003, %5082
	%5084 = sext i32 %5083 to i64
	%5085 = getelementptr i16, i16* %out, i64 %5084
	%5086 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4991, float %4990)
	%5087 = bitcast i16* %5085 to i32*
	store i32 %5086, i32* %5087
	%5088 = shl i32 %7, 1
	%5089 = add i32 96, %5088
	%5090 = add i32 %5003, %5089
	%5091 = sext i32 %5090 to i64
	%5092 = getelementptr i16, i16* %out, i64 %5091
	%5093 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4993, float %4992)
	%5094 = bitcast i16* %5092 to i32*
	store i32 %5093, i32* %5094
	%5095 = shl i32 %7, 1
	%5096 = add i32 104, %5095
	%5097 = add i32 %5003, %5096
	%5098 = sext i32 %5097 to i64
	%5099 = getelementptr i16, i16* %out, i64 %5098
	%5100 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4995, float %4994)
	%5101 = bitcast i16* %5099 to i32*
	store i32 %5100, i32* %5101
	%5102 = shl i32 %7, 1
	%5103 = add i32 112, %5102
	%5104 = add i32 %5003, %5103
	%5105 = sext i32 %5104 to i64
	%5106 = getelementptr i16, i16* %out, i64 %5105
	%5107 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4997, float %4996)
	%5108 = bitcast i16* %5106 to i32*
	store i32 %5107, i32* %5108
	%5109 = shl i32 %7, 1
	%5110 = add i32 120, %5109
	%5111 = add i32 %5003, %5110
	%5112 = sext i32 %5111 to i64
	%5113 = getelementptr i16, i16* %out, i64 %5112
	%5114 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4999, float %4998)
	%5115 = bitcast i16* %5113 to i32*
	store i32 %5114, i32* %5115
	br label %stored3

stored3:
	ret void
}
