define ptx_kernel void @$K(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %1
	%19 = mul i32 %1, 64
	%20 = add i32 %19, %off
	%21 = add i32 %1, 1
	%22 = mul i32 %21, 64
	%23 = icmp slt i32 %22, %M
	%24 = select i1 %23, i32 %22, i32 %M
	%25 = sub i32 %24, 1
	%26 = add i32 %25, %off
	%27 = icmp slt i32 %20, 0
	%28 = sub i32 0, %20
	%29 = sub i32 64, 1
	%30 = add i32 %28, %29
	%31 = sdiv i32 %30, 64
	%32 = sub i32 0, %31
	%33 = sdiv i32 %20, 64
	%34 = select i1 %27, i32 %32, i32 %33
	%35 = icmp slt i32 %26, 0
	%36 = sub i32 0, %26
	%37 = sub i32 64, 1
	%38 = add i32 %36, %37
	%39 = sdiv i32 %38, 64
	%40 = sub i32 0, %39
	%41 = sdiv i32 %26, 64
	%42 = select i1 %35, i32 %40, i32 %41
	br label %43

43:
	%44 = phi i32 [ %0, %entry ], [ %272, %271 ]
	%45 = icmp slt i32 %44, %16
	br i1 %45, label %46, label %233

46:
	%47 = sub i32 %16, 1
	%48 = add i32 %44, 0
	%49 = icmp slt i32 %48, %16
	%50 = icmp slt i32 %48, %47
	%51 = select i1 %50, i32 %48, i32 %47
	%52 = add i32 %44, 256
	%53 = icmp slt i32 %52, %16
	%54 = icmp slt i32 %52, %47
	%55 = select i1 %54, i32 %52, i32 %47
	%56 = add i32 %44, 512
	%57 = icmp slt i32 %56, %16
	%58 = icmp slt i32 %56, %47
	%59 = select i1 %58, i32 %56, i32 %47
	%60 = add i32 %44, 768
	%61 = icmp slt i32 %60, %16
	%62 = icmp slt i32 %60, %47
	%63 = select i1 %62, i32 %60, i32 %47
	%64 = add i32 %44, 1024
	%65 = icmp slt i32 %64, %16
	%66 = icmp slt i32 %64, %47
	%67 = select i1 %66, i32 %64, i32 %47
	%68 = add i32 %44, 1280
	%69 = icmp slt i32 %68, %16
	%70 = icmp slt i32 %68, %47
	%71 = select i1 %70, i32 %68, i32 %47
	%72 = add i32 %44, 1536
	%73 = icmp slt i32 %72, %16
	%74 = icmp slt i32 %72, %47
	%75 = select i1 %74, i32 %72, i32 %47
	%76 = add i32 %44, 1792
	%77 = icmp slt i32 %76, %16
	%78 = icmp slt i32 %76, %47
	%79 = select i1 %78, i32 %76, i32 %47
	%80 = sub i32 %NK, 1
	%81 = icmp slt i32 %48, %80
	%82 = select i1 %81, i32 %48, i32 %80
	%83 = add i32 %11, %82
	%84 = sext i32 %83 to i64
	%85 = getelementptr float, float* %e, i64 %84
	%86 = load float, float* %85
	%87 = icmp slt i32 %52, %80
	%88 = select i1 %87, i32 %52, i32 %80
	%89 = add i32 %11, %88
	%90 = sext i32 %89 to i64
	%91 = getelementptr float, float* %e, i64 %90
	%92 = load float, float* %91
	%93 = icmp slt i32 %56, %80
	%94 = select i1 %93, i32 %56, i32 %80
	%95 = add i32 %11, %94
	%96 = sext i32 %95 to i64
	%97 = getelementptr float, float* %e, i64 %96
	%98 = load float, float* %97
	%99 = icmp slt i32 %60, %80
	%100 = select i1 %99, i32 %60, i32 %80
	%101 = add i32 %11, %100
	%102 = sext i32 %101 to i64
	%103 = getelementptr float, float* %e, i64 %102
	%104 = load float, float* %103
	%105 = icmp slt i32 %64, %80
	%106 = select i1 %105, i32 %64, i32 %80
	%107 = add i32 %11, %106
	%108 = sext i32 %107 to i64
	%109 = getelementptr float, float* %e, i64 %108
	%110 = load float, float* %109
	%111 = icmp slt i32 %68, %80
	%112 = select i1 %111, i32 %68, i32 %80
	%113 = add i32 %11, %112
	%114 = sext i32 %113 to i64
	%115 = getelementptr float, float* %e, i64 %114
	%116 = load float, float* %115
	%117 = icmp slt i32 %72, %80
	%118 = select i1 %117, i32 %72, i32 %80
	%119 = add i32 %11, %118
	%120 = sext i32 %119 to i64
	%121 = getelementptr float, float* %e, i64 %120
	%122 = load float, float* %121
	%123 = icmp slt i32 %76, %80
	%124 = select i1 %123, i32 %76, i32 %80
	%125 = add i32 %11, %124
	%126 = sext i32 %125 to i64
	%127 = getelementptr float, float* %e, i64 %126
	%128 = load float, float* %127
	%129 = icmp slt i32 %48, %NK
	%130 = fcmp oge float %86, 0.0
	%131 = and i1 %129, %130
	%132 = icmp sge i32 %48, %34
	%133 = icmp sle i32 %48, %42
	%134 = and i1 %132, %133
	%135 = or i1 false, %134
	%136 = icmp eq i32 %48, 0
	%137 = or i1 %135, %136
	%138 = bitcast float %86 to i32
	%139 = add i32 %138, 2
	%140 = select i1 %137, i32 1, i32 %139
	%141 = select i1 %131, i32 %140, i32 0
	%142 = icmp slt i32 %52, %NK
	%143 = fcmp oge float %92, 0.0
	%144 = and i1 %142, %143
	%145 = icmp sge i32 %52, %34
	%146 = icmp sle i32 %52, %42
	%147 = and i1 %145, %146
	%148 = or i1 false, %147
	%149 = icmp eq i32 %52, 0
	%150 = or i1 %148, %149
	%151 = bitcast float %92 to i32
	%152 = add i32 %151, 2
	%153 = select i1 %150, i32 1, i32 %152
	%154 = select i1 %144, i32 %153, i32 0
	%155 = icmp slt i32 %56, %NK
	%156 = fcmp oge float %98, 0.0
	%157 = and i1 %155, %156
	%158 = icmp sge i32 %56, %34
	%159 = icmp sle i32 %56, %42
	%160 = and i1 %158, %159
	%161 = or i1 false, %160
	%162 = icmp eq i32 %56, 0
	%163 = or i1 %161, %162
	%164 = bitcast float %98 to i32
	%165 = add i32 %164, 2
	%166 = select i1 %163, i32 1, i32 %165
	%167 = select i1 %157, i32 %166, i32 0
	%168 = icmp slt i32 %60, %NK
	%169 = fcmp oge float %104, 0.0
	%170 = and i1 %168, %169
	%171 = icmp sge i32 %60, %34
	%172 = icmp sle i32 %60, %42
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %60, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %104 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	%181 = icmp slt i32 %64, %NK
	%182 = fcmp oge float %110, 0.0
	%183 = and i1 %181, %182
	%184 = icmp sge i32 %64, %34
	%185 = icmp sle i32 %64, %42
	%186 = and i1 %184, %185
	%187 = or i1 false, %186
	%188 = icmp eq i32 %64, 0
	%189 = or i1 %187, %188
	%190 = bitcast float %110 to i32
	%191 = add i32 %190, 2
	%192 = select i1 %189, i32 1, i32 %191
	%193 = select i1 %183, i32 %192, i32 0
	%194 = icmp slt i32 %68, %NK
	%195 = fcmp oge float %116, 0.0
	%196 = and i1 %194, %195
	%197 = icmp sge i32 %68, %34
	%198 = icmp sle i32 %68, %42
	%199 = and i1 %197, %198
	%200 = or i1 false, %199
	%201 = icmp eq i32 %68, 0
	%202 = or i1 %200, %201
	%203 = bitcast float %116 to i32
	%204 = add i32 %203, 2
	%205 = select i1 %202, i32 1, i32 %204
	%206 = select i1 %196, i32 %205, i32 0
	%207 = icmp slt i32 %72, %NK
	%208 = fcmp oge float %122, 0.0
	%209 = and i1 %207, %208
	%210 = icmp sge i32 %72, %34
	%211 = icmp sle i32 %72, %42
	%212 = and i1 %210, %211
	%213 = or i1 false, %212
	%214 = icmp eq i32 %72, 0
	%215 = or i1 %213, %214
	%216 = bitcast float %122 to i32
	%217 = add i32 %216, 2
	%218 = select i1 %215, i32 1, i32 %217
	%219 = select i1 %209, i32 %218, i32 0
	%220 = icmp slt i32 %76, %NK
	%221 = fcmp oge float %128, 0.0
	%222 = and i1 %220, %221
	%223 = icmp sge i32 %76, %34
	%224 = icmp sle i32 %76, %42
	%225 = and i1 %223, %224
	%226 = or i1 false, %225
	%227 = icmp eq i32 %76, 0
	%228 = or i1 %226, %227
	%229 = bitcast float %128 to i32
	%230 = add i32 %229, 2
	%231 = select i1 %228, i32 1, i32 %230
	%232 = select i1 %222, i32 %231, i32 0
	br i1 %49, label %248, label %250

233:
	%234 = mul i32 0, 8
	%235 = sext i32 %234 to i64
	%236 = getelementptr i32, i32* %state, i64 %235
	%237 = load i32, i32* %236
	%238 = sext i32 %18 to i64
	%239 = getelementptr i32, i32* %ties, i64 %238
	%240 = load i32, i32* %239
	%241 = mul i32 %18, 2
	%242 = add i32 %241, 1
	%243 = sext i32 %242 to i64
	%244 = getelementptr i32, i32* %cnt, i64 %243
	%245 = load i32, i32* %244
	call void @llvm.nvvm.barrier0()
	%246 = shl i32 1, %3
	%247 = sub i32 %246, 1
	br label %273

248:
	%249 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %48
	store i32 %141, i32 addrspace(3)* %249
	br label %250

250:
	br i1 %53, label %251, label %253

251:
	%252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %52
	store i32 %154, i32 addrspace(3)* %252
	br label %253

253:
	br i1 %57, label %254, label %256

254:
	%255 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %56
	store i32 %167, i32 addrspace(3)* %255
	br label %256

256:
	br i1 %61, label %257, label %259

257:
	%258 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %60
	store i32 %180, i32 addrspace(3)* %258
	br label %259

259:
	br i1 %65, label %260, label %262

260:
	%261 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %64
	store i32 %193, i32 addrspace(3)* %261
	br label %262

262:
	br i1 %69, label %263, label %265

263:
	%264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %68
	store i32 %206, i32 addrspace(3)* %264
	br label %265

265:
	br i1 %73, label %266, label %268

266:
	%267 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %72
	store i32 %219, i32 addrspace(3)* %267
	br label %268

268:
	br i1 %77, label %269, label %271

269:
	%270 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %76
	store i32 %232, i32 addrspace(3)* %270
	br label %271

271:
	%272 = add i32 %44, 2048
	br label %43

273:
	%274 = phi i32 [ 0, %233 ], [ %328, %327 ]
	%275 = icmp slt i32 %274, %16
	br i1 %275, label %276, label %285

276:
	%277 = add i32 %274, %0
	%278 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %277
	%279 = load i32, i32 addrspace(3)* %278
	%280 = icmp ugt i32 %279, %237
	%281 = icmp eq i32 %279, %237
	%282 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %280)
	%283 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %281)
	%284 = icmp eq i32 %3, 0
	br i1 %284, label %319, label %327

