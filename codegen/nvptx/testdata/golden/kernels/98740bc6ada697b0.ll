define ptx_kernel void @$K(i32* %list, i32 %lh, i32 %NQ, i32 %NK, i32 %W, i32* %out) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = add i32 %NQ, 1
	%4 = lshr i32 %3, 1
	%5 = sdiv i32 %2, %lh
	%6 = mul i32 %2, %4
	%7 = add i32 %6, %1
	%8 = mul i32 %7, %W
	br label %9

9:
	%10 = phi i32 [ 0, %entry ], [ %146, %145 ]
	%11 = phi i32 [ 0, %entry ], [ %138, %145 ]
	%12 = phi i32 [ 0, %entry ], [ %139, %145 ]
	%13 = phi i32 [ 0, %entry ], [ %140, %145 ]
	%14 = icmp slt i32 %10, %W
	br i1 %14, label %15, label %19

15:
	%16 = sub i32 %W, %10
	%17 = icmp slt i32 %16, u0x8000
	%18 = select i1 %17, i32 %16, i32 u0x8000
	br label %22

19:
	%20 = icmp slt i32 %12, %13
	%21 = select i1 %20, i32 %12, i32 %13
	br label %251

22:
	%23 = phi i32 [ %0, %15 ], [ %27, %25 ]
	%24 = icmp slt i32 %23, %18
	br i1 %24, label %25, label %28

25:
	%26 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %23
	store i8 0, i8 addrspace(3)* %26
	%27 = add i32 %23, 256
	br label %22

28:
	call void @llvm.nvvm.barrier0()
	%29 = shl i32 %1, 1
	%30 = add i32 %29, 0
	%31 = icmp slt i32 %30, %NQ
	br i1 %31, label %32, label %38

32:
	%33 = mul i32 %5, %NQ
	%34 = add i32 %33, %30
	%35 = mul i32 %34, 2
	%36 = mul i32 %35, %NK
	%37 = icmp eq i32 %0, 0
	br i1 %37, label %42, label %43

38:
	%39 = shl i32 %1, 1
	%40 = add i32 %39, 1
	%41 = icmp slt i32 %40, %NQ
	br i1 %41, label %84, label %90

42:
	store i32 %NK, i32 addrspace(3)* @$K_end
	br label %43

43:
	call void @llvm.nvvm.barrier0()
	br label %44

44:
	%45 = phi i32 [ 0, %43 ], [ %78, %76 ]
	%46 = phi i32 [ %NK, %43 ], [ %66, %76 ]
	%47 = icmp slt i32 %45, %NK
	br i1 %47, label %48, label %51

48:
	%49 = add i32 %45, %0
	%50 = icmp slt i32 %49, %NK
	br i1 %50, label %52, label %57

51:
	call void @llvm.nvvm.barrier0()
	br label %38

52:
	%53 = add i32 %36, %49
	%54 = sext i32 %53 to i64
	%55 = getelementptr i32, i32* %list, i64 %54
	%56 = load i32, i32* %55
	br label %57

57:
	%58 = phi i32 [ 0, %48 ], [ %56, %52 ]
	%59 = icmp slt i32 %58, 0
	%60 = and i1 %50, %59
	%61 = zext i1 %60 to i32
	%62 = call i32 @llvm.nvvm.barrier0.or(i32 %61)
	%63 = icmp ne i32 %62, 0
	br i1 %63, label %64, label %65

64:
	br i1 %60, label %69, label %71

65:
	%66 = phi i32 [ %NK, %57 ], [ %72, %71 ]
	%67 = icmp slt i32 %49, %66
	%68 = and i1 %50, %67
	br i1 %68, label %73, label %76

69:
	%70 = atomicrmw min i32 addrspace(3)* @$K_end, i32 %49 monotonic
	br label %71

71:
	call void @llvm.nvvm.barrier0()
	%72 = load i32, i32 addrspace(3)* @$K_end
	br label %65

73:
	%74 = sub i32 %58, %10
	%75 = icmp ult i32 %74, %18
	br i1 %75, label %79, label %83

76:
	%77 = add i32 %45, 256
	%78 = select i1 %63, i32 %NK, i32 %77
	br label %44

79:
	%80 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %74
	%81 = load i8, i8 addrspace(3)* %80
	%82 = or i8 %81, 1
	store i8 %82, i8 addrspace(3)* %80
	br label %83

