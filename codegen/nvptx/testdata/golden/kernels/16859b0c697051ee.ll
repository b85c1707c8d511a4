define ptx_kernel void @$K(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, %R
	%4 = add i32 %2, 0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %2, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 2
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 3
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = icmp ne i32 %19, 0
	%21 = mul i32 %0, 8
	%22 = add i32 %21, 0
	%23 = sub i32 2047, %22
	%24 = icmp sge i32 %23, 0
	%25 = icmp sgt i32 %23, 0
	%26 = select i1 %25, i32 %23, i32 0
	%27 = mul i32 %1, 2048
	%28 = add i32 %27, %26
	%29 = sext i32 %28 to i64
	%30 = getelementptr i32, i32* %hist, i64 %29
	%31 = load i32, i32* %30
	%32 = select i1 %24, i32 %31, i32 0
	%33 = add i32 0, %32
	%34 = mul i32 %0, 8
	%35 = add i32 %34, 1
	%36 = sub i32 2047, %35
	%37 = icmp sge i32 %36, 0
	%38 = icmp sgt i32 %36, 0
	%39 = select i1 %38, i32 %36, i32 0
	%40 = mul i32 %1, 2048
	%41 = add i32 %40, %39
	%42 = sext i32 %41 to i64
	%43 = getelementptr i32, i32* %hist, i64 %42
	%44 = load i32, i32* %43
	%45 = select i1 %37, i32 %44, i32 0
	%46 = add i32 %33, %45
	%47 = mul i32 %0, 8
	%48 = add i32 %47, 2
	%49 = sub i32 2047, %48
	%50 = icmp sge i32 %49, 0
	%51 = icmp sgt i32 %49, 0
	%52 = select i1 %51, i32 %49, i32 0
	%53 = mul i32 %1, 2048
	%54 = add i32 %53, %52
	%55 = sext i32 %54 to i64
	%56 = getelementptr i32, i32* %hist, i64 %55
	%57 = load i32, i32* %56
	%58 = select i1 %50, i32 %57, i32 0
	%59 = add i32 %46, %58
	%60 = mul i32 %0, 8
	%61 = add i32 %60, 3
	%62 = sub i32 2047, %61
	%63 = icmp sge i32 %62, 0
	%64 = icmp sgt i32 %62, 0
	%65 = select i1 %64, i32 %62, i32 0
	%66 = mul i32 %1, 2048
	%67 = add i32 %66, %65
	%68 = sext i32 %67 to i64
	%69 = getelementptr i32, i32* %hist, i64 %68
	%70 = load i32, i32* %69
	%71 = select i1 %63, i32 %70, i32 0
	%72 = add i32 %59, %71
	%73 = mul i32 %0, 8
	%74 = add i32 %73, 4
	%75 = sub i32 2047, %74
	%76 = icmp sge i32 %75, 0
	%77 = icmp sgt i32 %75, 0
	%78 = select i1 %77, i32 %75, i32 0
	%79 = mul i32 %1, 2048
	%80 = add i32 %79, %78
	%81 = sext i32 %80 to i64
	%82 = getelementptr i32, i32* %hist, i64 %81
	%83 = load i32, i32* %82
	%84 = select i1 %76, i32 %83, i32 0
	%85 = add i32 %72, %84
	%86 = mul i32 %0, 8
	%87 = add i32 %86, 5
	%88 = sub i32 2047, %87
	%89 = icmp sge i32 %88, 0
	%90 = icmp sgt i32 %88, 0
	%91 = select i1 %90, i32 %88, i32 0
	%92 = mul i32 %1, 2048
	%93 = add i32 %92, %91
	%94 = sext i32 %93 to i64
	%95 = getelementptr i32, i32* %hist, i64 %94
	%96 = load i32, i32* %95
	%97 = select i1 %89, i32 %96, i32 0
	%98 = add i32 %85, %97
	%99 = mul i32 %0, 8
	%100 = add i32 %99, 6
	%101 = sub i32 2047, %100
	%102 = icmp sge i32 %101, 0
	%103 = icmp sgt i32 %101, 0
	%104 = select i1 %103, i32 %101, i32 0
	%105 = mul i32 %1, 2048
	%106 = add i32 %105, %104
	%107 = sext i32 %106 to i64
	%108 = getelementptr i32, i32* %hist, i64 %107
	%109 = load i32, i32* %108
	%110 = select i1 %102, i32 %109, i32 0
	%111 = add i32 %98, %110
	%112 = mul i32 %0, 8
	%113 = add i32 %112, 7
	%114 = sub i32 2047, %113
	%115 = icmp sge i32 %114, 0
	%116 = icmp sgt i32 %114, 0
	%117 = select i1 %116, i32 %114, i32 0
	%118 = mul i32 %1, 2048
	%119 = add i32 %118, %117
	%120 = sext i32 %119 to i64
	%121 = getelementptr i32, i32* %hist, i64 %120
	%122 = load i32, i32* %121
	%123 = select i1 %115, i32 %122, i32 0
	%124 = add i32 %111, %123
	%125 = and i32 %0, 31
	%126 = lshr i32 %0, 5
	%127 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %124, i32 1, i32 0)
	%128 = icmp uge i32 %125, 1
	%129 = select i1 %128, i32 %127, i32 0
	%130 = add i32 %124, %129
	%131 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %130, i32 2, i32 0)
	%132 = icmp uge i32 %125, 2
	%133 = select i1 %132, i32 %131, i32 0
	%134 = add i32 %130, %133
	%135 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %134, i32 4, i32 0)
	%136 = icmp uge i32 %125, 4
	%137 = select i1 %136, i32 %135, i32 0
	%138 = add i32 %134, %137
	%139 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %138, i32 8, i32 0)
	%140 = icmp uge i32 %125, 8
	%141 = select i1 %140, i32 %139, i32 0
	%142 = add i32 %138, %141
	%143 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %142, i32 16, i32 0)
	%144 = icmp uge i32 %125, 16
	%145 = select i1 %144, i32 %143, i32 0
	%146 = add i32 %142, %145
	%147 = icmp eq i32 %125, 31
	br i1 %147, label %148, label %150

