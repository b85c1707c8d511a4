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
	%20 = add i32 %0, 1024
	%21 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %20
	store i32 0, i32 addrspace(3)* %21
	%22 = add i32 %0, 1280
	%23 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %22
	store i32 0, i32 addrspace(3)* %23
	%24 = add i32 %0, 1536
	%25 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %24
	store i32 0, i32 addrspace(3)* %25
	%26 = add i32 %0, 1792
	%27 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %26
	store i32 0, i32 addrspace(3)* %27
	call void @llvm.nvvm.barrier0()
	%28 = add i32 %NK, 255
	%29 = sdiv i32 %28, 256
	%30 = mul i32 %29, 256
	%31 = mul i32 %1, 8
	%32 = add i32 %31, 0
	%33 = mul i32 %2, %NQ
	%34 = add i32 %33, %32
	%35 = mul i32 %34, %NK
	%36 = mul i32 %32, 64
	%37 = add i32 %36, %off
	%38 = add i32 %32, 1
	%39 = mul i32 %38, 64
	%40 = icmp slt i32 %39, %M
	%41 = select i1 %40, i32 %39, i32 %M
	%42 = sub i32 %41, 1
	%43 = add i32 %42, %off
	%44 = icmp slt i32 %37, 0
	%45 = sub i32 0, %37
	%46 = sub i32 64, 1
	%47 = add i32 %45, %46
	%48 = sdiv i32 %47, 64
	%49 = sub i32 0, %48
	%50 = sdiv i32 %37, 64
	%51 = select i1 %44, i32 %49, i32 %50
	%52 = icmp slt i32 %43, 0
	%53 = sub i32 0, %43
	%54 = sub i32 64, 1
	%55 = add i32 %53, %54
	%56 = sdiv i32 %55, 64
	%57 = sub i32 0, %56
	%58 = sdiv i32 %43, 64
	%59 = select i1 %52, i32 %57, i32 %58
	%60 = icmp slt i32 %32, %NQ
	br i1 %60, label %61, label %62

61:
	br label %93

62:
	%63 = mul i32 %1, 8
	%64 = add i32 %63, 1
	%65 = mul i32 %2, %NQ
	%66 = add i32 %65, %64
	%67 = mul i32 %66, %NK
	%68 = mul i32 %64, 64
	%69 = add i32 %68, %off
	%70 = add i32 %64, 1
	%71 = mul i32 %70, 64
	%72 = icmp slt i32 %71, %M
	%73 = select i1 %72, i32 %71, i32 %M
	%74 = sub i32 %73, 1
	%75 = add i32 %74, %off
	%76 = icmp slt i32 %69, 0
	%77 = sub i32 0, %69
	%78 = sub i32 64, 1
	%79 = add i32 %77, %78
	%80 = sdiv i32 %79, 64
	%81 = sub i32 0, %80
	%82 = sdiv i32 %69, 64
	%83 = select i1 %76, i32 %81, i32 %82
	%84 = icmp slt i32 %75, 0
	%85 = sub i32 0, %75
	%86 = sub i32 64, 1
	%87 = add i32 %85, %86
	%88 = sdiv i32 %87, 64
	%89 = sub i32 0, %88
	%90 = sdiv i32 %75, 64
	%91 = select i1 %84, i32 %89, i32 %90
	%92 = icmp slt i32 %64, %NQ
	br i1 %92, label %454, label %455

93:
	%94 = phi i32 [ %0, %61 ], [ %448, %447 ]
	%95 = phi i32 [ 0, %61 ], [ %95, %447 ]
	%96 = icmp slt i32 %94, %30
	br i1 %96, label %97, label %291

97:
	%98 = sub i32 %30, 1
	%99 = add i32 %94, 0
	%100 = icmp slt i32 %99, %30
	%101 = icmp slt i32 %99, %98
	%102 = select i1 %101, i32 %99, i32 %98
	%103 = add i32 %94, 256
	%104 = icmp slt i32 %103, %30
	%105 = icmp slt i32 %103, %98
	%106 = select i1 %105, i32 %103, i32 %98
	%107 = add i32 %94, 512
	%108 = icmp slt i32 %107, %30
	%109 = icmp slt i32 %107, %98
	%110 = select i1 %109, i32 %107, i32 %98
	%111 = add i32 %94, 768
	%112 = icmp slt i32 %111, %30
	%113 = icmp slt i32 %111, %98
	%114 = select i1 %113, i32 %111, i32 %98
	%115 = add i32 %94, 1024
	%116 = icmp slt i32 %115, %30
	%117 = icmp slt i32 %115, %98
	%118 = select i1 %117, i32 %115, i32 %98
	%119 = add i32 %94, 1280
	%120 = icmp slt i32 %119, %30
	%121 = icmp slt i32 %119, %98
	%122 = select i1 %121, i32 %119, i32 %98
	%123 = add i32 %94, 1536
	%124 = icmp slt i32 %123, %30
	%125 = icmp slt i32 %123, %98
	%126 = select i1 %125, i32 %123, i32 %98
	%127 = add i32 %94, 1792
	%128 = icmp slt i32 %127, %30
	%129 = icmp slt i32 %127, %98
	%130 = select i1 %129, i32 %127, i32 %98
	%131 = sub i32 %NK, 1
	%132 = icmp slt i32 %99, %131
	%133 = select i1 %132, i32 %99, i32 %131
	%134 = add i32 %35, %133
	%135 = sext i32 %134 to i64
	%136 = getelementptr float, float* %e, i64 %135
	%137 = load float, float* %136
	%138 = icmp slt i32 %103, %131
	%139 = select i1 %138, i32 %103, i32 %131
	%140 = add i32 %35, %139
	%141 = sext i32 %140 to i64
	%142 = getelementptr float, float* %e, i64 %141
	%143 = load float, float* %142
	%144 = icmp slt i32 %107, %131
	%145 = select i1 %144, i32 %107, i32 %131
	%146 = add i32 %35, %145
	%147 = sext i32 %146 to i64
	%148 = getelementptr float, float* %e, i64 %147
	%149 = load float, float* %148
	%150 = icmp slt i32 %111, %131
	%151 = select i1 %150, i32 %111, i32 %131
	%152 = add i32 %35, %151
	%153 = sext i32 %152 to i64
	%154 = getelementptr float, float* %e, i64 %153
	%155 = load float, float* %154
	%156 = icmp slt i32 %115, %131
	%157 = select i1 %156, i32 %115, i32 %131
	%158 = add i32 %35, %157
	%159 = sext i32 %158 to i64
	%160 = getelementptr float, float* %e, i64 %159
	%161 = load float, float* %160
	%162 = icmp slt i32 %119, %131
	%163 = select i1 %162, i32 %119, i32 %131
	%164 = add i32 %35, %163
	%165 = sext i32 %164 to i64
	%166 = getelementptr float, float* %e, i64 %165
	%167 = load float, float* %166
	%168 = icmp slt i32 %123, %131
	%169 = select i1 %168, i32 %123, i32 %131
	%170 = add i32 %35, %169
	%171 = sext i32 %170 to i64
	%172 = getelementptr float, float* %e, i64 %171
	%173 = load float, float* %172
	%174 = icmp slt i32 %127, %131
	%175 = select i1 %174, i32 %127, i32 %131
	%176 = add i32 %35, %175
	%177 = sext i32 %176 to i64
	%178 = getelementptr float, float* %e, i64 %177
	%179 = load float, float* %178
	%180 = icmp slt i32 %99, %NK
	%181 = fcmp oge float %137, 0.0
	%182 = and i1 %180, %181
	%183 = icmp sge i32 %99, %51
	%184 = icmp sle i32 %99, %59
	%185 = and i1 %183, %184
	%186 = or i1 false, %185
	%187 = icmp eq i32 %99, 0
	%188 = or i1 %186, %187
	%189 = bitcast float %137 to i32
	%190 = add i32 %189, 2
	%191 = select i1 %188, i32 1, i32 %190
	%192 = select i1 %182, i32 %191, i32 0
	%193 = icmp slt i32 %103, %NK
	%194 = fcmp oge float %143, 0.0
	%195 = and i1 %193, %194
	%196 = icmp sge i32 %103, %51
	%197 = icmp sle i32 %103, %59
	%198 = and i1 %196, %197
	%199 = or i1 false, %198
	%200 = icmp eq i32 %103, 0
	%201 = or i1 %199, %200
	%202 = bitcast float %143 to i32
	%203 = add i32 %202, 2
	%204 = select i1 %201, i32 1, i32 %203
	%205 = select i1 %195, i32 %204, i32 0
	%206 = icmp slt i32 %107, %NK
	%207 = fcmp oge float %149, 0.0
	%208 = and i1 %206, %207
	%209 = icmp sge i32 %107, %51
	%210 = icmp sle i32 %107, %59
	%211 = and i1 %209, %210
	%212 = or i1 false, %211
	%213 = icmp eq i32 %107, 0
	%214 = or i1 %212, %213
	%215 = bitcast float %149 to i32
	%216 = add i32 %215, 2
	%217 = select i1 %214, i32 1, i32 %216
	%218 = select i1 %208, i32 %217, i32 0
	%219 = icmp slt i32 %111, %NK
	%220 = fcmp oge float %155, 0.0
	%221 = and i1 %219, %220
	%222 = icmp sge i32 %111, %51
	%223 = icmp sle i32 %111, %59
	%224 = and i1 %222, %223
	%225 = or i1 false, %224
	%226 = icmp eq i32 %111, 0
	%227 = or i1 %225, %226
	%228 = bitcast float %155 to i32
	%229 = add i32 %228, 2
	%230 = select i1 %227, i32 1, i32 %229
	%231 = select i1 %221, i32 %230, i32 0
	%232 = icmp slt i32 %115, %NK
	%233 = fcmp oge float %161, 0.0
	%234 = and i1 %232, %233
	%235 = icmp sge i32 %115, %51
	%236 = icmp sle i32 %115, %59
	%237 = and i1 %235, %236
	%238 = or i1 false, %237
	%239 = icmp eq i32 %115, 0
	%240 = or i1 %238, %239
	%241 = bitcast float %161 to i32
	%242 = add i32 %241, 2
	%243 = select i1 %240, i32 1, i32 %242
	%244 = select i1 %234, i32 %243, i32 0
	%245 = icmp slt i32 %119, %NK
	%246 = fcmp oge float %167, 0.0
	%247 = and i1 %245, %246
	%248 = icmp sge i32 %119, %51
	%249 = icmp sle i32 %119, %59
	%250 = and i1 %248, %249
	%251 = or i1 false, %250
	%252 = icmp eq i32 %119, 0
	%253 = or i1 %251, %252
	%254 = bitcast float %167 to i32
	%255 = add i32 %254, 2
	%256 = select i1 %253, i32 1, i32 %255
	%257 = select i1 %247, i32 %256, i32 0
	%258 = icmp slt i32 %123, %NK
	%259 = fcmp oge float %173, 0.0
	%260 = and i1 %258, %259
	%261 = icmp sge i32 %123, %51
	%262 = icmp sle i32 %123, %59
	%263 = and i1 %261, %262
	%264 = or i1 false, %263
	%265 = icmp eq i32 %123, 0
	%266 = or i1 %264, %265
	%267 = bitcast float %173 to i32
	%268 = add i32 %267, 2
	%269 = select i1 %266, i32 1, i32 %268
	%270 = select i1 %260, i32 %269, i32 0
	%271 = icmp slt i32 %127, %NK
	%272 = fcmp oge float %179, 0.0
	%273 = and i1 %271, %272
	%274 = icmp sge i32 %127, %51
	%275 = icmp sle i32 %127, %59
	%276 = and i1 %274, %275
	%277 = or i1 false, %276
	%278 = icmp eq i32 %127, 0
	%279 = or i1 %277, %278
	%280 = bitcast float %179 to i32
	%281 = add i32 %280, 2
	%282 = select i1 %279, i32 1, i32 %281
	%283 = select i1 %273, i32 %282, i32 0
	%284 = icmp uge i32 %192, 2
	%285 = and i32 %192, %11
	%286 = icmp eq i32 %285, %7
	%287 = and i1 %284, %286
	%288 = lshr i32 %192, 10
	%289 = and i32 %288, 2047
	%290 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %287)
	br i1 %290, label %292, label %300

291:
	br label %62

292:
	%293 = select i1 %287, i32 %289, i32 2048
	%294 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %293)
	%295 = shl i32 1, %3
	%296 = sub i32 %295, 1
	%297 = and i32 %294, %296
	%298 = icmp eq i32 %297, 0
	%299 = and i1 %287, %298
	br i1 %299, label %308, label %312

300:
	%301 = icmp uge i32 %205, 2
	%302 = and i32 %205, %11
	%303 = icmp eq i32 %302, %7
	%304 = and i1 %301, %303
	%305 = lshr i32 %205, 10
	%306 = and i32 %305, 2047
	%307 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %304)
	br i1 %307, label %313, label %321

308:
	%309 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %289
	%310 = call i32 @llvm.ctpop.i32(i32 %294)
	%311 = atomicrmw add i32 addrspace(3)* %309, i32 %310 monotonic
	br label %312

312:
	br label %300

313:
	%314 = select i1 %304, i32 %306, i32 2048
	%315 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %314)
	%316 = shl i32 1, %3
	%317 = sub i32 %316, 1
	%318 = and i32 %315, %317
	%319 = icmp eq i32 %318, 0
	%320 = and i1 %304, %319
	br i1 %320, label %329, label %333

321:
	%322 = icmp uge i32 %218, 2
	%323 = and i32 %218, %11
	%324 = icmp eq i32 %323, %7
	%325 = and i1 %322, %324
	%326 = lshr i32 %218, 10
	%327 = and i32 %326, 2047
	%328 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %325)
	br i1 %328, label %334, label %342

329:
	%330 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %306
	%331 = call i32 @llvm.ctpop.i32(i32 %315)
	%332 = atomicrmw add i32 addrspace(3)* %330, i32 %331 monotonic
	br label %333

333:
	br label %321

334:
	%335 = select i1 %325, i32 %327, i32 2048
	%336 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %335)
	%337 = shl i32 1, %3
	%338 = sub i32 %337, 1
	%339 = and i32 %336, %338
	%340 = icmp eq i32 %339, 0
	%341 = and i1 %325, %340
	br i1 %341, label %350, label %354

342:
	%343 = icmp uge i32 %231, 2
	%344 = and i32 %231, %11
	%345 = icmp eq i32 %344, %7
	%346 = and i1 %343, %345
	%347 = lshr i32 %231, 10
	%348 = and i32 %347, 2047
	%349 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %346)
	br i1 %349, label %355, label %363

350:
	%351 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %327
	%352 = call i32 @llvm.ctpop.i32(i32 %336)
	%353 = atomicrmw add i32 addrspace(3)* %351, i32 %352 monotonic
	br label %354

354:
	br label %342

355:
	%356 = select i1 %346, i32 %348, i32 2048
	%357 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %356)
	%358 = shl i32 1, %3
	%359 = sub i32 %358, 1
	%360 = and i32 %357, %359
	%361 = icmp eq i32 %360, 0
	%362 = and i1 %346, %361
	br i1 %362, label %371, label %375

363:
	%364 = icmp uge i32 %244, 2
	%365 = and i32 %244, %11
	%366 = icmp eq i32 %365, %7
	%367 = and i1 %364, %366
	%368 = lshr i32 %244, 10
	%369 = and i32 %368, 2047
	%370 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %367)
	br i1 %370, label %376, label %384

371:
	%372 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %348
	%373 = call i32 @llvm.ctpop.i32(i32 %357)
	%374 = atomicrmw add i32 addrspace(3)* %372, i32 %373 monotonic
	br label %375

375:
	br label %363

376:
	%377 = select i1 %367, i32 %369, i32 2048
	%378 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %377)
	%379 = shl i32 1, %3
	%380 = sub i32 %379, 1
	%381 = and i32 %378, %380
	%382 = icmp eq i32 %381, 0
	%383 = and i1 %367, %382
	br i1 %383, label %392, label %396

384:
	%385 = icmp uge i32 %257, 2
	%386 = and i32 %257, %11
	%387 = icmp eq i32 %386, %7
	%388 = and i1 %385, %387
	%389 = lshr i32 %257, 10
	%390 = and i32 %389, 2047
	%391 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %388)
	br i1 %391, label %397, label %405

392:
	%393 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %369
	%394 = call i32 @llvm.ctpop.i32(i32 %378)
	%395 = atomicrmw add i32 addrspace(3)* %393, i32 %394 monotonic
	br label %396

396:
	br label %384

397:
	%398 = select i1 %388, i32 %390, i32 2048
	%399 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %398)
	%400 = shl i32 1, %3
	%401 = sub i32 %400, 1
	%402 = and i32 %399, %401
	%403 = icmp eq i32 %402, 0
	%404 = and i1 %388, %403
	br i1 %404, label %413, label %417

405:
	%406 = icmp uge i32 %270, 2
	%407 = and i32 %270, %11
	%408 = icmp eq i32 %407, %7
	%409 = and i1 %406, %408
	%410 = lshr i32 %270, 10
	%411 = and i32 %410, 2047
	%412 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %409)
	br i1 %412, label %418, label %426

413:
	%414 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %390
	%415 = call i32 @llvm.ctpop.i32(i32 %399)
	%416 = atomicrmw add i32 addrspace(3)* %414, i32 %415 monotonic
	br label %417

417:
	br label %405

418:
	%419 = select i1 %409, i32 %411, i32 2048
	%420 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %419)
	%421 = shl i32 1, %3
	%422 = sub i32 %421, 1
	%423 = and i32 %420, %422
	%424 = icmp eq i32 %423, 0
	%425 = and i1 %409, %424
	br i1 %425, label %434, label %438

426:
	%427 = icmp uge i32 %283, 2
	%428 = and i32 %283, %11
	%429 = icmp eq i32 %428, %7
	%430 = and i1 %427, %429
	%431 = lshr i32 %283, 10
	%432 = and i32 %431, 2047
	%433 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %430)
	br i1 %433, label %439, label %447

434:
	%435 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %411
	%436 = call i32 @llvm.ctpop.i32(i32 %420)
	%437 = atomicrmw add i32 addrspace(3)* %435, i32 %436 monotonic
	br label %438

438:
	br label %426

439:
	%440 = select i1 %430, i32 %432, i32 2048
	%441 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %440)
	%442 = shl i32 1, %3
	%443 = sub i32 %442, 1
	%444 = and i32 %441, %443
	%445 = icmp eq i32 %444, 0
	%446 = and i1 %430, %445
	br i1 %446, label %449, label %453

447:
	%448 = add i32 %94, 2048
	br label %93

449:
	%450 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %432
	%451 = call i32 @llvm.ctpop.i32(i32 %441)
	%452 = atomicrmw add i32 addrspace(3)* %450, i32 %451 monotonic
	br label %453

453:
	br label %447

454:
	br label %486

