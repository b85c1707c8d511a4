define ptx_kernel void @$K(i16* %q, i16* %km, i32* %out, float* %e, i32 %M, i32 %N, i32 %NB, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %1, 16
	%6 = sub i32 %N, %M
	%7 = sdiv i32 %2, %group
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()
	%9 = sdiv i32 %8, %group
	%10 = mul i32 %9, %NB
	%11 = mul i32 %10, 64
	%12 = icmp ne float* %e, null
	%13 = lshr i32 %3, 2
	%14 = and i32 %3, 3
	%15 = add i32 %13, 0
	%16 = add i32 %5, %15
	%17 = sub i32 %M, 1
	%18 = icmp slt i32 %16, %17
	%19 = select i1 %18, i32 %16, i32 %17
	%20 = mul i32 %2, %M
	%21 = add i32 %20, %19
	%22 = mul i32 %21, 64
	%23 = shl i32 %14, 1
	%24 = add i32 %23, 0
	%25 = add i32 %22, %24
	%26 = sext i32 %25 to i64
	%27 = getelementptr i16, i16* %q, i64 %26
	%28 = bitcast i16* %27 to i32*
	%29 = load i32, i32* %28
	%30 = add i32 %13, 8
	%31 = add i32 %5, %30
	%32 = sub i32 %M, 1
	%33 = icmp slt i32 %31, %32
	%34 = select i1 %33, i32 %31, i32 %32
	%35 = mul i32 %2, %M
	%36 = add i32 %35, %34
	%37 = mul i32 %36, 64
	%38 = shl i32 %14, 1
	%39 = add i32 %38, 0
	%40 = add i32 %37, %39
	%41 = sext i32 %40 to i64
	%42 = getelementptr i16, i16* %q, i64 %41
	%43 = bitcast i16* %42 to i32*
	%44 = load i32, i32* %43
	%45 = add i32 %13, 0
	%46 = add i32 %5, %45
	%47 = sub i32 %M, 1
	%48 = icmp slt i32 %46, %47
	%49 = select i1 %48, i32 %46, i32 %47
	%50 = mul i32 %2, %M
	%51 = add i32 %50, %49
	%52 = mul i32 %51, 64
	%53 = shl i32 %14, 1
	%54 = add i32 %53, 8
	%55 = add i32 %52, %54
	%56 = sext i32 %55 to i64
	%57 = getelementptr i16, i16* %q, i64 %56
	%58 = bitcast i16* %57 to i32*
	%59 = load i32, i32* %58
	%60 = add i32 %13, 8
	%61 = add i32 %5, %60
	%62 = sub i32 %M, 1
	%63 = icmp slt i32 %61, %62
	%64 = select i1 %63, i32 %61, i32 %62
	%65 = mul i32 %2, %M
	%66 = add i32 %65, %64
	%67 = mul i32 %66, 64
	%68 = shl i32 %14, 1
	%69 = add i32 %68, 8
	%70 = add i32 %67, %69
	%71 = sext i32 %70 to i64
	%72 = getelementptr i16, i16* %q, i64 %71
	%73 = bitcast i16* %72 to i32*
	%74 = load i32, i32* %73
	%75 = add i32 %13, 0
	%76 = add i32 %5, %75
	%77 = sub i32 %M, 1
	%78 = icmp slt i32 %76, %77
	%79 = select i1 %78, i32 %76, i32 %77
	%80 = mul i32 %2, %M
	%81 = add i32 %80, %79
	%82 = mul i32 %81, 64
	%83 = shl i32 %14, 1
	%84 = add i32 %83, 16
	%85 = add i32 %82, %84
	%86 = sext i32 %85 to i64
	%87 = getelementptr i16, i16* %q, i64 %86
	%88 = bitcast i16* %87 to i32*
	%89 = load i32, i32* %88
	%90 = add i32 %13, 8
	%91 = add i32 %5, %90
	%92 = sub i32 %M, 1
	%93 = icmp slt i32 %91, %92
	%94 = select i1 %93, i32 %91, i32 %92
	%95 = mul i32 %2, %M
	%96 = add i32 %95, %94
	%97 = mul i32 %96, 64
	%98 = shl i32 %14, 1
	%99 = add i32 %98, 16
	%100 = add i32 %97, %99
	%101 = sext i32 %100 to i64
	%102 = getelementptr i16, i16* %q, i64 %101
	%103 = bitcast i16* %102 to i32*
	%104 = load i32, i32* %103
	%105 = add i32 %13, 0
	%106 = add i32 %5, %105
	%107 = sub i32 %M, 1
	%108 = icmp slt i32 %106, %107
	%109 = select i1 %108, i32 %106, i32 %107
	%110 = mul i32 %2, %M
	%111 = add i32 %110, %109
	%112 = mul i32 %111, 64
	%113 = shl i32 %14, 1
	%114 = add i32 %113, 24
	%115 = add i32 %112, %114
	%116 = sext i32 %115 to i64
	%117 = getelementptr i16, i16* %q, i64 %116
	%118 = bitcast i16* %117 to i32*
	%119 = load i32, i32* %118
	%120 = add i32 %13, 8
	%121 = add i32 %5, %120
	%122 = sub i32 %M, 1
	%123 = icmp slt i32 %121, %122
	%124 = select i1 %123, i32 %121, i32 %122
	%125 = mul i32 %2, %M
	%126 = add i32 %125, %124
	%127 = mul i32 %126, 64
	%128 = shl i32 %14, 1
	%129 = add i32 %128, 24
	%130 = add i32 %127, %129
	%131 = sext i32 %130 to i64
	%132 = getelementptr i16, i16* %q, i64 %131
	%133 = bitcast i16* %132 to i32*
	%134 = load i32, i32* %133
	%135 = add i32 %13, 0
	%136 = add i32 %5, %135
	%137 = sub i32 %M, 1
	%138 = icmp slt i32 %136, %137
	%139 = select i1 %138, i32 %136, i32 %137
	%140 = mul i32 %2, %M
	%141 = add i32 %140, %139
	%142 = mul i32 %141, 64
	%143 = shl i32 %14, 1
	%144 = add i32 %143, 32
	%145 = add i32 %142, %144
	%146 = sext i32 %145 to i64
	%147 = getelementptr i16, i16* %q, i64 %146
	%148 = bitcast i16* %147 to i32*
	%149 = load i32, i32* %148
	%150 = add i32 %13, 8
	%151 = add i32 %5, %150
	%152 = sub i32 %M, 1
	%153 = icmp slt i32 %151, %152
	%154 = select i1 %153, i32 %151, i32 %152
	%155 = mul i32 %2, %M
	%156 = add i32 %155, %154
	%157 = mul i32 %156, 64
	%158 = shl i32 %14, 1
	%159 = add i32 %158, 32
	%160 = add i32 %157, %159
	%161 = sext i32 %160 to i64
	%162 = getelementptr i16, i16* %q, i64 %161
	%163 = bitcast i16* %162 to i32*
	%164 = load i32, i32* %163
	%165 = add i32 %13, 0
	%166 = add i32 %5, %165
	%167 = sub i32 %M, 1
	%168 = icmp slt i32 %166, %167
	%169 = select i1 %168, i32 %166, i32 %167
	%170 = mul i32 %2, %M
	%171 = add i32 %170, %169
	%172 = mul i32 %171, 64
	%173 = shl i32 %14, 1
	%174 = add i32 %173, 40
	%175 = add i32 %172, %174
	%176 = sext i32 %175 to i64
	%177 = getelementptr i16, i16* %q, i64 %176
	%178 = bitcast i16* %177 to i32*
	%179 = load i32, i32* %178
	%180 = add i32 %13, 8
	%181 = add i32 %5, %180
	%182 = sub i32 %M, 1
	%183 = icmp slt i32 %181, %182
	%184 = select i1 %183, i32 %181, i32 %182
	%185 = mul i32 %2, %M
	%186 = add i32 %185, %184
	%187 = mul i32 %186, 64
	%188 = shl i32 %14, 1
	%189 = add i32 %188, 40
	%190 = add i32 %187, %189
	%191 = sext i32 %190 to i64
	%192 = getelementptr i16, i16* %q, i64 %191
	%193 = bitcast i16* %192 to i32*
	%194 = load i32, i32* %193
	%195 = add i32 %13, 0
	%196 = add i32 %5, %195
	%197 = sub i32 %M, 1
	%198 = icmp slt i32 %196, %197
	%199 = select i1 %198, i32 %196, i32 %197
	%200 = mul i32 %2, %M
	%201 = add i32 %200, %199
	%202 = mul i32 %201, 64
	%203 = shl i32 %14, 1
	%204 = add i32 %203, 48
	%205 = add i32 %202, %204
	%206 = sext i32 %205 to i64
	%207 = getelementptr i16, i16* %q, i64 %206
	%208 = bitcast i16* %207 to i32*
	%209 = load i32, i32* %208
	%210 = add i32 %13, 8
	%211 = add i32 %5, %210
	%212 = sub i32 %M, 1
	%213 = icmp slt i32 %211, %212
	%214 = select i1 %213, i32 %211, i32 %212
	%215 = mul i32 %2, %M
	%216 = add i32 %215, %214
	%217 = mul i32 %216, 64
	%218 = shl i32 %14, 1
	%219 = add i32 %218, 48
	%220 = add i32 %217, %219
	%221 = sext i32 %220 to i64
	%222 = getelementptr i16, i16* %q, i64 %221
	%223 = bitcast i16* %222 to i32*
	%224 = load i32, i32* %223
	%225 = add i32 %13, 0
	%226 = add i32 %5, %225
	%227 = sub i32 %M, 1
	%228 = icmp slt i32 %226, %227
	%229 = select i1 %228, i32 %226, i32 %227
	%230 = mul i32 %2, %M
	%231 = add i32 %230, %229
	%232 = mul i32 %231, 64
	%233 = shl i32 %14, 1
	%234 = add i32 %233, 56
	%235 = add i32 %232, %234
	%236 = sext i32 %235 to i64
	%237 = getelementptr i16, i16* %q, i64 %236
	%238 = bitcast i16* %237 to i32*
	%239 = load i32, i32* %238
	%240 = add i32 %13, 8
	%241 = add i32 %5, %240
	%242 = sub i32 %M, 1
	%243 = icmp slt i32 %241, %242
	%244 = select i1 %243, i32 %241, i32 %242
	%245 = mul i32 %2, %M
	%246 = add i32 %245, %244
	%247 = mul i32 %246, 64
	%248 = shl i32 %14, 1
	%249 = add i32 %248, 56
	%250 = add i32 %247, %249
	%251 = sext i32 %250 to i64
	%252 = getelementptr i16, i16* %q, i64 %251
	%253 = bitcast i16* %252 to i32*
	%254 = load i32, i32* %253
	%255 = add i32 %13, 0
	%256 = add i32 %5, %255
	%257 = add i32 %256, %6
	%258 = sub i32 0, %257
	%259 = add i32 %258, 15
	%260 = sdiv i32 %259, 16
	%261 = sub i32 0, %260
	%262 = icmp sge i32 %257, 0
	%263 = sdiv i32 %257, 16
	%264 = select i1 %262, i32 %263, i32 %261
	%265 = sub i32 0, %257
	%266 = add i32 %265, 15
	%267 = sdiv i32 %266, 16
	%268 = sub i32 0, %267
	%269 = icmp sge i32 %257, 0
	%270 = sdiv i32 %257, 16
	%271 = select i1 %269, i32 %270, i32 %268
	%272 = add i32 %271, 1
	%273 = icmp slt i32 %272, %NB
	%274 = select i1 %273, i32 %272, i32 %NB
	%275 = icmp sgt i32 %274, 0
	%276 = select i1 %275, i32 %274, i32 0
	%277 = sub i32 %264, 0
	%278 = icmp sgt i32 %277, 0
	%279 = select i1 %278, i32 %277, i32 0
	%280 = sub i32 %276, 1
	%281 = icmp slt i32 %264, %280
	%282 = select i1 %281, i32 %264, i32 %280
	%283 = sub i32 %282, %279
	%284 = add i32 %283, 1
	%285 = icmp sgt i32 %284, 0
	%286 = select i1 %285, i32 %284, i32 0
	%287 = add i32 %286, 0
	%288 = icmp slt i32 8, %276
	%289 = select i1 %288, i32 8, i32 %276
	%290 = icmp sgt i32 %289, %287
	%291 = select i1 %290, i32 %289, i32 %287
	%292 = sub i32 %291, %287
	%293 = add i32 %5, %255
	%294 = icmp slt i32 %293, %M
	%295 = sub i32 0, %257
	%296 = add i32 %295, 15
	%297 = sdiv i32 %296, 16
	%298 = sub i32 0, %297
	%299 = icmp sge i32 %257, 0
	%300 = sdiv i32 %257, 16
	%301 = select i1 %299, i32 %300, i32 %298
	%302 = add i32 %301, 1
	%303 = icmp slt i32 %302, %NB
	%304 = select i1 %303, i32 %302, i32 %NB
	%305 = icmp sgt i32 %304, 0
	%306 = select i1 %305, i32 %304, i32 0
	%307 = add i32 %13, 8
	%308 = add i32 %5, %307
	%309 = add i32 %308, %6
	%310 = sub i32 0, %309
	%311 = add i32 %310, 15
	%312 = sdiv i32 %311, 16
	%313 = sub i32 0, %312
	%314 = icmp sge i32 %309, 0
	%315 = sdiv i32 %309, 16
	%316 = select i1 %314, i32 %315, i32 %313
	%317 = sub i32 0, %309
	%318 = add i32 %317, 15
	%319 = sdiv i32 %318, 16
	%320 = sub i32 0, %319
	%321 = icmp sge i32 %309, 0
	%322 = sdiv i32 %309, 16
	%323 = select i1 %321, i32 %322, i32 %320
	%324 = add i32 %323, 1
	%325 = icmp slt i32 %324, %NB
	%326 = select i1 %325, i32 %324, i32 %NB
	%327 = icmp sgt i32 %326, 0
	%328 = select i1 %327, i32 %326, i32 0
	%329 = sub i32 %316, 0
	%330 = icmp sgt i32 %329, 0
	%331 = select i1 %330, i32 %329, i32 0
	%332 = sub i32 %328, 1
	%333 = icmp slt i32 %316, %332
	%334 = select i1 %333, i32 %316, i32 %332
	%335 = sub i32 %334, %331
	%336 = add i32 %335, 1
	%337 = icmp sgt i32 %336, 0
	%338 = select i1 %337, i32 %336, i32 0
	%339 = add i32 %338, 0
	%340 = icmp slt i32 8, %328
	%341 = select i1 %340, i32 8, i32 %328
	%342 = icmp sgt i32 %341, %339
	%343 = select i1 %342, i32 %341, i32 %339
	%344 = sub i32 %343, %339
	%345 = add i32 %5, %307
	%346 = icmp slt i32 %345, %M
	%347 = sub i32 0, %309
	%348 = add i32 %347, 15
	%349 = sdiv i32 %348, 16
	%350 = sub i32 0, %349
	%351 = icmp sge i32 %309, 0
	%352 = sdiv i32 %309, 16
	%353 = select i1 %351, i32 %352, i32 %350
	%354 = add i32 %353, 1
	%355 = icmp slt i32 %354, %NB
	%356 = select i1 %355, i32 %354, i32 %NB
	%357 = icmp sgt i32 %356, 0
	%358 = select i1 %357, i32 %356, i32 0
	%359 = add i32 %5, 16
	%360 = icmp slt i32 %359, %M
	%361 = select i1 %360, i32 %359, i32 %M
	%362 = sub i32 %361, %5
	%363 = sub i32 %362, 1
	%364 = add i32 %5, %363
	%365 = add i32 %364, %6
	%366 = sub i32 0, %365
	%367 = add i32 %366, 15
	%368 = sdiv i32 %367, 16
	%369 = sub i32 0, %368
	%370 = icmp sge i32 %365, 0
	%371 = sdiv i32 %365, 16
	%372 = select i1 %370, i32 %371, i32 %369
	%373 = add i32 %372, 1
	%374 = icmp slt i32 %373, %NB
	%375 = select i1 %374, i32 %373, i32 %NB
	%376 = icmp sgt i32 %375, 0
	%377 = select i1 %376, i32 %375, i32 0
	%378 = add i32 %4, 0
	%379 = add i32 %5, %378
	%380 = add i32 %379, %6
	%381 = sub i32 0, %380
	%382 = add i32 %381, 15
	%383 = sdiv i32 %382, 16
	%384 = sub i32 0, %383
	%385 = icmp sge i32 %380, 0
	%386 = sdiv i32 %380, 16
	%387 = select i1 %385, i32 %386, i32 %384
	%388 = sub i32 0, %380
	%389 = add i32 %388, 15
	%390 = sdiv i32 %389, 16
	%391 = sub i32 0, %390
	%392 = icmp sge i32 %380, 0
	%393 = sdiv i32 %380, 16
	%394 = select i1 %392, i32 %393, i32 %391
	%395 = add i32 %394, 1
	%396 = icmp slt i32 %395, %NB
	%397 = select i1 %396, i32 %395, i32 %NB
	%398 = icmp sgt i32 %397, 0
	%399 = select i1 %398, i32 %397, i32 0
	%400 = sub i32 %387, 0
	%401 = icmp sgt i32 %400, 0
	%402 = select i1 %401, i32 %400, i32 0
	%403 = sub i32 %399, 1
	%404 = icmp slt i32 %387, %403
	%405 = select i1 %404, i32 %387, i32 %403
	%406 = sub i32 %405, %402
	%407 = add i32 %406, 1
	%408 = icmp sgt i32 %407, 0
	%409 = select i1 %408, i32 %407, i32 0
	%410 = add i32 %409, 0
	%411 = icmp slt i32 8, %399
	%412 = select i1 %411, i32 8, i32 %399
	%413 = icmp sgt i32 %412, %410
	%414 = select i1 %413, i32 %412, i32 %410
	%415 = sub i32 %414, %410
	%416 = add i32 %5, %378
	%417 = icmp slt i32 %416, %M
	%418 = icmp sgt i32 %415, 0
	%419 = and i1 %417, %418
	%420 = add i32 %4, 4
	%421 = add i32 %5, %420
	%422 = add i32 %421, %6
	%423 = sub i32 0, %422
	%424 = add i32 %423, 15
	%425 = sdiv i32 %424, 16
	%426 = sub i32 0, %425
	%427 = icmp sge i32 %422, 0
	%428 = sdiv i32 %422, 16
	%429 = select i1 %427, i32 %428, i32 %426
	%430 = sub i32 0, %422
	%431 = add i32 %430, 15
	%432 = sdiv i32 %431, 16
	%433 = sub i32 0, %432
	%434 = icmp sge i32 %422, 0
	%435 = sdiv i32 %422, 16
	%436 = select i1 %434, i32 %435, i32 %433
	%437 = add i32 %436, 1
	%438 = icmp slt i32 %437, %NB
	%439 = select i1 %438, i32 %437, i32 %NB
	%440 = icmp sgt i32 %439, 0
	%441 = select i1 %440, i32 %439, i32 0
	%442 = sub i32 %429, 0
	%443 = icmp sgt i32 %442, 0
	%444 = select i1 %443, i32 %442, i32 0
	%445 = sub i32 %441, 1
	%446 = icmp slt i32 %429, %445
	%447 = select i1 %446, i32 %429, i32 %445
	%448 = sub i32 %447, %444
	%449 = add i32 %448, 1
	%450 = icmp sgt i32 %449, 0
	%451 = select i1 %450, i32 %449, i32 0
	%452 = add i32 %451, 0
	%453 = icmp slt i32 8, %441
	%454 = select i1 %453, i32 8, i32 %441
	%455 = icmp sgt i32 %454, %452
	%456 = select i1 %455, i32 %454, i32 %452
	%457 = sub i32 %456, %452
	%458 = add i32 %5, %420
	%459 = icmp slt i32 %458, %M
	%460 = icmp sgt i32 %457, 0
	%461 = and i1 %459, %460
	%462 = add i32 %4, 8
	%463 = add i32 %5, %462
	%464 = add i32 %463, %6
	%465 = sub i32 0, %464
	%466 = add i32 %465, 15
	%467 = sdiv i32 %466, 16
	%468 = sub i32 0, %467
	%469 = icmp sge i32 %464, 0
	%470 = sdiv i32 %464, 16
	%471 = select i1 %469, i32 %470, i32 %468
	%472 = sub i32 0, %464
	%473 = add i32 %472, 15
	%474 = sdiv i32 %473, 16
	%475 = sub i32 0, %474
	%476 = icmp sge i32 %464, 0
	%477 = sdiv i32 %464, 16
	%478 = select i1 %476, i32 %477, i32 %475
	%479 = add i32 %478, 1
	%480 = icmp slt i32 %479, %NB
	%481 = select i1 %480, i32 %479, i32 %NB
	%482 = icmp sgt i32 %481, 0
	%483 = select i1 %482, i32 %481, i32 0
	%484 = sub i32 %471, 0
	%485 = icmp sgt i32 %484, 0
	%486 = select i1 %485, i32 %484, i32 0
	%487 = sub i32 %483, 1
	%488 = icmp slt i32 %471, %487
	%489 = select i1 %488, i32 %471, i32 %487
	%490 = sub i32 %489, %486
	%491 = add i32 %490, 1
	%492 = icmp sgt i32 %491, 0
	%493 = select i1 %492, i32 %491, i32 0
	%494 = add i32 %493, 0
	%495 = icmp slt i32 8, %483
	%496 = select i1 %495, i32 8, i32 %483
	%497 = icmp sgt i32 %496, %494
	%498 = select i1 %497, i32 %496, i32 %494
	%499 = sub i32 %498, %494
	%500 = add i32 %5, %462
	%501 = icmp slt i32 %500, %M
	%502 = icmp sgt i32 %499, 0
	%503 = and i1 %501, %502
	%504 = add i32 %4, 12
	%505 = add i32 %5, %504
	%506 = add i32 %505, %6
	%507 = sub i32 0, %506
	%508 = add i32 %507, 15
	%509 = sdiv i32 %508, 16
	%510 = sub i32 0, %509
	%511 = icmp sge i32 %506, 0
	%512 = sdiv i32 %506, 16
	%513 = select i1 %511, i32 %512, i32 %510
	%514 = sub i32 0, %506
	%515 = add i32 %514, 15
	%516 = sdiv i32 %515, 16
	%517 = sub i32 0, %516
	%518 = icmp sge i32 %506, 0
	%519 = sdiv i32 %506, 16
	%520 = select i1 %518, i32 %519, i32 %517
	%521 = add i32 %520, 1
	%522 = icmp slt i32 %521, %NB
	%523 = select i1 %522, i32 %521, i32 %NB
	%524 = icmp sgt i32 %523, 0
	%525 = select i1 %524, i32 %523, i32 0
	%526 = sub i32 %513, 0
	%527 = icmp sgt i32 %526, 0
	%528 = select i1 %527, i32 %526, i32 0
	%529 = sub i32 %525, 1
	%530 = icmp slt i32 %513, %529
	%531 = select i1 %530, i32 %513, i32 %529
	%532 = sub i32 %531, %528
	%533 = add i32 %532, 1
	%534 = icmp sgt i32 %533, 0
	%535 = select i1 %534, i32 %533, i32 0
	%536 = add i32 %535, 0
	%537 = icmp slt i32 8, %525
	%538 = select i1 %537, i32 8, i32 %525
	%539 = icmp sgt i32 %538, %536
	%540 = select i1 %539, i32 %538, i32 %536
	%541 = sub i32 %540, %536
	%542 = add i32 %5, %504
	%543 = icmp slt i32 %542, %M
	%544 = icmp sgt i32 %541, 0
	%545 = and i1 %543, %544
	%546 = icmp eq i32 %362, 16
	%547 = add i32 %5, 0
	%548 = add i32 %547, %6
	%549 = sub i32 0, %548
	%550 = add i32 %549, 15
	%551 = sdiv i32 %550, 16
	%552 = sub i32 0, %551
	%553 = icmp sge i32 %548, 0
	%554 = sdiv i32 %548, 16
	%555 = select i1 %553, i32 %554, i32 %552
	%556 = sub i32 0, %548
	%557 = add i32 %556, 15
	%558 = sdiv i32 %557, 16
	%559 = sub i32 0, %558
	%560 = icmp sge i32 %548, 0
	%561 = sdiv i32 %548, 16
	%562 = select i1 %560, i32 %561, i32 %559
	%563 = add i32 %562, 1
	%564 = icmp slt i32 %563, %NB
	%565 = select i1 %564, i32 %563, i32 %NB
	%566 = icmp sgt i32 %565, 0
	%567 = select i1 %566, i32 %565, i32 0
	%568 = sub i32 %555, 0
	%569 = icmp sgt i32 %568, 0
	%570 = select i1 %569, i32 %568, i32 0
	%571 = sub i32 %567, 1
	%572 = icmp slt i32 %555, %571
	%573 = select i1 %572, i32 %555, i32 %571
	%574 = sub i32 %573, %570
	%575 = add i32 %574, 1
	%576 = icmp sgt i32 %575, 0
	%577 = select i1 %576, i32 %575, i32 0
	%578 = add i32 %577, 0
	%579 = icmp slt i32 8, %567
	%580 = select i1 %579, i32 8, i32 %567
	%581 = icmp sgt i32 %580, %578
	%582 = select i1 %581, i32 %580, i32 %578
	%583 = sub i32 %582, %578
	%584 = select i1 %546, i32 %570, i32 0
	br label %585

585:
	%586 = phi i32 [ 0, %entry ], [ %6409, %6406 ]
	%587 = phi i32 [ 0, %entry ], [ %2075, %6406 ]
	%588 = phi i32 [ 0, %entry ], [ %2076, %6406 ]
	%589 = phi i32 [ 0, %entry ], [ %3519, %6406 ]
	%590 = phi i32 [ 0, %entry ], [ %3520, %6406 ]
	%591 = phi i32 [ 0, %entry ], [ %4963, %6406 ]
	%592 = phi i32 [ 0, %entry ], [ %4964, %6406 ]
	%593 = phi i32 [ 0, %entry ], [ %6407, %6406 ]
	%594 = phi i32 [ 0, %entry ], [ %6408, %6406 ]
	%595 = icmp slt i32 %586, %377
	br i1 %595, label %596, label %600

596:
	%597 = mul i32 %4, 32
	%598 = add i32 %586, %597
	%599 = icmp slt i32 %598, %377
	br i1 %599, label %601, label %1146

600:
	br i1 %12, label %7797, label %7799

601:
	%602 = add i32 %13, 0
	%603 = add i32 %598, %602
	%604 = sub i32 %NB, 1
	%605 = icmp slt i32 %603, %604
	%606 = select i1 %605, i32 %603, i32 %604
	%607 = mul i32 %7, %NB
	%608 = add i32 %607, %606
	%609 = mul i32 %608, 64
	%610 = mul i32 %14, 16
	%611 = add i32 %609, %610
	%612 = mul i32 %11, 0
	%613 = add i32 %611, %612
	%614 = add i32 %613, 0
	%615 = sext i32 %614 to i64
	%616 = getelementptr i16, i16* %km, i64 %615
	%617 = bitcast i16* %616 to <4 x i32>*
	%618 = load <4 x i32>, <4 x i32>* %617, align 16
	%619 = extractelement <4 x i32> %618, i32 0
	%620 = extractelement <4 x i32> %618, i32 1
	%621 = extractelement <4 x i32> %618, i32 2
	%622 = extractelement <4 x i32> %618, i32 3
	%623 = mul i32 %11, 0
	%624 = add i32 %611, %623
	%625 = add i32 %624, 8
	%626 = sext i32 %625 to i64
	%627 = getelementptr i16, i16* %km, i64 %626
	%628 = bitcast i16* %627 to <4 x i32>*
	%629 = load <4 x i32>, <4 x i32>* %628, align 16
	%630 = extractelement <4 x i32> %629, i32 0
	%631 = extractelement <4 x i32> %629, i32 1
	%632 = extractelement <4 x i32> %629, i32 2
	%633 = extractelement <4 x i32> %629, i32 3
	%634 = mul i32 %11, 1
	%635 = add i32 %611, %634
	%636 = add i32 %635, 0
	%637 = sext i32 %636 to i64
	%638 = getelementptr i16, i16* %km, i64 %637
	%639 = bitcast i16* %638 to <4 x i32>*
	%640 = load <4 x i32>, <4 x i32>* %639, align 16
	%641 = extractelement <4 x i32> %640, i32 0
	%642 = extractelement <4 x i32> %640, i32 1
	%643 = extractelement <4 x i32> %640, i32 2
	%644 = extractelement <4 x i32> %640, i32 3
	%645 = mul i32 %11, 1
	%646 = add i32 %611, %645
	%647 = add i32 %646, 8
	%648 = sext i32 %647 to i64
	%649 = getelementptr i16, i16* %km, i64 %648
	%650 = bitcast i16* %649 to <4 x i32>*
	%651 = load <4 x i32>, <4 x i32>* %650, align 16
	%652 = extractelement <4 x i32> %651, i32 0
	%653 = extractelement <4 x i32> %651, i32 1
	%654 = extractelement <4 x i32> %651, i32 2
	%655 = extractelement <4 x i32> %651, i32 3
	%656 = mul i32 %11, 2
	%657 = add i32 %611, %656
	%658 = add i32 %657, 0
	%659 = sext i32 %658 to i64
	%660 = getelementptr i16, i16* %km, i64 %659
	%661 = bitcast i16* %660 to <4 x i32>*
	%662 = load <4 x i32>, <4 x i32>* %661, align 16
	%663 = extractelement <4 x i32> %662, i32 0
	%664 = extractelement <4 x i32> %662, i32 1
	%665 = extractelement <4 x i32> %662, i32 2
	%666 = extractelement <4 x i32> %662, i32 3
	%667 = mul i32 %11, 2
	%668 = add i32 %611, %667
	%669 = add i32 %668, 8
	%670 = sext i32 %669 to i64
	%671 = getelementptr i16, i16* %km, i64 %670
	%672 = bitcast i16* %671 to <4 x i32>*
	%673 = load <4 x i32>, <4 x i32>* %672, align 16
	%674 = extractelement <4 x i32> %673, i32 0
	%675 = extractelement <4 x i32> %673, i32 1
	%676 = extractelement <4 x i32> %673, i32 2
	%677 = extractelement <4 x i32> %673, i32 3
	%678 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %663, i32 %664, float 0.0, float 0.0, float 0.0, float 0.0)
	%679 = extractvalue { float, float, float, float } %678, 0
	%680 = extractvalue { float, float, float, float } %678, 1
	%681 = extractvalue { float, float, float, float } %678, 2
	%682 = extractvalue { float, float, float, float } %678, 3
	%683 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %641, i32 %642, float %679, float %680, float %681, float %682)
	%684 = extractvalue { float, float, float, float } %683, 0
	%685 = extractvalue { float, float, float, float } %683, 1
	%686 = extractvalue { float, float, float, float } %683, 2
	%687 = extractvalue { float, float, float, float } %683, 3
	%688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %619, i32 %620, float %684, float %685, float %686, float %687)
	%689 = extractvalue { float, float, float, float } %688, 0
	%690 = extractvalue { float, float, float, float } %688, 1
	%691 = extractvalue { float, float, float, float } %688, 2
	%692 = extractvalue { float, float, float, float } %688, 3
	%693 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %665, i32 %666, float %689, float %690, float %691, float %692)
	%694 = extractvalue { float, float, float, float } %693, 0
	%695 = extractvalue { float, float, float, float } %693, 1
	%696 = extractvalue { float, float, float, float } %693, 2
	%697 = extractvalue { float, float, float, float } %693, 3
	%698 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %643, i32 %644, float %694, float %695, float %696, float %697)
	%699 = extractvalue { float, float, float, float } %698, 0
	%700 = extractvalue { float, float, float, float } %698, 1
	%701 = extractvalue { float, float, float, float } %698, 2
	%702 = extractvalue { float, float, float, float } %698, 3
	%703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %621, i32 %622, float %699, float %700, float %701, float %702)
	%704 = extractvalue { float, float, float, float } %703, 0
	%705 = extractvalue { float, float, float, float } %703, 1
	%706 = extractvalue { float, float, float, float } %703, 2
	%707 = extractvalue { float, float, float, float } %703, 3
	%708 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %674, i32 %675, float %704, float %705, float %706, float %707)
	%709 = extractvalue { float, float, float, float } %708, 0
	%710 = extractvalue { float, float, float, float } %708, 1
	%711 = extractvalue { float, float, float, float } %708, 2
	%712 = extractvalue { float, float, float, float } %708, 3
	%713 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %652, i32 %653, float %709, float %710, float %711, float %712)
	%714 = extractvalue { float, float, float, float } %713, 0
	%715 = extractvalue { float, float, float, float } %713, 1
	%716 = extractvalue { float, float, float, float } %713, 2
	%717 = extractvalue { float, float, float, float } %713, 3
	%718 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %630, i32 %631, float %714, float %715, float %716, float %717)
	%719 = extractvalue { float, float, float, float } %718, 0
	%720 = extractvalue { float, float, float, float } %718, 1
	%721 = extractvalue { float, float, float, float } %718, 2
	%722 = extractvalue { float, float, float, float } %718, 3
	%723 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %676, i32 %677, float %719, float %720, float %721, float %722)
	%724 = extractvalue { float, float, float, float } %723, 0
	%725 = extractvalue { float, float, float, float } %723, 1
	%726 = extractvalue { float, float, float, float } %723, 2
	%727 = extractvalue { float, float, float, float } %723, 3
	%728 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %654, i32 %655, float %724, float %725, float %726, float %727)
	%729 = extractvalue { float, float, float, float } %728, 0
	%730 = extractvalue { float, float, float, float } %728, 1
	%731 = extractvalue { float, float, float, float } %728, 2
	%732 = extractvalue { float, float, float, float } %728, 3
	%733 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %632, i32 %633, float %729, float %730, float %731, float %732)
	%734 = extractvalue { float, float, float, float } %733, 0
	%735 = extractvalue { float, float, float, float } %733, 1
	%736 = extractvalue { float, float, float, float } %733, 2
	%737 = extractvalue { float, float, float, float } %733, 3
	%738 = add i32 %13, 8
	%739 = add i32 %598, %738
	%740 = sub i32 %NB, 1
	%741 = icmp slt i32 %739, %740
	%742 = select i1 %741, i32 %739, i32 %740
	%743 = mul i32 %7, %NB
	%744 = add i32 %743, %742
	%745 = mul i32 %744, 64
	%746 = mul i32 %14, 16
	%747 = add i32 %745, %746
	%748 = mul i32 %11, 0
	%749 = add i32 %747, %748
	%750 = add i32 %749, 0
	%751 = sext i32 %750 to i64
	%752 = getelementptr i16, i16* %km, i64 %751
	%753 = bitcast i16* %752 to <4 x i32>*
	%754 = load <4 x i32>, <4 x i32>* %753, align 16
	%755 = extractelement <4 x i32> %754, i32 0
	%756 = extractelement <4 x i32> %754, i32 1
	%757 = extractelement <4 x i32> %754, i32 2
	%758 = extractelement <4 x i32> %754, i32 3
	%759 = mul i32 %11, 0
	%760 = add i32 %747, %759
	%761 = add i32 %760, 8
	%762 = sext i32 %761 to i64
	%763 = getelementptr i16, i16* %km, i64 %762
	%764 = bitcast i16* %763 to <4 x i32>*
	%765 = load <4 x i32>, <4 x i32>* %764, align 16
	%766 = extractelement <4 x i32> %765, i32 0
	%767 = extractelement <4 x i32> %765, i32 1
	%768 = extractelement <4 x i32> %765, i32 2
	%769 = extractelement <4 x i32> %765, i32 3
	%770 = mul i32 %11, 1
	%771 = add i32 %747, %770
	%772 = add i32 %771, 0
	%773 = sext i32 %772 to i64
	%774 = getelementptr i16, i16* %km, i64 %773
	%775 = bitcast i16* %774 to <4 x i32>*
	%776 = load <4 x i32>, <4 x i32>* %775, align 16
	%777 = extractelement <4 x i32> %776, i32 0
	%778 = extractelement <4 x i32> %776, i32 1
	%779 = extractelement <4 x i32> %776, i32 2
	%780 = extractelement <4 x i32> %776, i32 3
	%781 = mul i32 %11, 1
	%782 = add i32 %747, %781
	%783 = add i32 %782, 8
	%784 = sext i32 %783 to i64
	%785 = getelementptr i16, i16* %km, i64 %784
	%786 = bitcast i16* %785 to <4 x i32>*
	%787 = load <4 x i32>, <4 x i32>* %786, align 16
	%788 = extractelement <4 x i32> %787, i32 0
	%789 = extractelement <4 x i32> %787, i32 1
	%790 = extractelement <4 x i32> %787, i32 2
	%791 = extractelement <4 x i32> %787, i32 3
	%792 = mul i32 %11, 2
	%793 = add i32 %747, %792
	%794 = add i32 %793, 0
	%795 = sext i32 %794 to i64
	%796 = getelementptr i16, i16* %km, i64 %795
	%797 = bitcast i16* %796 to <4 x i32>*
	%798 = load <4 x i32>, <4 x i32>* %797, align 16
	%799 = extractelement <4 x i32> %798, i32 0
	%800 = extractelement <4 x i32> %798, i32 1
	%801 = extractelement <4 x i32> %798, i32 2
	%802 = extractelement <4 x i32> %798, i32 3
	%803 = mul i32 %11, 2
	%804 = add i32 %747, %803
	%805 = add i32 %804, 8
	%806 = sext i32 %805 to i64
	%807 = getelementptr i16, i16* %km, i64 %806
	%808 = bitcast i16* %807 to <4 x i32>*
	%809 = load <4 x i32>, <4 x i32>* %808, align 16
	%810 = extractelement <4 x i32> %809, i32 0
	%811 = extractelement <4 x i32> %809, i32 1
	%812 = extractelement <4 x i32> %809, i32 2
	%813 = extractelement <4 x i32> %809, i32 3
	%814 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %799, i32 %800, float 0.0, float 0.0, float 0.0, float 0.0)
	%815 = extractvalue { float, float, float, float } %814, 0
	%816 = extractvalue { float, float, float, float } %814, 1
	%817 = extractvalue { float, float, float, float } %814, 2
	%818 = extractvalue { float, float, float, float } %814, 3
	%819 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %777, i32 %778, float %815, float %816, float %817, float %818)
	%820 = extractvalue { float, float, float, float } %819, 0
	%821 = extractvalue { float, float, float, float } %819, 1
	%822 = extractvalue { float, float, float, float } %819, 2
	%823 = extractvalue { float, float, float, float } %819, 3
	%824 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %755, i32 %756, float %820, float %821, float %822, float %823)
	%825 = extractvalue { float, float, float, float } %824, 0
	%826 = extractvalue { float, float, float, float } %824, 1
	%827 = extractvalue { float, float, float, float } %824, 2
	%828 = extractvalue { float, float, float, float } %824, 3
	%829 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %801, i32 %802, float %825, float %826, float %827, float %828)
	%830 = extractvalue { float, float, float, float } %829, 0
	%831 = extractvalue { float, float, float, float } %829, 1
	%832 = extractvalue { float, float, float, float } %829, 2
	%833 = extractvalue { float, float, float, float } %829, 3
	%834 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %779, i32 %780, float %830, float %831, float %832, float %833)
	%835 = extractvalue { float, float, float, float } %834, 0
	%836 = extractvalue { float, float, float, float } %834, 1
	%837 = extractvalue { float, float, float, float } %834, 2
	%838 = extractvalue { float, float, float, float } %834, 3
	%839 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %757, i32 %758, float %835, float %836, float %837, float %838)
	%840 = extractvalue { float, float, float, float } %839, 0
	%841 = extractvalue { float, float, float, float } %839, 1
	%842 = extractvalue { float, float, float, float } %839, 2
	%843 = extractvalue { float, float, float, float } %839, 3
	%844 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %810, i32 %811, float %840, float %841, float %842, float %843)
	%845 = extractvalue { float, float, float, float } %844, 0
	%846 = extractvalue { float, float, float, float } %844, 1
	%847 = extractvalue { float, float, float, float } %844, 2
	%848 = extractvalue { float, float, float, float } %844, 3
	%849 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %788, i32 %789, float %845, float %846, float %847, float %848)
	%850 = extractvalue { float, float, float, float } %849, 0
	%851 = extractvalue { float, float, float, float } %849, 1
	%852 = extractvalue { float, float, float, float } %849, 2
	%853 = extractvalue { float, float, float, float } %849, 3
	%854 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %766, i32 %767, float %850, float %851, float %852, float %853)
	%855 = extractvalue { float, float, float, float } %854, 0
	%856 = extractvalue { float, float, float, float } %854, 1
	%857 = extractvalue { float, float, float, float } %854, 2
	%858 = extractvalue { float, float, float, float } %854, 3
	%859 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %812, i32 %813, float %855, float %856, float %857, float %858)
	%860 = extractvalue { float, float, float, float } %859, 0
	%861 = extractvalue { float, float, float, float } %859, 1
	%862 = extractvalue { float, float, float, float } %859, 2
	%863 = extractvalue { float, float, float, float } %859, 3
	%864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %790, i32 %791, float %860, float %861, float %862, float %863)
	%865 = extractvalue { float, float, float, float } %864, 0
	%866 = extractvalue { float, float, float, float } %864, 1
	%867 = extractvalue { float, float, float, float } %864, 2
	%868 = extractvalue { float, float, float, float } %864, 3
	%869 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %768, i32 %769, float %865, float %866, float %867, float %868)
	%870 = extractvalue { float, float, float, float } %869, 0
	%871 = extractvalue { float, float, float, float } %869, 1
	%872 = extractvalue { float, float, float, float } %869, 2
	%873 = extractvalue { float, float, float, float } %869, 3
	%874 = add i32 %13, 16
	%875 = add i32 %598, %874
	%876 = sub i32 %NB, 1
	%877 = icmp slt i32 %875, %876
	%878 = select i1 %877, i32 %875, i32 %876
	%879 = mul i32 %7, %NB
	%880 = add i32 %879, %878
	%881 = mul i32 %880, 64
	%882 = mul i32 %14, 16
	%883 = add i32 %881, %882
	%884 = mul i32 %11, 0
	%885 = add i32 %883, %884
	%886 = add i32 %885, 0
	%887 = sext i32 %886 to i64
	%888 = getelementptr i16, i16* %km, i64 %887
	%889 = bitcast i16* %888 to <4 x i32>*
	%890 = load <4 x i32>, <4 x i32>* %889, align 16
	%891 = extractelement <4 x i32> %890, i32 0
	%892 = extractelement <4 x i32> %890, i32 1
	%893 = extractelement <4 x i32> %890, i32 2
	%894 = extractelement <4 x i32> %890, i32 3
	%895 = mul i32 %11, 0
	%896 = add i32 %883, %895
	%897 = add i32 %896, 8
	%898 = sext i32 %897 to i64
	%899 = getelementptr i16, i16* %km, i64 %898
	%900 = bitcast i16* %899 to <4 x i32>*
	%901 = load <4 x i32>, <4 x i32>* %900, align 16
	%902 = extractelement <4 x i32> %901, i32 0
	%903 = extractelement <4 x i32> %901, i32 1
	%904 = extractelement <4 x i32> %901, i32 2
	%905 = extractelement <4 x i32> %901, i32 3
	%906 = mul i32 %11, 1
	%907 = add i32 %883, %906
	%908 = add i32 %907, 0
	%909 = sext i32 %908 to i64
	%910 = getelementptr i16, i16* %km, i64 %909
	%911 = bitcast i16* %910 to <4 x i32>*
	%912 = load <4 x i32>, <4 x i32>* %911, align 16
	%913 = extractelement <4 x i32> %912, i32 0
	%914 = extractelement <4 x i32> %912, i32 1
	%915 = extractelement <4 x i32> %912, i32 2
	%916 = extractelement <4 x i32> %912, i32 3
	%917 = mul i32 %11, 1
	%918 = add i32 %883, %917
	%919 = add i32 %918, 8
	%920 = sext i32 %919 to i64
	%921 = getelementptr i16, i16* %km, i64 %920
	%922 = bitcast i16* %921 to <4 x i32>*
	%923 = load <4 x i32>, <4 x i32>* %922, align 16
	%924 = extractelement <4 x i32> %923, i32 0
	%925 = extractelement <4 x i32> %923, i32 1
	%926 = extractelement <4 x i32> %923, i32 2
	%927 = extractelement <4 x i32> %923, i32 3
	%928 = mul i32 %11, 2
	%929 = add i32 %883, %928
	%930 = add i32 %929, 0
	%931 = sext i32 %930 to i64
	%932 = getelementptr i16, i16* %km, i64 %931
	%933 = bitcast i16* %932 to <4 x i32>*
	%934 = load <4 x i32>, <4 x i32>* %933, align 16
	%935 = extractelement <4 x i32> %934, i32 0
	%936 = extractelement <4 x i32> %934, i32 1
	%937 = extractelement <4 x i32> %934, i32 2
	%938 = extractelement <4 x i32> %934, i32 3
	%939 = mul i32 %11, 2
	%940 = add i32 %883, %939
	%941 = add i32 %940, 8
	%942 = sext i32 %941 to i64
	%943 = getelementptr i16, i16* %km, i64 %942
	%944 = bitcast i16* %943 to <4 x i32>*
	%945 = load <4 x i32>, <4 x i32>* %944, align 16
	%946 = extractelement <4 x i32> %945, i32 0
	%947 = extractelement <4 x i32> %945, i32 1
	%948 = extractelement <4 x i32> %945, i32 2
	%949 = extractelement <4 x i32> %945, i32 3
	%950 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %935, i32 %936, float 0.0, float 0.0, float 0.0, float 0.0)
	%951 = extractvalue { float, float, float, float } %950, 0
	%952 = extractvalue { float, float, float, float } %950, 1
	%953 = extractvalue { float, float, float, float } %950, 2
	%954 = extractvalue { float, float, float, float } %950, 3
	%955 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %913, i32 %914, float %951, float %952, float %953, float %954)
	%956 = extractvalue { float, float, float, float } %955, 0
	%957 = extractvalue { float, float, float, float } %955, 1
	%958 = extractvalue { float, float, float, float } %955, 2
	%959 = extractvalue { float, float, float, float } %955, 3
	%960 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %891, i32 %892, float %956, float %957, float %958, float %959)
	%961 = extractvalue { float, float, float, float } %960, 0
	%962 = extractvalue { float, float, float, float } %960, 1
	%963 = extractvalue { float, float, float, float } %960, 2
	%964 = extractvalue { float, float, float, float } %960, 3
	%965 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %937, i32 %938, float %961, float %962, float %963, float %964)
	%966 = extractvalue { float, float, float, float } %965, 0
	%967 = extractvalue { float, float, float, float } %965, 1
	%968 = extractvalue { float, float, float, float } %965, 2
	%969 = extractvalue { float, float, float, float } %965, 3
	%970 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %915, i32 %916, float %966, float %967, float %968, float %969)
	%971 = extractvalue { float, float, float, float } %970, 0
	%972 = extractvalue { float, float, float, float } %970, 1
	%973 = extractvalue { float, float, float, float } %970, 2
	%974 = extractvalue { float, float, float, float } %970, 3
	%975 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %893, i32 %894, float %971, float %972, float %973, float %974)
	%976 = extractvalue { float, float, float, float } %975, 0
	%977 = extractvalue { float, float, float, float } %975, 1
	%978 = extractvalue { float, float, float, float } %975, 2
	%979 = extractvalue { float, float, float, float } %975, 3
	%980 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %946, i32 %947, float %976, float %977, float %978, float %979)
	%981 = extractvalue { float, float, float, float } %980, 0
	%982 = extractvalue { float, float, float, float } %980, 1
	%983 = extractvalue { float, float, float, float } %980, 2
	%984 = extractvalue { float, float, float, float } %980, 3
	%985 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %924, i32 %925, float %981, float %982, float %983, float %984)
	%986 = extractvalue { float, float, float, float } %985, 0
	%987 = extractvalue { float, float, float, float } %985, 1
	%988 = extractvalue { float, float, float, float } %985, 2
	%989 = extractvalue { float, float, float, float } %985, 3
	%990 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %902, i32 %903, float %986, float %987, float %988, float %989)
	%991 = extractvalue { float, float, float, float } %990, 0
	%992 = extractvalue { float, float, float, float } %990, 1
	%993 = extractvalue { float, float, float, float } %990, 2
	%994 = extractvalue { float, float, float, float } %990, 3
	%995 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %948, i32 %949, float %991, float %992, float %993, float %994)
	%996 = extractvalue { float, float, float, float } %995, 0
	%997 = extractvalue { float, float, float, float } %995, 1
	%998 = extractvalue { float, float, float, float } %995, 2
	%999 = extractvalue { float, float, float, float } %995, 3
	%1000 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %926, i32 %927, float %996, float %997, float %998, float %999)
	%1001 = extractvalue { float, float, float, float } %1000, 0
	%1002 = extractvalue { float, float, float, float } %1000, 1
	%1003 = extractvalue { float, float, float, float } %1000, 2
	%1004 = extractvalue { float, float, float, float } %1000, 3
	%1005 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %904, i32 %905, float %1001, float %1002, float %1003, float %1004)
	%1006 = extractvalue { float, float, float, float } %1005, 0
	%1007 = extractvalue { float, float, float, float } %1005, 1
	%1008 = extractvalue { float, float, float, float } %1005, 2
	%1009 = extractvalue { float, float, float, float } %1005, 3
	%1010 = add i32 %13, 24
	%1011 = add i32 %598, %1010
	%1012 = sub i32 %NB, 1
	%1013 = icmp slt i32 %1011, %1012
	%1014 = select i1 %1013, i32 %1011, i32 %1012
	%1015 = mul i32 %7, %NB
	%1016 = add i32 %1015, %1014
	%1017 = mul i32 %1016, 64
	%1018 = mul i32 %14, 16
	%1019 = add i32 %1017, %1018
	%1020 = mul i32 %11, 0
	%1021 = add i32 %1019, %1020
	%1022 = add i32 %1021, 0
	%1023 = sext i32 %1022 to i64
	%1024 = getelementptr i16, i16* %km, i64 %1023
	%1025 = bitcast i16* %1024 to <4 x i32>*
	%1026 = load <4 x i32>, <4 x i32>* %1025, align 16
	%1027 = extractelement <4 x i32> %1026, i32 0
	%1028 = extractelement <4 x i32> %1026, i32 1
	%1029 = extractelement <4 x i32> %1026, i32 2
	%1030 = extractelement <4 x i32> %1026, i32 3
	%1031 = mul i32 %11, 0
	%1032 = add i32 %1019, %1031
	%1033 = add i32 %1032, 8
	%1034 = sext i32 %1033 to i64
	%1035 = getelementptr i16, i16* %km, i64 %1034
	%1036 = bitcast i16* %1035 to <4 x i32>*
	%1037 = load <4 x i32>, <4 x i32>* %1036, align 16
	%1038 = extractelement <4 x i32> %1037, i32 0
	%1039 = extractelement <4 x i32> %1037, i32 1
	%1040 = extractelement <4 x i32> %1037, i32 2
	%1041 = extractelement <4 x i32> %1037, i32 3
	%1042 = mul i32 %11, 1
	%1043 = add i32 %1019, %1042
	%1044 = add i32 %1043, 0
	%1045 = sext i32 %1044 to i64
	%1046 = getelementptr i16, i16* %km, i64 %1045
	%1047 = bitcast i16* %1046 to <4 x i32>*
	%1048 = load <4 x i32>, <4 x i32>* %1047, align 16
	%1049 = extractelement <4 x i32> %1048, i32 0
	%1050 = extractelement <4 x i32> %1048, i32 1
	%1051 = extractelement <4 x i32> %1048, i32 2
	%1052 = extractelement <4 x i32> %1048, i32 3
	%1053 = mul i32 %11, 1
	%1054 = add i32 %1019, %1053
	%1055 = add i32 %1054, 8
	%1056 = sext i32 %1055 to i64
	%1057 = getelementptr i16, i16* %km, i64 %1056
	%1058 = bitcast i16* %1057 to <4 x i32>*
	%1059 = load <4 x i32>, <4 x i32>* %1058, align 16
	%1060 = extractelement <4 x i32> %1059, i32 0
	%1061 = extractelement <4 x i32> %1059, i32 1
	%1062 = extractelement <4 x i32> %1059, i32 2
	%1063 = extractelement <4 x i32> %1059, i32 3
	%1064 = mul i32 %11, 2
	%1065 = add i32 %1019, %1064
	%1066 = add i32 %1065, 0
	%1067 = sext i32 %1066 to i64
	%1068 = getelementptr i16, i16* %km, i64 %1067
	%1069 = bitcast i16* %1068 to <4 x i32>*
	%1070 = load <4 x i32>, <4 x i32>* %1069, align 16
	%1071 = extractelement <4 x i32> %1070, i32 0
	%1072 = extractelement <4 x i32> %1070, i32 1
	%1073 = extractelement <4 x i32> %1070, i32 2
	%1074 = extractelement <4 x i32> %1070, i32 3
	%1075 = mul i32 %11, 2
	%1076 = add i32 %1019, %1075
	%1077 = add i32 %1076, 8
	%1078 = sext i32 %1077 to i64
	%1079 = getelementptr i16, i16* %km, i64 %1078
	%1080 = bitcast i16* %1079 to <4 x i32>*
	%1081 = load <4 x i32>, <4 x i32>* %1080, align 16
	%1082 = extractelement <4 x i32> %1081, i32 0
	%1083 = extractelement <4 x i32> %1081, i32 1
	%1084 = extractelement <4 x i32> %1081, i32 2
	%1085 = extractelement <4 x i32> %1081, i32 3
	%1086 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1071, i32 %1072, float 0.0, float 0.0, float 0.0, float 0.0)
	%1087 = extractvalue { float, float, float, float } %1086, 0
	%1088 = extractvalue { float, float, float, float } %1086, 1
	%1089 = extractvalue { float, float, float, float } %1086, 2
	%1090 = extractvalue { float, float, float, float } %1086, 3
	%1091 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1049, i32 %1050, float %1087, float %1088, float %1089, float %1090)
	%1092 = extractvalue { float, float, float, float } %1091, 0
	%1093 = extractvalue { float, float, float, float } %1091, 1
	%1094 = extractvalue { float, float, float, float } %1091, 2
	%1095 = extractvalue { float, float, float, float } %1091, 3
	%1096 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1027, i32 %1028, float %1092, float %1093, float %1094, float %1095)
	%1097 = extractvalue { float, float, float, float } %1096, 0
	%1098 = extractvalue { float, float, float, float } %1096, 1
	%1099 = extractvalue { float, float, float, float } %1096, 2
	%1100 = extractvalue { float, float, float, float } %1096, 3
	%1101 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1073, i32 %1074, float %1097, float %1098, float %1099, float %1100)
	%1102 = extractvalue { float, float, float, float } %1101, 0
	%1103 = extractvalue { float, float, float, float } %1101, 1
	%1104 = extractvalue { float, float, float, float } %1101, 2
	%1105 = extractvalue { float, float, float, float } %1101, 3
	%1106 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1051, i32 %1052, float %1102, float %1103, float %1104, float %1105)
	%1107 = extractvalue { float, float, float, float } %1106, 0
	%1108 = extractvalue { float, float, float, float } %1106, 1
	%1109 = extractvalue { float, float, float, float } %1106, 2
	%1110 = extractvalue { float, float, float, float } %1106, 3
	%1111 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1029, i32 %1030, float %1107, float %1108, float %1109, float %1110)
	%1112 = extractvalue { float, float, float, float } %1111, 0
	%1113 = extractvalue { float, float, float, float } %1111, 1
	%1114 = extractvalue { float, float, float, float } %1111, 2
	%1115 = extractvalue { float, float, float, float } %1111, 3
	%1116 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1082, i32 %1083, float %1112, float %1113, float %1114, float %1115)
	%1117 = extractvalue { float, float, float, float } %1116, 0
	%1118 = extractvalue { float, float, float, float } %1116, 1
	%1119 = extractvalue { float, float, float, float } %1116, 2
	%1120 = extractvalue { float, float, float, float } %1116, 3
	%1121 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1060, i32 %1061, float %1117, float %1118, float %1119, float %1120)
	%1122 = extractvalue { float, float, float, float } %1121, 0
	%1123 = extractvalue { float, float, float, float } %1121, 1
	%1124 = extractvalue { float, float, float, float } %1121, 2
	%1125 = extractvalue { float, float, float, float } %1121, 3
	%1126 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1038, i32 %1039, float %1122, float %1123, float %1124, float %1125)
	%1127 = extractvalue { float, float, float, float } %1126, 0
	%1128 = extractvalue { float, float, float, float } %1126, 1
	%1129 = extractvalue { float, float, float, float } %1126, 2
	%1130 = extractvalue { float, float, float, float } %1126, 3
	%1131 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1084, i32 %1085, float %1127, float %1128, float %1129, float %1130)
	%1132 = extractvalue { float, float, float, float } %1131, 0
	%1133 = extractvalue { float, float, float, float } %1131, 1
	%1134 = extractvalue { float, float, float, float } %1131, 2
	%1135 = extractvalue { float, float, float, float } %1131, 3
	%1136 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1062, i32 %1063, float %1132, float %1133, float %1134, float %1135)
	%1137 = extractvalue { float, float, float, float } %1136, 0
	%1138 = extractvalue { float, float, float, float } %1136, 1
	%1139 = extractvalue { float, float, float, float } %1136, 2
	%1140 = extractvalue { float, float, float, float } %1136, 3
	%1141 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1040, i32 %1041, float %1137, float %1138, float %1139, float %1140)
	%1142 = extractvalue { float, float, float, float } %1141, 0
	%1143 = extractvalue { float, float, float, float } %1141, 1
	%1144 = extractvalue { float, float, float, float } %1141, 2
	%1145 = extractvalue { float, float, float, float } %1141, 3
	br label %1146

1146:
	%1147 = phi float [ 0.0, %596 ], [ %734, %601 ]
	%1148 = phi float [ 0.0, %596 ], [ %735, %601 ]
	%1149 = phi float [ 0.0, %596 ], [ %736, %601 ]
	%1150 = phi float [ 0.0, %596 ], [ %737, %601 ]
	%1151 = phi float [ 0.0, %596 ], [ %870, %601 ]
	%1152 = phi float [ 0.0, %596 ], [ %871, %601 ]
	%1153 = phi float [ 0.0, %596 ], [ %872, %601 ]
	%1154 = phi float [ 0.0, %596 ], [ %873, %601 ]
	%1155 = phi float [ 0.0, %596 ], [ %1006, %601 ]
	%1156 = phi float [ 0.0, %596 ], [ %1007, %601 ]
	%1157 = phi float [ 0.0, %596 ], [ %1008, %601 ]
	%1158 = phi float [ 0.0, %596 ], [ %1009, %601 ]
	%1159 = phi float [ 0.0, %596 ], [ %1142, %601 ]
	%1160 = phi float [ 0.0, %596 ], [ %1143, %601 ]
	%1161 = phi float [ 0.0, %596 ], [ %1144, %601 ]
	%1162 = phi float [ 0.0, %596 ], [ %1145, %601 ]
	%1163 = add i32 %598, 32
	%1164 = icmp sle i32 %1163, %584
	br i1 %1164, label %1165, label %1278

1165:
	%1166 = fmul float %1147, 0.125
	%1167 = insertelement <2 x float> undef, float %1166, i32 0
	%1168 = fmul float %1148, 0.125
	%1169 = insertelement <2 x float> %1167, float %1168, i32 1
	%1170 = mul i32 %4, 32
	%1171 = shl i32 %14, 1
	%1172 = add i32 %1171, 0
	%1173 = add i32 %1170, %1172
	%1174 = mul i32 %255, 136
	%1175 = add i32 %1174, %1173
	%1176 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1177 = bitcast i8 addrspace(3)* %1176 to float addrspace(3)*
	%1178 = getelementptr float, float addrspace(3)* %1177, i32 %1175
	%1179 = bitcast float addrspace(3)* %1178 to <2 x float> addrspace(3)*
	store <2 x float> %1169, <2 x float> addrspace(3)* %1179, align 8
	%1180 = fmul float %1149, 0.125
	%1181 = insertelement <2 x float> undef, float %1180, i32 0
	%1182 = fmul float %1150, 0.125
	%1183 = insertelement <2 x float> %1181, float %1182, i32 1
	%1184 = mul i32 %4, 32
	%1185 = shl i32 %14, 1
	%1186 = add i32 %1185, 0
	%1187 = add i32 %1184, %1186
	%1188 = mul i32 %307, 136
	%1189 = add i32 %1188, %1187
	%1190 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1191 = bitcast i8 addrspace(3)* %1190 to float addrspace(3)*
	%1192 = getelementptr float, float addrspace(3)* %1191, i32 %1189
	%1193 = bitcast float addrspace(3)* %1192 to <2 x float> addrspace(3)*
	store <2 x float> %1183, <2 x float> addrspace(3)* %1193, align 8
	%1194 = fmul float %1151, 0.125
	%1195 = insertelement <2 x float> undef, float %1194, i32 0
	%1196 = fmul float %1152, 0.125
	%1197 = insertelement <2 x float> %1195, float %1196, i32 1
	%1198 = mul i32 %4, 32
	%1199 = shl i32 %14, 1
	%1200 = add i32 %1199, 8
	%1201 = add i32 %1198, %1200
	%1202 = mul i32 %255, 136
	%1203 = add i32 %1202, %1201
	%1204 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1205 = bitcast i8 addrspace(3)* %1204 to float addrspace(3)*
	%1206 = getelementptr float, float addrspace(3)* %1205, i32 %1203
	%1207 = bitcast float addrspace(3)* %1206 to <2 x float> addrspace(3)*
	store <2 x float> %1197, <2 x float> addrspace(3)* %1207, align 8
	%1208 = fmul float %1153, 0.125
	%1209 = insertelement <2 x float> undef, float %1208, i32 0
	%1210 = fmul float %1154, 0.125
	%1211 = insertelement <2 x float> %1209, float %1210, i32 1
	%1212 = mul i32 %4, 32
	%1213 = shl i32 %14, 1
	%1214 = add i32 %1213, 8
	%1215 = add i32 %1212, %1214
	%1216 = mul i32 %307, 136
	%1217 = add i32 %1216, %1215
	%1218 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1219 = bitcast i8 addrspace(3)* %1218 to float addrspace(3)*
	%1220 = getelementptr float, float addrspace(3)* %1219, i32 %1217
	%1221 = bitcast float addrspace(3)* %1220 to <2 x float> addrspace(3)*
	store <2 x float> %1211, <2 x float> addrspace(3)* %1221, align 8
	%1222 = fmul float %1155, 0.125
	%1223 = insertelement <2 x float> undef, float %1222, i32 0
	%1224 = fmul float %1156, 0.125
	%1225 = insertelement <2 x float> %1223, float %1224, i32 1
	%1226 = mul i32 %4, 32
	%1227 = shl i32 %14, 1
	%1228 = add i32 %1227, 16
	%1229 = add i32 %1226, %1228
	%1230 = mul i32 %255, 136
	%1231 = add i32 %1230, %1229
	%1232 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1233 = bitcast i8 addrspace(3)* %1232 to float addrspace(3)*
	%1234 = getelementptr float, float addrspace(3)* %1233, i32 %1231
	%1235 = bitcast float addrspace(3)* %1234 to <2 x float> addrspace(3)*
	store <2 x float> %1225, <2 x float> addrspace(3)* %1235, align 8
	%1236 = fmul float %1157, 0.125
	%1237 = insertelement <2 x float> undef, float %1236, i32 0
	%1238 = fmul float %1158, 0.125
	%1239 = insertelement <2 x float> %1237, float %1238, i32 1
	%1240 = mul i32 %4, 32
	%1241 = shl i32 %14, 1
	%1242 = add i32 %1241, 16
	%1243 = add i32 %1240, %1242
	%1244 = mul i32 %307, 136
	%1245 = add i32 %1244, %1243
	%1246 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1247 = bitcast i8 addrspace(3)* %1246 to float addrspace(3)*
	%1248 = getelementptr float, float addrspace(3)* %1247, i32 %1245
	%1249 = bitcast float addrspace(3)* %1248 to <2 x float> addrspace(3)*
	store <2 x float> %1239, <2 x float> addrspace(3)* %1249, align 8
	%1250 = fmul float %1159, 0.125
	%1251 = insertelement <2 x float> undef, float %1250, i32 0
	%1252 = fmul float %1160, 0.125
	%1253 = insertelement <2 x float> %1251, float %1252, i32 1
	%1254 = mul i32 %4, 32
	%1255 = shl i32 %14, 1
	%1256 = add i32 %1255, 24
	%1257 = add i32 %1254, %1256
	%1258 = mul i32 %255, 136
	%1259 = add i32 %1258, %1257
	%1260 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1261 = bitcast i8 addrspace(3)* %1260 to float addrspace(3)*
	%1262 = getelementptr float, float addrspace(3)* %1261, i32 %1259
	%1263 = bitcast float addrspace(3)* %1262 to <2 x float> addrspace(3)*
	store <2 x float> %1253, <2 x float> addrspace(3)* %1263, align 8
	%1264 = fmul float %1161, 0.125
	%1265 = insertelement <2 x float> undef, float %1264, i32 0
	%1266 = fmul float %1162, 0.125
	%1267 = insertelement <2 x float> %1265, float %1266, i32 1
	%1268 = mul i32 %4, 32
	%1269 = shl i32 %14, 1
	%1270 = add i32 %1269, 24
	%1271 = add i32 %1268, %1270
	%1272 = mul i32 %307, 136
	%1273 = add i32 %1272, %1271
	%1274 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1275 = bitcast i8 addrspace(3)* %1274 to float addrspace(3)*
	%1276 = getelementptr float, float addrspace(3)* %1275, i32 %1273
	%1277 = bitcast float addrspace(3)* %1276 to <2 x float> addrspace(3)*
	store <2 x float> %1267, <2 x float> addrspace(3)* %1277, align 8
	br i1 %12, label %1280, label %1489

1278:
	%1279 = xor i1 %1164, true
	br i1 %1279, label %1490, label %1514

1280:
	%1281 = fmul float %1147, 0.125
	%1282 = mul i32 %4, 32
	%1283 = shl i32 %14, 1
	%1284 = add i32 %1283, 0
	%1285 = add i32 %1282, %1284
	%1286 = add i32 %586, %1285
	%1287 = mul i32 %2, %M
	%1288 = add i32 %5, %255
	%1289 = add i32 %1287, %1288
	%1290 = mul i32 %1289, %NB
	%1291 = add i32 %1290, %1286
	%1292 = sext i32 %1291 to i64
	%1293 = getelementptr float, float* %e, i64 %1292
	store float %1281, float* %1293
	%1294 = fmul float %1148, 0.125
	%1295 = mul i32 %4, 32
	%1296 = shl i32 %14, 1
	%1297 = add i32 %1296, 1
	%1298 = add i32 %1295, %1297
	%1299 = add i32 %586, %1298
	%1300 = mul i32 %2, %M
	%1301 = add i32 %5, %255
	%1302 = add i32 %1300, %1301
	%1303 = mul i32 %1302, %NB
	%1304 = add i32 %1303, %1299
	%1305 = sext i32 %1304 to i64
	%1306 = getelementptr float, float* %e, i64 %1305
	store float %1294, float* %1306
	%1307 = fmul float %1149, 0.125
	%1308 = mul i32 %4, 32
	%1309 = shl i32 %14, 1
	%1310 = add i32 %1309, 0
	%1311 = add i32 %1308, %1310
	%1312 = add i32 %586, %1311
	%1313 = mul i32 %2, %M
	%1314 = add i32 %5, %307
	%1315 = add i32 %1313, %1314
	%1316 = mul i32 %1315, %NB
	%1317 = add i32 %1316, %1312
	%1318 = sext i32 %1317 to i64
	%1319 = getelementptr float, float* %e, i64 %1318
	store float %1307, float* %1319
	%1320 = fmul float %1150, 0.125
	%1321 = mul i32 %4, 32
	%1322 = shl i32 %14, 1
	%1323 = add i32 %1322, 1
	%1324 = add i32 %1321, %1323
	%1325 = add i32 %586, %1324
	%1326 = mul i32 %2, %M
	%1327 = add i32 %5, %307
	%1328 = add i32 %1326, %1327
	%1329 = mul i32 %1328, %NB
	%1330 = add i32 %1329, %1325
	%1331 = sext i32 %1330 to i64
	%1332 = getelementptr float, float* %e, i64 %1331
	store float %1320, float* %1332
	%1333 = fmul float %1151, 0.125
	%1334 = mul i32 %4, 32
	%1335 = shl i32 %14, 1
	%1336 = add i32 %1335, 8
	%1337 = add i32 %1334, %1336
	%1338 = add i32 %586, %1337
	%1339 = mul i32 %2, %M
	%1340 = add i32 %5, %255
	%1341 = add i32 %1339, %1340
	%1342 = mul i32 %1341, %NB
	%1343 = add i32 %1342, %1338
	%1344 = sext i32 %1343 to i64
	%1345 = getelementptr float, float* %e, i64 %1344
	store float %1333, float* %1345
	%1346 = fmul float %1152, 0.125
	%1347 = mul i32 %4, 32
	%1348 = shl i32 %14, 1
	%1349 = add i32 %1348, 9
	%1350 = add i32 %1347, %1349
	%1351 = add i32 %586, %1350
	%1352 = mul i32 %2, %M
	%1353 = add i32 %5, %255
	%1354 = add i32 %1352, %1353
	%1355 = mul i32 %1354, %NB
	%1356 = add i32 %1355, %1351
	%1357 = sext i32 %1356 to i64
	%1358 = getelementptr float, float* %e, i64 %1357
	store float %1346, float* %1358
	%1359 = fmul float %1153, 0.125
	%1360 = mul i32 %4, 32
	%1361 = shl i32 %14, 1
	%1362 = add i32 %1361, 8
	%1363 = add i32 %1360, %1362
	%1364 = add i32 %586, %1363
	%1365 = mul i32 %2, %M
	%1366 = add i32 %5, %307
	%1367 = add i32 %1365, %1366
	%1368 = mul i32 %1367, %NB
	%1369 = add i32 %1368, %1364
	%1370 = sext i32 %1369 to i64
	%1371 = getelementptr float, float* %e, i64 %1370
	store float %1359, float* %1371
	%1372 = fmul float %1154, 0.125
	%1373 = mul i32 %4, 32
	%1374 = shl i32 %14, 1
	%1375 = add i32 %1374, 9
	%1376 = add i32 %1373, %1375
	%1377 = add i32 %586, %1376
	%1378 = mul i32 %2, %M
	%1379 = add i32 %5, %307
	%1380 = add i32 %1378, %1379
	%1381 = mul i32 %1380, %NB
	%1382 = add i32 %1381, %1377
	%1383 = sext i32 %1382 to i64
	%1384 = getelementptr float, float* %e, i64 %1383
	store float %1372, float* %1384
	%1385 = fmul float %1155, 0.125
	%1386 = mul i32 %4, 32
	%1387 = shl i32 %14, 1
	%1388 = add i32 %1387, 16
	%1389 = add i32 %1386, %1388
	%1390 = add i32 %586, %1389
	%1391 = mul i32 %2, %M
	%1392 = add i32 %5, %255
	%1393 = add i32 %1391, %1392
	%1394 = mul i32 %1393, %NB
	%1395 = add i32 %1394, %1390
	%1396 = sext i32 %1395 to i64
	%1397 = getelementptr float, float* %e, i64 %1396
	store float %1385, float* %1397
	%1398 = fmul float %1156, 0.125
	%1399 = mul i32 %4, 32
	%1400 = shl i32 %14, 1
	%1401 = add i32 %1400, 17
	%1402 = add i32 %1399, %1401
	%1403 = add i32 %586, %1402
	%1404 = mul i32 %2, %M
	%1405 = add i32 %5, %255
	%1406 = add i32 %1404, %1405
	%1407 = mul i32 %1406, %NB
	%1408 = add i32 %1407, %1403
	%1409 = sext i32 %1408 to i64
	%1410 = getelementptr float, float* %e, i64 %1409
	store float %1398, float* %1410
	%1411 = fmul float %1157, 0.125
	%1412 = mul i32 %4, 32
	%1413 = shl i32 %14, 1
	%1414 = add i32 %1413, 16
	%1415 = add i32 %1412, %1414
	%1416 = add i32 %586, %1415
	%1417 = mul i32 %2, %M
	%1418 = add i32 %5, %307
	%1419 = add i32 %1417, %1418
	%1420 = mul i32 %1419, %NB
	%1421 = add i32 %1420, %1416
	%1422 = sext i32 %1421 to i64
	%1423 = getelementptr float, float* %e, i64 %1422
	store float %1411, float* %1423
	%1424 = fmul float %1158, 0.125
	%1425 = mul i32 %4, 32
	%1426 = shl i32 %14, 1
	%1427 = add i32 %1426, 17
	%1428 = add i32 %1425, %1427
	%1429 = add i32 %586, %1428
	%1430 = mul i32 %2, %M
	%1431 = add i32 %5, %307
	%1432 = add i32 %1430, %1431
	%1433 = mul i32 %1432, %NB
	%1434 = add i32 %1433, %1429
	%1435 = sext i32 %1434 to i64
	%1436 = getelementptr float, float* %e, i64 %1435
	store float %1424, float* %1436
	%1437 = fmul float %1159, 0.125
	%1438 = mul i32 %4, 32
	%1439 = shl i32 %14, 1
	%1440 = add i32 %1439, 24
	%1441 = add i32 %1438, %1440
	%1442 = add i32 %586, %1441
	%1443 = mul i32 %2, %M
	%1444 = add i32 %5, %255
	%1445 = add i32 %1443, %1444
	%1446 = mul i32 %1445, %NB
	%1447 = add i32 %1446, %1442
	%1448 = sext i32 %1447 to i64
	%1449 = getelementptr float, float* %e, i64 %1448
	store float %1437, float* %1449
	%1450 = fmul float %1160, 0.125
	%1451 = mul i32 %4, 32
	%1452 = shl i32 %14, 1
	%1453 = add i32 %1452, 25
	%1454 = add i32 %1451, %1453
	%1455 = add i32 %586, %1454
	%1456 = mul i32 %2, %M
	%1457 = add i32 %5, %255
	%1458 = add i32 %1456, %1457
	%1459 = mul i32 %1458, %NB
	%1460 = add i32 %1459, %1455
	%1461 = sext i32 %1460 to i64
	%1462 = getelementptr float, float* %e, i64 %1461
	store float %1450, float* %1462
	%1463 = fmul float %1161, 0.125
	%1464 = mul i32 %4, 32
	%1465 = shl i32 %14, 1
	%1466 = add i32 %1465, 24
	%1467 = add i32 %1464, %1466
	%1468 = add i32 %586, %1467
	%1469 = mul i32 %2, %M
	%1470 = add i32 %5, %307
	%1471 = add i32 %1469, %1470
	%1472 = mul i32 %1471, %NB
	%1473 = add i32 %1472, %1468
	%1474 = sext i32 %1473 to i64
	%1475 = getelementptr float, float* %e, i64 %1474
	store float %1463, float* %1475
	%1476 = fmul float %1162, 0.125
	%1477 = mul i32 %4, 32
	%1478 = shl i32 %14, 1
	%1479 = add i32 %1478, 25
	%1480 = add i32 %1477, %1479
	%1481 = add i32 %586, %1480
	%1482 = mul i32 %2, %M
	%1483 = add i32 %5, %307
	%1484 = add i32 %1482, %1483
	%1485 = mul i32 %1484, %NB
	%1486 = add i32 %1485, %1481
	%1487 = sext i32 %1486 to i64
	%1488 = getelementptr float, float* %e, i64 %1487
	store float %1476, float* %1488
	br label %1489

1489:
	br label %1278

1490:
	%1491 = mul i32 %4, 32
	%1492 = shl i32 %14, 1
	%1493 = add i32 %1492, 0
	%1494 = add i32 %1491, %1493
	%1495 = add i32 %586, %1494
	%1496 = icmp slt i32 %1495, %377
	%1497 = and i1 %1496, %294
	%1498 = icmp slt i32 %1495, %306
	%1499 = and i1 %1497, %1498
	%1500 = fmul float %1147, 0.125
	%1501 = icmp sge i32 %1495, %279
	%1502 = icmp sle i32 %1495, %282
	%1503 = and i1 %1501, %1502
	%1504 = xor i1 %1503, true
	%1505 = and i1 %1499, %1504
	%1506 = select i1 %1505, float %1500, float 0xFFF0000000000000
	%1507 = mul i32 %255, 136
	%1508 = add i32 %1507, %1494
	%1509 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1510 = bitcast i8 addrspace(3)* %1509 to float addrspace(3)*
	%1511 = getelementptr float, float addrspace(3)* %1510, i32 %1508
	store float %1506, float addrspace(3)* %1511
	%1512 = and i1 %1496, %294
	%1513 = and i1 %12, %1512
	br i1 %1513, label %1515, label %1524

1514:
	call void @llvm.nvvm.barrier0()
	br i1 %419, label %2020, label %2074

1515:
	%1516 = select i1 %1499, float %1500, float 0xFFF0000000000000
	%1517 = mul i32 %2, %M
	%1518 = add i32 %5, %255
	%1519 = add i32 %1517, %1518
	%1520 = mul i32 %1519, %NB
	%1521 = add i32 %1520, %1495
	%1522 = sext i32 %1521 to i64
	%1523 = getelementptr float, float* %e, i64 %1522
	store float %1516, float* %1523
	br label %1524

1524:
	%1525 = mul i32 %4, 32
	%1526 = shl i32 %14, 1
	%1527 = add i32 %1526, 1
	%1528 = add i32 %1525, %1527
	%1529 = add i32 %586, %1528
	%1530 = icmp slt i32 %1529, %377
	%1531 = and i1 %1530, %294
	%1532 = icmp slt i32 %1529, %306
	%1533 = and i1 %1531, %1532
	%1534 = fmul float %1148, 0.125
	%1535 = icmp sge i32 %1529, %279
	%1536 = icmp sle i32 %1529, %282
	%1537 = and i1 %1535, %1536
	%1538 = xor i1 %1537, true
	%1539 = and i1 %1533, %1538
	%1540 = select i1 %1539, float %1534, float 0xFFF0000000000000
	%1541 = mul i32 %255, 136
	%1542 = add i32 %1541, %1528
	%1543 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1544 = bitcast i8 addrspace(3)* %1543 to float addrspace(3)*
	%1545 = getelementptr float, float addrspace(3)* %1544, i32 %1542
	store float %1540, float addrspace(3)* %1545
	%1546 = and i1 %1530, %294
	%1547 = and i1 %12, %1546
	br i1 %1547, label %1548, label %1557

1548:
	%1549 = select i1 %1533, float %1534, float 0xFFF0000000000000
	%1550 = mul i32 %2, %M
	%1551 = add i32 %5, %255
	%1552 = add i32 %1550, %1551
	%1553 = mul i32 %1552, %NB
	%1554 = add i32 %1553, %1529
	%1555 = sext i32 %1554 to i64
	%1556 = getelementptr float, float* %e, i64 %1555
	store float %1549, float* %1556
	br label %1557

1557:
	%1558 = mul i32 %4, 32
	%1559 = shl i32 %14, 1
	%1560 = add i32 %1559, 0
	%1561 = add i32 %1558, %1560
	%1562 = add i32 %586, %1561
	%1563 = icmp slt i32 %1562, %377
	%1564 = and i1 %1563, %346
	%1565 = icmp slt i32 %1562, %358
	%1566 = and i1 %1564, %1565
	%1567 = fmul float %1149, 0.125
	%1568 = icmp sge i32 %1562, %331
	%1569 = icmp sle i32 %1562, %334
	%1570 = and i1 %1568, %1569
	%1571 = xor i1 %1570, true
	%1572 = and i1 %1566, %1571
	%1573 = select i1 %1572, float %1567, float 0xFFF0000000000000
	%1574 = mul i32 %307, 136
	%1575 = add i32 %1574, %1561
	%1576 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1577 = bitcast i8 addrspace(3)* %1576 to float addrspace(3)*
	%1578 = getelementptr float, float addrspace(3)* %1577, i32 %1575
	store float %1573, float addrspace(3)* %1578
	%1579 = and i1 %1563, %346
	%1580 = and i1 %12, %1579
	br i1 %1580, label %1581, label %1590

1581:
	%1582 = select i1 %1566, float %1567, float 0xFFF0000000000000
	%1583 = mul i32 %2, %M
	%1584 = add i32 %5, %307
	%1585 = add i32 %1583, %1584
	%1586 = mul i32 %1585, %NB
	%1587 = add i32 %1586, %1562
	%1588 = sext i32 %1587 to i64
	%1589 = getelementptr float, float* %e, i64 %1588
	store float %1582, float* %1589
	br label %1590

1590:
	%1591 = mul i32 %4, 32
	%1592 = shl i32 %14, 1
	%1593 = add i32 %1592, 1
	%1594 = add i32 %1591, %1593
	%1595 = add i32 %586, %1594
	%1596 = icmp slt i32 %1595, %377
	%1597 = and i1 %1596, %346
	%1598 = icmp slt i32 %1595, %358
	%1599 = and i1 %1597, %1598
	%1600 = fmul float %1150, 0.125
	%1601 = icmp sge i32 %1595, %331
	%1602 = icmp sle i32 %1595, %334
	%1603 = and i1 %1601, %1602
	%1604 = xor i1 %1603, true
	%1605 = and i1 %1599, %1604
	%1606 = select i1 %1605, float %1600, float 0xFFF0000000000000
	%1607 = mul i32 %307, 136
	%1608 = add i32 %1607, %1594
	%1609 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1610 = bitcast i8 addrspace(3)* %1609 to float addrspace(3)*
	%1611 = getelementptr float, float addrspace(3)* %1610, i32 %1608
	store float %1606, float addrspace(3)* %1611
	%1612 = and i1 %1596, %346
	%1613 = and i1 %12, %1612
	br i1 %1613, label %1614, label %1623

1614:
	%1615 = select i1 %1599, float %1600, float 0xFFF0000000000000
	%1616 = mul i32 %2, %M
	%1617 = add i32 %5, %307
	%1618 = add i32 %1616, %1617
	%1619 = mul i32 %1618, %NB
	%1620 = add i32 %1619, %1595
	%1621 = sext i32 %1620 to i64
	%1622 = getelementptr float, float* %e, i64 %1621
	store float %1615, float* %1622
	br label %1623

1623:
	%1624 = mul i32 %4, 32
	%1625 = shl i32 %14, 1
	%1626 = add i32 %1625, 8
	%1627 = add i32 %1624, %1626
	%1628 = add i32 %586, %1627
	%1629 = icmp slt i32 %1628, %377
	%1630 = and i1 %1629, %294
	%1631 = icmp slt i32 %1628, %306
	%1632 = and i1 %1630, %1631
	%1633 = fmul float %1151, 0.125
	%1634 = icmp sge i32 %1628, %279
	%1635 = icmp sle i32 %1628, %282
	%1636 = and i1 %1634, %1635
	%1637 = xor i1 %1636, true
	%1638 = and i1 %1632, %1637
	%1639 = select i1 %1638, float %1633, float 0xFFF0000000000000
	%1640 = mul i32 %255, 136
	%1641 = add i32 %1640, %1627
	%1642 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1643 = bitcast i8 addrspace(3)* %1642 to float addrspace(3)*
	%1644 = getelementptr float, float addrspace(3)* %1643, i32 %1641
	store float %1639, float addrspace(3)* %1644
	%1645 = and i1 %1629, %294
	%1646 = and i1 %12, %1645
	br i1 %1646, label %1647, label %1656

1647:
	%1648 = select i1 %1632, float %1633, float 0xFFF0000000000000
	%1649 = mul i32 %2, %M
	%1650 = add i32 %5, %255
	%1651 = add i32 %1649, %1650
	%1652 = mul i32 %1651, %NB
	%1653 = add i32 %1652, %1628
	%1654 = sext i32 %1653 to i64
	%1655 = getelementptr float, float* %e, i64 %1654
	store float %1648, float* %1655
	br label %1656

1656:
	%1657 = mul i32 %4, 32
	%1658 = shl i32 %14, 1
	%1659 = add i32 %1658, 9
	%1660 = add i32 %1657, %1659
	%1661 = add i32 %586, %1660
	%1662 = icmp slt i32 %1661, %377
	%1663 = and i1 %1662, %294
	%1664 = icmp slt i32 %1661, %306
	%1665 = and i1 %1663, %1664
	%1666 = fmul float %1152, 0.125
	%1667 = icmp sge i32 %1661, %279
	%1668 = icmp sle i32 %1661, %282
	%1669 = and i1 %1667, %1668
	%1670 = xor i1 %1669, true
	%1671 = and i1 %1665, %1670
	%1672 = select i1 %1671, float %1666, float 0xFFF0000000000000
	%1673 = mul i32 %255, 136
	%1674 = add i32 %1673, %1660
	%1675 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1676 = bitcast i8 addrspace(3)* %1675 to float addrspace(3)*
	%1677 = getelementptr float, float addrspace(3)* %1676, i32 %1674
	store float %1672, float addrspace(3)* %1677
	%1678 = and i1 %1662, %294
	%1679 = and i1 %12, %1678
	br i1 %1679, label %1680, label %1689

1680:
	%1681 = select i1 %1665, float %1666, float 0xFFF0000000000000
	%1682 = mul i32 %2, %M
	%1683 = add i32 %5, %255
	%1684 = add i32 %1682, %1683
	%1685 = mul i32 %1684, %NB
	%1686 = add i32 %1685, %1661
	%1687 = sext i32 %1686 to i64
	%1688 = getelementptr float, float* %e, i64 %1687
	store float %1681, float* %1688
	br label %1689

1689:
	%1690 = mul i32 %4, 32
	%1691 = shl i32 %14, 1
	%1692 = add i32 %1691, 8
	%1693 = add i32 %1690, %1692
	%1694 = add i32 %586, %1693
	%1695 = icmp slt i32 %1694, %377
	%1696 = and i1 %1695, %346
	%1697 = icmp slt i32 %1694, %358
	%1698 = and i1 %1696, %1697
	%1699 = fmul float %1153, 0.125
	%1700 = icmp sge i32 %1694, %331
	%1701 = icmp sle i32 %1694, %334
	%1702 = and i1 %1700, %1701
	%1703 = xor i1 %1702, true
	%1704 = and i1 %1698, %1703
	%1705 = select i1 %1704, float %1699, float 0xFFF0000000000000
	%1706 = mul i32 %307, 136
	%1707 = add i32 %1706, %1693
	%1708 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1709 = bitcast i8 addrspace(3)* %1708 to float addrspace(3)*
	%1710 = getelementptr float, float addrspace(3)* %1709, i32 %1707
	store float %1705, float addrspace(3)* %1710
	%1711 = and i1 %1695, %346
	%1712 = and i1 %12, %1711
	br i1 %1712, label %1713, label %1722

1713:
	%1714 = select i1 %1698, float %1699, float 0xFFF0000000000000
	%1715 = mul i32 %2, %M
	%1716 = add i32 %5, %307
	%1717 = add i32 %1715, %1716
	%1718 = mul i32 %1717, %NB
	%1719 = add i32 %1718, %1694
	%1720 = sext i32 %1719 to i64
	%1721 = getelementptr float, float* %e, i64 %1720
	store float %1714, float* %1721
	br label %1722

1722:
	%1723 = mul i32 %4, 32
	%1724 = shl i32 %14, 1
	%1725 = add i32 %1724, 9
	%1726 = add i32 %1723, %1725
	%1727 = add i32 %586, %1726
	%1728 = icmp slt i32 %1727, %377
	%1729 = and i1 %1728, %346
	%1730 = icmp slt i32 %1727, %358
	%1731 = and i1 %1729, %1730
	%1732 = fmul float %1154, 0.125
	%1733 = icmp sge i32 %1727, %331
	%1734 = icmp sle i32 %1727, %334
	%1735 = and i1 %1733, %1734
	%1736 = xor i1 %1735, true
	%1737 = and i1 %1731, %1736
	%1738 = select i1 %1737, float %1732, float 0xFFF0000000000000
	%1739 = mul i32 %307, 136
	%1740 = add i32 %1739, %1726
	%1741 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1742 = bitcast i8 addrspace(3)* %1741 to float addrspace(3)*
	%1743 = getelementptr float, float addrspace(3)* %1742, i32 %1740
	store float %1738, float addrspace(3)* %1743
	%1744 = and i1 %1728, %346
	%1745 = and i1 %12, %1744
	br i1 %1745, label %1746, label %1755

1746:
	%1747 = select i1 %1731, float %1732, float 0xFFF0000000000000
	%1748 = mul i32 %2, %M
	%1749 = add i32 %5, %307
	%1750 = add i32 %1748, %1749
	%1751 = mul i32 %1750, %NB
	%1752 = add i32 %1751, %1727
	%1753 = sext i32 %1752 to i64
	%1754 = getelementptr float, float* %e, i64 %1753
	store float %1747, float* %1754
	br label %1755

1755:
	%1756 = mul i32 %4, 32
	%1757 = shl i32 %14, 1
	%1758 = add i32 %1757, 16
	%1759 = add i32 %1756, %1758
	%1760 = add i32 %586, %1759
	%1761 = icmp slt i32 %1760, %377
	%1762 = and i1 %1761, %294
	%1763 = icmp slt i32 %1760, %306
	%1764 = and i1 %1762, %1763
	%1765 = fmul float %1155, 0.125
	%1766 = icmp sge i32 %1760, %279
	%1767 = icmp sle i32 %1760, %282
	%1768 = and i1 %1766, %1767
	%1769 = xor i1 %1768, true
	%1770 = and i1 %1764, %1769
	%1771 = select i1 %1770, float %1765, float 0xFFF0000000000000
	%1772 = mul i32 %255, 136
	%1773 = add i32 %1772, %1759
	%1774 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1775 = bitcast i8 addrspace(3)* %1774 to float addrspace(3)*
	%1776 = getelementptr float, float addrspace(3)* %1775, i32 %1773
	store float %1771, float addrspace(3)* %1776
	%1777 = and i1 %1761, %294
	%1778 = and i1 %12, %1777
	br i1 %1778, label %1779, label %1788

1779:
	%1780 = select i1 %1764, float %1765, float 0xFFF0000000000000
	%1781 = mul i32 %2, %M
	%1782 = add i32 %5, %255
	%1783 = add i32 %1781, %1782
	%1784 = mul i32 %1783, %NB
	%1785 = add i32 %1784, %1760
	%1786 = sext i32 %1785 to i64
	%1787 = getelementptr float, float* %e, i64 %1786
	store float %1780, float* %1787
	br label %1788

1788:
	%1789 = mul i32 %4, 32
	%1790 = shl i32 %14, 1
	%1791 = add i32 %1790, 17
	%1792 = add i32 %1789, %1791
	%1793 = add i32 %586, %1792
	%1794 = icmp slt i32 %1793, %377
	%1795 = and i1 %1794, %294
	%1796 = icmp slt i32 %1793, %306
	%1797 = and i1 %1795, %1796
	%1798 = fmul float %1156, 0.125
	%1799 = icmp sge i32 %1793, %279
	%1800 = icmp sle i32 %1793, %282
	%1801 = and i1 %1799, %1800
	%1802 = xor i1 %1801, true
	%1803 = and i1 %1797, %1802
	%1804 = select i1 %1803, float %1798, float 0xFFF0000000000000
	%1805 = mul i32 %255, 136
	%1806 = add i32 %1805, %1792
	%1807 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1808 = bitcast i8 addrspace(3)* %1807 to float addrspace(3)*
	%1809 = getelementptr float, float addrspace(3)* %1808, i32 %1806
	store float %1804, float addrspace(3)* %1809
	%1810 = and i1 %1794, %294
	%1811 = and i1 %12, %1810
	br i1 %1811, label %1812, label %1821

1812:
	%1813 = select i1 %1797, float %1798, float 0xFFF0000000000000
	%1814 = mul i32 %2, %M
	%1815 = add i32 %5, %255
	%1816 = add i32 %1814, %1815
	%1817 = mul i32 %1816, %NB
	%1818 = add i32 %1817, %1793
	%1819 = sext i32 %1818 to i64
	%1820 = getelementptr float, float* %e, i64 %1819
	store float %1813, float* %1820
	br label %1821

1821:
	%1822 = mul i32 %4, 32
	%1823 = shl i32 %14, 1
	%1824 = add i32 %1823, 16
	%1825 = add i32 %1822, %1824
	%1826 = add i32 %586, %1825
	%1827 = icmp slt i32 %1826, %377
	%1828 = and i1 %1827, %346
	%1829 = icmp slt i32 %1826, %358
	%1830 = and i1 %1828, %1829
	%1831 = fmul float %1157, 0.125
	%1832 = icmp sge i32 %1826, %331
	%1833 = icmp sle i32 %1826, %334
	%1834 = and i1 %1832, %1833
	%1835 = xor i1 %1834, true
	%1836 = and i1 %1830, %1835
	%1837 = select i1 %1836, float %1831, float 0xFFF0000000000000
	%1838 = mul i32 %307, 136
	%1839 = add i32 %1838, %1825
	%1840 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1841 = bitcast i8 addrspace(3)* %1840 to float addrspace(3)*
	%1842 = getelementptr float, float addrspace(3)* %1841, i32 %1839
	store float %1837, float addrspace(3)* %1842
	%1843 = and i1 %1827, %346
	%1844 = and i1 %12, %1843
	br i1 %1844, label %1845, label %1854

1845:
	%1846 = select i1 %1830, float %1831, float 0xFFF0000000000000
	%1847 = mul i32 %2, %M
	%1848 = add i32 %5, %307
	%1849 = add i32 %1847, %1848
	%1850 = mul i32 %1849, %NB
	%1851 = add i32 %1850, %1826
	%1852 = sext i32 %1851 to i64
	%1853 = getelementptr float, float* %e, i64 %1852
	store float %1846, float* %1853
	br label %1854

1854:
	%1855 = mul i32 %4, 32
	%1856 = shl i32 %14, 1
	%1857 = add i32 %1856, 17
	%1858 = add i32 %1855, %1857
	%1859 = add i32 %586, %1858
	%1860 = icmp slt i32 %1859, %377
	%1861 = and i1 %1860, %346
	%1862 = icmp slt i32 %1859, %358
	%1863 = and i1 %1861, %1862
	%1864 = fmul float %1158, 0.125
	%1865 = icmp sge i32 %1859, %331
	%1866 = icmp sle i32 %1859, %334
	%1867 = and i1 %1865, %1866
	%1868 = xor i1 %1867, true
	%1869 = and i1 %1863, %1868
	%1870 = select i1 %1869, float %1864, float 0xFFF0000000000000
	%1871 = mul i32 %307, 136
	%1872 = add i32 %1871, %1858
	%1873 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1874 = bitcast i8 addrspace(3)* %1873 to float addrspace(3)*
	%1875 = getelementptr float, float addrspace(3)* %1874, i32 %1872
	store float %1870, float addrspace(3)* %1875
	%1876 = and i1 %1860, %346
	%1877 = and i1 %12, %1876
	br i1 %1877, label %1878, label %1887

1878:
	%1879 = select i1 %1863, float %1864, float 0xFFF0000000000000
	%1880 = mul i32 %2, %M
	%1881 = add i32 %5, %307
	%1882 = add i32 %1880, %1881
	%1883 = mul i32 %1882, %NB
	%1884 = add i32 %1883, %1859
	%1885 = sext i32 %1884 to i64
	%1886 = getelementptr float, float* %e, i64 %1885
	store float %1879, float* %1886
	br label %1887

1887:
	%1888 = mul i32 %4, 32
	%1889 = shl i32 %14, 1
	%1890 = add i32 %1889, 24
	%1891 = add i32 %1888, %1890
	%1892 = add i32 %586, %1891
	%1893 = icmp slt i32 %1892, %377
	%1894 = and i1 %1893, %294
	%1895 = icmp slt i32 %1892, %306
	%1896 = and i1 %1894, %1895
	%1897 = fmul float %1159, 0.125
	%1898 = icmp sge i32 %1892, %279
	%1899 = icmp sle i32 %1892, %282
	%1900 = and i1 %1898, %1899
	%1901 = xor i1 %1900, true
	%1902 = and i1 %1896, %1901
	%1903 = select i1 %1902, float %1897, float 0xFFF0000000000000
	%1904 = mul i32 %255, 136
	%1905 = add i32 %1904, %1891
	%1906 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1907 = bitcast i8 addrspace(3)* %1906 to float addrspace(3)*
	%1908 = getelementptr float, float addrspace(3)* %1907, i32 %1905
	store float %1903, float addrspace(3)* %1908
	%1909 = and i1 %1893, %294
	%1910 = and i1 %12, %1909
	br i1 %1910, label %1911, label %1920

1911:
	%1912 = select i1 %1896, float %1897, float 0xFFF0000000000000
	%1913 = mul i32 %2, %M
	%1914 = add i32 %5, %255
	%1915 = add i32 %1913, %1914
	%1916 = mul i32 %1915, %NB
	%1917 = add i32 %1916, %1892
	%1918 = sext i32 %1917 to i64
	%1919 = getelementptr float, float* %e, i64 %1918
	store float %1912, float* %1919
	br label %1920

1920:
	%1921 = mul i32 %4, 32
	%1922 = shl i32 %14, 1
	%1923 = add i32 %1922, 25
	%1924 = add i32 %1921, %1923
	%1925 = add i32 %586, %1924
	%1926 = icmp slt i32 %1925, %377
	%1927 = and i1 %1926, %294
	%1928 = icmp slt i32 %1925, %306
	%1929 = and i1 %1927, %1928
	%1930 = fmul float %1160, 0.125
	%1931 = icmp sge i32 %1925, %279
	%1932 = icmp sle i32 %1925, %282
	%1933 = and i1 %1931, %1932
	%1934 = xor i1 %1933, true
	%1935 = and i1 %1929, %1934
	%1936 = select i1 %1935, float %1930, float 0xFFF0000000000000
	%1937 = mul i32 %255, 136
	%1938 = add i32 %1937, %1924
	%1939 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1940 = bitcast i8 addrspace(3)* %1939 to float addrspace(3)*
	%1941 = getelementptr float, float addrspace(3)* %1940, i32 %1938
	store float %1936, float addrspace(3)* %1941
	%1942 = and i1 %1926, %294
	%1943 = and i1 %12, %1942
	br i1 %1943, label %1944, label %1953

1944:
	%1945 = select i1 %1929, float %1930, float 0xFFF0000000000000
	%1946 = mul i32 %2, %M
	%1947 = add i32 %5, %255
	%1948 = add i32 %1946, %1947
	%1949 = mul i32 %1948, %NB
	%1950 = add i32 %1949, %1925
	%1951 = sext i32 %1950 to i64
	%1952 = getelementptr float, float* %e, i64 %1951
	store float %1945, float* %1952
	br label %1953

1953:
	%1954 = mul i32 %4, 32
	%1955 = shl i32 %14, 1
	%1956 = add i32 %1955, 24
	%1957 = add i32 %1954, %1956
	%1958 = add i32 %586, %1957
	%1959 = icmp slt i32 %1958, %377
	%1960 = and i1 %1959, %346
	%1961 = icmp slt i32 %1958, %358
	%1962 = and i1 %1960, %1961
	%1963 = fmul float %1161, 0.125
	%1964 = icmp sge i32 %1958, %331
	%1965 = icmp sle i32 %1958, %334
	%1966 = and i1 %1964, %1965
	%1967 = xor i1 %1966, true
	%1968 = and i1 %1962, %1967
	%1969 = select i1 %1968, float %1963, float 0xFFF0000000000000
	%1970 = mul i32 %307, 136
	%1971 = add i32 %1970, %1957
	%1972 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%1973 = bitcast i8 addrspace(3)* %1972 to float addrspace(3)*
	%1974 = getelementptr float, float addrspace(3)* %1973, i32 %1971
	store float %1969, float addrspace(3)* %1974
	%1975 = and i1 %1959, %346
	%1976 = and i1 %12, %1975
	br i1 %1976, label %1977, label %1986

1977:
	%1978 = select i1 %1962, float %1963, float 0xFFF0000000000000
	%1979 = mul i32 %2, %M
	%1980 = add i32 %5, %307
	%1981 = add i32 %1979, %1980
	%1982 = mul i32 %1981, %NB
	%1983 = add i32 %1982, %1958
	%1984 = sext i32 %1983 to i64
	%1985 = getelementptr float, float* %e, i64 %1984
	store float %1978, float* %1985
	br label %1986

1986:
	%1987 = mul i32 %4, 32
	%1988 = shl i32 %14, 1
	%1989 = add i32 %1988, 25
	%1990 = add i32 %1987, %1989
	%1991 = add i32 %586, %1990
	%1992 = icmp slt i32 %1991, %377
	%1993 = and i1 %1992, %346
	%1994 = icmp slt i32 %1991, %358
	%1995 = and i1 %1993, %1994
	%1996 = fmul float %1162, 0.125
	%1997 = icmp sge i32 %1991, %331
	%1998 = icmp sle i32 %1991, %334
	%1999 = and i1 %1997, %1998
	%2000 = xor i1 %1999, true
	%2001 = and i1 %1995, %2000
	%2002 = select i1 %2001, float %1996, float 0xFFF0000000000000
	%2003 = mul i32 %307, 136
	%2004 = add i32 %2003, %1990
	%2005 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%2006 = bitcast i8 addrspace(3)* %2005 to float addrspace(3)*
	%2007 = getelementptr float, float addrspace(3)* %2006, i32 %2004
	store float %2002, float addrspace(3)* %2007
	%2008 = and i1 %1992, %346
	%2009 = and i1 %12, %2008
	br i1 %2009, label %2010, label %2019

2010:
	%2011 = select i1 %1995, float %1996, float 0xFFF0000000000000
	%2012 = mul i32 %2, %M
	%2013 = add i32 %5, %307
	%2014 = add i32 %2012, %2013
	%2015 = mul i32 %2014, %NB
	%2016 = add i32 %2015, %1991
	%2017 = sext i32 %2016 to i64
	%2018 = getelementptr float, float* %e, i64 %2017
	store float %2011, float* %2018
	br label %2019

2019:
	br label %1514

2020:
	%2021 = add i32 0, %3
	%2022 = mul i32 %378, 136
	%2023 = add i32 %2022, %2021
	%2024 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%2025 = bitcast i8 addrspace(3)* %2024 to float addrspace(3)*
	%2026 = getelementptr float, float addrspace(3)* %2025, i32 %2023
	%2027 = load float, float addrspace(3)* %2026
	%2028 = fcmp ogt float %2027, 0xFFF0000000000000
	%2029 = fadd float %2027, 0.0
	%2030 = bitcast float %2029 to i32
	%2031 = ashr i32 %2030, 31
	%2032 = or i32 %2031, -2147483648
	%2033 = xor i32 %2030, %2032
	%2034 = add i32 32, %3
	%2035 = mul i32 %378, 136
	%2036 = add i32 %2035, %2034
	%2037 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%2038 = bitcast i8 addrspace(3)* %2037 to float addrspace(3)*
	%2039 = getelementptr float, float addrspace(3)* %2038, i32 %2036
	%2040 = load float, float addrspace(3)* %2039
	%2041 = fcmp ogt float %2040, 0xFFF0000000000000
	%2042 = fadd float %2040, 0.0
	%2043 = bitcast float %2042 to i32
	%2044 = ashr i32 %2043, 31
	%2045 = or i32 %2044, -2147483648
	%2046 = xor i32 %2043, %2045
	%2047 = add i32 64, %3
	%2048 = mul i32 %378, 136
	%2049 = add i32 %2048, %2047
	%2050 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%2051 = bitcast i8 addrspace(3)* %2050 to float addrspace(3)*
	%2052 = getelementptr float, float addrspace(3)* %2051, i32 %2049
	%2053 = load float, float addrspace(3)* %2052
	%2054 = fcmp ogt float %2053, 0xFFF0000000000000
	%2055 = fadd float %2053, 0.0
	%2056 = bitcast float %2055 to i32
	%2057 = ashr i32 %2056, 31
	%2058 = or i32 %2057, -2147483648
	%2059 = xor i32 %2056, %2058
	%2060 = add i32 96, %3
	%2061 = mul i32 %378, 136
	%2062 = add i32 %2061, %2060
	%2063 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%2064 = bitcast i8 addrspace(3)* %2063 to float addrspace(3)*
	%2065 = getelementptr float, float addrspace(3)* %2064, i32 %2062
	%2066 = load float, float addrspace(3)* %2065
	%2067 = fcmp ogt float %2066, 0xFFF0000000000000
	%2068 = fadd float %2066, 0.0
	%2069 = bitcast float %2068 to i32
	%2070 = ashr i32 %2069, 31
	%2071 = or i32 %2070, -2147483648
	%2072 = xor i32 %2069, %2071
	%2073 = icmp eq i32 %588, 0
	br i1 %2073, label %2077, label %2260

2074:
	%2075 = phi i32 [ %587, %1514 ], [ %3463, %3460 ]
	%2076 = phi i32 [ %588, %1514 ], [ %2337, %3460 ]
	br i1 %461, label %3464, label %3518

2077:
	%2078 = select i1 %2028, i32 %2033, i32 0
	%2079 = icmp ugt i32 0, %2078
	%2080 = select i1 %2079, i32 0, i32 %2078
	%2081 = select i1 %2041, i32 %2046, i32 0
	%2082 = icmp ugt i32 %2080, %2081
	%2083 = select i1 %2082, i32 %2080, i32 %2081
	%2084 = select i1 %2054, i32 %2059, i32 0
	%2085 = icmp ugt i32 %2083, %2084
	%2086 = select i1 %2085, i32 %2083, i32 %2084
	%2087 = select i1 %2067, i32 %2072, i32 0
	%2088 = icmp ugt i32 %2086, %2087
	%2089 = select i1 %2088, i32 %2086, i32 %2087
	%2090 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2089, i32 1, i32 31)
	%2091 = and i32 %3, 2
	%2092 = icmp eq i32 %2091, 0
	%2093 = and i32 %3, 1
	%2094 = icmp eq i32 %2093, 0
	%2095 = icmp eq i1 %2092, %2094
	%2096 = icmp ugt i32 %2089, %2090
	%2097 = select i1 %2096, i32 %2089, i32 %2090
	%2098 = icmp ult i32 %2089, %2090
	%2099 = select i1 %2098, i32 %2089, i32 %2090
	%2100 = select i1 %2095, i32 %2097, i32 %2099
	%2101 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2100, i32 2, i32 31)
	%2102 = and i32 %3, 4
	%2103 = icmp eq i32 %2102, 0
	%2104 = and i32 %3, 2
	%2105 = icmp eq i32 %2104, 0
	%2106 = icmp eq i1 %2103, %2105
	%2107 = icmp ugt i32 %2100, %2101
	%2108 = select i1 %2107, i32 %2100, i32 %2101
	%2109 = icmp ult i32 %2100, %2101
	%2110 = select i1 %2109, i32 %2100, i32 %2101
	%2111 = select i1 %2106, i32 %2108, i32 %2110
	%2112 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2111, i32 1, i32 31)
	%2113 = and i32 %3, 4
	%2114 = icmp eq i32 %2113, 0
	%2115 = and i32 %3, 1
	%2116 = icmp eq i32 %2115, 0
	%2117 = icmp eq i1 %2114, %2116
	%2118 = icmp ugt i32 %2111, %2112
	%2119 = select i1 %2118, i32 %2111, i32 %2112
	%2120 = icmp ult i32 %2111, %2112
	%2121 = select i1 %2120, i32 %2111, i32 %2112
	%2122 = select i1 %2117, i32 %2119, i32 %2121
	%2123 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2122, i32 4, i32 31)
	%2124 = and i32 %3, 8
	%2125 = icmp eq i32 %2124, 0
	%2126 = and i32 %3, 4
	%2127 = icmp eq i32 %2126, 0
	%2128 = icmp eq i1 %2125, %2127
	%2129 = icmp ugt i32 %2122, %2123
	%2130 = select i1 %2129, i32 %2122, i32 %2123
	%2131 = icmp ult i32 %2122, %2123
	%2132 = select i1 %2131, i32 %2122, i32 %2123
	%2133 = select i1 %2128, i32 %2130, i32 %2132
	%2134 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2133, i32 2, i32 31)
	%2135 = and i32 %3, 8
	%2136 = icmp eq i32 %2135, 0
	%2137 = and i32 %3, 2
	%2138 = icmp eq i32 %2137, 0
	%2139 = icmp eq i1 %2136, %2138
	%2140 = icmp ugt i32 %2133, %2134
	%2141 = select i1 %2140, i32 %2133, i32 %2134
	%2142 = icmp ult i32 %2133, %2134
	%2143 = select i1 %2142, i32 %2133, i32 %2134
	%2144 = select i1 %2139, i32 %2141, i32 %2143
	%2145 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2144, i32 1, i32 31)
	%2146 = and i32 %3, 8
	%2147 = icmp eq i32 %2146, 0
	%2148 = and i32 %3, 1
	%2149 = icmp eq i32 %2148, 0
	%2150 = icmp eq i1 %2147, %2149
	%2151 = icmp ugt i32 %2144, %2145
	%2152 = select i1 %2151, i32 %2144, i32 %2145
	%2153 = icmp ult i32 %2144, %2145
	%2154 = select i1 %2153, i32 %2144, i32 %2145
	%2155 = select i1 %2150, i32 %2152, i32 %2154
	%2156 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2155, i32 8, i32 31)
	%2157 = and i32 %3, 16
	%2158 = icmp eq i32 %2157, 0
	%2159 = and i32 %3, 8
	%2160 = icmp eq i32 %2159, 0
	%2161 = icmp eq i1 %2158, %2160
	%2162 = icmp ugt i32 %2155, %2156
	%2163 = select i1 %2162, i32 %2155, i32 %2156
	%2164 = icmp ult i32 %2155, %2156
	%2165 = select i1 %2164, i32 %2155, i32 %2156
	%2166 = select i1 %2161, i32 %2163, i32 %2165
	%2167 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2166, i32 4, i32 31)
	%2168 = and i32 %3, 16
	%2169 = icmp eq i32 %2168, 0
	%2170 = and i32 %3, 4
	%2171 = icmp eq i32 %2170, 0
	%2172 = icmp eq i1 %2169, %2171
	%2173 = icmp ugt i32 %2166, %2167
	%2174 = select i1 %2173, i32 %2166, i32 %2167
	%2175 = icmp ult i32 %2166, %2167
	%2176 = select i1 %2175, i32 %2166, i32 %2167
	%2177 = select i1 %2172, i32 %2174, i32 %2176
	%2178 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2177, i32 2, i32 31)
	%2179 = and i32 %3, 16
	%2180 = icmp eq i32 %2179, 0
	%2181 = and i32 %3, 2
	%2182 = icmp eq i32 %2181, 0
	%2183 = icmp eq i1 %2180, %2182
	%2184 = icmp ugt i32 %2177, %2178
	%2185 = select i1 %2184, i32 %2177, i32 %2178
	%2186 = icmp ult i32 %2177, %2178
	%2187 = select i1 %2186, i32 %2177, i32 %2178
	%2188 = select i1 %2183, i32 %2185, i32 %2187
	%2189 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2188, i32 1, i32 31)
	%2190 = and i32 %3, 16
	%2191 = icmp eq i32 %2190, 0
	%2192 = and i32 %3, 1
	%2193 = icmp eq i32 %2192, 0
	%2194 = icmp eq i1 %2191, %2193
	%2195 = icmp ugt i32 %2188, %2189
	%2196 = select i1 %2195, i32 %2188, i32 %2189
	%2197 = icmp ult i32 %2188, %2189
	%2198 = select i1 %2197, i32 %2188, i32 %2189
	%2199 = select i1 %2194, i32 %2196, i32 %2198
	%2200 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2199, i32 16, i32 31)
	%2201 = and i32 %3, 32
	%2202 = icmp eq i32 %2201, 0
	%2203 = and i32 %3, 16
	%2204 = icmp eq i32 %2203, 0
	%2205 = icmp eq i1 %2202, %2204
	%2206 = icmp ugt i32 %2199, %2200
	%2207 = select i1 %2206, i32 %2199, i32 %2200
	%2208 = icmp ult i32 %2199, %2200
	%2209 = select i1 %2208, i32 %2199, i32 %2200
	%2210 = select i1 %2205, i32 %2207, i32 %2209
	%2211 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2210, i32 8, i32 31)
	%2212 = and i32 %3, 32
	%2213 = icmp eq i32 %2212, 0
	%2214 = and i32 %3, 8
	%2215 = icmp eq i32 %2214, 0
	%2216 = icmp eq i1 %2213, %2215
	%2217 = icmp ugt i32 %2210, %2211
	%2218 = select i1 %2217, i32 %2210, i32 %2211
	%2219 = icmp ult i32 %2210, %2211
	%2220 = select i1 %2219, i32 %2210, i32 %2211
	%2221 = select i1 %2216, i32 %2218, i32 %2220
	%2222 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2221, i32 4, i32 31)
	%2223 = and i32 %3, 32
	%2224 = icmp eq i32 %2223, 0
	%2225 = and i32 %3, 4
	%2226 = icmp eq i32 %2225, 0
	%2227 = icmp eq i1 %2224, %2226
	%2228 = icmp ugt i32 %2221, %2222
	%2229 = select i1 %2228, i32 %2221, i32 %2222
	%2230 = icmp ult i32 %2221, %2222
	%2231 = select i1 %2230, i32 %2221, i32 %2222
	%2232 = select i1 %2227, i32 %2229, i32 %2231
	%2233 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2232, i32 2, i32 31)
	%2234 = and i32 %3, 32
	%2235 = icmp eq i32 %2234, 0
	%2236 = and i32 %3, 2
	%2237 = icmp eq i32 %2236, 0
	%2238 = icmp eq i1 %2235, %2237
	%2239 = icmp ugt i32 %2232, %2233
	%2240 = select i1 %2239, i32 %2232, i32 %2233
	%2241 = icmp ult i32 %2232, %2233
	%2242 = select i1 %2241, i32 %2232, i32 %2233
	%2243 = select i1 %2238, i32 %2240, i32 %2242
	%2244 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2243, i32 1, i32 31)
	%2245 = and i32 %3, 32
	%2246 = icmp eq i32 %2245, 0
	%2247 = and i32 %3, 1
	%2248 = icmp eq i32 %2247, 0
	%2249 = icmp eq i1 %2246, %2248
	%2250 = icmp ugt i32 %2243, %2244
	%2251 = select i1 %2250, i32 %2243, i32 %2244
	%2252 = icmp ult i32 %2243, %2244
	%2253 = select i1 %2252, i32 %2243, i32 %2244
	%2254 = select i1 %2249, i32 %2251, i32 %2253
	%2255 = sub i32 %415, 1
	%2256 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2254, i32 %2255, i32 31)
	%2257 = icmp ugt i32 %2256, 0
	%2258 = sub i32 %2256, 1
	%2259 = select i1 %2257, i32 %2258, i32 0
	br label %2260

2260:
	%2261 = phi i32 [ %588, %2020 ], [ %2259, %2077 ]
	%2262 = icmp ugt i32 %2033, %2261
	%2263 = and i1 %2028, %2262
	%2264 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2263)
	%2265 = call i32 @llvm.ctpop.i32(i32 %2264)
	%2266 = add i32 0, %2265
	%2267 = icmp ugt i32 %2046, %2261
	%2268 = and i1 %2041, %2267
	%2269 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2268)
	%2270 = call i32 @llvm.ctpop.i32(i32 %2269)
	%2271 = add i32 %2266, %2270
	%2272 = icmp ugt i32 %2059, %2261
	%2273 = and i1 %2054, %2272
	%2274 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2273)
	%2275 = call i32 @llvm.ctpop.i32(i32 %2274)
	%2276 = add i32 %2271, %2275
	%2277 = icmp ugt i32 %2072, %2261
	%2278 = and i1 %2067, %2277
	%2279 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2278)
	%2280 = call i32 @llvm.ctpop.i32(i32 %2279)
	%2281 = add i32 %2276, %2280
	%2282 = add i32 %587, %2281
	%2283 = icmp sgt i32 %2282, 160
	br i1 %2283, label %2284, label %2335

2284:
	%2285 = mul i32 %378, 160
	%2286 = mul i32 %4, 256
	%2287 = mul i32 %3, 8
	%2288 = add i32 %2287, 0
	%2289 = add i32 %2286, %2288
	%2290 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2291 = bitcast i8 addrspace(3)* %2290 to i32 addrspace(3)*
	%2292 = getelementptr i32, i32 addrspace(3)* %2291, i32 %2289
	store i32 0, i32 addrspace(3)* %2292
	%2293 = mul i32 %3, 8
	%2294 = add i32 %2293, 1
	%2295 = add i32 %2286, %2294
	%2296 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2297 = bitcast i8 addrspace(3)* %2296 to i32 addrspace(3)*
	%2298 = getelementptr i32, i32 addrspace(3)* %2297, i32 %2295
	store i32 0, i32 addrspace(3)* %2298
	%2299 = mul i32 %3, 8
	%2300 = add i32 %2299, 2
	%2301 = add i32 %2286, %2300
	%2302 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2303 = bitcast i8 addrspace(3)* %2302 to i32 addrspace(3)*
	%2304 = getelementptr i32, i32 addrspace(3)* %2303, i32 %2301
	store i32 0, i32 addrspace(3)* %2304
	%2305 = mul i32 %3, 8
	%2306 = add i32 %2305, 3
	%2307 = add i32 %2286, %2306
	%2308 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2309 = bitcast i8 addrspace(3)* %2308 to i32 addrspace(3)*
	%2310 = getelementptr i32, i32 addrspace(3)* %2309, i32 %2307
	store i32 0, i32 addrspace(3)* %2310
	%2311 = mul i32 %3, 8
	%2312 = add i32 %2311, 4
	%2313 = add i32 %2286, %2312
	%2314 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2315 = bitcast i8 addrspace(3)* %2314 to i32 addrspace(3)*
	%2316 = getelementptr i32, i32 addrspace(3)* %2315, i32 %2313
	store i32 0, i32 addrspace(3)* %2316
	%2317 = mul i32 %3, 8
	%2318 = add i32 %2317, 5
	%2319 = add i32 %2286, %2318
	%2320 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2321 = bitcast i8 addrspace(3)* %2320 to i32 addrspace(3)*
	%2322 = getelementptr i32, i32 addrspace(3)* %2321, i32 %2319
	store i32 0, i32 addrspace(3)* %2322
	%2323 = mul i32 %3, 8
	%2324 = add i32 %2323, 6
	%2325 = add i32 %2286, %2324
	%2326 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2327 = bitcast i8 addrspace(3)* %2326 to i32 addrspace(3)*
	%2328 = getelementptr i32, i32 addrspace(3)* %2327, i32 %2325
	store i32 0, i32 addrspace(3)* %2328
	%2329 = mul i32 %3, 8
	%2330 = add i32 %2329, 7
	%2331 = add i32 %2286, %2330
	%2332 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2333 = bitcast i8 addrspace(3)* %2332 to i32 addrspace(3)*
	%2334 = getelementptr i32, i32 addrspace(3)* %2333, i32 %2331
	store i32 0, i32 addrspace(3)* %2334
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2354

2335:
	%2336 = phi i32 [ %587, %2260 ], [ %415, %3340 ]
	%2337 = phi i32 [ %2261, %2260 ], [ %3316, %3340 ]
	%2338 = phi i32 [ %2281, %2260 ], [ %3360, %3340 ]
	%2339 = phi i1 [ %2263, %2260 ], [ %3342, %3340 ]
	%2340 = phi i1 [ %2268, %2260 ], [ %3347, %3340 ]
	%2341 = phi i1 [ %2273, %2260 ], [ %3352, %3340 ]
	%2342 = phi i1 [ %2278, %2260 ], [ %3357, %3340 ]
	%2343 = phi i32 [ %2264, %2260 ], [ %3343, %3340 ]
	%2344 = phi i32 [ %2269, %2260 ], [ %3348, %3340 ]
	%2345 = phi i32 [ %2274, %2260 ], [ %3353, %3340 ]
	%2346 = phi i32 [ %2279, %2260 ], [ %3358, %3340 ]
	%2347 = shl i32 1, %3
	%2348 = sub i32 %2347, 1
	%2349 = mul i32 %378, 160
	%2350 = and i32 %2343, %2348
	%2351 = call i32 @llvm.ctpop.i32(i32 %2350)
	%2352 = add i32 %2336, %2351
	%2353 = add i32 %2349, %2352
	br i1 %2339, label %3403, label %3412

2354:
	%2355 = phi i32 [ %3, %2284 ], [ %2609, %2608 ]
	%2356 = icmp slt i32 %2355, %587
	br i1 %2356, label %2357, label %2366

2357:
	%2358 = add i32 %2285, %2355
	%2359 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%2360 = bitcast i8 addrspace(3)* %2359 to i32 addrspace(3)*
	%2361 = getelementptr i32, i32 addrspace(3)* %2360, i32 %2358
	%2362 = load i32, i32 addrspace(3)* %2361
	%2363 = and i32 %2362, 0
	%2364 = icmp eq i32 %2363, 0
	%2365 = and i1 true, %2364
	br i1 %2365, label %2600, label %2608

2366:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2367 = mul i32 %3, 8
	%2368 = add i32 %2367, 0
	%2369 = sub i32 255, %2368
	%2370 = add i32 %2286, %2369
	%2371 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2372 = bitcast i8 addrspace(3)* %2371 to i32 addrspace(3)*
	%2373 = getelementptr i32, i32 addrspace(3)* %2372, i32 %2370
	%2374 = load i32, i32 addrspace(3)* %2373
	%2375 = add i32 0, %2374
	%2376 = mul i32 %3, 8
	%2377 = add i32 %2376, 1
	%2378 = sub i32 255, %2377
	%2379 = add i32 %2286, %2378
	%2380 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2381 = bitcast i8 addrspace(3)* %2380 to i32 addrspace(3)*
	%2382 = getelementptr i32, i32 addrspace(3)* %2381, i32 %2379
	%2383 = load i32, i32 addrspace(3)* %2382
	%2384 = add i32 %2375, %2383
	%2385 = mul i32 %3, 8
	%2386 = add i32 %2385, 2
	%2387 = sub i32 255, %2386
	%2388 = add i32 %2286, %2387
	%2389 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2390 = bitcast i8 addrspace(3)* %2389 to i32 addrspace(3)*
	%2391 = getelementptr i32, i32 addrspace(3)* %2390, i32 %2388
	%2392 = load i32, i32 addrspace(3)* %2391
	%2393 = add i32 %2384, %2392
	%2394 = mul i32 %3, 8
	%2395 = add i32 %2394, 3
	%2396 = sub i32 255, %2395
	%2397 = add i32 %2286, %2396
	%2398 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2399 = bitcast i8 addrspace(3)* %2398 to i32 addrspace(3)*
	%2400 = getelementptr i32, i32 addrspace(3)* %2399, i32 %2397
	%2401 = load i32, i32 addrspace(3)* %2400
	%2402 = add i32 %2393, %2401
	%2403 = mul i32 %3, 8
	%2404 = add i32 %2403, 4
	%2405 = sub i32 255, %2404
	%2406 = add i32 %2286, %2405
	%2407 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2408 = bitcast i8 addrspace(3)* %2407 to i32 addrspace(3)*
	%2409 = getelementptr i32, i32 addrspace(3)* %2408, i32 %2406
	%2410 = load i32, i32 addrspace(3)* %2409
	%2411 = add i32 %2402, %2410
	%2412 = mul i32 %3, 8
	%2413 = add i32 %2412, 5
	%2414 = sub i32 255, %2413
	%2415 = add i32 %2286, %2414
	%2416 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2417 = bitcast i8 addrspace(3)* %2416 to i32 addrspace(3)*
	%2418 = getelementptr i32, i32 addrspace(3)* %2417, i32 %2415
	%2419 = load i32, i32 addrspace(3)* %2418
	%2420 = add i32 %2411, %2419
	%2421 = mul i32 %3, 8
	%2422 = add i32 %2421, 6
	%2423 = sub i32 255, %2422
	%2424 = add i32 %2286, %2423
	%2425 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2426 = bitcast i8 addrspace(3)* %2425 to i32 addrspace(3)*
	%2427 = getelementptr i32, i32 addrspace(3)* %2426, i32 %2424
	%2428 = load i32, i32 addrspace(3)* %2427
	%2429 = add i32 %2420, %2428
	%2430 = mul i32 %3, 8
	%2431 = add i32 %2430, 7
	%2432 = sub i32 255, %2431
	%2433 = add i32 %2286, %2432
	%2434 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2435 = bitcast i8 addrspace(3)* %2434 to i32 addrspace(3)*
	%2436 = getelementptr i32, i32 addrspace(3)* %2435, i32 %2433
	%2437 = load i32, i32 addrspace(3)* %2436
	%2438 = add i32 %2429, %2437
	%2439 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2438, i32 1, i32 0)
	%2440 = icmp uge i32 %3, 1
	%2441 = select i1 %2440, i32 %2439, i32 0
	%2442 = add i32 %2438, %2441
	%2443 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2442, i32 2, i32 0)
	%2444 = icmp uge i32 %3, 2
	%2445 = select i1 %2444, i32 %2443, i32 0
	%2446 = add i32 %2442, %2445
	%2447 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2446, i32 4, i32 0)
	%2448 = icmp uge i32 %3, 4
	%2449 = select i1 %2448, i32 %2447, i32 0
	%2450 = add i32 %2446, %2449
	%2451 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2450, i32 8, i32 0)
	%2452 = icmp uge i32 %3, 8
	%2453 = select i1 %2452, i32 %2451, i32 0
	%2454 = add i32 %2450, %2453
	%2455 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2454, i32 16, i32 0)
	%2456 = icmp uge i32 %3, 16
	%2457 = select i1 %2456, i32 %2455, i32 0
	%2458 = add i32 %2454, %2457
	%2459 = sub i32 %2458, %2438
	%2460 = icmp slt i32 %2459, %415
	%2461 = icmp sge i32 %2458, %415
	%2462 = and i1 %2460, %2461
	%2463 = add i32 %2459, %2374
	%2464 = xor i1 false, true
	%2465 = icmp sge i32 %2463, %415
	%2466 = and i1 %2464, %2465
	%2467 = mul i32 %3, 8
	%2468 = add i32 %2467, 0
	%2469 = sub i32 255, %2468
	%2470 = select i1 %2466, i32 %2469, i32 0
	%2471 = select i1 %2466, i32 %2459, i32 0
	%2472 = or i1 false, %2466
	%2473 = add i32 %2463, %2383
	%2474 = xor i1 %2472, true
	%2475 = icmp sge i32 %2473, %415
	%2476 = and i1 %2474, %2475
	%2477 = mul i32 %3, 8
	%2478 = add i32 %2477, 1
	%2479 = sub i32 255, %2478
	%2480 = select i1 %2476, i32 %2479, i32 %2470
	%2481 = select i1 %2476, i32 %2463, i32 %2471
	%2482 = or i1 %2472, %2476
	%2483 = add i32 %2473, %2392
	%2484 = xor i1 %2482, true
	%2485 = icmp sge i32 %2483, %415
	%2486 = and i1 %2484, %2485
	%2487 = mul i32 %3, 8
	%2488 = add i32 %2487, 2
	%2489 = sub i32 255, %2488
	%2490 = select i1 %2486, i32 %2489, i32 %2480
	%2491 = select i1 %2486, i32 %2473, i32 %2481
	%2492 = or i1 %2482, %2486
	%2493 = add i32 %2483, %2401
	%2494 = xor i1 %2492, true
	%2495 = icmp sge i32 %2493, %415
	%2496 = and i1 %2494, %2495
	%2497 = mul i32 %3, 8
	%2498 = add i32 %2497, 3
	%2499 = sub i32 255, %2498
	%2500 = select i1 %2496, i32 %2499, i32 %2490
	%2501 = select i1 %2496, i32 %2483, i32 %2491
	%2502 = or i1 %2492, %2496
	%2503 = add i32 %2493, %2410
	%2504 = xor i1 %2502, true
	%2505 = icmp sge i32 %2503, %415
	%2506 = and i1 %2504, %2505
	%2507 = mul i32 %3, 8
	%2508 = add i32 %2507, 4
	%2509 = sub i32 255, %2508
	%2510 = select i1 %2506, i32 %2509, i32 %2500
	%2511 = select i1 %2506, i32 %2493, i32 %2501
	%2512 = or i1 %2502, %2506
	%2513 = add i32 %2503, %2419
	%2514 = xor i1 %2512, true
	%2515 = icmp sge i32 %2513, %415
	%2516 = and i1 %2514, %2515
	%2517 = mul i32 %3, 8
	%2518 = add i32 %2517, 5
	%2519 = sub i32 255, %2518
	%2520 = select i1 %2516, i32 %2519, i32 %2510
	%2521 = select i1 %2516, i32 %2503, i32 %2511
	%2522 = or i1 %2512, %2516
	%2523 = add i32 %2513, %2428
	%2524 = xor i1 %2522, true
	%2525 = icmp sge i32 %2523, %415
	%2526 = and i1 %2524, %2525
	%2527 = mul i32 %3, 8
	%2528 = add i32 %2527, 6
	%2529 = sub i32 255, %2528
	%2530 = select i1 %2526, i32 %2529, i32 %2520
	%2531 = select i1 %2526, i32 %2513, i32 %2521
	%2532 = or i1 %2522, %2526
	%2533 = add i32 %2523, %2437
	%2534 = xor i1 %2532, true
	%2535 = icmp sge i32 %2533, %415
	%2536 = and i1 %2534, %2535
	%2537 = mul i32 %3, 8
	%2538 = add i32 %2537, 7
	%2539 = sub i32 255, %2538
	%2540 = select i1 %2536, i32 %2539, i32 %2530
	%2541 = select i1 %2536, i32 %2523, i32 %2531
	%2542 = or i1 %2532, %2536
	%2543 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2462)
	%2544 = call i32 @llvm.cttz.i32(i32 %2543, i1 false)
	%2545 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2540, i32 %2544, i32 31)
	%2546 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2541, i32 %2544, i32 31)
	%2547 = shl i32 %2545, 24
	%2548 = or i32 0, %2547
	%2549 = shl i32 255, 24
	%2550 = or i32 0, %2549
	%2551 = sub i32 %415, %2546
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2552 = mul i32 %3, 8
	%2553 = add i32 %2552, 0
	%2554 = add i32 %2286, %2553
	%2555 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2556 = bitcast i8 addrspace(3)* %2555 to i32 addrspace(3)*
	%2557 = getelementptr i32, i32 addrspace(3)* %2556, i32 %2554
	store i32 0, i32 addrspace(3)* %2557
	%2558 = mul i32 %3, 8
	%2559 = add i32 %2558, 1
	%2560 = add i32 %2286, %2559
	%2561 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2562 = bitcast i8 addrspace(3)* %2561 to i32 addrspace(3)*
	%2563 = getelementptr i32, i32 addrspace(3)* %2562, i32 %2560
	store i32 0, i32 addrspace(3)* %2563
	%2564 = mul i32 %3, 8
	%2565 = add i32 %2564, 2
	%2566 = add i32 %2286, %2565
	%2567 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2568 = bitcast i8 addrspace(3)* %2567 to i32 addrspace(3)*
	%2569 = getelementptr i32, i32 addrspace(3)* %2568, i32 %2566
	store i32 0, i32 addrspace(3)* %2569
	%2570 = mul i32 %3, 8
	%2571 = add i32 %2570, 3
	%2572 = add i32 %2286, %2571
	%2573 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2574 = bitcast i8 addrspace(3)* %2573 to i32 addrspace(3)*
	%2575 = getelementptr i32, i32 addrspace(3)* %2574, i32 %2572
	store i32 0, i32 addrspace(3)* %2575
	%2576 = mul i32 %3, 8
	%2577 = add i32 %2576, 4
	%2578 = add i32 %2286, %2577
	%2579 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2580 = bitcast i8 addrspace(3)* %2579 to i32 addrspace(3)*
	%2581 = getelementptr i32, i32 addrspace(3)* %2580, i32 %2578
	store i32 0, i32 addrspace(3)* %2581
	%2582 = mul i32 %3, 8
	%2583 = add i32 %2582, 5
	%2584 = add i32 %2286, %2583
	%2585 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2586 = bitcast i8 addrspace(3)* %2585 to i32 addrspace(3)*
	%2587 = getelementptr i32, i32 addrspace(3)* %2586, i32 %2584
	store i32 0, i32 addrspace(3)* %2587
	%2588 = mul i32 %3, 8
	%2589 = add i32 %2588, 6
	%2590 = add i32 %2286, %2589
	%2591 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2592 = bitcast i8 addrspace(3)* %2591 to i32 addrspace(3)*
	%2593 = getelementptr i32, i32 addrspace(3)* %2592, i32 %2590
	store i32 0, i32 addrspace(3)* %2593
	%2594 = mul i32 %3, 8
	%2595 = add i32 %2594, 7
	%2596 = add i32 %2286, %2595
	%2597 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2598 = bitcast i8 addrspace(3)* %2597 to i32 addrspace(3)*
	%2599 = getelementptr i32, i32 addrspace(3)* %2598, i32 %2596
	store i32 0, i32 addrspace(3)* %2599
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2610

2600:
	%2601 = lshr i32 %2362, 24
	%2602 = and i32 %2601, 255
	%2603 = add i32 %2286, %2602
	%2604 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2605 = bitcast i8 addrspace(3)* %2604 to i32 addrspace(3)*
	%2606 = getelementptr i32, i32 addrspace(3)* %2605, i32 %2603
	%2607 = atomicrmw add i32 addrspace(3)* %2606, i32 1 monotonic
	br label %2608

2608:
	%2609 = add i32 %2355, 32
	br label %2354

2610:
	%2611 = phi i32 [ %3, %2366 ], [ %2865, %2864 ]
	%2612 = icmp slt i32 %2611, %587
	br i1 %2612, label %2613, label %2622

2613:
	%2614 = add i32 %2285, %2611
	%2615 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%2616 = bitcast i8 addrspace(3)* %2615 to i32 addrspace(3)*
	%2617 = getelementptr i32, i32 addrspace(3)* %2616, i32 %2614
	%2618 = load i32, i32 addrspace(3)* %2617
	%2619 = and i32 %2618, %2550
	%2620 = icmp eq i32 %2619, %2548
	%2621 = and i1 true, %2620
	br i1 %2621, label %2856, label %2864

2622:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2623 = mul i32 %3, 8
	%2624 = add i32 %2623, 0
	%2625 = sub i32 255, %2624
	%2626 = add i32 %2286, %2625
	%2627 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2628 = bitcast i8 addrspace(3)* %2627 to i32 addrspace(3)*
	%2629 = getelementptr i32, i32 addrspace(3)* %2628, i32 %2626
	%2630 = load i32, i32 addrspace(3)* %2629
	%2631 = add i32 0, %2630
	%2632 = mul i32 %3, 8
	%2633 = add i32 %2632, 1
	%2634 = sub i32 255, %2633
	%2635 = add i32 %2286, %2634
	%2636 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2637 = bitcast i8 addrspace(3)* %2636 to i32 addrspace(3)*
	%2638 = getelementptr i32, i32 addrspace(3)* %2637, i32 %2635
	%2639 = load i32, i32 addrspace(3)* %2638
	%2640 = add i32 %2631, %2639
	%2641 = mul i32 %3, 8
	%2642 = add i32 %2641, 2
	%2643 = sub i32 255, %2642
	%2644 = add i32 %2286, %2643
	%2645 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2646 = bitcast i8 addrspace(3)* %2645 to i32 addrspace(3)*
	%2647 = getelementptr i32, i32 addrspace(3)* %2646, i32 %2644
	%2648 = load i32, i32 addrspace(3)* %2647
	%2649 = add i32 %2640, %2648
	%2650 = mul i32 %3, 8
	%2651 = add i32 %2650, 3
	%2652 = sub i32 255, %2651
	%2653 = add i32 %2286, %2652
	%2654 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2655 = bitcast i8 addrspace(3)* %2654 to i32 addrspace(3)*
	%2656 = getelementptr i32, i32 addrspace(3)* %2655, i32 %2653
	%2657 = load i32, i32 addrspace(3)* %2656
	%2658 = add i32 %2649, %2657
	%2659 = mul i32 %3, 8
	%2660 = add i32 %2659, 4
	%2661 = sub i32 255, %2660
	%2662 = add i32 %2286, %2661
	%2663 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2664 = bitcast i8 addrspace(3)* %2663 to i32 addrspace(3)*
	%2665 = getelementptr i32, i32 addrspace(3)* %2664, i32 %2662
	%2666 = load i32, i32 addrspace(3)* %2665
	%2667 = add i32 %2658, %2666
	%2668 = mul i32 %3, 8
	%2669 = add i32 %2668, 5
	%2670 = sub i32 255, %2669
	%2671 = add i32 %2286, %2670
	%2672 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2673 = bitcast i8 addrspace(3)* %2672 to i32 addrspace(3)*
	%2674 = getelementptr i32, i32 addrspace(3)* %2673, i32 %2671
	%2675 = load i32, i32 addrspace(3)* %2674
	%2676 = add i32 %2667, %2675
	%2677 = mul i32 %3, 8
	%2678 = add i32 %2677, 6
	%2679 = sub i32 255, %2678
	%2680 = add i32 %2286, %2679
	%2681 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2682 = bitcast i8 addrspace(3)* %2681 to i32 addrspace(3)*
	%2683 = getelementptr i32, i32 addrspace(3)* %2682, i32 %2680
	%2684 = load i32, i32 addrspace(3)* %2683
	%2685 = add i32 %2676, %2684
	%2686 = mul i32 %3, 8
	%2687 = add i32 %2686, 7
	%2688 = sub i32 255, %2687
	%2689 = add i32 %2286, %2688
	%2690 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2691 = bitcast i8 addrspace(3)* %2690 to i32 addrspace(3)*
	%2692 = getelementptr i32, i32 addrspace(3)* %2691, i32 %2689
	%2693 = load i32, i32 addrspace(3)* %2692
	%2694 = add i32 %2685, %2693
	%2695 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2694, i32 1, i32 0)
	%2696 = icmp uge i32 %3, 1
	%2697 = select i1 %2696, i32 %2695, i32 0
	%2698 = add i32 %2694, %2697
	%2699 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2698, i32 2, i32 0)
	%2700 = icmp uge i32 %3, 2
	%2701 = select i1 %2700, i32 %2699, i32 0
	%2702 = add i32 %2698, %2701
	%2703 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2702, i32 4, i32 0)
	%2704 = icmp uge i32 %3, 4
	%2705 = select i1 %2704, i32 %2703, i32 0
	%2706 = add i32 %2702, %2705
	%2707 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2706, i32 8, i32 0)
	%2708 = icmp uge i32 %3, 8
	%2709 = select i1 %2708, i32 %2707, i32 0
	%2710 = add i32 %2706, %2709
	%2711 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2710, i32 16, i32 0)
	%2712 = icmp uge i32 %3, 16
	%2713 = select i1 %2712, i32 %2711, i32 0
	%2714 = add i32 %2710, %2713
	%2715 = sub i32 %2714, %2694
	%2716 = icmp slt i32 %2715, %2551
	%2717 = icmp sge i32 %2714, %2551
	%2718 = and i1 %2716, %2717
	%2719 = add i32 %2715, %2630
	%2720 = xor i1 false, true
	%2721 = icmp sge i32 %2719, %2551
	%2722 = and i1 %2720, %2721
	%2723 = mul i32 %3, 8
	%2724 = add i32 %2723, 0
	%2725 = sub i32 255, %2724
	%2726 = select i1 %2722, i32 %2725, i32 0
	%2727 = select i1 %2722, i32 %2715, i32 0
	%2728 = or i1 false, %2722
	%2729 = add i32 %2719, %2639
	%2730 = xor i1 %2728, true
	%2731 = icmp sge i32 %2729, %2551
	%2732 = and i1 %2730, %2731
	%2733 = mul i32 %3, 8
	%2734 = add i32 %2733, 1
	%2735 = sub i32 255, %2734
	%2736 = select i1 %2732, i32 %2735, i32 %2726
	%2737 = select i1 %2732, i32 %2719, i32 %2727
	%2738 = or i1 %2728, %2732
	%2739 = add i32 %2729, %2648
	%2740 = xor i1 %2738, true
	%2741 = icmp sge i32 %2739, %2551
	%2742 = and i1 %2740, %2741
	%2743 = mul i32 %3, 8
	%2744 = add i32 %2743, 2
	%2745 = sub i32 255, %2744
	%2746 = select i1 %2742, i32 %2745, i32 %2736
	%2747 = select i1 %2742, i32 %2729, i32 %2737
	%2748 = or i1 %2738, %2742
	%2749 = add i32 %2739, %2657
	%2750 = xor i1 %2748, true
	%2751 = icmp sge i32 %2749, %2551
	%2752 = and i1 %2750, %2751
	%2753 = mul i32 %3, 8
	%2754 = add i32 %2753, 3
	%2755 = sub i32 255, %2754
	%2756 = select i1 %2752, i32 %2755, i32 %2746
	%2757 = select i1 %2752, i32 %2739, i32 %2747
	%2758 = or i1 %2748, %2752
	%2759 = add i32 %2749, %2666
	%2760 = xor i1 %2758, true
	%2761 = icmp sge i32 %2759, %2551
	%2762 = and i1 %2760, %2761
	%2763 = mul i32 %3, 8
	%2764 = add i32 %2763, 4
	%2765 = sub i32 255, %2764
	%2766 = select i1 %2762, i32 %2765, i32 %2756
	%2767 = select i1 %2762, i32 %2749, i32 %2757
	%2768 = or i1 %2758, %2762
	%2769 = add i32 %2759, %2675
	%2770 = xor i1 %2768, true
	%2771 = icmp sge i32 %2769, %2551
	%2772 = and i1 %2770, %2771
	%2773 = mul i32 %3, 8
	%2774 = add i32 %2773, 5
	%2775 = sub i32 255, %2774
	%2776 = select i1 %2772, i32 %2775, i32 %2766
	%2777 = select i1 %2772, i32 %2759, i32 %2767
	%2778 = or i1 %2768, %2772
	%2779 = add i32 %2769, %2684
	%2780 = xor i1 %2778, true
	%2781 = icmp sge i32 %2779, %2551
	%2782 = and i1 %2780, %2781
	%2783 = mul i32 %3, 8
	%2784 = add i32 %2783, 6
	%2785 = sub i32 255, %2784
	%2786 = select i1 %2782, i32 %2785, i32 %2776
	%2787 = select i1 %2782, i32 %2769, i32 %2777
	%2788 = or i1 %2778, %2782
	%2789 = add i32 %2779, %2693
	%2790 = xor i1 %2788, true
	%2791 = icmp sge i32 %2789, %2551
	%2792 = and i1 %2790, %2791
	%2793 = mul i32 %3, 8
	%2794 = add i32 %2793, 7
	%2795 = sub i32 255, %2794
	%2796 = select i1 %2792, i32 %2795, i32 %2786
	%2797 = select i1 %2792, i32 %2779, i32 %2787
	%2798 = or i1 %2788, %2792
	%2799 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2718)
	%2800 = call i32 @llvm.cttz.i32(i32 %2799, i1 false)
	%2801 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2796, i32 %2800, i32 31)
	%2802 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2797, i32 %2800, i32 31)
	%2803 = shl i32 %2801, 16
	%2804 = or i32 %2548, %2803
	%2805 = shl i32 255, 16
	%2806 = or i32 %2550, %2805
	%2807 = sub i32 %2551, %2802
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2808 = mul i32 %3, 8
	%2809 = add i32 %2808, 0
	%2810 = add i32 %2286, %2809
	%2811 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2812 = bitcast i8 addrspace(3)* %2811 to i32 addrspace(3)*
	%2813 = getelementptr i32, i32 addrspace(3)* %2812, i32 %2810
	store i32 0, i32 addrspace(3)* %2813
	%2814 = mul i32 %3, 8
	%2815 = add i32 %2814, 1
	%2816 = add i32 %2286, %2815
	%2817 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2818 = bitcast i8 addrspace(3)* %2817 to i32 addrspace(3)*
	%2819 = getelementptr i32, i32 addrspace(3)* %2818, i32 %2816
	store i32 0, i32 addrspace(3)* %2819
	%2820 = mul i32 %3, 8
	%2821 = add i32 %2820, 2
	%2822 = add i32 %2286, %2821
	%2823 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2824 = bitcast i8 addrspace(3)* %2823 to i32 addrspace(3)*
	%2825 = getelementptr i32, i32 addrspace(3)* %2824, i32 %2822
	store i32 0, i32 addrspace(3)* %2825
	%2826 = mul i32 %3, 8
	%2827 = add i32 %2826, 3
	%2828 = add i32 %2286, %2827
	%2829 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2830 = bitcast i8 addrspace(3)* %2829 to i32 addrspace(3)*
	%2831 = getelementptr i32, i32 addrspace(3)* %2830, i32 %2828
	store i32 0, i32 addrspace(3)* %2831
	%2832 = mul i32 %3, 8
	%2833 = add i32 %2832, 4
	%2834 = add i32 %2286, %2833
	%2835 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2836 = bitcast i8 addrspace(3)* %2835 to i32 addrspace(3)*
	%2837 = getelementptr i32, i32 addrspace(3)* %2836, i32 %2834
	store i32 0, i32 addrspace(3)* %2837
	%2838 = mul i32 %3, 8
	%2839 = add i32 %2838, 5
	%2840 = add i32 %2286, %2839
	%2841 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2842 = bitcast i8 addrspace(3)* %2841 to i32 addrspace(3)*
	%2843 = getelementptr i32, i32 addrspace(3)* %2842, i32 %2840
	store i32 0, i32 addrspace(3)* %2843
	%2844 = mul i32 %3, 8
	%2845 = add i32 %2844, 6
	%2846 = add i32 %2286, %2845
	%2847 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2848 = bitcast i8 addrspace(3)* %2847 to i32 addrspace(3)*
	%2849 = getelementptr i32, i32 addrspace(3)* %2848, i32 %2846
	store i32 0, i32 addrspace(3)* %2849
	%2850 = mul i32 %3, 8
	%2851 = add i32 %2850, 7
	%2852 = add i32 %2286, %2851
	%2853 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2854 = bitcast i8 addrspace(3)* %2853 to i32 addrspace(3)*
	%2855 = getelementptr i32, i32 addrspace(3)* %2854, i32 %2852
	store i32 0, i32 addrspace(3)* %2855
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2866

2856:
	%2857 = lshr i32 %2618, 16
	%2858 = and i32 %2857, 255
	%2859 = add i32 %2286, %2858
	%2860 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2861 = bitcast i8 addrspace(3)* %2860 to i32 addrspace(3)*
	%2862 = getelementptr i32, i32 addrspace(3)* %2861, i32 %2859
	%2863 = atomicrmw add i32 addrspace(3)* %2862, i32 1 monotonic
	br label %2864

2864:
	%2865 = add i32 %2611, 32
	br label %2610

2866:
	%2867 = phi i32 [ %3, %2622 ], [ %3121, %3120 ]
	%2868 = icmp slt i32 %2867, %587
	br i1 %2868, label %2869, label %2878

2869:
	%2870 = add i32 %2285, %2867
	%2871 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%2872 = bitcast i8 addrspace(3)* %2871 to i32 addrspace(3)*
	%2873 = getelementptr i32, i32 addrspace(3)* %2872, i32 %2870
	%2874 = load i32, i32 addrspace(3)* %2873
	%2875 = and i32 %2874, %2806
	%2876 = icmp eq i32 %2875, %2804
	%2877 = and i1 true, %2876
	br i1 %2877, label %3112, label %3120

2878:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2879 = mul i32 %3, 8
	%2880 = add i32 %2879, 0
	%2881 = sub i32 255, %2880
	%2882 = add i32 %2286, %2881
	%2883 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2884 = bitcast i8 addrspace(3)* %2883 to i32 addrspace(3)*
	%2885 = getelementptr i32, i32 addrspace(3)* %2884, i32 %2882
	%2886 = load i32, i32 addrspace(3)* %2885
	%2887 = add i32 0, %2886
	%2888 = mul i32 %3, 8
	%2889 = add i32 %2888, 1
	%2890 = sub i32 255, %2889
	%2891 = add i32 %2286, %2890
	%2892 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2893 = bitcast i8 addrspace(3)* %2892 to i32 addrspace(3)*
	%2894 = getelementptr i32, i32 addrspace(3)* %2893, i32 %2891
	%2895 = load i32, i32 addrspace(3)* %2894
	%2896 = add i32 %2887, %2895
	%2897 = mul i32 %3, 8
	%2898 = add i32 %2897, 2
	%2899 = sub i32 255, %2898
	%2900 = add i32 %2286, %2899
	%2901 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2902 = bitcast i8 addrspace(3)* %2901 to i32 addrspace(3)*
	%2903 = getelementptr i32, i32 addrspace(3)* %2902, i32 %2900
	%2904 = load i32, i32 addrspace(3)* %2903
	%2905 = add i32 %2896, %2904
	%2906 = mul i32 %3, 8
	%2907 = add i32 %2906, 3
	%2908 = sub i32 255, %2907
	%2909 = add i32 %2286, %2908
	%2910 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2911 = bitcast i8 addrspace(3)* %2910 to i32 addrspace(3)*
	%2912 = getelementptr i32, i32 addrspace(3)* %2911, i32 %2909
	%2913 = load i32, i32 addrspace(3)* %2912
	%2914 = add i32 %2905, %2913
	%2915 = mul i32 %3, 8
	%2916 = add i32 %2915, 4
	%2917 = sub i32 255, %2916
	%2918 = add i32 %2286, %2917
	%2919 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2920 = bitcast i8 addrspace(3)* %2919 to i32 addrspace(3)*
	%2921 = getelementptr i32, i32 addrspace(3)* %2920, i32 %2918
	%2922 = load i32, i32 addrspace(3)* %2921
	%2923 = add i32 %2914, %2922
	%2924 = mul i32 %3, 8
	%2925 = add i32 %2924, 5
	%2926 = sub i32 255, %2925
	%2927 = add i32 %2286, %2926
	%2928 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2929 = bitcast i8 addrspace(3)* %2928 to i32 addrspace(3)*
	%2930 = getelementptr i32, i32 addrspace(3)* %2929, i32 %2927
	%2931 = load i32, i32 addrspace(3)* %2930
	%2932 = add i32 %2923, %2931
	%2933 = mul i32 %3, 8
	%2934 = add i32 %2933, 6
	%2935 = sub i32 255, %2934
	%2936 = add i32 %2286, %2935
	%2937 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2938 = bitcast i8 addrspace(3)* %2937 to i32 addrspace(3)*
	%2939 = getelementptr i32, i32 addrspace(3)* %2938, i32 %2936
	%2940 = load i32, i32 addrspace(3)* %2939
	%2941 = add i32 %2932, %2940
	%2942 = mul i32 %3, 8
	%2943 = add i32 %2942, 7
	%2944 = sub i32 255, %2943
	%2945 = add i32 %2286, %2944
	%2946 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%2947 = bitcast i8 addrspace(3)* %2946 to i32 addrspace(3)*
	%2948 = getelementptr i32, i32 addrspace(3)* %2947, i32 %2945
	%2949 = load i32, i32 addrspace(3)* %2948
	%2950 = add i32 %2941, %2949
	%2951 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2950, i32 1, i32 0)
	%2952 = icmp uge i32 %3, 1
	%2953 = select i1 %2952, i32 %2951, i32 0
	%2954 = add i32 %2950, %2953
	%2955 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2954, i32 2, i32 0)
	%2956 = icmp uge i32 %3, 2
	%2957 = select i1 %2956, i32 %2955, i32 0
	%2958 = add i32 %2954, %2957
	%2959 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2958, i32 4, i32 0)
	%2960 = icmp uge i32 %3, 4
	%2961 = select i1 %2960, i32 %2959, i32 0
	%2962 = add i32 %2958, %2961
	%2963 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2962, i32 8, i32 0)
	%2964 = icmp uge i32 %3, 8
	%2965 = select i1 %2964, i32 %2963, i32 0
	%2966 = add i32 %2962, %2965
	%2967 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2966, i32 16, i32 0)
	%2968 = icmp uge i32 %3, 16
	%2969 = select i1 %2968, i32 %2967, i32 0
	%2970 = add i32 %2966, %2969
	%2971 = sub i32 %2970, %2950
	%2972 = icmp slt i32 %2971, %2807
	%2973 = icmp sge i32 %2970, %2807
	%2974 = and i1 %2972, %2973
	%2975 = add i32 %2971, %2886
	%2976 = xor i1 false, true
	%2977 = icmp sge i32 %2975, %2807
	%2978 = and i1 %2976, %2977
	%2979 = mul i32 %3, 8
	%2980 = add i32 %2979, 0
	%2981 = sub i32 255, %2980
	%2982 = select i1 %2978, i32 %2981, i32 0
	%2983 = select i1 %2978, i32 %2971, i32 0
	%2984 = or i1 false, %2978
	%2985 = add i32 %2975, %2895
	%2986 = xor i1 %2984, true
	%2987 = icmp sge i32 %2985, %2807
	%2988 = and i1 %2986, %2987
	%2989 = mul i32 %3, 8
	%2990 = add i32 %2989, 1
	%2991 = sub i32 255, %2990
	%2992 = select i1 %2988, i32 %2991, i32 %2982
	%2993 = select i1 %2988, i32 %2975, i32 %2983
	%2994 = or i1 %2984, %2988
	%2995 = add i32 %2985, %2904
	%2996 = xor i1 %2994, true
	%2997 = icmp sge i32 %2995, %2807
	%2998 = and i1 %2996, %2997
	%2999 = mul i32 %3, 8
	%3000 = add i32 %2999, 2
	%3001 = sub i32 255, %3000
	%3002 = select i1 %2998, i32 %3001, i32 %2992
	%3003 = select i1 %2998, i32 %2985, i32 %2993
	%3004 = or i1 %2994, %2998
	%3005 = add i32 %2995, %2913
	%3006 = xor i1 %3004, true
	%3007 = icmp sge i32 %3005, %2807
	%3008 = and i1 %3006, %3007
	%3009 = mul i32 %3, 8
	%3010 = add i32 %3009, 3
	%3011 = sub i32 255, %3010
	%3012 = select i1 %3008, i32 %3011, i32 %3002
	%3013 = select i1 %3008, i32 %2995, i32 %3003
	%3014 = or i1 %3004, %3008
	%3015 = add i32 %3005, %2922
	%3016 = xor i1 %3014, true
	%3017 = icmp sge i32 %3015, %2807
	%3018 = and i1 %3016, %3017
	%3019 = mul i32 %3, 8
	%3020 = add i32 %3019, 4
	%3021 = sub i32 255, %3020
	%3022 = select i1 %3018, i32 %3021, i32 %3012
	%3023 = select i1 %3018, i32 %3005, i32 %3013
	%3024 = or i1 %3014, %3018
	%3025 = add i32 %3015, %2931
	%3026 = xor i1 %3024, true
	%3027 = icmp sge i32 %3025, %2807
	%3028 = and i1 %3026, %3027
	%3029 = mul i32 %3, 8
	%3030 = add i32 %3029, 5
	%3031 = sub i32 255, %3030
	%3032 = select i1 %3028, i32 %3031, i32 %3022
	%3033 = select i1 %3028, i32 %3015, i32 %3023
	%3034 = or i1 %3024, %3028
	%3035 = add i32 %3025, %2940
	%3036 = xor i1 %3034, true
	%3037 = icmp sge i32 %3035, %2807
	%3038 = and i1 %3036, %3037
	%3039 = mul i32 %3, 8
	%3040 = add i32 %3039, 6
	%3041 = sub i32 255, %3040
	%3042 = select i1 %3038, i32 %3041, i32 %3032
	%3043 = select i1 %3038, i32 %3025, i32 %3033
	%3044 = or i1 %3034, %3038
	%3045 = add i32 %3035, %2949
	%3046 = xor i1 %3044, true
	%3047 = icmp sge i32 %3045, %2807
	%3048 = and i1 %3046, %3047
	%3049 = mul i32 %3, 8
	%3050 = add i32 %3049, 7
	%3051 = sub i32 255, %3050
	%3052 = select i1 %3048, i32 %3051, i32 %3042
	%3053 = select i1 %3048, i32 %3035, i32 %3043
	%3054 = or i1 %3044, %3048
	%3055 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2974)
	%3056 = call i32 @llvm.cttz.i32(i32 %3055, i1 false)
	%3057 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3052, i32 %3056, i32 31)
	%3058 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3053, i32 %3056, i32 31)
	%3059 = shl i32 %3057, 8
	%3060 = or i32 %2804, %3059
	%3061 = shl i32 255, 8
	%3062 = or i32 %2806, %3061
	%3063 = sub i32 %2807, %3058
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3064 = mul i32 %3, 8
	%3065 = add i32 %3064, 0
	%3066 = add i32 %2286, %3065
	%3067 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3068 = bitcast i8 addrspace(3)* %3067 to i32 addrspace(3)*
	%3069 = getelementptr i32, i32 addrspace(3)* %3068, i32 %3066
	store i32 0, i32 addrspace(3)* %3069
	%3070 = mul i32 %3, 8
	%3071 = add i32 %3070, 1
	%3072 = add i32 %2286, %3071
	%3073 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3074 = bitcast i8 addrspace(3)* %3073 to i32 addrspace(3)*
	%3075 = getelementptr i32, i32 addrspace(3)* %3074, i32 %3072
	store i32 0, i32 addrspace(3)* %3075
	%3076 = mul i32 %3, 8
	%3077 = add i32 %3076, 2
	%3078 = add i32 %2286, %3077
	%3079 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3080 = bitcast i8 addrspace(3)* %3079 to i32 addrspace(3)*
	%3081 = getelementptr i32, i32 addrspace(3)* %3080, i32 %3078
	store i32 0, i32 addrspace(3)* %3081
	%3082 = mul i32 %3, 8
	%3083 = add i32 %3082, 3
	%3084 = add i32 %2286, %3083
	%3085 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3086 = bitcast i8 addrspace(3)* %3085 to i32 addrspace(3)*
	%3087 = getelementptr i32, i32 addrspace(3)* %3086, i32 %3084
	store i32 0, i32 addrspace(3)* %3087
	%3088 = mul i32 %3, 8
	%3089 = add i32 %3088, 4
	%3090 = add i32 %2286, %3089
	%3091 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3092 = bitcast i8 addrspace(3)* %3091 to i32 addrspace(3)*
	%3093 = getelementptr i32, i32 addrspace(3)* %3092, i32 %3090
	store i32 0, i32 addrspace(3)* %3093
	%3094 = mul i32 %3, 8
	%3095 = add i32 %3094, 5
	%3096 = add i32 %2286, %3095
	%3097 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3098 = bitcast i8 addrspace(3)* %3097 to i32 addrspace(3)*
	%3099 = getelementptr i32, i32 addrspace(3)* %3098, i32 %3096
	store i32 0, i32 addrspace(3)* %3099
	%3100 = mul i32 %3, 8
	%3101 = add i32 %3100, 6
	%3102 = add i32 %2286, %3101
	%3103 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3104 = bitcast i8 addrspace(3)* %3103 to i32 addrspace(3)*
	%3105 = getelementptr i32, i32 addrspace(3)* %3104, i32 %3102
	store i32 0, i32 addrspace(3)* %3105
	%3106 = mul i32 %3, 8
	%3107 = add i32 %3106, 7
	%3108 = add i32 %2286, %3107
	%3109 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3110 = bitcast i8 addrspace(3)* %3109 to i32 addrspace(3)*
	%3111 = getelementptr i32, i32 addrspace(3)* %3110, i32 %3108
	store i32 0, i32 addrspace(3)* %3111
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3122

3112:
	%3113 = lshr i32 %2874, 8
	%3114 = and i32 %3113, 255
	%3115 = add i32 %2286, %3114
	%3116 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3117 = bitcast i8 addrspace(3)* %3116 to i32 addrspace(3)*
	%3118 = getelementptr i32, i32 addrspace(3)* %3117, i32 %3115
	%3119 = atomicrmw add i32 addrspace(3)* %3118, i32 1 monotonic
	br label %3120

3120:
	%3121 = add i32 %2867, 32
	br label %2866

3122:
	%3123 = phi i32 [ %3, %2878 ], [ %3331, %3330 ]
	%3124 = icmp slt i32 %3123, %587
	br i1 %3124, label %3125, label %3134

3125:
	%3126 = add i32 %2285, %3123
	%3127 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%3128 = bitcast i8 addrspace(3)* %3127 to i32 addrspace(3)*
	%3129 = getelementptr i32, i32 addrspace(3)* %3128, i32 %3126
	%3130 = load i32, i32 addrspace(3)* %3129
	%3131 = and i32 %3130, %3062
	%3132 = icmp eq i32 %3131, %3060
	%3133 = and i1 true, %3132
	br i1 %3133, label %3322, label %3330

3134:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3135 = mul i32 %3, 8
	%3136 = add i32 %3135, 0
	%3137 = sub i32 255, %3136
	%3138 = add i32 %2286, %3137
	%3139 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3140 = bitcast i8 addrspace(3)* %3139 to i32 addrspace(3)*
	%3141 = getelementptr i32, i32 addrspace(3)* %3140, i32 %3138
	%3142 = load i32, i32 addrspace(3)* %3141
	%3143 = add i32 0, %3142
	%3144 = mul i32 %3, 8
	%3145 = add i32 %3144, 1
	%3146 = sub i32 255, %3145
	%3147 = add i32 %2286, %3146
	%3148 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3149 = bitcast i8 addrspace(3)* %3148 to i32 addrspace(3)*
	%3150 = getelementptr i32, i32 addrspace(3)* %3149, i32 %3147
	%3151 = load i32, i32 addrspace(3)* %3150
	%3152 = add i32 %3143, %3151
	%3153 = mul i32 %3, 8
	%3154 = add i32 %3153, 2
	%3155 = sub i32 255, %3154
	%3156 = add i32 %2286, %3155
	%3157 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3158 = bitcast i8 addrspace(3)* %3157 to i32 addrspace(3)*
	%3159 = getelementptr i32, i32 addrspace(3)* %3158, i32 %3156
	%3160 = load i32, i32 addrspace(3)* %3159
	%3161 = add i32 %3152, %3160
	%3162 = mul i32 %3, 8
	%3163 = add i32 %3162, 3
	%3164 = sub i32 255, %3163
	%3165 = add i32 %2286, %3164
	%3166 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3167 = bitcast i8 addrspace(3)* %3166 to i32 addrspace(3)*
	%3168 = getelementptr i32, i32 addrspace(3)* %3167, i32 %3165
	%3169 = load i32, i32 addrspace(3)* %3168
	%3170 = add i32 %3161, %3169
	%3171 = mul i32 %3, 8
	%3172 = add i32 %3171, 4
	%3173 = sub i32 255, %3172
	%3174 = add i32 %2286, %3173
	%3175 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3176 = bitcast i8 addrspace(3)* %3175 to i32 addrspace(3)*
	%3177 = getelementptr i32, i32 addrspace(3)* %3176, i32 %3174
	%3178 = load i32, i32 addrspace(3)* %3177
	%3179 = add i32 %3170, %3178
	%3180 = mul i32 %3, 8
	%3181 = add i32 %3180, 5
	%3182 = sub i32 255, %3181
	%3183 = add i32 %2286, %3182
	%3184 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3185 = bitcast i8 addrspace(3)* %3184 to i32 addrspace(3)*
	%3186 = getelementptr i32, i32 addrspace(3)* %3185, i32 %3183
	%3187 = load i32, i32 addrspace(3)* %3186
	%3188 = add i32 %3179, %3187
	%3189 = mul i32 %3, 8
	%3190 = add i32 %3189, 6
	%3191 = sub i32 255, %3190
	%3192 = add i32 %2286, %3191
	%3193 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3194 = bitcast i8 addrspace(3)* %3193 to i32 addrspace(3)*
	%3195 = getelementptr i32, i32 addrspace(3)* %3194, i32 %3192
	%3196 = load i32, i32 addrspace(3)* %3195
	%3197 = add i32 %3188, %3196
	%3198 = mul i32 %3, 8
	%3199 = add i32 %3198, 7
	%3200 = sub i32 255, %3199
	%3201 = add i32 %2286, %3200
	%3202 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3203 = bitcast i8 addrspace(3)* %3202 to i32 addrspace(3)*
	%3204 = getelementptr i32, i32 addrspace(3)* %3203, i32 %3201
	%3205 = load i32, i32 addrspace(3)* %3204
	%3206 = add i32 %3197, %3205
	%3207 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3206, i32 1, i32 0)
	%3208 = icmp uge i32 %3, 1
	%3209 = select i1 %3208, i32 %3207, i32 0
	%3210 = add i32 %3206, %3209
	%3211 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3210, i32 2, i32 0)
	%3212 = icmp uge i32 %3, 2
	%3213 = select i1 %3212, i32 %3211, i32 0
	%3214 = add i32 %3210, %3213
	%3215 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3214, i32 4, i32 0)
	%3216 = icmp uge i32 %3, 4
	%3217 = select i1 %3216, i32 %3215, i32 0
	%3218 = add i32 %3214, %3217
	%3219 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3218, i32 8, i32 0)
	%3220 = icmp uge i32 %3, 8
	%3221 = select i1 %3220, i32 %3219, i32 0
	%3222 = add i32 %3218, %3221
	%3223 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3222, i32 16, i32 0)
	%3224 = icmp uge i32 %3, 16
	%3225 = select i1 %3224, i32 %3223, i32 0
	%3226 = add i32 %3222, %3225
	%3227 = sub i32 %3226, %3206
	%3228 = icmp slt i32 %3227, %3063
	%3229 = icmp sge i32 %3226, %3063
	%3230 = and i1 %3228, %3229
	%3231 = add i32 %3227, %3142
	%3232 = xor i1 false, true
	%3233 = icmp sge i32 %3231, %3063
	%3234 = and i1 %3232, %3233
	%3235 = mul i32 %3, 8
	%3236 = add i32 %3235, 0
	%3237 = sub i32 255, %3236
	%3238 = select i1 %3234, i32 %3237, i32 0
	%3239 = select i1 %3234, i32 %3227, i32 0
	%3240 = or i1 false, %3234
	%3241 = add i32 %3231, %3151
	%3242 = xor i1 %3240, true
	%3243 = icmp sge i32 %3241, %3063
	%3244 = and i1 %3242, %3243
	%3245 = mul i32 %3, 8
	%3246 = add i32 %3245, 1
	%3247 = sub i32 255, %3246
	%3248 = select i1 %3244, i32 %3247, i32 %3238
	%3249 = select i1 %3244, i32 %3231, i32 %3239
	%3250 = or i1 %3240, %3244
	%3251 = add i32 %3241, %3160
	%3252 = xor i1 %3250, true
	%3253 = icmp sge i32 %3251, %3063
	%3254 = and i1 %3252, %3253
	%3255 = mul i32 %3, 8
	%3256 = add i32 %3255, 2
	%3257 = sub i32 255, %3256
	%3258 = select i1 %3254, i32 %3257, i32 %3248
	%3259 = select i1 %3254, i32 %3241, i32 %3249
	%3260 = or i1 %3250, %3254
	%3261 = add i32 %3251, %3169
	%3262 = xor i1 %3260, true
	%3263 = icmp sge i32 %3261, %3063
	%3264 = and i1 %3262, %3263
	%3265 = mul i32 %3, 8
	%3266 = add i32 %3265, 3
	%3267 = sub i32 255, %3266
	%3268 = select i1 %3264, i32 %3267, i32 %3258
	%3269 = select i1 %3264, i32 %3251, i32 %3259
	%3270 = or i1 %3260, %3264
	%3271 = add i32 %3261, %3178
	%3272 = xor i1 %3270, true
	%3273 = icmp sge i32 %3271, %3063
	%3274 = and i1 %3272, %3273
	%3275 = mul i32 %3, 8
	%3276 = add i32 %3275, 4
	%3277 = sub i32 255, %3276
	%3278 = select i1 %3274, i32 %3277, i32 %3268
	%3279 = select i1 %3274, i32 %3261, i32 %3269
	%3280 = or i1 %3270, %3274
	%3281 = add i32 %3271, %3187
	%3282 = xor i1 %3280, true
	%3283 = icmp sge i32 %3281, %3063
	%3284 = and i1 %3282, %3283
	%3285 = mul i32 %3, 8
	%3286 = add i32 %3285, 5
	%3287 = sub i32 255, %3286
	%3288 = select i1 %3284, i32 %3287, i32 %3278
	%3289 = select i1 %3284, i32 %3271, i32 %3279
	%3290 = or i1 %3280, %3284
	%3291 = add i32 %3281, %3196
	%3292 = xor i1 %3290, true
	%3293 = icmp sge i32 %3291, %3063
	%3294 = and i1 %3292, %3293
	%3295 = mul i32 %3, 8
	%3296 = add i32 %3295, 6
	%3297 = sub i32 255, %3296
	%3298 = select i1 %3294, i32 %3297, i32 %3288
	%3299 = select i1 %3294, i32 %3281, i32 %3289
	%3300 = or i1 %3290, %3294
	%3301 = add i32 %3291, %3205
	%3302 = xor i1 %3300, true
	%3303 = icmp sge i32 %3301, %3063
	%3304 = and i1 %3302, %3303
	%3305 = mul i32 %3, 8
	%3306 = add i32 %3305, 7
	%3307 = sub i32 255, %3306
	%3308 = select i1 %3304, i32 %3307, i32 %3298
	%3309 = select i1 %3304, i32 %3291, i32 %3299
	%3310 = or i1 %3300, %3304
	%3311 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3230)
	%3312 = call i32 @llvm.cttz.i32(i32 %3311, i1 false)
	%3313 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3308, i32 %3312, i32 31)
	%3314 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3309, i32 %3312, i32 31)
	%3315 = shl i32 %3313, 0
	%3316 = or i32 %3060, %3315
	%3317 = shl i32 255, 0
	%3318 = or i32 %3062, %3317
	%3319 = sub i32 %3063, %3314
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3320 = shl i32 1, %3
	%3321 = sub i32 %3320, 1
	br label %3332

3322:
	%3323 = lshr i32 %3130, 0
	%3324 = and i32 %3323, 255
	%3325 = add i32 %2286, %3324
	%3326 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3327 = bitcast i8 addrspace(3)* %3326 to i32 addrspace(3)*
	%3328 = getelementptr i32, i32 addrspace(3)* %3327, i32 %3325
	%3329 = atomicrmw add i32 addrspace(3)* %3328, i32 1 monotonic
	br label %3330

3330:
	%3331 = add i32 %3123, 32
	br label %3122

3332:
	%3333 = phi i32 [ 0, %3134 ], [ %3402, %3397 ]
	%3334 = phi i32 [ 0, %3134 ], [ %3399, %3397 ]
	%3335 = phi i32 [ 0, %3134 ], [ %3401, %3397 ]
	%3336 = icmp slt i32 %3333, %587
	br i1 %3336, label %3337, label %3340

3337:
	%3338 = add i32 %3333, %3
	%3339 = icmp slt i32 %3338, %587
	br i1 %3339, label %3361, label %3371

3340:
	%3341 = icmp ugt i32 %2033, %3316
	%3342 = and i1 %2028, %3341
	%3343 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3342)
	%3344 = call i32 @llvm.ctpop.i32(i32 %3343)
	%3345 = add i32 0, %3344
	%3346 = icmp ugt i32 %2046, %3316
	%3347 = and i1 %2041, %3346
	%3348 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3347)
	%3349 = call i32 @llvm.ctpop.i32(i32 %3348)
	%3350 = add i32 %3345, %3349
	%3351 = icmp ugt i32 %2059, %3316
	%3352 = and i1 %2054, %3351
	%3353 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3352)
	%3354 = call i32 @llvm.ctpop.i32(i32 %3353)
	%3355 = add i32 %3350, %3354
	%3356 = icmp ugt i32 %2072, %3316
	%3357 = and i1 %2067, %3356
	%3358 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3357)
	%3359 = call i32 @llvm.ctpop.i32(i32 %3358)
	%3360 = add i32 %3355, %3359
	br label %2335

3361:
	%3362 = add i32 %2285, %3338
	%3363 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%3364 = bitcast i8 addrspace(3)* %3363 to i32 addrspace(3)*
	%3365 = getelementptr i32, i32 addrspace(3)* %3364, i32 %3362
	%3366 = load i32, i32 addrspace(3)* %3365
	%3367 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%3368 = bitcast i8 addrspace(3)* %3367 to i32 addrspace(3)*
	%3369 = getelementptr i32, i32 addrspace(3)* %3368, i32 %3362
	%3370 = load i32, i32 addrspace(3)* %3369
	br label %3371

3371:
	%3372 = phi i32 [ 0, %3337 ], [ %3366, %3361 ]
	%3373 = phi i32 [ 0, %3337 ], [ %3370, %3361 ]
	%3374 = icmp eq i32 %3372, %3316
	%3375 = and i1 %3339, %3374
	%3376 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3375)
	%3377 = and i32 %3376, %3321
	%3378 = call i32 @llvm.ctpop.i32(i32 %3377)
	%3379 = add i32 %3335, %3378
	%3380 = icmp ugt i32 %3372, %3316
	%3381 = icmp slt i32 %3379, %3319
	%3382 = and i1 %3375, %3381
	%3383 = or i1 %3380, %3382
	%3384 = and i1 %3339, %3383
	%3385 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3384)
	%3386 = and i32 %3385, %3321
	%3387 = call i32 @llvm.ctpop.i32(i32 %3386)
	%3388 = add i32 %3334, %3387
	%3389 = add i32 %2285, %3388
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %3384, label %3390, label %3397

3390:
	%3391 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%3392 = bitcast i8 addrspace(3)* %3391 to i32 addrspace(3)*
	%3393 = getelementptr i32, i32 addrspace(3)* %3392, i32 %3389
	store i32 %3372, i32 addrspace(3)* %3393
	%3394 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%3395 = bitcast i8 addrspace(3)* %3394 to i32 addrspace(3)*
	%3396 = getelementptr i32, i32 addrspace(3)* %3395, i32 %3389
	store i32 %3373, i32 addrspace(3)* %3396
	br label %3397

3397:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3398 = call i32 @llvm.ctpop.i32(i32 %3385)
	%3399 = add i32 %3334, %3398
	%3400 = call i32 @llvm.ctpop.i32(i32 %3376)
	%3401 = add i32 %3335, %3400
	%3402 = add i32 %3333, 32
	br label %3332

3403:
	%3404 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%3405 = bitcast i8 addrspace(3)* %3404 to i32 addrspace(3)*
	%3406 = getelementptr i32, i32 addrspace(3)* %3405, i32 %2353
	store i32 %2033, i32 addrspace(3)* %3406
	%3407 = add i32 0, %3
	%3408 = add i32 %586, %3407
	%3409 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%3410 = bitcast i8 addrspace(3)* %3409 to i32 addrspace(3)*
	%3411 = getelementptr i32, i32 addrspace(3)* %3410, i32 %2353
	store i32 %3408, i32 addrspace(3)* %3411
	br label %3412

3412:
	%3413 = call i32 @llvm.ctpop.i32(i32 %2343)
	%3414 = add i32 %2336, %3413
	%3415 = and i32 %2344, %2348
	%3416 = call i32 @llvm.ctpop.i32(i32 %3415)
	%3417 = add i32 %3414, %3416
	%3418 = add i32 %2349, %3417
	br i1 %2340, label %3419, label %3428

3419:
	%3420 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%3421 = bitcast i8 addrspace(3)* %3420 to i32 addrspace(3)*
	%3422 = getelementptr i32, i32 addrspace(3)* %3421, i32 %3418
	store i32 %2046, i32 addrspace(3)* %3422
	%3423 = add i32 32, %3
	%3424 = add i32 %586, %3423
	%3425 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%3426 = bitcast i8 addrspace(3)* %3425 to i32 addrspace(3)*
	%3427 = getelementptr i32, i32 addrspace(3)* %3426, i32 %3418
	store i32 %3424, i32 addrspace(3)* %3427
	br label %3428

3428:
	%3429 = call i32 @llvm.ctpop.i32(i32 %2344)
	%3430 = add i32 %3414, %3429
	%3431 = and i32 %2345, %2348
	%3432 = call i32 @llvm.ctpop.i32(i32 %3431)
	%3433 = add i32 %3430, %3432
	%3434 = add i32 %2349, %3433
	br i1 %2341, label %3435, label %3444

3435:
	%3436 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%3437 = bitcast i8 addrspace(3)* %3436 to i32 addrspace(3)*
	%3438 = getelementptr i32, i32 addrspace(3)* %3437, i32 %3434
	store i32 %2059, i32 addrspace(3)* %3438
	%3439 = add i32 64, %3
	%3440 = add i32 %586, %3439
	%3441 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%3442 = bitcast i8 addrspace(3)* %3441 to i32 addrspace(3)*
	%3443 = getelementptr i32, i32 addrspace(3)* %3442, i32 %3434
	store i32 %3440, i32 addrspace(3)* %3443
	br label %3444

3444:
	%3445 = call i32 @llvm.ctpop.i32(i32 %2345)
	%3446 = add i32 %3430, %3445
	%3447 = and i32 %2346, %2348
	%3448 = call i32 @llvm.ctpop.i32(i32 %3447)
	%3449 = add i32 %3446, %3448
	%3450 = add i32 %2349, %3449
	br i1 %2342, label %3451, label %3460

3451:
	%3452 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%3453 = bitcast i8 addrspace(3)* %3452 to i32 addrspace(3)*
	%3454 = getelementptr i32, i32 addrspace(3)* %3453, i32 %3450
	store i32 %2072, i32 addrspace(3)* %3454
	%3455 = add i32 96, %3
	%3456 = add i32 %586, %3455
	%3457 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%3458 = bitcast i8 addrspace(3)* %3457 to i32 addrspace(3)*
	%3459 = getelementptr i32, i32 addrspace(3)* %3458, i32 %3450
	store i32 %3456, i32 addrspace(3)* %3459
	br label %3460

3460:
	%3461 = call i32 @llvm.ctpop.i32(i32 %2346)
	%3462 = add i32 %3446, %3461
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3463 = add i32 %2336, %2338
	br label %2074

3464:
	%3465 = add i32 0, %3
	%3466 = mul i32 %420, 136
	%3467 = add i32 %3466, %3465
	%3468 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%3469 = bitcast i8 addrspace(3)* %3468 to float addrspace(3)*
	%3470 = getelementptr float, float addrspace(3)* %3469, i32 %3467
	%3471 = load float, float addrspace(3)* %3470
	%3472 = fcmp ogt float %3471, 0xFFF0000000000000
	%3473 = fadd float %3471, 0.0
	%3474 = bitcast float %3473 to i32
	%3475 = ashr i32 %3474, 31
	%3476 = or i32 %3475, -2147483648
	%3477 = xor i32 %3474, %3476
	%3478 = add i32 32, %3
	%3479 = mul i32 %420, 136
	%3480 = add i32 %3479, %3478
	%3481 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%3482 = bitcast i8 addrspace(3)* %3481 to float addrspace(3)*
	%3483 = getelementptr float, float addrspace(3)* %3482, i32 %3480
	%3484 = load float, float addrspace(3)* %3483
	%3485 = fcmp ogt float %3484, 0xFFF0000000000000
	%3486 = fadd float %3484, 0.0
	%3487 = bitcast float %3486 to i32
	%3488 = ashr i32 %3487, 31
	%3489 = or i32 %3488, -2147483648
	%3490 = xor i32 %3487, %3489
	%3491 = add i32 64, %3
	%3492 = mul i32 %420, 136
	%3493 = add i32 %3492, %3491
	%3494 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%3495 = bitcast i8 addrspace(3)* %3494 to float addrspace(3)*
	%3496 = getelementptr float, float addrspace(3)* %3495, i32 %3493
	%3497 = load float, float addrspace(3)* %3496
	%3498 = fcmp ogt float %3497, 0xFFF0000000000000
	%3499 = fadd float %3497, 0.0
	%3500 = bitcast float %3499 to i32
	%3501 = ashr i32 %3500, 31
	%3502 = or i32 %3501, -2147483648
	%3503 = xor i32 %3500, %3502
	%3504 = add i32 96, %3
	%3505 = mul i32 %420, 136
	%3506 = add i32 %3505, %3504
	%3507 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%3508 = bitcast i8 addrspace(3)* %3507 to float addrspace(3)*
	%3509 = getelementptr float, float addrspace(3)* %3508, i32 %3506
	%3510 = load float, float addrspace(3)* %3509
	%3511 = fcmp ogt float %3510, 0xFFF0000000000000
	%3512 = fadd float %3510, 0.0
	%3513 = bitcast float %3512 to i32
	%3514 = ashr i32 %3513, 31
	%3515 = or i32 %3514, -2147483648
	%3516 = xor i32 %3513, %3515
	%3517 = icmp eq i32 %590, 0
	br i1 %3517, label %3521, label %3704

3518:
	%3519 = phi i32 [ %589, %2074 ], [ %4907, %4904 ]
	%3520 = phi i32 [ %590, %2074 ], [ %3781, %4904 ]
	br i1 %503, label %4908, label %4962

3521:
	%3522 = select i1 %3472, i32 %3477, i32 0
	%3523 = icmp ugt i32 0, %3522
	%3524 = select i1 %3523, i32 0, i32 %3522
	%3525 = select i1 %3485, i32 %3490, i32 0
	%3526 = icmp ugt i32 %3524, %3525
	%3527 = select i1 %3526, i32 %3524, i32 %3525
	%3528 = select i1 %3498, i32 %3503, i32 0
	%3529 = icmp ugt i32 %3527, %3528
	%3530 = select i1 %3529, i32 %3527, i32 %3528
	%3531 = select i1 %3511, i32 %3516, i32 0
	%3532 = icmp ugt i32 %3530, %3531
	%3533 = select i1 %3532, i32 %3530, i32 %3531
	%3534 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3533, i32 1, i32 31)
	%3535 = and i32 %3, 2
	%3536 = icmp eq i32 %3535, 0
	%3537 = and i32 %3, 1
	%3538 = icmp eq i32 %3537, 0
	%3539 = icmp eq i1 %3536, %3538
	%3540 = icmp ugt i32 %3533, %3534
	%3541 = select i1 %3540, i32 %3533, i32 %3534
	%3542 = icmp ult i32 %3533, %3534
	%3543 = select i1 %3542, i32 %3533, i32 %3534
	%3544 = select i1 %3539, i32 %3541, i32 %3543
	%3545 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3544, i32 2, i32 31)
	%3546 = and i32 %3, 4
	%3547 = icmp eq i32 %3546, 0
	%3548 = and i32 %3, 2
	%3549 = icmp eq i32 %3548, 0
	%3550 = icmp eq i1 %3547, %3549
	%3551 = icmp ugt i32 %3544, %3545
	%3552 = select i1 %3551, i32 %3544, i32 %3545
	%3553 = icmp ult i32 %3544, %3545
	%3554 = select i1 %3553, i32 %3544, i32 %3545
	%3555 = select i1 %3550, i32 %3552, i32 %3554
	%3556 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3555, i32 1, i32 31)
	%3557 = and i32 %3, 4
	%3558 = icmp eq i32 %3557, 0
	%3559 = and i32 %3, 1
	%3560 = icmp eq i32 %3559, 0
	%3561 = icmp eq i1 %3558, %3560
	%3562 = icmp ugt i32 %3555, %3556
	%3563 = select i1 %3562, i32 %3555, i32 %3556
	%3564 = icmp ult i32 %3555, %3556
	%3565 = select i1 %3564, i32 %3555, i32 %3556
	%3566 = select i1 %3561, i32 %3563, i32 %3565
	%3567 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3566, i32 4, i32 31)
	%3568 = and i32 %3, 8
	%3569 = icmp eq i32 %3568, 0
	%3570 = and i32 %3, 4
	%3571 = icmp eq i32 %3570, 0
	%3572 = icmp eq i1 %3569, %3571
	%3573 = icmp ugt i32 %3566, %3567
	%3574 = select i1 %3573, i32 %3566, i32 %3567
	%3575 = icmp ult i32 %3566, %3567
	%3576 = select i1 %3575, i32 %3566, i32 %3567
	%3577 = select i1 %3572, i32 %3574, i32 %3576
	%3578 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3577, i32 2, i32 31)
	%3579 = and i32 %3, 8
	%3580 = icmp eq i32 %3579, 0
	%3581 = and i32 %3, 2
	%3582 = icmp eq i32 %3581, 0
	%3583 = icmp eq i1 %3580, %3582
	%3584 = icmp ugt i32 %3577, %3578
	%3585 = select i1 %3584, i32 %3577, i32 %3578
	%3586 = icmp ult i32 %3577, %3578
	%3587 = select i1 %3586, i32 %3577, i32 %3578
	%3588 = select i1 %3583, i32 %3585, i32 %3587
	%3589 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3588, i32 1, i32 31)
	%3590 = and i32 %3, 8
	%3591 = icmp eq i32 %3590, 0
	%3592 = and i32 %3, 1
	%3593 = icmp eq i32 %3592, 0
	%3594 = icmp eq i1 %3591, %3593
	%3595 = icmp ugt i32 %3588, %3589
	%3596 = select i1 %3595, i32 %3588, i32 %3589
	%3597 = icmp ult i32 %3588, %3589
	%3598 = select i1 %3597, i32 %3588, i32 %3589
	%3599 = select i1 %3594, i32 %3596, i32 %3598
	%3600 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3599, i32 8, i32 31)
	%3601 = and i32 %3, 16
	%3602 = icmp eq i32 %3601, 0
	%3603 = and i32 %3, 8
	%3604 = icmp eq i32 %3603, 0
	%3605 = icmp eq i1 %3602, %3604
	%3606 = icmp ugt i32 %3599, %3600
	%3607 = select i1 %3606, i32 %3599, i32 %3600
	%3608 = icmp ult i32 %3599, %3600
	%3609 = select i1 %3608, i32 %3599, i32 %3600
	%3610 = select i1 %3605, i32 %3607, i32 %3609
	%3611 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3610, i32 4, i32 31)
	%3612 = and i32 %3, 16
	%3613 = icmp eq i32 %3612, 0
	%3614 = and i32 %3, 4
	%3615 = icmp eq i32 %3614, 0
	%3616 = icmp eq i1 %3613, %3615
	%3617 = icmp ugt i32 %3610, %3611
	%3618 = select i1 %3617, i32 %3610, i32 %3611
	%3619 = icmp ult i32 %3610, %3611
	%3620 = select i1 %3619, i32 %3610, i32 %3611
	%3621 = select i1 %3616, i32 %3618, i32 %3620
	%3622 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3621, i32 2, i32 31)
	%3623 = and i32 %3, 16
	%3624 = icmp eq i32 %3623, 0
	%3625 = and i32 %3, 2
	%3626 = icmp eq i32 %3625, 0
	%3627 = icmp eq i1 %3624, %3626
	%3628 = icmp ugt i32 %3621, %3622
	%3629 = select i1 %3628, i32 %3621, i32 %3622
	%3630 = icmp ult i32 %3621, %3622
	%3631 = select i1 %3630, i32 %3621, i32 %3622
	%3632 = select i1 %3627, i32 %3629, i32 %3631
	%3633 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3632, i32 1, i32 31)
	%3634 = and i32 %3, 16
	%3635 = icmp eq i32 %3634, 0
	%3636 = and i32 %3, 1
	%3637 = icmp eq i32 %3636, 0
	%3638 = icmp eq i1 %3635, %3637
	%3639 = icmp ugt i32 %3632, %3633
	%3640 = select i1 %3639, i32 %3632, i32 %3633
	%3641 = icmp ult i32 %3632, %3633
	%3642 = select i1 %3641, i32 %3632, i32 %3633
	%3643 = select i1 %3638, i32 %3640, i32 %3642
	%3644 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3643, i32 16, i32 31)
	%3645 = and i32 %3, 32
	%3646 = icmp eq i32 %3645, 0
	%3647 = and i32 %3, 16
	%3648 = icmp eq i32 %3647, 0
	%3649 = icmp eq i1 %3646, %3648
	%3650 = icmp ugt i32 %3643, %3644
	%3651 = select i1 %3650, i32 %3643, i32 %3644
	%3652 = icmp ult i32 %3643, %3644
	%3653 = select i1 %3652, i32 %3643, i32 %3644
	%3654 = select i1 %3649, i32 %3651, i32 %3653
	%3655 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3654, i32 8, i32 31)
	%3656 = and i32 %3, 32
	%3657 = icmp eq i32 %3656, 0
	%3658 = and i32 %3, 8
	%3659 = icmp eq i32 %3658, 0
	%3660 = icmp eq i1 %3657, %3659
	%3661 = icmp ugt i32 %3654, %3655
	%3662 = select i1 %3661, i32 %3654, i32 %3655
	%3663 = icmp ult i32 %3654, %3655
	%3664 = select i1 %3663, i32 %3654, i32 %3655
	%3665 = select i1 %3660, i32 %3662, i32 %3664
	%3666 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3665, i32 4, i32 31)
	%3667 = and i32 %3, 32
	%3668 = icmp eq i32 %3667, 0
	%3669 = and i32 %3, 4
	%3670 = icmp eq i32 %3669, 0
	%3671 = icmp eq i1 %3668, %3670
	%3672 = icmp ugt i32 %3665, %3666
	%3673 = select i1 %3672, i32 %3665, i32 %3666
	%3674 = icmp ult i32 %3665, %3666
	%3675 = select i1 %3674, i32 %3665, i32 %3666
	%3676 = select i1 %3671, i32 %3673, i32 %3675
	%3677 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3676, i32 2, i32 31)
	%3678 = and i32 %3, 32
	%3679 = icmp eq i32 %3678, 0
	%3680 = and i32 %3, 2
	%3681 = icmp eq i32 %3680, 0
	%3682 = icmp eq i1 %3679, %3681
	%3683 = icmp ugt i32 %3676, %3677
	%3684 = select i1 %3683, i32 %3676, i32 %3677
	%3685 = icmp ult i32 %3676, %3677
	%3686 = select i1 %3685, i32 %3676, i32 %3677
	%3687 = select i1 %3682, i32 %3684, i32 %3686
	%3688 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3687, i32 1, i32 31)
	%3689 = and i32 %3, 32
	%3690 = icmp eq i32 %3689, 0
	%3691 = and i32 %3, 1
	%3692 = icmp eq i32 %3691, 0
	%3693 = icmp eq i1 %3690, %3692
	%3694 = icmp ugt i32 %3687, %3688
	%3695 = select i1 %3694, i32 %3687, i32 %3688
	%3696 = icmp ult i32 %3687, %3688
	%3697 = select i1 %3696, i32 %3687, i32 %3688
	%3698 = select i1 %3693, i32 %3695, i32 %3697
	%3699 = sub i32 %457, 1
	%3700 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3698, i32 %3699, i32 31)
	%3701 = icmp ugt i32 %3700, 0
	%3702 = sub i32 %3700, 1
	%3703 = select i1 %3701, i32 %3702, i32 0
	br label %3704

3704:
	%3705 = phi i32 [ %590, %3464 ], [ %3703, %3521 ]
	%3706 = icmp ugt i32 %3477, %3705
	%3707 = and i1 %3472, %3706
	%3708 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3707)
	%3709 = call i32 @llvm.ctpop.i32(i32 %3708)
	%3710 = add i32 0, %3709
	%3711 = icmp ugt i32 %3490, %3705
	%3712 = and i1 %3485, %3711
	%3713 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3712)
	%3714 = call i32 @llvm.ctpop.i32(i32 %3713)
	%3715 = add i32 %3710, %3714
	%3716 = icmp ugt i32 %3503, %3705
	%3717 = and i1 %3498, %3716
	%3718 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3717)
	%3719 = call i32 @llvm.ctpop.i32(i32 %3718)
	%3720 = add i32 %3715, %3719
	%3721 = icmp ugt i32 %3516, %3705
	%3722 = and i1 %3511, %3721
	%3723 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3722)
	%3724 = call i32 @llvm.ctpop.i32(i32 %3723)
	%3725 = add i32 %3720, %3724
	%3726 = add i32 %589, %3725
	%3727 = icmp sgt i32 %3726, 160
	br i1 %3727, label %3728, label %3779

3728:
	%3729 = mul i32 %420, 160
	%3730 = mul i32 %4, 256
	%3731 = mul i32 %3, 8
	%3732 = add i32 %3731, 0
	%3733 = add i32 %3730, %3732
	%3734 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3735 = bitcast i8 addrspace(3)* %3734 to i32 addrspace(3)*
	%3736 = getelementptr i32, i32 addrspace(3)* %3735, i32 %3733
	store i32 0, i32 addrspace(3)* %3736
	%3737 = mul i32 %3, 8
	%3738 = add i32 %3737, 1
	%3739 = add i32 %3730, %3738
	%3740 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3741 = bitcast i8 addrspace(3)* %3740 to i32 addrspace(3)*
	%3742 = getelementptr i32, i32 addrspace(3)* %3741, i32 %3739
	store i32 0, i32 addrspace(3)* %3742
	%3743 = mul i32 %3, 8
	%3744 = add i32 %3743, 2
	%3745 = add i32 %3730, %3744
	%3746 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3747 = bitcast i8 addrspace(3)* %3746 to i32 addrspace(3)*
	%3748 = getelementptr i32, i32 addrspace(3)* %3747, i32 %3745
	store i32 0, i32 addrspace(3)* %3748
	%3749 = mul i32 %3, 8
	%3750 = add i32 %3749, 3
	%3751 = add i32 %3730, %3750
	%3752 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3753 = bitcast i8 addrspace(3)* %3752 to i32 addrspace(3)*
	%3754 = getelementptr i32, i32 addrspace(3)* %3753, i32 %3751
	store i32 0, i32 addrspace(3)* %3754
	%3755 = mul i32 %3, 8
	%3756 = add i32 %3755, 4
	%3757 = add i32 %3730, %3756
	%3758 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3759 = bitcast i8 addrspace(3)* %3758 to i32 addrspace(3)*
	%3760 = getelementptr i32, i32 addrspace(3)* %3759, i32 %3757
	store i32 0, i32 addrspace(3)* %3760
	%3761 = mul i32 %3, 8
	%3762 = add i32 %3761, 5
	%3763 = add i32 %3730, %3762
	%3764 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3765 = bitcast i8 addrspace(3)* %3764 to i32 addrspace(3)*
	%3766 = getelementptr i32, i32 addrspace(3)* %3765, i32 %3763
	store i32 0, i32 addrspace(3)* %3766
	%3767 = mul i32 %3, 8
	%3768 = add i32 %3767, 6
	%3769 = add i32 %3730, %3768
	%3770 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3771 = bitcast i8 addrspace(3)* %3770 to i32 addrspace(3)*
	%3772 = getelementptr i32, i32 addrspace(3)* %3771, i32 %3769
	store i32 0, i32 addrspace(3)* %3772
	%3773 = mul i32 %3, 8
	%3774 = add i32 %3773, 7
	%3775 = add i32 %3730, %3774
	%3776 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3777 = bitcast i8 addrspace(3)* %3776 to i32 addrspace(3)*
	%3778 = getelementptr i32, i32 addrspace(3)* %3777, i32 %3775
	store i32 0, i32 addrspace(3)* %3778
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3798

3779:
	%3780 = phi i32 [ %589, %3704 ], [ %457, %4784 ]
	%3781 = phi i32 [ %3705, %3704 ], [ %4760, %4784 ]
	%3782 = phi i32 [ %3725, %3704 ], [ %4804, %4784 ]
	%3783 = phi i1 [ %3707, %3704 ], [ %4786, %4784 ]
	%3784 = phi i1 [ %3712, %3704 ], [ %4791, %4784 ]
	%3785 = phi i1 [ %3717, %3704 ], [ %4796, %4784 ]
	%3786 = phi i1 [ %3722, %3704 ], [ %4801, %4784 ]
	%3787 = phi i32 [ %3708, %3704 ], [ %4787, %4784 ]
	%3788 = phi i32 [ %3713, %3704 ], [ %4792, %4784 ]
	%3789 = phi i32 [ %3718, %3704 ], [ %4797, %4784 ]
	%3790 = phi i32 [ %3723, %3704 ], [ %4802, %4784 ]
	%3791 = shl i32 1, %3
	%3792 = sub i32 %3791, 1
	%3793 = mul i32 %420, 160
	%3794 = and i32 %3787, %3792
	%3795 = call i32 @llvm.ctpop.i32(i32 %3794)
	%3796 = add i32 %3780, %3795
	%3797 = add i32 %3793, %3796
	br i1 %3783, label %4847, label %4856

3798:
	%3799 = phi i32 [ %3, %3728 ], [ %4053, %4052 ]
	%3800 = icmp slt i32 %3799, %589
	br i1 %3800, label %3801, label %3810

3801:
	%3802 = add i32 %3729, %3799
	%3803 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%3804 = bitcast i8 addrspace(3)* %3803 to i32 addrspace(3)*
	%3805 = getelementptr i32, i32 addrspace(3)* %3804, i32 %3802
	%3806 = load i32, i32 addrspace(3)* %3805
	%3807 = and i32 %3806, 0
	%3808 = icmp eq i32 %3807, 0
	%3809 = and i1 true, %3808
	br i1 %3809, label %4044, label %4052

3810:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3811 = mul i32 %3, 8
	%3812 = add i32 %3811, 0
	%3813 = sub i32 255, %3812
	%3814 = add i32 %3730, %3813
	%3815 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3816 = bitcast i8 addrspace(3)* %3815 to i32 addrspace(3)*
	%3817 = getelementptr i32, i32 addrspace(3)* %3816, i32 %3814
	%3818 = load i32, i32 addrspace(3)* %3817
	%3819 = add i32 0, %3818
	%3820 = mul i32 %3, 8
	%3821 = add i32 %3820, 1
	%3822 = sub i32 255, %3821
	%3823 = add i32 %3730, %3822
	%3824 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3825 = bitcast i8 addrspace(3)* %3824 to i32 addrspace(3)*
	%3826 = getelementptr i32, i32 addrspace(3)* %3825, i32 %3823
	%3827 = load i32, i32 addrspace(3)* %3826
	%3828 = add i32 %3819, %3827
	%3829 = mul i32 %3, 8
	%3830 = add i32 %3829, 2
	%3831 = sub i32 255, %3830
	%3832 = add i32 %3730, %3831
	%3833 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3834 = bitcast i8 addrspace(3)* %3833 to i32 addrspace(3)*
	%3835 = getelementptr i32, i32 addrspace(3)* %3834, i32 %3832
	%3836 = load i32, i32 addrspace(3)* %3835
	%3837 = add i32 %3828, %3836
	%3838 = mul i32 %3, 8
	%3839 = add i32 %3838, 3
	%3840 = sub i32 255, %3839
	%3841 = add i32 %3730, %3840
	%3842 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3843 = bitcast i8 addrspace(3)* %3842 to i32 addrspace(3)*
	%3844 = getelementptr i32, i32 addrspace(3)* %3843, i32 %3841
	%3845 = load i32, i32 addrspace(3)* %3844
	%3846 = add i32 %3837, %3845
	%3847 = mul i32 %3, 8
	%3848 = add i32 %3847, 4
	%3849 = sub i32 255, %3848
	%3850 = add i32 %3730, %3849
	%3851 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3852 = bitcast i8 addrspace(3)* %3851 to i32 addrspace(3)*
	%3853 = getelementptr i32, i32 addrspace(3)* %3852, i32 %3850
	%3854 = load i32, i32 addrspace(3)* %3853
	%3855 = add i32 %3846, %3854
	%3856 = mul i32 %3, 8
	%3857 = add i32 %3856, 5
	%3858 = sub i32 255, %3857
	%3859 = add i32 %3730, %3858
	%3860 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3861 = bitcast i8 addrspace(3)* %3860 to i32 addrspace(3)*
	%3862 = getelementptr i32, i32 addrspace(3)* %3861, i32 %3859
	%3863 = load i32, i32 addrspace(3)* %3862
	%3864 = add i32 %3855, %3863
	%3865 = mul i32 %3, 8
	%3866 = add i32 %3865, 6
	%3867 = sub i32 255, %3866
	%3868 = add i32 %3730, %3867
	%3869 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3870 = bitcast i8 addrspace(3)* %3869 to i32 addrspace(3)*
	%3871 = getelementptr i32, i32 addrspace(3)* %3870, i32 %3868
	%3872 = load i32, i32 addrspace(3)* %3871
	%3873 = add i32 %3864, %3872
	%3874 = mul i32 %3, 8
	%3875 = add i32 %3874, 7
	%3876 = sub i32 255, %3875
	%3877 = add i32 %3730, %3876
	%3878 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%3879 = bitcast i8 addrspace(3)* %3878 to i32 addrspace(3)*
	%3880 = getelementptr i32, i32 addrspace(3)* %3879, i32 %3877
	%3881 = load i32, i32 addrspace(3)* %3880
	%3882 = add i32 %3873, %3881
	%3883 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3882, i32 1, i32 0)
	%3884 = icmp uge i32 %3, 1
	%3885 = select i1 %3884, i32 %3883, i32 0
	%3886 = add i32 %3882, %3885
	%3887 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3886, i32 2, i32 0)
	%3888 = icmp uge i32 %3, 2
	%3889 = select i1 %3888, i32 %3887, i32 0
	%3890 = add i32 %3886, %3889
	%3891 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3890, i32 4, i32 0)
	%3892 = icmp uge i32 %3, 4
	%3893 = select i1 %3892, i32 %3891, i32 0
	%3894 = add i32 %3890, %3893
	%3895 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3894, i32 8, i32 0)
	%3896 = icmp uge i32 %3, 8
	%3897 = select i1 %3896, i32 %3895, i32 0
	%3898 = add i32 %3894, %3897
	%3899 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3898, i32 16, i32 0)
	%3900 = icmp uge i32 %3, 16
	%3901 = select i1 %3900, i32 %3899, i32 0
	%3902 = add i32 %3898, %3901
	%3903 = sub i32 %3902, %3882
	%3904 = icmp slt i32 %3903, %457
	%3905 = icmp sge i32 %3902, %457
	%3906 = and i1 %3904, %3905
	%3907 = add i32 %3903, %3818
	%3908 = xor i1 false, true
	%3909 = icmp sge i32 %3907, %457
	%3910 = and i1 %3908, %3909
	%3911 = mul i32 %3, 8
	%3912 = add i32 %3911, 0
	%3913 = sub i32 255, %3912
	%3914 = select i1 %3910, i32 %3913, i32 0
	%3915 = select i1 %3910, i32 %3903, i32 0
	%3916 = or i1 false, %3910
	%3917 = add i32 %3907, %3827
	%3918 = xor i1 %3916, true
	%3919 = icmp sge i32 %3917, %457
	%3920 = and i1 %3918, %3919
	%3921 = mul i32 %3, 8
	%3922 = add i32 %3921, 1
	%3923 = sub i32 255, %3922
	%3924 = select i1 %3920, i32 %3923, i32 %3914
	%3925 = select i1 %3920, i32 %3907, i32 %3915
	%3926 = or i1 %3916, %3920
	%3927 = add i32 %3917, %3836
	%3928 = xor i1 %3926, true
	%3929 = icmp sge i32 %3927, %457
	%3930 = and i1 %3928, %3929
	%3931 = mul i32 %3, 8
	%3932 = add i32 %3931, 2
	%3933 = sub i32 255, %3932
	%3934 = select i1 %3930, i32 %3933, i32 %3924
	%3935 = select i1 %3930, i32 %3917, i32 %3925
	%3936 = or i1 %3926, %3930
	%3937 = add i32 %3927, %3845
	%3938 = xor i1 %3936, true
	%3939 = icmp sge i32 %3937, %457
	%3940 = and i1 %3938, %3939
	%3941 = mul i32 %3, 8
	%3942 = add i32 %3941, 3
	%3943 = sub i32 255, %3942
	%3944 = select i1 %3940, i32 %3943, i32 %3934
	%3945 = select i1 %3940, i32 %3927, i32 %3935
	%3946 = or i1 %3936, %3940
	%3947 = add i32 %3937, %3854
	%3948 = xor i1 %3946, true
	%3949 = icmp sge i32 %3947, %457
	%3950 = and i1 %3948, %3949
	%3951 = mul i32 %3, 8
	%3952 = add i32 %3951, 4
	%3953 = sub i32 255, %3952
	%3954 = select i1 %3950, i32 %3953, i32 %3944
	%3955 = select i1 %3950, i32 %3937, i32 %3945
	%3956 = or i1 %3946, %3950
	%3957 = add i32 %3947, %3863
	%3958 = xor i1 %3956, true
	%3959 = icmp sge i32 %3957, %457
	%3960 = and i1 %3958, %3959
	%3961 = mul i32 %3, 8
	%3962 = add i32 %3961, 5
	%3963 = sub i32 255, %3962
	%3964 = select i1 %3960, i32 %3963, i32 %3954
	%3965 = select i1 %3960, i32 %3947, i32 %3955
	%3966 = or i1 %3956, %3960
	%3967 = add i32 %3957, %3872
	%3968 = xor i1 %3966, true
	%3969 = icmp sge i32 %3967, %457
	%3970 = and i1 %3968, %3969
	%3971 = mul i32 %3, 8
	%3972 = add i32 %3971, 6
	%3973 = sub i32 255, %3972
	%3974 = select i1 %3970, i32 %3973, i32 %3964
	%3975 = select i1 %3970, i32 %3957, i32 %3965
	%3976 = or i1 %3966, %3970
	%3977 = add i32 %3967, %3881
	%3978 = xor i1 %3976, true
	%3979 = icmp sge i32 %3977, %457
	%3980 = and i1 %3978, %3979
	%3981 = mul i32 %3, 8
	%3982 = add i32 %3981, 7
	%3983 = sub i32 255, %3982
	%3984 = select i1 %3980, i32 %3983, i32 %3974
	%3985 = select i1 %3980, i32 %3967, i32 %3975
	%3986 = or i1 %3976, %3980
	%3987 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3906)
	%3988 = call i32 @llvm.cttz.i32(i32 %3987, i1 false)
	%3989 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3984, i32 %3988, i32 31)
	%3990 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3985, i32 %3988, i32 31)
	%3991 = shl i32 %3989, 24
	%3992 = or i32 0, %3991
	%3993 = shl i32 255, 24
	%3994 = or i32 0, %3993
	%3995 = sub i32 %457, %3990
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3996 = mul i32 %3, 8
	%3997 = add i32 %3996, 0
	%3998 = add i32 %3730, %3997
	%3999 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4000 = bitcast i8 addrspace(3)* %3999 to i32 addrspace(3)*
	%4001 = getelementptr i32, i32 addrspace(3)* %4000, i32 %3998
	store i32 0, i32 addrspace(3)* %4001
	%4002 = mul i32 %3, 8
	%4003 = add i32 %4002, 1
	%4004 = add i32 %3730, %4003
	%4005 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4006 = bitcast i8 addrspace(3)* %4005 to i32 addrspace(3)*
	%4007 = getelementptr i32, i32 addrspace(3)* %4006, i32 %4004
	store i32 0, i32 addrspace(3)* %4007
	%4008 = mul i32 %3, 8
	%4009 = add i32 %4008, 2
	%4010 = add i32 %3730, %4009
	%4011 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4012 = bitcast i8 addrspace(3)* %4011 to i32 addrspace(3)*
	%4013 = getelementptr i32, i32 addrspace(3)* %4012, i32 %4010
	store i32 0, i32 addrspace(3)* %4013
	%4014 = mul i32 %3, 8
	%4015 = add i32 %4014, 3
	%4016 = add i32 %3730, %4015
	%4017 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4018 = bitcast i8 addrspace(3)* %4017 to i32 addrspace(3)*
	%4019 = getelementptr i32, i32 addrspace(3)* %4018, i32 %4016
	store i32 0, i32 addrspace(3)* %4019
	%4020 = mul i32 %3, 8
	%4021 = add i32 %4020, 4
	%4022 = add i32 %3730, %4021
	%4023 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4024 = bitcast i8 addrspace(3)* %4023 to i32 addrspace(3)*
	%4025 = getelementptr i32, i32 addrspace(3)* %4024, i32 %4022
	store i32 0, i32 addrspace(3)* %4025
	%4026 = mul i32 %3, 8
	%4027 = add i32 %4026, 5
	%4028 = add i32 %3730, %4027
	%4029 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4030 = bitcast i8 addrspace(3)* %4029 to i32 addrspace(3)*
	%4031 = getelementptr i32, i32 addrspace(3)* %4030, i32 %4028
	store i32 0, i32 addrspace(3)* %4031
	%4032 = mul i32 %3, 8
	%4033 = add i32 %4032, 6
	%4034 = add i32 %3730, %4033
	%4035 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4036 = bitcast i8 addrspace(3)* %4035 to i32 addrspace(3)*
	%4037 = getelementptr i32, i32 addrspace(3)* %4036, i32 %4034
	store i32 0, i32 addrspace(3)* %4037
	%4038 = mul i32 %3, 8
	%4039 = add i32 %4038, 7
	%4040 = add i32 %3730, %4039
	%4041 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4042 = bitcast i8 addrspace(3)* %4041 to i32 addrspace(3)*
	%4043 = getelementptr i32, i32 addrspace(3)* %4042, i32 %4040
	store i32 0, i32 addrspace(3)* %4043
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4054

4044:
	%4045 = lshr i32 %3806, 24
	%4046 = and i32 %4045, 255
	%4047 = add i32 %3730, %4046
	%4048 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4049 = bitcast i8 addrspace(3)* %4048 to i32 addrspace(3)*
	%4050 = getelementptr i32, i32 addrspace(3)* %4049, i32 %4047
	%4051 = atomicrmw add i32 addrspace(3)* %4050, i32 1 monotonic
	br label %4052

4052:
	%4053 = add i32 %3799, 32
	br label %3798

4054:
	%4055 = phi i32 [ %3, %3810 ], [ %4309, %4308 ]
	%4056 = icmp slt i32 %4055, %589
	br i1 %4056, label %4057, label %4066

4057:
	%4058 = add i32 %3729, %4055
	%4059 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%4060 = bitcast i8 addrspace(3)* %4059 to i32 addrspace(3)*
	%4061 = getelementptr i32, i32 addrspace(3)* %4060, i32 %4058
	%4062 = load i32, i32 addrspace(3)* %4061
	%4063 = and i32 %4062, %3994
	%4064 = icmp eq i32 %4063, %3992
	%4065 = and i1 true, %4064
	br i1 %4065, label %4300, label %4308

4066:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4067 = mul i32 %3, 8
	%4068 = add i32 %4067, 0
	%4069 = sub i32 255, %4068
	%4070 = add i32 %3730, %4069
	%4071 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4072 = bitcast i8 addrspace(3)* %4071 to i32 addrspace(3)*
	%4073 = getelementptr i32, i32 addrspace(3)* %4072, i32 %4070
	%4074 = load i32, i32 addrspace(3)* %4073
	%4075 = add i32 0, %4074
	%4076 = mul i32 %3, 8
	%4077 = add i32 %4076, 1
	%4078 = sub i32 255, %4077
	%4079 = add i32 %3730, %4078
	%4080 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4081 = bitcast i8 addrspace(3)* %4080 to i32 addrspace(3)*
	%4082 = getelementptr i32, i32 addrspace(3)* %4081, i32 %4079
	%4083 = load i32, i32 addrspace(3)* %4082
	%4084 = add i32 %4075, %4083
	%4085 = mul i32 %3, 8
	%4086 = add i32 %4085, 2
	%4087 = sub i32 255, %4086
	%4088 = add i32 %3730, %4087
	%4089 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4090 = bitcast i8 addrspace(3)* %4089 to i32 addrspace(3)*
	%4091 = getelementptr i32, i32 addrspace(3)* %4090, i32 %4088
	%4092 = load i32, i32 addrspace(3)* %4091
	%4093 = add i32 %4084, %4092
	%4094 = mul i32 %3, 8
	%4095 = add i32 %4094, 3
	%4096 = sub i32 255, %4095
	%4097 = add i32 %3730, %4096
	%4098 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4099 = bitcast i8 addrspace(3)* %4098 to i32 addrspace(3)*
	%4100 = getelementptr i32, i32 addrspace(3)* %4099, i32 %4097
	%4101 = load i32, i32 addrspace(3)* %4100
	%4102 = add i32 %4093, %4101
	%4103 = mul i32 %3, 8
	%4104 = add i32 %4103, 4
	%4105 = sub i32 255, %4104
	%4106 = add i32 %3730, %4105
	%4107 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4108 = bitcast i8 addrspace(3)* %4107 to i32 addrspace(3)*
	%4109 = getelementptr i32, i32 addrspace(3)* %4108, i32 %4106
	%4110 = load i32, i32 addrspace(3)* %4109
	%4111 = add i32 %4102, %4110
	%4112 = mul i32 %3, 8
	%4113 = add i32 %4112, 5
	%4114 = sub i32 255, %4113
	%4115 = add i32 %3730, %4114
	%4116 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4117 = bitcast i8 addrspace(3)* %4116 to i32 addrspace(3)*
	%4118 = getelementptr i32, i32 addrspace(3)* %4117, i32 %4115
	%4119 = load i32, i32 addrspace(3)* %4118
	%4120 = add i32 %4111, %4119
	%4121 = mul i32 %3, 8
	%4122 = add i32 %4121, 6
	%4123 = sub i32 255, %4122
	%4124 = add i32 %3730, %4123
	%4125 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4126 = bitcast i8 addrspace(3)* %4125 to i32 addrspace(3)*
	%4127 = getelementptr i32, i32 addrspace(3)* %4126, i32 %4124
	%4128 = load i32, i32 addrspace(3)* %4127
	%4129 = add i32 %4120, %4128
	%4130 = mul i32 %3, 8
	%4131 = add i32 %4130, 7
	%4132 = sub i32 255, %4131
	%4133 = add i32 %3730, %4132
	%4134 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4135 = bitcast i8 addrspace(3)* %4134 to i32 addrspace(3)*
	%4136 = getelementptr i32, i32 addrspace(3)* %4135, i32 %4133
	%4137 = load i32, i32 addrspace(3)* %4136
	%4138 = add i32 %4129, %4137
	%4139 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4138, i32 1, i32 0)
	%4140 = icmp uge i32 %3, 1
	%4141 = select i1 %4140, i32 %4139, i32 0
	%4142 = add i32 %4138, %4141
	%4143 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4142, i32 2, i32 0)
	%4144 = icmp uge i32 %3, 2
	%4145 = select i1 %4144, i32 %4143, i32 0
	%4146 = add i32 %4142, %4145
	%4147 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4146, i32 4, i32 0)
	%4148 = icmp uge i32 %3, 4
	%4149 = select i1 %4148, i32 %4147, i32 0
	%4150 = add i32 %4146, %4149
	%4151 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4150, i32 8, i32 0)
	%4152 = icmp uge i32 %3, 8
	%4153 = select i1 %4152, i32 %4151, i32 0
	%4154 = add i32 %4150, %4153
	%4155 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4154, i32 16, i32 0)
	%4156 = icmp uge i32 %3, 16
	%4157 = select i1 %4156, i32 %4155, i32 0
	%4158 = add i32 %4154, %4157
	%4159 = sub i32 %4158, %4138
	%4160 = icmp slt i32 %4159, %3995
	%4161 = icmp sge i32 %4158, %3995
	%4162 = and i1 %4160, %4161
	%4163 = add i32 %4159, %4074
	%4164 = xor i1 false, true
	%4165 = icmp sge i32 %4163, %3995
	%4166 = and i1 %4164, %4165
	%4167 = mul i32 %3, 8
	%4168 = add i32 %4167, 0
	%4169 = sub i32 255, %4168
	%4170 = select i1 %4166, i32 %4169, i32 0
	%4171 = select i1 %4166, i32 %4159, i32 0
	%4172 = or i1 false, %4166
	%4173 = add i32 %4163, %4083
	%4174 = xor i1 %4172, true
	%4175 = icmp sge i32 %4173, %3995
	%4176 = and i1 %4174, %4175
	%4177 = mul i32 %3, 8
	%4178 = add i32 %4177, 1
	%4179 = sub i32 255, %4178
	%4180 = select i1 %4176, i32 %4179, i32 %4170
	%4181 = select i1 %4176, i32 %4163, i32 %4171
	%4182 = or i1 %4172, %4176
	%4183 = add i32 %4173, %4092
	%4184 = xor i1 %4182, true
	%4185 = icmp sge i32 %4183, %3995
	%4186 = and i1 %4184, %4185
	%4187 = mul i32 %3, 8
	%4188 = add i32 %4187, 2
	%4189 = sub i32 255, %4188
	%4190 = select i1 %4186, i32 %4189, i32 %4180
	%4191 = select i1 %4186, i32 %4173, i32 %4181
	%4192 = or i1 %4182, %4186
	%4193 = add i32 %4183, %4101
	%4194 = xor i1 %4192, true
	%4195 = icmp sge i32 %4193, %3995
	%4196 = and i1 %4194, %4195
	%4197 = mul i32 %3, 8
	%4198 = add i32 %4197, 3
	%4199 = sub i32 255, %4198
	%4200 = select i1 %4196, i32 %4199, i32 %4190
	%4201 = select i1 %4196, i32 %4183, i32 %4191
	%4202 = or i1 %4192, %4196
	%4203 = add i32 %4193, %4110
	%4204 = xor i1 %4202, true
	%4205 = icmp sge i32 %4203, %3995
	%4206 = and i1 %4204, %4205
	%4207 = mul i32 %3, 8
	%4208 = add i32 %4207, 4
	%4209 = sub i32 255, %4208
	%4210 = select i1 %4206, i32 %4209, i32 %4200
	%4211 = select i1 %4206, i32 %4193, i32 %4201
	%4212 = or i1 %4202, %4206
	%4213 = add i32 %4203, %4119
	%4214 = xor i1 %4212, true
	%4215 = icmp sge i32 %4213, %3995
	%4216 = and i1 %4214, %4215
	%4217 = mul i32 %3, 8
	%4218 = add i32 %4217, 5
	%4219 = sub i32 255, %4218
	%4220 = select i1 %4216, i32 %4219, i32 %4210
	%4221 = select i1 %4216, i32 %4203, i32 %4211
	%4222 = or i1 %4212, %4216
	%4223 = add i32 %4213, %4128
	%4224 = xor i1 %4222, true
	%4225 = icmp sge i32 %4223, %3995
	%4226 = and i1 %4224, %4225
	%4227 = mul i32 %3, 8
	%4228 = add i32 %4227, 6
	%4229 = sub i32 255, %4228
	%4230 = select i1 %4226, i32 %4229, i32 %4220
	%4231 = select i1 %4226, i32 %4213, i32 %4221
	%4232 = or i1 %4222, %4226
	%4233 = add i32 %4223, %4137
	%4234 = xor i1 %4232, true
	%4235 = icmp sge i32 %4233, %3995
	%4236 = and i1 %4234, %4235
	%4237 = mul i32 %3, 8
	%4238 = add i32 %4237, 7
	%4239 = sub i32 255, %4238
	%4240 = select i1 %4236, i32 %4239, i32 %4230
	%4241 = select i1 %4236, i32 %4223, i32 %4231
	%4242 = or i1 %4232, %4236
	%4243 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4162)
	%4244 = call i32 @llvm.cttz.i32(i32 %4243, i1 false)
	%4245 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4240, i32 %4244, i32 31)
	%4246 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4241, i32 %4244, i32 31)
	%4247 = shl i32 %4245, 16
	%4248 = or i32 %3992, %4247
	%4249 = shl i32 255, 16
	%4250 = or i32 %3994, %4249
	%4251 = sub i32 %3995, %4246
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4252 = mul i32 %3, 8
	%4253 = add i32 %4252, 0
	%4254 = add i32 %3730, %4253
	%4255 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4256 = bitcast i8 addrspace(3)* %4255 to i32 addrspace(3)*
	%4257 = getelementptr i32, i32 addrspace(3)* %4256, i32 %4254
	store i32 0, i32 addrspace(3)* %4257
	%4258 = mul i32 %3, 8
	%4259 = add i32 %4258, 1
	%4260 = add i32 %3730, %4259
	%4261 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4262 = bitcast i8 addrspace(3)* %4261 to i32 addrspace(3)*
	%4263 = getelementptr i32, i32 addrspace(3)* %4262, i32 %4260
	store i32 0, i32 addrspace(3)* %4263
	%4264 = mul i32 %3, 8
	%4265 = add i32 %4264, 2
	%4266 = add i32 %3730, %4265
	%4267 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4268 = bitcast i8 addrspace(3)* %4267 to i32 addrspace(3)*
	%4269 = getelementptr i32, i32 addrspace(3)* %4268, i32 %4266
	store i32 0, i32 addrspace(3)* %4269
	%4270 = mul i32 %3, 8
	%4271 = add i32 %4270, 3
	%4272 = add i32 %3730, %4271
	%4273 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4274 = bitcast i8 addrspace(3)* %4273 to i32 addrspace(3)*
	%4275 = getelementptr i32, i32 addrspace(3)* %4274, i32 %4272
	store i32 0, i32 addrspace(3)* %4275
	%4276 = mul i32 %3, 8
	%4277 = add i32 %4276, 4
	%4278 = add i32 %3730, %4277
	%4279 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4280 = bitcast i8 addrspace(3)* %4279 to i32 addrspace(3)*
	%4281 = getelementptr i32, i32 addrspace(3)* %4280, i32 %4278
	store i32 0, i32 addrspace(3)* %4281
	%4282 = mul i32 %3, 8
	%4283 = add i32 %4282, 5
	%4284 = add i32 %3730, %4283
	%4285 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4286 = bitcast i8 addrspace(3)* %4285 to i32 addrspace(3)*
	%4287 = getelementptr i32, i32 addrspace(3)* %4286, i32 %4284
	store i32 0, i32 addrspace(3)* %4287
	%4288 = mul i32 %3, 8
	%4289 = add i32 %4288, 6
	%4290 = add i32 %3730, %4289
	%4291 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4292 = bitcast i8 addrspace(3)* %4291 to i32 addrspace(3)*
	%4293 = getelementptr i32, i32 addrspace(3)* %4292, i32 %4290
	store i32 0, i32 addrspace(3)* %4293
	%4294 = mul i32 %3, 8
	%4295 = add i32 %4294, 7
	%4296 = add i32 %3730, %4295
	%4297 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4298 = bitcast i8 addrspace(3)* %4297 to i32 addrspace(3)*
	%4299 = getelementptr i32, i32 addrspace(3)* %4298, i32 %4296
	store i32 0, i32 addrspace(3)* %4299
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4310

4300:
	%4301 = lshr i32 %4062, 16
	%4302 = and i32 %4301, 255
	%4303 = add i32 %3730, %4302
	%4304 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4305 = bitcast i8 addrspace(3)* %4304 to i32 addrspace(3)*
	%4306 = getelementptr i32, i32 addrspace(3)* %4305, i32 %4303
	%4307 = atomicrmw add i32 addrspace(3)* %4306, i32 1 monotonic
	br label %4308

4308:
	%4309 = add i32 %4055, 32
	br label %4054

4310:
	%4311 = phi i32 [ %3, %4066 ], [ %4565, %4564 ]
	%4312 = icmp slt i32 %4311, %589
	br i1 %4312, label %4313, label %4322

4313:
	%4314 = add i32 %3729, %4311
	%4315 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%4316 = bitcast i8 addrspace(3)* %4315 to i32 addrspace(3)*
	%4317 = getelementptr i32, i32 addrspace(3)* %4316, i32 %4314
	%4318 = load i32, i32 addrspace(3)* %4317
	%4319 = and i32 %4318, %4250
	%4320 = icmp eq i32 %4319, %4248
	%4321 = and i1 true, %4320
	br i1 %4321, label %4556, label %4564

4322:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4323 = mul i32 %3, 8
	%4324 = add i32 %4323, 0
	%4325 = sub i32 255, %4324
	%4326 = add i32 %3730, %4325
	%4327 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4328 = bitcast i8 addrspace(3)* %4327 to i32 addrspace(3)*
	%4329 = getelementptr i32, i32 addrspace(3)* %4328, i32 %4326
	%4330 = load i32, i32 addrspace(3)* %4329
	%4331 = add i32 0, %4330
	%4332 = mul i32 %3, 8
	%4333 = add i32 %4332, 1
	%4334 = sub i32 255, %4333
	%4335 = add i32 %3730, %4334
	%4336 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4337 = bitcast i8 addrspace(3)* %4336 to i32 addrspace(3)*
	%4338 = getelementptr i32, i32 addrspace(3)* %4337, i32 %4335
	%4339 = load i32, i32 addrspace(3)* %4338
	%4340 = add i32 %4331, %4339
	%4341 = mul i32 %3, 8
	%4342 = add i32 %4341, 2
	%4343 = sub i32 255, %4342
	%4344 = add i32 %3730, %4343
	%4345 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4346 = bitcast i8 addrspace(3)* %4345 to i32 addrspace(3)*
	%4347 = getelementptr i32, i32 addrspace(3)* %4346, i32 %4344
	%4348 = load i32, i32 addrspace(3)* %4347
	%4349 = add i32 %4340, %4348
	%4350 = mul i32 %3, 8
	%4351 = add i32 %4350, 3
	%4352 = sub i32 255, %4351
	%4353 = add i32 %3730, %4352
	%4354 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4355 = bitcast i8 addrspace(3)* %4354 to i32 addrspace(3)*
	%4356 = getelementptr i32, i32 addrspace(3)* %4355, i32 %4353
	%4357 = load i32, i32 addrspace(3)* %4356
	%4358 = add i32 %4349, %4357
	%4359 = mul i32 %3, 8
	%4360 = add i32 %4359, 4
	%4361 = sub i32 255, %4360
	%4362 = add i32 %3730, %4361
	%4363 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4364 = bitcast i8 addrspace(3)* %4363 to i32 addrspace(3)*
	%4365 = getelementptr i32, i32 addrspace(3)* %4364, i32 %4362
	%4366 = load i32, i32 addrspace(3)* %4365
	%4367 = add i32 %4358, %4366
	%4368 = mul i32 %3, 8
	%4369 = add i32 %4368, 5
	%4370 = sub i32 255, %4369
	%4371 = add i32 %3730, %4370
	%4372 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4373 = bitcast i8 addrspace(3)* %4372 to i32 addrspace(3)*
	%4374 = getelementptr i32, i32 addrspace(3)* %4373, i32 %4371
	%4375 = load i32, i32 addrspace(3)* %4374
	%4376 = add i32 %4367, %4375
	%4377 = mul i32 %3, 8
	%4378 = add i32 %4377, 6
	%4379 = sub i32 255, %4378
	%4380 = add i32 %3730, %4379
	%4381 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4382 = bitcast i8 addrspace(3)* %4381 to i32 addrspace(3)*
	%4383 = getelementptr i32, i32 addrspace(3)* %4382, i32 %4380
	%4384 = load i32, i32 addrspace(3)* %4383
	%4385 = add i32 %4376, %4384
	%4386 = mul i32 %3, 8
	%4387 = add i32 %4386, 7
	%4388 = sub i32 255, %4387
	%4389 = add i32 %3730, %4388
	%4390 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4391 = bitcast i8 addrspace(3)* %4390 to i32 addrspace(3)*
	%4392 = getelementptr i32, i32 addrspace(3)* %4391, i32 %4389
	%4393 = load i32, i32 addrspace(3)* %4392
	%4394 = add i32 %4385, %4393
	%4395 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4394, i32 1, i32 0)
	%4396 = icmp uge i32 %3, 1
	%4397 = select i1 %4396, i32 %4395, i32 0
	%4398 = add i32 %4394, %4397
	%4399 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4398, i32 2, i32 0)
	%4400 = icmp uge i32 %3, 2
	%4401 = select i1 %4400, i32 %4399, i32 0
	%4402 = add i32 %4398, %4401
	%4403 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4402, i32 4, i32 0)
	%4404 = icmp uge i32 %3, 4
	%4405 = select i1 %4404, i32 %4403, i32 0
	%4406 = add i32 %4402, %4405
	%4407 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4406, i32 8, i32 0)
	%4408 = icmp uge i32 %3, 8
	%4409 = select i1 %4408, i32 %4407, i32 0
	%4410 = add i32 %4406, %4409
	%4411 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4410, i32 16, i32 0)
	%4412 = icmp uge i32 %3, 16
	%4413 = select i1 %4412, i32 %4411, i32 0
	%4414 = add i32 %4410, %4413
	%4415 = sub i32 %4414, %4394
	%4416 = icmp slt i32 %4415, %4251
	%4417 = icmp sge i32 %4414, %4251
	%4418 = and i1 %4416, %4417
	%4419 = add i32 %4415, %4330
	%4420 = xor i1 false, true
	%4421 = icmp sge i32 %4419, %4251
	%4422 = and i1 %4420, %4421
	%4423 = mul i32 %3, 8
	%4424 = add i32 %4423, 0
	%4425 = sub i32 255, %4424
	%4426 = select i1 %4422, i32 %4425, i32 0
	%4427 = select i1 %4422, i32 %4415, i32 0
	%4428 = or i1 false, %4422
	%4429 = add i32 %4419, %4339
	%4430 = xor i1 %4428, true
	%4431 = icmp sge i32 %4429, %4251
	%4432 = and i1 %4430, %4431
	%4433 = mul i32 %3, 8
	%4434 = add i32 %4433, 1
	%4435 = sub i32 255, %4434
	%4436 = select i1 %4432, i32 %4435, i32 %4426
	%4437 = select i1 %4432, i32 %4419, i32 %4427
	%4438 = or i1 %4428, %4432
	%4439 = add i32 %4429, %4348
	%4440 = xor i1 %4438, true
	%4441 = icmp sge i32 %4439, %4251
	%4442 = and i1 %4440, %4441
	%4443 = mul i32 %3, 8
	%4444 = add i32 %4443, 2
	%4445 = sub i32 255, %4444
	%4446 = select i1 %4442, i32 %4445, i32 %4436
	%4447 = select i1 %4442, i32 %4429, i32 %4437
	%4448 = or i1 %4438, %4442
	%4449 = add i32 %4439, %4357
	%4450 = xor i1 %4448, true
	%4451 = icmp sge i32 %4449, %4251
	%4452 = and i1 %4450, %4451
	%4453 = mul i32 %3, 8
	%4454 = add i32 %4453, 3
	%4455 = sub i32 255, %4454
	%4456 = select i1 %4452, i32 %4455, i32 %4446
	%4457 = select i1 %4452, i32 %4439, i32 %4447
	%4458 = or i1 %4448, %4452
	%4459 = add i32 %4449, %4366
	%4460 = xor i1 %4458, true
	%4461 = icmp sge i32 %4459, %4251
	%4462 = and i1 %4460, %4461
	%4463 = mul i32 %3, 8
	%4464 = add i32 %4463, 4
	%4465 = sub i32 255, %4464
	%4466 = select i1 %4462, i32 %4465, i32 %4456
	%4467 = select i1 %4462, i32 %4449, i32 %4457
	%4468 = or i1 %4458, %4462
	%4469 = add i32 %4459, %4375
	%4470 = xor i1 %4468, true
	%4471 = icmp sge i32 %4469, %4251
	%4472 = and i1 %4470, %4471
	%4473 = mul i32 %3, 8
	%4474 = add i32 %4473, 5
	%4475 = sub i32 255, %4474
	%4476 = select i1 %4472, i32 %4475, i32 %4466
	%4477 = select i1 %4472, i32 %4459, i32 %4467
	%4478 = or i1 %4468, %4472
	%4479 = add i32 %4469, %4384
	%4480 = xor i1 %4478, true
	%4481 = icmp sge i32 %4479, %4251
	%4482 = and i1 %4480, %4481
	%4483 = mul i32 %3, 8
	%4484 = add i32 %4483, 6
	%4485 = sub i32 255, %4484
	%4486 = select i1 %4482, i32 %4485, i32 %4476
	%4487 = select i1 %4482, i32 %4469, i32 %4477
	%4488 = or i1 %4478, %4482
	%4489 = add i32 %4479, %4393
	%4490 = xor i1 %4488, true
	%4491 = icmp sge i32 %4489, %4251
	%4492 = and i1 %4490, %4491
	%4493 = mul i32 %3, 8
	%4494 = add i32 %4493, 7
	%4495 = sub i32 255, %4494
	%4496 = select i1 %4492, i32 %4495, i32 %4486
	%4497 = select i1 %4492, i32 %4479, i32 %4487
	%4498 = or i1 %4488, %4492
	%4499 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4418)
	%4500 = call i32 @llvm.cttz.i32(i32 %4499, i1 false)
	%4501 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4496, i32 %4500, i32 31)
	%4502 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4497, i32 %4500, i32 31)
	%4503 = shl i32 %4501, 8
	%4504 = or i32 %4248, %4503
	%4505 = shl i32 255, 8
	%4506 = or i32 %4250, %4505
	%4507 = sub i32 %4251, %4502
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4508 = mul i32 %3, 8
	%4509 = add i32 %4508, 0
	%4510 = add i32 %3730, %4509
	%4511 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4512 = bitcast i8 addrspace(3)* %4511 to i32 addrspace(3)*
	%4513 = getelementptr i32, i32 addrspace(3)* %4512, i32 %4510
	store i32 0, i32 addrspace(3)* %4513
	%4514 = mul i32 %3, 8
	%4515 = add i32 %4514, 1
	%4516 = add i32 %3730, %4515
	%4517 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4518 = bitcast i8 addrspace(3)* %4517 to i32 addrspace(3)*
	%4519 = getelementptr i32, i32 addrspace(3)* %4518, i32 %4516
	store i32 0, i32 addrspace(3)* %4519
	%4520 = mul i32 %3, 8
	%4521 = add i32 %4520, 2
	%4522 = add i32 %3730, %4521
	%4523 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4524 = bitcast i8 addrspace(3)* %4523 to i32 addrspace(3)*
	%4525 = getelementptr i32, i32 addrspace(3)* %4524, i32 %4522
	store i32 0, i32 addrspace(3)* %4525
	%4526 = mul i32 %3, 8
	%4527 = add i32 %4526, 3
	%4528 = add i32 %3730, %4527
	%4529 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4530 = bitcast i8 addrspace(3)* %4529 to i32 addrspace(3)*
	%4531 = getelementptr i32, i32 addrspace(3)* %4530, i32 %4528
	store i32 0, i32 addrspace(3)* %4531
	%4532 = mul i32 %3, 8
	%4533 = add i32 %4532, 4
	%4534 = add i32 %3730, %4533
	%4535 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4536 = bitcast i8 addrspace(3)* %4535 to i32 addrspace(3)*
	%4537 = getelementptr i32, i32 addrspace(3)* %4536, i32 %4534
	store i32 0, i32 addrspace(3)* %4537
	%4538 = mul i32 %3, 8
	%4539 = add i32 %4538, 5
	%4540 = add i32 %3730, %4539
	%4541 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4542 = bitcast i8 addrspace(3)* %4541 to i32 addrspace(3)*
	%4543 = getelementptr i32, i32 addrspace(3)* %4542, i32 %4540
	store i32 0, i32 addrspace(3)* %4543
	%4544 = mul i32 %3, 8
	%4545 = add i32 %4544, 6
	%4546 = add i32 %3730, %4545
	%4547 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4548 = bitcast i8 addrspace(3)* %4547 to i32 addrspace(3)*
	%4549 = getelementptr i32, i32 addrspace(3)* %4548, i32 %4546
	store i32 0, i32 addrspace(3)* %4549
	%4550 = mul i32 %3, 8
	%4551 = add i32 %4550, 7
	%4552 = add i32 %3730, %4551
	%4553 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4554 = bitcast i8 addrspace(3)* %4553 to i32 addrspace(3)*
	%4555 = getelementptr i32, i32 addrspace(3)* %4554, i32 %4552
	store i32 0, i32 addrspace(3)* %4555
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4566

4556:
	%4557 = lshr i32 %4318, 8
	%4558 = and i32 %4557, 255
	%4559 = add i32 %3730, %4558
	%4560 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4561 = bitcast i8 addrspace(3)* %4560 to i32 addrspace(3)*
	%4562 = getelementptr i32, i32 addrspace(3)* %4561, i32 %4559
	%4563 = atomicrmw add i32 addrspace(3)* %4562, i32 1 monotonic
	br label %4564

4564:
	%4565 = add i32 %4311, 32
	br label %4310

4566:
	%4567 = phi i32 [ %3, %4322 ], [ %4775, %4774 ]
	%4568 = icmp slt i32 %4567, %589
	br i1 %4568, label %4569, label %4578

4569:
	%4570 = add i32 %3729, %4567
	%4571 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%4572 = bitcast i8 addrspace(3)* %4571 to i32 addrspace(3)*
	%4573 = getelementptr i32, i32 addrspace(3)* %4572, i32 %4570
	%4574 = load i32, i32 addrspace(3)* %4573
	%4575 = and i32 %4574, %4506
	%4576 = icmp eq i32 %4575, %4504
	%4577 = and i1 true, %4576
	br i1 %4577, label %4766, label %4774

4578:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4579 = mul i32 %3, 8
	%4580 = add i32 %4579, 0
	%4581 = sub i32 255, %4580
	%4582 = add i32 %3730, %4581
	%4583 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4584 = bitcast i8 addrspace(3)* %4583 to i32 addrspace(3)*
	%4585 = getelementptr i32, i32 addrspace(3)* %4584, i32 %4582
	%4586 = load i32, i32 addrspace(3)* %4585
	%4587 = add i32 0, %4586
	%4588 = mul i32 %3, 8
	%4589 = add i32 %4588, 1
	%4590 = sub i32 255, %4589
	%4591 = add i32 %3730, %4590
	%4592 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4593 = bitcast i8 addrspace(3)* %4592 to i32 addrspace(3)*
	%4594 = getelementptr i32, i32 addrspace(3)* %4593, i32 %4591
	%4595 = load i32, i32 addrspace(3)* %4594
	%4596 = add i32 %4587, %4595
	%4597 = mul i32 %3, 8
	%4598 = add i32 %4597, 2
	%4599 = sub i32 255, %4598
	%4600 = add i32 %3730, %4599
	%4601 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4602 = bitcast i8 addrspace(3)* %4601 to i32 addrspace(3)*
	%4603 = getelementptr i32, i32 addrspace(3)* %4602, i32 %4600
	%4604 = load i32, i32 addrspace(3)* %4603
	%4605 = add i32 %4596, %4604
	%4606 = mul i32 %3, 8
	%4607 = add i32 %4606, 3
	%4608 = sub i32 255, %4607
	%4609 = add i32 %3730, %4608
	%4610 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4611 = bitcast i8 addrspace(3)* %4610 to i32 addrspace(3)*
	%4612 = getelementptr i32, i32 addrspace(3)* %4611, i32 %4609
	%4613 = load i32, i32 addrspace(3)* %4612
	%4614 = add i32 %4605, %4613
	%4615 = mul i32 %3, 8
	%4616 = add i32 %4615, 4
	%4617 = sub i32 255, %4616
	%4618 = add i32 %3730, %4617
	%4619 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4620 = bitcast i8 addrspace(3)* %4619 to i32 addrspace(3)*
	%4621 = getelementptr i32, i32 addrspace(3)* %4620, i32 %4618
	%4622 = load i32, i32 addrspace(3)* %4621
	%4623 = add i32 %4614, %4622
	%4624 = mul i32 %3, 8
	%4625 = add i32 %4624, 5
	%4626 = sub i32 255, %4625
	%4627 = add i32 %3730, %4626
	%4628 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4629 = bitcast i8 addrspace(3)* %4628 to i32 addrspace(3)*
	%4630 = getelementptr i32, i32 addrspace(3)* %4629, i32 %4627
	%4631 = load i32, i32 addrspace(3)* %4630
	%4632 = add i32 %4623, %4631
	%4633 = mul i32 %3, 8
	%4634 = add i32 %4633, 6
	%4635 = sub i32 255, %4634
	%4636 = add i32 %3730, %4635
	%4637 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4638 = bitcast i8 addrspace(3)* %4637 to i32 addrspace(3)*
	%4639 = getelementptr i32, i32 addrspace(3)* %4638, i32 %4636
	%4640 = load i32, i32 addrspace(3)* %4639
	%4641 = add i32 %4632, %4640
	%4642 = mul i32 %3, 8
	%4643 = add i32 %4642, 7
	%4644 = sub i32 255, %4643
	%4645 = add i32 %3730, %4644
	%4646 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4647 = bitcast i8 addrspace(3)* %4646 to i32 addrspace(3)*
	%4648 = getelementptr i32, i32 addrspace(3)* %4647, i32 %4645
	%4649 = load i32, i32 addrspace(3)* %4648
	%4650 = add i32 %4641, %4649
	%4651 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4650, i32 1, i32 0)
	%4652 = icmp uge i32 %3, 1
	%4653 = select i1 %4652, i32 %4651, i32 0
	%4654 = add i32 %4650, %4653
	%4655 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4654, i32 2, i32 0)
	%4656 = icmp uge i32 %3, 2
	%4657 = select i1 %4656, i32 %4655, i32 0
	%4658 = add i32 %4654, %4657
	%4659 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4658, i32 4, i32 0)
	%4660 = icmp uge i32 %3, 4
	%4661 = select i1 %4660, i32 %4659, i32 0
	%4662 = add i32 %4658, %4661
	%4663 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4662, i32 8, i32 0)
	%4664 = icmp uge i32 %3, 8
	%4665 = select i1 %4664, i32 %4663, i32 0
	%4666 = add i32 %4662, %4665
	%4667 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4666, i32 16, i32 0)
	%4668 = icmp uge i32 %3, 16
	%4669 = select i1 %4668, i32 %4667, i32 0
	%4670 = add i32 %4666, %4669
	%4671 = sub i32 %4670, %4650
	%4672 = icmp slt i32 %4671, %4507
	%4673 = icmp sge i32 %4670, %4507
	%4674 = and i1 %4672, %4673
	%4675 = add i32 %4671, %4586
	%4676 = xor i1 false, true
	%4677 = icmp sge i32 %4675, %4507
	%4678 = and i1 %4676, %4677
	%4679 = mul i32 %3, 8
	%4680 = add i32 %4679, 0
	%4681 = sub i32 255, %4680
	%4682 = select i1 %4678, i32 %4681, i32 0
	%4683 = select i1 %4678, i32 %4671, i32 0
	%4684 = or i1 false, %4678
	%4685 = add i32 %4675, %4595
	%4686 = xor i1 %4684, true
	%4687 = icmp sge i32 %4685, %4507
	%4688 = and i1 %4686, %4687
	%4689 = mul i32 %3, 8
	%4690 = add i32 %4689, 1
	%4691 = sub i32 255, %4690
	%4692 = select i1 %4688, i32 %4691, i32 %4682
	%4693 = select i1 %4688, i32 %4675, i32 %4683
	%4694 = or i1 %4684, %4688
	%4695 = add i32 %4685, %4604
	%4696 = xor i1 %4694, true
	%4697 = icmp sge i32 %4695, %4507
	%4698 = and i1 %4696, %4697
	%4699 = mul i32 %3, 8
	%4700 = add i32 %4699, 2
	%4701 = sub i32 255, %4700
	%4702 = select i1 %4698, i32 %4701, i32 %4692
	%4703 = select i1 %4698, i32 %4685, i32 %4693
	%4704 = or i1 %4694, %4698
	%4705 = add i32 %4695, %4613
	%4706 = xor i1 %4704, true
	%4707 = icmp sge i32 %4705, %4507
	%4708 = and i1 %4706, %4707
	%4709 = mul i32 %3, 8
	%4710 = add i32 %4709, 3
	%4711 = sub i32 255, %4710
	%4712 = select i1 %4708, i32 %4711, i32 %4702
	%4713 = select i1 %4708, i32 %4695, i32 %4703
	%4714 = or i1 %4704, %4708
	%4715 = add i32 %4705, %4622
	%4716 = xor i1 %4714, true
	%4717 = icmp sge i32 %4715, %4507
	%4718 = and i1 %4716, %4717
	%4719 = mul i32 %3, 8
	%4720 = add i32 %4719, 4
	%4721 = sub i32 255, %4720
	%4722 = select i1 %4718, i32 %4721, i32 %4712
	%4723 = select i1 %4718, i32 %4705, i32 %4713
	%4724 = or i1 %4714, %4718
	%4725 = add i32 %4715, %4631
	%4726 = xor i1 %4724, true
	%4727 = icmp sge i32 %4725, %4507
	%4728 = and i1 %4726, %4727
	%4729 = mul i32 %3, 8
	%4730 = add i32 %4729, 5
	%4731 = sub i32 255, %4730
	%4732 = select i1 %4728, i32 %4731, i32 %4722
	%4733 = select i1 %4728, i32 %4715, i32 %4723
	%4734 = or i1 %4724, %4728
	%4735 = add i32 %4725, %4640
	%4736 = xor i1 %4734, true
	%4737 = icmp sge i32 %4735, %4507
	%4738 = and i1 %4736, %4737
	%4739 = mul i32 %3, 8
	%4740 = add i32 %4739, 6
	%4741 = sub i32 255, %4740
	%4742 = select i1 %4738, i32 %4741, i32 %4732
	%4743 = select i1 %4738, i32 %4725, i32 %4733
	%4744 = or i1 %4734, %4738
	%4745 = add i32 %4735, %4649
	%4746 = xor i1 %4744, true
	%4747 = icmp sge i32 %4745, %4507
	%4748 = and i1 %4746, %4747
	%4749 = mul i32 %3, 8
	%4750 = add i32 %4749, 7
	%4751 = sub i32 255, %4750
	%4752 = select i1 %4748, i32 %4751, i32 %4742
	%4753 = select i1 %4748, i32 %4735, i32 %4743
	%4754 = or i1 %4744, %4748
	%4755 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4674)
	%4756 = call i32 @llvm.cttz.i32(i32 %4755, i1 false)
	%4757 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4752, i32 %4756, i32 31)
	%4758 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4753, i32 %4756, i32 31)
	%4759 = shl i32 %4757, 0
	%4760 = or i32 %4504, %4759
	%4761 = shl i32 255, 0
	%4762 = or i32 %4506, %4761
	%4763 = sub i32 %4507, %4758
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4764 = shl i32 1, %3
	%4765 = sub i32 %4764, 1
	br label %4776

4766:
	%4767 = lshr i32 %4574, 0
	%4768 = and i32 %4767, 255
	%4769 = add i32 %3730, %4768
	%4770 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%4771 = bitcast i8 addrspace(3)* %4770 to i32 addrspace(3)*
	%4772 = getelementptr i32, i32 addrspace(3)* %4771, i32 %4769
	%4773 = atomicrmw add i32 addrspace(3)* %4772, i32 1 monotonic
	br label %4774

4774:
	%4775 = add i32 %4567, 32
	br label %4566

4776:
	%4777 = phi i32 [ 0, %4578 ], [ %4846, %4841 ]
	%4778 = phi i32 [ 0, %4578 ], [ %4843, %4841 ]
	%4779 = phi i32 [ 0, %4578 ], [ %4845, %4841 ]
	%4780 = icmp slt i32 %4777, %589
	br i1 %4780, label %4781, label %4784

4781:
	%4782 = add i32 %4777, %3
	%4783 = icmp slt i32 %4782, %589
	br i1 %4783, label %4805, label %4815

4784:
	%4785 = icmp ugt i32 %3477, %4760
	%4786 = and i1 %3472, %4785
	%4787 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4786)
	%4788 = call i32 @llvm.ctpop.i32(i32 %4787)
	%4789 = add i32 0, %4788
	%4790 = icmp ugt i32 %3490, %4760
	%4791 = and i1 %3485, %4790
	%4792 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4791)
	%4793 = call i32 @llvm.ctpop.i32(i32 %4792)
	%4794 = add i32 %4789, %4793
	%4795 = icmp ugt i32 %3503, %4760
	%4796 = and i1 %3498, %4795
	%4797 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4796)
	%4798 = call i32 @llvm.ctpop.i32(i32 %4797)
	%4799 = add i32 %4794, %4798
	%4800 = icmp ugt i32 %3516, %4760
	%4801 = and i1 %3511, %4800
	%4802 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4801)
	%4803 = call i32 @llvm.ctpop.i32(i32 %4802)
	%4804 = add i32 %4799, %4803
	br label %3779

4805:
	%4806 = add i32 %3729, %4782
	%4807 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%4808 = bitcast i8 addrspace(3)* %4807 to i32 addrspace(3)*
	%4809 = getelementptr i32, i32 addrspace(3)* %4808, i32 %4806
	%4810 = load i32, i32 addrspace(3)* %4809
	%4811 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%4812 = bitcast i8 addrspace(3)* %4811 to i32 addrspace(3)*
	%4813 = getelementptr i32, i32 addrspace(3)* %4812, i32 %4806
	%4814 = load i32, i32 addrspace(3)* %4813
	br label %4815

4815:
	%4816 = phi i32 [ 0, %4781 ], [ %4810, %4805 ]
	%4817 = phi i32 [ 0, %4781 ], [ %4814, %4805 ]
	%4818 = icmp eq i32 %4816, %4760
	%4819 = and i1 %4783, %4818
	%4820 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4819)
	%4821 = and i32 %4820, %4765
	%4822 = call i32 @llvm.ctpop.i32(i32 %4821)
	%4823 = add i32 %4779, %4822
	%4824 = icmp ugt i32 %4816, %4760
	%4825 = icmp slt i32 %4823, %4763
	%4826 = and i1 %4819, %4825
	%4827 = or i1 %4824, %4826
	%4828 = and i1 %4783, %4827
	%4829 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4828)
	%4830 = and i32 %4829, %4765
	%4831 = call i32 @llvm.ctpop.i32(i32 %4830)
	%4832 = add i32 %4778, %4831
	%4833 = add i32 %3729, %4832
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %4828, label %4834, label %4841

4834:
	%4835 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%4836 = bitcast i8 addrspace(3)* %4835 to i32 addrspace(3)*
	%4837 = getelementptr i32, i32 addrspace(3)* %4836, i32 %4833
	store i32 %4816, i32 addrspace(3)* %4837
	%4838 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%4839 = bitcast i8 addrspace(3)* %4838 to i32 addrspace(3)*
	%4840 = getelementptr i32, i32 addrspace(3)* %4839, i32 %4833
	store i32 %4817, i32 addrspace(3)* %4840
	br label %4841

4841:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4842 = call i32 @llvm.ctpop.i32(i32 %4829)
	%4843 = add i32 %4778, %4842
	%4844 = call i32 @llvm.ctpop.i32(i32 %4820)
	%4845 = add i32 %4779, %4844
	%4846 = add i32 %4777, 32
	br label %4776

4847:
	%4848 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%4849 = bitcast i8 addrspace(3)* %4848 to i32 addrspace(3)*
	%4850 = getelementptr i32, i32 addrspace(3)* %4849, i32 %3797
	store i32 %3477, i32 addrspace(3)* %4850
	%4851 = add i32 0, %3
	%4852 = add i32 %586, %4851
	%4853 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%4854 = bitcast i8 addrspace(3)* %4853 to i32 addrspace(3)*
	%4855 = getelementptr i32, i32 addrspace(3)* %4854, i32 %3797
	store i32 %4852, i32 addrspace(3)* %4855
	br label %4856

4856:
	%4857 = call i32 @llvm.ctpop.i32(i32 %3787)
	%4858 = add i32 %3780, %4857
	%4859 = and i32 %3788, %3792
	%4860 = call i32 @llvm.ctpop.i32(i32 %4859)
	%4861 = add i32 %4858, %4860
	%4862 = add i32 %3793, %4861
	br i1 %3784, label %4863, label %4872

4863:
	%4864 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%4865 = bitcast i8 addrspace(3)* %4864 to i32 addrspace(3)*
	%4866 = getelementptr i32, i32 addrspace(3)* %4865, i32 %4862
	store i32 %3490, i32 addrspace(3)* %4866
	%4867 = add i32 32, %3
	%4868 = add i32 %586, %4867
	%4869 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%4870 = bitcast i8 addrspace(3)* %4869 to i32 addrspace(3)*
	%4871 = getelementptr i32, i32 addrspace(3)* %4870, i32 %4862
	store i32 %4868, i32 addrspace(3)* %4871
	br label %4872

4872:
	%4873 = call i32 @llvm.ctpop.i32(i32 %3788)
	%4874 = add i32 %4858, %4873
	%4875 = and i32 %3789, %3792
	%4876 = call i32 @llvm.ctpop.i32(i32 %4875)
	%4877 = add i32 %4874, %4876
	%4878 = add i32 %3793, %4877
	br i1 %3785, label %4879, label %4888

4879:
	%4880 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%4881 = bitcast i8 addrspace(3)* %4880 to i32 addrspace(3)*
	%4882 = getelementptr i32, i32 addrspace(3)* %4881, i32 %4878
	store i32 %3503, i32 addrspace(3)* %4882
	%4883 = add i32 64, %3
	%4884 = add i32 %586, %4883
	%4885 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%4886 = bitcast i8 addrspace(3)* %4885 to i32 addrspace(3)*
	%4887 = getelementptr i32, i32 addrspace(3)* %4886, i32 %4878
	store i32 %4884, i32 addrspace(3)* %4887
	br label %4888

4888:
	%4889 = call i32 @llvm.ctpop.i32(i32 %3789)
	%4890 = add i32 %4874, %4889
	%4891 = and i32 %3790, %3792
	%4892 = call i32 @llvm.ctpop.i32(i32 %4891)
	%4893 = add i32 %4890, %4892
	%4894 = add i32 %3793, %4893
	br i1 %3786, label %4895, label %4904

4895:
	%4896 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%4897 = bitcast i8 addrspace(3)* %4896 to i32 addrspace(3)*
	%4898 = getelementptr i32, i32 addrspace(3)* %4897, i32 %4894
	store i32 %3516, i32 addrspace(3)* %4898
	%4899 = add i32 96, %3
	%4900 = add i32 %586, %4899
	%4901 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%4902 = bitcast i8 addrspace(3)* %4901 to i32 addrspace(3)*
	%4903 = getelementptr i32, i32 addrspace(3)* %4902, i32 %4894
	store i32 %4900, i32 addrspace(3)* %4903
	br label %4904

4904:
	%4905 = call i32 @llvm.ctpop.i32(i32 %3790)
	%4906 = add i32 %4890, %4905
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4907 = add i32 %3780, %3782
	br label %3518

4908:
	%4909 = add i32 0, %3
	%4910 = mul i32 %462, 136
	%4911 = add i32 %4910, %4909
	%4912 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%4913 = bitcast i8 addrspace(3)* %4912 to float addrspace(3)*
	%4914 = getelementptr float, float addrspace(3)* %4913, i32 %4911
	%4915 = load float, float addrspace(3)* %4914
	%4916 = fcmp ogt float %4915, 0xFFF0000000000000
	%4917 = fadd float %4915, 0.0
	%4918 = bitcast float %4917 to i32
	%4919 = ashr i32 %4918, 31
	%4920 = or i32 %4919, -2147483648
	%4921 = xor i32 %4918, %4920
	%4922 = add i32 32, %3
	%4923 = mul i32 %462, 136
	%4924 = add i32 %4923, %4922
	%4925 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%4926 = bitcast i8 addrspace(3)* %4925 to float addrspace(3)*
	%4927 = getelementptr float, float addrspace(3)* %4926, i32 %4924
	%4928 = load float, float addrspace(3)* %4927
	%4929 = fcmp ogt float %4928, 0xFFF0000000000000
	%4930 = fadd float %4928, 0.0
	%4931 = bitcast float %4930 to i32
	%4932 = ashr i32 %4931, 31
	%4933 = or i32 %4932, -2147483648
	%4934 = xor i32 %4931, %4933
	%4935 = add i32 64, %3
	%4936 = mul i32 %462, 136
	%4937 = add i32 %4936, %4935
	%4938 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%4939 = bitcast i8 addrspace(3)* %4938 to float addrspace(3)*
	%4940 = getelementptr float, float addrspace(3)* %4939, i32 %4937
	%4941 = load float, float addrspace(3)* %4940
	%4942 = fcmp ogt float %4941, 0xFFF0000000000000
	%4943 = fadd float %4941, 0.0
	%4944 = bitcast float %4943 to i32
	%4945 = ashr i32 %4944, 31
	%4946 = or i32 %4945, -2147483648
	%4947 = xor i32 %4944, %4946
	%4948 = add i32 96, %3
	%4949 = mul i32 %462, 136
	%4950 = add i32 %4949, %4948
	%4951 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%4952 = bitcast i8 addrspace(3)* %4951 to float addrspace(3)*
	%4953 = getelementptr float, float addrspace(3)* %4952, i32 %4950
	%4954 = load float, float addrspace(3)* %4953
	%4955 = fcmp ogt float %4954, 0xFFF0000000000000
	%4956 = fadd float %4954, 0.0
	%4957 = bitcast float %4956 to i32
	%4958 = ashr i32 %4957, 31
	%4959 = or i32 %4958, -2147483648
	%4960 = xor i32 %4957, %4959
	%4961 = icmp eq i32 %592, 0
	br i1 %4961, label %4965, label %5148

4962:
	%4963 = phi i32 [ %591, %3518 ], [ %6351, %6348 ]
	%4964 = phi i32 [ %592, %3518 ], [ %5225, %6348 ]
	br i1 %545, label %6352, label %6406

4965:
	%4966 = select i1 %4916, i32 %4921, i32 0
	%4967 = icmp ugt i32 0, %4966
	%4968 = select i1 %4967, i32 0, i32 %4966
	%4969 = select i1 %4929, i32 %4934, i32 0
	%4970 = icmp ugt i32 %4968, %4969
	%4971 = select i1 %4970, i32 %4968, i32 %4969
	%4972 = select i1 %4942, i32 %4947, i32 0
	%4973 = icmp ugt i32 %4971, %4972
	%4974 = select i1 %4973, i32 %4971, i32 %4972
	%4975 = select i1 %4955, i32 %4960, i32 0
	%4976 = icmp ugt i32 %4974, %4975
	%4977 = select i1 %4976, i32 %4974, i32 %4975
	%4978 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4977, i32 1, i32 31)
	%4979 = and i32 %3, 2
	%4980 = icmp eq i32 %4979, 0
	%4981 = and i32 %3, 1
	%4982 = icmp eq i32 %4981, 0
	%4983 = icmp eq i1 %4980, %4982
	%4984 = icmp ugt i32 %4977, %4978
	%4985 = select i1 %4984, i32 %4977, i32 %4978
	%4986 = icmp ult i32 %4977, %4978
	%4987 = select i1 %4986, i32 %4977, i32 %4978
	%4988 = select i1 %4983, i32 %4985, i32 %4987
	%4989 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4988, i32 2, i32 31)
	%4990 = and i32 %3, 4
	%4991 = icmp eq i32 %4990, 0
	%4992 = and i32 %3, 2
	%4993 = icmp eq i32 %4992, 0
	%4994 = icmp eq i1 %4991, %4993
	%4995 = icmp ugt i32 %4988, %4989
	%4996 = select i1 %4995, i32 %4988, i32 %4989
	%4997 = icmp ult i32 %4988, %4989
	%4998 = select i1 %4997, i32 %4988, i32 %4989
	%4999 = select i1 %4994, i32 %4996, i32 %4998
	%5000 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4999, i32 1, i32 31)
	%5001 = and i32 %3, 4
	%5002 = icmp eq i32 %5001, 0
	%5003 = and i32 %3, 1
	%5004 = icmp eq i32 %5003, 0
	%5005 = icmp eq i1 %5002, %5004
	%5006 = icmp ugt i32 %4999, %5000
	%5007 = select i1 %5006, i32 %4999, i32 %5000
	%5008 = icmp ult i32 %4999, %5000
	%5009 = select i1 %5008, i32 %4999, i32 %5000
	%5010 = select i1 %5005, i32 %5007, i32 %5009
	%5011 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5010, i32 4, i32 31)
	%5012 = and i32 %3, 8
	%5013 = icmp eq i32 %5012, 0
	%5014 = and i32 %3, 4
	%5015 = icmp eq i32 %5014, 0
	%5016 = icmp eq i1 %5013, %5015
	%5017 = icmp ugt i32 %5010, %5011
	%5018 = select i1 %5017, i32 %5010, i32 %5011
	%5019 = icmp ult i32 %5010, %5011
	%5020 = select i1 %5019, i32 %5010, i32 %5011
	%5021 = select i1 %5016, i32 %5018, i32 %5020
	%5022 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5021, i32 2, i32 31)
	%5023 = and i32 %3, 8
	%5024 = icmp eq i32 %5023, 0
	%5025 = and i32 %3, 2
	%5026 = icmp eq i32 %5025, 0
	%5027 = icmp eq i1 %5024, %5026
	%5028 = icmp ugt i32 %5021, %5022
	%5029 = select i1 %5028, i32 %5021, i32 %5022
	%5030 = icmp ult i32 %5021, %5022
	%5031 = select i1 %5030, i32 %5021, i32 %5022
	%5032 = select i1 %5027, i32 %5029, i32 %5031
	%5033 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5032, i32 1, i32 31)
	%5034 = and i32 %3, 8
	%5035 = icmp eq i32 %5034, 0
	%5036 = and i32 %3, 1
	%5037 = icmp eq i32 %5036, 0
	%5038 = icmp eq i1 %5035, %5037
	%5039 = icmp ugt i32 %5032, %5033
	%5040 = select i1 %5039, i32 %5032, i32 %5033
	%5041 = icmp ult i32 %5032, %5033
	%5042 = select i1 %5041, i32 %5032, i32 %5033
	%5043 = select i1 %5038, i32 %5040, i32 %5042
	%5044 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5043, i32 8, i32 31)
	%5045 = and i32 %3, 16
	%5046 = icmp eq i32 %5045, 0
	%5047 = and i32 %3, 8
	%5048 = icmp eq i32 %5047, 0
	%5049 = icmp eq i1 %5046, %5048
	%5050 = icmp ugt i32 %5043, %5044
	%5051 = select i1 %5050, i32 %5043, i32 %5044
	%5052 = icmp ult i32 %5043, %5044
	%5053 = select i1 %5052, i32 %5043, i32 %5044
	%5054 = select i1 %5049, i32 %5051, i32 %5053
	%5055 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5054, i32 4, i32 31)
	%5056 = and i32 %3, 16
	%5057 = icmp eq i32 %5056, 0
	%5058 = and i32 %3, 4
	%5059 = icmp eq i32 %5058, 0
	%5060 = icmp eq i1 %5057, %5059
	%5061 = icmp ugt i32 %5054, %5055
	%5062 = select i1 %5061, i32 %5054, i32 %5055
	%5063 = icmp ult i32 %5054, %5055
	%5064 = select i1 %5063, i32 %5054, i32 %5055
	%5065 = select i1 %5060, i32 %5062, i32 %5064
	%5066 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5065, i32 2, i32 31)
	%5067 = and i32 %3, 16
	%5068 = icmp eq i32 %5067, 0
	%5069 = and i32 %3, 2
	%5070 = icmp eq i32 %5069, 0
	%5071 = icmp eq i1 %5068, %5070
	%5072 = icmp ugt i32 %5065, %5066
	%5073 = select i1 %5072, i32 %5065, i32 %5066
	%5074 = icmp ult i32 %5065, %5066
	%5075 = select i1 %5074, i32 %5065, i32 %5066
	%5076 = select i1 %5071, i32 %5073, i32 %5075
	%5077 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5076, i32 1, i32 31)
	%5078 = and i32 %3, 16
	%5079 = icmp eq i32 %5078, 0
	%5080 = and i32 %3, 1
	%5081 = icmp eq i32 %5080, 0
	%5082 = icmp eq i1 %5079, %5081
	%5083 = icmp ugt i32 %5076, %5077
	%5084 = select i1 %5083, i32 %5076, i32 %5077
	%5085 = icmp ult i32 %5076, %5077
	%5086 = select i1 %5085, i32 %5076, i32 %5077
	%5087 = select i1 %5082, i32 %5084, i32 %5086
	%5088 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5087, i32 16, i32 31)
	%5089 = and i32 %3, 32
	%5090 = icmp eq i32 %5089, 0
	%5091 = and i32 %3, 16
	%5092 = icmp eq i32 %5091, 0
	%5093 = icmp eq i1 %5090, %5092
	%5094 = icmp ugt i32 %5087, %5088
	%5095 = select i1 %5094, i32 %5087, i32 %5088
	%5096 = icmp ult i32 %5087, %5088
	%5097 = select i1 %5096, i32 %5087, i32 %5088
	%5098 = select i1 %5093, i32 %5095, i32 %5097
	%5099 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5098, i32 8, i32 31)
	%5100 = and i32 %3, 32
	%5101 = icmp eq i32 %5100, 0
	%5102 = and i32 %3, 8
	%5103 = icmp eq i32 %5102, 0
	%5104 = icmp eq i1 %5101, %5103
	%5105 = icmp ugt i32 %5098, %5099
	%5106 = select i1 %5105, i32 %5098, i32 %5099
	%5107 = icmp ult i32 %5098, %5099
	%5108 = select i1 %5107, i32 %5098, i32 %5099
	%5109 = select i1 %5104, i32 %5106, i32 %5108
	%5110 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5109, i32 4, i32 31)
	%5111 = and i32 %3, 32
	%5112 = icmp eq i32 %5111, 0
	%5113 = and i32 %3, 4
	%5114 = icmp eq i32 %5113, 0
	%5115 = icmp eq i1 %5112, %5114
	%5116 = icmp ugt i32 %5109, %5110
	%5117 = select i1 %5116, i32 %5109, i32 %5110
	%5118 = icmp ult i32 %5109, %5110
	%5119 = select i1 %5118, i32 %5109, i32 %5110
	%5120 = select i1 %5115, i32 %5117, i32 %5119
	%5121 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5120, i32 2, i32 31)
	%5122 = and i32 %3, 32
	%5123 = icmp eq i32 %5122, 0
	%5124 = and i32 %3, 2
	%5125 = icmp eq i32 %5124, 0
	%5126 = icmp eq i1 %5123, %5125
	%5127 = icmp ugt i32 %5120, %5121
	%5128 = select i1 %5127, i32 %5120, i32 %5121
	%5129 = icmp ult i32 %5120, %5121
	%5130 = select i1 %5129, i32 %5120, i32 %5121
	%5131 = select i1 %5126, i32 %5128, i32 %5130
	%5132 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5131, i32 1, i32 31)
	%5133 = and i32 %3, 32
	%5134 = icmp eq i32 %5133, 0
	%5135 = and i32 %3, 1
	%5136 = icmp eq i32 %5135, 0
	%5137 = icmp eq i1 %5134, %5136
	%5138 = icmp ugt i32 %5131, %5132
	%5139 = select i1 %5138, i32 %5131, i32 %5132
	%5140 = icmp ult i32 %5131, %5132
	%5141 = select i1 %5140, i32 %5131, i32 %5132
	%5142 = select i1 %5137, i32 %5139, i32 %5141
	%5143 = sub i32 %499, 1
	%5144 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5142, i32 %5143, i32 31)
	%5145 = icmp ugt i32 %5144, 0
	%5146 = sub i32 %5144, 1
	%5147 = select i1 %5145, i32 %5146, i32 0
	br label %5148

5148:
	%5149 = phi i32 [ %592, %4908 ], [ %5147, %4965 ]
	%5150 = icmp ugt i32 %4921, %5149
	%5151 = and i1 %4916, %5150
	%5152 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5151)
	%5153 = call i32 @llvm.ctpop.i32(i32 %5152)
	%5154 = add i32 0, %5153
	%5155 = icmp ugt i32 %4934, %5149
	%5156 = and i1 %4929, %5155
	%5157 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5156)
	%5158 = call i32 @llvm.ctpop.i32(i32 %5157)
	%5159 = add i32 %5154, %5158
	%5160 = icmp ugt i32 %4947, %5149
	%5161 = and i1 %4942, %5160
	%5162 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5161)
	%5163 = call i32 @llvm.ctpop.i32(i32 %5162)
	%5164 = add i32 %5159, %5163
	%5165 = icmp ugt i32 %4960, %5149
	%5166 = and i1 %4955, %5165
	%5167 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5166)
	%5168 = call i32 @llvm.ctpop.i32(i32 %5167)
	%5169 = add i32 %5164, %5168
	%5170 = add i32 %591, %5169
	%5171 = icmp sgt i32 %5170, 160
	br i1 %5171, label %5172, label %5223

5172:
	%5173 = mul i32 %462, 160
	%5174 = mul i32 %4, 256
	%5175 = mul i32 %3, 8
	%5176 = add i32 %5175, 0
	%5177 = add i32 %5174, %5176
	%5178 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5179 = bitcast i8 addrspace(3)* %5178 to i32 addrspace(3)*
	%5180 = getelementptr i32, i32 addrspace(3)* %5179, i32 %5177
	store i32 0, i32 addrspace(3)* %5180
	%5181 = mul i32 %3, 8
	%5182 = add i32 %5181, 1
	%5183 = add i32 %5174, %5182
	%5184 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5185 = bitcast i8 addrspace(3)* %5184 to i32 addrspace(3)*
	%5186 = getelementptr i32, i32 addrspace(3)* %5185, i32 %5183
	store i32 0, i32 addrspace(3)* %5186
	%5187 = mul i32 %3, 8
	%5188 = add i32 %5187, 2
	%5189 = add i32 %5174, %5188
	%5190 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5191 = bitcast i8 addrspace(3)* %5190 to i32 addrspace(3)*
	%5192 = getelementptr i32, i32 addrspace(3)* %5191, i32 %5189
	store i32 0, i32 addrspace(3)* %5192
	%5193 = mul i32 %3, 8
	%5194 = add i32 %5193, 3
	%5195 = add i32 %5174, %5194
	%5196 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5197 = bitcast i8 addrspace(3)* %5196 to i32 addrspace(3)*
	%5198 = getelementptr i32, i32 addrspace(3)* %5197, i32 %5195
	store i32 0, i32 addrspace(3)* %5198
	%5199 = mul i32 %3, 8
	%5200 = add i32 %5199, 4
	%5201 = add i32 %5174, %5200
	%5202 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5203 = bitcast i8 addrspace(3)* %5202 to i32 addrspace(3)*
	%5204 = getelementptr i32, i32 addrspace(3)* %5203, i32 %5201
	store i32 0, i32 addrspace(3)* %5204
	%5205 = mul i32 %3, 8
	%5206 = add i32 %5205, 5
	%5207 = add i32 %5174, %5206
	%5208 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5209 = bitcast i8 addrspace(3)* %5208 to i32 addrspace(3)*
	%5210 = getelementptr i32, i32 addrspace(3)* %5209, i32 %5207
	store i32 0, i32 addrspace(3)* %5210
	%5211 = mul i32 %3, 8
	%5212 = add i32 %5211, 6
	%5213 = add i32 %5174, %5212
	%5214 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5215 = bitcast i8 addrspace(3)* %5214 to i32 addrspace(3)*
	%5216 = getelementptr i32, i32 addrspace(3)* %5215, i32 %5213
	store i32 0, i32 addrspace(3)* %5216
	%5217 = mul i32 %3, 8
	%5218 = add i32 %5217, 7
	%5219 = add i32 %5174, %5218
	%5220 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5221 = bitcast i8 addrspace(3)* %5220 to i32 addrspace(3)*
	%5222 = getelementptr i32, i32 addrspace(3)* %5221, i32 %5219
	store i32 0, i32 addrspace(3)* %5222
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5242

5223:
	%5224 = phi i32 [ %591, %5148 ], [ %499, %6228 ]
	%5225 = phi i32 [ %5149, %5148 ], [ %6204, %6228 ]
	%5226 = phi i32 [ %5169, %5148 ], [ %6248, %6228 ]
	%5227 = phi i1 [ %5151, %5148 ], [ %6230, %6228 ]
	%5228 = phi i1 [ %5156, %5148 ], [ %6235, %6228 ]
	%5229 = phi i1 [ %5161, %5148 ], [ %6240, %6228 ]
	%5230 = phi i1 [ %5166, %5148 ], [ %6245, %6228 ]
	%5231 = phi i32 [ %5152, %5148 ], [ %6231, %6228 ]
	%5232 = phi i32 [ %5157, %5148 ], [ %6236, %6228 ]
	%5233 = phi i32 [ %5162, %5148 ], [ %6241, %6228 ]
	%5234 = phi i32 [ %5167, %5148 ], [ %6246, %6228 ]
	%5235 = shl i32 1, %3
	%5236 = sub i32 %5235, 1
	%5237 = mul i32 %462, 160
	%5238 = and i32 %5231, %5236
	%5239 = call i32 @llvm.ctpop.i32(i32 %5238)
	%5240 = add i32 %5224, %5239
	%5241 = add i32 %5237, %5240
	br i1 %5227, label %6291, label %6300

5242:
	%5243 = phi i32 [ %3, %5172 ], [ %5497, %5496 ]
	%5244 = icmp slt i32 %5243, %591
	br i1 %5244, label %5245, label %5254

5245:
	%5246 = add i32 %5173, %5243
	%5247 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%5248 = bitcast i8 addrspace(3)* %5247 to i32 addrspace(3)*
	%5249 = getelementptr i32, i32 addrspace(3)* %5248, i32 %5246
	%5250 = load i32, i32 addrspace(3)* %5249
	%5251 = and i32 %5250, 0
	%5252 = icmp eq i32 %5251, 0
	%5253 = and i1 true, %5252
	br i1 %5253, label %5488, label %5496

5254:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5255 = mul i32 %3, 8
	%5256 = add i32 %5255, 0
	%5257 = sub i32 255, %5256
	%5258 = add i32 %5174, %5257
	%5259 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5260 = bitcast i8 addrspace(3)* %5259 to i32 addrspace(3)*
	%5261 = getelementptr i32, i32 addrspace(3)* %5260, i32 %5258
	%5262 = load i32, i32 addrspace(3)* %5261
	%5263 = add i32 0, %5262
	%5264 = mul i32 %3, 8
	%5265 = add i32 %5264, 1
	%5266 = sub i32 255, %5265
	%5267 = add i32 %5174, %5266
	%5268 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5269 = bitcast i8 addrspace(3)* %5268 to i32 addrspace(3)*
	%5270 = getelementptr i32, i32 addrspace(3)* %5269, i32 %5267
	%5271 = load i32, i32 addrspace(3)* %5270
	%5272 = add i32 %5263, %5271
	%5273 = mul i32 %3, 8
	%5274 = add i32 %5273, 2
	%5275 = sub i32 255, %5274
	%5276 = add i32 %5174, %5275
	%5277 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5278 = bitcast i8 addrspace(3)* %5277 to i32 addrspace(3)*
	%5279 = getelementptr i32, i32 addrspace(3)* %5278, i32 %5276
	%5280 = load i32, i32 addrspace(3)* %5279
	%5281 = add i32 %5272, %5280
	%5282 = mul i32 %3, 8
	%5283 = add i32 %5282, 3
	%5284 = sub i32 255, %5283
	%5285 = add i32 %5174, %5284
	%5286 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5287 = bitcast i8 addrspace(3)* %5286 to i32 addrspace(3)*
	%5288 = getelementptr i32, i32 addrspace(3)* %5287, i32 %5285
	%5289 = load i32, i32 addrspace(3)* %5288
	%5290 = add i32 %5281, %5289
	%5291 = mul i32 %3, 8
	%5292 = add i32 %5291, 4
	%5293 = sub i32 255, %5292
	%5294 = add i32 %5174, %5293
	%5295 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5296 = bitcast i8 addrspace(3)* %5295 to i32 addrspace(3)*
	%5297 = getelementptr i32, i32 addrspace(3)* %5296, i32 %5294
	%5298 = load i32, i32 addrspace(3)* %5297
	%5299 = add i32 %5290, %5298
	%5300 = mul i32 %3, 8
	%5301 = add i32 %5300, 5
	%5302 = sub i32 255, %5301
	%5303 = add i32 %5174, %5302
	%5304 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5305 = bitcast i8 addrspace(3)* %5304 to i32 addrspace(3)*
	%5306 = getelementptr i32, i32 addrspace(3)* %5305, i32 %5303
	%5307 = load i32, i32 addrspace(3)* %5306
	%5308 = add i32 %5299, %5307
	%5309 = mul i32 %3, 8
	%5310 = add i32 %5309, 6
	%5311 = sub i32 255, %5310
	%5312 = add i32 %5174, %5311
	%5313 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5314 = bitcast i8 addrspace(3)* %5313 to i32 addrspace(3)*
	%5315 = getelementptr i32, i32 addrspace(3)* %5314, i32 %5312
	%5316 = load i32, i32 addrspace(3)* %5315
	%5317 = add i32 %5308, %5316
	%5318 = mul i32 %3, 8
	%5319 = add i32 %5318, 7
	%5320 = sub i32 255, %5319
	%5321 = add i32 %5174, %5320
	%5322 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5323 = bitcast i8 addrspace(3)* %5322 to i32 addrspace(3)*
	%5324 = getelementptr i32, i32 addrspace(3)* %5323, i32 %5321
	%5325 = load i32, i32 addrspace(3)* %5324
	%5326 = add i32 %5317, %5325
	%5327 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5326, i32 1, i32 0)
	%5328 = icmp uge i32 %3, 1
	%5329 = select i1 %5328, i32 %5327, i32 0
	%5330 = add i32 %5326, %5329
	%5331 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5330, i32 2, i32 0)
	%5332 = icmp uge i32 %3, 2
	%5333 = select i1 %5332, i32 %5331, i32 0
	%5334 = add i32 %5330, %5333
	%5335 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5334, i32 4, i32 0)
	%5336 = icmp uge i32 %3, 4
	%5337 = select i1 %5336, i32 %5335, i32 0
	%5338 = add i32 %5334, %5337
	%5339 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5338, i32 8, i32 0)
	%5340 = icmp uge i32 %3, 8
	%5341 = select i1 %5340, i32 %5339, i32 0
	%5342 = add i32 %5338, %5341
	%5343 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5342, i32 16, i32 0)
	%5344 = icmp uge i32 %3, 16
	%5345 = select i1 %5344, i32 %5343, i32 0
	%5346 = add i32 %5342, %5345
	%5347 = sub i32 %5346, %5326
	%5348 = icmp slt i32 %5347, %499
	%5349 = icmp sge i32 %5346, %499
	%5350 = and i1 %5348, %5349
	%5351 = add i32 %5347, %5262
	%5352 = xor i1 false, true
	%5353 = icmp sge i32 %5351, %499
	%5354 = and i1 %5352, %5353
	%5355 = mul i32 %3, 8
	%5356 = add i32 %5355, 0
	%5357 = sub i32 255, %5356
	%5358 = select i1 %5354, i32 %5357, i32 0
	%5359 = select i1 %5354, i32 %5347, i32 0
	%5360 = or i1 false, %5354
	%5361 = add i32 %5351, %5271
	%5362 = xor i1 %5360, true
	%5363 = icmp sge i32 %5361, %499
	%5364 = and i1 %5362, %5363
	%5365 = mul i32 %3, 8
	%5366 = add i32 %5365, 1
	%5367 = sub i32 255, %5366
	%5368 = select i1 %5364, i32 %5367, i32 %5358
	%5369 = select i1 %5364, i32 %5351, i32 %5359
	%5370 = or i1 %5360, %5364
	%5371 = add i32 %5361, %5280
	%5372 = xor i1 %5370, true
	%5373 = icmp sge i32 %5371, %499
	%5374 = and i1 %5372, %5373
	%5375 = mul i32 %3, 8
	%5376 = add i32 %5375, 2
	%5377 = sub i32 255, %5376
	%5378 = select i1 %5374, i32 %5377, i32 %5368
	%5379 = select i1 %5374, i32 %5361, i32 %5369
	%5380 = or i1 %5370, %5374
	%5381 = add i32 %5371, %5289
	%5382 = xor i1 %5380, true
	%5383 = icmp sge i32 %5381, %499
	%5384 = and i1 %5382, %5383
	%5385 = mul i32 %3, 8
	%5386 = add i32 %5385, 3
	%5387 = sub i32 255, %5386
	%5388 = select i1 %5384, i32 %5387, i32 %5378
	%5389 = select i1 %5384, i32 %5371, i32 %5379
	%5390 = or i1 %5380, %5384
	%5391 = add i32 %5381, %5298
	%5392 = xor i1 %5390, true
	%5393 = icmp sge i32 %5391, %499
	%5394 = and i1 %5392, %5393
	%5395 = mul i32 %3, 8
	%5396 = add i32 %5395, 4
	%5397 = sub i32 255, %5396
	%5398 = select i1 %5394, i32 %5397, i32 %5388
	%5399 = select i1 %5394, i32 %5381, i32 %5389
	%5400 = or i1 %5390, %5394
	%5401 = add i32 %5391, %5307
	%5402 = xor i1 %5400, true
	%5403 = icmp sge i32 %5401, %499
	%5404 = and i1 %5402, %5403
	%5405 = mul i32 %3, 8
	%5406 = add i32 %5405, 5
	%5407 = sub i32 255, %5406
	%5408 = select i1 %5404, i32 %5407, i32 %5398
	%5409 = select i1 %5404, i32 %5391, i32 %5399
	%5410 = or i1 %5400, %5404
	%5411 = add i32 %5401, %5316
	%5412 = xor i1 %5410, true
	%5413 = icmp sge i32 %5411, %499
	%5414 = and i1 %5412, %5413
	%5415 = mul i32 %3, 8
	%5416 = add i32 %5415, 6
	%5417 = sub i32 255, %5416
	%5418 = select i1 %5414, i32 %5417, i32 %5408
	%5419 = select i1 %5414, i32 %5401, i32 %5409
	%5420 = or i1 %5410, %5414
	%5421 = add i32 %5411, %5325
	%5422 = xor i1 %5420, true
	%5423 = icmp sge i32 %5421, %499
	%5424 = and i1 %5422, %5423
	%5425 = mul i32 %3, 8
	%5426 = add i32 %5425, 7
	%5427 = sub i32 255, %5426
	%5428 = select i1 %5424, i32 %5427, i32 %5418
	%5429 = select i1 %5424, i32 %5411, i32 %5419
	%5430 = or i1 %5420, %5424
	%5431 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5350)
	%5432 = call i32 @llvm.cttz.i32(i32 %5431, i1 false)
	%5433 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5428, i32 %5432, i32 31)
	%5434 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5429, i32 %5432, i32 31)
	%5435 = shl i32 %5433, 24
	%5436 = or i32 0, %5435
	%5437 = shl i32 255, 24
	%5438 = or i32 0, %5437
	%5439 = sub i32 %499, %5434
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5440 = mul i32 %3, 8
	%5441 = add i32 %5440, 0
	%5442 = add i32 %5174, %5441
	%5443 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5444 = bitcast i8 addrspace(3)* %5443 to i32 addrspace(3)*
	%5445 = getelementptr i32, i32 addrspace(3)* %5444, i32 %5442
	store i32 0, i32 addrspace(3)* %5445
	%5446 = mul i32 %3, 8
	%5447 = add i32 %5446, 1
	%5448 = add i32 %5174, %5447
	%5449 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5450 = bitcast i8 addrspace(3)* %5449 to i32 addrspace(3)*
	%5451 = getelementptr i32, i32 addrspace(3)* %5450, i32 %5448
	store i32 0, i32 addrspace(3)* %5451
	%5452 = mul i32 %3, 8
	%5453 = add i32 %5452, 2
	%5454 = add i32 %5174, %5453
	%5455 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5456 = bitcast i8 addrspace(3)* %5455 to i32 addrspace(3)*
	%5457 = getelementptr i32, i32 addrspace(3)* %5456, i32 %5454
	store i32 0, i32 addrspace(3)* %5457
	%5458 = mul i32 %3, 8
	%5459 = add i32 %5458, 3
	%5460 = add i32 %5174, %5459
	%5461 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5462 = bitcast i8 addrspace(3)* %5461 to i32 addrspace(3)*
	%5463 = getelementptr i32, i32 addrspace(3)* %5462, i32 %5460
	store i32 0, i32 addrspace(3)* %5463
	%5464 = mul i32 %3, 8
	%5465 = add i32 %5464, 4
	%5466 = add i32 %5174, %5465
	%5467 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5468 = bitcast i8 addrspace(3)* %5467 to i32 addrspace(3)*
	%5469 = getelementptr i32, i32 addrspace(3)* %5468, i32 %5466
	store i32 0, i32 addrspace(3)* %5469
	%5470 = mul i32 %3, 8
	%5471 = add i32 %5470, 5
	%5472 = add i32 %5174, %5471
	%5473 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5474 = bitcast i8 addrspace(3)* %5473 to i32 addrspace(3)*
	%5475 = getelementptr i32, i32 addrspace(3)* %5474, i32 %5472
	store i32 0, i32 addrspace(3)* %5475
	%5476 = mul i32 %3, 8
	%5477 = add i32 %5476, 6
	%5478 = add i32 %5174, %5477
	%5479 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5480 = bitcast i8 addrspace(3)* %5479 to i32 addrspace(3)*
	%5481 = getelementptr i32, i32 addrspace(3)* %5480, i32 %5478
	store i32 0, i32 addrspace(3)* %5481
	%5482 = mul i32 %3, 8
	%5483 = add i32 %5482, 7
	%5484 = add i32 %5174, %5483
	%5485 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5486 = bitcast i8 addrspace(3)* %5485 to i32 addrspace(3)*
	%5487 = getelementptr i32, i32 addrspace(3)* %5486, i32 %5484
	store i32 0, i32 addrspace(3)* %5487
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5498

5488:
	%5489 = lshr i32 %5250, 24
	%5490 = and i32 %5489, 255
	%5491 = add i32 %5174, %5490
	%5492 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5493 = bitcast i8 addrspace(3)* %5492 to i32 addrspace(3)*
	%5494 = getelementptr i32, i32 addrspace(3)* %5493, i32 %5491
	%5495 = atomicrmw add i32 addrspace(3)* %5494, i32 1 monotonic
	br label %5496

5496:
	%5497 = add i32 %5243, 32
	br label %5242

5498:
	%5499 = phi i32 [ %3, %5254 ], [ %5753, %5752 ]
	%5500 = icmp slt i32 %5499, %591
	br i1 %5500, label %5501, label %5510

5501:
	%5502 = add i32 %5173, %5499
	%5503 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%5504 = bitcast i8 addrspace(3)* %5503 to i32 addrspace(3)*
	%5505 = getelementptr i32, i32 addrspace(3)* %5504, i32 %5502
	%5506 = load i32, i32 addrspace(3)* %5505
	%5507 = and i32 %5506, %5438
	%5508 = icmp eq i32 %5507, %5436
	%5509 = and i1 true, %5508
	br i1 %5509, label %5744, label %5752

5510:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5511 = mul i32 %3, 8
	%5512 = add i32 %5511, 0
	%5513 = sub i32 255, %5512
	%5514 = add i32 %5174, %5513
	%5515 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5516 = bitcast i8 addrspace(3)* %5515 to i32 addrspace(3)*
	%5517 = getelementptr i32, i32 addrspace(3)* %5516, i32 %5514
	%5518 = load i32, i32 addrspace(3)* %5517
	%5519 = add i32 0, %5518
	%5520 = mul i32 %3, 8
	%5521 = add i32 %5520, 1
	%5522 = sub i32 255, %5521
	%5523 = add i32 %5174, %5522
	%5524 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5525 = bitcast i8 addrspace(3)* %5524 to i32 addrspace(3)*
	%5526 = getelementptr i32, i32 addrspace(3)* %5525, i32 %5523
	%5527 = load i32, i32 addrspace(3)* %5526
	%5528 = add i32 %5519, %5527
	%5529 = mul i32 %3, 8
	%5530 = add i32 %5529, 2
	%5531 = sub i32 255, %5530
	%5532 = add i32 %5174, %5531
	%5533 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5534 = bitcast i8 addrspace(3)* %5533 to i32 addrspace(3)*
	%5535 = getelementptr i32, i32 addrspace(3)* %5534, i32 %5532
	%5536 = load i32, i32 addrspace(3)* %5535
	%5537 = add i32 %5528, %5536
	%5538 = mul i32 %3, 8
	%5539 = add i32 %5538, 3
	%5540 = sub i32 255, %5539
	%5541 = add i32 %5174, %5540
	%5542 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5543 = bitcast i8 addrspace(3)* %5542 to i32 addrspace(3)*
	%5544 = getelementptr i32, i32 addrspace(3)* %5543, i32 %5541
	%5545 = load i32, i32 addrspace(3)* %5544
	%5546 = add i32 %5537, %5545
	%5547 = mul i32 %3, 8
	%5548 = add i32 %5547, 4
	%5549 = sub i32 255, %5548
	%5550 = add i32 %5174, %5549
	%5551 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5552 = bitcast i8 addrspace(3)* %5551 to i32 addrspace(3)*
	%5553 = getelementptr i32, i32 addrspace(3)* %5552, i32 %5550
	%5554 = load i32, i32 addrspace(3)* %5553
	%5555 = add i32 %5546, %5554
	%5556 = mul i32 %3, 8
	%5557 = add i32 %5556, 5
	%5558 = sub i32 255, %5557
	%5559 = add i32 %5174, %5558
	%5560 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5561 = bitcast i8 addrspace(3)* %5560 to i32 addrspace(3)*
	%5562 = getelementptr i32, i32 addrspace(3)* %5561, i32 %5559
	%5563 = load i32, i32 addrspace(3)* %5562
	%5564 = add i32 %5555, %5563
	%5565 = mul i32 %3, 8
	%5566 = add i32 %5565, 6
	%5567 = sub i32 255, %5566
	%5568 = add i32 %5174, %5567
	%5569 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5570 = bitcast i8 addrspace(3)* %5569 to i32 addrspace(3)*
	%5571 = getelementptr i32, i32 addrspace(3)* %5570, i32 %5568
	%5572 = load i32, i32 addrspace(3)* %5571
	%5573 = add i32 %5564, %5572
	%5574 = mul i32 %3, 8
	%5575 = add i32 %5574, 7
	%5576 = sub i32 255, %5575
	%5577 = add i32 %5174, %5576
	%5578 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5579 = bitcast i8 addrspace(3)* %5578 to i32 addrspace(3)*
	%5580 = getelementptr i32, i32 addrspace(3)* %5579, i32 %5577
	%5581 = load i32, i32 addrspace(3)* %5580
	%5582 = add i32 %5573, %5581
	%5583 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5582, i32 1, i32 0)
	%5584 = icmp uge i32 %3, 1
	%5585 = select i1 %5584, i32 %5583, i32 0
	%5586 = add i32 %5582, %5585
	%5587 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5586, i32 2, i32 0)
	%5588 = icmp uge i32 %3, 2
	%5589 = select i1 %5588, i32 %5587, i32 0
	%5590 = add i32 %5586, %5589
	%5591 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5590, i32 4, i32 0)
	%5592 = icmp uge i32 %3, 4
	%5593 = select i1 %5592, i32 %5591, i32 0
	%5594 = add i32 %5590, %5593
	%5595 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5594, i32 8, i32 0)
	%5596 = icmp uge i32 %3, 8
	%5597 = select i1 %5596, i32 %5595, i32 0
	%5598 = add i32 %5594, %5597
	%5599 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5598, i32 16, i32 0)
	%5600 = icmp uge i32 %3, 16
	%5601 = select i1 %5600, i32 %5599, i32 0
	%5602 = add i32 %5598, %5601
	%5603 = sub i32 %5602, %5582
	%5604 = icmp slt i32 %5603, %5439
	%5605 = icmp sge i32 %5602, %5439
	%5606 = and i1 %5604, %5605
	%5607 = add i32 %5603, %5518
	%5608 = xor i1 false, true
	%5609 = icmp sge i32 %5607, %5439
	%5610 = and i1 %5608, %5609
	%5611 = mul i32 %3, 8
	%5612 = add i32 %5611, 0
	%5613 = sub i32 255, %5612
	%5614 = select i1 %5610, i32 %5613, i32 0
	%5615 = select i1 %5610, i32 %5603, i32 0
	%5616 = or i1 false, %5610
	%5617 = add i32 %5607, %5527
	%5618 = xor i1 %5616, true
	%5619 = icmp sge i32 %5617, %5439
	%5620 = and i1 %5618, %5619
	%5621 = mul i32 %3, 8
	%5622 = add i32 %5621, 1
	%5623 = sub i32 255, %5622
	%5624 = select i1 %5620, i32 %5623, i32 %5614
	%5625 = select i1 %5620, i32 %5607, i32 %5615
	%5626 = or i1 %5616, %5620
	%5627 = add i32 %5617, %5536
	%5628 = xor i1 %5626, true
	%5629 = icmp sge i32 %5627, %5439
	%5630 = and i1 %5628, %5629
	%5631 = mul i32 %3, 8
	%5632 = add i32 %5631, 2
	%5633 = sub i32 255, %5632
	%5634 = select i1 %5630, i32 %5633, i32 %5624
	%5635 = select i1 %5630, i32 %5617, i32 %5625
	%5636 = or i1 %5626, %5630
	%5637 = add i32 %5627, %5545
	%5638 = xor i1 %5636, true
	%5639 = icmp sge i32 %5637, %5439
	%5640 = and i1 %5638, %5639
	%5641 = mul i32 %3, 8
	%5642 = add i32 %5641, 3
	%5643 = sub i32 255, %5642
	%5644 = select i1 %5640, i32 %5643, i32 %5634
	%5645 = select i1 %5640, i32 %5627, i32 %5635
	%5646 = or i1 %5636, %5640
	%5647 = add i32 %5637, %5554
	%5648 = xor i1 %5646, true
	%5649 = icmp sge i32 %5647, %5439
	%5650 = and i1 %5648, %5649
	%5651 = mul i32 %3, 8
	%5652 = add i32 %5651, 4
	%5653 = sub i32 255, %5652
	%5654 = select i1 %5650, i32 %5653, i32 %5644
	%5655 = select i1 %5650, i32 %5637, i32 %5645
	%5656 = or i1 %5646, %5650
	%5657 = add i32 %5647, %5563
	%5658 = xor i1 %5656, true
	%5659 = icmp sge i32 %5657, %5439
	%5660 = and i1 %5658, %5659
	%5661 = mul i32 %3, 8
	%5662 = add i32 %5661, 5
	%5663 = sub i32 255, %5662
	%5664 = select i1 %5660, i32 %5663, i32 %5654
	%5665 = select i1 %5660, i32 %5647, i32 %5655
	%5666 = or i1 %5656, %5660
	%5667 = add i32 %5657, %5572
	%5668 = xor i1 %5666, true
	%5669 = icmp sge i32 %5667, %5439
	%5670 = and i1 %5668, %5669
	%5671 = mul i32 %3, 8
	%5672 = add i32 %5671, 6
	%5673 = sub i32 255, %5672
	%5674 = select i1 %5670, i32 %5673, i32 %5664
	%5675 = select i1 %5670, i32 %5657, i32 %5665
	%5676 = or i1 %5666, %5670
	%5677 = add i32 %5667, %5581
	%5678 = xor i1 %5676, true
	%5679 = icmp sge i32 %5677, %5439
	%5680 = and i1 %5678, %5679
	%5681 = mul i32 %3, 8
	%5682 = add i32 %5681, 7
	%5683 = sub i32 255, %5682
	%5684 = select i1 %5680, i32 %5683, i32 %5674
	%5685 = select i1 %5680, i32 %5667, i32 %5675
	%5686 = or i1 %5676, %5680
	%5687 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5606)
	%5688 = call i32 @llvm.cttz.i32(i32 %5687, i1 false)
	%5689 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5684, i32 %5688, i32 31)
	%5690 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5685, i32 %5688, i32 31)
	%5691 = shl i32 %5689, 16
	%5692 = or i32 %5436, %5691
	%5693 = shl i32 255, 16
	%5694 = or i32 %5438, %5693
	%5695 = sub i32 %5439, %5690
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5696 = mul i32 %3, 8
	%5697 = add i32 %5696, 0
	%5698 = add i32 %5174, %5697
	%5699 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5700 = bitcast i8 addrspace(3)* %5699 to i32 addrspace(3)*
	%5701 = getelementptr i32, i32 addrspace(3)* %5700, i32 %5698
	store i32 0, i32 addrspace(3)* %5701
	%5702 = mul i32 %3, 8
	%5703 = add i32 %5702, 1
	%5704 = add i32 %5174, %5703
	%5705 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5706 = bitcast i8 addrspace(3)* %5705 to i32 addrspace(3)*
	%5707 = getelementptr i32, i32 addrspace(3)* %5706, i32 %5704
	store i32 0, i32 addrspace(3)* %5707
	%5708 = mul i32 %3, 8
	%5709 = add i32 %5708, 2
	%5710 = add i32 %5174, %5709
	%5711 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5712 = bitcast i8 addrspace(3)* %5711 to i32 addrspace(3)*
	%5713 = getelementptr i32, i32 addrspace(3)* %5712, i32 %5710
	store i32 0, i32 addrspace(3)* %5713
	%5714 = mul i32 %3, 8
	%5715 = add i32 %5714, 3
	%5716 = add i32 %5174, %5715
	%5717 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5718 = bitcast i8 addrspace(3)* %5717 to i32 addrspace(3)*
	%5719 = getelementptr i32, i32 addrspace(3)* %5718, i32 %5716
	store i32 0, i32 addrspace(3)* %5719
	%5720 = mul i32 %3, 8
	%5721 = add i32 %5720, 4
	%5722 = add i32 %5174, %5721
	%5723 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5724 = bitcast i8 addrspace(3)* %5723 to i32 addrspace(3)*
	%5725 = getelementptr i32, i32 addrspace(3)* %5724, i32 %5722
	store i32 0, i32 addrspace(3)* %5725
	%5726 = mul i32 %3, 8
	%5727 = add i32 %5726, 5
	%5728 = add i32 %5174, %5727
	%5729 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5730 = bitcast i8 addrspace(3)* %5729 to i32 addrspace(3)*
	%5731 = getelementptr i32, i32 addrspace(3)* %5730, i32 %5728
	store i32 0, i32 addrspace(3)* %5731
	%5732 = mul i32 %3, 8
	%5733 = add i32 %5732, 6
	%5734 = add i32 %5174, %5733
	%5735 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5736 = bitcast i8 addrspace(3)* %5735 to i32 addrspace(3)*
	%5737 = getelementptr i32, i32 addrspace(3)* %5736, i32 %5734
	store i32 0, i32 addrspace(3)* %5737
	%5738 = mul i32 %3, 8
	%5739 = add i32 %5738, 7
	%5740 = add i32 %5174, %5739
	%5741 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5742 = bitcast i8 addrspace(3)* %5741 to i32 addrspace(3)*
	%5743 = getelementptr i32, i32 addrspace(3)* %5742, i32 %5740
	store i32 0, i32 addrspace(3)* %5743
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5754

5744:
	%5745 = lshr i32 %5506, 16
	%5746 = and i32 %5745, 255
	%5747 = add i32 %5174, %5746
	%5748 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5749 = bitcast i8 addrspace(3)* %5748 to i32 addrspace(3)*
	%5750 = getelementptr i32, i32 addrspace(3)* %5749, i32 %5747
	%5751 = atomicrmw add i32 addrspace(3)* %5750, i32 1 monotonic
	br label %5752

5752:
	%5753 = add i32 %5499, 32
	br label %5498

5754:
	%5755 = phi i32 [ %3, %5510 ], [ %6009, %6008 ]
	%5756 = icmp slt i32 %5755, %591
	br i1 %5756, label %5757, label %5766

5757:
	%5758 = add i32 %5173, %5755
	%5759 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%5760 = bitcast i8 addrspace(3)* %5759 to i32 addrspace(3)*
	%5761 = getelementptr i32, i32 addrspace(3)* %5760, i32 %5758
	%5762 = load i32, i32 addrspace(3)* %5761
	%5763 = and i32 %5762, %5694
	%5764 = icmp eq i32 %5763, %5692
	%5765 = and i1 true, %5764
	br i1 %5765, label %6000, label %6008

5766:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5767 = mul i32 %3, 8
	%5768 = add i32 %5767, 0
	%5769 = sub i32 255, %5768
	%5770 = add i32 %5174, %5769
	%5771 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5772 = bitcast i8 addrspace(3)* %5771 to i32 addrspace(3)*
	%5773 = getelementptr i32, i32 addrspace(3)* %5772, i32 %5770
	%5774 = load i32, i32 addrspace(3)* %5773
	%5775 = add i32 0, %5774
	%5776 = mul i32 %3, 8
	%5777 = add i32 %5776, 1
	%5778 = sub i32 255, %5777
	%5779 = add i32 %5174, %5778
	%5780 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5781 = bitcast i8 addrspace(3)* %5780 to i32 addrspace(3)*
	%5782 = getelementptr i32, i32 addrspace(3)* %5781, i32 %5779
	%5783 = load i32, i32 addrspace(3)* %5782
	%5784 = add i32 %5775, %5783
	%5785 = mul i32 %3, 8
	%5786 = add i32 %5785, 2
	%5787 = sub i32 255, %5786
	%5788 = add i32 %5174, %5787
	%5789 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5790 = bitcast i8 addrspace(3)* %5789 to i32 addrspace(3)*
	%5791 = getelementptr i32, i32 addrspace(3)* %5790, i32 %5788
	%5792 = load i32, i32 addrspace(3)* %5791
	%5793 = add i32 %5784, %5792
	%5794 = mul i32 %3, 8
	%5795 = add i32 %5794, 3
	%5796 = sub i32 255, %5795
	%5797 = add i32 %5174, %5796
	%5798 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5799 = bitcast i8 addrspace(3)* %5798 to i32 addrspace(3)*
	%5800 = getelementptr i32, i32 addrspace(3)* %5799, i32 %5797
	%5801 = load i32, i32 addrspace(3)* %5800
	%5802 = add i32 %5793, %5801
	%5803 = mul i32 %3, 8
	%5804 = add i32 %5803, 4
	%5805 = sub i32 255, %5804
	%5806 = add i32 %5174, %5805
	%5807 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5808 = bitcast i8 addrspace(3)* %5807 to i32 addrspace(3)*
	%5809 = getelementptr i32, i32 addrspace(3)* %5808, i32 %5806
	%5810 = load i32, i32 addrspace(3)* %5809
	%5811 = add i32 %5802, %5810
	%5812 = mul i32 %3, 8
	%5813 = add i32 %5812, 5
	%5814 = sub i32 255, %5813
	%5815 = add i32 %5174, %5814
	%5816 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5817 = bitcast i8 addrspace(3)* %5816 to i32 addrspace(3)*
	%5818 = getelementptr i32, i32 addrspace(3)* %5817, i32 %5815
	%5819 = load i32, i32 addrspace(3)* %5818
	%5820 = add i32 %5811, %5819
	%5821 = mul i32 %3, 8
	%5822 = add i32 %5821, 6
	%5823 = sub i32 255, %5822
	%5824 = add i32 %5174, %5823
	%5825 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5826 = bitcast i8 addrspace(3)* %5825 to i32 addrspace(3)*
	%5827 = getelementptr i32, i32 addrspace(3)* %5826, i32 %5824
	%5828 = load i32, i32 addrspace(3)* %5827
	%5829 = add i32 %5820, %5828
	%5830 = mul i32 %3, 8
	%5831 = add i32 %5830, 7
	%5832 = sub i32 255, %5831
	%5833 = add i32 %5174, %5832
	%5834 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5835 = bitcast i8 addrspace(3)* %5834 to i32 addrspace(3)*
	%5836 = getelementptr i32, i32 addrspace(3)* %5835, i32 %5833
	%5837 = load i32, i32 addrspace(3)* %5836
	%5838 = add i32 %5829, %5837
	%5839 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5838, i32 1, i32 0)
	%5840 = icmp uge i32 %3, 1
	%5841 = select i1 %5840, i32 %5839, i32 0
	%5842 = add i32 %5838, %5841
	%5843 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5842, i32 2, i32 0)
	%5844 = icmp uge i32 %3, 2
	%5845 = select i1 %5844, i32 %5843, i32 0
	%5846 = add i32 %5842, %5845
	%5847 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5846, i32 4, i32 0)
	%5848 = icmp uge i32 %3, 4
	%5849 = select i1 %5848, i32 %5847, i32 0
	%5850 = add i32 %5846, %5849
	%5851 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5850, i32 8, i32 0)
	%5852 = icmp uge i32 %3, 8
	%5853 = select i1 %5852, i32 %5851, i32 0
	%5854 = add i32 %5850, %5853
	%5855 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5854, i32 16, i32 0)
	%5856 = icmp uge i32 %3, 16
	%5857 = select i1 %5856, i32 %5855, i32 0
	%5858 = add i32 %5854, %5857
	%5859 = sub i32 %5858, %5838
	%5860 = icmp slt i32 %5859, %5695
	%5861 = icmp sge i32 %5858, %5695
	%5862 = and i1 %5860, %5861
	%5863 = add i32 %5859, %5774
	%5864 = xor i1 false, true
	%5865 = icmp sge i32 %5863, %5695
	%5866 = and i1 %5864, %5865
	%5867 = mul i32 %3, 8
	%5868 = add i32 %5867, 0
	%5869 = sub i32 255, %5868
	%5870 = select i1 %5866, i32 %5869, i32 0
	%5871 = select i1 %5866, i32 %5859, i32 0
	%5872 = or i1 false, %5866
	%5873 = add i32 %5863, %5783
	%5874 = xor i1 %5872, true
	%5875 = icmp sge i32 %5873, %5695
	%5876 = and i1 %5874, %5875
	%5877 = mul i32 %3, 8
	%5878 = add i32 %5877, 1
	%5879 = sub i32 255, %5878
	%5880 = select i1 %5876, i32 %5879, i32 %5870
	%5881 = select i1 %5876, i32 %5863, i32 %5871
	%5882 = or i1 %5872, %5876
	%5883 = add i32 %5873, %5792
	%5884 = xor i1 %5882, true
	%5885 = icmp sge i32 %5883, %5695
	%5886 = and i1 %5884, %5885
	%5887 = mul i32 %3, 8
	%5888 = add i32 %5887, 2
	%5889 = sub i32 255, %5888
	%5890 = select i1 %5886, i32 %5889, i32 %5880
	%5891 = select i1 %5886, i32 %5873, i32 %5881
	%5892 = or i1 %5882, %5886
	%5893 = add i32 %5883, %5801
	%5894 = xor i1 %5892, true
	%5895 = icmp sge i32 %5893, %5695
	%5896 = and i1 %5894, %5895
	%5897 = mul i32 %3, 8
	%5898 = add i32 %5897, 3
	%5899 = sub i32 255, %5898
	%5900 = select i1 %5896, i32 %5899, i32 %5890
	%5901 = select i1 %5896, i32 %5883, i32 %5891
	%5902 = or i1 %5892, %5896
	%5903 = add i32 %5893, %5810
	%5904 = xor i1 %5902, true
	%5905 = icmp sge i32 %5903, %5695
	%5906 = and i1 %5904, %5905
	%5907 = mul i32 %3, 8
	%5908 = add i32 %5907, 4
	%5909 = sub i32 255, %5908
	%5910 = select i1 %5906, i32 %5909, i32 %5900
	%5911 = select i1 %5906, i32 %5893, i32 %5901
	%5912 = or i1 %5902, %5906
	%5913 = add i32 %5903, %5819
	%5914 = xor i1 %5912, true
	%5915 = icmp sge i32 %5913, %5695
	%5916 = and i1 %5914, %5915
	%5917 = mul i32 %3, 8
	%5918 = add i32 %5917, 5
	%5919 = sub i32 255, %5918
	%5920 = select i1 %5916, i32 %5919, i32 %5910
	%5921 = select i1 %5916, i32 %5903, i32 %5911
	%5922 = or i1 %5912, %5916
	%5923 = add i32 %5913, %5828
	%5924 = xor i1 %5922, true
	%5925 = icmp sge i32 %5923, %5695
	%5926 = and i1 %5924, %5925
	%5927 = mul i32 %3, 8
	%5928 = add i32 %5927, 6
	%5929 = sub i32 255, %5928
	%5930 = select i1 %5926, i32 %5929, i32 %5920
	%5931 = select i1 %5926, i32 %5913, i32 %5921
	%5932 = or i1 %5922, %5926
	%5933 = add i32 %5923, %5837
	%5934 = xor i1 %5932, true
	%5935 = icmp sge i32 %5933, %5695
	%5936 = and i1 %5934, %5935
	%5937 = mul i32 %3, 8
	%5938 = add i32 %5937, 7
	%5939 = sub i32 255, %5938
	%5940 = select i1 %5936, i32 %5939, i32 %5930
	%5941 = select i1 %5936, i32 %5923, i32 %5931
	%5942 = or i1 %5932, %5936
	%5943 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5862)
	%5944 = call i32 @llvm.cttz.i32(i32 %5943, i1 false)
	%5945 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5940, i32 %5944, i32 31)
	%5946 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5941, i32 %5944, i32 31)
	%5947 = shl i32 %5945, 8
	%5948 = or i32 %5692, %5947
	%5949 = shl i32 255, 8
	%5950 = or i32 %5694, %5949
	%5951 = sub i32 %5695, %5946
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5952 = mul i32 %3, 8
	%5953 = add i32 %5952, 0
	%5954 = add i32 %5174, %5953
	%5955 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5956 = bitcast i8 addrspace(3)* %5955 to i32 addrspace(3)*
	%5957 = getelementptr i32, i32 addrspace(3)* %5956, i32 %5954
	store i32 0, i32 addrspace(3)* %5957
	%5958 = mul i32 %3, 8
	%5959 = add i32 %5958, 1
	%5960 = add i32 %5174, %5959
	%5961 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5962 = bitcast i8 addrspace(3)* %5961 to i32 addrspace(3)*
	%5963 = getelementptr i32, i32 addrspace(3)* %5962, i32 %5960
	store i32 0, i32 addrspace(3)* %5963
	%5964 = mul i32 %3, 8
	%5965 = add i32 %5964, 2
	%5966 = add i32 %5174, %5965
	%5967 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5968 = bitcast i8 addrspace(3)* %5967 to i32 addrspace(3)*
	%5969 = getelementptr i32, i32 addrspace(3)* %5968, i32 %5966
	store i32 0, i32 addrspace(3)* %5969
	%5970 = mul i32 %3, 8
	%5971 = add i32 %5970, 3
	%5972 = add i32 %5174, %5971
	%5973 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5974 = bitcast i8 addrspace(3)* %5973 to i32 addrspace(3)*
	%5975 = getelementptr i32, i32 addrspace(3)* %5974, i32 %5972
	store i32 0, i32 addrspace(3)* %5975
	%5976 = mul i32 %3, 8
	%5977 = add i32 %5976, 4
	%5978 = add i32 %5174, %5977
	%5979 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5980 = bitcast i8 addrspace(3)* %5979 to i32 addrspace(3)*
	%5981 = getelementptr i32, i32 addrspace(3)* %5980, i32 %5978
	store i32 0, i32 addrspace(3)* %5981
	%5982 = mul i32 %3, 8
	%5983 = add i32 %5982, 5
	%5984 = add i32 %5174, %5983
	%5985 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5986 = bitcast i8 addrspace(3)* %5985 to i32 addrspace(3)*
	%5987 = getelementptr i32, i32 addrspace(3)* %5986, i32 %5984
	store i32 0, i32 addrspace(3)* %5987
	%5988 = mul i32 %3, 8
	%5989 = add i32 %5988, 6
	%5990 = add i32 %5174, %5989
	%5991 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5992 = bitcast i8 addrspace(3)* %5991 to i32 addrspace(3)*
	%5993 = getelementptr i32, i32 addrspace(3)* %5992, i32 %5990
	store i32 0, i32 addrspace(3)* %5993
	%5994 = mul i32 %3, 8
	%5995 = add i32 %5994, 7
	%5996 = add i32 %5174, %5995
	%5997 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%5998 = bitcast i8 addrspace(3)* %5997 to i32 addrspace(3)*
	%5999 = getelementptr i32, i32 addrspace(3)* %5998, i32 %5996
	store i32 0, i32 addrspace(3)* %5999
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6010

6000:
	%6001 = lshr i32 %5762, 8
	%6002 = and i32 %6001, 255
	%6003 = add i32 %5174, %6002
	%6004 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6005 = bitcast i8 addrspace(3)* %6004 to i32 addrspace(3)*
	%6006 = getelementptr i32, i32 addrspace(3)* %6005, i32 %6003
	%6007 = atomicrmw add i32 addrspace(3)* %6006, i32 1 monotonic
	br label %6008

6008:
	%6009 = add i32 %5755, 32
	br label %5754

6010:
	%6011 = phi i32 [ %3, %5766 ], [ %6219, %6218 ]
	%6012 = icmp slt i32 %6011, %591
	br i1 %6012, label %6013, label %6022

6013:
	%6014 = add i32 %5173, %6011
	%6015 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%6016 = bitcast i8 addrspace(3)* %6015 to i32 addrspace(3)*
	%6017 = getelementptr i32, i32 addrspace(3)* %6016, i32 %6014
	%6018 = load i32, i32 addrspace(3)* %6017
	%6019 = and i32 %6018, %5950
	%6020 = icmp eq i32 %6019, %5948
	%6021 = and i1 true, %6020
	br i1 %6021, label %6210, label %6218

6022:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6023 = mul i32 %3, 8
	%6024 = add i32 %6023, 0
	%6025 = sub i32 255, %6024
	%6026 = add i32 %5174, %6025
	%6027 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6028 = bitcast i8 addrspace(3)* %6027 to i32 addrspace(3)*
	%6029 = getelementptr i32, i32 addrspace(3)* %6028, i32 %6026
	%6030 = load i32, i32 addrspace(3)* %6029
	%6031 = add i32 0, %6030
	%6032 = mul i32 %3, 8
	%6033 = add i32 %6032, 1
	%6034 = sub i32 255, %6033
	%6035 = add i32 %5174, %6034
	%6036 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6037 = bitcast i8 addrspace(3)* %6036 to i32 addrspace(3)*
	%6038 = getelementptr i32, i32 addrspace(3)* %6037, i32 %6035
	%6039 = load i32, i32 addrspace(3)* %6038
	%6040 = add i32 %6031, %6039
	%6041 = mul i32 %3, 8
	%6042 = add i32 %6041, 2
	%6043 = sub i32 255, %6042
	%6044 = add i32 %5174, %6043
	%6045 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6046 = bitcast i8 addrspace(3)* %6045 to i32 addrspace(3)*
	%6047 = getelementptr i32, i32 addrspace(3)* %6046, i32 %6044
	%6048 = load i32, i32 addrspace(3)* %6047
	%6049 = add i32 %6040, %6048
	%6050 = mul i32 %3, 8
	%6051 = add i32 %6050, 3
	%6052 = sub i32 255, %6051
	%6053 = add i32 %5174, %6052
	%6054 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6055 = bitcast i8 addrspace(3)* %6054 to i32 addrspace(3)*
	%6056 = getelementptr i32, i32 addrspace(3)* %6055, i32 %6053
	%6057 = load i32, i32 addrspace(3)* %6056
	%6058 = add i32 %6049, %6057
	%6059 = mul i32 %3, 8
	%6060 = add i32 %6059, 4
	%6061 = sub i32 255, %6060
	%6062 = add i32 %5174, %6061
	%6063 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6064 = bitcast i8 addrspace(3)* %6063 to i32 addrspace(3)*
	%6065 = getelementptr i32, i32 addrspace(3)* %6064, i32 %6062
	%6066 = load i32, i32 addrspace(3)* %6065
	%6067 = add i32 %6058, %6066
	%6068 = mul i32 %3, 8
	%6069 = add i32 %6068, 5
	%6070 = sub i32 255, %6069
	%6071 = add i32 %5174, %6070
	%6072 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6073 = bitcast i8 addrspace(3)* %6072 to i32 addrspace(3)*
	%6074 = getelementptr i32, i32 addrspace(3)* %6073, i32 %6071
	%6075 = load i32, i32 addrspace(3)* %6074
	%6076 = add i32 %6067, %6075
	%6077 = mul i32 %3, 8
	%6078 = add i32 %6077, 6
	%6079 = sub i32 255, %6078
	%6080 = add i32 %5174, %6079
	%6081 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6082 = bitcast i8 addrspace(3)* %6081 to i32 addrspace(3)*
	%6083 = getelementptr i32, i32 addrspace(3)* %6082, i32 %6080
	%6084 = load i32, i32 addrspace(3)* %6083
	%6085 = add i32 %6076, %6084
	%6086 = mul i32 %3, 8
	%6087 = add i32 %6086, 7
	%6088 = sub i32 255, %6087
	%6089 = add i32 %5174, %6088
	%6090 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6091 = bitcast i8 addrspace(3)* %6090 to i32 addrspace(3)*
	%6092 = getelementptr i32, i32 addrspace(3)* %6091, i32 %6089
	%6093 = load i32, i32 addrspace(3)* %6092
	%6094 = add i32 %6085, %6093
	%6095 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6094, i32 1, i32 0)
	%6096 = icmp uge i32 %3, 1
	%6097 = select i1 %6096, i32 %6095, i32 0
	%6098 = add i32 %6094, %6097
	%6099 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6098, i32 2, i32 0)
	%6100 = icmp uge i32 %3, 2
	%6101 = select i1 %6100, i32 %6099, i32 0
	%6102 = add i32 %6098, %6101
	%6103 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6102, i32 4, i32 0)
	%6104 = icmp uge i32 %3, 4
	%6105 = select i1 %6104, i32 %6103, i32 0
	%6106 = add i32 %6102, %6105
	%6107 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6106, i32 8, i32 0)
	%6108 = icmp uge i32 %3, 8
	%6109 = select i1 %6108, i32 %6107, i32 0
	%6110 = add i32 %6106, %6109
	%6111 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6110, i32 16, i32 0)
	%6112 = icmp uge i32 %3, 16
	%6113 = select i1 %6112, i32 %6111, i32 0
	%6114 = add i32 %6110, %6113
	%6115 = sub i32 %6114, %6094
	%6116 = icmp slt i32 %6115, %5951
	%6117 = icmp sge i32 %6114, %5951
	%6118 = and i1 %6116, %6117
	%6119 = add i32 %6115, %6030
	%6120 = xor i1 false, true
	%6121 = icmp sge i32 %6119, %5951
	%6122 = and i1 %6120, %6121
	%6123 = mul i32 %3, 8
	%6124 = add i32 %6123, 0
	%6125 = sub i32 255, %6124
	%6126 = select i1 %6122, i32 %6125, i32 0
	%6127 = select i1 %6122, i32 %6115, i32 0
	%6128 = or i1 false, %6122
	%6129 = add i32 %6119, %6039
	%6130 = xor i1 %6128, true
	%6131 = icmp sge i32 %6129, %5951
	%6132 = and i1 %6130, %6131
	%6133 = mul i32 %3, 8
	%6134 = add i32 %6133, 1
	%6135 = sub i32 255, %6134
	%6136 = select i1 %6132, i32 %6135, i32 %6126
	%6137 = select i1 %6132, i32 %6119, i32 %6127
	%6138 = or i1 %6128, %6132
	%6139 = add i32 %6129, %6048
	%6140 = xor i1 %6138, true
	%6141 = icmp sge i32 %6139, %5951
	%6142 = and i1 %6140, %6141
	%6143 = mul i32 %3, 8
	%6144 = add i32 %6143, 2
	%6145 = sub i32 255, %6144
	%6146 = select i1 %6142, i32 %6145, i32 %6136
	%6147 = select i1 %6142, i32 %6129, i32 %6137
	%6148 = or i1 %6138, %6142
	%6149 = add i32 %6139, %6057
	%6150 = xor i1 %6148, true
	%6151 = icmp sge i32 %6149, %5951
	%6152 = and i1 %6150, %6151
	%6153 = mul i32 %3, 8
	%6154 = add i32 %6153, 3
	%6155 = sub i32 255, %6154
	%6156 = select i1 %6152, i32 %6155, i32 %6146
	%6157 = select i1 %6152, i32 %6139, i32 %6147
	%6158 = or i1 %6148, %6152
	%6159 = add i32 %6149, %6066
	%6160 = xor i1 %6158, true
	%6161 = icmp sge i32 %6159, %5951
	%6162 = and i1 %6160, %6161
	%6163 = mul i32 %3, 8
	%6164 = add i32 %6163, 4
	%6165 = sub i32 255, %6164
	%6166 = select i1 %6162, i32 %6165, i32 %6156
	%6167 = select i1 %6162, i32 %6149, i32 %6157
	%6168 = or i1 %6158, %6162
	%6169 = add i32 %6159, %6075
	%6170 = xor i1 %6168, true
	%6171 = icmp sge i32 %6169, %5951
	%6172 = and i1 %6170, %6171
	%6173 = mul i32 %3, 8
	%6174 = add i32 %6173, 5
	%6175 = sub i32 255, %6174
	%6176 = select i1 %6172, i32 %6175, i32 %6166
	%6177 = select i1 %6172, i32 %6159, i32 %6167
	%6178 = or i1 %6168, %6172
	%6179 = add i32 %6169, %6084
	%6180 = xor i1 %6178, true
	%6181 = icmp sge i32 %6179, %5951
	%6182 = and i1 %6180, %6181
	%6183 = mul i32 %3, 8
	%6184 = add i32 %6183, 6
	%6185 = sub i32 255, %6184
	%6186 = select i1 %6182, i32 %6185, i32 %6176
	%6187 = select i1 %6182, i32 %6169, i32 %6177
	%6188 = or i1 %6178, %6182
	%6189 = add i32 %6179, %6093
	%6190 = xor i1 %6188, true
	%6191 = icmp sge i32 %6189, %5951
	%6192 = and i1 %6190, %6191
	%6193 = mul i32 %3, 8
	%6194 = add i32 %6193, 7
	%6195 = sub i32 255, %6194
	%6196 = select i1 %6192, i32 %6195, i32 %6186
	%6197 = select i1 %6192, i32 %6179, i32 %6187
	%6198 = or i1 %6188, %6192
	%6199 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6118)
	%6200 = call i32 @llvm.cttz.i32(i32 %6199, i1 false)
	%6201 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6196, i32 %6200, i32 31)
	%6202 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6197, i32 %6200, i32 31)
	%6203 = shl i32 %6201, 0
	%6204 = or i32 %5948, %6203
	%6205 = shl i32 255, 0
	%6206 = or i32 %5950, %6205
	%6207 = sub i32 %5951, %6202
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6208 = shl i32 1, %3
	%6209 = sub i32 %6208, 1
	br label %6220

6210:
	%6211 = lshr i32 %6018, 0
	%6212 = and i32 %6211, 255
	%6213 = add i32 %5174, %6212
	%6214 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6215 = bitcast i8 addrspace(3)* %6214 to i32 addrspace(3)*
	%6216 = getelementptr i32, i32 addrspace(3)* %6215, i32 %6213
	%6217 = atomicrmw add i32 addrspace(3)* %6216, i32 1 monotonic
	br label %6218

6218:
	%6219 = add i32 %6011, 32
	br label %6010

6220:
	%6221 = phi i32 [ 0, %6022 ], [ %6290, %6285 ]
	%6222 = phi i32 [ 0, %6022 ], [ %6287, %6285 ]
	%6223 = phi i32 [ 0, %6022 ], [ %6289, %6285 ]
	%6224 = icmp slt i32 %6221, %591
	br i1 %6224, label %6225, label %6228

6225:
	%6226 = add i32 %6221, %3
	%6227 = icmp slt i32 %6226, %591
	br i1 %6227, label %6249, label %6259

6228:
	%6229 = icmp ugt i32 %4921, %6204
	%6230 = and i1 %4916, %6229
	%6231 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6230)
	%6232 = call i32 @llvm.ctpop.i32(i32 %6231)
	%6233 = add i32 0, %6232
	%6234 = icmp ugt i32 %4934, %6204
	%6235 = and i1 %4929, %6234
	%6236 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6235)
	%6237 = call i32 @llvm.ctpop.i32(i32 %6236)
	%6238 = add i32 %6233, %6237
	%6239 = icmp ugt i32 %4947, %6204
	%6240 = and i1 %4942, %6239
	%6241 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6240)
	%6242 = call i32 @llvm.ctpop.i32(i32 %6241)
	%6243 = add i32 %6238, %6242
	%6244 = icmp ugt i32 %4960, %6204
	%6245 = and i1 %4955, %6244
	%6246 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6245)
	%6247 = call i32 @llvm.ctpop.i32(i32 %6246)
	%6248 = add i32 %6243, %6247
	br label %5223

6249:
	%6250 = add i32 %5173, %6226
	%6251 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%6252 = bitcast i8 addrspace(3)* %6251 to i32 addrspace(3)*
	%6253 = getelementptr i32, i32 addrspace(3)* %6252, i32 %6250
	%6254 = load i32, i32 addrspace(3)* %6253
	%6255 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%6256 = bitcast i8 addrspace(3)* %6255 to i32 addrspace(3)*
	%6257 = getelementptr i32, i32 addrspace(3)* %6256, i32 %6250
	%6258 = load i32, i32 addrspace(3)* %6257
	br label %6259

6259:
	%6260 = phi i32 [ 0, %6225 ], [ %6254, %6249 ]
	%6261 = phi i32 [ 0, %6225 ], [ %6258, %6249 ]
	%6262 = icmp eq i32 %6260, %6204
	%6263 = and i1 %6227, %6262
	%6264 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6263)
	%6265 = and i32 %6264, %6209
	%6266 = call i32 @llvm.ctpop.i32(i32 %6265)
	%6267 = add i32 %6223, %6266
	%6268 = icmp ugt i32 %6260, %6204
	%6269 = icmp slt i32 %6267, %6207
	%6270 = and i1 %6263, %6269
	%6271 = or i1 %6268, %6270
	%6272 = and i1 %6227, %6271
	%6273 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6272)
	%6274 = and i32 %6273, %6209
	%6275 = call i32 @llvm.ctpop.i32(i32 %6274)
	%6276 = add i32 %6222, %6275
	%6277 = add i32 %5173, %6276
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %6272, label %6278, label %6285

6278:
	%6279 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%6280 = bitcast i8 addrspace(3)* %6279 to i32 addrspace(3)*
	%6281 = getelementptr i32, i32 addrspace(3)* %6280, i32 %6277
	store i32 %6260, i32 addrspace(3)* %6281
	%6282 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%6283 = bitcast i8 addrspace(3)* %6282 to i32 addrspace(3)*
	%6284 = getelementptr i32, i32 addrspace(3)* %6283, i32 %6277
	store i32 %6261, i32 addrspace(3)* %6284
	br label %6285

6285:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6286 = call i32 @llvm.ctpop.i32(i32 %6273)
	%6287 = add i32 %6222, %6286
	%6288 = call i32 @llvm.ctpop.i32(i32 %6264)
	%6289 = add i32 %6223, %6288
	%6290 = add i32 %6221, 32
	br label %6220

6291:
	%6292 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%6293 = bitcast i8 addrspace(3)* %6292 to i32 addrspace(3)*
	%6294 = getelementptr i32, i32 addrspace(3)* %6293, i32 %5241
	store i32 %4921, i32 addrspace(3)* %6294
	%6295 = add i32 0, %3
	%6296 = add i32 %586, %6295
	%6297 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%6298 = bitcast i8 addrspace(3)* %6297 to i32 addrspace(3)*
	%6299 = getelementptr i32, i32 addrspace(3)* %6298, i32 %5241
	store i32 %6296, i32 addrspace(3)* %6299
	br label %6300

6300:
	%6301 = call i32 @llvm.ctpop.i32(i32 %5231)
	%6302 = add i32 %5224, %6301
	%6303 = and i32 %5232, %5236
	%6304 = call i32 @llvm.ctpop.i32(i32 %6303)
	%6305 = add i32 %6302, %6304
	%6306 = add i32 %5237, %6305
	br i1 %5228, label %6307, label %6316

6307:
	%6308 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%6309 = bitcast i8 addrspace(3)* %6308 to i32 addrspace(3)*
	%6310 = getelementptr i32, i32 addrspace(3)* %6309, i32 %6306
	store i32 %4934, i32 addrspace(3)* %6310
	%6311 = add i32 32, %3
	%6312 = add i32 %586, %6311
	%6313 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%6314 = bitcast i8 addrspace(3)* %6313 to i32 addrspace(3)*
	%6315 = getelementptr i32, i32 addrspace(3)* %6314, i32 %6306
	store i32 %6312, i32 addrspace(3)* %6315
	br label %6316

6316:
	%6317 = call i32 @llvm.ctpop.i32(i32 %5232)
	%6318 = add i32 %6302, %6317
	%6319 = and i32 %5233, %5236
	%6320 = call i32 @llvm.ctpop.i32(i32 %6319)
	%6321 = add i32 %6318, %6320
	%6322 = add i32 %5237, %6321
	br i1 %5229, label %6323, label %6332

6323:
	%6324 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%6325 = bitcast i8 addrspace(3)* %6324 to i32 addrspace(3)*
	%6326 = getelementptr i32, i32 addrspace(3)* %6325, i32 %6322
	store i32 %4947, i32 addrspace(3)* %6326
	%6327 = add i32 64, %3
	%6328 = add i32 %586, %6327
	%6329 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%6330 = bitcast i8 addrspace(3)* %6329 to i32 addrspace(3)*
	%6331 = getelementptr i32, i32 addrspace(3)* %6330, i32 %6322
	store i32 %6328, i32 addrspace(3)* %6331
	br label %6332

6332:
	%6333 = call i32 @llvm.ctpop.i32(i32 %5233)
	%6334 = add i32 %6318, %6333
	%6335 = and i32 %5234, %5236
	%6336 = call i32 @llvm.ctpop.i32(i32 %6335)
	%6337 = add i32 %6334, %6336
	%6338 = add i32 %5237, %6337
	br i1 %5230, label %6339, label %6348

6339:
	%6340 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%6341 = bitcast i8 addrspace(3)* %6340 to i32 addrspace(3)*
	%6342 = getelementptr i32, i32 addrspace(3)* %6341, i32 %6338
	store i32 %4960, i32 addrspace(3)* %6342
	%6343 = add i32 96, %3
	%6344 = add i32 %586, %6343
	%6345 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%6346 = bitcast i8 addrspace(3)* %6345 to i32 addrspace(3)*
	%6347 = getelementptr i32, i32 addrspace(3)* %6346, i32 %6338
	store i32 %6344, i32 addrspace(3)* %6347
	br label %6348

6348:
	%6349 = call i32 @llvm.ctpop.i32(i32 %5234)
	%6350 = add i32 %6334, %6349
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6351 = add i32 %5224, %5226
	br label %4962

6352:
	%6353 = add i32 0, %3
	%6354 = mul i32 %504, 136
	%6355 = add i32 %6354, %6353
	%6356 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%6357 = bitcast i8 addrspace(3)* %6356 to float addrspace(3)*
	%6358 = getelementptr float, float addrspace(3)* %6357, i32 %6355
	%6359 = load float, float addrspace(3)* %6358
	%6360 = fcmp ogt float %6359, 0xFFF0000000000000
	%6361 = fadd float %6359, 0.0
	%6362 = bitcast float %6361 to i32
	%6363 = ashr i32 %6362, 31
	%6364 = or i32 %6363, -2147483648
	%6365 = xor i32 %6362, %6364
	%6366 = add i32 32, %3
	%6367 = mul i32 %504, 136
	%6368 = add i32 %6367, %6366
	%6369 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%6370 = bitcast i8 addrspace(3)* %6369 to float addrspace(3)*
	%6371 = getelementptr float, float addrspace(3)* %6370, i32 %6368
	%6372 = load float, float addrspace(3)* %6371
	%6373 = fcmp ogt float %6372, 0xFFF0000000000000
	%6374 = fadd float %6372, 0.0
	%6375 = bitcast float %6374 to i32
	%6376 = ashr i32 %6375, 31
	%6377 = or i32 %6376, -2147483648
	%6378 = xor i32 %6375, %6377
	%6379 = add i32 64, %3
	%6380 = mul i32 %504, 136
	%6381 = add i32 %6380, %6379
	%6382 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%6383 = bitcast i8 addrspace(3)* %6382 to float addrspace(3)*
	%6384 = getelementptr float, float addrspace(3)* %6383, i32 %6381
	%6385 = load float, float addrspace(3)* %6384
	%6386 = fcmp ogt float %6385, 0xFFF0000000000000
	%6387 = fadd float %6385, 0.0
	%6388 = bitcast float %6387 to i32
	%6389 = ashr i32 %6388, 31
	%6390 = or i32 %6389, -2147483648
	%6391 = xor i32 %6388, %6390
	%6392 = add i32 96, %3
	%6393 = mul i32 %504, 136
	%6394 = add i32 %6393, %6392
	%6395 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 0
	%6396 = bitcast i8 addrspace(3)* %6395 to float addrspace(3)*
	%6397 = getelementptr float, float addrspace(3)* %6396, i32 %6394
	%6398 = load float, float addrspace(3)* %6397
	%6399 = fcmp ogt float %6398, 0xFFF0000000000000
	%6400 = fadd float %6398, 0.0
	%6401 = bitcast float %6400 to i32
	%6402 = ashr i32 %6401, 31
	%6403 = or i32 %6402, -2147483648
	%6404 = xor i32 %6401, %6403
	%6405 = icmp eq i32 %594, 0
	br i1 %6405, label %6410, label %6593

6406:
	%6407 = phi i32 [ %593, %4962 ], [ %7796, %7793 ]
	%6408 = phi i32 [ %594, %4962 ], [ %6670, %7793 ]
	call void @llvm.nvvm.barrier0()
	%6409 = add i32 %586, 128
	br label %585

6410:
	%6411 = select i1 %6360, i32 %6365, i32 0
	%6412 = icmp ugt i32 0, %6411
	%6413 = select i1 %6412, i32 0, i32 %6411
	%6414 = select i1 %6373, i32 %6378, i32 0
	%6415 = icmp ugt i32 %6413, %6414
	%6416 = select i1 %6415, i32 %6413, i32 %6414
	%6417 = select i1 %6386, i32 %6391, i32 0
	%6418 = icmp ugt i32 %6416, %6417
	%6419 = select i1 %6418, i32 %6416, i32 %6417
	%6420 = select i1 %6399, i32 %6404, i32 0
	%6421 = icmp ugt i32 %6419, %6420
	%6422 = select i1 %6421, i32 %6419, i32 %6420
	%6423 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6422, i32 1, i32 31)
	%6424 = and i32 %3, 2
	%6425 = icmp eq i32 %6424, 0
	%6426 = and i32 %3, 1
	%6427 = icmp eq i32 %6426, 0
	%6428 = icmp eq i1 %6425, %6427
	%6429 = icmp ugt i32 %6422, %6423
	%6430 = select i1 %6429, i32 %6422, i32 %6423
	%6431 = icmp ult i32 %6422, %6423
	%6432 = select i1 %6431, i32 %6422, i32 %6423
	%6433 = select i1 %6428, i32 %6430, i32 %6432
	%6434 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6433, i32 2, i32 31)
	%6435 = and i32 %3, 4
	%6436 = icmp eq i32 %6435, 0
	%6437 = and i32 %3, 2
	%6438 = icmp eq i32 %6437, 0
	%6439 = icmp eq i1 %6436, %6438
	%6440 = icmp ugt i32 %6433, %6434
	%6441 = select i1 %6440, i32 %6433, i32 %6434
	%6442 = icmp ult i32 %6433, %6434
	%6443 = select i1 %6442, i32 %6433, i32 %6434
	%6444 = select i1 %6439, i32 %6441, i32 %6443
	%6445 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6444, i32 1, i32 31)
	%6446 = and i32 %3, 4
	%6447 = icmp eq i32 %6446, 0
	%6448 = and i32 %3, 1
	%6449 = icmp eq i32 %6448, 0
	%6450 = icmp eq i1 %6447, %6449
	%6451 = icmp ugt i32 %6444, %6445
	%6452 = select i1 %6451, i32 %6444, i32 %6445
	%6453 = icmp ult i32 %6444, %6445
	%6454 = select i1 %6453, i32 %6444, i32 %6445
	%6455 = select i1 %6450, i32 %6452, i32 %6454
	%6456 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6455, i32 4, i32 31)
	%6457 = and i32 %3, 8
	%6458 = icmp eq i32 %6457, 0
	%6459 = and i32 %3, 4
	%6460 = icmp eq i32 %6459, 0
	%6461 = icmp eq i1 %6458, %6460
	%6462 = icmp ugt i32 %6455, %6456
	%6463 = select i1 %6462, i32 %6455, i32 %6456
	%6464 = icmp ult i32 %6455, %6456
	%6465 = select i1 %6464, i32 %6455, i32 %6456
	%6466 = select i1 %6461, i32 %6463, i32 %6465
	%6467 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6466, i32 2, i32 31)
	%6468 = and i32 %3, 8
	%6469 = icmp eq i32 %6468, 0
	%6470 = and i32 %3, 2
	%6471 = icmp eq i32 %6470, 0
	%6472 = icmp eq i1 %6469, %6471
	%6473 = icmp ugt i32 %6466, %6467
	%6474 = select i1 %6473, i32 %6466, i32 %6467
	%6475 = icmp ult i32 %6466, %6467
	%6476 = select i1 %6475, i32 %6466, i32 %6467
	%6477 = select i1 %6472, i32 %6474, i32 %6476
	%6478 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6477, i32 1, i32 31)
	%6479 = and i32 %3, 8
	%6480 = icmp eq i32 %6479, 0
	%6481 = and i32 %3, 1
	%6482 = icmp eq i32 %6481, 0
	%6483 = icmp eq i1 %6480, %6482
	%6484 = icmp ugt i32 %6477, %6478
	%6485 = select i1 %6484, i32 %6477, i32 %6478
	%6486 = icmp ult i32 %6477, %6478
	%6487 = select i1 %6486, i32 %6477, i32 %6478
	%6488 = select i1 %6483, i32 %6485, i32 %6487
	%6489 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6488, i32 8, i32 31)
	%6490 = and i32 %3, 16
	%6491 = icmp eq i32 %6490, 0
	%6492 = and i32 %3, 8
	%6493 = icmp eq i32 %6492, 0
	%6494 = icmp eq i1 %6491, %6493
	%6495 = icmp ugt i32 %6488, %6489
	%6496 = select i1 %6495, i32 %6488, i32 %6489
	%6497 = icmp ult i32 %6488, %6489
	%6498 = select i1 %6497, i32 %6488, i32 %6489
	%6499 = select i1 %6494, i32 %6496, i32 %6498
	%6500 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6499, i32 4, i32 31)
	%6501 = and i32 %3, 16
	%6502 = icmp eq i32 %6501, 0
	%6503 = and i32 %3, 4
	%6504 = icmp eq i32 %6503, 0
	%6505 = icmp eq i1 %6502, %6504
	%6506 = icmp ugt i32 %6499, %6500
	%6507 = select i1 %6506, i32 %6499, i32 %6500
	%6508 = icmp ult i32 %6499, %6500
	%6509 = select i1 %6508, i32 %6499, i32 %6500
	%6510 = select i1 %6505, i32 %6507, i32 %6509
	%6511 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6510, i32 2, i32 31)
	%6512 = and i32 %3, 16
	%6513 = icmp eq i32 %6512, 0
	%6514 = and i32 %3, 2
	%6515 = icmp eq i32 %6514, 0
	%6516 = icmp eq i1 %6513, %6515
	%6517 = icmp ugt i32 %6510, %6511
	%6518 = select i1 %6517, i32 %6510, i32 %6511
	%6519 = icmp ult i32 %6510, %6511
	%6520 = select i1 %6519, i32 %6510, i32 %6511
	%6521 = select i1 %6516, i32 %6518, i32 %6520
	%6522 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6521, i32 1, i32 31)
	%6523 = and i32 %3, 16
	%6524 = icmp eq i32 %6523, 0
	%6525 = and i32 %3, 1
	%6526 = icmp eq i32 %6525, 0
	%6527 = icmp eq i1 %6524, %6526
	%6528 = icmp ugt i32 %6521, %6522
	%6529 = select i1 %6528, i32 %6521, i32 %6522
	%6530 = icmp ult i32 %6521, %6522
	%6531 = select i1 %6530, i32 %6521, i32 %6522
	%6532 = select i1 %6527, i32 %6529, i32 %6531
	%6533 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6532, i32 16, i32 31)
	%6534 = and i32 %3, 32
	%6535 = icmp eq i32 %6534, 0
	%6536 = and i32 %3, 16
	%6537 = icmp eq i32 %6536, 0
	%6538 = icmp eq i1 %6535, %6537
	%6539 = icmp ugt i32 %6532, %6533
	%6540 = select i1 %6539, i32 %6532, i32 %6533
	%6541 = icmp ult i32 %6532, %6533
	%6542 = select i1 %6541, i32 %6532, i32 %6533
	%6543 = select i1 %6538, i32 %6540, i32 %6542
	%6544 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6543, i32 8, i32 31)
	%6545 = and i32 %3, 32
	%6546 = icmp eq i32 %6545, 0
	%6547 = and i32 %3, 8
	%6548 = icmp eq i32 %6547, 0
	%6549 = icmp eq i1 %6546, %6548
	%6550 = icmp ugt i32 %6543, %6544
	%6551 = select i1 %6550, i32 %6543, i32 %6544
	%6552 = icmp ult i32 %6543, %6544
	%6553 = select i1 %6552, i32 %6543, i32 %6544
	%6554 = select i1 %6549, i32 %6551, i32 %6553
	%6555 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6554, i32 4, i32 31)
	%6556 = and i32 %3, 32
	%6557 = icmp eq i32 %6556, 0
	%6558 = and i32 %3, 4
	%6559 = icmp eq i32 %6558, 0
	%6560 = icmp eq i1 %6557, %6559
	%6561 = icmp ugt i32 %6554, %6555
	%6562 = select i1 %6561, i32 %6554, i32 %6555
	%6563 = icmp ult i32 %6554, %6555
	%6564 = select i1 %6563, i32 %6554, i32 %6555
	%6565 = select i1 %6560, i32 %6562, i32 %6564
	%6566 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6565, i32 2, i32 31)
	%6567 = and i32 %3, 32
	%6568 = icmp eq i32 %6567, 0
	%6569 = and i32 %3, 2
	%6570 = icmp eq i32 %6569, 0
	%6571 = icmp eq i1 %6568, %6570
	%6572 = icmp ugt i32 %6565, %6566
	%6573 = select i1 %6572, i32 %6565, i32 %6566
	%6574 = icmp ult i32 %6565, %6566
	%6575 = select i1 %6574, i32 %6565, i32 %6566
	%6576 = select i1 %6571, i32 %6573, i32 %6575
	%6577 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6576, i32 1, i32 31)
	%6578 = and i32 %3, 32
	%6579 = icmp eq i32 %6578, 0
	%6580 = and i32 %3, 1
	%6581 = icmp eq i32 %6580, 0
	%6582 = icmp eq i1 %6579, %6581
	%6583 = icmp ugt i32 %6576, %6577
	%6584 = select i1 %6583, i32 %6576, i32 %6577
	%6585 = icmp ult i32 %6576, %6577
	%6586 = select i1 %6585, i32 %6576, i32 %6577
	%6587 = select i1 %6582, i32 %6584, i32 %6586
	%6588 = sub i32 %541, 1
	%6589 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6587, i32 %6588, i32 31)
	%6590 = icmp ugt i32 %6589, 0
	%6591 = sub i32 %6589, 1
	%6592 = select i1 %6590, i32 %6591, i32 0
	br label %6593

6593:
	%6594 = phi i32 [ %594, %6352 ], [ %6592, %6410 ]
	%6595 = icmp ugt i32 %6365, %6594
	%6596 = and i1 %6360, %6595
	%6597 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6596)
	%6598 = call i32 @llvm.ctpop.i32(i32 %6597)
	%6599 = add i32 0, %6598
	%6600 = icmp ugt i32 %6378, %6594
	%6601 = and i1 %6373, %6600
	%6602 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6601)
	%6603 = call i32 @llvm.ctpop.i32(i32 %6602)
	%6604 = add i32 %6599, %6603
	%6605 = icmp ugt i32 %6391, %6594
	%6606 = and i1 %6386, %6605
	%6607 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6606)
	%6608 = call i32 @llvm.ctpop.i32(i32 %6607)
	%6609 = add i32 %6604, %6608
	%6610 = icmp ugt i32 %6404, %6594
	%6611 = and i1 %6399, %6610
	%6612 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6611)
	%6613 = call i32 @llvm.ctpop.i32(i32 %6612)
	%6614 = add i32 %6609, %6613
	%6615 = add i32 %593, %6614
	%6616 = icmp sgt i32 %6615, 160
	br i1 %6616, label %6617, label %6668

6617:
	%6618 = mul i32 %504, 160
	%6619 = mul i32 %4, 256
	%6620 = mul i32 %3, 8
	%6621 = add i32 %6620, 0
	%6622 = add i32 %6619, %6621
	%6623 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6624 = bitcast i8 addrspace(3)* %6623 to i32 addrspace(3)*
	%6625 = getelementptr i32, i32 addrspace(3)* %6624, i32 %6622
	store i32 0, i32 addrspace(3)* %6625
	%6626 = mul i32 %3, 8
	%6627 = add i32 %6626, 1
	%6628 = add i32 %6619, %6627
	%6629 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6630 = bitcast i8 addrspace(3)* %6629 to i32 addrspace(3)*
	%6631 = getelementptr i32, i32 addrspace(3)* %6630, i32 %6628
	store i32 0, i32 addrspace(3)* %6631
	%6632 = mul i32 %3, 8
	%6633 = add i32 %6632, 2
	%6634 = add i32 %6619, %6633
	%6635 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6636 = bitcast i8 addrspace(3)* %6635 to i32 addrspace(3)*
	%6637 = getelementptr i32, i32 addrspace(3)* %6636, i32 %6634
	store i32 0, i32 addrspace(3)* %6637
	%6638 = mul i32 %3, 8
	%6639 = add i32 %6638, 3
	%6640 = add i32 %6619, %6639
	%6641 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6642 = bitcast i8 addrspace(3)* %6641 to i32 addrspace(3)*
	%6643 = getelementptr i32, i32 addrspace(3)* %6642, i32 %6640
	store i32 0, i32 addrspace(3)* %6643
	%6644 = mul i32 %3, 8
	%6645 = add i32 %6644, 4
	%6646 = add i32 %6619, %6645
	%6647 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6648 = bitcast i8 addrspace(3)* %6647 to i32 addrspace(3)*
	%6649 = getelementptr i32, i32 addrspace(3)* %6648, i32 %6646
	store i32 0, i32 addrspace(3)* %6649
	%6650 = mul i32 %3, 8
	%6651 = add i32 %6650, 5
	%6652 = add i32 %6619, %6651
	%6653 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6654 = bitcast i8 addrspace(3)* %6653 to i32 addrspace(3)*
	%6655 = getelementptr i32, i32 addrspace(3)* %6654, i32 %6652
	store i32 0, i32 addrspace(3)* %6655
	%6656 = mul i32 %3, 8
	%6657 = add i32 %6656, 6
	%6658 = add i32 %6619, %6657
	%6659 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6660 = bitcast i8 addrspace(3)* %6659 to i32 addrspace(3)*
	%6661 = getelementptr i32, i32 addrspace(3)* %6660, i32 %6658
	store i32 0, i32 addrspace(3)* %6661
	%6662 = mul i32 %3, 8
	%6663 = add i32 %6662, 7
	%6664 = add i32 %6619, %6663
	%6665 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6666 = bitcast i8 addrspace(3)* %6665 to i32 addrspace(3)*
	%6667 = getelementptr i32, i32 addrspace(3)* %6666, i32 %6664
	store i32 0, i32 addrspace(3)* %6667
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6687

6668:
	%6669 = phi i32 [ %593, %6593 ], [ %541, %7673 ]
	%6670 = phi i32 [ %6594, %6593 ], [ %7649, %7673 ]
	%6671 = phi i32 [ %6614, %6593 ], [ %7693, %7673 ]
	%6672 = phi i1 [ %6596, %6593 ], [ %7675, %7673 ]
	%6673 = phi i1 [ %6601, %6593 ], [ %7680, %7673 ]
	%6674 = phi i1 [ %6606, %6593 ], [ %7685, %7673 ]
	%6675 = phi i1 [ %6611, %6593 ], [ %7690, %7673 ]
	%6676 = phi i32 [ %6597, %6593 ], [ %7676, %7673 ]
	%6677 = phi i32 [ %6602, %6593 ], [ %7681, %7673 ]
	%6678 = phi i32 [ %6607, %6593 ], [ %7686, %7673 ]
	%6679 = phi i32 [ %6612, %6593 ], [ %7691, %7673 ]
	%6680 = shl i32 1, %3
	%6681 = sub i32 %6680, 1
	%6682 = mul i32 %504, 160
	%6683 = and i32 %6676, %6681
	%6684 = call i32 @llvm.ctpop.i32(i32 %6683)
	%6685 = add i32 %6669, %6684
	%6686 = add i32 %6682, %6685
	br i1 %6672, label %7736, label %7745

6687:
	%6688 = phi i32 [ %3, %6617 ], [ %6942, %6941 ]
	%6689 = icmp slt i32 %6688, %593
	br i1 %6689, label %6690, label %6699

6690:
	%6691 = add i32 %6618, %6688
	%6692 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%6693 = bitcast i8 addrspace(3)* %6692 to i32 addrspace(3)*
	%6694 = getelementptr i32, i32 addrspace(3)* %6693, i32 %6691
	%6695 = load i32, i32 addrspace(3)* %6694
	%6696 = and i32 %6695, 0
	%6697 = icmp eq i32 %6696, 0
	%6698 = and i1 true, %6697
	br i1 %6698, label %6933, label %6941

6699:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6700 = mul i32 %3, 8
	%6701 = add i32 %6700, 0
	%6702 = sub i32 255, %6701
	%6703 = add i32 %6619, %6702
	%6704 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6705 = bitcast i8 addrspace(3)* %6704 to i32 addrspace(3)*
	%6706 = getelementptr i32, i32 addrspace(3)* %6705, i32 %6703
	%6707 = load i32, i32 addrspace(3)* %6706
	%6708 = add i32 0, %6707
	%6709 = mul i32 %3, 8
	%6710 = add i32 %6709, 1
	%6711 = sub i32 255, %6710
	%6712 = add i32 %6619, %6711
	%6713 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6714 = bitcast i8 addrspace(3)* %6713 to i32 addrspace(3)*
	%6715 = getelementptr i32, i32 addrspace(3)* %6714, i32 %6712
	%6716 = load i32, i32 addrspace(3)* %6715
	%6717 = add i32 %6708, %6716
	%6718 = mul i32 %3, 8
	%6719 = add i32 %6718, 2
	%6720 = sub i32 255, %6719
	%6721 = add i32 %6619, %6720
	%6722 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6723 = bitcast i8 addrspace(3)* %6722 to i32 addrspace(3)*
	%6724 = getelementptr i32, i32 addrspace(3)* %6723, i32 %6721
	%6725 = load i32, i32 addrspace(3)* %6724
	%6726 = add i32 %6717, %6725
	%6727 = mul i32 %3, 8
	%6728 = add i32 %6727, 3
	%6729 = sub i32 255, %6728
	%6730 = add i32 %6619, %6729
	%6731 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6732 = bitcast i8 addrspace(3)* %6731 to i32 addrspace(3)*
	%6733 = getelementptr i32, i32 addrspace(3)* %6732, i32 %6730
	%6734 = load i32, i32 addrspace(3)* %6733
	%6735 = add i32 %6726, %6734
	%6736 = mul i32 %3, 8
	%6737 = add i32 %6736, 4
	%6738 = sub i32 255, %6737
	%6739 = add i32 %6619, %6738
	%6740 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6741 = bitcast i8 addrspace(3)* %6740 to i32 addrspace(3)*
	%6742 = getelementptr i32, i32 addrspace(3)* %6741, i32 %6739
	%6743 = load i32, i32 addrspace(3)* %6742
	%6744 = add i32 %6735, %6743
	%6745 = mul i32 %3, 8
	%6746 = add i32 %6745, 5
	%6747 = sub i32 255, %6746
	%6748 = add i32 %6619, %6747
	%6749 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6750 = bitcast i8 addrspace(3)* %6749 to i32 addrspace(3)*
	%6751 = getelementptr i32, i32 addrspace(3)* %6750, i32 %6748
	%6752 = load i32, i32 addrspace(3)* %6751
	%6753 = add i32 %6744, %6752
	%6754 = mul i32 %3, 8
	%6755 = add i32 %6754, 6
	%6756 = sub i32 255, %6755
	%6757 = add i32 %6619, %6756
	%6758 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6759 = bitcast i8 addrspace(3)* %6758 to i32 addrspace(3)*
	%6760 = getelementptr i32, i32 addrspace(3)* %6759, i32 %6757
	%6761 = load i32, i32 addrspace(3)* %6760
	%6762 = add i32 %6753, %6761
	%6763 = mul i32 %3, 8
	%6764 = add i32 %6763, 7
	%6765 = sub i32 255, %6764
	%6766 = add i32 %6619, %6765
	%6767 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6768 = bitcast i8 addrspace(3)* %6767 to i32 addrspace(3)*
	%6769 = getelementptr i32, i32 addrspace(3)* %6768, i32 %6766
	%6770 = load i32, i32 addrspace(3)* %6769
	%6771 = add i32 %6762, %6770
	%6772 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6771, i32 1, i32 0)
	%6773 = icmp uge i32 %3, 1
	%6774 = select i1 %6773, i32 %6772, i32 0
	%6775 = add i32 %6771, %6774
	%6776 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6775, i32 2, i32 0)
	%6777 = icmp uge i32 %3, 2
	%6778 = select i1 %6777, i32 %6776, i32 0
	%6779 = add i32 %6775, %6778
	%6780 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6779, i32 4, i32 0)
	%6781 = icmp uge i32 %3, 4
	%6782 = select i1 %6781, i32 %6780, i32 0
	%6783 = add i32 %6779, %6782
	%6784 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6783, i32 8, i32 0)
	%6785 = icmp uge i32 %3, 8
	%6786 = select i1 %6785, i32 %6784, i32 0
	%6787 = add i32 %6783, %6786
	%6788 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6787, i32 16, i32 0)
	%6789 = icmp uge i32 %3, 16
	%6790 = select i1 %6789, i32 %6788, i32 0
	%6791 = add i32 %6787, %6790
	%6792 = sub i32 %6791, %6771
	%6793 = icmp slt i32 %6792, %541
	%6794 = icmp sge i32 %6791, %541
	%6795 = and i1 %6793, %6794
	%6796 = add i32 %6792, %6707
	%6797 = xor i1 false, true
	%6798 = icmp sge i32 %6796, %541
	%6799 = and i1 %6797, %6798
	%6800 = mul i32 %3, 8
	%6801 = add i32 %6800, 0
	%6802 = sub i32 255, %6801
	%6803 = select i1 %6799, i32 %6802, i32 0
	%6804 = select i1 %6799, i32 %6792, i32 0
	%6805 = or i1 false, %6799
	%6806 = add i32 %6796, %6716
	%6807 = xor i1 %6805, true
	%6808 = icmp sge i32 %6806, %541
	%6809 = and i1 %6807, %6808
	%6810 = mul i32 %3, 8
	%6811 = add i32 %6810, 1
	%6812 = sub i32 255, %6811
	%6813 = select i1 %6809, i32 %6812, i32 %6803
	%6814 = select i1 %6809, i32 %6796, i32 %6804
	%6815 = or i1 %6805, %6809
	%6816 = add i32 %6806, %6725
	%6817 = xor i1 %6815, true
	%6818 = icmp sge i32 %6816, %541
	%6819 = and i1 %6817, %6818
	%6820 = mul i32 %3, 8
	%6821 = add i32 %6820, 2
	%6822 = sub i32 255, %6821
	%6823 = select i1 %6819, i32 %6822, i32 %6813
	%6824 = select i1 %6819, i32 %6806, i32 %6814
	%6825 = or i1 %6815, %6819
	%6826 = add i32 %6816, %6734
	%6827 = xor i1 %6825, true
	%6828 = icmp sge i32 %6826, %541
	%6829 = and i1 %6827, %6828
	%6830 = mul i32 %3, 8
	%6831 = add i32 %6830, 3
	%6832 = sub i32 255, %6831
	%6833 = select i1 %6829, i32 %6832, i32 %6823
	%6834 = select i1 %6829, i32 %6816, i32 %6824
	%6835 = or i1 %6825, %6829
	%6836 = add i32 %6826, %6743
	%6837 = xor i1 %6835, true
	%6838 = icmp sge i32 %6836, %541
	%6839 = and i1 %6837, %6838
	%6840 = mul i32 %3, 8
	%6841 = add i32 %6840, 4
	%6842 = sub i32 255, %6841
	%6843 = select i1 %6839, i32 %6842, i32 %6833
	%6844 = select i1 %6839, i32 %6826, i32 %6834
	%6845 = or i1 %6835, %6839
	%6846 = add i32 %6836, %6752
	%6847 = xor i1 %6845, true
	%6848 = icmp sge i32 %6846, %541
	%6849 = and i1 %6847, %6848
	%6850 = mul i32 %3, 8
	%6851 = add i32 %6850, 5
	%6852 = sub i32 255, %6851
	%6853 = select i1 %6849, i32 %6852, i32 %6843
	%6854 = select i1 %6849, i32 %6836, i32 %6844
	%6855 = or i1 %6845, %6849
	%6856 = add i32 %6846, %6761
	%6857 = xor i1 %6855, true
	%6858 = icmp sge i32 %6856, %541
	%6859 = and i1 %6857, %6858
	%6860 = mul i32 %3, 8
	%6861 = add i32 %6860, 6
	%6862 = sub i32 255, %6861
	%6863 = select i1 %6859, i32 %6862, i32 %6853
	%6864 = select i1 %6859, i32 %6846, i32 %6854
	%6865 = or i1 %6855, %6859
	%6866 = add i32 %6856, %6770
	%6867 = xor i1 %6865, true
	%6868 = icmp sge i32 %6866, %541
	%6869 = and i1 %6867, %6868
	%6870 = mul i32 %3, 8
	%6871 = add i32 %6870, 7
	%6872 = sub i32 255, %6871
	%6873 = select i1 %6869, i32 %6872, i32 %6863
	%6874 = select i1 %6869, i32 %6856, i32 %6864
	%6875 = or i1 %6865, %6869
	%6876 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6795)
	%6877 = call i32 @llvm.cttz.i32(i32 %6876, i1 false)
	%6878 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6873, i32 %6877, i32 31)
	%6879 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6874, i32 %6877, i32 31)
	%6880 = shl i32 %6878, 24
	%6881 = or i32 0, %6880
	%6882 = shl i32 255, 24
	%6883 = or i32 0, %6882
	%6884 = sub i32 %541, %6879
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6885 = mul i32 %3, 8
	%6886 = add i32 %6885, 0
	%6887 = add i32 %6619, %6886
	%6888 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6889 = bitcast i8 addrspace(3)* %6888 to i32 addrspace(3)*
	%6890 = getelementptr i32, i32 addrspace(3)* %6889, i32 %6887
	store i32 0, i32 addrspace(3)* %6890
	%6891 = mul i32 %3, 8
	%6892 = add i32 %6891, 1
	%6893 = add i32 %6619, %6892
	%6894 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6895 = bitcast i8 addrspace(3)* %6894 to i32 addrspace(3)*
	%6896 = getelementptr i32, i32 addrspace(3)* %6895, i32 %6893
	store i32 0, i32 addrspace(3)* %6896
	%6897 = mul i32 %3, 8
	%6898 = add i32 %6897, 2
	%6899 = add i32 %6619, %6898
	%6900 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6901 = bitcast i8 addrspace(3)* %6900 to i32 addrspace(3)*
	%6902 = getelementptr i32, i32 addrspace(3)* %6901, i32 %6899
	store i32 0, i32 addrspace(3)* %6902
	%6903 = mul i32 %3, 8
	%6904 = add i32 %6903, 3
	%6905 = add i32 %6619, %6904
	%6906 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6907 = bitcast i8 addrspace(3)* %6906 to i32 addrspace(3)*
	%6908 = getelementptr i32, i32 addrspace(3)* %6907, i32 %6905
	store i32 0, i32 addrspace(3)* %6908
	%6909 = mul i32 %3, 8
	%6910 = add i32 %6909, 4
	%6911 = add i32 %6619, %6910
	%6912 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6913 = bitcast i8 addrspace(3)* %6912 to i32 addrspace(3)*
	%6914 = getelementptr i32, i32 addrspace(3)* %6913, i32 %6911
	store i32 0, i32 addrspace(3)* %6914
	%6915 = mul i32 %3, 8
	%6916 = add i32 %6915, 5
	%6917 = add i32 %6619, %6916
	%6918 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6919 = bitcast i8 addrspace(3)* %6918 to i32 addrspace(3)*
	%6920 = getelementptr i32, i32 addrspace(3)* %6919, i32 %6917
	store i32 0, i32 addrspace(3)* %6920
	%6921 = mul i32 %3, 8
	%6922 = add i32 %6921, 6
	%6923 = add i32 %6619, %6922
	%6924 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6925 = bitcast i8 addrspace(3)* %6924 to i32 addrspace(3)*
	%6926 = getelementptr i32, i32 addrspace(3)* %6925, i32 %6923
	store i32 0, i32 addrspace(3)* %6926
	%6927 = mul i32 %3, 8
	%6928 = add i32 %6927, 7
	%6929 = add i32 %6619, %6928
	%6930 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6931 = bitcast i8 addrspace(3)* %6930 to i32 addrspace(3)*
	%6932 = getelementptr i32, i32 addrspace(3)* %6931, i32 %6929
	store i32 0, i32 addrspace(3)* %6932
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6943

6933:
	%6934 = lshr i32 %6695, 24
	%6935 = and i32 %6934, 255
	%6936 = add i32 %6619, %6935
	%6937 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6938 = bitcast i8 addrspace(3)* %6937 to i32 addrspace(3)*
	%6939 = getelementptr i32, i32 addrspace(3)* %6938, i32 %6936
	%6940 = atomicrmw add i32 addrspace(3)* %6939, i32 1 monotonic
	br label %6941

6941:
	%6942 = add i32 %6688, 32
	br label %6687

6943:
	%6944 = phi i32 [ %3, %6699 ], [ %7198, %7197 ]
	%6945 = icmp slt i32 %6944, %593
	br i1 %6945, label %6946, label %6955

6946:
	%6947 = add i32 %6618, %6944
	%6948 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%6949 = bitcast i8 addrspace(3)* %6948 to i32 addrspace(3)*
	%6950 = getelementptr i32, i32 addrspace(3)* %6949, i32 %6947
	%6951 = load i32, i32 addrspace(3)* %6950
	%6952 = and i32 %6951, %6883
	%6953 = icmp eq i32 %6952, %6881
	%6954 = and i1 true, %6953
	br i1 %6954, label %7189, label %7197

6955:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6956 = mul i32 %3, 8
	%6957 = add i32 %6956, 0
	%6958 = sub i32 255, %6957
	%6959 = add i32 %6619, %6958
	%6960 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6961 = bitcast i8 addrspace(3)* %6960 to i32 addrspace(3)*
	%6962 = getelementptr i32, i32 addrspace(3)* %6961, i32 %6959
	%6963 = load i32, i32 addrspace(3)* %6962
	%6964 = add i32 0, %6963
	%6965 = mul i32 %3, 8
	%6966 = add i32 %6965, 1
	%6967 = sub i32 255, %6966
	%6968 = add i32 %6619, %6967
	%6969 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6970 = bitcast i8 addrspace(3)* %6969 to i32 addrspace(3)*
	%6971 = getelementptr i32, i32 addrspace(3)* %6970, i32 %6968
	%6972 = load i32, i32 addrspace(3)* %6971
	%6973 = add i32 %6964, %6972
	%6974 = mul i32 %3, 8
	%6975 = add i32 %6974, 2
	%6976 = sub i32 255, %6975
	%6977 = add i32 %6619, %6976
	%6978 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6979 = bitcast i8 addrspace(3)* %6978 to i32 addrspace(3)*
	%6980 = getelementptr i32, i32 addrspace(3)* %6979, i32 %6977
	%6981 = load i32, i32 addrspace(3)* %6980
	%6982 = add i32 %6973, %6981
	%6983 = mul i32 %3, 8
	%6984 = add i32 %6983, 3
	%6985 = sub i32 255, %6984
	%6986 = add i32 %6619, %6985
	%6987 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6988 = bitcast i8 addrspace(3)* %6987 to i32 addrspace(3)*
	%6989 = getelementptr i32, i32 addrspace(3)* %6988, i32 %6986
	%6990 = load i32, i32 addrspace(3)* %6989
	%6991 = add i32 %6982, %6990
	%6992 = mul i32 %3, 8
	%6993 = add i32 %6992, 4
	%6994 = sub i32 255, %6993
	%6995 = add i32 %6619, %6994
	%6996 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%6997 = bitcast i8 addrspace(3)* %6996 to i32 addrspace(3)*
	%6998 = getelementptr i32, i32 addrspace(3)* %6997, i32 %6995
	%6999 = load i32, i32 addrspace(3)* %6998
	%7000 = add i32 %6991, %6999
	%7001 = mul i32 %3, 8
	%7002 = add i32 %7001, 5
	%7003 = sub i32 255, %7002
	%7004 = add i32 %6619, %7003
	%7005 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7006 = bitcast i8 addrspace(3)* %7005 to i32 addrspace(3)*
	%7007 = getelementptr i32, i32 addrspace(3)* %7006, i32 %7004
	%7008 = load i32, i32 addrspace(3)* %7007
	%7009 = add i32 %7000, %7008
	%7010 = mul i32 %3, 8
	%7011 = add i32 %7010, 6
	%7012 = sub i32 255, %7011
	%7013 = add i32 %6619, %7012
	%7014 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7015 = bitcast i8 addrspace(3)* %7014 to i32 addrspace(3)*
	%7016 = getelementptr i32, i32 addrspace(3)* %7015, i32 %7013
	%7017 = load i32, i32 addrspace(3)* %7016
	%7018 = add i32 %7009, %7017
	%7019 = mul i32 %3, 8
	%7020 = add i32 %7019, 7
	%7021 = sub i32 255, %7020
	%7022 = add i32 %6619, %7021
	%7023 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7024 = bitcast i8 addrspace(3)* %7023 to i32 addrspace(3)*
	%7025 = getelementptr i32, i32 addrspace(3)* %7024, i32 %7022
	%7026 = load i32, i32 addrspace(3)* %7025
	%7027 = add i32 %7018, %7026
	%7028 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7027, i32 1, i32 0)
	%7029 = icmp uge i32 %3, 1
	%7030 = select i1 %7029, i32 %7028, i32 0
	%7031 = add i32 %7027, %7030
	%7032 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7031, i32 2, i32 0)
	%7033 = icmp uge i32 %3, 2
	%7034 = select i1 %7033, i32 %7032, i32 0
	%7035 = add i32 %7031, %7034
	%7036 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7035, i32 4, i32 0)
	%7037 = icmp uge i32 %3, 4
	%7038 = select i1 %7037, i32 %7036, i32 0
	%7039 = add i32 %7035, %7038
	%7040 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7039, i32 8, i32 0)
	%7041 = icmp uge i32 %3, 8
	%7042 = select i1 %7041, i32 %7040, i32 0
	%7043 = add i32 %7039, %7042
	%7044 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7043, i32 16, i32 0)
	%7045 = icmp uge i32 %3, 16
	%7046 = select i1 %7045, i32 %7044, i32 0
	%7047 = add i32 %7043, %7046
	%7048 = sub i32 %7047, %7027
	%7049 = icmp slt i32 %7048, %6884
	%7050 = icmp sge i32 %7047, %6884
	%7051 = and i1 %7049, %7050
	%7052 = add i32 %7048, %6963
	%7053 = xor i1 false, true
	%7054 = icmp sge i32 %7052, %6884
	%7055 = and i1 %7053, %7054
	%7056 = mul i32 %3, 8
	%7057 = add i32 %7056, 0
	%7058 = sub i32 255, %7057
	%7059 = select i1 %7055, i32 %7058, i32 0
	%7060 = select i1 %7055, i32 %7048, i32 0
	%7061 = or i1 false, %7055
	%7062 = add i32 %7052, %6972
	%7063 = xor i1 %7061, true
	%7064 = icmp sge i32 %7062, %6884
	%7065 = and i1 %7063, %7064
	%7066 = mul i32 %3, 8
	%7067 = add i32 %7066, 1
	%7068 = sub i32 255, %7067
	%7069 = select i1 %7065, i32 %7068, i32 %7059
	%7070 = select i1 %7065, i32 %7052, i32 %7060
	%7071 = or i1 %7061, %7065
	%7072 = add i32 %7062, %6981
	%7073 = xor i1 %7071, true
	%7074 = icmp sge i32 %7072, %6884
	%7075 = and i1 %7073, %7074
	%7076 = mul i32 %3, 8
	%7077 = add i32 %7076, 2
	%7078 = sub i32 255, %7077
	%7079 = select i1 %7075, i32 %7078, i32 %7069
	%7080 = select i1 %7075, i32 %7062, i32 %7070
	%7081 = or i1 %7071, %7075
	%7082 = add i32 %7072, %6990
	%7083 = xor i1 %7081, true
	%7084 = icmp sge i32 %7082, %6884
	%7085 = and i1 %7083, %7084
	%7086 = mul i32 %3, 8
	%7087 = add i32 %7086, 3
	%7088 = sub i32 255, %7087
	%7089 = select i1 %7085, i32 %7088, i32 %7079
	%7090 = select i1 %7085, i32 %7072, i32 %7080
	%7091 = or i1 %7081, %7085
	%7092 = add i32 %7082, %6999
	%7093 = xor i1 %7091, true
	%7094 = icmp sge i32 %7092, %6884
	%7095 = and i1 %7093, %7094
	%7096 = mul i32 %3, 8
	%7097 = add i32 %7096, 4
	%7098 = sub i32 255, %7097
	%7099 = select i1 %7095, i32 %7098, i32 %7089
	%7100 = select i1 %7095, i32 %7082, i32 %7090
	%7101 = or i1 %7091, %7095
	%7102 = add i32 %7092, %7008
	%7103 = xor i1 %7101, true
	%7104 = icmp sge i32 %7102, %6884
	%7105 = and i1 %7103, %7104
	%7106 = mul i32 %3, 8
	%7107 = add i32 %7106, 5
	%7108 = sub i32 255, %7107
	%7109 = select i1 %7105, i32 %7108, i32 %7099
	%7110 = select i1 %7105, i32 %7092, i32 %7100
	%7111 = or i1 %7101, %7105
	%7112 = add i32 %7102, %7017
	%7113 = xor i1 %7111, true
	%7114 = icmp sge i32 %7112, %6884
	%7115 = and i1 %7113, %7114
	%7116 = mul i32 %3, 8
	%7117 = add i32 %7116, 6
	%7118 = sub i32 255, %7117
	%7119 = select i1 %7115, i32 %7118, i32 %7109
	%7120 = select i1 %7115, i32 %7102, i32 %7110
	%7121 = or i1 %7111, %7115
	%7122 = add i32 %7112, %7026
	%7123 = xor i1 %7121, true
	%7124 = icmp sge i32 %7122, %6884
	%7125 = and i1 %7123, %7124
	%7126 = mul i32 %3, 8
	%7127 = add i32 %7126, 7
	%7128 = sub i32 255, %7127
	%7129 = select i1 %7125, i32 %7128, i32 %7119
	%7130 = select i1 %7125, i32 %7112, i32 %7120
	%7131 = or i1 %7121, %7125
	%7132 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7051)
	%7133 = call i32 @llvm.cttz.i32(i32 %7132, i1 false)
	%7134 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7129, i32 %7133, i32 31)
	%7135 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7130, i32 %7133, i32 31)
	%7136 = shl i32 %7134, 16
	%7137 = or i32 %6881, %7136
	%7138 = shl i32 255, 16
	%7139 = or i32 %6883, %7138
	%7140 = sub i32 %6884, %7135
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7141 = mul i32 %3, 8
	%7142 = add i32 %7141, 0
	%7143 = add i32 %6619, %7142
	%7144 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7145 = bitcast i8 addrspace(3)* %7144 to i32 addrspace(3)*
	%7146 = getelementptr i32, i32 addrspace(3)* %7145, i32 %7143
	store i32 0, i32 addrspace(3)* %7146
	%7147 = mul i32 %3, 8
	%7148 = add i32 %7147, 1
	%7149 = add i32 %6619, %7148
	%7150 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7151 = bitcast i8 addrspace(3)* %7150 to i32 addrspace(3)*
	%7152 = getelementptr i32, i32 addrspace(3)* %7151, i32 %7149
	store i32 0, i32 addrspace(3)* %7152
	%7153 = mul i32 %3, 8
	%7154 = add i32 %7153, 2
	%7155 = add i32 %6619, %7154
	%7156 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7157 = bitcast i8 addrspace(3)* %7156 to i32 addrspace(3)*
	%7158 = getelementptr i32, i32 addrspace(3)* %7157, i32 %7155
	store i32 0, i32 addrspace(3)* %7158
	%7159 = mul i32 %3, 8
	%7160 = add i32 %7159, 3
	%7161 = add i32 %6619, %7160
	%7162 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7163 = bitcast i8 addrspace(3)* %7162 to i32 addrspace(3)*
	%7164 = getelementptr i32, i32 addrspace(3)* %7163, i32 %7161
	store i32 0, i32 addrspace(3)* %7164
	%7165 = mul i32 %3, 8
	%7166 = add i32 %7165, 4
	%7167 = add i32 %6619, %7166
	%7168 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7169 = bitcast i8 addrspace(3)* %7168 to i32 addrspace(3)*
	%7170 = getelementptr i32, i32 addrspace(3)* %7169, i32 %7167
	store i32 0, i32 addrspace(3)* %7170
	%7171 = mul i32 %3, 8
	%7172 = add i32 %7171, 5
	%7173 = add i32 %6619, %7172
	%7174 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7175 = bitcast i8 addrspace(3)* %7174 to i32 addrspace(3)*
	%7176 = getelementptr i32, i32 addrspace(3)* %7175, i32 %7173
	store i32 0, i32 addrspace(3)* %7176
	%7177 = mul i32 %3, 8
	%7178 = add i32 %7177, 6
	%7179 = add i32 %6619, %7178
	%7180 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7181 = bitcast i8 addrspace(3)* %7180 to i32 addrspace(3)*
	%7182 = getelementptr i32, i32 addrspace(3)* %7181, i32 %7179
	store i32 0, i32 addrspace(3)* %7182
	%7183 = mul i32 %3, 8
	%7184 = add i32 %7183, 7
	%7185 = add i32 %6619, %7184
	%7186 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7187 = bitcast i8 addrspace(3)* %7186 to i32 addrspace(3)*
	%7188 = getelementptr i32, i32 addrspace(3)* %7187, i32 %7185
	store i32 0, i32 addrspace(3)* %7188
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7199

7189:
	%7190 = lshr i32 %6951, 16
	%7191 = and i32 %7190, 255
	%7192 = add i32 %6619, %7191
	%7193 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7194 = bitcast i8 addrspace(3)* %7193 to i32 addrspace(3)*
	%7195 = getelementptr i32, i32 addrspace(3)* %7194, i32 %7192
	%7196 = atomicrmw add i32 addrspace(3)* %7195, i32 1 monotonic
	br label %7197

7197:
	%7198 = add i32 %6944, 32
	br label %6943

7199:
	%7200 = phi i32 [ %3, %6955 ], [ %7454, %7453 ]
	%7201 = icmp slt i32 %7200, %593
	br i1 %7201, label %7202, label %7211

7202:
	%7203 = add i32 %6618, %7200
	%7204 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%7205 = bitcast i8 addrspace(3)* %7204 to i32 addrspace(3)*
	%7206 = getelementptr i32, i32 addrspace(3)* %7205, i32 %7203
	%7207 = load i32, i32 addrspace(3)* %7206
	%7208 = and i32 %7207, %7139
	%7209 = icmp eq i32 %7208, %7137
	%7210 = and i1 true, %7209
	br i1 %7210, label %7445, label %7453

7211:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7212 = mul i32 %3, 8
	%7213 = add i32 %7212, 0
	%7214 = sub i32 255, %7213
	%7215 = add i32 %6619, %7214
	%7216 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7217 = bitcast i8 addrspace(3)* %7216 to i32 addrspace(3)*
	%7218 = getelementptr i32, i32 addrspace(3)* %7217, i32 %7215
	%7219 = load i32, i32 addrspace(3)* %7218
	%7220 = add i32 0, %7219
	%7221 = mul i32 %3, 8
	%7222 = add i32 %7221, 1
	%7223 = sub i32 255, %7222
	%7224 = add i32 %6619, %7223
	%7225 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7226 = bitcast i8 addrspace(3)* %7225 to i32 addrspace(3)*
	%7227 = getelementptr i32, i32 addrspace(3)* %7226, i32 %7224
	%7228 = load i32, i32 addrspace(3)* %7227
	%7229 = add i32 %7220, %7228
	%7230 = mul i32 %3, 8
	%7231 = add i32 %7230, 2
	%7232 = sub i32 255, %7231
	%7233 = add i32 %6619, %7232
	%7234 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7235 = bitcast i8 addrspace(3)* %7234 to i32 addrspace(3)*
	%7236 = getelementptr i32, i32 addrspace(3)* %7235, i32 %7233
	%7237 = load i32, i32 addrspace(3)* %7236
	%7238 = add i32 %7229, %7237
	%7239 = mul i32 %3, 8
	%7240 = add i32 %7239, 3
	%7241 = sub i32 255, %7240
	%7242 = add i32 %6619, %7241
	%7243 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7244 = bitcast i8 addrspace(3)* %7243 to i32 addrspace(3)*
	%7245 = getelementptr i32, i32 addrspace(3)* %7244, i32 %7242
	%7246 = load i32, i32 addrspace(3)* %7245
	%7247 = add i32 %7238, %7246
	%7248 = mul i32 %3, 8
	%7249 = add i32 %7248, 4
	%7250 = sub i32 255, %7249
	%7251 = add i32 %6619, %7250
	%7252 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7253 = bitcast i8 addrspace(3)* %7252 to i32 addrspace(3)*
	%7254 = getelementptr i32, i32 addrspace(3)* %7253, i32 %7251
	%7255 = load i32, i32 addrspace(3)* %7254
	%7256 = add i32 %7247, %7255
	%7257 = mul i32 %3, 8
	%7258 = add i32 %7257, 5
	%7259 = sub i32 255, %7258
	%7260 = add i32 %6619, %7259
	%7261 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7262 = bitcast i8 addrspace(3)* %7261 to i32 addrspace(3)*
	%7263 = getelementptr i32, i32 addrspace(3)* %7262, i32 %7260
	%7264 = load i32, i32 addrspace(3)* %7263
	%7265 = add i32 %7256, %7264
	%7266 = mul i32 %3, 8
	%7267 = add i32 %7266, 6
	%7268 = sub i32 255, %7267
	%7269 = add i32 %6619, %7268
	%7270 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7271 = bitcast i8 addrspace(3)* %7270 to i32 addrspace(3)*
	%7272 = getelementptr i32, i32 addrspace(3)* %7271, i32 %7269
	%7273 = load i32, i32 addrspace(3)* %7272
	%7274 = add i32 %7265, %7273
	%7275 = mul i32 %3, 8
	%7276 = add i32 %7275, 7
	%7277 = sub i32 255, %7276
	%7278 = add i32 %6619, %7277
	%7279 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7280 = bitcast i8 addrspace(3)* %7279 to i32 addrspace(3)*
	%7281 = getelementptr i32, i32 addrspace(3)* %7280, i32 %7278
	%7282 = load i32, i32 addrspace(3)* %7281
	%7283 = add i32 %7274, %7282
	%7284 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7283, i32 1, i32 0)
	%7285 = icmp uge i32 %3, 1
	%7286 = select i1 %7285, i32 %7284, i32 0
	%7287 = add i32 %7283, %7286
	%7288 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7287, i32 2, i32 0)
	%7289 = icmp uge i32 %3, 2
	%7290 = select i1 %7289, i32 %7288, i32 0
	%7291 = add i32 %7287, %7290
	%7292 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7291, i32 4, i32 0)
	%7293 = icmp uge i32 %3, 4
	%7294 = select i1 %7293, i32 %7292, i32 0
	%7295 = add i32 %7291, %7294
	%7296 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7295, i32 8, i32 0)
	%7297 = icmp uge i32 %3, 8
	%7298 = select i1 %7297, i32 %7296, i32 0
	%7299 = add i32 %7295, %7298
	%7300 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7299, i32 16, i32 0)
	%7301 = icmp uge i32 %3, 16
	%7302 = select i1 %7301, i32 %7300, i32 0
	%7303 = add i32 %7299, %7302
	%7304 = sub i32 %7303, %7283
	%7305 = icmp slt i32 %7304, %7140
	%7306 = icmp sge i32 %7303, %7140
	%7307 = and i1 %7305, %7306
	%7308 = add i32 %7304, %7219
	%7309 = xor i1 false, true
	%7310 = icmp sge i32 %7308, %7140
	%7311 = and i1 %7309, %7310
	%7312 = mul i32 %3, 8
	%7313 = add i32 %7312, 0
	%7314 = sub i32 255, %7313
	%7315 = select i1 %7311, i32 %7314, i32 0
	%7316 = select i1 %7311, i32 %7304, i32 0
	%7317 = or i1 false, %7311
	%7318 = add i32 %7308, %7228
	%7319 = xor i1 %7317, true
	%7320 = icmp sge i32 %7318, %7140
	%7321 = and i1 %7319, %7320
	%7322 = mul i32 %3, 8
	%7323 = add i32 %7322, 1
	%7324 = sub i32 255, %7323
	%7325 = select i1 %7321, i32 %7324, i32 %7315
	%7326 = select i1 %7321, i32 %7308, i32 %7316
	%7327 = or i1 %7317, %7321
	%7328 = add i32 %7318, %7237
	%7329 = xor i1 %7327, true
	%7330 = icmp sge i32 %7328, %7140
	%7331 = and i1 %7329, %7330
	%7332 = mul i32 %3, 8
	%7333 = add i32 %7332, 2
	%7334 = sub i32 255, %7333
	%7335 = select i1 %7331, i32 %7334, i32 %7325
	%7336 = select i1 %7331, i32 %7318, i32 %7326
	%7337 = or i1 %7327, %7331
	%7338 = add i32 %7328, %7246
	%7339 = xor i1 %7337, true
	%7340 = icmp sge i32 %7338, %7140
	%7341 = and i1 %7339, %7340
	%7342 = mul i32 %3, 8
	%7343 = add i32 %7342, 3
	%7344 = sub i32 255, %7343
	%7345 = select i1 %7341, i32 %7344, i32 %7335
	%7346 = select i1 %7341, i32 %7328, i32 %7336
	%7347 = or i1 %7337, %7341
	%7348 = add i32 %7338, %7255
	%7349 = xor i1 %7347, true
	%7350 = icmp sge i32 %7348, %7140
	%7351 = and i1 %7349, %7350
	%7352 = mul i32 %3, 8
	%7353 = add i32 %7352, 4
	%7354 = sub i32 255, %7353
	%7355 = select i1 %7351, i32 %7354, i32 %7345
	%7356 = select i1 %7351, i32 %7338, i32 %7346
	%7357 = or i1 %7347, %7351
	%7358 = add i32 %7348, %7264
	%7359 = xor i1 %7357, true
	%7360 = icmp sge i32 %7358, %7140
	%7361 = and i1 %7359, %7360
	%7362 = mul i32 %3, 8
	%7363 = add i32 %7362, 5
	%7364 = sub i32 255, %7363
	%7365 = select i1 %7361, i32 %7364, i32 %7355
	%7366 = select i1 %7361, i32 %7348, i32 %7356
	%7367 = or i1 %7357, %7361
	%7368 = add i32 %7358, %7273
	%7369 = xor i1 %7367, true
	%7370 = icmp sge i32 %7368, %7140
	%7371 = and i1 %7369, %7370
	%7372 = mul i32 %3, 8
	%7373 = add i32 %7372, 6
	%7374 = sub i32 255, %7373
	%7375 = select i1 %7371, i32 %7374, i32 %7365
	%7376 = select i1 %7371, i32 %7358, i32 %7366
	%7377 = or i1 %7367, %7371
	%7378 = add i32 %7368, %7282
	%7379 = xor i1 %7377, true
	%7380 = icmp sge i32 %7378, %7140
	%7381 = and i1 %7379, %7380
	%7382 = mul i32 %3, 8
	%7383 = add i32 %7382, 7
	%7384 = sub i32 255, %7383
	%7385 = select i1 %7381, i32 %7384, i32 %7375
	%7386 = select i1 %7381, i32 %7368, i32 %7376
	%7387 = or i1 %7377, %7381
	%7388 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7307)
	%7389 = call i32 @llvm.cttz.i32(i32 %7388, i1 false)
	%7390 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7385, i32 %7389, i32 31)
	%7391 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7386, i32 %7389, i32 31)
	%7392 = shl i32 %7390, 8
	%7393 = or i32 %7137, %7392
	%7394 = shl i32 255, 8
	%7395 = or i32 %7139, %7394
	%7396 = sub i32 %7140, %7391
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7397 = mul i32 %3, 8
	%7398 = add i32 %7397, 0
	%7399 = add i32 %6619, %7398
	%7400 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7401 = bitcast i8 addrspace(3)* %7400 to i32 addrspace(3)*
	%7402 = getelementptr i32, i32 addrspace(3)* %7401, i32 %7399
	store i32 0, i32 addrspace(3)* %7402
	%7403 = mul i32 %3, 8
	%7404 = add i32 %7403, 1
	%7405 = add i32 %6619, %7404
	%7406 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7407 = bitcast i8 addrspace(3)* %7406 to i32 addrspace(3)*
	%7408 = getelementptr i32, i32 addrspace(3)* %7407, i32 %7405
	store i32 0, i32 addrspace(3)* %7408
	%7409 = mul i32 %3, 8
	%7410 = add i32 %7409, 2
	%7411 = add i32 %6619, %7410
	%7412 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7413 = bitcast i8 addrspace(3)* %7412 to i32 addrspace(3)*
	%7414 = getelementptr i32, i32 addrspace(3)* %7413, i32 %7411
	store i32 0, i32 addrspace(3)* %7414
	%7415 = mul i32 %3, 8
	%7416 = add i32 %7415, 3
	%7417 = add i32 %6619, %7416
	%7418 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7419 = bitcast i8 addrspace(3)* %7418 to i32 addrspace(3)*
	%7420 = getelementptr i32, i32 addrspace(3)* %7419, i32 %7417
	store i32 0, i32 addrspace(3)* %7420
	%7421 = mul i32 %3, 8
	%7422 = add i32 %7421, 4
	%7423 = add i32 %6619, %7422
	%7424 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7425 = bitcast i8 addrspace(3)* %7424 to i32 addrspace(3)*
	%7426 = getelementptr i32, i32 addrspace(3)* %7425, i32 %7423
	store i32 0, i32 addrspace(3)* %7426
	%7427 = mul i32 %3, 8
	%7428 = add i32 %7427, 5
	%7429 = add i32 %6619, %7428
	%7430 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7431 = bitcast i8 addrspace(3)* %7430 to i32 addrspace(3)*
	%7432 = getelementptr i32, i32 addrspace(3)* %7431, i32 %7429
	store i32 0, i32 addrspace(3)* %7432
	%7433 = mul i32 %3, 8
	%7434 = add i32 %7433, 6
	%7435 = add i32 %6619, %7434
	%7436 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7437 = bitcast i8 addrspace(3)* %7436 to i32 addrspace(3)*
	%7438 = getelementptr i32, i32 addrspace(3)* %7437, i32 %7435
	store i32 0, i32 addrspace(3)* %7438
	%7439 = mul i32 %3, 8
	%7440 = add i32 %7439, 7
	%7441 = add i32 %6619, %7440
	%7442 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7443 = bitcast i8 addrspace(3)* %7442 to i32 addrspace(3)*
	%7444 = getelementptr i32, i32 addrspace(3)* %7443, i32 %7441
	store i32 0, i32 addrspace(3)* %7444
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7455

7445:
	%7446 = lshr i32 %7207, 8
	%7447 = and i32 %7446, 255
	%7448 = add i32 %6619, %7447
	%7449 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7450 = bitcast i8 addrspace(3)* %7449 to i32 addrspace(3)*
	%7451 = getelementptr i32, i32 addrspace(3)* %7450, i32 %7448
	%7452 = atomicrmw add i32 addrspace(3)* %7451, i32 1 monotonic
	br label %7453

7453:
	%7454 = add i32 %7200, 32
	br label %7199

7455:
	%7456 = phi i32 [ %3, %7211 ], [ %7664, %7663 ]
	%7457 = icmp slt i32 %7456, %593
	br i1 %7457, label %7458, label %7467

7458:
	%7459 = add i32 %6618, %7456
	%7460 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%7461 = bitcast i8 addrspace(3)* %7460 to i32 addrspace(3)*
	%7462 = getelementptr i32, i32 addrspace(3)* %7461, i32 %7459
	%7463 = load i32, i32 addrspace(3)* %7462
	%7464 = and i32 %7463, %7395
	%7465 = icmp eq i32 %7464, %7393
	%7466 = and i1 true, %7465
	br i1 %7466, label %7655, label %7663

7467:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7468 = mul i32 %3, 8
	%7469 = add i32 %7468, 0
	%7470 = sub i32 255, %7469
	%7471 = add i32 %6619, %7470
	%7472 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7473 = bitcast i8 addrspace(3)* %7472 to i32 addrspace(3)*
	%7474 = getelementptr i32, i32 addrspace(3)* %7473, i32 %7471
	%7475 = load i32, i32 addrspace(3)* %7474
	%7476 = add i32 0, %7475
	%7477 = mul i32 %3, 8
	%7478 = add i32 %7477, 1
	%7479 = sub i32 255, %7478
	%7480 = add i32 %6619, %7479
	%7481 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7482 = bitcast i8 addrspace(3)* %7481 to i32 addrspace(3)*
	%7483 = getelementptr i32, i32 addrspace(3)* %7482, i32 %7480
	%7484 = load i32, i32 addrspace(3)* %7483
	%7485 = add i32 %7476, %7484
	%7486 = mul i32 %3, 8
	%7487 = add i32 %7486, 2
	%7488 = sub i32 255, %7487
	%7489 = add i32 %6619, %7488
	%7490 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7491 = bitcast i8 addrspace(3)* %7490 to i32 addrspace(3)*
	%7492 = getelementptr i32, i32 addrspace(3)* %7491, i32 %7489
	%7493 = load i32, i32 addrspace(3)* %7492
	%7494 = add i32 %7485, %7493
	%7495 = mul i32 %3, 8
	%7496 = add i32 %7495, 3
	%7497 = sub i32 255, %7496
	%7498 = add i32 %6619, %7497
	%7499 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7500 = bitcast i8 addrspace(3)* %7499 to i32 addrspace(3)*
	%7501 = getelementptr i32, i32 addrspace(3)* %7500, i32 %7498
	%7502 = load i32, i32 addrspace(3)* %7501
	%7503 = add i32 %7494, %7502
	%7504 = mul i32 %3, 8
	%7505 = add i32 %7504, 4
	%7506 = sub i32 255, %7505
	%7507 = add i32 %6619, %7506
	%7508 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7509 = bitcast i8 addrspace(3)* %7508 to i32 addrspace(3)*
	%7510 = getelementptr i32, i32 addrspace(3)* %7509, i32 %7507
	%7511 = load i32, i32 addrspace(3)* %7510
	%7512 = add i32 %7503, %7511
	%7513 = mul i32 %3, 8
	%7514 = add i32 %7513, 5
	%7515 = sub i32 255, %7514
	%7516 = add i32 %6619, %7515
	%7517 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7518 = bitcast i8 addrspace(3)* %7517 to i32 addrspace(3)*
	%7519 = getelementptr i32, i32 addrspace(3)* %7518, i32 %7516
	%7520 = load i32, i32 addrspace(3)* %7519
	%7521 = add i32 %7512, %7520
	%7522 = mul i32 %3, 8
	%7523 = add i32 %7522, 6
	%7524 = sub i32 255, %7523
	%7525 = add i32 %6619, %7524
	%7526 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7527 = bitcast i8 addrspace(3)* %7526 to i32 addrspace(3)*
	%7528 = getelementptr i32, i32 addrspace(3)* %7527, i32 %7525
	%7529 = load i32, i32 addrspace(3)* %7528
	%7530 = add i32 %7521, %7529
	%7531 = mul i32 %3, 8
	%7532 = add i32 %7531, 7
	%7533 = sub i32 255, %7532
	%7534 = add i32 %6619, %7533
	%7535 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7536 = bitcast i8 addrspace(3)* %7535 to i32 addrspace(3)*
	%7537 = getelementptr i32, i32 addrspace(3)* %7536, i32 %7534
	%7538 = load i32, i32 addrspace(3)* %7537
	%7539 = add i32 %7530, %7538
	%7540 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7539, i32 1, i32 0)
	%7541 = icmp uge i32 %3, 1
	%7542 = select i1 %7541, i32 %7540, i32 0
	%7543 = add i32 %7539, %7542
	%7544 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7543, i32 2, i32 0)
	%7545 = icmp uge i32 %3, 2
	%7546 = select i1 %7545, i32 %7544, i32 0
	%7547 = add i32 %7543, %7546
	%7548 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7547, i32 4, i32 0)
	%7549 = icmp uge i32 %3, 4
	%7550 = select i1 %7549, i32 %7548, i32 0
	%7551 = add i32 %7547, %7550
	%7552 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7551, i32 8, i32 0)
	%7553 = icmp uge i32 %3, 8
	%7554 = select i1 %7553, i32 %7552, i32 0
	%7555 = add i32 %7551, %7554
	%7556 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7555, i32 16, i32 0)
	%7557 = icmp uge i32 %3, 16
	%7558 = select i1 %7557, i32 %7556, i32 0
	%7559 = add i32 %7555, %7558
	%7560 = sub i32 %7559, %7539
	%7561 = icmp slt i32 %7560, %7396
	%7562 = icmp sge i32 %7559, %7396
	%7563 = and i1 %7561, %7562
	%7564 = add i32 %7560, %7475
	%7565 = xor i1 false, true
	%7566 = icmp sge i32 %7564, %7396
	%7567 = and i1 %7565, %7566
	%7568 = mul i32 %3, 8
	%7569 = add i32 %7568, 0
	%7570 = sub i32 255, %7569
	%7571 = select i1 %7567, i32 %7570, i32 0
	%7572 = select i1 %7567, i32 %7560, i32 0
	%7573 = or i1 false, %7567
	%7574 = add i32 %7564, %7484
	%7575 = xor i1 %7573, true
	%7576 = icmp sge i32 %7574, %7396
	%7577 = and i1 %7575, %7576
	%7578 = mul i32 %3, 8
	%7579 = add i32 %7578, 1
	%7580 = sub i32 255, %7579
	%7581 = select i1 %7577, i32 %7580, i32 %7571
	%7582 = select i1 %7577, i32 %7564, i32 %7572
	%7583 = or i1 %7573, %7577
	%7584 = add i32 %7574, %7493
	%7585 = xor i1 %7583, true
	%7586 = icmp sge i32 %7584, %7396
	%7587 = and i1 %7585, %7586
	%7588 = mul i32 %3, 8
	%7589 = add i32 %7588, 2
	%7590 = sub i32 255, %7589
	%7591 = select i1 %7587, i32 %7590, i32 %7581
	%7592 = select i1 %7587, i32 %7574, i32 %7582
	%7593 = or i1 %7583, %7587
	%7594 = add i32 %7584, %7502
	%7595 = xor i1 %7593, true
	%7596 = icmp sge i32 %7594, %7396
	%7597 = and i1 %7595, %7596
	%7598 = mul i32 %3, 8
	%7599 = add i32 %7598, 3
	%7600 = sub i32 255, %7599
	%7601 = select i1 %7597, i32 %7600, i32 %7591
	%7602 = select i1 %7597, i32 %7584, i32 %7592
	%7603 = or i1 %7593, %7597
	%7604 = add i32 %7594, %7511
	%7605 = xor i1 %7603, true
	%7606 = icmp sge i32 %7604, %7396
	%7607 = and i1 %7605, %7606
	%7608 = mul i32 %3, 8
	%7609 = add i32 %7608, 4
	%7610 = sub i32 255, %7609
	%7611 = select i1 %7607, i32 %7610, i32 %7601
	%7612 = select i1 %7607, i32 %7594, i32 %7602
	%7613 = or i1 %7603, %7607
	%7614 = add i32 %7604, %7520
	%7615 = xor i1 %7613, true
	%7616 = icmp sge i32 %7614, %7396
	%7617 = and i1 %7615, %7616
	%7618 = mul i32 %3, 8
	%7619 = add i32 %7618, 5
	%7620 = sub i32 255, %7619
	%7621 = select i1 %7617, i32 %7620, i32 %7611
	%7622 = select i1 %7617, i32 %7604, i32 %7612
	%7623 = or i1 %7613, %7617
	%7624 = add i32 %7614, %7529
	%7625 = xor i1 %7623, true
	%7626 = icmp sge i32 %7624, %7396
	%7627 = and i1 %7625, %7626
	%7628 = mul i32 %3, 8
	%7629 = add i32 %7628, 6
	%7630 = sub i32 255, %7629
	%7631 = select i1 %7627, i32 %7630, i32 %7621
	%7632 = select i1 %7627, i32 %7614, i32 %7622
	%7633 = or i1 %7623, %7627
	%7634 = add i32 %7624, %7538
	%7635 = xor i1 %7633, true
	%7636 = icmp sge i32 %7634, %7396
	%7637 = and i1 %7635, %7636
	%7638 = mul i32 %3, 8
	%7639 = add i32 %7638, 7
	%7640 = sub i32 255, %7639
	%7641 = select i1 %7637, i32 %7640, i32 %7631
	%7642 = select i1 %7637, i32 %7624, i32 %7632
	%7643 = or i1 %7633, %7637
	%7644 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7563)
	%7645 = call i32 @llvm.cttz.i32(i32 %7644, i1 false)
	%7646 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7641, i32 %7645, i32 31)
	%7647 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7642, i32 %7645, i32 31)
	%7648 = shl i32 %7646, 0
	%7649 = or i32 %7393, %7648
	%7650 = shl i32 255, 0
	%7651 = or i32 %7395, %7650
	%7652 = sub i32 %7396, %7647
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7653 = shl i32 1, %3
	%7654 = sub i32 %7653, 1
	br label %7665

7655:
	%7656 = lshr i32 %7463, 0
	%7657 = and i32 %7656, 255
	%7658 = add i32 %6619, %7657
	%7659 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%7660 = bitcast i8 addrspace(3)* %7659 to i32 addrspace(3)*
	%7661 = getelementptr i32, i32 addrspace(3)* %7660, i32 %7658
	%7662 = atomicrmw add i32 addrspace(3)* %7661, i32 1 monotonic
	br label %7663

7663:
	%7664 = add i32 %7456, 32
	br label %7455

7665:
	%7666 = phi i32 [ 0, %7467 ], [ %7735, %7730 ]
	%7667 = phi i32 [ 0, %7467 ], [ %7732, %7730 ]
	%7668 = phi i32 [ 0, %7467 ], [ %7734, %7730 ]
	%7669 = icmp slt i32 %7666, %593
	br i1 %7669, label %7670, label %7673

7670:
	%7671 = add i32 %7666, %3
	%7672 = icmp slt i32 %7671, %593
	br i1 %7672, label %7694, label %7704

7673:
	%7674 = icmp ugt i32 %6365, %7649
	%7675 = and i1 %6360, %7674
	%7676 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7675)
	%7677 = call i32 @llvm.ctpop.i32(i32 %7676)
	%7678 = add i32 0, %7677
	%7679 = icmp ugt i32 %6378, %7649
	%7680 = and i1 %6373, %7679
	%7681 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7680)
	%7682 = call i32 @llvm.ctpop.i32(i32 %7681)
	%7683 = add i32 %7678, %7682
	%7684 = icmp ugt i32 %6391, %7649
	%7685 = and i1 %6386, %7684
	%7686 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7685)
	%7687 = call i32 @llvm.ctpop.i32(i32 %7686)
	%7688 = add i32 %7683, %7687
	%7689 = icmp ugt i32 %6404, %7649
	%7690 = and i1 %6399, %7689
	%7691 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7690)
	%7692 = call i32 @llvm.ctpop.i32(i32 %7691)
	%7693 = add i32 %7688, %7692
	br label %6668

7694:
	%7695 = add i32 %6618, %7671
	%7696 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%7697 = bitcast i8 addrspace(3)* %7696 to i32 addrspace(3)*
	%7698 = getelementptr i32, i32 addrspace(3)* %7697, i32 %7695
	%7699 = load i32, i32 addrspace(3)* %7698
	%7700 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%7701 = bitcast i8 addrspace(3)* %7700 to i32 addrspace(3)*
	%7702 = getelementptr i32, i32 addrspace(3)* %7701, i32 %7695
	%7703 = load i32, i32 addrspace(3)* %7702
	br label %7704

7704:
	%7705 = phi i32 [ 0, %7670 ], [ %7699, %7694 ]
	%7706 = phi i32 [ 0, %7670 ], [ %7703, %7694 ]
	%7707 = icmp eq i32 %7705, %7649
	%7708 = and i1 %7672, %7707
	%7709 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7708)
	%7710 = and i32 %7709, %7654
	%7711 = call i32 @llvm.ctpop.i32(i32 %7710)
	%7712 = add i32 %7668, %7711
	%7713 = icmp ugt i32 %7705, %7649
	%7714 = icmp slt i32 %7712, %7652
	%7715 = and i1 %7708, %7714
	%7716 = or i1 %7713, %7715
	%7717 = and i1 %7672, %7716
	%7718 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7717)
	%7719 = and i32 %7718, %7654
	%7720 = call i32 @llvm.ctpop.i32(i32 %7719)
	%7721 = add i32 %7667, %7720
	%7722 = add i32 %6618, %7721
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %7717, label %7723, label %7730

7723:
	%7724 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%7725 = bitcast i8 addrspace(3)* %7724 to i32 addrspace(3)*
	%7726 = getelementptr i32, i32 addrspace(3)* %7725, i32 %7722
	store i32 %7705, i32 addrspace(3)* %7726
	%7727 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%7728 = bitcast i8 addrspace(3)* %7727 to i32 addrspace(3)*
	%7729 = getelementptr i32, i32 addrspace(3)* %7728, i32 %7722
	store i32 %7706, i32 addrspace(3)* %7729
	br label %7730

7730:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7731 = call i32 @llvm.ctpop.i32(i32 %7718)
	%7732 = add i32 %7667, %7731
	%7733 = call i32 @llvm.ctpop.i32(i32 %7709)
	%7734 = add i32 %7668, %7733
	%7735 = add i32 %7666, 32
	br label %7665

7736:
	%7737 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%7738 = bitcast i8 addrspace(3)* %7737 to i32 addrspace(3)*
	%7739 = getelementptr i32, i32 addrspace(3)* %7738, i32 %6686
	store i32 %6365, i32 addrspace(3)* %7739
	%7740 = add i32 0, %3
	%7741 = add i32 %586, %7740
	%7742 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%7743 = bitcast i8 addrspace(3)* %7742 to i32 addrspace(3)*
	%7744 = getelementptr i32, i32 addrspace(3)* %7743, i32 %6686
	store i32 %7741, i32 addrspace(3)* %7744
	br label %7745

7745:
	%7746 = call i32 @llvm.ctpop.i32(i32 %6676)
	%7747 = add i32 %6669, %7746
	%7748 = and i32 %6677, %6681
	%7749 = call i32 @llvm.ctpop.i32(i32 %7748)
	%7750 = add i32 %7747, %7749
	%7751 = add i32 %6682, %7750
	br i1 %6673, label %7752, label %7761

7752:
	%7753 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%7754 = bitcast i8 addrspace(3)* %7753 to i32 addrspace(3)*
	%7755 = getelementptr i32, i32 addrspace(3)* %7754, i32 %7751
	store i32 %6378, i32 addrspace(3)* %7755
	%7756 = add i32 32, %3
	%7757 = add i32 %586, %7756
	%7758 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%7759 = bitcast i8 addrspace(3)* %7758 to i32 addrspace(3)*
	%7760 = getelementptr i32, i32 addrspace(3)* %7759, i32 %7751
	store i32 %7757, i32 addrspace(3)* %7760
	br label %7761

7761:
	%7762 = call i32 @llvm.ctpop.i32(i32 %6677)
	%7763 = add i32 %7747, %7762
	%7764 = and i32 %6678, %6681
	%7765 = call i32 @llvm.ctpop.i32(i32 %7764)
	%7766 = add i32 %7763, %7765
	%7767 = add i32 %6682, %7766
	br i1 %6674, label %7768, label %7777

7768:
	%7769 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%7770 = bitcast i8 addrspace(3)* %7769 to i32 addrspace(3)*
	%7771 = getelementptr i32, i32 addrspace(3)* %7770, i32 %7767
	store i32 %6391, i32 addrspace(3)* %7771
	%7772 = add i32 64, %3
	%7773 = add i32 %586, %7772
	%7774 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%7775 = bitcast i8 addrspace(3)* %7774 to i32 addrspace(3)*
	%7776 = getelementptr i32, i32 addrspace(3)* %7775, i32 %7767
	store i32 %7773, i32 addrspace(3)* %7776
	br label %7777

7777:
	%7778 = call i32 @llvm.ctpop.i32(i32 %6678)
	%7779 = add i32 %7763, %7778
	%7780 = and i32 %6679, %6681
	%7781 = call i32 @llvm.ctpop.i32(i32 %7780)
	%7782 = add i32 %7779, %7781
	%7783 = add i32 %6682, %7782
	br i1 %6675, label %7784, label %7793

7784:
	%7785 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%7786 = bitcast i8 addrspace(3)* %7785 to i32 addrspace(3)*
	%7787 = getelementptr i32, i32 addrspace(3)* %7786, i32 %7783
	store i32 %6404, i32 addrspace(3)* %7787
	%7788 = add i32 96, %3
	%7789 = add i32 %586, %7788
	%7790 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%7791 = bitcast i8 addrspace(3)* %7790 to i32 addrspace(3)*
	%7792 = getelementptr i32, i32 addrspace(3)* %7791, i32 %7783
	store i32 %7789, i32 addrspace(3)* %7792
	br label %7793

7793:
	%7794 = call i32 @llvm.ctpop.i32(i32 %6679)
	%7795 = add i32 %7779, %7794
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7796 = add i32 %6669, %6671
	br label %6406

7797:
	%7798 = add i32 %377, %0
	br label %7802

7799:
	%7800 = add i32 %5, %378
	%7801 = icmp slt i32 %7800, %M
	br i1 %7801, label %7821, label %7823

7802:
	%7803 = phi i32 [ %7798, %7797 ], [ %7820, %7819 ]
	%7804 = icmp slt i32 %7803, %NB
	br i1 %7804, label %7805, label %7806

7805:
	br label %7807

7806:
	br label %7799

7807:
	%7808 = phi i32 [ 0, %7805 ], [ %7818, %7810 ]
	%7809 = icmp slt i32 %7808, %362
	br i1 %7809, label %7810, label %7819

7810:
	%7811 = mul i32 %2, %M
	%7812 = add i32 %5, %7808
	%7813 = add i32 %7811, %7812
	%7814 = mul i32 %7813, %NB
	%7815 = add i32 %7814, %7803
	%7816 = sext i32 %7815 to i64
	%7817 = getelementptr float, float* %e, i64 %7816
	store float 0xFFF0000000000000, float* %7817
	%7818 = add i32 %7808, 1
	br label %7807

7819:
	%7820 = add i32 %7803, 128
	br label %7802

7821:
	%7822 = icmp sgt i32 %587, %415
	br i1 %7822, label %7826, label %7829

7823:
	%7824 = add i32 %5, %420
	%7825 = icmp slt i32 %7824, %M
	br i1 %7825, label %9394, label %9396

7826:
	%7827 = mul i32 %378, 160
	%7828 = icmp sle i32 %587, 64
	br i1 %7828, label %7836, label %7838

7829:
	%7830 = phi i32 [ %587, %7821 ], [ %415, %9288 ]
	%7831 = sub i32 %410, 0
	%7832 = mul i32 %2, %M
	%7833 = add i32 %5, %378
	%7834 = add i32 %7832, %7833
	%7835 = mul i32 %7834, 8
	br label %9331

7836:
	%7837 = icmp slt i32 %3, %587
	br i1 %7837, label %7842, label %7848

7838:
	%7839 = phi i32 [ 0, %7826 ], [ %8240, %7858 ]
	%7840 = phi i32 [ 0, %7826 ], [ %8248, %7858 ]
	%7841 = xor i1 %7828, true
	br i1 %7841, label %8249, label %8299

7842:
	%7843 = add i32 %7827, %3
	%7844 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%7845 = bitcast i8 addrspace(3)* %7844 to i32 addrspace(3)*
	%7846 = getelementptr i32, i32 addrspace(3)* %7845, i32 %7843
	%7847 = load i32, i32 addrspace(3)* %7846
	br label %7848

7848:
	%7849 = phi i32 [ 0, %7836 ], [ %7847, %7842 ]
	%7850 = add i32 %3, 32
	%7851 = icmp slt i32 %7850, %587
	br i1 %7851, label %7852, label %7858

7852:
	%7853 = add i32 %7827, %7850
	%7854 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%7855 = bitcast i8 addrspace(3)* %7854 to i32 addrspace(3)*
	%7856 = getelementptr i32, i32 addrspace(3)* %7855, i32 %7853
	%7857 = load i32, i32 addrspace(3)* %7856
	br label %7858

7858:
	%7859 = phi i32 [ 0, %7848 ], [ %7857, %7852 ]
	%7860 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7849, i32 1, i32 31)
	%7861 = and i32 %3, 2
	%7862 = icmp eq i32 %7861, 0
	%7863 = and i32 %3, 1
	%7864 = icmp eq i32 %7863, 0
	%7865 = icmp eq i1 %7862, %7864
	%7866 = icmp ugt i32 %7849, %7860
	%7867 = select i1 %7866, i32 %7849, i32 %7860
	%7868 = icmp ult i32 %7849, %7860
	%7869 = select i1 %7868, i32 %7849, i32 %7860
	%7870 = select i1 %7865, i32 %7867, i32 %7869
	%7871 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7870, i32 2, i32 31)
	%7872 = and i32 %3, 4
	%7873 = icmp eq i32 %7872, 0
	%7874 = and i32 %3, 2
	%7875 = icmp eq i32 %7874, 0
	%7876 = icmp eq i1 %7873, %7875
	%7877 = icmp ugt i32 %7870, %7871
	%7878 = select i1 %7877, i32 %7870, i32 %7871
	%7879 = icmp ult i32 %7870, %7871
	%7880 = select i1 %7879, i32 %7870, i32 %7871
	%7881 = select i1 %7876, i32 %7878, i32 %7880
	%7882 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7881, i32 1, i32 31)
	%7883 = and i32 %3, 4
	%7884 = icmp eq i32 %7883, 0
	%7885 = and i32 %3, 1
	%7886 = icmp eq i32 %7885, 0
	%7887 = icmp eq i1 %7884, %7886
	%7888 = icmp ugt i32 %7881, %7882
	%7889 = select i1 %7888, i32 %7881, i32 %7882
	%7890 = icmp ult i32 %7881, %7882
	%7891 = select i1 %7890, i32 %7881, i32 %7882
	%7892 = select i1 %7887, i32 %7889, i32 %7891
	%7893 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7892, i32 4, i32 31)
	%7894 = and i32 %3, 8
	%7895 = icmp eq i32 %7894, 0
	%7896 = and i32 %3, 4
	%7897 = icmp eq i32 %7896, 0
	%7898 = icmp eq i1 %7895, %7897
	%7899 = icmp ugt i32 %7892, %7893
	%7900 = select i1 %7899, i32 %7892, i32 %7893
	%7901 = icmp ult i32 %7892, %7893
	%7902 = select i1 %7901, i32 %7892, i32 %7893
	%7903 = select i1 %7898, i32 %7900, i32 %7902
	%7904 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7903, i32 2, i32 31)
	%7905 = and i32 %3, 8
	%7906 = icmp eq i32 %7905, 0
	%7907 = and i32 %3, 2
	%7908 = icmp eq i32 %7907, 0
	%7909 = icmp eq i1 %7906, %7908
	%7910 = icmp ugt i32 %7903, %7904
	%7911 = select i1 %7910, i32 %7903, i32 %7904
	%7912 = icmp ult i32 %7903, %7904
	%7913 = select i1 %7912, i32 %7903, i32 %7904
	%7914 = select i1 %7909, i32 %7911, i32 %7913
	%7915 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7914, i32 1, i32 31)
	%7916 = and i32 %3, 8
	%7917 = icmp eq i32 %7916, 0
	%7918 = and i32 %3, 1
	%7919 = icmp eq i32 %7918, 0
	%7920 = icmp eq i1 %7917, %7919
	%7921 = icmp ugt i32 %7914, %7915
	%7922 = select i1 %7921, i32 %7914, i32 %7915
	%7923 = icmp ult i32 %7914, %7915
	%7924 = select i1 %7923, i32 %7914, i32 %7915
	%7925 = select i1 %7920, i32 %7922, i32 %7924
	%7926 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7925, i32 8, i32 31)
	%7927 = and i32 %3, 16
	%7928 = icmp eq i32 %7927, 0
	%7929 = and i32 %3, 8
	%7930 = icmp eq i32 %7929, 0
	%7931 = icmp eq i1 %7928, %7930
	%7932 = icmp ugt i32 %7925, %7926
	%7933 = select i1 %7932, i32 %7925, i32 %7926
	%7934 = icmp ult i32 %7925, %7926
	%7935 = select i1 %7934, i32 %7925, i32 %7926
	%7936 = select i1 %7931, i32 %7933, i32 %7935
	%7937 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7936, i32 4, i32 31)
	%7938 = and i32 %3, 16
	%7939 = icmp eq i32 %7938, 0
	%7940 = and i32 %3, 4
	%7941 = icmp eq i32 %7940, 0
	%7942 = icmp eq i1 %7939, %7941
	%7943 = icmp ugt i32 %7936, %7937
	%7944 = select i1 %7943, i32 %7936, i32 %7937
	%7945 = icmp ult i32 %7936, %7937
	%7946 = select i1 %7945, i32 %7936, i32 %7937
	%7947 = select i1 %7942, i32 %7944, i32 %7946
	%7948 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7947, i32 2, i32 31)
	%7949 = and i32 %3, 16
	%7950 = icmp eq i32 %7949, 0
	%7951 = and i32 %3, 2
	%7952 = icmp eq i32 %7951, 0
	%7953 = icmp eq i1 %7950, %7952
	%7954 = icmp ugt i32 %7947, %7948
	%7955 = select i1 %7954, i32 %7947, i32 %7948
	%7956 = icmp ult i32 %7947, %7948
	%7957 = select i1 %7956, i32 %7947, i32 %7948
	%7958 = select i1 %7953, i32 %7955, i32 %7957
	%7959 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7958, i32 1, i32 31)
	%7960 = and i32 %3, 16
	%7961 = icmp eq i32 %7960, 0
	%7962 = and i32 %3, 1
	%7963 = icmp eq i32 %7962, 0
	%7964 = icmp eq i1 %7961, %7963
	%7965 = icmp ugt i32 %7958, %7959
	%7966 = select i1 %7965, i32 %7958, i32 %7959
	%7967 = icmp ult i32 %7958, %7959
	%7968 = select i1 %7967, i32 %7958, i32 %7959
	%7969 = select i1 %7964, i32 %7966, i32 %7968
	%7970 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7969, i32 16, i32 31)
	%7971 = and i32 %3, 32
	%7972 = icmp eq i32 %7971, 0
	%7973 = and i32 %3, 16
	%7974 = icmp eq i32 %7973, 0
	%7975 = icmp eq i1 %7972, %7974
	%7976 = icmp ugt i32 %7969, %7970
	%7977 = select i1 %7976, i32 %7969, i32 %7970
	%7978 = icmp ult i32 %7969, %7970
	%7979 = select i1 %7978, i32 %7969, i32 %7970
	%7980 = select i1 %7975, i32 %7977, i32 %7979
	%7981 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7980, i32 8, i32 31)
	%7982 = and i32 %3, 32
	%7983 = icmp eq i32 %7982, 0
	%7984 = and i32 %3, 8
	%7985 = icmp eq i32 %7984, 0
	%7986 = icmp eq i1 %7983, %7985
	%7987 = icmp ugt i32 %7980, %7981
	%7988 = select i1 %7987, i32 %7980, i32 %7981
	%7989 = icmp ult i32 %7980, %7981
	%7990 = select i1 %7989, i32 %7980, i32 %7981
	%7991 = select i1 %7986, i32 %7988, i32 %7990
	%7992 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7991, i32 4, i32 31)
	%7993 = and i32 %3, 32
	%7994 = icmp eq i32 %7993, 0
	%7995 = and i32 %3, 4
	%7996 = icmp eq i32 %7995, 0
	%7997 = icmp eq i1 %7994, %7996
	%7998 = icmp ugt i32 %7991, %7992
	%7999 = select i1 %7998, i32 %7991, i32 %7992
	%8000 = icmp ult i32 %7991, %7992
	%8001 = select i1 %8000, i32 %7991, i32 %7992
	%8002 = select i1 %7997, i32 %7999, i32 %8001
	%8003 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8002, i32 2, i32 31)
	%8004 = and i32 %3, 32
	%8005 = icmp eq i32 %8004, 0
	%8006 = and i32 %3, 2
	%8007 = icmp eq i32 %8006, 0
	%8008 = icmp eq i1 %8005, %8007
	%8009 = icmp ugt i32 %8002, %8003
	%8010 = select i1 %8009, i32 %8002, i32 %8003
	%8011 = icmp ult i32 %8002, %8003
	%8012 = select i1 %8011, i32 %8002, i32 %8003
	%8013 = select i1 %8008, i32 %8010, i32 %8012
	%8014 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8013, i32 1, i32 31)
	%8015 = and i32 %3, 32
	%8016 = icmp eq i32 %8015, 0
	%8017 = and i32 %3, 1
	%8018 = icmp eq i32 %8017, 0
	%8019 = icmp eq i1 %8016, %8018
	%8020 = icmp ugt i32 %8013, %8014
	%8021 = select i1 %8020, i32 %8013, i32 %8014
	%8022 = icmp ult i32 %8013, %8014
	%8023 = select i1 %8022, i32 %8013, i32 %8014
	%8024 = select i1 %8019, i32 %8021, i32 %8023
	%8025 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7859, i32 1, i32 31)
	%8026 = and i32 %3, 2
	%8027 = icmp eq i32 %8026, 0
	%8028 = and i32 %3, 1
	%8029 = icmp eq i32 %8028, 0
	%8030 = icmp eq i1 %8027, %8029
	%8031 = icmp ugt i32 %7859, %8025
	%8032 = select i1 %8031, i32 %7859, i32 %8025
	%8033 = icmp ult i32 %7859, %8025
	%8034 = select i1 %8033, i32 %7859, i32 %8025
	%8035 = select i1 %8030, i32 %8032, i32 %8034
	%8036 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8035, i32 2, i32 31)
	%8037 = and i32 %3, 4
	%8038 = icmp eq i32 %8037, 0
	%8039 = and i32 %3, 2
	%8040 = icmp eq i32 %8039, 0
	%8041 = icmp eq i1 %8038, %8040
	%8042 = icmp ugt i32 %8035, %8036
	%8043 = select i1 %8042, i32 %8035, i32 %8036
	%8044 = icmp ult i32 %8035, %8036
	%8045 = select i1 %8044, i32 %8035, i32 %8036
	%8046 = select i1 %8041, i32 %8043, i32 %8045
	%8047 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8046, i32 1, i32 31)
	%8048 = and i32 %3, 4
	%8049 = icmp eq i32 %8048, 0
	%8050 = and i32 %3, 1
	%8051 = icmp eq i32 %8050, 0
	%8052 = icmp eq i1 %8049, %8051
	%8053 = icmp ugt i32 %8046, %8047
	%8054 = select i1 %8053, i32 %8046, i32 %8047
	%8055 = icmp ult i32 %8046, %8047
	%8056 = select i1 %8055, i32 %8046, i32 %8047
	%8057 = select i1 %8052, i32 %8054, i32 %8056
	%8058 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8057, i32 4, i32 31)
	%8059 = and i32 %3, 8
	%8060 = icmp eq i32 %8059, 0
	%8061 = and i32 %3, 4
	%8062 = icmp eq i32 %8061, 0
	%8063 = icmp eq i1 %8060, %8062
	%8064 = icmp ugt i32 %8057, %8058
	%8065 = select i1 %8064, i32 %8057, i32 %8058
	%8066 = icmp ult i32 %8057, %8058
	%8067 = select i1 %8066, i32 %8057, i32 %8058
	%8068 = select i1 %8063, i32 %8065, i32 %8067
	%8069 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8068, i32 2, i32 31)
	%8070 = and i32 %3, 8
	%8071 = icmp eq i32 %8070, 0
	%8072 = and i32 %3, 2
	%8073 = icmp eq i32 %8072, 0
	%8074 = icmp eq i1 %8071, %8073
	%8075 = icmp ugt i32 %8068, %8069
	%8076 = select i1 %8075, i32 %8068, i32 %8069
	%8077 = icmp ult i32 %8068, %8069
	%8078 = select i1 %8077, i32 %8068, i32 %8069
	%8079 = select i1 %8074, i32 %8076, i32 %8078
	%8080 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8079, i32 1, i32 31)
	%8081 = and i32 %3, 8
	%8082 = icmp eq i32 %8081, 0
	%8083 = and i32 %3, 1
	%8084 = icmp eq i32 %8083, 0
	%8085 = icmp eq i1 %8082, %8084
	%8086 = icmp ugt i32 %8079, %8080
	%8087 = select i1 %8086, i32 %8079, i32 %8080
	%8088 = icmp ult i32 %8079, %8080
	%8089 = select i1 %8088, i32 %8079, i32 %8080
	%8090 = select i1 %8085, i32 %8087, i32 %8089
	%8091 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8090, i32 8, i32 31)
	%8092 = and i32 %3, 16
	%8093 = icmp eq i32 %8092, 0
	%8094 = and i32 %3, 8
	%8095 = icmp eq i32 %8094, 0
	%8096 = icmp eq i1 %8093, %8095
	%8097 = icmp ugt i32 %8090, %8091
	%8098 = select i1 %8097, i32 %8090, i32 %8091
	%8099 = icmp ult i32 %8090, %8091
	%8100 = select i1 %8099, i32 %8090, i32 %8091
	%8101 = select i1 %8096, i32 %8098, i32 %8100
	%8102 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8101, i32 4, i32 31)
	%8103 = and i32 %3, 16
	%8104 = icmp eq i32 %8103, 0
	%8105 = and i32 %3, 4
	%8106 = icmp eq i32 %8105, 0
	%8107 = icmp eq i1 %8104, %8106
	%8108 = icmp ugt i32 %8101, %8102
	%8109 = select i1 %8108, i32 %8101, i32 %8102
	%8110 = icmp ult i32 %8101, %8102
	%8111 = select i1 %8110, i32 %8101, i32 %8102
	%8112 = select i1 %8107, i32 %8109, i32 %8111
	%8113 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8112, i32 2, i32 31)
	%8114 = and i32 %3, 16
	%8115 = icmp eq i32 %8114, 0
	%8116 = and i32 %3, 2
	%8117 = icmp eq i32 %8116, 0
	%8118 = icmp eq i1 %8115, %8117
	%8119 = icmp ugt i32 %8112, %8113
	%8120 = select i1 %8119, i32 %8112, i32 %8113
	%8121 = icmp ult i32 %8112, %8113
	%8122 = select i1 %8121, i32 %8112, i32 %8113
	%8123 = select i1 %8118, i32 %8120, i32 %8122
	%8124 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8123, i32 1, i32 31)
	%8125 = and i32 %3, 16
	%8126 = icmp eq i32 %8125, 0
	%8127 = and i32 %3, 1
	%8128 = icmp eq i32 %8127, 0
	%8129 = icmp eq i1 %8126, %8128
	%8130 = icmp ugt i32 %8123, %8124
	%8131 = select i1 %8130, i32 %8123, i32 %8124
	%8132 = icmp ult i32 %8123, %8124
	%8133 = select i1 %8132, i32 %8123, i32 %8124
	%8134 = select i1 %8129, i32 %8131, i32 %8133
	%8135 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8134, i32 16, i32 31)
	%8136 = and i32 %3, 32
	%8137 = icmp eq i32 %8136, 0
	%8138 = and i32 %3, 16
	%8139 = icmp eq i32 %8138, 0
	%8140 = icmp eq i1 %8137, %8139
	%8141 = icmp ugt i32 %8134, %8135
	%8142 = select i1 %8141, i32 %8134, i32 %8135
	%8143 = icmp ult i32 %8134, %8135
	%8144 = select i1 %8143, i32 %8134, i32 %8135
	%8145 = select i1 %8140, i32 %8142, i32 %8144
	%8146 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8145, i32 8, i32 31)
	%8147 = and i32 %3, 32
	%8148 = icmp eq i32 %8147, 0
	%8149 = and i32 %3, 8
	%8150 = icmp eq i32 %8149, 0
	%8151 = icmp eq i1 %8148, %8150
	%8152 = icmp ugt i32 %8145, %8146
	%8153 = select i1 %8152, i32 %8145, i32 %8146
	%8154 = icmp ult i32 %8145, %8146
	%8155 = select i1 %8154, i32 %8145, i32 %8146
	%8156 = select i1 %8151, i32 %8153, i32 %8155
	%8157 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8156, i32 4, i32 31)
	%8158 = and i32 %3, 32
	%8159 = icmp eq i32 %8158, 0
	%8160 = and i32 %3, 4
	%8161 = icmp eq i32 %8160, 0
	%8162 = icmp eq i1 %8159, %8161
	%8163 = icmp ugt i32 %8156, %8157
	%8164 = select i1 %8163, i32 %8156, i32 %8157
	%8165 = icmp ult i32 %8156, %8157
	%8166 = select i1 %8165, i32 %8156, i32 %8157
	%8167 = select i1 %8162, i32 %8164, i32 %8166
	%8168 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8167, i32 2, i32 31)
	%8169 = and i32 %3, 32
	%8170 = icmp eq i32 %8169, 0
	%8171 = and i32 %3, 2
	%8172 = icmp eq i32 %8171, 0
	%8173 = icmp eq i1 %8170, %8172
	%8174 = icmp ugt i32 %8167, %8168
	%8175 = select i1 %8174, i32 %8167, i32 %8168
	%8176 = icmp ult i32 %8167, %8168
	%8177 = select i1 %8176, i32 %8167, i32 %8168
	%8178 = select i1 %8173, i32 %8175, i32 %8177
	%8179 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8178, i32 1, i32 31)
	%8180 = and i32 %3, 32
	%8181 = icmp eq i32 %8180, 0
	%8182 = and i32 %3, 1
	%8183 = icmp eq i32 %8182, 0
	%8184 = icmp eq i1 %8181, %8183
	%8185 = icmp ugt i32 %8178, %8179
	%8186 = select i1 %8185, i32 %8178, i32 %8179
	%8187 = icmp ult i32 %8178, %8179
	%8188 = select i1 %8187, i32 %8178, i32 %8179
	%8189 = select i1 %8184, i32 %8186, i32 %8188
	%8190 = sub i32 31, %3
	%8191 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8189, i32 %8190, i32 31)
	%8192 = icmp ugt i32 %8024, %8191
	%8193 = select i1 %8192, i32 %8024, i32 %8191
	%8194 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8193, i32 16, i32 31)
	%8195 = and i32 %3, 16
	%8196 = icmp eq i32 %8195, 0
	%8197 = icmp eq i1 true, %8196
	%8198 = icmp ugt i32 %8193, %8194
	%8199 = select i1 %8198, i32 %8193, i32 %8194
	%8200 = icmp ult i32 %8193, %8194
	%8201 = select i1 %8200, i32 %8193, i32 %8194
	%8202 = select i1 %8197, i32 %8199, i32 %8201
	%8203 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8202, i32 8, i32 31)
	%8204 = and i32 %3, 8
	%8205 = icmp eq i32 %8204, 0
	%8206 = icmp eq i1 true, %8205
	%8207 = icmp ugt i32 %8202, %8203
	%8208 = select i1 %8207, i32 %8202, i32 %8203
	%8209 = icmp ult i32 %8202, %8203
	%8210 = select i1 %8209, i32 %8202, i32 %8203
	%8211 = select i1 %8206, i32 %8208, i32 %8210
	%8212 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8211, i32 4, i32 31)
	%8213 = and i32 %3, 4
	%8214 = icmp eq i32 %8213, 0
	%8215 = icmp eq i1 true, %8214
	%8216 = icmp ugt i32 %8211, %8212
	%8217 = select i1 %8216, i32 %8211, i32 %8212
	%8218 = icmp ult i32 %8211, %8212
	%8219 = select i1 %8218, i32 %8211, i32 %8212
	%8220 = select i1 %8215, i32 %8217, i32 %8219
	%8221 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8220, i32 2, i32 31)
	%8222 = and i32 %3, 2
	%8223 = icmp eq i32 %8222, 0
	%8224 = icmp eq i1 true, %8223
	%8225 = icmp ugt i32 %8220, %8221
	%8226 = select i1 %8225, i32 %8220, i32 %8221
	%8227 = icmp ult i32 %8220, %8221
	%8228 = select i1 %8227, i32 %8220, i32 %8221
	%8229 = select i1 %8224, i32 %8226, i32 %8228
	%8230 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8229, i32 1, i32 31)
	%8231 = and i32 %3, 1
	%8232 = icmp eq i32 %8231, 0
	%8233 = icmp eq i1 true, %8232
	%8234 = icmp ugt i32 %8229, %8230
	%8235 = select i1 %8234, i32 %8229, i32 %8230
	%8236 = icmp ult i32 %8229, %8230
	%8237 = select i1 %8236, i32 %8229, i32 %8230
	%8238 = select i1 %8233, i32 %8235, i32 %8237
	%8239 = sub i32 %415, 1
	%8240 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8238, i32 %8239, i32 31)
	%8241 = icmp ugt i32 %7849, %8240
	%8242 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8241)
	%8243 = call i32 @llvm.ctpop.i32(i32 %8242)
	%8244 = icmp ugt i32 %7859, %8240
	%8245 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8244)
	%8246 = call i32 @llvm.ctpop.i32(i32 %8245)
	%8247 = add i32 %8243, %8246
	%8248 = sub i32 %415, %8247
	br label %7838

8249:
	%8250 = mul i32 %4, 256
	%8251 = mul i32 %3, 8
	%8252 = add i32 %8251, 0
	%8253 = add i32 %8250, %8252
	%8254 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8255 = bitcast i8 addrspace(3)* %8254 to i32 addrspace(3)*
	%8256 = getelementptr i32, i32 addrspace(3)* %8255, i32 %8253
	store i32 0, i32 addrspace(3)* %8256
	%8257 = mul i32 %3, 8
	%8258 = add i32 %8257, 1
	%8259 = add i32 %8250, %8258
	%8260 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8261 = bitcast i8 addrspace(3)* %8260 to i32 addrspace(3)*
	%8262 = getelementptr i32, i32 addrspace(3)* %8261, i32 %8259
	store i32 0, i32 addrspace(3)* %8262
	%8263 = mul i32 %3, 8
	%8264 = add i32 %8263, 2
	%8265 = add i32 %8250, %8264
	%8266 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8267 = bitcast i8 addrspace(3)* %8266 to i32 addrspace(3)*
	%8268 = getelementptr i32, i32 addrspace(3)* %8267, i32 %8265
	store i32 0, i32 addrspace(3)* %8268
	%8269 = mul i32 %3, 8
	%8270 = add i32 %8269, 3
	%8271 = add i32 %8250, %8270
	%8272 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8273 = bitcast i8 addrspace(3)* %8272 to i32 addrspace(3)*
	%8274 = getelementptr i32, i32 addrspace(3)* %8273, i32 %8271
	store i32 0, i32 addrspace(3)* %8274
	%8275 = mul i32 %3, 8
	%8276 = add i32 %8275, 4
	%8277 = add i32 %8250, %8276
	%8278 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8279 = bitcast i8 addrspace(3)* %8278 to i32 addrspace(3)*
	%8280 = getelementptr i32, i32 addrspace(3)* %8279, i32 %8277
	store i32 0, i32 addrspace(3)* %8280
	%8281 = mul i32 %3, 8
	%8282 = add i32 %8281, 5
	%8283 = add i32 %8250, %8282
	%8284 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8285 = bitcast i8 addrspace(3)* %8284 to i32 addrspace(3)*
	%8286 = getelementptr i32, i32 addrspace(3)* %8285, i32 %8283
	store i32 0, i32 addrspace(3)* %8286
	%8287 = mul i32 %3, 8
	%8288 = add i32 %8287, 6
	%8289 = add i32 %8250, %8288
	%8290 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8291 = bitcast i8 addrspace(3)* %8290 to i32 addrspace(3)*
	%8292 = getelementptr i32, i32 addrspace(3)* %8291, i32 %8289
	store i32 0, i32 addrspace(3)* %8292
	%8293 = mul i32 %3, 8
	%8294 = add i32 %8293, 7
	%8295 = add i32 %8250, %8294
	%8296 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8297 = bitcast i8 addrspace(3)* %8296 to i32 addrspace(3)*
	%8298 = getelementptr i32, i32 addrspace(3)* %8297, i32 %8295
	store i32 0, i32 addrspace(3)* %8298
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8304

8299:
	%8300 = phi i32 [ %7839, %7838 ], [ %9266, %9084 ]
	%8301 = phi i32 [ %7840, %7838 ], [ %9269, %9084 ]
	%8302 = shl i32 1, %3
	%8303 = sub i32 %8302, 1
	br label %9280

8304:
	%8305 = phi i32 [ %3, %8249 ], [ %8559, %8558 ]
	%8306 = icmp slt i32 %8305, %587
	br i1 %8306, label %8307, label %8316

8307:
	%8308 = add i32 %7827, %8305
	%8309 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%8310 = bitcast i8 addrspace(3)* %8309 to i32 addrspace(3)*
	%8311 = getelementptr i32, i32 addrspace(3)* %8310, i32 %8308
	%8312 = load i32, i32 addrspace(3)* %8311
	%8313 = and i32 %8312, 0
	%8314 = icmp eq i32 %8313, 0
	%8315 = and i1 true, %8314
	br i1 %8315, label %8550, label %8558

8316:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8317 = mul i32 %3, 8
	%8318 = add i32 %8317, 0
	%8319 = sub i32 255, %8318
	%8320 = add i32 %8250, %8319
	%8321 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8322 = bitcast i8 addrspace(3)* %8321 to i32 addrspace(3)*
	%8323 = getelementptr i32, i32 addrspace(3)* %8322, i32 %8320
	%8324 = load i32, i32 addrspace(3)* %8323
	%8325 = add i32 0, %8324
	%8326 = mul i32 %3, 8
	%8327 = add i32 %8326, 1
	%8328 = sub i32 255, %8327
	%8329 = add i32 %8250, %8328
	%8330 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8331 = bitcast i8 addrspace(3)* %8330 to i32 addrspace(3)*
	%8332 = getelementptr i32, i32 addrspace(3)* %8331, i32 %8329
	%8333 = load i32, i32 addrspace(3)* %8332
	%8334 = add i32 %8325, %8333
	%8335 = mul i32 %3, 8
	%8336 = add i32 %8335, 2
	%8337 = sub i32 255, %8336
	%8338 = add i32 %8250, %8337
	%8339 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8340 = bitcast i8 addrspace(3)* %8339 to i32 addrspace(3)*
	%8341 = getelementptr i32, i32 addrspace(3)* %8340, i32 %8338
	%8342 = load i32, i32 addrspace(3)* %8341
	%8343 = add i32 %8334, %8342
	%8344 = mul i32 %3, 8
	%8345 = add i32 %8344, 3
	%8346 = sub i32 255, %8345
	%8347 = add i32 %8250, %8346
	%8348 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8349 = bitcast i8 addrspace(3)* %8348 to i32 addrspace(3)*
	%8350 = getelementptr i32, i32 addrspace(3)* %8349, i32 %8347
	%8351 = load i32, i32 addrspace(3)* %8350
	%8352 = add i32 %8343, %8351
	%8353 = mul i32 %3, 8
	%8354 = add i32 %8353, 4
	%8355 = sub i32 255, %8354
	%8356 = add i32 %8250, %8355
	%8357 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8358 = bitcast i8 addrspace(3)* %8357 to i32 addrspace(3)*
	%8359 = getelementptr i32, i32 addrspace(3)* %8358, i32 %8356
	%8360 = load i32, i32 addrspace(3)* %8359
	%8361 = add i32 %8352, %8360
	%8362 = mul i32 %3, 8
	%8363 = add i32 %8362, 5
	%8364 = sub i32 255, %8363
	%8365 = add i32 %8250, %8364
	%8366 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8367 = bitcast i8 addrspace(3)* %8366 to i32 addrspace(3)*
	%8368 = getelementptr i32, i32 addrspace(3)* %8367, i32 %8365
	%8369 = load i32, i32 addrspace(3)* %8368
	%8370 = add i32 %8361, %8369
	%8371 = mul i32 %3, 8
	%8372 = add i32 %8371, 6
	%8373 = sub i32 255, %8372
	%8374 = add i32 %8250, %8373
	%8375 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8376 = bitcast i8 addrspace(3)* %8375 to i32 addrspace(3)*
	%8377 = getelementptr i32, i32 addrspace(3)* %8376, i32 %8374
	%8378 = load i32, i32 addrspace(3)* %8377
	%8379 = add i32 %8370, %8378
	%8380 = mul i32 %3, 8
	%8381 = add i32 %8380, 7
	%8382 = sub i32 255, %8381
	%8383 = add i32 %8250, %8382
	%8384 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8385 = bitcast i8 addrspace(3)* %8384 to i32 addrspace(3)*
	%8386 = getelementptr i32, i32 addrspace(3)* %8385, i32 %8383
	%8387 = load i32, i32 addrspace(3)* %8386
	%8388 = add i32 %8379, %8387
	%8389 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8388, i32 1, i32 0)
	%8390 = icmp uge i32 %3, 1
	%8391 = select i1 %8390, i32 %8389, i32 0
	%8392 = add i32 %8388, %8391
	%8393 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8392, i32 2, i32 0)
	%8394 = icmp uge i32 %3, 2
	%8395 = select i1 %8394, i32 %8393, i32 0
	%8396 = add i32 %8392, %8395
	%8397 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8396, i32 4, i32 0)
	%8398 = icmp uge i32 %3, 4
	%8399 = select i1 %8398, i32 %8397, i32 0
	%8400 = add i32 %8396, %8399
	%8401 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8400, i32 8, i32 0)
	%8402 = icmp uge i32 %3, 8
	%8403 = select i1 %8402, i32 %8401, i32 0
	%8404 = add i32 %8400, %8403
	%8405 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8404, i32 16, i32 0)
	%8406 = icmp uge i32 %3, 16
	%8407 = select i1 %8406, i32 %8405, i32 0
	%8408 = add i32 %8404, %8407
	%8409 = sub i32 %8408, %8388
	%8410 = icmp slt i32 %8409, %415
	%8411 = icmp sge i32 %8408, %415
	%8412 = and i1 %8410, %8411
	%8413 = add i32 %8409, %8324
	%8414 = xor i1 false, true
	%8415 = icmp sge i32 %8413, %415
	%8416 = and i1 %8414, %8415
	%8417 = mul i32 %3, 8
	%8418 = add i32 %8417, 0
	%8419 = sub i32 255, %8418
	%8420 = select i1 %8416, i32 %8419, i32 0
	%8421 = select i1 %8416, i32 %8409, i32 0
	%8422 = or i1 false, %8416
	%8423 = add i32 %8413, %8333
	%8424 = xor i1 %8422, true
	%8425 = icmp sge i32 %8423, %415
	%8426 = and i1 %8424, %8425
	%8427 = mul i32 %3, 8
	%8428 = add i32 %8427, 1
	%8429 = sub i32 255, %8428
	%8430 = select i1 %8426, i32 %8429, i32 %8420
	%8431 = select i1 %8426, i32 %8413, i32 %8421
	%8432 = or i1 %8422, %8426
	%8433 = add i32 %8423, %8342
	%8434 = xor i1 %8432, true
	%8435 = icmp sge i32 %8433, %415
	%8436 = and i1 %8434, %8435
	%8437 = mul i32 %3, 8
	%8438 = add i32 %8437, 2
	%8439 = sub i32 255, %8438
	%8440 = select i1 %8436, i32 %8439, i32 %8430
	%8441 = select i1 %8436, i32 %8423, i32 %8431
	%8442 = or i1 %8432, %8436
	%8443 = add i32 %8433, %8351
	%8444 = xor i1 %8442, true
	%8445 = icmp sge i32 %8443, %415
	%8446 = and i1 %8444, %8445
	%8447 = mul i32 %3, 8
	%8448 = add i32 %8447, 3
	%8449 = sub i32 255, %8448
	%8450 = select i1 %8446, i32 %8449, i32 %8440
	%8451 = select i1 %8446, i32 %8433, i32 %8441
	%8452 = or i1 %8442, %8446
	%8453 = add i32 %8443, %8360
	%8454 = xor i1 %8452, true
	%8455 = icmp sge i32 %8453, %415
	%8456 = and i1 %8454, %8455
	%8457 = mul i32 %3, 8
	%8458 = add i32 %8457, 4
	%8459 = sub i32 255, %8458
	%8460 = select i1 %8456, i32 %8459, i32 %8450
	%8461 = select i1 %8456, i32 %8443, i32 %8451
	%8462 = or i1 %8452, %8456
	%8463 = add i32 %8453, %8369
	%8464 = xor i1 %8462, true
	%8465 = icmp sge i32 %8463, %415
	%8466 = and i1 %8464, %8465
	%8467 = mul i32 %3, 8
	%8468 = add i32 %8467, 5
	%8469 = sub i32 255, %8468
	%8470 = select i1 %8466, i32 %8469, i32 %8460
	%8471 = select i1 %8466, i32 %8453, i32 %8461
	%8472 = or i1 %8462, %8466
	%8473 = add i32 %8463, %8378
	%8474 = xor i1 %8472, true
	%8475 = icmp sge i32 %8473, %415
	%8476 = and i1 %8474, %8475
	%8477 = mul i32 %3, 8
	%8478 = add i32 %8477, 6
	%8479 = sub i32 255, %8478
	%8480 = select i1 %8476, i32 %8479, i32 %8470
	%8481 = select i1 %8476, i32 %8463, i32 %8471
	%8482 = or i1 %8472, %8476
	%8483 = add i32 %8473, %8387
	%8484 = xor i1 %8482, true
	%8485 = icmp sge i32 %8483, %415
	%8486 = and i1 %8484, %8485
	%8487 = mul i32 %3, 8
	%8488 = add i32 %8487, 7
	%8489 = sub i32 255, %8488
	%8490 = select i1 %8486, i32 %8489, i32 %8480
	%8491 = select i1 %8486, i32 %8473, i32 %8481
	%8492 = or i1 %8482, %8486
	%8493 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8412)
	%8494 = call i32 @llvm.cttz.i32(i32 %8493, i1 false)
	%8495 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8490, i32 %8494, i32 31)
	%8496 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8491, i32 %8494, i32 31)
	%8497 = shl i32 %8495, 24
	%8498 = or i32 0, %8497
	%8499 = shl i32 255, 24
	%8500 = or i32 0, %8499
	%8501 = sub i32 %415, %8496
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8502 = mul i32 %3, 8
	%8503 = add i32 %8502, 0
	%8504 = add i32 %8250, %8503
	%8505 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8506 = bitcast i8 addrspace(3)* %8505 to i32 addrspace(3)*
	%8507 = getelementptr i32, i32 addrspace(3)* %8506, i32 %8504
	store i32 0, i32 addrspace(3)* %8507
	%8508 = mul i32 %3, 8
	%8509 = add i32 %8508, 1
	%8510 = add i32 %8250, %8509
	%8511 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8512 = bitcast i8 addrspace(3)* %8511 to i32 addrspace(3)*
	%8513 = getelementptr i32, i32 addrspace(3)* %8512, i32 %8510
	store i32 0, i32 addrspace(3)* %8513
	%8514 = mul i32 %3, 8
	%8515 = add i32 %8514, 2
	%8516 = add i32 %8250, %8515
	%8517 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8518 = bitcast i8 addrspace(3)* %8517 to i32 addrspace(3)*
	%8519 = getelementptr i32, i32 addrspace(3)* %8518, i32 %8516
	store i32 0, i32 addrspace(3)* %8519
	%8520 = mul i32 %3, 8
	%8521 = add i32 %8520, 3
	%8522 = add i32 %8250, %8521
	%8523 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8524 = bitcast i8 addrspace(3)* %8523 to i32 addrspace(3)*
	%8525 = getelementptr i32, i32 addrspace(3)* %8524, i32 %8522
	store i32 0, i32 addrspace(3)* %8525
	%8526 = mul i32 %3, 8
	%8527 = add i32 %8526, 4
	%8528 = add i32 %8250, %8527
	%8529 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8530 = bitcast i8 addrspace(3)* %8529 to i32 addrspace(3)*
	%8531 = getelementptr i32, i32 addrspace(3)* %8530, i32 %8528
	store i32 0, i32 addrspace(3)* %8531
	%8532 = mul i32 %3, 8
	%8533 = add i32 %8532, 5
	%8534 = add i32 %8250, %8533
	%8535 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8536 = bitcast i8 addrspace(3)* %8535 to i32 addrspace(3)*
	%8537 = getelementptr i32, i32 addrspace(3)* %8536, i32 %8534
	store i32 0, i32 addrspace(3)* %8537
	%8538 = mul i32 %3, 8
	%8539 = add i32 %8538, 6
	%8540 = add i32 %8250, %8539
	%8541 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8542 = bitcast i8 addrspace(3)* %8541 to i32 addrspace(3)*
	%8543 = getelementptr i32, i32 addrspace(3)* %8542, i32 %8540
	store i32 0, i32 addrspace(3)* %8543
	%8544 = mul i32 %3, 8
	%8545 = add i32 %8544, 7
	%8546 = add i32 %8250, %8545
	%8547 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8548 = bitcast i8 addrspace(3)* %8547 to i32 addrspace(3)*
	%8549 = getelementptr i32, i32 addrspace(3)* %8548, i32 %8546
	store i32 0, i32 addrspace(3)* %8549
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8560

8550:
	%8551 = lshr i32 %8312, 24
	%8552 = and i32 %8551, 255
	%8553 = add i32 %8250, %8552
	%8554 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8555 = bitcast i8 addrspace(3)* %8554 to i32 addrspace(3)*
	%8556 = getelementptr i32, i32 addrspace(3)* %8555, i32 %8553
	%8557 = atomicrmw add i32 addrspace(3)* %8556, i32 1 monotonic
	br label %8558

8558:
	%8559 = add i32 %8305, 32
	br label %8304

8560:
	%8561 = phi i32 [ %3, %8316 ], [ %8815, %8814 ]
	%8562 = icmp slt i32 %8561, %587
	br i1 %8562, label %8563, label %8572

8563:
	%8564 = add i32 %7827, %8561
	%8565 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%8566 = bitcast i8 addrspace(3)* %8565 to i32 addrspace(3)*
	%8567 = getelementptr i32, i32 addrspace(3)* %8566, i32 %8564
	%8568 = load i32, i32 addrspace(3)* %8567
	%8569 = and i32 %8568, %8500
	%8570 = icmp eq i32 %8569, %8498
	%8571 = and i1 true, %8570
	br i1 %8571, label %8806, label %8814

8572:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8573 = mul i32 %3, 8
	%8574 = add i32 %8573, 0
	%8575 = sub i32 255, %8574
	%8576 = add i32 %8250, %8575
	%8577 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8578 = bitcast i8 addrspace(3)* %8577 to i32 addrspace(3)*
	%8579 = getelementptr i32, i32 addrspace(3)* %8578, i32 %8576
	%8580 = load i32, i32 addrspace(3)* %8579
	%8581 = add i32 0, %8580
	%8582 = mul i32 %3, 8
	%8583 = add i32 %8582, 1
	%8584 = sub i32 255, %8583
	%8585 = add i32 %8250, %8584
	%8586 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8587 = bitcast i8 addrspace(3)* %8586 to i32 addrspace(3)*
	%8588 = getelementptr i32, i32 addrspace(3)* %8587, i32 %8585
	%8589 = load i32, i32 addrspace(3)* %8588
	%8590 = add i32 %8581, %8589
	%8591 = mul i32 %3, 8
	%8592 = add i32 %8591, 2
	%8593 = sub i32 255, %8592
	%8594 = add i32 %8250, %8593
	%8595 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8596 = bitcast i8 addrspace(3)* %8595 to i32 addrspace(3)*
	%8597 = getelementptr i32, i32 addrspace(3)* %8596, i32 %8594
	%8598 = load i32, i32 addrspace(3)* %8597
	%8599 = add i32 %8590, %8598
	%8600 = mul i32 %3, 8
	%8601 = add i32 %8600, 3
	%8602 = sub i32 255, %8601
	%8603 = add i32 %8250, %8602
	%8604 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8605 = bitcast i8 addrspace(3)* %8604 to i32 addrspace(3)*
	%8606 = getelementptr i32, i32 addrspace(3)* %8605, i32 %8603
	%8607 = load i32, i32 addrspace(3)* %8606
	%8608 = add i32 %8599, %8607
	%8609 = mul i32 %3, 8
	%8610 = add i32 %8609, 4
	%8611 = sub i32 255, %8610
	%8612 = add i32 %8250, %8611
	%8613 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8614 = bitcast i8 addrspace(3)* %8613 to i32 addrspace(3)*
	%8615 = getelementptr i32, i32 addrspace(3)* %8614, i32 %8612
	%8616 = load i32, i32 addrspace(3)* %8615
	%8617 = add i32 %8608, %8616
	%8618 = mul i32 %3, 8
	%8619 = add i32 %8618, 5
	%8620 = sub i32 255, %8619
	%8621 = add i32 %8250, %8620
	%8622 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8623 = bitcast i8 addrspace(3)* %8622 to i32 addrspace(3)*
	%8624 = getelementptr i32, i32 addrspace(3)* %8623, i32 %8621
	%8625 = load i32, i32 addrspace(3)* %8624
	%8626 = add i32 %8617, %8625
	%8627 = mul i32 %3, 8
	%8628 = add i32 %8627, 6
	%8629 = sub i32 255, %8628
	%8630 = add i32 %8250, %8629
	%8631 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8632 = bitcast i8 addrspace(3)* %8631 to i32 addrspace(3)*
	%8633 = getelementptr i32, i32 addrspace(3)* %8632, i32 %8630
	%8634 = load i32, i32 addrspace(3)* %8633
	%8635 = add i32 %8626, %8634
	%8636 = mul i32 %3, 8
	%8637 = add i32 %8636, 7
	%8638 = sub i32 255, %8637
	%8639 = add i32 %8250, %8638
	%8640 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8641 = bitcast i8 addrspace(3)* %8640 to i32 addrspace(3)*
	%8642 = getelementptr i32, i32 addrspace(3)* %8641, i32 %8639
	%8643 = load i32, i32 addrspace(3)* %8642
	%8644 = add i32 %8635, %8643
	%8645 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8644, i32 1, i32 0)
	%8646 = icmp uge i32 %3, 1
	%8647 = select i1 %8646, i32 %8645, i32 0
	%8648 = add i32 %8644, %8647
	%8649 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8648, i32 2, i32 0)
	%8650 = icmp uge i32 %3, 2
	%8651 = select i1 %8650, i32 %8649, i32 0
	%8652 = add i32 %8648, %8651
	%8653 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8652, i32 4, i32 0)
	%8654 = icmp uge i32 %3, 4
	%8655 = select i1 %8654, i32 %8653, i32 0
	%8656 = add i32 %8652, %8655
	%8657 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8656, i32 8, i32 0)
	%8658 = icmp uge i32 %3, 8
	%8659 = select i1 %8658, i32 %8657, i32 0
	%8660 = add i32 %8656, %8659
	%8661 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8660, i32 16, i32 0)
	%8662 = icmp uge i32 %3, 16
	%8663 = select i1 %8662, i32 %8661, i32 0
	%8664 = add i32 %8660, %8663
	%8665 = sub i32 %8664, %8644
	%8666 = icmp slt i32 %8665, %8501
	%8667 = icmp sge i32 %8664, %8501
	%8668 = and i1 %8666, %8667
	%8669 = add i32 %8665, %8580
	%8670 = xor i1 false, true
	%8671 = icmp sge i32 %8669, %8501
	%8672 = and i1 %8670, %8671
	%8673 = mul i32 %3, 8
	%8674 = add i32 %8673, 0
	%8675 = sub i32 255, %8674
	%8676 = select i1 %8672, i32 %8675, i32 0
	%8677 = select i1 %8672, i32 %8665, i32 0
	%8678 = or i1 false, %8672
	%8679 = add i32 %8669, %8589
	%8680 = xor i1 %8678, true
	%8681 = icmp sge i32 %8679, %8501
	%8682 = and i1 %8680, %8681
	%8683 = mul i32 %3, 8
	%8684 = add i32 %8683, 1
	%8685 = sub i32 255, %8684
	%8686 = select i1 %8682, i32 %8685, i32 %8676
	%8687 = select i1 %8682, i32 %8669, i32 %8677
	%8688 = or i1 %8678, %8682
	%8689 = add i32 %8679, %8598
	%8690 = xor i1 %8688, true
	%8691 = icmp sge i32 %8689, %8501
	%8692 = and i1 %8690, %8691
	%8693 = mul i32 %3, 8
	%8694 = add i32 %8693, 2
	%8695 = sub i32 255, %8694
	%8696 = select i1 %8692, i32 %8695, i32 %8686
	%8697 = select i1 %8692, i32 %8679, i32 %8687
	%8698 = or i1 %8688, %8692
	%8699 = add i32 %8689, %8607
	%8700 = xor i1 %8698, true
	%8701 = icmp sge i32 %8699, %8501
	%8702 = and i1 %8700, %8701
	%8703 = mul i32 %3, 8
	%8704 = add i32 %8703, 3
	%8705 = sub i32 255, %8704
	%8706 = select i1 %8702, i32 %8705, i32 %8696
	%8707 = select i1 %8702, i32 %8689, i32 %8697
	%8708 = or i1 %8698, %8702
	%8709 = add i32 %8699, %8616
	%8710 = xor i1 %8708, true
	%8711 = icmp sge i32 %8709, %8501
	%8712 = and i1 %8710, %8711
	%8713 = mul i32 %3, 8
	%8714 = add i32 %8713, 4
	%8715 = sub i32 255, %8714
	%8716 = select i1 %8712, i32 %8715, i32 %8706
	%8717 = select i1 %8712, i32 %8699, i32 %8707
	%8718 = or i1 %8708, %8712
	%8719 = add i32 %8709, %8625
	%8720 = xor i1 %8718, true
	%8721 = icmp sge i32 %8719, %8501
	%8722 = and i1 %8720, %8721
	%8723 = mul i32 %3, 8
	%8724 = add i32 %8723, 5
	%8725 = sub i32 255, %8724
	%8726 = select i1 %8722, i32 %8725, i32 %8716
	%8727 = select i1 %8722, i32 %8709, i32 %8717
	%8728 = or i1 %8718, %8722
	%8729 = add i32 %8719, %8634
	%8730 = xor i1 %8728, true
	%8731 = icmp sge i32 %8729, %8501
	%8732 = and i1 %8730, %8731
	%8733 = mul i32 %3, 8
	%8734 = add i32 %8733, 6
	%8735 = sub i32 255, %8734
	%8736 = select i1 %8732, i32 %8735, i32 %8726
	%8737 = select i1 %8732, i32 %8719, i32 %8727
	%8738 = or i1 %8728, %8732
	%8739 = add i32 %8729, %8643
	%8740 = xor i1 %8738, true
	%8741 = icmp sge i32 %8739, %8501
	%8742 = and i1 %8740, %8741
	%8743 = mul i32 %3, 8
	%8744 = add i32 %8743, 7
	%8745 = sub i32 255, %8744
	%8746 = select i1 %8742, i32 %8745, i32 %8736
	%8747 = select i1 %8742, i32 %8729, i32 %8737
	%8748 = or i1 %8738, %8742
	%8749 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8668)
	%8750 = call i32 @llvm.cttz.i32(i32 %8749, i1 false)
	%8751 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8746, i32 %8750, i32 31)
	%8752 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8747, i32 %8750, i32 31)
	%8753 = shl i32 %8751, 16
	%8754 = or i32 %8498, %8753
	%8755 = shl i32 255, 16
	%8756 = or i32 %8500, %8755
	%8757 = sub i32 %8501, %8752
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8758 = mul i32 %3, 8
	%8759 = add i32 %8758, 0
	%8760 = add i32 %8250, %8759
	%8761 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8762 = bitcast i8 addrspace(3)* %8761 to i32 addrspace(3)*
	%8763 = getelementptr i32, i32 addrspace(3)* %8762, i32 %8760
	store i32 0, i32 addrspace(3)* %8763
	%8764 = mul i32 %3, 8
	%8765 = add i32 %8764, 1
	%8766 = add i32 %8250, %8765
	%8767 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8768 = bitcast i8 addrspace(3)* %8767 to i32 addrspace(3)*
	%8769 = getelementptr i32, i32 addrspace(3)* %8768, i32 %8766
	store i32 0, i32 addrspace(3)* %8769
	%8770 = mul i32 %3, 8
	%8771 = add i32 %8770, 2
	%8772 = add i32 %8250, %8771
	%8773 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8774 = bitcast i8 addrspace(3)* %8773 to i32 addrspace(3)*
	%8775 = getelementptr i32, i32 addrspace(3)* %8774, i32 %8772
	store i32 0, i32 addrspace(3)* %8775
	%8776 = mul i32 %3, 8
	%8777 = add i32 %8776, 3
	%8778 = add i32 %8250, %8777
	%8779 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8780 = bitcast i8 addrspace(3)* %8779 to i32 addrspace(3)*
	%8781 = getelementptr i32, i32 addrspace(3)* %8780, i32 %8778
	store i32 0, i32 addrspace(3)* %8781
	%8782 = mul i32 %3, 8
	%8783 = add i32 %8782, 4
	%8784 = add i32 %8250, %8783
	%8785 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8786 = bitcast i8 addrspace(3)* %8785 to i32 addrspace(3)*
	%8787 = getelementptr i32, i32 addrspace(3)* %8786, i32 %8784
	store i32 0, i32 addrspace(3)* %8787
	%8788 = mul i32 %3, 8
	%8789 = add i32 %8788, 5
	%8790 = add i32 %8250, %8789
	%8791 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8792 = bitcast i8 addrspace(3)* %8791 to i32 addrspace(3)*
	%8793 = getelementptr i32, i32 addrspace(3)* %8792, i32 %8790
	store i32 0, i32 addrspace(3)* %8793
	%8794 = mul i32 %3, 8
	%8795 = add i32 %8794, 6
	%8796 = add i32 %8250, %8795
	%8797 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8798 = bitcast i8 addrspace(3)* %8797 to i32 addrspace(3)*
	%8799 = getelementptr i32, i32 addrspace(3)* %8798, i32 %8796
	store i32 0, i32 addrspace(3)* %8799
	%8800 = mul i32 %3, 8
	%8801 = add i32 %8800, 7
	%8802 = add i32 %8250, %8801
	%8803 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8804 = bitcast i8 addrspace(3)* %8803 to i32 addrspace(3)*
	%8805 = getelementptr i32, i32 addrspace(3)* %8804, i32 %8802
	store i32 0, i32 addrspace(3)* %8805
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8816

8806:
	%8807 = lshr i32 %8568, 16
	%8808 = and i32 %8807, 255
	%8809 = add i32 %8250, %8808
	%8810 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8811 = bitcast i8 addrspace(3)* %8810 to i32 addrspace(3)*
	%8812 = getelementptr i32, i32 addrspace(3)* %8811, i32 %8809
	%8813 = atomicrmw add i32 addrspace(3)* %8812, i32 1 monotonic
	br label %8814

8814:
	%8815 = add i32 %8561, 32
	br label %8560

8816:
	%8817 = phi i32 [ %3, %8572 ], [ %9071, %9070 ]
	%8818 = icmp slt i32 %8817, %587
	br i1 %8818, label %8819, label %8828

8819:
	%8820 = add i32 %7827, %8817
	%8821 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%8822 = bitcast i8 addrspace(3)* %8821 to i32 addrspace(3)*
	%8823 = getelementptr i32, i32 addrspace(3)* %8822, i32 %8820
	%8824 = load i32, i32 addrspace(3)* %8823
	%8825 = and i32 %8824, %8756
	%8826 = icmp eq i32 %8825, %8754
	%8827 = and i1 true, %8826
	br i1 %8827, label %9062, label %9070

8828:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8829 = mul i32 %3, 8
	%8830 = add i32 %8829, 0
	%8831 = sub i32 255, %8830
	%8832 = add i32 %8250, %8831
	%8833 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8834 = bitcast i8 addrspace(3)* %8833 to i32 addrspace(3)*
	%8835 = getelementptr i32, i32 addrspace(3)* %8834, i32 %8832
	%8836 = load i32, i32 addrspace(3)* %8835
	%8837 = add i32 0, %8836
	%8838 = mul i32 %3, 8
	%8839 = add i32 %8838, 1
	%8840 = sub i32 255, %8839
	%8841 = add i32 %8250, %8840
	%8842 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8843 = bitcast i8 addrspace(3)* %8842 to i32 addrspace(3)*
	%8844 = getelementptr i32, i32 addrspace(3)* %8843, i32 %8841
	%8845 = load i32, i32 addrspace(3)* %8844
	%8846 = add i32 %8837, %8845
	%8847 = mul i32 %3, 8
	%8848 = add i32 %8847, 2
	%8849 = sub i32 255, %8848
	%8850 = add i32 %8250, %8849
	%8851 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8852 = bitcast i8 addrspace(3)* %8851 to i32 addrspace(3)*
	%8853 = getelementptr i32, i32 addrspace(3)* %8852, i32 %8850
	%8854 = load i32, i32 addrspace(3)* %8853
	%8855 = add i32 %8846, %8854
	%8856 = mul i32 %3, 8
	%8857 = add i32 %8856, 3
	%8858 = sub i32 255, %8857
	%8859 = add i32 %8250, %8858
	%8860 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8861 = bitcast i8 addrspace(3)* %8860 to i32 addrspace(3)*
	%8862 = getelementptr i32, i32 addrspace(3)* %8861, i32 %8859
	%8863 = load i32, i32 addrspace(3)* %8862
	%8864 = add i32 %8855, %8863
	%8865 = mul i32 %3, 8
	%8866 = add i32 %8865, 4
	%8867 = sub i32 255, %8866
	%8868 = add i32 %8250, %8867
	%8869 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8870 = bitcast i8 addrspace(3)* %8869 to i32 addrspace(3)*
	%8871 = getelementptr i32, i32 addrspace(3)* %8870, i32 %8868
	%8872 = load i32, i32 addrspace(3)* %8871
	%8873 = add i32 %8864, %8872
	%8874 = mul i32 %3, 8
	%8875 = add i32 %8874, 5
	%8876 = sub i32 255, %8875
	%8877 = add i32 %8250, %8876
	%8878 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8879 = bitcast i8 addrspace(3)* %8878 to i32 addrspace(3)*
	%8880 = getelementptr i32, i32 addrspace(3)* %8879, i32 %8877
	%8881 = load i32, i32 addrspace(3)* %8880
	%8882 = add i32 %8873, %8881
	%8883 = mul i32 %3, 8
	%8884 = add i32 %8883, 6
	%8885 = sub i32 255, %8884
	%8886 = add i32 %8250, %8885
	%8887 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8888 = bitcast i8 addrspace(3)* %8887 to i32 addrspace(3)*
	%8889 = getelementptr i32, i32 addrspace(3)* %8888, i32 %8886
	%8890 = load i32, i32 addrspace(3)* %8889
	%8891 = add i32 %8882, %8890
	%8892 = mul i32 %3, 8
	%8893 = add i32 %8892, 7
	%8894 = sub i32 255, %8893
	%8895 = add i32 %8250, %8894
	%8896 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%8897 = bitcast i8 addrspace(3)* %8896 to i32 addrspace(3)*
	%8898 = getelementptr i32, i32 addrspace(3)* %8897, i32 %8895
	%8899 = load i32, i32 addrspace(3)* %8898
	%8900 = add i32 %8891, %8899
	%8901 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8900, i32 1, i32 0)
	%8902 = icmp uge i32 %3, 1
	%8903 = select i1 %8902, i32 %8901, i32 0
	%8904 = add i32 %8900, %8903
	%8905 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8904, i32 2, i32 0)
	%8906 = icmp uge i32 %3, 2
	%8907 = select i1 %8906, i32 %8905, i32 0
	%8908 = add i32 %8904, %8907
	%8909 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8908, i32 4, i32 0)
	%8910 = icmp uge i32 %3, 4
	%8911 = select i1 %8910, i32 %8909, i32 0
	%8912 = add i32 %8908, %8911
	%8913 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8912, i32 8, i32 0)
	%8914 = icmp uge i32 %3, 8
	%8915 = select i1 %8914, i32 %8913, i32 0
	%8916 = add i32 %8912, %8915
	%8917 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8916, i32 16, i32 0)
	%8918 = icmp uge i32 %3, 16
	%8919 = select i1 %8918, i32 %8917, i32 0
	%8920 = add i32 %8916, %8919
	%8921 = sub i32 %8920, %8900
	%8922 = icmp slt i32 %8921, %8757
	%8923 = icmp sge i32 %8920, %8757
	%8924 = and i1 %8922, %8923
	%8925 = add i32 %8921, %8836
	%8926 = xor i1 false, true
	%8927 = icmp sge i32 %8925, %8757
	%8928 = and i1 %8926, %8927
	%8929 = mul i32 %3, 8
	%8930 = add i32 %8929, 0
	%8931 = sub i32 255, %8930
	%8932 = select i1 %8928, i32 %8931, i32 0
	%8933 = select i1 %8928, i32 %8921, i32 0
	%8934 = or i1 false, %8928
	%8935 = add i32 %8925, %8845
	%8936 = xor i1 %8934, true
	%8937 = icmp sge i32 %8935, %8757
	%8938 = and i1 %8936, %8937
	%8939 = mul i32 %3, 8
	%8940 = add i32 %8939, 1
	%8941 = sub i32 255, %8940
	%8942 = select i1 %8938, i32 %8941, i32 %8932
	%8943 = select i1 %8938, i32 %8925, i32 %8933
	%8944 = or i1 %8934, %8938
	%8945 = add i32 %8935, %8854
	%8946 = xor i1 %8944, true
	%8947 = icmp sge i32 %8945, %8757
	%8948 = and i1 %8946, %8947
	%8949 = mul i32 %3, 8
	%8950 = add i32 %8949, 2
	%8951 = sub i32 255, %8950
	%8952 = select i1 %8948, i32 %8951, i32 %8942
	%8953 = select i1 %8948, i32 %8935, i32 %8943
	%8954 = or i1 %8944, %8948
	%8955 = add i32 %8945, %8863
	%8956 = xor i1 %8954, true
	%8957 = icmp sge i32 %8955, %8757
	%8958 = and i1 %8956, %8957
	%8959 = mul i32 %3, 8
	%8960 = add i32 %8959, 3
	%8961 = sub i32 255, %8960
	%8962 = select i1 %8958, i32 %8961, i32 %8952
	%8963 = select i1 %8958, i32 %8945, i32 %8953
	%8964 = or i1 %8954, %8958
	%8965 = add i32 %8955, %8872
	%8966 = xor i1 %8964, true
	%8967 = icmp sge i32 %8965, %8757
	%8968 = and i1 %8966, %8967
	%8969 = mul i32 %3, 8
	%8970 = add i32 %8969, 4
	%8971 = sub i32 255, %8970
	%8972 = select i1 %8968, i32 %8971, i32 %8962
	%8973 = select i1 %8968, i32 %8955, i32 %8963
	%8974 = or i1 %8964, %8968
	%8975 = add i32 %8965, %8881
	%8976 = xor i1 %8974, true
	%8977 = icmp sge i32 %8975, %8757
	%8978 = and i1 %8976, %8977
	%8979 = mul i32 %3, 8
	%8980 = add i32 %8979, 5
	%8981 = sub i32 255, %8980
	%8982 = select i1 %8978, i32 %8981, i32 %8972
	%8983 = select i1 %8978, i32 %8965, i32 %8973
	%8984 = or i1 %8974, %8978
	%8985 = add i32 %8975, %8890
	%8986 = xor i1 %8984, true
	%8987 = icmp sge i32 %8985, %8757
	%8988 = and i1 %8986, %8987
	%8989 = mul i32 %3, 8
	%8990 = add i32 %8989, 6
	%8991 = sub i32 255, %8990
	%8992 = select i1 %8988, i32 %8991, i32 %8982
	%8993 = select i1 %8988, i32 %8975, i32 %8983
	%8994 = or i1 %8984, %8988
	%8995 = add i32 %8985, %8899
	%8996 = xor i1 %8994, true
	%8997 = icmp sge i32 %8995, %8757
	%8998 = and i1 %8996, %8997
	%8999 = mul i32 %3, 8
	%9000 = add i32 %8999, 7
	%9001 = sub i32 255, %9000
	%9002 = select i1 %8998, i32 %9001, i32 %8992
	%9003 = select i1 %8998, i32 %8985, i32 %8993
	%9004 = or i1 %8994, %8998
	%9005 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8924)
	%9006 = call i32 @llvm.cttz.i32(i32 %9005, i1 false)
	%9007 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9002, i32 %9006, i32 31)
	%9008 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9003, i32 %9006, i32 31)
	%9009 = shl i32 %9007, 8
	%9010 = or i32 %8754, %9009
	%9011 = shl i32 255, 8
	%9012 = or i32 %8756, %9011
	%9013 = sub i32 %8757, %9008
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9014 = mul i32 %3, 8
	%9015 = add i32 %9014, 0
	%9016 = add i32 %8250, %9015
	%9017 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9018 = bitcast i8 addrspace(3)* %9017 to i32 addrspace(3)*
	%9019 = getelementptr i32, i32 addrspace(3)* %9018, i32 %9016
	store i32 0, i32 addrspace(3)* %9019
	%9020 = mul i32 %3, 8
	%9021 = add i32 %9020, 1
	%9022 = add i32 %8250, %9021
	%9023 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9024 = bitcast i8 addrspace(3)* %9023 to i32 addrspace(3)*
	%9025 = getelementptr i32, i32 addrspace(3)* %9024, i32 %9022
	store i32 0, i32 addrspace(3)* %9025
	%9026 = mul i32 %3, 8
	%9027 = add i32 %9026, 2
	%9028 = add i32 %8250, %9027
	%9029 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9030 = bitcast i8 addrspace(3)* %9029 to i32 addrspace(3)*
	%9031 = getelementptr i32, i32 addrspace(3)* %9030, i32 %9028
	store i32 0, i32 addrspace(3)* %9031
	%9032 = mul i32 %3, 8
	%9033 = add i32 %9032, 3
	%9034 = add i32 %8250, %9033
	%9035 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9036 = bitcast i8 addrspace(3)* %9035 to i32 addrspace(3)*
	%9037 = getelementptr i32, i32 addrspace(3)* %9036, i32 %9034
	store i32 0, i32 addrspace(3)* %9037
	%9038 = mul i32 %3, 8
	%9039 = add i32 %9038, 4
	%9040 = add i32 %8250, %9039
	%9041 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9042 = bitcast i8 addrspace(3)* %9041 to i32 addrspace(3)*
	%9043 = getelementptr i32, i32 addrspace(3)* %9042, i32 %9040
	store i32 0, i32 addrspace(3)* %9043
	%9044 = mul i32 %3, 8
	%9045 = add i32 %9044, 5
	%9046 = add i32 %8250, %9045
	%9047 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9048 = bitcast i8 addrspace(3)* %9047 to i32 addrspace(3)*
	%9049 = getelementptr i32, i32 addrspace(3)* %9048, i32 %9046
	store i32 0, i32 addrspace(3)* %9049
	%9050 = mul i32 %3, 8
	%9051 = add i32 %9050, 6
	%9052 = add i32 %8250, %9051
	%9053 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9054 = bitcast i8 addrspace(3)* %9053 to i32 addrspace(3)*
	%9055 = getelementptr i32, i32 addrspace(3)* %9054, i32 %9052
	store i32 0, i32 addrspace(3)* %9055
	%9056 = mul i32 %3, 8
	%9057 = add i32 %9056, 7
	%9058 = add i32 %8250, %9057
	%9059 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9060 = bitcast i8 addrspace(3)* %9059 to i32 addrspace(3)*
	%9061 = getelementptr i32, i32 addrspace(3)* %9060, i32 %9058
	store i32 0, i32 addrspace(3)* %9061
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9072

9062:
	%9063 = lshr i32 %8824, 8
	%9064 = and i32 %9063, 255
	%9065 = add i32 %8250, %9064
	%9066 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9067 = bitcast i8 addrspace(3)* %9066 to i32 addrspace(3)*
	%9068 = getelementptr i32, i32 addrspace(3)* %9067, i32 %9065
	%9069 = atomicrmw add i32 addrspace(3)* %9068, i32 1 monotonic
	br label %9070

9070:
	%9071 = add i32 %8817, 32
	br label %8816

9072:
	%9073 = phi i32 [ %3, %8828 ], [ %9279, %9278 ]
	%9074 = icmp slt i32 %9073, %587
	br i1 %9074, label %9075, label %9084

9075:
	%9076 = add i32 %7827, %9073
	%9077 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%9078 = bitcast i8 addrspace(3)* %9077 to i32 addrspace(3)*
	%9079 = getelementptr i32, i32 addrspace(3)* %9078, i32 %9076
	%9080 = load i32, i32 addrspace(3)* %9079
	%9081 = and i32 %9080, %9012
	%9082 = icmp eq i32 %9081, %9010
	%9083 = and i1 true, %9082
	br i1 %9083, label %9270, label %9278

9084:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9085 = mul i32 %3, 8
	%9086 = add i32 %9085, 0
	%9087 = sub i32 255, %9086
	%9088 = add i32 %8250, %9087
	%9089 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9090 = bitcast i8 addrspace(3)* %9089 to i32 addrspace(3)*
	%9091 = getelementptr i32, i32 addrspace(3)* %9090, i32 %9088
	%9092 = load i32, i32 addrspace(3)* %9091
	%9093 = add i32 0, %9092
	%9094 = mul i32 %3, 8
	%9095 = add i32 %9094, 1
	%9096 = sub i32 255, %9095
	%9097 = add i32 %8250, %9096
	%9098 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9099 = bitcast i8 addrspace(3)* %9098 to i32 addrspace(3)*
	%9100 = getelementptr i32, i32 addrspace(3)* %9099, i32 %9097
	%9101 = load i32, i32 addrspace(3)* %9100
	%9102 = add i32 %9093, %9101
	%9103 = mul i32 %3, 8
	%9104 = add i32 %9103, 2
	%9105 = sub i32 255, %9104
	%9106 = add i32 %8250, %9105
	%9107 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9108 = bitcast i8 addrspace(3)* %9107 to i32 addrspace(3)*
	%9109 = getelementptr i32, i32 addrspace(3)* %9108, i32 %9106
	%9110 = load i32, i32 addrspace(3)* %9109
	%9111 = add i32 %9102, %9110
	%9112 = mul i32 %3, 8
	%9113 = add i32 %9112, 3
	%9114 = sub i32 255, %9113
	%9115 = add i32 %8250, %9114
	%9116 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9117 = bitcast i8 addrspace(3)* %9116 to i32 addrspace(3)*
	%9118 = getelementptr i32, i32 addrspace(3)* %9117, i32 %9115
	%9119 = load i32, i32 addrspace(3)* %9118
	%9120 = add i32 %9111, %9119
	%9121 = mul i32 %3, 8
	%9122 = add i32 %9121, 4
	%9123 = sub i32 255, %9122
	%9124 = add i32 %8250, %9123
	%9125 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9126 = bitcast i8 addrspace(3)* %9125 to i32 addrspace(3)*
	%9127 = getelementptr i32, i32 addrspace(3)* %9126, i32 %9124
	%9128 = load i32, i32 addrspace(3)* %9127
	%9129 = add i32 %9120, %9128
	%9130 = mul i32 %3, 8
	%9131 = add i32 %9130, 5
	%9132 = sub i32 255, %9131
	%9133 = add i32 %8250, %9132
	%9134 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9135 = bitcast i8 addrspace(3)* %9134 to i32 addrspace(3)*
	%9136 = getelementptr i32, i32 addrspace(3)* %9135, i32 %9133
	%9137 = load i32, i32 addrspace(3)* %9136
	%9138 = add i32 %9129, %9137
	%9139 = mul i32 %3, 8
	%9140 = add i32 %9139, 6
	%9141 = sub i32 255, %9140
	%9142 = add i32 %8250, %9141
	%9143 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9144 = bitcast i8 addrspace(3)* %9143 to i32 addrspace(3)*
	%9145 = getelementptr i32, i32 addrspace(3)* %9144, i32 %9142
	%9146 = load i32, i32 addrspace(3)* %9145
	%9147 = add i32 %9138, %9146
	%9148 = mul i32 %3, 8
	%9149 = add i32 %9148, 7
	%9150 = sub i32 255, %9149
	%9151 = add i32 %8250, %9150
	%9152 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9153 = bitcast i8 addrspace(3)* %9152 to i32 addrspace(3)*
	%9154 = getelementptr i32, i32 addrspace(3)* %9153, i32 %9151
	%9155 = load i32, i32 addrspace(3)* %9154
	%9156 = add i32 %9147, %9155
	%9157 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9156, i32 1, i32 0)
	%9158 = icmp uge i32 %3, 1
	%9159 = select i1 %9158, i32 %9157, i32 0
	%9160 = add i32 %9156, %9159
	%9161 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9160, i32 2, i32 0)
	%9162 = icmp uge i32 %3, 2
	%9163 = select i1 %9162, i32 %9161, i32 0
	%9164 = add i32 %9160, %9163
	%9165 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9164, i32 4, i32 0)
	%9166 = icmp uge i32 %3, 4
	%9167 = select i1 %9166, i32 %9165, i32 0
	%9168 = add i32 %9164, %9167
	%9169 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9168, i32 8, i32 0)
	%9170 = icmp uge i32 %3, 8
	%9171 = select i1 %9170, i32 %9169, i32 0
	%9172 = add i32 %9168, %9171
	%9173 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9172, i32 16, i32 0)
	%9174 = icmp uge i32 %3, 16
	%9175 = select i1 %9174, i32 %9173, i32 0
	%9176 = add i32 %9172, %9175
	%9177 = sub i32 %9176, %9156
	%9178 = icmp slt i32 %9177, %9013
	%9179 = icmp sge i32 %9176, %9013
	%9180 = and i1 %9178, %9179
	%9181 = add i32 %9177, %9092
	%9182 = xor i1 false, true
	%9183 = icmp sge i32 %9181, %9013
	%9184 = and i1 %9182, %9183
	%9185 = mul i32 %3, 8
	%9186 = add i32 %9185, 0
	%9187 = sub i32 255, %9186
	%9188 = select i1 %9184, i32 %9187, i32 0
	%9189 = select i1 %9184, i32 %9177, i32 0
	%9190 = or i1 false, %9184
	%9191 = add i32 %9181, %9101
	%9192 = xor i1 %9190, true
	%9193 = icmp sge i32 %9191, %9013
	%9194 = and i1 %9192, %9193
	%9195 = mul i32 %3, 8
	%9196 = add i32 %9195, 1
	%9197 = sub i32 255, %9196
	%9198 = select i1 %9194, i32 %9197, i32 %9188
	%9199 = select i1 %9194, i32 %9181, i32 %9189
	%9200 = or i1 %9190, %9194
	%9201 = add i32 %9191, %9110
	%9202 = xor i1 %9200, true
	%9203 = icmp sge i32 %9201, %9013
	%9204 = and i1 %9202, %9203
	%9205 = mul i32 %3, 8
	%9206 = add i32 %9205, 2
	%9207 = sub i32 255, %9206
	%9208 = select i1 %9204, i32 %9207, i32 %9198
	%9209 = select i1 %9204, i32 %9191, i32 %9199
	%9210 = or i1 %9200, %9204
	%9211 = add i32 %9201, %9119
	%9212 = xor i1 %9210, true
	%9213 = icmp sge i32 %9211, %9013
	%9214 = and i1 %9212, %9213
	%9215 = mul i32 %3, 8
	%9216 = add i32 %9215, 3
	%9217 = sub i32 255, %9216
	%9218 = select i1 %9214, i32 %9217, i32 %9208
	%9219 = select i1 %9214, i32 %9201, i32 %9209
	%9220 = or i1 %9210, %9214
	%9221 = add i32 %9211, %9128
	%9222 = xor i1 %9220, true
	%9223 = icmp sge i32 %9221, %9013
	%9224 = and i1 %9222, %9223
	%9225 = mul i32 %3, 8
	%9226 = add i32 %9225, 4
	%9227 = sub i32 255, %9226
	%9228 = select i1 %9224, i32 %9227, i32 %9218
	%9229 = select i1 %9224, i32 %9211, i32 %9219
	%9230 = or i1 %9220, %9224
	%9231 = add i32 %9221, %9137
	%9232 = xor i1 %9230, true
	%9233 = icmp sge i32 %9231, %9013
	%9234 = and i1 %9232, %9233
	%9235 = mul i32 %3, 8
	%9236 = add i32 %9235, 5
	%9237 = sub i32 255, %9236
	%9238 = select i1 %9234, i32 %9237, i32 %9228
	%9239 = select i1 %9234, i32 %9221, i32 %9229
	%9240 = or i1 %9230, %9234
	%9241 = add i32 %9231, %9146
	%9242 = xor i1 %9240, true
	%9243 = icmp sge i32 %9241, %9013
	%9244 = and i1 %9242, %9243
	%9245 = mul i32 %3, 8
	%9246 = add i32 %9245, 6
	%9247 = sub i32 255, %9246
	%9248 = select i1 %9244, i32 %9247, i32 %9238
	%9249 = select i1 %9244, i32 %9231, i32 %9239
	%9250 = or i1 %9240, %9244
	%9251 = add i32 %9241, %9155
	%9252 = xor i1 %9250, true
	%9253 = icmp sge i32 %9251, %9013
	%9254 = and i1 %9252, %9253
	%9255 = mul i32 %3, 8
	%9256 = add i32 %9255, 7
	%9257 = sub i32 255, %9256
	%9258 = select i1 %9254, i32 %9257, i32 %9248
	%9259 = select i1 %9254, i32 %9241, i32 %9249
	%9260 = or i1 %9250, %9254
	%9261 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9180)
	%9262 = call i32 @llvm.cttz.i32(i32 %9261, i1 false)
	%9263 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9258, i32 %9262, i32 31)
	%9264 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9259, i32 %9262, i32 31)
	%9265 = shl i32 %9263, 0
	%9266 = or i32 %9010, %9265
	%9267 = shl i32 255, 0
	%9268 = or i32 %9012, %9267
	%9269 = sub i32 %9013, %9264
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8299

9270:
	%9271 = lshr i32 %9080, 0
	%9272 = and i32 %9271, 255
	%9273 = add i32 %8250, %9272
	%9274 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9275 = bitcast i8 addrspace(3)* %9274 to i32 addrspace(3)*
	%9276 = getelementptr i32, i32 addrspace(3)* %9275, i32 %9273
	%9277 = atomicrmw add i32 addrspace(3)* %9276, i32 1 monotonic
	br label %9278

9278:
	%9279 = add i32 %9073, 32
	br label %9072

9280:
	%9281 = phi i32 [ 0, %8299 ], [ %9330, %9325 ]
	%9282 = phi i32 [ 0, %8299 ], [ %9327, %9325 ]
	%9283 = phi i32 [ 0, %8299 ], [ %9329, %9325 ]
	%9284 = icmp slt i32 %9281, %587
	br i1 %9284, label %9285, label %9288

9285:
	%9286 = add i32 %9281, %3
	%9287 = icmp slt i32 %9286, %587
	br i1 %9287, label %9289, label %9299

9288:
	br label %7829

9289:
	%9290 = add i32 %7827, %9286
	%9291 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%9292 = bitcast i8 addrspace(3)* %9291 to i32 addrspace(3)*
	%9293 = getelementptr i32, i32 addrspace(3)* %9292, i32 %9290
	%9294 = load i32, i32 addrspace(3)* %9293
	%9295 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%9296 = bitcast i8 addrspace(3)* %9295 to i32 addrspace(3)*
	%9297 = getelementptr i32, i32 addrspace(3)* %9296, i32 %9290
	%9298 = load i32, i32 addrspace(3)* %9297
	br label %9299

9299:
	%9300 = phi i32 [ 0, %9285 ], [ %9294, %9289 ]
	%9301 = phi i32 [ 0, %9285 ], [ %9298, %9289 ]
	%9302 = icmp eq i32 %9300, %8300
	%9303 = and i1 %9287, %9302
	%9304 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9303)
	%9305 = and i32 %9304, %8303
	%9306 = call i32 @llvm.ctpop.i32(i32 %9305)
	%9307 = add i32 %9283, %9306
	%9308 = icmp ugt i32 %9300, %8300
	%9309 = icmp slt i32 %9307, %8301
	%9310 = and i1 %9303, %9309
	%9311 = or i1 %9308, %9310
	%9312 = and i1 %9287, %9311
	%9313 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9312)
	%9314 = and i32 %9313, %8303
	%9315 = call i32 @llvm.ctpop.i32(i32 %9314)
	%9316 = add i32 %9282, %9315
	%9317 = add i32 %7827, %9316
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %9312, label %9318, label %9325

9318:
	%9319 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%9320 = bitcast i8 addrspace(3)* %9319 to i32 addrspace(3)*
	%9321 = getelementptr i32, i32 addrspace(3)* %9320, i32 %9317
	store i32 %9300, i32 addrspace(3)* %9321
	%9322 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%9323 = bitcast i8 addrspace(3)* %9322 to i32 addrspace(3)*
	%9324 = getelementptr i32, i32 addrspace(3)* %9323, i32 %9317
	store i32 %9301, i32 addrspace(3)* %9324
	br label %9325

9325:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9326 = call i32 @llvm.ctpop.i32(i32 %9313)
	%9327 = add i32 %9282, %9326
	%9328 = call i32 @llvm.ctpop.i32(i32 %9304)
	%9329 = add i32 %9283, %9328
	%9330 = add i32 %9281, 32
	br label %9280

9331:
	%9332 = phi i32 [ 0, %7829 ], [ %9362, %9356 ]
	%9333 = phi i32 [ 0, %7829 ], [ %9361, %9356 ]
	%9334 = icmp slt i32 %9332, %7830
	br i1 %9334, label %9335, label %9338

9335:
	%9336 = add i32 %9332, %3
	%9337 = icmp slt i32 %9336, %7830
	br i1 %9337, label %9339, label %9346

9338:
	br label %9363

9339:
	%9340 = mul i32 %378, 160
	%9341 = add i32 %9340, %9336
	%9342 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%9343 = bitcast i8 addrspace(3)* %9342 to i32 addrspace(3)*
	%9344 = getelementptr i32, i32 addrspace(3)* %9343, i32 %9341
	%9345 = load i32, i32 addrspace(3)* %9344
	br label %9346

9346:
	%9347 = phi i32 [ 0, %9335 ], [ %9345, %9339 ]
	br i1 %9337, label %9348, label %9356

9348:
	%9349 = add i32 0, %9336
	%9350 = icmp sgt i32 %9347, %405
	%9351 = select i1 %9350, i32 %7831, i32 0
	%9352 = add i32 %9349, %9351
	%9353 = add i32 %7835, %9352
	%9354 = sext i32 %9353 to i64
	%9355 = getelementptr i32, i32* %out, i64 %9354
	store i32 %9347, i32* %9355
	br label %9356

9356:
	%9357 = icmp slt i32 %9347, %402
	%9358 = and i1 %9337, %9357
	%9359 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9358)
	%9360 = call i32 @llvm.ctpop.i32(i32 %9359)
	%9361 = add i32 %9333, %9360
	%9362 = add i32 %9332, 32
	br label %9331

9363:
	%9364 = phi i32 [ %3, %9338 ], [ %9373, %9366 ]
	%9365 = icmp slt i32 %9364, %7831
	br i1 %9365, label %9366, label %9374

9366:
	%9367 = add i32 0, %9333
	%9368 = add i32 %9367, %9364
	%9369 = add i32 %402, %9364
	%9370 = add i32 %7835, %9368
	%9371 = sext i32 %9370 to i64
	%9372 = getelementptr i32, i32* %out, i64 %9371
	store i32 %9369, i32* %9372
	%9373 = add i32 %9364, 32
	br label %9363

9374:
	%9375 = icmp eq i32 %3, 0
	%9376 = icmp eq i32 0, 1
	%9377 = and i1 %9375, %9376
	br i1 %9377, label %9378, label %9382

9378:
	%9379 = add i32 %7835, 0
	%9380 = sext i32 %9379 to i64
	%9381 = getelementptr i32, i32* %out, i64 %9380
	store i32 0, i32* %9381
	br label %9382

9382:
	%9383 = add i32 %410, %7830
	%9384 = add i32 %9383, %3
	br label %9385

9385:
	%9386 = phi i32 [ %9384, %9382 ], [ %9392, %9388 ]
	%9387 = icmp slt i32 %9386, 8
	br i1 %9387, label %9388, label %9393

9388:
	%9389 = add i32 %7835, %9386
	%9390 = sext i32 %9389 to i64
	%9391 = getelementptr i32, i32* %out, i64 %9390
	store i32 -1, i32* %9391
	%9392 = add i32 %9386, 32
	br label %9385

9393:
	br label %7823

9394:
	%9395 = icmp sgt i32 %589, %457
	br i1 %9395, label %9399, label %9402

9396:
	%9397 = add i32 %5, %462
	%9398 = icmp slt i32 %9397, %M
	br i1 %9398, label %10967, label %10969

9399:
	%9400 = mul i32 %420, 160
	%9401 = icmp sle i32 %589, 64
	br i1 %9401, label %9409, label %9411

9402:
	%9403 = phi i32 [ %589, %9394 ], [ %457, %10861 ]
	%9404 = sub i32 %452, 0
	%9405 = mul i32 %2, %M
	%9406 = add i32 %5, %420
	%9407 = add i32 %9405, %9406
	%9408 = mul i32 %9407, 8
	br label %10904

9409:
	%9410 = icmp slt i32 %3, %589
	br i1 %9410, label %9415, label %9421

9411:
	%9412 = phi i32 [ 0, %9399 ], [ %9813, %9431 ]
	%9413 = phi i32 [ 0, %9399 ], [ %9821, %9431 ]
	%9414 = xor i1 %9401, true
	br i1 %9414, label %9822, label %9872

9415:
	%9416 = add i32 %9400, %3
	%9417 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%9418 = bitcast i8 addrspace(3)* %9417 to i32 addrspace(3)*
	%9419 = getelementptr i32, i32 addrspace(3)* %9418, i32 %9416
	%9420 = load i32, i32 addrspace(3)* %9419
	br label %9421

9421:
	%9422 = phi i32 [ 0, %9409 ], [ %9420, %9415 ]
	%9423 = add i32 %3, 32
	%9424 = icmp slt i32 %9423, %589
	br i1 %9424, label %9425, label %9431

9425:
	%9426 = add i32 %9400, %9423
	%9427 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%9428 = bitcast i8 addrspace(3)* %9427 to i32 addrspace(3)*
	%9429 = getelementptr i32, i32 addrspace(3)* %9428, i32 %9426
	%9430 = load i32, i32 addrspace(3)* %9429
	br label %9431

9431:
	%9432 = phi i32 [ 0, %9421 ], [ %9430, %9425 ]
	%9433 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9422, i32 1, i32 31)
	%9434 = and i32 %3, 2
	%9435 = icmp eq i32 %9434, 0
	%9436 = and i32 %3, 1
	%9437 = icmp eq i32 %9436, 0
	%9438 = icmp eq i1 %9435, %9437
	%9439 = icmp ugt i32 %9422, %9433
	%9440 = select i1 %9439, i32 %9422, i32 %9433
	%9441 = icmp ult i32 %9422, %9433
	%9442 = select i1 %9441, i32 %9422, i32 %9433
	%9443 = select i1 %9438, i32 %9440, i32 %9442
	%9444 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9443, i32 2, i32 31)
	%9445 = and i32 %3, 4
	%9446 = icmp eq i32 %9445, 0
	%9447 = and i32 %3, 2
	%9448 = icmp eq i32 %9447, 0
	%9449 = icmp eq i1 %9446, %9448
	%9450 = icmp ugt i32 %9443, %9444
	%9451 = select i1 %9450, i32 %9443, i32 %9444
	%9452 = icmp ult i32 %9443, %9444
	%9453 = select i1 %9452, i32 %9443, i32 %9444
	%9454 = select i1 %9449, i32 %9451, i32 %9453
	%9455 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9454, i32 1, i32 31)
	%9456 = and i32 %3, 4
	%9457 = icmp eq i32 %9456, 0
	%9458 = and i32 %3, 1
	%9459 = icmp eq i32 %9458, 0
	%9460 = icmp eq i1 %9457, %9459
	%9461 = icmp ugt i32 %9454, %9455
	%9462 = select i1 %9461, i32 %9454, i32 %9455
	%9463 = icmp ult i32 %9454, %9455
	%9464 = select i1 %9463, i32 %9454, i32 %9455
	%9465 = select i1 %9460, i32 %9462, i32 %9464
	%9466 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9465, i32 4, i32 31)
	%9467 = and i32 %3, 8
	%9468 = icmp eq i32 %9467, 0
	%9469 = and i32 %3, 4
	%9470 = icmp eq i32 %9469, 0
	%9471 = icmp eq i1 %9468, %9470
	%9472 = icmp ugt i32 %9465, %9466
	%9473 = select i1 %9472, i32 %9465, i32 %9466
	%9474 = icmp ult i32 %9465, %9466
	%9475 = select i1 %9474, i32 %9465, i32 %9466
	%9476 = select i1 %9471, i32 %9473, i32 %9475
	%9477 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9476, i32 2, i32 31)
	%9478 = and i32 %3, 8
	%9479 = icmp eq i32 %9478, 0
	%9480 = and i32 %3, 2
	%9481 = icmp eq i32 %9480, 0
	%9482 = icmp eq i1 %9479, %9481
	%9483 = icmp ugt i32 %9476, %9477
	%9484 = select i1 %9483, i32 %9476, i32 %9477
	%9485 = icmp ult i32 %9476, %9477
	%9486 = select i1 %9485, i32 %9476, i32 %9477
	%9487 = select i1 %9482, i32 %9484, i32 %9486
	%9488 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9487, i32 1, i32 31)
	%9489 = and i32 %3, 8
	%9490 = icmp eq i32 %9489, 0
	%9491 = and i32 %3, 1
	%9492 = icmp eq i32 %9491, 0
	%9493 = icmp eq i1 %9490, %9492
	%9494 = icmp ugt i32 %9487, %9488
	%9495 = select i1 %9494, i32 %9487, i32 %9488
	%9496 = icmp ult i32 %9487, %9488
	%9497 = select i1 %9496, i32 %9487, i32 %9488
	%9498 = select i1 %9493, i32 %9495, i32 %9497
	%9499 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9498, i32 8, i32 31)
	%9500 = and i32 %3, 16
	%9501 = icmp eq i32 %9500, 0
	%9502 = and i32 %3, 8
	%9503 = icmp eq i32 %9502, 0
	%9504 = icmp eq i1 %9501, %9503
	%9505 = icmp ugt i32 %9498, %9499
	%9506 = select i1 %9505, i32 %9498, i32 %9499
	%9507 = icmp ult i32 %9498, %9499
	%9508 = select i1 %9507, i32 %9498, i32 %9499
	%9509 = select i1 %9504, i32 %9506, i32 %9508
	%9510 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9509, i32 4, i32 31)
	%9511 = and i32 %3, 16
	%9512 = icmp eq i32 %9511, 0
	%9513 = and i32 %3, 4
	%9514 = icmp eq i32 %9513, 0
	%9515 = icmp eq i1 %9512, %9514
	%9516 = icmp ugt i32 %9509, %9510
	%9517 = select i1 %9516, i32 %9509, i32 %9510
	%9518 = icmp ult i32 %9509, %9510
	%9519 = select i1 %9518, i32 %9509, i32 %9510
	%9520 = select i1 %9515, i32 %9517, i32 %9519
	%9521 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9520, i32 2, i32 31)
	%9522 = and i32 %3, 16
	%9523 = icmp eq i32 %9522, 0
	%9524 = and i32 %3, 2
	%9525 = icmp eq i32 %9524, 0
	%9526 = icmp eq i1 %9523, %9525
	%9527 = icmp ugt i32 %9520, %9521
	%9528 = select i1 %9527, i32 %9520, i32 %9521
	%9529 = icmp ult i32 %9520, %9521
	%9530 = select i1 %9529, i32 %9520, i32 %9521
	%9531 = select i1 %9526, i32 %9528, i32 %9530
	%9532 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9531, i32 1, i32 31)
	%9533 = and i32 %3, 16
	%9534 = icmp eq i32 %9533, 0
	%9535 = and i32 %3, 1
	%9536 = icmp eq i32 %9535, 0
	%9537 = icmp eq i1 %9534, %9536
	%9538 = icmp ugt i32 %9531, %9532
	%9539 = select i1 %9538, i32 %9531, i32 %9532
	%9540 = icmp ult i32 %9531, %9532
	%9541 = select i1 %9540, i32 %9531, i32 %9532
	%9542 = select i1 %9537, i32 %9539, i32 %9541
	%9543 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9542, i32 16, i32 31)
	%9544 = and i32 %3, 32
	%9545 = icmp eq i32 %9544, 0
	%9546 = and i32 %3, 16
	%9547 = icmp eq i32 %9546, 0
	%9548 = icmp eq i1 %9545, %9547
	%9549 = icmp ugt i32 %9542, %9543
	%9550 = select i1 %9549, i32 %9542, i32 %9543
	%9551 = icmp ult i32 %9542, %9543
	%9552 = select i1 %9551, i32 %9542, i32 %9543
	%9553 = select i1 %9548, i32 %9550, i32 %9552
	%9554 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9553, i32 8, i32 31)
	%9555 = and i32 %3, 32
	%9556 = icmp eq i32 %9555, 0
	%9557 = and i32 %3, 8
	%9558 = icmp eq i32 %9557, 0
	%9559 = icmp eq i1 %9556, %9558
	%9560 = icmp ugt i32 %9553, %9554
	%9561 = select i1 %9560, i32 %9553, i32 %9554
	%9562 = icmp ult i32 %9553, %9554
	%9563 = select i1 %9562, i32 %9553, i32 %9554
	%9564 = select i1 %9559, i32 %9561, i32 %9563
	%9565 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9564, i32 4, i32 31)
	%9566 = and i32 %3, 32
	%9567 = icmp eq i32 %9566, 0
	%9568 = and i32 %3, 4
	%9569 = icmp eq i32 %9568, 0
	%9570 = icmp eq i1 %9567, %9569
	%9571 = icmp ugt i32 %9564, %9565
	%9572 = select i1 %9571, i32 %9564, i32 %9565
	%9573 = icmp ult i32 %9564, %9565
	%9574 = select i1 %9573, i32 %9564, i32 %9565
	%9575 = select i1 %9570, i32 %9572, i32 %9574
	%9576 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9575, i32 2, i32 31)
	%9577 = and i32 %3, 32
	%9578 = icmp eq i32 %9577, 0
	%9579 = and i32 %3, 2
	%9580 = icmp eq i32 %9579, 0
	%9581 = icmp eq i1 %9578, %9580
	%9582 = icmp ugt i32 %9575, %9576
	%9583 = select i1 %9582, i32 %9575, i32 %9576
	%9584 = icmp ult i32 %9575, %9576
	%9585 = select i1 %9584, i32 %9575, i32 %9576
	%9586 = select i1 %9581, i32 %9583, i32 %9585
	%9587 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9586, i32 1, i32 31)
	%9588 = and i32 %3, 32
	%9589 = icmp eq i32 %9588, 0
	%9590 = and i32 %3, 1
	%9591 = icmp eq i32 %9590, 0
	%9592 = icmp eq i1 %9589, %9591
	%9593 = icmp ugt i32 %9586, %9587
	%9594 = select i1 %9593, i32 %9586, i32 %9587
	%9595 = icmp ult i32 %9586, %9587
	%9596 = select i1 %9595, i32 %9586, i32 %9587
	%9597 = select i1 %9592, i32 %9594, i32 %9596
	%9598 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9432, i32 1, i32 31)
	%9599 = and i32 %3, 2
	%9600 = icmp eq i32 %9599, 0
	%9601 = and i32 %3, 1
	%9602 = icmp eq i32 %9601, 0
	%9603 = icmp eq i1 %9600, %9602
	%9604 = icmp ugt i32 %9432, %9598
	%9605 = select i1 %9604, i32 %9432, i32 %9598
	%9606 = icmp ult i32 %9432, %9598
	%9607 = select i1 %9606, i32 %9432, i32 %9598
	%9608 = select i1 %9603, i32 %9605, i32 %9607
	%9609 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9608, i32 2, i32 31)
	%9610 = and i32 %3, 4
	%9611 = icmp eq i32 %9610, 0
	%9612 = and i32 %3, 2
	%9613 = icmp eq i32 %9612, 0
	%9614 = icmp eq i1 %9611, %9613
	%9615 = icmp ugt i32 %9608, %9609
	%9616 = select i1 %9615, i32 %9608, i32 %9609
	%9617 = icmp ult i32 %9608, %9609
	%9618 = select i1 %9617, i32 %9608, i32 %9609
	%9619 = select i1 %9614, i32 %9616, i32 %9618
	%9620 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9619, i32 1, i32 31)
	%9621 = and i32 %3, 4
	%9622 = icmp eq i32 %9621, 0
	%9623 = and i32 %3, 1
	%9624 = icmp eq i32 %9623, 0
	%9625 = icmp eq i1 %9622, %9624
	%9626 = icmp ugt i32 %9619, %9620
	%9627 = select i1 %9626, i32 %9619, i32 %9620
	%9628 = icmp ult i32 %9619, %9620
	%9629 = select i1 %9628, i32 %9619, i32 %9620
	%9630 = select i1 %9625, i32 %9627, i32 %9629
	%9631 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9630, i32 4, i32 31)
	%9632 = and i32 %3, 8
	%9633 = icmp eq i32 %9632, 0
	%9634 = and i32 %3, 4
	%9635 = icmp eq i32 %9634, 0
	%9636 = icmp eq i1 %9633, %9635
	%9637 = icmp ugt i32 %9630, %9631
	%9638 = select i1 %9637, i32 %9630, i32 %9631
	%9639 = icmp ult i32 %9630, %9631
	%9640 = select i1 %9639, i32 %9630, i32 %9631
	%9641 = select i1 %9636, i32 %9638, i32 %9640
	%9642 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9641, i32 2, i32 31)
	%9643 = and i32 %3, 8
	%9644 = icmp eq i32 %9643, 0
	%9645 = and i32 %3, 2
	%9646 = icmp eq i32 %9645, 0
	%9647 = icmp eq i1 %9644, %9646
	%9648 = icmp ugt i32 %9641, %9642
	%9649 = select i1 %9648, i32 %9641, i32 %9642
	%9650 = icmp ult i32 %9641, %9642
	%9651 = select i1 %9650, i32 %9641, i32 %9642
	%9652 = select i1 %9647, i32 %9649, i32 %9651
	%9653 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9652, i32 1, i32 31)
	%9654 = and i32 %3, 8
	%9655 = icmp eq i32 %9654, 0
	%9656 = and i32 %3, 1
	%9657 = icmp eq i32 %9656, 0
	%9658 = icmp eq i1 %9655, %9657
	%9659 = icmp ugt i32 %9652, %9653
	%9660 = select i1 %9659, i32 %9652, i32 %9653
	%9661 = icmp ult i32 %9652, %9653
	%9662 = select i1 %9661, i32 %9652, i32 %9653
	%9663 = select i1 %9658, i32 %9660, i32 %9662
	%9664 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9663, i32 8, i32 31)
	%9665 = and i32 %3, 16
	%9666 = icmp eq i32 %9665, 0
	%9667 = and i32 %3, 8
	%9668 = icmp eq i32 %9667, 0
	%9669 = icmp eq i1 %9666, %9668
	%9670 = icmp ugt i32 %9663, %9664
	%9671 = select i1 %9670, i32 %9663, i32 %9664
	%9672 = icmp ult i32 %9663, %9664
	%9673 = select i1 %9672, i32 %9663, i32 %9664
	%9674 = select i1 %9669, i32 %9671, i32 %9673
	%9675 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9674, i32 4, i32 31)
	%9676 = and i32 %3, 16
	%9677 = icmp eq i32 %9676, 0
	%9678 = and i32 %3, 4
	%9679 = icmp eq i32 %9678, 0
	%9680 = icmp eq i1 %9677, %9679
	%9681 = icmp ugt i32 %9674, %9675
	%9682 = select i1 %9681, i32 %9674, i32 %9675
	%9683 = icmp ult i32 %9674, %9675
	%9684 = select i1 %9683, i32 %9674, i32 %9675
	%9685 = select i1 %9680, i32 %9682, i32 %9684
	%9686 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9685, i32 2, i32 31)
	%9687 = and i32 %3, 16
	%9688 = icmp eq i32 %9687, 0
	%9689 = and i32 %3, 2
	%9690 = icmp eq i32 %9689, 0
	%9691 = icmp eq i1 %9688, %9690
	%9692 = icmp ugt i32 %9685, %9686
	%9693 = select i1 %9692, i32 %9685, i32 %9686
	%9694 = icmp ult i32 %9685, %9686
	%9695 = select i1 %9694, i32 %9685, i32 %9686
	%9696 = select i1 %9691, i32 %9693, i32 %9695
	%9697 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9696, i32 1, i32 31)
	%9698 = and i32 %3, 16
	%9699 = icmp eq i32 %9698, 0
	%9700 = and i32 %3, 1
	%9701 = icmp eq i32 %9700, 0
	%9702 = icmp eq i1 %9699, %9701
	%9703 = icmp ugt i32 %9696, %9697
	%9704 = select i1 %9703, i32 %9696, i32 %9697
	%9705 = icmp ult i32 %9696, %9697
	%9706 = select i1 %9705, i32 %9696, i32 %9697
	%9707 = select i1 %9702, i32 %9704, i32 %9706
	%9708 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9707, i32 16, i32 31)
	%9709 = and i32 %3, 32
	%9710 = icmp eq i32 %9709, 0
	%9711 = and i32 %3, 16
	%9712 = icmp eq i32 %9711, 0
	%9713 = icmp eq i1 %9710, %9712
	%9714 = icmp ugt i32 %9707, %9708
	%9715 = select i1 %9714, i32 %9707, i32 %9708
	%9716 = icmp ult i32 %9707, %9708
	%9717 = select i1 %9716, i32 %9707, i32 %9708
	%9718 = select i1 %9713, i32 %9715, i32 %9717
	%9719 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9718, i32 8, i32 31)
	%9720 = and i32 %3, 32
	%9721 = icmp eq i32 %9720, 0
	%9722 = and i32 %3, 8
	%9723 = icmp eq i32 %9722, 0
	%9724 = icmp eq i1 %9721, %9723
	%9725 = icmp ugt i32 %9718, %9719
	%9726 = select i1 %9725, i32 %9718, i32 %9719
	%9727 = icmp ult i32 %9718, %9719
	%9728 = select i1 %9727, i32 %9718, i32 %9719
	%9729 = select i1 %9724, i32 %9726, i32 %9728
	%9730 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9729, i32 4, i32 31)
	%9731 = and i32 %3, 32
	%9732 = icmp eq i32 %9731, 0
	%9733 = and i32 %3, 4
	%9734 = icmp eq i32 %9733, 0
	%9735 = icmp eq i1 %9732, %9734
	%9736 = icmp ugt i32 %9729, %9730
	%9737 = select i1 %9736, i32 %9729, i32 %9730
	%9738 = icmp ult i32 %9729, %9730
	%9739 = select i1 %9738, i32 %9729, i32 %9730
	%9740 = select i1 %9735, i32 %9737, i32 %9739
	%9741 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9740, i32 2, i32 31)
	%9742 = and i32 %3, 32
	%9743 = icmp eq i32 %9742, 0
	%9744 = and i32 %3, 2
	%9745 = icmp eq i32 %9744, 0
	%9746 = icmp eq i1 %9743, %9745
	%9747 = icmp ugt i32 %9740, %9741
	%9748 = select i1 %9747, i32 %9740, i32 %9741
	%9749 = icmp ult i32 %9740, %9741
	%9750 = select i1 %9749, i32 %9740, i32 %9741
	%9751 = select i1 %9746, i32 %9748, i32 %9750
	%9752 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9751, i32 1, i32 31)
	%9753 = and i32 %3, 32
	%9754 = icmp eq i32 %9753, 0
	%9755 = and i32 %3, 1
	%9756 = icmp eq i32 %9755, 0
	%9757 = icmp eq i1 %9754, %9756
	%9758 = icmp ugt i32 %9751, %9752
	%9759 = select i1 %9758, i32 %9751, i32 %9752
	%9760 = icmp ult i32 %9751, %9752
	%9761 = select i1 %9760, i32 %9751, i32 %9752
	%9762 = select i1 %9757, i32 %9759, i32 %9761
	%9763 = sub i32 31, %3
	%9764 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9762, i32 %9763, i32 31)
	%9765 = icmp ugt i32 %9597, %9764
	%9766 = select i1 %9765, i32 %9597, i32 %9764
	%9767 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9766, i32 16, i32 31)
	%9768 = and i32 %3, 16
	%9769 = icmp eq i32 %9768, 0
	%9770 = icmp eq i1 true, %9769
	%9771 = icmp ugt i32 %9766, %9767
	%9772 = select i1 %9771, i32 %9766, i32 %9767
	%9773 = icmp ult i32 %9766, %9767
	%9774 = select i1 %9773, i32 %9766, i32 %9767
	%9775 = select i1 %9770, i32 %9772, i32 %9774
	%9776 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9775, i32 8, i32 31)
	%9777 = and i32 %3, 8
	%9778 = icmp eq i32 %9777, 0
	%9779 = icmp eq i1 true, %9778
	%9780 = icmp ugt i32 %9775, %9776
	%9781 = select i1 %9780, i32 %9775, i32 %9776
	%9782 = icmp ult i32 %9775, %9776
	%9783 = select i1 %9782, i32 %9775, i32 %9776
	%9784 = select i1 %9779, i32 %9781, i32 %9783
	%9785 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9784, i32 4, i32 31)
	%9786 = and i32 %3, 4
	%9787 = icmp eq i32 %9786, 0
	%9788 = icmp eq i1 true, %9787
	%9789 = icmp ugt i32 %9784, %9785
	%9790 = select i1 %9789, i32 %9784, i32 %9785
	%9791 = icmp ult i32 %9784, %9785
	%9792 = select i1 %9791, i32 %9784, i32 %9785
	%9793 = select i1 %9788, i32 %9790, i32 %9792
	%9794 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9793, i32 2, i32 31)
	%9795 = and i32 %3, 2
	%9796 = icmp eq i32 %9795, 0
	%9797 = icmp eq i1 true, %9796
	%9798 = icmp ugt i32 %9793, %9794
	%9799 = select i1 %9798, i32 %9793, i32 %9794
	%9800 = icmp ult i32 %9793, %9794
	%9801 = select i1 %9800, i32 %9793, i32 %9794
	%9802 = select i1 %9797, i32 %9799, i32 %9801
	%9803 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9802, i32 1, i32 31)
	%9804 = and i32 %3, 1
	%9805 = icmp eq i32 %9804, 0
	%9806 = icmp eq i1 true, %9805
	%9807 = icmp ugt i32 %9802, %9803
	%9808 = select i1 %9807, i32 %9802, i32 %9803
	%9809 = icmp ult i32 %9802, %9803
	%9810 = select i1 %9809, i32 %9802, i32 %9803
	%9811 = select i1 %9806, i32 %9808, i32 %9810
	%9812 = sub i32 %457, 1
	%9813 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9811, i32 %9812, i32 31)
	%9814 = icmp ugt i32 %9422, %9813
	%9815 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9814)
	%9816 = call i32 @llvm.ctpop.i32(i32 %9815)
	%9817 = icmp ugt i32 %9432, %9813
	%9818 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9817)
	%9819 = call i32 @llvm.ctpop.i32(i32 %9818)
	%9820 = add i32 %9816, %9819
	%9821 = sub i32 %457, %9820
	br label %9411

9822:
	%9823 = mul i32 %4, 256
	%9824 = mul i32 %3, 8
	%9825 = add i32 %9824, 0
	%9826 = add i32 %9823, %9825
	%9827 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9828 = bitcast i8 addrspace(3)* %9827 to i32 addrspace(3)*
	%9829 = getelementptr i32, i32 addrspace(3)* %9828, i32 %9826
	store i32 0, i32 addrspace(3)* %9829
	%9830 = mul i32 %3, 8
	%9831 = add i32 %9830, 1
	%9832 = add i32 %9823, %9831
	%9833 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9834 = bitcast i8 addrspace(3)* %9833 to i32 addrspace(3)*
	%9835 = getelementptr i32, i32 addrspace(3)* %9834, i32 %9832
	store i32 0, i32 addrspace(3)* %9835
	%9836 = mul i32 %3, 8
	%9837 = add i32 %9836, 2
	%9838 = add i32 %9823, %9837
	%9839 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9840 = bitcast i8 addrspace(3)* %9839 to i32 addrspace(3)*
	%9841 = getelementptr i32, i32 addrspace(3)* %9840, i32 %9838
	store i32 0, i32 addrspace(3)* %9841
	%9842 = mul i32 %3, 8
	%9843 = add i32 %9842, 3
	%9844 = add i32 %9823, %9843
	%9845 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9846 = bitcast i8 addrspace(3)* %9845 to i32 addrspace(3)*
	%9847 = getelementptr i32, i32 addrspace(3)* %9846, i32 %9844
	store i32 0, i32 addrspace(3)* %9847
	%9848 = mul i32 %3, 8
	%9849 = add i32 %9848, 4
	%9850 = add i32 %9823, %9849
	%9851 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9852 = bitcast i8 addrspace(3)* %9851 to i32 addrspace(3)*
	%9853 = getelementptr i32, i32 addrspace(3)* %9852, i32 %9850
	store i32 0, i32 addrspace(3)* %9853
	%9854 = mul i32 %3, 8
	%9855 = add i32 %9854, 5
	%9856 = add i32 %9823, %9855
	%9857 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9858 = bitcast i8 addrspace(3)* %9857 to i32 addrspace(3)*
	%9859 = getelementptr i32, i32 addrspace(3)* %9858, i32 %9856
	store i32 0, i32 addrspace(3)* %9859
	%9860 = mul i32 %3, 8
	%9861 = add i32 %9860, 6
	%9862 = add i32 %9823, %9861
	%9863 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9864 = bitcast i8 addrspace(3)* %9863 to i32 addrspace(3)*
	%9865 = getelementptr i32, i32 addrspace(3)* %9864, i32 %9862
	store i32 0, i32 addrspace(3)* %9865
	%9866 = mul i32 %3, 8
	%9867 = add i32 %9866, 7
	%9868 = add i32 %9823, %9867
	%9869 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9870 = bitcast i8 addrspace(3)* %9869 to i32 addrspace(3)*
	%9871 = getelementptr i32, i32 addrspace(3)* %9870, i32 %9868
	store i32 0, i32 addrspace(3)* %9871
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9877

9872:
	%9873 = phi i32 [ %9412, %9411 ], [ %10839, %10657 ]
	%9874 = phi i32 [ %9413, %9411 ], [ %10842, %10657 ]
	%9875 = shl i32 1, %3
	%9876 = sub i32 %9875, 1
	br label %10853

9877:
	%9878 = phi i32 [ %3, %9822 ], [ %10132, %10131 ]
	%9879 = icmp slt i32 %9878, %589
	br i1 %9879, label %9880, label %9889

9880:
	%9881 = add i32 %9400, %9878
	%9882 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%9883 = bitcast i8 addrspace(3)* %9882 to i32 addrspace(3)*
	%9884 = getelementptr i32, i32 addrspace(3)* %9883, i32 %9881
	%9885 = load i32, i32 addrspace(3)* %9884
	%9886 = and i32 %9885, 0
	%9887 = icmp eq i32 %9886, 0
	%9888 = and i1 true, %9887
	br i1 %9888, label %10123, label %10131

9889:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9890 = mul i32 %3, 8
	%9891 = add i32 %9890, 0
	%9892 = sub i32 255, %9891
	%9893 = add i32 %9823, %9892
	%9894 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9895 = bitcast i8 addrspace(3)* %9894 to i32 addrspace(3)*
	%9896 = getelementptr i32, i32 addrspace(3)* %9895, i32 %9893
	%9897 = load i32, i32 addrspace(3)* %9896
	%9898 = add i32 0, %9897
	%9899 = mul i32 %3, 8
	%9900 = add i32 %9899, 1
	%9901 = sub i32 255, %9900
	%9902 = add i32 %9823, %9901
	%9903 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9904 = bitcast i8 addrspace(3)* %9903 to i32 addrspace(3)*
	%9905 = getelementptr i32, i32 addrspace(3)* %9904, i32 %9902
	%9906 = load i32, i32 addrspace(3)* %9905
	%9907 = add i32 %9898, %9906
	%9908 = mul i32 %3, 8
	%9909 = add i32 %9908, 2
	%9910 = sub i32 255, %9909
	%9911 = add i32 %9823, %9910
	%9912 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9913 = bitcast i8 addrspace(3)* %9912 to i32 addrspace(3)*
	%9914 = getelementptr i32, i32 addrspace(3)* %9913, i32 %9911
	%9915 = load i32, i32 addrspace(3)* %9914
	%9916 = add i32 %9907, %9915
	%9917 = mul i32 %3, 8
	%9918 = add i32 %9917, 3
	%9919 = sub i32 255, %9918
	%9920 = add i32 %9823, %9919
	%9921 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9922 = bitcast i8 addrspace(3)* %9921 to i32 addrspace(3)*
	%9923 = getelementptr i32, i32 addrspace(3)* %9922, i32 %9920
	%9924 = load i32, i32 addrspace(3)* %9923
	%9925 = add i32 %9916, %9924
	%9926 = mul i32 %3, 8
	%9927 = add i32 %9926, 4
	%9928 = sub i32 255, %9927
	%9929 = add i32 %9823, %9928
	%9930 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9931 = bitcast i8 addrspace(3)* %9930 to i32 addrspace(3)*
	%9932 = getelementptr i32, i32 addrspace(3)* %9931, i32 %9929
	%9933 = load i32, i32 addrspace(3)* %9932
	%9934 = add i32 %9925, %9933
	%9935 = mul i32 %3, 8
	%9936 = add i32 %9935, 5
	%9937 = sub i32 255, %9936
	%9938 = add i32 %9823, %9937
	%9939 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9940 = bitcast i8 addrspace(3)* %9939 to i32 addrspace(3)*
	%9941 = getelementptr i32, i32 addrspace(3)* %9940, i32 %9938
	%9942 = load i32, i32 addrspace(3)* %9941
	%9943 = add i32 %9934, %9942
	%9944 = mul i32 %3, 8
	%9945 = add i32 %9944, 6
	%9946 = sub i32 255, %9945
	%9947 = add i32 %9823, %9946
	%9948 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9949 = bitcast i8 addrspace(3)* %9948 to i32 addrspace(3)*
	%9950 = getelementptr i32, i32 addrspace(3)* %9949, i32 %9947
	%9951 = load i32, i32 addrspace(3)* %9950
	%9952 = add i32 %9943, %9951
	%9953 = mul i32 %3, 8
	%9954 = add i32 %9953, 7
	%9955 = sub i32 255, %9954
	%9956 = add i32 %9823, %9955
	%9957 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%9958 = bitcast i8 addrspace(3)* %9957 to i32 addrspace(3)*
	%9959 = getelementptr i32, i32 addrspace(3)* %9958, i32 %9956
	%9960 = load i32, i32 addrspace(3)* %9959
	%9961 = add i32 %9952, %9960
	%9962 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9961, i32 1, i32 0)
	%9963 = icmp uge i32 %3, 1
	%9964 = select i1 %9963, i32 %9962, i32 0
	%9965 = add i32 %9961, %9964
	%9966 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9965, i32 2, i32 0)
	%9967 = icmp uge i32 %3, 2
	%9968 = select i1 %9967, i32 %9966, i32 0
	%9969 = add i32 %9965, %9968
	%9970 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9969, i32 4, i32 0)
	%9971 = icmp uge i32 %3, 4
	%9972 = select i1 %9971, i32 %9970, i32 0
	%9973 = add i32 %9969, %9972
	%9974 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9973, i32 8, i32 0)
	%9975 = icmp uge i32 %3, 8
	%9976 = select i1 %9975, i32 %9974, i32 0
	%9977 = add i32 %9973, %9976
	%9978 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9977, i32 16, i32 0)
	%9979 = icmp uge i32 %3, 16
	%9980 = select i1 %9979, i32 %9978, i32 0
	%9981 = add i32 %9977, %9980
	%9982 = sub i32 %9981, %9961
	%9983 = icmp slt i32 %9982, %457
	%9984 = icmp sge i32 %9981, %457
	%9985 = and i1 %9983, %9984
	%9986 = add i32 %9982, %9897
	%9987 = xor i1 false, true
	%9988 = icmp sge i32 %9986, %457
	%9989 = and i1 %9987, %9988
	%9990 = mul i32 %3, 8
	%9991 = add i32 %9990, 0
	%9992 = sub i32 255, %9991
	%9993 = select i1 %9989, i32 %9992, i32 0
	%9994 = select i1 %9989, i32 %9982, i32 0
	%9995 = or i1 false, %9989
	%9996 = add i32 %9986, %9906
	%9997 = xor i1 %9995, true
	%9998 = icmp sge i32 %9996, %457
	%9999 = and i1 %9997, %9998
	%10000 = mul i32 %3, 8
	%10001 = add i32 %10000, 1
	%10002 = sub i32 255, %10001
	%10003 = select i1 %9999, i32 %10002, i32 %9993
	%10004 = select i1 %9999, i32 %9986, i32 %9994
	%10005 = or i1 %9995, %9999
	%10006 = add i32 %9996, %9915
	%10007 = xor i1 %10005, true
	%10008 = icmp sge i32 %10006, %457
	%10009 = and i1 %10007, %10008
	%10010 = mul i32 %3, 8
	%10011 = add i32 %10010, 2
	%10012 = sub i32 255, %10011
	%10013 = select i1 %10009, i32 %10012, i32 %10003
	%10014 = select i1 %10009, i32 %9996, i32 %10004
	%10015 = or i1 %10005, %10009
	%10016 = add i32 %10006, %9924
	%10017 = xor i1 %10015, true
	%10018 = icmp sge i32 %10016, %457
	%10019 = and i1 %10017, %10018
	%10020 = mul i32 %3, 8
	%10021 = add i32 %10020, 3
	%10022 = sub i32 255, %10021
	%10023 = select i1 %10019, i32 %10022, i32 %10013
	%10024 = select i1 %10019, i32 %10006, i32 %10014
	%10025 = or i1 %10015, %10019
	%10026 = add i32 %10016, %9933
	%10027 = xor i1 %10025, true
	%10028 = icmp sge i32 %10026, %457
	%10029 = and i1 %10027, %10028
	%10030 = mul i32 %3, 8
	%10031 = add i32 %10030, 4
	%10032 = sub i32 255, %10031
	%10033 = select i1 %10029, i32 %10032, i32 %10023
	%10034 = select i1 %10029, i32 %10016, i32 %10024
	%10035 = or i1 %10025, %10029
	%10036 = add i32 %10026, %9942
	%10037 = xor i1 %10035, true
	%10038 = icmp sge i32 %10036, %457
	%10039 = and i1 %10037, %10038
	%10040 = mul i32 %3, 8
	%10041 = add i32 %10040, 5
	%10042 = sub i32 255, %10041
	%10043 = select i1 %10039, i32 %10042, i32 %10033
	%10044 = select i1 %10039, i32 %10026, i32 %10034
	%10045 = or i1 %10035, %10039
	%10046 = add i32 %10036, %9951
	%10047 = xor i1 %10045, true
	%10048 = icmp sge i32 %10046, %457
	%10049 = and i1 %10047, %10048
	%10050 = mul i32 %3, 8
	%10051 = add i32 %10050, 6
	%10052 = sub i32 255, %10051
	%10053 = select i1 %10049, i32 %10052, i32 %10043
	%10054 = select i1 %10049, i32 %10036, i32 %10044
	%10055 = or i1 %10045, %10049
	%10056 = add i32 %10046, %9960
	%10057 = xor i1 %10055, true
	%10058 = icmp sge i32 %10056, %457
	%10059 = and i1 %10057, %10058
	%10060 = mul i32 %3, 8
	%10061 = add i32 %10060, 7
	%10062 = sub i32 255, %10061
	%10063 = select i1 %10059, i32 %10062, i32 %10053
	%10064 = select i1 %10059, i32 %10046, i32 %10054
	%10065 = or i1 %10055, %10059
	%10066 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9985)
	%10067 = call i32 @llvm.cttz.i32(i32 %10066, i1 false)
	%10068 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10063, i32 %10067, i32 31)
	%10069 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10064, i32 %10067, i32 31)
	%10070 = shl i32 %10068, 24
	%10071 = or i32 0, %10070
	%10072 = shl i32 255, 24
	%10073 = or i32 0, %10072
	%10074 = sub i32 %457, %10069
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10075 = mul i32 %3, 8
	%10076 = add i32 %10075, 0
	%10077 = add i32 %9823, %10076
	%10078 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10079 = bitcast i8 addrspace(3)* %10078 to i32 addrspace(3)*
	%10080 = getelementptr i32, i32 addrspace(3)* %10079, i32 %10077
	store i32 0, i32 addrspace(3)* %10080
	%10081 = mul i32 %3, 8
	%10082 = add i32 %10081, 1
	%10083 = add i32 %9823, %10082
	%10084 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10085 = bitcast i8 addrspace(3)* %10084 to i32 addrspace(3)*
	%10086 = getelementptr i32, i32 addrspace(3)* %10085, i32 %10083
	store i32 0, i32 addrspace(3)* %10086
	%10087 = mul i32 %3, 8
	%10088 = add i32 %10087, 2
	%10089 = add i32 %9823, %10088
	%10090 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10091 = bitcast i8 addrspace(3)* %10090 to i32 addrspace(3)*
	%10092 = getelementptr i32, i32 addrspace(3)* %10091, i32 %10089
	store i32 0, i32 addrspace(3)* %10092
	%10093 = mul i32 %3, 8
	%10094 = add i32 %10093, 3
	%10095 = add i32 %9823, %10094
	%10096 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10097 = bitcast i8 addrspace(3)* %10096 to i32 addrspace(3)*
	%10098 = getelementptr i32, i32 addrspace(3)* %10097, i32 %10095
	store i32 0, i32 addrspace(3)* %10098
	%10099 = mul i32 %3, 8
	%10100 = add i32 %10099, 4
	%10101 = add i32 %9823, %10100
	%10102 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10103 = bitcast i8 addrspace(3)* %10102 to i32 addrspace(3)*
	%10104 = getelementptr i32, i32 addrspace(3)* %10103, i32 %10101
	store i32 0, i32 addrspace(3)* %10104
	%10105 = mul i32 %3, 8
	%10106 = add i32 %10105, 5
	%10107 = add i32 %9823, %10106
	%10108 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10109 = bitcast i8 addrspace(3)* %10108 to i32 addrspace(3)*
	%10110 = getelementptr i32, i32 addrspace(3)* %10109, i32 %10107
	store i32 0, i32 addrspace(3)* %10110
	%10111 = mul i32 %3, 8
	%10112 = add i32 %10111, 6
	%10113 = add i32 %9823, %10112
	%10114 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10115 = bitcast i8 addrspace(3)* %10114 to i32 addrspace(3)*
	%10116 = getelementptr i32, i32 addrspace(3)* %10115, i32 %10113
	store i32 0, i32 addrspace(3)* %10116
	%10117 = mul i32 %3, 8
	%10118 = add i32 %10117, 7
	%10119 = add i32 %9823, %10118
	%10120 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10121 = bitcast i8 addrspace(3)* %10120 to i32 addrspace(3)*
	%10122 = getelementptr i32, i32 addrspace(3)* %10121, i32 %10119
	store i32 0, i32 addrspace(3)* %10122
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10133

10123:
	%10124 = lshr i32 %9885, 24
	%10125 = and i32 %10124, 255
	%10126 = add i32 %9823, %10125
	%10127 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10128 = bitcast i8 addrspace(3)* %10127 to i32 addrspace(3)*
	%10129 = getelementptr i32, i32 addrspace(3)* %10128, i32 %10126
	%10130 = atomicrmw add i32 addrspace(3)* %10129, i32 1 monotonic
	br label %10131

10131:
	%10132 = add i32 %9878, 32
	br label %9877

10133:
	%10134 = phi i32 [ %3, %9889 ], [ %10388, %10387 ]
	%10135 = icmp slt i32 %10134, %589
	br i1 %10135, label %10136, label %10145

10136:
	%10137 = add i32 %9400, %10134
	%10138 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%10139 = bitcast i8 addrspace(3)* %10138 to i32 addrspace(3)*
	%10140 = getelementptr i32, i32 addrspace(3)* %10139, i32 %10137
	%10141 = load i32, i32 addrspace(3)* %10140
	%10142 = and i32 %10141, %10073
	%10143 = icmp eq i32 %10142, %10071
	%10144 = and i1 true, %10143
	br i1 %10144, label %10379, label %10387

10145:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10146 = mul i32 %3, 8
	%10147 = add i32 %10146, 0
	%10148 = sub i32 255, %10147
	%10149 = add i32 %9823, %10148
	%10150 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10151 = bitcast i8 addrspace(3)* %10150 to i32 addrspace(3)*
	%10152 = getelementptr i32, i32 addrspace(3)* %10151, i32 %10149
	%10153 = load i32, i32 addrspace(3)* %10152
	%10154 = add i32 0, %10153
	%10155 = mul i32 %3, 8
	%10156 = add i32 %10155, 1
	%10157 = sub i32 255, %10156
	%10158 = add i32 %9823, %10157
	%10159 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10160 = bitcast i8 addrspace(3)* %10159 to i32 addrspace(3)*
	%10161 = getelementptr i32, i32 addrspace(3)* %10160, i32 %10158
	%10162 = load i32, i32 addrspace(3)* %10161
	%10163 = add i32 %10154, %10162
	%10164 = mul i32 %3, 8
	%10165 = add i32 %10164, 2
	%10166 = sub i32 255, %10165
	%10167 = add i32 %9823, %10166
	%10168 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10169 = bitcast i8 addrspace(3)* %10168 to i32 addrspace(3)*
	%10170 = getelementptr i32, i32 addrspace(3)* %10169, i32 %10167
	%10171 = load i32, i32 addrspace(3)* %10170
	%10172 = add i32 %10163, %10171
	%10173 = mul i32 %3, 8
	%10174 = add i32 %10173, 3
	%10175 = sub i32 255, %10174
	%10176 = add i32 %9823, %10175
	%10177 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10178 = bitcast i8 addrspace(3)* %10177 to i32 addrspace(3)*
	%10179 = getelementptr i32, i32 addrspace(3)* %10178, i32 %10176
	%10180 = load i32, i32 addrspace(3)* %10179
	%10181 = add i32 %10172, %10180
	%10182 = mul i32 %3, 8
	%10183 = add i32 %10182, 4
	%10184 = sub i32 255, %10183
	%10185 = add i32 %9823, %10184
	%10186 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10187 = bitcast i8 addrspace(3)* %10186 to i32 addrspace(3)*
	%10188 = getelementptr i32, i32 addrspace(3)* %10187, i32 %10185
	%10189 = load i32, i32 addrspace(3)* %10188
	%10190 = add i32 %10181, %10189
	%10191 = mul i32 %3, 8
	%10192 = add i32 %10191, 5
	%10193 = sub i32 255, %10192
	%10194 = add i32 %9823, %10193
	%10195 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10196 = bitcast i8 addrspace(3)* %10195 to i32 addrspace(3)*
	%10197 = getelementptr i32, i32 addrspace(3)* %10196, i32 %10194
	%10198 = load i32, i32 addrspace(3)* %10197
	%10199 = add i32 %10190, %10198
	%10200 = mul i32 %3, 8
	%10201 = add i32 %10200, 6
	%10202 = sub i32 255, %10201
	%10203 = add i32 %9823, %10202
	%10204 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10205 = bitcast i8 addrspace(3)* %10204 to i32 addrspace(3)*
	%10206 = getelementptr i32, i32 addrspace(3)* %10205, i32 %10203
	%10207 = load i32, i32 addrspace(3)* %10206
	%10208 = add i32 %10199, %10207
	%10209 = mul i32 %3, 8
	%10210 = add i32 %10209, 7
	%10211 = sub i32 255, %10210
	%10212 = add i32 %9823, %10211
	%10213 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10214 = bitcast i8 addrspace(3)* %10213 to i32 addrspace(3)*
	%10215 = getelementptr i32, i32 addrspace(3)* %10214, i32 %10212
	%10216 = load i32, i32 addrspace(3)* %10215
	%10217 = add i32 %10208, %10216
	%10218 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10217, i32 1, i32 0)
	%10219 = icmp uge i32 %3, 1
	%10220 = select i1 %10219, i32 %10218, i32 0
	%10221 = add i32 %10217, %10220
	%10222 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10221, i32 2, i32 0)
	%10223 = icmp uge i32 %3, 2
	%10224 = select i1 %10223, i32 %10222, i32 0
	%10225 = add i32 %10221, %10224
	%10226 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10225, i32 4, i32 0)
	%10227 = icmp uge i32 %3, 4
	%10228 = select i1 %10227, i32 %10226, i32 0
	%10229 = add i32 %10225, %10228
	%10230 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10229, i32 8, i32 0)
	%10231 = icmp uge i32 %3, 8
	%10232 = select i1 %10231, i32 %10230, i32 0
	%10233 = add i32 %10229, %10232
	%10234 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10233, i32 16, i32 0)
	%10235 = icmp uge i32 %3, 16
	%10236 = select i1 %10235, i32 %10234, i32 0
	%10237 = add i32 %10233, %10236
	%10238 = sub i32 %10237, %10217
	%10239 = icmp slt i32 %10238, %10074
	%10240 = icmp sge i32 %10237, %10074
	%10241 = and i1 %10239, %10240
	%10242 = add i32 %10238, %10153
	%10243 = xor i1 false, true
	%10244 = icmp sge i32 %10242, %10074
	%10245 = and i1 %10243, %10244
	%10246 = mul i32 %3, 8
	%10247 = add i32 %10246, 0
	%10248 = sub i32 255, %10247
	%10249 = select i1 %10245, i32 %10248, i32 0
	%10250 = select i1 %10245, i32 %10238, i32 0
	%10251 = or i1 false, %10245
	%10252 = add i32 %10242, %10162
	%10253 = xor i1 %10251, true
	%10254 = icmp sge i32 %10252, %10074
	%10255 = and i1 %10253, %10254
	%10256 = mul i32 %3, 8
	%10257 = add i32 %10256, 1
	%10258 = sub i32 255, %10257
	%10259 = select i1 %10255, i32 %10258, i32 %10249
	%10260 = select i1 %10255, i32 %10242, i32 %10250
	%10261 = or i1 %10251, %10255
	%10262 = add i32 %10252, %10171
	%10263 = xor i1 %10261, true
	%10264 = icmp sge i32 %10262, %10074
	%10265 = and i1 %10263, %10264
	%10266 = mul i32 %3, 8
	%10267 = add i32 %10266, 2
	%10268 = sub i32 255, %10267
	%10269 = select i1 %10265, i32 %10268, i32 %10259
	%10270 = select i1 %10265, i32 %10252, i32 %10260
	%10271 = or i1 %10261, %10265
	%10272 = add i32 %10262, %10180
	%10273 = xor i1 %10271, true
	%10274 = icmp sge i32 %10272, %10074
	%10275 = and i1 %10273, %10274
	%10276 = mul i32 %3, 8
	%10277 = add i32 %10276, 3
	%10278 = sub i32 255, %10277
	%10279 = select i1 %10275, i32 %10278, i32 %10269
	%10280 = select i1 %10275, i32 %10262, i32 %10270
	%10281 = or i1 %10271, %10275
	%10282 = add i32 %10272, %10189
	%10283 = xor i1 %10281, true
	%10284 = icmp sge i32 %10282, %10074
	%10285 = and i1 %10283, %10284
	%10286 = mul i32 %3, 8
	%10287 = add i32 %10286, 4
	%10288 = sub i32 255, %10287
	%10289 = select i1 %10285, i32 %10288, i32 %10279
	%10290 = select i1 %10285, i32 %10272, i32 %10280
	%10291 = or i1 %10281, %10285
	%10292 = add i32 %10282, %10198
	%10293 = xor i1 %10291, true
	%10294 = icmp sge i32 %10292, %10074
	%10295 = and i1 %10293, %10294
	%10296 = mul i32 %3, 8
	%10297 = add i32 %10296, 5
	%10298 = sub i32 255, %10297
	%10299 = select i1 %10295, i32 %10298, i32 %10289
	%10300 = select i1 %10295, i32 %10282, i32 %10290
	%10301 = or i1 %10291, %10295
	%10302 = add i32 %10292, %10207
	%10303 = xor i1 %10301, true
	%10304 = icmp sge i32 %10302, %10074
	%10305 = and i1 %10303, %10304
	%10306 = mul i32 %3, 8
	%10307 = add i32 %10306, 6
	%10308 = sub i32 255, %10307
	%10309 = select i1 %10305, i32 %10308, i32 %10299
	%10310 = select i1 %10305, i32 %10292, i32 %10300
	%10311 = or i1 %10301, %10305
	%10312 = add i32 %10302, %10216
	%10313 = xor i1 %10311, true
	%10314 = icmp sge i32 %10312, %10074
	%10315 = and i1 %10313, %10314
	%10316 = mul i32 %3, 8
	%10317 = add i32 %10316, 7
	%10318 = sub i32 255, %10317
	%10319 = select i1 %10315, i32 %10318, i32 %10309
	%10320 = select i1 %10315, i32 %10302, i32 %10310
	%10321 = or i1 %10311, %10315
	%10322 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10241)
	%10323 = call i32 @llvm.cttz.i32(i32 %10322, i1 false)
	%10324 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10319, i32 %10323, i32 31)
	%10325 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10320, i32 %10323, i32 31)
	%10326 = shl i32 %10324, 16
	%10327 = or i32 %10071, %10326
	%10328 = shl i32 255, 16
	%10329 = or i32 %10073, %10328
	%10330 = sub i32 %10074, %10325
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10331 = mul i32 %3, 8
	%10332 = add i32 %10331, 0
	%10333 = add i32 %9823, %10332
	%10334 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10335 = bitcast i8 addrspace(3)* %10334 to i32 addrspace(3)*
	%10336 = getelementptr i32, i32 addrspace(3)* %10335, i32 %10333
	store i32 0, i32 addrspace(3)* %10336
	%10337 = mul i32 %3, 8
	%10338 = add i32 %10337, 1
	%10339 = add i32 %9823, %10338
	%10340 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10341 = bitcast i8 addrspace(3)* %10340 to i32 addrspace(3)*
	%10342 = getelementptr i32, i32 addrspace(3)* %10341, i32 %10339
	store i32 0, i32 addrspace(3)* %10342
	%10343 = mul i32 %3, 8
	%10344 = add i32 %10343, 2
	%10345 = add i32 %9823, %10344
	%10346 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10347 = bitcast i8 addrspace(3)* %10346 to i32 addrspace(3)*
	%10348 = getelementptr i32, i32 addrspace(3)* %10347, i32 %10345
	store i32 0, i32 addrspace(3)* %10348
	%10349 = mul i32 %3, 8
	%10350 = add i32 %10349, 3
	%10351 = add i32 %9823, %10350
	%10352 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10353 = bitcast i8 addrspace(3)* %10352 to i32 addrspace(3)*
	%10354 = getelementptr i32, i32 addrspace(3)* %10353, i32 %10351
	store i32 0, i32 addrspace(3)* %10354
	%10355 = mul i32 %3, 8
	%10356 = add i32 %10355, 4
	%10357 = add i32 %9823, %10356
	%10358 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10359 = bitcast i8 addrspace(3)* %10358 to i32 addrspace(3)*
	%10360 = getelementptr i32, i32 addrspace(3)* %10359, i32 %10357
	store i32 0, i32 addrspace(3)* %10360
	%10361 = mul i32 %3, 8
	%10362 = add i32 %10361, 5
	%10363 = add i32 %9823, %10362
	%10364 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10365 = bitcast i8 addrspace(3)* %10364 to i32 addrspace(3)*
	%10366 = getelementptr i32, i32 addrspace(3)* %10365, i32 %10363
	store i32 0, i32 addrspace(3)* %10366
	%10367 = mul i32 %3, 8
	%10368 = add i32 %10367, 6
	%10369 = add i32 %9823, %10368
	%10370 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10371 = bitcast i8 addrspace(3)* %10370 to i32 addrspace(3)*
	%10372 = getelementptr i32, i32 addrspace(3)* %10371, i32 %10369
	store i32 0, i32 addrspace(3)* %10372
	%10373 = mul i32 %3, 8
	%10374 = add i32 %10373, 7
	%10375 = add i32 %9823, %10374
	%10376 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10377 = bitcast i8 addrspace(3)* %10376 to i32 addrspace(3)*
	%10378 = getelementptr i32, i32 addrspace(3)* %10377, i32 %10375
	store i32 0, i32 addrspace(3)* %10378
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10389

10379:
	%10380 = lshr i32 %10141, 16
	%10381 = and i32 %10380, 255
	%10382 = add i32 %9823, %10381
	%10383 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10384 = bitcast i8 addrspace(3)* %10383 to i32 addrspace(3)*
	%10385 = getelementptr i32, i32 addrspace(3)* %10384, i32 %10382
	%10386 = atomicrmw add i32 addrspace(3)* %10385, i32 1 monotonic
	br label %10387

10387:
	%10388 = add i32 %10134, 32
	br label %10133

10389:
	%10390 = phi i32 [ %3, %10145 ], [ %10644, %10643 ]
	%10391 = icmp slt i32 %10390, %589
	br i1 %10391, label %10392, label %10401

10392:
	%10393 = add i32 %9400, %10390
	%10394 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%10395 = bitcast i8 addrspace(3)* %10394 to i32 addrspace(3)*
	%10396 = getelementptr i32, i32 addrspace(3)* %10395, i32 %10393
	%10397 = load i32, i32 addrspace(3)* %10396
	%10398 = and i32 %10397, %10329
	%10399 = icmp eq i32 %10398, %10327
	%10400 = and i1 true, %10399
	br i1 %10400, label %10635, label %10643

10401:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10402 = mul i32 %3, 8
	%10403 = add i32 %10402, 0
	%10404 = sub i32 255, %10403
	%10405 = add i32 %9823, %10404
	%10406 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10407 = bitcast i8 addrspace(3)* %10406 to i32 addrspace(3)*
	%10408 = getelementptr i32, i32 addrspace(3)* %10407, i32 %10405
	%10409 = load i32, i32 addrspace(3)* %10408
	%10410 = add i32 0, %10409
	%10411 = mul i32 %3, 8
	%10412 = add i32 %10411, 1
	%10413 = sub i32 255, %10412
	%10414 = add i32 %9823, %10413
	%10415 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10416 = bitcast i8 addrspace(3)* %10415 to i32 addrspace(3)*
	%10417 = getelementptr i32, i32 addrspace(3)* %10416, i32 %10414
	%10418 = load i32, i32 addrspace(3)* %10417
	%10419 = add i32 %10410, %10418
	%10420 = mul i32 %3, 8
	%10421 = add i32 %10420, 2
	%10422 = sub i32 255, %10421
	%10423 = add i32 %9823, %10422
	%10424 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10425 = bitcast i8 addrspace(3)* %10424 to i32 addrspace(3)*
	%10426 = getelementptr i32, i32 addrspace(3)* %10425, i32 %10423
	%10427 = load i32, i32 addrspace(3)* %10426
	%10428 = add i32 %10419, %10427
	%10429 = mul i32 %3, 8
	%10430 = add i32 %10429, 3
	%10431 = sub i32 255, %10430
	%10432 = add i32 %9823, %10431
	%10433 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10434 = bitcast i8 addrspace(3)* %10433 to i32 addrspace(3)*
	%10435 = getelementptr i32, i32 addrspace(3)* %10434, i32 %10432
	%10436 = load i32, i32 addrspace(3)* %10435
	%10437 = add i32 %10428, %10436
	%10438 = mul i32 %3, 8
	%10439 = add i32 %10438, 4
	%10440 = sub i32 255, %10439
	%10441 = add i32 %9823, %10440
	%10442 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10443 = bitcast i8 addrspace(3)* %10442 to i32 addrspace(3)*
	%10444 = getelementptr i32, i32 addrspace(3)* %10443, i32 %10441
	%10445 = load i32, i32 addrspace(3)* %10444
	%10446 = add i32 %10437, %10445
	%10447 = mul i32 %3, 8
	%10448 = add i32 %10447, 5
	%10449 = sub i32 255, %10448
	%10450 = add i32 %9823, %10449
	%10451 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10452 = bitcast i8 addrspace(3)* %10451 to i32 addrspace(3)*
	%10453 = getelementptr i32, i32 addrspace(3)* %10452, i32 %10450
	%10454 = load i32, i32 addrspace(3)* %10453
	%10455 = add i32 %10446, %10454
	%10456 = mul i32 %3, 8
	%10457 = add i32 %10456, 6
	%10458 = sub i32 255, %10457
	%10459 = add i32 %9823, %10458
	%10460 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10461 = bitcast i8 addrspace(3)* %10460 to i32 addrspace(3)*
	%10462 = getelementptr i32, i32 addrspace(3)* %10461, i32 %10459
	%10463 = load i32, i32 addrspace(3)* %10462
	%10464 = add i32 %10455, %10463
	%10465 = mul i32 %3, 8
	%10466 = add i32 %10465, 7
	%10467 = sub i32 255, %10466
	%10468 = add i32 %9823, %10467
	%10469 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10470 = bitcast i8 addrspace(3)* %10469 to i32 addrspace(3)*
	%10471 = getelementptr i32, i32 addrspace(3)* %10470, i32 %10468
	%10472 = load i32, i32 addrspace(3)* %10471
	%10473 = add i32 %10464, %10472
	%10474 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10473, i32 1, i32 0)
	%10475 = icmp uge i32 %3, 1
	%10476 = select i1 %10475, i32 %10474, i32 0
	%10477 = add i32 %10473, %10476
	%10478 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10477, i32 2, i32 0)
	%10479 = icmp uge i32 %3, 2
	%10480 = select i1 %10479, i32 %10478, i32 0
	%10481 = add i32 %10477, %10480
	%10482 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10481, i32 4, i32 0)
	%10483 = icmp uge i32 %3, 4
	%10484 = select i1 %10483, i32 %10482, i32 0
	%10485 = add i32 %10481, %10484
	%10486 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10485, i32 8, i32 0)
	%10487 = icmp uge i32 %3, 8
	%10488 = select i1 %10487, i32 %10486, i32 0
	%10489 = add i32 %10485, %10488
	%10490 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10489, i32 16, i32 0)
	%10491 = icmp uge i32 %3, 16
	%10492 = select i1 %10491, i32 %10490, i32 0
	%10493 = add i32 %10489, %10492
	%10494 = sub i32 %10493, %10473
	%10495 = icmp slt i32 %10494, %10330
	%10496 = icmp sge i32 %10493, %10330
	%10497 = and i1 %10495, %10496
	%10498 = add i32 %10494, %10409
	%10499 = xor i1 false, true
	%10500 = icmp sge i32 %10498, %10330
	%10501 = and i1 %10499, %10500
	%10502 = mul i32 %3, 8
	%10503 = add i32 %10502, 0
	%10504 = sub i32 255, %10503
	%10505 = select i1 %10501, i32 %10504, i32 0
	%10506 = select i1 %10501, i32 %10494, i32 0
	%10507 = or i1 false, %10501
	%10508 = add i32 %10498, %10418
	%10509 = xor i1 %10507, true
	%10510 = icmp sge i32 %10508, %10330
	%10511 = and i1 %10509, %10510
	%10512 = mul i32 %3, 8
	%10513 = add i32 %10512, 1
	%10514 = sub i32 255, %10513
	%10515 = select i1 %10511, i32 %10514, i32 %10505
	%10516 = select i1 %10511, i32 %10498, i32 %10506
	%10517 = or i1 %10507, %10511
	%10518 = add i32 %10508, %10427
	%10519 = xor i1 %10517, true
	%10520 = icmp sge i32 %10518, %10330
	%10521 = and i1 %10519, %10520
	%10522 = mul i32 %3, 8
	%10523 = add i32 %10522, 2
	%10524 = sub i32 255, %10523
	%10525 = select i1 %10521, i32 %10524, i32 %10515
	%10526 = select i1 %10521, i32 %10508, i32 %10516
	%10527 = or i1 %10517, %10521
	%10528 = add i32 %10518, %10436
	%10529 = xor i1 %10527, true
	%10530 = icmp sge i32 %10528, %10330
	%10531 = and i1 %10529, %10530
	%10532 = mul i32 %3, 8
	%10533 = add i32 %10532, 3
	%10534 = sub i32 255, %10533
	%10535 = select i1 %10531, i32 %10534, i32 %10525
	%10536 = select i1 %10531, i32 %10518, i32 %10526
	%10537 = or i1 %10527, %10531
	%10538 = add i32 %10528, %10445
	%10539 = xor i1 %10537, true
	%10540 = icmp sge i32 %10538, %10330
	%10541 = and i1 %10539, %10540
	%10542 = mul i32 %3, 8
	%10543 = add i32 %10542, 4
	%10544 = sub i32 255, %10543
	%10545 = select i1 %10541, i32 %10544, i32 %10535
	%10546 = select i1 %10541, i32 %10528, i32 %10536
	%10547 = or i1 %10537, %10541
	%10548 = add i32 %10538, %10454
	%10549 = xor i1 %10547, true
	%10550 = icmp sge i32 %10548, %10330
	%10551 = and i1 %10549, %10550
	%10552 = mul i32 %3, 8
	%10553 = add i32 %10552, 5
	%10554 = sub i32 255, %10553
	%10555 = select i1 %10551, i32 %10554, i32 %10545
	%10556 = select i1 %10551, i32 %10538, i32 %10546
	%10557 = or i1 %10547, %10551
	%10558 = add i32 %10548, %10463
	%10559 = xor i1 %10557, true
	%10560 = icmp sge i32 %10558, %10330
	%10561 = and i1 %10559, %10560
	%10562 = mul i32 %3, 8
	%10563 = add i32 %10562, 6
	%10564 = sub i32 255, %10563
	%10565 = select i1 %10561, i32 %10564, i32 %10555
	%10566 = select i1 %10561, i32 %10548, i32 %10556
	%10567 = or i1 %10557, %10561
	%10568 = add i32 %10558, %10472
	%10569 = xor i1 %10567, true
	%10570 = icmp sge i32 %10568, %10330
	%10571 = and i1 %10569, %10570
	%10572 = mul i32 %3, 8
	%10573 = add i32 %10572, 7
	%10574 = sub i32 255, %10573
	%10575 = select i1 %10571, i32 %10574, i32 %10565
	%10576 = select i1 %10571, i32 %10558, i32 %10566
	%10577 = or i1 %10567, %10571
	%10578 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10497)
	%10579 = call i32 @llvm.cttz.i32(i32 %10578, i1 false)
	%10580 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10575, i32 %10579, i32 31)
	%10581 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10576, i32 %10579, i32 31)
	%10582 = shl i32 %10580, 8
	%10583 = or i32 %10327, %10582
	%10584 = shl i32 255, 8
	%10585 = or i32 %10329, %10584
	%10586 = sub i32 %10330, %10581
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10587 = mul i32 %3, 8
	%10588 = add i32 %10587, 0
	%10589 = add i32 %9823, %10588
	%10590 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10591 = bitcast i8 addrspace(3)* %10590 to i32 addrspace(3)*
	%10592 = getelementptr i32, i32 addrspace(3)* %10591, i32 %10589
	store i32 0, i32 addrspace(3)* %10592
	%10593 = mul i32 %3, 8
	%10594 = add i32 %10593, 1
	%10595 = add i32 %9823, %10594
	%10596 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10597 = bitcast i8 addrspace(3)* %10596 to i32 addrspace(3)*
	%10598 = getelementptr i32, i32 addrspace(3)* %10597, i32 %10595
	store i32 0, i32 addrspace(3)* %10598
	%10599 = mul i32 %3, 8
	%10600 = add i32 %10599, 2
	%10601 = add i32 %9823, %10600
	%10602 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10603 = bitcast i8 addrspace(3)* %10602 to i32 addrspace(3)*
	%10604 = getelementptr i32, i32 addrspace(3)* %10603, i32 %10601
	store i32 0, i32 addrspace(3)* %10604
	%10605 = mul i32 %3, 8
	%10606 = add i32 %10605, 3
	%10607 = add i32 %9823, %10606
	%10608 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10609 = bitcast i8 addrspace(3)* %10608 to i32 addrspace(3)*
	%10610 = getelementptr i32, i32 addrspace(3)* %10609, i32 %10607
	store i32 0, i32 addrspace(3)* %10610
	%10611 = mul i32 %3, 8
	%10612 = add i32 %10611, 4
	%10613 = add i32 %9823, %10612
	%10614 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10615 = bitcast i8 addrspace(3)* %10614 to i32 addrspace(3)*
	%10616 = getelementptr i32, i32 addrspace(3)* %10615, i32 %10613
	store i32 0, i32 addrspace(3)* %10616
	%10617 = mul i32 %3, 8
	%10618 = add i32 %10617, 5
	%10619 = add i32 %9823, %10618
	%10620 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10621 = bitcast i8 addrspace(3)* %10620 to i32 addrspace(3)*
	%10622 = getelementptr i32, i32 addrspace(3)* %10621, i32 %10619
	store i32 0, i32 addrspace(3)* %10622
	%10623 = mul i32 %3, 8
	%10624 = add i32 %10623, 6
	%10625 = add i32 %9823, %10624
	%10626 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10627 = bitcast i8 addrspace(3)* %10626 to i32 addrspace(3)*
	%10628 = getelementptr i32, i32 addrspace(3)* %10627, i32 %10625
	store i32 0, i32 addrspace(3)* %10628
	%10629 = mul i32 %3, 8
	%10630 = add i32 %10629, 7
	%10631 = add i32 %9823, %10630
	%10632 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10633 = bitcast i8 addrspace(3)* %10632 to i32 addrspace(3)*
	%10634 = getelementptr i32, i32 addrspace(3)* %10633, i32 %10631
	store i32 0, i32 addrspace(3)* %10634
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10645

10635:
	%10636 = lshr i32 %10397, 8
	%10637 = and i32 %10636, 255
	%10638 = add i32 %9823, %10637
	%10639 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10640 = bitcast i8 addrspace(3)* %10639 to i32 addrspace(3)*
	%10641 = getelementptr i32, i32 addrspace(3)* %10640, i32 %10638
	%10642 = atomicrmw add i32 addrspace(3)* %10641, i32 1 monotonic
	br label %10643

10643:
	%10644 = add i32 %10390, 32
	br label %10389

10645:
	%10646 = phi i32 [ %3, %10401 ], [ %10852, %10851 ]
	%10647 = icmp slt i32 %10646, %589
	br i1 %10647, label %10648, label %10657

10648:
	%10649 = add i32 %9400, %10646
	%10650 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%10651 = bitcast i8 addrspace(3)* %10650 to i32 addrspace(3)*
	%10652 = getelementptr i32, i32 addrspace(3)* %10651, i32 %10649
	%10653 = load i32, i32 addrspace(3)* %10652
	%10654 = and i32 %10653, %10585
	%10655 = icmp eq i32 %10654, %10583
	%10656 = and i1 true, %10655
	br i1 %10656, label %10843, label %10851

10657:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10658 = mul i32 %3, 8
	%10659 = add i32 %10658, 0
	%10660 = sub i32 255, %10659
	%10661 = add i32 %9823, %10660
	%10662 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10663 = bitcast i8 addrspace(3)* %10662 to i32 addrspace(3)*
	%10664 = getelementptr i32, i32 addrspace(3)* %10663, i32 %10661
	%10665 = load i32, i32 addrspace(3)* %10664
	%10666 = add i32 0, %10665
	%10667 = mul i32 %3, 8
	%10668 = add i32 %10667, 1
	%10669 = sub i32 255, %10668
	%10670 = add i32 %9823, %10669
	%10671 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10672 = bitcast i8 addrspace(3)* %10671 to i32 addrspace(3)*
	%10673 = getelementptr i32, i32 addrspace(3)* %10672, i32 %10670
	%10674 = load i32, i32 addrspace(3)* %10673
	%10675 = add i32 %10666, %10674
	%10676 = mul i32 %3, 8
	%10677 = add i32 %10676, 2
	%10678 = sub i32 255, %10677
	%10679 = add i32 %9823, %10678
	%10680 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10681 = bitcast i8 addrspace(3)* %10680 to i32 addrspace(3)*
	%10682 = getelementptr i32, i32 addrspace(3)* %10681, i32 %10679
	%10683 = load i32, i32 addrspace(3)* %10682
	%10684 = add i32 %10675, %10683
	%10685 = mul i32 %3, 8
	%10686 = add i32 %10685, 3
	%10687 = sub i32 255, %10686
	%10688 = add i32 %9823, %10687
	%10689 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10690 = bitcast i8 addrspace(3)* %10689 to i32 addrspace(3)*
	%10691 = getelementptr i32, i32 addrspace(3)* %10690, i32 %10688
	%10692 = load i32, i32 addrspace(3)* %10691
	%10693 = add i32 %10684, %10692
	%10694 = mul i32 %3, 8
	%10695 = add i32 %10694, 4
	%10696 = sub i32 255, %10695
	%10697 = add i32 %9823, %10696
	%10698 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10699 = bitcast i8 addrspace(3)* %10698 to i32 addrspace(3)*
	%10700 = getelementptr i32, i32 addrspace(3)* %10699, i32 %10697
	%10701 = load i32, i32 addrspace(3)* %10700
	%10702 = add i32 %10693, %10701
	%10703 = mul i32 %3, 8
	%10704 = add i32 %10703, 5
	%10705 = sub i32 255, %10704
	%10706 = add i32 %9823, %10705
	%10707 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10708 = bitcast i8 addrspace(3)* %10707 to i32 addrspace(3)*
	%10709 = getelementptr i32, i32 addrspace(3)* %10708, i32 %10706
	%10710 = load i32, i32 addrspace(3)* %10709
	%10711 = add i32 %10702, %10710
	%10712 = mul i32 %3, 8
	%10713 = add i32 %10712, 6
	%10714 = sub i32 255, %10713
	%10715 = add i32 %9823, %10714
	%10716 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10717 = bitcast i8 addrspace(3)* %10716 to i32 addrspace(3)*
	%10718 = getelementptr i32, i32 addrspace(3)* %10717, i32 %10715
	%10719 = load i32, i32 addrspace(3)* %10718
	%10720 = add i32 %10711, %10719
	%10721 = mul i32 %3, 8
	%10722 = add i32 %10721, 7
	%10723 = sub i32 255, %10722
	%10724 = add i32 %9823, %10723
	%10725 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10726 = bitcast i8 addrspace(3)* %10725 to i32 addrspace(3)*
	%10727 = getelementptr i32, i32 addrspace(3)* %10726, i32 %10724
	%10728 = load i32, i32 addrspace(3)* %10727
	%10729 = add i32 %10720, %10728
	%10730 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10729, i32 1, i32 0)
	%10731 = icmp uge i32 %3, 1
	%10732 = select i1 %10731, i32 %10730, i32 0
	%10733 = add i32 %10729, %10732
	%10734 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10733, i32 2, i32 0)
	%10735 = icmp uge i32 %3, 2
	%10736 = select i1 %10735, i32 %10734, i32 0
	%10737 = add i32 %10733, %10736
	%10738 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10737, i32 4, i32 0)
	%10739 = icmp uge i32 %3, 4
	%10740 = select i1 %10739, i32 %10738, i32 0
	%10741 = add i32 %10737, %10740
	%10742 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10741, i32 8, i32 0)
	%10743 = icmp uge i32 %3, 8
	%10744 = select i1 %10743, i32 %10742, i32 0
	%10745 = add i32 %10741, %10744
	%10746 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10745, i32 16, i32 0)
	%10747 = icmp uge i32 %3, 16
	%10748 = select i1 %10747, i32 %10746, i32 0
	%10749 = add i32 %10745, %10748
	%10750 = sub i32 %10749, %10729
	%10751 = icmp slt i32 %10750, %10586
	%10752 = icmp sge i32 %10749, %10586
	%10753 = and i1 %10751, %10752
	%10754 = add i32 %10750, %10665
	%10755 = xor i1 false, true
	%10756 = icmp sge i32 %10754, %10586
	%10757 = and i1 %10755, %10756
	%10758 = mul i32 %3, 8
	%10759 = add i32 %10758, 0
	%10760 = sub i32 255, %10759
	%10761 = select i1 %10757, i32 %10760, i32 0
	%10762 = select i1 %10757, i32 %10750, i32 0
	%10763 = or i1 false, %10757
	%10764 = add i32 %10754, %10674
	%10765 = xor i1 %10763, true
	%10766 = icmp sge i32 %10764, %10586
	%10767 = and i1 %10765, %10766
	%10768 = mul i32 %3, 8
	%10769 = add i32 %10768, 1
	%10770 = sub i32 255, %10769
	%10771 = select i1 %10767, i32 %10770, i32 %10761
	%10772 = select i1 %10767, i32 %10754, i32 %10762
	%10773 = or i1 %10763, %10767
	%10774 = add i32 %10764, %10683
	%10775 = xor i1 %10773, true
	%10776 = icmp sge i32 %10774, %10586
	%10777 = and i1 %10775, %10776
	%10778 = mul i32 %3, 8
	%10779 = add i32 %10778, 2
	%10780 = sub i32 255, %10779
	%10781 = select i1 %10777, i32 %10780, i32 %10771
	%10782 = select i1 %10777, i32 %10764, i32 %10772
	%10783 = or i1 %10773, %10777
	%10784 = add i32 %10774, %10692
	%10785 = xor i1 %10783, true
	%10786 = icmp sge i32 %10784, %10586
	%10787 = and i1 %10785, %10786
	%10788 = mul i32 %3, 8
	%10789 = add i32 %10788, 3
	%10790 = sub i32 255, %10789
	%10791 = select i1 %10787, i32 %10790, i32 %10781
	%10792 = select i1 %10787, i32 %10774, i32 %10782
	%10793 = or i1 %10783, %10787
	%10794 = add i32 %10784, %10701
	%10795 = xor i1 %10793, true
	%10796 = icmp sge i32 %10794, %10586
	%10797 = and i1 %10795, %10796
	%10798 = mul i32 %3, 8
	%10799 = add i32 %10798, 4
	%10800 = sub i32 255, %10799
	%10801 = select i1 %10797, i32 %10800, i32 %10791
	%10802 = select i1 %10797, i32 %10784, i32 %10792
	%10803 = or i1 %10793, %10797
	%10804 = add i32 %10794, %10710
	%10805 = xor i1 %10803, true
	%10806 = icmp sge i32 %10804, %10586
	%10807 = and i1 %10805, %10806
	%10808 = mul i32 %3, 8
	%10809 = add i32 %10808, 5
	%10810 = sub i32 255, %10809
	%10811 = select i1 %10807, i32 %10810, i32 %10801
	%10812 = select i1 %10807, i32 %10794, i32 %10802
	%10813 = or i1 %10803, %10807
	%10814 = add i32 %10804, %10719
	%10815 = xor i1 %10813, true
	%10816 = icmp sge i32 %10814, %10586
	%10817 = and i1 %10815, %10816
	%10818 = mul i32 %3, 8
	%10819 = add i32 %10818, 6
	%10820 = sub i32 255, %10819
	%10821 = select i1 %10817, i32 %10820, i32 %10811
	%10822 = select i1 %10817, i32 %10804, i32 %10812
	%10823 = or i1 %10813, %10817
	%10824 = add i32 %10814, %10728
	%10825 = xor i1 %10823, true
	%10826 = icmp sge i32 %10824, %10586
	%10827 = and i1 %10825, %10826
	%10828 = mul i32 %3, 8
	%10829 = add i32 %10828, 7
	%10830 = sub i32 255, %10829
	%10831 = select i1 %10827, i32 %10830, i32 %10821
	%10832 = select i1 %10827, i32 %10814, i32 %10822
	%10833 = or i1 %10823, %10827
	%10834 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10753)
	%10835 = call i32 @llvm.cttz.i32(i32 %10834, i1 false)
	%10836 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10831, i32 %10835, i32 31)
	%10837 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10832, i32 %10835, i32 31)
	%10838 = shl i32 %10836, 0
	%10839 = or i32 %10583, %10838
	%10840 = shl i32 255, 0
	%10841 = or i32 %10585, %10840
	%10842 = sub i32 %10586, %10837
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9872

10843:
	%10844 = lshr i32 %10653, 0
	%10845 = and i32 %10844, 255
	%10846 = add i32 %9823, %10845
	%10847 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%10848 = bitcast i8 addrspace(3)* %10847 to i32 addrspace(3)*
	%10849 = getelementptr i32, i32 addrspace(3)* %10848, i32 %10846
	%10850 = atomicrmw add i32 addrspace(3)* %10849, i32 1 monotonic
	br label %10851

10851:
	%10852 = add i32 %10646, 32
	br label %10645

10853:
	%10854 = phi i32 [ 0, %9872 ], [ %10903, %10898 ]
	%10855 = phi i32 [ 0, %9872 ], [ %10900, %10898 ]
	%10856 = phi i32 [ 0, %9872 ], [ %10902, %10898 ]
	%10857 = icmp slt i32 %10854, %589
	br i1 %10857, label %10858, label %10861

10858:
	%10859 = add i32 %10854, %3
	%10860 = icmp slt i32 %10859, %589
	br i1 %10860, label %10862, label %10872

10861:
	br label %9402

10862:
	%10863 = add i32 %9400, %10859
	%10864 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%10865 = bitcast i8 addrspace(3)* %10864 to i32 addrspace(3)*
	%10866 = getelementptr i32, i32 addrspace(3)* %10865, i32 %10863
	%10867 = load i32, i32 addrspace(3)* %10866
	%10868 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%10869 = bitcast i8 addrspace(3)* %10868 to i32 addrspace(3)*
	%10870 = getelementptr i32, i32 addrspace(3)* %10869, i32 %10863
	%10871 = load i32, i32 addrspace(3)* %10870
	br label %10872

10872:
	%10873 = phi i32 [ 0, %10858 ], [ %10867, %10862 ]
	%10874 = phi i32 [ 0, %10858 ], [ %10871, %10862 ]
	%10875 = icmp eq i32 %10873, %9873
	%10876 = and i1 %10860, %10875
	%10877 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10876)
	%10878 = and i32 %10877, %9876
	%10879 = call i32 @llvm.ctpop.i32(i32 %10878)
	%10880 = add i32 %10856, %10879
	%10881 = icmp ugt i32 %10873, %9873
	%10882 = icmp slt i32 %10880, %9874
	%10883 = and i1 %10876, %10882
	%10884 = or i1 %10881, %10883
	%10885 = and i1 %10860, %10884
	%10886 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10885)
	%10887 = and i32 %10886, %9876
	%10888 = call i32 @llvm.ctpop.i32(i32 %10887)
	%10889 = add i32 %10855, %10888
	%10890 = add i32 %9400, %10889
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %10885, label %10891, label %10898

10891:
	%10892 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%10893 = bitcast i8 addrspace(3)* %10892 to i32 addrspace(3)*
	%10894 = getelementptr i32, i32 addrspace(3)* %10893, i32 %10890
	store i32 %10873, i32 addrspace(3)* %10894
	%10895 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%10896 = bitcast i8 addrspace(3)* %10895 to i32 addrspace(3)*
	%10897 = getelementptr i32, i32 addrspace(3)* %10896, i32 %10890
	store i32 %10874, i32 addrspace(3)* %10897
	br label %10898

10898:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10899 = call i32 @llvm.ctpop.i32(i32 %10886)
	%10900 = add i32 %10855, %10899
	%10901 = call i32 @llvm.ctpop.i32(i32 %10877)
	%10902 = add i32 %10856, %10901
	%10903 = add i32 %10854, 32
	br label %10853

10904:
	%10905 = phi i32 [ 0, %9402 ], [ %10935, %10929 ]
	%10906 = phi i32 [ 0, %9402 ], [ %10934, %10929 ]
	%10907 = icmp slt i32 %10905, %9403
	br i1 %10907, label %10908, label %10911

10908:
	%10909 = add i32 %10905, %3
	%10910 = icmp slt i32 %10909, %9403
	br i1 %10910, label %10912, label %10919

10911:
	br label %10936

10912:
	%10913 = mul i32 %420, 160
	%10914 = add i32 %10913, %10909
	%10915 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%10916 = bitcast i8 addrspace(3)* %10915 to i32 addrspace(3)*
	%10917 = getelementptr i32, i32 addrspace(3)* %10916, i32 %10914
	%10918 = load i32, i32 addrspace(3)* %10917
	br label %10919

10919:
	%10920 = phi i32 [ 0, %10908 ], [ %10918, %10912 ]
	br i1 %10910, label %10921, label %10929

10921:
	%10922 = add i32 0, %10909
	%10923 = icmp sgt i32 %10920, %447
	%10924 = select i1 %10923, i32 %9404, i32 0
	%10925 = add i32 %10922, %10924
	%10926 = add i32 %9408, %10925
	%10927 = sext i32 %10926 to i64
	%10928 = getelementptr i32, i32* %out, i64 %10927
	store i32 %10920, i32* %10928
	br label %10929

10929:
	%10930 = icmp slt i32 %10920, %444
	%10931 = and i1 %10910, %10930
	%10932 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10931)
	%10933 = call i32 @llvm.ctpop.i32(i32 %10932)
	%10934 = add i32 %10906, %10933
	%10935 = add i32 %10905, 32
	br label %10904

10936:
	%10937 = phi i32 [ %3, %10911 ], [ %10946, %10939 ]
	%10938 = icmp slt i32 %10937, %9404
	br i1 %10938, label %10939, label %10947

10939:
	%10940 = add i32 0, %10906
	%10941 = add i32 %10940, %10937
	%10942 = add i32 %444, %10937
	%10943 = add i32 %9408, %10941
	%10944 = sext i32 %10943 to i64
	%10945 = getelementptr i32, i32* %out, i64 %10944
	store i32 %10942, i32* %10945
	%10946 = add i32 %10937, 32
	br label %10936

10947:
	%10948 = icmp eq i32 %3, 0
	%10949 = icmp eq i32 0, 1
	%10950 = and i1 %10948, %10949
	br i1 %10950, label %10951, label %10955

10951:
	%10952 = add i32 %9408, 0
	%10953 = sext i32 %10952 to i64
	%10954 = getelementptr i32, i32* %out, i64 %10953
	store i32 0, i32* %10954
	br label %10955

10955:
	%10956 = add i32 %452, %9403
	%10957 = add i32 %10956, %3
	br label %10958

10958:
	%10959 = phi i32 [ %10957, %10955 ], [ %10965, %10961 ]
	%10960 = icmp slt i32 %10959, 8
	br i1 %10960, label %10961, label %10966

10961:
	%10962 = add i32 %9408, %10959
	%10963 = sext i32 %10962 to i64
	%10964 = getelementptr i32, i32* %out, i64 %10963
	store i32 -1, i32* %10964
	%10965 = add i32 %10959, 32
	br label %10958

10966:
	br label %9396

10967:
	%10968 = icmp sgt i32 %591, %499
	br i1 %10968, label %10972, label %10975

10969:
	%10970 = add i32 %5, %504
	%10971 = icmp slt i32 %10970, %M
	br i1 %10971, label %12540, label %12542

10972:
	%10973 = mul i32 %462, 160
	%10974 = icmp sle i32 %591, 64
	br i1 %10974, label %10982, label %10984

10975:
	%10976 = phi i32 [ %591, %10967 ], [ %499, %12434 ]
	%10977 = sub i32 %494, 0
	%10978 = mul i32 %2, %M
	%10979 = add i32 %5, %462
	%10980 = add i32 %10978, %10979
	%10981 = mul i32 %10980, 8
	br label %12477

10982:
	%10983 = icmp slt i32 %3, %591
	br i1 %10983, label %10988, label %10994

10984:
	%10985 = phi i32 [ 0, %10972 ], [ %11386, %11004 ]
	%10986 = phi i32 [ 0, %10972 ], [ %11394, %11004 ]
	%10987 = xor i1 %10974, true
	br i1 %10987, label %11395, label %11445

10988:
	%10989 = add i32 %10973, %3
	%10990 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%10991 = bitcast i8 addrspace(3)* %10990 to i32 addrspace(3)*
	%10992 = getelementptr i32, i32 addrspace(3)* %10991, i32 %10989
	%10993 = load i32, i32 addrspace(3)* %10992
	br label %10994

10994:
	%10995 = phi i32 [ 0, %10982 ], [ %10993, %10988 ]
	%10996 = add i32 %3, 32
	%10997 = icmp slt i32 %10996, %591
	br i1 %10997, label %10998, label %11004

10998:
	%10999 = add i32 %10973, %10996
	%11000 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%11001 = bitcast i8 addrspace(3)* %11000 to i32 addrspace(3)*
	%11002 = getelementptr i32, i32 addrspace(3)* %11001, i32 %10999
	%11003 = load i32, i32 addrspace(3)* %11002
	br label %11004

11004:
	%11005 = phi i32 [ 0, %10994 ], [ %11003, %10998 ]
	%11006 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10995, i32 1, i32 31)
	%11007 = and i32 %3, 2
	%11008 = icmp eq i32 %11007, 0
	%11009 = and i32 %3, 1
	%11010 = icmp eq i32 %11009, 0
	%11011 = icmp eq i1 %11008, %11010
	%11012 = icmp ugt i32 %10995, %11006
	%11013 = select i1 %11012, i32 %10995, i32 %11006
	%11014 = icmp ult i32 %10995, %11006
	%11015 = select i1 %11014, i32 %10995, i32 %11006
	%11016 = select i1 %11011, i32 %11013, i32 %11015
	%11017 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11016, i32 2, i32 31)
	%11018 = and i32 %3, 4
	%11019 = icmp eq i32 %11018, 0
	%11020 = and i32 %3, 2
	%11021 = icmp eq i32 %11020, 0
	%11022 = icmp eq i1 %11019, %11021
	%11023 = icmp ugt i32 %11016, %11017
	%11024 = select i1 %11023, i32 %11016, i32 %11017
	%11025 = icmp ult i32 %11016, %11017
	%11026 = select i1 %11025, i32 %11016, i32 %11017
	%11027 = select i1 %11022, i32 %11024, i32 %11026
	%11028 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11027, i32 1, i32 31)
	%11029 = and i32 %3, 4
	%11030 = icmp eq i32 %11029, 0
	%11031 = and i32 %3, 1
	%11032 = icmp eq i32 %11031, 0
	%11033 = icmp eq i1 %11030, %11032
	%11034 = icmp ugt i32 %11027, %11028
	%11035 = select i1 %11034, i32 %11027, i32 %11028
	%11036 = icmp ult i32 %11027, %11028
	%11037 = select i1 %11036, i32 %11027, i32 %11028
	%11038 = select i1 %11033, i32 %11035, i32 %11037
	%11039 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11038, i32 4, i32 31)
	%11040 = and i32 %3, 8
	%11041 = icmp eq i32 %11040, 0
	%11042 = and i32 %3, 4
	%11043 = icmp eq i32 %11042, 0
	%11044 = icmp eq i1 %11041, %11043
	%11045 = icmp ugt i32 %11038, %11039
	%11046 = select i1 %11045, i32 %11038, i32 %11039
	%11047 = icmp ult i32 %11038, %11039
	%11048 = select i1 %11047, i32 %11038, i32 %11039
	%11049 = select i1 %11044, i32 %11046, i32 %11048
	%11050 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11049, i32 2, i32 31)
	%11051 = and i32 %3, 8
	%11052 = icmp eq i32 %11051, 0
	%11053 = and i32 %3, 2
	%11054 = icmp eq i32 %11053, 0
	%11055 = icmp eq i1 %11052, %11054
	%11056 = icmp ugt i32 %11049, %11050
	%11057 = select i1 %11056, i32 %11049, i32 %11050
	%11058 = icmp ult i32 %11049, %11050
	%11059 = select i1 %11058, i32 %11049, i32 %11050
	%11060 = select i1 %11055, i32 %11057, i32 %11059
	%11061 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11060, i32 1, i32 31)
	%11062 = and i32 %3, 8
	%11063 = icmp eq i32 %11062, 0
	%11064 = and i32 %3, 1
	%11065 = icmp eq i32 %11064, 0
	%11066 = icmp eq i1 %11063, %11065
	%11067 = icmp ugt i32 %11060, %11061
	%11068 = select i1 %11067, i32 %11060, i32 %11061
	%11069 = icmp ult i32 %11060, %11061
	%11070 = select i1 %11069, i32 %11060, i32 %11061
	%11071 = select i1 %11066, i32 %11068, i32 %11070
	%11072 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11071, i32 8, i32 31)
	%11073 = and i32 %3, 16
	%11074 = icmp eq i32 %11073, 0
	%11075 = and i32 %3, 8
	%11076 = icmp eq i32 %11075, 0
	%11077 = icmp eq i1 %11074, %11076
	%11078 = icmp ugt i32 %11071, %11072
	%11079 = select i1 %11078, i32 %11071, i32 %11072
	%11080 = icmp ult i32 %11071, %11072
	%11081 = select i1 %11080, i32 %11071, i32 %11072
	%11082 = select i1 %11077, i32 %11079, i32 %11081
	%11083 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11082, i32 4, i32 31)
	%11084 = and i32 %3, 16
	%11085 = icmp eq i32 %11084, 0
	%11086 = and i32 %3, 4
	%11087 = icmp eq i32 %11086, 0
	%11088 = icmp eq i1 %11085, %11087
	%11089 = icmp ugt i32 %11082, %11083
	%11090 = select i1 %11089, i32 %11082, i32 %11083
	%11091 = icmp ult i32 %11082, %11083
	%11092 = select i1 %11091, i32 %11082, i32 %11083
	%11093 = select i1 %11088, i32 %11090, i32 %11092
	%11094 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11093, i32 2, i32 31)
	%11095 = and i32 %3, 16
	%11096 = icmp eq i32 %11095, 0
	%11097 = and i32 %3, 2
	%11098 = icmp eq i32 %11097, 0
	%11099 = icmp eq i1 %11096, %11098
	%11100 = icmp ugt i32 %11093, %11094
	%11101 = select i1 %11100, i32 %11093, i32 %11094
	%11102 = icmp ult i32 %11093, %11094
	%11103 = select i1 %11102, i32 %11093, i32 %11094
	%11104 = select i1 %11099, i32 %11101, i32 %11103
	%11105 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11104, i32 1, i32 31)
	%11106 = and i32 %3, 16
	%11107 = icmp eq i32 %11106, 0
	%11108 = and i32 %3, 1
	%11109 = icmp eq i32 %11108, 0
	%11110 = icmp eq i1 %11107, %11109
	%11111 = icmp ugt i32 %11104, %11105
	%11112 = select i1 %11111, i32 %11104, i32 %11105
	%11113 = icmp ult i32 %11104, %11105
	%11114 = select i1 %11113, i32 %11104, i32 %11105
	%11115 = select i1 %11110, i32 %11112, i32 %11114
	%11116 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11115, i32 16, i32 31)
	%11117 = and i32 %3, 32
	%11118 = icmp eq i32 %11117, 0
	%11119 = and i32 %3, 16
	%11120 = icmp eq i32 %11119, 0
	%11121 = icmp eq i1 %11118, %11120
	%11122 = icmp ugt i32 %11115, %11116
	%11123 = select i1 %11122, i32 %11115, i32 %11116
	%11124 = icmp ult i32 %11115, %11116
	%11125 = select i1 %11124, i32 %11115, i32 %11116
	%11126 = select i1 %11121, i32 %11123, i32 %11125
	%11127 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11126, i32 8, i32 31)
	%11128 = and i32 %3, 32
	%11129 = icmp eq i32 %11128, 0
	%11130 = and i32 %3, 8
	%11131 = icmp eq i32 %11130, 0
	%11132 = icmp eq i1 %11129, %11131
	%11133 = icmp ugt i32 %11126, %11127
	%11134 = select i1 %11133, i32 %11126, i32 %11127
	%11135 = icmp ult i32 %11126, %11127
	%11136 = select i1 %11135, i32 %11126, i32 %11127
	%11137 = select i1 %11132, i32 %11134, i32 %11136
	%11138 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11137, i32 4, i32 31)
	%11139 = and i32 %3, 32
	%11140 = icmp eq i32 %11139, 0
	%11141 = and i32 %3, 4
	%11142 = icmp eq i32 %11141, 0
	%11143 = icmp eq i1 %11140, %11142
	%11144 = icmp ugt i32 %11137, %11138
	%11145 = select i1 %11144, i32 %11137, i32 %11138
	%11146 = icmp ult i32 %11137, %11138
	%11147 = select i1 %11146, i32 %11137, i32 %11138
	%11148 = select i1 %11143, i32 %11145, i32 %11147
	%11149 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11148, i32 2, i32 31)
	%11150 = and i32 %3, 32
	%11151 = icmp eq i32 %11150, 0
	%11152 = and i32 %3, 2
	%11153 = icmp eq i32 %11152, 0
	%11154 = icmp eq i1 %11151, %11153
	%11155 = icmp ugt i32 %11148, %11149
	%11156 = select i1 %11155, i32 %11148, i32 %11149
	%11157 = icmp ult i32 %11148, %11149
	%11158 = select i1 %11157, i32 %11148, i32 %11149
	%11159 = select i1 %11154, i32 %11156, i32 %11158
	%11160 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11159, i32 1, i32 31)
	%11161 = and i32 %3, 32
	%11162 = icmp eq i32 %11161, 0
	%11163 = and i32 %3, 1
	%11164 = icmp eq i32 %11163, 0
	%11165 = icmp eq i1 %11162, %11164
	%11166 = icmp ugt i32 %11159, %11160
	%11167 = select i1 %11166, i32 %11159, i32 %11160
	%11168 = icmp ult i32 %11159, %11160
	%11169 = select i1 %11168, i32 %11159, i32 %11160
	%11170 = select i1 %11165, i32 %11167, i32 %11169
	%11171 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11005, i32 1, i32 31)
	%11172 = and i32 %3, 2
	%11173 = icmp eq i32 %11172, 0
	%11174 = and i32 %3, 1
	%11175 = icmp eq i32 %11174, 0
	%11176 = icmp eq i1 %11173, %11175
	%11177 = icmp ugt i32 %11005, %11171
	%11178 = select i1 %11177, i32 %11005, i32 %11171
	%11179 = icmp ult i32 %11005, %11171
	%11180 = select i1 %11179, i32 %11005, i32 %11171
	%11181 = select i1 %11176, i32 %11178, i32 %11180
	%11182 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11181, i32 2, i32 31)
	%11183 = and i32 %3, 4
	%11184 = icmp eq i32 %11183, 0
	%11185 = and i32 %3, 2
	%11186 = icmp eq i32 %11185, 0
	%11187 = icmp eq i1 %11184, %11186
	%11188 = icmp ugt i32 %11181, %11182
	%11189 = select i1 %11188, i32 %11181, i32 %11182
	%11190 = icmp ult i32 %11181, %11182
	%11191 = select i1 %11190, i32 %11181, i32 %11182
	%11192 = select i1 %11187, i32 %11189, i32 %11191
	%11193 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11192, i32 1, i32 31)
	%11194 = and i32 %3, 4
	%11195 = icmp eq i32 %11194, 0
	%11196 = and i32 %3, 1
	%11197 = icmp eq i32 %11196, 0
	%11198 = icmp eq i1 %11195, %11197
	%11199 = icmp ugt i32 %11192, %11193
	%11200 = select i1 %11199, i32 %11192, i32 %11193
	%11201 = icmp ult i32 %11192, %11193
	%11202 = select i1 %11201, i32 %11192, i32 %11193
	%11203 = select i1 %11198, i32 %11200, i32 %11202
	%11204 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11203, i32 4, i32 31)
	%11205 = and i32 %3, 8
	%11206 = icmp eq i32 %11205, 0
	%11207 = and i32 %3, 4
	%11208 = icmp eq i32 %11207, 0
	%11209 = icmp eq i1 %11206, %11208
	%11210 = icmp ugt i32 %11203, %11204
	%11211 = select i1 %11210, i32 %11203, i32 %11204
	%11212 = icmp ult i32 %11203, %11204
	%11213 = select i1 %11212, i32 %11203, i32 %11204
	%11214 = select i1 %11209, i32 %11211, i32 %11213
	%11215 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11214, i32 2, i32 31)
	%11216 = and i32 %3, 8
	%11217 = icmp eq i32 %11216, 0
	%11218 = and i32 %3, 2
	%11219 = icmp eq i32 %11218, 0
	%11220 = icmp eq i1 %11217, %11219
	%11221 = icmp ugt i32 %11214, %11215
	%11222 = select i1 %11221, i32 %11214, i32 %11215
	%11223 = icmp ult i32 %11214, %11215
	%11224 = select i1 %11223, i32 %11214, i32 %11215
	%11225 = select i1 %11220, i32 %11222, i32 %11224
	%11226 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11225, i32 1, i32 31)
	%11227 = and i32 %3, 8
	%11228 = icmp eq i32 %11227, 0
	%11229 = and i32 %3, 1
	%11230 = icmp eq i32 %11229, 0
	%11231 = icmp eq i1 %11228, %11230
	%11232 = icmp ugt i32 %11225, %11226
	%11233 = select i1 %11232, i32 %11225, i32 %11226
	%11234 = icmp ult i32 %11225, %11226
	%11235 = select i1 %11234, i32 %11225, i32 %11226
	%11236 = select i1 %11231, i32 %11233, i32 %11235
	%11237 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11236, i32 8, i32 31)
	%11238 = and i32 %3, 16
	%11239 = icmp eq i32 %11238, 0
	%11240 = and i32 %3, 8
	%11241 = icmp eq i32 %11240, 0
	%11242 = icmp eq i1 %11239, %11241
	%11243 = icmp ugt i32 %11236, %11237
	%11244 = select i1 %11243, i32 %11236, i32 %11237
	%11245 = icmp ult i32 %11236, %11237
	%11246 = select i1 %11245, i32 %11236, i32 %11237
	%11247 = select i1 %11242, i32 %11244, i32 %11246
	%11248 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11247, i32 4, i32 31)
	%11249 = and i32 %3, 16
	%11250 = icmp eq i32 %11249, 0
	%11251 = and i32 %3, 4
	%11252 = icmp eq i32 %11251, 0
	%11253 = icmp eq i1 %11250, %11252
	%11254 = icmp ugt i32 %11247, %11248
	%11255 = select i1 %11254, i32 %11247, i32 %11248
	%11256 = icmp ult i32 %11247, %11248
	%11257 = select i1 %11256, i32 %11247, i32 %11248
	%11258 = select i1 %11253, i32 %11255, i32 %11257
	%11259 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11258, i32 2, i32 31)
	%11260 = and i32 %3, 16
	%11261 = icmp eq i32 %11260, 0
	%11262 = and i32 %3, 2
	%11263 = icmp eq i32 %11262, 0
	%11264 = icmp eq i1 %11261, %11263
	%11265 = icmp ugt i32 %11258, %11259
	%11266 = select i1 %11265, i32 %11258, i32 %11259
	%11267 = icmp ult i32 %11258, %11259
	%11268 = select i1 %11267, i32 %11258, i32 %11259
	%11269 = select i1 %11264, i32 %11266, i32 %11268
	%11270 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11269, i32 1, i32 31)
	%11271 = and i32 %3, 16
	%11272 = icmp eq i32 %11271, 0
	%11273 = and i32 %3, 1
	%11274 = icmp eq i32 %11273, 0
	%11275 = icmp eq i1 %11272, %11274
	%11276 = icmp ugt i32 %11269, %11270
	%11277 = select i1 %11276, i32 %11269, i32 %11270
	%11278 = icmp ult i32 %11269, %11270
	%11279 = select i1 %11278, i32 %11269, i32 %11270
	%11280 = select i1 %11275, i32 %11277, i32 %11279
	%11281 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11280, i32 16, i32 31)
	%11282 = and i32 %3, 32
	%11283 = icmp eq i32 %11282, 0
	%11284 = and i32 %3, 16
	%11285 = icmp eq i32 %11284, 0
	%11286 = icmp eq i1 %11283, %11285
	%11287 = icmp ugt i32 %11280, %11281
	%11288 = select i1 %11287, i32 %11280, i32 %11281
	%11289 = icmp ult i32 %11280, %11281
	%11290 = select i1 %11289, i32 %11280, i32 %11281
	%11291 = select i1 %11286, i32 %11288, i32 %11290
	%11292 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11291, i32 8, i32 31)
	%11293 = and i32 %3, 32
	%11294 = icmp eq i32 %11293, 0
	%11295 = and i32 %3, 8
	%11296 = icmp eq i32 %11295, 0
	%11297 = icmp eq i1 %11294, %11296
	%11298 = icmp ugt i32 %11291, %11292
	%11299 = select i1 %11298, i32 %11291, i32 %11292
	%11300 = icmp ult i32 %11291, %11292
	%11301 = select i1 %11300, i32 %11291, i32 %11292
	%11302 = select i1 %11297, i32 %11299, i32 %11301
	%11303 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11302, i32 4, i32 31)
	%11304 = and i32 %3, 32
	%11305 = icmp eq i32 %11304, 0
	%11306 = and i32 %3, 4
	%11307 = icmp eq i32 %11306, 0
	%11308 = icmp eq i1 %11305, %11307
	%11309 = icmp ugt i32 %11302, %11303
	%11310 = select i1 %11309, i32 %11302, i32 %11303
	%11311 = icmp ult i32 %11302, %11303
	%11312 = select i1 %11311, i32 %11302, i32 %11303
	%11313 = select i1 %11308, i32 %11310, i32 %11312
	%11314 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11313, i32 2, i32 31)
	%11315 = and i32 %3, 32
	%11316 = icmp eq i32 %11315, 0
	%11317 = and i32 %3, 2
	%11318 = icmp eq i32 %11317, 0
	%11319 = icmp eq i1 %11316, %11318
	%11320 = icmp ugt i32 %11313, %11314
	%11321 = select i1 %11320, i32 %11313, i32 %11314
	%11322 = icmp ult i32 %11313, %11314
	%11323 = select i1 %11322, i32 %11313, i32 %11314
	%11324 = select i1 %11319, i32 %11321, i32 %11323
	%11325 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11324, i32 1, i32 31)
	%11326 = and i32 %3, 32
	%11327 = icmp eq i32 %11326, 0
	%11328 = and i32 %3, 1
	%11329 = icmp eq i32 %11328, 0
	%11330 = icmp eq i1 %11327, %11329
	%11331 = icmp ugt i32 %11324, %11325
	%11332 = select i1 %11331, i32 %11324, i32 %11325
	%11333 = icmp ult i32 %11324, %11325
	%11334 = select i1 %11333, i32 %11324, i32 %11325
	%11335 = select i1 %11330, i32 %11332, i32 %11334
	%11336 = sub i32 31, %3
	%11337 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11335, i32 %11336, i32 31)
	%11338 = icmp ugt i32 %11170, %11337
	%11339 = select i1 %11338, i32 %11170, i32 %11337
	%11340 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11339, i32 16, i32 31)
	%11341 = and i32 %3, 16
	%11342 = icmp eq i32 %11341, 0
	%11343 = icmp eq i1 true, %11342
	%11344 = icmp ugt i32 %11339, %11340
	%11345 = select i1 %11344, i32 %11339, i32 %11340
	%11346 = icmp ult i32 %11339, %11340
	%11347 = select i1 %11346, i32 %11339, i32 %11340
	%11348 = select i1 %11343, i32 %11345, i32 %11347
	%11349 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11348, i32 8, i32 31)
	%11350 = and i32 %3, 8
	%11351 = icmp eq i32 %11350, 0
	%11352 = icmp eq i1 true, %11351
	%11353 = icmp ugt i32 %11348, %11349
	%11354 = select i1 %11353, i32 %11348, i32 %11349
	%11355 = icmp ult i32 %11348, %11349
	%11356 = select i1 %11355, i32 %11348, i32 %11349
	%11357 = select i1 %11352, i32 %11354, i32 %11356
	%11358 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11357, i32 4, i32 31)
	%11359 = and i32 %3, 4
	%11360 = icmp eq i32 %11359, 0
	%11361 = icmp eq i1 true, %11360
	%11362 = icmp ugt i32 %11357, %11358
	%11363 = select i1 %11362, i32 %11357, i32 %11358
	%11364 = icmp ult i32 %11357, %11358
	%11365 = select i1 %11364, i32 %11357, i32 %11358
	%11366 = select i1 %11361, i32 %11363, i32 %11365
	%11367 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11366, i32 2, i32 31)
	%11368 = and i32 %3, 2
	%11369 = icmp eq i32 %11368, 0
	%11370 = icmp eq i1 true, %11369
	%11371 = icmp ugt i32 %11366, %11367
	%11372 = select i1 %11371, i32 %11366, i32 %11367
	%11373 = icmp ult i32 %11366, %11367
	%11374 = select i1 %11373, i32 %11366, i32 %11367
	%11375 = select i1 %11370, i32 %11372, i32 %11374
	%11376 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11375, i32 1, i32 31)
	%11377 = and i32 %3, 1
	%11378 = icmp eq i32 %11377, 0
	%11379 = icmp eq i1 true, %11378
	%11380 = icmp ugt i32 %11375, %11376
	%11381 = select i1 %11380, i32 %11375, i32 %11376
	%11382 = icmp ult i32 %11375, %11376
	%11383 = select i1 %11382, i32 %11375, i32 %11376
	%11384 = select i1 %11379, i32 %11381, i32 %11383
	%11385 = sub i32 %499, 1
	%11386 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11384, i32 %11385, i32 31)
	%11387 = icmp ugt i32 %10995, %11386
	%11388 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11387)
	%11389 = call i32 @llvm.ctpop.i32(i32 %11388)
	%11390 = icmp ugt i32 %11005, %11386
	%11391 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11390)
	%11392 = call i32 @llvm.ctpop.i32(i32 %11391)
	%11393 = add i32 %11389, %11392
	%11394 = sub i32 %499, %11393
	br label %10984

11395:
	%11396 = mul i32 %4, 256
	%11397 = mul i32 %3, 8
	%11398 = add i32 %11397, 0
	%11399 = add i32 %11396, %11398
	%11400 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11401 = bitcast i8 addrspace(3)* %11400 to i32 addrspace(3)*
	%11402 = getelementptr i32, i32 addrspace(3)* %11401, i32 %11399
	store i32 0, i32 addrspace(3)* %11402
	%11403 = mul i32 %3, 8
	%11404 = add i32 %11403, 1
	%11405 = add i32 %11396, %11404
	%11406 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11407 = bitcast i8 addrspace(3)* %11406 to i32 addrspace(3)*
	%11408 = getelementptr i32, i32 addrspace(3)* %11407, i32 %11405
	store i32 0, i32 addrspace(3)* %11408
	%11409 = mul i32 %3, 8
	%11410 = add i32 %11409, 2
	%11411 = add i32 %11396, %11410
	%11412 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11413 = bitcast i8 addrspace(3)* %11412 to i32 addrspace(3)*
	%11414 = getelementptr i32, i32 addrspace(3)* %11413, i32 %11411
	store i32 0, i32 addrspace(3)* %11414
	%11415 = mul i32 %3, 8
	%11416 = add i32 %11415, 3
	%11417 = add i32 %11396, %11416
	%11418 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11419 = bitcast i8 addrspace(3)* %11418 to i32 addrspace(3)*
	%11420 = getelementptr i32, i32 addrspace(3)* %11419, i32 %11417
	store i32 0, i32 addrspace(3)* %11420
	%11421 = mul i32 %3, 8
	%11422 = add i32 %11421, 4
	%11423 = add i32 %11396, %11422
	%11424 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11425 = bitcast i8 addrspace(3)* %11424 to i32 addrspace(3)*
	%11426 = getelementptr i32, i32 addrspace(3)* %11425, i32 %11423
	store i32 0, i32 addrspace(3)* %11426
	%11427 = mul i32 %3, 8
	%11428 = add i32 %11427, 5
	%11429 = add i32 %11396, %11428
	%11430 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11431 = bitcast i8 addrspace(3)* %11430 to i32 addrspace(3)*
	%11432 = getelementptr i32, i32 addrspace(3)* %11431, i32 %11429
	store i32 0, i32 addrspace(3)* %11432
	%11433 = mul i32 %3, 8
	%11434 = add i32 %11433, 6
	%11435 = add i32 %11396, %11434
	%11436 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11437 = bitcast i8 addrspace(3)* %11436 to i32 addrspace(3)*
	%11438 = getelementptr i32, i32 addrspace(3)* %11437, i32 %11435
	store i32 0, i32 addrspace(3)* %11438
	%11439 = mul i32 %3, 8
	%11440 = add i32 %11439, 7
	%11441 = add i32 %11396, %11440
	%11442 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11443 = bitcast i8 addrspace(3)* %11442 to i32 addrspace(3)*
	%11444 = getelementptr i32, i32 addrspace(3)* %11443, i32 %11441
	store i32 0, i32 addrspace(3)* %11444
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11450

11445:
	%11446 = phi i32 [ %10985, %10984 ], [ %12412, %12230 ]
	%11447 = phi i32 [ %10986, %10984 ], [ %12415, %12230 ]
	%11448 = shl i32 1, %3
	%11449 = sub i32 %11448, 1
	br label %12426

11450:
	%11451 = phi i32 [ %3, %11395 ], [ %11705, %11704 ]
	%11452 = icmp slt i32 %11451, %591
	br i1 %11452, label %11453, label %11462

11453:
	%11454 = add i32 %10973, %11451
	%11455 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%11456 = bitcast i8 addrspace(3)* %11455 to i32 addrspace(3)*
	%11457 = getelementptr i32, i32 addrspace(3)* %11456, i32 %11454
	%11458 = load i32, i32 addrspace(3)* %11457
	%11459 = and i32 %11458, 0
	%11460 = icmp eq i32 %11459, 0
	%11461 = and i1 true, %11460
	br i1 %11461, label %11696, label %11704

11462:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11463 = mul i32 %3, 8
	%11464 = add i32 %11463, 0
	%11465 = sub i32 255, %11464
	%11466 = add i32 %11396, %11465
	%11467 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11468 = bitcast i8 addrspace(3)* %11467 to i32 addrspace(3)*
	%11469 = getelementptr i32, i32 addrspace(3)* %11468, i32 %11466
	%11470 = load i32, i32 addrspace(3)* %11469
	%11471 = add i32 0, %11470
	%11472 = mul i32 %3, 8
	%11473 = add i32 %11472, 1
	%11474 = sub i32 255, %11473
	%11475 = add i32 %11396, %11474
	%11476 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11477 = bitcast i8 addrspace(3)* %11476 to i32 addrspace(3)*
	%11478 = getelementptr i32, i32 addrspace(3)* %11477, i32 %11475
	%11479 = load i32, i32 addrspace(3)* %11478
	%11480 = add i32 %11471, %11479
	%11481 = mul i32 %3, 8
	%11482 = add i32 %11481, 2
	%11483 = sub i32 255, %11482
	%11484 = add i32 %11396, %11483
	%11485 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11486 = bitcast i8 addrspace(3)* %11485 to i32 addrspace(3)*
	%11487 = getelementptr i32, i32 addrspace(3)* %11486, i32 %11484
	%11488 = load i32, i32 addrspace(3)* %11487
	%11489 = add i32 %11480, %11488
	%11490 = mul i32 %3, 8
	%11491 = add i32 %11490, 3
	%11492 = sub i32 255, %11491
	%11493 = add i32 %11396, %11492
	%11494 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11495 = bitcast i8 addrspace(3)* %11494 to i32 addrspace(3)*
	%11496 = getelementptr i32, i32 addrspace(3)* %11495, i32 %11493
	%11497 = load i32, i32 addrspace(3)* %11496
	%11498 = add i32 %11489, %11497
	%11499 = mul i32 %3, 8
	%11500 = add i32 %11499, 4
	%11501 = sub i32 255, %11500
	%11502 = add i32 %11396, %11501
	%11503 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11504 = bitcast i8 addrspace(3)* %11503 to i32 addrspace(3)*
	%11505 = getelementptr i32, i32 addrspace(3)* %11504, i32 %11502
	%11506 = load i32, i32 addrspace(3)* %11505
	%11507 = add i32 %11498, %11506
	%11508 = mul i32 %3, 8
	%11509 = add i32 %11508, 5
	%11510 = sub i32 255, %11509
	%11511 = add i32 %11396, %11510
	%11512 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11513 = bitcast i8 addrspace(3)* %11512 to i32 addrspace(3)*
	%11514 = getelementptr i32, i32 addrspace(3)* %11513, i32 %11511
	%11515 = load i32, i32 addrspace(3)* %11514
	%11516 = add i32 %11507, %11515
	%11517 = mul i32 %3, 8
	%11518 = add i32 %11517, 6
	%11519 = sub i32 255, %11518
	%11520 = add i32 %11396, %11519
	%11521 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11522 = bitcast i8 addrspace(3)* %11521 to i32 addrspace(3)*
	%11523 = getelementptr i32, i32 addrspace(3)* %11522, i32 %11520
	%11524 = load i32, i32 addrspace(3)* %11523
	%11525 = add i32 %11516, %11524
	%11526 = mul i32 %3, 8
	%11527 = add i32 %11526, 7
	%11528 = sub i32 255, %11527
	%11529 = add i32 %11396, %11528
	%11530 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11531 = bitcast i8 addrspace(3)* %11530 to i32 addrspace(3)*
	%11532 = getelementptr i32, i32 addrspace(3)* %11531, i32 %11529
	%11533 = load i32, i32 addrspace(3)* %11532
	%11534 = add i32 %11525, %11533
	%11535 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11534, i32 1, i32 0)
	%11536 = icmp uge i32 %3, 1
	%11537 = select i1 %11536, i32 %11535, i32 0
	%11538 = add i32 %11534, %11537
	%11539 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11538, i32 2, i32 0)
	%11540 = icmp uge i32 %3, 2
	%11541 = select i1 %11540, i32 %11539, i32 0
	%11542 = add i32 %11538, %11541
	%11543 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11542, i32 4, i32 0)
	%11544 = icmp uge i32 %3, 4
	%11545 = select i1 %11544, i32 %11543, i32 0
	%11546 = add i32 %11542, %11545
	%11547 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11546, i32 8, i32 0)
	%11548 = icmp uge i32 %3, 8
	%11549 = select i1 %11548, i32 %11547, i32 0
	%11550 = add i32 %11546, %11549
	%11551 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11550, i32 16, i32 0)
	%11552 = icmp uge i32 %3, 16
	%11553 = select i1 %11552, i32 %11551, i32 0
	%11554 = add i32 %11550, %11553
	%11555 = sub i32 %11554, %11534
	%11556 = icmp slt i32 %11555, %499
	%11557 = icmp sge i32 %11554, %499
	%11558 = and i1 %11556, %11557
	%11559 = add i32 %11555, %11470
	%11560 = xor i1 false, true
	%11561 = icmp sge i32 %11559, %499
	%11562 = and i1 %11560, %11561
	%11563 = mul i32 %3, 8
	%11564 = add i32 %11563, 0
	%11565 = sub i32 255, %11564
	%11566 = select i1 %11562, i32 %11565, i32 0
	%11567 = select i1 %11562, i32 %11555, i32 0
	%11568 = or i1 false, %11562
	%11569 = add i32 %11559, %11479
	%11570 = xor i1 %11568, true
	%11571 = icmp sge i32 %11569, %499
	%11572 = and i1 %11570, %11571
	%11573 = mul i32 %3, 8
	%11574 = add i32 %11573, 1
	%11575 = sub i32 255, %11574
	%11576 = select i1 %11572, i32 %11575, i32 %11566
	%11577 = select i1 %11572, i32 %11559, i32 %11567
	%11578 = or i1 %11568, %11572
	%11579 = add i32 %11569, %11488
	%11580 = xor i1 %11578, true
	%11581 = icmp sge i32 %11579, %499
	%11582 = and i1 %11580, %11581
	%11583 = mul i32 %3, 8
	%11584 = add i32 %11583, 2
	%11585 = sub i32 255, %11584
	%11586 = select i1 %11582, i32 %11585, i32 %11576
	%11587 = select i1 %11582, i32 %11569, i32 %11577
	%11588 = or i1 %11578, %11582
	%11589 = add i32 %11579, %11497
	%11590 = xor i1 %11588, true
	%11591 = icmp sge i32 %11589, %499
	%11592 = and i1 %11590, %11591
	%11593 = mul i32 %3, 8
	%11594 = add i32 %11593, 3
	%11595 = sub i32 255, %11594
	%11596 = select i1 %11592, i32 %11595, i32 %11586
	%11597 = select i1 %11592, i32 %11579, i32 %11587
	%11598 = or i1 %11588, %11592
	%11599 = add i32 %11589, %11506
	%11600 = xor i1 %11598, true
	%11601 = icmp sge i32 %11599, %499
	%11602 = and i1 %11600, %11601
	%11603 = mul i32 %3, 8
	%11604 = add i32 %11603, 4
	%11605 = sub i32 255, %11604
	%11606 = select i1 %11602, i32 %11605, i32 %11596
	%11607 = select i1 %11602, i32 %11589, i32 %11597
	%11608 = or i1 %11598, %11602
	%11609 = add i32 %11599, %11515
	%11610 = xor i1 %11608, true
	%11611 = icmp sge i32 %11609, %499
	%11612 = and i1 %11610, %11611
	%11613 = mul i32 %3, 8
	%11614 = add i32 %11613, 5
	%11615 = sub i32 255, %11614
	%11616 = select i1 %11612, i32 %11615, i32 %11606
	%11617 = select i1 %11612, i32 %11599, i32 %11607
	%11618 = or i1 %11608, %11612
	%11619 = add i32 %11609, %11524
	%11620 = xor i1 %11618, true
	%11621 = icmp sge i32 %11619, %499
	%11622 = and i1 %11620, %11621
	%11623 = mul i32 %3, 8
	%11624 = add i32 %11623, 6
	%11625 = sub i32 255, %11624
	%11626 = select i1 %11622, i32 %11625, i32 %11616
	%11627 = select i1 %11622, i32 %11609, i32 %11617
	%11628 = or i1 %11618, %11622
	%11629 = add i32 %11619, %11533
	%11630 = xor i1 %11628, true
	%11631 = icmp sge i32 %11629, %499
	%11632 = and i1 %11630, %11631
	%11633 = mul i32 %3, 8
	%11634 = add i32 %11633, 7
	%11635 = sub i32 255, %11634
	%11636 = select i1 %11632, i32 %11635, i32 %11626
	%11637 = select i1 %11632, i32 %11619, i32 %11627
	%11638 = or i1 %11628, %11632
	%11639 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11558)
	%11640 = call i32 @llvm.cttz.i32(i32 %11639, i1 false)
	%11641 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11636, i32 %11640, i32 31)
	%11642 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11637, i32 %11640, i32 31)
	%11643 = shl i32 %11641, 24
	%11644 = or i32 0, %11643
	%11645 = shl i32 255, 24
	%11646 = or i32 0, %11645
	%11647 = sub i32 %499, %11642
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11648 = mul i32 %3, 8
	%11649 = add i32 %11648, 0
	%11650 = add i32 %11396, %11649
	%11651 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11652 = bitcast i8 addrspace(3)* %11651 to i32 addrspace(3)*
	%11653 = getelementptr i32, i32 addrspace(3)* %11652, i32 %11650
	store i32 0, i32 addrspace(3)* %11653
	%11654 = mul i32 %3, 8
	%11655 = add i32 %11654, 1
	%11656 = add i32 %11396, %11655
	%11657 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11658 = bitcast i8 addrspace(3)* %11657 to i32 addrspace(3)*
	%11659 = getelementptr i32, i32 addrspace(3)* %11658, i32 %11656
	store i32 0, i32 addrspace(3)* %11659
	%11660 = mul i32 %3, 8
	%11661 = add i32 %11660, 2
	%11662 = add i32 %11396, %11661
	%11663 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11664 = bitcast i8 addrspace(3)* %11663 to i32 addrspace(3)*
	%11665 = getelementptr i32, i32 addrspace(3)* %11664, i32 %11662
	store i32 0, i32 addrspace(3)* %11665
	%11666 = mul i32 %3, 8
	%11667 = add i32 %11666, 3
	%11668 = add i32 %11396, %11667
	%11669 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11670 = bitcast i8 addrspace(3)* %11669 to i32 addrspace(3)*
	%11671 = getelementptr i32, i32 addrspace(3)* %11670, i32 %11668
	store i32 0, i32 addrspace(3)* %11671
	%11672 = mul i32 %3, 8
	%11673 = add i32 %11672, 4
	%11674 = add i32 %11396, %11673
	%11675 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11676 = bitcast i8 addrspace(3)* %11675 to i32 addrspace(3)*
	%11677 = getelementptr i32, i32 addrspace(3)* %11676, i32 %11674
	store i32 0, i32 addrspace(3)* %11677
	%11678 = mul i32 %3, 8
	%11679 = add i32 %11678, 5
	%11680 = add i32 %11396, %11679
	%11681 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11682 = bitcast i8 addrspace(3)* %11681 to i32 addrspace(3)*
	%11683 = getelementptr i32, i32 addrspace(3)* %11682, i32 %11680
	store i32 0, i32 addrspace(3)* %11683
	%11684 = mul i32 %3, 8
	%11685 = add i32 %11684, 6
	%11686 = add i32 %11396, %11685
	%11687 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11688 = bitcast i8 addrspace(3)* %11687 to i32 addrspace(3)*
	%11689 = getelementptr i32, i32 addrspace(3)* %11688, i32 %11686
	store i32 0, i32 addrspace(3)* %11689
	%11690 = mul i32 %3, 8
	%11691 = add i32 %11690, 7
	%11692 = add i32 %11396, %11691
	%11693 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11694 = bitcast i8 addrspace(3)* %11693 to i32 addrspace(3)*
	%11695 = getelementptr i32, i32 addrspace(3)* %11694, i32 %11692
	store i32 0, i32 addrspace(3)* %11695
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11706

11696:
	%11697 = lshr i32 %11458, 24
	%11698 = and i32 %11697, 255
	%11699 = add i32 %11396, %11698
	%11700 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11701 = bitcast i8 addrspace(3)* %11700 to i32 addrspace(3)*
	%11702 = getelementptr i32, i32 addrspace(3)* %11701, i32 %11699
	%11703 = atomicrmw add i32 addrspace(3)* %11702, i32 1 monotonic
	br label %11704

11704:
	%11705 = add i32 %11451, 32
	br label %11450

11706:
	%11707 = phi i32 [ %3, %11462 ], [ %11961, %11960 ]
	%11708 = icmp slt i32 %11707, %591
	br i1 %11708, label %11709, label %11718

11709:
	%11710 = add i32 %10973, %11707
	%11711 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%11712 = bitcast i8 addrspace(3)* %11711 to i32 addrspace(3)*
	%11713 = getelementptr i32, i32 addrspace(3)* %11712, i32 %11710
	%11714 = load i32, i32 addrspace(3)* %11713
	%11715 = and i32 %11714, %11646
	%11716 = icmp eq i32 %11715, %11644
	%11717 = and i1 true, %11716
	br i1 %11717, label %11952, label %11960

11718:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11719 = mul i32 %3, 8
	%11720 = add i32 %11719, 0
	%11721 = sub i32 255, %11720
	%11722 = add i32 %11396, %11721
	%11723 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11724 = bitcast i8 addrspace(3)* %11723 to i32 addrspace(3)*
	%11725 = getelementptr i32, i32 addrspace(3)* %11724, i32 %11722
	%11726 = load i32, i32 addrspace(3)* %11725
	%11727 = add i32 0, %11726
	%11728 = mul i32 %3, 8
	%11729 = add i32 %11728, 1
	%11730 = sub i32 255, %11729
	%11731 = add i32 %11396, %11730
	%11732 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11733 = bitcast i8 addrspace(3)* %11732 to i32 addrspace(3)*
	%11734 = getelementptr i32, i32 addrspace(3)* %11733, i32 %11731
	%11735 = load i32, i32 addrspace(3)* %11734
	%11736 = add i32 %11727, %11735
	%11737 = mul i32 %3, 8
	%11738 = add i32 %11737, 2
	%11739 = sub i32 255, %11738
	%11740 = add i32 %11396, %11739
	%11741 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11742 = bitcast i8 addrspace(3)* %11741 to i32 addrspace(3)*
	%11743 = getelementptr i32, i32 addrspace(3)* %11742, i32 %11740
	%11744 = load i32, i32 addrspace(3)* %11743
	%11745 = add i32 %11736, %11744
	%11746 = mul i32 %3, 8
	%11747 = add i32 %11746, 3
	%11748 = sub i32 255, %11747
	%11749 = add i32 %11396, %11748
	%11750 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11751 = bitcast i8 addrspace(3)* %11750 to i32 addrspace(3)*
	%11752 = getelementptr i32, i32 addrspace(3)* %11751, i32 %11749
	%11753 = load i32, i32 addrspace(3)* %11752
	%11754 = add i32 %11745, %11753
	%11755 = mul i32 %3, 8
	%11756 = add i32 %11755, 4
	%11757 = sub i32 255, %11756
	%11758 = add i32 %11396, %11757
	%11759 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11760 = bitcast i8 addrspace(3)* %11759 to i32 addrspace(3)*
	%11761 = getelementptr i32, i32 addrspace(3)* %11760, i32 %11758
	%11762 = load i32, i32 addrspace(3)* %11761
	%11763 = add i32 %11754, %11762
	%11764 = mul i32 %3, 8
	%11765 = add i32 %11764, 5
	%11766 = sub i32 255, %11765
	%11767 = add i32 %11396, %11766
	%11768 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11769 = bitcast i8 addrspace(3)* %11768 to i32 addrspace(3)*
	%11770 = getelementptr i32, i32 addrspace(3)* %11769, i32 %11767
	%11771 = load i32, i32 addrspace(3)* %11770
	%11772 = add i32 %11763, %11771
	%11773 = mul i32 %3, 8
	%11774 = add i32 %11773, 6
	%11775 = sub i32 255, %11774
	%11776 = add i32 %11396, %11775
	%11777 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11778 = bitcast i8 addrspace(3)* %11777 to i32 addrspace(3)*
	%11779 = getelementptr i32, i32 addrspace(3)* %11778, i32 %11776
	%11780 = load i32, i32 addrspace(3)* %11779
	%11781 = add i32 %11772, %11780
	%11782 = mul i32 %3, 8
	%11783 = add i32 %11782, 7
	%11784 = sub i32 255, %11783
	%11785 = add i32 %11396, %11784
	%11786 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11787 = bitcast i8 addrspace(3)* %11786 to i32 addrspace(3)*
	%11788 = getelementptr i32, i32 addrspace(3)* %11787, i32 %11785
	%11789 = load i32, i32 addrspace(3)* %11788
	%11790 = add i32 %11781, %11789
	%11791 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11790, i32 1, i32 0)
	%11792 = icmp uge i32 %3, 1
	%11793 = select i1 %11792, i32 %11791, i32 0
	%11794 = add i32 %11790, %11793
	%11795 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11794, i32 2, i32 0)
	%11796 = icmp uge i32 %3, 2
	%11797 = select i1 %11796, i32 %11795, i32 0
	%11798 = add i32 %11794, %11797
	%11799 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11798, i32 4, i32 0)
	%11800 = icmp uge i32 %3, 4
	%11801 = select i1 %11800, i32 %11799, i32 0
	%11802 = add i32 %11798, %11801
	%11803 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11802, i32 8, i32 0)
	%11804 = icmp uge i32 %3, 8
	%11805 = select i1 %11804, i32 %11803, i32 0
	%11806 = add i32 %11802, %11805
	%11807 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11806, i32 16, i32 0)
	%11808 = icmp uge i32 %3, 16
	%11809 = select i1 %11808, i32 %11807, i32 0
	%11810 = add i32 %11806, %11809
	%11811 = sub i32 %11810, %11790
	%11812 = icmp slt i32 %11811, %11647
	%11813 = icmp sge i32 %11810, %11647
	%11814 = and i1 %11812, %11813
	%11815 = add i32 %11811, %11726
	%11816 = xor i1 false, true
	%11817 = icmp sge i32 %11815, %11647
	%11818 = and i1 %11816, %11817
	%11819 = mul i32 %3, 8
	%11820 = add i32 %11819, 0
	%11821 = sub i32 255, %11820
	%11822 = select i1 %11818, i32 %11821, i32 0
	%11823 = select i1 %11818, i32 %11811, i32 0
	%11824 = or i1 false, %11818
	%11825 = add i32 %11815, %11735
	%11826 = xor i1 %11824, true
	%11827 = icmp sge i32 %11825, %11647
	%11828 = and i1 %11826, %11827
	%11829 = mul i32 %3, 8
	%11830 = add i32 %11829, 1
	%11831 = sub i32 255, %11830
	%11832 = select i1 %11828, i32 %11831, i32 %11822
	%11833 = select i1 %11828, i32 %11815, i32 %11823
	%11834 = or i1 %11824, %11828
	%11835 = add i32 %11825, %11744
	%11836 = xor i1 %11834, true
	%11837 = icmp sge i32 %11835, %11647
	%11838 = and i1 %11836, %11837
	%11839 = mul i32 %3, 8
	%11840 = add i32 %11839, 2
	%11841 = sub i32 255, %11840
	%11842 = select i1 %11838, i32 %11841, i32 %11832
	%11843 = select i1 %11838, i32 %11825, i32 %11833
	%11844 = or i1 %11834, %11838
	%11845 = add i32 %11835, %11753
	%11846 = xor i1 %11844, true
	%11847 = icmp sge i32 %11845, %11647
	%11848 = and i1 %11846, %11847
	%11849 = mul i32 %3, 8
	%11850 = add i32 %11849, 3
	%11851 = sub i32 255, %11850
	%11852 = select i1 %11848, i32 %11851, i32 %11842
	%11853 = select i1 %11848, i32 %11835, i32 %11843
	%11854 = or i1 %11844, %11848
	%11855 = add i32 %11845, %11762
	%11856 = xor i1 %11854, true
	%11857 = icmp sge i32 %11855, %11647
	%11858 = and i1 %11856, %11857
	%11859 = mul i32 %3, 8
	%11860 = add i32 %11859, 4
	%11861 = sub i32 255, %11860
	%11862 = select i1 %11858, i32 %11861, i32 %11852
	%11863 = select i1 %11858, i32 %11845, i32 %11853
	%11864 = or i1 %11854, %11858
	%11865 = add i32 %11855, %11771
	%11866 = xor i1 %11864, true
	%11867 = icmp sge i32 %11865, %11647
	%11868 = and i1 %11866, %11867
	%11869 = mul i32 %3, 8
	%11870 = add i32 %11869, 5
	%11871 = sub i32 255, %11870
	%11872 = select i1 %11868, i32 %11871, i32 %11862
	%11873 = select i1 %11868, i32 %11855, i32 %11863
	%11874 = or i1 %11864, %11868
	%11875 = add i32 %11865, %11780
	%11876 = xor i1 %11874, true
	%11877 = icmp sge i32 %11875, %11647
	%11878 = and i1 %11876, %11877
	%11879 = mul i32 %3, 8
	%11880 = add i32 %11879, 6
	%11881 = sub i32 255, %11880
	%11882 = select i1 %11878, i32 %11881, i32 %11872
	%11883 = select i1 %11878, i32 %11865, i32 %11873
	%11884 = or i1 %11874, %11878
	%11885 = add i32 %11875, %11789
	%11886 = xor i1 %11884, true
	%11887 = icmp sge i32 %11885, %11647
	%11888 = and i1 %11886, %11887
	%11889 = mul i32 %3, 8
	%11890 = add i32 %11889, 7
	%11891 = sub i32 255, %11890
	%11892 = select i1 %11888, i32 %11891, i32 %11882
	%11893 = select i1 %11888, i32 %11875, i32 %11883
	%11894 = or i1 %11884, %11888
	%11895 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11814)
	%11896 = call i32 @llvm.cttz.i32(i32 %11895, i1 false)
	%11897 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11892, i32 %11896, i32 31)
	%11898 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11893, i32 %11896, i32 31)
	%11899 = shl i32 %11897, 16
	%11900 = or i32 %11644, %11899
	%11901 = shl i32 255, 16
	%11902 = or i32 %11646, %11901
	%11903 = sub i32 %11647, %11898
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11904 = mul i32 %3, 8
	%11905 = add i32 %11904, 0
	%11906 = add i32 %11396, %11905
	%11907 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11908 = bitcast i8 addrspace(3)* %11907 to i32 addrspace(3)*
	%11909 = getelementptr i32, i32 addrspace(3)* %11908, i32 %11906
	store i32 0, i32 addrspace(3)* %11909
	%11910 = mul i32 %3, 8
	%11911 = add i32 %11910, 1
	%11912 = add i32 %11396, %11911
	%11913 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11914 = bitcast i8 addrspace(3)* %11913 to i32 addrspace(3)*
	%11915 = getelementptr i32, i32 addrspace(3)* %11914, i32 %11912
	store i32 0, i32 addrspace(3)* %11915
	%11916 = mul i32 %3, 8
	%11917 = add i32 %11916, 2
	%11918 = add i32 %11396, %11917
	%11919 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11920 = bitcast i8 addrspace(3)* %11919 to i32 addrspace(3)*
	%11921 = getelementptr i32, i32 addrspace(3)* %11920, i32 %11918
	store i32 0, i32 addrspace(3)* %11921
	%11922 = mul i32 %3, 8
	%11923 = add i32 %11922, 3
	%11924 = add i32 %11396, %11923
	%11925 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11926 = bitcast i8 addrspace(3)* %11925 to i32 addrspace(3)*
	%11927 = getelementptr i32, i32 addrspace(3)* %11926, i32 %11924
	store i32 0, i32 addrspace(3)* %11927
	%11928 = mul i32 %3, 8
	%11929 = add i32 %11928, 4
	%11930 = add i32 %11396, %11929
	%11931 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11932 = bitcast i8 addrspace(3)* %11931 to i32 addrspace(3)*
	%11933 = getelementptr i32, i32 addrspace(3)* %11932, i32 %11930
	store i32 0, i32 addrspace(3)* %11933
	%11934 = mul i32 %3, 8
	%11935 = add i32 %11934, 5
	%11936 = add i32 %11396, %11935
	%11937 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11938 = bitcast i8 addrspace(3)* %11937 to i32 addrspace(3)*
	%11939 = getelementptr i32, i32 addrspace(3)* %11938, i32 %11936
	store i32 0, i32 addrspace(3)* %11939
	%11940 = mul i32 %3, 8
	%11941 = add i32 %11940, 6
	%11942 = add i32 %11396, %11941
	%11943 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11944 = bitcast i8 addrspace(3)* %11943 to i32 addrspace(3)*
	%11945 = getelementptr i32, i32 addrspace(3)* %11944, i32 %11942
	store i32 0, i32 addrspace(3)* %11945
	%11946 = mul i32 %3, 8
	%11947 = add i32 %11946, 7
	%11948 = add i32 %11396, %11947
	%11949 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11950 = bitcast i8 addrspace(3)* %11949 to i32 addrspace(3)*
	%11951 = getelementptr i32, i32 addrspace(3)* %11950, i32 %11948
	store i32 0, i32 addrspace(3)* %11951
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11962

11952:
	%11953 = lshr i32 %11714, 16
	%11954 = and i32 %11953, 255
	%11955 = add i32 %11396, %11954
	%11956 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11957 = bitcast i8 addrspace(3)* %11956 to i32 addrspace(3)*
	%11958 = getelementptr i32, i32 addrspace(3)* %11957, i32 %11955
	%11959 = atomicrmw add i32 addrspace(3)* %11958, i32 1 monotonic
	br label %11960

11960:
	%11961 = add i32 %11707, 32
	br label %11706

11962:
	%11963 = phi i32 [ %3, %11718 ], [ %12217, %12216 ]
	%11964 = icmp slt i32 %11963, %591
	br i1 %11964, label %11965, label %11974

11965:
	%11966 = add i32 %10973, %11963
	%11967 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%11968 = bitcast i8 addrspace(3)* %11967 to i32 addrspace(3)*
	%11969 = getelementptr i32, i32 addrspace(3)* %11968, i32 %11966
	%11970 = load i32, i32 addrspace(3)* %11969
	%11971 = and i32 %11970, %11902
	%11972 = icmp eq i32 %11971, %11900
	%11973 = and i1 true, %11972
	br i1 %11973, label %12208, label %12216

11974:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11975 = mul i32 %3, 8
	%11976 = add i32 %11975, 0
	%11977 = sub i32 255, %11976
	%11978 = add i32 %11396, %11977
	%11979 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11980 = bitcast i8 addrspace(3)* %11979 to i32 addrspace(3)*
	%11981 = getelementptr i32, i32 addrspace(3)* %11980, i32 %11978
	%11982 = load i32, i32 addrspace(3)* %11981
	%11983 = add i32 0, %11982
	%11984 = mul i32 %3, 8
	%11985 = add i32 %11984, 1
	%11986 = sub i32 255, %11985
	%11987 = add i32 %11396, %11986
	%11988 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11989 = bitcast i8 addrspace(3)* %11988 to i32 addrspace(3)*
	%11990 = getelementptr i32, i32 addrspace(3)* %11989, i32 %11987
	%11991 = load i32, i32 addrspace(3)* %11990
	%11992 = add i32 %11983, %11991
	%11993 = mul i32 %3, 8
	%11994 = add i32 %11993, 2
	%11995 = sub i32 255, %11994
	%11996 = add i32 %11396, %11995
	%11997 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%11998 = bitcast i8 addrspace(3)* %11997 to i32 addrspace(3)*
	%11999 = getelementptr i32, i32 addrspace(3)* %11998, i32 %11996
	%12000 = load i32, i32 addrspace(3)* %11999
	%12001 = add i32 %11992, %12000
	%12002 = mul i32 %3, 8
	%12003 = add i32 %12002, 3
	%12004 = sub i32 255, %12003
	%12005 = add i32 %11396, %12004
	%12006 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12007 = bitcast i8 addrspace(3)* %12006 to i32 addrspace(3)*
	%12008 = getelementptr i32, i32 addrspace(3)* %12007, i32 %12005
	%12009 = load i32, i32 addrspace(3)* %12008
	%12010 = add i32 %12001, %12009
	%12011 = mul i32 %3, 8
	%12012 = add i32 %12011, 4
	%12013 = sub i32 255, %12012
	%12014 = add i32 %11396, %12013
	%12015 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12016 = bitcast i8 addrspace(3)* %12015 to i32 addrspace(3)*
	%12017 = getelementptr i32, i32 addrspace(3)* %12016, i32 %12014
	%12018 = load i32, i32 addrspace(3)* %12017
	%12019 = add i32 %12010, %12018
	%12020 = mul i32 %3, 8
	%12021 = add i32 %12020, 5
	%12022 = sub i32 255, %12021
	%12023 = add i32 %11396, %12022
	%12024 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12025 = bitcast i8 addrspace(3)* %12024 to i32 addrspace(3)*
	%12026 = getelementptr i32, i32 addrspace(3)* %12025, i32 %12023
	%12027 = load i32, i32 addrspace(3)* %12026
	%12028 = add i32 %12019, %12027
	%12029 = mul i32 %3, 8
	%12030 = add i32 %12029, 6
	%12031 = sub i32 255, %12030
	%12032 = add i32 %11396, %12031
	%12033 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12034 = bitcast i8 addrspace(3)* %12033 to i32 addrspace(3)*
	%12035 = getelementptr i32, i32 addrspace(3)* %12034, i32 %12032
	%12036 = load i32, i32 addrspace(3)* %12035
	%12037 = add i32 %12028, %12036
	%12038 = mul i32 %3, 8
	%12039 = add i32 %12038, 7
	%12040 = sub i32 255, %12039
	%12041 = add i32 %11396, %12040
	%12042 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12043 = bitcast i8 addrspace(3)* %12042 to i32 addrspace(3)*
	%12044 = getelementptr i32, i32 addrspace(3)* %12043, i32 %12041
	%12045 = load i32, i32 addrspace(3)* %12044
	%12046 = add i32 %12037, %12045
	%12047 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12046, i32 1, i32 0)
	%12048 = icmp uge i32 %3, 1
	%12049 = select i1 %12048, i32 %12047, i32 0
	%12050 = add i32 %12046, %12049
	%12051 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12050, i32 2, i32 0)
	%12052 = icmp uge i32 %3, 2
	%12053 = select i1 %12052, i32 %12051, i32 0
	%12054 = add i32 %12050, %12053
	%12055 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12054, i32 4, i32 0)
	%12056 = icmp uge i32 %3, 4
	%12057 = select i1 %12056, i32 %12055, i32 0
	%12058 = add i32 %12054, %12057
	%12059 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12058, i32 8, i32 0)
	%12060 = icmp uge i32 %3, 8
	%12061 = select i1 %12060, i32 %12059, i32 0
	%12062 = add i32 %12058, %12061
	%12063 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12062, i32 16, i32 0)
	%12064 = icmp uge i32 %3, 16
	%12065 = select i1 %12064, i32 %12063, i32 0
	%12066 = add i32 %12062, %12065
	%12067 = sub i32 %12066, %12046
	%12068 = icmp slt i32 %12067, %11903
	%12069 = icmp sge i32 %12066, %11903
	%12070 = and i1 %12068, %12069
	%12071 = add i32 %12067, %11982
	%12072 = xor i1 false, true
	%12073 = icmp sge i32 %12071, %11903
	%12074 = and i1 %12072, %12073
	%12075 = mul i32 %3, 8
	%12076 = add i32 %12075, 0
	%12077 = sub i32 255, %12076
	%12078 = select i1 %12074, i32 %12077, i32 0
	%12079 = select i1 %12074, i32 %12067, i32 0
	%12080 = or i1 false, %12074
	%12081 = add i32 %12071, %11991
	%12082 = xor i1 %12080, true
	%12083 = icmp sge i32 %12081, %11903
	%12084 = and i1 %12082, %12083
	%12085 = mul i32 %3, 8
	%12086 = add i32 %12085, 1
	%12087 = sub i32 255, %12086
	%12088 = select i1 %12084, i32 %12087, i32 %12078
	%12089 = select i1 %12084, i32 %12071, i32 %12079
	%12090 = or i1 %12080, %12084
	%12091 = add i32 %12081, %12000
	%12092 = xor i1 %12090, true
	%12093 = icmp sge i32 %12091, %11903
	%12094 = and i1 %12092, %12093
	%12095 = mul i32 %3, 8
	%12096 = add i32 %12095, 2
	%12097 = sub i32 255, %12096
	%12098 = select i1 %12094, i32 %12097, i32 %12088
	%12099 = select i1 %12094, i32 %12081, i32 %12089
	%12100 = or i1 %12090, %12094
	%12101 = add i32 %12091, %12009
	%12102 = xor i1 %12100, true
	%12103 = icmp sge i32 %12101, %11903
	%12104 = and i1 %12102, %12103
	%12105 = mul i32 %3, 8
	%12106 = add i32 %12105, 3
	%12107 = sub i32 255, %12106
	%12108 = select i1 %12104, i32 %12107, i32 %12098
	%12109 = select i1 %12104, i32 %12091, i32 %12099
	%12110 = or i1 %12100, %12104
	%12111 = add i32 %12101, %12018
	%12112 = xor i1 %12110, true
	%12113 = icmp sge i32 %12111, %11903
	%12114 = and i1 %12112, %12113
	%12115 = mul i32 %3, 8
	%12116 = add i32 %12115, 4
	%12117 = sub i32 255, %12116
	%12118 = select i1 %12114, i32 %12117, i32 %12108
	%12119 = select i1 %12114, i32 %12101, i32 %12109
	%12120 = or i1 %12110, %12114
	%12121 = add i32 %12111, %12027
	%12122 = xor i1 %12120, true
	%12123 = icmp sge i32 %12121, %11903
	%12124 = and i1 %12122, %12123
	%12125 = mul i32 %3, 8
	%12126 = add i32 %12125, 5
	%12127 = sub i32 255, %12126
	%12128 = select i1 %12124, i32 %12127, i32 %12118
	%12129 = select i1 %12124, i32 %12111, i32 %12119
	%12130 = or i1 %12120, %12124
	%12131 = add i32 %12121, %12036
	%12132 = xor i1 %12130, true
	%12133 = icmp sge i32 %12131, %11903
	%12134 = and i1 %12132, %12133
	%12135 = mul i32 %3, 8
	%12136 = add i32 %12135, 6
	%12137 = sub i32 255, %12136
	%12138 = select i1 %12134, i32 %12137, i32 %12128
	%12139 = select i1 %12134, i32 %12121, i32 %12129
	%12140 = or i1 %12130, %12134
	%12141 = add i32 %12131, %12045
	%12142 = xor i1 %12140, true
	%12143 = icmp sge i32 %12141, %11903
	%12144 = and i1 %12142, %12143
	%12145 = mul i32 %3, 8
	%12146 = add i32 %12145, 7
	%12147 = sub i32 255, %12146
	%12148 = select i1 %12144, i32 %12147, i32 %12138
	%12149 = select i1 %12144, i32 %12131, i32 %12139
	%12150 = or i1 %12140, %12144
	%12151 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12070)
	%12152 = call i32 @llvm.cttz.i32(i32 %12151, i1 false)
	%12153 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12148, i32 %12152, i32 31)
	%12154 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12149, i32 %12152, i32 31)
	%12155 = shl i32 %12153, 8
	%12156 = or i32 %11900, %12155
	%12157 = shl i32 255, 8
	%12158 = or i32 %11902, %12157
	%12159 = sub i32 %11903, %12154
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12160 = mul i32 %3, 8
	%12161 = add i32 %12160, 0
	%12162 = add i32 %11396, %12161
	%12163 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12164 = bitcast i8 addrspace(3)* %12163 to i32 addrspace(3)*
	%12165 = getelementptr i32, i32 addrspace(3)* %12164, i32 %12162
	store i32 0, i32 addrspace(3)* %12165
	%12166 = mul i32 %3, 8
	%12167 = add i32 %12166, 1
	%12168 = add i32 %11396, %12167
	%12169 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12170 = bitcast i8 addrspace(3)* %12169 to i32 addrspace(3)*
	%12171 = getelementptr i32, i32 addrspace(3)* %12170, i32 %12168
	store i32 0, i32 addrspace(3)* %12171
	%12172 = mul i32 %3, 8
	%12173 = add i32 %12172, 2
	%12174 = add i32 %11396, %12173
	%12175 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12176 = bitcast i8 addrspace(3)* %12175 to i32 addrspace(3)*
	%12177 = getelementptr i32, i32 addrspace(3)* %12176, i32 %12174
	store i32 0, i32 addrspace(3)* %12177
	%12178 = mul i32 %3, 8
	%12179 = add i32 %12178, 3
	%12180 = add i32 %11396, %12179
	%12181 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12182 = bitcast i8 addrspace(3)* %12181 to i32 addrspace(3)*
	%12183 = getelementptr i32, i32 addrspace(3)* %12182, i32 %12180
	store i32 0, i32 addrspace(3)* %12183
	%12184 = mul i32 %3, 8
	%12185 = add i32 %12184, 4
	%12186 = add i32 %11396, %12185
	%12187 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12188 = bitcast i8 addrspace(3)* %12187 to i32 addrspace(3)*
	%12189 = getelementptr i32, i32 addrspace(3)* %12188, i32 %12186
	store i32 0, i32 addrspace(3)* %12189
	%12190 = mul i32 %3, 8
	%12191 = add i32 %12190, 5
	%12192 = add i32 %11396, %12191
	%12193 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12194 = bitcast i8 addrspace(3)* %12193 to i32 addrspace(3)*
	%12195 = getelementptr i32, i32 addrspace(3)* %12194, i32 %12192
	store i32 0, i32 addrspace(3)* %12195
	%12196 = mul i32 %3, 8
	%12197 = add i32 %12196, 6
	%12198 = add i32 %11396, %12197
	%12199 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12200 = bitcast i8 addrspace(3)* %12199 to i32 addrspace(3)*
	%12201 = getelementptr i32, i32 addrspace(3)* %12200, i32 %12198
	store i32 0, i32 addrspace(3)* %12201
	%12202 = mul i32 %3, 8
	%12203 = add i32 %12202, 7
	%12204 = add i32 %11396, %12203
	%12205 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12206 = bitcast i8 addrspace(3)* %12205 to i32 addrspace(3)*
	%12207 = getelementptr i32, i32 addrspace(3)* %12206, i32 %12204
	store i32 0, i32 addrspace(3)* %12207
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %12218

12208:
	%12209 = lshr i32 %11970, 8
	%12210 = and i32 %12209, 255
	%12211 = add i32 %11396, %12210
	%12212 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12213 = bitcast i8 addrspace(3)* %12212 to i32 addrspace(3)*
	%12214 = getelementptr i32, i32 addrspace(3)* %12213, i32 %12211
	%12215 = atomicrmw add i32 addrspace(3)* %12214, i32 1 monotonic
	br label %12216

12216:
	%12217 = add i32 %11963, 32
	br label %11962

12218:
	%12219 = phi i32 [ %3, %11974 ], [ %12425, %12424 ]
	%12220 = icmp slt i32 %12219, %591
	br i1 %12220, label %12221, label %12230

12221:
	%12222 = add i32 %10973, %12219
	%12223 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%12224 = bitcast i8 addrspace(3)* %12223 to i32 addrspace(3)*
	%12225 = getelementptr i32, i32 addrspace(3)* %12224, i32 %12222
	%12226 = load i32, i32 addrspace(3)* %12225
	%12227 = and i32 %12226, %12158
	%12228 = icmp eq i32 %12227, %12156
	%12229 = and i1 true, %12228
	br i1 %12229, label %12416, label %12424

12230:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12231 = mul i32 %3, 8
	%12232 = add i32 %12231, 0
	%12233 = sub i32 255, %12232
	%12234 = add i32 %11396, %12233
	%12235 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12236 = bitcast i8 addrspace(3)* %12235 to i32 addrspace(3)*
	%12237 = getelementptr i32, i32 addrspace(3)* %12236, i32 %12234
	%12238 = load i32, i32 addrspace(3)* %12237
	%12239 = add i32 0, %12238
	%12240 = mul i32 %3, 8
	%12241 = add i32 %12240, 1
	%12242 = sub i32 255, %12241
	%12243 = add i32 %11396, %12242
	%12244 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12245 = bitcast i8 addrspace(3)* %12244 to i32 addrspace(3)*
	%12246 = getelementptr i32, i32 addrspace(3)* %12245, i32 %12243
	%12247 = load i32, i32 addrspace(3)* %12246
	%12248 = add i32 %12239, %12247
	%12249 = mul i32 %3, 8
	%12250 = add i32 %12249, 2
	%12251 = sub i32 255, %12250
	%12252 = add i32 %11396, %12251
	%12253 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12254 = bitcast i8 addrspace(3)* %12253 to i32 addrspace(3)*
	%12255 = getelementptr i32, i32 addrspace(3)* %12254, i32 %12252
	%12256 = load i32, i32 addrspace(3)* %12255
	%12257 = add i32 %12248, %12256
	%12258 = mul i32 %3, 8
	%12259 = add i32 %12258, 3
	%12260 = sub i32 255, %12259
	%12261 = add i32 %11396, %12260
	%12262 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12263 = bitcast i8 addrspace(3)* %12262 to i32 addrspace(3)*
	%12264 = getelementptr i32, i32 addrspace(3)* %12263, i32 %12261
	%12265 = load i32, i32 addrspace(3)* %12264
	%12266 = add i32 %12257, %12265
	%12267 = mul i32 %3, 8
	%12268 = add i32 %12267, 4
	%12269 = sub i32 255, %12268
	%12270 = add i32 %11396, %12269
	%12271 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12272 = bitcast i8 addrspace(3)* %12271 to i32 addrspace(3)*
	%12273 = getelementptr i32, i32 addrspace(3)* %12272, i32 %12270
	%12274 = load i32, i32 addrspace(3)* %12273
	%12275 = add i32 %12266, %12274
	%12276 = mul i32 %3, 8
	%12277 = add i32 %12276, 5
	%12278 = sub i32 255, %12277
	%12279 = add i32 %11396, %12278
	%12280 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12281 = bitcast i8 addrspace(3)* %12280 to i32 addrspace(3)*
	%12282 = getelementptr i32, i32 addrspace(3)* %12281, i32 %12279
	%12283 = load i32, i32 addrspace(3)* %12282
	%12284 = add i32 %12275, %12283
	%12285 = mul i32 %3, 8
	%12286 = add i32 %12285, 6
	%12287 = sub i32 255, %12286
	%12288 = add i32 %11396, %12287
	%12289 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12290 = bitcast i8 addrspace(3)* %12289 to i32 addrspace(3)*
	%12291 = getelementptr i32, i32 addrspace(3)* %12290, i32 %12288
	%12292 = load i32, i32 addrspace(3)* %12291
	%12293 = add i32 %12284, %12292
	%12294 = mul i32 %3, 8
	%12295 = add i32 %12294, 7
	%12296 = sub i32 255, %12295
	%12297 = add i32 %11396, %12296
	%12298 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12299 = bitcast i8 addrspace(3)* %12298 to i32 addrspace(3)*
	%12300 = getelementptr i32, i32 addrspace(3)* %12299, i32 %12297
	%12301 = load i32, i32 addrspace(3)* %12300
	%12302 = add i32 %12293, %12301
	%12303 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12302, i32 1, i32 0)
	%12304 = icmp uge i32 %3, 1
	%12305 = select i1 %12304, i32 %12303, i32 0
	%12306 = add i32 %12302, %12305
	%12307 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12306, i32 2, i32 0)
	%12308 = icmp uge i32 %3, 2
	%12309 = select i1 %12308, i32 %12307, i32 0
	%12310 = add i32 %12306, %12309
	%12311 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12310, i32 4, i32 0)
	%12312 = icmp uge i32 %3, 4
	%12313 = select i1 %12312, i32 %12311, i32 0
	%12314 = add i32 %12310, %12313
	%12315 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12314, i32 8, i32 0)
	%12316 = icmp uge i32 %3, 8
	%12317 = select i1 %12316, i32 %12315, i32 0
	%12318 = add i32 %12314, %12317
	%12319 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12318, i32 16, i32 0)
	%12320 = icmp uge i32 %3, 16
	%12321 = select i1 %12320, i32 %12319, i32 0
	%12322 = add i32 %12318, %12321
	%12323 = sub i32 %12322, %12302
	%12324 = icmp slt i32 %12323, %12159
	%12325 = icmp sge i32 %12322, %12159
	%12326 = and i1 %12324, %12325
	%12327 = add i32 %12323, %12238
	%12328 = xor i1 false, true
	%12329 = icmp sge i32 %12327, %12159
	%12330 = and i1 %12328, %12329
	%12331 = mul i32 %3, 8
	%12332 = add i32 %12331, 0
	%12333 = sub i32 255, %12332
	%12334 = select i1 %12330, i32 %12333, i32 0
	%12335 = select i1 %12330, i32 %12323, i32 0
	%12336 = or i1 false, %12330
	%12337 = add i32 %12327, %12247
	%12338 = xor i1 %12336, true
	%12339 = icmp sge i32 %12337, %12159
	%12340 = and i1 %12338, %12339
	%12341 = mul i32 %3, 8
	%12342 = add i32 %12341, 1
	%12343 = sub i32 255, %12342
	%12344 = select i1 %12340, i32 %12343, i32 %12334
	%12345 = select i1 %12340, i32 %12327, i32 %12335
	%12346 = or i1 %12336, %12340
	%12347 = add i32 %12337, %12256
	%12348 = xor i1 %12346, true
	%12349 = icmp sge i32 %12347, %12159
	%12350 = and i1 %12348, %12349
	%12351 = mul i32 %3, 8
	%12352 = add i32 %12351, 2
	%12353 = sub i32 255, %12352
	%12354 = select i1 %12350, i32 %12353, i32 %12344
	%12355 = select i1 %12350, i32 %12337, i32 %12345
	%12356 = or i1 %12346, %12350
	%12357 = add i32 %12347, %12265
	%12358 = xor i1 %12356, true
	%12359 = icmp sge i32 %12357, %12159
	%12360 = and i1 %12358, %12359
	%12361 = mul i32 %3, 8
	%12362 = add i32 %12361, 3
	%12363 = sub i32 255, %12362
	%12364 = select i1 %12360, i32 %12363, i32 %12354
	%12365 = select i1 %12360, i32 %12347, i32 %12355
	%12366 = or i1 %12356, %12360
	%12367 = add i32 %12357, %12274
	%12368 = xor i1 %12366, true
	%12369 = icmp sge i32 %12367, %12159
	%12370 = and i1 %12368, %12369
	%12371 = mul i32 %3, 8
	%12372 = add i32 %12371, 4
	%12373 = sub i32 255, %12372
	%12374 = select i1 %12370, i32 %12373, i32 %12364
	%12375 = select i1 %12370, i32 %12357, i32 %12365
	%12376 = or i1 %12366, %12370
	%12377 = add i32 %12367, %12283
	%12378 = xor i1 %12376, true
	%12379 = icmp sge i32 %12377, %12159
	%12380 = and i1 %12378, %12379
	%12381 = mul i32 %3, 8
	%12382 = add i32 %12381, 5
	%12383 = sub i32 255, %12382
	%12384 = select i1 %12380, i32 %12383, i32 %12374
	%12385 = select i1 %12380, i32 %12367, i32 %12375
	%12386 = or i1 %12376, %12380
	%12387 = add i32 %12377, %12292
	%12388 = xor i1 %12386, true
	%12389 = icmp sge i32 %12387, %12159
	%12390 = and i1 %12388, %12389
	%12391 = mul i32 %3, 8
	%12392 = add i32 %12391, 6
	%12393 = sub i32 255, %12392
	%12394 = select i1 %12390, i32 %12393, i32 %12384
	%12395 = select i1 %12390, i32 %12377, i32 %12385
	%12396 = or i1 %12386, %12390
	%12397 = add i32 %12387, %12301
	%12398 = xor i1 %12396, true
	%12399 = icmp sge i32 %12397, %12159
	%12400 = and i1 %12398, %12399
	%12401 = mul i32 %3, 8
	%12402 = add i32 %12401, 7
	%12403 = sub i32 255, %12402
	%12404 = select i1 %12400, i32 %12403, i32 %12394
	%12405 = select i1 %12400, i32 %12387, i32 %12395
	%12406 = or i1 %12396, %12400
	%12407 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12326)
	%12408 = call i32 @llvm.cttz.i32(i32 %12407, i1 false)
	%12409 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12404, i32 %12408, i32 31)
	%12410 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12405, i32 %12408, i32 31)
	%12411 = shl i32 %12409, 0
	%12412 = or i32 %12156, %12411
	%12413 = shl i32 255, 0
	%12414 = or i32 %12158, %12413
	%12415 = sub i32 %12159, %12410
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11445

12416:
	%12417 = lshr i32 %12226, 0
	%12418 = and i32 %12417, 255
	%12419 = add i32 %11396, %12418
	%12420 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12421 = bitcast i8 addrspace(3)* %12420 to i32 addrspace(3)*
	%12422 = getelementptr i32, i32 addrspace(3)* %12421, i32 %12419
	%12423 = atomicrmw add i32 addrspace(3)* %12422, i32 1 monotonic
	br label %12424

12424:
	%12425 = add i32 %12219, 32
	br label %12218

12426:
	%12427 = phi i32 [ 0, %11445 ], [ %12476, %12471 ]
	%12428 = phi i32 [ 0, %11445 ], [ %12473, %12471 ]
	%12429 = phi i32 [ 0, %11445 ], [ %12475, %12471 ]
	%12430 = icmp slt i32 %12427, %591
	br i1 %12430, label %12431, label %12434

12431:
	%12432 = add i32 %12427, %3
	%12433 = icmp slt i32 %12432, %591
	br i1 %12433, label %12435, label %12445

12434:
	br label %10975

12435:
	%12436 = add i32 %10973, %12432
	%12437 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%12438 = bitcast i8 addrspace(3)* %12437 to i32 addrspace(3)*
	%12439 = getelementptr i32, i32 addrspace(3)* %12438, i32 %12436
	%12440 = load i32, i32 addrspace(3)* %12439
	%12441 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%12442 = bitcast i8 addrspace(3)* %12441 to i32 addrspace(3)*
	%12443 = getelementptr i32, i32 addrspace(3)* %12442, i32 %12436
	%12444 = load i32, i32 addrspace(3)* %12443
	br label %12445

12445:
	%12446 = phi i32 [ 0, %12431 ], [ %12440, %12435 ]
	%12447 = phi i32 [ 0, %12431 ], [ %12444, %12435 ]
	%12448 = icmp eq i32 %12446, %11446
	%12449 = and i1 %12433, %12448
	%12450 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12449)
	%12451 = and i32 %12450, %11449
	%12452 = call i32 @llvm.ctpop.i32(i32 %12451)
	%12453 = add i32 %12429, %12452
	%12454 = icmp ugt i32 %12446, %11446
	%12455 = icmp slt i32 %12453, %11447
	%12456 = and i1 %12449, %12455
	%12457 = or i1 %12454, %12456
	%12458 = and i1 %12433, %12457
	%12459 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12458)
	%12460 = and i32 %12459, %11449
	%12461 = call i32 @llvm.ctpop.i32(i32 %12460)
	%12462 = add i32 %12428, %12461
	%12463 = add i32 %10973, %12462
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %12458, label %12464, label %12471

12464:
	%12465 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%12466 = bitcast i8 addrspace(3)* %12465 to i32 addrspace(3)*
	%12467 = getelementptr i32, i32 addrspace(3)* %12466, i32 %12463
	store i32 %12446, i32 addrspace(3)* %12467
	%12468 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%12469 = bitcast i8 addrspace(3)* %12468 to i32 addrspace(3)*
	%12470 = getelementptr i32, i32 addrspace(3)* %12469, i32 %12463
	store i32 %12447, i32 addrspace(3)* %12470
	br label %12471

12471:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12472 = call i32 @llvm.ctpop.i32(i32 %12459)
	%12473 = add i32 %12428, %12472
	%12474 = call i32 @llvm.ctpop.i32(i32 %12450)
	%12475 = add i32 %12429, %12474
	%12476 = add i32 %12427, 32
	br label %12426

12477:
	%12478 = phi i32 [ 0, %10975 ], [ %12508, %12502 ]
	%12479 = phi i32 [ 0, %10975 ], [ %12507, %12502 ]
	%12480 = icmp slt i32 %12478, %10976
	br i1 %12480, label %12481, label %12484

12481:
	%12482 = add i32 %12478, %3
	%12483 = icmp slt i32 %12482, %10976
	br i1 %12483, label %12485, label %12492

12484:
	br label %12509

12485:
	%12486 = mul i32 %462, 160
	%12487 = add i32 %12486, %12482
	%12488 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%12489 = bitcast i8 addrspace(3)* %12488 to i32 addrspace(3)*
	%12490 = getelementptr i32, i32 addrspace(3)* %12489, i32 %12487
	%12491 = load i32, i32 addrspace(3)* %12490
	br label %12492

12492:
	%12493 = phi i32 [ 0, %12481 ], [ %12491, %12485 ]
	br i1 %12483, label %12494, label %12502

12494:
	%12495 = add i32 0, %12482
	%12496 = icmp sgt i32 %12493, %489
	%12497 = select i1 %12496, i32 %10977, i32 0
	%12498 = add i32 %12495, %12497
	%12499 = add i32 %10981, %12498
	%12500 = sext i32 %12499 to i64
	%12501 = getelementptr i32, i32* %out, i64 %12500
	store i32 %12493, i32* %12501
	br label %12502

12502:
	%12503 = icmp slt i32 %12493, %486
	%12504 = and i1 %12483, %12503
	%12505 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12504)
	%12506 = call i32 @llvm.ctpop.i32(i32 %12505)
	%12507 = add i32 %12479, %12506
	%12508 = add i32 %12478, 32
	br label %12477

12509:
	%12510 = phi i32 [ %3, %12484 ], [ %12519, %12512 ]
	%12511 = icmp slt i32 %12510, %10977
	br i1 %12511, label %12512, label %12520

12512:
	%12513 = add i32 0, %12479
	%12514 = add i32 %12513, %12510
	%12515 = add i32 %486, %12510
	%12516 = add i32 %10981, %12514
	%12517 = sext i32 %12516 to i64
	%12518 = getelementptr i32, i32* %out, i64 %12517
	store i32 %12515, i32* %12518
	%12519 = add i32 %12510, 32
	br label %12509

12520:
	%12521 = icmp eq i32 %3, 0
	%12522 = icmp eq i32 0, 1
	%12523 = and i1 %12521, %12522
	br i1 %12523, label %12524, label %12528

12524:
	%12525 = add i32 %10981, 0
	%12526 = sext i32 %12525 to i64
	%12527 = getelementptr i32, i32* %out, i64 %12526
	store i32 0, i32* %12527
	br label %12528

12528:
	%12529 = add i32 %494, %10976
	%12530 = add i32 %12529, %3
	br label %12531

12531:
	%12532 = phi i32 [ %12530, %12528 ], [ %12538, %12534 ]
	%12533 = icmp slt i32 %12532, 8
	br i1 %12533, label %12534, label %12539

12534:
	%12535 = add i32 %10981, %12532
	%12536 = sext i32 %12535 to i64
	%12537 = getelementptr i32, i32* %out, i64 %12536
	store i32 -1, i32* %12537
	%12538 = add i32 %12532, 32
	br label %12531

12539:
	br label %10969

12540:
	%12541 = icmp sgt i32 %593, %541
	br i1 %12541, label %12543, label %12546

12542:
	ret void

12543:
	%12544 = mul i32 %504, 160
	%12545 = icmp sle i32 %593, 64
	br i1 %12545, label %12553, label %12555

12546:
	%12547 = phi i32 [ %593, %12540 ], [ %541, %14005 ]
	%12548 = sub i32 %536, 0
	%12549 = mul i32 %2, %M
	%12550 = add i32 %5, %504
	%12551 = add i32 %12549, %12550
	%12552 = mul i32 %12551, 8
	br label %14048

12553:
	%12554 = icmp slt i32 %3, %593
	br i1 %12554, label %12559, label %12565

12555:
	%12556 = phi i32 [ 0, %12543 ], [ %12957, %12575 ]
	%12557 = phi i32 [ 0, %12543 ], [ %12965, %12575 ]
	%12558 = xor i1 %12545, true
	br i1 %12558, label %12966, label %13016

12559:
	%12560 = add i32 %12544, %3
	%12561 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%12562 = bitcast i8 addrspace(3)* %12561 to i32 addrspace(3)*
	%12563 = getelementptr i32, i32 addrspace(3)* %12562, i32 %12560
	%12564 = load i32, i32 addrspace(3)* %12563
	br label %12565

12565:
	%12566 = phi i32 [ 0, %12553 ], [ %12564, %12559 ]
	%12567 = add i32 %3, 32
	%12568 = icmp slt i32 %12567, %593
	br i1 %12568, label %12569, label %12575

12569:
	%12570 = add i32 %12544, %12567
	%12571 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%12572 = bitcast i8 addrspace(3)* %12571 to i32 addrspace(3)*
	%12573 = getelementptr i32, i32 addrspace(3)* %12572, i32 %12570
	%12574 = load i32, i32 addrspace(3)* %12573
	br label %12575

12575:
	%12576 = phi i32 [ 0, %12565 ], [ %12574, %12569 ]
	%12577 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12566, i32 1, i32 31)
	%12578 = and i32 %3, 2
	%12579 = icmp eq i32 %12578, 0
	%12580 = and i32 %3, 1
	%12581 = icmp eq i32 %12580, 0
	%12582 = icmp eq i1 %12579, %12581
	%12583 = icmp ugt i32 %12566, %12577
	%12584 = select i1 %12583, i32 %12566, i32 %12577
	%12585 = icmp ult i32 %12566, %12577
	%12586 = select i1 %12585, i32 %12566, i32 %12577
	%12587 = select i1 %12582, i32 %12584, i32 %12586
	%12588 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12587, i32 2, i32 31)
	%12589 = and i32 %3, 4
	%12590 = icmp eq i32 %12589, 0
	%12591 = and i32 %3, 2
	%12592 = icmp eq i32 %12591, 0
	%12593 = icmp eq i1 %12590, %12592
	%12594 = icmp ugt i32 %12587, %12588
	%12595 = select i1 %12594, i32 %12587, i32 %12588
	%12596 = icmp ult i32 %12587, %12588
	%12597 = select i1 %12596, i32 %12587, i32 %12588
	%12598 = select i1 %12593, i32 %12595, i32 %12597
	%12599 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12598, i32 1, i32 31)
	%12600 = and i32 %3, 4
	%12601 = icmp eq i32 %12600, 0
	%12602 = and i32 %3, 1
	%12603 = icmp eq i32 %12602, 0
	%12604 = icmp eq i1 %12601, %12603
	%12605 = icmp ugt i32 %12598, %12599
	%12606 = select i1 %12605, i32 %12598, i32 %12599
	%12607 = icmp ult i32 %12598, %12599
	%12608 = select i1 %12607, i32 %12598, i32 %12599
	%12609 = select i1 %12604, i32 %12606, i32 %12608
	%12610 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12609, i32 4, i32 31)
	%12611 = and i32 %3, 8
	%12612 = icmp eq i32 %12611, 0
	%12613 = and i32 %3, 4
	%12614 = icmp eq i32 %12613, 0
	%12615 = icmp eq i1 %12612, %12614
	%12616 = icmp ugt i32 %12609, %12610
	%12617 = select i1 %12616, i32 %12609, i32 %12610
	%12618 = icmp ult i32 %12609, %12610
	%12619 = select i1 %12618, i32 %12609, i32 %12610
	%12620 = select i1 %12615, i32 %12617, i32 %12619
	%12621 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12620, i32 2, i32 31)
	%12622 = and i32 %3, 8
	%12623 = icmp eq i32 %12622, 0
	%12624 = and i32 %3, 2
	%12625 = icmp eq i32 %12624, 0
	%12626 = icmp eq i1 %12623, %12625
	%12627 = icmp ugt i32 %12620, %12621
	%12628 = select i1 %12627, i32 %12620, i32 %12621
	%12629 = icmp ult i32 %12620, %12621
	%12630 = select i1 %12629, i32 %12620, i32 %12621
	%12631 = select i1 %12626, i32 %12628, i32 %12630
	%12632 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12631, i32 1, i32 31)
	%12633 = and i32 %3, 8
	%12634 = icmp eq i32 %12633, 0
	%12635 = and i32 %3, 1
	%12636 = icmp eq i32 %12635, 0
	%12637 = icmp eq i1 %12634, %12636
	%12638 = icmp ugt i32 %12631, %12632
	%12639 = select i1 %12638, i32 %12631, i32 %12632
	%12640 = icmp ult i32 %12631, %12632
	%12641 = select i1 %12640, i32 %12631, i32 %12632
	%12642 = select i1 %12637, i32 %12639, i32 %12641
	%12643 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12642, i32 8, i32 31)
	%12644 = and i32 %3, 16
	%12645 = icmp eq i32 %12644, 0
	%12646 = and i32 %3, 8
	%12647 = icmp eq i32 %12646, 0
	%12648 = icmp eq i1 %12645, %12647
	%12649 = icmp ugt i32 %12642, %12643
	%12650 = select i1 %12649, i32 %12642, i32 %12643
	%12651 = icmp ult i32 %12642, %12643
	%12652 = select i1 %12651, i32 %12642, i32 %12643
	%12653 = select i1 %12648, i32 %12650, i32 %12652
	%12654 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12653, i32 4, i32 31)
	%12655 = and i32 %3, 16
	%12656 = icmp eq i32 %12655, 0
	%12657 = and i32 %3, 4
	%12658 = icmp eq i32 %12657, 0
	%12659 = icmp eq i1 %12656, %12658
	%12660 = icmp ugt i32 %12653, %12654
	%12661 = select i1 %12660, i32 %12653, i32 %12654
	%12662 = icmp ult i32 %12653, %12654
	%12663 = select i1 %12662, i32 %12653, i32 %12654
	%12664 = select i1 %12659, i32 %12661, i32 %12663
	%12665 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12664, i32 2, i32 31)
	%12666 = and i32 %3, 16
	%12667 = icmp eq i32 %12666, 0
	%12668 = and i32 %3, 2
	%12669 = icmp eq i32 %12668, 0
	%12670 = icmp eq i1 %12667, %12669
	%12671 = icmp ugt i32 %12664, %12665
	%12672 = select i1 %12671, i32 %12664, i32 %12665
	%12673 = icmp ult i32 %12664, %12665
	%12674 = select i1 %12673, i32 %12664, i32 %12665
	%12675 = select i1 %12670, i32 %12672, i32 %12674
	%12676 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12675, i32 1, i32 31)
	%12677 = and i32 %3, 16
	%12678 = icmp eq i32 %12677, 0
	%12679 = and i32 %3, 1
	%12680 = icmp eq i32 %12679, 0
	%12681 = icmp eq i1 %12678, %12680
	%12682 = icmp ugt i32 %12675, %12676
	%12683 = select i1 %12682, i32 %12675, i32 %12676
	%12684 = icmp ult i32 %12675, %12676
	%12685 = select i1 %12684, i32 %12675, i32 %12676
	%12686 = select i1 %12681, i32 %12683, i32 %12685
	%12687 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12686, i32 16, i32 31)
	%12688 = and i32 %3, 32
	%12689 = icmp eq i32 %12688, 0
	%12690 = and i32 %3, 16
	%12691 = icmp eq i32 %12690, 0
	%12692 = icmp eq i1 %12689, %12691
	%12693 = icmp ugt i32 %12686, %12687
	%12694 = select i1 %12693, i32 %12686, i32 %12687
	%12695 = icmp ult i32 %12686, %12687
	%12696 = select i1 %12695, i32 %12686, i32 %12687
	%12697 = select i1 %12692, i32 %12694, i32 %12696
	%12698 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12697, i32 8, i32 31)
	%12699 = and i32 %3, 32
	%12700 = icmp eq i32 %12699, 0
	%12701 = and i32 %3, 8
	%12702 = icmp eq i32 %12701, 0
	%12703 = icmp eq i1 %12700, %12702
	%12704 = icmp ugt i32 %12697, %12698
	%12705 = select i1 %12704, i32 %12697, i32 %12698
	%12706 = icmp ult i32 %12697, %12698
	%12707 = select i1 %12706, i32 %12697, i32 %12698
	%12708 = select i1 %12703, i32 %12705, i32 %12707
	%12709 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12708, i32 4, i32 31)
	%12710 = and i32 %3, 32
	%12711 = icmp eq i32 %12710, 0
	%12712 = and i32 %3, 4
	%12713 = icmp eq i32 %12712, 0
	%12714 = icmp eq i1 %12711, %12713
	%12715 = icmp ugt i32 %12708, %12709
	%12716 = select i1 %12715, i32 %12708, i32 %12709
	%12717 = icmp ult i32 %12708, %12709
	%12718 = select i1 %12717, i32 %12708, i32 %12709
	%12719 = select i1 %12714, i32 %12716, i32 %12718
	%12720 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12719, i32 2, i32 31)
	%12721 = and i32 %3, 32
	%12722 = icmp eq i32 %12721, 0
	%12723 = and i32 %3, 2
	%12724 = icmp eq i32 %12723, 0
	%12725 = icmp eq i1 %12722, %12724
	%12726 = icmp ugt i32 %12719, %12720
	%12727 = select i1 %12726, i32 %12719, i32 %12720
	%12728 = icmp ult i32 %12719, %12720
	%12729 = select i1 %12728, i32 %12719, i32 %12720
	%12730 = select i1 %12725, i32 %12727, i32 %12729
	%12731 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12730, i32 1, i32 31)
	%12732 = and i32 %3, 32
	%12733 = icmp eq i32 %12732, 0
	%12734 = and i32 %3, 1
	%12735 = icmp eq i32 %12734, 0
	%12736 = icmp eq i1 %12733, %12735
	%12737 = icmp ugt i32 %12730, %12731
	%12738 = select i1 %12737, i32 %12730, i32 %12731
	%12739 = icmp ult i32 %12730, %12731
	%12740 = select i1 %12739, i32 %12730, i32 %12731
	%12741 = select i1 %12736, i32 %12738, i32 %12740
	%12742 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12576, i32 1, i32 31)
	%12743 = and i32 %3, 2
	%12744 = icmp eq i32 %12743, 0
	%12745 = and i32 %3, 1
	%12746 = icmp eq i32 %12745, 0
	%12747 = icmp eq i1 %12744, %12746
	%12748 = icmp ugt i32 %12576, %12742
	%12749 = select i1 %12748, i32 %12576, i32 %12742
	%12750 = icmp ult i32 %12576, %12742
	%12751 = select i1 %12750, i32 %12576, i32 %12742
	%12752 = select i1 %12747, i32 %12749, i32 %12751
	%12753 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12752, i32 2, i32 31)
	%12754 = and i32 %3, 4
	%12755 = icmp eq i32 %12754, 0
	%12756 = and i32 %3, 2
	%12757 = icmp eq i32 %12756, 0
	%12758 = icmp eq i1 %12755, %12757
	%12759 = icmp ugt i32 %12752, %12753
	%12760 = select i1 %12759, i32 %12752, i32 %12753
	%12761 = icmp ult i32 %12752, %12753
	%12762 = select i1 %12761, i32 %12752, i32 %12753
	%12763 = select i1 %12758, i32 %12760, i32 %12762
	%12764 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12763, i32 1, i32 31)
	%12765 = and i32 %3, 4
	%12766 = icmp eq i32 %12765, 0
	%12767 = and i32 %3, 1
	%12768 = icmp eq i32 %12767, 0
	%12769 = icmp eq i1 %12766, %12768
	%12770 = icmp ugt i32 %12763, %12764
	%12771 = select i1 %12770, i32 %12763, i32 %12764
	%12772 = icmp ult i32 %12763, %12764
	%12773 = select i1 %12772, i32 %12763, i32 %12764
	%12774 = select i1 %12769, i32 %12771, i32 %12773
	%12775 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12774, i32 4, i32 31)
	%12776 = and i32 %3, 8
	%12777 = icmp eq i32 %12776, 0
	%12778 = and i32 %3, 4
	%12779 = icmp eq i32 %12778, 0
	%12780 = icmp eq i1 %12777, %12779
	%12781 = icmp ugt i32 %12774, %12775
	%12782 = select i1 %12781, i32 %12774, i32 %12775
	%12783 = icmp ult i32 %12774, %12775
	%12784 = select i1 %12783, i32 %12774, i32 %12775
	%12785 = select i1 %12780, i32 %12782, i32 %12784
	%12786 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12785, i32 2, i32 31)
	%12787 = and i32 %3, 8
	%12788 = icmp eq i32 %12787, 0
	%12789 = and i32 %3, 2
	%12790 = icmp eq i32 %12789, 0
	%12791 = icmp eq i1 %12788, %12790
	%12792 = icmp ugt i32 %12785, %12786
	%12793 = select i1 %12792, i32 %12785, i32 %12786
	%12794 = icmp ult i32 %12785, %12786
	%12795 = select i1 %12794, i32 %12785, i32 %12786
	%12796 = select i1 %12791, i32 %12793, i32 %12795
	%12797 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12796, i32 1, i32 31)
	%12798 = and i32 %3, 8
	%12799 = icmp eq i32 %12798, 0
	%12800 = and i32 %3, 1
	%12801 = icmp eq i32 %12800, 0
	%12802 = icmp eq i1 %12799, %12801
	%12803 = icmp ugt i32 %12796, %12797
	%12804 = select i1 %12803, i32 %12796, i32 %12797
	%12805 = icmp ult i32 %12796, %12797
	%12806 = select i1 %12805, i32 %12796, i32 %12797
	%12807 = select i1 %12802, i32 %12804, i32 %12806
	%12808 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12807, i32 8, i32 31)
	%12809 = and i32 %3, 16
	%12810 = icmp eq i32 %12809, 0
	%12811 = and i32 %3, 8
	%12812 = icmp eq i32 %12811, 0
	%12813 = icmp eq i1 %12810, %12812
	%12814 = icmp ugt i32 %12807, %12808
	%12815 = select i1 %12814, i32 %12807, i32 %12808
	%12816 = icmp ult i32 %12807, %12808
	%12817 = select i1 %12816, i32 %12807, i32 %12808
	%12818 = select i1 %12813, i32 %12815, i32 %12817
	%12819 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12818, i32 4, i32 31)
	%12820 = and i32 %3, 16
	%12821 = icmp eq i32 %12820, 0
	%12822 = and i32 %3, 4
	%12823 = icmp eq i32 %12822, 0
	%12824 = icmp eq i1 %12821, %12823
	%12825 = icmp ugt i32 %12818, %12819
	%12826 = select i1 %12825, i32 %12818, i32 %12819
	%12827 = icmp ult i32 %12818, %12819
	%12828 = select i1 %12827, i32 %12818, i32 %12819
	%12829 = select i1 %12824, i32 %12826, i32 %12828
	%12830 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12829, i32 2, i32 31)
	%12831 = and i32 %3, 16
	%12832 = icmp eq i32 %12831, 0
	%12833 = and i32 %3, 2
	%12834 = icmp eq i32 %12833, 0
	%12835 = icmp eq i1 %12832, %12834
	%12836 = icmp ugt i32 %12829, %12830
	%12837 = select i1 %12836, i32 %12829, i32 %12830
	%12838 = icmp ult i32 %12829, %12830
	%12839 = select i1 %12838, i32 %12829, i32 %12830
	%12840 = select i1 %12835, i32 %12837, i32 %12839
	%12841 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12840, i32 1, i32 31)
	%12842 = and i32 %3, 16
	%12843 = icmp eq i32 %12842, 0
	%12844 = and i32 %3, 1
	%12845 = icmp eq i32 %12844, 0
	%12846 = icmp eq i1 %12843, %12845
	%12847 = icmp ugt i32 %12840, %12841
	%12848 = select i1 %12847, i32 %12840, i32 %12841
	%12849 = icmp ult i32 %12840, %12841
	%12850 = select i1 %12849, i32 %12840, i32 %12841
	%12851 = select i1 %12846, i32 %12848, i32 %12850
	%12852 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12851, i32 16, i32 31)
	%12853 = and i32 %3, 32
	%12854 = icmp eq i32 %12853, 0
	%12855 = and i32 %3, 16
	%12856 = icmp eq i32 %12855, 0
	%12857 = icmp eq i1 %12854, %12856
	%12858 = icmp ugt i32 %12851, %12852
	%12859 = select i1 %12858, i32 %12851, i32 %12852
	%12860 = icmp ult i32 %12851, %12852
	%12861 = select i1 %12860, i32 %12851, i32 %12852
	%12862 = select i1 %12857, i32 %12859, i32 %12861
	%12863 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12862, i32 8, i32 31)
	%12864 = and i32 %3, 32
	%12865 = icmp eq i32 %12864, 0
	%12866 = and i32 %3, 8
	%12867 = icmp eq i32 %12866, 0
	%12868 = icmp eq i1 %12865, %12867
	%12869 = icmp ugt i32 %12862, %12863
	%12870 = select i1 %12869, i32 %12862, i32 %12863
	%12871 = icmp ult i32 %12862, %12863
	%12872 = select i1 %12871, i32 %12862, i32 %12863
	%12873 = select i1 %12868, i32 %12870, i32 %12872
	%12874 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12873, i32 4, i32 31)
	%12875 = and i32 %3, 32
	%12876 = icmp eq i32 %12875, 0
	%12877 = and i32 %3, 4
	%12878 = icmp eq i32 %12877, 0
	%12879 = icmp eq i1 %12876, %12878
	%12880 = icmp ugt i32 %12873, %12874
	%12881 = select i1 %12880, i32 %12873, i32 %12874
	%12882 = icmp ult i32 %12873, %12874
	%12883 = select i1 %12882, i32 %12873, i32 %12874
	%12884 = select i1 %12879, i32 %12881, i32 %12883
	%12885 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12884, i32 2, i32 31)
	%12886 = and i32 %3, 32
	%12887 = icmp eq i32 %12886, 0
	%12888 = and i32 %3, 2
	%12889 = icmp eq i32 %12888, 0
	%12890 = icmp eq i1 %12887, %12889
	%12891 = icmp ugt i32 %12884, %12885
	%12892 = select i1 %12891, i32 %12884, i32 %12885
	%12893 = icmp ult i32 %12884, %12885
	%12894 = select i1 %12893, i32 %12884, i32 %12885
	%12895 = select i1 %12890, i32 %12892, i32 %12894
	%12896 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12895, i32 1, i32 31)
	%12897 = and i32 %3, 32
	%12898 = icmp eq i32 %12897, 0
	%12899 = and i32 %3, 1
	%12900 = icmp eq i32 %12899, 0
	%12901 = icmp eq i1 %12898, %12900
	%12902 = icmp ugt i32 %12895, %12896
	%12903 = select i1 %12902, i32 %12895, i32 %12896
	%12904 = icmp ult i32 %12895, %12896
	%12905 = select i1 %12904, i32 %12895, i32 %12896
	%12906 = select i1 %12901, i32 %12903, i32 %12905
	%12907 = sub i32 31, %3
	%12908 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12906, i32 %12907, i32 31)
	%12909 = icmp ugt i32 %12741, %12908
	%12910 = select i1 %12909, i32 %12741, i32 %12908
	%12911 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12910, i32 16, i32 31)
	%12912 = and i32 %3, 16
	%12913 = icmp eq i32 %12912, 0
	%12914 = icmp eq i1 true, %12913
	%12915 = icmp ugt i32 %12910, %12911
	%12916 = select i1 %12915, i32 %12910, i32 %12911
	%12917 = icmp ult i32 %12910, %12911
	%12918 = select i1 %12917, i32 %12910, i32 %12911
	%12919 = select i1 %12914, i32 %12916, i32 %12918
	%12920 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12919, i32 8, i32 31)
	%12921 = and i32 %3, 8
	%12922 = icmp eq i32 %12921, 0
	%12923 = icmp eq i1 true, %12922
	%12924 = icmp ugt i32 %12919, %12920
	%12925 = select i1 %12924, i32 %12919, i32 %12920
	%12926 = icmp ult i32 %12919, %12920
	%12927 = select i1 %12926, i32 %12919, i32 %12920
	%12928 = select i1 %12923, i32 %12925, i32 %12927
	%12929 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12928, i32 4, i32 31)
	%12930 = and i32 %3, 4
	%12931 = icmp eq i32 %12930, 0
	%12932 = icmp eq i1 true, %12931
	%12933 = icmp ugt i32 %12928, %12929
	%12934 = select i1 %12933, i32 %12928, i32 %12929
	%12935 = icmp ult i32 %12928, %12929
	%12936 = select i1 %12935, i32 %12928, i32 %12929
	%12937 = select i1 %12932, i32 %12934, i32 %12936
	%12938 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12937, i32 2, i32 31)
	%12939 = and i32 %3, 2
	%12940 = icmp eq i32 %12939, 0
	%12941 = icmp eq i1 true, %12940
	%12942 = icmp ugt i32 %12937, %12938
	%12943 = select i1 %12942, i32 %12937, i32 %12938
	%12944 = icmp ult i32 %12937, %12938
	%12945 = select i1 %12944, i32 %12937, i32 %12938
	%12946 = select i1 %12941, i32 %12943, i32 %12945
	%12947 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12946, i32 1, i32 31)
	%12948 = and i32 %3, 1
	%12949 = icmp eq i32 %12948, 0
	%12950 = icmp eq i1 true, %12949
	%12951 = icmp ugt i32 %12946, %12947
	%12952 = select i1 %12951, i32 %12946, i32 %12947
	%12953 = icmp ult i32 %12946, %12947
	%12954 = select i1 %12953, i32 %12946, i32 %12947
	%12955 = select i1 %12950, i32 %12952, i32 %12954
	%12956 = sub i32 %541, 1
	%12957 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12955, i32 %12956, i32 31)
	%12958 = icmp ugt i32 %12566, %12957
	%12959 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12958)
	%12960 = call i32 @llvm.ctpop.i32(i32 %12959)
	%12961 = icmp ugt i32 %12576, %12957
	%12962 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12961)
	%12963 = call i32 @llvm.ctpop.i32(i32 %12962)
	%12964 = add i32 %12960, %12963
	%12965 = sub i32 %541, %12964
	br label %12555

12966:
	%12967 = mul i32 %4, 256
	%12968 = mul i32 %3, 8
	%12969 = add i32 %12968, 0
	%12970 = add i32 %12967, %12969
	%12971 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12972 = bitcast i8 addrspace(3)* %12971 to i32 addrspace(3)*
	%12973 = getelementptr i32, i32 addrspace(3)* %12972, i32 %12970
	store i32 0, i32 addrspace(3)* %12973
	%12974 = mul i32 %3, 8
	%12975 = add i32 %12974, 1
	%12976 = add i32 %12967, %12975
	%12977 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12978 = bitcast i8 addrspace(3)* %12977 to i32 addrspace(3)*
	%12979 = getelementptr i32, i32 addrspace(3)* %12978, i32 %12976
	store i32 0, i32 addrspace(3)* %12979
	%12980 = mul i32 %3, 8
	%12981 = add i32 %12980, 2
	%12982 = add i32 %12967, %12981
	%12983 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12984 = bitcast i8 addrspace(3)* %12983 to i32 addrspace(3)*
	%12985 = getelementptr i32, i32 addrspace(3)* %12984, i32 %12982
	store i32 0, i32 addrspace(3)* %12985
	%12986 = mul i32 %3, 8
	%12987 = add i32 %12986, 3
	%12988 = add i32 %12967, %12987
	%12989 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12990 = bitcast i8 addrspace(3)* %12989 to i32 addrspace(3)*
	%12991 = getelementptr i32, i32 addrspace(3)* %12990, i32 %12988
	store i32 0, i32 addrspace(3)* %12991
	%12992 = mul i32 %3, 8
	%12993 = add i32 %12992, 4
	%12994 = add i32 %12967, %12993
	%12995 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%12996 = bitcast i8 addrspace(3)* %12995 to i32 addrspace(3)*
	%12997 = getelementptr i32, i32 addrspace(3)* %12996, i32 %12994
	store i32 0, i32 addrspace(3)* %12997
	%12998 = mul i32 %3, 8
	%12999 = add i32 %12998, 5
	%13000 = add i32 %12967, %12999
	%13001 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13002 = bitcast i8 addrspace(3)* %13001 to i32 addrspace(3)*
	%13003 = getelementptr i32, i32 addrspace(3)* %13002, i32 %13000
	store i32 0, i32 addrspace(3)* %13003
	%13004 = mul i32 %3, 8
	%13005 = add i32 %13004, 6
	%13006 = add i32 %12967, %13005
	%13007 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13008 = bitcast i8 addrspace(3)* %13007 to i32 addrspace(3)*
	%13009 = getelementptr i32, i32 addrspace(3)* %13008, i32 %13006
	store i32 0, i32 addrspace(3)* %13009
	%13010 = mul i32 %3, 8
	%13011 = add i32 %13010, 7
	%13012 = add i32 %12967, %13011
	%13013 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13014 = bitcast i8 addrspace(3)* %13013 to i32 addrspace(3)*
	%13015 = getelementptr i32, i32 addrspace(3)* %13014, i32 %13012
	store i32 0, i32 addrspace(3)* %13015
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13021

13016:
	%13017 = phi i32 [ %12556, %12555 ], [ %13983, %13801 ]
	%13018 = phi i32 [ %12557, %12555 ], [ %13986, %13801 ]
	%13019 = shl i32 1, %3
	%13020 = sub i32 %13019, 1
	br label %13997

13021:
	%13022 = phi i32 [ %3, %12966 ], [ %13276, %13275 ]
	%13023 = icmp slt i32 %13022, %593
	br i1 %13023, label %13024, label %13033

13024:
	%13025 = add i32 %12544, %13022
	%13026 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%13027 = bitcast i8 addrspace(3)* %13026 to i32 addrspace(3)*
	%13028 = getelementptr i32, i32 addrspace(3)* %13027, i32 %13025
	%13029 = load i32, i32 addrspace(3)* %13028
	%13030 = and i32 %13029, 0
	%13031 = icmp eq i32 %13030, 0
	%13032 = and i1 true, %13031
	br i1 %13032, label %13267, label %13275

13033:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13034 = mul i32 %3, 8
	%13035 = add i32 %13034, 0
	%13036 = sub i32 255, %13035
	%13037 = add i32 %12967, %13036
	%13038 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13039 = bitcast i8 addrspace(3)* %13038 to i32 addrspace(3)*
	%13040 = getelementptr i32, i32 addrspace(3)* %13039, i32 %13037
	%13041 = load i32, i32 addrspace(3)* %13040
	%13042 = add i32 0, %13041
	%13043 = mul i32 %3, 8
	%13044 = add i32 %13043, 1
	%13045 = sub i32 255, %13044
	%13046 = add i32 %12967, %13045
	%13047 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13048 = bitcast i8 addrspace(3)* %13047 to i32 addrspace(3)*
	%13049 = getelementptr i32, i32 addrspace(3)* %13048, i32 %13046
	%13050 = load i32, i32 addrspace(3)* %13049
	%13051 = add i32 %13042, %13050
	%13052 = mul i32 %3, 8
	%13053 = add i32 %13052, 2
	%13054 = sub i32 255, %13053
	%13055 = add i32 %12967, %13054
	%13056 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13057 = bitcast i8 addrspace(3)* %13056 to i32 addrspace(3)*
	%13058 = getelementptr i32, i32 addrspace(3)* %13057, i32 %13055
	%13059 = load i32, i32 addrspace(3)* %13058
	%13060 = add i32 %13051, %13059
	%13061 = mul i32 %3, 8
	%13062 = add i32 %13061, 3
	%13063 = sub i32 255, %13062
	%13064 = add i32 %12967, %13063
	%13065 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13066 = bitcast i8 addrspace(3)* %13065 to i32 addrspace(3)*
	%13067 = getelementptr i32, i32 addrspace(3)* %13066, i32 %13064
	%13068 = load i32, i32 addrspace(3)* %13067
	%13069 = add i32 %13060, %13068
	%13070 = mul i32 %3, 8
	%13071 = add i32 %13070, 4
	%13072 = sub i32 255, %13071
	%13073 = add i32 %12967, %13072
	%13074 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13075 = bitcast i8 addrspace(3)* %13074 to i32 addrspace(3)*
	%13076 = getelementptr i32, i32 addrspace(3)* %13075, i32 %13073
	%13077 = load i32, i32 addrspace(3)* %13076
	%13078 = add i32 %13069, %13077
	%13079 = mul i32 %3, 8
	%13080 = add i32 %13079, 5
	%13081 = sub i32 255, %13080
	%13082 = add i32 %12967, %13081
	%13083 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13084 = bitcast i8 addrspace(3)* %13083 to i32 addrspace(3)*
	%13085 = getelementptr i32, i32 addrspace(3)* %13084, i32 %13082
	%13086 = load i32, i32 addrspace(3)* %13085
	%13087 = add i32 %13078, %13086
	%13088 = mul i32 %3, 8
	%13089 = add i32 %13088, 6
	%13090 = sub i32 255, %13089
	%13091 = add i32 %12967, %13090
	%13092 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13093 = bitcast i8 addrspace(3)* %13092 to i32 addrspace(3)*
	%13094 = getelementptr i32, i32 addrspace(3)* %13093, i32 %13091
	%13095 = load i32, i32 addrspace(3)* %13094
	%13096 = add i32 %13087, %13095
	%13097 = mul i32 %3, 8
	%13098 = add i32 %13097, 7
	%13099 = sub i32 255, %13098
	%13100 = add i32 %12967, %13099
	%13101 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13102 = bitcast i8 addrspace(3)* %13101 to i32 addrspace(3)*
	%13103 = getelementptr i32, i32 addrspace(3)* %13102, i32 %13100
	%13104 = load i32, i32 addrspace(3)* %13103
	%13105 = add i32 %13096, %13104
	%13106 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13105, i32 1, i32 0)
	%13107 = icmp uge i32 %3, 1
	%13108 = select i1 %13107, i32 %13106, i32 0
	%13109 = add i32 %13105, %13108
	%13110 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13109, i32 2, i32 0)
	%13111 = icmp uge i32 %3, 2
	%13112 = select i1 %13111, i32 %13110, i32 0
	%13113 = add i32 %13109, %13112
	%13114 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13113, i32 4, i32 0)
	%13115 = icmp uge i32 %3, 4
	%13116 = select i1 %13115, i32 %13114, i32 0
	%13117 = add i32 %13113, %13116
	%13118 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13117, i32 8, i32 0)
	%13119 = icmp uge i32 %3, 8
	%13120 = select i1 %13119, i32 %13118, i32 0
	%13121 = add i32 %13117, %13120
	%13122 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13121, i32 16, i32 0)
	%13123 = icmp uge i32 %3, 16
	%13124 = select i1 %13123, i32 %13122, i32 0
	%13125 = add i32 %13121, %13124
	%13126 = sub i32 %13125, %13105
	%13127 = icmp slt i32 %13126, %541
	%13128 = icmp sge i32 %13125, %541
	%13129 = and i1 %13127, %13128
	%13130 = add i32 %13126, %13041
	%13131 = xor i1 false, true
	%13132 = icmp sge i32 %13130, %541
	%13133 = and i1 %13131, %13132
	%13134 = mul i32 %3, 8
	%13135 = add i32 %13134, 0
	%13136 = sub i32 255, %13135
	%13137 = select i1 %13133, i32 %13136, i32 0
	%13138 = select i1 %13133, i32 %13126, i32 0
	%13139 = or i1 false, %13133
	%13140 = add i32 %13130, %13050
	%13141 = xor i1 %13139, true
	%13142 = icmp sge i32 %13140, %541
	%13143 = and i1 %13141, %13142
	%13144 = mul i32 %3, 8
	%13145 = add i32 %13144, 1
	%13146 = sub i32 255, %13145
	%13147 = select i1 %13143, i32 %13146, i32 %13137
	%13148 = select i1 %13143, i32 %13130, i32 %13138
	%13149 = or i1 %13139, %13143
	%13150 = add i32 %13140, %13059
	%13151 = xor i1 %13149, true
	%13152 = icmp sge i32 %13150, %541
	%13153 = and i1 %13151, %13152
	%13154 = mul i32 %3, 8
	%13155 = add i32 %13154, 2
	%13156 = sub i32 255, %13155
	%13157 = select i1 %13153, i32 %13156, i32 %13147
	%13158 = select i1 %13153, i32 %13140, i32 %13148
	%13159 = or i1 %13149, %13153
	%13160 = add i32 %13150, %13068
	%13161 = xor i1 %13159, true
	%13162 = icmp sge i32 %13160, %541
	%13163 = and i1 %13161, %13162
	%13164 = mul i32 %3, 8
	%13165 = add i32 %13164, 3
	%13166 = sub i32 255, %13165
	%13167 = select i1 %13163, i32 %13166, i32 %13157
	%13168 = select i1 %13163, i32 %13150, i32 %13158
	%13169 = or i1 %13159, %13163
	%13170 = add i32 %13160, %13077
	%13171 = xor i1 %13169, true
	%13172 = icmp sge i32 %13170, %541
	%13173 = and i1 %13171, %13172
	%13174 = mul i32 %3, 8
	%13175 = add i32 %13174, 4
	%13176 = sub i32 255, %13175
	%13177 = select i1 %13173, i32 %13176, i32 %13167
	%13178 = select i1 %13173, i32 %13160, i32 %13168
	%13179 = or i1 %13169, %13173
	%13180 = add i32 %13170, %13086
	%13181 = xor i1 %13179, true
	%13182 = icmp sge i32 %13180, %541
	%13183 = and i1 %13181, %13182
	%13184 = mul i32 %3, 8
	%13185 = add i32 %13184, 5
	%13186 = sub i32 255, %13185
	%13187 = select i1 %13183, i32 %13186, i32 %13177
	%13188 = select i1 %13183, i32 %13170, i32 %13178
	%13189 = or i1 %13179, %13183
	%13190 = add i32 %13180, %13095
	%13191 = xor i1 %13189, true
	%13192 = icmp sge i32 %13190, %541
	%13193 = and i1 %13191, %13192
	%13194 = mul i32 %3, 8
	%13195 = add i32 %13194, 6
	%13196 = sub i32 255, %13195
	%13197 = select i1 %13193, i32 %13196, i32 %13187
	%13198 = select i1 %13193, i32 %13180, i32 %13188
	%13199 = or i1 %13189, %13193
	%13200 = add i32 %13190, %13104
	%13201 = xor i1 %13199, true
	%13202 = icmp sge i32 %13200, %541
	%13203 = and i1 %13201, %13202
	%13204 = mul i32 %3, 8
	%13205 = add i32 %13204, 7
	%13206 = sub i32 255, %13205
	%13207 = select i1 %13203, i32 %13206, i32 %13197
	%13208 = select i1 %13203, i32 %13190, i32 %13198
	%13209 = or i1 %13199, %13203
	%13210 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13129)
	%13211 = call i32 @llvm.cttz.i32(i32 %13210, i1 false)
	%13212 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13207, i32 %13211, i32 31)
	%13213 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13208, i32 %13211, i32 31)
	%13214 = shl i32 %13212, 24
	%13215 = or i32 0, %13214
	%13216 = shl i32 255, 24
	%13217 = or i32 0, %13216
	%13218 = sub i32 %541, %13213
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13219 = mul i32 %3, 8
	%13220 = add i32 %13219, 0
	%13221 = add i32 %12967, %13220
	%13222 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13223 = bitcast i8 addrspace(3)* %13222 to i32 addrspace(3)*
	%13224 = getelementptr i32, i32 addrspace(3)* %13223, i32 %13221
	store i32 0, i32 addrspace(3)* %13224
	%13225 = mul i32 %3, 8
	%13226 = add i32 %13225, 1
	%13227 = add i32 %12967, %13226
	%13228 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13229 = bitcast i8 addrspace(3)* %13228 to i32 addrspace(3)*
	%13230 = getelementptr i32, i32 addrspace(3)* %13229, i32 %13227
	store i32 0, i32 addrspace(3)* %13230
	%13231 = mul i32 %3, 8
	%13232 = add i32 %13231, 2
	%13233 = add i32 %12967, %13232
	%13234 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13235 = bitcast i8 addrspace(3)* %13234 to i32 addrspace(3)*
	%13236 = getelementptr i32, i32 addrspace(3)* %13235, i32 %13233
	store i32 0, i32 addrspace(3)* %13236
	%13237 = mul i32 %3, 8
	%13238 = add i32 %13237, 3
	%13239 = add i32 %12967, %13238
	%13240 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13241 = bitcast i8 addrspace(3)* %13240 to i32 addrspace(3)*
	%13242 = getelementptr i32, i32 addrspace(3)* %13241, i32 %13239
	store i32 0, i32 addrspace(3)* %13242
	%13243 = mul i32 %3, 8
	%13244 = add i32 %13243, 4
	%13245 = add i32 %12967, %13244
	%13246 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13247 = bitcast i8 addrspace(3)* %13246 to i32 addrspace(3)*
	%13248 = getelementptr i32, i32 addrspace(3)* %13247, i32 %13245
	store i32 0, i32 addrspace(3)* %13248
	%13249 = mul i32 %3, 8
	%13250 = add i32 %13249, 5
	%13251 = add i32 %12967, %13250
	%13252 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13253 = bitcast i8 addrspace(3)* %13252 to i32 addrspace(3)*
	%13254 = getelementptr i32, i32 addrspace(3)* %13253, i32 %13251
	store i32 0, i32 addrspace(3)* %13254
	%13255 = mul i32 %3, 8
	%13256 = add i32 %13255, 6
	%13257 = add i32 %12967, %13256
	%13258 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13259 = bitcast i8 addrspace(3)* %13258 to i32 addrspace(3)*
	%13260 = getelementptr i32, i32 addrspace(3)* %13259, i32 %13257
	store i32 0, i32 addrspace(3)* %13260
	%13261 = mul i32 %3, 8
	%13262 = add i32 %13261, 7
	%13263 = add i32 %12967, %13262
	%13264 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13265 = bitcast i8 addrspace(3)* %13264 to i32 addrspace(3)*
	%13266 = getelementptr i32, i32 addrspace(3)* %13265, i32 %13263
	store i32 0, i32 addrspace(3)* %13266
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13277

13267:
	%13268 = lshr i32 %13029, 24
	%13269 = and i32 %13268, 255
	%13270 = add i32 %12967, %13269
	%13271 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13272 = bitcast i8 addrspace(3)* %13271 to i32 addrspace(3)*
	%13273 = getelementptr i32, i32 addrspace(3)* %13272, i32 %13270
	%13274 = atomicrmw add i32 addrspace(3)* %13273, i32 1 monotonic
	br label %13275

13275:
	%13276 = add i32 %13022, 32
	br label %13021

13277:
	%13278 = phi i32 [ %3, %13033 ], [ %13532, %13531 ]
	%13279 = icmp slt i32 %13278, %593
	br i1 %13279, label %13280, label %13289

13280:
	%13281 = add i32 %12544, %13278
	%13282 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%13283 = bitcast i8 addrspace(3)* %13282 to i32 addrspace(3)*
	%13284 = getelementptr i32, i32 addrspace(3)* %13283, i32 %13281
	%13285 = load i32, i32 addrspace(3)* %13284
	%13286 = and i32 %13285, %13217
	%13287 = icmp eq i32 %13286, %13215
	%13288 = and i1 true, %13287
	br i1 %13288, label %13523, label %13531

13289:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13290 = mul i32 %3, 8
	%13291 = add i32 %13290, 0
	%13292 = sub i32 255, %13291
	%13293 = add i32 %12967, %13292
	%13294 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13295 = bitcast i8 addrspace(3)* %13294 to i32 addrspace(3)*
	%13296 = getelementptr i32, i32 addrspace(3)* %13295, i32 %13293
	%13297 = load i32, i32 addrspace(3)* %13296
	%13298 = add i32 0, %13297
	%13299 = mul i32 %3, 8
	%13300 = add i32 %13299, 1
	%13301 = sub i32 255, %13300
	%13302 = add i32 %12967, %13301
	%13303 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13304 = bitcast i8 addrspace(3)* %13303 to i32 addrspace(3)*
	%13305 = getelementptr i32, i32 addrspace(3)* %13304, i32 %13302
	%13306 = load i32, i32 addrspace(3)* %13305
	%13307 = add i32 %13298, %13306
	%13308 = mul i32 %3, 8
	%13309 = add i32 %13308, 2
	%13310 = sub i32 255, %13309
	%13311 = add i32 %12967, %13310
	%13312 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13313 = bitcast i8 addrspace(3)* %13312 to i32 addrspace(3)*
	%13314 = getelementptr i32, i32 addrspace(3)* %13313, i32 %13311
	%13315 = load i32, i32 addrspace(3)* %13314
	%13316 = add i32 %13307, %13315
	%13317 = mul i32 %3, 8
	%13318 = add i32 %13317, 3
	%13319 = sub i32 255, %13318
	%13320 = add i32 %12967, %13319
	%13321 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13322 = bitcast i8 addrspace(3)* %13321 to i32 addrspace(3)*
	%13323 = getelementptr i32, i32 addrspace(3)* %13322, i32 %13320
	%13324 = load i32, i32 addrspace(3)* %13323
	%13325 = add i32 %13316, %13324
	%13326 = mul i32 %3, 8
	%13327 = add i32 %13326, 4
	%13328 = sub i32 255, %13327
	%13329 = add i32 %12967, %13328
	%13330 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13331 = bitcast i8 addrspace(3)* %13330 to i32 addrspace(3)*
	%13332 = getelementptr i32, i32 addrspace(3)* %13331, i32 %13329
	%13333 = load i32, i32 addrspace(3)* %13332
	%13334 = add i32 %13325, %13333
	%13335 = mul i32 %3, 8
	%13336 = add i32 %13335, 5
	%13337 = sub i32 255, %13336
	%13338 = add i32 %12967, %13337
	%13339 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13340 = bitcast i8 addrspace(3)* %13339 to i32 addrspace(3)*
	%13341 = getelementptr i32, i32 addrspace(3)* %13340, i32 %13338
	%13342 = load i32, i32 addrspace(3)* %13341
	%13343 = add i32 %13334, %13342
	%13344 = mul i32 %3, 8
	%13345 = add i32 %13344, 6
	%13346 = sub i32 255, %13345
	%13347 = add i32 %12967, %13346
	%13348 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13349 = bitcast i8 addrspace(3)* %13348 to i32 addrspace(3)*
	%13350 = getelementptr i32, i32 addrspace(3)* %13349, i32 %13347
	%13351 = load i32, i32 addrspace(3)* %13350
	%13352 = add i32 %13343, %13351
	%13353 = mul i32 %3, 8
	%13354 = add i32 %13353, 7
	%13355 = sub i32 255, %13354
	%13356 = add i32 %12967, %13355
	%13357 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13358 = bitcast i8 addrspace(3)* %13357 to i32 addrspace(3)*
	%13359 = getelementptr i32, i32 addrspace(3)* %13358, i32 %13356
	%13360 = load i32, i32 addrspace(3)* %13359
	%13361 = add i32 %13352, %13360
	%13362 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13361, i32 1, i32 0)
	%13363 = icmp uge i32 %3, 1
	%13364 = select i1 %13363, i32 %13362, i32 0
	%13365 = add i32 %13361, %13364
	%13366 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13365, i32 2, i32 0)
	%13367 = icmp uge i32 %3, 2
	%13368 = select i1 %13367, i32 %13366, i32 0
	%13369 = add i32 %13365, %13368
	%13370 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13369, i32 4, i32 0)
	%13371 = icmp uge i32 %3, 4
	%13372 = select i1 %13371, i32 %13370, i32 0
	%13373 = add i32 %13369, %13372
	%13374 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13373, i32 8, i32 0)
	%13375 = icmp uge i32 %3, 8
	%13376 = select i1 %13375, i32 %13374, i32 0
	%13377 = add i32 %13373, %13376
	%13378 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13377, i32 16, i32 0)
	%13379 = icmp uge i32 %3, 16
	%13380 = select i1 %13379, i32 %13378, i32 0
	%13381 = add i32 %13377, %13380
	%13382 = sub i32 %13381, %13361
	%13383 = icmp slt i32 %13382, %13218
	%13384 = icmp sge i32 %13381, %13218
	%13385 = and i1 %13383, %13384
	%13386 = add i32 %13382, %13297
	%13387 = xor i1 false, true
	%13388 = icmp sge i32 %13386, %13218
	%13389 = and i1 %13387, %13388
	%13390 = mul i32 %3, 8
	%13391 = add i32 %13390, 0
	%13392 = sub i32 255, %13391
	%13393 = select i1 %13389, i32 %13392, i32 0
	%13394 = select i1 %13389, i32 %13382, i32 0
	%13395 = or i1 false, %13389
	%13396 = add i32 %13386, %13306
	%13397 = xor i1 %13395, true
	%13398 = icmp sge i32 %13396, %13218
	%13399 = and i1 %13397, %13398
	%13400 = mul i32 %3, 8
	%13401 = add i32 %13400, 1
	%13402 = sub i32 255, %13401
	%13403 = select i1 %13399, i32 %13402, i32 %13393
	%13404 = select i1 %13399, i32 %13386, i32 %13394
	%13405 = or i1 %13395, %13399
	%13406 = add i32 %13396, %13315
	%13407 = xor i1 %13405, true
	%13408 = icmp sge i32 %13406, %13218
	%13409 = and i1 %13407, %13408
	%13410 = mul i32 %3, 8
	%13411 = add i32 %13410, 2
	%13412 = sub i32 255, %13411
	%13413 = select i1 %13409, i32 %13412, i32 %13403
	%13414 = select i1 %13409, i32 %13396, i32 %13404
	%13415 = or i1 %13405, %13409
	%13416 = add i32 %13406, %13324
	%13417 = xor i1 %13415, true
	%13418 = icmp sge i32 %13416, %13218
	%13419 = and i1 %13417, %13418
	%13420 = mul i32 %3, 8
	%13421 = add i32 %13420, 3
	%13422 = sub i32 255, %13421
	%13423 = select i1 %13419, i32 %13422, i32 %13413
	%13424 = select i1 %13419, i32 %13406, i32 %13414
	%13425 = or i1 %13415, %13419
	%13426 = add i32 %13416, %13333
	%13427 = xor i1 %13425, true
	%13428 = icmp sge i32 %13426, %13218
	%13429 = and i1 %13427, %13428
	%13430 = mul i32 %3, 8
	%13431 = add i32 %13430, 4
	%13432 = sub i32 255, %13431
	%13433 = select i1 %13429, i32 %13432, i32 %13423
	%13434 = select i1 %13429, i32 %13416, i32 %13424
	%13435 = or i1 %13425, %13429
	%13436 = add i32 %13426, %13342
	%13437 = xor i1 %13435, true
	%13438 = icmp sge i32 %13436, %13218
	%13439 = and i1 %13437, %13438
	%13440 = mul i32 %3, 8
	%13441 = add i32 %13440, 5
	%13442 = sub i32 255, %13441
	%13443 = select i1 %13439, i32 %13442, i32 %13433
	%13444 = select i1 %13439, i32 %13426, i32 %13434
	%13445 = or i1 %13435, %13439
	%13446 = add i32 %13436, %13351
	%13447 = xor i1 %13445, true
	%13448 = icmp sge i32 %13446, %13218
	%13449 = and i1 %13447, %13448
	%13450 = mul i32 %3, 8
	%13451 = add i32 %13450, 6
	%13452 = sub i32 255, %13451
	%13453 = select i1 %13449, i32 %13452, i32 %13443
	%13454 = select i1 %13449, i32 %13436, i32 %13444
	%13455 = or i1 %13445, %13449
	%13456 = add i32 %13446, %13360
	%13457 = xor i1 %13455, true
	%13458 = icmp sge i32 %13456, %13218
	%13459 = and i1 %13457, %13458
	%13460 = mul i32 %3, 8
	%13461 = add i32 %13460, 7
	%13462 = sub i32 255, %13461
	%13463 = select i1 %13459, i32 %13462, i32 %13453
	%13464 = select i1 %13459, i32 %13446, i32 %13454
	%13465 = or i1 %13455, %13459
	%13466 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13385)
	%13467 = call i32 @llvm.cttz.i32(i32 %13466, i1 false)
	%13468 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13463, i32 %13467, i32 31)
	%13469 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13464, i32 %13467, i32 31)
	%13470 = shl i32 %13468, 16
	%13471 = or i32 %13215, %13470
	%13472 = shl i32 255, 16
	%13473 = or i32 %13217, %13472
	%13474 = sub i32 %13218, %13469
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13475 = mul i32 %3, 8
	%13476 = add i32 %13475, 0
	%13477 = add i32 %12967, %13476
	%13478 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13479 = bitcast i8 addrspace(3)* %13478 to i32 addrspace(3)*
	%13480 = getelementptr i32, i32 addrspace(3)* %13479, i32 %13477
	store i32 0, i32 addrspace(3)* %13480
	%13481 = mul i32 %3, 8
	%13482 = add i32 %13481, 1
	%13483 = add i32 %12967, %13482
	%13484 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13485 = bitcast i8 addrspace(3)* %13484 to i32 addrspace(3)*
	%13486 = getelementptr i32, i32 addrspace(3)* %13485, i32 %13483
	store i32 0, i32 addrspace(3)* %13486
	%13487 = mul i32 %3, 8
	%13488 = add i32 %13487, 2
	%13489 = add i32 %12967, %13488
	%13490 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13491 = bitcast i8 addrspace(3)* %13490 to i32 addrspace(3)*
	%13492 = getelementptr i32, i32 addrspace(3)* %13491, i32 %13489
	store i32 0, i32 addrspace(3)* %13492
	%13493 = mul i32 %3, 8
	%13494 = add i32 %13493, 3
	%13495 = add i32 %12967, %13494
	%13496 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13497 = bitcast i8 addrspace(3)* %13496 to i32 addrspace(3)*
	%13498 = getelementptr i32, i32 addrspace(3)* %13497, i32 %13495
	store i32 0, i32 addrspace(3)* %13498
	%13499 = mul i32 %3, 8
	%13500 = add i32 %13499, 4
	%13501 = add i32 %12967, %13500
	%13502 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13503 = bitcast i8 addrspace(3)* %13502 to i32 addrspace(3)*
	%13504 = getelementptr i32, i32 addrspace(3)* %13503, i32 %13501
	store i32 0, i32 addrspace(3)* %13504
	%13505 = mul i32 %3, 8
	%13506 = add i32 %13505, 5
	%13507 = add i32 %12967, %13506
	%13508 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13509 = bitcast i8 addrspace(3)* %13508 to i32 addrspace(3)*
	%13510 = getelementptr i32, i32 addrspace(3)* %13509, i32 %13507
	store i32 0, i32 addrspace(3)* %13510
	%13511 = mul i32 %3, 8
	%13512 = add i32 %13511, 6
	%13513 = add i32 %12967, %13512
	%13514 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13515 = bitcast i8 addrspace(3)* %13514 to i32 addrspace(3)*
	%13516 = getelementptr i32, i32 addrspace(3)* %13515, i32 %13513
	store i32 0, i32 addrspace(3)* %13516
	%13517 = mul i32 %3, 8
	%13518 = add i32 %13517, 7
	%13519 = add i32 %12967, %13518
	%13520 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13521 = bitcast i8 addrspace(3)* %13520 to i32 addrspace(3)*
	%13522 = getelementptr i32, i32 addrspace(3)* %13521, i32 %13519
	store i32 0, i32 addrspace(3)* %13522
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13533

13523:
	%13524 = lshr i32 %13285, 16
	%13525 = and i32 %13524, 255
	%13526 = add i32 %12967, %13525
	%13527 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13528 = bitcast i8 addrspace(3)* %13527 to i32 addrspace(3)*
	%13529 = getelementptr i32, i32 addrspace(3)* %13528, i32 %13526
	%13530 = atomicrmw add i32 addrspace(3)* %13529, i32 1 monotonic
	br label %13531

13531:
	%13532 = add i32 %13278, 32
	br label %13277

13533:
	%13534 = phi i32 [ %3, %13289 ], [ %13788, %13787 ]
	%13535 = icmp slt i32 %13534, %593
	br i1 %13535, label %13536, label %13545

13536:
	%13537 = add i32 %12544, %13534
	%13538 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%13539 = bitcast i8 addrspace(3)* %13538 to i32 addrspace(3)*
	%13540 = getelementptr i32, i32 addrspace(3)* %13539, i32 %13537
	%13541 = load i32, i32 addrspace(3)* %13540
	%13542 = and i32 %13541, %13473
	%13543 = icmp eq i32 %13542, %13471
	%13544 = and i1 true, %13543
	br i1 %13544, label %13779, label %13787

13545:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13546 = mul i32 %3, 8
	%13547 = add i32 %13546, 0
	%13548 = sub i32 255, %13547
	%13549 = add i32 %12967, %13548
	%13550 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13551 = bitcast i8 addrspace(3)* %13550 to i32 addrspace(3)*
	%13552 = getelementptr i32, i32 addrspace(3)* %13551, i32 %13549
	%13553 = load i32, i32 addrspace(3)* %13552
	%13554 = add i32 0, %13553
	%13555 = mul i32 %3, 8
	%13556 = add i32 %13555, 1
	%13557 = sub i32 255, %13556
	%13558 = add i32 %12967, %13557
	%13559 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13560 = bitcast i8 addrspace(3)* %13559 to i32 addrspace(3)*
	%13561 = getelementptr i32, i32 addrspace(3)* %13560, i32 %13558
	%13562 = load i32, i32 addrspace(3)* %13561
	%13563 = add i32 %13554, %13562
	%13564 = mul i32 %3, 8
	%13565 = add i32 %13564, 2
	%13566 = sub i32 255, %13565
	%13567 = add i32 %12967, %13566
	%13568 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13569 = bitcast i8 addrspace(3)* %13568 to i32 addrspace(3)*
	%13570 = getelementptr i32, i32 addrspace(3)* %13569, i32 %13567
	%13571 = load i32, i32 addrspace(3)* %13570
	%13572 = add i32 %13563, %13571
	%13573 = mul i32 %3, 8
	%13574 = add i32 %13573, 3
	%13575 = sub i32 255, %13574
	%13576 = add i32 %12967, %13575
	%13577 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13578 = bitcast i8 addrspace(3)* %13577 to i32 addrspace(3)*
	%13579 = getelementptr i32, i32 addrspace(3)* %13578, i32 %13576
	%13580 = load i32, i32 addrspace(3)* %13579
	%13581 = add i32 %13572, %13580
	%13582 = mul i32 %3, 8
	%13583 = add i32 %13582, 4
	%13584 = sub i32 255, %13583
	%13585 = add i32 %12967, %13584
	%13586 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13587 = bitcast i8 addrspace(3)* %13586 to i32 addrspace(3)*
	%13588 = getelementptr i32, i32 addrspace(3)* %13587, i32 %13585
	%13589 = load i32, i32 addrspace(3)* %13588
	%13590 = add i32 %13581, %13589
	%13591 = mul i32 %3, 8
	%13592 = add i32 %13591, 5
	%13593 = sub i32 255, %13592
	%13594 = add i32 %12967, %13593
	%13595 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13596 = bitcast i8 addrspace(3)* %13595 to i32 addrspace(3)*
	%13597 = getelementptr i32, i32 addrspace(3)* %13596, i32 %13594
	%13598 = load i32, i32 addrspace(3)* %13597
	%13599 = add i32 %13590, %13598
	%13600 = mul i32 %3, 8
	%13601 = add i32 %13600, 6
	%13602 = sub i32 255, %13601
	%13603 = add i32 %12967, %13602
	%13604 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13605 = bitcast i8 addrspace(3)* %13604 to i32 addrspace(3)*
	%13606 = getelementptr i32, i32 addrspace(3)* %13605, i32 %13603
	%13607 = load i32, i32 addrspace(3)* %13606
	%13608 = add i32 %13599, %13607
	%13609 = mul i32 %3, 8
	%13610 = add i32 %13609, 7
	%13611 = sub i32 255, %13610
	%13612 = add i32 %12967, %13611
	%13613 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13614 = bitcast i8 addrspace(3)* %13613 to i32 addrspace(3)*
	%13615 = getelementptr i32, i32 addrspace(3)* %13614, i32 %13612
	%13616 = load i32, i32 addrspace(3)* %13615
	%13617 = add i32 %13608, %13616
	%13618 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13617, i32 1, i32 0)
	%13619 = icmp uge i32 %3, 1
	%13620 = select i1 %13619, i32 %13618, i32 0
	%13621 = add i32 %13617, %13620
	%13622 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13621, i32 2, i32 0)
	%13623 = icmp uge i32 %3, 2
	%13624 = select i1 %13623, i32 %13622, i32 0
	%13625 = add i32 %13621, %13624
	%13626 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13625, i32 4, i32 0)
	%13627 = icmp uge i32 %3, 4
	%13628 = select i1 %13627, i32 %13626, i32 0
	%13629 = add i32 %13625, %13628
	%13630 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13629, i32 8, i32 0)
	%13631 = icmp uge i32 %3, 8
	%13632 = select i1 %13631, i32 %13630, i32 0
	%13633 = add i32 %13629, %13632
	%13634 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13633, i32 16, i32 0)
	%13635 = icmp uge i32 %3, 16
	%13636 = select i1 %13635, i32 %13634, i32 0
	%13637 = add i32 %13633, %13636
	%13638 = sub i32 %13637, %13617
	%13639 = icmp slt i32 %13638, %13474
	%13640 = icmp sge i32 %13637, %13474
	%13641 = and i1 %13639, %13640
	%13642 = add i32 %13638, %13553
	%13643 = xor i1 false, true
	%13644 = icmp sge i32 %13642, %13474
	%13645 = and i1 %13643, %13644
	%13646 = mul i32 %3, 8
	%13647 = add i32 %13646, 0
	%13648 = sub i32 255, %13647
	%13649 = select i1 %13645, i32 %13648, i32 0
	%13650 = select i1 %13645, i32 %13638, i32 0
	%13651 = or i1 false, %13645
	%13652 = add i32 %13642, %13562
	%13653 = xor i1 %13651, true
	%13654 = icmp sge i32 %13652, %13474
	%13655 = and i1 %13653, %13654
	%13656 = mul i32 %3, 8
	%13657 = add i32 %13656, 1
	%13658 = sub i32 255, %13657
	%13659 = select i1 %13655, i32 %13658, i32 %13649
	%13660 = select i1 %13655, i32 %13642, i32 %13650
	%13661 = or i1 %13651, %13655
	%13662 = add i32 %13652, %13571
	%13663 = xor i1 %13661, true
	%13664 = icmp sge i32 %13662, %13474
	%13665 = and i1 %13663, %13664
	%13666 = mul i32 %3, 8
	%13667 = add i32 %13666, 2
	%13668 = sub i32 255, %13667
	%13669 = select i1 %13665, i32 %13668, i32 %13659
	%13670 = select i1 %13665, i32 %13652, i32 %13660
	%13671 = or i1 %13661, %13665
	%13672 = add i32 %13662, %13580
	%13673 = xor i1 %13671, true
	%13674 = icmp sge i32 %13672, %13474
	%13675 = and i1 %13673, %13674
	%13676 = mul i32 %3, 8
	%13677 = add i32 %13676, 3
	%13678 = sub i32 255, %13677
	%13679 = select i1 %13675, i32 %13678, i32 %13669
	%13680 = select i1 %13675, i32 %13662, i32 %13670
	%13681 = or i1 %13671, %13675
	%13682 = add i32 %13672, %13589
	%13683 = xor i1 %13681, true
	%13684 = icmp sge i32 %13682, %13474
	%13685 = and i1 %13683, %13684
	%13686 = mul i32 %3, 8
	%13687 = add i32 %13686, 4
	%13688 = sub i32 255, %13687
	%13689 = select i1 %13685, i32 %13688, i32 %13679
	%13690 = select i1 %13685, i32 %13672, i32 %13680
	%13691 = or i1 %13681, %13685
	%13692 = add i32 %13682, %13598
	%13693 = xor i1 %13691, true
	%13694 = icmp sge i32 %13692, %13474
	%13695 = and i1 %13693, %13694
	%13696 = mul i32 %3, 8
	%13697 = add i32 %13696, 5
	%13698 = sub i32 255, %13697
	%13699 = select i1 %13695, i32 %13698, i32 %13689
	%13700 = select i1 %13695, i32 %13682, i32 %13690
	%13701 = or i1 %13691, %13695
	%13702 = add i32 %13692, %13607
	%13703 = xor i1 %13701, true
	%13704 = icmp sge i32 %13702, %13474
	%13705 = and i1 %13703, %13704
	%13706 = mul i32 %3, 8
	%13707 = add i32 %13706, 6
	%13708 = sub i32 255, %13707
	%13709 = select i1 %13705, i32 %13708, i32 %13699
	%13710 = select i1 %13705, i32 %13692, i32 %13700
	%13711 = or i1 %13701, %13705
	%13712 = add i32 %13702, %13616
	%13713 = xor i1 %13711, true
	%13714 = icmp sge i32 %13712, %13474
	%13715 = and i1 %13713, %13714
	%13716 = mul i32 %3, 8
	%13717 = add i32 %13716, 7
	%13718 = sub i32 255, %13717
	%13719 = select i1 %13715, i32 %13718, i32 %13709
	%13720 = select i1 %13715, i32 %13702, i32 %13710
	%13721 = or i1 %13711, %13715
	%13722 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13641)
	%13723 = call i32 @llvm.cttz.i32(i32 %13722, i1 false)
	%13724 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13719, i32 %13723, i32 31)
	%13725 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13720, i32 %13723, i32 31)
	%13726 = shl i32 %13724, 8
	%13727 = or i32 %13471, %13726
	%13728 = shl i32 255, 8
	%13729 = or i32 %13473, %13728
	%13730 = sub i32 %13474, %13725
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13731 = mul i32 %3, 8
	%13732 = add i32 %13731, 0
	%13733 = add i32 %12967, %13732
	%13734 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13735 = bitcast i8 addrspace(3)* %13734 to i32 addrspace(3)*
	%13736 = getelementptr i32, i32 addrspace(3)* %13735, i32 %13733
	store i32 0, i32 addrspace(3)* %13736
	%13737 = mul i32 %3, 8
	%13738 = add i32 %13737, 1
	%13739 = add i32 %12967, %13738
	%13740 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13741 = bitcast i8 addrspace(3)* %13740 to i32 addrspace(3)*
	%13742 = getelementptr i32, i32 addrspace(3)* %13741, i32 %13739
	store i32 0, i32 addrspace(3)* %13742
	%13743 = mul i32 %3, 8
	%13744 = add i32 %13743, 2
	%13745 = add i32 %12967, %13744
	%13746 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13747 = bitcast i8 addrspace(3)* %13746 to i32 addrspace(3)*
	%13748 = getelementptr i32, i32 addrspace(3)* %13747, i32 %13745
	store i32 0, i32 addrspace(3)* %13748
	%13749 = mul i32 %3, 8
	%13750 = add i32 %13749, 3
	%13751 = add i32 %12967, %13750
	%13752 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13753 = bitcast i8 addrspace(3)* %13752 to i32 addrspace(3)*
	%13754 = getelementptr i32, i32 addrspace(3)* %13753, i32 %13751
	store i32 0, i32 addrspace(3)* %13754
	%13755 = mul i32 %3, 8
	%13756 = add i32 %13755, 4
	%13757 = add i32 %12967, %13756
	%13758 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13759 = bitcast i8 addrspace(3)* %13758 to i32 addrspace(3)*
	%13760 = getelementptr i32, i32 addrspace(3)* %13759, i32 %13757
	store i32 0, i32 addrspace(3)* %13760
	%13761 = mul i32 %3, 8
	%13762 = add i32 %13761, 5
	%13763 = add i32 %12967, %13762
	%13764 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13765 = bitcast i8 addrspace(3)* %13764 to i32 addrspace(3)*
	%13766 = getelementptr i32, i32 addrspace(3)* %13765, i32 %13763
	store i32 0, i32 addrspace(3)* %13766
	%13767 = mul i32 %3, 8
	%13768 = add i32 %13767, 6
	%13769 = add i32 %12967, %13768
	%13770 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13771 = bitcast i8 addrspace(3)* %13770 to i32 addrspace(3)*
	%13772 = getelementptr i32, i32 addrspace(3)* %13771, i32 %13769
	store i32 0, i32 addrspace(3)* %13772
	%13773 = mul i32 %3, 8
	%13774 = add i32 %13773, 7
	%13775 = add i32 %12967, %13774
	%13776 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13777 = bitcast i8 addrspace(3)* %13776 to i32 addrspace(3)*
	%13778 = getelementptr i32, i32 addrspace(3)* %13777, i32 %13775
	store i32 0, i32 addrspace(3)* %13778
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13789

13779:
	%13780 = lshr i32 %13541, 8
	%13781 = and i32 %13780, 255
	%13782 = add i32 %12967, %13781
	%13783 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13784 = bitcast i8 addrspace(3)* %13783 to i32 addrspace(3)*
	%13785 = getelementptr i32, i32 addrspace(3)* %13784, i32 %13782
	%13786 = atomicrmw add i32 addrspace(3)* %13785, i32 1 monotonic
	br label %13787

13787:
	%13788 = add i32 %13534, 32
	br label %13533

13789:
	%13790 = phi i32 [ %3, %13545 ], [ %13996, %13995 ]
	%13791 = icmp slt i32 %13790, %593
	br i1 %13791, label %13792, label %13801

13792:
	%13793 = add i32 %12544, %13790
	%13794 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%13795 = bitcast i8 addrspace(3)* %13794 to i32 addrspace(3)*
	%13796 = getelementptr i32, i32 addrspace(3)* %13795, i32 %13793
	%13797 = load i32, i32 addrspace(3)* %13796
	%13798 = and i32 %13797, %13729
	%13799 = icmp eq i32 %13798, %13727
	%13800 = and i1 true, %13799
	br i1 %13800, label %13987, label %13995

13801:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13802 = mul i32 %3, 8
	%13803 = add i32 %13802, 0
	%13804 = sub i32 255, %13803
	%13805 = add i32 %12967, %13804
	%13806 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13807 = bitcast i8 addrspace(3)* %13806 to i32 addrspace(3)*
	%13808 = getelementptr i32, i32 addrspace(3)* %13807, i32 %13805
	%13809 = load i32, i32 addrspace(3)* %13808
	%13810 = add i32 0, %13809
	%13811 = mul i32 %3, 8
	%13812 = add i32 %13811, 1
	%13813 = sub i32 255, %13812
	%13814 = add i32 %12967, %13813
	%13815 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13816 = bitcast i8 addrspace(3)* %13815 to i32 addrspace(3)*
	%13817 = getelementptr i32, i32 addrspace(3)* %13816, i32 %13814
	%13818 = load i32, i32 addrspace(3)* %13817
	%13819 = add i32 %13810, %13818
	%13820 = mul i32 %3, 8
	%13821 = add i32 %13820, 2
	%13822 = sub i32 255, %13821
	%13823 = add i32 %12967, %13822
	%13824 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13825 = bitcast i8 addrspace(3)* %13824 to i32 addrspace(3)*
	%13826 = getelementptr i32, i32 addrspace(3)* %13825, i32 %13823
	%13827 = load i32, i32 addrspace(3)* %13826
	%13828 = add i32 %13819, %13827
	%13829 = mul i32 %3, 8
	%13830 = add i32 %13829, 3
	%13831 = sub i32 255, %13830
	%13832 = add i32 %12967, %13831
	%13833 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13834 = bitcast i8 addrspace(3)* %13833 to i32 addrspace(3)*
	%13835 = getelementptr i32, i32 addrspace(3)* %13834, i32 %13832
	%13836 = load i32, i32 addrspace(3)* %13835
	%13837 = add i32 %13828, %13836
	%13838 = mul i32 %3, 8
	%13839 = add i32 %13838, 4
	%13840 = sub i32 255, %13839
	%13841 = add i32 %12967, %13840
	%13842 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13843 = bitcast i8 addrspace(3)* %13842 to i32 addrspace(3)*
	%13844 = getelementptr i32, i32 addrspace(3)* %13843, i32 %13841
	%13845 = load i32, i32 addrspace(3)* %13844
	%13846 = add i32 %13837, %13845
	%13847 = mul i32 %3, 8
	%13848 = add i32 %13847, 5
	%13849 = sub i32 255, %13848
	%13850 = add i32 %12967, %13849
	%13851 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13852 = bitcast i8 addrspace(3)* %13851 to i32 addrspace(3)*
	%13853 = getelementptr i32, i32 addrspace(3)* %13852, i32 %13850
	%13854 = load i32, i32 addrspace(3)* %13853
	%13855 = add i32 %13846, %13854
	%13856 = mul i32 %3, 8
	%13857 = add i32 %13856, 6
	%13858 = sub i32 255, %13857
	%13859 = add i32 %12967, %13858
	%13860 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13861 = bitcast i8 addrspace(3)* %13860 to i32 addrspace(3)*
	%13862 = getelementptr i32, i32 addrspace(3)* %13861, i32 %13859
	%13863 = load i32, i32 addrspace(3)* %13862
	%13864 = add i32 %13855, %13863
	%13865 = mul i32 %3, 8
	%13866 = add i32 %13865, 7
	%13867 = sub i32 255, %13866
	%13868 = add i32 %12967, %13867
	%13869 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13870 = bitcast i8 addrspace(3)* %13869 to i32 addrspace(3)*
	%13871 = getelementptr i32, i32 addrspace(3)* %13870, i32 %13868
	%13872 = load i32, i32 addrspace(3)* %13871
	%13873 = add i32 %13864, %13872
	%13874 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13873, i32 1, i32 0)
	%13875 = icmp uge i32 %3, 1
	%13876 = select i1 %13875, i32 %13874, i32 0
	%13877 = add i32 %13873, %13876
	%13878 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13877, i32 2, i32 0)
	%13879 = icmp uge i32 %3, 2
	%13880 = select i1 %13879, i32 %13878, i32 0
	%13881 = add i32 %13877, %13880
	%13882 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13881, i32 4, i32 0)
	%13883 = icmp uge i32 %3, 4
	%13884 = select i1 %13883, i32 %13882, i32 0
	%13885 = add i32 %13881, %13884
	%13886 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13885, i32 8, i32 0)
	%13887 = icmp uge i32 %3, 8
	%13888 = select i1 %13887, i32 %13886, i32 0
	%13889 = add i32 %13885, %13888
	%13890 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13889, i32 16, i32 0)
	%13891 = icmp uge i32 %3, 16
	%13892 = select i1 %13891, i32 %13890, i32 0
	%13893 = add i32 %13889, %13892
	%13894 = sub i32 %13893, %13873
	%13895 = icmp slt i32 %13894, %13730
	%13896 = icmp sge i32 %13893, %13730
	%13897 = and i1 %13895, %13896
	%13898 = add i32 %13894, %13809
	%13899 = xor i1 false, true
	%13900 = icmp sge i32 %13898, %13730
	%13901 = and i1 %13899, %13900
	%13902 = mul i32 %3, 8
	%13903 = add i32 %13902, 0
	%13904 = sub i32 255, %13903
	%13905 = select i1 %13901, i32 %13904, i32 0
	%13906 = select i1 %13901, i32 %13894, i32 0
	%13907 = or i1 false, %13901
	%13908 = add i32 %13898, %13818
	%13909 = xor i1 %13907, true
	%13910 = icmp sge i32 %13908, %13730
	%13911 = and i1 %13909, %13910
	%13912 = mul i32 %3, 8
	%13913 = add i32 %13912, 1
	%13914 = sub i32 255, %13913
	%13915 = select i1 %13911, i32 %13914, i32 %13905
	%13916 = select i1 %13911, i32 %13898, i32 %13906
	%13917 = or i1 %13907, %13911
	%13918 = add i32 %13908, %13827
	%13919 = xor i1 %13917, true
	%13920 = icmp sge i32 %13918, %13730
	%13921 = and i1 %13919, %13920
	%13922 = mul i32 %3, 8
	%13923 = add i32 %13922, 2
	%13924 = sub i32 255, %13923
	%13925 = select i1 %13921, i32 %13924, i32 %13915
	%13926 = select i1 %13921, i32 %13908, i32 %13916
	%13927 = or i1 %13917, %13921
	%13928 = add i32 %13918, %13836
	%13929 = xor i1 %13927, true
	%13930 = icmp sge i32 %13928, %13730
	%13931 = and i1 %13929, %13930
	%13932 = mul i32 %3, 8
	%13933 = add i32 %13932, 3
	%13934 = sub i32 255, %13933
	%13935 = select i1 %13931, i32 %13934, i32 %13925
	%13936 = select i1 %13931, i32 %13918, i32 %13926
	%13937 = or i1 %13927, %13931
	%13938 = add i32 %13928, %13845
	%13939 = xor i1 %13937, true
	%13940 = icmp sge i32 %13938, %13730
	%13941 = and i1 %13939, %13940
	%13942 = mul i32 %3, 8
	%13943 = add i32 %13942, 4
	%13944 = sub i32 255, %13943
	%13945 = select i1 %13941, i32 %13944, i32 %13935
	%13946 = select i1 %13941, i32 %13928, i32 %13936
	%13947 = or i1 %13937, %13941
	%13948 = add i32 %13938, %13854
	%13949 = xor i1 %13947, true
	%13950 = icmp sge i32 %13948, %13730
	%13951 = and i1 %13949, %13950
	%13952 = mul i32 %3, 8
	%13953 = add i32 %13952, 5
	%13954 = sub i32 255, %13953
	%13955 = select i1 %13951, i32 %13954, i32 %13945
	%13956 = select i1 %13951, i32 %13938, i32 %13946
	%13957 = or i1 %13947, %13951
	%13958 = add i32 %13948, %13863
	%13959 = xor i1 %13957, true
	%13960 = icmp sge i32 %13958, %13730
	%13961 = and i1 %13959, %13960
	%13962 = mul i32 %3, 8
	%13963 = add i32 %13962, 6
	%13964 = sub i32 255, %13963
	%13965 = select i1 %13961, i32 %13964, i32 %13955
	%13966 = select i1 %13961, i32 %13948, i32 %13956
	%13967 = or i1 %13957, %13961
	%13968 = add i32 %13958, %13872
	%13969 = xor i1 %13967, true
	%13970 = icmp sge i32 %13968, %13730
	%13971 = and i1 %13969, %13970
	%13972 = mul i32 %3, 8
	%13973 = add i32 %13972, 7
	%13974 = sub i32 255, %13973
	%13975 = select i1 %13971, i32 %13974, i32 %13965
	%13976 = select i1 %13971, i32 %13958, i32 %13966
	%13977 = or i1 %13967, %13971
	%13978 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13897)
	%13979 = call i32 @llvm.cttz.i32(i32 %13978, i1 false)
	%13980 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13975, i32 %13979, i32 31)
	%13981 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13976, i32 %13979, i32 31)
	%13982 = shl i32 %13980, 0
	%13983 = or i32 %13727, %13982
	%13984 = shl i32 255, 0
	%13985 = or i32 %13729, %13984
	%13986 = sub i32 %13730, %13981
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13016

13987:
	%13988 = lshr i32 %13797, 0
	%13989 = and i32 %13988, 255
	%13990 = add i32 %12967, %13989
	%13991 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 29184
	%13992 = bitcast i8 addrspace(3)* %13991 to i32 addrspace(3)*
	%13993 = getelementptr i32, i32 addrspace(3)* %13992, i32 %13990
	%13994 = atomicrmw add i32 addrspace(3)* %13993, i32 1 monotonic
	br label %13995

13995:
	%13996 = add i32 %13790, 32
	br label %13789

13997:
	%13998 = phi i32 [ 0, %13016 ], [ %14047, %14042 ]
	%13999 = phi i32 [ 0, %13016 ], [ %14044, %14042 ]
	%14000 = phi i32 [ 0, %13016 ], [ %14046, %14042 ]
	%14001 = icmp slt i32 %13998, %593
	br i1 %14001, label %14002, label %14005

14002:
	%14003 = add i32 %13998, %3
	%14004 = icmp slt i32 %14003, %593
	br i1 %14004, label %14006, label %14016

14005:
	br label %12546

14006:
	%14007 = add i32 %12544, %14003
	%14008 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%14009 = bitcast i8 addrspace(3)* %14008 to i32 addrspace(3)*
	%14010 = getelementptr i32, i32 addrspace(3)* %14009, i32 %14007
	%14011 = load i32, i32 addrspace(3)* %14010
	%14012 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%14013 = bitcast i8 addrspace(3)* %14012 to i32 addrspace(3)*
	%14014 = getelementptr i32, i32 addrspace(3)* %14013, i32 %14007
	%14015 = load i32, i32 addrspace(3)* %14014
	br label %14016

14016:
	%14017 = phi i32 [ 0, %14002 ], [ %14011, %14006 ]
	%14018 = phi i32 [ 0, %14002 ], [ %14015, %14006 ]
	%14019 = icmp eq i32 %14017, %13017
	%14020 = and i1 %14004, %14019
	%14021 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %14020)
	%14022 = and i32 %14021, %13020
	%14023 = call i32 @llvm.ctpop.i32(i32 %14022)
	%14024 = add i32 %14000, %14023
	%14025 = icmp ugt i32 %14017, %13017
	%14026 = icmp slt i32 %14024, %13018
	%14027 = and i1 %14020, %14026
	%14028 = or i1 %14025, %14027
	%14029 = and i1 %14004, %14028
	%14030 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %14029)
	%14031 = and i32 %14030, %13020
	%14032 = call i32 @llvm.ctpop.i32(i32 %14031)
	%14033 = add i32 %13999, %14032
	%14034 = add i32 %12544, %14033
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %14029, label %14035, label %14042

14035:
	%14036 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 u0x2200
	%14037 = bitcast i8 addrspace(3)* %14036 to i32 addrspace(3)*
	%14038 = getelementptr i32, i32 addrspace(3)* %14037, i32 %14034
	store i32 %14017, i32 addrspace(3)* %14038
	%14039 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%14040 = bitcast i8 addrspace(3)* %14039 to i32 addrspace(3)*
	%14041 = getelementptr i32, i32 addrspace(3)* %14040, i32 %14034
	store i32 %14018, i32 addrspace(3)* %14041
	br label %14042

14042:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%14043 = call i32 @llvm.ctpop.i32(i32 %14030)
	%14044 = add i32 %13999, %14043
	%14045 = call i32 @llvm.ctpop.i32(i32 %14021)
	%14046 = add i32 %14000, %14045
	%14047 = add i32 %13998, 32
	br label %13997

14048:
	%14049 = phi i32 [ 0, %12546 ], [ %14079, %14073 ]
	%14050 = phi i32 [ 0, %12546 ], [ %14078, %14073 ]
	%14051 = icmp slt i32 %14049, %12547
	br i1 %14051, label %14052, label %14055

14052:
	%14053 = add i32 %14049, %3
	%14054 = icmp slt i32 %14053, %12547
	br i1 %14054, label %14056, label %14063

14055:
	br label %14080

14056:
	%14057 = mul i32 %504, 160
	%14058 = add i32 %14057, %14053
	%14059 = getelementptr [33280 x i8], [33280 x i8] addrspace(3)* @$K_smem, i32 0, i32 18944
	%14060 = bitcast i8 addrspace(3)* %14059 to i32 addrspace(3)*
	%14061 = getelementptr i32, i32 addrspace(3)* %14060, i32 %14058
	%14062 = load i32, i32 addrspace(3)* %14061
	br label %14063

14063:
	%14064 = phi i32 [ 0, %14052 ], [ %14062, %14056 ]
	br i1 %14054, label %14065, label %14073

14065:
	%14066 = add i32 0, %14053
	%14067 = icmp sgt i32 %14064, %531
	%14068 = select i1 %14067, i32 %12548, i32 0
	%14069 = add i32 %14066, %14068
	%14070 = add i32 %12552, %14069
	%14071 = sext i32 %14070 to i64
	%14072 = getelementptr i32, i32* %out, i64 %14071
	store i32 %14064, i32* %14072
	br label %14073

14073:
	%14074 = icmp slt i32 %14064, %528
	%14075 = and i1 %14054, %14074
	%14076 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %14075)
	%14077 = call i32 @llvm.ctpop.i32(i32 %14076)
	%14078 = add i32 %14050, %14077
	%14079 = add i32 %14049, 32
	br label %14048

14080:
	%14081 = phi i32 [ %3, %14055 ], [ %14090, %14083 ]
	%14082 = icmp slt i32 %14081, %12548
	br i1 %14082, label %14083, label %14091

14083:
	%14084 = add i32 0, %14050
	%14085 = add i32 %14084, %14081
	%14086 = add i32 %528, %14081
	%14087 = add i32 %12552, %14085
	%14088 = sext i32 %14087 to i64
	%14089 = getelementptr i32, i32* %out, i64 %14088
	store i32 %14086, i32* %14089
	%14090 = add i32 %14081, 32
	br label %14080

14091:
	%14092 = icmp eq i32 %3, 0
	%14093 = icmp eq i32 0, 1
	%14094 = and i1 %14092, %14093
	br i1 %14094, label %14095, label %14099

14095:
	%14096 = add i32 %12552, 0
	%14097 = sext i32 %14096 to i64
	%14098 = getelementptr i32, i32* %out, i64 %14097
	store i32 0, i32* %14098
	br label %14099

14099:
	%14100 = add i32 %536, %12547
	%14101 = add i32 %14100, %3
	br label %14102

14102:
	%14103 = phi i32 [ %14101, %14099 ], [ %14109, %14105 ]
	%14104 = icmp slt i32 %14103, 8
	br i1 %14104, label %14105, label %14110

14105:
	%14106 = add i32 %12552, %14103
	%14107 = sext i32 %14106 to i64
	%14108 = getelementptr i32, i32* %out, i64 %14107
	store i32 -1, i32* %14108
	%14109 = add i32 %14103, 32
	br label %14102

14110:
	br label %12542
}
