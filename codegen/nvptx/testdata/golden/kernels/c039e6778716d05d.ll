define ptx_kernel void @$K(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %439, label %440

78:
	%79 = phi i32 [ %0, %46 ], [ %433, %432 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %432 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %276

82:
	%83 = sub i32 %15, 1
	%84 = add i32 %79, 0
	%85 = icmp slt i32 %84, %15
	%86 = icmp slt i32 %84, %83
	%87 = select i1 %86, i32 %84, i32 %83
	%88 = add i32 %79, 256
	%89 = icmp slt i32 %88, %15
	%90 = icmp slt i32 %88, %83
	%91 = select i1 %90, i32 %88, i32 %83
	%92 = add i32 %79, 512
	%93 = icmp slt i32 %92, %15
	%94 = icmp slt i32 %92, %83
	%95 = select i1 %94, i32 %92, i32 %83
	%96 = add i32 %79, 768
	%97 = icmp slt i32 %96, %15
	%98 = icmp slt i32 %96, %83
	%99 = select i1 %98, i32 %96, i32 %83
	%100 = add i32 %79, 1024
	%101 = icmp slt i32 %100, %15
	%102 = icmp slt i32 %100, %83
	%103 = select i1 %102, i32 %100, i32 %83
	%104 = add i32 %79, 1280
	%105 = icmp slt i32 %104, %15
	%106 = icmp slt i32 %104, %83
	%107 = select i1 %106, i32 %104, i32 %83
	%108 = add i32 %79, 1536
	%109 = icmp slt i32 %108, %15
	%110 = icmp slt i32 %108, %83
	%111 = select i1 %110, i32 %108, i32 %83
	%112 = add i32 %79, 1792
	%113 = icmp slt i32 %112, %15
	%114 = icmp slt i32 %112, %83
	%115 = select i1 %114, i32 %112, i32 %83
	%116 = sub i32 %NK, 1
	%117 = icmp slt i32 %84, %116
	%118 = select i1 %117, i32 %84, i32 %116
	%119 = add i32 %20, %118
	%120 = sext i32 %119 to i64
	%121 = getelementptr float, float* %e, i64 %120
	%122 = load float, float* %121
	%123 = icmp slt i32 %88, %116
	%124 = select i1 %123, i32 %88, i32 %116
	%125 = add i32 %20, %124
	%126 = sext i32 %125 to i64
	%127 = getelementptr float, float* %e, i64 %126
	%128 = load float, float* %127
	%129 = icmp slt i32 %92, %116
	%130 = select i1 %129, i32 %92, i32 %116
	%131 = add i32 %20, %130
	%132 = sext i32 %131 to i64
	%133 = getelementptr float, float* %e, i64 %132
	%134 = load float, float* %133
	%135 = icmp slt i32 %96, %116
	%136 = select i1 %135, i32 %96, i32 %116
	%137 = add i32 %20, %136
	%138 = sext i32 %137 to i64
	%139 = getelementptr float, float* %e, i64 %138
	%140 = load float, float* %139
	%141 = icmp slt i32 %100, %116
	%142 = select i1 %141, i32 %100, i32 %116
	%143 = add i32 %20, %142
	%144 = sext i32 %143 to i64
	%145 = getelementptr float, float* %e, i64 %144
	%146 = load float, float* %145
	%147 = icmp slt i32 %104, %116
	%148 = select i1 %147, i32 %104, i32 %116
	%149 = add i32 %20, %148
	%150 = sext i32 %149 to i64
	%151 = getelementptr float, float* %e, i64 %150
	%152 = load float, float* %151
	%153 = icmp slt i32 %108, %116
	%154 = select i1 %153, i32 %108, i32 %116
	%155 = add i32 %20, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr float, float* %e, i64 %156
	%158 = load float, float* %157
	%159 = icmp slt i32 %112, %116
	%160 = select i1 %159, i32 %112, i32 %116
	%161 = add i32 %20, %160
	%162 = sext i32 %161 to i64
	%163 = getelementptr float, float* %e, i64 %162
	%164 = load float, float* %163
	%165 = icmp slt i32 %84, %NK
	%166 = fcmp oge float %122, 0.0
	%167 = and i1 %165, %166
	%168 = icmp sge i32 %84, %36
	%169 = icmp sle i32 %84, %44
	%170 = and i1 %168, %169
	%171 = or i1 false, %170
	%172 = icmp eq i32 %84, 0
	%173 = or i1 %171, %172
	%174 = bitcast float %122 to i32
	%175 = add i32 %174, 2
	%176 = select i1 %173, i32 1, i32 %175
	%177 = select i1 %167, i32 %176, i32 0
	%178 = icmp slt i32 %88, %NK
	%179 = fcmp oge float %128, 0.0
	%180 = and i1 %178, %179
	%181 = icmp sge i32 %88, %36
	%182 = icmp sle i32 %88, %44
	%183 = and i1 %181, %182
	%184 = or i1 false, %183
	%185 = icmp eq i32 %88, 0
	%186 = or i1 %184, %185
	%187 = bitcast float %128 to i32
	%188 = add i32 %187, 2
	%189 = select i1 %186, i32 1, i32 %188
	%190 = select i1 %180, i32 %189, i32 0
	%191 = icmp slt i32 %92, %NK
	%192 = fcmp oge float %134, 0.0
	%193 = and i1 %191, %192
	%194 = icmp sge i32 %92, %36
	%195 = icmp sle i32 %92, %44
	%196 = and i1 %194, %195
	%197 = or i1 false, %196
	%198 = icmp eq i32 %92, 0
	%199 = or i1 %197, %198
	%200 = bitcast float %134 to i32
	%201 = add i32 %200, 2
	%202 = select i1 %199, i32 1, i32 %201
	%203 = select i1 %193, i32 %202, i32 0
	%204 = icmp slt i32 %96, %NK
	%205 = fcmp oge float %140, 0.0
	%206 = and i1 %204, %205
	%207 = icmp sge i32 %96, %36
	%208 = icmp sle i32 %96, %44
	%209 = and i1 %207, %208
	%210 = or i1 false, %209
	%211 = icmp eq i32 %96, 0
	%212 = or i1 %210, %211
	%213 = bitcast float %140 to i32
	%214 = add i32 %213, 2
	%215 = select i1 %212, i32 1, i32 %214
	%216 = select i1 %206, i32 %215, i32 0
	%217 = icmp slt i32 %100, %NK
	%218 = fcmp oge float %146, 0.0
	%219 = and i1 %217, %218
	%220 = icmp sge i32 %100, %36
	%221 = icmp sle i32 %100, %44
	%222 = and i1 %220, %221
	%223 = or i1 false, %222
	%224 = icmp eq i32 %100, 0
	%225 = or i1 %223, %224
	%226 = bitcast float %146 to i32
	%227 = add i32 %226, 2
	%228 = select i1 %225, i32 1, i32 %227
	%229 = select i1 %219, i32 %228, i32 0
	%230 = icmp slt i32 %104, %NK
	%231 = fcmp oge float %152, 0.0
	%232 = and i1 %230, %231
	%233 = icmp sge i32 %104, %36
	%234 = icmp sle i32 %104, %44
	%235 = and i1 %233, %234
	%236 = or i1 false, %235
	%237 = icmp eq i32 %104, 0
	%238 = or i1 %236, %237
	%239 = bitcast float %152 to i32
	%240 = add i32 %239, 2
	%241 = select i1 %238, i32 1, i32 %240
	%242 = select i1 %232, i32 %241, i32 0
	%243 = icmp slt i32 %108, %NK
	%244 = fcmp oge float %158, 0.0
	%245 = and i1 %243, %244
	%246 = icmp sge i32 %108, %36
	%247 = icmp sle i32 %108, %44
	%248 = and i1 %246, %247
	%249 = or i1 false, %248
	%250 = icmp eq i32 %108, 0
	%251 = or i1 %249, %250
	%252 = bitcast float %158 to i32
	%253 = add i32 %252, 2
	%254 = select i1 %251, i32 1, i32 %253
	%255 = select i1 %245, i32 %254, i32 0
	%256 = icmp slt i32 %112, %NK
	%257 = fcmp oge float %164, 0.0
	%258 = and i1 %256, %257
	%259 = icmp sge i32 %112, %36
	%260 = icmp sle i32 %112, %44
	%261 = and i1 %259, %260
	%262 = or i1 false, %261
	%263 = icmp eq i32 %112, 0
	%264 = or i1 %262, %263
	%265 = bitcast float %164 to i32
	%266 = add i32 %265, 2
	%267 = select i1 %264, i32 1, i32 %266
	%268 = select i1 %258, i32 %267, i32 0
	%269 = icmp uge i32 %177, 2
	%270 = and i32 %177, %11
	%271 = icmp eq i32 %270, %7
	%272 = and i1 %269, %271
	%273 = lshr i32 %177, 8
	%274 = and i32 %273, 255
	%275 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %272)
	br i1 %275, label %277, label %285

276:
	br label %47

277:
	%278 = select i1 %272, i32 %274, i32 256
	%279 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %278)
	%280 = shl i32 1, %3
	%281 = sub i32 %280, 1
	%282 = and i32 %279, %281
	%283 = icmp eq i32 %282, 0
	%284 = and i1 %272, %283
	br i1 %284, label %293, label %297

285:
	%286 = icmp uge i32 %190, 2
	%287 = and i32 %190, %11
	%288 = icmp eq i32 %287, %7
	%289 = and i1 %286, %288
	%290 = lshr i32 %190, 8
	%291 = and i32 %290, 255
	%292 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %289)
	br i1 %292, label %298, label %306

293:
	%294 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %274
	%295 = call i32 @llvm.ctpop.i32(i32 %279)
	%296 = atomicrmw add i32 addrspace(3)* %294, i32 %295 monotonic
	br label %297

297:
	br label %285

298:
	%299 = select i1 %289, i32 %291, i32 256
	%300 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %299)
	%301 = shl i32 1, %3
	%302 = sub i32 %301, 1
	%303 = and i32 %300, %302
	%304 = icmp eq i32 %303, 0
	%305 = and i1 %289, %304
	br i1 %305, label %314, label %318

306:
	%307 = icmp uge i32 %203, 2
	%308 = and i32 %203, %11
	%309 = icmp eq i32 %308, %7
	%310 = and i1 %307, %309
	%311 = lshr i32 %203, 8
	%312 = and i32 %311, 255
	%313 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %310)
	br i1 %313, label %319, label %327

314:
	%315 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %291
	%316 = call i32 @llvm.ctpop.i32(i32 %300)
	%317 = atomicrmw add i32 addrspace(3)* %315, i32 %316 monotonic
	br label %318

318:
	br label %306

319:
	%320 = select i1 %310, i32 %312, i32 256
	%321 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %320)
	%322 = shl i32 1, %3
	%323 = sub i32 %322, 1
	%324 = and i32 %321, %323
	%325 = icmp eq i32 %324, 0
	%326 = and i1 %310, %325
	br i1 %326, label %335, label %339

327:
	%328 = icmp uge i32 %216, 2
	%329 = and i32 %216, %11
	%330 = icmp eq i32 %329, %7
	%331 = and i1 %328, %330
	%332 = lshr i32 %216, 8
	%333 = and i32 %332, 255
	%334 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %331)
	br i1 %334, label %340, label %348

335:
	%336 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %312
	%337 = call i32 @llvm.ctpop.i32(i32 %321)
	%338 = atomicrmw add i32 addrspace(3)* %336, i32 %337 monotonic
	br label %339

339:
	br label %327

340:
	%341 = select i1 %331, i32 %333, i32 256
	%342 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %341)
	%343 = shl i32 1, %3
	%344 = sub i32 %343, 1
	%345 = and i32 %342, %344
	%346 = icmp eq i32 %345, 0
	%347 = and i1 %331, %346
	br i1 %347, label %356, label %360

348:
	%349 = icmp uge i32 %229, 2
	%350 = and i32 %229, %11
	%351 = icmp eq i32 %350, %7
	%352 = and i1 %349, %351
	%353 = lshr i32 %229, 8
	%354 = and i32 %353, 255
	%355 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %352)
	br i1 %355, label %361, label %369

356:
	%357 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %333
	%358 = call i32 @llvm.ctpop.i32(i32 %342)
	%359 = atomicrmw add i32 addrspace(3)* %357, i32 %358 monotonic
	br label %360

360:
	br label %348

361:
	%362 = select i1 %352, i32 %354, i32 256
	%363 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %362)
	%364 = shl i32 1, %3
	%365 = sub i32 %364, 1
	%366 = and i32 %363, %365
	%367 = icmp eq i32 %366, 0
	%368 = and i1 %352, %367
	br i1 %368, label %377, label %381

369:
	%370 = icmp uge i32 %242, 2
	%371 = and i32 %242, %11
	%372 = icmp eq i32 %371, %7
	%373 = and i1 %370, %372
	%374 = lshr i32 %242, 8
	%375 = and i32 %374, 255
	%376 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %373)
	br i1 %376, label %382, label %390

377:
	%378 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %354
	%379 = call i32 @llvm.ctpop.i32(i32 %363)
	%380 = atomicrmw add i32 addrspace(3)* %378, i32 %379 monotonic
	br label %381

381:
	br label %369

382:
	%383 = select i1 %373, i32 %375, i32 256
	%384 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %383)
	%385 = shl i32 1, %3
	%386 = sub i32 %385, 1
	%387 = and i32 %384, %386
	%388 = icmp eq i32 %387, 0
	%389 = and i1 %373, %388
	br i1 %389, label %398, label %402

390:
	%391 = icmp uge i32 %255, 2
	%392 = and i32 %255, %11
	%393 = icmp eq i32 %392, %7
	%394 = and i1 %391, %393
	%395 = lshr i32 %255, 8
	%396 = and i32 %395, 255
	%397 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %394)
	br i1 %397, label %403, label %411

398:
	%399 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %375
	%400 = call i32 @llvm.ctpop.i32(i32 %384)
	%401 = atomicrmw add i32 addrspace(3)* %399, i32 %400 monotonic
	br label %402

402:
	br label %390

403:
	%404 = select i1 %394, i32 %396, i32 256
	%405 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %404)
	%406 = shl i32 1, %3
	%407 = sub i32 %406, 1
	%408 = and i32 %405, %407
	%409 = icmp eq i32 %408, 0
	%410 = and i1 %394, %409
	br i1 %410, label %419, label %423

411:
	%412 = icmp uge i32 %268, 2
	%413 = and i32 %268, %11
	%414 = icmp eq i32 %413, %7
	%415 = and i1 %412, %414
	%416 = lshr i32 %268, 8
	%417 = and i32 %416, 255
	%418 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %415)
	br i1 %418, label %424, label %432

419:
	%420 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %396
	%421 = call i32 @llvm.ctpop.i32(i32 %405)
	%422 = atomicrmw add i32 addrspace(3)* %420, i32 %421 monotonic
	br label %423

423:
	br label %411

424:
	%425 = select i1 %415, i32 %417, i32 256
	%426 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %425)
	%427 = shl i32 1, %3
	%428 = sub i32 %427, 1
	%429 = and i32 %426, %428
	%430 = icmp eq i32 %429, 0
	%431 = and i1 %415, %430
	br i1 %431, label %434, label %438

432:
	%433 = add i32 %79, 2048
	br label %78

434:
	%435 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %417
	%436 = call i32 @llvm.ctpop.i32(i32 %426)
	%437 = atomicrmw add i32 addrspace(3)* %435, i32 %436 monotonic
	br label %438

438:
	br label %432

439:
	br label %471

440:
	%441 = mul i32 %1, 8
	%442 = add i32 %441, 2
	%443 = mul i32 %2, %NQ
	%444 = add i32 %443, %442
	%445 = mul i32 %444, %NK
	%446 = mul i32 %442, 64
	%447 = add i32 %446, %off
	%448 = add i32 %442, 1
	%449 = mul i32 %448, 64
	%450 = icmp slt i32 %449, %M
	%451 = select i1 %450, i32 %449, i32 %M
	%452 = sub i32 %451, 1
	%453 = add i32 %452, %off
	%454 = icmp slt i32 %447, 0
	%455 = sub i32 0, %447
	%456 = sub i32 64, 1
	%457 = add i32 %455, %456
	%458 = sdiv i32 %457, 64
	%459 = sub i32 0, %458
	%460 = sdiv i32 %447, 64
	%461 = select i1 %454, i32 %459, i32 %460
	%462 = icmp slt i32 %453, 0
	%463 = sub i32 0, %453
	%464 = sub i32 64, 1
	%465 = add i32 %463, %464
	%466 = sdiv i32 %465, 64
	%467 = sub i32 0, %466
	%468 = sdiv i32 %453, 64
	%469 = select i1 %462, i32 %467, i32 %468
	%470 = icmp slt i32 %442, %NQ
	br i1 %470, label %832, label %833

471:
	%472 = phi i32 [ %0, %439 ], [ %826, %825 ]
	%473 = phi i32 [ 0, %439 ], [ %473, %825 ]
	%474 = icmp slt i32 %472, %15
	br i1 %474, label %475, label %669

