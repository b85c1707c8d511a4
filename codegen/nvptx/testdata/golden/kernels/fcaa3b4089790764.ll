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
	br i1 %77, label %415, label %416

78:
	%79 = phi i32 [ %0, %46 ], [ %414, %413 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %413 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %282

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
	%273 = lshr i32 %177, 24
	%274 = and i32 %273, 255
	%275 = select i1 %272, i32 %274, i32 256
	%276 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %275)
	%277 = shl i32 1, %3
	%278 = sub i32 %277, 1
	%279 = and i32 %276, %278
	%280 = icmp eq i32 %279, 0
	%281 = and i1 %272, %280
	br i1 %281, label %283, label %287

282:
	br label %47

283:
	%284 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %274
	%285 = call i32 @llvm.ctpop.i32(i32 %276)
	%286 = atomicrmw add i32 addrspace(3)* %284, i32 %285 monotonic
	br label %287

287:
	%288 = icmp uge i32 %190, 2
	%289 = and i32 %190, %11
	%290 = icmp eq i32 %289, %7
	%291 = and i1 %288, %290
	%292 = lshr i32 %190, 24
	%293 = and i32 %292, 255
	%294 = select i1 %291, i32 %293, i32 256
	%295 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %294)
	%296 = shl i32 1, %3
	%297 = sub i32 %296, 1
	%298 = and i32 %295, %297
	%299 = icmp eq i32 %298, 0
	%300 = and i1 %291, %299
	br i1 %300, label %301, label %305

301:
	%302 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %293
	%303 = call i32 @llvm.ctpop.i32(i32 %295)
	%304 = atomicrmw add i32 addrspace(3)* %302, i32 %303 monotonic
	br label %305

305:
	%306 = icmp uge i32 %203, 2
	%307 = and i32 %203, %11
	%308 = icmp eq i32 %307, %7
	%309 = and i1 %306, %308
	%310 = lshr i32 %203, 24
	%311 = and i32 %310, 255
	%312 = select i1 %309, i32 %311, i32 256
	%313 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %312)
	%314 = shl i32 1, %3
	%315 = sub i32 %314, 1
	%316 = and i32 %313, %315
	%317 = icmp eq i32 %316, 0
	%318 = and i1 %309, %317
	br i1 %318, label %319, label %323

319:
	%320 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %311
	%321 = call i32 @llvm.ctpop.i32(i32 %313)
	%322 = atomicrmw add i32 addrspace(3)* %320, i32 %321 monotonic
	br label %323

323:
	%324 = icmp uge i32 %216, 2
	%325 = and i32 %216, %11
	%326 = icmp eq i32 %325, %7
	%327 = and i1 %324, %326
	%328 = lshr i32 %216, 24
	%329 = and i32 %328, 255
	%330 = select i1 %327, i32 %329, i32 256
	%331 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %330)
	%332 = shl i32 1, %3
	%333 = sub i32 %332, 1
	%334 = and i32 %331, %333
	%335 = icmp eq i32 %334, 0
	%336 = and i1 %327, %335
	br i1 %336, label %337, label %341

337:
	%338 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %329
	%339 = call i32 @llvm.ctpop.i32(i32 %331)
	%340 = atomicrmw add i32 addrspace(3)* %338, i32 %339 monotonic
	br label %341

341:
	%342 = icmp uge i32 %229, 2
	%343 = and i32 %229, %11
	%344 = icmp eq i32 %343, %7
	%345 = and i1 %342, %344
	%346 = lshr i32 %229, 24
	%347 = and i32 %346, 255
	%348 = select i1 %345, i32 %347, i32 256
	%349 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %348)
	%350 = shl i32 1, %3
	%351 = sub i32 %350, 1
	%352 = and i32 %349, %351
	%353 = icmp eq i32 %352, 0
	%354 = and i1 %345, %353
	br i1 %354, label %355, label %359

355:
	%356 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %347
	%357 = call i32 @llvm.ctpop.i32(i32 %349)
	%358 = atomicrmw add i32 addrspace(3)* %356, i32 %357 monotonic
	br label %359

359:
	%360 = icmp uge i32 %242, 2
	%361 = and i32 %242, %11
	%362 = icmp eq i32 %361, %7
	%363 = and i1 %360, %362
	%364 = lshr i32 %242, 24
	%365 = and i32 %364, 255
	%366 = select i1 %363, i32 %365, i32 256
	%367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %366)
	%368 = shl i32 1, %3
	%369 = sub i32 %368, 1
	%370 = and i32 %367, %369
	%371 = icmp eq i32 %370, 0
	%372 = and i1 %363, %371
	br i1 %372, label %373, label %377

373:
	%374 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %365
	%375 = call i32 @llvm.ctpop.i32(i32 %367)
	%376 = atomicrmw add i32 addrspace(3)* %374, i32 %375 monotonic
	br label %377

377:
	%378 = icmp uge i32 %255, 2
	%379 = and i32 %255, %11
	%380 = icmp eq i32 %379, %7
	%381 = and i1 %378, %380
	%382 = lshr i32 %255, 24
	%383 = and i32 %382, 255
	%384 = select i1 %381, i32 %383, i32 256
	%385 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %384)
	%386 = shl i32 1, %3
	%387 = sub i32 %386, 1
	%388 = and i32 %385, %387
	%389 = icmp eq i32 %388, 0
	%390 = and i1 %381, %389
	br i1 %390, label %391, label %395

391:
	%392 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %383
	%393 = call i32 @llvm.ctpop.i32(i32 %385)
	%394 = atomicrmw add i32 addrspace(3)* %392, i32 %393 monotonic
	br label %395

395:
	%396 = icmp uge i32 %268, 2
	%397 = and i32 %268, %11
	%398 = icmp eq i32 %397, %7
	%399 = and i1 %396, %398
	%400 = lshr i32 %268, 24
	%401 = and i32 %400, 255
	%402 = select i1 %399, i32 %401, i32 256
	%403 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %402)
	%404 = shl i32 1, %3
	%405 = sub i32 %404, 1
	%406 = and i32 %403, %405
	%407 = icmp eq i32 %406, 0
	%408 = and i1 %399, %407
	br i1 %408, label %409, label %413

409:
	%410 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %401
	%411 = call i32 @llvm.ctpop.i32(i32 %403)
	%412 = atomicrmw add i32 addrspace(3)* %410, i32 %411 monotonic
	br label %413

413:
	%414 = add i32 %79, 2048
	br label %78

415:
	br label %447

416:
	%417 = mul i32 %1, 8
	%418 = add i32 %417, 2
	%419 = mul i32 %2, %NQ
	%420 = add i32 %419, %418
	%421 = mul i32 %420, %NK
	%422 = mul i32 %418, 64
	%423 = add i32 %422, %off
	%424 = add i32 %418, 1
	%425 = mul i32 %424, 64
	%426 = icmp slt i32 %425, %M
	%427 = select i1 %426, i32 %425, i32 %M
	%428 = sub i32 %427, 1
	%429 = add i32 %428, %off
	%430 = icmp slt i32 %423, 0
	%431 = sub i32 0, %423
	%432 = sub i32 64, 1
	%433 = add i32 %431, %432
	%434 = sdiv i32 %433, 64
	%435 = sub i32 0, %434
	%436 = sdiv i32 %423, 64
	%437 = select i1 %430, i32 %435, i32 %436
	%438 = icmp slt i32 %429, 0
	%439 = sub i32 0, %429
	%440 = sub i32 64, 1
	%441 = add i32 %439, %440
	%442 = sdiv i32 %441, 64
	%443 = sub i32 0, %442
	%444 = sdiv i32 %429, 64
	%445 = select i1 %438, i32 %443, i32 %444
	%446 = icmp slt i32 %418, %NQ
	br i1 %446, label %784, label %785

447:
	%448 = phi i32 [ %0, %415 ], [ %783, %782 ]
	%449 = phi i32 [ 0, %415 ], [ %449, %782 ]
	%450 = icmp slt i32 %448, %15
	br i1 %450, label %451, label %651

451:
	%452 = sub i32 %15, 1
	%453 = add i32 %448, 0
	%454 = icmp slt i32 %453, %15
	%455 = icmp slt i32 %453, %452
	%456 = select i1 %455, i32 %453, i32 %452
	%457 = add i32 %448, 256
	%458 = icmp slt i32 %457, %15
	%459 = icmp slt i32 %457, %452
	%460 = select i1 %459, i32 %457, i32 %452
	%461 = add i32 %448, 512
	%462 = icmp slt i32 %461, %15
	%463 = icmp slt i32 %461, %452
	%464 = select i1 %463, i32 %461, i32 %452
	%465 = add i32 %448, 768
	%466 = icmp slt i32 %465, %15
	%467 = icmp slt i32 %465, %452
	%468 = select i1 %467, i32 %465, i32 %452
	%469 = add i32 %448, 1024
	%470 = icmp slt i32 %469, %15
	%471 = icmp slt i32 %469, %452
	%472 = select i1 %471, i32 %469, i32 %452
	%473 = add i32 %448, 1280
	%474 = icmp slt i32 %473, %15
	%475 = icmp slt i32 %473, %452
	%476 = select i1 %475, i32 %473, i32 %452
	%477 = add i32 %448, 1536
	%478 = icmp slt i32 %477, %15
	%479 = icmp slt i32 %477, %452
	%480 = select i1 %479, i32 %477, i32 %452
	%481 = add i32 %448, 1792
	%482 = icmp slt i32 %481, %15
	%483 = icmp slt i32 %481, %452
	%484 = select i1 %483, i32 %481, i32 %452
	%485 = sub i32 %NK, 1
	%486 = icmp slt i32 %453, %485
	%487 = select i1 %486, i32 %453, i32 %485
	%488 = add i32 %52, %487
	%489 = sext i32 %488 to i64
	%490 = getelementptr float, float* %e, i64 %489
	%491 = load float, float* %490
	%492 = icmp slt i32 %457, %485
	%493 = select i1 %492, i32 %457, i32 %485
	%494 = add i32 %52, %493
	%495 = sext i32 %494 to i64
	%496 = getelementptr float, float* %e, i64 %495
	%497 = load float, float* %496
	%498 = icmp slt i32 %461, %485
	%499 = select i1 %498, i32 %461, i32 %485
	%500 = add i32 %52, %499
	%501 = sext i32 %500 to i64
	%502 = getelementptr float, float* %e, i64 %501
	%503 = load float, float* %502
	%504 = icmp slt i32 %465, %485
	%505 = select i1 %504, i32 %465, i32 %485
	%506 = add i32 %52, %505
	%507 = sext i32 %506 to i64
	%508 = getelementptr float, float* %e, i64 %507
	%509 = load float, float* %508
	%510 = icmp slt i32 %469, %485
	%511 = select i1 %510, i32 %469, i32 %485
	%512 = add i32 %52, %511
	%513 = sext i32 %512 to i64
	%514 = getelementptr float, float* %e, i64 %513
	%515 = load float, float* %514
	%516 = icmp slt i32 %473, %485
	%517 = select i1 %516, i32 %473, i32 %485
	%518 = add i32 %52, %517
	%519 = sext i32 %518 to i64
	%520 = getelementptr float, float* %e, i64 %519
	%521 = load float, float* %520
	%522 = icmp slt i32 %477, %485
	%523 = select i1 %522, i32 %477, i32 %485
	%524 = add i32 %52, %523
	%525 = sext i32 %524 to i64
	%526 = getelementptr float, float* %e, i64 %525
	%527 = load float, float* %526
	%528 = icmp slt i32 %481, %485
	%529 = select i1 %528, i32 %481, i32 %485
	%530 = add i32 %52, %529
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	%533 = load float, float* %532
	%534 = icmp slt i32 %453, %NK
	%535 = fcmp oge float %491, 0.0
	%536 = and i1 %534, %535
	%537 = icmp sge i32 %453, %68
	%538 = icmp sle i32 %453, %76
	%539 = and i1 %537, %538
	%540 = or i1 false, %539
	%541 = icmp eq i32 %453, 0
	%542 = or i1 %540, %541
	%543 = bitcast float %491 to i32
	%544 = add i32 %543, 2
	%545 = select i1 %542, i32 1, i32 %544
	%546 = select i1 %536, i32 %545, i32 0
	%547 = icmp slt i32 %457, %NK
	%548 = fcmp oge float %497, 0.0
	%549 = and i1 %547, %548
	%550 = icmp sge i32 %457, %68
	%551 = icmp sle i32 %457, %76
	%552 = and i1 %550, %551
	%553 = or i1 false, %552
	%554 = icmp eq i32 %457, 0
	%555 = or i1 %553, %554
	%556 = bitcast float %497 to i32
	%557 = add i32 %556, 2
	%558 = select i1 %555, i32 1, i32 %557
	%559 = select i1 %549, i32 %558, i32 0
	%560 = icmp slt i32 %461, %NK
	%561 = fcmp oge float %503, 0.0
	%562 = and i1 %560, %561
	%563 = icmp sge i32 %461, %68
	%564 = icmp sle i32 %461, %76
	%565 = and i1 %563, %564
	%566 = or i1 false, %565
	%567 = icmp eq i32 %461, 0
	%568 = or i1 %566, %567
	%569 = bitcast float %503 to i32
	%570 = add i32 %569, 2
	%571 = select i1 %568, i32 1, i32 %570
	%572 = select i1 %562, i32 %571, i32 0
	%573 = icmp slt i32 %465, %NK
	%574 = fcmp oge float %509, 0.0
	%575 = and i1 %573, %574
	%576 = icmp sge i32 %465, %68
	%577 = icmp sle i32 %465, %76
	%578 = and i1 %576, %577
	%579 = or i1 false, %578
	%580 = icmp eq i32 %465, 0
	%581 = or i1 %579, %580
	%582 = bitcast float %509 to i32
	%583 = add i32 %582, 2
	%584 = select i1 %581, i32 1, i32 %583
	%585 = select i1 %575, i32 %584, i32 0
	%586 = icmp slt i32 %469, %NK
	%587 = fcmp oge float %515, 0.0
	%588 = and i1 %586, %587
	%589 = icmp sge i32 %469, %68
	%590 = icmp sle i32 %469, %76
	%591 = and i1 %589, %590
	%592 = or i1 false, %591
	%593 = icmp eq i32 %469, 0
	%594 = or i1 %592, %593
	%595 = bitcast float %515 to i32
	%596 = add i32 %595, 2
	%597 = select i1 %594, i32 1, i32 %596
	%598 = select i1 %588, i32 %597, i32 0
	%599 = icmp slt i32 %473, %NK
	%600 = fcmp oge float %521, 0.0
	%601 = and i1 %599, %600
	%602 = icmp sge i32 %473, %68
	%603 = icmp sle i32 %473, %76
	%604 = and i1 %602, %603
	%605 = or i1 false, %604
	%606 = icmp eq i32 %473, 0
	%607 = or i1 %605, %606
	%608 = bitcast float %521 to i32
	%609 = add i32 %608, 2
	%610 = select i1 %607, i32 1, i32 %609
	%611 = select i1 %601, i32 %610, i32 0
	%612 = icmp slt i32 %477, %NK
	%613 = fcmp oge float %527, 0.0
	%614 = and i1 %612, %613
	%615 = icmp sge i32 %477, %68
	%616 = icmp sle i32 %477, %76
	%617 = and i1 %615, %616
	%618 = or i1 false, %617
	%619 = icmp eq i32 %477, 0
	%620 = or i1 %618, %619
	%621 = bitcast float %527 to i32
	%622 = add i32 %621, 2
	%623 = select i1 %620, i32 1, i32 %622
	%624 = select i1 %614, i32 %623, i32 0
	%625 = icmp slt i32 %481, %NK
	%626 = fcmp oge float %533, 0.0
	%627 = and i1 %625, %626
	%628 = icmp sge i32 %481, %68
	%629 = icmp sle i32 %481, %76
	%630 = and i1 %628, %629
	%631 = or i1 false, %630
	%632 = icmp eq i32 %481, 0
	%633 = or i1 %631, %632
	%634 = bitcast float %533 to i32
	%635 = add i32 %634, 2
	%636 = select i1 %633, i32 1, i32 %635
	%637 = select i1 %627, i32 %636, i32 0
	%638 = icmp uge i32 %546, 2
	%639 = and i32 %546, %11
	%640 = icmp eq i32 %639, %7
	%641 = and i1 %638, %640
	%642 = lshr i32 %546, 24
	%643 = and i32 %642, 255
	%644 = select i1 %641, i32 %643, i32 256
	%645 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %644)
	%646 = shl i32 1, %3
	%647 = sub i32 %646, 1
	%648 = and i32 %645, %647
	%649 = icmp eq i32 %648, 0
	%650 = and i1 %641, %649
	br i1 %650, label %652, label %656

