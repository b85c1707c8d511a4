define ptx_kernel void @$K(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 31
	%5 = lshr i32 %0, 5
	%6 = lshr i32 %4, 2
	%7 = and i32 %4, 3
	%8 = mul i32 %2, 64
	%9 = mul i32 %1, 64
	%10 = lshr i32 %5, 1
	%11 = mul i32 %10, 32
	%12 = and i32 %5, 1
	%13 = mul i32 %12, 32
	%14 = sdiv i32 %3, %group
	%15 = add i32 %8, %11
	%16 = add i32 %6, 0
	%17 = add i32 %15, %16
	%18 = add i32 %9, %13
	%19 = shl i32 %7, 1
	%20 = add i32 %19, 0
	%21 = add i32 %18, %20
	%22 = add i32 %8, %11
	%23 = add i32 %6, 0
	%24 = add i32 %22, %23
	%25 = add i32 %9, %13
	%26 = shl i32 %7, 1
	%27 = add i32 %26, 1
	%28 = add i32 %25, %27
	%29 = add i32 %8, %11
	%30 = add i32 %6, 8
	%31 = add i32 %29, %30
	%32 = add i32 %9, %13
	%33 = shl i32 %7, 1
	%34 = add i32 %33, 0
	%35 = add i32 %32, %34
	%36 = add i32 %8, %11
	%37 = add i32 %6, 8
	%38 = add i32 %36, %37
	%39 = add i32 %9, %13
	%40 = shl i32 %7, 1
	%41 = add i32 %40, 1
	%42 = add i32 %39, %41
	%43 = add i32 %8, %11
	%44 = add i32 %6, 0
	%45 = add i32 %43, %44
	%46 = add i32 %9, %13
	%47 = shl i32 %7, 1
	%48 = add i32 %47, 8
	%49 = add i32 %46, %48
	%50 = add i32 %8, %11
	%51 = add i32 %6, 0
	%52 = add i32 %50, %51
	%53 = add i32 %9, %13
	%54 = shl i32 %7, 1
	%55 = add i32 %54, 9
	%56 = add i32 %53, %55
	%57 = add i32 %8, %11
	%58 = add i32 %6, 8
	%59 = add i32 %57, %58
	%60 = add i32 %9, %13
	%61 = shl i32 %7, 1
	%62 = add i32 %61, 8
	%63 = add i32 %60, %62
	%64 = add i32 %8, %11
	%65 = add i32 %6, 8
	%66 = add i32 %64, %65
	%67 = add i32 %9, %13
	%68 = shl i32 %7, 1
	%69 = add i32 %68, 9
	%70 = add i32 %67, %69
	%71 = add i32 %8, %11
	%72 = add i32 %6, 0
	%73 = add i32 %71, %72
	%74 = add i32 %9, %13
	%75 = shl i32 %7, 1
	%76 = add i32 %75, 16
	%77 = add i32 %74, %76
	%78 = add i32 %8, %11
	%79 = add i32 %6, 0
	%80 = add i32 %78, %79
	%81 = add i32 %9, %13
	%82 = shl i32 %7, 1
	%83 = add i32 %82, 17
	%84 = add i32 %81, %83
	%85 = add i32 %8, %11
	%86 = add i32 %6, 8
	%87 = add i32 %85, %86
	%88 = add i32 %9, %13
	%89 = shl i32 %7, 1
	%90 = add i32 %89, 16
	%91 = add i32 %88, %90
	%92 = add i32 %8, %11
	%93 = add i32 %6, 8
	%94 = add i32 %92, %93
	%95 = add i32 %9, %13
	%96 = shl i32 %7, 1
	%97 = add i32 %96, 17
	%98 = add i32 %95, %97
	%99 = add i32 %8, %11
	%100 = add i32 %6, 0
	%101 = add i32 %99, %100
	%102 = add i32 %9, %13
	%103 = shl i32 %7, 1
	%104 = add i32 %103, 24
	%105 = add i32 %102, %104
	%106 = add i32 %8, %11
	%107 = add i32 %6, 0
	%108 = add i32 %106, %107
	%109 = add i32 %9, %13
	%110 = shl i32 %7, 1
	%111 = add i32 %110, 25
	%112 = add i32 %109, %111
	%113 = add i32 %8, %11
	%114 = add i32 %6, 8
	%115 = add i32 %113, %114
	%116 = add i32 %9, %13
	%117 = shl i32 %7, 1
	%118 = add i32 %117, 24
	%119 = add i32 %116, %118
	%120 = add i32 %8, %11
	%121 = add i32 %6, 8
	%122 = add i32 %120, %121
	%123 = add i32 %9, %13
	%124 = shl i32 %7, 1
	%125 = add i32 %124, 25
	%126 = add i32 %123, %125
	%127 = add i32 %8, %11
	%128 = add i32 %6, 16
	%129 = add i32 %127, %128
	%130 = add i32 %9, %13
	%131 = shl i32 %7, 1
	%132 = add i32 %131, 0
	%133 = add i32 %130, %132
	%134 = add i32 %8, %11
	%135 = add i32 %6, 16
	%136 = add i32 %134, %135
	%137 = add i32 %9, %13
	%138 = shl i32 %7, 1
	%139 = add i32 %138, 1
	%140 = add i32 %137, %139
	%141 = add i32 %8, %11
	%142 = add i32 %6, 24
	%143 = add i32 %141, %142
	%144 = add i32 %9, %13
	%145 = shl i32 %7, 1
	%146 = add i32 %145, 0
	%147 = add i32 %144, %146
	%148 = add i32 %8, %11
	%149 = add i32 %6, 24
	%150 = add i32 %148, %149
	%151 = add i32 %9, %13
	%152 = shl i32 %7, 1
	%153 = add i32 %152, 1
	%154 = add i32 %151, %153
	%155 = add i32 %8, %11
	%156 = add i32 %6, 16
	%157 = add i32 %155, %156
	%158 = add i32 %9, %13
	%159 = shl i32 %7, 1
	%160 = add i32 %159, 8
	%161 = add i32 %158, %160
	%162 = add i32 %8, %11
	%163 = add i32 %6, 16
	%164 = add i32 %162, %163
	%165 = add i32 %9, %13
	%166 = shl i32 %7, 1
	%167 = add i32 %166, 9
	%168 = add i32 %165, %167
	%169 = add i32 %8, %11
	%170 = add i32 %6, 24
	%171 = add i32 %169, %170
	%172 = add i32 %9, %13
	%173 = shl i32 %7, 1
	%174 = add i32 %173, 8
	%175 = add i32 %172, %174
	%176 = add i32 %8, %11
	%177 = add i32 %6, 24
	%178 = add i32 %176, %177
	%179 = add i32 %9, %13
	%180 = shl i32 %7, 1
	%181 = add i32 %180, 9
	%182 = add i32 %179, %181
	%183 = add i32 %8, %11
	%184 = add i32 %6, 16
	%185 = add i32 %183, %184
	%186 = add i32 %9, %13
	%187 = shl i32 %7, 1
	%188 = add i32 %187, 16
	%189 = add i32 %186, %188
	%190 = add i32 %8, %11
	%191 = add i32 %6, 16
	%192 = add i32 %190, %191
	%193 = add i32 %9, %13
	%194 = shl i32 %7, 1
	%195 = add i32 %194, 17
	%196 = add i32 %193, %195
	%197 = add i32 %8, %11
	%198 = add i32 %6, 24
	%199 = add i32 %197, %198
	%200 = add i32 %9, %13
	%201 = shl i32 %7, 1
	%202 = add i32 %201, 16
	%203 = add i32 %200, %202
	%204 = add i32 %8, %11
	%205 = add i32 %6, 24
	%206 = add i32 %204, %205
	%207 = add i32 %9, %13
	%208 = shl i32 %7, 1
	%209 = add i32 %208, 17
	%210 = add i32 %207, %209
	%211 = add i32 %8, %11
	%212 = add i32 %6, 16
	%213 = add i32 %211, %212
	%214 = add i32 %9, %13
	%215 = shl i32 %7, 1
	%216 = add i32 %215, 24
	%217 = add i32 %214, %216
	%218 = add i32 %8, %11
	%219 = add i32 %6, 16
	%220 = add i32 %218, %219
	%221 = add i32 %9, %13
	%222 = shl i32 %7, 1
	%223 = add i32 %222, 25
	%224 = add i32 %221, %223
	%225 = add i32 %8, %11
	%226 = add i32 %6, 24
	%227 = add i32 %225, %226
	%228 = add i32 %9, %13
	%229 = shl i32 %7, 1
	%230 = add i32 %229, 24
	%231 = add i32 %228, %230
	%232 = add i32 %8, %11
	%233 = add i32 %6, 24
	%234 = add i32 %232, %233
	%235 = add i32 %9, %13
	%236 = shl i32 %7, 1
	%237 = add i32 %236, 25
	%238 = add i32 %235, %237
	%239 = mul i32 %3, %ch
	%240 = mul i32 %239, %NQ
	%241 = icmp slt i32 %17, %NQ
	%242 = icmp slt i32 %21, %NK
	%243 = and i1 %241, %242
	%244 = add i32 %240, %17
	%245 = mul i32 %244, %NK
	%246 = add i32 %245, %21
	%247 = select i1 %243, i32 %246, i32 0
	%248 = sext i32 %247 to i64
	%249 = getelementptr i8, i8* %cls, i64 %248
	%250 = load i8, i8* %249
	%251 = icmp ne i8 %250, 0
	%252 = and i1 %243, %251
	%253 = or i1 false, %252
	%254 = icmp slt i32 %24, %NQ
	%255 = icmp slt i32 %28, %NK
	%256 = and i1 %254, %255
	%257 = add i32 %240, %24
	%258 = mul i32 %257, %NK
	%259 = add i32 %258, %28
	%260 = select i1 %256, i32 %259, i32 0
	%261 = sext i32 %260 to i64
	%262 = getelementptr i8, i8* %cls, i64 %261
	%263 = load i8, i8* %262
	%264 = icmp ne i8 %263, 0
	%265 = and i1 %256, %264
	%266 = or i1 %253, %265
	%267 = icmp slt i32 %31, %NQ
	%268 = icmp slt i32 %35, %NK
	%269 = and i1 %267, %268
	%270 = add i32 %240, %31
	%271 = mul i32 %270, %NK
	%272 = add i32 %271, %35
	%273 = select i1 %269, i32 %272, i32 0
	%274 = sext i32 %273 to i64
	%275 = getelementptr i8, i8* %cls, i64 %274
	%276 = load i8, i8* %275
	%277 = icmp ne i8 %276, 0
	%278 = and i1 %269, %277
	%279 = or i1 %266, %278
	%280 = icmp slt i32 %38, %NQ
	%281 = icmp slt i32 %42, %NK
	%282 = and i1 %280, %281
	%283 = add i32 %240, %38
	%284 = mul i32 %283, %NK
	%285 = add i32 %284, %42
	%286 = select i1 %282, i32 %285, i32 0
	%287 = sext i32 %286 to i64
	%288 = getelementptr i8, i8* %cls, i64 %287
	%289 = load i8, i8* %288
	%290 = icmp ne i8 %289, 0
	%291 = and i1 %282, %290
	%292 = or i1 %279, %291
	%293 = icmp slt i32 %45, %NQ
	%294 = icmp slt i32 %49, %NK
	%295 = and i1 %293, %294
	%296 = add i32 %240, %45
	%297 = mul i32 %296, %NK
	%298 = add i32 %297, %49
	%299 = select i1 %295, i32 %298, i32 0
	%300 = sext i32 %299 to i64
	%301 = getelementptr i8, i8* %cls, i64 %300
	%302 = load i8, i8* %301
	%303 = icmp ne i8 %302, 0
	%304 = and i1 %295, %303
	%305 = or i1 %292, %304
	%306 = icmp slt i32 %52, %NQ
	%307 = icmp slt i32 %56, %NK
	%308 = and i1 %306, %307
	%309 = add i32 %240, %52
	%310 = mul i32 %309, %NK
	%311 = add i32 %310, %56
	%312 = select i1 %308, i32 %311, i32 0
	%313 = sext i32 %312 to i64
	%314 = getelementptr i8, i8* %cls, i64 %313
	%315 = load i8, i8* %314
	%316 = icmp ne i8 %315, 0
	%317 = and i1 %308, %316
	%318 = or i1 %305, %317
	%319 = icmp slt i32 %59, %NQ
	%320 = icmp slt i32 %63, %NK
	%321 = and i1 %319, %320
	%322 = add i32 %240, %59
	%323 = mul i32 %322, %NK
	%324 = add i32 %323, %63
	%325 = select i1 %321, i32 %324, i32 0
	%326 = sext i32 %325 to i64
	%327 = getelementptr i8, i8* %cls, i64 %326
	%328 = load i8, i8* %327
	%329 = icmp ne i8 %328, 0
	%330 = and i1 %321, %329
	%331 = or i1 %318, %330
	%332 = icmp slt i32 %66, %NQ
	%333 = icmp slt i32 %70, %NK
	%334 = and i1 %332, %333
	%335 = add i32 %240, %66
	%336 = mul i32 %335, %NK
	%337 = add i32 %336, %70
	%338 = select i1 %334, i32 %337, i32 0
	%339 = sext i32 %338 to i64
	%340 = getelementptr i8, i8* %cls, i64 %339
	%341 = load i8, i8* %340
	%342 = icmp ne i8 %341, 0
	%343 = and i1 %334, %342
	%344 = or i1 %331, %343
	%345 = icmp slt i32 %73, %NQ
	%346 = icmp slt i32 %77, %NK
	%347 = and i1 %345, %346
	%348 = add i32 %240, %73
	%349 = mul i32 %348, %NK
	%350 = add i32 %349, %77
	%351 = select i1 %347, i32 %350, i32 0
	%352 = sext i32 %351 to i64
	%353 = getelementptr i8, i8* %cls, i64 %352
	%354 = load i8, i8* %353
	%355 = icmp ne i8 %354, 0
	%356 = and i1 %347, %355
	%357 = or i1 %344, %356
	%358 = icmp slt i32 %80, %NQ
	%359 = icmp slt i32 %84, %NK
	%360 = and i1 %358, %359
	%361 = add i32 %240, %80
	%362 = mul i32 %361, %NK
	%363 = add i32 %362, %84
	%364 = select i1 %360, i32 %363, i32 0
	%365 = sext i32 %364 to i64
	%366 = getelementptr i8, i8* %cls, i64 %365
	%367 = load i8, i8* %366
	%368 = icmp ne i8 %367, 0
	%369 = and i1 %360, %368
	%370 = or i1 %357, %369
	%371 = icmp slt i32 %87, %NQ
	%372 = icmp slt i32 %91, %NK
	%373 = and i1 %371, %372
	%374 = add i32 %240, %87
	%375 = mul i32 %374, %NK
	%376 = add i32 %375, %91
	%377 = select i1 %373, i32 %376, i32 0
	%378 = sext i32 %377 to i64
	%379 = getelementptr i8, i8* %cls, i64 %378
	%380 = load i8, i8* %379
	%381 = icmp ne i8 %380, 0
	%382 = and i1 %373, %381
	%383 = or i1 %370, %382
	%384 = icmp slt i32 %94, %NQ
	%385 = icmp slt i32 %98, %NK
	%386 = and i1 %384, %385
	%387 = add i32 %240, %94
	%388 = mul i32 %387, %NK
	%389 = add i32 %388, %98
	%390 = select i1 %386, i32 %389, i32 0
	%391 = sext i32 %390 to i64
	%392 = getelementptr i8, i8* %cls, i64 %391
	%393 = load i8, i8* %392
	%394 = icmp ne i8 %393, 0
	%395 = and i1 %386, %394
	%396 = or i1 %383, %395
	%397 = icmp slt i32 %101, %NQ
	%398 = icmp slt i32 %105, %NK
	%399 = and i1 %397, %398
	%400 = add i32 %240, %101
	%401 = mul i32 %400, %NK
	%402 = add i32 %401, %105
	%403 = select i1 %399, i32 %402, i32 0
	%404 = sext i32 %403 to i64
	%405 = getelementptr i8, i8* %cls, i64 %404
	%406 = load i8, i8* %405
	%407 = icmp ne i8 %406, 0
	%408 = and i1 %399, %407
	%409 = or i1 %396, %408
	%410 = icmp slt i32 %108, %NQ
	%411 = icmp slt i32 %112, %NK
	%412 = and i1 %410, %411
	%413 = add i32 %240, %108
	%414 = mul i32 %413, %NK
	%415 = add i32 %414, %112
	%416 = select i1 %412, i32 %415, i32 0
	%417 = sext i32 %416 to i64
	%418 = getelementptr i8, i8* %cls, i64 %417
	%419 = load i8, i8* %418
	%420 = icmp ne i8 %419, 0
	%421 = and i1 %412, %420
	%422 = or i1 %409, %421
	%423 = icmp slt i32 %115, %NQ
	%424 = icmp slt i32 %119, %NK
	%425 = and i1 %423, %424
	%426 = add i32 %240, %115
	%427 = mul i32 %426, %NK
	%428 = add i32 %427, %119
	%429 = select i1 %425, i32 %428, i32 0
	%430 = sext i32 %429 to i64
	%431 = getelementptr i8, i8* %cls, i64 %430
	%432 = load i8, i8* %431
	%433 = icmp ne i8 %432, 0
	%434 = and i1 %425, %433
	%435 = or i1 %422, %434
	%436 = icmp slt i32 %122, %NQ
	%437 = icmp slt i32 %126, %NK
	%438 = and i1 %436, %437
	%439 = add i32 %240, %122
	%440 = mul i32 %439, %NK
	%441 = add i32 %440, %126
	%442 = select i1 %438, i32 %441, i32 0
	%443 = sext i32 %442 to i64
	%444 = getelementptr i8, i8* %cls, i64 %443
	%445 = load i8, i8* %444
	%446 = icmp ne i8 %445, 0
	%447 = and i1 %438, %446
	%448 = or i1 %435, %447
	%449 = icmp slt i32 %129, %NQ
	%450 = icmp slt i32 %133, %NK
	%451 = and i1 %449, %450
	%452 = add i32 %240, %129
	%453 = mul i32 %452, %NK
	%454 = add i32 %453, %133
	%455 = select i1 %451, i32 %454, i32 0
	%456 = sext i32 %455 to i64
	%457 = getelementptr i8, i8* %cls, i64 %456
	%458 = load i8, i8* %457
	%459 = icmp ne i8 %458, 0
	%460 = and i1 %451, %459
	%461 = or i1 %448, %460
	%462 = icmp slt i32 %136, %NQ
	%463 = icmp slt i32 %140, %NK
	%464 = and i1 %462, %463
	%465 = add i32 %240, %136
	%466 = mul i32 %465, %NK
	%467 = add i32 %466, %140
	%468 = select i1 %464, i32 %467, i32 0
	%469 = sext i32 %468 to i64
	%470 = getelementptr i8, i8* %cls, i64 %469
	%471 = load i8, i8* %470
	%472 = icmp ne i8 %471, 0
	%473 = and i1 %464, %472
	%474 = or i1 %461, %473
	%475 = icmp slt i32 %143, %NQ
	%476 = icmp slt i32 %147, %NK
	%477 = and i1 %475, %476
	%478 = add i32 %240, %143
	%479 = mul i32 %478, %NK
	%480 = add i32 %479, %147
	%481 = select i1 %477, i32 %480, i32 0
	%482 = sext i32 %481 to i64
	%483 = getelementptr i8, i8* %cls, i64 %482
	%484 = load i8, i8* %483
	%485 = icmp ne i8 %484, 0
	%486 = and i1 %477, %485
	%487 = or i1 %474, %486
	%488 = icmp slt i32 %150, %NQ
	%489 = icmp slt i32 %154, %NK
	%490 = and i1 %488, %489
	%491 = add i32 %240, %150
	%492 = mul i32 %491, %NK
	%493 = add i32 %492, %154
	%494 = select i1 %490, i32 %493, i32 0
	%495 = sext i32 %494 to i64
	%496 = getelementptr i8, i8* %cls, i64 %495
	%497 = load i8, i8* %496
	%498 = icmp ne i8 %497, 0
	%499 = and i1 %490, %498
	%500 = or i1 %487, %499
	%501 = icmp slt i32 %157, %NQ
	%502 = icmp slt i32 %161, %NK
	%503 = and i1 %501, %502
	%504 = add i32 %240, %157
	%505 = mul i32 %504, %NK
	%506 = add i32 %505, %161
	%507 = select i1 %503, i32 %506, i32 0
	%508 = sext i32 %507 to i64
	%509 = getelementptr i8, i8* %cls, i64 %508
	%510 = load i8, i8* %509
	%511 = icmp ne i8 %510, 0
	%512 = and i1 %503, %511
	%513 = or i1 %500, %512
	%514 = icmp slt i32 %164, %NQ
	%515 = icmp slt i32 %168, %NK
	%516 = and i1 %514, %515
	%517 = add i32 %240, %164
	%518 = mul i32 %517, %NK
	%519 = add i32 %518, %168
	%520 = select i1 %516, i32 %519, i32 0
	%521 = sext i32 %520 to i64
	%522 = getelementptr i8, i8* %cls, i64 %521
	%523 = load i8, i8* %522
	%524 = icmp ne i8 %523, 0
	%525 = and i1 %516, %524
	%526 = or i1 %513, %525
	%527 = icmp slt i32 %171, %NQ
	%528 = icmp slt i32 %175, %NK
	%529 = and i1 %527, %528
	%530 = add i32 %240, %171
	%531 = mul i32 %530, %NK
	%532 = add i32 %531, %175
	%533 = select i1 %529, i32 %532, i32 0
	%534 = sext i32 %533 to i64
	%535 = getelementptr i8, i8* %cls, i64 %534
	%536 = load i8, i8* %535
	%537 = icmp ne i8 %536, 0
	%538 = and i1 %529, %537
	%539 = or i1 %526, %538
	%540 = icmp slt i32 %178, %NQ
	%541 = icmp slt i32 %182, %NK
	%542 = and i1 %540, %541
	%543 = add i32 %240, %178
	%544 = mul i32 %543, %NK
	%545 = add i32 %544, %182
	%546 = select i1 %542, i32 %545, i32 0
	%547 = sext i32 %546 to i64
	%548 = getelementptr i8, i8* %cls, i64 %547
	%549 = load i8, i8* %548
	%550 = icmp ne i8 %549, 0
	%551 = and i1 %542, %550
	%552 = or i1 %539, %551
	%553 = icmp slt i32 %185, %NQ
	%554 = icmp slt i32 %189, %NK
	%555 = and i1 %553, %554
	%556 = add i32 %240, %185
	%557 = mul i32 %556, %NK
	%558 = add i32 %557, %189
	%559 = select i1 %555, i32 %558, i32 0
	%560 = sext i32 %559 to i64
	%561 = getelementptr i8, i8* %cls, i64 %560
	%562 = load i8, i8* %561
	%563 = icmp ne i8 %562, 0
	%564 = and i1 %555, %563
	%565 = or i1 %552, %564
	%566 = icmp slt i32 %192, %NQ
	%567 = icmp slt i32 %196, %NK
	%568 = and i1 %566, %567
	%569 = add i32 %240, %192
	%570 = mul i32 %569, %NK
	%571 = add i32 %570, %196
	%572 = select i1 %568, i32 %571, i32 0
	%573 = sext i32 %572 to i64
	%574 = getelementptr i8, i8* %cls, i64 %573
	%575 = load i8, i8* %574
	%576 = icmp ne i8 %575, 0
	%577 = and i1 %568, %576
	%578 = or i1 %565, %577
	%579 = icmp slt i32 %199, %NQ
	%580 = icmp slt i32 %203, %NK
	%581 = and i1 %579, %580
	%582 = add i32 %240, %199
	%583 = mul i32 %582, %NK
	%584 = add i32 %583, %203
	%585 = select i1 %581, i32 %584, i32 0
	%586 = sext i32 %585 to i64
	%587 = getelementptr i8, i8* %cls, i64 %586
	%588 = load i8, i8* %587
	%589 = icmp ne i8 %588, 0
	%590 = and i1 %581, %589
	%591 = or i1 %578, %590
	%592 = icmp slt i32 %206, %NQ
	%593 = icmp slt i32 %210, %NK
	%594 = and i1 %592, %593
	%595 = add i32 %240, %206
	%596 = mul i32 %595, %NK
	%597 = add i32 %596, %210
	%598 = select i1 %594, i32 %597, i32 0
	%599 = sext i32 %598 to i64
	%600 = getelementptr i8, i8* %cls, i64 %599
	%601 = load i8, i8* %600
	%602 = icmp ne i8 %601, 0
	%603 = and i1 %594, %602
	%604 = or i1 %591, %603
	%605 = icmp slt i32 %213, %NQ
	%606 = icmp slt i32 %217, %NK
	%607 = and i1 %605, %606
	%608 = add i32 %240, %213
	%609 = mul i32 %608, %NK
	%610 = add i32 %609, %217
	%611 = select i1 %607, i32 %610, i32 0
	%612 = sext i32 %611 to i64
	%613 = getelementptr i8, i8* %cls, i64 %612
	%614 = load i8, i8* %613
	%615 = icmp ne i8 %614, 0
	%616 = and i1 %607, %615
	%617 = or i1 %604, %616
	%618 = icmp slt i32 %220, %NQ
	%619 = icmp slt i32 %224, %NK
	%620 = and i1 %618, %619
	%621 = add i32 %240, %220
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %224
	%624 = select i1 %620, i32 %623, i32 0
	%625 = sext i32 %624 to i64
	%626 = getelementptr i8, i8* %cls, i64 %625
	%627 = load i8, i8* %626
	%628 = icmp ne i8 %627, 0
	%629 = and i1 %620, %628
	%630 = or i1 %617, %629
	%631 = icmp slt i32 %227, %NQ
	%632 = icmp slt i32 %231, %NK
	%633 = and i1 %631, %632
	%634 = add i32 %240, %227
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %231
	%637 = select i1 %633, i32 %636, i32 0
	%638 = sext i32 %637 to i64
	%639 = getelementptr i8, i8* %cls, i64 %638
	%640 = load i8, i8* %639
	%641 = icmp ne i8 %640, 0
	%642 = and i1 %633, %641
	%643 = or i1 %630, %642
	%644 = icmp slt i32 %234, %NQ
	%645 = icmp slt i32 %238, %NK
	%646 = and i1 %644, %645
	%647 = add i32 %240, %234
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %238
	%650 = select i1 %646, i32 %649, i32 0
	%651 = sext i32 %650 to i64
	%652 = getelementptr i8, i8* %cls, i64 %651
	%653 = load i8, i8* %652
	%654 = icmp ne i8 %653, 0
	%655 = and i1 %646, %654
	%656 = or i1 %643, %655
	%657 = zext i1 %656 to i32
	%658 = call i32 @llvm.nvvm.barrier0.or(i32 %657)
	%659 = icmp ne i32 %658, 0
	br i1 %659, label %work, label %skip

work:
	%660 = ptrtoint [4096 x float] addrspace(3)* @$K_raw to i32
	%661 = add i32 %0, 0
	%662 = udiv i32 %661, 8
	%663 = urem i32 %661, 8
	%664 = add i32 %8, %662
	%665 = icmp slt i32 %664, %NQ
	%666 = select i1 %665, i32 %664, i32 0
	%667 = mul i32 %3, %NQ
	%668 = add i32 %667, %666
	%669 = mul i32 %668, 64
	%670 = add i32 %669, 0
	%671 = shl i32 %663, 2
	%672 = add i32 %670, %671
	%673 = add i32 0, %662
	%674 = mul i32 %673, 32
	%675 = shl i32 %663, 2
	%676 = add i32 %674, %675
	%677 = mul i32 %676, 4
	%678 = add i32 %660, %677
	%679 = sext i32 %672 to i64
	%680 = getelementptr float, float* %qm, i64 %679
	%681 = select i1 %665, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %678, float* %680, i32 %681)
	%682 = add i32 %0, 128
	%683 = udiv i32 %682, 8
	%684 = urem i32 %682, 8
	%685 = add i32 %8, %683
	%686 = icmp slt i32 %685, %NQ
	%687 = select i1 %686, i32 %685, i32 0
	%688 = mul i32 %3, %NQ
	%689 = add i32 %688, %687
	%690 = mul i32 %689, 64
	%691 = add i32 %690, 0
	%692 = shl i32 %684, 2
	%693 = add i32 %691, %692
	%694 = add i32 0, %683
	%695 = mul i32 %694, 32
	%696 = shl i32 %684, 2
	%697 = add i32 %695, %696
	%698 = mul i32 %697, 4
	%699 = add i32 %660, %698
	%700 = sext i32 %693 to i64
	%701 = getelementptr float, float* %qm, i64 %700
	%702 = select i1 %686, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %699, float* %701, i32 %702)
	%703 = add i32 %0, 256
	%704 = udiv i32 %703, 8
	%705 = urem i32 %703, 8
	%706 = add i32 %8, %704
	%707 = icmp slt i32 %706, %NQ
	%708 = select i1 %707, i32 %706, i32 0
	%709 = mul i32 %3, %NQ
	%710 = add i32 %709, %708
	%711 = mul i32 %710, 64
	%712 = add i32 %711, 0
	%713 = shl i32 %705, 2
	%714 = add i32 %712, %713
	%715 = add i32 0, %704
	%716 = mul i32 %715, 32
	%717 = shl i32 %705, 2
	%718 = add i32 %716, %717
	%719 = mul i32 %718, 4
	%720 = add i32 %660, %719
	%721 = sext i32 %714 to i64
	%722 = getelementptr float, float* %qm, i64 %721
	%723 = select i1 %707, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %720, float* %722, i32 %723)
	%724 = add i32 %0, 384
	%725 = udiv i32 %724, 8
	%726 = urem i32 %724, 8
	%727 = add i32 %8, %725
	%728 = icmp slt i32 %727, %NQ
	%729 = select i1 %728, i32 %727, i32 0
	%730 = mul i32 %3, %NQ
	%731 = add i32 %730, %729
	%732 = mul i32 %731, 64
	%733 = add i32 %732, 0
	%734 = shl i32 %726, 2
	%735 = add i32 %733, %734
	%736 = add i32 0, %725
	%737 = mul i32 %736, 32
	%738 = shl i32 %726, 2
	%739 = add i32 %737, %738
	%740 = mul i32 %739, 4
	%741 = add i32 %660, %740
	%742 = sext i32 %735 to i64
	%743 = getelementptr float, float* %qm, i64 %742
	%744 = select i1 %728, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %741, float* %743, i32 %744)
	%745 = add i32 %0, 0
	%746 = udiv i32 %745, 8
	%747 = urem i32 %745, 8
	%748 = add i32 %9, %746
	%749 = icmp slt i32 %748, %NK
	%750 = select i1 %749, i32 %748, i32 0
	%751 = mul i32 %14, %NK
	%752 = add i32 %751, %750
	%753 = mul i32 %752, 64
	%754 = add i32 %753, 0
	%755 = shl i32 %747, 2
	%756 = add i32 %754, %755
	%757 = add i32 64, %746
	%758 = mul i32 %757, 32
	%759 = shl i32 %747, 2
	%760 = add i32 %758, %759
	%761 = mul i32 %760, 4
	%762 = add i32 %660, %761
	%763 = sext i32 %756 to i64
	%764 = getelementptr float, float* %km, i64 %763
	%765 = select i1 %749, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %762, float* %764, i32 %765)
	%766 = add i32 %0, 128
	%767 = udiv i32 %766, 8
	%768 = urem i32 %766, 8
	%769 = add i32 %9, %767
	%770 = icmp slt i32 %769, %NK
	%771 = select i1 %770, i32 %769, i32 0
	%772 = mul i32 %14, %NK
	%773 = add i32 %772, %771
	%774 = mul i32 %773, 64
	%775 = add i32 %774, 0
	%776 = shl i32 %768, 2
	%777 = add i32 %775, %776
	%778 = add i32 64, %767
	%779 = mul i32 %778, 32
	%780 = shl i32 %768, 2
	%781 = add i32 %779, %780
	%782 = mul i32 %781, 4
	%783 = add i32 %660, %782
	%784 = sext i32 %777 to i64
	%785 = getelementptr float, float* %km, i64 %784
	%786 = select i1 %770, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %783, float* %785, i32 %786)
	%787 = add i32 %0, 256
	%788 = udiv i32 %787, 8
	%789 = urem i32 %787, 8
	%790 = add i32 %9, %788
	%791 = icmp slt i32 %790, %NK
	%792 = select i1 %791, i32 %790, i32 0
	%793 = mul i32 %14, %NK
	%794 = add i32 %793, %792
	%795 = mul i32 %794, 64
	%796 = add i32 %795, 0
	%797 = shl i32 %789, 2
	%798 = add i32 %796, %797
	%799 = add i32 64, %788
	%800 = mul i32 %799, 32
	%801 = shl i32 %789, 2
	%802 = add i32 %800, %801
	%803 = mul i32 %802, 4
	%804 = add i32 %660, %803
	%805 = sext i32 %798 to i64
	%806 = getelementptr float, float* %km, i64 %805
	%807 = select i1 %791, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %804, float* %806, i32 %807)
	%808 = add i32 %0, 384
	%809 = udiv i32 %808, 8
	%810 = urem i32 %808, 8
	%811 = add i32 %9, %809
	%812 = icmp slt i32 %811, %NK
	%813 = select i1 %812, i32 %811, i32 0
	%814 = mul i32 %14, %NK
	%815 = add i32 %814, %813
	%816 = mul i32 %815, 64
	%817 = add i32 %816, 0
	%818 = shl i32 %810, 2
	%819 = add i32 %817, %818
	%820 = add i32 64, %809
	%821 = mul i32 %820, 32
	%822 = shl i32 %810, 2
	%823 = add i32 %821, %822
	%824 = mul i32 %823, 4
	%825 = add i32 %660, %824
	%826 = sext i32 %819 to i64
	%827 = getelementptr float, float* %km, i64 %826
	%828 = select i1 %812, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %825, float* %827, i32 %828)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %829

