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
	br label %660

skip:
	ret void

660:
	%661 = phi i32 [ 0, %work ], [ %1663, %1662 ]
	%662 = phi float [ 0.0, %work ], [ %991, %1662 ]
	%663 = phi float [ 0.0, %work ], [ %992, %1662 ]
	%664 = phi float [ 0.0, %work ], [ %993, %1662 ]
	%665 = phi float [ 0.0, %work ], [ %994, %1662 ]
	%666 = phi float [ 0.0, %work ], [ %995, %1662 ]
	%667 = phi float [ 0.0, %work ], [ %996, %1662 ]
	%668 = phi float [ 0.0, %work ], [ %997, %1662 ]
	%669 = phi float [ 0.0, %work ], [ %998, %1662 ]
	%670 = phi float [ 0.0, %work ], [ %999, %1662 ]
	%671 = phi float [ 0.0, %work ], [ %1000, %1662 ]
	%672 = phi float [ 0.0, %work ], [ %1001, %1662 ]
	%673 = phi float [ 0.0, %work ], [ %1002, %1662 ]
	%674 = phi float [ 0.0, %work ], [ %1003, %1662 ]
	%675 = phi float [ 0.0, %work ], [ %1004, %1662 ]
	%676 = phi float [ 0.0, %work ], [ %1005, %1662 ]
	%677 = phi float [ 0.0, %work ], [ %1006, %1662 ]
	%678 = phi float [ 0.0, %work ], [ %1007, %1662 ]
	%679 = phi float [ 0.0, %work ], [ %1008, %1662 ]
	%680 = phi float [ 0.0, %work ], [ %1009, %1662 ]
	%681 = phi float [ 0.0, %work ], [ %1010, %1662 ]
	%682 = phi float [ 0.0, %work ], [ %1011, %1662 ]
	%683 = phi float [ 0.0, %work ], [ %1012, %1662 ]
	%684 = phi float [ 0.0, %work ], [ %1013, %1662 ]
	%685 = phi float [ 0.0, %work ], [ %1014, %1662 ]
	%686 = phi float [ 0.0, %work ], [ %1015, %1662 ]
	%687 = phi float [ 0.0, %work ], [ %1016, %1662 ]
	%688 = phi float [ 0.0, %work ], [ %1017, %1662 ]
	%689 = phi float [ 0.0, %work ], [ %1018, %1662 ]
	%690 = phi float [ 0.0, %work ], [ %1019, %1662 ]
	%691 = phi float [ 0.0, %work ], [ %1020, %1662 ]
	%692 = phi float [ 0.0, %work ], [ %1021, %1662 ]
	%693 = phi float [ 0.0, %work ], [ %1022, %1662 ]
	%694 = icmp slt i32 %661, 64
	br i1 %694, label %695, label %696

695:
	br label %701

696:
	%697 = fmul float %662, 0x3FC7154760000000
	%698 = icmp slt i32 %17, %NQ
	%699 = icmp slt i32 %21, %NK
	%700 = and i1 %698, %699
	br i1 %700, label %1664, label %1671

701:
	%702 = phi i32 [ 0, %695 ], [ %843, %704 ]
	%703 = icmp slt i32 %702, 512
	br i1 %703, label %704, label %844

704:
	%705 = add i32 %0, %702
	%706 = udiv i32 %705, 8
	%707 = urem i32 %705, 8
	%708 = add i32 %8, %706
	%709 = icmp slt i32 %708, %NQ
	%710 = select i1 %709, i32 %708, i32 0
	%711 = mul i32 %3, %NQ
	%712 = add i32 %711, %710
	%713 = mul i32 %712, 64
	%714 = add i32 %713, %661
	%715 = shl i32 %707, 2
	%716 = add i32 %714, %715
	%717 = sext i32 %716 to i64
	%718 = getelementptr float, float* %qm, i64 %717
	%719 = bitcast float* %718 to <4 x float>*
	%720 = load <4 x float>, <4 x float>* %719, align 16
	%721 = extractelement <4 x float> %720, i32 0
	%722 = extractelement <4 x float> %720, i32 1
	%723 = extractelement <4 x float> %720, i32 2
	%724 = extractelement <4 x float> %720, i32 3
	%725 = select i1 %709, float %721, float 0.0
	%726 = select i1 %709, float %722, float 0.0
	%727 = select i1 %709, float %723, float 0.0
	%728 = select i1 %709, float %724, float 0.0
	%729 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %726, float %725)
	%730 = trunc i32 %729 to i16
	%731 = zext i16 %730 to i32
	%732 = shl i32 %731, 16
	%733 = bitcast i32 %732 to float
	%734 = fcmp oeq float %733, 0x7FF0000000000000
	%735 = fneg float 0x7FF0000000000000
	%736 = fcmp oeq float %733, %735
	%737 = or i1 %734, %736
	%738 = fsub float %725, %733
	%739 = select i1 %737, float 0.0, float %738
	%740 = lshr i32 %729, 16
	%741 = trunc i32 %740 to i16
	%742 = zext i16 %741 to i32
	%743 = shl i32 %742, 16
	%744 = bitcast i32 %743 to float
	%745 = fcmp oeq float %744, 0x7FF0000000000000
	%746 = fneg float 0x7FF0000000000000
	%747 = fcmp oeq float %744, %746
	%748 = or i1 %745, %747
	%749 = fsub float %726, %744
	%750 = select i1 %748, float 0.0, float %749
	%751 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %750, float %739)
	%752 = trunc i32 %751 to i16
	%753 = zext i16 %752 to i32
	%754 = shl i32 %753, 16
	%755 = bitcast i32 %754 to float
	%756 = fcmp oeq float %755, 0x7FF0000000000000
	%757 = fneg float 0x7FF0000000000000
	%758 = fcmp oeq float %755, %757
	%759 = or i1 %756, %758
	%760 = fsub float %739, %755
	%761 = select i1 %759, float 0.0, float %760
	%762 = lshr i32 %751, 16
	%763 = trunc i32 %762 to i16
	%764 = zext i16 %763 to i32
	%765 = shl i32 %764, 16
	%766 = bitcast i32 %765 to float
	%767 = fcmp oeq float %766, 0x7FF0000000000000
	%768 = fneg float 0x7FF0000000000000
	%769 = fcmp oeq float %766, %768
	%770 = or i1 %767, %769
	%771 = fsub float %750, %766
	%772 = select i1 %770, float 0.0, float %771
	%773 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %772, float %761)
	%774 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %728, float %727)
	%775 = trunc i32 %774 to i16
	%776 = zext i16 %775 to i32
	%777 = shl i32 %776, 16
	%778 = bitcast i32 %777 to float
	%779 = fcmp oeq float %778, 0x7FF0000000000000
	%780 = fneg float 0x7FF0000000000000
	%781 = fcmp oeq float %778, %780
	%782 = or i1 %779, %781
	%783 = fsub float %727, %778
	%784 = select i1 %782, float 0.0, float %783
	%785 = lshr i32 %774, 16
	%786 = trunc i32 %785 to i16
	%787 = zext i16 %786 to i32
	%788 = shl i32 %787, 16
	%789 = bitcast i32 %788 to float
	%790 = fcmp oeq float %789, 0x7FF0000000000000
	%791 = fneg float 0x7FF0000000000000
	%792 = fcmp oeq float %789, %791
	%793 = or i1 %790, %792
	%794 = fsub float %728, %789
	%795 = select i1 %793, float 0.0, float %794
	%796 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %795, float %784)
	%797 = trunc i32 %796 to i16
	%798 = zext i16 %797 to i32
	%799 = shl i32 %798, 16
	%800 = bitcast i32 %799 to float
	%801 = fcmp oeq float %800, 0x7FF0000000000000
	%802 = fneg float 0x7FF0000000000000
	%803 = fcmp oeq float %800, %802
	%804 = or i1 %801, %803
	%805 = fsub float %784, %800
	%806 = select i1 %804, float 0.0, float %805
	%807 = lshr i32 %796, 16
	%808 = trunc i32 %807 to i16
	%809 = zext i16 %808 to i32
	%810 = shl i32 %809, 16
	%811 = bitcast i32 %810 to float
	%812 = fcmp oeq float %811, 0x7FF0000000000000
	%813 = fneg float 0x7FF0000000000000
	%814 = fcmp oeq float %811, %813
	%815 = or i1 %812, %814
	%816 = fsub float %795, %811
	%817 = select i1 %815, float 0.0, float %816
	%818 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %817, float %806)
	%819 = insertelement <2 x i32> undef, i32 %729, i32 0
	%820 = insertelement <2 x i32> %819, i32 %774, i32 1
	%821 = mul i32 %706, 20
	%822 = shl i32 %707, 1
	%823 = add i32 %821, %822
	%824 = add i32 %823, 0
	%825 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %824
	%826 = bitcast i32 addrspace(3)* %825 to <2 x i32> addrspace(3)*
	store <2 x i32> %820, <2 x i32> addrspace(3)* %826, align 8
	%827 = insertelement <2 x i32> undef, i32 %751, i32 0
	%828 = insertelement <2 x i32> %827, i32 %796, i32 1
	%829 = mul i32 %706, 20
	%830 = shl i32 %707, 1
	%831 = add i32 %829, %830
	%832 = add i32 %831, 1280
	%833 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %832
	%834 = bitcast i32 addrspace(3)* %833 to <2 x i32> addrspace(3)*
	store <2 x i32> %828, <2 x i32> addrspace(3)* %834, align 8
	%835 = insertelement <2 x i32> undef, i32 %773, i32 0
	%836 = insertelement <2 x i32> %835, i32 %818, i32 1
	%837 = mul i32 %706, 20
	%838 = shl i32 %707, 1
	%839 = add i32 %837, %838
	%840 = add i32 %839, 2560
	%841 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %840
	%842 = bitcast i32 addrspace(3)* %841 to <2 x i32> addrspace(3)*
	store <2 x i32> %836, <2 x i32> addrspace(3)* %842, align 8
	%843 = add i32 %702, 128
	br label %701