455:
	%456 = mul i32 %1, 8
	%457 = add i32 %456, 2
	%458 = mul i32 %2, %NQ
	%459 = add i32 %458, %457
	%460 = mul i32 %459, %NK
	%461 = mul i32 %457, 64
	%462 = add i32 %461, %off
	%463 = add i32 %457, 1
	%464 = mul i32 %463, 64
	%465 = icmp slt i32 %464, %M
	%466 = select i1 %465, i32 %464, i32 %M
	%467 = sub i32 %466, 1
	%468 = add i32 %467, %off
	%469 = icmp slt i32 %462, 0
	%470 = sub i32 0, %462
	%471 = sub i32 64, 1
	%472 = add i32 %470, %471
	%473 = sdiv i32 %472, 64
	%474 = sub i32 0, %473
	%475 = sdiv i32 %462, 64
	%476 = select i1 %469, i32 %474, i32 %475
	%477 = icmp slt i32 %468, 0
	%478 = sub i32 0, %468
	%479 = sub i32 64, 1
	%480 = add i32 %478, %479
	%481 = sdiv i32 %480, 64
	%482 = sub i32 0, %481
	%483 = sdiv i32 %468, 64
	%484 = select i1 %477, i32 %482, i32 %483
	%485 = icmp slt i32 %457, %NQ
	br i1 %485, label %847, label %848

486:
	%487 = phi i32 [ %0, %454 ], [ %841, %840 ]
	%488 = phi i32 [ 0, %454 ], [ %488, %840 ]
	%489 = icmp slt i32 %487, %30
	br i1 %489, label %490, label %684

490:
	%491 = sub i32 %30, 1
	%492 = add i32 %487, 0
	%493 = icmp slt i32 %492, %30
	%494 = icmp slt i32 %492, %491
	%495 = select i1 %494, i32 %492, i32 %491
	%496 = add i32 %487, 256
	%497 = icmp slt i32 %496, %30
	%498 = icmp slt i32 %496, %491
	%499 = select i1 %498, i32 %496, i32 %491
	%500 = add i32 %487, 512
	%501 = icmp slt i32 %500, %30
	%502 = icmp slt i32 %500, %491
	%503 = select i1 %502, i32 %500, i32 %491
	%504 = add i32 %487, 768
	%505 = icmp slt i32 %504, %30
	%506 = icmp slt i32 %504, %491
	%507 = select i1 %506, i32 %504, i32 %491
	%508 = add i32 %487, 1024
	%509 = icmp slt i32 %508, %30
	%510 = icmp slt i32 %508, %491
	%511 = select i1 %510, i32 %508, i32 %491
	%512 = add i32 %487, 1280
	%513 = icmp slt i32 %512, %30
	%514 = icmp slt i32 %512, %491
	%515 = select i1 %514, i32 %512, i32 %491
	%516 = add i32 %487, 1536
	%517 = icmp slt i32 %516, %30
	%518 = icmp slt i32 %516, %491
	%519 = select i1 %518, i32 %516, i32 %491
	%520 = add i32 %487, 1792
	%521 = icmp slt i32 %520, %30
	%522 = icmp slt i32 %520, %491
	%523 = select i1 %522, i32 %520, i32 %491
	%524 = sub i32 %NK, 1
	%525 = icmp slt i32 %492, %524
	%526 = select i1 %525, i32 %492, i32 %524
	%527 = add i32 %67, %526
	%528 = sext i32 %527 to i64
	%529 = getelementptr float, float* %e, i64 %528
	%530 = load float, float* %529
	%531 = icmp slt i32 %496, %524
	%532 = select i1 %531, i32 %496, i32 %524
	%533 = add i32 %67, %532
	%534 = sext i32 %533 to i64
	%535 = getelementptr float, float* %e, i64 %534
	%536 = load float, float* %535
	%537 = icmp slt i32 %500, %524
	%538 = select i1 %537, i32 %500, i32 %524
	%539 = add i32 %67, %538
	%540 = sext i32 %539 to i64
	%541 = getelementptr float, float* %e, i64 %540
	%542 = load float, float* %541
	%543 = icmp slt i32 %504, %524
	%544 = select i1 %543, i32 %504, i32 %524
	%545 = add i32 %67, %544
	%546 = sext i32 %545 to i64
	%547 = getelementptr float, float* %e, i64 %546
	%548 = load float, float* %547
	%549 = icmp slt i32 %508, %524
	%550 = select i1 %549, i32 %508, i32 %524
	%551 = add i32 %67, %550
	%552 = sext i32 %551 to i64
	%553 = getelementptr float, float* %e, i64 %552
	%554 = load float, float* %553
	%555 = icmp slt i32 %512, %524
	%556 = select i1 %555, i32 %512, i32 %524
	%557 = add i32 %67, %556
	%558 = sext i32 %557 to i64
	%559 = getelementptr float, float* %e, i64 %558
	%560 = load float, float* %559
	%561 = icmp slt i32 %516, %524
	%562 = select i1 %561, i32 %516, i32 %524
	%563 = add i32 %67, %562
	%564 = sext i32 %563 to i64
	%565 = getelementptr float, float* %e, i64 %564
	%566 = load float, float* %565
	%567 = icmp slt i32 %520, %524
	%568 = select i1 %567, i32 %520, i32 %524
	%569 = add i32 %67, %568
	%570 = sext i32 %569 to i64
	%571 = getelementptr float, float* %e, i64 %570
	%572 = load float, float* %571
	%573 = icmp slt i32 %492, %NK
	%574 = fcmp oge float %530, 0.0
	%575 = and i1 %573, %574
	%576 = icmp sge i32 %492, %83
	%577 = icmp sle i32 %492, %91
	%578 = and i1 %576, %577
	%579 = or i1 false, %578
	%580 = icmp eq i32 %492, 0
	%581 = or i1 %579, %580
	%582 = bitcast float %530 to i32
	%583 = add i32 %582, 2
	%584 = select i1 %581, i32 1, i32 %583
	%585 = select i1 %575, i32 %584, i32 0
	%586 = icmp slt i32 %496, %NK
	%587 = fcmp oge float %536, 0.0
	%588 = and i1 %586, %587
	%589 = icmp sge i32 %496, %83
	%590 = icmp sle i32 %496, %91
	%591 = and i1 %589, %590
	%592 = or i1 false, %591
	%593 = icmp eq i32 %496, 0
	%594 = or i1 %592, %593
	%595 = bitcast float %536 to i32
	%596 = add i32 %595, 2
	%597 = select i1 %594, i32 1, i32 %596
	%598 = select i1 %588, i32 %597, i32 0
	%599 = icmp slt i32 %500, %NK
	%600 = fcmp oge float %542, 0.0
	%601 = and i1 %599, %600
	%602 = icmp sge i32 %500, %83
	%603 = icmp sle i32 %500, %91
	%604 = and i1 %602, %603
	%605 = or i1 false, %604
	%606 = icmp eq i32 %500, 0
	%607 = or i1 %605, %606
	%608 = bitcast float %542 to i32
	%609 = add i32 %608, 2
	%610 = select i1 %607, i32 1, i32 %609
	%611 = select i1 %601, i32 %610, i32 0
	%612 = icmp slt i32 %504, %NK
	%613 = fcmp oge float %548, 0.0
	%614 = and i1 %612, %613
	%615 = icmp sge i32 %504, %83
	%616 = icmp sle i32 %504, %91
	%617 = and i1 %615, %616
	%618 = or i1 false, %617
	%619 = icmp eq i32 %504, 0
	%620 = or i1 %618, %619
	%621 = bitcast float %548 to i32
	%622 = add i32 %621, 2
	%623 = select i1 %620, i32 1, i32 %622
	%624 = select i1 %614, i32 %623, i32 0
	%625 = icmp slt i32 %508, %NK
	%626 = fcmp oge float %554, 0.0
	%627 = and i1 %625, %626
	%628 = icmp sge i32 %508, %83
	%629 = icmp sle i32 %508, %91
	%630 = and i1 %628, %629
	%631 = or i1 false, %630
	%632 = icmp eq i32 %508, 0
	%633 = or i1 %631, %632
	%634 = bitcast float %554 to i32
	%635 = add i32 %634, 2
	%636 = select i1 %633, i32 1, i32 %635
	%637 = select i1 %627, i32 %636, i32 0
	%638 = icmp slt i32 %512, %NK
	%639 = fcmp oge float %560, 0.0
	%640 = and i1 %638, %639
	%641 = icmp sge i32 %512, %83
	%642 = icmp sle i32 %512, %91
	%643 = and i1 %641, %642
	%644 = or i1 false, %643
	%645 = icmp eq i32 %512, 0
	%646 = or i1 %644, %645
	%647 = bitcast float %560 to i32
	%648 = add i32 %647, 2
	%649 = select i1 %646, i32 1, i32 %648
	%650 = select i1 %640, i32 %649, i32 0
	%651 = icmp slt i32 %516, %NK
	%652 = fcmp oge float %566, 0.0
	%653 = and i1 %651, %652
	%654 = icmp sge i32 %516, %83
	%655 = icmp sle i32 %516, %91
	%656 = and i1 %654, %655
	%657 = or i1 false, %656
	%658 = icmp eq i32 %516, 0
	%659 = or i1 %657, %658
	%660 = bitcast float %566 to i32
	%661 = add i32 %660, 2
	%662 = select i1 %659, i32 1, i32 %661
	%663 = select i1 %653, i32 %662, i32 0
	%664 = icmp slt i32 %520, %NK
	%665 = fcmp oge float %572, 0.0
	%666 = and i1 %664, %665
	%667 = icmp sge i32 %520, %83
	%668 = icmp sle i32 %520, %91
	%669 = and i1 %667, %668
	%670 = or i1 false, %669
	%671 = icmp eq i32 %520, 0
	%672 = or i1 %670, %671
	%673 = bitcast float %572 to i32
	%674 = add i32 %673, 2
	%675 = select i1 %672, i32 1, i32 %674
	%676 = select i1 %666, i32 %675, i32 0
	%677 = icmp uge i32 %585, 2
	%678 = and i32 %585, %11
	%679 = icmp eq i32 %678, %7
	%680 = and i1 %677, %679
	%681 = lshr i32 %585, 10
	%682 = and i32 %681, 2047
	%683 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %680)
	br i1 %683, label %685, label %693

684:
	br label %455

685:
	%686 = select i1 %680, i32 %682, i32 2048
	%687 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %686)
	%688 = shl i32 1, %3
	%689 = sub i32 %688, 1
	%690 = and i32 %687, %689
	%691 = icmp eq i32 %690, 0
	%692 = and i1 %680, %691
	br i1 %692, label %701, label %705

693:
	%694 = icmp uge i32 %598, 2
	%695 = and i32 %598, %11
	%696 = icmp eq i32 %695, %7
	%697 = and i1 %694, %696
	%698 = lshr i32 %598, 10
	%699 = and i32 %698, 2047
	%700 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %697)
	br i1 %700, label %706, label %714

701:
	%702 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %682
	%703 = call i32 @llvm.ctpop.i32(i32 %687)
	%704 = atomicrmw add i32 addrspace(3)* %702, i32 %703 monotonic
	br label %705

705:
	br label %693

706:
	%707 = select i1 %697, i32 %699, i32 2048
	%708 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %707)
	%709 = shl i32 1, %3
	%710 = sub i32 %709, 1
	%711 = and i32 %708, %710
	%712 = icmp eq i32 %711, 0
	%713 = and i1 %697, %712
	br i1 %713, label %722, label %726

714:
	%715 = icmp uge i32 %611, 2
	%716 = and i32 %611, %11
	%717 = icmp eq i32 %716, %7
	%718 = and i1 %715, %717
	%719 = lshr i32 %611, 10
	%720 = and i32 %719, 2047
	%721 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %718)
	br i1 %721, label %727, label %735

722:
	%723 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %699
	%724 = call i32 @llvm.ctpop.i32(i32 %708)
	%725 = atomicrmw add i32 addrspace(3)* %723, i32 %724 monotonic
	br label %726

726:
	br label %714

727:
	%728 = select i1 %718, i32 %720, i32 2048
	%729 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %728)
	%730 = shl i32 1, %3
	%731 = sub i32 %730, 1
	%732 = and i32 %729, %731
	%733 = icmp eq i32 %732, 0
	%734 = and i1 %718, %733
	br i1 %734, label %743, label %747

735:
	%736 = icmp uge i32 %624, 2
	%737 = and i32 %624, %11
	%738 = icmp eq i32 %737, %7
	%739 = and i1 %736, %738
	%740 = lshr i32 %624, 10
	%741 = and i32 %740, 2047
	%742 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %739)
	br i1 %742, label %748, label %756

743:
	%744 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %720
	%745 = call i32 @llvm.ctpop.i32(i32 %729)
	%746 = atomicrmw add i32 addrspace(3)* %744, i32 %745 monotonic
	br label %747

747:
	br label %735

748:
	%749 = select i1 %739, i32 %741, i32 2048
	%750 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %749)
	%751 = shl i32 1, %3
	%752 = sub i32 %751, 1
	%753 = and i32 %750, %752
	%754 = icmp eq i32 %753, 0
	%755 = and i1 %739, %754
	br i1 %755, label %764, label %768

756:
	%757 = icmp uge i32 %637, 2
	%758 = and i32 %637, %11
	%759 = icmp eq i32 %758, %7
	%760 = and i1 %757, %759
	%761 = lshr i32 %637, 10
	%762 = and i32 %761, 2047
	%763 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %760)
	br i1 %763, label %769, label %777

764:
	%765 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %741
	%766 = call i32 @llvm.ctpop.i32(i32 %750)
	%767 = atomicrmw add i32 addrspace(3)* %765, i32 %766 monotonic
	br label %768

768:
	br label %756

769:
	%770 = select i1 %760, i32 %762, i32 2048
	%771 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %770)
	%772 = shl i32 1, %3
	%773 = sub i32 %772, 1
	%774 = and i32 %771, %773
	%775 = icmp eq i32 %774, 0
	%776 = and i1 %760, %775
	br i1 %776, label %785, label %789

777:
	%778 = icmp uge i32 %650, 2
	%779 = and i32 %650, %11
	%780 = icmp eq i32 %779, %7
	%781 = and i1 %778, %780
	%782 = lshr i32 %650, 10
	%783 = and i32 %782, 2047
	%784 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %781)
	br i1 %784, label %790, label %798

785:
	%786 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %762
	%787 = call i32 @llvm.ctpop.i32(i32 %771)
	%788 = atomicrmw add i32 addrspace(3)* %786, i32 %787 monotonic
	br label %789

789:
	br label %777

790:
	%791 = select i1 %781, i32 %783, i32 2048
	%792 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %791)
	%793 = shl i32 1, %3
	%794 = sub i32 %793, 1
	%795 = and i32 %792, %794
	%796 = icmp eq i32 %795, 0
	%797 = and i1 %781, %796
	br i1 %797, label %806, label %810

798:
	%799 = icmp uge i32 %663, 2
	%800 = and i32 %663, %11
	%801 = icmp eq i32 %800, %7
	%802 = and i1 %799, %801
	%803 = lshr i32 %663, 10
	%804 = and i32 %803, 2047
	%805 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %802)
	br i1 %805, label %811, label %819

806:
	%807 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %783
	%808 = call i32 @llvm.ctpop.i32(i32 %792)
	%809 = atomicrmw add i32 addrspace(3)* %807, i32 %808 monotonic
	br label %810

810:
	br label %798

811:
	%812 = select i1 %802, i32 %804, i32 2048
	%813 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %812)
	%814 = shl i32 1, %3
	%815 = sub i32 %814, 1
	%816 = and i32 %813, %815
	%817 = icmp eq i32 %816, 0
	%818 = and i1 %802, %817
	br i1 %818, label %827, label %831

819:
	%820 = icmp uge i32 %676, 2
	%821 = and i32 %676, %11
	%822 = icmp eq i32 %821, %7
	%823 = and i1 %820, %822
	%824 = lshr i32 %676, 10
	%825 = and i32 %824, 2047
	%826 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %823)
	br i1 %826, label %832, label %840

827:
	%828 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %804
	%829 = call i32 @llvm.ctpop.i32(i32 %813)
	%830 = atomicrmw add i32 addrspace(3)* %828, i32 %829 monotonic
	br label %831

831:
	br label %819

832:
	%833 = select i1 %823, i32 %825, i32 2048
	%834 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %833)
	%835 = shl i32 1, %3
	%836 = sub i32 %835, 1
	%837 = and i32 %834, %836
	%838 = icmp eq i32 %837, 0
	%839 = and i1 %823, %838
	br i1 %839, label %842, label %846

840:
	%841 = add i32 %487, 2048
	br label %486

842:
	%843 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %825
	%844 = call i32 @llvm.ctpop.i32(i32 %834)
	%845 = atomicrmw add i32 addrspace(3)* %843, i32 %844 monotonic
	br label %846

846:
	br label %840

847:
	br label %879

848:
	%849 = mul i32 %1, 8
	%850 = add i32 %849, 3
	%851 = mul i32 %2, %NQ
	%852 = add i32 %851, %850
	%853 = mul i32 %852, %NK
	%854 = mul i32 %850, 64
	%855 = add i32 %854, %off
	%856 = add i32 %850, 1
	%857 = mul i32 %856, 64
	%858 = icmp slt i32 %857, %M
	%859 = select i1 %858, i32 %857, i32 %M
	%860 = sub i32 %859, 1
	%861 = add i32 %860, %off
	%862 = icmp slt i32 %855, 0
	%863 = sub i32 0, %855
	%864 = sub i32 64, 1
	%865 = add i32 %863, %864
	%866 = sdiv i32 %865, 64
	%867 = sub i32 0, %866
	%868 = sdiv i32 %855, 64
	%869 = select i1 %862, i32 %867, i32 %868
	%870 = icmp slt i32 %861, 0
	%871 = sub i32 0, %861
	%872 = sub i32 64, 1
	%873 = add i32 %871, %872
	%874 = sdiv i32 %873, 64
	%875 = sub i32 0, %874
	%876 = sdiv i32 %861, 64
	%877 = select i1 %870, i32 %875, i32 %876
	%878 = icmp slt i32 %850, %NQ
	br i1 %878, label %1240, label %1241

879:
	%880 = phi i32 [ %0, %847 ], [ %1234, %1233 ]
	%881 = phi i32 [ 0, %847 ], [ %881, %1233 ]
	%882 = icmp slt i32 %880, %30
	br i1 %882, label %883, label %1077

