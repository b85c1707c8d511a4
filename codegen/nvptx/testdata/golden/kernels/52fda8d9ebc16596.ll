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
	%12 = add i32 %0, 0
	%13 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %12
	store i32 0, i32 addrspace(3)* %13
	%14 = add i32 %0, 256
	%15 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %14
	store i32 0, i32 addrspace(3)* %15
	%16 = add i32 %0, 512
	%17 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %16
	store i32 0, i32 addrspace(3)* %17
	%18 = add i32 %0, 768
	%19 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %18
	store i32 0, i32 addrspace(3)* %19
	call void @llvm.nvvm.barrier0()
	%20 = add i32 %NK, 255
	%21 = sdiv i32 %20, 256
	%22 = mul i32 %21, 256
	%23 = mul i32 %1, 8
	%24 = add i32 %23, 0
	%25 = mul i32 %2, %NQ
	%26 = add i32 %25, %24
	%27 = mul i32 %26, %NK
	%28 = mul i32 %24, 64
	%29 = add i32 %28, %off
	%30 = add i32 %24, 1
	%31 = mul i32 %30, 64
	%32 = icmp slt i32 %31, %M
	%33 = select i1 %32, i32 %31, i32 %M
	%34 = sub i32 %33, 1
	%35 = add i32 %34, %off
	%36 = icmp slt i32 %29, 0
	%37 = sub i32 0, %29
	%38 = sub i32 64, 1
	%39 = add i32 %37, %38
	%40 = sdiv i32 %39, 64
	%41 = sub i32 0, %40
	%42 = sdiv i32 %29, 64
	%43 = select i1 %36, i32 %41, i32 %42
	%44 = icmp slt i32 %35, 0
	%45 = sub i32 0, %35
	%46 = sub i32 64, 1
	%47 = add i32 %45, %46
	%48 = sdiv i32 %47, 64
	%49 = sub i32 0, %48
	%50 = sdiv i32 %35, 64
	%51 = select i1 %44, i32 %49, i32 %50
	%52 = icmp slt i32 %24, %NQ
	br i1 %52, label %53, label %54

53:
	br label %85

54:
	%55 = mul i32 %1, 8
	%56 = add i32 %55, 1
	%57 = mul i32 %2, %NQ
	%58 = add i32 %57, %56
	%59 = mul i32 %58, %NK
	%60 = mul i32 %56, 64
	%61 = add i32 %60, %off
	%62 = add i32 %56, 1
	%63 = mul i32 %62, 64
	%64 = icmp slt i32 %63, %M
	%65 = select i1 %64, i32 %63, i32 %M
	%66 = sub i32 %65, 1
	%67 = add i32 %66, %off
	%68 = icmp slt i32 %61, 0
	%69 = sub i32 0, %61
	%70 = sub i32 64, 1
	%71 = add i32 %69, %70
	%72 = sdiv i32 %71, 64
	%73 = sub i32 0, %72
	%74 = sdiv i32 %61, 64
	%75 = select i1 %68, i32 %73, i32 %74
	%76 = icmp slt i32 %67, 0
	%77 = sub i32 0, %67
	%78 = sub i32 64, 1
	%79 = add i32 %77, %78
	%80 = sdiv i32 %79, 64
	%81 = sub i32 0, %80
	%82 = sdiv i32 %67, 64
	%83 = select i1 %76, i32 %81, i32 %82
	%84 = icmp slt i32 %56, %NQ
	br i1 %84, label %446, label %447

85:
	%86 = phi i32 [ %0, %53 ], [ %440, %439 ]
	%87 = phi i32 [ 0, %53 ], [ %87, %439 ]
	%88 = icmp slt i32 %86, %22
	br i1 %88, label %89, label %283

89:
	%90 = sub i32 %22, 1
	%91 = add i32 %86, 0
	%92 = icmp slt i32 %91, %22
	%93 = icmp slt i32 %91, %90
	%94 = select i1 %93, i32 %91, i32 %90
	%95 = add i32 %86, 256
	%96 = icmp slt i32 %95, %22
	%97 = icmp slt i32 %95, %90
	%98 = select i1 %97, i32 %95, i32 %90
	%99 = add i32 %86, 512
	%100 = icmp slt i32 %99, %22
	%101 = icmp slt i32 %99, %90
	%102 = select i1 %101, i32 %99, i32 %90
	%103 = add i32 %86, 768
	%104 = icmp slt i32 %103, %22
	%105 = icmp slt i32 %103, %90
	%106 = select i1 %105, i32 %103, i32 %90
	%107 = add i32 %86, 1024
	%108 = icmp slt i32 %107, %22
	%109 = icmp slt i32 %107, %90
	%110 = select i1 %109, i32 %107, i32 %90
	%111 = add i32 %86, 1280
	%112 = icmp slt i32 %111, %22
	%113 = icmp slt i32 %111, %90
	%114 = select i1 %113, i32 %111, i32 %90
	%115 = add i32 %86, 1536
	%116 = icmp slt i32 %115, %22
	%117 = icmp slt i32 %115, %90
	%118 = select i1 %117, i32 %115, i32 %90
	%119 = add i32 %86, 1792
	%120 = icmp slt i32 %119, %22
	%121 = icmp slt i32 %119, %90
	%122 = select i1 %121, i32 %119, i32 %90
	%123 = sub i32 %NK, 1
	%124 = icmp slt i32 %91, %123
	%125 = select i1 %124, i32 %91, i32 %123
	%126 = add i32 %27, %125
	%127 = sext i32 %126 to i64
	%128 = getelementptr float, float* %e, i64 %127
	%129 = load float, float* %128
	%130 = icmp slt i32 %95, %123
	%131 = select i1 %130, i32 %95, i32 %123
	%132 = add i32 %27, %131
	%133 = sext i32 %132 to i64
	%134 = getelementptr float, float* %e, i64 %133
	%135 = load float, float* %134
	%136 = icmp slt i32 %99, %123
	%137 = select i1 %136, i32 %99, i32 %123
	%138 = add i32 %27, %137
	%139 = sext i32 %138 to i64
	%140 = getelementptr float, float* %e, i64 %139
	%141 = load float, float* %140
	%142 = icmp slt i32 %103, %123
	%143 = select i1 %142, i32 %103, i32 %123
	%144 = add i32 %27, %143
	%145 = sext i32 %144 to i64
	%146 = getelementptr float, float* %e, i64 %145
	%147 = load float, float* %146
	%148 = icmp slt i32 %107, %123
	%149 = select i1 %148, i32 %107, i32 %123
	%150 = add i32 %27, %149
	%151 = sext i32 %150 to i64
	%152 = getelementptr float, float* %e, i64 %151
	%153 = load float, float* %152
	%154 = icmp slt i32 %111, %123
	%155 = select i1 %154, i32 %111, i32 %123
	%156 = add i32 %27, %155
	%157 = sext i32 %156 to i64
	%158 = getelementptr float, float* %e, i64 %157
	%159 = load float, float* %158
	%160 = icmp slt i32 %115, %123
	%161 = select i1 %160, i32 %115, i32 %123
	%162 = add i32 %27, %161
	%163 = sext i32 %162 to i64
	%164 = getelementptr float, float* %e, i64 %163
	%165 = load float, float* %164
	%166 = icmp slt i32 %119, %123
	%167 = select i1 %166, i32 %119, i32 %123
	%168 = add i32 %27, %167
	%169 = sext i32 %168 to i64
	%170 = getelementptr float, float* %e, i64 %169
	%171 = load float, float* %170
	%172 = icmp slt i32 %91, %NK
	%173 = fcmp oge float %129, 0.0
	%174 = and i1 %172, %173
	%175 = icmp sge i32 %91, %43
	%176 = icmp sle i32 %91, %51
	%177 = and i1 %175, %176
	%178 = or i1 false, %177
	%179 = icmp eq i32 %91, 0
	%180 = or i1 %178, %179
	%181 = bitcast float %129 to i32
	%182 = add i32 %181, 2
	%183 = select i1 %180, i32 1, i32 %182
	%184 = select i1 %174, i32 %183, i32 0
	%185 = icmp slt i32 %95, %NK
	%186 = fcmp oge float %135, 0.0
	%187 = and i1 %185, %186
	%188 = icmp sge i32 %95, %43
	%189 = icmp sle i32 %95, %51
	%190 = and i1 %188, %189
	%191 = or i1 false, %190
	%192 = icmp eq i32 %95, 0
	%193 = or i1 %191, %192
	%194 = bitcast float %135 to i32
	%195 = add i32 %194, 2
	%196 = select i1 %193, i32 1, i32 %195
	%197 = select i1 %187, i32 %196, i32 0
	%198 = icmp slt i32 %99, %NK
	%199 = fcmp oge float %141, 0.0
	%200 = and i1 %198, %199
	%201 = icmp sge i32 %99, %43
	%202 = icmp sle i32 %99, %51
	%203 = and i1 %201, %202
	%204 = or i1 false, %203
	%205 = icmp eq i32 %99, 0
	%206 = or i1 %204, %205
	%207 = bitcast float %141 to i32
	%208 = add i32 %207, 2
	%209 = select i1 %206, i32 1, i32 %208
	%210 = select i1 %200, i32 %209, i32 0
	%211 = icmp slt i32 %103, %NK
	%212 = fcmp oge float %147, 0.0
	%213 = and i1 %211, %212
	%214 = icmp sge i32 %103, %43
	%215 = icmp sle i32 %103, %51
	%216 = and i1 %214, %215
	%217 = or i1 false, %216
	%218 = icmp eq i32 %103, 0
	%219 = or i1 %217, %218
	%220 = bitcast float %147 to i32
	%221 = add i32 %220, 2
	%222 = select i1 %219, i32 1, i32 %221
	%223 = select i1 %213, i32 %222, i32 0
	%224 = icmp slt i32 %107, %NK
	%225 = fcmp oge float %153, 0.0
	%226 = and i1 %224, %225
	%227 = icmp sge i32 %107, %43
	%228 = icmp sle i32 %107, %51
	%229 = and i1 %227, %228
	%230 = or i1 false, %229
	%231 = icmp eq i32 %107, 0
	%232 = or i1 %230, %231
	%233 = bitcast float %153 to i32
	%234 = add i32 %233, 2
	%235 = select i1 %232, i32 1, i32 %234
	%236 = select i1 %226, i32 %235, i32 0
	%237 = icmp slt i32 %111, %NK
	%238 = fcmp oge float %159, 0.0
	%239 = and i1 %237, %238
	%240 = icmp sge i32 %111, %43
	%241 = icmp sle i32 %111, %51
	%242 = and i1 %240, %241
	%243 = or i1 false, %242
	%244 = icmp eq i32 %111, 0
	%245 = or i1 %243, %244
	%246 = bitcast float %159 to i32
	%247 = add i32 %246, 2
	%248 = select i1 %245, i32 1, i32 %247
	%249 = select i1 %239, i32 %248, i32 0
	%250 = icmp slt i32 %115, %NK
	%251 = fcmp oge float %165, 0.0
	%252 = and i1 %250, %251
	%253 = icmp sge i32 %115, %43
	%254 = icmp sle i32 %115, %51
	%255 = and i1 %253, %254
	%256 = or i1 false, %255
	%257 = icmp eq i32 %115, 0
	%258 = or i1 %256, %257
	%259 = bitcast float %165 to i32
	%260 = add i32 %259, 2
	%261 = select i1 %258, i32 1, i32 %260
	%262 = select i1 %252, i32 %261, i32 0
	%263 = icmp slt i32 %119, %NK
	%264 = fcmp oge float %171, 0.0
	%265 = and i1 %263, %264
	%266 = icmp sge i32 %119, %43
	%267 = icmp sle i32 %119, %51
	%268 = and i1 %266, %267
	%269 = or i1 false, %268
	%270 = icmp eq i32 %119, 0
	%271 = or i1 %269, %270
	%272 = bitcast float %171 to i32
	%273 = add i32 %272, 2
	%274 = select i1 %271, i32 1, i32 %273
	%275 = select i1 %265, i32 %274, i32 0
	%276 = icmp uge i32 %184, 2
	%277 = and i32 %184, %11
	%278 = icmp eq i32 %277, %7
	%279 = and i1 %276, %278
	%280 = lshr i32 %184, 0
	%281 = and i32 %280, 1023
	%282 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %279)
	br i1 %282, label %284, label %292

283:
	br label %54

284:
	%285 = select i1 %279, i32 %281, i32 1024
	%286 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %285)
	%287 = shl i32 1, %3
	%288 = sub i32 %287, 1
	%289 = and i32 %286, %288
	%290 = icmp eq i32 %289, 0
	%291 = and i1 %279, %290
	br i1 %291, label %300, label %304

292:
	%293 = icmp uge i32 %197, 2
	%294 = and i32 %197, %11
	%295 = icmp eq i32 %294, %7
	%296 = and i1 %293, %295
	%297 = lshr i32 %197, 0
	%298 = and i32 %297, 1023
	%299 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %296)
	br i1 %299, label %305, label %313

300:
	%301 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %281
	%302 = call i32 @llvm.ctpop.i32(i32 %286)
	%303 = atomicrmw add i32 addrspace(3)* %301, i32 %302 monotonic
	br label %304

304:
	br label %292

305:
	%306 = select i1 %296, i32 %298, i32 1024
	%307 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %306)
	%308 = shl i32 1, %3
	%309 = sub i32 %308, 1
	%310 = and i32 %307, %309
	%311 = icmp eq i32 %310, 0
	%312 = and i1 %296, %311
	br i1 %312, label %321, label %325

313:
	%314 = icmp uge i32 %210, 2
	%315 = and i32 %210, %11
	%316 = icmp eq i32 %315, %7
	%317 = and i1 %314, %316
	%318 = lshr i32 %210, 0
	%319 = and i32 %318, 1023
	%320 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %317)
	br i1 %320, label %326, label %334

321:
	%322 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %298
	%323 = call i32 @llvm.ctpop.i32(i32 %307)
	%324 = atomicrmw add i32 addrspace(3)* %322, i32 %323 monotonic
	br label %325

325:
	br label %313

326:
	%327 = select i1 %317, i32 %319, i32 1024
	%328 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %327)
	%329 = shl i32 1, %3
	%330 = sub i32 %329, 1
	%331 = and i32 %328, %330
	%332 = icmp eq i32 %331, 0
	%333 = and i1 %317, %332
	br i1 %333, label %342, label %346

334:
	%335 = icmp uge i32 %223, 2
	%336 = and i32 %223, %11
	%337 = icmp eq i32 %336, %7
	%338 = and i1 %335, %337
	%339 = lshr i32 %223, 0
	%340 = and i32 %339, 1023
	%341 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %338)
	br i1 %341, label %347, label %355

342:
	%343 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %319
	%344 = call i32 @llvm.ctpop.i32(i32 %328)
	%345 = atomicrmw add i32 addrspace(3)* %343, i32 %344 monotonic
	br label %346

346:
	br label %334

347:
	%348 = select i1 %338, i32 %340, i32 1024
	%349 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %348)
	%350 = shl i32 1, %3
	%351 = sub i32 %350, 1
	%352 = and i32 %349, %351
	%353 = icmp eq i32 %352, 0
	%354 = and i1 %338, %353
	br i1 %354, label %363, label %367

355:
	%356 = icmp uge i32 %236, 2
	%357 = and i32 %236, %11
	%358 = icmp eq i32 %357, %7
	%359 = and i1 %356, %358
	%360 = lshr i32 %236, 0
	%361 = and i32 %360, 1023
	%362 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %359)
	br i1 %362, label %368, label %376

363:
	%364 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %340
	%365 = call i32 @llvm.ctpop.i32(i32 %349)
	%366 = atomicrmw add i32 addrspace(3)* %364, i32 %365 monotonic
	br label %367

367:
	br label %355

368:
	%369 = select i1 %359, i32 %361, i32 1024
	%370 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %369)
	%371 = shl i32 1, %3
	%372 = sub i32 %371, 1
	%373 = and i32 %370, %372
	%374 = icmp eq i32 %373, 0
	%375 = and i1 %359, %374
	br i1 %375, label %384, label %388

376:
	%377 = icmp uge i32 %249, 2
	%378 = and i32 %249, %11
	%379 = icmp eq i32 %378, %7
	%380 = and i1 %377, %379
	%381 = lshr i32 %249, 0
	%382 = and i32 %381, 1023
	%383 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %380)
	br i1 %383, label %389, label %397

384:
	%385 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %361
	%386 = call i32 @llvm.ctpop.i32(i32 %370)
	%387 = atomicrmw add i32 addrspace(3)* %385, i32 %386 monotonic
	br label %388

388:
	br label %376

389:
	%390 = select i1 %380, i32 %382, i32 1024
	%391 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %390)
	%392 = shl i32 1, %3
	%393 = sub i32 %392, 1
	%394 = and i32 %391, %393
	%395 = icmp eq i32 %394, 0
	%396 = and i1 %380, %395
	br i1 %396, label %405, label %409

397:
	%398 = icmp uge i32 %262, 2
	%399 = and i32 %262, %11
	%400 = icmp eq i32 %399, %7
	%401 = and i1 %398, %400
	%402 = lshr i32 %262, 0
	%403 = and i32 %402, 1023
	%404 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %401)
	br i1 %404, label %410, label %418

405:
	%406 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %382
	%407 = call i32 @llvm.ctpop.i32(i32 %391)
	%408 = atomicrmw add i32 addrspace(3)* %406, i32 %407 monotonic
	br label %409

409:
	br label %397

410:
	%411 = select i1 %401, i32 %403, i32 1024
	%412 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %411)
	%413 = shl i32 1, %3
	%414 = sub i32 %413, 1
	%415 = and i32 %412, %414
	%416 = icmp eq i32 %415, 0
	%417 = and i1 %401, %416
	br i1 %417, label %426, label %430

418:
	%419 = icmp uge i32 %275, 2
	%420 = and i32 %275, %11
	%421 = icmp eq i32 %420, %7
	%422 = and i1 %419, %421
	%423 = lshr i32 %275, 0
	%424 = and i32 %423, 1023
	%425 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %422)
	br i1 %425, label %431, label %439

426:
	%427 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %403
	%428 = call i32 @llvm.ctpop.i32(i32 %412)
	%429 = atomicrmw add i32 addrspace(3)* %427, i32 %428 monotonic
	br label %430

430:
	br label %418

431:
	%432 = select i1 %422, i32 %424, i32 1024
	%433 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %432)
	%434 = shl i32 1, %3
	%435 = sub i32 %434, 1
	%436 = and i32 %433, %435
	%437 = icmp eq i32 %436, 0
	%438 = and i1 %422, %437
	br i1 %438, label %441, label %445

439:
	%440 = add i32 %86, 2048
	br label %85

441:
	%442 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %424
	%443 = call i32 @llvm.ctpop.i32(i32 %433)
	%444 = atomicrmw add i32 addrspace(3)* %442, i32 %443 monotonic
	br label %445