skip:
	ret void

829:
	%830 = phi i32 [ 0, %work ], [ %2740, %2739 ]
	%831 = phi float [ 0.0, %work ], [ %2068, %2739 ]
	%832 = phi float [ 0.0, %work ], [ %2069, %2739 ]
	%833 = phi float [ 0.0, %work ], [ %2070, %2739 ]
	%834 = phi float [ 0.0, %work ], [ %2071, %2739 ]
	%835 = phi float [ 0.0, %work ], [ %2072, %2739 ]
	%836 = phi float [ 0.0, %work ], [ %2073, %2739 ]
	%837 = phi float [ 0.0, %work ], [ %2074, %2739 ]
	%838 = phi float [ 0.0, %work ], [ %2075, %2739 ]
	%839 = phi float [ 0.0, %work ], [ %2076, %2739 ]
	%840 = phi float [ 0.0, %work ], [ %2077, %2739 ]
	%841 = phi float [ 0.0, %work ], [ %2078, %2739 ]
	%842 = phi float [ 0.0, %work ], [ %2079, %2739 ]
	%843 = phi float [ 0.0, %work ], [ %2080, %2739 ]
	%844 = phi float [ 0.0, %work ], [ %2081, %2739 ]
	%845 = phi float [ 0.0, %work ], [ %2082, %2739 ]
	%846 = phi float [ 0.0, %work ], [ %2083, %2739 ]
	%847 = phi float [ 0.0, %work ], [ %2084, %2739 ]
	%848 = phi float [ 0.0, %work ], [ %2085, %2739 ]
	%849 = phi float [ 0.0, %work ], [ %2086, %2739 ]
	%850 = phi float [ 0.0, %work ], [ %2087, %2739 ]
	%851 = phi float [ 0.0, %work ], [ %2088, %2739 ]
	%852 = phi float [ 0.0, %work ], [ %2089, %2739 ]
	%853 = phi float [ 0.0, %work ], [ %2090, %2739 ]
	%854 = phi float [ 0.0, %work ], [ %2091, %2739 ]
	%855 = phi float [ 0.0, %work ], [ %2092, %2739 ]
	%856 = phi float [ 0.0, %work ], [ %2093, %2739 ]
	%857 = phi float [ 0.0, %work ], [ %2094, %2739 ]
	%858 = phi float [ 0.0, %work ], [ %2095, %2739 ]
	%859 = phi float [ 0.0, %work ], [ %2096, %2739 ]
	%860 = phi float [ 0.0, %work ], [ %2097, %2739 ]
	%861 = phi float [ 0.0, %work ], [ %2098, %2739 ]
	%862 = phi float [ 0.0, %work ], [ %2099, %2739 ]
	%863 = icmp slt i32 %830, 64
	br i1 %863, label %864, label %1891

864:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%865 = add i32 %0, 0
	%866 = udiv i32 %865, 8
	%867 = urem i32 %865, 8
	%868 = add i32 0, %866
	%869 = mul i32 %868, 32
	%870 = shl i32 %867, 2
	%871 = add i32 %869, %870
	%872 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_raw, i32 0, i32 %871
	%873 = bitcast float addrspace(3)* %872 to <4 x float> addrspace(3)*
	%874 = load <4 x float>, <4 x float> addrspace(3)* %873, align 16
	%875 = extractelement <4 x float> %874, i32 0
	%876 = extractelement <4 x float> %874, i32 1
	%877 = extractelement <4 x float> %874, i32 2
	%878 = extractelement <4 x float> %874, i32 3
	%879 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %876, float %875)
	%880 = trunc i32 %879 to i16
	%881 = zext i16 %880 to i32
	%882 = shl i32 %881, 16
	%883 = bitcast i32 %882 to float
	%884 = fcmp oeq float %883, 0x7FF0000000000000
	%885 = fneg float 0x7FF0000000000000
	%886 = fcmp oeq float %883, %885
	%887 = or i1 %884, %886
	%888 = fsub float %875, %883
	%889 = select i1 %887, float 0.0, float %888
	%890 = lshr i32 %879, 16
	%891 = trunc i32 %890 to i16
	%892 = zext i16 %891 to i32
	%893 = shl i32 %892, 16
	%894 = bitcast i32 %893 to float
	%895 = fcmp oeq float %894, 0x7FF0000000000000
	%896 = fneg float 0x7FF0000000000000
	%897 = fcmp oeq float %894, %896
	%898 = or i1 %895, %897
	%899 = fsub float %876, %894
	%900 = select i1 %898, float 0.0, float %899
	%901 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %900, float %889)
	%902 = trunc i32 %901 to i16
	%903 = zext i16 %902 to i32
	%904 = shl i32 %903, 16
	%905 = bitcast i32 %904 to float
	%906 = fcmp oeq float %905, 0x7FF0000000000000
	%907 = fneg float 0x7FF0000000000000
	%908 = fcmp oeq float %905, %907
	%909 = or i1 %906, %908
	%910 = fsub float %889, %905
	%911 = select i1 %909, float 0.0, float %910
	%912 = lshr i32 %901, 16
	%913 = trunc i32 %912 to i16
	%914 = zext i16 %913 to i32
	%915 = shl i32 %914, 16
	%916 = bitcast i32 %915 to float
	%917 = fcmp oeq float %916, 0x7FF0000000000000
	%918 = fneg float 0x7FF0000000000000
	%919 = fcmp oeq float %916, %918
	%920 = or i1 %917, %919
	%921 = fsub float %900, %916
	%922 = select i1 %920, float 0.0, float %921
	%923 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %922, float %911)
	%924 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %878, float %877)
	%925 = trunc i32 %924 to i16
	%926 = zext i16 %925 to i32
	%927 = shl i32 %926, 16
	%928 = bitcast i32 %927 to float
	%929 = fcmp oeq float %928, 0x7FF0000000000000
	%930 = fneg float 0x7FF0000000000000
	%931 = fcmp oeq float %928, %930
	%932 = or i1 %929, %931
	%933 = fsub float %877, %928
	%934 = select i1 %932, float 0.0, float %933
	%935 = lshr i32 %924, 16
	%936 = trunc i32 %935 to i16
	%937 = zext i16 %936 to i32
	%938 = shl i32 %937, 16
	%939 = bitcast i32 %938 to float
	%940 = fcmp oeq float %939, 0x7FF0000000000000
	%941 = fneg float 0x7FF0000000000000
	%942 = fcmp oeq float %939, %941
	%943 = or i1 %940, %942
	%944 = fsub float %878, %939
	%945 = select i1 %943, float 0.0, float %944
	%946 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %945, float %934)
	%947 = trunc i32 %946 to i16
	%948 = zext i16 %947 to i32
	%949 = shl i32 %948, 16
	%950 = bitcast i32 %949 to float
	%951 = fcmp oeq float %950, 0x7FF0000000000000
	%952 = fneg float 0x7FF0000000000000
	%953 = fcmp oeq float %950, %952
	%954 = or i1 %951, %953
	%955 = fsub float %934, %950
	%956 = select i1 %954, float 0.0, float %955
	%957 = lshr i32 %946, 16
	%958 = trunc i32 %957 to i16
	%959 = zext i16 %958 to i32
	%960 = shl i32 %959, 16
	%961 = bitcast i32 %960 to float
	%962 = fcmp oeq float %961, 0x7FF0000000000000
	%963 = fneg float 0x7FF0000000000000
	%964 = fcmp oeq float %961, %963
	%965 = or i1 %962, %964
	%966 = fsub float %945, %961
	%967 = select i1 %965, float 0.0, float %966
	%968 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %967, float %956)
	%969 = insertelement <2 x i32> undef, i32 %879, i32 0
	%970 = insertelement <2 x i32> %969, i32 %924, i32 1
	%971 = mul i32 %866, 20
	%972 = shl i32 %867, 1
	%973 = add i32 %971, %972
	%974 = add i32 %973, 0
	%975 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %974
	%976 = bitcast i32 addrspace(3)* %975 to <2 x i32> addrspace(3)*
	store <2 x i32> %970, <2 x i32> addrspace(3)* %976, align 8
	%977 = insertelement <2 x i32> undef, i32 %901, i32 0
	%978 = insertelement <2 x i32> %977, i32 %946, i32 1
	%979 = mul i32 %866, 20
	%980 = shl i32 %867, 1
	%981 = add i32 %979, %980
	%982 = add i32 %981, 1280
	%983 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %982
	%984 = bitcast i32 addrspace(3)* %983 to <2 x i32> addrspace(3)*
	store <2 x i32> %978, <2 x i32> addrspace(3)* %984, align 8
	%985 = insertelement <2 x i32> undef, i32 %923, i32 0
	%986 = insertelement <2 x i32> %985, i32 %968, i32 1
	%987 = mul i32 %866, 20
	%988 = shl i32 %867, 1
	%989 = add i32 %987, %988
	%990 = add i32 %989, 2560
	%991 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %990
	%992 = bitcast i32 addrspace(3)* %991 to <2 x i32> addrspace(3)*
	store <2 x i32> %986, <2 x i32> addrspace(3)* %992, align 8
	%993 = add i32 %0, 128
	%994 = udiv i32 %993, 8
	%995 = urem i32 %993, 8
	%996 = add i32 0, %994
	%997 = mul i32 %996, 32
	%998 = shl i32 %995, 2
	%999 = add i32 %997, %998
	%1000 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_raw, i32 0, i32 %999
	%1001 = bitcast float addrspace(3)* %1000 to <4 x float> addrspace(3)*
	%1002 = load <4 x float>, <4 x float> addrspace(3)* %1001, align 16
	%1003 = extractelement <4 x float> %1002, i32 0
	%1004 = extractelement <4 x float> %1002, i32 1
	%1005 = extractelement <4 x float> %1002, i32 2
	%1006 = extractelement <4 x float> %1002, i32 3
	%1007 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1004, float %1003)
	%1008 = trunc i32 %1007 to i16
	%1009 = zext i16 %1008 to i32
	%1010 = shl i32 %1009, 16
	%1011 = bitcast i32 %1010 to float
	%1012 = fcmp oeq float %1011, 0x7FF0000000000000
	%1013 = fneg float 0x7FF0000000000000
	%1014 = fcmp oeq float %1011, %1013
	%1015 = or i1 %1012, %1014
	%1016 = fsub float %1003, %1011
	%1017 = select i1 %1015, float 0.0, float %1016
	%1018 = lshr i32 %1007, 16
	%1019 = trunc i32 %1018 to i16
	%1020 = zext i16 %1019 to i32
	%1021 = shl i32 %1020, 16
	%1022 = bitcast i32 %1021 to float
	%1023 = fcmp oeq float %1022, 0x7FF0000000000000
	%1024 = fneg float 0x7FF0000000000000
	%1025 = fcmp oeq float %1022, %1024
	%1026 = or i1 %1023, %1025
	%1027 = fsub float %1004, %1022
	%1028 = select i1 %1026, float 0.0, float %1027
	%1029 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1028, float %1017)
	%1030 = trunc i32 %1029 to i16
	%1031 = zext i16 %1030 to i32
	%1032 = shl i32 %1031, 16
	%1033 = bitcast i32 %1032 to float
	%1034 = fcmp oeq float %1033, 0x7FF0000000000000
	%1035 = fneg float 0x7FF0000000000000
	%1036 = fcmp oeq float %1033, %1035
	%1037 = or i1 %1034, %1036
	%1038 = fsub float %1017, %1033
	%1039 = select i1 %1037, float 0.0, float %1038
	%1040 = lshr i32 %1029, 16
	%1041 = trunc i32 %1040 to i16
	%1042 = zext i16 %1041 to i32
	%1043 = shl i32 %1042, 16
	%1044 = bitcast i32 %1043 to float
	%1045 = fcmp oeq float %1044, 0x7FF0000000000000
	%1046 = fneg float 0x7FF0000000000000
	%1047 = fcmp oeq float %1044, %1046
	%1048 = or i1 %1045, %1047
	%1049 = fsub float %1028, %1044
	%1050 = select i1 %1048, float 0.0, float %1049
	%1051 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1050, float %1039)
	%1052 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1006, float %1005)
	%1053 = trunc i32 %1052 to i16
	%1054 = zext i16 %1053 to i32
	%1055 = shl i32 %1054, 16
	%1056 = bitcast i32 %1055 to float
	%1057 = fcmp oeq float %1056, 0x7FF0000000000000
	%1058 = fneg float 0x7FF0000000000000
	%1059 = fcmp oeq float %1056, %1058
	%1060 = or i1 %1057, %1059
	%1061 = fsub float %1005, %1056
	%1062 = select i1 %1060, float 0.0, float %1061
	%1063 = lshr i32 %1052, 16
	%1064 = trunc i32 %1063 to i16
	%1065 = zext i16 %1064 to i32
	%1066 = shl i32 %1065, 16
	%1067 = bitcast i32 %1066 to float
	%1068 = fcmp oeq float %1067, 0x7FF0000000000000
	%1069 = fneg float 0x7FF0000000000000
	%1070 = fcmp oeq float %1067, %1069
	%1071 = or i1 %1068, %1070
	%1072 = fsub float %1006, %1067
	%1073 = select i1 %1071, float 0.0, float %1072
	%1074 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1073, float %1062)
	%1075 = trunc i32 %1074 to i16
	%1076 = zext i16 %1075 to i32
	%1077 = shl i32 %1076, 16
	%1078 = bitcast i32 %1077 to float
	%1079 = fcmp oeq float %1078, 0x7FF0000000000000
	%1080 = fneg float 0x7FF0000000000000
	%1081 = fcmp oeq float %1078, %1080
	%1082 = or i1 %1079, %1081
	%1083 = fsub float %1062, %1078
	%1084 = select i1 %1082, float 0.0, float %1083
	%1085 = lshr i32 %1074, 16
	%1086 = trunc i32 %1085 to i16
	%1087 = zext i16 %1086 to i32
	%1088 = shl i32 %1087, 16
	%1089 = bitcast i32 %1088 to float
	%1090 = fcmp oeq float %1089, 0x7FF0000000000000
	%1091 = fneg float 0x7FF0000000000000
	%1092 = fcmp oeq float %1089, %1091
	%1093 = or i1 %1090, %1092
	%1094 = fsub float %1073, %1089
	%1095 = select i1 %1093, float 0.0, float %1094
	%1096 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1095, float %1084)
	%1097 = insertelement <2 x i32> undef, i32 %1007, i32 0
	%1098 = insertelement <2 x i32> %1097, i32 %1052, i32 1
	%1099 = mul i32 %994, 20
	%1100 = shl i32 %995, 1
	%1101 = add i32 %1099, %1100
	%1102 = add i32 %1101, 0
	%1103 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1102
	%1104 = bitcast i32 addrspace(3)* %1103 to <2 x i32> addrspace(3)*
	store <2 x i32> %1098, <2 x i32> addrspace(3)* %1104, align 8
	%1105 = insertelement <2 x i32> undef, i32 %1029, i32 0
	%1106 = insertelement <2 x i32> %1105, i32 %1074, i32 1
	%1107 = mul i32 %994, 20
	%1108 = shl i32 %995, 1
	%1109 = add i32 %1107, %1108
	%1110 = add i32 %1109, 1280
	%1111 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1110
	%1112 = bitcast i32 addrspace(3)* %1111 to <2 x i32> addrspace(3)*
	store <2 x i32> %1106, <2 x i32> addrspace(3)* %1112, align 8
	%1113 = insertelement <2 x i32> undef, i32 %1051, i32 0
	%1114 = insertelement <2 x i32> %1113, i32 %1096, i32 1
	%1115 = mul i32 %994, 20
	%1116 = shl i32 %995, 1
	%1117 = add i32 %1115, %1116
	%1118 = add i32 %1117, 2560
	%1119 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1118
	%1120 = bitcast i32 addrspace(3)* %1119 to <2 x i32> addrspace(3)*
	store <2 x i32> %1114, <2 x i32> addrspace(3)* %1120, align 8
	%1121 = add i32 %0, 256
	%1122 = udiv i32 %1121, 8
	%1123 = urem i32 %1121, 8
	%1124 = add i32 0, %1122
	%1125 = mul i32 %1124, 32
	%1126 = shl i32 %1123, 2
	%1127 = add i32 %1125, %1126
	%1128 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_raw, i32 0, i32 %1127
	%1129 = bitcast float addrspace(3)* %1128 to <4 x float> addrspace(3)*
	%1130 = load <4 x float>, <4 x float> addrspace(3)* %1129, align 16
	%1131 = extractelement <4 x float> %1130, i32 0
	%1132 = extractelement <4 x float> %1130, i32 1
	%1133 = extractelement <4 x float> %1130, i32 2
	%1134 = extractelement <4 x float> %1130, i32 3
	%1135 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1132, float %1131)
	%1136 = trunc i32 %1135 to i16
	%1137 = zext i16 %1136 to i32
	%1138 = shl i32 %1137, 16
	%1139 = bitcast i32 %1138 to float
	%1140 = fcmp oeq float %1139, 0x7FF0000000000000
	%1141 = fneg float 0x7FF0000000000000
	%1142 = fcmp oeq float %1139, %1141
	%1143 = or i1 %1140, %1142
	%1144 = fsub float %1131, %1139
	%1145 = select i1 %1143, float 0.0, float %1144
	%1146 = lshr i32 %1135, 16
	%1147 = trunc i32 %1146 to i16
	%1148 = zext i16 %1147 to i32
	%1149 = shl i32 %1148, 16
	%1150 = bitcast i32 %1149 to float
	%1151 = fcmp oeq float %1150, 0x7FF0000000000000
	%1152 = fneg float 0x7FF0000000000000
	%1153 = fcmp oeq float %1150, %1152
	%1154 = or i1 %1151, %1153
	%1155 = fsub float %1132, %1150
	%1156 = select i1 %1154, float 0.0, float %1155
	%1157 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1156, float %1145)
	%1158 = trunc i32 %1157 to i16
	%1159 = zext i16 %1158 to i32
	%1160 = shl i32 %1159, 16
	%1161 = bitcast i32 %1160 to float
	%1162 = fcmp oeq float %1161, 0x7FF0000000000000
	%1163 = fneg float 0x7FF0000000000000
	%1164 = fcmp oeq float %1161, %1163
	%1165 = or i1 %1162, %1164
	%1166 = fsub float %1145, %1161
	%1167 = select i1 %1165, float 0.0, float %1166
	%1168 = lshr i32 %1157, 16
	%1169 = trunc i32 %1168 to i16
	%1170 = zext i16 %1169 to i32
	%1171 = shl i32 %1170, 16
	%1172 = bitcast i32 %1171 to float
	%1173 = fcmp oeq float %1172, 0x7FF0000000000000
	%1174 = fneg float 0x7FF0000000000000
	%1175 = fcmp oeq float %1172, %1174
	%1176 = or i1 %1173, %1175
	%1177 = fsub float %1156, %1172
	%1178 = select i1 %1176, float 0.0, float %1177
	%1179 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1178, float %1167)
	%1180 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1134, float %1133)
	%1181 = trunc i32 %1180 to i16
	%1182 = zext i16 %1181 to i32
	%1183 = shl i32 %1182, 16
	%1184 = bitcast i32 %1183 to float
	%1185 = fcmp oeq float %1184, 0x7FF0000000000000
	%1186 = fneg float 0x7FF0000000000000
	%1187 = fcmp oeq float %1184, %1186
	%1188 = or i1 %1185, %1187
	%1189 = fsub float %1133, %1184
	%1190 = select i1 %1188, float 0.0, float %1189
	%1191 = lshr i32 %1180, 16
	%1192 = trunc i32 %1191 to i16
	%1193 = zext i16 %1192 to i32
	%1194 = shl i32 %1193, 16
	%1195 = bitcast i32 %1194 to float
	%1196 = fcmp oeq float %1195, 0x7FF0000000000000
	%1197 = fneg float 0x7FF0000000000000
	%1198 = fcmp oeq float %1195, %1197
	%1199 = or i1 %1196, %1198
	%1200 = fsub float %1134, %1195
	%1201 = select i1 %1199, float 0.0, float %1200
	%1202 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1201, float %1190)
	%1203 = trunc i32 %1202 to i16
	%1204 = zext i16 %1203 to i32
	%1205 = shl i32 %1204, 16
	%1206 = bitcast i32 %1205 to float
	%1207 = fcmp oeq float %1206, 0x7FF0000000000000
	%1208 = fneg float 0x7FF0000000000000
	%1209 = fcmp oeq float %1206, %1208
	%1210 = or i1 %1207, %1209
	%1211 = fsub float %1190, %1206
	%1212 = select i1 %1210, float 0.0, float %1211
	%1213 = lshr i32 %1202, 16
	%1214 = trunc i32 %1213 to i16
	%1215 = zext i16 %1214 to i32
	%1216 = shl i32 %1215, 16
	%1217 = bitcast i32 %1216 to float
	%1218 = fcmp oeq float %1217, 0x7FF0000000000000
	%1219 = fneg float 0x7FF0000000000000
	%1220 = fcmp oeq float %1217, %1219
	%1221 = or i1 %1218, %1220
	%1222 = fsub float %1201, %1217
	%1223 = select i1 %1221, float 0.0, float %1222
	%1224 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1223, float %1212)
	%1225 = insertelement <2 x i32> undef, i32 %1135, i32 0
	%1226 = insertelement <2 x i32> %1225, i32 %1180, i32 1
	%1227 = mul i32 %1122, 20
	%1228 = shl i32 %1123, 1
	%1229 = add i32 %1227, %1228
	%1230 = add i32 %1229, 0
	%1231 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1230
	%1232 = bitcast i32 addrspace(3)* %1231 to <2 x i32> addrspace(3)*
	store <2 x i32> %1226, <2 x i32> addrspace(3)* %1232, align 8
	%1233 = insertelement <2 x i32> undef, i32 %1157, i32 0
	%1234 = insertelement <2 x i32> %1233, i32 %1202, i32 1
	%1235 = mul i32 %1122, 20
	%1236 = shl i32 %1123, 1
	%1237 = add i32 %1235, %1236
	%1238 = add i32 %1237, 1280
	%1239 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1238
	%1240 = bitcast i32 addrspace(3)* %1239 to <2 x i32> addrspace(3)*
	store <2 x i32> %1234, <2 x i32> addrspace(3)* %1240, align 8
	%1241 = insertelement <2 x i32> undef, i32 %1179, i32 0
	%1242 = insertelement <2 x i32> %1241, i32 %1224, i32 1
	%1243 = mul i32 %1122, 20
	%1244 = shl i32 %1123, 1
	%1245 = add i32 %1243, %1244
	%1246 = add i32 %1245, 2560
	%1247 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1246
	%1248 = bitcast i32 addrspace(3)* %1247 to <2 x i32> addrspace(3)*
	store <2 x i32> %1242, <2 x i32> addrspace(3)* %1248, align 8
	%1249 = add i32 %0, 384
	%1250 = udiv i32 %1249, 8
	%1251 = urem i32 %1249, 8
	%1252 = add i32 0, %1250
	%1253 = mul i32 %1252, 32
	%1254 = shl i32 %1251, 2
	%1255 = add i32 %1253, %1254
	%1256 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_raw, i32 0, i32 %1255
	%1257 = bitcast float addrspace(3)* %1256 to <4 x float> addrspace(3)*
	%1258 = load <4 x float>, <4 x float> addrspace(3)* %1257, align 16
	%1259 = extractelement <4 x float> %1258, i32 0
	%1260 = extractelement <4 x float> %1258, i32 1
	%1261 = extractelement <4 x float> %1258, i32 2
	%1262 = extractelement <4 x float> %1258, i32 3
	%1263 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1260, float %1259)
	%1264 = trunc i32 %1263 to i16
	%1265 = zext i16 %1264 to i32
	%1266 = shl i32 %1265, 16
	%1267 = bitcast i32 %1266 to float
	%1268 = fcmp oeq float %1267, 0x7FF0000000000000
	%1269 = fneg float 0x7FF0000000000000
	%1270 = fcmp oeq float %1267, %1269
	%1271 = or i1 %1268, %1270
	%1272 = fsub float %1259, %1267
	%1273 = select i1 %1271, float 0.0, float %1272
	%1274 = lshr i32 %1263, 16
	%1275 = trunc i32 %1274 to i16
	%1276 = zext i16 %1275 to i32
	%1277 = shl i32 %1276, 16
	%1278 = bitcast i32 %1277 to float
	%1279 = fcmp oeq float %1278, 0x7FF0000000000000
	%1280 = fneg float 0x7FF0000000000000
	%1281 = fcmp oeq float %1278, %1280
	%1282 = or i1 %1279, %1281
	%1283 = fsub float %1260, %1278
	%1284 = select i1 %1282, float 0.0, float %1283
	%1285 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1284, float %1273)
	%1286 = trunc i32 %1285 to i16
	%1287 = zext i16 %1286 to i32
	%1288 = shl i32 %1287, 16
	%1289 = bitcast i32 %1288 to float
	%1290 = fcmp oeq float %1289, 0x7FF0000000000000
	%1291 = fneg float 0x7FF0000000000000
	%1292 = fcmp oeq float %1289, %1291
	%1293 = or i1 %1290, %1292
	%1294 = fsub float %1273, %1289
	%1295 = select i1 %1293, float 0.0, float %1294
	%1296 = lshr i32 %1285, 16
	%1297 = trunc i32 %1296 to i16
	%1298 = zext i16 %1297 to i32
	%1299 = shl i32 %1298, 16
	%1300 = bitcast i32 %1299 to float
	%1301 = fcmp oeq float %1300, 0x7FF0000000000000
	%1302 = fneg float 0x7FF0000000000000
	%1303 = fcmp oeq float %1300, %1302
	%1304 = or i1 %1301, %1303
	%1305 = fsub float %1284, %1300
	%1306 = select i1 %1304, float 0.0, float %1305
	%1307 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1306, float %1295)
	%1308 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1262, float %1261)
	%1309 = trunc i32 %1308 to i16
	%1310 = zext i16 %1309 to i32
	%1311 = shl i32 %1310, 16
	%1312 = bitcast i32 %1311 to float
	%1313 = fcmp oeq float %1312, 0x7FF0000000000000
	%1314 = fneg float 0x7FF0000000000000
	%1315 = fcmp oeq float %1312, %1314
	%1316 = or i1 %1313, %1315
	%1317 = fsub float %1261, %1312
	%1318 = select i1 %1316, float 0.0, float %1317
	%1319 = lshr i32 %1308, 16
	%1320 = trunc i32 %1319 to i16
	%1321 = zext i16 %1320 to i32
	%1322 = shl i32 %1321, 16
	%1323 = bitcast i32 %1322 to float
	%1324 = fcmp oeq float %1323, 0x7FF0000000000000
	%1325 = fneg float 0x7FF0000000000000
	%1326 = fcmp oeq float %1323, %1325
	%1327 = or i1 %1324, %1326
	%1328 = fsub float %1262, %1323
	%1329 = select i1 %1327, float 0.0, float %1328
	%1330 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1329, float %1318)
	%1331 = trunc i32 %1330 to i16
	%1332 = zext i16 %1331 to i32
	%1333 = shl i32 %1332, 16
	%1334 = bitcast i32 %1333 to float
	%1335 = fcmp oeq float %1334, 0x7FF0000000000000
	%1336 = fneg float 0x7FF0000000000000
	%1337 = fcmp oeq float %1334, %1336
	%1338 = or i1 %1335, %1337
	%1339 = fsub float %1318, %1334
	%1340 = select i1 %1338, float 0.0, float %1339
	%1341 = lshr i32 %1330, 16
	%1342 = trunc i32 %1341 to i16
	%1343 = zext i16 %1342 to i32
	%1344 = shl i32 %1343, 16
	%1345 = bitcast i32 %1344 to float
	%1346 = fcmp oeq float %1345, 0x7FF0000000000000
	%1347 = fneg float 0x7FF0000000000000
	%1348 = fcmp oeq float %1345, %1347
	%1349 = or i1 %1346, %1348
	%1350 = fsub float %1329, %1345
	%1351 = select i1 %1349, float 0.0, float %1350
	%1352 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1351, float %1340)
	%1353 = insertelement <2 x i32> undef, i32 %1263, i32 0
	%1354 = insertelement <2 x i32> %1353, i32 %1308, i32 1
	%1355 = mul i32 %1250, 20
	%1356 = shl i32 %1251, 1
	%1357 = add i32 %1355, %1356
	%1358 = add i32 %1357, 0
	%1359 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1358
	%1360 = bitcast i32 addrspace(3)* %1359 to <2 x i32> addrspace(3)*
	store <2 x i32> %1354, <2 x i32> addrspace(3)* %1360, align 8
	%1361 = insertelement <2 x i32> undef, i32 %1285, i32 0
	%1362 = insertelement <2 x i32> %1361, i32 %1330, i32 1
	%1363 = mul i32 %1250, 20
	%1364 = shl i32 %1251, 1
	%1365 = add i32 %1363, %1364
	%1366 = add i32 %1365, 1280
	%1367 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1366
	%1368 = bitcast i32 addrspace(3)* %1367 to <2 x i32> addrspace(3)*
	store <2 x i32> %1362, <2 x i32> addrspace(3)* %1368, align 8
	%1369 = insertelement <2 x i32> undef, i32 %1307, i32 0
	%1370 = insertelement <2 x i32> %1369, i32 %1352, i32 1
	%1371 = mul i32 %1250, 20
	%1372 = shl i32 %1251, 1
	%1373 = add i32 %1371, %1372
	%1374 = add i32 %1373, 2560
	%1375 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1374
	%1376 = bitcast i32 addrspace(3)* %1375 to <2 x i32> addrspace(3)*
	store <2 x i32> %1370, <2 x i32> addrspace(3)* %1376, align 8
	%1377 = add i32 %0, 0
	%1378 = udiv i32 %1377, 8
	%1379 = urem i32 %1377, 8
	%1380 = add i32 64, %1378
	%1381 = mul i32 %1380, 32
	%1382 = shl i32 %1379, 2
	%1383 = add i32 %1381, %1382
	%1384 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_raw, i32 0, i32 %1383
	%1385 = bitcast float addrspace(3)* %1384 to <4 x float> addrspace(3)*
	%1386 = load <4 x float>, <4 x float> addrspace(3)* %1385, align 16
	%1387 = extractelement <4 x float> %1386, i32 0
	%1388 = extractelement <4 x float> %1386, i32 1
	%1389 = extractelement <4 x float> %1386, i32 2
	%1390 = extractelement <4 x float> %1386, i32 3
	%1391 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1388, float %1387)
	%1392 = trunc i32 %1391 to i16
	%1393 = zext i16 %1392 to i32
	%1394 = shl i32 %1393, 16
	%1395 = bitcast i32 %1394 to float
	%1396 = fcmp oeq float %1395, 0x7FF0000000000000
	%1397 = fneg float 0x7FF0000000000000
	%1398 = fcmp oeq float %1395, %1397
	%1399 = or i1 %1396, %1398
	%1400 = fsub float %1387, %1395
	%1401 = select i1 %1399, float 0.0, float %1400
	%1402 = lshr i32 %1391, 16
	%1403 = trunc i32 %1402 to i16
	%1404 = zext i16 %1403 to i32
	%1405 = shl i32 %1404, 16
	%1406 = bitcast i32 %1405 to float
	%1407 = fcmp oeq float %1406, 0x7FF0000000000000
	%1408 = fneg float 0x7FF0000000000000
	%1409 = fcmp oeq float %1406, %1408
	%1410 = or i1 %1407, %1409
	%1411 = fsub float %1388, %1406
	%1412 = select i1 %1410, float 0.0, float %1411
	%1413 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1412, float %1401)
	%1414 = trunc i32 %1413 to i16
	%1415 = zext i16 %1414 to i32
	%1416 = shl i32 %1415, 16
	%1417 = bitcast i32 %1416 to float
	%1418 = fcmp oeq float %1417, 0x7FF0000000000000
	%1419 = fneg float 0x7FF0000000000000
	%1420 = fcmp oeq float %1417, %1419
	%1421 = or i1 %1418, %1420
	%1422 = fsub float %1401, %1417
	%1423 = select i1 %1421, float 0.0, float %1422
	%1424 = lshr i32 %1413, 16
	%1425 = trunc i32 %1424 to i16
	%1426 = zext i16 %1425 to i32
	%1427 = shl i32 %1426, 16
	%1428 = bitcast i32 %1427 to float
	%1429 = fcmp oeq float %1428, 0x7FF0000000000000
	%1430 = fneg float 0x7FF0000000000000
	%1431 = fcmp oeq float %1428, %1430
	%1432 = or i1 %1429, %1431
	%1433 = fsub float %1412, %1428
	%1434 = select i1 %1432, float 0.0, float %1433
	%1435 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1434, float %1423)
	%1436 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1390, float %1389)
	%1437 = trunc i32 %1436 to i16
	%1438 = zext i16 %1437 to i32
	%1439 = shl i32 %1438, 16
	%1440 = bitcast i32 %1439 to float
	%1441 = fcmp oeq float %1440, 0x7FF0000000000000
	%1442 = fneg float 0x7FF0000000000000
	%1443 = fcmp oeq float %1440, %1442
	%1444 = or i1 %1441, %1443
	%1445 = fsub float %1389, %1440
	%1446 = select i1 %1444, float 0.0, float %1445
	%1447 = lshr i32 %1436, 16
	%1448 = trunc i32 %1447 to i16
	%1449 = zext i16 %1448 to i32
	%1450 = shl i32 %1449, 16
	%1451 = bitcast i32 %1450 to float
	%1452 = fcmp oeq float %1451, 0x7FF0000000000000
	%1453 = fneg float 0x7FF0000000000000
	%1454 = fcmp oeq float %1451, %1453
	%1455 = or i1 %1452, %1454
	%1456 = fsub float %1390, %1451
	%1457 = select i1 %1455, float 0.0, float %1456
	%1458 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1457, float %1446)
	%1459 = trunc i32 %1458 to i16
	%1460 = zext i16 %1459 to i32
	%1461 = shl i32 %1460, 16
	%1462 = bitcast i32 %1461 to float
	%1463 = fcmp oeq float %1462, 0x7FF0000000000000
	%1464 = fneg float 0x7FF0000000000000
	%1465 = fcmp oeq float %1462, %1464
	%1466 = or i1 %1463, %1465
	%1467 = fsub float %1446, %1462
	%1468 = select i1 %1466, float 0.0, float %1467
	%1469 = lshr i32 %1458, 16
	%1470 = trunc i32 %1469 to i16
	%1471 = zext i16 %1470 to i32
	%1472 = shl i32 %1471, 16
	%1473 = bitcast i32 %1472 to float
	%1474 = fcmp oeq float %1473, 0x7FF0000000000000
	%1475 = fneg float 0x7FF0000000000000
	%1476 = fcmp oeq float %1473, %1475
	%1477 = or i1 %1474, %1476
	%1478 = fsub float %1457, %1473
	%1479 = select i1 %1477, float 0.0, float %1478
	%1480 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1479, float %1468)
	%1481 = insertelement <2 x i32> undef, i32 %1391, i32 0
	%1482 = insertelement <2 x i32> %1481, i32 %1436, i32 1
	%1483 = mul i32 %1378, 20
	%1484 = shl i32 %1379, 1
	%1485 = add i32 %1483, %1484
	%1486 = add i32 %1485, 0
	%1487 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1486
	%1488 = bitcast i32 addrspace(3)* %1487 to <2 x i32> addrspace(3)*
	store <2 x i32> %1482, <2 x i32> addrspace(3)* %1488, align 8
	%1489 = insertelement <2 x i32> undef, i32 %1413, i32 0
	%1490 = insertelement <2 x i32> %1489, i32 %1458, i32 1
	%1491 = mul i32 %1378, 20
	%1492 = shl i32 %1379, 1
	%1493 = add i32 %1491, %1492
	%1494 = add i32 %1493, 1280
	%1495 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1494
	%1496 = bitcast i32 addrspace(3)* %1495 to <2 x i32> addrspace(3)*
	store <2 x i32> %1490, <2 x i32> addrspace(3)* %1496, align 8
	%1497 = insertelement <2 x i32> undef, i32 %1435, i32 0
	%1498 = insertelement <2 x i32> %1497, i32 %1480, i32 1
	%1499 = mul i32 %1378, 20
	%1500 = shl i32 %1379, 1
	%1501 = add i32 %1499, %1500
	%1502 = add i32 %1501, 2560
	%1503 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1502
	%1504 = bitcast i32 addrspace(3)* %1503 to <2 x i32> addrspace(3)*
	store <2 x i32> %1498, <2 x i32> addrspace(3)* %1504, align 8
	%1505 = add i32 %0, 128
	%1506 = udiv i32 %1505, 8
	%1507 = urem i32 %1505, 8
	%1508 = add i32 64, %1506
	%1509 = mul i32 %1508, 32
	%1510 = shl i32 %1507, 2
	%1511 = add i32 %1509, %1510
	%1512 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_raw, i32 0, i32 %1511
	%1513 = bitcast float addrspace(3)* %1512 to <4 x float> addrspace(3)*
	%1514 = load <4 x float>, <4 x float> addrspace(3)* %1513, align 16
	%1515 = extractelement <4 x float> %1514, i32 0
	%1516 = extractelement <4 x float> %1514, i32 1
	%1517 = extractelement <4 x float> %1514, i32 2
	%1518 = extractelement <4 x float> %1514, i32 3
	%1519 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1516, float %1515)
	%1520 = trunc i32 %1519 to i16
	%1521 = zext i16 %1520 to i32
	%1522 = shl i32 %1521, 16
	%1523 = bitcast i32 %1522 to float
	%1524 = fcmp oeq float %1523, 0x7FF0000000000000
	%1525 = fneg float 0x7FF0000000000000
	%1526 = fcmp oeq float %1523, %1525
	%1527 = or i1 %1524, %1526
	%1528 = fsub float %1515, %1523
	%1529 = select i1 %1527, float 0.0, float %1528
	%1530 = lshr i32 %1519, 16
	%1531 = trunc i32 %1530 to i16
	%1532 = zext i16 %1531 to i32
	%1533 = shl i32 %1532, 16
	%1534 = bitcast i32 %1533 to float
	%1535 = fcmp oeq float %1534, 0x7FF0000000000000
	%1536 = fneg float 0x7FF0000000000000
	%1537 = fcmp oeq float %1534, %1536
	%1538 = or i1 %1535, %1537
	%1539 = fsub float %1516, %1534
	%1540 = select i1 %1538, float 0.0, float %1539
	%1541 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1540, float %1529)
	%1542 = trunc i32 %1541 to i16
	%1543 = zext i16 %1542 to i32
	%1544 = shl i32 %1543, 16
	%1545 = bitcast i32 %1544 to float
	%1546 = fcmp oeq float %1545, 0x7FF0000000000000
	%1547 = fneg float 0x7FF0000000000000
	%1548 = fcmp oeq float %1545, %1547
	%1549 = or i1 %1546, %1548
	%1550 = fsub float %1529, %1545
	%1551 = select i1 %1549, float 0.0, float %1550
	%1552 = lshr i32 %1541, 16
	%1553 = trunc i32 %1552 to i16
	%1554 = zext i16 %1553 to i32
	%1555 = shl i32 %1554, 16
	%1556 = bitcast i32 %1555 to float
	%1557 = fcmp oeq float %1556, 0x7FF0000000000000
	%1558 = fneg float 0x7FF0000000000000
	%1559 = fcmp oeq float %1556, %1558
	%1560 = or i1 %1557, %1559
	%1561 = fsub float %1540, %1556
	%1562 = select i1 %1560, float 0.0, float %1561
	%1563 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1562, float %1551)
	%1564 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1518, float %1517)
	%1565 = trunc i32 %1564 to i16
	%1566 = zext i16 %1565 to i32
	%1567 = shl i32 %1566, 16
	%1568 = bitcast i32 %1567 to float
	%1569 = fcmp oeq float %1568, 0x7FF0000000000000
	%1570 = fneg float 0x7FF0000000000000
	%1571 = fcmp oeq float %1568, %1570
	%1572 = or i1 %1569, %1571
	%1573 = fsub float %1517, %1568
	%1574 = select i1 %1572, float 0.0, float %1573
	%1575 = lshr i32 %1564, 16
	%1576 = trunc i32 %1575 to i16
	%1577 = zext i16 %1576 to i32
	%1578 = shl i32 %1577, 16
	%1579 = bitcast i32 %1578 to float
	%1580 = fcmp oeq float %1579, 0x7FF0000000000000
	%1581 = fneg float 0x7FF0000000000000
	%1582 = fcmp oeq float %1579, %1581
	%1583 = or i1 %1580, %1582
	%1584 = fsub float %1518, %1579
	%1585 = select i1 %1583, float 0.0, float %1584
	%1586 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1585, float %1574)
	%1587 = trunc i32 %1586 to i16
	%1588 = zext i16 %1587 to i32
	%1589 = shl i32 %1588, 16
	%1590 = bitcast i32 %1589 to float
	%1591 = fcmp oeq float %1590, 0x7FF0000000000000
	%1592 = fneg float 0x7FF0000000000000
	%1593 = fcmp oeq float %1590, %1592
	%1594 = or i1 %1591, %1593
	%1595 = fsub float %1574, %1590
	%1596 = select i1 %1594, float 0.0, float %1595
	%1597 = lshr i32 %1586, 16
	%1598 = trunc i32 %1597 to i16
	%1599 = zext i16 %1598 to i32
	%1600 = shl i32 %1599, 16
	%1601 = bitcast i32 %1600 to float
	%1602 = fcmp oeq float %1601, 0x7FF0000000000000
	%1603 = fneg float 0x7FF0000000000000
	%1604 = fcmp oeq float %1601, %1603
	%1605 = or i1 %1602, %1604
	%1606 = fsub float %1585, %1601
	%1607 = select i1 %1605, float 0.0, float %1606
	%1608 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1607, float %1596)
	%1609 = insertelement <2 x i32> undef, i32 %1519, i32 0
	%1610 = insertelement <2 x i32> %1609, i32 %1564, i32 1
	%1611 = mul i32 %1506, 20
	%1612 = shl i32 %1507, 1
	%1613 = add i32 %1611, %1612
	%1614 = add i32 %1613, 0
	%1615 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1614
	%1616 = bitcast i32 addrspace(3)* %1615 to <2 x i32> addrspace(3)*
	store <2 x i32> %1610, <2 x i32> addrspace(3)* %1616, align 8
	%1617 = insertelement <2 x i32> undef, i32 %1541, i32 0
	%1618 = insertelement <2 x i32> %1617, i32 %1586, i32 1
	%1619 = mul i32 %1506, 20
	%1620 = shl i32 %1507, 1
	%1621 = add i32 %1619, %1620
	%1622 = add i32 %1621, 1280
	%1623 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1622
	%1624 = bitcast i32 addrspace(3)* %1623 to <2 x i32> addrspace(3)*
	store <2 x i32> %1618, <2 x i32> addrspace(3)* %1624, align 8
	%1625 = insertelement <2 x i32> undef, i32 %1563, i32 0
	%1626 = insertelement <2 x i32> %1625, i32 %1608, i32 1
	%1627 = mul i32 %1506, 20
	%1628 = shl i32 %1507, 1
	%1629 = add i32 %1627, %1628
	%1630 = add i32 %1629, 2560
	%1631 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1630
	%1632 = bitcast i32 addrspace(3)* %1631 to <2 x i32> addrspace(3)*
	store <2 x i32> %1626, <2 x i32> addrspace(3)* %1632, align 8
	%1633 = add i32 %0, 256
	%1634 = udiv i32 %1633, 8
	%1635 = urem i32 %1633, 8
	%1636 = add i32 64, %1634
	%1637 = mul i32 %1636, 32
	%1638 = shl i32 %1635, 2
	%1639 = add i32 %1637, %1638
	%1640 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_raw, i32 0, i32 %1639
	%1641 = bitcast float addrspace(3)* %1640 to <4 x float> addrspace(3)*
	%1642 = load <4 x float>, <4 x float> addrspace(3)* %1641, align 16
	%1643 = extractelement <4 x float> %1642, i32 0
	%1644 = extractelement <4 x float> %1642, i32 1
	%1645 = extractelement <4 x float> %1642, i32 2
	%1646 = extractelement <4 x float> %1642, i32 3
	%1647 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1644, float %1643)
	%1648 = trunc i32 %1647 to i16
	%1649 = zext i16 %1648 to i32
	%1650 = shl i32 %1649, 16
	%1651 = bitcast i32 %1650 to float
	%1652 = fcmp oeq float %1651, 0x7FF0000000000000
	%1653 = fneg float 0x7FF0000000000000
	%1654 = fcmp oeq float %1651, %1653
	%1655 = or i1 %1652, %1654
	%1656 = fsub float %1643, %1651
	%1657 = select i1 %1655, float 0.0, float %1656
	%1658 = lshr i32 %1647, 16
	%1659 = trunc i32 %1658 to i16
	%1660 = zext i16 %1659 to i32
	%1661 = shl i32 %1660, 16
	%1662 = bitcast i32 %1661 to float
	%1663 = fcmp oeq float %1662, 0x7FF0000000000000
	%1664 = fneg float 0x7FF0000000000000
	%1665 = fcmp oeq float %1662, %1664
	%1666 = or i1 %1663, %1665
	%1667 = fsub float %1644, %1662
	%1668 = select i1 %1666, float 0.0, float %1667
	%1669 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1668, float %1657)
	%1670 = trunc i32 %1669 to i16
	%1671 = zext i16 %1670 to i32
	%1672 = shl i32 %1671, 16
	%1673 = bitcast i32 %1672 to float
	%1674 = fcmp oeq float %1673, 0x7FF0000000000000
	%1675 = fneg float 0x7FF0000000000000
	%1676 = fcmp oeq float %1673, %1675
	%1677 = or i1 %1674, %1676
	%1678 = fsub float %1657, %1673
	%1679 = select i1 %1677, float 0.0, float %1678
	%1680 = lshr i32 %1669, 16
	%1681 = trunc i32 %1680 to i16
	%1682 = zext i16 %1681 to i32
	%1683 = shl i32 %1682, 16
	%1684 = bitcast i32 %1683 to float
	%1685 = fcmp oeq float %1684, 0x7FF0000000000000
	%1686 = fneg float 0x7FF0000000000000
	%1687 = fcmp oeq float %1684, %1686
	%1688 = or i1 %1685, %1687
	%1689 = fsub float %1668, %1684
	%1690 = select i1 %1688, float 0.0, float %1689
	%1691 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1690, float %1679)
	%1692 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1646, float %1645)
	%1693 = trunc i32 %1692 to i16
	%1694 = zext i16 %1693 to i32
	%1695 = shl i32 %1694, 16
	%1696 = bitcast i32 %1695 to float
	%1697 = fcmp oeq float %1696, 0x7FF0000000000000
	%1698 = fneg float 0x7FF0000000000000
	%1699 = fcmp oeq float %1696, %1698
	%1700 = or i1 %1697, %1699
	%1701 = fsub float %1645, %1696
	%1702 = select i1 %1700, float 0.0, float %1701
	%1703 = lshr i32 %1692, 16
	%1704 = trunc i32 %1703 to i16
	%1705 = zext i16 %1704 to i32
	%1706 = shl i32 %1705, 16
	%1707 = bitcast i32 %1706 to float
	%1708 = fcmp oeq float %1707, 0x7FF0000000000000
	%1709 = fneg float 0x7FF0000000000000
	%1710 = fcmp oeq float %1707, %1709
	%1711 = or i1 %1708, %1710
	%1712 = fsub float %1646, %1707
	%1713 = select i1 %1711, float 0.0, float %1712
	%1714 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1713, float %1702)
	%1715 = trunc i32 %1714 to i16
	%1716 = zext i16 %1715 to i32
	%1717 = shl i32 %1716, 16
	%1718 = bitcast i32 %1717 to float
	%1719 = fcmp oeq float %1718, 0x7FF0000000000000
	%1720 = fneg float 0x7FF0000000000000
	%1721 = fcmp oeq float %1718, %1720
	%1722 = or i1 %1719, %1721
	%1723 = fsub float %1702, %1718
	%1724 = select i1 %1722, float 0.0, float %1723
	%1725 = lshr i32 %1714, 16
	%1726 = trunc i32 %1725 to i16
	%1727 = zext i16 %1726 to i32
	%1728 = shl i32 %1727, 16
	%1729 = bitcast i32 %1728 to float
	%1730 = fcmp oeq float %1729, 0x7FF0000000000000
	%1731 = fneg float 0x7FF0000000000000
	%1732 = fcmp oeq float %1729, %1731
	%1733 = or i1 %1730, %1732
	%1734 = fsub float %1713, %1729
	%1735 = select i1 %1733, float 0.0, float %1734
	%1736 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1735, float %1724)
	%1737 = insertelement <2 x i32> undef, i32 %1647, i32 0
	%1738 = insertelement <2 x i32> %1737, i32 %1692, i32 1
	%1739 = mul i32 %1634, 20
	%1740 = shl i32 %1635, 1
	%1741 = add i32 %1739, %1740
	%1742 = add i32 %1741, 0
	%1743 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1742
	%1744 = bitcast i32 addrspace(3)* %1743 to <2 x i32> addrspace(3)*
	store <2 x i32> %1738, <2 x i32> addrspace(3)* %1744, align 8
	%1745 = insertelement <2 x i32> undef, i32 %1669, i32 0
	%1746 = insertelement <2 x i32> %1745, i32 %1714, i32 1
	%1747 = mul i32 %1634, 20
	%1748 = shl i32 %1635, 1
	%1749 = add i32 %1747, %1748
	%1750 = add i32 %1749, 1280
	%1751 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1750
	%1752 = bitcast i32 addrspace(3)* %1751 to <2 x i32> addrspace(3)*
	store <2 x i32> %1746, <2 x i32> addrspace(3)* %1752, align 8
	%1753 = insertelement <2 x i32> undef, i32 %1691, i32 0
	%1754 = insertelement <2 x i32> %1753, i32 %1736, i32 1
	%1755 = mul i32 %1634, 20
	%1756 = shl i32 %1635, 1
	%1757 = add i32 %1755, %1756
	%1758 = add i32 %1757, 2560
	%1759 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1758
	%1760 = bitcast i32 addrspace(3)* %1759 to <2 x i32> addrspace(3)*
	store <2 x i32> %1754, <2 x i32> addrspace(3)* %1760, align 8
	%1761 = add i32 %0, 384
	%1762 = udiv i32 %1761, 8
	%1763 = urem i32 %1761, 8
	%1764 = add i32 64, %1762
	%1765 = mul i32 %1764, 32
	%1766 = shl i32 %1763, 2
	%1767 = add i32 %1765, %1766
	%1768 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_raw, i32 0, i32 %1767
	%1769 = bitcast float addrspace(3)* %1768 to <4 x float> addrspace(3)*
	%1770 = load <4 x float>, <4 x float> addrspace(3)* %1769, align 16
	%1771 = extractelement <4 x float> %1770, i32 0
	%1772 = extractelement <4 x float> %1770, i32 1
	%1773 = extractelement <4 x float> %1770, i32 2
	%1774 = extractelement <4 x float> %1770, i32 3
	%1775 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1772, float %1771)
	%1776 = trunc i32 %1775 to i16
	%1777 = zext i16 %1776 to i32
	%1778 = shl i32 %1777, 16
	%1779 = bitcast i32 %1778 to float
	%1780 = fcmp oeq float %1779, 0x7FF0000000000000
	%1781 = fneg float 0x7FF0000000000000
	%1782 = fcmp oeq float %1779, %1781
	%1783 = or i1 %1780, %1782
	%1784 = fsub float %1771, %1779
	%1785 = select i1 %1783, float 0.0, float %1784
	%1786 = lshr i32 %1775, 16
	%1787 = trunc i32 %1786 to i16
	%1788 = zext i16 %1787 to i32
	%1789 = shl i32 %1788, 16
	%1790 = bitcast i32 %1789 to float
	%1791 = fcmp oeq float %1790, 0x7FF0000000000000
	%1792 = fneg float 0x7FF0000000000000
	%1793 = fcmp oeq float %1790, %1792
	%1794 = or i1 %1791, %1793
	%1795 = fsub float %1772, %1790
	%1796 = select i1 %1794, float 0.0, float %1795
	%1797 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1796, float %1785)
	%1798 = trunc i32 %1797 to i16
	%1799 = zext i16 %1798 to i32
	%1800 = shl i32 %1799, 16
	%1801 = bitcast i32 %1800 to float
	%1802 = fcmp oeq float %1801, 0x7FF0000000000000
	%1803 = fneg float 0x7FF0000000000000
	%1804 = fcmp oeq float %1801, %1803
	%1805 = or i1 %1802, %1804
	%1806 = fsub float %1785, %1801
	%1807 = select i1 %1805, float 0.0, float %1806
	%1808 = lshr i32 %1797, 16
	%1809 = trunc i32 %1808 to i16
	%1810 = zext i16 %1809 to i32
	%1811 = shl i32 %1810, 16
	%1812 = bitcast i32 %1811 to float
	%1813 = fcmp oeq float %1812, 0x7FF0000000000000
	%1814 = fneg float 0x7FF0000000000000
	%1815 = fcmp oeq float %1812, %1814
	%1816 = or i1 %1813, %1815
	%1817 = fsub float %1796, %1812
	%1818 = select i1 %1816, float 0.0, float %1817
	%1819 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1818, float %1807)
	%1820 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1774, float %1773)
	%1821 = trunc i32 %1820 to i16
	%1822 = zext i16 %1821 to i32
	%1823 = shl i32 %1822, 16
	%1824 = bitcast i32 %1823 to float
	%1825 = fcmp oeq float %1824, 0x7FF0000000000000
	%1826 = fneg float 0x7FF0000000000000
	%1827 = fcmp oeq float %1824, %1826
	%1828 = or i1 %1825, %1827
	%1829 = fsub float %1773, %1824
	%1830 = select i1 %1828, float 0.0, float %1829
	%1831 = lshr i32 %1820, 16
	%1832 = trunc i32 %1831 to i16
	%1833 = zext i16 %1832 to i32
	%1834 = shl i32 %1833, 16
	%1835 = bitcast i32 %1834 to float
	%1836 = fcmp oeq float %1835, 0x7FF0000000000000
	%1837 = fneg float 0x7FF0000000000000
	%1838 = fcmp oeq float %1835, %1837
	%1839 = or i1 %1836, %1838
	%1840 = fsub float %1774, %1835
	%1841 = select i1 %1839, float 0.0, float %1840
	%1842 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1841, float %1830)
	%1843 = trunc i32 %1842 to i16
	%1844 = zext i16 %1843 to i32
	%1845 = shl i32 %1844, 16
	%1846 = bitcast i32 %1845 to float
	%1847 = fcmp oeq float %1846, 0x7FF0000000000000
	%1848 = fneg float 0x7FF0000000000000
	%1849 = fcmp oeq float %1846, %1848
	%1850 = or i1 %1847, %1849
	%1851 = fsub float %1830, %1846
	%1852 = select i1 %1850, float 0.0, float %1851
	%1853 = lshr i32 %1842, 16
	%1854 = trunc i32 %1853 to i16
	%1855 = zext i16 %1854 to i32
	%1856 = shl i32 %1855, 16
	%1857 = bitcast i32 %1856 to float
	%1858 = fcmp oeq float %1857, 0x7FF0000000000000
	%1859 = fneg float 0x7FF0000000000000
	%1860 = fcmp oeq float %1857, %1859
	%1861 = or i1 %1858, %1860
	%1862 = fsub float %1841, %1857
	%1863 = select i1 %1861, float 0.0, float %1862
	%1864 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1863, float %1852)
	%1865 = insertelement <2 x i32> undef, i32 %1775, i32 0
	%1866 = insertelement <2 x i32> %1865, i32 %1820, i32 1
	%1867 = mul i32 %1762, 20
	%1868 = shl i32 %1763, 1
	%1869 = add i32 %1867, %1868
	%1870 = add i32 %1869, 0
	%1871 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1870
	%1872 = bitcast i32 addrspace(3)* %1871 to <2 x i32> addrspace(3)*
	store <2 x i32> %1866, <2 x i32> addrspace(3)* %1872, align 8
	%1873 = insertelement <2 x i32> undef, i32 %1797, i32 0
	%1874 = insertelement <2 x i32> %1873, i32 %1842, i32 1
	%1875 = mul i32 %1762, 20
	%1876 = shl i32 %1763, 1
	%1877 = add i32 %1875, %1876
	%1878 = add i32 %1877, 1280
	%1879 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1878
	%1880 = bitcast i32 addrspace(3)* %1879 to <2 x i32> addrspace(3)*
	store <2 x i32> %1874, <2 x i32> addrspace(3)* %1880, align 8
	%1881 = insertelement <2 x i32> undef, i32 %1819, i32 0
	%1882 = insertelement <2 x i32> %1881, i32 %1864, i32 1
	%1883 = mul i32 %1762, 20
	%1884 = shl i32 %1763, 1
	%1885 = add i32 %1883, %1884
	%1886 = add i32 %1885, 2560
	%1887 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1886
	%1888 = bitcast i32 addrspace(3)* %1887 to <2 x i32> addrspace(3)*
	store <2 x i32> %1882, <2 x i32> addrspace(3)* %1888, align 8
	call void @llvm.nvvm.barrier0()
	%1889 = add i32 %830, 32
	%1890 = icmp slt i32 %1889, 64
	br i1 %1890, label %1896, label %2065