844:
	br label %845

845:
	%846 = phi i32 [ 0, %844 ], [ %987, %848 ]
	%847 = icmp slt i32 %846, 512
	br i1 %847, label %848, label %988

848:
	%849 = add i32 %0, %846
	%850 = udiv i32 %849, 8
	%851 = urem i32 %849, 8
	%852 = add i32 %9, %850
	%853 = icmp slt i32 %852, %NK
	%854 = select i1 %853, i32 %852, i32 0
	%855 = mul i32 %14, %NK
	%856 = add i32 %855, %854
	%857 = mul i32 %856, 64
	%858 = add i32 %857, %661
	%859 = shl i32 %851, 2
	%860 = add i32 %858, %859
	%861 = sext i32 %860 to i64
	%862 = getelementptr float, float* %km, i64 %861
	%863 = bitcast float* %862 to <4 x float>*
	%864 = load <4 x float>, <4 x float>* %863, align 16
	%865 = extractelement <4 x float> %864, i32 0
	%866 = extractelement <4 x float> %864, i32 1
	%867 = extractelement <4 x float> %864, i32 2
	%868 = extractelement <4 x float> %864, i32 3
	%869 = select i1 %853, float %865, float 0.0
	%870 = select i1 %853, float %866, float 0.0
	%871 = select i1 %853, float %867, float 0.0
	%872 = select i1 %853, float %868, float 0.0
	%873 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %870, float %869)
	%874 = trunc i32 %873 to i16
	%875 = zext i16 %874 to i32
	%876 = shl i32 %875, 16
	%877 = bitcast i32 %876 to float
	%878 = fcmp oeq float %877, 0x7FF0000000000000
	%879 = fneg float 0x7FF0000000000000
	%880 = fcmp oeq float %877, %879
	%881 = or i1 %878, %880
	%882 = fsub float %869, %877
	%883 = select i1 %881, float 0.0, float %882
	%884 = lshr i32 %873, 16
	%885 = trunc i32 %884 to i16
	%886 = zext i16 %885 to i32
	%887 = shl i32 %886, 16
	%888 = bitcast i32 %887 to float
	%889 = fcmp oeq float %888, 0x7FF0000000000000
	%890 = fneg float 0x7FF0000000000000
	%891 = fcmp oeq float %888, %890
	%892 = or i1 %889, %891
	%893 = fsub float %870, %888
	%894 = select i1 %892, float 0.0, float %893
	%895 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %894, float %883)
	%896 = trunc i32 %895 to i16
	%897 = zext i16 %896 to i32
	%898 = shl i32 %897, 16
	%899 = bitcast i32 %898 to float
	%900 = fcmp oeq float %899, 0x7FF0000000000000
	%901 = fneg float 0x7FF0000000000000
	%902 = fcmp oeq float %899, %901
	%903 = or i1 %900, %902
	%904 = fsub float %883, %899
	%905 = select i1 %903, float 0.0, float %904
	%906 = lshr i32 %895, 16
	%907 = trunc i32 %906 to i16
	%908 = zext i16 %907 to i32
	%909 = shl i32 %908, 16
	%910 = bitcast i32 %909 to float
	%911 = fcmp oeq float %910, 0x7FF0000000000000
	%912 = fneg float 0x7FF0000000000000
	%913 = fcmp oeq float %910, %912
	%914 = or i1 %911, %913
	%915 = fsub float %894, %910
	%916 = select i1 %914, float 0.0, float %915
	%917 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %916, float %905)
	%918 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %872, float %871)
	%919 = trunc i32 %918 to i16
	%920 = zext i16 %919 to i32
	%921 = shl i32 %920, 16
	%922 = bitcast i32 %921 to float
	%923 = fcmp oeq float %922, 0x7FF0000000000000
	%924 = fneg float 0x7FF0000000000000
	%925 = fcmp oeq float %922, %924
	%926 = or i1 %923, %925
	%927 = fsub float %871, %922
	%928 = select i1 %926, float 0.0, float %927
	%929 = lshr i32 %918, 16
	%930 = trunc i32 %929 to i16
	%931 = zext i16 %930 to i32
	%932 = shl i32 %931, 16
	%933 = bitcast i32 %932 to float
	%934 = fcmp oeq float %933, 0x7FF0000000000000
	%935 = fneg float 0x7FF0000000000000
	%936 = fcmp oeq float %933, %935
	%937 = or i1 %934, %936
	%938 = fsub float %872, %933
	%939 = select i1 %937, float 0.0, float %938
	%940 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %939, float %928)
	%941 = trunc i32 %940 to i16
	%942 = zext i16 %941 to i32
	%943 = shl i32 %942, 16
	%944 = bitcast i32 %943 to float
	%945 = fcmp oeq float %944, 0x7FF0000000000000
	%946 = fneg float 0x7FF0000000000000
	%947 = fcmp oeq float %944, %946
	%948 = or i1 %945, %947
	%949 = fsub float %928, %944
	%950 = select i1 %948, float 0.0, float %949
	%951 = lshr i32 %940, 16
	%952 = trunc i32 %951 to i16
	%953 = zext i16 %952 to i32
	%954 = shl i32 %953, 16
	%955 = bitcast i32 %954 to float
	%956 = fcmp oeq float %955, 0x7FF0000000000000
	%957 = fneg float 0x7FF0000000000000
	%958 = fcmp oeq float %955, %957
	%959 = or i1 %956, %958
	%960 = fsub float %939, %955
	%961 = select i1 %959, float 0.0, float %960
	%962 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %961, float %950)
	%963 = insertelement <2 x i32> undef, i32 %873, i32 0
	%964 = insertelement <2 x i32> %963, i32 %918, i32 1
	%965 = mul i32 %850, 20
	%966 = shl i32 %851, 1
	%967 = add i32 %965, %966
	%968 = add i32 %967, 0
	%969 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %968
	%970 = bitcast i32 addrspace(3)* %969 to <2 x i32> addrspace(3)*
	store <2 x i32> %964, <2 x i32> addrspace(3)* %970, align 8
	%971 = insertelement <2 x i32> undef, i32 %895, i32 0
	%972 = insertelement <2 x i32> %971, i32 %940, i32 1
	%973 = mul i32 %850, 20
	%974 = shl i32 %851, 1
	%975 = add i32 %973, %974
	%976 = add i32 %975, 1280
	%977 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %976
	%978 = bitcast i32 addrspace(3)* %977 to <2 x i32> addrspace(3)*
	store <2 x i32> %972, <2 x i32> addrspace(3)* %978, align 8
	%979 = insertelement <2 x i32> undef, i32 %917, i32 0
	%980 = insertelement <2 x i32> %979, i32 %962, i32 1
	%981 = mul i32 %850, 20
	%982 = shl i32 %851, 1
	%983 = add i32 %981, %982
	%984 = add i32 %983, 2560
	%985 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %984
	%986 = bitcast i32 addrspace(3)* %985 to <2 x i32> addrspace(3)*
	store <2 x i32> %980, <2 x i32> addrspace(3)* %986, align 8
	%987 = add i32 %846, 128
	br label %845

988:
	call void @llvm.nvvm.barrier0()
	br label %989

989:
	%990 = phi i32 [ 0, %988 ], [ %1661, %1024 ]
	%991 = phi float [ %662, %988 ], [ %1622, %1024 ]
	%992 = phi float [ %663, %988 ], [ %1623, %1024 ]
	%993 = phi float [ %664, %988 ], [ %1624, %1024 ]
	%994 = phi float [ %665, %988 ], [ %1625, %1024 ]
	%995 = phi float [ %666, %988 ], [ %1627, %1024 ]
	%996 = phi float [ %667, %988 ], [ %1628, %1024 ]
	%997 = phi float [ %668, %988 ], [ %1629, %1024 ]
	%998 = phi float [ %669, %988 ], [ %1630, %1024 ]
	%999 = phi float [ %670, %988 ], [ %1632, %1024 ]
	%1000 = phi float [ %671, %988 ], [ %1633, %1024 ]
	%1001 = phi float [ %672, %988 ], [ %1634, %1024 ]
	%1002 = phi float [ %673, %988 ], [ %1635, %1024 ]
	%1003 = phi float [ %674, %988 ], [ %1637, %1024 ]
	%1004 = phi float [ %675, %988 ], [ %1638, %1024 ]
	%1005 = phi float [ %676, %988 ], [ %1639, %1024 ]
	%1006 = phi float [ %677, %988 ], [ %1640, %1024 ]
	%1007 = phi float [ %678, %988 ], [ %1642, %1024 ]
	%1008 = phi float [ %679, %988 ], [ %1643, %1024 ]
	%1009 = phi float [ %680, %988 ], [ %1644, %1024 ]
	%1010 = phi float [ %681, %988 ], [ %1645, %1024 ]
	%1011 = phi float [ %682, %988 ], [ %1647, %1024 ]
	%1012 = phi float [ %683, %988 ], [ %1648, %1024 ]
	%1013 = phi float [ %684, %988 ], [ %1649, %1024 ]
	%1014 = phi float [ %685, %988 ], [ %1650, %1024 ]
	%1015 = phi float [ %686, %988 ], [ %1652, %1024 ]
	%1016 = phi float [ %687, %988 ], [ %1653, %1024 ]
	%1017 = phi float [ %688, %988 ], [ %1654, %1024 ]
	%1018 = phi float [ %689, %988 ], [ %1655, %1024 ]
	%1019 = phi float [ %690, %988 ], [ %1657, %1024 ]
	%1020 = phi float [ %691, %988 ], [ %1658, %1024 ]
	%1021 = phi float [ %692, %988 ], [ %1659, %1024 ]
	%1022 = phi float [ %693, %988 ], [ %1660, %1024 ]
	%1023 = icmp slt i32 %990, 16
	br i1 %1023, label %1024, label %1662