148:
	%149 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %126
	store i32 %146, i32 addrspace(3)* %149
	br label %150

150:
	call void @llvm.nvvm.barrier0()
	%151 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%152 = load i32, i32 addrspace(3)* %151
	%153 = icmp sgt i32 %126, 0
	%154 = select i1 %153, i32 %152, i32 0
	%155 = add i32 0, %154
	%156 = add i32 0, %152
	%157 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%158 = load i32, i32 addrspace(3)* %157
	%159 = icmp sgt i32 %126, 1
	%160 = select i1 %159, i32 %158, i32 0
	%161 = add i32 %155, %160
	%162 = add i32 %156, %158
	%163 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%164 = load i32, i32 addrspace(3)* %163
	%165 = icmp sgt i32 %126, 2
	%166 = select i1 %165, i32 %164, i32 0
	%167 = add i32 %161, %166
	%168 = add i32 %162, %164
	%169 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%170 = load i32, i32 addrspace(3)* %169
	%171 = icmp sgt i32 %126, 3
	%172 = select i1 %171, i32 %170, i32 0
	%173 = add i32 %167, %172
	%174 = add i32 %168, %170
	%175 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%176 = load i32, i32 addrspace(3)* %175
	%177 = icmp sgt i32 %126, 4
	%178 = select i1 %177, i32 %176, i32 0
	%179 = add i32 %173, %178
	%180 = add i32 %174, %176
	%181 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%182 = load i32, i32 addrspace(3)* %181
	%183 = icmp sgt i32 %126, 5
	%184 = select i1 %183, i32 %182, i32 0
	%185 = add i32 %179, %184
	%186 = add i32 %180, %182
	%187 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%188 = load i32, i32 addrspace(3)* %187
	%189 = icmp sgt i32 %126, 6
	%190 = select i1 %189, i32 %188, i32 0
	%191 = add i32 %185, %190
	%192 = add i32 %186, %188
	%193 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%194 = load i32, i32 addrspace(3)* %193
	%195 = icmp sgt i32 %126, 7
	%196 = select i1 %195, i32 %194, i32 0
	%197 = add i32 %191, %196
	%198 = add i32 %192, %194
	%199 = add i32 %197, %146
	%200 = sub i32 %199, %124
	%201 = icmp slt i32 %200, %15
	%202 = add i32 %200, %32
	%203 = icmp sle i32 %15, %202
	%204 = and i1 %201, %203
	%205 = xor i1 %20, true
	%206 = and i1 %204, %205
	br i1 %206, label %207, label %221