445:
	br label %439

446:
	br label %478

447:
	%448 = mul i32 %1, 8
	%449 = add i32 %448, 2
	%450 = mul i32 %2, %NQ
	%451 = add i32 %450, %449
	%452 = mul i32 %451, %NK
	%453 = mul i32 %449, 64
	%454 = add i32 %453, %off
	%455 = add i32 %449, 1
	%456 = mul i32 %455, 64
	%457 = icmp slt i32 %456, %M
	%458 = select i1 %457, i32 %456, i32 %M
	%459 = sub i32 %458, 1
	%460 = add i32 %459, %off
	%461 = icmp slt i32 %454, 0
	%462 = sub i32 0, %454
	%463 = sub i32 64, 1
	%464 = add i32 %462, %463
	%465 = sdiv i32 %464, 64
	%466 = sub i32 0, %465
	%467 = sdiv i32 %454, 64
	%468 = select i1 %461, i32 %466, i32 %467
	%469 = icmp slt i32 %460, 0
	%470 = sub i32 0, %460
	%471 = sub i32 64, 1
	%472 = add i32 %470, %471
	%473 = sdiv i32 %472, 64
	%474 = sub i32 0, %473
	%475 = sdiv i32 %460, 64
	%476 = select i1 %469, i32 %474, i32 %475
	%477 = icmp slt i32 %449, %NQ
	br i1 %477, label %839, label %840

478:
	%479 = phi i32 [ %0, %446 ], [ %833, %832 ]
	%480 = phi i32 [ 0, %446 ], [ %480, %832 ]
	%481 = icmp slt i32 %479, %22
	br i1 %481, label %482, label %676

482:
	%483 = sub i32 %22, 1
	%484 = add i32 %479, 0
	%485 = icmp slt i32 %484, %22
	%486 = icmp slt i32 %484, %483
	%487 = select i1 %486, i32 %484, i32 %483
	%488 = add i32 %479, 256
	%489 = icmp slt i32 %488, %22
	%490 = icmp slt i32 %488, %483
	%491 = select i1 %490, i32 %488, i32 %483
	%492 = add i32 %479, 512
	%493 = icmp slt i32 %492, %22
	%494 = icmp slt i32 %492, %483
	%495 = select i1 %494, i32 %492, i32 %483
	%496 = add i32 %479, 768
	%497 = icmp slt i32 %496, %22
	%498 = icmp slt i32 %496, %483
	%499 = select i1 %498, i32 %496, i32 %483
	%500 = add i32 %479, 1024
	%501 = icmp slt i32 %500, %22
	%502 = icmp slt i32 %500, %483
	%503 = select i1 %502, i32 %500, i32 %483
	%504 = add i32 %479, 1280
	%505 = icmp slt i32 %504, %22
	%506 = icmp slt i32 %504, %483
	%507 = select i1 %506, i32 %504, i32 %483
	%508 = add i32 %479, 1536
	%509 = icmp slt i32 %508, %22
	%510 = icmp slt i32 %508, %483
	%511 = select i1 %510, i32 %508, i32 %483
	%512 = add i32 %479, 1792
	%513 = icmp slt i32 %512, %22
	%514 = icmp slt i32 %512, %483
	%515 = select i1 %514, i32 %512, i32 %483
	%516 = sub i32 %NK, 1
	%517 = icmp slt i32 %484, %516
	%518 = select i1 %517, i32 %484, i32 %516
	%519 = add i32 %59, %518
	%520 = sext i32 %519 to i64
	%521 = getelementptr float, float* %e, i64 %520
	%522 = load float, float* %521
	%523 = icmp slt i32 %488, %516
	%524 = select i1 %523, i32 %488, i32 %516
	%525 = add i32 %59, %524
	%526 = sext i32 %525 to i64
	%527 = getelementptr float, float* %e, i64 %526
	%528 = load float, float* %527
	%529 = icmp slt i32 %492, %516
	%530 = select i1 %529, i32 %492, i32 %516
	%531 = add i32 %59, %530
	%532 = sext i32 %531 to i64
	%533 = getelementptr float, float* %e, i64 %532
	%534 = load float, float* %533
	%535 = icmp slt i32 %496, %516
	%536 = select i1 %535, i32 %496, i32 %516
	%537 = add i32 %59, %536
	%538 = sext i32 %537 to i64
	%539 = getelementptr float, float* %e, i64 %538
	%540 = load float, float* %539
	%541 = icmp slt i32 %500, %516
	%542 = select i1 %541, i32 %500, i32 %516
	%543 = add i32 %59, %542
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	%546 = load float, float* %545
	%547 = icmp slt i32 %504, %516
	%548 = select i1 %547, i32 %504, i32 %516
	%549 = add i32 %59, %548
	%550 = sext i32 %549 to i64
	%551 = getelementptr float, float* %e, i64 %550
	%552 = load float, float* %551
	%553 = icmp slt i32 %508, %516
	%554 = select i1 %553, i32 %508, i32 %516
	%555 = add i32 %59, %554
	%556 = sext i32 %555 to i64
	%557 = getelementptr float, float* %e, i64 %556
	%558 = load float, float* %557
	%559 = icmp slt i32 %512, %516
	%560 = select i1 %559, i32 %512, i32 %516
	%561 = add i32 %59, %560
	%562 = sext i32 %561 to i64
	%563 = getelementptr float, float* %e, i64 %562
	%564 = load float, float* %563
	%565 = icmp slt i32 %484, %NK
	%566 = fcmp oge float %522, 0.0
	%567 = and i1 %565, %566
	%568 = icmp sge i32 %484, %75
	%569 = icmp sle i32 %484, %83
	%570 = and i1 %568, %569
	%571 = or i1 false, %570
	%572 = icmp eq i32 %484, 0
	%573 = or i1 %571, %572
	%574 = bitcast float %522 to i32
	%575 = add i32 %574, 2
	%576 = select i1 %573, i32 1, i32 %575
	%577 = select i1 %567, i32 %576, i32 0
	%578 = icmp slt i32 %488, %NK
	%579 = fcmp oge float %528, 0.0
	%580 = and i1 %578, %579
	%581 = icmp sge i32 %488, %75
	%582 = icmp sle i32 %488, %83
	%583 = and i1 %581, %582
	%584 = or i1 false, %583
	%585 = icmp eq i32 %488, 0
	%586 = or i1 %584, %585
	%587 = bitcast float %528 to i32
	%588 = add i32 %587, 2
	%589 = select i1 %586, i32 1, i32 %588
	%590 = select i1 %580, i32 %589, i32 0
	%591 = icmp slt i32 %492, %NK
	%592 = fcmp oge float %534, 0.0
	%593 = and i1 %591, %592
	%594 = icmp sge i32 %492, %75
	%595 = icmp sle i32 %492, %83
	%596 = and i1 %594, %595
	%597 = or i1 false, %596
	%598 = icmp eq i32 %492, 0
	%599 = or i1 %597, %598
	%600 = bitcast float %534 to i32
	%601 = add i32 %600, 2
	%602 = select i1 %599, i32 1, i32 %601
	%603 = select i1 %593, i32 %602, i32 0
	%604 = icmp slt i32 %496, %NK
	%605 = fcmp oge float %540, 0.0
	%606 = and i1 %604, %605
	%607 = icmp sge i32 %496, %75
	%608 = icmp sle i32 %496, %83
	%609 = and i1 %607, %608
	%610 = or i1 false, %609
	%611 = icmp eq i32 %496, 0
	%612 = or i1 %610, %611
	%613 = bitcast float %540 to i32
	%614 = add i32 %613, 2
	%615 = select i1 %612, i32 1, i32 %614
	%616 = select i1 %606, i32 %615, i32 0
	%617 = icmp slt i32 %500, %NK
	%618 = fcmp oge float %546, 0.0
	%619 = and i1 %617, %618
	%620 = icmp sge i32 %500, %75
	%621 = icmp sle i32 %500, %83
	%622 = and i1 %620, %621
	%623 = or i1 false, %622
	%624 = icmp eq i32 %500, 0
	%625 = or i1 %623, %624
	%626 = bitcast float %546 to i32
	%627 = add i32 %626, 2
	%628 = select i1 %625, i32 1, i32 %627
	%629 = select i1 %619, i32 %628, i32 0
	%630 = icmp slt i32 %504, %NK
	%631 = fcmp oge float %552, 0.0
	%632 = and i1 %630, %631
	%633 = icmp sge i32 %504, %75
	%634 = icmp sle i32 %504, %83
	%635 = and i1 %633, %634
	%636 = or i1 false, %635
	%637 = icmp eq i32 %504, 0
	%638 = or i1 %636, %637
	%639 = bitcast float %552 to i32
	%640 = add i32 %639, 2
	%641 = select i1 %638, i32 1, i32 %640
	%642 = select i1 %632, i32 %641, i32 0
	%643 = icmp slt i32 %508, %NK
	%644 = fcmp oge float %558, 0.0
	%645 = and i1 %643, %644
	%646 = icmp sge i32 %508, %75
	%647 = icmp sle i32 %508, %83
	%648 = and i1 %646, %647
	%649 = or i1 false, %648
	%650 = icmp eq i32 %508, 0
	%651 = or i1 %649, %650
	%652 = bitcast float %558 to i32
	%653 = add i32 %652, 2
	%654 = select i1 %651, i32 1, i32 %653
	%655 = select i1 %645, i32 %654, i32 0
	%656 = icmp slt i32 %512, %NK
	%657 = fcmp oge float %564, 0.0
	%658 = and i1 %656, %657
	%659 = icmp sge i32 %512, %75
	%660 = icmp sle i32 %512, %83
	%661 = and i1 %659, %660
	%662 = or i1 false, %661
	%663 = icmp eq i32 %512, 0
	%664 = or i1 %662, %663
	%665 = bitcast float %564 to i32
	%666 = add i32 %665, 2
	%667 = select i1 %664, i32 1, i32 %666
	%668 = select i1 %658, i32 %667, i32 0
	%669 = icmp uge i32 %577, 2
	%670 = and i32 %577, %11
	%671 = icmp eq i32 %670, %7
	%672 = and i1 %669, %671
	%673 = lshr i32 %577, 0
	%674 = and i32 %673, 1023
	%675 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %672)
	br i1 %675, label %677, label %685

676:
	br label %447

677:
	%678 = select i1 %672, i32 %674, i32 1024
	%679 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %678)
	%680 = shl i32 1, %3
	%681 = sub i32 %680, 1
	%682 = and i32 %679, %681
	%683 = icmp eq i32 %682, 0
	%684 = and i1 %672, %683
	br i1 %684, label %693, label %697

685:
	%686 = icmp uge i32 %590, 2
	%687 = and i32 %590, %11
	%688 = icmp eq i32 %687, %7
	%689 = and i1 %686, %688
	%690 = lshr i32 %590, 0
	%691 = and i32 %690, 1023
	%692 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %689)
	br i1 %692, label %698, label %706

693:
	%694 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %674
	%695 = call i32 @llvm.ctpop.i32(i32 %679)
	%696 = atomicrmw add i32 addrspace(3)* %694, i32 %695 monotonic
	br label %697

697:
	br label %685

698:
	%699 = select i1 %689, i32 %691, i32 1024
	%700 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %699)
	%701 = shl i32 1, %3
	%702 = sub i32 %701, 1
	%703 = and i32 %700, %702
	%704 = icmp eq i32 %703, 0
	%705 = and i1 %689, %704
	br i1 %705, label %714, label %718

706:
	%707 = icmp uge i32 %603, 2
	%708 = and i32 %603, %11
	%709 = icmp eq i32 %708, %7
	%710 = and i1 %707, %709
	%711 = lshr i32 %603, 0
	%712 = and i32 %711, 1023
	%713 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %710)
	br i1 %713, label %719, label %727

714:
	%715 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %691
	%716 = call i32 @llvm.ctpop.i32(i32 %700)
	%717 = atomicrmw add i32 addrspace(3)* %715, i32 %716 monotonic
	br label %718

718:
	br label %706

719:
	%720 = select i1 %710, i32 %712, i32 1024
	%721 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %720)
	%722 = shl i32 1, %3
	%723 = sub i32 %722, 1
	%724 = and i32 %721, %723
	%725 = icmp eq i32 %724, 0
	%726 = and i1 %710, %725
	br i1 %726, label %735, label %739

727:
	%728 = icmp uge i32 %616, 2
	%729 = and i32 %616, %11
	%730 = icmp eq i32 %729, %7
	%731 = and i1 %728, %730
	%732 = lshr i32 %616, 0
	%733 = and i32 %732, 1023
	%734 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %731)
	br i1 %734, label %740, label %748

735:
	%736 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %712
	%737 = call i32 @llvm.ctpop.i32(i32 %721)
	%738 = atomicrmw add i32 addrspace(3)* %736, i32 %737 monotonic
	br label %739

739:
	br label %727

740:
	%741 = select i1 %731, i32 %733, i32 1024
	%742 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %741)
	%743 = shl i32 1, %3
	%744 = sub i32 %743, 1
	%745 = and i32 %742, %744
	%746 = icmp eq i32 %745, 0
	%747 = and i1 %731, %746
	br i1 %747, label %756, label %760

748:
	%749 = icmp uge i32 %629, 2
	%750 = and i32 %629, %11
	%751 = icmp eq i32 %750, %7
	%752 = and i1 %749, %751
	%753 = lshr i32 %629, 0
	%754 = and i32 %753, 1023
	%755 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %752)
	br i1 %755, label %761, label %769

756:
	%757 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %733
	%758 = call i32 @llvm.ctpop.i32(i32 %742)
	%759 = atomicrmw add i32 addrspace(3)* %757, i32 %758 monotonic
	br label %760

760:
	br label %748

761:
	%762 = select i1 %752, i32 %754, i32 1024
	%763 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %762)
	%764 = shl i32 1, %3
	%765 = sub i32 %764, 1
	%766 = and i32 %763, %765
	%767 = icmp eq i32 %766, 0
	%768 = and i1 %752, %767
	br i1 %768, label %777, label %781

769:
	%770 = icmp uge i32 %642, 2
	%771 = and i32 %642, %11
	%772 = icmp eq i32 %771, %7
	%773 = and i1 %770, %772
	%774 = lshr i32 %642, 0
	%775 = and i32 %774, 1023
	%776 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %773)
	br i1 %776, label %782, label %790

777:
	%778 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %754
	%779 = call i32 @llvm.ctpop.i32(i32 %763)
	%780 = atomicrmw add i32 addrspace(3)* %778, i32 %779 monotonic
	br label %781

781:
	br label %769

782:
	%783 = select i1 %773, i32 %775, i32 1024
	%784 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %783)
	%785 = shl i32 1, %3
	%786 = sub i32 %785, 1
	%787 = and i32 %784, %786
	%788 = icmp eq i32 %787, 0
	%789 = and i1 %773, %788
	br i1 %789, label %798, label %802

790:
	%791 = icmp uge i32 %655, 2
	%792 = and i32 %655, %11
	%793 = icmp eq i32 %792, %7
	%794 = and i1 %791, %793
	%795 = lshr i32 %655, 0
	%796 = and i32 %795, 1023
	%797 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %794)
	br i1 %797, label %803, label %811

798:
	%799 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %775
	%800 = call i32 @llvm.ctpop.i32(i32 %784)
	%801 = atomicrmw add i32 addrspace(3)* %799, i32 %800 monotonic
	br label %802

802:
	br label %790

803:
	%804 = select i1 %794, i32 %796, i32 1024
	%805 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %804)
	%806 = shl i32 1, %3
	%807 = sub i32 %806, 1
	%808 = and i32 %805, %807
	%809 = icmp eq i32 %808, 0
	%810 = and i1 %794, %809
	br i1 %810, label %819, label %823

811:
	%812 = icmp uge i32 %668, 2
	%813 = and i32 %668, %11
	%814 = icmp eq i32 %813, %7
	%815 = and i1 %812, %814
	%816 = lshr i32 %668, 0
	%817 = and i32 %816, 1023
	%818 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %815)
	br i1 %818, label %824, label %832

819:
	%820 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %796
	%821 = call i32 @llvm.ctpop.i32(i32 %805)
	%822 = atomicrmw add i32 addrspace(3)* %820, i32 %821 monotonic
	br label %823

823:
	br label %811

824:
	%825 = select i1 %815, i32 %817, i32 1024
	%826 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %825)
	%827 = shl i32 1, %3
	%828 = sub i32 %827, 1
	%829 = and i32 %826, %828
	%830 = icmp eq i32 %829, 0
	%831 = and i1 %815, %830
	br i1 %831, label %834, label %838

832:
	%833 = add i32 %479, 2048
	br label %478

834:
	%835 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %817
	%836 = call i32 @llvm.ctpop.i32(i32 %826)
	%837 = atomicrmw add i32 addrspace(3)* %835, i32 %836 monotonic
	br label %838

838:
	br label %832

839:
	br label %871

840:
	%841 = mul i32 %1, 8
	%842 = add i32 %841, 3
	%843 = mul i32 %2, %NQ
	%844 = add i32 %843, %842
	%845 = mul i32 %844, %NK
	%846 = mul i32 %842, 64
	%847 = add i32 %846, %off
	%848 = add i32 %842, 1
	%849 = mul i32 %848, 64
	%850 = icmp slt i32 %849, %M
	%851 = select i1 %850, i32 %849, i32 %M
	%852 = sub i32 %851, 1
	%853 = add i32 %852, %off
	%854 = icmp slt i32 %847, 0
	%855 = sub i32 0, %847
	%856 = sub i32 64, 1
	%857 = add i32 %855, %856
	%858 = sdiv i32 %857, 64
	%859 = sub i32 0, %858
	%860 = sdiv i32 %847, 64
	%861 = select i1 %854, i32 %859, i32 %860
	%862 = icmp slt i32 %853, 0
	%863 = sub i32 0, %853
	%864 = sub i32 64, 1
	%865 = add i32 %863, %864
	%866 = sdiv i32 %865, 64
	%867 = sub i32 0, %866
	%868 = sdiv i32 %853, 64
	%869 = select i1 %862, i32 %867, i32 %868
	%870 = icmp slt i32 %842, %NQ
	br i1 %870, label %1232, label %1233

871:
	%872 = phi i32 [ %0, %839 ], [ %1226, %1225 ]
	%873 = phi i32 [ 0, %839 ], [ %873, %1225 ]
	%874 = icmp slt i32 %872, %22
	br i1 %874, label %875, label %1069