651:
	br label %416

652:
	%653 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %643
	%654 = call i32 @llvm.ctpop.i32(i32 %645)
	%655 = atomicrmw add i32 addrspace(3)* %653, i32 %654 monotonic
	br label %656

656:
	%657 = icmp uge i32 %559, 2
	%658 = and i32 %559, %11
	%659 = icmp eq i32 %658, %7
	%660 = and i1 %657, %659
	%661 = lshr i32 %559, 24
	%662 = and i32 %661, 255
	%663 = select i1 %660, i32 %662, i32 256
	%664 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %663)
	%665 = shl i32 1, %3
	%666 = sub i32 %665, 1
	%667 = and i32 %664, %666
	%668 = icmp eq i32 %667, 0
	%669 = and i1 %660, %668
	br i1 %669, label %670, label %674

670:
	%671 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %662
	%672 = call i32 @llvm.ctpop.i32(i32 %664)
	%673 = atomicrmw add i32 addrspace(3)* %671, i32 %672 monotonic
	br label %674

674:
	%675 = icmp uge i32 %572, 2
	%676 = and i32 %572, %11
	%677 = icmp eq i32 %676, %7
	%678 = and i1 %675, %677
	%679 = lshr i32 %572, 24
	%680 = and i32 %679, 255
	%681 = select i1 %678, i32 %680, i32 256
	%682 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %681)
	%683 = shl i32 1, %3
	%684 = sub i32 %683, 1
	%685 = and i32 %682, %684
	%686 = icmp eq i32 %685, 0
	%687 = and i1 %678, %686
	br i1 %687, label %688, label %692

688:
	%689 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %680
	%690 = call i32 @llvm.ctpop.i32(i32 %682)
	%691 = atomicrmw add i32 addrspace(3)* %689, i32 %690 monotonic
	br label %692

692:
	%693 = icmp uge i32 %585, 2
	%694 = and i32 %585, %11
	%695 = icmp eq i32 %694, %7
	%696 = and i1 %693, %695
	%697 = lshr i32 %585, 24
	%698 = and i32 %697, 255
	%699 = select i1 %696, i32 %698, i32 256
	%700 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %699)
	%701 = shl i32 1, %3
	%702 = sub i32 %701, 1
	%703 = and i32 %700, %702
	%704 = icmp eq i32 %703, 0
	%705 = and i1 %696, %704
	br i1 %705, label %706, label %710

706:
	%707 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %698
	%708 = call i32 @llvm.ctpop.i32(i32 %700)
	%709 = atomicrmw add i32 addrspace(3)* %707, i32 %708 monotonic
	br label %710

710:
	%711 = icmp uge i32 %598, 2
	%712 = and i32 %598, %11
	%713 = icmp eq i32 %712, %7
	%714 = and i1 %711, %713
	%715 = lshr i32 %598, 24
	%716 = and i32 %715, 255
	%717 = select i1 %714, i32 %716, i32 256
	%718 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %717)
	%719 = shl i32 1, %3
	%720 = sub i32 %719, 1
	%721 = and i32 %718, %720
	%722 = icmp eq i32 %721, 0
	%723 = and i1 %714, %722
	br i1 %723, label %724, label %728

724:
	%725 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %716
	%726 = call i32 @llvm.ctpop.i32(i32 %718)
	%727 = atomicrmw add i32 addrspace(3)* %725, i32 %726 monotonic
	br label %728

728:
	%729 = icmp uge i32 %611, 2
	%730 = and i32 %611, %11
	%731 = icmp eq i32 %730, %7
	%732 = and i1 %729, %731
	%733 = lshr i32 %611, 24
	%734 = and i32 %733, 255
	%735 = select i1 %732, i32 %734, i32 256
	%736 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %735)
	%737 = shl i32 1, %3
	%738 = sub i32 %737, 1
	%739 = and i32 %736, %738
	%740 = icmp eq i32 %739, 0
	%741 = and i1 %732, %740
	br i1 %741, label %742, label %746

742:
	%743 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %734
	%744 = call i32 @llvm.ctpop.i32(i32 %736)
	%745 = atomicrmw add i32 addrspace(3)* %743, i32 %744 monotonic
	br label %746

746:
	%747 = icmp uge i32 %624, 2
	%748 = and i32 %624, %11
	%749 = icmp eq i32 %748, %7
	%750 = and i1 %747, %749
	%751 = lshr i32 %624, 24
	%752 = and i32 %751, 255
	%753 = select i1 %750, i32 %752, i32 256
	%754 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %753)
	%755 = shl i32 1, %3
	%756 = sub i32 %755, 1
	%757 = and i32 %754, %756
	%758 = icmp eq i32 %757, 0
	%759 = and i1 %750, %758
	br i1 %759, label %760, label %764

760:
	%761 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %752
	%762 = call i32 @llvm.ctpop.i32(i32 %754)
	%763 = atomicrmw add i32 addrspace(3)* %761, i32 %762 monotonic
	br label %764

764:
	%765 = icmp uge i32 %637, 2
	%766 = and i32 %637, %11
	%767 = icmp eq i32 %766, %7
	%768 = and i1 %765, %767
	%769 = lshr i32 %637, 24
	%770 = and i32 %769, 255
	%771 = select i1 %768, i32 %770, i32 256
	%772 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %771)
	%773 = shl i32 1, %3
	%774 = sub i32 %773, 1
	%775 = and i32 %772, %774
	%776 = icmp eq i32 %775, 0
	%777 = and i1 %768, %776
	br i1 %777, label %778, label %782

778:
	%779 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %770
	%780 = call i32 @llvm.ctpop.i32(i32 %772)
	%781 = atomicrmw add i32 addrspace(3)* %779, i32 %780 monotonic
	br label %782

782:
	%783 = add i32 %448, 2048
	br label %447

784:
	br label %816

785:
	%786 = mul i32 %1, 8
	%787 = add i32 %786, 3
	%788 = mul i32 %2, %NQ
	%789 = add i32 %788, %787
	%790 = mul i32 %789, %NK
	%791 = mul i32 %787, 64
	%792 = add i32 %791, %off
	%793 = add i32 %787, 1
	%794 = mul i32 %793, 64
	%795 = icmp slt i32 %794, %M
	%796 = select i1 %795, i32 %794, i32 %M
	%797 = sub i32 %796, 1
	%798 = add i32 %797, %off
	%799 = icmp slt i32 %792, 0
	%800 = sub i32 0, %792
	%801 = sub i32 64, 1
	%802 = add i32 %800, %801
	%803 = sdiv i32 %802, 64
	%804 = sub i32 0, %803
	%805 = sdiv i32 %792, 64
	%806 = select i1 %799, i32 %804, i32 %805
	%807 = icmp slt i32 %798, 0
	%808 = sub i32 0, %798
	%809 = sub i32 64, 1
	%810 = add i32 %808, %809
	%811 = sdiv i32 %810, 64
	%812 = sub i32 0, %811
	%813 = sdiv i32 %798, 64
	%814 = select i1 %807, i32 %812, i32 %813
	%815 = icmp slt i32 %787, %NQ
	br i1 %815, label %1153, label %1154

816:
	%817 = phi i32 [ %0, %784 ], [ %1152, %1151 ]
	%818 = phi i32 [ 0, %784 ], [ %818, %1151 ]
	%819 = icmp slt i32 %817, %15
	br i1 %819, label %820, label %1020

820:
	%821 = sub i32 %15, 1
	%822 = add i32 %817, 0
	%823 = icmp slt i32 %822, %15
	%824 = icmp slt i32 %822, %821
	%825 = select i1 %824, i32 %822, i32 %821
	%826 = add i32 %817, 256
	%827 = icmp slt i32 %826, %15
	%828 = icmp slt i32 %826, %821
	%829 = select i1 %828, i32 %826, i32 %821
	%830 = add i32 %817, 512
	%831 = icmp slt i32 %830, %15
	%832 = icmp slt i32 %830, %821
	%833 = select i1 %832, i32 %830, i32 %821
	%834 = add i32 %817, 768
	%835 = icmp slt i32 %834, %15
	%836 = icmp slt i32 %834, %821
	%837 = select i1 %836, i32 %834, i32 %821
	%838 = add i32 %817, 1024
	%839 = icmp slt i32 %838, %15
	%840 = icmp slt i32 %838, %821
	%841 = select i1 %840, i32 %838, i32 %821
	%842 = add i32 %817, 1280
	%843 = icmp slt i32 %842, %15
	%844 = icmp slt i32 %842, %821
	%845 = select i1 %844, i32 %842, i32 %821
	%846 = add i32 %817, 1536
	%847 = icmp slt i32 %846, %15
	%848 = icmp slt i32 %846, %821
	%849 = select i1 %848, i32 %846, i32 %821
	%850 = add i32 %817, 1792
	%851 = icmp slt i32 %850, %15
	%852 = icmp slt i32 %850, %821
	%853 = select i1 %852, i32 %850, i32 %821
	%854 = sub i32 %NK, 1
	%855 = icmp slt i32 %822, %854
	%856 = select i1 %855, i32 %822, i32 %854
	%857 = add i32 %421, %856
	%858 = sext i32 %857 to i64
	%859 = getelementptr float, float* %e, i64 %858
	%860 = load float, float* %859
	%861 = icmp slt i32 %826, %854
	%862 = select i1 %861, i32 %826, i32 %854
	%863 = add i32 %421, %862
	%864 = sext i32 %863 to i64
	%865 = getelementptr float, float* %e, i64 %864
	%866 = load float, float* %865
	%867 = icmp slt i32 %830, %854
	%868 = select i1 %867, i32 %830, i32 %854
	%869 = add i32 %421, %868
	%870 = sext i32 %869 to i64
	%871 = getelementptr float, float* %e, i64 %870
	%872 = load float, float* %871
	%873 = icmp slt i32 %834, %854
	%874 = select i1 %873, i32 %834, i32 %854
	%875 = add i32 %421, %874
	%876 = sext i32 %875 to i64
	%877 = getelementptr float, float* %e, i64 %876
	%878 = load float, float* %877
	%879 = icmp slt i32 %838, %854
	%880 = select i1 %879, i32 %838, i32 %854
	%881 = add i32 %421, %880
	%882 = sext i32 %881 to i64
	%883 = getelementptr float, float* %e, i64 %882
	%884 = load float, float* %883
	%885 = icmp slt i32 %842, %854
	%886 = select i1 %885, i32 %842, i32 %854
	%887 = add i32 %421, %886
	%888 = sext i32 %887 to i64
	%889 = getelementptr float, float* %e, i64 %888
	%890 = load float, float* %889
	%891 = icmp slt i32 %846, %854
	%892 = select i1 %891, i32 %846, i32 %854
	%893 = add i32 %421, %892
	%894 = sext i32 %893 to i64
	%895 = getelementptr float, float* %e, i64 %894
	%896 = load float, float* %895
	%897 = icmp slt i32 %850, %854
	%898 = select i1 %897, i32 %850, i32 %854
	%899 = add i32 %421, %898
	%900 = sext i32 %899 to i64
	%901 = getelementptr float, float* %e, i64 %900
	%902 = load float, float* %901
	%903 = icmp slt i32 %822, %NK
	%904 = fcmp oge float %860, 0.0
	%905 = and i1 %903, %904
	%906 = icmp sge i32 %822, %437
	%907 = icmp sle i32 %822, %445
	%908 = and i1 %906, %907
	%909 = or i1 false, %908
	%910 = icmp eq i32 %822, 0
	%911 = or i1 %909, %910
	%912 = bitcast float %860 to i32
	%913 = add i32 %912, 2
	%914 = select i1 %911, i32 1, i32 %913
	%915 = select i1 %905, i32 %914, i32 0
	%916 = icmp slt i32 %826, %NK
	%917 = fcmp oge float %866, 0.0
	%918 = and i1 %916, %917
	%919 = icmp sge i32 %826, %437
	%920 = icmp sle i32 %826, %445
	%921 = and i1 %919, %920
	%922 = or i1 false, %921
	%923 = icmp eq i32 %826, 0
	%924 = or i1 %922, %923
	%925 = bitcast float %866 to i32
	%926 = add i32 %925, 2
	%927 = select i1 %924, i32 1, i32 %926
	%928 = select i1 %918, i32 %927, i32 0
	%929 = icmp slt i32 %830, %NK
	%930 = fcmp oge float %872, 0.0
	%931 = and i1 %929, %930
	%932 = icmp sge i32 %830, %437
	%933 = icmp sle i32 %830, %445
	%934 = and i1 %932, %933
	%935 = or i1 false, %934
	%936 = icmp eq i32 %830, 0
	%937 = or i1 %935, %936
	%938 = bitcast float %872 to i32
	%939 = add i32 %938, 2
	%940 = select i1 %937, i32 1, i32 %939
	%941 = select i1 %931, i32 %940, i32 0
	%942 = icmp slt i32 %834, %NK
	%943 = fcmp oge float %878, 0.0
	%944 = and i1 %942, %943
	%945 = icmp sge i32 %834, %437
	%946 = icmp sle i32 %834, %445
	%947 = and i1 %945, %946
	%948 = or i1 false, %947
	%949 = icmp eq i32 %834, 0
	%950 = or i1 %948, %949
	%951 = bitcast float %878 to i32
	%952 = add i32 %951, 2
	%953 = select i1 %950, i32 1, i32 %952
	%954 = select i1 %944, i32 %953, i32 0
	%955 = icmp slt i32 %838, %NK
	%956 = fcmp oge float %884, 0.0
	%957 = and i1 %955, %956
	%958 = icmp sge i32 %838, %437
	%959 = icmp sle i32 %838, %445
	%960 = and i1 %958, %959
	%961 = or i1 false, %960
	%962 = icmp eq i32 %838, 0
	%963 = or i1 %961, %962
	%964 = bitcast float %884 to i32
	%965 = add i32 %964, 2
	%966 = select i1 %963, i32 1, i32 %965
	%967 = select i1 %957, i32 %966, i32 0
	%968 = icmp slt i32 %842, %NK
	%969 = fcmp oge float %890, 0.0
	%970 = and i1 %968, %969
	%971 = icmp sge i32 %842, %437
	%972 = icmp sle i32 %842, %445
	%973 = and i1 %971, %972
	%974 = or i1 false, %973
	%975 = icmp eq i32 %842, 0
	%976 = or i1 %974, %975
	%977 = bitcast float %890 to i32
	%978 = add i32 %977, 2
	%979 = select i1 %976, i32 1, i32 %978
	%980 = select i1 %970, i32 %979, i32 0
	%981 = icmp slt i32 %846, %NK
	%982 = fcmp oge float %896, 0.0
	%983 = and i1 %981, %982
	%984 = icmp sge i32 %846, %437
	%985 = icmp sle i32 %846, %445
	%986 = and i1 %984, %985
	%987 = or i1 false, %986
	%988 = icmp eq i32 %846, 0
	%989 = or i1 %987, %988
	%990 = bitcast float %896 to i32
	%991 = add i32 %990, 2
	%992 = select i1 %989, i32 1, i32 %991
	%993 = select i1 %983, i32 %992, i32 0
	%994 = icmp slt i32 %850, %NK
	%995 = fcmp oge float %902, 0.0
	%996 = and i1 %994, %995
	%997 = icmp sge i32 %850, %437
	%998 = icmp sle i32 %850, %445
	%999 = and i1 %997, %998
	%1000 = or i1 false, %999
	%1001 = icmp eq i32 %850, 0
	%1002 = or i1 %1000, %1001
	%1003 = bitcast float %902 to i32
	%1004 = add i32 %1003, 2
	%1005 = select i1 %1002, i32 1, i32 %1004
	%1006 = select i1 %996, i32 %1005, i32 0
	%1007 = icmp uge i32 %915, 2
	%1008 = and i32 %915, %11
	%1009 = icmp eq i32 %1008, %7
	%1010 = and i1 %1007, %1009
	%1011 = lshr i32 %915, 24
	%1012 = and i32 %1011, 255
	%1013 = select i1 %1010, i32 %1012, i32 256
	%1014 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1013)
	%1015 = shl i32 1, %3
	%1016 = sub i32 %1015, 1
	%1017 = and i32 %1014, %1016
	%1018 = icmp eq i32 %1017, 0
	%1019 = and i1 %1010, %1018
	br i1 %1019, label %1021, label %1025

