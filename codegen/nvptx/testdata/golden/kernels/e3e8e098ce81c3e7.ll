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
	br i1 %498, label %write_rank, label %write_long

499:
	%500 = add i32 %469, %0
	%501 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %495
	store i32 %500, i32 addrspace(3)* %501
	br label %502

502:
	%503 = add i32 %469, 256
	br label %468

write_rank:
	br i1 %497, label %4513, label %4519

write_sort:
	%504 = sub i32 %461, 1
	%505 = call i32 @llvm.ctlz.i32(i32 %504, i1 false)
	%506 = icmp sgt i32 %461, 1
	%507 = sub i32 32, %505
	%508 = select i1 %506, i32 %507, i32 0
	%509 = shl i32 1, %508
	%510 = add i32 %461, %0
	br label %4431

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
	br label %4552

write_long:
	%524 = icmp sle i32 %461, 2048
	br i1 %524, label %write_radix, label %write_sort

write_radix:
	%525 = shl i32 1, %3
	%526 = sub i32 %525, 1
	%527 = add i32 0, %0
	%528 = icmp slt i32 0, %461
	%529 = icmp slt i32 %527, %461
	br i1 %528, label %530, label %537

530:
	%531 = select i1 %529, i32 %527, i32 0
	%532 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %531
	%533 = load i32, i32 addrspace(3)* %532
	%534 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %533
	%535 = load i32, i32 addrspace(3)* %534
	%536 = xor i32 %535, -1
	br label %537

537:
	%538 = phi i32 [ 0, %write_radix ], [ %533, %530 ]
	%539 = phi i32 [ 0, %write_radix ], [ %536, %530 ]
	%540 = add i32 256, %0
	%541 = icmp slt i32 256, %461
	%542 = icmp slt i32 %540, %461
	br i1 %541, label %543, label %550

543:
	%544 = select i1 %542, i32 %540, i32 0
	%545 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %544
	%546 = load i32, i32 addrspace(3)* %545
	%547 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %546
	%548 = load i32, i32 addrspace(3)* %547
	%549 = xor i32 %548, -1
	br label %550

550:
	%551 = phi i32 [ 0, %537 ], [ %546, %543 ]
	%552 = phi i32 [ 0, %537 ], [ %549, %543 ]
	%553 = add i32 512, %0
	%554 = icmp slt i32 512, %461
	%555 = icmp slt i32 %553, %461
	br i1 %554, label %556, label %563

556:
	%557 = select i1 %555, i32 %553, i32 0
	%558 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %557
	%559 = load i32, i32 addrspace(3)* %558
	%560 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %559
	%561 = load i32, i32 addrspace(3)* %560
	%562 = xor i32 %561, -1
	br label %563

563:
	%564 = phi i32 [ 0, %550 ], [ %559, %556 ]
	%565 = phi i32 [ 0, %550 ], [ %562, %556 ]
	%566 = add i32 768, %0
	%567 = icmp slt i32 768, %461
	%568 = icmp slt i32 %566, %461
	br i1 %567, label %569, label %576

569:
	%570 = select i1 %568, i32 %566, i32 0
	%571 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %570
	%572 = load i32, i32 addrspace(3)* %571
	%573 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %572
	%574 = load i32, i32 addrspace(3)* %573
	%575 = xor i32 %574, -1
	br label %576

576:
	%577 = phi i32 [ 0, %563 ], [ %572, %569 ]
	%578 = phi i32 [ 0, %563 ], [ %575, %569 ]
	%579 = add i32 1024, %0
	%580 = icmp slt i32 1024, %461
	%581 = icmp slt i32 %579, %461
	br i1 %580, label %582, label %589

582:
	%583 = select i1 %581, i32 %579, i32 0
	%584 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %583
	%585 = load i32, i32 addrspace(3)* %584
	%586 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %585
	%587 = load i32, i32 addrspace(3)* %586
	%588 = xor i32 %587, -1
	br label %589

589:
	%590 = phi i32 [ 0, %576 ], [ %585, %582 ]
	%591 = phi i32 [ 0, %576 ], [ %588, %582 ]
	%592 = add i32 1280, %0
	%593 = icmp slt i32 1280, %461
	%594 = icmp slt i32 %592, %461
	br i1 %593, label %595, label %602

595:
	%596 = select i1 %594, i32 %592, i32 0
	%597 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %596
	%598 = load i32, i32 addrspace(3)* %597
	%599 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %598
	%600 = load i32, i32 addrspace(3)* %599
	%601 = xor i32 %600, -1
	br label %602

602:
	%603 = phi i32 [ 0, %589 ], [ %598, %595 ]
	%604 = phi i32 [ 0, %589 ], [ %601, %595 ]
	%605 = add i32 1536, %0
	%606 = icmp slt i32 1536, %461
	%607 = icmp slt i32 %605, %461
	br i1 %606, label %608, label %615

608:
	%609 = select i1 %607, i32 %605, i32 0
	%610 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %609
	%611 = load i32, i32 addrspace(3)* %610
	%612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %611
	%613 = load i32, i32 addrspace(3)* %612
	%614 = xor i32 %613, -1
	br label %615

615:
	%616 = phi i32 [ 0, %602 ], [ %611, %608 ]
	%617 = phi i32 [ 0, %602 ], [ %614, %608 ]
	%618 = add i32 1792, %0
	%619 = icmp slt i32 1792, %461
	%620 = icmp slt i32 %618, %461
	br i1 %619, label %621, label %628

621:
	%622 = select i1 %620, i32 %618, i32 0
	%623 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %622
	%624 = load i32, i32 addrspace(3)* %623
	%625 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %624
	%626 = load i32, i32 addrspace(3)* %625
	%627 = xor i32 %626, -1
	br label %628

628:
	%629 = phi i32 [ 0, %615 ], [ %624, %621 ]
	%630 = phi i32 [ 0, %615 ], [ %627, %621 ]
	call void @llvm.nvvm.barrier0()
	%631 = add i32 %0, 0
	%632 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %631
	store i32 0, i32 addrspace(3)* %632
	%633 = add i32 %0, 256
	%634 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %633
	store i32 0, i32 addrspace(3)* %634
	%635 = add i32 %0, 512
	%636 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %635
	store i32 0, i32 addrspace(3)* %636
	%637 = add i32 %0, 768
	%638 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %637
	store i32 0, i32 addrspace(3)* %638
	call void @llvm.nvvm.barrier0()
	br i1 %528, label %639, label %648

639:
	%640 = lshr i32 %539, 0
	%641 = and i32 %640, 15
	%642 = select i1 %529, i32 %641, i32 16
	%643 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %642)
	%644 = and i32 %643, %526
	%645 = call i32 @llvm.ctpop.i32(i32 %644)
	%646 = icmp eq i32 %645, 0
	%647 = and i1 %529, %646
	br i1 %647, label %650, label %657

648:
	%649 = phi i32 [ 0, %628 ], [ %645, %657 ]
	br i1 %541, label %658, label %667

650:
	%651 = call i32 @llvm.ctpop.i32(i32 %643)
	%652 = add i32 0, %4
	%653 = mul i32 %641, 64
	%654 = add i32 %653, %652
	%655 = add i32 0, %654
	%656 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %655
	store i32 %651, i32 addrspace(3)* %656
	br label %657

657:
	br label %648

658:
	%659 = lshr i32 %552, 0
	%660 = and i32 %659, 15
	%661 = select i1 %542, i32 %660, i32 16
	%662 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %661)
	%663 = and i32 %662, %526
	%664 = call i32 @llvm.ctpop.i32(i32 %663)
	%665 = icmp eq i32 %664, 0
	%666 = and i1 %542, %665
	br i1 %666, label %669, label %676

667:
	%668 = phi i32 [ 0, %648 ], [ %664, %676 ]
	br i1 %554, label %677, label %686

669:
	%670 = call i32 @llvm.ctpop.i32(i32 %662)
	%671 = add i32 8, %4
	%672 = mul i32 %660, 64
	%673 = add i32 %672, %671
	%674 = add i32 0, %673
	%675 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %674
	store i32 %670, i32 addrspace(3)* %675
	br label %676

676:
	br label %667

677:
	%678 = lshr i32 %565, 0
	%679 = and i32 %678, 15
	%680 = select i1 %555, i32 %679, i32 16
	%681 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %680)
	%682 = and i32 %681, %526
	%683 = call i32 @llvm.ctpop.i32(i32 %682)
	%684 = icmp eq i32 %683, 0
	%685 = and i1 %555, %684
	br i1 %685, label %688, label %695

686:
	%687 = phi i32 [ 0, %667 ], [ %683, %695 ]
	br i1 %567, label %696, label %705

688:
	%689 = call i32 @llvm.ctpop.i32(i32 %681)
	%690 = add i32 16, %4
	%691 = mul i32 %679, 64
	%692 = add i32 %691, %690
	%693 = add i32 0, %692
	%694 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %693
	store i32 %689, i32 addrspace(3)* %694
	br label %695

695:
	br label %686

696:
	%697 = lshr i32 %578, 0
	%698 = and i32 %697, 15
	%699 = select i1 %568, i32 %698, i32 16
	%700 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %699)
	%701 = and i32 %700, %526
	%702 = call i32 @llvm.ctpop.i32(i32 %701)
	%703 = icmp eq i32 %702, 0
	%704 = and i1 %568, %703
	br i1 %704, label %707, label %714

705:
	%706 = phi i32 [ 0, %686 ], [ %702, %714 ]
	br i1 %580, label %715, label %724

707:
	%708 = call i32 @llvm.ctpop.i32(i32 %700)
	%709 = add i32 24, %4
	%710 = mul i32 %698, 64
	%711 = add i32 %710, %709
	%712 = add i32 0, %711
	%713 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %712
	store i32 %708, i32 addrspace(3)* %713
	br label %714

714:
	br label %705

715:
	%716 = lshr i32 %591, 0
	%717 = and i32 %716, 15
	%718 = select i1 %581, i32 %717, i32 16
	%719 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %718)
	%720 = and i32 %719, %526
	%721 = call i32 @llvm.ctpop.i32(i32 %720)
	%722 = icmp eq i32 %721, 0
	%723 = and i1 %581, %722
	br i1 %723, label %726, label %733

724:
	%725 = phi i32 [ 0, %705 ], [ %721, %733 ]
	br i1 %593, label %734, label %743

726:
	%727 = call i32 @llvm.ctpop.i32(i32 %719)
	%728 = add i32 32, %4
	%729 = mul i32 %717, 64
	%730 = add i32 %729, %728
	%731 = add i32 0, %730
	%732 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %731
	store i32 %727, i32 addrspace(3)* %732
	br label %733

733:
	br label %724

734:
	%735 = lshr i32 %604, 0
	%736 = and i32 %735, 15
	%737 = select i1 %594, i32 %736, i32 16
	%738 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %737)
	%739 = and i32 %738, %526
	%740 = call i32 @llvm.ctpop.i32(i32 %739)
	%741 = icmp eq i32 %740, 0
	%742 = and i1 %594, %741
	br i1 %742, label %745, label %752

743:
	%744 = phi i32 [ 0, %724 ], [ %740, %752 ]
	br i1 %606, label %753, label %762

745:
	%746 = call i32 @llvm.ctpop.i32(i32 %738)
	%747 = add i32 40, %4
	%748 = mul i32 %736, 64
	%749 = add i32 %748, %747
	%750 = add i32 0, %749
	%751 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %750
	store i32 %746, i32 addrspace(3)* %751
	br label %752

752:
	br label %743

753:
	%754 = lshr i32 %617, 0
	%755 = and i32 %754, 15
	%756 = select i1 %607, i32 %755, i32 16
	%757 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %756)
	%758 = and i32 %757, %526
	%759 = call i32 @llvm.ctpop.i32(i32 %758)
	%760 = icmp eq i32 %759, 0
	%761 = and i1 %607, %760
	br i1 %761, label %764, label %771

762:
	%763 = phi i32 [ 0, %743 ], [ %759, %771 ]
	br i1 %619, label %772, label %781

764:
	%765 = call i32 @llvm.ctpop.i32(i32 %757)
	%766 = add i32 48, %4
	%767 = mul i32 %755, 64
	%768 = add i32 %767, %766
	%769 = add i32 0, %768
	%770 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %769
	store i32 %765, i32 addrspace(3)* %770
	br label %771

771:
	br label %762

772:
	%773 = lshr i32 %630, 0
	%774 = and i32 %773, 15
	%775 = select i1 %620, i32 %774, i32 16
	%776 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %775)
	%777 = and i32 %776, %526
	%778 = call i32 @llvm.ctpop.i32(i32 %777)
	%779 = icmp eq i32 %778, 0
	%780 = and i1 %620, %779
	br i1 %780, label %826, label %833

781:
	%782 = phi i32 [ 0, %762 ], [ %778, %833 ]
	call void @llvm.nvvm.barrier0()
	%783 = mul i32 %0, 4
	%784 = add i32 %783, 0
	%785 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %784
	%786 = load i32, i32 addrspace(3)* %785
	%787 = add i32 0, %786
	%788 = mul i32 %0, 4
	%789 = add i32 %788, 1
	%790 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %789
	%791 = load i32, i32 addrspace(3)* %790
	%792 = add i32 %787, %791
	%793 = mul i32 %0, 4
	%794 = add i32 %793, 2
	%795 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %794
	%796 = load i32, i32 addrspace(3)* %795
	%797 = add i32 %792, %796
	%798 = mul i32 %0, 4
	%799 = add i32 %798, 3
	%800 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %799
	%801 = load i32, i32 addrspace(3)* %800
	%802 = add i32 %797, %801
	%803 = and i32 %0, 31
	%804 = lshr i32 %0, 5
	%805 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %802, i32 1, i32 0)
	%806 = icmp uge i32 %803, 1
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %802, %807
	%809 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %808, i32 2, i32 0)
	%810 = icmp uge i32 %803, 2
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %808, %811
	%813 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %812, i32 4, i32 0)
	%814 = icmp uge i32 %803, 4
	%815 = select i1 %814, i32 %813, i32 0
	%816 = add i32 %812, %815
	%817 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %816, i32 8, i32 0)
	%818 = icmp uge i32 %803, 8
	%819 = select i1 %818, i32 %817, i32 0
	%820 = add i32 %816, %819
	%821 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %820, i32 16, i32 0)
	%822 = icmp uge i32 %803, 16
	%823 = select i1 %822, i32 %821, i32 0
	%824 = add i32 %820, %823
	%825 = icmp eq i32 %803, 31
	br i1 %825, label %834, label %836

826:
	%827 = call i32 @llvm.ctpop.i32(i32 %776)
	%828 = add i32 56, %4
	%829 = mul i32 %774, 64
	%830 = add i32 %829, %828
	%831 = add i32 0, %830
	%832 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %831
	store i32 %827, i32 addrspace(3)* %832
	br label %833

833:
	br label %781

834:
	%835 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %804
	store i32 %824, i32 addrspace(3)* %835
	br label %836

836:
	call void @llvm.nvvm.barrier0()
	%837 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%838 = load i32, i32 addrspace(3)* %837
	%839 = icmp sgt i32 %804, 0
	%840 = select i1 %839, i32 %838, i32 0
	%841 = add i32 0, %840
	%842 = add i32 0, %838
	%843 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%844 = load i32, i32 addrspace(3)* %843
	%845 = icmp sgt i32 %804, 1
	%846 = select i1 %845, i32 %844, i32 0
	%847 = add i32 %841, %846
	%848 = add i32 %842, %844
	%849 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%850 = load i32, i32 addrspace(3)* %849
	%851 = icmp sgt i32 %804, 2
	%852 = select i1 %851, i32 %850, i32 0
	%853 = add i32 %847, %852
	%854 = add i32 %848, %850
	%855 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%856 = load i32, i32 addrspace(3)* %855
	%857 = icmp sgt i32 %804, 3
	%858 = select i1 %857, i32 %856, i32 0
	%859 = add i32 %853, %858
	%860 = add i32 %854, %856
	%861 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%862 = load i32, i32 addrspace(3)* %861
	%863 = icmp sgt i32 %804, 4
	%864 = select i1 %863, i32 %862, i32 0
	%865 = add i32 %859, %864
	%866 = add i32 %860, %862
	%867 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%868 = load i32, i32 addrspace(3)* %867
	%869 = icmp sgt i32 %804, 5
	%870 = select i1 %869, i32 %868, i32 0
	%871 = add i32 %865, %870
	%872 = add i32 %866, %868
	%873 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%874 = load i32, i32 addrspace(3)* %873
	%875 = icmp sgt i32 %804, 6
	%876 = select i1 %875, i32 %874, i32 0
	%877 = add i32 %871, %876
	%878 = add i32 %872, %874
	%879 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%880 = load i32, i32 addrspace(3)* %879
	%881 = icmp sgt i32 %804, 7
	%882 = select i1 %881, i32 %880, i32 0
	%883 = add i32 %877, %882
	%884 = add i32 %878, %880
	%885 = add i32 %883, %824
	%886 = sub i32 %885, %802
	%887 = mul i32 %0, 4
	%888 = add i32 %887, 0
	%889 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %888
	store i32 %886, i32 addrspace(3)* %889
	%890 = add i32 %886, %786
	%891 = mul i32 %0, 4
	%892 = add i32 %891, 1
	%893 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %892
	store i32 %890, i32 addrspace(3)* %893
	%894 = add i32 %890, %791
	%895 = mul i32 %0, 4
	%896 = add i32 %895, 2
	%897 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %896
	store i32 %894, i32 addrspace(3)* %897
	%898 = add i32 %894, %796
	%899 = mul i32 %0, 4
	%900 = add i32 %899, 3
	%901 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %900
	store i32 %898, i32 addrspace(3)* %901
	%902 = add i32 %898, %801
	%903 = add i32 %0, 1024
	%904 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %903
	store i32 0, i32 addrspace(3)* %904
	%905 = add i32 %0, 1280
	%906 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %905
	store i32 0, i32 addrspace(3)* %906
	%907 = add i32 %0, 1536
	%908 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %907
	store i32 0, i32 addrspace(3)* %908
	%909 = add i32 %0, 1792
	%910 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %909
	store i32 0, i32 addrspace(3)* %910
	call void @llvm.nvvm.barrier0()
	%911 = and i1 %528, %529
	br i1 %911, label %912, label %925

912:
	%913 = lshr i32 %539, 0
	%914 = and i32 %913, 15
	%915 = add i32 0, %4
	%916 = mul i32 %914, 64
	%917 = add i32 %916, %915
	%918 = add i32 0, %917
	%919 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %918
	%920 = load i32, i32 addrspace(3)* %919
	%921 = add i32 %920, %649
	%922 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %921
	store i32 %538, i32 addrspace(3)* %922
	%923 = add i32 %921, 2048
	%924 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %923
	store i32 %539, i32 addrspace(3)* %924
	br label %925

925:
	%926 = and i1 %541, %542
	br i1 %926, label %927, label %940

927:
	%928 = lshr i32 %552, 0
	%929 = and i32 %928, 15
	%930 = add i32 8, %4
	%931 = mul i32 %929, 64
	%932 = add i32 %931, %930
	%933 = add i32 0, %932
	%934 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %933
	%935 = load i32, i32 addrspace(3)* %934
	%936 = add i32 %935, %668
	%937 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %936
	store i32 %551, i32 addrspace(3)* %937
	%938 = add i32 %936, 2048
	%939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %938
	store i32 %552, i32 addrspace(3)* %939
	br label %940

940:
	%941 = and i1 %554, %555
	br i1 %941, label %942, label %955

942:
	%943 = lshr i32 %565, 0
	%944 = and i32 %943, 15
	%945 = add i32 16, %4
	%946 = mul i32 %944, 64
	%947 = add i32 %946, %945
	%948 = add i32 0, %947
	%949 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %948
	%950 = load i32, i32 addrspace(3)* %949
	%951 = add i32 %950, %687
	%952 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %951
	store i32 %564, i32 addrspace(3)* %952
	%953 = add i32 %951, 2048
	%954 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %953
	store i32 %565, i32 addrspace(3)* %954
	br label %955

955:
	%956 = and i1 %567, %568
	br i1 %956, label %957, label %970

957:
	%958 = lshr i32 %578, 0
	%959 = and i32 %958, 15
	%960 = add i32 24, %4
	%961 = mul i32 %959, 64
	%962 = add i32 %961, %960
	%963 = add i32 0, %962
	%964 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %963
	%965 = load i32, i32 addrspace(3)* %964
	%966 = add i32 %965, %706
	%967 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %966
	store i32 %577, i32 addrspace(3)* %967
	%968 = add i32 %966, 2048
	%969 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %968
	store i32 %578, i32 addrspace(3)* %969
	br label %970

970:
	%971 = and i1 %580, %581
	br i1 %971, label %972, label %985

972:
	%973 = lshr i32 %591, 0
	%974 = and i32 %973, 15
	%975 = add i32 32, %4
	%976 = mul i32 %974, 64
	%977 = add i32 %976, %975
	%978 = add i32 0, %977
	%979 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %978
	%980 = load i32, i32 addrspace(3)* %979
	%981 = add i32 %980, %725
	%982 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %981
	store i32 %590, i32 addrspace(3)* %982
	%983 = add i32 %981, 2048
	%984 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %983
	store i32 %591, i32 addrspace(3)* %984
	br label %985

985:
	%986 = and i1 %593, %594
	br i1 %986, label %987, label %1000

987:
	%988 = lshr i32 %604, 0
	%989 = and i32 %988, 15
	%990 = add i32 40, %4
	%991 = mul i32 %989, 64
	%992 = add i32 %991, %990
	%993 = add i32 0, %992
	%994 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %993
	%995 = load i32, i32 addrspace(3)* %994
	%996 = add i32 %995, %744
	%997 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %996
	store i32 %603, i32 addrspace(3)* %997
	%998 = add i32 %996, 2048
	%999 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %998
	store i32 %604, i32 addrspace(3)* %999
	br label %1000

1000:
	%1001 = and i1 %606, %607
	br i1 %1001, label %1002, label %1015

1002:
	%1003 = lshr i32 %617, 0
	%1004 = and i32 %1003, 15
	%1005 = add i32 48, %4
	%1006 = mul i32 %1004, 64
	%1007 = add i32 %1006, %1005
	%1008 = add i32 0, %1007
	%1009 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1008
	%1010 = load i32, i32 addrspace(3)* %1009
	%1011 = add i32 %1010, %763
	%1012 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1011
	store i32 %616, i32 addrspace(3)* %1012
	%1013 = add i32 %1011, 2048
	%1014 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1013
	store i32 %617, i32 addrspace(3)* %1014
	br label %1015

1015:
	%1016 = and i1 %619, %620
	br i1 %1016, label %1017, label %1030

1017:
	%1018 = lshr i32 %630, 0
	%1019 = and i32 %1018, 15
	%1020 = add i32 56, %4
	%1021 = mul i32 %1019, 64
	%1022 = add i32 %1021, %1020
	%1023 = add i32 0, %1022
	%1024 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1023
	%1025 = load i32, i32 addrspace(3)* %1024
	%1026 = add i32 %1025, %782
	%1027 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1026
	store i32 %629, i32 addrspace(3)* %1027
	%1028 = add i32 %1026, 2048
	%1029 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1028
	store i32 %630, i32 addrspace(3)* %1029
	br label %1030

1030:
	call void @llvm.nvvm.barrier0()
	%1031 = add i32 0, %0
	%1032 = and i1 %528, %529
	br i1 %1032, label %1033, label %1039

1033:
	%1034 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1031
	%1035 = load i32, i32 addrspace(3)* %1034
	%1036 = add i32 %1031, 2048
	%1037 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1036
	%1038 = load i32, i32 addrspace(3)* %1037
	br label %1039

1039:
	%1040 = phi i32 [ %538, %1030 ], [ %1035, %1033 ]
	%1041 = phi i32 [ %539, %1030 ], [ %1038, %1033 ]
	%1042 = add i32 256, %0
	%1043 = and i1 %541, %542
	br i1 %1043, label %1044, label %1050

1044:
	%1045 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1042
	%1046 = load i32, i32 addrspace(3)* %1045
	%1047 = add i32 %1042, 2048
	%1048 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1047
	%1049 = load i32, i32 addrspace(3)* %1048
	br label %1050

1050:
	%1051 = phi i32 [ %551, %1039 ], [ %1046, %1044 ]
	%1052 = phi i32 [ %552, %1039 ], [ %1049, %1044 ]
	%1053 = add i32 512, %0
	%1054 = and i1 %554, %555
	br i1 %1054, label %1055, label %1061