1891:
	%1892 = fmul float %831, 0x3FC7154760000000
	%1893 = icmp slt i32 %17, %NQ
	%1894 = icmp slt i32 %21, %NK
	%1895 = and i1 %1893, %1894
	br i1 %1895, label %2741, label %2748

1896:
	%1897 = add i32 %0, 0
	%1898 = udiv i32 %1897, 8
	%1899 = urem i32 %1897, 8
	%1900 = add i32 %8, %1898
	%1901 = icmp slt i32 %1900, %NQ
	%1902 = select i1 %1901, i32 %1900, i32 0
	%1903 = mul i32 %3, %NQ
	%1904 = add i32 %1903, %1902
	%1905 = mul i32 %1904, 64
	%1906 = add i32 %1905, %1889
	%1907 = shl i32 %1899, 2
	%1908 = add i32 %1906, %1907
	%1909 = add i32 0, %1898
	%1910 = mul i32 %1909, 32
	%1911 = shl i32 %1899, 2
	%1912 = add i32 %1910, %1911
	%1913 = mul i32 %1912, 4
	%1914 = add i32 %660, %1913
	%1915 = sext i32 %1908 to i64
	%1916 = getelementptr float, float* %qm, i64 %1915
	%1917 = select i1 %1901, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1914, float* %1916, i32 %1917)
	%1918 = add i32 %0, 128
	%1919 = udiv i32 %1918, 8
	%1920 = urem i32 %1918, 8
	%1921 = add i32 %8, %1919
	%1922 = icmp slt i32 %1921, %NQ
	%1923 = select i1 %1922, i32 %1921, i32 0
	%1924 = mul i32 %3, %NQ
	%1925 = add i32 %1924, %1923
	%1926 = mul i32 %1925, 64
	%1927 = add i32 %1926, %1889
	%1928 = shl i32 %1920, 2
	%1929 = add i32 %1927, %1928
	%1930 = add i32 0, %1919
	%1931 = mul i32 %1930, 32
	%1932 = shl i32 %1920, 2
	%1933 = add i32 %1931, %1932
	%1934 = mul i32 %1933, 4
	%1935 = add i32 %660, %1934
	%1936 = sext i32 %1929 to i64
	%1937 = getelementptr float, float* %qm, i64 %1936
	%1938 = select i1 %1922, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1935, float* %1937, i32 %1938)
	%1939 = add i32 %0, 256
	%1940 = udiv i32 %1939, 8
	%1941 = urem i32 %1939, 8
	%1942 = add i32 %8, %1940
	%1943 = icmp slt i32 %1942, %NQ
	%1944 = select i1 %1943, i32 %1942, i32 0
	%1945 = mul i32 %3, %NQ
	%1946 = add i32 %1945, %1944
	%1947 = mul i32 %1946, 64
	%1948 = add i32 %1947, %1889
	%1949 = shl i32 %1941, 2
	%1950 = add i32 %1948, %1949
	%1951 = add i32 0, %1940
	%1952 = mul i32 %1951, 32
	%1953 = shl i32 %1941, 2
	%1954 = add i32 %1952, %1953
	%1955 = mul i32 %1954, 4
	%1956 = add i32 %660, %1955
	%1957 = sext i32 %1950 to i64
	%1958 = getelementptr float, float* %qm, i64 %1957
	%1959 = select i1 %1943, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1956, float* %1958, i32 %1959)
	%1960 = add i32 %0, 384
	%1961 = udiv i32 %1960, 8
	%1962 = urem i32 %1960, 8
	%1963 = add i32 %8, %1961
	%1964 = icmp slt i32 %1963, %NQ
	%1965 = select i1 %1964, i32 %1963, i32 0
	%1966 = mul i32 %3, %NQ
	%1967 = add i32 %1966, %1965
	%1968 = mul i32 %1967, 64
	%1969 = add i32 %1968, %1889
	%1970 = shl i32 %1962, 2
	%1971 = add i32 %1969, %1970
	%1972 = add i32 0, %1961
	%1973 = mul i32 %1972, 32
	%1974 = shl i32 %1962, 2
	%1975 = add i32 %1973, %1974
	%1976 = mul i32 %1975, 4
	%1977 = add i32 %660, %1976
	%1978 = sext i32 %1971 to i64
	%1979 = getelementptr float, float* %qm, i64 %1978
	%1980 = select i1 %1964, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1977, float* %1979, i32 %1980)
	%1981 = add i32 %0, 0
	%1982 = udiv i32 %1981, 8
	%1983 = urem i32 %1981, 8
	%1984 = add i32 %9, %1982
	%1985 = icmp slt i32 %1984, %NK
	%1986 = select i1 %1985, i32 %1984, i32 0
	%1987 = mul i32 %14, %NK
	%1988 = add i32 %1987, %1986
	%1989 = mul i32 %1988, 64
	%1990 = add i32 %1989, %1889
	%1991 = shl i32 %1983, 2
	%1992 = add i32 %1990, %1991
	%1993 = add i32 64, %1982
	%1994 = mul i32 %1993, 32
	%1995 = shl i32 %1983, 2
	%1996 = add i32 %1994, %1995
	%1997 = mul i32 %1996, 4
	%1998 = add i32 %660, %1997
	%1999 = sext i32 %1992 to i64
	%2000 = getelementptr float, float* %km, i64 %1999
	%2001 = select i1 %1985, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1998, float* %2000, i32 %2001)
	%2002 = add i32 %0, 128
	%2003 = udiv i32 %2002, 8
	%2004 = urem i32 %2002, 8
	%2005 = add i32 %9, %2003
	%2006 = icmp slt i32 %2005, %NK
	%2007 = select i1 %2006, i32 %2005, i32 0
	%2008 = mul i32 %14, %NK
	%2009 = add i32 %2008, %2007
	%2010 = mul i32 %2009, 64
	%2011 = add i32 %2010, %1889
	%2012 = shl i32 %2004, 2
	%2013 = add i32 %2011, %2012
	%2014 = add i32 64, %2003
	%2015 = mul i32 %2014, 32
	%2016 = shl i32 %2004, 2
	%2017 = add i32 %2015, %2016
	%2018 = mul i32 %2017, 4
	%2019 = add i32 %660, %2018
	%2020 = sext i32 %2013 to i64
	%2021 = getelementptr float, float* %km, i64 %2020
	%2022 = select i1 %2006, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2019, float* %2021, i32 %2022)
	%2023 = add i32 %0, 256
	%2024 = udiv i32 %2023, 8
	%2025 = urem i32 %2023, 8
	%2026 = add i32 %9, %2024
	%2027 = icmp slt i32 %2026, %NK
	%2028 = select i1 %2027, i32 %2026, i32 0
	%2029 = mul i32 %14, %NK
	%2030 = add i32 %2029, %2028
	%2031 = mul i32 %2030, 64
	%2032 = add i32 %2031, %1889
	%2033 = shl i32 %2025, 2
	%2034 = add i32 %2032, %2033
	%2035 = add i32 64, %2024
	%2036 = mul i32 %2035, 32
	%2037 = shl i32 %2025, 2
	%2038 = add i32 %2036, %2037
	%2039 = mul i32 %2038, 4
	%2040 = add i32 %660, %2039
	%2041 = sext i32 %2034 to i64
	%2042 = getelementptr float, float* %km, i64 %2041
	%2043 = select i1 %2027, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2040, float* %2042, i32 %2043)
	%2044 = add i32 %0, 384
	%2045 = udiv i32 %2044, 8
	%2046 = urem i32 %2044, 8
	%2047 = add i32 %9, %2045
	%2048 = icmp slt i32 %2047, %NK
	%2049 = select i1 %2048, i32 %2047, i32 0
	%2050 = mul i32 %14, %NK
	%2051 = add i32 %2050, %2049
	%2052 = mul i32 %2051, 64
	%2053 = add i32 %2052, %1889
	%2054 = shl i32 %2046, 2
	%2055 = add i32 %2053, %2054
	%2056 = add i32 64, %2045
	%2057 = mul i32 %2056, 32
	%2058 = shl i32 %2046, 2
	%2059 = add i32 %2057, %2058
	%2060 = mul i32 %2059, 4
	%2061 = add i32 %660, %2060
	%2062 = sext i32 %2055 to i64
	%2063 = getelementptr float, float* %km, i64 %2062
	%2064 = select i1 %2048, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2061, float* %2063, i32 %2064)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %2065