475:
	%476 = sub i32 %15, 1
	%477 = add i32 %472, 0
	%478 = icmp slt i32 %477, %15
	%479 = icmp slt i32 %477, %476
	%480 = select i1 %479, i32 %477, i32 %476
	%481 = add i32 %472, 256
	%482 = icmp slt i32 %481, %15
	%483 = icmp slt i32 %481, %476
	%484 = select i1 %483, i32 %481, i32 %476
	%485 = add i32 %472, 512
	%486 = icmp slt i32 %485, %15
	%487 = icmp slt i32 %485, %476
	%488 = select i1 %487, i32 %485, i32 %476
	%489 = add i32 %472, 768
	%490 = icmp slt i32 %489, %15
	%491 = icmp slt i32 %489, %476
	%492 = select i1 %491, i32 %489, i32 %476
	%493 = add i32 %472, 1024
	%494 = icmp slt i32 %493, %15
	%495 = icmp slt i32 %493, %476
	%496 = select i1 %495, i32 %493, i32 %476
	%497 = add i32 %472, 1280
	%498 = icmp slt i32 %497, %15
	%499 = icmp slt i32 %497, %476
	%500 = select i1 %499, i32 %497, i32 %476
	%501 = add i32 %472, 1536
	%502 = icmp slt i32 %501, %15
	%503 = icmp slt i32 %501, %476
	%504 = select i1 %503, i32 %501, i32 %476
	%505 = add i32 %472, 1792
	%506 = icmp slt i32 %505, %15
	%507 = icmp slt i32 %505, %476
	%508 = select i1 %507, i32 %505, i32 %476
	%509 = sub i32 %NK, 1
	%510 = icmp slt i32 %477, %509
	%511 = select i1 %510, i32 %477, i32 %509
	%512 = add i32 %52, %511
	%513 = sext i32 %512 to i64
	%514 = getelementptr float, float* %e, i64 %513
	%515 = load float, float* %514
	%516 = icmp slt i32 %481, %509
	%517 = select i1 %516, i32 %481, i32 %509
	%518 = add i32 %52, %517
	%519 = sext i32 %518 to i64
	%520 = getelementptr float, float* %e, i64 %519
	%521 = load float, float* %520
	%522 = icmp slt i32 %485, %509
	%523 = select i1 %522, i32 %485, i32 %509
	%524 = add i32 %52, %523
	%525 = sext i32 %524 to i64
	%526 = getelementptr float, float* %e, i64 %525
	%527 = load float, float* %526
	%528 = icmp slt i32 %489, %509
	%529 = select i1 %528, i32 %489, i32 %509
	%530 = add i32 %52, %529
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	%533 = load float, float* %532
	%534 = icmp slt i32 %493, %509
	%535 = select i1 %534, i32 %493, i32 %509
	%536 = add i32 %52, %535
	%537 = sext i32 %536 to i64
	%538 = getelementptr float, float* %e, i64 %537
	%539 = load float, float* %538
	%540 = icmp slt i32 %497, %509
	%541 = select i1 %540, i32 %497, i32 %509
	%542 = add i32 %52, %541
	%543 = sext i32 %542 to i64
	%544 = getelementptr float, float* %e, i64 %543
	%545 = load float, float* %544
	%546 = icmp slt i32 %501, %509
	%547 = select i1 %546, i32 %501, i32 %509
	%548 = add i32 %52, %547
	%549 = sext i32 %548 to i64
	%550 = getelementptr float, float* %e, i64 %549
	%551 = load float, float* %550
	%552 = icmp slt i32 %505, %509
	%553 = select i1 %552, i32 %505, i32 %509
	%554 = add i32 %52, %553
	%555 = sext i32 %554 to i64
	%556 = getelementptr float, float* %e, i64 %555
	%557 = load float, float* %556
	%558 = icmp slt i32 %477, %NK
	%559 = fcmp oge float %515, 0.0
	%560 = and i1 %558, %559
	%561 = icmp sge i32 %477, %68
	%562 = icmp sle i32 %477, %76
	%563 = and i1 %561, %562
	%564 = or i1 false, %563
	%565 = icmp eq i32 %477, 0
	%566 = or i1 %564, %565
	%567 = bitcast float %515 to i32
	%568 = add i32 %567, 2
	%569 = select i1 %566, i32 1, i32 %568
	%570 = select i1 %560, i32 %569, i32 0
	%571 = icmp slt i32 %481, %NK
	%572 = fcmp oge float %521, 0.0
	%573 = and i1 %571, %572
	%574 = icmp sge i32 %481, %68
	%575 = icmp sle i32 %481, %76
	%576 = and i1 %574, %575
	%577 = or i1 false, %576
	%578 = icmp eq i32 %481, 0
	%579 = or i1 %577, %578
	%580 = bitcast float %521 to i32
	%581 = add i32 %580, 2
	%582 = select i1 %579, i32 1, i32 %581
	%583 = select i1 %573, i32 %582, i32 0
	%584 = icmp slt i32 %485, %NK
	%585 = fcmp oge float %527, 0.0
	%586 = and i1 %584, %585
	%587 = icmp sge i32 %485, %68
	%588 = icmp sle i32 %485, %76
	%589 = and i1 %587, %588
	%590 = or i1 false, %589
	%591 = icmp eq i32 %485, 0
	%592 = or i1 %590, %591
	%593 = bitcast float %527 to i32
	%594 = add i32 %593, 2
	%595 = select i1 %592, i32 1, i32 %594
	%596 = select i1 %586, i32 %595, i32 0
	%597 = icmp slt i32 %489, %NK
	%598 = fcmp oge float %533, 0.0
	%599 = and i1 %597, %598
	%600 = icmp sge i32 %489, %68
	%601 = icmp sle i32 %489, %76
	%602 = and i1 %600, %601
	%603 = or i1 false, %602
	%604 = icmp eq i32 %489, 0
	%605 = or i1 %603, %604
	%606 = bitcast float %533 to i32
	%607 = add i32 %606, 2
	%608 = select i1 %605, i32 1, i32 %607
	%609 = select i1 %599, i32 %608, i32 0
	%610 = icmp slt i32 %493, %NK
	%611 = fcmp oge float %539, 0.0
	%612 = and i1 %610, %611
	%613 = icmp sge i32 %493, %68
	%614 = icmp sle i32 %493, %76
	%615 = and i1 %613, %614
	%616 = or i1 false, %615
	%617 = icmp eq i32 %493, 0
	%618 = or i1 %616, %617
	%619 = bitcast float %539 to i32
	%620 = add i32 %619, 2
	%621 = select i1 %618, i32 1, i32 %620
	%622 = select i1 %612, i32 %621, i32 0
	%623 = icmp slt i32 %497, %NK
	%624 = fcmp oge float %545, 0.0
	%625 = and i1 %623, %624
	%626 = icmp sge i32 %497, %68
	%627 = icmp sle i32 %497, %76
	%628 = and i1 %626, %627
	%629 = or i1 false, %628
	%630 = icmp eq i32 %497, 0
	%631 = or i1 %629, %630
	%632 = bitcast float %545 to i32
	%633 = add i32 %632, 2
	%634 = select i1 %631, i32 1, i32 %633
	%635 = select i1 %625, i32 %634, i32 0
	%636 = icmp slt i32 %501, %NK
	%637 = fcmp oge float %551, 0.0
	%638 = and i1 %636, %637
	%639 = icmp sge i32 %501, %68
	%640 = icmp sle i32 %501, %76
	%641 = and i1 %639, %640
	%642 = or i1 false, %641
	%643 = icmp eq i32 %501, 0
	%644 = or i1 %642, %643
	%645 = bitcast float %551 to i32
	%646 = add i32 %645, 2
	%647 = select i1 %644, i32 1, i32 %646
	%648 = select i1 %638, i32 %647, i32 0
	%649 = icmp slt i32 %505, %NK
	%650 = fcmp oge float %557, 0.0
	%651 = and i1 %649, %650
	%652 = icmp sge i32 %505, %68
	%653 = icmp sle i32 %505, %76
	%654 = and i1 %652, %653
	%655 = or i1 false, %654
	%656 = icmp eq i32 %505, 0
	%657 = or i1 %655, %656
	%658 = bitcast float %557 to i32
	%659 = add i32 %658, 2
	%660 = select i1 %657, i32 1, i32 %659
	%661 = select i1 %651, i32 %660, i32 0
	%662 = icmp uge i32 %570, 2
	%663 = and i32 %570, %11
	%664 = icmp eq i32 %663, %7
	%665 = and i1 %662, %664
	%666 = lshr i32 %570, 8
	%667 = and i32 %666, 255
	%668 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %665)
	br i1 %668, label %670, label %678

669:
	br label %440

670:
	%671 = select i1 %665, i32 %667, i32 256
	%672 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %671)
	%673 = shl i32 1, %3
	%674 = sub i32 %673, 1
	%675 = and i32 %672, %674
	%676 = icmp eq i32 %675, 0
	%677 = and i1 %665, %676
	br i1 %677, label %686, label %690

678:
	%679 = icmp uge i32 %583, 2
	%680 = and i32 %583, %11
	%681 = icmp eq i32 %680, %7
	%682 = and i1 %679, %681
	%683 = lshr i32 %583, 8
	%684 = and i32 %683, 255
	%685 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %682)
	br i1 %685, label %691, label %699

686:
	%687 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %667
	%688 = call i32 @llvm.ctpop.i32(i32 %672)
	%689 = atomicrmw add i32 addrspace(3)* %687, i32 %688 monotonic
	br label %690

690:
	br label %678

691:
	%692 = select i1 %682, i32 %684, i32 256
	%693 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %692)
	%694 = shl i32 1, %3
	%695 = sub i32 %694, 1
	%696 = and i32 %693, %695
	%697 = icmp eq i32 %696, 0
	%698 = and i1 %682, %697
	br i1 %698, label %707, label %711

699:
	%700 = icmp uge i32 %596, 2
	%701 = and i32 %596, %11
	%702 = icmp eq i32 %701, %7
	%703 = and i1 %700, %702
	%704 = lshr i32 %596, 8
	%705 = and i32 %704, 255
	%706 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %703)
	br i1 %706, label %712, label %720

707:
	%708 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %684
	%709 = call i32 @llvm.ctpop.i32(i32 %693)
	%710 = atomicrmw add i32 addrspace(3)* %708, i32 %709 monotonic
	br label %711

711:
	br label %699

712:
	%713 = select i1 %703, i32 %705, i32 256
	%714 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %713)
	%715 = shl i32 1, %3
	%716 = sub i32 %715, 1
	%717 = and i32 %714, %716
	%718 = icmp eq i32 %717, 0
	%719 = and i1 %703, %718
	br i1 %719, label %728, label %732

720:
	%721 = icmp uge i32 %609, 2
	%722 = and i32 %609, %11
	%723 = icmp eq i32 %722, %7
	%724 = and i1 %721, %723
	%725 = lshr i32 %609, 8
	%726 = and i32 %725, 255
	%727 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %724)
	br i1 %727, label %733, label %741

728:
	%729 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %705
	%730 = call i32 @llvm.ctpop.i32(i32 %714)
	%731 = atomicrmw add i32 addrspace(3)* %729, i32 %730 monotonic
	br label %732

732:
	br label %720

733:
	%734 = select i1 %724, i32 %726, i32 256
	%735 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %734)
	%736 = shl i32 1, %3
	%737 = sub i32 %736, 1
	%738 = and i32 %735, %737
	%739 = icmp eq i32 %738, 0
	%740 = and i1 %724, %739
	br i1 %740, label %749, label %753

741:
	%742 = icmp uge i32 %622, 2
	%743 = and i32 %622, %11
	%744 = icmp eq i32 %743, %7
	%745 = and i1 %742, %744
	%746 = lshr i32 %622, 8
	%747 = and i32 %746, 255
	%748 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %745)
	br i1 %748, label %754, label %762

749:
	%750 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %726
	%751 = call i32 @llvm.ctpop.i32(i32 %735)
	%752 = atomicrmw add i32 addrspace(3)* %750, i32 %751 monotonic
	br label %753

753:
	br label %741

754:
	%755 = select i1 %745, i32 %747, i32 256
	%756 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %755)
	%757 = shl i32 1, %3
	%758 = sub i32 %757, 1
	%759 = and i32 %756, %758
	%760 = icmp eq i32 %759, 0
	%761 = and i1 %745, %760
	br i1 %761, label %770, label %774

762:
	%763 = icmp uge i32 %635, 2
	%764 = and i32 %635, %11
	%765 = icmp eq i32 %764, %7
	%766 = and i1 %763, %765
	%767 = lshr i32 %635, 8
	%768 = and i32 %767, 255
	%769 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %766)
	br i1 %769, label %775, label %783

770:
	%771 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %747
	%772 = call i32 @llvm.ctpop.i32(i32 %756)
	%773 = atomicrmw add i32 addrspace(3)* %771, i32 %772 monotonic
	br label %774

774:
	br label %762

775:
	%776 = select i1 %766, i32 %768, i32 256
	%777 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %776)
	%778 = shl i32 1, %3
	%779 = sub i32 %778, 1
	%780 = and i32 %777, %779
	%781 = icmp eq i32 %780, 0
	%782 = and i1 %766, %781
	br i1 %782, label %791, label %795

783:
	%784 = icmp uge i32 %648, 2
	%785 = and i32 %648, %11
	%786 = icmp eq i32 %785, %7
	%787 = and i1 %784, %786
	%788 = lshr i32 %648, 8
	%789 = and i32 %788, 255
	%790 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %787)
	br i1 %790, label %796, label %804

791:
	%792 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %768
	%793 = call i32 @llvm.ctpop.i32(i32 %777)
	%794 = atomicrmw add i32 addrspace(3)* %792, i32 %793 monotonic
	br label %795

795:
	br label %783

796:
	%797 = select i1 %787, i32 %789, i32 256
	%798 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %797)
	%799 = shl i32 1, %3
	%800 = sub i32 %799, 1
	%801 = and i32 %798, %800
	%802 = icmp eq i32 %801, 0
	%803 = and i1 %787, %802
	br i1 %803, label %812, label %816

804:
	%805 = icmp uge i32 %661, 2
	%806 = and i32 %661, %11
	%807 = icmp eq i32 %806, %7
	%808 = and i1 %805, %807
	%809 = lshr i32 %661, 8
	%810 = and i32 %809, 255
	%811 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %808)
	br i1 %811, label %817, label %825

812:
	%813 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %789
	%814 = call i32 @llvm.ctpop.i32(i32 %798)
	%815 = atomicrmw add i32 addrspace(3)* %813, i32 %814 monotonic
	br label %816

816:
	br label %804

817:
	%818 = select i1 %808, i32 %810, i32 256
	%819 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %818)
	%820 = shl i32 1, %3
	%821 = sub i32 %820, 1
	%822 = and i32 %819, %821
	%823 = icmp eq i32 %822, 0
	%824 = and i1 %808, %823
	br i1 %824, label %827, label %831

825:
	%826 = add i32 %472, 2048
	br label %471

827:
	%828 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %810
	%829 = call i32 @llvm.ctpop.i32(i32 %819)
	%830 = atomicrmw add i32 addrspace(3)* %828, i32 %829 monotonic
	br label %831

831:
	br label %825

832:
	br label %864

833:
	%834 = mul i32 %1, 8
	%835 = add i32 %834, 3
	%836 = mul i32 %2, %NQ
	%837 = add i32 %836, %835
	%838 = mul i32 %837, %NK
	%839 = mul i32 %835, 64
	%840 = add i32 %839, %off
	%841 = add i32 %835, 1
	%842 = mul i32 %841, 64
	%843 = icmp slt i32 %842, %M
	%844 = select i1 %843, i32 %842, i32 %M
	%845 = sub i32 %844, 1
	%846 = add i32 %845, %off
	%847 = icmp slt i32 %840, 0
	%848 = sub i32 0, %840
	%849 = sub i32 64, 1
	%850 = add i32 %848, %849
	%851 = sdiv i32 %850, 64
	%852 = sub i32 0, %851
	%853 = sdiv i32 %840, 64
	%854 = select i1 %847, i32 %852, i32 %853
	%855 = icmp slt i32 %846, 0
	%856 = sub i32 0, %846
	%857 = sub i32 64, 1
	%858 = add i32 %856, %857
	%859 = sdiv i32 %858, 64
	%860 = sub i32 0, %859
	%861 = sdiv i32 %846, 64
	%862 = select i1 %855, i32 %860, i32 %861
	%863 = icmp slt i32 %835, %NQ
	br i1 %863, label %1225, label %1226

864:
	%865 = phi i32 [ %0, %832 ], [ %1219, %1218 ]
	%866 = phi i32 [ 0, %832 ], [ %866, %1218 ]
	%867 = icmp slt i32 %865, %15
	br i1 %867, label %868, label %1062