1055:
	%1056 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1053
	%1057 = load i32, i32 addrspace(3)* %1056
	%1058 = add i32 %1053, 2048
	%1059 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1058
	%1060 = load i32, i32 addrspace(3)* %1059
	br label %1061

1061:
	%1062 = phi i32 [ %564, %1050 ], [ %1057, %1055 ]
	%1063 = phi i32 [ %565, %1050 ], [ %1060, %1055 ]
	%1064 = add i32 768, %0
	%1065 = and i1 %567, %568
	br i1 %1065, label %1066, label %1072

1066:
	%1067 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1064
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = add i32 %1064, 2048
	%1070 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1069
	%1071 = load i32, i32 addrspace(3)* %1070
	br label %1072

1072:
	%1073 = phi i32 [ %577, %1061 ], [ %1068, %1066 ]
	%1074 = phi i32 [ %578, %1061 ], [ %1071, %1066 ]
	%1075 = add i32 1024, %0
	%1076 = and i1 %580, %581
	br i1 %1076, label %1077, label %1083

1077:
	%1078 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1075
	%1079 = load i32, i32 addrspace(3)* %1078
	%1080 = add i32 %1075, 2048
	%1081 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1080
	%1082 = load i32, i32 addrspace(3)* %1081
	br label %1083

1083:
	%1084 = phi i32 [ %590, %1072 ], [ %1079, %1077 ]
	%1085 = phi i32 [ %591, %1072 ], [ %1082, %1077 ]
	%1086 = add i32 1280, %0
	%1087 = and i1 %593, %594
	br i1 %1087, label %1088, label %1094

1088:
	%1089 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1086
	%1090 = load i32, i32 addrspace(3)* %1089
	%1091 = add i32 %1086, 2048
	%1092 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1091
	%1093 = load i32, i32 addrspace(3)* %1092
	br label %1094

1094:
	%1095 = phi i32 [ %603, %1083 ], [ %1090, %1088 ]
	%1096 = phi i32 [ %604, %1083 ], [ %1093, %1088 ]
	%1097 = add i32 1536, %0
	%1098 = and i1 %606, %607
	br i1 %1098, label %1099, label %1105

1099:
	%1100 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1097
	%1101 = load i32, i32 addrspace(3)* %1100
	%1102 = add i32 %1097, 2048
	%1103 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1102
	%1104 = load i32, i32 addrspace(3)* %1103
	br label %1105

1105:
	%1106 = phi i32 [ %616, %1094 ], [ %1101, %1099 ]
	%1107 = phi i32 [ %617, %1094 ], [ %1104, %1099 ]
	%1108 = add i32 1792, %0
	%1109 = and i1 %619, %620
	br i1 %1109, label %1110, label %1116

1110:
	%1111 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1108
	%1112 = load i32, i32 addrspace(3)* %1111
	%1113 = add i32 %1108, 2048
	%1114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1113
	%1115 = load i32, i32 addrspace(3)* %1114
	br label %1116

1116:
	%1117 = phi i32 [ %629, %1105 ], [ %1112, %1110 ]
	%1118 = phi i32 [ %630, %1105 ], [ %1115, %1110 ]
	br i1 %528, label %1119, label %1128

1119:
	%1120 = lshr i32 %1041, 4
	%1121 = and i32 %1120, 15
	%1122 = select i1 %529, i32 %1121, i32 16
	%1123 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1122)
	%1124 = and i32 %1123, %526
	%1125 = call i32 @llvm.ctpop.i32(i32 %1124)
	%1126 = icmp eq i32 %1125, 0
	%1127 = and i1 %529, %1126
	br i1 %1127, label %1130, label %1137

1128:
	%1129 = phi i32 [ 0, %1116 ], [ %1125, %1137 ]
	br i1 %541, label %1138, label %1147

1130:
	%1131 = call i32 @llvm.ctpop.i32(i32 %1123)
	%1132 = add i32 0, %4
	%1133 = mul i32 %1121, 64
	%1134 = add i32 %1133, %1132
	%1135 = add i32 1024, %1134
	%1136 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1135
	store i32 %1131, i32 addrspace(3)* %1136
	br label %1137

1137:
	br label %1128

1138:
	%1139 = lshr i32 %1052, 4
	%1140 = and i32 %1139, 15
	%1141 = select i1 %542, i32 %1140, i32 16
	%1142 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1141)
	%1143 = and i32 %1142, %526
	%1144 = call i32 @llvm.ctpop.i32(i32 %1143)
	%1145 = icmp eq i32 %1144, 0
	%1146 = and i1 %542, %1145
	br i1 %1146, label %1149, label %1156

1147:
	%1148 = phi i32 [ 0, %1128 ], [ %1144, %1156 ]
	br i1 %554, label %1157, label %1166

1149:
	%1150 = call i32 @llvm.ctpop.i32(i32 %1142)
	%1151 = add i32 8, %4
	%1152 = mul i32 %1140, 64
	%1153 = add i32 %1152, %1151
	%1154 = add i32 1024, %1153
	%1155 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1154
	store i32 %1150, i32 addrspace(3)* %1155
	br label %1156

1156:
	br label %1147

1157:
	%1158 = lshr i32 %1063, 4
	%1159 = and i32 %1158, 15
	%1160 = select i1 %555, i32 %1159, i32 16
	%1161 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1160)
	%1162 = and i32 %1161, %526
	%1163 = call i32 @llvm.ctpop.i32(i32 %1162)
	%1164 = icmp eq i32 %1163, 0
	%1165 = and i1 %555, %1164
	br i1 %1165, label %1168, label %1175

1166:
	%1167 = phi i32 [ 0, %1147 ], [ %1163, %1175 ]
	br i1 %567, label %1176, label %1185

1168:
	%1169 = call i32 @llvm.ctpop.i32(i32 %1161)
	%1170 = add i32 16, %4
	%1171 = mul i32 %1159, 64
	%1172 = add i32 %1171, %1170
	%1173 = add i32 1024, %1172
	%1174 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1173
	store i32 %1169, i32 addrspace(3)* %1174
	br label %1175

1175:
	br label %1166

1176:
	%1177 = lshr i32 %1074, 4
	%1178 = and i32 %1177, 15
	%1179 = select i1 %568, i32 %1178, i32 16
	%1180 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1179)
	%1181 = and i32 %1180, %526
	%1182 = call i32 @llvm.ctpop.i32(i32 %1181)
	%1183 = icmp eq i32 %1182, 0
	%1184 = and i1 %568, %1183
	br i1 %1184, label %1187, label %1194

1185:
	%1186 = phi i32 [ 0, %1166 ], [ %1182, %1194 ]
	br i1 %580, label %1195, label %1204

1187:
	%1188 = call i32 @llvm.ctpop.i32(i32 %1180)
	%1189 = add i32 24, %4
	%1190 = mul i32 %1178, 64
	%1191 = add i32 %1190, %1189
	%1192 = add i32 1024, %1191
	%1193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1192
	store i32 %1188, i32 addrspace(3)* %1193
	br label %1194

1194:
	br label %1185

1195:
	%1196 = lshr i32 %1085, 4
	%1197 = and i32 %1196, 15
	%1198 = select i1 %581, i32 %1197, i32 16
	%1199 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1198)
	%1200 = and i32 %1199, %526
	%1201 = call i32 @llvm.ctpop.i32(i32 %1200)
	%1202 = icmp eq i32 %1201, 0
	%1203 = and i1 %581, %1202
	br i1 %1203, label %1206, label %1213

1204:
	%1205 = phi i32 [ 0, %1185 ], [ %1201, %1213 ]
	br i1 %593, label %1214, label %1223

1206:
	%1207 = call i32 @llvm.ctpop.i32(i32 %1199)
	%1208 = add i32 32, %4
	%1209 = mul i32 %1197, 64
	%1210 = add i32 %1209, %1208
	%1211 = add i32 1024, %1210
	%1212 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1211
	store i32 %1207, i32 addrspace(3)* %1212
	br label %1213

1213:
	br label %1204

1214:
	%1215 = lshr i32 %1096, 4
	%1216 = and i32 %1215, 15
	%1217 = select i1 %594, i32 %1216, i32 16
	%1218 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1217)
	%1219 = and i32 %1218, %526
	%1220 = call i32 @llvm.ctpop.i32(i32 %1219)
	%1221 = icmp eq i32 %1220, 0
	%1222 = and i1 %594, %1221
	br i1 %1222, label %1225, label %1232

1223:
	%1224 = phi i32 [ 0, %1204 ], [ %1220, %1232 ]
	br i1 %606, label %1233, label %1242

1225:
	%1226 = call i32 @llvm.ctpop.i32(i32 %1218)
	%1227 = add i32 40, %4
	%1228 = mul i32 %1216, 64
	%1229 = add i32 %1228, %1227
	%1230 = add i32 1024, %1229
	%1231 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1230
	store i32 %1226, i32 addrspace(3)* %1231
	br label %1232

1232:
	br label %1223

1233:
	%1234 = lshr i32 %1107, 4
	%1235 = and i32 %1234, 15
	%1236 = select i1 %607, i32 %1235, i32 16
	%1237 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1236)
	%1238 = and i32 %1237, %526
	%1239 = call i32 @llvm.ctpop.i32(i32 %1238)
	%1240 = icmp eq i32 %1239, 0
	%1241 = and i1 %607, %1240
	br i1 %1241, label %1244, label %1251

1242:
	%1243 = phi i32 [ 0, %1223 ], [ %1239, %1251 ]
	br i1 %619, label %1252, label %1261

1244:
	%1245 = call i32 @llvm.ctpop.i32(i32 %1237)
	%1246 = add i32 48, %4
	%1247 = mul i32 %1235, 64
	%1248 = add i32 %1247, %1246
	%1249 = add i32 1024, %1248
	%1250 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1249
	store i32 %1245, i32 addrspace(3)* %1250
	br label %1251

1251:
	br label %1242

1252:
	%1253 = lshr i32 %1118, 4
	%1254 = and i32 %1253, 15
	%1255 = select i1 %620, i32 %1254, i32 16
	%1256 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1255)
	%1257 = and i32 %1256, %526
	%1258 = call i32 @llvm.ctpop.i32(i32 %1257)
	%1259 = icmp eq i32 %1258, 0
	%1260 = and i1 %620, %1259
	br i1 %1260, label %1306, label %1313

1261:
	%1262 = phi i32 [ 0, %1242 ], [ %1258, %1313 ]
	call void @llvm.nvvm.barrier0()
	%1263 = mul i32 %0, 4
	%1264 = add i32 %1263, 1024
	%1265 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1264
	%1266 = load i32, i32 addrspace(3)* %1265
	%1267 = add i32 0, %1266
	%1268 = mul i32 %0, 4
	%1269 = add i32 %1268, 1025
	%1270 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1269
	%1271 = load i32, i32 addrspace(3)* %1270
	%1272 = add i32 %1267, %1271
	%1273 = mul i32 %0, 4
	%1274 = add i32 %1273, 1026
	%1275 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1274
	%1276 = load i32, i32 addrspace(3)* %1275
	%1277 = add i32 %1272, %1276
	%1278 = mul i32 %0, 4
	%1279 = add i32 %1278, 1027
	%1280 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1279
	%1281 = load i32, i32 addrspace(3)* %1280
	%1282 = add i32 %1277, %1281
	%1283 = and i32 %0, 31
	%1284 = lshr i32 %0, 5
	%1285 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1282, i32 1, i32 0)
	%1286 = icmp uge i32 %1283, 1
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = add i32 %1282, %1287
	%1289 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1288, i32 2, i32 0)
	%1290 = icmp uge i32 %1283, 2
	%1291 = select i1 %1290, i32 %1289, i32 0
	%1292 = add i32 %1288, %1291
	%1293 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1292, i32 4, i32 0)
	%1294 = icmp uge i32 %1283, 4
	%1295 = select i1 %1294, i32 %1293, i32 0
	%1296 = add i32 %1292, %1295
	%1297 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1296, i32 8, i32 0)
	%1298 = icmp uge i32 %1283, 8
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = add i32 %1296, %1299
	%1301 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1300, i32 16, i32 0)
	%1302 = icmp uge i32 %1283, 16
	%1303 = select i1 %1302, i32 %1301, i32 0
	%1304 = add i32 %1300, %1303
	%1305 = icmp eq i32 %1283, 31
	br i1 %1305, label %1314, label %1316

1306:
	%1307 = call i32 @llvm.ctpop.i32(i32 %1256)
	%1308 = add i32 56, %4
	%1309 = mul i32 %1254, 64
	%1310 = add i32 %1309, %1308
	%1311 = add i32 1024, %1310
	%1312 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1311
	store i32 %1307, i32 addrspace(3)* %1312
	br label %1313

1313:
	br label %1261

1314:
	%1315 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1284
	store i32 %1304, i32 addrspace(3)* %1315
	br label %1316

1316:
	call void @llvm.nvvm.barrier0()
	%1317 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1318 = load i32, i32 addrspace(3)* %1317
	%1319 = icmp sgt i32 %1284, 0
	%1320 = select i1 %1319, i32 %1318, i32 0
	%1321 = add i32 0, %1320
	%1322 = add i32 0, %1318
	%1323 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1324 = load i32, i32 addrspace(3)* %1323
	%1325 = icmp sgt i32 %1284, 1
	%1326 = select i1 %1325, i32 %1324, i32 0
	%1327 = add i32 %1321, %1326
	%1328 = add i32 %1322, %1324
	%1329 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1330 = load i32, i32 addrspace(3)* %1329
	%1331 = icmp sgt i32 %1284, 2
	%1332 = select i1 %1331, i32 %1330, i32 0
	%1333 = add i32 %1327, %1332
	%1334 = add i32 %1328, %1330
	%1335 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1336 = load i32, i32 addrspace(3)* %1335
	%1337 = icmp sgt i32 %1284, 3
	%1338 = select i1 %1337, i32 %1336, i32 0
	%1339 = add i32 %1333, %1338
	%1340 = add i32 %1334, %1336
	%1341 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1342 = load i32, i32 addrspace(3)* %1341
	%1343 = icmp sgt i32 %1284, 4
	%1344 = select i1 %1343, i32 %1342, i32 0
	%1345 = add i32 %1339, %1344
	%1346 = add i32 %1340, %1342
	%1347 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1348 = load i32, i32 addrspace(3)* %1347
	%1349 = icmp sgt i32 %1284, 5
	%1350 = select i1 %1349, i32 %1348, i32 0
	%1351 = add i32 %1345, %1350
	%1352 = add i32 %1346, %1348
	%1353 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1354 = load i32, i32 addrspace(3)* %1353
	%1355 = icmp sgt i32 %1284, 6
	%1356 = select i1 %1355, i32 %1354, i32 0
	%1357 = add i32 %1351, %1356
	%1358 = add i32 %1352, %1354
	%1359 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1360 = load i32, i32 addrspace(3)* %1359
	%1361 = icmp sgt i32 %1284, 7
	%1362 = select i1 %1361, i32 %1360, i32 0
	%1363 = add i32 %1357, %1362
	%1364 = add i32 %1358, %1360
	%1365 = add i32 %1363, %1304
	%1366 = sub i32 %1365, %1282
	%1367 = mul i32 %0, 4
	%1368 = add i32 %1367, 1024
	%1369 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1368
	store i32 %1366, i32 addrspace(3)* %1369
	%1370 = add i32 %1366, %1266
	%1371 = mul i32 %0, 4
	%1372 = add i32 %1371, 1025
	%1373 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1372
	store i32 %1370, i32 addrspace(3)* %1373
	%1374 = add i32 %1370, %1271
	%1375 = mul i32 %0, 4
	%1376 = add i32 %1375, 1026
	%1377 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1376
	store i32 %1374, i32 addrspace(3)* %1377
	%1378 = add i32 %1374, %1276
	%1379 = mul i32 %0, 4
	%1380 = add i32 %1379, 1027
	%1381 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1380
	store i32 %1378, i32 addrspace(3)* %1381
	%1382 = add i32 %1378, %1281
	%1383 = add i32 %0, 0
	%1384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1383
	store i32 0, i32 addrspace(3)* %1384
	%1385 = add i32 %0, 256
	%1386 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1385
	store i32 0, i32 addrspace(3)* %1386
	%1387 = add i32 %0, 512
	%1388 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1387
	store i32 0, i32 addrspace(3)* %1388
	%1389 = add i32 %0, 768
	%1390 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1389
	store i32 0, i32 addrspace(3)* %1390
	call void @llvm.nvvm.barrier0()
	%1391 = and i1 %528, %529
	br i1 %1391, label %1392, label %1405

1392:
	%1393 = lshr i32 %1041, 4
	%1394 = and i32 %1393, 15
	%1395 = add i32 0, %4
	%1396 = mul i32 %1394, 64
	%1397 = add i32 %1396, %1395
	%1398 = add i32 1024, %1397
	%1399 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1398
	%1400 = load i32, i32 addrspace(3)* %1399
	%1401 = add i32 %1400, %1129
	%1402 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1401
	store i32 %1040, i32 addrspace(3)* %1402
	%1403 = add i32 %1401, 2048
	%1404 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1403
	store i32 %1041, i32 addrspace(3)* %1404
	br label %1405

1405:
	%1406 = and i1 %541, %542
	br i1 %1406, label %1407, label %1420

1407:
	%1408 = lshr i32 %1052, 4
	%1409 = and i32 %1408, 15
	%1410 = add i32 8, %4
	%1411 = mul i32 %1409, 64
	%1412 = add i32 %1411, %1410
	%1413 = add i32 1024, %1412
	%1414 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1413
	%1415 = load i32, i32 addrspace(3)* %1414
	%1416 = add i32 %1415, %1148
	%1417 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1416
	store i32 %1051, i32 addrspace(3)* %1417
	%1418 = add i32 %1416, 2048
	%1419 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1418
	store i32 %1052, i32 addrspace(3)* %1419
	br label %1420

1420:
	%1421 = and i1 %554, %555
	br i1 %1421, label %1422, label %1435

1422:
	%1423 = lshr i32 %1063, 4
	%1424 = and i32 %1423, 15
	%1425 = add i32 16, %4
	%1426 = mul i32 %1424, 64
	%1427 = add i32 %1426, %1425
	%1428 = add i32 1024, %1427
	%1429 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1428
	%1430 = load i32, i32 addrspace(3)* %1429
	%1431 = add i32 %1430, %1167
	%1432 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1431
	store i32 %1062, i32 addrspace(3)* %1432
	%1433 = add i32 %1431, 2048
	%1434 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1433
	store i32 %1063, i32 addrspace(3)* %1434
	br label %1435

1435:
	%1436 = and i1 %567, %568
	br i1 %1436, label %1437, label %1450

1437:
	%1438 = lshr i32 %1074, 4
	%1439 = and i32 %1438, 15
	%1440 = add i32 24, %4
	%1441 = mul i32 %1439, 64
	%1442 = add i32 %1441, %1440
	%1443 = add i32 1024, %1442
	%1444 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1443
	%1445 = load i32, i32 addrspace(3)* %1444
	%1446 = add i32 %1445, %1186
	%1447 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1446
	store i32 %1073, i32 addrspace(3)* %1447
	%1448 = add i32 %1446, 2048
	%1449 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1448
	store i32 %1074, i32 addrspace(3)* %1449
	br label %1450

1450:
	%1451 = and i1 %580, %581
	br i1 %1451, label %1452, label %1465

1452:
	%1453 = lshr i32 %1085, 4
	%1454 = and i32 %1453, 15
	%1455 = add i32 32, %4
	%1456 = mul i32 %1454, 64
	%1457 = add i32 %1456, %1455
	%1458 = add i32 1024, %1457
	%1459 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1458
	%1460 = load i32, i32 addrspace(3)* %1459
	%1461 = add i32 %1460, %1205
	%1462 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1461
	store i32 %1084, i32 addrspace(3)* %1462
	%1463 = add i32 %1461, 2048
	%1464 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1463
	store i32 %1085, i32 addrspace(3)* %1464
	br label %1465

1465:
	%1466 = and i1 %593, %594
	br i1 %1466, label %1467, label %1480

1467:
	%1468 = lshr i32 %1096, 4
	%1469 = and i32 %1468, 15
	%1470 = add i32 40, %4
	%1471 = mul i32 %1469, 64
	%1472 = add i32 %1471, %1470
	%1473 = add i32 1024, %1472
	%1474 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1473
	%1475 = load i32, i32 addrspace(3)* %1474
	%1476 = add i32 %1475, %1224
	%1477 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1476
	store i32 %1095, i32 addrspace(3)* %1477
	%1478 = add i32 %1476, 2048
	%1479 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1478
	store i32 %1096, i32 addrspace(3)* %1479
	br label %1480

1480:
	%1481 = and i1 %606, %607
	br i1 %1481, label %1482, label %1495

1482:
	%1483 = lshr i32 %1107, 4
	%1484 = and i32 %1483, 15
	%1485 = add i32 48, %4
	%1486 = mul i32 %1484, 64
	%1487 = add i32 %1486, %1485
	%1488 = add i32 1024, %1487
	%1489 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1488
	%1490 = load i32, i32 addrspace(3)* %1489
	%1491 = add i32 %1490, %1243
	%1492 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1491
	store i32 %1106, i32 addrspace(3)* %1492
	%1493 = add i32 %1491, 2048
	%1494 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1493
	store i32 %1107, i32 addrspace(3)* %1494
	br label %1495

1495:
	%1496 = and i1 %619, %620
	br i1 %1496, label %1497, label %1510

1497:
	%1498 = lshr i32 %1118, 4
	%1499 = and i32 %1498, 15
	%1500 = add i32 56, %4
	%1501 = mul i32 %1499, 64
	%1502 = add i32 %1501, %1500
	%1503 = add i32 1024, %1502
	%1504 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1503
	%1505 = load i32, i32 addrspace(3)* %1504
	%1506 = add i32 %1505, %1262
	%1507 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1506
	store i32 %1117, i32 addrspace(3)* %1507
	%1508 = add i32 %1506, 2048
	%1509 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1508
	store i32 %1118, i32 addrspace(3)* %1509
	br label %1510

1510:
	call void @llvm.nvvm.barrier0()
	%1511 = add i32 0, %0
	%1512 = and i1 %528, %529
	br i1 %1512, label %1513, label %1519

1513:
	%1514 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1511
	%1515 = load i32, i32 addrspace(3)* %1514
	%1516 = add i32 %1511, 2048
	%1517 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1516
	%1518 = load i32, i32 addrspace(3)* %1517
	br label %1519

1519:
	%1520 = phi i32 [ %1040, %1510 ], [ %1515, %1513 ]
	%1521 = phi i32 [ %1041, %1510 ], [ %1518, %1513 ]
	%1522 = add i32 256, %0
	%1523 = and i1 %541, %542
	br i1 %1523, label %1524, label %1530

1524:
	%1525 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1522
	%1526 = load i32, i32 addrspace(3)* %1525
	%1527 = add i32 %1522, 2048
	%1528 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1527
	%1529 = load i32, i32 addrspace(3)* %1528
	br label %1530

1530:
	%1531 = phi i32 [ %1051, %1519 ], [ %1526, %1524 ]
	%1532 = phi i32 [ %1052, %1519 ], [ %1529, %1524 ]
	%1533 = add i32 512, %0
	%1534 = and i1 %554, %555
	br i1 %1534, label %1535, label %1541

1535:
	%1536 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1533
	%1537 = load i32, i32 addrspace(3)* %1536
	%1538 = add i32 %1533, 2048
	%1539 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1538
	%1540 = load i32, i32 addrspace(3)* %1539
	br label %1541

1541:
	%1542 = phi i32 [ %1062, %1530 ], [ %1537, %1535 ]
	%1543 = phi i32 [ %1063, %1530 ], [ %1540, %1535 ]
	%1544 = add i32 768, %0
	%1545 = and i1 %567, %568
	br i1 %1545, label %1546, label %1552

1546:
	%1547 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1544
	%1548 = load i32, i32 addrspace(3)* %1547
	%1549 = add i32 %1544, 2048
	%1550 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1549
	%1551 = load i32, i32 addrspace(3)* %1550
	br label %1552

1552:
	%1553 = phi i32 [ %1073, %1541 ], [ %1548, %1546 ]
	%1554 = phi i32 [ %1074, %1541 ], [ %1551, %1546 ]
	%1555 = add i32 1024, %0
	%1556 = and i1 %580, %581
	br i1 %1556, label %1557, label %1563

1557:
	%1558 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1555
	%1559 = load i32, i32 addrspace(3)* %1558
	%1560 = add i32 %1555, 2048
	%1561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1560
	%1562 = load i32, i32 addrspace(3)* %1561
	br label %1563