1020:
	br label %785

1021:
	%1022 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1012
	%1023 = call i32 @llvm.ctpop.i32(i32 %1014)
	%1024 = atomicrmw add i32 addrspace(3)* %1022, i32 %1023 monotonic
	br label %1025

1025:
	%1026 = icmp uge i32 %928, 2
	%1027 = and i32 %928, %11
	%1028 = icmp eq i32 %1027, %7
	%1029 = and i1 %1026, %1028
	%1030 = lshr i32 %928, 24
	%1031 = and i32 %1030, 255
	%1032 = select i1 %1029, i32 %1031, i32 256
	%1033 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1032)
	%1034 = shl i32 1, %3
	%1035 = sub i32 %1034, 1
	%1036 = and i32 %1033, %1035
	%1037 = icmp eq i32 %1036, 0
	%1038 = and i1 %1029, %1037
	br i1 %1038, label %1039, label %1043

1039:
	%1040 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1031
	%1041 = call i32 @llvm.ctpop.i32(i32 %1033)
	%1042 = atomicrmw add i32 addrspace(3)* %1040, i32 %1041 monotonic
	br label %1043

1043:
	%1044 = icmp uge i32 %941, 2
	%1045 = and i32 %941, %11
	%1046 = icmp eq i32 %1045, %7
	%1047 = and i1 %1044, %1046
	%1048 = lshr i32 %941, 24
	%1049 = and i32 %1048, 255
	%1050 = select i1 %1047, i32 %1049, i32 256
	%1051 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1050)
	%1052 = shl i32 1, %3
	%1053 = sub i32 %1052, 1
	%1054 = and i32 %1051, %1053
	%1055 = icmp eq i32 %1054, 0
	%1056 = and i1 %1047, %1055
	br i1 %1056, label %1057, label %1061

1057:
	%1058 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1049
	%1059 = call i32 @llvm.ctpop.i32(i32 %1051)
	%1060 = atomicrmw add i32 addrspace(3)* %1058, i32 %1059 monotonic
	br label %1061

1061:
	%1062 = icmp uge i32 %954, 2
	%1063 = and i32 %954, %11
	%1064 = icmp eq i32 %1063, %7
	%1065 = and i1 %1062, %1064
	%1066 = lshr i32 %954, 24
	%1067 = and i32 %1066, 255
	%1068 = select i1 %1065, i32 %1067, i32 256
	%1069 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1068)
	%1070 = shl i32 1, %3
	%1071 = sub i32 %1070, 1
	%1072 = and i32 %1069, %1071
	%1073 = icmp eq i32 %1072, 0
	%1074 = and i1 %1065, %1073
	br i1 %1074, label %1075, label %1079

1075:
	%1076 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1067
	%1077 = call i32 @llvm.ctpop.i32(i32 %1069)
	%1078 = atomicrmw add i32 addrspace(3)* %1076, i32 %1077 monotonic
	br label %1079

1079:
	%1080 = icmp uge i32 %967, 2
	%1081 = and i32 %967, %11
	%1082 = icmp eq i32 %1081, %7
	%1083 = and i1 %1080, %1082
	%1084 = lshr i32 %967, 24
	%1085 = and i32 %1084, 255
	%1086 = select i1 %1083, i32 %1085, i32 256
	%1087 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1086)
	%1088 = shl i32 1, %3
	%1089 = sub i32 %1088, 1
	%1090 = and i32 %1087, %1089
	%1091 = icmp eq i32 %1090, 0
	%1092 = and i1 %1083, %1091
	br i1 %1092, label %1093, label %1097

1093:
	%1094 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1085
	%1095 = call i32 @llvm.ctpop.i32(i32 %1087)
	%1096 = atomicrmw add i32 addrspace(3)* %1094, i32 %1095 monotonic
	br label %1097

1097:
	%1098 = icmp uge i32 %980, 2
	%1099 = and i32 %980, %11
	%1100 = icmp eq i32 %1099, %7
	%1101 = and i1 %1098, %1100
	%1102 = lshr i32 %980, 24
	%1103 = and i32 %1102, 255
	%1104 = select i1 %1101, i32 %1103, i32 256
	%1105 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1104)
	%1106 = shl i32 1, %3
	%1107 = sub i32 %1106, 1
	%1108 = and i32 %1105, %1107
	%1109 = icmp eq i32 %1108, 0
	%1110 = and i1 %1101, %1109
	br i1 %1110, label %1111, label %1115

1111:
	%1112 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1103
	%1113 = call i32 @llvm.ctpop.i32(i32 %1105)
	%1114 = atomicrmw add i32 addrspace(3)* %1112, i32 %1113 monotonic
	br label %1115

1115:
	%1116 = icmp uge i32 %993, 2
	%1117 = and i32 %993, %11
	%1118 = icmp eq i32 %1117, %7
	%1119 = and i1 %1116, %1118
	%1120 = lshr i32 %993, 24
	%1121 = and i32 %1120, 255
	%1122 = select i1 %1119, i32 %1121, i32 256
	%1123 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1122)
	%1124 = shl i32 1, %3
	%1125 = sub i32 %1124, 1
	%1126 = and i32 %1123, %1125
	%1127 = icmp eq i32 %1126, 0
	%1128 = and i1 %1119, %1127
	br i1 %1128, label %1129, label %1133

1129:
	%1130 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1121
	%1131 = call i32 @llvm.ctpop.i32(i32 %1123)
	%1132 = atomicrmw add i32 addrspace(3)* %1130, i32 %1131 monotonic
	br label %1133

1133:
	%1134 = icmp uge i32 %1006, 2
	%1135 = and i32 %1006, %11
	%1136 = icmp eq i32 %1135, %7
	%1137 = and i1 %1134, %1136
	%1138 = lshr i32 %1006, 24
	%1139 = and i32 %1138, 255
	%1140 = select i1 %1137, i32 %1139, i32 256
	%1141 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1140)
	%1142 = shl i32 1, %3
	%1143 = sub i32 %1142, 1
	%1144 = and i32 %1141, %1143
	%1145 = icmp eq i32 %1144, 0
	%1146 = and i1 %1137, %1145
	br i1 %1146, label %1147, label %1151

1147:
	%1148 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1139
	%1149 = call i32 @llvm.ctpop.i32(i32 %1141)
	%1150 = atomicrmw add i32 addrspace(3)* %1148, i32 %1149 monotonic
	br label %1151

1151:
	%1152 = add i32 %817, 2048
	br label %816

1153:
	br label %1185

1154:
	%1155 = mul i32 %1, 8
	%1156 = add i32 %1155, 4
	%1157 = mul i32 %2, %NQ
	%1158 = add i32 %1157, %1156
	%1159 = mul i32 %1158, %NK
	%1160 = mul i32 %1156, 64
	%1161 = add i32 %1160, %off
	%1162 = add i32 %1156, 1
	%1163 = mul i32 %1162, 64
	%1164 = icmp slt i32 %1163, %M
	%1165 = select i1 %1164, i32 %1163, i32 %M
	%1166 = sub i32 %1165, 1
	%1167 = add i32 %1166, %off
	%1168 = icmp slt i32 %1161, 0
	%1169 = sub i32 0, %1161
	%1170 = sub i32 64, 1
	%1171 = add i32 %1169, %1170
	%1172 = sdiv i32 %1171, 64
	%1173 = sub i32 0, %1172
	%1174 = sdiv i32 %1161, 64
	%1175 = select i1 %1168, i32 %1173, i32 %1174
	%1176 = icmp slt i32 %1167, 0
	%1177 = sub i32 0, %1167
	%1178 = sub i32 64, 1
	%1179 = add i32 %1177, %1178
	%1180 = sdiv i32 %1179, 64
	%1181 = sub i32 0, %1180
	%1182 = sdiv i32 %1167, 64
	%1183 = select i1 %1176, i32 %1181, i32 %1182
	%1184 = icmp slt i32 %1156, %NQ
	br i1 %1184, label %1522, label %1523

1185:
	%1186 = phi i32 [ %0, %1153 ], [ %1521, %1520 ]
	%1187 = phi i32 [ 0, %1153 ], [ %1187, %1520 ]
	%1188 = icmp slt i32 %1186, %15
	br i1 %1188, label %1189, label %1389

1189:
	%1190 = sub i32 %15, 1
	%1191 = add i32 %1186, 0
	%1192 = icmp slt i32 %1191, %15
	%1193 = icmp slt i32 %1191, %1190
	%1194 = select i1 %1193, i32 %1191, i32 %1190
	%1195 = add i32 %1186, 256
	%1196 = icmp slt i32 %1195, %15
	%1197 = icmp slt i32 %1195, %1190
	%1198 = select i1 %1197, i32 %1195, i32 %1190
	%1199 = add i32 %1186, 512
	%1200 = icmp slt i32 %1199, %15
	%1201 = icmp slt i32 %1199, %1190
	%1202 = select i1 %1201, i32 %1199, i32 %1190
	%1203 = add i32 %1186, 768
	%1204 = icmp slt i32 %1203, %15
	%1205 = icmp slt i32 %1203, %1190
	%1206 = select i1 %1205, i32 %1203, i32 %1190
	%1207 = add i32 %1186, 1024
	%1208 = icmp slt i32 %1207, %15
	%1209 = icmp slt i32 %1207, %1190
	%1210 = select i1 %1209, i32 %1207, i32 %1190
	%1211 = add i32 %1186, 1280
	%1212 = icmp slt i32 %1211, %15
	%1213 = icmp slt i32 %1211, %1190
	%1214 = select i1 %1213, i32 %1211, i32 %1190
	%1215 = add i32 %1186, 1536
	%1216 = icmp slt i32 %1215, %15
	%1217 = icmp slt i32 %1215, %1190
	%1218 = select i1 %1217, i32 %1215, i32 %1190
	%1219 = add i32 %1186, 1792
	%1220 = icmp slt i32 %1219, %15
	%1221 = icmp slt i32 %1219, %1190
	%1222 = select i1 %1221, i32 %1219, i32 %1190
	%1223 = sub i32 %NK, 1
	%1224 = icmp slt i32 %1191, %1223
	%1225 = select i1 %1224, i32 %1191, i32 %1223
	%1226 = add i32 %790, %1225
	%1227 = sext i32 %1226 to i64
	%1228 = getelementptr float, float* %e, i64 %1227
	%1229 = load float, float* %1228
	%1230 = icmp slt i32 %1195, %1223
	%1231 = select i1 %1230, i32 %1195, i32 %1223
	%1232 = add i32 %790, %1231
	%1233 = sext i32 %1232 to i64
	%1234 = getelementptr float, float* %e, i64 %1233
	%1235 = load float, float* %1234
	%1236 = icmp slt i32 %1199, %1223
	%1237 = select i1 %1236, i32 %1199, i32 %1223
	%1238 = add i32 %790, %1237
	%1239 = sext i32 %1238 to i64
	%1240 = getelementptr float, float* %e, i64 %1239
	%1241 = load float, float* %1240
	%1242 = icmp slt i32 %1203, %1223
	%1243 = select i1 %1242, i32 %1203, i32 %1223
	%1244 = add i32 %790, %1243
	%1245 = sext i32 %1244 to i64
	%1246 = getelementptr float, float* %e, i64 %1245
	%1247 = load float, float* %1246
	%1248 = icmp slt i32 %1207, %1223
	%1249 = select i1 %1248, i32 %1207, i32 %1223
	%1250 = add i32 %790, %1249
	%1251 = sext i32 %1250 to i64
	%1252 = getelementptr float, float* %e, i64 %1251
	%1253 = load float, float* %1252
	%1254 = icmp slt i32 %1211, %1223
	%1255 = select i1 %1254, i32 %1211, i32 %1223
	%1256 = add i32 %790, %1255
	%1257 = sext i32 %1256 to i64
	%1258 = getelementptr float, float* %e, i64 %1257
	%1259 = load float, float* %1258
	%1260 = icmp slt i32 %1215, %1223
	%1261 = select i1 %1260, i32 %1215, i32 %1223
	%1262 = add i32 %790, %1261
	%1263 = sext i32 %1262 to i64
	%1264 = getelementptr float, float* %e, i64 %1263
	%1265 = load float, float* %1264
	%1266 = icmp slt i32 %1219, %1223
	%1267 = select i1 %1266, i32 %1219, i32 %1223
	%1268 = add i32 %790, %1267
	%1269 = sext i32 %1268 to i64
	%1270 = getelementptr float, float* %e, i64 %1269
	%1271 = load float, float* %1270
	%1272 = icmp slt i32 %1191, %NK
	%1273 = fcmp oge float %1229, 0.0
	%1274 = and i1 %1272, %1273
	%1275 = icmp sge i32 %1191, %806
	%1276 = icmp sle i32 %1191, %814
	%1277 = and i1 %1275, %1276
	%1278 = or i1 false, %1277
	%1279 = icmp eq i32 %1191, 0
	%1280 = or i1 %1278, %1279
	%1281 = bitcast float %1229 to i32
	%1282 = add i32 %1281, 2
	%1283 = select i1 %1280, i32 1, i32 %1282
	%1284 = select i1 %1274, i32 %1283, i32 0
	%1285 = icmp slt i32 %1195, %NK
	%1286 = fcmp oge float %1235, 0.0
	%1287 = and i1 %1285, %1286
	%1288 = icmp sge i32 %1195, %806
	%1289 = icmp sle i32 %1195, %814
	%1290 = and i1 %1288, %1289
	%1291 = or i1 false, %1290
	%1292 = icmp eq i32 %1195, 0
	%1293 = or i1 %1291, %1292
	%1294 = bitcast float %1235 to i32
	%1295 = add i32 %1294, 2
	%1296 = select i1 %1293, i32 1, i32 %1295
	%1297 = select i1 %1287, i32 %1296, i32 0
	%1298 = icmp slt i32 %1199, %NK
	%1299 = fcmp oge float %1241, 0.0
	%1300 = and i1 %1298, %1299
	%1301 = icmp sge i32 %1199, %806
	%1302 = icmp sle i32 %1199, %814
	%1303 = and i1 %1301, %1302
	%1304 = or i1 false, %1303
	%1305 = icmp eq i32 %1199, 0
	%1306 = or i1 %1304, %1305
	%1307 = bitcast float %1241 to i32
	%1308 = add i32 %1307, 2
	%1309 = select i1 %1306, i32 1, i32 %1308
	%1310 = select i1 %1300, i32 %1309, i32 0
	%1311 = icmp slt i32 %1203, %NK
	%1312 = fcmp oge float %1247, 0.0
	%1313 = and i1 %1311, %1312
	%1314 = icmp sge i32 %1203, %806
	%1315 = icmp sle i32 %1203, %814
	%1316 = and i1 %1314, %1315
	%1317 = or i1 false, %1316
	%1318 = icmp eq i32 %1203, 0
	%1319 = or i1 %1317, %1318
	%1320 = bitcast float %1247 to i32
	%1321 = add i32 %1320, 2
	%1322 = select i1 %1319, i32 1, i32 %1321
	%1323 = select i1 %1313, i32 %1322, i32 0
	%1324 = icmp slt i32 %1207, %NK
	%1325 = fcmp oge float %1253, 0.0
	%1326 = and i1 %1324, %1325
	%1327 = icmp sge i32 %1207, %806
	%1328 = icmp sle i32 %1207, %814
	%1329 = and i1 %1327, %1328
	%1330 = or i1 false, %1329
	%1331 = icmp eq i32 %1207, 0
	%1332 = or i1 %1330, %1331
	%1333 = bitcast float %1253 to i32
	%1334 = add i32 %1333, 2
	%1335 = select i1 %1332, i32 1, i32 %1334
	%1336 = select i1 %1326, i32 %1335, i32 0
	%1337 = icmp slt i32 %1211, %NK
	%1338 = fcmp oge float %1259, 0.0
	%1339 = and i1 %1337, %1338
	%1340 = icmp sge i32 %1211, %806
	%1341 = icmp sle i32 %1211, %814
	%1342 = and i1 %1340, %1341
	%1343 = or i1 false, %1342
	%1344 = icmp eq i32 %1211, 0
	%1345 = or i1 %1343, %1344
	%1346 = bitcast float %1259 to i32
	%1347 = add i32 %1346, 2
	%1348 = select i1 %1345, i32 1, i32 %1347
	%1349 = select i1 %1339, i32 %1348, i32 0
	%1350 = icmp slt i32 %1215, %NK
	%1351 = fcmp oge float %1265, 0.0
	%1352 = and i1 %1350, %1351
	%1353 = icmp sge i32 %1215, %806
	%1354 = icmp sle i32 %1215, %814
	%1355 = and i1 %1353, %1354
	%1356 = or i1 false, %1355
	%1357 = icmp eq i32 %1215, 0
	%1358 = or i1 %1356, %1357
	%1359 = bitcast float %1265 to i32
	%1360 = add i32 %1359, 2
	%1361 = select i1 %1358, i32 1, i32 %1360
	%1362 = select i1 %1352, i32 %1361, i32 0
	%1363 = icmp slt i32 %1219, %NK
	%1364 = fcmp oge float %1271, 0.0
	%1365 = and i1 %1363, %1364
	%1366 = icmp sge i32 %1219, %806
	%1367 = icmp sle i32 %1219, %814
	%1368 = and i1 %1366, %1367
	%1369 = or i1 false, %1368
	%1370 = icmp eq i32 %1219, 0
	%1371 = or i1 %1369, %1370
	%1372 = bitcast float %1271 to i32
	%1373 = add i32 %1372, 2
	%1374 = select i1 %1371, i32 1, i32 %1373
	%1375 = select i1 %1365, i32 %1374, i32 0
	%1376 = icmp uge i32 %1284, 2
	%1377 = and i32 %1284, %11
	%1378 = icmp eq i32 %1377, %7
	%1379 = and i1 %1376, %1378
	%1380 = lshr i32 %1284, 24
	%1381 = and i32 %1380, 255
	%1382 = select i1 %1379, i32 %1381, i32 256
	%1383 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1382)
	%1384 = shl i32 1, %3
	%1385 = sub i32 %1384, 1
	%1386 = and i32 %1383, %1385
	%1387 = icmp eq i32 %1386, 0
	%1388 = and i1 %1379, %1387
	br i1 %1388, label %1390, label %1394