83:
	br label %76

84:
	%85 = mul i32 %5, %NQ
	%86 = add i32 %85, %40
	%87 = mul i32 %86, 2
	%88 = mul i32 %87, %NK
	%89 = icmp eq i32 %0, 0
	br i1 %89, label %94, label %95

90:
	%91 = add i32 %18, 255
	%92 = sdiv i32 %91, 256
	%93 = mul i32 %92, 256
	br label %136

94:
	store i32 %NK, i32 addrspace(3)* @$K_end
	br label %95

95:
	call void @llvm.nvvm.barrier0()
	br label %96

96:
	%97 = phi i32 [ 0, %95 ], [ %130, %128 ]
	%98 = phi i32 [ %NK, %95 ], [ %118, %128 ]
	%99 = icmp slt i32 %97, %NK
	br i1 %99, label %100, label %103

100:
	%101 = add i32 %97, %0
	%102 = icmp slt i32 %101, %NK
	br i1 %102, label %104, label %109

103:
	call void @llvm.nvvm.barrier0()
	br label %90

104:
	%105 = add i32 %88, %101
	%106 = sext i32 %105 to i64
	%107 = getelementptr i32, i32* %list, i64 %106
	%108 = load i32, i32* %107
	br label %109

109:
	%110 = phi i32 [ 0, %100 ], [ %108, %104 ]
	%111 = icmp slt i32 %110, 0
	%112 = and i1 %102, %111
	%113 = zext i1 %112 to i32
	%114 = call i32 @llvm.nvvm.barrier0.or(i32 %113)
	%115 = icmp ne i32 %114, 0
	br i1 %115, label %116, label %117

116:
	br i1 %112, label %121, label %123

117:
	%118 = phi i32 [ %NK, %109 ], [ %124, %123 ]
	%119 = icmp slt i32 %101, %118
	%120 = and i1 %102, %119
	br i1 %120, label %125, label %128

121:
	%122 = atomicrmw min i32 addrspace(3)* @$K_end, i32 %101 monotonic
	br label %123

123:
	call void @llvm.nvvm.barrier0()
	%124 = load i32, i32 addrspace(3)* @$K_end
	br label %117

125:
	%126 = sub i32 %110, %10
	%127 = icmp ult i32 %126, %18
	br i1 %127, label %131, label %135

128:
	%129 = add i32 %97, 256
	%130 = select i1 %115, i32 %NK, i32 %129
	br label %96

131:
	%132 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %126
	%133 = load i8, i8 addrspace(3)* %132
	%134 = or i8 %133, 2
	store i8 %134, i8 addrspace(3)* %132
	br label %135

135:
	br label %128

136:
	%137 = phi i32 [ 0, %90 ], [ %250, %189 ]
	%138 = phi i32 [ %11, %90 ], [ %243, %189 ]
	%139 = phi i32 [ %12, %90 ], [ %246, %189 ]
	%140 = phi i32 [ %13, %90 ], [ %249, %189 ]
	%141 = icmp slt i32 %137, %93
	br i1 %141, label %142, label %145

142:
	%143 = add i32 %137, %0
	%144 = icmp slt i32 %143, %18
	br i1 %144, label %147, label %151

145:
	%146 = add i32 %10, u0x8000
	br label %9

147:
	%148 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %143
	%149 = load i8, i8 addrspace(3)* %148
	%150 = zext i8 %149 to i32
	br label %151

151:
	%152 = phi i32 [ 0, %142 ], [ %150, %147 ]
	%153 = icmp eq i32 %152, 3
	%154 = zext i1 %153 to i32
	%155 = shl i32 %154, 0
	%156 = icmp eq i32 %152, 1
	%157 = zext i1 %156 to i32
	%158 = shl i32 %157, 10
	%159 = icmp eq i32 %152, 2
	%160 = zext i1 %159 to i32
	%161 = shl i32 %160, 20
	%162 = or i32 %158, %161
	%163 = or i32 %155, %162
	%164 = and i32 %0, 31
	%165 = lshr i32 %0, 5
	%166 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %163, i32 1, i32 0)
	%167 = icmp uge i32 %164, 1
	%168 = select i1 %167, i32 %166, i32 0
	%169 = add i32 %163, %168
	%170 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %169, i32 2, i32 0)
	%171 = icmp uge i32 %164, 2
	%172 = select i1 %171, i32 %170, i32 0
	%173 = add i32 %169, %172
	%174 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %173, i32 4, i32 0)
	%175 = icmp uge i32 %164, 4
	%176 = select i1 %175, i32 %174, i32 0
	%177 = add i32 %173, %176
	%178 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %177, i32 8, i32 0)
	%179 = icmp uge i32 %164, 8
	%180 = select i1 %179, i32 %178, i32 0
	%181 = add i32 %177, %180
	%182 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %181, i32 16, i32 0)
	%183 = icmp uge i32 %164, 16
	%184 = select i1 %183, i32 %182, i32 0
	%185 = add i32 %181, %184
	%186 = icmp eq i32 %164, 31
	br i1 %186, label %187, label %189