1563:
	%1564 = phi i32 [ %1084, %1552 ], [ %1559, %1557 ]
	%1565 = phi i32 [ %1085, %1552 ], [ %1562, %1557 ]
	%1566 = add i32 1280, %0
	%1567 = and i1 %593, %594
	br i1 %1567, label %1568, label %1574

1568:
	%1569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1566
	%1570 = load i32, i32 addrspace(3)* %1569
	%1571 = add i32 %1566, 2048
	%1572 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1571
	%1573 = load i32, i32 addrspace(3)* %1572
	br label %1574

1574:
	%1575 = phi i32 [ %1095, %1563 ], [ %1570, %1568 ]
	%1576 = phi i32 [ %1096, %1563 ], [ %1573, %1568 ]
	%1577 = add i32 1536, %0
	%1578 = and i1 %606, %607
	br i1 %1578, label %1579, label %1585

1579:
	%1580 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1577
	%1581 = load i32, i32 addrspace(3)* %1580
	%1582 = add i32 %1577, 2048
	%1583 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1582
	%1584 = load i32, i32 addrspace(3)* %1583
	br label %1585

1585:
	%1586 = phi i32 [ %1106, %1574 ], [ %1581, %1579 ]
	%1587 = phi i32 [ %1107, %1574 ], [ %1584, %1579 ]
	%1588 = add i32 1792, %0
	%1589 = and i1 %619, %620
	br i1 %1589, label %1590, label %1596

1590:
	%1591 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1588
	%1592 = load i32, i32 addrspace(3)* %1591
	%1593 = add i32 %1588, 2048
	%1594 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1593
	%1595 = load i32, i32 addrspace(3)* %1594
	br label %1596

1596:
	%1597 = phi i32 [ %1117, %1585 ], [ %1592, %1590 ]
	%1598 = phi i32 [ %1118, %1585 ], [ %1595, %1590 ]
	br i1 %528, label %1599, label %1608

1599:
	%1600 = lshr i32 %1521, 8
	%1601 = and i32 %1600, 15
	%1602 = select i1 %529, i32 %1601, i32 16
	%1603 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1602)
	%1604 = and i32 %1603, %526
	%1605 = call i32 @llvm.ctpop.i32(i32 %1604)
	%1606 = icmp eq i32 %1605, 0
	%1607 = and i1 %529, %1606
	br i1 %1607, label %1610, label %1617

1608:
	%1609 = phi i32 [ 0, %1596 ], [ %1605, %1617 ]
	br i1 %541, label %1618, label %1627

1610:
	%1611 = call i32 @llvm.ctpop.i32(i32 %1603)
	%1612 = add i32 0, %4
	%1613 = mul i32 %1601, 64
	%1614 = add i32 %1613, %1612
	%1615 = add i32 0, %1614
	%1616 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1615
	store i32 %1611, i32 addrspace(3)* %1616
	br label %1617

1617:
	br label %1608

1618:
	%1619 = lshr i32 %1532, 8
	%1620 = and i32 %1619, 15
	%1621 = select i1 %542, i32 %1620, i32 16
	%1622 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1621)
	%1623 = and i32 %1622, %526
	%1624 = call i32 @llvm.ctpop.i32(i32 %1623)
	%1625 = icmp eq i32 %1624, 0
	%1626 = and i1 %542, %1625
	br i1 %1626, label %1629, label %1636

1627:
	%1628 = phi i32 [ 0, %1608 ], [ %1624, %1636 ]
	br i1 %554, label %1637, label %1646

1629:
	%1630 = call i32 @llvm.ctpop.i32(i32 %1622)
	%1631 = add i32 8, %4
	%1632 = mul i32 %1620, 64
	%1633 = add i32 %1632, %1631
	%1634 = add i32 0, %1633
	%1635 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1634
	store i32 %1630, i32 addrspace(3)* %1635
	br label %1636

1636:
	br label %1627

1637:
	%1638 = lshr i32 %1543, 8
	%1639 = and i32 %1638, 15
	%1640 = select i1 %555, i32 %1639, i32 16
	%1641 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1640)
	%1642 = and i32 %1641, %526
	%1643 = call i32 @llvm.ctpop.i32(i32 %1642)
	%1644 = icmp eq i32 %1643, 0
	%1645 = and i1 %555, %1644
	br i1 %1645, label %1648, label %1655

1646:
	%1647 = phi i32 [ 0, %1627 ], [ %1643, %1655 ]
	br i1 %567, label %1656, label %1665

1648:
	%1649 = call i32 @llvm.ctpop.i32(i32 %1641)
	%1650 = add i32 16, %4
	%1651 = mul i32 %1639, 64
	%1652 = add i32 %1651, %1650
	%1653 = add i32 0, %1652
	%1654 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1653
	store i32 %1649, i32 addrspace(3)* %1654
	br label %1655

1655:
	br label %1646

1656:
	%1657 = lshr i32 %1554, 8
	%1658 = and i32 %1657, 15
	%1659 = select i1 %568, i32 %1658, i32 16
	%1660 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1659)
	%1661 = and i32 %1660, %526
	%1662 = call i32 @llvm.ctpop.i32(i32 %1661)
	%1663 = icmp eq i32 %1662, 0
	%1664 = and i1 %568, %1663
	br i1 %1664, label %1667, label %1674

1665:
	%1666 = phi i32 [ 0, %1646 ], [ %1662, %1674 ]
	br i1 %580, label %1675, label %1684

1667:
	%1668 = call i32 @llvm.ctpop.i32(i32 %1660)
	%1669 = add i32 24, %4
	%1670 = mul i32 %1658, 64
	%1671 = add i32 %1670, %1669
	%1672 = add i32 0, %1671
	%1673 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1672
	store i32 %1668, i32 addrspace(3)* %1673
	br label %1674

1674:
	br label %1665

1675:
	%1676 = lshr i32 %1565, 8
	%1677 = and i32 %1676, 15
	%1678 = select i1 %581, i32 %1677, i32 16
	%1679 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1678)
	%1680 = and i32 %1679, %526
	%1681 = call i32 @llvm.ctpop.i32(i32 %1680)
	%1682 = icmp eq i32 %1681, 0
	%1683 = and i1 %581, %1682
	br i1 %1683, label %1686, label %1693

1684:
	%1685 = phi i32 [ 0, %1665 ], [ %1681, %1693 ]
	br i1 %593, label %1694, label %1703

1686:
	%1687 = call i32 @llvm.ctpop.i32(i32 %1679)
	%1688 = add i32 32, %4
	%1689 = mul i32 %1677, 64
	%1690 = add i32 %1689, %1688
	%1691 = add i32 0, %1690
	%1692 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1691
	store i32 %1687, i32 addrspace(3)* %1692
	br label %1693

1693:
	br label %1684

1694:
	%1695 = lshr i32 %1576, 8
	%1696 = and i32 %1695, 15
	%1697 = select i1 %594, i32 %1696, i32 16
	%1698 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1697)
	%1699 = and i32 %1698, %526
	%1700 = call i32 @llvm.ctpop.i32(i32 %1699)
	%1701 = icmp eq i32 %1700, 0
	%1702 = and i1 %594, %1701
	br i1 %1702, label %1705, label %1712

1703:
	%1704 = phi i32 [ 0, %1684 ], [ %1700, %1712 ]
	br i1 %606, label %1713, label %1722

1705:
	%1706 = call i32 @llvm.ctpop.i32(i32 %1698)
	%1707 = add i32 40, %4
	%1708 = mul i32 %1696, 64
	%1709 = add i32 %1708, %1707
	%1710 = add i32 0, %1709
	%1711 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1710
	store i32 %1706, i32 addrspace(3)* %1711
	br label %1712

1712:
	br label %1703

1713:
	%1714 = lshr i32 %1587, 8
	%1715 = and i32 %1714, 15
	%1716 = select i1 %607, i32 %1715, i32 16
	%1717 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1716)
	%1718 = and i32 %1717, %526
	%1719 = call i32 @llvm.ctpop.i32(i32 %1718)
	%1720 = icmp eq i32 %1719, 0
	%1721 = and i1 %607, %1720
	br i1 %1721, label %1724, label %1731

1722:
	%1723 = phi i32 [ 0, %1703 ], [ %1719, %1731 ]
	br i1 %619, label %1732, label %1741

1724:
	%1725 = call i32 @llvm.ctpop.i32(i32 %1717)
	%1726 = add i32 48, %4
	%1727 = mul i32 %1715, 64
	%1728 = add i32 %1727, %1726
	%1729 = add i32 0, %1728
	%1730 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1729
	store i32 %1725, i32 addrspace(3)* %1730
	br label %1731

1731:
	br label %1722

1732:
	%1733 = lshr i32 %1598, 8
	%1734 = and i32 %1733, 15
	%1735 = select i1 %620, i32 %1734, i32 16
	%1736 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1735)
	%1737 = and i32 %1736, %526
	%1738 = call i32 @llvm.ctpop.i32(i32 %1737)
	%1739 = icmp eq i32 %1738, 0
	%1740 = and i1 %620, %1739
	br i1 %1740, label %1786, label %1793

1741:
	%1742 = phi i32 [ 0, %1722 ], [ %1738, %1793 ]
	call void @llvm.nvvm.barrier0()
	%1743 = mul i32 %0, 4
	%1744 = add i32 %1743, 0
	%1745 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1744
	%1746 = load i32, i32 addrspace(3)* %1745
	%1747 = add i32 0, %1746
	%1748 = mul i32 %0, 4
	%1749 = add i32 %1748, 1
	%1750 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1749
	%1751 = load i32, i32 addrspace(3)* %1750
	%1752 = add i32 %1747, %1751
	%1753 = mul i32 %0, 4
	%1754 = add i32 %1753, 2
	%1755 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1754
	%1756 = load i32, i32 addrspace(3)* %1755
	%1757 = add i32 %1752, %1756
	%1758 = mul i32 %0, 4
	%1759 = add i32 %1758, 3
	%1760 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1759
	%1761 = load i32, i32 addrspace(3)* %1760
	%1762 = add i32 %1757, %1761
	%1763 = and i32 %0, 31
	%1764 = lshr i32 %0, 5
	%1765 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1762, i32 1, i32 0)
	%1766 = icmp uge i32 %1763, 1
	%1767 = select i1 %1766, i32 %1765, i32 0
	%1768 = add i32 %1762, %1767
	%1769 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1768, i32 2, i32 0)
	%1770 = icmp uge i32 %1763, 2
	%1771 = select i1 %1770, i32 %1769, i32 0
	%1772 = add i32 %1768, %1771
	%1773 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1772, i32 4, i32 0)
	%1774 = icmp uge i32 %1763, 4
	%1775 = select i1 %1774, i32 %1773, i32 0
	%1776 = add i32 %1772, %1775
	%1777 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1776, i32 8, i32 0)
	%1778 = icmp uge i32 %1763, 8
	%1779 = select i1 %1778, i32 %1777, i32 0
	%1780 = add i32 %1776, %1779
	%1781 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1780, i32 16, i32 0)
	%1782 = icmp uge i32 %1763, 16
	%1783 = select i1 %1782, i32 %1781, i32 0
	%1784 = add i32 %1780, %1783
	%1785 = icmp eq i32 %1763, 31
	br i1 %1785, label %1794, label %1796

1786:
	%1787 = call i32 @llvm.ctpop.i32(i32 %1736)
	%1788 = add i32 56, %4
	%1789 = mul i32 %1734, 64
	%1790 = add i32 %1789, %1788
	%1791 = add i32 0, %1790
	%1792 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1791
	store i32 %1787, i32 addrspace(3)* %1792
	br label %1793

1793:
	br label %1741

1794:
	%1795 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1764
	store i32 %1784, i32 addrspace(3)* %1795
	br label %1796

1796:
	call void @llvm.nvvm.barrier0()
	%1797 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1798 = load i32, i32 addrspace(3)* %1797
	%1799 = icmp sgt i32 %1764, 0
	%1800 = select i1 %1799, i32 %1798, i32 0
	%1801 = add i32 0, %1800
	%1802 = add i32 0, %1798
	%1803 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1804 = load i32, i32 addrspace(3)* %1803
	%1805 = icmp sgt i32 %1764, 1
	%1806 = select i1 %1805, i32 %1804, i32 0
	%1807 = add i32 %1801, %1806
	%1808 = add i32 %1802, %1804
	%1809 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1810 = load i32, i32 addrspace(3)* %1809
	%1811 = icmp sgt i32 %1764, 2
	%1812 = select i1 %1811, i32 %1810, i32 0
	%1813 = add i32 %1807, %1812
	%1814 = add i32 %1808, %1810
	%1815 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1816 = load i32, i32 addrspace(3)* %1815
	%1817 = icmp sgt i32 %1764, 3
	%1818 = select i1 %1817, i32 %1816, i32 0
	%1819 = add i32 %1813, %1818
	%1820 = add i32 %1814, %1816
	%1821 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1822 = load i32, i32 addrspace(3)* %1821
	%1823 = icmp sgt i32 %1764, 4
	%1824 = select i1 %1823, i32 %1822, i32 0
	%1825 = add i32 %1819, %1824
	%1826 = add i32 %1820, %1822
	%1827 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1828 = load i32, i32 addrspace(3)* %1827
	%1829 = icmp sgt i32 %1764, 5
	%1830 = select i1 %1829, i32 %1828, i32 0
	%1831 = add i32 %1825, %1830
	%1832 = add i32 %1826, %1828
	%1833 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1834 = load i32, i32 addrspace(3)* %1833
	%1835 = icmp sgt i32 %1764, 6
	%1836 = select i1 %1835, i32 %1834, i32 0
	%1837 = add i32 %1831, %1836
	%1838 = add i32 %1832, %1834
	%1839 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1840 = load i32, i32 addrspace(3)* %1839
	%1841 = icmp sgt i32 %1764, 7
	%1842 = select i1 %1841, i32 %1840, i32 0
	%1843 = add i32 %1837, %1842
	%1844 = add i32 %1838, %1840
	%1845 = add i32 %1843, %1784
	%1846 = sub i32 %1845, %1762
	%1847 = mul i32 %0, 4
	%1848 = add i32 %1847, 0
	%1849 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1848
	store i32 %1846, i32 addrspace(3)* %1849
	%1850 = add i32 %1846, %1746
	%1851 = mul i32 %0, 4
	%1852 = add i32 %1851, 1
	%1853 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1852
	store i32 %1850, i32 addrspace(3)* %1853
	%1854 = add i32 %1850, %1751
	%1855 = mul i32 %0, 4
	%1856 = add i32 %1855, 2
	%1857 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1856
	store i32 %1854, i32 addrspace(3)* %1857
	%1858 = add i32 %1854, %1756
	%1859 = mul i32 %0, 4
	%1860 = add i32 %1859, 3
	%1861 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1860
	store i32 %1858, i32 addrspace(3)* %1861
	%1862 = add i32 %1858, %1761
	%1863 = add i32 %0, 1024
	%1864 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1863
	store i32 0, i32 addrspace(3)* %1864
	%1865 = add i32 %0, 1280
	%1866 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1865
	store i32 0, i32 addrspace(3)* %1866
	%1867 = add i32 %0, 1536
	%1868 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1867
	store i32 0, i32 addrspace(3)* %1868
	%1869 = add i32 %0, 1792
	%1870 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1869
	store i32 0, i32 addrspace(3)* %1870
	call void @llvm.nvvm.barrier0()
	%1871 = and i1 %528, %529
	br i1 %1871, label %1872, label %1885

1872:
	%1873 = lshr i32 %1521, 8
	%1874 = and i32 %1873, 15
	%1875 = add i32 0, %4
	%1876 = mul i32 %1874, 64
	%1877 = add i32 %1876, %1875
	%1878 = add i32 0, %1877
	%1879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1878
	%1880 = load i32, i32 addrspace(3)* %1879
	%1881 = add i32 %1880, %1609
	%1882 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1881
	store i32 %1520, i32 addrspace(3)* %1882
	%1883 = add i32 %1881, 2048
	%1884 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1883
	store i32 %1521, i32 addrspace(3)* %1884
	br label %1885

1885:
	%1886 = and i1 %541, %542
	br i1 %1886, label %1887, label %1900

1887:
	%1888 = lshr i32 %1532, 8
	%1889 = and i32 %1888, 15
	%1890 = add i32 8, %4
	%1891 = mul i32 %1889, 64
	%1892 = add i32 %1891, %1890
	%1893 = add i32 0, %1892
	%1894 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1893
	%1895 = load i32, i32 addrspace(3)* %1894
	%1896 = add i32 %1895, %1628
	%1897 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1896
	store i32 %1531, i32 addrspace(3)* %1897
	%1898 = add i32 %1896, 2048
	%1899 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1898
	store i32 %1532, i32 addrspace(3)* %1899
	br label %1900

1900:
	%1901 = and i1 %554, %555
	br i1 %1901, label %1902, label %1915

1902:
	%1903 = lshr i32 %1543, 8
	%1904 = and i32 %1903, 15
	%1905 = add i32 16, %4
	%1906 = mul i32 %1904, 64
	%1907 = add i32 %1906, %1905
	%1908 = add i32 0, %1907
	%1909 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1908
	%1910 = load i32, i32 addrspace(3)* %1909
	%1911 = add i32 %1910, %1647
	%1912 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1911
	store i32 %1542, i32 addrspace(3)* %1912
	%1913 = add i32 %1911, 2048
	%1914 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1913
	store i32 %1543, i32 addrspace(3)* %1914
	br label %1915

1915:
	%1916 = and i1 %567, %568
	br i1 %1916, label %1917, label %1930

1917:
	%1918 = lshr i32 %1554, 8
	%1919 = and i32 %1918, 15
	%1920 = add i32 24, %4
	%1921 = mul i32 %1919, 64
	%1922 = add i32 %1921, %1920
	%1923 = add i32 0, %1922
	%1924 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1923
	%1925 = load i32, i32 addrspace(3)* %1924
	%1926 = add i32 %1925, %1666
	%1927 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1926
	store i32 %1553, i32 addrspace(3)* %1927
	%1928 = add i32 %1926, 2048
	%1929 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1928
	store i32 %1554, i32 addrspace(3)* %1929
	br label %1930

1930:
	%1931 = and i1 %580, %581
	br i1 %1931, label %1932, label %1945

1932:
	%1933 = lshr i32 %1565, 8
	%1934 = and i32 %1933, 15
	%1935 = add i32 32, %4
	%1936 = mul i32 %1934, 64
	%1937 = add i32 %1936, %1935
	%1938 = add i32 0, %1937
	%1939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1938
	%1940 = load i32, i32 addrspace(3)* %1939
	%1941 = add i32 %1940, %1685
	%1942 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1941
	store i32 %1564, i32 addrspace(3)* %1942
	%1943 = add i32 %1941, 2048
	%1944 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1943
	store i32 %1565, i32 addrspace(3)* %1944
	br label %1945

1945:
	%1946 = and i1 %593, %594
	br i1 %1946, label %1947, label %1960

1947:
	%1948 = lshr i32 %1576, 8
	%1949 = and i32 %1948, 15
	%1950 = add i32 40, %4
	%1951 = mul i32 %1949, 64
	%1952 = add i32 %1951, %1950
	%1953 = add i32 0, %1952
	%1954 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1953
	%1955 = load i32, i32 addrspace(3)* %1954
	%1956 = add i32 %1955, %1704
	%1957 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1956
	store i32 %1575, i32 addrspace(3)* %1957
	%1958 = add i32 %1956, 2048
	%1959 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1958
	store i32 %1576, i32 addrspace(3)* %1959
	br label %1960

1960:
	%1961 = and i1 %606, %607
	br i1 %1961, label %1962, label %1975

1962:
	%1963 = lshr i32 %1587, 8
	%1964 = and i32 %1963, 15
	%1965 = add i32 48, %4
	%1966 = mul i32 %1964, 64
	%1967 = add i32 %1966, %1965
	%1968 = add i32 0, %1967
	%1969 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1968
	%1970 = load i32, i32 addrspace(3)* %1969
	%1971 = add i32 %1970, %1723
	%1972 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1971
	store i32 %1586, i32 addrspace(3)* %1972
	%1973 = add i32 %1971, 2048
	%1974 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1973
	store i32 %1587, i32 addrspace(3)* %1974
	br label %1975

1975:
	%1976 = and i1 %619, %620
	br i1 %1976, label %1977, label %1990

1977:
	%1978 = lshr i32 %1598, 8
	%1979 = and i32 %1978, 15
	%1980 = add i32 56, %4
	%1981 = mul i32 %1979, 64
	%1982 = add i32 %1981, %1980
	%1983 = add i32 0, %1982
	%1984 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1983
	%1985 = load i32, i32 addrspace(3)* %1984
	%1986 = add i32 %1985, %1742
	%1987 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1986
	store i32 %1597, i32 addrspace(3)* %1987
	%1988 = add i32 %1986, 2048
	%1989 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1988
	store i32 %1598, i32 addrspace(3)* %1989
	br label %1990

1990:
	call void @llvm.nvvm.barrier0()
	%1991 = add i32 0, %0
	%1992 = and i1 %528, %529
	br i1 %1992, label %1993, label %1999

1993:
	%1994 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1991
	%1995 = load i32, i32 addrspace(3)* %1994
	%1996 = add i32 %1991, 2048
	%1997 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1996
	%1998 = load i32, i32 addrspace(3)* %1997
	br label %1999

1999:
	%2000 = phi i32 [ %1520, %1990 ], [ %1995, %1993 ]
	%2001 = phi i32 [ %1521, %1990 ], [ %1998, %1993 ]
	%2002 = add i32 256, %0
	%2003 = and i1 %541, %542
	br i1 %2003, label %2004, label %2010

2004:
	%2005 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2002
	%2006 = load i32, i32 addrspace(3)* %2005
	%2007 = add i32 %2002, 2048
	%2008 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2007
	%2009 = load i32, i32 addrspace(3)* %2008
	br label %2010

2010:
	%2011 = phi i32 [ %1531, %1999 ], [ %2006, %2004 ]
	%2012 = phi i32 [ %1532, %1999 ], [ %2009, %2004 ]
	%2013 = add i32 512, %0
	%2014 = and i1 %554, %555
	br i1 %2014, label %2015, label %2021

2015:
	%2016 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2013
	%2017 = load i32, i32 addrspace(3)* %2016
	%2018 = add i32 %2013, 2048
	%2019 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2018
	%2020 = load i32, i32 addrspace(3)* %2019
	br label %2021

2021:
	%2022 = phi i32 [ %1542, %2010 ], [ %2017, %2015 ]
	%2023 = phi i32 [ %1543, %2010 ], [ %2020, %2015 ]
	%2024 = add i32 768, %0
	%2025 = and i1 %567, %568
	br i1 %2025, label %2026, label %2032

2026:
	%2027 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2024
	%2028 = load i32, i32 addrspace(3)* %2027
	%2029 = add i32 %2024, 2048
	%2030 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2029
	%2031 = load i32, i32 addrspace(3)* %2030
	br label %2032

2032:
	%2033 = phi i32 [ %1553, %2021 ], [ %2028, %2026 ]
	%2034 = phi i32 [ %1554, %2021 ], [ %2031, %2026 ]
	%2035 = add i32 1024, %0
	%2036 = and i1 %580, %581
	br i1 %2036, label %2037, label %2043

2037:
	%2038 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2035
	%2039 = load i32, i32 addrspace(3)* %2038
	%2040 = add i32 %2035, 2048
	%2041 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2040
	%2042 = load i32, i32 addrspace(3)* %2041
	br label %2043

2043:
	%2044 = phi i32 [ %1564, %2032 ], [ %2039, %2037 ]
	%2045 = phi i32 [ %1565, %2032 ], [ %2042, %2037 ]
	%2046 = add i32 1280, %0
	%2047 = and i1 %593, %594
	br i1 %2047, label %2048, label %2054

2048:
	%2049 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2046
	%2050 = load i32, i32 addrspace(3)* %2049
	%2051 = add i32 %2046, 2048
	%2052 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2051
	%2053 = load i32, i32 addrspace(3)* %2052
	br label %2054

2054:
	%2055 = phi i32 [ %1575, %2043 ], [ %2050, %2048 ]
	%2056 = phi i32 [ %1576, %2043 ], [ %2053, %2048 ]
	%2057 = add i32 1536, %0
	%2058 = and i1 %606, %607
	br i1 %2058, label %2059, label %2065

2059:
	%2060 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2057
	%2061 = load i32, i32 addrspace(3)* %2060
	%2062 = add i32 %2057, 2048
	%2063 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2062
	%2064 = load i32, i32 addrspace(3)* %2063
	br label %2065