1389:
	br label %1154

1390:
	%1391 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1381
	%1392 = call i32 @llvm.ctpop.i32(i32 %1383)
	%1393 = atomicrmw add i32 addrspace(3)* %1391, i32 %1392 monotonic
	br label %1394

1394:
	%1395 = icmp uge i32 %1297, 2
	%1396 = and i32 %1297, %11
	%1397 = icmp eq i32 %1396, %7
	%1398 = and i1 %1395, %1397
	%1399 = lshr i32 %1297, 24
	%1400 = and i32 %1399, 255
	%1401 = select i1 %1398, i32 %1400, i32 256
	%1402 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1401)
	%1403 = shl i32 1, %3
	%1404 = sub i32 %1403, 1
	%1405 = and i32 %1402, %1404
	%1406 = icmp eq i32 %1405, 0
	%1407 = and i1 %1398, %1406
	br i1 %1407, label %1408, label %1412

1408:
	%1409 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1400
	%1410 = call i32 @llvm.ctpop.i32(i32 %1402)
	%1411 = atomicrmw add i32 addrspace(3)* %1409, i32 %1410 monotonic
	br label %1412

1412:
	%1413 = icmp uge i32 %1310, 2
	%1414 = and i32 %1310, %11
	%1415 = icmp eq i32 %1414, %7
	%1416 = and i1 %1413, %1415
	%1417 = lshr i32 %1310, 24
	%1418 = and i32 %1417, 255
	%1419 = select i1 %1416, i32 %1418, i32 256
	%1420 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1419)
	%1421 = shl i32 1, %3
	%1422 = sub i32 %1421, 1
	%1423 = and i32 %1420, %1422
	%1424 = icmp eq i32 %1423, 0
	%1425 = and i1 %1416, %1424
	br i1 %1425, label %1426, label %1430

1426:
	%1427 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1418
	%1428 = call i32 @llvm.ctpop.i32(i32 %1420)
	%1429 = atomicrmw add i32 addrspace(3)* %1427, i32 %1428 monotonic
	br label %1430

1430:
	%1431 = icmp uge i32 %1323, 2
	%1432 = and i32 %1323, %11
	%1433 = icmp eq i32 %1432, %7
	%1434 = and i1 %1431, %1433
	%1435 = lshr i32 %1323, 24
	%1436 = and i32 %1435, 255
	%1437 = select i1 %1434, i32 %1436, i32 256
	%1438 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1437)
	%1439 = shl i32 1, %3
	%1440 = sub i32 %1439, 1
	%1441 = and i32 %1438, %1440
	%1442 = icmp eq i32 %1441, 0
	%1443 = and i1 %1434, %1442
	br i1 %1443, label %1444, label %1448

1444:
	%1445 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1436
	%1446 = call i32 @llvm.ctpop.i32(i32 %1438)
	%1447 = atomicrmw add i32 addrspace(3)* %1445, i32 %1446 monotonic
	br label %1448

1448:
	%1449 = icmp uge i32 %1336, 2
	%1450 = and i32 %1336, %11
	%1451 = icmp eq i32 %1450, %7
	%1452 = and i1 %1449, %1451
	%1453 = lshr i32 %1336, 24
	%1454 = and i32 %1453, 255
	%1455 = select i1 %1452, i32 %1454, i32 256
	%1456 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1455)
	%1457 = shl i32 1, %3
	%1458 = sub i32 %1457, 1
	%1459 = and i32 %1456, %1458
	%1460 = icmp eq i32 %1459, 0
	%1461 = and i1 %1452, %1460
	br i1 %1461, label %1462, label %1466

1462:
	%1463 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1454
	%1464 = call i32 @llvm.ctpop.i32(i32 %1456)
	%1465 = atomicrmw add i32 addrspace(3)* %1463, i32 %1464 monotonic
	br label %1466

1466:
	%1467 = icmp uge i32 %1349, 2
	%1468 = and i32 %1349, %11
	%1469 = icmp eq i32 %1468, %7
	%1470 = and i1 %1467, %1469
	%1471 = lshr i32 %1349, 24
	%1472 = and i32 %1471, 255
	%1473 = select i1 %1470, i32 %1472, i32 256
	%1474 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1473)
	%1475 = shl i32 1, %3
	%1476 = sub i32 %1475, 1
	%1477 = and i32 %1474, %1476
	%1478 = icmp eq i32 %1477, 0
	%1479 = and i1 %1470, %1478
	br i1 %1479, label %1480, label %1484

1480:
	%1481 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1472
	%1482 = call i32 @llvm.ctpop.i32(i32 %1474)
	%1483 = atomicrmw add i32 addrspace(3)* %1481, i32 %1482 monotonic
	br label %1484

1484:
	%1485 = icmp uge i32 %1362, 2
	%1486 = and i32 %1362, %11
	%1487 = icmp eq i32 %1486, %7
	%1488 = and i1 %1485, %1487
	%1489 = lshr i32 %1362, 24
	%1490 = and i32 %1489, 255
	%1491 = select i1 %1488, i32 %1490, i32 256
	%1492 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1491)
	%1493 = shl i32 1, %3
	%1494 = sub i32 %1493, 1
	%1495 = and i32 %1492, %1494
	%1496 = icmp eq i32 %1495, 0
	%1497 = and i1 %1488, %1496
	br i1 %1497, label %1498, label %1502

1498:
	%1499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1490
	%1500 = call i32 @llvm.ctpop.i32(i32 %1492)
	%1501 = atomicrmw add i32 addrspace(3)* %1499, i32 %1500 monotonic
	br label %1502

1502:
	%1503 = icmp uge i32 %1375, 2
	%1504 = and i32 %1375, %11
	%1505 = icmp eq i32 %1504, %7
	%1506 = and i1 %1503, %1505
	%1507 = lshr i32 %1375, 24
	%1508 = and i32 %1507, 255
	%1509 = select i1 %1506, i32 %1508, i32 256
	%1510 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1509)
	%1511 = shl i32 1, %3
	%1512 = sub i32 %1511, 1
	%1513 = and i32 %1510, %1512
	%1514 = icmp eq i32 %1513, 0
	%1515 = and i1 %1506, %1514
	br i1 %1515, label %1516, label %1520

1516:
	%1517 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1508
	%1518 = call i32 @llvm.ctpop.i32(i32 %1510)
	%1519 = atomicrmw add i32 addrspace(3)* %1517, i32 %1518 monotonic
	br label %1520

1520:
	%1521 = add i32 %1186, 2048
	br label %1185

1522:
	br label %1554

1523:
	%1524 = mul i32 %1, 8
	%1525 = add i32 %1524, 5
	%1526 = mul i32 %2, %NQ
	%1527 = add i32 %1526, %1525
	%1528 = mul i32 %1527, %NK
	%1529 = mul i32 %1525, 64
	%1530 = add i32 %1529, %off
	%1531 = add i32 %1525, 1
	%1532 = mul i32 %1531, 64
	%1533 = icmp slt i32 %1532, %M
	%1534 = select i1 %1533, i32 %1532, i32 %M
	%1535 = sub i32 %1534, 1
	%1536 = add i32 %1535, %off
	%1537 = icmp slt i32 %1530, 0
	%1538 = sub i32 0, %1530
	%1539 = sub i32 64, 1
	%1540 = add i32 %1538, %1539
	%1541 = sdiv i32 %1540, 64
	%1542 = sub i32 0, %1541
	%1543 = sdiv i32 %1530, 64
	%1544 = select i1 %1537, i32 %1542, i32 %1543
	%1545 = icmp slt i32 %1536, 0
	%1546 = sub i32 0, %1536
	%1547 = sub i32 64, 1
	%1548 = add i32 %1546, %1547
	%1549 = sdiv i32 %1548, 64
	%1550 = sub i32 0, %1549
	%1551 = sdiv i32 %1536, 64
	%1552 = select i1 %1545, i32 %1550, i32 %1551
	%1553 = icmp slt i32 %1525, %NQ
	br i1 %1553, label %1891, label %1892

1554:
	%1555 = phi i32 [ %0, %1522 ], [ %1890, %1889 ]
	%1556 = phi i32 [ 0, %1522 ], [ %1556, %1889 ]
	%1557 = icmp slt i32 %1555, %15
	br i1 %1557, label %1558, label %1758

1558:
	%1559 = sub i32 %15, 1
	%1560 = add i32 %1555, 0
	%1561 = icmp slt i32 %1560, %15
	%1562 = icmp slt i32 %1560, %1559
	%1563 = select i1 %1562, i32 %1560, i32 %1559
	%1564 = add i32 %1555, 256
	%1565 = icmp slt i32 %1564, %15
	%1566 = icmp slt i32 %1564, %1559
	%1567 = select i1 %1566, i32 %1564, i32 %1559
	%1568 = add i32 %1555, 512
	%1569 = icmp slt i32 %1568, %15
	%1570 = icmp slt i32 %1568, %1559
	%1571 = select i1 %1570, i32 %1568, i32 %1559
	%1572 = add i32 %1555, 768
	%1573 = icmp slt i32 %1572, %15
	%1574 = icmp slt i32 %1572, %1559
	%1575 = select i1 %1574, i32 %1572, i32 %1559
	%1576 = add i32 %1555, 1024
	%1577 = icmp slt i32 %1576, %15
	%1578 = icmp slt i32 %1576, %1559
	%1579 = select i1 %1578, i32 %1576, i32 %1559
	%1580 = add i32 %1555, 1280
	%1581 = icmp slt i32 %1580, %15
	%1582 = icmp slt i32 %1580, %1559
	%1583 = select i1 %1582, i32 %1580, i32 %1559
	%1584 = add i32 %1555, 1536
	%1585 = icmp slt i32 %1584, %15
	%1586 = icmp slt i32 %1584, %1559
	%1587 = select i1 %1586, i32 %1584, i32 %1559
	%1588 = add i32 %1555, 1792
	%1589 = icmp slt i32 %1588, %15
	%1590 = icmp slt i32 %1588, %1559
	%1591 = select i1 %1590, i32 %1588, i32 %1559
	%1592 = sub i32 %NK, 1
	%1593 = icmp slt i32 %1560, %1592
	%1594 = select i1 %1593, i32 %1560, i32 %1592
	%1595 = add i32 %1159, %1594
	%1596 = sext i32 %1595 to i64
	%1597 = getelementptr float, float* %e, i64 %1596
	%1598 = load float, float* %1597
	%1599 = icmp slt i32 %1564, %1592
	%1600 = select i1 %1599, i32 %1564, i32 %1592
	%1601 = add i32 %1159, %1600
	%1602 = sext i32 %1601 to i64
	%1603 = getelementptr float, float* %e, i64 %1602
	%1604 = load float, float* %1603
	%1605 = icmp slt i32 %1568, %1592
	%1606 = select i1 %1605, i32 %1568, i32 %1592
	%1607 = add i32 %1159, %1606
	%1608 = sext i32 %1607 to i64
	%1609 = getelementptr float, float* %e, i64 %1608
	%1610 = load float, float* %1609
	%1611 = icmp slt i32 %1572, %1592
	%1612 = select i1 %1611, i32 %1572, i32 %1592
	%1613 = add i32 %1159, %1612
	%1614 = sext i32 %1613 to i64
	%1615 = getelementptr float, float* %e, i64 %1614
	%1616 = load float, float* %1615
	%1617 = icmp slt i32 %1576, %1592
	%1618 = select i1 %1617, i32 %1576, i32 %1592
	%1619 = add i32 %1159, %1618
	%1620 = sext i32 %1619 to i64
	%1621 = getelementptr float, float* %e, i64 %1620
	%1622 = load float, float* %1621
	%1623 = icmp slt i32 %1580, %1592
	%1624 = select i1 %1623, i32 %1580, i32 %1592
	%1625 = add i32 %1159, %1624
	%1626 = sext i32 %1625 to i64
	%1627 = getelementptr float, float* %e, i64 %1626
	%1628 = load float, float* %1627
	%1629 = icmp slt i32 %1584, %1592
	%1630 = select i1 %1629, i32 %1584, i32 %1592
	%1631 = add i32 %1159, %1630
	%1632 = sext i32 %1631 to i64
	%1633 = getelementptr float, float* %e, i64 %1632
	%1634 = load float, float* %1633
	%1635 = icmp slt i32 %1588, %1592
	%1636 = select i1 %1635, i32 %1588, i32 %1592
	%1637 = add i32 %1159, %1636
	%1638 = sext i32 %1637 to i64
	%1639 = getelementptr float, float* %e, i64 %1638
	%1640 = load float, float* %1639
	%1641 = icmp slt i32 %1560, %NK
	%1642 = fcmp oge float %1598, 0.0
	%1643 = and i1 %1641, %1642
	%1644 = icmp sge i32 %1560, %1175
	%1645 = icmp sle i32 %1560, %1183
	%1646 = and i1 %1644, %1645
	%1647 = or i1 false, %1646
	%1648 = icmp eq i32 %1560, 0
	%1649 = or i1 %1647, %1648
	%1650 = bitcast float %1598 to i32
	%1651 = add i32 %1650, 2
	%1652 = select i1 %1649, i32 1, i32 %1651
	%1653 = select i1 %1643, i32 %1652, i32 0
	%1654 = icmp slt i32 %1564, %NK
	%1655 = fcmp oge float %1604, 0.0
	%1656 = and i1 %1654, %1655
	%1657 = icmp sge i32 %1564, %1175
	%1658 = icmp sle i32 %1564, %1183
	%1659 = and i1 %1657, %1658
	%1660 = or i1 false, %1659
	%1661 = icmp eq i32 %1564, 0
	%1662 = or i1 %1660, %1661
	%1663 = bitcast float %1604 to i32
	%1664 = add i32 %1663, 2
	%1665 = select i1 %1662, i32 1, i32 %1664
	%1666 = select i1 %1656, i32 %1665, i32 0
	%1667 = icmp slt i32 %1568, %NK
	%1668 = fcmp oge float %1610, 0.0
	%1669 = and i1 %1667, %1668
	%1670 = icmp sge i32 %1568, %1175
	%1671 = icmp sle i32 %1568, %1183
	%1672 = and i1 %1670, %1671
	%1673 = or i1 false, %1672
	%1674 = icmp eq i32 %1568, 0
	%1675 = or i1 %1673, %1674
	%1676 = bitcast float %1610 to i32
	%1677 = add i32 %1676, 2
	%1678 = select i1 %1675, i32 1, i32 %1677
	%1679 = select i1 %1669, i32 %1678, i32 0
	%1680 = icmp slt i32 %1572, %NK
	%1681 = fcmp oge float %1616, 0.0
	%1682 = and i1 %1680, %1681
	%1683 = icmp sge i32 %1572, %1175
	%1684 = icmp sle i32 %1572, %1183
	%1685 = and i1 %1683, %1684
	%1686 = or i1 false, %1685
	%1687 = icmp eq i32 %1572, 0
	%1688 = or i1 %1686, %1687
	%1689 = bitcast float %1616 to i32
	%1690 = add i32 %1689, 2
	%1691 = select i1 %1688, i32 1, i32 %1690
	%1692 = select i1 %1682, i32 %1691, i32 0
	%1693 = icmp slt i32 %1576, %NK
	%1694 = fcmp oge float %1622, 0.0
	%1695 = and i1 %1693, %1694
	%1696 = icmp sge i32 %1576, %1175
	%1697 = icmp sle i32 %1576, %1183
	%1698 = and i1 %1696, %1697
	%1699 = or i1 false, %1698
	%1700 = icmp eq i32 %1576, 0
	%1701 = or i1 %1699, %1700
	%1702 = bitcast float %1622 to i32
	%1703 = add i32 %1702, 2
	%1704 = select i1 %1701, i32 1, i32 %1703
	%1705 = select i1 %1695, i32 %1704, i32 0
	%1706 = icmp slt i32 %1580, %NK
	%1707 = fcmp oge float %1628, 0.0
	%1708 = and i1 %1706, %1707
	%1709 = icmp sge i32 %1580, %1175
	%1710 = icmp sle i32 %1580, %1183
	%1711 = and i1 %1709, %1710
	%1712 = or i1 false, %1711
	%1713 = icmp eq i32 %1580, 0
	%1714 = or i1 %1712, %1713
	%1715 = bitcast float %1628 to i32
	%1716 = add i32 %1715, 2
	%1717 = select i1 %1714, i32 1, i32 %1716
	%1718 = select i1 %1708, i32 %1717, i32 0
	%1719 = icmp slt i32 %1584, %NK
	%1720 = fcmp oge float %1634, 0.0
	%1721 = and i1 %1719, %1720
	%1722 = icmp sge i32 %1584, %1175
	%1723 = icmp sle i32 %1584, %1183
	%1724 = and i1 %1722, %1723
	%1725 = or i1 false, %1724
	%1726 = icmp eq i32 %1584, 0
	%1727 = or i1 %1725, %1726
	%1728 = bitcast float %1634 to i32
	%1729 = add i32 %1728, 2
	%1730 = select i1 %1727, i32 1, i32 %1729
	%1731 = select i1 %1721, i32 %1730, i32 0
	%1732 = icmp slt i32 %1588, %NK
	%1733 = fcmp oge float %1640, 0.0
	%1734 = and i1 %1732, %1733
	%1735 = icmp sge i32 %1588, %1175
	%1736 = icmp sle i32 %1588, %1183
	%1737 = and i1 %1735, %1736
	%1738 = or i1 false, %1737
	%1739 = icmp eq i32 %1588, 0
	%1740 = or i1 %1738, %1739
	%1741 = bitcast float %1640 to i32
	%1742 = add i32 %1741, 2
	%1743 = select i1 %1740, i32 1, i32 %1742
	%1744 = select i1 %1734, i32 %1743, i32 0
	%1745 = icmp uge i32 %1653, 2
	%1746 = and i32 %1653, %11
	%1747 = icmp eq i32 %1746, %7
	%1748 = and i1 %1745, %1747
	%1749 = lshr i32 %1653, 24
	%1750 = and i32 %1749, 255
	%1751 = select i1 %1748, i32 %1750, i32 256
	%1752 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1751)
	%1753 = shl i32 1, %3
	%1754 = sub i32 %1753, 1
	%1755 = and i32 %1752, %1754
	%1756 = icmp eq i32 %1755, 0
	%1757 = and i1 %1748, %1756
	br i1 %1757, label %1759, label %1763