187:
	%188 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 %165
	store i32 %185, i32 addrspace(3)* %188
	br label %189

189:
	call void @llvm.nvvm.barrier0()
	%190 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 0
	%191 = load i32, i32 addrspace(3)* %190
	%192 = icmp sgt i32 %165, 0
	%193 = select i1 %192, i32 %191, i32 0
	%194 = add i32 0, %193
	%195 = add i32 0, %191
	%196 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 1
	%197 = load i32, i32 addrspace(3)* %196
	%198 = icmp sgt i32 %165, 1
	%199 = select i1 %198, i32 %197, i32 0
	%200 = add i32 %194, %199
	%201 = add i32 %195, %197
	%202 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 2
	%203 = load i32, i32 addrspace(3)* %202
	%204 = icmp sgt i32 %165, 2
	%205 = select i1 %204, i32 %203, i32 0
	%206 = add i32 %200, %205
	%207 = add i32 %201, %203
	%208 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 3
	%209 = load i32, i32 addrspace(3)* %208
	%210 = icmp sgt i32 %165, 3
	%211 = select i1 %210, i32 %209, i32 0
	%212 = add i32 %206, %211
	%213 = add i32 %207, %209
	%214 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 4
	%215 = load i32, i32 addrspace(3)* %214
	%216 = icmp sgt i32 %165, 4
	%217 = select i1 %216, i32 %215, i32 0
	%218 = add i32 %212, %217
	%219 = add i32 %213, %215
	%220 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 5
	%221 = load i32, i32 addrspace(3)* %220
	%222 = icmp sgt i32 %165, 5
	%223 = select i1 %222, i32 %221, i32 0
	%224 = add i32 %218, %223
	%225 = add i32 %219, %221
	%226 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 6
	%227 = load i32, i32 addrspace(3)* %226
	%228 = icmp sgt i32 %165, 6
	%229 = select i1 %228, i32 %227, i32 0
	%230 = add i32 %224, %229
	%231 = add i32 %225, %227
	%232 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 7
	%233 = load i32, i32 addrspace(3)* %232
	%234 = icmp sgt i32 %165, 7
	%235 = select i1 %234, i32 %233, i32 0
	%236 = add i32 %230, %235
	%237 = add i32 %231, %233
	%238 = add i32 %236, %185
	%239 = sub i32 %238, %163
	%240 = add i32 %10, %143
	%241 = lshr i32 %237, 0
	%242 = and i32 %241, 1023
	%243 = add i32 %138, %242
	%244 = lshr i32 %237, 10
	%245 = and i32 %244, 1023
	%246 = add i32 %139, %245
	%247 = lshr i32 %237, 20
	%248 = and i32 %247, 1023
	%249 = add i32 %140, %248
	call void @llvm.nvvm.barrier0()
	%250 = add i32 %137, 256
	br label %136

251:
	%252 = phi i32 [ 0, %19 ], [ %391, %390 ]
	%253 = phi i32 [ 0, %19 ], [ %383, %390 ]
	%254 = phi i32 [ 0, %19 ], [ %384, %390 ]
	%255 = phi i32 [ 0, %19 ], [ %385, %390 ]
	%256 = icmp slt i32 %252, %W
	br i1 %256, label %257, label %261

257:
	%258 = sub i32 %W, %252
	%259 = icmp slt i32 %258, u0x8000
	%260 = select i1 %259, i32 %258, i32 u0x8000
	br label %267

261:
	%262 = add i32 %12, %13
	%263 = add i32 %11, %262
	%264 = icmp eq i32 %0, 0
	%265 = icmp slt i32 %263, %W
	%266 = and i1 %264, %265
	br i1 %266, label %533, label %537