2065:
	br label %2066

2066:
	%2067 = phi i32 [ 0, %2065 ], [ %2738, %2101 ]
	%2068 = phi float [ %831, %2065 ], [ %2699, %2101 ]
	%2069 = phi float [ %832, %2065 ], [ %2700, %2101 ]
	%2070 = phi float [ %833, %2065 ], [ %2701, %2101 ]
	%2071 = phi float [ %834, %2065 ], [ %2702, %2101 ]
	%2072 = phi float [ %835, %2065 ], [ %2704, %2101 ]
	%2073 = phi float [ %836, %2065 ], [ %2705, %2101 ]
	%2074 = phi float [ %837, %2065 ], [ %2706, %2101 ]
	%2075 = phi float [ %838, %2065 ], [ %2707, %2101 ]
	%2076 = phi float [ %839, %2065 ], [ %2709, %2101 ]
	%2077 = phi float [ %840, %2065 ], [ %2710, %2101 ]
	%2078 = phi float [ %841, %2065 ], [ %2711, %2101 ]
	%2079 = phi float [ %842, %2065 ], [ %2712, %2101 ]
	%2080 = phi float [ %843, %2065 ], [ %2714, %2101 ]
	%2081 = phi float [ %844, %2065 ], [ %2715, %2101 ]
	%2082 = phi float [ %845, %2065 ], [ %2716, %2101 ]
	%2083 = phi float [ %846, %2065 ], [ %2717, %2101 ]
	%2084 = phi float [ %847, %2065 ], [ %2719, %2101 ]
	%2085 = phi float [ %848, %2065 ], [ %2720, %2101 ]
	%2086 = phi float [ %849, %2065 ], [ %2721, %2101 ]
	%2087 = phi float [ %850, %2065 ], [ %2722, %2101 ]
	%2088 = phi float [ %851, %2065 ], [ %2724, %2101 ]
	%2089 = phi float [ %852, %2065 ], [ %2725, %2101 ]
	%2090 = phi float [ %853, %2065 ], [ %2726, %2101 ]
	%2091 = phi float [ %854, %2065 ], [ %2727, %2101 ]
	%2092 = phi float [ %855, %2065 ], [ %2729, %2101 ]
	%2093 = phi float [ %856, %2065 ], [ %2730, %2101 ]
	%2094 = phi float [ %857, %2065 ], [ %2731, %2101 ]
	%2095 = phi float [ %858, %2065 ], [ %2732, %2101 ]
	%2096 = phi float [ %859, %2065 ], [ %2734, %2101 ]
	%2097 = phi float [ %860, %2065 ], [ %2735, %2101 ]
	%2098 = phi float [ %861, %2065 ], [ %2736, %2101 ]
	%2099 = phi float [ %862, %2065 ], [ %2737, %2101 ]
	%2100 = icmp slt i32 %2067, 16
	br i1 %2100, label %2101, label %2739