1024:
	%1025 = add i32 %6, 0
	%1026 = add i32 %11, %1025
	%1027 = add i32 %1026, 0
	%1028 = add i32 %7, %990
	%1029 = add i32 %1028, 0
	%1030 = mul i32 %1027, 20
	%1031 = add i32 %1029, 0
	%1032 = add i32 %1030, %1031
	%1033 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1032
	%1034 = load i32, i32 addrspace(3)* %1033
	%1035 = add i32 %1026, 8
	%1036 = add i32 %7, %990
	%1037 = add i32 %1036, 0
	%1038 = mul i32 %1035, 20
	%1039 = add i32 %1037, 0
	%1040 = add i32 %1038, %1039
	%1041 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1040
	%1042 = load i32, i32 addrspace(3)* %1041
	%1043 = add i32 %1026, 0
	%1044 = add i32 %7, %990
	%1045 = add i32 %1044, 4
	%1046 = mul i32 %1043, 20
	%1047 = add i32 %1045, 0
	%1048 = add i32 %1046, %1047
	%1049 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1048
	%1050 = load i32, i32 addrspace(3)* %1049
	%1051 = add i32 %1026, 8
	%1052 = add i32 %7, %990
	%1053 = add i32 %1052, 4
	%1054 = mul i32 %1051, 20
	%1055 = add i32 %1053, 0
	%1056 = add i32 %1054, %1055
	%1057 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1056
	%1058 = load i32, i32 addrspace(3)* %1057
	%1059 = add i32 %6, 16
	%1060 = add i32 %11, %1059
	%1061 = add i32 %1060, 0
	%1062 = add i32 %7, %990
	%1063 = add i32 %1062, 0
	%1064 = mul i32 %1061, 20
	%1065 = add i32 %1063, 0
	%1066 = add i32 %1064, %1065
	%1067 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1066
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = add i32 %1060, 8
	%1070 = add i32 %7, %990
	%1071 = add i32 %1070, 0
	%1072 = mul i32 %1069, 20
	%1073 = add i32 %1071, 0
	%1074 = add i32 %1072, %1073
	%1075 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1074
	%1076 = load i32, i32 addrspace(3)* %1075
	%1077 = add i32 %1060, 0
	%1078 = add i32 %7, %990
	%1079 = add i32 %1078, 4
	%1080 = mul i32 %1077, 20
	%1081 = add i32 %1079, 0
	%1082 = add i32 %1080, %1081
	%1083 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1082
	%1084 = load i32, i32 addrspace(3)* %1083
	%1085 = add i32 %1060, 8
	%1086 = add i32 %7, %990
	%1087 = add i32 %1086, 4
	%1088 = mul i32 %1085, 20
	%1089 = add i32 %1087, 0
	%1090 = add i32 %1088, %1089
	%1091 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1090
	%1092 = load i32, i32 addrspace(3)* %1091
	%1093 = add i32 %6, 0
	%1094 = add i32 %13, %1093
	%1095 = add i32 %7, %990
	%1096 = add i32 %1095, 0
	%1097 = mul i32 %1094, 20
	%1098 = add i32 %1096, 0
	%1099 = add i32 %1097, %1098
	%1100 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1099
	%1101 = load i32, i32 addrspace(3)* %1100
	%1102 = add i32 %7, %990
	%1103 = add i32 %1102, 4
	%1104 = mul i32 %1094, 20
	%1105 = add i32 %1103, 0
	%1106 = add i32 %1104, %1105
	%1107 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1106
	%1108 = load i32, i32 addrspace(3)* %1107
	%1109 = add i32 %6, 8
	%1110 = add i32 %13, %1109
	%1111 = add i32 %7, %990
	%1112 = add i32 %1111, 0
	%1113 = mul i32 %1110, 20
	%1114 = add i32 %1112, 0
	%1115 = add i32 %1113, %1114
	%1116 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1115
	%1117 = load i32, i32 addrspace(3)* %1116
	%1118 = add i32 %7, %990
	%1119 = add i32 %1118, 4
	%1120 = mul i32 %1110, 20
	%1121 = add i32 %1119, 0
	%1122 = add i32 %1120, %1121
	%1123 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1122
	%1124 = load i32, i32 addrspace(3)* %1123
	%1125 = add i32 %6, 16
	%1126 = add i32 %13, %1125
	%1127 = add i32 %7, %990
	%1128 = add i32 %1127, 0
	%1129 = mul i32 %1126, 20
	%1130 = add i32 %1128, 0
	%1131 = add i32 %1129, %1130
	%1132 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1131
	%1133 = load i32, i32 addrspace(3)* %1132
	%1134 = add i32 %7, %990
	%1135 = add i32 %1134, 4
	%1136 = mul i32 %1126, 20
	%1137 = add i32 %1135, 0
	%1138 = add i32 %1136, %1137
	%1139 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1138
	%1140 = load i32, i32 addrspace(3)* %1139
	%1141 = add i32 %6, 24
	%1142 = add i32 %13, %1141
	%1143 = add i32 %7, %990
	%1144 = add i32 %1143, 0
	%1145 = mul i32 %1142, 20
	%1146 = add i32 %1144, 0
	%1147 = add i32 %1145, %1146
	%1148 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1147
	%1149 = load i32, i32 addrspace(3)* %1148
	%1150 = add i32 %7, %990
	%1151 = add i32 %1150, 4
	%1152 = mul i32 %1142, 20
	%1153 = add i32 %1151, 0
	%1154 = add i32 %1152, %1153
	%1155 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1154
	%1156 = load i32, i32 addrspace(3)* %1155
	%1157 = add i32 %6, 0
	%1158 = add i32 %11, %1157
	%1159 = add i32 %1158, 0
	%1160 = add i32 %7, %990
	%1161 = add i32 %1160, 0
	%1162 = mul i32 %1159, 20
	%1163 = add i32 %1161, 1280
	%1164 = add i32 %1162, %1163
	%1165 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1164
	%1166 = load i32, i32 addrspace(3)* %1165
	%1167 = add i32 %1158, 8
	%1168 = add i32 %7, %990
	%1169 = add i32 %1168, 0
	%1170 = mul i32 %1167, 20
	%1171 = add i32 %1169, 1280
	%1172 = add i32 %1170, %1171
	%1173 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1172
	%1174 = load i32, i32 addrspace(3)* %1173
	%1175 = add i32 %1158, 0
	%1176 = add i32 %7, %990
	%1177 = add i32 %1176, 4
	%1178 = mul i32 %1175, 20
	%1179 = add i32 %1177, 1280
	%1180 = add i32 %1178, %1179
	%1181 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1180
	%1182 = load i32, i32 addrspace(3)* %1181
	%1183 = add i32 %1158, 8
	%1184 = add i32 %7, %990
	%1185 = add i32 %1184, 4
	%1186 = mul i32 %1183, 20
	%1187 = add i32 %1185, 1280
	%1188 = add i32 %1186, %1187
	%1189 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1188
	%1190 = load i32, i32 addrspace(3)* %1189
	%1191 = add i32 %6, 16
	%1192 = add i32 %11, %1191
	%1193 = add i32 %1192, 0
	%1194 = add i32 %7, %990
	%1195 = add i32 %1194, 0
	%1196 = mul i32 %1193, 20
	%1197 = add i32 %1195, 1280
	%1198 = add i32 %1196, %1197
	%1199 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1198
	%1200 = load i32, i32 addrspace(3)* %1199
	%1201 = add i32 %1192, 8
	%1202 = add i32 %7, %990
	%1203 = add i32 %1202, 0
	%1204 = mul i32 %1201, 20
	%1205 = add i32 %1203, 1280
	%1206 = add i32 %1204, %1205
	%1207 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1206
	%1208 = load i32, i32 addrspace(3)* %1207
	%1209 = add i32 %1192, 0
	%1210 = add i32 %7, %990
	%1211 = add i32 %1210, 4
	%1212 = mul i32 %1209, 20
	%1213 = add i32 %1211, 1280
	%1214 = add i32 %1212, %1213
	%1215 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1214
	%1216 = load i32, i32 addrspace(3)* %1215
	%1217 = add i32 %1192, 8
	%1218 = add i32 %7, %990
	%1219 = add i32 %1218, 4
	%1220 = mul i32 %1217, 20
	%1221 = add i32 %1219, 1280
	%1222 = add i32 %1220, %1221
	%1223 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1222
	%1224 = load i32, i32 addrspace(3)* %1223
	%1225 = add i32 %6, 0
	%1226 = add i32 %13, %1225
	%1227 = add i32 %7, %990
	%1228 = add i32 %1227, 0
	%1229 = mul i32 %1226, 20
	%1230 = add i32 %1228, 1280
	%1231 = add i32 %1229, %1230
	%1232 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1231
	%1233 = load i32, i32 addrspace(3)* %1232
	%1234 = add i32 %7, %990
	%1235 = add i32 %1234, 4
	%1236 = mul i32 %1226, 20
	%1237 = add i32 %1235, 1280
	%1238 = add i32 %1236, %1237
	%1239 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1238
	%1240 = load i32, i32 addrspace(3)* %1239
	%1241 = add i32 %6, 8
	%1242 = add i32 %13, %1241
	%1243 = add i32 %7, %990
	%1244 = add i32 %1243, 0
	%1245 = mul i32 %1242, 20
	%1246 = add i32 %1244, 1280
	%1247 = add i32 %1245, %1246
	%1248 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1247
	%1249 = load i32, i32 addrspace(3)* %1248
	%1250 = add i32 %7, %990
	%1251 = add i32 %1250, 4
	%1252 = mul i32 %1242, 20
	%1253 = add i32 %1251, 1280
	%1254 = add i32 %1252, %1253
	%1255 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1254
	%1256 = load i32, i32 addrspace(3)* %1255
	%1257 = add i32 %6, 16
	%1258 = add i32 %13, %1257
	%1259 = add i32 %7, %990
	%1260 = add i32 %1259, 0
	%1261 = mul i32 %1258, 20
	%1262 = add i32 %1260, 1280
	%1263 = add i32 %1261, %1262
	%1264 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1263
	%1265 = load i32, i32 addrspace(3)* %1264
	%1266 = add i32 %7, %990
	%1267 = add i32 %1266, 4
	%1268 = mul i32 %1258, 20
	%1269 = add i32 %1267, 1280
	%1270 = add i32 %1268, %1269
	%1271 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1270
	%1272 = load i32, i32 addrspace(3)* %1271
	%1273 = add i32 %6, 24
	%1274 = add i32 %13, %1273
	%1275 = add i32 %7, %990
	%1276 = add i32 %1275, 0
	%1277 = mul i32 %1274, 20
	%1278 = add i32 %1276, 1280
	%1279 = add i32 %1277, %1278
	%1280 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1279
	%1281 = load i32, i32 addrspace(3)* %1280
	%1282 = add i32 %7, %990
	%1283 = add i32 %1282, 4
	%1284 = mul i32 %1274, 20
	%1285 = add i32 %1283, 1280
	%1286 = add i32 %1284, %1285
	%1287 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1286
	%1288 = load i32, i32 addrspace(3)* %1287
	%1289 = add i32 %6, 0
	%1290 = add i32 %11, %1289
	%1291 = add i32 %1290, 0
	%1292 = add i32 %7, %990
	%1293 = add i32 %1292, 0
	%1294 = mul i32 %1291, 20
	%1295 = add i32 %1293, 2560
	%1296 = add i32 %1294, %1295
	%1297 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1296
	%1298 = load i32, i32 addrspace(3)* %1297
	%1299 = add i32 %1290, 8
	%1300 = add i32 %7, %990
	%1301 = add i32 %1300, 0
	%1302 = mul i32 %1299, 20
	%1303 = add i32 %1301, 2560
	%1304 = add i32 %1302, %1303
	%1305 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1304
	%1306 = load i32, i32 addrspace(3)* %1305
	%1307 = add i32 %1290, 0
	%1308 = add i32 %7, %990
	%1309 = add i32 %1308, 4
	%1310 = mul i32 %1307, 20
	%1311 = add i32 %1309, 2560
	%1312 = add i32 %1310, %1311
	%1313 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1312
	%1314 = load i32, i32 addrspace(3)* %1313
	%1315 = add i32 %1290, 8
	%1316 = add i32 %7, %990
	%1317 = add i32 %1316, 4
	%1318 = mul i32 %1315, 20
	%1319 = add i32 %1317, 2560
	%1320 = add i32 %1318, %1319
	%1321 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1320
	%1322 = load i32, i32 addrspace(3)* %1321
	%1323 = add i32 %6, 16
	%1324 = add i32 %11, %1323
	%1325 = add i32 %1324, 0
	%1326 = add i32 %7, %990
	%1327 = add i32 %1326, 0
	%1328 = mul i32 %1325, 20
	%1329 = add i32 %1327, 2560
	%1330 = add i32 %1328, %1329
	%1331 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1330
	%1332 = load i32, i32 addrspace(3)* %1331
	%1333 = add i32 %1324, 8
	%1334 = add i32 %7, %990
	%1335 = add i32 %1334, 0
	%1336 = mul i32 %1333, 20
	%1337 = add i32 %1335, 2560
	%1338 = add i32 %1336, %1337
	%1339 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1338
	%1340 = load i32, i32 addrspace(3)* %1339
	%1341 = add i32 %1324, 0
	%1342 = add i32 %7, %990
	%1343 = add i32 %1342, 4
	%1344 = mul i32 %1341, 20
	%1345 = add i32 %1343, 2560
	%1346 = add i32 %1344, %1345
	%1347 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1346
	%1348 = load i32, i32 addrspace(3)* %1347
	%1349 = add i32 %1324, 8
	%1350 = add i32 %7, %990
	%1351 = add i32 %1350, 4
	%1352 = mul i32 %1349, 20
	%1353 = add i32 %1351, 2560
	%1354 = add i32 %1352, %1353
	%1355 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_a, i32 0, i32 %1354
	%1356 = load i32, i32 addrspace(3)* %1355
	%1357 = add i32 %6, 0
	%1358 = add i32 %13, %1357
	%1359 = add i32 %7, %990
	%1360 = add i32 %1359, 0
	%1361 = mul i32 %1358, 20
	%1362 = add i32 %1360, 2560
	%1363 = add i32 %1361, %1362
	%1364 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1363
	%1365 = load i32, i32 addrspace(3)* %1364
	%1366 = add i32 %7, %990
	%1367 = add i32 %1366, 4
	%1368 = mul i32 %1358, 20
	%1369 = add i32 %1367, 2560
	%1370 = add i32 %1368, %1369
	%1371 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1370
	%1372 = load i32, i32 addrspace(3)* %1371
	%1373 = add i32 %6, 8
	%1374 = add i32 %13, %1373
	%1375 = add i32 %7, %990
	%1376 = add i32 %1375, 0
	%1377 = mul i32 %1374, 20
	%1378 = add i32 %1376, 2560
	%1379 = add i32 %1377, %1378
	%1380 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1379
	%1381 = load i32, i32 addrspace(3)* %1380
	%1382 = add i32 %7, %990
	%1383 = add i32 %1382, 4
	%1384 = mul i32 %1374, 20
	%1385 = add i32 %1383, 2560
	%1386 = add i32 %1384, %1385
	%1387 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1386
	%1388 = load i32, i32 addrspace(3)* %1387
	%1389 = add i32 %6, 16
	%1390 = add i32 %13, %1389
	%1391 = add i32 %7, %990
	%1392 = add i32 %1391, 0
	%1393 = mul i32 %1390, 20
	%1394 = add i32 %1392, 2560
	%1395 = add i32 %1393, %1394
	%1396 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1395
	%1397 = load i32, i32 addrspace(3)* %1396
	%1398 = add i32 %7, %990
	%1399 = add i32 %1398, 4
	%1400 = mul i32 %1390, 20
	%1401 = add i32 %1399, 2560
	%1402 = add i32 %1400, %1401
	%1403 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1402
	%1404 = load i32, i32 addrspace(3)* %1403
	%1405 = add i32 %6, 24
	%1406 = add i32 %13, %1405
	%1407 = add i32 %7, %990
	%1408 = add i32 %1407, 0
	%1409 = mul i32 %1406, 20
	%1410 = add i32 %1408, 2560
	%1411 = add i32 %1409, %1410
	%1412 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1411
	%1413 = load i32, i32 addrspace(3)* %1412
	%1414 = add i32 %7, %990
	%1415 = add i32 %1414, 4
	%1416 = mul i32 %1406, 20
	%1417 = add i32 %1415, 2560
	%1418 = add i32 %1416, %1417
	%1419 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @$K_b, i32 0, i32 %1418
	%1420 = load i32, i32 addrspace(3)* %1419
	%1421 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1298, i32 %1306, i32 %1314, i32 %1322, i32 %1101, i32 %1108, float %991, float %992, float %993, float %994)
	%1422 = extractvalue { float, float, float, float } %1421, 0
	%1423 = extractvalue { float, float, float, float } %1421, 1
	%1424 = extractvalue { float, float, float, float } %1421, 2
	%1425 = extractvalue { float, float, float, float } %1421, 3
	%1426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1298, i32 %1306, i32 %1314, i32 %1322, i32 %1117, i32 %1124, float %995, float %996, float %997, float %998)
	%1427 = extractvalue { float, float, float, float } %1426, 0
	%1428 = extractvalue { float, float, float, float } %1426, 1
	%1429 = extractvalue { float, float, float, float } %1426, 2
	%1430 = extractvalue { float, float, float, float } %1426, 3
	%1431 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1298, i32 %1306, i32 %1314, i32 %1322, i32 %1133, i32 %1140, float %999, float %1000, float %1001, float %1002)
	%1432 = extractvalue { float, float, float, float } %1431, 0
	%1433 = extractvalue { float, float, float, float } %1431, 1
	%1434 = extractvalue { float, float, float, float } %1431, 2
	%1435 = extractvalue { float, float, float, float } %1431, 3
	%1436 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1298, i32 %1306, i32 %1314, i32 %1322, i32 %1149, i32 %1156, float %1003, float %1004, float %1005, float %1006)
	%1437 = extractvalue { float, float, float, float } %1436, 0
	%1438 = extractvalue { float, float, float, float } %1436, 1
	%1439 = extractvalue { float, float, float, float } %1436, 2
	%1440 = extractvalue { float, float, float, float } %1436, 3
	%1441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1332, i32 %1340, i32 %1348, i32 %1356, i32 %1101, i32 %1108, float %1007, float %1008, float %1009, float %1010)
	%1442 = extractvalue { float, float, float, float } %1441, 0
	%1443 = extractvalue { float, float, float, float } %1441, 1
	%1444 = extractvalue { float, float, float, float } %1441, 2
	%1445 = extractvalue { float, float, float, float } %1441, 3
	%1446 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1332, i32 %1340, i32 %1348, i32 %1356, i32 %1117, i32 %1124, float %1011, float %1012, float %1013, float %1014)
	%1447 = extractvalue { float, float, float, float } %1446, 0
	%1448 = extractvalue { float, float, float, float } %1446, 1
	%1449 = extractvalue { float, float, float, float } %1446, 2
	%1450 = extractvalue { float, float, float, float } %1446, 3
	%1451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1332, i32 %1340, i32 %1348, i32 %1356, i32 %1133, i32 %1140, float %1015, float %1016, float %1017, float %1018)
	%1452 = extractvalue { float, float, float, float } %1451, 0
	%1453 = extractvalue { float, float, float, float } %1451, 1
	%1454 = extractvalue { float, float, float, float } %1451, 2
	%1455 = extractvalue { float, float, float, float } %1451, 3
	%1456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1332, i32 %1340, i32 %1348, i32 %1356, i32 %1149, i32 %1156, float %1019, float %1020, float %1021, float %1022)
	%1457 = extractvalue { float, float, float, float } %1456, 0
	%1458 = extractvalue { float, float, float, float } %1456, 1
	%1459 = extractvalue { float, float, float, float } %1456, 2
	%1460 = extractvalue { float, float, float, float } %1456, 3
	%1461 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1365, i32 %1372, float %1422, float %1423, float %1424, float %1425)
	%1462 = extractvalue { float, float, float, float } %1461, 0
	%1463 = extractvalue { float, float, float, float } %1461, 1
	%1464 = extractvalue { float, float, float, float } %1461, 2
	%1465 = extractvalue { float, float, float, float } %1461, 3
	%1466 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1381, i32 %1388, float %1427, float %1428, float %1429, float %1430)
	%1467 = extractvalue { float, float, float, float } %1466, 0
	%1468 = extractvalue { float, float, float, float } %1466, 1
	%1469 = extractvalue { float, float, float, float } %1466, 2
	%1470 = extractvalue { float, float, float, float } %1466, 3
	%1471 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1397, i32 %1404, float %1432, float %1433, float %1434, float %1435)
	%1472 = extractvalue { float, float, float, float } %1471, 0
	%1473 = extractvalue { float, float, float, float } %1471, 1
	%1474 = extractvalue { float, float, float, float } %1471, 2
	%1475 = extractvalue { float, float, float, float } %1471, 3
	%1476 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1413, i32 %1420, float %1437, float %1438, float %1439, float %1440)
	%1477 = extractvalue { float, float, float, float } %1476, 0
	%1478 = extractvalue { float, float, float, float } %1476, 1
	%1479 = extractvalue { float, float, float, float } %1476, 2
	%1480 = extractvalue { float, float, float, float } %1476, 3
	%1481 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1365, i32 %1372, float %1442, float %1443, float %1444, float %1445)
	%1482 = extractvalue { float, float, float, float } %1481, 0
	%1483 = extractvalue { float, float, float, float } %1481, 1
	%1484 = extractvalue { float, float, float, float } %1481, 2
	%1485 = extractvalue { float, float, float, float } %1481, 3
	%1486 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1381, i32 %1388, float %1447, float %1448, float %1449, float %1450)
	%1487 = extractvalue { float, float, float, float } %1486, 0
	%1488 = extractvalue { float, float, float, float } %1486, 1
	%1489 = extractvalue { float, float, float, float } %1486, 2
	%1490 = extractvalue { float, float, float, float } %1486, 3
	%1491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1397, i32 %1404, float %1452, float %1453, float %1454, float %1455)
	%1492 = extractvalue { float, float, float, float } %1491, 0
	%1493 = extractvalue { float, float, float, float } %1491, 1
	%1494 = extractvalue { float, float, float, float } %1491, 2
	%1495 = extractvalue { float, float, float, float } %1491, 3
	%1496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1413, i32 %1420, float %1457, float %1458, float %1459, float %1460)
	%1497 = extractvalue { float, float, float, float } %1496, 0
	%1498 = extractvalue { float, float, float, float } %1496, 1
	%1499 = extractvalue { float, float, float, float } %1496, 2
	%1500 = extractvalue { float, float, float, float } %1496, 3
	%1501 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1233, i32 %1240, float %1462, float %1463, float %1464, float %1465)
	%1502 = extractvalue { float, float, float, float } %1501, 0
	%1503 = extractvalue { float, float, float, float } %1501, 1
	%1504 = extractvalue { float, float, float, float } %1501, 2
	%1505 = extractvalue { float, float, float, float } %1501, 3
	%1506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1249, i32 %1256, float %1467, float %1468, float %1469, float %1470)
	%1507 = extractvalue { float, float, float, float } %1506, 0
	%1508 = extractvalue { float, float, float, float } %1506, 1
	%1509 = extractvalue { float, float, float, float } %1506, 2
	%1510 = extractvalue { float, float, float, float } %1506, 3
	%1511 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1265, i32 %1272, float %1472, float %1473, float %1474, float %1475)
	%1512 = extractvalue { float, float, float, float } %1511, 0
	%1513 = extractvalue { float, float, float, float } %1511, 1
	%1514 = extractvalue { float, float, float, float } %1511, 2
	%1515 = extractvalue { float, float, float, float } %1511, 3
	%1516 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1281, i32 %1288, float %1477, float %1478, float %1479, float %1480)
	%1517 = extractvalue { float, float, float, float } %1516, 0
	%1518 = extractvalue { float, float, float, float } %1516, 1
	%1519 = extractvalue { float, float, float, float } %1516, 2
	%1520 = extractvalue { float, float, float, float } %1516, 3
	%1521 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1233, i32 %1240, float %1482, float %1483, float %1484, float %1485)
	%1522 = extractvalue { float, float, float, float } %1521, 0
	%1523 = extractvalue { float, float, float, float } %1521, 1
	%1524 = extractvalue { float, float, float, float } %1521, 2
	%1525 = extractvalue { float, float, float, float } %1521, 3
	%1526 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1249, i32 %1256, float %1487, float %1488, float %1489, float %1490)
	%1527 = extractvalue { float, float, float, float } %1526, 0
	%1528 = extractvalue { float, float, float, float } %1526, 1
	%1529 = extractvalue { float, float, float, float } %1526, 2
	%1530 = extractvalue { float, float, float, float } %1526, 3
	%1531 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1265, i32 %1272, float %1492, float %1493, float %1494, float %1495)
	%1532 = extractvalue { float, float, float, float } %1531, 0
	%1533 = extractvalue { float, float, float, float } %1531, 1
	%1534 = extractvalue { float, float, float, float } %1531, 2
	%1535 = extractvalue { float, float, float, float } %1531, 3
	%1536 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1281, i32 %1288, float %1497, float %1498, float %1499, float %1500)
	%1537 = extractvalue { float, float, float, float } %1536, 0
	%1538 = extractvalue { float, float, float, float } %1536, 1
	%1539 = extractvalue { float, float, float, float } %1536, 2
	%1540 = extractvalue { float, float, float, float } %1536, 3
	%1541 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1101, i32 %1108, float %1502, float %1503, float %1504, float %1505)
	%1542 = extractvalue { float, float, float, float } %1541, 0
	%1543 = extractvalue { float, float, float, float } %1541, 1
	%1544 = extractvalue { float, float, float, float } %1541, 2
	%1545 = extractvalue { float, float, float, float } %1541, 3
	%1546 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1117, i32 %1124, float %1507, float %1508, float %1509, float %1510)
	%1547 = extractvalue { float, float, float, float } %1546, 0
	%1548 = extractvalue { float, float, float, float } %1546, 1
	%1549 = extractvalue { float, float, float, float } %1546, 2
	%1550 = extractvalue { float, float, float, float } %1546, 3
	%1551 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1133, i32 %1140, float %1512, float %1513, float %1514, float %1515)
	%1552 = extractvalue { float, float, float, float } %1551, 0
	%1553 = extractvalue { float, float, float, float } %1551, 1
	%1554 = extractvalue { float, float, float, float } %1551, 2
	%1555 = extractvalue { float, float, float, float } %1551, 3
	%1556 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1149, i32 %1156, float %1517, float %1518, float %1519, float %1520)
	%1557 = extractvalue { float, float, float, float } %1556, 0
	%1558 = extractvalue { float, float, float, float } %1556, 1
	%1559 = extractvalue { float, float, float, float } %1556, 2
	%1560 = extractvalue { float, float, float, float } %1556, 3
	%1561 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1101, i32 %1108, float %1522, float %1523, float %1524, float %1525)
	%1562 = extractvalue { float, float, float, float } %1561, 0
	%1563 = extractvalue { float, float, float, float } %1561, 1
	%1564 = extractvalue { float, float, float, float } %1561, 2
	%1565 = extractvalue { float, float, float, float } %1561, 3
	%1566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1117, i32 %1124, float %1527, float %1528, float %1529, float %1530)
	%1567 = extractvalue { float, float, float, float } %1566, 0
	%1568 = extractvalue { float, float, float, float } %1566, 1
	%1569 = extractvalue { float, float, float, float } %1566, 2
	%1570 = extractvalue { float, float, float, float } %1566, 3
	%1571 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1133, i32 %1140, float %1532, float %1533, float %1534, float %1535)
	%1572 = extractvalue { float, float, float, float } %1571, 0
	%1573 = extractvalue { float, float, float, float } %1571, 1
	%1574 = extractvalue { float, float, float, float } %1571, 2
	%1575 = extractvalue { float, float, float, float } %1571, 3
	%1576 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1149, i32 %1156, float %1537, float %1538, float %1539, float %1540)
	%1577 = extractvalue { float, float, float, float } %1576, 0
	%1578 = extractvalue { float, float, float, float } %1576, 1
	%1579 = extractvalue { float, float, float, float } %1576, 2
	%1580 = extractvalue { float, float, float, float } %1576, 3
	%1581 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1233, i32 %1240, float %1542, float %1543, float %1544, float %1545)
	%1582 = extractvalue { float, float, float, float } %1581, 0
	%1583 = extractvalue { float, float, float, float } %1581, 1
	%1584 = extractvalue { float, float, float, float } %1581, 2
	%1585 = extractvalue { float, float, float, float } %1581, 3
	%1586 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1249, i32 %1256, float %1547, float %1548, float %1549, float %1550)
	%1587 = extractvalue { float, float, float, float } %1586, 0
	%1588 = extractvalue { float, float, float, float } %1586, 1
	%1589 = extractvalue { float, float, float, float } %1586, 2
	%1590 = extractvalue { float, float, float, float } %1586, 3
	%1591 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1265, i32 %1272, float %1552, float %1553, float %1554, float %1555)
	%1592 = extractvalue { float, float, float, float } %1591, 0
	%1593 = extractvalue { float, float, float, float } %1591, 1
	%1594 = extractvalue { float, float, float, float } %1591, 2
	%1595 = extractvalue { float, float, float, float } %1591, 3
	%1596 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1281, i32 %1288, float %1557, float %1558, float %1559, float %1560)
	%1597 = extractvalue { float, float, float, float } %1596, 0
	%1598 = extractvalue { float, float, float, float } %1596, 1
	%1599 = extractvalue { float, float, float, float } %1596, 2
	%1600 = extractvalue { float, float, float, float } %1596, 3
	%1601 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1233, i32 %1240, float %1562, float %1563, float %1564, float %1565)
	%1602 = extractvalue { float, float, float, float } %1601, 0
	%1603 = extractvalue { float, float, float, float } %1601, 1
	%1604 = extractvalue { float, float, float, float } %1601, 2
	%1605 = extractvalue { float, float, float, float } %1601, 3
	%1606 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1249, i32 %1256, float %1567, float %1568, float %1569, float %1570)
	%1607 = extractvalue { float, float, float, float } %1606, 0
	%1608 = extractvalue { float, float, float, float } %1606, 1
	%1609 = extractvalue { float, float, float, float } %1606, 2
	%1610 = extractvalue { float, float, float, float } %1606, 3
	%1611 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1265, i32 %1272, float %1572, float %1573, float %1574, float %1575)
	%1612 = extractvalue { float, float, float, float } %1611, 0
	%1613 = extractvalue { float, float, float, float } %1611, 1
	%1614 = extractvalue { float, float, float, float } %1611, 2
	%1615 = extractvalue { float, float, float, float } %1611, 3
	%1616 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1281, i32 %1288, float %1577, float %1578, float %1579, float %1580)
	%1617 = extractvalue { float, float, float, float } %1616, 0
	%1618 = extractvalue { float, float, float, float } %1616, 1
	%1619 = extractvalue { float, float, float, float } %1616, 2
	%1620 = extractvalue { float, float, float, float } %1616, 3
	%1621 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1101, i32 %1108, float %1582, float %1583, float %1584, float %1585)
	%1622 = extractvalue { float, float, float, float } %1621, 0
	%1623 = extractvalue { float, float, float, float } %1621, 1
	%1624 = extractvalue { float, float, float, float } %1621, 2
	%1625 = extractvalue { float, float, float, float } %1621, 3
	%1626 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1117, i32 %1124, float %1587, float %1588, float %1589, float %1590)
	%1627 = extractvalue { float, float, float, float } %1626, 0
	%1628 = extractvalue { float, float, float, float } %1626, 1
	%1629 = extractvalue { float, float, float, float } %1626, 2
	%1630 = extractvalue { float, float, float, float } %1626, 3
	%1631 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1133, i32 %1140, float %1592, float %1593, float %1594, float %1595)
	%1632 = extractvalue { float, float, float, float } %1631, 0
	%1633 = extractvalue { float, float, float, float } %1631, 1
	%1634 = extractvalue { float, float, float, float } %1631, 2
	%1635 = extractvalue { float, float, float, float } %1631, 3
	%1636 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1149, i32 %1156, float %1597, float %1598, float %1599, float %1600)
	%1637 = extractvalue { float, float, float, float } %1636, 0
	%1638 = extractvalue { float, float, float, float } %1636, 1
	%1639 = extractvalue { float, float, float, float } %1636, 2
	%1640 = extractvalue { float, float, float, float } %1636, 3
	%1641 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1101, i32 %1108, float %1602, float %1603, float %1604, float %1605)
	%1642 = extractvalue { float, float, float, float } %1641, 0
	%1643 = extractvalue { float, float, float, float } %1641, 1
	%1644 = extractvalue { float, float, float, float } %1641, 2
	%1645 = extractvalue { float, float, float, float } %1641, 3
	%1646 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1117, i32 %1124, float %1607, float %1608, float %1609, float %1610)
	%1647 = extractvalue { float, float, float, float } %1646, 0
	%1648 = extractvalue { float, float, float, float } %1646, 1
	%1649 = extractvalue { float, float, float, float } %1646, 2
	%1650 = extractvalue { float, float, float, float } %1646, 3
	%1651 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1133, i32 %1140, float %1612, float %1613, float %1614, float %1615)
	%1652 = extractvalue { float, float, float, float } %1651, 0
	%1653 = extractvalue { float, float, float, float } %1651, 1
	%1654 = extractvalue { float, float, float, float } %1651, 2
	%1655 = extractvalue { float, float, float, float } %1651, 3
	%1656 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1149, i32 %1156, float %1617, float %1618, float %1619, float %1620)
	%1657 = extractvalue { float, float, float, float } %1656, 0
	%1658 = extractvalue { float, float, float, float } %1656, 1
	%1659 = extractvalue { float, float, float, float } %1656, 2
	%1660 = extractvalue { float, float, float, float } %1656, 3
	%1661 = add i32 %990, 8
	br label %989