1758:
	br label %1523

1759:
	%1760 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1750
	%1761 = call i32 @llvm.ctpop.i32(i32 %1752)
	%1762 = atomicrmw add i32 addrspace(3)* %1760, i32 %1761 monotonic
	br label %1763

1763:
	%1764 = icmp uge i32 %1666, 2
	%1765 = and i32 %1666, %11
	%1766 = icmp eq i32 %1765, %7
	%1767 = and i1 %1764, %1766
	%1768 = lshr i32 %1666, 24
	%1769 = and i32 %1768, 255
	%1770 = select i1 %1767, i32 %1769, i32 256
	%1771 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1770)
	%1772 = shl i32 1, %3
	%1773 = sub i32 %1772, 1
	%1774 = and i32 %1771, %1773
	%1775 = icmp eq i32 %1774, 0
	%1776 = and i1 %1767, %1775
	br i1 %1776, label %1777, label %1781

1777:
	%1778 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1769
	%1779 = call i32 @llvm.ctpop.i32(i32 %1771)
	%1780 = atomicrmw add i32 addrspace(3)* %1778, i32 %1779 monotonic
	br label %1781

1781:
	%1782 = icmp uge i32 %1679, 2
	%1783 = and i32 %1679, %11
	%1784 = icmp eq i32 %1783, %7
	%1785 = and i1 %1782, %1784
	%1786 = lshr i32 %1679, 24
	%1787 = and i32 %1786, 255
	%1788 = select i1 %1785, i32 %1787, i32 256
	%1789 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1788)
	%1790 = shl i32 1, %3
	%1791 = sub i32 %1790, 1
	%1792 = and i32 %1789, %1791
	%1793 = icmp eq i32 %1792, 0
	%1794 = and i1 %1785, %1793
	br i1 %1794, label %1795, label %1799

1795:
	%1796 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1787
	%1797 = call i32 @llvm.ctpop.i32(i32 %1789)
	%1798 = atomicrmw add i32 addrspace(3)* %1796, i32 %1797 monotonic
	br label %1799

1799:
	%1800 = icmp uge i32 %1692, 2
	%1801 = and i32 %1692, %11
	%1802 = icmp eq i32 %1801, %7
	%1803 = and i1 %1800, %1802
	%1804 = lshr i32 %1692, 24
	%1805 = and i32 %1804, 255
	%1806 = select i1 %1803, i32 %1805, i32 256
	%1807 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1806)
	%1808 = shl i32 1, %3
	%1809 = sub i32 %1808, 1
	%1810 = and i32 %1807, %1809
	%1811 = icmp eq i32 %1810, 0
	%1812 = and i1 %1803, %1811
	br i1 %1812, label %1813, label %1817

1813:
	%1814 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1805
	%1815 = call i32 @llvm.ctpop.i32(i32 %1807)
	%1816 = atomicrmw add i32 addrspace(3)* %1814, i32 %1815 monotonic
	br label %1817

1817:
	%1818 = icmp uge i32 %1705, 2
	%1819 = and i32 %1705, %11
	%1820 = icmp eq i32 %1819, %7
	%1821 = and i1 %1818, %1820
	%1822 = lshr i32 %1705, 24
	%1823 = and i32 %1822, 255
	%1824 = select i1 %1821, i32 %1823, i32 256
	%1825 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1824)
	%1826 = shl i32 1, %3
	%1827 = sub i32 %1826, 1
	%1828 = and i32 %1825, %1827
	%1829 = icmp eq i32 %1828, 0
	%1830 = and i1 %1821, %1829
	br i1 %1830, label %1831, label %1835

1831:
	%1832 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1823
	%1833 = call i32 @llvm.ctpop.i32(i32 %1825)
	%1834 = atomicrmw add i32 addrspace(3)* %1832, i32 %1833 monotonic
	br label %1835

1835:
	%1836 = icmp uge i32 %1718, 2
	%1837 = and i32 %1718, %11
	%1838 = icmp eq i32 %1837, %7
	%1839 = and i1 %1836, %1838
	%1840 = lshr i32 %1718, 24
	%1841 = and i32 %1840, 255
	%1842 = select i1 %1839, i32 %1841, i32 256
	%1843 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1842)
	%1844 = shl i32 1, %3
	%1845 = sub i32 %1844, 1
	%1846 = and i32 %1843, %1845
	%1847 = icmp eq i32 %1846, 0
	%1848 = and i1 %1839, %1847
	br i1 %1848, label %1849, label %1853

1849:
	%1850 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1841
	%1851 = call i32 @llvm.ctpop.i32(i32 %1843)
	%1852 = atomicrmw add i32 addrspace(3)* %1850, i32 %1851 monotonic
	br label %1853

1853:
	%1854 = icmp uge i32 %1731, 2
	%1855 = and i32 %1731, %11
	%1856 = icmp eq i32 %1855, %7
	%1857 = and i1 %1854, %1856
	%1858 = lshr i32 %1731, 24
	%1859 = and i32 %1858, 255
	%1860 = select i1 %1857, i32 %1859, i32 256
	%1861 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1860)
	%1862 = shl i32 1, %3
	%1863 = sub i32 %1862, 1
	%1864 = and i32 %1861, %1863
	%1865 = icmp eq i32 %1864, 0
	%1866 = and i1 %1857, %1865
	br i1 %1866, label %1867, label %1871

1867:
	%1868 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1859
	%1869 = call i32 @llvm.ctpop.i32(i32 %1861)
	%1870 = atomicrmw add i32 addrspace(3)* %1868, i32 %1869 monotonic
	br label %1871

1871:
	%1872 = icmp uge i32 %1744, 2
	%1873 = and i32 %1744, %11
	%1874 = icmp eq i32 %1873, %7
	%1875 = and i1 %1872, %1874
	%1876 = lshr i32 %1744, 24
	%1877 = and i32 %1876, 255
	%1878 = select i1 %1875, i32 %1877, i32 256
	%1879 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1878)
	%1880 = shl i32 1, %3
	%1881 = sub i32 %1880, 1
	%1882 = and i32 %1879, %1881
	%1883 = icmp eq i32 %1882, 0
	%1884 = and i1 %1875, %1883
	br i1 %1884, label %1885, label %1889

1885:
	%1886 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1877
	%1887 = call i32 @llvm.ctpop.i32(i32 %1879)
	%1888 = atomicrmw add i32 addrspace(3)* %1886, i32 %1887 monotonic
	br label %1889

1889:
	%1890 = add i32 %1555, 2048
	br label %1554

1891:
	br label %1923

1892:
	%1893 = mul i32 %1, 8
	%1894 = add i32 %1893, 6
	%1895 = mul i32 %2, %NQ
	%1896 = add i32 %1895, %1894
	%1897 = mul i32 %1896, %NK
	%1898 = mul i32 %1894, 64
	%1899 = add i32 %1898, %off
	%1900 = add i32 %1894, 1
	%1901 = mul i32 %1900, 64
	%1902 = icmp slt i32 %1901, %M
	%1903 = select i1 %1902, i32 %1901, i32 %M
	%1904 = sub i32 %1903, 1
	%1905 = add i32 %1904, %off
	%1906 = icmp slt i32 %1899, 0
	%1907 = sub i32 0, %1899
	%1908 = sub i32 64, 1
	%1909 = add i32 %1907, %1908
	%1910 = sdiv i32 %1909, 64
	%1911 = sub i32 0, %1910
	%1912 = sdiv i32 %1899, 64
	%1913 = select i1 %1906, i32 %1911, i32 %1912
	%1914 = icmp slt i32 %1905, 0
	%1915 = sub i32 0, %1905
	%1916 = sub i32 64, 1
	%1917 = add i32 %1915, %1916
	%1918 = sdiv i32 %1917, 64
	%1919 = sub i32 0, %1918
	%1920 = sdiv i32 %1905, 64
	%1921 = select i1 %1914, i32 %1919, i32 %1920
	%1922 = icmp slt i32 %1894, %NQ
	br i1 %1922, label %2260, label %2261

1923:
	%1924 = phi i32 [ %0, %1891 ], [ %2259, %2258 ]
	%1925 = phi i32 [ 0, %1891 ], [ %1925, %2258 ]
	%1926 = icmp slt i32 %1924, %15
	br i1 %1926, label %1927, label %2127