883:
	%884 = sub i32 %30, 1
	%885 = add i32 %880, 0
	%886 = icmp slt i32 %885, %30
	%887 = icmp slt i32 %885, %884
	%888 = select i1 %887, i32 %885, i32 %884
	%889 = add i32 %880, 256
	%890 = icmp slt i32 %889, %30
	%891 = icmp slt i32 %889, %884
	%892 = select i1 %891, i32 %889, i32 %884
	%893 = add i32 %880, 512
	%894 = icmp slt i32 %893, %30
	%895 = icmp slt i32 %893, %884
	%896 = select i1 %895, i32 %893, i32 %884
	%897 = add i32 %880, 768
	%898 = icmp slt i32 %897, %30
	%899 = icmp slt i32 %897, %884
	%900 = select i1 %899, i32 %897, i32 %884
	%901 = add i32 %880, 1024
	%902 = icmp slt i32 %901, %30
	%903 = icmp slt i32 %901, %884
	%904 = select i1 %903, i32 %901, i32 %884
	%905 = add i32 %880, 1280
	%906 = icmp slt i32 %905, %30
	%907 = icmp slt i32 %905, %884
	%908 = select i1 %907, i32 %905, i32 %884
	%909 = add i32 %880, 1536
	%910 = icmp slt i32 %909, %30
	%911 = icmp slt i32 %909, %884
	%912 = select i1 %911, i32 %909, i32 %884
	%913 = add i32 %880, 1792
	%914 = icmp slt i32 %913, %30
	%915 = icmp slt i32 %913, %884
	%916 = select i1 %915, i32 %913, i32 %884
	%917 = sub i32 %NK, 1
	%918 = icmp slt i32 %885, %917
	%919 = select i1 %918, i32 %885, i32 %917
	%920 = add i32 %460, %919
	%921 = sext i32 %920 to i64
	%922 = getelementptr float, float* %e, i64 %921
	%923 = load float, float* %922
	%924 = icmp slt i32 %889, %917
	%925 = select i1 %924, i32 %889, i32 %917
	%926 = add i32 %460, %925
	%927 = sext i32 %926 to i64
	%928 = getelementptr float, float* %e, i64 %927
	%929 = load float, float* %928
	%930 = icmp slt i32 %893, %917
	%931 = select i1 %930, i32 %893, i32 %917
	%932 = add i32 %460, %931
	%933 = sext i32 %932 to i64
	%934 = getelementptr float, float* %e, i64 %933
	%935 = load float, float* %934
	%936 = icmp slt i32 %897, %917
	%937 = select i1 %936, i32 %897, i32 %917
	%938 = add i32 %460, %937
	%939 = sext i32 %938 to i64
	%940 = getelementptr float, float* %e, i64 %939
	%941 = load float, float* %940
	%942 = icmp slt i32 %901, %917
	%943 = select i1 %942, i32 %901, i32 %917
	%944 = add i32 %460, %943
	%945 = sext i32 %944 to i64
	%946 = getelementptr float, float* %e, i64 %945
	%947 = load float, float* %946
	%948 = icmp slt i32 %905, %917
	%949 = select i1 %948, i32 %905, i32 %917
	%950 = add i32 %460, %949
	%951 = sext i32 %950 to i64
	%952 = getelementptr float, float* %e, i64 %951
	%953 = load float, float* %952
	%954 = icmp slt i32 %909, %917
	%955 = select i1 %954, i32 %909, i32 %917
	%956 = add i32 %460, %955
	%957 = sext i32 %956 to i64
	%958 = getelementptr float, float* %e, i64 %957
	%959 = load float, float* %958
	%960 = icmp slt i32 %913, %917
	%961 = select i1 %960, i32 %913, i32 %917
	%962 = add i32 %460, %961
	%963 = sext i32 %962 to i64
	%964 = getelementptr float, float* %e, i64 %963
	%965 = load float, float* %964
	%966 = icmp slt i32 %885, %NK
	%967 = fcmp oge float %923, 0.0
	%968 = and i1 %966, %967
	%969 = icmp sge i32 %885, %476
	%970 = icmp sle i32 %885, %484
	%971 = and i1 %969, %970
	%972 = or i1 false, %971
	%973 = icmp eq i32 %885, 0
	%974 = or i1 %972, %973
	%975 = bitcast float %923 to i32
	%976 = add i32 %975, 2
	%977 = select i1 %974, i32 1, i32 %976
	%978 = select i1 %968, i32 %977, i32 0
	%979 = icmp slt i32 %889, %NK
	%980 = fcmp oge float %929, 0.0
	%981 = and i1 %979, %980
	%982 = icmp sge i32 %889, %476
	%983 = icmp sle i32 %889, %484
	%984 = and i1 %982, %983
	%985 = or i1 false, %984
	%986 = icmp eq i32 %889, 0
	%987 = or i1 %985, %986
	%988 = bitcast float %929 to i32
	%989 = add i32 %988, 2
	%990 = select i1 %987, i32 1, i32 %989
	%991 = select i1 %981, i32 %990, i32 0
	%992 = icmp slt i32 %893, %NK
	%993 = fcmp oge float %935, 0.0
	%994 = and i1 %992, %993
	%995 = icmp sge i32 %893, %476
	%996 = icmp sle i32 %893, %484
	%997 = and i1 %995, %996
	%998 = or i1 false, %997
	%999 = icmp eq i32 %893, 0
	%1000 = or i1 %998, %999
	%1001 = bitcast float %935 to i32
	%1002 = add i32 %1001, 2
	%1003 = select i1 %1000, i32 1, i32 %1002
	%1004 = select i1 %994, i32 %1003, i32 0
	%1005 = icmp slt i32 %897, %NK
	%1006 = fcmp oge float %941, 0.0
	%1007 = and i1 %1005, %1006
	%1008 = icmp sge i32 %897, %476
	%1009 = icmp sle i32 %897, %484
	%1010 = and i1 %1008, %1009
	%1011 = or i1 false, %1010
	%1012 = icmp eq i32 %897, 0
	%1013 = or i1 %1011, %1012
	%1014 = bitcast float %941 to i32
	%1015 = add i32 %1014, 2
	%1016 = select i1 %1013, i32 1, i32 %1015
	%1017 = select i1 %1007, i32 %1016, i32 0
	%1018 = icmp slt i32 %901, %NK
	%1019 = fcmp oge float %947, 0.0
	%1020 = and i1 %1018, %1019
	%1021 = icmp sge i32 %901, %476
	%1022 = icmp sle i32 %901, %484
	%1023 = and i1 %1021, %1022
	%1024 = or i1 false, %1023
	%1025 = icmp eq i32 %901, 0
	%1026 = or i1 %1024, %1025
	%1027 = bitcast float %947 to i32
	%1028 = add i32 %1027, 2
	%1029 = select i1 %1026, i32 1, i32 %1028
	%1030 = select i1 %1020, i32 %1029, i32 0
	%1031 = icmp slt i32 %905, %NK
	%1032 = fcmp oge float %953, 0.0
	%1033 = and i1 %1031, %1032
	%1034 = icmp sge i32 %905, %476
	%1035 = icmp sle i32 %905, %484
	%1036 = and i1 %1034, %1035
	%1037 = or i1 false, %1036
	%1038 = icmp eq i32 %905, 0
	%1039 = or i1 %1037, %1038
	%1040 = bitcast float %953 to i32
	%1041 = add i32 %1040, 2
	%1042 = select i1 %1039, i32 1, i32 %1041
	%1043 = select i1 %1033, i32 %1042, i32 0
	%1044 = icmp slt i32 %909, %NK
	%1045 = fcmp oge float %959, 0.0
	%1046 = and i1 %1044, %1045
	%1047 = icmp sge i32 %909, %476
	%1048 = icmp sle i32 %909, %484
	%1049 = and i1 %1047, %1048
	%1050 = or i1 false, %1049
	%1051 = icmp eq i32 %909, 0
	%1052 = or i1 %1050, %1051
	%1053 = bitcast float %959 to i32
	%1054 = add i32 %1053, 2
	%1055 = select i1 %1052, i32 1, i32 %1054
	%1056 = select i1 %1046, i32 %1055, i32 0
	%1057 = icmp slt i32 %913, %NK
	%1058 = fcmp oge float %965, 0.0
	%1059 = and i1 %1057, %1058
	%1060 = icmp sge i32 %913, %476
	%1061 = icmp sle i32 %913, %484
	%1062 = and i1 %1060, %1061
	%1063 = or i1 false, %1062
	%1064 = icmp eq i32 %913, 0
	%1065 = or i1 %1063, %1064
	%1066 = bitcast float %965 to i32
	%1067 = add i32 %1066, 2
	%1068 = select i1 %1065, i32 1, i32 %1067
	%1069 = select i1 %1059, i32 %1068, i32 0
	%1070 = icmp uge i32 %978, 2
	%1071 = and i32 %978, %11
	%1072 = icmp eq i32 %1071, %7
	%1073 = and i1 %1070, %1072
	%1074 = lshr i32 %978, 10
	%1075 = and i32 %1074, 2047
	%1076 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1073)
	br i1 %1076, label %1078, label %1086

1077:
	br label %848

1078:
	%1079 = select i1 %1073, i32 %1075, i32 2048
	%1080 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1079)
	%1081 = shl i32 1, %3
	%1082 = sub i32 %1081, 1
	%1083 = and i32 %1080, %1082
	%1084 = icmp eq i32 %1083, 0
	%1085 = and i1 %1073, %1084
	br i1 %1085, label %1094, label %1098

1086:
	%1087 = icmp uge i32 %991, 2
	%1088 = and i32 %991, %11
	%1089 = icmp eq i32 %1088, %7
	%1090 = and i1 %1087, %1089
	%1091 = lshr i32 %991, 10
	%1092 = and i32 %1091, 2047
	%1093 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1090)
	br i1 %1093, label %1099, label %1107

1094:
	%1095 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1075
	%1096 = call i32 @llvm.ctpop.i32(i32 %1080)
	%1097 = atomicrmw add i32 addrspace(3)* %1095, i32 %1096 monotonic
	br label %1098

1098:
	br label %1086

1099:
	%1100 = select i1 %1090, i32 %1092, i32 2048
	%1101 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1100)
	%1102 = shl i32 1, %3
	%1103 = sub i32 %1102, 1
	%1104 = and i32 %1101, %1103
	%1105 = icmp eq i32 %1104, 0
	%1106 = and i1 %1090, %1105
	br i1 %1106, label %1115, label %1119

1107:
	%1108 = icmp uge i32 %1004, 2
	%1109 = and i32 %1004, %11
	%1110 = icmp eq i32 %1109, %7
	%1111 = and i1 %1108, %1110
	%1112 = lshr i32 %1004, 10
	%1113 = and i32 %1112, 2047
	%1114 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1111)
	br i1 %1114, label %1120, label %1128

1115:
	%1116 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1092
	%1117 = call i32 @llvm.ctpop.i32(i32 %1101)
	%1118 = atomicrmw add i32 addrspace(3)* %1116, i32 %1117 monotonic
	br label %1119

1119:
	br label %1107

1120:
	%1121 = select i1 %1111, i32 %1113, i32 2048
	%1122 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1121)
	%1123 = shl i32 1, %3
	%1124 = sub i32 %1123, 1
	%1125 = and i32 %1122, %1124
	%1126 = icmp eq i32 %1125, 0
	%1127 = and i1 %1111, %1126
	br i1 %1127, label %1136, label %1140

1128:
	%1129 = icmp uge i32 %1017, 2
	%1130 = and i32 %1017, %11
	%1131 = icmp eq i32 %1130, %7
	%1132 = and i1 %1129, %1131
	%1133 = lshr i32 %1017, 10
	%1134 = and i32 %1133, 2047
	%1135 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1132)
	br i1 %1135, label %1141, label %1149

1136:
	%1137 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1113
	%1138 = call i32 @llvm.ctpop.i32(i32 %1122)
	%1139 = atomicrmw add i32 addrspace(3)* %1137, i32 %1138 monotonic
	br label %1140

1140:
	br label %1128

1141:
	%1142 = select i1 %1132, i32 %1134, i32 2048
	%1143 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1142)
	%1144 = shl i32 1, %3
	%1145 = sub i32 %1144, 1
	%1146 = and i32 %1143, %1145
	%1147 = icmp eq i32 %1146, 0
	%1148 = and i1 %1132, %1147
	br i1 %1148, label %1157, label %1161

1149:
	%1150 = icmp uge i32 %1030, 2
	%1151 = and i32 %1030, %11
	%1152 = icmp eq i32 %1151, %7
	%1153 = and i1 %1150, %1152
	%1154 = lshr i32 %1030, 10
	%1155 = and i32 %1154, 2047
	%1156 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1153)
	br i1 %1156, label %1162, label %1170

1157:
	%1158 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1134
	%1159 = call i32 @llvm.ctpop.i32(i32 %1143)
	%1160 = atomicrmw add i32 addrspace(3)* %1158, i32 %1159 monotonic
	br label %1161

1161:
	br label %1149

1162:
	%1163 = select i1 %1153, i32 %1155, i32 2048
	%1164 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1163)
	%1165 = shl i32 1, %3
	%1166 = sub i32 %1165, 1
	%1167 = and i32 %1164, %1166
	%1168 = icmp eq i32 %1167, 0
	%1169 = and i1 %1153, %1168
	br i1 %1169, label %1178, label %1182

1170:
	%1171 = icmp uge i32 %1043, 2
	%1172 = and i32 %1043, %11
	%1173 = icmp eq i32 %1172, %7
	%1174 = and i1 %1171, %1173
	%1175 = lshr i32 %1043, 10
	%1176 = and i32 %1175, 2047
	%1177 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1174)
	br i1 %1177, label %1183, label %1191

1178:
	%1179 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1155
	%1180 = call i32 @llvm.ctpop.i32(i32 %1164)
	%1181 = atomicrmw add i32 addrspace(3)* %1179, i32 %1180 monotonic
	br label %1182

1182:
	br label %1170

1183:
	%1184 = select i1 %1174, i32 %1176, i32 2048
	%1185 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1184)
	%1186 = shl i32 1, %3
	%1187 = sub i32 %1186, 1
	%1188 = and i32 %1185, %1187
	%1189 = icmp eq i32 %1188, 0
	%1190 = and i1 %1174, %1189
	br i1 %1190, label %1199, label %1203

1191:
	%1192 = icmp uge i32 %1056, 2
	%1193 = and i32 %1056, %11
	%1194 = icmp eq i32 %1193, %7
	%1195 = and i1 %1192, %1194
	%1196 = lshr i32 %1056, 10
	%1197 = and i32 %1196, 2047
	%1198 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1195)
	br i1 %1198, label %1204, label %1212

1199:
	%1200 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1176
	%1201 = call i32 @llvm.ctpop.i32(i32 %1185)
	%1202 = atomicrmw add i32 addrspace(3)* %1200, i32 %1201 monotonic
	br label %1203

1203:
	br label %1191

1204:
	%1205 = select i1 %1195, i32 %1197, i32 2048
	%1206 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1205)
	%1207 = shl i32 1, %3
	%1208 = sub i32 %1207, 1
	%1209 = and i32 %1206, %1208
	%1210 = icmp eq i32 %1209, 0
	%1211 = and i1 %1195, %1210
	br i1 %1211, label %1220, label %1224

1212:
	%1213 = icmp uge i32 %1069, 2
	%1214 = and i32 %1069, %11
	%1215 = icmp eq i32 %1214, %7
	%1216 = and i1 %1213, %1215
	%1217 = lshr i32 %1069, 10
	%1218 = and i32 %1217, 2047
	%1219 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1216)
	br i1 %1219, label %1225, label %1233

1220:
	%1221 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1197
	%1222 = call i32 @llvm.ctpop.i32(i32 %1206)
	%1223 = atomicrmw add i32 addrspace(3)* %1221, i32 %1222 monotonic
	br label %1224

1224:
	br label %1212

1225:
	%1226 = select i1 %1216, i32 %1218, i32 2048
	%1227 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1226)
	%1228 = shl i32 1, %3
	%1229 = sub i32 %1228, 1
	%1230 = and i32 %1227, %1229
	%1231 = icmp eq i32 %1230, 0
	%1232 = and i1 %1216, %1231
	br i1 %1232, label %1235, label %1239

1233:
	%1234 = add i32 %880, 2048
	br label %879

1235:
	%1236 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1218
	%1237 = call i32 @llvm.ctpop.i32(i32 %1227)
	%1238 = atomicrmw add i32 addrspace(3)* %1236, i32 %1237 monotonic
	br label %1239

1239:
	br label %1233

1240:
	br label %1272

1241:
	%1242 = mul i32 %1, 8
	%1243 = add i32 %1242, 4
	%1244 = mul i32 %2, %NQ
	%1245 = add i32 %1244, %1243
	%1246 = mul i32 %1245, %NK
	%1247 = mul i32 %1243, 64
	%1248 = add i32 %1247, %off
	%1249 = add i32 %1243, 1
	%1250 = mul i32 %1249, 64
	%1251 = icmp slt i32 %1250, %M
	%1252 = select i1 %1251, i32 %1250, i32 %M
	%1253 = sub i32 %1252, 1
	%1254 = add i32 %1253, %off
	%1255 = icmp slt i32 %1248, 0
	%1256 = sub i32 0, %1248
	%1257 = sub i32 64, 1
	%1258 = add i32 %1256, %1257
	%1259 = sdiv i32 %1258, 64
	%1260 = sub i32 0, %1259
	%1261 = sdiv i32 %1248, 64
	%1262 = select i1 %1255, i32 %1260, i32 %1261
	%1263 = icmp slt i32 %1254, 0
	%1264 = sub i32 0, %1254
	%1265 = sub i32 64, 1
	%1266 = add i32 %1264, %1265
	%1267 = sdiv i32 %1266, 64
	%1268 = sub i32 0, %1267
	%1269 = sdiv i32 %1254, 64
	%1270 = select i1 %1263, i32 %1268, i32 %1269
	%1271 = icmp slt i32 %1243, %NQ
	br i1 %1271, label %1633, label %1634

1272:
	%1273 = phi i32 [ %0, %1240 ], [ %1627, %1626 ]
	%1274 = phi i32 [ 0, %1240 ], [ %1274, %1626 ]
	%1275 = icmp slt i32 %1273, %30
	br i1 %1275, label %1276, label %1470