1662:
	call void @llvm.nvvm.barrier0()
	%1663 = add i32 %661, 32
	br label %660

1664:
	%1665 = mul i32 %3, %NQ
	%1666 = add i32 %1665, %17
	%1667 = mul i32 %1666, %NK
	%1668 = add i32 %1667, %21
	%1669 = sext i32 %1668 to i64
	%1670 = getelementptr float, float* %e, i64 %1669
	store float %697, float* %1670
	br label %1671

1671:
	%1672 = fmul float %663, 0x3FC7154760000000
	%1673 = icmp slt i32 %24, %NQ
	%1674 = icmp slt i32 %28, %NK
	%1675 = and i1 %1673, %1674
	br i1 %1675, label %1676, label %1683

1676:
	%1677 = mul i32 %3, %NQ
	%1678 = add i32 %1677, %24
	%1679 = mul i32 %1678, %NK
	%1680 = add i32 %1679, %28
	%1681 = sext i32 %1680 to i64
	%1682 = getelementptr float, float* %e, i64 %1681
	store float %1672, float* %1682
	br label %1683

1683:
	%1684 = fmul float %664, 0x3FC7154760000000
	%1685 = icmp slt i32 %31, %NQ
	%1686 = icmp slt i32 %35, %NK
	%1687 = and i1 %1685, %1686
	br i1 %1687, label %1688, label %1695