2101:
	%2102 = add i32 %6, 0
	%2103 = add i32 %11, %2102
	%2104 = add i32 %2103, 0
	%2105 = add i32 %7, %2067
	%2106 = add i32 %2105, 0
	%2107 = mul i32 %2104, 20
	%2108 = add i32 %2106, 0
	%2109 = add i32 %2107, %2108
	%2110 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2109
	%2111 = load i32, i32 addrspace(3)* %2110
	%2112 = add i32 %2103, 8
	%2113 = add i32 %7, %2067
	%2114 = add i32 %2113, 0
	%2115 = mul i32 %2112, 20
	%2116 = add i32 %2114, 0
	%2117 = add i32 %2115, %2116
	%2118 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2117
	%2119 = load i32, i32 addrspace(3)* %2118
	%2120 = add i32 %2103, 0
	%2121 = add i32 %7, %2067
	%2122 = add i32 %2121, 4
	%2123 = mul i32 %2120, 20
	%2124 = add i32 %2122, 0
	%2125 = add i32 %2123, %2124
	%2126 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2125
	%2127 = load i32, i32 addrspace(3)* %2126
	%2128 = add i32 %2103, 8
	%2129 = add i32 %7, %2067
	%2130 = add i32 %2129, 4
	%2131 = mul i32 %2128, 20
	%2132 = add i32 %2130, 0
	%2133 = add i32 %2131, %2132
	%2134 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2133
	%2135 = load i32, i32 addrspace(3)* %2134
	%2136 = add i32 %6, 16
	%2137 = add i32 %11, %2136
	%2138 = add i32 %2137, 0
	%2139 = add i32 %7, %2067
	%2140 = add i32 %2139, 0
	%2141 = mul i32 %2138, 20
	%2142 = add i32 %2140, 0
	%2143 = add i32 %2141, %2142
	%2144 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2143
	%2145 = load i32, i32 addrspace(3)* %2144
	%2146 = add i32 %2137, 8
	%2147 = add i32 %7, %2067
	%2148 = add i32 %2147, 0
	%2149 = mul i32 %2146, 20
	%2150 = add i32 %2148, 0
	%2151 = add i32 %2149, %2150
	%2152 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2151
	%2153 = load i32, i32 addrspace(3)* %2152
	%2154 = add i32 %2137, 0
	%2155 = add i32 %7, %2067
	%2156 = add i32 %2155, 4
	%2157 = mul i32 %2154, 20
	%2158 = add i32 %2156, 0
	%2159 = add i32 %2157, %2158
	%2160 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2159
	%2161 = load i32, i32 addrspace(3)* %2160
	%2162 = add i32 %2137, 8
	%2163 = add i32 %7, %2067
	%2164 = add i32 %2163, 4
	%2165 = mul i32 %2162, 20
	%2166 = add i32 %2164, 0
	%2167 = add i32 %2165, %2166
	%2168 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2167
	%2169 = load i32, i32 addrspace(3)* %2168
	%2170 = add i32 %6, 0
	%2171 = add i32 %13, %2170
	%2172 = add i32 %7, %2067
	%2173 = add i32 %2172, 0
	%2174 = mul i32 %2171, 20
	%2175 = add i32 %2173, 0
	%2176 = add i32 %2174, %2175
	%2177 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2176
	%2178 = load i32, i32 addrspace(3)* %2177
	%2179 = add i32 %7, %2067
	%2180 = add i32 %2179, 4
	%2181 = mul i32 %2171, 20
	%2182 = add i32 %2180, 0
	%2183 = add i32 %2181, %2182
	%2184 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2183
	%2185 = load i32, i32 addrspace(3)* %2184
	%2186 = add i32 %6, 8
	%2187 = add i32 %13, %2186
	%2188 = add i32 %7, %2067
	%2189 = add i32 %2188, 0
	%2190 = mul i32 %2187, 20
	%2191 = add i32 %2189, 0
	%2192 = add i32 %2190, %2191
	%2193 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2192
	%2194 = load i32, i32 addrspace(3)* %2193
	%2195 = add i32 %7, %2067
	%2196 = add i32 %2195, 4
	%2197 = mul i32 %2187, 20
	%2198 = add i32 %2196, 0
	%2199 = add i32 %2197, %2198
	%2200 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2199
	%2201 = load i32, i32 addrspace(3)* %2200
	%2202 = add i32 %6, 16
	%2203 = add i32 %13, %2202
	%2204 = add i32 %7, %2067
	%2205 = add i32 %2204, 0
	%2206 = mul i32 %2203, 20
	%2207 = add i32 %2205, 0
	%2208 = add i32 %2206, %2207
	%2209 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2208
	%2210 = load i32, i32 addrspace(3)* %2209
	%2211 = add i32 %7, %2067
	%2212 = add i32 %2211, 4
	%2213 = mul i32 %2203, 20
	%2214 = add i32 %2212, 0
	%2215 = add i32 %2213, %2214
	%2216 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2215
	%2217 = load i32, i32 addrspace(3)* %2216
	%2218 = add i32 %6, 24
	%2219 = add i32 %13, %2218
	%2220 = add i32 %7, %2067
	%2221 = add i32 %2220, 0
	%2222 = mul i32 %2219, 20
	%2223 = add i32 %2221, 0
	%2224 = add i32 %2222, %2223
	%2225 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2224
	%2226 = load i32, i32 addrspace(3)* %2225
	%2227 = add i32 %7, %2067
	%2228 = add i32 %2227, 4
	%2229 = mul i32 %2219, 20
	%2230 = add i32 %2228, 0
	%2231 = add i32 %2229, %2230
	%2232 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2231
	%2233 = load i32, i32 addrspace(3)* %2232
	%2234 = add i32 %6, 0
	%2235 = add i32 %11, %2234
	%2236 = add i32 %2235, 0
	%2237 = add i32 %7, %2067
	%2238 = add i32 %2237, 0
	%2239 = mul i32 %2236, 20
	%2240 = add i32 %2238, 1280
	%2241 = add i32 %2239, %2240
	%2242 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2241
	%2243 = load i32, i32 addrspace(3)* %2242
	%2244 = add i32 %2235, 8
	%2245 = add i32 %7, %2067
	%2246 = add i32 %2245, 0
	%2247 = mul i32 %2244, 20
	%2248 = add i32 %2246, 1280
	%2249 = add i32 %2247, %2248
	%2250 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2249
	%2251 = load i32, i32 addrspace(3)* %2250
	%2252 = add i32 %2235, 0
	%2253 = add i32 %7, %2067
	%2254 = add i32 %2253, 4
	%2255 = mul i32 %2252, 20
	%2256 = add i32 %2254, 1280
	%2257 = add i32 %2255, %2256
	%2258 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2257
	%2259 = load i32, i32 addrspace(3)* %2258
	%2260 = add i32 %2235, 8
	%2261 = add i32 %7, %2067
	%2262 = add i32 %2261, 4
	%2263 = mul i32 %2260, 20
	%2264 = add i32 %2262, 1280
	%2265 = add i32 %2263, %2264
	%2266 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2265
	%2267 = load i32, i32 addrspace(3)* %2266
	%2268 = add i32 %6, 16
	%2269 = add i32 %11, %2268
	%2270 = add i32 %2269, 0
	%2271 = add i32 %7, %2067
	%2272 = add i32 %2271, 0
	%2273 = mul i32 %2270, 20
	%2274 = add i32 %2272, 1280
	%2275 = add i32 %2273, %2274
	%2276 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2275
	%2277 = load i32, i32 addrspace(3)* %2276
	%2278 = add i32 %2269, 8
	%2279 = add i32 %7, %2067
	%2280 = add i32 %2279, 0
	%2281 = mul i32 %2278, 20
	%2282 = add i32 %2280, 1280
	%2283 = add i32 %2281, %2282
	%2284 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2283
	%2285 = load i32, i32 addrspace(3)* %2284
	%2286 = add i32 %2269, 0
	%2287 = add i32 %7, %2067
	%2288 = add i32 %2287, 4
	%2289 = mul i32 %2286, 20
	%2290 = add i32 %2288, 1280
	%2291 = add i32 %2289, %2290
	%2292 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2291
	%2293 = load i32, i32 addrspace(3)* %2292
	%2294 = add i32 %2269, 8
	%2295 = add i32 %7, %2067
	%2296 = add i32 %2295, 4
	%2297 = mul i32 %2294, 20
	%2298 = add i32 %2296, 1280
	%2299 = add i32 %2297, %2298
	%2300 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2299
	%2301 = load i32, i32 addrspace(3)* %2300
	%2302 = add i32 %6, 0
	%2303 = add i32 %13, %2302
	%2304 = add i32 %7, %2067
	%2305 = add i32 %2304, 0
	%2306 = mul i32 %2303, 20
	%2307 = add i32 %2305, 1280
	%2308 = add i32 %2306, %2307
	%2309 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2308
	%2310 = load i32, i32 addrspace(3)* %2309
	%2311 = add i32 %7, %2067
	%2312 = add i32 %2311, 4
	%2313 = mul i32 %2303, 20
	%2314 = add i32 %2312, 1280
	%2315 = add i32 %2313, %2314
	%2316 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2315
	%2317 = load i32, i32 addrspace(3)* %2316
	%2318 = add i32 %6, 8
	%2319 = add i32 %13, %2318
	%2320 = add i32 %7, %2067
	%2321 = add i32 %2320, 0
	%2322 = mul i32 %2319, 20
	%2323 = add i32 %2321, 1280
	%2324 = add i32 %2322, %2323
	%2325 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2324
	%2326 = load i32, i32 addrspace(3)* %2325
	%2327 = add i32 %7, %2067
	%2328 = add i32 %2327, 4
	%2329 = mul i32 %2319, 20
	%2330 = add i32 %2328, 1280
	%2331 = add i32 %2329, %2330
	%2332 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2331
	%2333 = load i32, i32 addrspace(3)* %2332
	%2334 = add i32 %6, 16
	%2335 = add i32 %13, %2334
	%2336 = add i32 %7, %2067
	%2337 = add i32 %2336, 0
	%2338 = mul i32 %2335, 20
	%2339 = add i32 %2337, 1280
	%2340 = add i32 %2338, %2339
	%2341 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2340
	%2342 = load i32, i32 addrspace(3)* %2341
	%2343 = add i32 %7, %2067
	%2344 = add i32 %2343, 4
	%2345 = mul i32 %2335, 20
	%2346 = add i32 %2344, 1280
	%2347 = add i32 %2345, %2346
	%2348 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2347
	%2349 = load i32, i32 addrspace(3)* %2348
	%2350 = add i32 %6, 24
	%2351 = add i32 %13, %2350
	%2352 = add i32 %7, %2067
	%2353 = add i32 %2352, 0
	%2354 = mul i32 %2351, 20
	%2355 = add i32 %2353, 1280
	%2356 = add i32 %2354, %2355
	%2357 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2356
	%2358 = load i32, i32 addrspace(3)* %2357
	%2359 = add i32 %7, %2067
	%2360 = add i32 %2359, 4
	%2361 = mul i32 %2351, 20
	%2362 = add i32 %2360, 1280
	%2363 = add i32 %2361, %2362
	%2364 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2363
	%2365 = load i32, i32 addrspace(3)* %2364
	%2366 = add i32 %6, 0
	%2367 = add i32 %11, %2366
	%2368 = add i32 %2367, 0
	%2369 = add i32 %7, %2067
	%2370 = add i32 %2369, 0
	%2371 = mul i32 %2368, 20
	%2372 = add i32 %2370, 2560
	%2373 = add i32 %2371, %2372
	%2374 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2373
	%2375 = load i32, i32 addrspace(3)* %2374
	%2376 = add i32 %2367, 8
	%2377 = add i32 %7, %2067
	%2378 = add i32 %2377, 0
	%2379 = mul i32 %2376, 20
	%2380 = add i32 %2378, 2560
	%2381 = add i32 %2379, %2380
	%2382 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2381
	%2383 = load i32, i32 addrspace(3)* %2382
	%2384 = add i32 %2367, 0
	%2385 = add i32 %7, %2067
	%2386 = add i32 %2385, 4
	%2387 = mul i32 %2384, 20
	%2388 = add i32 %2386, 2560
	%2389 = add i32 %2387, %2388
	%2390 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2389
	%2391 = load i32, i32 addrspace(3)* %2390
	%2392 = add i32 %2367, 8
	%2393 = add i32 %7, %2067
	%2394 = add i32 %2393, 4
	%2395 = mul i32 %2392, 20
	%2396 = add i32 %2394, 2560
	%2397 = add i32 %2395, %2396
	%2398 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2397
	%2399 = load i32, i32 addrspace(3)* %2398
	%2400 = add i32 %6, 16
	%2401 = add i32 %11, %2400
	%2402 = add i32 %2401, 0
	%2403 = add i32 %7, %2067
	%2404 = add i32 %2403, 0
	%2405 = mul i32 %2402, 20
	%2406 = add i32 %2404, 2560
	%2407 = add i32 %2405, %2406
	%2408 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2407
	%2409 = load i32, i32 addrspace(3)* %2408
	%2410 = add i32 %2401, 8
	%2411 = add i32 %7, %2067
	%2412 = add i32 %2411, 0
	%2413 = mul i32 %2410, 20
	%2414 = add i32 %2412, 2560
	%2415 = add i32 %2413, %2414
	%2416 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2415
	%2417 = load i32, i32 addrspace(3)* %2416
	%2418 = add i32 %2401, 0
	%2419 = add i32 %7, %2067
	%2420 = add i32 %2419, 4
	%2421 = mul i32 %2418, 20
	%2422 = add i32 %2420, 2560
	%2423 = add i32 %2421, %2422
	%2424 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2423
	%2425 = load i32, i32 addrspace(3)* %2424
	%2426 = add i32 %2401, 8
	%2427 = add i32 %7, %2067
	%2428 = add i32 %2427, 4
	%2429 = mul i32 %2426, 20
	%2430 = add i32 %2428, 2560
	%2431 = add i32 %2429, %2430
	%2432 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %2431
	%2433 = load i32, i32 addrspace(3)* %2432
	%2434 = add i32 %6, 0
	%2435 = add i32 %13, %2434
	%2436 = add i32 %7, %2067
	%2437 = add i32 %2436, 0
	%2438 = mul i32 %2435, 20
	%2439 = add i32 %2437, 2560
	%2440 = add i32 %2438, %2439
	%2441 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2440
	%2442 = load i32, i32 addrspace(3)* %2441
	%2443 = add i32 %7, %2067
	%2444 = add i32 %2443, 4
	%2445 = mul i32 %2435, 20
	%2446 = add i32 %2444, 2560
	%2447 = add i32 %2445, %2446
	%2448 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2447
	%2449 = load i32, i32 addrspace(3)* %2448
	%2450 = add i32 %6, 8
	%2451 = add i32 %13, %2450
	%2452 = add i32 %7, %2067
	%2453 = add i32 %2452, 0
	%2454 = mul i32 %2451, 20
	%2455 = add i32 %2453, 2560
	%2456 = add i32 %2454, %2455
	%2457 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2456
	%2458 = load i32, i32 addrspace(3)* %2457
	%2459 = add i32 %7, %2067
	%2460 = add i32 %2459, 4
	%2461 = mul i32 %2451, 20
	%2462 = add i32 %2460, 2560
	%2463 = add i32 %2461, %2462
	%2464 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2463
	%2465 = load i32, i32 addrspace(3)* %2464
	%2466 = add i32 %6, 16
	%2467 = add i32 %13, %2466
	%2468 = add i32 %7, %2067
	%2469 = add i32 %2468, 0
	%2470 = mul i32 %2467, 20
	%2471 = add i32 %2469, 2560
	%2472 = add i32 %2470, %2471
	%2473 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2472
	%2474 = load i32, i32 addrspace(3)* %2473
	%2475 = add i32 %7, %2067
	%2476 = add i32 %2475, 4
	%2477 = mul i32 %2467, 20
	%2478 = add i32 %2476, 2560
	%2479 = add i32 %2477, %2478
	%2480 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2479
	%2481 = load i32, i32 addrspace(3)* %2480
	%2482 = add i32 %6, 24
	%2483 = add i32 %13, %2482
	%2484 = add i32 %7, %2067
	%2485 = add i32 %2484, 0
	%2486 = mul i32 %2483, 20
	%2487 = add i32 %2485, 2560
	%2488 = add i32 %2486, %2487
	%2489 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2488
	%2490 = load i32, i32 addrspace(3)* %2489
	%2491 = add i32 %7, %2067
	%2492 = add i32 %2491, 4
	%2493 = mul i32 %2483, 20
	%2494 = add i32 %2492, 2560
	%2495 = add i32 %2493, %2494
	%2496 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %2495
	%2497 = load i32, i32 addrspace(3)* %2496
	%2498 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2375, i32 %2383, i32 %2391, i32 %2399, i32 %2178, i32 %2185, float %2068, float %2069, float %2070, float %2071)
	%2499 = extractvalue { float, float, float, float } %2498, 0
	%2500 = extractvalue { float, float, float, float } %2498, 1
	%2501 = extractvalue { float, float, float, float } %2498, 2
	%2502 = extractvalue { float, float, float, float } %2498, 3
	%2503 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2375, i32 %2383, i32 %2391, i32 %2399, i32 %2194, i32 %2201, float %2072, float %2073, float %2074, float %2075)
	%2504 = extractvalue { float, float, float, float } %2503, 0
	%2505 = extractvalue { float, float, float, float } %2503, 1
	%2506 = extractvalue { float, float, float, float } %2503, 2
	%2507 = extractvalue { float, float, float, float } %2503, 3
	%2508 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2375, i32 %2383, i32 %2391, i32 %2399, i32 %2210, i32 %2217, float %2076, float %2077, float %2078, float %2079)
	%2509 = extractvalue { float, float, float, float } %2508, 0
	%2510 = extractvalue { float, float, float, float } %2508, 1
	%2511 = extractvalue { float, float, float, float } %2508, 2
	%2512 = extractvalue { float, float, float, float } %2508, 3
	%2513 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2375, i32 %2383, i32 %2391, i32 %2399, i32 %2226, i32 %2233, float %2080, float %2081, float %2082, float %2083)
	%2514 = extractvalue { float, float, float, float } %2513, 0
	%2515 = extractvalue { float, float, float, float } %2513, 1
	%2516 = extractvalue { float, float, float, float } %2513, 2
	%2517 = extractvalue { float, float, float, float } %2513, 3
	%2518 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2409, i32 %2417, i32 %2425, i32 %2433, i32 %2178, i32 %2185, float %2084, float %2085, float %2086, float %2087)
	%2519 = extractvalue { float, float, float, float } %2518, 0
	%2520 = extractvalue { float, float, float, float } %2518, 1
	%2521 = extractvalue { float, float, float, float } %2518, 2
	%2522 = extractvalue { float, float, float, float } %2518, 3
	%2523 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2409, i32 %2417, i32 %2425, i32 %2433, i32 %2194, i32 %2201, float %2088, float %2089, float %2090, float %2091)
	%2524 = extractvalue { float, float, float, float } %2523, 0
	%2525 = extractvalue { float, float, float, float } %2523, 1
	%2526 = extractvalue { float, float, float, float } %2523, 2
	%2527 = extractvalue { float, float, float, float } %2523, 3
	%2528 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2409, i32 %2417, i32 %2425, i32 %2433, i32 %2210, i32 %2217, float %2092, float %2093, float %2094, float %2095)
	%2529 = extractvalue { float, float, float, float } %2528, 0
	%2530 = extractvalue { float, float, float, float } %2528, 1
	%2531 = extractvalue { float, float, float, float } %2528, 2
	%2532 = extractvalue { float, float, float, float } %2528, 3
	%2533 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2409, i32 %2417, i32 %2425, i32 %2433, i32 %2226, i32 %2233, float %2096, float %2097, float %2098, float %2099)
	%2534 = extractvalue { float, float, float, float } %2533, 0
	%2535 = extractvalue { float, float, float, float } %2533, 1
	%2536 = extractvalue { float, float, float, float } %2533, 2
	%2537 = extractvalue { float, float, float, float } %2533, 3
	%2538 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2442, i32 %2449, float %2499, float %2500, float %2501, float %2502)
	%2539 = extractvalue { float, float, float, float } %2538, 0
	%2540 = extractvalue { float, float, float, float } %2538, 1
	%2541 = extractvalue { float, float, float, float } %2538, 2
	%2542 = extractvalue { float, float, float, float } %2538, 3
	%2543 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2458, i32 %2465, float %2504, float %2505, float %2506, float %2507)
	%2544 = extractvalue { float, float, float, float } %2543, 0
	%2545 = extractvalue { float, float, float, float } %2543, 1
	%2546 = extractvalue { float, float, float, float } %2543, 2
	%2547 = extractvalue { float, float, float, float } %2543, 3
	%2548 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2474, i32 %2481, float %2509, float %2510, float %2511, float %2512)
	%2549 = extractvalue { float, float, float, float } %2548, 0
	%2550 = extractvalue { float, float, float, float } %2548, 1
	%2551 = extractvalue { float, float, float, float } %2548, 2
	%2552 = extractvalue { float, float, float, float } %2548, 3
	%2553 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2490, i32 %2497, float %2514, float %2515, float %2516, float %2517)
	%2554 = extractvalue { float, float, float, float } %2553, 0
	%2555 = extractvalue { float, float, float, float } %2553, 1
	%2556 = extractvalue { float, float, float, float } %2553, 2
	%2557 = extractvalue { float, float, float, float } %2553, 3
	%2558 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2442, i32 %2449, float %2519, float %2520, float %2521, float %2522)
	%2559 = extractvalue { float, float, float, float } %2558, 0
	%2560 = extractvalue { float, float, float, float } %2558, 1
	%2561 = extractvalue { float, float, float, float } %2558, 2
	%2562 = extractvalue { float, float, float, float } %2558, 3
	%2563 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2458, i32 %2465, float %2524, float %2525, float %2526, float %2527)
	%2564 = extractvalue { float, float, float, float } %2563, 0
	%2565 = extractvalue { float, float, float, float } %2563, 1
	%2566 = extractvalue { float, float, float, float } %2563, 2
	%2567 = extractvalue { float, float, float, float } %2563, 3
	%2568 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2474, i32 %2481, float %2529, float %2530, float %2531, float %2532)
	%2569 = extractvalue { float, float, float, float } %2568, 0
	%2570 = extractvalue { float, float, float, float } %2568, 1
	%2571 = extractvalue { float, float, float, float } %2568, 2
	%2572 = extractvalue { float, float, float, float } %2568, 3
	%2573 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2490, i32 %2497, float %2534, float %2535, float %2536, float %2537)
	%2574 = extractvalue { float, float, float, float } %2573, 0
	%2575 = extractvalue { float, float, float, float } %2573, 1
	%2576 = extractvalue { float, float, float, float } %2573, 2
	%2577 = extractvalue { float, float, float, float } %2573, 3
	%2578 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2310, i32 %2317, float %2539, float %2540, float %2541, float %2542)
	%2579 = extractvalue { float, float, float, float } %2578, 0
	%2580 = extractvalue { float, float, float, float } %2578, 1
	%2581 = extractvalue { float, float, float, float } %2578, 2
	%2582 = extractvalue { float, float, float, float } %2578, 3
	%2583 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2326, i32 %2333, float %2544, float %2545, float %2546, float %2547)
	%2584 = extractvalue { float, float, float, float } %2583, 0
	%2585 = extractvalue { float, float, float, float } %2583, 1
	%2586 = extractvalue { float, float, float, float } %2583, 2
	%2587 = extractvalue { float, float, float, float } %2583, 3
	%2588 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2342, i32 %2349, float %2549, float %2550, float %2551, float %2552)
	%2589 = extractvalue { float, float, float, float } %2588, 0
	%2590 = extractvalue { float, float, float, float } %2588, 1
	%2591 = extractvalue { float, float, float, float } %2588, 2
	%2592 = extractvalue { float, float, float, float } %2588, 3
	%2593 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2358, i32 %2365, float %2554, float %2555, float %2556, float %2557)
	%2594 = extractvalue { float, float, float, float } %2593, 0
	%2595 = extractvalue { float, float, float, float } %2593, 1
	%2596 = extractvalue { float, float, float, float } %2593, 2
	%2597 = extractvalue { float, float, float, float } %2593, 3
	%2598 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2310, i32 %2317, float %2559, float %2560, float %2561, float %2562)
	%2599 = extractvalue { float, float, float, float } %2598, 0
	%2600 = extractvalue { float, float, float, float } %2598, 1
	%2601 = extractvalue { float, float, float, float } %2598, 2
	%2602 = extractvalue { float, float, float, float } %2598, 3
	%2603 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2326, i32 %2333, float %2564, float %2565, float %2566, float %2567)
	%2604 = extractvalue { float, float, float, float } %2603, 0
	%2605 = extractvalue { float, float, float, float } %2603, 1
	%2606 = extractvalue { float, float, float, float } %2603, 2
	%2607 = extractvalue { float, float, float, float } %2603, 3
	%2608 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2342, i32 %2349, float %2569, float %2570, float %2571, float %2572)
	%2609 = extractvalue { float, float, float, float } %2608, 0
	%2610 = extractvalue { float, float, float, float } %2608, 1
	%2611 = extractvalue { float, float, float, float } %2608, 2
	%2612 = extractvalue { float, float, float, float } %2608, 3
	%2613 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2358, i32 %2365, float %2574, float %2575, float %2576, float %2577)
	%2614 = extractvalue { float, float, float, float } %2613, 0
	%2615 = extractvalue { float, float, float, float } %2613, 1
	%2616 = extractvalue { float, float, float, float } %2613, 2
	%2617 = extractvalue { float, float, float, float } %2613, 3
	%2618 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2178, i32 %2185, float %2579, float %2580, float %2581, float %2582)
	%2619 = extractvalue { float, float, float, float } %2618, 0
	%2620 = extractvalue { float, float, float, float } %2618, 1
	%2621 = extractvalue { float, float, float, float } %2618, 2
	%2622 = extractvalue { float, float, float, float } %2618, 3
	%2623 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2194, i32 %2201, float %2584, float %2585, float %2586, float %2587)
	%2624 = extractvalue { float, float, float, float } %2623, 0
	%2625 = extractvalue { float, float, float, float } %2623, 1
	%2626 = extractvalue { float, float, float, float } %2623, 2
	%2627 = extractvalue { float, float, float, float } %2623, 3
	%2628 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2210, i32 %2217, float %2589, float %2590, float %2591, float %2592)
	%2629 = extractvalue { float, float, float, float } %2628, 0
	%2630 = extractvalue { float, float, float, float } %2628, 1
	%2631 = extractvalue { float, float, float, float } %2628, 2
	%2632 = extractvalue { float, float, float, float } %2628, 3
	%2633 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2226, i32 %2233, float %2594, float %2595, float %2596, float %2597)
	%2634 = extractvalue { float, float, float, float } %2633, 0
	%2635 = extractvalue { float, float, float, float } %2633, 1
	%2636 = extractvalue { float, float, float, float } %2633, 2
	%2637 = extractvalue { float, float, float, float } %2633, 3
	%2638 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2178, i32 %2185, float %2599, float %2600, float %2601, float %2602)
	%2639 = extractvalue { float, float, float, float } %2638, 0
	%2640 = extractvalue { float, float, float, float } %2638, 1
	%2641 = extractvalue { float, float, float, float } %2638, 2
	%2642 = extractvalue { float, float, float, float } %2638, 3
	%2643 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2194, i32 %2201, float %2604, float %2605, float %2606, float %2607)
	%2644 = extractvalue { float, float, float, float } %2643, 0
	%2645 = extractvalue { float, float, float, float } %2643, 1
	%2646 = extractvalue { float, float, float, float } %2643, 2
	%2647 = extractvalue { float, float, float, float } %2643, 3
	%2648 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2210, i32 %2217, float %2609, float %2610, float %2611, float %2612)
	%2649 = extractvalue { float, float, float, float } %2648, 0
	%2650 = extractvalue { float, float, float, float } %2648, 1
	%2651 = extractvalue { float, float, float, float } %2648, 2
	%2652 = extractvalue { float, float, float, float } %2648, 3
	%2653 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2226, i32 %2233, float %2614, float %2615, float %2616, float %2617)
	%2654 = extractvalue { float, float, float, float } %2653, 0
	%2655 = extractvalue { float, float, float, float } %2653, 1
	%2656 = extractvalue { float, float, float, float } %2653, 2
	%2657 = extractvalue { float, float, float, float } %2653, 3
	%2658 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2310, i32 %2317, float %2619, float %2620, float %2621, float %2622)
	%2659 = extractvalue { float, float, float, float } %2658, 0
	%2660 = extractvalue { float, float, float, float } %2658, 1
	%2661 = extractvalue { float, float, float, float } %2658, 2
	%2662 = extractvalue { float, float, float, float } %2658, 3
	%2663 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2326, i32 %2333, float %2624, float %2625, float %2626, float %2627)
	%2664 = extractvalue { float, float, float, float } %2663, 0
	%2665 = extractvalue { float, float, float, float } %2663, 1
	%2666 = extractvalue { float, float, float, float } %2663, 2
	%2667 = extractvalue { float, float, float, float } %2663, 3
	%2668 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2342, i32 %2349, float %2629, float %2630, float %2631, float %2632)
	%2669 = extractvalue { float, float, float, float } %2668, 0
	%2670 = extractvalue { float, float, float, float } %2668, 1
	%2671 = extractvalue { float, float, float, float } %2668, 2
	%2672 = extractvalue { float, float, float, float } %2668, 3
	%2673 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2358, i32 %2365, float %2634, float %2635, float %2636, float %2637)
	%2674 = extractvalue { float, float, float, float } %2673, 0
	%2675 = extractvalue { float, float, float, float } %2673, 1
	%2676 = extractvalue { float, float, float, float } %2673, 2
	%2677 = extractvalue { float, float, float, float } %2673, 3
	%2678 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2310, i32 %2317, float %2639, float %2640, float %2641, float %2642)
	%2679 = extractvalue { float, float, float, float } %2678, 0
	%2680 = extractvalue { float, float, float, float } %2678, 1
	%2681 = extractvalue { float, float, float, float } %2678, 2
	%2682 = extractvalue { float, float, float, float } %2678, 3
	%2683 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2326, i32 %2333, float %2644, float %2645, float %2646, float %2647)
	%2684 = extractvalue { float, float, float, float } %2683, 0
	%2685 = extractvalue { float, float, float, float } %2683, 1
	%2686 = extractvalue { float, float, float, float } %2683, 2
	%2687 = extractvalue { float, float, float, float } %2683, 3
	%2688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2342, i32 %2349, float %2649, float %2650, float %2651, float %2652)
	%2689 = extractvalue { float, float, float, float } %2688, 0
	%2690 = extractvalue { float, float, float, float } %2688, 1
	%2691 = extractvalue { float, float, float, float } %2688, 2
	%2692 = extractvalue { float, float, float, float } %2688, 3
	%2693 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2358, i32 %2365, float %2654, float %2655, float %2656, float %2657)
	%2694 = extractvalue { float, float, float, float } %2693, 0
	%2695 = extractvalue { float, float, float, float } %2693, 1
	%2696 = extractvalue { float, float, float, float } %2693, 2
	%2697 = extractvalue { float, float, float, float } %2693, 3
	%2698 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2178, i32 %2185, float %2659, float %2660, float %2661, float %2662)
	%2699 = extractvalue { float, float, float, float } %2698, 0
	%2700 = extractvalue { float, float, float, float } %2698, 1
	%2701 = extractvalue { float, float, float, float } %2698, 2
	%2702 = extractvalue { float, float, float, float } %2698, 3
	%2703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2194, i32 %2201, float %2664, float %2665, float %2666, float %2667)
	%2704 = extractvalue { float, float, float, float } %2703, 0
	%2705 = extractvalue { float, float, float, float } %2703, 1
	%2706 = extractvalue { float, float, float, float } %2703, 2
	%2707 = extractvalue { float, float, float, float } %2703, 3
	%2708 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2210, i32 %2217, float %2669, float %2670, float %2671, float %2672)
	%2709 = extractvalue { float, float, float, float } %2708, 0
	%2710 = extractvalue { float, float, float, float } %2708, 1
	%2711 = extractvalue { float, float, float, float } %2708, 2
	%2712 = extractvalue { float, float, float, float } %2708, 3
	%2713 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2226, i32 %2233, float %2674, float %2675, float %2676, float %2677)
	%2714 = extractvalue { float, float, float, float } %2713, 0
	%2715 = extractvalue { float, float, float, float } %2713, 1
	%2716 = extractvalue { float, float, float, float } %2713, 2
	%2717 = extractvalue { float, float, float, float } %2713, 3
	%2718 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2178, i32 %2185, float %2679, float %2680, float %2681, float %2682)
	%2719 = extractvalue { float, float, float, float } %2718, 0
	%2720 = extractvalue { float, float, float, float } %2718, 1
	%2721 = extractvalue { float, float, float, float } %2718, 2
	%2722 = extractvalue { float, float, float, float } %2718, 3
	%2723 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2194, i32 %2201, float %2684, float %2685, float %2686, float %2687)
	%2724 = extractvalue { float, float, float, float } %2723, 0
	%2725 = extractvalue { float, float, float, float } %2723, 1
	%2726 = extractvalue { float, float, float, float } %2723, 2
	%2727 = extractvalue { float, float, float, float } %2723, 3
	%2728 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2210, i32 %2217, float %2689, float %2690, float %2691, float %2692)
	%2729 = extractvalue { float, float, float, float } %2728, 0
	%2730 = extractvalue { float, float, float, float } %2728, 1
	%2731 = extractvalue { float, float, float, float } %2728, 2
	%2732 = extractvalue { float, float, float, float } %2728, 3
	%2733 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2226, i32 %2233, float %2694, float %2695, float %2696, float %2697)
	%2734 = extractvalue { float, float, float, float } %2733, 0
	%2735 = extractvalue { float, float, float, float } %2733, 1
	%2736 = extractvalue { float, float, float, float } %2733, 2
	%2737 = extractvalue { float, float, float, float } %2733, 3
	%2738 = add i32 %2067, 8
	br label %2066