2065:
	%2066 = phi i32 [ %1586, %2054 ], [ %2061, %2059 ]
	%2067 = phi i32 [ %1587, %2054 ], [ %2064, %2059 ]
	%2068 = add i32 1792, %0
	%2069 = and i1 %619, %620
	br i1 %2069, label %2070, label %2076

2070:
	%2071 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2068
	%2072 = load i32, i32 addrspace(3)* %2071
	%2073 = add i32 %2068, 2048
	%2074 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2073
	%2075 = load i32, i32 addrspace(3)* %2074
	br label %2076

2076:
	%2077 = phi i32 [ %1597, %2065 ], [ %2072, %2070 ]
	%2078 = phi i32 [ %1598, %2065 ], [ %2075, %2070 ]
	br i1 %528, label %2079, label %2088

2079:
	%2080 = lshr i32 %2001, 12
	%2081 = and i32 %2080, 15
	%2082 = select i1 %529, i32 %2081, i32 16
	%2083 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2082)
	%2084 = and i32 %2083, %526
	%2085 = call i32 @llvm.ctpop.i32(i32 %2084)
	%2086 = icmp eq i32 %2085, 0
	%2087 = and i1 %529, %2086
	br i1 %2087, label %2090, label %2097

2088:
	%2089 = phi i32 [ 0, %2076 ], [ %2085, %2097 ]
	br i1 %541, label %2098, label %2107

2090:
	%2091 = call i32 @llvm.ctpop.i32(i32 %2083)
	%2092 = add i32 0, %4
	%2093 = mul i32 %2081, 64
	%2094 = add i32 %2093, %2092
	%2095 = add i32 1024, %2094
	%2096 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2095
	store i32 %2091, i32 addrspace(3)* %2096
	br label %2097

2097:
	br label %2088

2098:
	%2099 = lshr i32 %2012, 12
	%2100 = and i32 %2099, 15
	%2101 = select i1 %542, i32 %2100, i32 16
	%2102 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2101)
	%2103 = and i32 %2102, %526
	%2104 = call i32 @llvm.ctpop.i32(i32 %2103)
	%2105 = icmp eq i32 %2104, 0
	%2106 = and i1 %542, %2105
	br i1 %2106, label %2109, label %2116

2107:
	%2108 = phi i32 [ 0, %2088 ], [ %2104, %2116 ]
	br i1 %554, label %2117, label %2126

2109:
	%2110 = call i32 @llvm.ctpop.i32(i32 %2102)
	%2111 = add i32 8, %4
	%2112 = mul i32 %2100, 64
	%2113 = add i32 %2112, %2111
	%2114 = add i32 1024, %2113
	%2115 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2114
	store i32 %2110, i32 addrspace(3)* %2115
	br label %2116

2116:
	br label %2107

2117:
	%2118 = lshr i32 %2023, 12
	%2119 = and i32 %2118, 15
	%2120 = select i1 %555, i32 %2119, i32 16
	%2121 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2120)
	%2122 = and i32 %2121, %526
	%2123 = call i32 @llvm.ctpop.i32(i32 %2122)
	%2124 = icmp eq i32 %2123, 0
	%2125 = and i1 %555, %2124
	br i1 %2125, label %2128, label %2135

2126:
	%2127 = phi i32 [ 0, %2107 ], [ %2123, %2135 ]
	br i1 %567, label %2136, label %2145

2128:
	%2129 = call i32 @llvm.ctpop.i32(i32 %2121)
	%2130 = add i32 16, %4
	%2131 = mul i32 %2119, 64
	%2132 = add i32 %2131, %2130
	%2133 = add i32 1024, %2132
	%2134 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2133
	store i32 %2129, i32 addrspace(3)* %2134
	br label %2135

2135:
	br label %2126

2136:
	%2137 = lshr i32 %2034, 12
	%2138 = and i32 %2137, 15
	%2139 = select i1 %568, i32 %2138, i32 16
	%2140 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2139)
	%2141 = and i32 %2140, %526
	%2142 = call i32 @llvm.ctpop.i32(i32 %2141)
	%2143 = icmp eq i32 %2142, 0
	%2144 = and i1 %568, %2143
	br i1 %2144, label %2147, label %2154

2145:
	%2146 = phi i32 [ 0, %2126 ], [ %2142, %2154 ]
	br i1 %580, label %2155, label %2164

2147:
	%2148 = call i32 @llvm.ctpop.i32(i32 %2140)
	%2149 = add i32 24, %4
	%2150 = mul i32 %2138, 64
	%2151 = add i32 %2150, %2149
	%2152 = add i32 1024, %2151
	%2153 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2152
	store i32 %2148, i32 addrspace(3)* %2153
	br label %2154

2154:
	br label %2145

2155:
	%2156 = lshr i32 %2045, 12
	%2157 = and i32 %2156, 15
	%2158 = select i1 %581, i32 %2157, i32 16
	%2159 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2158)
	%2160 = and i32 %2159, %526
	%2161 = call i32 @llvm.ctpop.i32(i32 %2160)
	%2162 = icmp eq i32 %2161, 0
	%2163 = and i1 %581, %2162
	br i1 %2163, label %2166, label %2173

2164:
	%2165 = phi i32 [ 0, %2145 ], [ %2161, %2173 ]
	br i1 %593, label %2174, label %2183

2166:
	%2167 = call i32 @llvm.ctpop.i32(i32 %2159)
	%2168 = add i32 32, %4
	%2169 = mul i32 %2157, 64
	%2170 = add i32 %2169, %2168
	%2171 = add i32 1024, %2170
	%2172 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2171
	store i32 %2167, i32 addrspace(3)* %2172
	br label %2173

2173:
	br label %2164

2174:
	%2175 = lshr i32 %2056, 12
	%2176 = and i32 %2175, 15
	%2177 = select i1 %594, i32 %2176, i32 16
	%2178 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2177)
	%2179 = and i32 %2178, %526
	%2180 = call i32 @llvm.ctpop.i32(i32 %2179)
	%2181 = icmp eq i32 %2180, 0
	%2182 = and i1 %594, %2181
	br i1 %2182, label %2185, label %2192

2183:
	%2184 = phi i32 [ 0, %2164 ], [ %2180, %2192 ]
	br i1 %606, label %2193, label %2202

2185:
	%2186 = call i32 @llvm.ctpop.i32(i32 %2178)
	%2187 = add i32 40, %4
	%2188 = mul i32 %2176, 64
	%2189 = add i32 %2188, %2187
	%2190 = add i32 1024, %2189
	%2191 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2190
	store i32 %2186, i32 addrspace(3)* %2191
	br label %2192

2192:
	br label %2183

2193:
	%2194 = lshr i32 %2067, 12
	%2195 = and i32 %2194, 15
	%2196 = select i1 %607, i32 %2195, i32 16
	%2197 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2196)
	%2198 = and i32 %2197, %526
	%2199 = call i32 @llvm.ctpop.i32(i32 %2198)
	%2200 = icmp eq i32 %2199, 0
	%2201 = and i1 %607, %2200
	br i1 %2201, label %2204, label %2211

2202:
	%2203 = phi i32 [ 0, %2183 ], [ %2199, %2211 ]
	br i1 %619, label %2212, label %2221

2204:
	%2205 = call i32 @llvm.ctpop.i32(i32 %2197)
	%2206 = add i32 48, %4
	%2207 = mul i32 %2195, 64
	%2208 = add i32 %2207, %2206
	%2209 = add i32 1024, %2208
	%2210 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2209
	store i32 %2205, i32 addrspace(3)* %2210
	br label %2211

2211:
	br label %2202

2212:
	%2213 = lshr i32 %2078, 12
	%2214 = and i32 %2213, 15
	%2215 = select i1 %620, i32 %2214, i32 16
	%2216 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2215)
	%2217 = and i32 %2216, %526
	%2218 = call i32 @llvm.ctpop.i32(i32 %2217)
	%2219 = icmp eq i32 %2218, 0
	%2220 = and i1 %620, %2219
	br i1 %2220, label %2266, label %2273

2221:
	%2222 = phi i32 [ 0, %2202 ], [ %2218, %2273 ]
	call void @llvm.nvvm.barrier0()
	%2223 = mul i32 %0, 4
	%2224 = add i32 %2223, 1024
	%2225 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2224
	%2226 = load i32, i32 addrspace(3)* %2225
	%2227 = add i32 0, %2226
	%2228 = mul i32 %0, 4
	%2229 = add i32 %2228, 1025
	%2230 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2229
	%2231 = load i32, i32 addrspace(3)* %2230
	%2232 = add i32 %2227, %2231
	%2233 = mul i32 %0, 4
	%2234 = add i32 %2233, 1026
	%2235 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2234
	%2236 = load i32, i32 addrspace(3)* %2235
	%2237 = add i32 %2232, %2236
	%2238 = mul i32 %0, 4
	%2239 = add i32 %2238, 1027
	%2240 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2239
	%2241 = load i32, i32 addrspace(3)* %2240
	%2242 = add i32 %2237, %2241
	%2243 = and i32 %0, 31
	%2244 = lshr i32 %0, 5
	%2245 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2242, i32 1, i32 0)
	%2246 = icmp uge i32 %2243, 1
	%2247 = select i1 %2246, i32 %2245, i32 0
	%2248 = add i32 %2242, %2247
	%2249 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2248, i32 2, i32 0)
	%2250 = icmp uge i32 %2243, 2
	%2251 = select i1 %2250, i32 %2249, i32 0
	%2252 = add i32 %2248, %2251
	%2253 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2252, i32 4, i32 0)
	%2254 = icmp uge i32 %2243, 4
	%2255 = select i1 %2254, i32 %2253, i32 0
	%2256 = add i32 %2252, %2255
	%2257 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2256, i32 8, i32 0)
	%2258 = icmp uge i32 %2243, 8
	%2259 = select i1 %2258, i32 %2257, i32 0
	%2260 = add i32 %2256, %2259
	%2261 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2260, i32 16, i32 0)
	%2262 = icmp uge i32 %2243, 16
	%2263 = select i1 %2262, i32 %2261, i32 0
	%2264 = add i32 %2260, %2263
	%2265 = icmp eq i32 %2243, 31
	br i1 %2265, label %2274, label %2276

2266:
	%2267 = call i32 @llvm.ctpop.i32(i32 %2216)
	%2268 = add i32 56, %4
	%2269 = mul i32 %2214, 64
	%2270 = add i32 %2269, %2268
	%2271 = add i32 1024, %2270
	%2272 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2271
	store i32 %2267, i32 addrspace(3)* %2272
	br label %2273

2273:
	br label %2221

2274:
	%2275 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2244
	store i32 %2264, i32 addrspace(3)* %2275
	br label %2276

2276:
	call void @llvm.nvvm.barrier0()
	%2277 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2278 = load i32, i32 addrspace(3)* %2277
	%2279 = icmp sgt i32 %2244, 0
	%2280 = select i1 %2279, i32 %2278, i32 0
	%2281 = add i32 0, %2280
	%2282 = add i32 0, %2278
	%2283 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2284 = load i32, i32 addrspace(3)* %2283
	%2285 = icmp sgt i32 %2244, 1
	%2286 = select i1 %2285, i32 %2284, i32 0
	%2287 = add i32 %2281, %2286
	%2288 = add i32 %2282, %2284
	%2289 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2290 = load i32, i32 addrspace(3)* %2289
	%2291 = icmp sgt i32 %2244, 2
	%2292 = select i1 %2291, i32 %2290, i32 0
	%2293 = add i32 %2287, %2292
	%2294 = add i32 %2288, %2290
	%2295 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2296 = load i32, i32 addrspace(3)* %2295
	%2297 = icmp sgt i32 %2244, 3
	%2298 = select i1 %2297, i32 %2296, i32 0
	%2299 = add i32 %2293, %2298
	%2300 = add i32 %2294, %2296
	%2301 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2302 = load i32, i32 addrspace(3)* %2301
	%2303 = icmp sgt i32 %2244, 4
	%2304 = select i1 %2303, i32 %2302, i32 0
	%2305 = add i32 %2299, %2304
	%2306 = add i32 %2300, %2302
	%2307 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2308 = load i32, i32 addrspace(3)* %2307
	%2309 = icmp sgt i32 %2244, 5
	%2310 = select i1 %2309, i32 %2308, i32 0
	%2311 = add i32 %2305, %2310
	%2312 = add i32 %2306, %2308
	%2313 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2314 = load i32, i32 addrspace(3)* %2313
	%2315 = icmp sgt i32 %2244, 6
	%2316 = select i1 %2315, i32 %2314, i32 0
	%2317 = add i32 %2311, %2316
	%2318 = add i32 %2312, %2314
	%2319 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2320 = load i32, i32 addrspace(3)* %2319
	%2321 = icmp sgt i32 %2244, 7
	%2322 = select i1 %2321, i32 %2320, i32 0
	%2323 = add i32 %2317, %2322
	%2324 = add i32 %2318, %2320
	%2325 = add i32 %2323, %2264
	%2326 = sub i32 %2325, %2242
	%2327 = mul i32 %0, 4
	%2328 = add i32 %2327, 1024
	%2329 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2328
	store i32 %2326, i32 addrspace(3)* %2329
	%2330 = add i32 %2326, %2226
	%2331 = mul i32 %0, 4
	%2332 = add i32 %2331, 1025
	%2333 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2332
	store i32 %2330, i32 addrspace(3)* %2333
	%2334 = add i32 %2330, %2231
	%2335 = mul i32 %0, 4
	%2336 = add i32 %2335, 1026
	%2337 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2336
	store i32 %2334, i32 addrspace(3)* %2337
	%2338 = add i32 %2334, %2236
	%2339 = mul i32 %0, 4
	%2340 = add i32 %2339, 1027
	%2341 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2340
	store i32 %2338, i32 addrspace(3)* %2341
	%2342 = add i32 %2338, %2241
	%2343 = add i32 %0, 0
	%2344 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2343
	store i32 0, i32 addrspace(3)* %2344
	%2345 = add i32 %0, 256
	%2346 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2345
	store i32 0, i32 addrspace(3)* %2346
	%2347 = add i32 %0, 512
	%2348 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2347
	store i32 0, i32 addrspace(3)* %2348
	%2349 = add i32 %0, 768
	%2350 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2349
	store i32 0, i32 addrspace(3)* %2350
	call void @llvm.nvvm.barrier0()
	%2351 = and i1 %528, %529
	br i1 %2351, label %2352, label %2365

2352:
	%2353 = lshr i32 %2001, 12
	%2354 = and i32 %2353, 15
	%2355 = add i32 0, %4
	%2356 = mul i32 %2354, 64
	%2357 = add i32 %2356, %2355
	%2358 = add i32 1024, %2357
	%2359 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2358
	%2360 = load i32, i32 addrspace(3)* %2359
	%2361 = add i32 %2360, %2089
	%2362 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2361
	store i32 %2000, i32 addrspace(3)* %2362
	%2363 = add i32 %2361, 2048
	%2364 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2363
	store i32 %2001, i32 addrspace(3)* %2364
	br label %2365

2365:
	%2366 = and i1 %541, %542
	br i1 %2366, label %2367, label %2380

2367:
	%2368 = lshr i32 %2012, 12
	%2369 = and i32 %2368, 15
	%2370 = add i32 8, %4
	%2371 = mul i32 %2369, 64
	%2372 = add i32 %2371, %2370
	%2373 = add i32 1024, %2372
	%2374 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2373
	%2375 = load i32, i32 addrspace(3)* %2374
	%2376 = add i32 %2375, %2108
	%2377 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2376
	store i32 %2011, i32 addrspace(3)* %2377
	%2378 = add i32 %2376, 2048
	%2379 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2378
	store i32 %2012, i32 addrspace(3)* %2379
	br label %2380

2380:
	%2381 = and i1 %554, %555
	br i1 %2381, label %2382, label %2395

2382:
	%2383 = lshr i32 %2023, 12
	%2384 = and i32 %2383, 15
	%2385 = add i32 16, %4
	%2386 = mul i32 %2384, 64
	%2387 = add i32 %2386, %2385
	%2388 = add i32 1024, %2387
	%2389 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2388
	%2390 = load i32, i32 addrspace(3)* %2389
	%2391 = add i32 %2390, %2127
	%2392 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2391
	store i32 %2022, i32 addrspace(3)* %2392
	%2393 = add i32 %2391, 2048
	%2394 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2393
	store i32 %2023, i32 addrspace(3)* %2394
	br label %2395

2395:
	%2396 = and i1 %567, %568
	br i1 %2396, label %2397, label %2410

2397:
	%2398 = lshr i32 %2034, 12
	%2399 = and i32 %2398, 15
	%2400 = add i32 24, %4
	%2401 = mul i32 %2399, 64
	%2402 = add i32 %2401, %2400
	%2403 = add i32 1024, %2402
	%2404 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2403
	%2405 = load i32, i32 addrspace(3)* %2404
	%2406 = add i32 %2405, %2146
	%2407 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2406
	store i32 %2033, i32 addrspace(3)* %2407
	%2408 = add i32 %2406, 2048
	%2409 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2408
	store i32 %2034, i32 addrspace(3)* %2409
	br label %2410

2410:
	%2411 = and i1 %580, %581
	br i1 %2411, label %2412, label %2425

2412:
	%2413 = lshr i32 %2045, 12
	%2414 = and i32 %2413, 15
	%2415 = add i32 32, %4
	%2416 = mul i32 %2414, 64
	%2417 = add i32 %2416, %2415
	%2418 = add i32 1024, %2417
	%2419 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2418
	%2420 = load i32, i32 addrspace(3)* %2419
	%2421 = add i32 %2420, %2165
	%2422 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2421
	store i32 %2044, i32 addrspace(3)* %2422
	%2423 = add i32 %2421, 2048
	%2424 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2423
	store i32 %2045, i32 addrspace(3)* %2424
	br label %2425

2425:
	%2426 = and i1 %593, %594
	br i1 %2426, label %2427, label %2440

2427:
	%2428 = lshr i32 %2056, 12
	%2429 = and i32 %2428, 15
	%2430 = add i32 40, %4
	%2431 = mul i32 %2429, 64
	%2432 = add i32 %2431, %2430
	%2433 = add i32 1024, %2432
	%2434 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2433
	%2435 = load i32, i32 addrspace(3)* %2434
	%2436 = add i32 %2435, %2184
	%2437 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2436
	store i32 %2055, i32 addrspace(3)* %2437
	%2438 = add i32 %2436, 2048
	%2439 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2438
	store i32 %2056, i32 addrspace(3)* %2439
	br label %2440

2440:
	%2441 = and i1 %606, %607
	br i1 %2441, label %2442, label %2455

2442:
	%2443 = lshr i32 %2067, 12
	%2444 = and i32 %2443, 15
	%2445 = add i32 48, %4
	%2446 = mul i32 %2444, 64
	%2447 = add i32 %2446, %2445
	%2448 = add i32 1024, %2447
	%2449 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2448
	%2450 = load i32, i32 addrspace(3)* %2449
	%2451 = add i32 %2450, %2203
	%2452 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2451
	store i32 %2066, i32 addrspace(3)* %2452
	%2453 = add i32 %2451, 2048
	%2454 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2453
	store i32 %2067, i32 addrspace(3)* %2454
	br label %2455

2455:
	%2456 = and i1 %619, %620
	br i1 %2456, label %2457, label %2470

2457:
	%2458 = lshr i32 %2078, 12
	%2459 = and i32 %2458, 15
	%2460 = add i32 56, %4
	%2461 = mul i32 %2459, 64
	%2462 = add i32 %2461, %2460
	%2463 = add i32 1024, %2462
	%2464 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2463
	%2465 = load i32, i32 addrspace(3)* %2464
	%2466 = add i32 %2465, %2222
	%2467 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2466
	store i32 %2077, i32 addrspace(3)* %2467
	%2468 = add i32 %2466, 2048
	%2469 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2468
	store i32 %2078, i32 addrspace(3)* %2469
	br label %2470

2470:
	call void @llvm.nvvm.barrier0()
	%2471 = add i32 0, %0
	%2472 = and i1 %528, %529
	br i1 %2472, label %2473, label %2479

2473:
	%2474 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2471
	%2475 = load i32, i32 addrspace(3)* %2474
	%2476 = add i32 %2471, 2048
	%2477 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2476
	%2478 = load i32, i32 addrspace(3)* %2477
	br label %2479

2479:
	%2480 = phi i32 [ %2000, %2470 ], [ %2475, %2473 ]
	%2481 = phi i32 [ %2001, %2470 ], [ %2478, %2473 ]
	%2482 = add i32 256, %0
	%2483 = and i1 %541, %542
	br i1 %2483, label %2484, label %2490

2484:
	%2485 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2482
	%2486 = load i32, i32 addrspace(3)* %2485
	%2487 = add i32 %2482, 2048
	%2488 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2487
	%2489 = load i32, i32 addrspace(3)* %2488
	br label %2490

2490:
	%2491 = phi i32 [ %2011, %2479 ], [ %2486, %2484 ]
	%2492 = phi i32 [ %2012, %2479 ], [ %2489, %2484 ]
	%2493 = add i32 512, %0
	%2494 = and i1 %554, %555
	br i1 %2494, label %2495, label %2501

2495:
	%2496 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2493
	%2497 = load i32, i32 addrspace(3)* %2496
	%2498 = add i32 %2493, 2048
	%2499 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2498
	%2500 = load i32, i32 addrspace(3)* %2499
	br label %2501

2501:
	%2502 = phi i32 [ %2022, %2490 ], [ %2497, %2495 ]
	%2503 = phi i32 [ %2023, %2490 ], [ %2500, %2495 ]
	%2504 = add i32 768, %0
	%2505 = and i1 %567, %568
	br i1 %2505, label %2506, label %2512

2506:
	%2507 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2504
	%2508 = load i32, i32 addrspace(3)* %2507
	%2509 = add i32 %2504, 2048
	%2510 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2509
	%2511 = load i32, i32 addrspace(3)* %2510
	br label %2512

2512:
	%2513 = phi i32 [ %2033, %2501 ], [ %2508, %2506 ]
	%2514 = phi i32 [ %2034, %2501 ], [ %2511, %2506 ]
	%2515 = add i32 1024, %0
	%2516 = and i1 %580, %581
	br i1 %2516, label %2517, label %2523

2517:
	%2518 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2515
	%2519 = load i32, i32 addrspace(3)* %2518
	%2520 = add i32 %2515, 2048
	%2521 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2520
	%2522 = load i32, i32 addrspace(3)* %2521
	br label %2523

2523:
	%2524 = phi i32 [ %2044, %2512 ], [ %2519, %2517 ]
	%2525 = phi i32 [ %2045, %2512 ], [ %2522, %2517 ]
	%2526 = add i32 1280, %0
	%2527 = and i1 %593, %594
	br i1 %2527, label %2528, label %2534

2528:
	%2529 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2526
	%2530 = load i32, i32 addrspace(3)* %2529
	%2531 = add i32 %2526, 2048
	%2532 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2531
	%2533 = load i32, i32 addrspace(3)* %2532
	br label %2534

2534:
	%2535 = phi i32 [ %2055, %2523 ], [ %2530, %2528 ]
	%2536 = phi i32 [ %2056, %2523 ], [ %2533, %2528 ]
	%2537 = add i32 1536, %0
	%2538 = and i1 %606, %607
	br i1 %2538, label %2539, label %2545

2539:
	%2540 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2537
	%2541 = load i32, i32 addrspace(3)* %2540
	%2542 = add i32 %2537, 2048
	%2543 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2542
	%2544 = load i32, i32 addrspace(3)* %2543
	br label %2545

2545:
	%2546 = phi i32 [ %2066, %2534 ], [ %2541, %2539 ]
	%2547 = phi i32 [ %2067, %2534 ], [ %2544, %2539 ]
	%2548 = add i32 1792, %0
	%2549 = and i1 %619, %620
	br i1 %2549, label %2550, label %2556

2550:
	%2551 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2548
	%2552 = load i32, i32 addrspace(3)* %2551
	%2553 = add i32 %2548, 2048
	%2554 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2553
	%2555 = load i32, i32 addrspace(3)* %2554
	br label %2556

2556:
	%2557 = phi i32 [ %2077, %2545 ], [ %2552, %2550 ]
	%2558 = phi i32 [ %2078, %2545 ], [ %2555, %2550 ]
	br i1 %528, label %2559, label %2568

2559:
	%2560 = lshr i32 %2481, 16
	%2561 = and i32 %2560, 15
	%2562 = select i1 %529, i32 %2561, i32 16
	%2563 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2562)
	%2564 = and i32 %2563, %526
	%2565 = call i32 @llvm.ctpop.i32(i32 %2564)
	%2566 = icmp eq i32 %2565, 0
	%2567 = and i1 %529, %2566
	br i1 %2567, label %2570, label %2577