868:
	%869 = sub i32 %15, 1
	%870 = add i32 %865, 0
	%871 = icmp slt i32 %870, %15
	%872 = icmp slt i32 %870, %869
	%873 = select i1 %872, i32 %870, i32 %869
	%874 = add i32 %865, 256
	%875 = icmp slt i32 %874, %15
	%876 = icmp slt i32 %874, %869
	%877 = select i1 %876, i32 %874, i32 %869
	%878 = add i32 %865, 512
	%879 = icmp slt i32 %878, %15
	%880 = icmp slt i32 %878, %869
	%881 = select i1 %880, i32 %878, i32 %869
	%882 = add i32 %865, 768
	%883 = icmp slt i32 %882, %15
	%884 = icmp slt i32 %882, %869
	%885 = select i1 %884, i32 %882, i32 %869
	%886 = add i32 %865, 1024
	%887 = icmp slt i32 %886, %15
	%888 = icmp slt i32 %886, %869
	%889 = select i1 %888, i32 %886, i32 %869
	%890 = add i32 %865, 1280
	%891 = icmp slt i32 %890, %15
	%892 = icmp slt i32 %890, %869
	%893 = select i1 %892, i32 %890, i32 %869
	%894 = add i32 %865, 1536
	%895 = icmp slt i32 %894, %15
	%896 = icmp slt i32 %894, %869
	%897 = select i1 %896, i32 %894, i32 %869
	%898 = add i32 %865, 1792
	%899 = icmp slt i32 %898, %15
	%900 = icmp slt i32 %898, %869
	%901 = select i1 %900, i32 %898, i32 %869
	%902 = sub i32 %NK, 1
	%903 = icmp slt i32 %870, %902
	%904 = select i1 %903, i32 %870, i32 %902
	%905 = add i32 %445, %904
	%906 = sext i32 %905 to i64
	%907 = getelementptr float, float* %e, i64 %906
	%908 = load float, float* %907
	%909 = icmp slt i32 %874, %902
	%910 = select i1 %909, i32 %874, i32 %902
	%911 = add i32 %445, %910
	%912 = sext i32 %911 to i64
	%913 = getelementptr float, float* %e, i64 %912
	%914 = load float, float* %913
	%915 = icmp slt i32 %878, %902
	%916 = select i1 %915, i32 %878, i32 %902
	%917 = add i32 %445, %916
	%918 = sext i32 %917 to i64
	%919 = getelementptr float, float* %e, i64 %918
	%920 = load float, float* %919
	%921 = icmp slt i32 %882, %902
	%922 = select i1 %921, i32 %882, i32 %902
	%923 = add i32 %445, %922
	%924 = sext i32 %923 to i64
	%925 = getelementptr float, float* %e, i64 %924
	%926 = load float, float* %925
	%927 = icmp slt i32 %886, %902
	%928 = select i1 %927, i32 %886, i32 %902
	%929 = add i32 %445, %928
	%930 = sext i32 %929 to i64
	%931 = getelementptr float, float* %e, i64 %930
	%932 = load float, float* %931
	%933 = icmp slt i32 %890, %902
	%934 = select i1 %933, i32 %890, i32 %902
	%935 = add i32 %445, %934
	%936 = sext i32 %935 to i64
	%937 = getelementptr float, float* %e, i64 %936
	%938 = load float, float* %937
	%939 = icmp slt i32 %894, %902
	%940 = select i1 %939, i32 %894, i32 %902
	%941 = add i32 %445, %940
	%942 = sext i32 %941 to i64
	%943 = getelementptr float, float* %e, i64 %942
	%944 = load float, float* %943
	%945 = icmp slt i32 %898, %902
	%946 = select i1 %945, i32 %898, i32 %902
	%947 = add i32 %445, %946
	%948 = sext i32 %947 to i64
	%949 = getelementptr float, float* %e, i64 %948
	%950 = load float, float* %949
	%951 = icmp slt i32 %870, %NK
	%952 = fcmp oge float %908, 0.0
	%953 = and i1 %951, %952
	%954 = icmp sge i32 %870, %461
	%955 = icmp sle i32 %870, %469
	%956 = and i1 %954, %955
	%957 = or i1 false, %956
	%958 = icmp eq i32 %870, 0
	%959 = or i1 %957, %958
	%960 = bitcast float %908 to i32
	%961 = add i32 %960, 2
	%962 = select i1 %959, i32 1, i32 %961
	%963 = select i1 %953, i32 %962, i32 0
	%964 = icmp slt i32 %874, %NK
	%965 = fcmp oge float %914, 0.0
	%966 = and i1 %964, %965
	%967 = icmp sge i32 %874, %461
	%968 = icmp sle i32 %874, %469
	%969 = and i1 %967, %968
	%970 = or i1 false, %969
	%971 = icmp eq i32 %874, 0
	%972 = or i1 %970, %971
	%973 = bitcast float %914 to i32
	%974 = add i32 %973, 2
	%975 = select i1 %972, i32 1, i32 %974
	%976 = select i1 %966, i32 %975, i32 0
	%977 = icmp slt i32 %878, %NK
	%978 = fcmp oge float %920, 0.0
	%979 = and i1 %977, %978
	%980 = icmp sge i32 %878, %461
	%981 = icmp sle i32 %878, %469
	%982 = and i1 %980, %981
	%983 = or i1 false, %982
	%984 = icmp eq i32 %878, 0
	%985 = or i1 %983, %984
	%986 = bitcast float %920 to i32
	%987 = add i32 %986, 2
	%988 = select i1 %985, i32 1, i32 %987
	%989 = select i1 %979, i32 %988, i32 0
	%990 = icmp slt i32 %882, %NK
	%991 = fcmp oge float %926, 0.0
	%992 = and i1 %990, %991
	%993 = icmp sge i32 %882, %461
	%994 = icmp sle i32 %882, %469
	%995 = and i1 %993, %994
	%996 = or i1 false, %995
	%997 = icmp eq i32 %882, 0
	%998 = or i1 %996, %997
	%999 = bitcast float %926 to i32
	%1000 = add i32 %999, 2
	%1001 = select i1 %998, i32 1, i32 %1000
	%1002 = select i1 %992, i32 %1001, i32 0
	%1003 = icmp slt i32 %886, %NK
	%1004 = fcmp oge float %932, 0.0
	%1005 = and i1 %1003, %1004
	%1006 = icmp sge i32 %886, %461
	%1007 = icmp sle i32 %886, %469
	%1008 = and i1 %1006, %1007
	%1009 = or i1 false, %1008
	%1010 = icmp eq i32 %886, 0
	%1011 = or i1 %1009, %1010
	%1012 = bitcast float %932 to i32
	%1013 = add i32 %1012, 2
	%1014 = select i1 %1011, i32 1, i32 %1013
	%1015 = select i1 %1005, i32 %1014, i32 0
	%1016 = icmp slt i32 %890, %NK
	%1017 = fcmp oge float %938, 0.0
	%1018 = and i1 %1016, %1017
	%1019 = icmp sge i32 %890, %461
	%1020 = icmp sle i32 %890, %469
	%1021 = and i1 %1019, %1020
	%1022 = or i1 false, %1021
	%1023 = icmp eq i32 %890, 0
	%1024 = or i1 %1022, %1023
	%1025 = bitcast float %938 to i32
	%1026 = add i32 %1025, 2
	%1027 = select i1 %1024, i32 1, i32 %1026
	%1028 = select i1 %1018, i32 %1027, i32 0
	%1029 = icmp slt i32 %894, %NK
	%1030 = fcmp oge float %944, 0.0
	%1031 = and i1 %1029, %1030
	%1032 = icmp sge i32 %894, %461
	%1033 = icmp sle i32 %894, %469
	%1034 = and i1 %1032, %1033
	%1035 = or i1 false, %1034
	%1036 = icmp eq i32 %894, 0
	%1037 = or i1 %1035, %1036
	%1038 = bitcast float %944 to i32
	%1039 = add i32 %1038, 2
	%1040 = select i1 %1037, i32 1, i32 %1039
	%1041 = select i1 %1031, i32 %1040, i32 0
	%1042 = icmp slt i32 %898, %NK
	%1043 = fcmp oge float %950, 0.0
	%1044 = and i1 %1042, %1043
	%1045 = icmp sge i32 %898, %461
	%1046 = icmp sle i32 %898, %469
	%1047 = and i1 %1045, %1046
	%1048 = or i1 false, %1047
	%1049 = icmp eq i32 %898, 0
	%1050 = or i1 %1048, %1049
	%1051 = bitcast float %950 to i32
	%1052 = add i32 %1051, 2
	%1053 = select i1 %1050, i32 1, i32 %1052
	%1054 = select i1 %1044, i32 %1053, i32 0
	%1055 = icmp uge i32 %963, 2
	%1056 = and i32 %963, %11
	%1057 = icmp eq i32 %1056, %7
	%1058 = and i1 %1055, %1057
	%1059 = lshr i32 %963, 8
	%1060 = and i32 %1059, 255
	%1061 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1058)
	br i1 %1061, label %1063, label %1071

1062:
	br label %833

1063:
	%1064 = select i1 %1058, i32 %1060, i32 256
	%1065 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1064)
	%1066 = shl i32 1, %3
	%1067 = sub i32 %1066, 1
	%1068 = and i32 %1065, %1067
	%1069 = icmp eq i32 %1068, 0
	%1070 = and i1 %1058, %1069
	br i1 %1070, label %1079, label %1083

1071:
	%1072 = icmp uge i32 %976, 2
	%1073 = and i32 %976, %11
	%1074 = icmp eq i32 %1073, %7
	%1075 = and i1 %1072, %1074
	%1076 = lshr i32 %976, 8
	%1077 = and i32 %1076, 255
	%1078 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1075)
	br i1 %1078, label %1084, label %1092

1079:
	%1080 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1060
	%1081 = call i32 @llvm.ctpop.i32(i32 %1065)
	%1082 = atomicrmw add i32 addrspace(3)* %1080, i32 %1081 monotonic
	br label %1083

1083:
	br label %1071

1084:
	%1085 = select i1 %1075, i32 %1077, i32 256
	%1086 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1085)
	%1087 = shl i32 1, %3
	%1088 = sub i32 %1087, 1
	%1089 = and i32 %1086, %1088
	%1090 = icmp eq i32 %1089, 0
	%1091 = and i1 %1075, %1090
	br i1 %1091, label %1100, label %1104

1092:
	%1093 = icmp uge i32 %989, 2
	%1094 = and i32 %989, %11
	%1095 = icmp eq i32 %1094, %7
	%1096 = and i1 %1093, %1095
	%1097 = lshr i32 %989, 8
	%1098 = and i32 %1097, 255
	%1099 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1096)
	br i1 %1099, label %1105, label %1113

1100:
	%1101 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1077
	%1102 = call i32 @llvm.ctpop.i32(i32 %1086)
	%1103 = atomicrmw add i32 addrspace(3)* %1101, i32 %1102 monotonic
	br label %1104

1104:
	br label %1092

1105:
	%1106 = select i1 %1096, i32 %1098, i32 256
	%1107 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1106)
	%1108 = shl i32 1, %3
	%1109 = sub i32 %1108, 1
	%1110 = and i32 %1107, %1109
	%1111 = icmp eq i32 %1110, 0
	%1112 = and i1 %1096, %1111
	br i1 %1112, label %1121, label %1125

1113:
	%1114 = icmp uge i32 %1002, 2
	%1115 = and i32 %1002, %11
	%1116 = icmp eq i32 %1115, %7
	%1117 = and i1 %1114, %1116
	%1118 = lshr i32 %1002, 8
	%1119 = and i32 %1118, 255
	%1120 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1117)
	br i1 %1120, label %1126, label %1134

1121:
	%1122 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1098
	%1123 = call i32 @llvm.ctpop.i32(i32 %1107)
	%1124 = atomicrmw add i32 addrspace(3)* %1122, i32 %1123 monotonic
	br label %1125

1125:
	br label %1113

1126:
	%1127 = select i1 %1117, i32 %1119, i32 256
	%1128 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1127)
	%1129 = shl i32 1, %3
	%1130 = sub i32 %1129, 1
	%1131 = and i32 %1128, %1130
	%1132 = icmp eq i32 %1131, 0
	%1133 = and i1 %1117, %1132
	br i1 %1133, label %1142, label %1146

1134:
	%1135 = icmp uge i32 %1015, 2
	%1136 = and i32 %1015, %11
	%1137 = icmp eq i32 %1136, %7
	%1138 = and i1 %1135, %1137
	%1139 = lshr i32 %1015, 8
	%1140 = and i32 %1139, 255
	%1141 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1138)
	br i1 %1141, label %1147, label %1155

1142:
	%1143 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1119
	%1144 = call i32 @llvm.ctpop.i32(i32 %1128)
	%1145 = atomicrmw add i32 addrspace(3)* %1143, i32 %1144 monotonic
	br label %1146

1146:
	br label %1134

1147:
	%1148 = select i1 %1138, i32 %1140, i32 256
	%1149 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1148)
	%1150 = shl i32 1, %3
	%1151 = sub i32 %1150, 1
	%1152 = and i32 %1149, %1151
	%1153 = icmp eq i32 %1152, 0
	%1154 = and i1 %1138, %1153
	br i1 %1154, label %1163, label %1167

1155:
	%1156 = icmp uge i32 %1028, 2
	%1157 = and i32 %1028, %11
	%1158 = icmp eq i32 %1157, %7
	%1159 = and i1 %1156, %1158
	%1160 = lshr i32 %1028, 8
	%1161 = and i32 %1160, 255
	%1162 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1159)
	br i1 %1162, label %1168, label %1176

1163:
	%1164 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1140
	%1165 = call i32 @llvm.ctpop.i32(i32 %1149)
	%1166 = atomicrmw add i32 addrspace(3)* %1164, i32 %1165 monotonic
	br label %1167

1167:
	br label %1155

1168:
	%1169 = select i1 %1159, i32 %1161, i32 256
	%1170 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1169)
	%1171 = shl i32 1, %3
	%1172 = sub i32 %1171, 1
	%1173 = and i32 %1170, %1172
	%1174 = icmp eq i32 %1173, 0
	%1175 = and i1 %1159, %1174
	br i1 %1175, label %1184, label %1188

1176:
	%1177 = icmp uge i32 %1041, 2
	%1178 = and i32 %1041, %11
	%1179 = icmp eq i32 %1178, %7
	%1180 = and i1 %1177, %1179
	%1181 = lshr i32 %1041, 8
	%1182 = and i32 %1181, 255
	%1183 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1180)
	br i1 %1183, label %1189, label %1197

1184:
	%1185 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1161
	%1186 = call i32 @llvm.ctpop.i32(i32 %1170)
	%1187 = atomicrmw add i32 addrspace(3)* %1185, i32 %1186 monotonic
	br label %1188

1188:
	br label %1176

1189:
	%1190 = select i1 %1180, i32 %1182, i32 256
	%1191 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1190)
	%1192 = shl i32 1, %3
	%1193 = sub i32 %1192, 1
	%1194 = and i32 %1191, %1193
	%1195 = icmp eq i32 %1194, 0
	%1196 = and i1 %1180, %1195
	br i1 %1196, label %1205, label %1209

1197:
	%1198 = icmp uge i32 %1054, 2
	%1199 = and i32 %1054, %11
	%1200 = icmp eq i32 %1199, %7
	%1201 = and i1 %1198, %1200
	%1202 = lshr i32 %1054, 8
	%1203 = and i32 %1202, 255
	%1204 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1201)
	br i1 %1204, label %1210, label %1218

1205:
	%1206 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1182
	%1207 = call i32 @llvm.ctpop.i32(i32 %1191)
	%1208 = atomicrmw add i32 addrspace(3)* %1206, i32 %1207 monotonic
	br label %1209

1209:
	br label %1197

1210:
	%1211 = select i1 %1201, i32 %1203, i32 256
	%1212 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1211)
	%1213 = shl i32 1, %3
	%1214 = sub i32 %1213, 1
	%1215 = and i32 %1212, %1214
	%1216 = icmp eq i32 %1215, 0
	%1217 = and i1 %1201, %1216
	br i1 %1217, label %1220, label %1224

1218:
	%1219 = add i32 %865, 2048
	br label %864

1220:
	%1221 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1203
	%1222 = call i32 @llvm.ctpop.i32(i32 %1212)
	%1223 = atomicrmw add i32 addrspace(3)* %1221, i32 %1222 monotonic
	br label %1224

1224:
	br label %1218

1225:
	br label %1257

1226:
	%1227 = mul i32 %1, 8
	%1228 = add i32 %1227, 4
	%1229 = mul i32 %2, %NQ
	%1230 = add i32 %1229, %1228
	%1231 = mul i32 %1230, %NK
	%1232 = mul i32 %1228, 64
	%1233 = add i32 %1232, %off
	%1234 = add i32 %1228, 1
	%1235 = mul i32 %1234, 64
	%1236 = icmp slt i32 %1235, %M
	%1237 = select i1 %1236, i32 %1235, i32 %M
	%1238 = sub i32 %1237, 1
	%1239 = add i32 %1238, %off
	%1240 = icmp slt i32 %1233, 0
	%1241 = sub i32 0, %1233
	%1242 = sub i32 64, 1
	%1243 = add i32 %1241, %1242
	%1244 = sdiv i32 %1243, 64
	%1245 = sub i32 0, %1244
	%1246 = sdiv i32 %1233, 64
	%1247 = select i1 %1240, i32 %1245, i32 %1246
	%1248 = icmp slt i32 %1239, 0
	%1249 = sub i32 0, %1239
	%1250 = sub i32 64, 1
	%1251 = add i32 %1249, %1250
	%1252 = sdiv i32 %1251, 64
	%1253 = sub i32 0, %1252
	%1254 = sdiv i32 %1239, 64
	%1255 = select i1 %1248, i32 %1253, i32 %1254
	%1256 = icmp slt i32 %1228, %NQ
	br i1 %1256, label %1618, label %1619

1257:
	%1258 = phi i32 [ %0, %1225 ], [ %1612, %1611 ]
	%1259 = phi i32 [ 0, %1225 ], [ %1259, %1611 ]
	%1260 = icmp slt i32 %1258, %15
	br i1 %1260, label %1261, label %1455