267:
	%268 = phi i32 [ %0, %257 ], [ %272, %270 ]
	%269 = icmp slt i32 %268, %260
	br i1 %269, label %270, label %273

270:
	%271 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %268
	store i8 0, i8 addrspace(3)* %271
	%272 = add i32 %268, 256
	br label %267

273:
	call void @llvm.nvvm.barrier0()
	%274 = shl i32 %1, 1
	%275 = add i32 %274, 0
	%276 = icmp slt i32 %275, %NQ
	br i1 %276, label %277, label %283

277:
	%278 = mul i32 %5, %NQ
	%279 = add i32 %278, %275
	%280 = mul i32 %279, 2
	%281 = mul i32 %280, %NK
	%282 = icmp eq i32 %0, 0
	br i1 %282, label %287, label %288

283:
	%284 = shl i32 %1, 1
	%285 = add i32 %284, 1
	%286 = icmp slt i32 %285, %NQ
	br i1 %286, label %329, label %335

287:
	store i32 %NK, i32 addrspace(3)* @$K_end
	br label %288

288:
	call void @llvm.nvvm.barrier0()
	br label %289

289:
	%290 = phi i32 [ 0, %288 ], [ %323, %321 ]
	%291 = phi i32 [ %NK, %288 ], [ %311, %321 ]
	%292 = icmp slt i32 %290, %NK
	br i1 %292, label %293, label %296

293:
	%294 = add i32 %290, %0
	%295 = icmp slt i32 %294, %NK
	br i1 %295, label %297, label %302

296:
	call void @llvm.nvvm.barrier0()
	br label %283

297:
	%298 = add i32 %281, %294
	%299 = sext i32 %298 to i64
	%300 = getelementptr i32, i32* %list, i64 %299
	%301 = load i32, i32* %300
	br label %302

302:
	%303 = phi i32 [ 0, %293 ], [ %301, %297 ]
	%304 = icmp slt i32 %303, 0
	%305 = and i1 %295, %304
	%306 = zext i1 %305 to i32
	%307 = call i32 @llvm.nvvm.barrier0.or(i32 %306)
	%308 = icmp ne i32 %307, 0
	br i1 %308, label %309, label %310

309:
	br i1 %305, label %314, label %316

310:
	%311 = phi i32 [ %NK, %302 ], [ %317, %316 ]
	%312 = icmp slt i32 %294, %311
	%313 = and i1 %295, %312
	br i1 %313, label %318, label %321

314:
	%315 = atomicrmw min i32 addrspace(3)* @$K_end, i32 %294 monotonic
	br label %316

316:
	call void @llvm.nvvm.barrier0()
	%317 = load i32, i32 addrspace(3)* @$K_end
	br label %310

318:
	%319 = sub i32 %303, %252
	%320 = icmp ult i32 %319, %260
	br i1 %320, label %324, label %328

321:
	%322 = add i32 %290, 256
	%323 = select i1 %308, i32 %NK, i32 %322
	br label %289

324:
	%325 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %319
	%326 = load i8, i8 addrspace(3)* %325
	%327 = or i8 %326, 1
	store i8 %327, i8 addrspace(3)* %325
	br label %328

328:
	br label %321

329:
	%330 = mul i32 %5, %NQ
	%331 = add i32 %330, %285
	%332 = mul i32 %331, 2
	%333 = mul i32 %332, %NK
	%334 = icmp eq i32 %0, 0
	br i1 %334, label %339, label %340

335:
	%336 = add i32 %260, 255
	%337 = sdiv i32 %336, 256
	%338 = mul i32 %337, 256
	br label %381

339:
	store i32 %NK, i32 addrspace(3)* @$K_end
	br label %340

340:
	call void @llvm.nvvm.barrier0()
	br label %341

341:
	%342 = phi i32 [ 0, %340 ], [ %375, %373 ]
	%343 = phi i32 [ %NK, %340 ], [ %363, %373 ]
	%344 = icmp slt i32 %342, %NK
	br i1 %344, label %345, label %348

345:
	%346 = add i32 %342, %0
	%347 = icmp slt i32 %346, %NK
	br i1 %347, label %349, label %354

348:
	call void @llvm.nvvm.barrier0()
	br label %335