875:
	%876 = sub i32 %22, 1
	%877 = add i32 %872, 0
	%878 = icmp slt i32 %877, %22
	%879 = icmp slt i32 %877, %876
	%880 = select i1 %879, i32 %877, i32 %876
	%881 = add i32 %872, 256
	%882 = icmp slt i32 %881, %22
	%883 = icmp slt i32 %881, %876
	%884 = select i1 %883, i32 %881, i32 %876
	%885 = add i32 %872, 512
	%886 = icmp slt i32 %885, %22
	%887 = icmp slt i32 %885, %876
	%888 = select i1 %887, i32 %885, i32 %876
	%889 = add i32 %872, 768
	%890 = icmp slt i32 %889, %22
	%891 = icmp slt i32 %889, %876
	%892 = select i1 %891, i32 %889, i32 %876
	%893 = add i32 %872, 1024
	%894 = icmp slt i32 %893, %22
	%895 = icmp slt i32 %893, %876
	%896 = select i1 %895, i32 %893, i32 %876
	%897 = add i32 %872, 1280
	%898 = icmp slt i32 %897, %22
	%899 = icmp slt i32 %897, %876
	%900 = select i1 %899, i32 %897, i32 %876
	%901 = add i32 %872, 1536
	%902 = icmp slt i32 %901, %22
	%903 = icmp slt i32 %901, %876
	%904 = select i1 %903, i32 %901, i32 %876
	%905 = add i32 %872, 1792
	%906 = icmp slt i32 %905, %22
	%907 = icmp slt i32 %905, %876
	%908 = select i1 %907, i32 %905, i32 %876
	%909 = sub i32 %NK, 1
	%910 = icmp slt i32 %877, %909
	%911 = select i1 %910, i32 %877, i32 %909
	%912 = add i32 %452, %911
	%913 = sext i32 %912 to i64
	%914 = getelementptr float, float* %e, i64 %913
	%915 = load float, float* %914
	%916 = icmp slt i32 %881, %909
	%917 = select i1 %916, i32 %881, i32 %909
	%918 = add i32 %452, %917
	%919 = sext i32 %918 to i64
	%920 = getelementptr float, float* %e, i64 %919
	%921 = load float, float* %920
	%922 = icmp slt i32 %885, %909
	%923 = select i1 %922, i32 %885, i32 %909
	%924 = add i32 %452, %923
	%925 = sext i32 %924 to i64
	%926 = getelementptr float, float* %e, i64 %925
	%927 = load float, float* %926
	%928 = icmp slt i32 %889, %909
	%929 = select i1 %928, i32 %889, i32 %909
	%930 = add i32 %452, %929
	%931 = sext i32 %930 to i64
	%932 = getelementptr float, float* %e, i64 %931
	%933 = load float, float* %932
	%934 = icmp slt i32 %893, %909
	%935 = select i1 %934, i32 %893, i32 %909
	%936 = add i32 %452, %935
	%937 = sext i32 %936 to i64
	%938 = getelementptr float, float* %e, i64 %937
	%939 = load float, float* %938
	%940 = icmp slt i32 %897, %909
	%941 = select i1 %940, i32 %897, i32 %909
	%942 = add i32 %452, %941
	%943 = sext i32 %942 to i64
	%944 = getelementptr float, float* %e, i64 %943
	%945 = load float, float* %944
	%946 = icmp slt i32 %901, %909
	%947 = select i1 %946, i32 %901, i32 %909
	%948 = add i32 %452, %947
	%949 = sext i32 %948 to i64
	%950 = getelementptr float, float* %e, i64 %949
	%951 = load float, float* %950
	%952 = icmp slt i32 %905, %909
	%953 = select i1 %952, i32 %905, i32 %909
	%954 = add i32 %452, %953
	%955 = sext i32 %954 to i64
	%956 = getelementptr float, float* %e, i64 %955
	%957 = load float, float* %956
	%958 = icmp slt i32 %877, %NK
	%959 = fcmp oge float %915, 0.0
	%960 = and i1 %958, %959
	%961 = icmp sge i32 %877, %468
	%962 = icmp sle i32 %877, %476
	%963 = and i1 %961, %962
	%964 = or i1 false, %963
	%965 = icmp eq i32 %877, 0
	%966 = or i1 %964, %965
	%967 = bitcast float %915 to i32
	%968 = add i32 %967, 2
	%969 = select i1 %966, i32 1, i32 %968
	%970 = select i1 %960, i32 %969, i32 0
	%971 = icmp slt i32 %881, %NK
	%972 = fcmp oge float %921, 0.0
	%973 = and i1 %971, %972
	%974 = icmp sge i32 %881, %468
	%975 = icmp sle i32 %881, %476
	%976 = and i1 %974, %975
	%977 = or i1 false, %976
	%978 = icmp eq i32 %881, 0
	%979 = or i1 %977, %978
	%980 = bitcast float %921 to i32
	%981 = add i32 %980, 2
	%982 = select i1 %979, i32 1, i32 %981
	%983 = select i1 %973, i32 %982, i32 0
	%984 = icmp slt i32 %885, %NK
	%985 = fcmp oge float %927, 0.0
	%986 = and i1 %984, %985
	%987 = icmp sge i32 %885, %468
	%988 = icmp sle i32 %885, %476
	%989 = and i1 %987, %988
	%990 = or i1 false, %989
	%991 = icmp eq i32 %885, 0
	%992 = or i1 %990, %991
	%993 = bitcast float %927 to i32
	%994 = add i32 %993, 2
	%995 = select i1 %992, i32 1, i32 %994
	%996 = select i1 %986, i32 %995, i32 0
	%997 = icmp slt i32 %889, %NK
	%998 = fcmp oge float %933, 0.0
	%999 = and i1 %997, %998
	%1000 = icmp sge i32 %889, %468
	%1001 = icmp sle i32 %889, %476
	%1002 = and i1 %1000, %1001
	%1003 = or i1 false, %1002
	%1004 = icmp eq i32 %889, 0
	%1005 = or i1 %1003, %1004
	%1006 = bitcast float %933 to i32
	%1007 = add i32 %1006, 2
	%1008 = select i1 %1005, i32 1, i32 %1007
	%1009 = select i1 %999, i32 %1008, i32 0
	%1010 = icmp slt i32 %893, %NK
	%1011 = fcmp oge float %939, 0.0
	%1012 = and i1 %1010, %1011
	%1013 = icmp sge i32 %893, %468
	%1014 = icmp sle i32 %893, %476
	%1015 = and i1 %1013, %1014
	%1016 = or i1 false, %1015
	%1017 = icmp eq i32 %893, 0
	%1018 = or i1 %1016, %1017
	%1019 = bitcast float %939 to i32
	%1020 = add i32 %1019, 2
	%1021 = select i1 %1018, i32 1, i32 %1020
	%1022 = select i1 %1012, i32 %1021, i32 0
	%1023 = icmp slt i32 %897, %NK
	%1024 = fcmp oge float %945, 0.0
	%1025 = and i1 %1023, %1024
	%1026 = icmp sge i32 %897, %468
	%1027 = icmp sle i32 %897, %476
	%1028 = and i1 %1026, %1027
	%1029 = or i1 false, %1028
	%1030 = icmp eq i32 %897, 0
	%1031 = or i1 %1029, %1030
	%1032 = bitcast float %945 to i32
	%1033 = add i32 %1032, 2
	%1034 = select i1 %1031, i32 1, i32 %1033
	%1035 = select i1 %1025, i32 %1034, i32 0
	%1036 = icmp slt i32 %901, %NK
	%1037 = fcmp oge float %951, 0.0
	%1038 = and i1 %1036, %1037
	%1039 = icmp sge i32 %901, %468
	%1040 = icmp sle i32 %901, %476
	%1041 = and i1 %1039, %1040
	%1042 = or i1 false, %1041
	%1043 = icmp eq i32 %901, 0
	%1044 = or i1 %1042, %1043
	%1045 = bitcast float %951 to i32
	%1046 = add i32 %1045, 2
	%1047 = select i1 %1044, i32 1, i32 %1046
	%1048 = select i1 %1038, i32 %1047, i32 0
	%1049 = icmp slt i32 %905, %NK
	%1050 = fcmp oge float %957, 0.0
	%1051 = and i1 %1049, %1050
	%1052 = icmp sge i32 %905, %468
	%1053 = icmp sle i32 %905, %476
	%1054 = and i1 %1052, %1053
	%1055 = or i1 false, %1054
	%1056 = icmp eq i32 %905, 0
	%1057 = or i1 %1055, %1056
	%1058 = bitcast float %957 to i32
	%1059 = add i32 %1058, 2
	%1060 = select i1 %1057, i32 1, i32 %1059
	%1061 = select i1 %1051, i32 %1060, i32 0
	%1062 = icmp uge i32 %970, 2
	%1063 = and i32 %970, %11
	%1064 = icmp eq i32 %1063, %7
	%1065 = and i1 %1062, %1064
	%1066 = lshr i32 %970, 0
	%1067 = and i32 %1066, 1023
	%1068 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1065)
	br i1 %1068, label %1070, label %1078

1069:
	br label %840

1070:
	%1071 = select i1 %1065, i32 %1067, i32 1024
	%1072 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1071)
	%1073 = shl i32 1, %3
	%1074 = sub i32 %1073, 1
	%1075 = and i32 %1072, %1074
	%1076 = icmp eq i32 %1075, 0
	%1077 = and i1 %1065, %1076
	br i1 %1077, label %1086, label %1090

1078:
	%1079 = icmp uge i32 %983, 2
	%1080 = and i32 %983, %11
	%1081 = icmp eq i32 %1080, %7
	%1082 = and i1 %1079, %1081
	%1083 = lshr i32 %983, 0
	%1084 = and i32 %1083, 1023
	%1085 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1082)
	br i1 %1085, label %1091, label %1099

1086:
	%1087 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1067
	%1088 = call i32 @llvm.ctpop.i32(i32 %1072)
	%1089 = atomicrmw add i32 addrspace(3)* %1087, i32 %1088 monotonic
	br label %1090

1090:
	br label %1078

1091:
	%1092 = select i1 %1082, i32 %1084, i32 1024
	%1093 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1092)
	%1094 = shl i32 1, %3
	%1095 = sub i32 %1094, 1
	%1096 = and i32 %1093, %1095
	%1097 = icmp eq i32 %1096, 0
	%1098 = and i1 %1082, %1097
	br i1 %1098, label %1107, label %1111

1099:
	%1100 = icmp uge i32 %996, 2
	%1101 = and i32 %996, %11
	%1102 = icmp eq i32 %1101, %7
	%1103 = and i1 %1100, %1102
	%1104 = lshr i32 %996, 0
	%1105 = and i32 %1104, 1023
	%1106 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1103)
	br i1 %1106, label %1112, label %1120

1107:
	%1108 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1084
	%1109 = call i32 @llvm.ctpop.i32(i32 %1093)
	%1110 = atomicrmw add i32 addrspace(3)* %1108, i32 %1109 monotonic
	br label %1111

1111:
	br label %1099

1112:
	%1113 = select i1 %1103, i32 %1105, i32 1024
	%1114 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1113)
	%1115 = shl i32 1, %3
	%1116 = sub i32 %1115, 1
	%1117 = and i32 %1114, %1116
	%1118 = icmp eq i32 %1117, 0
	%1119 = and i1 %1103, %1118
	br i1 %1119, label %1128, label %1132

1120:
	%1121 = icmp uge i32 %1009, 2
	%1122 = and i32 %1009, %11
	%1123 = icmp eq i32 %1122, %7
	%1124 = and i1 %1121, %1123
	%1125 = lshr i32 %1009, 0
	%1126 = and i32 %1125, 1023
	%1127 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1124)
	br i1 %1127, label %1133, label %1141

1128:
	%1129 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1105
	%1130 = call i32 @llvm.ctpop.i32(i32 %1114)
	%1131 = atomicrmw add i32 addrspace(3)* %1129, i32 %1130 monotonic
	br label %1132

1132:
	br label %1120

1133:
	%1134 = select i1 %1124, i32 %1126, i32 1024
	%1135 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1134)
	%1136 = shl i32 1, %3
	%1137 = sub i32 %1136, 1
	%1138 = and i32 %1135, %1137
	%1139 = icmp eq i32 %1138, 0
	%1140 = and i1 %1124, %1139
	br i1 %1140, label %1149, label %1153

1141:
	%1142 = icmp uge i32 %1022, 2
	%1143 = and i32 %1022, %11
	%1144 = icmp eq i32 %1143, %7
	%1145 = and i1 %1142, %1144
	%1146 = lshr i32 %1022, 0
	%1147 = and i32 %1146, 1023
	%1148 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1145)
	br i1 %1148, label %1154, label %1162

1149:
	%1150 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1126
	%1151 = call i32 @llvm.ctpop.i32(i32 %1135)
	%1152 = atomicrmw add i32 addrspace(3)* %1150, i32 %1151 monotonic
	br label %1153

1153:
	br label %1141

1154:
	%1155 = select i1 %1145, i32 %1147, i32 1024
	%1156 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1155)
	%1157 = shl i32 1, %3
	%1158 = sub i32 %1157, 1
	%1159 = and i32 %1156, %1158
	%1160 = icmp eq i32 %1159, 0
	%1161 = and i1 %1145, %1160
	br i1 %1161, label %1170, label %1174

1162:
	%1163 = icmp uge i32 %1035, 2
	%1164 = and i32 %1035, %11
	%1165 = icmp eq i32 %1164, %7
	%1166 = and i1 %1163, %1165
	%1167 = lshr i32 %1035, 0
	%1168 = and i32 %1167, 1023
	%1169 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1166)
	br i1 %1169, label %1175, label %1183

1170:
	%1171 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1147
	%1172 = call i32 @llvm.ctpop.i32(i32 %1156)
	%1173 = atomicrmw add i32 addrspace(3)* %1171, i32 %1172 monotonic
	br label %1174

1174:
	br label %1162

1175:
	%1176 = select i1 %1166, i32 %1168, i32 1024
	%1177 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1176)
	%1178 = shl i32 1, %3
	%1179 = sub i32 %1178, 1
	%1180 = and i32 %1177, %1179
	%1181 = icmp eq i32 %1180, 0
	%1182 = and i1 %1166, %1181
	br i1 %1182, label %1191, label %1195

1183:
	%1184 = icmp uge i32 %1048, 2
	%1185 = and i32 %1048, %11
	%1186 = icmp eq i32 %1185, %7
	%1187 = and i1 %1184, %1186
	%1188 = lshr i32 %1048, 0
	%1189 = and i32 %1188, 1023
	%1190 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1187)
	br i1 %1190, label %1196, label %1204

1191:
	%1192 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1168
	%1193 = call i32 @llvm.ctpop.i32(i32 %1177)
	%1194 = atomicrmw add i32 addrspace(3)* %1192, i32 %1193 monotonic
	br label %1195

1195:
	br label %1183

1196:
	%1197 = select i1 %1187, i32 %1189, i32 1024
	%1198 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1197)
	%1199 = shl i32 1, %3
	%1200 = sub i32 %1199, 1
	%1201 = and i32 %1198, %1200
	%1202 = icmp eq i32 %1201, 0
	%1203 = and i1 %1187, %1202
	br i1 %1203, label %1212, label %1216

1204:
	%1205 = icmp uge i32 %1061, 2
	%1206 = and i32 %1061, %11
	%1207 = icmp eq i32 %1206, %7
	%1208 = and i1 %1205, %1207
	%1209 = lshr i32 %1061, 0
	%1210 = and i32 %1209, 1023
	%1211 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1208)
	br i1 %1211, label %1217, label %1225

1212:
	%1213 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1189
	%1214 = call i32 @llvm.ctpop.i32(i32 %1198)
	%1215 = atomicrmw add i32 addrspace(3)* %1213, i32 %1214 monotonic
	br label %1216

1216:
	br label %1204

1217:
	%1218 = select i1 %1208, i32 %1210, i32 1024
	%1219 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1218)
	%1220 = shl i32 1, %3
	%1221 = sub i32 %1220, 1
	%1222 = and i32 %1219, %1221
	%1223 = icmp eq i32 %1222, 0
	%1224 = and i1 %1208, %1223
	br i1 %1224, label %1227, label %1231

1225:
	%1226 = add i32 %872, 2048
	br label %871

1227:
	%1228 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1210
	%1229 = call i32 @llvm.ctpop.i32(i32 %1219)
	%1230 = atomicrmw add i32 addrspace(3)* %1228, i32 %1229 monotonic
	br label %1231

1231:
	br label %1225

1232:
	br label %1264

1233:
	%1234 = mul i32 %1, 8
	%1235 = add i32 %1234, 4
	%1236 = mul i32 %2, %NQ
	%1237 = add i32 %1236, %1235
	%1238 = mul i32 %1237, %NK
	%1239 = mul i32 %1235, 64
	%1240 = add i32 %1239, %off
	%1241 = add i32 %1235, 1
	%1242 = mul i32 %1241, 64
	%1243 = icmp slt i32 %1242, %M
	%1244 = select i1 %1243, i32 %1242, i32 %M
	%1245 = sub i32 %1244, 1
	%1246 = add i32 %1245, %off
	%1247 = icmp slt i32 %1240, 0
	%1248 = sub i32 0, %1240
	%1249 = sub i32 64, 1
	%1250 = add i32 %1248, %1249
	%1251 = sdiv i32 %1250, 64
	%1252 = sub i32 0, %1251
	%1253 = sdiv i32 %1240, 64
	%1254 = select i1 %1247, i32 %1252, i32 %1253
	%1255 = icmp slt i32 %1246, 0
	%1256 = sub i32 0, %1246
	%1257 = sub i32 64, 1
	%1258 = add i32 %1256, %1257
	%1259 = sdiv i32 %1258, 64
	%1260 = sub i32 0, %1259
	%1261 = sdiv i32 %1246, 64
	%1262 = select i1 %1255, i32 %1260, i32 %1261
	%1263 = icmp slt i32 %1235, %NQ
	br i1 %1263, label %1625, label %1626

1264:
	%1265 = phi i32 [ %0, %1232 ], [ %1619, %1618 ]
	%1266 = phi i32 [ 0, %1232 ], [ %1266, %1618 ]
	%1267 = icmp slt i32 %1265, %22
	br i1 %1267, label %1268, label %1462