1688:
	%1689 = mul i32 %3, %NQ
	%1690 = add i32 %1689, %31
	%1691 = mul i32 %1690, %NK
	%1692 = add i32 %1691, %35
	%1693 = sext i32 %1692 to i64
	%1694 = getelementptr float, float* %e, i64 %1693
	store float %1684, float* %1694
	br label %1695

1695:
	%1696 = fmul float %665, 0x3FC7154760000000
	%1697 = icmp slt i32 %38, %NQ
	%1698 = icmp slt i32 %42, %NK
	%1699 = and i1 %1697, %1698
	br i1 %1699, label %1700, label %1707

1700:
	%1701 = mul i32 %3, %NQ
	%1702 = add i32 %1701, %38
	%1703 = mul i32 %1702, %NK
	%1704 = add i32 %1703, %42
	%1705 = sext i32 %1704 to i64
	%1706 = getelementptr float, float* %e, i64 %1705
	store float %1696, float* %1706
	br label %1707

1707:
	%1708 = fmul float %666, 0x3FC7154760000000
	%1709 = icmp slt i32 %45, %NQ
	%1710 = icmp slt i32 %49, %NK
	%1711 = and i1 %1709, %1710
	br i1 %1711, label %1712, label %1719

1712:
	%1713 = mul i32 %3, %NQ
	%1714 = add i32 %1713, %45
	%1715 = mul i32 %1714, %NK
	%1716 = add i32 %1715, %49
	%1717 = sext i32 %1716 to i64
	%1718 = getelementptr float, float* %e, i64 %1717
	store float %1708, float* %1718
	br label %1719