285:
	call void @llvm.nvvm.barrier0()
	%286 = sdiv i32 %16, 256
	%287 = mul i32 %286, 8
	%288 = icmp slt i32 %0, %287
	%289 = select i1 %288, i32 %0, i32 0
	%290 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %289
	%291 = load i32, i32 addrspace(3)* %290
	%292 = select i1 %288, i32 %291, i32 0
	%293 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %289
	%294 = load i32, i32 addrspace(3)* %293
	%295 = select i1 %288, i32 %294, i32 0
	%296 = and i32 %0, 31
	%297 = lshr i32 %0, 5
	%298 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %295, i32 1, i32 0)
	%299 = icmp uge i32 %296, 1
	%300 = select i1 %299, i32 %298, i32 0
	%301 = add i32 %295, %300
	%302 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %301, i32 2, i32 0)
	%303 = icmp uge i32 %296, 2
	%304 = select i1 %303, i32 %302, i32 0
	%305 = add i32 %301, %304
	%306 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %305, i32 4, i32 0)
	%307 = icmp uge i32 %296, 4
	%308 = select i1 %307, i32 %306, i32 0
	%309 = add i32 %305, %308
	%310 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %309, i32 8, i32 0)
	%311 = icmp uge i32 %296, 8
	%312 = select i1 %311, i32 %310, i32 0
	%313 = add i32 %309, %312
	%314 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %313, i32 16, i32 0)
	%315 = icmp uge i32 %296, 16
	%316 = select i1 %315, i32 %314, i32 0
	%317 = add i32 %313, %316
	%318 = icmp eq i32 %296, 31
	br i1 %318, label %329, label %331