1268:
	%1269 = sub i32 %22, 1
	%1270 = add i32 %1265, 0
	%1271 = icmp slt i32 %1270, %22
	%1272 = icmp slt i32 %1270, %1269
	%1273 = select i1 %1272, i32 %1270, i32 %1269
	%1274 = add i32 %1265, 256
	%1275 = icmp slt i32 %1274, %22
	%1276 = icmp slt i32 %1274, %1269
	%1277 = select i1 %1276, i32 %1274, i32 %1269
	%1278 = add i32 %1265, 512
	%1279 = icmp slt i32 %1278, %22
	%1280 = icmp slt i32 %1278, %1269
	%1281 = select i1 %1280, i32 %1278, i32 %1269
	%1282 = add i32 %1265, 768
	%1283 = icmp slt i32 %1282, %22
	%1284 = icmp slt i32 %1282, %1269
	%1285 = select i1 %1284, i32 %1282, i32 %1269
	%1286 = add i32 %1265, 1024
	%1287 = icmp slt i32 %1286, %22
	%1288 = icmp slt i32 %1286, %1269
	%1289 = select i1 %1288, i32 %1286, i32 %1269
	%1290 = add i32 %1265, 1280
	%1291 = icmp slt i32 %1290, %22
	%1292 = icmp slt i32 %1290, %1269
	%1293 = select i1 %1292, i32 %1290, i32 %1269
	%1294 = add i32 %1265, 1536
	%1295 = icmp slt i32 %1294, %22
	%1296 = icmp slt i32 %1294, %1269
	%1297 = select i1 %1296, i32 %1294, i32 %1269
	%1298 = add i32 %1265, 1792
	%1299 = icmp slt i32 %1298, %22
	%1300 = icmp slt i32 %1298, %1269
	%1301 = select i1 %1300, i32 %1298, i32 %1269
	%1302 = sub i32 %NK, 1
	%1303 = icmp slt i32 %1270, %1302
	%1304 = select i1 %1303, i32 %1270, i32 %1302
	%1305 = add i32 %845, %1304
	%1306 = sext i32 %1305 to i64
	%1307 = getelementptr float, float* %e, i64 %1306
	%1308 = load float, float* %1307
	%1309 = icmp slt i32 %1274, %1302
	%1310 = select i1 %1309, i32 %1274, i32 %1302
	%1311 = add i32 %845, %1310
	%1312 = sext i32 %1311 to i64
	%1313 = getelementptr float, float* %e, i64 %1312
	%1314 = load float, float* %1313
	%1315 = icmp slt i32 %1278, %1302
	%1316 = select i1 %1315, i32 %1278, i32 %1302
	%1317 = add i32 %845, %1316
	%1318 = sext i32 %1317 to i64
	%1319 = getelementptr float, float* %e, i64 %1318
	%1320 = load float, float* %1319
	%1321 = icmp slt i32 %1282, %1302
	%1322 = select i1 %1321, i32 %1282, i32 %1302
	%1323 = add i32 %845, %1322
	%1324 = sext i32 %1323 to i64
	%1325 = getelementptr float, float* %e, i64 %1324
	%1326 = load float, float* %1325
	%1327 = icmp slt i32 %1286, %1302
	%1328 = select i1 %1327, i32 %1286, i32 %1302
	%1329 = add i32 %845, %1328
	%1330 = sext i32 %1329 to i64
	%1331 = getelementptr float, float* %e, i64 %1330
	%1332 = load float, float* %1331
	%1333 = icmp slt i32 %1290, %1302
	%1334 = select i1 %1333, i32 %1290, i32 %1302
	%1335 = add i32 %845, %1334
	%1336 = sext i32 %1335 to i64
	%1337 = getelementptr float, float* %e, i64 %1336
	%1338 = load float, float* %1337
	%1339 = icmp slt i32 %1294, %1302
	%1340 = select i1 %1339, i32 %1294, i32 %1302
	%1341 = add i32 %845, %1340
	%1342 = sext i32 %1341 to i64
	%1343 = getelementptr float, float* %e, i64 %1342
	%1344 = load float, float* %1343
	%1345 = icmp slt i32 %1298, %1302
	%1346 = select i1 %1345, i32 %1298, i32 %1302
	%1347 = add i32 %845, %1346
	%1348 = sext i32 %1347 to i64
	%1349 = getelementptr float, float* %e, i64 %1348
	%1350 = load float, float* %1349
	%1351 = icmp slt i32 %1270, %NK
	%1352 = fcmp oge float %1308, 0.0
	%1353 = and i1 %1351, %1352
	%1354 = icmp sge i32 %1270, %861
	%1355 = icmp sle i32 %1270, %869
	%1356 = and i1 %1354, %1355
	%1357 = or i1 false, %1356
	%1358 = icmp eq i32 %1270, 0
	%1359 = or i1 %1357, %1358
	%1360 = bitcast float %1308 to i32
	%1361 = add i32 %1360, 2
	%1362 = select i1 %1359, i32 1, i32 %1361
	%1363 = select i1 %1353, i32 %1362, i32 0
	%1364 = icmp slt i32 %1274, %NK
	%1365 = fcmp oge float %1314, 0.0
	%1366 = and i1 %1364, %1365
	%1367 = icmp sge i32 %1274, %861
	%1368 = icmp sle i32 %1274, %869
	%1369 = and i1 %1367, %1368
	%1370 = or i1 false, %1369
	%1371 = icmp eq i32 %1274, 0
	%1372 = or i1 %1370, %1371
	%1373 = bitcast float %1314 to i32
	%1374 = add i32 %1373, 2
	%1375 = select i1 %1372, i32 1, i32 %1374
	%1376 = select i1 %1366, i32 %1375, i32 0
	%1377 = icmp slt i32 %1278, %NK
	%1378 = fcmp oge float %1320, 0.0
	%1379 = and i1 %1377, %1378
	%1380 = icmp sge i32 %1278, %861
	%1381 = icmp sle i32 %1278, %869
	%1382 = and i1 %1380, %1381
	%1383 = or i1 false, %1382
	%1384 = icmp eq i32 %1278, 0
	%1385 = or i1 %1383, %1384
	%1386 = bitcast float %1320 to i32
	%1387 = add i32 %1386, 2
	%1388 = select i1 %1385, i32 1, i32 %1387
	%1389 = select i1 %1379, i32 %1388, i32 0
	%1390 = icmp slt i32 %1282, %NK
	%1391 = fcmp oge float %1326, 0.0
	%1392 = and i1 %1390, %1391
	%1393 = icmp sge i32 %1282, %861
	%1394 = icmp sle i32 %1282, %869
	%1395 = and i1 %1393, %1394
	%1396 = or i1 false, %1395
	%1397 = icmp eq i32 %1282, 0
	%1398 = or i1 %1396, %1397
	%1399 = bitcast float %1326 to i32
	%1400 = add i32 %1399, 2
	%1401 = select i1 %1398, i32 1, i32 %1400
	%1402 = select i1 %1392, i32 %1401, i32 0
	%1403 = icmp slt i32 %1286, %NK
	%1404 = fcmp oge float %1332, 0.0
	%1405 = and i1 %1403, %1404
	%1406 = icmp sge i32 %1286, %861
	%1407 = icmp sle i32 %1286, %869
	%1408 = and i1 %1406, %1407
	%1409 = or i1 false, %1408
	%1410 = icmp eq i32 %1286, 0
	%1411 = or i1 %1409, %1410
	%1412 = bitcast float %1332 to i32
	%1413 = add i32 %1412, 2
	%1414 = select i1 %1411, i32 1, i32 %1413
	%1415 = select i1 %1405, i32 %1414, i32 0
	%1416 = icmp slt i32 %1290, %NK
	%1417 = fcmp oge float %1338, 0.0
	%1418 = and i1 %1416, %1417
	%1419 = icmp sge i32 %1290, %861
	%1420 = icmp sle i32 %1290, %869
	%1421 = and i1 %1419, %1420
	%1422 = or i1 false, %1421
	%1423 = icmp eq i32 %1290, 0
	%1424 = or i1 %1422, %1423
	%1425 = bitcast float %1338 to i32
	%1426 = add i32 %1425, 2
	%1427 = select i1 %1424, i32 1, i32 %1426
	%1428 = select i1 %1418, i32 %1427, i32 0
	%1429 = icmp slt i32 %1294, %NK
	%1430 = fcmp oge float %1344, 0.0
	%1431 = and i1 %1429, %1430
	%1432 = icmp sge i32 %1294, %861
	%1433 = icmp sle i32 %1294, %869
	%1434 = and i1 %1432, %1433
	%1435 = or i1 false, %1434
	%1436 = icmp eq i32 %1294, 0
	%1437 = or i1 %1435, %1436
	%1438 = bitcast float %1344 to i32
	%1439 = add i32 %1438, 2
	%1440 = select i1 %1437, i32 1, i32 %1439
	%1441 = select i1 %1431, i32 %1440, i32 0
	%1442 = icmp slt i32 %1298, %NK
	%1443 = fcmp oge float %1350, 0.0
	%1444 = and i1 %1442, %1443
	%1445 = icmp sge i32 %1298, %861
	%1446 = icmp sle i32 %1298, %869
	%1447 = and i1 %1445, %1446
	%1448 = or i1 false, %1447
	%1449 = icmp eq i32 %1298, 0
	%1450 = or i1 %1448, %1449
	%1451 = bitcast float %1350 to i32
	%1452 = add i32 %1451, 2
	%1453 = select i1 %1450, i32 1, i32 %1452
	%1454 = select i1 %1444, i32 %1453, i32 0
	%1455 = icmp uge i32 %1363, 2
	%1456 = and i32 %1363, %11
	%1457 = icmp eq i32 %1456, %7
	%1458 = and i1 %1455, %1457
	%1459 = lshr i32 %1363, 0
	%1460 = and i32 %1459, 1023
	%1461 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1458)
	br i1 %1461, label %1463, label %1471

1462:
	br label %1233

1463:
	%1464 = select i1 %1458, i32 %1460, i32 1024
	%1465 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1464)
	%1466 = shl i32 1, %3
	%1467 = sub i32 %1466, 1
	%1468 = and i32 %1465, %1467
	%1469 = icmp eq i32 %1468, 0
	%1470 = and i1 %1458, %1469
	br i1 %1470, label %1479, label %1483

1471:
	%1472 = icmp uge i32 %1376, 2
	%1473 = and i32 %1376, %11
	%1474 = icmp eq i32 %1473, %7
	%1475 = and i1 %1472, %1474
	%1476 = lshr i32 %1376, 0
	%1477 = and i32 %1476, 1023
	%1478 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1475)
	br i1 %1478, label %1484, label %1492

1479:
	%1480 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1460
	%1481 = call i32 @llvm.ctpop.i32(i32 %1465)
	%1482 = atomicrmw add i32 addrspace(3)* %1480, i32 %1481 monotonic
	br label %1483

1483:
	br label %1471

1484:
	%1485 = select i1 %1475, i32 %1477, i32 1024
	%1486 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1485)
	%1487 = shl i32 1, %3
	%1488 = sub i32 %1487, 1
	%1489 = and i32 %1486, %1488
	%1490 = icmp eq i32 %1489, 0
	%1491 = and i1 %1475, %1490
	br i1 %1491, label %1500, label %1504

1492:
	%1493 = icmp uge i32 %1389, 2
	%1494 = and i32 %1389, %11
	%1495 = icmp eq i32 %1494, %7
	%1496 = and i1 %1493, %1495
	%1497 = lshr i32 %1389, 0
	%1498 = and i32 %1497, 1023
	%1499 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1496)
	br i1 %1499, label %1505, label %1513

1500:
	%1501 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1477
	%1502 = call i32 @llvm.ctpop.i32(i32 %1486)
	%1503 = atomicrmw add i32 addrspace(3)* %1501, i32 %1502 monotonic
	br label %1504

1504:
	br label %1492

1505:
	%1506 = select i1 %1496, i32 %1498, i32 1024
	%1507 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1506)
	%1508 = shl i32 1, %3
	%1509 = sub i32 %1508, 1
	%1510 = and i32 %1507, %1509
	%1511 = icmp eq i32 %1510, 0
	%1512 = and i1 %1496, %1511
	br i1 %1512, label %1521, label %1525

1513:
	%1514 = icmp uge i32 %1402, 2
	%1515 = and i32 %1402, %11
	%1516 = icmp eq i32 %1515, %7
	%1517 = and i1 %1514, %1516
	%1518 = lshr i32 %1402, 0
	%1519 = and i32 %1518, 1023
	%1520 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1517)
	br i1 %1520, label %1526, label %1534

1521:
	%1522 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1498
	%1523 = call i32 @llvm.ctpop.i32(i32 %1507)
	%1524 = atomicrmw add i32 addrspace(3)* %1522, i32 %1523 monotonic
	br label %1525

1525:
	br label %1513

1526:
	%1527 = select i1 %1517, i32 %1519, i32 1024
	%1528 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1527)
	%1529 = shl i32 1, %3
	%1530 = sub i32 %1529, 1
	%1531 = and i32 %1528, %1530
	%1532 = icmp eq i32 %1531, 0
	%1533 = and i1 %1517, %1532
	br i1 %1533, label %1542, label %1546

1534:
	%1535 = icmp uge i32 %1415, 2
	%1536 = and i32 %1415, %11
	%1537 = icmp eq i32 %1536, %7
	%1538 = and i1 %1535, %1537
	%1539 = lshr i32 %1415, 0
	%1540 = and i32 %1539, 1023
	%1541 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1538)
	br i1 %1541, label %1547, label %1555

1542:
	%1543 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1519
	%1544 = call i32 @llvm.ctpop.i32(i32 %1528)
	%1545 = atomicrmw add i32 addrspace(3)* %1543, i32 %1544 monotonic
	br label %1546

1546:
	br label %1534

1547:
	%1548 = select i1 %1538, i32 %1540, i32 1024
	%1549 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1548)
	%1550 = shl i32 1, %3
	%1551 = sub i32 %1550, 1
	%1552 = and i32 %1549, %1551
	%1553 = icmp eq i32 %1552, 0
	%1554 = and i1 %1538, %1553
	br i1 %1554, label %1563, label %1567

1555:
	%1556 = icmp uge i32 %1428, 2
	%1557 = and i32 %1428, %11
	%1558 = icmp eq i32 %1557, %7
	%1559 = and i1 %1556, %1558
	%1560 = lshr i32 %1428, 0
	%1561 = and i32 %1560, 1023
	%1562 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1559)
	br i1 %1562, label %1568, label %1576

1563:
	%1564 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1540
	%1565 = call i32 @llvm.ctpop.i32(i32 %1549)
	%1566 = atomicrmw add i32 addrspace(3)* %1564, i32 %1565 monotonic
	br label %1567

1567:
	br label %1555

1568:
	%1569 = select i1 %1559, i32 %1561, i32 1024
	%1570 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1569)
	%1571 = shl i32 1, %3
	%1572 = sub i32 %1571, 1
	%1573 = and i32 %1570, %1572
	%1574 = icmp eq i32 %1573, 0
	%1575 = and i1 %1559, %1574
	br i1 %1575, label %1584, label %1588

1576:
	%1577 = icmp uge i32 %1441, 2
	%1578 = and i32 %1441, %11
	%1579 = icmp eq i32 %1578, %7
	%1580 = and i1 %1577, %1579
	%1581 = lshr i32 %1441, 0
	%1582 = and i32 %1581, 1023
	%1583 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1580)
	br i1 %1583, label %1589, label %1597

1584:
	%1585 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1561
	%1586 = call i32 @llvm.ctpop.i32(i32 %1570)
	%1587 = atomicrmw add i32 addrspace(3)* %1585, i32 %1586 monotonic
	br label %1588

1588:
	br label %1576

1589:
	%1590 = select i1 %1580, i32 %1582, i32 1024
	%1591 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1590)
	%1592 = shl i32 1, %3
	%1593 = sub i32 %1592, 1
	%1594 = and i32 %1591, %1593
	%1595 = icmp eq i32 %1594, 0
	%1596 = and i1 %1580, %1595
	br i1 %1596, label %1605, label %1609

1597:
	%1598 = icmp uge i32 %1454, 2
	%1599 = and i32 %1454, %11
	%1600 = icmp eq i32 %1599, %7
	%1601 = and i1 %1598, %1600
	%1602 = lshr i32 %1454, 0
	%1603 = and i32 %1602, 1023
	%1604 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1601)
	br i1 %1604, label %1610, label %1618

1605:
	%1606 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1582
	%1607 = call i32 @llvm.ctpop.i32(i32 %1591)
	%1608 = atomicrmw add i32 addrspace(3)* %1606, i32 %1607 monotonic
	br label %1609

1609:
	br label %1597

1610:
	%1611 = select i1 %1601, i32 %1603, i32 1024
	%1612 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1611)
	%1613 = shl i32 1, %3
	%1614 = sub i32 %1613, 1
	%1615 = and i32 %1612, %1614
	%1616 = icmp eq i32 %1615, 0
	%1617 = and i1 %1601, %1616
	br i1 %1617, label %1620, label %1624

1618:
	%1619 = add i32 %1265, 2048
	br label %1264

1620:
	%1621 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1603
	%1622 = call i32 @llvm.ctpop.i32(i32 %1612)
	%1623 = atomicrmw add i32 addrspace(3)* %1621, i32 %1622 monotonic
	br label %1624

1624:
	br label %1618

1625:
	br label %1657

1626:
	%1627 = mul i32 %1, 8
	%1628 = add i32 %1627, 5
	%1629 = mul i32 %2, %NQ
	%1630 = add i32 %1629, %1628
	%1631 = mul i32 %1630, %NK
	%1632 = mul i32 %1628, 64
	%1633 = add i32 %1632, %off
	%1634 = add i32 %1628, 1
	%1635 = mul i32 %1634, 64
	%1636 = icmp slt i32 %1635, %M
	%1637 = select i1 %1636, i32 %1635, i32 %M
	%1638 = sub i32 %1637, 1
	%1639 = add i32 %1638, %off
	%1640 = icmp slt i32 %1633, 0
	%1641 = sub i32 0, %1633
	%1642 = sub i32 64, 1
	%1643 = add i32 %1641, %1642
	%1644 = sdiv i32 %1643, 64
	%1645 = sub i32 0, %1644
	%1646 = sdiv i32 %1633, 64
	%1647 = select i1 %1640, i32 %1645, i32 %1646
	%1648 = icmp slt i32 %1639, 0
	%1649 = sub i32 0, %1639
	%1650 = sub i32 64, 1
	%1651 = add i32 %1649, %1650
	%1652 = sdiv i32 %1651, 64
	%1653 = sub i32 0, %1652
	%1654 = sdiv i32 %1639, 64
	%1655 = select i1 %1648, i32 %1653, i32 %1654
	%1656 = icmp slt i32 %1628, %NQ
	br i1 %1656, label %2018, label %2019

1657:
	%1658 = phi i32 [ %0, %1625 ], [ %2012, %2011 ]
	%1659 = phi i32 [ 0, %1625 ], [ %1659, %2011 ]
	%1660 = icmp slt i32 %1658, %22
	br i1 %1660, label %1661, label %1855