1927:
	%1928 = sub i32 %15, 1
	%1929 = add i32 %1924, 0
	%1930 = icmp slt i32 %1929, %15
	%1931 = icmp slt i32 %1929, %1928
	%1932 = select i1 %1931, i32 %1929, i32 %1928
	%1933 = add i32 %1924, 256
	%1934 = icmp slt i32 %1933, %15
	%1935 = icmp slt i32 %1933, %1928
	%1936 = select i1 %1935, i32 %1933, i32 %1928
	%1937 = add i32 %1924, 512
	%1938 = icmp slt i32 %1937, %15
	%1939 = icmp slt i32 %1937, %1928
	%1940 = select i1 %1939, i32 %1937, i32 %1928
	%1941 = add i32 %1924, 768
	%1942 = icmp slt i32 %1941, %15
	%1943 = icmp slt i32 %1941, %1928
	%1944 = select i1 %1943, i32 %1941, i32 %1928
	%1945 = add i32 %1924, 1024
	%1946 = icmp slt i32 %1945, %15
	%1947 = icmp slt i32 %1945, %1928
	%1948 = select i1 %1947, i32 %1945, i32 %1928
	%1949 = add i32 %1924, 1280
	%1950 = icmp slt i32 %1949, %15
	%1951 = icmp slt i32 %1949, %1928
	%1952 = select i1 %1951, i32 %1949, i32 %1928
	%1953 = add i32 %1924, 1536
	%1954 = icmp slt i32 %1953, %15
	%1955 = icmp slt i32 %1953, %1928
	%1956 = select i1 %1955, i32 %1953, i32 %1928
	%1957 = add i32 %1924, 1792
	%1958 = icmp slt i32 %1957, %15
	%1959 = icmp slt i32 %1957, %1928
	%1960 = select i1 %1959, i32 %1957, i32 %1928
	%1961 = sub i32 %NK, 1
	%1962 = icmp slt i32 %1929, %1961
	%1963 = select i1 %1962, i32 %1929, i32 %1961
	%1964 = add i32 %1528, %1963
	%1965 = sext i32 %1964 to i64
	%1966 = getelementptr float, float* %e, i64 %1965
	%1967 = load float, float* %1966
	%1968 = icmp slt i32 %1933, %1961
	%1969 = select i1 %1968, i32 %1933, i32 %1961
	%1970 = add i32 %1528, %1969
	%1971 = sext i32 %1970 to i64
	%1972 = getelementptr float, float* %e, i64 %1971
	%1973 = load float, float* %1972
	%1974 = icmp slt i32 %1937, %1961
	%1975 = select i1 %1974, i32 %1937, i32 %1961
	%1976 = add i32 %1528, %1975
	%1977 = sext i32 %1976 to i64
	%1978 = getelementptr float, float* %e, i64 %1977
	%1979 = load float, float* %1978
	%1980 = icmp slt i32 %1941, %1961
	%1981 = select i1 %1980, i32 %1941, i32 %1961
	%1982 = add i32 %1528, %1981
	%1983 = sext i32 %1982 to i64
	%1984 = getelementptr float, float* %e, i64 %1983
	%1985 = load float, float* %1984
	%1986 = icmp slt i32 %1945, %1961
	%1987 = select i1 %1986, i32 %1945, i32 %1961
	%1988 = add i32 %1528, %1987
	%1989 = sext i32 %1988 to i64
	%1990 = getelementptr float, float* %e, i64 %1989
	%1991 = load float, float* %1990
	%1992 = icmp slt i32 %1949, %1961
	%1993 = select i1 %1992, i32 %1949, i32 %1961
	%1994 = add i32 %1528, %1993
	%1995 = sext i32 %1994 to i64
	%1996 = getelementptr float, float* %e, i64 %1995
	%1997 = load float, float* %1996
	%1998 = icmp slt i32 %1953, %1961
	%1999 = select i1 %1998, i32 %1953, i32 %1961
	%2000 = add i32 %1528, %1999
	%2001 = sext i32 %2000 to i64
	%2002 = getelementptr float, float* %e, i64 %2001
	%2003 = load float, float* %2002
	%2004 = icmp slt i32 %1957, %1961
	%2005 = select i1 %2004, i32 %1957, i32 %1961
	%2006 = add i32 %1528, %2005
	%2007 = sext i32 %2006 to i64
	%2008 = getelementptr float, float* %e, i64 %2007
	%2009 = load float, float* %2008
	%2010 = icmp slt i32 %1929, %NK
	%2011 = fcmp oge float %1967, 0.0
	%2012 = and i1 %2010, %2011
	%2013 = icmp sge i32 %1929, %1544
	%2014 = icmp sle i32 %1929, %1552
	%2015 = and i1 %2013, %2014
	%2016 = or i1 false, %2015
	%2017 = icmp eq i32 %1929, 0
	%2018 = or i1 %2016, %2017
	%2019 = bitcast float %1967 to i32
	%2020 = add i32 %2019, 2
	%2021 = select i1 %2018, i32 1, i32 %2020
	%2022 = select i1 %2012, i32 %2021, i32 0
	%2023 = icmp slt i32 %1933, %NK
	%2024 = fcmp oge float %1973, 0.0
	%2025 = and i1 %2023, %2024
	%2026 = icmp sge i32 %1933, %1544
	%2027 = icmp sle i32 %1933, %1552
	%2028 = and i1 %2026, %2027
	%2029 = or i1 false, %2028
	%2030 = icmp eq i32 %1933, 0
	%2031 = or i1 %2029, %2030
	%2032 = bitcast float %1973 to i32
	%2033 = add i32 %2032, 2
	%2034 = select i1 %2031, i32 1, i32 %2033
	%2035 = select i1 %2025, i32 %2034, i32 0
	%2036 = icmp slt i32 %1937, %NK
	%2037 = fcmp oge float %1979, 0.0
	%2038 = and i1 %2036, %2037
	%2039 = icmp sge i32 %1937, %1544
	%2040 = icmp sle i32 %1937, %1552
	%2041 = and i1 %2039, %2040
	%2042 = or i1 false, %2041
	%2043 = icmp eq i32 %1937, 0
	%2044 = or i1 %2042, %2043
	%2045 = bitcast float %1979 to i32
	%2046 = add i32 %2045, 2
	%2047 = select i1 %2044, i32 1, i32 %2046
	%2048 = select i1 %2038, i32 %2047, i32 0
	%2049 = icmp slt i32 %1941, %NK
	%2050 = fcmp oge float %1985, 0.0
	%2051 = and i1 %2049, %2050
	%2052 = icmp sge i32 %1941, %1544
	%2053 = icmp sle i32 %1941, %1552
	%2054 = and i1 %2052, %2053
	%2055 = or i1 false, %2054
	%2056 = icmp eq i32 %1941, 0
	%2057 = or i1 %2055, %2056
	%2058 = bitcast float %1985 to i32
	%2059 = add i32 %2058, 2
	%2060 = select i1 %2057, i32 1, i32 %2059
	%2061 = select i1 %2051, i32 %2060, i32 0
	%2062 = icmp slt i32 %1945, %NK
	%2063 = fcmp oge float %1991, 0.0
	%2064 = and i1 %2062, %2063
	%2065 = icmp sge i32 %1945, %1544
	%2066 = icmp sle i32 %1945, %1552
	%2067 = and i1 %2065, %2066
	%2068 = or i1 false, %2067
	%2069 = icmp eq i32 %1945, 0
	%2070 = or i1 %2068, %2069
	%2071 = bitcast float %1991 to i32
	%2072 = add i32 %2071, 2
	%2073 = select i1 %2070, i32 1, i32 %2072
	%2074 = select i1 %2064, i32 %2073, i32 0
	%2075 = icmp slt i32 %1949, %NK
	%2076 = fcmp oge float %1997, 0.0
	%2077 = and i1 %2075, %2076
	%2078 = icmp sge i32 %1949, %1544
	%2079 = icmp sle i32 %1949, %1552
	%2080 = and i1 %2078, %2079
	%2081 = or i1 false, %2080
	%2082 = icmp eq i32 %1949, 0
	%2083 = or i1 %2081, %2082
	%2084 = bitcast float %1997 to i32
	%2085 = add i32 %2084, 2
	%2086 = select i1 %2083, i32 1, i32 %2085
	%2087 = select i1 %2077, i32 %2086, i32 0
	%2088 = icmp slt i32 %1953, %NK
	%2089 = fcmp oge float %2003, 0.0
	%2090 = and i1 %2088, %2089
	%2091 = icmp sge i32 %1953, %1544
	%2092 = icmp sle i32 %1953, %1552
	%2093 = and i1 %2091, %2092
	%2094 = or i1 false, %2093
	%2095 = icmp eq i32 %1953, 0
	%2096 = or i1 %2094, %2095
	%2097 = bitcast float %2003 to i32
	%2098 = add i32 %2097, 2
	%2099 = select i1 %2096, i32 1, i32 %2098
	%2100 = select i1 %2090, i32 %2099, i32 0
	%2101 = icmp slt i32 %1957, %NK
	%2102 = fcmp oge float %2009, 0.0
	%2103 = and i1 %2101, %2102
	%2104 = icmp sge i32 %1957, %1544
	%2105 = icmp sle i32 %1957, %1552
	%2106 = and i1 %2104, %2105
	%2107 = or i1 false, %2106
	%2108 = icmp eq i32 %1957, 0
	%2109 = or i1 %2107, %2108
	%2110 = bitcast float %2009 to i32
	%2111 = add i32 %2110, 2
	%2112 = select i1 %2109, i32 1, i32 %2111
	%2113 = select i1 %2103, i32 %2112, i32 0
	%2114 = icmp uge i32 %2022, 2
	%2115 = and i32 %2022, %11
	%2116 = icmp eq i32 %2115, %7
	%2117 = and i1 %2114, %2116
	%2118 = lshr i32 %2022, 24
	%2119 = and i32 %2118, 255
	%2120 = select i1 %2117, i32 %2119, i32 256
	%2121 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2120)
	%2122 = shl i32 1, %3
	%2123 = sub i32 %2122, 1
	%2124 = and i32 %2121, %2123
	%2125 = icmp eq i32 %2124, 0
	%2126 = and i1 %2117, %2125
	br i1 %2126, label %2128, label %2132

2127:
	br label %1892

2128:
	%2129 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2119
	%2130 = call i32 @llvm.ctpop.i32(i32 %2121)
	%2131 = atomicrmw add i32 addrspace(3)* %2129, i32 %2130 monotonic
	br label %2132

2132:
	%2133 = icmp uge i32 %2035, 2
	%2134 = and i32 %2035, %11
	%2135 = icmp eq i32 %2134, %7
	%2136 = and i1 %2133, %2135
	%2137 = lshr i32 %2035, 24
	%2138 = and i32 %2137, 255
	%2139 = select i1 %2136, i32 %2138, i32 256
	%2140 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2139)
	%2141 = shl i32 1, %3
	%2142 = sub i32 %2141, 1
	%2143 = and i32 %2140, %2142
	%2144 = icmp eq i32 %2143, 0
	%2145 = and i1 %2136, %2144
	br i1 %2145, label %2146, label %2150

2146:
	%2147 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2138
	%2148 = call i32 @llvm.ctpop.i32(i32 %2140)
	%2149 = atomicrmw add i32 addrspace(3)* %2147, i32 %2148 monotonic
	br label %2150

2150:
	%2151 = icmp uge i32 %2048, 2
	%2152 = and i32 %2048, %11
	%2153 = icmp eq i32 %2152, %7
	%2154 = and i1 %2151, %2153
	%2155 = lshr i32 %2048, 24
	%2156 = and i32 %2155, 255
	%2157 = select i1 %2154, i32 %2156, i32 256
	%2158 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2157)
	%2159 = shl i32 1, %3
	%2160 = sub i32 %2159, 1
	%2161 = and i32 %2158, %2160
	%2162 = icmp eq i32 %2161, 0
	%2163 = and i1 %2154, %2162
	br i1 %2163, label %2164, label %2168

2164:
	%2165 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2156
	%2166 = call i32 @llvm.ctpop.i32(i32 %2158)
	%2167 = atomicrmw add i32 addrspace(3)* %2165, i32 %2166 monotonic
	br label %2168

2168:
	%2169 = icmp uge i32 %2061, 2
	%2170 = and i32 %2061, %11
	%2171 = icmp eq i32 %2170, %7
	%2172 = and i1 %2169, %2171
	%2173 = lshr i32 %2061, 24
	%2174 = and i32 %2173, 255
	%2175 = select i1 %2172, i32 %2174, i32 256
	%2176 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2175)
	%2177 = shl i32 1, %3
	%2178 = sub i32 %2177, 1
	%2179 = and i32 %2176, %2178
	%2180 = icmp eq i32 %2179, 0
	%2181 = and i1 %2172, %2180
	br i1 %2181, label %2182, label %2186

2182:
	%2183 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2174
	%2184 = call i32 @llvm.ctpop.i32(i32 %2176)
	%2185 = atomicrmw add i32 addrspace(3)* %2183, i32 %2184 monotonic
	br label %2186

2186:
	%2187 = icmp uge i32 %2074, 2
	%2188 = and i32 %2074, %11
	%2189 = icmp eq i32 %2188, %7
	%2190 = and i1 %2187, %2189
	%2191 = lshr i32 %2074, 24
	%2192 = and i32 %2191, 255
	%2193 = select i1 %2190, i32 %2192, i32 256
	%2194 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2193)
	%2195 = shl i32 1, %3
	%2196 = sub i32 %2195, 1
	%2197 = and i32 %2194, %2196
	%2198 = icmp eq i32 %2197, 0
	%2199 = and i1 %2190, %2198
	br i1 %2199, label %2200, label %2204

2200:
	%2201 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2192
	%2202 = call i32 @llvm.ctpop.i32(i32 %2194)
	%2203 = atomicrmw add i32 addrspace(3)* %2201, i32 %2202 monotonic
	br label %2204

2204:
	%2205 = icmp uge i32 %2087, 2
	%2206 = and i32 %2087, %11
	%2207 = icmp eq i32 %2206, %7
	%2208 = and i1 %2205, %2207
	%2209 = lshr i32 %2087, 24
	%2210 = and i32 %2209, 255
	%2211 = select i1 %2208, i32 %2210, i32 256
	%2212 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2211)
	%2213 = shl i32 1, %3
	%2214 = sub i32 %2213, 1
	%2215 = and i32 %2212, %2214
	%2216 = icmp eq i32 %2215, 0
	%2217 = and i1 %2208, %2216
	br i1 %2217, label %2218, label %2222

2218:
	%2219 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2210
	%2220 = call i32 @llvm.ctpop.i32(i32 %2212)
	%2221 = atomicrmw add i32 addrspace(3)* %2219, i32 %2220 monotonic
	br label %2222

2222:
	%2223 = icmp uge i32 %2100, 2
	%2224 = and i32 %2100, %11
	%2225 = icmp eq i32 %2224, %7
	%2226 = and i1 %2223, %2225
	%2227 = lshr i32 %2100, 24
	%2228 = and i32 %2227, 255
	%2229 = select i1 %2226, i32 %2228, i32 256
	%2230 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2229)
	%2231 = shl i32 1, %3
	%2232 = sub i32 %2231, 1
	%2233 = and i32 %2230, %2232
	%2234 = icmp eq i32 %2233, 0
	%2235 = and i1 %2226, %2234
	br i1 %2235, label %2236, label %2240

2236:
	%2237 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2228
	%2238 = call i32 @llvm.ctpop.i32(i32 %2230)
	%2239 = atomicrmw add i32 addrspace(3)* %2237, i32 %2238 monotonic
	br label %2240

2240:
	%2241 = icmp uge i32 %2113, 2
	%2242 = and i32 %2113, %11
	%2243 = icmp eq i32 %2242, %7
	%2244 = and i1 %2241, %2243
	%2245 = lshr i32 %2113, 24
	%2246 = and i32 %2245, 255
	%2247 = select i1 %2244, i32 %2246, i32 256
	%2248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2247)
	%2249 = shl i32 1, %3
	%2250 = sub i32 %2249, 1
	%2251 = and i32 %2248, %2250
	%2252 = icmp eq i32 %2251, 0
	%2253 = and i1 %2244, %2252
	br i1 %2253, label %2254, label %2258

2254:
	%2255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2246
	%2256 = call i32 @llvm.ctpop.i32(i32 %2248)
	%2257 = atomicrmw add i32 addrspace(3)* %2255, i32 %2256 monotonic
	br label %2258

2258:
	%2259 = add i32 %1924, 2048
	br label %1923

2260:
	br label %2292

2261:
	%2262 = mul i32 %1, 8
	%2263 = add i32 %2262, 7
	%2264 = mul i32 %2, %NQ
	%2265 = add i32 %2264, %2263
	%2266 = mul i32 %2265, %NK
	%2267 = mul i32 %2263, 64
	%2268 = add i32 %2267, %off
	%2269 = add i32 %2263, 1
	%2270 = mul i32 %2269, 64
	%2271 = icmp slt i32 %2270, %M
	%2272 = select i1 %2271, i32 %2270, i32 %M
	%2273 = sub i32 %2272, 1
	%2274 = add i32 %2273, %off
	%2275 = icmp slt i32 %2268, 0
	%2276 = sub i32 0, %2268
	%2277 = sub i32 64, 1
	%2278 = add i32 %2276, %2277
	%2279 = sdiv i32 %2278, 64
	%2280 = sub i32 0, %2279
	%2281 = sdiv i32 %2268, 64
	%2282 = select i1 %2275, i32 %2280, i32 %2281
	%2283 = icmp slt i32 %2274, 0
	%2284 = sub i32 0, %2274
	%2285 = sub i32 64, 1
	%2286 = add i32 %2284, %2285
	%2287 = sdiv i32 %2286, 64
	%2288 = sub i32 0, %2287
	%2289 = sdiv i32 %2274, 64
	%2290 = select i1 %2283, i32 %2288, i32 %2289
	%2291 = icmp slt i32 %2263, %NQ
	br i1 %2291, label %2629, label %2630

2292:
	%2293 = phi i32 [ %0, %2260 ], [ %2628, %2627 ]
	%2294 = phi i32 [ 0, %2260 ], [ %2294, %2627 ]
	%2295 = icmp slt i32 %2293, %15
	br i1 %2295, label %2296, label %2496