1719:
	%1720 = fmul float %667, 0x3FC7154760000000
	%1721 = icmp slt i32 %52, %NQ
	%1722 = icmp slt i32 %56, %NK
	%1723 = and i1 %1721, %1722
	br i1 %1723, label %1724, label %1731

1724:
	%1725 = mul i32 %3, %NQ
	%1726 = add i32 %1725, %52
	%1727 = mul i32 %1726, %NK
	%1728 = add i32 %1727, %56
	%1729 = sext i32 %1728 to i64
	%1730 = getelementptr float, float* %e, i64 %1729
	store float %1720, float* %1730
	br label %1731

1731:
	%1732 = fmul float %668, 0x3FC7154760000000
	%1733 = icmp slt i32 %59, %NQ
	%1734 = icmp slt i32 %63, %NK
	%1735 = and i1 %1733, %1734
	br i1 %1735, label %1736, label %1743

1736:
	%1737 = mul i32 %3, %NQ
	%1738 = add i32 %1737, %59
	%1739 = mul i32 %1738, %NK
	%1740 = add i32 %1739, %63
	%1741 = sext i32 %1740 to i64
	%1742 = getelementptr float, float* %e, i64 %1741
	store float %1732, float* %1742
	br label %1743

1743:
	%1744 = fmul float %669, 0x3FC7154760000000
	%1745 = icmp slt i32 %66, %NQ
	%1746 = icmp slt i32 %70, %NK
	%1747 = and i1 %1745, %1746
	br i1 %1747, label %1748, label %1755