319:
	%320 = sdiv i32 %274, 256
	%321 = mul i32 %320, 8
	%322 = add i32 %321, %4
	%323 = call i32 @llvm.ctpop.i32(i32 %282)
	%324 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %322
	store i32 %323, i32 addrspace(3)* %324
	%325 = call i32 @llvm.ctpop.i32(i32 %283)
	%326 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %322
	store i32 %325, i32 addrspace(3)* %326
	br label %327

327:
	%328 = add i32 %274, 256
	br label %273

329:
	%330 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %297
	store i32 %317, i32 addrspace(3)* %330
	br label %331

331:
	call void @llvm.nvvm.barrier0()
	%332 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%333 = load i32, i32 addrspace(3)* %332
	%334 = icmp sgt i32 %297, 0
	%335 = select i1 %334, i32 %333, i32 0
	%336 = add i32 0, %335
	%337 = add i32 0, %333
	%338 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%339 = load i32, i32 addrspace(3)* %338
	%340 = icmp sgt i32 %297, 1
	%341 = select i1 %340, i32 %339, i32 0
	%342 = add i32 %336, %341
	%343 = add i32 %337, %339
	%344 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%345 = load i32, i32 addrspace(3)* %344
	%346 = icmp sgt i32 %297, 2
	%347 = select i1 %346, i32 %345, i32 0
	%348 = add i32 %342, %347
	%349 = add i32 %343, %345
	%350 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%351 = load i32, i32 addrspace(3)* %350
	%352 = icmp sgt i32 %297, 3
	%353 = select i1 %352, i32 %351, i32 0
	%354 = add i32 %348, %353
	%355 = add i32 %349, %351
	%356 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%357 = load i32, i32 addrspace(3)* %356
	%358 = icmp sgt i32 %297, 4
	%359 = select i1 %358, i32 %357, i32 0
	%360 = add i32 %354, %359
	%361 = add i32 %355, %357
	%362 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%363 = load i32, i32 addrspace(3)* %362
	%364 = icmp sgt i32 %297, 5
	%365 = select i1 %364, i32 %363, i32 0
	%366 = add i32 %360, %365
	%367 = add i32 %361, %363
	%368 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%369 = load i32, i32 addrspace(3)* %368
	%370 = icmp sgt i32 %297, 6
	%371 = select i1 %370, i32 %369, i32 0
	%372 = add i32 %366, %371
	%373 = add i32 %367, %369
	%374 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%375 = load i32, i32 addrspace(3)* %374
	%376 = icmp sgt i32 %297, 7
	%377 = select i1 %376, i32 %375, i32 0
	%378 = add i32 %372, %377
	%379 = add i32 %373, %375
	%380 = add i32 %378, %317
	%381 = sub i32 %380, %295
	%382 = sub i32 %240, %381
	%383 = icmp sgt i32 %382, 0
	%384 = select i1 %383, i32 %382, i32 0
	%385 = icmp slt i32 %384, %295
	%386 = select i1 %385, i32 %384, i32 %295
	%387 = add i32 %292, %386
	%388 = and i32 %0, 31
	%389 = lshr i32 %0, 5
	%390 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %387, i32 1, i32 0)
	%391 = icmp uge i32 %388, 1
	%392 = select i1 %391, i32 %390, i32 0
	%393 = add i32 %387, %392
	%394 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %393, i32 2, i32 0)
	%395 = icmp uge i32 %388, 2
	%396 = select i1 %395, i32 %394, i32 0
	%397 = add i32 %393, %396
	%398 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %397, i32 4, i32 0)
	%399 = icmp uge i32 %388, 4
	%400 = select i1 %399, i32 %398, i32 0
	%401 = add i32 %397, %400
	%402 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %401, i32 8, i32 0)
	%403 = icmp uge i32 %388, 8
	%404 = select i1 %403, i32 %402, i32 0
	%405 = add i32 %401, %404
	%406 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %405, i32 16, i32 0)
	%407 = icmp uge i32 %388, 16
	%408 = select i1 %407, i32 %406, i32 0
	%409 = add i32 %405, %408
	%410 = icmp eq i32 %388, 31
	br i1 %410, label %411, label %413