1261:
	%1262 = sub i32 %15, 1
	%1263 = add i32 %1258, 0
	%1264 = icmp slt i32 %1263, %15
	%1265 = icmp slt i32 %1263, %1262
	%1266 = select i1 %1265, i32 %1263, i32 %1262
	%1267 = add i32 %1258, 256
	%1268 = icmp slt i32 %1267, %15
	%1269 = icmp slt i32 %1267, %1262
	%1270 = select i1 %1269, i32 %1267, i32 %1262
	%1271 = add i32 %1258, 512
	%1272 = icmp slt i32 %1271, %15
	%1273 = icmp slt i32 %1271, %1262
	%1274 = select i1 %1273, i32 %1271, i32 %1262
	%1275 = add i32 %1258, 768
	%1276 = icmp slt i32 %1275, %15
	%1277 = icmp slt i32 %1275, %1262
	%1278 = select i1 %1277, i32 %1275, i32 %1262
	%1279 = add i32 %1258, 1024
	%1280 = icmp slt i32 %1279, %15
	%1281 = icmp slt i32 %1279, %1262
	%1282 = select i1 %1281, i32 %1279, i32 %1262
	%1283 = add i32 %1258, 1280
	%1284 = icmp slt i32 %1283, %15
	%1285 = icmp slt i32 %1283, %1262
	%1286 = select i1 %1285, i32 %1283, i32 %1262
	%1287 = add i32 %1258, 1536
	%1288 = icmp slt i32 %1287, %15
	%1289 = icmp slt i32 %1287, %1262
	%1290 = select i1 %1289, i32 %1287, i32 %1262
	%1291 = add i32 %1258, 1792
	%1292 = icmp slt i32 %1291, %15
	%1293 = icmp slt i32 %1291, %1262
	%1294 = select i1 %1293, i32 %1291, i32 %1262
	%1295 = sub i32 %NK, 1
	%1296 = icmp slt i32 %1263, %1295
	%1297 = select i1 %1296, i32 %1263, i32 %1295
	%1298 = add i32 %838, %1297
	%1299 = sext i32 %1298 to i64
	%1300 = getelementptr float, float* %e, i64 %1299
	%1301 = load float, float* %1300
	%1302 = icmp slt i32 %1267, %1295
	%1303 = select i1 %1302, i32 %1267, i32 %1295
	%1304 = add i32 %838, %1303
	%1305 = sext i32 %1304 to i64
	%1306 = getelementptr float, float* %e, i64 %1305
	%1307 = load float, float* %1306
	%1308 = icmp slt i32 %1271, %1295
	%1309 = select i1 %1308, i32 %1271, i32 %1295
	%1310 = add i32 %838, %1309
	%1311 = sext i32 %1310 to i64
	%1312 = getelementptr float, float* %e, i64 %1311
	%1313 = load float, float* %1312
	%1314 = icmp slt i32 %1275, %1295
	%1315 = select i1 %1314, i32 %1275, i32 %1295
	%1316 = add i32 %838, %1315
	%1317 = sext i32 %1316 to i64
	%1318 = getelementptr float, float* %e, i64 %1317
	%1319 = load float, float* %1318
	%1320 = icmp slt i32 %1279, %1295
	%1321 = select i1 %1320, i32 %1279, i32 %1295
	%1322 = add i32 %838, %1321
	%1323 = sext i32 %1322 to i64
	%1324 = getelementptr float, float* %e, i64 %1323
	%1325 = load float, float* %1324
	%1326 = icmp slt i32 %1283, %1295
	%1327 = select i1 %1326, i32 %1283, i32 %1295
	%1328 = add i32 %838, %1327
	%1329 = sext i32 %1328 to i64
	%1330 = getelementptr float, float* %e, i64 %1329
	%1331 = load float, float* %1330
	%1332 = icmp slt i32 %1287, %1295
	%1333 = select i1 %1332, i32 %1287, i32 %1295
	%1334 = add i32 %838, %1333
	%1335 = sext i32 %1334 to i64
	%1336 = getelementptr float, float* %e, i64 %1335
	%1337 = load float, float* %1336
	%1338 = icmp slt i32 %1291, %1295
	%1339 = select i1 %1338, i32 %1291, i32 %1295
	%1340 = add i32 %838, %1339
	%1341 = sext i32 %1340 to i64
	%1342 = getelementptr float, float* %e, i64 %1341
	%1343 = load float, float* %1342
	%1344 = icmp slt i32 %1263, %NK
	%1345 = fcmp oge float %1301, 0.0
	%1346 = and i1 %1344, %1345
	%1347 = icmp sge i32 %1263, %854
	%1348 = icmp sle i32 %1263, %862
	%1349 = and i1 %1347, %1348
	%1350 = or i1 false, %1349
	%1351 = icmp eq i32 %1263, 0
	%1352 = or i1 %1350, %1351
	%1353 = bitcast float %1301 to i32
	%1354 = add i32 %1353, 2
	%1355 = select i1 %1352, i32 1, i32 %1354
	%1356 = select i1 %1346, i32 %1355, i32 0
	%1357 = icmp slt i32 %1267, %NK
	%1358 = fcmp oge float %1307, 0.0
	%1359 = and i1 %1357, %1358
	%1360 = icmp sge i32 %1267, %854
	%1361 = icmp sle i32 %1267, %862
	%1362 = and i1 %1360, %1361
	%1363 = or i1 false, %1362
	%1364 = icmp eq i32 %1267, 0
	%1365 = or i1 %1363, %1364
	%1366 = bitcast float %1307 to i32
	%1367 = add i32 %1366, 2
	%1368 = select i1 %1365, i32 1, i32 %1367
	%1369 = select i1 %1359, i32 %1368, i32 0
	%1370 = icmp slt i32 %1271, %NK
	%1371 = fcmp oge float %1313, 0.0
	%1372 = and i1 %1370, %1371
	%1373 = icmp sge i32 %1271, %854
	%1374 = icmp sle i32 %1271, %862
	%1375 = and i1 %1373, %1374
	%1376 = or i1 false, %1375
	%1377 = icmp eq i32 %1271, 0
	%1378 = or i1 %1376, %1377
	%1379 = bitcast float %1313 to i32
	%1380 = add i32 %1379, 2
	%1381 = select i1 %1378, i32 1, i32 %1380
	%1382 = select i1 %1372, i32 %1381, i32 0
	%1383 = icmp slt i32 %1275, %NK
	%1384 = fcmp oge float %1319, 0.0
	%1385 = and i1 %1383, %1384
	%1386 = icmp sge i32 %1275, %854
	%1387 = icmp sle i32 %1275, %862
	%1388 = and i1 %1386, %1387
	%1389 = or i1 false, %1388
	%1390 = icmp eq i32 %1275, 0
	%1391 = or i1 %1389, %1390
	%1392 = bitcast float %1319 to i32
	%1393 = add i32 %1392, 2
	%1394 = select i1 %1391, i32 1, i32 %1393
	%1395 = select i1 %1385, i32 %1394, i32 0
	%1396 = icmp slt i32 %1279, %NK
	%1397 = fcmp oge float %1325, 0.0
	%1398 = and i1 %1396, %1397
	%1399 = icmp sge i32 %1279, %854
	%1400 = icmp sle i32 %1279, %862
	%1401 = and i1 %1399, %1400
	%1402 = or i1 false, %1401
	%1403 = icmp eq i32 %1279, 0
	%1404 = or i1 %1402, %1403
	%1405 = bitcast float %1325 to i32
	%1406 = add i32 %1405, 2
	%1407 = select i1 %1404, i32 1, i32 %1406
	%1408 = select i1 %1398, i32 %1407, i32 0
	%1409 = icmp slt i32 %1283, %NK
	%1410 = fcmp oge float %1331, 0.0
	%1411 = and i1 %1409, %1410
	%1412 = icmp sge i32 %1283, %854
	%1413 = icmp sle i32 %1283, %862
	%1414 = and i1 %1412, %1413
	%1415 = or i1 false, %1414
	%1416 = icmp eq i32 %1283, 0
	%1417 = or i1 %1415, %1416
	%1418 = bitcast float %1331 to i32
	%1419 = add i32 %1418, 2
	%1420 = select i1 %1417, i32 1, i32 %1419
	%1421 = select i1 %1411, i32 %1420, i32 0
	%1422 = icmp slt i32 %1287, %NK
	%1423 = fcmp oge float %1337, 0.0
	%1424 = and i1 %1422, %1423
	%1425 = icmp sge i32 %1287, %854
	%1426 = icmp sle i32 %1287, %862
	%1427 = and i1 %1425, %1426
	%1428 = or i1 false, %1427
	%1429 = icmp eq i32 %1287, 0
	%1430 = or i1 %1428, %1429
	%1431 = bitcast float %1337 to i32
	%1432 = add i32 %1431, 2
	%1433 = select i1 %1430, i32 1, i32 %1432
	%1434 = select i1 %1424, i32 %1433, i32 0
	%1435 = icmp slt i32 %1291, %NK
	%1436 = fcmp oge float %1343, 0.0
	%1437 = and i1 %1435, %1436
	%1438 = icmp sge i32 %1291, %854
	%1439 = icmp sle i32 %1291, %862
	%1440 = and i1 %1438, %1439
	%1441 = or i1 false, %1440
	%1442 = icmp eq i32 %1291, 0
	%1443 = or i1 %1441, %1442
	%1444 = bitcast float %1343 to i32
	%1445 = add i32 %1444, 2
	%1446 = select i1 %1443, i32 1, i32 %1445
	%1447 = select i1 %1437, i32 %1446, i32 0
	%1448 = icmp uge i32 %1356, 2
	%1449 = and i32 %1356, %11
	%1450 = icmp eq i32 %1449, %7
	%1451 = and i1 %1448, %1450
	%1452 = lshr i32 %1356, 8
	%1453 = and i32 %1452, 255
	%1454 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1451)
	br i1 %1454, label %1456, label %1464

1455:
	br label %1226

1456:
	%1457 = select i1 %1451, i32 %1453, i32 256
	%1458 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1457)
	%1459 = shl i32 1, %3
	%1460 = sub i32 %1459, 1
	%1461 = and i32 %1458, %1460
	%1462 = icmp eq i32 %1461, 0
	%1463 = and i1 %1451, %1462
	br i1 %1463, label %1472, label %1476

1464:
	%1465 = icmp uge i32 %1369, 2
	%1466 = and i32 %1369, %11
	%1467 = icmp eq i32 %1466, %7
	%1468 = and i1 %1465, %1467
	%1469 = lshr i32 %1369, 8
	%1470 = and i32 %1469, 255
	%1471 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1468)
	br i1 %1471, label %1477, label %1485

1472:
	%1473 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1453
	%1474 = call i32 @llvm.ctpop.i32(i32 %1458)
	%1475 = atomicrmw add i32 addrspace(3)* %1473, i32 %1474 monotonic
	br label %1476

1476:
	br label %1464

1477:
	%1478 = select i1 %1468, i32 %1470, i32 256
	%1479 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1478)
	%1480 = shl i32 1, %3
	%1481 = sub i32 %1480, 1
	%1482 = and i32 %1479, %1481
	%1483 = icmp eq i32 %1482, 0
	%1484 = and i1 %1468, %1483
	br i1 %1484, label %1493, label %1497

1485:
	%1486 = icmp uge i32 %1382, 2
	%1487 = and i32 %1382, %11
	%1488 = icmp eq i32 %1487, %7
	%1489 = and i1 %1486, %1488
	%1490 = lshr i32 %1382, 8
	%1491 = and i32 %1490, 255
	%1492 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1489)
	br i1 %1492, label %1498, label %1506

1493:
	%1494 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1470
	%1495 = call i32 @llvm.ctpop.i32(i32 %1479)
	%1496 = atomicrmw add i32 addrspace(3)* %1494, i32 %1495 monotonic
	br label %1497

1497:
	br label %1485

1498:
	%1499 = select i1 %1489, i32 %1491, i32 256
	%1500 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1499)
	%1501 = shl i32 1, %3
	%1502 = sub i32 %1501, 1
	%1503 = and i32 %1500, %1502
	%1504 = icmp eq i32 %1503, 0
	%1505 = and i1 %1489, %1504
	br i1 %1505, label %1514, label %1518

1506:
	%1507 = icmp uge i32 %1395, 2
	%1508 = and i32 %1395, %11
	%1509 = icmp eq i32 %1508, %7
	%1510 = and i1 %1507, %1509
	%1511 = lshr i32 %1395, 8
	%1512 = and i32 %1511, 255
	%1513 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1510)
	br i1 %1513, label %1519, label %1527

1514:
	%1515 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1491
	%1516 = call i32 @llvm.ctpop.i32(i32 %1500)
	%1517 = atomicrmw add i32 addrspace(3)* %1515, i32 %1516 monotonic
	br label %1518

1518:
	br label %1506

1519:
	%1520 = select i1 %1510, i32 %1512, i32 256
	%1521 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1520)
	%1522 = shl i32 1, %3
	%1523 = sub i32 %1522, 1
	%1524 = and i32 %1521, %1523
	%1525 = icmp eq i32 %1524, 0
	%1526 = and i1 %1510, %1525
	br i1 %1526, label %1535, label %1539

1527:
	%1528 = icmp uge i32 %1408, 2
	%1529 = and i32 %1408, %11
	%1530 = icmp eq i32 %1529, %7
	%1531 = and i1 %1528, %1530
	%1532 = lshr i32 %1408, 8
	%1533 = and i32 %1532, 255
	%1534 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1531)
	br i1 %1534, label %1540, label %1548

1535:
	%1536 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1512
	%1537 = call i32 @llvm.ctpop.i32(i32 %1521)
	%1538 = atomicrmw add i32 addrspace(3)* %1536, i32 %1537 monotonic
	br label %1539

1539:
	br label %1527

1540:
	%1541 = select i1 %1531, i32 %1533, i32 256
	%1542 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1541)
	%1543 = shl i32 1, %3
	%1544 = sub i32 %1543, 1
	%1545 = and i32 %1542, %1544
	%1546 = icmp eq i32 %1545, 0
	%1547 = and i1 %1531, %1546
	br i1 %1547, label %1556, label %1560

1548:
	%1549 = icmp uge i32 %1421, 2
	%1550 = and i32 %1421, %11
	%1551 = icmp eq i32 %1550, %7
	%1552 = and i1 %1549, %1551
	%1553 = lshr i32 %1421, 8
	%1554 = and i32 %1553, 255
	%1555 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1552)
	br i1 %1555, label %1561, label %1569

1556:
	%1557 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1533
	%1558 = call i32 @llvm.ctpop.i32(i32 %1542)
	%1559 = atomicrmw add i32 addrspace(3)* %1557, i32 %1558 monotonic
	br label %1560

1560:
	br label %1548

1561:
	%1562 = select i1 %1552, i32 %1554, i32 256
	%1563 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1562)
	%1564 = shl i32 1, %3
	%1565 = sub i32 %1564, 1
	%1566 = and i32 %1563, %1565
	%1567 = icmp eq i32 %1566, 0
	%1568 = and i1 %1552, %1567
	br i1 %1568, label %1577, label %1581

1569:
	%1570 = icmp uge i32 %1434, 2
	%1571 = and i32 %1434, %11
	%1572 = icmp eq i32 %1571, %7
	%1573 = and i1 %1570, %1572
	%1574 = lshr i32 %1434, 8
	%1575 = and i32 %1574, 255
	%1576 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1573)
	br i1 %1576, label %1582, label %1590

1577:
	%1578 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1554
	%1579 = call i32 @llvm.ctpop.i32(i32 %1563)
	%1580 = atomicrmw add i32 addrspace(3)* %1578, i32 %1579 monotonic
	br label %1581

1581:
	br label %1569

1582:
	%1583 = select i1 %1573, i32 %1575, i32 256
	%1584 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1583)
	%1585 = shl i32 1, %3
	%1586 = sub i32 %1585, 1
	%1587 = and i32 %1584, %1586
	%1588 = icmp eq i32 %1587, 0
	%1589 = and i1 %1573, %1588
	br i1 %1589, label %1598, label %1602

1590:
	%1591 = icmp uge i32 %1447, 2
	%1592 = and i32 %1447, %11
	%1593 = icmp eq i32 %1592, %7
	%1594 = and i1 %1591, %1593
	%1595 = lshr i32 %1447, 8
	%1596 = and i32 %1595, 255
	%1597 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1594)
	br i1 %1597, label %1603, label %1611

1598:
	%1599 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1575
	%1600 = call i32 @llvm.ctpop.i32(i32 %1584)
	%1601 = atomicrmw add i32 addrspace(3)* %1599, i32 %1600 monotonic
	br label %1602

1602:
	br label %1590

1603:
	%1604 = select i1 %1594, i32 %1596, i32 256
	%1605 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1604)
	%1606 = shl i32 1, %3
	%1607 = sub i32 %1606, 1
	%1608 = and i32 %1605, %1607
	%1609 = icmp eq i32 %1608, 0
	%1610 = and i1 %1594, %1609
	br i1 %1610, label %1613, label %1617

1611:
	%1612 = add i32 %1258, 2048
	br label %1257

1613:
	%1614 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1596
	%1615 = call i32 @llvm.ctpop.i32(i32 %1605)
	%1616 = atomicrmw add i32 addrspace(3)* %1614, i32 %1615 monotonic
	br label %1617

1617:
	br label %1611

1618:
	br label %1650

1619:
	%1620 = mul i32 %1, 8
	%1621 = add i32 %1620, 5
	%1622 = mul i32 %2, %NQ
	%1623 = add i32 %1622, %1621
	%1624 = mul i32 %1623, %NK
	%1625 = mul i32 %1621, 64
	%1626 = add i32 %1625, %off
	%1627 = add i32 %1621, 1
	%1628 = mul i32 %1627, 64
	%1629 = icmp slt i32 %1628, %M
	%1630 = select i1 %1629, i32 %1628, i32 %M
	%1631 = sub i32 %1630, 1
	%1632 = add i32 %1631, %off
	%1633 = icmp slt i32 %1626, 0
	%1634 = sub i32 0, %1626
	%1635 = sub i32 64, 1
	%1636 = add i32 %1634, %1635
	%1637 = sdiv i32 %1636, 64
	%1638 = sub i32 0, %1637
	%1639 = sdiv i32 %1626, 64
	%1640 = select i1 %1633, i32 %1638, i32 %1639
	%1641 = icmp slt i32 %1632, 0
	%1642 = sub i32 0, %1632
	%1643 = sub i32 64, 1
	%1644 = add i32 %1642, %1643
	%1645 = sdiv i32 %1644, 64
	%1646 = sub i32 0, %1645
	%1647 = sdiv i32 %1632, 64
	%1648 = select i1 %1641, i32 %1646, i32 %1647
	%1649 = icmp slt i32 %1621, %NQ
	br i1 %1649, label %2011, label %2012

1650:
	%1651 = phi i32 [ %0, %1618 ], [ %2005, %2004 ]
	%1652 = phi i32 [ 0, %1618 ], [ %1652, %2004 ]
	%1653 = icmp slt i32 %1651, %15
	br i1 %1653, label %1654, label %1848