349:
	%350 = add i32 %333, %346
	%351 = sext i32 %350 to i64
	%352 = getelementptr i32, i32* %list, i64 %351
	%353 = load i32, i32* %352
	br label %354

354:
	%355 = phi i32 [ 0, %345 ], [ %353, %349 ]
	%356 = icmp slt i32 %355, 0
	%357 = and i1 %347, %356
	%358 = zext i1 %357 to i32
	%359 = call i32 @llvm.nvvm.barrier0.or(i32 %358)
	%360 = icmp ne i32 %359, 0
	br i1 %360, label %361, label %362

361:
	br i1 %357, label %366, label %368

362:
	%363 = phi i32 [ %NK, %354 ], [ %369, %368 ]
	%364 = icmp slt i32 %346, %363
	%365 = and i1 %347, %364
	br i1 %365, label %370, label %373

366:
	%367 = atomicrmw min i32 addrspace(3)* @$K_end, i32 %346 monotonic
	br label %368

368:
	call void @llvm.nvvm.barrier0()
	%369 = load i32, i32 addrspace(3)* @$K_end
	br label %362

370:
	%371 = sub i32 %355, %252
	%372 = icmp ult i32 %371, %260
	br i1 %372, label %376, label %380

373:
	%374 = add i32 %342, 256
	%375 = select i1 %360, i32 %NK, i32 %374
	br label %341

376:
	%377 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %371
	%378 = load i8, i8 addrspace(3)* %377
	%379 = or i8 %378, 2
	store i8 %379, i8 addrspace(3)* %377
	br label %380

380:
	br label %373

381:
	%382 = phi i32 [ 0, %335 ], [ %532, %531 ]
	%383 = phi i32 [ %253, %335 ], [ %518, %531 ]
	%384 = phi i32 [ %254, %335 ], [ %521, %531 ]
	%385 = phi i32 [ %255, %335 ], [ %524, %531 ]
	%386 = icmp slt i32 %382, %338
	br i1 %386, label %387, label %390

387:
	%388 = add i32 %382, %0
	%389 = icmp slt i32 %388, %260
	br i1 %389, label %392, label %396

390:
	%391 = add i32 %252, u0x8000
	br label %251

392:
	%393 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %388
	%394 = load i8, i8 addrspace(3)* %393
	%395 = zext i8 %394 to i32
	br label %396

396:
	%397 = phi i32 [ 0, %387 ], [ %395, %392 ]
	%398 = icmp eq i32 %397, 3
	%399 = zext i1 %398 to i32
	%400 = shl i32 %399, 0
	%401 = icmp eq i32 %397, 1
	%402 = zext i1 %401 to i32
	%403 = shl i32 %402, 10
	%404 = icmp eq i32 %397, 2
	%405 = zext i1 %404 to i32
	%406 = shl i32 %405, 20
	%407 = or i32 %403, %406
	%408 = or i32 %400, %407
	%409 = and i32 %0, 31
	%410 = lshr i32 %0, 5
	%411 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %408, i32 1, i32 0)
	%412 = icmp uge i32 %409, 1
	%413 = select i1 %412, i32 %411, i32 0
	%414 = add i32 %408, %413
	%415 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %414, i32 2, i32 0)
	%416 = icmp uge i32 %409, 2
	%417 = select i1 %416, i32 %415, i32 0
	%418 = add i32 %414, %417
	%419 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %418, i32 4, i32 0)
	%420 = icmp uge i32 %409, 4
	%421 = select i1 %420, i32 %419, i32 0
	%422 = add i32 %418, %421
	%423 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %422, i32 8, i32 0)
	%424 = icmp uge i32 %409, 8
	%425 = select i1 %424, i32 %423, i32 0
	%426 = add i32 %422, %425
	%427 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %426, i32 16, i32 0)
	%428 = icmp uge i32 %409, 16
	%429 = select i1 %428, i32 %427, i32 0
	%430 = add i32 %426, %429
	%431 = icmp eq i32 %409, 31
	br i1 %431, label %432, label %434

432:
	%433 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 %410
	store i32 %430, i32 addrspace(3)* %433
	br label %434