1661:
	%1662 = sub i32 %22, 1
	%1663 = add i32 %1658, 0
	%1664 = icmp slt i32 %1663, %22
	%1665 = icmp slt i32 %1663, %1662
	%1666 = select i1 %1665, i32 %1663, i32 %1662
	%1667 = add i32 %1658, 256
	%1668 = icmp slt i32 %1667, %22
	%1669 = icmp slt i32 %1667, %1662
	%1670 = select i1 %1669, i32 %1667, i32 %1662
	%1671 = add i32 %1658, 512
	%1672 = icmp slt i32 %1671, %22
	%1673 = icmp slt i32 %1671, %1662
	%1674 = select i1 %1673, i32 %1671, i32 %1662
	%1675 = add i32 %1658, 768
	%1676 = icmp slt i32 %1675, %22
	%1677 = icmp slt i32 %1675, %1662
	%1678 = select i1 %1677, i32 %1675, i32 %1662
	%1679 = add i32 %1658, 1024
	%1680 = icmp slt i32 %1679, %22
	%1681 = icmp slt i32 %1679, %1662
	%1682 = select i1 %1681, i32 %1679, i32 %1662
	%1683 = add i32 %1658, 1280
	%1684 = icmp slt i32 %1683, %22
	%1685 = icmp slt i32 %1683, %1662
	%1686 = select i1 %1685, i32 %1683, i32 %1662
	%1687 = add i32 %1658, 1536
	%1688 = icmp slt i32 %1687, %22
	%1689 = icmp slt i32 %1687, %1662
	%1690 = select i1 %1689, i32 %1687, i32 %1662
	%1691 = add i32 %1658, 1792
	%1692 = icmp slt i32 %1691, %22
	%1693 = icmp slt i32 %1691, %1662
	%1694 = select i1 %1693, i32 %1691, i32 %1662
	%1695 = sub i32 %NK, 1
	%1696 = icmp slt i32 %1663, %1695
	%1697 = select i1 %1696, i32 %1663, i32 %1695
	%1698 = add i32 %1238, %1697
	%1699 = sext i32 %1698 to i64
	%1700 = getelementptr float, float* %e, i64 %1699
	%1701 = load float, float* %1700
	%1702 = icmp slt i32 %1667, %1695
	%1703 = select i1 %1702, i32 %1667, i32 %1695
	%1704 = add i32 %1238, %1703
	%1705 = sext i32 %1704 to i64
	%1706 = getelementptr float, float* %e, i64 %1705
	%1707 = load float, float* %1706
	%1708 = icmp slt i32 %1671, %1695
	%1709 = select i1 %1708, i32 %1671, i32 %1695
	%1710 = add i32 %1238, %1709
	%1711 = sext i32 %1710 to i64
	%1712 = getelementptr float, float* %e, i64 %1711
	%1713 = load float, float* %1712
	%1714 = icmp slt i32 %1675, %1695
	%1715 = select i1 %1714, i32 %1675, i32 %1695
	%1716 = add i32 %1238, %1715
	%1717 = sext i32 %1716 to i64
	%1718 = getelementptr float, float* %e, i64 %1717
	%1719 = load float, float* %1718
	%1720 = icmp slt i32 %1679, %1695
	%1721 = select i1 %1720, i32 %1679, i32 %1695
	%1722 = add i32 %1238, %1721
	%1723 = sext i32 %1722 to i64
	%1724 = getelementptr float, float* %e, i64 %1723
	%1725 = load float, float* %1724
	%1726 = icmp slt i32 %1683, %1695
	%1727 = select i1 %1726, i32 %1683, i32 %1695
	%1728 = add i32 %1238, %1727
	%1729 = sext i32 %1728 to i64
	%1730 = getelementptr float, float* %e, i64 %1729
	%1731 = load float, float* %1730
	%1732 = icmp slt i32 %1687, %1695
	%1733 = select i1 %1732, i32 %1687, i32 %1695
	%1734 = add i32 %1238, %1733
	%1735 = sext i32 %1734 to i64
	%1736 = getelementptr float, float* %e, i64 %1735
	%1737 = load float, float* %1736
	%1738 = icmp slt i32 %1691, %1695
	%1739 = select i1 %1738, i32 %1691, i32 %1695
	%1740 = add i32 %1238, %1739
	%1741 = sext i32 %1740 to i64
	%1742 = getelementptr float, float* %e, i64 %1741
	%1743 = load float, float* %1742
	%1744 = icmp slt i32 %1663, %NK
	%1745 = fcmp oge float %1701, 0.0
	%1746 = and i1 %1744, %1745
	%1747 = icmp sge i32 %1663, %1254
	%1748 = icmp sle i32 %1663, %1262
	%1749 = and i1 %1747, %1748
	%1750 = or i1 false, %1749
	%1751 = icmp eq i32 %1663, 0
	%1752 = or i1 %1750, %1751
	%1753 = bitcast float %1701 to i32
	%1754 = add i32 %1753, 2
	%1755 = select i1 %1752, i32 1, i32 %1754
	%1756 = select i1 %1746, i32 %1755, i32 0
	%1757 = icmp slt i32 %1667, %NK
	%1758 = fcmp oge float %1707, 0.0
	%1759 = and i1 %1757, %1758
	%1760 = icmp sge i32 %1667, %1254
	%1761 = icmp sle i32 %1667, %1262
	%1762 = and i1 %1760, %1761
	%1763 = or i1 false, %1762
	%1764 = icmp eq i32 %1667, 0
	%1765 = or i1 %1763, %1764
	%1766 = bitcast float %1707 to i32
	%1767 = add i32 %1766, 2
	%1768 = select i1 %1765, i32 1, i32 %1767
	%1769 = select i1 %1759, i32 %1768, i32 0
	%1770 = icmp slt i32 %1671, %NK
	%1771 = fcmp oge float %1713, 0.0
	%1772 = and i1 %1770, %1771
	%1773 = icmp sge i32 %1671, %1254
	%1774 = icmp sle i32 %1671, %1262
	%1775 = and i1 %1773, %1774
	%1776 = or i1 false, %1775
	%1777 = icmp eq i32 %1671, 0
	%1778 = or i1 %1776, %1777
	%1779 = bitcast float %1713 to i32
	%1780 = add i32 %1779, 2
	%1781 = select i1 %1778, i32 1, i32 %1780
	%1782 = select i1 %1772, i32 %1781, i32 0
	%1783 = icmp slt i32 %1675, %NK
	%1784 = fcmp oge float %1719, 0.0
	%1785 = and i1 %1783, %1784
	%1786 = icmp sge i32 %1675, %1254
	%1787 = icmp sle i32 %1675, %1262
	%1788 = and i1 %1786, %1787
	%1789 = or i1 false, %1788
	%1790 = icmp eq i32 %1675, 0
	%1791 = or i1 %1789, %1790
	%1792 = bitcast float %1719 to i32
	%1793 = add i32 %1792, 2
	%1794 = select i1 %1791, i32 1, i32 %1793
	%1795 = select i1 %1785, i32 %1794, i32 0
	%1796 = icmp slt i32 %1679, %NK
	%1797 = fcmp oge float %1725, 0.0
	%1798 = and i1 %1796, %1797
	%1799 = icmp sge i32 %1679, %1254
	%1800 = icmp sle i32 %1679, %1262
	%1801 = and i1 %1799, %1800
	%1802 = or i1 false, %1801
	%1803 = icmp eq i32 %1679, 0
	%1804 = or i1 %1802, %1803
	%1805 = bitcast float %1725 to i32
	%1806 = add i32 %1805, 2
	%1807 = select i1 %1804, i32 1, i32 %1806
	%1808 = select i1 %1798, i32 %1807, i32 0
	%1809 = icmp slt i32 %1683, %NK
	%1810 = fcmp oge float %1731, 0.0
	%1811 = and i1 %1809, %1810
	%1812 = icmp sge i32 %1683, %1254
	%1813 = icmp sle i32 %1683, %1262
	%1814 = and i1 %1812, %1813
	%1815 = or i1 false, %1814
	%1816 = icmp eq i32 %1683, 0
	%1817 = or i1 %1815, %1816
	%1818 = bitcast float %1731 to i32
	%1819 = add i32 %1818, 2
	%1820 = select i1 %1817, i32 1, i32 %1819
	%1821 = select i1 %1811, i32 %1820, i32 0
	%1822 = icmp slt i32 %1687, %NK
	%1823 = fcmp oge float %1737, 0.0
	%1824 = and i1 %1822, %1823
	%1825 = icmp sge i32 %1687, %1254
	%1826 = icmp sle i32 %1687, %1262
	%1827 = and i1 %1825, %1826
	%1828 = or i1 false, %1827
	%1829 = icmp eq i32 %1687, 0
	%1830 = or i1 %1828, %1829
	%1831 = bitcast float %1737 to i32
	%1832 = add i32 %1831, 2
	%1833 = select i1 %1830, i32 1, i32 %1832
	%1834 = select i1 %1824, i32 %1833, i32 0
	%1835 = icmp slt i32 %1691, %NK
	%1836 = fcmp oge float %1743, 0.0
	%1837 = and i1 %1835, %1836
	%1838 = icmp sge i32 %1691, %1254
	%1839 = icmp sle i32 %1691, %1262
	%1840 = and i1 %1838, %1839
	%1841 = or i1 false, %1840
	%1842 = icmp eq i32 %1691, 0
	%1843 = or i1 %1841, %1842
	%1844 = bitcast float %1743 to i32
	%1845 = add i32 %1844, 2
	%1846 = select i1 %1843, i32 1, i32 %1845
	%1847 = select i1 %1837, i32 %1846, i32 0
	%1848 = icmp uge i32 %1756, 2
	%1849 = and i32 %1756, %11
	%1850 = icmp eq i32 %1849, %7
	%1851 = and i1 %1848, %1850
	%1852 = lshr i32 %1756, 0
	%1853 = and i32 %1852, 1023
	%1854 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1851)
	br i1 %1854, label %1856, label %1864

1855:
	br label %1626

1856:
	%1857 = select i1 %1851, i32 %1853, i32 1024
	%1858 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1857)
	%1859 = shl i32 1, %3
	%1860 = sub i32 %1859, 1
	%1861 = and i32 %1858, %1860
	%1862 = icmp eq i32 %1861, 0
	%1863 = and i1 %1851, %1862
	br i1 %1863, label %1872, label %1876

1864:
	%1865 = icmp uge i32 %1769, 2
	%1866 = and i32 %1769, %11
	%1867 = icmp eq i32 %1866, %7
	%1868 = and i1 %1865, %1867
	%1869 = lshr i32 %1769, 0
	%1870 = and i32 %1869, 1023
	%1871 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1868)
	br i1 %1871, label %1877, label %1885

1872:
	%1873 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1853
	%1874 = call i32 @llvm.ctpop.i32(i32 %1858)
	%1875 = atomicrmw add i32 addrspace(3)* %1873, i32 %1874 monotonic
	br label %1876

1876:
	br label %1864

1877:
	%1878 = select i1 %1868, i32 %1870, i32 1024
	%1879 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1878)
	%1880 = shl i32 1, %3
	%1881 = sub i32 %1880, 1
	%1882 = and i32 %1879, %1881
	%1883 = icmp eq i32 %1882, 0
	%1884 = and i1 %1868, %1883
	br i1 %1884, label %1893, label %1897

1885:
	%1886 = icmp uge i32 %1782, 2
	%1887 = and i32 %1782, %11
	%1888 = icmp eq i32 %1887, %7
	%1889 = and i1 %1886, %1888
	%1890 = lshr i32 %1782, 0
	%1891 = and i32 %1890, 1023
	%1892 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1889)
	br i1 %1892, label %1898, label %1906

1893:
	%1894 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1870
	%1895 = call i32 @llvm.ctpop.i32(i32 %1879)
	%1896 = atomicrmw add i32 addrspace(3)* %1894, i32 %1895 monotonic
	br label %1897

1897:
	br label %1885

1898:
	%1899 = select i1 %1889, i32 %1891, i32 1024
	%1900 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1899)
	%1901 = shl i32 1, %3
	%1902 = sub i32 %1901, 1
	%1903 = and i32 %1900, %1902
	%1904 = icmp eq i32 %1903, 0
	%1905 = and i1 %1889, %1904
	br i1 %1905, label %1914, label %1918

1906:
	%1907 = icmp uge i32 %1795, 2
	%1908 = and i32 %1795, %11
	%1909 = icmp eq i32 %1908, %7
	%1910 = and i1 %1907, %1909
	%1911 = lshr i32 %1795, 0
	%1912 = and i32 %1911, 1023
	%1913 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1910)
	br i1 %1913, label %1919, label %1927

1914:
	%1915 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1891
	%1916 = call i32 @llvm.ctpop.i32(i32 %1900)
	%1917 = atomicrmw add i32 addrspace(3)* %1915, i32 %1916 monotonic
	br label %1918

1918:
	br label %1906

1919:
	%1920 = select i1 %1910, i32 %1912, i32 1024
	%1921 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1920)
	%1922 = shl i32 1, %3
	%1923 = sub i32 %1922, 1
	%1924 = and i32 %1921, %1923
	%1925 = icmp eq i32 %1924, 0
	%1926 = and i1 %1910, %1925
	br i1 %1926, label %1935, label %1939

1927:
	%1928 = icmp uge i32 %1808, 2
	%1929 = and i32 %1808, %11
	%1930 = icmp eq i32 %1929, %7
	%1931 = and i1 %1928, %1930
	%1932 = lshr i32 %1808, 0
	%1933 = and i32 %1932, 1023
	%1934 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1931)
	br i1 %1934, label %1940, label %1948

1935:
	%1936 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1912
	%1937 = call i32 @llvm.ctpop.i32(i32 %1921)
	%1938 = atomicrmw add i32 addrspace(3)* %1936, i32 %1937 monotonic
	br label %1939

1939:
	br label %1927

1940:
	%1941 = select i1 %1931, i32 %1933, i32 1024
	%1942 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1941)
	%1943 = shl i32 1, %3
	%1944 = sub i32 %1943, 1
	%1945 = and i32 %1942, %1944
	%1946 = icmp eq i32 %1945, 0
	%1947 = and i1 %1931, %1946
	br i1 %1947, label %1956, label %1960

1948:
	%1949 = icmp uge i32 %1821, 2
	%1950 = and i32 %1821, %11
	%1951 = icmp eq i32 %1950, %7
	%1952 = and i1 %1949, %1951
	%1953 = lshr i32 %1821, 0
	%1954 = and i32 %1953, 1023
	%1955 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1952)
	br i1 %1955, label %1961, label %1969

1956:
	%1957 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1933
	%1958 = call i32 @llvm.ctpop.i32(i32 %1942)
	%1959 = atomicrmw add i32 addrspace(3)* %1957, i32 %1958 monotonic
	br label %1960

1960:
	br label %1948

1961:
	%1962 = select i1 %1952, i32 %1954, i32 1024
	%1963 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1962)
	%1964 = shl i32 1, %3
	%1965 = sub i32 %1964, 1
	%1966 = and i32 %1963, %1965
	%1967 = icmp eq i32 %1966, 0
	%1968 = and i1 %1952, %1967
	br i1 %1968, label %1977, label %1981

1969:
	%1970 = icmp uge i32 %1834, 2
	%1971 = and i32 %1834, %11
	%1972 = icmp eq i32 %1971, %7
	%1973 = and i1 %1970, %1972
	%1974 = lshr i32 %1834, 0
	%1975 = and i32 %1974, 1023
	%1976 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1973)
	br i1 %1976, label %1982, label %1990

1977:
	%1978 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1954
	%1979 = call i32 @llvm.ctpop.i32(i32 %1963)
	%1980 = atomicrmw add i32 addrspace(3)* %1978, i32 %1979 monotonic
	br label %1981

1981:
	br label %1969

1982:
	%1983 = select i1 %1973, i32 %1975, i32 1024
	%1984 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1983)
	%1985 = shl i32 1, %3
	%1986 = sub i32 %1985, 1
	%1987 = and i32 %1984, %1986
	%1988 = icmp eq i32 %1987, 0
	%1989 = and i1 %1973, %1988
	br i1 %1989, label %1998, label %2002

1990:
	%1991 = icmp uge i32 %1847, 2
	%1992 = and i32 %1847, %11
	%1993 = icmp eq i32 %1992, %7
	%1994 = and i1 %1991, %1993
	%1995 = lshr i32 %1847, 0
	%1996 = and i32 %1995, 1023
	%1997 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1994)
	br i1 %1997, label %2003, label %2011

1998:
	%1999 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1975
	%2000 = call i32 @llvm.ctpop.i32(i32 %1984)
	%2001 = atomicrmw add i32 addrspace(3)* %1999, i32 %2000 monotonic
	br label %2002

2002:
	br label %1990

2003:
	%2004 = select i1 %1994, i32 %1996, i32 1024
	%2005 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2004)
	%2006 = shl i32 1, %3
	%2007 = sub i32 %2006, 1
	%2008 = and i32 %2005, %2007
	%2009 = icmp eq i32 %2008, 0
	%2010 = and i1 %1994, %2009
	br i1 %2010, label %2013, label %2017

2011:
	%2012 = add i32 %1658, 2048
	br label %1657

2013:
	%2014 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1996
	%2015 = call i32 @llvm.ctpop.i32(i32 %2005)
	%2016 = atomicrmw add i32 addrspace(3)* %2014, i32 %2015 monotonic
	br label %2017

2017:
	br label %2011

2018:
	br label %2050

2019:
	%2020 = mul i32 %1, 8
	%2021 = add i32 %2020, 6
	%2022 = mul i32 %2, %NQ
	%2023 = add i32 %2022, %2021
	%2024 = mul i32 %2023, %NK
	%2025 = mul i32 %2021, 64
	%2026 = add i32 %2025, %off
	%2027 = add i32 %2021, 1
	%2028 = mul i32 %2027, 64
	%2029 = icmp slt i32 %2028, %M
	%2030 = select i1 %2029, i32 %2028, i32 %M
	%2031 = sub i32 %2030, 1
	%2032 = add i32 %2031, %off
	%2033 = icmp slt i32 %2026, 0
	%2034 = sub i32 0, %2026
	%2035 = sub i32 64, 1
	%2036 = add i32 %2034, %2035
	%2037 = sdiv i32 %2036, 64
	%2038 = sub i32 0, %2037
	%2039 = sdiv i32 %2026, 64
	%2040 = select i1 %2033, i32 %2038, i32 %2039
	%2041 = icmp slt i32 %2032, 0
	%2042 = sub i32 0, %2032
	%2043 = sub i32 64, 1
	%2044 = add i32 %2042, %2043
	%2045 = sdiv i32 %2044, 64
	%2046 = sub i32 0, %2045
	%2047 = sdiv i32 %2032, 64
	%2048 = select i1 %2041, i32 %2046, i32 %2047
	%2049 = icmp slt i32 %2021, %NQ
	br i1 %2049, label %2411, label %2412

2050:
	%2051 = phi i32 [ %0, %2018 ], [ %2405, %2404 ]
	%2052 = phi i32 [ 0, %2018 ], [ %2052, %2404 ]
	%2053 = icmp slt i32 %2051, %22
	br i1 %2053, label %2054, label %2248