1654:
	%1655 = sub i32 %15, 1
	%1656 = add i32 %1651, 0
	%1657 = icmp slt i32 %1656, %15
	%1658 = icmp slt i32 %1656, %1655
	%1659 = select i1 %1658, i32 %1656, i32 %1655
	%1660 = add i32 %1651, 256
	%1661 = icmp slt i32 %1660, %15
	%1662 = icmp slt i32 %1660, %1655
	%1663 = select i1 %1662, i32 %1660, i32 %1655
	%1664 = add i32 %1651, 512
	%1665 = icmp slt i32 %1664, %15
	%1666 = icmp slt i32 %1664, %1655
	%1667 = select i1 %1666, i32 %1664, i32 %1655
	%1668 = add i32 %1651, 768
	%1669 = icmp slt i32 %1668, %15
	%1670 = icmp slt i32 %1668, %1655
	%1671 = select i1 %1670, i32 %1668, i32 %1655
	%1672 = add i32 %1651, 1024
	%1673 = icmp slt i32 %1672, %15
	%1674 = icmp slt i32 %1672, %1655
	%1675 = select i1 %1674, i32 %1672, i32 %1655
	%1676 = add i32 %1651, 1280
	%1677 = icmp slt i32 %1676, %15
	%1678 = icmp slt i32 %1676, %1655
	%1679 = select i1 %1678, i32 %1676, i32 %1655
	%1680 = add i32 %1651, 1536
	%1681 = icmp slt i32 %1680, %15
	%1682 = icmp slt i32 %1680, %1655
	%1683 = select i1 %1682, i32 %1680, i32 %1655
	%1684 = add i32 %1651, 1792
	%1685 = icmp slt i32 %1684, %15
	%1686 = icmp slt i32 %1684, %1655
	%1687 = select i1 %1686, i32 %1684, i32 %1655
	%1688 = sub i32 %NK, 1
	%1689 = icmp slt i32 %1656, %1688
	%1690 = select i1 %1689, i32 %1656, i32 %1688
	%1691 = add i32 %1231, %1690
	%1692 = sext i32 %1691 to i64
	%1693 = getelementptr float, float* %e, i64 %1692
	%1694 = load float, float* %1693
	%1695 = icmp slt i32 %1660, %1688
	%1696 = select i1 %1695, i32 %1660, i32 %1688
	%1697 = add i32 %1231, %1696
	%1698 = sext i32 %1697 to i64
	%1699 = getelementptr float, float* %e, i64 %1698
	%1700 = load float, float* %1699
	%1701 = icmp slt i32 %1664, %1688
	%1702 = select i1 %1701, i32 %1664, i32 %1688
	%1703 = add i32 %1231, %1702
	%1704 = sext i32 %1703 to i64
	%1705 = getelementptr float, float* %e, i64 %1704
	%1706 = load float, float* %1705
	%1707 = icmp slt i32 %1668, %1688
	%1708 = select i1 %1707, i32 %1668, i32 %1688
	%1709 = add i32 %1231, %1708
	%1710 = sext i32 %1709 to i64
	%1711 = getelementptr float, float* %e, i64 %1710
	%1712 = load float, float* %1711
	%1713 = icmp slt i32 %1672, %1688
	%1714 = select i1 %1713, i32 %1672, i32 %1688
	%1715 = add i32 %1231, %1714
	%1716 = sext i32 %1715 to i64
	%1717 = getelementptr float, float* %e, i64 %1716
	%1718 = load float, float* %1717
	%1719 = icmp slt i32 %1676, %1688
	%1720 = select i1 %1719, i32 %1676, i32 %1688
	%1721 = add i32 %1231, %1720
	%1722 = sext i32 %1721 to i64
	%1723 = getelementptr float, float* %e, i64 %1722
	%1724 = load float, float* %1723
	%1725 = icmp slt i32 %1680, %1688
	%1726 = select i1 %1725, i32 %1680, i32 %1688
	%1727 = add i32 %1231, %1726
	%1728 = sext i32 %1727 to i64
	%1729 = getelementptr float, float* %e, i64 %1728
	%1730 = load float, float* %1729
	%1731 = icmp slt i32 %1684, %1688
	%1732 = select i1 %1731, i32 %1684, i32 %1688
	%1733 = add i32 %1231, %1732
	%1734 = sext i32 %1733 to i64
	%1735 = getelementptr float, float* %e, i64 %1734
	%1736 = load float, float* %1735
	%1737 = icmp slt i32 %1656, %NK
	%1738 = fcmp oge float %1694, 0.0
	%1739 = and i1 %1737, %1738
	%1740 = icmp sge i32 %1656, %1247
	%1741 = icmp sle i32 %1656, %1255
	%1742 = and i1 %1740, %1741
	%1743 = or i1 false, %1742
	%1744 = icmp eq i32 %1656, 0
	%1745 = or i1 %1743, %1744
	%1746 = bitcast float %1694 to i32
	%1747 = add i32 %1746, 2
	%1748 = select i1 %1745, i32 1, i32 %1747
	%1749 = select i1 %1739, i32 %1748, i32 0
	%1750 = icmp slt i32 %1660, %NK
	%1751 = fcmp oge float %1700, 0.0
	%1752 = and i1 %1750, %1751
	%1753 = icmp sge i32 %1660, %1247
	%1754 = icmp sle i32 %1660, %1255
	%1755 = and i1 %1753, %1754
	%1756 = or i1 false, %1755
	%1757 = icmp eq i32 %1660, 0
	%1758 = or i1 %1756, %1757
	%1759 = bitcast float %1700 to i32
	%1760 = add i32 %1759, 2
	%1761 = select i1 %1758, i32 1, i32 %1760
	%1762 = select i1 %1752, i32 %1761, i32 0
	%1763 = icmp slt i32 %1664, %NK
	%1764 = fcmp oge float %1706, 0.0
	%1765 = and i1 %1763, %1764
	%1766 = icmp sge i32 %1664, %1247
	%1767 = icmp sle i32 %1664, %1255
	%1768 = and i1 %1766, %1767
	%1769 = or i1 false, %1768
	%1770 = icmp eq i32 %1664, 0
	%1771 = or i1 %1769, %1770
	%1772 = bitcast float %1706 to i32
	%1773 = add i32 %1772, 2
	%1774 = select i1 %1771, i32 1, i32 %1773
	%1775 = select i1 %1765, i32 %1774, i32 0
	%1776 = icmp slt i32 %1668, %NK
	%1777 = fcmp oge float %1712, 0.0
	%1778 = and i1 %1776, %1777
	%1779 = icmp sge i32 %1668, %1247
	%1780 = icmp sle i32 %1668, %1255
	%1781 = and i1 %1779, %1780
	%1782 = or i1 false, %1781
	%1783 = icmp eq i32 %1668, 0
	%1784 = or i1 %1782, %1783
	%1785 = bitcast float %1712 to i32
	%1786 = add i32 %1785, 2
	%1787 = select i1 %1784, i32 1, i32 %1786
	%1788 = select i1 %1778, i32 %1787, i32 0
	%1789 = icmp slt i32 %1672, %NK
	%1790 = fcmp oge float %1718, 0.0
	%1791 = and i1 %1789, %1790
	%1792 = icmp sge i32 %1672, %1247
	%1793 = icmp sle i32 %1672, %1255
	%1794 = and i1 %1792, %1793
	%1795 = or i1 false, %1794
	%1796 = icmp eq i32 %1672, 0
	%1797 = or i1 %1795, %1796
	%1798 = bitcast float %1718 to i32
	%1799 = add i32 %1798, 2
	%1800 = select i1 %1797, i32 1, i32 %1799
	%1801 = select i1 %1791, i32 %1800, i32 0
	%1802 = icmp slt i32 %1676, %NK
	%1803 = fcmp oge float %1724, 0.0
	%1804 = and i1 %1802, %1803
	%1805 = icmp sge i32 %1676, %1247
	%1806 = icmp sle i32 %1676, %1255
	%1807 = and i1 %1805, %1806
	%1808 = or i1 false, %1807
	%1809 = icmp eq i32 %1676, 0
	%1810 = or i1 %1808, %1809
	%1811 = bitcast float %1724 to i32
	%1812 = add i32 %1811, 2
	%1813 = select i1 %1810, i32 1, i32 %1812
	%1814 = select i1 %1804, i32 %1813, i32 0
	%1815 = icmp slt i32 %1680, %NK
	%1816 = fcmp oge float %1730, 0.0
	%1817 = and i1 %1815, %1816
	%1818 = icmp sge i32 %1680, %1247
	%1819 = icmp sle i32 %1680, %1255
	%1820 = and i1 %1818, %1819
	%1821 = or i1 false, %1820
	%1822 = icmp eq i32 %1680, 0
	%1823 = or i1 %1821, %1822
	%1824 = bitcast float %1730 to i32
	%1825 = add i32 %1824, 2
	%1826 = select i1 %1823, i32 1, i32 %1825
	%1827 = select i1 %1817, i32 %1826, i32 0
	%1828 = icmp slt i32 %1684, %NK
	%1829 = fcmp oge float %1736, 0.0
	%1830 = and i1 %1828, %1829
	%1831 = icmp sge i32 %1684, %1247
	%1832 = icmp sle i32 %1684, %1255
	%1833 = and i1 %1831, %1832
	%1834 = or i1 false, %1833
	%1835 = icmp eq i32 %1684, 0
	%1836 = or i1 %1834, %1835
	%1837 = bitcast float %1736 to i32
	%1838 = add i32 %1837, 2
	%1839 = select i1 %1836, i32 1, i32 %1838
	%1840 = select i1 %1830, i32 %1839, i32 0
	%1841 = icmp uge i32 %1749, 2
	%1842 = and i32 %1749, %11
	%1843 = icmp eq i32 %1842, %7
	%1844 = and i1 %1841, %1843
	%1845 = lshr i32 %1749, 8
	%1846 = and i32 %1845, 255
	%1847 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1844)
	br i1 %1847, label %1849, label %1857

1848:
	br label %1619

1849:
	%1850 = select i1 %1844, i32 %1846, i32 256
	%1851 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1850)
	%1852 = shl i32 1, %3
	%1853 = sub i32 %1852, 1
	%1854 = and i32 %1851, %1853
	%1855 = icmp eq i32 %1854, 0
	%1856 = and i1 %1844, %1855
	br i1 %1856, label %1865, label %1869

1857:
	%1858 = icmp uge i32 %1762, 2
	%1859 = and i32 %1762, %11
	%1860 = icmp eq i32 %1859, %7
	%1861 = and i1 %1858, %1860
	%1862 = lshr i32 %1762, 8
	%1863 = and i32 %1862, 255
	%1864 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1861)
	br i1 %1864, label %1870, label %1878

1865:
	%1866 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1846
	%1867 = call i32 @llvm.ctpop.i32(i32 %1851)
	%1868 = atomicrmw add i32 addrspace(3)* %1866, i32 %1867 monotonic
	br label %1869

1869:
	br label %1857

1870:
	%1871 = select i1 %1861, i32 %1863, i32 256
	%1872 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1871)
	%1873 = shl i32 1, %3
	%1874 = sub i32 %1873, 1
	%1875 = and i32 %1872, %1874
	%1876 = icmp eq i32 %1875, 0
	%1877 = and i1 %1861, %1876
	br i1 %1877, label %1886, label %1890

1878:
	%1879 = icmp uge i32 %1775, 2
	%1880 = and i32 %1775, %11
	%1881 = icmp eq i32 %1880, %7
	%1882 = and i1 %1879, %1881
	%1883 = lshr i32 %1775, 8
	%1884 = and i32 %1883, 255
	%1885 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1882)
	br i1 %1885, label %1891, label %1899

1886:
	%1887 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1863
	%1888 = call i32 @llvm.ctpop.i32(i32 %1872)
	%1889 = atomicrmw add i32 addrspace(3)* %1887, i32 %1888 monotonic
	br label %1890

1890:
	br label %1878

1891:
	%1892 = select i1 %1882, i32 %1884, i32 256
	%1893 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1892)
	%1894 = shl i32 1, %3
	%1895 = sub i32 %1894, 1
	%1896 = and i32 %1893, %1895
	%1897 = icmp eq i32 %1896, 0
	%1898 = and i1 %1882, %1897
	br i1 %1898, label %1907, label %1911

1899:
	%1900 = icmp uge i32 %1788, 2
	%1901 = and i32 %1788, %11
	%1902 = icmp eq i32 %1901, %7
	%1903 = and i1 %1900, %1902
	%1904 = lshr i32 %1788, 8
	%1905 = and i32 %1904, 255
	%1906 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1903)
	br i1 %1906, label %1912, label %1920

1907:
	%1908 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1884
	%1909 = call i32 @llvm.ctpop.i32(i32 %1893)
	%1910 = atomicrmw add i32 addrspace(3)* %1908, i32 %1909 monotonic
	br label %1911

1911:
	br label %1899

1912:
	%1913 = select i1 %1903, i32 %1905, i32 256
	%1914 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1913)
	%1915 = shl i32 1, %3
	%1916 = sub i32 %1915, 1
	%1917 = and i32 %1914, %1916
	%1918 = icmp eq i32 %1917, 0
	%1919 = and i1 %1903, %1918
	br i1 %1919, label %1928, label %1932

1920:
	%1921 = icmp uge i32 %1801, 2
	%1922 = and i32 %1801, %11
	%1923 = icmp eq i32 %1922, %7
	%1924 = and i1 %1921, %1923
	%1925 = lshr i32 %1801, 8
	%1926 = and i32 %1925, 255
	%1927 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1924)
	br i1 %1927, label %1933, label %1941

1928:
	%1929 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1905
	%1930 = call i32 @llvm.ctpop.i32(i32 %1914)
	%1931 = atomicrmw add i32 addrspace(3)* %1929, i32 %1930 monotonic
	br label %1932

1932:
	br label %1920

1933:
	%1934 = select i1 %1924, i32 %1926, i32 256
	%1935 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1934)
	%1936 = shl i32 1, %3
	%1937 = sub i32 %1936, 1
	%1938 = and i32 %1935, %1937
	%1939 = icmp eq i32 %1938, 0
	%1940 = and i1 %1924, %1939
	br i1 %1940, label %1949, label %1953

1941:
	%1942 = icmp uge i32 %1814, 2
	%1943 = and i32 %1814, %11
	%1944 = icmp eq i32 %1943, %7
	%1945 = and i1 %1942, %1944
	%1946 = lshr i32 %1814, 8
	%1947 = and i32 %1946, 255
	%1948 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1945)
	br i1 %1948, label %1954, label %1962

1949:
	%1950 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1926
	%1951 = call i32 @llvm.ctpop.i32(i32 %1935)
	%1952 = atomicrmw add i32 addrspace(3)* %1950, i32 %1951 monotonic
	br label %1953

1953:
	br label %1941

1954:
	%1955 = select i1 %1945, i32 %1947, i32 256
	%1956 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1955)
	%1957 = shl i32 1, %3
	%1958 = sub i32 %1957, 1
	%1959 = and i32 %1956, %1958
	%1960 = icmp eq i32 %1959, 0
	%1961 = and i1 %1945, %1960
	br i1 %1961, label %1970, label %1974

1962:
	%1963 = icmp uge i32 %1827, 2
	%1964 = and i32 %1827, %11
	%1965 = icmp eq i32 %1964, %7
	%1966 = and i1 %1963, %1965
	%1967 = lshr i32 %1827, 8
	%1968 = and i32 %1967, 255
	%1969 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1966)
	br i1 %1969, label %1975, label %1983

1970:
	%1971 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1947
	%1972 = call i32 @llvm.ctpop.i32(i32 %1956)
	%1973 = atomicrmw add i32 addrspace(3)* %1971, i32 %1972 monotonic
	br label %1974

1974:
	br label %1962

1975:
	%1976 = select i1 %1966, i32 %1968, i32 256
	%1977 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1976)
	%1978 = shl i32 1, %3
	%1979 = sub i32 %1978, 1
	%1980 = and i32 %1977, %1979
	%1981 = icmp eq i32 %1980, 0
	%1982 = and i1 %1966, %1981
	br i1 %1982, label %1991, label %1995

1983:
	%1984 = icmp uge i32 %1840, 2
	%1985 = and i32 %1840, %11
	%1986 = icmp eq i32 %1985, %7
	%1987 = and i1 %1984, %1986
	%1988 = lshr i32 %1840, 8
	%1989 = and i32 %1988, 255
	%1990 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1987)
	br i1 %1990, label %1996, label %2004

1991:
	%1992 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1968
	%1993 = call i32 @llvm.ctpop.i32(i32 %1977)
	%1994 = atomicrmw add i32 addrspace(3)* %1992, i32 %1993 monotonic
	br label %1995

1995:
	br label %1983

1996:
	%1997 = select i1 %1987, i32 %1989, i32 256
	%1998 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1997)
	%1999 = shl i32 1, %3
	%2000 = sub i32 %1999, 1
	%2001 = and i32 %1998, %2000
	%2002 = icmp eq i32 %2001, 0
	%2003 = and i1 %1987, %2002
	br i1 %2003, label %2006, label %2010

2004:
	%2005 = add i32 %1651, 2048
	br label %1650

2006:
	%2007 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1989
	%2008 = call i32 @llvm.ctpop.i32(i32 %1998)
	%2009 = atomicrmw add i32 addrspace(3)* %2007, i32 %2008 monotonic
	br label %2010

2010:
	br label %2004

2011:
	br label %2043

2012:
	%2013 = mul i32 %1, 8
	%2014 = add i32 %2013, 6
	%2015 = mul i32 %2, %NQ
	%2016 = add i32 %2015, %2014
	%2017 = mul i32 %2016, %NK
	%2018 = mul i32 %2014, 64
	%2019 = add i32 %2018, %off
	%2020 = add i32 %2014, 1
	%2021 = mul i32 %2020, 64
	%2022 = icmp slt i32 %2021, %M
	%2023 = select i1 %2022, i32 %2021, i32 %M
	%2024 = sub i32 %2023, 1
	%2025 = add i32 %2024, %off
	%2026 = icmp slt i32 %2019, 0
	%2027 = sub i32 0, %2019
	%2028 = sub i32 64, 1
	%2029 = add i32 %2027, %2028
	%2030 = sdiv i32 %2029, 64
	%2031 = sub i32 0, %2030
	%2032 = sdiv i32 %2019, 64
	%2033 = select i1 %2026, i32 %2031, i32 %2032
	%2034 = icmp slt i32 %2025, 0
	%2035 = sub i32 0, %2025
	%2036 = sub i32 64, 1
	%2037 = add i32 %2035, %2036
	%2038 = sdiv i32 %2037, 64
	%2039 = sub i32 0, %2038
	%2040 = sdiv i32 %2025, 64
	%2041 = select i1 %2034, i32 %2039, i32 %2040
	%2042 = icmp slt i32 %2014, %NQ
	br i1 %2042, label %2404, label %2405

2043:
	%2044 = phi i32 [ %0, %2011 ], [ %2398, %2397 ]
	%2045 = phi i32 [ 0, %2011 ], [ %2045, %2397 ]
	%2046 = icmp slt i32 %2044, %15
	br i1 %2046, label %2047, label %2241