207:
	%208 = shl i32 %23, 21
	%209 = or i32 %7, %208
	%210 = add i32 %2, 0
	%211 = sext i32 %210 to i64
	%212 = getelementptr i32, i32* %state, i64 %211
	store i32 %209, i32* %212
	%213 = or i32 %11, -2097152
	%214 = add i32 %2, 1
	%215 = sext i32 %214 to i64
	%216 = getelementptr i32, i32* %state, i64 %215
	store i32 %213, i32* %216
	%217 = sub i32 %15, %200
	%218 = add i32 %2, 2
	%219 = sext i32 %218 to i64
	%220 = getelementptr i32, i32* %state, i64 %219
	store i32 %217, i32* %220
	br label %221

221:
	%222 = add i32 %200, %32
	%223 = icmp slt i32 %222, %15
	%224 = add i32 %222, %45
	%225 = icmp sle i32 %15, %224
	%226 = and i1 %223, %225
	%227 = xor i1 %20, true
	%228 = and i1 %226, %227
	br i1 %228, label %229, label %243

229:
	%230 = shl i32 %36, 21
	%231 = or i32 %7, %230
	%232 = add i32 %2, 0
	%233 = sext i32 %232 to i64
	%234 = getelementptr i32, i32* %state, i64 %233
	store i32 %231, i32* %234
	%235 = or i32 %11, -2097152
	%236 = add i32 %2, 1
	%237 = sext i32 %236 to i64
	%238 = getelementptr i32, i32* %state, i64 %237
	store i32 %235, i32* %238
	%239 = sub i32 %15, %222
	%240 = add i32 %2, 2
	%241 = sext i32 %240 to i64
	%242 = getelementptr i32, i32* %state, i64 %241
	store i32 %239, i32* %242
	br label %243

243:
	%244 = add i32 %222, %45
	%245 = icmp slt i32 %244, %15
	%246 = add i32 %244, %58
	%247 = icmp sle i32 %15, %246
	%248 = and i1 %245, %247
	%249 = xor i1 %20, true
	%250 = and i1 %248, %249
	br i1 %250, label %251, label %265

251:
	%252 = shl i32 %49, 21
	%253 = or i32 %7, %252
	%254 = add i32 %2, 0
	%255 = sext i32 %254 to i64
	%256 = getelementptr i32, i32* %state, i64 %255
	store i32 %253, i32* %256
	%257 = or i32 %11, -2097152
	%258 = add i32 %2, 1
	%259 = sext i32 %258 to i64
	%260 = getelementptr i32, i32* %state, i64 %259
	store i32 %257, i32* %260
	%261 = sub i32 %15, %244
	%262 = add i32 %2, 2
	%263 = sext i32 %262 to i64
	%264 = getelementptr i32, i32* %state, i64 %263
	store i32 %261, i32* %264
	br label %265

265:
	%266 = add i32 %244, %58
	%267 = icmp slt i32 %266, %15
	%268 = add i32 %266, %71
	%269 = icmp sle i32 %15, %268
	%270 = and i1 %267, %269
	%271 = xor i1 %20, true
	%272 = and i1 %270, %271
	br i1 %272, label %273, label %287