2054:
	%2055 = sub i32 %22, 1
	%2056 = add i32 %2051, 0
	%2057 = icmp slt i32 %2056, %22
	%2058 = icmp slt i32 %2056, %2055
	%2059 = select i1 %2058, i32 %2056, i32 %2055
	%2060 = add i32 %2051, 256
	%2061 = icmp slt i32 %2060, %22
	%2062 = icmp slt i32 %2060, %2055
	%2063 = select i1 %2062, i32 %2060, i32 %2055
	%2064 = add i32 %2051, 512
	%2065 = icmp slt i32 %2064, %22
	%2066 = icmp slt i32 %2064, %2055
	%2067 = select i1 %2066, i32 %2064, i32 %2055
	%2068 = add i32 %2051, 768
	%2069 = icmp slt i32 %2068, %22
	%2070 = icmp slt i32 %2068, %2055
	%2071 = select i1 %2070, i32 %2068, i32 %2055
	%2072 = add i32 %2051, 1024
	%2073 = icmp slt i32 %2072, %22
	%2074 = icmp slt i32 %2072, %2055
	%2075 = select i1 %2074, i32 %2072, i32 %2055
	%2076 = add i32 %2051, 1280
	%2077 = icmp slt i32 %2076, %22
	%2078 = icmp slt i32 %2076, %2055
	%2079 = select i1 %2078, i32 %2076, i32 %2055
	%2080 = add i32 %2051, 1536
	%2081 = icmp slt i32 %2080, %22
	%2082 = icmp slt i32 %2080, %2055
	%2083 = select i1 %2082, i32 %2080, i32 %2055
	%2084 = add i32 %2051, 1792
	%2085 = icmp slt i32 %2084, %22
	%2086 = icmp slt i32 %2084, %2055
	%2087 = select i1 %2086, i32 %2084, i32 %2055
	%2088 = sub i32 %NK, 1
	%2089 = icmp slt i32 %2056, %2088
	%2090 = select i1 %2089, i32 %2056, i32 %2088
	%2091 = add i32 %1631, %2090
	%2092 = sext i32 %2091 to i64
	%2093 = getelementptr float, float* %e, i64 %2092
	%2094 = load float, float* %2093
	%2095 = icmp slt i32 %2060, %2088
	%2096 = select i1 %2095, i32 %2060, i32 %2088
	%2097 = add i32 %1631, %2096
	%2098 = sext i32 %2097 to i64
	%2099 = getelementptr float, float* %e, i64 %2098
	%2100 = load float, float* %2099
	%2101 = icmp slt i32 %2064, %2088
	%2102 = select i1 %2101, i32 %2064, i32 %2088
	%2103 = add i32 %1631, %2102
	%2104 = sext i32 %2103 to i64
	%2105 = getelementptr float, float* %e, i64 %2104
	%2106 = load float, float* %2105
	%2107 = icmp slt i32 %2068, %2088
	%2108 = select i1 %2107, i32 %2068, i32 %2088
	%2109 = add i32 %1631, %2108
	%2110 = sext i32 %2109 to i64
	%2111 = getelementptr float, float* %e, i64 %2110
	%2112 = load float, float* %2111
	%2113 = icmp slt i32 %2072, %2088
	%2114 = select i1 %2113, i32 %2072, i32 %2088
	%2115 = add i32 %1631, %2114
	%2116 = sext i32 %2115 to i64
	%2117 = getelementptr float, float* %e, i64 %2116
	%2118 = load float, float* %2117
	%2119 = icmp slt i32 %2076, %2088
	%2120 = select i1 %2119, i32 %2076, i32 %2088
	%2121 = add i32 %1631, %2120
	%2122 = sext i32 %2121 to i64
	%2123 = getelementptr float, float* %e, i64 %2122
	%2124 = load float, float* %2123
	%2125 = icmp slt i32 %2080, %2088
	%2126 = select i1 %2125, i32 %2080, i32 %2088
	%2127 = add i32 %1631, %2126
	%2128 = sext i32 %2127 to i64
	%2129 = getelementptr float, float* %e, i64 %2128
	%2130 = load float, float* %2129
	%2131 = icmp slt i32 %2084, %2088
	%2132 = select i1 %2131, i32 %2084, i32 %2088
	%2133 = add i32 %1631, %2132
	%2134 = sext i32 %2133 to i64
	%2135 = getelementptr float, float* %e, i64 %2134
	%2136 = load float, float* %2135
	%2137 = icmp slt i32 %2056, %NK
	%2138 = fcmp oge float %2094, 0.0
	%2139 = and i1 %2137, %2138
	%2140 = icmp sge i32 %2056, %1647
	%2141 = icmp sle i32 %2056, %1655
	%2142 = and i1 %2140, %2141
	%2143 = or i1 false, %2142
	%2144 = icmp eq i32 %2056, 0
	%2145 = or i1 %2143, %2144
	%2146 = bitcast float %2094 to i32
	%2147 = add i32 %2146, 2
	%2148 = select i1 %2145, i32 1, i32 %2147
	%2149 = select i1 %2139, i32 %2148, i32 0
	%2150 = icmp slt i32 %2060, %NK
	%2151 = fcmp oge float %2100, 0.0
	%2152 = and i1 %2150, %2151
	%2153 = icmp sge i32 %2060, %1647
	%2154 = icmp sle i32 %2060, %1655
	%2155 = and i1 %2153, %2154
	%2156 = or i1 false, %2155
	%2157 = icmp eq i32 %2060, 0
	%2158 = or i1 %2156, %2157
	%2159 = bitcast float %2100 to i32
	%2160 = add i32 %2159, 2
	%2161 = select i1 %2158, i32 1, i32 %2160
	%2162 = select i1 %2152, i32 %2161, i32 0
	%2163 = icmp slt i32 %2064, %NK
	%2164 = fcmp oge float %2106, 0.0
	%2165 = and i1 %2163, %2164
	%2166 = icmp sge i32 %2064, %1647
	%2167 = icmp sle i32 %2064, %1655
	%2168 = and i1 %2166, %2167
	%2169 = or i1 false, %2168
	%2170 = icmp eq i32 %2064, 0
	%2171 = or i1 %2169, %2170
	%2172 = bitcast float %2106 to i32
	%2173 = add i32 %2172, 2
	%2174 = select i1 %2171, i32 1, i32 %2173
	%2175 = select i1 %2165, i32 %2174, i32 0
	%2176 = icmp slt i32 %2068, %NK
	%2177 = fcmp oge float %2112, 0.0
	%2178 = and i1 %2176, %2177
	%2179 = icmp sge i32 %2068, %1647
	%2180 = icmp sle i32 %2068, %1655
	%2181 = and i1 %2179, %2180
	%2182 = or i1 false, %2181
	%2183 = icmp eq i32 %2068, 0
	%2184 = or i1 %2182, %2183
	%2185 = bitcast float %2112 to i32
	%2186 = add i32 %2185, 2
	%2187 = select i1 %2184, i32 1, i32 %2186
	%2188 = select i1 %2178, i32 %2187, i32 0
	%2189 = icmp slt i32 %2072, %NK
	%2190 = fcmp oge float %2118, 0.0
	%2191 = and i1 %2189, %2190
	%2192 = icmp sge i32 %2072, %1647
	%2193 = icmp sle i32 %2072, %1655
	%2194 = and i1 %2192, %2193
	%2195 = or i1 false, %2194
	%2196 = icmp eq i32 %2072, 0
	%2197 = or i1 %2195, %2196
	%2198 = bitcast float %2118 to i32
	%2199 = add i32 %2198, 2
	%2200 = select i1 %2197, i32 1, i32 %2199
	%2201 = select i1 %2191, i32 %2200, i32 0
	%2202 = icmp slt i32 %2076, %NK
	%2203 = fcmp oge float %2124, 0.0
	%2204 = and i1 %2202, %2203
	%2205 = icmp sge i32 %2076, %1647
	%2206 = icmp sle i32 %2076, %1655
	%2207 = and i1 %2205, %2206
	%2208 = or i1 false, %2207
	%2209 = icmp eq i32 %2076, 0
	%2210 = or i1 %2208, %2209
	%2211 = bitcast float %2124 to i32
	%2212 = add i32 %2211, 2
	%2213 = select i1 %2210, i32 1, i32 %2212
	%2214 = select i1 %2204, i32 %2213, i32 0
	%2215 = icmp slt i32 %2080, %NK
	%2216 = fcmp oge float %2130, 0.0
	%2217 = and i1 %2215, %2216
	%2218 = icmp sge i32 %2080, %1647
	%2219 = icmp sle i32 %2080, %1655
	%2220 = and i1 %2218, %2219
	%2221 = or i1 false, %2220
	%2222 = icmp eq i32 %2080, 0
	%2223 = or i1 %2221, %2222
	%2224 = bitcast float %2130 to i32
	%2225 = add i32 %2224, 2
	%2226 = select i1 %2223, i32 1, i32 %2225
	%2227 = select i1 %2217, i32 %2226, i32 0
	%2228 = icmp slt i32 %2084, %NK
	%2229 = fcmp oge float %2136, 0.0
	%2230 = and i1 %2228, %2229
	%2231 = icmp sge i32 %2084, %1647
	%2232 = icmp sle i32 %2084, %1655
	%2233 = and i1 %2231, %2232
	%2234 = or i1 false, %2233
	%2235 = icmp eq i32 %2084, 0
	%2236 = or i1 %2234, %2235
	%2237 = bitcast float %2136 to i32
	%2238 = add i32 %2237, 2
	%2239 = select i1 %2236, i32 1, i32 %2238
	%2240 = select i1 %2230, i32 %2239, i32 0
	%2241 = icmp uge i32 %2149, 2
	%2242 = and i32 %2149, %11
	%2243 = icmp eq i32 %2242, %7
	%2244 = and i1 %2241, %2243
	%2245 = lshr i32 %2149, 0
	%2246 = and i32 %2245, 1023
	%2247 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2244)
	br i1 %2247, label %2249, label %2257

2248:
	br label %2019

2249:
	%2250 = select i1 %2244, i32 %2246, i32 1024
	%2251 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2250)
	%2252 = shl i32 1, %3
	%2253 = sub i32 %2252, 1
	%2254 = and i32 %2251, %2253
	%2255 = icmp eq i32 %2254, 0
	%2256 = and i1 %2244, %2255
	br i1 %2256, label %2265, label %2269

2257:
	%2258 = icmp uge i32 %2162, 2
	%2259 = and i32 %2162, %11
	%2260 = icmp eq i32 %2259, %7
	%2261 = and i1 %2258, %2260
	%2262 = lshr i32 %2162, 0
	%2263 = and i32 %2262, 1023
	%2264 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2261)
	br i1 %2264, label %2270, label %2278

2265:
	%2266 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2246
	%2267 = call i32 @llvm.ctpop.i32(i32 %2251)
	%2268 = atomicrmw add i32 addrspace(3)* %2266, i32 %2267 monotonic
	br label %2269

2269:
	br label %2257

2270:
	%2271 = select i1 %2261, i32 %2263, i32 1024
	%2272 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2271)
	%2273 = shl i32 1, %3
	%2274 = sub i32 %2273, 1
	%2275 = and i32 %2272, %2274
	%2276 = icmp eq i32 %2275, 0
	%2277 = and i1 %2261, %2276
	br i1 %2277, label %2286, label %2290

2278:
	%2279 = icmp uge i32 %2175, 2
	%2280 = and i32 %2175, %11
	%2281 = icmp eq i32 %2280, %7
	%2282 = and i1 %2279, %2281
	%2283 = lshr i32 %2175, 0
	%2284 = and i32 %2283, 1023
	%2285 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2282)
	br i1 %2285, label %2291, label %2299

2286:
	%2287 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2263
	%2288 = call i32 @llvm.ctpop.i32(i32 %2272)
	%2289 = atomicrmw add i32 addrspace(3)* %2287, i32 %2288 monotonic
	br label %2290

2290:
	br label %2278

2291:
	%2292 = select i1 %2282, i32 %2284, i32 1024
	%2293 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2292)
	%2294 = shl i32 1, %3
	%2295 = sub i32 %2294, 1
	%2296 = and i32 %2293, %2295
	%2297 = icmp eq i32 %2296, 0
	%2298 = and i1 %2282, %2297
	br i1 %2298, label %2307, label %2311

2299:
	%2300 = icmp uge i32 %2188, 2
	%2301 = and i32 %2188, %11
	%2302 = icmp eq i32 %2301, %7
	%2303 = and i1 %2300, %2302
	%2304 = lshr i32 %2188, 0
	%2305 = and i32 %2304, 1023
	%2306 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2303)
	br i1 %2306, label %2312, label %2320

2307:
	%2308 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2284
	%2309 = call i32 @llvm.ctpop.i32(i32 %2293)
	%2310 = atomicrmw add i32 addrspace(3)* %2308, i32 %2309 monotonic
	br label %2311

2311:
	br label %2299

2312:
	%2313 = select i1 %2303, i32 %2305, i32 1024
	%2314 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2313)
	%2315 = shl i32 1, %3
	%2316 = sub i32 %2315, 1
	%2317 = and i32 %2314, %2316
	%2318 = icmp eq i32 %2317, 0
	%2319 = and i1 %2303, %2318
	br i1 %2319, label %2328, label %2332

2320:
	%2321 = icmp uge i32 %2201, 2
	%2322 = and i32 %2201, %11
	%2323 = icmp eq i32 %2322, %7
	%2324 = and i1 %2321, %2323
	%2325 = lshr i32 %2201, 0
	%2326 = and i32 %2325, 1023
	%2327 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2324)
	br i1 %2327, label %2333, label %2341

2328:
	%2329 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2305
	%2330 = call i32 @llvm.ctpop.i32(i32 %2314)
	%2331 = atomicrmw add i32 addrspace(3)* %2329, i32 %2330 monotonic
	br label %2332

2332:
	br label %2320

2333:
	%2334 = select i1 %2324, i32 %2326, i32 1024
	%2335 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2334)
	%2336 = shl i32 1, %3
	%2337 = sub i32 %2336, 1
	%2338 = and i32 %2335, %2337
	%2339 = icmp eq i32 %2338, 0
	%2340 = and i1 %2324, %2339
	br i1 %2340, label %2349, label %2353

2341:
	%2342 = icmp uge i32 %2214, 2
	%2343 = and i32 %2214, %11
	%2344 = icmp eq i32 %2343, %7
	%2345 = and i1 %2342, %2344
	%2346 = lshr i32 %2214, 0
	%2347 = and i32 %2346, 1023
	%2348 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2345)
	br i1 %2348, label %2354, label %2362

2349:
	%2350 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2326
	%2351 = call i32 @llvm.ctpop.i32(i32 %2335)
	%2352 = atomicrmw add i32 addrspace(3)* %2350, i32 %2351 monotonic
	br label %2353

2353:
	br label %2341

2354:
	%2355 = select i1 %2345, i32 %2347, i32 1024
	%2356 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2355)
	%2357 = shl i32 1, %3
	%2358 = sub i32 %2357, 1
	%2359 = and i32 %2356, %2358
	%2360 = icmp eq i32 %2359, 0
	%2361 = and i1 %2345, %2360
	br i1 %2361, label %2370, label %2374

2362:
	%2363 = icmp uge i32 %2227, 2
	%2364 = and i32 %2227, %11
	%2365 = icmp eq i32 %2364, %7
	%2366 = and i1 %2363, %2365
	%2367 = lshr i32 %2227, 0
	%2368 = and i32 %2367, 1023
	%2369 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2366)
	br i1 %2369, label %2375, label %2383

2370:
	%2371 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2347
	%2372 = call i32 @llvm.ctpop.i32(i32 %2356)
	%2373 = atomicrmw add i32 addrspace(3)* %2371, i32 %2372 monotonic
	br label %2374

2374:
	br label %2362

2375:
	%2376 = select i1 %2366, i32 %2368, i32 1024
	%2377 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2376)
	%2378 = shl i32 1, %3
	%2379 = sub i32 %2378, 1
	%2380 = and i32 %2377, %2379
	%2381 = icmp eq i32 %2380, 0
	%2382 = and i1 %2366, %2381
	br i1 %2382, label %2391, label %2395

2383:
	%2384 = icmp uge i32 %2240, 2
	%2385 = and i32 %2240, %11
	%2386 = icmp eq i32 %2385, %7
	%2387 = and i1 %2384, %2386
	%2388 = lshr i32 %2240, 0
	%2389 = and i32 %2388, 1023
	%2390 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2387)
	br i1 %2390, label %2396, label %2404

2391:
	%2392 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2368
	%2393 = call i32 @llvm.ctpop.i32(i32 %2377)
	%2394 = atomicrmw add i32 addrspace(3)* %2392, i32 %2393 monotonic
	br label %2395

2395:
	br label %2383

2396:
	%2397 = select i1 %2387, i32 %2389, i32 1024
	%2398 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2397)
	%2399 = shl i32 1, %3
	%2400 = sub i32 %2399, 1
	%2401 = and i32 %2398, %2400
	%2402 = icmp eq i32 %2401, 0
	%2403 = and i1 %2387, %2402
	br i1 %2403, label %2406, label %2410

2404:
	%2405 = add i32 %2051, 2048
	br label %2050

2406:
	%2407 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2389
	%2408 = call i32 @llvm.ctpop.i32(i32 %2398)
	%2409 = atomicrmw add i32 addrspace(3)* %2407, i32 %2408 monotonic
	br label %2410

2410:
	br label %2404

2411:
	br label %2443

2412:
	%2413 = mul i32 %1, 8
	%2414 = add i32 %2413, 7
	%2415 = mul i32 %2, %NQ
	%2416 = add i32 %2415, %2414
	%2417 = mul i32 %2416, %NK
	%2418 = mul i32 %2414, 64
	%2419 = add i32 %2418, %off
	%2420 = add i32 %2414, 1
	%2421 = mul i32 %2420, 64
	%2422 = icmp slt i32 %2421, %M
	%2423 = select i1 %2422, i32 %2421, i32 %M
	%2424 = sub i32 %2423, 1
	%2425 = add i32 %2424, %off
	%2426 = icmp slt i32 %2419, 0
	%2427 = sub i32 0, %2419
	%2428 = sub i32 64, 1
	%2429 = add i32 %2427, %2428
	%2430 = sdiv i32 %2429, 64
	%2431 = sub i32 0, %2430
	%2432 = sdiv i32 %2419, 64
	%2433 = select i1 %2426, i32 %2431, i32 %2432
	%2434 = icmp slt i32 %2425, 0
	%2435 = sub i32 0, %2425
	%2436 = sub i32 64, 1
	%2437 = add i32 %2435, %2436
	%2438 = sdiv i32 %2437, 64
	%2439 = sub i32 0, %2438
	%2440 = sdiv i32 %2425, 64
	%2441 = select i1 %2434, i32 %2439, i32 %2440
	%2442 = icmp slt i32 %2414, %NQ
	br i1 %2442, label %2804, label %2805