2047:
	%2048 = sub i32 %15, 1
	%2049 = add i32 %2044, 0
	%2050 = icmp slt i32 %2049, %15
	%2051 = icmp slt i32 %2049, %2048
	%2052 = select i1 %2051, i32 %2049, i32 %2048
	%2053 = add i32 %2044, 256
	%2054 = icmp slt i32 %2053, %15
	%2055 = icmp slt i32 %2053, %2048
	%2056 = select i1 %2055, i32 %2053, i32 %2048
	%2057 = add i32 %2044, 512
	%2058 = icmp slt i32 %2057, %15
	%2059 = icmp slt i32 %2057, %2048
	%2060 = select i1 %2059, i32 %2057, i32 %2048
	%2061 = add i32 %2044, 768
	%2062 = icmp slt i32 %2061, %15
	%2063 = icmp slt i32 %2061, %2048
	%2064 = select i1 %2063, i32 %2061, i32 %2048
	%2065 = add i32 %2044, 1024
	%2066 = icmp slt i32 %2065, %15
	%2067 = icmp slt i32 %2065, %2048
	%2068 = select i1 %2067, i32 %2065, i32 %2048
	%2069 = add i32 %2044, 1280
	%2070 = icmp slt i32 %2069, %15
	%2071 = icmp slt i32 %2069, %2048
	%2072 = select i1 %2071, i32 %2069, i32 %2048
	%2073 = add i32 %2044, 1536
	%2074 = icmp slt i32 %2073, %15
	%2075 = icmp slt i32 %2073, %2048
	%2076 = select i1 %2075, i32 %2073, i32 %2048
	%2077 = add i32 %2044, 1792
	%2078 = icmp slt i32 %2077, %15
	%2079 = icmp slt i32 %2077, %2048
	%2080 = select i1 %2079, i32 %2077, i32 %2048
	%2081 = sub i32 %NK, 1
	%2082 = icmp slt i32 %2049, %2081
	%2083 = select i1 %2082, i32 %2049, i32 %2081
	%2084 = add i32 %1624, %2083
	%2085 = sext i32 %2084 to i64
	%2086 = getelementptr float, float* %e, i64 %2085
	%2087 = load float, float* %2086
	%2088 = icmp slt i32 %2053, %2081
	%2089 = select i1 %2088, i32 %2053, i32 %2081
	%2090 = add i32 %1624, %2089
	%2091 = sext i32 %2090 to i64
	%2092 = getelementptr float, float* %e, i64 %2091
	%2093 = load float, float* %2092
	%2094 = icmp slt i32 %2057, %2081
	%2095 = select i1 %2094, i32 %2057, i32 %2081
	%2096 = add i32 %1624, %2095
	%2097 = sext i32 %2096 to i64
	%2098 = getelementptr float, float* %e, i64 %2097
	%2099 = load float, float* %2098
	%2100 = icmp slt i32 %2061, %2081
	%2101 = select i1 %2100, i32 %2061, i32 %2081
	%2102 = add i32 %1624, %2101
	%2103 = sext i32 %2102 to i64
	%2104 = getelementptr float, float* %e, i64 %2103
	%2105 = load float, float* %2104
	%2106 = icmp slt i32 %2065, %2081
	%2107 = select i1 %2106, i32 %2065, i32 %2081
	%2108 = add i32 %1624, %2107
	%2109 = sext i32 %2108 to i64
	%2110 = getelementptr float, float* %e, i64 %2109
	%2111 = load float, float* %2110
	%2112 = icmp slt i32 %2069, %2081
	%2113 = select i1 %2112, i32 %2069, i32 %2081
	%2114 = add i32 %1624, %2113
	%2115 = sext i32 %2114 to i64
	%2116 = getelementptr float, float* %e, i64 %2115
	%2117 = load float, float* %2116
	%2118 = icmp slt i32 %2073, %2081
	%2119 = select i1 %2118, i32 %2073, i32 %2081
	%2120 = add i32 %1624, %2119
	%2121 = sext i32 %2120 to i64
	%2122 = getelementptr float, float* %e, i64 %2121
	%2123 = load float, float* %2122
	%2124 = icmp slt i32 %2077, %2081
	%2125 = select i1 %2124, i32 %2077, i32 %2081
	%2126 = add i32 %1624, %2125
	%2127 = sext i32 %2126 to i64
	%2128 = getelementptr float, float* %e, i64 %2127
	%2129 = load float, float* %2128
	%2130 = icmp slt i32 %2049, %NK
	%2131 = fcmp oge float %2087, 0.0
	%2132 = and i1 %2130, %2131
	%2133 = icmp sge i32 %2049, %1640
	%2134 = icmp sle i32 %2049, %1648
	%2135 = and i1 %2133, %2134
	%2136 = or i1 false, %2135
	%2137 = icmp eq i32 %2049, 0
	%2138 = or i1 %2136, %2137
	%2139 = bitcast float %2087 to i32
	%2140 = add i32 %2139, 2
	%2141 = select i1 %2138, i32 1, i32 %2140
	%2142 = select i1 %2132, i32 %2141, i32 0
	%2143 = icmp slt i32 %2053, %NK
	%2144 = fcmp oge float %2093, 0.0
	%2145 = and i1 %2143, %2144
	%2146 = icmp sge i32 %2053, %1640
	%2147 = icmp sle i32 %2053, %1648
	%2148 = and i1 %2146, %2147
	%2149 = or i1 false, %2148
	%2150 = icmp eq i32 %2053, 0
	%2151 = or i1 %2149, %2150
	%2152 = bitcast float %2093 to i32
	%2153 = add i32 %2152, 2
	%2154 = select i1 %2151, i32 1, i32 %2153
	%2155 = select i1 %2145, i32 %2154, i32 0
	%2156 = icmp slt i32 %2057, %NK
	%2157 = fcmp oge float %2099, 0.0
	%2158 = and i1 %2156, %2157
	%2159 = icmp sge i32 %2057, %1640
	%2160 = icmp sle i32 %2057, %1648
	%2161 = and i1 %2159, %2160
	%2162 = or i1 false, %2161
	%2163 = icmp eq i32 %2057, 0
	%2164 = or i1 %2162, %2163
	%2165 = bitcast float %2099 to i32
	%2166 = add i32 %2165, 2
	%2167 = select i1 %2164, i32 1, i32 %2166
	%2168 = select i1 %2158, i32 %2167, i32 0
	%2169 = icmp slt i32 %2061, %NK
	%2170 = fcmp oge float %2105, 0.0
	%2171 = and i1 %2169, %2170
	%2172 = icmp sge i32 %2061, %1640
	%2173 = icmp sle i32 %2061, %1648
	%2174 = and i1 %2172, %2173
	%2175 = or i1 false, %2174
	%2176 = icmp eq i32 %2061, 0
	%2177 = or i1 %2175, %2176
	%2178 = bitcast float %2105 to i32
	%2179 = add i32 %2178, 2
	%2180 = select i1 %2177, i32 1, i32 %2179
	%2181 = select i1 %2171, i32 %2180, i32 0
	%2182 = icmp slt i32 %2065, %NK
	%2183 = fcmp oge float %2111, 0.0
	%2184 = and i1 %2182, %2183
	%2185 = icmp sge i32 %2065, %1640
	%2186 = icmp sle i32 %2065, %1648
	%2187 = and i1 %2185, %2186
	%2188 = or i1 false, %2187
	%2189 = icmp eq i32 %2065, 0
	%2190 = or i1 %2188, %2189
	%2191 = bitcast float %2111 to i32
	%2192 = add i32 %2191, 2
	%2193 = select i1 %2190, i32 1, i32 %2192
	%2194 = select i1 %2184, i32 %2193, i32 0
	%2195 = icmp slt i32 %2069, %NK
	%2196 = fcmp oge float %2117, 0.0
	%2197 = and i1 %2195, %2196
	%2198 = icmp sge i32 %2069, %1640
	%2199 = icmp sle i32 %2069, %1648
	%2200 = and i1 %2198, %2199
	%2201 = or i1 false, %2200
	%2202 = icmp eq i32 %2069, 0
	%2203 = or i1 %2201, %2202
	%2204 = bitcast float %2117 to i32
	%2205 = add i32 %2204, 2
	%2206 = select i1 %2203, i32 1, i32 %2205
	%2207 = select i1 %2197, i32 %2206, i32 0
	%2208 = icmp slt i32 %2073, %NK
	%2209 = fcmp oge float %2123, 0.0
	%2210 = and i1 %2208, %2209
	%2211 = icmp sge i32 %2073, %1640
	%2212 = icmp sle i32 %2073, %1648
	%2213 = and i1 %2211, %2212
	%2214 = or i1 false, %2213
	%2215 = icmp eq i32 %2073, 0
	%2216 = or i1 %2214, %2215
	%2217 = bitcast float %2123 to i32
	%2218 = add i32 %2217, 2
	%2219 = select i1 %2216, i32 1, i32 %2218
	%2220 = select i1 %2210, i32 %2219, i32 0
	%2221 = icmp slt i32 %2077, %NK
	%2222 = fcmp oge float %2129, 0.0
	%2223 = and i1 %2221, %2222
	%2224 = icmp sge i32 %2077, %1640
	%2225 = icmp sle i32 %2077, %1648
	%2226 = and i1 %2224, %2225
	%2227 = or i1 false, %2226
	%2228 = icmp eq i32 %2077, 0
	%2229 = or i1 %2227, %2228
	%2230 = bitcast float %2129 to i32
	%2231 = add i32 %2230, 2
	%2232 = select i1 %2229, i32 1, i32 %2231
	%2233 = select i1 %2223, i32 %2232, i32 0
	%2234 = icmp uge i32 %2142, 2
	%2235 = and i32 %2142, %11
	%2236 = icmp eq i32 %2235, %7
	%2237 = and i1 %2234, %2236
	%2238 = lshr i32 %2142, 8
	%2239 = and i32 %2238, 255
	%2240 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2237)
	br i1 %2240, label %2242, label %2250

2241:
	br label %2012

2242:
	%2243 = select i1 %2237, i32 %2239, i32 256
	%2244 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2243)
	%2245 = shl i32 1, %3
	%2246 = sub i32 %2245, 1
	%2247 = and i32 %2244, %2246
	%2248 = icmp eq i32 %2247, 0
	%2249 = and i1 %2237, %2248
	br i1 %2249, label %2258, label %2262

2250:
	%2251 = icmp uge i32 %2155, 2
	%2252 = and i32 %2155, %11
	%2253 = icmp eq i32 %2252, %7
	%2254 = and i1 %2251, %2253
	%2255 = lshr i32 %2155, 8
	%2256 = and i32 %2255, 255
	%2257 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2254)
	br i1 %2257, label %2263, label %2271

2258:
	%2259 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2239
	%2260 = call i32 @llvm.ctpop.i32(i32 %2244)
	%2261 = atomicrmw add i32 addrspace(3)* %2259, i32 %2260 monotonic
	br label %2262

2262:
	br label %2250

2263:
	%2264 = select i1 %2254, i32 %2256, i32 256
	%2265 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2264)
	%2266 = shl i32 1, %3
	%2267 = sub i32 %2266, 1
	%2268 = and i32 %2265, %2267
	%2269 = icmp eq i32 %2268, 0
	%2270 = and i1 %2254, %2269
	br i1 %2270, label %2279, label %2283

2271:
	%2272 = icmp uge i32 %2168, 2
	%2273 = and i32 %2168, %11
	%2274 = icmp eq i32 %2273, %7
	%2275 = and i1 %2272, %2274
	%2276 = lshr i32 %2168, 8
	%2277 = and i32 %2276, 255
	%2278 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2275)
	br i1 %2278, label %2284, label %2292

2279:
	%2280 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2256
	%2281 = call i32 @llvm.ctpop.i32(i32 %2265)
	%2282 = atomicrmw add i32 addrspace(3)* %2280, i32 %2281 monotonic
	br label %2283

2283:
	br label %2271

2284:
	%2285 = select i1 %2275, i32 %2277, i32 256
	%2286 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2285)
	%2287 = shl i32 1, %3
	%2288 = sub i32 %2287, 1
	%2289 = and i32 %2286, %2288
	%2290 = icmp eq i32 %2289, 0
	%2291 = and i1 %2275, %2290
	br i1 %2291, label %2300, label %2304

2292:
	%2293 = icmp uge i32 %2181, 2
	%2294 = and i32 %2181, %11
	%2295 = icmp eq i32 %2294, %7
	%2296 = and i1 %2293, %2295
	%2297 = lshr i32 %2181, 8
	%2298 = and i32 %2297, 255
	%2299 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2296)
	br i1 %2299, label %2305, label %2313

2300:
	%2301 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2277
	%2302 = call i32 @llvm.ctpop.i32(i32 %2286)
	%2303 = atomicrmw add i32 addrspace(3)* %2301, i32 %2302 monotonic
	br label %2304

2304:
	br label %2292

2305:
	%2306 = select i1 %2296, i32 %2298, i32 256
	%2307 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2306)
	%2308 = shl i32 1, %3
	%2309 = sub i32 %2308, 1
	%2310 = and i32 %2307, %2309
	%2311 = icmp eq i32 %2310, 0
	%2312 = and i1 %2296, %2311
	br i1 %2312, label %2321, label %2325

2313:
	%2314 = icmp uge i32 %2194, 2
	%2315 = and i32 %2194, %11
	%2316 = icmp eq i32 %2315, %7
	%2317 = and i1 %2314, %2316
	%2318 = lshr i32 %2194, 8
	%2319 = and i32 %2318, 255
	%2320 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2317)
	br i1 %2320, label %2326, label %2334

2321:
	%2322 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2298
	%2323 = call i32 @llvm.ctpop.i32(i32 %2307)
	%2324 = atomicrmw add i32 addrspace(3)* %2322, i32 %2323 monotonic
	br label %2325

2325:
	br label %2313

2326:
	%2327 = select i1 %2317, i32 %2319, i32 256
	%2328 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2327)
	%2329 = shl i32 1, %3
	%2330 = sub i32 %2329, 1
	%2331 = and i32 %2328, %2330
	%2332 = icmp eq i32 %2331, 0
	%2333 = and i1 %2317, %2332
	br i1 %2333, label %2342, label %2346

2334:
	%2335 = icmp uge i32 %2207, 2
	%2336 = and i32 %2207, %11
	%2337 = icmp eq i32 %2336, %7
	%2338 = and i1 %2335, %2337
	%2339 = lshr i32 %2207, 8
	%2340 = and i32 %2339, 255
	%2341 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2338)
	br i1 %2341, label %2347, label %2355

2342:
	%2343 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2319
	%2344 = call i32 @llvm.ctpop.i32(i32 %2328)
	%2345 = atomicrmw add i32 addrspace(3)* %2343, i32 %2344 monotonic
	br label %2346

2346:
	br label %2334

2347:
	%2348 = select i1 %2338, i32 %2340, i32 256
	%2349 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2348)
	%2350 = shl i32 1, %3
	%2351 = sub i32 %2350, 1
	%2352 = and i32 %2349, %2351
	%2353 = icmp eq i32 %2352, 0
	%2354 = and i1 %2338, %2353
	br i1 %2354, label %2363, label %2367

2355:
	%2356 = icmp uge i32 %2220, 2
	%2357 = and i32 %2220, %11
	%2358 = icmp eq i32 %2357, %7
	%2359 = and i1 %2356, %2358
	%2360 = lshr i32 %2220, 8
	%2361 = and i32 %2360, 255
	%2362 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2359)
	br i1 %2362, label %2368, label %2376

2363:
	%2364 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2340
	%2365 = call i32 @llvm.ctpop.i32(i32 %2349)
	%2366 = atomicrmw add i32 addrspace(3)* %2364, i32 %2365 monotonic
	br label %2367

2367:
	br label %2355

2368:
	%2369 = select i1 %2359, i32 %2361, i32 256
	%2370 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2369)
	%2371 = shl i32 1, %3
	%2372 = sub i32 %2371, 1
	%2373 = and i32 %2370, %2372
	%2374 = icmp eq i32 %2373, 0
	%2375 = and i1 %2359, %2374
	br i1 %2375, label %2384, label %2388

2376:
	%2377 = icmp uge i32 %2233, 2
	%2378 = and i32 %2233, %11
	%2379 = icmp eq i32 %2378, %7
	%2380 = and i1 %2377, %2379
	%2381 = lshr i32 %2233, 8
	%2382 = and i32 %2381, 255
	%2383 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2380)
	br i1 %2383, label %2389, label %2397

2384:
	%2385 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2361
	%2386 = call i32 @llvm.ctpop.i32(i32 %2370)
	%2387 = atomicrmw add i32 addrspace(3)* %2385, i32 %2386 monotonic
	br label %2388

2388:
	br label %2376

2389:
	%2390 = select i1 %2380, i32 %2382, i32 256
	%2391 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2390)
	%2392 = shl i32 1, %3
	%2393 = sub i32 %2392, 1
	%2394 = and i32 %2391, %2393
	%2395 = icmp eq i32 %2394, 0
	%2396 = and i1 %2380, %2395
	br i1 %2396, label %2399, label %2403

2397:
	%2398 = add i32 %2044, 2048
	br label %2043

2399:
	%2400 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2382
	%2401 = call i32 @llvm.ctpop.i32(i32 %2391)
	%2402 = atomicrmw add i32 addrspace(3)* %2400, i32 %2401 monotonic
	br label %2403

2403:
	br label %2397

2404:
	br label %2436

2405:
	%2406 = mul i32 %1, 8
	%2407 = add i32 %2406, 7
	%2408 = mul i32 %2, %NQ
	%2409 = add i32 %2408, %2407
	%2410 = mul i32 %2409, %NK
	%2411 = mul i32 %2407, 64
	%2412 = add i32 %2411, %off
	%2413 = add i32 %2407, 1
	%2414 = mul i32 %2413, 64
	%2415 = icmp slt i32 %2414, %M
	%2416 = select i1 %2415, i32 %2414, i32 %M
	%2417 = sub i32 %2416, 1
	%2418 = add i32 %2417, %off
	%2419 = icmp slt i32 %2412, 0
	%2420 = sub i32 0, %2412
	%2421 = sub i32 64, 1
	%2422 = add i32 %2420, %2421
	%2423 = sdiv i32 %2422, 64
	%2424 = sub i32 0, %2423
	%2425 = sdiv i32 %2412, 64
	%2426 = select i1 %2419, i32 %2424, i32 %2425
	%2427 = icmp slt i32 %2418, 0
	%2428 = sub i32 0, %2418
	%2429 = sub i32 64, 1
	%2430 = add i32 %2428, %2429
	%2431 = sdiv i32 %2430, 64
	%2432 = sub i32 0, %2431
	%2433 = sdiv i32 %2418, 64
	%2434 = select i1 %2427, i32 %2432, i32 %2433
	%2435 = icmp slt i32 %2407, %NQ
	br i1 %2435, label %2797, label %2798