411:
	%412 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %389
	store i32 %409, i32 addrspace(3)* %412
	br label %413

413:
	call void @llvm.nvvm.barrier0()
	%414 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%415 = load i32, i32 addrspace(3)* %414
	%416 = icmp sgt i32 %389, 0
	%417 = select i1 %416, i32 %415, i32 0
	%418 = add i32 0, %417
	%419 = add i32 0, %415
	%420 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%421 = load i32, i32 addrspace(3)* %420
	%422 = icmp sgt i32 %389, 1
	%423 = select i1 %422, i32 %421, i32 0
	%424 = add i32 %418, %423
	%425 = add i32 %419, %421
	%426 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%427 = load i32, i32 addrspace(3)* %426
	%428 = icmp sgt i32 %389, 2
	%429 = select i1 %428, i32 %427, i32 0
	%430 = add i32 %424, %429
	%431 = add i32 %425, %427
	%432 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%433 = load i32, i32 addrspace(3)* %432
	%434 = icmp sgt i32 %389, 3
	%435 = select i1 %434, i32 %433, i32 0
	%436 = add i32 %430, %435
	%437 = add i32 %431, %433
	%438 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%439 = load i32, i32 addrspace(3)* %438
	%440 = icmp sgt i32 %389, 4
	%441 = select i1 %440, i32 %439, i32 0
	%442 = add i32 %436, %441
	%443 = add i32 %437, %439
	%444 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%445 = load i32, i32 addrspace(3)* %444
	%446 = icmp sgt i32 %389, 5
	%447 = select i1 %446, i32 %445, i32 0
	%448 = add i32 %442, %447
	%449 = add i32 %443, %445
	%450 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%451 = load i32, i32 addrspace(3)* %450
	%452 = icmp sgt i32 %389, 6
	%453 = select i1 %452, i32 %451, i32 0
	%454 = add i32 %448, %453
	%455 = add i32 %449, %451
	%456 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%457 = load i32, i32 addrspace(3)* %456
	%458 = icmp sgt i32 %389, 7
	%459 = select i1 %458, i32 %457, i32 0
	%460 = add i32 %454, %459
	%461 = add i32 %455, %457
	%462 = add i32 %460, %409
	%463 = sub i32 %462, %387
	br i1 %288, label %464, label %467