1748:
	%1749 = mul i32 %3, %NQ
	%1750 = add i32 %1749, %66
	%1751 = mul i32 %1750, %NK
	%1752 = add i32 %1751, %70
	%1753 = sext i32 %1752 to i64
	%1754 = getelementptr float, float* %e, i64 %1753
	store float %1744, float* %1754
	br label %1755

1755:
	%1756 = fmul float %670, 0x3FC7154760000000
	%1757 = icmp slt i32 %73, %NQ
	%1758 = icmp slt i32 %77, %NK
	%1759 = and i1 %1757, %1758
	br i1 %1759, label %1760, label %1767

1760:
	%1761 = mul i32 %3, %NQ
	%1762 = add i32 %1761, %73
	%1763 = mul i32 %1762, %NK
	%1764 = add i32 %1763, %77
	%1765 = sext i32 %1764 to i64
	%1766 = getelementptr float, float* %e, i64 %1765
	store float %1756, float* %1766
	br label %1767

1767:
	%1768 = fmul float %671, 0x3FC7154760000000
	%1769 = icmp slt i32 %80, %NQ
	%1770 = icmp slt i32 %84, %NK
	%1771 = and i1 %1769, %1770
	br i1 %1771, label %1772, label %1779

1772:
	%1773 = mul i32 %3, %NQ
	%1774 = add i32 %1773, %80
	%1775 = mul i32 %1774, %NK
	%1776 = add i32 %1775, %84
	%1777 = sext i32 %1776 to i64
	%1778 = getelementptr float, float* %e, i64 %1777
	store float %1768, float* %1778
	br label %1779

1779:
	%1780 = fmul float %672, 0x3FC7154760000000
	%1781 = icmp slt i32 %87, %NQ
	%1782 = icmp slt i32 %91, %NK
	%1783 = and i1 %1781, %1782
	br i1 %1783, label %1784, label %1791

1784:
	%1785 = mul i32 %3, %NQ
	%1786 = add i32 %1785, %87
	%1787 = mul i32 %1786, %NK
	%1788 = add i32 %1787, %91
	%1789 = sext i32 %1788 to i64
	%1790 = getelementptr float, float* %e, i64 %1789
	store float %1780, float* %1790
	br label %1791

1791:
	%1792 = fmul float %673, 0x3FC7154760000000
	%1793 = icmp slt i32 %94, %NQ
	%1794 = icmp slt i32 %98, %NK
	%1795 = and i1 %1793, %1794
	br i1 %1795, label %1796, label %1803

1796:
	%1797 = mul i32 %3, %NQ
	%1798 = add i32 %1797, %94
	%1799 = mul i32 %1798, %NK
	%1800 = add i32 %1799, %98
	%1801 = sext i32 %1800 to i64
	%1802 = getelementptr float, float* %e, i64 %1801
	store float %1792, float* %1802
	br label %1803

1803:
	%1804 = fmul float %674, 0x3FC7154760000000
	%1805 = icmp slt i32 %101, %NQ
	%1806 = icmp slt i32 %105, %NK
	%1807 = and i1 %1805, %1806
	br i1 %1807, label %1808, label %1815

1808:
	%1809 = mul i32 %3, %NQ
	%1810 = add i32 %1809, %101
	%1811 = mul i32 %1810, %NK
	%1812 = add i32 %1811, %105
	%1813 = sext i32 %1812 to i64
	%1814 = getelementptr float, float* %e, i64 %1813
	store float %1804, float* %1814
	br label %1815

1815:
	%1816 = fmul float %675, 0x3FC7154760000000
	%1817 = icmp slt i32 %108, %NQ
	%1818 = icmp slt i32 %112, %NK
	%1819 = and i1 %1817, %1818
	br i1 %1819, label %1820, label %1827

1820:
	%1821 = mul i32 %3, %NQ
	%1822 = add i32 %1821, %108
	%1823 = mul i32 %1822, %NK
	%1824 = add i32 %1823, %112
	%1825 = sext i32 %1824 to i64
	%1826 = getelementptr float, float* %e, i64 %1825
	store float %1816, float* %1826
	br label %1827

1827:
	%1828 = fmul float %676, 0x3FC7154760000000
	%1829 = icmp slt i32 %115, %NQ
	%1830 = icmp slt i32 %119, %NK
	%1831 = and i1 %1829, %1830
	br i1 %1831, label %1832, label %1839

1832:
	%1833 = mul i32 %3, %NQ
	%1834 = add i32 %1833, %115
	%1835 = mul i32 %1834, %NK
	%1836 = add i32 %1835, %119
	%1837 = sext i32 %1836 to i64
	%1838 = getelementptr float, float* %e, i64 %1837
	store float %1828, float* %1838
	br label %1839

1839:
	%1840 = fmul float %677, 0x3FC7154760000000
	%1841 = icmp slt i32 %122, %NQ
	%1842 = icmp slt i32 %126, %NK
	%1843 = and i1 %1841, %1842
	br i1 %1843, label %1844, label %1851

1844:
	%1845 = mul i32 %3, %NQ
	%1846 = add i32 %1845, %122
	%1847 = mul i32 %1846, %NK
	%1848 = add i32 %1847, %126
	%1849 = sext i32 %1848 to i64
	%1850 = getelementptr float, float* %e, i64 %1849
	store float %1840, float* %1850
	br label %1851

1851:
	%1852 = fmul float %678, 0x3FC7154760000000
	%1853 = icmp slt i32 %129, %NQ
	%1854 = icmp slt i32 %133, %NK
	%1855 = and i1 %1853, %1854
	br i1 %1855, label %1856, label %1863

1856:
	%1857 = mul i32 %3, %NQ
	%1858 = add i32 %1857, %129
	%1859 = mul i32 %1858, %NK
	%1860 = add i32 %1859, %133
	%1861 = sext i32 %1860 to i64
	%1862 = getelementptr float, float* %e, i64 %1861
	store float %1852, float* %1862
	br label %1863