2436:
	%2437 = phi i32 [ %0, %2404 ], [ %2791, %2790 ]
	%2438 = phi i32 [ 0, %2404 ], [ %2438, %2790 ]
	%2439 = icmp slt i32 %2437, %15
	br i1 %2439, label %2440, label %2634

2440:
	%2441 = sub i32 %15, 1
	%2442 = add i32 %2437, 0
	%2443 = icmp slt i32 %2442, %15
	%2444 = icmp slt i32 %2442, %2441
	%2445 = select i1 %2444, i32 %2442, i32 %2441
	%2446 = add i32 %2437, 256
	%2447 = icmp slt i32 %2446, %15
	%2448 = icmp slt i32 %2446, %2441
	%2449 = select i1 %2448, i32 %2446, i32 %2441
	%2450 = add i32 %2437, 512
	%2451 = icmp slt i32 %2450, %15
	%2452 = icmp slt i32 %2450, %2441
	%2453 = select i1 %2452, i32 %2450, i32 %2441
	%2454 = add i32 %2437, 768
	%2455 = icmp slt i32 %2454, %15
	%2456 = icmp slt i32 %2454, %2441
	%2457 = select i1 %2456, i32 %2454, i32 %2441
	%2458 = add i32 %2437, 1024
	%2459 = icmp slt i32 %2458, %15
	%2460 = icmp slt i32 %2458, %2441
	%2461 = select i1 %2460, i32 %2458, i32 %2441
	%2462 = add i32 %2437, 1280
	%2463 = icmp slt i32 %2462, %15
	%2464 = icmp slt i32 %2462, %2441
	%2465 = select i1 %2464, i32 %2462, i32 %2441
	%2466 = add i32 %2437, 1536
	%2467 = icmp slt i32 %2466, %15
	%2468 = icmp slt i32 %2466, %2441
	%2469 = select i1 %2468, i32 %2466, i32 %2441
	%2470 = add i32 %2437, 1792
	%2471 = icmp slt i32 %2470, %15
	%2472 = icmp slt i32 %2470, %2441
	%2473 = select i1 %2472, i32 %2470, i32 %2441
	%2474 = sub i32 %NK, 1
	%2475 = icmp slt i32 %2442, %2474
	%2476 = select i1 %2475, i32 %2442, i32 %2474
	%2477 = add i32 %2017, %2476
	%2478 = sext i32 %2477 to i64
	%2479 = getelementptr float, float* %e, i64 %2478
	%2480 = load float, float* %2479
	%2481 = icmp slt i32 %2446, %2474
	%2482 = select i1 %2481, i32 %2446, i32 %2474
	%2483 = add i32 %2017, %2482
	%2484 = sext i32 %2483 to i64
	%2485 = getelementptr float, float* %e, i64 %2484
	%2486 = load float, float* %2485
	%2487 = icmp slt i32 %2450, %2474
	%2488 = select i1 %2487, i32 %2450, i32 %2474
	%2489 = add i32 %2017, %2488
	%2490 = sext i32 %2489 to i64
	%2491 = getelementptr float, float* %e, i64 %2490
	%2492 = load float, float* %2491
	%2493 = icmp slt i32 %2454, %2474
	%2494 = select i1 %2493, i32 %2454, i32 %2474
	%2495 = add i32 %2017, %2494
	%2496 = sext i32 %2495 to i64
	%2497 = getelementptr float, float* %e, i64 %2496
	%2498 = load float, float* %2497
	%2499 = icmp slt i32 %2458, %2474
	%2500 = select i1 %2499, i32 %2458, i32 %2474
	%2501 = add i32 %2017, %2500
	%2502 = sext i32 %2501 to i64
	%2503 = getelementptr float, float* %e, i64 %2502
	%2504 = load float, float* %2503
	%2505 = icmp slt i32 %2462, %2474
	%2506 = select i1 %2505, i32 %2462, i32 %2474
	%2507 = add i32 %2017, %2506
	%2508 = sext i32 %2507 to i64
	%2509 = getelementptr float, float* %e, i64 %2508
	%2510 = load float, float* %2509
	%2511 = icmp slt i32 %2466, %2474
	%2512 = select i1 %2511, i32 %2466, i32 %2474
	%2513 = add i32 %2017, %2512
	%2514 = sext i32 %2513 to i64
	%2515 = getelementptr float, float* %e, i64 %2514
	%2516 = load float, float* %2515
	%2517 = icmp slt i32 %2470, %2474
	%2518 = select i1 %2517, i32 %2470, i32 %2474
	%2519 = add i32 %2017, %2518
	%2520 = sext i32 %2519 to i64
	%2521 = getelementptr float, float* %e, i64 %2520
	%2522 = load float, float* %2521
	%2523 = icmp slt i32 %2442, %NK
	%2524 = fcmp oge float %2480, 0.0
	%2525 = and i1 %2523, %2524
	%2526 = icmp sge i32 %2442, %2033
	%2527 = icmp sle i32 %2442, %2041
	%2528 = and i1 %2526, %2527
	%2529 = or i1 false, %2528
	%2530 = icmp eq i32 %2442, 0
	%2531 = or i1 %2529, %2530
	%2532 = bitcast float %2480 to i32
	%2533 = add i32 %2532, 2
	%2534 = select i1 %2531, i32 1, i32 %2533
	%2535 = select i1 %2525, i32 %2534, i32 0
	%2536 = icmp slt i32 %2446, %NK
	%2537 = fcmp oge float %2486, 0.0
	%2538 = and i1 %2536, %2537
	%2539 = icmp sge i32 %2446, %2033
	%2540 = icmp sle i32 %2446, %2041
	%2541 = and i1 %2539, %2540
	%2542 = or i1 false, %2541
	%2543 = icmp eq i32 %2446, 0
	%2544 = or i1 %2542, %2543
	%2545 = bitcast float %2486 to i32
	%2546 = add i32 %2545, 2
	%2547 = select i1 %2544, i32 1, i32 %2546
	%2548 = select i1 %2538, i32 %2547, i32 0
	%2549 = icmp slt i32 %2450, %NK
	%2550 = fcmp oge float %2492, 0.0
	%2551 = and i1 %2549, %2550
	%2552 = icmp sge i32 %2450, %2033
	%2553 = icmp sle i32 %2450, %2041
	%2554 = and i1 %2552, %2553
	%2555 = or i1 false, %2554
	%2556 = icmp eq i32 %2450, 0
	%2557 = or i1 %2555, %2556
	%2558 = bitcast float %2492 to i32
	%2559 = add i32 %2558, 2
	%2560 = select i1 %2557, i32 1, i32 %2559
	%2561 = select i1 %2551, i32 %2560, i32 0
	%2562 = icmp slt i32 %2454, %NK
	%2563 = fcmp oge float %2498, 0.0
	%2564 = and i1 %2562, %2563
	%2565 = icmp sge i32 %2454, %2033
	%2566 = icmp sle i32 %2454, %2041
	%2567 = and i1 %2565, %2566
	%2568 = or i1 false, %2567
	%2569 = icmp eq i32 %2454, 0
	%2570 = or i1 %2568, %2569
	%2571 = bitcast float %2498 to i32
	%2572 = add i32 %2571, 2
	%2573 = select i1 %2570, i32 1, i32 %2572
	%2574 = select i1 %2564, i32 %2573, i32 0
	%2575 = icmp slt i32 %2458, %NK
	%2576 = fcmp oge float %2504, 0.0
	%2577 = and i1 %2575, %2576
	%2578 = icmp sge i32 %2458, %2033
	%2579 = icmp sle i32 %2458, %2041
	%2580 = and i1 %2578, %2579
	%2581 = or i1 false, %2580
	%2582 = icmp eq i32 %2458, 0
	%2583 = or i1 %2581, %2582
	%2584 = bitcast float %2504 to i32
	%2585 = add i32 %2584, 2
	%2586 = select i1 %2583, i32 1, i32 %2585
	%2587 = select i1 %2577, i32 %2586, i32 0
	%2588 = icmp slt i32 %2462, %NK
	%2589 = fcmp oge float %2510, 0.0
	%2590 = and i1 %2588, %2589
	%2591 = icmp sge i32 %2462, %2033
	%2592 = icmp sle i32 %2462, %2041
	%2593 = and i1 %2591, %2592
	%2594 = or i1 false, %2593
	%2595 = icmp eq i32 %2462, 0
	%2596 = or i1 %2594, %2595
	%2597 = bitcast float %2510 to i32
	%2598 = add i32 %2597, 2
	%2599 = select i1 %2596, i32 1, i32 %2598
	%2600 = select i1 %2590, i32 %2599, i32 0
	%2601 = icmp slt i32 %2466, %NK
	%2602 = fcmp oge float %2516, 0.0
	%2603 = and i1 %2601, %2602
	%2604 = icmp sge i32 %2466, %2033
	%2605 = icmp sle i32 %2466, %2041
	%2606 = and i1 %2604, %2605
	%2607 = or i1 false, %2606
	%2608 = icmp eq i32 %2466, 0
	%2609 = or i1 %2607, %2608
	%2610 = bitcast float %2516 to i32
	%2611 = add i32 %2610, 2
	%2612 = select i1 %2609, i32 1, i32 %2611
	%2613 = select i1 %2603, i32 %2612, i32 0
	%2614 = icmp slt i32 %2470, %NK
	%2615 = fcmp oge float %2522, 0.0
	%2616 = and i1 %2614, %2615
	%2617 = icmp sge i32 %2470, %2033
	%2618 = icmp sle i32 %2470, %2041
	%2619 = and i1 %2617, %2618
	%2620 = or i1 false, %2619
	%2621 = icmp eq i32 %2470, 0
	%2622 = or i1 %2620, %2621
	%2623 = bitcast float %2522 to i32
	%2624 = add i32 %2623, 2
	%2625 = select i1 %2622, i32 1, i32 %2624
	%2626 = select i1 %2616, i32 %2625, i32 0
	%2627 = icmp uge i32 %2535, 2
	%2628 = and i32 %2535, %11
	%2629 = icmp eq i32 %2628, %7
	%2630 = and i1 %2627, %2629
	%2631 = lshr i32 %2535, 8
	%2632 = and i32 %2631, 255
	%2633 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2630)
	br i1 %2633, label %2635, label %2643

2634:
	br label %2405

2635:
	%2636 = select i1 %2630, i32 %2632, i32 256
	%2637 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2636)
	%2638 = shl i32 1, %3
	%2639 = sub i32 %2638, 1
	%2640 = and i32 %2637, %2639
	%2641 = icmp eq i32 %2640, 0
	%2642 = and i1 %2630, %2641
	br i1 %2642, label %2651, label %2655

2643:
	%2644 = icmp uge i32 %2548, 2
	%2645 = and i32 %2548, %11
	%2646 = icmp eq i32 %2645, %7
	%2647 = and i1 %2644, %2646
	%2648 = lshr i32 %2548, 8
	%2649 = and i32 %2648, 255
	%2650 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2647)
	br i1 %2650, label %2656, label %2664

2651:
	%2652 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2632
	%2653 = call i32 @llvm.ctpop.i32(i32 %2637)
	%2654 = atomicrmw add i32 addrspace(3)* %2652, i32 %2653 monotonic
	br label %2655

2655:
	br label %2643

2656:
	%2657 = select i1 %2647, i32 %2649, i32 256
	%2658 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2657)
	%2659 = shl i32 1, %3
	%2660 = sub i32 %2659, 1
	%2661 = and i32 %2658, %2660
	%2662 = icmp eq i32 %2661, 0
	%2663 = and i1 %2647, %2662
	br i1 %2663, label %2672, label %2676

2664:
	%2665 = icmp uge i32 %2561, 2
	%2666 = and i32 %2561, %11
	%2667 = icmp eq i32 %2666, %7
	%2668 = and i1 %2665, %2667
	%2669 = lshr i32 %2561, 8
	%2670 = and i32 %2669, 255
	%2671 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2668)
	br i1 %2671, label %2677, label %2685

2672:
	%2673 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2649
	%2674 = call i32 @llvm.ctpop.i32(i32 %2658)
	%2675 = atomicrmw add i32 addrspace(3)* %2673, i32 %2674 monotonic
	br label %2676

2676:
	br label %2664

2677:
	%2678 = select i1 %2668, i32 %2670, i32 256
	%2679 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2678)
	%2680 = shl i32 1, %3
	%2681 = sub i32 %2680, 1
	%2682 = and i32 %2679, %2681
	%2683 = icmp eq i32 %2682, 0
	%2684 = and i1 %2668, %2683
	br i1 %2684, label %2693, label %2697

2685:
	%2686 = icmp uge i32 %2574, 2
	%2687 = and i32 %2574, %11
	%2688 = icmp eq i32 %2687, %7
	%2689 = and i1 %2686, %2688
	%2690 = lshr i32 %2574, 8
	%2691 = and i32 %2690, 255
	%2692 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2689)
	br i1 %2692, label %2698, label %2706

2693:
	%2694 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2670
	%2695 = call i32 @llvm.ctpop.i32(i32 %2679)
	%2696 = atomicrmw add i32 addrspace(3)* %2694, i32 %2695 monotonic
	br label %2697

2697:
	br label %2685

2698:
	%2699 = select i1 %2689, i32 %2691, i32 256
	%2700 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2699)
	%2701 = shl i32 1, %3
	%2702 = sub i32 %2701, 1
	%2703 = and i32 %2700, %2702
	%2704 = icmp eq i32 %2703, 0
	%2705 = and i1 %2689, %2704
	br i1 %2705, label %2714, label %2718

2706:
	%2707 = icmp uge i32 %2587, 2
	%2708 = and i32 %2587, %11
	%2709 = icmp eq i32 %2708, %7
	%2710 = and i1 %2707, %2709
	%2711 = lshr i32 %2587, 8
	%2712 = and i32 %2711, 255
	%2713 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2710)
	br i1 %2713, label %2719, label %2727

2714:
	%2715 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2691
	%2716 = call i32 @llvm.ctpop.i32(i32 %2700)
	%2717 = atomicrmw add i32 addrspace(3)* %2715, i32 %2716 monotonic
	br label %2718

2718:
	br label %2706

2719:
	%2720 = select i1 %2710, i32 %2712, i32 256
	%2721 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2720)
	%2722 = shl i32 1, %3
	%2723 = sub i32 %2722, 1
	%2724 = and i32 %2721, %2723
	%2725 = icmp eq i32 %2724, 0
	%2726 = and i1 %2710, %2725
	br i1 %2726, label %2735, label %2739

2727:
	%2728 = icmp uge i32 %2600, 2
	%2729 = and i32 %2600, %11
	%2730 = icmp eq i32 %2729, %7
	%2731 = and i1 %2728, %2730
	%2732 = lshr i32 %2600, 8
	%2733 = and i32 %2732, 255
	%2734 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2731)
	br i1 %2734, label %2740, label %2748

2735:
	%2736 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2712
	%2737 = call i32 @llvm.ctpop.i32(i32 %2721)
	%2738 = atomicrmw add i32 addrspace(3)* %2736, i32 %2737 monotonic
	br label %2739

2739:
	br label %2727

2740:
	%2741 = select i1 %2731, i32 %2733, i32 256
	%2742 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2741)
	%2743 = shl i32 1, %3
	%2744 = sub i32 %2743, 1
	%2745 = and i32 %2742, %2744
	%2746 = icmp eq i32 %2745, 0
	%2747 = and i1 %2731, %2746
	br i1 %2747, label %2756, label %2760

2748:
	%2749 = icmp uge i32 %2613, 2
	%2750 = and i32 %2613, %11
	%2751 = icmp eq i32 %2750, %7
	%2752 = and i1 %2749, %2751
	%2753 = lshr i32 %2613, 8
	%2754 = and i32 %2753, 255
	%2755 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2752)
	br i1 %2755, label %2761, label %2769

2756:
	%2757 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2733
	%2758 = call i32 @llvm.ctpop.i32(i32 %2742)
	%2759 = atomicrmw add i32 addrspace(3)* %2757, i32 %2758 monotonic
	br label %2760

2760:
	br label %2748

2761:
	%2762 = select i1 %2752, i32 %2754, i32 256
	%2763 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2762)
	%2764 = shl i32 1, %3
	%2765 = sub i32 %2764, 1
	%2766 = and i32 %2763, %2765
	%2767 = icmp eq i32 %2766, 0
	%2768 = and i1 %2752, %2767
	br i1 %2768, label %2777, label %2781

2769:
	%2770 = icmp uge i32 %2626, 2
	%2771 = and i32 %2626, %11
	%2772 = icmp eq i32 %2771, %7
	%2773 = and i1 %2770, %2772
	%2774 = lshr i32 %2626, 8
	%2775 = and i32 %2774, 255
	%2776 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2773)
	br i1 %2776, label %2782, label %2790

2777:
	%2778 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2754
	%2779 = call i32 @llvm.ctpop.i32(i32 %2763)
	%2780 = atomicrmw add i32 addrspace(3)* %2778, i32 %2779 monotonic
	br label %2781

2781:
	br label %2769

2782:
	%2783 = select i1 %2773, i32 %2775, i32 256
	%2784 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2783)
	%2785 = shl i32 1, %3
	%2786 = sub i32 %2785, 1
	%2787 = and i32 %2784, %2786
	%2788 = icmp eq i32 %2787, 0
	%2789 = and i1 %2773, %2788
	br i1 %2789, label %2792, label %2796

2790:
	%2791 = add i32 %2437, 2048
	br label %2436

2792:
	%2793 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2775
	%2794 = call i32 @llvm.ctpop.i32(i32 %2784)
	%2795 = atomicrmw add i32 addrspace(3)* %2793, i32 %2794 monotonic
	br label %2796

2796:
	br label %2790

2797:
	br label %2802