2739:
	%2740 = add i32 %830, 32
	br label %829

2741:
	%2742 = mul i32 %3, %NQ
	%2743 = add i32 %2742, %17
	%2744 = mul i32 %2743, %NK
	%2745 = add i32 %2744, %21
	%2746 = sext i32 %2745 to i64
	%2747 = getelementptr float, float* %e, i64 %2746
	store float %1892, float* %2747
	br label %2748

2748:
	%2749 = fmul float %832, 0x3FC7154760000000
	%2750 = icmp slt i32 %24, %NQ
	%2751 = icmp slt i32 %28, %NK
	%2752 = and i1 %2750, %2751
	br i1 %2752, label %2753, label %2760

2753:
	%2754 = mul i32 %3, %NQ
	%2755 = add i32 %2754, %24
	%2756 = mul i32 %2755, %NK
	%2757 = add i32 %2756, %28
	%2758 = sext i32 %2757 to i64
	%2759 = getelementptr float, float* %e, i64 %2758
	store float %2749, float* %2759
	br label %2760

2760:
	%2761 = fmul float %833, 0x3FC7154760000000
	%2762 = icmp slt i32 %31, %NQ
	%2763 = icmp slt i32 %35, %NK
	%2764 = and i1 %2762, %2763
	br i1 %2764, label %2765, label %2772