1276:
	%1277 = sub i32 %30, 1
	%1278 = add i32 %1273, 0
	%1279 = icmp slt i32 %1278, %30
	%1280 = icmp slt i32 %1278, %1277
	%1281 = select i1 %1280, i32 %1278, i32 %1277
	%1282 = add i32 %1273, 256
	%1283 = icmp slt i32 %1282, %30
	%1284 = icmp slt i32 %1282, %1277
	%1285 = select i1 %1284, i32 %1282, i32 %1277
	%1286 = add i32 %1273, 512
	%1287 = icmp slt i32 %1286, %30
	%1288 = icmp slt i32 %1286, %1277
	%1289 = select i1 %1288, i32 %1286, i32 %1277
	%1290 = add i32 %1273, 768
	%1291 = icmp slt i32 %1290, %30
	%1292 = icmp slt i32 %1290, %1277
	%1293 = select i1 %1292, i32 %1290, i32 %1277
	%1294 = add i32 %1273, 1024
	%1295 = icmp slt i32 %1294, %30
	%1296 = icmp slt i32 %1294, %1277
	%1297 = select i1 %1296, i32 %1294, i32 %1277
	%1298 = add i32 %1273, 1280
	%1299 = icmp slt i32 %1298, %30
	%1300 = icmp slt i32 %1298, %1277
	%1301 = select i1 %1300, i32 %1298, i32 %1277
	%1302 = add i32 %1273, 1536
	%1303 = icmp slt i32 %1302, %30
	%1304 = icmp slt i32 %1302, %1277
	%1305 = select i1 %1304, i32 %1302, i32 %1277
	%1306 = add i32 %1273, 1792
	%1307 = icmp slt i32 %1306, %30
	%1308 = icmp slt i32 %1306, %1277
	%1309 = select i1 %1308, i32 %1306, i32 %1277
	%1310 = sub i32 %NK, 1
	%1311 = icmp slt i32 %1278, %1310
	%1312 = select i1 %1311, i32 %1278, i32 %1310
	%1313 = add i32 %853, %1312
	%1314 = sext i32 %1313 to i64
	%1315 = getelementptr float, float* %e, i64 %1314
	%1316 = load float, float* %1315
	%1317 = icmp slt i32 %1282, %1310
	%1318 = select i1 %1317, i32 %1282, i32 %1310
	%1319 = add i32 %853, %1318
	%1320 = sext i32 %1319 to i64
	%1321 = getelementptr float, float* %e, i64 %1320
	%1322 = load float, float* %1321
	%1323 = icmp slt i32 %1286, %1310
	%1324 = select i1 %1323, i32 %1286, i32 %1310
	%1325 = add i32 %853, %1324
	%1326 = sext i32 %1325 to i64
	%1327 = getelementptr float, float* %e, i64 %1326
	%1328 = load float, float* %1327
	%1329 = icmp slt i32 %1290, %1310
	%1330 = select i1 %1329, i32 %1290, i32 %1310
	%1331 = add i32 %853, %1330
	%1332 = sext i32 %1331 to i64
	%1333 = getelementptr float, float* %e, i64 %1332
	%1334 = load float, float* %1333
	%1335 = icmp slt i32 %1294, %1310
	%1336 = select i1 %1335, i32 %1294, i32 %1310
	%1337 = add i32 %853, %1336
	%1338 = sext i32 %1337 to i64
	%1339 = getelementptr float, float* %e, i64 %1338
	%1340 = load float, float* %1339
	%1341 = icmp slt i32 %1298, %1310
	%1342 = select i1 %1341, i32 %1298, i32 %1310
	%1343 = add i32 %853, %1342
	%1344 = sext i32 %1343 to i64
	%1345 = getelementptr float, float* %e, i64 %1344
	%1346 = load float, float* %1345
	%1347 = icmp slt i32 %1302, %1310
	%1348 = select i1 %1347, i32 %1302, i32 %1310
	%1349 = add i32 %853, %1348
	%1350 = sext i32 %1349 to i64
	%1351 = getelementptr float, float* %e, i64 %1350
	%1352 = load float, float* %1351
	%1353 = icmp slt i32 %1306, %1310
	%1354 = select i1 %1353, i32 %1306, i32 %1310
	%1355 = add i32 %853, %1354
	%1356 = sext i32 %1355 to i64
	%1357 = getelementptr float, float* %e, i64 %1356
	%1358 = load float, float* %1357
	%1359 = icmp slt i32 %1278, %NK
	%1360 = fcmp oge float %1316, 0.0
	%1361 = and i1 %1359, %1360
	%1362 = icmp sge i32 %1278, %869
	%1363 = icmp sle i32 %1278, %877
	%1364 = and i1 %1362, %1363
	%1365 = or i1 false, %1364
	%1366 = icmp eq i32 %1278, 0
	%1367 = or i1 %1365, %1366
	%1368 = bitcast float %1316 to i32
	%1369 = add i32 %1368, 2
	%1370 = select i1 %1367, i32 1, i32 %1369
	%1371 = select i1 %1361, i32 %1370, i32 0
	%1372 = icmp slt i32 %1282, %NK
	%1373 = fcmp oge float %1322, 0.0
	%1374 = and i1 %1372, %1373
	%1375 = icmp sge i32 %1282, %869
	%1376 = icmp sle i32 %1282, %877
	%1377 = and i1 %1375, %1376
	%1378 = or i1 false, %1377
	%1379 = icmp eq i32 %1282, 0
	%1380 = or i1 %1378, %1379
	%1381 = bitcast float %1322 to i32
	%1382 = add i32 %1381, 2
	%1383 = select i1 %1380, i32 1, i32 %1382
	%1384 = select i1 %1374, i32 %1383, i32 0
	%1385 = icmp slt i32 %1286, %NK
	%1386 = fcmp oge float %1328, 0.0
	%1387 = and i1 %1385, %1386
	%1388 = icmp sge i32 %1286, %869
	%1389 = icmp sle i32 %1286, %877
	%1390 = and i1 %1388, %1389
	%1391 = or i1 false, %1390
	%1392 = icmp eq i32 %1286, 0
	%1393 = or i1 %1391, %1392
	%1394 = bitcast float %1328 to i32
	%1395 = add i32 %1394, 2
	%1396 = select i1 %1393, i32 1, i32 %1395
	%1397 = select i1 %1387, i32 %1396, i32 0
	%1398 = icmp slt i32 %1290, %NK
	%1399 = fcmp oge float %1334, 0.0
	%1400 = and i1 %1398, %1399
	%1401 = icmp sge i32 %1290, %869
	%1402 = icmp sle i32 %1290, %877
	%1403 = and i1 %1401, %1402
	%1404 = or i1 false, %1403
	%1405 = icmp eq i32 %1290, 0
	%1406 = or i1 %1404, %1405
	%1407 = bitcast float %1334 to i32
	%1408 = add i32 %1407, 2
	%1409 = select i1 %1406, i32 1, i32 %1408
	%1410 = select i1 %1400, i32 %1409, i32 0
	%1411 = icmp slt i32 %1294, %NK
	%1412 = fcmp oge float %1340, 0.0
	%1413 = and i1 %1411, %1412
	%1414 = icmp sge i32 %1294, %869
	%1415 = icmp sle i32 %1294, %877
	%1416 = and i1 %1414, %1415
	%1417 = or i1 false, %1416
	%1418 = icmp eq i32 %1294, 0
	%1419 = or i1 %1417, %1418
	%1420 = bitcast float %1340 to i32
	%1421 = add i32 %1420, 2
	%1422 = select i1 %1419, i32 1, i32 %1421
	%1423 = select i1 %1413, i32 %1422, i32 0
	%1424 = icmp slt i32 %1298, %NK
	%1425 = fcmp oge float %1346, 0.0
	%1426 = and i1 %1424, %1425
	%1427 = icmp sge i32 %1298, %869
	%1428 = icmp sle i32 %1298, %877
	%1429 = and i1 %1427, %1428
	%1430 = or i1 false, %1429
	%1431 = icmp eq i32 %1298, 0
	%1432 = or i1 %1430, %1431
	%1433 = bitcast float %1346 to i32
	%1434 = add i32 %1433, 2
	%1435 = select i1 %1432, i32 1, i32 %1434
	%1436 = select i1 %1426, i32 %1435, i32 0
	%1437 = icmp slt i32 %1302, %NK
	%1438 = fcmp oge float %1352, 0.0
	%1439 = and i1 %1437, %1438
	%1440 = icmp sge i32 %1302, %869
	%1441 = icmp sle i32 %1302, %877
	%1442 = and i1 %1440, %1441
	%1443 = or i1 false, %1442
	%1444 = icmp eq i32 %1302, 0
	%1445 = or i1 %1443, %1444
	%1446 = bitcast float %1352 to i32
	%1447 = add i32 %1446, 2
	%1448 = select i1 %1445, i32 1, i32 %1447
	%1449 = select i1 %1439, i32 %1448, i32 0
	%1450 = icmp slt i32 %1306, %NK
	%1451 = fcmp oge float %1358, 0.0
	%1452 = and i1 %1450, %1451
	%1453 = icmp sge i32 %1306, %869
	%1454 = icmp sle i32 %1306, %877
	%1455 = and i1 %1453, %1454
	%1456 = or i1 false, %1455
	%1457 = icmp eq i32 %1306, 0
	%1458 = or i1 %1456, %1457
	%1459 = bitcast float %1358 to i32
	%1460 = add i32 %1459, 2
	%1461 = select i1 %1458, i32 1, i32 %1460
	%1462 = select i1 %1452, i32 %1461, i32 0
	%1463 = icmp uge i32 %1371, 2
	%1464 = and i32 %1371, %11
	%1465 = icmp eq i32 %1464, %7
	%1466 = and i1 %1463, %1465
	%1467 = lshr i32 %1371, 10
	%1468 = and i32 %1467, 2047
	%1469 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1466)
	br i1 %1469, label %1471, label %1479

1470:
	br label %1241

1471:
	%1472 = select i1 %1466, i32 %1468, i32 2048
	%1473 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1472)
	%1474 = shl i32 1, %3
	%1475 = sub i32 %1474, 1
	%1476 = and i32 %1473, %1475
	%1477 = icmp eq i32 %1476, 0
	%1478 = and i1 %1466, %1477
	br i1 %1478, label %1487, label %1491

1479:
	%1480 = icmp uge i32 %1384, 2
	%1481 = and i32 %1384, %11
	%1482 = icmp eq i32 %1481, %7
	%1483 = and i1 %1480, %1482
	%1484 = lshr i32 %1384, 10
	%1485 = and i32 %1484, 2047
	%1486 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1483)
	br i1 %1486, label %1492, label %1500

1487:
	%1488 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1468
	%1489 = call i32 @llvm.ctpop.i32(i32 %1473)
	%1490 = atomicrmw add i32 addrspace(3)* %1488, i32 %1489 monotonic
	br label %1491

1491:
	br label %1479

1492:
	%1493 = select i1 %1483, i32 %1485, i32 2048
	%1494 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1493)
	%1495 = shl i32 1, %3
	%1496 = sub i32 %1495, 1
	%1497 = and i32 %1494, %1496
	%1498 = icmp eq i32 %1497, 0
	%1499 = and i1 %1483, %1498
	br i1 %1499, label %1508, label %1512

1500:
	%1501 = icmp uge i32 %1397, 2
	%1502 = and i32 %1397, %11
	%1503 = icmp eq i32 %1502, %7
	%1504 = and i1 %1501, %1503
	%1505 = lshr i32 %1397, 10
	%1506 = and i32 %1505, 2047
	%1507 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1504)
	br i1 %1507, label %1513, label %1521

1508:
	%1509 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1485
	%1510 = call i32 @llvm.ctpop.i32(i32 %1494)
	%1511 = atomicrmw add i32 addrspace(3)* %1509, i32 %1510 monotonic
	br label %1512

1512:
	br label %1500

1513:
	%1514 = select i1 %1504, i32 %1506, i32 2048
	%1515 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1514)
	%1516 = shl i32 1, %3
	%1517 = sub i32 %1516, 1
	%1518 = and i32 %1515, %1517
	%1519 = icmp eq i32 %1518, 0
	%1520 = and i1 %1504, %1519
	br i1 %1520, label %1529, label %1533

1521:
	%1522 = icmp uge i32 %1410, 2
	%1523 = and i32 %1410, %11
	%1524 = icmp eq i32 %1523, %7
	%1525 = and i1 %1522, %1524
	%1526 = lshr i32 %1410, 10
	%1527 = and i32 %1526, 2047
	%1528 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1525)
	br i1 %1528, label %1534, label %1542

1529:
	%1530 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1506
	%1531 = call i32 @llvm.ctpop.i32(i32 %1515)
	%1532 = atomicrmw add i32 addrspace(3)* %1530, i32 %1531 monotonic
	br label %1533

1533:
	br label %1521

1534:
	%1535 = select i1 %1525, i32 %1527, i32 2048
	%1536 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1535)
	%1537 = shl i32 1, %3
	%1538 = sub i32 %1537, 1
	%1539 = and i32 %1536, %1538
	%1540 = icmp eq i32 %1539, 0
	%1541 = and i1 %1525, %1540
	br i1 %1541, label %1550, label %1554

1542:
	%1543 = icmp uge i32 %1423, 2
	%1544 = and i32 %1423, %11
	%1545 = icmp eq i32 %1544, %7
	%1546 = and i1 %1543, %1545
	%1547 = lshr i32 %1423, 10
	%1548 = and i32 %1547, 2047
	%1549 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1546)
	br i1 %1549, label %1555, label %1563

1550:
	%1551 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1527
	%1552 = call i32 @llvm.ctpop.i32(i32 %1536)
	%1553 = atomicrmw add i32 addrspace(3)* %1551, i32 %1552 monotonic
	br label %1554

1554:
	br label %1542

1555:
	%1556 = select i1 %1546, i32 %1548, i32 2048
	%1557 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1556)
	%1558 = shl i32 1, %3
	%1559 = sub i32 %1558, 1
	%1560 = and i32 %1557, %1559
	%1561 = icmp eq i32 %1560, 0
	%1562 = and i1 %1546, %1561
	br i1 %1562, label %1571, label %1575

1563:
	%1564 = icmp uge i32 %1436, 2
	%1565 = and i32 %1436, %11
	%1566 = icmp eq i32 %1565, %7
	%1567 = and i1 %1564, %1566
	%1568 = lshr i32 %1436, 10
	%1569 = and i32 %1568, 2047
	%1570 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1567)
	br i1 %1570, label %1576, label %1584

1571:
	%1572 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1548
	%1573 = call i32 @llvm.ctpop.i32(i32 %1557)
	%1574 = atomicrmw add i32 addrspace(3)* %1572, i32 %1573 monotonic
	br label %1575

1575:
	br label %1563

1576:
	%1577 = select i1 %1567, i32 %1569, i32 2048
	%1578 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1577)
	%1579 = shl i32 1, %3
	%1580 = sub i32 %1579, 1
	%1581 = and i32 %1578, %1580
	%1582 = icmp eq i32 %1581, 0
	%1583 = and i1 %1567, %1582
	br i1 %1583, label %1592, label %1596

1584:
	%1585 = icmp uge i32 %1449, 2
	%1586 = and i32 %1449, %11
	%1587 = icmp eq i32 %1586, %7
	%1588 = and i1 %1585, %1587
	%1589 = lshr i32 %1449, 10
	%1590 = and i32 %1589, 2047
	%1591 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1588)
	br i1 %1591, label %1597, label %1605

1592:
	%1593 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1569
	%1594 = call i32 @llvm.ctpop.i32(i32 %1578)
	%1595 = atomicrmw add i32 addrspace(3)* %1593, i32 %1594 monotonic
	br label %1596

1596:
	br label %1584

1597:
	%1598 = select i1 %1588, i32 %1590, i32 2048
	%1599 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1598)
	%1600 = shl i32 1, %3
	%1601 = sub i32 %1600, 1
	%1602 = and i32 %1599, %1601
	%1603 = icmp eq i32 %1602, 0
	%1604 = and i1 %1588, %1603
	br i1 %1604, label %1613, label %1617

1605:
	%1606 = icmp uge i32 %1462, 2
	%1607 = and i32 %1462, %11
	%1608 = icmp eq i32 %1607, %7
	%1609 = and i1 %1606, %1608
	%1610 = lshr i32 %1462, 10
	%1611 = and i32 %1610, 2047
	%1612 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1609)
	br i1 %1612, label %1618, label %1626

1613:
	%1614 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1590
	%1615 = call i32 @llvm.ctpop.i32(i32 %1599)
	%1616 = atomicrmw add i32 addrspace(3)* %1614, i32 %1615 monotonic
	br label %1617

1617:
	br label %1605

1618:
	%1619 = select i1 %1609, i32 %1611, i32 2048
	%1620 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1619)
	%1621 = shl i32 1, %3
	%1622 = sub i32 %1621, 1
	%1623 = and i32 %1620, %1622
	%1624 = icmp eq i32 %1623, 0
	%1625 = and i1 %1609, %1624
	br i1 %1625, label %1628, label %1632

1626:
	%1627 = add i32 %1273, 2048
	br label %1272

1628:
	%1629 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1611
	%1630 = call i32 @llvm.ctpop.i32(i32 %1620)
	%1631 = atomicrmw add i32 addrspace(3)* %1629, i32 %1630 monotonic
	br label %1632

1632:
	br label %1626

1633:
	br label %1665

1634:
	%1635 = mul i32 %1, 8
	%1636 = add i32 %1635, 5
	%1637 = mul i32 %2, %NQ
	%1638 = add i32 %1637, %1636
	%1639 = mul i32 %1638, %NK
	%1640 = mul i32 %1636, 64
	%1641 = add i32 %1640, %off
	%1642 = add i32 %1636, 1
	%1643 = mul i32 %1642, 64
	%1644 = icmp slt i32 %1643, %M
	%1645 = select i1 %1644, i32 %1643, i32 %M
	%1646 = sub i32 %1645, 1
	%1647 = add i32 %1646, %off
	%1648 = icmp slt i32 %1641, 0
	%1649 = sub i32 0, %1641
	%1650 = sub i32 64, 1
	%1651 = add i32 %1649, %1650
	%1652 = sdiv i32 %1651, 64
	%1653 = sub i32 0, %1652
	%1654 = sdiv i32 %1641, 64
	%1655 = select i1 %1648, i32 %1653, i32 %1654
	%1656 = icmp slt i32 %1647, 0
	%1657 = sub i32 0, %1647
	%1658 = sub i32 64, 1
	%1659 = add i32 %1657, %1658
	%1660 = sdiv i32 %1659, 64
	%1661 = sub i32 0, %1660
	%1662 = sdiv i32 %1647, 64
	%1663 = select i1 %1656, i32 %1661, i32 %1662
	%1664 = icmp slt i32 %1636, %NQ
	br i1 %1664, label %2026, label %2027

1665:
	%1666 = phi i32 [ %0, %1633 ], [ %2020, %2019 ]
	%1667 = phi i32 [ 0, %1633 ], [ %1667, %2019 ]
	%1668 = icmp slt i32 %1666, %30
	br i1 %1668, label %1669, label %1863