2568:
	%2569 = phi i32 [ 0, %2556 ], [ %2565, %2577 ]
	br i1 %541, label %2578, label %2587

2570:
	%2571 = call i32 @llvm.ctpop.i32(i32 %2563)
	%2572 = add i32 0, %4
	%2573 = mul i32 %2561, 64
	%2574 = add i32 %2573, %2572
	%2575 = add i32 0, %2574
	%2576 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2575
	store i32 %2571, i32 addrspace(3)* %2576
	br label %2577

2577:
	br label %2568

2578:
	%2579 = lshr i32 %2492, 16
	%2580 = and i32 %2579, 15
	%2581 = select i1 %542, i32 %2580, i32 16
	%2582 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2581)
	%2583 = and i32 %2582, %526
	%2584 = call i32 @llvm.ctpop.i32(i32 %2583)
	%2585 = icmp eq i32 %2584, 0
	%2586 = and i1 %542, %2585
	br i1 %2586, label %2589, label %2596

2587:
	%2588 = phi i32 [ 0, %2568 ], [ %2584, %2596 ]
	br i1 %554, label %2597, label %2606

2589:
	%2590 = call i32 @llvm.ctpop.i32(i32 %2582)
	%2591 = add i32 8, %4
	%2592 = mul i32 %2580, 64
	%2593 = add i32 %2592, %2591
	%2594 = add i32 0, %2593
	%2595 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2594
	store i32 %2590, i32 addrspace(3)* %2595
	br label %2596

2596:
	br label %2587

2597:
	%2598 = lshr i32 %2503, 16
	%2599 = and i32 %2598, 15
	%2600 = select i1 %555, i32 %2599, i32 16
	%2601 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2600)
	%2602 = and i32 %2601, %526
	%2603 = call i32 @llvm.ctpop.i32(i32 %2602)
	%2604 = icmp eq i32 %2603, 0
	%2605 = and i1 %555, %2604
	br i1 %2605, label %2608, label %2615

2606:
	%2607 = phi i32 [ 0, %2587 ], [ %2603, %2615 ]
	br i1 %567, label %2616, label %2625

2608:
	%2609 = call i32 @llvm.ctpop.i32(i32 %2601)
	%2610 = add i32 16, %4
	%2611 = mul i32 %2599, 64
	%2612 = add i32 %2611, %2610
	%2613 = add i32 0, %2612
	%2614 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2613
	store i32 %2609, i32 addrspace(3)* %2614
	br label %2615

2615:
	br label %2606

2616:
	%2617 = lshr i32 %2514, 16
	%2618 = and i32 %2617, 15
	%2619 = select i1 %568, i32 %2618, i32 16
	%2620 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2619)
	%2621 = and i32 %2620, %526
	%2622 = call i32 @llvm.ctpop.i32(i32 %2621)
	%2623 = icmp eq i32 %2622, 0
	%2624 = and i1 %568, %2623
	br i1 %2624, label %2627, label %2634

2625:
	%2626 = phi i32 [ 0, %2606 ], [ %2622, %2634 ]
	br i1 %580, label %2635, label %2644

2627:
	%2628 = call i32 @llvm.ctpop.i32(i32 %2620)
	%2629 = add i32 24, %4
	%2630 = mul i32 %2618, 64
	%2631 = add i32 %2630, %2629
	%2632 = add i32 0, %2631
	%2633 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2632
	store i32 %2628, i32 addrspace(3)* %2633
	br label %2634

2634:
	br label %2625

2635:
	%2636 = lshr i32 %2525, 16
	%2637 = and i32 %2636, 15
	%2638 = select i1 %581, i32 %2637, i32 16
	%2639 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2638)
	%2640 = and i32 %2639, %526
	%2641 = call i32 @llvm.ctpop.i32(i32 %2640)
	%2642 = icmp eq i32 %2641, 0
	%2643 = and i1 %581, %2642
	br i1 %2643, label %2646, label %2653

2644:
	%2645 = phi i32 [ 0, %2625 ], [ %2641, %2653 ]
	br i1 %593, label %2654, label %2663

2646:
	%2647 = call i32 @llvm.ctpop.i32(i32 %2639)
	%2648 = add i32 32, %4
	%2649 = mul i32 %2637, 64
	%2650 = add i32 %2649, %2648
	%2651 = add i32 0, %2650
	%2652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2651
	store i32 %2647, i32 addrspace(3)* %2652
	br label %2653

2653:
	br label %2644

2654:
	%2655 = lshr i32 %2536, 16
	%2656 = and i32 %2655, 15
	%2657 = select i1 %594, i32 %2656, i32 16
	%2658 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2657)
	%2659 = and i32 %2658, %526
	%2660 = call i32 @llvm.ctpop.i32(i32 %2659)
	%2661 = icmp eq i32 %2660, 0
	%2662 = and i1 %594, %2661
	br i1 %2662, label %2665, label %2672

2663:
	%2664 = phi i32 [ 0, %2644 ], [ %2660, %2672 ]
	br i1 %606, label %2673, label %2682

2665:
	%2666 = call i32 @llvm.ctpop.i32(i32 %2658)
	%2667 = add i32 40, %4
	%2668 = mul i32 %2656, 64
	%2669 = add i32 %2668, %2667
	%2670 = add i32 0, %2669
	%2671 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2670
	store i32 %2666, i32 addrspace(3)* %2671
	br label %2672

2672:
	br label %2663

2673:
	%2674 = lshr i32 %2547, 16
	%2675 = and i32 %2674, 15
	%2676 = select i1 %607, i32 %2675, i32 16
	%2677 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2676)
	%2678 = and i32 %2677, %526
	%2679 = call i32 @llvm.ctpop.i32(i32 %2678)
	%2680 = icmp eq i32 %2679, 0
	%2681 = and i1 %607, %2680
	br i1 %2681, label %2684, label %2691

2682:
	%2683 = phi i32 [ 0, %2663 ], [ %2679, %2691 ]
	br i1 %619, label %2692, label %2701

2684:
	%2685 = call i32 @llvm.ctpop.i32(i32 %2677)
	%2686 = add i32 48, %4
	%2687 = mul i32 %2675, 64
	%2688 = add i32 %2687, %2686
	%2689 = add i32 0, %2688
	%2690 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2689
	store i32 %2685, i32 addrspace(3)* %2690
	br label %2691

2691:
	br label %2682

2692:
	%2693 = lshr i32 %2558, 16
	%2694 = and i32 %2693, 15
	%2695 = select i1 %620, i32 %2694, i32 16
	%2696 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2695)
	%2697 = and i32 %2696, %526
	%2698 = call i32 @llvm.ctpop.i32(i32 %2697)
	%2699 = icmp eq i32 %2698, 0
	%2700 = and i1 %620, %2699
	br i1 %2700, label %2746, label %2753

2701:
	%2702 = phi i32 [ 0, %2682 ], [ %2698, %2753 ]
	call void @llvm.nvvm.barrier0()
	%2703 = mul i32 %0, 4
	%2704 = add i32 %2703, 0
	%2705 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2704
	%2706 = load i32, i32 addrspace(3)* %2705
	%2707 = add i32 0, %2706
	%2708 = mul i32 %0, 4
	%2709 = add i32 %2708, 1
	%2710 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2709
	%2711 = load i32, i32 addrspace(3)* %2710
	%2712 = add i32 %2707, %2711
	%2713 = mul i32 %0, 4
	%2714 = add i32 %2713, 2
	%2715 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2714
	%2716 = load i32, i32 addrspace(3)* %2715
	%2717 = add i32 %2712, %2716
	%2718 = mul i32 %0, 4
	%2719 = add i32 %2718, 3
	%2720 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2719
	%2721 = load i32, i32 addrspace(3)* %2720
	%2722 = add i32 %2717, %2721
	%2723 = and i32 %0, 31
	%2724 = lshr i32 %0, 5
	%2725 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2722, i32 1, i32 0)
	%2726 = icmp uge i32 %2723, 1
	%2727 = select i1 %2726, i32 %2725, i32 0
	%2728 = add i32 %2722, %2727
	%2729 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2728, i32 2, i32 0)
	%2730 = icmp uge i32 %2723, 2
	%2731 = select i1 %2730, i32 %2729, i32 0
	%2732 = add i32 %2728, %2731
	%2733 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2732, i32 4, i32 0)
	%2734 = icmp uge i32 %2723, 4
	%2735 = select i1 %2734, i32 %2733, i32 0
	%2736 = add i32 %2732, %2735
	%2737 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2736, i32 8, i32 0)
	%2738 = icmp uge i32 %2723, 8
	%2739 = select i1 %2738, i32 %2737, i32 0
	%2740 = add i32 %2736, %2739
	%2741 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2740, i32 16, i32 0)
	%2742 = icmp uge i32 %2723, 16
	%2743 = select i1 %2742, i32 %2741, i32 0
	%2744 = add i32 %2740, %2743
	%2745 = icmp eq i32 %2723, 31
	br i1 %2745, label %2754, label %2756

2746:
	%2747 = call i32 @llvm.ctpop.i32(i32 %2696)
	%2748 = add i32 56, %4
	%2749 = mul i32 %2694, 64
	%2750 = add i32 %2749, %2748
	%2751 = add i32 0, %2750
	%2752 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2751
	store i32 %2747, i32 addrspace(3)* %2752
	br label %2753

2753:
	br label %2701

2754:
	%2755 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2724
	store i32 %2744, i32 addrspace(3)* %2755
	br label %2756

2756:
	call void @llvm.nvvm.barrier0()
	%2757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2758 = load i32, i32 addrspace(3)* %2757
	%2759 = icmp sgt i32 %2724, 0
	%2760 = select i1 %2759, i32 %2758, i32 0
	%2761 = add i32 0, %2760
	%2762 = add i32 0, %2758
	%2763 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2764 = load i32, i32 addrspace(3)* %2763
	%2765 = icmp sgt i32 %2724, 1
	%2766 = select i1 %2765, i32 %2764, i32 0
	%2767 = add i32 %2761, %2766
	%2768 = add i32 %2762, %2764
	%2769 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2770 = load i32, i32 addrspace(3)* %2769
	%2771 = icmp sgt i32 %2724, 2
	%2772 = select i1 %2771, i32 %2770, i32 0
	%2773 = add i32 %2767, %2772
	%2774 = add i32 %2768, %2770
	%2775 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2776 = load i32, i32 addrspace(3)* %2775
	%2777 = icmp sgt i32 %2724, 3
	%2778 = select i1 %2777, i32 %2776, i32 0
	%2779 = add i32 %2773, %2778
	%2780 = add i32 %2774, %2776
	%2781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2782 = load i32, i32 addrspace(3)* %2781
	%2783 = icmp sgt i32 %2724, 4
	%2784 = select i1 %2783, i32 %2782, i32 0
	%2785 = add i32 %2779, %2784
	%2786 = add i32 %2780, %2782
	%2787 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2788 = load i32, i32 addrspace(3)* %2787
	%2789 = icmp sgt i32 %2724, 5
	%2790 = select i1 %2789, i32 %2788, i32 0
	%2791 = add i32 %2785, %2790
	%2792 = add i32 %2786, %2788
	%2793 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2794 = load i32, i32 addrspace(3)* %2793
	%2795 = icmp sgt i32 %2724, 6
	%2796 = select i1 %2795, i32 %2794, i32 0
	%2797 = add i32 %2791, %2796
	%2798 = add i32 %2792, %2794
	%2799 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2800 = load i32, i32 addrspace(3)* %2799
	%2801 = icmp sgt i32 %2724, 7
	%2802 = select i1 %2801, i32 %2800, i32 0
	%2803 = add i32 %2797, %2802
	%2804 = add i32 %2798, %2800
	%2805 = add i32 %2803, %2744
	%2806 = sub i32 %2805, %2722
	%2807 = mul i32 %0, 4
	%2808 = add i32 %2807, 0
	%2809 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2808
	store i32 %2806, i32 addrspace(3)* %2809
	%2810 = add i32 %2806, %2706
	%2811 = mul i32 %0, 4
	%2812 = add i32 %2811, 1
	%2813 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2812
	store i32 %2810, i32 addrspace(3)* %2813
	%2814 = add i32 %2810, %2711
	%2815 = mul i32 %0, 4
	%2816 = add i32 %2815, 2
	%2817 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2816
	store i32 %2814, i32 addrspace(3)* %2817
	%2818 = add i32 %2814, %2716
	%2819 = mul i32 %0, 4
	%2820 = add i32 %2819, 3
	%2821 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2820
	store i32 %2818, i32 addrspace(3)* %2821
	%2822 = add i32 %2818, %2721
	%2823 = add i32 %0, 1024
	%2824 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2823
	store i32 0, i32 addrspace(3)* %2824
	%2825 = add i32 %0, 1280
	%2826 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2825
	store i32 0, i32 addrspace(3)* %2826
	%2827 = add i32 %0, 1536
	%2828 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2827
	store i32 0, i32 addrspace(3)* %2828
	%2829 = add i32 %0, 1792
	%2830 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2829
	store i32 0, i32 addrspace(3)* %2830
	call void @llvm.nvvm.barrier0()
	%2831 = and i1 %528, %529
	br i1 %2831, label %2832, label %2845

2832:
	%2833 = lshr i32 %2481, 16
	%2834 = and i32 %2833, 15
	%2835 = add i32 0, %4
	%2836 = mul i32 %2834, 64
	%2837 = add i32 %2836, %2835
	%2838 = add i32 0, %2837
	%2839 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2838
	%2840 = load i32, i32 addrspace(3)* %2839
	%2841 = add i32 %2840, %2569
	%2842 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2841
	store i32 %2480, i32 addrspace(3)* %2842
	%2843 = add i32 %2841, 2048
	%2844 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2843
	store i32 %2481, i32 addrspace(3)* %2844
	br label %2845

2845:
	%2846 = and i1 %541, %542
	br i1 %2846, label %2847, label %2860

2847:
	%2848 = lshr i32 %2492, 16
	%2849 = and i32 %2848, 15
	%2850 = add i32 8, %4
	%2851 = mul i32 %2849, 64
	%2852 = add i32 %2851, %2850
	%2853 = add i32 0, %2852
	%2854 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2853
	%2855 = load i32, i32 addrspace(3)* %2854
	%2856 = add i32 %2855, %2588
	%2857 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2856
	store i32 %2491, i32 addrspace(3)* %2857
	%2858 = add i32 %2856, 2048
	%2859 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2858
	store i32 %2492, i32 addrspace(3)* %2859
	br label %2860

2860:
	%2861 = and i1 %554, %555
	br i1 %2861, label %2862, label %2875

2862:
	%2863 = lshr i32 %2503, 16
	%2864 = and i32 %2863, 15
	%2865 = add i32 16, %4
	%2866 = mul i32 %2864, 64
	%2867 = add i32 %2866, %2865
	%2868 = add i32 0, %2867
	%2869 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2868
	%2870 = load i32, i32 addrspace(3)* %2869
	%2871 = add i32 %2870, %2607
	%2872 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2871
	store i32 %2502, i32 addrspace(3)* %2872
	%2873 = add i32 %2871, 2048
	%2874 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2873
	store i32 %2503, i32 addrspace(3)* %2874
	br label %2875

2875:
	%2876 = and i1 %567, %568
	br i1 %2876, label %2877, label %2890

2877:
	%2878 = lshr i32 %2514, 16
	%2879 = and i32 %2878, 15
	%2880 = add i32 24, %4
	%2881 = mul i32 %2879, 64
	%2882 = add i32 %2881, %2880
	%2883 = add i32 0, %2882
	%2884 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2883
	%2885 = load i32, i32 addrspace(3)* %2884
	%2886 = add i32 %2885, %2626
	%2887 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2886
	store i32 %2513, i32 addrspace(3)* %2887
	%2888 = add i32 %2886, 2048
	%2889 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2888
	store i32 %2514, i32 addrspace(3)* %2889
	br label %2890

2890:
	%2891 = and i1 %580, %581
	br i1 %2891, label %2892, label %2905

2892:
	%2893 = lshr i32 %2525, 16
	%2894 = and i32 %2893, 15
	%2895 = add i32 32, %4
	%2896 = mul i32 %2894, 64
	%2897 = add i32 %2896, %2895
	%2898 = add i32 0, %2897
	%2899 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2898
	%2900 = load i32, i32 addrspace(3)* %2899
	%2901 = add i32 %2900, %2645
	%2902 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2901
	store i32 %2524, i32 addrspace(3)* %2902
	%2903 = add i32 %2901, 2048
	%2904 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2903
	store i32 %2525, i32 addrspace(3)* %2904
	br label %2905

2905:
	%2906 = and i1 %593, %594
	br i1 %2906, label %2907, label %2920

2907:
	%2908 = lshr i32 %2536, 16
	%2909 = and i32 %2908, 15
	%2910 = add i32 40, %4
	%2911 = mul i32 %2909, 64
	%2912 = add i32 %2911, %2910
	%2913 = add i32 0, %2912
	%2914 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2913
	%2915 = load i32, i32 addrspace(3)* %2914
	%2916 = add i32 %2915, %2664
	%2917 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2916
	store i32 %2535, i32 addrspace(3)* %2917
	%2918 = add i32 %2916, 2048
	%2919 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2918
	store i32 %2536, i32 addrspace(3)* %2919
	br label %2920

2920:
	%2921 = and i1 %606, %607
	br i1 %2921, label %2922, label %2935

2922:
	%2923 = lshr i32 %2547, 16
	%2924 = and i32 %2923, 15
	%2925 = add i32 48, %4
	%2926 = mul i32 %2924, 64
	%2927 = add i32 %2926, %2925
	%2928 = add i32 0, %2927
	%2929 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2928
	%2930 = load i32, i32 addrspace(3)* %2929
	%2931 = add i32 %2930, %2683
	%2932 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2931
	store i32 %2546, i32 addrspace(3)* %2932
	%2933 = add i32 %2931, 2048
	%2934 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2933
	store i32 %2547, i32 addrspace(3)* %2934
	br label %2935

2935:
	%2936 = and i1 %619, %620
	br i1 %2936, label %2937, label %2950

2937:
	%2938 = lshr i32 %2558, 16
	%2939 = and i32 %2938, 15
	%2940 = add i32 56, %4
	%2941 = mul i32 %2939, 64
	%2942 = add i32 %2941, %2940
	%2943 = add i32 0, %2942
	%2944 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2943
	%2945 = load i32, i32 addrspace(3)* %2944
	%2946 = add i32 %2945, %2702
	%2947 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2946
	store i32 %2557, i32 addrspace(3)* %2947
	%2948 = add i32 %2946, 2048
	%2949 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2948
	store i32 %2558, i32 addrspace(3)* %2949
	br label %2950

2950:
	call void @llvm.nvvm.barrier0()
	%2951 = add i32 0, %0
	%2952 = and i1 %528, %529
	br i1 %2952, label %2953, label %2959

2953:
	%2954 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2951
	%2955 = load i32, i32 addrspace(3)* %2954
	%2956 = add i32 %2951, 2048
	%2957 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2956
	%2958 = load i32, i32 addrspace(3)* %2957
	br label %2959

2959:
	%2960 = phi i32 [ %2480, %2950 ], [ %2955, %2953 ]
	%2961 = phi i32 [ %2481, %2950 ], [ %2958, %2953 ]
	%2962 = add i32 256, %0
	%2963 = and i1 %541, %542
	br i1 %2963, label %2964, label %2970

2964:
	%2965 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2962
	%2966 = load i32, i32 addrspace(3)* %2965
	%2967 = add i32 %2962, 2048
	%2968 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2967
	%2969 = load i32, i32 addrspace(3)* %2968
	br label %2970

2970:
	%2971 = phi i32 [ %2491, %2959 ], [ %2966, %2964 ]
	%2972 = phi i32 [ %2492, %2959 ], [ %2969, %2964 ]
	%2973 = add i32 512, %0
	%2974 = and i1 %554, %555
	br i1 %2974, label %2975, label %2981

2975:
	%2976 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2973
	%2977 = load i32, i32 addrspace(3)* %2976
	%2978 = add i32 %2973, 2048
	%2979 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2978
	%2980 = load i32, i32 addrspace(3)* %2979
	br label %2981

2981:
	%2982 = phi i32 [ %2502, %2970 ], [ %2977, %2975 ]
	%2983 = phi i32 [ %2503, %2970 ], [ %2980, %2975 ]
	%2984 = add i32 768, %0
	%2985 = and i1 %567, %568
	br i1 %2985, label %2986, label %2992

2986:
	%2987 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2984
	%2988 = load i32, i32 addrspace(3)* %2987
	%2989 = add i32 %2984, 2048
	%2990 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2989
	%2991 = load i32, i32 addrspace(3)* %2990
	br label %2992

2992:
	%2993 = phi i32 [ %2513, %2981 ], [ %2988, %2986 ]
	%2994 = phi i32 [ %2514, %2981 ], [ %2991, %2986 ]
	%2995 = add i32 1024, %0
	%2996 = and i1 %580, %581
	br i1 %2996, label %2997, label %3003

2997:
	%2998 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2995
	%2999 = load i32, i32 addrspace(3)* %2998
	%3000 = add i32 %2995, 2048
	%3001 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3000
	%3002 = load i32, i32 addrspace(3)* %3001
	br label %3003

3003:
	%3004 = phi i32 [ %2524, %2992 ], [ %2999, %2997 ]
	%3005 = phi i32 [ %2525, %2992 ], [ %3002, %2997 ]
	%3006 = add i32 1280, %0
	%3007 = and i1 %593, %594
	br i1 %3007, label %3008, label %3014

3008:
	%3009 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3006
	%3010 = load i32, i32 addrspace(3)* %3009
	%3011 = add i32 %3006, 2048
	%3012 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3011
	%3013 = load i32, i32 addrspace(3)* %3012
	br label %3014

3014:
	%3015 = phi i32 [ %2535, %3003 ], [ %3010, %3008 ]
	%3016 = phi i32 [ %2536, %3003 ], [ %3013, %3008 ]
	%3017 = add i32 1536, %0
	%3018 = and i1 %606, %607
	br i1 %3018, label %3019, label %3025

3019:
	%3020 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3017
	%3021 = load i32, i32 addrspace(3)* %3020
	%3022 = add i32 %3017, 2048
	%3023 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3022
	%3024 = load i32, i32 addrspace(3)* %3023
	br label %3025

3025:
	%3026 = phi i32 [ %2546, %3014 ], [ %3021, %3019 ]
	%3027 = phi i32 [ %2547, %3014 ], [ %3024, %3019 ]
	%3028 = add i32 1792, %0
	%3029 = and i1 %619, %620
	br i1 %3029, label %3030, label %3036

3030:
	%3031 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3028
	%3032 = load i32, i32 addrspace(3)* %3031
	%3033 = add i32 %3028, 2048
	%3034 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3033
	%3035 = load i32, i32 addrspace(3)* %3034
	br label %3036

3036:
	%3037 = phi i32 [ %2557, %3025 ], [ %3032, %3030 ]
	%3038 = phi i32 [ %2558, %3025 ], [ %3035, %3030 ]
	br i1 %528, label %3039, label %3048

3039:
	%3040 = lshr i32 %2961, 20
	%3041 = and i32 %3040, 15
	%3042 = select i1 %529, i32 %3041, i32 16
	%3043 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3042)
	%3044 = and i32 %3043, %526
	%3045 = call i32 @llvm.ctpop.i32(i32 %3044)
	%3046 = icmp eq i32 %3045, 0
	%3047 = and i1 %529, %3046
	br i1 %3047, label %3050, label %3057

3048:
	%3049 = phi i32 [ 0, %3036 ], [ %3045, %3057 ]
	br i1 %541, label %3058, label %3067

3050:
	%3051 = call i32 @llvm.ctpop.i32(i32 %3043)
	%3052 = add i32 0, %4
	%3053 = mul i32 %3041, 64
	%3054 = add i32 %3053, %3052
	%3055 = add i32 1024, %3054
	%3056 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3055
	store i32 %3051, i32 addrspace(3)* %3056
	br label %3057

3057:
	br label %3048

3058:
	%3059 = lshr i32 %2972, 20
	%3060 = and i32 %3059, 15
	%3061 = select i1 %542, i32 %3060, i32 16
	%3062 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3061)
	%3063 = and i32 %3062, %526
	%3064 = call i32 @llvm.ctpop.i32(i32 %3063)
	%3065 = icmp eq i32 %3064, 0
	%3066 = and i1 %542, %3065
	br i1 %3066, label %3069, label %3076