2765:
	%2766 = mul i32 %3, %NQ
	%2767 = add i32 %2766, %31
	%2768 = mul i32 %2767, %NK
	%2769 = add i32 %2768, %35
	%2770 = sext i32 %2769 to i64
	%2771 = getelementptr float, float* %e, i64 %2770
	store float %2761, float* %2771
	br label %2772

2772:
	%2773 = fmul float %834, 0x3FC7154760000000
	%2774 = icmp slt i32 %38, %NQ
	%2775 = icmp slt i32 %42, %NK
	%2776 = and i1 %2774, %2775
	br i1 %2776, label %2777, label %2784

2777:
	%2778 = mul i32 %3, %NQ
	%2779 = add i32 %2778, %38
	%2780 = mul i32 %2779, %NK
	%2781 = add i32 %2780, %42
	%2782 = sext i32 %2781 to i64
	%2783 = getelementptr float, float* %e, i64 %2782
	store float %2773, float* %2783
	br label %2784

2784:
	%2785 = fmul float %835, 0x3FC7154760000000
	%2786 = icmp slt i32 %45, %NQ
	%2787 = icmp slt i32 %49, %NK
	%2788 = and i1 %2786, %2787
	br i1 %2788, label %2789, label %2796

2789:
	%2790 = mul i32 %3, %NQ
	%2791 = add i32 %2790, %45
	%2792 = mul i32 %2791, %NK
	%2793 = add i32 %2792, %49
	%2794 = sext i32 %2793 to i64
	%2795 = getelementptr float, float* %e, i64 %2794
	store float %2785, float* %2795
	br label %2796

2796:
	%2797 = fmul float %836, 0x3FC7154760000000
	%2798 = icmp slt i32 %52, %NQ
	%2799 = icmp slt i32 %56, %NK
	%2800 = and i1 %2798, %2799
	br i1 %2800, label %2801, label %2808

2801:
	%2802 = mul i32 %3, %NQ
	%2803 = add i32 %2802, %52
	%2804 = mul i32 %2803, %NK
	%2805 = add i32 %2804, %56
	%2806 = sext i32 %2805 to i64
	%2807 = getelementptr float, float* %e, i64 %2806
	store float %2797, float* %2807
	br label %2808

2808:
	%2809 = fmul float %837, 0x3FC7154760000000
	%2810 = icmp slt i32 %59, %NQ
	%2811 = icmp slt i32 %63, %NK
	%2812 = and i1 %2810, %2811
	br i1 %2812, label %2813, label %2820

2813:
	%2814 = mul i32 %3, %NQ
	%2815 = add i32 %2814, %59
	%2816 = mul i32 %2815, %NK
	%2817 = add i32 %2816, %63
	%2818 = sext i32 %2817 to i64
	%2819 = getelementptr float, float* %e, i64 %2818
	store float %2809, float* %2819
	br label %2820

2820:
	%2821 = fmul float %838, 0x3FC7154760000000
	%2822 = icmp slt i32 %66, %NQ
	%2823 = icmp slt i32 %70, %NK
	%2824 = and i1 %2822, %2823
	br i1 %2824, label %2825, label %2832

2825:
	%2826 = mul i32 %3, %NQ
	%2827 = add i32 %2826, %66
	%2828 = mul i32 %2827, %NK
	%2829 = add i32 %2828, %70
	%2830 = sext i32 %2829 to i64
	%2831 = getelementptr float, float* %e, i64 %2830
	store float %2821, float* %2831
	br label %2832

2832:
	%2833 = fmul float %839, 0x3FC7154760000000
	%2834 = icmp slt i32 %73, %NQ
	%2835 = icmp slt i32 %77, %NK
	%2836 = and i1 %2834, %2835
	br i1 %2836, label %2837, label %2844

2837:
	%2838 = mul i32 %3, %NQ
	%2839 = add i32 %2838, %73
	%2840 = mul i32 %2839, %NK
	%2841 = add i32 %2840, %77
	%2842 = sext i32 %2841 to i64
	%2843 = getelementptr float, float* %e, i64 %2842
	store float %2833, float* %2843
	br label %2844

2844:
	%2845 = fmul float %840, 0x3FC7154760000000
	%2846 = icmp slt i32 %80, %NQ
	%2847 = icmp slt i32 %84, %NK
	%2848 = and i1 %2846, %2847
	br i1 %2848, label %2849, label %2856

2849:
	%2850 = mul i32 %3, %NQ
	%2851 = add i32 %2850, %80
	%2852 = mul i32 %2851, %NK
	%2853 = add i32 %2852, %84
	%2854 = sext i32 %2853 to i64
	%2855 = getelementptr float, float* %e, i64 %2854
	store float %2845, float* %2855
	br label %2856

2856:
	%2857 = fmul float %841, 0x3FC7154760000000
	%2858 = icmp slt i32 %87, %NQ
	%2859 = icmp slt i32 %91, %NK
	%2860 = and i1 %2858, %2859
	br i1 %2860, label %2861, label %2868

2861:
	%2862 = mul i32 %3, %NQ
	%2863 = add i32 %2862, %87
	%2864 = mul i32 %2863, %NK
	%2865 = add i32 %2864, %91
	%2866 = sext i32 %2865 to i64
	%2867 = getelementptr float, float* %e, i64 %2866
	store float %2857, float* %2867
	br label %2868

2868:
	%2869 = fmul float %842, 0x3FC7154760000000
	%2870 = icmp slt i32 %94, %NQ
	%2871 = icmp slt i32 %98, %NK
	%2872 = and i1 %2870, %2871
	br i1 %2872, label %2873, label %2880

2873:
	%2874 = mul i32 %3, %NQ
	%2875 = add i32 %2874, %94
	%2876 = mul i32 %2875, %NK
	%2877 = add i32 %2876, %98
	%2878 = sext i32 %2877 to i64
	%2879 = getelementptr float, float* %e, i64 %2878
	store float %2869, float* %2879
	br label %2880

2880:
	%2881 = fmul float %843, 0x3FC7154760000000
	%2882 = icmp slt i32 %101, %NQ
	%2883 = icmp slt i32 %105, %NK
	%2884 = and i1 %2882, %2883
	br i1 %2884, label %2885, label %2892

2885:
	%2886 = mul i32 %3, %NQ
	%2887 = add i32 %2886, %101
	%2888 = mul i32 %2887, %NK
	%2889 = add i32 %2888, %105
	%2890 = sext i32 %2889 to i64
	%2891 = getelementptr float, float* %e, i64 %2890
	store float %2881, float* %2891
	br label %2892

2892:
	%2893 = fmul float %844, 0x3FC7154760000000
	%2894 = icmp slt i32 %108, %NQ
	%2895 = icmp slt i32 %112, %NK
	%2896 = and i1 %2894, %2895
	br i1 %2896, label %2897, label %2904

2897:
	%2898 = mul i32 %3, %NQ
	%2899 = add i32 %2898, %108
	%2900 = mul i32 %2899, %NK
	%2901 = add i32 %2900, %112
	%2902 = sext i32 %2901 to i64
	%2903 = getelementptr float, float* %e, i64 %2902
	store float %2893, float* %2903
	br label %2904

2904:
	%2905 = fmul float %845, 0x3FC7154760000000
	%2906 = icmp slt i32 %115, %NQ
	%2907 = icmp slt i32 %119, %NK
	%2908 = and i1 %2906, %2907
	br i1 %2908, label %2909, label %2916

2909:
	%2910 = mul i32 %3, %NQ
	%2911 = add i32 %2910, %115
	%2912 = mul i32 %2911, %NK
	%2913 = add i32 %2912, %119
	%2914 = sext i32 %2913 to i64
	%2915 = getelementptr float, float* %e, i64 %2914
	store float %2905, float* %2915
	br label %2916

2916:
	%2917 = fmul float %846, 0x3FC7154760000000
	%2918 = icmp slt i32 %122, %NQ
	%2919 = icmp slt i32 %126, %NK
	%2920 = and i1 %2918, %2919
	br i1 %2920, label %2921, label %2928

2921:
	%2922 = mul i32 %3, %NQ
	%2923 = add i32 %2922, %122
	%2924 = mul i32 %2923, %NK
	%2925 = add i32 %2924, %126
	%2926 = sext i32 %2925 to i64
	%2927 = getelementptr float, float* %e, i64 %2926
	store float %2917, float* %2927
	br label %2928

2928:
	%2929 = fmul float %847, 0x3FC7154760000000
	%2930 = icmp slt i32 %129, %NQ
	%2931 = icmp slt i32 %133, %NK
	%2932 = and i1 %2930, %2931
	br i1 %2932, label %2933, label %2940

2933:
	%2934 = mul i32 %3, %NQ
	%2935 = add i32 %2934, %129
	%2936 = mul i32 %2935, %NK
	%2937 = add i32 %2936, %133
	%2938 = sext i32 %2937 to i64
	%2939 = getelementptr float, float* %e, i64 %2938
	store float %2929, float* %2939
	br label %2940

2940:
	%2941 = fmul float %848, 0x3FC7154760000000
	%2942 = icmp slt i32 %136, %NQ
	%2943 = icmp slt i32 %140, %NK
	%2944 = and i1 %2942, %2943
	br i1 %2944, label %2945, label %2952

2945:
	%2946 = mul i32 %3, %NQ
	%2947 = add i32 %2946, %136
	%2948 = mul i32 %2947, %NK
	%2949 = add i32 %2948, %140
	%2950 = sext i32 %2949 to i64
	%2951 = getelementptr float, float* %e, i64 %2950
	store float %2941, float* %2951
	br label %2952

2952:
	%2953 = fmul float %849, 0x3FC7154760000000
	%2954 = icmp slt i32 %143, %NQ
	%2955 = icmp slt i32 %147, %NK
	%2956 = and i1 %2954, %2955
	br i1 %2956, label %2957, label %2964

2957:
	%2958 = mul i32 %3, %NQ
	%2959 = add i32 %2958, %143
	%2960 = mul i32 %2959, %NK
	%2961 = add i32 %2960, %147
	%2962 = sext i32 %2961 to i64
	%2963 = getelementptr float, float* %e, i64 %2962
	store float %2953, float* %2963
	br label %2964

2964:
	%2965 = fmul float %850, 0x3FC7154760000000
	%2966 = icmp slt i32 %150, %NQ
	%2967 = icmp slt i32 %154, %NK
	%2968 = and i1 %2966, %2967
	br i1 %2968, label %2969, label %2976

2969:
	%2970 = mul i32 %3, %NQ
	%2971 = add i32 %2970, %150
	%2972 = mul i32 %2971, %NK
	%2973 = add i32 %2972, %154
	%2974 = sext i32 %2973 to i64
	%2975 = getelementptr float, float* %e, i64 %2974
	store float %2965, float* %2975
	br label %2976

2976:
	%2977 = fmul float %851, 0x3FC7154760000000
	%2978 = icmp slt i32 %157, %NQ
	%2979 = icmp slt i32 %161, %NK
	%2980 = and i1 %2978, %2979
	br i1 %2980, label %2981, label %2988

2981:
	%2982 = mul i32 %3, %NQ
	%2983 = add i32 %2982, %157
	%2984 = mul i32 %2983, %NK
	%2985 = add i32 %2984, %161
	%2986 = sext i32 %2985 to i64
	%2987 = getelementptr float, float* %e, i64 %2986
	store float %2977, float* %2987
	br label %2988

2988:
	%2989 = fmul float %852, 0x3FC7154760000000
	%2990 = icmp slt i32 %164, %NQ
	%2991 = icmp slt i32 %168, %NK
	%2992 = and i1 %2990, %2991
	br i1 %2992, label %2993, label %3000

2993:
	%2994 = mul i32 %3, %NQ
	%2995 = add i32 %2994, %164
	%2996 = mul i32 %2995, %NK
	%2997 = add i32 %2996, %168
	%2998 = sext i32 %2997 to i64
	%2999 = getelementptr float, float* %e, i64 %2998
	store float %2989, float* %2999
	br label %3000

3000:
	%3001 = fmul float %853, 0x3FC7154760000000
	%3002 = icmp slt i32 %171, %NQ
	%3003 = icmp slt i32 %175, %NK
	%3004 = and i1 %3002, %3003
	br i1 %3004, label %3005, label %3012

3005:
	%3006 = mul i32 %3, %NQ
	%3007 = add i32 %3006, %171
	%3008 = mul i32 %3007, %NK
	%3009 = add i32 %3008, %175
	%3010 = sext i32 %3009 to i64
	%3011 = getelementptr float, float* %e, i64 %3010
	store float %3001, float* %3011
	br label %3012

3012:
	%3013 = fmul float %854, 0x3FC7154760000000
	%3014 = icmp slt i32 %178, %NQ
	%3015 = icmp slt i32 %182, %NK
	%3016 = and i1 %3014, %3015
	br i1 %3016, label %3017, label %3024

3017:
	%3018 = mul i32 %3, %NQ
	%3019 = add i32 %3018, %178
	%3020 = mul i32 %3019, %NK
	%3021 = add i32 %3020, %182
	%3022 = sext i32 %3021 to i64
	%3023 = getelementptr float, float* %e, i64 %3022
	store float %3013, float* %3023
	br label %3024

3024:
	%3025 = fmul float %855, 0x3FC7154760000000
	%3026 = icmp slt i32 %185, %NQ
	%3027 = icmp slt i32 %189, %NK
	%3028 = and i1 %3026, %3027
	br i1 %3028, label %3029, label %3036

3029:
	%3030 = mul i32 %3, %NQ
	%3031 = add i32 %3030, %185
	%3032 = mul i32 %3031, %NK
	%3033 = add i32 %3032, %189
	%3034 = sext i32 %3033 to i64
	%3035 = getelementptr float, float* %e, i64 %3034
	store float %3025, float* %3035
	br label %3036

3036:
	%3037 = fmul float %856, 0x3FC7154760000000
	%3038 = icmp slt i32 %192, %NQ
	%3039 = icmp slt i32 %196, %NK
	%3040 = and i1 %3038, %3039
	br i1 %3040, label %3041, label %3048

3041:
	%3042 = mul i32 %3, %NQ
	%3043 = add i32 %3042, %192
	%3044 = mul i32 %3043, %NK
	%3045 = add i32 %3044, %196
	%3046 = sext i32 %3045 to i64
	%3047 = getelementptr float, float* %e, i64 %3046
	store float %3037, float* %3047
	br label %3048

3048:
	%3049 = fmul float %857, 0x3FC7154760000000
	%3050 = icmp slt i32 %199, %NQ
	%3051 = icmp slt i32 %203, %NK
	%3052 = and i1 %3050, %3051
	br i1 %3052, label %3053, label %3060

3053:
	%3054 = mul i32 %3, %NQ
	%3055 = add i32 %3054, %199
	%3056 = mul i32 %3055, %NK
	%3057 = add i32 %3056, %203
	%3058 = sext i32 %3057 to i64
	%3059 = getelementptr float, float* %e, i64 %3058
	store float %3049, float* %3059
	br label %3060

3060:
	%3061 = fmul float %858, 0x3FC7154760000000
	%3062 = icmp slt i32 %206, %NQ
	%3063 = icmp slt i32 %210, %NK
	%3064 = and i1 %3062, %3063
	br i1 %3064, label %3065, label %3072

3065:
	%3066 = mul i32 %3, %NQ
	%3067 = add i32 %3066, %206
	%3068 = mul i32 %3067, %NK
	%3069 = add i32 %3068, %210
	%3070 = sext i32 %3069 to i64
	%3071 = getelementptr float, float* %e, i64 %3070
	store float %3061, float* %3071
	br label %3072

3072:
	%3073 = fmul float %859, 0x3FC7154760000000
	%3074 = icmp slt i32 %213, %NQ
	%3075 = icmp slt i32 %217, %NK
	%3076 = and i1 %3074, %3075
	br i1 %3076, label %3077, label %3084

3077:
	%3078 = mul i32 %3, %NQ
	%3079 = add i32 %3078, %213
	%3080 = mul i32 %3079, %NK
	%3081 = add i32 %3080, %217
	%3082 = sext i32 %3081 to i64
	%3083 = getelementptr float, float* %e, i64 %3082
	store float %3073, float* %3083
	br label %3084

3084:
	%3085 = fmul float %860, 0x3FC7154760000000
	%3086 = icmp slt i32 %220, %NQ
	%3087 = icmp slt i32 %224, %NK
	%3088 = and i1 %3086, %3087
	br i1 %3088, label %3089, label %3096

3089:
	%3090 = mul i32 %3, %NQ
	%3091 = add i32 %3090, %220
	%3092 = mul i32 %3091, %NK
	%3093 = add i32 %3092, %224
	%3094 = sext i32 %3093 to i64
	%3095 = getelementptr float, float* %e, i64 %3094
	store float %3085, float* %3095
	br label %3096

3096:
	%3097 = fmul float %861, 0x3FC7154760000000
	%3098 = icmp slt i32 %227, %NQ
	%3099 = icmp slt i32 %231, %NK
	%3100 = and i1 %3098, %3099
	br i1 %3100, label %3101, label %3108

3101:
	%3102 = mul i32 %3, %NQ
	%3103 = add i32 %3102, %227
	%3104 = mul i32 %3103, %NK
	%3105 = add i32 %3104, %231
	%3106 = sext i32 %3105 to i64
	%3107 = getelementptr float, float* %e, i64 %3106
	store float %3097, float* %3107
	br label %3108

3108:
	%3109 = fmul float %862, 0x3FC7154760000000
	%3110 = icmp slt i32 %234, %NQ
	%3111 = icmp slt i32 %238, %NK
	%3112 = and i1 %3110, %3111
	br i1 %3112, label %3113, label %3120

3113:
	%3114 = mul i32 %3, %NQ
	%3115 = add i32 %3114, %234
	%3116 = mul i32 %3115, %NK
	%3117 = add i32 %3116, %238
	%3118 = sext i32 %3117 to i64
	%3119 = getelementptr float, float* %e, i64 %3118
	store float %3109, float* %3119
	br label %3120

3120:
	ret void
}