1669:
	%1670 = sub i32 %30, 1
	%1671 = add i32 %1666, 0
	%1672 = icmp slt i32 %1671, %30
	%1673 = icmp slt i32 %1671, %1670
	%1674 = select i1 %1673, i32 %1671, i32 %1670
	%1675 = add i32 %1666, 256
	%1676 = icmp slt i32 %1675, %30
	%1677 = icmp slt i32 %1675, %1670
	%1678 = select i1 %1677, i32 %1675, i32 %1670
	%1679 = add i32 %1666, 512
	%1680 = icmp slt i32 %1679, %30
	%1681 = icmp slt i32 %1679, %1670
	%1682 = select i1 %1681, i32 %1679, i32 %1670
	%1683 = add i32 %1666, 768
	%1684 = icmp slt i32 %1683, %30
	%1685 = icmp slt i32 %1683, %1670
	%1686 = select i1 %1685, i32 %1683, i32 %1670
	%1687 = add i32 %1666, 1024
	%1688 = icmp slt i32 %1687, %30
	%1689 = icmp slt i32 %1687, %1670
	%1690 = select i1 %1689, i32 %1687, i32 %1670
	%1691 = add i32 %1666, 1280
	%1692 = icmp slt i32 %1691, %30
	%1693 = icmp slt i32 %1691, %1670
	%1694 = select i1 %1693, i32 %1691, i32 %1670
	%1695 = add i32 %1666, 1536
	%1696 = icmp slt i32 %1695, %30
	%1697 = icmp slt i32 %1695, %1670
	%1698 = select i1 %1697, i32 %1695, i32 %1670
	%1699 = add i32 %1666, 1792
	%1700 = icmp slt i32 %1699, %30
	%1701 = icmp slt i32 %1699, %1670
	%1702 = select i1 %1701, i32 %1699, i32 %1670
	%1703 = sub i32 %NK, 1
	%1704 = icmp slt i32 %1671, %1703
	%1705 = select i1 %1704, i32 %1671, i32 %1703
	%1706 = add i32 %1246, %1705
	%1707 = sext i32 %1706 to i64
	%1708 = getelementptr float, float* %e, i64 %1707
	%1709 = load float, float* %1708
	%1710 = icmp slt i32 %1675, %1703
	%1711 = select i1 %1710, i32 %1675, i32 %1703
	%1712 = add i32 %1246, %1711
	%1713 = sext i32 %1712 to i64
	%1714 = getelementptr float, float* %e, i64 %1713
	%1715 = load float, float* %1714
	%1716 = icmp slt i32 %1679, %1703
	%1717 = select i1 %1716, i32 %1679, i32 %1703
	%1718 = add i32 %1246, %1717
	%1719 = sext i32 %1718 to i64
	%1720 = getelementptr float, float* %e, i64 %1719
	%1721 = load float, float* %1720
	%1722 = icmp slt i32 %1683, %1703
	%1723 = select i1 %1722, i32 %1683, i32 %1703
	%1724 = add i32 %1246, %1723
	%1725 = sext i32 %1724 to i64
	%1726 = getelementptr float, float* %e, i64 %1725
	%1727 = load float, float* %1726
	%1728 = icmp slt i32 %1687, %1703
	%1729 = select i1 %1728, i32 %1687, i32 %1703
	%1730 = add i32 %1246, %1729
	%1731 = sext i32 %1730 to i64
	%1732 = getelementptr float, float* %e, i64 %1731
	%1733 = load float, float* %1732
	%1734 = icmp slt i32 %1691, %1703
	%1735 = select i1 %1734, i32 %1691, i32 %1703
	%1736 = add i32 %1246, %1735
	%1737 = sext i32 %1736 to i64
	%1738 = getelementptr float, float* %e, i64 %1737
	%1739 = load float, float* %1738
	%1740 = icmp slt i32 %1695, %1703
	%1741 = select i1 %1740, i32 %1695, i32 %1703
	%1742 = add i32 %1246, %1741
	%1743 = sext i32 %1742 to i64
	%1744 = getelementptr float, float* %e, i64 %1743
	%1745 = load float, float* %1744
	%1746 = icmp slt i32 %1699, %1703
	%1747 = select i1 %1746, i32 %1699, i32 %1703
	%1748 = add i32 %1246, %1747
	%1749 = sext i32 %1748 to i64
	%1750 = getelementptr float, float* %e, i64 %1749
	%1751 = load float, float* %1750
	%1752 = icmp slt i32 %1671, %NK
	%1753 = fcmp oge float %1709, 0.0
	%1754 = and i1 %1752, %1753
	%1755 = icmp sge i32 %1671, %1262
	%1756 = icmp sle i32 %1671, %1270
	%1757 = and i1 %1755, %1756
	%1758 = or i1 false, %1757
	%1759 = icmp eq i32 %1671, 0
	%1760 = or i1 %1758, %1759
	%1761 = bitcast float %1709 to i32
	%1762 = add i32 %1761, 2
	%1763 = select i1 %1760, i32 1, i32 %1762
	%1764 = select i1 %1754, i32 %1763, i32 0
	%1765 = icmp slt i32 %1675, %NK
	%1766 = fcmp oge float %1715, 0.0
	%1767 = and i1 %1765, %1766
	%1768 = icmp sge i32 %1675, %1262
	%1769 = icmp sle i32 %1675, %1270
	%1770 = and i1 %1768, %1769
	%1771 = or i1 false, %1770
	%1772 = icmp eq i32 %1675, 0
	%1773 = or i1 %1771, %1772
	%1774 = bitcast float %1715 to i32
	%1775 = add i32 %1774, 2
	%1776 = select i1 %1773, i32 1, i32 %1775
	%1777 = select i1 %1767, i32 %1776, i32 0
	%1778 = icmp slt i32 %1679, %NK
	%1779 = fcmp oge float %1721, 0.0
	%1780 = and i1 %1778, %1779
	%1781 = icmp sge i32 %1679, %1262
	%1782 = icmp sle i32 %1679, %1270
	%1783 = and i1 %1781, %1782
	%1784 = or i1 false, %1783
	%1785 = icmp eq i32 %1679, 0
	%1786 = or i1 %1784, %1785
	%1787 = bitcast float %1721 to i32
	%1788 = add i32 %1787, 2
	%1789 = select i1 %1786, i32 1, i32 %1788
	%1790 = select i1 %1780, i32 %1789, i32 0
	%1791 = icmp slt i32 %1683, %NK
	%1792 = fcmp oge float %1727, 0.0
	%1793 = and i1 %1791, %1792
	%1794 = icmp sge i32 %1683, %1262
	%1795 = icmp sle i32 %1683, %1270
	%1796 = and i1 %1794, %1795
	%1797 = or i1 false, %1796
	%1798 = icmp eq i32 %1683, 0
	%1799 = or i1 %1797, %1798
	%1800 = bitcast float %1727 to i32
	%1801 = add i32 %1800, 2
	%1802 = select i1 %1799, i32 1, i32 %1801
	%1803 = select i1 %1793, i32 %1802, i32 0
	%1804 = icmp slt i32 %1687, %NK
	%1805 = fcmp oge float %1733, 0.0
	%1806 = and i1 %1804, %1805
	%1807 = icmp sge i32 %1687, %1262
	%1808 = icmp sle i32 %1687, %1270
	%1809 = and i1 %1807, %1808
	%1810 = or i1 false, %1809
	%1811 = icmp eq i32 %1687, 0
	%1812 = or i1 %1810, %1811
	%1813 = bitcast float %1733 to i32
	%1814 = add i32 %1813, 2
	%1815 = select i1 %1812, i32 1, i32 %1814
	%1816 = select i1 %1806, i32 %1815, i32 0
	%1817 = icmp slt i32 %1691, %NK
	%1818 = fcmp oge float %1739, 0.0
	%1819 = and i1 %1817, %1818
	%1820 = icmp sge i32 %1691, %1262
	%1821 = icmp sle i32 %1691, %1270
	%1822 = and i1 %1820, %1821
	%1823 = or i1 false, %1822
	%1824 = icmp eq i32 %1691, 0
	%1825 = or i1 %1823, %1824
	%1826 = bitcast float %1739 to i32
	%1827 = add i32 %1826, 2
	%1828 = select i1 %1825, i32 1, i32 %1827
	%1829 = select i1 %1819, i32 %1828, i32 0
	%1830 = icmp slt i32 %1695, %NK
	%1831 = fcmp oge float %1745, 0.0
	%1832 = and i1 %1830, %1831
	%1833 = icmp sge i32 %1695, %1262
	%1834 = icmp sle i32 %1695, %1270
	%1835 = and i1 %1833, %1834
	%1836 = or i1 false, %1835
	%1837 = icmp eq i32 %1695, 0
	%1838 = or i1 %1836, %1837
	%1839 = bitcast float %1745 to i32
	%1840 = add i32 %1839, 2
	%1841 = select i1 %1838, i32 1, i32 %1840
	%1842 = select i1 %1832, i32 %1841, i32 0
	%1843 = icmp slt i32 %1699, %NK
	%1844 = fcmp oge float %1751, 0.0
	%1845 = and i1 %1843, %1844
	%1846 = icmp sge i32 %1699, %1262
	%1847 = icmp sle i32 %1699, %1270
	%1848 = and i1 %1846, %1847
	%1849 = or i1 false, %1848
	%1850 = icmp eq i32 %1699, 0
	%1851 = or i1 %1849, %1850
	%1852 = bitcast float %1751 to i32
	%1853 = add i32 %1852, 2
	%1854 = select i1 %1851, i32 1, i32 %1853
	%1855 = select i1 %1845, i32 %1854, i32 0
	%1856 = icmp uge i32 %1764, 2
	%1857 = and i32 %1764, %11
	%1858 = icmp eq i32 %1857, %7
	%1859 = and i1 %1856, %1858
	%1860 = lshr i32 %1764, 10
	%1861 = and i32 %1860, 2047
	%1862 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1859)
	br i1 %1862, label %1864, label %1872

1863:
	br label %1634

1864:
	%1865 = select i1 %1859, i32 %1861, i32 2048
	%1866 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1865)
	%1867 = shl i32 1, %3
	%1868 = sub i32 %1867, 1
	%1869 = and i32 %1866, %1868
	%1870 = icmp eq i32 %1869, 0
	%1871 = and i1 %1859, %1870
	br i1 %1871, label %1880, label %1884

1872:
	%1873 = icmp uge i32 %1777, 2
	%1874 = and i32 %1777, %11
	%1875 = icmp eq i32 %1874, %7
	%1876 = and i1 %1873, %1875
	%1877 = lshr i32 %1777, 10
	%1878 = and i32 %1877, 2047
	%1879 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1876)
	br i1 %1879, label %1885, label %1893

1880:
	%1881 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1861
	%1882 = call i32 @llvm.ctpop.i32(i32 %1866)
	%1883 = atomicrmw add i32 addrspace(3)* %1881, i32 %1882 monotonic
	br label %1884

1884:
	br label %1872

1885:
	%1886 = select i1 %1876, i32 %1878, i32 2048
	%1887 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1886)
	%1888 = shl i32 1, %3
	%1889 = sub i32 %1888, 1
	%1890 = and i32 %1887, %1889
	%1891 = icmp eq i32 %1890, 0
	%1892 = and i1 %1876, %1891
	br i1 %1892, label %1901, label %1905

1893:
	%1894 = icmp uge i32 %1790, 2
	%1895 = and i32 %1790, %11
	%1896 = icmp eq i32 %1895, %7
	%1897 = and i1 %1894, %1896
	%1898 = lshr i32 %1790, 10
	%1899 = and i32 %1898, 2047
	%1900 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1897)
	br i1 %1900, label %1906, label %1914

1901:
	%1902 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1878
	%1903 = call i32 @llvm.ctpop.i32(i32 %1887)
	%1904 = atomicrmw add i32 addrspace(3)* %1902, i32 %1903 monotonic
	br label %1905

1905:
	br label %1893

1906:
	%1907 = select i1 %1897, i32 %1899, i32 2048
	%1908 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1907)
	%1909 = shl i32 1, %3
	%1910 = sub i32 %1909, 1
	%1911 = and i32 %1908, %1910
	%1912 = icmp eq i32 %1911, 0
	%1913 = and i1 %1897, %1912
	br i1 %1913, label %1922, label %1926

1914:
	%1915 = icmp uge i32 %1803, 2
	%1916 = and i32 %1803, %11
	%1917 = icmp eq i32 %1916, %7
	%1918 = and i1 %1915, %1917
	%1919 = lshr i32 %1803, 10
	%1920 = and i32 %1919, 2047
	%1921 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1918)
	br i1 %1921, label %1927, label %1935

1922:
	%1923 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1899
	%1924 = call i32 @llvm.ctpop.i32(i32 %1908)
	%1925 = atomicrmw add i32 addrspace(3)* %1923, i32 %1924 monotonic
	br label %1926

1926:
	br label %1914

1927:
	%1928 = select i1 %1918, i32 %1920, i32 2048
	%1929 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1928)
	%1930 = shl i32 1, %3
	%1931 = sub i32 %1930, 1
	%1932 = and i32 %1929, %1931
	%1933 = icmp eq i32 %1932, 0
	%1934 = and i1 %1918, %1933
	br i1 %1934, label %1943, label %1947

1935:
	%1936 = icmp uge i32 %1816, 2
	%1937 = and i32 %1816, %11
	%1938 = icmp eq i32 %1937, %7
	%1939 = and i1 %1936, %1938
	%1940 = lshr i32 %1816, 10
	%1941 = and i32 %1940, 2047
	%1942 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1939)
	br i1 %1942, label %1948, label %1956

1943:
	%1944 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1920
	%1945 = call i32 @llvm.ctpop.i32(i32 %1929)
	%1946 = atomicrmw add i32 addrspace(3)* %1944, i32 %1945 monotonic
	br label %1947

1947:
	br label %1935

1948:
	%1949 = select i1 %1939, i32 %1941, i32 2048
	%1950 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1949)
	%1951 = shl i32 1, %3
	%1952 = sub i32 %1951, 1
	%1953 = and i32 %1950, %1952
	%1954 = icmp eq i32 %1953, 0
	%1955 = and i1 %1939, %1954
	br i1 %1955, label %1964, label %1968

1956:
	%1957 = icmp uge i32 %1829, 2
	%1958 = and i32 %1829, %11
	%1959 = icmp eq i32 %1958, %7
	%1960 = and i1 %1957, %1959
	%1961 = lshr i32 %1829, 10
	%1962 = and i32 %1961, 2047
	%1963 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1960)
	br i1 %1963, label %1969, label %1977

1964:
	%1965 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1941
	%1966 = call i32 @llvm.ctpop.i32(i32 %1950)
	%1967 = atomicrmw add i32 addrspace(3)* %1965, i32 %1966 monotonic
	br label %1968

1968:
	br label %1956

1969:
	%1970 = select i1 %1960, i32 %1962, i32 2048
	%1971 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1970)
	%1972 = shl i32 1, %3
	%1973 = sub i32 %1972, 1
	%1974 = and i32 %1971, %1973
	%1975 = icmp eq i32 %1974, 0
	%1976 = and i1 %1960, %1975
	br i1 %1976, label %1985, label %1989

1977:
	%1978 = icmp uge i32 %1842, 2
	%1979 = and i32 %1842, %11
	%1980 = icmp eq i32 %1979, %7
	%1981 = and i1 %1978, %1980
	%1982 = lshr i32 %1842, 10
	%1983 = and i32 %1982, 2047
	%1984 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1981)
	br i1 %1984, label %1990, label %1998

1985:
	%1986 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1962
	%1987 = call i32 @llvm.ctpop.i32(i32 %1971)
	%1988 = atomicrmw add i32 addrspace(3)* %1986, i32 %1987 monotonic
	br label %1989

1989:
	br label %1977

1990:
	%1991 = select i1 %1981, i32 %1983, i32 2048
	%1992 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1991)
	%1993 = shl i32 1, %3
	%1994 = sub i32 %1993, 1
	%1995 = and i32 %1992, %1994
	%1996 = icmp eq i32 %1995, 0
	%1997 = and i1 %1981, %1996
	br i1 %1997, label %2006, label %2010

1998:
	%1999 = icmp uge i32 %1855, 2
	%2000 = and i32 %1855, %11
	%2001 = icmp eq i32 %2000, %7
	%2002 = and i1 %1999, %2001
	%2003 = lshr i32 %1855, 10
	%2004 = and i32 %2003, 2047
	%2005 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2002)
	br i1 %2005, label %2011, label %2019

2006:
	%2007 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1983
	%2008 = call i32 @llvm.ctpop.i32(i32 %1992)
	%2009 = atomicrmw add i32 addrspace(3)* %2007, i32 %2008 monotonic
	br label %2010

2010:
	br label %1998

2011:
	%2012 = select i1 %2002, i32 %2004, i32 2048
	%2013 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2012)
	%2014 = shl i32 1, %3
	%2015 = sub i32 %2014, 1
	%2016 = and i32 %2013, %2015
	%2017 = icmp eq i32 %2016, 0
	%2018 = and i1 %2002, %2017
	br i1 %2018, label %2021, label %2025

2019:
	%2020 = add i32 %1666, 2048
	br label %1665

2021:
	%2022 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2004
	%2023 = call i32 @llvm.ctpop.i32(i32 %2013)
	%2024 = atomicrmw add i32 addrspace(3)* %2022, i32 %2023 monotonic
	br label %2025

2025:
	br label %2019

2026:
	br label %2058

2027:
	%2028 = mul i32 %1, 8
	%2029 = add i32 %2028, 6
	%2030 = mul i32 %2, %NQ
	%2031 = add i32 %2030, %2029
	%2032 = mul i32 %2031, %NK
	%2033 = mul i32 %2029, 64
	%2034 = add i32 %2033, %off
	%2035 = add i32 %2029, 1
	%2036 = mul i32 %2035, 64
	%2037 = icmp slt i32 %2036, %M
	%2038 = select i1 %2037, i32 %2036, i32 %M
	%2039 = sub i32 %2038, 1
	%2040 = add i32 %2039, %off
	%2041 = icmp slt i32 %2034, 0
	%2042 = sub i32 0, %2034
	%2043 = sub i32 64, 1
	%2044 = add i32 %2042, %2043
	%2045 = sdiv i32 %2044, 64
	%2046 = sub i32 0, %2045
	%2047 = sdiv i32 %2034, 64
	%2048 = select i1 %2041, i32 %2046, i32 %2047
	%2049 = icmp slt i32 %2040, 0
	%2050 = sub i32 0, %2040
	%2051 = sub i32 64, 1
	%2052 = add i32 %2050, %2051
	%2053 = sdiv i32 %2052, 64
	%2054 = sub i32 0, %2053
	%2055 = sdiv i32 %2040, 64
	%2056 = select i1 %2049, i32 %2054, i32 %2055
	%2057 = icmp slt i32 %2029, %NQ
	br i1 %2057, label %2419, label %2420

2058:
	%2059 = phi i32 [ %0, %2026 ], [ %2413, %2412 ]
	%2060 = phi i32 [ 0, %2026 ], [ %2060, %2412 ]
	%2061 = icmp slt i32 %2059, %30
	br i1 %2061, label %2062, label %2256