2443:
	%2444 = phi i32 [ %0, %2411 ], [ %2798, %2797 ]
	%2445 = phi i32 [ 0, %2411 ], [ %2445, %2797 ]
	%2446 = icmp slt i32 %2444, %22
	br i1 %2446, label %2447, label %2641

2447:
	%2448 = sub i32 %22, 1
	%2449 = add i32 %2444, 0
	%2450 = icmp slt i32 %2449, %22
	%2451 = icmp slt i32 %2449, %2448
	%2452 = select i1 %2451, i32 %2449, i32 %2448
	%2453 = add i32 %2444, 256
	%2454 = icmp slt i32 %2453, %22
	%2455 = icmp slt i32 %2453, %2448
	%2456 = select i1 %2455, i32 %2453, i32 %2448
	%2457 = add i32 %2444, 512
	%2458 = icmp slt i32 %2457, %22
	%2459 = icmp slt i32 %2457, %2448
	%2460 = select i1 %2459, i32 %2457, i32 %2448
	%2461 = add i32 %2444, 768
	%2462 = icmp slt i32 %2461, %22
	%2463 = icmp slt i32 %2461, %2448
	%2464 = select i1 %2463, i32 %2461, i32 %2448
	%2465 = add i32 %2444, 1024
	%2466 = icmp slt i32 %2465, %22
	%2467 = icmp slt i32 %2465, %2448
	%2468 = select i1 %2467, i32 %2465, i32 %2448
	%2469 = add i32 %2444, 1280
	%2470 = icmp slt i32 %2469, %22
	%2471 = icmp slt i32 %2469, %2448
	%2472 = select i1 %2471, i32 %2469, i32 %2448
	%2473 = add i32 %2444, 1536
	%2474 = icmp slt i32 %2473, %22
	%2475 = icmp slt i32 %2473, %2448
	%2476 = select i1 %2475, i32 %2473, i32 %2448
	%2477 = add i32 %2444, 1792
	%2478 = icmp slt i32 %2477, %22
	%2479 = icmp slt i32 %2477, %2448
	%2480 = select i1 %2479, i32 %2477, i32 %2448
	%2481 = sub i32 %NK, 1
	%2482 = icmp slt i32 %2449, %2481
	%2483 = select i1 %2482, i32 %2449, i32 %2481
	%2484 = add i32 %2024, %2483
	%2485 = sext i32 %2484 to i64
	%2486 = getelementptr float, float* %e, i64 %2485
	%2487 = load float, float* %2486
	%2488 = icmp slt i32 %2453, %2481
	%2489 = select i1 %2488, i32 %2453, i32 %2481
	%2490 = add i32 %2024, %2489
	%2491 = sext i32 %2490 to i64
	%2492 = getelementptr float, float* %e, i64 %2491
	%2493 = load float, float* %2492
	%2494 = icmp slt i32 %2457, %2481
	%2495 = select i1 %2494, i32 %2457, i32 %2481
	%2496 = add i32 %2024, %2495
	%2497 = sext i32 %2496 to i64
	%2498 = getelementptr float, float* %e, i64 %2497
	%2499 = load float, float* %2498
	%2500 = icmp slt i32 %2461, %2481
	%2501 = select i1 %2500, i32 %2461, i32 %2481
	%2502 = add i32 %2024, %2501
	%2503 = sext i32 %2502 to i64
	%2504 = getelementptr float, float* %e, i64 %2503
	%2505 = load float, float* %2504
	%2506 = icmp slt i32 %2465, %2481
	%2507 = select i1 %2506, i32 %2465, i32 %2481
	%2508 = add i32 %2024, %2507
	%2509 = sext i32 %2508 to i64
	%2510 = getelementptr float, float* %e, i64 %2509
	%2511 = load float, float* %2510
	%2512 = icmp slt i32 %2469, %2481
	%2513 = select i1 %2512, i32 %2469, i32 %2481
	%2514 = add i32 %2024, %2513
	%2515 = sext i32 %2514 to i64
	%2516 = getelementptr float, float* %e, i64 %2515
	%2517 = load float, float* %2516
	%2518 = icmp slt i32 %2473, %2481
	%2519 = select i1 %2518, i32 %2473, i32 %2481
	%2520 = add i32 %2024, %2519
	%2521 = sext i32 %2520 to i64
	%2522 = getelementptr float, float* %e, i64 %2521
	%2523 = load float, float* %2522
	%2524 = icmp slt i32 %2477, %2481
	%2525 = select i1 %2524, i32 %2477, i32 %2481
	%2526 = add i32 %2024, %2525
	%2527 = sext i32 %2526 to i64
	%2528 = getelementptr float, float* %e, i64 %2527
	%2529 = load float, float* %2528
	%2530 = icmp slt i32 %2449, %NK
	%2531 = fcmp oge float %2487, 0.0
	%2532 = and i1 %2530, %2531
	%2533 = icmp sge i32 %2449, %2040
	%2534 = icmp sle i32 %2449, %2048
	%2535 = and i1 %2533, %2534
	%2536 = or i1 false, %2535
	%2537 = icmp eq i32 %2449, 0
	%2538 = or i1 %2536, %2537
	%2539 = bitcast float %2487 to i32
	%2540 = add i32 %2539, 2
	%2541 = select i1 %2538, i32 1, i32 %2540
	%2542 = select i1 %2532, i32 %2541, i32 0
	%2543 = icmp slt i32 %2453, %NK
	%2544 = fcmp oge float %2493, 0.0
	%2545 = and i1 %2543, %2544
	%2546 = icmp sge i32 %2453, %2040
	%2547 = icmp sle i32 %2453, %2048
	%2548 = and i1 %2546, %2547
	%2549 = or i1 false, %2548
	%2550 = icmp eq i32 %2453, 0
	%2551 = or i1 %2549, %2550
	%2552 = bitcast float %2493 to i32
	%2553 = add i32 %2552, 2
	%2554 = select i1 %2551, i32 1, i32 %2553
	%2555 = select i1 %2545, i32 %2554, i32 0
	%2556 = icmp slt i32 %2457, %NK
	%2557 = fcmp oge float %2499, 0.0
	%2558 = and i1 %2556, %2557
	%2559 = icmp sge i32 %2457, %2040
	%2560 = icmp sle i32 %2457, %2048
	%2561 = and i1 %2559, %2560
	%2562 = or i1 false, %2561
	%2563 = icmp eq i32 %2457, 0
	%2564 = or i1 %2562, %2563
	%2565 = bitcast float %2499 to i32
	%2566 = add i32 %2565, 2
	%2567 = select i1 %2564, i32 1, i32 %2566
	%2568 = select i1 %2558, i32 %2567, i32 0
	%2569 = icmp slt i32 %2461, %NK
	%2570 = fcmp oge float %2505, 0.0
	%2571 = and i1 %2569, %2570
	%2572 = icmp sge i32 %2461, %2040
	%2573 = icmp sle i32 %2461, %2048
	%2574 = and i1 %2572, %2573
	%2575 = or i1 false, %2574
	%2576 = icmp eq i32 %2461, 0
	%2577 = or i1 %2575, %2576
	%2578 = bitcast float %2505 to i32
	%2579 = add i32 %2578, 2
	%2580 = select i1 %2577, i32 1, i32 %2579
	%2581 = select i1 %2571, i32 %2580, i32 0
	%2582 = icmp slt i32 %2465, %NK
	%2583 = fcmp oge float %2511, 0.0
	%2584 = and i1 %2582, %2583
	%2585 = icmp sge i32 %2465, %2040
	%2586 = icmp sle i32 %2465, %2048
	%2587 = and i1 %2585, %2586
	%2588 = or i1 false, %2587
	%2589 = icmp eq i32 %2465, 0
	%2590 = or i1 %2588, %2589
	%2591 = bitcast float %2511 to i32
	%2592 = add i32 %2591, 2
	%2593 = select i1 %2590, i32 1, i32 %2592
	%2594 = select i1 %2584, i32 %2593, i32 0
	%2595 = icmp slt i32 %2469, %NK
	%2596 = fcmp oge float %2517, 0.0
	%2597 = and i1 %2595, %2596
	%2598 = icmp sge i32 %2469, %2040
	%2599 = icmp sle i32 %2469, %2048
	%2600 = and i1 %2598, %2599
	%2601 = or i1 false, %2600
	%2602 = icmp eq i32 %2469, 0
	%2603 = or i1 %2601, %2602
	%2604 = bitcast float %2517 to i32
	%2605 = add i32 %2604, 2
	%2606 = select i1 %2603, i32 1, i32 %2605
	%2607 = select i1 %2597, i32 %2606, i32 0
	%2608 = icmp slt i32 %2473, %NK
	%2609 = fcmp oge float %2523, 0.0
	%2610 = and i1 %2608, %2609
	%2611 = icmp sge i32 %2473, %2040
	%2612 = icmp sle i32 %2473, %2048
	%2613 = and i1 %2611, %2612
	%2614 = or i1 false, %2613
	%2615 = icmp eq i32 %2473, 0
	%2616 = or i1 %2614, %2615
	%2617 = bitcast float %2523 to i32
	%2618 = add i32 %2617, 2
	%2619 = select i1 %2616, i32 1, i32 %2618
	%2620 = select i1 %2610, i32 %2619, i32 0
	%2621 = icmp slt i32 %2477, %NK
	%2622 = fcmp oge float %2529, 0.0
	%2623 = and i1 %2621, %2622
	%2624 = icmp sge i32 %2477, %2040
	%2625 = icmp sle i32 %2477, %2048
	%2626 = and i1 %2624, %2625
	%2627 = or i1 false, %2626
	%2628 = icmp eq i32 %2477, 0
	%2629 = or i1 %2627, %2628
	%2630 = bitcast float %2529 to i32
	%2631 = add i32 %2630, 2
	%2632 = select i1 %2629, i32 1, i32 %2631
	%2633 = select i1 %2623, i32 %2632, i32 0
	%2634 = icmp uge i32 %2542, 2
	%2635 = and i32 %2542, %11
	%2636 = icmp eq i32 %2635, %7
	%2637 = and i1 %2634, %2636
	%2638 = lshr i32 %2542, 0
	%2639 = and i32 %2638, 1023
	%2640 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2637)
	br i1 %2640, label %2642, label %2650

2641:
	br label %2412

2642:
	%2643 = select i1 %2637, i32 %2639, i32 1024
	%2644 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2643)
	%2645 = shl i32 1, %3
	%2646 = sub i32 %2645, 1
	%2647 = and i32 %2644, %2646
	%2648 = icmp eq i32 %2647, 0
	%2649 = and i1 %2637, %2648
	br i1 %2649, label %2658, label %2662

2650:
	%2651 = icmp uge i32 %2555, 2
	%2652 = and i32 %2555, %11
	%2653 = icmp eq i32 %2652, %7
	%2654 = and i1 %2651, %2653
	%2655 = lshr i32 %2555, 0
	%2656 = and i32 %2655, 1023
	%2657 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2654)
	br i1 %2657, label %2663, label %2671

2658:
	%2659 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2639
	%2660 = call i32 @llvm.ctpop.i32(i32 %2644)
	%2661 = atomicrmw add i32 addrspace(3)* %2659, i32 %2660 monotonic
	br label %2662

2662:
	br label %2650

2663:
	%2664 = select i1 %2654, i32 %2656, i32 1024
	%2665 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2664)
	%2666 = shl i32 1, %3
	%2667 = sub i32 %2666, 1
	%2668 = and i32 %2665, %2667
	%2669 = icmp eq i32 %2668, 0
	%2670 = and i1 %2654, %2669
	br i1 %2670, label %2679, label %2683

2671:
	%2672 = icmp uge i32 %2568, 2
	%2673 = and i32 %2568, %11
	%2674 = icmp eq i32 %2673, %7
	%2675 = and i1 %2672, %2674
	%2676 = lshr i32 %2568, 0
	%2677 = and i32 %2676, 1023
	%2678 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2675)
	br i1 %2678, label %2684, label %2692

2679:
	%2680 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2656
	%2681 = call i32 @llvm.ctpop.i32(i32 %2665)
	%2682 = atomicrmw add i32 addrspace(3)* %2680, i32 %2681 monotonic
	br label %2683

2683:
	br label %2671

2684:
	%2685 = select i1 %2675, i32 %2677, i32 1024
	%2686 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2685)
	%2687 = shl i32 1, %3
	%2688 = sub i32 %2687, 1
	%2689 = and i32 %2686, %2688
	%2690 = icmp eq i32 %2689, 0
	%2691 = and i1 %2675, %2690
	br i1 %2691, label %2700, label %2704

2692:
	%2693 = icmp uge i32 %2581, 2
	%2694 = and i32 %2581, %11
	%2695 = icmp eq i32 %2694, %7
	%2696 = and i1 %2693, %2695
	%2697 = lshr i32 %2581, 0
	%2698 = and i32 %2697, 1023
	%2699 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2696)
	br i1 %2699, label %2705, label %2713

2700:
	%2701 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2677
	%2702 = call i32 @llvm.ctpop.i32(i32 %2686)
	%2703 = atomicrmw add i32 addrspace(3)* %2701, i32 %2702 monotonic
	br label %2704

2704:
	br label %2692

2705:
	%2706 = select i1 %2696, i32 %2698, i32 1024
	%2707 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2706)
	%2708 = shl i32 1, %3
	%2709 = sub i32 %2708, 1
	%2710 = and i32 %2707, %2709
	%2711 = icmp eq i32 %2710, 0
	%2712 = and i1 %2696, %2711
	br i1 %2712, label %2721, label %2725

2713:
	%2714 = icmp uge i32 %2594, 2
	%2715 = and i32 %2594, %11
	%2716 = icmp eq i32 %2715, %7
	%2717 = and i1 %2714, %2716
	%2718 = lshr i32 %2594, 0
	%2719 = and i32 %2718, 1023
	%2720 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2717)
	br i1 %2720, label %2726, label %2734

2721:
	%2722 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2698
	%2723 = call i32 @llvm.ctpop.i32(i32 %2707)
	%2724 = atomicrmw add i32 addrspace(3)* %2722, i32 %2723 monotonic
	br label %2725

2725:
	br label %2713

2726:
	%2727 = select i1 %2717, i32 %2719, i32 1024
	%2728 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2727)
	%2729 = shl i32 1, %3
	%2730 = sub i32 %2729, 1
	%2731 = and i32 %2728, %2730
	%2732 = icmp eq i32 %2731, 0
	%2733 = and i1 %2717, %2732
	br i1 %2733, label %2742, label %2746

2734:
	%2735 = icmp uge i32 %2607, 2
	%2736 = and i32 %2607, %11
	%2737 = icmp eq i32 %2736, %7
	%2738 = and i1 %2735, %2737
	%2739 = lshr i32 %2607, 0
	%2740 = and i32 %2739, 1023
	%2741 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2738)
	br i1 %2741, label %2747, label %2755

2742:
	%2743 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2719
	%2744 = call i32 @llvm.ctpop.i32(i32 %2728)
	%2745 = atomicrmw add i32 addrspace(3)* %2743, i32 %2744 monotonic
	br label %2746

2746:
	br label %2734

2747:
	%2748 = select i1 %2738, i32 %2740, i32 1024
	%2749 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2748)
	%2750 = shl i32 1, %3
	%2751 = sub i32 %2750, 1
	%2752 = and i32 %2749, %2751
	%2753 = icmp eq i32 %2752, 0
	%2754 = and i1 %2738, %2753
	br i1 %2754, label %2763, label %2767

2755:
	%2756 = icmp uge i32 %2620, 2
	%2757 = and i32 %2620, %11
	%2758 = icmp eq i32 %2757, %7
	%2759 = and i1 %2756, %2758
	%2760 = lshr i32 %2620, 0
	%2761 = and i32 %2760, 1023
	%2762 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2759)
	br i1 %2762, label %2768, label %2776

2763:
	%2764 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2740
	%2765 = call i32 @llvm.ctpop.i32(i32 %2749)
	%2766 = atomicrmw add i32 addrspace(3)* %2764, i32 %2765 monotonic
	br label %2767

2767:
	br label %2755

2768:
	%2769 = select i1 %2759, i32 %2761, i32 1024
	%2770 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2769)
	%2771 = shl i32 1, %3
	%2772 = sub i32 %2771, 1
	%2773 = and i32 %2770, %2772
	%2774 = icmp eq i32 %2773, 0
	%2775 = and i1 %2759, %2774
	br i1 %2775, label %2784, label %2788

2776:
	%2777 = icmp uge i32 %2633, 2
	%2778 = and i32 %2633, %11
	%2779 = icmp eq i32 %2778, %7
	%2780 = and i1 %2777, %2779
	%2781 = lshr i32 %2633, 0
	%2782 = and i32 %2781, 1023
	%2783 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2780)
	br i1 %2783, label %2789, label %2797

2784:
	%2785 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2761
	%2786 = call i32 @llvm.ctpop.i32(i32 %2770)
	%2787 = atomicrmw add i32 addrspace(3)* %2785, i32 %2786 monotonic
	br label %2788

2788:
	br label %2776

2789:
	%2790 = select i1 %2780, i32 %2782, i32 1024
	%2791 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2790)
	%2792 = shl i32 1, %3
	%2793 = sub i32 %2792, 1
	%2794 = and i32 %2791, %2793
	%2795 = icmp eq i32 %2794, 0
	%2796 = and i1 %2780, %2795
	br i1 %2796, label %2799, label %2803

2797:
	%2798 = add i32 %2444, 2048
	br label %2443

2799:
	%2800 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2782
	%2801 = call i32 @llvm.ctpop.i32(i32 %2791)
	%2802 = atomicrmw add i32 addrspace(3)* %2800, i32 %2801 monotonic
	br label %2803

2803:
	br label %2797

2804:
	br label %2810

2805:
	call void @llvm.nvvm.barrier0()
	%2806 = add i32 %0, 0
	%2807 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2806
	%2808 = load i32, i32 addrspace(3)* %2807
	%2809 = icmp ne i32 %2808, 0
	br i1 %2809, label %3171, label %3177

2810:
	%2811 = phi i32 [ %0, %2804 ], [ %3165, %3164 ]
	%2812 = phi i32 [ 0, %2804 ], [ %2812, %3164 ]
	%2813 = icmp slt i32 %2811, %22
	br i1 %2813, label %2814, label %3008