464:
	%465 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %463, i32 addrspace(3)* %465
	%466 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %381, i32 addrspace(3)* %466
	br label %467

467:
	call void @llvm.nvvm.barrier0()
	br label %468

468:
	%469 = phi i32 [ 0, %467 ], [ %503, %502 ]
	%470 = icmp slt i32 %469, %16
	br i1 %470, label %471, label %496

471:
	%472 = add i32 %469, %0
	%473 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %472
	%474 = load i32, i32 addrspace(3)* %473
	%475 = icmp ugt i32 %474, %237
	%476 = icmp eq i32 %474, %237
	%477 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %475)
	%478 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %476)
	%479 = sdiv i32 %469, 256
	%480 = mul i32 %479, 8
	%481 = add i32 %480, %4
	%482 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %481
	%483 = load i32, i32 addrspace(3)* %482
	%484 = and i32 %478, %247
	%485 = call i32 @llvm.ctpop.i32(i32 %484)
	%486 = add i32 %483, %485
	%487 = icmp slt i32 %486, %240
	%488 = and i1 %476, %487
	%489 = or i1 %475, %488
	%490 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %489)
	%491 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %481
	%492 = load i32, i32 addrspace(3)* %491
	%493 = and i32 %490, %247
	%494 = call i32 @llvm.ctpop.i32(i32 %493)
	%495 = add i32 %492, %494
	br i1 %489, label %499, label %502