2062:
	%2063 = sub i32 %30, 1
	%2064 = add i32 %2059, 0
	%2065 = icmp slt i32 %2064, %30
	%2066 = icmp slt i32 %2064, %2063
	%2067 = select i1 %2066, i32 %2064, i32 %2063
	%2068 = add i32 %2059, 256
	%2069 = icmp slt i32 %2068, %30
	%2070 = icmp slt i32 %2068, %2063
	%2071 = select i1 %2070, i32 %2068, i32 %2063
	%2072 = add i32 %2059, 512
	%2073 = icmp slt i32 %2072, %30
	%2074 = icmp slt i32 %2072, %2063
	%2075 = select i1 %2074, i32 %2072, i32 %2063
	%2076 = add i32 %2059, 768
	%2077 = icmp slt i32 %2076, %30
	%2078 = icmp slt i32 %2076, %2063
	%2079 = select i1 %2078, i32 %2076, i32 %2063
	%2080 = add i32 %2059, 1024
	%2081 = icmp slt i32 %2080, %30
	%2082 = icmp slt i32 %2080, %2063
	%2083 = select i1 %2082, i32 %2080, i32 %2063
	%2084 = add i32 %2059, 1280
	%2085 = icmp slt i32 %2084, %30
	%2086 = icmp slt i32 %2084, %2063
	%2087 = select i1 %2086, i32 %2084, i32 %2063
	%2088 = add i32 %2059, 1536
	%2089 = icmp slt i32 %2088, %30
	%2090 = icmp slt i32 %2088, %2063
	%2091 = select i1 %2090, i32 %2088, i32 %2063
	%2092 = add i32 %2059, 1792
	%2093 = icmp slt i32 %2092, %30
	%2094 = icmp slt i32 %2092, %2063
	%2095 = select i1 %2094, i32 %2092, i32 %2063
	%2096 = sub i32 %NK, 1
	%2097 = icmp slt i32 %2064, %2096
	%2098 = select i1 %2097, i32 %2064, i32 %2096
	%2099 = add i32 %1639, %2098
	%2100 = sext i32 %2099 to i64
	%2101 = getelementptr float, float* %e, i64 %2100
	%2102 = load float, float* %2101
	%2103 = icmp slt i32 %2068, %2096
	%2104 = select i1 %2103, i32 %2068, i32 %2096
	%2105 = add i32 %1639, %2104
	%2106 = sext i32 %2105 to i64
	%2107 = getelementptr float, float* %e, i64 %2106
	%2108 = load float, float* %2107
	%2109 = icmp slt i32 %2072, %2096
	%2110 = select i1 %2109, i32 %2072, i32 %2096
	%2111 = add i32 %1639, %2110
	%2112 = sext i32 %2111 to i64
	%2113 = getelementptr float, float* %e, i64 %2112
	%2114 = load float, float* %2113
	%2115 = icmp slt i32 %2076, %2096
	%2116 = select i1 %2115, i32 %2076, i32 %2096
	%2117 = add i32 %1639, %2116
	%2118 = sext i32 %2117 to i64
	%2119 = getelementptr float, float* %e, i64 %2118
	%2120 = load float, float* %2119
	%2121 = icmp slt i32 %2080, %2096
	%2122 = select i1 %2121, i32 %2080, i32 %2096
	%2123 = add i32 %1639, %2122
	%2124 = sext i32 %2123 to i64
	%2125 = getelementptr float, float* %e, i64 %2124
	%2126 = load float, float* %2125
	%2127 = icmp slt i32 %2084, %2096
	%2128 = select i1 %2127, i32 %2084, i32 %2096
	%2129 = add i32 %1639, %2128
	%2130 = sext i32 %2129 to i64
	%2131 = getelementptr float, float* %e, i64 %2130
	%2132 = load float, float* %2131
	%2133 = icmp slt i32 %2088, %2096
	%2134 = select i1 %2133, i32 %2088, i32 %2096
	%2135 = add i32 %1639, %2134
	%2136 = sext i32 %2135 to i64
	%2137 = getelementptr float, float* %e, i64 %2136
	%2138 = load float, float* %2137
	%2139 = icmp slt i32 %2092, %2096
	%2140 = select i1 %2139, i32 %2092, i32 %2096
	%2141 = add i32 %1639, %2140
	%2142 = sext i32 %2141 to i64
	%2143 = getelementptr float, float* %e, i64 %2142
	%2144 = load float, float* %2143
	%2145 = icmp slt i32 %2064, %NK
	%2146 = fcmp oge float %2102, 0.0
	%2147 = and i1 %2145, %2146
	%2148 = icmp sge i32 %2064, %1655
	%2149 = icmp sle i32 %2064, %1663
	%2150 = and i1 %2148, %2149
	%2151 = or i1 false, %2150
	%2152 = icmp eq i32 %2064, 0
	%2153 = or i1 %2151, %2152
	%2154 = bitcast float %2102 to i32
	%2155 = add i32 %2154, 2
	%2156 = select i1 %2153, i32 1, i32 %2155
	%2157 = select i1 %2147, i32 %2156, i32 0
	%2158 = icmp slt i32 %2068, %NK
	%2159 = fcmp oge float %2108, 0.0
	%2160 = and i1 %2158, %2159
	%2161 = icmp sge i32 %2068, %1655
	%2162 = icmp sle i32 %2068, %1663
	%2163 = and i1 %2161, %2162
	%2164 = or i1 false, %2163
	%2165 = icmp eq i32 %2068, 0
	%2166 = or i1 %2164, %2165
	%2167 = bitcast float %2108 to i32
	%2168 = add i32 %2167, 2
	%2169 = select i1 %2166, i32 1, i32 %2168
	%2170 = select i1 %2160, i32 %2169, i32 0
	%2171 = icmp slt i32 %2072, %NK
	%2172 = fcmp oge float %2114, 0.0
	%2173 = and i1 %2171, %2172
	%2174 = icmp sge i32 %2072, %1655
	%2175 = icmp sle i32 %2072, %1663
	%2176 = and i1 %2174, %2175
	%2177 = or i1 false, %2176
	%2178 = icmp eq i32 %2072, 0
	%2179 = or i1 %2177, %2178
	%2180 = bitcast float %2114 to i32
	%2181 = add i32 %2180, 2
	%2182 = select i1 %2179, i32 1, i32 %2181
	%2183 = select i1 %2173, i32 %2182, i32 0
	%2184 = icmp slt i32 %2076, %NK
	%2185 = fcmp oge float %2120, 0.0
	%2186 = and i1 %2184, %2185
	%2187 = icmp sge i32 %2076, %1655
	%2188 = icmp sle i32 %2076, %1663
	%2189 = and i1 %2187, %2188
	%2190 = or i1 false, %2189
	%2191 = icmp eq i32 %2076, 0
	%2192 = or i1 %2190, %2191
	%2193 = bitcast float %2120 to i32
	%2194 = add i32 %2193, 2
	%2195 = select i1 %2192, i32 1, i32 %2194
	%2196 = select i1 %2186, i32 %2195, i32 0
	%2197 = icmp slt i32 %2080, %NK
	%2198 = fcmp oge float %2126, 0.0
	%2199 = and i1 %2197, %2198
	%2200 = icmp sge i32 %2080, %1655
	%2201 = icmp sle i32 %2080, %1663
	%2202 = and i1 %2200, %2201
	%2203 = or i1 false, %2202
	%2204 = icmp eq i32 %2080, 0
	%2205 = or i1 %2203, %2204
	%2206 = bitcast float %2126 to i32
	%2207 = add i32 %2206, 2
	%2208 = select i1 %2205, i32 1, i32 %2207
	%2209 = select i1 %2199, i32 %2208, i32 0
	%2210 = icmp slt i32 %2084, %NK
	%2211 = fcmp oge float %2132, 0.0
	%2212 = and i1 %2210, %2211
	%2213 = icmp sge i32 %2084, %1655
	%2214 = icmp sle i32 %2084, %1663
	%2215 = and i1 %2213, %2214
	%2216 = or i1 false, %2215
	%2217 = icmp eq i32 %2084, 0
	%2218 = or i1 %2216, %2217
	%2219 = bitcast float %2132 to i32
	%2220 = add i32 %2219, 2
	%2221 = select i1 %2218, i32 1, i32 %2220
	%2222 = select i1 %2212, i32 %2221, i32 0
	%2223 = icmp slt i32 %2088, %NK
	%2224 = fcmp oge float %2138, 0.0
	%2225 = and i1 %2223, %2224
	%2226 = icmp sge i32 %2088, %1655
	%2227 = icmp sle i32 %2088, %1663
	%2228 = and i1 %2226, %2227
	%2229 = or i1 false, %2228
	%2230 = icmp eq i32 %2088, 0
	%2231 = or i1 %2229, %2230
	%2232 = bitcast float %2138 to i32
	%2233 = add i32 %2232, 2
	%2234 = select i1 %2231, i32 1, i32 %2233
	%2235 = select i1 %2225, i32 %2234, i32 0
	%2236 = icmp slt i32 %2092, %NK
	%2237 = fcmp oge float %2144, 0.0
	%2238 = and i1 %2236, %2237
	%2239 = icmp sge i32 %2092, %1655
	%2240 = icmp sle i32 %2092, %1663
	%2241 = and i1 %2239, %2240
	%2242 = or i1 false, %2241
	%2243 = icmp eq i32 %2092, 0
	%2244 = or i1 %2242, %2243
	%2245 = bitcast float %2144 to i32
	%2246 = add i32 %2245, 2
	%2247 = select i1 %2244, i32 1, i32 %2246
	%2248 = select i1 %2238, i32 %2247, i32 0
	%2249 = icmp uge i32 %2157, 2
	%2250 = and i32 %2157, %11
	%2251 = icmp eq i32 %2250, %7
	%2252 = and i1 %2249, %2251
	%2253 = lshr i32 %2157, 10
	%2254 = and i32 %2253, 2047
	%2255 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2252)
	br i1 %2255, label %2257, label %2265

2256:
	br label %2027

2257:
	%2258 = select i1 %2252, i32 %2254, i32 2048
	%2259 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2258)
	%2260 = shl i32 1, %3
	%2261 = sub i32 %2260, 1
	%2262 = and i32 %2259, %2261
	%2263 = icmp eq i32 %2262, 0
	%2264 = and i1 %2252, %2263
	br i1 %2264, label %2273, label %2277

2265:
	%2266 = icmp uge i32 %2170, 2
	%2267 = and i32 %2170, %11
	%2268 = icmp eq i32 %2267, %7
	%2269 = and i1 %2266, %2268
	%2270 = lshr i32 %2170, 10
	%2271 = and i32 %2270, 2047
	%2272 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2269)
	br i1 %2272, label %2278, label %2286

2273:
	%2274 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2254
	%2275 = call i32 @llvm.ctpop.i32(i32 %2259)
	%2276 = atomicrmw add i32 addrspace(3)* %2274, i32 %2275 monotonic
	br label %2277

2277:
	br label %2265

2278:
	%2279 = select i1 %2269, i32 %2271, i32 2048
	%2280 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2279)
	%2281 = shl i32 1, %3
	%2282 = sub i32 %2281, 1
	%2283 = and i32 %2280, %2282
	%2284 = icmp eq i32 %2283, 0
	%2285 = and i1 %2269, %2284
	br i1 %2285, label %2294, label %2298

2286:
	%2287 = icmp uge i32 %2183, 2
	%2288 = and i32 %2183, %11
	%2289 = icmp eq i32 %2288, %7
	%2290 = and i1 %2287, %2289
	%2291 = lshr i32 %2183, 10
	%2292 = and i32 %2291, 2047
	%2293 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2290)
	br i1 %2293, label %2299, label %2307

2294:
	%2295 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2271
	%2296 = call i32 @llvm.ctpop.i32(i32 %2280)
	%2297 = atomicrmw add i32 addrspace(3)* %2295, i32 %2296 monotonic
	br label %2298

2298:
	br label %2286

2299:
	%2300 = select i1 %2290, i32 %2292, i32 2048
	%2301 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2300)
	%2302 = shl i32 1, %3
	%2303 = sub i32 %2302, 1
	%2304 = and i32 %2301, %2303
	%2305 = icmp eq i32 %2304, 0
	%2306 = and i1 %2290, %2305
	br i1 %2306, label %2315, label %2319

2307:
	%2308 = icmp uge i32 %2196, 2
	%2309 = and i32 %2196, %11
	%2310 = icmp eq i32 %2309, %7
	%2311 = and i1 %2308, %2310
	%2312 = lshr i32 %2196, 10
	%2313 = and i32 %2312, 2047
	%2314 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2311)
	br i1 %2314, label %2320, label %2328

2315:
	%2316 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2292
	%2317 = call i32 @llvm.ctpop.i32(i32 %2301)
	%2318 = atomicrmw add i32 addrspace(3)* %2316, i32 %2317 monotonic
	br label %2319

2319:
	br label %2307

2320:
	%2321 = select i1 %2311, i32 %2313, i32 2048
	%2322 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2321)
	%2323 = shl i32 1, %3
	%2324 = sub i32 %2323, 1
	%2325 = and i32 %2322, %2324
	%2326 = icmp eq i32 %2325, 0
	%2327 = and i1 %2311, %2326
	br i1 %2327, label %2336, label %2340

2328:
	%2329 = icmp uge i32 %2209, 2
	%2330 = and i32 %2209, %11
	%2331 = icmp eq i32 %2330, %7
	%2332 = and i1 %2329, %2331
	%2333 = lshr i32 %2209, 10
	%2334 = and i32 %2333, 2047
	%2335 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2332)
	br i1 %2335, label %2341, label %2349

2336:
	%2337 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2313
	%2338 = call i32 @llvm.ctpop.i32(i32 %2322)
	%2339 = atomicrmw add i32 addrspace(3)* %2337, i32 %2338 monotonic
	br label %2340

2340:
	br label %2328

2341:
	%2342 = select i1 %2332, i32 %2334, i32 2048
	%2343 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2342)
	%2344 = shl i32 1, %3
	%2345 = sub i32 %2344, 1
	%2346 = and i32 %2343, %2345
	%2347 = icmp eq i32 %2346, 0
	%2348 = and i1 %2332, %2347
	br i1 %2348, label %2357, label %2361

2349:
	%2350 = icmp uge i32 %2222, 2
	%2351 = and i32 %2222, %11
	%2352 = icmp eq i32 %2351, %7
	%2353 = and i1 %2350, %2352
	%2354 = lshr i32 %2222, 10
	%2355 = and i32 %2354, 2047
	%2356 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2353)
	br i1 %2356, label %2362, label %2370

2357:
	%2358 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2334
	%2359 = call i32 @llvm.ctpop.i32(i32 %2343)
	%2360 = atomicrmw add i32 addrspace(3)* %2358, i32 %2359 monotonic
	br label %2361

2361:
	br label %2349

2362:
	%2363 = select i1 %2353, i32 %2355, i32 2048
	%2364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2363)
	%2365 = shl i32 1, %3
	%2366 = sub i32 %2365, 1
	%2367 = and i32 %2364, %2366
	%2368 = icmp eq i32 %2367, 0
	%2369 = and i1 %2353, %2368
	br i1 %2369, label %2378, label %2382

2370:
	%2371 = icmp uge i32 %2235, 2
	%2372 = and i32 %2235, %11
	%2373 = icmp eq i32 %2372, %7
	%2374 = and i1 %2371, %2373
	%2375 = lshr i32 %2235, 10
	%2376 = and i32 %2375, 2047
	%2377 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2374)
	br i1 %2377, label %2383, label %2391

2378:
	%2379 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2355
	%2380 = call i32 @llvm.ctpop.i32(i32 %2364)
	%2381 = atomicrmw add i32 addrspace(3)* %2379, i32 %2380 monotonic
	br label %2382

2382:
	br label %2370

2383:
	%2384 = select i1 %2374, i32 %2376, i32 2048
	%2385 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2384)
	%2386 = shl i32 1, %3
	%2387 = sub i32 %2386, 1
	%2388 = and i32 %2385, %2387
	%2389 = icmp eq i32 %2388, 0
	%2390 = and i1 %2374, %2389
	br i1 %2390, label %2399, label %2403

2391:
	%2392 = icmp uge i32 %2248, 2
	%2393 = and i32 %2248, %11
	%2394 = icmp eq i32 %2393, %7
	%2395 = and i1 %2392, %2394
	%2396 = lshr i32 %2248, 10
	%2397 = and i32 %2396, 2047
	%2398 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2395)
	br i1 %2398, label %2404, label %2412

2399:
	%2400 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2376
	%2401 = call i32 @llvm.ctpop.i32(i32 %2385)
	%2402 = atomicrmw add i32 addrspace(3)* %2400, i32 %2401 monotonic
	br label %2403

2403:
	br label %2391

2404:
	%2405 = select i1 %2395, i32 %2397, i32 2048
	%2406 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2405)
	%2407 = shl i32 1, %3
	%2408 = sub i32 %2407, 1
	%2409 = and i32 %2406, %2408
	%2410 = icmp eq i32 %2409, 0
	%2411 = and i1 %2395, %2410
	br i1 %2411, label %2414, label %2418

2412:
	%2413 = add i32 %2059, 2048
	br label %2058

2414:
	%2415 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2397
	%2416 = call i32 @llvm.ctpop.i32(i32 %2406)
	%2417 = atomicrmw add i32 addrspace(3)* %2415, i32 %2416 monotonic
	br label %2418

2418:
	br label %2412

2419:
	br label %2451

2420:
	%2421 = mul i32 %1, 8
	%2422 = add i32 %2421, 7
	%2423 = mul i32 %2, %NQ
	%2424 = add i32 %2423, %2422
	%2425 = mul i32 %2424, %NK
	%2426 = mul i32 %2422, 64
	%2427 = add i32 %2426, %off
	%2428 = add i32 %2422, 1
	%2429 = mul i32 %2428, 64
	%2430 = icmp slt i32 %2429, %M
	%2431 = select i1 %2430, i32 %2429, i32 %M
	%2432 = sub i32 %2431, 1
	%2433 = add i32 %2432, %off
	%2434 = icmp slt i32 %2427, 0
	%2435 = sub i32 0, %2427
	%2436 = sub i32 64, 1
	%2437 = add i32 %2435, %2436
	%2438 = sdiv i32 %2437, 64
	%2439 = sub i32 0, %2438
	%2440 = sdiv i32 %2427, 64
	%2441 = select i1 %2434, i32 %2439, i32 %2440
	%2442 = icmp slt i32 %2433, 0
	%2443 = sub i32 0, %2433
	%2444 = sub i32 64, 1
	%2445 = add i32 %2443, %2444
	%2446 = sdiv i32 %2445, 64
	%2447 = sub i32 0, %2446
	%2448 = sdiv i32 %2433, 64
	%2449 = select i1 %2442, i32 %2447, i32 %2448
	%2450 = icmp slt i32 %2422, %NQ
	br i1 %2450, label %2812, label %2813

2451:
	%2452 = phi i32 [ %0, %2419 ], [ %2806, %2805 ]
	%2453 = phi i32 [ 0, %2419 ], [ %2453, %2805 ]
	%2454 = icmp slt i32 %2452, %30
	br i1 %2454, label %2455, label %2649