2814:
	%2815 = sub i32 %22, 1
	%2816 = add i32 %2811, 0
	%2817 = icmp slt i32 %2816, %22
	%2818 = icmp slt i32 %2816, %2815
	%2819 = select i1 %2818, i32 %2816, i32 %2815
	%2820 = add i32 %2811, 256
	%2821 = icmp slt i32 %2820, %22
	%2822 = icmp slt i32 %2820, %2815
	%2823 = select i1 %2822, i32 %2820, i32 %2815
	%2824 = add i32 %2811, 512
	%2825 = icmp slt i32 %2824, %22
	%2826 = icmp slt i32 %2824, %2815
	%2827 = select i1 %2826, i32 %2824, i32 %2815
	%2828 = add i32 %2811, 768
	%2829 = icmp slt i32 %2828, %22
	%2830 = icmp slt i32 %2828, %2815
	%2831 = select i1 %2830, i32 %2828, i32 %2815
	%2832 = add i32 %2811, 1024
	%2833 = icmp slt i32 %2832, %22
	%2834 = icmp slt i32 %2832, %2815
	%2835 = select i1 %2834, i32 %2832, i32 %2815
	%2836 = add i32 %2811, 1280
	%2837 = icmp slt i32 %2836, %22
	%2838 = icmp slt i32 %2836, %2815
	%2839 = select i1 %2838, i32 %2836, i32 %2815
	%2840 = add i32 %2811, 1536
	%2841 = icmp slt i32 %2840, %22
	%2842 = icmp slt i32 %2840, %2815
	%2843 = select i1 %2842, i32 %2840, i32 %2815
	%2844 = add i32 %2811, 1792
	%2845 = icmp slt i32 %2844, %22
	%2846 = icmp slt i32 %2844, %2815
	%2847 = select i1 %2846, i32 %2844, i32 %2815
	%2848 = sub i32 %NK, 1
	%2849 = icmp slt i32 %2816, %2848
	%2850 = select i1 %2849, i32 %2816, i32 %2848
	%2851 = add i32 %2417, %2850
	%2852 = sext i32 %2851 to i64
	%2853 = getelementptr float, float* %e, i64 %2852
	%2854 = load float, float* %2853
	%2855 = icmp slt i32 %2820, %2848
	%2856 = select i1 %2855, i32 %2820, i32 %2848
	%2857 = add i32 %2417, %2856
	%2858 = sext i32 %2857 to i64
	%2859 = getelementptr float, float* %e, i64 %2858
	%2860 = load float, float* %2859
	%2861 = icmp slt i32 %2824, %2848
	%2862 = select i1 %2861, i32 %2824, i32 %2848
	%2863 = add i32 %2417, %2862
	%2864 = sext i32 %2863 to i64
	%2865 = getelementptr float, float* %e, i64 %2864
	%2866 = load float, float* %2865
	%2867 = icmp slt i32 %2828, %2848
	%2868 = select i1 %2867, i32 %2828, i32 %2848
	%2869 = add i32 %2417, %2868
	%2870 = sext i32 %2869 to i64
	%2871 = getelementptr float, float* %e, i64 %2870
	%2872 = load float, float* %2871
	%2873 = icmp slt i32 %2832, %2848
	%2874 = select i1 %2873, i32 %2832, i32 %2848
	%2875 = add i32 %2417, %2874
	%2876 = sext i32 %2875 to i64
	%2877 = getelementptr float, float* %e, i64 %2876
	%2878 = load float, float* %2877
	%2879 = icmp slt i32 %2836, %2848
	%2880 = select i1 %2879, i32 %2836, i32 %2848
	%2881 = add i32 %2417, %2880
	%2882 = sext i32 %2881 to i64
	%2883 = getelementptr float, float* %e, i64 %2882
	%2884 = load float, float* %2883
	%2885 = icmp slt i32 %2840, %2848
	%2886 = select i1 %2885, i32 %2840, i32 %2848
	%2887 = add i32 %2417, %2886
	%2888 = sext i32 %2887 to i64
	%2889 = getelementptr float, float* %e, i64 %2888
	%2890 = load float, float* %2889
	%2891 = icmp slt i32 %2844, %2848
	%2892 = select i1 %2891, i32 %2844, i32 %2848
	%2893 = add i32 %2417, %2892
	%2894 = sext i32 %2893 to i64
	%2895 = getelementptr float, float* %e, i64 %2894
	%2896 = load float, float* %2895
	%2897 = icmp slt i32 %2816, %NK
	%2898 = fcmp oge float %2854, 0.0
	%2899 = and i1 %2897, %2898
	%2900 = icmp sge i32 %2816, %2433
	%2901 = icmp sle i32 %2816, %2441
	%2902 = and i1 %2900, %2901
	%2903 = or i1 false, %2902
	%2904 = icmp eq i32 %2816, 0
	%2905 = or i1 %2903, %2904
	%2906 = bitcast float %2854 to i32
	%2907 = add i32 %2906, 2
	%2908 = select i1 %2905, i32 1, i32 %2907
	%2909 = select i1 %2899, i32 %2908, i32 0
	%2910 = icmp slt i32 %2820, %NK
	%2911 = fcmp oge float %2860, 0.0
	%2912 = and i1 %2910, %2911
	%2913 = icmp sge i32 %2820, %2433
	%2914 = icmp sle i32 %2820, %2441
	%2915 = and i1 %2913, %2914
	%2916 = or i1 false, %2915
	%2917 = icmp eq i32 %2820, 0
	%2918 = or i1 %2916, %2917
	%2919 = bitcast float %2860 to i32
	%2920 = add i32 %2919, 2
	%2921 = select i1 %2918, i32 1, i32 %2920
	%2922 = select i1 %2912, i32 %2921, i32 0
	%2923 = icmp slt i32 %2824, %NK
	%2924 = fcmp oge float %2866, 0.0
	%2925 = and i1 %2923, %2924
	%2926 = icmp sge i32 %2824, %2433
	%2927 = icmp sle i32 %2824, %2441
	%2928 = and i1 %2926, %2927
	%2929 = or i1 false, %2928
	%2930 = icmp eq i32 %2824, 0
	%2931 = or i1 %2929, %2930
	%2932 = bitcast float %2866 to i32
	%2933 = add i32 %2932, 2
	%2934 = select i1 %2931, i32 1, i32 %2933
	%2935 = select i1 %2925, i32 %2934, i32 0
	%2936 = icmp slt i32 %2828, %NK
	%2937 = fcmp oge float %2872, 0.0
	%2938 = and i1 %2936, %2937
	%2939 = icmp sge i32 %2828, %2433
	%2940 = icmp sle i32 %2828, %2441
	%2941 = and i1 %2939, %2940
	%2942 = or i1 false, %2941
	%2943 = icmp eq i32 %2828, 0
	%2944 = or i1 %2942, %2943
	%2945 = bitcast float %2872 to i32
	%2946 = add i32 %2945, 2
	%2947 = select i1 %2944, i32 1, i32 %2946
	%2948 = select i1 %2938, i32 %2947, i32 0
	%2949 = icmp slt i32 %2832, %NK
	%2950 = fcmp oge float %2878, 0.0
	%2951 = and i1 %2949, %2950
	%2952 = icmp sge i32 %2832, %2433
	%2953 = icmp sle i32 %2832, %2441
	%2954 = and i1 %2952, %2953
	%2955 = or i1 false, %2954
	%2956 = icmp eq i32 %2832, 0
	%2957 = or i1 %2955, %2956
	%2958 = bitcast float %2878 to i32
	%2959 = add i32 %2958, 2
	%2960 = select i1 %2957, i32 1, i32 %2959
	%2961 = select i1 %2951, i32 %2960, i32 0
	%2962 = icmp slt i32 %2836, %NK
	%2963 = fcmp oge float %2884, 0.0
	%2964 = and i1 %2962, %2963
	%2965 = icmp sge i32 %2836, %2433
	%2966 = icmp sle i32 %2836, %2441
	%2967 = and i1 %2965, %2966
	%2968 = or i1 false, %2967
	%2969 = icmp eq i32 %2836, 0
	%2970 = or i1 %2968, %2969
	%2971 = bitcast float %2884 to i32
	%2972 = add i32 %2971, 2
	%2973 = select i1 %2970, i32 1, i32 %2972
	%2974 = select i1 %2964, i32 %2973, i32 0
	%2975 = icmp slt i32 %2840, %NK
	%2976 = fcmp oge float %2890, 0.0
	%2977 = and i1 %2975, %2976
	%2978 = icmp sge i32 %2840, %2433
	%2979 = icmp sle i32 %2840, %2441
	%2980 = and i1 %2978, %2979
	%2981 = or i1 false, %2980
	%2982 = icmp eq i32 %2840, 0
	%2983 = or i1 %2981, %2982
	%2984 = bitcast float %2890 to i32
	%2985 = add i32 %2984, 2
	%2986 = select i1 %2983, i32 1, i32 %2985
	%2987 = select i1 %2977, i32 %2986, i32 0
	%2988 = icmp slt i32 %2844, %NK
	%2989 = fcmp oge float %2896, 0.0
	%2990 = and i1 %2988, %2989
	%2991 = icmp sge i32 %2844, %2433
	%2992 = icmp sle i32 %2844, %2441
	%2993 = and i1 %2991, %2992
	%2994 = or i1 false, %2993
	%2995 = icmp eq i32 %2844, 0
	%2996 = or i1 %2994, %2995
	%2997 = bitcast float %2896 to i32
	%2998 = add i32 %2997, 2
	%2999 = select i1 %2996, i32 1, i32 %2998
	%3000 = select i1 %2990, i32 %2999, i32 0
	%3001 = icmp uge i32 %2909, 2
	%3002 = and i32 %2909, %11
	%3003 = icmp eq i32 %3002, %7
	%3004 = and i1 %3001, %3003
	%3005 = lshr i32 %2909, 0
	%3006 = and i32 %3005, 1023
	%3007 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3004)
	br i1 %3007, label %3009, label %3017

3008:
	br label %2805

3009:
	%3010 = select i1 %3004, i32 %3006, i32 1024
	%3011 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3010)
	%3012 = shl i32 1, %3
	%3013 = sub i32 %3012, 1
	%3014 = and i32 %3011, %3013
	%3015 = icmp eq i32 %3014, 0
	%3016 = and i1 %3004, %3015
	br i1 %3016, label %3025, label %3029

3017:
	%3018 = icmp uge i32 %2922, 2
	%3019 = and i32 %2922, %11
	%3020 = icmp eq i32 %3019, %7
	%3021 = and i1 %3018, %3020
	%3022 = lshr i32 %2922, 0
	%3023 = and i32 %3022, 1023
	%3024 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3021)
	br i1 %3024, label %3030, label %3038

3025:
	%3026 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3006
	%3027 = call i32 @llvm.ctpop.i32(i32 %3011)
	%3028 = atomicrmw add i32 addrspace(3)* %3026, i32 %3027 monotonic
	br label %3029

3029:
	br label %3017

3030:
	%3031 = select i1 %3021, i32 %3023, i32 1024
	%3032 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3031)
	%3033 = shl i32 1, %3
	%3034 = sub i32 %3033, 1
	%3035 = and i32 %3032, %3034
	%3036 = icmp eq i32 %3035, 0
	%3037 = and i1 %3021, %3036
	br i1 %3037, label %3046, label %3050

3038:
	%3039 = icmp uge i32 %2935, 2
	%3040 = and i32 %2935, %11
	%3041 = icmp eq i32 %3040, %7
	%3042 = and i1 %3039, %3041
	%3043 = lshr i32 %2935, 0
	%3044 = and i32 %3043, 1023
	%3045 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3042)
	br i1 %3045, label %3051, label %3059

3046:
	%3047 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3023
	%3048 = call i32 @llvm.ctpop.i32(i32 %3032)
	%3049 = atomicrmw add i32 addrspace(3)* %3047, i32 %3048 monotonic
	br label %3050

3050:
	br label %3038

3051:
	%3052 = select i1 %3042, i32 %3044, i32 1024
	%3053 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3052)
	%3054 = shl i32 1, %3
	%3055 = sub i32 %3054, 1
	%3056 = and i32 %3053, %3055
	%3057 = icmp eq i32 %3056, 0
	%3058 = and i1 %3042, %3057
	br i1 %3058, label %3067, label %3071

3059:
	%3060 = icmp uge i32 %2948, 2
	%3061 = and i32 %2948, %11
	%3062 = icmp eq i32 %3061, %7
	%3063 = and i1 %3060, %3062
	%3064 = lshr i32 %2948, 0
	%3065 = and i32 %3064, 1023
	%3066 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3063)
	br i1 %3066, label %3072, label %3080

3067:
	%3068 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3044
	%3069 = call i32 @llvm.ctpop.i32(i32 %3053)
	%3070 = atomicrmw add i32 addrspace(3)* %3068, i32 %3069 monotonic
	br label %3071

3071:
	br label %3059

3072:
	%3073 = select i1 %3063, i32 %3065, i32 1024
	%3074 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3073)
	%3075 = shl i32 1, %3
	%3076 = sub i32 %3075, 1
	%3077 = and i32 %3074, %3076
	%3078 = icmp eq i32 %3077, 0
	%3079 = and i1 %3063, %3078
	br i1 %3079, label %3088, label %3092

3080:
	%3081 = icmp uge i32 %2961, 2
	%3082 = and i32 %2961, %11
	%3083 = icmp eq i32 %3082, %7
	%3084 = and i1 %3081, %3083
	%3085 = lshr i32 %2961, 0
	%3086 = and i32 %3085, 1023
	%3087 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3084)
	br i1 %3087, label %3093, label %3101

3088:
	%3089 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3065
	%3090 = call i32 @llvm.ctpop.i32(i32 %3074)
	%3091 = atomicrmw add i32 addrspace(3)* %3089, i32 %3090 monotonic
	br label %3092

3092:
	br label %3080

3093:
	%3094 = select i1 %3084, i32 %3086, i32 1024
	%3095 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3094)
	%3096 = shl i32 1, %3
	%3097 = sub i32 %3096, 1
	%3098 = and i32 %3095, %3097
	%3099 = icmp eq i32 %3098, 0
	%3100 = and i1 %3084, %3099
	br i1 %3100, label %3109, label %3113

3101:
	%3102 = icmp uge i32 %2974, 2
	%3103 = and i32 %2974, %11
	%3104 = icmp eq i32 %3103, %7
	%3105 = and i1 %3102, %3104
	%3106 = lshr i32 %2974, 0
	%3107 = and i32 %3106, 1023
	%3108 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3105)
	br i1 %3108, label %3114, label %3122

3109:
	%3110 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3086
	%3111 = call i32 @llvm.ctpop.i32(i32 %3095)
	%3112 = atomicrmw add i32 addrspace(3)* %3110, i32 %3111 monotonic
	br label %3113

3113:
	br label %3101

3114:
	%3115 = select i1 %3105, i32 %3107, i32 1024
	%3116 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3115)
	%3117 = shl i32 1, %3
	%3118 = sub i32 %3117, 1
	%3119 = and i32 %3116, %3118
	%3120 = icmp eq i32 %3119, 0
	%3121 = and i1 %3105, %3120
	br i1 %3121, label %3130, label %3134

3122:
	%3123 = icmp uge i32 %2987, 2
	%3124 = and i32 %2987, %11
	%3125 = icmp eq i32 %3124, %7
	%3126 = and i1 %3123, %3125
	%3127 = lshr i32 %2987, 0
	%3128 = and i32 %3127, 1023
	%3129 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3126)
	br i1 %3129, label %3135, label %3143

3130:
	%3131 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3107
	%3132 = call i32 @llvm.ctpop.i32(i32 %3116)
	%3133 = atomicrmw add i32 addrspace(3)* %3131, i32 %3132 monotonic
	br label %3134

3134:
	br label %3122

3135:
	%3136 = select i1 %3126, i32 %3128, i32 1024
	%3137 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3136)
	%3138 = shl i32 1, %3
	%3139 = sub i32 %3138, 1
	%3140 = and i32 %3137, %3139
	%3141 = icmp eq i32 %3140, 0
	%3142 = and i1 %3126, %3141
	br i1 %3142, label %3151, label %3155

3143:
	%3144 = icmp uge i32 %3000, 2
	%3145 = and i32 %3000, %11
	%3146 = icmp eq i32 %3145, %7
	%3147 = and i1 %3144, %3146
	%3148 = lshr i32 %3000, 0
	%3149 = and i32 %3148, 1023
	%3150 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3147)
	br i1 %3150, label %3156, label %3164

3151:
	%3152 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3128
	%3153 = call i32 @llvm.ctpop.i32(i32 %3137)
	%3154 = atomicrmw add i32 addrspace(3)* %3152, i32 %3153 monotonic
	br label %3155

3155:
	br label %3143

3156:
	%3157 = select i1 %3147, i32 %3149, i32 1024
	%3158 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3157)
	%3159 = shl i32 1, %3
	%3160 = sub i32 %3159, 1
	%3161 = and i32 %3158, %3160
	%3162 = icmp eq i32 %3161, 0
	%3163 = and i1 %3147, %3162
	br i1 %3163, label %3166, label %3170

3164:
	%3165 = add i32 %2811, 2048
	br label %2810

3166:
	%3167 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3149
	%3168 = call i32 @llvm.ctpop.i32(i32 %3158)
	%3169 = atomicrmw add i32 addrspace(3)* %3167, i32 %3168 monotonic
	br label %3170

3170:
	br label %3164

3171:
	%3172 = mul i32 0, 2048
	%3173 = add i32 %3172, %2806
	%3174 = sext i32 %3173 to i64
	%3175 = getelementptr i32, i32* %hist, i64 %3174
	%3176 = atomicrmw add i32* %3175, i32 %2808 monotonic
	br label %3177

3177:
	%3178 = add i32 %0, 256
	%3179 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3178
	%3180 = load i32, i32 addrspace(3)* %3179
	%3181 = icmp ne i32 %3180, 0
	br i1 %3181, label %3182, label %3188

3182:
	%3183 = mul i32 0, 2048
	%3184 = add i32 %3183, %3178
	%3185 = sext i32 %3184 to i64
	%3186 = getelementptr i32, i32* %hist, i64 %3185
	%3187 = atomicrmw add i32* %3186, i32 %3180 monotonic
	br label %3188

3188:
	%3189 = add i32 %0, 512
	%3190 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3189
	%3191 = load i32, i32 addrspace(3)* %3190
	%3192 = icmp ne i32 %3191, 0
	br i1 %3192, label %3193, label %3199

3193:
	%3194 = mul i32 0, 2048
	%3195 = add i32 %3194, %3189
	%3196 = sext i32 %3195 to i64
	%3197 = getelementptr i32, i32* %hist, i64 %3196
	%3198 = atomicrmw add i32* %3197, i32 %3191 monotonic
	br label %3199

3199:
	%3200 = add i32 %0, 768
	%3201 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3200
	%3202 = load i32, i32 addrspace(3)* %3201
	%3203 = icmp ne i32 %3202, 0
	br i1 %3203, label %3204, label %3210

3204:
	%3205 = mul i32 0, 2048
	%3206 = add i32 %3205, %3200
	%3207 = sext i32 %3206 to i64
	%3208 = getelementptr i32, i32* %hist, i64 %3207
	%3209 = atomicrmw add i32* %3208, i32 %3202 monotonic
	br label %3210

3210:
	ret void
}