496:
	call void @llvm.nvvm.barrier0()
	%497 = icmp slt i32 %0, %461
	%498 = icmp sle i32 %461, 256
	br i1 %498, label %write_rank, label %write_sort

499:
	%500 = add i32 %469, %0
	%501 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %495
	store i32 %500, i32 addrspace(3)* %501
	br label %502

502:
	%503 = add i32 %469, 256
	br label %468

write_rank:
	br i1 %497, label %606, label %612

write_sort:
	%504 = sub i32 %461, 1
	%505 = call i32 @llvm.ctlz.i32(i32 %504, i1 false)
	%506 = icmp sgt i32 %461, 1
	%507 = sub i32 32, %505
	%508 = select i1 %506, i32 %507, i32 0
	%509 = shl i32 1, %508
	%510 = add i32 %461, %0
	br label %524

write_done:
	%511 = add i32 %245, %461
	%512 = icmp sle i32 %M, 16
	%513 = add i32 %511, 1
	%514 = add i32 %511, 256
	%515 = sdiv i32 %514, 256
	%516 = mul i32 %515, 256
	%517 = add i32 %245, %461
	%518 = icmp sgt i32 %516, %517
	%519 = select i1 %518, i32 %516, i32 %517
	%520 = icmp slt i32 %519, %NK
	%521 = select i1 %520, i32 %519, i32 %NK
	%522 = select i1 %512, i32 %NK, i32 %521
	%523 = add i32 %511, %0
	br label %645

524:
	%525 = phi i32 [ %510, %write_sort ], [ %529, %527 ]
	%526 = icmp slt i32 %525, %509
	br i1 %526, label %527, label %530

527:
	%528 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %525
	store i32 -1, i32 addrspace(3)* %528
	%529 = add i32 %525, 256
	br label %524

530:
	call void @llvm.nvvm.barrier0()
	%531 = add i32 %508, 1
	br label %532

532:
	%533 = phi i32 [ 1, %530 ], [ %549, %548 ]
	%534 = icmp slt i32 %533, %531
	br i1 %534, label %535, label %537

535:
	%536 = shl i32 1, %533
	br label %538

537:
	br label %590

538:
	%539 = phi i32 [ 0, %535 ], [ %584, %583 ]
	%540 = icmp slt i32 %539, %533
	br i1 %540, label %541, label %548

541:
	%542 = sub i32 %533, 1
	%543 = sub i32 %542, %539
	%544 = shl i32 1, %543
	%545 = sub i32 %533, 1
	%546 = sub i32 %545, %539
	%547 = lshr i32 %509, 1
	br label %550

548:
	%549 = add i32 %533, 1
	br label %532

550:
	%551 = phi i32 [ %0, %541 ], [ %589, %588 ]
	%552 = icmp slt i32 %551, %547
	br i1 %552, label %553, label %583

553:
	%554 = lshr i32 %551, %546
	%555 = add i32 %546, 1
	%556 = shl i32 %554, %555
	%557 = sub i32 %544, 1
	%558 = and i32 %551, %557
	%559 = or i32 %556, %558
	%560 = or i32 %559, %544
	%561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %559
	%562 = load i32, i32 addrspace(3)* %561
	%563 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %560
	%564 = load i32, i32 addrspace(3)* %563
	%565 = and i32 %559, %536
	%566 = icmp eq i32 %565, 0
	%567 = icmp sge i32 %564, 0
	%568 = select i1 %567, i32 %564, i32 0
	%569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %568
	%570 = load i32, i32 addrspace(3)* %569
	%571 = select i1 %567, i32 %570, i32 0
	%572 = icmp sge i32 %562, 0
	%573 = select i1 %572, i32 %562, i32 0
	%574 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %573
	%575 = load i32, i32 addrspace(3)* %574
	%576 = select i1 %572, i32 %575, i32 0
	%577 = icmp ugt i32 %571, %576
	%578 = icmp eq i32 %571, %576
	%579 = icmp slt i32 %564, %562
	%580 = and i1 %578, %579
	%581 = or i1 %577, %580
	%582 = icmp eq i1 %581, %566
	br i1 %582, label %585, label %588