3067:
	%3068 = phi i32 [ 0, %3048 ], [ %3064, %3076 ]
	br i1 %554, label %3077, label %3086

3069:
	%3070 = call i32 @llvm.ctpop.i32(i32 %3062)
	%3071 = add i32 8, %4
	%3072 = mul i32 %3060, 64
	%3073 = add i32 %3072, %3071
	%3074 = add i32 1024, %3073
	%3075 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3074
	store i32 %3070, i32 addrspace(3)* %3075
	br label %3076

3076:
	br label %3067

3077:
	%3078 = lshr i32 %2983, 20
	%3079 = and i32 %3078, 15
	%3080 = select i1 %555, i32 %3079, i32 16
	%3081 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3080)
	%3082 = and i32 %3081, %526
	%3083 = call i32 @llvm.ctpop.i32(i32 %3082)
	%3084 = icmp eq i32 %3083, 0
	%3085 = and i1 %555, %3084
	br i1 %3085, label %3088, label %3095

3086:
	%3087 = phi i32 [ 0, %3067 ], [ %3083, %3095 ]
	br i1 %567, label %3096, label %3105

3088:
	%3089 = call i32 @llvm.ctpop.i32(i32 %3081)
	%3090 = add i32 16, %4
	%3091 = mul i32 %3079, 64
	%3092 = add i32 %3091, %3090
	%3093 = add i32 1024, %3092
	%3094 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3093
	store i32 %3089, i32 addrspace(3)* %3094
	br label %3095

3095:
	br label %3086

3096:
	%3097 = lshr i32 %2994, 20
	%3098 = and i32 %3097, 15
	%3099 = select i1 %568, i32 %3098, i32 16
	%3100 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3099)
	%3101 = and i32 %3100, %526
	%3102 = call i32 @llvm.ctpop.i32(i32 %3101)
	%3103 = icmp eq i32 %3102, 0
	%3104 = and i1 %568, %3103
	br i1 %3104, label %3107, label %3114

3105:
	%3106 = phi i32 [ 0, %3086 ], [ %3102, %3114 ]
	br i1 %580, label %3115, label %3124

3107:
	%3108 = call i32 @llvm.ctpop.i32(i32 %3100)
	%3109 = add i32 24, %4
	%3110 = mul i32 %3098, 64
	%3111 = add i32 %3110, %3109
	%3112 = add i32 1024, %3111
	%3113 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3112
	store i32 %3108, i32 addrspace(3)* %3113
	br label %3114

3114:
	br label %3105

3115:
	%3116 = lshr i32 %3005, 20
	%3117 = and i32 %3116, 15
	%3118 = select i1 %581, i32 %3117, i32 16
	%3119 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3118)
	%3120 = and i32 %3119, %526
	%3121 = call i32 @llvm.ctpop.i32(i32 %3120)
	%3122 = icmp eq i32 %3121, 0
	%3123 = and i1 %581, %3122
	br i1 %3123, label %3126, label %3133

3124:
	%3125 = phi i32 [ 0, %3105 ], [ %3121, %3133 ]
	br i1 %593, label %3134, label %3143

3126:
	%3127 = call i32 @llvm.ctpop.i32(i32 %3119)
	%3128 = add i32 32, %4
	%3129 = mul i32 %3117, 64
	%3130 = add i32 %3129, %3128
	%3131 = add i32 1024, %3130
	%3132 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3131
	store i32 %3127, i32 addrspace(3)* %3132
	br label %3133

3133:
	br label %3124

3134:
	%3135 = lshr i32 %3016, 20
	%3136 = and i32 %3135, 15
	%3137 = select i1 %594, i32 %3136, i32 16
	%3138 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3137)
	%3139 = and i32 %3138, %526
	%3140 = call i32 @llvm.ctpop.i32(i32 %3139)
	%3141 = icmp eq i32 %3140, 0
	%3142 = and i1 %594, %3141
	br i1 %3142, label %3145, label %3152

3143:
	%3144 = phi i32 [ 0, %3124 ], [ %3140, %3152 ]
	br i1 %606, label %3153, label %3162

3145:
	%3146 = call i32 @llvm.ctpop.i32(i32 %3138)
	%3147 = add i32 40, %4
	%3148 = mul i32 %3136, 64
	%3149 = add i32 %3148, %3147
	%3150 = add i32 1024, %3149
	%3151 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3150
	store i32 %3146, i32 addrspace(3)* %3151
	br label %3152

3152:
	br label %3143

3153:
	%3154 = lshr i32 %3027, 20
	%3155 = and i32 %3154, 15
	%3156 = select i1 %607, i32 %3155, i32 16
	%3157 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3156)
	%3158 = and i32 %3157, %526
	%3159 = call i32 @llvm.ctpop.i32(i32 %3158)
	%3160 = icmp eq i32 %3159, 0
	%3161 = and i1 %607, %3160
	br i1 %3161, label %3164, label %3171

3162:
	%3163 = phi i32 [ 0, %3143 ], [ %3159, %3171 ]
	br i1 %619, label %3172, label %3181

3164:
	%3165 = call i32 @llvm.ctpop.i32(i32 %3157)
	%3166 = add i32 48, %4
	%3167 = mul i32 %3155, 64
	%3168 = add i32 %3167, %3166
	%3169 = add i32 1024, %3168
	%3170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3169
	store i32 %3165, i32 addrspace(3)* %3170
	br label %3171

3171:
	br label %3162

3172:
	%3173 = lshr i32 %3038, 20
	%3174 = and i32 %3173, 15
	%3175 = select i1 %620, i32 %3174, i32 16
	%3176 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3175)
	%3177 = and i32 %3176, %526
	%3178 = call i32 @llvm.ctpop.i32(i32 %3177)
	%3179 = icmp eq i32 %3178, 0
	%3180 = and i1 %620, %3179
	br i1 %3180, label %3226, label %3233

3181:
	%3182 = phi i32 [ 0, %3162 ], [ %3178, %3233 ]
	call void @llvm.nvvm.barrier0()
	%3183 = mul i32 %0, 4
	%3184 = add i32 %3183, 1024
	%3185 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3184
	%3186 = load i32, i32 addrspace(3)* %3185
	%3187 = add i32 0, %3186
	%3188 = mul i32 %0, 4
	%3189 = add i32 %3188, 1025
	%3190 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3189
	%3191 = load i32, i32 addrspace(3)* %3190
	%3192 = add i32 %3187, %3191
	%3193 = mul i32 %0, 4
	%3194 = add i32 %3193, 1026
	%3195 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3194
	%3196 = load i32, i32 addrspace(3)* %3195
	%3197 = add i32 %3192, %3196
	%3198 = mul i32 %0, 4
	%3199 = add i32 %3198, 1027
	%3200 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3199
	%3201 = load i32, i32 addrspace(3)* %3200
	%3202 = add i32 %3197, %3201
	%3203 = and i32 %0, 31
	%3204 = lshr i32 %0, 5
	%3205 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3202, i32 1, i32 0)
	%3206 = icmp uge i32 %3203, 1
	%3207 = select i1 %3206, i32 %3205, i32 0
	%3208 = add i32 %3202, %3207
	%3209 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3208, i32 2, i32 0)
	%3210 = icmp uge i32 %3203, 2
	%3211 = select i1 %3210, i32 %3209, i32 0
	%3212 = add i32 %3208, %3211
	%3213 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3212, i32 4, i32 0)
	%3214 = icmp uge i32 %3203, 4
	%3215 = select i1 %3214, i32 %3213, i32 0
	%3216 = add i32 %3212, %3215
	%3217 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3216, i32 8, i32 0)
	%3218 = icmp uge i32 %3203, 8
	%3219 = select i1 %3218, i32 %3217, i32 0
	%3220 = add i32 %3216, %3219
	%3221 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3220, i32 16, i32 0)
	%3222 = icmp uge i32 %3203, 16
	%3223 = select i1 %3222, i32 %3221, i32 0
	%3224 = add i32 %3220, %3223
	%3225 = icmp eq i32 %3203, 31
	br i1 %3225, label %3234, label %3236

3226:
	%3227 = call i32 @llvm.ctpop.i32(i32 %3176)
	%3228 = add i32 56, %4
	%3229 = mul i32 %3174, 64
	%3230 = add i32 %3229, %3228
	%3231 = add i32 1024, %3230
	%3232 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3231
	store i32 %3227, i32 addrspace(3)* %3232
	br label %3233

3233:
	br label %3181

3234:
	%3235 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3204
	store i32 %3224, i32 addrspace(3)* %3235
	br label %3236

3236:
	call void @llvm.nvvm.barrier0()
	%3237 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3238 = load i32, i32 addrspace(3)* %3237
	%3239 = icmp sgt i32 %3204, 0
	%3240 = select i1 %3239, i32 %3238, i32 0
	%3241 = add i32 0, %3240
	%3242 = add i32 0, %3238
	%3243 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3244 = load i32, i32 addrspace(3)* %3243
	%3245 = icmp sgt i32 %3204, 1
	%3246 = select i1 %3245, i32 %3244, i32 0
	%3247 = add i32 %3241, %3246
	%3248 = add i32 %3242, %3244
	%3249 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3250 = load i32, i32 addrspace(3)* %3249
	%3251 = icmp sgt i32 %3204, 2
	%3252 = select i1 %3251, i32 %3250, i32 0
	%3253 = add i32 %3247, %3252
	%3254 = add i32 %3248, %3250
	%3255 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3256 = load i32, i32 addrspace(3)* %3255
	%3257 = icmp sgt i32 %3204, 3
	%3258 = select i1 %3257, i32 %3256, i32 0
	%3259 = add i32 %3253, %3258
	%3260 = add i32 %3254, %3256
	%3261 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3262 = load i32, i32 addrspace(3)* %3261
	%3263 = icmp sgt i32 %3204, 4
	%3264 = select i1 %3263, i32 %3262, i32 0
	%3265 = add i32 %3259, %3264
	%3266 = add i32 %3260, %3262
	%3267 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3268 = load i32, i32 addrspace(3)* %3267
	%3269 = icmp sgt i32 %3204, 5
	%3270 = select i1 %3269, i32 %3268, i32 0
	%3271 = add i32 %3265, %3270
	%3272 = add i32 %3266, %3268
	%3273 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3274 = load i32, i32 addrspace(3)* %3273
	%3275 = icmp sgt i32 %3204, 6
	%3276 = select i1 %3275, i32 %3274, i32 0
	%3277 = add i32 %3271, %3276
	%3278 = add i32 %3272, %3274
	%3279 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3280 = load i32, i32 addrspace(3)* %3279
	%3281 = icmp sgt i32 %3204, 7
	%3282 = select i1 %3281, i32 %3280, i32 0
	%3283 = add i32 %3277, %3282
	%3284 = add i32 %3278, %3280
	%3285 = add i32 %3283, %3224
	%3286 = sub i32 %3285, %3202
	%3287 = mul i32 %0, 4
	%3288 = add i32 %3287, 1024
	%3289 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3288
	store i32 %3286, i32 addrspace(3)* %3289
	%3290 = add i32 %3286, %3186
	%3291 = mul i32 %0, 4
	%3292 = add i32 %3291, 1025
	%3293 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3292
	store i32 %3290, i32 addrspace(3)* %3293
	%3294 = add i32 %3290, %3191
	%3295 = mul i32 %0, 4
	%3296 = add i32 %3295, 1026
	%3297 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3296
	store i32 %3294, i32 addrspace(3)* %3297
	%3298 = add i32 %3294, %3196
	%3299 = mul i32 %0, 4
	%3300 = add i32 %3299, 1027
	%3301 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3300
	store i32 %3298, i32 addrspace(3)* %3301
	%3302 = add i32 %3298, %3201
	%3303 = add i32 %0, 0
	%3304 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3303
	store i32 0, i32 addrspace(3)* %3304
	%3305 = add i32 %0, 256
	%3306 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3305
	store i32 0, i32 addrspace(3)* %3306
	%3307 = add i32 %0, 512
	%3308 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3307
	store i32 0, i32 addrspace(3)* %3308
	%3309 = add i32 %0, 768
	%3310 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3309
	store i32 0, i32 addrspace(3)* %3310
	call void @llvm.nvvm.barrier0()
	%3311 = and i1 %528, %529
	br i1 %3311, label %3312, label %3325

3312:
	%3313 = lshr i32 %2961, 20
	%3314 = and i32 %3313, 15
	%3315 = add i32 0, %4
	%3316 = mul i32 %3314, 64
	%3317 = add i32 %3316, %3315
	%3318 = add i32 1024, %3317
	%3319 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3318
	%3320 = load i32, i32 addrspace(3)* %3319
	%3321 = add i32 %3320, %3049
	%3322 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3321
	store i32 %2960, i32 addrspace(3)* %3322
	%3323 = add i32 %3321, 2048
	%3324 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3323
	store i32 %2961, i32 addrspace(3)* %3324
	br label %3325

3325:
	%3326 = and i1 %541, %542
	br i1 %3326, label %3327, label %3340

3327:
	%3328 = lshr i32 %2972, 20
	%3329 = and i32 %3328, 15
	%3330 = add i32 8, %4
	%3331 = mul i32 %3329, 64
	%3332 = add i32 %3331, %3330
	%3333 = add i32 1024, %3332
	%3334 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3333
	%3335 = load i32, i32 addrspace(3)* %3334
	%3336 = add i32 %3335, %3068
	%3337 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3336
	store i32 %2971, i32 addrspace(3)* %3337
	%3338 = add i32 %3336, 2048
	%3339 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3338
	store i32 %2972, i32 addrspace(3)* %3339
	br label %3340

3340:
	%3341 = and i1 %554, %555
	br i1 %3341, label %3342, label %3355

3342:
	%3343 = lshr i32 %2983, 20
	%3344 = and i32 %3343, 15
	%3345 = add i32 16, %4
	%3346 = mul i32 %3344, 64
	%3347 = add i32 %3346, %3345
	%3348 = add i32 1024, %3347
	%3349 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3348
	%3350 = load i32, i32 addrspace(3)* %3349
	%3351 = add i32 %3350, %3087
	%3352 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3351
	store i32 %2982, i32 addrspace(3)* %3352
	%3353 = add i32 %3351, 2048
	%3354 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3353
	store i32 %2983, i32 addrspace(3)* %3354
	br label %3355

3355:
	%3356 = and i1 %567, %568
	br i1 %3356, label %3357, label %3370

3357:
	%3358 = lshr i32 %2994, 20
	%3359 = and i32 %3358, 15
	%3360 = add i32 24, %4
	%3361 = mul i32 %3359, 64
	%3362 = add i32 %3361, %3360
	%3363 = add i32 1024, %3362
	%3364 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3363
	%3365 = load i32, i32 addrspace(3)* %3364
	%3366 = add i32 %3365, %3106
	%3367 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3366
	store i32 %2993, i32 addrspace(3)* %3367
	%3368 = add i32 %3366, 2048
	%3369 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3368
	store i32 %2994, i32 addrspace(3)* %3369
	br label %3370

3370:
	%3371 = and i1 %580, %581
	br i1 %3371, label %3372, label %3385

3372:
	%3373 = lshr i32 %3005, 20
	%3374 = and i32 %3373, 15
	%3375 = add i32 32, %4
	%3376 = mul i32 %3374, 64
	%3377 = add i32 %3376, %3375
	%3378 = add i32 1024, %3377
	%3379 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3378
	%3380 = load i32, i32 addrspace(3)* %3379
	%3381 = add i32 %3380, %3125
	%3382 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3381
	store i32 %3004, i32 addrspace(3)* %3382
	%3383 = add i32 %3381, 2048
	%3384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3383
	store i32 %3005, i32 addrspace(3)* %3384
	br label %3385

3385:
	%3386 = and i1 %593, %594
	br i1 %3386, label %3387, label %3400

3387:
	%3388 = lshr i32 %3016, 20
	%3389 = and i32 %3388, 15
	%3390 = add i32 40, %4
	%3391 = mul i32 %3389, 64
	%3392 = add i32 %3391, %3390
	%3393 = add i32 1024, %3392
	%3394 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3393
	%3395 = load i32, i32 addrspace(3)* %3394
	%3396 = add i32 %3395, %3144
	%3397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3396
	store i32 %3015, i32 addrspace(3)* %3397
	%3398 = add i32 %3396, 2048
	%3399 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3398
	store i32 %3016, i32 addrspace(3)* %3399
	br label %3400

3400:
	%3401 = and i1 %606, %607
	br i1 %3401, label %3402, label %3415

3402:
	%3403 = lshr i32 %3027, 20
	%3404 = and i32 %3403, 15
	%3405 = add i32 48, %4
	%3406 = mul i32 %3404, 64
	%3407 = add i32 %3406, %3405
	%3408 = add i32 1024, %3407
	%3409 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3408
	%3410 = load i32, i32 addrspace(3)* %3409
	%3411 = add i32 %3410, %3163
	%3412 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3411
	store i32 %3026, i32 addrspace(3)* %3412
	%3413 = add i32 %3411, 2048
	%3414 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3413
	store i32 %3027, i32 addrspace(3)* %3414
	br label %3415

3415:
	%3416 = and i1 %619, %620
	br i1 %3416, label %3417, label %3430

3417:
	%3418 = lshr i32 %3038, 20
	%3419 = and i32 %3418, 15
	%3420 = add i32 56, %4
	%3421 = mul i32 %3419, 64
	%3422 = add i32 %3421, %3420
	%3423 = add i32 1024, %3422
	%3424 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3423
	%3425 = load i32, i32 addrspace(3)* %3424
	%3426 = add i32 %3425, %3182
	%3427 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3426
	store i32 %3037, i32 addrspace(3)* %3427
	%3428 = add i32 %3426, 2048
	%3429 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3428
	store i32 %3038, i32 addrspace(3)* %3429
	br label %3430

3430:
	call void @llvm.nvvm.barrier0()
	%3431 = add i32 0, %0
	%3432 = and i1 %528, %529
	br i1 %3432, label %3433, label %3439

3433:
	%3434 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3431
	%3435 = load i32, i32 addrspace(3)* %3434
	%3436 = add i32 %3431, 2048
	%3437 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3436
	%3438 = load i32, i32 addrspace(3)* %3437
	br label %3439

3439:
	%3440 = phi i32 [ %2960, %3430 ], [ %3435, %3433 ]
	%3441 = phi i32 [ %2961, %3430 ], [ %3438, %3433 ]
	%3442 = add i32 256, %0
	%3443 = and i1 %541, %542
	br i1 %3443, label %3444, label %3450

3444:
	%3445 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3442
	%3446 = load i32, i32 addrspace(3)* %3445
	%3447 = add i32 %3442, 2048
	%3448 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3447
	%3449 = load i32, i32 addrspace(3)* %3448
	br label %3450

3450:
	%3451 = phi i32 [ %2971, %3439 ], [ %3446, %3444 ]
	%3452 = phi i32 [ %2972, %3439 ], [ %3449, %3444 ]
	%3453 = add i32 512, %0
	%3454 = and i1 %554, %555
	br i1 %3454, label %3455, label %3461

3455:
	%3456 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3453
	%3457 = load i32, i32 addrspace(3)* %3456
	%3458 = add i32 %3453, 2048
	%3459 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3458
	%3460 = load i32, i32 addrspace(3)* %3459
	br label %3461

3461:
	%3462 = phi i32 [ %2982, %3450 ], [ %3457, %3455 ]
	%3463 = phi i32 [ %2983, %3450 ], [ %3460, %3455 ]
	%3464 = add i32 768, %0
	%3465 = and i1 %567, %568
	br i1 %3465, label %3466, label %3472

3466:
	%3467 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3464
	%3468 = load i32, i32 addrspace(3)* %3467
	%3469 = add i32 %3464, 2048
	%3470 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3469
	%3471 = load i32, i32 addrspace(3)* %3470
	br label %3472

3472:
	%3473 = phi i32 [ %2993, %3461 ], [ %3468, %3466 ]
	%3474 = phi i32 [ %2994, %3461 ], [ %3471, %3466 ]
	%3475 = add i32 1024, %0
	%3476 = and i1 %580, %581
	br i1 %3476, label %3477, label %3483

3477:
	%3478 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3475
	%3479 = load i32, i32 addrspace(3)* %3478
	%3480 = add i32 %3475, 2048
	%3481 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3480
	%3482 = load i32, i32 addrspace(3)* %3481
	br label %3483

3483:
	%3484 = phi i32 [ %3004, %3472 ], [ %3479, %3477 ]
	%3485 = phi i32 [ %3005, %3472 ], [ %3482, %3477 ]
	%3486 = add i32 1280, %0
	%3487 = and i1 %593, %594
	br i1 %3487, label %3488, label %3494

3488:
	%3489 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3486
	%3490 = load i32, i32 addrspace(3)* %3489
	%3491 = add i32 %3486, 2048
	%3492 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3491
	%3493 = load i32, i32 addrspace(3)* %3492
	br label %3494

3494:
	%3495 = phi i32 [ %3015, %3483 ], [ %3490, %3488 ]
	%3496 = phi i32 [ %3016, %3483 ], [ %3493, %3488 ]
	%3497 = add i32 1536, %0
	%3498 = and i1 %606, %607
	br i1 %3498, label %3499, label %3505

3499:
	%3500 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3497
	%3501 = load i32, i32 addrspace(3)* %3500
	%3502 = add i32 %3497, 2048
	%3503 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3502
	%3504 = load i32, i32 addrspace(3)* %3503
	br label %3505

3505:
	%3506 = phi i32 [ %3026, %3494 ], [ %3501, %3499 ]
	%3507 = phi i32 [ %3027, %3494 ], [ %3504, %3499 ]
	%3508 = add i32 1792, %0
	%3509 = and i1 %619, %620
	br i1 %3509, label %3510, label %3516

3510:
	%3511 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3508
	%3512 = load i32, i32 addrspace(3)* %3511
	%3513 = add i32 %3508, 2048
	%3514 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3513
	%3515 = load i32, i32 addrspace(3)* %3514
	br label %3516

3516:
	%3517 = phi i32 [ %3037, %3505 ], [ %3512, %3510 ]
	%3518 = phi i32 [ %3038, %3505 ], [ %3515, %3510 ]
	br i1 %528, label %3519, label %3528

3519:
	%3520 = lshr i32 %3441, 24
	%3521 = and i32 %3520, 15
	%3522 = select i1 %529, i32 %3521, i32 16
	%3523 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3522)
	%3524 = and i32 %3523, %526
	%3525 = call i32 @llvm.ctpop.i32(i32 %3524)
	%3526 = icmp eq i32 %3525, 0
	%3527 = and i1 %529, %3526
	br i1 %3527, label %3530, label %3537

3528:
	%3529 = phi i32 [ 0, %3516 ], [ %3525, %3537 ]
	br i1 %541, label %3538, label %3547

3530:
	%3531 = call i32 @llvm.ctpop.i32(i32 %3523)
	%3532 = add i32 0, %4
	%3533 = mul i32 %3521, 64
	%3534 = add i32 %3533, %3532
	%3535 = add i32 0, %3534
	%3536 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3535
	store i32 %3531, i32 addrspace(3)* %3536
	br label %3537

3537:
	br label %3528

3538:
	%3539 = lshr i32 %3452, 24
	%3540 = and i32 %3539, 15
	%3541 = select i1 %542, i32 %3540, i32 16
	%3542 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3541)
	%3543 = and i32 %3542, %526
	%3544 = call i32 @llvm.ctpop.i32(i32 %3543)
	%3545 = icmp eq i32 %3544, 0
	%3546 = and i1 %542, %3545
	br i1 %3546, label %3549, label %3556

3547:
	%3548 = phi i32 [ 0, %3528 ], [ %3544, %3556 ]
	br i1 %554, label %3557, label %3566

3549:
	%3550 = call i32 @llvm.ctpop.i32(i32 %3542)
	%3551 = add i32 8, %4
	%3552 = mul i32 %3540, 64
	%3553 = add i32 %3552, %3551
	%3554 = add i32 0, %3553
	%3555 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3554
	store i32 %3550, i32 addrspace(3)* %3555
	br label %3556

3556:
	br label %3547

3557:
	%3558 = lshr i32 %3463, 24
	%3559 = and i32 %3558, 15
	%3560 = select i1 %555, i32 %3559, i32 16
	%3561 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3560)
	%3562 = and i32 %3561, %526
	%3563 = call i32 @llvm.ctpop.i32(i32 %3562)
	%3564 = icmp eq i32 %3563, 0
	%3565 = and i1 %555, %3564
	br i1 %3565, label %3568, label %3575