2455:
	%2456 = sub i32 %30, 1
	%2457 = add i32 %2452, 0
	%2458 = icmp slt i32 %2457, %30
	%2459 = icmp slt i32 %2457, %2456
	%2460 = select i1 %2459, i32 %2457, i32 %2456
	%2461 = add i32 %2452, 256
	%2462 = icmp slt i32 %2461, %30
	%2463 = icmp slt i32 %2461, %2456
	%2464 = select i1 %2463, i32 %2461, i32 %2456
	%2465 = add i32 %2452, 512
	%2466 = icmp slt i32 %2465, %30
	%2467 = icmp slt i32 %2465, %2456
	%2468 = select i1 %2467, i32 %2465, i32 %2456
	%2469 = add i32 %2452, 768
	%2470 = icmp slt i32 %2469, %30
	%2471 = icmp slt i32 %2469, %2456
	%2472 = select i1 %2471, i32 %2469, i32 %2456
	%2473 = add i32 %2452, 1024
	%2474 = icmp slt i32 %2473, %30
	%2475 = icmp slt i32 %2473, %2456
	%2476 = select i1 %2475, i32 %2473, i32 %2456
	%2477 = add i32 %2452, 1280
	%2478 = icmp slt i32 %2477, %30
	%2479 = icmp slt i32 %2477, %2456
	%2480 = select i1 %2479, i32 %2477, i32 %2456
	%2481 = add i32 %2452, 1536
	%2482 = icmp slt i32 %2481, %30
	%2483 = icmp slt i32 %2481, %2456
	%2484 = select i1 %2483, i32 %2481, i32 %2456
	%2485 = add i32 %2452, 1792
	%2486 = icmp slt i32 %2485, %30
	%2487 = icmp slt i32 %2485, %2456
	%2488 = select i1 %2487, i32 %2485, i32 %2456
	%2489 = sub i32 %NK, 1
	%2490 = icmp slt i32 %2457, %2489
	%2491 = select i1 %2490, i32 %2457, i32 %2489
	%2492 = add i32 %2032, %2491
	%2493 = sext i32 %2492 to i64
	%2494 = getelementptr float, float* %e, i64 %2493
	%2495 = load float, float* %2494
	%2496 = icmp slt i32 %2461, %2489
	%2497 = select i1 %2496, i32 %2461, i32 %2489
	%2498 = add i32 %2032, %2497
	%2499 = sext i32 %2498 to i64
	%2500 = getelementptr float, float* %e, i64 %2499
	%2501 = load float, float* %2500
	%2502 = icmp slt i32 %2465, %2489
	%2503 = select i1 %2502, i32 %2465, i32 %2489
	%2504 = add i32 %2032, %2503
	%2505 = sext i32 %2504 to i64
	%2506 = getelementptr float, float* %e, i64 %2505
	%2507 = load float, float* %2506
	%2508 = icmp slt i32 %2469, %2489
	%2509 = select i1 %2508, i32 %2469, i32 %2489
	%2510 = add i32 %2032, %2509
	%2511 = sext i32 %2510 to i64
	%2512 = getelementptr float, float* %e, i64 %2511
	%2513 = load float, float* %2512
	%2514 = icmp slt i32 %2473, %2489
	%2515 = select i1 %2514, i32 %2473, i32 %2489
	%2516 = add i32 %2032, %2515
	%2517 = sext i32 %2516 to i64
	%2518 = getelementptr float, float* %e, i64 %2517
	%2519 = load float, float* %2518
	%2520 = icmp slt i32 %2477, %2489
	%2521 = select i1 %2520, i32 %2477, i32 %2489
	%2522 = add i32 %2032, %2521
	%2523 = sext i32 %2522 to i64
	%2524 = getelementptr float, float* %e, i64 %2523
	%2525 = load float, float* %2524
	%2526 = icmp slt i32 %2481, %2489
	%2527 = select i1 %2526, i32 %2481, i32 %2489
	%2528 = add i32 %2032, %2527
	%2529 = sext i32 %2528 to i64
	%2530 = getelementptr float, float* %e, i64 %2529
	%2531 = load float, float* %2530
	%2532 = icmp slt i32 %2485, %2489
	%2533 = select i1 %2532, i32 %2485, i32 %2489
	%2534 = add i32 %2032, %2533
	%2535 = sext i32 %2534 to i64
	%2536 = getelementptr float, float* %e, i64 %2535
	%2537 = load float, float* %2536
	%2538 = icmp slt i32 %2457, %NK
	%2539 = fcmp oge float %2495, 0.0
	%2540 = and i1 %2538, %2539
	%2541 = icmp sge i32 %2457, %2048
	%2542 = icmp sle i32 %2457, %2056
	%2543 = and i1 %2541, %2542
	%2544 = or i1 false, %2543
	%2545 = icmp eq i32 %2457, 0
	%2546 = or i1 %2544, %2545
	%2547 = bitcast float %2495 to i32
	%2548 = add i32 %2547, 2
	%2549 = select i1 %2546, i32 1, i32 %2548
	%2550 = select i1 %2540, i32 %2549, i32 0
	%2551 = icmp slt i32 %2461, %NK
	%2552 = fcmp oge float %2501, 0.0
	%2553 = and i1 %2551, %2552
	%2554 = icmp sge i32 %2461, %2048
	%2555 = icmp sle i32 %2461, %2056
	%2556 = and i1 %2554, %2555
	%2557 = or i1 false, %2556
	%2558 = icmp eq i32 %2461, 0
	%2559 = or i1 %2557, %2558
	%2560 = bitcast float %2501 to i32
	%2561 = add i32 %2560, 2
	%2562 = select i1 %2559, i32 1, i32 %2561
	%2563 = select i1 %2553, i32 %2562, i32 0
	%2564 = icmp slt i32 %2465, %NK
	%2565 = fcmp oge float %2507, 0.0
	%2566 = and i1 %2564, %2565
	%2567 = icmp sge i32 %2465, %2048
	%2568 = icmp sle i32 %2465, %2056
	%2569 = and i1 %2567, %2568
	%2570 = or i1 false, %2569
	%2571 = icmp eq i32 %2465, 0
	%2572 = or i1 %2570, %2571
	%2573 = bitcast float %2507 to i32
	%2574 = add i32 %2573, 2
	%2575 = select i1 %2572, i32 1, i32 %2574
	%2576 = select i1 %2566, i32 %2575, i32 0
	%2577 = icmp slt i32 %2469, %NK
	%2578 = fcmp oge float %2513, 0.0
	%2579 = and i1 %2577, %2578
	%2580 = icmp sge i32 %2469, %2048
	%2581 = icmp sle i32 %2469, %2056
	%2582 = and i1 %2580, %2581
	%2583 = or i1 false, %2582
	%2584 = icmp eq i32 %2469, 0
	%2585 = or i1 %2583, %2584
	%2586 = bitcast float %2513 to i32
	%2587 = add i32 %2586, 2
	%2588 = select i1 %2585, i32 1, i32 %2587
	%2589 = select i1 %2579, i32 %2588, i32 0
	%2590 = icmp slt i32 %2473, %NK
	%2591 = fcmp oge float %2519, 0.0
	%2592 = and i1 %2590, %2591
	%2593 = icmp sge i32 %2473, %2048
	%2594 = icmp sle i32 %2473, %2056
	%2595 = and i1 %2593, %2594
	%2596 = or i1 false, %2595
	%2597 = icmp eq i32 %2473, 0
	%2598 = or i1 %2596, %2597
	%2599 = bitcast float %2519 to i32
	%2600 = add i32 %2599, 2
	%2601 = select i1 %2598, i32 1, i32 %2600
	%2602 = select i1 %2592, i32 %2601, i32 0
	%2603 = icmp slt i32 %2477, %NK
	%2604 = fcmp oge float %2525, 0.0
	%2605 = and i1 %2603, %2604
	%2606 = icmp sge i32 %2477, %2048
	%2607 = icmp sle i32 %2477, %2056
	%2608 = and i1 %2606, %2607
	%2609 = or i1 false, %2608
	%2610 = icmp eq i32 %2477, 0
	%2611 = or i1 %2609, %2610
	%2612 = bitcast float %2525 to i32
	%2613 = add i32 %2612, 2
	%2614 = select i1 %2611, i32 1, i32 %2613
	%2615 = select i1 %2605, i32 %2614, i32 0
	%2616 = icmp slt i32 %2481, %NK
	%2617 = fcmp oge float %2531, 0.0
	%2618 = and i1 %2616, %2617
	%2619 = icmp sge i32 %2481, %2048
	%2620 = icmp sle i32 %2481, %2056
	%2621 = and i1 %2619, %2620
	%2622 = or i1 false, %2621
	%2623 = icmp eq i32 %2481, 0
	%2624 = or i1 %2622, %2623
	%2625 = bitcast float %2531 to i32
	%2626 = add i32 %2625, 2
	%2627 = select i1 %2624, i32 1, i32 %2626
	%2628 = select i1 %2618, i32 %2627, i32 0
	%2629 = icmp slt i32 %2485, %NK
	%2630 = fcmp oge float %2537, 0.0
	%2631 = and i1 %2629, %2630
	%2632 = icmp sge i32 %2485, %2048
	%2633 = icmp sle i32 %2485, %2056
	%2634 = and i1 %2632, %2633
	%2635 = or i1 false, %2634
	%2636 = icmp eq i32 %2485, 0
	%2637 = or i1 %2635, %2636
	%2638 = bitcast float %2537 to i32
	%2639 = add i32 %2638, 2
	%2640 = select i1 %2637, i32 1, i32 %2639
	%2641 = select i1 %2631, i32 %2640, i32 0
	%2642 = icmp uge i32 %2550, 2
	%2643 = and i32 %2550, %11
	%2644 = icmp eq i32 %2643, %7
	%2645 = and i1 %2642, %2644
	%2646 = lshr i32 %2550, 10
	%2647 = and i32 %2646, 2047
	%2648 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2645)
	br i1 %2648, label %2650, label %2658

2649:
	br label %2420

2650:
	%2651 = select i1 %2645, i32 %2647, i32 2048
	%2652 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2651)
	%2653 = shl i32 1, %3
	%2654 = sub i32 %2653, 1
	%2655 = and i32 %2652, %2654
	%2656 = icmp eq i32 %2655, 0
	%2657 = and i1 %2645, %2656
	br i1 %2657, label %2666, label %2670

2658:
	%2659 = icmp uge i32 %2563, 2
	%2660 = and i32 %2563, %11
	%2661 = icmp eq i32 %2660, %7
	%2662 = and i1 %2659, %2661
	%2663 = lshr i32 %2563, 10
	%2664 = and i32 %2663, 2047
	%2665 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2662)
	br i1 %2665, label %2671, label %2679

2666:
	%2667 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2647
	%2668 = call i32 @llvm.ctpop.i32(i32 %2652)
	%2669 = atomicrmw add i32 addrspace(3)* %2667, i32 %2668 monotonic
	br label %2670

2670:
	br label %2658

2671:
	%2672 = select i1 %2662, i32 %2664, i32 2048
	%2673 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2672)
	%2674 = shl i32 1, %3
	%2675 = sub i32 %2674, 1
	%2676 = and i32 %2673, %2675
	%2677 = icmp eq i32 %2676, 0
	%2678 = and i1 %2662, %2677
	br i1 %2678, label %2687, label %2691

2679:
	%2680 = icmp uge i32 %2576, 2
	%2681 = and i32 %2576, %11
	%2682 = icmp eq i32 %2681, %7
	%2683 = and i1 %2680, %2682
	%2684 = lshr i32 %2576, 10
	%2685 = and i32 %2684, 2047
	%2686 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2683)
	br i1 %2686, label %2692, label %2700

2687:
	%2688 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2664
	%2689 = call i32 @llvm.ctpop.i32(i32 %2673)
	%2690 = atomicrmw add i32 addrspace(3)* %2688, i32 %2689 monotonic
	br label %2691

2691:
	br label %2679

2692:
	%2693 = select i1 %2683, i32 %2685, i32 2048
	%2694 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2693)
	%2695 = shl i32 1, %3
	%2696 = sub i32 %2695, 1
	%2697 = and i32 %2694, %2696
	%2698 = icmp eq i32 %2697, 0
	%2699 = and i1 %2683, %2698
	br i1 %2699, label %2708, label %2712

2700:
	%2701 = icmp uge i32 %2589, 2
	%2702 = and i32 %2589, %11
	%2703 = icmp eq i32 %2702, %7
	%2704 = and i1 %2701, %2703
	%2705 = lshr i32 %2589, 10
	%2706 = and i32 %2705, 2047
	%2707 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2704)
	br i1 %2707, label %2713, label %2721

2708:
	%2709 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2685
	%2710 = call i32 @llvm.ctpop.i32(i32 %2694)
	%2711 = atomicrmw add i32 addrspace(3)* %2709, i32 %2710 monotonic
	br label %2712

2712:
	br label %2700

2713:
	%2714 = select i1 %2704, i32 %2706, i32 2048
	%2715 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2714)
	%2716 = shl i32 1, %3
	%2717 = sub i32 %2716, 1
	%2718 = and i32 %2715, %2717
	%2719 = icmp eq i32 %2718, 0
	%2720 = and i1 %2704, %2719
	br i1 %2720, label %2729, label %2733

2721:
	%2722 = icmp uge i32 %2602, 2
	%2723 = and i32 %2602, %11
	%2724 = icmp eq i32 %2723, %7
	%2725 = and i1 %2722, %2724
	%2726 = lshr i32 %2602, 10
	%2727 = and i32 %2726, 2047
	%2728 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2725)
	br i1 %2728, label %2734, label %2742

2729:
	%2730 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2706
	%2731 = call i32 @llvm.ctpop.i32(i32 %2715)
	%2732 = atomicrmw add i32 addrspace(3)* %2730, i32 %2731 monotonic
	br label %2733

2733:
	br label %2721

2734:
	%2735 = select i1 %2725, i32 %2727, i32 2048
	%2736 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2735)
	%2737 = shl i32 1, %3
	%2738 = sub i32 %2737, 1
	%2739 = and i32 %2736, %2738
	%2740 = icmp eq i32 %2739, 0
	%2741 = and i1 %2725, %2740
	br i1 %2741, label %2750, label %2754

2742:
	%2743 = icmp uge i32 %2615, 2
	%2744 = and i32 %2615, %11
	%2745 = icmp eq i32 %2744, %7
	%2746 = and i1 %2743, %2745
	%2747 = lshr i32 %2615, 10
	%2748 = and i32 %2747, 2047
	%2749 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2746)
	br i1 %2749, label %2755, label %2763

2750:
	%2751 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2727
	%2752 = call i32 @llvm.ctpop.i32(i32 %2736)
	%2753 = atomicrmw add i32 addrspace(3)* %2751, i32 %2752 monotonic
	br label %2754

2754:
	br label %2742

2755:
	%2756 = select i1 %2746, i32 %2748, i32 2048
	%2757 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2756)
	%2758 = shl i32 1, %3
	%2759 = sub i32 %2758, 1
	%2760 = and i32 %2757, %2759
	%2761 = icmp eq i32 %2760, 0
	%2762 = and i1 %2746, %2761
	br i1 %2762, label %2771, label %2775

2763:
	%2764 = icmp uge i32 %2628, 2
	%2765 = and i32 %2628, %11
	%2766 = icmp eq i32 %2765, %7
	%2767 = and i1 %2764, %2766
	%2768 = lshr i32 %2628, 10
	%2769 = and i32 %2768, 2047
	%2770 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2767)
	br i1 %2770, label %2776, label %2784

2771:
	%2772 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2748
	%2773 = call i32 @llvm.ctpop.i32(i32 %2757)
	%2774 = atomicrmw add i32 addrspace(3)* %2772, i32 %2773 monotonic
	br label %2775

2775:
	br label %2763

2776:
	%2777 = select i1 %2767, i32 %2769, i32 2048
	%2778 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2777)
	%2779 = shl i32 1, %3
	%2780 = sub i32 %2779, 1
	%2781 = and i32 %2778, %2780
	%2782 = icmp eq i32 %2781, 0
	%2783 = and i1 %2767, %2782
	br i1 %2783, label %2792, label %2796

2784:
	%2785 = icmp uge i32 %2641, 2
	%2786 = and i32 %2641, %11
	%2787 = icmp eq i32 %2786, %7
	%2788 = and i1 %2785, %2787
	%2789 = lshr i32 %2641, 10
	%2790 = and i32 %2789, 2047
	%2791 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2788)
	br i1 %2791, label %2797, label %2805

2792:
	%2793 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2769
	%2794 = call i32 @llvm.ctpop.i32(i32 %2778)
	%2795 = atomicrmw add i32 addrspace(3)* %2793, i32 %2794 monotonic
	br label %2796

2796:
	br label %2784

2797:
	%2798 = select i1 %2788, i32 %2790, i32 2048
	%2799 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2798)
	%2800 = shl i32 1, %3
	%2801 = sub i32 %2800, 1
	%2802 = and i32 %2799, %2801
	%2803 = icmp eq i32 %2802, 0
	%2804 = and i1 %2788, %2803
	br i1 %2804, label %2807, label %2811

2805:
	%2806 = add i32 %2452, 2048
	br label %2451

2807:
	%2808 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2790
	%2809 = call i32 @llvm.ctpop.i32(i32 %2799)
	%2810 = atomicrmw add i32 addrspace(3)* %2808, i32 %2809 monotonic
	br label %2811

2811:
	br label %2805

2812:
	br label %2818

2813:
	call void @llvm.nvvm.barrier0()
	%2814 = add i32 %0, 0
	%2815 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2814
	%2816 = load i32, i32 addrspace(3)* %2815
	%2817 = icmp ne i32 %2816, 0
	br i1 %2817, label %3179, label %3185

2818:
	%2819 = phi i32 [ %0, %2812 ], [ %3173, %3172 ]
	%2820 = phi i32 [ 0, %2812 ], [ %2820, %3172 ]
	%2821 = icmp slt i32 %2819, %30
	br i1 %2821, label %2822, label %3016