583:
	call void @llvm.nvvm.barrier0()
	%584 = add i32 %539, 1
	br label %538

585:
	%586 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %559
	store i32 %564, i32 addrspace(3)* %586
	%587 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %560
	store i32 %562, i32 addrspace(3)* %587
	br label %588

588:
	%589 = add i32 %551, 256
	br label %550

590:
	%591 = phi i32 [ %0, %537 ], [ %604, %593 ]
	%592 = icmp slt i32 %591, %461
	br i1 %592, label %593, label %605

593:
	%594 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %591
	%595 = load i32, i32 addrspace(3)* %594
	%596 = add i32 %245, %591
	%597 = add i32 %13, %596
	%598 = sext i32 %597 to i64
	%599 = getelementptr i32, i32* %list, i64 %598
	store i32 %595, i32* %599
	%600 = add i32 %13, %NK
	%601 = add i32 %600, %596
	%602 = sext i32 %601 to i64
	%603 = getelementptr i32, i32* %list, i64 %602
	store i32 0, i32* %603
	%604 = add i32 %591, 256
	br label %590

605:
	br label %write_done

606:
	%607 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%608 = load i32, i32 addrspace(3)* %607
	%609 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %608
	%610 = load i32, i32 addrspace(3)* %609
	%611 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %610, i32 addrspace(3)* %611
	br label %612

612:
	call void @llvm.nvvm.barrier0()
	br i1 %497, label %613, label %618

613:
	%614 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%615 = load i32, i32 addrspace(3)* %614
	%616 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%617 = load i32, i32 addrspace(3)* %616
	br label %619

618:
	br label %write_done

619:
	%620 = phi i32 [ 0, %613 ], [ %635, %623 ]
	%621 = phi i32 [ 0, %613 ], [ %634, %623 ]
	%622 = icmp slt i32 %620, %461
	br i1 %622, label %623, label %636

623:
	%624 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %620
	%625 = load i32, i32 addrspace(3)* %624
	%626 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %620
	%627 = load i32, i32 addrspace(3)* %626
	%628 = icmp ugt i32 %625, %617
	%629 = icmp eq i32 %625, %617
	%630 = icmp slt i32 %627, %615
	%631 = and i1 %629, %630
	%632 = or i1 %628, %631
	%633 = zext i1 %632 to i32
	%634 = add i32 %621, %633
	%635 = add i32 %620, 1
	br label %619

636:
	%637 = add i32 %245, %621
	%638 = add i32 %13, %637
	%639 = sext i32 %638 to i64
	%640 = getelementptr i32, i32* %list, i64 %639
	store i32 %615, i32* %640
	%641 = add i32 %13, %NK
	%642 = add i32 %641, %637
	%643 = sext i32 %642 to i64
	%644 = getelementptr i32, i32* %list, i64 %643
	store i32 0, i32* %644
	br label %618

645:
	%646 = phi i32 [ %523, %write_done ], [ %656, %648 ]
	%647 = icmp slt i32 %646, %522
	br i1 %647, label %648, label %657

648:
	%649 = add i32 %13, %646
	%650 = sext i32 %649 to i64
	%651 = getelementptr i32, i32* %list, i64 %650
	store i32 -1, i32* %651
	%652 = add i32 %13, %NK
	%653 = add i32 %652, %646
	%654 = sext i32 %653 to i64
	%655 = getelementptr i32, i32* %list, i64 %654
	store i32 -1, i32* %655
	%656 = add i32 %646, 256
	br label %645

657:
	ret void
}