273:
	%274 = shl i32 %62, 21
	%275 = or i32 %7, %274
	%276 = add i32 %2, 0
	%277 = sext i32 %276 to i64
	%278 = getelementptr i32, i32* %state, i64 %277
	store i32 %275, i32* %278
	%279 = or i32 %11, -2097152
	%280 = add i32 %2, 1
	%281 = sext i32 %280 to i64
	%282 = getelementptr i32, i32* %state, i64 %281
	store i32 %279, i32* %282
	%283 = sub i32 %15, %266
	%284 = add i32 %2, 2
	%285 = sext i32 %284 to i64
	%286 = getelementptr i32, i32* %state, i64 %285
	store i32 %283, i32* %286
	br label %287

287:
	%288 = add i32 %266, %71
	%289 = icmp slt i32 %288, %15
	%290 = add i32 %288, %84
	%291 = icmp sle i32 %15, %290
	%292 = and i1 %289, %291
	%293 = xor i1 %20, true
	%294 = and i1 %292, %293
	br i1 %294, label %295, label %309

295:
	%296 = shl i32 %75, 21
	%297 = or i32 %7, %296
	%298 = add i32 %2, 0
	%299 = sext i32 %298 to i64
	%300 = getelementptr i32, i32* %state, i64 %299
	store i32 %297, i32* %300
	%301 = or i32 %11, -2097152
	%302 = add i32 %2, 1
	%303 = sext i32 %302 to i64
	%304 = getelementptr i32, i32* %state, i64 %303
	store i32 %301, i32* %304
	%305 = sub i32 %15, %288
	%306 = add i32 %2, 2
	%307 = sext i32 %306 to i64
	%308 = getelementptr i32, i32* %state, i64 %307
	store i32 %305, i32* %308
	br label %309

309:
	%310 = add i32 %288, %84
	%311 = icmp slt i32 %310, %15
	%312 = add i32 %310, %97
	%313 = icmp sle i32 %15, %312
	%314 = and i1 %311, %313
	%315 = xor i1 %20, true
	%316 = and i1 %314, %315
	br i1 %316, label %317, label %331

317:
	%318 = shl i32 %88, 21
	%319 = or i32 %7, %318
	%320 = add i32 %2, 0
	%321 = sext i32 %320 to i64
	%322 = getelementptr i32, i32* %state, i64 %321
	store i32 %319, i32* %322
	%323 = or i32 %11, -2097152
	%324 = add i32 %2, 1
	%325 = sext i32 %324 to i64
	%326 = getelementptr i32, i32* %state, i64 %325
	store i32 %323, i32* %326
	%327 = sub i32 %15, %310
	%328 = add i32 %2, 2
	%329 = sext i32 %328 to i64
	%330 = getelementptr i32, i32* %state, i64 %329
	store i32 %327, i32* %330
	br label %331

331:
	%332 = add i32 %310, %97
	%333 = icmp slt i32 %332, %15
	%334 = add i32 %332, %110
	%335 = icmp sle i32 %15, %334
	%336 = and i1 %333, %335
	%337 = xor i1 %20, true
	%338 = and i1 %336, %337
	br i1 %338, label %339, label %353

339:
	%340 = shl i32 %101, 21
	%341 = or i32 %7, %340
	%342 = add i32 %2, 0
	%343 = sext i32 %342 to i64
	%344 = getelementptr i32, i32* %state, i64 %343
	store i32 %341, i32* %344
	%345 = or i32 %11, -2097152
	%346 = add i32 %2, 1
	%347 = sext i32 %346 to i64
	%348 = getelementptr i32, i32* %state, i64 %347
	store i32 %345, i32* %348
	%349 = sub i32 %15, %332
	%350 = add i32 %2, 2
	%351 = sext i32 %350 to i64
	%352 = getelementptr i32, i32* %state, i64 %351
	store i32 %349, i32* %352
	br label %353