3566:
	%3567 = phi i32 [ 0, %3547 ], [ %3563, %3575 ]
	br i1 %567, label %3576, label %3585

3568:
	%3569 = call i32 @llvm.ctpop.i32(i32 %3561)
	%3570 = add i32 16, %4
	%3571 = mul i32 %3559, 64
	%3572 = add i32 %3571, %3570
	%3573 = add i32 0, %3572
	%3574 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3573
	store i32 %3569, i32 addrspace(3)* %3574
	br label %3575

3575:
	br label %3566

3576:
	%3577 = lshr i32 %3474, 24
	%3578 = and i32 %3577, 15
	%3579 = select i1 %568, i32 %3578, i32 16
	%3580 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3579)
	%3581 = and i32 %3580, %526
	%3582 = call i32 @llvm.ctpop.i32(i32 %3581)
	%3583 = icmp eq i32 %3582, 0
	%3584 = and i1 %568, %3583
	br i1 %3584, label %3587, label %3594

3585:
	%3586 = phi i32 [ 0, %3566 ], [ %3582, %3594 ]
	br i1 %580, label %3595, label %3604

3587:
	%3588 = call i32 @llvm.ctpop.i32(i32 %3580)
	%3589 = add i32 24, %4
	%3590 = mul i32 %3578, 64
	%3591 = add i32 %3590, %3589
	%3592 = add i32 0, %3591
	%3593 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3592
	store i32 %3588, i32 addrspace(3)* %3593
	br label %3594

3594:
	br label %3585

3595:
	%3596 = lshr i32 %3485, 24
	%3597 = and i32 %3596, 15
	%3598 = select i1 %581, i32 %3597, i32 16
	%3599 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3598)
	%3600 = and i32 %3599, %526
	%3601 = call i32 @llvm.ctpop.i32(i32 %3600)
	%3602 = icmp eq i32 %3601, 0
	%3603 = and i1 %581, %3602
	br i1 %3603, label %3606, label %3613

3604:
	%3605 = phi i32 [ 0, %3585 ], [ %3601, %3613 ]
	br i1 %593, label %3614, label %3623

3606:
	%3607 = call i32 @llvm.ctpop.i32(i32 %3599)
	%3608 = add i32 32, %4
	%3609 = mul i32 %3597, 64
	%3610 = add i32 %3609, %3608
	%3611 = add i32 0, %3610
	%3612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3611
	store i32 %3607, i32 addrspace(3)* %3612
	br label %3613

3613:
	br label %3604

3614:
	%3615 = lshr i32 %3496, 24
	%3616 = and i32 %3615, 15
	%3617 = select i1 %594, i32 %3616, i32 16
	%3618 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3617)
	%3619 = and i32 %3618, %526
	%3620 = call i32 @llvm.ctpop.i32(i32 %3619)
	%3621 = icmp eq i32 %3620, 0
	%3622 = and i1 %594, %3621
	br i1 %3622, label %3625, label %3632

3623:
	%3624 = phi i32 [ 0, %3604 ], [ %3620, %3632 ]
	br i1 %606, label %3633, label %3642

3625:
	%3626 = call i32 @llvm.ctpop.i32(i32 %3618)
	%3627 = add i32 40, %4
	%3628 = mul i32 %3616, 64
	%3629 = add i32 %3628, %3627
	%3630 = add i32 0, %3629
	%3631 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3630
	store i32 %3626, i32 addrspace(3)* %3631
	br label %3632

3632:
	br label %3623

3633:
	%3634 = lshr i32 %3507, 24
	%3635 = and i32 %3634, 15
	%3636 = select i1 %607, i32 %3635, i32 16
	%3637 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3636)
	%3638 = and i32 %3637, %526
	%3639 = call i32 @llvm.ctpop.i32(i32 %3638)
	%3640 = icmp eq i32 %3639, 0
	%3641 = and i1 %607, %3640
	br i1 %3641, label %3644, label %3651

3642:
	%3643 = phi i32 [ 0, %3623 ], [ %3639, %3651 ]
	br i1 %619, label %3652, label %3661

3644:
	%3645 = call i32 @llvm.ctpop.i32(i32 %3637)
	%3646 = add i32 48, %4
	%3647 = mul i32 %3635, 64
	%3648 = add i32 %3647, %3646
	%3649 = add i32 0, %3648
	%3650 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3649
	store i32 %3645, i32 addrspace(3)* %3650
	br label %3651

3651:
	br label %3642

3652:
	%3653 = lshr i32 %3518, 24
	%3654 = and i32 %3653, 15
	%3655 = select i1 %620, i32 %3654, i32 16
	%3656 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3655)
	%3657 = and i32 %3656, %526
	%3658 = call i32 @llvm.ctpop.i32(i32 %3657)
	%3659 = icmp eq i32 %3658, 0
	%3660 = and i1 %620, %3659
	br i1 %3660, label %3706, label %3713

3661:
	%3662 = phi i32 [ 0, %3642 ], [ %3658, %3713 ]
	call void @llvm.nvvm.barrier0()
	%3663 = mul i32 %0, 4
	%3664 = add i32 %3663, 0
	%3665 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3664
	%3666 = load i32, i32 addrspace(3)* %3665
	%3667 = add i32 0, %3666
	%3668 = mul i32 %0, 4
	%3669 = add i32 %3668, 1
	%3670 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3669
	%3671 = load i32, i32 addrspace(3)* %3670
	%3672 = add i32 %3667, %3671
	%3673 = mul i32 %0, 4
	%3674 = add i32 %3673, 2
	%3675 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3674
	%3676 = load i32, i32 addrspace(3)* %3675
	%3677 = add i32 %3672, %3676
	%3678 = mul i32 %0, 4
	%3679 = add i32 %3678, 3
	%3680 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3679
	%3681 = load i32, i32 addrspace(3)* %3680
	%3682 = add i32 %3677, %3681
	%3683 = and i32 %0, 31
	%3684 = lshr i32 %0, 5
	%3685 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3682, i32 1, i32 0)
	%3686 = icmp uge i32 %3683, 1
	%3687 = select i1 %3686, i32 %3685, i32 0
	%3688 = add i32 %3682, %3687
	%3689 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3688, i32 2, i32 0)
	%3690 = icmp uge i32 %3683, 2
	%3691 = select i1 %3690, i32 %3689, i32 0
	%3692 = add i32 %3688, %3691
	%3693 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3692, i32 4, i32 0)
	%3694 = icmp uge i32 %3683, 4
	%3695 = select i1 %3694, i32 %3693, i32 0
	%3696 = add i32 %3692, %3695
	%3697 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3696, i32 8, i32 0)
	%3698 = icmp uge i32 %3683, 8
	%3699 = select i1 %3698, i32 %3697, i32 0
	%3700 = add i32 %3696, %3699
	%3701 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3700, i32 16, i32 0)
	%3702 = icmp uge i32 %3683, 16
	%3703 = select i1 %3702, i32 %3701, i32 0
	%3704 = add i32 %3700, %3703
	%3705 = icmp eq i32 %3683, 31
	br i1 %3705, label %3714, label %3716

3706:
	%3707 = call i32 @llvm.ctpop.i32(i32 %3656)
	%3708 = add i32 56, %4
	%3709 = mul i32 %3654, 64
	%3710 = add i32 %3709, %3708
	%3711 = add i32 0, %3710
	%3712 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3711
	store i32 %3707, i32 addrspace(3)* %3712
	br label %3713

3713:
	br label %3661

3714:
	%3715 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3684
	store i32 %3704, i32 addrspace(3)* %3715
	br label %3716

3716:
	call void @llvm.nvvm.barrier0()
	%3717 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3718 = load i32, i32 addrspace(3)* %3717
	%3719 = icmp sgt i32 %3684, 0
	%3720 = select i1 %3719, i32 %3718, i32 0
	%3721 = add i32 0, %3720
	%3722 = add i32 0, %3718
	%3723 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3724 = load i32, i32 addrspace(3)* %3723
	%3725 = icmp sgt i32 %3684, 1
	%3726 = select i1 %3725, i32 %3724, i32 0
	%3727 = add i32 %3721, %3726
	%3728 = add i32 %3722, %3724
	%3729 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3730 = load i32, i32 addrspace(3)* %3729
	%3731 = icmp sgt i32 %3684, 2
	%3732 = select i1 %3731, i32 %3730, i32 0
	%3733 = add i32 %3727, %3732
	%3734 = add i32 %3728, %3730
	%3735 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3736 = load i32, i32 addrspace(3)* %3735
	%3737 = icmp sgt i32 %3684, 3
	%3738 = select i1 %3737, i32 %3736, i32 0
	%3739 = add i32 %3733, %3738
	%3740 = add i32 %3734, %3736
	%3741 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3742 = load i32, i32 addrspace(3)* %3741
	%3743 = icmp sgt i32 %3684, 4
	%3744 = select i1 %3743, i32 %3742, i32 0
	%3745 = add i32 %3739, %3744
	%3746 = add i32 %3740, %3742
	%3747 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3748 = load i32, i32 addrspace(3)* %3747
	%3749 = icmp sgt i32 %3684, 5
	%3750 = select i1 %3749, i32 %3748, i32 0
	%3751 = add i32 %3745, %3750
	%3752 = add i32 %3746, %3748
	%3753 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3754 = load i32, i32 addrspace(3)* %3753
	%3755 = icmp sgt i32 %3684, 6
	%3756 = select i1 %3755, i32 %3754, i32 0
	%3757 = add i32 %3751, %3756
	%3758 = add i32 %3752, %3754
	%3759 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3760 = load i32, i32 addrspace(3)* %3759
	%3761 = icmp sgt i32 %3684, 7
	%3762 = select i1 %3761, i32 %3760, i32 0
	%3763 = add i32 %3757, %3762
	%3764 = add i32 %3758, %3760
	%3765 = add i32 %3763, %3704
	%3766 = sub i32 %3765, %3682
	%3767 = mul i32 %0, 4
	%3768 = add i32 %3767, 0
	%3769 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3768
	store i32 %3766, i32 addrspace(3)* %3769
	%3770 = add i32 %3766, %3666
	%3771 = mul i32 %0, 4
	%3772 = add i32 %3771, 1
	%3773 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3772
	store i32 %3770, i32 addrspace(3)* %3773
	%3774 = add i32 %3770, %3671
	%3775 = mul i32 %0, 4
	%3776 = add i32 %3775, 2
	%3777 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3776
	store i32 %3774, i32 addrspace(3)* %3777
	%3778 = add i32 %3774, %3676
	%3779 = mul i32 %0, 4
	%3780 = add i32 %3779, 3
	%3781 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3780
	store i32 %3778, i32 addrspace(3)* %3781
	%3782 = add i32 %3778, %3681
	%3783 = add i32 %0, 1024
	%3784 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3783
	store i32 0, i32 addrspace(3)* %3784
	%3785 = add i32 %0, 1280
	%3786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3785
	store i32 0, i32 addrspace(3)* %3786
	%3787 = add i32 %0, 1536
	%3788 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3787
	store i32 0, i32 addrspace(3)* %3788
	%3789 = add i32 %0, 1792
	%3790 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3789
	store i32 0, i32 addrspace(3)* %3790
	call void @llvm.nvvm.barrier0()
	%3791 = and i1 %528, %529
	br i1 %3791, label %3792, label %3805

3792:
	%3793 = lshr i32 %3441, 24
	%3794 = and i32 %3793, 15
	%3795 = add i32 0, %4
	%3796 = mul i32 %3794, 64
	%3797 = add i32 %3796, %3795
	%3798 = add i32 0, %3797
	%3799 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3798
	%3800 = load i32, i32 addrspace(3)* %3799
	%3801 = add i32 %3800, %3529
	%3802 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3801
	store i32 %3440, i32 addrspace(3)* %3802
	%3803 = add i32 %3801, 2048
	%3804 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3803
	store i32 %3441, i32 addrspace(3)* %3804
	br label %3805

3805:
	%3806 = and i1 %541, %542
	br i1 %3806, label %3807, label %3820

3807:
	%3808 = lshr i32 %3452, 24
	%3809 = and i32 %3808, 15
	%3810 = add i32 8, %4
	%3811 = mul i32 %3809, 64
	%3812 = add i32 %3811, %3810
	%3813 = add i32 0, %3812
	%3814 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3813
	%3815 = load i32, i32 addrspace(3)* %3814
	%3816 = add i32 %3815, %3548
	%3817 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3816
	store i32 %3451, i32 addrspace(3)* %3817
	%3818 = add i32 %3816, 2048
	%3819 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3818
	store i32 %3452, i32 addrspace(3)* %3819
	br label %3820

3820:
	%3821 = and i1 %554, %555
	br i1 %3821, label %3822, label %3835

3822:
	%3823 = lshr i32 %3463, 24
	%3824 = and i32 %3823, 15
	%3825 = add i32 16, %4
	%3826 = mul i32 %3824, 64
	%3827 = add i32 %3826, %3825
	%3828 = add i32 0, %3827
	%3829 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3828
	%3830 = load i32, i32 addrspace(3)* %3829
	%3831 = add i32 %3830, %3567
	%3832 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3831
	store i32 %3462, i32 addrspace(3)* %3832
	%3833 = add i32 %3831, 2048
	%3834 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3833
	store i32 %3463, i32 addrspace(3)* %3834
	br label %3835

3835:
	%3836 = and i1 %567, %568
	br i1 %3836, label %3837, label %3850

3837:
	%3838 = lshr i32 %3474, 24
	%3839 = and i32 %3838, 15
	%3840 = add i32 24, %4
	%3841 = mul i32 %3839, 64
	%3842 = add i32 %3841, %3840
	%3843 = add i32 0, %3842
	%3844 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3843
	%3845 = load i32, i32 addrspace(3)* %3844
	%3846 = add i32 %3845, %3586
	%3847 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3846
	store i32 %3473, i32 addrspace(3)* %3847
	%3848 = add i32 %3846, 2048
	%3849 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3848
	store i32 %3474, i32 addrspace(3)* %3849
	br label %3850

3850:
	%3851 = and i1 %580, %581
	br i1 %3851, label %3852, label %3865

3852:
	%3853 = lshr i32 %3485, 24
	%3854 = and i32 %3853, 15
	%3855 = add i32 32, %4
	%3856 = mul i32 %3854, 64
	%3857 = add i32 %3856, %3855
	%3858 = add i32 0, %3857
	%3859 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3858
	%3860 = load i32, i32 addrspace(3)* %3859
	%3861 = add i32 %3860, %3605
	%3862 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3861
	store i32 %3484, i32 addrspace(3)* %3862
	%3863 = add i32 %3861, 2048
	%3864 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3863
	store i32 %3485, i32 addrspace(3)* %3864
	br label %3865

3865:
	%3866 = and i1 %593, %594
	br i1 %3866, label %3867, label %3880

3867:
	%3868 = lshr i32 %3496, 24
	%3869 = and i32 %3868, 15
	%3870 = add i32 40, %4
	%3871 = mul i32 %3869, 64
	%3872 = add i32 %3871, %3870
	%3873 = add i32 0, %3872
	%3874 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3873
	%3875 = load i32, i32 addrspace(3)* %3874
	%3876 = add i32 %3875, %3624
	%3877 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3876
	store i32 %3495, i32 addrspace(3)* %3877
	%3878 = add i32 %3876, 2048
	%3879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3878
	store i32 %3496, i32 addrspace(3)* %3879
	br label %3880

3880:
	%3881 = and i1 %606, %607
	br i1 %3881, label %3882, label %3895

3882:
	%3883 = lshr i32 %3507, 24
	%3884 = and i32 %3883, 15
	%3885 = add i32 48, %4
	%3886 = mul i32 %3884, 64
	%3887 = add i32 %3886, %3885
	%3888 = add i32 0, %3887
	%3889 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3888
	%3890 = load i32, i32 addrspace(3)* %3889
	%3891 = add i32 %3890, %3643
	%3892 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3891
	store i32 %3506, i32 addrspace(3)* %3892
	%3893 = add i32 %3891, 2048
	%3894 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3893
	store i32 %3507, i32 addrspace(3)* %3894
	br label %3895

3895:
	%3896 = and i1 %619, %620
	br i1 %3896, label %3897, label %3910

3897:
	%3898 = lshr i32 %3518, 24
	%3899 = and i32 %3898, 15
	%3900 = add i32 56, %4
	%3901 = mul i32 %3899, 64
	%3902 = add i32 %3901, %3900
	%3903 = add i32 0, %3902
	%3904 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3903
	%3905 = load i32, i32 addrspace(3)* %3904
	%3906 = add i32 %3905, %3662
	%3907 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3906
	store i32 %3517, i32 addrspace(3)* %3907
	%3908 = add i32 %3906, 2048
	%3909 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3908
	store i32 %3518, i32 addrspace(3)* %3909
	br label %3910

3910:
	call void @llvm.nvvm.barrier0()
	%3911 = add i32 0, %0
	%3912 = and i1 %528, %529
	br i1 %3912, label %3913, label %3919

3913:
	%3914 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3911
	%3915 = load i32, i32 addrspace(3)* %3914
	%3916 = add i32 %3911, 2048
	%3917 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3916
	%3918 = load i32, i32 addrspace(3)* %3917
	br label %3919

3919:
	%3920 = phi i32 [ %3440, %3910 ], [ %3915, %3913 ]
	%3921 = phi i32 [ %3441, %3910 ], [ %3918, %3913 ]
	%3922 = add i32 256, %0
	%3923 = and i1 %541, %542
	br i1 %3923, label %3924, label %3930

3924:
	%3925 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3922
	%3926 = load i32, i32 addrspace(3)* %3925
	%3927 = add i32 %3922, 2048
	%3928 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3927
	%3929 = load i32, i32 addrspace(3)* %3928
	br label %3930

3930:
	%3931 = phi i32 [ %3451, %3919 ], [ %3926, %3924 ]
	%3932 = phi i32 [ %3452, %3919 ], [ %3929, %3924 ]
	%3933 = add i32 512, %0
	%3934 = and i1 %554, %555
	br i1 %3934, label %3935, label %3941

3935:
	%3936 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3933
	%3937 = load i32, i32 addrspace(3)* %3936
	%3938 = add i32 %3933, 2048
	%3939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3938
	%3940 = load i32, i32 addrspace(3)* %3939
	br label %3941

3941:
	%3942 = phi i32 [ %3462, %3930 ], [ %3937, %3935 ]
	%3943 = phi i32 [ %3463, %3930 ], [ %3940, %3935 ]
	%3944 = add i32 768, %0
	%3945 = and i1 %567, %568
	br i1 %3945, label %3946, label %3952

3946:
	%3947 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3944
	%3948 = load i32, i32 addrspace(3)* %3947
	%3949 = add i32 %3944, 2048
	%3950 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3949
	%3951 = load i32, i32 addrspace(3)* %3950
	br label %3952

3952:
	%3953 = phi i32 [ %3473, %3941 ], [ %3948, %3946 ]
	%3954 = phi i32 [ %3474, %3941 ], [ %3951, %3946 ]
	%3955 = add i32 1024, %0
	%3956 = and i1 %580, %581
	br i1 %3956, label %3957, label %3963

3957:
	%3958 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3955
	%3959 = load i32, i32 addrspace(3)* %3958
	%3960 = add i32 %3955, 2048
	%3961 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3960
	%3962 = load i32, i32 addrspace(3)* %3961
	br label %3963

3963:
	%3964 = phi i32 [ %3484, %3952 ], [ %3959, %3957 ]
	%3965 = phi i32 [ %3485, %3952 ], [ %3962, %3957 ]
	%3966 = add i32 1280, %0
	%3967 = and i1 %593, %594
	br i1 %3967, label %3968, label %3974

3968:
	%3969 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3966
	%3970 = load i32, i32 addrspace(3)* %3969
	%3971 = add i32 %3966, 2048
	%3972 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3971
	%3973 = load i32, i32 addrspace(3)* %3972
	br label %3974

3974:
	%3975 = phi i32 [ %3495, %3963 ], [ %3970, %3968 ]
	%3976 = phi i32 [ %3496, %3963 ], [ %3973, %3968 ]
	%3977 = add i32 1536, %0
	%3978 = and i1 %606, %607
	br i1 %3978, label %3979, label %3985

3979:
	%3980 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3977
	%3981 = load i32, i32 addrspace(3)* %3980
	%3982 = add i32 %3977, 2048
	%3983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3982
	%3984 = load i32, i32 addrspace(3)* %3983
	br label %3985

3985:
	%3986 = phi i32 [ %3506, %3974 ], [ %3981, %3979 ]
	%3987 = phi i32 [ %3507, %3974 ], [ %3984, %3979 ]
	%3988 = add i32 1792, %0
	%3989 = and i1 %619, %620
	br i1 %3989, label %3990, label %3996

3990:
	%3991 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3988
	%3992 = load i32, i32 addrspace(3)* %3991
	%3993 = add i32 %3988, 2048
	%3994 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3993
	%3995 = load i32, i32 addrspace(3)* %3994
	br label %3996

3996:
	%3997 = phi i32 [ %3517, %3985 ], [ %3992, %3990 ]
	%3998 = phi i32 [ %3518, %3985 ], [ %3995, %3990 ]
	br i1 %528, label %3999, label %4008

3999:
	%4000 = lshr i32 %3921, 28
	%4001 = and i32 %4000, 15
	%4002 = select i1 %529, i32 %4001, i32 16
	%4003 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4002)
	%4004 = and i32 %4003, %526
	%4005 = call i32 @llvm.ctpop.i32(i32 %4004)
	%4006 = icmp eq i32 %4005, 0
	%4007 = and i1 %529, %4006
	br i1 %4007, label %4010, label %4017

4008:
	%4009 = phi i32 [ 0, %3996 ], [ %4005, %4017 ]
	br i1 %541, label %4018, label %4027

4010:
	%4011 = call i32 @llvm.ctpop.i32(i32 %4003)
	%4012 = add i32 0, %4
	%4013 = mul i32 %4001, 64
	%4014 = add i32 %4013, %4012
	%4015 = add i32 1024, %4014
	%4016 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4015
	store i32 %4011, i32 addrspace(3)* %4016
	br label %4017

4017:
	br label %4008

4018:
	%4019 = lshr i32 %3932, 28
	%4020 = and i32 %4019, 15
	%4021 = select i1 %542, i32 %4020, i32 16
	%4022 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4021)
	%4023 = and i32 %4022, %526
	%4024 = call i32 @llvm.ctpop.i32(i32 %4023)
	%4025 = icmp eq i32 %4024, 0
	%4026 = and i1 %542, %4025
	br i1 %4026, label %4029, label %4036

4027:
	%4028 = phi i32 [ 0, %4008 ], [ %4024, %4036 ]
	br i1 %554, label %4037, label %4046

4029:
	%4030 = call i32 @llvm.ctpop.i32(i32 %4022)
	%4031 = add i32 8, %4
	%4032 = mul i32 %4020, 64
	%4033 = add i32 %4032, %4031
	%4034 = add i32 1024, %4033
	%4035 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4034
	store i32 %4030, i32 addrspace(3)* %4035
	br label %4036

4036:
	br label %4027

4037:
	%4038 = lshr i32 %3943, 28
	%4039 = and i32 %4038, 15
	%4040 = select i1 %555, i32 %4039, i32 16
	%4041 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4040)
	%4042 = and i32 %4041, %526
	%4043 = call i32 @llvm.ctpop.i32(i32 %4042)
	%4044 = icmp eq i32 %4043, 0
	%4045 = and i1 %555, %4044
	br i1 %4045, label %4048, label %4055

4046:
	%4047 = phi i32 [ 0, %4027 ], [ %4043, %4055 ]
	br i1 %567, label %4056, label %4065

4048:
	%4049 = call i32 @llvm.ctpop.i32(i32 %4041)
	%4050 = add i32 16, %4
	%4051 = mul i32 %4039, 64
	%4052 = add i32 %4051, %4050
	%4053 = add i32 1024, %4052
	%4054 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4053
	store i32 %4049, i32 addrspace(3)* %4054
	br label %4055

4055:
	br label %4046

4056:
	%4057 = lshr i32 %3954, 28
	%4058 = and i32 %4057, 15
	%4059 = select i1 %568, i32 %4058, i32 16
	%4060 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4059)
	%4061 = and i32 %4060, %526
	%4062 = call i32 @llvm.ctpop.i32(i32 %4061)
	%4063 = icmp eq i32 %4062, 0
	%4064 = and i1 %568, %4063
	br i1 %4064, label %4067, label %4074

4065:
	%4066 = phi i32 [ 0, %4046 ], [ %4062, %4074 ]
	br i1 %580, label %4075, label %4084