1863:
	%1864 = fmul float %679, 0x3FC7154760000000
	%1865 = icmp slt i32 %136, %NQ
	%1866 = icmp slt i32 %140, %NK
	%1867 = and i1 %1865, %1866
	br i1 %1867, label %1868, label %1875

1868:
	%1869 = mul i32 %3, %NQ
	%1870 = add i32 %1869, %136
	%1871 = mul i32 %1870, %NK
	%1872 = add i32 %1871, %140
	%1873 = sext i32 %1872 to i64
	%1874 = getelementptr float, float* %e, i64 %1873
	store float %1864, float* %1874
	br label %1875

1875:
	%1876 = fmul float %680, 0x3FC7154760000000
	%1877 = icmp slt i32 %143, %NQ
	%1878 = icmp slt i32 %147, %NK
	%1879 = and i1 %1877, %1878
	br i1 %1879, label %1880, label %1887

1880:
	%1881 = mul i32 %3, %NQ
	%1882 = add i32 %1881, %143
	%1883 = mul i32 %1882, %NK
	%1884 = add i32 %1883, %147
	%1885 = sext i32 %1884 to i64
	%1886 = getelementptr float, float* %e, i64 %1885
	store float %1876, float* %1886
	br label %1887

1887:
	%1888 = fmul float %681, 0x3FC7154760000000
	%1889 = icmp slt i32 %150, %NQ
	%1890 = icmp slt i32 %154, %NK
	%1891 = and i1 %1889, %1890
	br i1 %1891, label %1892, label %1899

1892:
	%1893 = mul i32 %3, %NQ
	%1894 = add i32 %1893, %150
	%1895 = mul i32 %1894, %NK
	%1896 = add i32 %1895, %154
	%1897 = sext i32 %1896 to i64
	%1898 = getelementptr float, float* %e, i64 %1897
	store float %1888, float* %1898
	br label %1899

1899:
	%1900 = fmul float %682, 0x3FC7154760000000
	%1901 = icmp slt i32 %157, %NQ
	%1902 = icmp slt i32 %161, %NK
	%1903 = and i1 %1901, %1902
	br i1 %1903, label %1904, label %1911

1904:
	%1905 = mul i32 %3, %NQ
	%1906 = add i32 %1905, %157
	%1907 = mul i32 %1906, %NK
	%1908 = add i32 %1907, %161
	%1909 = sext i32 %1908 to i64
	%1910 = getelementptr float, float* %e, i64 %1909
	store float %1900, float* %1910
	br label %1911

1911:
	%1912 = fmul float %683, 0x3FC7154760000000
	%1913 = icmp slt i32 %164, %NQ
	%1914 = icmp slt i32 %168, %NK
	%1915 = and i1 %1913, %1914
	br i1 %1915, label %1916, label %1923

1916:
	%1917 = mul i32 %3, %NQ
	%1918 = add i32 %1917, %164
	%1919 = mul i32 %1918, %NK
	%1920 = add i32 %1919, %168
	%1921 = sext i32 %1920 to i64
	%1922 = getelementptr float, float* %e, i64 %1921
	store float %1912, float* %1922
	br label %1923

1923:
	%1924 = fmul float %684, 0x3FC7154760000000
	%1925 = icmp slt i32 %171, %NQ
	%1926 = icmp slt i32 %175, %NK
	%1927 = and i1 %1925, %1926
	br i1 %1927, label %1928, label %1935

1928:
	%1929 = mul i32 %3, %NQ
	%1930 = add i32 %1929, %171
	%1931 = mul i32 %1930, %NK
	%1932 = add i32 %1931, %175
	%1933 = sext i32 %1932 to i64
	%1934 = getelementptr float, float* %e, i64 %1933
	store float %1924, float* %1934
	br label %1935

1935:
	%1936 = fmul float %685, 0x3FC7154760000000
	%1937 = icmp slt i32 %178, %NQ
	%1938 = icmp slt i32 %182, %NK
	%1939 = and i1 %1937, %1938
	br i1 %1939, label %1940, label %1947

1940:
	%1941 = mul i32 %3, %NQ
	%1942 = add i32 %1941, %178
	%1943 = mul i32 %1942, %NK
	%1944 = add i32 %1943, %182
	%1945 = sext i32 %1944 to i64
	%1946 = getelementptr float, float* %e, i64 %1945
	store float %1936, float* %1946
	br label %1947

1947:
	%1948 = fmul float %686, 0x3FC7154760000000
	%1949 = icmp slt i32 %185, %NQ
	%1950 = icmp slt i32 %189, %NK
	%1951 = and i1 %1949, %1950
	br i1 %1951, label %1952, label %1959

1952:
	%1953 = mul i32 %3, %NQ
	%1954 = add i32 %1953, %185
	%1955 = mul i32 %1954, %NK
	%1956 = add i32 %1955, %189
	%1957 = sext i32 %1956 to i64
	%1958 = getelementptr float, float* %e, i64 %1957
	store float %1948, float* %1958
	br label %1959

1959:
	%1960 = fmul float %687, 0x3FC7154760000000
	%1961 = icmp slt i32 %192, %NQ
	%1962 = icmp slt i32 %196, %NK
	%1963 = and i1 %1961, %1962
	br i1 %1963, label %1964, label %1971

1964:
	%1965 = mul i32 %3, %NQ
	%1966 = add i32 %1965, %192
	%1967 = mul i32 %1966, %NK
	%1968 = add i32 %1967, %196
	%1969 = sext i32 %1968 to i64
	%1970 = getelementptr float, float* %e, i64 %1969
	store float %1960, float* %1970
	br label %1971

1971:
	%1972 = fmul float %688, 0x3FC7154760000000
	%1973 = icmp slt i32 %199, %NQ
	%1974 = icmp slt i32 %203, %NK
	%1975 = and i1 %1973, %1974
	br i1 %1975, label %1976, label %1983

1976:
	%1977 = mul i32 %3, %NQ
	%1978 = add i32 %1977, %199
	%1979 = mul i32 %1978, %NK
	%1980 = add i32 %1979, %203
	%1981 = sext i32 %1980 to i64
	%1982 = getelementptr float, float* %e, i64 %1981
	store float %1972, float* %1982
	br label %1983

1983:
	%1984 = fmul float %689, 0x3FC7154760000000
	%1985 = icmp slt i32 %206, %NQ
	%1986 = icmp slt i32 %210, %NK
	%1987 = and i1 %1985, %1986
	br i1 %1987, label %1988, label %1995

1988:
	%1989 = mul i32 %3, %NQ
	%1990 = add i32 %1989, %206
	%1991 = mul i32 %1990, %NK
	%1992 = add i32 %1991, %210
	%1993 = sext i32 %1992 to i64
	%1994 = getelementptr float, float* %e, i64 %1993
	store float %1984, float* %1994
	br label %1995

1995:
	%1996 = fmul float %690, 0x3FC7154760000000
	%1997 = icmp slt i32 %213, %NQ
	%1998 = icmp slt i32 %217, %NK
	%1999 = and i1 %1997, %1998
	br i1 %1999, label %2000, label %2007

2000:
	%2001 = mul i32 %3, %NQ
	%2002 = add i32 %2001, %213
	%2003 = mul i32 %2002, %NK
	%2004 = add i32 %2003, %217
	%2005 = sext i32 %2004 to i64
	%2006 = getelementptr float, float* %e, i64 %2005
	store float %1996, float* %2006
	br label %2007

2007:
	%2008 = fmul float %691, 0x3FC7154760000000
	%2009 = icmp slt i32 %220, %NQ
	%2010 = icmp slt i32 %224, %NK
	%2011 = and i1 %2009, %2010
	br i1 %2011, label %2012, label %2019

2012:
	%2013 = mul i32 %3, %NQ
	%2014 = add i32 %2013, %220
	%2015 = mul i32 %2014, %NK
	%2016 = add i32 %2015, %224
	%2017 = sext i32 %2016 to i64
	%2018 = getelementptr float, float* %e, i64 %2017
	store float %2008, float* %2018
	br label %2019

2019:
	%2020 = fmul float %692, 0x3FC7154760000000
	%2021 = icmp slt i32 %227, %NQ
	%2022 = icmp slt i32 %231, %NK
	%2023 = and i1 %2021, %2022
	br i1 %2023, label %2024, label %2031

2024:
	%2025 = mul i32 %3, %NQ
	%2026 = add i32 %2025, %227
	%2027 = mul i32 %2026, %NK
	%2028 = add i32 %2027, %231
	%2029 = sext i32 %2028 to i64
	%2030 = getelementptr float, float* %e, i64 %2029
	store float %2020, float* %2030
	br label %2031

2031:
	%2032 = fmul float %693, 0x3FC7154760000000
	%2033 = icmp slt i32 %234, %NQ
	%2034 = icmp slt i32 %238, %NK
	%2035 = and i1 %2033, %2034
	br i1 %2035, label %2036, label %2043

2036:
	%2037 = mul i32 %3, %NQ
	%2038 = add i32 %2037, %234
	%2039 = mul i32 %2038, %NK
	%2040 = add i32 %2039, %238
	%2041 = sext i32 %2040 to i64
	%2042 = getelementptr float, float* %e, i64 %2041
	store float %2032, float* %2042
	br label %2043

2043:
	ret void
}