2296:
	%2297 = sub i32 %15, 1
	%2298 = add i32 %2293, 0
	%2299 = icmp slt i32 %2298, %15
	%2300 = icmp slt i32 %2298, %2297
	%2301 = select i1 %2300, i32 %2298, i32 %2297
	%2302 = add i32 %2293, 256
	%2303 = icmp slt i32 %2302, %15
	%2304 = icmp slt i32 %2302, %2297
	%2305 = select i1 %2304, i32 %2302, i32 %2297
	%2306 = add i32 %2293, 512
	%2307 = icmp slt i32 %2306, %15
	%2308 = icmp slt i32 %2306, %2297
	%2309 = select i1 %2308, i32 %2306, i32 %2297
	%2310 = add i32 %2293, 768
	%2311 = icmp slt i32 %2310, %15
	%2312 = icmp slt i32 %2310, %2297
	%2313 = select i1 %2312, i32 %2310, i32 %2297
	%2314 = add i32 %2293, 1024
	%2315 = icmp slt i32 %2314, %15
	%2316 = icmp slt i32 %2314, %2297
	%2317 = select i1 %2316, i32 %2314, i32 %2297
	%2318 = add i32 %2293, 1280
	%2319 = icmp slt i32 %2318, %15
	%2320 = icmp slt i32 %2318, %2297
	%2321 = select i1 %2320, i32 %2318, i32 %2297
	%2322 = add i32 %2293, 1536
	%2323 = icmp slt i32 %2322, %15
	%2324 = icmp slt i32 %2322, %2297
	%2325 = select i1 %2324, i32 %2322, i32 %2297
	%2326 = add i32 %2293, 1792
	%2327 = icmp slt i32 %2326, %15
	%2328 = icmp slt i32 %2326, %2297
	%2329 = select i1 %2328, i32 %2326, i32 %2297
	%2330 = sub i32 %NK, 1
	%2331 = icmp slt i32 %2298, %2330
	%2332 = select i1 %2331, i32 %2298, i32 %2330
	%2333 = add i32 %1897, %2332
	%2334 = sext i32 %2333 to i64
	%2335 = getelementptr float, float* %e, i64 %2334
	%2336 = load float, float* %2335
	%2337 = icmp slt i32 %2302, %2330
	%2338 = select i1 %2337, i32 %2302, i32 %2330
	%2339 = add i32 %1897, %2338
	%2340 = sext i32 %2339 to i64
	%2341 = getelementptr float, float* %e, i64 %2340
	%2342 = load float, float* %2341
	%2343 = icmp slt i32 %2306, %2330
	%2344 = select i1 %2343, i32 %2306, i32 %2330
	%2345 = add i32 %1897, %2344
	%2346 = sext i32 %2345 to i64
	%2347 = getelementptr float, float* %e, i64 %2346
	%2348 = load float, float* %2347
	%2349 = icmp slt i32 %2310, %2330
	%2350 = select i1 %2349, i32 %2310, i32 %2330
	%2351 = add i32 %1897, %2350
	%2352 = sext i32 %2351 to i64
	%2353 = getelementptr float, float* %e, i64 %2352
	%2354 = load float, float* %2353
	%2355 = icmp slt i32 %2314, %2330
	%2356 = select i1 %2355, i32 %2314, i32 %2330
	%2357 = add i32 %1897, %2356
	%2358 = sext i32 %2357 to i64
	%2359 = getelementptr float, float* %e, i64 %2358
	%2360 = load float, float* %2359
	%2361 = icmp slt i32 %2318, %2330
	%2362 = select i1 %2361, i32 %2318, i32 %2330
	%2363 = add i32 %1897, %2362
	%2364 = sext i32 %2363 to i64
	%2365 = getelementptr float, float* %e, i64 %2364
	%2366 = load float, float* %2365
	%2367 = icmp slt i32 %2322, %2330
	%2368 = select i1 %2367, i32 %2322, i32 %2330
	%2369 = add i32 %1897, %2368
	%2370 = sext i32 %2369 to i64
	%2371 = getelementptr float, float* %e, i64 %2370
	%2372 = load float, float* %2371
	%2373 = icmp slt i32 %2326, %2330
	%2374 = select i1 %2373, i32 %2326, i32 %2330
	%2375 = add i32 %1897, %2374
	%2376 = sext i32 %2375 to i64
	%2377 = getelementptr float, float* %e, i64 %2376
	%2378 = load float, float* %2377
	%2379 = icmp slt i32 %2298, %NK
	%2380 = fcmp oge float %2336, 0.0
	%2381 = and i1 %2379, %2380
	%2382 = icmp sge i32 %2298, %1913
	%2383 = icmp sle i32 %2298, %1921
	%2384 = and i1 %2382, %2383
	%2385 = or i1 false, %2384
	%2386 = icmp eq i32 %2298, 0
	%2387 = or i1 %2385, %2386
	%2388 = bitcast float %2336 to i32
	%2389 = add i32 %2388, 2
	%2390 = select i1 %2387, i32 1, i32 %2389
	%2391 = select i1 %2381, i32 %2390, i32 0
	%2392 = icmp slt i32 %2302, %NK
	%2393 = fcmp oge float %2342, 0.0
	%2394 = and i1 %2392, %2393
	%2395 = icmp sge i32 %2302, %1913
	%2396 = icmp sle i32 %2302, %1921
	%2397 = and i1 %2395, %2396
	%2398 = or i1 false, %2397
	%2399 = icmp eq i32 %2302, 0
	%2400 = or i1 %2398, %2399
	%2401 = bitcast float %2342 to i32
	%2402 = add i32 %2401, 2
	%2403 = select i1 %2400, i32 1, i32 %2402
	%2404 = select i1 %2394, i32 %2403, i32 0
	%2405 = icmp slt i32 %2306, %NK
	%2406 = fcmp oge float %2348, 0.0
	%2407 = and i1 %2405, %2406
	%2408 = icmp sge i32 %2306, %1913
	%2409 = icmp sle i32 %2306, %1921
	%2410 = and i1 %2408, %2409
	%2411 = or i1 false, %2410
	%2412 = icmp eq i32 %2306, 0
	%2413 = or i1 %2411, %2412
	%2414 = bitcast float %2348 to i32
	%2415 = add i32 %2414, 2
	%2416 = select i1 %2413, i32 1, i32 %2415
	%2417 = select i1 %2407, i32 %2416, i32 0
	%2418 = icmp slt i32 %2310, %NK
	%2419 = fcmp oge float %2354, 0.0
	%2420 = and i1 %2418, %2419
	%2421 = icmp sge i32 %2310, %1913
	%2422 = icmp sle i32 %2310, %1921
	%2423 = and i1 %2421, %2422
	%2424 = or i1 false, %2423
	%2425 = icmp eq i32 %2310, 0
	%2426 = or i1 %2424, %2425
	%2427 = bitcast float %2354 to i32
	%2428 = add i32 %2427, 2
	%2429 = select i1 %2426, i32 1, i32 %2428
	%2430 = select i1 %2420, i32 %2429, i32 0
	%2431 = icmp slt i32 %2314, %NK
	%2432 = fcmp oge float %2360, 0.0
	%2433 = and i1 %2431, %2432
	%2434 = icmp sge i32 %2314, %1913
	%2435 = icmp sle i32 %2314, %1921
	%2436 = and i1 %2434, %2435
	%2437 = or i1 false, %2436
	%2438 = icmp eq i32 %2314, 0
	%2439 = or i1 %2437, %2438
	%2440 = bitcast float %2360 to i32
	%2441 = add i32 %2440, 2
	%2442 = select i1 %2439, i32 1, i32 %2441
	%2443 = select i1 %2433, i32 %2442, i32 0
	%2444 = icmp slt i32 %2318, %NK
	%2445 = fcmp oge float %2366, 0.0
	%2446 = and i1 %2444, %2445
	%2447 = icmp sge i32 %2318, %1913
	%2448 = icmp sle i32 %2318, %1921
	%2449 = and i1 %2447, %2448
	%2450 = or i1 false, %2449
	%2451 = icmp eq i32 %2318, 0
	%2452 = or i1 %2450, %2451
	%2453 = bitcast float %2366 to i32
	%2454 = add i32 %2453, 2
	%2455 = select i1 %2452, i32 1, i32 %2454
	%2456 = select i1 %2446, i32 %2455, i32 0
	%2457 = icmp slt i32 %2322, %NK
	%2458 = fcmp oge float %2372, 0.0
	%2459 = and i1 %2457, %2458
	%2460 = icmp sge i32 %2322, %1913
	%2461 = icmp sle i32 %2322, %1921
	%2462 = and i1 %2460, %2461
	%2463 = or i1 false, %2462
	%2464 = icmp eq i32 %2322, 0
	%2465 = or i1 %2463, %2464
	%2466 = bitcast float %2372 to i32
	%2467 = add i32 %2466, 2
	%2468 = select i1 %2465, i32 1, i32 %2467
	%2469 = select i1 %2459, i32 %2468, i32 0
	%2470 = icmp slt i32 %2326, %NK
	%2471 = fcmp oge float %2378, 0.0
	%2472 = and i1 %2470, %2471
	%2473 = icmp sge i32 %2326, %1913
	%2474 = icmp sle i32 %2326, %1921
	%2475 = and i1 %2473, %2474
	%2476 = or i1 false, %2475
	%2477 = icmp eq i32 %2326, 0
	%2478 = or i1 %2476, %2477
	%2479 = bitcast float %2378 to i32
	%2480 = add i32 %2479, 2
	%2481 = select i1 %2478, i32 1, i32 %2480
	%2482 = select i1 %2472, i32 %2481, i32 0
	%2483 = icmp uge i32 %2391, 2
	%2484 = and i32 %2391, %11
	%2485 = icmp eq i32 %2484, %7
	%2486 = and i1 %2483, %2485
	%2487 = lshr i32 %2391, 24
	%2488 = and i32 %2487, 255
	%2489 = select i1 %2486, i32 %2488, i32 256
	%2490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2489)
	%2491 = shl i32 1, %3
	%2492 = sub i32 %2491, 1
	%2493 = and i32 %2490, %2492
	%2494 = icmp eq i32 %2493, 0
	%2495 = and i1 %2486, %2494
	br i1 %2495, label %2497, label %2501

2496:
	br label %2261

2497:
	%2498 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2488
	%2499 = call i32 @llvm.ctpop.i32(i32 %2490)
	%2500 = atomicrmw add i32 addrspace(3)* %2498, i32 %2499 monotonic
	br label %2501

2501:
	%2502 = icmp uge i32 %2404, 2
	%2503 = and i32 %2404, %11
	%2504 = icmp eq i32 %2503, %7
	%2505 = and i1 %2502, %2504
	%2506 = lshr i32 %2404, 24
	%2507 = and i32 %2506, 255
	%2508 = select i1 %2505, i32 %2507, i32 256
	%2509 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2508)
	%2510 = shl i32 1, %3
	%2511 = sub i32 %2510, 1
	%2512 = and i32 %2509, %2511
	%2513 = icmp eq i32 %2512, 0
	%2514 = and i1 %2505, %2513
	br i1 %2514, label %2515, label %2519

2515:
	%2516 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2507
	%2517 = call i32 @llvm.ctpop.i32(i32 %2509)
	%2518 = atomicrmw add i32 addrspace(3)* %2516, i32 %2517 monotonic
	br label %2519

2519:
	%2520 = icmp uge i32 %2417, 2
	%2521 = and i32 %2417, %11
	%2522 = icmp eq i32 %2521, %7
	%2523 = and i1 %2520, %2522
	%2524 = lshr i32 %2417, 24
	%2525 = and i32 %2524, 255
	%2526 = select i1 %2523, i32 %2525, i32 256
	%2527 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2526)
	%2528 = shl i32 1, %3
	%2529 = sub i32 %2528, 1
	%2530 = and i32 %2527, %2529
	%2531 = icmp eq i32 %2530, 0
	%2532 = and i1 %2523, %2531
	br i1 %2532, label %2533, label %2537

2533:
	%2534 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2525
	%2535 = call i32 @llvm.ctpop.i32(i32 %2527)
	%2536 = atomicrmw add i32 addrspace(3)* %2534, i32 %2535 monotonic
	br label %2537

2537:
	%2538 = icmp uge i32 %2430, 2
	%2539 = and i32 %2430, %11
	%2540 = icmp eq i32 %2539, %7
	%2541 = and i1 %2538, %2540
	%2542 = lshr i32 %2430, 24
	%2543 = and i32 %2542, 255
	%2544 = select i1 %2541, i32 %2543, i32 256
	%2545 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2544)
	%2546 = shl i32 1, %3
	%2547 = sub i32 %2546, 1
	%2548 = and i32 %2545, %2547
	%2549 = icmp eq i32 %2548, 0
	%2550 = and i1 %2541, %2549
	br i1 %2550, label %2551, label %2555

2551:
	%2552 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2543
	%2553 = call i32 @llvm.ctpop.i32(i32 %2545)
	%2554 = atomicrmw add i32 addrspace(3)* %2552, i32 %2553 monotonic
	br label %2555

2555:
	%2556 = icmp uge i32 %2443, 2
	%2557 = and i32 %2443, %11
	%2558 = icmp eq i32 %2557, %7
	%2559 = and i1 %2556, %2558
	%2560 = lshr i32 %2443, 24
	%2561 = and i32 %2560, 255
	%2562 = select i1 %2559, i32 %2561, i32 256
	%2563 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2562)
	%2564 = shl i32 1, %3
	%2565 = sub i32 %2564, 1
	%2566 = and i32 %2563, %2565
	%2567 = icmp eq i32 %2566, 0
	%2568 = and i1 %2559, %2567
	br i1 %2568, label %2569, label %2573

2569:
	%2570 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2561
	%2571 = call i32 @llvm.ctpop.i32(i32 %2563)
	%2572 = atomicrmw add i32 addrspace(3)* %2570, i32 %2571 monotonic
	br label %2573

2573:
	%2574 = icmp uge i32 %2456, 2
	%2575 = and i32 %2456, %11
	%2576 = icmp eq i32 %2575, %7
	%2577 = and i1 %2574, %2576
	%2578 = lshr i32 %2456, 24
	%2579 = and i32 %2578, 255
	%2580 = select i1 %2577, i32 %2579, i32 256
	%2581 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2580)
	%2582 = shl i32 1, %3
	%2583 = sub i32 %2582, 1
	%2584 = and i32 %2581, %2583
	%2585 = icmp eq i32 %2584, 0
	%2586 = and i1 %2577, %2585
	br i1 %2586, label %2587, label %2591

2587:
	%2588 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2579
	%2589 = call i32 @llvm.ctpop.i32(i32 %2581)
	%2590 = atomicrmw add i32 addrspace(3)* %2588, i32 %2589 monotonic
	br label %2591

2591:
	%2592 = icmp uge i32 %2469, 2
	%2593 = and i32 %2469, %11
	%2594 = icmp eq i32 %2593, %7
	%2595 = and i1 %2592, %2594
	%2596 = lshr i32 %2469, 24
	%2597 = and i32 %2596, 255
	%2598 = select i1 %2595, i32 %2597, i32 256
	%2599 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2598)
	%2600 = shl i32 1, %3
	%2601 = sub i32 %2600, 1
	%2602 = and i32 %2599, %2601
	%2603 = icmp eq i32 %2602, 0
	%2604 = and i1 %2595, %2603
	br i1 %2604, label %2605, label %2609

2605:
	%2606 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2597
	%2607 = call i32 @llvm.ctpop.i32(i32 %2599)
	%2608 = atomicrmw add i32 addrspace(3)* %2606, i32 %2607 monotonic
	br label %2609

2609:
	%2610 = icmp uge i32 %2482, 2
	%2611 = and i32 %2482, %11
	%2612 = icmp eq i32 %2611, %7
	%2613 = and i1 %2610, %2612
	%2614 = lshr i32 %2482, 24
	%2615 = and i32 %2614, 255
	%2616 = select i1 %2613, i32 %2615, i32 256
	%2617 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2616)
	%2618 = shl i32 1, %3
	%2619 = sub i32 %2618, 1
	%2620 = and i32 %2617, %2619
	%2621 = icmp eq i32 %2620, 0
	%2622 = and i1 %2613, %2621
	br i1 %2622, label %2623, label %2627

2623:
	%2624 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2615
	%2625 = call i32 @llvm.ctpop.i32(i32 %2617)
	%2626 = atomicrmw add i32 addrspace(3)* %2624, i32 %2625 monotonic
	br label %2627

2627:
	%2628 = add i32 %2293, 2048
	br label %2292

2629:
	br label %2634

2630:
	call void @llvm.nvvm.barrier0()
	%2631 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	%2632 = load i32, i32 addrspace(3)* %2631
	%2633 = icmp ne i32 %2632, 0
	br i1 %2633, label %2971, label %2977

2634:
	%2635 = phi i32 [ %0, %2629 ], [ %2970, %2969 ]
	%2636 = phi i32 [ 0, %2629 ], [ %2636, %2969 ]
	%2637 = icmp slt i32 %2635, %15
	br i1 %2637, label %2638, label %2838