4067:
	%4068 = call i32 @llvm.ctpop.i32(i32 %4060)
	%4069 = add i32 24, %4
	%4070 = mul i32 %4058, 64
	%4071 = add i32 %4070, %4069
	%4072 = add i32 1024, %4071
	%4073 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4072
	store i32 %4068, i32 addrspace(3)* %4073
	br label %4074

4074:
	br label %4065

4075:
	%4076 = lshr i32 %3965, 28
	%4077 = and i32 %4076, 15
	%4078 = select i1 %581, i32 %4077, i32 16
	%4079 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4078)
	%4080 = and i32 %4079, %526
	%4081 = call i32 @llvm.ctpop.i32(i32 %4080)
	%4082 = icmp eq i32 %4081, 0
	%4083 = and i1 %581, %4082
	br i1 %4083, label %4086, label %4093

4084:
	%4085 = phi i32 [ 0, %4065 ], [ %4081, %4093 ]
	br i1 %593, label %4094, label %4103

4086:
	%4087 = call i32 @llvm.ctpop.i32(i32 %4079)
	%4088 = add i32 32, %4
	%4089 = mul i32 %4077, 64
	%4090 = add i32 %4089, %4088
	%4091 = add i32 1024, %4090
	%4092 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4091
	store i32 %4087, i32 addrspace(3)* %4092
	br label %4093

4093:
	br label %4084

4094:
	%4095 = lshr i32 %3976, 28
	%4096 = and i32 %4095, 15
	%4097 = select i1 %594, i32 %4096, i32 16
	%4098 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4097)
	%4099 = and i32 %4098, %526
	%4100 = call i32 @llvm.ctpop.i32(i32 %4099)
	%4101 = icmp eq i32 %4100, 0
	%4102 = and i1 %594, %4101
	br i1 %4102, label %4105, label %4112

4103:
	%4104 = phi i32 [ 0, %4084 ], [ %4100, %4112 ]
	br i1 %606, label %4113, label %4122

4105:
	%4106 = call i32 @llvm.ctpop.i32(i32 %4098)
	%4107 = add i32 40, %4
	%4108 = mul i32 %4096, 64
	%4109 = add i32 %4108, %4107
	%4110 = add i32 1024, %4109
	%4111 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4110
	store i32 %4106, i32 addrspace(3)* %4111
	br label %4112

4112:
	br label %4103

4113:
	%4114 = lshr i32 %3987, 28
	%4115 = and i32 %4114, 15
	%4116 = select i1 %607, i32 %4115, i32 16
	%4117 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4116)
	%4118 = and i32 %4117, %526
	%4119 = call i32 @llvm.ctpop.i32(i32 %4118)
	%4120 = icmp eq i32 %4119, 0
	%4121 = and i1 %607, %4120
	br i1 %4121, label %4124, label %4131

4122:
	%4123 = phi i32 [ 0, %4103 ], [ %4119, %4131 ]
	br i1 %619, label %4132, label %4141

4124:
	%4125 = call i32 @llvm.ctpop.i32(i32 %4117)
	%4126 = add i32 48, %4
	%4127 = mul i32 %4115, 64
	%4128 = add i32 %4127, %4126
	%4129 = add i32 1024, %4128
	%4130 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4129
	store i32 %4125, i32 addrspace(3)* %4130
	br label %4131

4131:
	br label %4122

4132:
	%4133 = lshr i32 %3998, 28
	%4134 = and i32 %4133, 15
	%4135 = select i1 %620, i32 %4134, i32 16
	%4136 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4135)
	%4137 = and i32 %4136, %526
	%4138 = call i32 @llvm.ctpop.i32(i32 %4137)
	%4139 = icmp eq i32 %4138, 0
	%4140 = and i1 %620, %4139
	br i1 %4140, label %4186, label %4193

4141:
	%4142 = phi i32 [ 0, %4122 ], [ %4138, %4193 ]
	call void @llvm.nvvm.barrier0()
	%4143 = mul i32 %0, 4
	%4144 = add i32 %4143, 1024
	%4145 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4144
	%4146 = load i32, i32 addrspace(3)* %4145
	%4147 = add i32 0, %4146
	%4148 = mul i32 %0, 4
	%4149 = add i32 %4148, 1025
	%4150 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4149
	%4151 = load i32, i32 addrspace(3)* %4150
	%4152 = add i32 %4147, %4151
	%4153 = mul i32 %0, 4
	%4154 = add i32 %4153, 1026
	%4155 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4154
	%4156 = load i32, i32 addrspace(3)* %4155
	%4157 = add i32 %4152, %4156
	%4158 = mul i32 %0, 4
	%4159 = add i32 %4158, 1027
	%4160 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4159
	%4161 = load i32, i32 addrspace(3)* %4160
	%4162 = add i32 %4157, %4161
	%4163 = and i32 %0, 31
	%4164 = lshr i32 %0, 5
	%4165 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4162, i32 1, i32 0)
	%4166 = icmp uge i32 %4163, 1
	%4167 = select i1 %4166, i32 %4165, i32 0
	%4168 = add i32 %4162, %4167
	%4169 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4168, i32 2, i32 0)
	%4170 = icmp uge i32 %4163, 2
	%4171 = select i1 %4170, i32 %4169, i32 0
	%4172 = add i32 %4168, %4171
	%4173 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4172, i32 4, i32 0)
	%4174 = icmp uge i32 %4163, 4
	%4175 = select i1 %4174, i32 %4173, i32 0
	%4176 = add i32 %4172, %4175
	%4177 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4176, i32 8, i32 0)
	%4178 = icmp uge i32 %4163, 8
	%4179 = select i1 %4178, i32 %4177, i32 0
	%4180 = add i32 %4176, %4179
	%4181 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4180, i32 16, i32 0)
	%4182 = icmp uge i32 %4163, 16
	%4183 = select i1 %4182, i32 %4181, i32 0
	%4184 = add i32 %4180, %4183
	%4185 = icmp eq i32 %4163, 31
	br i1 %4185, label %4194, label %4196

4186:
	%4187 = call i32 @llvm.ctpop.i32(i32 %4136)
	%4188 = add i32 56, %4
	%4189 = mul i32 %4134, 64
	%4190 = add i32 %4189, %4188
	%4191 = add i32 1024, %4190
	%4192 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4191
	store i32 %4187, i32 addrspace(3)* %4192
	br label %4193

4193:
	br label %4141

4194:
	%4195 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %4164
	store i32 %4184, i32 addrspace(3)* %4195
	br label %4196

4196:
	call void @llvm.nvvm.barrier0()
	%4197 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%4198 = load i32, i32 addrspace(3)* %4197
	%4199 = icmp sgt i32 %4164, 0
	%4200 = select i1 %4199, i32 %4198, i32 0
	%4201 = add i32 0, %4200
	%4202 = add i32 0, %4198
	%4203 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%4204 = load i32, i32 addrspace(3)* %4203
	%4205 = icmp sgt i32 %4164, 1
	%4206 = select i1 %4205, i32 %4204, i32 0
	%4207 = add i32 %4201, %4206
	%4208 = add i32 %4202, %4204
	%4209 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%4210 = load i32, i32 addrspace(3)* %4209
	%4211 = icmp sgt i32 %4164, 2
	%4212 = select i1 %4211, i32 %4210, i32 0
	%4213 = add i32 %4207, %4212
	%4214 = add i32 %4208, %4210
	%4215 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%4216 = load i32, i32 addrspace(3)* %4215
	%4217 = icmp sgt i32 %4164, 3
	%4218 = select i1 %4217, i32 %4216, i32 0
	%4219 = add i32 %4213, %4218
	%4220 = add i32 %4214, %4216
	%4221 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%4222 = load i32, i32 addrspace(3)* %4221
	%4223 = icmp sgt i32 %4164, 4
	%4224 = select i1 %4223, i32 %4222, i32 0
	%4225 = add i32 %4219, %4224
	%4226 = add i32 %4220, %4222
	%4227 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%4228 = load i32, i32 addrspace(3)* %4227
	%4229 = icmp sgt i32 %4164, 5
	%4230 = select i1 %4229, i32 %4228, i32 0
	%4231 = add i32 %4225, %4230
	%4232 = add i32 %4226, %4228
	%4233 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%4234 = load i32, i32 addrspace(3)* %4233
	%4235 = icmp sgt i32 %4164, 6
	%4236 = select i1 %4235, i32 %4234, i32 0
	%4237 = add i32 %4231, %4236
	%4238 = add i32 %4232, %4234
	%4239 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%4240 = load i32, i32 addrspace(3)* %4239
	%4241 = icmp sgt i32 %4164, 7
	%4242 = select i1 %4241, i32 %4240, i32 0
	%4243 = add i32 %4237, %4242
	%4244 = add i32 %4238, %4240
	%4245 = add i32 %4243, %4184
	%4246 = sub i32 %4245, %4162
	%4247 = mul i32 %0, 4
	%4248 = add i32 %4247, 1024
	%4249 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4248
	store i32 %4246, i32 addrspace(3)* %4249
	%4250 = add i32 %4246, %4146
	%4251 = mul i32 %0, 4
	%4252 = add i32 %4251, 1025
	%4253 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4252
	store i32 %4250, i32 addrspace(3)* %4253
	%4254 = add i32 %4250, %4151
	%4255 = mul i32 %0, 4
	%4256 = add i32 %4255, 1026
	%4257 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4256
	store i32 %4254, i32 addrspace(3)* %4257
	%4258 = add i32 %4254, %4156
	%4259 = mul i32 %0, 4
	%4260 = add i32 %4259, 1027
	%4261 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4260
	store i32 %4258, i32 addrspace(3)* %4261
	%4262 = add i32 %4258, %4161
	%4263 = add i32 %0, 0
	%4264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4263
	store i32 0, i32 addrspace(3)* %4264
	%4265 = add i32 %0, 256
	%4266 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4265
	store i32 0, i32 addrspace(3)* %4266
	%4267 = add i32 %0, 512
	%4268 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4267
	store i32 0, i32 addrspace(3)* %4268
	%4269 = add i32 %0, 768
	%4270 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4269
	store i32 0, i32 addrspace(3)* %4270
	call void @llvm.nvvm.barrier0()
	%4271 = and i1 %528, %529
	br i1 %4271, label %4272, label %4290

4272:
	%4273 = lshr i32 %3921, 28
	%4274 = and i32 %4273, 15
	%4275 = add i32 0, %4
	%4276 = mul i32 %4274, 64
	%4277 = add i32 %4276, %4275
	%4278 = add i32 1024, %4277
	%4279 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4278
	%4280 = load i32, i32 addrspace(3)* %4279
	%4281 = add i32 %4280, %4009
	%4282 = add i32 %245, %4281
	%4283 = add i32 %13, %4282
	%4284 = sext i32 %4283 to i64
	%4285 = getelementptr i32, i32* %list, i64 %4284
	store i32 %3920, i32* %4285
	%4286 = add i32 %13, %NK
	%4287 = add i32 %4286, %4282
	%4288 = sext i32 %4287 to i64
	%4289 = getelementptr i32, i32* %list, i64 %4288
	store i32 0, i32* %4289
	br label %4290

4290:
	%4291 = and i1 %541, %542
	br i1 %4291, label %4292, label %4310

4292:
	%4293 = lshr i32 %3932, 28
	%4294 = and i32 %4293, 15
	%4295 = add i32 8, %4
	%4296 = mul i32 %4294, 64
	%4297 = add i32 %4296, %4295
	%4298 = add i32 1024, %4297
	%4299 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4298
	%4300 = load i32, i32 addrspace(3)* %4299
	%4301 = add i32 %4300, %4028
	%4302 = add i32 %245, %4301
	%4303 = add i32 %13, %4302
	%4304 = sext i32 %4303 to i64
	%4305 = getelementptr i32, i32* %list, i64 %4304
	store i32 %3931, i32* %4305
	%4306 = add i32 %13, %NK
	%4307 = add i32 %4306, %4302
	%4308 = sext i32 %4307 to i64
	%4309 = getelementptr i32, i32* %list, i64 %4308
	store i32 0, i32* %4309
	br label %4310

4310:
	%4311 = and i1 %554, %555
	br i1 %4311, label %4312, label %4330

4312:
	%4313 = lshr i32 %3943, 28
	%4314 = and i32 %4313, 15
	%4315 = add i32 16, %4
	%4316 = mul i32 %4314, 64
	%4317 = add i32 %4316, %4315
	%4318 = add i32 1024, %4317
	%4319 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4318
	%4320 = load i32, i32 addrspace(3)* %4319
	%4321 = add i32 %4320, %4047
	%4322 = add i32 %245, %4321
	%4323 = add i32 %13, %4322
	%4324 = sext i32 %4323 to i64
	%4325 = getelementptr i32, i32* %list, i64 %4324
	store i32 %3942, i32* %4325
	%4326 = add i32 %13, %NK
	%4327 = add i32 %4326, %4322
	%4328 = sext i32 %4327 to i64
	%4329 = getelementptr i32, i32* %list, i64 %4328
	store i32 0, i32* %4329
	br label %4330

4330:
	%4331 = and i1 %567, %568
	br i1 %4331, label %4332, label %4350

4332:
	%4333 = lshr i32 %3954, 28
	%4334 = and i32 %4333, 15
	%4335 = add i32 24, %4
	%4336 = mul i32 %4334, 64
	%4337 = add i32 %4336, %4335
	%4338 = add i32 1024, %4337
	%4339 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4338
	%4340 = load i32, i32 addrspace(3)* %4339
	%4341 = add i32 %4340, %4066
	%4342 = add i32 %245, %4341
	%4343 = add i32 %13, %4342
	%4344 = sext i32 %4343 to i64
	%4345 = getelementptr i32, i32* %list, i64 %4344
	store i32 %3953, i32* %4345
	%4346 = add i32 %13, %NK
	%4347 = add i32 %4346, %4342
	%4348 = sext i32 %4347 to i64
	%4349 = getelementptr i32, i32* %list, i64 %4348
	store i32 0, i32* %4349
	br label %4350

4350:
	%4351 = and i1 %580, %581
	br i1 %4351, label %4352, label %4370

4352:
	%4353 = lshr i32 %3965, 28
	%4354 = and i32 %4353, 15
	%4355 = add i32 32, %4
	%4356 = mul i32 %4354, 64
	%4357 = add i32 %4356, %4355
	%4358 = add i32 1024, %4357
	%4359 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4358
	%4360 = load i32, i32 addrspace(3)* %4359
	%4361 = add i32 %4360, %4085
	%4362 = add i32 %245, %4361
	%4363 = add i32 %13, %4362
	%4364 = sext i32 %4363 to i64
	%4365 = getelementptr i32, i32* %list, i64 %4364
	store i32 %3964, i32* %4365
	%4366 = add i32 %13, %NK
	%4367 = add i32 %4366, %4362
	%4368 = sext i32 %4367 to i64
	%4369 = getelementptr i32, i32* %list, i64 %4368
	store i32 0, i32* %4369
	br label %4370

4370:
	%4371 = and i1 %593, %594
	br i1 %4371, label %4372, label %4390

4372:
	%4373 = lshr i32 %3976, 28
	%4374 = and i32 %4373, 15
	%4375 = add i32 40, %4
	%4376 = mul i32 %4374, 64
	%4377 = add i32 %4376, %4375
	%4378 = add i32 1024, %4377
	%4379 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4378
	%4380 = load i32, i32 addrspace(3)* %4379
	%4381 = add i32 %4380, %4104
	%4382 = add i32 %245, %4381
	%4383 = add i32 %13, %4382
	%4384 = sext i32 %4383 to i64
	%4385 = getelementptr i32, i32* %list, i64 %4384
	store i32 %3975, i32* %4385
	%4386 = add i32 %13, %NK
	%4387 = add i32 %4386, %4382
	%4388 = sext i32 %4387 to i64
	%4389 = getelementptr i32, i32* %list, i64 %4388
	store i32 0, i32* %4389
	br label %4390

4390:
	%4391 = and i1 %606, %607
	br i1 %4391, label %4392, label %4410

4392:
	%4393 = lshr i32 %3987, 28
	%4394 = and i32 %4393, 15
	%4395 = add i32 48, %4
	%4396 = mul i32 %4394, 64
	%4397 = add i32 %4396, %4395
	%4398 = add i32 1024, %4397
	%4399 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4398
	%4400 = load i32, i32 addrspace(3)* %4399
	%4401 = add i32 %4400, %4123
	%4402 = add i32 %245, %4401
	%4403 = add i32 %13, %4402
	%4404 = sext i32 %4403 to i64
	%4405 = getelementptr i32, i32* %list, i64 %4404
	store i32 %3986, i32* %4405
	%4406 = add i32 %13, %NK
	%4407 = add i32 %4406, %4402
	%4408 = sext i32 %4407 to i64
	%4409 = getelementptr i32, i32* %list, i64 %4408
	store i32 0, i32* %4409
	br label %4410

4410:
	%4411 = and i1 %619, %620
	br i1 %4411, label %4412, label %4430

4412:
	%4413 = lshr i32 %3998, 28
	%4414 = and i32 %4413, 15
	%4415 = add i32 56, %4
	%4416 = mul i32 %4414, 64
	%4417 = add i32 %4416, %4415
	%4418 = add i32 1024, %4417
	%4419 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4418
	%4420 = load i32, i32 addrspace(3)* %4419
	%4421 = add i32 %4420, %4142
	%4422 = add i32 %245, %4421
	%4423 = add i32 %13, %4422
	%4424 = sext i32 %4423 to i64
	%4425 = getelementptr i32, i32* %list, i64 %4424
	store i32 %3997, i32* %4425
	%4426 = add i32 %13, %NK
	%4427 = add i32 %4426, %4422
	%4428 = sext i32 %4427 to i64
	%4429 = getelementptr i32, i32* %list, i64 %4428
	store i32 0, i32* %4429
	br label %4430

4430:
	br label %write_done

4431:
	%4432 = phi i32 [ %510, %write_sort ], [ %4436, %4434 ]
	%4433 = icmp slt i32 %4432, %509
	br i1 %4433, label %4434, label %4437

4434:
	%4435 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4432
	store i32 -1, i32 addrspace(3)* %4435
	%4436 = add i32 %4432, 256
	br label %4431

4437:
	call void @llvm.nvvm.barrier0()
	%4438 = add i32 %508, 1
	br label %4439

4439:
	%4440 = phi i32 [ 1, %4437 ], [ %4456, %4455 ]
	%4441 = icmp slt i32 %4440, %4438
	br i1 %4441, label %4442, label %4444

4442:
	%4443 = shl i32 1, %4440
	br label %4445

4444:
	br label %4497

4445:
	%4446 = phi i32 [ 0, %4442 ], [ %4491, %4490 ]
	%4447 = icmp slt i32 %4446, %4440
	br i1 %4447, label %4448, label %4455

4448:
	%4449 = sub i32 %4440, 1
	%4450 = sub i32 %4449, %4446
	%4451 = shl i32 1, %4450
	%4452 = sub i32 %4440, 1
	%4453 = sub i32 %4452, %4446
	%4454 = lshr i32 %509, 1
	br label %4457

4455:
	%4456 = add i32 %4440, 1
	br label %4439

4457:
	%4458 = phi i32 [ %0, %4448 ], [ %4496, %4495 ]
	%4459 = icmp slt i32 %4458, %4454
	br i1 %4459, label %4460, label %4490

4460:
	%4461 = lshr i32 %4458, %4453
	%4462 = add i32 %4453, 1
	%4463 = shl i32 %4461, %4462
	%4464 = sub i32 %4451, 1
	%4465 = and i32 %4458, %4464
	%4466 = or i32 %4463, %4465
	%4467 = or i32 %4466, %4451
	%4468 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4466
	%4469 = load i32, i32 addrspace(3)* %4468
	%4470 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4467
	%4471 = load i32, i32 addrspace(3)* %4470
	%4472 = and i32 %4466, %4443
	%4473 = icmp eq i32 %4472, 0
	%4474 = icmp sge i32 %4471, 0
	%4475 = select i1 %4474, i32 %4471, i32 0
	%4476 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4475
	%4477 = load i32, i32 addrspace(3)* %4476
	%4478 = select i1 %4474, i32 %4477, i32 0
	%4479 = icmp sge i32 %4469, 0
	%4480 = select i1 %4479, i32 %4469, i32 0
	%4481 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4480
	%4482 = load i32, i32 addrspace(3)* %4481
	%4483 = select i1 %4479, i32 %4482, i32 0
	%4484 = icmp ugt i32 %4478, %4483
	%4485 = icmp eq i32 %4478, %4483
	%4486 = icmp slt i32 %4471, %4469
	%4487 = and i1 %4485, %4486
	%4488 = or i1 %4484, %4487
	%4489 = icmp eq i1 %4488, %4473
	br i1 %4489, label %4492, label %4495

4490:
	call void @llvm.nvvm.barrier0()
	%4491 = add i32 %4446, 1
	br label %4445

4492:
	%4493 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4466
	store i32 %4471, i32 addrspace(3)* %4493
	%4494 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4467
	store i32 %4469, i32 addrspace(3)* %4494
	br label %4495

4495:
	%4496 = add i32 %4458, 256
	br label %4457

4497:
	%4498 = phi i32 [ %0, %4444 ], [ %4511, %4500 ]
	%4499 = icmp slt i32 %4498, %461
	br i1 %4499, label %4500, label %4512

4500:
	%4501 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4498
	%4502 = load i32, i32 addrspace(3)* %4501
	%4503 = add i32 %245, %4498
	%4504 = add i32 %13, %4503
	%4505 = sext i32 %4504 to i64
	%4506 = getelementptr i32, i32* %list, i64 %4505
	store i32 %4502, i32* %4506
	%4507 = add i32 %13, %NK
	%4508 = add i32 %4507, %4503
	%4509 = sext i32 %4508 to i64
	%4510 = getelementptr i32, i32* %list, i64 %4509
	store i32 0, i32* %4510
	%4511 = add i32 %4498, 256
	br label %4497

4512:
	br label %write_done

4513:
	%4514 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%4515 = load i32, i32 addrspace(3)* %4514
	%4516 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4515
	%4517 = load i32, i32 addrspace(3)* %4516
	%4518 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %4517, i32 addrspace(3)* %4518
	br label %4519

4519:
	call void @llvm.nvvm.barrier0()
	br i1 %497, label %4520, label %4525

4520:
	%4521 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%4522 = load i32, i32 addrspace(3)* %4521
	%4523 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%4524 = load i32, i32 addrspace(3)* %4523
	br label %4526

4525:
	br label %write_done

4526:
	%4527 = phi i32 [ 0, %4520 ], [ %4542, %4530 ]
	%4528 = phi i32 [ 0, %4520 ], [ %4541, %4530 ]
	%4529 = icmp slt i32 %4527, %461
	br i1 %4529, label %4530, label %4543

4530:
	%4531 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %4527
	%4532 = load i32, i32 addrspace(3)* %4531
	%4533 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4527
	%4534 = load i32, i32 addrspace(3)* %4533
	%4535 = icmp ugt i32 %4532, %4524
	%4536 = icmp eq i32 %4532, %4524
	%4537 = icmp slt i32 %4534, %4522
	%4538 = and i1 %4536, %4537
	%4539 = or i1 %4535, %4538
	%4540 = zext i1 %4539 to i32
	%4541 = add i32 %4528, %4540
	%4542 = add i32 %4527, 1
	br label %4526

4543:
	%4544 = add i32 %245, %4528
	%4545 = add i32 %13, %4544
	%4546 = sext i32 %4545 to i64
	%4547 = getelementptr i32, i32* %list, i64 %4546
	store i32 %4522, i32* %4547
	%4548 = add i32 %13, %NK
	%4549 = add i32 %4548, %4544
	%4550 = sext i32 %4549 to i64
	%4551 = getelementptr i32, i32* %list, i64 %4550
	store i32 0, i32* %4551
	br label %4525

4552:
	%4553 = phi i32 [ %523, %write_done ], [ %4563, %4555 ]
	%4554 = icmp slt i32 %4553, %522
	br i1 %4554, label %4555, label %4564

4555:
	%4556 = add i32 %13, %4553
	%4557 = sext i32 %4556 to i64
	%4558 = getelementptr i32, i32* %list, i64 %4557
	store i32 -1, i32* %4558
	%4559 = add i32 %13, %NK
	%4560 = add i32 %4559, %4553
	%4561 = sext i32 %4560 to i64
	%4562 = getelementptr i32, i32* %list, i64 %4561
	store i32 -1, i32* %4562
	%4563 = add i32 %4553, 256
	br label %4552

4564:
	ret void
}