2822:
	%2823 = sub i32 %30, 1
	%2824 = add i32 %2819, 0
	%2825 = icmp slt i32 %2824, %30
	%2826 = icmp slt i32 %2824, %2823
	%2827 = select i1 %2826, i32 %2824, i32 %2823
	%2828 = add i32 %2819, 256
	%2829 = icmp slt i32 %2828, %30
	%2830 = icmp slt i32 %2828, %2823
	%2831 = select i1 %2830, i32 %2828, i32 %2823
	%2832 = add i32 %2819, 512
	%2833 = icmp slt i32 %2832, %30
	%2834 = icmp slt i32 %2832, %2823
	%2835 = select i1 %2834, i32 %2832, i32 %2823
	%2836 = add i32 %2819, 768
	%2837 = icmp slt i32 %2836, %30
	%2838 = icmp slt i32 %2836, %2823
	%2839 = select i1 %2838, i32 %2836, i32 %2823
	%2840 = add i32 %2819, 1024
	%2841 = icmp slt i32 %2840, %30
	%2842 = icmp slt i32 %2840, %2823
	%2843 = select i1 %2842, i32 %2840, i32 %2823
	%2844 = add i32 %2819, 1280
	%2845 = icmp slt i32 %2844, %30
	%2846 = icmp slt i32 %2844, %2823
	%2847 = select i1 %2846, i32 %2844, i32 %2823
	%2848 = add i32 %2819, 1536
	%2849 = icmp slt i32 %2848, %30
	%2850 = icmp slt i32 %2848, %2823
	%2851 = select i1 %2850, i32 %2848, i32 %2823
	%2852 = add i32 %2819, 1792
	%2853 = icmp slt i32 %2852, %30
	%2854 = icmp slt i32 %2852, %2823
	%2855 = select i1 %2854, i32 %2852, i32 %2823
	%2856 = sub i32 %NK, 1
	%2857 = icmp slt i32 %2824, %2856
	%2858 = select i1 %2857, i32 %2824, i32 %2856
	%2859 = add i32 %2425, %2858
	%2860 = sext i32 %2859 to i64
	%2861 = getelementptr float, float* %e, i64 %2860
	%2862 = load float, float* %2861
	%2863 = icmp slt i32 %2828, %2856
	%2864 = select i1 %2863, i32 %2828, i32 %2856
	%2865 = add i32 %2425, %2864
	%2866 = sext i32 %2865 to i64
	%2867 = getelementptr float, float* %e, i64 %2866
	%2868 = load float, float* %2867
	%2869 = icmp slt i32 %2832, %2856
	%2870 = select i1 %2869, i32 %2832, i32 %2856
	%2871 = add i32 %2425, %2870
	%2872 = sext i32 %2871 to i64
	%2873 = getelementptr float, float* %e, i64 %2872
	%2874 = load float, float* %2873
	%2875 = icmp slt i32 %2836, %2856
	%2876 = select i1 %2875, i32 %2836, i32 %2856
	%2877 = add i32 %2425, %2876
	%2878 = sext i32 %2877 to i64
	%2879 = getelementptr float, float* %e, i64 %2878
	%2880 = load float, float* %2879
	%2881 = icmp slt i32 %2840, %2856
	%2882 = select i1 %2881, i32 %2840, i32 %2856
	%2883 = add i32 %2425, %2882
	%2884 = sext i32 %2883 to i64
	%2885 = getelementptr float, float* %e, i64 %2884
	%2886 = load float, float* %2885
	%2887 = icmp slt i32 %2844, %2856
	%2888 = select i1 %2887, i32 %2844, i32 %2856
	%2889 = add i32 %2425, %2888
	%2890 = sext i32 %2889 to i64
	%2891 = getelementptr float, float* %e, i64 %2890
	%2892 = load float, float* %2891
	%2893 = icmp slt i32 %2848, %2856
	%2894 = select i1 %2893, i32 %2848, i32 %2856
	%2895 = add i32 %2425, %2894
	%2896 = sext i32 %2895 to i64
	%2897 = getelementptr float, float* %e, i64 %2896
	%2898 = load float, float* %2897
	%2899 = icmp slt i32 %2852, %2856
	%2900 = select i1 %2899, i32 %2852, i32 %2856
	%2901 = add i32 %2425, %2900
	%2902 = sext i32 %2901 to i64
	%2903 = getelementptr float, float* %e, i64 %2902
	%2904 = load float, float* %2903
	%2905 = icmp slt i32 %2824, %NK
	%2906 = fcmp oge float %2862, 0.0
	%2907 = and i1 %2905, %2906
	%2908 = icmp sge i32 %2824, %2441
	%2909 = icmp sle i32 %2824, %2449
	%2910 = and i1 %2908, %2909
	%2911 = or i1 false, %2910
	%2912 = icmp eq i32 %2824, 0
	%2913 = or i1 %2911, %2912
	%2914 = bitcast float %2862 to i32
	%2915 = add i32 %2914, 2
	%2916 = select i1 %2913, i32 1, i32 %2915
	%2917 = select i1 %2907, i32 %2916, i32 0
	%2918 = icmp slt i32 %2828, %NK
	%2919 = fcmp oge float %2868, 0.0
	%2920 = and i1 %2918, %2919
	%2921 = icmp sge i32 %2828, %2441
	%2922 = icmp sle i32 %2828, %2449
	%2923 = and i1 %2921, %2922
	%2924 = or i1 false, %2923
	%2925 = icmp eq i32 %2828, 0
	%2926 = or i1 %2924, %2925
	%2927 = bitcast float %2868 to i32
	%2928 = add i32 %2927, 2
	%2929 = select i1 %2926, i32 1, i32 %2928
	%2930 = select i1 %2920, i32 %2929, i32 0
	%2931 = icmp slt i32 %2832, %NK
	%2932 = fcmp oge float %2874, 0.0
	%2933 = and i1 %2931, %2932
	%2934 = icmp sge i32 %2832, %2441
	%2935 = icmp sle i32 %2832, %2449
	%2936 = and i1 %2934, %2935
	%2937 = or i1 false, %2936
	%2938 = icmp eq i32 %2832, 0
	%2939 = or i1 %2937, %2938
	%2940 = bitcast float %2874 to i32
	%2941 = add i32 %2940, 2
	%2942 = select i1 %2939, i32 1, i32 %2941
	%2943 = select i1 %2933, i32 %2942, i32 0
	%2944 = icmp slt i32 %2836, %NK
	%2945 = fcmp oge float %2880, 0.0
	%2946 = and i1 %2944, %2945
	%2947 = icmp sge i32 %2836, %2441
	%2948 = icmp sle i32 %2836, %2449
	%2949 = and i1 %2947, %2948
	%2950 = or i1 false, %2949
	%2951 = icmp eq i32 %2836, 0
	%2952 = or i1 %2950, %2951
	%2953 = bitcast float %2880 to i32
	%2954 = add i32 %2953, 2
	%2955 = select i1 %2952, i32 1, i32 %2954
	%2956 = select i1 %2946, i32 %2955, i32 0
	%2957 = icmp slt i32 %2840, %NK
	%2958 = fcmp oge float %2886, 0.0
	%2959 = and i1 %2957, %2958
	%2960 = icmp sge i32 %2840, %2441
	%2961 = icmp sle i32 %2840, %2449
	%2962 = and i1 %2960, %2961
	%2963 = or i1 false, %2962
	%2964 = icmp eq i32 %2840, 0
	%2965 = or i1 %2963, %2964
	%2966 = bitcast float %2886 to i32
	%2967 = add i32 %2966, 2
	%2968 = select i1 %2965, i32 1, i32 %2967
	%2969 = select i1 %2959, i32 %2968, i32 0
	%2970 = icmp slt i32 %2844, %NK
	%2971 = fcmp oge float %2892, 0.0
	%2972 = and i1 %2970, %2971
	%2973 = icmp sge i32 %2844, %2441
	%2974 = icmp sle i32 %2844, %2449
	%2975 = and i1 %2973, %2974
	%2976 = or i1 false, %2975
	%2977 = icmp eq i32 %2844, 0
	%2978 = or i1 %2976, %2977
	%2979 = bitcast float %2892 to i32
	%2980 = add i32 %2979, 2
	%2981 = select i1 %2978, i32 1, i32 %2980
	%2982 = select i1 %2972, i32 %2981, i32 0
	%2983 = icmp slt i32 %2848, %NK
	%2984 = fcmp oge float %2898, 0.0
	%2985 = and i1 %2983, %2984
	%2986 = icmp sge i32 %2848, %2441
	%2987 = icmp sle i32 %2848, %2449
	%2988 = and i1 %2986, %2987
	%2989 = or i1 false, %2988
	%2990 = icmp eq i32 %2848, 0
	%2991 = or i1 %2989, %2990
	%2992 = bitcast float %2898 to i32
	%2993 = add i32 %2992, 2
	%2994 = select i1 %2991, i32 1, i32 %2993
	%2995 = select i1 %2985, i32 %2994, i32 0
	%2996 = icmp slt i32 %2852, %NK
	%2997 = fcmp oge float %2904, 0.0
	%2998 = and i1 %2996, %2997
	%2999 = icmp sge i32 %2852, %2441
	%3000 = icmp sle i32 %2852, %2449
	%3001 = and i1 %2999, %3000
	%3002 = or i1 false, %3001
	%3003 = icmp eq i32 %2852, 0
	%3004 = or i1 %3002, %3003
	%3005 = bitcast float %2904 to i32
	%3006 = add i32 %3005, 2
	%3007 = select i1 %3004, i32 1, i32 %3006
	%3008 = select i1 %2998, i32 %3007, i32 0
	%3009 = icmp uge i32 %2917, 2
	%3010 = and i32 %2917, %11
	%3011 = icmp eq i32 %3010, %7
	%3012 = and i1 %3009, %3011
	%3013 = lshr i32 %2917, 10
	%3014 = and i32 %3013, 2047
	%3015 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3012)
	br i1 %3015, label %3017, label %3025

3016:
	br label %2813

3017:
	%3018 = select i1 %3012, i32 %3014, i32 2048
	%3019 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3018)
	%3020 = shl i32 1, %3
	%3021 = sub i32 %3020, 1
	%3022 = and i32 %3019, %3021
	%3023 = icmp eq i32 %3022, 0
	%3024 = and i1 %3012, %3023
	br i1 %3024, label %3033, label %3037

3025:
	%3026 = icmp uge i32 %2930, 2
	%3027 = and i32 %2930, %11
	%3028 = icmp eq i32 %3027, %7
	%3029 = and i1 %3026, %3028
	%3030 = lshr i32 %2930, 10
	%3031 = and i32 %3030, 2047
	%3032 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3029)
	br i1 %3032, label %3038, label %3046

3033:
	%3034 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3014
	%3035 = call i32 @llvm.ctpop.i32(i32 %3019)
	%3036 = atomicrmw add i32 addrspace(3)* %3034, i32 %3035 monotonic
	br label %3037

3037:
	br label %3025

3038:
	%3039 = select i1 %3029, i32 %3031, i32 2048
	%3040 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3039)
	%3041 = shl i32 1, %3
	%3042 = sub i32 %3041, 1
	%3043 = and i32 %3040, %3042
	%3044 = icmp eq i32 %3043, 0
	%3045 = and i1 %3029, %3044
	br i1 %3045, label %3054, label %3058

3046:
	%3047 = icmp uge i32 %2943, 2
	%3048 = and i32 %2943, %11
	%3049 = icmp eq i32 %3048, %7
	%3050 = and i1 %3047, %3049
	%3051 = lshr i32 %2943, 10
	%3052 = and i32 %3051, 2047
	%3053 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3050)
	br i1 %3053, label %3059, label %3067

3054:
	%3055 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3031
	%3056 = call i32 @llvm.ctpop.i32(i32 %3040)
	%3057 = atomicrmw add i32 addrspace(3)* %3055, i32 %3056 monotonic
	br label %3058

3058:
	br label %3046

3059:
	%3060 = select i1 %3050, i32 %3052, i32 2048
	%3061 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3060)
	%3062 = shl i32 1, %3
	%3063 = sub i32 %3062, 1
	%3064 = and i32 %3061, %3063
	%3065 = icmp eq i32 %3064, 0
	%3066 = and i1 %3050, %3065
	br i1 %3066, label %3075, label %3079

3067:
	%3068 = icmp uge i32 %2956, 2
	%3069 = and i32 %2956, %11
	%3070 = icmp eq i32 %3069, %7
	%3071 = and i1 %3068, %3070
	%3072 = lshr i32 %2956, 10
	%3073 = and i32 %3072, 2047
	%3074 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3071)
	br i1 %3074, label %3080, label %3088

3075:
	%3076 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3052
	%3077 = call i32 @llvm.ctpop.i32(i32 %3061)
	%3078 = atomicrmw add i32 addrspace(3)* %3076, i32 %3077 monotonic
	br label %3079

3079:
	br label %3067

3080:
	%3081 = select i1 %3071, i32 %3073, i32 2048
	%3082 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3081)
	%3083 = shl i32 1, %3
	%3084 = sub i32 %3083, 1
	%3085 = and i32 %3082, %3084
	%3086 = icmp eq i32 %3085, 0
	%3087 = and i1 %3071, %3086
	br i1 %3087, label %3096, label %3100

3088:
	%3089 = icmp uge i32 %2969, 2
	%3090 = and i32 %2969, %11
	%3091 = icmp eq i32 %3090, %7
	%3092 = and i1 %3089, %3091
	%3093 = lshr i32 %2969, 10
	%3094 = and i32 %3093, 2047
	%3095 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3092)
	br i1 %3095, label %3101, label %3109

3096:
	%3097 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3073
	%3098 = call i32 @llvm.ctpop.i32(i32 %3082)
	%3099 = atomicrmw add i32 addrspace(3)* %3097, i32 %3098 monotonic
	br label %3100

3100:
	br label %3088

3101:
	%3102 = select i1 %3092, i32 %3094, i32 2048
	%3103 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3102)
	%3104 = shl i32 1, %3
	%3105 = sub i32 %3104, 1
	%3106 = and i32 %3103, %3105
	%3107 = icmp eq i32 %3106, 0
	%3108 = and i1 %3092, %3107
	br i1 %3108, label %3117, label %3121

3109:
	%3110 = icmp uge i32 %2982, 2
	%3111 = and i32 %2982, %11
	%3112 = icmp eq i32 %3111, %7
	%3113 = and i1 %3110, %3112
	%3114 = lshr i32 %2982, 10
	%3115 = and i32 %3114, 2047
	%3116 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3113)
	br i1 %3116, label %3122, label %3130

3117:
	%3118 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3094
	%3119 = call i32 @llvm.ctpop.i32(i32 %3103)
	%3120 = atomicrmw add i32 addrspace(3)* %3118, i32 %3119 monotonic
	br label %3121

3121:
	br label %3109

3122:
	%3123 = select i1 %3113, i32 %3115, i32 2048
	%3124 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3123)
	%3125 = shl i32 1, %3
	%3126 = sub i32 %3125, 1
	%3127 = and i32 %3124, %3126
	%3128 = icmp eq i32 %3127, 0
	%3129 = and i1 %3113, %3128
	br i1 %3129, label %3138, label %3142

3130:
	%3131 = icmp uge i32 %2995, 2
	%3132 = and i32 %2995, %11
	%3133 = icmp eq i32 %3132, %7
	%3134 = and i1 %3131, %3133
	%3135 = lshr i32 %2995, 10
	%3136 = and i32 %3135, 2047
	%3137 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3134)
	br i1 %3137, label %3143, label %3151

3138:
	%3139 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3115
	%3140 = call i32 @llvm.ctpop.i32(i32 %3124)
	%3141 = atomicrmw add i32 addrspace(3)* %3139, i32 %3140 monotonic
	br label %3142

3142:
	br label %3130

3143:
	%3144 = select i1 %3134, i32 %3136, i32 2048
	%3145 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3144)
	%3146 = shl i32 1, %3
	%3147 = sub i32 %3146, 1
	%3148 = and i32 %3145, %3147
	%3149 = icmp eq i32 %3148, 0
	%3150 = and i1 %3134, %3149
	br i1 %3150, label %3159, label %3163

3151:
	%3152 = icmp uge i32 %3008, 2
	%3153 = and i32 %3008, %11
	%3154 = icmp eq i32 %3153, %7
	%3155 = and i1 %3152, %3154
	%3156 = lshr i32 %3008, 10
	%3157 = and i32 %3156, 2047
	%3158 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3155)
	br i1 %3158, label %3164, label %3172

3159:
	%3160 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3136
	%3161 = call i32 @llvm.ctpop.i32(i32 %3145)
	%3162 = atomicrmw add i32 addrspace(3)* %3160, i32 %3161 monotonic
	br label %3163

3163:
	br label %3151

3164:
	%3165 = select i1 %3155, i32 %3157, i32 2048
	%3166 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3165)
	%3167 = shl i32 1, %3
	%3168 = sub i32 %3167, 1
	%3169 = and i32 %3166, %3168
	%3170 = icmp eq i32 %3169, 0
	%3171 = and i1 %3155, %3170
	br i1 %3171, label %3174, label %3178

3172:
	%3173 = add i32 %2819, 2048
	br label %2818

3174:
	%3175 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3157
	%3176 = call i32 @llvm.ctpop.i32(i32 %3166)
	%3177 = atomicrmw add i32 addrspace(3)* %3175, i32 %3176 monotonic
	br label %3178

3178:
	br label %3172

3179:
	%3180 = mul i32 0, 2048
	%3181 = add i32 %3180, %2814
	%3182 = sext i32 %3181 to i64
	%3183 = getelementptr i32, i32* %hist, i64 %3182
	%3184 = atomicrmw add i32* %3183, i32 %2816 monotonic
	br label %3185

3185:
	%3186 = add i32 %0, 256
	%3187 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3186
	%3188 = load i32, i32 addrspace(3)* %3187
	%3189 = icmp ne i32 %3188, 0
	br i1 %3189, label %3190, label %3196

3190:
	%3191 = mul i32 0, 2048
	%3192 = add i32 %3191, %3186
	%3193 = sext i32 %3192 to i64
	%3194 = getelementptr i32, i32* %hist, i64 %3193
	%3195 = atomicrmw add i32* %3194, i32 %3188 monotonic
	br label %3196

3196:
	%3197 = add i32 %0, 512
	%3198 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3197
	%3199 = load i32, i32 addrspace(3)* %3198
	%3200 = icmp ne i32 %3199, 0
	br i1 %3200, label %3201, label %3207

3201:
	%3202 = mul i32 0, 2048
	%3203 = add i32 %3202, %3197
	%3204 = sext i32 %3203 to i64
	%3205 = getelementptr i32, i32* %hist, i64 %3204
	%3206 = atomicrmw add i32* %3205, i32 %3199 monotonic
	br label %3207

3207:
	%3208 = add i32 %0, 768
	%3209 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3208
	%3210 = load i32, i32 addrspace(3)* %3209
	%3211 = icmp ne i32 %3210, 0
	br i1 %3211, label %3212, label %3218

3212:
	%3213 = mul i32 0, 2048
	%3214 = add i32 %3213, %3208
	%3215 = sext i32 %3214 to i64
	%3216 = getelementptr i32, i32* %hist, i64 %3215
	%3217 = atomicrmw add i32* %3216, i32 %3210 monotonic
	br label %3218

3218:
	%3219 = add i32 %0, 1024
	%3220 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3219
	%3221 = load i32, i32 addrspace(3)* %3220
	%3222 = icmp ne i32 %3221, 0
	br i1 %3222, label %3223, label %3229

3223:
	%3224 = mul i32 0, 2048
	%3225 = add i32 %3224, %3219
	%3226 = sext i32 %3225 to i64
	%3227 = getelementptr i32, i32* %hist, i64 %3226
	%3228 = atomicrmw add i32* %3227, i32 %3221 monotonic
	br label %3229

3229:
	%3230 = add i32 %0, 1280
	%3231 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3230
	%3232 = load i32, i32 addrspace(3)* %3231
	%3233 = icmp ne i32 %3232, 0
	br i1 %3233, label %3234, label %3240

3234:
	%3235 = mul i32 0, 2048
	%3236 = add i32 %3235, %3230
	%3237 = sext i32 %3236 to i64
	%3238 = getelementptr i32, i32* %hist, i64 %3237
	%3239 = atomicrmw add i32* %3238, i32 %3232 monotonic
	br label %3240

3240:
	%3241 = add i32 %0, 1536
	%3242 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3241
	%3243 = load i32, i32 addrspace(3)* %3242
	%3244 = icmp ne i32 %3243, 0
	br i1 %3244, label %3245, label %3251

3245:
	%3246 = mul i32 0, 2048
	%3247 = add i32 %3246, %3241
	%3248 = sext i32 %3247 to i64
	%3249 = getelementptr i32, i32* %hist, i64 %3248
	%3250 = atomicrmw add i32* %3249, i32 %3243 monotonic
	br label %3251

3251:
	%3252 = add i32 %0, 1792
	%3253 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3252
	%3254 = load i32, i32 addrspace(3)* %3253
	%3255 = icmp ne i32 %3254, 0
	br i1 %3255, label %3256, label %3262

3256:
	%3257 = mul i32 0, 2048
	%3258 = add i32 %3257, %3252
	%3259 = sext i32 %3258 to i64
	%3260 = getelementptr i32, i32* %hist, i64 %3259
	%3261 = atomicrmw add i32* %3260, i32 %3254 monotonic
	br label %3262

3262:
	ret void
}