2638:
	%2639 = sub i32 %15, 1
	%2640 = add i32 %2635, 0
	%2641 = icmp slt i32 %2640, %15
	%2642 = icmp slt i32 %2640, %2639
	%2643 = select i1 %2642, i32 %2640, i32 %2639
	%2644 = add i32 %2635, 256
	%2645 = icmp slt i32 %2644, %15
	%2646 = icmp slt i32 %2644, %2639
	%2647 = select i1 %2646, i32 %2644, i32 %2639
	%2648 = add i32 %2635, 512
	%2649 = icmp slt i32 %2648, %15
	%2650 = icmp slt i32 %2648, %2639
	%2651 = select i1 %2650, i32 %2648, i32 %2639
	%2652 = add i32 %2635, 768
	%2653 = icmp slt i32 %2652, %15
	%2654 = icmp slt i32 %2652, %2639
	%2655 = select i1 %2654, i32 %2652, i32 %2639
	%2656 = add i32 %2635, 1024
	%2657 = icmp slt i32 %2656, %15
	%2658 = icmp slt i32 %2656, %2639
	%2659 = select i1 %2658, i32 %2656, i32 %2639
	%2660 = add i32 %2635, 1280
	%2661 = icmp slt i32 %2660, %15
	%2662 = icmp slt i32 %2660, %2639
	%2663 = select i1 %2662, i32 %2660, i32 %2639
	%2664 = add i32 %2635, 1536
	%2665 = icmp slt i32 %2664, %15
	%2666 = icmp slt i32 %2664, %2639
	%2667 = select i1 %2666, i32 %2664, i32 %2639
	%2668 = add i32 %2635, 1792
	%2669 = icmp slt i32 %2668, %15
	%2670 = icmp slt i32 %2668, %2639
	%2671 = select i1 %2670, i32 %2668, i32 %2639
	%2672 = sub i32 %NK, 1
	%2673 = icmp slt i32 %2640, %2672
	%2674 = select i1 %2673, i32 %2640, i32 %2672
	%2675 = add i32 %2266, %2674
	%2676 = sext i32 %2675 to i64
	%2677 = getelementptr float, float* %e, i64 %2676
	%2678 = load float, float* %2677
	%2679 = icmp slt i32 %2644, %2672
	%2680 = select i1 %2679, i32 %2644, i32 %2672
	%2681 = add i32 %2266, %2680
	%2682 = sext i32 %2681 to i64
	%2683 = getelementptr float, float* %e, i64 %2682
	%2684 = load float, float* %2683
	%2685 = icmp slt i32 %2648, %2672
	%2686 = select i1 %2685, i32 %2648, i32 %2672
	%2687 = add i32 %2266, %2686
	%2688 = sext i32 %2687 to i64
	%2689 = getelementptr float, float* %e, i64 %2688
	%2690 = load float, float* %2689
	%2691 = icmp slt i32 %2652, %2672
	%2692 = select i1 %2691, i32 %2652, i32 %2672
	%2693 = add i32 %2266, %2692
	%2694 = sext i32 %2693 to i64
	%2695 = getelementptr float, float* %e, i64 %2694
	%2696 = load float, float* %2695
	%2697 = icmp slt i32 %2656, %2672
	%2698 = select i1 %2697, i32 %2656, i32 %2672
	%2699 = add i32 %2266, %2698
	%2700 = sext i32 %2699 to i64
	%2701 = getelementptr float, float* %e, i64 %2700
	%2702 = load float, float* %2701
	%2703 = icmp slt i32 %2660, %2672
	%2704 = select i1 %2703, i32 %2660, i32 %2672
	%2705 = add i32 %2266, %2704
	%2706 = sext i32 %2705 to i64
	%2707 = getelementptr float, float* %e, i64 %2706
	%2708 = load float, float* %2707
	%2709 = icmp slt i32 %2664, %2672
	%2710 = select i1 %2709, i32 %2664, i32 %2672
	%2711 = add i32 %2266, %2710
	%2712 = sext i32 %2711 to i64
	%2713 = getelementptr float, float* %e, i64 %2712
	%2714 = load float, float* %2713
	%2715 = icmp slt i32 %2668, %2672
	%2716 = select i1 %2715, i32 %2668, i32 %2672
	%2717 = add i32 %2266, %2716
	%2718 = sext i32 %2717 to i64
	%2719 = getelementptr float, float* %e, i64 %2718
	%2720 = load float, float* %2719
	%2721 = icmp slt i32 %2640, %NK
	%2722 = fcmp oge float %2678, 0.0
	%2723 = and i1 %2721, %2722
	%2724 = icmp sge i32 %2640, %2282
	%2725 = icmp sle i32 %2640, %2290
	%2726 = and i1 %2724, %2725
	%2727 = or i1 false, %2726
	%2728 = icmp eq i32 %2640, 0
	%2729 = or i1 %2727, %2728
	%2730 = bitcast float %2678 to i32
	%2731 = add i32 %2730, 2
	%2732 = select i1 %2729, i32 1, i32 %2731
	%2733 = select i1 %2723, i32 %2732, i32 0
	%2734 = icmp slt i32 %2644, %NK
	%2735 = fcmp oge float %2684, 0.0
	%2736 = and i1 %2734, %2735
	%2737 = icmp sge i32 %2644, %2282
	%2738 = icmp sle i32 %2644, %2290
	%2739 = and i1 %2737, %2738
	%2740 = or i1 false, %2739
	%2741 = icmp eq i32 %2644, 0
	%2742 = or i1 %2740, %2741
	%2743 = bitcast float %2684 to i32
	%2744 = add i32 %2743, 2
	%2745 = select i1 %2742, i32 1, i32 %2744
	%2746 = select i1 %2736, i32 %2745, i32 0
	%2747 = icmp slt i32 %2648, %NK
	%2748 = fcmp oge float %2690, 0.0
	%2749 = and i1 %2747, %2748
	%2750 = icmp sge i32 %2648, %2282
	%2751 = icmp sle i32 %2648, %2290
	%2752 = and i1 %2750, %2751
	%2753 = or i1 false, %2752
	%2754 = icmp eq i32 %2648, 0
	%2755 = or i1 %2753, %2754
	%2756 = bitcast float %2690 to i32
	%2757 = add i32 %2756, 2
	%2758 = select i1 %2755, i32 1, i32 %2757
	%2759 = select i1 %2749, i32 %2758, i32 0
	%2760 = icmp slt i32 %2652, %NK
	%2761 = fcmp oge float %2696, 0.0
	%2762 = and i1 %2760, %2761
	%2763 = icmp sge i32 %2652, %2282
	%2764 = icmp sle i32 %2652, %2290
	%2765 = and i1 %2763, %2764
	%2766 = or i1 false, %2765
	%2767 = icmp eq i32 %2652, 0
	%2768 = or i1 %2766, %2767
	%2769 = bitcast float %2696 to i32
	%2770 = add i32 %2769, 2
	%2771 = select i1 %2768, i32 1, i32 %2770
	%2772 = select i1 %2762, i32 %2771, i32 0
	%2773 = icmp slt i32 %2656, %NK
	%2774 = fcmp oge float %2702, 0.0
	%2775 = and i1 %2773, %2774
	%2776 = icmp sge i32 %2656, %2282
	%2777 = icmp sle i32 %2656, %2290
	%2778 = and i1 %2776, %2777
	%2779 = or i1 false, %2778
	%2780 = icmp eq i32 %2656, 0
	%2781 = or i1 %2779, %2780
	%2782 = bitcast float %2702 to i32
	%2783 = add i32 %2782, 2
	%2784 = select i1 %2781, i32 1, i32 %2783
	%2785 = select i1 %2775, i32 %2784, i32 0
	%2786 = icmp slt i32 %2660, %NK
	%2787 = fcmp oge float %2708, 0.0
	%2788 = and i1 %2786, %2787
	%2789 = icmp sge i32 %2660, %2282
	%2790 = icmp sle i32 %2660, %2290
	%2791 = and i1 %2789, %2790
	%2792 = or i1 false, %2791
	%2793 = icmp eq i32 %2660, 0
	%2794 = or i1 %2792, %2793
	%2795 = bitcast float %2708 to i32
	%2796 = add i32 %2795, 2
	%2797 = select i1 %2794, i32 1, i32 %2796
	%2798 = select i1 %2788, i32 %2797, i32 0
	%2799 = icmp slt i32 %2664, %NK
	%2800 = fcmp oge float %2714, 0.0
	%2801 = and i1 %2799, %2800
	%2802 = icmp sge i32 %2664, %2282
	%2803 = icmp sle i32 %2664, %2290
	%2804 = and i1 %2802, %2803
	%2805 = or i1 false, %2804
	%2806 = icmp eq i32 %2664, 0
	%2807 = or i1 %2805, %2806
	%2808 = bitcast float %2714 to i32
	%2809 = add i32 %2808, 2
	%2810 = select i1 %2807, i32 1, i32 %2809
	%2811 = select i1 %2801, i32 %2810, i32 0
	%2812 = icmp slt i32 %2668, %NK
	%2813 = fcmp oge float %2720, 0.0
	%2814 = and i1 %2812, %2813
	%2815 = icmp sge i32 %2668, %2282
	%2816 = icmp sle i32 %2668, %2290
	%2817 = and i1 %2815, %2816
	%2818 = or i1 false, %2817
	%2819 = icmp eq i32 %2668, 0
	%2820 = or i1 %2818, %2819
	%2821 = bitcast float %2720 to i32
	%2822 = add i32 %2821, 2
	%2823 = select i1 %2820, i32 1, i32 %2822
	%2824 = select i1 %2814, i32 %2823, i32 0
	%2825 = icmp uge i32 %2733, 2
	%2826 = and i32 %2733, %11
	%2827 = icmp eq i32 %2826, %7
	%2828 = and i1 %2825, %2827
	%2829 = lshr i32 %2733, 24
	%2830 = and i32 %2829, 255
	%2831 = select i1 %2828, i32 %2830, i32 256
	%2832 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2831)
	%2833 = shl i32 1, %3
	%2834 = sub i32 %2833, 1
	%2835 = and i32 %2832, %2834
	%2836 = icmp eq i32 %2835, 0
	%2837 = and i1 %2828, %2836
	br i1 %2837, label %2839, label %2843

2838:
	br label %2630

2839:
	%2840 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2830
	%2841 = call i32 @llvm.ctpop.i32(i32 %2832)
	%2842 = atomicrmw add i32 addrspace(3)* %2840, i32 %2841 monotonic
	br label %2843

2843:
	%2844 = icmp uge i32 %2746, 2
	%2845 = and i32 %2746, %11
	%2846 = icmp eq i32 %2845, %7
	%2847 = and i1 %2844, %2846
	%2848 = lshr i32 %2746, 24
	%2849 = and i32 %2848, 255
	%2850 = select i1 %2847, i32 %2849, i32 256
	%2851 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2850)
	%2852 = shl i32 1, %3
	%2853 = sub i32 %2852, 1
	%2854 = and i32 %2851, %2853
	%2855 = icmp eq i32 %2854, 0
	%2856 = and i1 %2847, %2855
	br i1 %2856, label %2857, label %2861

2857:
	%2858 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2849
	%2859 = call i32 @llvm.ctpop.i32(i32 %2851)
	%2860 = atomicrmw add i32 addrspace(3)* %2858, i32 %2859 monotonic
	br label %2861

2861:
	%2862 = icmp uge i32 %2759, 2
	%2863 = and i32 %2759, %11
	%2864 = icmp eq i32 %2863, %7
	%2865 = and i1 %2862, %2864
	%2866 = lshr i32 %2759, 24
	%2867 = and i32 %2866, 255
	%2868 = select i1 %2865, i32 %2867, i32 256
	%2869 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2868)
	%2870 = shl i32 1, %3
	%2871 = sub i32 %2870, 1
	%2872 = and i32 %2869, %2871
	%2873 = icmp eq i32 %2872, 0
	%2874 = and i1 %2865, %2873
	br i1 %2874, label %2875, label %2879

2875:
	%2876 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2867
	%2877 = call i32 @llvm.ctpop.i32(i32 %2869)
	%2878 = atomicrmw add i32 addrspace(3)* %2876, i32 %2877 monotonic
	br label %2879

2879:
	%2880 = icmp uge i32 %2772, 2
	%2881 = and i32 %2772, %11
	%2882 = icmp eq i32 %2881, %7
	%2883 = and i1 %2880, %2882
	%2884 = lshr i32 %2772, 24
	%2885 = and i32 %2884, 255
	%2886 = select i1 %2883, i32 %2885, i32 256
	%2887 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2886)
	%2888 = shl i32 1, %3
	%2889 = sub i32 %2888, 1
	%2890 = and i32 %2887, %2889
	%2891 = icmp eq i32 %2890, 0
	%2892 = and i1 %2883, %2891
	br i1 %2892, label %2893, label %2897

2893:
	%2894 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2885
	%2895 = call i32 @llvm.ctpop.i32(i32 %2887)
	%2896 = atomicrmw add i32 addrspace(3)* %2894, i32 %2895 monotonic
	br label %2897

2897:
	%2898 = icmp uge i32 %2785, 2
	%2899 = and i32 %2785, %11
	%2900 = icmp eq i32 %2899, %7
	%2901 = and i1 %2898, %2900
	%2902 = lshr i32 %2785, 24
	%2903 = and i32 %2902, 255
	%2904 = select i1 %2901, i32 %2903, i32 256
	%2905 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2904)
	%2906 = shl i32 1, %3
	%2907 = sub i32 %2906, 1
	%2908 = and i32 %2905, %2907
	%2909 = icmp eq i32 %2908, 0
	%2910 = and i1 %2901, %2909
	br i1 %2910, label %2911, label %2915

2911:
	%2912 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2903
	%2913 = call i32 @llvm.ctpop.i32(i32 %2905)
	%2914 = atomicrmw add i32 addrspace(3)* %2912, i32 %2913 monotonic
	br label %2915

2915:
	%2916 = icmp uge i32 %2798, 2
	%2917 = and i32 %2798, %11
	%2918 = icmp eq i32 %2917, %7
	%2919 = and i1 %2916, %2918
	%2920 = lshr i32 %2798, 24
	%2921 = and i32 %2920, 255
	%2922 = select i1 %2919, i32 %2921, i32 256
	%2923 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2922)
	%2924 = shl i32 1, %3
	%2925 = sub i32 %2924, 1
	%2926 = and i32 %2923, %2925
	%2927 = icmp eq i32 %2926, 0
	%2928 = and i1 %2919, %2927
	br i1 %2928, label %2929, label %2933

2929:
	%2930 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2921
	%2931 = call i32 @llvm.ctpop.i32(i32 %2923)
	%2932 = atomicrmw add i32 addrspace(3)* %2930, i32 %2931 monotonic
	br label %2933

2933:
	%2934 = icmp uge i32 %2811, 2
	%2935 = and i32 %2811, %11
	%2936 = icmp eq i32 %2935, %7
	%2937 = and i1 %2934, %2936
	%2938 = lshr i32 %2811, 24
	%2939 = and i32 %2938, 255
	%2940 = select i1 %2937, i32 %2939, i32 256
	%2941 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2940)
	%2942 = shl i32 1, %3
	%2943 = sub i32 %2942, 1
	%2944 = and i32 %2941, %2943
	%2945 = icmp eq i32 %2944, 0
	%2946 = and i1 %2937, %2945
	br i1 %2946, label %2947, label %2951

2947:
	%2948 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2939
	%2949 = call i32 @llvm.ctpop.i32(i32 %2941)
	%2950 = atomicrmw add i32 addrspace(3)* %2948, i32 %2949 monotonic
	br label %2951

2951:
	%2952 = icmp uge i32 %2824, 2
	%2953 = and i32 %2824, %11
	%2954 = icmp eq i32 %2953, %7
	%2955 = and i1 %2952, %2954
	%2956 = lshr i32 %2824, 24
	%2957 = and i32 %2956, 255
	%2958 = select i1 %2955, i32 %2957, i32 256
	%2959 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2958)
	%2960 = shl i32 1, %3
	%2961 = sub i32 %2960, 1
	%2962 = and i32 %2959, %2961
	%2963 = icmp eq i32 %2962, 0
	%2964 = and i1 %2955, %2963
	br i1 %2964, label %2965, label %2969

2965:
	%2966 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2957
	%2967 = call i32 @llvm.ctpop.i32(i32 %2959)
	%2968 = atomicrmw add i32 addrspace(3)* %2966, i32 %2967 monotonic
	br label %2969

2969:
	%2970 = add i32 %2635, 2048
	br label %2634

2971:
	%2972 = mul i32 0, 256
	%2973 = add i32 %2972, %0
	%2974 = sext i32 %2973 to i64
	%2975 = getelementptr i32, i32* %hist, i64 %2974
	%2976 = atomicrmw add i32* %2975, i32 %2632 monotonic
	br label %2977

2977:
	ret void
}