2798:
	call void @llvm.nvvm.barrier0()
	%2799 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	%2800 = load i32, i32 addrspace(3)* %2799
	%2801 = icmp ne i32 %2800, 0
	br i1 %2801, label %3163, label %3169

2802:
	%2803 = phi i32 [ %0, %2797 ], [ %3157, %3156 ]
	%2804 = phi i32 [ 0, %2797 ], [ %2804, %3156 ]
	%2805 = icmp slt i32 %2803, %15
	br i1 %2805, label %2806, label %3000

2806:
	%2807 = sub i32 %15, 1
	%2808 = add i32 %2803, 0
	%2809 = icmp slt i32 %2808, %15
	%2810 = icmp slt i32 %2808, %2807
	%2811 = select i1 %2810, i32 %2808, i32 %2807
	%2812 = add i32 %2803, 256
	%2813 = icmp slt i32 %2812, %15
	%2814 = icmp slt i32 %2812, %2807
	%2815 = select i1 %2814, i32 %2812, i32 %2807
	%2816 = add i32 %2803, 512
	%2817 = icmp slt i32 %2816, %15
	%2818 = icmp slt i32 %2816, %2807
	%2819 = select i1 %2818, i32 %2816, i32 %2807
	%2820 = add i32 %2803, 768
	%2821 = icmp slt i32 %2820, %15
	%2822 = icmp slt i32 %2820, %2807
	%2823 = select i1 %2822, i32 %2820, i32 %2807
	%2824 = add i32 %2803, 1024
	%2825 = icmp slt i32 %2824, %15
	%2826 = icmp slt i32 %2824, %2807
	%2827 = select i1 %2826, i32 %2824, i32 %2807
	%2828 = add i32 %2803, 1280
	%2829 = icmp slt i32 %2828, %15
	%2830 = icmp slt i32 %2828, %2807
	%2831 = select i1 %2830, i32 %2828, i32 %2807
	%2832 = add i32 %2803, 1536
	%2833 = icmp slt i32 %2832, %15
	%2834 = icmp slt i32 %2832, %2807
	%2835 = select i1 %2834, i32 %2832, i32 %2807
	%2836 = add i32 %2803, 1792
	%2837 = icmp slt i32 %2836, %15
	%2838 = icmp slt i32 %2836, %2807
	%2839 = select i1 %2838, i32 %2836, i32 %2807
	%2840 = sub i32 %NK, 1
	%2841 = icmp slt i32 %2808, %2840
	%2842 = select i1 %2841, i32 %2808, i32 %2840
	%2843 = add i32 %2410, %2842
	%2844 = sext i32 %2843 to i64
	%2845 = getelementptr float, float* %e, i64 %2844
	%2846 = load float, float* %2845
	%2847 = icmp slt i32 %2812, %2840
	%2848 = select i1 %2847, i32 %2812, i32 %2840
	%2849 = add i32 %2410, %2848
	%2850 = sext i32 %2849 to i64
	%2851 = getelementptr float, float* %e, i64 %2850
	%2852 = load float, float* %2851
	%2853 = icmp slt i32 %2816, %2840
	%2854 = select i1 %2853, i32 %2816, i32 %2840
	%2855 = add i32 %2410, %2854
	%2856 = sext i32 %2855 to i64
	%2857 = getelementptr float, float* %e, i64 %2856
	%2858 = load float, float* %2857
	%2859 = icmp slt i32 %2820, %2840
	%2860 = select i1 %2859, i32 %2820, i32 %2840
	%2861 = add i32 %2410, %2860
	%2862 = sext i32 %2861 to i64
	%2863 = getelementptr float, float* %e, i64 %2862
	%2864 = load float, float* %2863
	%2865 = icmp slt i32 %2824, %2840
	%2866 = select i1 %2865, i32 %2824, i32 %2840
	%2867 = add i32 %2410, %2866
	%2868 = sext i32 %2867 to i64
	%2869 = getelementptr float, float* %e, i64 %2868
	%2870 = load float, float* %2869
	%2871 = icmp slt i32 %2828, %2840
	%2872 = select i1 %2871, i32 %2828, i32 %2840
	%2873 = add i32 %2410, %2872
	%2874 = sext i32 %2873 to i64
	%2875 = getelementptr float, float* %e, i64 %2874
	%2876 = load float, float* %2875
	%2877 = icmp slt i32 %2832, %2840
	%2878 = select i1 %2877, i32 %2832, i32 %2840
	%2879 = add i32 %2410, %2878
	%2880 = sext i32 %2879 to i64
	%2881 = getelementptr float, float* %e, i64 %2880
	%2882 = load float, float* %2881
	%2883 = icmp slt i32 %2836, %2840
	%2884 = select i1 %2883, i32 %2836, i32 %2840
	%2885 = add i32 %2410, %2884
	%2886 = sext i32 %2885 to i64
	%2887 = getelementptr float, float* %e, i64 %2886
	%2888 = load float, float* %2887
	%2889 = icmp slt i32 %2808, %NK
	%2890 = fcmp oge float %2846, 0.0
	%2891 = and i1 %2889, %2890
	%2892 = icmp sge i32 %2808, %2426
	%2893 = icmp sle i32 %2808, %2434
	%2894 = and i1 %2892, %2893
	%2895 = or i1 false, %2894
	%2896 = icmp eq i32 %2808, 0
	%2897 = or i1 %2895, %2896
	%2898 = bitcast float %2846 to i32
	%2899 = add i32 %2898, 2
	%2900 = select i1 %2897, i32 1, i32 %2899
	%2901 = select i1 %2891, i32 %2900, i32 0
	%2902 = icmp slt i32 %2812, %NK
	%2903 = fcmp oge float %2852, 0.0
	%2904 = and i1 %2902, %2903
	%2905 = icmp sge i32 %2812, %2426
	%2906 = icmp sle i32 %2812, %2434
	%2907 = and i1 %2905, %2906
	%2908 = or i1 false, %2907
	%2909 = icmp eq i32 %2812, 0
	%2910 = or i1 %2908, %2909
	%2911 = bitcast float %2852 to i32
	%2912 = add i32 %2911, 2
	%2913 = select i1 %2910, i32 1, i32 %2912
	%2914 = select i1 %2904, i32 %2913, i32 0
	%2915 = icmp slt i32 %2816, %NK
	%2916 = fcmp oge float %2858, 0.0
	%2917 = and i1 %2915, %2916
	%2918 = icmp sge i32 %2816, %2426
	%2919 = icmp sle i32 %2816, %2434
	%2920 = and i1 %2918, %2919
	%2921 = or i1 false, %2920
	%2922 = icmp eq i32 %2816, 0
	%2923 = or i1 %2921, %2922
	%2924 = bitcast float %2858 to i32
	%2925 = add i32 %2924, 2
	%2926 = select i1 %2923, i32 1, i32 %2925
	%2927 = select i1 %2917, i32 %2926, i32 0
	%2928 = icmp slt i32 %2820, %NK
	%2929 = fcmp oge float %2864, 0.0
	%2930 = and i1 %2928, %2929
	%2931 = icmp sge i32 %2820, %2426
	%2932 = icmp sle i32 %2820, %2434
	%2933 = and i1 %2931, %2932
	%2934 = or i1 false, %2933
	%2935 = icmp eq i32 %2820, 0
	%2936 = or i1 %2934, %2935
	%2937 = bitcast float %2864 to i32
	%2938 = add i32 %2937, 2
	%2939 = select i1 %2936, i32 1, i32 %2938
	%2940 = select i1 %2930, i32 %2939, i32 0
	%2941 = icmp slt i32 %2824, %NK
	%2942 = fcmp oge float %2870, 0.0
	%2943 = and i1 %2941, %2942
	%2944 = icmp sge i32 %2824, %2426
	%2945 = icmp sle i32 %2824, %2434
	%2946 = and i1 %2944, %2945
	%2947 = or i1 false, %2946
	%2948 = icmp eq i32 %2824, 0
	%2949 = or i1 %2947, %2948
	%2950 = bitcast float %2870 to i32
	%2951 = add i32 %2950, 2
	%2952 = select i1 %2949, i32 1, i32 %2951
	%2953 = select i1 %2943, i32 %2952, i32 0
	%2954 = icmp slt i32 %2828, %NK
	%2955 = fcmp oge float %2876, 0.0
	%2956 = and i1 %2954, %2955
	%2957 = icmp sge i32 %2828, %2426
	%2958 = icmp sle i32 %2828, %2434
	%2959 = and i1 %2957, %2958
	%2960 = or i1 false, %2959
	%2961 = icmp eq i32 %2828, 0
	%2962 = or i1 %2960, %2961
	%2963 = bitcast float %2876 to i32
	%2964 = add i32 %2963, 2
	%2965 = select i1 %2962, i32 1, i32 %2964
	%2966 = select i1 %2956, i32 %2965, i32 0
	%2967 = icmp slt i32 %2832, %NK
	%2968 = fcmp oge float %2882, 0.0
	%2969 = and i1 %2967, %2968
	%2970 = icmp sge i32 %2832, %2426
	%2971 = icmp sle i32 %2832, %2434
	%2972 = and i1 %2970, %2971
	%2973 = or i1 false, %2972
	%2974 = icmp eq i32 %2832, 0
	%2975 = or i1 %2973, %2974
	%2976 = bitcast float %2882 to i32
	%2977 = add i32 %2976, 2
	%2978 = select i1 %2975, i32 1, i32 %2977
	%2979 = select i1 %2969, i32 %2978, i32 0
	%2980 = icmp slt i32 %2836, %NK
	%2981 = fcmp oge float %2888, 0.0
	%2982 = and i1 %2980, %2981
	%2983 = icmp sge i32 %2836, %2426
	%2984 = icmp sle i32 %2836, %2434
	%2985 = and i1 %2983, %2984
	%2986 = or i1 false, %2985
	%2987 = icmp eq i32 %2836, 0
	%2988 = or i1 %2986, %2987
	%2989 = bitcast float %2888 to i32
	%2990 = add i32 %2989, 2
	%2991 = select i1 %2988, i32 1, i32 %2990
	%2992 = select i1 %2982, i32 %2991, i32 0
	%2993 = icmp uge i32 %2901, 2
	%2994 = and i32 %2901, %11
	%2995 = icmp eq i32 %2994, %7
	%2996 = and i1 %2993, %2995
	%2997 = lshr i32 %2901, 8
	%2998 = and i32 %2997, 255
	%2999 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2996)
	br i1 %2999, label %3001, label %3009

3000:
	br label %2798

3001:
	%3002 = select i1 %2996, i32 %2998, i32 256
	%3003 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3002)
	%3004 = shl i32 1, %3
	%3005 = sub i32 %3004, 1
	%3006 = and i32 %3003, %3005
	%3007 = icmp eq i32 %3006, 0
	%3008 = and i1 %2996, %3007
	br i1 %3008, label %3017, label %3021

3009:
	%3010 = icmp uge i32 %2914, 2
	%3011 = and i32 %2914, %11
	%3012 = icmp eq i32 %3011, %7
	%3013 = and i1 %3010, %3012
	%3014 = lshr i32 %2914, 8
	%3015 = and i32 %3014, 255
	%3016 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3013)
	br i1 %3016, label %3022, label %3030

3017:
	%3018 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2998
	%3019 = call i32 @llvm.ctpop.i32(i32 %3003)
	%3020 = atomicrmw add i32 addrspace(3)* %3018, i32 %3019 monotonic
	br label %3021

3021:
	br label %3009

3022:
	%3023 = select i1 %3013, i32 %3015, i32 256
	%3024 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3023)
	%3025 = shl i32 1, %3
	%3026 = sub i32 %3025, 1
	%3027 = and i32 %3024, %3026
	%3028 = icmp eq i32 %3027, 0
	%3029 = and i1 %3013, %3028
	br i1 %3029, label %3038, label %3042

3030:
	%3031 = icmp uge i32 %2927, 2
	%3032 = and i32 %2927, %11
	%3033 = icmp eq i32 %3032, %7
	%3034 = and i1 %3031, %3033
	%3035 = lshr i32 %2927, 8
	%3036 = and i32 %3035, 255
	%3037 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3034)
	br i1 %3037, label %3043, label %3051

3038:
	%3039 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3015
	%3040 = call i32 @llvm.ctpop.i32(i32 %3024)
	%3041 = atomicrmw add i32 addrspace(3)* %3039, i32 %3040 monotonic
	br label %3042

3042:
	br label %3030

3043:
	%3044 = select i1 %3034, i32 %3036, i32 256
	%3045 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3044)
	%3046 = shl i32 1, %3
	%3047 = sub i32 %3046, 1
	%3048 = and i32 %3045, %3047
	%3049 = icmp eq i32 %3048, 0
	%3050 = and i1 %3034, %3049
	br i1 %3050, label %3059, label %3063

3051:
	%3052 = icmp uge i32 %2940, 2
	%3053 = and i32 %2940, %11
	%3054 = icmp eq i32 %3053, %7
	%3055 = and i1 %3052, %3054
	%3056 = lshr i32 %2940, 8
	%3057 = and i32 %3056, 255
	%3058 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3055)
	br i1 %3058, label %3064, label %3072

3059:
	%3060 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3036
	%3061 = call i32 @llvm.ctpop.i32(i32 %3045)
	%3062 = atomicrmw add i32 addrspace(3)* %3060, i32 %3061 monotonic
	br label %3063

3063:
	br label %3051

3064:
	%3065 = select i1 %3055, i32 %3057, i32 256
	%3066 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3065)
	%3067 = shl i32 1, %3
	%3068 = sub i32 %3067, 1
	%3069 = and i32 %3066, %3068
	%3070 = icmp eq i32 %3069, 0
	%3071 = and i1 %3055, %3070
	br i1 %3071, label %3080, label %3084

3072:
	%3073 = icmp uge i32 %2953, 2
	%3074 = and i32 %2953, %11
	%3075 = icmp eq i32 %3074, %7
	%3076 = and i1 %3073, %3075
	%3077 = lshr i32 %2953, 8
	%3078 = and i32 %3077, 255
	%3079 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3076)
	br i1 %3079, label %3085, label %3093

3080:
	%3081 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3057
	%3082 = call i32 @llvm.ctpop.i32(i32 %3066)
	%3083 = atomicrmw add i32 addrspace(3)* %3081, i32 %3082 monotonic
	br label %3084

3084:
	br label %3072

3085:
	%3086 = select i1 %3076, i32 %3078, i32 256
	%3087 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3086)
	%3088 = shl i32 1, %3
	%3089 = sub i32 %3088, 1
	%3090 = and i32 %3087, %3089
	%3091 = icmp eq i32 %3090, 0
	%3092 = and i1 %3076, %3091
	br i1 %3092, label %3101, label %3105

3093:
	%3094 = icmp uge i32 %2966, 2
	%3095 = and i32 %2966, %11
	%3096 = icmp eq i32 %3095, %7
	%3097 = and i1 %3094, %3096
	%3098 = lshr i32 %2966, 8
	%3099 = and i32 %3098, 255
	%3100 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3097)
	br i1 %3100, label %3106, label %3114

3101:
	%3102 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3078
	%3103 = call i32 @llvm.ctpop.i32(i32 %3087)
	%3104 = atomicrmw add i32 addrspace(3)* %3102, i32 %3103 monotonic
	br label %3105

3105:
	br label %3093

3106:
	%3107 = select i1 %3097, i32 %3099, i32 256
	%3108 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3107)
	%3109 = shl i32 1, %3
	%3110 = sub i32 %3109, 1
	%3111 = and i32 %3108, %3110
	%3112 = icmp eq i32 %3111, 0
	%3113 = and i1 %3097, %3112
	br i1 %3113, label %3122, label %3126

3114:
	%3115 = icmp uge i32 %2979, 2
	%3116 = and i32 %2979, %11
	%3117 = icmp eq i32 %3116, %7
	%3118 = and i1 %3115, %3117
	%3119 = lshr i32 %2979, 8
	%3120 = and i32 %3119, 255
	%3121 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3118)
	br i1 %3121, label %3127, label %3135

3122:
	%3123 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3099
	%3124 = call i32 @llvm.ctpop.i32(i32 %3108)
	%3125 = atomicrmw add i32 addrspace(3)* %3123, i32 %3124 monotonic
	br label %3126

3126:
	br label %3114

3127:
	%3128 = select i1 %3118, i32 %3120, i32 256
	%3129 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3128)
	%3130 = shl i32 1, %3
	%3131 = sub i32 %3130, 1
	%3132 = and i32 %3129, %3131
	%3133 = icmp eq i32 %3132, 0
	%3134 = and i1 %3118, %3133
	br i1 %3134, label %3143, label %3147

3135:
	%3136 = icmp uge i32 %2992, 2
	%3137 = and i32 %2992, %11
	%3138 = icmp eq i32 %3137, %7
	%3139 = and i1 %3136, %3138
	%3140 = lshr i32 %2992, 8
	%3141 = and i32 %3140, 255
	%3142 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3139)
	br i1 %3142, label %3148, label %3156

3143:
	%3144 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3120
	%3145 = call i32 @llvm.ctpop.i32(i32 %3129)
	%3146 = atomicrmw add i32 addrspace(3)* %3144, i32 %3145 monotonic
	br label %3147

3147:
	br label %3135

3148:
	%3149 = select i1 %3139, i32 %3141, i32 256
	%3150 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3149)
	%3151 = shl i32 1, %3
	%3152 = sub i32 %3151, 1
	%3153 = and i32 %3150, %3152
	%3154 = icmp eq i32 %3153, 0
	%3155 = and i1 %3139, %3154
	br i1 %3155, label %3158, label %3162

3156:
	%3157 = add i32 %2803, 2048
	br label %2802

3158:
	%3159 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3141
	%3160 = call i32 @llvm.ctpop.i32(i32 %3150)
	%3161 = atomicrmw add i32 addrspace(3)* %3159, i32 %3160 monotonic
	br label %3162

3162:
	br label %3156

3163:
	%3164 = mul i32 0, 256
	%3165 = add i32 %3164, %0
	%3166 = sext i32 %3165 to i64
	%3167 = getelementptr i32, i32* %hist, i64 %3166
	%3168 = atomicrmw add i32* %3167, i32 %2800 monotonic
	br label %3169

3169:
	ret void
}