434:
	call void @llvm.nvvm.barrier0()
	%435 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 0
	%436 = load i32, i32 addrspace(3)* %435
	%437 = icmp sgt i32 %410, 0
	%438 = select i1 %437, i32 %436, i32 0
	%439 = add i32 0, %438
	%440 = add i32 0, %436
	%441 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 1
	%442 = load i32, i32 addrspace(3)* %441
	%443 = icmp sgt i32 %410, 1
	%444 = select i1 %443, i32 %442, i32 0
	%445 = add i32 %439, %444
	%446 = add i32 %440, %442
	%447 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 2
	%448 = load i32, i32 addrspace(3)* %447
	%449 = icmp sgt i32 %410, 2
	%450 = select i1 %449, i32 %448, i32 0
	%451 = add i32 %445, %450
	%452 = add i32 %446, %448
	%453 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 3
	%454 = load i32, i32 addrspace(3)* %453
	%455 = icmp sgt i32 %410, 3
	%456 = select i1 %455, i32 %454, i32 0
	%457 = add i32 %451, %456
	%458 = add i32 %452, %454
	%459 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 4
	%460 = load i32, i32 addrspace(3)* %459
	%461 = icmp sgt i32 %410, 4
	%462 = select i1 %461, i32 %460, i32 0
	%463 = add i32 %457, %462
	%464 = add i32 %458, %460
	%465 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 5
	%466 = load i32, i32 addrspace(3)* %465
	%467 = icmp sgt i32 %410, 5
	%468 = select i1 %467, i32 %466, i32 0
	%469 = add i32 %463, %468
	%470 = add i32 %464, %466
	%471 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 6
	%472 = load i32, i32 addrspace(3)* %471
	%473 = icmp sgt i32 %410, 6
	%474 = select i1 %473, i32 %472, i32 0
	%475 = add i32 %469, %474
	%476 = add i32 %470, %472
	%477 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 7
	%478 = load i32, i32 addrspace(3)* %477
	%479 = icmp sgt i32 %410, 7
	%480 = select i1 %479, i32 %478, i32 0
	%481 = add i32 %475, %480
	%482 = add i32 %476, %478
	%483 = add i32 %481, %430
	%484 = sub i32 %483, %408
	%485 = add i32 %252, %388
	%486 = lshr i32 %484, 0
	%487 = and i32 %486, 1023
	%488 = add i32 %383, %487
	%489 = lshr i32 %484, 10
	%490 = and i32 %489, 1023
	%491 = add i32 %384, %490
	%492 = lshr i32 %484, 20
	%493 = and i32 %492, 1023
	%494 = add i32 %385, %493
	%495 = icmp eq i32 %397, 3
	%496 = icmp eq i32 %397, 1
	%497 = shl i32 %491, 1
	%498 = add i32 %497, 0
	%499 = shl i32 %21, 1
	%500 = sub i32 %491, %21
	%501 = add i32 %499, %500
	%502 = icmp slt i32 %491, %21
	%503 = select i1 %502, i32 %498, i32 %501
	%504 = add i32 %11, %503
	%505 = shl i32 %494, 1
	%506 = add i32 %505, 1
	%507 = shl i32 %21, 1
	%508 = sub i32 %494, %21
	%509 = add i32 %507, %508
	%510 = icmp slt i32 %494, %21
	%511 = select i1 %510, i32 %506, i32 %509
	%512 = add i32 %11, %511
	%513 = select i1 %496, i32 %504, i32 %512
	%514 = select i1 %495, i32 %488, i32 %513
	%515 = icmp ne i32 %397, 0
	%516 = lshr i32 %482, 0
	%517 = and i32 %516, 1023
	%518 = add i32 %383, %517
	%519 = lshr i32 %482, 10
	%520 = and i32 %519, 1023
	%521 = add i32 %384, %520
	%522 = lshr i32 %482, 20
	%523 = and i32 %522, 1023
	%524 = add i32 %385, %523
	br i1 %515, label %525, label %531

525:
	%526 = shl i32 %397, 24
	%527 = or i32 %485, %526
	%528 = add i32 %8, %514
	%529 = sext i32 %528 to i64
	%530 = getelementptr i32, i32* %out, i64 %529
	store i32 %527, i32* %530
	br label %531

531:
	call void @llvm.nvvm.barrier0()
	%532 = add i32 %382, 256
	br label %381

533:
	%534 = add i32 %8, %263
	%535 = sext i32 %534 to i64
	%536 = getelementptr i32, i32* %out, i64 %535
	store i32 -1, i32* %536
	br label %537

537:
	ret void
}