353:
	%354 = add i32 %332, %110
	%355 = icmp slt i32 %354, %15
	%356 = add i32 %354, %123
	%357 = icmp sle i32 %15, %356
	%358 = and i1 %355, %357
	%359 = xor i1 %20, true
	%360 = and i1 %358, %359
	br i1 %360, label %361, label %375

361:
	%362 = shl i32 %114, 21
	%363 = or i32 %7, %362
	%364 = add i32 %2, 0
	%365 = sext i32 %364 to i64
	%366 = getelementptr i32, i32* %state, i64 %365
	store i32 %363, i32* %366
	%367 = or i32 %11, -2097152
	%368 = add i32 %2, 1
	%369 = sext i32 %368 to i64
	%370 = getelementptr i32, i32* %state, i64 %369
	store i32 %367, i32* %370
	%371 = sub i32 %15, %354
	%372 = add i32 %2, 2
	%373 = sext i32 %372 to i64
	%374 = getelementptr i32, i32* %state, i64 %373
	store i32 %371, i32* %374
	br label %375

375:
	%376 = add i32 %354, %123
	%377 = icmp sge i32 %23, 0
	br i1 %377, label %378, label %383

378:
	%379 = mul i32 %1, 2048
	%380 = add i32 %379, %23
	%381 = sext i32 %380 to i64
	%382 = getelementptr i32, i32* %hist, i64 %381
	store i32 0, i32* %382
	br label %383

383:
	%384 = icmp sge i32 %36, 0
	br i1 %384, label %385, label %390

385:
	%386 = mul i32 %1, 2048
	%387 = add i32 %386, %36
	%388 = sext i32 %387 to i64
	%389 = getelementptr i32, i32* %hist, i64 %388
	store i32 0, i32* %389
	br label %390

390:
	%391 = icmp sge i32 %49, 0
	br i1 %391, label %392, label %397

392:
	%393 = mul i32 %1, 2048
	%394 = add i32 %393, %49
	%395 = sext i32 %394 to i64
	%396 = getelementptr i32, i32* %hist, i64 %395
	store i32 0, i32* %396
	br label %397

397:
	%398 = icmp sge i32 %62, 0
	br i1 %398, label %399, label %404

399:
	%400 = mul i32 %1, 2048
	%401 = add i32 %400, %62
	%402 = sext i32 %401 to i64
	%403 = getelementptr i32, i32* %hist, i64 %402
	store i32 0, i32* %403
	br label %404

404:
	%405 = icmp sge i32 %75, 0
	br i1 %405, label %406, label %411

406:
	%407 = mul i32 %1, 2048
	%408 = add i32 %407, %75
	%409 = sext i32 %408 to i64
	%410 = getelementptr i32, i32* %hist, i64 %409
	store i32 0, i32* %410
	br label %411

411:
	%412 = icmp sge i32 %88, 0
	br i1 %412, label %413, label %418

413:
	%414 = mul i32 %1, 2048
	%415 = add i32 %414, %88
	%416 = sext i32 %415 to i64
	%417 = getelementptr i32, i32* %hist, i64 %416
	store i32 0, i32* %417
	br label %418

418:
	%419 = icmp sge i32 %101, 0
	br i1 %419, label %420, label %425

420:
	%421 = mul i32 %1, 2048
	%422 = add i32 %421, %101
	%423 = sext i32 %422 to i64
	%424 = getelementptr i32, i32* %hist, i64 %423
	store i32 0, i32* %424
	br label %425

425:
	%426 = icmp sge i32 %114, 0
	br i1 %426, label %427, label %432

427:
	%428 = mul i32 %1, 2048
	%429 = add i32 %428, %114
	%430 = sext i32 %429 to i64
	%431 = getelementptr i32, i32* %hist, i64 %430
	store i32 0, i32* %431
	br label %432

432:
	ret void
}
